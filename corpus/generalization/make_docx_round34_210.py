#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generate 210_lanchuan_shangwu.docx: a 市商务局 internal 分工 of its annual key
work. Portrait notice, then a landscape section holding the attachment table:
title row merged across all columns, header row, 工作任务 and 分管局领导 merged
vertically, one 具体举措 cell with two paragraphs, a footnote row merged across.
"""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_SECTION, WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "210_lanchuan_shangwu.docx")

FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
st.font.size = Pt(16)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = Pt(28)

sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)


def font(run, name=FS, size=16, bold=False):
    run.font.name = "Times New Roman"
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.font.bold = bold


def para(text, align=None, indent=True, name=FS, size=16, bold=False):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if text:
        font(p.add_run(text), name, size, bold)
    return p


# ---------------- 版头 / 主体 ----------------
para("澜川市商务局文件", WD_ALIGN_PARAGRAPH.CENTER, False, XBS, 26)
para("")
para("澜商发〔2024〕12号", WD_ALIGN_PARAGRAPH.CENTER, False)
para("")
para("澜川市商务局关于印发2024年全市商务", WD_ALIGN_PARAGRAPH.CENTER, False, XBS, 22)
para("重点工作任务分工方案的通知", WD_ALIGN_PARAGRAPH.CENTER, False, XBS, 22)
para("")
para("局机关各科室、直属各单位：", indent=False)
para("为贯彻落实全市经济工作会议和市政府工作报告部署，确保全年商务发展目标任务如期完成，"
     "经局党组会议研究，现将《2024年全市商务重点工作任务分工方案》印发给你们，请认真抓好落实。")
para("各分管局领导要加强对分管领域重点工作的调度指导；各责任科室要制定具体推进计划，"
     "明确时间节点，协办科室要积极配合。局办公室负责任务落实情况的跟踪督办，"
     "每季度汇总通报一次，年底纳入科室年度考核。")
para("")
para("附件：2024年全市商务重点工作任务分工表")
para("")
para("")
para("澜川市商务局", WD_ALIGN_PARAGRAPH.RIGHT, False)
para("2024年3月8日", WD_ALIGN_PARAGRAPH.RIGHT, False)
para("（此件不公开）")

# ---------------- 附件: landscape section ----------------
ns = doc.add_section(WD_SECTION.NEW_PAGE)
ns.orientation = WD_ORIENT.LANDSCAPE
ns.page_width, ns.page_height = Cm(29.7), Cm(21.0)
ns.top_margin, ns.bottom_margin = Cm(2.5), Cm(2.2)
ns.left_margin, ns.right_margin = Cm(2.2), Cm(2.2)

para("附件", indent=False, name=HT)

HEAD = ["序号", "工作任务", "具体举措", "分管局领导", "责任科室", "协办科室", "完成时限"]
WIDTHS = [Cm(1.3), Cm(3.2), Cm(9.6), Cm(2.2), Cm(3.4), Cm(3.6), Cm(2.0)]

# (工作任务, [ (具体举措 [paragraphs], 责任科室, 协办科室, 完成时限) ... ])
GROUPS = [
    ("稳住外贸基本盘", [
        (["实施外贸主体培育行动，新增有进出口实绩企业120家，全年货物进出口总额增长5%以上。"],
         "外贸科", "各县（市、区）商务主管部门", "全年"),
        (["组织企业参加广交会、进博会、消博会等重点展会，全年支持企业参加境内外展会80场次以上。"],
         "外贸科", "财务审计科", "2024年11月底前"),
        (["推动跨境电商综合试验区建设，新培育跨境电商产业园2个，跨境电商交易额增长15%。"],
         "电子商务科、外贸科", "口岸物流科", "全年"),
        (["发挥出口信用保险作用，扩大小微企业统保平台覆盖面，短期险承保规模达到18亿美元。"],
         "外贸科", "财务审计科", "全年"),
    ]),
    ("扩大利用外资", [
        (["开展“投资澜川”专题招商月活动，赴长三角、粤港澳大湾区举办专题招商推介会6场以上。"],
         "外国投资管理科", "市投资促进服务中心", "2024年9月底前"),
        (["落实外资企业国民待遇，建立重点外资企业“服务专员”制度，协调解决企业诉求。"],
         "外国投资管理科", "政策法规科", "全年"),
        (["全年实际使用外资2.5亿美元，新设外商投资企业40家。"],
         "外国投资管理科", "综合科", "全年"),
    ]),
    ("促进消费扩容提质", [
        (["举办“乐购澜川”消费季、“夜澜川”夜间消费节等系列活动，全年开展促消费活动不少于50场。",
          "统筹用好市级促消费专项资金，重点支持汽车、家电、餐饮等大宗和热点消费，带动社会消费品零售额增长。"],
         "消费促进科", "市场运行科、财务审计科", "全年"),
        (["推进汽车以旧换新和家电以旧换新工作，全年完成汽车报废更新和置换更新1.2万辆。"],
         "消费促进科", "流通业发展科", "2024年12月底前"),
        (["培育特色商业街区，争创省级高品质步行街1条、省级夜间经济集聚区2个。"],
         "流通业发展科", "消费促进科", "2024年10月底前"),
        (["全年社会消费品零售总额增长6%左右，限额以上单位消费品零售额增长7%。"],
         "市场运行科", "消费促进科", "全年"),
    ]),
    ("完善现代流通体系", [
        (["推进县域商业体系建设，新建改造乡镇商贸中心8个、村级便民商店60个。"],
         "流通业发展科", "各县（市、区）商务主管部门", "2024年11月底前"),
        (["加快冷链物流设施建设，支持澜川农产品冷链物流园二期项目建设，新增冷库库容3万吨。"],
         "流通业发展科", "口岸物流科", "全年"),
        (["做好生活必需品市场监测和应急保供，完善重要商品储备制度，确保市场供应平稳。"],
         "市场运行科", "流通业发展科", "全年"),
    ]),
    ("推进对外经济合作", [
        (["支持企业稳妥有序“走出去”，对外直接投资备案额达到1.5亿美元，对外承包工程营业额增长10%。"],
         "对外经济合作科", "外国投资管理科", "全年"),
        (["做好境外企业和人员安全风险防范，每季度开展一次境外安全风险排查。"],
         "对外经济合作科", "安全生产监督管理科", "每季度末"),
    ]),
    ("加快数字商务发展", [
        (["实施“数商兴农”工程，培育农村电商示范镇5个、直播电商基地3个。"],
         "电子商务科", "流通业发展科", "2024年12月底前"),
        (["开展电子商务进企业、进园区培训，全年培训电商从业人员3000人次以上。"],
         "电子商务科", "", "全年"),
        (["全年网络零售额增长10%以上，农村网络零售额增长12%以上。"],
         "电子商务科", "市场运行科", "全年"),
    ]),
    ("强化口岸开放功能", [
        (["推进澜川港二类口岸升格一类口岸申报工作，完成口岸查验基础设施建设。"],
         "口岸物流科", "综合科、财务审计科", "2024年12月底前"),
        (["优化口岸营商环境，进口、出口整体通关时间分别压缩至40小时、1.2小时以内。"],
         "口岸物流科", "外贸科", "全年"),
        (["加快发展多式联运，推动中欧班列（澜川）全年开行120列以上。"],
         "口岸物流科、外贸科", "市投资促进服务中心", "全年"),
    ]),
    ("加强机关自身建设", [
        (["落实全面从严治党主体责任，深化模范机关创建，开展“商务为民”主题实践活动。"],
         "机关党委", "办公室、人事科", "全年"),
        (["做好重点工作督查督办，每月调度任务推进情况，每季度向市政府报送进展情况。"],
         "办公室", "综合科", "每月底"),
        (["开展商务领域安全生产治本攻坚行动，强化成品油、商业综合体、预付卡等领域安全监管。"],
         "安全生产监督管理科", "流通业发展科、市场运行科、市商务综合行政执法支队", "全年"),
        (["推进商务领域法治建设，完成行政规范性文件合法性审核和清理工作。"],
         "政策法规科", "办公室", "2024年6月底前"),
    ]),
]
# 分管局领导 merged spans (first row index within tasks, number of rows, name)
LEADERS = [(0, 7, "孙立群"), (7, 7, "郭海燕"), (14, 5, "林涛"), (19, 3, "黄建国"), (22, 4, "赵明轩")]

n_tasks = sum(len(g[1]) for g in GROUPS)
table = doc.add_table(rows=2 + n_tasks + 1, cols=7)
table.style = doc.styles["Table Grid"]
table.alignment = WD_TABLE_ALIGNMENT.CENTER
table.autofit = False
for row in table.rows:
    for i, c in enumerate(row.cells):
        c.width = WIDTHS[i]


def put(cell, paras, size=10.5, name=FS, bold=False, align=None):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    first = cell.paragraphs[0]
    for k, text in enumerate(paras):
        p = first if k == 0 else cell.add_paragraph()
        p.paragraph_format.line_spacing = Pt(16)
        if align is not None:
            p.alignment = align
        if text:
            font(p.add_run(text), name, size, bold)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trPr.append(h)


# title row merged across all 7 columns
t = table.cell(0, 0).merge(table.cell(0, 6))
put(t, ["2024年全市商务重点工作任务分工表"], size=16, name=XBS, align=WD_ALIGN_PARAGRAPH.CENTER)
for i, h in enumerate(HEAD):
    put(table.cell(1, i), [h], size=11, name=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
set_repeat_header(table.rows[1])

r = 2
seq = 1
for task, measures in GROUPS:
    top = r
    for (text, resp, assist, due) in measures:
        put(table.cell(r, 0), [str(seq)], align=WD_ALIGN_PARAGRAPH.CENTER)
        put(table.cell(r, 2), text)
        put(table.cell(r, 4), [resp], align=WD_ALIGN_PARAGRAPH.CENTER)
        put(table.cell(r, 5), [assist], align=WD_ALIGN_PARAGRAPH.CENTER)
        put(table.cell(r, 6), [due], align=WD_ALIGN_PARAGRAPH.CENTER)
        r += 1
        seq += 1
    m = table.cell(top, 1).merge(table.cell(r - 1, 1))
    put(m, [task], align=WD_ALIGN_PARAGRAPH.CENTER)
for first, n, name in LEADERS:
    m = table.cell(2 + first, 3).merge(table.cell(2 + first + n - 1, 3))
    put(m, [name], align=WD_ALIGN_PARAGRAPH.CENTER)

# footnote row merged across
f = table.cell(r, 0).merge(table.cell(r, 6))
put(f, ["注：1.责任科室为牵头科室，列有两个责任科室的共同牵头；协办科室为配合科室。"
        "2.各责任科室于每季度最后一个月25日前将任务进展情况报局办公室，“全年”类任务按季度报送。"],
    size=10.5)

para("")
# ---------------- 版记 ----------------
para("抄送：市政府办公室，驻局纪检监察组。", indent=False, size=14)
para("澜川市商务局办公室　　　　　　　　　　　　　　　　　2024年3月8日印发", indent=False, size=14)

doc.core_properties.author = "澜川市商务局办公室"
doc.core_properties.title = "2024年全市商务重点工作任务分工方案"
doc.save(OUT)
print("wrote", OUT, n_tasks, "tasks")

# The corpus's convention (24, 72, 182): a 工作任务 merged down over numbered rows opens each row's task, its
# 具体举措 after it, so the head is the 工作任务's. The gold's heads were typed from the 具体举措 (see the notes);
# each is checked against its row's cell here, then replaced by its group's name.
import json
GOLD = os.path.join(HERE, "210_lanchuan_shangwu.tasks.gold.jsonl")
rows = [(task, measure) for task, measures in GROUPS for measure in measures]
gold = [json.loads(line) for line in open(GOLD, encoding="utf-8") if line.strip()]
assert len(gold) == len(rows)
for g, (task, measure) in zip(gold, rows):
    text = measure[0] if isinstance(measure[0], str) else measure[0][0]
    assert text.startswith(g["head"]) or task.startswith(g["head"]), (g["id"], g["head"], text[:12])
    g["head"] = task[:12]
with open(GOLD, "w", encoding="utf-8") as f:
    for g in gold:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
