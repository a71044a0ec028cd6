#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Build 600_luanjiang_shiwei_quanhui_jinghui_zhongdian_renwu_fengong.docx:
a 市委办公室/市政府办公室 joint red-header Word notice printing the
市委全会暨市委经济工作会议 2025年重点任务分工方案."""
import os
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

NAME = "600_luanjiang_shiwei_quanhui_jinghui_zhongdian_renwu_fengong.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)

doc = Document()

# ---------- styles / page ----------
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
pf = st.paragraph_format
pf.space_before = Pt(0)
pf.space_after = Pt(0)
pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
pf.line_spacing = Pt(28.95)

sec = doc.sections[0]
sec.page_width = Cm(21.0)
sec.page_height = Cm(29.7)
sec.top_margin = Cm(3.7)
sec.bottom_margin = Cm(3.5)
sec.left_margin = Cm(2.8)
sec.right_margin = Cm(2.6)
sec.header_distance = Cm(1.5)
sec.footer_distance = Cm(2.8)
doc.settings.odd_and_even_pages_header_footer = True


def run(p, text, font=FS, size=16, bold=False, color=None, spacing=None):
    r = p.add_run(text)
    r.font.name = "Times New Roman" if font in (FS, KT, HT) else font
    r.font.size = Pt(size)
    r.font.bold = bold
    rpr = r._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), font)
    if font == XBS:
        rf.set(qn("w:ascii"), XBS)
        rf.set(qn("w:hAnsi"), XBS)
    if color is not None:
        r.font.color.rgb = color
    if spacing is not None:
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(spacing))
        rpr.append(sp)
    return r


def para(text="", font=FS, size=16, bold=False, align=None, indent=True,
         color=None, line=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if line is not None:
        p.paragraph_format.line_spacing = Pt(line)
    if text:
        run(p, text, font, size, bold, color)
    return p


def page_number_footer(footer, align):
    p = footer.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    if align == WD_ALIGN_PARAGRAPH.RIGHT:
        p.paragraph_format.right_indent = Pt(14)
    else:
        p.paragraph_format.left_indent = Pt(14)
    run(p, "— ", "宋体", 14)
    r = run(p, "", "宋体", 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
        elif kind == "text":
            t = OxmlElement("w:t")
            t.text = txt
            r._element.append(t)
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
    run(p, " —", "宋体", 14)


page_number_footer(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT)
page_number_footer(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e)
        x.set(qn("w:val"), "nil")
        b.append(x)
    tblPr.append(b)


def cell_para(cell, text, font, size, bold=False, color=None, align=None,
              spacing=None):
    p = cell.paragraphs[0] if not cell.paragraphs[0].runs else cell.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    if align is not None:
        p.alignment = align
    run(p, text, font, size, bold, color, spacing)
    return p


def vcenter(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vAlign")
    v.set(qn("w:val"), "center")
    tcPr.append(v)


# ---------- 版头 ----------
para("", indent=False, line=20)
tbl = doc.add_table(rows=2, cols=2)
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
no_borders(tbl)
tbl.autofit = False
w1, w2 = Cm(11.4), Cm(4.0)
for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), (w1, w2)):
    gc.set(qn("w:w"), str(int(w.twips)))
for row in tbl.rows:
    row.cells[0].width = w1
    row.cells[1].width = w2
cell_para(tbl.cell(0, 0), "中共栾江市委办公室", XBS, 26, color=RED,
          align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
cell_para(tbl.cell(1, 0), "栾江市人民政府办公室", XBS, 26, color=RED,
          align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
m = tbl.cell(0, 1).merge(tbl.cell(1, 1))
cell_para(m, "文件", XBS, 42, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER)
vcenter(m)
for c in (tbl.cell(0, 0), tbl.cell(1, 0)):
    vcenter(c)

para("", indent=False)
para("", indent=False)
p = para("栾办发〔2025〕2号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
# red rule under the 发文字号
pPr = p._p.get_or_add_pPr()
pb = OxmlElement("w:pBdr")
bt = OxmlElement("w:bottom")
bt.set(qn("w:val"), "single")
bt.set(qn("w:sz"), "24")
bt.set(qn("w:space"), "6")
bt.set(qn("w:color"), "FF0000")
pb.append(bt)
pPr.append(pb)
para("", indent=False)

# ---------- 标题 ----------
for t in ("中共栾江市委办公室　栾江市人民政府办公室",
          "关于印发《市委十四届八次全会暨市委经济工作会议确定的"
          "2025年重点任务分工方案》的通知"):
    para(t, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
para("", indent=False)

para("各县（市、区）党委和人民政府，市委各部委，市直各单位，各人民团体：",
     indent=False)
para("《市委十四届八次全会暨市委经济工作会议确定的2025年重点任务分工方案》"
     "已经市委、市政府同意，现印发给你们，请结合实际认真抓好贯彻落实。"
     "现就有关事项通知如下。")

p = para()
run(p, "一、提高政治站位。", HT)
run(p, "各地各部门要深刻领会市委十四届八次全会暨市委经济工作会议精神，"
    "把抓好重点任务落实作为检验“学思想、强党性、重实践、建新功”成效的重要标尺，"
    "坚持清单化管理、项目化推进，确保各项任务按时保质完成。")
p = para()
run(p, "二、压实工作责任。", HT)
run(p, "牵头市领导要加强统筹调度，定期听取工作进展情况汇报，协调解决重大问题。"
    "牵头单位要主动担当、统筹协调，细化工作措施，明确时间节点；"
    "牵头单位有两个的，排在第一位的为主要牵头单位，其他牵头单位要密切配合。"
    "责任单位要按照职责分工积极配合，形成工作合力。"
    "各县（市、区）要对照任务分工，结合本地实际抓好落实。")
p = para()
run(p, "三、强化督查问效。", HT)
run(p, "市委督查室、市政府督查室要将重点任务纳入年度督查计划，实行月调度、"
    "季通报、年终考评。各牵头单位于每季度末月25日前将任务推进情况"
    "（加盖单位公章）报送市委督查室、市政府督查室，"
    "同时报送电子版（邮箱：ljswdcs@163.com）。"
    "推进情况将作为年度综合考核的重要依据。")

para("")
para("")
p = para("中共栾江市委办公室　　　栾江市人民政府办公室", indent=False,
         align=WD_ALIGN_PARAGRAPH.RIGHT)
p.paragraph_format.right_indent = Pt(32)
p = para("2025年1月16日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
p.paragraph_format.right_indent = Pt(80)
para("")
para("（此件公开发布）", indent=True)

# ---------- 方案 ----------
p = para("", indent=False)
p.add_run().add_break(WD_BREAK.PAGE)
for t in ("市委十四届八次全会暨市委经济工作会议",
          "确定的2025年重点任务分工方案"):
    para(t, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
para("", indent=False)
para("为深入贯彻落实市委十四届八次全会暨市委经济工作会议精神，"
     "全面完成2025年经济社会发展目标任务，推动各项决策部署落地见效，"
     "现将重点任务分工如下。")

PARTS = [
    ("一、着力扩大有效需求，推动经济持续回升向好（5项）", [
        ("全力扩大有效投资。",
         "聚焦“两重”“两新”政策机遇，谋划储备重大项目300个以上，"
         "全年实施亿元以上项目260个，固定资产投资增长6%以上；"
         "积极争取超长期特别国债、地方政府专项债券资金50亿元以上。",
         "郑国栋", "市发展改革委",
         "市财政局、市自然资源和规划局、市住房城乡建设局，各县（市、区）党委和政府"),
        ("大力提振消费。",
         "用足用好消费品以旧换新政策，培育夜间经济、首发经济等消费新场景，"
         "举办“栾江好物”消费季系列活动50场次以上，社会消费品零售总额增长5.5%。",
         "许晓岚", "市商务局",
         "市财政局、市文化广电旅游局、市市场监管局"),
        ("推进招商引资提质增效。",
         "坚持“一把手”招商，围绕主导产业开展链式招商、基金招商，"
         "全年新签约亿元以上项目120个，实际到位市外资金增长10%。",
         "林志远、郑国栋", "市投资促进局",
         "市发展改革委、市工业和信息化局、市商务局，栾江高新区管委会、栾江经开区管委会"),
        ("稳住外贸外资基本盘。",
         "支持企业拓市场、抢订单，培育跨境电商主体30家以上，"
         "实际使用外资1.2亿美元。",
         "许晓岚", "市商务局",
         "栾江海关、市税务局"),
        ("强化要素保障。",
         "深化“标准地”出让改革，盘活批而未供和闲置土地1.5万亩，"
         "统筹用能、环境容量指标向重点项目倾斜。",
         "郑国栋", "市自然资源和规划局、市发展改革委",
         "市生态环境局、市财政局"),
    ]),
    ("二、加快构建现代化产业体系，壮大实体经济根基（5项）", [
        ("做大做强先进制造业集群。",
         "实施产业链链长制，推动装备制造、新材料两个千亿级产业集群扩量提质，"
         "规模以上工业增加值增长7%。",
         "贺建军", "市工业和信息化局",
         "市发展改革委、市科技局"),
        ("实施新一轮技术改造。",
         "推动规上工业企业技改全覆盖，实施技改项目200个，"
         "新增省级智能工厂、数字化车间15个。",
         "贺建军", "市工业和信息化局",
         "市财政局"),
        ("培育壮大数字经济。",
         "加快5G基站、算力中心等新型基础设施建设，"
         "推进公共数据授权运营，数字经济核心产业增加值增长12%。",
         "贺建军", "市数据局",
         "市工业和信息化局、市委网信办"),
        ("推动现代服务业提质扩容。",
         "大力发展现代物流、科技服务、检验检测等生产性服务业，"
         "创建省级现代服务业集聚区2个。",
         "许晓岚", "市发展改革委",
         "市商务局、市交通运输局、市科技局"),
        ("加快文旅深度融合发展。",
         "打响“山水栾江”文旅品牌，推进栾江古城5A级景区创建，"
         "全年接待游客增长10%以上。",
         "沈文博、许晓岚", "市文化广电旅游局",
         "市委宣传部，各县（市、区）党委和政府"),
    ]),
    ("三、深入实施创新驱动发展战略，培育发展新质生产力（3项）", [
        ("强化企业科技创新主体地位。",
         "实施科技型企业梯次培育行动，高新技术企业净增60家，"
         "全社会研发经费投入强度达到2.3%。",
         "罗明辉", "市科技局",
         "市工业和信息化局、市财政局、市税务局"),
        ("建设高能级创新平台。",
         "推动栾江实验室实体化运行，新建省级以上研发平台10个，"
         "促进科技成果就地转化。",
         "罗明辉", "市科技局、栾江高新区管委会",
         "市发展改革委"),
        ("深化人才引育留用。",
         "深入实施“栾江英才”计划，全年引进高层次人才300名、"
         "大学毕业生1.5万名，建设青年发展型城市。",
         "邓海川", "市委组织部（市委人才办）",
         "市人力资源社会保障局、市教育局、市科技局"),
    ]),
    ("四、持续深化改革扩大开放，不断增强发展动力活力（4项）", [
        ("深化国资国企改革。",
         "推动市属国有企业战略性重组和专业化整合，"
         "完成市场化经营机制改革，国有资本向主责主业集中。",
         "郑国栋", "市国资委",
         "市财政局"),
        ("持续优化营商环境。",
         "深化“高效办成一件事”改革，推进涉企行政检查规范化，"
         "营商环境评价保持全省第一方阵。",
         "林志远", "市发展改革委、市政务服务管理局",
         "市市场监管局、市司法局，市直各有关单位"),
        ("促进民营经济发展壮大。",
         "落实支持民营经济发展各项政策，健全政企常态化沟通交流机制，"
         "开展拖欠企业账款清理专项行动。",
         "贺建军", "市委统战部、市工业和信息化局",
         "市工商联、市市场监管局"),
        ("深化财税金融改革。",
         "推进零基预算改革，加强财政资源统筹；"
         "扩大普惠小微贷款投放，全年新增各项贷款300亿元。",
         "郑国栋", "市财政局",
         "市委金融办、中国人民银行栾江市分行、国家金融监督管理总局栾江监管分局"),
    ]),
    ("五、统筹推进乡村全面振兴和新型城镇化，促进城乡融合发展（5项）", [
        ("扛稳粮食安全责任。",
         "严守耕地保护红线，新建高标准农田12万亩，"
         "粮食播种面积稳定在260万亩以上、总产稳定在20亿斤以上。",
         "唐思源", "市农业农村局",
         "市发展改革委、市水利局、市自然资源和规划局"),
        ("发展乡村特色产业。",
         "做优茶叶、中药材、生态养殖等特色产业，"
         "新培育市级以上农业产业化龙头企业20家。",
         "唐思源", "市农业农村局",
         "市商务局、市市场监管局"),
        ("建设宜居宜业和美乡村。",
         "深入推进农村人居环境整治提升，"
         "农村卫生厕所普及率达到85%，建成和美乡村示范村60个。",
         "唐思源", "市农业农村局",
         "市住房城乡建设局、市生态环境局、市交通运输局，各县（市、区）党委和政府"),
        ("推进以人为本的新型城镇化。",
         "实施城市更新行动，改造城镇老旧小区80个、城中村1800户，"
         "推进农业转移人口市民化。",
         "郑国栋、韦佳", "市住房城乡建设局",
         "市发展改革委、市公安局、市城管执法局"),
        ("巩固拓展脱贫攻坚成果。",
         "健全防止返贫致贫监测和帮扶机制，确保不发生规模性返贫致贫。",
         "唐思源", "市农业农村局", None),
    ]),
    ("六、加快推动发展方式绿色转型，建设美丽栾江（3项）", [
        ("深入打好污染防治攻坚战。",
         "持续推进蓝天、碧水、净土保卫战，"
         "PM2.5平均浓度控制在32微克/立方米以内，国省控断面水质优良率保持100%。",
         "韦佳", "市生态环境局",
         "市住房城乡建设局、市农业农村局、市城管执法局、市水利局"),
        ("积极稳妥推进碳达峰碳中和。",
         "推动能耗双控逐步转向碳排放双控，"
         "新增光伏装机容量40万千瓦，培育绿色工厂10家。",
         "贺建军、韦佳", "市发展改革委",
         "市工业和信息化局、市生态环境局"),
        ("加强生态保护修复。",
         "统筹山水林田湖草沙一体化保护和系统治理，"
         "完成营造林5万亩，全面落实河湖长制、林长制。",
         "韦佳", "市自然资源和规划局、市林业局",
         "市水利局、市生态环境局"),
    ]),
    ("七、着力保障和改善民生，不断增进人民福祉（4项）", [
        ("稳定和扩大就业。",
         "落实就业优先政策，城镇新增就业4.2万人，"
         "城镇调查失业率控制在5.5%以内。",
         "罗明辉", "市人力资源社会保障局",
         "市教育局、市农业农村局、市总工会、团市委"),
        ("办好人民满意的教育。",
         "新建改扩建中小学、幼儿园25所，"
         "推进义务教育优质均衡发展，加快职业教育产教融合。",
         "罗明辉", "市教育局",
         "市发展改革委、市财政局"),
        ("推进健康栾江建设。",
         "深化紧密型县域医共体建设，推进市级区域医疗中心建设，"
         "落实医保支付方式改革。",
         "罗明辉", "市卫生健康委",
         "市医保局、市市场监管局"),
        ("健全多层次社会保障体系。",
         "推进全民参保计划，发展普惠托育和社区居家养老服务，"
         "新增养老床位1200张。",
         "罗明辉", "市人力资源社会保障局、市民政局",
         "市医保局、市残联"),
    ]),
    ("八、统筹高质量发展和高水平安全，维护社会大局稳定（3项）", [
        ("抓好安全生产和防灾减灾。",
         "深入开展安全生产治本攻坚三年行动，"
         "坚决遏制较大及以上生产安全事故发生。",
         "曹立新、郑国栋", "市应急管理局",
         "市安委会各成员单位"),
        ("防范化解重点领域风险。",
         "稳妥处置房地产、地方债务、中小金融机构等领域风险，"
         "坚决守住不发生系统性风险底线。",
         "郑国栋", "市委金融办、市住房城乡建设局",
         "市财政局、市信访局"),
        ("推进更高水平的平安栾江建设。",
         "坚持和发展新时代“枫桥经验”，深化矛盾纠纷排查化解，"
         "推进社会治安整体防控体系建设。",
         "曹立新", "市委政法委",
         "市公安局、市委社会工作部、市信访局、市司法局"),
    ]),
    ("九、坚持和加强党的全面领导，以高质量党建引领保障高质量发展（2项）", [
        ("深入推进全面从严治党。",
         "锲而不舍落实中央八项规定精神，深化整治群众身边不正之风和腐败问题，"
         "一体推进不敢腐、不能腐、不想腐。",
         "方少华", "市纪委监委机关",
         "市委组织部、市委宣传部"),
        ("持续整治形式主义为基层减负。",
         "严格控制文件、会议和督查检查考核总量，"
         "规范政务应用程序管理，让基层干部有更多精力抓落实。",
         "周永清", "市委办公室、市委组织部",
         "市政府办公室"),
    ]),
]

n = 0
for head, tasks in PARTS:
    para(head, HT)
    for lead, body, ldr, qt, zr in tasks:
        n += 1
        p = para()
        run(p, "%d．%s" % (n, lead), FS, 16, bold=True)
        run(p, body)
        if zr:
            clause = "（牵头市领导：%s；牵头单位：%s；责任单位：%s）" % (ldr, qt, zr)
        else:
            clause = "（牵头市领导：%s；牵头单位：%s）" % (ldr, qt)
        run(p, clause, KT)

# ---------- 版记 ----------
para("")
para("")
bj = doc.add_table(rows=2, cols=1)
bj.alignment = WD_TABLE_ALIGNMENT.CENTER
tblPr = bj._tbl.tblPr
b = OxmlElement("w:tblBorders")
for e, v, sz in (("top", "single", "8"), ("left", "nil", None),
                 ("bottom", "single", "8"), ("right", "nil", None),
                 ("insideH", "single", "4"), ("insideV", "nil", None)):
    x = OxmlElement("w:" + e)
    x.set(qn("w:val"), v)
    if sz:
        x.set(qn("w:sz"), sz)
        x.set(qn("w:space"), "0")
        x.set(qn("w:color"), "000000")
    b.append(x)
tblPr.append(b)
c = bj.cell(0, 0)
p = cell_para(c, "抄送：市委各常委，市人大常委会、市政府、市政协领导同志，"
              "市纪委监委，市中级人民法院，市人民检察院，栾江军分区。", FS, 14)
p.paragraph_format.left_indent = Pt(14)
p.paragraph_format.right_indent = Pt(14)
p.paragraph_format.first_line_indent = Pt(-42)
p.paragraph_format.left_indent = Pt(56)
c = bj.cell(1, 0)
p = cell_para(c, "中共栾江市委办公室　　　　　　　　　　2025年1月17日印发", FS, 14)
p.paragraph_format.left_indent = Pt(14)

doc.core_properties.author = "市委办公室"
doc.core_properties.title = ""
doc.save(OUT)
print(OUT, n)
