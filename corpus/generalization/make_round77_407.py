#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 77 / 407 (control case): a 市人民政府办公室 notice 印发ing the division
of the year's 政府工作报告 tasks among the 市政府领导 and the 市直 departments,
as the Word file the office circulates.

Writes 407_fengze_shi_gzbg_renwu_fengong.docx next to this script.

The ordinary form: a 公文 in a portrait section (发文机关标志, 文号, title, 主送,
three 一、 requirement paragraphs, 附件说明, 落款, date, 附注), then a landscape
section with the attachment: one ruled table
  序号 | 重点工作任务 | 责任市领导 | 牵头单位 | 配合单位 | 完成时限
with part rows spanning the table (一、…（6项）), 序号 running 1–34 through the
parts, the 责任市领导 cell merged down where one leader has several tasks in a
row, one 牵头单位 cell merged down, a repeated header row; a last portrait
section with the 版记.

Ordinary Word imperfections: body indents typed as full-width spaces in some
paragraphs and set by first-line indent in others, empty paragraphs for spacing,
runs split in the middle of words (edit history, a proofErr mark), two leaders
in one cell as two paragraphs, one cell whose units are parted by `，` instead of
`、`, a trailing space in a 序号 cell, an empty trailing paragraph in some cells,
a task cell in two paragraphs, `/` for no cooperating unit.
"""
import copy
import os

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "407_fengze_shi_gzbg_renwu_fengong.docx")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

# --------------------------------------------------------------------------
# The attachment's table.
# ("PART", text) = part row spanning the table
# (no, task, leaders, lead, coop, deadline)
# In strings: "|" splits runs (edit history), "\n" starts a new paragraph in
# the cell. A leader/lead of None means "merged into the cell above".
# --------------------------------------------------------------------------
ROWS = [
    ("PART", "一、着力扩大有效需求，推动经济持续回升向好（6项）"),
    ("1", "全市地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长7%，固定资产投资增长8%，社会消费品零售总额增长6.5%。",
     "周启航、韩立川", "市发展改革委",
     "市统计局、市财政局、市工业和信息化局、市商务局、各县（市、区）人民政府",
     "2024年12月底"),
    ("2", "扩大有效投资。全年实施市级重点项目320个、完成投资650亿元以上，争取超长期特别国债和中央预算内投资项目40个以上。",
     "韩立川", "市发展改革委",
     "市财政局、市自然资源和规划局、市生态环境局、市住房城乡建设局",
     "2024年12月底"),
    ("3", "加力促进消费。开展“枫泽好物”“四季消费”系列促消费活动80场以上，推动汽车、家电以旧换新，培育夜间经济集聚区5个。",
     None, "市商务局",
     "市文化广电旅游局、市市场监管局、市财政局",
     "2024年12月底"),
    ("4", "稳外贸稳外资。实际使用外资1.2亿美元，进出口总额增长5%以上，新增有进出口实绩企业60家。",
     None, "市商务局",
     "市投资促进局、枫泽海关、人民银行枫泽市分行、市税务局",
     "2024年12月底"),
    ("5", "强化财政金融支撑。争取新增地方政府专项债券额度60亿元以上；新增贷款300亿元以上，推动2家企业上市。",
     None, "市财政局、市委金融办",
     "人民银行枫泽市分行、国家金融监督管理总局枫泽监管分局",
     "2024年12月底"),
    ("6", "全力抓好招商引资。全年引进亿元以上项目150个，其中10亿元以上项目20个，实际到位资金增长10%。",
     "周启航", "市投资促进局",
     "市发展改革委、市商务局、枫泽高新区管委会、各县（市、区）人民政府",
     "2024年12月底"),

    ("PART", "二、坚持创新驱动，加快构建现代化产业体系（6项）"),
    ("7", "做强先进制造业集群。推动新能源电池、高端装备、绿色食品三大产业集群产值分别增长15%、10%、8%。",
     "贺晓峰", "市工业和信息化局",
     "市发展改革委、市科技局、枫泽高新区管委会",
     "2024年12月底"),
    ("8", "推进工业技术改造。实施技改项目200个以上，新增“专精特新”中小企业30家、省级智能工厂和数字化车间15个。",
     None, None,
     "市财政局、市科技局",
     "2024年12月底"),
    ("9", "提升科技创新能力。全社会研发投入强度达到2.3%，新认定高新技术企业120家，新建省级以上创新平台10个。",
     None, "市科技局",
     "市财政局、市教育局、市统计局",
     "2024年12月底"),
    ("10", "加快数字经济发展。新建5G基站1500个，数字经济核心产业增加值增长12%，推动300家企业“上云用数赋智”。",
     None, "市数据局",
     "市工业和信息化局、市通信发展管理办公室",
     "2024年11月底"),
    ("11", "加快发展现代服务业。推动现代物流、科技服务、研发设计等生产性服务业增加值增长8%以上，建成枫泽港物流园二期。",
     "韩立川\n梁静怡", "市发展改革委",
     "市交通运输局、市商务局、枫泽港务集团",
     "2024年10月底"),
    ("12", "强化人才支撑。深入实施“枫聚英才”计划，引进高层次人才300名、高校毕业生1.5万名，筹集人才公寓2000套。",
     "林书媛", "市人力资源社会保障局",
     "市委人才办、市住房城乡建设局、市教育局",
     "2024年12月底"),

    ("PART", "三、深化改革开放，持续优化营商环境（4项）"),
    ("13", "深化国资国企改革。完成国有企业改革深化提升行动年度任务，推进市属国有企业整合重组，国有企业营业收入增长8%。",
     "韩立川", "市国资委",
     "市财政局",
     "2024年12月底"),
    ("14", "持续优化营商环境。深化“高效办成一件事”改革，政务服务事项“一网通办”率达到95%以上，企业开办时间压缩至1个工作日内。",
     "钟子谦", "市政务服务中心",
     "市市场监管局，市数据局，各县（市、区）人民政府",
     "2024年6月底"),
    ("15", "促进民营经济发展壮大。全面落实支持民营经济发展各项政策，常态化开展“千名干部联千企”活动，依法清理拖欠企业账款。",
     "贺晓峰", "市发展改革委、市工业和信息化局",
     "市财政局、市工商联、市市场监管局",
     "持续推进"),
    ("16", "推进开放平台建设。推动枫泽综合保税区封关运营，开行至东盟国家国际货运班列20列以上。",
     "韩立川", "市商务局",
     "枫泽海关、市交通运输局、枫泽高新区管委会",
     "2024年9月底"),

    ("PART", "四、推进乡村全面振兴，促进城乡融合发展（6项）"),
    ("17", "稳定粮食生产。全市粮食播种面积稳定在210万亩以上、产量稳定在85万吨以上，新建高标准农田8万亩。",
     "邵国栋", "市农业农村局",
     "市自然资源和规划局、市财政局、市水利局、各县（市、区）人民政府",
     "2024年12月底"),
    ("18", "发展乡村特色产业。新培育市级以上农业产业化龙头企业15家，农产品加工业产值增长7%，打响“枫泽茶油”区域公用品牌。",
     None, "市农业农村局",
     "市市场监管局、市商务局、市林业局",
     "2024年12月底"),
    ("19", "巩固拓展脱贫攻坚成果。健全防止返贫动态监测和帮扶机制，脱贫人口人均纯收入增长10%以上，确保不发生规模性返贫。",
     None, "市农业农村局",
     "市民政局、市医保局、市教育局、市住房城乡建设局",
     "2024年12月底"),
    ("20", "加强水利基础设施建设。加快枫江引水工程建设，完成中小河流治理60公里、病险水库除险加固12座。",
     None, "市水利局",
     "市发展改革委、市财政局",
     "2024年11月底"),
    ("21", "推进以人为本的新型城镇化。实施城市更新行动，改造城镇老旧小区85个、城中村3个，新建改造城市燃气管网120公里。",
     "梁静怡", "市住房城乡建设局",
     "市自然资源和规划局、市城管局、各县（市、区）人民政府",
     "2024年12月底"),
    ("22", "完善综合交通网络。加快枫泽至南坪高速公路建设，完成国省道改造120公里、农村公路提质改造300公里。",
     None, "市交通运输局",
     "市发展改革委、市自然资源和规划局、市财政局",
     "2024年12月底"),

    ("PART", "五、加强生态环境保护，推动绿色低碳发展（4项）"),
    ("23", "深入打好污染防治攻坚战。中心城区PM2.5平均浓度控制在32微克/立方米以内，空气质量优良天数比例达到90%以上。",
     "梁静怡", "市生态环境局",
     "市发展改革委、市工业和信息化局、市住房城乡建设局、市交通运输局、市公安局",
     "2024年12月底"),
    ("24", "全面落实河湖长制。国考、省考断面水质达标率保持100%，县级以上集中式饮用水水源地水质达标率保持100%。",
     "邵国栋", "市水利局、市生态环境局",
     "各县（市、区）人民政府",
     "2024年12月底"),
    ("25", "稳妥推进绿色低碳转型。完成单位地区生产总值能耗下降省定目标，新增光伏、风电装机容量30万千瓦。",
     "贺晓峰", "市发展改革委",
     "市工业和信息化局、市生态环境局、市统计局",
     "2024年12月底"),
    ("26", "加强自然资源保护利用。完成国土绿化8万亩，严格落实耕地保护制度和林长制，完成自然保护地整合优化。",
     "梁静怡", "市自然资源和规划局",
     "市林业局、各县（市、区）人民政府",
     "2024年12月底"),

    ("PART", "六、持续增进民生福祉，推进社会治理现代化（8项）"),
    ("27", "促进高质量充分就业。城镇新增就业3.5万人，城镇调查失业率控制在5.5%以内，开展职业技能培训3万人次。",
     "林书媛", "市人力资源社会保障局",
     "市教育局、市财政局、市农业农村局",
     "2024年12月底"),
    ("28", "办好人民满意教育。新建改扩建中小学、幼儿园25所，新增学位1.8万个，加快枫泽职业技术学院新校区建设。",
     None, "市教育局",
     "市发展改革委、市财政局、市自然资源和规划局、市住房城乡建设局",
     "2024年8月底"),
    ("29", "推进健康枫泽建设。加快市人民医院新院区、市妇幼保健院迁建项目建设，新组建紧密型县域医共体3个。",
     None, "市卫生健康委",
     "市医保局、市发展改革委、市财政局",
     "2024年12月底"),
    ("30", "健全社会保障体系。基本养老保险参保率稳定在95%以上，新建社区嵌入式养老服务中心20个、老年助餐点100个。",
     None, "市民政局、市人力资源社会保障局",
     "市医保局、市财政局",
     "2024年12月底"),
    ("31", "繁荣文化旅游事业。办好第五届枫泽文化旅游节，新创建国家4A级旅游景区2家，全年接待游客人次增长12%以上。",
     None, "市文化广电旅游局",
     "/",
     "2024年10月底"),
    ("32", "统筹发展和安全。深入开展安全生产治本攻坚三年行动，坚决遏制重特大事故发生。\n常态化开展扫黑除恶斗争，建设更高水平的平安枫泽。",
     "唐振宇", "市应急管理局、市公安局",
     "市住房城乡建设局、市交通运输局、市消防救援支队",
     "持续推进"),
    ("33", "加强政府自身建设。坚持过紧日子，一般性支出压减5%以上；深化法治政府建设，依法接受市人大及其常委会监督。",
     "周启航", "市政府办公室",
     "市司法局、市财政局、市审计局",
     "持续推进"),
    ("34", "办好十件民生实事。高质量完成年初确定的十件民生实事，按季度向社会公开进展情况。",
     "钟子谦", "市政府办公室",
     "各民生实事牵头单位",
     "2024年12月底"),
]

# run splits inserted into a few cell strings (edit history)
SPLIT_RUNS = {
    ("4", "coop"): "市投资促进|局、枫泽海关、人民银行枫泽|市分行、市税务局",
    ("9", "task"): "提升科技创新能力。全社会研发投入|强度达到2.3%，新认定高新技术企业120家，新建省级以上创新平台10个。",
    ("15", "lead"): "市发展改革委、市工业|和信息化局",
    ("21", "task"): "推进以人为本的新型城|镇化。实施城市更新行动，改造城镇老旧小区85个、城中村3个，新建改造城市燃气管网120公里。",
    ("29", "coop"): "市医保局、市发展|改革委、市财政局",
}
PROOF_ERR = {("10", "coop")}            # a spelling mark around a unit name
TRAILING_SPACE_NO = {"19"}              # 序号 typed "19 "
EMPTY_TAIL_PARA = {("6", "coop"), ("22", "task"), ("30", "lead")}


# --------------------------------------------------------------------------
def set_font(run, east, size, bold=False, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    rfonts.set(qn("w:eastAsia"), east)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")
    rpr.append(lang)


def para_fmt(p, align=None, first_indent=None, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_par(doc, text, east=FS, size=16, bold=False, align=None,
            first_indent=None, line=28, before=0, after=0):
    p = doc.add_paragraph()
    para_fmt(p, align, first_indent, line, before, after)
    if text:
        for piece in text.split("|"):
            r = p.add_run(piece)
            set_font(r, east, size, bold)
    return p


def add_runs(p, text, east, size, bold=False, proof=False):
    pieces = text.split("|")
    for piece in pieces:
        r = p.add_run(piece)
        set_font(r, east, size, bold)
    if proof:
        # wrap the run text around a spelling mark: split "市通信发展管理办公室"
        runs = p._p.findall(qn("w:r"))
        last = runs[-1]
        t = last.find(qn("w:t"))
        full = t.text
        k = full.find("市通信发展管理办公室")
        if k > 0:
            t.text = full[:k]
            t.set(qn("xml:space"), "preserve")
            ps = OxmlElement("w:proofErr")
            ps.set(qn("w:type"), "spellStart")
            last.addnext(ps)
            r2 = copy.deepcopy(last)
            r2.find(qn("w:t")).text = full[k:]
            ps.addnext(r2)
            pe = OxmlElement("w:proofErr")
            pe.set(qn("w:type"), "spellEnd")
            r2.addnext(pe)


def cell_text(cell, text, east=FS, size=12, bold=False, align=None,
              proof=False, empty_tail=False):
    paras = text.split("\n")
    first = cell.paragraphs[0]
    for i, ptxt in enumerate(paras):
        p = first if i == 0 else cell.add_paragraph()
        para_fmt(p, align, None, line=18)
        add_runs(p, ptxt, east, size, bold, proof=proof and i == len(paras) - 1)
    if empty_tail:
        p = cell.add_paragraph()
        para_fmt(p, align, None, line=18)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_cell_width(cell, mm):
    cell.width = Mm(mm)


TBLPR_ORDER = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual",
               "tblStyleRowBandSize", "tblStyleColBandSize", "tblW", "jc",
               "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout",
               "tblCellMar", "tblLook"]


def sort_tblpr(table):
    tblpr = table._tbl.tblPr
    kids = list(tblpr)
    for k in kids:
        tblpr.remove(k)
    kids.sort(key=lambda e: TBLPR_ORDER.index(e.tag.split("}")[1]))
    for k in kids:
        tblpr.append(k)


def set_grid(table, widths):
    tbl = table._tbl
    tblpr = tbl.tblPr
    tw = OxmlElement("w:tblW")
    tw.set(qn("w:w"), str(int(sum(widths) * 56.7)))
    tw.set(qn("w:type"), "dxa")
    old = tblpr.find(qn("w:tblW"))
    if old is not None:
        tblpr.remove(old)
    tblpr.append(tw)
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    for gc, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 56.7)))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trpr.append(c)


def set_table_borders(table):
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblpr.append(borders)


def add_page_number_footer(section):
    footer = section.footer
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, ST_FONT, 14)
    r = p.add_run()
    set_font(r, ST_FONT, 14)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r._r.append(fc)
    r = p.add_run()
    set_font(r, ST_FONT, 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    r = p.add_run()
    set_font(r, ST_FONT, 14)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r._r.append(fc)
    r = p.add_run("1")
    set_font(r, ST_FONT, 14)
    r = p.add_run()
    set_font(r, ST_FONT, 14)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r._r.append(fc)
    r = p.add_run(" —")
    set_font(r, ST_FONT, 14)


ST_FONT = "宋体"


def hr_paragraph(doc, color="FF0000", sz="12"):
    p = doc.add_paragraph()
    para_fmt(p, None, None, line=8)
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    sp = ppr.find(qn("w:spacing"))
    sp.addprevious(pbdr)
    return p


def main():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    add_page_number_footer(sec)

    # ---- 版头 ----
    for _ in range(2):
        add_par(doc, "", line=28)
    p = add_par(doc, "枫泽市人民政府办公室文件", east=XBS, size=36,
                align=WD_ALIGN_PARAGRAPH.CENTER, line=60)
    for r in p.runs:
        r.font.color.rgb = RGBColor(0xFF, 0, 0)
    add_par(doc, "", line=28)
    add_par(doc, "枫政办发〔2024〕6号", align=WD_ALIGN_PARAGRAPH.CENTER)
    hr_paragraph(doc)
    add_par(doc, "", line=28)

    # ---- title ----
    add_par(doc, "枫泽市人民政府办公室关于印发2024年", east=XBS, size=22,
            align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    add_par(doc, "市政府工作报告重点工作任务分工方案的通知", east=XBS, size=22,
            align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    add_par(doc, "", line=28)

    # ---- 主送 ----
    add_par(doc, "各县（市、区）人民政府，枫泽高新区管委会，市政府各部门、各直属机构：")

    # ---- body ----
    add_par(doc, "　　《2024年市政府工作报告》已经市十七届人大四次会议审议通过。"
                 "为确保报告确定的各项目标任务落到实处，经市人民政府同意，现将"
                 "《2024年市政府工作报告重点工作任务分工方案》印发给你们，并就有关事项通知如下：")
    add_par(doc, "一、提高思想认识，压实工作责任", east=HT, first_indent=32)
    add_par(doc, "各责任市领导要加强对分管领域重点工作的统筹调度，定期听取工作进展，"
                 "及时协调解决重大问题。各牵头单位对牵头事项负总责，主要负责同志要亲自"
                 "研究部署，细化工作举措，明确时间节点；各配合单位要按照职责分工，主动"
                 "对接、密切配合，形成工作合力。", first_indent=32)
    add_par(doc, "二、强化督查督办，确保按期完成", east=HT, first_indent=32)
    add_par(doc, "　　市政府督查室要将分工方案确定的各项任务纳入年度督查督办重点，实行"
                 "清单化管理、台账式推进，对工作推进不力、进度明显滞后的单位，按有关规"
                 "定予以通报。任务完成情况纳入年度绩效考核。")
    add_par(doc, "三、及时报送进展，加强信息反馈", east=HT, first_indent=32)
    add_par(doc, "请各牵头单位会同配合单位，于每季度最后一个月的25日前将任务进展情况"
                 "（含电子文档）报送市政府督查室，全年工作总结于12月10日前报送。涉及多个"
                 "牵头单位的任务，由排在第一位的牵头单位负责汇总报送。", first_indent=32)
    add_par(doc, "联系人：许佳宁，联系电话：0736-8215063，电子邮箱：fzszfdcs@163.com。",
            first_indent=32)
    add_par(doc, "")
    add_par(doc, "附件：2024年市政府工作报告重点工作任务分工方案", first_indent=32)
    add_par(doc, "")
    add_par(doc, "")
    p = add_par(doc, "枫泽市人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2024年2月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    add_par(doc, "")
    add_par(doc, "（此件公开发布）", first_indent=32)

    # ---- attachment in a landscape section ----
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Mm(297), Mm(210)
    sec2.top_margin, sec2.bottom_margin = Mm(28), Mm(26)
    sec2.left_margin, sec2.right_margin = Mm(30), Mm(28)

    add_par(doc, "附件", east=HT, size=16)
    add_par(doc, "")
    add_par(doc, "2024年市政府工作报告重点工作任务分工方案", east=XBS, size=22,
            align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    add_par(doc, "")

    widths = [12, 96, 22, 38, 0, 21]
    widths[4] = 239 - sum(widths)

    table = doc.add_table(rows=1, cols=6)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(table)
    set_grid(table, widths)
    sort_tblpr(table)
    hdr = table.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(["序号", "重点工作任务", "责任市领导", "牵头单位", "配合单位", "完成时限"]):
        c = hdr.cells[i]
        cell_text(c, h, east=HT, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
        set_cell_width(c, widths[i])

    merges = []          # (col, first_row_idx, last_row_idx)
    open_merge = {}      # col -> start index
    for row in ROWS:
        r = table.add_row()
        cant_split(r)
        ridx = len(table.rows) - 1
        for i in range(6):
            set_cell_width(r.cells[i], widths[i])
        if row[0] == "PART":
            for col in list(open_merge):
                s = open_merge.pop(col)
                if ridx - 1 > s:
                    merges.append((col, s, ridx - 1))
            a = r.cells[0].merge(r.cells[5])
            cell_text(a, row[1], east=HT, size=12)
            continue
        no, task, leaders, lead, coop, deadline = row
        vals = {"no": no + (" " if no in TRAILING_SPACE_NO else ""),
                "task": SPLIT_RUNS.get((no, "task"), task),
                "leaders": leaders, "lead": SPLIT_RUNS.get((no, "lead"), lead),
                "coop": SPLIT_RUNS.get((no, "coop"), coop), "deadline": deadline}
        cols = ["no", "task", "leaders", "lead", "coop", "deadline"]
        for ci, key in enumerate(cols):
            v = vals[key]
            if v is None:
                continue            # continues a vertical merge
            if key in ("leaders", "lead"):
                s = open_merge.pop(ci, None)
                if s is not None and ridx - 1 > s:
                    merges.append((ci, s, ridx - 1))
                open_merge[ci] = ridx
            align = None if key == "task" else WD_ALIGN_PARAGRAPH.CENTER
            if key in ("lead", "coop"):
                align = None if len(v.replace("|", "")) > 12 else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(r.cells[ci], v, align=align,
                      proof=(no, key) in PROOF_ERR,
                      empty_tail=(no, key) in EMPTY_TAIL_PARA)
    last = len(table.rows) - 1
    for col, s in open_merge.items():
        if last > s:
            merges.append((col, s, last))
    for col, s, e in merges:
        table.cell(s, col).merge(table.cell(e, col))

    add_par(doc, "")

    # ---- 版记 in a last portrait section ----
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Mm(210), Mm(297)
    sec3.top_margin, sec3.bottom_margin = Mm(37), Mm(35)
    sec3.left_margin, sec3.right_margin = Mm(28), Mm(26)
    for _ in range(18):
        add_par(doc, "")
    hr_paragraph(doc, color="000000", sz="8")
    add_par(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市纪委监委，"
                 "市中级人民法院，市人民检察院，枫泽军分区。", size=14, first_indent=14)
    hr_paragraph(doc, color="000000", sz="4")
    add_par(doc, "枫泽市人民政府办公室　　　　　　　　　　2024年2月26日印发",
            size=14, first_indent=14)
    hr_paragraph(doc, color="000000", sz="8")

    doc.core_properties.author = "szfb-wj"
    doc.core_properties.title = "枫政办发〔2024〕6号"
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
