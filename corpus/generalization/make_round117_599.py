#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Write 599_jichuan_xian_zhongdian_renwu_taizhang_xiegang_lan.docx next to this script.

A 县政府办 red-header notice printing its 重点工作任务推进台账: a landscape table
序号 / 重点任务 / 责任县领导 / 牵头单位/配合单位 / 推进节点 (一季度…四季度), where the
lead and the cooperating units share one column and are parted by “/”.
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

NAME = "599_jichuan_xian_zhongdian_renwu_taizhang_xiegang_lan.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, name, size, bold=False, color=None):
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
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", font=FS, size=16, align=None, indent=False,
         bold=False, color=None, space=28, first_line_chars=None):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if space:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(space)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def cell_text(cell, text, font=FS, size=11, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = cell.paragraphs[0]
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    p.alignment = align
    parts = text.split("\n")
    for i, t in enumerate(parts):
        r = p.add_run(t)
        set_font(r, font, size, bold)
        if i < len(parts) - 1:
            r.add_break()


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trpr.append(c)


doc = Document()
st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

# ---- 版头 ----
for _ in range(2):
    para(doc, "")
para(doc, "霁川县人民政府办公室文件", XBS, 36, WD_ALIGN_PARAGRAPH.CENTER,
     color="FF0000", space=None)
para(doc, "")
p = para(doc, "霁政办发〔2025〕7号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER)
bottom_border(p)
para(doc, "")
para(doc, "霁川县人民政府办公室", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, space=36)
para(doc, "关于印发霁川县2025年县政府重点工作任务", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, space=36)
para(doc, "推进台账的通知", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, space=36)
para(doc, "")
para(doc, "各乡镇人民政府、街道办事处，县政府各部门，县直有关单位：")
para(doc, "为确保县十八届人大四次会议审议通过的《政府工作报告》确定的各项目标任务落到实处，"
          "经县政府同意，现将《霁川县2025年县政府重点工作任务推进台账》印发给你们，"
          "并就有关事项通知如下。", indent=True)

p = para(doc, "", indent=True)
set_font(p.add_run("一、压实工作责任。"), HT, 16)
set_font(p.add_run("各责任县领导要加强对分管领域重点任务的统筹调度，定期听取汇报，协调解决推进中的困难和问题。"
                   "牵头单位对所牵头任务负总责，主要负责同志要亲自研究部署，细化推进措施，明确具体责任人；"
                   "配合单位要主动对接、密切协作，按要求完成职责范围内的工作，不得推诿扯皮。"), FS, 16)
p = para(doc, "", indent=True)
set_font(p.add_run("二、按季推进落实。"), HT, 16)
set_font(p.add_run("各牵头单位要对照台账确定的季度节点倒排工期、挂图作战，于每季度末月25日前将任务推进情况"
                   "（含配合单位工作情况）报县政府督查室，对未按节点推进的任务要说明原因、提出整改措施。"), FS, 16)
p = para(doc, "", indent=True)
set_font(p.add_run("三、强化督查考核。"), HT, 16)
set_font(p.add_run("县政府督查室要加强跟踪督办，每季度通报一次推进情况，推进情况纳入年度综合考核。"
                   "对工作推进不力、进度严重滞后的，按有关规定严肃问责。"), FS, 16)
para(doc, "")
para(doc, "附件：霁川县2025年县政府重点工作任务推进台账", indent=True)
para(doc, "")
para(doc, "")
para(doc, "")
p = para(doc, "霁川县人民政府办公室", FS, 16, WD_ALIGN_PARAGRAPH.RIGHT)
p.paragraph_format.right_indent = Pt(16 * 4)
p = para(doc, "2025年2月21日", FS, 16, WD_ALIGN_PARAGRAPH.RIGHT)
p.paragraph_format.right_indent = Pt(16 * 4)
para(doc, "（此件公开发布）", indent=True)

# ---- 附件: landscape section ----
sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
sec2.orientation = WD_ORIENT.LANDSCAPE
sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
sec2.top_margin, sec2.bottom_margin = Cm(2.6), Cm(2.4)
sec2.left_margin, sec2.right_margin = Cm(2.4), Cm(2.4)

para(doc, "附件", HT, 16)
para(doc, "")
para(doc, "霁川县2025年县政府重点工作任务推进台账", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, space=36)
para(doc, "")

# (part heading, [(序号, 重点任务, 责任县领导, 牵头单位/配合单位, Q1, Q2, Q3, Q4), ...])
# a leader of None means: merged with the cell above.
PARTS = [
    ("一、扩大有效投资（4项）", [
        ("1", "全年实施重点项目120个，完成投资150亿元以上，其中新开工项目60个以上。", "韦长青",
         "县发改局/县财政局、县自然资源局、县住建局、各乡镇（街道）",
         "举行一季度项目集中开工活动", "完成年度投资40%", "完成年度投资75%", "完成全年目标"),
        ("2", "积极争取超长期特别国债、中央预算内投资和地方政府专项债券，全年争取上级资金25亿元以上。", None,
         "县发改局、县财政局",
         "完成项目储备和申报", "争取资金10亿元", "争取资金18亿元", "争取资金25亿元以上"),
        ("3", "深化“亩均论英雄”改革，盘活批而未供和闲置土地3000亩以上。", "林晓东",
         "县自然资源局/县发改局、县工信局、县税务局",
         "摸清底数、建立清单", "盘活1000亩", "盘活2000亩", "盘活3000亩以上"),
        ("4", "推进霁川经济开发区扩区调位，新建标准厂房20万平方米。", None,
         "霁川经济开发区管委会/县自然资源局、县住建局",
         "/", "完成扩区调位报批", "厂房主体完工", "建成标准厂房20万平方米"),
    ]),
    ("二、推动产业转型升级（5项）", [
        ("5", "实施规上工业企业技术改造项目30个，新增规上工业企业15家。", "林晓东",
         "县工信局/县发改局、县财政局、县统计局",
         "建立技改项目库", "新增规上企业5家", "新增规上企业10家", "完成全年目标"),
        ("6", "培育国家级专精特新“小巨人”企业2家、省级专精特新中小企业10家。", None,
         "县工信局",
         "/", "组织企业申报", "/", "完成认定"),
        ("7", "新增高新技术企业12家，全社会研发投入强度达到2.1%。", "蒋志刚",
         "县科技局/县工信局、县财政局、县统计局",
         "开展企业培育辅导", "完成高企申报", "/", "完成全年目标"),
        ("8", "推动文旅融合发展，创建国家4A级旅游景区1家，全年接待游客800万人次以上。", "邹　敏",
         "县文旅局/县发改局、县交通运输局、县市场监管局",
         "完成创建提升方案", "完成基础设施改造", "申报评定", "通过评定"),
        ("9", "实施县域商业体系建设行动，新增限额以上商贸企业20家，社会消费品零售总额增长6%。", None,
         "县商务局 / 县统计局、县市场监管局、各乡镇（街道）",
         "新增限上企业5家", "新增限上企业10家", "新增限上企业15家", "完成全年目标"),
    ]),
    ("三、推进乡村全面振兴（5项）", [
        ("10", "新建高标准农田3.5万亩，粮食播种面积稳定在68万亩以上。", "宋建华",
         "县农业农村局/县财政局、县自然资源局、县水利局、各乡镇（街道）",
         "完成项目招标", "完成工程量50%", "完成工程量90%", "全面完工验收"),
        ("11", "巩固拓展脱贫攻坚成果，确保不发生规模性返贫致贫。", None,
         "县农业农村局/县人社局、县医保局、县教体局、县民政局、各乡镇（街道）",
         "开展集中排查", "落实帮扶措施", "开展集中排查", "完成年度考核"),
        ("12", "实施农村供水保障工程，农村自来水普及率达到92%。", None,
         "县水利局/县财政局、县卫健局、各乡镇（街道）",
         "完成初步设计", "开工建设", "完成主体工程", "通水运行"),
        ("13", "完成农村公路提档升级80公里，改造危桥12座。", "蒋志刚",
         "县交通运输局／各乡镇（街道）",
         "/", "完成30公里", "完成60公里", "完成全年目标"),
        ("14", "开展农村人居环境整治提升，农村生活垃圾收运处置体系行政村覆盖率保持100%。", "宋建华",
         "各乡镇（街道）/县农业农村局、县住建局、县城管执法局、市生态环境局霁川分局",
         "开展春季村庄清洁行动", "开展夏季村庄清洁行动", "开展秋季村庄清洁行动", "完成年度评比"),
    ]),
    ("四、提升城市功能品质（4项）", [
        ("15", "改造城镇老旧小区28个，建成保障性安置住房1200套。", "林晓东",
         "县住建局/县财政局、县自然资源局、凤鸣街道",
         "完成改造方案", "开工改造", "完成改造60%", "完成全年目标"),
        ("16", "新建改造城市道路12公里，新增公共停车泊位2000个。", None,
         "县住建局、县城管执法局/县公安局、县自然资源局",
         "/", "开工建设", "新增泊位1000个", "完成全年目标"),
        ("17", "推进县城雨污分流改造，新建污水管网35公里。", None,
         "县住建局/市生态环境局霁川分局、县水利局",
         "完成排查建档", "新建管网10公里", "新建管网25公里", "新建管网35公里"),
        ("18", "深入打好蓝天保卫战，县城空气质量优良天数比例达到90%以上。", "蒋志刚",
         "市生态环境局霁川分局/县住建局、县交通运输局、县城管执法局、县公安局",
         "制定年度实施方案", "开展夏季臭氧攻坚", "/", "完成年度目标"),
    ]),
    ("五、增进民生福祉（5项）", [
        ("19", "新增城镇就业3500人，城镇调查失业率控制在5.5%以内。", "邹　敏",
         "县人社局/县发改局、县教体局、县财政局",
         "新增就业900人", "新增就业1800人", "新增就业2700人", "完成全年目标"),
        ("20", "新建改扩建中小学、幼儿园6所，新增学位3000个。", None,
         "县教体局/县发改局、县财政局、县自然资源局",
         "完成前期手续", "全面开工", "3所秋季投用", "完成全年目标"),
        ("21", "推进紧密型县域医共体建设，县域就诊率达到90%。", None,
         "县卫健局/县医保局、县财政局、县人社局",
         "完成实施方案", "医保打包支付落地", "/", "完成年度评估"),
        ("22", "新建社区嵌入式养老服务设施8个，改造提升乡镇敬老院5所。", None,
         "县民政局/县发改局、县财政局、各乡镇（街道）",
         "确定点位", "开工建设", "完成建设50%", "完成全年目标"),
        ("23", "扎实做好安全生产和防灾减灾救灾工作，坚决遏制较大及以上事故发生。", "韦长青、蒋志刚",
         "县应急管理局/县安委会各成员单位",
         "开展安全生产大检查", "做好汛前准备", "做好主汛期防御", "开展岁末年初专项整治"),
    ]),
    ("六、加强政府自身建设（3项）", [
        ("24", "深化“高效办成一件事”改革，年内推出集成办理事项20个以上。", "韦长青",
         "县政务服务和数据管理局/县直各有关单位",
         "推出事项5个", "推出事项10个", "推出事项15个", "推出事项20个以上"),
        ("25", "严格落实过紧日子要求，一般性支出压减5%以上。", None,
         "县财政局/",
         "下达压减指标", "/", "开展中期评估", "完成全年目标"),
        ("26", "全面推进严格规范公正文明执法，行政复议纠错率控制在合理区间。", None,
         "县司法局/无",
         "开展执法案卷评查", "/", "开展执法监督检查", "完成年度考核"),
    ]),
]

NCOL = 8
widths = [Cm(1.2), Cm(8.2), Cm(2.2), Cm(5.0), Cm(2.5), Cm(2.5), Cm(2.5), Cm(2.8)]
nrows = 2 + sum(1 + len(t) for _, t in PARTS)
table = doc.add_table(rows=nrows, cols=NCOL)
table.style = "Table Grid"
table.alignment = WD_TABLE_ALIGNMENT.CENTER
for row in table.rows:
    for i, c in enumerate(row.cells):
        c.width = widths[i]

# header rows
h0, h1 = table.rows[0], table.rows[1]
repeat_header(h0)
repeat_header(h1)
for i, t in enumerate(["序号", "重点任务", "责任县领导", "牵头单位/\n配合单位"]):
    cell_text(h0.cells[i], t, HT, 12)
    h0.cells[i].merge(h1.cells[i])
cell_text(h0.cells[4], "推进节点", HT, 12)
h0.cells[4].merge(h0.cells[7])
for i, t in enumerate(["一季度", "二季度", "三季度", "四季度"]):
    cell_text(h1.cells[4 + i], t, HT, 12)

r = 2
for head, tasks in PARTS:
    row = table.rows[r]
    a = row.cells[0].merge(row.cells[NCOL - 1])
    cell_text(a, head, HT, 12, WD_ALIGN_PARAGRAPH.LEFT)
    r += 1
    lead_row = None
    for t in tasks:
        row = table.rows[r]
        no_split(row)
        sn, task, leader, units, q1, q2, q3, q4 = t
        cell_text(row.cells[0], sn, FS, 11)
        cell_text(row.cells[1], task, FS, 11, WD_ALIGN_PARAGRAPH.LEFT)
        if leader is not None:
            cell_text(row.cells[2], leader, FS, 11)
            lead_row = r
        else:
            table.cell(lead_row, 2).merge(row.cells[2])
        cell_text(row.cells[3], units, FS, 11, WD_ALIGN_PARAGRAPH.LEFT)
        for k, q in enumerate((q1, q2, q3, q4)):
            cell_text(row.cells[4 + k], q, FS, 10.5)
        r += 1

para(doc, "", space=None)
para(doc, "注：1．“牵头单位/配合单位”栏中，“/”前为牵头单位，“/”后为配合单位；未标注“/”的，所列单位均为牵头单位。",
     FS, 12, space=20)
p = para(doc, "2．“推进节点”栏中“/”表示该季度无节点要求。", FS, 12, space=20)
p.paragraph_format.left_indent = Pt(12 * 2)

# ---- 版记: portrait last page ----
sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
sec3.orientation = WD_ORIENT.PORTRAIT
sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
for _ in range(20):
    para(doc, "")
bj = doc.add_table(rows=2, cols=1)
c = bj.rows[0].cells[0]
cell_text(c, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。", FS, 14,
          WD_ALIGN_PARAGRAPH.LEFT)
c = bj.rows[1].cells[0]
cell_text(c, "霁川县人民政府办公室　　　　　　　　　　2025年2月21日印发", FS, 14,
          WD_ALIGN_PARAGRAPH.LEFT)
# 版记 lines: top and bottom of the table and between rows
tblpr = bj._tbl.tblPr
borders = OxmlElement("w:tblBorders")
for side, sz in (("top", 8), ("bottom", 8), ("insideH", 4)):
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "0")
    e.set(qn("w:color"), "000000")
    borders.append(e)
for side in ("left", "right", "insideV"):
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "nil")
    borders.append(e)
tblpr.append(borders)

doc.core_properties.author = "县政府办公室"
doc.core_properties.title = "霁川县人民政府办公室关于印发霁川县2025年县政府重点工作任务推进台账的通知"
doc.save(OUT)
print(OUT)
