#!/usr/bin/python3
"""Round 128 / 654 — control case.

A 经济技术开发区管委会 red-header Word notice (drafted by its 党政办公室) that divides
the zone's 2026 工作要点 among its 局/中心/公司. The 附件 is a Word table
序号 / 重点任务 / 责任领导 / 责任部门 / 完成时限 with part rows (一、…) merged
across; the cover says the first 责任部门 named is the lead.

Writes (deterministically):
  654_puchuan_jingkaiqu_gongzuo_yaodian_renwu_fengong.docx
  654_puchuan_jingkaiqu_gongzuo_yaodian_renwu_fengong.tasks.gold.jsonl
"""
import datetime
import io
import json
import os
import re
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "654_puchuan_jingkaiqu_gongzuo_yaodian_renwu_fengong"
DOCX = os.path.join(HERE, BASE + ".docx")
GOLD = os.path.join(HERE, BASE + ".tasks.gold.jsonl")

ZONE = "璞川经济技术开发区"
ISSUER = ZONE + "管理委员会"
WENHAO = "璞开管发〔2026〕2号"
DATE = "2026年2月27日"
TITLE = ISSUER + "关于印发《" + ZONE + "2026年工作要点》任务分工的通知"
ATT_TITLE = ZONE + "2026年工作要点任务分工"

RED = RGBColor(0xFF, 0x00, 0x00)

# ---------------------------------------------------------------------------
# The attachment: parts and tasks.
# Each task: (text, leaders_cell, units_cell, deadline_cell)
#   leaders_cell: str (one paragraph) or list of str (several paragraphs), or
#                 None when merged down from the row above (vMerge continue)
#   deadline_cell: str, or None when merged down from the row above
# ---------------------------------------------------------------------------
PARTS = [
    ("一、坚持项目为王，扩大有效投资", [
        ("全年实施重点项目120个，固定资产投资增长8%以上，其中工业投资增长12%以上，制造业投资占比稳定在60%以上。",
         "高文彬", "经济发展局、规划建设局、自然资源分局，各街道（园区）", "全年"),
        ("深化“项目攻坚年”行动，落实重点项目“一个项目、一名领导、一个专班”推进机制，实行月调度、季观摩、年考核。",
         None, "经济发展局、党政办公室", "持续推进"),
        ("加快推进新能源汽车零部件产业园、数字经济产业园二期等重大项目建设，力争12个项目年内竣工投产。",
         "韩立新", "规划建设局、经济发展局、开投集团", "2026年12月底前"),
        ("积极争取超长期特别国债、地方政府专项债券等上级资金，全年争取专项债券资金10亿元以上。",
         "高文彬", "财政局、经济发展局", "2026年10月底前"),
        ("深入推进“标准地+承诺制”改革，新增供应工业用地2000亩以上，盘活批而未供和闲置土地800亩。",
         "韩立新", "自然资源分局、规划建设局、征收服务中心", "2026年11月底前"),
        ("强化项目要素保障，统筹做好用能、用水、环境容量等指标调剂，确保重点项目要素应保尽保。",
         "高文彬", "经济发展局、生态环境分局、自然资源分局", "全年"),
    ]),
    ("二、坚持招商引资“一号工程”，增强发展后劲", [
        ("实施产业链精准招商，围绕新能源汽车零部件、高端装备制造、电子信息三大主导产业绘制招商图谱，全年新签约亿元以上项目40个，其中10亿元以上项目6个。",
         "邹明远、许　丽", "投资促进局、经济发展局、科技创新局", "全年"),
        ("创新招商方式，开展驻点招商、以商招商、基金招商，全年举办专题招商推介活动不少于10场。",
         "许　丽", "投资促进局", "2026年12月底前"),
        ("实际利用外资1.2亿美元，外贸进出口总额增长10%以上。",
         None, "投资促进局、经济发展局、综保区服务中心", "全年"),
        ("建立签约项目全周期跟踪服务机制，签约项目开工率达到60%以上、资金到位率达到50%以上。",
         None, "投资促进局、企业服务中心、行政审批局", "2026年12月底前"),
        ("大力发展总部经济和楼宇经济，新引进区域总部、结算中心等5家以上，楼宇入驻率达到85%。",
         None, "投资促进局、财政局，税务局", "全年"),
    ]),
    ("三、坚持创新驱动，加快产业转型升级", [
        ("实施工业企业技术改造三年行动，全年实施技改项目60个以上，技改投资增长15%。",
         "贾振", "科技创新局、经济发展局", "全年"),
        ("新增国家高新技术企业30家、科技型中小企业80家，规上工业企业研发机构覆盖率达到55%。",
         None, "科技创新局", "2026年12月底前"),
        ("推进制造业数字化转型，新建省级数字化车间、智能工厂10个以上，新增上云企业150家。",
         None, "科技创新局、经济发展局", "2026年11月底前"),
        ("梯次培育优质企业，新增专精特新中小企业15家、规上工业企业30家，力争新增上市企业1家",
         ["贾振", "高文彬"], "科技创新局、财政局、经济发展局", "2026年12月底前"),
        ("深入实施“璞才计划”，新引进高层次人才50名、高校毕业生3000名以上，新建人才公寓500套。",
         "唐建国", "组织人事部、人力资源和社会保障局、科技创新局、开投集团", "全年"),
        ("支持企业建设创新平台，新增省级以上工程技术研究中心、企业技术中心8家。",
         "贾振", "科技创新局、经济发展局", "2026年10月底前"),
    ]),
    ("四、坚持改革开放，持续优化营商环境", [
        ("深化“放管服”改革，推行“高效办成一件事”，企业开办全流程压缩至1个工作日以内。",
         "孟晓东", "行政审批局、政务服务中心、市场监管分局", "2026年6月底前"),
        ("全面推行工业项目“拿地即开工”“竣工即投产”审批服务模式，备案类工业项目审批时限压缩至20个工作日以内。",
         None, "行政审批局、规划建设局、自然资源分局", "2026年9月底前"),
        ("深化管委会体制机制改革，推进“管委会+公司”运营模式，完成开投集团市场化转型。",
         "邹明远", "组织人事部、财政局、开投集团", "2026年12月底前"),
        ("开展涉企服务“蹲点解难”行动，建立企业诉求“接诉即办”闭环机制，诉求办结率达到98%以上。",
         "孟晓东", "企业服务中心、经济发展局，各街道（园区）", "全年"),
        ("提升综合保税区发展能级，推动保税研发、保税维修、跨境电商等新业态落地，综保区进出口额增长15%。",
         "许　丽", "综保区服务中心、投资促进局、税务局", "2026年12月底前"),
    ]),
    ("五、坚持产城融合，提升城市功能品质", [
        ("加快完善园区路网，建成通港大道东延、经七路等道路8条，新建改造雨污管网25公里。",
         "韩立新", "规划建设局、开投集团、建设发展公司", "2026年11月底前"),
        ("完成云岗片区、北岭片区房屋征收任务，保障重点项目用地需求。",
         None, "征收服务中心、自然资源分局，各街道（园区）", "2026年8月底前"),
        ("实施城市更新行动，改造老旧小区6个，新增公共停车泊位1500个。",
         None, "规划建设局、综合执法局、北岭街道、云岗街道", "2026年12月底前"),
        ("深入打好污染防治攻坚战，PM2.5平均浓度控制在市下达目标以内，主要河流断面水质稳定达标。",
         "孟晓东", "生态环境分局、综合执法局、规划建设局，各街道（园区）", "全年"),
        ("推进园区循环化改造，开展“无废园区”建设，一般工业固废综合利用率达到95%以上。",
         None, "生态环境分局、经济发展局", "2026年12月底前"),
    ]),
    ("六、坚持以人民为中心，增进民生福祉", [
        ("城镇新增就业3500人以上，开展职业技能培训5000人次。",
         "唐建国", "人力资源和社会保障局、社会事务局", "2026年12月底前"),
        ("新建改扩建中小学、幼儿园4所，新增学位3600个，开工建设开发区人民医院二期。",
         None, "社会事务局、规划建设局、开投集团", "2026年9月底前"),
        ("健全社会救助体系，做好低保、特困供养、临时救助等工作，新建社区养老服务站5个。",
         None, "社会事务局、财政局，各街道（园区）", "全年"),
        ("统筹抓好安全生产，深化安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。",
         "孟晓东", "应急管理局、规划建设局、综合执法局、市场监管分局，各街道（园区）", None),
        ("深化平安开发区建设，常态化开展扫黑除恶斗争，完善矛盾纠纷“一站式”调处化解机制。",
         "唐建国", "公安分局、社会事务局，各街道（园区）", "全年"),
    ]),
    ("七、坚持党建引领，全面加强自身建设", [
        ("深入学习贯彻习近平新时代中国特色社会主义思想，扎实开展理论学习中心组学习，全年集中学习不少于12次。",
         "邹明远", "党政办公室、组织人事部", "全年"),
        ("实施基层党建“强基赋能”工程，推进非公企业和社会组织党组织应建尽建，新建“红色驿站”5个。",
         "唐建国", "组织人事部，各街道（园区）", "2026年12月底前"),
        ("纵深推进全面从严治党，持续深化作风建设，常态化开展“三服务”专项监督。",
         "聂　红", "纪工委、党政办公室", "持续推进"),
        ("严格落实过紧日子要求，一般性支出压减5%以上，规范政府投资项目管理和国有资产管理。",
         "高文彬", "财政局", "全年"),
    ]),
]


# ---------------------------------------------------------------------------
# Helpers for Word formatting
# ---------------------------------------------------------------------------
def set_run_font(run, east, size=None, bold=None, color=None, ascii_font=None):
    run.font.name = ascii_font or ("Times New Roman" if east in ("仿宋_GB2312", "楷体_GB2312") else east)
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fmt_par(p, align=None, first_indent=None, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    if first_indent is not None:
        pf.first_line_indent = first_indent
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_par(doc_or_cell, text="", east="仿宋_GB2312", size=16, bold=None, align=None,
            first_indent=None, line=28, color=None, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    fmt_par(p, align, first_indent, line, before, after)
    if text:
        r = p.add_run(text)
        set_run_font(r, east, size, bold, color)
    return p


def body_par(doc, runs):
    """A body paragraph, first-line indent two characters; runs = [(text, east)]."""
    p = doc.add_paragraph()
    fmt_par(p, WD_ALIGN_PARAGRAPH.JUSTIFY, Pt(32), 28)
    for text, east in runs:
        r = p.add_run(text)
        set_run_font(r, east, 16)
    return p


PPR_AFTER_PBDR = ["shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct",
                  "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
                  "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
                  "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId",
                  "cnfStyle", "rPr", "sectPr", "pPrChange"]
RPR_AFTER_W = ["kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
               "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath"]


def insert_in_order(parent, el, successors):
    """Insert el before the first child that must follow it in the schema."""
    names = set(qn("w:" + n) for n in successors)
    for i, child in enumerate(parent):
        if child.tag in names:
            parent.insert(i, el)
            return
    parent.append(el)


def border(p, side, color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        insert_in_order(ppr, pbdr, PPR_AFTER_PBDR)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def add_page_field(p, east="宋体", size=14):
    r = p.add_run("— ")
    set_run_font(r, east, size, ascii_font="宋体")
    r = p.add_run()
    set_run_font(r, east, size, ascii_font="宋体")
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r = p.add_run()
    set_run_font(r, east, size, ascii_font="宋体")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    r = p.add_run()
    set_run_font(r, east, size, ascii_font="宋体")
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r._r.append(f2)
    r = p.add_run("1")
    set_run_font(r, east, size, ascii_font="宋体")
    r = p.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._r.append(f3)
    r = p.add_run(" —")
    set_run_font(r, east, size, ascii_font="宋体")


def set_cell_text(cell, lines, east="仿宋_GB2312", size=12, align=WD_ALIGN_PARAGRAPH.CENTER, bold=None):
    if isinstance(lines, str):
        lines = [lines]
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        fmt_par(p, align, None, 20)
        r = p.add_run(line)
        set_run_font(r, east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_col_widths(table, widths):
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    trpr.append(el)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    trpr.append(el)


# ---------------------------------------------------------------------------
# Build the document
# ---------------------------------------------------------------------------
def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(28)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    # -- 版头
    add_par(doc, "", line=28)
    p = add_par(doc, ISSUER + "文件", "方正小标宋简体", 36, align=WD_ALIGN_PARAGRAPH.CENTER,
                line=60, color=RED)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
    scale = OxmlElement("w:w")          # the issuer mark squeezed to fit the line
    scale.set(qn("w:val"), "72")
    insert_in_order(p.runs[0]._element.get_or_add_rPr(), scale, RPR_AFTER_W)
    add_par(doc, "", line=28)
    add_par(doc, "", line=28)
    p = add_par(doc, WENHAO, align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
    border(p, "bottom", "FF0000", 24, 12)
    add_par(doc, "", line=28)

    # -- 标题 (two lines, broken by the drafter with a line break)
    p = doc.add_paragraph()
    fmt_par(p, WD_ALIGN_PARAGRAPH.CENTER, None, 36)
    for i, part in enumerate([ISSUER + "关于印发", "《" + ZONE + "2026年工作要点》", "任务分工的通知"]):
        r = p.add_run(part)
        set_run_font(r, "方正小标宋简体", 22)
        if i < 2:
            r.add_break()
    add_par(doc, "", line=28)

    # -- 主送
    add_par(doc, "管委会各部门、各直属单位，各街道（园区）：", line=28)

    # -- 正文
    body_par(doc, [("《" + ZONE + "2026年工作要点》已经开发区党工委会议、管委会主任办公会议审议通过。"
                    "为确保各项目标任务落到实处，现将任务分工印发给你们，并就有关事项通知如下，请认真抓好落实。", "仿宋_GB2312")])
    body_par(doc, [("一、压实工作责任。", "黑体"),
                   ("各责任领导要对分管（联系）领域的重点任务亲自部署、亲自调度，定期听取进展情况，及时协调解决推进中的困难和问题。"
                    "各责任部门要把任务分工作为全年工作的主线，细化工作举措，明确时间节点和责任人，建立工作台账，逐项抓好落实。"
                    "表中责任部门有两个及以上的，排在第一位的为牵头部门，负责统筹推进、汇总情况；其他为配合部门，"
                    "要按照职责分工主动对接、密切配合，形成工作合力。", "仿宋_GB2312")])
    body_par(doc, [("二、加强督查调度。", "黑体"),
                   ("党政办公室（督查室）要将各项任务纳入管委会督查督办重点事项，实行清单化管理、销号式推进，"
                    "每季度对任务推进情况进行通报。各牵头部门于每季度最后一个月25日前，将本季度任务推进情况"
                    "（含纸质版和电子版）报党政办公室督查室，全年工作完成情况于12月10日前报送。", "仿宋_GB2312")])
    body_par(doc, [("三、严格考核问效。", "黑体"),
                   ("任务完成情况作为年度部门绩效考核和干部评先评优的重要依据。对工作推进有力、成效明显的，予以通报表扬；"
                    "对工作进度滞后、推诿扯皮、未按时完成任务的，按照有关规定严肃问责。因客观原因确需调整任务或时限的，"
                    "由牵头部门提出书面申请，经责任领导同意后报管委会主要领导审定。", "仿宋_GB2312")])
    body_par(doc, [("联系人：党政办公室督查室　周　婷，联系电话：6835217，电子邮箱：pcjkqdcs@163.com。", "仿宋_GB2312")])
    add_par(doc, "", line=28)
    # 附件说明
    p = doc.add_paragraph()
    fmt_par(p, WD_ALIGN_PARAGRAPH.LEFT, Pt(32), 28)
    r = p.add_run("附件：" + ATT_TITLE)
    set_run_font(r, "仿宋_GB2312", 16)
    add_par(doc, "", line=28)
    add_par(doc, "", line=28)
    # 落款
    p = add_par(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）", first_indent=Pt(32), line=28)

    # -- 附件 on a new page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt_par(p, None, None, 28)
    add_par(doc, "附件", "黑体", 16, align=WD_ALIGN_PARAGRAPH.LEFT, line=28)
    add_par(doc, "", line=28)
    p = doc.add_paragraph()
    fmt_par(p, WD_ALIGN_PARAGRAPH.CENTER, None, 36)
    r = p.add_run(ZONE)
    set_run_font(r, "方正小标宋简体", 22)
    r.add_break()
    r = p.add_run(ATT_TITLE[len(ZONE):])
    set_run_font(r, "方正小标宋简体", 22)
    add_par(doc, "", line=20)

    ntasks = sum(len(t) for _, t in PARTS)
    nrows = 1 + len(PARTS) + ntasks
    table = doc.add_table(rows=nrows, cols=5)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(13), Mm(65), Mm(22), Mm(36), Mm(20)]
    set_col_widths(table, widths)

    hdr = table.rows[0]
    repeat_header(hdr)
    for c, t in zip(hdr.cells, ["序号", "重点任务", "责任领导", "责任部门", "完成时限"]):
        set_cell_text(c, t, "黑体", 12)

    gold = []
    ri = 1
    n = 0
    for title, tasks in PARTS:
        row = table.rows[ri]
        cant_split(row)
        merged = row.cells[0].merge(row.cells[4])
        set_cell_text(merged, "%s（%d项）" % (title, len(tasks)), "黑体", 12, WD_ALIGN_PARAGRAPH.LEFT)
        ri += 1
        lead_row = None      # row index where the current leader cell starts
        dl_row = None
        cur_leaders = None
        cur_deadline = None
        for text, leaders, units, deadline in tasks:
            n += 1
            row = table.rows[ri]
            cant_split(row)
            cells = row.cells
            set_cell_text(cells[0], str(n), "Times New Roman", 12)
            set_cell_text(cells[1], text, "仿宋_GB2312", 12, WD_ALIGN_PARAGRAPH.JUSTIFY)
            set_cell_text(cells[3], units, "仿宋_GB2312", 12, WD_ALIGN_PARAGRAPH.LEFT)
            if leaders is None:
                table.cell(lead_row, 2).merge(table.cell(ri, 2))
            else:
                set_cell_text(cells[2], leaders, "仿宋_GB2312", 12)
                lead_row = ri
                cur_leaders = leaders
            if deadline is None:
                table.cell(dl_row, 4).merge(table.cell(ri, 4))
            else:
                set_cell_text(cells[4], deadline, "仿宋_GB2312", 12)
                dl_row = ri
                cur_deadline = deadline
            ri += 1

            # ---- gold record
            unit_list = [u for u in re.split(r"[、，]", units) if u]
            lnames = cur_leaders if isinstance(cur_leaders, list) else cur_leaders.split("、")
            lnames = [x.replace("　", "").replace(" ", "") for x in lnames]
            gold.append({
                "id": str(n),
                "marker": str(n),
                "head": text[:12],
                "responsible_units": unit_list,
                "lead_units": unit_list[:1],
                "cooperating_units": unit_list[1:],
                "leaders": lnames,
                "deadline": cur_deadline,
            })

    # 版记 after the table, at the foot of the last page
    add_par(doc, "", line=28)
    add_par(doc, "", line=28)
    p = add_par(doc, "", line=28)
    border(p, "bottom", "000000", 8, 1)
    p = doc.add_paragraph()
    fmt_par(p, WD_ALIGN_PARAGRAPH.LEFT, None, 28)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    r = p.add_run("抄送：开发区党工委委员，市发展和改革委员会，市政府督查室。")
    set_run_font(r, "仿宋_GB2312", 14)
    border(p, "bottom", "000000", 4, 1)
    p = doc.add_paragraph()
    fmt_par(p, WD_ALIGN_PARAGRAPH.LEFT, None, 28)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    r = p.add_run(ZONE + "党政办公室")
    set_run_font(r, "仿宋_GB2312", 14)
    r = p.add_run("\t" + DATE + "印发")
    set_run_font(r, "仿宋_GB2312", 14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(156) - Pt(28), alignment=WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "000000", 8, 1)

    # fixed core properties
    cp = doc.core_properties
    fixed = datetime.datetime(2026, 2, 27, 9, 30, 0)
    cp.author = "党政办公室"
    cp.last_modified_by = "党政办公室"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    cp.title = ""
    cp.subject = ""
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""

    buf = io.BytesIO()
    doc.save(buf)
    # repack with fixed zip timestamps so the bytes are the same on every run
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 2, 27, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(DOCX, "wb") as f:
        f.write(out.getvalue())

    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print("wrote", DOCX, "and", GOLD, "-", len(gold), "tasks")


if __name__ == "__main__":
    build()
