#!/usr/bin/python3
"""Round 124, notice 634 (control case).

A 市人民政府办公室 notice issuing the 2025 政府工作报告 重点工作任务分工, drafted in Word
(made here with python-docx) and then saved by Word as 另存为 -> 纯文本 (*.txt) with the
文件转换 dialog's encoding 简体中文(GB2312) (code page 936; every character used lies in
GB2312), 插入换行符 off, line ends CR LF.

How Word's plain-text save lays the document out (what render_word_plain_text() follows):
  * every paragraph is its text followed by CR LF, the last one too; empty paragraphs are
    empty lines; indents, alignment, fonts, colours, borders (the red rule) are dropped;
    typed full-width spaces stay;
  * a manual line break, page break or section break becomes a paragraph mark (CR LF)
    (Word's help on 纯文本: 将所有的分节符、分页符、新行字符转换为段落标记); here the
    section break sits on the paragraph 「（此件公开发布）」, so it is just that line's CR LF;
  * a table row is one line: the cells' text joined by TAB, CR LF at the row's end (no tab
    after the last cell) - Word's end-of-cell marks become tabs, the end-of-row mark a
    paragraph mark, the same layout as Table > Convert to Text with tabs;
  * a cell of two paragraphs keeps its inner paragraph mark, so that row runs over two lines;
  * a vertically merged cell has its text only in its first row; the rows below hold an
    empty cell (two tabs side by side);
  * a row whose single cell spans all columns (the part rows 一、…) is a line with no tab;
  * headers and footers (page numbers) are not written.

Writes (deterministically):
  634_tingfu_shi_gzbg_zhongdian_renwu_fengong_word_chunwenben.docx        (the Word source)
  634_tingfu_shi_gzbg_zhongdian_renwu_fengong_word_chunwenben.txt         (the notice)
  634_tingfu_shi_gzbg_zhongdian_renwu_fengong_word_chunwenben.tasks.gold.jsonl
"""
import datetime
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "634_tingfu_shi_gzbg_zhongdian_renwu_fengong_word_chunwenben"

ISSUER = "汀阜市人民政府办公室"
DOCNO = "汀政办发〔2025〕8号"
DATE = "2025年2月26日"

# ---------------------------------------------------------------- the task table
# (number, task text (a list = paragraphs of the cell), leaders cell or None when the cell
#  is merged with the row above, lead cell, cooperating cell, deadline cell)
PARTS = [
    ("一、聚焦扩大有效需求，推动经济持续回升向好（6项）", [
        ("1", "全市地区生产总值增长6%左右，一般公共预算收入增长5%，固定资产投资增长7%，社会消费品零售总额增长6.5%。",
         "陈志远、周海峰", "市发展改革委", "市统计局、市财政局、市商务局，各县（市、区）人民政府", "2025年12月底前"),
        ("2", "实施重大项目攻坚行动，全年安排市级重点项目320个、年度计划投资650亿元以上，新开工项目150个以上。",
         "周海峰", "市发展改革委", "市自然资源和规划局、市住房城乡建设局、市生态环境局、市政务服务管理局", "2025年12月底前"),
        ("3", "积极争取超长期特别国债、中央预算内投资和地方政府专项债券等资金支持，全年争取上级各类资金120亿元以上。",
         None, "市发展改革委、市财政局", "市直有关部门", "2025年12月底前"),
        ("4", "深入开展“汀阜好物惠购消费季”系列活动，落实消费品以旧换新政策，培育夜间经济、首发经济等消费新业态。",
         "许明辉", "市商务局", "市财政局，市市场监管局、市文化广电旅游局", "2025年12月底前"),
        ("5", "推动房地产市场平稳健康发展，支持刚性和改善性住房需求，收购存量商品房用作保障性住房1000套以上。",
         "孙立华", "市住房城乡建设局", "市财政局、市自然资源和规划局、人民银行汀阜市分行", "2025年12月底前"),
        ("6", "加大金融支持实体经济力度，全年新增各项贷款300亿元以上，新增上市公司1家、新三板挂牌企业3家。",
         "周海峰", "市委金融办", "人民银行汀阜市分行、国家金融监督管理总局汀阜监管分局", "2025年12月底前"),
    ]),
    ("二、聚焦产业转型升级，加快构建现代化产业体系（6项）", [
        ("7", "实施制造业重点产业链高质量发展行动，新能源电池、装备制造、绿色食品三大主导产业产值增长10%以上。",
         "王　勇", "市工业和信息化局", "市发展改革委、市科技局、市投资促进局", "2025年12月底前"),
        ("8", "实施工业技术改造提升工程，完成工业技改投资180亿元，新增规模以上工业企业80家以上。",
         None, "市工业和信息化局", "市统计局、市财政局", "2025年12月底前"),
        ("9", "深入实施创新驱动发展战略，全社会研发经费投入强度达到2.3%，高新技术企业总数突破600家。",
         None, "市科技局", "市财政局、市统计局、市税务局", "2025年12月底前"),
        ("10", ["加快数字汀阜建设，全年新建5G基站1200个，建成市级工业互联网平台3个。",
                "推动规模以上工业企业数字化改造全覆盖，培育省级智能工厂和数字化车间20个以上。"],
         None, "市数据局", "市工业和信息化局、中国移动汀阜分公司、中国电信汀阜分公司、中国联通汀阜分公司", "2025年12月底前"),
        ("11", "推动现代服务业提质增效，规模以上服务业营业收入增长8%，新增省级现代服务业集聚区2个。",
         "许明辉", "市发展改革委", "市商务局、市交通运输局、市文化广电旅游局", "2025年12月底前"),
        ("12", "大力发展文化旅游产业，推进汀湖古镇国家5A级旅游景区创建，全年接待游客3500万人次、旅游总收入增长10%。",
         "林晓梅", "市文化广电旅游局", "市发展改革委、汀湖区人民政府", "2025年12月底前"),
    ]),
    ("三、聚焦改革开放，持续激发发展动力活力（5项）", [
        ("13", "持续优化营商环境，深化“高效办成一件事”改革，全年新增“一件事”集成服务事项15项以上。",
         "许明辉", "市政务服务管理局", "市数据局、市司法局、市市场监管局", "2025年12月底前"),
        ("14", "深化国资国企改革，全面完成国有企业改革深化提升行动目标任务，推动市属国有企业整合重组。",
         "周海峰", "市国资委", "市财政局", "2025年12月底前"),
        ("15", "支持民营经济发展壮大，落实促进民营经济发展各项政策，开展清理拖欠企业账款专项行动。",
         None, "市发展改革委、市工业和信息化局", "市财政局、市市场监管局、市工商联", "2025年6月底前"),
        ("16", "扩大高水平对外开放，全年进出口总额增长8%，实际使用外资1.5亿美元，新设外资企业20家以上。",
         "许明辉", "市商务局", "汀阜海关、市投资促进局、汀阜高新区管委会", "2025年12月底前"),
        ("17", "强化招商引资，全年引进亿元以上产业项目120个，其中10亿元以上项目15个。",
         None, "市投资促进局", "市直有关部门，各县（市、区）人民政府", "2025年12月底前"),
    ]),
    ("四、聚焦乡村全面振兴，推进城乡融合发展（5项）", [
        ("18", "稳定粮食生产，全年粮食播种面积稳定在420万亩以上，新建高标准农田18万亩。",
         "赵建平", "市农业农村局", "市发展改革委、市财政局、市自然资源和规划局、市水利局", "2025年12月底前"),
        ("19", "巩固拓展脱贫攻坚成果，守牢不发生规模性返贫致贫底线，脱贫人口人均纯收入增长10%以上。",
         None, "市农业农村局", "市人力资源社会保障局、市民政局、市医保局、市教育局", "长期坚持"),
        ("20", "扎实推进乡村建设行动，新改建农村公路300公里，农村自来水普及率达到95%。",
         None, "市农业农村局", "市交通运输局、市水利局、市住房城乡建设局", "2025年12月底前"),
        ("21", "推进以县城为重要载体的新型城镇化建设，常住人口城镇化率提高1个百分点。",
         "孙立华", "市发改委", "市住房城乡建设局、市公安局、市自然资源和规划局", "2025年12月底前"),
        ("22", "实施城市更新行动，改造城镇老旧小区86个、城中村2个，新建改造城市燃气管网120公里。",
         None, "市住房城乡建设局", "市城市管理局、市财政局", "2025年11月底前"),
    ]),
    ("五、聚焦绿色低碳发展，建设美丽汀阜（4项）", [
        ("23", "深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在32微克/立方米以内，国省考断面水质优良比例达到90%以上。",
         "孙立华", "市生态环境局", "市发展改革委、市工业和信息化局、市住房城乡建设局、市交通运输局、市农业农村局、市水利局", "2025年12月底前"),
        ("24", "全面推行河湖长制和林长制，完成营造林15万亩，森林覆盖率保持在48%以上。",
         "赵建平", "市水利局、市林业局", "市生态环境局、市自然资源和规划局", "2025年12月底前"),
        ("25", "积极稳妥推进碳达峰碳中和，新增新能源装机容量50万千瓦，单位地区生产总值能耗下降2.5%。",
         "周海峰", "市发展改革委", "市工业和信息化局、国网汀阜供电公司", "2025年12月底前"),
        ("26", "抓好中央和省生态环境保护督察反馈问题整改，确保按期完成整改销号。",
         "孙立华", "市生态环境局", "", "2025年6月底前"),
    ]),
    ("六、聚焦民生福祉，扎实办好群众关心的实事（6项）", [
        ("27", "千方百计稳定和扩大就业，城镇新增就业3.2万人，城镇调查失业率控制在5.5%以内。",
         "林晓梅", "市人力资源社会保障局", "市教育局、市财政局、市退役军人事务局", "2025年12月底前"),
        ("28", "推动义务教育优质均衡发展，新建改扩建中小学、幼儿园12所，新增学位1.2万个。",
         None, "市教育局", "市发展改革委、市财政局、市自然资源和规划局、市住房城乡建设局", "2025年9月底前"),
        ("29", "深入推进健康汀阜建设，加快市第一人民医院新院区建设，实现紧密型县域医共体建设全覆盖。",
         None, "市卫生健康委", "市医保局、市发展改革委、市财政局", "2025年12月底前"),
        ("30", "健全多层次社会保障体系，城乡居民基本养老保险参保率稳定在95%以上，新增养老服务床位800张。",
         None, "市民政局、市人力资源社会保障局", "市财政局、市医保局", "2025年12月底前"),
        ("31", "集中力量办好十件民生实事，确保项目按时建成投用、群众满意。",
         "陈志远", "市发展改革委", "市财政局、市政府督查室", "2025年12月底前"),
        ("32", "加强食品药品安全监管，深入开展食品安全“守底线、查隐患、保安全”专项行动，创建国家食品安全示范城市。",
         "许明辉", "市市场监管局", "市农业农村局、市卫生健康委、市公安局", "2025年12月底前"),
    ]),
    ("七、聚焦安全发展，加强政府自身建设（4项）", [
        ("33", "统筹发展和安全，深入推进安全生产治本攻坚三年行动，坚决遏制重特大事故发生。",
         "郑国栋", "市应急管理局", "市安委会各成员单位", "长期坚持"),
        ("34", "推进更高水平平安汀阜建设，常态化开展扫黑除恶斗争，严厉打击电信网络诈骗等违法犯罪。",
         None, "市公安局", "市委政法委、市司法局", "长期坚持"),
        ("35", "加强法治政府建设，严格落实重大行政决策程序，自觉接受人大法律监督、政协民主监督。",
         "周海峰", "市司法局", "市政府办公室", "2025年12月底前"),
        ("36", "坚持过紧日子，一般性支出压减5%以上，“三公”经费只减不增。",
         "陈志远", "市财政局", "市审计局、市机关事务服务中心", "长期坚持"),
    ]),
]

COVER = [
    "经市政府同意，现将2025年《政府工作报告》重点工作任务分工印发给你们，并就有关事项通知如下，请认真抓好贯彻落实。",
    "一、提高思想认识。《政府工作报告》经市十七届人大四次会议审议通过，是市政府向全市人民作出的庄严承诺。"
    "各县（市、区）人民政府、市政府各部门要切实增强责任感和紧迫感，把抓好《政府工作报告》重点工作落实作为践行初心使命的具体行动，"
    "确保各项目标任务全面完成。",
    "二、压实工作责任。各项任务的责任市领导负责统筹协调、督促推进。牵头单位对任务落实负总责，要制定具体工作方案，"
    "明确时间表、路线图，涉及多个牵头单位的，排在第一位的为主牵头单位；配合单位要按照职责分工，主动对接、积极配合，形成工作合力。",
    "三、强化督查考核。各牵头单位要于每季度最后一个月的20日前，将任务推进情况书面报送市政府督查室"
    "（联系人：吴　静，电话：8326517）。市政府督查室要加强跟踪督办，定期通报工作进展，督查结果纳入年度绩效考核。",
]

CC = "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级人民法院，市人民检察院，汀阜军分区。"


# ---------------------------------------------------------------- the Word document
def set_run_font(run, name, size=None, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if size:
        run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color:
        run.font.color.rgb = color


def para(doc_or_cell, text="", font="仿宋_GB2312", size=16, align=None, indent=False, bold=False,
         color=None, space_after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        set_run_font(p.add_run(text), font, size, bold, color)
    return p


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def cell_text(cell, text, font="仿宋_GB2312", size=12, center=False, bold=False):
    paras = text if isinstance(text, list) else [text]
    first = cell.paragraphs[0]
    for i, t in enumerate(paras):
        p = first if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if t:
            set_run_font(p.add_run(t), font, size, bold)


def set_table_borders(tbl):
    tblPr = tbl._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblPr.append(borders)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trPr.append(h)


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    # 版头: issuer mark, blank lines, 发文字号 with the red rule under it
    para(doc, "")
    para(doc, ISSUER + "文件", "方正小标宋简体", 36, WD_ALIGN_PARAGRAPH.CENTER,
         color=RGBColor(0xFF, 0, 0))
    para(doc, "")
    p = para(doc, DOCNO, align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p)
    para(doc, "")
    # title, broken by Enter into two lines
    para(doc, ISSUER + "关于印发2025年《政府工作报告》", "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "重点工作任务分工的通知", "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    para(doc, "各县（市、区）人民政府，汀阜高新区管委会、汀阜经开区管委会，市政府各部门、各直属机构：")
    for i, t in enumerate(COVER):
        if i == 0:
            para(doc, t, indent=True)
        else:
            # 黑体 run-in heading, then the rest in 仿宋
            head, rest = t.split("。", 1)
            p = para(doc, "", indent=True)
            set_run_font(p.add_run(head + "。"), "黑体", 16)
            set_run_font(p.add_run(rest), "仿宋_GB2312", 16)
    para(doc, "")
    para(doc, "附件：2025年《政府工作报告》重点工作任务分工", indent=True)
    para(doc, "")
    para(doc, "")
    para(doc, "")
    para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    last = para(doc, "（此件公开发布）", indent=True)

    # the attachment in a landscape section: the section break goes on 「（此件公开发布）」
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    body = doc.element.body
    sect_p = body[-2]  # the empty paragraph python-docx made to carry the previous sectPr
    old_sectPr = sect_p.pPr.find(qn("w:sectPr"))
    last._p.get_or_add_pPr().append(old_sectPr)
    body.remove(sect_p)
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    new.top_margin, new.bottom_margin = Cm(2.6), Cm(2.4)
    new.left_margin, new.right_margin = Cm(2.5), Cm(2.5)

    para(doc, "附件", "黑体", 16)
    para(doc, "")
    para(doc, "2025年《政府工作报告》重点工作任务分工", "方正小标宋简体", 20, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")

    n_rows = 1 + sum(1 + len(ts) for _, ts in PARTS)
    tbl = doc.add_table(rows=n_rows, cols=6)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(tbl)
    widths = [Cm(1.3), Cm(10.2), Cm(2.6), Cm(3.4), Cm(4.8), Cm(2.4)]
    for row in tbl.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    header = ["序号", "重点工作任务", "责任市领导", "牵头单位", "配合单位", "完成时限"]
    for c, h in zip(tbl.rows[0].cells, header):
        cell_text(c, h, "黑体", 12, center=True)
    mark_header_row(tbl.rows[0])

    r = 1
    for title, tasks in PARTS:
        row = tbl.rows[r]
        merged = row.cells[0].merge(row.cells[5])
        cell_text(merged, title, "黑体", 12)
        r += 1
        lead_row = None
        for (no, text, leaders, lead, coop, ddl) in tasks:
            cells = tbl.rows[r].cells
            cell_text(cells[0], no, center=True)
            cell_text(cells[1], text)
            if leaders is not None:
                cell_text(cells[2], leaders, center=True)
                lead_row = r
            else:
                # vertical merge with the leader cell above (the text stays in the first row)
                top = tbl.rows[lead_row].cells[2]
                top.merge(cells[2])
            cell_text(cells[3], lead)
            cell_text(cells[4], coop)
            cell_text(cells[5], ddl, center=True)
            r += 1
    assert r == n_rows

    para(doc, "")
    # 版记 as a two-row table (rules above and below), as the standard template has it
    bj = doc.add_table(rows=2, cols=2)
    a = bj.rows[0].cells[0].merge(bj.rows[0].cells[1])
    cell_text(a, CC, size=14)
    cell_text(bj.rows[1].cells[0], ISSUER, size=14)
    cell_text(bj.rows[1].cells[1], DATE + "印发", size=14)
    bj.rows[1].cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    # (the document's last paragraph, which Word always keeps after a table, stays empty)
    para(doc, "")

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 26, 9, 12, 0)
    cp.author = ISSUER
    cp.last_modified_by = "吴静"
    cp.title = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 7
    return doc


def deterministic_bytes(doc):
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 26, 9, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- Word's 纯文本 save
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def p_text(p):
    out = []
    for el in p.iter():
        if el.tag == W + "t":
            out.append(el.text or "")
        elif el.tag == W + "tab" and el.getparent().tag == W + "r":
            out.append("\t")
        elif el.tag == W + "br":
            out.append("\r\n")  # line, page or column break -> paragraph mark
    return "".join(out)


def render_word_plain_text(docx_bytes):
    d = Document(io.BytesIO(docx_bytes))
    body = d.element.body
    lines = []
    for el in body:
        if el.tag == W + "p":
            lines.append(p_text(el) + "\r\n")
        elif el.tag == W + "tbl":
            for tr in el.findall(W + "tr"):
                cells = []
                for tc in tr.findall(W + "tc"):
                    cells.append("\r\n".join(p_text(p) for p in tc.findall(W + "p")))
                lines.append("\t".join(cells) + "\r\n")
    return "".join(lines)


# ---------------------------------------------------------------- gold
def split_units(s):
    out, depth, cur = [], 0, ""
    for ch in s:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if depth == 0 and ch in "、，,；":
            if cur.strip():
                out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out


def gold_records():
    recs = []
    for _, tasks in PARTS:
        current = None
        for (no, text, leaders, lead, coop, ddl) in tasks:
            if leaders is not None:
                current = [n.replace("　", "").strip() for n in split_units(leaders)]
            t = text[0] if isinstance(text, list) else text
            leads = split_units(lead)
            coops = split_units(coop)
            recs.append({
                "id": no,
                "marker": no,
                "head": t[:12],
                "responsible_units": leads + coops,
                "lead_units": leads,
                "cooperating_units": coops,
                "leaders": list(current),
                "deadline": ddl or None,
            })
    return recs


def main():
    doc = build_docx()
    data = deterministic_bytes(doc)
    with open(os.path.join(HERE, STEM + ".docx"), "wb") as f:
        f.write(data)
    text = render_word_plain_text(data)
    with open(os.path.join(HERE, STEM + ".txt"), "wb") as f:
        f.write(text.encode("gb2312"))  # strict: every character must be in GB2312
    recs = gold_records()
    with open(os.path.join(HERE, STEM + ".tasks.gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {STEM}.docx/.txt/.tasks.gold.jsonl: {len(recs)} tasks")


if __name__ == "__main__":
    main()
