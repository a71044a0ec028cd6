#!/usr/bin/python3
"""Round 18 (folder a): 111_lizhou_shi_shiwei_shizhengfu_zhongdian_qingdan.docx, with its hand-typed gold.

A joint notice of 中共栎州市委办公室 and 栎州市人民政府办公室 (the two issuers stacked in a borderless table with 文件
beside them, 文号 栎委办发〔2025〕6号) printing 《2025年市委市政府重点工作清单》.  The attachment, in a landscape
section, is one Word table

    序号 | 重点工作 | 牵头市领导 | 牵头单位 | 责任单位 | 完成时限

with five section rows merged across the six columns (gridSpan) and 序号 typed 1..42 straight through them.
What the table does, written with python-docx and raw OOXML:
  * 牵头市领导 is ONE cell merged down (w:vMerge restart / continue) over a run of 3 to 6 tasks; the continuation
    cells are empty.  One run (18-21) has two leaders in its cell, parted by a w:br.
  * Several units in a cell are parted by line breaks INSIDE ONE PARAGRAPH (w:br), never by paragraphs; some
    cells mix w:br and 、 (`市财政局、市统计局⏎市工业和信息化局`), some end a line with 、 before the w:br
    (`市商务局、⏎市市场监管局、⏎…`).  Two 牵头单位 cells hold two leads parted by a w:br.
  * 13 重点工作 cells open with a BOLD short title, then a w:br, then the description in plain type.
  * Tasks 1 and 12 carry a footnote reference (w:footnoteReference, a real word/footnotes.xml part) inside the
    牵头单位 cell right after the unit name; the footnotes' text names units (省统计局, 市统计局, 市政务服务中心)
    that are not the task's.
  * A 注 under the table: every unit of the 牵头单位 column leads, the 责任单位 column cooperates; 责任单位 `/` = none.
Names are invented.  Run: /usr/bin/python3 make_docx_round18_111.py  (writes next to this script).

GOLD below is typed by hand from the rows; cross_check() reads the written .docx back with its own XML reader and
unit splitter and only compares.
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
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT, CONTENT_TYPE as CT
from docx.shared import Pt, Cm, RGBColor

from docx_notice import (set_font, FS, KT, HT, XBS, new_doc, para, banji, landscape, portrait,
                         set_widths, repeat_header)

OUT = os.path.dirname(os.path.abspath(__file__)) + "/"
NAME = "111_lizhou_shi_shiwei_shizhengfu_zhongdian_qingdan"

# ------------------------------------------------------------------------------------------------ printed rows
# task cell: a string, or (bold title, description) printed as title⏎description in one paragraph.
# unit cells: one paragraph; "\n" = a w:br inside it; "{fn1}" = a footnote reference run.
SECS = [
    ("一、扩大内需稳定增长（9项）", [
        ("1", ("稳住经济基本盘", "全市地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长7.5%。"),
         "市发展改革委{fn1}", "市统计局、市财政局\n市工业和信息化局\n各县（市、区）党委和政府", "2025年12月底"),
        ("2", "全年实施市级重点项目320个，完成投资680亿元以上，新开工亿元以上项目150个。",
         "市发展改革委", "市自然资源和规划局\n市住房城乡建设局\n市生态环境局\n栎州高新区管委会", "2025年12月底"),
        ("3", "积极争取超长期特别国债、中央预算内投资和地方政府专项债券资金110亿元以上。",
         "市发展改革委\n市财政局", "市直有关单位", "2025年10月底前"),
        ("4", ("提振消费市场", "落实消费品以旧换新政策，举办“乐享栎州”促消费活动60场以上，社会消费品零售总额增长6.5%。"),
         "市商务局", "市财政局、\n市市场监管局、\n市文化广电旅游局", "2025年12月底"),
        ("5", "推动房地产市场止跌回稳，收购存量商品房用作保障性住房1500套。",
         "市住房城乡建设局", "市财政局\n市自然资源和规划局、市住房公积金中心\n栎州城投集团", "2025年12月底"),
        ("6", "加强金融服务实体经济，全年新增贷款420亿元，制造业中长期贷款增长15%以上。",
         "市委金融办", "中国人民银行栎州市分行\n国家金融监督管理总局栎州监管分局", "2025年12月底"),
        ("7", ("建设国际陆港", "推进栎州国际陆港二期建设，开行中欧班列300列、铁海联运班列1200列。"),
         "市交通运输局", "市商务局、栎州海关\n市口岸物流办", "2025年11月底前"),
        ("8", "新改建国省干线公路85公里、农村公路420公里，市域快速路南环段建成通车。",
         "市交通运输局", "市住房城乡建设局\n各县（市、区）党委和政府", "2025年9月底前完成主体工程\n12月底前建成通车"),
        ("9", "开工建设兰溪水库引水工程，完成水利投资46亿元。",
         "市水利局", "市发展改革委、市财政局、市自然资源和规划局", "2025年12月底"),
    ]),
    ("二、产业升级和科技创新（8项）", [
        ("10", ("壮大先进制造业集群", "实施“链长制”，推动新能源装备、先进材料两大集群产值突破千亿元。"),
         "市工业和信息化局", "市发展改革委\n市科技局、市投资促进局", "2025年12月底"),
        ("11", "实施“智改数转网联”行动，新建省级智能工厂15家、数字化车间50个。",
         "市工业和信息化局", "市数据局\n市财政局", "2025年12月底"),
        ("12", ("发展数字经济", "数字经济核心产业增加值增长12%，新建5G基站1800个，建成市级算力调度中心。"),
         "市数据局{fn2}\n市工业和信息化局", "市通信发展办\n中国电信栎州分公司、中国移动栎州分公司", "2025年12月底"),
        ("13", "培育低空经济新赛道，开通低空物流航线10条，建设通用机场1个。",
         "市发展改革委", "市交通运输局、市工业和信息化局\n市公安局\n栎州高新区管委会", "2025年12月底"),
        ("14", "推动现代服务业提质增效，新增规模以上服务业企业120家。",
         "市发展改革委", "市商务局\n市统计局", "2025年12月底"),
        ("15", ("强化企业创新主体地位", "新增高新技术企业150家、科技型中小企业800家，全社会研发经费投入强度达到2.6%。"),
         "市科技局", "市财政局、市税务局\n市统计局", "2025年12月底"),
        ("16", "建设栎州科学城，新建省级以上创新平台20个，技术合同成交额突破60亿元。",
         "市科技局", "栎州高新区管委会\n市教育局", "2025年12月底"),
        ("17", "实施“栎才回乡”计划，引进高层次人才团队30个、高校毕业生2.5万名。",
         "市委人才办", "市人力资源社会保障局、市教育局\n市科技局", "2025年12月底"),
    ]),
    ("三、深化改革扩大开放（7项）", [
        ("18", ("优化营商环境", "开展营商环境“对标提升年”行动，全面推行“高效办成一件事”，企业开办实现1个工作日办结。"),
         "市发展改革委", "市政务服务中心\n市市场监管局、市司法局\n市直有关单位", "2025年12月底"),
        ("19", "深化国资国企改革，推动市属国有企业战略性重组，国有企业营业收入增长8%。",
         "市国资委", "市财政局\n栎州城投集团、栎州产投集团", "2025年12月底"),
        ("20", "深化财税体制改革，推进零基预算改革，盘活存量资产30亿元以上。",
         "市财政局", "市税务局\n市国资委\n各县（市、区）党委和政府", "2025年11月底前"),
        ("21", "扩大高水平对外开放，外贸进出口总额增长5%，实际使用外资1.8亿美元。",
         "市商务局", "栎州海关、市投资促进局\n市委外办", "2025年12月底"),
        ("22", ("深化人才发展体制机制改革", "健全人才评价“揭榜挂帅”机制，在栎州高新区开展人才管理改革试点。"),
         "市委人才办", "市人力资源社会保障局\n市科技局\n栎州高新区管委会", "2025年10月底前"),
        ("23", "推进基层治理体系改革，规范村（社区）工作事务，减轻基层负担。",
         "市委社会工作部\n市委组织部", "市民政局\n各县（市、区）党委和政府", "2025年12月底"),
        ("24", "深化事业单位改革，完成市直事业单位优化整合。",
         "市委编办", "市财政局、市人力资源社会保障局", "2025年9月底前"),
    ]),
    ("四、城乡融合和生态环保（7项）", [
        ("25", ("保障粮食安全", "粮食播种面积稳定在520万亩以上，新建和改造提升高标准农田22万亩。"),
         "市农业农村局", "市自然资源和规划局、市水利局\n市财政局\n各县（市、区）党委和政府", "2025年10月底前"),
        ("26", "巩固拓展脱贫攻坚成果，脱贫人口人均纯收入增长9%以上。",
         "市农业农村局", "市人力资源社会保障局\n市民政局、市医保局、市教育局", "2025年12月底"),
        ("27", "推进城乡融合发展，新增农业转移人口市民化2.2万人，建成和美乡村示范村60个。",
         "市发展改革委\n市农业农村局", "市公安局\n市住房城乡建设局", "2025年12月底"),
        ("28", ("打好蓝天保卫战", "PM2.5平均浓度控制在32微克/立方米以下，空气质量优良天数比率达到86%。"),
         "市生态环境局", "市工业和信息化局\n市住房城乡建设局\n市交通运输局、市公安局", "2025年12月底"),
        ("29", "推进兰溪流域综合治理，国考断面水质优良比例保持100%。",
         "市生态环境局", "市水利局、市农业农村局、\n市住房城乡建设局", "2025年12月底"),
        ("30", "完成国土绿化18万亩，创建国家森林城市。",
         "市林业局", "市自然资源和规划局\n市城市管理局", "2025年12月底"),
        ("31", "推进城市更新行动，改造城镇老旧小区90个、城市地下管网160公里。",
         "市住房城乡建设局", "市城市管理局\n市财政局\n各县（市、区）党委和政府", "2025年11月底前"),
    ]),
    ("五、民生保障和社会治理（11项）", [
        ("32", ("稳定和扩大就业", "城镇新增就业5.6万人，城镇调查失业率控制在5.5%以内，开展职业技能培训4万人次。"),
         "市人力资源社会保障局", "市教育局、市财政局\n市总工会、团市委、市妇联", "2025年12月底"),
        ("33", "新建、改扩建中小学和幼儿园25所，新增学位2.1万个。",
         "市教育局", "市发展改革委\n市财政局\n市自然资源和规划局\n市住房城乡建设局", "2025年8月底前"),
        ("34", "推进紧密型县域医共体建设，市第一人民医院东院区投入使用。",
         "市卫生健康委", "市医保局\n市发展改革委", "2025年9月底前"),
        ("35", "新增普惠托育托位1800个，新建社区嵌入式养老服务中心25个。",
         "市卫生健康委\n市民政局", "/", "2025年12月底"),
        ("36", "提高城乡居民基础养老金，按时足额发放各类救助资金。",
         "市人力资源社会保障局\n市民政局", "市财政局、市医保局", "2025年12月底"),
        ("37", ("深化文明城市创建", "巩固全国文明城市创建成果，开展“新时代文明实践”志愿服务活动1000场次。"),
         "市委宣传部", "市文明办\n市直有关单位\n各县（市、区）党委和政府", "持续推进"),
        ("38", "推进文旅融合发展，创建国家5A级旅游景区1家，接待游客增长10%。",
         "市文化广电旅游局", "市委宣传部\n市发展改革委、市交通运输局", "2025年12月底"),
        ("39", "办好第十届栎州市运动会，新建全民健身场地设施120处。",
         "市体育局", "市教育局\n市财政局\n市住房城乡建设局", "2025年10月底前"),
        ("40", ("抓好安全生产", "深入推进安全生产治本攻坚三年行动，坚决遏制较大以上生产安全事故。"),
         "市应急管理局", "市安委会各成员单位\n各县（市、区）党委和政府", "持续推进"),
        ("41", "深化平安栎州建设，常态化开展扫黑除恶斗争，刑事案件发案数下降8%。",
         "市委政法委", "市公安局、市中级人民法院、市人民检察院\n市司法局", "持续推进"),
        ("42", "推进信访工作法治化，初信初访一次性化解率达到90%以上。",
         "市信访局", "市委政法委\n市直有关单位", "2025年12月底"),
    ]),
]

# 牵头市领导: runs of task numbers, each one merged cell
LEADER_RUNS = [
    (1, 6, "韩立新"), (7, 9, "江承志"), (10, 14, "罗晓岚"), (15, 17, "许嘉禾"), (18, 21, "周慕远\n韩立新"),
    (22, 24, "欧阳明哲"), (25, 27, "江承志"), (28, 31, "沈嘉言"), (32, 36, "许嘉禾"), (37, 39, "杜若琳"),
    (40, 42, "程伟"),
]

FOOTNOTES = {
    1: "地区生产总值由省统计局统一核算，市统计局负责按季度反馈核算结果。",
    2: "2025年市级机构改革后，原市大数据发展管理局更名为市数据局，原承担的政务服务职责划入市政务服务中心，下同。",
}

# ------------------------------------------------------------------------------------------------ gold, by hand
# (id, head, lead_units, cooperating_units, leaders); responsible = lead + cooperating
HLX, JCZ, LXL, XJH, ZMY, OYMZ, SJY, DRL, CW = ("韩立新", "江承志", "罗晓岚", "许嘉禾", "周慕远", "欧阳明哲",
                                              "沈嘉言", "杜若琳", "程伟")
XQ = "各县（市、区）党委和政府"
GOLD = [
    ("1", "稳住经济基本盘", ["市发展改革委"], ["市统计局", "市财政局", "市工业和信息化局", XQ], [HLX]),
    ("2", "全年实施市级重点项目32", ["市发展改革委"],
     ["市自然资源和规划局", "市住房城乡建设局", "市生态环境局", "栎州高新区管委会"], [HLX]),
    ("3", "积极争取超长期特别国债、", ["市发展改革委", "市财政局"], ["市直有关单位"], [HLX]),
    ("4", "提振消费市场", ["市商务局"], ["市财政局", "市市场监管局", "市文化广电旅游局"], [HLX]),
    ("5", "推动房地产市场止跌回稳，", ["市住房城乡建设局"],
     ["市财政局", "市自然资源和规划局", "市住房公积金中心", "栎州城投集团"], [HLX]),
    ("6", "加强金融服务实体经济，全", ["市委金融办"], ["中国人民银行栎州市分行", "国家金融监督管理总局栎州监管分局"], [HLX]),
    ("7", "建设国际陆港", ["市交通运输局"], ["市商务局", "栎州海关", "市口岸物流办"], [JCZ]),
    ("8", "新改建国省干线公路85公", ["市交通运输局"], ["市住房城乡建设局", XQ], [JCZ]),
    ("9", "开工建设兰溪水库引水工程", ["市水利局"], ["市发展改革委", "市财政局", "市自然资源和规划局"], [JCZ]),
    ("10", "壮大先进制造业集群", ["市工业和信息化局"], ["市发展改革委", "市科技局", "市投资促进局"], [LXL]),
    ("11", "实施“智改数转网联”行动", ["市工业和信息化局"], ["市数据局", "市财政局"], [LXL]),
    ("12", "发展数字经济", ["市数据局", "市工业和信息化局"],
     ["市通信发展办", "中国电信栎州分公司", "中国移动栎州分公司"], [LXL]),
    ("13", "培育低空经济新赛道，开通", ["市发展改革委"],
     ["市交通运输局", "市工业和信息化局", "市公安局", "栎州高新区管委会"], [LXL]),
    ("14", "推动现代服务业提质增效，", ["市发展改革委"], ["市商务局", "市统计局"], [LXL]),
    ("15", "强化企业创新主体地位", ["市科技局"], ["市财政局", "市税务局", "市统计局"], [XJH]),
    ("16", "建设栎州科学城，新建省级", ["市科技局"], ["栎州高新区管委会", "市教育局"], [XJH]),
    ("17", "实施“栎才回乡”计划，引", ["市委人才办"], ["市人力资源社会保障局", "市教育局", "市科技局"], [XJH]),
    ("18", "优化营商环境", ["市发展改革委"], ["市政务服务中心", "市市场监管局", "市司法局", "市直有关单位"], [ZMY, HLX]),
    ("19", "深化国资国企改革，推动市", ["市国资委"], ["市财政局", "栎州城投集团", "栎州产投集团"], [ZMY, HLX]),
    ("20", "深化财税体制改革，推进零", ["市财政局"], ["市税务局", "市国资委", XQ], [ZMY, HLX]),
    ("21", "扩大高水平对外开放，外贸", ["市商务局"], ["栎州海关", "市投资促进局", "市委外办"], [ZMY, HLX]),
    ("22", "深化人才发展体制机制改革", ["市委人才办"], ["市人力资源社会保障局", "市科技局", "栎州高新区管委会"], [OYMZ]),
    ("23", "推进基层治理体系改革，规", ["市委社会工作部", "市委组织部"], ["市民政局", XQ], [OYMZ]),
    ("24", "深化事业单位改革，完成市", ["市委编办"], ["市财政局", "市人力资源社会保障局"], [OYMZ]),
    ("25", "保障粮食安全", ["市农业农村局"], ["市自然资源和规划局", "市水利局", "市财政局", XQ], [JCZ]),
    ("26", "巩固拓展脱贫攻坚成果，脱", ["市农业农村局"],
     ["市人力资源社会保障局", "市民政局", "市医保局", "市教育局"], [JCZ]),
    ("27", "推进城乡融合发展，新增农", ["市发展改革委", "市农业农村局"], ["市公安局", "市住房城乡建设局"], [JCZ]),
    ("28", "打好蓝天保卫战", ["市生态环境局"],
     ["市工业和信息化局", "市住房城乡建设局", "市交通运输局", "市公安局"], [SJY]),
    ("29", "推进兰溪流域综合治理，国", ["市生态环境局"], ["市水利局", "市农业农村局", "市住房城乡建设局"], [SJY]),
    ("30", "完成国土绿化18万亩，创", ["市林业局"], ["市自然资源和规划局", "市城市管理局"], [SJY]),
    ("31", "推进城市更新行动，改造城", ["市住房城乡建设局"], ["市城市管理局", "市财政局", XQ], [SJY]),
    ("32", "稳定和扩大就业", ["市人力资源社会保障局"], ["市教育局", "市财政局", "市总工会", "团市委", "市妇联"], [XJH]),
    ("33", "新建、改扩建中小学和幼儿", ["市教育局"],
     ["市发展改革委", "市财政局", "市自然资源和规划局", "市住房城乡建设局"], [XJH]),
    ("34", "推进紧密型县域医共体建设", ["市卫生健康委"], ["市医保局", "市发展改革委"], [XJH]),
    ("35", "新增普惠托育托位1800", ["市卫生健康委", "市民政局"], [], [XJH]),
    ("36", "提高城乡居民基础养老金，", ["市人力资源社会保障局", "市民政局"], ["市财政局", "市医保局"], [XJH]),
    ("37", "深化文明城市创建", ["市委宣传部"], ["市文明办", "市直有关单位", XQ], [DRL]),
    ("38", "推进文旅融合发展，创建国", ["市文化广电旅游局"], ["市委宣传部", "市发展改革委", "市交通运输局"], [DRL]),
    ("39", "办好第十届栎州市运动会，", ["市体育局"], ["市教育局", "市财政局", "市住房城乡建设局"], [DRL]),
    ("40", "抓好安全生产", ["市应急管理局"], ["市安委会各成员单位", XQ], [CW]),
    ("41", "深化平安栎州建设，常态化", ["市委政法委"], ["市公安局", "市中级人民法院", "市人民检察院", "市司法局"], [CW]),
    ("42", "推进信访工作法治化，初信", ["市信访局"], ["市委政法委", "市直有关单位"], [CW]),
]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# ------------------------------------------------------------------------------------------------ writing
def run_xml(text, size=12, bold=False, font=FS):
    t = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    b = "<w:b/><w:bCs/>" if bold else ""
    return (f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/>{b}'
            f'<w:sz w:val="{size * 2}"/><w:szCs w:val="{size * 2}"/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r>')


def br_xml(size=12, bold=False, font=FS):
    b = "<w:b/><w:bCs/>" if bold else ""
    return (f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/>{b}'
            f'<w:sz w:val="{size * 2}"/></w:rPr><w:br/></w:r>')


def fnref_xml(n):
    return (f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/>'
            f'<w:sz w:val="24"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>')


def fill_cell(cell, spec, size=12, center=False):
    """one paragraph; '\n' a w:br; '{fnN}' a footnote reference; a (title, desc) pair a bold title, w:br, desc"""
    p = cell.paragraphs[0]._p
    for r in list(p):
        if r.tag != qn("w:pPr"):
            p.remove(r)
    if center:
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    xml = []
    if isinstance(spec, tuple):
        title, desc = spec
        # the break sits inside the bold run in some cells, in a run of its own in others (as Word leaves them)
        if len(title) % 2:
            xml.append(run_xml(title, size, bold=True).replace("</w:t></w:r>", "</w:t><w:br/></w:r>"))
        else:
            xml.append(run_xml(title, size, bold=True))
            xml.append(br_xml(size))
        xml.append(run_xml(desc, size))
    else:
        lines = spec.split("\n")
        for i, line in enumerate(lines):
            for piece in re.split(r"(\{fn\d\})", line):
                m = re.fullmatch(r"\{fn(\d)\}", piece)
                if m:
                    xml.append(fnref_xml(int(m.group(1))))
                elif piece:
                    xml.append(run_xml(piece, size))
            if i < len(lines) - 1:
                xml.append(br_xml(size))
    for x in xml:
        p.append(parse_xml(x.replace("<w:r>", f"<w:r {nsdecls('w')}>", 1)))


def set_vmerge(cell, restart):
    tcPr = cell._tc.get_or_add_tcPr()
    vm = parse_xml(f'<w:vMerge {nsdecls("w")} w:val="restart"/>' if restart else f'<w:vMerge {nsdecls("w")}/>')
    tcPr.append(vm)
    va = parse_xml(f'<w:vAlign {nsdecls("w")} w:val="center"/>')
    tcPr.append(va)


def grid_span(row, text):
    """merge the whole row into one cell (gridSpan) holding a bold section heading"""
    first = row.cells[0]
    merged = first.merge(row.cells[-1])
    p = merged.paragraphs[0]
    for r in list(p._p):
        if r.tag != qn("w:pPr"):
            p._p.remove(r)
    for extra in merged.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    r = p.add_run(text)
    set_font(r, HT, 12)


def add_footnotes_part(d):
    body = []
    body.append('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
                'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>')
    body.append('<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
                'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    for n, text in FOOTNOTES.items():
        body.append(
            f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteRef/></w:r>{run_xml(" " + text, 9)}</w:p></w:footnote>')
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           + "".join(body) + "</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml.encode("utf-8"), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)
    # Word's own settings entry for the two separators, and the two styles the references use
    settings = d.settings.element
    fpr = parse_xml(f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
    compat = settings.find(qn("w:compat"))
    compat.addprevious(fpr)                 # CT_Settings order: footnotePr before compat
    styles = d.styles.element
    styles.append(parse_xml(
        f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
        '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:snapToGrid w:val="0"/>'
        '<w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'))
    styles.append(parse_xml(
        f'<w:style {nsdecls("w")} w:type="character" w:styleId="FootnoteReference">'
        '<w:name w:val="footnote reference"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
        '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'))


def joint_mark(d):
    """中共栎州市委办公室 / 栎州市人民政府办公室 stacked, 文件 to their right: a borderless 1x2 table"""
    para(d)
    t = d.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [11.0, 4.0])
    left, right = t.rows[0].cells
    for i, name in enumerate(["中共栎州市委办公室", "栎州市人民政府办公室"]):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        r = p.add_run(name)
        set_font(r, XBS, 30)
        r.font.color.rgb = RGBColor(0xFF, 0, 0)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = right.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("文件")
    set_font(r, XBS, 42)
    r.font.color.rgb = RGBColor(0xFF, 0, 0)


def build():
    d = new_doc()
    joint_mark(d)
    para(d)
    para(d, "栎委办发〔2025〕6号", align="c")
    p = para(d, indent=False)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr>'))
    for t in ["中共栎州市委办公室　栎州市人民政府办公室", "关于印发《2025年市委市政府重点工作清单》的通知"]:
        para(d, t, XBS, 22, align="c")
    para(d)
    para(d, "各县（市、区）党委和人民政府，栎州高新区党工委、管委会，市委各部委，市级国家机关各部门，"
            "各人民团体，市属各企事业单位：", indent=False)
    body = [
        "《2025年市委市政府重点工作清单》已经市委、市政府同意，现印发给你们，请结合实际认真抓好贯彻落实。"
        "现就有关事项通知如下。",
        ("h", "一、压紧压实工作责任"),
        "清单共列重点工作42项，逐项明确了牵头市领导、牵头单位、责任单位和完成时限。牵头市领导要加强统筹调度，"
        "定期听取工作进展情况汇报，及时协调解决重大问题。“牵头单位”栏所列单位对该项工作负总责，列有两个单位的，"
        "两个单位共同牵头；“责任单位”栏所列单位按照职责分工密切配合、主动作为。",
        ("h", "二、细化落实工作举措"),
        "各牵头单位要于3月20日前制定具体推进方案，明确时间表、路线图，分解到季度、落实到岗位，"
        "报市委督查室、市政府督查室备案。",
        ("h", "三、强化跟踪督查问效"),
        "各牵头单位要于每季度最后一个月的25日前，将工作推进情况书面报送市委督查室、市政府督查室。"
        "两室将采取定期调度、实地督查、专项督查等方式加强跟踪问效，督查情况纳入年度综合考核。",
    ]
    for b in body:
        if isinstance(b, tuple):
            para(d, b[1], HT, 16)
        else:
            para(d, b)
    para(d)
    para(d, "附件：2025年市委市政府重点工作清单")
    para(d)
    para(d, "中共栎州市委办公室　　　　栎州市人民政府办公室", align="r")
    para(d, "2025年3月7日", align="r")
    para(d, "（此件发至县级）")

    # ---------------------------------------------------------------- attachment, landscape
    landscape(d)
    para(d, "附件", HT, 16, indent=False)
    para(d, "2025年市委市政府重点工作清单", XBS, 22, align="c")
    widths = [1.3, 9.6, 2.4, 3.6, 5.4, 2.4]
    n_rows = 1 + sum(1 + len(rows) for _, rows in SECS)
    t = d.add_table(rows=n_rows, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, widths)
    hdr = t.rows[0]
    repeat_header(hdr)
    for c, h in zip(hdr.cells, ["序号", "重点工作", "牵头市领导", "牵头单位", "责任单位", "完成时限"]):
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(r, HT, 12)
    ri = 1
    row_of_task = {}
    for title, rows in SECS:
        grid_span(t.rows[ri], title)
        ri += 1
        for no, task, lead, resp, dl in rows:
            cells = t.rows[ri].cells
            fill_cell(cells[0], no, center=True)
            fill_cell(cells[1], task)
            fill_cell(cells[3], lead, center=True)
            fill_cell(cells[4], resp)
            fill_cell(cells[5], dl, center=True)
            row_of_task[int(no)] = ri
            ri += 1
    for a, b, leader in LEADER_RUNS:
        for k in range(a, b + 1):
            cell = t.rows[row_of_task[k]].cells[2]
            set_vmerge(cell, k == a)
            if k == a:
                fill_cell(cell, leader, center=True)
    p = para(d, indent=False)
    r = p.add_run("注：“牵头单位”栏中列有两个单位的均为牵头单位；“责任单位”栏中的单位为配合单位，"
                  "标“/”的为不设配合单位。")
    set_font(r, FS, 12)
    add_footnotes_part(d)

    portrait(d)
    for _ in range(14):
        para(d)
    banji(d, "抄送：市人大常委会办公室，市政协办公室，市纪委监委办公室，市中级人民法院，市人民检察院。",
          "中共栎州市委办公室　　　　　　　　　　2025年3月7日印发")
    d.save(OUT + NAME + ".docx")


# ------------------------------------------------------------------------------------------------ cross-check
def read_back():
    """an independent reading of the saved file: the table's rows, w:br as '\n', footnote references dropped,
    vMerge continuation taking the value above"""
    from xml.etree import ElementTree as ET
    W = "{%s}" % W_NS
    z = zipfile.ZipFile(OUT + NAME + ".docx")
    root = ET.fromstring(z.read("word/document.xml"))
    assert "word/footnotes.xml" in z.namelist()
    fn = ET.fromstring(z.read("word/footnotes.xml"))
    assert len(fn.findall(W + "footnote")) == 4
    tables = root.iter(W + "tbl")
    tables = [tb for tb in root.iter(W + "tbl")]
    tb = tables[-1]
    out, above = [], {}

    def text_of(tc):
        parts, bold_head = [], None
        paras = tc.findall(W + "p")
        assert len(paras) == 1, "one paragraph per cell"
        for r in paras[0].iter(W + "r"):
            b = r.find(W + "rPr/" + W + "b") is not None
            for ch in r:
                if ch.tag == W + "t":
                    parts.append(ch.text or "")
                    if b and bold_head is None:
                        bold_head = ch.text
                elif ch.tag == W + "br":
                    parts.append("\n")
        return "".join(parts), bold_head, len(paras[0].findall(".//" + W + "footnoteReference"))

    for tr in tb.findall(W + "tr"):
        tcs = tr.findall(W + "tc")
        if len(tcs) != 6:
            continue
        vals = []
        for ci, tc in enumerate(tcs):
            vm = tc.find(W + "tcPr/" + W + "vMerge")
            txt, bh, nfn = text_of(tc)
            if vm is not None and vm.get(W + "val") != "restart":
                assert txt == ""
                txt = above[ci]
            above[ci] = txt
            vals.append((txt, bh, nfn))
        if vals[0][0] == "序号":
            continue
        out.append(vals)
    return out


def split_cell(text):
    units, cur, depth = [], "", 0
    for ch in text + "\n":
        if ch == "（":
            depth += 1
        elif ch == "）":
            depth -= 1
        if ch in "、\n" and depth == 0:
            if cur.strip():
                units.append(cur.strip())
            cur = ""
        else:
            cur += ch
    return [u for u in units if u != "/"]


def cross_check():
    rows = read_back()
    assert len(rows) == len(GOLD) == 42, len(rows)
    nfn = 0
    for vals, (gid, head, lead, coop, leaders) in zip(rows, GOLD):
        no, task, ldr, ld, rs, _ = vals
        assert no[0] == gid, (no, gid)
        first_line = task[0].split("\n")[0]
        if task[1] is not None:                       # bold title: the head is the title
            assert task[1] == first_line and head == first_line, (gid, head, first_line)
            assert "\n" in task[0]
        else:
            assert "\n" not in task[0]
            assert head == task[0][:12], (gid, head, task[0][:12])
        assert split_cell(ld[0]) == lead, (gid, split_cell(ld[0]), lead)
        assert split_cell(rs[0]) == coop, (gid, split_cell(rs[0]), coop)
        assert ldr[0].split("\n") == leaders, (gid, ldr[0], leaders)
        nfn += ld[2]
        assert not set(lead) & set(coop)
    assert nfn == 2
    # the runs of the leader column are 3..6 long
    assert all(3 <= b - a + 1 <= 6 for a, b, _ in LEADER_RUNS)
    print("cross-check ok:", len(rows), "tasks")


def write_gold():
    with open(OUT + NAME + ".tasks.gold.jsonl", "w", encoding="utf-8") as f:
        for gid, head, lead, coop, leaders in GOLD:
            rec = {"id": gid, "head": head, "responsible_units": lead + coop, "lead_units": lead,
                   "cooperating_units": coop, "leaders": [{"name": n} for n in leaders]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    build()
    cross_check()
    write_gold()
