#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 91, notice 466: a 市委办公室/市政府办公室 joint notice (Word) dividing the
tasks of the 市委经济工作会议. Writes 466_jinglan_shi_jingji_gongzuo_huiyi_fengong.docx
next to itself."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

NAME = "466_jinglan_shi_jingji_gongzuo_huiyi_fengong.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
sec.left_margin, sec.right_margin = Mm(28), Mm(26)
sec.footer_distance = Mm(28)

# Normal style: 仿宋_GB2312 三号
st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
pf = st.paragraph_format
pf.space_before = Pt(0)
pf.space_after = Pt(0)
pf.line_spacing = Pt(28)


def run(p, text, font=FS, size=16, bold=False, color=None):
    r = p.add_run(text)
    r.font.name = font
    r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    r.font.size = Pt(size)
    r.bold = bold
    if color is not None:
        r.font.color.rgb = color
    return r


def indent2(p):
    ind = p._p.get_or_add_pPr().get_or_add_ind()
    ind.set(qn("w:firstLineChars"), "200")
    ind.set(qn("w:firstLine"), "640")


def para(text="", font=FS, size=16, align=None, indent=True, bold=False, color=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        indent2(p)
    if text:
        run(p, text, font, size, bold, color)
    return p


def border(p_or_cell_pr, side, val="single", sz="12", color="FF0000", space="1"):
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), val)
    el.set(qn("w:sz"), sz)
    el.set(qn("w:space"), space)
    el.set(qn("w:color"), color)
    return el


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def page_field(p):
    run(p, "— ", "宋体", 14)
    r = run(p, "", "宋体", 14)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        if e is t:
            r2 = run(p, "", "宋体", 14)
            r2._element.append(t)
        else:
            r3 = run(p, "", "宋体", 14)
            r3._element.append(e)
    run(p, " —", "宋体", 14)


# footer page number
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
page_field(fp)

# ---------------------------------------------------------------- 版头
tbl = doc.add_table(rows=2, cols=2)
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
no_borders(tbl)
tbl.autofit = False
widths = (Mm(118), Mm(38))
for row in tbl.rows:
    for i, c in enumerate(row.cells):
        c.width = widths[i]
right = tbl.cell(0, 1).merge(tbl.cell(1, 1))
for i, name in enumerate(("中共景岚市委办公室", "景岚市人民政府办公室")):
    c = tbl.cell(i, 0)
    p = c.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    p.paragraph_format.line_spacing = Pt(52)
    run(p, name, XBS, 36, color=RED)
p = right.paragraphs[0]
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
right.vertical_alignment = 1  # center
run(p, "文件", XBS, 48, color=RED)

para()
para()
p = para("景办发〔2025〕1号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
pBdr = OxmlElement("w:pBdr")
pBdr.append(border(None, "bottom", sz="18", space="8"))
p._p.get_or_add_pPr().append(pBdr)
para()

# ---------------------------------------------------------------- title
for line in ("中共景岚市委办公室　景岚市人民政府办公室",
             "关于印发《2025年市委经济工作会议",
             "重点任务分工方案》的通知"):
    p = para(line, XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p.paragraph_format.line_spacing = Pt(36)
para()
para("各县（市、区）党委和人民政府，市委各部委，市直各单位，各人民团体：", indent=False)
para("《2025年市委经济工作会议重点任务分工方案》已经市委、市政府同意，现印发给你们，"
     "请结合实际认真抓好贯彻落实。现就有关事项通知如下。")
para("一、压紧压实工作责任。", HT)
para("各牵头市领导要加强统筹调度，定期研究推进分管领域重点任务。牵头单位对所牵头任务负总责，"
     "要细化工作举措、明确时间节点，主动协调责任单位共同推进；责任单位要按照职责分工积极配合，"
     "形成工作合力。各县（市、区）要对照分工方案，结合本地实际抓好落实。")
para("二、强化跟踪问效。", HT)
para("各牵头单位于每季度最后一个月25日前，将任务推进情况（含工作进展、存在问题、下步打算）"
     "书面报送市委督查室、市政府督查室，同时发送电子版至jlsdcs@163.com。"
     "市委督查室、市政府督查室将适时开展专项督查，督查结果纳入年度综合考核。")
para("三、及时报告重大事项。", HT)
para("落实过程中遇到的重大问题和重要情况，要及时向牵头市领导报告，必要时按程序提请市委、市政府研究。")
para()
p = para("附件：2025年市委经济工作会议重点任务分工方案", indent=True)
para()
para()
p = para(indent=False)
p.paragraph_format.tab_stops.add_tab_stop(Mm(4))
run(p, "中共景岚市委办公室　　　　　　景岚市人民政府办公室")
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
para()
p = para("2025年1月8日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Mm(22)
para("（此件公开发布）")

# ---------------------------------------------------------------- 附件
p = para(indent=False)
p.add_run().add_break(WD_BREAK.PAGE)
run(p, "附件", HT)
para()
p = para("2025年市委经济工作会议重点任务分工方案", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para()
para("为深入贯彻落实市委经济工作会议精神，确保全年经济社会发展各项目标任务落到实处，"
     "现将会议确定的重点任务分工如下。")

PARTS = [
    ("一、着力扩大有效需求，推动经济持续回升向好", [
        ("实施提振消费专项行动。",
         "围绕汽车、家电、家装等大宗消费，用足用好以旧换新政策，培育夜间经济、首发经济，"
         "打造城市核心商圈和特色商业街区，全年社会消费品零售总额增长6%以上。",
         "牵头市领导：韩立新；牵头单位：市商务局；责任单位：市发展改革委、市财政局、市文化广电旅游局、市市场监管局，各县（市、区）"),
        ("扩大有效投资。",
         "坚持“项目为王”，全年实施市级重点项目300个以上、完成投资800亿元以上，用好超长期特别国债和地方政府专项债券，"
         "争取更多项目纳入国家和省级盘子。",
         "牵头市领导：唐启明、韩立新；牵头单位：市发展改革委、市财政局；责任单位：市自然资源和规划局、市住房城乡建设局、市生态环境局，各县（市、区）"),
        ("推动文旅消费提质扩容。",
         "深化文旅融合，推进景岚古城、青螺湖景区提档升级，办好景岚国际马拉松等品牌赛事活动，全年接待游客增长10%以上。",
         "牵头市领导：苏婉清；牵头单位：市文化广电旅游局；责任单位：市体育局、市商务局、市交通运输局"),
        ("着力稳定外贸外资。",
         "实施外贸主体培育行动，支持企业拓展“一带一路”市场，推动跨境电商综试区建设，全年实际使用外资增长5%。",
         "牵头市领导：江屹；牵头单位：市商务局；责任单位：市投资促进局、景岚海关、市税务局"),
    ]),
    ("二、坚持创新驱动，加快培育发展新质生产力", [
        ("壮大先进制造业集群。",
         "聚焦新能源装备、新材料、生物医药三大主导产业，实施强链延链补链工程，新增规模以上工业企业80家以上。",
         "牵头市领导：江屹；牵头单位：市工业和信息化局；责任单位：市发展改革委、市科技局、市投资促进局"),
        ("强化科技创新平台建设。",
         "推进景岚科创走廊建设，新建省级以上创新平台10家以上，全社会研发投入强度达到2.3%。",
         "牵头市领导：罗振华；牵头单位：市科技局；责任单位：市教育局、市工业和信息化局、市财政局"),
        ("加快数字经济发展。",
         "实施“数实融合”行动，推进5G基站、算力中心等新型基础设施建设，新增“上云用数赋智”企业500家。",
         "牵头市领导：罗振华；牵头单位：市数据局；责任单位：市工业和信息化局、市委网信办、市通信发展办公室"),
        ("深入实施人才强市战略。",
         "深化“岚上英才”计划，全年引进高层次人才200名以上、高校毕业生2万名以上，完善人才住房、子女入学等服务保障。",
         "牵头市领导：邵文静；牵头单位：市委组织部（市委人才办）；责任单位：市人力资源社会保障局、市科技局、市教育局"),
        ("促进民营经济发展壮大。",
         "落实支持民营经济发展若干措施，常态化开展政企恳谈，依法保护民营企业产权和企业家权益。",
         "牵头市领导：韩立新；牵头单位：市发展改革委；责任单位：市市场监管局、市工商联"),
    ]),
    ("三、深化重点领域改革，持续打造一流营商环境", [
        ("深化国资国企改革。",
         "深入实施国有企业改革深化提升行动，推进市属国有企业战略性重组和专业化整合，提高核心竞争力。",
         "牵头市领导：韩立新；牵头单位：市国资委"),
        ("推进财税金融体制改革。",
         "深化零基预算改革，加强财政资源统筹；深化政银企对接，全年新增各项贷款300亿元以上。",
         "牵头市领导：韩立新、高远航；牵头单位：市财政局、市委金融办；责任单位：人民银行景岚市分行、国家金融监督管理总局景岚监管分局、市税务局"),
        ("持续优化营商环境。",
         "对标省营商环境评价指标体系，开展营商环境提升年活动，推动更多指标进入全省第一方阵。",
         "牵头市领导：唐启明；牵头单位：市发展改革委（市营商环境建设局）；责任单位：市政务服务管理局、市市场监管局、市司法局，市直有关单位"),
        ("深化“高效办成一件事”改革。",
         "年内推出“高效办成一件事”重点事项30项以上，推动更多政务服务事项“一网通办”“跨省通办”。",
         "牵头市领导：高远航；牵头单位：市政务服务管理局；责任单位：市数据局，市直有关单位"),
        ("扩大高水平对外开放。",
         "加快景岚综合保税区建设，开通景岚至宁波舟山港海铁联运班列，积极承接产业转移。",
         "牵头市领导：江屹；牵头单位：市商务局；责任单位：景岚综合保税区管委会、景岚海关、市交通运输局"),
    ]),
    ("四、统筹新型城镇化和乡村全面振兴", [
        ("全力保障粮食安全。",
         "严守耕地保护红线，新建高标准农田12万亩，粮食播种面积稳定在310万亩以上。",
         "牵头市领导：杨守田；牵头单位：市农业农村局；责任单位：市发展改革委（市粮食和储备局）、市自然资源和规划局、市水利局"),
        ("推进乡村产业振兴。",
         "做强茶叶、油茶、中药材等特色产业，培育农业产业化龙头企业，发展农村电商和乡村旅游。",
         "牵头市领导：林素华、杨守田；牵头单位：市委农办、市农业农村局；责任单位：市供销社、市商务局、市文化广电旅游局"),
        ("巩固拓展脱贫攻坚成果。",
         "健全防止返贫动态监测和帮扶机制，守牢不发生规模性返贫致贫底线。",
         "牵头市领导：林素华；牵头单位：市农业农村局；责任单位：市民政局、市医保局、市人力资源社会保障局、市教育局，各县（市、区）"),
        ("实施城市更新行动。",
         "改造城镇老旧小区120个、城中村3个，推进地下管网改造和海绵城市建设，提升城市品质。",
         "牵头市领导：方明哲；牵头单位：市住房城乡建设局；责任单位：市自然资源和规划局、市城市管理局、市城投集团"),
        ("加快综合交通枢纽建设。",
         "推进景岚高铁站综合枢纽、机场改扩建前期工作，加快东环高速公路建设。",
         "牵头市领导：方明哲；牵头单位：市交通运输局；责任单位：市发展改革委、市自然资源和规划局、市城投集团"),
        ("推动县域经济高质量发展。",
         "实施县域经济“强县工程”，支持各县（市、区）培育主导产业，推动开发区扩能升级。",
         "牵头市领导：唐启明；牵头单位：市发展改革委；责任单位：各县（市、区）"),
    ]),
    ("五、坚持绿色低碳发展，建设美丽景岚", [
        ("深入打好污染防治攻坚战。",
         "持续推进蓝天、碧水、净土保卫战，PM2.5平均浓度控制在30微克/立方米以内，国考断面水质优良比例保持100%。",
         "牵头市领导：方明哲；牵头单位：市生态环境局；责任单位：市住房城乡建设局、市农业农村局、市水利局、市公安局"),
        ("积极稳妥推进碳达峰碳中和。",
         "推动重点行业节能降碳改造，发展分布式光伏和新型储能，推进公共机构节能。",
         "牵头市领导：韩立新；牵头单位：市发展改革委；责任单位：市工业和信息化局、市生态环境局、市机关事务服务中心"),
        ("加强生态保护修复。",
         "深化林长制，完成营造林15万亩，推进青螺湖流域生态保护和综合治理。",
         "牵头市领导：杨守田；牵头单位：市林业局；责任单位：市自然资源和规划局、市水利局"),
    ]),
    ("六、着力保障和改善民生，不断增进人民福祉", [
        ("千方百计稳就业促增收。",
         "落实就业优先政策，城镇新增就业4.5万人以上，抓好高校毕业生、农民工、退役军人等重点群体就业。",
         "牵头市领导：苏婉清；牵头单位：市人力资源社会保障局；责任单位：市教育局、市财政局、市退役军人事务局、团市委、市总工会"),
        ("加快建设教育强市。",
         "新建改扩建中小学、幼儿园20所，推进义务教育优质均衡发展，支持景岚学院创建应用型大学。",
         "牵头市领导：苏婉清；牵头单位：市教育局"),
        ("深入推进健康景岚建设。",
         "推进国家区域医疗中心建设，深化紧密型县域医共体改革，提升基层医疗服务能力。",
         "牵头市领导：苏婉清；牵头单位：市卫生健康委；责任单位：市医保局、市市场监管局"),
        ("健全社会保障和养老服务体系。",
         "推进社保扩面提质，新增社区嵌入式养老服务设施30个，加强困难群众兜底保障。",
         "牵头市领导：苏婉清、高远航；牵头单位：市民政局；责任单位：市人力资源社会保障局、市医保局、市卫生健康委"),
        ("扎实办好民生实事。",
         "聚焦群众急难愁盼，办好市政府十件民生实事，确保按期完成、群众满意。",
         "牵头市领导：唐启明；牵头单位：市政府办公室；责任单位：市直有关单位，各县（市、区）"),
    ]),
    ("七、统筹发展和安全，有效防范化解重点领域风险", [
        ("防范化解地方债务风险。",
         "严格落实一揽子化债方案，坚决遏制新增隐性债务，加快融资平台改革转型。",
         "牵头市领导：韩立新；牵头单位：市财政局；责任单位：市审计局、市国资委、市城投集团"),
        ("稳妥化解房地产风险。",
         "因城施策调控房地产市场，扎实做好保交房工作，推动构建房地产发展新模式。",
         "牵头市领导：方明哲；牵头单位：市住房城乡建设局；责任单位：市自然资源和规划局、人民银行景岚市分行"),
        ("抓好安全生产和防灾减灾。",
         "深入开展安全生产治本攻坚三年行动，强化汛期、森林防火等重点时段防范，坚决遏制重特大事故发生。",
         "牵头市领导：杜卫东；牵头单位：市应急管理局；责任单位：市消防救援支队、市交通运输局、市住房城乡建设局"),
        ("维护社会大局和谐稳定。",
         "坚持和发展新时代“枫桥经验”，推进信访工作法治化，常态化开展扫黑除恶斗争。",
         "牵头市领导：彭国梁；牵头单位：市委政法委；责任单位：市公安局、市信访局、市司法局"),
    ]),
    ("八、坚持和加强党对经济工作的全面领导", [
        ("提升领导干部推动高质量发展能力。",
         "加强经济工作专题培训，树立重实干、重实绩的用人导向，激励干部担当作为。",
         "牵头市领导：邵文静；牵头单位：市委组织部；责任单位：市委党校"),
        ("强化督查考核。",
         "健全重点任务清单化管理、项目化推进、节点化督查机制，完善高质量发展综合绩效考核。",
         "牵头市领导：魏长庚、孙立群；牵头单位：市委督查室、市政府督查室；责任单位：市统计局"),
        ("营造干事创业良好氛围。",
         "加强经济形势宣传解读和舆论引导，讲好景岚高质量发展故事，提振发展信心。",
         "牵头市领导：何慧敏；牵头单位：市委宣传部；责任单位：市委网信办、景岚日报社、市融媒体中心"),
    ]),
]

n = 0
for title, tasks in PARTS:
    para(title, HT)
    for lead_in, body, clause in tasks:
        n += 1
        p = para(indent=True)
        run(p, "%d．" % n)
        run(p, lead_in, bold=True)
        run(p, body)
        run(p, "（%s）" % clause, KT)

para()

# ---------------------------------------------------------------- 版记
para()
bj = doc.add_table(rows=2, cols=1)
bj.alignment = WD_TABLE_ALIGNMENT.CENTER
tblPr = bj._tbl.tblPr
b = OxmlElement("w:tblBorders")
for side, val, sz in (("top", "single", "12"), ("bottom", "single", "12"),
                      ("left", "nil", "0"), ("right", "nil", "0"),
                      ("insideH", "single", "4"), ("insideV", "nil", "0")):
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), val)
    if val != "nil":
        e.set(qn("w:sz"), sz)
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
    b.append(e)
tblPr.append(b)
c = bj.cell(0, 0)
p = c.paragraphs[0]
ind = p._p.get_or_add_pPr().get_or_add_ind()
ind.set(qn("w:left"), "280"); ind.set(qn("w:right"), "280")
run(p, "抄送：市人大常委会办公室，市政协办公室，市纪委监委办公室，市中级法院，市检察院，景岚军分区。", FS, 14)
c = bj.cell(1, 0)
p = c.paragraphs[0]
ind = p._p.get_or_add_pPr().get_or_add_ind()
ind.set(qn("w:left"), "280"); ind.set(qn("w:right"), "280")
p.paragraph_format.tab_stops.add_tab_stop(Mm(150), WD_TAB_ALIGNMENT.RIGHT)
run(p, "中共景岚市委办公室\t2025年1月8日印发", FS, 14)

doc.core_properties.author = "市委办公室秘书科"
doc.core_properties.title = "关于印发《2025年市委经济工作会议重点任务分工方案》的通知"
doc.save(OUT)
print(OUT, n, "tasks")
