#!/usr/bin/python3
"""Round 148, notice 761: a county 任务分工 notice in Word, as pandoc's DokuWiki writer gives it.

Source path: 蕤川县人民政府办公室 sends 蕤政办发〔2025〕6号 as a Word file (761_source.docx: red header,
cover text, 落款, 附件 on a landscape page with a six-column task table, 版记 table).  The county
督查室 keeps its notices in the intranet DokuWiki 知识库 and imports Word files the way the DokuWiki
manual suggests, `pandoc -f docx -t dokuwiki`, then saves the result as the page file
(data/pages/.../*.txt).  The notice under test is pandoc's output byte for byte:
761_ruichuan_xian_2025_gzbg_renwu_fengong.txt.

pandoc is run from here (Debian pandoc 2.17.1.1, `apt-get install -y pandoc`).  Deterministic: the DOCX
core properties are fixed and the zip is rewritten with fixed timestamps and order.

Also writes 761.tasks.gold.jsonl from the same task description.
"""
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NNN = "761"
SRC = os.path.join(HERE, NNN + "_source.docx")
OUT = os.path.join(HERE, NNN + "_ruichuan_xian_2025_gzbg_renwu_fengong.txt")
GOLD = os.path.join(HERE, NNN + ".tasks.gold.jsonl")

# ---------------------------------------------------------------------------------------------
# The task description.  One dict per table row group.
#   no     : 序号 as printed
#   text   : list of paragraphs of the 重点工作任务 cell; a leading "**…**" part is a bold run
#   ldr    : list of paragraphs in the 责任县领导 cell, or MERGE (vertically merged with the row above)
#   lead   : list of paragraphs in the 牵头单位 cell, or MERGE
#   coop   : list of paragraphs in the 配合单位 cell ("无" / "/" printed for none), or MERGE
#   dl     : 完成时限 cell text, or MERGE
#   rows   : optional second row of the same task (序号, 责任县领导 and 完成时限 merged down into it)
# ---------------------------------------------------------------------------------------------
MERGE = object()

SECTIONS = [
    ("一、坚持项目为王，推动经济量质齐升（共7项）", [
        dict(no="1", text=["全县地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长8%，"
                           "固定资产投资增长7%，社会消费品零售总额增长6.5%。"],
             ldr=["周文博"], lead=["县发展和改革局"],
             coop=["县统计局、县财政局、县工业和信息化局、县商务局"], dl="2025年12月底前"),
        dict(no="2", text=["**扎实推进项目建设。**全年实施重点项目126个，完成投资115亿元以上，其中新开工项目58个、"
                           "竣工投产项目36个。"],
             ldr=["刘建军"], lead=["县发展和改革局"],
             coop=["县自然资源局、县住房和城乡建设局、市生态环境局蕤川分局、各乡（镇）人民政府"], dl=MERGE),
        dict(no="3", text=["**全力争取上级资金。**聚焦超长期特别国债、中央预算内投资、地方政府专项债券等政策方向，"
                           "储备项目150个以上，争取上级资金20亿元以上。"],
             ldr=MERGE, lead=["县发展和改革局、县财政局"], coop=["县直有关单位"], dl=MERGE),
        dict(no="4", text=["深化“招商引资提质年”活动，实行县领导领衔招商，全年引进亿元以上项目30个，"
                           "到位县外资金85亿元。"],
             ldr=MERGE, lead=["县投资促进中心"],
             coop=["县工业园区管委会、县商务局、各乡（镇）人民政府"], dl="2025年12月底前"),
        dict(no="5", text=["**激发消费潜能。**落实消费品以旧换新政策，举办“蕤享生活”消费季、汽车家电惠民展销等"
                           "促消费活动20场以上。",
                           "培育夜间经济集聚区2个，新增限额以上商贸企业15家。"],
             ldr=["孙　洁"], lead=["县商务局"],
             coop=["县财政局，县市场监督管理局、县文化和旅游局"], dl="2025年12月底前"),
        dict(no="6", text=["推动县域商业体系建设，改造提升农贸市场3个，新建乡镇商贸中心2个、"
                           "村级寄递物流综合服务站40个。"],
             ldr=["孙　洁"], lead=["县商务局"],
             coop=["县交通运输局、中国邮政集团有限公司蕤川县分公司"], dl="2025年10月底前"),
        dict(no="7", text=["强化财源建设，加强税收征管，盘活闲置低效资产，确保“三保”支出不留硬缺口。"],
             ldr=["刘建军"], lead=["县财政局"],
             coop=["国家税务总局蕤川县税务局、县国有资产服务中心"], dl="长期坚持"),
    ]),
    ("二、坚持工业强县，加快构建现代化产业体系（共6项）", [
        dict(no="8", text=["**壮大新材料主导产业。**推动年产10万吨硅基新材料、锂电池负极材料二期等项目建成投产，"
                           "新材料产业产值突破80亿元。"],
             ldr=["王　勇"], lead=["县工业和信息化局"],
             coop=["县工业园区管委会、县发展和改革局"], dl="2025年12月底前"),
        dict(no="9", text=["实施“智改数转”三年行动，推动30家规上工业企业开展智能化改造，"
                           "新培育省级专精特新中小企业5家。"],
             ldr=MERGE, lead=["县工业和信息化局"], coop=["县科学技术局、县数据局"], dl=MERGE),
        dict(no="10", text=["推进工业园区扩区调规，完成园区污水处理厂提标改造和标准化厂房二期建设，"
                            "新增标准化厂房10万平方米。"],
             ldr=MERGE, lead=["县工业园区管委会"],
             coop=["县自然资源局、市生态环境局蕤川分局、蕤川县城市建设投资集团有限公司"], dl="2025年11月底前"),
        dict(no="11", text=["加快发展现代服务业，推动县物流园区二期建成运营，新增规上服务业企业8家。"],
             ldr=["孙　洁"], lead=["县发展和改革局"],
             coop=["县商务局、县交通运输局、县统计局"], dl="2025年12月底前"),
        dict(no="12", text=["深化文旅融合发展，推进云岫山景区创建国家4A级旅游景区，全年接待游客突破600万人次。"],
             ldr=["李秀芳"], lead=["县文化和旅游局"],
             coop=["县发展和改革局、县自然资源局、云岫山镇人民政府"], dl="2025年12月底前"),
        dict(no="13", text=["加快新型基础设施建设，新建5G基站200个，实现行政村5G网络全覆盖。"],
             ldr=["王　勇"], lead=["县工业和信息化局"],
             coop=["县数据局、中国移动蕤川分公司、中国电信蕤川分公司、中国联通蕤川分公司"], dl="2025年12月底前"),
    ]),
    ("三、坚持改革创新，持续激发发展活力（共5项）", [
        dict(no="14", text=["**持续优化营商环境。**深化“高效办成一件事”改革，推行企业开办、项目审批全流程网办，"
                            "政务服务事项“一网通办”率达到95%以上。"],
             ldr=["刘建军"], lead=["县数据局"],
             coop=["县市场监督管理局、县直有关单位"], dl="2025年12月底前"),
        dict(no="15", text=["深化国资国企改革，推动县属国有企业整合重组和市场化转型。"],
             ldr=["刘建军"], lead=["县财政局"], coop=["县国有资产服务中心"], dl="2025年12月底前",
             rows=dict(text=["完成县城投公司实体化转型，压降存量融资成本。"],
                       lead=["蕤川县城市建设投资集团有限公司"], coop=["/"])),
        dict(no="16", text=["落实支持民营经济发展各项政策，常态化开展政企恳谈，帮助企业解决融资、用工、用地等问题。"],
             ldr=["王　勇"], lead=["县工业和信息化局"],
             coop=["县发展和改革局、县人力资源和社会保障局、县金融服务中心"], dl="长期坚持"),
        dict(no="17", text=["强化科技创新支撑，全社会研发经费投入增长10%，新认定高新技术企业8家。"],
             ldr=["赵永康"], lead=["县科学技术局"],
             coop=["县工业和信息化局、县财政局"], dl="2025年12月底前"),
        dict(no="18", text=["深化农村综合改革，稳妥推进第二轮土地承包到期后再延长30年试点，发展壮大新型农村集体经济。"],
             ldr=["李秀芳"], lead=["县农业农村局"],
             coop=["县自然资源局、县财政局、各乡（镇）人民政府"], dl="2025年12月底前"),
    ]),
    ("四、坚持城乡融合，全面推进乡村振兴（共7项）", [
        dict(no="19", text=["**稳定粮食生产。**全年粮食播种面积稳定在52万亩以上、产量稳定在21万吨以上，"
                            "新建高标准农田3万亩。"],
             ldr=["李秀芳"], lead=["县农业农村局"],
             coop=["县自然资源局、县水利局、县财政局"], dl="2025年10月底前"),
        dict(no="20", text=["巩固拓展脱贫攻坚成果，健全防止返贫致贫监测帮扶机制，确保不发生规模性返贫致贫。"],
             ldr=MERGE, lead=["县农业农村局"],
             coop=["县民政局、县医疗保障局、县教育体育局、县人力资源和社会保障局"], dl="长期坚持"),
        dict(no="21", text=["发展壮大特色产业，做强茶叶、油茶、中药材三大特色产业，新增市级以上农业产业化龙头企业3家。"],
             ldr=MERGE, lead=MERGE, coop=["县林业局、县市场监督管理局"], dl="2025年12月底前"),
        dict(no="22", text=["扎实推进和美乡村建设，完成农村改厕2000户，打造省级和美乡村示范村5个。"],
             ldr=MERGE, lead=["县农业农村局"],
             coop=["县住房和城乡建设局、市生态环境局蕤川分局、各乡（镇）人民政府"], dl="2025年11月底前"),
        dict(no="23", text=["稳步推进以人为本的新型城镇化，实施城市更新项目12个，改造老旧小区18个、背街小巷25条。"],
             ldr=["赵永康"], lead=["县住房和城乡建设局"],
             coop=["县城市管理局、县财政局、", "蕤川县城市建设投资集团有限公司"], dl="2025年12月底前"),
        dict(no="24", text=["**完善交通路网。**加快G356线蕤川段改建工程建设，新改建农村公路80公里，实施危桥改造12座。"],
             ldr=["赵永康"], lead=["县交通运输局"],
             coop=["县自然资源局、县财政局、各乡（镇）人民政府"], dl="2025年12月底前"),
        dict(no="25", text=["加快水利基础设施建设，推进青龙水库灌区续建配套与现代化改造，巩固提升农村供水保障水平。"],
             ldr=["李秀芳"], lead=["县水利局"],
             coop=["县发展和改革局、县财政局"], dl="2025年12月底前"),
    ]),
    ("五、坚持生态优先，建设美丽蕤川（共5项）", [
        dict(no="26", text=["深入打好蓝天、碧水、净土保卫战，县城空气质量优良天数比例达到93%以上，"
                            "国考、省考断面水质稳定达标。"],
             ldr=["赵永康"], lead=["市生态环境局蕤川分局"],
             coop=["县住房和城乡建设局、县交通运输局、县水利局、县农业农村局、县工业和信息化局"],
             dl="2025年12月底前"),
        dict(no="27", text=["全面落实河湖长制、林长制，完成营造林3.5万亩，森林覆盖率稳定在68%以上。"],
             ldr=MERGE, lead=["县林业局", "县水利局"], coop=["各乡（镇）人民政府"], dl="长期坚持"),
        dict(no="28", text=["抓好中央和省生态环境保护督察反馈问题整改，确保按期整改销号。"],
             ldr=["赵永康", "李秀芳"], lead=["市生态环境局蕤川分局"],
             coop=["县直有关单位、各乡（镇）人民政府"], dl="按整改方案时限完成"),
        dict(no="29", text=["推动绿色低碳发展，推进分布式光伏整县开发，新增新能源装机容量10万千瓦。"],
             ldr=["王　勇"], lead=["县发展和改革局"],
             coop=["国网蕤川县供电公司、县自然资源局"], dl="2025年12月底前"),
        dict(no="30", text=["加强耕地保护和节约集约用地，严格落实耕地占补平衡，批而未供和闲置土地处置率达到上级要求。"],
             ldr=["刘建军"], lead=["县自然资源局"], coop=["无"], dl="2025年12月底前"),
    ]),
    ("六、坚持民生为本，增进人民群众福祉（共6项）", [
        dict(no="31", text=["千方百计稳定和扩大就业，城镇新增就业3200人，农村劳动力转移就业稳定在18万人以上。"],
             ldr=["孙　洁"], lead=["县人力资源和社会保障局"],
             coop=["县公共就业服务中心、各乡（镇）人民政府"], dl="2025年12月底前"),
        dict(no="32", text=["**办好人民满意的教育。**新建改扩建城区学校3所，新增学位2700个，"
                            "推进县域义务教育优质均衡发展。"],
             ldr=MERGE, lead=["县教育体育局"],
             coop=["县发展和改革局、县财政局、县自然资源局、县住房和城乡建设局"], dl="2025年9月底前"),
        dict(no="33", text=["推进健康蕤川建设，县人民医院新院区建成投入使用，实现乡镇卫生院中医馆全覆盖。"],
             ldr=MERGE, lead=["县卫生健康局"],
             coop=["县医疗保障局、县发展和改革局"], dl="2025年12月底前"),
        dict(no="34", text=["完善社会保障体系，城乡居民基本养老保险参保率稳定在95%以上，"
                            "新建社区嵌入式养老服务设施4处。"],
             ldr=MERGE, lead=["县民政局、县人力资源和社会保障局"],
             coop=["县财政局、县医疗保障局"], dl="2025年12月底前"),
        dict(no="35", text=["统筹发展和安全，深化安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。"],
             ldr=["刘建军、马俊峰"], lead=["县应急管理局"],
             coop=["县公安局、县交通运输局、县住房和城乡建设局、县市场监督管理局、县直有关单位"], dl="长期坚持"),
        dict(no="36", text=["推进平安蕤川、法治蕤川建设，常态化开展扫黑除恶斗争，深化信访工作法治化。"],
             ldr=["马俊峰"], lead=["县公安局"],
             coop=["县司法局、县信访局、各乡（镇）人民政府"], dl="长期坚持"),
    ]),
]

ISSUER = "蕤川县人民政府办公室"
WENHAO = "蕤政办发〔2025〕6号"
TITLE = "蕤川县人民政府办公室关于印发2025年《政府工作报告》重点工作任务分工的通知"
ZHUSONG = "各乡（镇）人民政府，县直各单位："
COVER = [
    "县十八届人大五次会议审议通过的《政府工作报告》，明确了2025年全县经济社会发展的主要目标和重点任务。"
    "为确保各项目标任务落到实处，经县人民政府同意，现将2025年《政府工作报告》重点工作任务分工印发给你们，"
    "并就有关事项通知如下：",
    ("一、提高思想认识。", "各乡镇、各部门要把落实《政府工作报告》作为全年工作的重中之重，对照任务分工，"
     "逐项制定工作方案，细化目标措施，明确时间节点，确保各项工作有序推进。"),
    ("二、压实工作责任。", "责任县领导对分管领域重点任务负领导责任，牵头单位对任务落实负总责，"
     "牵头单位有两个的，排在第一位的为主牵头单位，负责统筹协调；配合单位要按照职责分工主动对接、积极配合，"
     "形成工作合力。任务分工中未列明的县直单位，要对照《政府工作报告》做好本职工作。"),
    ("三、强化督查考核。", "各牵头单位要于每季度最后一个月25日前，将任务推进情况书面报送县政府督查室"
     "（联系电话：0735-6621347）。县政府督查室将对重点任务落实情况实行清单化管理、常态化督办，"
     "督查结果纳入年度绩效考核。"),
]
FUJIAN = "附件：2025年《政府工作报告》重点工作任务分工"
DATE = "2025年3月6日"
FUZHU = "（此件公开发布）"
ATT_TITLE = "2025年《政府工作报告》重点工作任务分工"
HEADER = ["序号", "重点工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]
CHAOSONG = "抄送：县委各部门，县人大常委会办公室，县政协办公室，县纪委监委，县人武部，县法院，县检察院。"
YINFA = ("蕤川县人民政府办公室", "2025年3月6日印发")


# ---------------------------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------------------------
def set_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east)
    fonts.set(qn("w:ascii"), ascii_font)
    fonts.set(qn("w:hAnsi"), ascii_font)
    if bold:
        run.bold = True
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def fmt_par(p, align=None, indent=False, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_par(doc_or_cell, text, east="仿宋_GB2312", size=16, align=None, indent=False, bold=False,
            color=None, line=28, before=0, after=0, first=False):
    if first:
        p = doc_or_cell.paragraphs[0]
    else:
        p = doc_or_cell.add_paragraph()
    fmt_par(p, align, indent, line, before, after)
    add_runs(p, text, east, size, bold, color)
    return p


def add_runs(p, text, east, size, bold=False, color=None):
    """text may start with **…** for a bold run-in."""
    if text.startswith("**"):
        end = text.index("**", 2)
        set_font(p.add_run(text[2:end]), east, size, bold=True, color=color)
        text = text[end + 2:]
    if text:
        set_font(p.add_run(text), east, size, bold=bold, color=color)


def cell_margins_and_width(cell, width_mm):
    cell.width = Mm(width_mm)


def set_vmerge(cell, restart):
    tcPr = cell._tc.get_or_add_tcPr()
    vm = OxmlElement("w:vMerge")
    if restart:
        vm.set(qn("w:val"), "restart")
    tcPr.append(vm)


def set_borders(table, spec):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        val, sz = spec.get(edge, ("nil", 0))
        e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        b.append(e)
    look = tblPr.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(b)          # schema order: tblBorders before tblLook
    else:
        tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trPr.append(h)


def add_page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        else:
            if txt.strip() == "PAGE":
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = txt
                r._element.append(it)
            else:
                t = OxmlElement("w:t")
                t.text = txt
                r._element.append(t)
    set_font(p.add_run(" —"), "宋体", 14)


def red_rule(p):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bot = OxmlElement("w:bottom")
    bot.set(qn("w:val"), "single")
    bot.set(qn("w:sz"), "18")
    bot.set(qn("w:space"), "8")
    bot.set(qn("w:color"), "FF0000")
    bdr.append(bot)
    pPr.insert(0, bdr)               # no pStyle/numPr here: pBdr goes before spacing and jc


# ---------------------------------------------------------------------------------------------
def build_docx(path):
    doc = Document()
    cp = doc.core_properties
    cp.author = "县政府办秘书股"
    cp.last_modified_by = "县政府督查室"
    cp.title = TITLE
    cp.created = datetime(2025, 3, 6, 9, 12, 0)
    cp.modified = datetime(2025, 3, 6, 16, 40, 0)
    cp.last_printed = datetime(2025, 3, 6, 16, 45, 0)
    cp.revision = 7

    st = doc.styles["Normal"]
    st.font.size = Pt(16)
    st.font.name = "Times New Roman"
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋_GB2312")

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    add_page_number_footer(sec)

    # 版头
    add_par(doc, ISSUER + "文件", east="方正小标宋简体", size=36, align=WD_ALIGN_PARAGRAPH.CENTER,
            color="FF0000", line=40, before=60, after=30)
    p = add_par(doc, WENHAO, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    red_rule(p)
    add_par(doc, "", line=28)
    add_par(doc, TITLE, east="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    add_par(doc, "", line=28)
    add_par(doc, ZHUSONG)
    for c in COVER:
        if isinstance(c, tuple):
            p = doc.add_paragraph()
            fmt_par(p, indent=True, line=28)
            set_font(p.add_run(c[0]), "黑体", 16)
            set_font(p.add_run(c[1]), "仿宋_GB2312", 16)
        else:
            add_par(doc, c, indent=True)
    add_par(doc, "", line=28)
    add_par(doc, FUJIAN, indent=True)
    add_par(doc, "", line=28)
    add_par(doc, "", line=28)
    add_par(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Mm(14)
    add_par(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Mm(18)
    add_par(doc, FUZHU, indent=True)

    # 附件 on a landscape section
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Mm(297), Mm(210)
    new.top_margin, new.bottom_margin = Mm(28), Mm(26)
    new.left_margin, new.right_margin = Mm(37), Mm(35)
    add_par(doc, "附件", east="黑体", size=16, first=False)
    add_par(doc, ATT_TITLE, east="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True,
            line=33, after=12)

    nrows = 1 + sum(1 + sum(2 if "rows" in t else 1 for t in tasks) for _, tasks in SECTIONS)
    widths = [12, 98, 22, 32, 42, 19]   # mm, sum 225
    table = doc.add_table(rows=nrows, cols=6)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in table.rows:
        for i, c in enumerate(row.cells):
            cell_margins_and_width(c, widths[i])
    for i, gc in enumerate(table._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(round(widths[i] * 56.7))))
    hdr = table.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(HEADER):
        add_par(hdr.cells[i], h, east="黑体", size=12, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True,
                line=20, first=True)

    def fill(cell, paras, align=None):
        for k, t in enumerate(paras):
            add_par(cell, t, size=12, align=align, line=20, first=(k == 0))

    r = 1
    for sec_title, tasks in SECTIONS:
        row = table.rows[r]
        m = row.cells[0].merge(row.cells[5])
        add_par(m, sec_title, east="黑体", size=12, bold=True, line=20, first=True)
        r += 1
        for t in tasks:
            cells = table.rows[r].cells
            span = 2 if "rows" in t else 1
            fill(cells[0], [t["no"]], WD_ALIGN_PARAGRAPH.CENTER)
            fill(cells[1], t["text"])
            for col, key, al in ((2, "ldr", WD_ALIGN_PARAGRAPH.CENTER), (3, "lead", None),
                                 (4, "coop", None), (5, "dl", WD_ALIGN_PARAGRAPH.CENTER)):
                v = t[key]
                if v is MERGE:
                    set_vmerge(cells[col], False)
                else:
                    fill(cells[col], v if isinstance(v, list) else [v], al)
                    nxt = None
                    # does the next row continue this cell?
                    if span == 2 and col in (2, 5):
                        nxt = True
                    else:
                        nxt = next_merges(tasks, t, key)
                    if nxt:
                        set_vmerge(cells[col], True)
            if span == 2:
                c2 = table.rows[r + 1].cells
                set_vmerge(cells[0], True)
                set_vmerge(c2[0], False)
                fill(c2[1], t["rows"]["text"])
                set_vmerge(c2[2], False)
                fill(c2[3], t["rows"]["lead"])
                fill(c2[4], t["rows"]["coop"])
                set_vmerge(c2[5], False)
            r += span
    for row in table.rows:
        for c in row.cells:
            for p in c.paragraphs:
                if not p.runs and not p.text:
                    pass
    doc.add_paragraph()

    # 版记 table: 抄送 / 印发
    bj = doc.add_table(rows=2, cols=1)
    set_borders(bj, {"top": ("single", 8), "bottom": ("single", 8), "insideH": ("single", 4)})
    add_par(bj.rows[0].cells[0], CHAOSONG, size=14, line=28, first=True)
    p = bj.rows[1].cells[0].paragraphs[0]
    fmt_par(p, line=28)
    set_font(p.add_run(YINFA[0] + "\t"), "仿宋_GB2312", 14)
    set_font(p.add_run(YINFA[1]), "仿宋_GB2312", 14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(220))
    doc.save(path)


def next_merges(tasks, t, key):
    i = tasks.index(t)
    return i + 1 < len(tasks) and tasks[i + 1][key] is MERGE


def normalize_zip(path):
    """Rewrite the zip with fixed timestamps and a fixed member order (python-docx stamps 'now')."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 6, 16, 40, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------------------------
# gold
# ---------------------------------------------------------------------------------------------
SEP = "、，；"


def split_units(paras):
    out = []
    for p in paras:
        cur = ""
        depth = 0
        for ch in p:
            if ch in "（(":
                depth += 1
            elif ch in "）)":
                depth -= 1
            if ch in SEP and depth == 0:
                if cur:
                    out.append(cur)
                cur = ""
            else:
                cur += ch
        if cur:
            out.append(cur)
    return [u for u in out if u not in ("无", "/")]


def plain(text):
    return text.replace("**", "")


def build_gold():
    rows = []
    prev = {}
    for _, tasks in SECTIONS:
        for t in tasks:
            vals = {}
            for key in ("ldr", "lead", "coop", "dl"):
                vals[key] = prev[key] if t[key] is MERGE else t[key]
            prev = vals
            lead = split_units(vals["lead"])
            coop = split_units(vals["coop"])
            if "rows" in t:
                lead2 = split_units(t["rows"]["lead"])
                coop2 = split_units(t["rows"]["coop"])
                resp = []
                for u in lead + coop + lead2 + coop2:
                    if u not in resp:
                        resp.append(u)
                lead = lead + [u for u in lead2 if u not in lead]
                coop = coop + [u for u in coop2 if u not in coop]
            else:
                resp = lead + coop
            leaders = [n.replace("　", "") for n in split_units(vals["ldr"])]
            text = plain("".join(t["text"]))
            head = "".join(ch for ch in text if not ch.isspace())[:12]
            rows.append({
                "id": t["no"], "marker": t["no"], "head": head,
                "responsible_units": resp, "lead_units": lead, "cooperating_units": coop,
                "leaders": leaders, "deadline": vals["dl"],
            })
    return rows


def main():
    pandoc = shutil.which("pandoc")
    if not pandoc:
        subprocess.run(["apt-get", "install", "-y", "pandoc"], check=True)
        pandoc = shutil.which("pandoc")
    ver = subprocess.run([pandoc, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    build_docx(SRC)
    normalize_zip(SRC)
    res = subprocess.run([pandoc, "-f", "docx", "-t", "dokuwiki", SRC], capture_output=True, check=True)
    with open(OUT, "wb") as f:
        f.write(res.stdout)
    gold = build_gold()
    assert 20 <= len(gold) <= 45
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"{ver}: wrote {os.path.basename(SRC)}, {os.path.basename(OUT)} ({len(res.stdout)} bytes), "
          f"{os.path.basename(GOLD)} ({len(gold)} tasks)")


if __name__ == "__main__":
    sys.exit(main())
