#!/usr/bin/python3
"""Round 135, case 686: a county notice as Open WebUI's knowledge base holds it.

Path (all steps real, run here):
  1. the 县政府办 notice is typeset as a Word file (python-docx, GB/T 9704-like
     layout: red issuer mark, portrait cover, landscape 附件 table with a
     repeated header row, rows that do not break across pages, vertically
     centred cells, merged leader cells, odd/even "— N —" footers, a 版记 page);
  2. it is printed to PDF by LibreOffice (soffice --convert-to pdf), as the
     portal's PDF download would be;
  3. the PDF is uploaded to an Open WebUI knowledge base (the stock 2025
     "DeepSeek + Ollama + Open WebUI" local deployment).  Open WebUI's default
     PDF extraction is LangChain's PyPDFLoader, i.e. pypdf's plain
     ``page.extract_text()`` for every page, and ``process_file`` stores the
     pages joined by ONE space as the file's ``data.content`` -- the text the
     knowledge-file editor shows and ``/api/v1/files/{id}/data/content``
     returns.  Here pypdf is the installed 3.4.1.
The notice file is that content string, UTF-8, written as is.

pypdf's plain mode starts a new line only when the next text is LOWER on the
page than the last; text that moves up or stays on the line is appended with
nothing (or one space for a wide gap).  In a table whose cells are written
cell by cell, every cell after the first therefore runs on from the last line
of the cell before it.

Also writes the gold (686_...tasks.gold.jsonl).  Deterministic: the PDF is an
intermediate in a temporary directory; the text extracted from it is the same
on every run.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "686_shichuan_xian_gzbg_renwu_fengong_openwebui_pypdf"
NOTICE = os.path.join(HERE, NAME + ".txt")
GOLD = os.path.join(HERE, NAME + ".tasks.gold.jsonl")

SONG = "AR PL UMing CN"      # stands for 仿宋_GB2312 / 宋体
KAI = "AR PL UKai CN"        # 楷体_GB2312
HEI = "WenQuanYi Micro Hei"  # 黑体 / 方正小标宋简体

# ---------------------------------------------------------------- content --
ISSUER = "蓍川县人民政府办公室"
WENHAO = "蓍政办发〔2025〕5号"
TITLE1 = "蓍川县人民政府办公室"
TITLE2 = "关于印发2025年县政府工作报告重点工作任务分工方案的通知"
ZHUSONG = "各乡镇人民政府、街道办事处，县政府各部门，县直及驻县各单位："
COVER = [
    ("", "　　《2025年蓍川县人民政府工作报告》已经县第十八届人民代表大会第五次会议审议通过。为确保报告确定的各项目标任务落到实处，经县人民政府同意，现将《2025年县政府工作报告重点工作任务分工方案》印发给你们，并就有关事项通知如下。"),
    ("　　一、压实工作责任。", "分工方案对每项任务均明确了责任县领导、牵头单位、配合单位和完成时限。各责任县领导要加强对分管领域重点工作的统筹调度。“牵头单位”是任务落实的第一责任单位，牵头单位有两个的，排在第一位的为主牵头单位；“配合单位”要按照职责分工主动配合，“配合单位”栏为“/”的，由牵头单位独立完成。同一县领导负责的相邻任务，“责任县领导”栏合并填写，该县领导对所涵盖的各项任务均负责。"),
    ("　　二、细化推进措施。", "各牵头单位要于3月20日前制定具体推进方案，明确时间节点、责任科室和责任人，报县政府督查室备案。"),
    ("　　三、强化督查考核。", "县政府督查室要将分工方案落实情况纳入年度目标责任考核，实行季度通报。各牵头单位要于每季度最后一个月25日前将进展情况报送县政府督查室（联系人：刘　洋，联系电话：0736-5218026）。"),
]
FUJIAN_LINE = "　　附件：2025年县政府工作报告重点工作任务分工方案"
DATE = "2025年3月6日"
FUZHU = "　　（此件公开发布）"
ATT_TITLE = "2025年县政府工作报告重点工作任务分工方案"
HEADER = ["序号", "重点工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]
CHAOSONG = "抄送：县委各部门，县人大常委会办公室，县政协办公室，县人民法院，县人民检察院。"

# Parts and tasks.  Task = (title sentence, rest of text, leaders, leads,
# helpers, deadline).  leaders: list of cell paragraphs, or "^" = the cell is
# merged down from the row above (vMerge continue).  leads/helpers: the cell
# text exactly as typed (one paragraph).
PARTS = [
    ("一、坚持项目为王，稳住经济增长（6项）", [
        ("推进重点项目建设。", "全年实施县级重点项目120个，完成投资85亿元以上，其中新开工项目45个以上。",
         ["孙建国"], "县发展和改革局", "县财政局、县自然资源局、县住房和城乡建设局，各乡镇（街道）", "2025年12月底前"),
        ("抓好项目谋划储备。", "围绕超长期特别国债、地方政府专项债券等政策投向，谋划储备项目150个以上，争取上级资金15亿元以上。",
         ["孙建国"], "县发展和改革局、县财政局", "县交通运输局、县水利局、县农业农村局", "持续推进"),
        ("强化招商引资。", "坚持产业链招商、以商招商，全年引进亿元以上项目20个，实际到位省外资金40亿元以上。",
         ["孙建国"], "县投资促进服务中心", "县商务局、县工业和信息化局，各乡镇（街道）", "2025年12月底前"),
        ("提振消费市场。", "组织开展“蓍川消费季”促消费活动20场以上，落实以旧换新政策，社会消费品零售总额增长5.5%。",
         ["王　勇"], "县商务局", "县财政局、县文化和旅游局、县市场监督管理局", "2025年12月底前"),
        ("推动外贸稳量提质。", "支持企业参加境内外重点展会，培育外贸实绩企业10家，进出口总额增长8%。",
         "^", "县商务局", "县税务局、县金融工作服务中心", "2025年12月底前"),
        ("加强财源建设。", "一般公共预算收入增长5%以上，严控一般性支出，兜牢“三保”底线。",
         ["孙建国"], "县财政局", "县税务局，县自然资源局", "2025年12月底前"),
    ]),
    ("二、坚持工业强县，培育新质生产力（6项）", [
        ("壮大主导产业。", "推动新材料、食品加工两大主导产业产值突破200亿元，规模以上工业增加值增长7%。",
         ["王　勇"], "县工业和信息化局", "县发展和改革局、县科学技术局、蓍川经济开发区管委会", "2025年12月底前"),
        ("推进园区提档升级。", "蓍川经济开发区新建标准化厂房10万平方米，完成污水处理厂二期工程，亩均税收提高10%。",
         ["王　勇"], "蓍川经济开发区管委会", "县自然资源局、县住房和城乡建设局、市生态环境局蓍川分局", "2025年11月底前"),
        ("5G网络覆盖提升。", "新建5G基站120个，实现20户以上自然村5G网络全覆盖。",
         ["王　勇"], "县工业和信息化局", "县数据资源局，各乡镇（街道）", "2025年10月底前"),
        ("强化科技创新。", "新增高新技术企业15家、科技型中小企业40家，全社会研发投入强度达到2.1%。",
         ["欧阳婧"], "县科学技术局", "县工业和信息化局、县财政局", "2025年12月底前"),
        ("加大企业培育力度。", "实施“小升规”培育行动，新增规模以上工业企业18家，新增专精特新中小企业5家。",
         ["王　勇"], "县工业和信息化局", "县统计局、县市场监督管理局", "2025年12月底前"),
        ("强化要素保障。", "保障重点项目用地3000亩以上，盘活批而未供和闲置土地1200亩。",
         ["孙建国、王　勇"], "县自然资源局", "县发展和改革局、县林业局", "持续推进"),
    ]),
    ("三、坚持城乡融合，推进乡村全面振兴（6项）", [
        ("稳定粮食生产。", "粮食播种面积稳定在52万亩以上，总产量保持在2.3亿斤以上。",
         ["钱立群"], "县农业农村局", "县财政局、县水利局、县自然资源局，各乡镇（街道）", "2025年10月底前"),
        ("建设高标准农田。", "新建和改造提升高标准农田3.5万亩，同步发展高效节水灌溉1万亩。",
         "^", "县农业农村局", "县财政局、县水利局", "2025年12月底前"),
        ("巩固拓展脱贫攻坚成果。", "健全防止返贫致贫监测和帮扶机制，确保不发生规模性返贫致贫。",
         "^", "县农业农村局", "县人力资源和社会保障局、县民政局、县医疗保障局", "持续推进"),
        ("推进城市更新。", "实施老旧小区改造32个，改造城市燃气、供排水管网45公里。",
         ["李　娜"], "县住房和城乡建设局", "县财政局、县城市管理局、蓍川县城市建设投资集团有限公司", "2025年11月底前"),
        ("提升城市管理水平。", "开展城市环境综合整治，新增公共停车泊位1500个。",
         ["李　娜"], "县城市管理局", "县住房和城乡建设局、县公安局", "持续推进"),
        ("完善交通路网。", "加快推进蓍川至云桥高速公路前期工作，建成农村公路80公里。",
         ["孙建国"], "县交通运输局", "县发展和改革局、县自然资源局，各乡镇（街道）", "2025年12月底前"),
    ]),
    ("四、坚持改革开放，激发发展活力（4项）", [
        ("优化营商环境。", "深化“高效办成一件事”改革，政务服务事项网上可办率达到98%以上。",
         ["王勇"], "县行政审批服务局", "县数据资源局，县直各有关单位", "持续推进"),
        ("深化国资国企改革。", "推进县属国有企业整合重组和市场化转型，完成3家企业退出融资平台名录。",
         ["孙建国"], "县财政局（县国资办）", "蓍川县城市建设投资集团有限公司", "2025年12月底前"),
        ("推动金融服务实体经济。", "开展政银企对接活动10场以上，全年新增各项贷款30亿元以上。",
         ["孙建国"], "县金融工作服务中心", "/", "2025年12月底前"),
        ("扩大对外开放合作。", "主动对接粤港澳大湾区产业转移，组织开展外出招商推介活动6次以上。",
         ["王　勇"], "县商务局、县投资促进服务中心", "县工业和信息化局", "2025年12月底前"),
    ]),
    ("五、坚持绿色发展，建设美丽蓍川（4项）", [
        ("打好蓝天保卫战。", "PM2.5平均浓度控制在32微克/立方米以内，空气质量优良天数比例达到92%以上。",
         ["李　娜"], "市生态环境局蓍川分局", "县住房和城乡建设局、县交通运输局、县公安局、县城市管理局", "2025年12月底前"),
        ("深化河湖长制。", "落实河湖长巡河制度，国省控断面水质达标率保持100%。",
         ["钱立群"], "县水利局", "市生态环境局蓍川分局、县农业农村局，各乡镇（街道）", "持续推进"),
        ("加强林业生态建设。", "完成植树造林1.2万亩，森林覆盖率稳定在63%以上。",
         ["钱立群"], "县林业局", "县自然资源局，各乡镇（街道）", "2025年6月底前"),
        ("2025年完成县城污水处理厂提标改造。", "城市生活污水集中收集率达到75%以上。",
         ["李　娜"], "县住房和城乡建设局", "市生态环境局蓍川分局、蓍川县城市建设投资集团有限公司", "2025年12月底前"),
    ]),
    ("六、坚持民生为本，增进人民福祉（6项）", [
        ("稳定扩大就业。", "城镇新增就业3200人以上，城镇调查失业率控制在5.5%以内。",
         ["欧阳婧"], "县人力资源和社会保障局", "县财政局、县教育局、县农业农村局", "2025年12月底前"),
        ("推进教育优质均衡发展。", "新建改扩建中小学、幼儿园6所，新增学位2400个。",
         ["欧阳婧"], "县教育局", "县发展和改革局、县财政局、县自然资源局、县住房和城乡建设局", "2025年8月底前"),
        ("提升医疗卫生服务能力。", "推进紧密型县域医共体建设，县人民医院新院区投入使用。",
         ["欧阳婧"], "县卫生健康局", "县医疗保障局、县财政局", "2025年12月底前"),
        ("完善养老服务体系。", "新建乡镇（街道）区域养老服务中心4个，发展老年助餐点30个。",
         ["欧阳婧"], "县民政局", "县卫生健康局、县医疗保障局，各乡镇（街道）", "2025年12月底前"),
        ("建设更高水平平安蓍川。", "深入推进扫黑除恶常态化，加强矛盾纠纷排查化解，群众安全感保持在98%以上。",
         ["赵海峰"], "县公安局", "县司法局、县应急管理局，各乡镇（街道）", "持续推进"),
        ("抓好安全生产。", "深化安全生产治本攻坚三年行动，坚决遏制较大以上生产安全事故。",
         ["赵海峰", "李　娜"], "县应急管理局", "县交通运输局、县住房和城乡建设局、县市场监督管理局，县直各有关单位", "持续推进"),
    ]),
]
NOTE = ["注：1．“牵头单位”栏有两个单位的，排在第一位的为主牵头单位。", "　　2．“配合单位”栏为“/”的，由牵头单位独立完成。", "　　3．“责任县领导”栏为合并单元格的，该县领导负责所跨各项任务。"]


# ---------------------------------------------------------------- helpers --
def set_run_font(run, font, size=None, bold=False, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), font)
    if size:
        run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(container, parts, align=None, font=SONG, size=16, spacing=None, indent=None):
    """parts: list of (text, font, bold) or a plain string."""
    p = container.add_paragraph()
    if isinstance(parts, str):
        parts = [(parts, font, False)]
    for text, f, b in parts:
        r = p.add_run(text)
        set_run_font(r, f, size, b)
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if spacing:
        pf.line_spacing = Pt(spacing)
    return p


def add_page_field(paragraph, font, size):
    r = paragraph.add_run("— ")
    set_run_font(r, font, size)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    r2 = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r2.append(t)
    fld.append(r2)
    paragraph._p.append(fld)
    r3 = paragraph.add_run(" —")
    set_run_font(r3, font, size)


def footers(section):
    section.footer.is_linked_to_previous = False
    section.even_page_footer.is_linked_to_previous = False
    fo = section.footer.paragraphs[0]
    fo.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_field(fo, SONG, 14)
    fe = section.even_page_footer.paragraphs[0]
    fe.alignment = WD_ALIGN_PARAGRAPH.LEFT
    add_page_field(fe, SONG, 14)


def cell_props(cell, width_mm, valign="center", vmerge=None, span=None):
    tcPr = cell._tc.get_or_add_tcPr()
    tcW = tcPr.find(qn("w:tcW"))
    if tcW is None:
        tcW = OxmlElement("w:tcW")
        tcPr.append(tcW)
    tcW.set(qn("w:w"), str(int(width_mm * 56.7)))
    tcW.set(qn("w:type"), "dxa")
    if span:
        gs = OxmlElement("w:gridSpan")
        gs.set(qn("w:val"), str(span))
        tcPr.append(gs)
    if vmerge is not None:
        vm = OxmlElement("w:vMerge")
        if vmerge == "restart":
            vm.set(qn("w:val"), "restart")
        tcPr.append(vm)
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), valign)
    tcPr.append(va)


def cell_text(cell, paragraphs, align=WD_ALIGN_PARAGRAPH.CENTER, size=12):
    """paragraphs: list of lists of (text, font, bold)."""
    first = True
    for parts in paragraphs:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        for text, f, b in parts:
            r = p.add_run(text)
            set_run_font(r, f, size, b)
        p.alignment = align
        pf = p.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing = Pt(18)


def row_props(row, header=False):
    trPr = row._tr.get_or_add_trPr()
    cs = OxmlElement("w:cantSplit")
    trPr.append(cs)
    if header:
        th = OxmlElement("w:tblHeader")
        trPr.append(th)


# ---------------------------------------------------------------- document --
def build_docx(path):
    d = Document()
    normal = d.styles["Normal"]
    normal.font.name = SONG
    normal.font.size = Pt(16)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), SONG)
    d.settings.odd_and_even_pages_header_footer = True
    cp = d.core_properties
    import datetime
    fixed = datetime.datetime(2025, 3, 6, 9, 0, 0)
    cp.author = "县政府办公室"
    cp.last_modified_by = "县政府办公室"
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    cp.title = TITLE2

    s1 = d.sections[0]
    s1.page_width, s1.page_height = Mm(210), Mm(297)
    s1.top_margin, s1.bottom_margin = Mm(37), Mm(35)
    s1.left_margin, s1.right_margin = Mm(28), Mm(26)
    s1.footer_distance = Mm(20)
    footers(s1)

    # 版头
    para(d, "", size=16)
    p = para(d, [(ISSUER + "文件", HEI, True)], align=WD_ALIGN_PARAGRAPH.CENTER, size=30)
    for r in p.runs:
        r.font.color.rgb = RGBColor(0xE0, 0x00, 0x00)
    para(d, "", size=16)
    p = para(d, WENHAO, align=WD_ALIGN_PARAGRAPH.CENTER, size=16)
    # red rule under the 文号
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "18")
    b.set(qn("w:space"), "8")
    b.set(qn("w:color"), "E00000")
    bdr.append(b)
    pPr.append(bdr)
    para(d, "", size=16)
    # title (Shift+Enter between its two lines)
    p = para(d, [(TITLE1, HEI, False)], align=WD_ALIGN_PARAGRAPH.CENTER, size=22, spacing=32)
    p.runs[0].add_break()
    r = p.add_run(TITLE2)
    set_run_font(r, HEI, 22)
    para(d, "", size=16)
    para(d, ZHUSONG, size=16, spacing=28)
    for lead, body in COVER:
        parts = []
        if lead:
            parts.append((lead, HEI, False))
        parts.append((body, SONG, False))
        p = para(d, parts, size=16, spacing=28)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    para(d, "", size=16, spacing=28)
    p = para(d, FUJIAN_LINE, size=16, spacing=28)
    para(d, "", size=16, spacing=28)
    para(d, "", size=16, spacing=28)
    p = para(d, ISSUER + "　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, size=16, spacing=28)
    p = para(d, DATE + "　　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, size=16, spacing=28)
    para(d, FUZHU, size=16, spacing=28)

    # 附件 section, landscape
    s2 = d.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Mm(297), Mm(210)
    s2.top_margin, s2.bottom_margin = Mm(25), Mm(22)
    s2.left_margin, s2.right_margin = Mm(25), Mm(25)
    s2.footer_distance = Mm(12)
    footers(s2)
    para(d, [("附件", HEI, False)], size=16, spacing=28)
    para(d, [(ATT_TITLE, HEI, False)], align=WD_ALIGN_PARAGRAPH.CENTER, size=20, spacing=36)
    para(d, "", size=12, spacing=12)

    widths = [14, 103, 24, 36, 48, 22]  # mm, 247 in all
    t = d.add_table(rows=0, cols=6)
    t.style = "Table Grid"
    tblPr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    tw = OxmlElement("w:tblW")
    tw.set(qn("w:w"), str(int(sum(widths) * 56.7)))
    tw.set(qn("w:type"), "dxa")
    tblPr.append(tw)
    grid = t._tbl.tblGrid
    for gc, wmm in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(wmm * 56.7)))

    # header row
    row = t.add_row()
    row_props(row, header=True)
    for c, h, wmm in zip(row.cells, HEADER, widths):
        cell_props(c, wmm)
        cell_text(c, [[(h, HEI, False)]])

    n = 0
    for part_title, tasks in PARTS:
        row = t.add_row()
        row_props(row)
        c0 = row.cells[0]
        # make it one cell spanning the six columns
        tr = row._tr
        tcs = tr.findall(qn("w:tc"))
        for tc in tcs[1:]:
            tr.remove(tc)
        cell_props(c0, sum(widths), span=6)
        cell_text(row.cells[0], [[(part_title, HEI, False)]], align=WD_ALIGN_PARAGRAPH.LEFT)
        for k, (ttl, rest, leaders, leads, helpers, deadline) in enumerate(tasks):
            n += 1
            row = t.add_row()
            row_props(row)
            cells = row.cells
            cell_props(cells[0], widths[0])
            cell_text(cells[0], [[(str(n), SONG, False)]])
            cell_props(cells[1], widths[1])
            cell_text(cells[1], [[(ttl, SONG, True), (rest, SONG, False)]], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            # leader cell: vMerge restart if the next task continues it
            nxt = tasks[k + 1][2] if k + 1 < len(tasks) else None
            if leaders == "^":
                cell_props(cells[2], widths[2], vmerge="continue")
                cell_text(cells[2], [[("", SONG, False)]])
            else:
                cell_props(cells[2], widths[2], vmerge="restart" if nxt == "^" else None)
                cell_text(cells[2], [[(x, SONG, False)] for x in leaders])
            cell_props(cells[3], widths[3])
            cell_text(cells[3], [[(leads, SONG, False)]])
            cell_props(cells[4], widths[4])
            cell_text(cells[4], [[(helpers, SONG, False)]])
            cell_props(cells[5], widths[5])
            cell_text(cells[5], [[(deadline, SONG, False)]])
    para(d, "", size=12, spacing=12)
    for line in NOTE:
        para(d, line, size=12, spacing=20)

    # 版记 on a portrait page of its own
    s3 = d.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Mm(210), Mm(297)
    s3.top_margin, s3.bottom_margin = Mm(37), Mm(35)
    s3.left_margin, s3.right_margin = Mm(28), Mm(26)
    s3.footer_distance = Mm(20)
    footers(s3)
    for _ in range(18):
        para(d, "", size=16, spacing=28)
    p = para(d, "　" + CHAOSONG, size=14, spacing=28)
    p = para(d, "　" + ISSUER + "　　　　　　　　　" + DATE + "印发", size=14, spacing=28)
    d.save(path)


def extract(pdf):
    import pypdf
    reader = pypdf.PdfReader(pdf)
    pages = [pg.extract_text() for pg in reader.pages]  # PyPDFLoader: one Document a page
    return " ".join(pages)                               # Open WebUI: text_content


def gold_records():
    out = []
    n = 0
    prev_leaders = None
    for part_title, tasks in PARTS:
        for ttl, rest, leaders, leads, helpers, deadline in tasks:
            n += 1
            text = ttl + rest
            if leaders == "^":
                lds = prev_leaders
            else:
                lds = []
                for x in leaders:
                    for y in x.split("、"):
                        lds.append(y.replace("　", ""))
                prev_leaders = lds
            lead_list = [u for u in leads.replace("，", "、").split("、")]
            help_list = [] if helpers == "/" else [u for u in helpers.replace("，", "、").split("、")]
            out.append({
                "id": str(n),
                "marker": str(n),
                "head": text[:12],
                "responsible_units": lead_list + help_list,
                "lead_units": lead_list,
                "cooperating_units": help_list,
                "leaders": list(lds),
                "deadline": deadline,
            })
    return out


def main():
    tmp = tempfile.mkdtemp(prefix="mk686_")
    try:
        docx_path = os.path.join(tmp, "notice.docx")
        build_docx(docx_path)
        env = dict(os.environ, HOME=tmp)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/lo",
                        "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        if "--keep" in sys.argv:  # inspect the intermediates
            os.makedirs("/tmp/t686", exist_ok=True)
            shutil.copy(os.path.join(tmp, "notice.pdf"), "/tmp/t686/686_intermediate.pdf")
            shutil.copy(docx_path, "/tmp/t686/686_intermediate.docx")
        text = extract(os.path.join(tmp, "notice.pdf"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(NOTICE, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    with open(GOLD, "w", encoding="utf-8") as f:
        for rec in gold_records():
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", NOTICE, "and", GOLD)


if __name__ == "__main__":
    main()
