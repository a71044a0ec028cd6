#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generate 500_jialing_shi_gzbg_renwu_fengong.docx: a 市政府办 red-header notice
dividing the 2025 政府工作报告 key tasks (paragraph form, clause after each task)."""
import os
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

NAME = "500_jialing_shi_gzbg_renwu_fengong.docx"
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
sec.header_distance, sec.footer_distance = Mm(15), Mm(25)

# default style
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
st.paragraph_format.line_spacing = Pt(28)


def run(p, text, font=FS, size=16, bold=False, color=None):
    r = p.add_run(text)
    r.font.name = "Times New Roman"
    r.font.size = Pt(size)
    r.font.bold = bold
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


def para(text="", font=FS, size=16, align=None, indent=True, color=None, line=None):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    else:
        pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if line:
        pf.line_spacing = Pt(line)
    if text:
        run(p, text, font, size, color=color)
    return p


def bottom_border(p, color="FF0000", sz=18):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    pPr.append(bdr)


def page_footer(section):
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "— ", "宋体", 14)
    r = p.add_run()
    r.font.size = Pt(14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        elif txt.strip() == "PAGE":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = txt
            r._element.append(t)
    run(p, " —", "宋体", 14)


page_footer(sec)

# ---------------- red header ----------------
p = para("葭陵市人民政府办公室文件", XBS, 36, WD_ALIGN_PARAGRAPH.CENTER, False, "FF0000", line=60)
p.paragraph_format.space_before = Pt(24)
para("", indent=False)
para("葭政办发〔2025〕3号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER, False)
p = para("", indent=False, line=10)
bottom_border(p)
para("", indent=False)

para("葭陵市人民政府办公室", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, line=36)
para("关于印发2025年《政府工作报告》重点工作", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, line=36)
para("任务分工方案的通知", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, line=36)
para("", indent=False)

para("各县（市、区）人民政府，葭陵高新区管委会，市政府各部门、各直属机构：", indent=False)
para("市十七届人大五次会议审议通过的2025年《政府工作报告》（以下简称《报告》），"
     "对全年经济社会发展作出了全面部署。为确保《报告》确定的各项目标任务落到实处，"
     "经市政府同意，现将《2025年〈政府工作报告〉重点工作任务分工方案》印发给你们，"
     "并就有关事项通知如下：")
para("一、提高思想认识。各地各部门要深刻认识抓好《报告》确定目标任务落实的重要意义，"
     "把思想和行动统一到市委、市政府决策部署上来，坚持目标导向、问题导向、结果导向，"
     "以钉钉子精神抓好各项工作落实，确保全年目标任务圆满完成。")
para("二、压实工作责任。各项任务的责任市领导要加强统筹调度，及时协调解决重大问题。"
     "各项任务明确的责任单位中，排在第一位的为牵头单位，其他为配合单位。"
     "牵头单位要对牵头任务负总责，会同配合单位细化工作措施，明确时间节点，"
     "制定具体推进方案，于3月10日前报市政府办公室；配合单位要按照职责分工积极主动配合，"
     "形成工作合力。涉及各县（市、区）政府、葭陵高新区管委会的任务，由其负责本辖区内的组织实施。")
para("三、强化督查考核。各牵头单位要于每季度最后一个月的25日前，"
     "将任务推进情况报送市政府督查室（电子版发送至jlszfdcs@163.com）。"
     "市政府督查室要加强跟踪督办，定期通报进展情况，督查结果纳入年度绩效考核。"
     "对工作推进不力、进度严重滞后的，按有关规定严肃问责。")
para("联系人：市政府督查室　周雨桐；联系电话：0739—8123456。")
para("", indent=False)
p = para("", indent=True)
run(p, "附件：2025年《政府工作报告》重点工作任务分工方案")
para("", indent=False)
para("", indent=False)
para("", indent=False)
p = para("葭陵市人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Pt(64)
p = para("2025年2月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Pt(80)
para("（此件公开发布）", indent=True)

# ---------------- attachment ----------------
p = para("附件", HT, 16, WD_ALIGN_PARAGRAPH.LEFT, False)
p.paragraph_format.page_break_before = True
para("", indent=False)
para("2025年《政府工作报告》重点工作任务分工方案", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, line=36)
para("", indent=False)

SECTIONS = [
    ("一、聚焦扩大有效需求，推动经济持续回升向好", [
        "全力扩大有效投资。全年实施市级重点项目320个，完成年度投资680亿元以上。"
        "积极争取超长期特别国债、地方政府专项债券资金60亿元以上，滚动推进“签约一批、开工一批、"
        "投产一批、储备一批”项目建设，民间投资增长5%以上。"
        "（责任市领导：郑立新；责任单位：市发展改革委、市财政局、市自然资源和规划局、"
        "市住房城乡建设局、各县（市、区）政府、葭陵高新区管委会）",
        "大力提振消费。用足用好大规模设备更新和消费品以旧换新政策，举办“乐购葭陵”系列促消费活动"
        "100场以上，培育夜间消费集聚区5个，社会消费品零售总额增长5.5%。"
        "（责任市领导：陆一鸣；责任单位：市商务局、市财政局、市市场监管局、市文化广电旅游局）",
        "稳住外贸外资基本盘。支持企业参加境内外重点展会50场次以上，推动跨境电商综合试验区扩容提质，"
        "新增有进出口实绩企业80家，实际使用外资增长3%。"
        "（责任市领导：陆一鸣；责任单位：市商务局、葭陵海关、市投资促进中心）",
        "强化土地要素保障。新增建设用地指标优先保障重点项目，全年供应工业用地4000亩以上，"
        "盘活批而未供和闲置土地2.5万亩，推行“标准地”出让。"
        "（责任市领导：郑立新；责任单位：市自然资源和规划局）",
        "加强财政金融支撑。落实好更加积极的财政政策，一般公共预算收入增长4%。"
        "深化政银企对接，全市各项贷款新增300亿元以上，推动2家企业上市或过会。"
        "（责任市领导：郑立新；责任单位：市财政局、市委金融办、人行葭陵市分行、"
        "国家金融监督管理总局葭陵监管分局）",
    ]),
    ("二、聚焦产业转型升级，加快构建现代化产业体系", [
        "推动传统产业提质增效。实施制造业技术改造项目200个，新增规模以上工业企业120家，"
        "创建省级智能工厂、数字化车间15个，规模以上工业增加值增长7%。"
        "（责任市领导：陆一鸣；责任单位：市工业和信息化局）",
        "培育壮大新兴产业。聚焦新能源电池、先进材料、生物医药三大主导产业，"
        "引进投资10亿元以上产业项目15个，力争战略性新兴产业产值占规模以上工业比重达到38%。"
        "（责任市领导：陆一鸣；责任单位：市工业和信息化局、市发展改革委、市科技局、葭陵高新区管委会）",
        "加快数字经济发展。新建5G基站1200个，建成城市算力中心一期工程，"
        "推进“一网通办”“一网统管”迭代升级，数字经济核心产业增加值增长10%。"
        "（责任市领导：陆一鸣；责任单位：市数据局、市工业和信息化局、市通信发展管理办公室）",
        "提升园区承载能力。深化开发区“管委会+公司”改革，新建标准厂房100万平方米，"
        "园区亩均税收提高8%以上。"
        "（责任市领导：陆一鸣；责任单位：葭陵高新区管委会、市商务局、各县（市、区）政府）",
        "推动现代服务业扩容提质。加快建设葭陵国家物流枢纽，新增A级物流企业10家，"
        "社会物流总费用与地区生产总值的比率下降0.3个百分点。"
        "（责任市领导：郑立新；责任单位：市发展改革委、市商务局、市交通运输局）",
    ]),
    ("三、聚焦创新驱动发展，增强高质量发展动能", [
        "强化企业科技创新主体地位。落实研发费用加计扣除等政策，新增高新技术企业100家、"
        "科技型中小企业300家，全社会研发经费投入强度达到2.6%。"
        "（责任市领导：陆一鸣；责任单位：市科技局、市财政局、市税务局）",
        "建强创新平台载体。支持葭陵实验室建设，新建省级以上创新平台12个，"
        "技术合同成交额突破80亿元。"
        "（责任市领导：陆一鸣；责任单位：市科技局、葭陵高新区管委会）",
        "深入实施人才强市战略。升级“英才聚葭”计划，引进高层次人才300名以上，"
        "新增技能人才1.5万人，新建青年人才驿站6个。"
        "（责任市领导：陆一鸣、韩冬梅；责任单位：市委人才办、市人力资源社会保障局、市科技局、市教育局）",
        "持续优化营商环境。深化“高效办成一件事”改革，新增集成办理事项20项，"
        "全面推行涉企行政检查“扫码入企”，常态化开展清理拖欠企业账款工作。"
        "（责任市领导：郑立新；责任单位：市政务服务管理局、市发展改革委、市市场监管局、市司法局、"
        "市工业和信息化局）",
    ]),
    ("四、聚焦乡村全面振兴，推进城乡融合发展", [
        "扛稳粮食安全责任。粮食播种面积稳定在320万亩以上，产量保持在130万吨以上，"
        "新建和改造提升高标准农田18万亩。"
        "（责任市领导：唐永刚；责任单位：市农业农村局、市粮食和物资储备局）",
        "发展乡村特色产业。做强生猪、茶叶、柑橘等特色产业链，新增省级以上农业产业化龙头企业8家，"
        "农产品加工业产值增长6%。"
        "（责任市领导：唐永刚；责任单位：市农业农村局、市供销社、各县（市、区）政府）",
        "加强水利基础设施建设。加快推进澄溪水库、葭河治理二期等重点水利工程，"
        "完成病险水库除险加固23座，农村自来水普及率达到93%。"
        "（责任市领导：唐永刚；责任单位：市水利局）",
        "巩固拓展脱贫攻坚成果。健全防止返贫致贫监测和帮扶机制，脱贫人口务工规模稳定在12万人以上，"
        "确保不发生规模性返贫致贫。"
        "（责任市领导：唐永刚；责任单位：市农业农村局、市人力资源社会保障局、市医保局、市教育局）",
    ]),
    ("五、聚焦城市品质提升，建设宜居韧性智慧城市", [
        "实施城市更新行动。改造城镇老旧小区120个、城中村3个，新建改造城市燃气、供水、"
        "排水等地下管网260公里，新增城市停车泊位6000个。"
        "（责任市领导：许　佳；责任单位：市住房城乡建设局、市自然资源和规划局、市城管局、各县（市、区）政府）",
        "完善综合立体交通网络。加快葭陵至临港高速公路、城市快速路二期建设，"
        "建成农村公路提质改造500公里，开通城乡公交线路10条。"
        "（责任市领导：许　佳、郑立新；责任单位：市交通运输局、市发展改革委、市自然资源和规划局）",
        "促进房地产市场平稳健康发展。因城施策优化调控政策，推进收购存量商品房用作保障性住房，"
        "筹集保障性租赁住房2000套，扎实做好保交房工作。"
        "（责任市领导：许　佳；责任单位：市住房城乡建设局、市自然资源和规划局、市财政局、市住房公积金中心）",
        "持续加强生态环境保护。深入打好蓝天、碧水、净土保卫战，中心城区空气质量优良天数比率达到88%，"
        "国省控断面水质优良比例保持100%。"
        "（责任市领导：许　佳；责任单位：市生态环境局、市工业和信息化局、市住房城乡建设局、"
        "市交通运输局、市农业农村局、市水利局）",
        "提升城市精细化管理水平。推进“城市管家”市场化改革，新增口袋公园20个，"
        "生活垃圾分类覆盖率达到95%。"
        "（责任市领导：许　佳；责任单位：市城管局）",
    ]),
    ("六、聚焦增进民生福祉，提高公共服务水平", [
        "稳定和扩大就业。城镇新增就业4.2万人，城镇调查失业率控制在5.5%以内，"
        "开展补贴性职业技能培训3万人次，零就业家庭动态清零。"
        "（责任市领导：韩冬梅；责任单位：市人力资源社会保障局）",
        "办好人民满意的教育。新建改扩建中小学、幼儿园16所，新增学位1.2万个，"
        "支持葭陵学院创建应用型本科高校。"
        "（责任市领导：韩冬梅；责任单位：市教育局、市发展改革委、市财政局、市自然资源和规划局）",
        "加快建设健康葭陵。推进紧密型县域医共体建设，市中心医院新院区投入使用，"
        "每千人口拥有3岁以下婴幼儿托位数达到4.5个。"
        "（责任市领导：韩冬梅；责任单位：市卫生健康委、市医保局）",
        "健全社会保障体系。城乡居民基本养老保险参保率稳定在95%以上，"
        "新建社区嵌入式养老服务设施30个，提高城乡低保和特困人员供养标准。"
        "（责任市领导：韩冬梅；责任单位：市民政局、市人力资源社会保障局、市医保局、市残联）",
        "推动文化旅游繁荣发展。办好第五届葭陵山水文化旅游节，创建国家4A级旅游景区2家，"
        "接待游客人次和旅游收入分别增长8%、10%。"
        "（责任市领导：韩冬梅；责任单位：市文化广电旅游局）",
    ]),
    ("七、聚焦统筹发展和安全，推进治理能力现代化", [
        "防范化解重点领域风险。稳妥化解地方政府债务风险，严禁新增隐性债务，"
        "加快地方融资平台改革转型，严厉打击非法集资。"
        "（责任市领导：郑立新；责任单位：市财政局、市委金融办、市国资委、市住房城乡建设局）",
        "抓好安全生产和防灾减灾。深化安全生产治本攻坚三年行动，开展城镇燃气、自建房、"
        "道路交通等领域专项整治，坚决遏制较大及以上安全事故。"
        "（责任市领导：许　佳；责任单位：市应急管理局、市安委会各成员单位）",
        "建设更高水平平安葭陵。坚持和发展新时代“枫桥经验”，常态化开展扫黑除恶斗争，"
        "推进信访工作法治化，群众安全感保持在98%以上。"
        "（责任市领导：孙　浩；责任单位：市公安局、市司法局、市信访局）",
        "全面加强政府自身建设。严格落实重大行政决策程序规定，自觉接受人大法律监督、"
        "政协民主监督，持续整治形式主义为基层减负，确保政府各项工作在法治轨道上运行。"
        "（责任市领导：沈国栋、郑立新；责任单位：市政府办公室、市司法局、市审计局、市直各部门）",
    ]),
]

n = 0
for head, tasks in SECTIONS:
    para(head, HT, 16)
    for t in tasks:
        n += 1
        para(f"{n}.{t}")

para("", indent=False)

# ---------------- 版记 ----------------
tbl = doc.add_table(rows=2, cols=1)
tbl.alignment = 1
tblPr = tbl._tbl.tblPr
borders = OxmlElement("w:tblBorders")
for edge, sz in (("top", 12), ("bottom", 12), ("insideH", 6)):
    e = OxmlElement(f"w:{edge}")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "0")
    e.set(qn("w:color"), "000000")
    borders.append(e)
for edge in ("left", "right", "insideV"):
    e = OxmlElement(f"w:{edge}")
    e.set(qn("w:val"), "nil")
    borders.append(e)
tblPr.append(borders)
c = tbl.cell(0, 0).paragraphs[0]
c.paragraph_format.first_line_indent = Pt(0)
c.paragraph_format.left_indent = Pt(14)
run(c, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级法院，市检察院，葭陵军分区。", FS, 14)
c = tbl.cell(1, 0).paragraphs[0]
c.paragraph_format.left_indent = Pt(14)
run(c, "葭陵市人民政府办公室　　　　　　　　　　2025年2月18日印发", FS, 14)

doc.core_properties.author = "Administrator"
doc.core_properties.title = ""
doc.save(OUT)
print("wrote", OUT, n, "tasks")
