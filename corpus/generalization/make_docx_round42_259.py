#!/usr/bin/env python3
"""Generate 259_meize_zhongdian_fenjiebiao.docx and its gold.

A 县政府 notice whose attachment is one 4-column table 序号 | 重点任务 | 责任单位 | 完成时限.
The 责任单位 cell holds two paragraphs 牵头：A / 配合：B、C (sometimes only 牵头：A).
Category rows are merged across the table and name the responsible county leaders for every task under them.
The header row is marked w:tblHeader so Word repeats it on each page the table runs onto.
"""
import json, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "259_meize_zhongdian_fenjiebiao"

# category row text, leaders (names as printed in the row), tasks
# each task: (task text, lead units, coop units or None, deadline)
CATS = [
 ("一、稳增长", ["胡晓军", "蒋立新"], [
  ("全县地区生产总值增长6.5%左右，一般公共预算收入增长5%，固定资产投资增长8%。",
   ["县发展和改革局"], ["县财政局", "县统计局"], "2024年12月底前"),
  ("规模以上工业增加值增长8%，新增规模以上工业企业12家以上。",
   ["县工业和信息化局"], ["县统计局", "县经济开发区管委会"], "2024年12月底前"),
  ("社会消费品零售总额增长7%，全年举办“湄泽好物”促消费活动不少于6场。",
   ["县商务局"], ["县财政局", "县市场监督管理局", "各乡（镇）人民政府"], "2024年11月底前"),
  ("落实结构性减税降费政策，全年为各类经营主体减负2亿元以上。",
   ["县财政局", "国家税务总局湄泽县税务局"], ["县人力资源和社会保障局", "县医疗保障局"], "持续推进"),
  ("争取新增地方政府专项债券额度8亿元以上，债券资金支出进度达到序时要求。",
   ["县财政局"], ["县发展和改革局"], "2024年9月底前"),
 ]),
 ("二、抓项目", ["蒋立新"], [
  ("实施县级重点项目120个，年度完成投资150亿元以上，新开工项目45个。",
   ["县发展和改革局"], ["县自然资源局", "县住房和城乡建设局", "各乡（镇）人民政府"], "2024年12月底前"),
  ("开工建设湄江二桥及连接线工程，完成年度投资3.2亿元。",
   ["县交通运输局"], ["县自然资源局", "县水利局"], "2024年10月底前"),
  ("建成城东220千伏输变电工程并投入运行。",
   ["国网湄泽县供电公司"], ["县发展和改革局", "县自然资源局"], "2024年6月底前"),
  ("全年招引亿元以上项目30个，实际到位资金80亿元以上。",
   ["县投资促进局"], ["县经济开发区管委会", "县商务局"], "2024年12月底前"),
  ("完成土地征收1500亩，供应建设用地2000亩，盘活批而未供和闲置土地600亩。",
   ["县自然资源局"], None, "2024年12月底前"),
 ]),
 ("三、兴产业", ["彭嘉禾", "苏婷"], [
  ("新培育省级专精特新中小企业8家、高新技术企业15家，全社会研发投入强度达到1.8%。",
   ["县科学技术局", "县工业和信息化局"], ["县财政局"], "2024年12月底前"),
  ("建成湄泽经济开发区新材料产业园标准化厂房20万平方米。",
   ["县经济开发区管委会"], ["县住房和城乡建设局"], "2024年11月底前"),
  ("粮食播种面积稳定在52万亩以上，总产量稳定在22万吨以上。",
   ["县农业农村局"], ["各乡（镇）人民政府"], "2024年10月底前"),
  ("新建高标准农田3.5万亩，高效节水灌溉面积0.8万亩。",
   ["县农业农村局"], ["县财政局", "县水利局", "县自然资源局"], "2024年12月底前"),
  ("全年接待游客突破600万人次，创建国家4A级旅游景区1个。",
   ["县文化和旅游局"], ["县交通运输局", "县林业局", "县融媒体中心"], "2024年12月底前"),
 ]),
 ("四、促改革", ["胡晓军"], [
  ("深化“一件事一次办”改革，新增集成服务事项20项，政务服务事项全程网办率达到90%。",
   ["县行政审批服务局"], ["县数据资源局", "县直有关部门"], "2024年9月底前"),
  ("完成县属国有企业整合重组，组建湄泽县城市发展投资集团有限公司。",
   ["县国有资产服务中心"], ["县财政局", "县审计局"], "2024年6月底前"),
  ("开展“营商环境提升年”行动，营商环境评价进入全市前三名。",
   ["县发展和改革局"], ["县行政审批服务局", "县市场监督管理局", "县司法局"], "持续推进"),
  ("深化农村集体产权制度改革，村级集体经济收入全部达到10万元以上。",
   ["县农业农村局"], ["县财政局", "各乡（镇）人民政府"], "2024年12月底前"),
 ]),
 ("五、强城乡", ["龙海"], [
  ("实施城市更新项目12个，改造城镇老旧小区38个、惠及居民4200户。",
   ["县住房和城乡建设局"], ["县城市管理局", "县自然资源局"], "2024年11月底前"),
  ("新改建农村公路120公里，完成危桥改造15座。",
   ["县交通运输局"], None, "2024年12月底前"),
  ("PM2.5平均浓度控制在32微克/立方米以内，空气质量优良天数比例达到88%。",
   ["市生态环境局湄泽分局"], ["县住房和城乡建设局", "县交通运输局", "县公安局"], "2024年12月底前"),
 ]),
 ("六、惠民生", ["上官瑾", "苏婷", "龙海"], [
  ("城镇新增就业4500人，城镇调查失业率控制在5.5%以内。",
   ["县人力资源和社会保障局"], ["县财政局", "县市场监督管理局"], "2024年12月底前"),
  ("建成湄泽县第二实验小学并投入使用，新增学位1800个。",
   ["县教育体育局"], ["县住房和城乡建设局", "县自然资源局"], "2024年8月底前"),
  ("推进紧密型县域医共体建设，县域内就诊率达到90%以上。",
   ["县卫生健康局"], ["县医疗保障局"], "持续推进"),
  ("提高城乡最低生活保障标准，城市、农村低保标准分别提高到每人每月760元、580元。",
   ["县民政局"], ["县财政局"], "2024年7月底前"),
 ]),
]

FANGSONG = "仿宋_GB2312"
HEITI = "黑体"
XBS = "方正小标宋简体"


def set_font(run, size, face=FANGSONG, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = face
    rpr = run._element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), face)
    if color is not None:
        run.font.color.rgb = color


def para(doc, text, size=16, face=FANGSONG, align=None, indent=False, color=None, bold=False, line=28):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        set_font(p.add_run(text), size, face, bold, color)
    return p


def border(p, side, color="FF0000", sz=12):
    pPr = p._p.get_or_add_pPr()
    pbdr = pPr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        pPr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    pbdr.append(el)


def cell_para(cell, text, first=True, center=False, face=FANGSONG, size=12, bold=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = Pt(18)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run(text), size, face, bold)
    return p


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    trPr.append(el)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(OxmlElement("w:cantSplit"))


def main():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    RED = RGBColor(0xFF, 0, 0)

    # 版头
    para(doc, "")
    para(doc, "湄泽县人民政府文件", 48, XBS, WD_ALIGN_PARAGRAPH.CENTER, color=RED, line=60)
    para(doc, "")
    p = para(doc, "湄政发〔2024〕4号", 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom")
    para(doc, "")
    # 标题
    para(doc, "湄泽县人民政府", 22, XBS, WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "关于印发2024年县政府重点工作任务分解表的通知", 22, XBS, WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "")
    para(doc, "各乡（镇）人民政府，县经济开发区管委会，县直各单位：")
    body = [
        "县十八届人大四次会议审议通过的《政府工作报告》，明确了今年全县经济社会发展的主要目标和重点工作。为确保各项任务落到实处，经县政府同意，现将《2024年县政府重点工作任务分解表》印发给你们，并就有关事项通知如下。",
    ]
    for t in body:
        para(doc, t, indent=True)
    para(doc, "一、压实工作责任", 16, HEITI, indent=True)
    for t in [
        "分解表按稳增长、抓项目、兴产业、促改革、强城乡、惠民生六个类别排列，每一类别标题行所列责任县领导对该类别全部任务负领导责任，统筹调度、协调推进。",
        "责任单位栏中，“牵头”单位对任务落实负总责，列两个牵头单位的共同负责；“配合”单位要按照职责分工主动对接、密切配合，不得推诿扯皮。",
    ]:
        para(doc, t, indent=True)
    para(doc, "二、细化推进措施", 16, HEITI, indent=True)
    para(doc, "各牵头单位要对照分解表，逐项制定工作推进方案，明确时间表、路线图，于3月10日前报县政府督查室备案。", indent=True)
    para(doc, "三、强化督查考核", 16, HEITI, indent=True)
    para(doc, "县政府督查室要将分解表所列任务纳入年度督查计划，实行按月调度、按季通报，督查结果纳入年度绩效考核。对工作推进不力、未按期完成任务的，予以通报批评。", indent=True)
    para(doc, "")
    para(doc, "附件：2024年县政府重点工作任务分解表", indent=True)
    para(doc, "")
    para(doc, "")
    para(doc, "湄泽县人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(64)
    para(doc, "2024年2月26日", align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(64)
    para(doc, "")
    para(doc, "（此件公开发布）", indent=True)

    # 附件
    p = para(doc, "")
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件", 16, HEITI)
    para(doc, "")
    para(doc, "2024年县政府重点工作任务分解表", 22, XBS, WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "")

    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.3), Cm(7.6), Cm(4.9), Cm(2.4)]
    hdr = table.rows[0]
    repeat_header(hdr)
    cant_split(hdr)
    for c, (w, t) in zip(hdr.cells, zip(widths, ["序号", "重点任务", "责任单位", "完成时限"])):
        c.width = w
        cell_para(c, t, center=True, face=HEITI, size=12)
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    gold = []
    n = 0
    for cat, leaders, tasks in CATS:
        row = table.add_row()
        cant_split(row)
        a = row.cells[0].merge(row.cells[3])
        cell_para(a, f"{cat}（责任县领导：{'、'.join(leaders)}）", face=HEITI, size=12)
        for text, lead, coop, deadline in tasks:
            n += 1
            row = table.add_row()
            cant_split(row)
            cs = row.cells
            for c, w in zip(cs, widths):
                c.width = w
                c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            cell_para(cs[0], str(n), center=True)
            cell_para(cs[1], text)
            cell_para(cs[2], "牵头：" + "、".join(lead))
            if coop:
                cell_para(cs[2], "配合：" + "、".join(coop), first=False)
            cell_para(cs[3], deadline, center=True)
            gold.append({
                "id": str(n),
                "head": text[:12],
                "responsible_units": lead + (coop or []),
                "lead_units": lead,
                "cooperating_units": coop or [],
                "leaders": leaders,
            })

    # 版记
    para(doc, "")
    p = para(doc, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县人民法院，县人民检察院，县人武部。", 14)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = para(doc, "湄泽县人民政府办公室　　　　　　　　2024年2月27日印发", 14)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "bottom", "000000", 8)

    doc.save(os.path.join(HERE, STEM + ".docx"))
    with open(os.path.join(HERE, STEM + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(n, "tasks")


if __name__ == "__main__":
    main()
