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
