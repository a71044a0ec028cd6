#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""中共渚源县委办公室 关于印发县委2025年工作要点任务分工方案的通知 (Word)."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

NAME = "453_zhuyuan_xianwei_gongzuo_yaodian_fengong.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
sec.footer_distance = Cm(2.5)

st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
pf = st.paragraph_format
pf.space_before = Pt(0)
pf.space_after = Pt(0)
pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
pf.line_spacing = Pt(28.5)


def run(p, text, font=FS, size=16, bold=False, color=None):
    r = p.add_run(text)
    r.font.name = font
    r.font.size = Pt(size)
    r.bold = bold
    r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def para(text="", font=FS, size=16, align=None, indent=True, bold=False):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        ind = OxmlElement("w:ind")
        ind.set(qn("w:firstLineChars"), "200")
        ind.set(qn("w:firstLine"), "640")
        p._p.get_or_add_pPr().append(ind)
    if text:
        run(p, text, font, size, bold)
    return p


def border(p, side, sz, color):
    pPr = p._p.get_or_add_pPr()
    b = pPr.find(qn("w:pBdr"))
    if b is None:
        b = OxmlElement("w:pBdr")
        pPr.append(b)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    b.append(e)


# ---- footer page number — 1 —
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(fp, "— ", "宋体", 14)
r = run(fp, "", "宋体", 14)
for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
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
        t = OxmlElement("w:t")
        t.text = txt
        r._element.append(t)
run(fp, " —", "宋体", 14)

# ---- 红头
for _ in range(2):
    para(indent=False)
p = para(indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
run(p, "中共渚源县委办公室文件", XBS, 42, color="FF0000")
para(indent=False)
para(indent=False)
p = para("渚办发〔2025〕4号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
border(p, "bottom", 18, "FF0000")
para(indent=False)

# ---- 标题
for t in ("中共渚源县委办公室", "关于印发《中共渚源县委2025年工作要点", "任务分工方案》的通知"):
    p = para(t, XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p.paragraph_format.line_spacing = Pt(33)
para(indent=False)
para("各乡镇党委，县委各部委，县直各单位党组（党委），各人民团体：", indent=False)
para("《中共渚源县委2025年工作要点》已经县委常委会会议研究通过，"
     "现将《中共渚源县委2025年工作要点任务分工方案》印发给你们，请结合实际认真抓好贯彻落实。")
para("各牵头县领导要加强统筹调度，定期听取分管领域任务推进情况汇报，及时协调解决工作中的困难和问题。"
     "各牵头单位要切实履行主体责任，会同责任单位细化工作举措，明确完成时限，确保各项任务按期保质完成；"
     "各责任单位要按照职责分工，积极主动配合，形成工作合力。")
para("县委督查室将把任务完成情况纳入年度督查重点，实行季度调度、半年通报、年终考评。"
     "各牵头单位请于每季度最后一个月的25日前，将任务推进情况报送县委督查室（联系电话：6213057，"
     "电子邮箱：zyxwdcs@163.com），年度总结于12月10日前报送。")
para()
para()
p = para("中共渚源县委办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Pt(64)
p = para("2025年2月20日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Pt(80)
para("（此件公开发布）")
p = para(indent=False)
p.add_run().add_break(WD_BREAK.PAGE)

# ---- 方案
for t in ("中共渚源县委2025年工作要点", "任务分工方案"):
    p = para(t, XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p.paragraph_format.line_spacing = Pt(33)
para(indent=False)
para("为确保县委2025年各项工作部署落地见效，现将《中共渚源县委2025年工作要点》明确的重点任务分解如下。"
     "每项任务明确牵头县领导、牵头单位和责任单位，牵头县领导对任务推进负领导责任，"
     "牵头单位负责统筹推进，责任单位按职责分工配合落实。")

PARTS = [
    ("一、坚持以党的创新理论凝心铸魂，坚定捍卫“两个确立”、坚决做到“两个维护”", [
        ("深入学习贯彻习近平新时代中国特色社会主义思想。健全“第一议题”制度，落实县委理论学习中心组学习制度，"
         "全年开展集体学习研讨不少于12次，推动党的创新理论进机关、进农村、进社区、进企业、进学校。",
         "牵头县领导：苏文静；牵头单位：县委宣传部；责任单位：县委办公室、县委组织部、县委党校，各乡镇党委"),
        ("严明政治纪律和政治规矩。严格执行重大事项请示报告制度，健全党中央和省委、市委决策部署闭环落实机制，"
         "建立重点工作督查台账，对贯彻落实不力的严肃问责。",
         "牵头县领导：曾凡宇、罗建平；牵头单位：县委办公室、县纪委监委；责任单位：县委组织部"),
        ("深入开展党的创新理论宣讲。组建县级宣讲团和“田间课堂”“板凳宣讲”等基层宣讲队伍，全年开展宣讲活动不少于500场次。",
         "牵头县领导：苏文静；牵头单位：县委宣传部；责任单位：县委党校、县总工会、团县委、县妇联、县科协"),
    ]),
    ("二、坚定不移推动高质量发展，加快建设现代化产业体系", [
        ("做强工业主导产业。围绕新型建材、农产品精深加工、电子元器件三大主导产业，实施强链补链项目20个以上，"
         "力争规模以上工业增加值增长8%以上。",
         "牵头县领导：林泽华、邓海波；牵头单位：县工业和信息化局；责任单位：县发展改革局、县科技局、县商务局、县经济开发区管委会"),
        ("扎实推进项目建设。深化“项目建设攻坚年”行动，全年实施重点项目120个，完成投资150亿元以上，"
         "力争新开工亿元以上项目30个。",
         "牵头县领导：何振东；牵头单位：县发展改革局；责任单位：县财政局、县自然资源局、县住房城乡建设局、市生态环境局渚源分局"),
        ("强化招商引资。坚持“一把手”招商，聚焦长三角、珠三角开展产业链精准招商，全年引进亿元以上项目25个以上，"
         "实际到位省外资金增长10%。",
         "牵头县领导：邓海波；牵头单位：县投资促进中心；责任单位：县商务局、县经济开发区管委会，县直各单位"),
        ("持续优化营商环境。深化“一件事一次办”改革，推行涉企事项“一窗通办”，开展营商环境突出问题专项整治，"
         "健全政企常态化沟通机制。",
         "牵头县领导：何振东；牵头单位：县行政审批服务局；责任单位：县发展改革局、县市场监管局、县司法局、县委统战部、县工商联"),
        ("防范化解政府债务风险。严格落实化债方案，严控新增隐性债务，稳妥推动融资平台市场化转型。",
         "牵头县领导：何振东；牵头单位：县财政局"),
    ]),
    ("三、全面深化改革，持续激发发展动力活力", [
        ("抓好重点领域改革。制定县委全面深化改革年度工作要点，统筹推进国资国企、农业农村、教育医疗等领域改革，"
         "每季度召开一次改革专题会议。",
         "牵头县领导：唐雪梅；牵头单位：县委改革办；责任单位：县财政局、县农业农村局、县教育体育局、县卫生健康局"),
        ("深化国有企业改革。推动县属国有企业整合重组，完善法人治理结构，建立健全经营业绩考核机制。",
         "牵头县领导：何振东；牵头单位：县财政局（县国资中心）；责任单位：县城投集团、县交投公司"),
        ("加强机构编制管理。加强机构编制资源统筹，严格控制机构编制总量，开展部门职能运行情况评估。",
         "牵头县领导：彭晓岚；牵头单位：县委编办"),
    ]),
    ("四、全面推进乡村振兴，加快建设农业强县", [
        ("巩固拓展脱贫攻坚成果。落实防止返贫动态监测和帮扶机制，确保不发生规模性返贫致贫。",
         "牵头县领导：唐雪梅；牵头单位：县农业农村局；责任单位：县民政局、县医保局、县人力资源社会保障局、县教育体育局，各乡镇党委"),
        ("保障粮食和重要农产品稳定安全供给。全面落实粮食安全党政同责，粮食播种面积稳定在52万亩以上，新建高标准农田3.5万亩。",
         "牵头县领导：唐雪梅；牵头单位：县农业农村局、县发展改革局；责任单位：县自然资源局、县水利局、县财政局"),
        ("发展壮大村级集体经济。实施村级集体经济“消薄培强”行动，年底前所有村集体经营性收入达到10万元以上。",
         "牵头县领导：彭晓岚、唐雪梅；牵头单位：县委组织部；责任单位：县农业农村局、县财政局"),
        ("扎实推进和美乡村建设。持续开展农村人居环境整治提升，打造省级和美乡村示范村8个。",
         "牵头县领导：邓海波；牵头单位：县农业农村局；责任单位：县住房城乡建设局、县交通运输局、县水利局、市生态环境局渚源分局"),
    ]),
    ("五、推进新型城镇化和生态文明建设，打造宜居宜业美丽渚源", [
        ("提升县城承载能力。实施城市更新行动，改造老旧小区26个，新建城市道路8公里，加快推进城北污水处理厂二期建设。",
         "牵头县领导：林泽华；牵头单位：县住房城乡建设局；责任单位：县自然资源局、县城管执法局、县发展改革局"),
        ("深入打好污染防治攻坚战。抓好中央和省生态环境保护督察反馈问题整改，持续推进大气、水、土壤污染防治，"
         "空气质量优良天数比例达到90%以上。",
         "牵头县领导：林泽华、邓海波；牵头单位：市生态环境局渚源分局；责任单位：县住房城乡建设局、县农业农村局、县水利局、"
         "县自然资源局、县交通运输局、县工业和信息化局"),
        ("全面落实河湖长制、林长制。开展河湖“清四乱”常态化规范化行动，加强森林防火和松材线虫病防治。",
         "牵头县领导：邓海波；牵头单位：县水利局、县林业局；责任单位：各乡镇党委"),
    ]),
    ("六、坚持以人民为中心，持续保障和改善民生", [
        ("促进高质量充分就业。实施重点群体就业帮扶，全年城镇新增就业4500人，农村劳动力转移就业2000人以上。",
         "牵头县领导：何振东；牵头单位：县人力资源社会保障局；责任单位：县教育体育局、县农业农村局、县总工会、团县委、县妇联"),
        ("办好人民满意的教育。推进城区学校扩容建设，新建改扩建中小学校和幼儿园6所，深化县域普通高中振兴行动。",
         "牵头县领导：邓海波；牵头单位：县教育体育局；责任单位：县发展改革局、县财政局、县住房城乡建设局"),
        ("推进健康渚源建设。深化紧密型县域医共体建设，推进县人民医院新院区建设，提升基层医疗卫生服务能力。",
         "牵头县领导：邓海波；牵头单位：县卫生健康局；责任单位：县医保局、县财政局、县人力资源社会保障局"),
        ("办好十件民生实事。实行一件实事、一名县领导、一个工作专班推进机制，确保年底前全部完成。",
         "牵头县领导：林泽华；牵头单位：县政府办公室；责任单位：县直有关单位"),
    ]),
    ("七、统筹发展和安全，建设更高水平平安渚源", [
        ("坚持和发展新时代“枫桥经验”。深化矛盾纠纷多元化解，推进信访工作法治化，加强县乡村三级综治中心规范化建设。",
         "牵头县领导：贺立军；牵头单位：县委政法委、县信访局；责任单位：县公安局、县司法局、县法院、县检察院，各乡镇党委"),
        ("抓好安全生产和防灾减灾。深入开展安全生产治本攻坚三年行动，扎实做好防汛抗旱、地质灾害防治等工作，"
         "坚决遏制较大及以上安全事故。",
         "牵头县领导：林泽华、何振东；牵头单位：县应急管理局；责任单位：县安委会各成员单位、县减灾委各成员单位"),
        ("常态化开展扫黑除恶斗争。依法严厉打击电信网络诈骗、非法集资等违法犯罪，提升群众安全感满意度。",
         "牵头县领导：贺立军；牵头单位：县委政法委；责任单位：县公安局、县法院、县检察院、县司法局"),
        ("加强国防动员和双拥工作。支持驻县部队建设，做好征兵、民兵整组等工作，争创省级双拥模范县。",
         "牵头县领导：祁国栋；牵头单位：县人武部；责任单位：县退役军人事务局、县委组织部"),
    ]),
    ("八、坚持文化铸魂，巩固壮大主流思想舆论", [
        ("压紧压实意识形态工作责任制。定期分析研判意识形态领域形势，加强网络生态治理。",
         "牵头县领导：苏文静；牵头单位：县委宣传部、县委网信办"),
        ("深化群众性精神文明创建。推进新时代文明实践中心（所、站）提质增效，深入开展移风易俗，争创省级文明城市提名城市。",
         "牵头县领导：苏文静；牵头单位：县委宣传部（县文明办）；责任单位：县民政局、县农业农村局、团县委、县妇联"),
        ("推动文旅融合发展。加强历史文化保护传承，打造“渚源山水”文旅品牌，全年接待游客增长12%以上。",
         "牵头县领导：邓海波；牵头单位：县文化广电和旅游局；责任单位：县发展改革局、县交通运输局、县商务局"),
        ("做好统一战线工作。巩固和发展最广泛的爱国统一战线，做好民族宗教、党外知识分子、新的社会阶层人士工作，促进“两个健康”。",
         "牵头县领导：万春生；牵头单位：县委统战部；责任单位：县民族宗教事务局、县工商联"),
    ]),
    ("九、坚定不移全面从严治党，以高质量党建引领保障高质量发展", [
        ("加强领导班子和干部队伍建设。树立鲜明选人用人导向，健全干部考核评价体系，大力发现培养选拔优秀年轻干部。",
         "牵头县领导：彭晓岚；牵头单位：县委组织部"),
        ("抓好基层党组织建设。持续整顿软弱涣散基层党组织，深化党建引领基层治理，推进“两新”组织党的组织和工作全覆盖。",
         "牵头县领导：彭晓岚；牵头单位：县委组织部；责任单位：县委社会工作部、县民政局，各乡镇党委"),
        ("驰而不息纠治“四风”。严格落实中央八项规定及其实施细则精神，持续整治形式主义为基层减负。",
         "牵头县领导：罗建平、曾凡宇；牵头单位：县纪委监委；责任单位：县委办公室、县政府办公室、县委组织部"),
        ("坚定不移推进反腐败斗争。一体推进不敢腐、不能腐、不想腐，深化群众身边不正之风和腐败问题集中整治，用好巡察利剑。",
         "牵头县领导：罗建平；牵头单位：县纪委监委；责任单位：县委巡察办"),
        ("支持人大、政协依法依章程履职。支持县人大常委会依法行使监督权，支持县政协围绕中心工作开展协商议政。",
         "牵头县领导：钟明远；牵头单位：县人大常委会办公室、县政协办公室；责任单位：县委办公室"),
    ]),
]

for head, tasks in PARTS:
    para(head, HT)
    for i, (text, clause) in enumerate(tasks, 1):
        p = para()
        run(p, f"{i}.{text}")
        run(p, f"（{clause}）", KT)

# ---- 版记
para()
para()
p = para(indent=False)
border(p, "top", 8, "000000")
p = para(indent=False)
p.paragraph_format.left_indent = Pt(14)
p.paragraph_format.right_indent = Pt(14)
run(p, "抄送：县人大常委会党组，县政府党组，县政协党组，县法院党组，县检察院党组。", FS, 14)
border(p, "bottom", 4, "000000")
border(p, "top", 4, "000000")
p = para(indent=False)
p.paragraph_format.left_indent = Pt(14)
p.paragraph_format.right_indent = Pt(14)
run(p, "中共渚源县委办公室　　　　　　　　　　　2025年2月20日印发", FS, 14)
border(p, "bottom", 8, "000000")

doc.save(OUT)
print(OUT)
