# -*- coding: utf-8 -*-
"""Generate 470_shujiang_sheng_gzbg_zhongdian_gongzuo_fenjie.docx:
a 省人民政府办公厅 notice dividing the 政府工作报告's key tasks, as the Word file the office sends."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

NAME = "470_shujiang_sheng_gzbg_zhongdian_gongzuo_fenjie.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

doc = Document()

# ---- page setup (GB/T 9704) ----
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
sec.footer_distance = Cm(2.8)

st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = Pt(28)


def set_font(run, font, size=16, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def indent2(p):
    ppr = p._p.get_or_add_pPr()
    ind = OxmlElement("w:ind")
    ind.set(qn("w:firstLineChars"), "200")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)


def para(runs, align=None, first_indent=True, line=28):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    if first_indent:
        indent2(p)
    for text, font, *rest in runs:
        r = p.add_run(text)
        set_font(r, font, *rest)
    return p


def blank(n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        p.paragraph_format.line_spacing = Pt(line)


def border(p, side, color="FF0000", sz="18"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)


# ---- 红头 ----
blank(2)
p = para([("舒江省人民政府办公厅文件", XBS, 40, False, "FF0000")],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=60)
blank(2)
p = para([("舒政办发〔2025〕6号", FS)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
border(p, "bottom")
blank(1)

# ---- title (two lines, soft break) ----
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.line_spacing = Pt(36)
r = p.add_run("舒江省人民政府办公厅关于分解落实2025年")
set_font(r, XBS, 22)
r.add_break(WD_BREAK.LINE)
r = p.add_run("《政府工作报告》重点工作的通知")
set_font(r, XBS, 22)
blank(1)

para([("各市（州）人民政府，省政府各部门、各直属机构，有关单位：", FS)], first_indent=False)
para([("为全面贯彻落实省十四届人大三次会议精神，确保省政府《政府工作报告》确定的各项目标任务落到实处，"
       "经省人民政府同意，现将《政府工作报告》确定的2025年重点工作分解如下。", FS)])

SECTIONS = [
    ("一、稳定经济增长，全力扩大有效需求", [
        ("1．", "全省地区生产总值增长5.5%左右，一般公共预算收入增长4%左右，城镇调查失业率控制在5.5%以内，居民消费价格涨幅2%左右，单位地区生产总值能耗完成国家下达目标。",
         "（责任省领导：孙立达；牵头单位：省发展改革委；配合单位：省统计局、省财政厅、省人力资源社会保障厅，各市（州）人民政府）"),
        ("2．", "大力提振消费。深入实施消费品以旧换新，扩大汽车、家电、家装厨卫等大宗消费，培育文旅、体育、养老、托育等服务消费新增长点，全年社会消费品零售总额增长5.5%左右。",
         "（责任省领导：程晓岚；牵头单位：省商务厅；配合单位：省发展改革委、省财政厅、省文化和旅游厅、省体育局、省民政厅、省卫生健康委）"),
        ("3．", "扩大有效投资。谋划储备重大项目1000个以上，全年固定资产投资增长6%以上，用好超长期特别国债和地方政府专项债券，推动项目早开工、早投产、早见效。",
         "（责任省领导：孙立达；牵头单位：省发展改革委；配合单位：省财政厅、省自然资源厅、省生态环境厅，各市（州）人民政府）"),
        ("4．", "加力推进重大交通基础设施建设，加快舒南至清河高速铁路、环省会高速公路等项目建设，新增高速公路通车里程150公里。",
         "（责任省领导：马振国；牵头单位：省交通运输厅；配合单位：省发展改革委、省自然资源厅、省财政厅，沿线各市（州）人民政府）"),
        ("5．", "实施好更加积极的财政政策，优化财政支出结构，严控一般性支出，依法加强税收征管，坚决兜牢基层“三保”底线。",
         "（责任省领导：孙立达；牵头单位：省财政厅；配合单位：省税务局）"),
    ]),
    ("二、加快构建现代化产业体系，推动高质量发展", [
        ("6．", "推进制造业高端化智能化绿色化发展，实施新一轮技术改造升级工程，新培育国家级专精特新“小巨人”企业30家以上，规模以上工业增加值增长7%左右。",
         "（责任省领导：马振国；牵头单位：省工业和信息化厅；配合单位：省发展改革委、省科技厅、省财政厅）"),
        ("7．", "培育壮大新能源、新材料、生物医药、低空经济等战略性新兴产业，打造一批百亿级产业集群。",
         "（责任省领导：马振国、韩雪梅；牵头单位：省发展改革委、省工业和信息化厅；配合单位：省科技厅、省交通运输厅、省药监局）"),
        ("8．", "加快数字舒江建设，新建5G基站8000个，推进算力基础设施布局，推动公共数据资源授权运营，数字经济核心产业增加值占地区生产总值比重提高到9%。",
         "（责任省领导：马振国；牵头单位：省数据局；配合单位：省委网信办、省通信管理局、省工业和信息化厅）"),
        ("9．", "推动现代服务业同先进制造业深度融合，大力发展现代物流、研发设计、检验检测等生产性服务业。",
         "（责任省领导：孙立达；牵头单位：省发展改革委；配合单位：省商务厅、省交通运输厅、省市场监管局）"),
        ("10．", "深入推进科技创新，全社会研发经费投入增长10%以上，新建省实验室2家，高新技术企业数量突破1.2万家，技术合同成交额增长15%。",
         "（责任省领导：韩雪梅；牵头单位：省科技厅；配合单位：省发展改革委、省教育厅、省财政厅、省工业和信息化厅）"),
        ("11．", "实施人才强省战略，深化“舒才回乡”计划，全年引进高层次人才2000名以上。",
         "（责任省领导：韩雪梅；牵头单位：省委人才办、省人力资源社会保障厅；配合单位：省教育厅、省科技厅）"),
    ]),
    ("三、深化重点领域改革，推进高水平对外开放", [
        ("12．", "深化国资国企改革，推动省属企业聚焦主责主业，高质量完成国有企业改革深化提升行动目标任务。",
         "（责任省领导：孙立达；牵头单位：省国资委）"),
        ("13．", "促进民营经济发展壮大，全面落实公平竞争审查制度，开展拖欠企业账款清理专项行动，健全政企常态化沟通机制。",
         "（责任省领导：程晓岚；牵头单位：省发展改革委；配合单位：省工商联、省市场监管局、省工业和信息化厅、省司法厅）"),
        ("14．", "持续优化营商环境，深化“高效办成一件事”改革，推动政务服务事项“一网通办”，企业开办时间压缩至1个工作日以内。",
         "（责任省领导：许文斌；牵头单位：省政务服务管理局；配合单位：省市场监管局、省数据局，省直有关部门）"),
        ("15．", "加强金融支持实体经济，扩大普惠小微贷款投放，推动企业上市挂牌，稳妥化解地方中小金融机构风险。",
         "（责任省领导：程晓岚；牵头单位：省委金融办；配合单位：人民银行舒江省分行、国家金融监督管理总局舒江监管局、舒江证监局）"),
        ("16．", "稳外贸稳外资，实施外贸主体培育行动，支持跨境电商、市场采购贸易等新业态发展，全年实际使用外资增长5%。",
         "（责任省领导：程晓岚；牵头单位：省商务厅；配合单位：舒江海关、省发展改革委、省财政厅）"),
        ("17．", "高水平建设开放平台，推动舒江自由贸易试验区制度创新，提升综合保税区发展水平，加快中欧班列（舒江）集结中心建设。",
         "（责任省领导：程晓岚、马振国；牵头单位：省商务厅；配合单位：省交通运输厅、舒江海关、省发展改革委）"),
    ]),
    ("四、全面推进乡村振兴，加快建设农业强省", [
        ("18．", "稳定粮食播种面积和产量，新建和改造提升高标准农田120万亩，粮食产量稳定在650亿斤以上。",
         "（责任省领导：林书远；牵头单位：省农业农村厅；配合单位：省发展改革委、省财政厅、省自然资源厅、省水利厅）"),
        ("19．", "巩固拓展脱贫攻坚成果，守住不发生规模性返贫致贫底线，推动防止返贫帮扶政策和农村低收入人口常态化帮扶政策衔接并轨。",
         "（责任省领导：林书远；牵头单位：省农业农村厅；配合单位：省民政厅、省医保局、省教育厅、省住房城乡建设厅，各市（州）人民政府）"),
        ("20．", "实施乡村建设行动，推进农村人居环境整治提升，农村卫生厕所普及率达到80%，建设宜居宜业和美乡村示范村300个。",
         "（责任省领导：林书远、邓嘉禾；牵头单位：省农业农村厅、省住房城乡建设厅；配合单位：省生态环境厅、省水利厅）"),
        ("21．", "加快水利基础设施建设，推进清溪水库、舒北灌区等重大水利工程建设，全年完成水利投资400亿元。",
         "（责任省领导：林书远；牵头单位：省水利厅）"),
    ]),
    ("五、推进新型城镇化和区域协调发展", [
        ("22．", "深入实施城市更新行动，改造城镇老旧小区1500个，新开工城市地下管网改造2000公里，稳妥推进城中村改造。",
         "（责任省领导：邓嘉禾；牵头单位：省住房城乡建设厅；配合单位：省发展改革委、省财政厅、省自然资源厅）"),
        ("23．", "推动房地产市场止跌回稳，因城施策调减限制性措施，加快收购存量商品房用作保障性住房，扎实做好保交房工作。",
         "（责任省领导：邓嘉禾；牵头单位：省住房城乡建设厅；配合单位：省自然资源厅、省财政厅、人民银行舒江省分行，各市（州）人民政府）"),
        ("24．", "推进以县城为重要载体的新型城镇化，深化农业转移人口市民化，常住人口城镇化率提高1个百分点。",
         "（责任省领导：孙立达；牵头单位：省发展改革委；配合单位：省公安厅、省教育厅、省人力资源社会保障厅）"),
    ]),
    ("六、加强生态文明建设，推动绿色低碳发展", [
        ("25．", "深入打好蓝天、碧水、净土保卫战，全省细颗粒物（PM2.5）平均浓度控制在30微克/立方米以内，地表水国控断面水质优良比例保持在95%以上。",
         "（责任省领导：邓嘉禾；牵头单位：省生态环境厅；配合单位：省发展改革委、省工业和信息化厅、省住房城乡建设厅、省交通运输厅、省农业农村厅、省水利厅）"),
        ("26．", "积极稳妥推进碳达峰碳中和，新增新能源装机500万千瓦以上，推进重点行业节能降碳改造。",
         "（责任省领导：马振国；牵头单位：省能源局、省发展改革委；配合单位：省工业和信息化厅、省生态环境厅）"),
        ("27．", "科学推进国土绿化，完成营造林150万亩，全面推行林长制，森林覆盖率稳定在60%以上。",
         "（责任省领导：林书远；牵头单位：省林业局；配合单位：省自然资源厅）"),
    ]),
    ("七、着力保障和改善民生", [
        ("28．", "多措并举稳就业，城镇新增就业50万人以上，做好高校毕业生、退役军人、农民工等重点群体就业工作。",
         "（责任省领导：韩雪梅；牵头单位：省人力资源社会保障厅；配合单位：省教育厅、省退役军人厅、省农业农村厅）"),
        ("29．", "办好人民满意的教育，新建改扩建公办幼儿园100所，推进义务教育优质均衡发展，支持舒江大学建设一流学科。",
         "（责任省领导：韩雪梅；牵头单位：省教育厅；配合单位：省发展改革委、省财政厅）"),
        ("30．", "推进健康舒江建设，深化医药卫生体制改革，推动国家区域医疗中心建设，城乡居民医保财政补助标准提高30元。",
         "（责任省领导：韩雪梅、程晓岚；牵头单位：省卫生健康委、省医保局；配合单位：省财政厅）"),
        ("31．", "健全社会保障体系，稳妥实施渐进式延迟法定退休年龄改革，发展银发经济，新增养老机构床位5000张。",
         "（责任省领导：韩雪梅；牵头单位：省人力资源社会保障厅、省民政厅；配合单位：省财政厅、省卫生健康委）"),
        ("32．", "繁荣发展文化事业和文化产业，推进文化和旅游深度融合，全年接待游客人次增长10%。",
         "（责任省领导：韩雪梅；牵头单位：省文化和旅游厅；配合单位：省委宣传部）"),
    ]),
    ("八、统筹发展和安全，维护社会大局稳定", [
        ("33．", "压紧压实安全生产责任，深化安全生产治本攻坚三年行动，坚决遏制重特大事故发生。",
         "（责任省领导：赵宏伟；牵头单位：省应急厅；配合单位：省安委会各成员单位，各市（州）人民政府）"),
        ("34．", "加强防灾减灾救灾能力建设，做好防汛抗旱、地质灾害防治和森林防灭火工作。",
         "（责任省领导：赵宏伟、林书远；牵头单位：省应急厅；配合单位：省水利厅、省自然资源厅、省林业局、省气象局）"),
        ("35．", "推进更高水平平安舒江建设，深化社会治安整体防控体系建设，依法打击电信网络诈骗等违法犯罪。",
         "（责任省领导：赵宏伟；牵头单位：省公安厅）"),
    ]),
    ("九、加强政府自身建设", [
        ("36．", "坚持依法行政，严格执行重大行政决策程序，深化行政执法监督，提请省人大常委会审议地方性法规草案8件，制定修订省政府规章5件。",
         "（责任省领导：赵宏伟；牵头单位：省司法厅；配合单位：省直有关部门）"),
        ("37．", "持续整治形式主义为基层减负，规范督查检查考核，从严控制会议和文件数量。",
         "（责任省领导：许文斌；牵头单位：省政府办公厅；配合单位：省直各部门）"),
    ]),
]

for head, tasks in SECTIONS:
    para([(head, HT)])
    for num, text, clause in tasks:
        para([(num + text, FS), (clause, KT)])

para([("各地、各部门要切实提高政治站位，把落实《政府工作报告》重点工作作为践行“两个维护”的具体行动，"
       "主要负责同志要亲自研究部署、推动落实。各牵头单位要切实履行牵头责任，会同配合单位细化工作措施，"
       "明确时间表、路线图和责任人；配合单位要按照职责分工主动配合、形成合力。", FS)])
para([("各牵头单位要于每季度最后一个月20日前，将工作进展情况报送省政府督查室。省政府督查室要加强跟踪督办，"
       "重要情况及时向省人民政府报告。", FS)])

blank(3)
p = para([("舒江省人民政府办公厅", FS)], align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
p.paragraph_format.right_indent = Cm(1.13)
p = para([("2025年2月14日", FS)], align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
p.paragraph_format.right_indent = Cm(1.69)
para([("（此件公开发布）", FS)])

# ---- 版记 ----
blank(4)
p = para([("抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，舒江军区。", FS, 14)],
         first_indent=False)
border(p, "top", "000000", "8")
p.paragraph_format.left_indent = Cm(0.35)
p = para([("各民主党派省委，省工商联，各人民团体。", FS, 14)], first_indent=False)
p.paragraph_format.left_indent = Cm(1.45)
border(p, "bottom", "000000", "4")
p = para([("舒江省人民政府办公厅　　　　　　　　　2025年2月14日印发", FS, 14)], first_indent=False)
p.paragraph_format.left_indent = Cm(0.35)
border(p, "bottom", "000000", "8")

# ---- footers: — N —, odd right, even left ----
def page_field(p):
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        r = p.add_run()
        set_font(r, "宋体", 14)
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        elif txt == " PAGE ":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
        else:
            r.text = txt
    r = p.add_run(" —")
    set_font(r, "宋体", 14)

doc.settings.odd_and_even_pages_header_footer = True
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp.paragraph_format.right_indent = Cm(0.7)
page_field(fp)
ep = sec.even_page_footer.paragraphs[0]
ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
ep.paragraph_format.left_indent = Cm(0.7)
page_field(ep)

core = doc.core_properties
core.author = "省政府办公厅秘书处"
core.title = ""
core.comments = ""

doc.save(OUT)
print("wrote", OUT)
