#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 113, notice 579: a 市政府办公室 notice handing down the year's main
indicators (分解下达主要指标目标任务), its 附件 a landscape Word table whose
rows are the indicators and whose right-hand columns are the counties,
districts and development zones: each such cell holds that area's share of
the target (a number, `≤6`, `完成市下达任务`) or `—` where the area carries
no share.  The 牵头单位 and 责任市领导 columns stand before the area columns.
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

NAME = "579_ruichuan_shi_zhibiao_fenjie_diqu_shuzhi.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

REGIONS = ["汭城区", "东屏区", "柘水县", "岚坪县", "棠岭县", "溱安市", "高新区", "经开区"]
D = "—"

# (no, name, unit, city target, leaders, leads, 8 area cells)
PARTS = [
    ("一、综合经济（6项）", [
        ("1", "地区生产总值增长", "%", "6.5", "蒋明远", "市发展改革委、市统计局",
         ["6.3", "6.8", "6.5", "6.2", "6.0", "7.0", "8.5", "7.5"]),
        ("2", "一般公共预算收入增长", "%", "5.0", "蒋明远", "市财政局",
         ["5.0", "5.5", "5.0", "4.5", "4.5", "6.0", "7.0", "6.0"]),
        ("3", "税收收入占一般公共预算收入比重", "%", "≥72", "蒋明远",
         "市财政局、国家税务总局汭川市税务局",
         ["≥80", "≥75", "≥68", "≥65", "≥65", "≥72", "≥85", "≥80"]),
        ("4", "居民消费价格涨幅", "%", "2左右", "蒋明远",
         "市发展改革委、国家统计局汭川调查队", [D] * 8),
        ("5", "城镇居民人均可支配收入增长", "%", "5.5", "林雪", "市人力资源社会保障局",
         ["5.5", "5.5", "5.6", "5.8", "5.8", "5.6", D, D]),
        ("6", "农村居民人均可支配收入增长", "%", "7.0", "钱芸", "市农业农村局",
         [D, "7.2", "7.0", "7.3", "7.5", "7.0", D, D]),
    ]),
    ("二、产业发展（7项）", [
        ("7", "规模以上工业增加值增长", "%", "7.5", "柯晓峰", "市工业和信息化局",
         [D, "7.0", "7.5", "7.0", "7.0", "8.0", "10.0", "9.0"]),
        ("8", "规模以上工业企业净增", "家", "80", "柯晓峰", "市工业和信息化局、市统计局",
         [D, "6", "12", "9", "8", "15", "16", "14"]),
        ("9", "服务业增加值增长", "%", "6.5", "蒋明远", "市发展改革委",
         ["7.0", "7.0", "6.0", "6.0", "6.0", "6.5", D, D]),
        ("10", "高新技术企业总数", "家", "520", "戴振国", "市科技局",
         ["45", "52", "38", "26", "21", "68", "170", "100"]),
        ("11", "全社会研发经费投入强度", "%", "2.3", "戴振国", "市科技局、市统计局",
         ["1.6", "2.0", "1.8", "1.5", "1.4", "2.5", "4.8", "3.0"]),
        ("12", "粮食播种面积", "万亩", "186", "钱芸", "市农业农村局",
         [D, "3.2", "52.6", "41.5", "38.7", "50.0", D, D]),
        ("13", "新建高标准农田", "万亩", "12", "钱芸", "市农业农村局",
         [D, "0.3", "3.4", "2.8", "2.5", "3.0", D, D]),
    ]),
    ("三、投资和开放（7项）", [
        ("14", "固定资产投资增长", "%", "8.0", "蒋明远", "市发展改革委",
         ["6.0", "8.0", "8.0", "8.0", "8.0", "9.0", "12.0", "10.0"]),
        ("15", "工业投资增长", "%", "10.0", "柯晓峰", "市工业和信息化局",
         [D, D, "10.0", "10.0", "10.0", "11.0", "15.0", "12.0"]),
        ("16", "新开工亿元以上项目", "个", "120", "蒋明远", "市发展改革委",
         ["12", "14", "16", "13", "12", "18", "20", "15"]),
        ("17", "社会消费品零售总额增长", "%", "6.0", "林雪", "市商务局",
         ["6.5", "6.0", "6.0", "5.5", "5.5", "6.5", D, D]),
        ("18", "外贸进出口总额", "亿元", "215", "林雪", "市商务局、汭川海关",
         ["18", "26", "12", "8", "6", "35", "62", "48"]),
        ("19", "实际使用外资", "万美元", "18000", "林雪", "市商务局",
         ["1500", "2000", "800", D, D, "2700", "6500", "4500"]),
        ("20", "港口货物吞吐量", "万吨", "3200", "柯晓峰", "市交通运输局",
         [D, "1800", D, D, D, D, D, "1400"]),
    ]),
    ("四、城乡建设和生态环境（6项）", [
        ("21", "城镇老旧小区改造", "个", "96", "戴振国", "市住房城乡建设局",
         ["38", "22", "9", "7", "8", "12", D, D]),
        ("22", "新增城市公共停车泊位", "个", "6000", "戴振国", "市城市管理局、市公安局",
         ["2200", "1300", "500", "400", "350", "750", "300", "200"]),
        ("23", "细颗粒物（PM2.5）平均浓度", "微克/立方米", "≤32", "钱芸", "市生态环境局",
         ["≤34", "≤33", "≤30", "≤28", "≤29", "≤32", "≤33", "≤34"]),
        ("24", "地表水国省考断面水质优良比例", "%", "100", "钱芸", "市生态环境局、市水利局",
         ["100", "100", "100", "100", "100", "100", D, D]),
        ("25", "完成造林绿化面积", "万亩", "3.5", "钱芸", "市林业局",
         [D, "0.1", "1.0", "0.9", "0.8", "0.7", D, D]),
        ("26", "单位地区生产总值能耗降低", "%", "完成省下达任务", ["蒋明远", "柯晓峰"],
         "市发展改革委、市工业和信息化局", ["完成市下达任务"] * 8),
    ]),
    ("五、民生保障（5项）", [
        ("27", "城镇新增就业", "万人", "4.2", "林雪", "市人力资源社会保障局",
         ["0.9", "0.7", "0.4", "0.3", "0.3", "0.6", "0.6", "0.4"]),
        ("28", "城镇调查失业率", "%", "≤5.5", "林雪",
         "市人力资源社会保障局、国家统计局汭川调查队", [D] * 8),
        ("29", "新增公办幼儿园学位", "个", "3600", "何婧", "市教育局",
         ["900", "600", "420", "360", "300", "660", "360", D]),
        ("30", "每千人口拥有3岁以下婴幼儿托位数", "个", "4.5", "何婧", "市卫生健康委",
         ["4.8", "4.6", "4.3", "4.2", "4.2", "4.5", "4.0", D]),
        ("31", "生产安全事故死亡人数", "人", "≤62", "戴振国", "市应急管理局",
         ["≤6", "≤7", "≤10", "≤9", "≤8", "≤11", "≤5", "≤6"]),
    ]),
]


def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None,
         indent=False, color=None, space_before=0, space_after=0, line=None):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if line is not None:
        pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def runs(p, parts, size=16):
    for text, font, bold in parts:
        r = p.add_run(text)
        set_font(r, font, size, bold)


def bottom_border(p, color="FF0000", sz="12"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_border(p, sz="8"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:top")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "000000")
    bdr.append(b)
    ppr.append(bdr)


def cell_text(cell, lines, font=FS, size=10, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    if isinstance(lines, str):
        lines = [lines]
    first = True
    for ln in lines:
        if first:
            p = cell.paragraphs[0]
            first = False
        else:
            p = cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(14)
        if ln:
            r = p.add_run(ln)
            set_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:cantSplit")
    trpr.append(h)


def table_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


def page_footer(section):
    # — N — page number, centred
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r._r.append(fc)
    r = p.add_run()
    set_font(r, "宋体", 14)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "; r._r.append(it)
    r = p.add_run()
    set_font(r, "宋体", 14)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r._r.append(fc)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    page_footer(sec)

    # remove the empty first paragraph python-docx leaves
    body = doc.element.body
    for p in list(body.findall(qn("w:p"))):
        body.remove(p)

    # 版头
    para(doc, "", size=16)
    p = para(doc, "汭川市人民政府办公室文件", font=XBS, size=36,
             align=WD_ALIGN_PARAGRAPH.CENTER, color=RGBColor(0xFF, 0, 0), space_before=12)
    para(doc, "", size=16)
    p = para(doc, "汭政办发〔2025〕5号", size=16, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    bottom_border(p, sz="18")
    para(doc, "", size=16)

    # 标题
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    r = p.add_run("汭川市人民政府办公室关于下达2025年全市")
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("经济社会发展主要指标目标任务的通知")
    set_font(r, XBS, 22)
    para(doc, "", size=16)

    para(doc, "各县（市、区）人民政府，汭川高新技术产业开发区、汭川经济技术开发区管委会，"
              "市政府各部门、各直属机构：", line=28)

    body_paras = [
        "市十七届人大五次会议审议通过的《政府工作报告》，确定了2025年全市经济社会发展的"
        "主要预期目标。为确保全年目标任务顺利完成，经市政府同意，现将2025年全市经济社会"
        "发展主要指标目标任务分解下达给你们（汭川高新技术产业开发区、汭川经济技术开发区"
        "分别简称高新区、经开区），并就有关事项通知如下。",
    ]
    for t in body_paras:
        para(doc, t, indent=True, line=28)

    p = para(doc, "", indent=True, line=28)
    runs(p, [("一、明确责任分工。", HT, False),
             ("分解表中“牵头单位”栏所列单位为该项指标的牵头单位，负责指标的统筹推进、"
              "监测分析和调度考核，牵头单位有两个的，共同牵头，排在第一位的负责综合协调。"
              "各县（市、区）、开发区栏内所列数值为该地区承担的目标任务，由各县（市、区）"
              "人民政府和高新区、经开区管委会负责完成，并配合牵头单位做好指标调度和数据"
              "报送工作；栏内标“—”的，该地区不承担此项指标任务，由牵头单位负责。"
              "“责任市领导”栏所列市政府领导同志负责该项指标的统筹协调。", FS, False)])

    p = para(doc, "", indent=True, line=28)
    runs(p, [("二、细化推进措施。", HT, False),
             ("各县（市、区）、开发区和各牵头单位要对照分解下达的目标任务，逐项制定推进"
              "措施，明确时间表、路线图和责任人，于3月15日前将推进方案报市政府办公室"
              "（市政府督查室）。市统计局、国家统计局汭川调查队要按月提供指标运行数据，"
              "各牵头单位于每季度首月10日前报送上季度指标完成情况和分析报告。", FS, False)])

    p = para(doc, "", indent=True, line=28)
    runs(p, [("三、严格考核奖惩。", HT, False),
             ("目标任务完成情况纳入2025年度市对县（市、区）和市直单位高质量发展综合绩效"
              "考核。市政府督查室将会同市统计局对指标完成情况进行季度通报，对进度滞后的"
              "地区和单位适时开展专项督查。", FS, False)])

    para(doc, "", line=28)
    p = para(doc, "附件：2025年全市经济社会发展主要指标目标任务分解表", line=28)
    p.paragraph_format.left_indent = Pt(32)
    p.paragraph_format.first_line_indent = Pt(0)
    para(doc, "", line=28)
    p = para(doc, "汭川市人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2025年2月21日", align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）", indent=True, line=28)

    # 附件: landscape section
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21.0)
    new.top_margin, new.bottom_margin = Cm(2.6), Cm(2.4)
    new.left_margin, new.right_margin = Cm(2.0), Cm(2.0)

    para(doc, "附件", font=HT, size=16, line=28)
    para(doc, "2025年全市经济社会发展主要指标目标任务分解表", font=XBS, size=20,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=30, space_after=8)

    ncol = 6 + len(REGIONS)
    nrows = 2 + sum(1 + len(items) for _, items in PARTS)
    t = doc.add_table(rows=nrows, cols=ncol)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    t.autofit = False
    widths = [Cm(1.1), Cm(4.1), Cm(1.5), Cm(2.0), Cm(1.6), Cm(3.6)] + [Cm(1.45)] * len(REGIONS)
    # tblGrid
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    # header
    h0, h1 = t.rows[0], t.rows[1]
    repeat_header(h0)
    repeat_header(h1)
    heads = ["序号", "指标名称", "单位", "2025年全市目标", "责任市领导", "牵头单位"]
    for i, h in enumerate(heads):
        a = t.cell(0, i)
        b = t.cell(1, i)
        m = a.merge(b)
        cell_text(m, h, font=HT, size=10)
    m = t.cell(0, 6).merge(t.cell(0, ncol - 1))
    cell_text(m, "各县（市、区）、开发区目标任务", font=HT, size=10)
    for j, rname in enumerate(REGIONS):
        cell_text(t.cell(1, 6 + j), rname, font=HT, size=10)

    r = 2
    for title, items in PARTS:
        row = t.rows[r]
        m = t.cell(r, 0).merge(t.cell(r, ncol - 1))
        cell_text(m, title, font=HT, size=10, align=WD_ALIGN_PARAGRAPH.LEFT)
        r += 1
        start = r
        for (no, name, unit, tgt, ldr, lead, vals) in items:
            cant_split(t.rows[r])
            cell_text(t.cell(r, 0), no)
            cell_text(t.cell(r, 1), name, align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(t.cell(r, 2), unit)
            cell_text(t.cell(r, 3), tgt)
            for j, v in enumerate(vals):
                cell_text(t.cell(r, 6 + j), v)
            r += 1
        # leaders and leads: merge runs of the same value within the part
        for col, key in ((4, 4), (5, 5)):
            i = 0
            while i < len(items):
                k = i
                while k + 1 < len(items) and items[k + 1][key] == items[i][key]:
                    k += 1
                val = items[i][key]
                if k > i:
                    c = t.cell(start + i, col).merge(t.cell(start + k, col))
                else:
                    c = t.cell(start + i, col)
                cell_text(c, val if isinstance(val, list) else [val])
                i = k + 1

    p = para(doc, "", size=12, line=20, space_before=6)
    runs(p, [("注：1．“—”表示该地区不承担此项指标任务。2．增速指标按可比价计算；"
              "高新区、经开区指标按托管范围统计，所在县（区）指标不含高新区、经开区数据。"
              "3．标注“完成市下达任务”的，具体目标值由牵头单位另行分解下达。", FS, False)],
         size=12)

    # 版记: portrait last page
    last = doc.add_section(WD_SECTION.NEW_PAGE)
    last.orientation = WD_ORIENT.PORTRAIT
    last.page_width, last.page_height = Cm(21.0), Cm(29.7)
    last.top_margin, last.bottom_margin = Cm(3.7), Cm(3.5)
    last.left_margin, last.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        para(doc, "", line=28)
    p = para(doc, "", size=14, line=28)
    top_border(p, sz="12")
    runs(p, [("抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，"
              "汭川军分区。", FS, False)], size=14)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p = para(doc, "", size=14, line=28)
    top_border(p, sz="4")
    bottom_border(p, color="000000", sz="12")
    runs(p, [("汭川市人民政府办公室　　　　　　　　　2025年2月21日印发", FS, False)], size=14)
    p.paragraph_format.left_indent = Pt(14)

    doc.core_properties.author = "市政府办公室"
    doc.core_properties.title = "汭川市人民政府办公室关于下达2025年全市经济社会发展主要指标目标任务的通知"
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
