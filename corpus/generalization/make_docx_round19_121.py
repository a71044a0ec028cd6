#!/usr/bin/python3
"""Round 19 (folder c): 121_cenyang_shi_fuhao_biaozhu_qiantou.docx, with its hand-typed gold.

岑阳市人民政府办公室 prints 《2025年市政府工作报告重点任务和十件民生实事责任分工表》 as one attachment holding two
Word tables in a landscape section, numbered 1..40 straight through both (as the seed notice's 民生实事 part does):

    序号 | 重点任务 | 责任单位 | 责任市领导 | 完成时限          (一、 … 五、 section rows merged across, tasks 1-30)
    序号 | 民生实事项目 | 责任单位 | 责任市领导 | 完成时限      (tasks 31-40)

There is no 牵头单位 column.  The lead is marked by a SIGN in the one 责任单位 column:
  * table 1: an asterisk after the unit's name, `市发展改革委*、市财政局、市统计局`.  The legend is only in a
    注 under the table: `“责任单位”栏中带“*”的为牵头单位；未带“*”的，由所列单位按照职责分工共同负责。`
    The sign is mostly a half-width `*` in the same run, in some cells a superscript run (w:vertAlign), in two
    cells a full-width `＊` (U+FF0A).  It sits on the first unit, on the second or third (`市财政局、市发展改革委*`),
    twice in one cell (two leads), on a single unit, on a generic unit (`各县（市、区）人民政府*`), and in five
    cells it is absent: several units listed and none leads (lead/cooperating null), or one unit (it leads).
    One cell has its units one per paragraph.
  * The same 注 says `“重点任务”栏中标注“★”的为纳入省对市高质量发展综合绩效考核的指标`: a ★ closes seven
    task cells.  It is no lead sign and lies in another column.
  * table 2: a superscript `牵` after the lead's name (`市教育局` + superscript `牵` + `、市发展改革委`), so the
    cell's plain text reads `市教育局牵、市发展改革委`.  Its legend is in the BODY of the notice only
    (`单位名称右上角标注“牵”字的为牵头单位`), none under the table.  Again first, second, twice, single, absent.
Names are invented.  Run: /usr/bin/python3 make_docx_round19_121.py  (writes next to this script).

The GOLD below is typed by hand from the rows; cross_check() reads the written .docx back with its own XML reader,
splits the 责任单位 cells and finds the signs, and only compares.
"""
import json
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm

from docx_notice import (set_font, FS, HT, XBS, new_doc, para, front, banji, landscape,
                         set_widths, repeat_header)

OUT = os.path.dirname(os.path.abspath(__file__)) + "/"
NAME = "121_cenyang_shi_fuhao_biaozhu_qiantou"

# ------------------------------------------------------------------------------------------------ printed rows
# unit cell markup: "^X" = the one character X in a superscript run; "|" = a new paragraph in the cell.
# leaders cell: "|" = a new paragraph.
ZSY, SGT, QLP, QXM, ZWD, HZB, LWQ = "郑淑仪", "宋庭远", "钱立平", "秦晓蔓", "邹卫东", "何振邦", "罗文清"

T1 = [
    ("一、稳住经济增长基本盘（7项）", [
        ("1", "全市地区生产总值增长6%左右，一般公共预算收入增长4%，城镇调查失业率控制在5.5%以内。★",
         "市发展改革委*、市财政局、市统计局", ZSY, "2025年12月底"),
        ("2", "实施市级重点项目300个，年度完成投资650亿元以上，上半年完成年度计划的55%以上。★",
         "市发展改革委*、市自然资源和规划局、市住房城乡建设局、各县（市、区）人民政府", ZSY, "2025年12月底"),
        ("3", "积极争取超长期特别国债、中央预算内投资和地方政府专项债券，全年争取上级资金80亿元以上。",
         "市财政局、市发展改革委*", ZSY, "2025年11月底"),
        ("4", "开展“岑阳好物·四季消费”系列促消费活动，社会消费品零售总额增长6.5%。",
         "市商务局*、市文化广电旅游局*、市市场监管局", SGT, "2025年12月底"),
        ("5", "落实大规模设备更新和消费品以旧换新政策，全年带动消费25亿元以上。",
         "市商务局^*、市发展改革委^*、市工业和信息化局、市财政局", SGT + "|" + ZSY, "2025年12月底"),
        ("6", "外贸进出口总额增长5%，新增有进出口实绩企业60家。",
         "市商务局＊、岑阳海关、市税务局", SGT, "2025年12月底"),
        ("7", "加强经济运行监测调度，按月开展重点行业、重点企业运行分析。",
         "市统计局", ZSY, "每月"),
    ]),
    ("二、加快构建现代化产业体系（8项）", [
        ("8", "规模以上工业增加值增长8%，新增规模以上工业企业100家。★",
         "市工业和信息化局*、市统计局、各县（市、区）人民政府", QLP, "2025年12月底"),
        ("9", "实施“智改数转网联”三年行动，全年完成企业技术改造项目200个。",
         "市工业和信息化局*|市数据局|市财政局", QLP, "2025年12月底"),
        ("10", "推进新能源电池材料产业集群建设，集群产值突破600亿元。",
         "岑阳高新区管委会^*、市工业和信息化局、市投资促进局", HZB + "|" + QLP, "2025年12月底"),
        ("11", "培育国家级专精特新“小巨人”企业5家、省级专精特新中小企业60家。",
         "市工业和信息化局、市科技局", QLP, "2025年10月底"),
        ("12", "高新技术企业数量突破900家，全社会研发投入强度达到2.6%。★",
         "市科技局*、市财政局、市统计局、市税务局", QLP, "2025年12月底"),
        ("13", "新建省级以上创新平台15个，引进高层次人才团队20个。",
         "市委人才办、市科技局*、市人力资源社会保障局", QLP, "2025年12月底"),
        ("14", "推动文旅深度融合，全年接待游客4200万人次，旅游总收入增长10%。",
         "市文化广电旅游局*", SGT, "2025年12月底"),
        ("15", "实施现代物流提升工程，建成岑阳公铁联运物流园一期。",
         "市交通运输局、市发展改革委、市商务局*、岑阳高新区管委会", ZWD, "2025年11月底"),
    ]),
    ("三、全面推进乡村振兴（5项）", [
        ("16", "粮食播种面积稳定在286万亩以上，总产量保持在22亿斤以上。★",
         "市农业农村局*、各县（市、区）人民政府", QXM, "2025年10月底"),
        ("17", "新建和改造提升高标准农田12万亩。",
         "市农业农村局^*、市财政局、市自然资源和规划局、市水利局", QXM, "2025年12月底"),
        ("18", "创建省级宜居宜业和美乡村示范村40个，农村生活污水治理率达到48%。",
         "市农业农村局、市生态环境局、市住房城乡建设局", QXM, "2025年12月底"),
        ("19", "实施农村供水保障工程，农村自来水普及率达到98.5%。",
         "市水利局*、各县（市、区）人民政府*", QXM, "2025年9月底"),
        ("20", "培育市级以上农业产业化龙头企业20家，农村居民人均可支配收入增长7%。",
         "市农业农村局*、市统计局、市财政局", QXM, "2025年12月底"),
    ]),
    ("四、持续深化改革开放（5项）", [
        ("21", "深化“高效办成一件事”改革，新增重点事项12个，政务服务事项全程网办率达到92%。",
         "市政务服务管理局*、市数据局、市直各有关部门", HZB, "2025年12月底"),
        ("22", "开展优化营商环境攻坚行动，全面落实市场准入负面清单制度。",
         "市发展改革委、市政务服务管理局、市市场监管局、市司法局", ZSY, "2025年12月底"),
        ("23", "深化市属国有企业改革，推动国企整合重组，营业收入增长8%。",
         "市国资委^*", ZSY, "2025年12月底"),
        ("24", "引进亿元以上产业项目150个，实际使用外资增长5%。★",
         "市投资促进局*、市商务局*、各县（市、区）人民政府、岑阳高新区管委会", HZB + "|" + SGT, "2025年12月底"),
        ("25", "推进财政金融协同，新增普惠小微贷款100亿元。",
         "市地方金融管理局*、人民银行岑阳市分行、市财政局", ZSY, "2025年12月底"),
    ]),
    ("五、推进城市更新和生态环境治理（5项）", [
        ("26", "实施城市更新项目40个，改造城镇老旧小区120个。",
         "市住房城乡建设局*、市自然资源和规划局、各县（市、区）人民政府", ZWD, "2025年11月底"),
        ("27", "新建改造城市燃气、供排水等地下管网260公里。",
         "市城市管理局、市住房城乡建设局＊", ZWD, "2025年12月底"),
        ("28", "细颗粒物（PM2.5）平均浓度控制在32微克/立方米以内，空气质量优良天数比率达到86%。★",
         "市生态环境局*、市工业和信息化局、市住房城乡建设局、市交通运输局、市公安局交警支队", QXM, "2025年12月底"),
        ("29", "推进岑江岸线生态修复，完成废弃矿山治理面积1200亩。",
         "市自然资源和规划局、市生态环境局、市水利局", QXM, "2025年12月底"),
        ("30", "完成营造林面积8万亩，森林覆盖率稳定在41%以上。",
         "市林业局", QXM, "2025年12月底"),
    ]),
]

T2 = [
    ("31", "新建改扩建中小学、幼儿园10所，新增学位8000个。",
     "市教育局^牵、市发展改革委、市财政局、各县（市、区）人民政府", LWQ, "2025年8月底"),
    ("32", "新建社区嵌入式服务设施20个、老年助餐点100个。",
     "市民政局^牵、市住房城乡建设局、各县（市、区）人民政府", LWQ, "2025年11月底"),
    ("33", "为全市65岁以上老年人免费提供健康体检，体检率达到70%。",
     "市卫生健康委^牵", LWQ, "2025年12月底"),
    ("34", "开展城乡适龄妇女“两癌”免费筛查8万人次。",
     "市卫生健康委^牵、市妇联^牵、市医保局", LWQ, "2025年12月底"),
    ("35", "城镇新增就业4.5万人，开展职业技能培训3万人次。",
     "市总工会、市人力资源社会保障局^牵", ZSY, "2025年12月底"),
    ("36", "完成既有住宅加装电梯300台。",
     "市住房城乡建设局^牵、市市场监管局、各县（市、区）人民政府", ZWD, "2025年12月底"),
    ("37", "新增公共停车泊位5000个、新能源汽车充电桩3000个。",
     "市城市管理局、市住房城乡建设局、市公安局交警支队", ZWD, "2025年12月底"),
    ("38", "改造提升城区农贸市场30个。",
     "市商务局^牵、市市场监管局、各县（市、区）人民政府", SGT, "2025年10月底"),
    ("39", "为困难残疾人实施康复救助3000人次，完成家庭无障碍改造1000户。",
     "市残联^牵、市民政局", LWQ, "2025年11月底"),
    ("40", "新建城市“口袋公园”30个、城市绿道50公里。",
     "市城市管理局^牵、市自然资源和规划局", ZWD, "2025年10月底"),
]

# ------------------------------------------------------------------------------------------------ gold, by hand
def G(id, head, resp, lead, coop, leaders):
    return {"id": id, "head": head, "responsible_units": resp, "lead_units": lead,
            "cooperating_units": coop, "leaders": leaders}

FGW, CZ, TJ = "市发展改革委", "市财政局", "市统计局"
ZRZY, ZJ, XQ = "市自然资源和规划局", "市住房城乡建设局", "各县（市、区）人民政府"
SW, WL, SJ = "市商务局", "市文化广电旅游局", "市市场监管局"
GX, KJ, SWJ = "市工业和信息化局", "市科技局", "市税务局"
NY, SL, STHJ = "市农业农村局", "市水利局", "市生态环境局"
GXQ = "岑阳高新区管委会"

GOLD = [
    G("1", "全市地区生产总值增长6%", [FGW, CZ, TJ], [FGW], [CZ, TJ], [ZSY]),
    G("2", "实施市级重点项目300个", [FGW, ZRZY, ZJ, XQ], [FGW], [ZRZY, ZJ, XQ], [ZSY]),
    G("3", "积极争取超长期特别国债、", [CZ, FGW], [FGW], [CZ], [ZSY]),
    G("4", "开展“岑阳好物·四季消费", [SW, WL, SJ], [SW, WL], [SJ], [SGT]),
    G("5", "落实大规模设备更新和消费", [SW, FGW, GX, CZ], [SW, FGW], [GX, CZ], [SGT, ZSY]),
    G("6", "外贸进出口总额增长5%，", [SW, "岑阳海关", SWJ], [SW], ["岑阳海关", SWJ], [SGT]),
    G("7", "加强经济运行监测调度，按", [TJ], [TJ], [], [ZSY]),
    G("8", "规模以上工业增加值增长8", [GX, TJ, XQ], [GX], [TJ, XQ], [QLP]),
    G("9", "实施“智改数转网联”三年", [GX, "市数据局", CZ], [GX], ["市数据局", CZ], [QLP]),
    G("10", "推进新能源电池材料产业集", [GXQ, GX, "市投资促进局"], [GXQ], [GX, "市投资促进局"], [HZB, QLP]),
    G("11", "培育国家级专精特新“小巨", [GX, KJ], None, None, [QLP]),
    G("12", "高新技术企业数量突破90", [KJ, CZ, TJ, SWJ], [KJ], [CZ, TJ, SWJ], [QLP]),
    G("13", "新建省级以上创新平台15", ["市委人才办", KJ, "市人力资源社会保障局"], [KJ],
      ["市委人才办", "市人力资源社会保障局"], [QLP]),
    G("14", "推动文旅深度融合，全年接", [WL], [WL], [], [SGT]),
    G("15", "实施现代物流提升工程，建", ["市交通运输局", FGW, SW, GXQ], [SW], ["市交通运输局", FGW, GXQ], [ZWD]),
    G("16", "粮食播种面积稳定在286", [NY, XQ], [NY], [XQ], [QXM]),
    G("17", "新建和改造提升高标准农田", [NY, CZ, ZRZY, SL], [NY], [CZ, ZRZY, SL], [QXM]),
    G("18", "创建省级宜居宜业和美乡村", [NY, STHJ, ZJ], None, None, [QXM]),
    G("19", "实施农村供水保障工程，农", [SL, XQ], [SL, XQ], [], [QXM]),
    G("20", "培育市级以上农业产业化龙", [NY, TJ, CZ], [NY], [TJ, CZ], [QXM]),
    G("21", "深化“高效办成一件事”改", ["市政务服务管理局", "市数据局", "市直各有关部门"], ["市政务服务管理局"],
      ["市数据局", "市直各有关部门"], [HZB]),
    G("22", "开展优化营商环境攻坚行动", [FGW, "市政务服务管理局", SJ, "市司法局"], None, None, [ZSY]),
    G("23", "深化市属国有企业改革，推", ["市国资委"], ["市国资委"], [], [ZSY]),
    G("24", "引进亿元以上产业项目15", ["市投资促进局", SW, XQ, GXQ], ["市投资促进局", SW], [XQ, GXQ], [HZB, SGT]),
    G("25", "推进财政金融协同，新增普", ["市地方金融管理局", "人民银行岑阳市分行", CZ], ["市地方金融管理局"],
      ["人民银行岑阳市分行", CZ], [ZSY]),
    G("26", "实施城市更新项目40个，", [ZJ, ZRZY, XQ], [ZJ], [ZRZY, XQ], [ZWD]),
    G("27", "新建改造城市燃气、供排水", ["市城市管理局", ZJ], [ZJ], ["市城市管理局"], [ZWD]),
    G("28", "细颗粒物（PM2.5）平", [STHJ, GX, ZJ, "市交通运输局", "市公安局交警支队"], [STHJ],
      [GX, ZJ, "市交通运输局", "市公安局交警支队"], [QXM]),
    G("29", "推进岑江岸线生态修复，完", [ZRZY, STHJ, SL], None, None, [QXM]),
    G("30", "完成营造林面积8万亩，森", ["市林业局"], ["市林业局"], [], [QXM]),
    G("31", "新建改扩建中小学、幼儿园", ["市教育局", FGW, CZ, XQ], ["市教育局"], [FGW, CZ, XQ], [LWQ]),
    G("32", "新建社区嵌入式服务设施2", ["市民政局", ZJ, XQ], ["市民政局"], [ZJ, XQ], [LWQ]),
    G("33", "为全市65岁以上老年人免", ["市卫生健康委"], ["市卫生健康委"], [], [LWQ]),
    G("34", "开展城乡适龄妇女“两癌”", ["市卫生健康委", "市妇联", "市医保局"], ["市卫生健康委", "市妇联"],
      ["市医保局"], [LWQ]),
    G("35", "城镇新增就业4.5万人，", ["市总工会", "市人力资源社会保障局"], ["市人力资源社会保障局"],
      ["市总工会"], [ZSY]),
    G("36", "完成既有住宅加装电梯30", [ZJ, SJ, XQ], [ZJ], [SJ, XQ], [ZWD]),
    G("37", "新增公共停车泊位5000", ["市城市管理局", ZJ, "市公安局交警支队"], None, None, [ZWD]),
    G("38", "改造提升城区农贸市场30", [SW, SJ, XQ], [SW], [SJ, XQ], [SGT]),
    G("39", "为困难残疾人实施康复救助", ["市残联", "市民政局"], ["市残联"], ["市民政局"], [LWQ]),
    G("40", "新建城市“口袋公园”30", ["市城市管理局", ZRZY], ["市城市管理局"], [ZRZY], [ZWD]),
]

# ------------------------------------------------------------------------------------------------ writing
SZ = 12  # table type size (小四)


def sup(run):
    rpr = run._r.get_or_add_rPr()
    rpr.append(parse_xml(f'<w:vertAlign {nsdecls("w")} w:val="superscript"/>'))


def cell_text(cell, text, center=False, bold=False, font=FS):
    cell.text = ""
    for i, line in enumerate(text.split("|")):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(p.add_run(line), font, SZ, bold=True if bold else None)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def cell_units(cell, markup):
    """'^X' writes X as a superscript run; '|' opens a new paragraph."""
    cell.text = ""
    for i, line in enumerate(markup.split("|")):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        parts = re.split(r"(\^.)", line)
        for part in parts:
            if not part:
                continue
            if part.startswith("^"):
                r = p.add_run(part[1])
                set_font(r, FS, SZ)
                sup(r)
            else:
                set_font(p.add_run(part), FS, SZ)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                  for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"))


WIDTHS = [1.4, 10.6, 7.2, 2.6, 2.9]


def make_table(d, header, rows_by_section):
    nrows = 1 + sum((1 if sec else 0) + len(rows) for sec, rows in rows_by_section)
    t = d.add_table(rows=nrows, cols=5)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(t)
    for c, h in zip(t.rows[0].cells, header):
        cell_text(c, h, center=True, bold=True, font=HT)
    repeat_header(t.rows[0])
    r = 1
    for sec, rows in rows_by_section:
        if sec:
            a = t.rows[r].cells[0].merge(t.rows[r].cells[4])
            cell_text(a, sec, bold=True, font=HT)
            r += 1
        for no, task, units, leaders, when in rows:
            cells = t.rows[r].cells
            cell_text(cells[0], no, center=True)
            cell_text(cells[1], task)
            cell_units(cells[2], units)
            cell_text(cells[3], leaders, center=True)
            cell_text(cells[4], when, center=True)
            r += 1
    set_widths(t, WIDTHS)
    return t


def build():
    d = new_doc()
    front(d, "岑阳市人民政府办公室文件", "岑政办发〔2025〕6号",
          ["岑阳市人民政府办公室关于印发2025年市政府工作报告", "重点任务和十件民生实事责任分工的通知"],
          "各县（市、区）人民政府，岑阳高新区管委会，市政府各部门、各直属机构：",
          ["《2025年岑阳市人民政府工作报告》已经市十七届人大五次会议审议通过。为确保报告确定的各项目标任务落到实处，"
           "经市政府同意，现将《2025年市政府工作报告重点任务和十件民生实事责任分工表》印发给你们，并就有关事项通知如下：",
           ("h", "一、压实工作责任"),
           "各牵头单位对所牵头任务负总责，主要负责同志是第一责任人，要会同配合单位逐项制定推进方案，明确时间表、路线图；"
           "配合单位要按照职责分工主动对接、积极支持，形成工作合力。分工表第一部分各项任务的牵头单位标注方法见表后注释；"
           "第二部分“十件民生实事”中，“责任单位”栏内单位名称右上角标注“牵”字的为牵头单位，其余为配合单位。",
           ("h", "二、强化调度督办"),
           "实行“月调度、季通报、年考核”制度。各牵头单位要于每季度最后一个月的25日前，将任务推进情况（含佐证材料）"
           "报送市政府督查室，同时抄送分管市领导。市政府督查室要加强跟踪督办，定期通报进展情况。",
           ("h", "三、严格考核奖惩"),
           "重点任务和民生实事完成情况纳入市直单位和县（市、区）年度综合考核。对工作推进不力、进度严重滞后的，"
           "按照有关规定严肃问责。"],
          ["附件：2025年市政府工作报告重点任务和十件民生实事责任分工表"],
          "岑阳市人民政府办公室", "2025年2月21日")

    landscape(d)
    para(d, "附件", HT, 16, indent=False)
    para(d, "2025年市政府工作报告重点任务和十件民生实事责任分工表", XBS, 20, align="c")
    para(d, "第一部分　重点任务（30项）", HT, 16, align="c")
    make_table(d, ["序号", "重点任务", "责任单位", "责任市领导", "完成时限"], T1)
    p = para(d, indent=False)
    set_font(p.add_run("注：1.“重点任务”栏中标注“★”的为纳入省对市高质量发展综合绩效考核的指标。"), FS, 12)
    p = para(d, indent=False)
    p.paragraph_format.left_indent = Cm(0.85)
    set_font(p.add_run("2.“责任单位”栏中带“*”的为牵头单位；未带“*”的，由所列单位按照职责分工共同负责。"), FS, 12)
    para(d)
    para(d, "第二部分　十件民生实事（10项）", HT, 16, align="c")
    make_table(d, ["序号", "民生实事项目", "责任单位", "责任市领导", "完成时限"], [(None, T2)])
    para(d)
    banji(d, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院。",
          "岑阳市人民政府办公室　　　　　　　　　　　2025年2月21日印发")
    d.save(OUT + NAME + ".docx")


def write_gold():
    with open(OUT + NAME + ".tasks.gold.jsonl", "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")


# ------------------------------------------------------------------------------------------------ cross-check
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def cross_check():
    import xml.etree.ElementTree as ET
    root = ET.fromstring(zipfile.ZipFile(OUT + NAME + ".docx").read("word/document.xml"))
    rows = []
    for tbl in root.iter(W + "tbl"):
        for tr in tbl.findall(W + "tr"):
            cells = []
            for tc in tr.findall(W + "tc"):
                paras = []
                for p in tc.findall(W + "p"):
                    runs = []
                    for r in p.findall(W + "r"):
                        t = "".join(x.text or "" for x in r.findall(W + "t"))
                        va = r.find(W + "rPr/" + W + "vertAlign")
                        runs.append((t, va is not None and va.get(W + "val") == "superscript"))
                    paras.append(runs)
                cells.append(paras)
            rows.append(cells)
    recs = []
    for cells in rows:
        if len(cells) != 5:
            continue
        no = "".join(t for p in cells[0] for t, _ in p)
        if not no.isdigit():
            continue
        task = "".join(t for p in cells[1] for t, _ in p)
        leaders = ["".join(t for t, _ in p) for p in cells[3]]
        # units: paragraphs are separators too; a sign is '*', '＊', or a superscript run after a name
        units, leads = [], []
        for p in cells[2]:
            flat = []  # (char, superscript?)
            for t, s in p:
                flat += [(ch, s) for ch in t]
            buf, sign = "", False
            depth = 0
            for ch, s in flat + [("、", False)]:
                if ch == "（":
                    depth += 1
                elif ch == "）":
                    depth -= 1
                if ch == "、" and depth == 0:
                    if buf:
                        units.append(buf)
                        if sign:
                            leads.append(buf)
                    buf, sign = "", False
                elif ch in "*＊" or s:
                    sign = True
                else:
                    buf += ch
        if leads:
            lead, coop = leads, [u for u in units if u not in leads]
        elif len(units) == 1:
            lead, coop = units[:], []
        else:
            lead, coop = None, None
        recs.append({"id": no, "head": task[:12], "responsible_units": units, "lead_units": lead,
                     "cooperating_units": coop, "leaders": leaders})
    bad = 0
    if len(recs) != len(GOLD):
        print("count", len(recs), len(GOLD))
        bad += 1
    for r, g in zip(recs, GOLD):
        if r != g:
            bad += 1
            print("DIFF", g["id"], "\n  docx", r, "\n  gold", g)
    # ★ never in a unit cell, superscripts only in unit cells
    print("cross-check:", len(recs), "rows,", bad, "differences")
    return bad


if __name__ == "__main__":
    build()
    write_gold()
    sys.exit(1 if cross_check() else 0)
