#!/usr/bin/python3
"""Round 72, notice 389: a 区委办 + 区政府办 joint notice whose attachment is a ruled
task table, typeset in Word form (python-docx), printed to PDF by LibreOffice and read
back by `pdftotext` WITHOUT -layout, exactly as a crawler of the district's site would.

Steps (all intermediates in work389/):
  1. work389/389_wanglan.docx   python-docx, GB/T 9704 look, landscape attachment table
                                with a repeated header row, section rows merged across.
  2. work389/389_wanglan.pdf    soffice --headless --convert-to pdf
  3. 389_wanglan_qu_pdftotext_biaoge.txt   pdftotext -enc UTF-8 (no -layout), unchanged.

Cells are top-aligned and rows may not break across pages (Word's 允许跨页断行 off), so
poppler reads the table row by row, cell by cell. LS389 (cell line spacing = font + N pt,
default 6) and TM389 (landscape top margin in cm, default 2.4) were tried over a small grid;
with some values poppler lifts the cells of a page's last row above the section row that
precedes it. The defaults give a clean reading order (a control case). Output is deterministic.
"""
import os
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(HERE, "work389")
DOCX = os.path.join(WORK, "389_wanglan.docx")
PDF = os.path.join(WORK, "389_wanglan.pdf")
TXT = os.path.join(HERE, "389_wanglan_qu_pdftotext_biaoge.txt")

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HEI = "黑体"
KAI = "楷体_GB2312"
RED = RGBColor(0xE6, 0x00, 0x12)

# ---------------------------------------------------------------- the task table
# (section heading, [(no, task, leaders[list], lead cell, coop cell, deadline)])
SECTIONS = [
    ("一、坚持项目为王，推动经济稳进提质（共7项）", [
        (1, "全区地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长8%，固定资产投资增长7%。",
         ["周启明", "韩立新"], "区发展改革局", "区统计局、区财政局、区工业和信息化局、区商务局", "12月底前"),
        (2, "实施区级重点项目120个，年度完成投资150亿元以上，新开工亿元以上项目40个，竣工投产项目35个。",
         ["韩立新"], "区发展改革局", "望澜经济开发区管委会、各镇（街道）、区级各项目责任单位", "12月底前"),
        (3, "坚持“一把手”招商和产业链招商，全年引进亿元以上产业项目30个，实际到位资金100亿元以上。",
         ["周启明"], "区投资促进中心", "区商务局、区发展改革局、区工业和信息化局、望澜经济开发区管委会、各镇（街道）", "12月底前"),
        (4, "实施工业技术改造项目35个，新增规模以上工业企业15家，推动新能源电池材料产业链延链补链强链。",
         ["钟文博"], "区工业和信息化局", "望澜经济开发区管委会、区发展改革局、区科技局、区统计局", "12月底前"),
        (5, "推进望澜经济开发区扩区调位，新建标准化厂房20万平方米，开发区规模以上工业产值占全区比重达到65%。",
         ["韩立新", "钟文博"], "望澜经济开发区管委会", "市自然资源和规划局望澜分局、区工业和信息化局、区住房城乡建设局", "11月底前"),
        (6, "举办“望澜消费季”系列促消费活动20场以上，培育夜间经济集聚区2个，社会消费品零售总额增长7%。",
         ["宋佳怡"], "区商务局", "区文化旅游体育局、区市场监管局、区财政局、各镇（街道）", "12月底前"),
        (7, "深化“高效办成一件事”改革，政务服务事项全程网办率达到90%以上，涉企审批事项平均办理时限压缩30%。",
         ["韩立新"], "区政务服务管理局", "区数据局、区市场监管局、区司法局", "10月底前"),
    ]),
    ("二、坚持创新驱动，加快培育发展新动能（共4项）", [
        (8, "新增国家高新技术企业25家、科技型中小企业60家，全社会研发经费投入强度达到2.6%。",
         ["钟文博"], "区科技局", "区财政局、区统计局、区工业和信息化局、望澜经济开发区管委会", "12月底前"),
        (9, "实施“望澜英才”计划，引进各类高层次人才300名以上，新建博士后科研工作站2家。",
         ["钱卫东"], "区委组织部（区委人才办）", "区人力资源社会保障局、区科技局、区教育局", "12月底前"),
        (10, "加快新型基础设施建设，新建5G基站300个，培育数字经济核心产业企业10家，建成区城市运行管理中心。",
         ["钟文博"], "区数据局", "区工业和信息化局、区住房城乡建设局、区城市管理局", "9月底前"),
        (11, "推动2家企业在新三板或区域性股权市场挂牌，全年新增各项贷款80亿元以上，开展政银企对接活动6场。",
         ["韩立新"], "区金融服务中心", "区财政局、区工业和信息化局、区市场监管局", "12月底前"),
    ]),
    ("三、坚持城乡融合，建设宜居宜业美丽望澜（共6项）", [
        (12, "改造城镇老旧小区42个、惠及居民6800户，启动城中村改造项目3个，加装既有住宅电梯60部。",
         ["唐国栋"], "区住房城乡建设局", "区财政局、市自然资源和规划局望澜分局、区城市管理局、各街道办事处", "11月底前"),
        (13, "建成望澜大道东延段、滨江路二期工程，新改建农村公路45公里，实施危桥改造8座。",
         ["唐国栋"], "区交通运输局", "区住房城乡建设局、市自然资源和规划局望澜分局、区财政局、相关镇（街道）", "12月底前"),
        (14, "开展城市精细化管理提升行动，新增公共停车泊位2000个，生活垃圾分类覆盖率达到95%以上。",
         ["唐国栋"], "区城市管理局", "市公安局望澜分局、区住房城乡建设局、各街道办事处", "12月底前"),
        (15, "粮食播种面积稳定在12.6万亩以上，新建高标准农田1.8万亩，培育市级以上农业产业化龙头企业5家。",
         ["马晓东"], "区农业农村局", "区财政局、市自然资源和规划局望澜分局、区水务局、各镇人民政府", "10月底前"),
        (16, "实施农村人居环境整治提升行动，农村卫生厕所普及率达到92%，创建美丽乡村示范村8个。",
         ["马晓东"], "区农业农村局", "区住房城乡建设局、市生态环境局望澜分局、区卫生健康局、各镇人民政府", "12月底前"),
        (17, "PM2.5平均浓度控制在32微克/立方米以内，国控省控断面水质优良比例保持100%，全面落实河湖长制。",
         ["唐国栋", "马晓东"], "市生态环境局望澜分局、区水务局", "区农业农村局、区住房城乡建设局、区城市管理局、各镇（街道）", "12月底前"),
    ]),
    ("四、坚持民生为本，持续增进人民群众福祉（共6项）", [
        (18, "城镇新增就业6500人，城镇调查失业率控制在5.5%以内，开展各类职业技能培训8000人次。",
         ["许婧"], "区人力资源社会保障局", "区财政局、区教育局、区农业农村局、各镇（街道）", "12月底前"),
        (19, "新建改扩建中小学、幼儿园6所，新增学位5400个，实现城区义务教育集团化办学全覆盖。",
         ["许婧"], "区教育局", "区发展改革局、区财政局、市自然资源和规划局望澜分局、区住房城乡建设局", "8月底前"),
        (20, "加快区人民医院新院区建设，建成紧密型县域医共体，每千人口执业（助理）医师数达到3.2人。",
         ["许婧"], "区卫生健康局", "区发展改革局、区财政局、区医疗保障局", "12月底前"),
        (21, "新建社区嵌入式养老服务中心10个、老年助餐点30个，完成特殊困难老年人家庭适老化改造500户。",
         ["许婧"], "区民政局", "区财政局、区卫生健康局、区住房城乡建设局、各镇（街道）", "11月底前"),
        (22, "扎实办好2024年区级十件民生实事，确保各项年度目标任务全面完成。",
         ["周启明", "韩立新"], "区发展改革局", "区级各民生实事责任单位", "12月底前"),
        (23, "建成开放区图书馆新馆，举办“望澜江畔”群众文化活动100场以上，创建省级全域旅游示范区。",
         ["罗建华"], "区文化旅游体育局", "区委宣传部、区财政局、各镇（街道）", "12月底前"),
    ]),
    ("五、坚持统筹发展和安全，全面提升治理效能（共4项）", [
        (24, "深化安全生产治本攻坚三年行动，扎实开展重点行业领域隐患排查整治，坚决遏制较大及以上生产安全事故。",
         ["韩立新"], "区应急管理局", "区安全生产委员会各成员单位、各镇（街道）", "持续推进"),
        (25, "深化平安望澜建设，推进“枫桥式”派出所、司法所创建，矛盾纠纷调解成功率达到98%以上。",
         ["蒋振华"], "区委政法委", "市公安局望澜分局、区司法局、区信访局、各镇（街道）", "持续推进"),
        (26, "稳妥化解地方政府债务风险，确保法定债务按时足额偿还，隐性债务只减不增。",
         ["韩立新"], "区财政局", "区发展改革局、区审计局、区属各国有企业", "持续推进"),
        (27, "深化法治政府建设，行政机关负责人出庭应诉率保持100%，持续整治形式主义为基层减负。",
         ["周启明"], "区司法局", "区委办公室、区政府办公室、区政府各部门", "12月底前"),
    ]),
]


# ---------------------------------------------------------------- helpers
def set_run_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)


def para(container, text="", font=FS, size=16, align=None, indent=False, bold=False,
         color=None, before=0, after=0, exact=28.95):
    p = container.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    if text:
        r = p.add_run(text)
        set_run_font(r, font, size, bold, color)
    return p


def bottom_border(p, color="E60012", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def top_bottom_border(p, sz=8):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        pbdr.append(b)
    ppr.append(pbdr)


def add_page_field(p, size=14):
    r = p.add_run("— ")
    set_run_font(r, "宋体", size)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    r2 = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(attr), "宋体")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(size * 2))
    rpr.append(rf)
    rpr.append(sz)
    r2.append(rpr)
    t = OxmlElement("w:t")
    t.text = "1"
    r2.append(t)
    fld.append(r2)
    p._p.append(fld)
    r3 = p.add_run(" —")
    set_run_font(r3, "宋体", size)


def set_footers(section):
    section.footer.is_linked_to_previous = False
    section.even_page_footer.is_linked_to_previous = False
    fo = section.footer.paragraphs[0]
    fo.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fo.paragraph_format.right_indent = Pt(14)
    add_page_field(fo)
    fe = section.even_page_footer.paragraphs[0]
    fe.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fe.paragraph_format.left_indent = Pt(14)
    add_page_field(fe)


def cell_borders(table):
    tbl = table._tbl
    tblpr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "4")
        b.set(qn("w:space"), "0")
        b.set(qn("w:color"), "000000")
        borders.append(b)
    tblpr.append(borders)


def no_borders(table):
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "nil")
        borders.append(b)
    tblpr.append(borders)


def set_grid(table, widths):
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(w.twips))
    tblpr = table._tbl.tblPr
    tw = OxmlElement("w:tblW")
    tw.set(qn("w:w"), str(sum(w.twips for w in widths)))
    tw.set(qn("w:type"), "dxa")
    old = tblpr.find(qn("w:tblW"))
    if old is not None:
        tblpr.remove(old)
    tblpr.append(tw)
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    c.set(qn("w:val"), "true")
    trpr.append(c)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def cell_text(cell, lines, font=FS, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False,
              valign=WD_CELL_VERTICAL_ALIGNMENT.CENTER):
    cell.vertical_alignment = valign
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        pf = p.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(size + int(os.environ.get("LS389", "6")))
        r = p.add_run(line)
        set_run_font(r, font, size, bold)


# ---------------------------------------------------------------- build
def build():
    doc = Document()
    doc.settings.odd_and_even_pages_header_footer = True
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
    set_footers(s)

    # 版头: joint issuer mark, 文件 to the right of both names
    para(doc, "", exact=None, before=36)
    head = doc.add_table(rows=2, cols=2)
    no_borders(head)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    head.columns[0].width = Cm(12.2)
    head.columns[1].width = Cm(3.4)
    for r in head.rows:
        r.cells[0].width = Cm(12.2)
        r.cells[1].width = Cm(3.4)
    cell_text(head.cell(0, 0), ["中共望澜区委办公室"], font=XBS, size=30,
              align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    cell_text(head.cell(1, 0), ["望澜区人民政府办公室"], font=XBS, size=30,
              align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    m = head.cell(0, 1).merge(head.cell(1, 1))
    cell_text(m, ["文件"], font=XBS, size=40, align=WD_ALIGN_PARAGRAPH.CENTER)
    for c in (head.cell(0, 0), head.cell(1, 0), m):
        for p in c.paragraphs:
            for r in p.runs:
                r.font.color.rgb = RED
            p.paragraph_format.line_spacing = Pt(46)

    para(doc, "", exact=None, after=24)
    p = para(doc, "望委办发〔2024〕7号", align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    bottom_border(p, sz=18)
    para(doc, "", exact=None, after=12)

    para(doc, "中共望澜区委办公室　望澜区人民政府办公室", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, exact=35)
    para(doc, "关于印发《望澜区2024年重点工作", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, exact=35)
    para(doc, "任务分解表》的通知", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, exact=35)
    para(doc, "", exact=None)

    para(doc, "各镇党委和人民政府，各街道党工委和办事处，望澜经济开发区党工委和管委会，区委各部委，区级国家机关各部门，各人民团体：")
    body = [
        "为全面贯彻落实区委十三届七次全会和区十八届人大四次会议精神，确保区委、区政府确定的2024年各项目标任务落到实处，经区委、区政府同意，现将《望澜区2024年重点工作任务分解表》印发给你们，并就有关事项通知如下。",
    ]
    for t in body:
        para(doc, t, indent=True)
    para(doc, "一、强化责任落实", font=HEI, indent=True)
    para(doc, "各责任区领导要加强对分管领域重点工作的统筹调度，定期听取进展情况汇报，及时研究解决重大问题。各牵头单位要切实履行牵头职责，主要负责同志为第一责任人，制定具体推进方案，明确时间节点和责任人；各配合单位要按照职责分工，主动对接、密切配合，形成工作合力。", indent=True)
    para(doc, "二、强化督查问效", font=HEI, indent=True)
    para(doc, "区委督查室、区政府督查室要将各项任务纳入年度督查重点，实行清单化管理、销号式推进。各牵头单位请于每季度末月20日前，将任务推进情况经单位主要负责同志审签后，书面报送区委督查室、区政府督查室（电子版发送至政务内网邮箱），全年工作完成情况于12月10日前报送。", indent=True)
    para(doc, "三、强化结果运用", font=HEI, indent=True)
    para(doc, "任务完成情况纳入年度目标责任考核和高质量发展综合绩效评价，对工作推进不力、进度严重滞后的，按有关规定予以通报问责。", indent=True)
    para(doc, "", exact=None)
    para(doc, "附件：望澜区2024年重点工作任务分解表", indent=True)
    para(doc, "", exact=None)
    para(doc, "", exact=None)
    para(doc, "中共望澜区委办公室　　　　望澜区人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p = para(doc, "2024年2月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    para(doc, "（此件公开发布）", indent=True)

    # attachment: landscape section
    ls = doc.add_section(WD_SECTION.NEW_PAGE)
    ls.orientation = WD_ORIENT.LANDSCAPE
    ls.page_width, ls.page_height = Cm(29.7), Cm(21.0)
    ls.top_margin, ls.bottom_margin = Cm(float(os.environ.get("TM389", "2.4"))), Cm(2.4)
    ls.left_margin, ls.right_margin = Cm(2.5), Cm(2.5)
    ls.footer_distance = Cm(1.4)

    para(doc, "附件", font=HEI, size=16)
    para(doc, "望澜区2024年重点工作任务分解表", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, exact=36, after=10)

    widths = [Cm(1.4), Cm(9.0), Cm(2.6), Cm(3.9), Cm(5.4), Cm(2.4)]
    header = ["序号", "重点任务", "责任区领导", "牵头单位", "配合单位", "完成时限"]
    t = doc.add_table(rows=1, cols=6)
    cell_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    set_grid(t, widths)
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.width = widths[i]
        cell_text(c, [h], font=HEI, size=12)
    repeat_header(t.rows[0])

    for sec, tasks in SECTIONS:
        row = t.add_row()
        for i in range(6):
            row.cells[i].width = widths[i]
        mc = row.cells[0].merge(row.cells[5])
        cell_text(mc, [sec], font=HEI, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
        for no, task, leaders, lead, coop, dl in tasks:
            row = t.add_row()
            cant_split(row)
            cs = row.cells
            for i in range(6):
                cs[i].width = widths[i]
            TOP = WD_CELL_VERTICAL_ALIGNMENT.TOP
            cell_text(cs[0], [str(no)], valign=TOP)
            cell_text(cs[1], [task], align=WD_ALIGN_PARAGRAPH.LEFT, valign=TOP)
            cell_text(cs[2], leaders, valign=TOP)
            cell_text(cs[3], [lead], valign=TOP)
            cell_text(cs[4], [coop], align=WD_ALIGN_PARAGRAPH.JUSTIFY, valign=TOP)
            cell_text(cs[5], [dl], valign=TOP)

    # 版记 on a portrait last page
    ps = doc.add_section(WD_SECTION.NEW_PAGE)
    ps.orientation = WD_ORIENT.PORTRAIT
    ps.page_width, ps.page_height = Cm(21.0), Cm(29.7)
    ps.top_margin, ps.bottom_margin = Cm(3.7), Cm(3.5)
    ps.left_margin, ps.right_margin = Cm(2.8), Cm(2.6)
    ps.footer_distance = Cm(2.5)
    for _ in range(14):
        para(doc, "", exact=None)
    p = para(doc, "抄送：区委各常委，区人大常委会主任、副主任，区政府区长、副区长，区政协主席、副主席。", size=14, exact=26)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    top_bottom_border(p, sz=8)
    p = para(doc, "中共望澜区委办公室　　　　　　　　　　　2024年2月27日印发", size=14, exact=26)
    p.paragraph_format.left_indent = Pt(14)
    bottom_border(p, color="000000", sz=12)

    os.makedirs(WORK, exist_ok=True)
    doc.save(DOCX)


def main():
    build()
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", WORK, DOCX],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run(["pdftotext", "-enc", "UTF-8", PDF, TXT], check=True)
    print("wrote", TXT)


if __name__ == "__main__":
    sys.exit(main())
