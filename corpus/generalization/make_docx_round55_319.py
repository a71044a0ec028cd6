# -*- coding: utf-8 -*-
"""Generate 319_chengling_gongzuobaogao_qingdan.docx: a 县人民政府 notice whose task list
(附件) uses Word automatic numbering (numbering.xml) 一、 / （一） / 1., the （一） level
running on across the 一、 parts (w:lvlRestart w:val="0").
Body and attachment share one abstractNum; the attachment's w:num restarts it with
w:lvlOverride/w:startOverride, as Word does for "重新开始于一"."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "319_chengling_gongzuobaogao_qingdan.docx")

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

st = doc.styles["Normal"]
st.font.name = "仿宋_GB2312"
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

# ---------------- numbering.xml definitions (low-level oxml) ----------------
numbering = doc.part.numbering_part.element
ABS_ID, NUM_BODY, NUM_ATT = 21, 31, 32

def el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn("w:" + k), str(v))
    return e

LEVELS = [
    # ilvl, numFmt, lvlText, restart(None = default), indent firstLine (twips)
    (0, "chineseCountingThousand", "%1、", None, 640),
    (1, "chineseCountingThousand", "（%2）", 0, 640),   # never restarts: runs on across 一、 parts
    (2, "decimal", "%3.", None, 640),
]
absn = el("w:abstractNum", abstractNumId=ABS_ID)
absn.append(el("w:multiLevelType", val="multilevel"))
for ilvl, fmt, text, restart, fl in LEVELS:
    lvl = el("w:lvl", ilvl=ilvl)
    lvl.append(el("w:start", val=1))
    lvl.append(el("w:numFmt", val=fmt))
    if restart is not None:
        lvl.append(el("w:lvlRestart", val=restart))
    lvl.append(el("w:suff", val="nothing"))
    lvl.append(el("w:lvlText", val=text))
    lvl.append(el("w:lvlJc", val="left"))
    ppr = el("w:pPr")
    ppr.append(el("w:ind", left=0, firstLine=fl))
    lvl.append(ppr)
    absn.append(lvl)
first_num = numbering.find(qn("w:num"))
if first_num is not None:
    first_num.addprevious(absn)
else:
    numbering.append(absn)

def add_num(num_id, restart_levels=()):
    num = el("w:num", numId=num_id)
    num.append(el("w:abstractNumId", val=ABS_ID))
    for ilvl in restart_levels:
        ov = el("w:lvlOverride", ilvl=ilvl)
        ov.append(el("w:startOverride", val=1))
        num.append(ov)
    numbering.append(num)

add_num(NUM_BODY)
add_num(NUM_ATT, restart_levels=(0, 1, 2))

# ---------------- helpers ----------------
def para(text="", align=None, size=None, bold=False, font=None, first_line=True, color=None):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif first_line:
        pf.first_line_indent = Pt(32)
    if text:
        r = p.add_run(text)
        if size:
            r.font.size = Pt(size)
        r.bold = bold
        if font:
            r.font.name = font
            r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
        if color:
            from docx.shared import RGBColor
            r.font.color.rgb = RGBColor(*color)
    return p

def numbered(text, num_id, ilvl, font=None):
    p = para(text, font=font)
    p.paragraph_format.first_line_indent = None
    ppr = p._p.get_or_add_pPr()
    numpr = el("w:numPr")
    numpr.append(el("w:ilvl", val=ilvl))
    numpr.append(el("w:numId", val=num_id))
    ppr.insert(0, numpr)
    return p

def page_break():
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)

HEI, KAI, XBS = "黑体", "楷体_GB2312", "方正小标宋简体"

# ---------------- 版头 ----------------
para("澄岭县人民政府文件", align="c", size=36, font=XBS, color=(0xE6, 0, 0))
para("")
para("澄政发〔2026〕4号", align="c")
para("")
para("澄岭县人民政府", align="c", size=22, font=XBS)
para("关于印发《2026年县政府工作报告》", align="c", size=22, font=XBS)
para("重点工作任务清单的通知", align="c", size=22, font=XBS)
para("")
para("各乡镇人民政府，澄岭经济开发区管委会，县政府各部门、各直属机构：", first_line=False)
para("《2026年县政府工作报告》已经县第十八届人民代表大会第五次会议审议通过。为确保报告确定的各项目标任务落到实处，"
     "县人民政府对报告中的重点工作进行了梳理分解，形成《2026年县政府工作报告重点工作任务清单》（以下简称《清单》），"
     "现印发给你们，并就有关事项通知如下。")
numbered("明确责任分工。《清单》中各项任务的承办单位，排在第一位的为牵头单位，其余为配合单位。"
         "各部分标题后注明责任县领导的，该部分所列全部任务均由其负责；其余任务的责任县领导在任务下方逐项注明。"
         "牵头单位负责统筹推进、汇总进度，配合单位要主动对接、积极配合，不得推诿扯皮。", NUM_BODY, 0, font=HEI)
numbered("强化落实措施。", NUM_BODY, 0, font=HEI)
numbered("细化工作方案。各牵头单位要在3月15日前制定具体实施方案，明确时间表、路线图，报县政府督查室备案。", NUM_BODY, 1, font=KAI)
numbered("建立工作台账。实行“月调度、季通报、年考核”制度，各牵头单位于每季度最后一个月25日前将任务进展情况"
         "（含存在问题及下步打算）书面报送县政府督查室。", NUM_BODY, 1, font=KAI)
numbered("严格督查考核。县政府督查室要会同县委督查室加强跟踪督办，对工作推进不力、进度滞后的单位予以通报，"
         "督查结果纳入年度目标责任考核。", NUM_BODY, 1, font=KAI)
numbered("加强宣传引导。各承办单位要及时总结推广工作中的好经验、好做法，县融媒体中心要开设专栏，营造真抓实干的浓厚氛围。",
         NUM_BODY, 0, font=HEI)
para("")
para("附件：2026年县政府工作报告重点工作任务清单", first_line=True)
para("")
para("")
para("澄岭县人民政府", align="r")
para("2026年2月27日", align="r")
para("（此件公开发布）")

# ---------------- 附件 ----------------
page_break()
para("附件", first_line=False, font=HEI)
para("")
para("2026年县政府工作报告重点工作任务清单", align="c", size=22, font=XBS)
para("")

def part(text):
    numbered(text, NUM_ATT, 0, font=HEI)

def task(text, subs=(), resp=""):
    numbered(text, NUM_ATT, 1, font=KAI)
    for s in subs:
        numbered(s, NUM_ATT, 2)
    if resp:
        para(resp)

part("稳住经济基本盘，扩大有效投资（责任县领导：县委常委、常务副县长刘海涛）")
task("确保主要经济指标稳中有进。全县地区生产总值增长6%左右，一般公共预算收入增长5%，"
     "城乡居民人均可支配收入分别增长5.5%和7%。",
     resp="承办单位：县发展和改革局、县统计局、县财政局、县税务局")
task("全力抓好项目建设。实施重点项目126个，年度计划投资85亿元，其中省市重点项目12个。",
     subs=["开展“项目攻坚年”行动，落实县级领导包联重点项目机制，每月召开1次项目调度会。",
           "3月底前集中开工一批、6月底前再开工一批重大项目，力争新开工项目60个以上。"],
     resp="承办单位：县发展和改革局、县住房和城乡建设局、县自然资源局、县重点项目服务中心；完成时限：2026年12月底前")
task("积极争取上级资金。争取中央预算内投资、超长期特别国债和地方政府专项债券资金不低于15亿元。",
     resp="承办单位：县发展和改革局、县财政局")
task("持续扩大消费。由县商务局牵头举办“澄岭消费季”系列促销活动（全年不少于20场），落实汽车、家电以旧换新政策，"
     "社会消费品零售总额增长6.5%。",
     resp="承办单位：县商务局、县市场监督管理局、县融媒体中心")
task("防范化解政府债务风险。严格执行一揽子化债方案，坚决守住不新增隐性债务底线，"
     "推动澄岭县城乡建设投资集团有限公司实现市场化转型。",
     resp="承办单位：县财政局、县国有资产服务中心、澄岭县城乡建设投资集团有限公司")

part("做强实体经济，加快推进乡村全面振兴")
task("壮大“2+3”主导产业。围绕新材料、装备制造2个首位产业和绿色食品、文旅康养、现代物流3个特色产业"
     "精准发力，新增规模以上工业企业15家。",
     resp="责任县领导：副县长李卫东；承办单位：县工业和信息化局、县发展和改革局、澄岭经济开发区管委会")
task("推动园区提质升级，增强开发区综合承载能力。",
     subs=["完成开发区扩区调规（含东区1.2平方公里），争创省级高新技术产业开发区。",
           "新建标准化厂房10万平方米，盘活闲置低效用地800亩。"],
     resp="责任县领导：副县长李卫东；承办单位：澄岭经济开发区管委会、县自然资源局、县住房和城乡建设局")
task("促进数字经济发展。新建5G基站150个，推动30家企业“上云用数赋智”，数字经济核心产业增加值增长10%。",
     resp="责任县领导：副县长李卫东；承办单位：县工业和信息化局、县数据局、中国移动澄岭分公司、中国电信澄岭分公司")
task("稳定粮食生产。粮食播种面积稳定在48.6万亩以上、总产量稳定在19万吨以上，新建高标准农田3.2万亩。",
     resp="责任县领导：副县长周敏；承办单位：县农业农村局、县自然资源局、县水利局、各乡镇人民政府")
task("巩固拓展脱贫攻坚成果。守牢不发生规模性返贫致贫底线，脱贫人口人均纯收入增长8%以上。",
     resp="责任县领导：副县长周敏；承办单位：县农业农村局（县乡村振兴局）、县人力资源和社会保障局、县民政局、县医疗保障局")
task("建设宜居宜业和美乡村，持续改善农村人居环境。",
     subs=["创建省级和美乡村示范村5个、市级示范村12个。",
           "农村卫生厕所普及率达到85%，农村生活污水治理率达到45%。"],
     resp="责任县领导：县委常委、副县长马俊，副县长周敏；承办单位：县农业农村局、县住房和城乡建设局、县卫生健康局、"
          "市生态环境局澄岭分局、各乡镇人民政府")

part("深化改革开放，持续优化营商环境（责任县领导：县长赵志远，副县长李卫东）")
task("深化国资国企改革。完成县属国有企业整合重组，健全现代企业制度，县属国有企业营业收入增长10%。",
     resp="承办单位：县国有资产服务中心、县财政局")
task("打造一流营商环境。推行“高效办成一件事”，政务服务事项网上可办率达到95%以上（不含涉密事项），"
     "企业开办时间压缩至1个工作日以内。",
     resp="承办单位：县行政审批服务局、县数据局、县市场监督管理局")
task("支持民营经济发展。落实《中华人民共和国民营经济促进法》，开展“政企面对面”活动（每季度至少1次），"
     "依法依规清理拖欠企业账款。",
     resp="承办单位：县工商联、县工业和信息化局、县市场监督管理局、县财政局")
task("扩大招商引资。全年引进亿元以上项目40个，到位省外资金60亿元。积极配合市里办好第十届岷川投资贸易洽谈会。",
     resp="承办单位：县投资促进中心、澄岭经济开发区管委会、各乡镇人民政府")
task("推进金融服务实体经济。新增各项贷款25亿元以上，普惠小微贷款增速不低于各项贷款平均增速。",
     resp="承办单位：县委金融办、国家金融监督管理总局澄岭监管支局、县财政局")

part("推进城乡融合发展，筑牢生态安全屏障")
task("提升县城承载能力。实施城镇老旧小区改造26个，新建改造城市道路8.5公里，完成城区雨污分流改造（一期）。",
     resp="责任县领导：县委常委、常务副县长刘海涛；承办单位：县住房和城乡建设局、县城市管理局、县自然资源局；"
          "完成时限：2026年11月底前")
task("完善综合交通网络。加快澄岭至岷川快速通道建设，积极配合做好岷川至澄岭城际铁路前期工作，新建改造农村公路120公里。",
     resp="责任县领导：县委常委、副县长马俊；承办单位：县交通运输局、县发展和改革局、县自然资源局")
task("打好蓝天碧水净土保卫战。PM2.5平均浓度控制在32微克/立方米以内，县城空气质量优良天数比率达到88%以上，"
     "国省控断面水质优良比例保持100%。",
     resp="责任县领导：县委常委、副县长马俊；承办单位：市生态环境局澄岭分局、县水利局、县农业农村局、县住房和城乡建设局")
task("全面落实河湖长制和林长制，守护好绿水青山。",
     subs=["完成造林绿化2.5万亩，森林覆盖率稳定在62%以上。",
           "深入开展“清四乱”专项行动，压实各级河湖长、林长责任。"],
     resp="责任县领导：副县长周敏；承办单位：县水利局、县林业局、各乡镇人民政府")
task("统筹抓好安全生产。落实“党政同责、一岗双责、齐抓共管、失职追责”，"
     "做好安全生产治本攻坚三年行动（2024—2026年）收官工作，坚决遏制较大及以上生产安全事故。",
     resp="责任县领导：县委常委、常务副县长刘海涛，副县长、县公安局局长孙志强；承办单位：县应急管理局、县安委会各成员单位")

part("增进民生福祉，建设人民满意政府")
task("办好十件民生实事，全年民生支出占一般公共预算支出比重保持在80%以上。",
     subs=["新建城区幼儿园2所，新增公办学位540个。",
           "改造提升乡镇卫生院3所，新建村级综合养老服务站20个。"],
     resp="责任县领导：县长赵志远，副县长欧阳晓岚；承办单位：县政府办公室、县财政局、各民生实事牵头单位")
task("促进高质量充分就业。城镇新增就业2800人，城镇调查失业率控制在5.5%以内，新增农村劳动力转移就业1.2万人。",
     resp="责任县领导：副县长欧阳晓岚；承办单位：县人力资源和社会保障局、县就业服务中心")
task("推进教育优质均衡发展。开工建设澄岭县第二高级中学（一期），义务教育巩固率保持在99%以上。",
     resp="责任县领导：副县长欧阳晓岚；承办单位：县教育体育局、县发展和改革局、县住房和城乡建设局")
task("建设健康澄岭。推进紧密型县域医共体建设，县人民医院创成三级医院。",
     resp="责任县领导：副县长欧阳晓岚；承办单位：县卫生健康局、县医疗保障局、县人民医院")
task("维护社会大局稳定。坚持和发展新时代“枫桥经验”，完成“雪亮工程”提档升级，信访事项及时受理率保持100%。",
     resp="责任县领导：副县长、县公安局局长孙志强；承办单位：县公安局、县司法局、县信访局")
task("加强政府自身建设。自觉接受县人大及其常委会的法律监督和县政协的民主监督，人大代表建议和政协委员提案办结率100%。",
     resp="责任县领导：县长赵志远；承办单位：县政府办公室、县司法局、县审计局、县政府各部门")

# ---------------- 版记 ----------------
para("")
para("抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院，县人武部。", first_line=False, size=14)
para("澄岭县人民政府办公室　　　　　　　　2026年2月27日印发", first_line=False, size=14)

doc.save(OUT)
print("wrote", OUT)
