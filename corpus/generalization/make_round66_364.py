#!/usr/bin/env python3
"""Round 66, file 364: a 市卫生健康委员会's internal notice sending its
2025年工作要点任务分解表 to its 科室 and 委属单位 (control case: an ordinary
Word table with 分管委领导 / 牵头科室（单位） / 配合科室（单位） columns).

Run with /usr/bin/python3 (python-docx + lxml)."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "364_yuanmei_shi_weijianwei_yaodian_fenjie.docx")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), name)
    rfonts.set(qn("w:hAnsi"), name)
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None,
         indent=False, color=None, line=28, runs=None, space_before=0,
         space_after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    if line:
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if runs is None:
        runs = [(text, font, bold)]
    for t, f, b in runs:
        r = p.add_run(t)
        set_font(r, f, size, b, color)
    return p


def bottom_border(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def top_bottom_border(p, top=True, bottom=True, sz=8):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    for side, on in (("top", top), ("bottom", bottom)):
        if on:
            b = OxmlElement("w:" + side)
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), str(sz))
            b.set(qn("w:space"), "1")
            b.set(qn("w:color"), "000000")
            pbdr.append(b)
    ppr.append(pbdr)


def add_page_field(p, size=14):
    """Footer `— PAGE —` with a real field."""
    r = p.add_run("— ")
    set_font(r, "宋体", size)
    r = p.add_run()
    set_font(r, "宋体", size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r._r.append(fc)
    r = p.add_run()
    set_font(r, "宋体", size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE   \\* MERGEFORMAT "
    r._r.append(it)
    r = p.add_run()
    set_font(r, "宋体", size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r._r.append(fc)
    r = p.add_run("1")
    set_font(r, "宋体", size)
    r = p.add_run()
    set_font(r, "宋体", size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r._r.append(fc)
    r = p.add_run(" —")
    set_font(r, "宋体", size)


def cell_text(cell, text, font=FS, size=12, bold=False,
              align=WD_ALIGN_PARAGRAPH.LEFT, pieces=None):
    """Write text into a cell.  `text` may be a list of paragraphs; `pieces`
    splits the first paragraph into several runs (as editing history does)."""
    paras = text if isinstance(text, list) else [text]
    first = True
    for t in paras:
        if first:
            p = cell.paragraphs[0]
            first = False
        else:
            p = cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(20)
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        if pieces and t == paras[0]:
            for piece in pieces:
                r = p.add_run(piece)
                set_font(r, font, size, bold)
        else:
            r = p.add_run(t)
            set_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def mark_header_row(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


# ---------------------------------------------------------------- the table
# (section heading, [ (序号, 重点任务, 分管委领导, 牵头, 配合, 时限), ... ])
# 分管委领导 None = vertically merged with the row above.
SECTIONS = [
    ("一、深化医药卫生体制改革（6项）", [
        ("1", "推进紧密型城市医疗集团建设。以市人民医院、市中医院为牵头医院组建2个城市医疗集团，年底前实现集团内人员、财务、医疗业务统筹管理。",
         "许卫东", "体制改革科", "医政医管科、财务审计科、组织人事科", "2025年12月底前"),
        ("2", "推动公立医院高质量发展。深化公立医院薪酬制度改革，落实“两个允许”要求，做好2024年度公立医院绩效考核工作。",
         None, "体制改革科", "组织人事科、财务审计科、医政医管科", "全年"),
        ("3", "配合医保部门开展医疗服务价格动态调整评估，规范公立医疗机构收费行为，开展医疗收费专项检查。",
         "胡振华", "财务审计科", "体制改革科、医政医管科", "2025年9月底前"),
        ("4", "巩固完善国家基本药物制度，推进药品耗材集中带量采购中选结果落地，加强短缺药品监测。",
         None, "药物政策与基本药物科", "医政医管科、各公立医院", "全年"),
        ("5", "指导各县（区）深化紧密型县域医共体建设，县域内就诊率稳定在90%以上。",
         "林晓岚", "基层卫生健康科", "体制改革科、医政医管科、财务审计科", "2025年12月底前"),
        ("6", "落实政府办医责任，做好2025年度部门预算执行和预算绩效管理，加强委属单位内部审计。",
         "胡振华", "财务审计科", "各科室、委属各单位", "全年"),
    ]),
    ("二、提升医疗服务能力（6项）", [
        ("7", "加强临床重点专科建设，新增市级临床重点专科5个，争创省级临床重点专科1个以上。",
         "许卫东", "医政医管科", "科技教育科、各市直医院", "2025年12月底前"),
        ("8", ["持续改善就医感受。", "深入开展“改善就医感受、提升患者体验”主题活动，推广预约诊疗、检查检验结果互认和“一站式”服务。"],
         None, "医政医管科", "规划发展与信息化科、市卫生健康信息中心", "全年"),
        ("9", "强化医疗质量安全管理，开展全面提升医疗质量行动，做好医疗纠纷预防和处理，深化平安医院建设。",
         None, "医政医管科", "政策法规科、综合监督科", "全年"),
        ("10", "加强院前医疗急救体系建设，优化急救站点布局，全市急救呼叫满足率达到95%以上，平均急救反应时间缩短至15分钟以内。",
         None, "医政医管科", "卫生应急办公室、市急救中心", "2025年10月底前"),
        ("11", "加强无偿献血和临床用血管理，全市无偿献血人次同比增长5%以上。",
         None, "医政医管科", "市中心血站", "全年"),
        ("12", "推进中医药传承创新发展，支持市中医院建设省级中医优势专科2个，基层中医馆实现乡镇卫生院、社区卫生服务中心全覆盖。",
         "胡振华", "中医药科", "基层卫生健康科、市中医院", "2025年12月底前"),
    ]),
    ("三、加强基层卫生和公共卫生服务（7项）", [
        ("13", "实施基层卫生服务能力提升行动，年内新建成社区医院3家，乡镇卫生院达到服务能力推荐标准的比例提高到55%。",
         "林晓岚", "基层卫生健康科", "规划发展与信息化科、医政医管科", "2025年12月底前"),
        ("14", "做实家庭医生签约服务，重点人群签约率稳定在75%以上，提升签约服务质量和居民获得感。",
         None, "基层卫生健康科", "妇幼健康科、老龄健康科（市老龄办）", "全年"),
        ("15", "落实国家基本公共卫生服务项目，规范居民电子健康档案管理和使用，做好项目绩效评价。",
         None, "基层卫生健康科", ["疾病预防控制科", "妇幼健康科", "财务审计科", "市疾病预防控制中心"], "全年"),
        ("16", "加强传染病监测预警和应急处置，做好流感、登革热等重点传染病防控，突发公共卫生事件报告及时率达到100%。",
         "孟庆春", "疾病预防控制科", "卫生应急办公室、市疾病预防控制中心", "全年"),
        ("17", "推进慢性病综合防控，巩固国家级慢性病综合防控示范区建设成果，开展高血压、糖尿病“医防融合”试点。",
         None, "疾病预防控制科", "基层卫生健康科、医政医管科、市疾病预防控制中心", "2025年11月底前"),
        ("18", "深入开展爱国卫生运动，推进国家卫生城市巩固提升和健康城市建设，完成省级卫生乡镇复审。",
         None, "爱国卫生与健康促进科", "宣传科", "2025年10月底前"),
        ("19", "加强职业病防治，开展尘肺病等重点职业病监测和职业健康保护行动，重点行业用人单位职业健康检查覆盖率达到90%以上。",
         None, "职业健康科", "综合监督科、市卫生健康综合监督执法支队", "2025年12月底前"),
    ]),
    ("四、维护全生命周期健康（5项）", [
        ("20", "实施母婴安全行动提升计划，严格落实妊娠风险筛查评估等五项制度，孕产妇死亡率、婴儿死亡率分别控制在10/10万、4.5‰以下。",
         "林晓岚", "妇幼健康科", "医政医管科、市妇幼保健院", "全年"),
        ("21", "完善生育支持政策，优化生育登记服务，发展普惠托育服务，每千人口拥有3岁以下婴幼儿托位数达到4.5个。",
         None, "人口监测与家庭发展科", "财务审计科、规划发展与信息化科", "2025年12月底前"),
        ("22", "推进医养结合，新增老年友善医疗机构10家、安宁疗护试点机构2家。",
         None, "老龄健康科（市老龄办）", "医政医管科、基层卫生健康科", "2025年12月底前"),
        ("23", "组织开展“敬老月”和老龄政策宣传活动，做好老年人意外伤害保险推广等工作。",
         None, "老龄健康科（市老龄办）", "宣传科", "2025年10月底前"),
        ("24", "加强心理健康和精神卫生服务，规范严重精神障碍患者管理服务，规范管理率达到90%以上。",
         "孟庆春", "疾病预防控制科", "医政医管科、市第二人民医院", "全年"),
    ]),
    ("五、强化卫生健康支撑保障（4项）", [
        ("25", "加强卫生健康人才队伍建设，实施“沅湄名医”培养工程，引进高层次和紧缺专业人才50名以上。",
         "宋佳宁", "组织人事科", "科技教育科、委属各单位", "2025年12月底前"),
        ("26", "推进“互联网+医疗健康”，完善全民健康信息平台，推进医疗机构间检查检验结果互认共享。",
         "胡振华", "规划发展与信息化科", "医政医管科、市卫生健康信息中心", "2025年11月底前"),
        ("27", "加快重点项目建设，推进市人民医院新院区二期、市疾病预防控制中心迁建项目建设，确保按期投入使用。",
         "胡振华、孟庆春", "规划发展与信息化科", "财务审计科、市人民医院、市疾病预防控制中心", "按项目进度"),
        ("28", "加强医学科研和教育，推进住院医师规范化培训基地建设，组织申报省级医学科研项目。",
         "许卫东", "科技教育科", "医政医管科、市人民医院", "全年"),
    ]),
    ("六、加强行业综合监管（3项）", [
        ("29", "深化医疗卫生行业综合监管，开展医疗机构依法执业专项检查和“双随机、一公开”抽查，任务完成率100%。",
         "孟庆春", "综合监督科", "医政医管科、市卫生健康综合监督执法支队", "2025年11月底前"),
        ("30", "持续开展医药领域腐败问题集中整治，纠治医疗卫生领域群众身边不正之风和腐败问题。",
         "陈立新、宋佳宁", "机关党委、医政医管科", "药物政策与基本药物科、财务审计科、委属各单位", "全年"),
        ("31", "推进法治卫健建设，落实行政执法“三项制度”，完成委规范性文件清理。",
         "宋佳宁", "政策法规科", "/", "2025年9月底前"),
    ]),
    ("七、全面加强党的建设和安全稳定工作（3项）", [
        ("32", "深入推进全面从严治党，落实党风廉政建设责任制，持续深化作风建设。",
         "陈立新", "机关党委", "各科室、委属各单位", "全年"),
        ("33", "加强卫生健康宣传和舆情引导，讲好沅湄卫健故事，做好突发事件舆情应对处置。",
         "宋佳宁", "宣传科", "办公室、卫生应急办公室", "全年"),
        ("34", "加强安全生产和平安建设，开展医疗机构消防、燃气、危化品等安全隐患排查整治。",
         "孟庆春", "卫生应急办公室", "规划发展与信息化科、综合监督科、委属各单位", "全年"),
    ]),
]

# runs split by editing history in some cells (task id -> column -> pieces)
SPLIT_RUNS = {
    "6": {"deadline": ["全", "年"]},
    "10": {"task": ["加强院前医疗急救体系建设，优化急救站点布局，全市急救呼叫满足率达到",
                    "95%", "以上，平均急救反应时间缩短至",
                    "15", "分钟以内。"]},
    "21": {"lead": ["人口监测与", "家庭发展科"]},
    "27": {"deadline": ["按项目", "进度"]},
}
# cells with a stray trailing space or a full-width space (typed in Word)
TRAILING = {"13": ("coop", " "), "25": ("leader", " "), "19": ("deadline", "　")}


def build():
    doc = Document()
    # base style
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    # ---------------- 版头
    para(doc, "", line=28)
    p = para(doc, "沅湄市卫生健康委员会文件", font=XBS, size=34,
             align=WD_ALIGN_PARAGRAPH.CENTER, color=RED, line=None,
             space_before=24)
    para(doc, "", line=28)
    p = para(doc, "沅卫发〔2025〕5号", align=WD_ALIGN_PARAGRAPH.CENTER,
             line=28)
    bottom_border(p, "FF0000", 24)
    para(doc, "", line=28)

    # ---------------- 标题
    para(doc, "沅湄市卫生健康委员会关于印发2025年全市",
         font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "卫生健康工作要点任务分解的通知",
         font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "")

    # ---------------- 主送 and body
    para(doc, "委机关各科室，委属各单位：")
    body = [
        "为全面落实《2025年全市卫生健康工作要点》（沅卫发〔2025〕2号）各项部署，"
        "经委党组会议研究，现将《2025年全市卫生健康工作要点任务分解表》印发给你们，"
        "请结合工作实际，认真抓好贯彻落实。现就有关事项通知如下：",
    ]
    for t in body:
        para(doc, t, indent=True)
    para(doc, indent=True, runs=[("一、压实工作责任。", HT, False),
         ("各分管委领导要加强对分管领域重点工作的统筹调度，定期听取工作进展汇报。"
          "牵头科室（单位）是任务落实的第一责任主体，主要负责同志要亲自研究、亲自部署；"
          "配合科室（单位）要按照职责分工主动配合、密切协作，形成工作合力。", FS, False)])
    para(doc, indent=True, runs=[("二、细化推进措施。", HT, False),
         ("各牵头科室（单位）要对照任务分解表，于3月10日前制定具体推进计划，"
          "明确时间节点和具体责任人，报委办公室备案。涉及多个科室（单位）的任务，"
          "由牵头科室（单位）负责召集协调。", FS, False)])
    para(doc, indent=True, runs=[("三、加强督查考核。", HT, False),
         ("委办公室将定期对任务推进情况进行调度督办。请各牵头科室（单位）于每季度末月25日前"
          "将工作进展情况（含存在问题和下步打算）经分管委领导审核后报送委办公室，"
          "全年工作完成情况于12月10日前报送。任务落实情况纳入科室和委属单位年度绩效考核。", FS, False)])
    para(doc, "联系人：委办公室　郑雯；联系电话：5218736；电子邮箱：ymwjwbgs@163.com。",
         indent=True)
    para(doc, "")
    # 附件说明 (hanging)
    p = para(doc, "附件：2025年全市卫生健康工作要点任务分解表", indent=True)
    para(doc, "")
    para(doc, "")
    para(doc, "")
    p = para(doc, "沅湄市卫生健康委员会", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Cm(1.6)
    p = para(doc, "2025年2月18日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Cm(2.1)
    para(doc, "")
    para(doc, "（此件依申请公开）", indent=True)

    # ---------------- 附件: landscape section
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width = Cm(29.7)
    new.page_height = Cm(21.0)
    new.top_margin = Cm(2.6)
    new.bottom_margin = Cm(2.4)
    new.left_margin = Cm(2.5)
    new.right_margin = Cm(2.5)

    para(doc, "附件", font=HT, size=16, line=28)
    para(doc, "")
    para(doc, "2025年全市卫生健康工作要点任务分解表", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "")

    widths = [Cm(1.5), Cm(11.0), Cm(2.8), Cm(3.6), Cm(4.6), Cm(3.2)]
    table = doc.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    tblpr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    hdr = ["序号", "重点任务", "分管委领导", "牵头科室（单位）", "配合科室（单位）", "完成时限"]
    for i, h in enumerate(hdr):
        c = table.rows[0].cells[i]
        c.width = widths[i]
        cell_text(c, h, font=HT, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    mark_header_row(table.rows[0])

    for head, tasks in SECTIONS:
        row = table.add_row()
        cant_split(row)
        merged = row.cells[0].merge(row.cells[5])
        cell_text(merged, head, font=HT, size=12)
        leader_cell_above = None
        for (no, task, leader, lead, coop, dl) in tasks:
            row = table.add_row()
            cells = row.cells
            for i, c in enumerate(cells):
                c.width = widths[i]
            sp = SPLIT_RUNS.get(no, {})
            tr = TRAILING.get(no)

            def val(col, v):
                if tr and tr[0] == col and isinstance(v, str):
                    return v + tr[1]
                return v

            cell_text(cells[0], val("no", no), align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(cells[1], val("task", task), pieces=sp.get("task"))
            if leader is None:
                cells[2].merge(leader_cell_above)
            else:
                cell_text(cells[2], val("leader", leader),
                          align=WD_ALIGN_PARAGRAPH.CENTER)
                leader_cell_above = cells[2]
            cell_text(cells[3], val("lead", lead), pieces=sp.get("lead"),
                      align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(cells[4], val("coop", coop),
                      align=WD_ALIGN_PARAGRAPH.CENTER if coop == "/" else WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(cells[5], val("deadline", dl), pieces=sp.get("deadline"),
                      align=WD_ALIGN_PARAGRAPH.CENTER)
            # the merged leader cell: python-docx leaves the merged-away
            # paragraph empty; keep it vertically centred
            if leader is None:
                leader_cell_above.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    # 注 under the table
    p = para(doc, "注：完成时限为“全年”的任务，牵头科室（单位）按季度报送进展情况；"
                  "牵头科室（单位）栏列两个科室（单位）的，共同牵头，排在前面的负责汇总报送。",
             font=KT, size=12, line=20, space_before=6)
    para(doc, "")

    # ---------------- 版记
    p = para(doc, "抄送：委领导。", size=14, line=28)
    p.paragraph_format.left_indent = Pt(14)
    top_bottom_border(p, top=True, bottom=True, sz=8)
    p = para(doc, "沅湄市卫生健康委员会办公室\t2025年2月19日印发", size=14, line=28)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(24.2), WD_TAB_ALIGNMENT.RIGHT)
    top_bottom_border(p, top=False, bottom=True, sz=12)

    core = doc.core_properties
    core.author = "郑雯"
    core.last_modified_by = "ymwjw-bgs"
    core.title = "关于印发2025年全市卫生健康工作要点任务分解的通知"
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
