#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate 520_chengzi_xian_liangban_zhongdian_renwu_fenjie.docx

A 县委办公室 / 县政府办公室 joint red-header Word notice (澄委办发〔2025〕4号)
handing out the year's 重点工作任务分解方案 as a landscape table in its 附件.
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

NAME = "520_chengzi_xian_liangban_zhongdian_renwu_fenjie.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)

doc = Document()

# ---------------------------------------------------------------- styles
st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
st.paragraph_format.line_spacing = Pt(28.95)


def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), name)
    rfonts.set(qn("w:hAnsi"), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def para(text="", font=FS, size=16, align=None, indent=True, bold=False,
         color=None, container=None, line=None, first_chars=2):
    c = container if container is not None else doc
    p = c.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * first_chars)
    if line is not None:
        p.paragraph_format.line_spacing = Pt(line)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def runs(p, parts):
    for text, font in parts:
        r = p.add_run(text)
        set_font(r, font, 16)


def add_page_field(p, size=14):
    r = p.add_run("— ")
    set_font(r, "宋体", size)
    r = p.add_run()
    set_font(r, "宋体", size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        r._element.append(e)
    r = p.add_run(" —")
    set_font(r, "宋体", size)


def setup_footer(section):
    section.footer.is_linked_to_previous = False
    section.even_page_footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.paragraph_format.right_indent = Pt(14)
    add_page_field(fp)
    ep = section.even_page_footer.paragraphs[0]
    ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
    ep.paragraph_format.left_indent = Pt(14)
    add_page_field(ep)


def cell_borders(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + edge)
        v = kw.get(edge)
        if v:
            e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(v[0]))
            e.set(qn("w:space"), "0"); e.set(qn("w:color"), v[1])
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tcPr.append(b)


def table_no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)


def table_all_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge); e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4"); e.set(qn("w:space"), "0"); e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def set_col_widths(tbl, widths):
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in tbl.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "1"); trPr.append(e)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit"); e.set(qn("w:val"), "1"); trPr.append(e)


def cell_text(cell, text, font=FS, size=12, align=WD_ALIGN_PARAGRAPH.CENTER,
              bold=False, line=20):
    """text may be a list -> one paragraph each."""
    lines = text if isinstance(text, list) else [text]
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = cell.paragraphs[0]
    for i, t in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.first_line_indent = Pt(0)
        p.paragraph_format.line_spacing = Pt(line)
        if isinstance(t, tuple):  # (bold title, rest)
            r = p.add_run(t[0]); set_font(r, font, size, True)
            r = p.add_run(t[1]); set_font(r, font, size, False)
        else:
            r = p.add_run(t); set_font(r, font, size, bold)


# ---------------------------------------------------------------- page 1
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
sec.footer_distance = Cm(2.8)
doc.settings.odd_and_even_pages_header_footer = True
setup_footer(sec)

# 份号 / 密级 line left empty in this copy, then blank space above the header
for _ in range(2):
    para("", indent=False)

# red header: two issuers stacked, 文件 merged on the right
hdr = doc.add_table(rows=2, cols=2)
hdr.alignment = WD_TABLE_ALIGNMENT.CENTER
table_no_borders(hdr)
set_col_widths(hdr, [Cm(12.2), Cm(3.4)])
for i, name in enumerate(["中共澄梓县委办公室", "澄梓县人民政府办公室"]):
    c = hdr.cell(i, 0)
    c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = c.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing = Pt(52)
    r = p.add_run(name); set_font(r, XBS, 32, False, RED)
wj = hdr.cell(0, 1).merge(hdr.cell(1, 1))
wj.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
p = wj.paragraphs[0]
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.first_line_indent = Pt(0)
p.paragraph_format.line_spacing = Pt(60)
r = p.add_run("文件"); set_font(r, XBS, 42, False, RED)

para("", indent=False)
para("", indent=False)
p = para("澄委办发〔2025〕4号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
# red rule under the 文号
p = para("", indent=False, line=12)
pPr = p._p.get_or_add_pPr()
pb = OxmlElement("w:pBdr")
bt = OxmlElement("w:bottom")
bt.set(qn("w:val"), "single"); bt.set(qn("w:sz"), "18"); bt.set(qn("w:space"), "1")
bt.set(qn("w:color"), "FF0000")
pb.append(bt); pPr.append(pb)
para("", indent=False)

for t in ["中共澄梓县委办公室　澄梓县人民政府办公室",
          "关于印发《2025年全县重点工作任务分解方案》的通知"]:
    para(t, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
para("", indent=False)

para("各乡镇党委、人民政府，县委各部门，县级国家机关各部门，各人民团体，县属各企事业单位：",
     indent=False)
para("为全面贯彻落实县委十五届八次全会暨县委经济工作会议和县十八届人大四次会议精神，"
     "确保2025年全县各项重点工作任务落到实处，经县委、县政府同意，现将《2025年全县重点工作"
     "任务分解方案》印发给你们，请结合实际认真抓好贯彻落实。现就有关事项通知如下。")
p = para()
runs(p, [("一、压实工作责任。", HT),
         ("各牵头县领导要切实履行领导责任，定期听取分管领域重点工作推进情况汇报，及时协调解决"
          "工作推进中的困难和问题。各牵头单位要履行牵头抓总职责，细化工作措施，明确时间节点，"
          "主要负责同志亲自研究部署、亲自推动落实；各配合单位要按照职能职责，主动对接、积极配合，"
          "形成工作合力。", FS)])
p = para()
runs(p, [("二、强化跟踪问效。", HT),
         ("各牵头单位要于4月、7月、10月的5日前和12月20日前，将本单位牵头任务的推进情况"
          "（含电子文档）分别报送县委督查室、县政府督查室，全年工作完成情况于2026年1月10日前报送。"
          "对推进缓慢、进度滞后的，要深入分析原因，提出整改措施。", FS)])
p = para()
runs(p, [("三、严格督查考核。", HT),
         ("县委督查室、县政府督查室要将重点工作任务落实情况纳入年度督查计划，实行清单化管理、"
          "台账式推进，定期通报进展情况。任务完成情况纳入全县年度综合考核，对工作不力、"
          "敷衍塞责，造成严重影响的，按有关规定严肃追责问责。", FS)])
para("", indent=False)
p = para("附件：2025年全县重点工作任务分解方案")
para("", indent=False)
para("", indent=False)
p = para("中共澄梓县委办公室　　　　　澄梓县人民政府办公室", indent=True, first_chars=1)
p = para("2025年2月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Pt(16 * 4)
para("", indent=False)
para("（此件发至乡镇）")

# ---------------------------------------------------------------- 附件 (landscape)
sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
sec2.orientation = WD_ORIENT.LANDSCAPE
sec2.page_width, sec2.page_height = Cm(29.7), Cm(21)
sec2.top_margin, sec2.bottom_margin = Cm(2.6), Cm(2.4)
sec2.left_margin, sec2.right_margin = Cm(3.0), Cm(2.8)
sec2.footer_distance = Cm(1.6)

para("附件", font=HT, size=16, indent=False)
para("", indent=False)
para("2025年全县重点工作任务分解方案", font=XBS, size=22,
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
para("", indent=False, line=20)

HEAD = ["序号", "重点工作任务", "牵头县领导", "牵头单位", "配合单位", "完成时限"]
W = [Cm(1.3), Cm(9.2), Cm(2.4), Cm(3.8), Cm(4.8), Cm(2.4)]

# rows: ("part", text) or (no, (title, rest), leaders|MERGE, lead, coop, deadline)
M = None  # merged into the leader cell above
rows = [
    ("part", "一、聚力项目投资，夯实高质量发展支撑（4项）"),
    ("1", ("扎实推进重大项目建设。", "全年实施省市县重点项目126个，完成年度投资98亿元以上，新开工亿元以上项目30个以上，确保固定资产投资增长8%。"),
     "韦昌明", "县发展和改革局", "县财政局、县自然资源局、县住房和城乡建设局、各乡镇", "2025年12月底"),
    ("2", ("强化项目谋划储备。", "围绕超长期特别国债、中央预算内投资、地方政府专项债券等政策支持方向，谋划储备项目200个以上，争取上级资金15亿元以上。"),
     M, "县发展和改革局、县财政局", "县直各有关单位", "持续推进"),
    ("3", ("加强项目要素保障。", "统筹用地、用林、用能指标，推行“标准地+承诺制”供地，保障重点项目用地3000亩以上，盘活批而未供和闲置土地1200亩。"),
     M, "县自然资源局", "县林业局、县发展和改革局、县行政审批服务局", "2025年12月底"),
    ("4", ("提升招商引资实效。", "深入开展产业链精准招商，全年新签约亿元以上项目40个，实际到位县外资金60亿元以上，招商项目履约率、开工率均达到70%以上。"),
     ["龚立新", "邵雅琴"], "县投资促进中心", "县商务局、县工业和信息化局、澄梓经济开发区管委会、各乡镇", "2025年12月底"),

    ("part", "二、聚力产业升级，构建现代化产业体系（5项）"),
    ("5", ("做强新型建材主导产业。", "推进年产200万吨绿色骨料、装配式建筑部品部件等项目建设投产，新型建材产业产值突破80亿元。"),
     "邵雅琴", "县工业和信息化局", "澄梓经济开发区管委会、县发展和改革局", "2025年12月底"),
    ("6", ("推动工业企业技改升级。", "实施技改项目25个以上，新增规模以上工业企业12家，新培育省级专精特新中小企业3家，规上工业增加值增长9%。"),
     M, "县工业和信息化局", "县科学技术局、县统计局、县财政局", "2025年12月底"),
    ("7", ("提升园区承载能力。", "加快经开区标准化厂房二期、园区污水处理厂提标改造项目建设，完成园区“亩均论英雄”综合评价。"),
     M, "澄梓经济开发区管委会", "县住房和城乡建设局、市生态环境局澄梓分局", "2025年11月底"),
    ("8", ("促进消费提质扩容。", "落实消费品以旧换新政策，举办各类促消费活动20场次以上，社会消费品零售总额增长6%。"),
     "覃海波", "县商务局", "县财政局、县市场监督管理局、县统计局", "2025年12月底"),
    ("9", ("加快文旅融合发展。", "推进岑山景区创建国家4A级旅游景区，办好第三届澄梓油茶文化旅游节，全年接待游客420万人次以上。"),
     "冯敏、覃海波", "县文化旅游广电体育局、县委宣传部", "县交通运输局、县林业局、相关乡镇", "2025年10月底"),

    ("part", "三、聚力乡村振兴，加快农业农村现代化（5项）"),
    ("10", ("稳定粮食生产。", "落实粮食播种面积36.2万亩，新建（改造提升）高标准农田2.1万亩，粮食总产量稳定在13万吨以上。"),
     "谭洪刚", "县农业农村局", "县自然资源局、县水利局、县财政局、各乡镇", "2025年11月底"),
    ("11", ("巩固拓展脱贫攻坚成果。", "健全防止返贫致贫监测和帮扶机制，落实产业、就业、教育、医疗等帮扶政策，确保不发生规模性返贫致贫。"),
     M, "县农业农村局", "县民政局、县医疗保障局、县教育局、县住房和城乡建设局、县人力资源和社会保障局", "持续推进"),
    ("12", ("壮大油茶特色产业。", "新造油茶林1.2万亩、低产林改造0.8万亩，培育油茶精深加工企业2家，油茶综合产值突破25亿元。"),
     M, "县林业局", "县农业农村局、县市场监督管理局", "2025年12月底"),
    ("13", ("深化和美乡村建设。", "扎实推进农村厕所革命和生活污水、垃圾治理，打造省级和美乡村示范村5个、市级示范村12个。"),
     M, "县农业农村局", "市生态环境局澄梓分局、县住房和城乡建设局、县卫生健康局", "2025年12月底"),
    ("14", ("实施水利基础设施补短板工程。", "加快推进澄江灌区续建配套与现代化改造，完成病险水库除险加固7座，新增有效灌溉面积0.6万亩。"),
     "陆　丹", "县水利局", "/", "2025年10月底"),

    ("part", "四、聚力城乡建设，提升县城综合承载能力（4项）"),
    ("15", ("推进城市更新行动。", "改造城镇老旧小区23个、1860户，新建改造城市燃气、供排水等地下管网32公里。"),
     "陆　丹", "县住房和城乡建设局", "县发展和改革局、县财政局、县城市管理局", "2025年11月底"),
    ("16", ("完善城乡交通路网。", "建成通车S312线澄梓段改扩建工程，新改建农村公路85公里，实施农村公路安全生命防护工程60公里。"),
     M, "县交通运输局", "县自然资源局、县公安局交通管理大队、相关乡镇", "2025年12月底"),
    ("17", ("提升城市精细化管理水平。", "开展市容环境综合整治，新增公共停车泊位800个，城市生活垃圾无害化处理率保持100%。"),
     M, "县城市管理局", "县住房和城乡建设局、县公安局", "持续推进"),
    ("18", ("促进房地产市场平稳健康发展。", "扎实做好保交房工作，稳步实施城中村改造，落实房票安置、住房公积金支持刚性和改善性住房需求等政策。"),
     "韦昌明", "县住房和城乡建设局", "县自然资源局、县财政局、县税务局", "2025年12月底"),

    ("part", "五、聚力改革创新，激发发展动力活力（4项）"),
    ("19", ("深化重点领域改革。", "统筹推进国资国企、财税、投融资体制等重点领域改革，完成县属国有企业整合重组，推动城投公司市场化转型。"),
     "韦昌明", "县委改革办、县国资中心", "县财政局、县发展和改革局", "2025年9月底"),
    ("20", ("持续优化营商环境。", "深化“高效办成一件事”改革，政务服务事项“一网通办”率达到95%以上，企业开办时间压缩至1个工作日以内。"),
     M, "县行政审批服务局", "县数据局、县市场监督管理局、县直各有关单位", "持续推进"),
    ("21", ("促进民营经济发展壮大。", "落实支持民营经济发展的政策措施，常态化开展政银企对接活动，新增经营主体4500户以上。"),
     "邵雅琴", "县工业和信息化局、县市场监督管理局", "县财政局、县税务局", "2025年12月底"),
    ("22", ("防范化解政府债务风险。", "严格落实一揽子化债方案，加强债务全口径监测，坚决遏制新增隐性债务，确保债务风险等级稳中有降。"),
     ["龚立新", "韦昌明"], "县财政局", "县发展和改革局、县审计局、县城投集团", "持续推进"),

    ("part", "六、聚力生态保护，筑牢绿色发展底色（3项）"),
    ("23", ("深入打好污染防治攻坚战。", "县城空气质量优良天数比率保持在95%以上，国控、省控断面水质达标率100%，受污染耕地安全利用率达到93%以上。"),
     "陆　丹", "市生态环境局澄梓分局", "县住房和城乡建设局、县农业农村局、县水利局、各乡镇", "2025年12月底"),
    ("24", ("抓好生态环境保护督察反馈问题整改。", "对中央和省生态环境保护督察反馈问题实行清单化管理，按时序完成整改任务，巩固整改成效。"),
     M, "市生态环境局澄梓分局", "县直各有关单位", "2025年12月底"),
    ("25", ("全面推行林长制河湖长制。", "完成营造林4.5万亩，开展河湖“清四乱”常态化规范化整治，加强森林防灭火工作。"),
     M, "县林业局、县水利局", "县应急管理局、各乡镇", "持续推进"),

    ("part", "七、聚力民生保障，增进人民群众福祉（5项）"),
    ("26", ("稳定和扩大就业。", "城镇新增就业3200人，农村劳动力转移就业1500人，城镇调查失业率控制在5.5%以内。"),
     "覃海波", "县人力资源和社会保障局", "县农业农村局、县教育局", "2025年12月底"),
    ("27", ("提升社会保障水平。", "新建乡镇区域性养老服务中心2个，城乡居民基本养老保险参保率稳定在95%以上，落实困难群众救助帮扶政策。"),
     M, "县民政局、县人力资源和社会保障局", "县医疗保障局、县财政局", "2025年12月底"),
    ("28", ("办好人民满意的教育。", "建成县第二实验小学、澄梓中学新校区，新增公办学位2700个，持续推进县域义务教育优质均衡发展。"),
     "罗晓燕", "县教育局", "县发展和改革局、县财政局、县住房和城乡建设局、县自然资源局", "2025年8月底"),
    ("29", ("推进健康澄梓建设。", "深化紧密型县域医共体建设，推进县人民医院创建三级医院，县域内就诊率达到90%以上。"),
     M, "县卫生健康局", "县医疗保障局、县人力资源和社会保障局", "2025年12月底"),
    ("30", ("繁荣发展文化体育事业。", "新建城市书房3个，开展送戏下乡120场次，新建改造全民健身场地设施15处。"),
     "冯　敏", "县文化旅游广电体育局", "县委宣传部、县融媒体中心", "2025年12月底"),

    ("part", "八、聚力安全稳定，建设更高水平平安澄梓（3项）"),
    ("31", ("抓好安全生产和防灾减灾。", "深入推进安全生产治本攻坚三年行动，扎实开展重点行业领域隐患排查整治，坚决遏制较大及以上安全事故发生。"),
     "韦昌明、白晓东", "县应急管理局", "县安委会各成员单位", "持续推进"),
    ("32", ("维护社会大局和谐稳定。", "坚持和发展新时代“枫桥经验”，深入推进信访工作法治化，常态化开展扫黑除恶斗争，提升群众安全感和满意度。"),
     "白晓东", "县委政法委、县公安局", "县信访局、县司法局、各乡镇", "持续推进"),
    ("33", ("守牢食品药品安全底线。", "落实食品安全“两个责任”，开展食品药品安全专项整治，食品评价性抽检合格率保持在98%以上。"),
     "邵雅琴", "县市场监督管理局", "县农业农村局、县卫生健康局", "2025年12月底"),
]

tbl = doc.add_table(rows=1, cols=6)
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
table_all_borders(tbl)
for c, h in zip(tbl.rows[0].cells, HEAD):
    cell_text(c, h, font=HT, size=12)
repeat_header(tbl.rows[0])
cant_split(tbl.rows[0])

lead_anchor = None  # leader cell that later rows merge into
for row in rows:
    r = tbl.add_row()
    cant_split(r)
    cells = r.cells
    if row[0] == "part":
        m = cells[0].merge(cells[5])
        cell_text(m, row[1], font=HT, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
        lead_anchor = None
        continue
    no, task, leaders, lead, coop, due = row
    cell_text(cells[0], no, size=12)
    cell_text(cells[1], [task], size=12, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    if leaders is M:
        lead_anchor = lead_anchor.merge(cells[2])
    else:
        cell_text(cells[2], leaders, size=12)
        lead_anchor = cells[2]
    cell_text(cells[3], lead, size=12)
    cell_text(cells[4], coop, size=12)
    cell_text(cells[5], due, size=12)

set_col_widths(tbl, W)

# ---------------------------------------------------------------- 版记 (portrait)
sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
sec3.orientation = WD_ORIENT.PORTRAIT
sec3.page_width, sec3.page_height = Cm(21), Cm(29.7)
sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
sec3.footer_distance = Cm(2.8)

for _ in range(14):
    para("", indent=False)
bj = doc.add_table(rows=2, cols=1)
bj.alignment = WD_TABLE_ALIGNMENT.CENTER
table_no_borders(bj)
c0 = bj.cell(0, 0)
cell_borders(c0, top=(12, "000000"), bottom=(4, "000000"))
p = c0.paragraphs[0]
p.paragraph_format.left_indent = Pt(14)
p.paragraph_format.right_indent = Pt(14)
p.paragraph_format.line_spacing = Pt(28)
r = p.add_run("抄送：县委各常委，县人大常委会、县政协主要领导，县人民法院，县人民检察院，县人武部。")
set_font(r, FS, 14)
c1 = bj.cell(1, 0)
cell_borders(c1, bottom=(12, "000000"))
p = c1.paragraphs[0]
p.paragraph_format.left_indent = Pt(14)
p.paragraph_format.right_indent = Pt(14)
p.paragraph_format.line_spacing = Pt(28)
p.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), alignment=2)  # right tab
r = p.add_run("中共澄梓县委办公室\t2025年2月18日印发")
set_font(r, FS, 14)
set_col_widths(bj, [Cm(15.6)])

doc.core_properties.author = "县委办秘书科"
doc.core_properties.title = ""
doc.save(OUT)
print(OUT)
