#!/usr/bin/python3
"""Round 20 (folder c): 128_bochuan_xian_pdftotext_layout_juzhong.txt, with its hand-typed gold.

泊川县人民政府办公室's notice printing 《2025年县政府工作报告重点工作任务分解表》, laid out as the county's 公文 PDF
is (A4, 公文 margins, 16 pt body, red issuer mark and rule, `- N -` page numbers on the outer side: odd pages at
the right, even pages at the left, a running header on every page after the first) and turned into text the way
a reader of the county's site would: `pdftotext -layout` (poppler), run on the PDF this script writes.  The .txt
IS poppler's output, kept byte for byte (form feeds at page ends included).

The table, 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限, is drawn as a Word table usually is in such notices:
  * every cell VERTICALLY CENTRED, so in a row of five task lines the number, a one-line 牵头单位 and the deadline
    stand on the middle line, and a two-line unit cell sits half a line off the task lines: pdftotext then prints
    lines that hold only unit text between the task's lines;
  * 序号, 牵头单位 and 完成时限 centred across their column (their text does not start at one column), 工作任务
    and 配合单位 left-aligned;
  * unit names cut inside by the column's width (`县人力资源和社` / `会保障局`, `各乡（镇）人` / `民政府`),
    `完成时限` in the header wrapped to `完成` / `时限`, deadlines `2025年` / `12月底`;
  * section rows (`一、扩大有效投资（7项）`) spanning the table, the header row repeated on each page;
  * 配合单位 `无` in one row and left EMPTY in another; two 牵头单位 cells with two units (the body says both lead).
Names are invented.  Run: /usr/bin/python3 make_pdf_round20_128.py  (needs reportlab, the WenQuanYi font and
poppler-utils; writes the .pdf in /tmp and the .txt and gold next to this script).

The GOLD below is typed by hand from the rows; cross_check() only compares it with the ROWS it was printed from
(the text file itself was checked by eye, see NOTES.md).
"""
import json
import os
import subprocess
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                HRFlowable, KeepTogether)

OUT = os.path.dirname(os.path.abspath(__file__)) + "/"
NAME = "128_bochuan_xian_pdftotext_layout_juzhong"
PDF = "/tmp/" + NAME + ".pdf"

pdfmetrics.registerFont(TTFont("FS", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
F = "FS"

# ------------------------------------------------------------------------------------------------ printed rows
XZ = "各乡（镇）人民政府"
ROWS = [
    ("一、扩大有效投资（7项）", [
        ("1", "全年实施县级重点项目120个，完成年度投资150亿元以上，其中新开工项目50个。",
         "县发展和改革局", "县财政局、县自然资源局、县住房和城乡建设局、" + XZ, "2025年12月底"),
        ("2", "积极争取超长期特别国债、中央预算内投资等上级资金，全年争取资金25亿元以上。",
         "县发展和改革局、县财政局", "县直各有关单位", "2025年12月底"),
        ("3", "发行地方政府专项债券12亿元，专项债券资金支出进度达到100%。",
         "县财政局", "县发展和改革局", "2025年11月底"),
        ("4", "新签约亿元以上招商项目45个，实际到位县外资金120亿元。",
         "县招商服务中心", "泊川经济开发区管委会、" + XZ, "2025年12月底"),
        ("5", "推进泊川经济开发区扩区调规，新增建设用地3000亩，完成标准化厂房建设20万平方米。",
         "泊川经济开发区管委会", "县自然资源局、县住房和城乡建设局", "2025年10月底"),
        ("6", "盘活闲置低效用地1500亩，批而未供土地处置率达到35%。",
         "县自然资源局", "泊川经济开发区管委会、" + XZ, "2025年12月底"),
        ("7", "开工建设泊川至安澜高速公路连接线，完成国省道改造提升36公里。",
         "县交通运输局", "县自然资源局、县财政局、沿线乡（镇）人民政府", "2025年12月底"),
    ]),
    ("二、壮大实体经济（8项）", [
        ("8", "规模以上工业增加值增长8%，新增规模以上工业企业20家。",
         "县工业和信息化局", "县统计局、泊川经济开发区管委会", "2025年12月底"),
        ("9", "培育省级专精特新中小企业8家，新增高新技术企业12家。",
         "县工业和信息化局、县科技局", "县财政局、县税务局", "2025年11月底"),
        ("10", "实施技术改造项目40个，完成工业技改投资25亿元。",
         "县工业和信息化局", "", "2025年12月底"),
        ("11", "社会消费品零售总额增长6.5%，举办促消费活动30场以上。",
         "县商务局", "县市场监督管理局、县财政局、县融媒体中心", "2025年12月底"),
        ("12", "落实消费品以旧换新政策，带动汽车、家电等消费4亿元以上。",
         "县商务局", "县财政局、县市场监督管理局、县公安局交通管理大队", "2025年12月底"),
        ("13", "新增经营主体5000户，其中企业1200户，推动个体工商户转型为企业80户。",
         "县市场监督管理局", "县行政审批服务局、县税务局", "2025年12月底"),
        ("14", "全年接待游客680万人次，实现旅游综合收入62亿元，创建国家3A级以上旅游景区2家。",
         "县文化广电和旅游局", XZ, "2025年12月底"),
        ("15", "推进县域商业体系建设，新建改造乡镇商贸中心6个、村级便民商店50个。",
         "县商务局、县供销社", "县农业农村局、" + XZ, "2025年10月底"),
    ]),
    ("三、推进乡村全面振兴（6项）", [
        ("16", "粮食播种面积稳定在86万亩以上，总产量稳定在7.2亿斤以上。",
         "县农业农村局", XZ, "2025年10月底"),
        ("17", "新建高标准农田4.5万亩，完成耕地“非粮化”整治1.2万亩。",
         "县农业农村局", "县财政局、县自然资源局、县水利局", "2025年12月底"),
        ("18", "巩固拓展脱贫攻坚成果，脱贫人口人均纯收入增长10%以上，守牢不发生规模性返贫致贫底线。",
         "县农业农村局", "县人力资源和社会保障局、县医疗保障局、县教育局、县民政局", "2025年12月底"),
        ("19", "实施农村人居环境整治提升行动，农村卫生厕所普及率达到90%。",
         "县农业农村局", "县卫生健康局、市生态环境局泊川分局、" + XZ, "2025年11月底"),
        ("20", "完成病险水库除险加固5座，实施中小河流治理18公里。",
         "县水利局", "县财政局", "2025年5月底"),
        ("21", "新增市级以上农业产业化龙头企业6家，发展农民专业合作社示范社20家。",
         "县农业农村局", "县供销社、县市场监督管理局", "2025年12月底"),
    ]),
    ("四、持续增进民生福祉（7项）", [
        ("22", "城镇新增就业3200人，农村劳动力转移就业2.5万人。",
         "县人力资源和社会保障局", "县农业农村局、" + XZ, "2025年12月底"),
        ("23", "建成泊川县第二实验小学并投入使用，新增学位1800个。",
         "县教育局", "县发展和改革局、县住房和城乡建设局、县财政局", "2025年8月底"),
        ("24", "推进县人民医院新院区二期建设，年内完成主体工程。",
         "县卫生健康局", "县发展和改革局、县人民医院", "2025年12月底"),
        ("25", "新建乡镇区域养老服务中心3个、农村互助幸福院15个。",
         "县民政局", "县财政局、相关乡（镇）人民政府", "2025年11月底"),
        ("26", "城乡居民基本医疗保险参保率稳定在96%以上。",
         "县医疗保障局", "县税务局、县卫生健康局、" + XZ, "2025年12月底"),
        ("27", "改造城镇老旧小区18个，惠及居民3600户，同步完成雨污分流改造。",
         "县住房和城乡建设局", "县财政局、县城市管理局、城关镇人民政府", "2025年11月底"),
        ("28", "开展安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。",
         "县应急管理局", "县安全生产委员会各成员单位", "长期坚持"),
    ]),
    ("五、加强生态环境保护（4项）", [
        ("29", "细颗粒物（PM2.5）平均浓度控制在35微克/立方米以内，空气质量优良天数比例达到83%。",
         "市生态环境局泊川分局", "县住房和城乡建设局、县交通运输局、县公安局交通管理大队", "2025年12月底"),
        ("30", "全面落实河湖长制，县域地表水国省考断面水质达标率100%。",
         "县水利局、市生态环境局泊川分局", XZ, "2025年12月底"),
        ("31", "完成人工造林1.5万亩，森林覆盖率达到47.5%。",
         "县林业局", "无", "2025年6月底"),
        ("32", "推进生活垃圾分类，城区生活垃圾回收利用率达到35%。",
         "县城市管理局", "县商务局、城关镇人民政府", "2025年12月底"),
    ]),
]

# ------------------------------------------------------------------------------------------------ gold, by hand
def G(id, head, resp, lead, coop):
    return {"id": id, "head": head, "responsible_units": resp, "lead_units": lead,
            "cooperating_units": coop, "leaders": []}


FG, CZ, ZR, ZJ = "县发展和改革局", "县财政局", "县自然资源局", "县住房和城乡建设局"
KFQ, GX, SW, SJ = "泊川经济开发区管委会", "县工业和信息化局", "县商务局", "县市场监督管理局"
SWJ, NY, SL, WJ = "县税务局", "县农业农村局", "县水利局", "县卫生健康局"
STJ, JG, GXS = "市生态环境局泊川分局", "县公安局交通管理大队", "县供销社"
RS, CGJ, CGZ = "县人力资源和社会保障局", "县城市管理局", "城关镇人民政府"

GOLD = [
    G("1", "全年实施县级重点项目12", [FG, CZ, ZR, ZJ, XZ], [FG], [CZ, ZR, ZJ, XZ]),
    G("2", "积极争取超长期特别国债、", [FG, CZ, "县直各有关单位"], [FG, CZ], ["县直各有关单位"]),
    G("3", "发行地方政府专项债券12", [CZ, FG], [CZ], [FG]),
    G("4", "新签约亿元以上招商项目4", ["县招商服务中心", KFQ, XZ], ["县招商服务中心"], [KFQ, XZ]),
    G("5", "推进泊川经济开发区扩区调", [KFQ, ZR, ZJ], [KFQ], [ZR, ZJ]),
    G("6", "盘活闲置低效用地1500", [ZR, KFQ, XZ], [ZR], [KFQ, XZ]),
    G("7", "开工建设泊川至安澜高速公", ["县交通运输局", ZR, CZ, "沿线乡（镇）人民政府"], ["县交通运输局"],
      [ZR, CZ, "沿线乡（镇）人民政府"]),
    G("8", "规模以上工业增加值增长8", [GX, "县统计局", KFQ], [GX], ["县统计局", KFQ]),
    G("9", "培育省级专精特新中小企业", [GX, "县科技局", CZ, SWJ], [GX, "县科技局"], [CZ, SWJ]),
    G("10", "实施技术改造项目40个，", [GX], [GX], []),
    G("11", "社会消费品零售总额增长6", [SW, SJ, CZ, "县融媒体中心"], [SW], [SJ, CZ, "县融媒体中心"]),
    G("12", "落实消费品以旧换新政策，", [SW, CZ, SJ, JG], [SW], [CZ, SJ, JG]),
    G("13", "新增经营主体5000户，", [SJ, "县行政审批服务局", SWJ], [SJ], ["县行政审批服务局", SWJ]),
    G("14", "全年接待游客680万人次", ["县文化广电和旅游局", XZ], ["县文化广电和旅游局"], [XZ]),
    G("15", "推进县域商业体系建设，新", [SW, GXS, NY, XZ], [SW, GXS], [NY, XZ]),
    G("16", "粮食播种面积稳定在86万", [NY, XZ], [NY], [XZ]),
    G("17", "新建高标准农田4.5万亩", [NY, CZ, ZR, SL], [NY], [CZ, ZR, SL]),
    G("18", "巩固拓展脱贫攻坚成果，脱", [NY, RS, "县医疗保障局", "县教育局", "县民政局"], [NY],
      [RS, "县医疗保障局", "县教育局", "县民政局"]),
    G("19", "实施农村人居环境整治提升", [NY, WJ, STJ, XZ], [NY], [WJ, STJ, XZ]),
    G("20", "完成病险水库除险加固5座", [SL, CZ], [SL], [CZ]),
    G("21", "新增市级以上农业产业化龙", [NY, GXS, SJ], [NY], [GXS, SJ]),
    G("22", "城镇新增就业3200人，", [RS, NY, XZ], [RS], [NY, XZ]),
    G("23", "建成泊川县第二实验小学并", ["县教育局", FG, ZJ, CZ], ["县教育局"], [FG, ZJ, CZ]),
    G("24", "推进县人民医院新院区二期", [WJ, FG, "县人民医院"], [WJ], [FG, "县人民医院"]),
    G("25", "新建乡镇区域养老服务中心", ["县民政局", CZ, "相关乡（镇）人民政府"], ["县民政局"],
      [CZ, "相关乡（镇）人民政府"]),
    G("26", "城乡居民基本医疗保险参保", ["县医疗保障局", SWJ, WJ, XZ], ["县医疗保障局"], [SWJ, WJ, XZ]),
    G("27", "改造城镇老旧小区18个，", [ZJ, CZ, CGJ, CGZ], [ZJ], [CZ, CGJ, CGZ]),
    G("28", "开展安全生产治本攻坚三年", ["县应急管理局", "县安全生产委员会各成员单位"], ["县应急管理局"],
      ["县安全生产委员会各成员单位"]),
    G("29", "细颗粒物（PM2.5）平", [STJ, ZJ, "县交通运输局", JG], [STJ], [ZJ, "县交通运输局", JG]),
    G("30", "全面落实河湖长制，县域地", [SL, STJ, XZ], [SL, STJ], [XZ]),
    G("31", "完成人工造林1.5万亩，", ["县林业局"], ["县林业局"], []),
    G("32", "推进生活垃圾分类，城区生", [CGJ, "县商务局", CGZ], [CGJ], ["县商务局", CGZ]),
]

# ------------------------------------------------------------------------------------------------ the PDF
BODY = 15.75     # 28 characters to the 156 mm line, as 公文 are set
LEAD = 28.9
ST = {
    "mark": ParagraphStyle("mark", fontName=F, fontSize=30, leading=40, alignment=TA_CENTER,
                           textColor=colors.red),
    "wh": ParagraphStyle("wh", fontName=F, fontSize=BODY, leading=LEAD, alignment=TA_CENTER),
    "title": ParagraphStyle("title", fontName=F, fontSize=22, leading=33, alignment=TA_CENTER,
                            wordWrap="CJK"),
    "zs": ParagraphStyle("zs", fontName=F, fontSize=BODY, leading=LEAD, rightIndent=-BODY),
    "body": ParagraphStyle("body", fontName=F, fontSize=BODY, leading=LEAD, firstLineIndent=2 * BODY,
                           rightIndent=-BODY),
    "h1": ParagraphStyle("h1", fontName=F, fontSize=BODY, leading=LEAD, firstLineIndent=2 * BODY,
                         wordWrap="CJK"),
    "fj": ParagraphStyle("fj", fontName=F, fontSize=BODY, leading=LEAD, leftIndent=5 * BODY,
                         firstLineIndent=-3 * BODY, wordWrap="CJK"),
    "sign": ParagraphStyle("sign", fontName=F, fontSize=BODY, leading=LEAD, alignment=TA_RIGHT,
                           rightIndent=3 * BODY),
    "date": ParagraphStyle("date", fontName=F, fontSize=BODY, leading=LEAD, alignment=TA_RIGHT,
                           rightIndent=4 * BODY),
    "fjlabel": ParagraphStyle("fjlabel", fontName=F, fontSize=BODY, leading=LEAD),
    "fjtitle": ParagraphStyle("fjtitle", fontName=F, fontSize=20, leading=30, alignment=TA_CENTER,
                              wordWrap="CJK"),
    "bj": ParagraphStyle("bj", fontName=F, fontSize=14, leading=22, leftIndent=14, rightIndent=14,
                         wordWrap="CJK"),
}
T = 12  # table type size (小四)
CS = {
    "c": ParagraphStyle("c", fontName=F, fontSize=T, leading=16, alignment=TA_CENTER, wordWrap="CJK"),
    "l": ParagraphStyle("l", fontName=F, fontSize=T, leading=16, alignment=TA_JUSTIFY, wordWrap="CJK"),
    "sec": ParagraphStyle("sec", fontName=F, fontSize=T, leading=16, alignment=TA_LEFT, wordWrap="CJK"),
}
COLW = [34, 190, 80, 92, 46]        # points; 442 in all = the 156 mm text width

W_PAGE, H_PAGE = A4
LM, RM, TM, BM = 28 * mm, 26 * mm, 37 * mm, 35 * mm


def decorate(canvas, doc):
    n = canvas.getPageNumber()
    canvas.saveState()
    canvas.setFont(F, 14)
    # "- N -" as Word's footer prints it: a dash, a space, the number field, a space, a dash
    num = str(n)
    wd, wn, sp = (pdfmetrics.stringWidth(x, F, 14) for x in ("-", num, "  "))
    total = wd + sp + wn + sp + wd
    y = BM - 7 * mm - 14
    x0 = (W_PAGE - RM - 14 - total) if n % 2 else (LM + 14)   # odd pages right, even pages left, one character in
    canvas.drawString(x0, y, "-")
    canvas.drawString(x0 + wd + sp, y, num)
    canvas.drawString(x0 + wd + sp + wn + sp, y, "-")
    if n > 1:       # running header, with a rule under it
        canvas.setFont(F, 10.5)
        hy = H_PAGE - 20 * mm
        canvas.drawString(LM, hy, "泊川县人民政府办公室")
        canvas.drawRightString(W_PAGE - RM, hy, "泊政办发〔2025〕7号")
        canvas.setLineWidth(0.5)
        canvas.line(LM, hy - 4, W_PAGE - RM, hy - 4)
    canvas.restoreState()


def P(text, st):
    return Paragraph(text, st)


NO_START = set("，。、；：？！）》”’％")
NO_END = set("（《“‘")


def wrap(text, size, width, indent_chars=0):
    """Break a paragraph into lines as Word sets Chinese text: full lines of width, a run of ASCII letters and
    digits never cut, a closing mark that would open a line hung at the end of the one before (标点溢出边界),
    an opening mark never left at a line's end."""
    toks, i = [], 0
    while i < len(text):
        j = i
        while j < len(text) and (text[j].isascii() and (text[j].isalnum() or text[j] in ".%")):
            j += 1
        toks.append(text[i:j] if j > i else text[i])
        i = max(j, i + 1)
    lines, cur, curw = [], "", indent_chars * size
    for t in toks:
        w = pdfmetrics.stringWidth(t, F, size)
        if cur and curw + w > width + 0.01:
            if t in NO_START:
                cur += t
                lines.append(cur)
                cur, curw = "", 0
                continue
            nxt = ""
            if cur[-1] in NO_END:
                cur, nxt = cur[:-1], cur[-1]
            lines.append(cur)
            cur, curw = nxt, pdfmetrics.stringWidth(nxt, F, size)
        cur += t
        curw += w
    if cur:
        lines.append(cur)
    return lines


def PW(text, st, indent_chars=0):
    """A paragraph with the line breaks computed above (the style may hang one character past the margin)."""
    width = 442 - st.leftIndent
    lines = wrap(text, st.fontSize, width, indent_chars)
    return Paragraph("<br/>".join(lines), st)


def table_flow():
    hdr = [P(h, CS["c"]) for h in ("序号", "工作任务", "牵头单位", "配合单位", "完成时限")]
    data, style = [hdr], [
        ("FONT", (0, 0), (-1, -1), F, T),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for sec, rows in ROWS:
        r = len(data)
        data.append([P(sec, CS["sec"]), "", "", "", ""])
        style.append(("SPAN", (0, r), (-1, r)))
        for no, task, lead, coop, when in rows:
            data.append([P(no, CS["c"]), P(task, CS["l"]), P(lead, CS["c"]), P(coop, CS["l"]),
                         P(when, CS["c"])])
    t = Table(data, colWidths=COLW, repeatRows=1, splitByRow=1)
    t.setStyle(TableStyle(style))
    return t


def banji():
    rule = lambda w: HRFlowable(width="100%", thickness=w, color=colors.black, spaceBefore=2, spaceAfter=2)
    return KeepTogether([
        Spacer(1, 30), rule(1),
        P("抄送：县委各部门，县人大常委会办公室，县政协办公室，县监委，县法院，县检察院。", ST["bj"]),
        rule(0.5),
        P("泊川县人民政府办公室" + "&nbsp;" * 26 + "2025年3月4日印发", ST["bj"]),
        rule(1)])


def build_pdf():
    doc = SimpleDocTemplate(PDF, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
                            title="泊政办发〔2025〕7号", author="泊川县人民政府办公室")
    s = []
    s += [P("泊川县人民政府办公室文件", ST["mark"]), Spacer(1, 36), P("泊政办发〔2025〕7号", ST["wh"]),
          HRFlowable(width="100%", thickness=1.6, color=colors.red, spaceBefore=6, spaceAfter=30)]
    s += [P("泊川县人民政府办公室关于印发2025年<br/>县政府工作报告重点工作任务分解表的通知", ST["title"]),
          Spacer(1, 24)]
    s += [PW("各乡（镇）人民政府，泊川经济开发区管委会，县政府各部门，县直各单位：", ST["zs"])]
    for b in [
        "《2025年泊川县人民政府工作报告》已经县第十八届人民代表大会第五次会议审议通过。为抓好报告确定的"
        "各项目标任务落实，经县人民政府同意，现将《2025年县政府工作报告重点工作任务分解表》印发给你们，"
        "请认真抓好落实。",
        "一、压实工作责任。分解表中“牵头单位”对任务落实负总责，主要负责同志为第一责任人；“牵头单位”栏"
        "列有两个单位的，为共同牵头单位，要加强会商、共同推进。“配合单位”要按照职责分工积极主动配合，"
        "“配合单位”栏为空或标注“无”的，由牵头单位独立完成。",
        "二、加强调度督办。各牵头单位要于每月5日前将上月任务推进情况报县政府督查室，每季度末形成季度"
        "推进情况报告。县政府督查室要对任务推进情况实行清单化管理、销号式督办，定期通报进展。",
        "三、严格考核问责。重点工作任务完成情况纳入年度目标责任考核。对工作不力、推进缓慢、未按时限完成"
        "任务的，按照有关规定予以通报批评、约谈问责。"]:
        s.append(PW(b, ST["body"], 2))
    s += [Spacer(1, LEAD), P("附件：2025年县政府工作报告重点工作任务分解表", ST["fj"]), Spacer(1, 2 * LEAD),
          P("泊川县人民政府办公室", ST["sign"]), P("2025年3月4日", ST["date"]),
          PW("（此件公开发布）", ST["body"], 2)]
    s += [PageBreak(), P("附件", ST["fjlabel"]), Spacer(1, 8),
          P("2025年县政府工作报告重点工作任务分解表", ST["fjtitle"]), Spacer(1, 14), table_flow(), banji()]
    doc.build(s, onFirstPage=decorate, onLaterPages=decorate)


def to_text():
    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", PDF, OUT + NAME + ".txt"], check=True)


def write_gold():
    with open(OUT + NAME + ".tasks.gold.jsonl", "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")


def cross_check():
    """Compare the hand-typed GOLD with ROWS (split on 、 outside brackets, 无 and empty = none)."""
    def split(s):
        out, buf, depth = [], "", 0
        for ch in s + "、":
            depth += ch == "（"
            depth -= ch == "）"
            if ch == "、" and depth == 0:
                if buf and buf != "无":
                    out.append(buf)
                buf = ""
            else:
                buf += ch
        return out
    recs = []
    for _, rows in ROWS:
        for no, task, lead, coop, _ in rows:
            l, c = split(lead), split(coop)
            recs.append(G(no, task[:12], l + c, l, c))
    bad = sum(1 for r, g in zip(recs, GOLD) if r != g) + (len(recs) != len(GOLD))
    for r, g in zip(recs, GOLD):
        if r != g:
            print("DIFF", r, g)
    print("cross-check:", len(recs), "rows,", bad, "differences")
    return bad


if __name__ == "__main__":
    build_pdf()
    to_text()
    write_gold()
    sys.exit(1 if cross_check() else 0)
