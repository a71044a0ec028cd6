#!/usr/bin/env python3
"""Round 74, No. 398: a county 创城指挥部 notice whose task table fakes its merged cells.

The 附件 table looks merged on paper: 测评项目, 责任县领导, 牵头单位, 配合单位 and 完成时限 span
several tasks. Most of those "merges" are not Word merges at all: the author removed the
horizontal borders between the cells (w:tcBorders top/bottom = nil) and typed the text
into the cell that sits in the visual middle of the block, sometimes split over two rows
(a post in one, the name in the next; two leaders one a row). Two leader blocks are real
vertical merges (w:vMerge). One task runs over two table rows with the border between them
removed in every column and its 序号 only in the first.

Run with /usr/bin/python3 (python-docx + lxml).
"""
import os
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "398_yancen_xian_chuangcheng_jia_hebing_biao.docx")

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


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None, indent=False,
         color=None, space_before=0, space_after=0, line=None):
    p = doc_or_cell.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if line:
        pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def body(doc, parts):
    """A body paragraph of (text, font) runs, 2-character indent, 28pt line."""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.first_line_indent = Pt(32)
    pf.line_spacing = Pt(28)
    pf.space_after = Pt(0)
    pf.space_before = Pt(0)
    for text, font in parts:
        set_font(p.add_run(text), font, 16)
    return p


PPR_AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                  "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                  "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                  "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                  "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                  "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def put_pbdr(ppr, pbdr):
    """Insert w:pBdr where the schema wants it (before shd, spacing, ind, jc ...)."""
    after = {qn(t) for t in PPR_AFTER_PBDR}
    for child in ppr:
        if child.tag in after:
            child.addprevious(pbdr)
            return
    ppr.append(pbdr)


def bottom_rule(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    put_pbdr(ppr, pbdr)


def page_footer(section):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("— "), "宋体", 14)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE   \\* MERGEFORMAT ")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), "宋体")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "28")
    rpr.append(rf)
    rpr.append(sz)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    fp._p.append(fld)
    set_font(fp.add_run(" —"), "宋体", 14)


# ---------------------------------------------------------------- table helpers
TCPR_AFTER_BORDERS = ("w:shd", "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText",
                      "w:vAlign", "w:hideMark")


def cell_borders(cell, **edges):
    """edges: top/bottom/left/right = 'nil' or 'single'."""
    tcpr = cell._tc.get_or_add_tcPr()
    tcb = tcpr.find(qn("w:tcBorders"))
    if tcb is None:
        tcb = OxmlElement("w:tcBorders")
        anchor = None
        for tag in TCPR_AFTER_BORDERS:
            anchor = tcpr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(tcb)
        else:
            tcpr.append(tcb)
    order = ("top", "left", "bottom", "right")
    for edge in order:
        if edge not in edges:
            continue
        el = tcb.find(qn("w:" + edge))
        if el is None:
            el = OxmlElement("w:" + edge)
            # keep schema order top, left(start), bottom, right(end)
            placed = False
            for later in order[order.index(edge) + 1:]:
                lel = tcb.find(qn("w:" + later))
                if lel is not None:
                    lel.addprevious(el)
                    placed = True
                    break
            if not placed:
                tcb.append(el)
        val = edges[edge]
        el.set(qn("w:val"), val)
        if val == "nil":
            for a in ("w:sz", "w:space", "w:color"):
                if el.get(qn(a)) is not None:
                    del el.attrib[qn(a)]
        else:
            el.set(qn("w:sz"), "4")
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "auto")


def cell_text(cell, lines, size=10.5, font=FS, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False):
    """Write one paragraph per line into the cell (replacing its empty first paragraph)."""
    if isinstance(lines, str):
        lines = [lines]
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        pf = p.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing = Pt(15)
        if line:
            set_font(p.add_run(line), font, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


# ---------------------------------------------------------------- the task table
# One entry per table row. Keys:
#   no: 序号 as typed ("" for the continuation row)
#   task: 重点任务 text
#   coop: 配合单位 text as typed in this row's cell ("" = empty cell)
#   lead: 牵头单位 text typed in this row's cell ("" = empty)
#   due: 完成时限 typed in this row ("" = empty)
ROWS = [
    # 思想道德建设 ------------------------------------------------------------
    dict(no="1", task="广泛开展社会主义核心价值观宣传教育，在城区主次干道、公园广场、交通站点设置公益广告不少于300处。",
         lead="", coop="县城市管理局、县交通运输局、城关街道办事处、东城街道办事处", due="2025年6月底前"),
    dict(no="2", task="开展“雁岑好人”“最美家庭”等先进典型评选，每季度发布“雁岑好人榜”。",
         lead="县委宣传部（县文明办）", coop="县妇联、县总工会、团县委", due="按季度推进"),
    dict(no="3", task="推进新时代文明实践中心（所、站）规范化建设，实现县、乡、村三级阵地全覆盖。",
         lead="", coop="各乡镇人民政府、各街道办事处、县财政局", due="2025年9月底前"),
    dict(no="4", task="加强社会诚信建设，完善信用“红黑名单”发布和联合奖惩机制。",
         lead="县发展和改革局", coop="县市场监督管理局、县人民法院、国家税务总局雁岑县税务局", due="2025年12月底前"),
    dict(no="5", task="加强未成年人思想道德建设，中小学校每学期开展文明礼仪教育不少于2次。",
         lead="县教育体育局", coop="团县委、县妇联、县关工委", due="长期坚持"),
    # 公共文明秩序 ------------------------------------------------------------
    dict(no="6", task="整治出租车、公交车拒载、绕行、乱收费等行为，营运车辆车容车貌整洁。",
         lead="县交通运输局", coop="县公安局、县市场监督管理局", due="2025年6月底前"),
    dict(no="7", task="开展交通秩序综合整治，重点路口设置文明交通劝导岗，机动车礼让斑马线率达到95%以上。",
         lead="", coop="县交通运输局、县教育体育局、城关街道办事处", due=""),
    dict(no="8", task="规范非机动车停放，在城区主要路段施划非机动车停车位不少于2000个。",
         lead="县公安局", coop="县城市管理局、县住房和城乡建设局", due="长期坚持"),
    dict(no="9", task="加强公共场所治安防控，城区重点部位视频监控覆盖率达到100%。",
         lead="", coop="县委政法委、各街道办事处", due=""),
    dict(no="10", task="规范户外广告和门头招牌设置，集中清理违规广告牌匾。",
         lead="县城市管理局", coop="", due="2025年8月底前"),
    dict(no="11", task="整治占道经营、流动摊贩和店外经营，设置便民疏导点不少于6处。",
         lead="", coop="县市场监督管理局、城关街道办事处、东城街道办事处", due="长期坚持"),
    dict(no="12", task="加强建筑工地文明施工管理，施工围挡、车辆冲洗、渣土密闭运输达标率100%。",
         lead="县住房和城乡建设局", coop="县城市管理局、市生态环境局雁岑分局", due="长期坚持"),
    # 市容环境卫生 ------------------------------------------------------------
    dict(no="13", task="推进城区主次干道“以克论净”深度保洁，机械化清扫率达到90%以上。",
         lead="县城市管理局", coop="城关街道办事处、东城街道办事处", due=""),
    dict(no="14", task="实施背街小巷和老旧小区环境整治，完成改造提升小区32个。",
         lead="县住房和城乡建设局", coop="县城市管理局、城关街道办事处、东城街道办事处", due="长期坚持"),
    dict(no="15", task="推进生活垃圾分类，城区公共机构垃圾分类覆盖率达到100%。",
         lead="县城市管理局、县机关事务服务中心", coop="县教育体育局、县卫生健康局", due=""),
    dict(no="16", task="整治农贸市场环境秩序，完成城北、城南农贸市场提升改造。",
         lead="", coop="县商务局、县城市管理局、城关街道办事处", due="2025年10月底前"),
    dict(no="17", task="规范“五小”门店卫生管理，从业人员持健康证明上岗率达到100%。",
         lead="县市场监督管理局", coop="县卫生健康局", due="长期坚持"),
    dict(no="18", task="推进公共厕所新建改造，城区新建改造公厕15座并全部免费开放。",
         lead="县城市管理局", coop="县自然资源局、县财政局", due="2025年11月底前"),
    dict(no="19", task="开展病媒生物防制，城区“四害”密度控制在国家标准C级以上。",
         lead="县卫生健康局", coop="各街道办事处、各社区", due="长期坚持"),
    # 公共服务设施 ------------------------------------------------------------
    dict(no="20", task="完善城区无障碍设施，主要公共场所无障碍设施配建率达到100%。",
         lead="县住房和城乡建设局", coop="县残联、县民政局", due="2025年9月底前"),
    dict(no="21", task="推进城市书房、社区文化活动中心建设，新建城市书房3处。",
         lead="县文化和旅游局", coop="县财政局、各街道办事处", due="2025年10月底前"),
    dict(no="22", task="提升医疗机构、政务服务大厅文明服务水平，设置爱心座椅、便民服务箱。",
         lead="县卫生健康局、县行政审批服务局", coop="县医疗保障局", due="2025年6月底前"),
    dict(no="23", task="加强社区综合服务设施建设，实现城市社区养老服务站点全覆盖。",
         lead="县民政局", coop="各街道办事处", due="2025年12月底前"),
    # 志愿服务和社会氛围 -------------------------------------------------------
    dict(no="24", task="全面推进志愿服务制度化，注册志愿者人数占城区常住人口比例达到13%以上。",
         lead="县委宣传部（县文明办）", coop="团县委、县民政局", due="长期坚持"),
    dict(no="", task="在车站、医院、景区等场所设立志愿服务站点，常态化开展“学雷锋”志愿服务。",
         lead="", coop="县交通运输局、县卫生健康局、县文化和旅游局", due=""),
    dict(no="25", task="开展“文明餐桌”“光盘行动”，城区餐饮单位公勺公筷提示全覆盖。",
         lead="县商务局", coop="县市场监督管理局", due="2025年6月底前"),
    dict(no="26", task="开设“创城进行时”专栏，每周刊播创城报道不少于3篇。",
         lead="县融媒体中心", coop="县委宣传部（县文明办）", due="长期坚持"),
    dict(no="27", task="建立文明行为“随手拍”曝光平台，问题交办整改率达到95%以上。",
         lead="县委宣传部（县文明办）", coop="县融媒体中心、县数据局", due="2025年5月底前"),
    # 长效管理机制 ------------------------------------------------------------
    dict(no="28", task="落实创城工作月调度、季通报制度，将创城工作纳入年度综合考核。",
         lead="县创城指挥部办公室", coop="县委考核办", due="长期坚持"),
    dict(no="29", task="建立创城资金保障机制，县财政安排创城专项资金并及时拨付到位。",
         lead="县财政局", coop="县委宣传部（县文明办）", due="2025年4月底前"),
    dict(no="30", task="全面落实“门前五包”责任制，沿街商户签订责任书率达到100%。",
         lead="县城市管理局", coop="县市场监督管理局、各街道办事处", due="2025年7月底前"),
    dict(no="31", task="开展创城常态化督查暗访，对问题点位实行清单交办、限时整改。",
         lead="县委督查室、县政府督查室", coop="县创城指挥部办公室", due="长期坚持"),
]
# Row indexes below are into ROWS (0-based): tasks 1-24 are indexes 0-23, index 24 is the
# second row of task 24, and tasks 25-31 are indexes 25-31.

# 测评项目 blocks: (first, last, row holding the text) -- all fake merges
CATEGORY = [(0, 4, 2, "思想道德建设"), (5, 11, 8, "公共文明秩序"), (12, 18, 15, "市容环境卫生"),
            (19, 22, 21, "公共服务设施"), (23, 27, 25, "志愿服务和社会氛围"),
            (28, 31, 29, "长效管理机制")]

# 责任县领导 blocks: (first, last, kind, {row: lines})
LEADERS = [
    (0, 4, "fake", {2: ["县委常委、宣传部部长", "林若溪"]}),
    (5, 8, "vmerge", {5: ["副县长、县公安局局长", "韩东升"]}),
    (9, 11, "fake", {10: ["副县长", "汪立诚"]}),
    (12, 14, "fake", {12: ["副县长", "汪立诚"]}),
    (15, 18, "fake", {16: ["副县长", "卢嘉树"], 17: ["副县长", "钟佩瑶"]}),
    (19, 22, "fake", {20: ["副县长"], 21: ["钟佩瑶"]}),
    (23, 27, "vmerge", {23: ["县委常委、宣传部部长", "林若溪"]}),
    (28, 31, "fake", {29: ["县委常委、常务副县长", "邵国栋"]}),
]

# fake merges in other columns: (column, first, last) -- text already placed in ROWS
FAKE_OTHER = [
    ("lead", 0, 2),     # 县委宣传部（县文明办） typed in row of task 2, covers 1-3
    ("lead", 6, 8),     # 县公安局 typed in row of task 8, covers 7-9
    ("lead", 9, 10),    # 县城市管理局 typed in row of task 10, covers 10-11
    ("coop", 9, 10),    # 配合单位 typed in row of task 11, covers 10-11
    ("lead", 15, 16),   # 县市场监督管理局 typed in row of task 17, covers 16-17
    ("due", 5, 6),      # 2025年6月底前 for 6-7
    ("due", 7, 8),      # 长期坚持 for 8-9
    ("due", 12, 14),    # 长期坚持 typed in 14's row, covers 13-15
]

# task 24 over two rows: border removed in every column between ROWS[23] and ROWS[24]
CONTINUATION = (23, 24)

COLS = ["no", "cat", "task", "leader", "lead", "coop", "due"]
WIDTHS = [Cm(1.2), Cm(2.0), Cm(8.6), Cm(3.3), Cm(3.4), Cm(4.4), Cm(2.1)]


def build_table(doc):
    n = len(ROWS)
    table = doc.add_table(rows=2 + n, cols=7)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for row in table.rows:
        for i, c in enumerate(row.cells):
            c.width = WIDTHS[i]
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(WIDTHS[i].twips)))
    tblpr = table._tbl.tblPr
    tblw = tblpr.find(qn("w:tblW"))
    if tblw is None:
        tblw = OxmlElement("w:tblW")
        tblpr.append(tblw)
    tblw.set(qn("w:w"), str(sum(int(w.twips) for w in WIDTHS)))
    tblw.set(qn("w:type"), "dxa")

    # two-row header with real merges
    h0, h1 = table.rows[0], table.rows[1]
    titles = ["序号", "测评项目", "重点任务", "责任县领导", "责任单位", None, "完成时限"]
    for i in (0, 1, 2, 3, 6):
        m = h0.cells[i].merge(h1.cells[i])
        cell_text(m, titles[i], size=11, font=HT)
        m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    m = h0.cells[4].merge(h0.cells[5])
    cell_text(m, "责任单位", size=11, font=HT)
    cell_text(table.cell(1, 4), "牵头单位", size=11, font=HT)
    cell_text(table.cell(1, 5), "配合单位", size=11, font=HT)
    repeat_header(h0)
    repeat_header(h1)

    def cell(i, col):
        return table.cell(2 + i, COLS.index(col))

    # real vertical merges first (merging empty cells)
    for first, last, kind, text in LEADERS:
        if kind == "vmerge":
            m = cell(first, "leader").merge(cell(last, "leader"))
            cell_text(m, text[first], size=10.5)
            m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    for i, r in enumerate(ROWS):
        cell_text(cell(i, "no"), r["no"])
        cell_text(cell(i, "task"), r["task"], align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(cell(i, "lead"), r["lead"])
        cell_text(cell(i, "coop"), r["coop"], align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(cell(i, "due"), r["due"])
        for col in ("no", "lead", "coop", "due"):
            cell(i, col).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        cell(i, "task").vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        cant_split(table.rows[2 + i])

    def fake(col, first, last):
        for i in range(first, last):
            cell_borders(cell(i, col), bottom="nil")
            cell_borders(cell(i + 1, col), top="nil")

    for first, last, cat_row, name in CATEGORY:
        cell_text(cell(cat_row, "cat"), name, size=10.5)
        for i in range(first, last + 1):
            cell(i, "cat").vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        fake("cat", first, last)

    for first, last, kind, text in LEADERS:
        if kind != "fake":
            continue
        for i in range(first, last + 1):
            c = cell(i, "leader")
            cell_text(c, text.get(i, ""), size=10.5)
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        fake("leader", first, last)

    for col, first, last in FAKE_OTHER:
        fake(col, first, last)

    # keep each leader block on one page ("与下段同页" on every paragraph of its rows but
    # the last), so that no block the eye reads as one cell is cut by a page break
    for first, last, kind, text in LEADERS:
        for i in range(first, last):
            for c in table.rows[2 + i].cells:
                for p in c.paragraphs:
                    p.paragraph_format.keep_with_next = True

    a, b = CONTINUATION
    for col in COLS:
        if col == "leader":
            continue  # inside the real vertical merge already
        cell_borders(cell(a, col), bottom="nil")
        cell_borders(cell(b, col), top="nil")
    return table


# ---------------------------------------------------------------- the document
def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    page_footer(sec)

    # 版头
    p = para(doc, "雁岑县创建全国文明城市工作指挥部文件", font=XBS, size=24,
             align=WD_ALIGN_PARAGRAPH.CENTER, color="FF0000", space_before=24, space_after=24)
    p = para(doc, "雁创城指〔2025〕2号", size=16, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    bottom_rule(p)
    para(doc, "")
    para(doc, "雁岑县创建全国文明城市工作指挥部", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    para(doc, "关于印发《雁岑县2025年创建全国文明城市", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    para(doc, "重点任务分解表》的通知", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    para(doc, "")
    p = para(doc, "各乡镇人民政府、街道办事处，县创城指挥部各成员单位：", line=28)

    body(doc, [("2025年是我县创建全国文明城市提名城市资格复查和创建工作的关键之年。为全面落实县委、县政府"
                "创城工作部署，对照《全国文明城市测评体系》补齐短板，经县创城指挥部研究同意，现将"
                "《雁岑县2025年创建全国文明城市重点任务分解表》印发给你们，并就有关事项通知如下。", FS)])
    body(doc, [("一、压实工作责任。", HT)])
    body(doc, [("县委副书记、县长孟庆川同志任县创城指挥部总指挥，对创城工作负总责。各责任县领导要"
                "加强对分管领域创城任务的调度督导，每月至少召开一次专题会议研究解决问题。各牵头单位"
                "主要负责同志是第一责任人，要细化工作措施，明确时间节点，主动协调配合单位共同推进；"
                "牵头单位栏列有两个单位的，为共同牵头单位，共同负责。各配合单位要按照职责分工积极配合，"
                "不得推诿扯皮。", FS)])
    body(doc, [("二、强化督查考核。", HT)])
    body(doc, [("县创城指挥部办公室会同县委督查室、县政府督查室对各项任务实行清单化管理、销号式推进，"
                "每月通报进展情况。对工作推进不力、在测评中失分较多的单位，按程序进行约谈问责。", FS)])
    body(doc, [("三、及时报送进展。", HT)])
    body(doc, [("各牵头单位请于每月25日前将本月任务进展情况（含图片资料）报送县创城指挥部办公室，"
                "同时抄送配合单位。联系人：严晓彤，联系电话：0000-6612345，"
                "电子邮箱：ycczhb@example.cn。", FS)])
    para(doc, "")
    body(doc, [("附件：雁岑县2025年创建全国文明城市重点任务分解表", FS)])
    para(doc, "")
    para(doc, "")
    para(doc, "雁岑县创建全国文明城市工作指挥部", align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
    p = para(doc, "2025年3月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
    p.paragraph_format.right_indent = Pt(64)
    para(doc, "")
    body(doc, [("（此件公开发布）", FS)])

    # 附件: landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    sec2.top_margin, sec2.bottom_margin = Cm(2.6), Cm(2.4)
    sec2.left_margin, sec2.right_margin = Cm(2.4), Cm(2.4)
    page_footer(sec2)
    para(doc, "附件", font=HT, size=16, line=28)
    para(doc, "雁岑县2025年创建全国文明城市重点任务分解表", font=XBS, size=20,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_before=6, space_after=12)
    build_table(doc)
    para(doc, "")

    # 版记: portrait again
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    page_footer(sec3)
    for _ in range(18):
        para(doc, "", size=14)
    p = para(doc, "抄送：县委办公室，县人大常委会办公室，县政府办公室，县政协办公室。", size=14, line=24)
    p.paragraph_format.left_indent = Pt(14)
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    for edge in ("top", "bottom"):
        b = OxmlElement("w:" + edge)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "4")
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "auto")
        pbdr.append(b)
    put_pbdr(ppr, pbdr)
    p = para(doc, "雁岑县创建全国文明城市工作指挥部办公室　　2025年3月18日印发", size=14, line=24)
    p.paragraph_format.left_indent = Pt(14)
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "8")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "auto")
    pbdr.append(b)
    put_pbdr(ppr, pbdr)

    # drop the empty first paragraph python-docx's template starts with
    first = doc.paragraphs[0]
    if not first.text and not first.runs:
        first._p.getparent().remove(first._p)

    doc.core_properties.title = "关于印发《雁岑县2025年创建全国文明城市重点任务分解表》的通知"
    doc.core_properties.author = "县创城办"
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
