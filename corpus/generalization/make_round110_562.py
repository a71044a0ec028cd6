#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Write 562_chengqiao_qu_minsheng_shishi_fengong.docx: a 区政府办公室 red-header
notice dividing the district's 2025 民生实事 projects among 区领导 and units,
with the 分工表 as a landscape Word table in 附件."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

NAME = "562_chengqiao_qu_minsheng_shishi_fengong.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
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
    if color:
        run.font.color.rgb = color


def para(doc_or_cell, text="", east=FS, size=16, bold=False, align=None,
         indent=False, color=None, line=Pt(28), before=0, after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line is not None:
        pf.line_spacing = line
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        set_font(r, east, size, bold, color)
    return p


def border(p, side, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)


doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

# python-docx's template starts with no paragraph; red header
p = para(doc, "澄桥区人民政府办公室文件", east=XBS, size=34,
         align=WD_ALIGN_PARAGRAPH.CENTER, color=RGBColor(0xFF, 0, 0), line=None,
         before=30)
_sp = OxmlElement("w:spacing"); _sp.set(qn("w:val"), "-40"); p.runs[0]._element.get_or_add_rPr().append(_sp)
para(doc)
p = para(doc, "澄政办发〔2025〕4号", align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
border(p, "bottom", sz=24)
para(doc)

para(doc, "澄桥区人民政府办公室", east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
     line=Pt(36))
para(doc, "关于印发2025年区级民生实事项目责任分工的通知", east=XBS, size=22,
     align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
para(doc)
para(doc, "各镇人民政府、街道办事处，区政府各部门，区直各单位：")

body = [
    "经区十八届人大五次会议票决，2025年区级民生实事项目共确定为7类28项。为确保各项目按期建成、群众满意，"
    "经区政府同意，现将《2025年区级民生实事项目责任分工表》印发给你们，并就有关事项通知如下。",
]
for t in body:
    para(doc, t, indent=True)

para(doc, "一、压实工作责任", east=HT, indent=True)
para(doc, "每个项目明确1名责任区领导和牵头单位，责任区领导负责统筹协调、督促推进，"
          "牵头单位为项目第一责任单位，主要负责同志为第一责任人，负责制定实施方案、细化年度目标和节点安排；"
          "配合单位要按照职责分工主动对接、密切配合，形成工作合力。", indent=True)
para(doc, "二、加快项目实施", east=HT, indent=True)
para(doc, "各牵头单位要于3月10日前将项目实施方案（含资金来源、实施地点、节点计划）报区政府督查室备案。"
          "涉及土地、规划、资金等审批事项的，相关部门要开辟绿色通道，确保项目早开工、早见效。"
          "区财政局要按照项目进度及时拨付资金，保障项目顺利实施。", indent=True)
para(doc, "三、强化督查考核", east=HT, indent=True)
para(doc, "自4月起，各牵头单位于每月25日前将项目进展情况书面报送区政府督查室（联系人：葛蕾，"
          "电话：6832517，邮箱：cqqdcs@163.com）。区政府督查室将会同区人大常委会代表工委对项目推进情况"
          "进行跟踪督办，督查结果纳入年度综合考核。年底前，各项目接受区人大代表满意度测评。", indent=True)
para(doc)
p = para(doc, "附件：2025年区级民生实事项目责任分工表", indent=True)
para(doc)
para(doc)
para(doc, "澄桥区人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(64)
para(doc, "2025年2月24日", align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(80)
para(doc, "（此件公开发布）", indent=True)

# ---- attachment: landscape section
new = doc.add_section()
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = Cm(29.7), Cm(21.0)
new.top_margin, new.bottom_margin = Cm(2.6), Cm(2.4)
new.left_margin, new.right_margin = Cm(2.5), Cm(2.5)

para(doc, "附件", east=HT, size=16)
para(doc, "2025年区级民生实事项目责任分工表", east=XBS, size=22,
     align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36), after=8)

# (序号, 项目名称, 建设内容及目标, 责任区领导, 牵头单位, 配合单位, 完成时限)
CATS = [
    ("一、教育提质（4项）", [
        ("新建澄桥区实验小学二期工程", "新建教学综合楼、风雨操场等1.8万平方米，新增学位1080个，9月投入使用。",
         "韦丽娟", "区教育局", "区发展改革局、区财政局、区住房城乡建设局、市自然资源和规划局澄桥分局", "2025年8月底"),
        ("新增普惠性学前教育学位", "新建、改扩建公办幼儿园3所，新增普惠性学位540个。",
         "韦丽娟", "区教育局", "区住房城乡建设局、有关镇人民政府、街道办事处", "2025年8月底"),
        ("实施中小学课后服务提质行动", "全区义务教育学校课后服务覆盖率保持100%，开设科技、体育、艺术等特色课程不少于200门。",
         "韦丽娟", "区教育局", "区财政局", "2025年12月底"),
        ("改造提升中小学校食堂", "完成12所中小学校食堂改造提升，实现“明厨亮灶”全覆盖。",
         "韦丽娟", "区教育局", "区市场监管局", "2025年8月底"),
    ]),
    ("二、健康澄桥（4项）", [
        ("建设区人民医院急诊急救综合楼", "建成急诊急救综合楼2.4万平方米，新增床位300张，建立胸痛、卒中、创伤中心。",
         "唐晓雯", "区卫生健康局", "区发展改革局、区财政局、区住房城乡建设局", "2025年12月底"),
        ("开展适龄妇女“两癌”免费筛查", "为全区35—64岁适龄妇女免费提供宫颈癌、乳腺癌筛查1.2万人次。",
         "唐晓雯", "区卫生健康局", "区妇联", "2025年11月底"),
        ("推进社区医院建设", "新建社区医院2家，完成5家社区卫生服务站标准化改造。",
         "唐晓雯", "区卫生健康局", "区住房城乡建设局、各街道办事处", "2025年12月底"),
        ("资助困难群众参加基本医疗保险", "对特困人员、低保对象等困难群众参加城乡居民基本医疗保险个人缴费部分给予全额或定额资助。",
         "唐晓雯", "区医保局", "区民政局、区财政局、区残联、区退役军人事务局", "2025年6月底"),
    ]),
    ("三、养老服务和社会保障（4项）", [
        ("建设社区嵌入式养老服务中心", "新建社区嵌入式养老服务中心4个，每个中心设置托养床位不少于10张。",
         "唐晓雯", "区民政局", "区住房城乡建设局、各街道办事处", "2025年10月底"),
        ("实施困难老年人家庭适老化改造", "为300户特殊困难老年人家庭实施居家适老化改造。",
         "唐晓雯", "区民政局", "区残联", "2025年10月底"),
        ("扩大老年助餐服务覆盖面", "新增老年助餐点15个，城市社区老年助餐服务覆盖率达到85%以上。",
         "唐晓雯", "区民政局", "区市场监管局、各镇人民政府、各街道办事处", "2025年12月底"),
        ("开展残疾儿童康复救助", "为0—17岁残疾儿童提供康复训练、辅具适配等救助服务不少于260人。",
         "唐晓雯", "区残联", "区卫生健康局、区教育局、区民政局", "2025年12月底"),
    ]),
    ("四、就业创业（3项）", [
        ("开展职业技能提升培训", "开展企业职工、重点群体职业技能培训6000人次，新增技能人才2000人。",
         "邹海涛", "区人力资源社会保障局", "区总工会、团区委、区妇联", "2025年12月底"),
        ("建设“家门口”就业服务站", "在社区建设“家门口”就业服务站20个，提供岗位推荐、就业指导等服务。",
         "邹海涛", "区人力资源社会保障局", "各镇人民政府、各街道办事处", "2025年9月底"),
        ("发放创业担保贷款", "发放创业担保贷款1.5亿元以上，扶持创业1000人以上。",
         "邹海涛", "区人力资源社会保障局", "区财政局", "2025年12月底"),
    ]),
    ("五、城市建设和管理（7项）", [
        ("改造提升城镇老旧小区", "改造2000年以前建成的老旧小区26个，惠及居民4300户。",
         "钱永刚", "区住房城乡建设局", "区财政局、国网澄桥区供电公司、有关街道办事处", "2025年11月底"),
        ("推进既有住宅加装电梯", "完成既有住宅加装电梯80部。",
         "钱永刚", "区住房城乡建设局", "区市场监管局、市自然资源和规划局澄桥分局、各街道办事处", "2025年12月底"),
        ("建设电动自行车集中充电设施", "在住宅小区新建电动自行车集中充电端口3000个，消除飞线充电隐患。",
         "钱永刚", "区住房城乡建设局", "区消防救援大队、国网澄桥区供电公司、各街道办事处", "2025年9月底"),
        ("实施城区雨污分流改造", "完成城区雨污分流改造管网28公里，消除易涝点6处。",
         "钱永刚、马俊峰", "区住房城乡建设局", "市生态环境局澄桥分局、区城管局", "2025年12月底"),
        ("打通城区断头路", "打通宁河路、文昌街等城区断头路5条，改善片区交通微循环。",
         "马俊峰", "区交通运输局", "市自然资源和规划局澄桥分局、区住房城乡建设局、有关街道办事处", "2025年12月底"),
        ("新增公共停车泊位", "新建公共停车场4处，新增公共停车泊位1500个。",
         "马俊峰", "区城管局", "市公安局澄桥分局", "2025年12月底"),
        ("建设口袋公园和城市绿道", "新建口袋公园8个、城市绿道12公里。",
         "马俊峰", "区城管局", "/", "2025年10月底"),
    ]),
    ("六、乡村振兴（3项）", [
        ("实施农村供水保障提升工程", "改造农村供水管网60公里，提升农村自来水普及率和水质达标率。",
         "邹海涛", "区水利局", "区农业农村局、各镇人民政府", "2025年11月底"),
        ("提档升级农村公路", "完成农村公路提档升级45公里，实施危桥改造3座。",
         "邹海涛", "区交通运输局", "各镇人民政府", "2025年11月底"),
        ("开展农村人居环境整治提升", "建设省级美丽宜居村庄3个，完成农村户厕问题摸排整改。",
         "邹海涛", "区农业农村局", "区住房城乡建设局、市生态环境局澄桥分局、各镇人民政府", "2025年12月底"),
    ]),
    ("七、文化体育（3项）", [
        ("建设城市书房", "新建24小时城市书房4家，开展全民阅读活动不少于100场。",
         "韦丽娟", "区文化旅游体育局", "/", "2025年10月底"),
        ("新建全民健身场地设施", "新建多功能运动场10处、健身步道8公里，推动学校体育场地向社会开放。",
         "韦丽娟", "区文化旅游体育局", "区教育局、各镇人民政府、各街道办事处", "2025年12月底"),
        ("开展文化惠民演出活动", "开展送戏下乡、广场文艺演出等文化惠民活动200场。",
         "韦丽娟", "区文化旅游体育局", "各镇人民政府、各街道办事处", "2025年12月底"),
    ]),
]

HEAD = ["序号", "项目名称", "建设内容及目标", "责任区领导", "牵头单位", "配合单位", "完成时限"]
WIDTHS = [Cm(1.2), Cm(4.0), Cm(7.0), Cm(2.2), Cm(3.2), Cm(4.6), Cm(2.5)]

nrows = 1 + sum(1 + len(items) for _, items in CATS)
tbl = doc.add_table(rows=nrows, cols=7)
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
tbl.autofit = False


def fill(cell, text, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    if text:
        r = p.add_run(text)
        set_font(r, east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


for row in tbl.rows:
    for i, c in enumerate(row.cells):
        c.width = WIDTHS[i]
for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), WIDTHS):
    gc.set(qn("w:w"), str(int(w.twips)))
_tblpr = tbl._tbl.tblPr
_lay = OxmlElement("w:tblLayout")
_lay.set(qn("w:type"), "fixed")
_tblpr.append(_lay)

# header row, repeated on each page
hdr = tbl.rows[0]
trpr = hdr._tr.get_or_add_trPr()
th = OxmlElement("w:tblHeader")
trpr.append(th)
for i, h in enumerate(HEAD):
    fill(hdr.cells[i], h, east=HT, size=12)

r = 1
n = 0
for cat, items in CATS:
    row = tbl.rows[r]
    c = row.cells[0].merge(row.cells[6])
    fill(c, cat, east=HT, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
    r += 1
    start = r
    for (name, content, leader, lead, coop, when) in items:
        n += 1
        cells = tbl.rows[r].cells
        fill(cells[0], str(n))
        fill(cells[1], name, align=WD_ALIGN_PARAGRAPH.LEFT)
        fill(cells[2], content, align=WD_ALIGN_PARAGRAPH.LEFT)
        fill(cells[4], lead)
        fill(cells[5], coop, align=WD_ALIGN_PARAGRAPH.CENTER if coop == "/" else WD_ALIGN_PARAGRAPH.LEFT)
        fill(cells[6], when)
        r += 1
    # merge runs of the same leader down within the category
    i = 0
    while i < len(items):
        j = i
        while j + 1 < len(items) and items[j + 1][2] == items[i][2]:
            j += 1
        top = tbl.rows[start + i].cells[3]
        if j > i:
            top = top.merge(tbl.rows[start + j].cells[3])
        fill(top, items[i][2])
        i = j + 1

# 版记
para(doc, line=None)
p = para(doc, "抄送：区委各部门，区人大常委会办公室，区政协办公室，区监委，区法院，区检察院。",
         size=14, line=Pt(24))
p.paragraph_format.left_indent = Pt(14)
border(p, "top", color="000000", sz=8)
border(p, "bottom", color="000000", sz=4)
p = para(doc, "澄桥区人民政府办公室　　　　　　　　　　　　　　　　　　　　　　　　　　　　　2025年2月24日印发",
         size=14, line=Pt(24))
p.paragraph_format.left_indent = Pt(14)
border(p, "bottom", color="000000", sz=8)

doc.core_properties.author = "czb"
doc.core_properties.title = ""
doc.save(OUT)
print(OUT)
