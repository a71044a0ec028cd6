#!/usr/bin/python3
"""Round 20 (folder a): 123_tangchuan_xian_zeren_danwei_fenge_hunyong.docx, with its hand-typed gold.

棠川县人民政府办公室 prints 《棠川县2025年政府工作报告重点工作任务分工表》 as one Word table, portrait, columns

    序号 | 工作任务 | 责任单位 | 完成时限

There is no 牵头单位 column and no leader column.  The body states the rule:
    责任单位中标注“牵头”的为牵头单位，未标注的排在第一位的为牵头单位。
So every multi-unit cell has a lead: the unit(s) followed by （牵头）, else the first one.

What differs from the corpus: the units in the narrow 责任单位 cell are parted in every way typists use, not only `、`:
  * `/` (half-width, also with spaces around it ` / `), a full-width `／` in one cell;
  * `；`;
  * line breaks inside one paragraph (w:br, Shift+Enter), some lines ending in `、`;
  * separate paragraphs, some ending in `、` or `；`, the last of one cell ending in `。`;
  * mixtures in one cell (`A/B、C⏎D`, `A（牵头）、B⏎C⏎D`).
`（牵头）` sits after the first, second, last unit, once half-width `(牵头)`, twice in one cell (two leads), after the
only unit of a cell, and after a unit in a w:br line or a paragraph of its own.
Section rows are NOT merged: the 序号 cell holds `一`…`五`, the 工作任务 cell the section's name (bold), the other
two cells are empty.  Tasks are numbered 1..36 straight through the sections.
Task 26's text holds a `/` (微克/立方米): a slash in the task column, not a separator.
Names are invented.  Run: /usr/bin/python3 make_docx_round20_123.py  (writes next to this script).

The GOLD below is typed by hand from the rows; cross_check() reads the written .docx back with its own XML reader,
splits the 责任单位 cells, applies the body's rule, and only compares.
"""
import json
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Cm

from docx_notice import (set_font, FS, HT, XBS, new_doc, para, front, banji, set_widths, repeat_header)

OUT = os.path.dirname(os.path.abspath(__file__)) + "/"
NAME = "123_tangchuan_xian_zeren_danwei_fenge_hunyong"

# ------------------------------------------------------------------------------------------------ printed rows
# 责任单位 markup: "||" = a new paragraph in the cell; "\n" = a line break (w:br) inside the paragraph.
ROWS = [
    ("一", "稳增长扩投资，推动经济持续回升向好", [
        ("1", "全县地区生产总值增长6.5%左右，规模以上工业增加值增长8%，固定资产投资增长7%。",
         "县发改局、县统计局、县工信局", "2025年12月底前"),
        ("2", "实施县级重点项目120个，年度完成投资95亿元以上，其中新开工项目50个。",
         "县发改局/县自然资源局/县住建局/各乡（镇）人民政府", "2025年12月底前"),
        ("3", "积极争取超长期特别国债、中央预算内投资和地方政府专项债券资金12亿元以上。",
         "县财政局/县发改局（牵头）", "2025年11月底前"),
        ("4", "落实消费品以旧换新政策，社会消费品零售总额增长6%。",
         "县商务局（牵头）\n县财政局\n县市场监管局", "2025年12月底前"),
        ("5", "开展“棠川好味·四季消费”系列促消费活动50场次以上，培育夜间消费集聚区2个。",
         "县商务局||县文旅局（牵头）||县城管局||各乡（镇）人民政府", "2025年10月底前"),
        ("6", "加快棠川经济开发区扩区调区，完成标准化厂房建设25万平方米。",
         "棠川经济开发区管委会；县自然资源局；县住建局", "2025年12月底前"),
        ("7", "强化项目要素保障，争取新增建设用地指标1800亩，盘活批而未供和闲置土地1200亩。",
         "县自然资源局", "2025年12月底前"),
    ]),
    ("二", "壮大实体经济，加快构建现代化产业体系", [
        ("8", "实施工业强县行动，新增规模以上工业企业30家，规上工业产值突破300亿元。",
         "县工信局（牵头）/ 县统计局 / 棠川经济开发区管委会", "2025年12月底前"),
        ("9", "推进新型建材、绿色食品两大主导产业链建设，引进链上配套企业15家。",
         "县工信局、||县投资促进中心、||棠川经济开发区管委会", "2025年12月底前"),
        ("10", "招引亿元以上产业项目40个，实际到位县外资金120亿元。",
         "县投资促进中心(牵头)/县商务局/棠川经济开发区管委会/各乡（镇）人民政府", "2025年12月底前"),
        ("11", "新增高新技术企业12家、科技型中小企业60家，全社会研发投入强度达到2.2%。",
         "县科技局\n县财政局\n县税务局", "2025年12月底前"),
        ("12", "推进数字经济发展，新建5G基站260个，实现行政村5G网络全覆盖。",
         "县数据局；县工信局（牵头）；中国移动棠川分公司；中国电信棠川分公司", "2025年11月底前"),
        ("13", "发展全域旅游，创建国家4A级旅游景区1个，全年接待游客800万人次、旅游综合收入增长12%。",
         "县文旅局／县交通运输局／县林业局", "2025年12月底前"),
        ("14", "推动金融服务实体经济，新增各项贷款40亿元，其中普惠小微贷款8亿元。",
         "县金融服务中心（牵头）、人民银行棠川县支行、县财政局", "2025年12月底前"),
        ("15", "落实结构性减税降费政策，开展“万人助万企”活动，帮助企业解决问题200个以上。",
         "县工信局||县税务局||县市场监管局||县直有关单位", "长期坚持"),
    ]),
    ("三", "全面推进乡村振兴，建设宜居宜业和美乡村", [
        ("16", "稳定粮食播种面积52万亩、总产量20万吨以上。",
         "县农业农村局（牵头）；各乡（镇）人民政府", "2025年10月底前"),
        ("17", "新建高标准农田3.5万亩，实施耕地质量提升工程。",
         "县农业农村局/县财政局、县自然资源局\n县水利局", "2025年12月底前"),
        ("18", "巩固拓展脱贫攻坚成果，守住不发生规模性返贫致贫底线，脱贫人口人均纯收入增长10%。",
         "县农业农村局、\n县人社局、\n县民政局、\n县医保局、\n各乡（镇）人民政府", "2025年12月底前"),
        ("19", "实施农村供水保障工程，农村自来水普及率达到95%。",
         "县水利局（牵头）", "2025年9月底前"),
        ("20", "创建省级和美乡村示范村8个，完成农村卫生厕所改造3000户。",
         "县农业农村局（牵头）；||县住建局；||县卫健局；||各乡（镇）人民政府。", "2025年11月底前"),
        ("21", "培育县级以上农业产业化龙头企业10家，发展农民专业合作社示范社15家。",
         "县农业农村局/县市场监管局/县供销社", "2025年12月底前"),
        ("22", "深化集体林权制度改革，完成植树造林1.2万亩、森林抚育2万亩。",
         "县自然资源局\n县林业局（牵头）", "2025年6月底前"),
    ]),
    ("四", "推进城乡建设和生态环境保护，提升县城承载能力", [
        ("23", "实施城市更新行动，改造城镇老旧小区18个，惠及居民2600户。",
         "县住建局（牵头）、县财政局\n县城投公司\n城关镇人民政府", "2025年11月底前"),
        ("24", "新建改造城市燃气、供排水等地下管网45公里。",
         "县住建局/县城管局/县城投公司", "2025年12月底前"),
        ("25", "新增城市公共停车泊位1500个、新能源汽车充电桩600个。",
         "县城管局（牵头）、县公安局交警大队、国网棠川县供电公司（牵头）", "2025年12月底前"),
        ("26", "PM2.5平均浓度控制在33微克/立方米以下，空气质量优良天数比率达到88%。",
         "市生态环境局棠川分局/县工信局/县住建局/县交通运输局/县公安局", "2025年12月底前"),
        ("27", "全面落实河湖长制，县级以上河流断面水质优良比例保持100%。",
         "县水利局||市生态环境局棠川分局||各乡（镇）人民政府", "长期坚持"),
        ("28", "建成县城至北部片区快速通道，新改建农村公路80公里。",
         "县交通运输局（牵头）\n县自然资源局\n县财政局\n沿线各乡（镇）人民政府", "2025年12月底前"),
    ]),
    ("五", "持续增进民生福祉，推进社会治理现代化", [
        ("29", "城镇新增就业3200人，城镇调查失业率控制在5.5%以内。",
         "县人社局；县财政局；县统计局", "2025年12月底前"),
        ("30", "新建改扩建中小学、幼儿园6所，新增学位3600个。",
         "县教育局（牵头）||县发改局||县财政局||县自然资源局||县住建局", "2025年8月底前"),
        ("31", "推进县人民医院胸痛、卒中、创伤中心建设，县域内就诊率达到92%。",
         "县卫健局", "2025年12月底前"),
        ("32", "提高城乡居民基础养老金和城乡低保标准，做好困难群众基本生活保障。",
         "县民政局/县人社局（牵头）/县财政局", "2025年6月底前"),
        ("33", "新建社区嵌入式服务设施3个、农村互助养老服务点20个。",
         "县民政局（牵头）/ 县住建局 / 各乡（镇）人民政府", "2025年11月底前"),
        ("34", "开展安全生产治本攻坚三年行动，坚决遏制较大以上生产安全事故。",
         "县应急管理局（牵头）||县直有关单位||各乡（镇）人民政府", "长期坚持"),
        ("35", "深化“高效办成一件事”改革，政务服务事项全程网办率达到90%以上。",
         "县政务服务中心；县数据局；县直有关单位", "2025年10月底前"),
        ("36", "推进信访工作法治化，初信初访一次性化解率达到90%以上。",
         "县委政法委\n县信访局（牵头）\n县司法局\n各乡（镇）人民政府", "长期坚持"),
    ]),
]

# ------------------------------------------------------------------------------------------------ gold, by hand
def G(id, head, resp, lead, coop):
    return {"id": id, "head": head, "responsible_units": resp, "lead_units": lead,
            "cooperating_units": coop, "leaders": []}

XQ = "各乡（镇）人民政府"
KFQ = "棠川经济开发区管委会"
STJ = "市生态环境局棠川分局"

GOLD = [
    G("1", "全县地区生产总值增长6.", ["县发改局", "县统计局", "县工信局"], ["县发改局"], ["县统计局", "县工信局"]),
    G("2", "实施县级重点项目120个", ["县发改局", "县自然资源局", "县住建局", XQ], ["县发改局"],
      ["县自然资源局", "县住建局", XQ]),
    G("3", "积极争取超长期特别国债、", ["县财政局", "县发改局"], ["县发改局"], ["县财政局"]),
    G("4", "落实消费品以旧换新政策，", ["县商务局", "县财政局", "县市场监管局"], ["县商务局"], ["县财政局", "县市场监管局"]),
    G("5", "开展“棠川好味·四季消费", ["县商务局", "县文旅局", "县城管局", XQ], ["县文旅局"], ["县商务局", "县城管局", XQ]),
    G("6", "加快棠川经济开发区扩区调", [KFQ, "县自然资源局", "县住建局"], [KFQ], ["县自然资源局", "县住建局"]),
    G("7", "强化项目要素保障，争取新", ["县自然资源局"], ["县自然资源局"], []),
    G("8", "实施工业强县行动，新增规", ["县工信局", "县统计局", KFQ], ["县工信局"], ["县统计局", KFQ]),
    G("9", "推进新型建材、绿色食品两", ["县工信局", "县投资促进中心", KFQ], ["县工信局"], ["县投资促进中心", KFQ]),
    G("10", "招引亿元以上产业项目40", ["县投资促进中心", "县商务局", KFQ, XQ], ["县投资促进中心"], ["县商务局", KFQ, XQ]),
    G("11", "新增高新技术企业12家、", ["县科技局", "县财政局", "县税务局"], ["县科技局"], ["县财政局", "县税务局"]),
    G("12", "推进数字经济发展，新建5", ["县数据局", "县工信局", "中国移动棠川分公司", "中国电信棠川分公司"], ["县工信局"],
      ["县数据局", "中国移动棠川分公司", "中国电信棠川分公司"]),
    G("13", "发展全域旅游，创建国家4", ["县文旅局", "县交通运输局", "县林业局"], ["县文旅局"], ["县交通运输局", "县林业局"]),
    G("14", "推动金融服务实体经济，新", ["县金融服务中心", "人民银行棠川县支行", "县财政局"], ["县金融服务中心"],
      ["人民银行棠川县支行", "县财政局"]),
    G("15", "落实结构性减税降费政策，", ["县工信局", "县税务局", "县市场监管局", "县直有关单位"], ["县工信局"],
      ["县税务局", "县市场监管局", "县直有关单位"]),
    G("16", "稳定粮食播种面积52万亩", ["县农业农村局", XQ], ["县农业农村局"], [XQ]),
    G("17", "新建高标准农田3.5万亩", ["县农业农村局", "县财政局", "县自然资源局", "县水利局"], ["县农业农村局"],
      ["县财政局", "县自然资源局", "县水利局"]),
    G("18", "巩固拓展脱贫攻坚成果，守", ["县农业农村局", "县人社局", "县民政局", "县医保局", XQ], ["县农业农村局"],
      ["县人社局", "县民政局", "县医保局", XQ]),
    G("19", "实施农村供水保障工程，农", ["县水利局"], ["县水利局"], []),
    G("20", "创建省级和美乡村示范村8", ["县农业农村局", "县住建局", "县卫健局", XQ], ["县农业农村局"],
      ["县住建局", "县卫健局", XQ]),
    G("21", "培育县级以上农业产业化龙", ["县农业农村局", "县市场监管局", "县供销社"], ["县农业农村局"],
      ["县市场监管局", "县供销社"]),
    G("22", "深化集体林权制度改革，完", ["县自然资源局", "县林业局"], ["县林业局"], ["县自然资源局"]),
    G("23", "实施城市更新行动，改造城", ["县住建局", "县财政局", "县城投公司", "城关镇人民政府"], ["县住建局"],
      ["县财政局", "县城投公司", "城关镇人民政府"]),
    G("24", "新建改造城市燃气、供排水", ["县住建局", "县城管局", "县城投公司"], ["县住建局"], ["县城管局", "县城投公司"]),
    G("25", "新增城市公共停车泊位15", ["县城管局", "县公安局交警大队", "国网棠川县供电公司"],
      ["县城管局", "国网棠川县供电公司"], ["县公安局交警大队"]),
    G("26", "PM2.5平均浓度控制在", [STJ, "县工信局", "县住建局", "县交通运输局", "县公安局"], [STJ],
      ["县工信局", "县住建局", "县交通运输局", "县公安局"]),
    G("27", "全面落实河湖长制，县级以", ["县水利局", STJ, XQ], ["县水利局"], [STJ, XQ]),
    G("28", "建成县城至北部片区快速通", ["县交通运输局", "县自然资源局", "县财政局", "沿线各乡（镇）人民政府"], ["县交通运输局"],
      ["县自然资源局", "县财政局", "沿线各乡（镇）人民政府"]),
    G("29", "城镇新增就业3200人，", ["县人社局", "县财政局", "县统计局"], ["县人社局"], ["县财政局", "县统计局"]),
    G("30", "新建改扩建中小学、幼儿园", ["县教育局", "县发改局", "县财政局", "县自然资源局", "县住建局"], ["县教育局"],
      ["县发改局", "县财政局", "县自然资源局", "县住建局"]),
    G("31", "推进县人民医院胸痛、卒中", ["县卫健局"], ["县卫健局"], []),
    G("32", "提高城乡居民基础养老金和", ["县民政局", "县人社局", "县财政局"], ["县人社局"], ["县民政局", "县财政局"]),
    G("33", "新建社区嵌入式服务设施3", ["县民政局", "县住建局", XQ], ["县民政局"], ["县住建局", XQ]),
    G("34", "开展安全生产治本攻坚三年", ["县应急管理局", "县直有关单位", XQ], ["县应急管理局"], ["县直有关单位", XQ]),
    G("35", "深化“高效办成一件事”改", ["县政务服务中心", "县数据局", "县直有关单位"], ["县政务服务中心"],
      ["县数据局", "县直有关单位"]),
    G("36", "推进信访工作法治化，初信", ["县委政法委", "县信访局", "县司法局", XQ], ["县信访局"],
      ["县委政法委", "县司法局", XQ]),
]

# ------------------------------------------------------------------------------------------------ writing
SZ = 12  # 小四 in the table
WIDTHS = [1.3, 8.1, 4.0, 2.2]   # 15.6 cm: the text width of a portrait A4 公文 page


def borders(table):
    table._tbl.tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                  for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"))


def cell_plain(cell, text, center=False, bold=False, font=FS):
    cell.text = ""
    p = cell.paragraphs[0]
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if text:
        set_font(p.add_run(text), font, SZ, bold=True if bold else None)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def cell_units(cell, markup):
    """'||' opens a new paragraph; '\\n' is a line break (w:br) inside the paragraph."""
    cell.text = ""
    for i, ptext in enumerate(markup.split("||")):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        lines = ptext.split("\n")
        for j, line in enumerate(lines):
            r = p.add_run(line)
            set_font(r, FS, SZ)
            if j < len(lines) - 1:
                r.add_break(WD_BREAK.LINE)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def make_table(d):
    nrows = 1 + sum(1 + len(tasks) for _, _, tasks in ROWS)
    t = d.add_table(rows=nrows, cols=4)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(t)
    for c, h in zip(t.rows[0].cells, ["序号", "工作任务", "责任单位", "完成时限"]):
        cell_plain(c, h, center=True, bold=True, font=HT)
    repeat_header(t.rows[0])
    r = 1
    for no, name, tasks in ROWS:
        cells = t.rows[r].cells          # a section row, NOT merged: 序号 and 工作任务 only
        cell_plain(cells[0], no, center=True, bold=True, font=HT)
        cell_plain(cells[1], name, bold=True, font=HT)
        cell_plain(cells[2], "")
        cell_plain(cells[3], "")
        r += 1
        for tno, task, units, when in tasks:
            cells = t.rows[r].cells
            cell_plain(cells[0], tno, center=True)
            cell_plain(cells[1], task)
            cell_units(cells[2], units)
            cell_plain(cells[3], when, center=True)
            r += 1
    set_widths(t, WIDTHS)
    return t


def build():
    d = new_doc()
    front(d, "棠川县人民政府办公室文件", "棠政办发〔2025〕7号",
          ["棠川县人民政府办公室", "关于印发2025年县政府工作报告", "重点工作任务分工的通知"],
          "各乡（镇）人民政府，棠川经济开发区管委会，县直各单位：",
          ["《2025年棠川县人民政府工作报告》已经县十八届人大四次会议审议通过。为确保报告确定的各项目标任务落到实处，"
           "经县人民政府同意，现将《棠川县2025年政府工作报告重点工作任务分工表》印发给你们，并就有关事项通知如下：",
           ("h", "一、明确责任分工"),
           "分工表共分5个方面36项任务。责任单位中标注“牵头”的为牵头单位，未标注的排在第一位的为牵头单位，"
           "其余为配合单位。牵头单位对所承担任务负总责，要主动协调配合单位，细化工作措施，明确时间节点；"
           "配合单位要按照职责分工积极参与、主动配合，不得推诿扯皮。",
           ("h", "二、加强调度推进"),
           "各牵头单位要于2025年3月10日前将任务推进方案报县政府督查室，并于每季度最后一个月的20日前报送工作进展情况，"
           "年度任务完成后及时报送完成情况及佐证材料。报送材料由牵头单位汇总，配合单位不再单独报送。",
           ("h", "三、严格督查考核"),
           "县政府督查室要对照分工表建立工作台账，实行清单化管理、销号式推进，每季度通报一次进展情况。"
           "任务完成情况纳入年度目标绩效考核，对工作推进不力、未按时限完成任务的单位，按照有关规定严肃追责问责。"],
          ["附件：棠川县2025年政府工作报告重点工作任务分工表"],
          "棠川县人民政府办公室", "2025年2月24日")

    # the attachment on a new page
    p = para(d, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(d, "附件", HT, 16, indent=False)
    para(d, "棠川县2025年政府工作报告重点工作任务分工表", XBS, 18, align="c")
    para(d)
    make_table(d)
    para(d)
    banji(d, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县监委，县法院，县检察院。",
          "棠川县人民政府办公室　　　　　　　　　2025年2月24日印发")
    d.save(OUT + NAME + ".docx")


def write_gold():
    with open(OUT + NAME + ".tasks.gold.jsonl", "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")


# ------------------------------------------------------------------------------------------------ cross-check
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def cross_check():
    """Read the .docx back (own XML walk), split each 责任单位 cell on every separator, apply the body's rule,
    and compare with the hand-typed GOLD.  It never writes the gold."""
    import xml.etree.ElementTree as ET
    root = ET.fromstring(zipfile.ZipFile(OUT + NAME + ".docx").read("word/document.xml"))
    tbls = list(root.iter(W + "tbl"))
    assert len(tbls) == 1
    recs, sections = [], []
    for tr in tbls[0].findall(W + "tr"):
        cells = []
        for tc in tr.findall(W + "tc"):
            paras = []
            for p in tc.findall(W + "p"):
                s = ""
                for r in p.findall(W + "r"):
                    for x in r:
                        if x.tag == W + "t":
                            s += x.text or ""
                        elif x.tag == W + "br":
                            s += "\n"
                paras.append(s)
            cells.append(paras)
        assert len(cells) == 4
        no = "".join(cells[0])
        if no in "一二三四五" and no:
            assert cells[2] == [""] and cells[3] == [""], cells
            sections.append(no)
            continue
        if not no.isdigit():
            continue
        task = "".join(cells[1])
        text = "\n".join(cells[2])
        pieces = [x.strip(" 。") for x in re.split(r"[、/／；\n]", text)]
        pieces = [x for x in pieces if x]
        units, leads = [], []
        for x in pieces:
            m = re.fullmatch(r"(.+?)[（(]牵头[）)]", x)
            if m:
                units.append(m.group(1))
                leads.append(m.group(1))
            else:
                units.append(x)
        if not leads:
            leads = units[:1]
        coop = [u for u in units if u not in leads]
        recs.append(G(no, task[:12], units, leads, coop))
    bad = 0
    if sections != list("一二三四五"):
        print("sections", sections)
        bad += 1
    if len(recs) != len(GOLD) or [r["id"] for r in recs] != [str(i) for i in range(1, len(GOLD) + 1)]:
        print("count/ids", len(recs), len(GOLD))
        bad += 1
    for r, g in zip(recs, GOLD):
        if r != g:
            bad += 1
            print("DIFF", g["id"], "\n  docx", r, "\n  gold", g)
    print("cross-check:", len(recs), "tasks,", len(sections), "section rows,", bad, "differences")
    return bad


if __name__ == "__main__":
    build()
    write_gold()
    sys.exit(1 if cross_check() else 0)
