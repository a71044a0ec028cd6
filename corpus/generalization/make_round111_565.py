#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Write 565_zhangchuan_nongyenongcunting_gzbg_renwu_fengong.docx:
a 省农业农村厅 红头 notice (嶂农发〔2025〕9号) dividing the 省政府工作报告 tasks that fall
to the 厅 among its 厅领导, 处室 and 直属单位, the 分工方案 as a landscape 附件 table."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

NAME = "565_zhangchuan_nongyenongcunting_gzbg_renwu_fengong.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xE6, 0x00, 0x12)


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
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None,
         indent=False, color=None, line=28, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def runs(p, parts):
    """parts: list of (text, font, size, bold)"""
    for text, font, size, bold in parts:
        r = p.add_run(text)
        set_font(r, font, size, bold)


def red_rule(p):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "18")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "E60012")
    bdr.append(b)
    ppr.append(bdr)


def add_page_number_footer(section):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    for tag, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if tag:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), tag)
            r._r.append(fc)
        elif txt.strip() == "PAGE":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._r.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = txt
            r._r.append(t)
    r = fp.add_run(" —")
    set_font(r, "宋体", 14)


# ---------------------------------------------------------------- tasks
# (序号, 重点任务, 责任厅领导 list or None for a merged continuation, 责任处室（单位）, 完成时限)
PART1 = "一、省农业农村厅牵头的重点任务（22项）"
PART2 = "二、省农业农村厅配合的重点任务（8项）"
ROWS1 = [
    ("1", "稳定粮食播种面积，全年粮食播种面积稳定在4850万亩以上、总产量保持在320亿斤以上，压实粮食安全党政同责。",
     ["邵启明"], "种植业管理处、计划财务处、省农业技术推广总站", "2025年12月底前"),
    ("2", "深入实施粮油作物大面积单产提升行动，建设整建制推进县30个，推广玉米大豆带状复合种植120万亩。",
     None, "种植业管理处、科技教育处、省农业技术推广总站、省耕地质量与肥料工作站", "2025年12月底前"),
    ("3", "新建和改造提升高标准农田180万亩，统筹推进高效节水灌溉，健全高标准农田建后管护机制。",
     ["谭玉兰"], "农田建设管理处、计划财务处、省耕地质量与肥料工作站", "2025年12月底前"),
    ("4", "加强耕地质量保护与提升，开展撂荒地排查整治，推进盐碱地等耕地后备资源综合利用试点。",
     None, "农田建设管理处、种植业管理处、省耕地质量与肥料工作站", "2025年12月底前"),
    ("5", "深入实施种业振兴行动，加快省级种业创新平台建设，培育壮大一批育繁推一体化种业企业，建设国家级制种基地县3个。",
     ["鲁建平"], "种业管理处、科技教育处、省种业发展中心", "2025年12月底前"),
    ("6", "稳定生猪基础产能，实施肉牛肉羊增量提质行动，大力发展奶业和特色畜禽产业。",
     None, "畜牧兽医处、省畜牧技术推广总站", "2025年12月底前"),
    ("7", "强化重大动物疫病和农作物重大病虫害防控，做好非洲猪瘟、草地贪夜蛾等监测预警和应急处置。",
     ["鲁建平", "邵启明"], "畜牧兽医处、种植业管理处、省动物疫病预防控制中心、省植保植检站", "持续推进"),
    ("8", "推进农业机械化全程全面发展，实施农机装备补短板行动，落实农机购置与应用补贴政策，主要农作物耕种收综合机械化率达到78%。",
     ["谭玉兰"], "农业机械化管理处、计划财务处、省农业机械化技术推广站", "2025年12月底前"),
    ("9", "推进稻渔综合种养和大水面生态渔业发展，创建国家级水产健康养殖和生态养殖示范区5个。",
     ["鲁建平"], "渔业渔政管理处、省水产技术推广站", "2025年12月底前"),
    ("10", "实施农产品加工业提升行动，新增农业产业化国家重点龙头企业10家，农产品加工业产值与农业总产值比达到2.6:1。",
     ["龚振华"], "乡村产业发展处", "2025年12月底前"),
    ("11", "培育壮大“嶂字号”农业品牌，办好第十届中国（嶂川）农业博览会，支持农业企业开拓国内外市场。",
     None, "市场与信息化处、乡村产业发展处、国际合作处、省农业信息中心", "2025年11月底前"),
    ("12", "创建国家现代农业产业园2个、农业产业强镇10个，新认定省级现代农业产业园30个。",
     None, "乡村产业发展处、发展规划处、计划财务处", "2025年12月底前"),
    ("13", "加强农产品质量安全监管，深入开展食用农产品“治违禁 控药残 促提升”行动，农产品质量安全例行监测合格率稳定在98%以上。",
     ["邵启明"], "农产品质量安全监管处、省农产品质量安全中心、农业综合行政执法监督局", "持续推进"),
    ("14", "学习运用“千万工程”经验，有力有效推进乡村全面振兴，创建省级和美乡村示范村500个。",
     ["贺卫东、龚振华"], "乡村建设促进处、发展规划处、计划财务处、省乡村振兴服务中心", "2025年12月底前"),
    ("15", "深入实施农村人居环境整治提升五年行动，农村卫生厕所普及率达到80%，生活垃圾收运处置体系覆盖所有行政村。",
     ["龚振华"], "农村社会事业促进处、乡村建设促进处", "2025年12月底前"),
    ("16", "巩固拓展脱贫攻坚成果，健全防止返贫致贫监测和帮扶机制，坚决守住不发生规模性返贫致贫底线。",
     ["贺卫东"], "防止返贫监测帮扶处、政策与改革处、计划财务处、省乡村振兴服务中心", "持续推进"),
    ("17", "深化农村土地制度改革，有序推进第二轮土地承包到期后再延长30年整县试点。",
     ["谭玉兰"], "政策与改革处、农村合作经济指导处、省农村经营管理站", "2025年12月底前"),
    ("18", "发展新型农村集体经济，规范农村集体资产管理，年经营性收入10万元以上的村占比提高到60%。",
     None, "农村合作经济指导处、省农村经营管理站", "2025年12月底前"),
    ("19", "培育家庭农场、农民合作社等新型农业经营主体，健全农业社会化服务体系，农业社会化服务面积达到5000万亩次。",
     None, "农村合作经济指导处、种植业管理处、农业机械化管理处", "2025年12月底前"),
    ("20", "加强高素质农民培育，培训高素质农民3万人次，实施乡村产业振兴带头人培育“头雁”项目。",
     ["龚振华"], "科技教育处、人事处、省农业广播电视学校", "2025年10月底前"),
    ("21", "推进数字乡村建设，建设省级智慧农业应用基地20个，完善省农业农村大数据平台。",
     None, "市场与信息化处、省农业信息中心", "2025年12月底前"),
    ("22", "加强农业综合行政执法，严厉打击制售假劣农资等违法行为，保障农民合法权益。",
     ["邵启明"], "农业综合行政执法监督局", "持续推进"),
]
ROWS2 = [
    ("23", "落实种粮农民收益保障机制，推动健全粮食主产区利益补偿机制。",
     ["邵启明"], "计划财务处、种植业管理处", "2025年12月底前"),
    ("24", "扩大完全成本保险和种植收入保险实施范围，发展地方优势特色农产品保险。",
     ["谭玉兰"], "计划财务处", "2025年12月底前"),
    ("25", "推动农村一二三产业融合发展，促进农文旅融合，培育休闲农业精品线路50条。",
     ["龚振华"], "乡村产业发展处、市场与信息化处", "2025年12月底前"),
    ("26", "实施县域商业建设行动，加快补齐农产品产地冷藏保鲜设施短板。",
     None, "市场与信息化处、乡村产业发展处、计划财务处", "2025年12月底前"),
    ("27", "加强农业面源污染治理，推进化肥农药减量增效和畜禽粪污、秸秆、农膜资源化利用。",
     ["邵启明", "鲁建平"], "科技教育处、种植业管理处、畜牧兽医处、省农业生态与资源保护站", "持续推进"),
    ("28", "巩固重点水域禁捕退捕成果，开展渔政执法“亮剑”系列专项行动。",
     ["鲁建平"], "渔业渔政管理处、农业综合行政执法监督局", "持续推进"),
    ("29", "扩大农业农村有效投资，谋划储备一批农业农村领域重大项目，用好超长期特别国债和地方政府专项债券。",
     ["贺卫东"], "发展规划处、计划财务处、厅机关有关处室、各直属单位", "2025年12月底前"),
    ("30", "持续优化农业农村领域营商环境，深化“放管服”改革，推进涉农政务服务事项“一网通办”。",
     ["谭玉兰"], "法规处、办公室、市场与信息化处", "2025年12月底前"),
]

# ---------------------------------------------------------------- document
doc = Document()
st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
add_page_number_footer(sec)

# python-docx starts with one empty paragraph? no: Document() body is empty.
para(doc, "嶂川省农业农村厅文件", XBS, 40, align=WD_ALIGN_PARAGRAPH.CENTER,
     color=RED, line=60, before=24)
para(doc, "", line=28)
p = para(doc, "嶂农发〔2025〕9号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
red_rule(p)
para(doc, "", line=28)
for t in ("嶂川省农业农村厅关于印发", "《2025年省政府工作报告涉及省农业农村厅",
          "重点任务分工方案》的通知"):
    para(doc, t, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
para(doc, "", line=28)
para(doc, "厅机关各处室、各直属单位：")

cover = [
    "为认真贯彻落实省十四届人大四次会议精神，扎实推进省《政府工作报告》确定的农业农村重点任务，"
    "根据《嶂川省人民政府关于落实2025年〈政府工作报告〉重点工作的分工意见》（嶂政发〔2025〕4号），"
    "经厅党组研究同意，现将《2025年省政府工作报告涉及省农业农村厅重点任务分工方案》印发给你们，"
    "并就有关事项通知如下，请认真抓好贯彻落实。",
]
for t in cover:
    para(doc, t, indent=True)

reqs = [
    ("一、提高思想认识。", "省《政府工作报告》是省政府向省人民代表大会作出的郑重承诺。各处室、各直属单位要切实把思想和行动统一到省委、省政府决策部署上来，"
     "把落实《政府工作报告》任务作为全年工作的重中之重，细化工作措施，明确时间节点，确保各项任务按期保质完成。"),
    ("二、压实工作责任。", "各项任务均明确了责任厅领导和责任处室（单位）。责任厅领导要加强对分管领域任务的统筹指导和督促推进。"
     "责任处室（单位）中排在第一位的为牵头处室（单位），其他为配合处室（单位）。牵头处室（单位）要主动担当、加强协调，"
     "研究制定具体推进方案；配合处室（单位）要按照职责分工积极支持配合，形成工作合力。"
     "对省政府明确由我厅配合的任务，牵头处室（单位）要主动对接省直牵头部门，及时报送相关材料。"),
    ("三、加强调度督办。", "请各牵头处室（单位）于每季度最后一个月的20日前，将任务进展情况（含工作进展、存在问题、下一步打算）"
     "经责任厅领导审核后报厅办公室（督查室），电子版发送至邮箱zcnyncdcs@163.com。厅办公室将定期调度通报任务落实情况，"
     "并将落实情况纳入处室（单位）年度绩效考核。"),
]
for lead, body in reqs:
    p = para(doc, indent=True)
    runs(p, [(lead, HT, 16, False), (body, FS, 16, False)])

para(doc, "", line=28)
p = para(doc, indent=True)
runs(p, [("附件：2025年省政府工作报告涉及省农业农村厅重点任务分工方案", FS, 16, False)])
para(doc, "", line=28)
para(doc, "", line=28)
p = para(doc, "嶂川省农业农村厅", align=WD_ALIGN_PARAGRAPH.RIGHT)
p.paragraph_format.right_indent = Pt(16 * 4)
p = para(doc, "2025年2月21日", align=WD_ALIGN_PARAGRAPH.RIGHT)
p.paragraph_format.right_indent = Pt(16 * 4)
p = para(doc, "（此件依申请公开）", indent=True)

# ---------------------------------------------------------------- 附件 (landscape)
asec = doc.add_section(WD_SECTION.NEW_PAGE)
asec.orientation = WD_ORIENT.LANDSCAPE
asec.page_width, asec.page_height = Cm(29.7), Cm(21)
asec.top_margin, asec.bottom_margin = Cm(2.6), Cm(2.4)
asec.left_margin, asec.right_margin = Cm(2.5), Cm(2.5)

para(doc, "附件", HT, 16)
para(doc, "", line=20)
para(doc, "2025年省政府工作报告涉及省农业农村厅重点任务分工方案", XBS, 22,
     align=WD_ALIGN_PARAGRAPH.CENTER, line=36, after=12)

widths = [Cm(1.5), Cm(11.2), Cm(2.8), Cm(6.8), Cm(2.4)]
table = doc.add_table(rows=1, cols=5)
table.style = "Table Grid"
table.alignment = WD_TABLE_ALIGNMENT.CENTER
table.autofit = False


def set_cell(cell, lines, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(20)
        if line:
            r = p.add_run(line)
            set_font(r, font, size, bold)


def vmerge(cell, val):
    tcpr = cell._tc.get_or_add_tcPr()
    vm = OxmlElement("w:vMerge")
    if val:
        vm.set(qn("w:val"), val)
    va = tcpr.find(qn("w:vAlign"))
    if va is not None:
        va.addprevious(vm)
    else:
        tcpr.append(vm)


hdr = table.rows[0]
trpr = hdr._tr.get_or_add_trPr()
th = OxmlElement("w:tblHeader")
trpr.append(th)
for c, t in zip(hdr.cells, ["序号", "重点任务", "责任厅领导", "责任处室（单位）", "完成时限"]):
    set_cell(c, [t], HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)

C = WD_ALIGN_PARAGRAPH.CENTER


def add_part(title):
    row = table.add_row()
    m = row.cells[0].merge(row.cells[4])
    set_cell(m, [title], HT, 12)


def add_rows(rows):
    # leader column: vMerge restart on a row with leaders, continue on None rows
    for i, (no, task, leaders, units, when) in enumerate(rows):
        row = table.add_row()
        cs = row.cells
        set_cell(cs[0], [no], FS, 12, align=C)
        set_cell(cs[1], [task])
        if leaders is None:
            set_cell(cs[2], [""], align=C)
            vmerge(cs[2], None)
        else:
            set_cell(cs[2], leaders, align=C)
            nxt = rows[i + 1][2] if i + 1 < len(rows) else "end"
            if nxt is None:
                vmerge(cs[2], "restart")
        set_cell(cs[3], [units])
        set_cell(cs[4], [when], align=C)


add_part(PART1)
add_rows(ROWS1)
add_part(PART2)
add_rows(ROWS2)

for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
    gc.set(qn("w:w"), str(int(w.twips)))
for row in table.rows:
    tcs = row._tr.findall(qn("w:tc"))
    if len(tcs) == 1:
        row.cells[0].width = sum(widths, Cm(0))
        continue
    for tc, w in zip(tcs, widths):
        tc.width = w

# ---------------------------------------------------------------- 版记 (portrait)
bsec = doc.add_section(WD_SECTION.NEW_PAGE)
bsec.orientation = WD_ORIENT.PORTRAIT
bsec.page_width, bsec.page_height = Cm(21), Cm(29.7)
bsec.top_margin, bsec.bottom_margin = Cm(3.7), Cm(3.5)
bsec.left_margin, bsec.right_margin = Cm(2.8), Cm(2.6)
for _ in range(18):
    para(doc, "", line=28)
bj = doc.add_table(rows=2, cols=1)
set_cell(bj.rows[0].cells[0], ["抄送：驻厅纪检监察组。"], FS, 14)
set_cell(bj.rows[1].cells[0], ["嶂川省农业农村厅办公室　　　　　　　　　2025年2月21日印发"], FS, 14)
tblpr = bj._tbl.tblPr
borders = OxmlElement("w:tblBorders")
for side, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4")):
    e = OxmlElement(f"w:{side}")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), sz)
    e.set(qn("w:color"), "000000")
    borders.append(e)
for side in ("left", "right", "insideV"):
    e = OxmlElement(f"w:{side}")
    e.set(qn("w:val"), "nil")
    borders.append(e)
tblpr.find(qn("w:tblLook")).addprevious(borders)

doc.core_properties.author = "办公室"
doc.core_properties.title = ""
doc.save(OUT)
print(OUT)
