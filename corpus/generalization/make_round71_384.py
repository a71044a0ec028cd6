#!/usr/bin/python3
"""Round 71, notice 384: a 市委办/市政府办 joint notice with its 重点任务清单 table.

Builds the typeset notice as DOCX (python-docx + lxml), prints it to PDF with
LibreOffice (headless, private profile), and writes the text that
`pdftotext -layout` makes of that PDF to 384_ningtao_shi_zhongdian_renwu_qingdan.txt.
Intermediate files go to build_384/.
"""
import os
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, "build_384")
STEM = "384_ningtao_shi_zhongdian_renwu_qingdan"

FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"
RED = RGBColor(0xE6, 0x00, 0x12)

# ----------------------------------------------------------------- content
SECTIONS = [
    ("一、坚持创新驱动，加快构建现代化产业体系（6项）", [
        ("深入实施制造业重点产业链“链长制”，聚焦新能源装备、精细化工、绿色食品三条主导产业链，全年新增规模以上工业企业80家以上，规模以上工业增加值增长8%左右。",
         "孙雅琴", "市工业和信息化局",
         "市发展改革委、市科技局、市投资促进中心、各县（市、区）人民政府", "2024年12月底"),
        ("推进宁洮高新区扩区调规，加快建设新能源装备产业园二期，年内建成标准化厂房30万平方米，新引进配套企业20家以上。",
         "孙雅琴、高建国", "宁洮高新区管委会",
         "市自然资源和规划局、市住房城乡建设局、市生态环境局", "2024年10月底"),
        ("实施高新技术企业倍增计划，全年净增高新技术企业60家、科技型中小企业200家，全社会研发经费投入强度达到2.3%。",
         "孙雅琴", "市科技局",
         "市财政局、市统计局、市税务局、各县（市、区）人民政府", "2024年12月底"),
        ("加快数字经济发展，新建5G基站1200个，推动200家规模以上工业企业实施数字化改造，建成省级智能工厂和数字化车间10个。",
         "孙雅琴", "市工业和信息化局、市数据局",
         "市通信发展管理办公室、各县（市、区）人民政府", "2024年12月底"),
        ("大力发展现代服务业，培育省级现代服务业集聚区2个，社会消费品零售总额增长6.5%。",
         "韩立新", "市商务局",
         "市发展改革委、市文化广电旅游局、市市场监管局、市统计局", "2024年12月底"),
        ("推进文旅深度融合，创建国家4A级旅游景区2家，办好第五届宁洮湖文化旅游节，全年接待游客人次增长10%以上。",
         "卢文静", "市文化广电旅游局",
         "市委宣传部、市商务局、市交通运输局、宁洮湖旅游度假区管委会", "2024年9月底"),
    ]),
    ("二、坚持扩大有效需求，推动经济持续回升向好（5项）", [
        ("滚动实施“三个一批”重大项目，全年实施市级重点项目320个、完成投资480亿元，力争新开工亿元以上项目100个。",
         "郑宏远、韩立新", "市发展改革委",
         "市自然资源和规划局、市生态环境局、市住房城乡建设局、各县（市、区）人民政府、宁洮高新区管委会", "2024年12月底"),
        ("深化招商引资“一把手”工程，全年引进10亿元以上产业项目15个，实际到位市外资金增长12%。",
         "韩立新", "市投资促进中心",
         "市商务局、市工业和信息化局、各县（市、区）人民政府", "2024年12月底"),
        ("积极争取超长期特别国债、地方政府专项债券等政策资金，全年争取新增专项债券额度45亿元以上。",
         "韩立新", "市财政局、市发展改革委",
         "市直有关部门", "2024年11月底"),
        ("稳住外贸基本盘，支持企业开拓“一带一路”沿线市场，全年进出口总额增长5%，新增有进出口实绩企业40家。",
         "孙雅琴", "市商务局",
         "宁洮海关、市税务局、中国人民银行宁洮市分行", "2024年12月底"),
        ("促进房地产市场平稳健康发展，落实保障性住房建设任务，筹集保障性租赁住房2000套，改造城镇老旧小区86个。",
         "高建国", "市住房城乡建设局",
         "市自然资源和规划局、市财政局、各县（市、区）人民政府", "2024年11月底"),
    ]),
    ("三、坚持深化改革开放，持续优化营商环境（4项）", [
        ("深入实施国有企业改革深化提升行动，完成市属国有企业重组整合，推动市城投集团实现AA+主体信用评级。",
         "韩立新", "市国资委",
         "市财政局、市委组织部、市城投集团", "2024年12月底"),
        ("打造“宁洮办事不求人”营商环境品牌，推进“高效办成一件事”，全面推行企业开办、不动产登记等13个事项集成办理。",
         "郑宏远", "市政务服务和大数据管理局",
         "市发展改革委、市市场监管局、市自然资源和规划局、市公安局", "2024年6月底"),
        ("全面落实促进民营经济发展壮大各项政策，健全政企常态化沟通机制，开展清理拖欠企业账款专项行动。",
         "韩立新、吴海燕", "市发展改革委",
         "市委统战部、市工商联、市工业和信息化局、市财政局、市司法局", "2024年12月底"),
        ("深化财税金融改革，推进预算管理一体化，新增上市挂牌企业5家，普惠小微贷款余额增长15%以上。",
         "韩立新", "市委金融办、市财政局",
         "中国人民银行宁洮市分行、国家金融监督管理总局宁洮监管分局", "2024年12月底"),
    ]),
    ("四、坚持城乡融合发展，扎实推进乡村全面振兴（5项）", [
        ("严格落实粮食安全党政同责，全年粮食播种面积稳定在260万亩以上，新建高标准农田18万亩。",
         "林晓峰", "市农业农村局",
         "市发展改革委、市财政局、市自然资源和规划局、市水利局、各县（市、区）人民政府", "2024年10月底"),
        ("学习运用“千万工程”经验，开展和美乡村示范创建，建成市级和美乡村示范村50个，农村卫生厕所普及率达到92%。",
         "许国栋、林晓峰", "市委农办、市农业农村局",
         "市住房城乡建设局、市生态环境局、市卫生健康委、各县（市、区）人民政府", "2024年11月底"),
        ("深化农村集体产权制度改革，发展壮大新型农村集体经济，集体经济年经营性收入10万元以上的村占比达到60%。",
         "林晓峰", "市农业农村局",
         "市委组织部、市财政局、市自然资源和规划局", "2024年12月底"),
        ("推进以县城为重要载体的新型城镇化，实施城市更新项目36个，新改建城市道路42公里，常住人口城镇化率提高1个百分点。",
         "高建国", "市住房城乡建设局、市发展改革委",
         "市自然资源和规划局、市城市管理局、市交通运输局、各县（市、区）人民政府", "2024年12月底"),
        ("加快综合立体交通网建设，推进宁洮至安平高速公路建设，开工建设宁洮港河口作业区二期，新改建农村公路300公里。",
         "高建国", "市交通运输局",
         "市发展改革委、市自然资源和规划局、市财政局、各县（市、区）人民政府", "2024年12月底"),
    ]),
    ("五、坚持绿色低碳发展，建设人与自然和谐共生的美丽宁洮（4项）", [
        ("深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在33微克/立方米以内，国省控断面水质优良比例保持100%。",
         "林晓峰", "市生态环境局",
         "市发展改革委、市工业和信息化局、市住房城乡建设局、市农业农村局、市水利局", "2024年12月底"),
        ("全面推行河湖长制，实施宁洮湖流域综合治理工程，完成水土流失综合治理面积45平方公里。",
         "林晓峰", "市水利局",
         "市生态环境局、市自然资源和规划局、市林业局、各县（市、区）人民政府", "2024年11月底"),
        ("积极稳妥推进碳达峰碳中和，实施重点领域节能降碳改造，完成省下达的能耗强度降低目标任务。",
         "韩立新", "市发展改革委",
         "市工业和信息化局、市生态环境局、市住房城乡建设局、市交通运输局、市机关事务管理局", "2024年12月底"),
        ("科学推进国土绿化，完成人工造林5万亩，创建省级森林乡村20个，严格落实林长制。",
         "林晓峰", "市林业局",
         "市自然资源和规划局、各县（市、区）人民政府", "2024年5月底"),
    ]),
    ("六、坚持以人民为中心，持续增进民生福祉（6项）", [
        ("落实就业优先政策，城镇新增就业3.2万人，城镇调查失业率控制在5.5%以内，高校毕业生就业去向落实率保持在90%以上。",
         "卢文静", "市人力资源社会保障局",
         "市教育局、市财政局、市农业农村局、市总工会、团市委", "2024年12月底"),
        ("推进基本公共教育优质均衡发展，新建改扩建中小学、幼儿园22所，新增学位1.5万个，加快宁洮职业技术学院新校区建设。",
         "卢文静", "市教育局",
         "市发展改革委、市财政局、市自然资源和规划局、市住房城乡建设局", "2024年8月底"),
        ("深化医药卫生体制改革，推进紧密型县域医共体建设，市第一人民医院新院区建成投用。",
         "卢文静", "市卫生健康委",
         "市医保局、市发展改革委、市财政局、市第一人民医院", "2024年10月底"),
        ("健全多层次社会保障体系，完善养老服务网络，新建社区嵌入式养老服务设施30个，城乡居民基本养老保险参保率稳定在95%以上。",
         "卢文静", "市民政局、市人力资源社会保障局",
         "市财政局、市医保局、市卫生健康委", "2024年12月底"),
        ("统筹发展和安全，深入开展安全生产治本攻坚三年行动，坚决遏制重特大生产安全事故发生。",
         "邓志强", "市应急管理局",
         "市安委会各成员单位、各县（市、区）人民政府", "全年持续推进"),
        ("推进更高水平平安宁洮建设，坚持和发展新时代“枫桥经验”，深化信访工作法治化，常态化开展扫黑除恶斗争。",
         "何嘉、邓志强", "市委政法委",
         "市公安局、市信访局、市司法局、市中级人民法院、市人民检察院", "全年持续推进"),
    ]),
]

BODY = [
    ("p", "各县（市、区）党委和人民政府，市委各部委，市直各单位，各人民团体："),
    ("b", "为深入贯彻落实市委八届六次全会、市委经济工作会议和市十七届人大三次会议精神，确保2024年全市各项目标任务落地见效，市委、市政府研究确定了2024年全市重点任务清单。经市委、市政府同意，现印发给你们，请结合实际认真抓好贯彻落实。现就有关事项通知如下。"),
    ("h1", "一、提高政治站位"),
    ("b", "重点任务清单是市委、市政府对全年工作的具体部署。各级各部门要切实把思想和行动统一到市委、市政府决策部署上来，以“开局就是决战、起步就要冲刺”的状态，全力以赴推动各项任务落地落实。"),
    ("h1", "二、压实工作责任"),
    ("b", "各牵头市领导要加强统筹调度，定期听取工作进展情况汇报，协调解决推进中的重大问题。牵头单位要切实履行牵头抓总职责，细化工作措施，明确时间节点，确保任务按期完成；责任单位要按照职责分工主动配合，形成工作合力。各县（市、区）要对照清单抓好本地区相关工作的落实。"),
    ("h1", "三、强化督查问效"),
    ("b", "市委督查室、市政府督查室要将重点任务清单纳入年度督查重点，实行台账管理、挂图作战，定期通报任务推进情况。各牵头单位要于每季度最后一个月25日前，将任务完成情况书面报送市委督查室、市政府督查室（电子版发送至ntdcs@ningtao.gov.cn）。对工作推进不力、任务完成滞后的，将按照有关规定严肃问责。"),
    ("b", "联系人：市委督查室　魏子凡，电话：0738－6612035；市政府督查室　钱佳宁，电话：0738－6612187。"),
]


# ----------------------------------------------------------------- helpers
def set_run_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    if color is not None:
        run.font.color.rgb = color


def para(container, text="", east=FS, size=16, bold=False, align=None, indent=False,
         color=None, line=28, before=0, after=0):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_run_font(p.add_run(text), east, size, bold, color)
    return p


def border(p, side, color="E60012", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)


def page_field(p, size=14):
    def r(text=None, fld=None, instr=None):
        run = p.add_run()
        set_run_font(run, "宋体", size, ascii_font="宋体")
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


def set_footers(section):
    section.footer.is_linked_to_previous = False
    section.even_page_footer.is_linked_to_previous = False
    fo = section.footer.paragraphs[0]
    fo.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fo.paragraph_format.right_indent = Pt(14)
    page_field(fo)
    fe = section.even_page_footer.paragraphs[0]
    fe.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fe.paragraph_format.left_indent = Pt(14)
    page_field(fe)


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def all_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


def fixed_layout(table, widths):
    tblpr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def cell_text(cell, text, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = cell.paragraphs[0]
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(18)
    p.alignment = align
    set_run_font(p.add_run(text), east, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


# ----------------------------------------------------------------- document
def build(path):
    doc = Document()
    doc.settings.odd_and_even_pages_header_footer = True
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)

    s0 = doc.sections[0]
    s0.page_width, s0.page_height = Cm(21), Cm(29.7)
    s0.top_margin, s0.bottom_margin = Cm(3.7), Cm(3.5)
    s0.left_margin, s0.right_margin = Cm(2.8), Cm(2.6)
    s0.footer_distance = Cm(2.5)
    set_footers(s0)

    # 版头: joint issuer mark
    para(doc, "", line=20)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    fixed_layout(t, [Cm(11.6), Cm(4.0)])
    left, right = t.rows[0].cells
    for i, name in enumerate(("中共宁洮市委办公室", "宁洮市人民政府办公室")):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(40)
        set_run_font(p.add_run(name), XBS, 28, color=RED)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = right.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run_font(p.add_run("文件"), XBS, 46, color=RED)

    para(doc, "", line=28)
    para(doc, "", line=28)
    p = para(doc, "宁办发〔2024〕7号", align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    border(p, "bottom")
    para(doc, "", line=28)
    para(doc, "中共宁洮市委办公室　宁洮市人民政府办公室", east=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "关于印发《2024年全市重点任务清单》", east=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "的通知", east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "", line=28)
    for kind, text in BODY:
        if kind == "p":
            para(doc, text)
        elif kind == "h1":
            para(doc, text, east=HT, indent=True)
        else:
            para(doc, text, indent=True)
    para(doc, "")
    p = para(doc, "附件：2024年全市重点任务清单", indent=True)
    para(doc, "")
    para(doc, "")
    para(doc, "")
    p = para(doc, "中共宁洮市委办公室　　　　宁洮市人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16)
    p = para(doc, "2024年2月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 4)
    para(doc, "")
    para(doc, "（此件公开发布）", indent=True)

    # 附件: landscape section
    s1 = doc.add_section(WD_SECTION.NEW_PAGE)
    s1.orientation = WD_ORIENT.LANDSCAPE
    s1.page_width, s1.page_height = Cm(29.7), Cm(21)
    s1.top_margin, s1.bottom_margin = Cm(2.8), Cm(2.6)
    s1.left_margin, s1.right_margin = Cm(2.5), Cm(2.5)
    s1.footer_distance = Cm(1.5)
    set_footers(s1)
    para(doc, "附件", east=HT, size=16)
    para(doc, "")
    para(doc, "2024年全市重点任务清单", east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "", line=20)

    widths = [Cm(1.3), Cm(10.2), Cm(2.4), Cm(3.7), Cm(4.9), Cm(2.2)]
    head = ["序号", "重点任务", "牵头市领导", "牵头单位", "责任单位", "完成时限"]
    ntask = sum(len(s[1]) for s in SECTIONS)
    table = doc.add_table(rows=1 + len(SECTIONS) + ntask, cols=6)
    all_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    fixed_layout(table, widths)
    hr = table.rows[0]
    repeat_header(hr)
    for c, h in zip(hr.cells, head):
        cell_text(c, h, east=HT, size=12)
    r = 1
    n = 0
    for title, tasks in SECTIONS:
        row = table.rows[r]
        merged = row.cells[0].merge(row.cells[5])
        cell_text(merged, title, east=HT, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
        r += 1
        for text, leader, lead, resp, due in tasks:
            n += 1
            cells = table.rows[r].cells
            cell_text(cells[0], str(n))
            cell_text(cells[1], text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            cell_text(cells[2], leader)
            cell_text(cells[3], lead)
            cell_text(cells[4], resp)
            cell_text(cells[5], due)
            r += 1

    # 版记: portrait last page
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    # the paragraph that carries the landscape section's sectPr: keep it tiny
    brk = doc.paragraphs[-1]
    brk.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    brk.paragraph_format.line_spacing = Pt(1)
    set_run_font(brk.add_run(""), FS, 1)
    s2.orientation = WD_ORIENT.PORTRAIT
    s2.page_width, s2.page_height = Cm(21), Cm(29.7)
    s2.top_margin, s2.bottom_margin = Cm(3.7), Cm(3.5)
    s2.left_margin, s2.right_margin = Cm(2.8), Cm(2.6)
    s2.footer_distance = Cm(2.5)
    # GB/T 9704: the blank page before the 版记 and the 版记 page carry no page number
    s2.footer.is_linked_to_previous = False
    s2.even_page_footer.is_linked_to_previous = False
    p = para(doc, "", before=560)
    p = para(doc, "抄送：市委各常委，市人大常委会、市政府、市政协领导同志，市中级人民法院，市人民检察院，宁洮军分区。",
             size=14, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", color="000000", sz=8)
    p = para(doc, "中共宁洮市委办公室　　　　　　　　2024年2月27日印发", size=14, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", color="000000", sz=4)
    border(p, "bottom", color="000000", sz=8)
    doc.save(path)


def main():
    os.makedirs(BUILD, exist_ok=True)
    docx_path = os.path.join(BUILD, STEM + ".docx")
    build(docx_path)
    profile = "file://" + os.path.join(BUILD, "lo_profile")
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", BUILD, docx_path],
                   check=True, stdout=subprocess.DEVNULL)
    pdf_path = os.path.join(BUILD, STEM + ".pdf")
    out = os.path.join(HERE, STEM + ".txt")
    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", pdf_path, out], check=True)
    shutil.rmtree(os.path.join(BUILD, "lo_profile"), ignore_errors=True)
    print(out)


if __name__ == "__main__":
    main()
