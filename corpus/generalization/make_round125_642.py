#!/usr/bin/python3
"""Round 125, notice 642: a county 县政府办 notice whose task table gives the
leaders only as tick columns -- one narrow column per 县政府领导 under a merged
"责任县领导" header (post over name), "★" for the leader who leads the task and
"☆" for a leader who assists, the units as ordinary text columns, and two count
rows ("牵头负责（项）", "协助推进（项）") at the foot.

Writes (deterministically, same bytes every run):
  642_hongshui_xian_lingdao_gouxuan_juzhen.docx
  642_hongshui_xian_lingdao_gouxuan_juzhen.tasks.gold.jsonl
"""
import datetime
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "642_hongshui_xian_lingdao_gouxuan_juzhen"
DOCX = os.path.join(HERE, BASE + ".docx")
GOLD = os.path.join(HERE, BASE + ".tasks.gold.jsonl")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

# ----------------------------------------------------------------- content --
# leader columns, in the order the office prints them: (post, name as printed)
LEADERS = [
    ("县长", "周立新"),
    ("常务副县长", "王　勇"),
    ("副县长", "李晓华"),
    ("副县长", "陈刚"),
    ("副县长", "欧阳明辉"),
    ("副县长", "孙建军"),
    ("副县长", "赵丽娟"),
]
NL = len(LEADERS)

PARTS = [
    ("一、稳增长扩投资（6项）", range(1, 7)),
    ("二、做强实体经济（5项）", range(7, 12)),
    ("三、推进乡村全面振兴（5项）", range(12, 17)),
    ("四、提升城乡建设品质（5项）", range(17, 22)),
    ("五、增进民生福祉（6项）", range(22, 28)),
    ("六、统筹发展和安全（3项）", range(28, 31)),
]

# n: (bold title sentence, rest of text, marks {leader index: '★'/'☆'},
#     lead units as printed in the cell, cooperating cell text, deadline)
T = {
    1: ("全力推动经济平稳增长。",
        "全县地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长7.5%。",
        {0: "★", 1: "☆"}, "县发展和改革局",
        "县统计局、县财政局（县国资办）、各乡镇人民政府", "2025年12月底前"),
    2: ("实施重点项目攻坚行动。",
        "全年实施县级重点项目120个，完成投资150亿元以上，新开工亿元以上项目35个。",
        {1: "★"}, "县发展和改革局",
        "县自然资源局、县住房和城乡建设局、市生态环境局泓水分局、各乡镇人民政府", "2025年12月底前"),
    3: ("强化项目要素保障。",
        "争取地方政府专项债券资金8亿元以上，统筹用好超长期特别国债等政策性资金。",
        {1: "★", 4: "☆"}, "县财政局（县国资办）",
        "县发展和改革局、县自然资源局", "2025年10月底前"),
    4: ("全面促进消费扩容提质。",
        "社会消费品零售总额增长7%，举办“泓水消费季”等促消费活动20场以上。",
        {2: "★"}, "县商务局",
        "县文化和旅游局、县市场监督管理局、县财政局（县国资办）", "2025年12月底前"),
    5: ("做大做强招商引资。",
        "坚持“一把手”招商，引进亿元以上项目25个，实际到位资金80亿元以上。",
        {0: "★", 2: "☆"}, "县投资促进中心",
        "县直各有关单位，各乡镇人民政府", "2025年12月底前"),
    6: ("推动外贸稳规模优结构。",
        "支持企业拓展“一带一路”沿线市场，进出口总额增长8%。",
        {2: "★"}, "县商务局", "/", "2025年12月底前"),
    7: ("推进工业园区扩容提质。",
        "新建标准化厂房30万平方米，园区规模以上工业产值突破200亿元。",
        {2: "★"}, "县工业园区管委会",
        "县工业和信息化局、县自然资源局、县住房和城乡建设局", "2025年11月底前"),
    8: ("培育壮大市场主体。",
        "新增规模以上工业企业20家、省级“专精特新”中小企业5家。",
        {2: "★"}, "县工业和信息化局",
        "县科学技术局、县市场监督管理局", "2025年12月底前"),
    9: ("加快发展数字经济。",
        "新建5G基站300个，推动10家重点企业实施数字化改造。",
        {}, "县工业和信息化局",
        "县数据局、中国移动泓水分公司、中国电信泓水分公司", "2025年12月底前"),
    10: ("提升现代服务业发展水平。",
         "推进县城商贸物流园二期建设，新增限额以上服务业企业15家。",
         {2: "★", 1: "☆"}, "县商务局、县发展和改革局",
         "县统计局", "2025年12月底前"),
    11: ("持续优化营商环境。",
         "深化“高效办成一件事”改革，企业开办时间压缩至1个工作日以内。",
         {0: "★"}, "县行政审批服务局",
         "县市场监督管理局、国家税务总局泓水县税务局、县公安局", "2025年6月底前"),
    12: ("稳定粮食生产。",
         "粮食播种面积稳定在52万亩以上，新建高标准农田3万亩。",
         {3: "★"}, "县农业农村局",
         "县自然资源局、县水利局、县财政局（县国资办）、各乡镇人民政府", "2025年10月底前"),
    13: ("巩固拓展脱贫攻坚成果。",
         "健全防止返贫动态监测和帮扶机制，守牢不发生规模性返贫底线。",
         {0: "★", 3: "★"}, "县农业农村局",
         "县民政局、县人力资源和社会保障局、县医疗保障局、各乡镇人民政府", "持续推进"),
    14: ("壮大乡村特色产业。",
         "茶叶、油茶种植面积分别达到15万亩、20万亩，培育省级农业产业化龙头企业2家。",
         {3: "★"}, "县农业农村局",
         "县林业局、县商务局", "2025年12月底前"),
    15: ("实施水利基础设施提升工程。",
         "完成小型水库除险加固8座，新建农村供水工程12处。",
         {3: "★"}, "县水利局",
         "各乡镇人民政府", "2025年11月底前"),
    16: ("建设宜居宜业和美乡村。",
         "创建省级美丽乡村示范村5个，农村生活污水治理率达到45%以上。",
         {3: "★", 4: "☆"}, "县农业农村局",
         "市生态环境局泓水分局、县住房和城乡建设局、各乡镇人民政府", "2025年12月底前"),
    17: ("加快推进城市更新。",
         "改造城镇老旧小区28个、城中村1个，完成棚户区改造1200套。",
         {4: "★"}, "县住房和城乡建设局",
         "县财政局（县国资办）、县自然资源局、城关镇人民政府", "2025年12月底前"),
    18: ("完善综合交通网络。",
         "推进G356线泓水段改建工程，配合省交通运输厅做好泓水至梅岭高速公路前期工作，新改建农村公路80公里。",
         {4: "★"}, "县交通运输局",
         "县自然资源局、各乡镇人民政府", "2025年12月底前"),
    19: ("强化国土空间规划管控。",
         "完成县城重点片区详细规划编制，盘活存量建设用地800亩。",
         {4: "★", 1: "☆"}, "县自然资源局、县住房和城乡建设局",
         "县发展和改革局", "2025年9月底前"),
    20: ("提升城市精细化管理水平。",
         "开展市容环境综合整治行动，城区新增公共停车泊位1500个。",
         {4: "★"}, "县城市管理局",
         "县公安局、县住房和城乡建设局", "2025年10月底前"),
    21: ("深入打好污染防治攻坚战。",
         "PM2.5平均浓度控制在30微克/立方米以下，国省控断面水质达标率保持100%。",
         {4: "★", 3: "☆"}, "市生态环境局泓水分局",
         "县住房和城乡建设局、县农业农村局、县交通运输局", "2025年12月底前"),
    22: ("稳定和扩大就业。",
         "城镇新增就业3500人，新增农村劳动力转移就业1.5万人。",
         {6: "★"}, "县人力资源和社会保障局",
         "县教育局、县农业农村局、各乡镇人民政府", "2025年12月底前"),
    23: ("推动义务教育优质均衡发展。",
         "新建改扩建中小学校5所，新增学位3000个。",
         {6: "★"}, "县教育局",
         "县发展和改革局、县财政局（县国资办）、县住房和城乡建设局", "2025年9月底前"),
    24: ("深化医药卫生体制改革。",
         "推进紧密型县域医共体建设，支持县人民医院创建三级医院。",
         {6: "★"}, "县卫生健康局",
         "县医疗保障局、县人民医院", "2025年12月底前"),
    25: ("健全社会保障和养老服务体系。",
         "城乡居民基本养老保险参保率稳定在95%以上，新建社区嵌入式养老服务机构6个。",
         {6: "★"}, "县民政局",
         "县人力资源和社会保障局", "2025年12月底前"),
    26: ("推动文旅深度融合发展。",
         "创建国家4A级旅游景区1个，全年接待游客增长10%以上。",
         {6: "★", 2: "☆"}, "县文化和旅游局",
         "县交通运输局", "2025年12月底前"),
    27: ("办好年度民生实事。",
         "确保县人大常委会票决的10件民生实事项目全部按期完成。",
         {0: "★", 1: "☆"}, "县发展和改革局",
         "县直各有关单位", "2025年12月底前"),
    28: ("抓好安全生产工作。",
         "深化安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故。",
         {5: "★"}, "县应急管理局",
         "县住房和城乡建设局、县交通运输局、县市场监督管理局、各乡镇人民政府", "持续推进"),
    29: ("推进更高水平平安泓水建设。",
         "常态化开展扫黑除恶斗争，电信网络诈骗案件发案数下降10%。",
         {5: "★"}, "县公安局",
         "县司法局、各乡镇人民政府", "持续推进"),
    30: ("防范化解重点领域风险。",
         "稳妥有序化解地方政府债务风险，坚决守住不发生系统性风险底线。",
         {1: "★"}, "县财政局（县国资办）", "/", "持续推进"),
}

# cells merged by the clerk (identical neighbouring values merged down)
LEAD_MERGE = (12, 14)        # 牵头单位 "县农业农村局" over tasks 12-14
MARK_MERGE = (3, 14, 16)     # leader column 3 (陈刚) "★" over tasks 14-16

# ---------------------------------------------------------------- helpers --


def set_font(run, east=FS, size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    rfonts.set(qn("w:eastAsia"), east)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", east=FS, size=16, bold=False, align=None, indent=False,
         color=None, space_after=0, line=None):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if line:
        pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def border(p, side, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
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


def cell_text(cell, parts, east=FS, size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER):
    """parts: list of paragraphs, each a list of (text, bold)."""
    # clear existing paragraphs
    for p in list(cell.paragraphs)[1:]:
        p._p.getparent().remove(p._p)
    first = cell.paragraphs[0]
    for r in list(first.runs):
        r._r.getparent().remove(r._r)
    for i, runs in enumerate(parts):
        p = first if i == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.line_spacing = Pt(15)
        for text, bold in runs:
            set_font(p.add_run(text), HT if (bold and east == HT) else east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trpr.append(c)


def set_widths(table, widths):
    tbl = table._tbl
    tblpr = tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths):
                c.width = Cm(widths[i])


# --------------------------------------------------------------- document --


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.size = Pt(16)
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    # the first (empty) paragraph of the template
    body = doc.element.body
    first = body.find(qn("w:p"))
    if first is not None:
        body.remove(first)

    # 版头
    para(doc, "", size=16, space_after=0)
    para(doc, "泓水县人民政府办公室文件", east=XBS, size=36, align=WD_ALIGN_PARAGRAPH.CENTER,
         color="FF0000", space_after=12)
    p = para(doc, "泓政办发〔2025〕7号", size=16, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    border(p, "bottom", "FF0000", 18)
    para(doc, "", size=16)

    # 标题
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    set_font(p.add_run("泓水县人民政府办公室"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    set_font(p.add_run("关于印发2025年县政府重点工作任务分工表的通知"), XBS, 22)
    para(doc, "", size=16)

    para(doc, "各乡镇人民政府，县政府各部门、各直属机构：", line=28)
    para(doc, "县十八届人大五次会议审议通过的《政府工作报告》，对2025年全县经济社会发展作出了全面部署。"
              "为确保各项目标任务落到实处，经县人民政府同意，现将《2025年县政府重点工作任务分工表》"
              "印发给你们，并就有关事项通知如下。", indent=True, line=28)

    def runin(head, rest):
        p = para(doc, "", indent=True, line=28)
        set_font(p.add_run(head), HT, 16)
        set_font(p.add_run(rest), FS, 16)

    runin("一、明确责任分工。",
          "任务分工表中“责任县领导”栏按县政府领导班子成员分列，标注“★”的为牵头负责该项任务的县领导，"
          "标注“☆”的为协助推进该项任务的县领导，均为该项任务的责任县领导。“牵头单位”栏所列单位为牵头单位，"
          "牵头单位有两个的，排在第一位的为主牵头单位；“配合单位”栏所列单位为配合单位，"
          "标注“/”的表示该项任务无配合单位。")
    runin("二、细化落实措施。",
          "各牵头单位要对照任务分工，于3月25日前制定具体推进方案，明确时间表、路线图，"
          "经责任县领导审定后报县政府督查室备案。各配合单位要主动对接、积极配合，形成工作合力。")
    runin("三、强化督查考核。",
          "县政府督查室要建立工作台账，实行月调度、季通报，推进情况纳入年度综合考核。"
          "各牵头单位于每季度末月25日前将推进情况报县政府督查室。")
    para(doc, "联系人：县政府督查室　刘　洋，联系电话：0739-5521368。", indent=True, line=28)
    para(doc, "", line=28)
    p = para(doc, "附件：2025年县政府重点工作任务分工表", indent=True, line=28)
    para(doc, "", line=28)
    para(doc, "", line=28)
    p = para(doc, "泓水县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2025年3月10日", align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）", indent=True, line=28)

    # ----------------------------------------------------- 附件 (landscape) --
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21.0)
    s2.top_margin, s2.bottom_margin = Cm(2.6), Cm(2.4)
    s2.left_margin, s2.right_margin = Cm(2.2), Cm(2.2)

    para(doc, "附件", east=HT, size=16, line=28)
    para(doc, "2025年县政府重点工作任务分工表", east=XBS, size=20,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=32, space_after=8)

    ncols = 2 + NL + 3
    nrows = 2 + len(PARTS) + len(T) + 2
    table = doc.add_table(rows=nrows, cols=ncols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [0.9, 6.6] + [1.3] * NL + [2.8, 4.0, 1.9]
    set_widths(table, widths)

    # header
    cell_text(table.cell(0, 0).merge(table.cell(1, 0)), [[("序号", True)]], east=HT, size=10.5)
    cell_text(table.cell(0, 1).merge(table.cell(1, 1)), [[("重点工作任务", True)]], east=HT, size=10.5)
    cell_text(table.cell(0, 2).merge(table.cell(0, 1 + NL)), [[("责任县领导", True)]], east=HT, size=10.5)
    for j, (post, name) in enumerate(LEADERS):
        cell_text(table.cell(1, 2 + j), [[(post, True)], [(name, True)]], east=HT, size=9)
    for k, label in enumerate(["牵头单位", "配合单位", "完成时限"]):
        c = 2 + NL + k
        cell_text(table.cell(0, c).merge(table.cell(1, c)), [[(label, True)]], east=HT, size=10.5)
    repeat_header(table.rows[0])
    repeat_header(table.rows[1])

    r = 2
    row_of = {}
    for title, rng in PARTS:
        c = table.cell(r, 0).merge(table.cell(r, ncols - 1))
        cell_text(c, [[(title, True)]], east=HT, size=10.5, align=WD_ALIGN_PARAGRAPH.LEFT)
        cant_split(table.rows[r])
        r += 1
        for n in rng:
            row_of[n] = r
            title_s, rest, marks, lead, coop, dl = T[n]
            cell_text(table.cell(r, 0), [[(str(n), False)]])
            cell_text(table.cell(r, 1), [[(title_s, True), (rest, False)]],
                      align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            # the bold title sentence is 黑体-free: bold 仿宋 as pasted from the sheet
            for j in range(NL):
                cell_text(table.cell(r, 2 + j), [[(marks.get(j, ""), False)]], size=12)
            cell_text(table.cell(r, 2 + NL), [[(lead, False)]])
            cell_text(table.cell(r, 3 + NL), [[(coop, False)]],
                      align=WD_ALIGN_PARAGRAPH.CENTER if coop == "/" else WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(table.cell(r, 4 + NL), [[(dl, False)]])
            cant_split(table.rows[r])
            r += 1

    # clerk's merges of identical neighbouring cells
    a, b = LEAD_MERGE
    m = table.cell(row_of[a], 2 + NL).merge(table.cell(row_of[b], 2 + NL))
    cell_text(m, [[(T[a][3], False)]])
    j, a, b = MARK_MERGE
    m = table.cell(row_of[a], 2 + j).merge(table.cell(row_of[b], 2 + j))
    cell_text(m, [[("★", False)]], size=12)

    # count rows
    for label, mark in (("牵头负责（项）", "★"), ("协助推进（项）", "☆")):
        c = table.cell(r, 0).merge(table.cell(r, 1))
        cell_text(c, [[(label, True)]], east=HT, size=10.5)
        for j in range(NL):
            cnt = sum(1 for n in T if T[n][2].get(j) == mark)
            cell_text(table.cell(r, 2 + j), [[(str(cnt), False)]])
        c = table.cell(r, 2 + NL).merge(table.cell(r, ncols - 1))
        cell_text(c, [[("", False)]])
        r += 1
    assert r == nrows

    p = para(doc, "", size=12, line=20)
    p.paragraph_format.space_before = Pt(6)
    set_font(p.add_run("注：1．“责任县领导”栏中，★为牵头负责县领导，☆为协助推进县领导。"), KT, 12)
    para(doc, "　　2．牵头单位有两个的，排在第一位的为主牵头单位；“/”表示无配合单位。",
         east=KT, size=12, line=20)

    # ------------------------------------------------------- 版记 (portrait) --
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Cm(21.0), Cm(29.7)
    s3.top_margin, s3.bottom_margin = Cm(3.7), Cm(3.5)
    s3.left_margin, s3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        para(doc, "", line=28)
    p = para(doc, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县人民法院，县人民检察院。",
             size=14, line=28)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = para(doc, "泓水县人民政府办公室　　　　　　　　　　2025年3月10日印发", size=14, line=28)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "bottom", "000000", 8)

    # fixed properties
    cp = doc.core_properties
    cp.author = "泓水县人民政府办公室"
    cp.last_modified_by = "县政府办秘书科"
    cp.title = "泓水县人民政府办公室关于印发2025年县政府重点工作任务分工表的通知"
    cp.created = datetime.datetime(2025, 3, 10, 9, 12, 0)
    cp.modified = datetime.datetime(2025, 3, 10, 16, 40, 0)
    cp.last_printed = datetime.datetime(2025, 3, 10, 16, 45, 0)
    cp.revision = 7
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""

    buf = io.BytesIO()
    doc.save(buf)
    # re-zip with fixed timestamps so every run gives the same bytes
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 10, 16, 40, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(DOCX, "wb") as f:
        f.write(out.getvalue())


# ------------------------------------------------------------------- gold --


def split_units(s):
    if s == "/":
        return []
    out, depth, cur = [], 0, ""
    for ch in s:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if depth == 0 and ch in "、，；":
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return [u.strip() for u in out if u.strip()]


def gold():
    lines = []
    for n in sorted(T):
        title_s, rest, marks, lead, coop, dl = T[n]
        text = title_s + rest
        leads = split_units(lead)
        coops = split_units(coop)
        leaders = [LEADERS[j][1].replace("　", "") for j in sorted(marks)]
        rec = {
            "id": str(n),
            "marker": str(n),
            "head": text[:12],
            "responsible_units": leads + coops,
            "lead_units": leads,
            "cooperating_units": coops,
            "leaders": leaders,
            "deadline": dl,
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(GOLD, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    build()
    gold()
    print("wrote", os.path.basename(DOCX), "and", os.path.basename(GOLD))
