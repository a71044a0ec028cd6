#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 65, case 362 (control case).

A 县人民政府办公室 notice as the office sends it out in Word:
版头, 正文 and 落款 on portrait A4; the 附件 (the task table) in a landscape
section; the 版记 in a last portrait section.

The task table is the ordinary county form
    序号 | 工作任务 | 责任县领导 | 牵头单位 | 配合单位 | 完成时限
with the ordinary imperfections of a real Word file:
  * part rows (一、…（共N项）) merged across the whole table;
  * 责任县领导, 牵头单位 and 完成时限 cells merged down (w:vMerge) over runs of tasks;
  * line breaks inside cells (w:br in a unit list, two paragraphs for two leaders
    or two lead units, a soft break inside one task's text);
  * the header row repeated on every page (w:tblHeader), rows allowed to break;
  * the last part (民生实事) pasted from another table, so its column boundaries
    differ from the rest (a jagged table: 9 grid columns, cells spanning them);
  * one empty 配合单位 cell.

Usage: /usr/bin/python3 make_docx_round65_362.py  -> 362_guixi_xian_gzbg_renwu_fengong_biao.docx
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "362_guixi_xian_gzbg_renwu_fengong_biao.docx")

FS = "仿宋_GB2312"
HEI = "黑体"
XBS = "方正小标宋简体"
KAI = "楷体_GB2312"


# ---------------------------------------------------------------- helpers
def set_run_font(run, east, size=None, bold=False, color=None, ascii_font="Times New Roman"):
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    rfonts.set(qn("w:eastAsia"), east)
    if size:
        run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", east=FS, size=16, align=None, bold=False, first_indent=None,
         color=None, line=28.95, space_before=0, space_after=0, keep_next=False):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if line:
        pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if first_indent:
        pf.first_line_indent = Pt(first_indent)
    if keep_next:
        pf.keep_with_next = True
    if text:
        r = p.add_run(text)
        set_run_font(r, east, size, bold, color)
    return p


def add_run(p, text, east=FS, size=16, bold=False):
    r = p.add_run(text)
    set_run_font(r, east, size, bold)
    return r


AFTER_PBDR = ("shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct",
              "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
              "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
              "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
              "rPr", "sectPr", "pPrChange")


def place_pbdr(ppr, pbdr):
    """Put w:pBdr where the schema wants it (before w:spacing, w:ind, w:jc ...)."""
    old = ppr.find(qn("w:pBdr"))
    if old is not None and old is not pbdr:
        for child in list(pbdr):
            old.append(child)
        return
    for child in ppr:
        if child.tag in [qn("w:" + t) for t in AFTER_PBDR]:
            child.addprevious(pbdr)
            return
    ppr.append(pbdr)


def bottom_border(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    place_pbdr(ppr, pbdr)


def top_border(p, sz=8):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        place_pbdr(ppr, pbdr)
    b = OxmlElement("w:top")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "000000")
    pbdr.insert(0, b)


def page_footer(section):
    """Footer '— N —' with a PAGE field, as GB/T 9704 asks."""
    section.footer.is_linked_to_previous = False
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(p, "— ", "宋体", 14)
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    fb = OxmlElement("w:fldChar")
    fb.set(qn("w:fldCharType"), "begin")
    r._element.append(fb)
    r2 = p.add_run()
    set_run_font(r2, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r2._element.append(it)
    r3 = p.add_run()
    set_run_font(r3, "宋体", 14)
    fs = OxmlElement("w:fldChar")
    fs.set(qn("w:fldCharType"), "separate")
    r3._element.append(fs)
    add_run(p, "1", "宋体", 14)
    r4 = p.add_run()
    set_run_font(r4, "宋体", 14)
    fe = OxmlElement("w:fldChar")
    fe.set(qn("w:fldCharType"), "end")
    r4._element.append(fe)
    add_run(p, " —", "宋体", 14)


def el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn("w:" + k), str(v))
    return e


# ---------------------------------------------------------------- table data
# Column boundaries in twips.  Main rows: 序号 | 工作任务 | 责任县领导 | 牵头单位 | 配合单位 | 完成时限
# 0, 680, 6630, 7940, 9920, 12870, 14000
# The 民生实事 rows were pasted from the 县政府办's 民生实事 table and keep its widths:
# 0, 680, 5780, 7260, 9410, 12870, 14000
BOUNDS = sorted(set([0, 680, 6630, 7940, 9920, 12870, 14000, 5780, 7260, 9410]))
GRID = [b - a for a, b in zip(BOUNDS, BOUNDS[1:])]   # 9 grid columns


def spans_for(cuts):
    """Grid spans and widths for a row whose cell boundaries are `cuts`."""
    out = []
    for a, b in zip(cuts, cuts[1:]):
        n = BOUNDS.index(b) - BOUNDS.index(a)
        out.append((n, b - a))
    return out


MAIN = spans_for([0, 680, 6630, 7940, 9920, 12870, 14000])
PASTED = spans_for([0, 680, 5780, 7260, 9410, 12870, 14000])

# A cell value is a list of paragraphs; a paragraph is a list of lines (joined by w:br).
# vm: None (no merge), "restart", "continue".
# Each task row: (no, task_paras, leader, lead, coop, deadline), each of leader/lead/deadline
# either a value or the string "^" meaning "merged with the cell above".
PARTS = [
    ("一、全力以赴稳增长，推动经济运行整体好转（共6项）", MAIN, [
        ("1", "全县地区生产总值增长6%左右，规模以上工业增加值增长7%，固定资产投资增长8%，社会消费品零售总额增长6.5%，一般公共预算收入增长5%。",
         ["钱立新"], ["县发展和改革局"],
         ["县统计局、县财政局、县工业和信息化局、县商务局、县税务局"], ["2024年12月底"]),
        ("2", "实施县级重点项目120个，年度计划投资150亿元以上，其中新开工项目60个、竣工项目40个；全年谋划储备亿元以上项目100个。",
         "^", "^",
         [["县自然资源和规划局、县住房和城乡建设局、县行政审批服务局、", "桂溪经济开发区管委会、各乡（镇）人民政府"]], "^"),
        ("3", "积极争取中央预算内投资、超长期特别国债和地方政府专项债券等政策资金，全年争取上级各类资金30亿元以上。",
         "^", ["县发展和改革局", "县财政局"],
         ["县直有关单位"], "^"),
        ("4", "开展“招商引资项目落地年”活动，全年新招引亿元以上项目35个，其中10亿元以上项目3个，实际到位省外资金80亿元以上。",
         ["周振华"], ["县投资促进中心"],
         ["桂溪经济开发区管委会、县商务局、县直有关单位、各乡（镇）人民政府"], "^"),
        ("5", "举办汽车消费节、家电以旧换新等促消费活动20场次以上，新增限额以上商贸企业30家，培育夜间消费集聚区2个。",
         "^", ["县商务局"],
         ["县财政局、县市场监督管理局、县统计局"], "^"),
        ("6", "持续优化营商环境，深化“一网通办”“高效办成一件事”改革，政务服务事项网上可办率达到98%以上。",
         ["钱立新"], ["县行政审批服务局"],
         ["县数据资源管理局、县直有关单位"], ["2024年9月底"]),
    ]),
    ("二、坚持工业强县，加快构建现代化产业体系（共6项）", MAIN, [
        ("7", "规模以上工业企业达到150家，新增“专精特新”中小企业8家，新培育年产值超10亿元企业2家。",
         ["周振华"], ["县工业和信息化局"],
         ["县科学技术局、县统计局、桂溪经济开发区管委会"], ["2024年12月底"]),
        ("8", "推进桂溪经济开发区扩区调区，新建标准化厂房20万平方米，园区亩均税收提高10%以上。",
         "^", ["桂溪经济开发区管委会"],
         ["县自然资源和规划局、县工业和信息化局、县税务局"], "^"),
        ("9", "加快新能源电池材料产业园二期建设，推动年产5万吨正极材料项目6月底前建成投产。",
         "^", "^",
         ["县发展和改革局、国网桂溪县供电公司"], ["2024年6月底"]),
        ("10", "实施工业技术改造项目40个，完成工业技改投资25亿元，新增省级智能工厂和数字化车间5家。",
         "^", ["县工业和信息化局"],
         ["县发展和改革局、县财政局"], ["2024年12月底"]),
        ("11", "全社会研发经费投入强度达到1.8%，新认定高新技术企业15家，新建省级以上创新平台3个。",
         ["陈海波"], ["县科学技术局"],
         ["县工业和信息化局、县财政局、县统计局"], "^"),
        ("12", "推进桂溪古镇创建国家4A级旅游景区，办好第三届油茶文化旅游节，全年接待游客600万人次、实现旅游综合收入55亿元。",
         "^", ["县文化和旅游局"],
         ["县发展和改革局、县自然资源和规划局、县住房和城乡建设局、澄江镇人民政府"], "^"),
    ]),
    ("三、全面推进乡村振兴，加快建设农业强县（共6项）", MAIN, [
        ("13", "粮食播种面积稳定在68万亩以上、总产量达到30万吨，新建高标准农田4.5万亩。",
         ["孙晓梅"], ["县农业农村局"],
         ["县财政局、县自然资源和规划局、县水利局、各乡（镇）人民政府"], ["2024年10月底"]),
        ("14", "做强茶叶、油茶、生猪三大特色产业，新增市级以上农业产业化龙头企业5家，农产品加工业产值增长8%。",
         "^", "^",
         ["县林业局、县市场监督管理局"], ["2024年12月底"]),
        ("15", "巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制，确保不发生规模性返贫。",
         "^", "^",
         ["县民政局、县人力资源和社会保障局、县教育体育局、县卫生健康局、县医疗保障局、各乡（镇）人民政府"], ["长期坚持"]),
        ("16", "实施农村人居环境整治提升行动，农村卫生厕所普及率达到92%，建成和美乡村示范村15个。",
         "^", "^",
         ["县住房和城乡建设局、市生态环境局桂溪分局、县卫生健康局、各乡（镇）人民政府"], ["2024年11月底"]),
        ("17", "实施小型水库除险加固工程6座，完成中小河流治理25公里，农村自来水普及率达到95%。",
         "^", ["县水利局"],
         ["县财政局、县农业农村局、相关乡（镇）人民政府"], ["2024年12月底"]),
        ("18", "深化集体林权制度改革，完成植树造林1.2万亩，森林覆盖率稳定在65%以上。",
         "^", ["县林业局"],
         [""], "^"),
    ]),
    ("四、统筹城乡建设和生态保护，提升县城综合承载能力（共5项）", MAIN, [
        ("19", "实施城镇老旧小区改造22个，改造供水、燃气等各类管网30公里，完成城区雨污分流改造一期工程。",
         ["吴建军"], ["县住房和城乡建设局"],
         ["县财政局、县城市管理局、国网桂溪县供电公司、县自来水公司"], ["2024年11月底"]),
        ("20", "推进城西片区城中村改造，启动建设保障性租赁住房300套。",
         "^", "^",
         ["县自然资源和规划局、县财政局、城关镇人民政府"], ["2024年12月底"]),
        ("21", "加快桂溪至澄江快速通道、国道351线桂溪段改建工程建设，新改建农村公路120公里。",
         "^", ["县交通运输局"],
         ["县自然资源和规划局、县财政局、沿线乡（镇）人民政府"], "^"),
        ("22", [["深入打好蓝天、碧水、净土保卫战。", "县城空气质量优良天数比率达到93%以上，国、省控断面水质达标率保持100%。"]],
         "^", ["市生态环境局桂溪分局"],
         ["县住房和城乡建设局、县农业农村局、县水利局、县城市管理局、县交通运输局、各乡（镇）人民政府"], "^"),
        ("23", "开展城市精细化管理提升行动，新增公共停车泊位1500个，建成口袋公园8个。",
         "^", ["县城市管理局"],
         ["县住房和城乡建设局、县公安局、城关镇人民政府"], ["2024年10月底"]),
    ]),
    ("五、深化改革扩大开放，守牢安全发展底线（共5项）", MAIN, [
        ("24", "深化国有企业改革，完成县属国有企业整合重组，推动县城市建设投资公司市场化转型。",
         ["钱立新"], ["县财政局"],
         ["县国有资产服务中心"], ["2024年12月底"]),
        ("25", "城镇新增就业4000人以上，城镇调查失业率控制在5.5%以内，新增返乡入乡创业1200人。",
         ["郑丽娟"], ["县人力资源和社会保障局"],
         ["县财政局、县农业农村局、县总工会、团县委、县妇联"], "^"),
        ("26", "推进义务教育优质均衡发展，新建、改扩建中小学校5所，新增学位3000个。",
         "^", ["县教育体育局"],
         ["县发展和改革局、县财政局、县自然资源和规划局、县住房和城乡建设局"], ["2024年8月底"]),
        ("27", "推进紧密型县域医共体建设，县人民医院创建三级医院，乡镇卫生院服务能力达标率达到100%。",
         "^", ["县卫生健康局"],
         ["县医疗保障局、县财政局、县人力资源和社会保障局"], ["2024年12月底"]),
        ("28", "深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故，扎实推进平安桂溪、法治桂溪建设。",
         ["钱立新", "冯志刚"], ["县应急管理局", "县公安局"],
         ["县司法局、县直有关单位、各乡（镇）人民政府"], ["长期坚持"]),
    ]),
    ("六、2024年县级民生实事（共5项）", PASTED, [
        ("29", "新建城区第三幼儿园，新增学前教育学位360个。",
         ["郑丽娟"], ["县教育体育局"],
         ["县住房和城乡建设局、县自然资源和规划局"], ["2024年8月底"]),
        ("30", "为全县65周岁以上老年人免费开展健康体检，体检率达到70%以上。",
         "^", ["县卫生健康局"],
         ["各乡（镇）人民政府"], ["2024年12月底"]),
        ("31", "新建乡镇区域性养老服务中心3个、村级互助养老服务点30个。",
         "^", ["县民政局"],
         ["县财政局、相关乡（镇）人民政府"], ["2024年11月底"]),
        ("32", "改造提升城关、澄江、石门3个农贸市场。",
         ["周振华"], ["县商务局"],
         ["县市场监督管理局、城关镇人民政府、澄江镇人民政府、石门乡人民政府"], ["2024年10月底"]),
        ("33", "新建城乡公交候车亭80个，新开通城乡公交线路3条。",
         ["吴建军"], ["县交通运输局"],
         ["县财政局、县公安局"], ["2024年9月底"]),
    ]),
]


# ---------------------------------------------------------------- table building
def cell_par(text_lines, align="center", size=12, east=FS, bold=False):
    """A w:p with the given lines joined by w:br."""
    p = el("w:p")
    ppr = el("w:pPr")
    sp = el("w:spacing", line="320", lineRule="exact") if size <= 12 else el("w:spacing", line="360", lineRule="exact")
    ppr.append(sp)
    ppr.append(el("w:jc", val=align))
    p.append(ppr)
    if isinstance(text_lines, str):
        text_lines = [text_lines]
    for i, line in enumerate(text_lines):
        if not line:
            continue
        r = el("w:r")
        rpr = el("w:rPr")
        rpr.append(el("w:rFonts", ascii="Times New Roman", hAnsi="Times New Roman", eastAsia=east))
        if bold:
            rpr.append(el("w:b"))
        rpr.append(el("w:sz", val=str(size * 2)))
        rpr.append(el("w:szCs", val=str(size * 2)))
        r.append(rpr)
        if i > 0:
            r.append(el("w:br"))
        t = el("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = line
        r.append(t)
        p.append(r)
    return p


def tc(width, span, paras, vmerge=None, align="center", bold=False, east=FS, size=12, valign="center"):
    c = el("w:tc")
    pr = el("w:tcPr")
    pr.append(el("w:tcW", w=str(width), type="dxa"))
    if span > 1:
        pr.append(el("w:gridSpan", val=str(span)))
    if vmerge == "restart":
        pr.append(el("w:vMerge", val="restart"))
    elif vmerge == "continue":
        pr.append(el("w:vMerge"))
    pr.append(el("w:vAlign", val=valign))
    c.append(pr)
    if vmerge == "continue" or not paras:
        c.append(cell_par("", align, size, east, bold))
    else:
        for lines in paras:
            c.append(cell_par(lines, align, size, east, bold))
    return c


def tr(cells, header=False, height=None):
    r = el("w:tr")
    pr = el("w:trPr")
    if height:
        pr.append(el("w:trHeight", val=str(height)))
    if header:
        pr.append(el("w:tblHeader"))
    pr.append(el("w:jc", val="center"))
    r.append(pr)
    for c in cells:
        r.append(c)
    return r


def build_table():
    tbl = el("w:tbl")
    pr = el("w:tblPr")
    pr.append(el("w:tblW", w="14000", type="dxa"))
    pr.append(el("w:jc", val="center"))
    borders = el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(el("w:" + side, val="single", sz="4", space="0", color="000000"))
    pr.append(borders)
    pr.append(el("w:tblLayout", type="fixed"))
    mar = el("w:tblCellMar")
    mar.append(el("w:left", w="85", type="dxa"))
    mar.append(el("w:right", w="85", type="dxa"))
    pr.append(mar)
    pr.append(el("w:tblLook", val="04A0", firstRow="1", lastRow="0", firstColumn="1",
                 lastColumn="0", noHBand="0", noVBand="1"))
    tbl.append(pr)
    grid = el("w:tblGrid")
    for w in GRID:
        grid.append(el("w:gridCol", w=str(w)))
    tbl.append(grid)

    heads = ["序号", "工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]
    tbl.append(tr([tc(w, n, [h], bold=True, east=HEI, size=12)
                   for (n, w), h in zip(MAIN, heads)], header=True, height=567))

    for title, layout, rows in PARTS:
        # part row merged across the table
        tbl.append(tr([tc(14000, len(GRID), [title], align="left", east=HEI, size=12)], height=454))
        for no, task, leader, lead, coop, deadline in rows:
            (n0, w0), (n1, w1), (n2, w2), (n3, w3), (n4, w4), (n5, w5) = layout
            cells = [tc(w0, n0, [no])]
            task_paras = [task] if isinstance(task, str) else task
            cells.append(tc(w1, n1, task_paras, align="both"))

            def merged(width, span, value):
                if value == "^":
                    return tc(width, span, None, vmerge="continue")
                return tc(width, span, value, vmerge="restart")
            cells.append(merged(w2, n2, leader))
            cells.append(merged(w3, n3, lead))
            if coop == [""]:
                cells.append(tc(w4, n4, None, align="left"))
            else:
                cells.append(tc(w4, n4, coop, align="left"))
            cells.append(merged(w5, n5, deadline))
            tbl.append(tr(cells))
    return tbl


# ---------------------------------------------------------------- document
def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.footer_distance = Cm(2.5)
    page_footer(sec)

    # 版头
    para(doc, "", line=None, space_before=40)
    para(doc, "桂溪县人民政府办公室文件", XBS, 34, WD_ALIGN_PARAGRAPH.CENTER, color="FF0000", line=None)
    para(doc, "", line=28.95)
    p = para(doc, "桂政办发〔2024〕5号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p, "FF0000", 18)
    para(doc, "")
    # the title in one paragraph, broken into three lines by soft returns
    p = para(doc, "桂溪县人民政府办公室", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, line=35)
    for line in ("关于印发2024年县政府工作报告", "重点工作任务分工的通知"):
        r = add_run(p, "", XBS, 22)
        r.add_break(WD_BREAK.LINE)
        r = add_run(p, line, XBS, 22)
    para(doc, "")
    para(doc, "各乡（镇）人民政府，桂溪经济开发区管委会，县政府各部门，县直各单位：")

    body = [
        "《政府工作报告》已经县十八届人民代表大会第四次会议审议通过。为确保报告确定的各项目标任务落到实处，"
        "经县人民政府同意，现将2024年县政府工作报告重点工作任务分工印发给你们，并就有关事项通知如下。",
    ]
    for t in body:
        para(doc, t, first_indent=32)

    p = para(doc, "", first_indent=32)
    add_run(p, "一、提高思想认识。", HEI)
    add_run(p, "做好今年政府工作，对于全面完成“十四五”规划目标任务、推动桂溪高质量发展具有重要意义。"
               "各乡（镇）、各部门要把抓好《政府工作报告》落实作为践行为民宗旨、推动高质量发展的具体行动，"
               "切实增强责任感和紧迫感，确保各项任务按时保质完成。")
    p = para(doc, "", first_indent=32)
    add_run(p, "二、压实工作责任。", HEI)
    add_run(p, "各项工作任务实行责任县领导、牵头单位、配合单位分级负责制。责任县领导要加强统筹调度，"
               "及时协调解决重点难点问题；牵头单位是任务落实的第一责任单位，主要负责同志为第一责任人，"
               "要细化工作措施，明确时间节点，主动牵头抓总；配合单位要积极支持配合，按照职责分工抓好落实。"
               "同一项任务有两个牵头单位的，由排在前面的单位负责汇总报送工作进展情况。")
    p = para(doc, "", first_indent=32)
    add_run(p, "三、强化督查考核。", HEI)
    add_run(p, "各牵头单位要于每季度末月25日前，将任务推进情况书面报送县政府督查室（联系电话：5213086，"
               "电子邮箱：gxxzfdcs@163.com）。县政府督查室要加强跟踪督办，定期通报任务进展情况，"
               "督查结果纳入年度目标管理绩效考核。对工作不力、进度滞后的，按有关规定严肃问责。")
    para(doc, "")
    p = para(doc, "附件：2024年县政府工作报告重点工作任务分工", first_indent=32)
    para(doc, "")
    para(doc, "")
    para(doc, "桂溪县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(64)
    para(doc, "2024年3月12日", align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）", first_indent=32)

    # ---- 附件: a landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21)
    sec2.top_margin, sec2.bottom_margin = Cm(2.8), Cm(2.6)
    sec2.left_margin, sec2.right_margin = Cm(2.5), Cm(2.5)
    sec2.footer_distance = Cm(1.5)
    page_footer(sec2)

    para(doc, "附件", HEI, 16, line=28.95)
    para(doc, "")
    para(doc, "2024年县政府工作报告重点工作任务分工", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, line=35, keep_next=True)
    para(doc, "")
    anchor = para(doc, "")
    anchor._p.addprevious(build_table())
    # a last empty paragraph follows the table, as in every Word file

    # ---- 版记: back to portrait
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    sec3.footer_distance = Cm(2.5)
    page_footer(sec3)
    for _ in range(12):
        para(doc, "")
    p = para(doc, "", FS, 14)
    top_border(p, 12)
    p.paragraph_format.left_indent = Pt(14)
    add_run(p, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县纪委监委，县人民法院，县人民检察院，县人武部。", FS, 14)
    p = para(doc, "", FS, 14)
    top_border(p, 4)
    bottom_border(p, "000000", 12)
    p.paragraph_format.left_indent = Pt(14)
    add_run(p, "桂溪县人民政府办公室　　　　　　　2024年3月12日印发", FS, 14)

    doc.core_properties.author = "县政府办文秘股"
    doc.core_properties.title = "桂溪县人民政府办公室关于印发2024年县政府工作报告重点工作任务分工的通知"
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
