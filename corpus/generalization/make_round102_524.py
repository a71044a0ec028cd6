#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Notice 524: a 市政府办公室 red-header Word notice printing a 重点产业链链长制
2025年工作要点.  Parts 一、–六、 are the chains: under each chain heading a block of
楷体 lines gives 链长 / 副链长 / 市级牵头部门 / 配合部门 / 主要承载地 / 链主企业 once
for the chain, and the chain's tasks below carry no clause of their own.  Part 七
holds mechanism tasks, each closing with its own （牵头部门：…；配合部门：…） bracket.
"""
import os

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

NAME = "524_xulin_shi_chanyelian_lianzhangzhi_yaodian.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
KT = "楷体_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def para(doc, text="", font=FS, size=16, bold=False, align=None, indent=True,
         color=None, line=Pt(28.9), runs=None):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = line
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    if runs is None:
        runs = [(text, font, bold)]
    for t, f, b in runs:
        r = p.add_run(t)
        set_font(r, f, size, b, color)
    return p


def red_rule(p):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bot = OxmlElement("w:bottom")
    bot.set(qn("w:val"), "single")
    bot.set(qn("w:sz"), "18")
    bot.set(qn("w:space"), "6")
    bot.set(qn("w:color"), "FF0000")
    bdr.append(bot)
    ppr.append(bdr)


def top_bottom_rule(p, top=True, bottom=True):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side, on in (("top", top), ("bottom", bottom)):
        if not on:
            continue
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "8")
        e.set(qn("w:space"), "1")
        e.set(qn("w:color"), "000000")
        bdr.append(e)
    ppr.append(bdr)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
sec.left_margin, sec.right_margin = Mm(28), Mm(26)

st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

# ---- 版头 ----
para(doc, "", indent=False)
para(doc, "溆临市人民政府办公室文件", font=XBS, size=36, align=WD_ALIGN_PARAGRAPH.CENTER,
     indent=False, color=RGBColor(0xFF, 0, 0), line=Pt(60))
para(doc, "", indent=False)
p = para(doc, "溆政办发〔2025〕11号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
red_rule(p)
para(doc, "", indent=False)
para(doc, "溆临市人民政府办公室", font=XBS, size=22,
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(33))
para(doc, "关于印发《溆临市重点产业链链长制2025年", font=XBS, size=22,
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(33))
para(doc, "工作要点》的通知", font=XBS, size=22,
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(33))
para(doc, "", indent=False)
para(doc, "各县（市、区）人民政府，溆临经开区、溆临高新区管委会，市直有关单位：",
     indent=False)
para(doc, "《溆临市重点产业链链长制2025年工作要点》已经市人民政府同意，"
          "现印发给你们，请认真组织实施。")
para(doc, "2025年，全市继续实行重点产业链链长制，市委书记杨立新、市长陈卫国任总链长，"
          "市级领导分别担任新能源汽车及零部件等6条重点产业链链长、副链长。"
          "各产业链重点任务由链长领衔推进，市级牵头部门（链长办所在单位）牵头组织实施，"
          "配合部门、主要承载地按照职责分工抓好落实，链主企业发挥引领带动作用。"
          "第七部分所列工作任务，按各项任务明确的牵头部门和配合部门分工落实。")
para(doc, "各链长办要建立重点任务推进台账，于每季度结束后5个工作日内将工作进展情况"
          "报市工业和信息化局（市链长制工作办公室），由其汇总后报总链长、链长。")
para(doc, "", indent=False)
para(doc, "", indent=False)
p = para(doc, "溆临市人民政府办公室", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
p.paragraph_format.right_indent = Pt(64)
p = para(doc, "2025年3月14日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
p.paragraph_format.right_indent = Pt(80)
para(doc, "（此件公开发布）")

page_break(doc)

# ---- 工作要点 ----
para(doc, "溆临市重点产业链链长制2025年工作要点", font=XBS, size=22,
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(33))
para(doc, "", indent=False)
para(doc, "为深入实施制造强市战略，推动重点产业链延链补链强链，加快构建具有溆临特色的"
          "现代化产业体系，结合我市实际，制定本工作要点。2025年，全市6条重点产业链力争"
          "实现规模以上工业产值1860亿元，同比增长10%以上。")

CHAINS = [
    ("一、新能源汽车及零部件产业链", [
        "链　　长：市委常委、常务副市长　欧阳明",
        "副 链 长：副市长　唐晓峰",
        "市级牵头部门：市工业和信息化局",
        "配合部门：市发展改革委、市科技局、市商务局、市投资促进局",
        "主要承载地：溆临经开区、枫坪县",
        "链主企业：溆临汽车集团有限公司、岳湘动力电池股份有限公司",
    ], [
        ("1．推动整车产能释放。", "支持溆临汽车集团新能源乘用车二期项目满产达效，"
         "全年新能源汽车产量突破8万辆，整车产值增长20%以上。"),
        ("2．补齐关键零部件短板。", "围绕动力电池、驱动电机、电控系统和热管理系统开展"
         "精准招商，全年引进配套企业15家以上，本地配套率提高到45%。"),
        ("3．推进产业链协同创新。", "支持链主企业联合高校院所组建新能源汽车创新联合体，"
         "攻关固态电池、线控底盘等关键技术5项以上。"),
    ]),
    ("二、先进装备制造产业链", [
        "链　　长：市委常委、副市长　贺建军",
        "市级牵头部门：市工业和信息化局",
        "配合部门：市科技局、市人力资源社会保障局、市市场监管局",
        "主要承载地：溆临高新区、蓝溪区",
        "链主企业：中岳重工（溆临）装备有限公司",
    ], [
        ("4．实施智能化改造提升工程。", "推动规模以上装备制造企业实施智能化改造项目40个"
         "以上，新建省级智能制造示范车间5个。"),
        ("5．培育专精特新企业梯队。", "新增国家级专精特新“小巨人”企业3家、省级专精特新"
         "中小企业20家以上。"),
        ("6．推广首台（套）重大技术装备。", "组织产需对接活动4场以上，争取省级首台（套）"
         "重大技术装备认定8项。"),
    ]),
    ("三、电子信息产业链", [
        "链　　长：副市长　唐晓峰",
        "副 链 长：副市长　邹蕾、市长助理　孟凡",
        "市级牵头部门：市工业和信息化局、市数据局",
        "配合部门：市发展改革委、市科技局、市投资促进局",
        "主要承载地：溆临高新区",
        "链主企业：溆临芯联电子科技有限公司",
    ], [
        ("7．壮大电子元器件产业集群。", "推动高端电容电感、柔性电路板等12个在建项目加快"
         "投产，电子信息产业链产值突破260亿元。"),
        ("8．加快数字基础设施建设。", "新建5G基站1200个，建成溆临城市算力中心一期，"
         "算力规模达到300PFlops。"),
        ("9．培育软件和信息技术服务业。", "支持企业建设行业级工业互联网平台，"
         "新增上云企业500家以上。"),
    ]),
    ("四、新材料产业链", [
        "链　　长：市人大常委会副主任　周敏",
        "市级牵头部门：市工业和信息化局",
        "配合部门：市自然资源和规划局、市生态环境局、市应急管理局",
        "主要承载地：龙渡县、枫坪县、溆临经开区",
        "链主企业：溆临恒泰新材料股份有限公司",
    ], [
        ("10．推动化工园区提质升级。", "完成龙渡化工园区安全风险等级评估复核，"
         "推动园区污水集中处理设施提标改造。"),
        ("11．延伸先进储能材料链条。", "加快正极材料前驱体、电解液等项目建设，"
         "新增先进储能材料产能5万吨。"),
        ("12．推进传统材料绿色转型。", "实施建材、有色行业节能降碳改造项目10个，"
         "单位工业增加值能耗下降3%以上。"),
    ]),
    ("五、生物医药产业链", [
        "链　　长：市政协副主席　罗一鸣",
        "副 链 长：副市长　邹蕾",
        "市级牵头部门：市科技局",
        "配合部门：市工业和信息化局、市卫生健康委、市医疗保障局、市市场监管局",
        "主要承载地：溆临高新区、青塘区",
        "链主企业：溆临九康药业集团有限公司",
    ], [
        ("13．建设生物医药产业园。", "加快溆临高新区生物医药产业园二期标准厂房建设，"
         "新入驻企业10家以上。"),
        ("14．推动创新药械研发转化。", "支持企业开展仿制药一致性评价和创新医疗器械注册，"
         "新获药品、医疗器械注册证30个以上。"),
        ("15．促进医药产品推广应用。", "落实创新药械挂网采购政策，推动本地优质药品、"
         "医疗器械进入市内公立医疗机构。"),
    ]),
    ("六、绿色食品精深加工产业链", [
        "链　　长：副市长　邹蕾",
        "市级牵头部门：市农业农村局",
        "配合部门：市工业和信息化局、市商务局、市市场监管局",
        "主要承载地：各县（市、区）",
        "链主企业：溆临粮油集团有限公司、枫坪茶业股份有限公司",
    ], [
        ("16．壮大农产品加工龙头企业。", "新增市级以上农业产业化龙头企业15家，"
         "农产品加工业产值与农业总产值之比达到2.6∶1。"),
        ("17．打造区域公用品牌。", "加强“溆临好粮”“枫坪茶”等区域公用品牌宣传推介，"
         "新增绿色食品认证产品20个。"),
        ("18．拓展预制菜市场。", "支持预制菜企业完善冷链物流体系，组织企业参加国内"
         "重点展会6场以上。"),
    ]),
]

for head, block, tasks in CHAINS:
    para(doc, head, font=HT)
    for line in block:
        para(doc, line, font=KT)
    for title, body in tasks:
        para(doc, runs=[(title, FS, True), (body, FS, False)])

para(doc, "七、强化链长制工作机制", font=HT)
MECH = [
    ("19．健全链长调度机制。", "链长每季度至少召开1次产业链专题会议，链长办每月调度"
     "重点项目推进和企业运行情况，协调解决企业发展难题。",
     "（牵头部门：各产业链市级牵头部门；配合部门：各主要承载地）"),
    ("20．编制产业链“图谱清单”。", "动态更新各产业链全景图、招商图、技术路线图和重点"
     "企业、重点项目、招商目标清单。",
     "（牵头部门：市工业和信息化局；配合部门：各产业链市级牵头部门、市投资促进局）"),
    ("21．开展产业链精准招商。", "每条产业链全年至少开展2次专题招商活动，引进投资10亿元"
     "以上产业链项目12个。",
     "（牵头部门：市投资促进局；配合部门：各产业链市级牵头部门，各县（市、区）人民政府）"),
    ("22．强化产业链金融支持。", "设立规模20亿元的市产业链发展基金，开展“链上企业”"
     "银企对接活动8场以上。",
     "（牵头部门：市财政局、市委金融办；配合部门：人民银行溆临市分行、"
     "国家金融监督管理总局溆临监管分局、市工业和信息化局）"),
    ("23．加强用地用能保障。", "优先保障重点产业链项目用地指标和能耗指标，推行工业用地"
     "“标准地”出让。",
     "（牵头部门：市自然资源和规划局、市发展改革委；配合部门：市生态环境局，"
     "各县（市、区）人民政府）"),
    ("24．强化产业人才支撑。", "实施产业链人才引育计划，引进高层次人才和急需紧缺人才"
     "300名以上，开展产业工人技能培训2万人次。",
     "（牵头部门：市委人才办；配合部门：市人力资源社会保障局、市教育局、市科技局）"),
    ("25．建立产业链运行监测制度。", "按季度开展重点产业链规模以上企业产值、投资等"
     "指标监测分析。",
     "（责任部门：市统计局）"),
    ("26．开展链长制工作评估。", "年底前对各产业链链长制工作推进情况开展评估，"
     "评估结果纳入市直部门和县（市、区）年度绩效考核。",
     "（责任市领导：欧阳明；牵头部门：市政府督查室；配合部门：市工业和信息化局）"),
]
for title, body, clause in MECH:
    para(doc, runs=[(title, FS, True), (body, FS, False), (clause, KT, False)])

# ---- 版记 ----
para(doc, "", indent=False)
para(doc, "", indent=False)
p = para(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院。",
         size=14, indent=False)
p.paragraph_format.left_indent = Pt(14)
top_bottom_rule(p, top=True, bottom=True)
p = para(doc, "溆临市人民政府办公室　　　　　　　　　　2025年3月14日印发", size=14,
         indent=False)
p.paragraph_format.left_indent = Pt(14)
top_bottom_rule(p, top=False, bottom=True)

doc.core_properties.author = "市政府办公室秘书科"
doc.core_properties.title = "溆临市重点产业链链长制2025年工作要点"
doc.save(OUT)
print(OUT)
