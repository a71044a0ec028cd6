#!/usr/bin/python3
"""Round 78, no. 412 (control case): a 市人民政府办公室 notice whose 附件 is the
重点任务分工 table, typeset as an ordinary Word file (A4 公文 layout, the table in a
landscape section with its header repeated on each page, 版记 on a last portrait
page).  The PDF made from it by LibreOffice is what the city posted; the test text
is `pdftotext -layout` of that PDF (see build_412.sh).

Writes 412_yuning_shi_shebei_gengxin_fengong.docx next to this script.
"""
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "412_yuning_shi_shebei_gengxin_fengong"
WORK = os.path.join(HERE, "work412")  # the .docx and the PDF; the text is written next to this script
OUT = os.path.join(WORK, NAME + ".docx")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xE6, 0x00, 0x12)

# ---------------------------------------------------------------- content
ISSUER = "榆宁市人民政府办公室"
WENHAO = "榆政办发〔2024〕17号"
TITLE_LINES = [
    "榆宁市人民政府办公室关于印发榆宁市推动",
    "大规模设备更新和消费品以旧换新",
    "重点任务分工方案的通知",
]
ZHUSONG = "各县（区）人民政府，榆宁高新区管委会，市政府各部门、各直属机构："
BODY = [
    ("p", "为深入贯彻落实《国务院关于印发〈推动大规模设备更新和消费品以旧换新行动方案〉的通知》"
          "（国发〔2024〕7号）和省委、省政府有关工作部署，加快推动我市大规模设备更新和消费品以旧换新，"
          "经市政府同意，现将《榆宁市推动大规模设备更新和消费品以旧换新重点任务分工方案》印发给你们，"
          "并就有关事项通知如下。"),
    ("h", "一、加强组织领导。", "市推动大规模设备更新和消费品以旧换新工作专班（以下简称市工作专班）"
          "负责统筹协调全市设备更新和以旧换新工作，研究解决推进中的重大问题。各责任市领导要加强对分管领域"
          "工作的调度指导，各县（区）人民政府、榆宁高新区管委会要结合实际细化工作举措，确保各项任务落地见效。"),
    ("h", "二、压实工作责任。", "各牵头单位要切实履行牵头职责，制定具体推进措施，明确时间节点和责任人，"
          "主动协调配合单位共同推进；各配合单位要按照职责分工积极配合，形成工作合力。"),
    ("h", "三、强化跟踪督办。", "各牵头单位要于每月5日前将上月工作进展情况报送市工作专班办公室"
          "（设在市发展改革委）。市政府督查室将把重点任务落实情况纳入年度督查检查内容，"
          "对工作推进不力、进展滞后的进行通报。"),
]
FUJIAN_SHUOMING = "附件：榆宁市推动大规模设备更新和消费品以旧换新重点任务分工方案"
DATE = "2024年5月20日"
FUZHU = "（此件公开发布）"
ATT_TITLE = "榆宁市推动大规模设备更新和消费品以旧换新重点任务分工方案"
ATT_INTRO = ("为推动我市大规模设备更新和消费品以旧换新各项任务落地落实，"
             "现将重点任务分工如下：")
CHAOSONG = ("抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，"
            "市中级人民法院，市人民检察院，榆宁军分区。")
YINFA_LEFT = "榆宁市人民政府办公室"
YINFA_RIGHT = "2024年5月21日印发"

HEADER = ["序号", "重点任务", "责任市领导", "牵头单位", "配合单位", "完成时限"]

# Each part: (heading, [ (no, task, leaders, leads, coops, deadline), ... ])
PARTS = [
    ("一、实施设备更新行动（10项）", [
        ("1", "推进重点行业设备更新改造。围绕钢铁、建材、化工、纺织、机械等重点行业，分行业制定设备更新"
              "实施方案，推动生产设备、用能设备、发输配电设备等更新和技术改造，全年实施设备更新项目120个以上。",
         "沈佳怡", "市工业和信息化局",
         "市发展改革委、市财政局、市生态环境局、各县（区）人民政府、榆宁高新区管委会", "2024年12月底前"),
        ("2", "加快建筑和市政基础设施领域设备更新。推进不符合现行标准的住宅老旧电梯更新改造，"
              "年内完成老旧电梯更新改造300台以上。",
         "孟庆华", "市住房和城乡建设局", "市市场监管局、市财政局、各县（区）人民政府", "2024年12月底前"),
        ("3", "推进供水、供热、污水处理设备更新。实施城市供水管网、供热管网及污水处理厂设备更新改造，"
              "完成老旧管网改造120公里。",
         "孟庆华", "市城市管理局、市住房和城乡建设局", "市发展改革委、市生态环境局、市水务局", "2024年10月底前"),
        ("4", "加快交通运输设备更新。推动国三及以下排放标准营运柴油货车淘汰更新，"
              "新增及更新城市公交车优先选用新能源车辆。",
         "罗振邦", "市交通运输局", "市公安局、市生态环境局、市财政局", "2024年12月底前"),
        ("5", "推进老旧农业机械报废更新。落实农业机械报废更新补贴政策，加快淘汰老旧拖拉机、联合收割机等"
              "农业机械，全年报废更新老旧农业机械800台以上。",
         "罗振邦", "市农业农村局", "市财政局、各县（区）人民政府", "2024年11月底前"),
        ("6", "提升教育、文旅、医疗设备水平。推动符合条件的学校更新教学仪器、实验设备，"
              "推进文旅场所设施设备更新，支持医疗机构更新医学影像、放射治疗等医疗装备。",
         "唐雪梅", "市教育局、市文化广电和旅游局、市卫生健康委", "市发展改革委、市财政局", "2024年12月底前"),
        ("7", "推动数字化转型设备更新。推广应用智能制造装备和工业软件，新建数字化车间和智能工厂10个以上。",
         "沈佳怡", "市工业和信息化局", "市数据局、市科技局", "持续推进"),
        ("8", "推进节能降碳设备更新。对标能效标杆水平，推动锅炉、电机、变压器等重点用能设备更新改造。",
         "韩立新", "市发展改革委", "市工业和信息化局、市市场监管局、市生态环境局", "2024年12月底前"),
        ("9", "加快安全生产设备更新。推动化工、矿山、民爆、工贸等重点行业更新安全生产设备，"
              "淘汰不符合安全标准的老旧设备和工艺。",
         "黎国栋", "市应急管理局", "市工业和信息化局、市住房和城乡建设局、市交通运输局", "2024年12月底前"),
        ("10", "建立设备更新项目库。全面摸排设备更新需求，建立全市设备更新项目库，实行动态管理、"
               "按季度调度，积极争取超长期特别国债和中央预算内投资支持。",
         "韩立新", "市发展改革委、市工业和信息化局", "各县（区）人民政府、榆宁高新区管委会", "2024年6月底前"),
    ]),
    ("二、实施消费品以旧换新行动（7项）", [
        ("11", "开展汽车以旧换新。落实汽车报废更新补贴政策，组织开展汽车以旧换新促销活动，"
               "推动新能源汽车进乡村。",
         "沈佳怡", "市商务局", "市公安局、市财政局、市生态环境局", "2024年12月底前"),
        ("12", "开展家电产品以旧换新。支持家电销售企业联合生产企业、回收企业开展以旧换新促销活动，"
               "对购买节能家电的消费者给予补贴。",
         "沈佳怡", "市商务局", "市财政局、市市场监管局、各县（区）人民政府", "2024年12月底前"),
        ("13", "推动家装厨卫“焕新”。支持居民开展旧房装修、厨房卫生间局部改造和适老化改造，"
               "打造一批家装消费示范店。",
         "孟庆华、沈佳怡", "市住房和城乡建设局、市商务局", "市市场监管局、市民政局", "持续推进"),
        ("14", "促进电动自行车以旧换新。加强电动自行车安全隐患整治，引导居民淘汰更换老旧电动自行车"
               "和不符合标准的蓄电池。",
         "沈佳怡、黎国栋", "市商务局、市公安局", "市消防救援支队、市市场监管局", "2024年12月底前"),
        ("15", "推进二手车交易便利化。全面落实二手车交易登记跨省通办，便利二手车异地交易，"
               "支持二手车经销企业发展。",
         "沈佳怡", "市商务局", "市公安局、国家税务总局榆宁市税务局", "2024年9月底前"),
        ("16", "鼓励金融机构加大消费信贷投放。合理确定汽车贷款首付比例、期限和利率，"
               "丰富家电、家装等消费信贷产品。",
         "韩立新", "国家金融监督管理总局榆宁监管分局", "中国人民银行榆宁市分行、市委金融办", "持续推进"),
        ("17", "开展“焕新榆宁”系列促消费活动。结合节假日消费热点，分领域、分区域组织汽车、家电、"
               "家居等以旧换新主题促消费活动。",
         "沈佳怡", "市商务局", "市文化广电和旅游局、市融媒体中心、各县（区）人民政府", "2024年12月底前"),
    ]),
    ("三、实施回收循环利用行动（5项）", [
        ("18", "完善废旧产品设备回收网络。推进“换新+回收”物流体系建设，新建和改造一批社区回收站点、"
               "分拣中心。",
         "沈佳怡", "市商务局",
         "市发展改革委、市住房和城乡建设局、市城市管理局、市供销合作社", "2024年12月底前"),
        ("19", "支持二手商品流通交易。鼓励发展二手商品线上交易平台，规范二手商品交易市场秩序。",
         "沈佳怡", "市商务局", "市市场监管局、国家税务总局榆宁市税务局", "持续推进"),
        ("20", "有序推进再制造和梯次利用。支持工程机械、机床等再制造产业发展，推动新能源汽车动力电池梯次利用。",
         "沈佳怡", "市工业和信息化局", "市发展改革委、市生态环境局", "持续推进"),
        ("21", "推动资源高水平再生利用。推进榆宁高新区循环化改造，提升废钢铁、废有色金属、废塑料等"
               "再生资源加工利用水平。",
         "韩立新", "市发展改革委", "市工业和信息化局、市生态环境局、榆宁高新区管委会", "2024年12月底前"),
        ("22", "规范报废机动车回收拆解。加强报废机动车回收拆解企业监管，严厉打击非法拆解行为。",
         "沈佳怡、黎国栋", "市商务局", "市公安局、市生态环境局", "2024年10月底前"),
    ]),
    ("四、实施标准提升行动（3项）", [
        ("23", "加快能耗、排放、技术标准对标提升。严格执行国家能耗限额、产品能效、污染物排放等标准，"
               "引导企业对标先进水平实施更新改造。",
         "沈佳怡", "市市场监管局", "市发展改革委、市工业和信息化局、市生态环境局", "持续推进"),
        ("24", "强化重点消费品质量安全监管。加强对汽车、家电、电动自行车等产品的质量安全抽检，"
               "依法查处质量违法行为。",
         "沈佳怡", "市市场监管局", "", "持续推进"),
        ("25", "加强绿色认证与标识引领。推广节能、节水、环境标志等绿色产品认证，引导消费者选购绿色产品。",
         "沈佳怡", "市市场监管局", "市商务局、市工业和信息化局", "2024年12月底前"),
    ]),
    ("五、强化政策保障（5项）", [
        ("26", "加大财政资金支持。统筹用好中央、省级专项资金和市级财政资金，对符合条件的设备更新"
               "和以旧换新项目给予支持。",
         "韩立新", "市财政局", "市发展改革委、市工业和信息化局、市商务局", "2024年12月底前"),
        ("27", "落实税收优惠政策。落实节能节水、环境保护专用设备企业所得税优惠和资源回收企业"
               "增值税简易征收等政策。",
         "韩立新", "国家税务总局榆宁市税务局", "市财政局", "持续推进"),
        ("28", "强化设备更新信贷支持。用好科技创新和技术改造再贷款，引导金融机构加大对设备更新项目的"
               "中长期贷款投放。",
         "韩立新", "中国人民银行榆宁市分行",
         "国家金融监督管理总局榆宁监管分局、市委金融办、市发展改革委、市工业和信息化局", "持续推进"),
        ("29", "加强要素保障。对设备更新项目涉及的用地、用能、环评等要素予以优先保障，"
               "开辟审批绿色通道。",
         "韩立新", "市自然资源和规划局", "市发展改革委、市生态环境局、市行政审批服务局", "持续推进"),
        ("30", "加强宣传引导和跟踪调度。开展政策解读和宣传推广，建立月调度、季通报工作机制，"
               "及时总结推广典型经验。",
         "韩立新", "市发展改革委", "市委宣传部、市商务局、市工业和信息化局、市统计局", "每月调度"),
    ]),
]


# ---------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first_indent=None, line=28.9, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc_or_cell, text, font=FS, size=16, bold=False, color=None, **kw):
    p = doc_or_cell.add_paragraph()
    fmt(p, **kw)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def bottom_border(p, color="E60012", sz=12, side="bottom"):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def add_page_field(p, font, size):
    def r(text=None, fld=None, instr=None):
        run = p.add_run()
        set_font(run, font, size)
        if fld:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), fld)
            run._r.append(e)
        if instr:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = instr
            run._r.append(e)
        if text:
            run.text = text
        return run
    r("— ")
    r(fld="begin")
    r(instr=" PAGE ")
    r(fld="separate")
    r("1")
    r(fld="end")
    r(" —")


def setup_footers(section):
    section.footer.is_linked_to_previous = False
    section.even_page_footer.is_linked_to_previous = False
    fo = section.footer.paragraphs[0]
    fo.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fo.paragraph_format.right_indent = Pt(14)
    add_page_field(fo, "宋体", 14)
    fe = section.even_page_footer.paragraphs[0]
    fe.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fe.paragraph_format.left_indent = Pt(14)
    add_page_field(fe, "宋体", 14)


def portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    section.footer_distance = Cm(2.8)


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.top_margin, section.bottom_margin = Cm(2.6), Cm(2.4)
    section.left_margin, section.right_margin = Cm(2.5), Cm(2.5)
    section.footer_distance = Cm(1.4)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    fmt(p, align=align, line=18)
    if text:
        set_font(p.add_run(text), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_col_widths(table, widths):
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trpr.append(e)


def table_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


# ---------------------------------------------------------------- build
def build():
    doc = Document()
    doc.settings.odd_and_even_pages_header_footer = True
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    portrait(sec)
    setup_footers(sec)

    # 版头
    para(doc, ISSUER + "文件", font=XBS, size=34, color=RED,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=48)
    para(doc, "")
    para(doc, "")
    p = para(doc, WENHAO, align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p)
    para(doc, "")
    # 标题
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    for i, t in enumerate(TITLE_LINES):
        r = p.add_run(t)
        set_font(r, XBS, 22)
        if i < len(TITLE_LINES) - 1:
            r.add_break()
    para(doc, "")
    para(doc, ZHUSONG)
    for item in BODY:
        if item[0] == "p":
            para(doc, item[1], first_indent=32, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        else:
            p = doc.add_paragraph()
            fmt(p, first_indent=32, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            set_font(p.add_run(item[1]), HT, 16)
            set_font(p.add_run(item[2]), FS, 16)
    para(doc, "")
    # 附件说明: 回行时与附件名称对齐
    p = para(doc, FUJIAN_SHUOMING, first_indent=-48, align=WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.left_indent = Pt(80)
    para(doc, "")
    para(doc, "")
    p = para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    para(doc, "")
    para(doc, FUZHU, first_indent=32)

    # 附件: landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    landscape(sec2)
    setup_footers(sec2)
    para(doc, "附件", font=HT, size=16, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "")
    para(doc, ATT_TITLE, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "")
    para(doc, ATT_INTRO, first_indent=32, align=WD_ALIGN_PARAGRAPH.JUSTIFY)

    widths = [Cm(1.4), Cm(8.1), Cm(2.6), Cm(4.3), Cm(5.6), Cm(2.7)]
    nrows = 1 + sum(1 + len(t) for _, t in PARTS)
    table = doc.add_table(rows=nrows, cols=6)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    table_borders(table)
    set_col_widths(table, widths)

    hdr = table.rows[0]
    repeat_header(hdr)
    for c, t in zip(hdr.cells, HEADER):
        cell_text(c, t, font=HT, size=12)
    ri = 1
    for head, tasks in PARTS:
        row = table.rows[ri]
        merged = row.cells[0].merge(row.cells[5])
        cell_text(merged, head, font=HT, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
        ri += 1
        for no, task, leaders, leads, coops, dl in tasks:
            cells = table.rows[ri].cells
            cell_text(cells[0], no)
            cell_text(cells[1], task, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            cell_text(cells[2], leaders)
            cell_text(cells[3], leads)
            cell_text(cells[4], coops, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            cell_text(cells[5], dl)
            ri += 1

    # 版记: last portrait page
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    portrait(sec3)
    setup_footers(sec3)
    for _ in range(14):
        para(doc, "")
    p = para(doc, "")
    bottom_border(p, color="000000", sz=8)
    p = para(doc, CHAOSONG, size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(0)
    bottom_border(p, color="000000", sz=4)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.3) - Pt(14), alignment=WD_TAB_ALIGNMENT.RIGHT)
    set_font(p.add_run(YINFA_LEFT + "\t" + YINFA_RIGHT), FS, 14)
    bottom_border(p, color="000000", sz=8)

    os.makedirs(WORK, exist_ok=True)

    doc.save(OUT)

    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_round78_412", "--convert-to",

                    "pdf", "--outdir", WORK, OUT], check=True, stdout=subprocess.DEVNULL)

    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", os.path.join(WORK, NAME + ".pdf"),

                    os.path.join(HERE, NAME + ".txt")], check=True)
    return OUT


if __name__ == "__main__":
    print(build())
