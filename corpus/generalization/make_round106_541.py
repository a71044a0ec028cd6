#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Write 541_mingshui_xian_minsheng_shishi_fangan.docx: a 县人民政府办公室 red-header
Word notice printing the county's 2025 民生实事项目实施方案 (body after the 落款)."""
import os

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

NAME = "541_mingshui_xian_minsheng_shishi_fangan.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)

doc = Document()

# ---- page setup (GB/T 9704) ----
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
sec.left_margin, sec.right_margin = Mm(28), Mm(26)
sec.header_distance, sec.footer_distance = Mm(15), Mm(25)

# default style
st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
st.paragraph_format.line_spacing = Pt(28.9)

# odd/even footers
settings = doc.settings.element
eo = OxmlElement("w:evenAndOddHeaders")
settings.insert(0, eo)


def set_font(run, font, size=16, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font)
    if color is not None:
        run.font.color.rgb = color


def para(text="", font=FS, size=16, align=None, indent=True, bold=False,
         color=None, line=None, before=0, after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if line is not None:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def runs(p, parts):
    """parts: list of (text, font, bold)"""
    for text, font, bold in parts:
        r = p.add_run(text)
        set_font(r, font, 16, bold)


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def page_break():
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def footer_page(footer, align):
    p = footer.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
    if align == WD_ALIGN_PARAGRAPH.RIGHT:
        pf.right_indent = Pt(14)
    else:
        pf.left_indent = Pt(14)
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


footer_page(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT)
footer_page(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)

# ---- 红头 ----
para("", indent=False, line=28.9)
p = para("鸣水县人民政府办公室文件", XBS, 36, WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, color=RED, line=60)
para("", indent=False)
p = para("鸣政办发〔2025〕4号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
bottom_border(p)
para("", indent=False)

# ---- 标题 ----
for t in ("鸣水县人民政府办公室",
          "关于印发鸣水县2025年县级民生实事项目",
          "实施方案的通知"):
    para(t, XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
para("", indent=False)

para("各乡镇人民政府，城关街道办事处，县政府各部门，县直及驻县各单位：", indent=False)
para("《鸣水县2025年县级民生实事项目实施方案》已经县政府第48次常务会议研究同意，现印发给你们，请结合工作实际，认真抓好组织实施。")
para("")
p = para("鸣水县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Pt(64)
p = para("2025年2月24日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Pt(80)
para("（此件公开发布）")

page_break()

# ---- 方案 ----
para("鸣水县2025年县级民生实事项目实施方案", XBS, 22,
     WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
para("", indent=False)

para("为深入践行以人民为中心的发展思想，切实解决群众急难愁盼问题，不断增强人民群众获得感、幸福感、安全感，"
     "经广泛征集、梳理论证并提请县人大常委会票决，确定2025年县级民生实事项目9个方面31件。为确保各项民生实事"
     "落地见效，制定本方案。")

para("一、总体要求", HT)
para("坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，坚持尽力而为、"
     "量力而行，聚焦教育、医疗、就业、养老、住房、出行、人居环境等群众关切，集中财力办好一批看得见、摸得着、"
     "惠民生、暖民心的实事好事，做到项目清单化、责任具体化、推进项目化，确保全年民生实事项目按期完成、群众满意。")

para("二、项目内容及责任分工", HT)

# (heading, [ (title, body, leaders, leads, coops) ])
SECTIONS = [
    ("（一）教育惠民（4件）", [
        ("新建城东幼儿园。", "在城东新区新建公办幼儿园1所，设置12个班，新增公办学位360个，2025年8月底前建成并于秋季学期投入使用。",
         "刘文静", "县教育体育局", "县发展改革局、县自然资源局、县住房城乡建设局、城关街道办事处"),
        ("实施农村学校食堂提升工程。", "改造提升乡镇中心学校食堂8所，配齐冷链储存、食品留样、餐具消毒设备，农村学校食堂“明厨亮灶”实现全覆盖。",
         "刘文静", "县教育体育局", "县市场监管局、县财政局"),
        ("开展义务教育课后服务提质行动。", "全县义务教育学校课后服务实现全覆盖，开设科技、体育、艺术、劳动等特色课程不少于300门，学生自愿参与率达到95%以上。",
         "刘文静", "县教育体育局", ""),
        ("资助家庭经济困难学生。", "落实学前教育至高中阶段学生资助政策，全年资助家庭经济困难学生1.6万人次以上，做到应助尽助。",
         "刘文静", "县教育体育局", "县民政局、县财政局、县农业农村局、县残联"),
    ]),
    ("（二）健康鸣水（4件）", [
        ("推进紧密型县域医共体建设。", "以县人民医院、县中医院为龙头组建2个医共体，建成县域医学影像、心电诊断、检查检验共享中心，基层检查检验结果互认项目不少于30项。",
         "刘文静", "县卫生健康局", "县医疗保障局、县财政局、县委编办"),
        ("实施“两癌”和新生儿疾病免费筛查。", "为全县适龄妇女免费开展宫颈癌、乳腺癌筛查1.2万人，新生儿遗传代谢性疾病筛查率、听力筛查率均达到98%以上。",
         "刘文静", "县卫生健康局", "县妇联、县财政局"),
        ("推进村卫生室标准化建设。", "新建、改扩建村卫生室25个，为40个村卫生室配备健康一体机等基本诊疗设备，实现村卫生室医保结算全覆盖。",
         "刘文静、孙晓梅", "县卫生健康局、县医疗保障局", "县财政局、各乡镇人民政府"),
        ("提升城乡居民医保待遇。", "将城乡居民门诊慢特病病种由38种增加到45种，高血压、糖尿病门诊用药保障患者政策范围内报销比例提高到55%。",
         "孙晓梅", "县医疗保障局", "县卫生健康局、县税务局"),
    ]),
    ("（三）就业社保（3件）", [
        ("促进城乡居民稳定就业。", "全年城镇新增就业3200人，城镇登记失业率控制在4%以内，开发公益性岗位500个，零就业家庭动态清零。",
         "孙晓梅", "县人力资源社会保障局", "县财政局、县总工会、团县委、各乡镇人民政府、城关街道办事处"),
        ("开展“技能鸣水”职业技能培训。", "围绕家政服务、电子商务、养老护理、汽车维修等工种开展职业技能培训6000人次，新增技能人才1500人。",
         "孙晓梅", "县人力资源社会保障局", "县农业农村局、县教育体育局、县商务局、县妇联"),
        ("提高城乡居民基础养老金。", "城乡居民基本养老保险基础养老金最低标准在国家和省规定基础上每人每月提高20元，确保按时足额发放。",
         "孙晓梅、杨国华", "县人力资源社会保障局、县财政局", "县税务局"),
    ]),
    ("（四）养老托育和社会救助（4件）", [
        ("建设乡镇区域养老服务中心。", "在青石镇、柳河镇、双桥镇建设乡镇区域养老服务中心3个，新增护理型床位150张，开展助餐、助浴、助医等上门服务。",
         "孙晓梅", "县民政局", "县财政局、县卫生健康局、青石镇人民政府、柳河镇人民政府、双桥镇人民政府"),
        ("实施困难老年人家庭适老化改造。", "为300户特殊困难老年人家庭实施居家适老化改造，安装扶手、防滑地面、紧急呼叫等设施。",
         "孙晓梅", "县民政局", "县残联、县住房城乡建设局"),
        ("增加普惠托育服务供给。", "新增普惠性托位200个，支持幼儿园开设托班10个，每千人口拥有3岁以下婴幼儿托位数达到4.5个。",
         "刘文静", "县卫生健康局", "县教育体育局、县妇联、县市场监管局"),
        ("开展残疾儿童康复救助。", "为符合条件的0—17岁残疾儿童提供康复救助服务不少于260人，为困难重度残疾人家庭实施无障碍改造100户。",
         "孙晓梅", "县残联", "县卫生健康局、县教育体育局、县民政局"),
    ]),
    ("（五）安居宜居（3件）", [
        ("改造城镇老旧小区。", "完成城区老旧小区改造12个、惠及居民1860户，同步实施雨污分流、管网更新、停车设施和充电设施建设。",
         "周海涛", "县住房城乡建设局", "县发展改革局、县财政局、国网鸣水县供电公司、城关街道办事处"),
        ("实施农村低收入群体住房安全保障。", "完成农村危房改造和农房抗震改造150户，动态监测农村低收入群体住房安全状况，做到发现一户、改造一户。",
         "周海涛", "县住房城乡建设局", "县农业农村局、县民政局、县残联、各乡镇人民政府"),
        ("推进既有住宅加装电梯。", "完成城区既有多层住宅加装电梯30部，简化审批流程，落实财政补助政策。",
         "周海涛", "县住房城乡建设局", "县自然资源局、县市场监管局、县行政审批服务局、城关街道办事处"),
    ]),
    ("（六）便捷出行（3件）", [
        ("新改建农村公路。", "新改建农村公路60公里，实施危桥改造8座，完成农村公路安全生命防护工程100公里。",
         "周海涛", "县交通运输局", "县财政局、县自然资源局、各乡镇人民政府"),
        ("增加城区停车泊位。", "利用闲置地块、边角空地等新增城区公共停车泊位800个，在医院、学校周边施划临时停车泊位300个。",
         "周海涛", "县城市管理局", "县公安局、县住房城乡建设局、县自然资源局、县卫生健康局、县教育体育局"),
        ("优化城乡公交服务。", "新开通城乡公交线路4条，更新新能源公交车20辆，具备条件的建制村通客车率保持100%。",
         "周海涛", "县交通运输局", ""),
    ]),
    ("（七）饮水安全和人居环境（4件）", [
        ("实施农村供水保障工程。", "新建、改造农村供水工程12处，更新改造供水管网85公里，农村自来水普及率达到96%以上，巩固提升4.3万人饮水安全水平。",
         "陈立军", "县水利局", "县财政局、县卫生健康局、市生态环境局鸣水分局、各乡镇人民政府"),
        ("推进农村户厕问题摸排整改。", "完成农村户厕问题摸排整改1200户，新建改建农村公共厕所20座，建立管护长效机制。",
         "陈立军", "县农业农村局", "县卫生健康局、各乡镇人民政府"),
        ("提升城乡生活垃圾收运处理水平。", "新建乡镇生活垃圾转运站2座，配置分类收运车辆30辆，农村生活垃圾收运处置体系覆盖全部行政村。",
         "周海涛、陈立军", "县城市管理局、县农业农村局", "市生态环境局鸣水分局、各乡镇人民政府"),
        ("完善城区污水收集管网。", "新建改造城区污水管网18公里，消除城区生活污水直排口，城市生活污水集中收集率达到72%以上。",
         "周海涛", "县住房城乡建设局", "市生态环境局鸣水分局、城关街道办事处"),
    ]),
    ("（八）文体惠民（3件）", [
        ("开展送戏送电影下乡。", "组织送戏下乡200场、农村公益电影放映2400场，举办“村晚”“村BA”等群众性文体活动50场次以上。",
         "刘文静", "县文化旅游体育局", "各乡镇人民政府"),
        ("建设城市书房。", "在城区建设24小时城市书房3个，新增图书3万册，与县图书馆实现通借通还。",
         "刘文静", "县文化旅游体育局", "县财政局、城关街道办事处"),
        ("完善全民健身设施。", "新建、更新村（社区）健身路径40处，建设城区口袋公园5个、笼式多功能运动场3个。",
         "刘文静", "县文化旅游体育局", "县住房城乡建设局、县自然资源局、各乡镇人民政府"),
    ]),
    ("（九）平安便民（3件）", [
        ("改造提升农贸市场。", "完成城区和乡镇农贸市场改造提升5个，每个市场设立食品快检室，全年快检食用农产品1.5万批次以上。",
         "杨国华", "县市场监管局", "县商务局、县住房城乡建设局、相关乡镇人民政府"),
        ("推进政务服务“就近办”。", "在13个乡镇便民服务中心延伸办理社保、医保、不动产登记等高频事项100项以上，实现“一窗受理、就近能办”。",
         "杨国华", "县行政审批服务局", "县数据局、县人力资源社会保障局、县医疗保障局、县自然资源局、各乡镇人民政府"),
        ("建设电动自行车集中充电设施。", "在城区居民小区和城中村建设电动自行车集中停放充电场所60处、充电端口3000个，有效防范电动自行车火灾风险。",
         "周海涛", "县住房城乡建设局", "县消防救援大队、国网鸣水县供电公司、县市场监管局、城关街道办事处"),
    ]),
]

n = 0
for head, items in SECTIONS:
    para(head, KT)
    for title, body, leaders, leads, coops in items:
        n += 1
        clause = "（责任县领导：" + leaders + "；牵头单位：" + leads
        if coops:
            clause += "；配合单位：" + coops
        clause += "）"
        p = para()
        runs(p, [(f"{n}．" + title, FS, True), (body + clause, FS, False)])
assert n == 31, n

para("三、保障措施", HT)
p = para()
runs(p, [("（一）压实工作责任。", KT, False)])
runs(p, [("各责任县领导要加强统筹调度，定期研究解决项目推进中的困难和问题。各牵头单位是民生实事项目实施的责任主体，"
     "主要负责同志为第一责任人，要于3月10日前制定具体实施计划，明确时间表、路线图，配合单位要主动对接、密切配合，形成工作合力。", FS, False)])
p = para()
runs(p, [("（二）强化要素保障。", KT, False)])
runs(p, [("县财政局要统筹上级补助资金和本级财政资金，足额安排民生实事项目资金，加快资金拨付进度。县自然资源局、"
     "县行政审批服务局等部门要优化用地、规划、审批等服务，为项目建设开辟绿色通道。", FS, False)])
p = para()
runs(p, [("（三）严格督查考核。", KT, False)])
runs(p, [("实行民生实事项目月调度、季通报制度，各牵头单位于每月25日前将项目进展情况报送县发展改革局。县政府督查室要加强跟踪督办，"
     "对进度滞后的项目进行通报、约谈。民生实事项目完成情况纳入年度综合考核，并向县人大常委会报告，接受人大代表和社会各界监督。", FS, False)])
p = para()
runs(p, [("（四）加强宣传引导。", KT, False)])
runs(p, [("各牵头单位要通过政府网站、融媒体中心等渠道及时公开项目进展，广泛听取群众意见建议，营造全社会关心支持民生实事的良好氛围。", FS, False)])

para("")
para("")

# ---- 版记 ----
tbl = doc.add_table(rows=2, cols=1)
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
tblPr = tbl._tbl.tblPr
borders = OxmlElement("w:tblBorders")
for side, sz in (("top", 8), ("bottom", 8), ("insideH", 4)):
    b = OxmlElement(f"w:{side}")
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), str(sz)); b.set(qn("w:space"), "0"); b.set(qn("w:color"), "000000")
    borders.append(b)
for side in ("left", "right", "insideV"):
    b = OxmlElement(f"w:{side}"); b.set(qn("w:val"), "nil"); borders.append(b)
tblPr.append(borders)
c0 = tbl.cell(0, 0).paragraphs[0]
c0.paragraph_format.left_indent = Pt(14)
c0.paragraph_format.first_line_indent = Pt(0)
for t in ("抄送：县委各部门，县人大常委会办公室，县政协办公室，县监委，县法院，县检察院，县人武部。",):
    r = c0.add_run(t); set_font(r, FS, 14)
c1 = tbl.cell(1, 0).paragraphs[0]
c1.paragraph_format.left_indent = Pt(14)
c1.paragraph_format.right_indent = Pt(14)
c1.paragraph_format.first_line_indent = Pt(0)
c1.paragraph_format.tab_stops.add_tab_stop(Mm(150) - Pt(28), alignment=2)
r = c1.add_run("鸣水县人民政府办公室\t2025年2月24日印发"); set_font(r, FS, 14)

doc.core_properties.author = "县府办"
doc.core_properties.title = "鸣水县人民政府办公室关于印发鸣水县2025年县级民生实事项目实施方案的通知"
doc.save(OUT)
print("wrote", OUT)
