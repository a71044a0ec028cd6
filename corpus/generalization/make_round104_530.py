#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Write 530: a 省人民政府办公厅 red-header Word notice printing the 2025年省《政府工作报告》
重点工作责任分工 as a landscape 附件 table (序号/重点工作/责任省领导/责任单位)."""
import os
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

NAME = "530_xiaoling_sheng_gzbg_zhongdian_gongzuo_zeren_fengong.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", fname=FS, size=16, align=None, indent=True, bold=False,
         line=28, color=None, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        pf.alignment = align
    if text:
        font(p.add_run(text), fname, size, bold, color)
    return p


def border_bottom(p, color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def border_top(p, color="000000", sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    b = OxmlElement("w:top")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.insert(0, b)


def page_footer(section):
    section.footer.is_linked_to_previous = False
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        r._element.append(e)
    font(p.add_run(" —"), "宋体", 14)


doc = Document()
st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)

sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
page_footer(sec)

# ---- red header ----
# (default template has no body paragraph)
para(doc, "", indent=False, line=28)
p = para(doc, "潇岭省人民政府办公厅文件", XBS, 36, WD_ALIGN_PARAGRAPH.CENTER, False,
         line=60, color="FF0000")
para(doc, "", indent=False)
para(doc, "", indent=False)
p = para(doc, "潇政办发〔2025〕5号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER, False)
border_bottom(p, "FF0000", 18, 6)
para(doc, "", indent=False)
para(doc, "潇岭省人民政府办公厅", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, line=36)
para(doc, "关于印发2025年省《政府工作报告》", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, line=36)
para(doc, "重点工作责任分工的通知", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, line=36)
para(doc, "", indent=False)
para(doc, "各市（州）人民政府，省政府各部门、各直属机构：", indent=False)

body = [
    (FS, "《政府工作报告》已经潇岭省第十四届人民代表大会第三次会议审议通过。为认真贯彻落实党中央、"
         "国务院决策部署和省委工作要求，确保省《政府工作报告》确定的目标任务落到实处，经省人民政府同意，"
         "现将《2025年省〈政府工作报告〉重点工作责任分工》（以下简称《责任分工》）印发给你们，"
         "并就有关事项通知如下。"),
    (HT, "一、提高思想认识，强化责任担当"),
    (FS, "2025年是“十四五”规划收官之年。各地、各部门要把落实省《政府工作报告》作为践行“两个维护”的"
         "具体行动，牢固树立“一盘棋”思想，坚持目标导向、问题导向、结果导向，以钉钉子精神抓好各项任务"
         "落实，确保全年目标任务圆满完成。"),
    (HT, "二、明确责任分工，加强协调配合"),
    (FS, "各项重点工作由责任省领导牵头负责。《责任分工》中列出的责任单位，排在第一位的为牵头单位，"
         "其他为配合单位。牵头单位要切实履行牵头职责，会同配合单位制定具体工作方案，明确时间表、"
         "路线图和责任人，于2025年3月15日前报省政府办公厅；配合单位要按照职责分工主动做好相关工作，"
         "形成工作合力。涉及各市（州）的工作，各市（州）人民政府要结合实际抓好落实。"),
    (HT, "三、健全工作机制，狠抓督促落实"),
    (FS, "省政府办公厅要将《责任分工》落实情况纳入省政府重点督查事项，实行清单化管理、"
         "台账式推进，定期调度通报。各牵头单位要于每季度最后一个月的20日前，将工作进展情况报送省政府"
         "办公厅，全年工作总结于12月10日前报送。对工作推进不力、进度滞后的，按照有关规定严肃问责。"),
    (HT, "四、加强政策解读，回应社会关切"),
    (FS, "各责任单位要结合工作进展，通过政府网站、新闻发布会等渠道主动发布权威信息，及时回应社会关切，"
         "为落实省《政府工作报告》营造良好舆论氛围。"),
]
for f, t in body:
    para(doc, t, f, 16)

para(doc, "", indent=False)
p = para(doc, "附件：2025年省《政府工作报告》重点工作责任分工", FS, 16)
para(doc, "", indent=False)
para(doc, "", indent=False)
para(doc, "", indent=False)
p = para(doc, "潇岭省人民政府办公厅", FS, 16, WD_ALIGN_PARAGRAPH.RIGHT, False)
p.paragraph_format.right_indent = Pt(64)
p = para(doc, "2025年2月17日", FS, 16, WD_ALIGN_PARAGRAPH.RIGHT, False)
p.paragraph_format.right_indent = Pt(80)
para(doc, "（此件公开发布）", FS, 16)

# ---- attachment: landscape ----
s2 = doc.add_section(WD_SECTION.NEW_PAGE)
s2.orientation = WD_ORIENT.LANDSCAPE
s2.page_width, s2.page_height = Cm(29.7), Cm(21)
s2.top_margin, s2.bottom_margin = Cm(2.6), Cm(2.4)
s2.left_margin, s2.right_margin = Cm(2.5), Cm(2.5)
para(doc, "附件", HT, 16, indent=False)
para(doc, "", indent=False)
para(doc, "2025年省《政府工作报告》重点工作责任分工", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False,
     line=36, after=12)

# rows: ("P", part heading) or (no, bold lead sentence, rest, leaders or None (=merged with row above), units)
R = [
    ("P", "一、全力扩大有效需求（5项）"),
    ("1", "大力提振消费。", "实施提振消费专项行动，推动汽车、家电、家装厨卫等消费品以旧换新，培育文旅、体育、养老、"
     "托育等服务消费新增长点，全年社会消费品零售总额增长5.5%左右。", ["沈立群"],
     "省商务厅、省发展改革委、省财政厅、省文化和旅游厅、省体育局、省民政厅，各市（州）人民政府"),
    ("2", "扩大有效投资。", "全年实施省级重大项目600个以上、完成年度投资4000亿元以上，用好超长期特别国债和"
     "地方政府专项债券，推动资金尽快形成实物工作量。", ["贺明远"],
     "省发展改革委、省财政厅、省自然资源厅、省生态环境厅"),
    ("3", "加力推进城市更新。", "新开工改造城镇老旧小区1200个，实施城市地下管网更新改造2000公里，"
     "新增筹集保障性租赁住房3万套（间）。", ["邵春阳"],
     "省住房城乡建设厅、省发展改革委、省财政厅"),
    ("4", "促进房地产市场止跌回稳。", "因城施策调减限制性措施，支持收购存量商品房用作保障性住房，"
     "扎实做好保交房工作。", None, "省住房城乡建设厅"),
    ("5", "稳定外贸外资基本盘。", "支持企业开拓多元市场，发展跨境电商、海外仓等新业态，"
     "全年实际使用外资增长5%以上。", ["沈立群"], "省商务厅、潇州海关、省贸促会"),
    ("P", "二、加快构建现代化产业体系（5项）"),
    ("6", "推动传统产业改造升级。", "实施制造业重点产业链高质量发展行动，规模以上工业企业技术改造投资增长8%，"
     "新增省级智能工厂30家。", ["杜宏"], "省工业和信息化厅"),
    ("7", "培育壮大新兴产业。", "聚焦新能源汽车、新型储能、生物医药、低空经济等领域，"
     "培育省级战略性新兴产业集群10个。", None, "省发展改革委、省工业和信息化厅、省科技厅"),
    ("8", "大力发展数字经济。", "新建5G基站1万个，深入实施“人工智能+”行动，数字经济核心产业增加值增长10%。",
     None, "省数据局、省工业和信息化厅、省委网信办、省通信管理局"),
    ("9", "提升现代服务业发展水平。", "推动现代物流、金融服务、研发设计等生产性服务业向专业化和价值链高端延伸，"
     "推动生活性服务业向高品质和多样化升级。", ["贺明远"],
     "省发展改革委、省商务厅、省交通运输厅、省委金融办"),
    ("10", "加快建设能源强省。", "推进抽水蓄能电站、特高压输电通道建设，全年新增新能源装机500万千瓦以上。",
     None, "省能源局"),
    ("P", "三、深入实施科教兴省战略（4项）"),
    ("11", "强化科技创新策源能力。", "推进潇岭实验室体系建设，新组建省级重点实验室15家，"
     "全社会研发经费投入强度提高0.1个百分点。", ["聂晓峰"],
     "省科技厅、省发展改革委、省教育厅、省财政厅"),
    ("12", "强化企业科技创新主体地位。", "实施高新技术企业倍增计划，高新技术企业突破8000家，"
     "科技型中小企业达到1.5万家。", None, "省科技厅、省工业和信息化厅、省税务局"),
    ("13", "办好人民满意的教育。", "新增公办幼儿园学位2万个，推进县域普通高中振兴，支持潇岭大学“双一流”建设。",
     None, "省教育厅、省发展改革委、省财政厅、省人力资源社会保障厅"),
    ("14", "建设高水平人才队伍。", "深化“潇才兴省”计划，引进培育高层次人才和急需紧缺人才，"
     "全年新增高技能人才3万人。", ["聂晓峰", "杜宏"],
     "省人力资源社会保障厅、省科技厅、省教育厅"),
    ("P", "四、全面深化改革（4项）"),
    ("15", "深化国资国企改革。", "深入实施国有企业改革深化提升行动，推动省属企业战略性重组和专业化整合。",
     ["贺明远"], "省政府国资委"),
    ("16", "促进民营经济发展壮大。", "全面落实支持民营经济发展各项政策，开展清理拖欠企业账款专项行动，"
     "健全政企常态化沟通交流机制。", None, "省发展改革委、省工业和信息化厅、省市场监管局、省工商联"),
    ("17", "持续优化营商环境。", "深化“高效办成一件事”改革，规范涉企行政检查，推动营商环境评价指标"
     "整体进入全国前列。", None, "省政府办公厅、省发展改革委、省司法厅、省市场监管局"),
    ("18", "深化财税金融改革。", "推进预算管理一体化，稳妥推进地方中小金融机构改革化险，"
     "提升金融服务实体经济质效。", None,
     "省财政厅、省委金融办、人民银行潇岭省分行、潇岭金融监管局"),
    ("P", "五、扎实推进乡村全面振兴（4项）"),
    ("19", "确保粮食和重要农产品稳定安全供给。", "稳定粮食播种面积4500万亩以上，新建高标准农田150万亩。",
     ["罗文彬"], "省农业农村厅、省发展改革委、省自然资源厅、省水利厅、省粮食和储备局"),
    ("20", "巩固拓展脱贫攻坚成果。", "健全防止返贫致贫监测和帮扶机制，确保不发生规模性返贫致贫。",
     None, "省农业农村厅"),
    ("21", "加快发展乡村特色产业。", "做强茶叶、柑橘、中药材等特色产业，新认定农业产业化省级重点龙头企业100家。",
     None, "省农业农村厅、省林业局、省商务厅、省供销社"),
    ("22", "建设宜居宜业和美乡村。", "实施农村人居环境整治提升行动，新改建农村公路3000公里，"
     "农村卫生厕所普及率提高到80%。", None,
     "省农业农村厅、省交通运输厅、省住房城乡建设厅、省卫生健康委"),
    ("P", "六、推动区域协调发展和新型城镇化（3项）"),
    ("23", "推进以人为本的新型城镇化。", "深化户籍制度改革，推动符合条件的农业转移人口在社会保险、住房保障、"
     "随迁子女义务教育等方面享有同迁入地户籍人口同等权利。", ["邵春阳"],
     "省发展改革委、省公安厅、省教育厅、省人力资源社会保障厅、省住房城乡建设厅"),
    ("24", "构建现代化综合交通运输体系。", "加快潇州至岭南高铁建设，续建高速公路项目18个，"
     "推进内河高等级航道建设。", None, "省交通运输厅、省发展改革委、国铁潇州局集团"),
    ("25", "推进重大水利工程建设。", "加快潇水引水工程和中型水库建设，全年完成水利投资500亿元。",
     ["罗文彬"], "省水利厅"),
    ("P", "七、加强生态文明建设（3项）"),
    ("26", "持续深入打好污染防治攻坚战。", "巩固提升中央生态环境保护督察反馈问题整改成效，"
     "设区城市空气质量优良天数比率保持在95%以上。", ["罗文彬"], "省生态环境厅，各市（州）人民政府"),
    ("27", "加强生态保护修复。", "实施潇水流域山水林田湖草沙一体化保护和修复工程，完成营造林200万亩，"
     "深化河湖长制、林长制。", None, "省林业局、省自然资源厅、省水利厅、省生态环境厅"),
    ("28", "积极稳妥推进碳达峰碳中和。", "推进重点行业节能降碳改造，完成国家下达的能耗强度降低目标任务。",
     ["贺明远、罗文彬"], "省发展改革委、省生态环境厅、省工业和信息化厅、省能源局"),
    ("P", "八、切实保障和改善民生（5项）"),
    ("29", "千方百计稳定和扩大就业。", "城镇新增就业55万人，做好高校毕业生、农民工、退役军人等重点群体就业工作。",
     ["沈立群"], "省人力资源社会保障厅、省教育厅、省农业农村厅、省退役军人厅"),
    ("30", "提升医疗卫生服务能力。", "推进国家区域医疗中心建设，深化紧密型县域医共体建设，"
     "提高城乡居民基本医保财政补助标准。", None, "省卫生健康委、省医保局、省财政厅"),
    ("31", "完善社会保障体系。", "落实基本养老保险全国统筹，加强低收入人口动态监测和常态化救助帮扶，"
     "大力发展银发经济。", None, "省人力资源社会保障厅、省民政厅、省医保局"),
    ("32", "繁荣发展文化体育事业。", "深入实施文化惠民工程，推进公共文化服务体系建设，办好省第十六届运动会。",
     None, "省委宣传部、省文化和旅游厅、省体育局、省广电局"),
    ("33", "统筹发展和安全。", "深化安全生产治本攻坚三年行动，加强防灾减灾救灾能力建设，"
     "有效防范化解重点领域风险。", ["杨建军"],
     "省应急厅、省公安厅、省消防救援总队，省直有关部门，各市（州）人民政府"),
    ("P", "九、加强政府自身建设（2项）"),
    ("34", "坚持依法行政。", "认真执行省人大及其常委会的决议决定，依法接受省政协民主监督，"
     "高质量办理人大代表建议和政协提案。", ["彭远航"], "省政府办公厅、省司法厅"),
    ("35", "持续改进工作作风。", "严格落实中央八项规定及其实施细则精神，坚持过紧日子，"
     "精文减会，切实为基层减负。", ["贺明远"], "省政府办公厅、省财政厅、省审计厅，省政府各部门"),
]

W = [Cm(1.3), Cm(12.8), Cm(2.8), Cm(7.8)]
tbl = doc.add_table(rows=1, cols=4)
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
tbl.autofit = False


def cell_text(cell, runs, fname=FS, size=12, align=WD_ALIGN_PARAGRAPH.LEFT):
    """runs: list of paragraphs; each paragraph a list of (text, bold)"""
    first = True
    for pr in runs:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        pf = p.paragraph_format
        pf.alignment = align
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(20)
        for t, b in pr:
            font(p.add_run(t), fname, size, b)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


hdr = tbl.rows[0]
trpr = hdr._tr.get_or_add_trPr()
th = OxmlElement("w:tblHeader")
trpr.append(th)
for c, t in zip(hdr.cells, ["序号", "重点工作", "责任省领导", "责任单位"]):
    cell_text(c, [[(t, False)]], HT, 12, WD_ALIGN_PARAGRAPH.CENTER)

leader_top = None
for r in R:
    row = tbl.add_row()
    cells = row.cells
    if r[0] == "P":
        m = cells[0].merge(cells[3])
        cell_text(m, [[(r[1], False)]], HT, 12)
        leader_top = None
        continue
    no, lead, rest, leaders, units = r
    cell_text(cells[0], [[(no, False)]], FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(cells[1], [[(lead, True), (rest, False)]], FS, 12)
    if leaders is None:
        leader_top = leader_top.merge(cells[2])
    else:
        cell_text(cells[2], [[(x, False)] for x in leaders], FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
        leader_top = cells[2]
    cell_text(cells[3], [[(units, False)]], FS, 12)

for tr in tbl._tbl.tr_lst:
    col = 0
    for tc in tr.tc_lst:
        span = tc.grid_span
        tc.width = sum(W[col:col + span], Cm(0))
        col += span
for gc, w in zip(tbl._tbl.tblGrid.gridCol_lst, W):
    gc.w = w
tblpr = tbl._tbl.tblPr
lay = OxmlElement("w:tblLayout")
lay.set(qn("w:type"), "fixed")
tblpr.append(lay)

# ---- 版记: back to portrait, last page ----
s3 = doc.add_section(WD_SECTION.NEW_PAGE)
s3.orientation = WD_ORIENT.PORTRAIT
s3.page_width, s3.page_height = Cm(21), Cm(29.7)
s3.top_margin, s3.bottom_margin = Cm(3.7), Cm(3.5)
s3.left_margin, s3.right_margin = Cm(2.8), Cm(2.6)
for _ in range(18):
    para(doc, "", indent=False)
p = para(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，潇岭省军区。",
         FS, 14, indent=False)
p.paragraph_format.left_indent = Pt(14)
p.paragraph_format.right_indent = Pt(14)
border_top(p, "000000", 12)
p = para(doc, "潇岭省人民政府办公厅　　　　　　　　　　　2025年2月18日印发", FS, 14, indent=False)
p.paragraph_format.left_indent = Pt(14)
border_top(p, "000000", 4)
border_bottom(p, "000000", 12, 1)

doc.core_properties.author = "省政府办公厅秘书二处"
doc.core_properties.title = ""
doc.save(OUT)
print(OUT)
