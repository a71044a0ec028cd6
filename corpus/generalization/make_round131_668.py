#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 131, case 668 (hard case: layout of who does what).

A 县人民政府办公室 red-header Word notice printing its 2025年重点工作任务责任分解表.
The 附件 table has no 牵头单位 column: the lead unit(s) of each task are written in
brackets after the county leader who leads the task through them, in one combined
column headed 责任县领导（牵头单位）, the form of 包抓/包联 lists (王某某（县发改局）).
Cooperating units have their own column.  The reading rule is in the cover and in a
注 under the table:
  * 县领导姓名后括号内 = that leader's lead unit(s) for the task (two in one bracket
    lead jointly);
  * two leaders each with a bracket (two cell paragraphs, or one paragraph parted by
    ；) = both leaders, both brackets' units lead;
  * two leaders joined by 、 before one bracket = both lead that bracket's unit(s);
  * 配合单位 column = cooperating units; “/” = none.

Writes (deterministically):
  668_huatun_xian_zhongdian_gongzuo_lingdao_kuohao_qiantou.docx
  668_huatun_xian_zhongdian_gongzuo_lingdao_kuohao_qiantou.tasks.gold.jsonl
"""
import io
import json
import os
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "668_huatun_xian_zhongdian_gongzuo_lingdao_kuohao_qiantou"
DOCX = os.path.join(HERE, BASE + ".docx")
GOLD = os.path.join(HERE, BASE + ".tasks.gold.jsonl")

FANGSONG = "仿宋_GB2312"
HEITI = "黑体"
KAITI = "楷体_GB2312"
XBS = "方正小标宋简体"

# ---------------------------------------------------------------- helpers

def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name if a == "w:eastAsia" else
                   ("Times New Roman" if name in (FANGSONG, KAITI) else name))
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", font=FANGSONG, size=16, bold=False,
         align=None, indent=True, color=None, space_after=0, line=None):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    if line is not None:
        pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def add_run(p, text, font=FANGSONG, size=16, bold=False, color=None):
    r = p.add_run(text)
    set_font(r, font, size, bold, color)
    return r


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


def top_bottom_border(p, sz=8):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        pbdr.append(b)
    ppr.append(pbdr)


def set_cell_width(cell, cm):
    cell.width = Cm(cm)
    tcpr = cell._tc.get_or_add_tcPr()
    w = tcpr.find(qn("w:tcW"))
    if w is None:
        w = OxmlElement("w:tcW")
        tcpr.append(w)
    w.set(qn("w:w"), str(int(cm * 567)))
    w.set(qn("w:type"), "dxa")


def cell_text(cell, paragraphs, size=10.5, font=FANGSONG, bold=False,
              align=WD_ALIGN_PARAGRAPH.LEFT, runs=None):
    """Fill a cell with one paragraph per string (first reuses the empty one)."""
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    first = True
    for t in paragraphs:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        pf = p.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing = Pt(15)
        if isinstance(t, tuple):          # (bold part, rest)
            add_run(p, t[0], font, size, True)
            add_run(p, t[1], font, size, False)
        else:
            add_run(p, t, font, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trpr.append(c)


def table_borders(table):
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


def no_borders(table):
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "nil")
        borders.append(b)
    tblpr.append(borders)


def fixed_layout(table):
    tblpr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)


# ---------------------------------------------------------------- content

ISSUER = "桦屯县人民政府办公室"
WENHAO = "桦政办发〔2025〕8号"
TITLE_1 = "桦屯县人民政府办公室"
TITLE_2 = "关于印发《桦屯县2025年重点工作任务责任分解表》的通知"
ZHUSONG = "各乡镇人民政府，桦屯经济开发区管委会，县政府各部门、各直属机构，县直及驻县有关单位："
DATE = "2025年2月26日"

COVER = [
    ("", "《桦屯县2025年重点工作任务责任分解表》已经县人民政府第41次常务会议研究同意，现印发给你们，"
         "并就有关事项通知如下，请认真抓好贯彻落实。"),
    ("一、压实工作责任。", "今年重点工作任务实行县政府领导牵头负责制。附件中“责任县领导（牵头单位）”栏，"
         "县领导姓名后括号内所列单位，为该县领导牵头负责本项任务的单位，即本项任务的牵头单位；括号内列有两个单位的，"
         "两个单位共同牵头。一项任务由两位县领导分别牵头的，分别列出各自牵头的单位，所列单位均为牵头单位；"
         "两位县领导姓名以顿号连接、其后只列一个括号的，两位县领导共同牵头括号内单位。“配合单位”栏所列单位为配合单位，"
         "标“/”的为无配合单位。各责任县领导要靠前指挥、定期调度，牵头单位要切实履行牵头抓总职责，"
         "于3月15日前制定具体推进方案，细化到季度、明确到人；配合单位要主动对接、密切协作，不得推诿扯皮。"),
    ("二、强化跟踪问效。", "各牵头单位要于每季度最后一个月25日前，将任务进展情况经责任县领导审签后报县政府督查室，"
         "未按时序推进的要说明原因并提出下步措施。县政府督查室要建立工作台账，实行“月调度、季通报、年考核”，"
         "对工作推进不力、进度滞后的单位予以通报。"),
    ("三、严格考核奖惩。", "重点工作任务完成情况纳入2025年度县直单位和乡镇综合考核，考核结果作为干部评先评优、"
         "选拔任用的重要依据。因工作不力造成严重影响的，依规依纪追究相关单位和人员责任。"),
    ("", "联系人：县政府督查室　孙　丽，电话：0911-6123457。"),
]

PARTS = [
    ("一、稳定经济增长（6项）", 6),
    ("二、推动产业转型升级（6项）", 6),
    ("三、全面推进乡村振兴（5项）", 5),
    ("四、提升城乡建设管理水平（5项）", 5),
    ("五、增进民生福祉（6项）", 6),
    ("六、统筹发展和安全（4项）", 4),
]

# Each task: id, task text (cell paragraphs; a tuple = bold lead sentence + rest),
#   leader cell paragraphs as printed (None = continuation of a vertically merged cell),
#   配合单位 cell paragraphs as printed, 完成时限,
#   gold: leaders, lead units, cooperating units (hand-annotated from the printed cell).
TASKS = [
    # ---- 一
    (1, [("全力稳住经济基本盘。", "全县地区生产总值增长6%左右，一般公共预算收入增长5%，城乡居民人均可支配收入增长与经济增长同步。")],
     ["王　勇（县发展和改革局）"], ["县统计局、县财政局、县工业和信息化局、县商务局"], "2025年12月底前",
     ["王勇"], ["县发展和改革局"], ["县统计局", "县财政局", "县工业和信息化局", "县商务局"]),
    (2, [("扩大有效投资。", "实施县级重点项目200个以上，完成年度投资150亿元，新开工亿元以上项目40个。")],
     None, ["县自然资源局、县住房和城乡建设局，各乡镇人民政府"], "2025年12月底前",
     ["王勇"], ["县发展和改革局"], ["县自然资源局", "县住房和城乡建设局", "各乡镇人民政府"]),
    (3, [("积极争取上级资金。", "围绕超长期特别国债、中央预算内投资和地方政府专项债券，加强与省发展改革委、省财政厅对接，全年争取项目资金25亿元以上。")],
     ["王　勇（县发展和改革局、县财政局）"], ["县直各有关单位"], "2025年11月底前",
     ["王勇"], ["县发展和改革局", "县财政局"], ["县直各有关单位"]),
    (4, [("深化国资国企改革。", "推进县属国有企业整合重组和市场化转型，完成县城投集团主体信用评级提升。")],
     ["王勇（县财政局（县国资办））"], ["县城市建设投资集团有限公司、县审计局"], "2025年10月底前",
     ["王勇"], ["县财政局（县国资办）"], ["县城市建设投资集团有限公司", "县审计局"]),
    (5, [("提振消费需求。", "开展“桦屯消费季”系列促销活动不少于20场，落实汽车、家电以旧换新政策，社会消费品零售总额增长6.5%。")],
     ["李明华（县商务局）"], ["县文化旅游体育局、县市场监督管理局、县财政局"], "2025年12月底前",
     ["李明华"], ["县商务局"], ["县文化旅游体育局", "县市场监督管理局", "县财政局"]),
    (6, [("完善县域商业体系。", "新建改造乡镇商贸中心5个、村级便民商店60个，健全县乡村三级物流配送网络。")],
     ["李明华（县商务局）"], ["县交通运输局、县供销合作社联合社、各乡镇人民政府"], "2025年11月底前",
     ["李明华"], ["县商务局"], ["县交通运输局", "县供销合作社联合社", "各乡镇人民政府"]),
    # ---- 二
    (7, [("壮大工业经济。", "规模以上工业增加值增长7%，新增规模以上工业企业15家，培育省级专精特新中小企业5家。")],
     ["李明华（县工业和信息化局）"], ["县统计局、县科学技术局、国家税务总局桦屯县税务局"], "2025年12月底前",
     ["李明华"], ["县工业和信息化局"], ["县统计局", "县科学技术局", "国家税务总局桦屯县税务局"]),
    (8, [("推动桦屯经济开发区扩区调区。", "完成开发区扩区调区报批，新建标准化厂房10万平方米，开发区规模以上工业营业收入突破120亿元。")],
     ["李明华（桦屯经济开发区管委会）", "周海峰（县自然资源局）"], ["县发展和改革局、县住房和城乡建设局"], "2025年9月底前",
     ["李明华", "周海峰"], ["桦屯经济开发区管委会", "县自然资源局"], ["县发展和改革局", "县住房和城乡建设局"]),
    (9, [("强化招商引资。", "坚持“一把手”招商、全员招商，全年新签约亿元以上项目30个，到位县外资金80亿元。")],
     ["林振东、李明华（县投资促进中心）"], ["桦屯经济开发区管委会，各乡镇人民政府，县直各有关单位"], "全年",
     ["林振东", "李明华"], ["县投资促进中心"], ["桦屯经济开发区管委会", "各乡镇人民政府", "县直各有关单位"]),
    (10, [("提升科技创新能力。", "新认定高新技术企业10家，全社会研发经费投入增长12%，建成县级以上研发平台4个。")],
     ["李明华（县科学技术局）"], ["县财政局、县工业和信息化局、县统计局"], "2025年12月底前",
     ["李明华"], ["县科学技术局"], ["县财政局", "县工业和信息化局", "县统计局"]),
    (11, [("加快数字基础设施建设。", "新建5G基站150个，实现行政村5G网络全覆盖，推进“数字桦屯”城市运行管理平台建设。")],
     ["李明华（县数据资源管理局）"], ["县工业和信息化局、中国移动桦屯分公司、中国电信桦屯分公司"], "2025年10月底前",
     ["李明华"], ["县数据资源管理局"], ["县工业和信息化局", "中国移动桦屯分公司", "中国电信桦屯分公司"]),
    (12, [("推动文旅融合发展。", "创建国家AAAA级旅游景区1家，提升桦屯古镇、白鹭湖景区服务功能，全年接待游客增长10%。")],
     ["陈　静（县文化旅游体育局）"], ["县发展和改革局、县自然资源局、县交通运输局"], "2025年12月底前",
     ["陈静"], ["县文化旅游体育局"], ["县发展和改革局", "县自然资源局", "县交通运输局"]),
    # ---- 三
    (13, [("抓好粮食生产。", "粮食播种面积稳定在68万亩以上、总产量稳定在28万吨以上，落实耕地地力保护补贴政策。")],
     ["赵立平（县农业农村局）"], ["县自然资源局、县财政局，各乡镇人民政府"], "2025年10月底前",
     ["赵立平"], ["县农业农村局"], ["县自然资源局", "县财政局", "各乡镇人民政府"]),
    (14, [("推进高标准农田建设。", "新建和改造提升高标准农田3.5万亩，配套完善田间灌排设施。")],
     None, ["县财政局、县水利局、县自然资源局"], "2025年12月底前",
     ["赵立平"], ["县农业农村局"], ["县财政局", "县水利局", "县自然资源局"]),
    (15, [("巩固拓展脱贫攻坚成果。", "健全防止返贫致贫监测和帮扶机制，坚决守住不发生规模性返贫致贫底线，脱贫人口人均纯收入增长10%以上。")],
     ["赵立平（县农业农村局）"], ["县人力资源和社会保障局、县民政局、县医疗保障局、县教育局"], "持续推进",
     ["赵立平"], ["县农业农村局"], ["县人力资源和社会保障局", "县民政局", "县医疗保障局", "县教育局"]),
    (16, [("改善农村人居环境。", "新建改建农村卫生户厕2000座，农村生活污水治理率达到35%，建成和美乡村示范村10个。")],
     ["周海峰（县住房和城乡建设局）；赵立平（县农业农村局）"], ["市生态环境局桦屯分局、各乡镇人民政府"], "2025年12月底前",
     ["周海峰", "赵立平"], ["县住房和城乡建设局", "县农业农村局"], ["市生态环境局桦屯分局", "各乡镇人民政府"]),
    (17, [("加强水利基础设施建设。", "完成小型水库除险加固12座，实施城乡供水一体化工程，农村自来水普及率达到96%。")],
     ["赵立平（县水利局）"], ["/"], "2025年11月底前",
     ["赵立平"], ["县水利局"], []),
    # ---- 四
    (18, [("实施城镇老旧小区改造。", "改造老旧小区23个、惠及居民4100户，同步改造水电气暖等管网。")],
     ["周海峰（县住房和城乡建设局）"], ["县财政局、县城市管理局、国网桦屯县供电公司"], "2025年11月底前",
     ["周海峰"], ["县住房和城乡建设局"], ["县财政局", "县城市管理局", "国网桦屯县供电公司"]),
    (19, [("推进城市燃气管道等老化更新改造。", "完成老化燃气管道更新改造45公里，开展城镇燃气安全专项整治。")],
     ["周海峰（县住房和城乡建设局、县城市管理局）"], ["县市场监督管理局、县应急管理局"], "2025年9月底前",
     ["周海峰"], ["县住房和城乡建设局", "县城市管理局"], ["县市场监督管理局", "县应急管理局"]),
    (20, [("完善综合交通网络。", "加快G235桦屯段改线工程建设，新改建农村公路120公里，完成危桥改造8座。")],
     ["周海峰(县交通运输局)"], ["县自然资源局、县财政局，沿线各乡镇人民政府"], "2025年12月底前",
     ["周海峰"], ["县交通运输局"], ["县自然资源局", "县财政局", "沿线各乡镇人民政府"]),
    (21, [("打好蓝天碧水净土保卫战。", "城区空气质量优良天数比率达到88%，国控、省控断面水质达标率保持100%。")],
     ["周海峰（市生态环境局桦屯分局）"], ["县住房和城乡建设局、县交通运输局、县农业农村局、县城市管理局"], "2025年12月底前",
     ["周海峰"], ["市生态环境局桦屯分局"], ["县住房和城乡建设局", "县交通运输局", "县农业农村局", "县城市管理局"]),
    (22, [("深化林长制。", "完成营造林3.2万亩，森林覆盖率稳定在58%以上，压实森林草原防灭火责任。")],
     ["赵立平（县林业局）"], ["县应急管理局，各乡镇人民政府"], "持续推进",
     ["赵立平"], ["县林业局"], ["县应急管理局", "各乡镇人民政府"]),
    # ---- 五
    (23, [("稳定和扩大就业。", "城镇新增就业3200人，城镇调查失业率控制在5.5%以内，开展职业技能培训5000人次。")],
     ["陈　静（县人力资源和社会保障局）"], ["县教育局、县财政局、县农业农村局"], "2025年12月底前",
     ["陈静"], ["县人力资源和社会保障局"], ["县教育局", "县财政局", "县农业农村局"]),
    (24, [("促进教育优质均衡发展。", "新建、改扩建中小学和幼儿园6所，新增学位2700个，实施县域普通高中振兴行动。")],
     ["陈　静（县教育局）"], ["县发展和改革局、县财政局、", "县自然资源局、县住房和城乡建设局"], "2025年8月底前",
     ["陈静"], ["县教育局"], ["县发展和改革局", "县财政局", "县自然资源局", "县住房和城乡建设局"]),
    (25, [("深化紧密型县域医共体建设。", "推动县人民医院胸痛中心、卒中中心提档升级，乡镇卫生院达到服务能力基本标准的比例达到90%。")],
     ["陈　静（县卫生健康局）"], ["县医疗保障局、县财政局"], "2025年12月底前",
     ["陈静"], ["县卫生健康局"], ["县医疗保障局", "县财政局"]),
    (26, [("健全养老服务体系。", "新建乡镇区域养老服务中心3个，新增家庭养老床位200张，发展社区老年助餐服务。")],
     ["陈　静（县民政局）"], ["/"], "2025年10月底前",
     ["陈静"], ["县民政局"], []),
    (27, [("加强医疗保障。", "城乡居民基本医疗保险参保率稳定在95%以上，深化医保支付方式改革，加强医保基金监管。")],
     ["陈　静、王　勇（县医疗保障局）"], ["县卫生健康局、县财政局、国家税务总局桦屯县税务局"], "2025年12月底前",
     ["陈静", "王勇"], ["县医疗保障局"], ["县卫生健康局", "县财政局", "国家税务总局桦屯县税务局"]),
    (28, [("办好十件民生实事。", "对县人大常委会票决确定的民生实事项目，逐项细化目标任务和推进计划，确保年底前全部完成。")],
     ["林振东（县人民政府办公室）"], ["各民生实事项目牵头单位"], "2025年12月底前",
     ["林振东"], ["县人民政府办公室"], ["各民生实事项目牵头单位"]),
    # ---- 六
    (29, [("压紧压实安全生产责任。", "深入开展安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。")],
     ["马文斌（县应急管理局）"], ["各乡镇人民政府，县安委会各成员单位"], "持续推进",
     ["马文斌"], ["县应急管理局"], ["各乡镇人民政府", "县安委会各成员单位"]),
    (30, [("推进信访工作法治化。", "开展信访积案化解攻坚，初信初访一次性化解率达到90%以上。")],
     ["马文斌（县信访局）"], ["县委政法委、县公安局、县司法局、各乡镇人民政府"], "持续推进",
     ["马文斌"], ["县信访局"], ["县委政法委", "县公安局", "县司法局", "各乡镇人民政府"]),
    (31, [("建设更高水平平安桦屯。", "常态化开展扫黑除恶斗争，深化“枫桥式”派出所创建，群众安全感保持在98%以上。")],
     ["马文斌（县公安局）"], ["县委政法委、县司法局"], "2025年12月底前",
     ["马文斌"], ["县公安局"], ["县委政法委", "县司法局"]),
    (32, [("加强政府自身建设。", "严格落实重大行政决策程序，行政规范性文件合法性审核实现全覆盖，把过紧日子要求落到实处。")],
     ["林振东（县司法局）"], ["县审计局、县财政局，县直各行政执法单位"], "2025年12月底前",
     ["林振东"], ["县司法局"], ["县审计局", "县财政局", "县直各行政执法单位"]),
]

# vertically merged leader cells: (first id, last id)
LEADER_MERGES = [(1, 2), (13, 14)]

NOTE = [
    "注：1．“责任县领导（牵头单位）”栏中，县领导姓名后括号内为该县领导牵头负责本项任务的单位，即牵头单位；括号内列有两个单位的，共同牵头。",
    "2．一项任务由两位县领导分别牵头的，分别列出各自牵头单位，所列单位均为牵头单位；两位县领导姓名以“、”连接、其后只列一个括号的，两位县领导共同牵头括号内单位。",
    "3．“配合单位”栏标“/”的，该项任务无配合单位。",
]


def build():
    doc = Document()
    # ---- core properties (fixed, so the file is byte-stable)
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 26, 9, 30, 0)
    cp.author = "县政府办公室"
    cp.last_modified_by = "县政府办公室"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    cp.title = TITLE_1 + TITLE_2
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""

    st = doc.styles["Normal"]
    st.font.name = FANGSONG
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FANGSONG)

    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)

    # ---- 版头
    for _ in range(2):
        para(doc, "", indent=False)
    p = para(doc, ISSUER + "文件", font=XBS, size=36, align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, color=RGBColor(0xFF, 0, 0))
    para(doc, "", indent=False)
    p = para(doc, WENHAO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p)
    para(doc, "", indent=False)
    # ---- 标题 (two lines, a manual break)
    p = para(doc, "", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    add_run(p, TITLE_1, XBS, 22)
    p.add_run().add_break()
    add_run(p, TITLE_2, XBS, 22)
    para(doc, "", indent=False)
    para(doc, ZHUSONG, indent=False)
    for head, body in COVER:
        p = para(doc, "")
        if head:
            add_run(p, head, HEITI, 16)
        add_run(p, body, FANGSONG, 16)
    para(doc, "")
    para(doc, "附件：桦屯县2025年重点工作任务责任分解表")
    para(doc, "")
    para(doc, "")
    p = para(doc, ISSUER, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, DATE, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）")

    # ---- 附件: landscape section
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width = Cm(29.7)
    s2.page_height = Cm(21.0)
    s2.top_margin = Cm(2.6)
    s2.bottom_margin = Cm(2.4)
    s2.left_margin = Cm(2.5)
    s2.right_margin = Cm(2.5)
    para(doc, "附件", font=HEITI, size=16, indent=False)
    para(doc, "桦屯县2025年重点工作任务责任分解表", font=XBS, size=22,
         indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=8)

    widths = [1.3, 11.0, 5.4, 4.5, 2.5]  # cm; the 24.7 cm landscape line
    ncols = 5
    # rows: header + part rows + tasks
    nrows = 1 + len(PARTS) + len(TASKS)
    table = doc.add_table(rows=nrows, cols=ncols)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    table_borders(table)
    fixed_layout(table)
    for row in table.rows:
        for i, c in enumerate(row.cells):
            set_cell_width(c, widths[i])
    for i, gc in enumerate(table._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i] * 567)))

    hdr = ["序号", "重点工作任务", "责任县领导（牵头单位）", "配合单位", "完成时限"]
    for i, h in enumerate(hdr):
        cell_text(table.rows[0].cells[i], [h], size=11, font=HEITI,
                  align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(table.rows[0])
    cant_split(table.rows[0])

    r = 1
    t_iter = iter(TASKS)
    row_of = {}
    for title, n in PARTS:
        row = table.rows[r]
        merged = row.cells[0].merge(row.cells[ncols - 1])
        cell_text(merged, [title], size=11, font=HEITI)
        cant_split(row)
        r += 1
        for _ in range(n):
            t = next(t_iter)
            tid, text, lcell, ccell, deadline = t[0], t[1], t[2], t[3], t[4]
            row = table.rows[r]
            row_of[tid] = r
            cant_split(row)
            cell_text(row.cells[0], [str(tid)], align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(row.cells[1], text)
            if lcell is not None:
                cell_text(row.cells[2], lcell, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(row.cells[3], ccell,
                      align=WD_ALIGN_PARAGRAPH.CENTER if ccell == ["/"] else WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(row.cells[4], [deadline], align=WD_ALIGN_PARAGRAPH.CENTER)
            r += 1
    for a, b in LEADER_MERGES:
        top = table.rows[row_of[a]].cells[2]
        bot = table.rows[row_of[b]].cells[2]
        top.merge(bot)

    for i, n in enumerate(NOTE):
        p = para(doc, n, size=12, indent=(i > 0), line=20)
        if i == 0:
            p.paragraph_format.space_before = Pt(6)
        else:
            p.paragraph_format.first_line_indent = Pt(24)

    # ---- 版记: portrait last page
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width = Cm(21.0)
    s3.page_height = Cm(29.7)
    s3.top_margin = Cm(3.7)
    s3.bottom_margin = Cm(3.5)
    s3.left_margin = Cm(2.8)
    s3.right_margin = Cm(2.6)
    for _ in range(22):
        para(doc, "", indent=False)
    p = para(doc, "", indent=False, size=14)
    p.paragraph_format.left_indent = Pt(14)
    add_run(p, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。", FANGSONG, 14)
    top_bottom_border(p)
    p = para(doc, "", indent=False, size=14)
    p.paragraph_format.left_indent = Pt(14)
    add_run(p, ISSUER + "　　　　　　　　　　" + DATE + "印发", FANGSONG, 14)
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), "8")
    b.set(qn("w:space"), "1"); b.set(qn("w:color"), "000000")
    pbdr.append(b); ppr.append(pbdr)

    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def normalize_zip(data):
    """Rewrite the package with fixed timestamps so every run gives the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 26, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def gold_lines():
    lines = []
    for t in TASKS:
        tid, text, _lc, _cc, deadline, leaders, leads, coops = t
        full = "".join(x if isinstance(x, str) else x[0] + x[1] for x in text)
        rec = {
            "id": str(tid),
            "marker": str(tid),
            "head": full[:12],
            "responsible_units": leads + coops,
            "lead_units": leads,
            "cooperating_units": coops,
            "leaders": leaders,
            "deadline": deadline,
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    return lines


def main():
    data = normalize_zip(build())
    with open(DOCX, "wb") as f:
        f.write(data)
    with open(GOLD, "w", encoding="utf-8") as f:
        f.write("\n".join(gold_lines()) + "\n")
    print("wrote", DOCX, len(data), "bytes;", GOLD, len(TASKS), "tasks")


if __name__ == "__main__":
    main()
