#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 93, notice 475 (control case): a 县人民政府办公室 notice dividing the
县政府工作报告's key tasks, the division as a Word table in its 附件.
Ordinary GB/T 9704 layout: portrait body, landscape attachment section,
table 序号 | 工作任务 | 责任县领导 | 牵头单位 | 配合单位 | 完成时限, category rows
merged across, leaders merged down over runs of tasks, header repeated per page."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

NAME = "475_jingtao_xian_gzbg_renwu_fenjie_biao.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), name)
    rf.set(qn("w:ascii"), name)
    rf.set(qn("w:hAnsi"), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None,
         indent=True, line=28.95, before=0, after=0, color=None):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    if line:
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def add_runs(p, parts, size=16):
    for text, font in parts:
        r = p.add_run(text)
        set_font(r, font, size)


def page_number_footer(section):
    footer = section.footer
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "separate")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = " PAGE "
        r._element.append(el)
    r2 = p.add_run("1")
    set_font(r2, "宋体", 14)
    r3 = p.add_run()
    set_font(r3, "宋体", 14)
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), "end")
    r3._element.append(el)
    r4 = p.add_run(" —")
    set_font(r4, "宋体", 14)


def bottom_border(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_bottom_border(p, sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        bdr.append(b)
    ppr.append(bdr)


doc = Document()
st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

sec = doc.sections[0]
sec.page_width = Cm(21.0)
sec.page_height = Cm(29.7)
sec.top_margin = Cm(3.7)
sec.bottom_margin = Cm(3.5)
sec.left_margin = Cm(2.8)
sec.right_margin = Cm(2.6)
sec.footer_distance = Cm(2.5)
page_number_footer(sec)

# ---------------------------------------------------------------- 版头
p = para(doc, "泾涛县人民政府办公室文件", XBS, 40, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=None, before=36, after=24, color="FF0000")
p = para(doc, "", indent=False, line=None)
p = para(doc, "泾政办发〔2025〕5号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, after=6)
bottom_border(p)
para(doc, "", indent=False)

# ---------------------------------------------------------------- 标题
para(doc, "泾涛县人民政府办公室", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER,
     indent=False, line=35)
para(doc, "关于分解落实2025年县政府工作报告", XBS, 22,
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
para(doc, "重点工作任务的通知", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER,
     indent=False, line=35)
para(doc, "", indent=False)

# ---------------------------------------------------------------- 主送、正文
para(doc, "各乡镇人民政府、街道办事处，县政府各部门，县直各单位：", indent=False)
para(doc, "泾涛县第十八届人民代表大会第五次会议审议通过的《政府工作报告》，"
          "明确了2025年全县经济社会发展的主要目标和重点任务。为确保各项目标任务"
          "落到实处，经县政府同意，现将《政府工作报告》确定的重点工作任务分解落实"
          "到各责任县领导和责任单位（详见附件），并就有关事项通知如下。")
para(doc, "一、提高思想认识", HT)
para(doc, "各乡镇（街道）、各部门要把落实《政府工作报告》作为践行“两个维护”、"
          "推动高质量发展的具体行动，坚持目标导向、问题导向和结果导向，"
          "对照任务分解表，逐项制定具体落实方案，明确时间表、路线图，"
          "确保各项工作早谋划、早部署、早见效。")
para(doc, "二、压实工作责任", HT)
para(doc, "各责任县领导要加强对分管领域重点工作的统筹调度，及时研究解决推进中的"
          "重大问题。牵头单位对所牵头的任务负总责，主要负责同志为第一责任人，"
          "要主动加强与配合单位的沟通协调；牵头单位有两个的，由排在前面的单位负责"
          "汇总报送进展情况。配合单位要按照职责分工积极支持配合，形成工作合力。"
          "涉及乡镇（街道）的工作，各乡镇（街道）要按照属地职责抓好落实。")
para(doc, "三、强化督查考核", HT)
para(doc, "县政府督查室将对重点工作任务落实情况实行清单化管理、台账式推进，"
          "定期开展跟踪督查。各牵头单位须于每季度末月25日前将工作进展情况"
          "（含电子版）报送县政府督查室，全年工作完成情况于12月10日前报送。"
          "督查结果纳入年度综合考核，对工作推进不力、未按时限完成任务的，"
          "按照有关规定予以通报、问责。")
p = para(doc, "", indent=True)
p = para(doc, "联系人：吴晓燕，联系电话：6812035，电子邮箱：jtxdcs@163.com。")
para(doc, "")
p = para(doc, "附件：泾涛县2025年县政府工作报告重点工作任务分解表", indent=True)
para(doc, "")
para(doc, "")
para(doc, "")
p = para(doc, "泾涛县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Pt(64)
p = para(doc, "2025年2月26日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Pt(80)
para(doc, "（此件公开发布）", indent=True)

# ---------------------------------------------------------------- 附件（横向）
sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
sec2.orientation = WD_ORIENT.LANDSCAPE
sec2.page_width = Cm(29.7)
sec2.page_height = Cm(21.0)
sec2.top_margin = Cm(2.8)
sec2.bottom_margin = Cm(2.6)
sec2.left_margin = Cm(3.0)
sec2.right_margin = Cm(2.8)

para(doc, "附件", HT, 16, indent=False, line=28)
para(doc, "泾涛县2025年县政府工作报告重点工作任务分解表", XBS, 22,
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, after=12)

HEAD = ["序号", "工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]
WIDTHS = [Cm(1.2), Cm(9.6), Cm(2.2), Cm(3.4), Cm(4.9), Cm(2.6)]

# (category heading) or (no, task, leader-key, lead, helpers, deadline)
# leader-key: rows that share the same key in a run are merged down.
ROWS = [
    ("一、着力扩大有效需求，推动经济持续回升向好",),
    (1, "全力抓项目稳投资。全年实施县级重点项目126个，完成投资92亿元以上，"
        "新开工亿元以上项目30个以上，竣工投产项目25个以上，固定资产投资增长6%。",
     "韩建平", "县发展和改革局",
     "县财政局、县自然资源和规划局、县住房和城乡建设局、各乡镇（街道）", "2025年12月底"),
    (2, "积极争取上级政策资金。紧盯超长期特别国债、地方政府专项债券和中央预算内"
        "投资等政策方向，谋划储备项目150个以上，全年争取上级资金18亿元以上。",
     "韩建平", "县发展和改革局、县财政局", "县直各有关单位", "2025年12月底"),
    (3, "持续深化招商引资。坚持“一把手”招商，开展产业链精准招商和以商招商，"
        "全年新签约亿元以上项目40个，实际到位县外资金65亿元以上。",
     "钱文博", "县投资促进中心", "县经济开发区管委会、县工业和信息化局、县商务局",
     "2025年12月底"),
    (4, "全面提振消费。落实消费品以旧换新政策，办好“泾彩消费季”系列促消费活动"
        "20场以上，培育夜间消费集聚区2个，社会消费品零售总额增长5.5%。",
     "孙晓峰", "县商务局", "县财政局、县市场监督管理局、县文化和旅游局", "2025年12月底"),
    (5, "促进房地产市场平稳健康发展。因城施策优化住房公积金、购房补贴等支持政策，"
        "推进保交房工作，完成城中村改造安置房建设480套。",
     "孙晓峰", "县住房和城乡建设局", "县自然资源和规划局、县财政局、县住房公积金管理中心",
     "2025年12月底"),

    ("二、着力壮大实体经济，加快构建现代化产业体系",),
    (6, "推动工业提质增效。实施“工业强县”三年行动，新增规模以上工业企业18家，"
        "规模以上工业增加值增长7.5%，工业技改投资增长10%以上。",
     "钱文博", "县工业和信息化局", "县发展和改革局、县统计局、县经济开发区管委会",
     "2025年12月底"),
    (7, "提升园区承载能力。推进县经济开发区扩区调区，建成标准化厂房12万平方米，"
        "完成园区污水处理厂提标改造，亩均税收提高到18万元以上。",
     "钱文博", "县经济开发区管委会",
     "县自然资源和规划局、县住房和城乡建设局、市生态环境局泾涛分局", "2025年11月底"),
    (8, "加大优质企业培育力度。新认定省级专精特新中小企业8家、高新技术企业12家，"
        "全社会研发经费投入强度达到2.1%。",
     "郑雅琴", "县科学技术局", "县工业和信息化局、县市场监督管理局", "2025年12月底"),
    (9, "加快发展数字经济。新建5G基站260个，推动120家企业上云用数赋智，"
        "建成县级城市运行管理服务平台。",
     "郑雅琴", "县工业和信息化局", "县数据局、县城市管理局", "2025年10月底"),
    (10, "推动文旅融合发展。推进泾河古镇4A级景区创建，新增精品民宿30家，"
         "全年接待游客520万人次，旅游综合收入增长12%。",
     "刘丹", "县文化和旅游局", "县自然资源和规划局、县交通运输局、泾河镇人民政府",
     "2025年12月底"),
    (11, "提升现代物流水平。推进县城冷链物流中心二期建设，健全县乡村三级寄递物流"
         "体系，快递业务量增长15%。",
     "刘丹", "县商务局", "县交通运输局、县邮政管理局", "2025年9月底"),

    ("三、着力推进乡村全面振兴，加快建设农业强县",),
    (12, "坚决扛牢粮食安全责任。严守耕地保护红线，新建高标准农田3.6万亩，"
         "粮食播种面积稳定在68万亩以上，总产量稳定在2.9亿公斤以上。",
     "马国栋", "县农业农村局", "县自然资源和规划局、县水利局、县财政局、各乡镇（街道）",
     "2025年12月底"),
    (13, "巩固拓展脱贫攻坚成果。健全防止返贫监测帮扶机制，落实各项帮扶政策，"
         "脱贫人口人均纯收入增长10%以上，确保不发生规模性返贫致贫。",
     "马国栋", "县乡村振兴服务中心", "县民政局、县人力资源和社会保障局、县医疗保障局",
     "持续推进"),
    (14, "做强特色产业。做大茶叶、中药材、生态养殖三大主导产业，新增市级以上农业"
         "产业化龙头企业5家，新认证“两品一标”农产品10个。",
     "马国栋", "县农业农村局", "县林业局、县市场监督管理局", "2025年12月底"),
    (15, "建设宜居宜业和美乡村。完成农村户厕改造2100户，新建改造农村公路85公里，"
         "打造和美乡村示范村15个。",
     "马国栋", "县农业农村局", "县交通运输局、县住房和城乡建设局、县卫生健康局、"
                            "市生态环境局泾涛分局", "2025年11月底"),
    (16, "深化农村改革。稳妥推进第二轮土地承包到期后再延长三十年试点，"
         "发展壮大新型农村集体经济，集体经营性收入10万元以上的村占比达到60%。",
     "马国栋", "县农业农村局", "县委组织部、县财政局", "2025年12月底"),

    ("四、着力深化改革开放，持续激发发展活力",),
    (17, "持续优化营商环境。深化“高效办成一件事”改革，推出集成办事事项20项以上，"
         "政务服务事项网上可办率达到95%以上。",
     "韩建平", "县政务服务中心", "县发展和改革局、县数据局、县直各有关单位", "2025年12月底"),
    (18, "深化国资国企改革。推动县属国有企业整合重组和市场化转型，"
         "县城投集团实现经营性收入4.5亿元。",
     "韩建平", "县财政局（县国资办）", "县城投集团", "2025年12月底"),
    (19, "促进民营经济发展壮大。落实支持民营经济发展政策措施，开展政银企对接活动"
         "10场以上，新增普惠小微贷款12亿元。",
     "孙晓峰", "县发展和改革局", "县工商业联合会、县金融服务中心、人民银行泾涛县支行",
     "2025年12月底"),
    (20, "推动外贸稳规模优结构。支持企业参加境内外展会30场次，培育外贸实绩企业"
         "8家，进出口总额增长8%。",
     "孙晓峰", "县商务局", "", "2025年12月底"),

    ("五、着力推进城乡融合，加强生态文明建设",),
    (21, "实施城市更新行动。改造老旧小区32个、背街小巷18条，新建城市口袋公园6个，"
         "新增停车泊位1200个。",
     "郑雅琴", "县住房和城乡建设局", "县城市管理局、县自然资源和规划局、城关街道办事处",
     "2025年11月底"),
    (22, "完善综合交通网络。加快推进泾临高速泾涛段建设，完成国道235线改建工程，"
         "开通城乡公交线路4条。",
     "郑雅琴", "县交通运输局", "县自然资源和规划局、县公安局", "2025年12月底"),
    (23, "加强水利基础设施建设。推进泾河干流防洪治理工程，完成3座小型水库除险加固，"
         "农村自来水普及率达到93%。",
     "马国栋", "县水利局", "", "2025年10月底"),
    (24, "深入打好污染防治攻坚战。细颗粒物平均浓度控制在32微克/立方米以内，"
         "国考断面水质优良比例保持100%，受污染耕地安全利用率达到93%以上。",
     "马国栋", "市生态环境局泾涛分局",
     "县住房和城乡建设局、县农业农村局、县城市管理局、各乡镇（街道）", "2025年12月底"),
    (25, "全面推行林长制。完成人工造林1.2万亩、森林抚育3万亩，"
         "森林覆盖率稳定在64%以上。",
     "马国栋", "县林业局", "各乡镇（街道）", "2025年12月底"),

    ("六、着力保障和改善民生，提升群众获得感幸福感",),
    (26, "稳定和扩大就业。城镇新增就业3600人，城镇调查失业率控制在5.5%以内，"
         "开展职业技能培训5000人次。",
     "刘丹", "县人力资源和社会保障局", "县教育局、县农业农村局", "2025年12月底"),
    (27, "推进教育优质均衡发展。建成县第三实验小学、城东幼儿园，新增学位2400个，"
         "深化集团化办学改革。",
     "刘丹", "县教育局", "县发展和改革局、县财政局、县住房和城乡建设局", "2025年8月底"),
    (28, "提升医疗卫生服务能力。推进紧密型县域医共体建设，县人民医院新院区投入使用，"
         "县域内就诊率达到90%以上。",
     "刘丹", "县卫生健康局", "县医疗保障局", "2025年12月底"),
    (29, "健全养老服务体系。新建乡镇区域养老服务中心3个、社区嵌入式养老服务站8个，"
         "提高特困人员供养标准。",
     "刘丹", "县民政局", "县财政局、县卫生健康局、各乡镇（街道）", "2025年12月底"),
    (30, "繁荣发展文化体育事业。新建城市书房5个，举办全民健身赛事活动50场次以上，"
         "完成县文化馆提升改造。",
     "刘丹", "县文化和旅游局", "县教育局", "2025年12月底"),

    ("七、着力统筹发展和安全，全面加强政府自身建设",),
    (31, "抓好安全生产和防灾减灾。深化安全生产治本攻坚三年行动，"
         "开展重点行业领域隐患排查整治，确保不发生较大以上生产安全事故。",
     "韩建平、郑雅琴", "县应急管理局", "县安委会各成员单位、各乡镇（街道）", "持续推进"),
    (32, "提升社会治理水平。深化信访工作法治化，推进矛盾纠纷多元化解，"
         "常态化开展扫黑除恶斗争，建设更高水平平安泾涛。",
     "陈永胜", "县公安局、县司法局", "县信访局、各乡镇（街道）", "持续推进"),
    (33, "加强政府自身建设。严格落实重大行政决策程序，自觉接受人大法律监督、"
         "政协民主监督，办理人大代表建议和政协委员提案办结率100%。",
     "周立新", "县人民政府办公室", "县司法局、县审计局、县政府各部门", "2025年10月底"),
]


def set_cell_width(cell, w):
    cell.width = w
    tcpr = cell._tc.get_or_add_tcPr()
    tcw = tcpr.find(qn("w:tcW"))
    if tcw is None:
        tcw = OxmlElement("w:tcW")
        tcpr.append(tcw)
    tcw.set(qn("w:w"), str(int(w.twips)))
    tcw.set(qn("w:type"), "dxa")


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing = Pt(18)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


n_rows = 1 + len(ROWS)
table = doc.add_table(rows=n_rows, cols=6)
table.style = doc.styles["Table Grid"]
table.alignment = WD_TABLE_ALIGNMENT.CENTER
table.autofit = False

hdr = table.rows[0]
trpr = hdr._tr.get_or_add_trPr()
th = OxmlElement("w:tblHeader")
trpr.append(th)
for i, h in enumerate(HEAD):
    c = hdr.cells[i]
    set_cell_width(c, WIDTHS[i])
    cell_text(c, h, HT, 12)

for ri, row in enumerate(ROWS, start=1):
    tr = table.rows[ri]
    cells = tr.cells
    for i in range(6):
        set_cell_width(cells[i], WIDTHS[i])
    if len(row) == 1:
        m = cells[0].merge(cells[5])
        cell_text(m, row[0], HT, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
        continue
    no, task, leader, lead, helpers, due = row
    cell_text(cells[0], str(no))
    cell_text(cells[1], task, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    cell_text(cells[3], lead)
    cell_text(cells[4], helpers if helpers else "—")
    cell_text(cells[5], due)

# leader column: fill and merge runs of equal leaders inside each category
ri = 1
while ri <= len(ROWS):
    row = ROWS[ri - 1]
    if len(row) == 1:
        ri += 1
        continue
    leader = row[2]
    rj = ri
    while rj + 1 <= len(ROWS) and len(ROWS[rj]) > 1 and ROWS[rj][2] == leader:
        rj += 1
    top = table.rows[ri].cells[2]
    if rj > ri:
        top = top.merge(table.rows[rj].cells[2])
    # python-docx merge keeps the (empty) paragraphs of the merged cells; keep one
    for extra in top.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    cell_text(top, leader)
    ri = rj + 1

# rows may break across pages only where Word decides; keep rows whole
for tr in table.rows[1:]:
    trpr = tr._tr.get_or_add_trPr()
    cs = OxmlElement("w:cantSplit")
    trpr.append(cs)

para(doc, "", indent=False, line=None)

# ---------------------------------------------------------------- 版记（回到纵向）
sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
sec3.orientation = WD_ORIENT.PORTRAIT
sec3.page_width = Cm(21.0)
sec3.page_height = Cm(29.7)
sec3.top_margin = Cm(3.7)
sec3.bottom_margin = Cm(3.5)
sec3.left_margin = Cm(2.8)
sec3.right_margin = Cm(2.6)
for _ in range(18):
    para(doc, "", indent=False)
p = para(doc, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院，"
              "县人武部。", FS, 14, indent=False)
p.paragraph_format.left_indent = Pt(14)
p.paragraph_format.right_indent = Pt(14)
top_bottom_border(p)
p = para(doc, "泾涛县人民政府办公室　　　　　　　　　　　2025年2月26日印发", FS, 14,
         indent=False)
p.paragraph_format.left_indent = Pt(14)
p.paragraph_format.right_indent = Pt(14)
top_bottom_border(p, 12)

doc.core_properties.author = "jtxzfb"
doc.core_properties.title = ""
doc.save(OUT)
print(OUT)
