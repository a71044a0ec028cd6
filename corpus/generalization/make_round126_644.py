#!/usr/bin/env python3
"""Round 126, case 644 (control): an ordinary 市人民政府办公室 red-header Word notice
issuing the 2025年《政府工作报告》重点工作任务分工 as a landscape 附件 table
序号 / 工作任务 / 责任市领导 / 责任单位 / 完成时限.

Writes 644_hejing_shi_gzbg_zhongdian_renwu_fengong.docx and its .tasks.gold.jsonl.
Deterministic: fixed core properties, zip entries re-written with a fixed timestamp.
"""
import datetime
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "644_hejing_shi_gzbg_zhongdian_renwu_fengong"
DOCX = os.path.join(HERE, BASE + ".docx")
GOLD = os.path.join(HERE, BASE + ".tasks.gold.jsonl")

FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"

# ---------------------------------------------------------------------------
# The attachment's content.  Each part: (part row text, [tasks]).
# A task: (printed 序号, task text, 责任市领导 cell, 责任单位 cell, 完成时限).
# In the 责任单位 cell "\n" means the drafter pressed Enter (two cell paragraphs).
# ---------------------------------------------------------------------------
PARTS = [
    ("一、全力扩大有效需求，推动经济持续回升向好", [
        ("1", "全市地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长8%，固定资产投资增长7%，社会消费品零售总额增长6.5%。",
         "程立新、高翔",
         "市发展改革委（牵头）、市统计局、市财政局、市工业和信息化局、市商务局、各县（市、区）人民政府",
         "2025年12月底前"),
        ("2", "实施重点项目攻坚行动，全年谋划实施市级重点项目300个以上、完成投资800亿元以上，新开工亿元以上项目120个。",
         "高　翔",
         "市发展改革委（牵头）、市自然资源和规划局、市住房城乡建设局、市生态环境局、各县（市、区）人民政府",
         "2025年12月底前"),
        ("3", "积极争取超长期特别国债、地方政府专项债券等资金支持，全年争取上级各类资金150亿元以上。",
         "高　翔",
         "市财政局（牵头）、市发展改革委（牵头）、各县（市、区）人民政府",
         "2025年12月底前"),
        ("4", "深入开展“消费促进年”活动，用足用好大规模设备更新和消费品以旧换新政策，全年举办各类促消费活动100场以上。",
         "苏文华",
         "市商务局、市财政局、市市场监管局、市文化广电旅游局、各县（市、区）人民政府",
         "2025年12月底前"),
        ("5", "加快县域商业体系建设，新建改造乡镇商贸中心10个、村级便民商店200个，完善县乡村三级物流配送体系。",
         "苏文华",
         "市商务局（牵头）、市农业农村局、市交通运输局、市邮政管理局、市供销社",
         "2025年11月底前"),
    ]),
    ("二、加快建设现代化产业体系，培育发展新质生产力", [
        ("6", "深入实施制造业重点产业链高质量发展行动，全年新增规模以上工业企业80家以上，新培育专精特新中小企业40家。",
         "林海涛",
         "市工业和信息化局（牵头）、市科技局、市市场监管局、各县（市、区）人民政府",
         "2025年12月底前"),
        ("7", "推进制造业数字化转型，实施“智改数转网联”项目150个以上，新建省级智能工厂5家、数字化车间20个。",
         "林海涛",
         "市工业和信息化局（牵头）、市数据局、市发展改革委",
         "2025年12月底前"),
        ("8", "加快鹤泾高新区光电信息产业园二期、新能源装备产业园建设，确保产业园二期主体工程完工。",
         "林海涛",
         "鹤泾高新区管委会（牵头）、市发展改革委、市自然资源和规划局、市住房城乡建设局",
         "2025年6月底前"),
        ("9", "强化科技创新引领，全社会研发经费投入增长12%以上，新增高新技术企业60家，技术合同成交额突破40亿元。",
         "郑启明",
         "市科技局（牵头）、市财政局、市统计局、市工业和信息化局",
         "2025年12月底前"),
        ("10", "大力发展文旅产业，推进青螺山景区创建国家5A级旅游景区，全年接待游客人次增长10%以上。",
         "郑启明",
         "市文化广电旅游局（牵头）、青螺山风景区管委会、市交通运输局、市自然资源和规划局",
         "2025年12月底前"),
        ("11", "推动现代服务业提质扩容，加快发展现代物流、科技服务、人力资源服务等生产性服务业，服务业增加值增长6.5%。",
         "苏文华",
         "市发展改革委、市商务局、市交通运输局、市人力资源社会保障局、市统计局",
         "2025年12月底前"),
    ]),
    ("三、纵深推进改革开放，持续激发发展活力", [
        ("12", "深化国资国企改革，推动市属国有企业战略性重组和专业化整合，完成市城投集团市场化转型。",
         "高　翔",
         "市国资委（牵头）、市财政局、市城投集团",
         "2025年10月底前"),
        ("13", "持续优化营商环境，深化“高效办成一件事”改革，新增“一件事”集成服务事项15项，政务服务事项全程网办率达到90%以上。",
         "高　翔",
         "市政务服务管理局（牵头）、市数据局、市发展改革委、市司法局，市市场监管局",
         "2025年12月底前"),
        ("14", "深化财税金融体制改革，稳步推进零基预算改革，全年新增各项贷款400亿元以上，推动1家企业在境内外上市。",
         "高　翔",
         "市财政局（牵头）、市委金融办（牵头）、人民银行鹤泾市分行、国家金融监督管理总局鹤泾监管分局",
         "2025年12月底前"),
        ("15", "推进高水平对外开放，实施外贸主体培育行动，全年进出口总额增长8%以上，实际使用外资1.5亿美元。",
         "苏文华",
         "市商务局（牵头）、鹤泾海关、市投资促进局",
         "2025年12月底前"),
        ("16", "强化招商引资，开展产业链精准招商，全年引进亿元以上项目150个，其中10亿元以上项目15个。",
         "苏文华",
         "市投资促进局、市商务局（牵头）、各县（市、区）人民政府",
         "2025年12月底前"),
    ]),
    ("四、推进以人为本的新型城镇化，促进城乡融合发展", [
        ("17", "加快实施城市更新行动，改造城镇老旧小区85个、城中村2个，新增城市公共停车泊位3000个。",
         "周　敏",
         "市住房城乡建设局（牵头）、市自然资源和规划局、市城市管理局、市财政局、各县（市、区）人民政府",
         "2025年12月底前"),
        ("18", "完善城市基础设施，建成滨江大道北延段、城南污水处理厂二期工程，新建改造城市燃气管网80公里。",
         "周　敏",
         "市住房城乡建设局、市城市管理局、市交通运输局、市生态环境局",
         "2025年12月底前"),
        ("19", "提升综合交通枢纽能级，加快鹤泾至宣平高速公路建设，开工建设鹤泾港二期码头，推进通用机场前期工作。",
         "周　敏",
         "市交通运输局（牵头）、市发展改革委、市自然资源和规划局、市港口集团",
         "持续推进"),
        ("20", "稳步推进农业转移人口市民化，落实户籍制度改革各项措施，全年新增城镇常住人口2万人以上。",
         "韩　冰",
         "市公安局（牵头）、市发展改革委、市教育局、市人力资源社会保障局、市住房城乡建设局",
         "2025年12月底前"),
    ]),
    ("五、全面推进乡村振兴，加快建设农业强市", [
        ("21", "扛牢粮食安全政治责任，粮食播种面积稳定在260万亩以上、总产量保持在12亿公斤以上，新建高标准农田8万亩。",
         "罗建平",
         "市农业农村局（牵头）、市发展改革委、市财政局、市自然资源和规划局、市水利局",
         "2025年10月底前"),
        ("22", "巩固拓展脱贫攻坚成果，健全防止返贫致贫监测和帮扶机制，守住不发生规模性返贫致贫底线。",
         "罗建平",
         "市农业农村局、市人力资源社会保障局、市民政局、市医保局、市教育局、各县（市、区）人民政府",
         "长期坚持"),
        ("23", "做强乡村特色产业，新培育市级以上农业产业化龙头企业15家，新增“三品一标”农产品30个。",
         "罗建平",
         "市农业农村局",
         "2025年12月底前"),
        ("24", "深入实施乡村建设行动，新创建省级和美乡村示范村20个，农村卫生户厕普及率达到85%。",
         "罗建平",
         "市农业农村局（牵头）、市住房城乡建设局、市生态环境局、市卫生健康委、各县（市、区）人民政府",
         "2025年12月底前"),
    ]),
    ("六、加强生态文明建设，推动绿色低碳发展", [
        ("25", "深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在33微克/立方米以内，国考断面水质优良比例保持100%。",
         "周　敏",
         "市生态环境局（牵头）、市住房城乡建设局、市交通运输局、市农业农村局、市水利局、各县（市、区）人民政府",
         "2025年12月底前"),
        ("26", "全面推行河湖长制，推进鹤泾河干流综合治理，完成中小河流治理45公里。",
         "罗建平",
         "市水利局（牵头）、市生态环境局、市自然资源和规划局",
         "2025年11月底前"),
        ("27", "科学开展国土绿化行动，完成人工造林2万亩，森林覆盖率稳定在42%以上。",
         "罗建平",
         "市林业局（牵头）、市自然资源和规划局、各县（市、区）人民政府",
         "2025年12月底前"),
    ]),
    ("七、持续保障和改善民生，增进人民群众福祉", [
        ("28", "千方百计稳就业促增收，全年城镇新增就业3.5万人，城镇调查失业率控制在5.5%以内，帮助1.2万名农村劳动力转移就业。",
         "李　慧",
         "市人力资源社会保障局（牵头）、市发展改革委、市财政局、市农业农村局、各县（市、区）人民政府",
         "2025年12月底前"),
        ("29", "办好人民满意的教育，新建改扩建中小学、幼儿园12所，新增学位8000个，加快推进鹤泾职业技术学院新校区建设。",
         "李　慧",
         "市教育局（牵头）、市发展改革委、市财政局、\n市自然资源和规划局、市住房城乡建设局",
         "2025年9月底前"),
        ("30", "推进健康鹤泾建设，加快市人民医院新院区、市中医院康复大楼建设，每千人口执业（助理）医师数达到3.3人。",
         "李　慧",
         "市卫生健康委（牵头）、市发展改革委、市医保局、市人民医院、市中医院",
         "2025年12月底前"),
        ("31", "健全多层次社会保障体系，城乡居民基础养老金月最低标准提高到200元以上，新建社区嵌入式养老服务中心20个。",
         "李　慧",
         "市人力资源社会保障局、市民政局、市财政局、市医保局",
         "2025年12月底前"),
        ("32", "统筹发展和安全，深化安全生产治本攻坚三年行动，强化重点行业领域风险隐患排查整治，坚决遏制重特大事故发生。",
         "韩　冰",
         "市应急管理局（牵头）、市公安局、市住房城乡建设局、市交通运输局、市市场监管局、各县（市、区）人民政府",
         "长期坚持"),
    ]),
    ("八、加强政府自身建设，提升依法行政能力", [
        ("33", "坚持依法行政，自觉接受市人大及其常委会法律监督、工作监督和市政协民主监督，人大代表建议和政协提案办复率达到100%。",
         "程立新",
         "市政府办公室（牵头）、市司法局、市政府各部门",
         "2025年10月底前"),
        ("34", "纵深推进政府系统全面从严治党，严格落实中央八项规定及其实施细则精神，持续深化整治形式主义为基层减负。",
         "程立新",
         "市政府办公室、市财政局、市审计局、市政府各部门",
         "长期坚持"),
    ]),
]

LEAD_MARK = "（牵头）"


def split_units(cell):
    """Split a printed 责任单位 cell on 、，； and paragraph ends, never inside brackets."""
    out, buf, depth = [], "", 0
    for ch in cell:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if depth == 0 and ch in "、，；\n":
            if buf.strip():
                out.append(buf.strip())
            buf = ""
            continue
        buf += ch
    if buf.strip():
        out.append(buf.strip())
    return out


def gold_record(num, text, leader_cell, unit_cell, deadline):
    raw = split_units(unit_cell)
    units, marked = [], []
    for u in raw:
        if u.endswith(LEAD_MARK):
            u = u[: -len(LEAD_MARK)]
            marked.append(u)
        units.append(u)
    # cover rule: 标注“（牵头）”的为牵头单位；未标注的，排在第一位的为牵头单位，其余为配合单位
    lead = marked if marked else units[:1]
    coop = [u for u in units if u not in lead]
    leaders = [n.replace("　", "").replace(" ", "") for n in leader_cell.split("、")]
    return {
        "id": num,
        "marker": num,
        "head": text[:12],
        "responsible_units": units,
        "lead_units": lead,
        "cooperating_units": coop,
        "leaders": leaders,
        "deadline": deadline,
    }


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------

def set_run_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    rfonts.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def fmt_par(p, align=None, first_indent=None, line=28.9, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    if first_indent is not None:
        pf.first_line_indent = first_indent
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_par(doc_or_cell, pieces, align=None, first_indent=None, line=28.9, before=0, after=0):
    """pieces: list of (text, east_font, size, bold[, color])."""
    p = doc_or_cell.add_paragraph()
    fmt_par(p, align, first_indent, line, before, after)
    for pc in pieces:
        text, east, size, bold = pc[:4]
        color = pc[4] if len(pc) > 4 else None
        r = p.add_run(text)
        set_run_font(r, east, size, bold, color)
    return p


def red_rule(p):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "18")
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "FF0000")
    bdr.append(bottom)
    ppr.append(bdr)


def add_page_field(p):
    def fld(ch):
        r = OxmlElement("w:r")
        f = OxmlElement("w:fldChar")
        f.set(qn("w:fldCharType"), ch)
        r.append(f)
        return r
    r1 = p.add_run("— ")
    set_run_font(r1, "宋体", 14, ascii_font="宋体")
    p._p.append(fld("begin"))
    r = OxmlElement("w:r")
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = " PAGE "
    r.append(t)
    p._p.append(r)
    p._p.append(fld("separate"))
    rr = OxmlElement("w:r")
    tt = OxmlElement("w:t")
    tt.text = "1"
    rr.append(tt)
    p._p.append(rr)
    p._p.append(fld("end"))
    r2 = p.add_run(" —")
    set_run_font(r2, "宋体", 14, ascii_font="宋体")


def cell_margins_and_valign(cell, valign=WD_CELL_VERTICAL_ALIGNMENT.CENTER):
    cell.vertical_alignment = valign


def set_cell_width(cell, cm):
    cell.width = Cm(cm)


def cell_text(cell, text, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    """Write text into a cell; '\n' starts a new cell paragraph."""
    lines = text.split("\n")
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        fmt_par(p, align, None, line=20)
        r = p.add_run(line)
        set_run_font(r, east, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:cantSplit")
    trpr.append(h)


def set_margins(section, top, bottom, left, right):
    section.top_margin = Cm(top)
    section.bottom_margin = Cm(bottom)
    section.left_margin = Cm(left)
    section.right_margin = Cm(right)


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------

def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    set_margins(sec, 3.7, 3.5, 2.8, 2.6)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    red = RGBColor(0xFF, 0x00, 0x00)
    # 版头
    add_par(doc, [("", FS, 16, False)], line=28.9)
    add_par(doc, [("鹤泾市人民政府办公室文件", XBS, 36, False, red)],
            align=WD_ALIGN_PARAGRAPH.CENTER, line=48, before=24)
    add_par(doc, [("", FS, 16, False)], line=28.9)
    p = add_par(doc, [("鹤政办发〔2025〕8号", FS, 16, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, line=28.9, after=6)
    red_rule(p)
    add_par(doc, [("", FS, 16, False)])

    # 标题
    p = doc.add_paragraph()
    fmt_par(p, WD_ALIGN_PARAGRAPH.CENTER, None, line=36)
    r = p.add_run("鹤泾市人民政府办公室")
    set_run_font(r, XBS, 22)
    r = p.add_run()
    r.add_break()
    r = p.add_run("关于印发2025年《政府工作报告》重点工作")
    set_run_font(r, XBS, 22)
    r = p.add_run()
    r.add_break()
    r = p.add_run("任务分工的通知")
    set_run_font(r, XBS, 22)
    add_par(doc, [("", FS, 16, False)])

    # 主送
    add_par(doc, [("各县（市、区）人民政府，鹤泾高新区管委会，市政府各部门、各直属机构：", FS, 16, False)])

    ind = Pt(32)
    add_par(doc, [("为全面完成市十七届人大四次会议审议通过的《政府工作报告》确定的各项目标任务，经市政府同意，"
                   "现将2025年《政府工作报告》重点工作任务分工印发给你们，并就有关事项通知如下：", FS, 16, False)],
            first_indent=ind)
    add_par(doc, [("一、提高思想认识。", HT, 16, False),
                  ("《政府工作报告》是市政府向全市人民作出的郑重承诺，是全年工作的总纲领。各地各部门要切实把思想和行动"
                   "统一到市委、市政府决策部署上来，对照任务分工，逐项细化实化工作措施，明确时间表、路线图和责任人，"
                   "确保各项目标任务按期保质完成。", FS, 16, False)],
            first_indent=ind)
    add_par(doc, [("二、压实工作责任。", HT, 16, False),
                  ("各责任市领导要加强统筹调度，及时研究解决工作推进中的重大问题。“责任单位”栏中，标注“（牵头）”的为牵头单位；"
                   "未标注的，排在第一位的为牵头单位，其余为配合单位。牵头单位要切实履行主体责任，"
                   "会同配合单位制定具体推进方案，于3月31日前报市政府督查室备案；有两个牵头单位的，由排在前面的单位负责协调汇总。"
                   "配合单位要主动对接、密切协作，形成工作合力。", FS, 16, False)],
            first_indent=ind)
    add_par(doc, [("三、强化督查考核。", HT, 16, False),
                  ("市政府督查室要将《政府工作报告》重点工作任务落实情况纳入年度督查计划，实行台账管理、销号推进，"
                   "定期通报工作进展。各牵头单位要于每季度末月25日前将工作进展情况书面报送市政府督查室"
                   "（联系人：张　凯，联系电话：3216058）。落实情况纳入年度目标责任考核。", FS, 16, False)],
            first_indent=ind)
    # 附件说明
    p = add_par(doc, [("附件：2025年《政府工作报告》重点工作任务分工", FS, 16, False)], first_indent=ind)
    add_par(doc, [("", FS, 16, False)])
    # 落款 + 成文日期
    p = add_par(doc, [("鹤泾市人民政府办公室", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, [("2025年3月12日", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    add_par(doc, [("", FS, 16, False)])
    add_par(doc, [("（此件公开发布）", FS, 16, False)], first_indent=ind)

    # ---------------- 附件: landscape section ----------------
    ls = doc.add_section(WD_SECTION.NEW_PAGE)
    ls.orientation = WD_ORIENT.LANDSCAPE
    ls.page_width = Cm(29.7)
    ls.page_height = Cm(21.0)
    set_margins(ls, 2.8, 2.6, 2.5, 2.5)

    add_par(doc, [("附件", HT, 16, False)])
    add_par(doc, [("", FS, 16, False)], line=20)
    add_par(doc, [("2025年《政府工作报告》重点工作任务分工", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, line=36, after=12)

    widths = [1.3, 10.2, 3.0, 7.4, 2.8]
    nrows = 1 + sum(1 + len(tasks) for _, tasks in PARTS)
    table = doc.add_table(rows=nrows, cols=5)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    # grid widths
    for i, col in enumerate(table.columns):
        col.width = Cm(widths[i])
    for row in table.rows:
        for i, c in enumerate(row.cells):
            set_cell_width(c, widths[i])

    hdr = table.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(["序号", "工作任务", "责任市领导", "责任单位", "完成时限"]):
        cell_text(hdr.cells[i], h, HT, 14, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_margins_and_valign(hdr.cells[i])

    r = 1
    merges = []  # (start_row, end_row) for 责任市领导 column
    for part_text, tasks in PARTS:
        row = table.rows[r]
        cant_split(row)
        a = row.cells[0].merge(row.cells[4])
        cell_text(a, part_text, HT, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
        r += 1
        prev_leader, start = None, None
        for num, text, leader, units, deadline in tasks:
            row = table.rows[r]
            cant_split(row)
            cell_text(row.cells[0], num, FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(row.cells[1], text, FS, 12, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            cell_text(row.cells[3], units, FS, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(row.cells[4], deadline, FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
            for c in row.cells:
                cell_margins_and_valign(c)
            if leader == prev_leader:
                merges[-1][1] = r
            else:
                merges.append([r, r])
                cell_text(row.cells[2], leader, FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
                prev_leader = leader
            r += 1
    for s, e in merges:
        if e > s:
            top = table.cell(s, 2)
            m = top.merge(table.cell(e, 2))
            # python-docx keeps an empty paragraph from merged cells; drop empties after the first
            ps = m.paragraphs
            for extra in ps[1:]:
                if not extra.text:
                    extra._p.getparent().remove(extra._p)
            m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    # ---------------- 版记: portrait section ----------------
    ps_ = doc.add_section(WD_SECTION.NEW_PAGE)
    ps_.orientation = WD_ORIENT.PORTRAIT
    ps_.page_width = Cm(21.0)
    ps_.page_height = Cm(29.7)
    set_margins(ps_, 3.7, 3.5, 2.8, 2.6)
    for _ in range(18):
        add_par(doc, [("", FS, 16, False)])
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = bj._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4")):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), sz)
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    for side in ("left", "right", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblpr.append(borders)
    c = bj.cell(0, 0)
    p = c.paragraphs[0]
    fmt_par(p, WD_ALIGN_PARAGRAPH.LEFT, None, line=28)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(-0)
    rr = p.add_run("抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，鹤泾军分区。")
    set_run_font(rr, FS, 14)
    c = bj.cell(1, 0)
    p = c.paragraphs[0]
    fmt_par(p, WD_ALIGN_PARAGRAPH.LEFT, None, line=28)
    p.paragraph_format.left_indent = Pt(14)
    rr = p.add_run("鹤泾市人民政府办公室")
    set_run_font(rr, FS, 14)
    rr = p.add_run("\t")
    set_run_font(rr, FS, 14)
    rr = p.add_run("2025年3月12日印发")
    set_run_font(rr, FS, 14)
    tabs = p.paragraph_format.tab_stops
    from docx.enum.text import WD_TAB_ALIGNMENT
    tabs.add_tab_stop(Cm(15.0), WD_TAB_ALIGNMENT.RIGHT)

    # core properties, fixed
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 3, 12, 9, 30, 0)
    cp.author = "市政府办公室"
    cp.last_modified_by = "市政府办公室"
    cp.title = "鹤泾市人民政府办公室关于印发2025年《政府工作报告》重点工作任务分工的通知"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    # re-pack with fixed timestamps and a fixed member order
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 12, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    with open(DOCX, "wb") as f:
        f.write(out.getvalue())


def write_gold():
    with open(GOLD, "w", encoding="utf-8") as f:
        for _, tasks in PARTS:
            for t in tasks:
                f.write(json.dumps(gold_record(*t), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    build()
    write_gold()
    print("wrote", os.path.basename(DOCX), "and", os.path.basename(GOLD))
