#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 81, No. 427: a county 政府办 notice adjusting and supplementing an earlier
task division, its attachment a Word 调整对照表 (调整前 / 调整后 column groups under a
two-row header, 不变 cells, merged leader cells, part rows spanning the table)."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "427_tanxi_xian_fengong_tiaozheng_duizhaobiao.docx")

doc = Document()


def set_font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(text="", font="仿宋_GB2312", size=16, bold=False, align=None,
         indent=True, color=None, space_after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = Pt(28)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


# ---- page setup, first section (portrait A4)
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)


def add_page_field(section):
    ft = section.footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None),
                      (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        elif txt.strip() == "PAGE":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = txt
            r._element.append(t)
    set_font(p.add_run(" —"), "宋体", 14)


add_page_field(sec)

# ---- 版头
para("檀溪县人民政府办公室文件", "方正小标宋简体", 36, align="c", indent=False,
     color="FF0000", space_after=18)
para("檀政办发〔2024〕31号", align="c", indent=False, space_after=6)
p = para("", indent=False)
pPr = p._p.get_or_add_pPr()
bdr = OxmlElement("w:pBdr")
b = OxmlElement("w:bottom")
for k, v in (("w:val", "single"), ("w:sz", "18"), ("w:space", "1"), ("w:color", "FF0000")):
    b.set(qn(k), v)
bdr.append(b)
pPr.append(bdr)
para("", indent=False)

# ---- 标题
para("檀溪县人民政府办公室", "方正小标宋简体", 22, align="c", indent=False)
para("关于调整补充2024年县《政府工作报告》", "方正小标宋简体", 22, align="c", indent=False)
para("重点工作任务分工的通知", "方正小标宋简体", 22, align="c", indent=False, space_after=16)

para("各乡（镇）人民政府，檀溪经济开发区管委会，县直各部门：", indent=False)
body = [
    "《檀溪县人民政府办公室关于印发2024年县〈政府工作报告〉重点工作任务分工的通知》"
    "（檀政办发〔2024〕9号）印发以来，各责任单位认真抓好落实，取得阶段性成效。因县政府领导"
    "工作分工调整和机构改革职能划转，结合市政府下达我县的新增目标任务，经县政府同意，现对部分"
    "重点工作任务分工作如下调整和补充。",
]
for t in body:
    para(t)
para("一、调整内容", "黑体", 16)
para("（一）责任县领导调整。根据《檀溪县人民政府关于调整县政府领导同志工作分工的通知》，"
     "周文涛同志不再担任副县长职务，原由其负责的工业和信息化、商务等方面任务，分别调整由孙立峰"
     "同志、韩振宇同志负责；韩振宇同志原负责的教育方面任务调整由吴晓岚同志负责；邵建国同志不再"
     "分管水利工作，相关任务调整由罗佩玲同志负责。", "楷体_GB2312")
para("（二）牵头单位调整。县科学技术局、县乡村振兴局职责分别划入县工业和信息化局、县农业农村局，"
     "原由上述单位牵头的任务，相应调整由县工业和信息化局、县农业农村局牵头；原由县政务服务中心"
     "牵头的任务，调整由县政务服务和数据管理局牵头。", "楷体_GB2312")
para("（三）配合单位调整。根据工作推进需要，对部分任务的配合单位作了增减。", "楷体_GB2312")
para("（四）新增任务。新增重点工作任务4项，序号在原58项基础上续编（第59—62项），列入相应部分。",
     "楷体_GB2312")
para("调整后的任务分工详见附件。未列入附件的任务，仍按檀政办发〔2024〕9号文件执行。")
para("二、工作要求", "黑体", 16)
para("各责任县领导要加强对分管任务的统筹调度。调整后的牵头单位要主动与原牵头单位做好工作衔接，"
     "于2024年7月15日前将调整任务和新增任务的推进计划报县政府督查室；配合单位要积极主动配合，"
     "不得推诿扯皮。县政府督查室要将调整后的任务及时纳入督查督办台账，按季度开展调度通报。")
para("")
para("附件：2024年县《政府工作报告》重点工作任务分工调整对照表", indent=True)
para("")
para("")
para("檀溪县人民政府办公室", align="r", indent=False)
para("2024年6月28日　　", align="r", indent=False)
para("")
para("（此件公开发布）")

# ---- attachment in a landscape section
s2 = doc.add_section(WD_SECTION.NEW_PAGE)
s2.orientation = WD_ORIENT.LANDSCAPE
s2.page_width, s2.page_height = Cm(29.7), Cm(21)
s2.top_margin, s2.bottom_margin = Cm(2.5), Cm(2.2)
s2.left_margin, s2.right_margin = Cm(2.0), Cm(2.0)

para("附件", "黑体", 16, indent=False)
para("2024年县《政府工作报告》重点工作任务分工调整对照表", "方正小标宋简体", 20,
     align="c", indent=False, space_after=10)

NB = "不变"
NEW = "新增任务"
# (id, task, before(leader, lead, coop) or None, after(leader, lead, coop), 说明)
# a cell value that is a list is written one unit per paragraph
ROWS = [
    ("part", "一、推动工业经济提质增效（调整4项，新增1项）"),
    ("3", "实施工业技改提升行动，全年完成技改投资12亿元以上，新增规模以上工业企业15家。",
     ("周文涛", "县工业和信息化局", "县发展和改革局、县财政局、县统计局"),
     ("孙立峰", NB, NB), "县政府领导分工调整"),
    ("5", "推进檀溪经济开发区扩区调位，完成新材料产业园二期道路、管网等基础设施建设。",
     ("周文涛", "檀溪经济开发区管委会", "县自然资源局、县住房和城乡建设局"),
     ("孙立峰", NB, "县自然资源局、县住房和城乡建设局、县交通运输局（新增）"),
     "县政府领导分工调整；增加配合单位"),
    ("6", "加快科技创新平台建设，新培育高新技术企业10家、省级专精特新中小企业5家。",
     ("周文涛", "县科学技术局", "县工业和信息化局、县财政局"),
     ("孙立峰", "县工业和信息化局", "县财政局"),
     "县科学技术局职责划入县工业和信息化局"),
    ("11", "落实惠企纾困政策，健全“县领导+部门+企业”包联机制，深入开展“千名干部进千企”活动。",
     ("杜海燕", "县工业和信息化局", "县市场监督管理局、县税务局、县人力资源和社会保障局"),
     ("杜海燕、孙立峰", NB,
      ["县市场监督管理局", "县税务局", "县人力资源和社会保障局", "县政务服务和数据管理局"]),
     "增加责任县领导和配合单位"),
    ("59", "开展低空经济应用场景培育，谋划建设通用航空起降点1处。",
     None,
     ("孙立峰", "县发展和改革局、县工业和信息化局", "县交通运输局、县自然资源局、县应急管理局"),
     "根据市政府部署新增；两个牵头单位共同牵头"),
    ("part", "二、扩大有效投资和消费（调整4项）"),
    ("16", "全年实施县级重点项目120个，完成投资85亿元以上，争取超长期特别国债和专项债券资金8亿元。",
     ("杜海燕", "县发展和改革局", "县财政局、县自然资源局、檀溪经济开发区管委会"),
     (NB, NB, "县财政局、县自然资源局、檀溪经济开发区管委会、各乡（镇）人民政府（新增）"),
     "增加配合单位"),
    ("19", "实施消费提振行动，举办汽车、家电、家居等促消费活动不少于12场。",
     ("周文涛", "县商务局", "县文化和旅游局、县市场监督管理局、县融媒体中心"),
     ("韩振宇", NB, "县文化和旅游局、县市场监督管理局、县融媒体中心、县财政局"),
     "县商务局调整由韩振宇同志分管"),
    ("22", "推进县城商业体系建设，改造提升农贸市场3个、建设乡镇商贸中心4个。",
     ("周文涛", "县商务局", "县住房和城乡建设局、县城市管理局、各乡（镇）人民政府"),
     ("韩振宇", NB, NB), "县政府领导分工调整"),
    ("23", "推进“数字檀溪”建设，新建5G基站300个，实现行政村千兆光网全覆盖。",
     ("周文涛", "县工业和信息化局", "县政务服务和数据管理局、县自然资源局"),
     ("孙立峰", "县政务服务和数据管理局",
      ["县工业和信息化局", "县自然资源局", "中国电信檀溪分公司", "中国移动檀溪分公司"]),
     "数据管理职能整合，县工业和信息化局改为配合"),
    ("part", "三、推进乡村全面振兴（调整4项，新增1项）"),
    ("28", "巩固拓展脱贫攻坚成果，守牢不发生规模性返贫底线，脱贫人口人均纯收入增长10%以上。",
     ("罗佩玲", "县乡村振兴局", "县农业农村局、县人力资源和社会保障局、各乡（镇）人民政府"),
     (NB, "县农业农村局", "县人力资源和社会保障局、县民政局、各乡（镇）人民政府"),
     "县乡村振兴局职责划入县农业农村局"),
    ("29", "新建高标准农田2.5万亩，粮食播种面积稳定在42万亩以上。",
     ("罗佩玲", "县农业农村局", "县自然资源局、县水利局、县财政局"),
     (NB, NB, "县自然资源局、县水利局、县财政局、各乡（镇）人民政府"),
     "增加配合单位"),
    ("33", "实施和美乡村建设，创建省级和美乡村示范村8个，农村卫生厕所普及率达到80%。",
     ("罗佩玲", "县乡村振兴局", "县住房和城乡建设局、县卫生健康局、市生态环境局檀溪分局"),
     (NB, "县农业农村局", NB),
     "县乡村振兴局职责划入县农业农村局"),
    ("36", "实施农村供水保障工程，完成12个村饮水管网改造，农村自来水普及率稳定在98%以上。",
     ("邵建国", "县水利局", "县卫生健康局、县财政局"),
     ("罗佩玲", NB, "县卫生健康局、县财政局、各乡（镇）人民政府"),
     "邵建国同志不再分管水利工作"),
    ("60", "开展村级集体经济“清零消薄”行动，年经营性收入10万元以上的村占比达到50%。",
     None,
     ("罗佩玲", "县农业农村局", "县财政局、县委组织部、各乡（镇）人民政府"),
     "根据市政府部署新增"),
    ("part", "四、增进民生福祉（调整4项，新增1项）"),
    ("41", "城镇新增就业3200人，城镇调查失业率控制在5.5%以内。",
     ("韩振宇", "县人力资源和社会保障局", "县教育体育局、县农业农村局、县乡村振兴局"),
     (NB, NB, "县教育体育局、县农业农村局"),
     "县乡村振兴局不再列为配合单位"),
    ("44", "新建、改扩建中小学和幼儿园6所，新增学位2400个。",
     ("韩振宇", "县教育体育局", "县发展和改革局、县财政局、县自然资源局、县住房和城乡建设局"),
     ("吴晓岚", NB, NB), "县政府领导分工调整"),
    ("48", "推进紧密型县域医共体建设，县人民医院创成三级医院。",
     ("吴晓岚", "县卫生健康局", "县医疗保障局、县人力资源和社会保障局、县财政局"),
     (NB, "县卫生健康局、县人民医院",
      "县医疗保障局、县人力资源和社会保障局、县财政局、县委机构编制委员会办公室"),
     "增加牵头单位和配合单位"),
    ("50", "新建城市社区嵌入式养老服务设施3处，提升改造乡镇敬老院4所。",
     ("吴晓岚", "县民政局", "县住房和城乡建设局、县卫生健康局"),
     (NB, NB, "县住房和城乡建设局、县卫生健康局、各乡（镇）人民政府"),
     "增加配合单位"),
    ("61", "实施“一老一小”幸福工程，新增普惠托育托位300个。",
     None,
     ("吴晓岚", "县卫生健康局", "县民政局、县教育体育局、县总工会"),
     "根据市政府部署新增"),
    ("part", "五、加强政府自身建设（调整2项，新增1项）"),
    ("55", "深化“高效办成一件事”改革，政务服务事项网上可办率达到95%以上。",
     ("杜海燕", "县政务服务中心", "县直有关部门"),
     (NB, "县政务服务和数据管理局", NB),
     "县政务服务中心并入县政务服务和数据管理局"),
    ("57", "严格落实政府过紧日子要求，一般性支出压减5%以上。",
     ("杜海燕", "县财政局", "县审计局、县直各部门"),
     (NB, NB, "县审计局、县机关事务服务中心、县直各部门"),
     "增加配合单位"),
    ("62", "开展防范化解拖欠企业账款专项行动，年内完成存量账款清偿。",
     None,
     ("杜海燕", "县工业和信息化局、县财政局", "县发展和改革局、县司法局、县审计局"),
     "根据市政府部署新增"),
]

# vertical merges: (column index, first task id, last task id); the value is kept in the first
VMERGE = [
    (2, "3", "6"), (5, "3", "6"),
    (2, "19", "23"), (5, "19", "22"), (3, "19", "22"), (6, "19", "22"),
    (2, "28", "33"), (5, "28", "33"), (5, "36", "60"),
    (2, "41", "44"),
    (2, "48", "50"), (5, "48", "50"),
    (2, "55", "57"), (5, "55", "57"),
]

NCOL = 9
widths = [Cm(1.2), Cm(6.4), Cm(1.7), Cm(2.6), Cm(3.4), Cm(1.9), Cm(2.6), Cm(3.8), Cm(2.1)]
nrows = 2 + len(ROWS)
table = doc.add_table(rows=nrows, cols=NCOL)
table.style = "Table Grid"
table.alignment = WD_TABLE_ALIGNMENT.CENTER


def cell_text(cell, value, size=10.5, bold=False, font="仿宋_GB2312", align="c"):
    vals = value if isinstance(value, list) else [value]
    first = True
    for v in vals:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = 1.0
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == "c" else WD_ALIGN_PARAGRAPH.LEFT
        set_font(p.add_run(v), font, size, bold)


def header_row(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trPr.append(h)


table.autofit = False
for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
    gc.set(qn("w:w"), str(int(w.twips)))
for r in range(nrows):
    for c in range(NCOL):
        table.cell(r, c).width = widths[c]

# two-row header
hdr = ["序号", "工作任务", "调整前", None, None, "调整后", None, None, "调整说明"]
sub = [None, None, "责任县领导", "牵头单位", "配合单位", "责任县领导", "牵头单位", "配合单位", None]
for c in range(NCOL):
    if hdr[c]:
        cell_text(table.cell(0, c), hdr[c], 11, True, "黑体")
    if sub[c]:
        cell_text(table.cell(1, c), sub[c], 11, True, "黑体")
header_row(table.rows[0])
header_row(table.rows[1])
table.cell(0, 2).merge(table.cell(0, 4))
table.cell(0, 5).merge(table.cell(0, 7))
for c in (0, 1, 8):
    table.cell(0, c).merge(table.cell(1, c))

rowidx = {}
for i, row in enumerate(ROWS):
    r = 2 + i
    if row[0] == "part":
        cell_text(table.cell(r, 0), row[1], 11, True, "黑体", align="l")
        continue
    tid, task, before, after, note = row
    rowidx[tid] = r
    cell_text(table.cell(r, 0), tid)
    cell_text(table.cell(r, 1), task, align="l")
    if before is None:
        cell_text(table.cell(r, 2), NEW)
    else:
        for k in range(3):
            cell_text(table.cell(r, 2 + k), before[k], align="c" if k < 2 else "l")
    for k in range(3):
        cell_text(table.cell(r, 5 + k), after[k], align="c" if (k < 2 or after[k] == NB) else "l")
    cell_text(table.cell(r, 8), note, 9, align="l")

# merge the part rows across, the 新增任务 cells across 调整前, then the vertical runs
for i, row in enumerate(ROWS):
    r = 2 + i
    if row[0] == "part":
        table.cell(r, 0).merge(table.cell(r, NCOL - 1))
    elif row[2] is None:
        table.cell(r, 2).merge(table.cell(r, 4))
for col, a, b in VMERGE:
    ra, rb = rowidx[a], rowidx[b]
    # clear the text of the lower cells first (the value stands in the top cell only)
    for rr in range(ra + 1, rb + 1):
        tc = table.cell(rr, col)
        for p in tc.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        for run in list(tc.paragraphs[0].runs):
            run._r.getparent().remove(run._r)
    table.cell(ra, col).merge(table.cell(rb, col))

# vertical centring of all cells
for tr in table._tbl.tr_lst:
    for tc in tr.tc_lst:
        tcPr = tc.get_or_add_tcPr()
        va = OxmlElement("w:vAlign")
        va.set(qn("w:val"), "center")
        tcPr.append(va)

para("", indent=False)
para("注：1．本表“序号”为檀政办发〔2024〕9号文件附件中的任务序号，第59—62项为新增任务。", size=12,
     indent=False)
para("2．“调整后”栏中填写“不变”的，按“调整前”栏对应内容执行；“（新增）”为本次增加的配合单位。",
     size=12, indent=False).paragraph_format.left_indent = Pt(24)
para("3．牵头单位列有两个单位的，两个单位共同牵头，第一个单位负责综合协调和信息报送。",
     size=12, indent=False).paragraph_format.left_indent = Pt(24)

# ---- 版记 in a portrait section at the end
s3 = doc.add_section(WD_SECTION.NEW_PAGE)
s3.orientation = WD_ORIENT.PORTRAIT
s3.page_width, s3.page_height = Cm(21), Cm(29.7)
s3.left_margin, s3.right_margin = Cm(2.8), Cm(2.6)
for _ in range(14):
    para("", indent=False)
para("抄送：县委办公室，县人大常委会办公室，县政协办公室，县纪委监委。", size=14, indent=False)
para("檀溪县人民政府办公室　　　　　　　　　　2024年6月28日印发", size=14, indent=False)

doc.save(OUT)
print("wrote", OUT)
