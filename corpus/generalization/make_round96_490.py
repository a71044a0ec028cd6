#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 96, notice 490 (control): a 省发展和改革委员会办公室 Word notice dividing the
委's 2025年工作要点 among its 处室 and 直属单位 (paragraph form, 楷体 clause at the end of each item)."""
import os
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

NAME = "490_wenze_sheng_fagaiwei_gongzuo_yaodian_fengong.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SAN = Pt(16)   # 三号
ER = Pt(22)    # 二号

doc = Document()
doc.core_properties.author = "省发展改革委办公室"
doc.core_properties.title = ""

sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
sec.left_margin, sec.right_margin = Mm(28), Mm(26)
sec.footer_distance = Mm(28)

st = doc.styles["Normal"]
st.font.name = FS
st.font.size = SAN
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
st.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
st.paragraph_format.line_spacing = Pt(28.95)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.space_after = Pt(0)


def run(p, text, font=FS, size=SAN, bold=False, color=None):
    r = p.add_run(text)
    r.font.name = font
    r.font.size = size
    r.bold = bold
    rpr = r._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    rf.set(qn("w:eastAsia"), font)
    rf.set(qn("w:ascii"), "Times New Roman" if font == FS else font)
    rf.set(qn("w:hAnsi"), "Times New Roman" if font == FS else font)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def para(indent=True, align=None):
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    return p


def body(text, font=FS, bold=False):
    p = para()
    run(p, text, font=font, bold=bold)
    return p


def blank(n=1):
    for _ in range(n):
        doc.add_paragraph()


def bottom_border(p, color="FF0000", sz="18"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_border(p, color="000000", sz="8"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    b = OxmlElement("w:top")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.insert(0, b)


def page_number_footer(section):
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "— ", font="宋体", size=Pt(14))
    r = run(p, "", font="宋体", size=Pt(14))
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        elif txt == "1":
            t = OxmlElement("w:t")
            t.text = "1"
            r._element.append(t)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
    run(p, " —", font="宋体", size=Pt(14))


page_number_footer(sec)

# ---------------------------------------------------------------- 版头
blank(1)
p = para(indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
p.paragraph_format.line_spacing = Pt(60)
run(p, "汶泽省发展和改革委员会办公室", font=XBS, size=Pt(36), color="FF0000")
blank(1)
p = para(indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
run(p, "汶发改办综合〔2025〕9号")
bottom_border(p)
blank(1)

# ---------------------------------------------------------------- 标题
p = para(indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
p.paragraph_format.line_spacing = Pt(36)
run(p, "汶泽省发展和改革委员会办公室关于印发", font=XBS, size=ER)
p = para(indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
p.paragraph_format.line_spacing = Pt(36)
run(p, "《汶泽省发展和改革委员会2025年工作要点》", font=XBS, size=ER)
p = para(indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
p.paragraph_format.line_spacing = Pt(36)
run(p, "任务分工的通知", font=XBS, size=ER)
blank(1)

p = para(indent=False)
run(p, "委机关各处室、各直属单位：")

body("为深入贯彻落实全省发展和改革工作会议精神，确保委2025年各项重点工作落到实处，"
     "经委党组会议研究同意，现将《汶泽省发展和改革委员会2025年工作要点》任务分工印发给你们，"
     "并就有关事项通知如下，请认真抓好落实。")
body("一、提高思想认识", font=HT)
body("2025年是“十四五”规划收官之年，也是谋划“十五五”发展的关键之年。各处室（单位）要切实把思想和行动统一到"
     "省委、省政府决策部署上来，对照任务分工，细化工作举措，明确时间节点，确保各项任务按期保质完成。")
body("二、压实工作责任", font=HT)
body("各项任务明确的责任委领导负责统筹协调和督促推进。责任处室（单位）中排在第一位的为牵头处室（单位），"
     "其他为配合处室（单位）。牵头处室（单位）要主动担当、加强统筹，配合处室（单位）要积极支持、密切协作，"
     "形成工作合力。涉及委机关各处室的任务，由各处室按职责分工抓好落实。")
body("三、加强督查督办", font=HT)
body("委办公室将各项任务纳入委重点工作督查督办台账，实行季度调度、半年小结、年终考评。"
     "各牵头处室（单位）于每季度最后一个月的25日前，将任务推进情况（含存在问题和下步打算）"
     "经责任委领导审签后报委办公室（综合督查科），年底将全年完成情况一并报送，"
     "有关情况纳入年度处室（单位）绩效考核。")
blank(1)
p = para()
run(p, "附件：汶泽省发展和改革委员会2025年工作要点任务分工")
blank(3)
p = para(indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
p.paragraph_format.right_indent = Pt(64)
run(p, "汶泽省发展和改革委员会办公室")
p = para(indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
p.paragraph_format.right_indent = Pt(96)
run(p, "2025年2月21日")
p = para()
run(p, "（此件不公开）")

# ---------------------------------------------------------------- 附件
p = doc.add_paragraph()
p.add_run().add_break(WD_BREAK.PAGE)
p = para(indent=False)
run(p, "附件", font=HT)
blank(1)
p = para(indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
p.paragraph_format.line_spacing = Pt(36)
run(p, "汶泽省发展和改革委员会2025年工作要点任务分工", font=XBS, size=ER)
blank(1)

body("2025年全委工作的总体要求是：坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，"
     "聚焦高质量发展首要任务，统筹抓好规划编制、宏观调节、扩大内需、改革攻坚、产业升级、"
     "区域协调、绿色转型和民生保障，为全省经济持续回升向好作出发改贡献。重点抓好以下8个方面35项工作。")

PARTS = [
    ("一、强化战略谋划，高质量编制“十五五”规划", [
        ("高质量编制全省“十五五”规划纲要。",
         "深化重大问题研究，精心做好规划纲要起草、征求意见、专家论证和衔接平衡等工作，按程序提请省人民代表大会审查批准。",
         "郑宏远、罗建平", "发展规划处、省发展和改革研究院、委机关各处室"),
        ("统筹推进省级专项规划编制。",
         "制定省级“十五五”专项规划编制目录清单，强化专项规划、区域规划与规划纲要的衔接，确保规划定位协调、目标一致。",
         "罗建平", "发展规划处、地区经济处、区域协调发展处"),
        ("做好“十四五”规划实施总结评估。",
         "全面总结“十四五”规划主要目标指标、重大工程项目和重大政策实施情况，形成总结评估报告。",
         "罗建平", "发展规划处"),
    ]),
    ("二、加强经济运行调节，推动经济持续回升向好", [
        ("加强经济运行监测预测预警。",
         "完善月度经济运行调度分析机制，加强重点行业、重点企业、重点项目监测，每季度形成全省经济形势分析报告，及时提出政策建议。",
         "周立新", "国民经济综合处、经济运行调节处、省信息中心"),
        ("抓好宏观政策统筹和评估。",
         "加强财政、货币、就业、产业、区域等政策协同，开展宏观政策取向一致性评估，做好存量政策和增量政策的衔接落实。",
         "周立新", "国民经济综合处、政策研究室、法规处"),
        ("保障煤电油气运稳定供应。",
         "统筹做好迎峰度夏、迎峰度冬能源保供，落实电煤中长期合同，加强天然气储气调峰能力建设，守住不拉闸限电底线。",
         "杜国明、周立新", "省能源局、经济运行调节处"),
        ("做好重要民生商品保供稳价。",
         "加强粮油肉蛋菜等重要民生商品价格监测预警，落实社会救助和保障标准与物价上涨挂钩联动机制，保持物价总水平基本稳定。",
         "韩卫东", "价格处、省价格监测中心、经济贸易处"),
    ]),
    ("三、扩大有效投资，加快重大项目建设", [
        ("加力推进省重点项目建设。",
         "安排省重点建设项目420个以上、年度计划投资3200亿元以上，健全重大项目推进和要素保障协调机制，推动项目早开工、早投产、早见效。",
         "邓晓梅", "重大项目办公室、固定资产投资处，各市（州）发展改革委"),
        ("积极争取中央资金支持。",
         "用好中央预算内投资和超长期特别国债，加强项目谋划储备，争取更多项目纳入国家支持范围，加快资金下达和项目实施进度。",
         "邓晓梅", "固定资产投资处、委机关有关处室"),
        ("用好地方政府专项债券。",
         "做好专项债券项目的筛选申报和审核把关，扩大专项债券用作项目资本金范围，提高资金使用效益。",
         "邓晓梅", "固定资产投资处、财政金融和信用建设处"),
        ("激发民间投资活力。",
         "建立向民间资本推介项目长效机制，全年推介项目不少于200个，规范实施政府和社会资本合作新机制。",
         "邓晓梅、罗建平", "固定资产投资处、民营经济发展处"),
        ("加强重点项目稽察。",
         "对中央预算内投资和省预算内投资项目开展稽察，督促问题整改，提高政府投资项目管理水平。",
         "邓晓梅", "省重点项目稽察特派员办公室"),
        ("深化投资审批制度改革。",
         "升级省投资项目在线审批监管平台，推行项目审批“一码通办”，压减审批时限，提升投资审批便利化水平。",
         "邓晓梅", "固定资产投资处、省信息中心"),
    ]),
    ("四、大力提振消费，推动内外需协同发力", [
        ("实施提振消费专项行动。",
         "扎实推进大规模设备更新和消费品以旧换新，培育文旅、体育、养老、托育等服务消费新增长点，办好“汶泽消费季”系列活动。",
         "韩卫东", "就业收入分配和消费处、经济贸易处"),
        ("推动服务业扩容提质。",
         "实施服务业高质量发展行动，推进先进制造业和现代服务业融合发展试点，培育一批服务业集聚区和领军企业。",
         "韩卫东", "服务业发展处"),
        ("稳外资促外贸。",
         "落实外资企业国民待遇，办好重点外资项目调度，规范企业境外投资备案管理，引导企业稳妥有序开展境外投资。",
         "周立新", "利用外资和境外投资处"),
        ("推进现代物流体系建设。",
         "加快国家物流枢纽和骨干冷链物流基地建设，推动多式联运发展，降低全社会物流成本。",
         "韩卫东", "经济贸易处、基础产业处"),
    ]),
    ("五、深化重点领域改革，持续优化发展环境", [
        ("推进全国统一大市场建设。",
         "开展妨碍统一市场和公平竞争的政策措施清理，落实市场准入负面清单制度，破除地方保护和市场分割。",
         "罗建平", "体制改革处、法规处"),
        ("促进民营经济发展壮大。",
         "落实促进民营经济发展壮大政策措施，健全与民营企业常态化沟通交流机制，协调解决民营企业发展困难问题。",
         "罗建平", "民营经济发展处"),
        ("深化要素市场化配置和价格改革。",
         "推进城镇供水、天然气上下游价格联动，完善分时电价政策，加强重点领域成本监审和收费监管。",
         "韩卫东", "价格处、收费管理处、成本调查监审处"),
        ("加快社会信用体系建设。",
         "完善公共信用信息平台，推进信用修复“一网通办”，深化“信易贷”应用，提升信用监管效能。",
         "周立新", "财政金融和信用建设处、省信息中心"),
        ("规范招标投标市场秩序。",
         "推进招标投标全流程电子化，开展工程建设招标投标领域突出问题专项治理，维护公平竞争市场秩序。",
         "罗建平", "法规处、省公共资源交易中心"),
    ]),
    ("六、推动产业升级和区域协调发展", [
        ("培育壮大新兴产业和未来产业。",
         "实施战略性新兴产业集群发展工程，布局一批未来产业先导区，推动新材料、生物医药、低空经济等产业加快发展。",
         "孙雅琴", "高技术产业处、产业发展处"),
        ("推动数字经济和实体经济深度融合。",
         "推进“数据要素×”行动，加快算力基础设施建设，培育数字化转型促进中心和公共服务平台。",
         "孙雅琴", "高技术产业处、省信息中心"),
        ("深入实施区域协调发展战略。",
         "推动省会都市圈同城化发展，支持革命老区、民族地区加快发展，深化省内对口协作。",
         "罗建平", "区域协调发展处、地区经济处"),
        ("推进新型城镇化和城乡融合发展。",
         "深入实施以人为本的新型城镇化战略，推进农业转移人口市民化，开展城乡融合发展试点。",
         "罗建平", "地区经济处、农村经济处"),
        ("巩固拓展脱贫攻坚成果。",
         "在农业农村基础设施建设领域推广以工代赈方式，全年发放劳务报酬不低于3亿元，助力脱贫地区乡村振兴。",
         "孙雅琴", "农村经济处、省以工代赈办公室"),
    ]),
    ("七、加快绿色低碳转型，筑牢安全发展底线", [
        ("推进新型能源体系建设。",
         "新增风电、光伏装机500万千瓦以上，加快抽水蓄能电站和新型储能项目建设，推进电网主网架优化升级。",
         "杜国明", "省能源局"),
        ("扎实推进节能降碳。",
         "推动能耗双控逐步转向碳排放双控，开展重点领域节能降碳改造，做好碳达峰试点建设。",
         "孙雅琴", "资源节约和环境保护处、应对气候变化处、省能源局"),
        ("守牢粮食和物资储备安全。",
         "落实粮食安全党政同责，完善省级储备粮轮换管理，加强救灾物资储备和应急调运能力建设。",
         "黄立群", "省粮食和物资储备局、经济贸易处"),
    ]),
    ("八、保障和改善民生，全面加强自身建设", [
        ("促进就业增收。",
         "实施城乡居民增收计划，完善工资合理增长机制，推动重点群体稳定就业，做好收入分配形势分析。",
         "韩卫东", "就业收入分配和消费处、社会发展处"),
        ("补齐社会民生领域短板。",
         "统筹中央和省级资金支持托育、养老、医疗、教育等领域项目建设，推动基本公共服务均等化。",
         "韩卫东", "社会发展处"),
        ("全面加强党的建设。",
         "深入推进全面从严治党，巩固深入贯彻中央八项规定精神学习教育成果，锻造忠诚干净担当的发改铁军。",
         "郑宏远", "机关党委、人事处、委机关各处室、各直属单位"),
        ("加强机关运转保障和督查督办。",
         "健全重点工作督查督办机制，提高公文、会议、信息、保密、档案等工作水平，做好政务公开和信访工作。",
         "何军", "办公室、政策研究室"),
        ("加强法治机关建设。",
         "落实重大行政决策程序规定，做好规范性文件合法性审核和备案，加强行政复议应诉工作。",
         "罗建平", "法规处"),
    ]),
]

NUM = "一二三四五六七八九十"
total = 0
for head, tasks in PARTS:
    p = body(head, font=HT)
    for i, (title, text, leaders, units) in enumerate(tasks):
        total += 1
        p = para()
        run(p, "（" + NUM[i] + "）")
        run(p, title, bold=True)
        run(p, text)
        run(p, "（责任委领导：" + leaders + "；责任处室（单位）：" + units + "）", font=KT)
assert total == 35, total

# ---------------------------------------------------------------- 版记
p = doc.add_paragraph()
p.add_run().add_break(WD_BREAK.PAGE)
blank(18)
p = para(indent=False)
p.paragraph_format.left_indent = Pt(14)
run(p, "抄送：委领导。", size=Pt(14))
top_border(p, sz="8")
bottom_border(p, color="000000", sz="4")
p = para(indent=False)
p.paragraph_format.left_indent = Pt(14)
p.paragraph_format.right_indent = Pt(14)
run(p, "汶泽省发展和改革委员会办公室　　　　　　　　2025年2月21日印发", size=Pt(14))
bottom_border(p, color="000000", sz="8")

doc.save(OUT)
print("wrote", OUT)
