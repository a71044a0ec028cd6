#!/usr/bin/python3
"""Generator for test notice 760 (round 148).

A 县政府办 red-header Word notice whose cover states a lead rule that differs by
part of the attachment table (第一至第五部分: first-listed leads; 第六部分 民生实事:
all listed units lead jointly; 第七部分 政府自身建设: no lead, each by its duties).
The attachment is one landscape table 序号 / 重点工作任务 / 责任县领导 / 责任单位 /
完成时限 with one 责任单位 column, part rows merged across, leaders merged down.

Writes 760_hengjiang_xian_2025_gzbg_renwu_fenjie.docx and 760.tasks.gold.jsonl
from the one description TASKS below.  Deterministic: fixed core properties and
a zip rewritten with fixed timestamps.
Run: /usr/bin/python3 make_760.py
"""
import datetime
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX_NAME = "760_hengjiang_xian_2025_gzbg_renwu_fenjie.docx"
GOLD_NAME = "760.tasks.gold.jsonl"

# ---------------------------------------------------------------------------
# The structured description.  Part rule: FIRST = first listed leads, rest
# cooperate; ALL = every listed unit leads, none cooperates; NONE = no lead.
# Each task: (text paragraphs, leaders as printed (cell paragraphs), units as
# printed in the cell (a list of (unit, separator-after)), deadline, leader
# merge flag).  A leader entry of None means the leader cell is merged with the
# one above (vMerge continue).
# ---------------------------------------------------------------------------
PARTS = [
    ("一、主要预期目标（5项）", "FIRST"),
    ("二、推动产业提质增效（6项）", "FIRST"),
    ("三、扩大有效投资和深化改革（5项）", "FIRST"),
    ("四、全面推进乡村振兴（5项）", "FIRST"),
    ("五、推进城乡建设和生态保护（5项）", "FIRST"),
    ("六、十件民生实事（10项）", "ALL"),
    ("七、加强政府自身建设（4项）", "NONE"),
]

S = "、"  # ordinary separator

# (part index, [task paragraphs], leaders or None (merged with above), [units], sep list or None, deadline)
TASKS = [
    # 一、主要预期目标
    (0, ["地区生产总值增长6%左右。"], ["李国栋"],
     ["县发展和改革局", "县统计局"], None, "2025年12月底前"),
    (0, ["规模以上工业增加值增长8%以上。"], ["王　磊"],
     ["县工业和信息化局", "县统计局", "蘅江经济开发区管委会"], None, "2025年12月底前"),
    (0, ["一般公共预算收入增长5%以上。"], ["李国栋"],
     ["县财政局", "国家税务总局蘅江县税务局"], None, "2025年12月底前"),
    (0, ["固定资产投资增长8%左右。"], None,
     ["县发展和改革局", "县统计局"], None, "2025年12月底前"),
    (0, ["社会消费品零售总额增长6.5%左右。"], ["陈晓燕"],
     ["县商务局", "县统计局"], None, "2025年12月底前"),
    # 二、推动产业提质增效
    (1, ["实施工业倍增计划，新增规模以上工业企业15家以上，力争新能源电池材料产业园一期建成投产。"],
     ["王　磊"], ["县工业和信息化局", "蘅江经济开发区管委会", "县发展和改革局"], None, "2025年12月底前"),
    (1, ["推进数字经济和实体经济深度融合，新建5G基站120个，培育省级专精特新中小企业3家。"],
     None, ["县工业和信息化局", "县科学技术局", "县数据局"], None, "2025年11月底前"),
    (1, ["加快发展现代物流，建成县级物流配送中心，完善县乡村三级物流配送体系。"],
     ["陈晓燕"], ["县商务局", "县交通运输局", "中国邮政集团有限公司蘅江县分公司"], None, "2025年10月底前"),
    (1, ["深化全域旅游发展，创建国家4A级旅游景区1家，全年接待游客突破600万人次。"],
     None, ["县文化广电和旅游局"], None, "2025年12月底前"),
    (1, ["实施科技型企业培育工程，高新技术企业达到45家，研发经费投入强度提高0.2个百分点。"],
     ["王　磊"], ["县科学技术局", "县财政局", "县统计局"], None, "2025年12月底前"),
    (1, ["推动金融服务实体经济，全年新增各项贷款30亿元以上，力争企业上市挂牌2家。"],
     ["李国栋"], ["县财政局", "国家金融监督管理总局蘅江监管支局"], None, "2025年12月底前"),
    # 三、扩大有效投资和深化改革
    (2, ["实施重点项目120个，年度完成投资85亿元，新开工亿元以上项目30个。",
         "其中，省市重点项目18个，年度完成投资32亿元。"],
     ["李国栋", "赵海波"], ["县发展和改革局", "县投资促进中心", "县自然资源局", "县住房和城乡建设局"], None,
     "2025年12月底前"),
    (2, ["强化招商引资，全年引进亿元以上项目25个，到位县外资金60亿元。"],
     ["赵海波"], ["县投资促进中心", "蘅江经济开发区管委会", "各乡（镇）人民政府"], None, "2025年12月底前"),
    (2, ["深化“高效办成一件事”改革，政务服务事项网上可办率达到98%以上。"],
     None, ["县行政审批服务局", "县数据局"], ["，"], "2025年9月底前"),
    (2, ["深化国资国企改革，完成县属国有企业整合重组。"],
     ["李国栋"], ["县财政局", "县城市建设投资集团有限公司"], None, "2025年6月底前"),
    (2, ["持续优化营商环境，开展涉企问题“清零”专项行动。"],
     ["赵海波"], ["县发展和改革局", "县市场监督管理局", "县司法局", "县行政审批服务局"], None, "长期坚持"),
    # 四、全面推进乡村振兴
    (3, ["稳定粮食播种面积52万亩以上，粮食总产量稳定在22万吨以上。"],
     ["孙志刚"], ["县农业农村局", "各乡（镇）人民政府"], None, "2025年10月底前"),
    (3, ["新建高标准农田3.5万亩，完成小型水库除险加固8座。"],
     None, ["县农业农村局", "县水利局", "县财政局"], None, "2025年12月底前"),
    (3, ["做好秸秆禁烧和综合利用工作，秸秆综合利用率稳定在92%以上。"],
     None, ["各乡（镇）人民政府", "县农业农村局", "市生态环境局蘅江分局"], None, "2025年11月底前"),
    (3, ["巩固拓展脱贫攻坚成果，守牢不发生规模性返贫致贫底线。"],
     None, ["县农业农村局", "县人力资源和社会保障局", "县医疗保障局", "各乡（镇）人民政府"], None, "长期坚持"),
    (3, ["整治提升农村人居环境，创建省级美丽乡村示范村10个。"],
     None, ["县农业农村局", "县住房和城乡建设局"], None, "2025年12月底前"),
    # 五、推进城乡建设和生态保护
    (4, ["实施城市更新行动，改造老旧小区12个、城中村1个。"],
     ["赵海波"], ["县住房和城乡建设局", "县城市管理局", "县自然资源局"], None, "2025年12月底前"),
    (4, ["建成蘅江大道西延段，启动S218蘅江段改扩建工程。"],
     None, ["县交通运输局", "县自然资源局"], None, "2025年12月底前"),
    (4, ["深入打好蓝天碧水净土保卫战，PM2.5平均浓度控制在32微克/立方米以内。"],
     None, ["市生态环境局蘅江分局", "县住房和城乡建设局", "县交通运输局", "县工业和信息化局"], None,
     "2025年12月底前"),
    (4, ["全面落实林长制，完成营造林3万亩，森林覆盖率稳定在58%以上。"],
     ["孙志刚"], ["县林业局"], None, "2025年12月底前"),
    (4, ["加强安全生产和防灾减灾救灾，坚决遏制较大及以上生产安全事故。"],
     ["李国栋"], ["县应急管理局", "县住房和城乡建设局", "县交通运输局", "县市场监督管理局"], None, "长期坚持"),
    # 六、十件民生实事
    (5, ["新建城区第三幼儿园，新增学位540个。"],
     ["刘　倩"], ["县教育体育局", "县住房和城乡建设局"], None, "2025年8月底前"),
    (5, ["改造提升农村公路80公里，实施危桥改造5座。"],
     ["赵海波"], ["县交通运输局"], None, "2025年11月底前"),
    (5, ["为全县65周岁以上老年人免费开展一次健康体检。"],
     ["刘　倩"], ["县卫生健康局"], None, "2025年10月底前"),
    (5, ["新建社区嵌入式养老服务中心3个、农村幸福院5个。"],
     None, ["县民政局", "各乡（镇）人民政府"], None, "2025年11月底前"),
    (5, ["城区新增停车泊位1200个，新建公共充电桩200个。"],
     ["赵海波", "王　磊"], ["县城市管理局", "县住房和城乡建设局", "国网蘅江县供电公司"], None, "2025年12月底前"),
    (5, ["实施农村供水保障工程，提升12个村集中供水能力。"],
     ["孙志刚"], ["县水利局", "县财政局"], None, "2025年9月底前"),
    (5, ["开展职业技能培训5000人次，新增城镇就业2800人。"],
     ["刘　倩"], ["县人力资源和社会保障局"], None, "2025年12月底前"),
    (5, ["为城乡低保对象等困难群众统一购买意外伤害保险。"],
     None, ["县民政局", "县财政局", "县医疗保障局"], None, "2025年6月底前"),
    (5, ["新建改造城区公厕15座。"],
     ["赵海波"], ["县城市管理局"], None, "2025年10月底前"),
    (5, ["建设“15分钟健身圈”，新建全民健身场地20处。"],
     ["刘　倩"], ["县教育体育局", "各乡（镇）人民政府"], None, "2025年11月底前"),
    # 七、加强政府自身建设
    (6, ["深入推进法治政府建设，严格落实重大行政决策程序。"],
     ["李国栋"], ["县司法局", "县政府办公室", "县政府各部门"], None, "长期坚持"),
    (6, ["加强审计监督，完成县级预算执行和重点项目审计。"],
     None, ["县审计局", "县财政局"], None, "2025年12月底前"),
    (6, ["持续改进作风，严格执行中央八项规定及其实施细则精神。"],
     ["周振华"], ["县政府办公室", "县政府各部门"], None, "长期坚持"),
    (6, ["认真办理人大代表建议和政协提案，按时办复率达到100%。"],
     ["李国栋"], ["县政府办公室", "县政府各部门"], None, "2025年10月底前"),
]

ISSUER = "蘅江县人民政府办公室"
WENHAO = "蘅政办发〔2025〕7号"
DATE = "2025年2月26日"
ATT_TITLE = "2025年《政府工作报告》重点工作任务分解表"

COVER_INTRO = ("《蘅江县2025年政府工作报告》已经县第十八届人民代表大会第五次会议审议通过。"
               "为确保报告确定的各项目标任务落到实处，经县人民政府同意，现将《2025年〈政府工作报告〉"
               "重点工作任务分解表》（以下简称《分解表》）印发给你们，并就有关事项通知如下：")
COVER_ITEMS = [
    ("一、提高思想认识。", "《政府工作报告》是县人民政府向全县人民作出的庄严承诺，是全年工作的"
     "总纲和依据。各乡（镇）、各部门要切实增强责任感和紧迫感，把落实《政府工作报告》作为"
     "当前和今后一个时期的重要任务，主要负责同志亲自研究、亲自部署、亲自督办，确保各项任务"
     "按期保质完成。"),
    ("二、明确责任分工。", "《分解表》共分七个部分40项任务，各部分责任分工按以下规定执行："
     "第一至第五部分，“责任单位”栏中排在第一位的为牵头单位，负责统筹推进和汇总报送进展情况，"
     "其余为配合单位；第六部分“十件民生实事”，“责任单位”栏所列单位均为牵头单位，共同对项目"
     "建设和资金落实负责；第七部分“政府自身建设”，由所列单位按照职责分工各负其责，不再明确"
     "牵头单位。各责任县领导要加强统筹调度，牵头单位主要负责同志为第一责任人，配合单位要"
     "主动对接、密切配合，形成工作合力。"),
    ("三、强化督查考核。", "各牵头单位要于3月10日前制定具体推进方案，明确时间节点和责任人，"
     "报县政府督查室备案；每季度末月25日前将进展情况报县政府督查室。县政府督查室将定期"
     "对各项任务推进情况进行督查通报，督查结果纳入年度目标绩效考核。"
     "联系人：县政府督查室　张　敏，联系电话：6822315。"),
]

CC_LINE = "抄送：县委各部门，县人大常委会办公室，县政协办公室，县人武部，县法院，县检察院。"
PRINT_LINE_L = "蘅江县人民政府办公室"
PRINT_LINE_R = "2025年2月26日印发"

FANGSONG = "仿宋_GB2312"
HEITI = "黑体"
KAITI = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------------------
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


def para(container, text="", font=FANGSONG, size=16, align=None, indent_chars=0,
         bold=False, color=None, exact=28, right_chars=0, before=0, after=0):
    p = container.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent_chars:
        pf.first_line_indent = Pt(size * indent_chars)
    if right_chars:
        pf.right_indent = Pt(size * right_chars)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def cell_text(cell, paragraphs, font=FANGSONG, size=12, align=None, bold=False):
    first = True
    for t in paragraphs:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        pf = p.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(18)
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        if align is not None:
            p.alignment = align
        r = p.add_run(t)
        set_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_cell_width(cell, cm):
    cell.width = Cm(cm)


def mark_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)
    cs = OxmlElement("w:cantSplit")
    trpr.append(cs)


def table_borders(table, sz=4):
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblpr.append(borders)


def units_text(units, seps):
    out = ""
    for i, u in enumerate(units):
        out += u
        if i < len(units) - 1:
            out += seps[i] if seps and i < len(seps) else S
    return out


# ---------------------------------------------------------------------------
def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FANGSONG
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FANGSONG)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    # 版头
    for _ in range(2):
        para(doc, "", exact=28)
    p = para(doc, ISSUER + "文件", font=XBS, size=36, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=RED, exact=48)
    para(doc, "", exact=28)
    p = para(doc, WENHAO, align=WD_ALIGN_PARAGRAPH.CENTER, exact=28, after=6)
    bottom_border(p)
    para(doc, "", exact=28)

    # 标题 (two lines by a manual line break)
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    r = p.add_run(ISSUER + "关于印发2025年")
    set_font(r, XBS, 22)
    r.add_break()
    r2 = p.add_run("《政府工作报告》重点工作任务分解表的通知")
    set_font(r2, XBS, 22)
    para(doc, "", exact=28)

    para(doc, "各乡（镇）人民政府，县政府各部门，县直各单位：")
    para(doc, COVER_INTRO, indent_chars=2)
    for head, body in COVER_ITEMS:
        p = para(doc, "", indent_chars=2)
        r = p.add_run(head)
        set_font(r, HEITI, 16)
        r = p.add_run(body)
        set_font(r, FANGSONG, 16)
    para(doc, "")
    para(doc, "附件：" + ATT_TITLE, indent_chars=2)
    para(doc, "")
    para(doc, "")
    para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4)
    para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4)
    para(doc, "（此件公开发布）", indent_chars=2)

    # 附件: landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    sec2.top_margin, sec2.bottom_margin = Cm(2.6), Cm(2.4)
    sec2.left_margin, sec2.right_margin = Cm(2.5), Cm(2.5)
    para(doc, "附件", font=HEITI, size=16)
    para(doc, "")
    para(doc, ATT_TITLE, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    para(doc, "")

    widths = [1.4, 11.0, 2.8, 6.6, 2.9]
    n_rows = 1 + len(PARTS) + len(TASKS)
    table = doc.add_table(rows=n_rows, cols=5)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    table_borders(table)
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    hdr = table.rows[0]
    mark_header(hdr)
    for i, (t, w) in enumerate(zip(["序号", "重点工作任务", "责任县领导", "责任单位", "完成时限"], widths)):
        c = hdr.cells[i]
        set_cell_width(c, w)
        cell_text(c, [t], font=HEITI, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)

    r_i = 1
    leader_top = None
    current_part = -1
    for n, (part, paras_, leaders, units, seps, deadline) in enumerate(TASKS, start=1):
        if part != current_part:
            current_part = part
            row = table.rows[r_i]
            for i, w in enumerate(widths):
                set_cell_width(row.cells[i], w)
            merged = row.cells[0].merge(row.cells[4])
            cell_text(merged, [PARTS[part][0]], font=HEITI, size=12)
            r_i += 1
            leader_top = None
        row = table.rows[r_i]
        for i, w in enumerate(widths):
            set_cell_width(row.cells[i], w)
        cell_text(row.cells[0], [str(n)], align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(row.cells[1], paras_, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        if leaders is None:
            assert leader_top is not None, n
            leader_top = leader_top.merge(row.cells[2])
        else:
            cell_text(row.cells[2], leaders, align=WD_ALIGN_PARAGRAPH.CENTER)
            leader_top = row.cells[2]
        cell_text(row.cells[3], [units_text(units, seps)], align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(row.cells[4], [deadline], align=WD_ALIGN_PARAGRAPH.CENTER)
        r_i += 1
    assert r_i == n_rows

    # 版记: portrait last page
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        para(doc, "")
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = bj._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge, sz in (("top", 8), ("bottom", 8), ("insideH", 4)):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblpr.append(borders)
    c0 = bj.rows[0].cells[0]
    p = c0.paragraphs[0]
    p.paragraph_format.left_indent = Pt(14)
    r = p.add_run(CC_LINE)
    set_font(r, FANGSONG, 14)
    c1 = bj.rows[1].cells[0]
    p = c1.paragraphs[0]
    p.paragraph_format.left_indent = Pt(14)
    r = p.add_run(PRINT_LINE_L + "\t" + PRINT_LINE_R)
    set_font(r, FANGSONG, 14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), alignment=2)  # right tab

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 26, 9, 30, 0)
    cp.author = "蘅江县人民政府办公室"
    cp.last_modified_by = "xxb"
    cp.title = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps for byte-identical output
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 26, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    with open(os.path.join(HERE, DOCX_NAME), "wb") as f:
        f.write(out.getvalue())


def build_gold():
    lines = []
    leader_run = None
    for n, (part, paras_, leaders, units, seps, deadline) in enumerate(TASKS, start=1):
        if leaders is not None:
            leader_run = [x.replace("　", "").replace(" ", "") for x in leaders]
        rule = PARTS[part][1]
        if rule == "FIRST":
            lead, coop = units[:1], units[1:]
        elif rule == "ALL":
            lead, coop = list(units), []
        else:
            lead, coop = None, None
        head = "".join(paras_[0].split())[:12]
        lines.append({
            "id": str(n), "marker": str(n), "head": head,
            "responsible_units": list(units), "lead_units": lead, "cooperating_units": coop,
            "leaders": list(leader_run), "deadline": deadline,
        })
    with open(os.path.join(HERE, GOLD_NAME), "w", encoding="utf-8") as f:
        for o in lines:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    assert 20 <= len(TASKS) <= 45
    build_docx()
    build_gold()
    print("wrote", DOCX_NAME, GOLD_NAME, len(TASKS), "tasks")
