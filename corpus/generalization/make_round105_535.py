#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Write 535_zilan_qu_gzbg_zhongdian_renwu_fengong.docx: a 区政府办公室 notice
dividing the 政府工作报告's 重点任务, with the 分工方案 as a landscape Word table."""
import os
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

NAME = "535_zilan_qu_gzbg_zhongdian_renwu_fengong.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"

doc = Document()

# ---- styles -------------------------------------------------------------
normal = doc.styles["Normal"]
normal.font.name = "Times New Roman"
normal.font.size = Pt(16)
normal.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
normal.paragraph_format.space_before = Pt(0)
normal.paragraph_format.space_after = Pt(0)


def set_run_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.name = ascii_font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(text="", east=FS, size=16, align=None, indent=True, bold=False,
         line=28, color=None, runs=None, left_indent=None):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if left_indent is not None:
        pf.left_indent = left_indent
    if runs is None:
        runs = [(text, east, bold)]
    for t, e, b in runs:
        if t == "":
            continue
        r = p.add_run(t)
        set_run_font(r, e, size, bold=b, color=color)
    return p


def bottom_border(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def add_page_field(p, size=14):
    def r(text=None, fld=None, instr=None):
        run = p.add_run(text or "")
        set_run_font(run, "宋体", size, ascii_font="宋体")
        if fld:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), fld)
            run._element.append(fc)
        if instr:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = instr
            run._element.append(it)
        return run
    r("— ")
    r(fld="begin")
    r(instr=" PAGE ")
    r(fld="separate")
    r("1")
    r(fld="end")
    r(" —")


# ---- page setup (GB/T 9704) ----------------------------------------------
sec = doc.sections[0]
sec.page_width = Cm(21.0)
sec.page_height = Cm(29.7)
sec.top_margin = Cm(3.7)
sec.bottom_margin = Cm(3.5)
sec.left_margin = Cm(2.8)
sec.right_margin = Cm(2.6)
sec.footer_distance = Cm(2.5)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
add_page_field(fp)

# ---- 版头 ------------------------------------------------------------------
para("", indent=False)
p = para("梓岚区人民政府办公室文件", east=XBS, size=46, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=60, color="FF0000")
para("", indent=False)
p = para("梓政办发〔2025〕6号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
bottom_border(p)
para("", indent=False)

# ---- 标题 ------------------------------------------------------------------
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
p.paragraph_format.line_spacing = Pt(36)
r = p.add_run("梓岚区人民政府办公室关于印发2025年区政府")
set_run_font(r, XBS, 22)
r.add_break(WD_BREAK.LINE)
r = p.add_run("工作报告重点任务分工方案的通知")
set_run_font(r, XBS, 22)
para("", indent=False)

# ---- 主送 ------------------------------------------------------------------
para("各街道办事处、各镇人民政府，区政府各部门、各直属单位：", indent=False)

# ---- 正文 ------------------------------------------------------------------
para("为全面完成区十八届人大四次会议审议通过的《政府工作报告》确定的目标任务，"
     "经区政府同意，现将《2025年区政府工作报告重点任务分工方案》印发给你们，"
     "并就有关事项通知如下，请认真抓好贯彻落实。")
para(runs=[("一、压紧压实工作责任。", HT, False),
           ("各责任区领导要加强对分管领域重点任务的统筹调度，及时协调解决推进中的重大问题。"
            "各牵头单位主要负责同志是任务落实的第一责任人，要逐项制定推进计划，"
            "明确具体措施、时间节点和责任人，确保每项任务都有人抓、有人管、有人负责。", FS, False)])
para(runs=[("二、明确牵头配合关系。", HT, False),
           ("附件所列牵头单位负责组织协调、推动落实和汇总报送，牵头单位有两个及以上的，"
            "排在第一位的为主牵头单位；配合单位要按照职责分工主动对接、积极配合，"
            "形成工作合力。涉及街道、镇的任务，由各街道办事处、各镇人民政府结合实际抓好落实。", FS, False)])
para(runs=[("三、强化跟踪督办问效。", HT, False),
           ("各主牵头单位要于3月10日前将任务细化分解方案报区政府办公室，"
            "每季度结束后5个工作日内报送任务推进情况，全年完成情况于12月10日前报送。"
            "区政府督查室将对重点任务落实情况实行清单化管理、定期调度通报，"
            "督查结果纳入年度综合考核。", FS, False)])
para("联系人：区政府督查室　陈晓雯；联系电话：6231 5027。")
para("", indent=False)
para("附件：2025年区政府工作报告重点任务分工方案")
para("", indent=False)
para("", indent=False)
para("梓岚区人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(64)
para("2025年2月17日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(80)
para("（此件公开发布）")

# ---- 附件: landscape section -------------------------------------------------
sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
sec2.orientation = WD_ORIENT.LANDSCAPE
sec2.page_width = Cm(29.7)
sec2.page_height = Cm(21.0)
sec2.top_margin = Cm(2.8)
sec2.bottom_margin = Cm(2.6)
sec2.left_margin = Cm(2.6)
sec2.right_margin = Cm(2.6)

para("附件", east=HT, indent=False)
para("", indent=False)
para("2025年区政府工作报告重点任务分工方案", east=XBS, size=22,
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
para("", indent=False)

WIDTHS = [Cm(1.3), Cm(9.4), Cm(2.3), Cm(4.0), Cm(4.9), Cm(2.6)]
HEAD = ["序号", "重点任务", "责任区领导", "牵头单位", "配合单位", "完成时限"]

# (序号, 任务, 领导, 牵头, 配合, 时限) or ("SECTION", text)
ROWS = [
    ("SECTION", "一、全力稳住经济增长基本盘"),
    ("1", "扎实推进有效投资，全年实施区级重点项目120个以上，固定资产投资增长6%，力争更多项目纳入省、市重点项目库。",
     "何建平", "区发展和改革局", "区财政局、市自然资源和规划局梓岚分局、区住房城乡建设局、各街道办事处、各镇人民政府", "2025年12月底"),
    ("2", "积极争取超长期特别国债、地方政府专项债券等政策资金，全年争取上级资金不低于25亿元。",
     "何建平", "区发展和改革局、区财政局", "区直各相关单位", "2025年12月底"),
    ("3", "大力提振消费，举办“乐购梓岚”系列促消费活动不少于30场，社会消费品零售总额增长5.5%。",
     "林晓燕", "区商务局", "区文化和旅游局、区市场监管局、区财政局", "2025年12月底"),
    ("4", "加快发展首店经济、夜间经济，提升滨湖路、望江里等特色街区品质，新增限额以上商贸企业40家。",
     "林晓燕", "区商务局", "区城市管理局、区市场监管局、各街道办事处", "2025年12月底"),
    ("5", "深入实施招商引资“一号工程”，全年新签约亿元以上项目50个，实际到位内资增长8%。",
     "周文涛、何建平", "区投资促进局", "区直各相关单位、各街道办事处、各镇人民政府", "2025年12月底"),
    ("6", "强化财源建设和收支管理，一般公共预算收入同口径增长4%，严控一般性支出。",
     "何建平", "区财政局", "区税务局", "2025年12月底"),

    ("SECTION", "二、加快构建现代化产业体系"),
    ("7", "推进制造业“智改数转网联”，实施技改项目60个，新增省级智能工厂（数字化车间）5家。",
     "赵国栋", "区工业和信息化局", "区发展和改革局、区财政局", "2025年12月底"),
    ("8", "做强新能源装备、生物医药两大主导产业，规模以上工业增加值增长7%。",
     "赵国栋", "区工业和信息化局", "区投资促进局、梓岚经济开发区管委会", "2025年12月底"),
    ("9", "实施科技型企业梯次培育行动，新认定高新技术企业45家以上，全社会研发投入强度达到2.8%。",
     "赵国栋", "区科学技术局", "区工业和信息化局、区财政局、区税务局", "2025年12月底"),
    ("10", "加快建设梓岚科创港二期，新引进新型研发机构3个、孵化科技型企业30家。",
     "赵国栋", "梓岚经济开发区管委会", "区科学技术局", "2025年10月底"),
    ("11", "培育现代服务业集聚区，推动软件信息、检验检测等生产性服务业提质扩量。",
     "林晓燕", "区发展和改革局", "区商务局、区工业和信息化局", "2025年12月底"),
    ("12", "推动文旅深度融合，建成梓湖文旅综合体一期，全年接待游客人次增长10%。",
     "孙立群", "区文化和旅游局", "区住房城乡建设局、梓湖街道办事处", "2025年9月底"),

    ("SECTION", "三、持续深化改革扩大开放"),
    ("13", "深化“高效办成一件事”改革，新增集成服务事项15项，政务服务事项全程网办率达到90%以上。",
     "马　骏", "区政务服务管理局", "区司法局、区数据资源局", "2025年12月底"),
    ("14", "全面落实民营经济促进政策，建立企业诉求“直通车”机制，常态化开展政企恳谈。",
     "何建平", "区发展和改革局、区工商联", "区市场监管局", "2025年12月底"),
    ("15", "稳步推进区属国有企业改革，完成区城投集团市场化转型。",
     "何建平", "区国资中心", "—", "2025年11月底"),
    ("16", "稳住外贸基本盘，支持企业参加境外展会40场次以上，外贸进出口总额增长5%。",
     "林晓燕", "区商务局", "—", "2025年12月底"),

    ("SECTION", "四、统筹推进城市更新和乡村振兴"),
    ("17", "实施城市更新项目18个，改造老旧小区42个、惠及居民1.2万户。",
     "孙立群", "区住房城乡建设局", "区财政局、各街道办事处", "2025年11月底"),
    ("18", "加快推进滨江大道东延、学府路打通等道路工程，打通断头路6条。",
     "孙立群", "区交通运输局", "市自然资源和规划局梓岚分局、区住房城乡建设局", "2025年12月底"),
    ("19", "深化城市精细化管理，新建改造口袋公园12个，新增公共停车泊位2000个。",
     "孙立群", "区城市管理局", "区住房城乡建设局、市公安局梓岚分局、各街道办事处", "2025年12月底"),
    ("20", "稳定粮食生产，完成高标准农田建设1.5万亩，粮食播种面积稳定在8.6万亩以上。",
     "宋　佳", "区农业农村局", "区财政局、各镇人民政府", "2025年10月底"),
    ("21", "推进和美乡村建设，打造省级和美乡村示范村5个，农村生活污水治理率达到60%。",
     "宋　佳", "区农业农村局", "市生态环境局梓岚分局、区住房城乡建设局、各镇人民政府", "2025年12月底"),
    ("22", "发展壮大新型农村集体经济，集体经营性收入50万元以上的村占比达到70%。",
     "宋　佳", "区农业农村局", "各镇人民政府", "2025年12月底"),

    ("SECTION", "五、加强生态环境保护"),
    ("23", "深入打好蓝天保卫战，PM2.5年均浓度控制在32微克/立方米以内。",
     "宋　佳", "市生态环境局梓岚分局", "区住房城乡建设局、区城市管理局、区交通运输局、各街道办事处、各镇人民政府", "2025年12月底"),
    ("24", "全面落实河湖长制，推进梓湖流域综合治理，国省考断面水质达标率保持100%。",
     "宋　佳", "区水利局", "市生态环境局梓岚分局、区农业农村局", "2025年12月底"),
    ("25", "推动绿色低碳转型，新增分布式光伏装机容量3万千瓦。",
     "赵国栋", "区发展和改革局", "区工业和信息化局、区机关事务服务中心", "2025年12月底"),

    ("SECTION", "六、持续增进民生福祉"),
    ("26", "落实就业优先政策，城镇新增就业1.1万人，城镇调查失业率控制在5.5%以内。",
     "马　骏", "区人力资源社会保障局", "区教育局、区退役军人事务局", "2025年12月底"),
    ("27", "新建、改扩建中小学和幼儿园5所，新增学位4200个。",
     "马　骏", "区教育局", "区发展和改革局、区财政局、区住房城乡建设局", "2025年8月底"),
    ("28", "推进紧密型城市医疗集团建设，区人民医院新院区建成投用。",
     "马　骏", "区卫生健康委", "区发展和改革局、区财政局", "2025年12月底"),
    ("29", "完善养老服务体系，新建社区嵌入式养老服务中心6个，发展老年助餐点30个。",
     "马　骏", "区民政局", "各街道办事处、各镇人民政府", "2025年12月底"),
    ("30", "办好“一老一小”民生实事，新增普惠性托育托位600个。",
     "马　骏", "区卫生健康委", "区教育局、区妇联", "2025年12月底"),

    ("SECTION", "七、统筹高质量发展和高水平安全"),
    ("31", "压紧压实安全生产责任，深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故。",
     "周文涛\n孙立群", "区应急管理局", "区安委会各成员单位", "2025年12月底"),
    ("32", "强化食品药品安全监管，守牢“三品一械”安全底线。",
     "林晓燕", "区市场监管局", "—", "2025年12月底"),
    ("33", "推进信访工作法治化，常态化开展矛盾纠纷排查化解，信访事项及时受理率保持100%。",
     "郑　凯", "区信访局", "区司法局、各街道办事处、各镇人民政府", "2025年12月底"),
    ("34", "防范化解地方债务风险，稳妥有序处置融资平台存量债务。",
     "何建平", "区财政局", "区国资中心、区地方金融服务中心", "2025年12月底"),
]

ncols = len(HEAD)
table = doc.add_table(rows=1, cols=ncols)
table.style = doc.styles["Table Grid"]
table.alignment = WD_TABLE_ALIGNMENT.CENTER
table.autofit = False


def set_cell(cell, text, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    lines = text.split("\n")
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(20)
        p.paragraph_format.first_line_indent = Pt(0)
        r = p.add_run(line)
        set_run_font(r, east, size, bold=bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


hdr = table.rows[0]
trpr = hdr._tr.get_or_add_trPr()
th = OxmlElement("w:tblHeader")
trpr.append(th)
for i, h in enumerate(HEAD):
    set_cell(hdr.cells[i], h, east=HT, size=12)

for row in ROWS:
    r = table.add_row()
    if row[0] == "SECTION":
        merged = r.cells[0].merge(r.cells[ncols - 1])
        set_cell(merged, row[1], east=HT, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
        continue
    no, task, leader, lead, coop, due = row
    set_cell(r.cells[0], no)
    set_cell(r.cells[1], task, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    set_cell(r.cells[2], leader)
    set_cell(r.cells[3], lead, align=WD_ALIGN_PARAGRAPH.LEFT if len(lead) > 8 else WD_ALIGN_PARAGRAPH.CENTER)
    set_cell(r.cells[4], coop, align=WD_ALIGN_PARAGRAPH.LEFT if len(coop) > 8 else WD_ALIGN_PARAGRAPH.CENTER)
    set_cell(r.cells[5], due)

for row in table.rows:
    for i, c in enumerate(row.cells):
        c.width = WIDTHS[i]
# grid widths too
grid = table._tbl.tblGrid
for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
    gc.set(qn("w:w"), str(int(WIDTHS[i].twips)))

para("", indent=False)

# ---- 版记 ------------------------------------------------------------------
bj = doc.add_table(rows=2, cols=1)
bj.alignment = WD_TABLE_ALIGNMENT.CENTER


def borders(cell, top=None, bottom=None):
    tcpr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side, sz in (("top", top), ("bottom", bottom)):
        if sz:
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
            b.append(e)
    tcpr.append(b)


c0 = bj.rows[0].cells[0]
c1 = bj.rows[1].cells[0]
set_cell(c0, "抄送：区委各部门，区人大常委会办公室，区政协办公室，区法院，区检察院，区人武部。",
         size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
set_cell(c1, "梓岚区人民政府办公室　　　　　　　　　　　　　　　　　　　　　　　　　　2025年2月17日印发",
         size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
borders(c0, top=8, bottom=4)
borders(c1, bottom=8)
for c in (c0, c1):
    c.width = Cm(24.5)

doc.core_properties.author = "区政府办公室"
doc.core_properties.title = ""
doc.save(OUT)
print(OUT)
