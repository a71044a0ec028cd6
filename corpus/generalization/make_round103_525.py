#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generate 525_meibei_xian_gzbg_zhongdian_gongzuo_fengong.docx:
a 县人民政府 文件 (湄政发〔2025〕3号) dividing the 2025 政府工作报告 重点工作
among the 县领导 and departments, tasks as paragraphs in the 附件."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

NAME = "525_meibei_xian_gzbg_zhongdian_gongzuo_fengong.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)

doc = Document()

# --- page setup (GB/T 9704) ---
sec = doc.sections[0]
sec.page_height = Cm(29.7)
sec.page_width = Cm(21.0)
sec.top_margin = Cm(3.7)
sec.bottom_margin = Cm(3.5)
sec.left_margin = Cm(2.8)
sec.right_margin = Cm(2.6)
sec.footer_distance = Cm(2.5)

# --- default style ---
st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
pf = st.paragraph_format
pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
pf.line_spacing = Pt(28.9)
pf.space_before = Pt(0)
pf.space_after = Pt(0)


def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def para(text="", font=FS, size=16, align=None, indent=True, bold=False,
         color=None, spacing=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if spacing is not None:
        p.paragraph_format.line_spacing = Pt(spacing)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def add_run(p, text, font=FS, size=16, bold=False):
    r = p.add_run(text)
    set_font(r, font, size, bold)
    return r


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


def page_field(p):
    add_run(p, "— ", FS, 14)
    r = p.add_run()
    set_font(r, FS, 14)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    r._element.append(f1); r._element.append(it); r._element.append(f2)
    r2 = p.add_run("1"); set_font(r2, FS, 14)
    r3 = p.add_run(); set_font(r3, FS, 14)
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    r3._element.append(f3)
    add_run(p, " —", FS, 14)


# footer page numbers, odd right / even left
settings = doc.settings.element
eo = OxmlElement("w:evenAndOddHeaders")
settings.insert(0, eo)
sec.different_first_page_header_footer = False
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
page_field(fp)
ep = sec.even_page_footer.paragraphs[0]
ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
page_field(ep)

# ---------------------------------------------------------------- 版头
for _ in range(2):
    para("", indent=False)
p = para("湄陂县人民政府文件", XBS, 48, WD_ALIGN_PARAGRAPH.CENTER, False,
         color=RED, spacing=60)
para("", indent=False)
p = para("湄政发〔2025〕3号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER, False)
bottom_border(p)
para("", indent=False)
para("", indent=False)

# ---------------------------------------------------------------- 标题
para("湄陂县人民政府", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, spacing=36)
para("关于分解落实2025年县政府工作报告", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER,
     False, spacing=36)
para("重点工作任务的通知", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False,
     spacing=36)
para("", indent=False)

para("各乡镇人民政府、街道办事处，县政府各部门，县直及驻县各单位：", indent=False)
para("县十八届人大四次会议审议通过的《政府工作报告》，明确了2025年全县经济社会"
     "发展的主要目标和重点工作。为确保各项目标任务落到实处，经县政府研究同意，"
     "现将重点工作任务分解落实到县政府领导和有关单位，并就有关事项通知如下。")

p = para("")
add_run(p, "一、提高思想认识。", HT)
add_run(p, "《政府工作报告》是县政府向全县人民作出的郑重承诺。各乡镇（街道）、"
        "各部门要切实增强责任感和紧迫感，把落实《政府工作报告》作为全年工作的"
        "重中之重，主要负责同志要亲自研究、亲自部署、亲自督办，确保各项任务"
        "按时保质完成。")
p = para("")
add_run(p, "二、压实工作责任。", HT)
add_run(p, "各项任务的责任县领导要加强统筹调度，及时协调解决工作推进中的重大问题。"
        "责任单位中排在第一位的为牵头单位，其他为配合单位。牵头单位要制定具体"
        "工作方案，明确时间表、路线图，主动协调配合单位共同推进；配合单位要积极"
        "支持、密切配合，不得推诿扯皮。")
p = para("")
add_run(p, "三、强化督查考核。", HT)
add_run(p, "各牵头单位请于每季度最后一个月25日前，将任务推进情况书面报送县政府"
        "督查室（联系电话：0719—6213580，电子邮箱：mbxdcs@163.com）。县政府督查室"
        "要加强跟踪督办，定期通报进展情况，督查结果纳入年度目标绩效考核。")
para("")
p = para("附件：2025年县政府工作报告重点工作任务分解", indent=True)
para("")
para("")
para("湄陂县人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(64)
para("2025年2月21日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(64)
para("（此件公开发布）")

# ---------------------------------------------------------------- 附件
p = doc.add_paragraph()
p.add_run().add_break(WD_BREAK.PAGE)
para("附件", HT, 16, indent=False)
para("")
para("2025年县政府工作报告重点工作任务分解", XBS, 22,
     WD_ALIGN_PARAGRAPH.CENTER, False, spacing=36)
para("")

# tasks: (text, leaders, units)
PARTS = [
    ("一、全力以赴稳增长，推动经济运行持续向好", [
        ("扎实推进项目建设。全年安排县级重点项目126个，完成投资152亿元以上，"
         "力争新开工亿元以上项目40个、竣工投产25个。严格落实项目“周调度、月通报、"
         "季拉练”机制。", "韩志远", "县发展和改革局、县重点项目建设服务中心、各乡镇（街道）"),
        ("加大招商引资力度。坚持“一把手”招商，聚焦新材料、装备制造、农产品精深加工"
         "等主导产业开展精准招商，全年引进亿元以上项目30个，实际到位资金85亿元以上。",
         "韩志远、程立新", "县投资促进中心、县商务局、县工业园区管委会"),
        ("积极争取上级支持。抢抓超长期特别国债、地方政府专项债券等政策机遇，全年争取"
         "上级各类资金40亿元以上。", "韩志远",
         "县发展和改革局、县财政局，县直各有关单位"),
        ("提振消费市场活力。落实大规模设备更新和消费品以旧换新政策，举办“湄好生活·"
         "惠享消费”系列促销活动20场以上，社会消费品零售总额增长6%。", "程立新",
         "县商务局"),
        ("强化财政金融保障。加强财源建设，一般公共预算收入增长5%；引导金融机构加大"
         "信贷投放，新增贷款40亿元以上。", "韩志远",
         "县财政局、县税务局、县金融工作服务中心"),
    ]),
    ("二、坚定不移强工业，加快构建现代化产业体系", [
        ("做强主导产业集群。实施产业链链长制，推动新材料产业产值突破120亿元，"
         "装备制造产业产值达到80亿元。", "程立新",
         "县工业和信息化局、县工业园区管委会"),
        ("推动工业技改升级。实施亿元以上技改项目15个，新增省级专精特新中小企业6家、"
         "高新技术企业10家。", "程立新", "县工业和信息化局、县科学技术局、县财政局"),
        ("培育壮大市场主体。全年新增规模以上工业企业15家，新增各类经营主体6000户"
         "以上。", "程立新", "县市场监督管理局、县工业和信息化局、县统计局"),
        ("提升园区承载能力。完成园区标准化厂房12万平方米，推进污水处理厂二期和"
         "220千伏变电站建设，盘活闲置低效用地800亩。", "程立新",
         "县工业园区管委会、县自然资源局、县住房和城乡建设局、国网湄陂县供电公司"),
        ("加快发展数字经济。新建5G基站180个，推进“智改数转网联”，建成省级数字化车间"
         "5个。", "程立新", "县数据局、县工业和信息化局"),
        ("推动文旅融合发展。加快白鹭湖景区提质升级，争创国家4A级旅游景区1家，全年"
         "接待游客620万人次。", "谭晓雯", "县文化和旅游局、县商务局、白鹭湖镇人民政府"),
    ]),
    ("三、全面推进乡村振兴，加快建设农业强县", [
        ("稳定粮食和重要农产品生产。粮食播种面积稳定在62万亩以上，新建高标准农田"
         "3.2万亩。", "邵东海", "县农业农村局、县自然资源局、各乡镇（街道）"),
        ("巩固拓展脱贫攻坚成果。健全防止返贫动态监测和帮扶机制，坚决守住不发生"
         "规模性返贫致贫的底线。", "邵东海",
         "县农业农村局、县人力资源和社会保障局、县医疗保障局、县教育局"),
        ("做优特色农业产业。发展茶叶、油茶、中药材等特色产业，新增市级以上农业"
         "产业化龙头企业5家。", "邵东海", "县农业农村局、县林业局"),
        ("提升农村人居环境。深入推进农村厕所革命、生活垃圾和污水治理，创建和美乡村"
         "示范村15个。", "邵东海、蒋丽萍",
         "县农业农村局、县住房和城乡建设局、市生态环境局湄陂分局、各乡镇（街道）"),
        ("加强水利基础设施建设。推进大石桥水库除险加固和中小河流治理工程，新增"
         "恢复灌溉面积2.5万亩。", "邵东海", "县水利局"),
    ]),
    ("四、统筹推进城乡建设，提升城市功能品质", [
        ("实施城市更新行动。改造老旧小区32个、城镇燃气管网18公里，新建城市停车位"
         "1200个。", "蒋丽萍", "县住房和城乡建设局、县自然资源局、城关街道办事处"),
        ("促进房地产市场平稳健康发展。因城施策优化住房保障体系，推进保交房和"
         "城中村改造工作。", "蒋丽萍", "县住房和城乡建设局"),
        ("完善综合交通路网。加快国道G347湄陂段改建工程，新改建农村公路120公里。",
         "蒋丽萍", "县交通运输局、县公路事务中心"),
        ("提升城市精细化管理水平。深化全国文明城市创建，开展占道经营、违规停车等"
         "专项整治。", "蒋丽萍", "县城市管理局、县公安局、县市场监督管理局"),
    ]),
    ("五、深化改革扩大开放，持续增强发展动力", [
        ("深化国资国企改革。推进县属国有企业整合重组和市场化转型，县城投集团"
         "主体信用等级提升至AA+。", "韩志远",
         "县国有资产事务服务中心、县财政局、县城市建设投资集团有限公司"),
        ("持续优化营商环境。深化“高效办成一件事”改革，企业开办时间压缩至0.5个"
         "工作日。", "韩志远", "县行政审批服务局、县市场监督管理局，县直各有关单位"),
        ("稳住外贸外资基本盘。支持企业参加广交会等展会，全年外贸进出口总额增长8%。",
         "程立新", "县商务局"),
    ]),
    ("六、坚持生态优先，推动绿色低碳发展", [
        ("深入打好污染防治攻坚战。空气质量优良天数比例达到90%以上，县控以上断面"
         "水质达标率100%。", "邵东海",
         "市生态环境局湄陂分局、县住房和城乡建设局、县农业农村局、县交通运输局"),
        ("全面落实河湖长制、林长制。开展河湖“清四乱”专项行动，完成植树造林1.5万亩。",
         "邵东海", "县水利局、县林业局、各乡镇（街道）"),
        ("推动绿色低碳转型。严控“两高”项目，推进分布式光伏开发，单位地区生产总值"
         "能耗下降3%。", "程立新", "县发展和改革局、县工业和信息化局"),
    ]),
    ("七、持续保障和改善民生，扎实推进共同富裕", [
        ("促进高质量充分就业。城镇新增就业5200人，农村劳动力转移就业1.2万人次。",
         "谭晓雯", "县人力资源和社会保障局"),
        ("办好人民满意的教育。新建、改扩建中小学和幼儿园6所，新增学位3600个。",
         "谭晓雯", "县教育局、县财政局、县住房和城乡建设局"),
        ("推进健康湄陂建设。深化紧密型县域医共体建设，县人民医院新院区投入使用。",
         "谭晓雯", "县卫生健康委员会、县医疗保障局"),
        ("织密兜牢社会保障网。城乡居民基本养老保险参保率稳定在95%以上，建成乡镇"
         "区域养老服务中心4个。", "谭晓雯",
         "县民政局、县人力资源和社会保障局、县医疗保障局"),
        ("统筹高质量发展和高水平安全。深入开展安全生产治本攻坚三年行动，抓好防汛"
         "抗旱、森林防灭火工作。", "韩志远、梁振",
         "县应急管理局、县公安局，各乡镇（街道），县直各有关单位"),
        ("维护社会和谐稳定。坚持和发展新时代“枫桥经验”，常态化开展扫黑除恶斗争。",
         "梁振", "县公安局、县信访局、县司法局"),
    ]),
    ("八、加强政府自身建设，提升行政效能", [
        ("加强法治政府建设。严格执行重大行政决策程序，自觉接受人大法律监督、"
         "政协民主监督。", "石国梁", "县司法局、县政府办公室"),
        ("持续转变工作作风。坚持政府过紧日子，严控一般性支出，驰而不息纠治“四风”。",
         None, "县政府办公室、县财政局、县审计局"),
    ]),
]

n = 0
for head, tasks in PARTS:
    para(head, HT)
    for text, leaders, units in tasks:
        n += 1
        p = para("")
        add_run(p, "%d．" % n)
        add_run(p, text)
        if leaders:
            clause = "（责任县领导：%s；责任单位：%s）" % (leaders, units)
        else:
            clause = "（责任单位：%s）" % units
        add_run(p, clause, KT)

# ---------------------------------------------------------------- 版记
para("")
para("")
tbl = doc.add_table(rows=2, cols=1)
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER


def cell_borders(cell, top=None, bottom=None):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side, sz in (("top", top), ("bottom", bottom)):
        e = OxmlElement("w:" + side)
        if sz:
            e.set(qn("w:val"), "single"); e.set(qn("w:sz"), sz)
            e.set(qn("w:space"), "0"); e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    for side in ("left", "right"):
        e = OxmlElement("w:" + side); e.set(qn("w:val"), "nil"); b.append(e)
    tcPr.append(b)


c0 = tbl.cell(0, 0)
c0.paragraphs[0].paragraph_format.first_line_indent = Pt(0)
c0.paragraphs[0].paragraph_format.left_indent = Pt(14)
add_run(c0.paragraphs[0], "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，"
        "县检察院，县人武部。", FS, 14)
cell_borders(c0, top="8", bottom="4")
c1 = tbl.cell(1, 0)
p1 = c1.paragraphs[0]
p1.paragraph_format.first_line_indent = Pt(0)
p1.paragraph_format.left_indent = Pt(14)
p1.paragraph_format.tab_stops.add_tab_stop(Cm(14.8), alignment=2)
add_run(p1, "湄陂县人民政府办公室\t2025年2月21日印发", FS, 14)
cell_borders(c1, top="4", bottom="8")

doc.core_properties.author = "县政府办公室"
doc.core_properties.title = ""
doc.save(OUT)
print("wrote", OUT, n, "tasks")
