#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes 489_qinchuan_xian_anweiban_sange_zeren_fengong.docx next to itself.

A county 安委办 (安全生产委员会办公室) notice dividing its year's safety tasks.
Each task closes with a 楷体 bracket that assigns responsibility the way safety
documents do: by kind of responsibility (负行业监管责任 / 负综合监管责任 /
负属地管理责任 / 负主体责任), mixed with ordinary 牵头 / 按职责分工负责 wording.
The cover's rule turns those kinds into lead and cooperating units.
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for symmetry)
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

NAME = "489_qinchuan_xian_anweiban_sange_zeren_fengong.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

doc = Document()
sec = doc.sections[0]
sec.page_width = Cm(21.0)
sec.page_height = Cm(29.7)
sec.top_margin = Cm(3.7)
sec.bottom_margin = Cm(3.5)
sec.left_margin = Cm(2.8)
sec.right_margin = Cm(2.6)

normal = doc.styles["Normal"]
normal.font.name = FS
normal.font.size = Pt(16)
normal.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), name)
    rfonts.set(qn("w:hAnsi"), name)
    if color is not None:
        run.font.color.rgb = color


def para(text="", font=FS, size=16, align=None, indent=True, bold=False,
         color=None, space_after=0, line=Pt(28)):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    pf.line_spacing = line
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def border(p, side, color="FF0000", sz="12"):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)


RED = RGBColor(0xFF, 0x00, 0x00)

# ---- 版头 -------------------------------------------------------------
para("", indent=False)
para("溱川县安全生产委员会办公室文件", XBS, 36, WD_ALIGN_PARAGRAPH.CENTER,
     indent=False, color=RED, line=Pt(60))
para("", indent=False)
p = para("溱安办〔2025〕5号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         space_after=6)
border(p, "bottom")
para("", indent=False)

para("溱川县安全生产委员会办公室", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER,
     indent=False, line=Pt(36))
para("关于印发《溱川县2025年安全生产重点工作", XBS, 22,
     WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(36))
para("任务分工》的通知", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, indent=False,
     line=Pt(36))
para("", indent=False)

para("各乡镇人民政府、街道办事处，县安委会各成员单位，县直有关单位：",
     indent=False)
para("为深入贯彻落实习近平总书记关于安全生产的重要论述，全面落实省、市安全生产"
     "工作部署，扎实推进安全生产治本攻坚三年行动，坚决防范遏制重特大事故，经县"
     "安委会同意，现将《溱川县2025年安全生产重点工作任务分工》印发给你们，请结合"
     "实际认真抓好落实。现就有关事项通知如下：")
p = para()
set_font(p.add_run("一、提高思想认识。"), HT)
set_font(p.add_run(
    "各乡镇（街道）、各有关部门要坚持人民至上、生命至上，统筹好发展和安全，把"
    "安全生产重点工作摆在突出位置，主要负责同志亲自研究部署，分管负责同志具体"
    "抓好落实，确保各项任务按时保质完成。"), FS)
p = para()
set_font(p.add_run("二、压实工作责任。"), HT)
set_font(p.add_run(
    "按照“党政同责、一岗双责、齐抓共管、失职追责”和“管行业必须管安全、管业务"
    "必须管安全、管生产经营必须管安全”的要求，行业主管部门负行业监管责任，县应急"
    "管理局负综合监管责任，各乡镇（街道）负属地管理责任，生产经营单位负安全生产"
    "主体责任。各项任务括号内注明“牵头”的单位为牵头单位；未注明牵头单位的，负"
    "行业监管责任的部门为牵头单位，其他单位按照各自职责配合落实；只列一个单位的，"
    "由该单位负责落实。牵头单位要主动担当、加强统筹，配合单位要积极支持、形成"
    "合力。"), FS)
p = para()
set_font(p.add_run("三、强化调度督导。"), HT)
set_font(p.add_run(
    "各牵头单位于每季度最后一个月25日前，将任务推进情况书面报送县安委办（县应急"
    "管理局安全生产综合协调股），全年工作总结于12月10日前报送。县安委办将定期调度"
    "通报任务进展，对工作推进不力、未按时限完成的，按程序提请县安委会约谈问责。"
    "联系人：黄晓雯，联系电话：0739—6231057。"), FS)
para("")
para("附件：溱川县2025年安全生产重点工作任务分工")
para("")
para("")
p = para("溱川县安全生产委员会办公室", align=WD_ALIGN_PARAGRAPH.RIGHT,
         indent=False)
p.paragraph_format.right_indent = Pt(32)
p = para("2025年3月6日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Pt(64)
para("（此件公开发布）")

# ---- 附件 -------------------------------------------------------------
p = para("", indent=False)
p.add_run().add_break(WD_BREAK.PAGE)
p = para("附件", HT, 16, indent=False)
para("", indent=False)
para("溱川县2025年安全生产重点工作任务分工", XBS, 22,
     WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(36))
para("", indent=False)

PARTS = [
    ("一、压紧压实安全生产责任（责任县领导：常务副县长 周海鹏）", [
        ("落实党政领导干部安全生产责任制。",
         "严格执行地方党政领导干部安全生产责任制规定，将安全生产纳入县委理论学习"
         "中心组学习和领导干部教育培训重要内容，推动各级党政领导干部履行“党政同责、"
         "一岗双责”。",
         "（县应急管理局牵头，县委组织部、县安委会各成员单位按职责分工负责）"),
        ("修订完善安全生产责任清单。",
         "督促各部门按照“三个必须”要求，6月底前完成行业领域安全监管责任清单修订，"
         "厘清交叉领域、新兴领域监管职责，消除监管盲区。",
         "（县应急管理局牵头，县安委会各成员单位负行业监管责任）"),
        ("压实企业安全生产主体责任。",
         "推动企业主要负责人落实安全生产第一责任人职责，健全全员安全生产责任制，"
         "规模以上企业年内完成安全生产标准化自评。",
         "（各行业主管部门负行业监管责任，各乡镇（街道）负属地管理责任，各生产经营"
         "单位负主体责任）"),
    ]),
    ("二、道路交通和水上交通安全（责任县领导：副县长、县公安局局长 吴振国）", [
        ("深化道路交通安全“减量控大”。",
         "严查“三超一疲劳”、酒驾醉驾、无证驾驶等突出违法行为，全年较大以上道路交通"
         "事故起数同比下降。",
         "（县公安局交警大队负行业监管责任，县交通运输局、县应急管理局按职责分工负责，"
         "各乡镇（街道）负属地管理责任）"),
        ("加强农村道路交通安全管理。",
         "完善乡镇交管站、村级劝导站“两站两员”运行机制，重点整治农用车、拖拉机违法"
         "载人和面包车超员。",
         "（各乡镇（街道）负属地管理责任，县公安局交警大队、县交通运输局、县农业农村局"
         "按职责负行业监管责任）"),
        ("强化“两客一危一货”重点车辆监管。",
         "落实重点车辆动态监控“第三方”监测机制，对违法违规行为实行闭环处置，督促运输"
         "企业落实车辆安全技术状况检查。",
         "（县交通运输局、县公安局交警大队按职责负行业监管责任，各道路运输企业负主体"
         "责任）"),
        ("排查整治公路安全隐患。",
         "对临水临崖、急弯陡坡、长下坡等路段开展隐患排查，年内完成农村公路安全生命"
         "防护工程80公里。",
         "（县交通运输局负行业监管责任）"),
        ("加强水上交通安全监管。",
         "开展渡口渡船、自用船、旅游船舶安全检查，落实汛期、节假日等重点时段船舶"
         "安全管控措施。",
         "（县交通运输局负行业监管责任，县农业农村局、县文旅广体局按职责分工负责，"
         "沿河各乡镇负属地管理责任）"),
    ]),
    ("三、危险化学品和工矿商贸安全（责任县领导：副县长 陈思远）", [
        ("开展危险化学品安全风险集中治理。",
         "对全县危险化学品生产、储存、使用企业开展全覆盖检查，推动化工园区安全风险"
         "智能化管控平台建成投用。",
         "（县应急管理局负行业监管责任，县公安局、县交通运输局、县市场监管局按职责"
         "分工负责，溱川化工园区管理委员会负属地管理责任）"),
        ("推进危险化学品运输全链条监管。",
         "加强危险货物运输车辆通行、停车、装卸环节管理，严厉打击非法运输危险化学品"
         "行为。",
         "（县交通运输局、县公安局负行业监管责任，县应急管理局负综合监管责任）"),
        ("加强工贸企业重点环节安全监管。",
         "聚焦粉尘涉爆、有限空间作业、涉氨制冷、金属冶炼等重点环节，开展专项执法"
         "检查。",
         "（县应急管理局负行业监管责任，各乡镇（街道）负属地管理责任，各工贸企业负主体"
         "责任）"),
        ("深化非煤矿山安全整治。",
         "严格非煤矿山外包工程管理，依法打击无证开采和超层越界开采行为，年内完成2座"
         "尾矿库闭库治理。",
         "（县应急管理局、县自然资源局按职责负行业监管责任，矿山所在乡镇负属地管理"
         "责任）"),
        ("开展烟花爆竹“打非治违”。",
         "加强生产、经营、储存、运输、燃放全环节管理，春节、元宵等重点时段开展联合"
         "检查。",
         "（县应急管理局牵头，县公安局、县市场监管局、县供销合作社按职责分工负责，"
         "各乡镇（街道）负属地管理责任）"),
    ]),
    ("四、城镇燃气和建设施工安全（责任县领导：副县长 刘慧敏）", [
        ("深化城镇燃气安全专项整治。",
         "全面排查燃气经营企业、用户端、管道设施等安全隐患，餐饮等公共场所用户燃气"
         "泄漏报警装置应装尽装。",
         "（县住建局负行业监管责任，县市场监管局、县商务局、县应急管理局、县公安局"
         "按职责分工负责，各乡镇（街道）负属地管理责任，各燃气经营企业负主体责任）"),
        ("推进城镇燃气管道老化更新改造。",
         "年内完成城区老旧燃气管道更新改造12公里，稳步推进“瓶改管”。",
         "（县住建局负责）"),
        ("加强房屋市政工程施工安全监管。",
         "严格落实危大工程专项施工方案论证、验收制度，开展起重机械、深基坑、高支模"
         "等专项检查。",
         "（县住建局负行业监管责任，各乡镇（街道）负属地管理责任）"),
        ("巩固自建房安全专项整治成果。",
         "对经营性自建房开展“回头看”，建立健全房屋安全常态化管理机制。",
         "（各乡镇（街道）负属地管理责任，县住建局负行业监管责任，县自然资源局、"
         "县市场监管局、县文旅广体局按职责分工负责）"),
        ("加强交通、水利等在建工程安全管理。",
         "督促参建单位落实安全生产责任，开展汛期施工安全和人员密集作业场所安全检查。",
         "（县交通运输局、县水利局、县住建局分别负行业监管责任）"),
    ]),
    ("五、消防和人员密集场所安全（责任县领导：副县长、县公安局局长 吴振国，副县长 王丽君）", [
        ("开展高层建筑和大型商业综合体消防安全整治。",
         "推动消防设施、疏散通道等隐患整改到位，年内完成消防车通道标识划线。",
         "（县消防救援大队牵头，县住建局、县商务局按职责分工负责）"),
        ("加强学校、医院、养老机构等场所消防安全管理。",
         "落实消防安全标准化管理，组织开展全员消防安全培训和疏散演练。",
         "（县教育局、县卫生健康局、县民政局负行业监管责任，县消防救援大队负综合监督"
         "责任）"),
        ("整治电动自行车安全隐患。",
         "开展电动自行车生产、销售、维修、停放、充电全链条整治，新建住宅小区同步"
         "建设集中充电设施。",
         "（县消防救援大队牵头，县市场监管局、县住建局、县公安局按职责分工负责，"
         "各乡镇（街道）负属地管理责任）"),
        ("加强文化旅游和大型活动安全管理。",
         "强化A级旅游景区、游乐设施、宾馆饭店等场所安全检查，落实大型群众性活动安全"
         "许可和风险评估。",
         "（县文旅广体局、县公安局按职责负行业监管责任，各A级旅游景区负主体责任）"),
    ]),
    ("六、自然灾害防治和其他行业领域安全（责任县领导：副县长 赵明远）", [
        ("做好防汛抗旱和地质灾害防治工作。",
         "修订完善防汛抗旱应急预案，开展汛前隐患排查，落实地质灾害隐患点“两卡一表”"
         "和群测群防措施。",
         "（县应急管理局牵头，县水利局、县自然资源局、县气象局按职责分工负责，各乡镇"
         "（街道）负属地管理责任）"),
        ("加强森林防灭火工作。",
         "严格野外火源管控，重点时段实行进山入林登记，年内完成生物防火林带建设30公里。",
         "（县林业局负行业监管责任，县应急管理局负综合监管责任，各乡镇（街道）负属地"
         "管理责任）"),
        ("强化农机和渔业船舶安全监管。",
         "开展农机安全生产检查和渔业船舶安全隐患排查，推进农机安全监理进村入户。",
         "（县农业农村局负行业监管责任）"),
        ("开展特种设备安全隐患排查整治。",
         "重点整治电梯、气瓶、压力管道、大型游乐设施等安全隐患，推进电梯应急处置"
         "平台建设。",
         "（县市场监管局负行业监管责任，各特种设备使用单位负主体责任）"),
    ]),
    ("七、夯实安全生产基础保障（责任县领导：常务副县长 周海鹏）", [
        ("推进安全生产信息化建设。",
         "建设全县安全生产风险监测预警系统，接入重点企业视频监控和在线监测数据。",
         "（县应急管理局牵头，县数据资源局配合）"),
        ("强化安全生产执法检查。",
         "落实“四不两直”明查暗访和“执法+专家”检查模式，全年开展综合执法检查不少于"
         "4轮。",
         "（县应急管理局牵头，各行业主管部门负行业监管责任）"),
        ("加强安全宣传教育和培训。",
         "深入开展“安全生产月”“安全宣传五进”等活动，组织重点行业企业主要负责人和"
         "安全管理人员培训。",
         "（县委宣传部、县应急管理局牵头，县安委会各成员单位按职责分工负责）"),
        ("完善安全生产考核巡查机制。",
         "将安全生产纳入县对乡镇（街道）和县直部门年度综合考核，年内对各乡镇（街道）"
         "开展安全生产巡查全覆盖。",
         "（县安委办负责）"),
    ]),
]

n = 0
for heading, tasks in PARTS:
    para(heading, HT)
    for title, body, clause in tasks:
        n += 1
        p = para()
        set_font(p.add_run("%d．%s" % (n, title)), FS, bold=True)
        set_font(p.add_run(body), FS)
        set_font(p.add_run(clause), KT)

# ---- 版记 -------------------------------------------------------------
para("", indent=False)
para("", indent=False)
p = para("抄送：县委办公室，县人大常委会办公室，县政府办公室，县政协办公室。",
         FS, 14, indent=False)
p.paragraph_format.left_indent = Pt(14)
border(p, "top", "000000", "8")
border(p, "bottom", "000000", "4")
p = para("溱川县安全生产委员会办公室　　　　　　　　2025年3月6日印发",
         FS, 14, indent=False)
p.paragraph_format.left_indent = Pt(14)
border(p, "bottom", "000000", "8")

doc.save(OUT)
print(OUT, n, "tasks")
