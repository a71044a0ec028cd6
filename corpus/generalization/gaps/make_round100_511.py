#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 100, notice 511 (control case).

A 区人民政府 red-header notice (蓼政发〔2026〕2号) with its 附件, the
2026年区政府重点工作任务分工 table, laid out at GB/T 9704 in Word (python-docx),
printed to PDF (LibreOffice, as the portal's PDF), and turned into plain text by
pdftotext (poppler, no -layout) -- the text a reader gets from the published PDF.

Writes 511_liaoting_qu_zhongdian_renwu_fengong.txt next to this script; the
.docx and .pdf are built in a temporary folder and kept beside it as
511_build/ for inspection.
"""
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "511_liaoting_qu_zhongdian_renwu_fengong.txt"
STEM = "511_liaoting_qu_zhongdian_renwu_fengong"

FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", font=FS, size=16, align=None, indent_chars=0,
         bold=False, color=None, exact=28.95, right_chars=0, space_before=0,
         space_after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if align is not None:
        p.alignment = align
    if indent_chars:
        pf.first_line_indent = Pt(size * indent_chars)
    if right_chars:
        pf.right_indent = Pt(size * right_chars)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def page_field(paragraph, font, size):
    """Append `— PAGE —` with a real PAGE field."""
    set_font(paragraph.add_run("— "), font, size)
    r = paragraph.add_run()
    set_font(r, font, size)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._element.append(b)
    r2 = paragraph.add_run()
    set_font(r2, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r2._element.append(it)
    r3 = paragraph.add_run()
    set_font(r3, font, size)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r3._element.append(s)
    r4 = paragraph.add_run("1")
    set_font(r4, font, size)
    r5 = paragraph.add_run()
    set_font(r5, font, size)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r5._element.append(e)
    set_font(paragraph.add_run(" —"), font, size)


def setup_footers(section):
    section.footer.is_linked_to_previous = False
    section.even_page_footer.is_linked_to_previous = False
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.right_indent = Pt(14)
    page_field(p, "宋体", 14)
    f2 = section.even_page_footer
    p2 = f2.paragraphs[0]
    p2.alignment = WD_ALIGN_PARAGRAPH.LEFT
    p2.paragraph_format.left_indent = Pt(14)
    page_field(p2, "宋体", 14)


def border(p, side, color="FF0000", sz=12):
    ppr = p._element.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)


def cell_text(cell, text, font=FS, size=12, align=WD_ALIGN_PARAGRAPH.CENTER,
              bold=False):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.alignment = align
        pf = p.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(20)
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        if line:
            set_font(p.add_run(line), font, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def cant_split(row):
    pass  # rows are allowed to break across pages, as Word's default


def table_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


def fix_grid(table, widths):
    """Fixed layout with the grid's column widths, as Word writes them."""
    tblpr = table._tbl.tblPr
    w = OxmlElement("w:tblW")
    w.set(qn("w:w"), str(sum(int(x.twips) for x in widths)))
    w.set(qn("w:type"), "dxa")
    for old in tblpr.findall(qn("w:tblW")):
        tblpr.remove(old)
    tblpr.append(w)
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    grid = table._tbl.tblGrid
    for gc, wd in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(wd.twips)))


# ---------------------------------------------------------------- the table
# (序号, task, leader, lead units, cooperating units, deadline); a str is a part row.
# leader None = merged into the cell above.
ROWS = [
    "一、聚焦产业升级，推动经济持续向好",
    (1, "全区地区生产总值增长5.5%左右，一般公共预算收入增长4%，规模以上工业增加值增长7%，固定资产投资增长6%，社会消费品零售总额增长5%。",
     "周明远", "区发展改革局、区统计局", "区财政局、区科技工信局、区商务局，各街道办事处", "全年"),
    (2, "实施重大项目攻坚行动，全年安排区级重点项目120个、年度计划投资210亿元，新开工项目45个以上，争取超长期特别国债和专项债券资金12亿元以上。",
     "周明远", "区发展改革局", "区财政局、市自然资源和规划局蓼汀分局、区住房城乡建设局、市生态环境局蓼汀分局、区政务服务管理局", "12月底前"),
    (3, "深化产业链“链长制”，围绕新能源汽车零部件、智能装备、生物医药三条产业链精准招商，引进亿元以上产业项目30个，新增规模以上工业企业25家。",
     "韩立新", "区科技工信局、区投资促进局", "区商务局、区统计局", "12月底前"),
    (4, "推进制造业数字化转型，完成50家规上工业企业数字化诊断，新建省级智能工厂（数字化车间）6个，新增上云企业200家。",
     None, "区科技工信局", "区数据局", "11月底前"),
    (5, "加快科技创新平台建设，新增国家高新技术企业40家、科技型中小企业120家，全社会研发投入强度达到2.6%，技术合同成交额突破15亿元。",
     None, "区科技工信局", "区财政局、区统计局、区税务局", "12月底前"),
    (6, "促进消费提质扩容，举办“乐购蓼汀”消费季系列活动20场以上，打造夜间经济集聚区2个，落实大宗消费品以旧换新政策。",
     "陈雅琴", "区商务局", "区文化旅游体育局、区市场监管局，各街道办事处", "全年"),
    (7, "大力发展楼宇经济，盘活闲置楼宇面积5万平方米，新增税收超亿元楼宇2栋、超千万元楼宇6栋。",
     None, "区商务局", "区投资促进局、区住房城乡建设局、区税务局", "12月底前"),
    (8, "实施外贸主体培育工程，新增有进出口实绩企业30家，跨境电商交易额增长15%。",
     None, "区商务局", "", "12月底前"),
    "二、深化改革开放，持续优化营商环境",
    (9, "深化“高效办成一件事”改革，新增集成服务事项15项，政务服务事项全程网办率达到90%以上，企业开办时间压缩至1个工作日内。",
     "宋佳", "区政务服务管理局", "区数据局，区政府各部门", "9月底前"),
    (10, "落实民营经济促进各项政策，开展“千企万户大走访”活动，帮助企业解决融资、用工、用地等问题300个以上，新增经营主体1.2万户。",
     "周明远", "区发展改革局、区工商联", "区财政局、区人力资源社会保障局、区市场监管局", "全年"),
    (11, "推进区属国有企业改革，完成区城投集团市场化转型，国有资产保值增值率达到100%以上。",
     "周明远", "区财政局（区国资中心）", "区城投集团", "12月底前"),
    (12, "强化土地要素保障，新增供应工业用地800亩，批而未供土地处置率、闲置土地处置率分别达到20%、25%以上。",
     "吕振华", "市自然资源和规划局蓼汀分局", "区发展改革局、区科技工信局，各街道办事处", "12月底前"),
    (13, "开展涉企违规收费专项整治，规范涉企行政检查，推行“综合查一次”，同一企业年度检查次数下降30%以上。",
     "宋佳", "区市场监管局、区司法局", "区发展改革局、区财政局", "10月底前"),
    "三、统筹城乡建设，提升城市功能品质",
    (14, "实施城市更新行动，改造老旧小区32个、城中村2个，既有住宅加装电梯60部。",
     "吕振华", "区住房城乡建设局", "区财政局、市自然资源和规划局蓼汀分局，各街道办事处", "11月底前"),
    (15, "完成滨江路、望湖大道等8条道路新建和改造工程，打通断头路5条，新建公交首末站2座。",
     None, "区交通运输局", "区住房城乡建设局、区城管执法局、市公安局蓼汀分局交警大队", "12月底前"),
    (16, "推进海绵城市建设和城市内涝治理，完成积水点改造12处、雨污分流管网改造18公里。",
     None, "区水务局", "区住房城乡建设局、区城管执法局", "积水点改造5月底前，管网改造12月底前"),
    (17, "深化城市精细化管理，新增公共停车泊位3000个，建成“口袋公园”10个，生活垃圾分类小区覆盖率保持100%。",
     None, "区城管执法局", "区住房城乡建设局、市公安局蓼汀分局，各街道办事处", "全年"),
    (18, "持续打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在30微克/立方米以内，国省考断面水质达标率保持100%。",
     "韩立新", "市生态环境局蓼汀分局", "区水务局、区城管执法局、区住房城乡建设局、区农业农村局", "全年"),
    (19, "推进乡村全面振兴，粮食播种面积稳定在3.2万亩以上，建成和美乡村示范村4个，农村居民人均可支配收入增长6.5%。",
     "吕振华", "区农业农村局", "区财政局、市自然资源和规划局蓼汀分局，涉农街道办事处", "12月底前"),
    "四、坚持民生优先，增进人民群众福祉",
    (20, "落实就业优先政策，城镇新增就业8000人，帮扶困难人员就业800人，城镇调查失业率控制在5.5%以内。",
     "宋佳", "区人力资源社会保障局", "区教育体育局、区退役军人事务局、区残联", "全年"),
    (21, "新建、改扩建中小学和幼儿园5所，新增学位4500个，推进义务教育集团化办学全覆盖。",
     "宋佳", "区教育体育局", "区发展改革局、区财政局、市自然资源和规划局蓼汀分局、区住房城乡建设局", "8月底前"),
    (22, "推进紧密型城市医疗集团建设，完成区人民医院门急诊综合楼主体工程，新增家庭医生签约居民2万人。",
     "宋佳", "区卫生健康局", "区医保局", "12月底前"),
    (23, "完善养老服务体系，新建街道综合养老服务中心3个、社区老年助餐点15个，完成特殊困难老年人家庭适老化改造300户。",
     "宋佳", "区民政局", "各街道办事处", "10月底前"),
    (24, "实施文化惠民工程，开展群众文化活动300场次以上，完成区图书馆新馆布展并对外开放。",
     "陈雅琴", "区文化旅游体育局", "", "9月底前"),
    (25, "扎实办好年度十件民生实事，按季度向社会公开办理进展情况。",
     "陶文彬", "区政府办公室", "区发展改革局、区财政局，民生实事各责任单位", "全年"),
    "五、统筹发展和安全，加强政府自身建设",
    (26, "深入推进安全生产治本攻坚三年行动，开展重点行业领域隐患排查整治，生产安全事故起数和死亡人数实现“双下降”。",
     "周明远", "区应急管理局", "区安委会各成员单位", "全年"),
    (27, "加强食品药品安全监管，完成食品安全抽检3000批次以上，创建省级食品安全示范街区1个。",
     "宋佳", "区市场监管局", "区卫生健康局、区农业农村局、区教育体育局", "全年"),
    (28, "健全防范化解重大风险机制，稳妥化解政府隐性债务，确保不发生区域性系统性风险。",
     "周明远", "区财政局", "区发展改革局、区城投集团", "全年"),
    (29, "深化平安蓼汀建设，常态化开展扫黑除恶斗争，电信网络诈骗案件发案数下降10%以上。",
     "林振东", "市公安局蓼汀分局", "区司法局，各街道办事处", "全年"),
    (30, "坚持依法行政，严格落实重大行政决策程序规定，行政规范性文件合法性审核率达到100%。",
     "宋佳", "区司法局", "区政府各部门", "全年"),
    (31, "严格落实政府过紧日子要求，一般性支出压减5%以上，“三公”经费只减不增。",
     "周明远", "区财政局", "区审计局，区政府各部门", "全年"),
    (32, "持续深化作风建设，完善区政府重点工作督查考评机制，全年开展专项督查4次以上。",
     "陶文彬\n周明远", "区政府办公室", "区政府各部门", "全年"),
]


def build_docx(path):
    doc = Document()
    doc.settings.odd_and_even_pages_header_footer = True
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(28)
    setup_footers(sec)

    # 版头
    para(doc, "", exact=28.95)
    para(doc, "", exact=28.95)
    para(doc, "蓼汀区人民政府文件", XBS, 44, WD_ALIGN_PARAGRAPH.CENTER,
         color="FF0000", exact=60)
    para(doc, "", exact=28.95)
    p = para(doc, "蓼政发〔2026〕2号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 18)
    para(doc, "", exact=28.95)
    para(doc, "蓼汀区人民政府关于印发", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    para(doc, "2026年区政府重点工作任务分工的通知", XBS, 22,
         WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    para(doc, "", exact=28.95)
    para(doc, "各街道办事处，区政府各部门，区直各单位：")
    body = [
        "为深入贯彻落实区十八届人大五次会议精神，确保《政府工作报告》确定的目标任务落到实处，经区政府同意，现将《2026年区政府重点工作任务分工》印发给你们，并就有关事项通知如下，请认真抓好贯彻落实。",
    ]
    for t in body:
        para(doc, t, indent_chars=2)
    para(doc, "一、压实工作责任", HT, 16, indent_chars=2)
    para(doc, "各责任区领导要加强对分管领域重点工作的统筹调度，定期听取工作进展汇报，及时协调解决重大问题。牵头单位对所牵头任务负总责，主要负责同志为第一责任人；一项任务有两个及以上牵头单位的，排在第一位的牵头单位负责统筹协调、汇总报送进展情况。配合单位要按照职责分工主动对接、密切配合，形成工作合力。",
         indent_chars=2)
    para(doc, "二、细化落实举措", HT, 16, indent_chars=2)
    para(doc, "各牵头单位要对照任务分工，于3月15日前制定具体实施方案，明确时间表、路线图和阶段性目标，将任务逐项分解到科室、落实到人头，实行清单化管理、项目化推进，并将实施方案报区政府督查室备案。",
         indent_chars=2)
    para(doc, "三、强化督查考核", HT, 16, indent_chars=2)
    para(doc, "区政府督查室要将重点工作任务落实情况纳入年度督查计划，实行月调度、季通报、年考核。各牵头单位要于每季度末月25日前，将任务推进情况、存在问题及下步打算书面报送区政府督查室（联系电话：6823175，电子邮箱：ltqzfdcs@163.com），全年工作完成情况于12月10日前报送。对工作推进不力、进度滞后的，将按有关规定严肃问责。",
         indent_chars=2)
    para(doc, "", exact=28.95)
    para(doc, "附件：2026年区政府重点工作任务分工", indent_chars=2)
    para(doc, "", exact=28.95)
    para(doc, "", exact=28.95)
    para(doc, "蓼汀区人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4)
    para(doc, "2026年2月27日", align=WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4)
    para(doc, "", exact=28.95)
    para(doc, "（此件公开发布）", indent_chars=2)

    # 附件: landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Mm(297), Mm(210)
    sec2.top_margin, sec2.bottom_margin = Mm(28), Mm(26)
    sec2.left_margin, sec2.right_margin = Mm(30), Mm(30)
    sec2.footer_distance = Mm(16)
    para(doc, "附件", HT, 16)
    para(doc, "", exact=20)
    para(doc, "2026年区政府重点工作任务分工", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER,
         exact=36)
    para(doc, "", exact=20)

    widths = [Mm(13), Mm(92), Mm(22), Mm(36), Mm(49), Mm(25)]
    header = ["序号", "重点工作任务", "责任区领导", "牵头单位", "配合单位", "完成时限"]
    t = doc.add_table(rows=1, cols=6)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    t.autofit = False
    fix_grid(t, widths)
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.width = widths[i]
        cell_text(c, h, HT, 12)
    repeat_header(t.rows[0])

    merge_from = {}  # column 2 merge runs
    last_leader_cell = None
    for r in ROWS:
        row = t.add_row()
        for i, c in enumerate(row.cells):
            c.width = widths[i]
        if isinstance(r, str):
            a = row.cells[0].merge(row.cells[5])
            cell_text(a, r, HT, 12, WD_ALIGN_PARAGRAPH.LEFT)
            last_leader_cell = None
            continue
        no, task, leader, lead, coop, due = r
        cell_text(row.cells[0], str(no))
        cell_text(row.cells[1], task, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        if leader is None:
            last_leader_cell = last_leader_cell.merge(row.cells[2])
        else:
            cell_text(row.cells[2], leader)
            last_leader_cell = row.cells[2]
        cell_text(row.cells[3], lead)
        cell_text(row.cells[4], coop)
        cell_text(row.cells[5], due)

    # 版记 on a last portrait page
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Mm(210), Mm(297)
    sec3.top_margin, sec3.bottom_margin = Mm(37), Mm(35)
    sec3.left_margin, sec3.right_margin = Mm(28), Mm(26)
    sec3.footer_distance = Mm(28)
    for _ in range(18):
        para(doc, "", exact=28.95)
    p = para(doc, "抄送：区委各部门，区人大常委会办公室，区政协办公室，区法院，区检察院。",
             FS, 14, exact=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 12)
    border(p, "bottom", "000000", 4)
    p = para(doc, "", FS, 14, exact=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(150))
    from docx.enum.text import WD_TAB_ALIGNMENT
    p.paragraph_format.tab_stops.clear_all()
    p.paragraph_format.tab_stops.add_tab_stop(Pt(14 * 31.5), WD_TAB_ALIGNMENT.RIGHT)
    set_font(p.add_run("蓼汀区人民政府办公室\t2026年2月27日印发"), FS, 14)
    border(p, "bottom", "000000", 12)
    doc.save(path)


def main():
    build = os.path.join(HERE, "511_build")
    os.makedirs(build, exist_ok=True)
    docx_path = os.path.join(build, STEM + ".docx")
    build_docx(docx_path)
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof,
                        "--headless", "--convert-to", "pdf", "--outdir", build,
                        docx_path], check=True, stdout=subprocess.DEVNULL)
    pdf_path = os.path.join(build, STEM + ".pdf")
    out = os.path.join(HERE, NAME)
    subprocess.run(["pdftotext", pdf_path, out], check=True)
    print("wrote", out)


if __name__ == "__main__":
    main()
