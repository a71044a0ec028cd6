#!/usr/bin/python3
"""Notice 502: a 区人民政府办公室 任务分工 notice written as a Word file (WPS-like:
direct formatting, 标题 2 headings for the parts, WPS auto-numbered （一） tasks
restarting under each part, auto-numbered 一、 rules in the cover, a 民生实事 table
with a merged leader cell and a two-paragraph lead cell, a 版记 table), then
converted to Markdown the way a developer would: `pandoc X.docx -o X.md`.

Writes next to itself:
  502_yuanfeng_qu_gzbg_fengong_pandoc.source.docx   (the Word file)
  502_yuanfeng_qu_gzbg_fengong_pandoc.md            (pandoc's output: the notice)
"""
import copy
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
SLUG = "502_yuanfeng_qu_gzbg_fengong_pandoc"
DOCX = os.path.join(HERE, SLUG + ".source.docx")
MD = os.path.join(HERE, SLUG + ".md")

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

normal = doc.styles["Normal"]
normal.font.name = "Times New Roman"
normal.font.size = Pt(16)
normal.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
h2 = doc.styles["Heading 2"]
h2.font.name = "Times New Roman"
h2.font.size = Pt(16)
h2.font.bold = False
h2.font.color.rgb = RGBColor(0, 0, 0)
h2.element.rPr.rFonts.set(qn("w:eastAsia"), "黑体")

# ---------------------------------------------------------------- numbering
numbering = doc.part.numbering_part.element


def add_abstract(aid, fmt, text, ind_first):
    xml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:suff w:val="nothing"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:lvl>'
        "</w:abstractNum>" % (nsdecls("w"), aid, fmt, text, ind_first)
    )
    el = parse_xml(xml)
    absts = numbering.findall(qn("w:abstractNum"))
    absts[-1].addnext(el)


def add_num(nid, aid, restart):
    over = (
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
        if restart
        else ""
    )
    xml = '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>%s</w:num>' % (
        nsdecls("w"),
        nid,
        aid,
        over,
    )
    numbering.append(parse_xml(xml))


add_abstract(90, "chineseCounting", "%1、", 640)  # cover rules 一、二、三、
add_abstract(91, "chineseCounting", "（%1）", 640)  # tasks （一）（二）…
add_num(90, 90, False)
for i in range(5):
    add_num(91 + i, 91, True)


def numbered(p, num_id):
    pPr = p._p.get_or_add_pPr()
    pPr.append(
        parse_xml(
            '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
            % (nsdecls("w"), num_id)
        )
    )


# ---------------------------------------------------------------- helpers
def para(text="", align=None, indent=True, bold=False, font=None, size=None,
         color=None, style=None):
    p = doc.add_paragraph(style=style)
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    p.paragraph_format.line_spacing = Pt(28)
    if text:
        run(p, text, bold=bold, font=font, size=size, color=color)
    return p


def run(p, text, bold=False, font=None, size=None, color=None):
    r = p.add_run(text)
    r.bold = bold or None
    if font:
        r.font.name = font
        r._r.get_or_add_rPr().rFonts.set(qn("w:eastAsia"), font)
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor(*color)
    return r


# ---------------------------------------------------------------- red header
para("沅丰区人民政府办公室文件", WD_ALIGN_PARAGRAPH.CENTER, False,
     font="方正小标宋简体", size=42, color=(0xFF, 0, 0))
para()
para("沅丰政办发〔2025〕3号", WD_ALIGN_PARAGRAPH.CENTER, False)
para()
p = para("", WD_ALIGN_PARAGRAPH.CENTER, False)
run(p, "沅丰区人民政府办公室关于印发2025年区政府工作报告", bold=True,
    font="方正小标宋简体", size=22)
p.runs[-1].add_break()
run(p, "重点工作任务分工方案的通知", bold=True, font="方正小标宋简体", size=22)
para()
para("各镇人民政府、街道办事处，区政府各部门，各直属单位：", indent=False)
para("《2025年区政府工作报告重点工作任务分工方案》已经区政府第47次常务会议"
     "审议通过，现印发给你们，请结合实际认真抓好贯彻落实。现就有关事项通知如下：")
rules = [
    ("压实工作责任。", "各责任区领导要加强对分管领域重点任务的统筹调度，定期听取工作汇报，"
     "协调解决重大问题。牵头单位对牵头任务负总责，要制定具体推进计划，明确时间表、路线图；"
     "配合单位要按照职责分工主动对接、密切配合，形成工作合力。"),
    ("建立推进台账。", "各牵头单位要于2025年3月10日前将任务推进计划报区政府办公室"
     "（督查室），每季度末月25日前报送工作进展情况，全年工作完成情况于12月10日前报送。"),
    ("强化督查考核。", "区政府办公室（督查室）将对重点任务落实情况开展跟踪督查，督查结果"
     "纳入年度综合考核。对工作推进不力、进度严重滞后的单位，予以通报。"),
]
for head, body in rules:
    p = para("", indent=False)
    numbered(p, 90)
    run(p, head, font="黑体")
    run(p, body)
para()
para("附件：2025年区政府工作报告重点工作任务分工方案")
para()
para()
para("沅丰区人民政府办公室", WD_ALIGN_PARAGRAPH.RIGHT, False)
para("2025年2月21日", WD_ALIGN_PARAGRAPH.RIGHT, False)
para("（此件公开发布）")

# ---------------------------------------------------------------- 附件
p = para("", indent=False)
p.runs or run(p, "")
p.runs[0].add_break(WD_BREAK.PAGE)
para("附件", indent=False, font="黑体")
para()
p = para("", WD_ALIGN_PARAGRAPH.CENTER, False)
run(p, "2025年区政府工作报告重点工作任务分工方案", bold=True,
    font="方正小标宋简体", size=22)
para()
para("为全面完成《2025年区政府工作报告》确定的目标任务，推动各项工作落地见效，"
     "现将报告确定的重点工作任务分解如下：")

PARTS = [
    ("一、聚焦产业强区，推动经济高质量发展", [
        "全力抓好项目建设。全年实施区级重点项目120个以上，完成投资260亿元以上，新开工亿元以上项目40个。健全项目“周调度、月通报、季观摩”机制，加快推进沅江智造产业园二期、城东物流枢纽等重大项目建设。（责任区领导：邵建平；牵头单位：区发展改革局；配合单位：区财政局、市自然资源和规划局沅丰分局、区住房城乡建设局、各镇（街道））",
        "推动工业经济提质增效。实施规上工业企业“育苗扩容”行动，新增规上工业企业25家以上，规上工业增加值增长7.5%。支持企业开展智能化改造和数字化转型，新培育省级专精特新中小企业10家。（责任区领导：谭振宇；牵头单位：区工业和信息化局；配合单位：区科技局、区统计局、区市场监管局）",
        "加快发展现代服务业。推进滨江商务区楼宇经济提质增效，新增税收超千万元楼宇3栋。大力发展现代物流、工业设计、检验检测等生产性服务业，社会消费品零售总额增长6%以上。（责任区领导：柯文静；牵头单位：区商务局；配合单位：区发展改革局、区文化和旅游局、区统计局）",
        "强化科技创新驱动。全社会研发经费投入强度达到2.8%，新认定高新技术企业30家以上。推动沅丰科创园与高校院所共建创新平台，技术合同成交额突破15亿元。（责任区领导：谭振宇；牵头单位：区科技局；配合单位：区工业和信息化局、区财政局）",
        "精准开展招商引资。聚焦智能装备、新材料、食品加工三大主导产业，开展产业链精准招商，全年引进亿元以上项目35个，实际利用外资增长5%。（责任区领导：罗承志、邵建平；牵头单位：区投资促进局；配合单位：区商务局、区发展改革局、各镇（街道））",
        "推动文旅融合发展。推进古渡老街历史文化街区二期开发，创建国家AAAA级旅游景区1家，全年接待游客增长10%以上。（责任区领导：柯文静；牵头单位：区文化和旅游局）",
        "发展都市现代农业。稳定粮食播种面积8.2万亩，新建高标准农田1.5万亩，培育市级以上农业产业化龙头企业3家，农村居民人均可支配收入增长6.5%。（责任区领导：韩立新；牵头单位：区农业农村局；配合单位：区财政局、区水利局、市自然资源和规划局沅丰分局、各镇（街道））",
    ]),
    ("二、聚焦改革开放，激发发展动力活力", [
        "深化营商环境改革。持续推进“高效办成一件事”，企业开办全流程压缩至1个工作日内，政务服务事项“一网通办”率达到98%以上。（责任区领导：邵建平；牵头单位：区行政审批服务局、区数据局；配合单位：区市场监管局、区司法局）",
        "推进国资国企改革。完成区属国有企业整合重组，推动城投公司市场化转型，国有资产保值增值率达到100%以上。（责任区领导：邵建平；牵头单位：区国有资产服务中心；配合单位：区财政局、区审计局）",
        "支持民营经济发展壮大。落实支持民营经济发展各项政策，开展“千名干部进千企”服务活动，及时兑现惠企资金，全年新增经营主体1.2万户。（责任区领导：谭振宇；牵头单位：区工业和信息化局；配合单位：区市场监管局、区财政局、区工商联）",
        "扩大对外开放合作。支持企业开拓国际市场，外贸进出口总额增长8%。深化与长三角地区产业协作，举办专题招商推介活动6场以上。（责任区领导：柯文静；牵头单位：区商务局；配合单位：区投资促进局）",
        "防范化解财政金融风险。严格落实政府过紧日子要求，一般性支出压减10%以上，稳妥化解存量政府债务，守住不发生系统性风险底线。（责任区领导：邵建平；牵头单位：区财政局；配合单位：区金融服务中心、区审计局、区国有资产服务中心）",
    ]),
    ("三、聚焦城市更新，提升城区品质能级", [
        "实施城市更新行动。改造老旧小区42个、惠及居民1.3万户，启动城西片区棚户区改造，新增公共停车泊位2000个。（责任区领导：韩立新；牵头单位：区住房城乡建设局；配合单位：区城市管理局、区财政局、各街道办事处）",
        "完善城市交通路网。建成通车沅江大道东延、滨江北路等道路8条，打通断头路5条，优化调整公交线路6条。（责任区领导：韩立新；牵头单位：区交通运输局、区住房城乡建设局；配合单位：市公安局沅丰分局交警大队、市自然资源和规划局沅丰分局）",
        "提升城市精细化管理水平。深化“城市管家”模式，推进主次干道洁化绿化亮化，生活垃圾分类覆盖率保持100%。（责任区领导：韩立新；牵头单位：区城市管理局；配合单位：各街道办事处）",
        "持续改善生态环境质量。深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在32微克/立方米以内，国省控断面水质优良率保持100%。（责任区领导：周敏；牵头单位：市生态环境局沅丰分局；配合单位：区水利局、区农业农村局、区住房城乡建设局、区城市管理局）",
        "推进数字城市建设。建成城市运行管理服务平台二期，新建5G基站300个，推动“城市大脑”在交通、应急等领域场景应用。（责任区领导：邵建平；牵头单位：区数据局）",
    ]),
    ("四、聚焦民生福祉，增强群众获得感幸福感", [
        "促进高质量充分就业。城镇新增就业8500人，城镇登记失业率控制在3.5%以内，开展职业技能培训1.5万人次。（责任区领导：周敏；牵头单位：区人力资源社会保障局；配合单位：区教育局、区财政局、区工业和信息化局）",
        "推动教育优质均衡发展。新建改扩建中小学、幼儿园6所，新增学位5400个，深化集团化办学，推进“双减”工作走深走实。（责任区领导：周敏；牵头单位：区教育局；配合单位：区发展改革局、区财政局、区住房城乡建设局）",
        "提升医疗卫生服务能力。推进区人民医院新院区建设，深化紧密型医疗集团改革，每千人口执业（助理）医师数达到3.3人。（责任区领导：周敏；牵头单位：区卫生健康局；配合单位：区医疗保障局、区财政局）",
        "健全多层次社会保障体系。城乡居民基本养老保险参保率稳定在97%以上，新建社区嵌入式养老服务中心8个，做好困难群众兜底保障。（责任区领导：周敏、韩立新；牵头单位：区民政局；配合单位：区人力资源社会保障局、区医疗保障局、区退役军人事务局）",
    ]),
    ("五、聚焦安全稳定，建设更高水平平安沅丰", [
        "抓好安全生产和防灾减灾。深化安全生产治本攻坚三年行动，开展燃气、自建房、消防等重点领域专项整治，生产安全事故起数和死亡人数实现“双下降”。（责任区领导：谭振宇；牵头单位：区应急管理局；配合单位：区住房城乡建设局、区城市管理局、市公安局沅丰分局、区消防救援大队、各镇（街道））",
        "加强社会治安综合治理。常态化开展扫黑除恶斗争，严厉打击电信网络诈骗等违法犯罪，群众安全感满意度保持在98%以上。（责任区领导：贺振东；牵头单位：市公安局沅丰分局；配合单位：区司法局、区信访局）",
        "强化食品药品安全监管。开展食品安全“守底线、查隐患、保安全”专项行动，食品抽检量达到每千人5批次。（责任区领导：谭振宇；牵头单位：区市场监管局）",
    ]),
]

for pi, (heading, tasks) in enumerate(PARTS):
    h = doc.add_paragraph(heading, style="Heading 2")
    h.paragraph_format.first_line_indent = Pt(32)
    for t in tasks:
        p = para("", indent=False)
        numbered(p, 91 + pi)
        run(p, t)

doc.add_paragraph("六、扎实办好十件民生实事", style="Heading 2").paragraph_format.first_line_indent = Pt(32)
para("2025年区政府十件民生实事项目及责任分工如下表：")

HEAD = ["序号", "民生实事项目", "责任区领导", "牵头单位", "配合单位", "完成时限"]
ROWS = [
    ["1", "新建改扩建中小学、幼儿园6所，新增学位5400个", "周敏", "区教育局", "区发展改革局、区住房城乡建设局", "2025年8月底"],
    ["2", "为全区中小学生免费开展视力、脊柱侧弯筛查", None, "区卫生健康局", "区教育局", "2025年11月底"],
    ["3", "改造老旧小区42个，既有住宅加装电梯60部", "韩立新", "区住房城乡建设局", "各街道办事处", "2025年12月底"],
    ["4", "新增公共停车泊位2000个、新能源汽车充电桩800个", "韩立新", "区城市管理局", "区发展改革局、市公安局沅丰分局交警大队", "2025年12月底"],
    ["5", "新建社区嵌入式养老服务中心8个，为困难老年人家庭实施适老化改造300户", "周敏", "区民政局", "区财政局", "2025年12月底"],
    ["6", "城镇新增就业8500人，开展职业技能培训1.5万人次", "周敏", "区人力资源社会保障局", "/", "2025年12月底"],
    ["7", "新建提升城市“口袋公园”10个、绿道15公里", "韩立新", ["区城市管理局", "区住房城乡建设局"], "各街道办事处", "2025年10月底"],
    ["8", "实施农村供水保障提升工程，新建改造供水管网120公里", "韩立新", "区水利局", "区农业农村局、区财政局", "2025年12月底"],
    ["9", "为65周岁以上城乡老年人免费提供健康体检", "周敏", "区卫生健康局", "区医疗保障局、各镇（街道）", "2025年12月底"],
    ["10", "建设“15分钟便民生活圈”示范社区5个", "柯文静", "区商务局", "区住房城乡建设局、各街道办事处", "2025年12月底"],
]
WIDTHS = [Cm(1.1), Cm(5.0), Cm(1.8), Cm(2.6), Cm(3.2), Cm(1.9)]

tbl = doc.add_table(rows=1 + len(ROWS), cols=6)
tbl.style = doc.styles["Table Grid"]
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER


def fill(cell, value, bold=False):
    values = value if isinstance(value, list) else [value]
    cell.paragraphs[0].text = ""
    for i, v in enumerate(values):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(v)
        r.font.size = Pt(12)
        r.bold = bold or None


for c, text in enumerate(HEAD):
    fill(tbl.cell(0, c), text, bold=True)
for r, row in enumerate(ROWS, start=1):
    for c, v in enumerate(row):
        if v is None:
            continue
        fill(tbl.cell(r, c), v)
tbl.autofit = False
for row in tbl.rows:
    for c, w in enumerate(WIDTHS):
        row.cells[c].width = w
for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), WIDTHS):
    gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
# 周敏 over rows 1–2 (a vertical merge, as Word stores it)
tbl.cell(1, 2).merge(tbl.cell(2, 2))
# header row repeats on each page
trPr = tbl.rows[0]._tr.get_or_add_trPr()
trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))

para()

# ---------------------------------------------------------------- 版记
para()
bj = doc.add_table(rows=2, cols=1)
bj.cell(0, 0).paragraphs[0].text = ""
r = bj.cell(0, 0).paragraphs[0].add_run(
    "抄送：区委各部门，区人大常委会办公室，区政协办公室，区法院，区检察院，区人武部。")
r.font.size = Pt(14)
r = bj.cell(1, 0).paragraphs[0].add_run(
    "沅丰区人民政府办公室　　　　　　　　　　　2025年2月21日印发")
r.font.size = Pt(14)

doc.save(DOCX)
subprocess.run(["pandoc", DOCX, "-o", MD], check=True)
print("wrote", DOCX, "and", MD)
