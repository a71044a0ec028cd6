#!/usr/bin/python3
"""Generate 282_lanjiang_zfgzbg_fengong.docx (岚江省, invented) with python-docx."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "282_lanjiang_zfgzbg_fengong.docx")

def set_font(run, name="仿宋_GB2312", size=16, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts"); rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), name)

def para(doc_or_cell, text, name="仿宋_GB2312", size=16, bold=False, align=None, indent=True, first=False):
    if first:
        p = doc_or_cell.paragraphs[0]
    else:
        p = doc_or_cell.add_paragraph()
    if text:
        set_font(p.add_run(text), name, size, bold)
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    return p

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
from docx.shared import RGBColor
para(doc, "岚江省人民政府办公厅文件", "方正小标宋简体", 36, align=C, indent=False).runs[0].font.color.rgb = RGBColor(0xE6, 0, 0)
para(doc, "", indent=False)
para(doc, "岚政办发〔2025〕7号", align=C, indent=False)
para(doc, "", indent=False)
para(doc, "岚江省人民政府办公厅关于印发2025年《政府工作报告》", "方正小标宋简体", 22, align=C, indent=False)
para(doc, "重点工作任务分工方案的通知", "方正小标宋简体", 22, align=C, indent=False)
para(doc, "", indent=False)
para(doc, "各市人民政府，省政府各部门、各直属机构：", indent=False)
para(doc, "《2025年〈政府工作报告〉重点工作任务分工方案》已经省人民政府同意，现印发给你们，请结合实际认真贯彻落实。")
para(doc, "一、强化责任落实。各地、各部门要把落实《政府工作报告》作为全年工作的重中之重，对照分工方案细化工作举措，逐项明确责任领导、责任人和时间节点，确保各项任务按期保质完成。")
para(doc, "二、加强协调配合。涉及多个单位的工作，牵头单位要主动履职、统筹推进，责任单位要密切配合、协同发力，防止推诿扯皮。")
para(doc, "三、严格督查考核。各牵头单位于每季度末月25日前将工作进展情况报送省政府督查室。省政府督查室要加强跟踪督办，督查结果纳入年度综合考核。")
para(doc, "")
para(doc, "附件：2025年《政府工作报告》重点工作任务分工方案")
para(doc, "")
para(doc, "岚江省人民政府办公厅", align=R, indent=False).paragraph_format.right_indent = Pt(64)
para(doc, "2025年3月12日", align=R, indent=False).paragraph_format.right_indent = Pt(80)
para(doc, "（此件公开发布）")

# attachment in a landscape section
s2 = doc.add_section(WD_SECTION.NEW_PAGE)
s2.orientation = WD_ORIENT.LANDSCAPE
s2.page_width, s2.page_height = Cm(29.7), Cm(21)
s2.top_margin, s2.bottom_margin = Cm(2.6), Cm(2.4)
s2.left_margin, s2.right_margin = Cm(3.0), Cm(2.6)
para(doc, "附件", "黑体", 16, indent=False)
para(doc, "2025年《政府工作报告》重点工作任务分工方案", "方正小标宋简体", 22, align=C, indent=False)
para(doc, "")
para(doc, "为推动2025年《政府工作报告》确定的各项目标任务落地见效，现将重点工作任务分解如下。")
para(doc, "说明：表中“牵头单位”负责统筹推进该项工作，对任务落实负总责；“责任单位”为配合单位，按职责分工配合牵头单位抓好落实。牵头单位有两个的，均为牵头单位，排在第一位的负责召集协调。")

# rows: ("cat", text) or (no, [work paras], lead, [resp paras], deadline)
ROWS = [
("cat", "一、扩大有效需求（6项）"),
(1, ["全力提振消费。实施提振消费专项行动，持续开展“岚品岚购”系列促消费活动，全年社会消费品零售总额增长5%以上。"], "省商务厅",
    ["省发展改革委、省财政厅、省文化和旅游厅、", "省市场监管局、各市人民政府"], "2025年12月底"),
(2, ["加力推进消费品以旧换新。用好中央和省级资金，扩大汽车、家电、电动自行车等以旧换新支持范围。", "完善废旧物资回收网络，培育一批回收利用骨干企业。"],
    "省商务厅、省发展改革委", ["省财政厅、省工业和信息化厅、省生态环境厅"], "持续推进"),
(3, ["扩大有效投资。全年实施省重点项目1200个以上，完成年度投资4500亿元以上。"], "省发展改革委",
    ["省自然资源厅、省生态环境厅、省住房城乡建设厅、省交通运输厅、省水利厅"], "2025年12月底"),
(4, ["加快专项债券发行使用。争取新增专项债券额度增长10%以上，加快资金拨付，提高资金使用效益。"], "省财政厅",
    ["省发展改革委、各市人民政府"], "2025年10月底前"),
(5, ["推进重大交通基础设施建设。加快岚州至汤平高铁、澄湖港区三期等项目建设，新开工高速公路3条。"], "省交通运输厅",
    ["省发展改革委、省自然资源厅、省财政厅", "省铁路建设投资集团、各市人民政府"], "2025年12月底"),
(6, ["激发民间投资活力。建立向民间资本推介项目常态化机制，全年推介项目总投资1000亿元以上。"], "省发展改革委",
    ["省工业和信息化厅、省国资委、省工商联"], "2025年12月底"),
("cat", "二、推进产业转型升级（5项）"),
(7, ["实施制造业重点产业链高质量发展行动。做强新能源汽车、新型储能、绿色石化等8条重点产业链，规模以上工业增加值增长6.5%。"], "省工业和信息化厅",
    ["省发展改革委、省科技厅、省统计局"], "2025年12月底"),
(8, ["培育发展新兴产业和未来产业。布局低空经济、人形机器人、生物制造等未来产业赛道。", "新认定省级战略性新兴产业集群5个。"],
    "省发展改革委、省工业和信息化厅", ["省科技厅、省财政厅"], "2025年12月底"),
(9, ["推进数字岚江建设。实施“人工智能+”行动，新建5G基站1.2万个，培育数据要素型企业100家。"], "省数据局",
    ["省委网信办、省通信管理局、省工业和信息化厅"], "2025年12月底"),
(10, ["提升科技创新能力。研发经费投入强度达到2.6%，新增高新技术企业1500家。", "推动岚江实验室建设运行，争创全国重点实验室2家。"], "省科技厅",
    ["省财政厅、省教育厅、省统计局、", "国家税务总局岚江省税务局"], "2025年12月底"),
(11, ["推动金融更好服务实体经济。支持企业上市挂牌，全年新增境内外上市公司6家以上。"], "省委金融办（省地方金融管理局）",
    ["人民银行岚江省分行、岚江金融监管局、岚江证监局"], "持续推进"),
("cat", "三、深化改革开放（5项）"),
(12, ["深化国资国企改革。高质量完成国有企业改革深化提升行动，推动省属企业战略性重组和专业化整合。"], "省国资委",
    ["省财政厅、省人力资源社会保障厅"], "2025年11月底前"),
(13, ["持续优化营商环境。开展规范涉企执法专项行动，全面推行“高效办成一件事”，依法清理拖欠企业账款。"], "省发展改革委、省司法厅",
    ["省政务服务管理局、省市场监管局、", "省工业和信息化厅、各市人民政府"], "持续推进"),
(14, ["加快融入全国统一大市场。全面清理废止妨碍统一市场和公平竞争的政策措施。"], "省市场监管局",
    ["省发展改革委、省司法厅"], "2025年9月底前"),
(15, ["稳外贸稳外资。支持企业开拓多元化市场，外贸进出口保持稳定增长，全年实际使用外资25亿美元以上。", "高水平建设岚江综合保税区。"], "省商务厅",
    ["岚江海关、省发展改革委、人民银行岚江省分行"], "2025年12月底"),
(16, ["深化财税体制改革。推进零基预算改革，加强财政资源统筹，严格政府债务管理。"], "省财政厅",
    [""], "2025年12月底"),
("cat", "四、推进乡村振兴和城乡融合发展（4项）"),
(17, ["稳定粮食生产。粮食播种面积稳定在4800万亩以上，总产量保持在320亿斤以上。"], "省农业农村厅",
    ["省发展改革委、省自然资源厅、省水利厅、省粮食和储备局"], "2025年10月底前"),
(18, ["巩固拓展脱贫攻坚成果。健全防止返贫致贫监测和帮扶机制，脱贫人口务工规模稳定在90万人以上。"], "省农业农村厅",
    ["省人力资源社会保障厅、省民政厅、省医保局"], "持续推进"),
(19, ["推进以人为本的新型城镇化。推动农业转移人口市民化，常住人口城镇化率提高1个百分点。"], "省发展改革委、省公安厅",
    ["省住房城乡建设厅、省教育厅、省人力资源社会保障厅"], "2025年12月底"),
(20, ["实施城市更新行动。新开工改造城镇老旧小区1100个、城中村改造项目30个。", "推动房地产市场止跌回稳，有序推进收购存量商品房用作保障性住房。"], "省住房城乡建设厅",
    ["省自然资源厅、省财政厅、各市人民政府"], "2025年11月底前"),
("cat", "五、加强生态环境保护（3项）"),
(21, ["深入打好污染防治攻坚战。设区市PM2.5平均浓度控制在31微克/立方米以内，国控断面水质优良比例保持在95%以上。"], "省生态环境厅",
    ["省发展改革委、省工业和信息化厅、省住房城乡建设厅、", "省交通运输厅、省农业农村厅、省水利厅"], "2025年12月底"),
(22, ["积极稳妥推进碳达峰碳中和。全年新增新能源装机500万千瓦以上。"], "省发展改革委、省能源局",
    ["省生态环境厅、省工业和信息化厅"], "2025年12月底"),
(23, ["加强生态保护修复。完成国土绿化面积60万亩，推进岚江干流生态廊道建设。"], "省林业局",
    ["省自然资源厅、省水利厅"], "2025年12月底"),
("cat", "六、保障和改善民生（5项）"),
(24, ["多措并举稳就业促增收。城镇新增就业45万人，城镇调查失业率控制在5.5%以内。"], "省人力资源社会保障厅",
    ["省教育厅、省财政厅、省退役军人事务厅、各市人民政府"], "2025年12月底"),
(25, ["办好人民满意的教育。新建改扩建公办幼儿园120所，逐步推行免费学前教育。", "推进职业教育产教融合，建设市域产教联合体10个。"], "省教育厅",
    ["省发展改革委、省财政厅"], "2025年8月底前"),
(26, ["提升医疗卫生服务能力。推进紧密型县域医共体建设，争创国家区域医疗中心1个。"], "省卫生健康委",
    ["省医保局、省发展改革委、省财政厅"], "2025年12月底"),
(27, ["健全社会保障体系。城乡居民基础养老金最低标准提高20元，推进基本医疗保险省级统筹。"], "省人力资源社会保障厅、省医保局",
    ["省财政厅、省民政厅、国家税务总局岚江省税务局"], "2025年12月底"),
(28, ["统筹发展和安全。开展安全生产治本攻坚三年行动，坚决遏制重特大生产安全事故发生。"], "省应急管理厅",
    ["省公安厅、省交通运输厅、省住房城乡建设厅、", "省消防救援总队、各市人民政府"], "持续推进"),
]

def cell_text(cell, paras, center=False, size=12):
    for i, t in enumerate(paras):
        p = para(cell, t, size=size, indent=False, first=(i == 0),
                 align=(C if center else WD_ALIGN_PARAGRAPH.LEFT))

widths = [Cm(1.3), Cm(10.6), Cm(3.8), Cm(5.6), Cm(2.8)]
table = doc.add_table(rows=1, cols=5)
table.style = "Table Grid"
table.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = table.rows[0]
trPr = hdr._tr.get_or_add_trPr()
th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trPr.append(th)
for c, t in zip(hdr.cells, ["序号", "重点工作", "牵头单位", "责任单位", "完成时限"]):
    p = c.paragraphs[0]; p.alignment = C
    set_font(p.add_run(t), "黑体", 12)
for r in ROWS:
    row = table.add_row()
    cs = OxmlElement("w:cantSplit"); row._tr.get_or_add_trPr().append(cs)
    if r[0] == "cat":
        m = row.cells[0].merge(row.cells[4])
        p = m.paragraphs[0]
        set_font(p.add_run(r[1]), "黑体", 12)
        continue
    no, work, lead, resp, dl = r
    cells = row.cells
    cell_text(cells[0], [str(no)], center=True)
    cell_text(cells[1], work)
    cell_text(cells[2], [lead], center=True)
    cell_text(cells[3], resp)
    cell_text(cells[4], [dl], center=True)
for row in table.rows:
    for c, w in zip(row.cells, widths):
        c.width = w

para(doc, "")
para(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院。", size=14, indent=False)
para(doc, "岚江省人民政府办公厅　　　　　　　　　　　　　　2025年3月13日印发", size=14, indent=False)
doc.save(OUT)
print("wrote", OUT)
