#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generate 457_yayang_shi_gzbg_renwu_fengong.docx: an ordinary 市政府办公室 Word notice."""
import os
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

NAME = "457_yayang_shi_gzbg_renwu_fengong.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
sec.left_margin, sec.right_margin = Mm(28), Mm(26)
sec.footer_distance = Mm(28)

st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
st.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
st.paragraph_format.line_spacing = Pt(28.9)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.space_after = Pt(0)


def run(p, text, font=FS, size=16, bold=False, color=None):
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.font.bold = bold
    r.font.name = "Times New Roman"
    rpr = r._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), font)
    rf.set(qn("w:hint"), "eastAsia")
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def para(text="", font=FS, size=16, align=None, indent=True, bold=False, color=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if text:
        run(p, text, font, size, bold, color)
    return p


def bottom_border(p, color="FF0000", sz="12"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


# ---------- 版头 ----------
para("", indent=False)
p = para("崖阳市人民政府办公室文件", XBS, 36, WD_ALIGN_PARAGRAPH.CENTER, False, color="FF0000")
p.paragraph_format.line_spacing = Pt(60)
para("", indent=False)
p = para("崖政办发〔2025〕3号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER, False)
bottom_border(p)
para("", indent=False)

# ---------- 标题 ----------
for t in ("崖阳市人民政府办公室", "关于印发2025年《政府工作报告》重点工作", "任务分工的通知"):
    p = para(t, XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False)
    p.paragraph_format.line_spacing = Pt(36)
para("", indent=False)

para("各县（市、区）人民政府，崖阳高新区管委会，市政府各部门、各直属机构：", indent=False)
para("《政府工作报告》已经崖阳市第十七届人民代表大会第五次会议审议通过。为切实抓好《政府工作报告》确定的各项目标任务的贯彻落实，经市政府同意，现将2025年《政府工作报告》重点工作任务分工印发给你们，并就有关事项通知如下。")
p = para("")
run(p, "一、提高思想认识。", HT)
run(p, "《政府工作报告》是市政府全年工作的总纲。各地各部门要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，把落实《政府工作报告》作为检验工作成效的重要标尺，以钉钉子精神抓好各项任务落实，确保全年目标任务圆满完成。")
p = para("")
run(p, "二、压实工作责任。", HT)
run(p, "各项任务中，责任单位排在第一位的为牵头单位，其他为配合单位。牵头单位要切实履行牵头职责，主要负责同志亲自研究部署，于2025年3月10日前制定具体工作方案，细化工作措施，明确时间节点；配合单位要按照职责分工积极主动配合，形成工作合力。涉及各县（市、区）的任务，各县（市、区）人民政府要结合实际抓好落实。")
p = para("")
run(p, "三、强化督查考核。", HT)
run(p, "各牵头单位要于每季度末月25日前，将工作进展情况报送市政府督查室。市政府督查室要加强跟踪督办，定期通报任务落实情况，督查结果纳入年度绩效考核。对工作推进不力、进度严重滞后的，按照有关规定严肃问责。")
para("")
p = para("", indent=True)
run(p, "附件：2025年《政府工作报告》重点工作任务分工")
para("")
para("")
p = para("崖阳市人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Pt(64)
p = para("2025年2月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Pt(80)
para("（此件公开发布）")

# ---------- 附件 ----------
p = doc.add_paragraph()
p.add_run().add_break(WD_BREAK.PAGE)
para("附件", HT, 16, WD_ALIGN_PARAGRAPH.LEFT, False)
para("", indent=False)
for t in ("2025年《政府工作报告》重点工作任务分工",):
    p = para(t, XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False)
    p.paragraph_format.line_spacing = Pt(36)
para("", indent=False)

PARTS = [
    ("一、坚定不移稳增长，推动经济运行持续向好", [
        ("全力扩大有效投资。", "坚持项目为王，全年实施市级重点项目380个以上、完成投资1200亿元以上。加大中央预算内投资、超长期特别国债、地方政府专项债券等资金争取力度，谋划储备一批打基础、利长远、补短板的重大项目。",
         "周立峰", "市发展改革委、市财政局、市自然资源和规划局、市住房城乡建设局、各县（市、区）人民政府"),
        ("强化项目要素保障。", "健全重大项目用地、用能、环评等要素保障机制，推行“拿地即开工”审批模式，全年供应建设用地2.5万亩以上，盘活批而未供和闲置土地8000亩。",
         "周立峰、冯彬", "市自然资源和规划局、市发展改革委、市生态环境局、市财政局"),
        ("促进消费提质扩容。", "深入开展“乐购崖阳”系列促消费活动，落实大规模设备更新和消费品以旧换新政策，培育壮大夜间经济、首发经济，社会消费品零售总额增长5.5%。",
         "刘晓军", "市商务局、市文化广电旅游局、市市场监管局"),
        ("推动外贸稳规模优结构。", "支持企业参加境内外重点展会，扩大机电产品和特色农产品出口，加快跨境电商综合试验区建设，全年外贸进出口总额突破500亿元。",
         "刘晓军", "市商务局、崖阳海关、市税务局"),
        ("精准开展招商引资。", "围绕主导产业链开展精准招商、以商招商，全年新签约亿元以上项目260个以上，实际到位市外资金增长8%以上。",
         "刘晓军", "市投资促进局、市直各有关单位、各县（市、区）人民政府"),
    ]),
    ("二、坚持产业强市，加快构建现代化产业体系", [
        ("推进传统产业转型升级。", "实施新一轮技术改造升级工程，推动冶金、建材、纺织等传统产业高端化、智能化、绿色化发展，全年实施技改项目200个以上，规模以上工业增加值增长7%。",
         "刘晓军", "市工业和信息化局"),
        ("培育壮大战略性新兴产业。", "聚焦新能源汽车零部件、新材料、生物医药等产业，实施产业链链长制，新增规模以上工业企业120家、专精特新中小企业30家。",
         "刘晓军", "市工业和信息化局、市发展改革委、市科技局"),
        ("加快数字经济发展。", "推进5G网络、算力中心等新型基础设施建设，新建5G基站1500个，实施“智改数转”项目150个，数字经济核心产业增加值增长10%。",
         "刘晓军", "市数据局、市工业和信息化局"),
        ("推动现代服务业提质增效。", "大力发展现代物流、研发设计、金融服务等生产性服务业，加快崖阳陆港物流园建设，争创国家物流枢纽。",
         "周立峰", "市发展改革委、市商务局、市交通运输局、市委金融办"),
    ]),
    ("三、强化创新驱动，增强高质量发展动能", [
        ("提升科技创新平台能级。", "推进崖阳实验室建设，新建省级以上创新平台15家，支持崖阳高新区创建国家级高新区。",
         "刘晓军", "市科技局、崖阳高新区管委会"),
        ("强化企业创新主体地位。", "落实研发费用加计扣除等政策，实施高新技术企业倍增计划，全年新认定高新技术企业100家以上，全社会研发经费投入强度达到2.3%。",
         "刘晓军", "市科技局、市工业和信息化局、市财政局"),
        ("加强人才引育。", "深入实施“崖阳英才计划”，新引进高层次人才和急需紧缺人才1500名以上，建设人才公寓2000套，新增技能人才1.2万人。",
         "孙雅琴", "市人力资源社会保障局、市科技局、市教育局"),
    ]),
    ("四、深化改革开放，持续激发发展活力", [
        ("持续优化营商环境。", "深化“高效办成一件事”改革，推进政务服务事项“一网通办”“跨省通办”，规范涉企行政检查，健全常态化政企沟通机制。",
         "周立峰", "市发展改革委、市政务服务中心、市市场监管局、市司法局"),
        ("深化国资国企改革。", "实施国有企业改革深化提升行动，推进市属国有企业战略性重组和专业化整合，完成融资平台市场化转型。",
         "周立峰", "市国资委"),
        ("支持民营经济发展壮大。", "落实支持民营经济发展各项政策，开展清理拖欠企业账款专项行动，全年新增经营主体5万户以上。",
         "周立峰、刘晓军", "市发展改革委、市工业和信息化局、市市场监管局、市工商联"),
        ("推进财税金融改革。", "深化零基预算改革，加强财政资源统筹；推动“险资入崖”，引导金融机构加大对科技创新、绿色发展和小微企业的信贷支持。",
         "周立峰", "市财政局、市税务局、市委金融办、人行崖阳市分行"),
    ]),
    ("五、全面推进乡村振兴，加快建设农业强市", [
        ("保障粮食等重要农产品稳定安全供给。", "严守耕地保护红线，新建和改造提升高标准农田18万亩，粮食播种面积稳定在420万亩以上、总产量稳定在32亿斤以上。",
         "韩德明", "市农业农村局、市发展改革委、市自然资源和规划局、市水利局"),
        ("发展乡村特色产业。", "做大做强茶叶、中药材、稻渔综合种养等特色产业，新培育市级以上农业产业化龙头企业20家，农产品加工业产值增长6%。",
         "韩德明", "市农业农村局、市商务局、市文化广电旅游局"),
        ("建设宜居宜业和美乡村。", "深入实施农村人居环境整治提升行动，农村卫生厕所普及率达到85%，建成和美乡村示范村60个。",
         "韩德明", "市农业农村局、市住房城乡建设局、市生态环境局、各县（市、区）人民政府"),
        ("巩固拓展脱贫攻坚成果。", "健全防止返贫监测和帮扶机制，坚决守住不发生规模性返贫致贫底线，脱贫人口人均纯收入增长8%以上。",
         "韩德明", "市农业农村局"),
    ]),
    ("六、推进新型城镇化和区域协调发展，提升城市能级", [
        ("实施城市更新行动。", "改造城镇老旧小区120个，新开工城中村改造项目8个，新建改造城市燃气、供排水管网300公里，整治背街小巷100条。",
         "冯彬", "市住房城乡建设局、市城市管理局、市自然资源和规划局"),
        ("完善综合交通网络。", "加快崖阳至青岭高速公路、崖阳机场改扩建工程建设，新改建农村公路600公里，开通城乡公交线路10条。",
         "冯彬", "市交通运输局、市发展改革委"),
        ("加强水利基础设施建设。", "推进北溪水库、崖江干流防洪治理等重大水利工程，完成病险水库除险加固12座，新增农田有效灌溉面积3万亩。",
         "韩德明", "市水利局"),
    ]),
    ("七、加强生态文明建设，厚植绿色发展底色", [
        ("深入打好污染防治攻坚战。", "持续开展大气污染综合治理，推进崖江流域水环境综合治理，中心城区细颗粒物（PM2.5）平均浓度控制在32微克/立方米以内，国省控断面水质优良比例稳定在100%。",
         "冯彬", "市生态环境局、市公安局、市住房城乡建设局、市农业农村局、市交通运输局"),
        ("推动绿色低碳转型。", "严格落实能耗双控和碳排放双控要求，新增新能源装机容量50万千瓦，创建绿色工厂10家，单位地区生产总值能耗下降3%。",
         "周立峰", "市发展改革委、市工业和信息化局、市生态环境局"),
    ]),
    ("八、着力保障和改善民生，增进人民福祉", [
        ("促进高质量充分就业。", "落实就业优先政策，抓好高校毕业生、农民工、退役军人等重点群体就业，城镇新增就业5.5万人，城镇调查失业率控制在5.5%以内。",
         "孙雅琴", "市人力资源社会保障局"),
        ("办好人民满意的教育。", "新建改扩建中小学、幼儿园25所，新增学位1.8万个，推进县域普通高中振兴，支持崖阳职业技术学院创建高水平高职院校。",
         "孙雅琴", "市教育局、市发展改革委、市财政局"),
        ("推进健康崖阳建设。", "深化公立医院改革，推进紧密型县域医共体建设，加快市第一人民医院新院区、市妇幼保健院迁建项目建设。",
         "孙雅琴", "市卫生健康委、市医保局"),
        ("健全社会保障体系。", "扩大社会保险覆盖面，新建社区嵌入式养老服务设施30个，加强低保、特困供养等兜底保障，提高残疾人两项补贴标准。",
         "孙雅琴", "市人力资源社会保障局、市民政局、市医保局、市残联"),
        ("繁荣发展文化体育事业。", "推进崖阳古城保护利用，办好崖江文化旅游节、崖阳马拉松等重大节会赛事，全年接待游客增长10%以上。",
         "孙雅琴", "市文化广电旅游局、市体育局"),
    ]),
    ("九、统筹发展和安全，建设更高水平平安崖阳", [
        ("防范化解重点领域风险。", "稳妥处置房地产、地方债务、中小金融机构等领域风险，做好保交房工作，坚决守住不发生系统性风险的底线。",
         "周立峰、冯彬", "市住房城乡建设局、市财政局、市委金融办"),
        ("抓好安全生产和防灾减灾。", "深入推进安全生产治本攻坚三年行动，强化道路交通、燃气、消防、自建房等重点领域隐患排查整治，提升防汛抗旱和地质灾害防治能力。",
         "周立峰、郑国栋", "市应急管理局、市直有关行业主管部门、各县（市、区）人民政府"),
        ("加强社会治安综合治理。", "常态化开展扫黑除恶斗争，严厉打击电信网络诈骗等违法犯罪，深化信访工作法治化，坚持和发展新时代“枫桥经验”。",
         "郑国栋", "市公安局、市司法局、市信访局"),
    ]),
    ("十、加强政府自身建设，提升行政效能", [
        ("全面推进依法行政。", "严格落实重大行政决策程序规定，深化行政执法体制改革，自觉接受人大法律监督、政协民主监督，认真办理人大代表建议和政协委员提案。",
         "何思远", "市政府办公室、市司法局"),
        ("持续改进工作作风。", "严格落实中央八项规定及其实施细则精神，坚持过紧日子，持续为基层减负，加强审计监督，以实干实绩推动各项任务落地见效。",
         None, "市政府办公室、市财政局、市审计局、市政府各部门"),
    ]),
]

n = 0
for head, items in PARTS:
    p = para(head, HT)
    for lead, body, leaders, units in items:
        n += 1
        p = para("")
        run(p, "%d．" % n)
        run(p, lead, bold=True)
        run(p, body)
        if leaders:
            run(p, "（责任市领导：%s；责任单位：%s）" % (leaders, units))
        else:
            run(p, "（责任单位：%s）" % units)

# ---------- 版记 ----------
p = doc.add_paragraph()
p.add_run().add_break(WD_BREAK.PAGE)
for _ in range(14):
    para("", indent=False)
tbl = doc.add_table(rows=2, cols=1)
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
tblPr = tbl._tbl.tblPr
borders = OxmlElement("w:tblBorders")
for edge, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4")):
    e = OxmlElement("w:" + edge)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), sz)
    e.set(qn("w:space"), "0")
    e.set(qn("w:color"), "000000")
    borders.append(e)
tblPr.append(borders)
c = tbl.cell(0, 0)
cp = c.paragraphs[0]
cp.paragraph_format.left_indent = Pt(14)
cp.paragraph_format.right_indent = Pt(14)
run(cp, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级人民法院，市人民检察院，崖阳军分区。", FS, 14)
c = tbl.cell(1, 0)
cp = c.paragraphs[0]
cp.paragraph_format.left_indent = Pt(14)
cp.paragraph_format.right_indent = Pt(14)
run(cp, "崖阳市人民政府办公室", FS, 14)
run(cp, "\u3000" * 9 + "2025年2月18日印发", FS, 14)

# ---------- 页码 ----------
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def field(p, instr):
    r = run(p, "", "宋体", 14)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r._element.append(fc)
    r = run(p, "", "宋体", 14)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r._element.append(it)
    r = run(p, "", "宋体", 14)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r._element.append(fc)
    run(p, "1", "宋体", 14)
    r = run(p, "", "宋体", 14)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r._element.append(fc)


run(fp, "— ", "宋体", 14)
field(fp, " PAGE ")
run(fp, " —", "宋体", 14)

doc.core_properties.author = "市政府办公室"
doc.core_properties.title = ""
doc.save(OUT)
print(OUT, n)
