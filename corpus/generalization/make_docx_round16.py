#!/usr/bin/python3
"""Round 16 (folder b): two DOCX task-division notices written with python-docx plus raw OOXML, with hand-typed gold.

101_heting_qu_xubiao_fenjie_qingdan.docx
    district; the attachment in a LANDSCAPE section (w:sectPr w:orient="landscape"), then a portrait section for the
    版记.  The task table  序号 | 重点任务 | 目标要求及推进措施 | 责任区领导 | 责任单位 | 完成时限  was split by its
    author into THREE w:tbl elements:
      table 1: header row marked w:tblHeader (Word repeats it on each page), section row 一、, tasks 1–9,
               section row 二、, tasks 10–12;
      a paragraph `续表` (黑体, page break before), then
      table 2: the header row typed again (also w:tblHeader), tasks 13–17, section row 三、, tasks 18–20;
      a paragraph `（续表）`, then
      table 3: NO header row, a slightly different grid, tasks 21–23, section row 四、, tasks 24–31.
    责任单位 cells of tables 1 and 2 are BULLETED LISTS: one unit per paragraph, each paragraph with w:numPr to a
    bullet abstractNum (numFmt bullet, lvlText U+F06C in Wingdings, as Word's default Chinese bullet); one bullet
    paragraph holds two units parted by 、.  Table 3 (pasted from another file) types the units in one paragraph
    parted by 、.  Three task cells hold a NESTED TABLE (w:tbl inside w:tc): task 3 a 序号 | 项目名称 | 年度目标 table
    whose rows are numbered 1 2 3 (not tasks), task 11 and task 26 a 阶段 | 时间节点 | 工作内容 table.  Two leaders
    in one cell as two paragraphs.  The lead rule is in the body: “责任单位”栏中排在第一位的为牵头单位.

102_yundu_xian_duoji_bianhao_wenbenkuang.docx
    county; the attachment is a list under ONE multilevel w:abstractNum (decimal, legal style): level 0 `%1.`
    linked to 标题 1 (Heading1, numPr in styles.xml), level 1 `%1.%2` linked to 标题 2 (w:isLgl), level 2
    `%1.%2.%3` as direct numPr on body paragraphs (w:isLgl).  Only the deepest level carries clauses: each
    `%1.%2.%3` item ends with a 楷体 run `（责任单位：A、B、C）`; one level-1 item (2.3) has no children and carries
    its own clause; one level-2 item (3.1.3) has its number TYPED (`3.1.3 `) in a paragraph without numPr, as an
    author does when the automatic numbering will not cooperate.  Part of the notice is in TEXT BOXES
    (mc:AlternateContent: wps:wsp/wps:txbx/w:txbxContent with a w:pict/v:shape/v:textbox fallback holding the same
    paragraphs): the red issuer mark; a boxed 说明 under the attachment's title that alone states the lead rule
    (“责任单位”中排在第一位的为牵头单位); a boxed 工作要求 (（一）–（三）, no tasks) after the list.

Names are invented.  Run: /usr/bin/python3 make_docx_round16.py  (writes next to this script).
The gold records are typed by hand below (GOLD101 / GOLD102); the script only asserts that they agree with the
printed text (heads = first 12 characters of the task text, units as printed and in printed order, lead = first
unit under the stated rule) and that the saved files hold every head.
"""
import json
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls

from docx_notice import (G, set_font, write_gold, FS, KT, HT, XBS, new_doc, para, front, banji, landscape, portrait,
                         set_widths, repeat_header, cell_paras, split_units)

OUT = os.path.dirname(os.path.abspath(__file__)) + "/"


def add_abstract(d, abs_xml, absid, numid):
    numbering = d.part.numbering_part.element
    ab = parse_xml(abs_xml)
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(ab)
    else:
        numbering.append(ab)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{numid}"><w:abstractNumId w:val="{absid}"/></w:num>'))


def set_numpr(p, numid, ilvl=0):
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = numid


def check_gold(golds, texts, clauses):
    """texts: id -> task text (after the marker); clauses: id -> list of printed units (in order)"""
    ids = [g["id"] for g in golds]
    assert len(set(ids)) == len(ids), ids
    assert set(ids) == set(texts), (set(ids) ^ set(texts))
    for g in golds:
        t = texts[g["id"]]
        assert t[:12] == g["head"], (g["id"], t[:12], g["head"])
        assert g["responsible_units"] == clauses[g["id"]], (g["id"], g["responsible_units"], clauses[g["id"]])
        assert g["lead_units"] == g["responsible_units"][:1], g["id"]
        assert g["cooperating_units"] == g["responsible_units"][1:], g["id"]
        for u in g["responsible_units"]:
            assert u and not re.search("[、，；,;]", u) and not u.endswith("等"), (g["id"], u)
    firsts = [g["head"][:6] for g in golds]
    assert len(set(firsts)) == len(firsts), [f for f in firsts if firsts.count(f) > 1]


# ==================================================================================================== 101
BUL101 = 1611


def bullet_abstract():
    return (f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{BUL101}"><w:nsid w:val="3A7E51C2"/>'
            f'<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="6C2A8F14"/>'
            f'<w:lvl w:ilvl="0" w:tplc="04090009"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
            f'<w:lvlText w:val="\uf06c"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="240" w:hanging="240"/></w:pPr>'
            f'<w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings" w:hint="default"/></w:rPr></w:lvl>'
            f'<w:lvl w:ilvl="1" w:tplc="04090003" w:tentative="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
            f'<w:lvlText w:val="\uf06e"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="840" w:hanging="420"/></w:pPr>'
            f'<w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings" w:hint="default"/></w:rPr></w:lvl>'
            f'</w:abstractNum>')


# leaders
LZY, ZHF, CM, LXD, WLQ, ZLH = "林志远", "周海峰", "陈敏", "刘晓东", "吴立群", "郑丽华"
# units
FG, CZ, TJ, GX, SW = "区发展和改革局", "区财政局", "区统计局", "区工业和信息化局", "区商务局"
TC, KJ, SC, ZJ, CG = "区投资促进中心", "区科学技术局", "区市场监督管理局", "区住房和城乡建设局", "区城市管理局"
ZR, JT, SWJ, ST, NY = "市自然资源和规划局鹤汀分局", "区交通运输局", "区水务局", "市生态环境局鹤汀分局", "区农业农村局"
JY, WJ, MZ, RS, YB = "区教育局", "区卫生健康局", "区民政局", "区人力资源和社会保障局", "区医疗保障局"
WL, SJ, SP, SF, YJ = "区文化和旅游局", "区数据资源局", "区行政审批服务局", "区司法局", "区应急管理局"
ZS, KFQ, JD = "区征收服务中心", "鹤汀经济开发区管委会", "各街道办事处"

# printed rows: (no, task, measures, leaders, unit_paragraphs, deadline)
#   measures: list of items; a str is a paragraph, ("tbl", header, rows) a nested table
#   unit_paragraphs: list of paragraphs (bullets in tables 1–2; one 、-joined paragraph in table 3)
T1 = [
    ("sec", "一、推动经济稳进提质（共9项）"),
    ("1", "地区生产总值增长6%左右",
     ["一般公共预算收入增长4%，固定资产投资增长7%，社会消费品零售总额增长6.5%。强化经济运行监测调度，按月分析、按季研判。"],
     [ZHF], [FG, TJ, CZ], "2025年12月底"),
    ("2", "争取上级资金支持",
     ["积极争取超长期特别国债、地方政府专项债券和中央预算内投资，全年争取上级资金不少于25亿元。"],
     [ZHF], [CZ, FG], "2025年12月底"),
    ("3", "抓好重大项目建设",
     ["全年实施区级重点项目110个、完成投资165亿元，其中新开工项目42个。重点推进以下项目：",
      ("tbl", ["序号", "项目名称", "年度目标"],
       [["1", "鹤汀智能装备产业园二期", "6月底前主体封顶"],
        ["2", "滨江数字经济港", "9月底前投入运营"],
        ["3", "汀西片区综合管廊工程", "12月底前完成管廊主体"]]),
      "其余项目按照年度投资计划推进。"],
     [ZHF], [FG, ZJ, ZR, KFQ], "2025年12月底"),
    ("4", "壮大先进制造业集群",
     ["规上工业增加值增长8%，新增规上工业企业20家；培育国家级专精特新“小巨人”企业2家、省级专精特新中小企业15家。"],
     [CM], [GX, KJ, TJ], "2025年12月底"),
    ("5", "加快数字经济发展",
     ["数字经济核心产业增加值增长12%，新建5G基站300个，建成区级数据资源共享平台。"],
     [CM], [SJ, GX], "2025年11月底"),
    ("6", "提振消费市场",
     ["举办“鹤汀夜市”“汀江美食节”等促消费活动30场以上，落实消费品以旧换新政策。"],
     [LXD], [SW, SC, WL], "2025年12月底"),
    ("7", "扩大招商引资成效",
     ["全年签约亿元以上项目35个，到位内资120亿元，实际使用外资5000万美元。"],
     [LZY, ZHF], [TC, SW + "、" + KFQ, JD], "2025年12月底"),
    ("8", "优化营商环境",
     ["深化“一件事一次办”改革，政务服务事项网上可办率达到98%以上，企业开办时间压缩至1个工作日以内。"],
     [LXD], [SP, SJ, SF], "2025年10月底"),
    ("9", "促进民营经济发展",
     ["落实支持民营经济发展的若干措施，开展政企恳谈会不少于4场，帮助企业解决问题150个以上。"],
     [CM], [GX, "区工商业联合会", SC], "2025年12月底"),
    ("sec", "二、加快城市更新建设（共8项）"),
    ("10", "实施老旧小区改造",
     ["改造老旧小区28个、惠及居民9600户，同步推进既有住宅加装电梯60部。"],
     [WLQ], [ZJ, CZ, JD], "2025年11月底"),
    ("11", "推进城中村改造",
     ["启动汀南、汀北2个城中村改造项目，分三个阶段推进：",
      ("tbl", ["阶段", "时间节点", "工作内容"],
       [["第一阶段", "3月底前", "完成入户调查，制定征收补偿方案"],
        ["第二阶段", "8月底前", "完成协议签订和房屋腾退"],
        ["第三阶段", "12月底前", "启动安置房建设"]])],
     [WLQ], [ZS, ZJ, ZR, "汀南街道办事处", "汀北街道办事处"], "2025年12月底"),
    ("12", "完善城市路网",
     ["新建改造城市道路6条，打通断头路3条，完成滨江路拓宽改造工程。"],
     [WLQ], [JT, ZJ, "市公安局鹤汀分局交警大队"], "2025年12月底"),
]
T2 = [
    ("13", "增加停车供给",
     ["新增公共停车泊位1800个，建成区级智慧停车管理平台。"],
     [WLQ], [CG, ZJ, "区城市建设投资集团"], "2025年12月底"),
    ("14", "推进生活垃圾分类",
     ["生活垃圾回收利用率达到38%，新建垃圾分类示范小区20个。"],
     [WLQ], [CG, JD], "2025年12月底"),
    ("15", "开展河湖综合治理",
     ["完成汀江鹤汀段生态修复二期工程，国控断面水质稳定达到Ⅲ类。"],
     [LXD], [ST, SWJ, NY], "2025年10月底"),
    ("16", "持续改善空气质量",
     ["PM2.5平均浓度控制在30微克/立方米以内，优良天数比率达到86%。"],
     [LXD], [ST, "区大气污染防治工作领导小组各成员单位"], "2025年12月底"),
    ("17", "加强城市精细化管理",
     ["开展市容环境“十大专项整治”，完成背街小巷改造40条。"],
     [WLQ], [CG, ZJ, JD], "2025年11月底"),
    ("sec", "三、深化改革开放（共6项）"),
    ("18", "深化国资国企改革",
     ["完成区属国有企业整合重组，区属国有企业营业收入增长10%。"],
     [ZHF], ["区国有资产服务中心", CZ], "2025年12月底"),
    ("19", "推进开发区体制改革",
     ["完成鹤汀经济开发区“管委会+公司”改革，园区亩均税收增长8%。"],
     [CM], [KFQ, "区委编办", RS], "2025年9月底"),
    ("20", "深化财税体制改革",
     ["推进零基预算改革，压减一般性支出5%以上，完善国有资本经营预算制度。"],
     [ZHF], [CZ, "国家税务总局鹤汀区税务局"], "2025年12月底"),
]
T3 = [
    ("21", "扩大对外开放",
     ["支持企业参加广交会、进博会等展会30家次以上，外贸进出口总额增长5%。"],
     [LXD], [SW + "、" + TC], "2025年12月底"),
    ("22", "推进要素市场化配置",
     ["盘活批而未供和闲置土地1200亩，完成工业用地“标准地”出让10宗。"],
     [ZHF], [ZR + "、" + KFQ + "、" + FG], "2025年12月底"),
    ("23", "深化“放管服”改革",
     ["推行企业开办“一日办结”，涉企经营许可事项实现“证照联办”。"],
     [LXD], [SP + "、" + SC], "2025年8月底"),
    ("sec", "四、持续增进民生福祉（共8项）"),
    ("24", "稳定和扩大就业",
     ["城镇新增就业6500人，城镇调查失业率控制在5.5%以内。"],
     [ZLH], [RS + "、" + CZ + "、" + JD], "2025年12月底"),
    ("25", "办好人民满意教育",
     ["新建改扩建中小学、幼儿园4所，新增学位2800个。"],
     [ZLH], [JY + "、" + FG + "、" + CZ + "、" + ZR], "2025年8月底"),
    ("26", "实施区级民生实事工程",
     ["办好10件区级民生实事，按以下节点推进：",
      ("tbl", ["阶段", "时间节点", "工作内容"],
       [["启动实施", "4月底前", "各项目完成立项和资金安排"],
        ["集中攻坚", "10月底前", "主体工程基本完工"],
        ["验收评估", "12月底前", "组织验收并开展满意度测评"]])],
     [LZY], [FG + "、" + CZ], "2025年12月底"),
    ("27", "提升医疗卫生服务水平",
     ["建成区人民医院新院区，实现社区卫生服务中心中医馆全覆盖。"],
     [ZLH], [WJ + "、" + FG + "、" + YB], "2025年12月底"),
    ("28", "完善养老服务体系",
     ["新建社区嵌入式养老服务中心5个，发展老年助餐点30个。"],
     [ZLH], [MZ + "、" + WJ + "、" + JD], "2025年10月底"),
    ("29", "加强社会保障",
     ["城乡居民基本养老保险参保率稳定在95%以上，及时足额发放各类救助资金。"],
     [ZLH], [RS + "、" + MZ + "、" + YB], "2025年12月底"),
    ("30", "繁荣文化体育事业",
     ["举办第三届汀江文化旅游节，新建社区口袋公园10个、全民健身场地15处。"],
     [LXD], [WL + "、区体育事业发展中心、" + CG], "2025年10月底"),
    ("31", "守牢安全发展底线",
     ["开展安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。"],
     [LZY, WLQ], [YJ + "、区安委会各成员单位"], "2025年12月底"),
]

# gold typed by hand from the printed table (lead rule in the body: first unit leads)
GOLD101 = [
    G("1", "地区生产总值增长6%左右", ["区发展和改革局", "区统计局", "区财政局"], ["区发展和改革局"], ["区统计局", "区财政局"], ["周海峰"]),
    G("2", "争取上级资金支持", ["区财政局", "区发展和改革局"], ["区财政局"], ["区发展和改革局"], ["周海峰"]),
    G("3", "抓好重大项目建设", ["区发展和改革局", "区住房和城乡建设局", "市自然资源和规划局鹤汀分局", "鹤汀经济开发区管委会"],
      ["区发展和改革局"], ["区住房和城乡建设局", "市自然资源和规划局鹤汀分局", "鹤汀经济开发区管委会"], ["周海峰"]),
    G("4", "壮大先进制造业集群", ["区工业和信息化局", "区科学技术局", "区统计局"], ["区工业和信息化局"], ["区科学技术局", "区统计局"], ["陈敏"]),
    G("5", "加快数字经济发展", ["区数据资源局", "区工业和信息化局"], ["区数据资源局"], ["区工业和信息化局"], ["陈敏"]),
    G("6", "提振消费市场", ["区商务局", "区市场监督管理局", "区文化和旅游局"], ["区商务局"], ["区市场监督管理局", "区文化和旅游局"], ["刘晓东"]),
    G("7", "扩大招商引资成效", ["区投资促进中心", "区商务局", "鹤汀经济开发区管委会", "各街道办事处"], ["区投资促进中心"],
      ["区商务局", "鹤汀经济开发区管委会", "各街道办事处"], ["林志远", "周海峰"]),
    G("8", "优化营商环境", ["区行政审批服务局", "区数据资源局", "区司法局"], ["区行政审批服务局"], ["区数据资源局", "区司法局"], ["刘晓东"]),
    G("9", "促进民营经济发展", ["区工业和信息化局", "区工商业联合会", "区市场监督管理局"], ["区工业和信息化局"],
      ["区工商业联合会", "区市场监督管理局"], ["陈敏"]),
    G("10", "实施老旧小区改造", ["区住房和城乡建设局", "区财政局", "各街道办事处"], ["区住房和城乡建设局"], ["区财政局", "各街道办事处"], ["吴立群"]),
    G("11", "推进城中村改造", ["区征收服务中心", "区住房和城乡建设局", "市自然资源和规划局鹤汀分局", "汀南街道办事处", "汀北街道办事处"],
      ["区征收服务中心"], ["区住房和城乡建设局", "市自然资源和规划局鹤汀分局", "汀南街道办事处", "汀北街道办事处"], ["吴立群"]),
    G("12", "完善城市路网", ["区交通运输局", "区住房和城乡建设局", "市公安局鹤汀分局交警大队"], ["区交通运输局"],
      ["区住房和城乡建设局", "市公安局鹤汀分局交警大队"], ["吴立群"]),
    G("13", "增加停车供给", ["区城市管理局", "区住房和城乡建设局", "区城市建设投资集团"], ["区城市管理局"],
      ["区住房和城乡建设局", "区城市建设投资集团"], ["吴立群"]),
    G("14", "推进生活垃圾分类", ["区城市管理局", "各街道办事处"], ["区城市管理局"], ["各街道办事处"], ["吴立群"]),
    G("15", "开展河湖综合治理", ["市生态环境局鹤汀分局", "区水务局", "区农业农村局"], ["市生态环境局鹤汀分局"], ["区水务局", "区农业农村局"], ["刘晓东"]),
    G("16", "持续改善空气质量", ["市生态环境局鹤汀分局", "区大气污染防治工作领导小组各成员单位"], ["市生态环境局鹤汀分局"],
      ["区大气污染防治工作领导小组各成员单位"], ["刘晓东"]),
    G("17", "加强城市精细化管理", ["区城市管理局", "区住房和城乡建设局", "各街道办事处"], ["区城市管理局"],
      ["区住房和城乡建设局", "各街道办事处"], ["吴立群"]),
    G("18", "深化国资国企改革", ["区国有资产服务中心", "区财政局"], ["区国有资产服务中心"], ["区财政局"], ["周海峰"]),
    G("19", "推进开发区体制改革", ["鹤汀经济开发区管委会", "区委编办", "区人力资源和社会保障局"], ["鹤汀经济开发区管委会"],
      ["区委编办", "区人力资源和社会保障局"], ["陈敏"]),
    G("20", "深化财税体制改革", ["区财政局", "国家税务总局鹤汀区税务局"], ["区财政局"], ["国家税务总局鹤汀区税务局"], ["周海峰"]),
    G("21", "扩大对外开放", ["区商务局", "区投资促进中心"], ["区商务局"], ["区投资促进中心"], ["刘晓东"]),
    G("22", "推进要素市场化配置", ["市自然资源和规划局鹤汀分局", "鹤汀经济开发区管委会", "区发展和改革局"], ["市自然资源和规划局鹤汀分局"],
      ["鹤汀经济开发区管委会", "区发展和改革局"], ["周海峰"]),
    G("23", "深化“放管服”改革", ["区行政审批服务局", "区市场监督管理局"], ["区行政审批服务局"], ["区市场监督管理局"], ["刘晓东"]),
    G("24", "稳定和扩大就业", ["区人力资源和社会保障局", "区财政局", "各街道办事处"], ["区人力资源和社会保障局"], ["区财政局", "各街道办事处"], ["郑丽华"]),
    G("25", "办好人民满意教育", ["区教育局", "区发展和改革局", "区财政局", "市自然资源和规划局鹤汀分局"], ["区教育局"],
      ["区发展和改革局", "区财政局", "市自然资源和规划局鹤汀分局"], ["郑丽华"]),
    G("26", "实施区级民生实事工程", ["区发展和改革局", "区财政局"], ["区发展和改革局"], ["区财政局"], ["林志远"]),
    G("27", "提升医疗卫生服务水平", ["区卫生健康局", "区发展和改革局", "区医疗保障局"], ["区卫生健康局"], ["区发展和改革局", "区医疗保障局"], ["郑丽华"]),
    G("28", "完善养老服务体系", ["区民政局", "区卫生健康局", "各街道办事处"], ["区民政局"], ["区卫生健康局", "各街道办事处"], ["郑丽华"]),
    G("29", "加强社会保障", ["区人力资源和社会保障局", "区民政局", "区医疗保障局"], ["区人力资源和社会保障局"], ["区民政局", "区医疗保障局"], ["郑丽华"]),
    G("30", "繁荣文化体育事业", ["区文化和旅游局", "区体育事业发展中心", "区城市管理局"], ["区文化和旅游局"], ["区体育事业发展中心", "区城市管理局"], ["刘晓东"]),
    G("31", "守牢安全发展底线", ["区应急管理局", "区安委会各成员单位"], ["区应急管理局"], ["区安委会各成员单位"], ["林志远", "吴立群"]),
]

W1 = [1.2, 3.6, 9.6, 2.3, 5.2, 2.6]
W3 = [1.2, 3.8, 9.3, 2.4, 5.2, 2.6]
HDR = ["序号", "重点任务", "目标要求及推进措施", "责任区领导", "责任单位", "完成时限"]


def cell_vcenter(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:vAlign {nsdecls("w")} w:val="center"/>'))


def header_row(tb, row):
    for c, h in zip(tb.rows[row].cells, HDR):
        cell_paras(c, h, 12, center=True, font=HT)
        cell_vcenter(c)


def fill_task(d, tb, r, row, bullets, widths):
    no, task, measures, leaders, units, due = row
    cells = tb.rows[r].cells
    cell_paras(cells[0], no, 12, center=True)
    cell_paras(cells[1], task, 12)
    # measures: paragraphs and nested tables
    mc = cells[2]
    first = True
    for m in measures:
        if isinstance(m, str):
            if first:
                p = mc.paragraphs[0]
            elif mc.paragraphs[-1].text == "" and mc._tc[-1].tag == qn("w:p") and mc._tc[-2].tag == qn("w:tbl"):
                p = mc.paragraphs[-1]          # the empty paragraph python-docx left after a nested table
            else:
                p = mc.add_paragraph()
            set_font(p.add_run(m), FS, 12)
        else:
            _, hdr, rows = m
            inner = mc.add_table(rows=1 + len(rows), cols=len(hdr))
            inner.style = d.styles["Table Grid"]
            iw = [1.5, 4.2, 3.4] if hdr[0] == "序号" else [1.9, 2.0, 5.2]
            set_widths(inner, iw)
            for c, h in zip(inner.rows[0].cells, hdr):
                cell_paras(c, h, 10.5, center=True, font=HT)
            for i, rr in enumerate(rows):
                for j, (c, v) in enumerate(zip(inner.rows[i + 1].cells, rr)):
                    cell_paras(c, v, 10.5, center=(j != len(rr) - 1))
        first = False
    cell_paras(cells[3], leaders, 12, center=True)
    cell_vcenter(cells[3])
    if bullets:
        cell_paras(cells[4], units, 12)
        for p in cells[4].paragraphs:
            p.style = d.styles["List Paragraph"]
            set_numpr(p, BUL101)
            p.paragraph_format.left_indent = Pt(12)
            p.paragraph_format.first_line_indent = Pt(-12)
    else:
        cell_paras(cells[4], units, 12)
    cell_vcenter(cells[4])
    cell_paras(cells[5], due, 12, center=True)
    cell_vcenter(cells[5])
    cell_vcenter(cells[0])
    cell_vcenter(cells[1])


def section_row(tb, r, text):
    cells = tb.rows[r].cells
    m = cells[0].merge(cells[-1])
    cell_paras(m, text, 12, font=HT)


def make_table(d, rows, widths, with_header, bullets):
    n = len(rows) + (1 if with_header else 0)
    tb = d.add_table(rows=n, cols=6)
    tb.style = d.styles["Table Grid"]
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(tb, widths)
    r = 0
    if with_header:
        header_row(tb, 0)
        repeat_header(tb.rows[0])
        r = 1
    for row in rows:
        if row[0] == "sec":
            section_row(tb, r, row[1])
        else:
            fill_task(d, tb, r, row, bullets, widths)
        r += 1
    return tb


def doc101():
    name = "101_heting_qu_xubiao_fenjie_qingdan"
    d = new_doc()
    d.core_properties.author = "区政府办 秘书科"
    add_abstract(d, bullet_abstract(), BUL101, BUL101)
    front(d, "鹤汀区人民政府办公室文件", "鹤政办发〔2025〕11号",
          ["鹤汀区人民政府办公室", "关于印发2025年区政府工作报告", "重点任务分解清单的通知"],
          "各街道办事处，鹤汀经济开发区管委会，区政府各部门，各有关单位：",
          ["《2025年鹤汀区人民政府工作报告》已经区十八届人大四次会议审议通过。为确保报告提出的各项目标任务落到实处，"
           "经区政府同意，现将《2025年区政府工作报告重点任务分解清单》印发给你们，并就有关事项通知如下。",
           ("h", "一、明确责任分工"),
           "清单共分4个方面31项重点任务，逐项明确了责任区领导、责任单位和完成时限。“责任单位”栏中排在第一位的为牵头单位，"
           "对任务落实负总责；其余为配合单位，要按照职责分工积极支持配合，形成工作合力。",
           ("h", "二、细化工作举措"),
           "各牵头单位要对照“目标要求及推进措施”，于3月20日前制定具体工作方案，明确阶段目标、时间节点和责任人。"
           "清单中列明分阶段推进计划的任务，要严格按照时间节点推进，确保按期完成。",
           ("h", "三、强化督查问效"),
           "区政府督查室要建立重点任务督办台账，实行季度通报制度。各牵头单位于每季度最后一个月的25日前，"
           "将任务推进情况报送区政府督查室；全年任务完成情况于12月15日前报送。"],
          ["附件：2025年区政府工作报告重点任务分解清单"],
          "鹤汀区人民政府办公室", "2025年3月6日")

    landscape(d)
    para(d, "附件", HT, 16, indent=False)
    para(d, "2025年区政府工作报告重点任务分解清单", XBS, 20, align="c")
    make_table(d, T1, W1, True, True)
    p = para(d, "续表", HT, 14, indent=False)
    p.paragraph_format.page_break_before = True
    make_table(d, T2, W1, True, True)
    p = para(d, "（续表）", KT, 14, indent=False)
    p.paragraph_format.page_break_before = True
    make_table(d, T3, W3, False, False)
    para(d, "")
    portrait(d)
    for _ in range(12):
        para(d, "")
    banji(d, "抄送：区委办公室，区人大常委会办公室，区政协办公室，区纪委监委。",
          "鹤汀区人民政府办公室　　　　　　　　　　2025年3月6日印发")
    d.save(OUT + name + ".docx")

    texts, clauses = {}, {}
    for row in T1 + T2 + T3:
        if row[0] == "sec":
            continue
        texts[row[0]] = row[1]
        clauses[row[0]] = [u for p in row[4] for u in split_units(p)]
    check_gold(GOLD101, texts, clauses)
    leaders = {row[0]: row[3] for row in T1 + T2 + T3 if row[0] != "sec"}
    for g in GOLD101:
        assert g["leaders"] == leaders[g["id"]], g["id"]
    assert [g["id"] for g in GOLD101] == [str(i) for i in range(1, 32)]
    write_gold(OUT, name, GOLD101)
    return name, GOLD101


# ==================================================================================================== 102
NUM102 = 1621
NS_TB = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
         'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
         'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
         'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
         'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:w10="urn:schemas-microsoft-com:office:word"')
EMU_CM = 360000


def xp(runs, jc=None, first_line=None, space_after=None):
    """a w:p string for a text box; runs: list of (text, font, half_points, bold, color)"""
    ppr = ""
    if space_after is not None:
        ppr += f'<w:spacing w:after="{space_after}" w:line="400" w:lineRule="exact"/>'
    else:
        ppr += '<w:spacing w:line="400" w:lineRule="exact"/>'
    if first_line:
        ppr += f'<w:ind w:firstLine="{first_line}"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    rs = ""
    for text, font, hp, bold, color in runs:
        rpr = f'<w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/>'
        if bold:
            rpr += "<w:b/>"
        if color:
            rpr += f'<w:color w:val="{color}"/>'
        rpr += f'<w:sz w:val="{hp}"/><w:szCs w:val="{hp}"/>'
        rs += f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{rs}</w:p>"


class Shapes:
    n = 0


def textbox_run(paras_xml, width_cm, height_cm, name, border=True, hcenter=True, voff_cm=0.0):
    Shapes.n += 1
    sid = Shapes.n
    cx, cy = int(width_cm * EMU_CM), int(height_cm * EMU_CM)
    wpt, hpt = round(width_cm * 28.3465, 1), round(height_cm * 28.3465, 1)
    body = "".join(paras_xml)
    if border:
        ln = '<a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>'
        fill = '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        vml_attr = 'fillcolor="white" strokecolor="black" strokeweight="1pt"'
    else:
        ln = '<a:ln><a:noFill/></a:ln>'
        fill = '<a:noFill/>'
        vml_attr = 'filled="f" stroked="f"'
    posh = ('<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>' if hcenter else
            '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>')
    posv = f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{int(voff_cm * EMU_CM)}</wp:posOffset></wp:positionV>'
    xml = (
        f'<w:r {NS_TB}><w:rPr><w:noProof/></w:rPr><mc:AlternateContent>'
        f'<mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251658240 + sid}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/>{posh}{posv}<wp:extent cx="{cx}" cy="{cy}"/>'
        f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{sid}" name="文本框 {sid}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>{fill}{ln}</wps:spPr>'
        f'<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>'
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        f'anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        f'</wp:anchor></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict>'
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="文本框 {sid}" o:spid="_x0000_s{1025 + sid}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:{round(voff_cm * 28.3465, 1)}pt;width:{wpt}pt;height:{hpt}pt;'
        f'z-index:{251658240 + sid};visibility:visible;mso-wrap-style:square;'
        f'mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
        f'mso-position-vertical-relative:text;mso-fit-shape-to-text:t" {vml_attr}>'
        f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{body}</w:txbxContent></v:textbox>'
        f'<w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    return parse_xml(xml)


def box_para(d, run_el):
    p = d.add_paragraph()
    p._p.append(run_el)
    return p


def numbering102(d):
    def lvl(i, text, style=None, legal=False, suff=None, font=FS, first_line=640):
        x = f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        if style:
            x += f'<w:pStyle w:val="{style}"/>'
        if legal:
            x += "<w:isLgl/>"
        if suff:
            x += f'<w:suff w:val="{suff}"/>'
        x += (f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
              f'<w:pPr><w:ind w:left="0" w:firstLine="{first_line}"/></w:pPr>'
              f'<w:rPr><w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}" w:hint="eastAsia"/></w:rPr></w:lvl>')
        return x
    levels = (lvl(0, "%1.", "Heading1", font=HT)
              + lvl(1, "%1.%2", "Heading2", legal=True, suff="space", font=KT)
              + lvl(2, "%1.%2.%3", None, legal=True, suff="space")
              + "".join(lvl(i, ".".join(f"%{k}" for k in range(1, i + 2)), None, legal=True, first_line=0)
                        for i in range(3, 9)))
    ab = (f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{NUM102}"><w:nsid w:val="6D2B0E4A"/>'
          f'<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0409001F"/>{levels}</w:abstractNum>')
    add_abstract(d, ab, NUM102, NUM102)
    # 标题 1 / 标题 2 carry the list (numPr in styles.xml)
    for sname, ilvl, font, bold in (("Heading 1", 0, HT, False), ("Heading 2", 1, KT, True)):
        st = d.styles[sname]
        pPr = st.element.get_or_add_pPr()
        numPr = pPr.get_or_add_numPr()
        if ilvl:
            numPr.get_or_add_ilvl().val = ilvl
        numPr.get_or_add_numId().val = NUM102
        st.font.size = Pt(16)
        st.font.bold = bold
        st.font.color.rgb = RGBColor(0, 0, 0)
        rf = st.element.rPr.get_or_add_rFonts()
        for a in list(rf.attrib):
            del rf.attrib[a]
        for a in ("w:ascii", "w:eastAsia", "w:hAnsi"):
            rf.set(qn(a), font)
        pf = st.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing = Pt(28)
        pf.keep_with_next = True


# the list: ("h1", text) / ("h2", text) / ("t", text, units, typed_number or None) / ("h2t", text, units)
L102 = [
    ("h1", "聚焦产业强县，推动经济量质齐升（共8项）"),
    ("h2", "做强工业经济"),
    ("t", "推进新型工业化。规上工业增加值增长8.5%，新增规上工业企业15家，工业投资增长10%。",
     ["县工信局", "县统计局", "云渡工业园区管委会"]),
    ("t", "壮大特色产业集群。围绕新材料、农产品精深加工两大主导产业，全年引进产业链项目12个，园区规上工业产值突破180亿元。",
     ["云渡工业园区管委会", "县投促中心", "县工信局"]),
    ("t", "推动企业技术改造。实施技改项目30个以上，新认定高新技术企业10家、省级专精特新中小企业8家。",
     ["县科技局", "县工信局"]),
    ("h2", "繁荣现代服务业"),
    ("t", "促进消费扩容提质。社会消费品零售总额增长6%，开展“云渡好物”促消费活动20场以上。",
     ["县商务局", "县市场监管局", "各乡镇人民政府"]),
    ("t", "发展全域旅游。推进云渡古镇国家4A级旅游景区创建，全年接待游客520万人次、实现旅游综合收入48亿元。",
     ["县文旅局", "县交通运输局", "云渡古镇管理委员会"]),
    ("t", "加快现代物流发展。建成县级物流配送中心，实现乡镇快递物流站点全覆盖。",
     ["县交通运输局", "县商务局", "云渡县邮政分公司"]),
    ("h2", "扩大有效投资"),
    ("t", "抓好重点项目建设。实施县级重点项目96个，完成年度投资132亿元，力争新开工项目40个以上。",
     ["县发改局", "县自然资源局", "县住建局"]),
    ("t", "积极争取政策资金。争取超长期特别国债、中央预算内投资和地方政府专项债券资金不少于12亿元。",
     ["县财政局", "县发改局"]),
    ("h1", "全面推进乡村振兴，加快农业农村现代化（共6项）"),
    ("h2", "守牢粮食安全底线"),
    ("t", "稳定粮食生产。粮食播种面积稳定在62万亩以上，总产量达到26万吨。",
     ["县农业农村局", "各乡镇人民政府"]),
    ("t", "建设高标准农田。新建高标准农田3.5万亩，改造提升1.2万亩。",
     ["县农业农村局", "县财政局", "县水利局"]),
    ("h2", "建设宜居宜业和美乡村"),
    ("t", "实施农村人居环境整治提升行动。农村卫生厕所普及率达到88%，生活垃圾收运处置体系覆盖所有行政村。",
     ["县农业农村局", "县住建局", "县卫健局", "各乡镇人民政府"]),
    ("t", "完善农村基础设施。新改建农村公路85公里，实施农村供水保障工程12处。",
     ["县交通运输局", "县水利局"]),
    ("t", "打造乡村振兴示范片区。建成沿溪、青岗2个市级乡村振兴示范片区。",
     ["县乡村振兴服务中心", "县农业农村局", "沿溪镇人民政府", "青岗乡人民政府"]),
    ("h2t", "促进农民持续增收。农村居民人均可支配收入增长7.5%，年经营性收入10万元以上的村集体经济组织占比达到60%。",
     ["县农业农村局", "县人社局", "各乡镇人民政府"]),
    ("h1", "深化改革扩大开放，持续激发发展活力（共5项）"),
    ("h2", "优化营商环境"),
    ("t", "深化“高效办成一件事”改革。新增“一件事一次办”集成服务事项10项，政务服务事项全程网办率达到90%。",
     ["县行政审批局", "县数据局"]),
    ("t", "规范涉企执法检查。推行“综合查一次”，全面落实行政裁量权基准制度。",
     ["县司法局", "县市场监管局", "县直各行政执法单位"]),
    ("t", "支持民营经济发展。开展“千企万户大走访”活动，帮助企业解决融资、用工等问题100个以上。",
     ["县工信局", "县工商联", "县人社局"], "3.1.3 "),
    ("h2", "扩大开放合作"),
    ("t", "提升招商引资实效。全年签约亿元以上项目30个，到位县外资金90亿元。",
     ["县投促中心", "云渡工业园区管委会", "县直各有关单位"]),
    ("t", "稳定外贸外资。外贸进出口总额增长5%，新培育外贸经营主体8家。",
     ["县商务局"]),
    ("h1", "坚持民生为本，增进人民群众福祉（共7项）"),
    ("h2", "稳就业强社保"),
    ("t", "做好重点群体就业。城镇新增就业3200人，农村劳动力转移就业稳定在18万人以上。",
     ["县人社局", "县农业农村局", "各乡镇人民政府"]),
    ("t", "健全社会保障体系。城乡居民医保参保率稳定在95%以上，落实困难群众基本生活保障。",
     ["县医保局", "县民政局", "县人社局"]),
    ("h2", "发展教育卫生事业"),
    ("t", "推进义务教育优质均衡发展。新建城北小学，改扩建乡镇寄宿制学校4所，新增学位1800个。",
     ["县教育局", "县发改局", "县住建局"]),
    ("t", "提升县域医疗服务能力。推进紧密型县域医共体建设，县人民医院通过三级医院评审。",
     ["县卫健局", "县医保局"]),
    ("t", "完善“一老一小”服务。新建乡镇区域养老服务中心3个，新增普惠托位200个。",
     ["县民政局", "县卫健局", "各乡（镇）人民政府"]),
    ("h2", "统筹发展和安全"),
    ("t", "抓好安全生产。深化安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。",
     ["县应急局", "县安委会各成员单位"]),
    ("t", "维护社会和谐稳定。深化信访工作法治化，常态化开展扫黑除恶斗争。",
     ["县公安局", "县信访局", "县司法局"]),
]

# gold typed by hand (lead rule stated only in the boxed 说明: the first unit leads)
def g2(id, head, units, leaders=()):
    return G(id, head, units, units[:1], units[1:], leaders)


GOLD102 = [
    g2("1.1.1", "推进新型工业化。规上工业", ["县工信局", "县统计局", "云渡工业园区管委会"]),
    g2("1.1.2", "壮大特色产业集群。围绕新", ["云渡工业园区管委会", "县投促中心", "县工信局"]),
    g2("1.1.3", "推动企业技术改造。实施技", ["县科技局", "县工信局"]),
    g2("1.2.1", "促进消费扩容提质。社会消", ["县商务局", "县市场监管局", "各乡镇人民政府"]),
    g2("1.2.2", "发展全域旅游。推进云渡古", ["县文旅局", "县交通运输局", "云渡古镇管理委员会"]),
    g2("1.2.3", "加快现代物流发展。建成县", ["县交通运输局", "县商务局", "云渡县邮政分公司"]),
    g2("1.3.1", "抓好重点项目建设。实施县", ["县发改局", "县自然资源局", "县住建局"]),
    g2("1.3.2", "积极争取政策资金。争取超", ["县财政局", "县发改局"]),
    g2("2.1.1", "稳定粮食生产。粮食播种面", ["县农业农村局", "各乡镇人民政府"]),
    g2("2.1.2", "建设高标准农田。新建高标", ["县农业农村局", "县财政局", "县水利局"]),
    g2("2.2.1", "实施农村人居环境整治提升", ["县农业农村局", "县住建局", "县卫健局", "各乡镇人民政府"]),
    g2("2.2.2", "完善农村基础设施。新改建", ["县交通运输局", "县水利局"]),
    g2("2.2.3", "打造乡村振兴示范片区。建", ["县乡村振兴服务中心", "县农业农村局", "沿溪镇人民政府", "青岗乡人民政府"]),
    g2("2.3", "促进农民持续增收。农村居", ["县农业农村局", "县人社局", "各乡镇人民政府"]),
    g2("3.1.1", "深化“高效办成一件事”改", ["县行政审批局", "县数据局"]),
    g2("3.1.2", "规范涉企执法检查。推行“", ["县司法局", "县市场监管局", "县直各行政执法单位"]),
    g2("3.1.3", "支持民营经济发展。开展“", ["县工信局", "县工商联", "县人社局"]),
    g2("3.2.1", "提升招商引资实效。全年签", ["县投促中心", "云渡工业园区管委会", "县直各有关单位"]),
    g2("3.2.2", "稳定外贸外资。外贸进出口", ["县商务局"]),
    g2("4.1.1", "做好重点群体就业。城镇新", ["县人社局", "县农业农村局", "各乡镇人民政府"]),
    g2("4.1.2", "健全社会保障体系。城乡居", ["县医保局", "县民政局", "县人社局"]),
    g2("4.2.1", "推进义务教育优质均衡发展", ["县教育局", "县发改局", "县住建局"]),
    g2("4.2.2", "提升县域医疗服务能力。推", ["县卫健局", "县医保局"]),
    g2("4.2.3", "完善“一老一小”服务。新", ["县民政局", "县卫健局", "各乡（镇）人民政府"]),
    g2("4.3.1", "抓好安全生产。深化安全生", ["县应急局", "县安委会各成员单位"]),
    g2("4.3.2", "维护社会和谐稳定。深化信", ["县公安局", "县信访局", "县司法局"]),
]


def doc102():
    name = "102_yundu_xian_duoji_bianhao_wenbenkuang"
    d = new_doc()
    d.core_properties.author = "县政府办 综合股"
    numbering102(d)

    # ---- front matter: the red issuer mark in a borderless text box anchored in the first paragraph
    mark = xp([("云渡县人民政府办公室文件", XBS, 72, False, "FF0000")], jc="distribute")
    p = box_para(d, textbox_run([mark], 15.6, 2.2, "发文机关标志", border=False, voff_cm=0.3))
    p.paragraph_format.space_after = Pt(0)
    para(d)
    para(d, "云政办发〔2025〕8号", align="c")
    p = para(d, indent=False)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr>'))
    for t in ["云渡县人民政府办公室", "关于印发《云渡县2025年重点工作", "任务清单》的通知"]:
        para(d, t, XBS, 22, align="c")
    para(d)
    para(d, "各乡镇人民政府，云渡工业园区管委会，县政府各部门，县直各单位：", indent=False)
    para(d, "《云渡县2025年重点工作任务清单》已经县人民政府第38次常务会议研究通过，现印发给你们，请结合实际认真抓好落实。")
    para(d, "各责任单位要按照清单确定的目标任务，细化工作措施，压实工作责任，确保各项任务按时保质完成。"
            "清单执行中的分工和报送要求，按照附件所附说明和工作要求办理。")
    para(d)
    para(d, "附件：云渡县2025年重点工作任务清单")
    para(d)
    para(d, "云渡县人民政府办公室", align="r")
    para(d, "2025年3月12日", align="r")
    para(d, "（此件公开发布）")

    # ---- the attachment
    p = para(d, "附件", HT, 16, indent=False)
    p.paragraph_format.page_break_before = True
    para(d, "云渡县2025年重点工作任务清单", XBS, 22, align="c")
    note = [xp([("说　明", HT, 28, False, None)], jc="center"),
            xp([("1.本清单共4个方面26项重点工作任务。", FS, 28, False, None)], first_line=560),
            xp([("2.各项任务“责任单位”中，排在第一位的为牵头单位，负责牵头抓总、统筹推进；其余为配合单位，"
                 "按照职责分工抓好落实。", FS, 28, False, None)], first_line=560),
            xp([("3.各牵头单位于每季度最后一个月25日前，将任务进展情况报县政府督查室。", FS, 28, False, None)],
               first_line=560)]
    box_para(d, textbox_run(note, 15.4, 4.6, "说明", border=True, voff_cm=0.2))
    para(d)

    texts, clauses = {}, {}
    c1 = c2 = c3 = 0
    for it in L102:
        kind = it[0]
        if kind == "h1":
            c1, c2 = c1 + 1, 0
            d.add_paragraph(it[1], style="Heading 1")
        elif kind == "h2":
            c2, c3 = c2 + 1, 0
            d.add_paragraph(it[1], style="Heading 2")
        elif kind == "h2t":                        # a level-1 item with no children, carrying its own clause
            c2, c3 = c2 + 1, 0
            p = d.add_paragraph(style="Heading 2")
            set_font(p.add_run(it[1]), FS, 16, bold=False)
            set_font(p.add_run("（责任单位：" + "、".join(it[2]) + "）"), KT, 16, bold=False)
            no = f"{c1}.{c2}"
            texts[no], clauses[no] = it[1] + "（责任单位：", list(it[2])
        else:
            c3 += 1
            no = f"{c1}.{c2}.{c3}"
            typed = it[3] if len(it) > 3 else None
            p = d.add_paragraph()
            p.paragraph_format.first_line_indent = Cm(1.13)
            p.paragraph_format.line_spacing = Pt(28)
            if typed:
                assert typed.strip() == no
                p.add_run(typed)
            else:
                set_numpr(p, NUM102, 2)
            p.add_run(it[1])
            set_font(p.add_run("（责任单位：" + "、".join(it[2]) + "）"), KT, 16)
            texts[no], clauses[no] = it[1], list(it[2])

    para(d)
    req = [xp([("工作要求", HT, 32, False, None)], jc="center"),
           xp([("（一）加强组织领导。", KT, 32, True, None),
               ("各乡镇、各部门要把清单任务纳入本单位年度重点工作，主要负责同志亲自研究部署，"
                "分管负责同志具体抓好落实。", FS, 32, False, None)], first_line=640),
           xp([("（二）强化协调配合。", KT, 32, True, None),
               ("牵头单位要主动协调，定期调度；配合单位要积极支持，按时提供相关材料，形成推进合力。",
                FS, 32, False, None)], first_line=640),
           xp([("（三）严格督查考核。", KT, 32, True, None),
               ("县政府督查室要对清单任务实行销号管理，每季度通报一次进展情况，结果纳入年度目标绩效考核。",
                FS, 32, False, None)], first_line=640)]
    box_para(d, textbox_run(req, 15.4, 9.0, "工作要求", border=True, voff_cm=0.2))
    for _ in range(6):
        para(d)
    banji(d, "抄送：县委办公室，县人大常委会办公室，县政协办公室。",
          "云渡县人民政府办公室　　　　　　　　　　2025年3月12日印发")
    d.save(OUT + name + ".docx")

    check_gold(GOLD102, texts, clauses)
    assert list(texts) == [g["id"] for g in GOLD102]
    write_gold(OUT, name, GOLD102)
    return name, GOLD102


# ==================================================================================================== checks
def all_text(path):
    with zipfile.ZipFile(path) as z:
        x = z.read("word/document.xml").decode("utf-8")
        for part in ("word/numbering.xml", "word/styles.xml"):
            from lxml import etree
            etree.fromstring(z.read(part))   # well-formed
    from lxml import etree
    etree.fromstring(x.encode("utf-8"))
    return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", x))


if __name__ == "__main__":
    for fn in (doc101, doc102):
        name, golds = fn()
        t = all_text(OUT + name + ".docx")
        for g in golds:
            assert g["head"] in t, (name, g["head"])
            for u in g["responsible_units"] + g["leaders"]:
                assert u in t, (name, u)
        print(name, len(golds), "tasks")
