#!/usr/bin/python3
"""Round 128 / 656: a county 政府办 notice whose 附件 is a responsibility matrix
(●牵头 / ○配合) whose unit columns are grouped, in a three-row header, under the
分管县领导 named above them.  No task names a leader: the leader of a task is the
leader over the column of its ● (the rule is in the cover and in a 注).

Writes (deterministically):
  656_chaxi_xian_fenguan_lingdao_juzhen_fengong.docx
  656_chaxi_xian_fenguan_lingdao_juzhen_fengong.tasks.gold.jsonl
"""
import io
import json
import os
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "656_chaxi_xian_fenguan_lingdao_juzhen_fengong"
DOCX = os.path.join(HERE, BASE + ".docx")
GOLD = os.path.join(HERE, BASE + ".tasks.gold.jsonl")

# ---------------------------------------------------------------- the header
# (post, printed name, gold name, [units as printed in the header])

GROUPS = [
    ("县长", "欧阳振东", "欧阳振东", ["县政府办公室", "县审计局"]),
    ("常务副县长", "宋　岩", "宋岩", ["县发改局", "县财政局", "县统计局", "县商务局"]),
    ("副县长", "钱志远", "钱志远", ["县工信局", "槎溪经开区管委会"]),
    ("副县长", "刘晓燕", "刘晓燕", ["县教育局", "县卫健局", "县人社局", "县民政局", "县文旅局"]),
    ("副县长", "韩立群", "韩立群", ["县住建局", "县自然资源局", "县交通运输局", "县城管局",
                                 "市生态环境局槎溪分局"]),
    ("副县长", "杜　娟", "杜娟", ["县农业农村局", "县水利局", "县林业局"]),
    (None, "其他单位", None, ["县税务局", "各乡镇（街道）"]),
]


def uname(u):
    return "".join(u) if isinstance(u, tuple) else u


COLUMNS = []          # (unit name, gold leader or None) in printed column order
for post, shown, gold_name, units in GROUPS:
    for u in units:
        COLUMNS.append((uname(u), gold_name))
UNIT_INDEX = {u: i for i, (u, _) in enumerate(COLUMNS)}
assert len(COLUMNS) == 23

# ---------------------------------------------------------------- the tasks
# parts: (heading, [ (text paragraphs, leads, helpers, deadline, odd_mark) ])
# odd_mark: a helper printed with 〇 (U+3007) instead of ○
P = [
    ("一、稳增长扩内需（6项）", [
        (["地区生产总值增长6%左右，固定资产投资增长8%，社会消费品零售总额增长6.5%，主要经济指标增速高于全市平均水平。"],
         ["县发改局"], ["县财政局", "县统计局", "县商务局", "县工信局", "各乡镇（街道）"], "2025年12月底", None),
        (["全年实施县级重点项目120个，完成投资85亿元以上，其中新开工项目不少于40个，“三个一批”项目活动每季度开展一次。"],
         ["县发改局"], ["县财政局", "槎溪经开区管委会", "县住建局", "县自然资源局", "各乡镇（街道）"], "2025年12月底", None),
        (["积极争取超长期特别国债、地方政府专项债券和中央预算内投资，全年争取上级资金15亿元以上。"],
         ["县发改局", "县财政局"], ["县交通运输局", "县农业农村局", "县水利局"], "2025年11月底前", None),
        (["实施提振消费专项行动，举办汽车、家电、餐饮等促消费活动20场以上，落实好消费品以旧换新政策。"],
         ["县商务局"], ["县财政局", "县文旅局"], "2025年12月底", None),
        (["稳住外贸外资基本盘，外贸进出口总额增长5%，实际使用外资1500万美元，新增有进出口实绩企业10家。"],
         ["县商务局", "槎溪经开区管委会"], ["县发改局", "县工信局", "县税务局"], "2025年12月底", None),
        (["完成第五次全国经济普查成果开发应用，按季度发布全县经济运行监测分析报告。"],
         ["县统计局"], [], "2025年6月底前", None),
    ]),
    ("二、产业转型升级（5项）", [
        (["新增规模以上工业企业15家，规上工业增加值增长7%，新增“个转企”“小升规”企业30家。"],
         ["县工信局"], ["县统计局", "槎溪经开区管委会", "县税务局", "各乡镇（街道）"], "2025年12月底", None),
        (["推进槎溪经济开发区扩区调位，新建标准化厂房10万平方米，园区规上工业产值突破100亿元。"],
         ["槎溪经开区管委会"], ["县发改局", "县工信局", "县住建局", "县自然资源局"], "2025年12月底", None),
        (["实施“智改数转”项目30个，新培育省级专精特新中小企业5家、高新技术企业8家。"],
         ["县工信局"], ["县财政局"], "2025年12月底", None),
        (["深化“放管服”改革，推动“高效办成一件事”重点事项落地见效，政务服务事项网上可办率达到98%以上。"],
         ["县政府办公室"], ["县发改局", "县卫健局", "县人社局", "县民政局"], "2025年10月底前", None),
        (["发展全域旅游，创成国家4A级旅游景区1家，全年接待游客500万人次以上，实现旅游综合收入45亿元。"],
         ["县文旅局"], ["县交通运输局", "县农业农村局", "县林业局", "各乡镇（街道）"], "2025年12月底", None),
    ]),
    ("三、全面推进乡村振兴（5项）", [
        (["稳定粮食播种面积45万亩以上，粮食产量稳定在18万吨以上，新建高标准农田3万亩。"],
         ["县农业农村局"], ["县财政局", "县自然资源局", "县水利局", "各乡镇（街道）"], "2025年11月底前", None),
        (["推进城乡供水一体化，新建改造供水管网120公里，农村自来水普及率达到96%，规模化供水工程覆盖农村人口比例提高到85%。"],
         ["县住建局", "县水利局"], ["县财政局", "县卫健局", "各乡镇（街道）"], "2025年12月底", None),
        (["巩固拓展脱贫攻坚成果，坚决守住不发生规模性返贫底线，脱贫人口人均纯收入增长10%以上。"],
         ["县农业农村局"], ["县教育局", "县卫健局", "县人社局", "县民政局", "县住建局", "各乡镇（街道）"], "持续推进", None),
        (["全面推行林长制，完成国土绿化2万亩，森林覆盖率稳定在62%以上。"],
         ["县林业局"], ["县自然资源局", "各乡镇（街道）"], "2025年12月底", None),
        (["持续整治提升农村人居环境，农村卫生厕所普及率达到92%，农村生活垃圾收运处置体系覆盖所有行政村。"],
         ["县农业农村局"], ["县卫健局", "县住建局", "县城管局", "市生态环境局槎溪分局", "各乡镇（街道）"], "2025年12月底",
         "县城管局"),
    ]),
    ("四、城乡建设和生态环境（5项）", [
        (["实施城市更新行动，改造城镇老旧小区28个、城中村2个，新增城市公共停车泊位1500个。"],
         ["县住建局"], ["县财政局", "县自然资源局", "县城管局", "各乡镇（街道）"], "2025年12月底", None),
        (["加快槎溪至临江一级公路建设，配合市交通运输局做好沿江高速公路前期工作，新改建农村公路150公里。"],
         ["县交通运输局"], ["县财政局", "县自然资源局", "各乡镇（街道）"], "2025年12月底", None),
        (["深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在32微克/立方米以内，国省控断面水质优良率保持100%。"],
         ["市生态环境局槎溪分局"], ["县工信局", "县住建局", "县交通运输局", "县农业农村局", "县水利局", "各乡镇（街道）"],
         "2025年12月底", None),
        (["完成中心城区控制性详细规划编制，盘活批而未供和闲置土地3000亩。"],
         ["县自然资源局"], ["县发改局", "槎溪经开区管委会", "各乡镇（街道）"], "2025年10月底前", None),
        (["开展城市精细化管理提升行动，新建口袋公园10个，城区生活垃圾分类覆盖率达到80%。"],
         ["县城管局"], ["县住建局", "市生态环境局槎溪分局"], "2025年12月底", None),
    ]),
    ("五、保障和改善民生（6项）", [
        (["城镇新增就业5500人，城镇调查失业率控制在5.5%以内，开展各类职业技能培训8000人次。"],
         ["县人社局"], ["县财政局", "县教育局", "县农业农村局", "各乡镇（街道）"], "2025年12月底", None),
        (["新建、改扩建中小学校和幼儿园6所，新增学位3600个，推进县域普通高中振兴。"],
         ["县教育局"], ["县发改局", "县财政局", "县住建局", "县自然资源局"], "2025年8月底前", None),
        (["深化紧密型县域医共体建设，支持县人民医院创建三级医院。",
          "乡镇卫生院标准化建设达标率达到100%，村卫生室实现医保结算全覆盖。"],
         ["县卫健局"], ["县财政局", "县人社局"], "2025年12月底", None),
        (["完善养老服务体系，新建社区嵌入式养老服务中心5个，特困供养机构护理型床位占比达到60%。"],
         ["县民政局"], ["县财政局", "县卫健局", "县住建局", "各乡镇（街道）"], "2025年12月底", None),
        (["实施全民参保计划，基本养老保险参保率稳定在95%以上，城乡居民医保参保率稳定在97%以上。"],
         ["县人社局"], ["县财政局", "县税务局", "各乡镇（街道）"], "2025年12月底", None),
        (["推进文化惠民工程，开展送戏下乡300场以上，建成城市书房5个、乡镇综合文化站示范站3个。"],
         ["县文旅局"], ["县财政局", "各乡镇（街道）"], "2025年12月底", None),
    ]),
    ("六、加强政府自身建设（3项）", [
        (["严格落实政府过紧日子要求，一般性支出压减5%以上，“三公”经费只减不增。"],
         ["县财政局"], ["县政府办公室", "县审计局"], "2025年12月底", None),
        (["加强审计监督，实现重点部门和单位审计全覆盖，审计发现问题整改率达到95%以上。"],
         ["县审计局"], ["县财政局"], "持续推进", None),
        (["深化政务公开，推进政府网站集约化建设，人大代表建议、政协委员提案办结率达到100%。"],
         ["县政府办公室"], [], "持续推进", None),
    ]),
]
# the 完成时限 cells of tasks 29 and 30 are merged (the clerk merged equal values)
MERGED_DEADLINE = (29, 30)


# ---------------------------------------------------------------- helpers
def set_font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name if a == "w:eastAsia" else ("Times New Roman" if name.startswith("仿宋") else name))
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", font="仿宋_GB2312", size=16, bold=False, align=None,
         indent=False, color=None, space_after=0, line=None):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    if line:
        pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def runs(p, parts, size=16):
    """parts: [(text, font, bold)]"""
    for text, font, bold in parts:
        set_font(p.add_run(text), font, size, bold)
    return p


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "4")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def top_bottom_border(p, top=True, bottom=True):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    for side, on in (("w:top", top), ("w:bottom", bottom)):
        if on:
            b = OxmlElement(side)
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), "6")
            b.set(qn("w:space"), "1")
            b.set(qn("w:color"), "000000")
            pbdr.append(b)
    ppr.append(pbdr)


def cell_text(cell, paragraphs, size=10.5, font="仿宋_GB2312", bold=False, align=WD_ALIGN_PARAGRAPH.LEFT,
              vertical=False, brk=None):
    """Fill a cell: paragraphs is a list of strings. brk: (a, b) printed as a, line break, b."""
    first = cell.paragraphs[0]
    for i, t in enumerate(paragraphs):
        p = first if i == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(size + 3)
        if t:
            set_font(p.add_run(t), font, size, bold)
    if brk:
        p = first
        p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(size + 3)
        r = p.add_run(brk[0])
        set_font(r, font, size, bold)
        r.add_break(WD_BREAK.LINE)
        set_font(p.add_run(brk[1]), font, size, bold)
    tcpr = cell._tc.get_or_add_tcPr()
    if vertical:
        td = OxmlElement("w:textDirection")
        td.set(qn("w:val"), "tbRlV")
        tcpr.append(td)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_width(cell, cm):
    cell.width = Cm(cm)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trpr.append(c)


def row_height(row, cm, rule="atLeast"):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(int(cm * 567)))
    h.set(qn("w:hRule"), rule)
    trpr.append(h)


def set_table_borders(table):
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "4")
        b.set(qn("w:space"), "0")
        b.set(qn("w:color"), "000000")
        borders.append(b)
    tblpr.append(borders)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)


def footer_page_number(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("— "), "宋体", 14)
    r = fp.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
        elif text == " PAGE ":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            r._r.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = text
            r._r.append(t)
    set_font(r, "宋体", 14)
    set_font(fp.add_run(" —"), "宋体", 14)


# ---------------------------------------------------------------- document
def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    footer_page_number(sec)

    first = doc.add_paragraph()
    first.alignment = WD_ALIGN_PARAGRAPH.CENTER
    first.paragraph_format.space_before = Pt(36)
    set_font(first.add_run("槎溪县人民政府办公室文件"), "方正小标宋简体", 36, False, "FF0000")
    para(doc, "", size=16)
    p = para(doc, "槎政办发〔2025〕7号", align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p)
    para(doc, "", size=16)
    para(doc, "槎溪县人民政府办公室", "方正小标宋简体", 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc, "关于印发2025年县《政府工作报告》", "方正小标宋简体", 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc, "重点任务责任分工矩阵表的通知", "方正小标宋简体", 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc, "", size=16)
    para(doc, "各乡镇人民政府、街道办事处，县政府各部门，槎溪经济开发区管委会，县直及驻县各单位：", line=29)
    para(doc, "《2025年县〈政府工作报告〉重点任务责任分工矩阵表》已经县人民政府同意，现印发给你们，并就有关事项通知如下。",
         indent=True, line=29)
    p = para(doc, "", indent=True, line=29)
    runs(p, [("一、明确责任分工。", "黑体", False),
             ("为便于对照县政府领导工作分工抓好落实，今年的任务分工采用矩阵方式编制。附件表头按照县政府领导工作分工，"
              "将各位县政府领导分管（联系）的单位列在其姓名下方；“其他单位”栏列出承担配合任务的其他单位。"
              "表中“●”为牵头单位，“○”为配合单位。每项任务由“●”所在栏上方的县政府领导负责；"
              "同一项任务的“●”分属两位县政府领导分管的，由两位领导共同负责，排在前面的为主要负责领导。"
              "一项任务有两个牵头单位的，排在前面的为主牵头单位，负责统筹协调和情况汇总。"
              "“其他单位”栏中的单位均为配合单位。", "仿宋_GB2312", False)])
    p = para(doc, "", indent=True, line=29)
    runs(p, [("二、细化推进措施。", "黑体", False),
             ("各牵头单位要对照任务逐项制定推进方案，明确时间表、路线图和具体责任人，经分管县政府领导审定后，"
              "于2025年3月15日前报县政府督查室。各配合单位要主动对接牵头单位，按职责做好配合工作，"
              "不推诿、不扯皮。", "仿宋_GB2312", False)])
    p = para(doc, "", indent=True, line=29)
    runs(p, [("三、严格督查考核。", "黑体", False),
             ("各牵头单位于每季度末月25日前将任务进展情况报县政府督查室。县政府督查室要加强跟踪督办，"
              "对工作推进不力、进度滞后的单位予以通报，督查结果纳入年度绩效考核。"
              "联系人：县政府督查室　陈　敏，联系电话：0739—6822315。", "仿宋_GB2312", False)])
    para(doc, "", size=16)
    p = para(doc, "", indent=True, line=29)
    runs(p, [("附件：槎溪县2025年《政府工作报告》重点任务责任分工矩阵表", "仿宋_GB2312", False)])
    para(doc, "", size=16)
    para(doc, "", size=16)
    p = para(doc, "槎溪县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, line=29)
    p.paragraph_format.right_indent = Cm(1.2)
    p = para(doc, "2025年2月26日", align=WD_ALIGN_PARAGRAPH.RIGHT, line=29)
    p.paragraph_format.right_indent = Cm(1.6)
    para(doc, "（此件公开发布）", indent=True, line=29)

    # ------------------------------------------------------------ landscape 附件
    sec2 = doc.add_section()
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    sec2.top_margin, sec2.bottom_margin = Cm(2.0), Cm(1.8)
    sec2.left_margin, sec2.right_margin = Cm(1.5), Cm(1.5)
    para(doc, "附件", "黑体", 16, line=28)
    para(doc, "槎溪县2025年《政府工作报告》重点任务责任分工矩阵表", "方正小标宋简体", 20,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=30, space_after=6)

    ncol = 2 + len(COLUMNS) + 1
    n_tasks = sum(len(t) for _, t in P)
    nrows = 3 + len(P) + n_tasks
    table = doc.add_table(rows=nrows, cols=ncol)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(table)
    W_NO, W_TASK, W_UNIT, W_DL = 0.8, 6.0, 0.74, 1.7
    widths = [W_NO, W_TASK] + [W_UNIT] * len(COLUMNS) + [W_DL]
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            set_width(c, w)

    R = table.rows
    for r in (0, 1, 2):
        repeat_header(R[r])
        cant_split(R[r])
    row_height(R[2], 4.3)
    # header texts before merging (merged cells keep the first cell's paragraphs)
    cell_text(R[0].cells[0], ["序号"], 10.5, "黑体", align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(R[0].cells[1], ["重点任务"], 10.5, "黑体", align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(R[0].cells[2], ["责任单位及分管县政府领导"], 10.5, "黑体", align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(R[0].cells[ncol - 1], ["完成时限"], 10.5, "黑体", align=WD_ALIGN_PARAGRAPH.CENTER)
    col = 2
    group_cells = []
    for post, shown, gold_name, units in GROUPS:
        c = R[1].cells[col]
        if post:
            cell_text(c, [post, shown], 9, "黑体", align=WD_ALIGN_PARAGRAPH.CENTER)
        else:
            cell_text(c, [shown], 9, "黑体", align=WD_ALIGN_PARAGRAPH.CENTER)
        group_cells.append((col, col + len(units) - 1))
        for u in units:
            uc = R[2].cells[col]
            if isinstance(u, tuple):
                cell_text(uc, [], 9, "黑体", align=WD_ALIGN_PARAGRAPH.CENTER, vertical=True, brk=u)
            else:
                cell_text(uc, [u], 9, "黑体", align=WD_ALIGN_PARAGRAPH.CENTER, vertical=True)
            col += 1
    # merges
    R[0].cells[0].merge(R[2].cells[0])
    R[0].cells[1].merge(R[2].cells[1])
    R[0].cells[ncol - 1].merge(R[2].cells[ncol - 1])
    table.cell(0, 2).merge(table.cell(0, ncol - 2))
    for a, b in group_cells:
        if b > a:
            table.cell(1, a).merge(table.cell(1, b))

    # body
    r = 3
    tid = 0
    dl_merge_rows = []
    for heading, tasks in P:
        row = R[r]
        cant_split(row)
        cell_text(row.cells[0], [heading], 10.5, "黑体")
        table.cell(r, 0).merge(table.cell(r, ncol - 1))
        r += 1
        for text, leads, helps, deadline, odd in tasks:
            tid += 1
            row = R[r]
            cant_split(row)
            cell_text(row.cells[0], [str(tid)], 10.5, "仿宋_GB2312", align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(row.cells[1], text, 10.5, "仿宋_GB2312", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            for u in leads:
                cell_text(row.cells[2 + UNIT_INDEX[u]], ["●"], 10.5, "宋体", align=WD_ALIGN_PARAGRAPH.CENTER)
            for u in helps:
                mark = "〇" if odd == u else "○"
                cell_text(row.cells[2 + UNIT_INDEX[u]], [mark], 10.5, "宋体", align=WD_ALIGN_PARAGRAPH.CENTER)
            for j in range(len(COLUMNS)):
                c = row.cells[2 + j]
                if not c.text:
                    c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            if tid == MERGED_DEADLINE[1]:
                dl_merge_rows.append(r)
            elif tid == MERGED_DEADLINE[0]:
                cell_text(row.cells[ncol - 1], [deadline], 10.5, "仿宋_GB2312", align=WD_ALIGN_PARAGRAPH.CENTER)
                dl_merge_rows.append(r)
            else:
                cell_text(row.cells[ncol - 1], [deadline], 10.5, "仿宋_GB2312", align=WD_ALIGN_PARAGRAPH.CENTER)
            r += 1
    table.cell(dl_merge_rows[0], ncol - 1).merge(table.cell(dl_merge_rows[1], ncol - 1))

    p = para(doc, "", size=12, line=20)
    p.paragraph_format.space_before = Pt(6)
    runs(p, [("注：1．表中“●”为牵头单位，“○”为配合单位，空白表示不承担该项任务。", "楷体_GB2312", False)], size=12)
    p = para(doc, "", size=12, line=20)
    p.paragraph_format.left_indent = Pt(24)
    runs(p, [("2．表头各县政府领导姓名下方为其分管（联系）的单位，每项任务由“●”所在栏上方的县政府领导负责；"
              "“其他单位”栏中的单位均为配合单位。", "楷体_GB2312", False)], size=12)

    # ------------------------------------------------------------ 版记 (portrait)
    sec3 = doc.add_section()
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        para(doc, "", size=16, line=29)
    p = para(doc, "", size=14, line=26)
    top_bottom_border(p, top=True, bottom=True)
    p.paragraph_format.left_indent = Pt(14)
    runs(p, [("抄送：县委办公室，县人大常委会办公室，县政协办公室。", "仿宋_GB2312", False)], size=14)
    p = para(doc, "", size=14, line=26)
    top_bottom_border(p, top=False, bottom=True)
    p.paragraph_format.left_indent = Pt(14)
    runs(p, [("槎溪县人民政府办公室　　　　　　　　2025年2月26日印发", "仿宋_GB2312", False)], size=14)

    cp = doc.core_properties
    fixed = datetime(2025, 2, 26, 9, 30, 0)
    cp.author = "槎溪县人民政府办公室"
    cp.last_modified_by = "督查室"
    cp.title = "槎溪县人民政府办公室关于印发2025年县《政府工作报告》重点任务责任分工矩阵表的通知"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so the bytes are the same every run
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 26, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(DOCX, "wb") as f:
        f.write(out.getvalue())


def gold():
    recs = []
    tid = 0
    for heading, tasks in P:
        for text, leads, helps, deadline, odd in tasks:
            tid += 1
            marked = set(leads) | set(helps)
            resp = [u for u, _ in COLUMNS if u in marked]
            lead = [u for u, _ in COLUMNS if u in leads]
            coop = [u for u, _ in COLUMNS if u in helps]
            leaders = []
            for u, ldr in COLUMNS:
                if u in leads:
                    assert ldr, (tid, u)
                    if ldr not in leaders:
                        leaders.append(ldr)
            recs.append({
                "id": str(tid),
                "marker": str(tid),
                "head": text[0][:12],
                "responsible_units": resp,
                "lead_units": lead,
                "cooperating_units": coop,
                "leaders": leaders,
                "deadline": deadline,
            })
    with open(GOLD, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    build()
    gold()
    print("wrote", DOCX, "and", GOLD)
