#!/usr/bin/python3
"""Round 121, case 618: a county 任务清单 + 部门责任矩阵 (units as rows, task numbers as columns).

The notice (a 县政府办 red-header Word file) prints the 32 tasks in 附件1 with their
责任县领导 and 完成时限 only; who leads and who helps is given only in 附件2, a
landscape matrix whose rows are the units and whose columns are the task numbers
(▲ = 牵头单位, △ = 配合单位, two ▲ = 共同牵头), split over two tables (1–16, 17–32),
each closed by a 合计 row of counts; the second table also has per-unit totals.

Writes 618_maoxi_xian_zeren_juzhen_renwu_qingdan.docx and its gold, byte-identically
on every run (fixed core properties, fixed zip timestamps).
"""
import io
import json
import os
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "618_maoxi_xian_zeren_juzhen_renwu_qingdan"
DOCX = os.path.join(HERE, BASE + ".docx")
GOLD = os.path.join(HERE, BASE + ".tasks.gold.jsonl")

LEAD, HELP = "▲", "△"

# ---------------------------------------------------------------- the units (matrix rows)
UNITS_A = [  # 一、县直部门
    "县发改局", "县工业和信息化局", "县科技局", "县财政局（县国资办）", "县自然资源局",
    "县住建局", "县交通运输局", "县水利局", "县农业农村局", "县商务局", "县文旅体局",
    "县教育局", "县卫生健康局", "县人社局", "县民政局", "县市场监管局",
    "市生态环境局茆溪分局", "县应急管理局", "县医保局", "县政务服务和数据管理局",
    "县城管局", "县公安局", "县统计局",
]
UNITS_B = [  # 二、乡镇（街道）、园区及企业
    "各乡镇（街道）", "茆溪经开区管委会", "县城投集团", "国网茆溪县供电公司",
]
UNITS = UNITS_A + UNITS_B

# ---------------------------------------------------------------- the tasks
# (part, text, leaders as printed, deadline, leads, helpers)
PARTS = [
    "一、稳增长促发展", "二、推动产业转型升级", "三、促进城乡融合发展",
    "四、深化改革扩大开放", "五、加强生态环境保护", "六、保障和改善民生",
]
T = []


def task(part, text, leaders, deadline, leads, helpers):
    T.append(dict(part=part, text=text, leaders=leaders, deadline=deadline,
                  leads=leads, helpers=helpers))


task(0, "全县地区生产总值增长6%左右，一般公共预算收入增长5%，固定资产投资增长8%。",
     "钱立衡", "2025年12月底", ["县发改局"], ["县财政局（县国资办）", "县统计局"])
task(0, "扎实推进项目建设，全年实施县级重点项目120个以上，完成年度投资150亿元。",
     "王勇", "2025年12月底", ["县发改局"],
     ["县自然资源局", "县住建局", "各乡镇（街道）", "茆溪经开区管委会"])
task(0, "强化土地要素保障，新增建设用地报批2000亩，盘活批而未供和闲置土地500亩。",
     "王勇", "2025年11月底前", ["县自然资源局"],
     ["县发改局", "县财政局（县国资办）", "茆溪经开区管委会"])
task(0, "深入实施招商引资“一把手”工程，全年引进亿元以上产业项目30个，实际到位资金增长10%。",
     "钱立衡、王勇", "2025年12月底", ["县商务局"],
     ["县发改局", "各乡镇（街道）", "茆溪经开区管委会"])
task(0, "促进消费扩容提质，办好“茆溪美食节”等促消费活动，社会消费品零售总额增长6.5%。",
     "李华", "2025年12月底", ["县商务局"], ["县文旅体局", "县市场监管局", "县统计局"])
task(0, "加强财源建设和预算管理，严格落实政府过紧日子要求，防范化解地方政府债务风险。",
     "王　勇", "持续推进", ["县财政局（县国资办）"], ["县发改局", "县城投集团"])

task(1, "实施工业倍增行动，规上工业增加值增长8%，新增规上工业企业25家。",
     "李华", "2025年12月底", ["县工业和信息化局"], ["县科技局", "县统计局", "茆溪经开区管委会"])
task(1, "推动茆溪经开区扩区调规和“亩均论英雄”改革，园区亩均税收提高10%。",
     "李华", "2025年10月底前", ["茆溪经开区管委会"],
     ["县发改局", "县工业和信息化局", "县自然资源局"])
task(1, "培育壮大科技创新主体，高新技术企业达到60家，研发经费投入强度提高0.2个百分点。",
     "赵敏", "2025年12月底", ["县科技局"], ["县工业和信息化局", "县财政局（县国资办）", "县统计局"])
task(1, "发展现代农业，粮食播种面积稳定在45万亩以上，新建高标准农田3万亩。",
     "孙建国", "2025年10月底前", ["县农业农村局"], ["县自然资源局", "县水利局", "各乡镇（街道）"])
task(1, "推进文旅深度融合，创建国家4A级旅游景区1家，全年接待游客增长10%。",
     "赵敏", "2025年12月底", ["县文旅体局"], ["县交通运输局", "县市场监管局", "各乡镇（街道）"])
task(1, "加快数字经济发展，新建5G基站200个，推动30家规上企业数字化改造。",
     "李华", "2025年12月底", ["县工业和信息化局", "县政务服务和数据管理局"],
     ["县住建局", "国网茆溪县供电公司"])

task(2, "实施城市更新行动，改造城镇老旧小区28个、城中村2个，新建城市口袋公园6个。",
     "王勇", "2025年11月底前", ["县住建局"],
     ["县财政局（县国资办）", "县自然资源局", "县城管局", "县城投集团"])
task(2, "提升城市精细化管理水平，新增公共停车泊位1500个，治理背街小巷40条。",
     "陈志刚", "2025年12月底", ["县城管局"], ["县住建局", "县公安局"])
task(2, "完善综合交通网络，建成国道G345茆溪段改线工程，新改建农村公路120公里。",
     "孙建国", "2025年12月底", ["县交通运输局"],
     ["县自然资源局", "县财政局（县国资办）", "各乡镇（街道）"])
task(2, "加快水网建设，完成小型水库除险加固12座，实施农村供水保障工程20处。",
     "孙建国", "2025年6月底前", ["县水利局"], ["县财政局（县国资办）", "各乡镇（街道）"])
task(2, "推进宜居宜业和美乡村建设，创建省级和美乡村示范村8个，农村卫生户厕普及率达到92%。",
     "孙建国", "2025年12月底", ["县农业农村局"],
     ["县自然资源局", "县住建局", "市生态环境局茆溪分局", "各乡镇（街道）"])

task(3, "深化“高效办成一件事”改革，新增集成办理事项10项，政务服务事项全程网办率达到85%。",
     "欧阳晓岚", "2025年9月底前", ["县政务服务和数据管理局"],
     ["县人社局", "县市场监管局", "县公安局"])
task(3, "持续优化营商环境，开展涉企违规收费专项整治，营商环境评价保持全市第一方阵。",
     "欧阳晓岚", "持续推进", ["县市场监管局"], ["县发改局", "县财政局（县国资办）"])
task(3, "深化国资国企改革，推动县城投集团市场化转型，完成国有企业公司制改革扫尾工作。",
     "王勇", "2025年12月底", ["县财政局（县国资办）"], [])
task(3, "扩大对外开放，外贸进出口总额增长8%，新增有进出口实绩企业15家。",
     "李华", "2025年12月底", ["县商务局"], ["茆溪经开区管委会"])
task(3, "推进县域金融改革，全年新增各项贷款50亿元，新增上市后备企业3家。",
     "王勇", "2025年12月底", ["县财政局（县国资办）"], ["县发改局", "县工业和信息化局"])

task(4, "打好蓝天保卫战，PM2.5年均浓度控制在32微克/立方米以内，优良天数比例达到90%。",
     "孙建国", "2025年12月底", ["市生态环境局茆溪分局"],
     ["县住建局", "县交通运输局", "县城管局", "县公安局"])
task(4, "深化河湖长制，国控、省控断面水质优良率保持100%，完成入河排污口整治45个。",
     "孙建国", "2025年12月底", ["县水利局"],
     ["县农业农村局", "市生态环境局茆溪分局", "各乡镇（街道）"])
task(4, "抓好中央和省生态环境保护督察反馈问题整改，按期完成年度销号任务。",
     "孙建国", "2025年9月底前", ["市生态环境局茆溪分局"], ["县自然资源局", "各乡镇（街道）"])
task(4, "推动绿色低碳转型，完成单位地区生产总值能耗下降目标，新增光伏装机5万千瓦。",
     "李华", "2025年12月底", ["县发改局"],
     ["县工业和信息化局", "县统计局", "国网茆溪县供电公司"])

task(5, "稳定和扩大就业，城镇新增就业3500人，城镇调查失业率控制在5.5%以内。",
     "赵敏", "2025年12月底", ["县人社局"], ["县教育局", "县财政局（县国资办）", "各乡镇（街道）"])
task(5, "推进义务教育优质均衡发展，新建改扩建中小学校5所，新增学位2700个。",
     "赵敏", "2025年8月底前", ["县教育局"], ["县财政局（县国资办）", "县自然资源局", "县住建局"])
task(5, "深化紧密型县域医共体建设，县域内就诊率达到90%，建成县人民医院胸痛中心。",
     "赵敏", "2025年12月底", ["县卫生健康局"], ["县财政局（县国资办）", "县医保局"])
task(5, "健全分层分类社会救助体系，城乡低保标准分别提高到每人每月780元和600元。",
     "欧阳晓岚", "2025年6月底前", ["县民政局"], ["县财政局（县国资办）", "县医保局", "各乡镇（街道）"])
task(5, "加快养老托育服务发展，新建乡镇区域养老服务中心3个，新增普惠托位300个。",
     "欧阳晓岚", "2025年12月底", ["县民政局", "县卫生健康局"], ["各乡镇（街道）"])
task(5, "统筹发展和安全，深化安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。",
     "陈志刚、孙建国", "持续推进", ["县应急管理局"],
     ["县住建局", "县交通运输局", "县市场监管局", "县公安局", "各乡镇（街道）"])

assert len(T) == 32
for t in T:
    for u in t["leads"] + t["helpers"]:
        assert u in UNITS, u
    assert not set(t["leads"]) & set(t["helpers"])

# ---------------------------------------------------------------- docx helpers
FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rfonts.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", font=FS, size=16, align=None, bold=False, indent=False,
         color=None, space_after=0, line=Pt(28)):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    if line is not None:
        pf.line_spacing = line
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def bottom_rule(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def cell_text(cell, text, font=FS, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = 1.0
        if line:
            r = p.add_run(line)
            set_font(r, font, size, bold)


def set_col_widths(table, widths):
    tbl = table._tbl
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i].twips)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths):
                c.width = widths[i]


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def fixed_layout(table):
    tblpr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)


def page_footer(section):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    r._r.append(it)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r._r.append(s)
    r = fp.add_run("1")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r._r.append(e)
    r = fp.add_run(" —")
    set_font(r, "宋体", 14)


def portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.0)
    section.left_margin, section.right_margin = Cm(1.6), Cm(1.6)


# ---------------------------------------------------------------- build
doc = Document()
st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

sec = doc.sections[0]
portrait(sec)
page_footer(sec)

# 版头 (the default first paragraph of the template is reused)
body = doc._body._body
first = doc.paragraphs[0] if doc.paragraphs else None
p = para(doc, "茆溪县人民政府办公室文件", XBS, 36, WD_ALIGN_PARAGRAPH.CENTER, color="FF0000",
         line=None, space_after=24)
para(doc, "", FS, 16)
p = para(doc, "茆政办发〔2025〕6号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
bottom_rule(p)
para(doc, "", FS, 16)
p = para(doc, "", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
for k, part in enumerate(["茆溪县人民政府办公室关于印发", "《茆溪县2025年政府工作报告重点任务",
                          "清单及部门责任矩阵》的通知"]):
    if k:
        p.add_run().add_break(WD_BREAK.LINE)
    r = p.add_run(part)
    set_font(r, XBS, 22)
para(doc, "", FS, 16)
para(doc, "各乡镇人民政府、街道办事处，县政府各部门、各直属机构，茆溪经开区管委会，县属国有企业，有关驻县单位：")

BODY = [
    "《茆溪县2025年政府工作报告重点任务清单及部门责任矩阵》已经县人民政府同意，现印发给你们，并就有关事项通知如下。",
    None,
    "一、关于分工方式。今年县政府工作报告重点任务分工采用“清单＋矩阵”方式。附件1逐项列明32项重点任务及其责任县领导、完成时限，不再逐项列出责任单位；附件2为部门责任矩阵，以单位为行、以任务序号为列，每项任务的责任单位在附件2中对应任务序号所在列查找。矩阵中标注“▲”的为牵头单位，标注“△”的为配合单位；同一任务标注两个“▲”的，由两家单位共同牵头。附件1与附件2的任务序号一一对应，附件1任务表述中提及的单位以附件2标注为准。",
    "二、关于工作责任。牵头单位对所牵头任务负总责，要于3月20日前制定具体推进方案，明确季度目标和责任人，报责任县领导审定后送县政府督查室备案；共同牵头的，由两家单位协商制定。配合单位要主动对接、密切配合。各单位请在附件2中找准本单位所在行，逐项核对所承担任务。",
    "三、关于督查考核。县政府督查室按照责任矩阵建立督办台账，实行季度调度、年终考核。各牵头单位于每季度最后一个月25日前，将任务进展情况经责任县领导审核后报县政府督查室，考核结果纳入年度综合考核。",
    "联系人：县政府督查室　周晓岚，联系电话：0739—5521068。",
]
for t in BODY:
    if t is None:
        continue
    para(doc, t, indent=True)

para(doc, "")
p = para(doc, "附件：1．茆溪县2025年政府工作报告重点任务清单", indent=True)
p = para(doc, "2．茆溪县2025年政府工作报告重点任务部门责任矩阵")
p.paragraph_format.left_indent = Pt(16 * 5)
para(doc, "")
p = para(doc, "茆溪县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
p.paragraph_format.right_indent = Pt(16 * 4)
p = para(doc, "2025年3月6日", align=WD_ALIGN_PARAGRAPH.RIGHT)
p.paragraph_format.right_indent = Pt(16 * 5)
para(doc, "")
para(doc, "（此件公开发布）", indent=True)

# ---------------- 附件1 (portrait, new page)
p = para(doc, "附件1", HT, 16)
p.paragraph_format.page_break_before = True
para(doc, "")
para(doc, "茆溪县2025年政府工作报告重点任务清单", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
para(doc, "")

tab1 = doc.add_table(rows=1, cols=4)
tab1.style = doc.styles["Table Grid"]
tab1.alignment = WD_TABLE_ALIGNMENT.CENTER
fixed_layout(tab1)
hdr = tab1.rows[0].cells
for c, t in zip(hdr, ["序号", "重点任务", "责任县领导", "完成时限"]):
    cell_text(c, t, HT, 12)
repeat_header(tab1.rows[0])
part_count = [sum(1 for t in T if t["part"] == k) for k in range(len(PARTS))]
n = 0
for k, pname in enumerate(PARTS):
    row = tab1.add_row()
    a = row.cells[0].merge(row.cells[3])
    cell_text(a, f"{pname}（{part_count[k]}项）", HT, 12, WD_ALIGN_PARAGRAPH.LEFT)
    for t in T:
        if t["part"] != k:
            continue
        n += 1
        t["id"] = str(n)
        row = tab1.add_row()
        c = row.cells
        cell_text(c[0], str(n), FS, 11)
        cell_text(c[1], t["text"], FS, 11, WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(c[2], t["leaders"].replace("、", "\n") if n == 32 else t["leaders"], FS, 11)
        cell_text(c[3], t["deadline"], FS, 11)
set_col_widths(tab1, [Cm(1.3), Cm(8.5), Cm(2.8), Cm(3.0)])

# ---------------- 附件2 (landscape section)
sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
landscape(sec2)
page_footer(sec2)
para(doc, "附件2", HT, 16)
para(doc, "茆溪县2025年政府工作报告重点任务部门责任矩阵", XBS, 20, WD_ALIGN_PARAGRAPH.CENTER,
     line=Pt(32))
para(doc, "（▲为牵头单位，△为配合单位）", KT, 14, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(24))


def matrix(doc, first, last, with_totals):
    ids = list(range(first, last + 1))
    ncol = 2 + len(ids) + (2 if with_totals else 0)
    tb = doc.add_table(rows=2, cols=ncol)
    tb.style = doc.styles["Table Grid"]
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    fixed_layout(tb)
    r0, r1 = tb.rows[0].cells, tb.rows[1].cells
    a = r0[0].merge(r1[0]); cell_text(a, "序号", HT, 10.5)
    a = r0[1].merge(r1[1]); cell_text(a, "单位名称", HT, 10.5)
    a = r0[2].merge(r0[1 + len(ids)]); cell_text(a, "任务序号", HT, 10.5)
    for j, i in enumerate(ids):
        cell_text(r1[2 + j], str(i), HT, 10.5)
    if with_totals:
        a = r0[ncol - 2].merge(r0[ncol - 1]); cell_text(a, "合计（项）", HT, 10.5)
        cell_text(r1[ncol - 2], "牵头", HT, 10.5)
        cell_text(r1[ncol - 1], "配合", HT, 10.5)
    repeat_header(tb.rows[0]); repeat_header(tb.rows[1])
    seq = 0
    for cat, units in (("一、县直部门", UNITS_A), ("二、乡镇（街道）、园区及企业", UNITS_B)):
        row = tb.add_row()
        a = row.cells[0].merge(row.cells[ncol - 1])
        cell_text(a, cat, HT, 10.5, WD_ALIGN_PARAGRAPH.LEFT)
        for u in units:
            seq += 1
            row = tb.add_row().cells
            cell_text(row[0], str(seq), FS, 10.5)
            cell_text(row[1], u, FS, 10.5, WD_ALIGN_PARAGRAPH.LEFT)
            for j, i in enumerate(ids):
                t = T[i - 1]
                mark = LEAD if u in t["leads"] else HELP if u in t["helpers"] else ""
                cell_text(row[2 + j], mark, "宋体", 10.5)
            if with_totals:
                nl = sum(1 for t in T if u in t["leads"])
                nh = sum(1 for t in T if u in t["helpers"])
                cell_text(row[ncol - 2], str(nl), FS, 10.5)
                cell_text(row[ncol - 1], str(nh) if nh else "—", FS, 10.5)
    row = tb.add_row().cells
    a = row[0].merge(row[1])
    cell_text(a, "责任单位数（家）", HT, 10.5)
    for j, i in enumerate(ids):
        t = T[i - 1]
        cell_text(row[2 + j], str(len(t["leads"]) + len(t["helpers"])), FS, 10.5)
    if with_totals:
        cell_text(row[ncol - 2], str(sum(len(t["leads"]) for t in T)), FS, 10.5)
        cell_text(row[ncol - 1], str(sum(len(t["helpers"]) for t in T)), FS, 10.5)
    w_unit = Cm(4.6)
    w_tot = Cm(1.2)
    avail = Cm(26.5) - Cm(1.1) - w_unit - (2 * w_tot if with_totals else 0)
    w_task = int(avail / len(ids))
    widths = [Cm(1.1), w_unit] + [w_task] * len(ids) + ([w_tot, w_tot] if with_totals else [])
    from docx.shared import Emu
    set_col_widths(tb, [Emu(int(w)) for w in widths])
    return tb


matrix(doc, 1, 16, False)
p = para(doc, "")
p.add_run().add_break(WD_BREAK.PAGE)
para(doc, "续表", KT, 14, WD_ALIGN_PARAGRAPH.LEFT, line=Pt(24))
matrix(doc, 17, 32, True)
para(doc, "注：1．▲为牵头单位，△为配合单位；第12、31项各有两个▲，为共同牵头任务。2．“各乡镇（街道）”指全县9个乡镇和2个街道办事处。3．“责任单位数”含牵头单位和配合单位。",
     FS, 12, WD_ALIGN_PARAGRAPH.LEFT, line=Pt(20))

# ---------------- 版记 (portrait last page)
sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
portrait(sec3)
page_footer(sec3)
for _ in range(14):
    para(doc, "")
bj = doc.add_table(rows=2, cols=1)
for i, t in enumerate(["抄送：县委办公室，县人大常委会办公室，县政协办公室。",
                       "茆溪县人民政府办公室　　　　　　　　　2025年3月6日印发"]):
    c = bj.rows[i].cells[0]
    cell_text(c, t, FS, 14, WD_ALIGN_PARAGRAPH.LEFT)
    tcpr = c._tc.get_or_add_tcPr()
    bd = OxmlElement("w:tcBorders")
    for side in ("top", "bottom"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "8"); e.set(qn("w:color"), "000000")
        bd.append(e)
    for side in ("left", "right"):
        e = OxmlElement(f"w:{side}"); e.set(qn("w:val"), "nil"); bd.append(e)
    tcpr.append(bd)

# drop the template's initial empty paragraph, if any, before the 版头
if first is not None and first._p.getparent() is not None and not first.text:
    first._p.getparent().remove(first._p)

cp = doc.core_properties
fixed = datetime.datetime(2025, 3, 6, 9, 0, 0)
cp.author = "县政府办"
cp.last_modified_by = "县政府办"
cp.title = ""
cp.created = fixed
cp.modified = fixed
cp.last_printed = fixed
cp.revision = 3
cp.comments = ""
cp.keywords = ""
cp.subject = ""
cp.category = ""

buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
out = io.BytesIO()
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 6, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        z.writestr(zi, src.read(info.filename))
with open(DOCX, "wb") as f:
    f.write(out.getvalue())

# ---------------------------------------------------------------- gold
with open(GOLD, "w", encoding="utf-8") as f:
    for t in T:
        leads = [u for u in UNITS if u in t["leads"]]
        helpers = [u for u in UNITS if u in t["helpers"]]
        leaders = [x.replace("　", "").strip() for x in t["leaders"].split("、")]
        rec = {
            "id": t["id"],
            "marker": t["id"],
            "head": t["text"][:12],
            "responsible_units": leads + helpers,
            "lead_units": leads,
            "cooperating_units": helpers,
            "leaders": leaders,
            "deadline": t["deadline"],
        }
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", DOCX, GOLD)
