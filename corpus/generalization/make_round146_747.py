#!/usr/bin/python3
"""make_747.py — round 146, notice 747.

A county 县政府办 red-header Word notice (涢政办发〔2025〕5号) with its 附件 task table, written as a
.docx with python-docx (kept as 747_source.docx), then put through the conversion a clerk runs to keep
the office's documents in an AsciiDoc notebook / docs site:

    pandoc -f docx -t asciidoc 747_source.docx -o 747_yunchuan_xian_gzbg_renwu_fengong.txt

(Debian pandoc 2.17.1.1, default --wrap=auto and --columns=72). The notice under test is pandoc's output,
byte for byte. The gold list 747.tasks.gold.jsonl is written from the same task description below.

Deterministic: fixed core properties, and the DOCX zip is rewritten with fixed timestamps.
"""
import copy
import datetime
import io
import json
import os
import subprocess
import sys
import zipfile

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "747_source.docx")
NOTICE = os.path.join(HERE, "747_yunchuan_xian_gzbg_renwu_fengong.txt")
GOLD = os.path.join(HERE, "747.tasks.gold.jsonl")

ISSUER = "涢川县人民政府办公室"
WENHAO = "涢政办发〔2025〕5号"
DATE = "2025年3月7日"
TITLE_1 = "涢川县人民政府办公室关于印发2025年县《政府工作报告》"
TITLE_2 = "重点工作任务分工的通知"
ZHUSONG = "各乡（镇）人民政府，涢川经济开发区管委会，县人民政府各部门、各直属机构："
ATT_TITLE = "2025年县《政府工作报告》重点工作任务分工表"

# ---------------------------------------------------------------------------------------------
# The structured description of the table. Each task:
#   marker  : 序号 cell as typed
#   bold    : bold run-in at the start of the task cell ("" for none)
#   text    : the rest of the task text; a list = several cell paragraphs
#   leaders : list of (printed name) -- several = several cell paragraphs; None = cell merged from above
#   lead    : list of lead-unit cell paragraphs / runs (see lead_sep); None = merged from above
#   lead_sep: "、" units joined in one run, "br" = units split by a manual line break
#   coop    : 配合单位 cell text exactly as typed
#   deadline: 完成时限 cell
# ---------------------------------------------------------------------------------------------
SECTIONS = [
    ("一、扩大有效需求，推动经济稳中有进（共8项）", [
        dict(marker="1", bold="确保主要经济指标稳步增长。",
             text="全县地区生产总值增长6%左右，一般公共预算收入增长5%，城乡居民人均可支配收入分别增长 5.5%、7%，固定资产投资增长 8% 以上。",
             leaders=["陈立新"], merge_leader_rows=3, lead=["县发展和改革局"],
             coop="县统计局、县财政局、各乡（镇）人民政府", deadline="2025年12月底前"),
        dict(marker="2", bold="抓实重大项目建设。",
             text="全年实施县级重点项目 120 个、完成投资 86 亿元以上，其中新开工项目 45 个，力争涢川至汉阳高速公路连接线、县城污水处理厂提标改造等 18 个项目年内建成投用。",
             leaders=None, lead=["县发展和改革局"],
             coop="县财政局、县自然资源局、县住房和城乡建设局、县行政审批服务局", deadline="2025年12月底前"),
        dict(marker="3", bold="",
             text="用足用好超长期特别国债、中央预算内投资和地方政府专项债券等政策，全年争取各类上级资金 25 亿元以上，谋划储备项目 200 个、总投资 600 亿元以上。",
             leaders=None, lead=["县发展和改革局、县财政局"],
             coop="县级各有关部门", deadline="2025年6月底前"),
        dict(marker="4", bold="",
             text="落实大规模设备更新和消费品以旧换新政策，开展“惠购涢川”系列促消费活动 20 场次以上，社会消费品零售总额增长 6.5%。",
             leaders=["林　涛"], merge_leader_rows=2, lead=["县商务局"],
             coop="县财政局、县市场监督管理局、县文化和旅游局", deadline="2025年12月底前"),
        dict(marker="5", bold="",
             text="完善县乡村三级物流配送体系，新建村级寄递物流综合服务站 35 个，农村电商网络零售额增长 12%。",
             leaders=None, lead=["县商务局"],
             coop="县邮政分公司，县交通运输局、各乡（镇）人民政府", deadline="2025年9月底前"),
        dict(marker="6", bold="",
             text="因城施策促进房地产市场平稳健康发展，支持刚性和改善性住房需求，稳妥推进保交房工作，收购存量商品房用作保障性住房 200 套。",
             leaders=["邓志刚"], lead=["县住房和城乡建设局"],
             coop="县自然资源局、县财政局、县税务局", deadline="长期坚持"),
        dict(marker="7", bold="坚持招商引资“一号工程”。",
             text="围绕新材料、食品加工、装备制造三大主导产业开展精准招商，全年新签约亿元以上项目 30 个，实际到位县外资金 80 亿元。",
             leaders=["陈立新"], lead=["县投资促进中心"],
             coop="涢川经济开发区管委会、县商务局、县工业和信息化局", deadline="2025年12月底前"),
        dict(marker="8", bold="",
             text="加强财源建设和收入征管，严格落实党政机关习惯过紧日子要求，“三保”支出足额保障，县级一般性支出压减 5% 以上。",
             leaders=["周启航", "陈立新"], lead=["县财政局"],
             coop="县税务局、县自然资源局", deadline="持续推进"),
    ]),
    ("二、壮大实体经济，加快产业转型升级（共8项）", [
        dict(marker="9", bold="推动工业提质增效。",
             text="规上工业增加值增长 8%，新增规上工业企业 15 家以上，实施技改项目 40 个，完成工业技改投资 30 亿元。",
             leaders=["林　涛"], merge_leader_rows=3, lead=["县工业和信息化局"],
             coop="涢川经济开发区管委会、县科学技术局、县统计局", deadline="2025年12月底前"),
        dict(marker="10", bold="",
             text="推进开发区扩区调规和“标准地”改革，新建标准化厂房 20 万平方米，开发区规上工业产值突破 300 亿元，亩均税收提高 10%。",
             leaders=None, lead=["涢川经济开发区管委会"],
             coop="县工业和信息化局、县自然资源局、县行政审批服务局", deadline="2025年12月底前"),
        dict(marker="11", bold="",
             text="深入实施科技型企业梯次培育行动，新认定高新技术企业 12 家、科技型中小企业 60 家，全社会研发经费投入强度达到 2.1%。",
             leaders=None, lead=["县科学技术局"],
             coop="县工业和信息化局、县财政局、县市场监督管理局", deadline="年底前"),
        dict(marker="12", bold="",
             text=["加快数字经济发展。",
                   "（1）新建5G基站 150 个，实现行政村5G网络全覆盖；（2）推动 30 家规上企业“上云用数赋智”，创建省级数字化车间 2 个。"],
             leaders=["林涛"], lead=["县工业和信息化局"],
             coop="县发展和改革局、国网涢川县供电公司", deadline="2025年12月底前"),
        dict(marker="13", bold="推动文旅融合发展。",
             text="加快涢水湿地公园、青峦山景区提档升级，全年接待游客 650 万人次、旅游综合收入增长 10%。",
             leaders=["何　静"], lead=["县文化和旅游局"],
             coop="县发展和改革局、县自然资源局、各乡（镇）人民政府", deadline="2025年10月底前"),
        dict(marker="14", bold="",
             text="深化政银企对接，全年新增各项贷款 40 亿元以上，政府性融资担保新增担保额 8 亿元，力争 1 家企业在新三板挂牌。",
             leaders=["陈立新"], lead=["县金融服务中心"],
             coop="县财政局、县工业和信息化局、县农业农村局", deadline="持续推进"),
        dict(marker="15", bold="完善综合交通网络。",
             text="建成国道G346涢川段改线工程，新改建农村公路 120 公里，实施危桥改造 15 座。",
             leaders=["邓志刚"], merge_leader_rows=2, lead=["县交通运输局"],
             coop="县自然资源局、县财政局、各乡（镇）人民政府", deadline="2025年11月底前"),
        dict(marker="16", bold="",
             text="加快能源基础设施建设，建成 220 千伏涢东变电站，新增分布式光伏装机 5 万千瓦，新建公共充电桩 300 个。",
             leaders=None, lead=["国网涢川县供电公司"],
             coop="县发展和改革局、涢川经济开发区管委会", deadline="2025年12月底前"),
    ]),
    ("三、深化改革开放，激发发展活力（共6项）", [
        dict(marker="17.", bold="持续优化营商环境。",
             text="深化“高效办成一件事”改革，推出 15 个“一件事”集成服务，政务服务事项“一网通办”率达到 95% 以上。",
             leaders=["陈立新"], lead=["县行政审批服务局"],
             coop="县市场监督管理局、县司法局、县级各有关部门", deadline="2025年6月底前"),
        dict(marker="18", bold="",
             text="深化国有企业改革，推进县城投公司市场化转型，完成 3 家县属国有企业整合重组。",
             leaders=["陈立新"], lead=["县财政局（县国资办）"],
             coop="县发展和改革局、县审计局", deadline="2025年12月底前"),
        dict(marker="19", bold="",
             text="深化农村集体产权制度改革，稳妥推进第二轮土地承包到期后再延长三十年试点，村级集体经济收入全部达到 10 万元以上。",
             leaders=["何　静"], lead=["县农业农村局"],
             coop="县自然资源局、县财政局、各乡（镇）人民政府", deadline="2025年12月底前"),
        dict(marker="20", bold="稳外贸稳外资。",
             text="支持企业参加境内外重点展会 30 场次，全年外贸进出口额增长 8%，实际使用外资 2000 万美元。",
             leaders=["林　涛"], lead=["县商务局"],
             coop="涢川经济开发区管委会、县税务局、县金融服务中心", deadline="2025年12月底前"),
        dict(marker="21", bold="",
             text="推进自然资源要素市场化配置改革，盘活批而未供和闲置土地 1500 亩，完成国土空间总体规划和乡镇级国土空间规划编制。",
             leaders=["邓志刚"], lead=["县自然资源局"],
             coop="县住房和城乡建设局、县农业农村局", deadline="年底前"),
        dict(marker="22", bold="加强法治政府建设。",
             text="严格落实重大行政决策程序，推进乡镇综合行政执法改革，全面推行行政执法“三项制度”，行政复议案件纠错率保持全市前列。",
             leaders=["周启航", "孙卫东"], lead=["县司法局"],
             coop="县委编办、县级各行政执法部门、各乡（镇）人民政府", deadline="持续推进"),
    ]),
    ("四、推进乡村全面振兴和生态文明建设（共6项）", [
        dict(marker="23", bold="扛牢粮食安全责任。",
             text="粮食播种面积稳定在 86 万亩以上、产量 7.5 亿斤以上，新建高标准农田 5 万亩。",
             leaders=["何　静"], merge_leader_rows=3, lead=["县农业农村局"], merge_lead_rows=2,
             coop="县发展和改革局、县财政局、县水利局、县自然资源局", deadline="2025年10月底前"),
        dict(marker="24", bold="",
             text="做强虾稻、茶叶、生猪三大特色产业链，新增市级以上农业产业化龙头企业 6 家，农产品加工产值与农业总产值比达到 2.6:1。",
             leaders=None, lead=None,
             coop="县商务局、县市场监督管理局、县供销合作社联合社", deadline="2025年12月底前"),
        dict(marker="25", bold="",
             text="实施涢水干流堤防加固和 12 座小型水库除险加固工程，汛前全面完工，新增恢复灌溉面积 3 万亩。",
             leaders=None, lead=["县水利局"],
             coop="县财政局、县农业农村局、各乡（镇）人民政府", deadline="2025年5月底前"),
        dict(marker="26", bold="",
             text="推进宜居宜业和美乡村建设，农村生活污水治理率达到 45%，新建省级和美乡村示范村 10 个。",
             leaders=["邓志刚"], lead=["县农业农村局", "县住房和城乡建设局"], lead_sep="br",
             coop="市生态环境局涢川分局、各乡（镇）人民政府", deadline="2025年12月底前"),
        dict(marker="27", bold="守牢不发生规模性返贫致贫底线。",
             text="健全防止返贫致贫监测和帮扶机制，脱贫人口务工规模稳定在 2.8 万人以上。",
             leaders=["何　静"], lead=["县农业农村局"],
             coop="县人力资源和社会保障局、县民政局、县医疗保障局", deadline="长期坚持"),
        dict(marker="28", bold="",
             text="深入打好蓝天、碧水、净土保卫战，空气质量优良天数比例达到 85% 以上，涢水出境断面水质稳定保持Ⅱ类。",
             leaders=["何　静"], lead=["市生态环境局涢川分局"],
             coop="县发展和改革局、县住房和城乡建设局、县农业农村局、县林业局", deadline="2025年12月底前"),
    ]),
    ("五、保障和改善民生（共8项）", [
        dict(marker="29", bold="稳定和扩大就业。",
             text="城镇新增就业 4200 人，城镇调查失业率控制在 5.5% 以内，开展职业技能培训 6000 人次。",
             leaders=["马晓燕"], merge_leader_rows=3, lead=["县人力资源和社会保障局"],
             coop="县财政局、县教育局、县农业农村局", deadline="2025年12月底前"),
        dict(marker="30", bold="",
             text="新建县第三实验小学，改扩建乡镇寄宿制学校 4 所，新增公办学位 1800 个，组建城乡教育共同体 8 个。",
             leaders=None, lead=["县教育局"],
             coop="县发展和改革局、县财政局、县自然资源局", deadline="2025年8月底前"),
        dict(marker="31", bold="",
             text=["深化紧密型县域医共体建设。",
                   "推进县人民医院胸痛、卒中等五大中心建设，县域就诊率达到 90%，每千人口拥有 3 岁以下婴幼儿托位数达到 4.5 个。"],
             leaders=None, lead=["县卫生健康局"],
             coop="县医疗保障局、县财政局", deadline="2025年12月底前"),
        dict(marker="32", bold="",
             text="完善养老服务体系，新建乡镇区域养老服务中心 3 个、社区老年食堂 20 个，提升改造特困人员供养服务设施 5 所。",
             leaders=["马晓燕"], lead=["县民政局"],
             coop="县卫生健康局、县医疗保障局、各乡（镇）人民政府", deadline="2025年10月底前"),
        dict(marker="33", bold="",
             text="城乡居民基本医疗保险参保率稳定在 95% 以上，推进医保支付方式改革，全面落实集采药品和医用耗材政策。",
             leaders=["马晓燕"], lead=["县医疗保障局"],
             coop="无", deadline="2025年12月底前"),
        dict(marker="34", bold="统筹发展和安全。",
             text="深化安全生产治本攻坚三年行动，开展城镇燃气、自建房、消防等重点领域隐患排查整治，坚决遏制较大及以上生产安全事故发生。",
             leaders=["孙卫东"], lead=["县应急管理局"],
             coop="县级各有关部门、各乡（镇）人民政府", deadline="长期坚持"),
        dict(marker="35", bold="",
             text="深入推进平安涢川建设，常态化开展扫黑除恶斗争，严厉打击电信网络诈骗等违法犯罪，群众安全感满意度保持在 98% 以上。",
             leaders=["孙卫东"], lead=["县公安局"],
             coop="无", deadline="持续推进"),
        dict(marker="36", bold="用心办好十件民生实事。",
             text="统筹安排资金 3.2 亿元，确保城区停车位改造、老旧小区改造、农村饮水安全巩固提升等十件民生实事年内全部完成。",
             leaders=["周启航", "马晓燕"], lead=["县发展和改革局"],
             coop="县财政局、县级各有关部门、各乡（镇）人民政府", deadline="2025年12月底前"),
    ]),
]

COVER_ITEMS = [
    ("压实工作责任。",
     "附件所列每项任务均明确了责任县领导和牵头单位。“牵头单位”栏所列单位为牵头单位，列有两个单位的，由两个单位共同牵头；"
     "“配合单位”栏所列单位为配合单位。牵头单位要切实履行牵头职责，主动与配合单位沟通衔接，配合单位要积极支持、密切配合，"
     "共同抓好任务落实。"),
    ("建立工作台账。",
     "各牵头单位要对照任务分工，于2025年3月20日前制定具体推进方案，明确时间表、路线图和责任人，建立工作台账，"
     "并于每季度末月25日前通过县政府督查督办系统报送任务进展情况，12月10日前报送全年完成情况。"),
    ("强化督查问效。",
     "县政府督查室要加强跟踪督办，定期通报进展情况。重点工作任务完成情况纳入2025年度县直单位和乡（镇）目标责任考核，"
     "对工作推进不力、进度严重滞后的单位，按照有关规定严肃问责。"),
]


def strip_units(s):
    out, cur, depth = [], "", 0
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


# ---------------------------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------------------------
def set_font(run, east="仿宋_GB2312", size=16, bold=None, color=None):
    run.font.size = Pt(size)
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if bold is not None:
        run.bold = bold
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", east="仿宋_GB2312", size=16, align=None, indent=False, bold=None,
         color=None, first=None, space_line=None):
    p = first if first is not None else doc_or_cell.add_paragraph()
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    if indent:
        pf.first_line_indent = Pt(size * 2)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if space_line:
        pf.line_spacing = Pt(space_line)
    return p


def bottom_border(p, color="FF0000", sz="18"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def add_chinese_numbering(doc):
    """An abstractNum with chineseCounting 一、 as Word's 编号 button makes it; returns numId."""
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), "90")
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"), ("w:lvlText", "%1、"),
                     ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    absn.append(lvl)
    last_abs = numbering.findall(qn("w:abstractNum"))[-1]
    last_abs.addnext(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), "90")
    num.append(an)
    numbering.append(num)
    return "90"


def number_para(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), num_id)
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def cell_paras(cell, texts, size=12, east="仿宋_GB2312", bold_first="", align=None):
    """Fill a cell: texts is a list of paragraphs; bold_first a bold run-in at the head of the first."""
    first = cell.paragraphs[0]
    for i, t in enumerate(texts):
        p = first if i == 0 else cell.add_paragraph()
        if i == 0 and bold_first:
            set_font(p.add_run(bold_first), "黑体", size, bold=True)
        if t:
            set_font(p.add_run(t), east, size)
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)


def cell_lines(cell, lines, size=12, align=None):
    """One paragraph, lines joined by manual line breaks (Shift+Enter)."""
    p = cell.paragraphs[0]
    for i, t in enumerate(lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        set_font(p.add_run(t), "仿宋_GB2312", size)
    if align is not None:
        p.alignment = align


def build_docx():
    doc = docx.Document()
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 3, 7, 9, 30, 0)
    cp.author = "县政府办秘书股"
    cp.last_modified_by = "县政府办秘书股"
    cp.title = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    num_id = add_chinese_numbering(doc)
    C = WD_ALIGN_PARAGRAPH.CENTER

    # 版头
    para(doc)
    para(doc, ISSUER + "文件", east="方正小标宋简体", size=36, align=C, color=RGBColor(0xFF, 0, 0))
    para(doc)
    p = para(doc, WENHAO, align=C)
    bottom_border(p)
    para(doc)
    # 标题 over two lines by a manual line break
    p = para(doc, TITLE_1, east="方正小标宋简体", size=22, align=C)
    p.add_run().add_break(WD_BREAK.LINE)
    set_font(p.add_run(TITLE_2), "方正小标宋简体", 22)
    para(doc)
    para(doc, ZHUSONG)
    para(doc, "现将2025年县《政府工作报告》重点工作任务分工表印发给你们，请认真抓好贯彻落实。现就有关事项通知如下：",
         indent=True)
    for head, body in COVER_ITEMS:
        p = para(doc, indent=True)
        number_para(p, num_id)
        set_font(p.add_run(head), "黑体", 16)
        set_font(p.add_run(body), "仿宋_GB2312", 16)
    para(doc)
    para(doc, "附件：" + ATT_TITLE, indent=True)
    para(doc)
    para(doc)
    para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "（此件公开发布）", indent=True)

    # 附件 in a landscape section
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21.0)
    new.top_margin, new.bottom_margin = Cm(2.8), Cm(2.6)
    new.left_margin, new.right_margin = Cm(3.0), Cm(2.6)
    para(doc, "附件", east="黑体", size=16)
    para(doc)
    para(doc, ATT_TITLE, east="方正小标宋简体", size=22, align=C)
    para(doc)

    widths = [Cm(1.3), Cm(10.2), Cm(2.3), Cm(3.5), Cm(4.4), Cm(2.4)]
    ntasks = sum(len(t) for _, t in SECTIONS)
    table = doc.add_table(rows=1 + len(SECTIONS) + ntasks, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, w in enumerate(widths):
        table.columns[i].width = w
    hdr = ["序号", "重点工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]
    for i, h in enumerate(hdr):
        cell_paras(table.cell(0, i), [h], size=12, east="黑体", align=C)
    # repeat header row on each page
    trpr = table.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trpr.append(th)

    r = 1
    pending = []  # (col, top_row, nrows)
    for sec_title, tasks in SECTIONS:
        m = table.cell(r, 0).merge(table.cell(r, 5))
        cell_paras(m, [sec_title], size=12, east="黑体")
        r += 1
        for t in tasks:
            cell_paras(table.cell(r, 0), [t["marker"]], align=C)
            texts = t["text"] if isinstance(t["text"], list) else [t["text"]]
            cell_paras(table.cell(r, 1), texts, bold_first=t["bold"])
            if t["leaders"] is not None:
                cell_paras(table.cell(r, 2), t["leaders"], align=C)
                if t.get("merge_leader_rows"):
                    pending.append((2, r, t["merge_leader_rows"]))
            if t["lead"] is not None:
                if t.get("lead_sep") == "br":
                    cell_lines(table.cell(r, 3), t["lead"])
                else:
                    cell_paras(table.cell(r, 3), t["lead"])
                if t.get("merge_lead_rows"):
                    pending.append((3, r, t["merge_lead_rows"]))
            cell_paras(table.cell(r, 4), [t["coop"]])
            cell_paras(table.cell(r, 5), [t["deadline"]], align=C)
            r += 1
    for col, top, n in pending:
        table.cell(top, col).merge(table.cell(top + n - 1, col))

    para(doc)
    # 版记 as a two-row table with top/bottom rules
    bj = doc.add_table(rows=2, cols=1)
    cell_paras(bj.cell(0, 0), ["抄送：县委各部门，县人大常委会办公室，县政协办公室，县监委，县法院，县检察院，县人武部。"],
               size=14)
    cell_paras(bj.cell(1, 0), [ISSUER + "　　　　　　　　　　　　　" + DATE + "印发"], size=14)

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 7, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(SOURCE, "wb") as f:
        f.write(out.getvalue())


def build_gold():
    recs = []
    prev_leaders, prev_lead = None, None
    for _, tasks in SECTIONS:
        for t in tasks:
            leaders = t["leaders"] if t["leaders"] is not None else prev_leaders
            leaders = [x.replace("　", "").replace(" ", "") for x in leaders]
            lead_cell = t["lead"] if t["lead"] is not None else prev_lead
            lead = []
            for part in lead_cell:
                lead += strip_units(part)
            coop = [] if t["coop"] == "无" else strip_units(t["coop"])
            texts = t["text"] if isinstance(t["text"], list) else [t["text"]]
            full = (t["bold"] + "".join(texts))
            head = "".join(full.split())[:12]
            recs.append({
                "id": t["marker"].rstrip("."),
                "marker": t["marker"],
                "head": head,
                "responsible_units": lead + coop,
                "lead_units": lead,
                "cooperating_units": coop,
                "leaders": leaders,
                "deadline": t["deadline"],
            })
            prev_leaders = t["leaders"] if t["leaders"] is not None else prev_leaders
            prev_lead = lead_cell
    with open(GOLD, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return recs


def main():
    build_docx()
    ver = subprocess.run(["pandoc", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    subprocess.run(["pandoc", "-f", "docx", "-t", "asciidoc", SOURCE, "-o", NOTICE], check=True)
    recs = build_gold()
    print(f"{ver}: wrote {os.path.basename(NOTICE)}; {len(recs)} tasks in {os.path.basename(GOLD)}")


if __name__ == "__main__":
    sys.exit(main())
