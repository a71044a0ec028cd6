#!/usr/bin/python3
"""Round 120, notice 614: a county notice as python docx2txt 0.8 reads its DOCX.

Path: a 县政府办 red-header Word notice with a landscape 附件 table is published as
a .docx; a knowledge-base / corpus pipeline loads it with LangChain's
Docx2txtLoader or LlamaIndex's DocxReader, both of which call
``docx2txt.process(path)`` (PyPI docx2txt 0.8), and the page_content is written to
a .txt (UTF-8, LF, no final newline).

docx2txt is not installed here, so ``docx2txt_process`` below re-implements
docx2txt 0.8's ``process``/``xml2text`` exactly:
  * header parts, then word/document.xml, then footer parts, in zip order;
  * a pre-order walk of every element: ``w:p`` -> "\\n\\n" (before its text),
    ``w:t`` -> its text, ``w:tab`` -> "\\t" (tab *stop definitions* in
    ``w:pPr/w:tabs`` included), ``w:br``/``w:cr`` -> "\\n";
  * automatic numbering, field codes (w:instrText) and drawing shapes give nothing;
    a text box's text appears twice (mc:Choice and mc:Fallback);
  * the result is ``.strip()``-ed.

The DOCX itself is built with python-docx (0.8.11) in a temporary directory and
re-zipped with fixed timestamps, so every run gives the same bytes.

Writes:
  614_xingchuan_xian_gzbg_renwu_fenjie_docx2txt.txt
  614_xingchuan_xian_gzbg_renwu_fenjie_docx2txt.tasks.gold.jsonl
"""
import datetime
import io
import json
import os
import re
import tempfile
import zipfile
import xml.etree.ElementTree as ET

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "614_xingchuan_xian_gzbg_renwu_fenjie_docx2txt"
NOTICE = os.path.join(HERE, BASE + ".txt")
GOLD = os.path.join(HERE, BASE + ".tasks.gold.jsonl")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

MERGE = None  # a cell merged with the one above (w:vMerge continue)

# ---------------------------------------------------------------------------
# The task table.  Each task: number, task paragraphs, leader cell, lead cell,
# cooperating cell, deadline.
#   leader cell: list of paragraphs (each a string), or MERGE
#   lead cell:   list of lines parted by w:br inside one paragraph, or MERGE
#   coop cell:   list of lines parted by w:br inside one paragraph
# ---------------------------------------------------------------------------
PARTS = [
    ("一、全力稳住经济增长（5项）", [
        (1, ["全县地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长8%以上。"],
         ["韩立诚"], ["县发展和改革局"], ["县统计局、县财政局、县工业和信息化局"], "2025年12月底"),
        (2, ["强化经济运行监测调度，建立重点行业、重点企业月度分析机制，及时协调解决经济运行中的困难和问题。"],
         MERGE, ["县统计局"], ["县发展和改革局、县工业和信息化局、县商务局"], "持续推进"),
        (3, ["全力争取中央和省预算内投资、超长期特别国债、地方政府专项债券等资金，全年争取上级资金30亿元以上。"],
         MERGE, ["县发展和改革局", "县财政局"], ["县直各有关单位"], "2025年12月底"),
        (4, ["落实结构性减税降费政策，加强财源建设，兜牢“三保”底线，严控一般性支出，“三公”经费只减不增。"],
         ["邓怀远", "韩立诚"], ["县财政局"], ["县税务局"], "2025年12月底"),
        (5, ["有序推进地方政府债务风险化解，稳妥处置融资平台存量债务，守住不发生区域性风险底线。"],
         ["韩立诚"], ["县财政局"], ["县金融工作服务中心、县审计局，荇川城市建设投资集团有限公司"], "持续推进"),
    ]),
    ("二、加快产业转型升级（5项）", [
        (6, ["实施新型工业化攻坚行动，新增规模以上工业企业15家，规模以上工业产值突破300亿元。"],
         ["周　敏"], ["县工业和信息化局"], ["县发展和改革局、县统计局、荇川经济开发区管委会"], "2025年12月底"),
        (7, ["推动荇川经济开发区扩区调位，建成标准化厂房20万平方米，园区亩均税收提高10%。"],
         MERGE, ["荇川经济开发区管委会"], ["县自然资源局、县住房和城乡建设局、县工业和信息化局"], "2025年10月底"),
        (8, ["大力培育科技型企业，新认定高新技术企业10家、科技型中小企业40家，研发经费投入强度达到2%。"],
         MERGE, ["县科学技术局"], ["县工业和信息化局、县财政局、县统计局"], "2025年12月底"),
        (9, ["推进文旅融合发展，支持荇湖湿地公园创建国家4A级旅游景区，全年接待游客突破500万人次。"],
         ["高振宇"], ["县文化和旅游局"], ["县自然资源局、县林业局、县交通运输局"], "2025年11月底"),
        (10, ["完善县域商业体系，建成县级物流配送中心1个，乡镇快递服务站点实现全覆盖。",
              "其中，农村电商网络零售额增长12%以上。"],
         MERGE, ["县商务局"], ["县交通运输局、县邮政分公司"], "2025年12月底"),
    ]),
    ("三、扩大有效投资和消费（4项）", [
        (11, ["实施重点项目建设“攻坚年”行动，全年安排县级重点项目120个，完成投资150亿元以上。"],
         ["高振宇、林晓岚"], ["县发展和改革局、县住房和城乡建设局"],
         ["县自然资源局、县财政局、市生态环境局荇川分局，各乡镇人民政府"], "2025年12月底"),
        (12, ["加快县城北外环、荇川至青檀公路改建工程建设，年内完成投资8亿元。"],
         ["林晓岚"], ["县交通运输局"], ["县自然资源局、县财政局"], "2025年12月底"),
        (13, ["开展促消费系列活动，落实汽车、家电以旧换新政策，社会消费品零售总额增长6.5%。"],
         MERGE, ["县商务局"], ["县财政局、县市场监督管理局、县统计局"], "2025年12月底"),
        (14, ["促进房地产市场平稳健康发展，实施城镇老旧小区改造12个、城中村改造300户。"],
         MERGE, ["县住房和城乡建设局"], ["县财政局、县自然资源局", "县城市管理局"], "2025年11月底"),
    ]),
    ("四、深入推进乡村全面振兴（5项）", [
        (15, ["稳定粮食生产，全年粮食播种面积稳定在52万亩以上，总产量稳定在20万吨以上。"],
         ["罗天佑"], ["县农业农村局"], ["县发展和改革局、县财政局、县自然资源局，各乡镇人民政府"], "2025年10月底"),
        (16, ["新建高标准农田3万亩，实施小型农田水利设施提升工程，新增有效灌溉面积5000亩。"],
         MERGE, MERGE, ["县水利局、县财政局"], "2025年12月底"),
        (17, ["巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制，确保不发生规模性返贫致贫。"],
         MERGE, MERGE, ["县民政局、县人力资源和社会保障局、县医疗保障局、县教育局，各乡镇人民政府"], "持续推进"),
        (18, ["实施农村人居环境整治提升行动，农村卫生厕所普及率达到85%，生活垃圾收运处置体系行政村全覆盖。"],
         MERGE, ["县农业农村局、县住房和城乡建设局"], ["县卫生健康局、市生态环境局荇川分局，各乡镇人民政府"],
         "2025年12月底"),
        (19, ["完成3座小型水库除险加固，实施农村供水保障工程，农村自来水普及率达到92%。"],
         MERGE, ["县水利局"], ["/"], "2025年11月底"),
    ]),
    ("五、持续深化改革开放（4项）", [
        (20, ["深化“高效办成一件事”改革，政务服务事项“一网通办”率达到95%以上。"],
         ["韩立诚"], ["县政务服务中心"], ["县直各有关单位"], "2025年12月底"),
        (21, ["持续优化营商环境，开展涉企行政检查专项整治，全面落实轻微违法行为“首违不罚”清单制度。"],
         MERGE, ["县发展和改革局"], ["县司法局、县市场监督管理局、县政务服务中心"], "持续推进"),
        (22, ["深化县属国有企业改革，推进整合重组和市场化转型，完成2家融资平台公司转型。"],
         ["周　敏"], ["县财政局"], ["县审计局、荇川城市建设投资集团有限公司"], "2025年12月底"),
        (23, ["强化招商引资，全年新签约亿元以上项目40个，到位县外资金80亿元以上。"],
         ["邓怀远"], ["县投资促进中心"],
         ["县发展和改革局、县工业和信息化局、县商务局，荇川经济开发区管委会，各乡镇人民政府"], "2025年12月底"),
    ]),
    ("六、着力保障和改善民生（6项）", [
        (24, ["实施就业优先政策，城镇新增就业3000人，农村劳动力转移就业8万人次。"],
         ["林晓岚"], ["县人力资源和社会保障局"], ["县财政局、县农业农村局"], "2025年12月底"),
        (25, ["新建县城第二实验小学，改扩建乡镇公办幼儿园5所，推进县域义务教育优质均衡发展。"],
         MERGE, ["县教育局"], ["县发展和改革局、县财政局、县自然资源局、县住房和城乡建设局"], "2025年8月底"),
        (26, ["推进紧密型县域医共体建设，县人民医院胸痛中心、卒中中心通过省级验收。"],
         MERGE, ["县卫生健康局"], ["县医疗保障局", "县人民医院"], "2025年12月底"),
        (27, ["完善养老服务体系，新建乡镇区域养老服务中心3个，发展城乡社区老年助餐服务。"],
         MERGE, ["县民政局"], ["县财政局、县卫生健康局，各乡镇人民政府"], "2025年12月底"),
        (28, ["深化平安荇川建设，常态化开展扫黑除恶斗争，严厉打击电信网络诈骗等违法犯罪。"],
         ["马骏飞"], ["县公安局"], ["县司法局，各乡镇人民政府"], "持续推进"),
        (29, ["开展安全生产治本攻坚三年行动，压实安全生产责任，坚决遏制较大及以上生产安全事故。"],
         MERGE, ["县应急管理局"], ["县直各有关单位，各乡镇人民政府"], "持续推进"),
    ]),
    ("七、加强政府自身建设（3项）", [
        (30, ["严格落实重大行政决策程序规定，推进法治政府建设示范创建。"],
         ["邓怀远"], ["县司法局"], ["县政府办公室"], "2025年12月底"),
        (31, ["认真办理人大代表建议和政协委员提案，按期办复率达到100%。"],
         ["韩立诚"], ["县政府办公室"], ["各承办单位"], "2025年9月底"),
        (32, ["加强审计监督，开展政府投资项目和重点民生资金专项审计，推动问题整改到位。"],
         MERGE, ["县审计局"], ["/"], "2025年12月底"),
    ]),
]

TITLE_1 = "荇川县人民政府办公室关于印发2025年县《政府工作报告》"
TITLE_2 = "重点工作任务分解表的通知"
ATTACH_TITLE = "2025年县《政府工作报告》重点工作任务分解表"


# ---------------------------------------------------------------------------
# python-docx helpers
# ---------------------------------------------------------------------------
def font(run, east=FS, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    rfonts.set(qn("w:eastAsia"), east)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def para(container, text="", east=FS, size=16, bold=False, align=None,
         first_indent=None, left_indent=None, right_indent=None, line=Pt(28)):
    p = container.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = first_indent
    if left_indent is not None:
        pf.left_indent = left_indent
    if right_indent is not None:
        pf.right_indent = right_indent
    if line is not None:
        pf.line_spacing = line
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if text:
        font(p.add_run(text), east, size, bold)
    return p


TEXTBOX = (
    '<w:p %s><w:pPr><w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr>'
    '<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
    '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264"'
    ' behindDoc="0" locked="1" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
    '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
    '<wp:positionV relativeFrom="page"><wp:posOffset>1260000</wp:posOffset></wp:positionV>'
    '<wp:extent cx="5615940" cy="720000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
    '<wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>'
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
    '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
    '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5615940" cy="720000"/></a:xfrm>'
    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
    '<wps:txbx><w:txbxContent>{P}</w:txbxContent></wps:txbx>'
    '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr" anchorCtr="0">'
    '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
    '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
    '<v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;left:0;text-align:left;'
    'margin-left:0;margin-top:99.2pt;width:442.2pt;height:56.7pt;z-index:251659264;mso-position-horizontal:center;'
    'mso-position-horizontal-relative:margin;mso-position-vertical-relative:page" filled="f" stroked="f">'
    '<v:textbox inset="0,0,0,0"><w:txbxContent>{P}</w:txbxContent></v:textbox>'
    '<w10:wrap type="topAndBottom" anchorx="margin" anchory="page"/><w10:anchorlock/></v:shape></w:pict>'
    '</mc:Fallback></mc:AlternateContent></w:r></w:p>'
)
TEXTBOX_P = (
    '<w:p><w:pPr><w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="distribute"/></w:pPr>'
    '<w:r><w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s"/><w:color w:val="FF0000"/>'
    '<w:w w:val="80"/><w:sz w:val="100"/><w:szCs w:val="100"/></w:rPr><w:t>荇川县人民政府办公室文件</w:t></w:r></w:p>'
    % (XBS, XBS, XBS)
)


def add_numbering(doc):
    """A one-level chineseCounting list `一、` for the cover's three points."""
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        '<w:abstractNum %s w:abstractNumId="20"><w:nsid w:val="3A6F1C52"/>'
        '<w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="5B2C0E18"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:eastAsia="%s" w:hint="eastAsia"/></w:rPr></w:lvl></w:abstractNum>'
        % (nsdecls("w"), HT))
    num = parse_xml('<w:num %s w:numId="20"><w:abstractNumId w:val="20"/></w:num>' % nsdecls("w"))
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(abstract)
    numbering.append(num)


def numbered(p):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="20"/></w:numPr>' % nsdecls("w")))


def bottom_rule(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml('<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="6" w:color="%s"/></w:pBdr>'
                         % (nsdecls("w"), sz, color)))


def page_field(p, cached, east="宋体", size=14):
    font(p.add_run("— "), east, size)
    p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>' % nsdecls("w")))
    p._p.append(parse_xml('<w:r %s><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' % nsdecls("w")))
    p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % nsdecls("w")))
    font(p.add_run(cached), east, size)
    p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % nsdecls("w")))
    font(p.add_run(" —"), east, size)


def cell_para(cell, first=True):
    if first:
        p = cell.paragraphs[0]
    else:
        p = cell.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(18)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    return p


def fill_lines(cell, lines, size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER, east=FS):
    """One paragraph, lines parted by w:br."""
    p = cell_para(cell)
    p.alignment = align
    for i, line in enumerate(lines):
        r = font(p.add_run(line), east, size)
        if i < len(lines) - 1:
            r.add_break()


def fill_paras(cell, paras, size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER, east=FS, bold=False):
    for i, text in enumerate(paras):
        p = cell_para(cell, first=(i == 0))
        p.alignment = align
        font(p.add_run(text), east, size, bold)


def header_row(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


# ---------------------------------------------------------------------------
# build the DOCX
# ---------------------------------------------------------------------------
def build_docx(path):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(16)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 3, 14, 9, 30, 0)
    cp.author = "xzfb"
    cp.last_modified_by = "县政府办文秘科"
    cp.title = ""
    cp.comments = ""
    cp.revision = 7
    cp.created = fixed
    cp.modified = datetime.datetime(2025, 3, 14, 16, 5, 0)
    cp.last_printed = datetime.datetime(2025, 3, 14, 16, 0, 0)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.header_distance, sec.footer_distance = Cm(1.5), Cm(2.8)

    add_numbering(doc)
    body = doc.element.body

    # 版头: issuer mark in a text box anchored to the first paragraph
    tb = parse_xml(TEXTBOX.replace("{P}", TEXTBOX_P) % " ".join(
        'xmlns:%s="%s"' % kv for kv in (
            ("w", W_NS),
            ("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
            ("wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"),
            ("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006"),
            ("v", "urn:schemas-microsoft-com:vml"),
            ("o", "urn:schemas-microsoft-com:office:office"),
            ("w10", "urn:schemas-microsoft-com:office:word"))))
    body.insert(0, tb)
    para(doc)
    para(doc)
    p = para(doc, "荇政办发〔2025〕7号", align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_rule(p)
    para(doc)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(33))
    r = font(p.add_run(TITLE_1), XBS, 22)
    r.add_break()
    font(p.add_run(TITLE_2), XBS, 22)
    para(doc)
    para(doc, "各乡镇人民政府，荇川经济开发区管委会，县政府各部门，县直各单位：")
    para(doc, "《政府工作报告》已经县第十八届人民代表大会第五次会议审议通过。为确保报告确定的目标任务落到实处，"
              "经县人民政府同意，现将《2025年县〈政府工作报告〉重点工作任务分解表》印发给你们，并就有关事项通知如下：",
         first_indent=Pt(32))
    cover = [
        ("提高思想认识。", "《政府工作报告》是县人民政府向全县人民作出的郑重承诺，是全年工作的总纲。各乡镇、各部门要"
         "把落实报告确定的目标任务作为全年工作的重中之重，细化工作措施，明确时间节点，确保各项任务按期完成。"),
        ("压实工作责任。", "责任县领导要加强对分管领域任务落实的统筹调度，定期听取汇报，协调解决重大问题。牵头单位对"
         "牵头任务负总责，主要负责同志为第一责任人；牵头单位有两个的，排在第一位的为主牵头单位，负责统筹协调。配合单位"
         "要各司其职、主动对接，形成工作合力。《分解表》对每项任务均明确了责任县领导、牵头单位和完成时限。"),
        ("强化督查考核。", "县政府督查室要将各项任务纳入年度督查督办重点，实行清单管理、挂图作战。各牵头单位要于每季度"
         "最后一个月25日前将任务进展情况书面报送县政府督查室（联系人：刘　畅，联系电话：6812345）。任务落实情况纳入年度"
         "绩效考核，对工作推进不力、未按时限完成任务的，按有关规定严肃问责。"),
    ]
    for lead_in, rest in cover:
        p = para(doc)
        numbered(p)
        font(p.add_run(lead_in), HT, 16)
        font(p.add_run(rest), FS, 16)
    para(doc)
    para(doc, "附件：" + ATTACH_TITLE, left_indent=Pt(80), first_indent=Pt(-48))
    para(doc)
    para(doc)
    para(doc)
    para(doc, "荇川县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, right_indent=Pt(64))
    para(doc, "2025年3月14日", align=WD_ALIGN_PARAGRAPH.RIGHT, right_indent=Pt(64))
    para(doc)
    para(doc, "（此件公开发布）", first_indent=Pt(32))

    # footers (odd / even), empty headers, as the 公文 template has them
    doc.settings.odd_and_even_pages_header_footer = True
    sec.header.is_linked_to_previous = False
    sec.even_page_header.is_linked_to_previous = False
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.paragraph_format.right_indent = Pt(14)
    page_field(fp, "1")
    ep = sec.even_page_footer.paragraphs[0]
    ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
    ep.paragraph_format.left_indent = Pt(14)
    page_field(ep, "2")

    # 附件: landscape section
    land = doc.add_section(WD_SECTION.NEW_PAGE)
    land.orientation = WD_ORIENT.LANDSCAPE
    land.page_width, land.page_height = Cm(29.7), Cm(21.0)
    land.top_margin, land.bottom_margin = Cm(2.8), Cm(2.6)
    land.left_margin, land.right_margin = Cm(3.7), Cm(3.5)
    para(doc, "附件", east=HT)
    para(doc, ATTACH_TITLE, east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    para(doc)

    spans = []
    widths = [Cm(1.3), Cm(8.8), Cm(2.6), Cm(3.6), Cm(5.0), Cm(2.6)]
    nrows = 1 + sum(1 + len(tasks) for _, tasks in PARTS)
    table = doc.add_table(rows=nrows, cols=6)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in table.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]
    hdr = table.rows[0]
    header_row(hdr)
    for i, h in enumerate(["序号", "重点任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]):
        fill_paras(hdr.cells[i], [h], size=12, east=HT)
    r = 1
    for part, tasks in PARTS:
        row = table.rows[r]
        merged = row.cells[0].merge(row.cells[5])
        fill_paras(merged, [part], size=12, east=HT, align=WD_ALIGN_PARAGRAPH.LEFT)
        r += 1
        top = {2: None, 3: None}
        for (n, task, leader, lead, coop, deadline) in tasks:
            cells = table.rows[r].cells
            fill_paras(cells[0], [str(n)])
            fill_paras(cells[1], task, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            for col, val in ((2, leader), (3, lead)):
                if val is MERGE:
                    top[col][1] = r          # extend the span above
                    continue
                if col == 2:
                    fill_paras(cells[2], val)
                else:
                    fill_lines(cells[3], val)
                top[col] = [r, r]
                spans.append((col, top[col]))
            fill_lines(cells[4], coop)
            fill_paras(cells[5], [deadline])
            r += 1
    for col, (a, b) in spans:
        if b > a:
            table.cell(a, col).merge(table.cell(b, col))

    para(doc, "注：牵头单位栏列有两个单位的，排在第一位的为主牵头单位；配合单位栏为“/”的，表示该项任务由牵头单位负责落实。",
         size=12, line=Pt(20))

    # 版记 on a portrait last page
    last = doc.add_section(WD_SECTION.NEW_PAGE)
    last.orientation = WD_ORIENT.PORTRAIT
    last.page_width, last.page_height = Cm(21.0), Cm(29.7)
    last.top_margin, last.bottom_margin = Cm(3.7), Cm(3.5)
    last.left_margin, last.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(3):
        para(doc)
    bj = doc.add_table(rows=2, cols=1)
    tblpr = bj._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders>' % nsdecls("w")))
    p = cell_para(bj.cell(0, 0))
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    font(p.add_run("抄送：县委各部门，县人大常委会办公室，县政协办公室，县人民法院，县人民检察院。"), FS, 14)
    p = cell_para(bj.cell(1, 0))
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), WD_TAB_ALIGNMENT.RIGHT)
    font(p.add_run("荇川县人民政府办公室"), FS, 14)
    p.add_run().add_tab()
    font(p.add_run("2025年3月14日印发"), FS, 14)

    buf = io.BytesIO()
    doc.save(buf)
    # re-zip with fixed timestamps (Word itself writes 1980-01-01)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0
            out.writestr(zi, src.read(info.filename))


# ---------------------------------------------------------------------------
# docx2txt 0.8 (ankushshah89/python-docx2txt), re-implemented exactly
# ---------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _qn(tag):
    prefix, tagroot = tag.split(":")
    return "{%s}%s" % ({"w": W_NS}[prefix], tagroot)


def xml2text(xml):
    text = u""
    root = ET.fromstring(xml)
    for child in root.iter():
        if child.tag == _qn("w:t"):
            t_text = child.text
            text += t_text if t_text is not None else ""
        elif child.tag == _qn("w:tab"):
            text += "\t"
        elif child.tag in (_qn("w:br"), _qn("w:cr")):
            text += "\n"
        elif child.tag == _qn("w:p"):
            text += "\n\n"
    return text


def docx2txt_process(docx):
    text = u""
    zipf = zipfile.ZipFile(docx)
    filelist = zipf.namelist()
    header_xmls = "word/header[0-9]*.xml"
    for fname in filelist:
        if re.match(header_xmls, fname):
            text += xml2text(zipf.read(fname))
    doc_xml = "word/document.xml"
    text += xml2text(zipf.read(doc_xml))
    footer_xmls = "word/footer[0-9]*.xml"
    for fname in filelist:
        if re.match(footer_xmls, fname):
            text += xml2text(zipf.read(fname))
    zipf.close()
    return text.strip()


# ---------------------------------------------------------------------------
# gold
# ---------------------------------------------------------------------------
def split_units(lines):
    out = []
    for line in lines:
        if line == "/":
            continue
        out += [u for u in re.split(r"[、，；]", line) if u]
    return out


def gold_records():
    recs = []
    for _, tasks in PARTS:
        cur_leader = cur_lead = None
        for (n, task, leader, lead, coop, deadline) in tasks:
            if leader is not MERGE:
                cur_leader = leader
            if lead is not MERGE:
                cur_lead = lead
            leaders = []
            for p in cur_leader:
                leaders += [x.replace("\u3000", "").replace(" ", "") for x in p.split("、")]
            leads = split_units(cur_lead)
            coops = split_units(coop)
            recs.append({
                "id": str(n),
                "marker": str(n),
                "head": task[0][:12],
                "responsible_units": leads + coops,
                "lead_units": leads,
                "cooperating_units": coops,
                "leaders": leaders,
                "deadline": deadline,
            })
    return recs


def main():
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "荇政办发〔2025〕7号.docx")
        build_docx(src)
        text = docx2txt_process(src)
    with open(NOTICE, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    with open(GOLD, "w", encoding="utf-8", newline="\n") as f:
        for rec in gold_records():
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", os.path.basename(NOTICE), len(text.encode("utf-8")), "bytes")
    print("wrote", os.path.basename(GOLD))


if __name__ == "__main__":
    main()
