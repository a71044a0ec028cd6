#!/usr/bin/python3
"""Writes the DOCX fixtures of gongwen's tests with python-docx (Debian's
python3-docx), a real writer: Word's numbering, merged cells, tracked changes,
fields and text boxes are added through python-docx's element API where it has
no high-level call. Run from anywhere: /usr/bin/python3 corpus/docx/make_fixtures.py

  sample-typed.docx     the sample notice, markers typed in the text
  sample-numbered.docx  the same with 一、/（一）/1. as Word automatic numbering
                        (chineseCounting, restarting in the second part)
  table.docx            a task table with a section row spanning it and a task
                        split over vertically merged rows
  tracked.docx          tracked insertions and deletions
  field-textbox.docx    a complex field, a simple field and a text box
  layout.docx           GB/T 9704 layout: A4, margins, red issuer mark, 小标宋 title,
                        仿宋_GB2312 body at 16 pt, 黑体 and 楷体 headings
  table-merged.docx     a task table whose units and deadlines are shared by
                        consecutive tasks, their cells merged down
  word-features.docx    a list defined through a numbering style, body text in a
                        style based on Heading 1, a Symbol-font bullet, a run-level
                        mc:AlternateContent, a tracked move of a numbered item, a
                        numbered paragraph cut by a page break
  pdf-lines.docx        generalization notice 28 as a PDF converted to Word gives it:
                        every printed line a paragraph of its own
  web-cut.docx          generalization notice 06 as pasted from a web page: one
                        task's unit clause cut by a stray paragraph mark (…按职责分 / 工负责）)
  layout-wrong.docx     the same text laid out wrongly: Letter paper, 25.4 mm
                        margins, black issuer mark, 宋体 title at 18 pt, 宋体
                        headings, body in 宋体 at 14 pt
"""
import copy
import os
import re

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsmap, qn

nsmap.setdefault("v", "urn:schemas-microsoft-com:vml")  # VML, for the legacy text box

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "guxian-2023-gzbg-fengong.txt")


def sample_paragraphs():
    """The sample's paragraphs as a Word user would have typed them: markdown
    marks gone, page-cut paragraphs joined, blank lines dropped."""
    out = []
    for line in open(SAMPLE, encoding="utf-8"):
        line = line.strip()
        if not line or re.fullmatch(r"-{3,}", line):
            continue
        line = re.sub(r"^#+\s*", "", line)
        line = re.sub(r"^-\s+", "", line)
        line = line.replace("**", "")
        out.append(line)
    joined = []
    for line in out:
        if joined and re.search(r"[\u4e00-\u9fff0-9A-Za-z，、]$", joined[-1]) and len(joined[-1]) >= 16 \
                and re.search(r"[，、；。]", joined[-1]) \
                and not re.match(r"^([一二三四五六七八九十]+、|[（(]|[0-9]+[.．])", line) \
                and not re.match(r"^[一二三四五六七八九十]+、", joined[-1]) and re.search(r"[，。、]", line):
            joined[-1] += line
        else:
            joined.append(line)
    return joined


def set_core(d, title):
    d.core_properties.title = title
    d.core_properties.author = "gongwen fixtures"


def write_typed():
    d = docx.Document()
    set_core(d, "2023年《政府工作报告》重点工作任务分工")
    for p in sample_paragraphs():
        d.add_paragraph(p)
    d.save(os.path.join(HERE, "sample-typed.docx"))


def numbering_part(d):
    return d.part.numbering_part.element


def add_abstract(numbering, abstract_id, fmt, text):
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), str(abstract_id))
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    a.append(lvl)
    # abstractNum elements precede num elements in the schema
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)


def add_num(numbering, num_id, abstract_id, restart=False):
    n = OxmlElement("w:num")
    n.set(qn("w:numId"), str(num_id))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(abstract_id))
    n.append(ref)
    if restart:
        o = OxmlElement("w:lvlOverride")
        o.set(qn("w:ilvl"), "0")
        s = OxmlElement("w:startOverride")
        s.set(qn("w:val"), "1")
        o.append(s)
        n.append(o)
    numbering.append(n)


def number(paragraph, num_id):
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.append(numpr)


def write_numbered():
    d = docx.Document()
    set_core(d, "2023年《政府工作报告》重点工作任务分工（自动编号）")
    numbering = numbering_part(d)
    add_abstract(numbering, 90, "chineseCounting", "%1、")
    add_abstract(numbering, 91, "chineseCounting", "（%1）")
    add_abstract(numbering, 92, "decimal", "%1.")
    add_num(numbering, 901, 90)
    add_num(numbering, 902, 91)
    add_num(numbering, 903, 92)
    add_num(numbering, 904, 90, restart=True)   # the second part restarts 一、
    add_num(numbering, 905, 91, restart=True)   # and （一）
    leader, unit = 901, 902
    in_attachment = False
    for p in sample_paragraphs():
        if p.startswith("18+16"):
            leader, unit = 904, 905
        if p.startswith("2023年《政府工作报告》重点工作"):
            in_attachment = True
        m1 = re.match(r"^[一二三四五六七八九十]+、(.*)$", p)
        m2 = re.match(r"^[（(][一二三四五六七八九十]+[）)]\s*(.*)$", p)
        m3 = re.match(r"^[0-9]+[.．](.*)$", p)
        if in_attachment and m1:
            number(d.add_paragraph(m1.group(1)), leader)
        elif in_attachment and m2 and "协同配合单位" not in p:
            number(d.add_paragraph(m2.group(1)), unit)
        elif in_attachment and m3:
            number(d.add_paragraph(m3.group(1)), 903)
        else:
            d.add_paragraph(p)
    d.save(os.path.join(HERE, "sample-numbered.docx"))


def table_notice(title, number, date, rows):
    """A notice of 平原县人民政府办公室 whose attachment, `title`, is the table `rows` (no cell merged yet)."""
    d = docx.Document()
    set_core(d, title)
    for p in ["平原县人民政府办公室关于印发%s的通知" % title, number, "各乡镇人民政府，县直各部门：",
              "现将《%s》印发给你们，请认真抓好落实。" % title, "平原县人民政府办公室", date, "附件", title]:
        d.add_paragraph(p)
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, values in enumerate(rows):
        for c, v in enumerate(values):
            if v:
                t.cell(r, c).text = v
    return d, t


def write_table():
    rows = [
        ["序号", "项目名称", "分管领导", "牵头单位", "配合单位", "完成时限", "备注"],
        ["一、产业发展（共2项）", "", "", "", "", "", ""],
        ["1", "食品产业园二期", "周某副县长", "县发改局", "县自然资源局、县住建局", "2024年10月底前", "省重点"],
        ["2", "新能源储能电站", "吴某某副县长", "县工信局", "县供电公司", "年底前", ""],
        ["", "", "", "", "城关镇人民政府", "", ""],
        ["二、社会事业（共1项）", "", "", "", "", "", ""],
        ["3", "县人民医院新院区", "郑某副县长", "县卫健局", "县财政局", "2024年9月", "市重点"],
    ]
    d, t = table_notice("2024年重点项目推进任务清单", "平政办发〔2024〕15号", "2024年3月8日", rows)
    t.cell(1, 0).merge(t.cell(1, 6))  # a section row across the table (gridSpan)
    t.cell(5, 0).merge(t.cell(5, 6))
    for c in (0, 1, 2, 3, 5, 6):       # task 2 over two rows (vMerge)
        t.cell(3, c).merge(t.cell(4, c))
    d.save(os.path.join(HERE, "table.docx"))


def tracked(run_xml_tag, text, author="审核人"):
    change = OxmlElement(run_xml_tag)
    change.set(qn("w:id"), str(abs(hash(text)) % 100000))
    change.set(qn("w:author"), author)
    change.set(qn("w:date"), "2024-03-01T00:00:00Z")
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if run_xml_tag == "w:del" else "w:t")
    t.text = text
    r.append(t)
    change.append(r)
    return change


def write_tracked():
    d = docx.Document()
    set_core(d, "修订痕迹")
    d.add_paragraph("附件")
    d.add_paragraph("重点工作任务分工")
    d.add_paragraph("一、王某县长负责的工作")
    p = d.add_paragraph("1.全县地区生产总值增长")
    p._p.append(tracked("w:del", "7%"))
    p._p.append(tracked("w:ins", "7.5%"))
    p.add_run("左右。")
    q = d.add_paragraph("（主要协同配合单位：县统计局")
    q._p.append(tracked("w:ins", "、县发展和改革局"))
    q.add_run("）")
    d.save(os.path.join(HERE, "tracked.docx"))


def complex_field(paragraph, instruction, result, nested=None):
    """A field: begin, its instruction (with a field `nested` = (instruction, result) inside it,
    whose result is an argument of the instruction), separate, its result, end."""
    def fld(kind):
        r = OxmlElement("w:r")
        c = OxmlElement("w:fldChar")
        c.set(qn("w:fldCharType"), kind)
        r.append(c)
        return r

    def instr(text):
        r = OxmlElement("w:r")
        it = OxmlElement("w:instrText")
        it.text = text
        r.append(it)
        paragraph._p.append(r)
    paragraph._p.append(fld("begin"))
    if nested:
        instr("IF ")
        complex_field(paragraph, *nested)
    instr(instruction)
    paragraph._p.append(fld("separate"))
    paragraph.add_run(result)
    paragraph._p.append(fld("end"))


def write_field_textbox():
    d = docx.Document()
    set_core(d, "域与文本框")
    p = d.add_paragraph("成文日期：")
    complex_field(p, ' DATE \\@ "yyyy年M月d日" ', "2024年3月1日")
    s = d.add_paragraph("本通知共")
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), " NUMPAGES ")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "3"
    r.append(t)
    simple.append(r)
    s._p.append(simple)
    s.add_run("个附件。")
    anchor = d.add_paragraph("正文段落带一个文本框。")
    # A VML text box (w:pict/v:shape/v:textbox/w:txbxContent), as Word 2003 and WPS write it.
    pict = OxmlElement("w:pict")
    shape = OxmlElement("v:shape")
    box = OxmlElement("v:textbox")
    content = OxmlElement("w:txbxContent")
    inner = OxmlElement("w:p")
    ir = OxmlElement("w:r")
    it = OxmlElement("w:t")
    it.text = "文本框里的说明文字"
    ir.append(it)
    inner.append(ir)
    content.append(inner)
    box.append(content)
    shape.append(box)
    pict.append(shape)
    run = anchor.add_run()
    run._r.append(pict)
    brk = d.add_paragraph("分页之前")
    brk.add_run().add_break(WD_BREAK.PAGE)
    brk.add_run("分页之后")
    d.save(os.path.join(HERE, "field-textbox.docx"))


def styled(d, text, font, size, color=None, align=None, bold=False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor
    p = d.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.font.bold = bold
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    rpr = r._r.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), font)
    return p


def write_layout(name="layout.docx", right=True):
    from docx.shared import Mm
    d = docx.Document()
    set_core(d, "版式")
    section = d.sections[0]
    if right:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)
    else:
        section.page_width, section.page_height = Mm(215.9), Mm(279.4)
        section.top_margin, section.bottom_margin = Mm(25.4), Mm(25.4)
        section.left_margin, section.right_margin = Mm(25.4), Mm(25.4)
    title_font, heading1, heading2, body, body_size = (
        ("方正小标宋简体", "黑体", "楷体_GB2312", "仿宋_GB2312", 16) if right else ("宋体", "宋体", "宋体", "宋体", 14))
    styled(d, "古县人民政府办公室文件", "方正小标宋简体", 36, color="FF0000" if right else None, align="center")
    styled(d, "古政办发〔2023〕11号", body, body_size, align="center")
    styled(d, "古县人民政府办公室关于印发重点工作任务分工的通知", title_font, 22 if right else 18, align="center")
    styled(d, "各乡（镇）人民政府，县直有关单位：", body, body_size)
    styled(d, "一、总体要求", heading1, 16)
    styled(d, "（一）加强组织领导", heading2, 16)
    styled(d, "现将任务分工印发给你们，请认真贯彻落实。", body, body_size)
    d.save(os.path.join(HERE, name))


def write_table_merged():
    """Units and deadlines shared by consecutive tasks, their cells merged down (vMerge)."""
    rows = [
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "推进政务服务一网通办", "县政务服务中心", "县大数据局", "2024年6月底前"],
        ["2", "优化营商环境评价", "", "", ""],
        ["3", "推行证明事项告知承诺制", "县司法局", "", "2024年9月底前"],  # no cooperating unit
        ["4", "开展企业走访服务", "县工信局", "县商务局", ""],
        ["5", "建设企业服务平台", "", "", ""],
        ["6", "规范涉企检查", "县市场监管局", "", "2024年12月底前"],
    ]
    d, t = table_notice("政务服务改革任务分工", "平政办发〔2024〕21号", "2024年4月2日", rows)
    for c in (2, 3, 4):                # tasks 1 and 2 share lead, cooperating units and deadline
        t.cell(1, c).merge(t.cell(2, c))
    for c in (2, 3):                   # tasks 4 and 5: the same units, different deadlines
        t.cell(4, c).merge(t.cell(5, c))
    t.cell(4, 4).merge(t.cell(6, 4))   # tasks 4 to 6: one deadline over three rows
    d.save(os.path.join(HERE, "table-merged.docx"))


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def level_xml(ilvl, fmt, text):
    return ('<w:lvl %s w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
            '<w:lvlJc w:val="left"/></w:lvl>' % (W, ilvl, fmt, text))


def numbered_paragraph(d, text, num_id, ilvl=0):
    p = d.add_paragraph(text)
    p._p.get_or_add_pPr().append(parse_xml(
        '<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (W, ilvl, num_id)))
    return p


def write_word_features():
    """What Word and WPS write that a reader easily gets wrong."""
    d = docx.Document()
    set_core(d, "Word 特性")
    numbering = numbering_part(d)
    first_num = numbering.find(qn("w:num"))

    def abstract(xml):
        e = parse_xml(xml)
        if first_num is not None:
            first_num.addprevious(e)
        else:
            numbering.append(e)

    # A list defined through a numbering style: abstract 90 only links to the style (numStyleLink),
    # abstract 91 defines it (styleLink); num 90 uses the first, the style's num 91 the second.
    abstract('<w:abstractNum %s w:abstractNumId="90"><w:numStyleLink w:val="GWList"/></w:abstractNum>' % W)
    abstract('<w:abstractNum %s w:abstractNumId="91"><w:styleLink w:val="GWList"/>%s%s</w:abstractNum>'
             % (W, level_xml(0, "chineseCounting", "%1、"), level_xml(1, "chineseCounting", "（%2）")))
    # Bullets drawn from the Symbol font's private-use code F0B7.
    abstract('<w:abstractNum %s w:abstractNumId="92">%s</w:abstractNum>' % (W, level_xml(0, "bullet", "\uf0b7")))
    abstract('<w:abstractNum %s w:abstractNumId="93">%s</w:abstractNum>' % (W, level_xml(0, "decimal", "%1.")))
    abstract('<w:abstractNum %s w:abstractNumId="94">%s</w:abstractNum>'
             % (W, level_xml(0, "chineseCounting", "（%1）")))
    for num_id in (90, 91, 92, 93, 94):
        add_num(numbering, num_id, num_id)
    d.styles.element.append(parse_xml(
        '<w:style %s w:type="numbering" w:styleId="GWList"><w:name w:val="GW List"/>'
        '<w:pPr><w:numPr><w:numId w:val="91"/></w:numPr></w:pPr></w:style>' % W))
    # Body text (outline level 9) in a style based on Heading 1.
    d.styles.element.append(parse_xml(
        '<w:style %s w:type="paragraph" w:customStyle="1" w:styleId="BodyFromHeading"><w:name w:val="正文缩进"/>'
        '<w:basedOn w:val="Heading1"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>' % W))

    numbered_paragraph(d, "总体要求", 90)
    numbered_paragraph(d, "主要任务", 90)
    numbered_paragraph(d, "细项", 90, 1)
    d.add_paragraph("一级标题", style="Heading 1")
    d.add_paragraph("正文级别", style="正文缩进")
    body = d.add_paragraph("段落正文级别", style="Heading 1")
    body._p.get_or_add_pPr().append(parse_xml('<w:outlineLvl %s w:val="9"/>' % W))
    numbered_paragraph(d, "要点", 92)
    # A symbol Word 2016 writes as w16se:symEx with a fallback older readers show.
    p = d.add_paragraph("完成情况")
    p._p.append(parse_xml(
        '<w:r %s %s xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex">'
        '<mc:AlternateContent><mc:Choice Requires="w16se"><w16se:symEx w16se:font="Segoe UI Emoji" w16se:char="2714"/>'
        '</mc:Choice><mc:Fallback><w:t>✔</w:t></mc:Fallback></mc:AlternateContent></w:r>' % (W, MC)))
    p.add_run("已完成")
    # A numbered item moved (tracked) from second place to last: its mark and text are w:moveFrom.
    def moved_item(tag, first_id):  # w:moveFrom (where it was) or w:moveTo (where it went)
        p = numbered_paragraph(d, "", 93)
        change = 'w:author="审核人" w:date="2024-03-01T00:00:00Z"'
        p._p.get_or_add_pPr().append(parse_xml('<w:rPr %s><%s w:id="%d" %s/></w:rPr>' % (W, tag, first_id, change)))
        p._p.append(parse_xml('<%s %s w:id="%d" %s><w:r><w:t>被移走的一项</w:t></w:r></%s>'
                              % (tag, W, first_id + 1, change, tag)))

    numbered_paragraph(d, "第一项", 93)
    moved_item("w:moveFrom", 801)
    numbered_paragraph(d, "第二项", 93)
    moved_item("w:moveTo", 803)
    # A numbered paragraph cut by a page break: the label belongs to its first half.
    numbered_paragraph(d, "第一项工作。", 94)
    cut = numbered_paragraph(d, "加快推进产业转型升级。持续优化营商环境，推动高质", 94)
    cut.runs[0].add_break(WD_BREAK.PAGE)
    cut.add_run("量发展全面提质提速。")
    # A numbered paragraph that opens with a page break: the label goes with its text.
    opens = numbered_paragraph(d, "", 94)
    opens.add_run().add_break(WD_BREAK.PAGE)
    opens.add_run("第三项工作。")
    # A field inside another field's instruction: its result (9) is an argument, not text.
    complex_field(d.add_paragraph("结果："), ' = 9 "乙" "甲"', "乙", nested=("= 4+5", "9"))
    d.save(os.path.join(HERE, "word-features.docx"))


def write_lines(name, notice):
    """A notice whose every non-blank line is a paragraph."""
    d = docx.Document()
    path = os.path.join(HERE, "..", "generalization", notice)
    for line in open(path, encoding="utf-8"):
        if line.strip():
            d.add_paragraph(line.strip())
    d.save(os.path.join(HERE, name))


if __name__ == "__main__":
    write_typed()
    write_numbered()
    write_table()
    write_tracked()
    write_field_textbox()
    write_layout()
    write_layout("layout-wrong.docx", right=False)
    write_table_merged()
    write_word_features()
    write_lines("pdf-lines.docx", "28_linxi_qu_pdf_zhehang.txt")
    write_lines("web-cut.docx", "06_guowuyuan_gzbg_bumen_fengong.txt")
