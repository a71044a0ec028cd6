#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 69, notice 378: a 市医疗保障局 分工 notice as an OA system's server-side 套红 exports it.

The OA fills its 红头 template (issuer mark, 文号, title, 主送, 署名, 日期, 附注, 版记) as ordinary
paragraphs and drops two alternative-format chunks (w:altChunk) into it, the way docx4j /
Open XML SDK based 套红 services do:
  * the 正文 as typed in the OA's web rich-text editor: an HTML part (text/html, UTF-8);
  * the 附件 the drafter uploaded: a whole .docx package (…document.main+xml) holding the
    task table, whose 序号 column is Word automatic numbering defined in the chunk's own
    numbering.xml (numId 10 there is decimal; numId 10 in the outer template is a
    chineseCounting list).
Word merges the chunks when it opens the file; nothing of the 正文 or the task table is in
word/document.xml itself.  The lead rule and its one exception are stated only in the HTML 正文.

Run: /usr/bin/python3 make_docx_round69_378.py
"""
import copy
import io
import os

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "378_congyang_shi_yibaoju_altchunk_fengong.docx")

RT_AFCHUNK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"
CT_DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"

ISSUER = "琮阳市医疗保障局"
WENHAO = "琮医保发〔2026〕5号"
DATE = "2026年2月27日"
FUJIAN_TITLE = "2026年全市医疗保障重点工作任务分工方案"

# ---------------------------------------------------------------------------------------
# the task table (附件).  Each section: (heading, [(task, leader_cell, units_cell, deadline)]).
# leader_cell: a string, a list (one paragraph each), or None = merged with the row above.
# units_cell: a string (units parted by 、) or a list (one unit per paragraph).
# ---------------------------------------------------------------------------------------
SECTIONS = [
    ("一、巩固完善多层次医疗保障体系（6项）", [
        ("落实基本医疗保险市级统筹政策，规范统一全市参保缴费、待遇支付和经办服务，做好统筹调剂金年度清算。",
         "邵明辉", "待遇保障科、规划财务和法规科、市医疗保障事业管理中心", "2026年12月底"),
        ("深入实施全民参保计划，推进参保扩面和精准参保，全市基本医疗保险参保率稳定在95%以上。",
         None, ["市医疗保障事业管理中心", "待遇保障科", "市税务局", "各县（市、区）医疗保障局"], "持续推进"),
        ("健全职工基本医疗保险门诊共济保障机制，落实个人账户家庭共济政策，将共济范围扩大至近亲属。",
         None, "待遇保障科、市医疗保障事业管理中心", "2026年6月底"),
        ("完善城乡居民大病保险和医疗救助制度，健全防范化解因病返贫致贫长效机制。",
         None, "待遇保障科、市民政局、市农业农村局", "持续推进"),
        ("稳步推进长期护理保险制度试点，制定《琮阳市长期护理保险失能等级评估管理办法》。",
         "唐蔚然", "待遇保障科、医药服务管理科、市卫生健康委、市民政局", "2026年9月底"),
        ("落实生育保险待遇和灵活就业人员参加职工医保政策，生育医疗费用实现“免申即享”。",
         "邵明辉", "待遇保障科、市医疗保障事业管理中心、市人力资源社会保障局", "2026年6月底"),
    ]),
    ("二、深化医药服务供给侧改革（7项）", [
        ("执行国家和省组织药品、医用耗材集中带量采购结果，做好中选产品落地使用和医保资金结余留用考核。",
         "唐蔚然", "医药价格和招标采购科、市医疗保障事业管理中心、市卫生健康委", "持续推进"),
        ("健全医疗服务价格动态调整机制，开展2026年度调价评估，按程序调整一批医疗服务价格项目。",
         None, "医药价格和招标采购科、规划财务和法规科、市卫生健康委", "2026年10月底"),
        ("全面推进按病组（DRG）付费改革，实现统筹区、医疗机构、病种、医保基金“四个全覆盖”。",
         ["林思远", "唐蔚然"], "医药服务管理科、市医疗保障事业管理中心、各县（市、区）医疗保障局", "2026年12月底"),
        ("完善医保支持中医药传承创新发展政策，遴选一批中医优势病种实行按病种付费。",
         "唐蔚然", "医药服务管理科、市卫生健康委", "2026年11月底"),
        ("规范定点医药机构协议管理，完善申请、评估、退出全流程管理，将符合条件的村卫生室纳入医保定点。",
         None, "市医疗保障事业管理中心、医药服务管理科、各县（市、区）医疗保障局", "2026年8月底"),
        ("推进医保药品耗材追溯码应用，实现定点医药机构追溯码“应采尽采、依码结算”。",
         None, "医药服务管理科、基金监管科、市医疗保障事业管理中心", "2026年6月底"),
        ("加强“双通道”谈判药品管理，新增遴选一批“双通道”定点零售药店，保障谈判药品供应和使用。",
         None, "医药服务管理科、市医疗保障事业管理中心", "持续推进"),
    ]),
    ("三、守牢医保基金安全底线（6项）", [
        ("开展医保基金管理突出问题专项整治，聚焦骨科、血液净化、康复、检查检验等重点领域开展飞行检查。",
         "贺中原", ["基金监管科", "市医疗保障基金监管中心", "市卫生健康委", "市公安局", "市市场监管局"], "2026年11月底"),
        ("深化医保智能监管，推广医保大数据反欺诈模型应用，智能监管子系统实现定点医药机构全覆盖。",
         None, "市医疗保障基金监管中心、基金监管科、规划财务和法规科", "2026年9月底"),
        ("健全医保信用评价体系，落实定点医药机构相关人员医保支付资格“驾照式记分”管理。",
         None, "基金监管科、市医疗保障事业管理中心", "2026年12月底"),
        ("加强医保基金预算管理和运行分析，开展基金运行风险评估预警，确保基金收支平衡、略有结余。",
         "林思远", "规划财务和法规科、市医疗保障事业管理中心、市财政局", "持续推进"),
        ("落实医保基金社会监督员制度，完善举报奖励机制，按规定兑现举报奖励。",
         "贺中原", "基金监管科", "持续推进"),
        ("推进医保基金监管执法体系建设，规范行政执法行为，开展行政执法案卷评查。",
         None, "基金监管科、规划财务和法规科、市医疗保障基金监管中心", "2026年10月底"),
    ]),
    ("四、提升医保公共服务水平（6项）", [
        ("推进医保经办服务体系建设，实现市、县、乡、村四级医保经办服务网络全覆盖。",
         "邵明辉", "市医疗保障事业管理中心、各县（市、区）医疗保障局", "2026年12月底"),
        ("深化医保领域“高效办成一件事”改革，推进新生儿出生、职工退休等事项医保业务联办。",
         None, "市医疗保障事业管理中心、待遇保障科、市政务服务和数据管理局", "2026年9月底"),
        ("扩大异地就医直接结算覆盖范围，门诊慢特病跨省直接结算定点医疗机构实现县域全覆盖。",
         None, "市医疗保障事业管理中心、医药服务管理科", "2026年12月底"),
        ("推广医保电子凭证和移动支付应用，推进医保码全场景应用，电子凭证激活率达到85%以上。",
         None, "市医疗保障事业管理中心、规划财务和法规科", "2026年10月底"),
        ("推进医保信息平台迭代升级和数据安全管理，完成网络安全等级保护测评。",
         None, "规划财务和法规科、市医疗保障事业管理中心", "2026年11月底"),
        ("开展医保政策宣传“进企业、进社区、进乡村”活动，编印发放医保政策明白卡。",
         "林思远", "办公室、待遇保障科、市医疗保障事业管理中心、各县（市、区）医疗保障局", "持续推进"),
    ]),
    ("五、加强党的建设和干部队伍建设（3项）", [
        ("深入推进全面从严治党，落实党风廉政建设责任制，持续纠治医保领域“四风”和群众身边不正之风。",
         "林思远", "机关党委（人事科）、办公室、局机关各科室", "持续推进"),
        ("开展医保系统行风建设和“医保服务标兵窗口”评选活动，提升经办服务队伍能力。",
         "林思远、邵明辉", "机关党委（人事科）、市医疗保障事业管理中心", "2026年12月底"),
        ("落实意识形态工作责任制，做好政务公开、医保领域舆情监测处置和政策解读。",
         "林思远", "办公室、局属各单位", "持续推进"),
    ]),
]

# ---------------------------------------------------------------------------------------
# the 正文 as the OA's rich-text editor (UEditor) stores it
# ---------------------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>正文</title>
<style type="text/css">
body{font-family:"仿宋_GB2312";font-size:16pt;line-height:28pt;}
p{margin:0;}
</style>
</head>
<body>
<p style="text-indent:2em;line-height:28pt;"><span style="font-family:仿宋_GB2312;font-size:16pt;">为贯彻落实全国、全省医疗保障工作会议精神和市委、市政府工作部署，推动全市医疗保障事业高质量发展，经局党组会议研究，制定了《2026年全市医疗保障重点工作任务分工方案》，现印发给你们，请结合实际认真抓好落实。现将有关事项通知如下：</span></p>
<p style="text-indent:2em;line-height:28pt;"><span style="font-family:黑体;font-size:16pt;">一、压实工作责任</span></p>
<p style="text-indent:2em;line-height:28pt;"><span style="font-family:仿宋_GB2312;font-size:16pt;">各项重点工作由分管局领导牵总负责。附件中&ldquo;责任科室（单位）&rdquo;栏排在第一位的为牵头科室（单位），负责牵头推进、统筹协调和进展报送，其余为配合科室（单位），要主动对接、密切配合；</span><span style="font-family:仿宋_GB2312;font-size:16pt;">其中，第19项由基金监管科、规划财务和法规科共同牵头。</span><span style="font-family:仿宋_GB2312;font-size:16pt;">牵头科室（单位）要在3月15日前制定具体推进计划，明确时间表、路线图，报局办公室备案。</span></p>
<p style="text-indent:2em;line-height:28pt;"><span style="font-family:仿宋_GB2312;font-size:16pt;">各县（市、区）医疗保障局要对照分工方案，结合本地实际细化工作措施，确保各项任务在基层落地见效。</span></p>
<p style="text-indent:2em;line-height:28pt;"><span style="font-family:黑体;font-size:16pt;">二、加强调度督办</span></p>
<p style="text-indent:2em;line-height:28pt;"><span style="font-family:仿宋_GB2312;font-size:16pt;">局办公室对重点工作实行清单化管理、季度调度。各牵头科室（单位）于每季度最后一个月25日前将工作进展情况（含存在问题及下步打算）报局办公室，完成时限为&ldquo;持续推进&rdquo;的任务按季度报送阶段性成效。对进展滞后的任务，局办公室适时提请局党组会议专题研究。</span></p>
<p style="text-indent:2em;line-height:28pt;"><span style="font-family:黑体;font-size:16pt;">三、强化结果运用</span></p>
<p style="text-indent:2em;line-height:28pt;"><span style="font-family:仿宋_GB2312;font-size:16pt;">重点工作完成情况纳入局机关科室和局属单位年度综合考评，作为评优评先的重要依据。</span></p>
<p style="text-indent:2em;line-height:28pt;"><span style="font-family:仿宋_GB2312;font-size:16pt;">&nbsp;</span></p>
<p style="text-indent:2em;line-height:28pt;"><span style="font-family:仿宋_GB2312;font-size:16pt;">附件：2026年全市医疗保障重点工作任务分工方案</span></p>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------
def set_run_font(run, name, size_pt=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = etree.SubElement(rpr, qn("w:rFonts"))
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if size_pt is not None:
        run.font.size = Pt(size_pt)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", font=FS, size=16, align=None, bold=None, color=None,
         first_indent=None, right_indent=None, line=28, space_before=None):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        set_run_font(r, font, size, bold, color)
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    if first_indent is not None:
        pf.first_line_indent = first_indent
    if right_indent is not None:
        pf.right_indent = right_indent
    if line:
        pf.line_spacing = Pt(line)
    pf.space_after = Pt(0)
    pf.space_before = Pt(space_before or 0)
    return p


def a4(section):
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(37)
    section.bottom_margin = Mm(35)
    section.left_margin = Mm(28)
    section.right_margin = Mm(26)


def base_style(doc, font=FS, size=16):
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = etree.SubElement(rpr, qn("w:rFonts"))
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)


def add_numbering(doc, abstract_id, num_id, fmt, lvl_text, suff="nothing", jc="center"):
    """Append an abstractNum and a num to the package's numbering part."""
    numbering = doc.part.numbering_part.element
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xml = (
        f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="{abstract_id}">'
        f'<w:nsid w:val="{0x5A3C0000 + abstract_id:08X}"/><w:multiLevelType w:val="singleLevel"/>'
        f'<w:tmpl w:val="{0x7E1B0000 + abstract_id:08X}"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:suff w:val="{suff}"/><w:lvlText w:val="{lvl_text}"/><w:lvlJc w:val="{jc}"/>'
        f'<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl></w:abstractNum>'
    )
    absn = etree.fromstring(xml)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = etree.fromstring(
        f'<w:num xmlns:w="{W}" w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>')
    numbering.append(num)


def set_numpr(p, num_id, ilvl=0):
    ppr = p._p.get_or_add_pPr()
    numpr = etree.SubElement(ppr, qn("w:numPr"))
    e = etree.SubElement(numpr, qn("w:ilvl"))
    e.set(qn("w:val"), str(ilvl))
    e = etree.SubElement(numpr, qn("w:numId"))
    e.set(qn("w:val"), str(num_id))
    # numPr belongs right after pStyle/keepNext...: move it to the front of pPr (after pStyle)
    ppr.remove(numpr)
    pstyle = ppr.find(qn("w:pStyle"))
    if pstyle is not None:
        pstyle.addnext(numpr)
    else:
        ppr.insert(0, numpr)


def cell_text(cell, lines, size=12, align=None, bold=None, font=FS):
    """Fill a cell: one paragraph per line."""
    if isinstance(lines, str):
        lines = [lines]
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        r = p.add_run(line)
        set_run_font(r, font, size, bold)
        pf = p.paragraph_format
        pf.line_spacing = Pt(18)
        pf.space_after = Pt(0)
        if align is not None:
            pf.alignment = align
    return cell


def set_vmerge(cell, val):
    tcpr = cell._tc.get_or_add_tcPr()
    vm = tcpr.find(qn("w:vMerge"))
    if vm is None:
        vm = etree.SubElement(tcpr, qn("w:vMerge"))
    if val == "restart":
        vm.set(qn("w:val"), "restart")
    elif qn("w:val") in vm.attrib:
        del vm.attrib[qn("w:val")]


def set_vcenter(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    va = etree.SubElement(tcpr, qn("w:vAlign"))
    va.set(qn("w:val"), "center")


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = etree.SubElement(trpr, qn("w:tblHeader"))
    e.set(qn("w:val"), "true")


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    etree.SubElement(trpr, qn("w:cantSplit"))



PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
             "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
             "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
             "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
             "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
             "sectPr", "pPrChange"]
TBLPR_ORDER = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
               "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar",
               "tblLook", "tblCaption", "tblDescription"]
TCPR_ORDER = ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
              "textDirection", "tcFitText", "vAlign", "hideMark"]


def _reorder(el, order):
    kids = list(el)
    def key(k):
        name = etree.QName(k).localname
        return order.index(name) if name in order else len(order)
    kids.sort(key=key)
    for k in kids:
        el.remove(k)
    for k in kids:
        el.append(k)


def normalise(doc):
    for ppr in doc.element.iter(qn("w:pPr")):
        _reorder(ppr, PPR_ORDER)
    for tcpr in doc.element.iter(qn("w:tcPr")):
        _reorder(tcpr, TCPR_ORDER)
    for tblpr in doc.element.iter(qn("w:tblPr")):
        _reorder(tblpr, TBLPR_ORDER)

# ---------------------------------------------------------------------------------------
# the uploaded 附件 (a docx of its own)
# ---------------------------------------------------------------------------------------
def build_fujian_docx():
    doc = docx.Document()
    base_style(doc, FS, 16)
    a4(doc.sections[0])
    # the drafter's table numbering: numId 10 -> decimal "%1"
    add_numbering(doc, abstract_id=20, num_id=10, fmt="decimal", lvl_text="%1", suff="nothing", jc="center")

    p = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    r = p.add_run("附件")
    set_run_font(r, HT, 16)
    p.paragraph_format.page_break_before = True
    para(doc, "")
    pt = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    r = pt.add_run("2026年全市医疗保障")
    set_run_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = pt.add_run("重点工作任务分工方案")
    set_run_font(r, XBS, 22)
    para(doc, "")

    widths = [Mm(10), Mm(66), Mm(20), Mm(38), Mm(22)]
    table = doc.add_table(rows=1, cols=5)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(["序号", "重点任务", "分管局领导", "责任科室（单位）", "完成时限"]):
        cell_text(hdr.cells[i], h, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, font=HT)
        set_vcenter(hdr.cells[i])

    for heading, tasks in SECTIONS:
        row = table.add_row()
        cant_split(row)
        merged = row.cells[0].merge(row.cells[4])
        # python-docx leaves the merged cell's paragraphs; write into the first
        cell_text(merged, heading, size=12, font=HT)
        prev_leader_cell = None
        for task, leader, units, deadline in tasks:
            row = table.add_row()
            cant_split(row)
            c0, c1, c2, c3, c4 = row.cells
            # 序号: automatic numbering, no typed number
            p0 = c0.paragraphs[0]
            set_numpr(p0, 10)
            p0.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
            # Word writes the list number in the paragraph mark's run properties
            ppr = p0._p.get_or_add_pPr()
            mrpr = etree.SubElement(ppr, qn("w:rPr"))
            rf = etree.SubElement(mrpr, qn("w:rFonts"))
            for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
                rf.set(qn(a), FS)
            sz = etree.SubElement(mrpr, qn("w:sz"))
            sz.set(qn("w:val"), "24")
            set_vcenter(c0)
            cell_text(c1, task, size=12, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            if leader is None:
                set_vmerge(c2, "continue")
            else:
                set_vmerge(c2, "restart")
                cell_text(c2, leader if isinstance(leader, list) else [leader], size=12,
                          align=WD_ALIGN_PARAGRAPH.CENTER)
            set_vcenter(c2)
            cell_text(c3, units, size=12)
            set_vcenter(c3)
            cell_text(c4, deadline, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
            set_vcenter(c4)
    # fixed layout, the grid and every cell's width (a section row spans the grid)
    tblpr = table._tbl.tblPr
    lay = etree.SubElement(tblpr, qn("w:tblLayout"))
    lay.set(qn("w:type"), "fixed")
    tblw = tblpr.find(qn("w:tblW"))
    if tblw is None:
        tblw = etree.SubElement(tblpr, qn("w:tblW"))
    tblw.set(qn("w:type"), "dxa")
    tblw.set(qn("w:w"), str(sum(int(w.twips) for w in widths)))
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for tr in table._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            w = sum(int(x.twips) for x in widths[col:col + span])
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = etree.SubElement(tcpr, qn("w:tcW"))
            tcw.set(qn("w:w"), str(w))
            tcw.set(qn("w:type"), "dxa")
            col += span
    para(doc, "")
    para(doc, "注：完成时限为“持续推进”的任务，按季度报送阶段性进展；其余任务于完成时限前报送完成情况。",
         font=FS, size=12, line=20)

    core = doc.core_properties
    core.author = "待遇保障科"
    core.title = FUJIAN_TITLE
    normalise(doc)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


# ---------------------------------------------------------------------------------------
# the OA's 红头 template with the chunks dropped in
# ---------------------------------------------------------------------------------------
def para_border(p, side, color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = etree.SubElement(ppr, qn("w:pBdr"))
    b = etree.SubElement(pbdr, qn(f"w:{side}"))
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)


def add_footer_page(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_run_font(r, "宋体", 14)
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    fc = etree.SubElement(r._r, qn("w:fldChar"))
    fc.set(qn("w:fldCharType"), "begin")
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    it = etree.SubElement(r._r, qn("w:instrText"))
    it.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    it.text = " PAGE "
    r = p.add_run()
    fc = etree.SubElement(r._r, qn("w:fldChar"))
    fc.set(qn("w:fldCharType"), "separate")
    r = p.add_run("1")
    set_run_font(r, "宋体", 14)
    r = p.add_run()
    fc = etree.SubElement(r._r, qn("w:fldChar"))
    fc.set(qn("w:fldCharType"), "end")
    r = p.add_run(" —")
    set_run_font(r, "宋体", 14)


def alt_chunk(doc, part, match_src=False):
    rid = doc.part.relate_to(part, RT_AFCHUNK)
    e = etree.Element(qn("w:altChunk"))
    e.set(qn("r:id"), rid)
    if match_src:
        pr = etree.SubElement(e, qn("w:altChunkPr"))
        etree.SubElement(pr, qn("w:matchSrc"))
    body = doc.element.body
    body.find(qn("w:sectPr")).addprevious(e)
    return e


_BM = [0]


def bookmark_para(p, name):
    """Wrap a paragraph's runs in a template bookmark (文号, 标题, 主送 …)."""
    i = _BM[0]
    _BM[0] += 1
    st = etree.Element(qn("w:bookmarkStart"))
    st.set(qn("w:id"), str(i))
    st.set(qn("w:name"), name)
    en = etree.Element(qn("w:bookmarkEnd"))
    en.set(qn("w:id"), str(i))
    ppr = p._p.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(st)
    else:
        p._p.insert(0, st)
    p._p.append(en)


def bookmark_around(el, name):
    """Body-level bookmark around a block (the 套红 template's 正文 / 附件 placeholders)."""
    i = _BM[0]
    _BM[0] += 1
    st = etree.Element(qn("w:bookmarkStart"))
    st.set(qn("w:id"), str(i))
    st.set(qn("w:name"), name)
    en = etree.Element(qn("w:bookmarkEnd"))
    en.set(qn("w:id"), str(i))
    el.addprevious(st)
    el.addnext(en)


def build():
    fujian = build_fujian_docx()

    doc = docx.Document()
    base_style(doc, FS, 16)
    sec = doc.sections[0]
    a4(sec)
    add_footer_page(sec)
    # the template's own list for 正文 sub-headings: numId 10 here is （一）（二）…
    add_numbering(doc, abstract_id=20, num_id=10, fmt="chineseCounting", lvl_text="（%1）",
                  suff="nothing", jc="left")

    pkg = doc.part.package
    html_part = Part(PackURI("/word/afchunk1.htm"), "text/html", HTML.encode("utf-8"), pkg)
    docx_part = Part(PackURI("/word/afchunk2.docx"), CT_DOCX_MAIN, fujian, pkg)

    # 版头
    p = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(36)
    r = p.add_run(ISSUER + "文件")
    set_run_font(r, XBS, 40, color="FF0000")
    para(doc, "", line=28)
    para(doc, "", line=28)
    pw = para(doc, WENHAO, align=WD_ALIGN_PARAGRAPH.CENTER)
    bookmark_para(pw, "文号")
    para_border(pw, "bottom", "FF0000", sz=24, space=12)
    para(doc, "")
    # title over two lines (a soft break inside one paragraph)
    pt = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    r = pt.add_run(ISSUER + "关于印发《2026年全市")
    set_run_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = pt.add_run("医疗保障重点工作任务分工方案》的通知")
    set_run_font(r, XBS, 22)
    bookmark_para(pt, "标题")
    para(doc, "")
    pz = para(doc, "各县（市、区）医疗保障局，局机关各科室、局属各单位：")
    bookmark_para(pz, "主送")

    # 正文 from the web editor
    bookmark_around(alt_chunk(doc, html_part), "正文")

    # 署名、日期、附注 filled in by the template
    para(doc, "")
    para(doc, "")
    para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT, right_indent=Pt(64))
    pd = para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, right_indent=Pt(64))
    bookmark_para(pd, "成文日期")
    para(doc, "")
    para(doc, "（此件公开发布）", first_indent=Pt(32))

    # 附件 (it opens on a new page: its first paragraph has pageBreakBefore)
    bookmark_around(alt_chunk(doc, docx_part, match_src=True), "附件")

    # 版记
    para(doc, "")
    p1 = para(doc, "抄送：市人民政府办公室，省医疗保障局办公室。", size=14,
              first_indent=None, line=24)
    para_border(p1, "top", "000000", sz=8, space=4)
    para_border(p1, "bottom", "000000", sz=4, space=4)
    p1.paragraph_format.left_indent = Pt(14)
    p2 = para(doc, "", size=14, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    r = p2.add_run(ISSUER + "办公室")
    set_run_font(r, FS, 14)
    r = p2.add_run("\t" + DATE + "印发")
    set_run_font(r, FS, 14)
    ppr = p2._p.get_or_add_pPr()
    tabs = etree.SubElement(ppr, qn("w:tabs"))
    t = etree.SubElement(tabs, qn("w:tab"))
    t.set(qn("w:val"), "right")
    t.set(qn("w:pos"), "8560")
    # tabs must come before the borders in pPr order; rebuild order: pStyle? no; keep simple
    pbdr = ppr.find(qn("w:pBdr"))
    para_border(p2, "bottom", "000000", sz=8, space=4)
    pbdr = ppr.find(qn("w:pBdr"))
    ppr.remove(tabs)
    pbdr.addnext(tabs)

    core = doc.core_properties
    core.author = "琮阳市医疗保障局OA"
    core.title = ISSUER + "关于印发《" + FUJIAN_TITLE + "》的通知"
    core.subject = WENHAO
    normalise(doc)
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
