#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generate 540_yingpu_shi_gzbg_zhongdian_gongzuo_fenjie.docx:
a 市人民政府 red-header 文件 dividing its 2025 政府工作报告 重点工作 (附件 table)."""
import os
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

NAME = "540_yingpu_shi_gzbg_zhongdian_gongzuo_fenjie.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", font=FS, size=16, align=None, indent=True,
         line=28.95, bold=False, color=None, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def runs(p, parts, size=16):
    for text, font in parts:
        r = p.add_run(text)
        set_font(r, font, size)


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def add_page_field(p, size=14):
    def r(text=None, fld=None, instr=None):
        run = p.add_run()
        set_font(run, "宋体", size)
        if fld:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), fld)
            run._element.append(fc)
        elif instr:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = instr
            run._element.append(it)
        else:
            run.text = text
    r("— ")
    r(fld="begin")
    r(instr=" PAGE ")
    r(fld="separate")
    r("1")
    r(fld="end")
    r(" —")


def setup_footer(section):
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.right_indent = Pt(14)
    add_page_field(p)
    ef = section.even_page_footer
    p = ef.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    p.paragraph_format.left_indent = Pt(14)
    add_page_field(p)


def cell_text(cell, text, font=FS, size=12, align=WD_ALIGN_PARAGRAPH.LEFT, bold=False):
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.alignment = align
        pf = p.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(20)
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        if line:
            r = p.add_run(line)
            set_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_cell_width(cell, mm):
    tcPr = cell._tc.get_or_add_tcPr()
    w = tcPr.find(qn("w:tcW"))
    if w is None:
        w = OxmlElement("w:tcW")
        tcPr.insert(0, w)
    w.set(qn("w:w"), str(int(mm * 56.7)))
    w.set(qn("w:type"), "dxa")


def vmerge(cell, val):
    tcPr = cell._tc.get_or_add_tcPr()
    vm = OxmlElement("w:vMerge")
    if val:
        vm.set(qn("w:val"), val)
    tcPr.append(vm)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trPr.append(h)
    cs = OxmlElement("w:cantSplit")
    trPr.append(cs)


def table_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


# ----------------------------------------------------------------- content
PARTS = [
    ("一、主要预期目标", [
        ("1", "全市地区生产总值增长6%左右，规模以上工业增加值增长7%左右，固定资产投资增长6%左右，社会消费品零售总额增长6%左右。",
         "邱明远", "市发展改革委", "市统计局、市工业和信息化局、市商务局，各县（市、区）人民政府，潆浦高新区管委会", "2025年12月底"),
        ("2", "一般公共预算收入增长5%左右，税收占比稳定在70%以上。",
         "", "市财政局", "市税务局，各县（市、区）人民政府", "2025年12月底"),
        ("3", "城镇新增就业3.2万人以上，城镇调查失业率控制在5.5%以内，城乡居民人均可支配收入增长与经济增长基本同步。",
         "林　蔚", "市人力资源社会保障局", "市统计局、市农业农村局", "2025年12月底"),
    ]),
    ("二、坚定不移扩大有效投资", [
        ("4", "全年实施市级重点项目320个，完成年度投资850亿元以上，新开工亿元以上项目150个以上，推行重点项目“红黄绿灯”调度机制。",
         "蒋振华\n邱明远", "市发展改革委", "市自然资源规划局、市住房城乡建设局、市生态环境局，各县（市、区）人民政府", "2025年12月底"),
        ("5", "抢抓超长期特别国债、地方政府专项债券政策机遇，全年争取上级资金支持110亿元以上，加强项目储备和前期工作。",
         "邱明远", "市发展改革委\n市财政局", "市级各有关部门", "2025年12月底"),
        ("6", "深化工程建设项目审批制度改革，全面推行“拿地即开工”“竣工即交付”，社会投资简易低风险项目审批时间压缩至15个工作日以内。",
         "梅　俊", "市行政审批服务局", "市自然资源规划局、市住房城乡建设局、市人防办", "2025年10月底"),
        ("7", "加快潆浦至临江高速公路、潆浦港铁山港区二期工程、市区西外环改造等重大交通项目建设，建成农村公路提质改造工程260公里。",
         "", "市交通运输局", "市发展改革委、市自然资源规划局，沿线县（市、区）人民政府", "2025年12月底"),
        ("8", "实施城市更新行动，改造城镇老旧小区86个，新建改造城市燃气、供排水等地下管网180公里，完成城中村改造项目8个。",
         "", "市住房城乡建设局", "市财政局、市城市管理局，各县（市、区）人民政府", "2025年12月底"),
    ]),
    ("三、做强做优实体经济", [
        ("9", "深入实施制造业重点产业链“链长制”，推动绿色化工、新能源电池、装备制造、食品加工四大主导产业集群发展，规模以上工业营业收入突破4000亿元。",
         "孔德胜", "市工业和信息化局", "市发展改革委、市科技局、市商务局、市投资促进局", "2025年12月底"),
        ("10", "实施“小升规”培育工程，新增规模以上工业企业120家以上，新增国家级专精特新“小巨人”企业5家以上。",
         "", "市工业和信息化局", "市统计局、市市场监管局，各县（市、区）人民政府", "2025年12月底"),
        ("11", "实施高新技术企业倍增计划，高新技术企业总数突破900家，全社会研发经费投入强度达到2.3%，新建省级以上创新平台10个。",
         "", "市科技局", "市财政局、市税务局、市工业和信息化局", "2025年12月底"),
        ("12", "坚持招商引资“一号工程”，全年招引亿元以上产业项目150个，其中10亿元以上项目20个，实际利用外资增长5%以上。",
         "蒋振华\n孔德胜", "市投资促进局", "市商务局，各县（市、区）人民政府，潆浦高新区管委会", "2025年12月底"),
        ("13", "加快数字潆浦建设，新建5G基站1500个，推动规模以上工业企业数字化改造全覆盖，数字经济核心产业增加值增长12%。",
         "孔德胜", "市数据局", "市工业和信息化局", "2025年12月底"),
        ("14", "大力发展现代物流和商贸服务业，建设潆浦国家骨干冷链物流基地，开展“潆浦消费季”系列促消费活动，落实大宗消费品以旧换新政策。",
         "", "市商务局", "市发展改革委、市交通运输局、市邮政管理局", "2025年11月底"),
    ]),
    ("四、全面推进乡村振兴", [
        ("15", "全面落实粮食安全党政同责，粮食播种面积稳定在380万亩以上，总产量保持在140万吨以上。",
         "樊晓东", "市农业农村局", "市发展改革委（市粮食和储备局），各县（市、区）人民政府", "2025年10月底"),
        ("16", "新建和改造提升高标准农田12万亩，实施耕地保护“田长制”，坚决遏制耕地“非农化”、基本农田“非粮化”。",
         "", "市农业农村局\n市自然资源规划局", "市财政局、市水利局", "2025年12月底"),
        ("17", "守牢不发生规模性返贫致贫底线，健全防止返贫致贫监测和帮扶机制，脱贫人口务工规模稳定在9万人以上。",
         "", "市农业农村局", "市民政局、市人力资源社会保障局、市医保局、市教育局", "2025年12月底"),
        ("18", "推进西干渠中型灌区续建配套与节水改造工程，完成病险水库除险加固12座，农村自来水普及率达到93%。",
         "", "市水利局", "市发展改革委、市财政局", "2025年12月底"),
        ("19", "深化农村人居环境整治提升，农村卫生厕所普及率达到85%以上，生活垃圾收运处置体系行政村全覆盖，创建和美乡村示范村40个。",
         "樊晓东\n梅　俊", "市农业农村局", "市住房城乡建设局、市生态环境局、市卫生健康委", "2025年12月底"),
    ]),
    ("五、持续深化改革开放", [
        ("20", "实施营商环境优化提升行动，深化“高效办成一件事”改革，政务服务事项“一网通办”率达到95%以上。",
         "蒋振华", "市发展改革委", "市行政审批服务局、市政务服务和大数据中心、市市场监管局、市司法局", "2025年12月底"),
        ("21", "深入实施国有企业改革深化提升行动，完成市属国有企业战略性重组和专业化整合，市属国有企业营业收入增长8%以上。",
         "邱明远", "市国资委", "市财政局", "2025年12月底"),
        ("22", "稳定外贸基本盘，进出口总额增长8%以上，推动潆浦综合保税区申报设立，培育跨境电商企业30家。",
         "孔德胜", "市商务局", "潆浦海关、市税务局、市外汇管理局", "2025年12月底"),
        ("23", "落实促进民营经济发展壮大各项政策措施，开展“万企大走访”活动，常态化开展拖欠企业账款清理工作。",
         "", "市发展改革委", "市工业和信息化局、市市场监管局、市工商联", "持续推进"),
    ]),
    ("六、推进绿色低碳发展", [
        ("24", "深入打好蓝天、碧水、净土保卫战，中心城区PM2.5平均浓度控制在32微克/立方米以内，国省控断面水质优良比例保持100%。",
         "梅　俊", "市生态环境局", "市公安局、市住房城乡建设局、市交通运输局、市农业农村局", "2025年12月底"),
        ("25", "全面落实河湖长制，推进潆江流域综合治理，完成中小河流治理35公里。",
         "樊晓东", "市水利局", "市生态环境局，各县（市、区）人民政府", "2025年12月底"),
        ("26", "有序推进碳达峰行动，严格落实能耗双控，单位地区生产总值能耗下降3%，新增新能源装机容量50万千瓦。",
         "邱明远", "市发展改革委", "市工业和信息化局、市机关事务管理局", "2025年12月底"),
    ]),
    ("七、着力保障和改善民生", [
        ("27", "新建改扩建中小学、幼儿园18所，新增学位1.2万个，推进县域普通高中振兴和义务教育优质均衡发展。",
         "林　蔚", "市教育局", "市发展改革委、市财政局、市自然资源规划局", "2025年9月底"),
        ("28", "推进紧密型县域医共体建设，市第二人民医院新院区建成投用，每千人口拥有执业（助理）医师数达到3.3人。",
         "", "市卫生健康委", "市医保局、市发展改革委", "2025年12月底"),
        ("29", "健全养老服务体系，新增养老床位1200张，新建社区嵌入式养老服务中心15个，特殊困难老年人家庭适老化改造1000户。",
         "", "市民政局", "市卫生健康委", "2025年12月底"),
        ("30", "开展文化惠民活动1200场次，推进潆江古镇创建国家5A级旅游景区，全年接待游客增长10%。",
         "", "市文化广电旅游局", "—", "2025年12月底"),
        ("31", "筹集建设保障性租赁住房2000套，发放城镇住房保障家庭租赁补贴3500户，促进房地产市场平稳健康发展。",
         "梅　俊", "市住房城乡建设局", "市自然资源规划局、市财政局", "2025年12月底"),
        ("32", "开展职业技能培训3万人次，新增技能人才1.5万人，落实重点群体就业帮扶，零就业家庭动态清零。",
         "林　蔚", "市人力资源社会保障局", "市教育局、市财政局", "2025年12月底"),
    ]),
    ("八、统筹发展和安全", [
        ("33", "深入推进安全生产治本攻坚三年行动，严防重特大事故发生，生产安全事故起数和死亡人数实现“双下降”。",
         "石　川", "市应急管理局", "市安委会各成员单位", "持续推进"),
        ("34", "落实食品安全“两个责任”，食品评价性抽检合格率保持在98%以上，守牢药品安全底线。",
         "", "市市场监管局", "市农业农村局、市卫生健康委", "2025年12月底"),
        ("35", "推进更高水平平安潆浦建设，常态化开展扫黑除恶斗争，坚持和发展新时代“枫桥经验”，抓好信访问题源头治理。",
         "", "市公安局", "市司法局、市信访局", "持续推进"),
    ]),
    ("九、加强政府自身建设", [
        ("36", "严格落实重大行政决策程序规定，全面推行行政执法“三项制度”，提升行政复议和应诉质效。",
         "蒋振华", "市司法局", "市政府各部门", "持续推进"),
        ("37", "坚持政府过紧日子，一般性支出压减5%以上，“三公”经费只减不增，强化审计监督和财会监督。",
         "邱明远", "市财政局", "市审计局、市机关事务管理局", "2025年12月底"),
    ]),
]


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    doc.settings.odd_and_even_pages_header_footer = True

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(24)
    setup_footer(sec)

    # 版头
    para(doc, "", indent=False)
    para(doc, "潆浦市人民政府文件", font=XBS, size=48, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=60, color="FF0000")
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, "潆政发〔2025〕5号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p)
    para(doc, "", indent=False)
    para(doc, "", indent=False)

    # 标题
    para(doc, "潆浦市人民政府", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=33)
    para(doc, "关于分解落实2025年《政府工作报告》", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
    para(doc, "重点工作任务的通知", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=33)
    para(doc, "", indent=False)

    para(doc, "各县（市、区）人民政府，潆浦高新区管委会，市政府各部门、各直属机构：", indent=False)
    para(doc, "2025年《政府工作报告》已经市十七届人大四次会议审议通过。为确保报告确定的"
              "各项目标任务落到实处，市政府对报告提出的重点工作进行了分解，明确了责任市领导、"
              "牵头单位和责任单位，现印发给你们，并就有关事项通知如下：")
    p = para(doc)
    runs(p, [("一、压紧压实工作责任。", HT),
             ("各责任市领导要加强对分管领域重点工作的指导、协调和督促，及时研究解决推进中的"
              "重大问题。牵头单位要切实履行牵头抓总职责，对照任务分解表逐项制定具体工作方案，"
              "细化工作措施，明确时间节点和责任人；牵头单位有两个的，排在第一位的为主牵头单位。"
              "各责任单位要按照职责分工密切配合、主动作为，形成工作合力。", FS)])
    p = para(doc)
    runs(p, [("二、加强统筹协调推进。", HT),
             ("各县（市、区）人民政府、潆浦高新区管委会要结合本地实际，认真抓好涉及本地区的"
              "各项工作落实。对涉及多个部门的任务，牵头单位要主动对接、加强沟通，建立健全协调"
              "推进机制，确保各项任务按时保质完成。", FS)])
    p = para(doc)
    runs(p, [("三、严格督查考核问效。", HT),
             ("各牵头单位要于每季度最后一个月的20日前，将牵头任务推进情况经分管市领导审核后"
              "报市政府督查室，同时抄送市发展改革委。市政府督查室要加强跟踪督查，定期通报工作"
              "进展情况，督查结果纳入年度目标绩效考核。对工作推进不力、措施不实的，将严肃问责。", FS)])
    para(doc, "")
    p = para(doc, indent=True)
    runs(p, [("附件：2025年《政府工作报告》重点工作任务分解表", FS)])
    para(doc, "")
    para(doc, "")
    para(doc, "")
    p = para(doc, "潆浦市人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2025年2月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    para(doc, "（此件公开发布）")

    # 附件：横向
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Mm(297), Mm(210)
    sec2.top_margin, sec2.bottom_margin = Mm(28), Mm(26)
    sec2.left_margin, sec2.right_margin = Mm(37), Mm(35)
    sec2.footer_distance = Mm(15)

    para(doc, "附件", font=HT, size=16, indent=False)
    para(doc, "")
    para(doc, "2025年《政府工作报告》重点工作任务分解表", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
    para(doc, "", indent=False, line=14)

    widths = [14, 96, 22, 34, 38, 21]
    ntask = sum(len(t) for _, t in PARTS)
    tbl = doc.add_table(rows=1, cols=6)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(tbl)
    tbl.autofit = False
    for c, w in enumerate(widths):
        tbl.columns[c].width = Mm(w)
    hdr = tbl.rows[0]
    repeat_header(hdr)
    for c, (t, w) in enumerate(zip(["序号", "重点工作任务", "责任市领导", "牵头单位",
                                    "责任单位", "完成时限"], widths)):
        cell_text(hdr.cells[c], t, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
        set_cell_width(hdr.cells[c], w)

    for title, tasks in PARTS:
        row = tbl.add_row()
        trPr = row._tr.get_or_add_trPr()
        trPr.append(OxmlElement("w:cantSplit"))
        m = row.cells[0].merge(row.cells[5])
        cell_text(m, "%s（%d项）" % (title, len(tasks)), font=HT)
        prev_leader = None
        for i, (no, text, leader, lead, others, dl) in enumerate(tasks):
            row = tbl.add_row()
            row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
            cs = row.cells
            for c, w in enumerate(widths):
                set_cell_width(cs[c], w)
            cell_text(cs[0], no, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(cs[1], text)
            if leader:
                cell_text(cs[2], leader, align=WD_ALIGN_PARAGRAPH.CENTER)
                # start a merge if the next task leaves the leader blank
                if i + 1 < len(tasks) and not tasks[i + 1][2]:
                    vmerge(cs[2], "restart")
            else:
                cell_text(cs[2], "", align=WD_ALIGN_PARAGRAPH.CENTER)
                vmerge(cs[2], None)
            cell_text(cs[3], lead, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(cs[4], others,
                      align=WD_ALIGN_PARAGRAPH.CENTER if others == "—" else WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(cs[5], dl, align=WD_ALIGN_PARAGRAPH.CENTER)
    assert ntask == 37

    # 版记：竖向末页
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Mm(210), Mm(297)
    sec3.top_margin, sec3.bottom_margin = Mm(37), Mm(35)
    sec3.left_margin, sec3.right_margin = Mm(28), Mm(26)
    sec3.footer_distance = Mm(24)
    for _ in range(18):
        para(doc, "", indent=False)
    bj = doc.add_table(rows=2, cols=1)
    tblPr = bj._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4")):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    for edge in ("left", "right", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)
    c = bj.rows[0].cells[0]
    cell_text(c, "抄送：市委各部门，潆浦军分区，市人大常委会办公室，市政协办公室，市监委，"
                 "市中级法院，市检察院。", size=14)
    c.paragraphs[0].paragraph_format.left_indent = Pt(14)
    c = bj.rows[1].cells[0]
    p = c.paragraphs[0]
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(152))
    r = p.add_run("潆浦市人民政府办公室\t2025年2月19日印发")
    set_font(r, FS, 14)
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
