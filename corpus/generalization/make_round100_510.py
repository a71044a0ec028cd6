#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generate 510_yichuan_sheng_gzbg_zhongdian_gongzuo_fengong_biao.docx:
a 省人民政府办公厅 red-header notice printing the 2025年《政府工作报告》重点工作责任分工
as a landscape Word table after the 落款 (序号/重点工作/责任省领导/牵头单位/配合单位/完成时限)."""
import os
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

NAME = "510_yichuan_sheng_gzbg_zhongdian_gongzuo_fengong_biao.docx"
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
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first_indent=None, line=28.9, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = first_indent
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None, indent=True,
         line=28.9, color=None, runs=None):
    p = doc_or_cell.add_paragraph()
    fmt(p, align=align, first_indent=Pt(size * 2) if indent else None, line=line)
    if runs is None:
        runs = [(text, font, bold)]
    for t, f, b in runs:
        if t:
            set_font(p.add_run(t), f, size, b, color)
    return p


def border(p, side="bottom", color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._r.append(el)
    set_font(p.add_run(" —"), "宋体", 14)


doc = Document()
st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
sec.footer_distance = Cm(2.5)
page_number_footer(sec)

# remove the default empty first paragraph
body = doc.element.body
for p in list(body.findall(qn("w:p"))):
    body.remove(p)

# ---------- 版头 ----------
for _ in range(2):
    para(doc, "", indent=False)
p = para(doc, "峄川省人民政府办公厅文件", font=XBS, size=34, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=60, color=RGBColor(0xFF, 0, 0))
para(doc, "", indent=False)
p = para(doc, "峄政办发〔2025〕4号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
border(p, "bottom", "FF0000", 18, 6)
para(doc, "", indent=False)
para(doc, "", indent=False)

# ---------- 标题 ----------
para(doc, "峄川省人民政府办公厅关于印发2025年", font=XBS, size=22,
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
para(doc, "《政府工作报告》重点工作责任分工的通知", font=XBS, size=22,
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
para(doc, "", indent=False)

# ---------- 主送 ----------
para(doc, "各市（州）人民政府，省政府各部门、各直属机构：", indent=False)

# ---------- 正文 ----------
para(doc, "《政府工作报告》已经省十四届人大三次会议审议通过。为确保《政府工作报告》确定的"
          "各项目标任务落到实处，经省人民政府同意，现将《2025年〈政府工作报告〉重点工作责任分工》"
          "印发给你们，并就有关事项通知如下。")
para(doc, "一、提高思想认识", font=HT)
para(doc, "做好今年政府工作，任务艰巨繁重。各地各部门要坚持以习近平新时代中国特色社会主义思想为指导，"
          "全面贯彻党的二十大和二十届二中、三中全会精神，认真落实省委、省政府决策部署，"
          "把落实《政府工作报告》作为全年工作的重中之重，切实增强责任感和紧迫感，"
          "确保各项目标任务按时保质完成。")
para(doc, "二、压实工作责任", font=HT)
para(doc, "各责任省领导要加强对分管领域重点工作的统筹调度，及时研究解决推进中的重大问题。"
          "各牵头单位要切实履行牵头职责，对牵头事项负总责，于3月15日前制定具体工作方案，"
          "明确时间表、路线图和责任人；配合单位要按照职责分工主动配合、密切协作，形成工作合力。"
          "涉及各市（州）人民政府的任务，各市（州）人民政府要结合实际抓好落实。")
para(doc, "三、强化督查问效", font=HT)
para(doc, "省政府督查室要将《政府工作报告》重点工作落实情况纳入年度督查计划，实行清单化管理、"
          "台账式推进。各牵头单位要于每季度最后一个月的20日前，将工作进展情况报送省政府督查室，"
          "年度工作完成情况于12月20日前报送。对工作推进不力、进度滞后的，按有关规定予以通报。")
para(doc, "")
para(doc, "")
para(doc, "")
p = para(doc, "峄川省人民政府办公厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
p.paragraph_format.right_indent = Pt(64)
p = para(doc, "2025年2月18日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
p.paragraph_format.right_indent = Pt(80)
para(doc, "（此件公开发布）")

# ---------- 附件表格（横向） ----------
sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
sec2.orientation = WD_ORIENT.LANDSCAPE
sec2.page_width, sec2.page_height = Cm(29.7), Cm(21)
sec2.top_margin, sec2.bottom_margin = Cm(2.8), Cm(2.6)
sec2.left_margin, sec2.right_margin = Cm(3.7), Cm(3.5)

para(doc, "2025年《政府工作报告》重点工作责任分工", font=XBS, size=22,
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
para(doc, "", indent=False, line=20)

# (kind, ...) rows: ("S", title) section row; ("T", no, text, leaders, leads, coops, deadline)
# leaders None = merged with the row above (vMerge continue)
ROWS = [
    ("S", "一、持续扩大有效需求，巩固经济回升向好态势"),
    ("T", "1", "实施提振消费专项行动，加力扩围推进消费品以旧换新，全年社会消费品零售总额增长5.5%左右。",
     ["韩志远"], ["省商务厅"],
     ["省发展改革委、省财政厅、省工业和信息化厅、省市场监管局，各市（州）人民政府"], "2025年12月底前"),
    ("T", "2", "培育文旅、体育、养老、托育等服务消费新增长点，打造10个省级夜间文化和旅游消费集聚区。",
     ["苏晓梅"], ["省文化和旅游厅"],
     ["省体育局、省民政厅、省卫生健康委、省商务厅"], "2025年12月底前"),
    ("T", "3", "扎实推进省重点项目建设，全年安排省重点项目600个以上、完成年度投资4000亿元以上。",
     ["韩志远"], ["省发展改革委"],
     ["省直有关部门，各市（州）人民政府"], "2025年12月底前"),
    ("T", "4", "用好超长期特别国债和地方政府专项债券，加快资金拨付使用，争取更多项目纳入国家支持范围。",
     None, ["省财政厅", "省发展改革委"],
     ["省直有关部门"], "持续推进"),
    ("T", "5", "促进房地产市场止跌回稳，因城施策调减限制性措施，稳步推进城中村改造和城市危旧房改造。",
     ["唐启明"], ["省住房城乡建设厅"],
     ["省自然资源厅、省财政厅、人民银行峄川省分行、国家金融监督管理总局峄川监管局"], "持续推进"),
    ("T", "6", "稳住外贸外资基本盘，支持企业拓市场、抢订单，办好第五届峄川国际进口商品博览会。",
     ["罗文清"], ["省商务厅"],
     ["省贸促会、峄川海关、省财政厅"], "2025年10月底前"),
    ("S", "二、加快构建现代化产业体系"),
    ("T", "7", "实施制造业重点产业链高质量发展行动，推动装备制造、新材料、生物医药等产业集群发展，"
               "规模以上工业增加值增长6.5%。",
     ["罗文清"], ["省工业和信息化厅"],
     ["省发展改革委、省科技厅、省商务厅"], "2025年12月底前"),
    ("T", "8", "深入实施数字经济倍增计划，新建5G基站1.2万个，加快推进算力基础设施建设。",
     None, ["省数据局"],
     ["省通信管理局、省工业和信息化厅、省发展改革委"], "2025年12月底前"),
    ("T", "9", "推动传统产业改造升级，实施技术改造项目1000个以上。",
     None, ["省工业和信息化厅"], ["/"], "2025年12月底前"),
    ("T", "10", "加快发展现代服务业，推动生产性服务业向专业化和价值链高端延伸。",
     ["韩志远"], ["省发展改革委"],
     ["省商务厅、省交通运输厅、省委金融办"], "持续推进"),
    ("S", "三、深入实施科教兴省战略和人才强省战略"),
    ("T", "11", "推进峄川实验室体系建设，争创全国重点实验室2个以上。",
     ["陈昊宇"], ["省科技厅"],
     ["省发展改革委、省教育厅、省财政厅"], "2025年12月底前"),
    ("T", "12", "强化企业科技创新主体地位，净增高新技术企业1000家以上，全社会研发经费投入增长10%以上。",
     None, ["省科技厅"],
     ["省财政厅、省统计局、省税务局"], "2025年12月底前"),
    ("T", "13", "深化教育综合改革，新建改扩建公办幼儿园100所，推动义务教育优质均衡发展。",
     ["苏晓梅"], ["省教育厅"],
     ["省发展改革委、省财政厅，各市（州）人民政府"], "2025年12月底前"),
    ("T", "14", "深入推进“峄川英才”计划，引进培育高层次人才和急需紧缺人才2万名。",
     ["陈昊宇"], ["省人力资源社会保障厅"],
     ["省科技厅、省教育厅"], "2025年12月底前"),
    ("S", "四、纵深推进重点领域改革"),
    ("T", "15", "深入实施国有企业改革深化提升行动，完成省属国有企业战略性重组和专业化整合。",
     ["韩志远"], ["省国资委"], ["省财政厅"], "2025年11月底前"),
    ("T", "16", "持续优化民营经济发展环境，全面落实促进民营经济发展壮大若干措施，开展清理拖欠企业账款专项行动。",
     ["韩志远", "罗文清"], ["省发展改革委、省工业和信息化厅"],
     ["省市场监管局、省司法厅、省财政厅，各市（州）人民政府"], "持续推进"),
    ("T", "17", "深化“放管服”改革，推进“高效办成一件事”，政务服务事项网上可办率稳定在98%以上。",
     ["方建林"], ["省政府办公厅"], ["省数据局、省司法厅"], "持续推进"),
    ("T", "18", "深化财税金融体制改革，推进省以下财政体制改革，稳妥有序化解地方金融风险。",
     ["韩志远"], ["省财政厅、省委金融办"],
     ["人民银行峄川省分行、国家金融监督管理总局峄川监管局、峄川证监局"], "持续推进"),
    ("S", "五、扎实推进乡村全面振兴"),
    ("T", "19", "稳定粮食播种面积和产量，新建和改造提升高标准农田150万亩，粮食产量稳定在300亿斤以上。",
     ["唐启明"], ["省农业农村厅"],
     ["省自然资源厅、省水利厅、省财政厅、省粮食和储备局"], "2025年12月底前"),
    ("T", "20", "巩固拓展脱贫攻坚成果，守牢不发生规模性返贫致贫底线。",
     None, ["省农业农村厅（省乡村振兴局）"],
     ["省民政厅、省人力资源社会保障厅、省医保局"], "持续推进"),
    ("T", "21", "发展乡村特色产业，培育农业产业化龙头企业，打造“峄川好粮油”区域公用品牌。",
     None, ["省农业农村厅"], ["省商务厅、省供销社"], "2025年12月底前"),
    ("T", "22", "加强水利基础设施建设，加快推进鹤溪水库、东渠灌区等重大水利工程建设。",
     None, ["省水利厅"], ["省发展改革委、省自然资源厅"], "持续推进"),
    ("S", "六、推动区域协调发展和新型城镇化"),
    ("T", "23", "推进以县城为重要载体的新型城镇化，实施城市更新行动，新开工改造城镇老旧小区1200个。",
     ["唐启明"], ["省住房城乡建设厅"],
     ["省发展改革委、省财政厅，各市（州）人民政府"], "2025年12月底前"),
    ("T", "24", "加快综合立体交通网建设，建成高速公路300公里，推进峄州至川南高速铁路建设。",
     None, ["省交通运输厅"], ["省发展改革委、省交通投资集团"], "2025年12月底前"),
    ("T", "25", "实施区域协调发展战略，支持省会城市做大做强，推动各市（州）特色发展、错位发展。",
     ["韩志远"], ["省发展改革委"], ["各市（州）人民政府"], "持续推进"),
    ("S", "七、加强生态文明建设"),
    ("T", "26", "深入打好蓝天、碧水、净土保卫战，细颗粒物（PM2.5）平均浓度控制在30微克/立方米以内。",
     ["方建林"], ["省生态环境厅"],
     ["省发展改革委、省工业和信息化厅、省住房城乡建设厅、省交通运输厅、省农业农村厅"], "2025年12月底前"),
    ("T", "27", "积极稳妥推进碳达峰碳中和，推动能耗双控逐步转向碳排放双控。",
     None, ["省发展改革委"], ["省生态环境厅、省能源局、省统计局"], "持续推进"),
    ("T", "28", "全面推行林长制，完成营造林150万亩。",
     ["唐启明"], ["省林业局"], ["省自然资源厅"], "2025年12月底前"),
    ("S", "八、切实保障和改善民生"),
    ("T", "29", "千方百计稳定和扩大就业，城镇新增就业60万人以上，城镇调查失业率控制在5.5%以内。",
     ["苏晓梅"], ["省人力资源社会保障厅"],
     ["省教育厅、省财政厅、省农业农村厅"], "2025年12月底前"),
    ("T", "30", "推进健康峄川建设，推动国家区域医疗中心建设，实施县域医共体建设提质行动。",
     None, ["省卫生健康委"], ["省医保局、省发展改革委、省财政厅"], "2025年12月底前"),
    ("T", "31", "健全社会保障体系，稳妥实施渐进式延迟法定退休年龄改革，落实城乡居民基础养老金提标。",
     None, ["省人力资源社会保障厅"], ["省财政厅、省医保局、省税务局"], "持续推进"),
    ("T", "32", "完善养老托育服务体系，新增普惠托位1万个，积极发展银发经济。",
     None, ["省民政厅", "省卫生健康委"], ["省发展改革委、省财政厅"], "2025年12月底前"),
    ("T", "33", "集中力量办好10件省级民生实事。",
     ["韩志远"], ["省政府办公厅"], ["省直有关部门，各市（州）人民政府"], "2025年12月底前"),
    ("S", "九、统筹高质量发展和高水平安全"),
    ("T", "34", "扎实推进安全生产治本攻坚三年行动，加强防灾减灾救灾能力建设。",
     ["方建林"], ["省应急管理厅"], ["省安委会成员单位、省减灾委成员单位"], "持续推进"),
    ("T", "35", "加强食品药品安全监管，严格落实“四个最严”要求。",
     ["苏晓梅"], ["省市场监管局"], ["省药监局、省农业农村厅"], "持续推进"),
    ("T", "36", "深入推进平安峄川建设，常态化开展扫黑除恶斗争，健全矛盾纠纷多元化解机制。",
     ["方建林"], ["省公安厅"], ["省司法厅、省信访局"], "持续推进"),
]

WIDTHS = [Cm(1.2), Cm(8.2), Cm(2.5), Cm(3.6), Cm(4.9), Cm(2.9)]
HEAD = ["序号", "重点工作", "责任省领导", "牵头单位", "配合单位", "完成时限"]

table = doc.add_table(rows=1, cols=6)
table.style = "Table Grid"
table.alignment = WD_TABLE_ALIGNMENT.CENTER
table.autofit = False
tblPr = table._tbl.tblPr
lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
for i, w in enumerate(WIDTHS):
    table.columns[i].width = w


def cell_text(cell, lines, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        fmt(p, align=align, line=18)
        if line:
            set_font(p.add_run(line), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def vmerge(cell, val):
    tcPr = cell._tc.get_or_add_tcPr()
    vm = OxmlElement("w:vMerge")
    if val:
        vm.set(qn("w:val"), val)
    tcPr.append(vm)


hdr = table.rows[0]
trPr = hdr._tr.get_or_add_trPr()
th = OxmlElement("w:tblHeader"); trPr.append(th)
for i, h in enumerate(HEAD):
    hdr.cells[i].width = WIDTHS[i]
    cell_text(hdr.cells[i], [h], font=HT, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)

prev_leader_cell = None
for row in ROWS:
    r = table.add_row()
    cant = OxmlElement("w:cantSplit"); r._tr.get_or_add_trPr().append(cant)
    for i in range(6):
        r.cells[i].width = WIDTHS[i]
    if row[0] == "S":
        m = r.cells[0].merge(r.cells[5])
        for p in m.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        cell_text(m, [row[1]], font=HT, size=12)
        prev_leader_cell = None
        continue
    _, no, text, leaders, leads, coops, dl = row
    cell_text(r.cells[0], [no], align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(r.cells[1], [text])
    if leaders is None:
        vmerge(r.cells[2], None)
        cell_text(r.cells[2], [""], align=WD_ALIGN_PARAGRAPH.CENTER)
        if prev_leader_cell is not None and prev_leader_cell[1] is False:
            vmerge(prev_leader_cell[0], "restart")
            prev_leader_cell = (prev_leader_cell[0], True)
    else:
        cell_text(r.cells[2], leaders, align=WD_ALIGN_PARAGRAPH.CENTER)
        prev_leader_cell = (r.cells[2], False)
    cell_text(r.cells[3], leads)
    cell_text(r.cells[4], coops, align=WD_ALIGN_PARAGRAPH.CENTER if coops == ["/"] else WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(r.cells[5], [dl], align=WD_ALIGN_PARAGRAPH.CENTER)

# ---------- 版记（纵向末页） ----------
sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
sec3.orientation = WD_ORIENT.PORTRAIT
sec3.page_width, sec3.page_height = Cm(21), Cm(29.7)
sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
for _ in range(15):
    para(doc, "", indent=False)
p = para(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，",
         size=14, indent=False)
p.paragraph_format.left_indent = Pt(14)
border(p, "top", "000000", 8, 1)
p = para(doc, "省法院，省检察院，省军区。", size=14, indent=False)
p.paragraph_format.left_indent = Pt(56)
p = para(doc, "", size=14, indent=False)
border(p, "bottom", "000000", 4, 1)
p = para(doc, "峄川省人民政府办公厅　　　　　　　　　2025年2月19日印发", size=14, indent=False)
p.paragraph_format.left_indent = Pt(14)
border(p, "bottom", "000000", 8, 1)

doc.core_properties.author = "省政府办公厅秘书一处"
doc.core_properties.title = ""
doc.save(OUT)
print(OUT)
