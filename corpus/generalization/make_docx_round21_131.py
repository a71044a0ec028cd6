#!/usr/bin/python3
"""Round 21 (folder b): 131_lanyu_xian_zeren_juzhen.docx, with its hand-typed gold.

岚峪县人民政府办公室 prints 《2025年县政府重点工作任务分工矩阵表》: a responsibility matrix in a landscape
section.  Header over two rows:

    序号 | 工作任务 | 责任单位 (merged across 21 columns)                      | 分管县领导
         |          | 发改 | 财政 | 自然资源 | … | 经开区 | 各镇（街道）   |
(序号, 工作任务 and 分管县领导 merged down over both rows; the unit names are the printed abbreviations, set in
vertical text, w:textDirection tbRlV, 9 pt, in narrow 0.7 cm columns; both header rows repeat on each page.)

Each task row carries ● (U+25CF) in the lead's column and ○ (U+25CB) in each cooperating unit's column, the
other cells empty.  The legend is under the table only: `注：●为牵头单位，○为配合单位。`  Variation: rows with two
or three ●, a row with ● only (one unit), a row with ● and no ○ in two columns (two leads, nobody cooperates);
in two cells the cooperating circle is typed as 〇 (U+3007, the ideographic zero the pinyin IME gives for
"ling"), which prints like ○.  Section rows `一、扩大有效投资（6项）` span the whole table; 序号 runs 1–32 through
them.  分管县领导 cells are merged down over runs of rows with the same leader; two leaders are two paragraphs or
`A、B` in one paragraph.  One task cell holds two paragraphs.

Names are invented.  Run: /usr/bin/python3 make_docx_131.py  (writes next to this script).
GOLD below is typed by hand; cross_check() reads the written .docx back with its own XML reader and compares.
"""
import json
import os
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm

from docx_notice import (set_font, FS, HT, XBS, new_doc, para, front, banji, landscape, portrait,
                         set_widths, repeat_header)

OUT = os.path.dirname(os.path.abspath(__file__)) + "/"
NAME = "131_lanyu_xian_zeren_juzhen"

# the 21 unit columns, as printed in the header (abbreviations)
UNITS = ["发改", "财政", "自然资源", "住建", "交通", "工信", "商务", "农业农村", "水利", "教育", "卫健",
         "人社", "民政", "生态环境", "市场监管", "文旅", "应急", "城管", "统计", "经开区", "各镇（街道）"]

L, C, Z = "●", "○", "〇"   # lead, cooperating, cooperating typed as the ideographic zero

ZLQ, HZG, MJ, SYQ, TYF, GHM = "周立群", "韩志刚", "马骏", "宋雅琴", "田永福", "郭红梅"

# (section, [(no, task ('|' = new paragraph), {unit: mark}, leader cell ('|' = new paragraph))])
ROWS = [
    ("一、扩大有效投资（6项）", [
        ("1", "全年实施县级重点项目85个，完成年度投资120亿元以上，固定资产投资增长8%。",
         {"发改": L, "财政": C, "自然资源": C, "住建": C, "统计": C, "经开区": C, "各镇（街道）": C}, HZG),
        ("2", "积极争取超长期特别国债、中央预算内投资和地方政府专项债券支持，全年争取上级资金30亿元以上。",
         {"发改": L, "财政": L}, HZG),
        ("3", "深化招商引资“一号工程”，实行县级领导招商责任制。|全年签约亿元以上项目40个，到位县外资金85亿元。",
         {"发改": C, "工信": C, "商务": L, "经开区": L, "各镇（街道）": C}, ZLQ + "|" + HZG),
        ("4", "加快岚峪至川口二级公路改建、县城南环路等项目建设，新改建农村公路60公里。",
         {"财政": C, "自然资源": C, "交通": L, "生态环境": C, "各镇（街道）": C}, MJ),
        ("5", "保障项目建设用地，全年供应建设用地2000亩，盘活批而未供和闲置土地600亩。",
         {"发改": C, "自然资源": L, "住建": C, "经开区": C}, HZG),
        ("6", "推进工业用地“标准地”出让改革，新增工业用地“标准地”出让比例达到100%。",
         {"自然资源": L, "工信": C, "经开区": Z}, HZG),
    ]),
    ("二、推动产业转型升级（7项）", [
        ("7", "规模以上工业增加值增长8.5%，新增规模以上工业企业15家。",
         {"工信": L, "统计": C, "经开区": C, "各镇（街道）": C}, MJ),
        ("8", "实施工业技术改造项目30个，建成省级数字化车间3个、智能工厂1个。",
         {"发改": C, "财政": C, "工信": L}, MJ),
        ("9", "推动岚峪经济技术开发区扩区调位，新建标准化厂房15万平方米。",
         {"自然资源": C, "住建": C, "工信": C, "经开区": L}, MJ),
        ("10", "培育省级专精特新中小企业8家，新增高新技术企业10家。",
         {"财政": C, "工信": L, "统计": C}, MJ),
        ("11", "发展县域商贸物流，建成县级物流配送中心1个、镇级快递物流服务站12个。",
         {"交通": C, "商务": L, "各镇（街道）": C}, SYQ),
        ("12", "开展促消费系列活动，社会消费品零售总额增长6%。",
         {"商务": L, "市场监管": C, "文旅": C, "统计": C}, SYQ),
        ("13", "实施全域旅游提升工程，创建国家AAAA级旅游景区1家，全年接待游客650万人次。",
         {"发改": C, "自然资源": C, "交通": C, "生态环境": C, "文旅": L, "各镇（街道）": C}, SYQ),
    ]),
    ("三、全面推进乡村振兴（7项）", [
        ("14", "粮食播种面积稳定在42万亩以上，总产量稳定在15万吨以上。",
         {"农业农村": L, "各镇（街道）": L}, TYF),
        ("15", "新建高标准农田3.5万亩，发展高效节水灌溉面积1万亩。",
         {"财政": C, "自然资源": C, "农业农村": L, "水利": C}, TYF),
        ("16", "巩固拓展脱贫攻坚成果，守住不发生规模性返贫致贫底线，脱贫人口人均纯收入增长10%以上。",
         {"农业农村": L, "教育": C, "卫健": C, "人社": C, "民政": C, "各镇（街道）": C}, TYF),
        ("17", "发展设施农业和特色种养业，新建现代农业产业园2个。",
         {"发改": C, "财政": C, "农业农村": L, "各镇（街道）": C}, TYF),
        ("18", "实施农村供水保障工程，农村自来水普及率达到96%。",
         {"财政": C, "水利": L, "卫健": C, "各镇（街道）": C}, TYF),
        ("19", "开展农村人居环境整治提升行动，农村卫生厕所普及率达到80%。",
         {"住建": C, "农业农村": L, "卫健": Z, "生态环境": C, "各镇（街道）": C}, TYF),
        ("20", "推进防汛抗旱和地质灾害防治，完成病险水库除险加固4座、地质灾害隐患点治理15处。",
         {"自然资源": L, "水利": L, "应急": L, "各镇（街道）": C}, TYF + "、" + GHM),
    ]),
    ("四、提升城市品质和安全水平（6项）", [
        ("21", "实施城市更新项目12个，改造城镇老旧小区18个、1600户。",
         {"财政": C, "自然资源": C, "住建": L, "城管": C, "各镇（街道）": C}, GHM),
        ("22", "新建改造城市供排水、燃气管网35公里，建成县城第二污水处理厂。",
         {"住建": L, "生态环境": C, "城管": C}, GHM),
        ("23", "开展城市精细化管理，新增公共停车泊位800个，生活垃圾无害化处理率保持100%。",
         {"住建": C, "交通": C, "城管": L}, GHM),
        ("24", "空气质量优良天数比率达到85%，县城集中式饮用水水源地水质达标率保持100%。",
         {"住建": C, "交通": C, "工信": C, "农业农村": C, "水利": C, "生态环境": L, "城管": C}, GHM),
        ("25", "深入推进安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故。",
         {"住建": C, "交通": C, "工信": C, "市场监管": C, "应急": L, "各镇（街道）": C}, HZG + "|" + GHM),
        ("26", "加强食品药品安全监管，食品安全评价性抽检合格率保持在98%以上。",
         {"市场监管": L}, SYQ),
    ]),
    ("五、持续增进民生福祉（6项）", [
        ("27", "城镇新增就业2800人，农村劳动力转移就业8.5万人。",
         {"商务": C, "农业农村": C, "人社": L, "各镇（街道）": C}, SYQ),
        ("28", "新建改扩建中小学、幼儿园5所，新增学位2400个。",
         {"发改": C, "财政": C, "自然资源": C, "住建": C, "教育": L}, SYQ),
        ("29", "推进紧密型县域医共体建设，县人民医院综合能力达到国家推荐标准。",
         {"发改": C, "财政": C, "卫健": L, "人社": C}, SYQ),
        ("30", "新建镇（街道）综合养老服务中心3个、农村互助幸福院10个。",
         {"财政": C, "住建": C, "卫健": C, "民政": L, "各镇（街道）": L}, SYQ),
        ("31", "统筹做好教育、医疗、养老等民生保障，民生支出占一般公共预算支出比重保持在80%以上。",
         {"财政": L, "教育": C, "卫健": C, "人社": C, "民政": C}, HZG),
        ("32", "扎实做好第四次全国农业普查前期准备工作，按月开展主要经济指标监测分析。",
         {"农业农村": C, "统计": L, "各镇（街道）": C}, HZG),
    ]),
]

# ------------------------------------------------------------------------------------------------ gold, by hand
# units in the order of the header's columns (left to right), names as the header prints them.
def G(id, head, resp, lead, coop, leaders):
    return {"id": id, "head": head, "responsible_units": resp, "lead_units": lead,
            "cooperating_units": coop, "leaders": leaders}

FG, CZ, ZR, ZJ, JT, GX, SW = "发改", "财政", "自然资源", "住建", "交通", "工信", "商务"
NY, SL, JY, WJ, RS, MZ, ST = "农业农村", "水利", "教育", "卫健", "人社", "民政", "生态环境"
SJ, WL, YJ, CG, TJ, JK, GZ = "市场监管", "文旅", "应急", "城管", "统计", "经开区", "各镇（街道）"

GOLD = [
    G("1", "全年实施县级重点项目85", [FG, CZ, ZR, ZJ, TJ, JK, GZ], [FG], [CZ, ZR, ZJ, TJ, JK, GZ], [HZG]),
    G("2", "积极争取超长期特别国债、", [FG, CZ], [FG, CZ], [], [HZG]),
    G("3", "深化招商引资“一号工程”", [FG, GX, SW, JK, GZ], [SW, JK], [FG, GX, GZ], [ZLQ, HZG]),
    G("4", "加快岚峪至川口二级公路改", [CZ, ZR, JT, ST, GZ], [JT], [CZ, ZR, ST, GZ], [MJ]),
    G("5", "保障项目建设用地，全年供", [FG, ZR, ZJ, JK], [ZR], [FG, ZJ, JK], [HZG]),
    G("6", "推进工业用地“标准地”出", [ZR, GX, JK], [ZR], [GX, JK], [HZG]),
    G("7", "规模以上工业增加值增长8", [GX, TJ, JK, GZ], [GX], [TJ, JK, GZ], [MJ]),
    G("8", "实施工业技术改造项目30", [FG, CZ, GX], [GX], [FG, CZ], [MJ]),
    G("9", "推动岚峪经济技术开发区扩", [ZR, ZJ, GX, JK], [JK], [ZR, ZJ, GX], [MJ]),
    G("10", "培育省级专精特新中小企业", [CZ, GX, TJ], [GX], [CZ, TJ], [MJ]),
    G("11", "发展县域商贸物流，建成县", [JT, SW, GZ], [SW], [JT, GZ], [SYQ]),
    G("12", "开展促消费系列活动，社会", [SW, SJ, WL, TJ], [SW], [SJ, WL, TJ], [SYQ]),
    G("13", "实施全域旅游提升工程，创", [FG, ZR, JT, ST, WL, GZ], [WL], [FG, ZR, JT, ST, GZ], [SYQ]),
    G("14", "粮食播种面积稳定在42万", [NY, GZ], [NY, GZ], [], [TYF]),
    G("15", "新建高标准农田3.5万亩", [CZ, ZR, NY, SL], [NY], [CZ, ZR, SL], [TYF]),
    G("16", "巩固拓展脱贫攻坚成果，守", [NY, JY, WJ, RS, MZ, GZ], [NY], [JY, WJ, RS, MZ, GZ], [TYF]),
    G("17", "发展设施农业和特色种养业", [FG, CZ, NY, GZ], [NY], [FG, CZ, GZ], [TYF]),
    G("18", "实施农村供水保障工程，农", [CZ, SL, WJ, GZ], [SL], [CZ, WJ, GZ], [TYF]),
    G("19", "开展农村人居环境整治提升", [ZJ, NY, WJ, ST, GZ], [NY], [ZJ, WJ, ST, GZ], [TYF]),
    G("20", "推进防汛抗旱和地质灾害防", [ZR, SL, YJ, GZ], [ZR, SL, YJ], [GZ], [TYF, GHM]),
    G("21", "实施城市更新项目12个，", [CZ, ZR, ZJ, CG, GZ], [ZJ], [CZ, ZR, CG, GZ], [GHM]),
    G("22", "新建改造城市供排水、燃气", [ZJ, ST, CG], [ZJ], [ST, CG], [GHM]),
    G("23", "开展城市精细化管理，新增", [ZJ, JT, CG], [CG], [ZJ, JT], [GHM]),
    G("24", "空气质量优良天数比率达到", [ZJ, JT, GX, NY, SL, ST, CG], [ST], [ZJ, JT, GX, NY, SL, CG], [GHM]),
    G("25", "深入推进安全生产治本攻坚", [ZJ, JT, GX, SJ, YJ, GZ], [YJ], [ZJ, JT, GX, SJ, GZ], [HZG, GHM]),
    G("26", "加强食品药品安全监管，食", [SJ], [SJ], [], [SYQ]),
    G("27", "城镇新增就业2800人，", [SW, NY, RS, GZ], [RS], [SW, NY, GZ], [SYQ]),
    G("28", "新建改扩建中小学、幼儿园", [FG, CZ, ZR, ZJ, JY], [JY], [FG, CZ, ZR, ZJ], [SYQ]),
    G("29", "推进紧密型县域医共体建设", [FG, CZ, WJ, RS], [WJ], [FG, CZ, RS], [SYQ]),
    G("30", "新建镇（街道）综合养老服", [CZ, ZJ, WJ, MZ, GZ], [MZ, GZ], [CZ, ZJ, WJ], [SYQ]),
    G("31", "统筹做好教育、医疗、养老", [CZ, JY, WJ, RS, MZ], [CZ], [JY, WJ, RS, MZ], [HZG]),
    G("32", "扎实做好第四次全国农业普", [NY, TJ, GZ], [TJ], [NY, GZ], [HZG]),
]

# ------------------------------------------------------------------------------------------------ writing
SZ = 10.5  # 五号
NU = len(UNITS)
NCOL = 2 + NU + 1
WIDTHS = [0.9, 7.4] + [0.7] * NU + [1.6]


def borders(table):
    table._tbl.tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                  for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"))


def cell_text(cell, text, center=False, bold=False, font=FS, size=SZ, vertical=False):
    cell.text = ""
    for i, line in enumerate(text.split("|")):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        set_font(p.add_run(line), font, size, bold=True if bold else None)
    tcPr = cell._tc.get_or_add_tcPr()
    if vertical:
        tcPr.append(parse_xml(f'<w:textDirection {nsdecls("w")} w:val="tbRlV"/>'))
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def row_height(row, cm, rule="atLeast"):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:trHeight {nsdecls("w")} w:val="{int(cm * 567)}" w:hRule="{rule}"/>'))


def cant_split(row):
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))


def make_table(d):
    nrows = 2 + sum(1 + len(rows) for _, rows in ROWS)
    t = d.add_table(rows=nrows, cols=NCOL)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(t)
    set_widths(t, WIDTHS)
    h0, h1 = t.rows[0], t.rows[1]
    # merges first, then text
    c_no = h0.cells[0].merge(h1.cells[0])
    c_task = h0.cells[1].merge(h1.cells[1])
    c_units = h0.cells[2].merge(h0.cells[2 + NU - 1])
    c_lead = h0.cells[NCOL - 1].merge(h1.cells[NCOL - 1])
    cell_text(c_no, "序号", center=True, bold=True, font=HT)
    cell_text(c_task, "工作任务", center=True, bold=True, font=HT)
    cell_text(c_units, "责任单位", center=True, bold=True, font=HT)
    cell_text(c_lead, "分管|县领导", center=True, bold=True, font=HT)
    for k, u in enumerate(UNITS):
        cell_text(h1.cells[2 + k], u, center=True, bold=True, font=HT, size=9, vertical=True)
    row_height(h1, 2.5)
    repeat_header(h0)
    repeat_header(h1)
    r = 2
    for sec, rows in ROWS:
        a = t.rows[r].cells[0].merge(t.rows[r].cells[NCOL - 1])
        cell_text(a, sec, bold=True, font=HT)
        r += 1
        # leader cells merged down over runs of the same leader inside the section
        start = r
        runs = []
        for i, (no, task, marks, leader) in enumerate(rows):
            if runs and runs[-1][2] == leader:
                runs[-1][1] = r + i
            else:
                runs.append([r + i, r + i, leader])
        for i, (no, task, marks, leader) in enumerate(rows):
            cells = t.rows[r + i].cells
            cant_split(t.rows[r + i])
            cell_text(cells[0], no, center=True)
            cell_text(cells[1], task)
            for k, u in enumerate(UNITS):
                cell_text(cells[2 + k], marks.get(u, ""), center=True)
            assert set(marks) <= set(UNITS), marks
        for a, b, leader in runs:
            c = t.rows[a].cells[NCOL - 1]
            if b > a:
                c = c.merge(t.rows[b].cells[NCOL - 1])
            cell_text(c, leader, center=True)
        r += len(rows)
    set_widths(t, WIDTHS)
    return t


def build():
    d = new_doc()
    front(d, "岚峪县人民政府办公室文件", "岚政办发〔2025〕9号",
          ["岚峪县人民政府办公室关于印发2025年", "县政府重点工作任务分工矩阵表的通知"],
          "各镇人民政府、街道办事处，县政府各部门，岚峪经济技术开发区管委会：",
          ["为确保县十八届人大五次会议审议通过的《政府工作报告》确定的各项目标任务落到实处，经县政府同意，现将"
           "《2025年县政府重点工作任务分工矩阵表》印发给你们，并就有关事项通知如下：",
           ("h", "一、压紧压实责任"),
           "矩阵表逐项明确了分管县领导、牵头单位和配合单位，表中责任单位均使用简称。分管县领导要加强对分管领域任务的"
           "统筹调度；牵头单位对任务落实负总责，要会同配合单位于3月20日前制定推进方案，细化时间节点和具体措施；"
           "配合单位要主动对接、积极支持，不得推诿扯皮。",
           ("h", "二、加强调度督办"),
           "实行“月调度、季通报、年考核”。各牵头单位于每月25日前将任务推进情况报县政府督查室，同时报分管县领导。"
           "县政府督查室要对照矩阵表建立台账，跟踪督办，定期通报。",
           ("h", "三、严格考核问效"),
           "任务完成情况纳入年度目标责任考核。对推进不力、进度滞后的单位，由县政府督查室下发督办通知，"
           "情节严重的按规定追责问责。"],
          ["附件：2025年县政府重点工作任务分工矩阵表"],
          "岚峪县人民政府办公室", "2025年3月6日")

    sec = landscape(d)
    sec.left_margin, sec.right_margin = Cm(2.0), Cm(2.0)
    para(d, "附件", HT, 16, indent=False)
    para(d, "2025年县政府重点工作任务分工矩阵表", XBS, 20, align="c")
    make_table(d)
    p = para(d, indent=False)
    set_font(p.add_run("注：●为牵头单位，○为配合单位。"), FS, 12)
    portrait(d)
    para(d)
    banji(d, "抄送：县委办公室，县人大常委会办公室，县政协办公室。",
          "岚峪县人民政府办公室　　　　　　　　　　　2025年3月6日印发")
    d.save(OUT + NAME + ".docx")


def write_gold():
    with open(OUT + NAME + ".tasks.gold.jsonl", "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")


# ------------------------------------------------------------------------------------------------ cross-check
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def cross_check():
    """Read the .docx's XML back: expand gridSpan, carry vMerge continuations down, take header row 2's
    names as the columns, then mark by mark.  Compares with GOLD only."""
    import xml.etree.ElementTree as ET
    root = ET.fromstring(zipfile.ZipFile(OUT + NAME + ".docx").read("word/document.xml"))
    tbls = list(root.iter(W + "tbl"))
    assert len(tbls) == 1
    grid = []
    for tr in tbls[0].findall(W + "tr"):
        row = []
        for tc in tr.findall(W + "tc"):
            paras = ["".join(t.text or "" for t in p.iter(W + "t")) for p in tc.findall(W + "p")]
            span = tc.find(W + "tcPr/" + W + "gridSpan")
            vm = tc.find(W + "tcPr/" + W + "vMerge")
            cont = vm is not None and vm.get(W + "val") in (None, "continue")
            n = int(span.get(W + "val")) if span is not None else 1
            for _ in range(n):
                row.append(None if cont else paras)
        grid.append(row)
    for i, row in enumerate(grid):   # fill vMerge continuations from above
        for j, c in enumerate(row):
            if c is None:
                row[j] = grid[i - 1][j]
    assert all(len(r) == NCOL for r in grid)
    names = ["".join(c) for c in grid[1][2:2 + NU]]
    recs = []
    for row in grid[2:]:
        no = "".join(row[0])
        if not no.isdigit():
            continue
        task = "".join(row[1])
        marks = ["".join(c).strip() for c in row[2:2 + NU]]
        units = [n for n, m in zip(names, marks) if m]
        assert all(m in ("", "●", "○", "〇") for m in marks), marks
        lead = [n for n, m in zip(names, marks) if m == "●"]
        coop = [n for n, m in zip(names, marks) if m in ("○", "〇")]
        leaders = []
        for p in row[NCOL - 1]:
            leaders += [x for x in p.split("、") if x]
        recs.append(G(no, task[:12], units, lead, coop, leaders))
    bad = 0
    if [r["id"] for r in recs] != [str(i) for i in range(1, len(GOLD) + 1)]:
        print("ids", [r["id"] for r in recs])
        bad += 1
    for r, g in zip(recs, GOLD):
        if r != g:
            bad += 1
            print("DIFF", g["id"], "\n  docx", r, "\n  gold", g)
    print("cross-check:", len(recs), "rows,", bad, "differences; header:", "、".join(names))
    return bad


if __name__ == "__main__":
    build()
    write_gold()
    sys.exit(1 if cross_check() else 0)
