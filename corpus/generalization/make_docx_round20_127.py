#!/usr/bin/python3
"""Round 20 (folder c): 127_quyang_shi_biankuang_qiantao_biao.docx, with its hand-typed gold.

渠阳市人民政府办公室 prints 《2025年市政府工作报告重点工作任务和民生实事项目责任分工》 as one attachment in a
landscape section.  Its author framed the first part: the attachment's body is a ONE-ROW, ONE-CELL LAYOUT TABLE
with a double border (a "frame" used as a page box, as offices do when the attachment was laid out from a
template or copied out of a 督办 form), and inside that one cell are

    * the attachment's title paragraph (方正小标宋) and the part heading `一、重点工作任务（28项）` (黑体);
    * the REAL task table, NESTED in the cell (w:tc / w:tbl / w:tr / w:tc):
          序号 | 重点任务 | 牵头单位 | 配合单位 | 责任领导
      with five section rows merged across (gridSpan=5, `（一）扩大有效需求（6项）` …), tasks 1..28 numbered
      straight through them, the 责任领导 cell merged down (w:vMerge restart / continue) over runs of tasks,
      one cell with two leaders in two paragraphs, two 牵头单位 cells holding two leads (parted by `、` in one,
      by two paragraphs in the other), 配合单位 `—` (none) in three rows;
    * the cell's closing paragraph, a 注: `“配合单位”栏标注“—”的，由牵头单位独立完成。`
After the frame, at body level, the heading `二、民生实事项目（10项）` and an ORDINARY table
          序号 | 民生实事项目 | 牵头单位 | 配合单位 | 责任领导 | 完成时限
numbered ON from the first, 29..38.

The frame and the nested table are written as raw OOXML (string templates parsed with parse_xml and put into the
body after the `附件` paragraph); the rest with python-docx.  Names are invented.
Run: /usr/bin/python3 make_docx_round20_127.py  (writes next to this script).

The GOLD below is typed by hand from the rows; cross_check() reads the written .docx back with its own XML reader
(descending into the nested table, carrying merged leader cells down) and only compares.
"""
import json
import os
import sys
import zipfile
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm

from docx_notice import (set_font, FS, HT, XBS, new_doc, para, front, banji, landscape,
                         set_widths, repeat_header)

OUT = os.path.dirname(os.path.abspath(__file__)) + "/"
NAME = "127_quyang_shi_biankuang_qiantao_biao"

# ------------------------------------------------------------------------------------------------ printed rows
# leaders: a string; "|" parts paragraphs in the cell; "^" = continues the merged cell above (w:vMerge).
# lead units: "|" parts paragraphs in the cell.
LYH, MQC, DSQ, GWT, WHF, KYH, FJG = "黎耀华", "孟庆川", "丁书琴", "葛文韬", "汪海峰", "柯雨涵", "符建国"

T1 = [
    ("（一）扩大有效需求（6项）", [
        ("1", "全市地区生产总值增长6%左右，一般公共预算收入增长4.5%，居民人均可支配收入增长与经济增长同步。",
         "市发展改革委", "市财政局、市统计局、各县（市、区）人民政府", LYH),
        ("2", "实施市级重点项目320个，年度完成投资680亿元以上，新开工项目不少于120个。",
         "市发展改革委", "市自然资源和规划局、市住房城乡建设局、市生态环境局", "^"),
        ("3", "全力争取超长期特别国债、中央预算内投资和地方政府专项债券，全年争取上级资金85亿元以上。",
         "市财政局、市发展改革委", "市直各有关部门", "^"),
        ("4", "开展“渠阳消费季”系列促消费活动200场以上，社会消费品零售总额增长6%。",
         "市商务局", "市文化广电旅游局、市市场监管局、市财政局", MQC),
        ("5", "落实消费品以旧换新政策，汽车、家电、家装厨卫等以旧换新带动消费30亿元以上。",
         "市商务局", "市财政局、市工业和信息化局、市公安局交警支队", "^"),
        ("6", "引进亿元以上产业项目160个，其中10亿元以上项目25个，实际到位市外资金550亿元。",
         "市投资促进局", "渠阳经开区管委会、渠阳高新区管委会、各县（市、区）人民政府", MQC + "|" + LYH),
    ]),
    ("（二）建设现代化产业体系（7项）", [
        ("7", "规模以上工业增加值增长8%，制造业增加值占地区生产总值比重提高0.5个百分点。",
         "市工业和信息化局", "市统计局、各县（市、区）人民政府", GWT),
        ("8", "推进装备制造、绿色食品、新型材料三大主导产业集群发展，集群规模突破2000亿元。",
         "市工业和信息化局", "市发展改革委、市科技局、渠阳经开区管委会", "^"),
        ("9", "实施“智改数转”项目260个，新增省级智能工厂8家、数字化车间40个。",
         "市工业和信息化局", "市政务服务数据管理局、市财政局", "^"),
        ("10", "全社会研发经费投入增长12%，高新技术企业总数达到780家。",
         "市科技局", "市财政局、市统计局、市税务局", "^"),
        ("11", "新培育国家级专精特新“小巨人”企业4家、省级专精特新中小企业55家。",
         "市工业和信息化局|市科技局", "—", "^"),
        ("12", "推进渠阳港区二期和公铁水联运物流园建设，港口货物吞吐量增长10%。",
         "市交通运输局", "市发展改革委、市商务局、渠阳经开区管委会", FJG),
        ("13", "全年接待国内外游客4600万人次，旅游总收入增长12%，创建国家4A级旅游景区2家。",
         "市文化广电旅游局", "各县（市、区）人民政府", DSQ),
    ]),
    ("（三）深化改革扩大开放（5项）", [
        ("14", "深化“高效办成一件事”改革，新增上线集成服务事项15个，政务服务事项全程网办率达到90%以上。",
         "市政务服务数据管理局", "市直各有关部门", FJG),
        ("15", "开展营商环境优化提升行动，惠企政策“免申即享”事项达到50项以上。",
         "市发展改革委", "市政务服务数据管理局、市财政局、市市场监管局", LYH),
        ("16", "推动市属国有企业整合重组，市属国企营业收入增长10%、利润总额增长8%。",
         "市国资委", "市财政局", "^"),
        ("17", "新增普惠小微贷款120亿元，制造业中长期贷款增长15%以上。",
         "市地方金融管理局", "人民银行渠阳市分行、国家金融监督管理总局渠阳监管分局", "^"),
        ("18", "外贸进出口总额增长6%，新增有进出口实绩企业80家，跨境电商交易额增长20%。",
         "市商务局", "渠阳海关、市税务局", MQC),
    ]),
    ("（四）推进乡村全面振兴（5项）", [
        ("19", "粮食播种面积稳定在310万亩以上，总产量稳定在24亿斤以上。",
         "市农业农村局", "各县（市、区）人民政府", KYH),
        ("20", "新建和改造提升高标准农田13万亩，新增高效节水灌溉面积2万亩。",
         "市农业农村局", "市财政局、市水利局、市自然资源和规划局", "^"),
        ("21", "创建省级宜居宜业和美乡村示范村45个，农村卫生厕所普及率达到92%。",
         "市农业农村局", "市住房城乡建设局、市卫生健康委、市生态环境局", "^"),
        ("22", "实施城乡供水一体化工程，农村自来水普及率达到98%以上。",
         "市水利局", "各县（市、区）人民政府", "^"),
        ("23", "培育市级以上农业产业化龙头企业25家，农产品加工业产值增长8%。",
         "市农业农村局", "市工业和信息化局、市商务局", "^"),
    ]),
    ("（五）提升城市品质和生态环境（5项）", [
        ("24", "实施城市更新项目45个，改造城镇老旧小区130个、城中村3个。",
         "市住房城乡建设局", "市自然资源和规划局、市财政局、各县（市、区）人民政府", WHF),
        ("25", "新建改造燃气、供排水、供热等地下管网280公里，城市易涝积水点整治完成率100%。",
         "市住房城乡建设局、市城市管理局", "市水利局", "^"),
        ("26", "细颗粒物（PM2.5）平均浓度控制在33微克/立方米以内，空气质量优良天数比率达到85%。",
         "市生态环境局", "市工业和信息化局、市住房城乡建设局、市交通运输局、市公安局交警支队", KYH),
        ("27", "全面落实河湖长制，国省考断面水质优良比例达到95%以上。",
         "市生态环境局|市水利局", "—", "^"),
        ("28", "完成营造林面积9万亩，森林覆盖率稳定在43%以上。",
         "市林业局", "—", "^"),
    ]),
]

T2 = [
    ("29", "新建改扩建中小学、幼儿园12所，新增学位9000个。",
     "市教育局", "市发展改革委、市财政局、市自然资源和规划局", DSQ, "2025年8月底"),
    ("30", "新建社区嵌入式服务设施25个、老年助餐点120个。",
     "市民政局", "市住房城乡建设局、各县（市、区）人民政府", DSQ, "2025年11月底"),
    ("31", "为全市65岁以上老年人免费开展健康体检，体检率达到72%。",
     "市卫生健康委", "市财政局", DSQ, "2025年12月底"),
    ("32", "开展城乡适龄妇女“两癌”免费筛查9万人次。",
     "市卫生健康委、市妇联", "市医保局", DSQ, "2025年12月底"),
    ("33", "城镇新增就业5万人，开展补贴性职业技能培训3.5万人次。",
     "市人力资源社会保障局", "市财政局、市总工会", DSQ, "2025年12月底"),
    ("34", "完成既有住宅加装电梯320台。",
     "市住房城乡建设局", "市市场监管局、各县（市、区）人民政府", WHF, "2025年12月底"),
    ("35", "新增公共停车泊位6000个、公共充电桩3500个。",
     "市城市管理局", "市住房城乡建设局、市公安局交警支队、市发展改革委", WHF, "2025年11月底"),
    ("36", "改造提升城区农贸市场30个。",
     "市商务局", "市市场监管局、各县（市、区）人民政府", MQC, "2025年10月底"),
    ("37", "为困难残疾人实施康复救助3200人次，完成家庭无障碍改造1100户。",
     "市残联", "市民政局、市卫生健康委", DSQ, "2025年11月底"),
    ("38", "新建城市“口袋公园”35个、城市绿道60公里。",
     "市城市管理局", "市自然资源和规划局、市林业局", WHF, "2025年10月底"),
]

# ------------------------------------------------------------------------------------------------ gold, by hand
def G(id, head, resp, lead, coop, leaders):
    return {"id": id, "head": head, "responsible_units": resp, "lead_units": lead,
            "cooperating_units": coop, "leaders": leaders}


FGW, CZ, TJ, XQ = "市发展改革委", "市财政局", "市统计局", "各县（市、区）人民政府"
ZRZY, ZJ, STHJ = "市自然资源和规划局", "市住房城乡建设局", "市生态环境局"
SW, WL, SJ, GX = "市商务局", "市文化广电旅游局", "市市场监管局", "市工业和信息化局"
JJ = "市公安局交警支队"
JKQ, GXQ = "渠阳经开区管委会", "渠阳高新区管委会"
ZWSJ, KJ, SWJ = "市政务服务数据管理局", "市科技局", "市税务局"
NY, SL, WJ, CG = "市农业农村局", "市水利局", "市卫生健康委", "市城市管理局"
ZGBM = "市直各有关部门"

GOLD = [
    G("1", "全市地区生产总值增长6%", [FGW, CZ, TJ, XQ], [FGW], [CZ, TJ, XQ], [LYH]),
    G("2", "实施市级重点项目320个", [FGW, ZRZY, ZJ, STHJ], [FGW], [ZRZY, ZJ, STHJ], [LYH]),
    G("3", "全力争取超长期特别国债、", [CZ, FGW, ZGBM], [CZ, FGW], [ZGBM], [LYH]),
    G("4", "开展“渠阳消费季”系列促", [SW, WL, SJ, CZ], [SW], [WL, SJ, CZ], [MQC]),
    G("5", "落实消费品以旧换新政策，", [SW, CZ, GX, JJ], [SW], [CZ, GX, JJ], [MQC]),
    G("6", "引进亿元以上产业项目16", ["市投资促进局", JKQ, GXQ, XQ], ["市投资促进局"], [JKQ, GXQ, XQ], [MQC, LYH]),
    G("7", "规模以上工业增加值增长8", [GX, TJ, XQ], [GX], [TJ, XQ], [GWT]),
    G("8", "推进装备制造、绿色食品、", [GX, FGW, KJ, JKQ], [GX], [FGW, KJ, JKQ], [GWT]),
    G("9", "实施“智改数转”项目26", [GX, ZWSJ, CZ], [GX], [ZWSJ, CZ], [GWT]),
    G("10", "全社会研发经费投入增长1", [KJ, CZ, TJ, SWJ], [KJ], [CZ, TJ, SWJ], [GWT]),
    G("11", "新培育国家级专精特新“小", [GX, KJ], [GX, KJ], [], [GWT]),
    G("12", "推进渠阳港区二期和公铁水", ["市交通运输局", FGW, SW, JKQ], ["市交通运输局"], [FGW, SW, JKQ], [FJG]),
    G("13", "全年接待国内外游客460", [WL, XQ], [WL], [XQ], [DSQ]),
    G("14", "深化“高效办成一件事”改", [ZWSJ, ZGBM], [ZWSJ], [ZGBM], [FJG]),
    G("15", "开展营商环境优化提升行动", [FGW, ZWSJ, CZ, SJ], [FGW], [ZWSJ, CZ, SJ], [LYH]),
    G("16", "推动市属国有企业整合重组", ["市国资委", CZ], ["市国资委"], [CZ], [LYH]),
    G("17", "新增普惠小微贷款120亿", ["市地方金融管理局", "人民银行渠阳市分行", "国家金融监督管理总局渠阳监管分局"],
      ["市地方金融管理局"], ["人民银行渠阳市分行", "国家金融监督管理总局渠阳监管分局"], [LYH]),
    G("18", "外贸进出口总额增长6%，", [SW, "渠阳海关", SWJ], [SW], ["渠阳海关", SWJ], [MQC]),
    G("19", "粮食播种面积稳定在310", [NY, XQ], [NY], [XQ], [KYH]),
    G("20", "新建和改造提升高标准农田", [NY, CZ, SL, ZRZY], [NY], [CZ, SL, ZRZY], [KYH]),
    G("21", "创建省级宜居宜业和美乡村", [NY, ZJ, WJ, STHJ], [NY], [ZJ, WJ, STHJ], [KYH]),
    G("22", "实施城乡供水一体化工程，", [SL, XQ], [SL], [XQ], [KYH]),
    G("23", "培育市级以上农业产业化龙", [NY, GX, SW], [NY], [GX, SW], [KYH]),
    G("24", "实施城市更新项目45个，", [ZJ, ZRZY, CZ, XQ], [ZJ], [ZRZY, CZ, XQ], [WHF]),
    G("25", "新建改造燃气、供排水、供", [ZJ, CG, SL], [ZJ, CG], [SL], [WHF]),
    G("26", "细颗粒物（PM2.5）平", [STHJ, GX, ZJ, "市交通运输局", JJ], [STHJ], [GX, ZJ, "市交通运输局", JJ], [KYH]),
    G("27", "全面落实河湖长制，国省考", [STHJ, SL], [STHJ, SL], [], [KYH]),
    G("28", "完成营造林面积9万亩，森", ["市林业局"], ["市林业局"], [], [KYH]),
    G("29", "新建改扩建中小学、幼儿园", ["市教育局", FGW, CZ, ZRZY], ["市教育局"], [FGW, CZ, ZRZY], [DSQ]),
    G("30", "新建社区嵌入式服务设施2", ["市民政局", ZJ, XQ], ["市民政局"], [ZJ, XQ], [DSQ]),
    G("31", "为全市65岁以上老年人免", [WJ, CZ], [WJ], [CZ], [DSQ]),
    G("32", "开展城乡适龄妇女“两癌”", [WJ, "市妇联", "市医保局"], [WJ, "市妇联"], ["市医保局"], [DSQ]),
    G("33", "城镇新增就业5万人，开展", ["市人力资源社会保障局", CZ, "市总工会"], ["市人力资源社会保障局"],
      [CZ, "市总工会"], [DSQ]),
    G("34", "完成既有住宅加装电梯32", [ZJ, SJ, XQ], [ZJ], [SJ, XQ], [WHF]),
    G("35", "新增公共停车泊位6000", [CG, ZJ, JJ, FGW], [CG], [ZJ, JJ, FGW], [WHF]),
    G("36", "改造提升城区农贸市场30", [SW, SJ, XQ], [SW], [SJ, XQ], [MQC]),
    G("37", "为困难残疾人实施康复救助", ["市残联", "市民政局", WJ], ["市残联"], ["市民政局", WJ], [DSQ]),
    G("38", "新建城市“口袋公园”35", [CG, ZRZY, "市林业局"], [CG], [ZRZY, "市林业局"], [WHF]),
]

# ------------------------------------------------------------------------------------------------ raw OOXML
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def r_xml(text, font=FS, half_pts=24, bold=False):
    b = "<w:b/><w:bCs/>" if bold else ""
    return (f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/>{b}'
            f'<w:sz w:val="{half_pts}"/><w:szCs w:val="{half_pts}"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r>')


def p_xml(text="", jc=None, font=FS, half_pts=24, bold=False, before=0, after=0, line=None, ind_first=None):
    ppr = ""
    if before or after or line:
        ppr += f'<w:spacing w:before="{before}" w:after="{after}"' + \
               (f' w:line="{line}" w:lineRule="exact"' if line else "") + "/>"
    if ind_first:
        ppr += f'<w:ind w:firstLineChars="{ind_first}"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    run = r_xml(text, font, half_pts, bold) if text else ""
    return f"<w:p><w:pPr>{ppr}</w:pPr>{run}</w:p>"


def tc_xml(width, inner, span=None, vmerge=None, valign="center"):
    pr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont":
        pr += "<w:vMerge/>"
    pr += f'<w:vAlign w:val="{valign}"/>'
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>{inner}</w:tc>"


NW = [800, 5900, 2400, 3200, 1200]          # nested table columns, twips (13500 in all)
FRAME_W = 14000                              # the frame: the landscape text width (24.7 cm)


def cell_paras(text, jc=None, bold=False, font=FS):
    return "".join(p_xml(t, jc=jc, bold=bold, font=font) for t in text.split("|"))


def nested_table_xml():
    borders = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                      for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    rows = []
    hdr = ["序号", "重点任务", "牵头单位", "配合单位", "责任领导"]
    rows.append('<w:tr><w:trPr><w:tblHeader/><w:jc w:val="center"/></w:trPr>' +
                "".join(tc_xml(w, cell_paras(h, jc="center", font=HT)) for w, h in zip(NW, hdr)) + "</w:tr>")
    for sec, tasks in T1:
        rows.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>" +
                    tc_xml(sum(NW), p_xml(sec, font=HT, bold=False), span=5) + "</w:tr>")
        for i, (no, task, lead, coop, leaders) in enumerate(tasks):
            # a leader cell opens a merge when the next row says "^"
            nxt = tasks[i + 1][4] if i + 1 < len(tasks) else None
            if leaders == "^":
                lc = tc_xml(NW[4], "<w:p/>", vmerge="cont")
            elif nxt == "^":
                lc = tc_xml(NW[4], cell_paras(leaders, jc="center"), vmerge="restart")
            else:
                lc = tc_xml(NW[4], cell_paras(leaders, jc="center"))
            rows.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>" +
                        tc_xml(NW[0], cell_paras(no, jc="center")) +
                        tc_xml(NW[1], cell_paras(task, jc="both")) +
                        tc_xml(NW[2], cell_paras(lead, jc="center")) +
                        tc_xml(NW[3], cell_paras(coop, jc="center" if coop == "—" else "both")) +
                        lc + "</w:tr>")
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in NW)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(NW)}" w:type="dxa"/><w:jc w:val="center"/>'
            f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
            f'<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
            f'<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
            f'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>' + "".join(rows) + "</w:tbl>")


def frame_xml():
    dbl = "".join(f'<w:{s} w:val="double" w:sz="4" w:space="0" w:color="000000"/>'
                  for s in ("top", "left", "bottom", "right"))
    none = "".join(f'<w:{s} w:val="nil"/>' for s in ("insideH", "insideV"))
    inner = (p_xml("2025年市政府工作报告重点工作任务和民生实事项目责任分工", jc="center", font=XBS,
                   half_pts=40, before=240, after=120) +
             p_xml("一、重点工作任务（28项）", font=HT, half_pts=32, after=120, ind_first=200) +
             nested_table_xml() +
             p_xml("注：“配合单位”栏标注“—”的，由牵头单位独立完成。", half_pts=24, before=120, after=120,
                   ind_first=200))
    return (f'<w:tbl {W_NS}><w:tblPr><w:tblW w:w="{FRAME_W}" w:type="dxa"/><w:jc w:val="center"/>'
            f'<w:tblBorders>{dbl}{none}</w:tblBorders><w:tblLayout w:type="fixed"/>'
            f'<w:tblCellMar><w:top w:w="113" w:type="dxa"/><w:left w:w="170" w:type="dxa"/>'
            f'<w:bottom w:w="113" w:type="dxa"/><w:right w:w="170" w:type="dxa"/></w:tblCellMar>'
            f'<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
            f'w:noHBand="1" w:noVBand="1"/></w:tblPr>'
            f'<w:tblGrid><w:gridCol w:w="{FRAME_W}"/></w:tblGrid>'
            f'<w:tr>{tc_xml(FRAME_W, inner, valign="top")}</w:tr></w:tbl>')


# ------------------------------------------------------------------------------------------------ python-docx
SZ = 12


def cell_text(cell, text, center=False, bold=False, font=FS):
    cell.text = ""
    for i, line in enumerate(text.split("|")):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(p.add_run(line), font, SZ, bold=True if bold else None)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def borders(table):
    """tblBorders in its schema place: before tblLayout / tblCellMar / tblLook."""
    tblPr = table._tbl.tblPr
    el = parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                  for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>")
    for succ in ("tblLayout", "tblCellMar", "tblLook"):
        found = tblPr.find(qn("w:" + succ))
        if found is not None:
            found.addprevious(el)
            return
    tblPr.append(el)


def second_table(d):
    hdr = ["序号", "民生实事项目", "牵头单位", "配合单位", "责任领导", "完成时限"]
    t = d.add_table(rows=1 + len(T2), cols=6)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(t)
    for c, h in zip(t.rows[0].cells, hdr):
        cell_text(c, h, center=True, font=HT)
    repeat_header(t.rows[0])
    for r, (no, task, lead, coop, leader, when) in enumerate(T2, start=1):
        cells = t.rows[r].cells
        cell_text(cells[0], no, center=True)
        cell_text(cells[1], task)
        cell_text(cells[2], lead, center=True)
        cell_text(cells[3], coop)
        cell_text(cells[4], leader, center=True)
        cell_text(cells[5], when, center=True)
    set_widths(t, [1.4, 9.4, 3.8, 5.3, 2.2, 2.6])
    return t


def build():
    d = new_doc()
    front(d, "渠阳市人民政府办公室文件", "渠政办发〔2025〕9号",
          ["渠阳市人民政府办公室关于印发2025年", "市政府工作报告重点工作任务和民生实事项目", "责任分工的通知"],
          "各县（市、区）人民政府，渠阳经开区、渠阳高新区管委会，市政府各部门、各直属机构：",
          ["《2025年渠阳市人民政府工作报告》已经市八届人大四次会议审议通过。为确保报告确定的各项目标任务"
           "落到实处，经市政府研究同意，现将报告提出的重点工作任务和民生实事项目责任分工印发给你们，"
           "并就有关事项通知如下：",
           ("h", "一、明确责任分工"),
           "分工表中的责任领导为任务的分管市领导，负责统筹协调、督促推进。牵头单位对任务落实负总责，"
           "牵头单位为两个的，共同牵头、分工协作；配合单位要按照职责主动配合、密切协作，不得推诿扯皮。",
           ("h", "二、细化推进措施"),
           "各牵头单位要在本通知印发后15个工作日内，会同配合单位将任务逐项细化为季度目标和具体措施，"
           "报市政府督查室备案。",
           ("h", "三、加强督查考核"),
           "市政府督查室要建立任务台账，实行“月跟踪、季通报、年考评”。各牵头单位要于每季度结束后5个工作日内"
           "报送推进情况。任务完成情况纳入年度综合考核，对推进不力、进度滞后的单位予以通报。"],
          ["附件：2025年市政府工作报告重点工作任务和民生实事项目责任分工"],
          "渠阳市人民政府办公室", "2025年2月26日")

    landscape(d)
    p = para(d, "附件", HT, 16, indent=False)
    p._p.addnext(parse_xml(frame_xml()))
    para(d, indent=False)                       # the paragraph Word keeps between two tables
    para(d, "二、民生实事项目（10项）", HT, 16)
    second_table(d)
    para(d)
    banji(d, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级法院，市检察院。",
          "渠阳市人民政府办公室　　　　　　　　　　　　2025年2月26日印发")
    d.save(OUT + NAME + ".docx")


def write_gold():
    with open(OUT + NAME + ".tasks.gold.jsonl", "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")


# ------------------------------------------------------------------------------------------------ cross-check
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def cross_check():
    """Read the .docx back with ElementTree: every w:tbl anywhere (nested ones too), rows whose first cell is a
    number; leader cells carried down through w:vMerge continuations; units split on 、 outside brackets and on
    paragraphs; `—` = none.  Compare with GOLD."""
    import xml.etree.ElementTree as ET
    root = ET.fromstring(zipfile.ZipFile(OUT + NAME + ".docx").read("word/document.xml"))

    def paras(tc):
        return ["".join(t.text or "" for t in p.iter(W + "t")) for p in tc.findall(W + "p")]

    def split(ps):
        out = []
        for s in ps:
            buf, depth = "", 0
            for ch in s + "、":
                depth += ch == "（"
                depth -= ch == "）"
                if ch == "、" and depth == 0:
                    if buf and buf != "—":
                        out.append(buf)
                    buf = ""
                else:
                    buf += ch
        return out

    recs = []
    body = root.find(W + "body")
    tables = [t for t in root.iter(W + "tbl")]
    nested = [t for t in tables if t not in body.findall(W + "tbl")]
    assert len(nested) == 1, len(nested)
    for tbl in tables:
        last_leaders = None
        for tr in tbl.findall(W + "tr"):
            tcs = tr.findall(W + "tc")
            if len(tcs) < 5:
                continue
            no = "".join(paras(tcs[0]))
            if not no.isdigit():
                continue
            vm = tcs[4].find(W + "tcPr/" + W + "vMerge")
            if vm is not None and vm.get(W + "val") != "restart":
                leaders = last_leaders
            else:
                leaders = [x for x in paras(tcs[4]) if x]
            last_leaders = leaders
            lead, coop = split(paras(tcs[2])), split(paras(tcs[3]))
            task = "".join(paras(tcs[1]))
            recs.append({"id": no, "head": task[:12], "responsible_units": lead + coop, "lead_units": lead,
                         "cooperating_units": coop, "leaders": leaders})
    bad = 0
    if len(recs) != len(GOLD):
        print("count", len(recs), len(GOLD))
        bad += 1
    for r, g in zip(recs, GOLD):
        if r != g:
            bad += 1
            print("DIFF", g["id"], "\n  docx", r, "\n  gold", g)
    print("cross-check:", len(recs), "rows,", bad, "differences")
    return bad


if __name__ == "__main__":
    build()
    write_gold()
    sys.exit(1 if cross_check() else 0)
