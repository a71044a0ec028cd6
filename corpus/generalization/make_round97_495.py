#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes 495_lingchuan_xianwei_gongzuo_yaodian_fengong.docx next to itself.

A 中共菱川县委办公室 notice sending the responsibility division of the
县委 2024年工作要点: a cover in portrait, the 附件 as a landscape Word table
(序号 | 工作任务 | 牵头县领导 | 牵头单位 | 责任单位), part rows merged across,
the header row repeated on each page, a leader merged down over a run of
tasks, and the 版记 on a last portrait page.
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

NAME = "495_lingchuan_xianwei_gongzuo_yaodian_fengong.docx"
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
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", font=FS, size=16, align=None, indent=False,
         bold=False, color=None, line=28, before=0, after=0):
    p = doc_or_cell.add_paragraph()
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
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def mixed(doc, parts, indent=True, size=16, line=28):
    """A body paragraph whose runs change font (黑体 / 楷体 lead-ins)."""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    for text, font in parts:
        r = p.add_run(text)
        set_font(r, font, size)
    return p


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


def top_bottom_border(p, top=True, bottom=True, sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side, on in (("w:top", top), ("w:bottom", bottom)):
        if not on:
            continue
        b = OxmlElement(side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        bdr.append(b)
    ppr.append(bdr)


def page_number_footer(section):
    footer = section.footer
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r = p.add_run()
    set_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r._r.append(f2)
    r = p.add_run("1")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._r.append(f3)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def cell_margins_and_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "4")
        b.set(qn("w:space"), "0")
        b.set(qn("w:color"), "000000")
        borders.append(b)
    tblPr.append(borders)
    mar = OxmlElement("w:tblCellMar")
    for side, w in (("left", "85"), ("right", "85")):
        m = OxmlElement("w:" + side)
        m.set(qn("w:w"), w)
        m.set(qn("w:type"), "dxa")
        mar.append(m)
    tblPr.append(mar)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trPr.append(h)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trPr.append(c)


def cell_text(cell, text, font=FS, size=12, align=WD_ALIGN_PARAGRAPH.LEFT,
              bold=False):
    """Fill a cell; a list gives one paragraph per item."""
    items = text if isinstance(text, list) else [text]
    first = cell.paragraphs[0]
    for i, t in enumerate(items):
        p = first if i == 0 else cell.add_paragraph()
        pf = p.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(20)
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        p.alignment = align
        if t:
            r = p.add_run(t)
            set_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


# --------------------------------------------------------------------------
# the task table's content
# ("P", heading) is a part row; a task row is (no, text, leaders, lead, units)
# leaders "^" means: merged with the cell above.
ROWS = [
    ("P", "一、坚持用党的创新理论凝心铸魂（4项）"),
    ("1", "深入学习贯彻习近平新时代中国特色社会主义思想和党的二十大精神，认真落实“第一议题”制度，完善县委理论学习中心组学习、县委常委会会议专题学习等制度，全年开展中心组集体学习不少于12次。",
     "魏国梁", "县委办、县委宣传部", "县委组织部、县委党校，各乡镇党委、县直各单位党组（党委）"),
    ("2", "按照中央和省委、市委统一部署，在全县党员中开展党纪学习教育，引导党员干部学纪、知纪、明纪、守纪。",
     "唐思远、孙海燕", "县委组织部、县纪委监委", "县委宣传部、县直机关工委、县委党校"),
    ("3", "深化党的创新理论大众化传播，组建县级理论宣讲团，开展“理响菱川”百场宣讲进基层活动，推进新时代文明实践中心（所、站）提质增效。",
     "邓晓芸", "县委宣传部", "县委党校、县文化广电和旅游局、团县委、县社科联"),
    ("4", "严格落实意识形态工作责任制，加强阵地建设和管理，健全网络舆情监测、研判、处置机制，牢牢掌握意识形态工作领导权。",
     "邓晓芸", "县委宣传部、县委网信办", "各乡镇党委、县直各单位"),
    ("P", "二、坚定不移推动县域经济高质量发展（8项）"),
    ("5", "坚持项目为王，深入开展“项目攻坚年”活动，完善县级领导包抓重大项目机制，全年实施500万元以上项目180个以上，完成固定资产投资增长8%。",
     ["何振东", "梁文博"], "县发展改革局", "县财政局、县自然资源局、县住房城乡建设局、市生态环境局菱川分局、县行政审批服务局"),
    ("6", "实施工业强县战略，做大做强农产品精深加工、新型建材、电子元器件三大主导产业，新增规模以上工业企业15家以上。",
     "梁文博", "县工业和信息化局", "县科技局、县经济开发区管委会、县统计局"),
    ("7", "持续优化营商环境，深化“放管服”改革，推行“高效办成一件事”，开展损害营商环境问题专项整治，构建亲清政商关系。",
     "何振东", "县发展改革局、县行政审批服务局", "县市场监管局、县司法局、县工商联、县纪委监委"),
    ("8", "加快县经济开发区扩区调位和基础设施配套建设，推进标准厂房二期建成投用，提升园区承载能力和亩均效益。",
     "梁文博", "县经济开发区管委会", "县自然资源局、县住房城乡建设局、县城乡建设投资集团有限公司"),
    ("9", "统筹发展和安全，稳妥化解地方政府债务风险，严格落实政府过紧日子要求，坚决守住不发生区域性系统性金融风险底线。",
     "梁文博", "县财政局", "县委金融办、县发展改革局、县审计局、人民银行菱川县支行"),
    ("10", "巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制，落实“四个不摘”要求，确保不发生规模性返贫。",
     "周立群", "县农业农村局", "县民政局、县教育局、县人力资源社会保障局、县医保局、各乡镇党委"),
    ("11", "压紧压实耕地保护和粮食安全党政同责，坚决遏制耕地“非农化”、基本农田“非粮化”，全年粮食播种面积稳定在62万亩以上。",
     "林雨晴", "县农业农村局、县自然资源局", "县发展改革局、县水利局、各乡镇党委"),
    ("12", "学习运用“千万工程”经验，扎实推进乡村建设和农村人居环境整治提升，年内创建和美乡村示范村20个。",
     "周立群", "县农业农村局", "县住房城乡建设局、县交通运输局、县水利局、市生态环境局菱川分局、各乡镇党委"),
    ("P", "三、纵深推进全面深化改革（3项）"),
    ("13", "认真谋划和推进全面深化改革，制定县委全面深化改革委员会年度工作要点，抓好重点改革事项督察问效。",
     "魏国梁", "县委改革办", "县委各部委、县直有关单位"),
    ("14", "严格机构编制管理，统筹使用各类编制资源，推进乡镇（街道）机构和编制资源向基层一线倾斜。",
     "唐思远", "县委编办", "/"),
    ("15", "深化国有企业改革，推进县属国有企业整合重组和市场化转型，健全现代企业制度，提升国有资本运营效率。",
     "梁文博", "县国有资产服务中心", "县财政局、县城乡建设投资集团有限公司、县交通投资有限公司"),
    ("P", "四、发展全过程人民民主，巩固和发展统一战线（3项）"),
    ("16", "坚持和完善人民代表大会制度，支持县人大及其常委会依法行使职权；支持县政协围绕中心工作履行职能，加强协商民主建设。",
     "周立群", "县委办", "县人大常委会办公室、县政协办公室"),
    ("17", "巩固和发展最广泛的爱国统一战线，加强党外代表人士队伍建设，促进非公有制经济健康发展和非公有制经济人士健康成长。",
     "马　俊", "县委统战部", "县工商联、县侨联"),
    ("18", "铸牢中华民族共同体意识，全面贯彻党的宗教工作基本方针，推进我国宗教中国化，依法管理宗教事务。",
     "马　俊", "县委统战部", "县公安局、县民政局、各乡镇党委"),
    ("P", "五、建设更高水平的平安菱川（4项）"),
    ("19", "深入推进扫黑除恶常态化，加强社会治安整体防控体系建设，依法严厉打击电信网络诈骗等突出违法犯罪。",
     "罗建平", "县委政法委", "县法院、县检察院、县公安局、县司法局"),
    ("20", "坚持和发展新时代“枫桥经验”，深化信访工作法治化，开展矛盾纠纷排查化解和信访积案攻坚化解行动。",
     "罗建平", "县信访局、县委社会工作部", "县委政法委、县司法局、各乡镇党委"),
    ("21", "压实安全生产责任，深化安全生产治本攻坚三年行动，抓好道路交通、消防、燃气、建筑施工等重点领域隐患排查整治。",
     "梁文博", "县应急管理局", "县安委会各成员单位"),
    ("22", "加强网络安全和数据安全保障，落实网络安全工作责任制，开展关键信息基础设施安全检查。",
     "邓晓芸", "县委网信办", "县公安局、县大数据中心"),
    ("P", "六、坚定不移全面从严治党（10项）"),
    ("23", "把党的政治建设摆在首位，严明政治纪律和政治规矩，认真落实重大事项请示报告制度，持续抓好中央和省委、市委重大决策部署贯彻落实情况督查。",
     "魏国梁", "县委办、县委组织部", "县纪委监委"),
    ("24", "贯彻新时代好干部标准，树立正确用人导向，加强优秀年轻干部和女干部、党外干部培养选拔，落实“三个区分开来”，激励干部担当作为。",
     "唐思远", "县委组织部", "/"),
    ("25", "实施基层党建提质增效行动，持续整顿软弱涣散村党组织，加强“两新”组织党建和机关党建，推动党建引领基层治理。",
     "^", "县委组织部", "县委社会工作部、县直机关工委、各乡镇党委"),
    ("26", "深入实施人才强县战略，落实“菱川英才”计划，全年引进各类急需紧缺人才150名以上。",
     "^", "县委人才办", "县人力资源社会保障局、县教育局、县卫生健康局、县科技局"),
    ("27", "持之以恒纠治“四风”，重点整治形式主义、官僚主义，深化整治群众身边不正之风和腐败问题，一体推进不敢腐、不能腐、不想腐。",
     "孙海燕", "县纪委监委", "县委办、县政府办"),
    ("28", "高质量完成县委十五届任期内第五轮、第六轮巡察，开展巡察整改落实情况“回头看”。",
     "孙海燕", "县委巡察办", "县纪委监委、县委组织部"),
    ("29", "加强和改进新时代工会、共青团、妇联等群团工作，推进群团改革，更好发挥桥梁纽带作用。",
     "周立群", "县总工会、团县委、县妇联", "县科协、县残联"),
    ("30", "落实离退休干部政治待遇和生活待遇，发挥老干部在推动发展、促进和谐中的积极作用。",
     "唐思远", "县委老干部局", "/"),
    ("31", "加强县委督查工作，建立县委重要决策部署落实情况台账，实行清单化管理、销号式推进；抓好保密、机要、档案等工作。",
     "韩　栋", "县委办", "县委机要保密局、县档案馆"),
    ("32", "加强党管武装工作，抓好国防动员和民兵建设，做好双拥共建和退役军人服务保障工作。",
     "程　刚", "县人武部", "县退役军人事务局、各乡镇党委"),
]


def build():
    doc = Document()
    # default style
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    page_number_footer(sec)

    # ---- 版头 ----
    p = para(doc, "", line=28)
    p = para(doc, "中共菱川县委办公室文件", font=XBS, size=40,
             align=WD_ALIGN_PARAGRAPH.CENTER, color="FF0000", line=60, before=24)
    para(doc, "", line=28)
    p = para(doc, "菱委办发〔2024〕6号", align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p)
    para(doc, "", line=28)

    # ---- title ----
    para(doc, "中共菱川县委办公室", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "关于印发《中共菱川县委2024年工作要点》", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "责任分工的通知", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "", line=28)

    # ---- 主送 ----
    para(doc, "各乡镇党委，县委各部委，县直各单位党组（党委、党支部）：")

    body = [
        "《中共菱川县委2024年工作要点》已经县委十五届六次全会审议通过，并以菱发〔2024〕2号文件印发。为确保县委各项决策部署落地见效，经县委同意，现将《中共菱川县委2024年工作要点》责任分工印发给你们，并就有关事项通知如下。",
    ]
    for t in body:
        para(doc, t, indent=True)

    mixed(doc, [("一、压实工作责任。", HT),
                ("牵头县领导要加强统筹协调，定期听取工作进展情况汇报，及时研究解决工作推进中的重大问题。牵头单位是落实任务的第一责任单位，要主动履行牵头职责，于3月20日前制定具体落实方案，明确时间表、路线图，涉及多个牵头单位的，排在第一位的为主牵头单位，负责组织协调；责任单位要按照职责分工，积极主动配合，形成工作合力。", FS)])
    mixed(doc, [("二、强化督查问效。", HT),
                ("各牵头单位于每季度最后一个月25日前，将工作进展情况书面报送县委督查室（联系电话：0736—5812046，电子邮箱：lcxwdcs@163.com），全年工作完成情况于12月10日前报送。县委督查室将对各项任务落实情况进行跟踪督查，督查结果纳入年度综合考核。", FS)])
    mixed(doc, [("三、加强宣传引导。", HT),
                ("各乡镇、各单位要及时总结推广贯彻落实县委决策部署的好经验、好做法，营造真抓实干、比学赶超的浓厚氛围。", FS)])

    para(doc, "", line=28)
    p = mixed(doc, [("附件：中共菱川县委2024年工作要点责任分工", FS)])
    para(doc, "", line=28)
    para(doc, "", line=28)
    p = para(doc, "中共菱川县委办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2024年3月8日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "", line=28)
    para(doc, "（此件发至乡镇）", indent=True)

    # ---- 附件: landscape section ----
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width = Cm(29.7)
    sec2.page_height = Cm(21.0)
    sec2.top_margin = Cm(2.8)
    sec2.bottom_margin = Cm(2.6)
    sec2.left_margin = Cm(3.0)
    sec2.right_margin = Cm(2.6)

    para(doc, "附件", font=HT, size=16, line=28)
    para(doc, "", line=28)
    para(doc, "中共菱川县委2024年工作要点责任分工", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36, after=12)

    widths = [Cm(1.5), Cm(11.2), Cm(2.6), Cm(3.9), Cm(4.9)]
    table = doc.add_table(rows=1, cols=5)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    cell_margins_and_borders(table)

    hdr = table.rows[0]
    repeat_header(hdr)
    for i, t in enumerate(["序号", "工作任务", "牵头县领导", "牵头单位", "责任单位"]):
        cell_text(hdr.cells[i], t, font=HT, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)

    last_leader_cell = None
    for row in ROWS:
        r = table.add_row()
        cant_split(r)
        if row[0] == "P":
            c = r.cells[0].merge(r.cells[4])
            cell_text(c, row[1], font=HT, size=12)
            last_leader_cell = None
            continue
        no, text, leaders, lead, units = row
        cell_text(r.cells[0], no, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(r.cells[1], text)
        if leaders == "^":
            merged = last_leader_cell.merge(r.cells[2])
            last_leader_cell = merged
        else:
            cell_text(r.cells[2], leaders, align=WD_ALIGN_PARAGRAPH.CENTER)
            last_leader_cell = r.cells[2]
        cell_text(r.cells[3], lead, align=WD_ALIGN_PARAGRAPH.CENTER if lead == "/" else WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(r.cells[4], units, align=WD_ALIGN_PARAGRAPH.CENTER if units == "/" else WD_ALIGN_PARAGRAPH.LEFT)

    for row in table.rows:
        for i, w in enumerate(widths):
            try:
                row.cells[i].width = w
            except IndexError:
                pass
    # grid
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))

    # ---- 版记 on a last portrait page ----
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width = Cm(21.0)
    sec3.page_height = Cm(29.7)
    sec3.top_margin = Cm(3.7)
    sec3.bottom_margin = Cm(3.5)
    sec3.left_margin = Cm(2.8)
    sec3.right_margin = Cm(2.6)
    for _ in range(18):
        para(doc, "", line=28)
    p = para(doc, "抄送：市委办公室，县人大常委会党组、县政府党组、县政协党组，县法院党组、县检察院党组。",
             size=14, line=28)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    top_bottom_border(p, top=True, bottom=True, sz=12)
    p = para(doc, "中共菱川县委办公室　　　　　　　　　　2024年3月8日印发", size=14, line=28)
    p.paragraph_format.left_indent = Pt(14)
    top_bottom_border(p, top=False, bottom=True, sz=12)

    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
