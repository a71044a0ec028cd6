# -*- coding: utf-8 -*-
"""Generate 554_dichuan_xian_baozhua_xiangmu_shuanglan_biao.docx.

A 县政府办 red-header notice whose attachment is a narrow four-column
一览表 (序号 / 项目名称 / 包抓县领导 / 责任单位) laid out by the clerk
in two side-by-side halves ("分左右两栏排列") on a portrait page: one
Word table of eight columns, the list split in the middle (1-15 on the
left, 16-29 on the right), leader cells merged down within a half, a
double rule between the halves, the last right-hand row empty.
"""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

NAME = "554_dichuan_xian_baozhua_xiangmu_shuanglan_biao.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"


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


def para(doc_or_cell, text="", font=FS, size=16, align=None, indent=True,
         bold=False, color=None, line=28, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)
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


def bottom_rule(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_bottom_rule(p, top=True, bottom=True, sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side, on in (("top", top), ("bottom", bottom)):
        if on:
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "1")
            e.set(qn("w:color"), "000000")
            bdr.append(e)
    ppr.append(bdr)


def cell_border(cell, side, val, sz=4):
    tcpr = cell._tc.get_or_add_tcPr()
    b = tcpr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders")
        later = [tcpr.find(qn("w:" + n)) for n in
                 ("shd", "noWrap", "tcMar", "textDirection", "tcFitText",
                  "vAlign", "hideMark")]
        later = [e for e in later if e is not None]
        if later:
            later[0].addprevious(b)
        else:
            tcpr.append(b)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), val)
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "0")
    e.set(qn("w:color"), "000000")
    b.append(e)


def cell_text(cell, lines, font=FS, size=10.5, align=WD_ALIGN_PARAGRAPH.LEFT):
    """lines: list of paragraph strings for the cell."""
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    first = cell.paragraphs[0]
    for i, t in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(15)
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        if t:
            r = p.add_run(t)
            set_font(r, font, size)


# ---------------------------------------------------------------------------
# The attachment's list: (number, project, leaders-as-printed, units cell
# paragraphs).  Leaders None = continuation of a merged cell above.
P = [
    (1, "荻川经济开发区新能源电池产业园（一期）", ["周启明"],
     ["荻川经济开发区管委会、县发改局、县工信局、县自然资源局"]),
    (2, "县城区污水处理厂提标改造及配套管网工程", None,
     ["县住建局、市生态环境局荻川分局、城关镇"]),
    (3, "G347线荻川过境段改线工程", None,
     ["县交通运输局", "县自然资源局", "县林业局", "柳湾镇", "青龙镇"]),
    (4, "华晟新材料年产5万吨高性能铝箔项目", ["邬建华"],
     ["县工信局、荻川经济开发区管委会"]),
    (5, "县人民医院门急诊综合楼建设项目", None,
     ["县卫健局、县发改局、县财政局"]),
    (6, "荻川县第二中学扩建工程", None,
     ["县教体局、县住建局、城关镇"]),
    (7, "城东片区老旧小区改造项目（2025年度）", None,
     ["县住建局、县城管局、城关镇"]),
    (8, "县冷链物流集散中心项目", None,
     ["县商务局、县发改局、县农业农村局、河口镇"]),
    (9, "荻水河（县城段）综合治理工程", ["钟雅琴"],
     ["县水利局", "市生态环境局荻川分局", "县城管局", "城关镇"]),
    (10, "石桥水库除险加固工程", None,
     ["县水利局、石桥乡"]),
    (11, "2025年高标准农田建设项目（3.2万亩）", None,
     ["县农业农村局、县财政局、县自然资源局、各相关乡镇"]),
    (12, "青龙山景区提质升级项目", ["贺文涛"],
     ["县文旅局、青龙镇、县林业局"]),
    (13, "荻川古镇文化街区保护利用项目", None,
     ["县文旅局、县住建局、县自然资源局、城关镇"]),
    (14, "县全民健身中心建设项目", None,
     ["县教体局、县住建局"]),
    (15, "110千伏柳湾输变电工程", None,
     ["国网荻川县供电公司、县发改局、柳湾镇"]),
    (16, "县城智慧停车及充电设施建设项目", ["贺文涛"],
     ["县城管局、县发改局、国网荻川县供电公司"]),
    (17, "县城区集中供热二期工程", ["石　蕾"],
     ["县住建局、县发改局、城关镇"]),
    (18, "农村生活垃圾收运处置体系建设项目", None,
     ["县城管局、县农业农村局、各乡镇"]),
    (19, "县殡仪馆及城乡公益性公墓建设项目", None,
     ["县民政局、县自然资源局、县林业局"]),
    (20, "县应急物资储备库建设项目", None,
     ["县应急局"]),
    (21, "县城区供水管网改造提升工程", None,
     ["县住建局、县水利局、城关镇"]),
    (22, "柳湾镇万亩设施蔬菜产业园项目", ["龚卫平"],
     ["柳湾镇、县农业农村局、县商务局"]),
    (23, "河口镇生猪屠宰及肉制品加工项目", None,
     ["县农业农村局、县商务局、河口镇"]),
    (24, "县数字经济产业园项目", None,
     ["县工信局、县发改局、荻川经济开发区管委会"]),
    (25, "荻川县国有林场森林抚育及储备林项目", None,
     ["县林业局"]),
    (26, "县职业中专实训基地建设项目", ["邓思源"],
     ["县教体局、县人社局"]),
    (27, "县城北农贸市场改造项目", None,
     ["县商务局、县市场监管局、城关镇"]),
    (28, "荻川至泷江快速通道工程（荻川段）", ["邬建华", "邓思源"],
     ["县交通运输局、县自然资源局、县财政局、河口镇、石桥乡"]),
    (29, "县保障性租赁住房项目（城北片区）", ["石　蕾", "邓思源"],
     ["县住建局、县自然资源局、县财政局、城关镇"]),
]
ROWS = 15  # the list split in the middle: 1-15 left, 16-29 right


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    # remove the default empty first paragraph
    body = doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)

    # ---- red header -------------------------------------------------------
    para(doc, "", indent=False, line=28)
    para(doc, "", indent=False, line=28)
    para(doc, "荻川县人民政府办公室文件", font=XBS, size=36, indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER, color="FF0000", line=50)
    para(doc, "", indent=False)
    p = para(doc, "荻政办发〔2025〕9号", indent=False,
             align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    bottom_rule(p)
    para(doc, "", indent=False)
    para(doc, "荻川县人民政府办公室", font=XBS, size=22, indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "关于印发2025年县级领导包抓重点项目", font=XBS, size=22,
         indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "责任分工的通知", font=XBS, size=22, indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "", indent=False)
    para(doc, "各乡镇人民政府，县政府各部门，县直有关单位：", indent=False)
    para(doc, "为深入开展“项目建设攻坚年”活动，压紧压实项目推进责任，"
         "确保全年重点项目建设目标任务圆满完成，经县政府研究同意，"
         "现将《2025年县级领导包抓重点项目责任分工表》印发给你们，"
         "并就有关事项通知如下：")
    p = para(doc)
    runs(p, [("一、落实包抓责任。", HT),
             ("包抓县级领导是所包抓项目推进的第一责任人，要定期深入项目现场调研，"
              "每季度至少主持召开一次项目推进会，及时协调解决项目在要素保障、"
              "手续办理、征地拆迁等方面的困难和问题。", FS)])
    p = para(doc)
    runs(p, [("二、明确部门职责。", HT),
             ("附件中“责任单位”栏排在第一位的为牵头单位，负责项目的跟踪服务、"
              "手续办理和进度调度，每月5日前将项目进展情况报县发展和改革局；"
              "其余为配合单位，要按照职责分工主动对接、密切配合，形成工作合力。"
              "项目所在乡镇要全力做好征地拆迁、矛盾调处和施工环境保障工作。", FS)])
    p = para(doc)
    runs(p, [("三、强化督查考核。", HT),
             ("县政府督查室、县发展和改革局要建立重点项目推进台账，实行"
              "“月调度、季通报、年考核”，对工作推进不力、项目严重滞后的，"
              "按有关规定进行通报和约谈。项目推进情况纳入年度目标责任考核。", FS)])
    p = para(doc)
    runs(p, [("四、做好衔接调整。", HT),
             ("县级领导分工调整的，所包抓项目由接任分管工作的县级领导负责；"
              "年中新增或调整的重点项目，由县发展和改革局提出包抓建议，"
              "报县政府审定后另行通知。", FS)])
    para(doc, "")
    p = para(doc, "", indent=True)
    runs(p, [("附件：2025年县级领导包抓重点项目责任分工表", FS)])
    para(doc, "")
    para(doc, "")
    p = para(doc, "荻川县人民政府办公室", indent=False,
             align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2025年2月24日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）")

    # ---- attachment -------------------------------------------------------
    p = para(doc, "", indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件", font=HT, size=16, indent=False)
    para(doc, "", indent=False)
    para(doc, "2025年县级领导包抓重点项目责任分工表", font=XBS, size=20,
         indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=30, after=10)

    widths = [Cm(0.9), Cm(3.0), Cm(1.6), Cm(2.3)] * 2
    head = ["序号", "项目名称", "包抓县领导", "责任单位"] * 2
    t = doc.add_table(rows=1 + ROWS, cols=8)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    # fixed layout
    tblpr = t._tbl.tblPr
    tblw = tblpr.find(qn("w:tblW"))
    tblw.set(qn("w:type"), "dxa")
    tblw.set(qn("w:w"), str(sum(int(w.twips) for w in widths)))
    for gc, w in zip(t._tbl.tblGrid.iterchildren(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for ci, w in enumerate(widths):
        for r in t.rows:
            r.cells[ci].width = w
    hdr = t.rows[0]
    trpr = hdr._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trpr.append(th)
    for ci, h in enumerate(head):
        cell_text(hdr.cells[ci], [h], font=HT, size=10.5,
                  align=WD_ALIGN_PARAGRAPH.CENTER)

    # place the list: first half down the left, second half down the right
    slots = {}
    for k, item in enumerate(P):
        half = 0 if k < ROWS else 1
        row = (k if half == 0 else k - ROWS) + 1
        slots[(row, half)] = item

    merges = []  # (half, start_row, end_row)
    for half in (0, 1):
        start = None
        for row in range(1, ROWS + 1):
            item = slots.get((row, half))
            base = half * 4
            cells = t.rows[row].cells
            if item is None:
                for c in range(4):
                    cell_text(cells[base + c], [""])
                if start is not None:
                    merges.append((half, start, row - 1))
                    start = None
                continue
            num, name, leaders, units = item
            cell_text(cells[base], [str(num)], align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(cells[base + 1], [name])
            cell_text(cells[base + 3], units)
            if leaders is not None:
                if start is not None and row - 1 > start:
                    merges.append((half, start, row - 1))
                start = row
                cell_text(cells[base + 2], leaders,
                          align=WD_ALIGN_PARAGRAPH.CENTER)
        if start is not None:
            last = max(r for (r, h) in slots if h == half)
            if last > start:
                merges.append((half, start, last))
    for half, a, b in merges:
        col = half * 4 + 2
        top = t.cell(a, col)
        top.merge(t.cell(b, col))
        # merging concatenates paragraphs of the covered (empty) cells; drop
        # the empty ones so the name stays centred
        for p in list(top.paragraphs)[1:]:
            if not p.text:
                p._p.getparent().remove(p._p)
        top.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    # double rule between the two halves
    for r in t.rows:
        cell_border(r.cells[4], "left", "double", 6)

    p = para(doc, "", indent=False, line=20)
    p = para(doc, "注：“责任单位”栏中排在第一位的为牵头单位，其余为配合单位。",
             font=FS, size=12, indent=False, line=20)

    # ---- 版记 --------------------------------------------------------------
    p = para(doc, "", indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    for _ in range(18):
        para(doc, "", indent=False)
    p = para(doc, "", indent=False, size=14)
    runs(p, [("抄送：县委办公室，县人大常委会办公室，县政协办公室，县纪委监委。", FS)],
         size=14)
    top_bottom_rule(p, top=True, bottom=True)
    p = para(doc, "", indent=False, size=14)
    runs(p, [("荻川县人民政府办公室　　　　　　　　　2025年2月24日印发", FS)],
         size=14)
    top_bottom_rule(p, top=False, bottom=True)

    cp = doc.core_properties
    cp.author = "xzb"
    cp.title = ""
    doc.save(OUT)


if __name__ == "__main__":
    build()
    print(OUT)
