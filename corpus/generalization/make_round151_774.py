#!/usr/bin/env python3
"""Round 151, notice 774 (CONTROL): an ordinary 两办 joint red-header Word notice.

What it is
    中共枫岭县委办公室 and 枫岭县人民政府办公室 (an invented county) jointly issue
    枫办发〔2022〕4号, 关于印发《枫岭县贯彻落实县第十五次党代会和县委经济工作会议精神
    2022年重点任务分工方案》的通知.  Portrait A4 cover: the two issuers stacked in a
    borderless 2x2 table with 文件 merged beside them, the 文号 over a red rule, the title,
    主送, a short cover with three 黑体 run-in requirements (the second states the
    牵头县领导 / 牵头单位 / 责任单位 mechanism: 牵头单位负总责, two 牵头单位 lead jointly,
    责任单位 cooperate), 附件说明, the joint 落款 and date, and a 附注.  A landscape section
    holds the 附件: `附件`, the 方案 title and one table
    序号 / 重点任务 / 牵头县领导 / 牵头单位 / 责任单位 / 完成时限 (header row repeated on
    every page), eight part rows `一、…（N项）` merged across the table, tasks 1-43 numbered
    straight through the parts, 牵头县领导 merged down where consecutive tasks in a part
    share the same leader(s), `/` in 责任单位 where there is none.  A last portrait
    section carries the 版记 (抄送, 印发 line) as a ruled table.  Page numbers `— N —`.

Files written (in the current directory, /work/round151)
    774_fengling_xian_liangban_dangdaihui_jinghui_renwu_fengong.docx   the notice
    774.tasks.gold.jsonl                                              the gold tasks

Both are generated from the single TASKS description below.

Needs
    /usr/bin/python3 with python-docx (0.8.11 tested).  No outside converter, no apt
    packages.  Output is byte-stable: fixed core properties and the DOCX is re-zipped
    with fixed member timestamps in the order python-docx wrote them (the template's
    docProps/thumbnail.jpeg and its relationship are dropped, as Word files have none).
"""
import copy
import io
import json
import re
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

NOTICE = "774_fengling_xian_liangban_dangdaihui_jinghui_renwu_fengong.docx"
GOLD = "774.tasks.gold.jsonl"

RED = RGBColor(0xFF, 0x00, 0x00)
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

FANGAN = "枫岭县贯彻落实县第十五次党代会和县委经济工作会议精神2022年重点任务分工方案"

# ---------------------------------------------------------------------------
# The one description of the tasks.  Each part: (heading, [task, ...]);
# each task: (text, leaders, lead_units, responsible_units_column, deadline).
# The 责任单位 column is the cooperating column by the cover's words; [] prints "/".
# ---------------------------------------------------------------------------
PARTS = [
    ("一、坚持工业强县，加快构建现代产业体系", [
        ("实施工业倍增三年行动。全年新增规模以上工业企业15家以上，规模以上工业增加值增长10%以上，工业投资增长15%以上。",
         ["彭俊杰"], ["县工信局"], ["县发改局", "县统计局", "枫岭经济开发区管委会", "各乡镇（街道）"], "2022年12月底前"),
        ("推进经开区扩区调位和“亩均论英雄”改革。完成经开区扩区调位报批，新建标准化厂房10万平方米，盘活闲置低效工业用地500亩以上。",
         ["彭俊杰"], ["枫岭经济开发区管委会"], ["县自然资源局", "县工信局", "县发改局"], "2022年10月底前"),
        ("做大做强竹木加工和新型建材两大主导产业。推进竹木精深加工产业园二期建设，竹产业产值突破60亿元，新型建材产业产值达到45亿元。",
         ["彭俊杰"], ["县工信局"], ["县林业局", "枫岭经济开发区管委会"], "2022年12月底前"),
        ("培育壮大电子信息产业集群。以智能终端配套为重点，全年引进电子信息项目8个以上，电子信息产业营业收入增长25%以上。",
         ["彭俊杰", "蒋文博"], ["枫岭经济开发区管委会", "县招商服务中心"], ["县工信局", "县商务局"], "2022年12月底前"),
        ("实施企业技术改造和数字化转型。全年实施技改项目30个以上，新认定省级“专精特新”中小企业5家、高新技术企业8家。",
         ["彭俊杰"], ["县工信局", "县科技局"], ["县财政局", "县税务局"], "2022年12月底前"),
        ("加快发展现代服务业。推进县城商贸综合体、城南物流园建设，新培育限额以上商贸企业20家，社会消费品零售总额增长9%。",
         ["蒋文博"], ["县商务局"], ["县发改局", "县市场监管局", "县统计局"], "2022年12月底前"),
        ("推进全域旅游提质升级。加快枫岭大峡谷创建国家4A级旅游景区，办好第三届枫岭红枫文化旅游节，全年接待游客350万人次以上。",
         ["鲁云霞"], ["县文旅广体局"], ["县发改局", "县交通运输局", "县林业局", "相关乡镇"], "2022年11月底前"),
    ]),
    ("二、坚持农业农村优先发展，全面推进乡村振兴", [
        ("巩固拓展脱贫攻坚成果。健全防止返贫动态监测和帮扶机制，确保不发生规模性返贫，脱贫人口人均纯收入增长12%以上。",
         ["姚庆松", "詹学军"], ["县乡村振兴局"], ["县农业农村局", "县人社局", "县医保局", "县教育局", "各乡镇（街道）"], "持续推进"),
        ("稳定粮食生产。严格落实粮食安全党政同责，全年粮食播种面积稳定在42.6万亩、产量稳定在16.8万吨以上，新建高标准农田3.2万亩。",
         ["詹学军"], ["县农业农村局"], ["县自然资源局", "县财政局", "县发改局", "各乡镇（街道）"], "2022年12月底前"),
        ("发展壮大特色农业产业。新增茶叶基地1.5万亩、油茶低改2万亩，培育市级以上农业产业化龙头企业4家，新认证“三品一标”农产品10个。",
         ["詹学军"], ["县农业农村局"], ["县林业局", "县乡村振兴局", "县市场监管局"], "2022年12月底前"),
        ("实施乡村建设行动。完成农村户厕改造4500户，行政村生活垃圾收运处置体系覆盖率保持100%，创建省级美丽乡村示范村10个。",
         ["姚庆松"], ["县农业农村局"], ["县住建局", "市生态环境局枫岭分局", "县城管局", "县卫健局", "各乡镇（街道）"], "2022年12月底前"),
        ("深化农村集体产权制度改革。稳慎推进农村宅基地制度改革试点，村级集体经济经营性收入10万元以上的村占比达到60%。",
         ["姚庆松"], ["县委组织部", "县农业农村局"], ["县财政局", "县自然资源局"], "2022年12月底前"),
        ("推进水利基础设施建设。开工建设枫溪水库，完成中小河流治理28公里、小型病险水库除险加固9座。",
         ["詹学军"], ["县水利局"], ["县发改局", "县财政局", "县自然资源局", "有关乡镇"], "2022年12月底前"),
    ]),
    ("三、坚持项目为王，持续扩大有效投资", [
        ("开展“项目建设提速年”活动。全年实施重点项目120个、完成年度投资160亿元，其中新开工项目60个以上。",
         ["邬文涛", "韩志斌"], ["县发改局"], ["县财政局", "县自然资源局", "县住建局", "县行政审批局", "县统计局"], "2022年12月底前"),
        ("强化招商引资。坚持“一把手”招商，全年新引进亿元以上项目30个、5亿元以上项目6个，实际到位县外资金120亿元。",
         ["邬文涛", "蒋文博"], ["县招商服务中心"], ["枫岭经济开发区管委会", "县商务局", "县委统战部", "各乡镇（街道）"], "2022年12月底前"),
        ("加快交通基础设施建设。推进省道枫岭至桐山段改扩建工程，建成县城至枫岭大峡谷旅游公路，新改建农村公路120公里。",
         ["葛春生"], ["县交通运输局"], ["县自然资源局", "县财政局", "县公安局", "沿线乡镇"], "2022年12月底前"),
        ("积极争取上级政策资金支持。全年争取中央预算内投资、地方政府专项债券等上级资金25亿元以上。",
         ["韩志斌"], ["县发改局", "县财政局"], ["县直各有关单位"], "2022年12月底前"),
        ("推进新型基础设施建设。新建5G基站300个，实现乡镇以上区域和重点行政村5G网络全覆盖，建成县城智慧停车平台。",
         ["彭俊杰"], ["县工信局"], ["县数据资源局", "县城管局", "各通信运营企业"], "2022年11月底前"),
    ]),
    ("四、坚持改革开放，持续优化营商环境", [
        ("深化“放管服”改革。推行“一件事一次办”集成服务，政务服务事项网上可办率达到98%以上，企业开办时间压缩至1个工作日以内。",
         ["韩志斌"], ["县行政审批局"], ["县数据资源局", "县市场监管局", "县税务局"], "2022年6月底前"),
        ("开展优化营商环境攻坚行动。建立县领导联系重点企业制度，常态化开展“千名干部进千企”活动，营商环境评价力争进入全市前三。",
         ["邬文涛"], ["县发改局"], ["县纪委监委", "县工信局", "县行政审批局"], "持续推进"),
        ("深化国资国企改革。完成县属国有企业整合重组，推动县城投集团市场化转型，主体信用评级保持AA级。",
         ["韩志斌"], ["县财政局"], ["县城投集团", "县金融服务中心"], "2022年9月底前"),
        ("强化金融服务实体经济。全年新增各项贷款40亿元以上，推动1家企业进入省上市后备资源库。",
         ["韩志斌"], ["县金融服务中心"], ["人行枫岭县支行", "县财政局", "县工信局"], "2022年12月底前"),
        ("大力发展民营经济。落实减税降费政策，新增市场主体6000户以上，民营经济增加值占地区生产总值比重达到60%。",
         ["蒋文博"], ["县市场监管局"], ["县税务局", "县工信局", "县委统战部", "县工商联"], "2022年12月底前"),
    ]),
    ("五、坚持城乡融合，提升县城综合承载能力", [
        ("推进以县城为重要载体的城镇化建设。完成县级国土空间总体规划编制，县城建成区面积扩大到22平方公里，常住人口城镇化率提高1.5个百分点。",
         ["葛春生"], ["县自然资源局", "县住建局"], ["县发改局", "县统计局"], "2022年12月底前"),
        ("实施城市更新行动。改造城镇老旧小区28个、1860户，新建城市公园2个，完成县城雨污分流改造12公里。",
         ["葛春生"], ["县住建局"], ["县财政局", "县城管局", "县城投集团", "城关街道", "东城街道"], "2022年12月底前"),
        ("促进房地产市场平稳健康发展。全年商品房销售面积50万平方米，妥善处置问题楼盘3个。",
         ["葛春生"], ["县住建局"], ["县自然资源局", "县金融服务中心", "县信访局"], "2022年12月底前"),
        ("提升城市精细化管理水平。深入开展全国文明城市创建，完成县城主次干道“白改黑”15公里，生活垃圾分类覆盖率达到60%以上。",
         ["欧阳雪梅", "葛春生"], ["县委宣传部", "县城管局"], ["县住建局", "县公安局", "城关街道", "东城街道"], "持续推进"),
        ("推动中心镇和特色小镇建设。支持桐溪镇、白沙镇创建省级中心镇，打造竹艺特色小镇1个。",
         ["葛春生"], ["县发改局"], ["县住建局", "县自然资源局", "桐溪镇", "白沙镇"], "2022年12月底前"),
    ]),
    ("六、坚持生态优先，推动绿色低碳发展", [
        ("深入打好污染防治攻坚战。县城空气质量优良天数比例达到95%以上，国考、省考断面水质达标率保持100%。",
         ["詹学军"], ["市生态环境局枫岭分局"], ["县工信局", "县住建局", "县农业农村局", "县水利局", "县城管局", "各乡镇（街道）"], "2022年12月底前"),
        ("全面推行林长制和河湖长制。完成植树造林2.5万亩，森林覆盖率稳定在72%以上，主要河流水质稳定达到Ⅱ类。",
         ["詹学军"], ["县林业局", "县水利局"], ["县自然资源局", "各乡镇（街道）"], "2022年12月底前"),
        ("抓好中央和省生态环境保护督察反馈问题整改。建立问题清单、任务清单、责任清单，按时序完成整改销号。",
         ["詹学军"], ["市生态环境局枫岭分局"], ["县直各有关单位", "各乡镇（街道）"], "按整改时序完成"),
        ("稳妥推进碳达峰碳中和。制定县级碳达峰实施方案，完成市下达的能耗双控目标任务。",
         ["韩志斌"], ["县发改局"], ["县工信局", "县统计局", "国网枫岭县供电公司"], "2022年12月底前"),
    ]),
    ("七、坚持以人民为中心，持续增进民生福祉", [
        ("稳定和扩大就业。城镇新增就业3800人，农村劳动力转移就业1.2万人，城镇调查失业率控制在5.5%以内。",
         ["鲁云霞"], ["县人社局"], ["县教育局", "县乡村振兴局", "县总工会", "团县委", "县妇联"], "2022年12月底前"),
        ("推动教育优质均衡发展。新建、改扩建中小学和幼儿园8所，新增学位5400个，支持枫岭一中创建省级示范性普通高中。",
         ["鲁云霞"], ["县教育局"], ["县发改局", "县财政局", "县自然资源局", "县住建局"], "2022年8月底前"),
        ("加快健康枫岭建设。推进县人民医院新院区建设，完成县中医院三级医院创建，紧密型县域医共体实现全覆盖。",
         ["鲁云霞"], ["县卫健局"], ["县医保局", "县发改局", "县财政局"], "2022年12月底前"),
        ("完善社会保障体系。城乡居民基本养老保险参保率稳定在95%以上，新建城乡社区居家养老服务中心12个。",
         ["鲁云霞"], ["县人社局", "县民政局"], ["县财政局", "县医保局", "县税务局"], "2022年12月底前"),
        ("繁荣发展文化事业。建成县图书馆新馆和文化馆新馆并免费开放，全年开展送戏下乡200场以上。",
         ["欧阳雪梅", "鲁云霞"], ["县委宣传部"], ["县文旅广体局", "县融媒体中心"], "2022年12月底前"),
        ("办好十件民生实事。逐项明确责任单位和完成时限，实行月调度、季通报，确保按期完成并接受人大代表票决评议。",
         ["邬文涛"], ["县政府办"], ["县直各有关单位"], "2022年12月底前"),
    ]),
    ("八、坚持统筹发展和安全，全面加强党的建设", [
        ("全面提升安全生产水平。深入开展安全生产专项整治三年行动集中攻坚，生产安全事故起数和死亡人数实现“双下降”。",
         ["韩志斌"], ["县应急管理局"], ["县安委会各成员单位", "各乡镇（街道）"], "持续推进"),
        ("建设更高水平的平安枫岭。常态化开展扫黑除恶斗争，深化信访问题源头治理，群众安全感满意度保持在98%以上。",
         ["龚建新", "祁永刚"], ["县委政法委", "县公安局"], ["县信访局", "县司法局", "各乡镇（街道）"], "持续推进"),
        ("防范化解政府债务风险。严格落实政府债务限额管理，确保法定债务按时还本付息、隐性债务只减不增。",
         ["韩志斌"], ["县财政局"], ["县金融服务中心", "县城投集团", "县审计局"], "持续推进"),
        ("深化基层党组织建设。开展村（社区）党组织标准化规范化建设提质行动，整顿软弱涣散村党组织12个。",
         ["谭晓琳"], ["县委组织部"], ["县直机关工委", "各乡镇（街道）党（工）委"], "2022年10月底前"),
        ("驰而不息纠治“四风”。持续整治形式主义、官僚主义，严格执行中央八项规定及其实施细则精神。",
         ["柯明远"], ["县纪委监委"], [], "持续推进"),
    ]),
]

CN_NUM = "一二三四五六七八九十"
HEAD_LEN = 14


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------
def build_gold():
    rows = []
    n = 0
    for _, tasks in PARTS:
        for text, leaders, leads, coops, deadline in tasks:
            n += 1
            rows.append({
                "id": str(n),
                "marker": str(n),
                "head": text[:HEAD_LEN],
                "responsible_units": list(leads) + list(coops),
                "lead_units": list(leads),
                "cooperating_units": list(coops),
                "leaders": list(leaders),
                "deadline": deadline,
            })
    return rows


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
def set_run_font(run, name, size, bold=False, color=None):
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


def fmt_par(p, align=None, indent_chars=0, line=28, before=0, after=0, size=16):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    if indent_chars:
        pf.first_line_indent = Pt(size * indent_chars)


def add_par(doc_or_cell, text="", font=FS, size=16, bold=False, align=None, indent=0,
            line=28, before=0, after=0, color=None):
    p = doc_or_cell.add_paragraph()
    fmt_par(p, align, indent, line, before, after, size)
    if text:
        set_run_font(p.add_run(text), font, size, bold, color)
    return p


def add_runs(p, parts):
    for text, font, size, bold in parts:
        set_run_font(p.add_run(text), font, size, bold)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              color=None, line=None):
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    else:
        pf.line_spacing = 1.0
    if text:
        set_run_font(p.add_run(text), font, size, bold, color)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return p


def set_table_borders(table, val="single", sz=4, color="000000", which=None):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        if which is None or edge in which:
            el.set(qn("w:val"), val)
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), color)
        else:
            el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def set_col_widths(table, widths_mm):
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(Mm(w).twips)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths_mm):
            cell.width = Mm(w)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl.tblPr.append(layout)


def repeat_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    tr_pr.append(el)


def cant_split(row):
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))


def bottom_rule(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run_font(p.add_run("— "), "宋体", 14)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), "宋体")
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "28")
    rpr.append(sz)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)
    set_run_font(p.add_run(" —"), "宋体", 14)


def portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(37)
    section.bottom_margin = Mm(35)
    section.left_margin = Mm(28)
    section.right_margin = Mm(26)
    section.footer_distance = Mm(28)


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Mm(297)
    section.page_height = Mm(210)
    section.top_margin = Mm(28)
    section.bottom_margin = Mm(26)
    section.left_margin = Mm(25)
    section.right_margin = Mm(25)
    section.footer_distance = Mm(15)


# ---------------------------------------------------------------------------
# The notice
# ---------------------------------------------------------------------------
def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    portrait(sec)
    page_number_footer(sec)

    # ---- 版头: issuers stacked, 文件 merged beside -------------------------
    for _ in range(1):
        add_par(doc, "", line=28)
    head = doc.add_table(rows=2, cols=2)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(head, val="nil")
    set_col_widths(head, [110, 46])
    cell_text(head.cell(0, 0), "中共枫岭县委办公室", XBS, 30, color=RED,
              align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=44)
    cell_text(head.cell(1, 0), "枫岭县人民政府办公室", XBS, 30, color=RED,
              align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=44)
    m = head.cell(0, 1).merge(head.cell(1, 1))
    cell_text(m, "文件", XBS, 52, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, line=60)
    add_par(doc, "", line=28)
    add_par(doc, "", line=28)
    p = add_par(doc, "枫办发〔2022〕4号", align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
    bottom_rule(p)
    add_par(doc, "", line=28)

    # ---- 标题 ----------------------------------------------------------------
    add_par(doc, "中共枫岭县委办公室　枫岭县人民政府办公室", XBS, 22,
            align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    add_par(doc, "关于印发《枫岭县贯彻落实县第十五次党代会和", XBS, 22,
            align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    add_par(doc, "县委经济工作会议精神2022年重点任务", XBS, 22,
            align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    add_par(doc, "分工方案》的通知", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    add_par(doc, "", line=28)

    # ---- 主送 and 正文 -----------------------------------------------------------
    add_par(doc, "各乡镇党委、人民政府，各街道党工委、办事处，县委各部委，县直各单位，各人民团体：")
    add_par(doc, "《" + FANGAN + "》已经县委、县政府同意，现印发给你们，并就有关事项通知如下。", indent=2)

    p = add_par(doc, "", indent=2)
    add_runs(p, [("一、提高政治站位。", HT, 16, False),
                 ("县第十五次党代会擘画了今后五年全县发展的宏伟蓝图，县委经济工作会议对2022年经济工作作出了全面部署。"
                  "各级各部门要把贯彻落实党代会和县委经济工作会议精神作为当前和今后一个时期的重要政治任务，"
                  "紧盯目标任务，坚持稳字当头、稳中求进，确保各项部署落地见效。", FS, 16, False)])
    p = add_par(doc, "", indent=2)
    add_runs(p, [("二、压实工作责任。", HT, 16, False),
                 ("各项重点任务实行“牵头县领导+牵头单位+责任单位”工作机制。牵头县领导负责统筹协调、督促推进；"
                  "牵头单位对任务落实负总责，牵头单位有两个的，共同牵头、分工负责；"
                  "责任单位按照职责分工积极配合、主动作为。各牵头单位要于3月10日前制定具体工作方案，"
                  "细化目标任务、推进措施和时间节点，报县委督查室、县政府督查室备案。", FS, 16, False)])
    p = add_par(doc, "", indent=2)
    add_runs(p, [("三、强化督查考核。", HT, 16, False),
                 ("县委督查室、县政府督查室要将重点任务纳入年度督查计划，实行清单化管理、项目化推进、销号式落实。"
                  "各牵头单位于每季度最后一个月25日前将工作进展情况书面报送县委督查室、县政府督查室"
                  "（联系电话：8321675），全年工作总结于12月20日前报送。督查结果纳入年度综合考核，"
                  "对工作推进不力、进度严重滞后的予以通报问责。", FS, 16, False)])
    add_par(doc, "")
    p = add_par(doc, "", indent=2)
    add_runs(p, [("附件：" + FANGAN, FS, 16, False)])
    add_par(doc, "")
    add_par(doc, "")
    add_par(doc, "中共枫岭县委办公室　　　　　枫岭县人民政府办公室", align=WD_ALIGN_PARAGRAPH.CENTER)
    p = add_par(doc, "2022年2月21日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 4)
    add_par(doc, "")
    add_par(doc, "（此件发至乡镇、街道和县直各单位）", indent=2)

    # ---- 附件: landscape section ------------------------------------------
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    landscape(sec2)
    add_par(doc, "附件", HT, 16, line=28)
    add_par(doc, "", line=20)
    add_par(doc, "枫岭县贯彻落实县第十五次党代会和县委经济工作会议精神", XBS, 22,
            align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    add_par(doc, "2022年重点任务分工方案", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    add_par(doc, "", line=20)

    n_rows = 1 + sum(1 + len(t) for _, t in PARTS)
    table = doc.add_table(rows=n_rows, cols=6)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(table, sz=4)
    widths = [13, 107, 25, 36, 43, 23]
    set_col_widths(table, widths)
    hdr = table.rows[0]
    repeat_header(hdr)
    cant_split(hdr)
    for c, t in zip(hdr.cells, ["序号", "重点任务", "牵头县领导", "牵头单位", "责任单位", "完成时限"]):
        cell_text(c, t, HT, 12, line=20)

    r = 1
    n = 0
    for pi, (heading, tasks) in enumerate(PARTS):
        row = table.rows[r]
        cant_split(row)
        mc = row.cells[0].merge(row.cells[5])
        cell_text(mc, f"{heading}（{len(tasks)}项）", HT, 12, align=WD_ALIGN_PARAGRAPH.LEFT, line=22)
        r += 1
        start = r
        # leader runs inside the part
        runs = []
        for ti, t in enumerate(tasks):
            if runs and runs[-1][1] == t[1]:
                runs[-1][2] += 1
            else:
                runs.append([ti, t[1], 1])
        for text, leaders, leads, coops, deadline in tasks:
            n += 1
            row = table.rows[r]
            cant_split(row)
            cs = row.cells
            cell_text(cs[0], str(n), FS, 12, line=20)
            cell_text(cs[1], text, FS, 12, align=WD_ALIGN_PARAGRAPH.JUSTIFY, line=20)
            cell_text(cs[3], "、".join(leads), FS, 12, line=20)
            cell_text(cs[4], "、".join(coops) if coops else "/", FS, 12, line=20)
            cell_text(cs[5], deadline, FS, 12, line=20)
            r += 1
        for ti, leaders, cnt in runs:
            top = table.cell(start + ti, 2)
            if cnt > 1:
                top = top.merge(table.cell(start + ti + cnt - 1, 2))
            cell_text(top, "、".join(leaders), FS, 12, line=20)

    # ---- 版记: last portrait section --------------------------------------
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    portrait(sec3)
    for _ in range(18):
        add_par(doc, "", line=28)
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(bj, sz=8, which=("top", "bottom", "insideH"))
    set_col_widths(bj, [156])
    p = cell_text(bj.cell(0, 0), "抄送：县人大常委会办公室，县政协办公室，县人武部，县法院，县检察院。",
                  FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT, line=26)
    p.paragraph_format.left_indent = Pt(14)
    p = cell_text(bj.cell(1, 0), "中共枫岭县委办公室　　　　　　　　　　2022年2月21日印发",
                  FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT, line=26)
    p.paragraph_format.left_indent = Pt(14)

    # remove the template's empty first paragraph if python-docx left one
    # (Document() starts with none in 0.8.11; keep as is)

    cp = doc.core_properties
    fixed = datetime.datetime(2022, 2, 21, 9, 30, 0)
    cp.author = "县委办"
    cp.last_modified_by = "县委办"
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 3
    cp.created = fixed
    cp.modified = datetime.datetime(2022, 2, 21, 16, 12, 0)
    cp.last_printed = datetime.datetime(2022, 2, 21, 16, 10, 0)

    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def restamp(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if info.filename == "docProps/thumbnail.jpeg":
                continue  # python-docx's template thumbnail; Word files have none
            blob = src.read(info.filename)
            if info.filename == "_rels/.rels":
                blob = re.sub(rb'<Relationship Id="[^"]*" Type="[^"]*/thumbnail" Target="docProps/thumbnail.jpeg"/>',
                              b"", blob)
            zi = zipfile.ZipInfo(info.filename, date_time=(2022, 2, 21, 16, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def main():
    data = restamp(build_docx())
    with open(NOTICE, "wb") as f:
        f.write(data)
    with open(GOLD, "w", encoding="utf-8") as f:
        for row in build_gold():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
