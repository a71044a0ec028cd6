#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 98, notice 503.

A 县政府办 red-header Word notice (栖政办发〔2025〕4号) with its landscape 附件 table,
as it comes out of Docling 2.x's DOCX -> Markdown export (docling 2.18-2.30, early 2025,
the version a county 政务知识库 ingest pipeline ran): the Word file is built in memory with
python-docx, then read back the way Docling's MsWordDocumentBackend of that era read it
(python-docx paragraphs and cells, a paragraph holding a drawing replaced by an image
placeholder whose text is dropped, every grid position of a merged cell given the merged
cell's text, a cell's paragraphs joined by "\n" then turned into spaces) and serialized the
way docling-core's Markdown export did (blocks joined by a blank line, tables through
tabulate(..., tablefmt="github") with the first grid row as the header).

Only the .md is written, next to this script.
"""
import io
import os
import struct
import zlib

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.shared import Cm, Pt
from lxml import etree
from tabulate import tabulate

NAME = "503_qitong_xian_gzbg_renwu_fenjie_docling.md"


# ---------------------------------------------------------------- the seal (a PNG)
def seal_png(size=120):
    rows = []
    c = size / 2.0
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            d = ((x - c) ** 2 + (y - c) ** 2) ** 0.5
            if c - 8 <= d <= c - 2 or d < 10:
                row += bytes([220, 20, 30, 255])
            else:
                row += bytes([255, 255, 255, 0])
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(t, data):
        return (struct.pack(">I", len(data)) + t + data
                + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


# ---------------------------------------------------------------- the Word file
doc = docx.Document()
st = doc.styles["Normal"]
st.font.size = Pt(16)


def para(text="", indent=True):
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if text:
        p.add_run(text)
    return p


para("栖桐县人民政府办公室文件", indent=False)
para("", indent=False)
para("栖政办发〔2025〕4号", indent=False)   # the red rule is this paragraph's bottom border
para("", indent=False)
t = para("", indent=False)
r = t.add_run("栖桐县人民政府办公室关于印发2025年《政府工作报告》")
r.add_break()                                # the title broken by Shift+Enter
t.add_run("重点工作任务分解方案的通知")
para("", indent=False)
para("各乡镇人民政府，县政府各部门，县直各单位：", indent=False)
para("《政府工作报告》已经县第十八届人民代表大会第五次会议审议通过。为确保报告确定的各项目标任务落到实处，"
     "经县人民政府同意，现将《栖桐县2025年〈政府工作报告〉重点工作任务分解表》印发给你们，并就有关事项通知如下，"
     "请认真抓好贯彻落实。")
para("一、提高思想认识。各乡镇、各部门要把落实《政府工作报告》作为全年工作的重中之重，"
     "对照分解表逐项制定工作方案，明确时间表、路线图，确保各项任务按时保质完成。")
para("二、压实工作责任。责任县领导要加强对分管领域任务的调度推进；牵头单位对牵头事项负总责，"
     "主要负责同志为第一责任人，要主动协调配合单位共同推进；“牵头单位”栏列有两个单位的，为共同牵头单位。"
     "配合单位要按照职责分工积极支持配合，不得推诿扯皮。")
para("三、强化督查考核。县政府督查室要将分解任务纳入年度督查计划，实行月调度、季通报。"
     "各牵头单位于每季度末月25日前将工作进展情况报县政府督查室，年终将落实情况纳入绩效考核。")
para("")
para("附件：栖桐县2025年《政府工作报告》重点工作任务分解表")
para("")
p = para("栖桐县人民政府办公室", indent=False)    # the seal is set in the signature line
p.add_run().add_picture(io.BytesIO(seal_png()), width=Cm(4.2))
para("2025年2月24日", indent=False)
para("（此件公开发布）")
doc.paragraphs[-1].runs[-1].add_break(WD_BREAK.PAGE)

# the landscape attachment section
sec = doc.add_section()
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = sec.page_height, sec.page_width
para("附件", indent=False)
para("", indent=False)
para("栖桐县2025年《政府工作报告》重点工作任务分解表", indent=False)

# Each task: (no, task paragraphs, leader paragraphs, lead paragraphs, coop paragraphs, deadline)
# Merges are listed per section: (column, first task no, last task no).
SECTIONS = [
    ("一、着力扩大有效投资（5项）", [
        (1, ["实施重点项目攻坚行动，全年安排县级重点项目120个，完成投资135亿元以上。"],
         ["罗振东"], ["县发展和改革局"], ["县自然资源局、县住房和城乡建设局、县财政局"], "2025年12月底"),
        (2, ["积极争取超长期特别国债、中央预算内投资和地方政府专项债券资金30亿元以上，"
             "滚动做好项目储备和前期工作。"],
         ["罗振东"], ["县发展和改革局", "县财政局"], ["各乡镇人民政府、县直各相关单位"], "2025年12月底"),
        (3, ["深化“拿地即开工”审批改革，工业项目从签约到开工时间压缩至60天以内。"],
         ["罗振东"], ["县行政审批服务局"], ["县自然资源局", "县住房和城乡建设局", "县生态环境分局"], "2025年6月底"),
        (4, ["开展招商引资“攻坚年”活动，引进亿元以上项目25个，实际到位内资100亿元以上。"],
         ["许文涛"], ["县投资促进中心"], ["县商务局、县工业和信息化局，各乡镇人民政府"], "全年推进"),
        (5, ["推进县城新型城镇化建设示范项目，完成城南片区安置房建设1200套。"],
         ["贺立明"], ["县住房和城乡建设局"], ["县城市建设投资集团有限公司", "城关镇人民政府"], "2025年11月底"),
    ], [(2, 1, 3), (5, 1, 2)]),
    ("二、加快产业转型升级（6项）", [
        (6, ["实施制造业“智改数转”三年行动，新增规模以上工业企业15家，规上工业增加值增长8%。"],
         ["许文涛"], ["县工业和信息化局"], ["县科技局、县统计局"], "2025年12月底"),
        (7, ["加快栖桐经济开发区扩区调区，建成标准厂房20万平方米。"],
         ["许文涛"], ["栖桐经济开发区管委会"], ["县自然资源局、县发展和改革局"], "2025年12月底"),
        (8, ["培育壮大竹木加工、绿色食品两大主导产业集群，产值分别突破50亿元、35亿元。"],
         ["许文涛", "韦春华"], ["县工业和信息化局", "县农业农村局"], ["栖桐经济开发区管委会"], "2025年12月底"),
        (9, ["促进消费扩容提质，开展“乐购栖桐”促消费活动20场以上，社会消费品零售总额增长6%。"],
         ["许文涛"], ["县商务局"], ["县财政局、县文化广电旅游体育局、县市场监督管理局"], "全年推进"),
        (10, ["推动文旅融合发展，创建国家4A级旅游景区1家，全年接待游客突破600万人次。"],
         ["邓　佳"], ["县文化广电旅游体育局"], ["县自然资源局、县交通运输局、相关乡镇人民政府"], "全年推进"),
        (11, ["加快数字经济发展，新建5G基站300个，实现行政村5G网络全覆盖。"],
         ["许文涛"], ["县工业和信息化局"], ["县数据资源局"], "2025年10月底"),
    ], [(2, 6, 7), (5, 6, 8)]),
    ("三、全面推进乡村振兴（5项）", [
        (12, ["严守耕地保护红线，粮食播种面积稳定在42万亩以上、总产量保持在16万吨以上。"],
         ["韦春华"], ["县农业农村局"], ["县自然资源局、各乡镇人民政府"], "2025年12月底"),
        (13, ["新建和改造提升高标准农田3.5万亩，完成年度建设任务并通过验收。"],
         ["韦春华"], ["县农业农村局"], ["县财政局、县水利局"], "2025年12月底"),
        (14, ["巩固拓展脱贫攻坚成果，守牢不发生规模性返贫致贫底线。"],
         ["韦春华"], ["县农业农村局"],
         ["县人力资源和社会保障局、县民政局、县医疗保障局、县教育局"], "2025年12月底"),
        (15, ["实施农村人居环境整治提升行动，农村卫生厕所普及率达到90%以上。"],
         ["韦春华"], ["县农业农村局", "县卫生健康局"], ["各乡镇人民政府"], "2025年12月底"),
        (16, ["推进水利基础设施建设，加快桐江干流防洪治理工程，完成病险水库除险加固8座。"],
         ["韦春华"], ["县水利局"], ["县发展和改革局、县财政局"], "2025年汛期前"),
    ], [(2, 12, 16), (3, 12, 14), (5, 12, 15)]),
    ("四、提升城乡建设管理水平（5项）", [
        (17, ["推进城市更新行动，改造城镇老旧小区28个，惠及居民4600户。"],
         ["贺立明"], ["县住房和城乡建设局"], ["县财政局、县自然资源局、城关镇人民政府"], "2025年11月底"),
        (18, ["实施城区交通微循环改造，打通断头路5条，新增公共停车泊位1500个。"],
         ["贺立明", "苏建国"], ["县住房和城乡建设局"], ["县公安局交通管理大队", "县城市管理局"], "2025年12月底"),
        (19, ["深入打好污染防治攻坚战，县城空气质量优良天数比例保持在95%以上。"],
         ["贺立明"], ["县生态环境分局"],
         ["县工业和信息化局、县住房和城乡建设局、县交通运输局、县农业农村局"], "2025年12月底"),
        (20, ["加快栖江高速公路栖桐段建设，确保年内建成通车。"],
         ["贺立明"], ["县交通运输局"], ["县自然资源局、沿线乡镇人民政府"], "2025年12月底"),
        (21, ["加强城市精细化管理，巩固提升市级文明城市创建成果。"],
         ["贺立明"], ["县城市管理局"], ["/"], "全年推进"),
    ], [(3, 17, 18), (2, 19, 21), (5, 18, 20)]),
    ("五、持续增进民生福祉（7项）", [
        (22, ["实施就业优先战略，城镇新增就业3200人，城镇调查失业率控制在5.5%以内。"],
         ["邓　佳"], ["县人力资源和社会保障局"], ["县财政局、县工业和信息化局"], "2025年12月底"),
        (23, ["新建城区第三小学、改扩建栖桐二中，新增学位2700个。"],
         ["邓　佳"], ["县教育局"], ["县发展和改革局", "", "县财政局", "县住房和城乡建设局"], "2025年8月底"),
        (24, ["深化紧密型县域医共体建设，支持县人民医院创建三级医院。"],
         ["邓　佳"], ["县卫生健康局"], ["县医疗保障局、县人民医院"], "2025年12月底"),
        (25, ["完善养老服务体系，新建乡镇区域养老服务中心4个。"],
         ["邓　佳"], ["县民政局"], ["县财政局、相关乡镇人民政府"], "2025年10月底"),
        (26, ["落实城乡居民基本养老保险和基本医疗保险待遇，参保率稳定在95%以上。"],
         ["邓　佳"], ["县人力资源和社会保障局", "县医疗保障局"], ["县税务局"], "2025年12月底"),
        (27, ["深化平安栖桐建设，常态化开展扫黑除恶斗争，严厉打击电信网络诈骗犯罪。"],
         ["苏建国"], ["县公安局"], ["县司法局、各乡镇人民政府"], "全年推进"),
        (28, ["抓好安全生产和防灾减灾工作，坚决遏制较大及以上安全事故发生。"],
         ["罗振东"], ["县应急管理局"], ["县安委会各成员单位"], "全年推进"),
    ], [(2, 22, 26), (5, 27, 28)]),
    ("六、加强政府自身建设（4项）", [
        (29, ["持续优化营商环境，推行“高效办成一件事”，政务服务事项全程网办率达到85%。"],
         ["罗振东"], ["县行政审批服务局"], ["县数据资源局、县直各相关单位"], "2025年12月底"),
        (30, ["严格落实党政机关过紧日子要求，一般性支出压减5%以上。"],
         ["罗振东"], ["县财政局"], [""], "2025年12月底"),
        (31, ["加强审计监督，实现县直部门预算执行审计全覆盖。"],
         ["罗振东"], ["县审计局"], ["/"], "2025年12月底"),
        (32, ["认真办理人大代表建议和政协委员提案，按时办复率达到100%。"],
         ["罗振东"], ["县人民政府办公室"], ["各承办单位"], "2025年9月底"),
    ], [(2, 29, 32), (5, 29, 31)]),
]

n_rows = 2 + sum(1 + len(tasks) for _, tasks, _ in SECTIONS)
tbl = doc.add_table(rows=n_rows, cols=6)
tbl.style = doc.styles["Table Grid"]


def fill(cell, paragraphs):
    cell.paragraphs[0].text = paragraphs[0]
    for ptext in paragraphs[1:]:
        cell.add_paragraph(ptext)


# the two header rows: 责任分工 over 责任县领导 / 牵头单位 / 配合单位
h0, h1 = tbl.rows[0].cells, tbl.rows[1].cells
fill(h0[0].merge(h1[0]), ["序号"])
fill(h0[1].merge(h1[1]), ["工作任务"])
fill(h0[2].merge(h0[4]), ["责任分工"])
fill(h1[2], ["责任县领导"])
fill(h1[3], ["牵头单位"])
fill(h1[4], ["配合单位"])
fill(h0[5].merge(h1[5]), ["完成时限"])

ri = 2
for title, tasks, merges in SECTIONS:
    cells = tbl.rows[ri].cells
    fill(cells[0].merge(cells[5]), [title])        # the part row, merged across
    ri += 1
    row_of = {}
    for no, task, leaders, leads, coops, due in tasks:
        row_of[no] = ri
        ri += 1
    merged = {}
    for col, a, b in merges:
        for no in range(a, b + 1):
            merged[(no, col)] = (a, b)
    for no, task, leaders, leads, coops, due in tasks:
        r = row_of[no]
        values = [[str(no)], task, leaders, leads, coops, [due]]
        for col in range(6):
            span = merged.get((no, col))
            if span is None:
                fill(tbl.cell(r, col), values[col])
            elif span[0] == no:
                m = tbl.cell(r, col).merge(tbl.cell(row_of[span[1]], col))
                fill(m, values[col])
            # else: a continuation cell of a vertical merge, left as Word leaves it

# the 版记 at the end of the last page
para("", indent=False)
bj = doc.add_table(rows=2, cols=2)
fill(bj.cell(0, 0).merge(bj.cell(0, 1)),
     ["抄送：县委各部门，县人大常委会办公室，县政协办公室，县人民法院，县人民检察院，县人武部。"])
fill(bj.cell(1, 0), ["栖桐县人民政府办公室"])
fill(bj.cell(1, 1), ["2025年2月24日印发"])

buf = io.BytesIO()
doc.save(buf)
buf.seek(0)


# ---------------------------------------------------------------- Docling 2.x's reading of it
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS = {"w": W, "a": A}

src = docx.Document(buf)
blocks = []
for element in src.element.body:
    tag = element.tag.rsplit("}", 1)[-1]
    if tag == "tbl":
        table = docx.table.Table(element, src)
        grid = [[c.text.replace("\n", " ") for c in row.cells] for row in table.rows]
        if len(grid) > 1 and len(grid[0]) > 0:
            blocks.append(tabulate(grid[1:], headers=grid[0], tablefmt="github"))
    elif tag == "p":
        if etree.ElementBase.xpath(element, ".//a:blip", namespaces=NS) or etree.ElementBase.xpath(element, ".//w:pict", namespaces=NS):
            blocks.append("<!-- image -->")     # the paragraph's own text is not kept
            continue
        text = docx.text.paragraph.Paragraph(element, src).text.strip()
        if text:
            blocks.append(text)
    # sectPr and anything else: ignored

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)
with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.write("\n\n".join(blocks))
print(out)
