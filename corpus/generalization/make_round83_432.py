#!/usr/bin/env python3
"""Generator for round 83 / 432: a 县委办 + 县政府办 joint notice (WPS-style Word file)
of the 县委经济工作会议 重点任务分工, table 序号/重点任务/牵头县领导/责任单位/完成时限,
牵头县领导 and 完成时限 cells merged down over some rows. Control case."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "432_lanhe_xian_jingji_gongzuo_huiyi_fengong.docx")

FS = "仿宋_GB2312"; HT = "黑体"; KT = "楷体_GB2312"; XBS = "方正小标宋简体"


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text, font=FS, size=16, align=None, indent=True, bold=False,
         color=None, space_after=0, line=28):
    p = doc_or_cell.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0); pf.space_after = Pt(space_after)
    pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def body_mixed(doc, parts):
    """parts: list of (text, font)."""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.first_line_indent = Pt(32); pf.line_spacing = Pt(28)
    pf.space_before = Pt(0); pf.space_after = Pt(0)
    for t, f in parts:
        set_font(p.add_run(t), f, 16)
    return p


def cell_text(cell, text, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False, font=FS, size=12):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0); pf.space_after = Pt(0); pf.line_spacing = Pt(18)
    if text:
        set_font(p.add_run(text), font, size, bold)


def set_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "single"); el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0"); el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "1")
    trPr.append(th)


def add_rule(doc, color="FF0000"):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bt = OxmlElement("w:bottom")
    bt.set(qn("w:val"), "single"); bt.set(qn("w:sz"), "18")
    bt.set(qn("w:space"), "1"); bt.set(qn("w:color"), color)
    bdr.append(bt); pPr.append(bdr)
    p.paragraph_format.space_after = Pt(12)
    return p


def add_page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    def fld(instr):
        r1 = p.add_run(); fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r1._r.append(fc)
        r2 = p.add_run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
        r3 = p.add_run(); fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r3._r.append(fc)
        r4 = p.add_run("1"); set_font(r4, "宋体", 14)
        r5 = p.add_run(); fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r5._r.append(fc)
    r = p.add_run("— "); set_font(r, "宋体", 14)
    fld(" PAGE ")
    r = p.add_run(" —"); set_font(r, "宋体", 14)


# ---------------------------------------------------------------- task data
# Each part: (heading, [rows]); row = (no, task, leader_or_None_if_merged_up, units, deadline_or_None_if_merged_up)
PARTS = [
    ("一、扩大有效投资（7项）", [
        ("1", "全力推进项目建设，全年实施县级重点项目120个以上，完成投资85亿元以上，新开工亿元以上项目30个。",
         "赵明远", "县发展和改革局、县财政局、县自然资源局、各乡（镇）人民政府", "2024年12月底"),
        ("2", "积极争取中央预算内投资、超长期特别国债和地方政府专项债券资金，全年争取上级资金15亿元以上。",
         None, "县发展和改革局、县财政局、县直各相关部门", None),
        ("3", "完善“周调度、月通报、季观摩”项目推进机制，落实县级领导包抓重点项目制度，及时协调解决项目建设中的困难问题。",
         "孙立群", "县发展和改革局、县委督查室、县政府督查室", "长期坚持"),
        ("4", "强化土地、资金、能耗等要素保障，全年供应建设用地3000亩以上，盘活批而未供和闲置土地800亩。",
         None, "县自然资源局、县发展和改革局、县财政局", "2024年12月底"),
        ("5", "加快推进岚河至平川高速公路前期工作，建成国道208线岚河过境段改线工程，新改建农村公路120公里。",
         "钱卫东", "县交通运输局、县发展和改革局、县自然资源局、沿线乡镇人民政府", "2024年12月底"),
        ("6", "开工建设城区供水二期工程和青石水库灌区续建配套工程，完成城区污水管网雨污分流改造18公里。",
         None, "县水利局、县住房和城乡建设局、县城市管理局", None),
        ("7", "实施城市更新行动，改造老旧小区28个，新建城市停车位1200个，打通城区断头路5条。",
         None, "县住房和城乡建设局、县财政局、县城市管理局、城关镇人民政府", None),
    ]),
    ("二、做强实体经济（8项）", [
        ("8", "实施工业倍增计划，规模以上工业增加值增长8%以上，工业投资增长12%以上。",
         "赵明远、李振华", "县工业和信息化局、县发展和改革局、县统计局", "2024年12月底"),
        ("9", "推动岚河经济开发区扩区调规，完善园区基础设施，新建标准化厂房10万平方米，园区营业收入突破200亿元。",
         "李振华", "岚河经济开发区管委会、县自然资源局、县发展和改革局", "2024年12月底"),
        ("10", "实施企业梯次培育工程，新培育规模以上工业企业15家、专精特新中小企业5家、高新技术企业8家。",
         None, "县工业和信息化局、县科学技术局、县统计局", None),
        ("11", "深入推进“个转企、小升规、规改股、股上市”，新增市场主体3000户以上，力争1家企业进入上市辅导期。",
         None, "县市场监督管理局、县工业和信息化局、县地方金融服务中心", None),
        ("12", "推进文旅融合发展，加快青石古镇4A级旅游景区创建，全年接待游客520万人次、实现旅游综合收入42亿元。",
         "王丽娟", "县文化和旅游局、县交通运输局、青石镇人民政府", "2024年12月底"),
        ("13", "开展“岚河消费季”等促消费活动20场以上，社会消费品零售总额增长6.5%。",
         None, "县商务局、县市场监督管理局、县统计局", None),
        ("14", "发展县域电子商务，建设县级电商公共服务中心和物流分拨中心，网络零售额增长15%以上。",
         None, "县商务局、县邮政管理局、县供销合作社", "2024年10月底"),
        ("15", "优化金融服务，全年新增各项贷款30亿元以上，普惠小微贷款增速不低于各项贷款平均增速。",
         "孙立群", "县地方金融服务中心、中国人民银行岚河县支行、各银行业金融机构", "2024年12月底"),
    ]),
    ("三、全面推进乡村振兴（7项）", [
        ("16", "稳定粮食生产，粮食播种面积稳定在52万亩以上、总产量稳定在21万吨以上，落实耕地保护和粮食安全党政同责。",
         "刘国庆、周海波", "县农业农村局、县自然资源局、各乡（镇）人民政府", "2024年10月底"),
        ("17", "新建高标准农田3.5万亩，实施高效节水灌溉工程1.2万亩。",
         "周海波", "县农业农村局、县财政局、县水利局", "2024年12月底"),
        ("18", "做强富硒茶叶、中药材、肉牛养殖等特色产业，新建标准化生产基地6个，新增“两品一标”农产品5个。",
         None, "县农业农村局、县林业局、县供销合作社", None),
        ("19", "巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制，脱贫人口务工规模稳定在2.3万人以上。",
         "刘国庆", "县乡村振兴局、县农业农村局、县人力资源和社会保障局", "长期坚持"),
        ("20", "推进宜居宜业和美乡村建设，创建省级示范村3个、市级示范村10个，农村卫生厕所普及率达到85%。",
         None, "县农业农村局、县住房和城乡建设局、市生态环境局岚河分局", "2024年12月底"),
        ("21", "稳妥推进农村宅基地制度改革和集体经营性建设用地入市试点，深化农村集体产权制度改革。",
         None, "县委农村工作领导小组办公室、县农业农村局、县自然资源局", None),
        ("22", "实施村级集体经济“清零消薄”行动，村集体经济年收入10万元以上的村占比达到60%。",
         "陈志刚", "县委组织部、县农业农村局、县财政局", "2024年11月底"),
    ]),
    ("四、深化改革开放（4项）", [
        ("23", "持续优化营商环境，深化“高效办成一件事”改革，政务服务事项全程网办率达到90%以上。",
         "孙立群", "县行政审批服务局、县发展和改革局、县市场监督管理局", "2024年12月底"),
        ("24", "强化招商引资，全年引进亿元以上项目25个，实际到位县外资金100亿元以上。",
         "赵明远", "县投资促进中心、岚河经济开发区管委会、各乡（镇）人民政府", "2024年12月底"),
        ("25", "深化国有企业改革，完成县属国有企业整合重组，推动城投公司市场化转型。",
         "孙立群", "县国有资产服务中心、县财政局、县城市建设投资有限公司", "2024年9月底"),
        ("26", "防范化解地方债务风险，严格落实化债方案，坚决遏制新增隐性债务。",
         None, "县财政局、县审计局、县国有资产服务中心", "长期坚持"),
    ]),
    ("五、保障和改善民生（6项）", [
        ("27", "落实就业优先政策，城镇新增就业3200人，城镇调查失业率控制在5.5%以内。",
         "王丽娟", "县人力资源和社会保障局、县教育局、县财政局", "2024年12月底"),
        ("28", "新建改扩建中小学、幼儿园6所，新增学位3600个，推进县域义务教育优质均衡发展。",
         None, "县教育局、县发展和改革局、县财政局", "2024年8月底"),
        ("29", "推进紧密型县域医共体建设，完成县人民医院门诊医技楼建设，巩固二级甲等中医院创建成果。",
         None, "县卫生健康局、县医疗保障局、县人民医院", "2024年12月底"),
        ("30", "新建城市社区嵌入式养老服务中心2个、农村互助幸福院15个，完善三级养老服务网络。",
         None, "县民政局、县财政局、各乡（镇）人民政府", None),
        ("31", "深入开展安全生产治本攻坚三年行动，坚决防范遏制重特大事故发生。",
         "杨向东", "县应急管理局、县公安局、县交通运输局、各乡（镇）人民政府", "长期坚持"),
        ("32", "深化平安岚河建设，常态化开展扫黑除恶斗争，推动信访工作法治化。",
         None, "县委政法委、县公安局、县信访局", None),
    ]),
]


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS; st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    cp = doc.core_properties
    cp.author = "县委办文电科"; cp.last_modified_by = "lhxwb"; cp.title = ""

    s = doc.sections[0]
    s.page_width = Cm(21); s.page_height = Cm(29.7)
    s.top_margin = Cm(3.7); s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8); s.right_margin = Cm(2.6)
    add_page_number_footer(s)

    # 版头
    para(doc, "", indent=False)
    para(doc, "中共岚河县委办公室", XBS, 36, WD_ALIGN_PARAGRAPH.CENTER, False, color="FF0000", line=44)
    para(doc, "岚河县人民政府办公室", XBS, 36, WD_ALIGN_PARAGRAPH.CENTER, False, color="FF0000", line=44)
    para(doc, "", indent=False)
    para(doc, "岚办发〔2024〕4号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER, False)
    add_rule(doc)

    # 标题
    para(doc, "中共岚河县委办公室　岚河县人民政府办公室", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, line=32)
    para(doc, "关于印发《2024年县委经济工作会议", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, line=32)
    para(doc, "重点任务分工方案》的通知", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, line=32)
    para(doc, "", indent=False)

    para(doc, "各乡（镇）党委、人民政府，县委各部委，县级国家机关各部门，各人民团体，县直各单位：", indent=False)
    para(doc, "《2024年县委经济工作会议重点任务分工方案》已经县委、县政府同意，现印发给你们，请结合实际认真抓好贯彻落实。")
    body_mixed(doc, [("一、", HT), ("压实工作责任。", HT),
                     ("各牵头县领导要切实履行领导责任，定期听取分管领域重点任务推进情况汇报，协调解决重大问题。"
                      "附件中“责任单位”栏所列单位，排在第一位的为牵头单位，其余为配合单位。牵头单位要制定具体推进方案，"
                      "明确时间表、路线图，主要负责同志亲自抓；配合单位要主动对接、密切协作，形成工作合力。", FS)])
    body_mixed(doc, [("二、", HT), ("强化督查问效。", HT),
                     ("县委督查室、县政府督查室要将各项重点任务纳入年度督查计划，实行清单化管理、台账式推进，"
                      "每季度通报一次进展情况。对工作推进不力、影响全县工作大局的，依规依纪严肃问责。", FS)])
    body_mixed(doc, [("三、", HT), ("及时报送进展。", HT),
                     ("各牵头单位于每季度最后一个月25日前，将重点任务推进情况（含工作进展、存在问题、下步打算）"
                      "以书面形式报送县委督查室、县政府督查室，电子版发送至lhdcs@163.com。联系人：胡晓燕，电话：0917-6821305。", FS)])
    para(doc, "", indent=False)
    para(doc, "附件：2024年县委经济工作会议重点任务分工方案")
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, "中共岚河县委办公室　　　　岚河县人民政府办公室", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16)
    p = para(doc, "2024年1月22日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    para(doc, "（此件发至乡镇）")

    # 附件：横向节
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width = Cm(29.7); sec.page_height = Cm(21)
    sec.top_margin = Cm(2.6); sec.bottom_margin = Cm(2.4)
    sec.left_margin = Cm(2.5); sec.right_margin = Cm(2.5)

    para(doc, "附件", HT, 16, indent=False)
    para(doc, "", indent=False)
    para(doc, "2024年县委经济工作会议重点任务分工方案", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, line=32)
    para(doc, "（注：责任单位排在第一位的为牵头单位）", KT, 14, WD_ALIGN_PARAGRAPH.CENTER, False, space_after=6)

    widths = [Cm(1.4), Cm(11.6), Cm(2.8), Cm(6.6), Cm(2.3)]
    nrows = 1 + sum(1 + len(rows) for _, rows in PARTS)
    t = doc.add_table(rows=nrows, cols=5)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_borders(t)
    for r in t.rows:
        for i, c in enumerate(r.cells):
            c.width = widths[i]
    hdr = ["序号", "重点任务", "牵头县领导", "责任单位", "完成时限"]
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True, font=HT, size=12)
    repeat_header(t.rows[0])

    ri = 1
    for heading, rows in PARTS:
        c = t.cell(ri, 0).merge(t.cell(ri, 4))
        cell_text(c, heading, align=WD_ALIGN_PARAGRAPH.LEFT, font=HT, size=12)
        ri += 1
        lead_start = dl_start = None
        spans = []  # (col, start, end)
        for k, (no, task, leader, units, dl) in enumerate(rows):
            cell_text(t.cell(ri, 0), no)
            cell_text(t.cell(ri, 1), task, align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(t.cell(ri, 3), units, align=WD_ALIGN_PARAGRAPH.LEFT)
            if leader is not None:
                if lead_start is not None:
                    spans.append((2, lead_start, ri - 1))
                lead_start = ri
                cell_text(t.cell(ri, 2), leader)
            if dl is not None:
                if dl_start is not None:
                    spans.append((4, dl_start, ri - 1))
                dl_start = ri
                cell_text(t.cell(ri, 4), dl)
            ri += 1
        spans.append((2, lead_start, ri - 1))
        spans.append((4, dl_start, ri - 1))
        for col, a, b in spans:
            if b > a:
                t.cell(a, col).merge(t.cell(b, col))
    # grid and fixed layout so that Word, WPS and LibreOffice keep the column widths
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    tblW = t._tbl.tblPr.find(qn("w:tblW"))
    if tblW is None:
        tblW = OxmlElement("w:tblW"); t._tbl.tblPr.append(tblW)
    tblW.set(qn("w:type"), "dxa"); tblW.set(qn("w:w"), str(int(sum(w.twips for w in widths))))
    # widths again after merges
    for r in t.rows:
        for i, c in enumerate(r.cells):
            c.width = widths[i]

    # 版记 (after the attachment, on the last page)
    para(doc, "", indent=False)
    add_rule(doc, "000000")
    para(doc, "抄送：县委各常委，县人大常委会党组，县政府党组，县政协党组。", FS, 14, indent=False)
    para(doc, "中共岚河县委办公室　　　　　　　　　　　　　　2024年1月22日印发", FS, 14, indent=False)
    doc.save(OUT)
    return OUT


if __name__ == "__main__":
    print(build())
