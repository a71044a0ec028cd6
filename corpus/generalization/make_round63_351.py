#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 63, number 351: 澄岗县人大常委会办公室 notice with two attachments.

附件1  工作要点任务分工: a landscape table 序号 | 工作任务 | 责任领导 | 牵头委（室） |
       参与委（室） | 完成时限, section rows merged across, leaders and leads merged down,
       units a paragraph each, 主任会议成员 as a leader, "—" and "/" for none.
附件2  会议议题安排: one row per 常委会会议; the 议题 of a meeting are paragraphs of one
       cell numbered by Word (a new list restarting at 1 in every row, no number typed);
       the 承办委（室） and 联系领导 cells hold typed "1．…" paragraphs matching the items,
       or one unnumbered name for the whole meeting; a 备注 naming reporting departments.

Run with /usr/bin/python3 (python-docx 0.8.11, lxml).
"""
import copy
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "351_chenggang_xian_renda_yidian_bianhao_biao.docx")

FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"

doc = Document()

# ---------------------------------------------------------------- styles
normal = doc.styles["Normal"]
normal.font.name = FS
normal.font.size = Pt(16)
rpr = normal.element.get_or_add_rPr()
rfonts = rpr.find(qn("w:rFonts"))
if rfonts is None:
    rfonts = OxmlElement("w:rFonts")
    rpr.insert(0, rfonts)
for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
    rfonts.set(qn(a), FS)
normal.paragraph_format.space_before = Pt(0)
normal.paragraph_format.space_after = Pt(0)
normal.paragraph_format.line_spacing = Pt(28)


def set_font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    r = run._element.get_or_add_rPr()
    rf = r.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        r.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(text="", font=FS, size=16, bold=False, align=None, indent=True,
         color=None, line=28, container=None):
    p = (container or doc).add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    if indent:
        ind = p._p.get_or_add_pPr().get_or_add_ind()
        ind.set(qn("w:firstLineChars"), "200")
        ind.set(qn("w:firstLine"), str(int(size * 2 * 20)))
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def red_rule(p):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "18")
    b.set(qn("w:space"), "6")
    b.set(qn("w:color"), "FF0000")
    bdr.append(b)
    pPr.append(bdr)


def border_line(p, where, sz="8"):
    pPr = p._p.get_or_add_pPr()
    bdr = pPr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        pPr.append(bdr)
    b = OxmlElement("w:" + where)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "000000")
    bdr.append(b)


def footer_page_number(section):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._element.append(f1)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r._element.append(f2)
    r = fp.add_run("1")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._element.append(f3)
    r = fp.add_run(" —")
    set_font(r, "宋体", 14)


# ---------------------------------------------------------------- page 1: the notice
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
sec.left_margin, sec.right_margin = Mm(28), Mm(26)
footer_page_number(sec)

para("", indent=False, line=28)
p = para("澄岗县人大常委会办公室文件", XBS, 30, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, color="FF0000", line=48)
para("", indent=False)
p = para("澄人常办发〔2025〕4号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
red_rule(p)
para("", indent=False)
for t in ("澄岗县人大常委会办公室关于印发", "县人大常委会2025年工作要点任务分工",
          "和会议议题安排的通知"):
    para(t, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
para("", indent=False)
para("常委会各委（室）、代表联络服务中心，机关党总支，各乡镇人大主席团：", indent=False)

BODY = [
    "《澄岗县人大常委会2025年工作要点》已经县第十八届人大常委会第二十二次主任会议"
    "讨论通过，并报经县委同意。为推动各项工作任务落到实处，经主任会议研究，现将"
    "《县人大常委会2025年工作要点任务分工》和《县人大常委会2025年会议议题安排》"
    "印发给你们，并就有关事项通知如下。",
]
for t in BODY:
    para(t)

p = para()
r = p.add_run("一、压实工作责任。")
set_font(r, HT, 16)
r = p.add_run(
    "附件1所列任务，“牵头委（室）”对任务落实负总责，“参与委（室）”按照职责积极配合；"
    "“责任领导”栏为“主任会议成员”的，由主任会议集体研究推进，办公室做好统筹协调。"
    "附件2所列会议议题，“承办委（室）”栏中排在首位的为牵头委（室），其余为配合委（室）；"
    "“联系领导”栏只列一名领导的，该领导为本次会议全部议题的联系领导。")
set_font(r, FS, 16)

p = para()
r = p.add_run("二、细化推进措施。")
set_font(r, HT, 16)
r = p.add_run(
    "各牵头委（室）要对照任务分工，于3月10日前制定具体工作方案，明确时间节点和工作措施，"
    "经联系领导审定后报办公室备案。常委会会议议题的调研、视察和报告起草等工作，原则上"
    "应在会议召开15日前完成。")
set_font(r, FS, 16)

p = para()
r = p.add_run("三、加强督促检查。")
set_font(r, HT, 16)
r = p.add_run(
    "办公室要建立任务推进台账，每季度末对任务落实情况进行梳理，书面报告主任会议。"
    "各委（室）于每季度最后一个月25日前将工作进展情况报办公室综合科。")
set_font(r, FS, 16)

p = para()
r = p.add_run("四、强化上下联动。")
set_font(r, HT, 16)
r = p.add_run(
    "各乡镇人大主席团要积极配合县人大常委会开展执法检查、视察调研和代表活动，"
    "有关情况及时报县人大常委会人事代表工委。")
set_font(r, FS, 16)

para("", indent=False)
p = para("附件：1．县人大常委会2025年工作要点任务分工")
p = para("2．县人大常委会2025年会议议题安排", indent=False)
ind = p._p.get_or_add_pPr().get_or_add_ind()
ind.set(qn("w:left"), str(32 * 20 * 3))   # under "1．" after "附件："
ind.set(qn("w:leftChars"), "500")
para("", indent=False)
para("", indent=False)
p = para("澄岗县人大常委会办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Pt(16 * 4)
p = para("2025年2月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Pt(16 * 5)
para("（此件发至乡镇人大主席团）")


# ---------------------------------------------------------------- table helpers
def tbl_props(table, widths, header_rows=1):
    tbl = table._tbl
    tblPr = tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblPr.append(tw)
    tw.set(qn("w:w"), str(sum(widths)))
    tw.set(qn("w:type"), "dxa")
    jc = OxmlElement("w:jc")
    jc.set(qn("w:val"), "center")
    tblPr.append(jc)
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(w))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            tcPr = c._tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = OxmlElement("w:tcW")
                tcPr.append(tcW)
            tcW.set(qn("w:w"), str(w))
            tcW.set(qn("w:type"), "dxa")
    for i in range(header_rows):
        trPr = table.rows[i]._tr.get_or_add_trPr()
        h = OxmlElement("w:tblHeader")
        trPr.append(h)


def cell_valign(cell, val="center"):
    tcPr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vAlign")
    v.set(qn("w:val"), val)
    tcPr.append(v)


def cell_paras(cell, texts, font=FS, size=12, align=None, bold=False, numid=None):
    """Fill a cell with one paragraph per text."""
    first = cell.paragraphs[0]
    for i, t in enumerate(texts):
        p = first if i == 0 else cell.add_paragraph()
        p.paragraph_format.line_spacing = Pt(size + 6)
        if align is not None:
            p.alignment = align
        if numid is not None:
            pPr = p._p.get_or_add_pPr()
            numPr = OxmlElement("w:numPr")
            il = OxmlElement("w:ilvl")
            il.set(qn("w:val"), "0")
            ni = OxmlElement("w:numId")
            ni.set(qn("w:val"), str(numid))
            numPr.append(il)
            numPr.append(ni)
            pPr.insert(0, numPr)
        if t:
            r = p.add_run(t)
            set_font(r, font, size, bold)
    return cell


def vmerge(cell, restart):
    tcPr = cell._tc.get_or_add_tcPr()
    vm = OxmlElement("w:vMerge")
    if restart:
        vm.set(qn("w:val"), "restart")
    tcPr.append(vm)


def span_row(row, text, ncols, font=HT, size=12):
    """Merge a whole row into one cell holding a section heading."""
    c0 = row.cells[0]
    tr = row._tr
    tcs = tr.findall(qn("w:tc"))
    for tc in tcs[1:]:
        tr.remove(tc)
    tcPr = c0._tc.get_or_add_tcPr()
    gs = OxmlElement("w:gridSpan")
    gs.set(qn("w:val"), str(ncols))
    tcW = tcPr.find(qn("w:tcW"))
    tcPr.insert(1 if tcW is not None else 0, gs)
    cell_paras(c0, [text], font, size)


# ---------------------------------------------------------------- 附件1 (landscape section)
def new_landscape_section():
    s = doc.add_section()
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Mm(297), Mm(210)
    s.top_margin, s.bottom_margin = Mm(28), Mm(26)
    s.left_margin, s.right_margin = Mm(25), Mm(25)
    return s


new_landscape_section()
para("附件1", HT, 16, indent=False)
para("", indent=False, line=20)
para("县人大常委会2025年工作要点任务分工", XBS, 22,
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
para("", indent=False, line=20)

W1 = [800, 6100, 1500, 2100, 2300, 1200]
HEAD1 = ["序号", "工作任务", "责任领导", "牵头委（室）", "参与委（室）", "完成时限"]
M = "MERGE"
GONG = "龚\u3000平"

A1 = [
    ("一、坚持党的全面领导，切实加强常委会政治建设（3项）",),
    ("1", ["坚持和完善党组理论学习中心组学习、常委会会议会前学法和机关干部集中学习制度，"
           "全年组织集中学习不少于12次。"],
     ["韩立群"], ["办公室"], ["研究室"], "全年"),
    ("2", ["严格执行重大事项请示报告制度，常委会重要工作、重大事项、重要会议及时向县委"
           "请示报告，确保县委决策部署在人大工作中得到全面贯彻落实。"],
     ["主任会议成员"], ["办公室"], ["各委（室）"], "全年"),
    ("3", ["深入学习宣传贯彻新修改的地方组织法、代表法和监督法，举办常委会组成人员、"
           "乡镇人大主席专题培训班1期。"],
     ["周启航"], ["法工委"], ["人事代表工委", "研究室"], "6月底前"),
    ("二、突出监督重点，增强监督工作实效（6项）",),
    ("4", ["开展《中华人民共和国食品安全法》执法检查，重点检查校园及周边、农村集体聚餐"
           "和网络餐饮食品安全监管情况。",
           "执法检查报告提请第二十七次常委会会议审议（见附件2）。"],
     ["欧阳慧敏"], ["教科文卫工委"], ["社会建设工委"], "9月底前"),
    ("5", ["开展《中华人民共和国土壤污染防治法》执法检查，委托各乡镇人大主席团对本行政"
           "区域内法律实施情况进行检查。"],
     ["罗文彬", "restart"], ["城建环资工委", "restart"],
     ["农业农村工委", "各乡镇人大主席团"], "7月底前"),
    ("6", ["开展县城老旧小区改造和城市更新工作专题调研，形成调研报告提交主任会议研究。"],
     M, M, ["—"], "7月底前"),
    ("7", ["围绕优化营商环境开展专题调研，为第二十七次常委会会议专题询问做好准备。"],
     [GONG, "restart"], ["财经委、预算工委"], ["法工委"], "9月底前"),
    ("8", ["加强预算审查监督和国有资产管理情况监督，推进预算联网监督系统与县财政、税务、"
           "国资等部门数据互联共享，实现预算执行实时在线监督。"],
     M, ["预算工委"], ["财经委", "办公室"], "全年"),
    ("9", ["加强规范性文件备案审查，对县人民政府、县监察委员会、县人民法院、县人民检察院"
           "报送备案的规范性文件做到有件必备、有备必审、有错必纠。"],
     ["周启航"], ["法工委"], ["监察司法工委、各委（室）"], "全年"),
    ("三、密切代表联系，支持代表依法履职（4项）",),
    ("10", ["完善常委会组成人员直接联系人大代表制度，每名组成人员直接联系县人大代表2至3名，"
            "全年走访不少于2次。"],
     [GONG], ["人事代表工委"], ["代表联络服务中心"], "全年"),
    ("11", ["做好县十八届人大五次会议代表建议、批评和意见交办督办工作，重点建议由主任会议"
            "成员领衔督办。"],
     ["韩立群", "周启航"], ["人事代表工委"], ["各委（室）"], "11月底前"),
    ("12", ["推进乡镇人大代表之家、代表联络站规范化建设，年内新建标准化代表联络站5个。"],
     [GONG, "restart"], ["代表联络服务中心"], ["人事代表工委", "各乡镇人大主席团"], "12月底前"),
    ("13", ["分期分批组织县人大代表开展履职学习培训，年内实现县人大代表培训全覆盖。"],
     M, ["人事代表工委"], ["/"], "9月底前"),
    ("四、依法行使重大事项决定权和人事任免权（2项）",),
    ("14", ["依法审议决定县人民政府提请的重大事项，做好预算调整、政府债务、重大投资项目等"
            "事项的审查决定工作。"],
     ["主任会议成员"], ["财经委"], ["预算工委", "法工委"], "全年"),
    ("15", ["坚持党管干部原则与人大依法任免相统一，严格落实任前法律知识考试、任前表态发言"
            "和颁发任命书等制度。"],
     ["周启航"], ["人事代表工委"], ["办公室"], "全年"),
    ("五、加强自身建设，提升依法履职能力和水平（4项）",),
    ("16", ["修订完善常委会议事规则、主任会议议事规则和常委会机关各项管理制度。"],
     ["邢卫东", "restart"], ["办公室"], ["法工委"], "6月底前"),
    ("17", ["办好《澄岗人大》刊物和门户网站，全年在省、市人大刊物和网站发表稿件不少于30篇。"],
     M, ["研究室"], ["办公室", "各委（室）"], "全年"),
    ("18", ["加强机关党的建设，深入开展模范机关创建活动，落实全面从严治党主体责任。"],
     ["韩立群"], ["机关党总支"], ["办公室"], "全年"),
    ("19", ["提前谋划县乡两级人大换届选举工作，开展选区划分和代表名额分配调研。"],
     ["周启航", GONG], ["人事代表工委"], ["办公室、各乡镇人大主席团"], "12月底前"),
]

t1 = doc.add_table(rows=1 + len(A1), cols=6)
t1.style = doc.styles["Table Grid"]
tbl_props(t1, W1)
C = WD_ALIGN_PARAGRAPH.CENTER
for c, h in zip(t1.rows[0].cells, HEAD1):
    cell_paras(c, [h], HT, 12, C)
    cell_valign(c)
for ri, item in enumerate(A1, start=1):
    row = t1.rows[ri]
    if len(item) == 1:
        span_row(row, item[0], 6)
        continue
    no, task, leader, lead, coop, dl = item
    cs = row.cells
    cell_paras(cs[0], [no], FS, 12, C)
    cell_valign(cs[0])
    cell_paras(cs[1], task, FS, 12, WD_ALIGN_PARAGRAPH.JUSTIFY)
    cell_valign(cs[1])
    for ci, val in ((2, leader), (3, lead)):
        if val == M:
            vmerge(cs[ci], False)
            continue
        texts = [v for v in val if v != "restart"]
        if "restart" in val:
            vmerge(cs[ci], True)
        cell_paras(cs[ci], texts, FS, 12, C)
        cell_valign(cs[ci])
    cell_paras(cs[4], coop, FS, 12, C)
    cell_valign(cs[4])
    cell_paras(cs[5], [dl], FS, 12, C)
    cell_valign(cs[5])

# ---------------------------------------------------------------- 附件2
# numbering: one abstractNum "%1．", a new w:num restarting at 1 for every meeting row
numbering = doc.part.numbering_part.element
ABS = 61
absn = OxmlElement("w:abstractNum")
absn.set(qn("w:abstractNumId"), str(ABS))
mlt = OxmlElement("w:multiLevelType")
mlt.set(qn("w:val"), "singleLevel")
absn.append(mlt)
lvl = OxmlElement("w:lvl")
lvl.set(qn("w:ilvl"), "0")
for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                 ("w:lvlText", "%1．"), ("w:lvlJc", "left")):
    e = OxmlElement(tag)
    e.set(qn("w:val"), val)
    lvl.append(e)
ppr = OxmlElement("w:pPr")
ind = OxmlElement("w:ind")
ind.set(qn("w:left"), "0")
ind.set(qn("w:firstLine"), "0")
ppr.append(ind)
lvl.append(ppr)
lrpr = OxmlElement("w:rPr")
lrf = OxmlElement("w:rFonts")
for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
    lrf.set(qn(a), FS)
lrpr.append(lrf)
for tag in ("w:sz", "w:szCs"):
    e = OxmlElement(tag)
    e.set(qn("w:val"), "24")
    lrpr.append(e)
lvl.append(lrpr)
absn.append(lvl)
first_num = numbering.find(qn("w:num"))
if first_num is not None:
    first_num.addprevious(absn)
else:
    numbering.append(absn)


def new_num(num_id):
    n = OxmlElement("w:num")
    n.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(ABS))
    n.append(an)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    n.append(ov)
    numbering.append(n)
    return num_id


p = para("", indent=False)
p.add_run().add_break(WD_BREAK.PAGE)
para("附件2", HT, 16, indent=False)
para("", indent=False, line=20)
para("县人大常委会2025年会议议题安排", XBS, 22,
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
para("", indent=False, line=20)

W2 = [700, 1400, 5700, 2700, 1900, 1600]
HEAD2 = ["序号", "会议时间", "会议议题", "承办委（室）", "联系领导", "备注"]
A2 = [
    ("1", ["2月下旬", "（第二十三次会议）"],
     ["听取和审议县人民政府关于2024年全县法治政府建设情况的报告",
      "听取和审议县人民政府关于2024年全县安全生产工作情况的报告"],
     ["1．法工委、监察司法工委", "2．社会建设工委"],
     ["1．周启航", "2．欧阳慧敏"],
     ["县司法局、县应急管理局分别作汇报"]),
    ("2", ["4月下旬", "（第二十四次会议）"],
     ["听取和审议县人民政府关于全县农村人居环境整治工作情况的报告",
      "听取和审议县人民政府关于2024年度国有资产管理情况的综合报告",
      "听取和审议县人民检察院关于公益诉讼检察工作情况的报告"],
     ["1．农业农村工委、城建环资工委", "2．预算工委、财经委", "3．监察司法工委"],
     ["周启航"],
     ["会前组织部分常委会组成人员和县人大代表开展视察"]),
    ("3", ["6月下旬", "（第二十五次会议）"],
     ["听取和审议县人民政府关于2024年县级财政决算的报告，审查和批准2024年县级财政决算",
      "听取和审议县人民政府关于2024年度县级预算执行和其他财政收支的审计工作报告",
      "听取和审议县人民政府关于2025年上半年国民经济和社会发展计划执行情况的报告"],
     ["1、2．财经委、预算工委", "3．财经委"],
     [GONG],
     ["县财政局、县审计局、县发展改革局受县人民政府委托作报告"]),
    ("4", ["8月下旬", "（第二十六次会议）"],
     ["听取和审议县人大常委会执法检查组关于检查《中华人民共和国土壤污染防治法》实施情况的报告",
      "听取和审议县人民政府关于2024年度县级预算执行和其他财政收支审计查出问题整改情况的报告",
      "听取和审议县人民政府关于县城老旧小区改造工作情况的报告，并进行满意度测评"],
     ["1．城建环资工委、农业农村工委", "2．预算工委", "3．城建环资工委"],
     ["1．罗文彬", "2．" + GONG, "3．罗文彬"],
     ["第3项满意度测评结果在县级媒体公布"]),
    ("5", ["10月下旬", "（第二十七次会议）"],
     ["听取和审议县人大常委会执法检查组关于检查《中华人民共和国食品安全法》实施情况的报告",
      "听取和审议县人民政府关于优化营商环境工作情况的报告，并开展专题询问",
      "听取和审议县人民法院关于加强诉源治理工作情况的报告"],
     ["1．教科文卫工委、社会建设工委", "2．财经委、法工委、研究室", "3．监察司法工委"],
     ["1．欧阳慧敏", "2．" + GONG + "、周启航", "3．周启航"],
     ["第2项县发展改革局、县市场监管局、县行政审批服务局等部门主要负责同志到会应询"]),
    ("6", ["12月下旬", "（第二十八次会议）"],
     ["听取和审议县人民政府关于县十八届人大五次会议代表建议、批评和意见办理情况的报告",
      "审议县人民政府关于提请审查批准2025年县级预算调整方案的议案",
      "审议县人大常委会2026年工作要点（草案）"],
     ["1．人事代表工委、代表联络服务中心", "2．财经委、预算工委", "3．研究室、办公室"],
     ["韩立群"],
     [""]),
]

t2 = doc.add_table(rows=1 + len(A2), cols=6)
t2.style = doc.styles["Table Grid"]
tbl_props(t2, W2)
for c, h in zip(t2.rows[0].cells, HEAD2):
    cell_paras(c, [h], HT, 12, C)
    cell_valign(c)
L = WD_ALIGN_PARAGRAPH.LEFT
for ri, (no, when, items, units, leaders, note) in enumerate(A2, start=1):
    cs = t2.rows[ri].cells
    cell_paras(cs[0], [no], FS, 12, C)
    cell_valign(cs[0])
    cell_paras(cs[1], when, FS, 12, C)
    cell_valign(cs[1])
    cell_paras(cs[2], items, FS, 12, WD_ALIGN_PARAGRAPH.JUSTIFY, numid=new_num(300 + ri))
    cell_valign(cs[2])
    cell_paras(cs[3], units, FS, 12, L)
    cell_valign(cs[3])
    cell_paras(cs[4], leaders, FS, 12, C if len(leaders) == 1 else L)
    cell_valign(cs[4])
    cell_paras(cs[5], note, FS, 10.5, WD_ALIGN_PARAGRAPH.JUSTIFY)
    cell_valign(cs[5])

para("", indent=False, line=14)
NOTE2 = [
    "说明：1．“承办委（室）”栏中排在首位的为牵头委（室），其余为配合委（室）。",
    "2．“联系领导”栏只列一名领导的，为该次会议全部议题的联系领导。",
    "3．每次常委会会议根据需要审议人事任免事项，由人事代表工委承办，表中不再列出。",
    "4．会议时间和议题可根据县委安排和工作需要适时调整。",
]
for i, t in enumerate(NOTE2):
    p = para(t, KT, 12, indent=False, line=20)
    if i:
        ind = p._p.get_or_add_pPr().get_or_add_ind()
        ind.set(qn("w:left"), str(12 * 20 * 3))
        ind.set(qn("w:leftChars"), "300")

# ---------------------------------------------------------------- 版记 (portrait, last page)
s = doc.add_section()
s.orientation = WD_ORIENT.PORTRAIT
s.page_width, s.page_height = Mm(210), Mm(297)
s.top_margin, s.bottom_margin = Mm(37), Mm(35)
s.left_margin, s.right_margin = Mm(28), Mm(26)
for _ in range(18):
    para("", indent=False)
p = para("抄送：县委办公室，县人民政府办公室，县政协办公室，县监察委员会，县人民法院，县人民检察院。",
         FS, 14, indent=False)
border_line(p, "top", "12")
border_line(p, "bottom", "4")
ind = p._p.get_or_add_pPr().get_or_add_ind()
ind.set(qn("w:left"), "280")
ind.set(qn("w:hanging"), "0")
p = para("澄岗县人大常委会办公室\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30002025年2月18日印发",
         FS, 14, indent=False)
border_line(p, "bottom", "12")
ind = p._p.get_or_add_pPr().get_or_add_ind()
ind.set(qn("w:left"), "280")


# ---------------------------------------------------------------- schema order of properties
PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
             "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens",
             "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE",
             "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
             "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
             "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
             "sectPr", "pPrChange"]
TBLPR_ORDER = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
               "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders",
               "shd", "tblLayout", "tblCellMar", "tblLook"]
TCPR_ORDER = ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap",
              "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark"]


def reorder(el, order):
    kids = list(el)
    def key(k):
        name = k.tag.split("}")[1]
        return order.index(name) if name in order else len(order)
    kids.sort(key=key)
    for k in kids:
        el.remove(k)
    for k in kids:
        el.append(k)


body = doc.element.body
for e in body.iter(qn("w:pPr")):
    reorder(e, PPR_ORDER)
for e in body.iter(qn("w:tblPr")):
    reorder(e, TBLPR_ORDER)
for e in body.iter(qn("w:tcPr")):
    reorder(e, TCPR_ORDER)

# core properties as an office machine leaves them
cp = doc.core_properties
cp.author = "rdbgs"
cp.title = ""
cp.last_modified_by = "综合科"

doc.save(OUT)
print("wrote", OUT)
