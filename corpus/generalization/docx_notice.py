"""What the DOCX generators of rounds 9 and 10 share: a gold record, the gold list written out, a run's
font, a notice's front and back matter around its attachments, a landscape section. (python-docx;
/usr/bin/python3.)"""
import json
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn


def G(id, head, resp, lead, coop, leaders=()):
    return {"id": id, "head": head, "responsible_units": resp, "lead_units": lead,
            "cooperating_units": coop, "leaders": list(leaders)}


def write_gold(folder, name, golds):
    with open(folder + name + ".tasks.gold.jsonl", "w", encoding="utf-8") as f:
        for g in golds:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")


def set_font(run, name, size=None, bold=None, italic=None):
    run.font.name = name
    rpr = run._r.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic


def base(title_lines, wenhao, zhusong, body, fujian, sign, date):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    p = d.add_paragraph(wenhao)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for t in title_lines:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(p.add_run(t), "方正小标宋简体", 22)
    d.add_paragraph(zhusong)
    for b in body:
        p = d.add_paragraph(b)
        p.paragraph_format.first_line_indent = Cm(1.13)
    for i, f in enumerate(fujian):
        p = d.add_paragraph(f)
        if i == 0:
            p.paragraph_format.first_line_indent = Cm(1.13)
        else:
            p.paragraph_format.left_indent = Cm(2.82)
    p = d.add_paragraph(sign)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = d.add_paragraph(date)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = d.add_paragraph("（此件公开发布）")
    p.paragraph_format.first_line_indent = Cm(1.13)
    return d


def landscape_section(d):
    sec = d.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    return sec

# --------------------------------------------------------------------------------------------------------
# A notice's pages as rounds 13 and 14 write them (new_doc … split_units): A4 with the 公文 margins, a body
# paragraph, the front matter and the 版记, landscape and portrait sections, table widths and cells.
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402
from docx.shared import RGBColor  # noqa: E402

FS = "仿宋_GB2312"
KT = "楷体_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"

def new_doc():
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = d.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    return d


def para(d, text="", font=None, size=None, bold=None, align=None, indent=True, left=None):
    p = d.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif indent:
        p.paragraph_format.first_line_indent = Cm(1.13)
    if left is not None:
        p.paragraph_format.left_indent = Cm(left)
    if text:
        r = p.add_run(text)
        if font or size or bold is not None:
            set_font(r, font or FS, size, bold=bold)
    return p


def front(d, mark, wenhao, title_lines, zhusong, body, fujian, sign, date):
    para(d)
    p = para(d, mark, XBS, 36, align="c")
    p.runs[0].font.color.rgb = RGBColor(0xFF, 0, 0)
    para(d)
    para(d, wenhao, align="c")
    # red rule under the 文号: a bottom border on an empty paragraph
    p = para(d, indent=False)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr>'))
    for t in title_lines:
        para(d, t, XBS, 22, align="c")
    para(d)
    para(d, zhusong, indent=False)
    for b in body:
        if isinstance(b, tuple):          # ("h", text): a 黑体 heading inside the body
            para(d, b[1], HT, 16)
        else:
            para(d, b)
    para(d)
    for i, f in enumerate(fujian):
        if i == 0:
            para(d, f)
        else:
            para(d, f, indent=False, left=Cm(2.82).cm)
    para(d)
    para(d, sign, align="r")
    para(d, date, align="r")
    para(d, "（此件公开发布）")


def banji(d, chaosong, yinfa):
    p = para(d, indent=False)
    p.paragraph_format.space_before = Pt(24)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/>'
        f'<w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>'))
    set_font(p.add_run(chaosong), FS, 14)
    p = para(d, indent=False)
    set_font(p.add_run(yinfa), FS, 14)


def landscape(d):
    sec = d.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.3)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    return sec


def portrait(d):
    sec = d.add_section()
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    return sec


def set_widths(table, widths):
    table.autofit = False
    for col, w in zip(table.columns, widths):
        col.width = Cm(w)
    for row in table.rows:
        for tc, w in zip(row._tr.tc_lst, widths):
            tc.width = Cm(w)


def repeat_header(row):
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def cell_paras(cell, lines, size=12, bold=False, center=False, font=FS):
    if isinstance(lines, str):
        lines = [lines]
    cell.text = ""
    for i, l in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(l)
        set_font(r, font, size, bold=True if bold else None)


def split_units(text):
    """split a printed unit list on 、，； outside brackets (cross-check only)"""
    out, cur, depth = [], "", 0
    for ch in text:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if ch in "、，；" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return [u for u in out if u]
