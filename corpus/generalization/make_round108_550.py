#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Write 550_qiaoshan_xian_liangban_quanhui_renwu_fengong.docx (a 县委办/县政府办 joint notice)."""
import os
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

NAME = "550_qiaoshan_xian_liangban_quanhui_renwu_fengong.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
pf = st.paragraph_format
pf.space_before = Pt(0)
pf.space_after = Pt(0)

sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
sec.left_margin, sec.right_margin = Mm(28), Mm(26)
sec.footer_distance = Mm(28)


def set_font(run, font, size=16, bold=False, color=None):
    run.font.name = "Times New Roman" if font in (FS, KT) else font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), font)
    if font not in (FS, KT):
        rf.set(qn("w:ascii"), font)
        rf.set(qn("w:hAnsi"), font)
    if color is not None:
        run.font.color.rgb = color


def para(text="", font=FS, size=16, bold=False, align=None, indent=True,
         line=28, color=None, parts=None, right_indent=None, left_indent=None):
    p = doc.add_paragraph()
    f = p.paragraph_format
    f.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    f.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if indent:
        f.first_line_indent = Pt(32)
    if right_indent is not None:
        f.right_indent = Pt(right_indent)
    if left_indent is not None:
        f.left_indent = Pt(left_indent)
    if parts is None:
        parts = [(text, font, bold)]
    for t, fo, b in parts:
        if t:
            set_font(p.add_run(t), fo, size, b, color)
    return p


def bottom_border(p, color="FF0000", sz=12):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    pPr.append(bdr)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def page_field(p, font=None):
    def r(t=None, fld=None, instr=None):
        run = p.add_run(t or "")
        set_font(run, "宋体", 14)
        run.font.name = "宋体"
        if fld:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), fld)
            run._element.append(e)
        if instr:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = instr
            run._element.append(e)
    r("— ")
    r(fld="begin")
    r(instr=" PAGE ")
    r(fld="separate")
    r("1")
    r(fld="end")
    r(" —")


# ---------- footers: odd right, even left ----------
doc.settings.odd_and_even_pages_header_footer = True
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp.paragraph_format.right_indent = Pt(14)
page_field(fp)
ep = sec.even_page_footer.paragraphs[0]
ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
ep.paragraph_format.left_indent = Pt(14)
page_field(ep)

# ---------- 发文机关标志 (joint) ----------
para("", indent=False)
t = doc.add_table(rows=1, cols=2)
no_borders(t)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.autofit = False
w1, w2 = Mm(118), Mm(38)
t.columns[0].width, t.columns[1].width = w1, w2
c0, c1 = t.rows[0].cells
c0.width, c1.width = w1, w2
c0.paragraphs[0].text = ""
for i, name in enumerate(["中共峤山县委办公室", "峤山县人民政府办公室"]):
    p = c0.paragraphs[0] if i == 0 else c0.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(44)
    set_font(p.add_run(name), XBS, 28, False, RED)
c1.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
p = c1.paragraphs[0]
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
set_font(p.add_run("文件"), XBS, 44, False, RED)

para("", indent=False)
p = para("峤办发〔2025〕4号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
bottom_border(p, "FF0000", 24)
para("", indent=False)

# ---------- title ----------
for line in ["中共峤山县委办公室　峤山县人民政府办公室",
             "关于印发《县委十五届七次全会暨县委经济",
             "工作会议重点工作任务分工方案》的通知"]:
    para(line, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
para("", indent=False)

para("各乡镇党委、人民政府，各街道党工委、办事处，县委各部委，县直各单位，各人民团体：", indent=False)
para("《县委十五届七次全会暨县委经济工作会议重点工作任务分工方案》已经县委、县政府同意，现印发给你们，请结合实际认真抓好贯彻落实。")
para("")
para("")
p = para("中共峤山县委办公室　　　　峤山县人民政府办公室", indent=False,
         align=WD_ALIGN_PARAGRAPH.RIGHT, right_indent=16)
p = para("2025年1月22日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, right_indent=64)
para("（此件发至乡镇、街道）", indent=True)

# ---------- the 方案 on a new page ----------
p = para("", indent=False)
p.paragraph_format.page_break_before = True
for line in ["县委十五届七次全会暨县委经济工作会议", "重点工作任务分工方案"]:
    para(line, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
para("", indent=False)

para("为深入贯彻落实县委十五届七次全会暨县委经济工作会议精神，确保全会确定的2025年各项目标任务落到实处，经县委、县政府同意，现就重点工作任务分工制定如下方案。")
para("一、总体要求", HT)
para("坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，认真落实省委、市委决策部署，锚定“三个峤山”建设目标，坚持稳中求进工作总基调，以项目建设为总抓手，以改革创新为根本动力，推动全会各项部署转化为具体任务、具体项目、具体举措，确保全年地区生产总值增长6.5%左右，一般公共预算收入增长5%，城乡居民人均可支配收入分别增长5.5%和7%。")
para("二、重点任务分工", HT)

SECTIONS = [
 ("（一）坚持项目为王，扩大有效投资", [
  ("全力推进重大项目建设。", "坚持“要素跟着项目走”，落实县领导包联重大项目制度，全年实施县级重点项目120个以上，完成投资150亿元以上，新开工亿元以上项目40个以上。",
   "周志远、陈海涛", "县发展和改革局", "县财政局、县自然资源局、县住房和城乡建设局、县行政审批服务局，各乡镇（街道）"),
  ("强化项目谋划储备。", "紧盯国家政策导向和超长期特别国债、地方政府专项债券支持领域，谋划储备项目200个以上，全年争取上级资金25亿元以上。",
   "陈海涛", "县发展和改革局、县财政局", "县直各有关单位"),
  ("加大招商引资力度。", "聚焦新材料、食品加工、装备制造三大主导产业，开展产业链精准招商和以商招商，全年引进亿元以上项目30个、10亿元以上项目3个，实际到位县外资金80亿元以上。",
   "刘德胜", "县投资促进中心", "县工业和信息化局、县商务局、峤山经济开发区管委会，各乡镇（街道）"),
  ("强化要素保障。", "统筹用地、用能、资金等要素向重点项目倾斜，全年供应建设用地3000亩以上，盘活批而未供和闲置土地1200亩以上。",
   "陈海涛", "县自然资源局", "县发展和改革局、县财政局、国网峤山县供电公司"),
 ]),
 ("（二）坚持工业强县，推动产业转型升级", [
  ("壮大主导产业集群。", "实施新材料产业链提升行动，推动铝基新材料、硅基材料延链补链强链，力争新材料产业产值突破200亿元。",
   "刘德胜", "县工业和信息化局", "峤山经济开发区管委会、县科学技术局"),
  ("推进园区提质扩容。", "加快开发区标准化厂房三期、污水处理厂提标改造等配套项目建设，新建标准化厂房20万平方米，园区亩均税收提高10%以上。",
   "刘德胜", "峤山经济开发区管委会", None),
  ("加快数字化转型。", "实施规上工业企业数字化改造全覆盖行动，新增省级智能工厂（数字化车间）5家以上，新建5G基站300个。",
   "刘德胜", "县工业和信息化局", "县数据资源局、中国移动峤山分公司、中国电信峤山分公司"),
  ("培育壮大经营主体。", "深入实施“小升规、规改股、股上市”行动，新增规上工业企业25家、高新技术企业15家，力争1家企业在新三板挂牌。",
   "刘德胜、陈海涛", "县工业和信息化局、县科学技术局", "县市场监督管理局、县地方金融服务中心"),
  ("促进消费扩容提质。", "落实消费品以旧换新政策，培育夜间经济、首店经济，办好“峤山好物”消费季活动，社会消费品零售总额增长6%以上。",
   "孙丽华", "县商务局", "县文化和旅游局、县市场监督管理局"),
 ]),
 ("（三）坚持改革创新，激发发展活力", [
  ("深化国资国企改革。", "推进县属国有企业整合重组和市场化转型，完成县城投集团实体化转型，县属国有企业营业收入增长10%以上。",
   "陈海涛", "县财政局（县国资中心）", "县城市建设投资集团有限公司、县交通投资有限公司"),
  ("持续优化营商环境。", "深化“高效办成一件事”改革，推行涉企经营许可“证照联办”，政务服务事项“一网通办”率达到95%以上。",
   "孙丽华", "县行政审批服务局", "县发展和改革局、县数据资源局、县市场监督管理局"),
  ("稳慎推进农村改革。", "深化农村集体经营性建设用地入市试点，稳妥推进宅基地制度改革，发展壮大新型农村集体经济。",
   "吴建平", "县自然资源局、县农业农村局", "各乡镇（街道）"),
  ("深化财税金融改革。", "推进零基预算改革，强化政府债务管控，严格落实党政机关习惯过紧日子要求；推动县域银行业金融机构存贷比提高3个百分点。",
   "陈海涛", "县财政局", "县地方金融服务中心、国家金融监督管理总局峤山监管支局"),
 ]),
 ("（四）坚持城乡融合，全面推进乡村振兴", [
  ("稳定粮食生产。", "落实粮食安全党政同责，全年粮食播种面积稳定在68万亩以上，新建高标准农田5万亩。",
   "吴建平", "县农业农村局", "县自然资源局、县水利局、县财政局，各乡镇（街道）"),
  ("巩固拓展脱贫攻坚成果。", "健全防止返贫动态监测和帮扶机制，落实好过渡期各项帮扶政策，确保不发生规模性返贫致贫。",
   "吴建平", "县乡村振兴服务中心", "县人力资源和社会保障局、县医疗保障局、县教育局、县民政局，各乡镇（街道）"),
  ("发展乡村特色产业。", "做强优质粮油、山地茶叶、生态养殖三大特色产业，新培育县级以上农业产业化龙头企业8家。",
   "吴建平", "县农业农村局", "县林业局、县供销合作社联合社"),
  ("推进以人为本的新型城镇化。", "实施城市更新行动，改造城镇老旧小区32个、城中村2个，新建改造城市道路12公里。",
   "黄国栋", "县住房和城乡建设局", "县自然资源局、县城市管理局、城关街道办事处、东城街道办事处"),
  ("建设宜居宜业和美乡村。", "扎实推进农村人居环境整治提升，农村卫生厕所普及率达到92%以上，创建省级和美乡村示范村10个。",
   "吴建平、黄国栋", "县农业农村局", "县住房和城乡建设局、市生态环境局峤山分局、县卫生健康局，各乡镇（街道）"),
 ]),
 ("（五）坚持生态优先，推动绿色低碳发展", [
  ("深入打好污染防治攻坚战。", "持续推进大气、水、土壤污染防治，PM2.5平均浓度控制在32微克/立方米以内，国省考断面水质达标率保持100%。",
   "黄国栋", "市生态环境局峤山分局", "县住房和城乡建设局、县交通运输局、县农业农村局、县水利局、县城市管理局"),
  ("全面落实河湖长制、林长制。", "开展河湖“清四乱”常态化规范化行动，完成营造林3.5万亩，森林覆盖率稳定在58%以上。",
   "黄国栋、吴建平", "县水利局、县林业局", "各乡镇（街道）"),
  ("推动绿色低碳转型。", "推进分布式光伏规模化开发，新增新能源装机10万千瓦，单位地区生产总值能耗完成市定目标。",
   "刘德胜", "县发展和改革局", "县工业和信息化局、县机关事务服务中心"),
 ]),
 ("（六）坚持民生为本，增进人民福祉", [
  ("促进高质量充分就业。", "城镇新增就业4500人，农村劳动力转移就业2000人，城镇调查失业率控制在5.5%以内。",
   "孙丽华", "县人力资源和社会保障局", "县教育局、县总工会、团县委、县妇联"),
  ("推动教育优质均衡发展。", "新建改扩建中小学、幼儿园6所，新增学位3600个，深入实施县域普通高中振兴行动。",
   "马晓燕", "县教育局", "县发展和改革局、县财政局、县住房和城乡建设局"),
  ("深化健康峤山建设。", "推进紧密型县域医共体建设，县人民医院新院区主体完工，县中医院创成三级中医医院。",
   "马晓燕", "县卫生健康局", "县医疗保障局、县人民医院、县中医院"),
  ("办好民生实事。", "集中力量办好10件民生实事，确保按期完成、群众满意。",
   "孙丽华", "县政府办公室", "县直各有关单位，各乡镇（街道）"),
  ("统筹发展和安全。", "深入开展安全生产治本攻坚三年行动，加强道路交通、消防、燃气、自建房等重点领域隐患排查整治，坚决遏制较大及以上生产安全事故。",
   "周志远、陈海涛", "县应急管理局", "县安全生产委员会各成员单位"),
  ("建设更高水平的平安峤山。", "坚持和发展新时代“枫桥经验”，推进县乡两级综治中心规范化建设，常态化开展扫黑除恶斗争，推进信访工作法治化。",
   "郑明亮", "县委政法委", "县公安局、县信访局、县司法局，各乡镇（街道）"),
 ]),
 ("（七）坚持全面从严治党，锻造过硬干部队伍", [
  ("持续深化作风建设。", "锲而不舍落实中央八项规定精神，持续纠治“四风”，深化整治形式主义为基层减负。",
   "高振华", "县纪委监委机关", "县委组织部、县委办公室、县政府办公室"),
  ("加强干部队伍建设。", "树立重实干、重实绩的用人导向，实施年轻干部“墩苗”计划，选派50名年轻干部到乡镇、信访、招商一线历练。",
   "何文斌", "县委组织部", None),
  ("抓好全会精神宣传宣讲。", "组织开展全会精神“进机关、进乡村、进企业、进社区”宣讲活动，营造比学赶超、真抓实干的浓厚氛围。",
   "林雪梅", "县委宣传部", "县融媒体中心、县委党校，各乡镇（街道）"),
 ]),
]

for heading, tasks in SECTIONS:
    para(heading, KT)
    for i, (title, body, leaders, lead, coop) in enumerate(tasks, 1):
        para(parts=[("%d．" % i, FS, False), (title, FS, True), (body, FS, False)])
        para("牵头县领导：" + leaders)
        para("牵头单位：" + lead)
        if coop:
            para("责任单位：" + coop)

para("三、工作要求", HT)
para(parts=[("（一）加强组织领导。", KT, False),
            ("各牵头县领导要加强统筹调度，定期研究解决任务推进中的困难和问题。牵头单位要切实履行牵头抓总责任，细化工作举措，明确时间节点；牵头单位有两个的，排在第一位的为主牵头单位。责任单位要按照职责分工主动配合，形成工作合力。", FS, False)])
para(parts=[("（二）强化督查考核。", KT, False),
            ("县委督查室、县政府督查室要将全会重点工作任务落实情况纳入年度督查计划，实行清单化管理、台账式推进，督查结果纳入年度综合考核。", FS, False)])
para(parts=[("（三）及时报送进展。", KT, False),
            ("各牵头单位于每季度最后一个月25日前，将工作进展情况报县委督查室、县政府督查室，同时抄送县委办公室综合科。", FS, False)])

# ---------- 版记 ----------
for _ in range(9):
    para("", indent=False)
vt = doc.add_table(rows=2, cols=1)
vt.alignment = WD_TABLE_ALIGNMENT.CENTER
tblPr = vt._tbl.tblPr
b = OxmlElement("w:tblBorders")
for side, val, sz in (("top", "single", 12), ("left", "nil", 0), ("bottom", "single", 12),
                      ("right", "nil", 0), ("insideH", "single", 4), ("insideV", "nil", 0)):
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), val)
    if sz:
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
    b.append(e)
tblPr.append(b)
cc = vt.rows[0].cells[0].paragraphs[0]
cc.paragraph_format.left_indent = Pt(14)
cc.paragraph_format.right_indent = Pt(14)
set_font(cc.add_run("抄送：县委各常委，县人大常委会党组，县政府党组，县政协党组，县纪委监委，县人民法院，县人民检察院。"), FS, 14)
cc = vt.rows[1].cells[0].paragraphs[0]
cc.paragraph_format.left_indent = Pt(14)
cc.paragraph_format.right_indent = Pt(14)
cc.paragraph_format.tab_stops.add_tab_stop(Mm(150) - Pt(28), alignment=2)
set_font(cc.add_run("中共峤山县委办公室\t2025年1月22日印发"), FS, 14)

doc.core_properties.author = "县委办综合科"
doc.core_properties.title = ""
doc.save(OUT)
print("wrote", OUT)
