#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 98, notice 504: a 县政府办公室 red-header Word notice dividing the
county's 2025 key tasks under the "分线领导牵头负责制" wording some Hunan counties
use: each task names its 分线领导, its 主要责任单位 (the lead) and its
其他责任单位 (the cooperating units); the roles are defined only by the duties
in the cover text.  Tasks 1-29 are paragraphs with a 楷体 line under each,
tasks 30-37 (为民办实事) are a table whose header puts 责任单位 over 主要 / 其他."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

NAME = "504_meizhu_xian_fenxian_lingdao_zhuyao_qita_zeren.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)


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
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", font=FS, size=16, align=None, indent=True,
         bold=False, color=None, line=28, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
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


def cell_text(cell, text, font=FS, size=10.5, align=WD_ALIGN_PARAGRAPH.LEFT,
              bold=False):
    cell.paragraphs[0].text = ""
    lines = text.split("\n")
    for i, t in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(16)
        p.paragraph_format.space_after = Pt(0)
        if t:
            set_font(p.add_run(t), font, size, bold)


def set_cell_vcenter(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vAlign")
    v.set(qn("w:val"), "center")
    tcpr.append(v)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def table_borders(tbl):
    tblpr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
sec.left_margin, sec.right_margin = Mm(28), Mm(26)

st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

# ---- 版头 ----
para(doc, "", indent=False, line=28)
para(doc, "湄渚县人民政府办公室文件", XBS, 36, WD_ALIGN_PARAGRAPH.CENTER,
     indent=False, color=RED, line=48, before=24)
para(doc, "", indent=False)
p = para(doc, "湄政办发〔2025〕3号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER,
         indent=False)
bottom_border(p)
para(doc, "", indent=False)

# ---- 标题 ----
para(doc, "湄渚县人民政府办公室", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER,
     indent=False, line=35)
para(doc, "关于印发《2025年县政府重点工作任务分解》的通知",
     XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
para(doc, "", indent=False)

para(doc, "各乡镇人民政府，县直各单位：", indent=False)
para(doc, "《2025年县政府重点工作任务分解》已经县人民政府同意，现印发给你们，"
          "并就有关事项通知如下，请认真抓好贯彻落实。")

p = para(doc)
set_font(p.add_run("一、强化责任落实。"), HT, 16)
set_font(p.add_run(
    "县政府重点工作任务实行县政府分线领导牵头负责制和部门单位具体负责制。"
    "分线领导对所领办的重点工作任务要牵头抓总、靠前指挥，统筹调度到位；"
    "主要责任单位要切实履行主职主责，建立协作机制，主动对接其他责任单位，"
    "带头推进工作落实；其他责任单位要积极履行配合职责，服从主要责任单位的"
    "调度安排，确保工作推进顺利。"), FS, 16)

p = para(doc)
set_font(p.add_run("二、细化工作方案。"), HT, 16)
set_font(p.add_run(
    "各主要责任单位要对照目标任务，会同其他责任单位研究制定具体实施方案，"
    "把工作目标、推进步骤、保障措施和完成时限明确到人、落实到岗。实施方案"
    "经分线领导审签后，于2025年3月15日前报县政府督查室备案。"), FS, 16)

p = para(doc)
set_font(p.add_run("三、加强调度协调。"), HT, 16)
set_font(p.add_run(
    "分线领导要定期听取工作汇报，及时协调解决推进中的困难和问题。"
    "各主要责任单位每月25日前将任务进展情况报县政府督查室，"
    "涉及多个单位的事项，由主要责任单位汇总报送。"), FS, 16)

p = para(doc)
set_font(p.add_run("四、严格督查考核。"), HT, 16)
set_font(p.add_run(
    "县政府重点工作任务完成情况纳入年度绩效考核。县政府督查室将采取"
    "月调度、季通报、年考评的方式跟踪问效，对工作推进不力、进度严重滞后的"
    "单位予以通报，并按规定追究相关责任。"), FS, 16)

para(doc, "")
para(doc, "附件：2025年县政府重点工作任务分解", indent=True)
para(doc, "")
para(doc, "")
para(doc, "湄渚县人民政府办公室", FS, 16, WD_ALIGN_PARAGRAPH.RIGHT,
     indent=False).paragraph_format.right_indent = Pt(64)
para(doc, "2025年2月26日", FS, 16, WD_ALIGN_PARAGRAPH.RIGHT,
     indent=False).paragraph_format.right_indent = Pt(72)
para(doc, "（此件公开发布）")

# ---- 附件 ----
p = para(doc, "", indent=False)
p.add_run().add_break(WD_BREAK.PAGE)
para(doc, "附件", HT, 16, indent=False)
para(doc, "")
para(doc, "2025年县政府重点工作任务分解", XBS, 22,
     WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
para(doc, "")

SECTIONS = [
    ("一、聚焦项目建设，稳住经济基本盘", [
        ("全力抓好项目谋划储备。", "围绕国家政策支持方向，全年谋划储备重大项目150个以上，争取超长期特别国债、中央预算内投资等上级资金10亿元以上。",
         "龚建平", "县发改局", "县财政局、县自然资源局、县住建局、县交通运输局"),
        ("加快重点项目建设。", "全年实施县级重点项目120个，完成年度投资85亿元以上，新开工亿元以上项目30个，推动湄渚大道北延、城北污水处理厂二期等项目建成投用。",
         "谭志坚、龚建平", "县发改局", "县直相关单位，各乡镇人民政府，湄渚经开区管委会"),
        ("强化项目要素保障。", "保障新增建设用地2000亩以上，盘活批而未供和闲置土地800亩，用足用好用林、能耗等指标。",
         "刘晓岚", "县自然资源局", "县发改局、县林业局、市生态环境局湄渚分局"),
        ("扩大有效投资。", "全社会固定资产投资增长8%，民间投资占比提高2个百分点，加强投资运行监测调度。",
         "龚建平", "县发改局、县统计局", "县直相关单位"),
        ("全力招商引资。", "落实“一把手”招商责任，全年引进亿元以上项目25个，实际到位内资60亿元以上。",
         "谭志坚", "县投资促进中心、县商务局", "湄渚经开区管委会，各乡镇人民政府"),
    ]),
    ("二、聚焦产业升级，增强发展动能", [
        ("壮大先进制造业。", "推动新材料、食品加工两大主导产业扩能升级，规模以上工业增加值增长8.5%，新增规模以上工业企业20家。",
         "黄德胜", "县工信局", "湄渚经开区管委会、县发改局、县统计局"),
        ("推进园区提质增效。", "完成经开区调区扩区，新建标准厂房10万平方米，园区技工贸收入突破300亿元。",
         "黄德胜", "湄渚经开区管委会", "县自然资源局、县工信局、县住建局"),
        ("培育壮大创新主体。", "新增高新技术企业12家、科技型中小企业50家，全社会研发经费投入强度达到2%。",
         "黄德胜", "县科技局", "县工信局、县财政局、县税务局"),
        ("繁荣现代服务业。", "社会消费品零售总额增长6%，新增限额以上商贸企业40家，办好“湄好生活”消费季系列活动。",
         "邹红梅", "县商务局", "县文旅广体局、县市场监管局、县统计局"),
        ("推动文旅融合发展。", "创建国家4A级旅游景区1家，打造精品旅游线路3条，全年接待游客突破800万人次。",
         "邹红梅", "县文旅广体局", None),
    ]),
    ("三、聚焦乡村振兴，推进城乡融合", [
        ("稳定粮食生产。", "粮食播种面积稳定在52万亩以上，新建高标准农田3万亩，落实耕地保护和粮食安全党政同责。",
         "刘晓岚", "县农业农村局", "县财政局、县自然资源局、县水利局，各乡镇人民政府"),
        ("巩固拓展脱贫攻坚成果。", "守牢不发生规模性返贫致贫底线，健全防止返贫致贫监测帮扶机制，脱贫人口人均纯收入增长8%以上。",
         "刘晓岚", "县农业农村局、各乡镇人民政府", "县人社局、县医保局、县教育局、县住建局"),
        ("发展特色农业产业。", "做强油茶、柑橘、稻渔综合种养三大产业，新增省级农业产业化龙头企业3家。",
         "刘晓岚", "县农业农村局", "县林业局、县市场监管局"),
        ("建设宜居宜业和美乡村。", "完成农村户厕改造3000户，建成美丽屋场20个，农村生活污水治理率达到45%。",
         "刘晓岚", "县农业农村局", "县住建局、市生态环境局湄渚分局，各乡镇人民政府"),
        ("推进以人为本的新型城镇化。", "完成城区老旧小区改造12个，新建改造城区道路8公里，常住人口城镇化率提高1个百分点。",
         "龚建平", "县住建局", "县城管局、县自然资源局、县财政局"),
    ]),
    ("四、聚焦改革开放，优化营商环境", [
        ("深化重点领域改革。", "稳妥推进国有企业改革，完成县属国有平台公司市场化转型，国有资产保值增值率达到100%。",
         "龚建平", "县财政局", "县城投集团、县产投集团"),
        ("持续优化营商环境。", "深化“高效办成一件事”改革，政务服务事项网上可办率达到98%以上，企业开办时间压缩至1个工作日。",
         "彭立新", "县行政审批服务局、县数据局", "县直各有关单位"),
        ("推动民营经济发展壮大。", "建立常态化政企沟通机制，开展拖欠企业账款清理，全年新增经营主体5000户以上。",
         "黄德胜", "县工信局", "县市场监管局、县财政局、县司法局"),
        ("扩大对外开放合作。", "外贸进出口总额增长10%，新增有进出口实绩企业15家，加快建设湄渚港货运码头。",
         "邹红梅", "县商务局", "县交通运输局、县税务局"),
    ]),
    ("五、聚焦生态文明，建设美丽湄渚", [
        ("深入打好污染防治攻坚战。", "城区空气质量优良天数比例达到92%以上，国省控断面水质达标率保持100%。",
         "黄德胜", "市生态环境局湄渚分局", "县住建局、县农业农村局、县水利局、县城管局"),
        ("加强水利基础设施建设。", "完成中小河流治理15公里，实施小型病险水库除险加固8座，落实河湖长制。",
         "刘晓岚", "县水利局", "县财政局，各乡镇人民政府"),
        ("加强林业生态保护修复。", "完成国土绿化2.5万亩，森林覆盖率稳定在65%以上，严格落实林长制。",
         "刘晓岚", "县林业局", "各乡镇人民政府"),
        ("推进绿色低碳转型。", "新增光伏、风电装机10万千瓦，完成市下达的单位地区生产总值能耗降低目标。",
         "黄德胜、龚建平", "县发改局", "县工信局、国网湄渚县供电公司"),
    ]),
    ("六、聚焦民生福祉，提升群众幸福指数", [
        ("稳定和扩大就业。", "城镇新增就业4500人，农村劳动力转移就业1万人次，城镇调查失业率控制在5.5%以内。",
         "邹红梅", "县人社局", "县财政局、县农业农村局、县工商联"),
        ("办好人民满意的教育。", "新建改扩建中小学校5所，新增学位3000个，推进县域义务教育优质均衡发展。",
         "邹红梅", "县教育局", "县发改局、县财政局、县住建局、县自然资源局"),
        ("推进健康湄渚建设。", "深化紧密型县域医共体建设，县人民医院创建三级医院，乡镇卫生院标准化建设达标率100%。",
         "邹红梅", "县卫健局", "县医保局、县人民医院"),
        ("健全社会保障体系。", "城乡居民基本养老保险参保率稳定在95%以上，适时提高城乡低保和特困人员供养标准。",
         "邹红梅", "县人社局、县民政局", "县医保局、县财政局"),
        ("统筹发展和安全。", "深化安全生产治本攻坚三年行动，坚决遏制较大及以上安全事故，守牢防汛抗旱安全底线。",
         "周锐", "县应急管理局", "县直各有关单位，各乡镇人民政府"),
        ("建设更高水平平安湄渚。", "常态化推进扫黑除恶斗争，深化矛盾纠纷排查化解，刑事案件发案数下降5%。",
         "周锐", "县公安局", "县司法局、县信访局，各乡镇人民政府"),
    ]),
]

n = 0
for head, tasks in SECTIONS:
    para(doc, head, HT, 16)
    for lead_in, text, ld, main, other in tasks:
        n += 1
        p = para(doc)
        set_font(p.add_run(f"{n}．{lead_in}"), FS, 16, bold=True)
        set_font(p.add_run(text), FS, 16)
        line = f"分线领导：{ld}　　主要责任单位：{main}"
        if other:
            line += f"　　其他责任单位：{other}"
        para(doc, line, KT, 16)

para(doc, "七、2025年为民办实事项目（8项）", HT, 16)

SHISHI = [
    ("新增城区公共停车泊位1500个，建设智慧停车管理平台，缓解老城区停车难问题。", "龚建平", "县住建局", "县城管局、县公安局", "2025年12月底"),
    ("新建改造农村集中供水工程20处，巩固提升5万农村人口饮水安全保障水平。", "刘晓岚", "县水利局", "各乡镇人民政府", "2025年11月底"),
    ("新建社区老年食堂（助餐点）30个，为辖区老年人提供助餐服务。", "邹红梅", "县民政局", "县财政局，各乡镇人民政府", "2025年10月底"),
    ("新建改造城区公共厕所20座，实现城区公厕免费开放、分布合理。", "龚建平", "县城管局", "/", "2025年9月底"),
    ("全县中小学校（幼儿园）食堂“明厨亮灶”覆盖率达到100%。", "邹红梅", "县教育局、县市场监管局", "/", "2025年8月底"),
    ("为全县1.5万名适龄妇女免费开展“两癌”筛查。", "邹红梅", "县卫健局", "县妇联、县财政局", "2025年12月底"),
    ("新开通城区公交线路3条，更新投放新能源公交车30辆。", "龚建平", "县交通运输局", "县财政局、县城投集团", "2025年10月底"),
    ("为200名0—6岁残疾儿童提供康复救助服务。", "邹红梅", "县残联", "县卫健局、县教育局", "2025年12月底"),
]

tbl = doc.add_table(rows=2, cols=6)
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
table_borders(tbl)
widths = [Mm(12), Mm(62), Mm(20), Mm(24), Mm(22), Mm(16)]
for r in tbl.rows:
    for c, w in zip(r.cells, widths):
        c.width = w
h0, h1 = tbl.rows[0].cells, tbl.rows[1].cells
for i, t in ((0, "序号"), (1, "项目内容及目标"), (2, "分线领导"),
             (5, "完成时限")):
    m = h0[i].merge(h1[i])
    cell_text(m, t, HT, 10.5, WD_ALIGN_PARAGRAPH.CENTER)
    set_cell_vcenter(m)
m = h0[3].merge(h0[4])
cell_text(m, "责任单位", HT, 10.5, WD_ALIGN_PARAGRAPH.CENTER)
cell_text(h1[3], "主要", HT, 10.5, WD_ALIGN_PARAGRAPH.CENTER)
cell_text(h1[4], "其他", HT, 10.5, WD_ALIGN_PARAGRAPH.CENTER)
repeat_header(tbl.rows[0])
repeat_header(tbl.rows[1])

for text, ld, main, other, when in SHISHI:
    n += 1
    r = tbl.add_row().cells
    vals = [str(n), text, ld, main, other, when]
    for i, v in enumerate(vals):
        al = WD_ALIGN_PARAGRAPH.LEFT if i == 1 else WD_ALIGN_PARAGRAPH.CENTER
        cell_text(r[i], v, FS, 10.5, al)
        set_cell_vcenter(r[i])
        r[i].width = widths[i]

para(doc, "")
para(doc, "")

# ---- 版记 ----
bj = doc.add_table(rows=2, cols=1)
bj.alignment = WD_TABLE_ALIGNMENT.CENTER
tblpr = bj._tbl.tblPr
b = OxmlElement("w:tblBorders")
for side, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4")):
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), sz)
    e.set(qn("w:space"), "0")
    e.set(qn("w:color"), "000000")
    b.append(e)
for side in ("left", "right", "insideV"):
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "nil")
    b.append(e)
tblpr.append(b)
cell_text(bj.rows[0].cells[0],
          "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。",
          FS, 14)
c = bj.rows[1].cells[0]
c.paragraphs[0].text = ""
pp = c.paragraphs[0]
pp.paragraph_format.tab_stops.add_tab_stop(Mm(150))
set_font(pp.add_run("湄渚县人民政府办公室\t2025年2月26日印发"), FS, 14)

doc.save(OUT)
print("wrote", OUT, n, "tasks")
