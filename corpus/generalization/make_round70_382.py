#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generator for 382_muxi_shi_chuangtiyu_jiaobanbiao.docx (round 70, blind).

A county-level city's 市政府办公室 notice whose attachment, the 2026 重点工作任务交办表,
is the 督查室's Word template filled in as a protected form with legacy form fields
(窗体域, "旧式窗体"): the 责任市领导, 牵头单位 and 完成时限 cells are FORMDROPDOWN fields,
the 工作任务 and 配合单位 cells FORMTEXT fields, the 纳入考核 cells FORMCHECKBOX fields.
Word shows a drop-down's chosen entry, but the file holds no text for it: only the list
(w:listEntry) and the chosen index (w:result; none when the first entry is chosen, as Word
writes it). The rows of parts 四 and 五 carry another leader list in another order. Where a
unit was not in the 25-entry list, or a second leader was added, the clerk typed it.
An empty text field shows five en spaces (U+2002), as Word writes it.

Run with /usr/bin/python3 (python-docx + lxml).
"""
import copy
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "382_muxi_shi_chuangtiyu_jiaobanbiao.docx")

FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"
ENSP5 = "\u2002" * 5          # what Word shows in an empty text form field

# ---------------------------------------------------------------- lists in the template
LD1 = ["（请选择）", "邵文博（市长）", "冯立川（常务副市长）", "柯　敏（副市长）",
       "詹永刚（副市长）", "谭振宇（副市长）", "欧阳静（副市长）", "魏德胜（市政府党组成员）"]
# rows of parts 四 and 五 were copied from last year's table: another list (no placeholder),
# another order; Word writes no w:result when the first entry is chosen
LD2 = ["邵文博（市长）", "冯立川（常务副市长）", "欧阳静（副市长）", "柯　敏（副市长）",
       "詹永刚（副市长）", "谭振宇（副市长、市公安局局长）", "魏德胜（市政府党组成员）"]
LU = ["市发展和改革局", "市工业和信息化局", "市财政局", "市自然资源和规划局",
      "市住房和城乡建设局", "市交通运输局", "市农业农村局", "市水利局", "市商务局",
      "市文化和旅游局", "市卫生健康局", "市教育体育局", "市人力资源和社会保障局", "市民政局",
      "市市场监督管理局", "市数据局", "市应急管理局", "市城市管理局", "市行政审批服务局",
      "市医疗保障局", "沐溪经济开发区管委会", "市投资促进中心", "市公安局", "市司法局",
      "市统计局"]
assert len(LU) == 25          # Word's limit for a drop-down form field
DL = ["2026年3月底前", "2026年6月底前", "2026年9月底前", "2026年12月底前", "长期坚持"]

# ---------------------------------------------------------------- the tasks
# pieces: ("t", text) typed text; ("dd", list, result or None); ("ft", text or None, default);
#         ("br",) a line break inside the preceding text field's result
# leaders / lead: list of paragraphs, each a list of pieces
NONE = None


def DD1(i=None):
    return ("dd", "LD1", i)


def DD2(i=None):
    return ("dd", "LD2", i)


def U(i=None):
    return ("dd", "LU", i)


PARTS = [
    ("一、扩大有效投资（6项）", [
        ("全年实施市级重点项目150个，完成年度投资185亿元以上，新开工亿元以上项目40个以上。",
         [[DD1(2)]], [[U()]],
         "市财政局、市自然资源和规划局、市住房和城乡建设局、沐溪经济开发区管委会", None, True),
        ("积极争取超长期特别国债、中央预算内投资和地方政府专项债券支持，全年争取上级资金20亿元以上。",
         [[DD1(2)]], [[U(), ("t", "、"), U(2)]],
         "市直有关单位", 4, True),
        ("深入开展“招大引强”攻坚行动，全年签约亿元以上项目60个，到位市外资金200亿元。",
         [[DD1(1), ("t", "、"), DD1(4)]], [[U(21)]],
         "市商务局、沐溪经济开发区管委会、各镇（街道）", None, True),
        ("加快沐溪至岑州快速通道二期建设，年内完成路基工程量的70%。",
         [[DD1(4)]], [[U(5)]],
         "市自然资源和规划局、沿线各镇", 4, False),
        ("实施城区老旧供水管网改造48公里，启动第二水厂扩建工程前期工作。",
         [[DD1(3)]], [[U(4)]],
         "市城投集团、市发展和改革局、市财政局", None, False),
        ("实施中小河流治理项目3个，完成小型水库除险加固5座。",
         [[DD1(6)]], [[U(7)]],
         "市财政局、有关镇", 2, False),
    ]),
    ("二、推动产业提质增效（6项）", [
        ("实施“智改数转”项目45个，新增规模以上工业企业30家，规上工业增加值增长7%。",
         [[DD1(4)]], [[U(1)]],
         "市数据局、沐溪经济开发区管委会", None, True),
        ("推进沐溪经济开发区扩区调位，确保省级化工园区复核通过。",
         [[DD1(2)]], [[U(20)]],
         "市自然资源和规划局、岑州市生态环境局沐溪分局、市应急管理局", 2, True),
        ("培育“沐溪茶油”区域公用品牌，新建高标准油茶基地1.5万亩。",
         [[DD1(6)]], [[U(6)]],
         "市林业局、市市场监督管理局", None, False),
        ("创建国家4A级旅游景区1家，全年接待游客突破900万人次。",
         [[DD1(3)]], [[U(9)]],
         "市交通运输局、有关镇（街道）", None, True),
        ("实施县域商业体系建设行动，新增限额以上商贸企业35家。",
         [[DD1(4)]], [[U(8)]],
         ["市统计局、", ("br",), "市市场监督管理局"], None, False),
        ("新增各类经营主体6000户，其中企业2000户以上。",
         [[DD1(7)]], [[U(14)]],
         "市行政审批服务局、国家税务总局沐溪市税务局", None, False),
    ]),
    ("三、建设宜居宜业城乡（6项）", [
        ("完成城镇老旧小区改造32个，惠及居民4100户。",
         [[DD1(3)]], [[U(4)]],
         "市财政局、相关街道办事处", 2, True),
        ("巩固拓展脱贫攻坚成果，守住不发生规模性返贫致贫底线。",
         [[DD1(1)], [DD1(6)]], [[U(6)]],
         "市民政局、市人力资源和社会保障局、市医疗保障局、各镇（街道）", 4, True),
        ("新建和改造提升农村公路120公里，实施危桥改造8座。",
         [[DD1(4)]], [[U(5)]],
         NONE, None, False),
        ("实施城市更新行动，建成“口袋公园”10处、智慧停车泊位1200个。",
         [[DD1(3)]], [[U(17)]],
         "市自然资源和规划局、市住房和城乡建设局、市公安局", None, False),
        ("抓好中央生态环境保护督察反馈问题整改，城区PM2.5平均浓度控制在32微克/立方米以内。",
         [[DD1(6)]], [[("t", "岑州市生态环境局沐溪分局")]],
         "市工业和信息化局、市住房和城乡建设局、市城市管理局、市公安局", None, True),
        ("完成市级国土空间总体规划“一张图”建设，落实耕地占补平衡。",
         [[DD1(2)]], [[U(3)]],
         "市农业农村局、各镇（街道）", 2, False),
    ]),
    ("四、增进民生福祉（6项）", [
        ("新改扩建公办幼儿园3所、义务教育学校2所，新增学位2700个。",
         [[DD2(3)]], [[U(11)]],
         "市发展和改革局、市财政局、市自然资源和规划局", 2, True),
        ("城镇新增就业5200人，开展补贴性职业技能培训1.2万人次。",
         [[DD2(2)]], [[U(12)]],
         "市财政局、团市委、市妇联", None, True),
        ("推进紧密型县域医共体建设，市人民医院创成三级医院。",
         [[DD2(3)]], [[U(10)]],
         "市医疗保障局、市人民医院（市医共体总院）", None, True),
        ("新建社区嵌入式养老服务机构4个，发展老年助餐点30个。",
         [[DD2(2)]], [[U(13)]],
         "市卫生健康局、各镇（街道）", 2, False),
        ("落实退役军人优待政策，建成退役军人服务站示范点10个。",
         [[DD2(5)]], [[("t", "市退役军人事务局")]],
         ("ft-default", "无"), None, False),
        ("深入推进“平安沐溪”建设，严厉打击治理电信网络诈骗犯罪。",
         [[DD2(5)]], [[U(22)]],
         "市委政法委、市司法局、各镇（街道）", 4, True),
    ]),
    ("五、深化改革和加强政府自身建设（5项）", [
        ("深化“高效办成一件事”改革，新增集成服务事项20项。",
         [[DD2(6)]], [[U(18)]],
         "市数据局、市司法局", 1, True),
        ("实施国有企业改革深化提升行动，完成市属国有企业整合重组。",
         [[DD2(1)]], [[U(2)]],
         "市城投集团", None, False),
        ("推进数字政府建设，政务数据共享平台归集数据目录1200条。",
         [[DD2(6)]], [[U(15)]],
         "市直有关单位", None, False),
        ("持续整治安全生产领域突出问题，确保生产安全事故起数和死亡人数“双下降”。",
         [[DD2()], [("t", "冯立川（常务副市长）")]], [[U(16)]],
         "市安委会各成员单位", 4, True),
        ("严格落实政府过紧日子要求，一般性支出压减8%以上。",
         [[DD2(1)]], [[U(2)]],
         "市审计局、市直各部门", None, False),
    ]),
]

LISTS = {"LD1": (LD1, None, "请选择责任市领导"),
         "LD2": (LD2, None, "请选择责任市领导"),
         "LU": (LU, None, "请选择牵头单位"),
         "DL": (DL, None, "请选择完成时限")}


# ---------------------------------------------------------------- low-level helpers
def el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn("w:" + k), str(v))
    return e


def rpr(font=FS, size=None, bold=False, noproof=False):
    r = el("w:rPr")
    f = el("w:rFonts", ascii=("Times New Roman" if font in (FS, KT) else font),
           hAnsi=("Times New Roman" if font in (FS, KT) else font), eastAsia=font)
    r.append(f)
    if bold:
        r.append(el("w:b"))
    if noproof:
        r.append(el("w:noProof"))
    if size:
        r.append(el("w:sz", val=int(size * 2)))
        r.append(el("w:szCs", val=int(size * 2)))
    return r


def run(text, font=FS, size=12, bold=False, noproof=False):
    r = el("w:r")
    r.append(rpr(font, size, bold, noproof))
    t = el("w:t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(t)
    return r


def fld_run(kind, size=12, inner=None):
    r = el("w:r")
    r.append(rpr(FS, size, noproof=True))
    fc = el("w:fldChar", fldCharType=kind)
    if inner is not None:
        fc.append(inner)
    r.append(fc)
    return r


def instr_run(text, size=12):
    r = el("w:r")
    r.append(rpr(FS, size, noproof=True))
    it = el("w:instrText")
    it.text = text
    it.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(it)
    return r


class Counter:
    bm = 0
    names = {"Dropdown": 0, "Text": 0, "Check": 0}

    @classmethod
    def next(cls, kind):
        cls.names[kind] += 1
        cls.bm += 1
        return "%s%d" % (kind, cls.names[kind]), cls.bm


def ffdata(name, status=None):
    ff = el("w:ffData")
    ff.append(el("w:name", val=name))
    ff.append(el("w:enabled"))
    ff.append(el("w:calcOnExit", val="0"))
    if status:
        ff.append(el("w:statusText", type="text", val=status))
    return ff


def dropdown(listname, result, size=12):
    entries, default, status = LISTS[listname]
    name, bid = Counter.next("Dropdown")
    ff = ffdata(name, status)
    dd = el("w:ddList")
    if result:                                  # None or 0: no w:result
        dd.append(el("w:result", val=result))   # Word omits it for the first entry
    if default is not None:
        dd.append(el("w:default", val=default))
    for e in entries:
        dd.append(el("w:listEntry", val=e))
    ff.append(dd)
    out = [el("w:bookmarkStart", id=bid, name=name),
           fld_run("begin", size, ff),
           instr_run(" FORMDROPDOWN ", size),
           fld_run("separate", size),
           fld_run("end", size),
           el("w:bookmarkEnd", id=bid)]
    return out


def textfield(pieces, default=None, maxlen=None, size=12, status=None):
    """pieces: list of str / ("br",); None -> empty field (five en spaces)."""
    name, bid = Counter.next("Text")
    ff = ffdata(name, status)
    ti = el("w:textInput")
    if default is not None:
        ti.append(el("w:default", val=default))
    if maxlen:
        ti.append(el("w:maxLength", val=maxlen))
    ff.append(ti)
    out = [el("w:bookmarkStart", id=bid, name=name),
           fld_run("begin", size, ff),
           instr_run(" FORMTEXT ", size),
           fld_run("separate", size)]
    if pieces is None:
        pieces = [ENSP5]
    for p in pieces:
        if isinstance(p, tuple) and p[0] == "br":
            r = el("w:r")
            r.append(rpr(FS, size, noproof=True))
            r.append(el("w:br"))
            out.append(r)
        else:
            out.append(run(p, FS, size, noproof=True))
    out += [fld_run("end", size), el("w:bookmarkEnd", id=bid)]
    return out


def checkbox(checked, size=12):
    name, bid = Counter.next("Check")
    ff = ffdata(name)
    cb = el("w:checkBox")
    cb.append(el("w:sizeAuto"))
    cb.append(el("w:default", val="0"))
    if checked:
        cb.append(el("w:checked"))
    ff.append(cb)
    return [el("w:bookmarkStart", id=bid, name=name),
            fld_run("begin", size, ff),
            instr_run(" FORMCHECKBOX ", size),
            fld_run("end", size),
            el("w:bookmarkEnd", id=bid)]


def ppr(jc=None, ind_first=None, spacing_line=None, keep=False, style=None):
    p = el("w:pPr")
    if style:
        p.append(el("w:pStyle", val=style))
    if keep:
        p.append(el("w:keepNext"))
    if spacing_line is not None:
        p.append(el("w:spacing", line=spacing_line, lineRule="exact", before=0, after=0))
    if ind_first is not None:
        p.append(el("w:ind", firstLineChars=ind_first))
    if jc:
        p.append(el("w:jc", val=jc))
    return p


def cell_par(children, jc="left"):
    p = el("w:p")
    pp = ppr(jc=jc, spacing_line=320, style="TableText")
    pp.append(rpr(FS, 12))                      # paragraph mark: 小四
    p.append(pp)
    for c in children:
        p.append(c)
    return p


def tc(width, paragraphs, span=None, vcenter=True, shade=None):
    c = el("w:tc")
    pr = el("w:tcPr")
    pr.append(el("w:tcW", w=width, type="dxa"))
    if span:
        pr.append(el("w:gridSpan", val=span))
    if shade:
        pr.append(el("w:shd", val="clear", color="auto", fill=shade))
    if vcenter:
        pr.append(el("w:vAlign", val="center"))
    c.append(pr)
    for p in paragraphs:
        c.append(p)
    return c


# ---------------------------------------------------------------- document
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

from docx.enum.style import WD_STYLE_TYPE
ts = doc.styles.add_style("表格文字", WD_STYLE_TYPE.PARAGRAPH)
ts.element.set(qn("w:styleId"), "TableText")
ts.base_style = st
ts.font.size = Pt(12)
ts.font.name = "Times New Roman"
ts.element.get_or_add_rPr().rFonts.set(qn("w:eastAsia"), FS)
ts.paragraph_format.line_spacing = Pt(16)

sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
sec.left_margin, sec.right_margin = Mm(28), Mm(26)


def para(text="", font=FS, size=16, bold=False, align=None, first=None, color=None,
         space_after=0, line=28):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    pf.line_spacing = Pt(line)
    if align:
        p.alignment = align
    if first:
        pf.first_line_indent = Pt(size * first)
    if text:
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.font.bold = bold
        r.font.name = "Times New Roman" if font in (FS, KT) else font
        r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
        if color:
            from docx.shared import RGBColor
            r.font.color.rgb = RGBColor.from_string(color)
    return p


def add_rule(p, color="FF0000", sz=12, side="bottom"):
    pPr = p._p.get_or_add_pPr()
    b = pPr.find(qn("w:pBdr"))
    if b is None:
        b = el("w:pBdr")
        nxt = [c for c in pPr if c.tag in (qn("w:shd"), qn("w:tabs"), qn("w:spacing"),
                                           qn("w:ind"), qn("w:jc"), qn("w:rPr"))]
        if nxt:
            nxt[0].addprevious(b)
        else:
            pPr.append(b)
    b.append(el("w:" + side, val="single", sz=sz, space=1, color=color))   # top before bottom


# 版头
para("沐溪市人民政府办公室文件", XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER, color="FF0000",
     line=50)
para()
p = para("沐政办发〔2026〕7号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
add_rule(p)
para()
para("沐溪市人民政府办公室", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
para("关于印发2026年市政府重点工作任务交办表的通知", XBS, 22,
     align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
para()
para("各镇人民政府、街道办事处，沐溪经济开发区管委会，市政府各部门、各直属机构：")
BODY = [
    "根据市十八届人大五次会议审议通过的《政府工作报告》和市委十四届九次全会部署，市政府研究确定了2026年"
    "重点工作任务，并逐项明确了责任市领导、牵头单位、配合单位和完成时限。现将《2026年市政府重点工作任务交办表》"
    "印发给你们，并就有关事项通知如下。",
    "一、压实工作责任。各项任务由责任市领导统筹调度，牵头单位对任务落实负总责，主要负责同志为第一责任人；"
    "配合单位要按照职责分工主动对接、密切配合，不得推诿扯皮。交办表中配合单位栏为空或注明“无”的，"
    "由牵头单位独立承担。",
    "二、细化推进措施。各牵头单位要于3月15日前将所承担任务分解细化为季度目标和具体措施，经责任市领导审定后"
    "报市政府督查室备案。任务涉及多个牵头单位的，由排在前面的单位负责牵头汇总。",
    "三、强化调度督办。市政府督查室实行“月调度、季通报、年考评”，各牵头单位于每季度末月25日前通过"
    "“沐溪督查”平台报送进展情况。对进度滞后的任务，由市政府督查室下发督办单，限期整改。",
    "四、严格考核问效。交办表“纳入考核”栏勾选的任务纳入2026年度市直单位综合考核，考核结果作为单位评先评优和"
    "干部选拔任用的重要参考。",
]
for b in BODY:
    para(b, first=2)
para()
p = para("附件：2026年市政府重点工作任务交办表", first=2)
para()
para()
para("沐溪市人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
p = para("2026年2月27日", align=WD_ALIGN_PARAGRAPH.RIGHT)
p.paragraph_format.right_indent = Pt(32)
para("（此件公开发布）", first=2)

# ---------------------------------------------------------------- attachment section
sec2 = doc.add_section()
sec2.orientation = WD_ORIENT.LANDSCAPE
sec2.page_width, sec2.page_height = Mm(297), Mm(210)
sec2.top_margin, sec2.bottom_margin = Mm(28), Mm(26)
sec2.left_margin, sec2.right_margin = Mm(25), Mm(25)

para("附件", HT, 16)
para("2026年市政府重点工作任务交办表", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=36,
     space_after=8)

W = [700, 5500, 2000, 2000, 2900, 1500, 1100]   # twips, total 15700
tbl = el("w:tbl")
tp = el("w:tblPr")
tp.append(el("w:tblW", w=sum(W), type="dxa"))
tp.append(el("w:jc", val="center"))
bd = el("w:tblBorders")
for s in ("top", "left", "bottom", "right", "insideH", "insideV"):
    bd.append(el("w:" + s, val="single", sz=4, space=0, color="000000"))
tp.append(bd)
tp.append(el("w:tblLayout", type="fixed"))
cm = el("w:tblCellMar")
cm.append(el("w:left", w=80, type="dxa"))
cm.append(el("w:right", w=80, type="dxa"))
tp.append(cm)
tp.append(el("w:tblLook", val="04A0", firstRow=1, lastRow=0, firstColumn=1, lastColumn=0,
             noHBand=0, noVBand=1))
tbl.append(tp)
grid = el("w:tblGrid")
for w in W:
    grid.append(el("w:gridCol", w=w))
tbl.append(grid)


def tr(cells, header=False, cant_split=True):
    r = el("w:tr")
    pr = el("w:trPr")
    if cant_split:
        pr.append(el("w:cantSplit"))
    if header:
        pr.append(el("w:tblHeader"))
    r.append(pr)
    for c in cells:
        r.append(c)
    return r


HEAD = ["序号", "工作任务", "责任市领导", "牵头单位", "配合单位", "完成时限", "纳入考核"]
tbl.append(tr([tc(W[i], [cell_par([run(h, HT, 12)], "center")], shade="D9D9D9")
               for i, h in enumerate(HEAD)], header=True))


def pieces_to_children(pcs):
    out = []
    for pc in pcs:
        if pc[0] == "t":
            out.append(run(pc[1], FS, 12))
        elif pc[0] == "dd":
            out += dropdown(pc[1], pc[2])
        else:
            raise ValueError(pc)
    return out


for part_title, tasks in PARTS:
    tbl.append(tr([tc(sum(W), [cell_par([run(part_title, HT, 12)], "left")], span=7)]))
    for n, (text, leaders, lead, coop, dl, kh) in enumerate(tasks, 1):
        cells = [tc(W[0], [cell_par([run(str(n), FS, 12)], "center")])]
        cells.append(tc(W[1], [cell_par(textfield([text], maxlen=None,
                                                  status="请填写工作任务"), "left")]))
        cells.append(tc(W[2], [cell_par(pieces_to_children(pp), "center") for pp in leaders]))
        cells.append(tc(W[3], [cell_par(pieces_to_children(pp), "center") for pp in lead]))
        if coop is None:
            kids = textfield(None, status="请填写配合单位")
        elif isinstance(coop, tuple) and coop[0] == "ft-default":
            kids = textfield([coop[1]], default=coop[1], status="请填写配合单位")
        elif isinstance(coop, list):
            kids = textfield(coop, status="请填写配合单位")
        else:
            kids = textfield([coop], status="请填写配合单位")
        cells.append(tc(W[4], [cell_par(kids, "left")]))
        cells.append(tc(W[5], [cell_par(dropdown("DL", 3 if dl is None else (dl or None)), "center")]))
        cells.append(tc(W[6], [cell_par(checkbox(kh), "center")]))
        tbl.append(tr(cells))

# place the table after the attachment title
body = doc.element.body
title_p = doc.paragraphs[-1]._p
title_p.addnext(tbl)

# 注 and 版记 after the table (still in the landscape section)
NOTE = [
    "注：1．“责任市领导”“牵头单位”“完成时限”栏由市政府督查室统一设定，如需调整，由牵头单位书面报市政府督查室。",
    "2．配合单位栏为空或注明“无”的，由牵头单位独立承担。",
    "3．“纳入考核”栏勾选（☒）的任务纳入2026年度市直单位综合考核。",
]
for i, t in enumerate(NOTE):
    p = para(t, KT, 12, line=20)
    if i:
        p.paragraph_format.left_indent = Pt(36)
para(line=20)
p = para("抄送：市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院。", FS, 14, line=24)
add_rule(p, "000000", 8, "top")
add_rule(p, "000000", 4, "bottom")
p = para("沐溪市人民政府办公室　　　　　　　　　　　　　　　　　　　　　　　　2026年2月27日印发",
         FS, 14, line=24)
add_rule(p, "000000", 8, "bottom")

# ---------------------------------------------------------------- footers: — N —
for s in doc.sections:
    s.footer.is_linked_to_previous = False
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp._p.append(run("— ", FS, 14))
    fp._p.append(fld_run("begin", 14))
    fp._p.append(instr_run(" PAGE ", 14))
    fp._p.append(fld_run("separate", 14))
    fp._p.append(run("1", FS, 14))
    fp._p.append(fld_run("end", 14))
    fp._p.append(run(" —", FS, 14))

# section 1 (the notice) stays editable when the form protection is on: w:formProt false
s1 = doc.sections[0]._sectPr
fp_el = el("w:formProt", val="0")
cols = s1.find(qn("w:cols"))
if cols is not None:
    cols.addnext(fp_el)
else:
    s1.find(qn("w:pgMar")).addnext(fp_el)

# settings: protected for filling in forms, no password
settings = doc.settings.element
prot = el("w:documentProtection", edit="forms", enforcement="1")
settings.find(qn("w:defaultTabStop")).addprevious(prot)

cp = doc.core_properties
cp.author = "市政府督查室"
cp.title = "沐溪市人民政府办公室关于印发2026年市政府重点工作任务交办表的通知"
cp.last_modified_by = "szfdcs"

doc.save(OUT)
print("wrote", OUT)
