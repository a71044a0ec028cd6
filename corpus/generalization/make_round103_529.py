#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes 529_piyang_shi_zhongdian_gongzuo_ji_zeren_fenjie.docx next to itself.

A 市人民政府 文件 in the form Anhui's provincial and city governments use every year for
“关于20XX年重点工作及责任分解的通知”: the tasks in the body of the notice itself, numbered
straight through the 一、 parts, each over three label paragraphs
    牵头负责领导：X。
    牵头责任单位：A。
    协同责任单位：B、C等，各县、市、区人民政府。
(each value closed with 。; 协同 left out where there is none).
"""
import os

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

NAME = "529_piyang_shi_zhongdian_gongzuo_ji_zeren_fenjie.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

doc = Document()

# ---- page set-up (GB/T 9704: A4, 37/35/28/26 mm) ----
sec = doc.sections[0]
sec.page_height = Mm(297)
sec.page_width = Mm(210)
sec.top_margin = Mm(37)
sec.bottom_margin = Mm(35)
sec.left_margin = Mm(28)
sec.right_margin = Mm(26)
sec.footer_distance = Mm(28)

# ---- Normal style ----
st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
pf = st.paragraph_format
pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
pf.line_spacing = Pt(28.95)
pf.space_before = Pt(0)
pf.space_after = Pt(0)


def set_font(run, font, size=16, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:ascii"), font if font != FS else "Times New Roman")
    rfonts.set(qn("w:hAnsi"), font if font != FS else "Times New Roman")
    if color is not None:
        run.font.color.rgb = color


def para(text="", font=FS, size=16, align=None, indent=True, bold=False, color=None,
         line=None, runs=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if line is not None:
        p.paragraph_format.line_spacing = line
    if runs is None:
        runs = [(text, font, bold)]
    for t, f, b in runs:
        r = p.add_run(t)
        set_font(r, f, size, b, color)
    return p


def bottom_border(p, color="FF0000", sz="12"):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "4")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


# ---- 版头 ----
RED = RGBColor(0xFF, 0x00, 0x00)
for _ in range(2):
    para("", indent=False)
para("淠阳市人民政府文件", font=XBS, size=48, align=WD_ALIGN_PARAGRAPH.CENTER,
     indent=False, color=RED, line=Pt(60))
para("", indent=False)
p = para("淠政〔2025〕3号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
bottom_border(p)
para("", indent=False)

# ---- title ----
para("淠阳市人民政府关于2025年重点工作", font=XBS, size=22,
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(36))
para("及责任分解的通知", font=XBS, size=22,
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(36))
para("", indent=False)

# ---- 主送 ----
para("各县、市、区人民政府，淠阳经开区、淠阳高新区管委会，市政府各部门、各直属机构：",
     indent=False)

# ---- cover ----
para("2025年是“十四五”规划收官之年，也是谋划“十五五”发展的关键之年，做好今年政府工作意义重大。"
     "根据市六届人大四次会议审议通过的《政府工作报告》，市政府第52次常务会议研究确定了2025年"
     "8个方面35项重点工作，明确了各项工作的牵头负责领导、牵头责任单位和协同责任单位。"
     "市政府将把重点工作纳入年度目标管理绩效考核，跟踪督查调度，强化推进落实。")
para("各地、各部门要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、"
     "三中全会精神，坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，统筹发展和安全，"
     "确保高质量完成各项目标任务。牵头责任单位要强化主体责任、抓好工作统筹，细化任务分解、"
     "合理安排进度，每季度末将重点工作进展情况报市政府督查室；协同责任单位要主动对接、"
     "密切配合，按照职责分工做好相关工作，形成工作合力。")

# ---- the tasks ----
# (part heading, [(text, leaders, leads, helpers or None)])
PARTS = [
    ("一、确保完成全年主要预期目标", [
        ("地区生产总值增长6%左右，在实际工作中力争更好结果。",
         "孟庆安", "市发展改革委", "市政府各部门、各直属机构，各县、市、区人民政府"),
        ("规模以上工业增加值增长8%以上。",
         "沈立华", "市经济和信息化局",
         "市发展改革委、市统计局、国网淠阳供电公司等，各县、市、区人民政府，淠阳经开区、淠阳高新区管委会"),
        ("固定资产投资增长6%左右。",
         "孟庆安", "市发展改革委",
         "市经济和信息化局、市住房城乡建设局、市交通运输局、市水利局、市自然资源和规划局等，各县、市、区人民政府"),
        ("社会消费品零售总额增长6%左右。",
         "杜宏远", "市商务局",
         "市发展改革委、市财政局、市文化和旅游局、市市场监管局、市统计局等"),
        ("一般公共预算收入增长3%左右。",
         "孟庆安", "市财政局",
         "市税务局、中国人民银行淠阳市分行等，各县、市、区人民政府"),
        ("城乡居民人均可支配收入增长与经济增长基本同步。",
         "孟庆安、葛文静", "市人力资源社会保障局、市农业农村局",
         "市统计局、市发展改革委"),
        ("居民消费价格涨幅控制在2%左右。",
         "孟庆安", "市发展改革委", "市统计局、市市场监管局"),
    ]),
    ("二、加快建设现代化产业体系", [
        ("实施新兴产业“群链”培育工程，新增规模以上工业企业120户以上。",
         "沈立华", "市经济和信息化局",
         "市科技局、市发展改革委、市投资促进中心等，各县、市、区人民政府，淠阳经开区、淠阳高新区管委会"),
        ("推进新能源汽车零部件产业园二期建设，年内建成标准化厂房30万平方米。",
         "沈立华", "淠阳经开区管委会",
         "市经济和信息化局、市自然资源和规划局、市住房城乡建设局"),
        ("开展“招大引强”攻坚行动，全年引进亿元以上项目150个以上、其中10亿元以上项目12个。",
         "韦正明、沈立华", "市投资促进中心",
         "市政府各部门、各直属机构，各县、市、区人民政府，淠阳经开区、淠阳高新区管委会"),
        ("推动数字经济和实体经济深度融合，新建5G基站800个，新增“上云用数赋智”企业300户。",
         "杜宏远", "市数据资源局", "市经济和信息化局、中国铁塔淠阳分公司等"),
        ("培育壮大现代服务业，新增规模以上服务业企业60户。",
         "杜宏远", "市发展改革委、市商务局", "市统计局、市财政局、市市场监管局等"),
        ("大力发展文旅产业，创建国家4A级旅游景区2家，全年接待游客增长10%以上。",
         "杜宏远", "市文化和旅游局",
         "市交通运输局、市商务局、市林业局等，各县、市、区人民政府"),
    ]),
    ("三、持续扩大有效需求", [
        ("实施重点项目攻坚行动，全年实施亿元以上重点项目600个以上，完成投资800亿元以上。",
         "孟庆安", "市发展改革委",
         "市重点工程建设管理中心、市自然资源和规划局、市生态环境局等，各县、市、区人民政府"),
        ("积极争取超长期特别国债和地方政府专项债券资金，全年争取资金80亿元以上。",
         "孟庆安", "市发展改革委、市财政局", "市政府各部门、各直属机构"),
        ("深入实施消费品以旧换新行动，办好“乐购淠阳”系列促消费活动100场以上。",
         "杜宏远", "市商务局", "市财政局、市市场监管局、市文化和旅游局等"),
        ("推进城市更新行动，改造城镇老旧小区42个、城市燃气管道等老化管网120公里。",
         "邵长青", "市住房城乡建设局",
         "市财政局、市自然资源和规划局、国网淠阳供电公司等，各县、市、区人民政府"),
    ]),
    ("四、全面深化改革开放", [
        ("深化营商环境改革，推进政务服务“高效办成一件事”，新增集成办理事项20项。",
         "杜宏远", "市数据资源局", "市政府各部门、各直属机构"),
        ("深化国资国企改革，推动市属企业整合重组，完成国企改革深化提升行动年度任务。",
         "孟庆安", "市国资委", "市财政局、市委金融办"),
        ("稳外贸稳外资，进出口总额增长5%以上，实际使用外资1.2亿美元。",
         "杜宏远", "市商务局",
         "市发展改革委、市财政局、市税务局、中国人民银行淠阳市分行等"),
        ("加强科技创新平台建设，新增省级以上创新平台20家，高新技术企业净增50户。",
         "沈立华", "市科技局",
         "市经济和信息化局、市教育局、市发展改革委等，淠阳经开区、淠阳高新区管委会"),
    ]),
    ("五、推进城乡融合和乡村全面振兴", [
        ("全年粮食播种面积稳定在650万亩以上，总产量保持在60亿斤以上。",
         "葛文静", "市农业农村局",
         "市发展改革委、市财政局、市自然资源和规划局、市水利局等，各县、市、区人民政府"),
        ("新建高标准农田25万亩，改造提升10万亩。",
         "葛文静", "市农业农村局",
         "市财政局、市自然资源和规划局、市水利局，各县、市、区人民政府"),
        ("巩固拓展脱贫攻坚成果，守住不发生规模性返贫致贫底线。",
         "葛文静", "市农业农村局",
         "市民政局、市人力资源社会保障局、市医保局、市教育局、市住房城乡建设局等"),
        ("实施城西河综合治理工程，完成堤防加固40公里、河道清淤15公里。",
         "邵长青", "市水利局", "市生态环境局、市自然资源和规划局、市城管局等"),
    ]),
    ("六、持续推进生态文明建设", [
        ("深入打好蓝天碧水净土保卫战，PM2.5平均浓度下降3%，国考断面水质优良比例保持100%。",
         "邵长青", "市生态环境局",
         "市发展改革委、市经济和信息化局、市住房城乡建设局、市交通运输局、市农业农村局等，各县、市、区人民政府"),
        ("深化林长制改革，完成人工造林1.5万亩、森林抚育8万亩。",
         "邵长青", "市林业局", "各县、市、区人民政府"),
    ]),
    ("七、持续保障和改善民生", [
        ("实施就业优先战略，城镇新增就业3.2万人以上，城镇调查失业率控制在5.5%以内。",
         "葛文静", "市人力资源社会保障局",
         "市教育局、市财政局、市农业农村局等，各县、市、区人民政府"),
        ("新建改扩建中小学和幼儿园12所，新增学位8000个。",
         "葛文静", "市教育局",
         "市发展改革委、市财政局、市自然资源和规划局、市住房城乡建设局，各县、市、区人民政府"),
        ("推进紧密型县域医共体建设，提升基层医疗卫生服务能力。",
         "葛文静", "市卫生健康委", "市医保局、市财政局、市人力资源社会保障局等"),
        ("健全养老服务体系，新增社区嵌入式养老服务设施30个、家庭养老床位1000张。",
         "葛文静", "市民政局",
         "市卫生健康委、市医保局、市住房城乡建设局等，各县、市、区人民政府"),
        ("深化安全生产治本攻坚三年行动，坚决遏制较大以上生产安全事故。",
         "邵长青", "市应急管理局", "市安委会各成员单位，各县、市、区人民政府"),
        ("建设更高水平平安淠阳，常态化推进扫黑除恶斗争，深化信访工作法治化。",
         "吕振国", "市公安局", "市司法局、市信访局等，各县、市、区人民政府"),
    ]),
    ("八、加强政府自身建设", [
        ("加强审计监督，推动审计整改常态长效。",
         "孟庆安", "市审计局", None),
        ("持续开展重点工作督查，推动《政府工作报告》各项任务落地见效。",
         "韦正明", "市政府办公室", "市政府各部门、各直属机构"),
    ]),
]

n = 0
for head, tasks in PARTS:
    para(head, font=HT)
    for text, leaders, leads, helpers in tasks:
        n += 1
        para(f"{n}．{text}")
        para(f"牵头负责领导：{leaders}。")
        para(f"牵头责任单位：{leads}。")
        if helpers is not None:
            para(f"协同责任单位：{helpers}。")
assert n == 35, n

# ---- 落款 ----
para("", indent=False)
para("", indent=False)
p = para("淠阳市人民政府", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
p.paragraph_format.right_indent = Pt(64)
p = para("2025年2月17日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
p.paragraph_format.right_indent = Pt(48)
para("（此件公开发布）")

# ---- 版记 ----
para("", indent=False)
para("", indent=False)
tbl = doc.add_table(rows=2, cols=1)
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
tblPr = tbl._tbl.tblPr
borders = OxmlElement("w:tblBorders")
for edge, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4")):
    e = OxmlElement(f"w:{edge}")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), sz)
    e.set(qn("w:space"), "0")
    e.set(qn("w:color"), "000000")
    borders.append(e)
for edge in ("left", "right", "insideV"):
    e = OxmlElement(f"w:{edge}")
    e.set(qn("w:val"), "nil")
    borders.append(e)
tblPr.append(borders)


def cell_text(cell, runs, align=None, indent_left=Pt(14)):
    cp = cell.paragraphs[0]
    if align is not None:
        cp.alignment = align
    cp.paragraph_format.left_indent = indent_left
    cp.paragraph_format.right_indent = Pt(14)
    cp.paragraph_format.first_line_indent = Pt(0)
    for t in runs:
        r = cp.add_run(t)
        set_font(r, FS, 14)


cell_text(tbl.cell(0, 0), ["抄送：市委各部门，市人大常委会办公室，市政协办公室，市纪委监委，市法院，"
                           "市检察院，淠阳军分区。"])
cell_text(tbl.cell(1, 0), ["淠阳市人民政府办公室　　　　　　　　　2025年2月18日印发"])

# ---- footer: — N — ----
footer = sec.footer
fp = footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("— ")
set_font(r, "宋体", 14)
fld = OxmlElement("w:fldSimple")
fld.set(qn("w:instr"), " PAGE ")
fr = OxmlElement("w:r")
frpr = OxmlElement("w:rPr")
ff = OxmlElement("w:rFonts")
ff.set(qn("w:ascii"), "宋体")
ff.set(qn("w:hAnsi"), "宋体")
frpr.append(ff)
fsz = OxmlElement("w:sz")
fsz.set(qn("w:val"), "28")
frpr.append(fsz)
fr.append(frpr)
ft = OxmlElement("w:t")
ft.text = "1"
fr.append(ft)
fld.append(fr)
fp._p.append(fld)
r = fp.add_run(" —")
set_font(r, "宋体", 14)

doc.core_properties.author = "淠阳市人民政府办公室"
doc.core_properties.title = "淠阳市人民政府关于2025年重点工作及责任分解的通知"
doc.save(OUT)
print("wrote", OUT)
