#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 115, notice 588.

Medium: a 县政府办 red-header notice published as a PDF (Word -> PDF, here
LibreOffice 7.4 as the printer), whose landscape 附件 table a 督查室 clerk pulls
into a spreadsheet with the ubiquitous "Python 办公自动化" recipe

    import pdfplumber, pandas as pd
    with pdfplumber.open("沄政办发〔2025〕6号.pdf") as pdf:
        rows = []
        for page in pdf.pages:
            for table in page.extract_tables():
                rows.extend(table)
    df = pd.DataFrame(rows[1:], columns=rows[0])
    df.to_csv("重点工作任务分解表.csv", encoding="utf-8-sig")   # on Windows: CRLF

The CSV is what reaches the reader.  PyPI is not reachable from this machine,
so pdfplumber's default table extraction ("lines" strategy, snap/join
tolerance 3, edge_min_length 3, intersection tolerance 3, cells grouped by
their top, one column per distinct cell x0, None where a merged cell covers a
grid slot, text of a cell = its chars clustered into lines by y (tolerance 3),
lines joined by "\n") is re-implemented below over Debian's pdfminer.six
20221105 (the library pdfplumber itself sits on, read with laparams=None as
pdfplumber does).  pandas 1.5.3 writes the CSV for real.

Outputs next to this script:
  588_yunchuan_xian_gzbg_fenjie_pdfplumber.csv   (the notice as the reader gets it)
  588_src/notice.docx, 588_src/notice.pdf         (the published notice, for checking)
"""
import itertools
import os
import subprocess
from operator import itemgetter

import pandas as pd
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "588_yunchuan_xian_gzbg_fenjie_pdfplumber.csv")
SRC = os.path.join(HERE, "588_src")

FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"

# --------------------------------------------------------------------------
# The table: parts, tasks (number, text, lead units, cooperating units,
# deadline).  A lead / cooperating entry that is a list is printed one unit a
# paragraph; a string is printed as it stands.  Leaders are given as spans
# (first task, last task, cell paragraphs) merged down over their tasks.
# --------------------------------------------------------------------------
PARTS = [
    ("一、全力稳增长扩内需（6项）", [
        (1, "实施扩大内需战略，全年地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长7.5%。",
         "县发展和改革局", "县统计局、县财政局、县工业和信息化局、县税务局、各乡镇人民政府、县经济开发区管委会", "2025年12月底"),
        (2, "深入开展项目建设“攻坚年”活动，全年实施省市县重点项目120个以上，完成投资150亿元，新开工亿元以上项目40个。",
         "县发展和改革局", "县自然资源局、县住房和城乡建设局、市生态环境局沄川分局、县行政审批服务局", "2025年12月底"),
        (3, "积极争取超长期特别国债、中央预算内投资和地方政府专项债券，全年争取上级资金25亿元以上。",
         ["县财政局", "县发展和改革局"], "县直各有关单位", "2025年12月底"),
        (4, "实施提振消费专项行动，落实汽车、家电以旧换新政策，举办各类促消费活动30场次以上，社会消费品零售总额增长6%。",
         "县商务局", "县财政局、县市场监督管理局、县文化和旅游局、县融媒体中心", "2025年12月底"),
        (5, "推动文旅消费扩容提质，办好油菜花节、沄水龙舟赛等节会活动，全年接待游客600万人次，实现旅游综合收入50亿元。",
         "县文化和旅游局", "县商务局、县交通运输局、县公安局、相关乡镇人民政府", "2025年12月底"),
        (6, "激发民间投资活力，建立重点民间投资项目库，向民间资本推介优质项目不少于20个，民间投资占比稳定在55%以上。",
         "县发展和改革局", "县工商业联合会、县地方金融服务中心", "2025年9月底前"),
    ]),
    ("二、加快产业转型升级（6项）", [
        (7, "实施制造业重点产业链高质量发展行动，新增规模以上工业企业25家，培育专精特新中小企业10家。",
         "县工业和信息化局", "县科学技术局、县市场监督管理局、县经济开发区管委会", "2025年12月底"),
        (8, "推进沄川经济开发区扩区调位，完成标准化厂房建设20万平方米，园区亩均税收提高10%。",
         "县经济开发区管委会", "县自然资源局、县住房和城乡建设局、县税务局", "2025年11月底前"),
        (9, "加快数字经济发展，新建5G基站150个，推动50家企业“上云用数赋智”。",
         ["县数据局", "县工业和信息化局"], ["中国电信沄川分公司", "中国移动沄川分公司", "中国联通沄川分公司"], "2025年12月底"),
        (10, "大力发展现代服务业，新增限额以上商贸企业15家，电子商务交易额增长12%。",
         "县商务局", "县市场监督管理局、县税务局、县邮政分公司", "2025年12月底"),
        (11, "深入实施创新驱动发展战略，全社会研发经费投入强度达到2.1%，新认定高新技术企业12家。",
         "县科学技术局", "县财政局、县工业和信息化局、县税务局、县经济开发区管委会", "2025年12月底"),
        (12, "推动金融服务实体经济，新增各项贷款40亿元以上，新增上市后备企业3家。",
         "县地方金融服务中心", "国家金融监督管理总局沄川监管支局、县内各银行业金融机构", "2025年12月底"),
    ]),
    ("三、全面推进乡村振兴（5项）", [
        (13, "严格落实粮食安全党政同责，稳定粮食播种面积58万亩、产量24万吨以上，新建高标准农田3.5万亩。",
         "县农业农村局", "县自然资源局、县发展和改革局、县财政局、县水利局、各乡镇人民政府", "2025年10月底前"),
        (14, "巩固拓展脱贫攻坚成果，健全防止返贫致贫监测和帮扶机制，确保不发生规模性返贫致贫。",
         "县农业农村局", ["县民政局", "县人力资源和社会保障局", "县医疗保障局", "县教育局", "县住房和城乡建设局"], "持续推进"),
        (15, "做强茶叶、油茶、中药材等特色产业，新增省级农业产业化龙头企业3家，认证绿色食品10个。",
         "县农业农村局、县林业局", "县商务局、县市场监督管理局", "2025年12月底"),
        (16, "实施水利基础设施补短板工程，推进沄水河综合治理和中型灌区续建配套与节水改造，完成水利投资6亿元。",
         "县水利局", "县发展和改革局、县财政局、县自然资源局、相关乡镇人民政府", "2025年12月底"),
        (17, "扎实推进和美乡村建设，完成农村户厕改造3000户，建成省级和美乡村示范村10个。",
         "县农业农村局", "县住房和城乡建设局、县卫生健康局、市生态环境局沄川分局、各乡镇人民政府", "2025年11月底前"),
    ]),
    ("四、提升城乡建设和生态环境质量（6项）", [
        (18, "实施城市更新行动，改造城镇老旧小区32个，完成城中村改造1200户，新建改建城市道路8公里。",
         "县住房和城乡建设局", "县自然资源局、县财政局、县城市管理局、城关镇人民政府", "2025年12月底"),
        (19, "加快国道沄川过境段改线工程和县乡公路提档升级，完成农村公路建设改造100公里。",
         "县交通运输局", "县自然资源局、县财政局、相关乡镇人民政府", "2025年12月底"),
        (20, "加强城市精细化管理，深化占道经营和“马路市场”整治，新增停车泊位2000个，生活垃圾分类覆盖率达到70%。",
         "县城市管理局", "县公安局、县住房和城乡建设局、县市场监督管理局、城关镇人民政府", "2025年10月底前"),
        (21, "促进房地产市场平稳健康发展，全面落实保交房任务，收购存量商品房用作保障性住房不少于300套。",
         "县住房和城乡建设局", "县自然资源局、县财政局、县税务局、县地方金融服务中心", "2025年12月底"),
        (22, "深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在32微克/立方米以内，国省控断面水质优良比例保持100%。",
         "市生态环境局沄川分局", "县工业和信息化局、县住房和城乡建设局、县交通运输局、县农业农村局、县水利局、各乡镇人民政府", "2025年12月底"),
        (23, "深化安全生产治本攻坚三年行动，常态化开展重点行业领域隐患排查整治，生产安全事故起数和死亡人数实现“双下降”。",
         "县应急管理局", "县安全生产委员会各成员单位", "持续推进"),
    ]),
    ("五、深化改革扩大开放（4项）", [
        (24, "持续优化营商环境，深化“高效办成一件事”改革，政务服务事项网上可办率达到98%以上。",
         "县行政审批服务局", ["县数据局", "县市场监督管理局", "县发展和改革局"], "2025年12月底"),
        (25, "深化国资国企改革，推动县属国有企业整合重组和市场化转型，完成融资平台公司退出任务。",
         "县财政局", "县城市发展投资集团有限公司、县交通建设投资有限公司", "2025年12月底"),
        (26, "扎实开展招商引资“一号工程”，全年新签约亿元以上项目50个，实际到位县外资金180亿元。",
         "县投资促进服务中心", "县经济开发区管委会、县商务局、各乡镇人民政府、县直各有关单位", "2025年12月底"),
        (27, "稳外贸稳外资，支持企业参加境外展会开拓国际市场，全年实现进出口总额8亿元。",
         "县商务局", "/", "2025年12月底"),
    ]),
    ("六、持续保障和改善民生（6项）", [
        (28, "落实就业优先政策，城镇新增就业4500人，城镇调查失业率控制在5.5%以内，开展职业技能培训8000人次。",
         "县人力资源和社会保障局", "县教育局、县农业农村局、县总工会、团县委、县妇联", "2025年12月底"),
        (29, "推进义务教育优质均衡发展，新建改扩建中小学和幼儿园8所，新增学位4000个，启动沄川二中高中部扩建工程。",
         "县教育局", "县发展和改革局、县财政局、县自然资源局、县住房和城乡建设局", "2025年8月底前"),
        (30, "深化紧密型县域医共体建设，推动县人民医院创建三级医院，乡镇卫生院服务能力达标率达到100%。",
         "县卫生健康局", "县医疗保障局、县财政局、县人力资源和社会保障局", "2025年12月底"),
        (31, "完善养老服务体系，新建社区嵌入式养老服务中心6个，高龄津贴惠及老年人1.8万人。",
         "县民政局", "县卫生健康局、县财政局、各乡镇人民政府", "2025年12月底"),
        (32, "实施县图书馆、文化馆总分馆制提升工程，开展送戏下乡等文化惠民演出200场次。",
         "县文化和旅游局", "县委宣传部、县融媒体中心、各乡镇人民政府", "2025年12月底"),
        (33, "建设更高水平平安沄川，推进社会治安整体防控体系建设，常态化开展扫黑除恶斗争，群众安全感保持在98%以上。",
         "县公安局", "县委政法委、县司法局、县信访局、各乡镇人民政府", "持续推进"),
    ]),
    ("七、加强政府自身建设（2项）", [
        (34, "坚持依法行政，严格落实重大行政决策程序，人大代表建议和政协委员提案办理满意率达到95%以上。",
         "县政府办公室、县司法局", "县政府各部门", "2025年10月底前"),
        (35, "严格落实过紧日子要求，一般性支出压减5%以上，“三公”经费只减不增。",
         "县财政局", "县审计局、县政府各部门", "2025年12月底"),
    ]),
]

# leader spans: (first task, last task, paragraphs of the 责任县领导 cell)
LEADERS = [
    (1, 1, ["程国栋", "陆振邦"]),
    (2, 3, ["陆振邦"]),
    (4, 4, ["韩立新"]),
    (5, 5, ["谭文静"]),
    (6, 6, ["陆振邦"]),
    (7, 10, ["韩立新"]),
    (11, 11, ["陆振邦、韩立新"]),
    (12, 12, ["陆振邦"]),
    (13, 16, ["龚晓峰"]),
    (17, 17, ["龚晓峰、韦丽娟"]),
    (18, 22, ["韦丽娟"]),
    (23, 23, ["许卫东"]),
    (24, 25, ["陆振邦"]),
    (26, 27, ["韩立新"]),
    (28, 28, ["陆振邦"]),
    (29, 32, ["谭文静"]),
    (33, 33, ["许卫东"]),
    (34, 34, ["程国栋"]),
    (35, 35, ["陆振邦"]),
]

WIDTHS = [Cm(1.2), Cm(9.6), Cm(2.2), Cm(3.2), Cm(5.2), Cm(2.5)]


def set_run_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text, east=FS, size=16, bold=False, align=None, indent=False,
         color=None, space_before=0, space_after=0, line=None):
    p = doc_or_cell.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if line is not None:
        pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        set_run_font(r, east, size, bold, color)
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


def page_footer(section):
    f = section.footer
    f.is_linked_to_previous = False
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_run_font(r, "宋体", 14)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    rr = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    rr.append(t)
    fld.append(rr)
    p._p.append(fld)
    r2 = p.add_run(" —")
    set_run_font(r2, "宋体", 14)


def cell_text(cell, paras, align=WD_ALIGN_PARAGRAPH.CENTER, east=FS, size=12, bold=False):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    first = cell.paragraphs[0]
    for i, t in enumerate(paras):
        p = first if i == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        if t:
            r = p.add_run(t)
            set_run_font(r, east, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.size = Pt(16)
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    page_footer(s)

    # 版头
    para(doc, "", space_before=60)
    para(doc, "沄川县人民政府办公室文件", XBS, 34, False, WD_ALIGN_PARAGRAPH.CENTER,
         color=RGBColor(0xFF, 0, 0))
    para(doc, "")
    p = para(doc, "沄政办发〔2025〕6号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    bottom_border(p)
    para(doc, "")
    para(doc, "沄川县人民政府办公室", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    para(doc, "关于印发2025年《政府工作报告》重点工作", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    para(doc, "任务分解方案的通知", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    para(doc, "")
    para(doc, "各乡镇人民政府，县政府各部门、各直属机构，县经济开发区管委会：", line=28)
    body = [
        "为全面完成县第十八届人民代表大会第五次会议审议通过的《政府工作报告》确定的目标任务，经县人民政府同意，现将《2025年〈政府工作报告〉重点工作任务分解方案》印发给你们，并就有关事项通知如下，请认真抓好落实。",
    ]
    for t in body:
        para(doc, t, indent=True, line=28)
    req = [
        ("一、压实工作责任。", "各责任县领导要加强对分管领域重点工作的统筹调度。牵头单位对牵头任务负总责，要制定具体推进措施，明确时间表、路线图；配合单位要按照职责分工主动对接、积极配合，形成工作合力。"),
        ("二、强化跟踪落实。", "各牵头单位要建立工作台账，实行清单化管理、项目化推进，于每季度最后一个月25日前将任务推进情况（含配合单位落实情况）书面报送县政府督查室，同时报送电子文档。"),
        ("三、严格督查考核。", "县政府督查室要加强对重点工作任务落实情况的跟踪督办，督查结果纳入年度目标管理绩效考核。对工作推进不力、进度滞后的，按有关规定予以通报。"),
    ]
    for head, t in req:
        p = para(doc, "", indent=True, line=28)
        r = p.add_run(head)
        set_run_font(r, HT, 16)
        r = p.add_run(t)
        set_run_font(r, FS, 16)
    para(doc, "", line=28)
    p = para(doc, "附件：2025年《政府工作报告》重点工作任务分解表", indent=True, line=28)
    para(doc, "", line=28)
    para(doc, "", line=28)
    para(doc, "沄川县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, line=28).paragraph_format.right_indent = Cm(1.1)
    para(doc, "2025年2月21日", align=WD_ALIGN_PARAGRAPH.RIGHT, line=28).paragraph_format.right_indent = Cm(1.6)
    para(doc, "（此件公开发布）", indent=True, line=28)

    # 附件: landscape section
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21.0)
    s2.top_margin, s2.bottom_margin = Cm(2.8), Cm(2.6)
    s2.left_margin, s2.right_margin = Cm(3.0), Cm(2.8)
    page_footer(s2)
    para(doc, "附件", HT, 16)
    para(doc, "2025年《政府工作报告》重点工作任务分解表", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_before=6, space_after=12)

    n_rows = 2 + sum(1 + len(t) for _, t in PARTS)
    table = doc.add_table(rows=n_rows, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    tblpr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)
    for i, col in enumerate(table.columns):
        col.width = WIDTHS[i]
    for row in table.rows:
        for i, c in enumerate(row.cells):
            c.width = WIDTHS[i]

    # header, two rows
    h1, h2 = table.rows[0], table.rows[1]
    repeat_header(h1)
    repeat_header(h2)
    a = h1.cells[0].merge(h2.cells[0]); cell_text(a, ["序号"], east=HT)
    a = h1.cells[1].merge(h2.cells[1]); cell_text(a, ["重点工作任务"], east=HT)
    a = h1.cells[2].merge(h1.cells[4]); cell_text(a, ["责任分工"], east=HT)
    a = h1.cells[5].merge(h2.cells[5]); cell_text(a, ["完成时限"], east=HT)
    cell_text(h2.cells[2], ["责任县领导"], east=HT)
    cell_text(h2.cells[3], ["牵头单位"], east=HT)
    cell_text(h2.cells[4], ["配合单位"], east=HT)

    r = 2
    task_row = {}
    for title, tasks in PARTS:
        row = table.rows[r]
        a = row.cells[0].merge(row.cells[5])
        cell_text(a, [title], align=WD_ALIGN_PARAGRAPH.LEFT, east=HT)
        r += 1
        for num, text, lead, coop, due in tasks:
            row = table.rows[r]
            task_row[num] = r
            cell_text(row.cells[0], [str(num)])
            cell_text(row.cells[1], [text], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            cell_text(row.cells[3], lead if isinstance(lead, list) else [lead])
            cell_text(row.cells[4], coop if isinstance(coop, list) else [coop])
            cell_text(row.cells[5], [due])
            r += 1
    for first, last, names in LEADERS:
        c0 = table.rows[task_row[first]].cells[2]
        if last != first:
            c0 = c0.merge(table.rows[task_row[last]].cells[2])
        cell_text(c0, names)

    # 版记 on a portrait last page
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Cm(21.0), Cm(29.7)
    s3.top_margin, s3.bottom_margin = Cm(3.7), Cm(3.5)
    s3.left_margin, s3.right_margin = Cm(2.8), Cm(2.6)
    page_footer(s3)
    for _ in range(19):
        para(doc, "", line=28)
    bj = doc.add_table(rows=2, cols=1)
    bj.autofit = False
    bj.columns[0].width = Cm(15.6)
    for row in bj.rows:
        row.cells[0].width = Cm(15.6)
    tblpr = bj._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge, sz in (("top", 8), ("bottom", 8), ("insideH", 4)):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:color"), "000000")
        borders.append(e)
    for edge in ("left", "right", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblpr.append(borders)
    cell_text(bj.rows[0].cells[0],
              ["抄送：县委各部门，县人大常委会办公室，县政协办公室，县纪委监委办公室，县人武部，县法院，县检察院。"],
              align=WD_ALIGN_PARAGRAPH.LEFT, size=14)
    cell_text(bj.rows[1].cells[0], ["沄川县人民政府办公室　　　　　　　　2025年2月21日印发"],
              align=WD_ALIGN_PARAGRAPH.LEFT, size=14)
    doc.save(path)


# --------------------------------------------------------------------------
# pdfplumber (0.10/0.11) default extract_tables(), over pdfminer.six layout
# objects read with laparams=None.
# --------------------------------------------------------------------------
from pdfminer.layout import LTChar, LTCurve, LTLine, LTRect, LTPage, LTFigure
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.converter import PDFPageAggregator
from pdfminer.pdfpage import PDFPage

TOL = 3


def page_objects(path):
    rsrc = PDFResourceManager()
    dev = PDFPageAggregator(rsrc, laparams=None)
    interp = PDFPageInterpreter(rsrc, dev)
    with open(path, "rb") as fh:
        for pg in PDFPage.get_pages(fh):
            interp.process_page(pg)
            layout = dev.get_result()
            yield layout


def walk(obj):
    for o in obj:
        if isinstance(o, LTFigure):
            yield from walk(o)
        else:
            yield o


def collect(layout):
    H = layout.height
    chars, edges = [], []

    def mk_edge(x0, top, x1, bottom, orient):
        return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "orientation": orient,
                "width": x1 - x0, "height": bottom - top}

    for o in walk(layout):
        if isinstance(o, LTChar):
            chars.append({"text": o.get_text(), "x0": o.x0, "x1": o.x1,
                          "top": H - o.y1, "bottom": H - o.y0})
        elif isinstance(o, LTRect):
            x0, x1, top, bottom = o.x0, o.x1, H - o.y1, H - o.y0
            edges.append(mk_edge(x0, top, x1, top, "h"))
            edges.append(mk_edge(x0, bottom, x1, bottom, "h"))
            edges.append(mk_edge(x0, top, x0, bottom, "v"))
            edges.append(mk_edge(x1, top, x1, bottom, "v"))
        elif isinstance(o, LTLine):
            x0, x1, top, bottom = o.x0, o.x1, H - o.y1, H - o.y0
            if top == bottom:
                edges.append(mk_edge(x0, top, x1, bottom, "h"))
            elif x0 == x1:
                edges.append(mk_edge(x0, top, x1, bottom, "v"))
        elif isinstance(o, LTCurve):
            pts = [(x, H - y) for x, y in o.pts]
            for (ax, ay), (bx, by) in zip(pts, pts[1:]):
                if ay == by:
                    edges.append(mk_edge(min(ax, bx), ay, max(ax, bx), ay, "h"))
                elif ax == bx:
                    edges.append(mk_edge(ax, min(ay, by), ax, max(ay, by), "v"))
    return chars, edges


def cluster_list(xs, tol):
    if not xs:
        return []
    xs = sorted(xs)
    groups = [[xs[0]]]
    for x in xs[1:]:
        if x <= groups[-1][-1] + tol:
            groups[-1].append(x)
        else:
            groups.append([x])
    return groups


def snap(objs, attr, tol):
    vals = [o[attr] for o in objs]
    groups = cluster_list(vals, tol)
    mean = {}
    for g in groups:
        m = sum(g) / len(g)
        for v in g:
            mean[v] = m
    out = []
    for o in objs:
        d = dict(o)
        delta = mean[o[attr]] - o[attr]
        if attr == "x0":
            d["x0"] += delta
            d["x1"] += delta
        else:
            d["top"] += delta
            d["bottom"] += delta
        out.append(d)
    return out


def merge_edges(edges):
    edges = [e for e in edges if (e["width"] if e["orientation"] == "h" else e["height"]) >= 1]
    v = snap([e for e in edges if e["orientation"] == "v"], "x0", TOL)
    h = snap([e for e in edges if e["orientation"] == "h"], "top", TOL)
    out = []
    for orient, group in (("v", v), ("h", h)):
        key = (lambda e: e["x0"]) if orient == "v" else (lambda e: e["top"])
        lo, hi = ("top", "bottom") if orient == "v" else ("x0", "x1")
        for _, items in itertools.groupby(sorted(group, key=key), key=key):
            items = sorted(items, key=itemgetter(lo))
            joined = [dict(items[0])]
            for e in items[1:]:
                last = joined[-1]
                if e[lo] <= last[hi] + TOL:
                    if e[hi] > last[hi]:
                        last[hi] = e[hi]
                else:
                    joined.append(dict(e))
            out.extend(joined)
    return [e for e in out if (e["x1"] - e["x0"] if e["orientation"] == "h" else e["bottom"] - e["top"]) >= 3]


def bbox(e):
    return (e["x0"], e["top"], e["x1"], e["bottom"])


def intersections(edges):
    inter = {}
    vs = sorted([e for e in edges if e["orientation"] == "v"], key=itemgetter("x0", "top"))
    hs = sorted([e for e in edges if e["orientation"] == "h"], key=itemgetter("top", "x0"))
    for v in vs:
        for h in hs:
            if (v["top"] <= h["top"] + TOL and v["bottom"] >= h["top"] - TOL
                    and v["x0"] >= h["x0"] - TOL and v["x0"] <= h["x1"] + TOL):
                vert = (v["x0"], h["top"])
                d = inter.setdefault(vert, {"v": [], "h": []})
                d["v"].append(v)
                d["h"].append(h)
    return inter


def cells_from(inter):
    def connects(p1, p2):
        if p1[0] == p2[0]:
            if set(map(bbox, inter[p1]["v"])) & set(map(bbox, inter[p2]["v"])):
                return True
        if p1[1] == p2[1]:
            if set(map(bbox, inter[p1]["h"])) & set(map(bbox, inter[p2]["h"])):
                return True
        return False

    pts = sorted(inter.keys())
    cells = []
    for i, pt in enumerate(pts):
        if i == len(pts) - 1:
            break
        rest = pts[i + 1:]
        below = [x for x in rest if x[0] == pt[0]]
        right = [x for x in rest if x[1] == pt[1]]
        found = None
        for b in below:
            if not connects(pt, b):
                continue
            for rt in right:
                if not connects(pt, rt):
                    continue
                br = (rt[0], b[1])
                if br in inter and connects(br, rt) and connects(br, b):
                    found = (pt[0], pt[1], br[0], br[1])
                    break
            if found:
                break
        if found:
            cells.append(found)
    return cells


def group_tables(cells):
    def corners(c):
        x0, top, x1, bottom = c
        return ((x0, top), (x0, bottom), (x1, top), (x1, bottom))

    remaining = list(cells)
    cur_corners, cur, tables = set(), [], []
    while remaining:
        n0 = len(cur)
        for c in list(remaining):
            cc = corners(c)
            if not cur:
                cur_corners |= set(cc)
                cur.append(c)
                remaining.remove(c)
            elif sum(x in cur_corners for x in cc) > 0:
                cur_corners |= set(cc)
                cur.append(c)
                remaining.remove(c)
        if len(cur) == n0:
            tables.append(list(cur))
            cur_corners.clear()
            cur.clear()
    if cur:
        tables.append(list(cur))
    tables = [t for t in tables if len(t) > 1]
    return sorted(tables, key=lambda t: min((c[1], c[0]) for c in t))


def in_bbox(ch, bb):
    v = (ch["top"] + ch["bottom"]) / 2
    h = (ch["x0"] + ch["x1"]) / 2
    return bb[0] <= h < bb[2] and bb[1] <= v < bb[3]


def text_of(chars):
    if not chars:
        return ""
    tops = cluster_list([c["top"] for c in chars], TOL)
    lines = []
    for g in tops:
        lo, hi = g[0], g[-1]
        lc = sorted([c for c in chars if lo <= c["top"] <= hi], key=itemgetter("x0"))
        s, last = "", None
        for c in lc:
            if last is not None and c["x0"] > last["x1"] + TOL:
                s += " "
            s += c["text"]
            last = c
        lines.append(s)
    return "\n".join(lines)


def extract_tables(layout):
    chars, edges = collect(layout)
    edges = merge_edges(edges)
    inter = intersections(edges)
    cells = cells_from(inter)
    out = []
    for t in group_tables(cells):
        xs = sorted(set(c[0] for c in t))
        rows = []
        for top, rc in itertools.groupby(sorted(t, key=itemgetter(1, 0)), key=itemgetter(1)):
            rc = list(rc)
            xd = {c[0]: c for c in rc}
            rowcells = [xd.get(x) for x in xs]
            live = [c for c in rowcells if c]
            rb = (min(c[0] for c in live), min(c[1] for c in live),
                  max(c[2] for c in live), max(c[3] for c in live))
            rchars = [ch for ch in chars if in_bbox(ch, rb)]
            arr = []
            for c in rowcells:
                if c is None:
                    arr.append(None)
                else:
                    arr.append(text_of([ch for ch in rchars if in_bbox(ch, c)]))
            rows.append(arr)
        out.append(rows)
    return out


def main():
    os.makedirs(SRC, exist_ok=True)
    docx_path = os.path.join(SRC, "notice.docx")
    build_docx(docx_path)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", SRC, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf_path = os.path.join(SRC, "notice.pdf")

    rows = []
    for layout in page_objects(pdf_path):
        for table in extract_tables(layout):
            rows.extend(table)
    df = pd.DataFrame(rows[1:], columns=rows[0])
    df.to_csv(OUT, encoding="utf-8-sig", lineterminator="\r\n")


if __name__ == "__main__":
    main()
