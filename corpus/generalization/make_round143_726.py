#!/usr/bin/python3
"""Round 143, notice 726: one task table in three blocks, each block under its own header row.

A 县政府办 red-header Word notice (涔政办发〔2025〕6号) whose landscape 附件 is ONE Word table holding the
three parts a county's 政府工作报告 分解 usually has: 主要预期目标 (indicators), 重点工作任务 and 民生实事项目.
Each part opens with a section row spanning the table and then its OWN header row, and the columns mean
different things in each part:

    block A  序号 | 指标名称     | 预期目标       | 责任县领导 | 牵头单位 | 配合单位
    block B  序号 | 重点工作任务 | 责任县领导     | 牵头单位   | 配合单位 | 完成时限
    block C  序号 | 项目名称     | 建设内容及目标 | 责任县领导 | 责任单位 | 完成时限

Numbering runs 1–7 (A) and 8–33 (B) through the table and restarts 1–10 for the 民生实事 (C).  The
author set 重复标题行 on the first two rows (block A's section row and header), as Word users do.

Writes 726_cenchuan_xian_zfgzbg_mubiao_renwu_fenjie.docx and 726.tasks.gold.jsonl.  Deterministic: the core
properties carry fixed dates and the zip is rewritten with fixed timestamps.
"""
import copy
import datetime
import io
import json
import os
import re
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = "726_cenchuan_xian_zfgzbg_mubiao_renwu_fenjie.docx"
GOLD = "726.tasks.gold.jsonl"

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

# ---------------------------------------------------------------------------------------------
# The structured description.  A cell value is a string, or a list of strings = several cell
# paragraphs.  Units are written exactly as printed in the cell.
# ---------------------------------------------------------------------------------------------
HEAD_A = ["序号", "指标名称", "预期目标", "责任县领导", "牵头单位", "配合单位"]
HEAD_B = ["序号", "重点工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]
HEAD_C = ["序号", "项目名称", "建设内容及目标", "责任县领导", "责任单位", "完成时限"]

BLOCK_A = [  # 序号, 指标名称, 预期目标, 责任县领导, 牵头单位, 配合单位
    ("1", "地区生产总值", "增长6%左右", "王勇", "县发展和改革局", "县统计局、各乡镇（街道）"),
    ("2", "规模以上工业增加值", "增长8%左右", "陈志刚", "县工业和信息化局", "县统计局、涔川经济开发区管委会"),
    ("3", "固定资产投资", "增长7%左右", "王　勇", "县发展和改革局", "县统计局、县住房和城乡建设局、县自然资源局"),
    ("4", "社会消费品零售总额", "增长6.5%左右", "李晓燕", "县商务局", "县统计局"),
    ("5", "一般公共预算收入", "增长5%左右", "王勇", "县财政局、县税务局", "无"),
    ("6", "城乡居民人均可支配收入", "分别增长5.5%和7%左右", ["赵建国", "刘海涛"], "县统计局",
     "县人力资源和社会保障局、县农业农村局"),
    ("7", "单位地区生产总值能耗", "完成市下达目标", "陈志刚", "县发展和改革局", "县工业和信息化局、市生态环境局涔川分局"),
]

# block B: groups of (heading, rows); row = 序号, 任务, 责任县领导, 牵头单位, 配合单位, 完成时限
BLOCK_B = [
    ("（一）扩大有效投资，增强发展后劲", [
        ("8", "实施重点项目攻坚行动，全年安排县级重点项目120个，完成投资85亿元以上，新开工项目40个以上。",
         "王勇", "县发展和改革局", "县自然资源局、县住房和城乡建设局、县财政局", "2025年12月底"),
        ("9", "积极争取超长期特别国债和地方政府专项债券，全年争取上级各类资金15亿元以上。",
         "王　勇", "县发展和改革局、县财政局", "县直各有关单位", "2025年12月底"),
        ("10", "加快涔川至东岭一级公路、国道348线涔川段改线工程建设，力争年底主体完工。",
         "何东升", "县交通运输局", "县自然资源局，县财政局、沿线各乡镇", "2025年12月底"),
        ("11", "推进东湖水库除险加固和涔水河综合治理工程，年内完成投资2.3亿元。",
         "刘海涛", "县水利局", "县财政局、县自然资源局", "2025年10月底"),
        ("12", "完成县国土空间总体规划报批，保障重点项目用地2000亩以上。",
         "何东升", "县自然资源局", "/", "6月底前"),
        ("13", "开展招商引资“一把手”工程，全年引进亿元以上项目25个，到位资金60亿元以上。",
         ["孙立华", "陈志刚"], "县投资促进中心", "涔川经济开发区管委会、各乡镇（街道）", "2025年12月底"),
        ("14", "推进城东片区棚户区改造，完成征收800户，启动安置房建设。",
         "何东升", "县住房和城乡建设局", "县自然资源局、城关街道办事处", "2025年11月底"),
    ]),
    ("（二）壮大实体经济，推动产业升级", [
        ("15", "实施工业倍增计划，新增规模以上工业企业15家，规模以上工业总产值增长10%。",
         "陈志刚", "县工业和信息化局", "涔川经济开发区管委会、县统计局", "2025年12月底"),
        ("16", "推进开发区扩区调规，新建标准厂房10万平方米，园区亩均税收增长10%。",
         "陈志刚", "涔川经济开发区管委会", "县自然资源局、县住房和城乡建设局", "2025年9月底"),
        ("17", "新培育国家级高新技术企业8家、省级专精特新中小企业5家。",
         "陈志刚", "县科学技术局", "县工业和信息化局", "2025年12月底"),
        ("18", ["稳定粮食生产，全年粮食播种面积稳定在52万亩以上，总产量21万吨以上。",
                "新建高标准农田3.5万亩，完成撂荒地整治复耕。"],
         "刘海涛", "县农业农村局", "县财政局、县自然资源局、各乡镇（街道）", "2025年10月底"),
        ("19", "做强茶叶、油茶两大特色产业，新增油茶种植面积1.2万亩，茶叶综合产值突破20亿元。",
         "刘海涛", "县林业局、县农业农村局", "县供销合作社", "2025年12月底"),
        ("20", "推进全域旅游，创成国家4A级旅游景区1家，全年接待游客突破500万人次。",
         "李晓燕", "县文化旅游广电局", "县发展和改革局、县交通运输局", "2025年12月底"),
        ("21", "开展消费提振年活动，举办促消费活动30场以上，新增限额以上商贸企业20家。",
         "李晓燕", "县商务局", "县市场监督管理局、县统计局", "全年"),
    ]),
    ("（三）深化改革开放，优化营商环境", [
        ("22", "深化“高效办成一件事”改革，年内实现30个以上“一件事”集成办理。",
         "李晓燕", "县行政审批服务局", "县直各有关单位", "2025年12月底"),
        ("23", "完成县属国有企业整合重组，组建县城市发展投资集团。",
         "王勇", "县财政局", "县国有资产服务中心、县发展和改革局", "6月底前"),
        ("24", "落实结构性减税降费政策，全年为经营主体减负3亿元以上。",
         "王勇", "县税务局", "县财政局", "全年"),
        ("25", "深化农村集体产权制度改革，集体经济年收入10万元以上的村达到80%。",
         "刘海涛", "县农业农村局", "县财政局、各乡镇（街道）", "2025年12月底"),
        ("26", "开展营商环境“体检”行动，涉企问题按期办结率达到95%以上。",
         "李晓燕", "县发展和改革局", "县市场监督管理局、县行政审批服务局、县司法局", "持续推进"),
        ("27", "扩大对外贸易，外贸进出口总额增长8%以上，新增有进出口实绩企业10家。",
         "李晓燕", "县商务局", "/", "2025年12月底"),
    ]),
    ("（四）增进民生福祉，建设平安涔川", [
        ("28", "落实就业优先政策，城镇新增就业2800人，农村劳动力转移就业1.5万人。",
         "赵建国", "县人力资源和社会保障局", "县财政局、县农业农村局", "2025年12月底"),
        ("29", "推进义务教育优质均衡发展，新建、改扩建中小学校5所。",
         "赵建国", "县教育局", "县住房和城乡建设局、县自然资源局、县财政局", "2025年8月底"),
        ("30", "深化紧密型县域医共体建设，县人民医院通过三级医院评审。",
         "赵建国", "县卫生健康局", "县医疗保障局、县人民医院", "2025年12月底"),
        ("31", "健全分层分类社会救助体系，城乡低保标准分别提高到每人每月720元、560元。",
         "赵建国", "县民政局", ["县财政局", "县医疗保障局", "县残疾人联合会"], "全年"),
        ("32", "开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故。",
         ["王勇", "郑凯"], "县应急管理局", "县直各有关单位、各乡镇（街道）", "持续推进"),
        ("33", "深入推进平安涔川建设，常态化开展扫黑除恶斗争，群众安全感保持在98%以上。",
         "郑凯", "县公安局", "县司法局", "2025年12月底"),
    ]),
]

BLOCK_C = [  # 序号, 项目名称, 建设内容及目标, 责任县领导, 责任单位, 完成时限
    ("1", "城镇老旧小区改造", "改造2000年以前建成的老旧小区12个、1860户，同步完善水电气和停车等配套设施。",
     "何东升", "县住房和城乡建设局、县财政局、城关街道办事处", "2025年11月底"),
    ("2", "农村供水保障提升", "新建改造农村供水工程26处，农村自来水普及率达到93%。",
     "刘海涛", "县水利局、县财政局、县卫生健康局", "2025年10月底"),
    ("3", "城区学位扩容", "建成城东小学、县第二幼儿园，新增公办学位1800个。",
     "赵建国", "县教育局、县住房和城乡建设局", "2025年8月底"),
    ("4", "基层医疗服务能力提升", "完成6所乡镇卫生院提质改造，每个乡镇卫生院配备DR和彩超设备。",
     "赵建国", "县卫生健康局", "2025年12月底"),
    ("5", "居家社区养老服务", "新建街道综合养老服务中心2个、村级互助养老服务点20个。",
     "赵建国", "县财政局、县民政局（牵头）", "2025年12月底"),
    ("6", "城区停车设施建设", "新增城区公共停车泊位1500个，建成智慧停车管理平台。",
     "何东升", "县城市管理局、县公安局、县自然资源局", "2025年10月底"),
    ("7", "公共文化惠民", "开展送戏下乡200场、公益电影放映3000场，建成城市书房3个。",
     "李晓燕", "县文化旅游广电局", "全年"),
    ("8", "农村公路提质改造", "完成农村公路提质改造120公里、危桥改造8座。",
     ["何东升", "刘海涛"], "县交通运输局、各乡镇（街道）", "2025年11月底"),
    ("9", "困难群众兜底保障", "为城乡特困人员、低保对象和重度残疾人发放各类补贴资金1.2亿元。",
     "赵建国", "县民政局、县医疗保障局、县残疾人联合会", "全年"),
    ("10", "校园食品安全守护", "全县中小学校食堂“明厨亮灶”覆盖率达到100%，开展食品安全抽检600批次。",
     "李晓燕", "县市场监督管理局、县教育局", "2025年12月底"),
]

COVER_RULE = ("二、明确分工规则。《分解方案》分主要预期目标、重点工作任务、民生实事项目三个部分，各部分栏目设置不同，"
              "请对照各部分表头所列栏目执行。“牵头单位”栏列有两个单位的，均为牵头单位，排在第一位的为主牵头单位；"
              "“配合单位”栏为“/”或“无”的，由牵头单位单独负责。民生实事项目只列“责任单位”，标注“（牵头）”的为牵头单位，"
              "未标注的排在第一位的为牵头单位，其余为配合单位。主要预期目标为全年目标，不再列完成时限。")


# ---------------------------------------------------------------------------------------------
# gold
# ---------------------------------------------------------------------------------------------
def paras(v):
    return list(v) if isinstance(v, list) else [v]


def split_units(v):
    out = []
    for p in paras(v):
        depth = 0
        cur = ""
        for ch in p:
            if ch in "（(":
                depth += 1
            elif ch in "）)":
                depth -= 1
            if depth == 0 and ch in "、，；":
                if cur:
                    out.append(cur)
                cur = ""
            else:
                cur += ch
        if cur:
            out.append(cur)
    return [u.strip() for u in out if u.strip()]


def names(v):
    return [re.sub(r"\s+", "", p) for p in paras(v)]


def head12(v):
    return re.sub(r"\s+", "", paras(v)[0])[:12]


def gold_records():
    recs = []

    def rec(i, text, leaders, resp, lead, coop, deadline):
        recs.append({"id": i, "marker": i, "head": head12(text), "responsible_units": resp,
                     "lead_units": lead, "cooperating_units": coop, "leaders": names(leaders),
                     "deadline": deadline})

    for i, name, target, ld, lead, coop in BLOCK_A:
        lu = split_units(lead)
        cu = [] if coop in ("/", "无") else split_units(coop)
        rec(i, name, ld, lu + cu, lu, cu, None)
    for _, rows in BLOCK_B:
        for i, task, ld, lead, coop, dl in rows:
            lu = split_units(lead)
            cu = [] if coop in ("/", "无") else split_units(coop)
            rec(i, task, ld, lu + cu, lu, cu, dl)
    for i, name, content, ld, units, dl in BLOCK_C:
        raw = split_units(units)
        marked = [u for u in raw if u.endswith("（牵头）")]
        resp = [u[:-len("（牵头）")] if u.endswith("（牵头）") else u for u in raw]
        if marked:
            lead = [u[:-len("（牵头）")] for u in marked]
        else:
            lead = resp[:1]
        coop = [u for u in resp if u not in lead]
        rec(i, name, ld, resp, lead, coop, dl)
    return recs


# ---------------------------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------------------------
def font(run, name, size, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def para(doc_or_cell, text="", fname=FS, size=16, bold=False, align=None, indent=None, color=None,
         before=0, after=0, line=None):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if indent is not None:
        pf.first_line_indent = Pt(indent)
    if text:
        font(p.add_run(text), fname, size, bold, color)
    return p


def red_rule(p):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "18")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "FF0000")
    bdr.append(b)
    ppr.append(bdr)


def page_footer(section):
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    font(r, "宋体", 14)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = p.add_run(); font(r2, "宋体", 14)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "; r2._r.append(it)
    r3 = p.add_run(); font(r3, "宋体", 14)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "separate"); r3._r.append(e)
    r4 = p.add_run("1"); font(r4, "宋体", 14)
    r5 = p.add_run(); font(r5, "宋体", 14)
    e2 = OxmlElement("w:fldChar"); e2.set(qn("w:fldCharType"), "end"); r5._r.append(e2)
    font(p.add_run(" —"), "宋体", 14)


def shade(cell, fill="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcpr.append(s)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def fill_cell(cell, value, size=11, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, fname=FS):
    ps = paras(value)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    first = cell.paragraphs[0]
    for k, t in enumerate(ps):
        p = first if k == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(17)
        font(p.add_run(t), fname, size, bold)


WIDTHS = [Cm(1.3), Cm(8.1), Cm(4.3), Cm(3.2), Cm(4.4), Cm(4.3)]


def set_widths(row):
    for c, w in zip(row.cells, WIDTHS):
        c.width = w


def section_row(table, text, level):
    row = table.add_row()
    set_widths(row)
    cant_split(row)
    m = row.cells[0].merge(row.cells[5])
    # merge leaves the paragraphs of the merged cells; keep one
    for p in m.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    fill_cell(m, text, size=12, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT,
              fname=HT if level == 1 else KT)
    return row


def header_row(table, heads):
    row = table.add_row()
    set_widths(row)
    cant_split(row)
    for c, h in zip(row.cells, heads):
        fill_cell(c, h, size=12, bold=False, fname=HT)
        shade(c)
    return row


def data_row(table, vals, text_cols):
    row = table.add_row()
    set_widths(row)
    for k, (c, v) in enumerate(zip(row.cells, vals)):
        al = WD_ALIGN_PARAGRAPH.LEFT if k in text_cols else WD_ALIGN_PARAGRAPH.CENTER
        fill_cell(c, v, align=al)
    return row


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    page_footer(sec)

    # --- 版头 ---
    doc.paragraphs[0]._p.getparent().remove(doc.paragraphs[0]._p) if doc.paragraphs else None
    para(doc, "", before=0)
    para(doc, "涔川县人民政府办公室文件", XBS, 34, color="FF0000", align=WD_ALIGN_PARAGRAPH.CENTER,
         before=12, after=12)
    para(doc, "")
    p = para(doc, "涔政办发〔2025〕6号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    red_rule(p)
    para(doc, "")
    # --- title, broken by a line break ---
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=29)
    font(p.add_run("涔川县人民政府办公室关于印发2025年《政府工作报告》"), XBS, 22)
    r = p.add_run(); r.add_break()
    font(p.add_run("目标任务分解方案的通知"), XBS, 22)
    para(doc, "")
    para(doc, "各乡镇人民政府、街道办事处，县政府各部门、各直属机构，涔川经济开发区管委会：", FS, 16, line=29)
    body = [
        (None, "县十八届人大四次会议审议通过的《政府工作报告》，确定了2025年全县经济社会发展的主要预期目标、"
               "重点工作任务和民生实事项目。为确保各项目标任务落到实处，经县人民政府同意，现将《涔川县2025年"
               "〈政府工作报告〉目标任务分解方案》（以下简称《分解方案》）印发给你们，并就有关事项通知如下。"),
        ("一、压实工作责任。", "责任县领导要加强统筹调度，及时协调解决推进中的重大问题。牵头单位是任务落实的第一责任单位，"
                       "要制定推进计划，细化工作措施，明确责任人和时间节点；配合单位要主动对接、密切配合，按职责做好相关工作。"),
        ("二、明确分工规则。", COVER_RULE[len("二、明确分工规则。"):]),
        ("三、强化督查考核。", "各牵头单位于每季度末月25日前将任务进展情况报县政府督查室，12月20日前报送全年完成情况。"
                       "县政府督查室将适时开展专项督查，督查结果纳入年度绩效考核。"),
    ]
    for lead, text in body:
        p = para(doc, "", indent=32, line=29)
        if lead:
            font(p.add_run(lead), HT, 16)
        font(p.add_run(text), FS, 16)
    para(doc, "联系人：县政府督查室　周　敏，联系电话：0739-5821067。", FS, 16, indent=32, line=29)
    para(doc, "")
    para(doc, "附件：涔川县2025年《政府工作报告》目标任务分解方案", FS, 16, indent=32, line=29)
    para(doc, "")
    p = para(doc, "涔川县人民政府办公室", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, line=29)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2025年2月24日", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, line=29)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "")
    para(doc, "（此件公开发布）", FS, 16, indent=32, line=29)

    # --- 附件: landscape section ---
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    sec2.top_margin, sec2.bottom_margin = Cm(2.6), Cm(2.4)
    sec2.left_margin, sec2.right_margin = Cm(2.0), Cm(2.0)
    para(doc, "附件", HT, 16, line=29)
    para(doc, "")
    para(doc, "涔川县2025年《政府工作报告》目标任务分解方案", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=29,
         after=12)

    table = doc.add_table(rows=0, cols=6)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblpr.append(lay)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), WIDTHS):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))

    r0 = section_row(table, "一、主要预期目标（7项）", 1)
    r1 = header_row(table, HEAD_A)
    repeat_header(r0)      # the author marked the first two rows 重复标题行
    repeat_header(r1)
    for vals in BLOCK_A:
        data_row(table, vals, text_cols={1})
    section_row(table, "二、重点工作任务（26项）", 1)
    header_row(table, HEAD_B)
    for heading, rows in BLOCK_B:
        section_row(table, heading, 2)
        for vals in rows:
            data_row(table, vals, text_cols={1})
    section_row(table, "三、民生实事项目（10项）", 1)
    header_row(table, HEAD_C)
    for vals in BLOCK_C:
        data_row(table, vals, text_cols={1, 2})

    # --- 版记 on its own portrait page ---
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(22):
        para(doc, "", line=29)
    bj = doc.add_table(rows=2, cols=1)
    tblpr = bj._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4")):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), sz); e.set(qn("w:space"), "0"); e.set(qn("w:color"), "000000")
        borders.append(e)
    for edge in ("left", "right", "insideV"):
        e = OxmlElement(f"w:{edge}"); e.set(qn("w:val"), "nil"); borders.append(e)
    tblpr.append(borders)
    c = bj.rows[0].cells[0]
    c.paragraphs[0].paragraph_format.left_indent = Pt(14)
    font(c.paragraphs[0].add_run("抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院，县人武部。"), FS, 14)
    c = bj.rows[1].cells[0]
    p = c.paragraphs[0]
    p.paragraph_format.left_indent = Pt(14)
    font(p.add_run("涔川县人民政府办公室"), FS, 14)
    font(p.add_run("\u3000" * 9 + "2025年2月24日印发"), FS, 14)

    cp = doc.core_properties
    cp.author = "Administrator"
    cp.last_modified_by = "县政府办文电科"
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 4
    cp.created = datetime.datetime(2025, 2, 21, 9, 12, 0)
    cp.modified = datetime.datetime(2025, 2, 24, 10, 37, 0)
    cp.last_printed = datetime.datetime(2025, 2, 24, 10, 35, 0)

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so that two runs give the same bytes
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 24, 10, 37, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def main():
    data = build_docx()
    with open(os.path.join(HERE, NOTICE), "wb") as f:
        f.write(data)
    recs = gold_records()
    assert len(recs) == 43, len(recs)
    with open(os.path.join(HERE, GOLD), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {NOTICE} ({len(data)} bytes) and {GOLD} ({len(recs)} tasks)")


if __name__ == "__main__":
    main()
