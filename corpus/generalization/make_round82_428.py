#!/usr/bin/env python3
"""Generate 428_lanjiang_shi_gzbg_zhongdian_renwu_fengong.docx (round 82, control case).

A 市人民政府办公室 notice circulated as a Word file: the attachment lists the
2024 《政府工作报告》 tasks as paragraphs numbered by Word's automatic list
numbering (w:numPr -> one decimal list "%1." running through all parts), each
task closed by a bracket （责任市领导：…；牵头单位：…；配合单位：…）.
"""
import copy
import os
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "428_lanjiang_shi_gzbg_zhongdian_renwu_fengong.docx")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
sec.left_margin, sec.right_margin = Mm(28), Mm(26)

st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
st.paragraph_format.line_spacing = Pt(28)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.space_after = Pt(0)


def set_font(run, font, size=16, bold=False):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), font)


def para(text="", font=FS, size=16, align=None, indent=True, bold=False):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if text:
        set_font(p.add_run(text), font, size, bold)
    return p


def mixed(parts, indent=True):
    """parts: list of (text, font)."""
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    for t, f in parts:
        set_font(p.add_run(t), f)
    return p


# ---------- automatic numbering: one decimal list for the tasks ----------
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
numbering = doc.part.numbering_part.element
abs_xml = f'''
<w:abstractNum xmlns:w="{W}" w:abstractNumId="20">
  <w:nsid w:val="5A3C1E42"/>
  <w:multiLevelType w:val="singleLevel"/>
  <w:tmpl w:val="7F2A9D10"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="1"/>
    <w:numFmt w:val="decimal"/>
    <w:lvlText w:val="%1."/>
    <w:lvlJc w:val="left"/>
    <w:pPr>
      <w:ind w:left="0" w:firstLine="640"/>
    </w:pPr>
    <w:rPr>
      <w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{FS}"/>
      <w:sz w:val="32"/>
    </w:rPr>
  </w:lvl>
</w:abstractNum>'''
num_xml = f'''
<w:num xmlns:w="{W}" w:numId="20">
  <w:abstractNumId w:val="20"/>
</w:num>'''
abs_el = etree.fromstring(abs_xml)
last_abs = numbering.findall(qn("w:abstractNum"))[-1]
last_abs.addnext(abs_el)
numbering.append(etree.fromstring(num_xml))


def task(text, clause):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl"); ilvl.set(qn("w:val"), "0")
    numId = OxmlElement("w:numId"); numId.set(qn("w:val"), "20")
    numPr.append(ilvl); numPr.append(numId)
    pPr.insert(0, numPr)
    ind = OxmlElement("w:ind"); ind.set(qn("w:left"), "0"); ind.set(qn("w:firstLine"), "640")
    pPr.append(ind)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    set_font(p.add_run(text), FS)
    set_font(p.add_run(clause), FS)
    return p


# ---------------------------- 版头 ----------------------------
para("澜江市人民政府办公室文件", XBS, 36, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para()
para("澜政办发〔2024〕6号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para()
# ---------------------------- 标题 ----------------------------
para("澜江市人民政府办公室", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para("关于印发2024年《政府工作报告》重点工作", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para("任务分工的通知", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para()
para("各县（市、区）人民政府，澜江高新区管委会，市政府各部门、各直属机构：", indent=False)
para("《政府工作报告》已经澜江市第十七届人民代表大会第四次会议审议通过。为确保《政府工作报告》确定的各项目标任务落到实处，"
     "经市人民政府同意，现将2024年《政府工作报告》重点工作任务分工印发给你们，并就有关事项通知如下：")
para("一、加强组织领导", HT)
para("各责任市领导要加强对分管领域重点工作的统筹调度，及时研究解决工作推进中的重大问题。各牵头单位主要负责同志是第一责任人，"
     "要逐项细化工作措施，明确时间节点，确保每项任务有人抓、有人管、有人落实。")
para("二、强化协同配合", HT)
para("牵头单位要主动牵头抓总，加强与配合单位的沟通衔接；配合单位要按照职责分工积极主动配合，形成工作合力。"
     "涉及多个部门的任务，由牵头单位负责组织协调，配合单位不得推诿扯皮。")
para("三、严格督查考核", HT)
para("市政府督查室将分工任务纳入年度督查计划，实行清单化管理、销号式推进。各牵头单位要于每季度最后一个月的25日前，"
     "将任务推进情况书面报送市政府督查室，同时报送电子文档。督查结果纳入年度绩效考核。")
para()
mixed([("附件：2024年《政府工作报告》重点工作任务分工", FS)])
para()
para()
para("澜江市人民政府办公室", FS, 16, WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(64)
para("2024年2月26日", FS, 16, WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(80)
para("（此件公开发布）", FS, 16, None, indent=True)

# ---------------------------- 附件 ----------------------------
p = doc.add_paragraph()
p.add_run().add_break(WD_BREAK.PAGE)
para("附件", HT, 16, indent=False)
para()
para("2024年《政府工作报告》重点工作任务分工", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para()

L = "（责任市领导："

SECTIONS = [
    ("一、着力扩大有效需求，推动经济持续回升向好", [
        ("全市地区生产总值增长6%左右，一般公共预算收入增长5%，固定资产投资增长7%，社会消费品零售总额增长6.5%。",
         "何嘉禾；牵头单位：市发展改革委；配合单位：市财政局、市统计局、市商务局）"),
        ("实施重大项目攻坚行动，全年安排市级重点项目260个以上，完成年度投资1200亿元以上。",
         "何嘉禾；牵头单位：市发展改革委；配合单位：市自然资源和规划局、市住房城乡建设局、各县（市、区）人民政府）"),
        ("积极争取超长期特别国债和地方政府专项债券资金50亿元以上，加快资金使用进度。",
         "何嘉禾；牵头单位：市财政局；配合单位：市发展改革委）"),
        ("开展“消费提振年”活动，举办各类促消费活动100场以上，推动汽车、家电等大宗商品以旧换新。",
         "邵卫东；牵头单位：市商务局；配合单位：市财政局、市市场监管局）"),
        ("推动文旅深度融合，打造澜江古渡夜游街区，全年接待游客人次增长10%以上。",
         "林书瑶；牵头单位：市文化广电旅游局；配合单位：市商务局、澜江区人民政府）"),
        ("外贸进出口总额突破300亿元，实际使用外资1.2亿美元。",
         "邵卫东；牵头单位：市商务局）"),
    ]),
    ("二、坚持创新驱动，加快建设现代化产业体系", [
        ("实施制造业重点产业链高质量发展行动，规模以上工业增加值增长8%。",
         "邵卫东；牵头单位：市工业和信息化局；配合单位：市发展改革委、市科技局）"),
        ("新增国家级专精特新“小巨人”企业5家、省级专精特新中小企业50家。",
         "邵卫东；牵头单位：市工业和信息化局；配合单位：市市场监管局）"),
        ("全社会研发经费投入强度达到2.3%，高新技术企业总数突破600家。",
         "唐志勇；牵头单位：市科技局；配合单位：市财政局、市统计局、澜江高新区管委会）"),
        ("新建5G基站1200个，推进城市大脑二期项目建设，拓展数字化应用场景。",
         "唐志勇；牵头单位：市数据局；配合单位：市工业和信息化局、市通信发展管理办公室）"),
        ("深入实施“澜江英才计划”，引进高层次人才和急需紧缺人才3000名以上。",
         "唐志勇；牵头单位：市人力资源社会保障局；配合单位：市科技局、市教育局）"),
    ]),
    ("三、深化改革开放，持续优化营商环境", [
        ("深化“高效办成一件事”改革，年内实现重点事项集成办理全覆盖。",
         "何嘉禾；牵头单位：市政务服务管理局；配合单位：市数据局、市直有关部门）"),
        ("推进国有企业改革深化提升行动，完成市属国有企业专业化整合。",
         "何嘉禾；牵头单位：市国资委）"),
        ("落实支持民营经济发展壮大政策措施，全年新增经营主体3万户以上。",
         "邵卫东；牵头单位：市发展改革委；配合单位：市市场监管局、市工商联）"),
        ("深化财政预算管理制度改革，全面推行零基预算管理。",
         "何嘉禾；牵头单位：市财政局）"),
        ("加快澜江港二期码头建设，新开通内贸集装箱航线3条。",
         "邵卫东、唐志勇；牵头单位：市交通运输局；配合单位：市商务局、澜江港务集团）"),
    ]),
    ("四、推进乡村全面振兴，促进城乡融合发展", [
        ("粮食播种面积稳定在180万亩以上，新建高标准农田8万亩。",
         "罗雨晴；牵头单位：市农业农村局；配合单位：市财政局、市自然资源和规划局、市水利局）"),
        ("启动南山灌区续建配套与现代化改造工程，完成年度投资2亿元。",
         "罗雨晴；牵头单位：市水利局；配合单位：市发展改革委、市财政局）"),
        ("实施城市更新行动，改造城镇老旧小区45个、城中村3个。",
         "韩立峰；牵头单位：市住房城乡建设局；配合单位：市自然资源和规划局、市城管局、各县（市、区）人民政府）"),
        ("建成市域快速路东延段，新改建农村公路300公里。",
         "韩立峰；牵头单位：市交通运输局；配合单位：市自然资源和规划局、各县（市、区）人民政府）"),
        ("深入打好蓝天、碧水、净土保卫战，空气质量优良天数比例达到88%以上。",
         "韩立峰；牵头单位：市生态环境局；配合单位：市发展改革委、市住房城乡建设局、市农业农村局）"),
    ]),
    ("五、持续保障和改善民生，提升社会治理水平", [
        ("城镇新增就业4.2万人，城镇调查失业率控制在5.5%以内。",
         "林书瑶；牵头单位：市人力资源社会保障局；配合单位：市发展改革委、市财政局）"),
        ("新建、改扩建中小学和幼儿园12所，新增学位1.1万个。",
         "林书瑶；牵头单位：市教育局；配合单位：市发展改革委、市自然资源和规划局、市住房城乡建设局）"),
        ("推进紧密型县域医疗卫生共同体建设，市第二人民医院新院区年内投入使用。",
         "林书瑶；牵头单位：市卫生健康委；配合单位：市医保局）"),
        ("新建社区嵌入式养老服务中心20个，扩大老年助餐服务覆盖面。",
         "林书瑶；牵头单位：市民政局；配合单位：市财政局、市卫生健康委）"),
        ("深化医保支付方式改革，按病种分值付费实现统筹区定点医疗机构全覆盖。",
         "林书瑶；牵头单位：市医保局；配合单位：市卫生健康委）"),
        ("常态化开展扫黑除恶斗争，深入推进平安澜江建设。",
         "宋建国；牵头单位：市公安局；配合单位：市司法局、市信访局）"),
        ("开展安全生产治本攻坚三年行动，坚决遏制重特大事故发生。",
         "何嘉禾、宋建国；牵头单位：市应急管理局；配合单位：市安委会各成员单位）"),
        ("扎实办好十件民生实事，确保按期完成、群众满意。",
         "郑启航；牵头单位：市政府办公室；配合单位：市直有关部门、各县（市、区）人民政府）"),
    ]),
    ("六、加强政府自身建设", [
        ("深入推进法治政府建设，严格落实重大行政决策程序规定。",
         "宋建国；牵头单位：市司法局）"),
        ("坚持过紧日子，市级一般性支出压减5%以上，“三公”经费只减不增。",
         "何嘉禾；牵头单位：市财政局；配合单位：市直各部门）"),
    ]),
]

for heading, tasks in SECTIONS:
    para(heading, HT)
    for text, clause in tasks:
        task(text, L + clause)

# ---------------------------- 版记 ----------------------------
para()
para("抄送：市委各部门，市人大常委会办公室，市政协办公室，市纪委监委，市法院，市检察院。", FS, 14, indent=False)
para("澜江市人民政府办公室                 2024年2月26日印发", FS, 14, indent=False)

doc.core_properties.title = "关于印发2024年《政府工作报告》重点工作任务分工的通知"
doc.core_properties.author = "市政府办公室"
doc.save(OUT)
print("wrote", OUT)
