#!/usr/bin/python3
"""Round 127, case 650 (control): an ordinary 县人民政府办公室 red-header Word notice
whose landscape 附件 is a task table

    序号 / 工作任务 / 目标要求 / 责任县领导 / 牵头单位 / 配合单位 / 完成时限

with part rows merged across, leaders and lead units merged down over runs.

Writes (deterministically):
    650_mingyang_xian_gzbg_mubiao_renwu_fenjie.docx
    650_mingyang_xian_gzbg_mubiao_renwu_fenjie.tasks.gold.jsonl
"""
import datetime
import io
import json
import os
import re
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "650_mingyang_xian_gzbg_mubiao_renwu_fenjie"
DOCX = os.path.join(HERE, BASE + ".docx")
GOLD = os.path.join(HERE, BASE + ".tasks.gold.jsonl")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xE6, 0x00, 0x12)

ISSUER = "茗阳县人民政府办公室"
DOCNO = "茗政办发〔2025〕6号"
TITLE_1 = "茗阳县人民政府办公室关于印发2025年"
TITLE_2 = "《政府工作报告》重点工作目标任务分解方案的通知"
ATT_TITLE = "2025年《政府工作报告》重点工作目标任务分解方案"
DATE = "2025年3月14日"

# ---------------------------------------------------------------------------
# The table.  A part row is ("P", text).  A task row is
# (no, 工作任务, 目标要求, 责任县领导, 牵头单位, 配合单位, 完成时限); a cell value of
# None means "merged down from the cell above" (w:vMerge continue).
# "\n" inside a cell value starts a new paragraph in the cell.
# ---------------------------------------------------------------------------
U = None
ROWS = [
    ("P", "一、稳住经济增长基本盘（5项）"),
    ("1", "推动经济总量稳步增长",
     "全县地区生产总值增长6%左右，经济总量突破260亿元，主要经济指标增速保持全市第一方阵。",
     "林志远", "县发展和改革局", "县统计局、县财政局、各乡镇人民政府", "2025年12月底"),
    ("2", "扩大有效投资",
     "固定资产投资增长8%以上；谋划储备重大项目120个以上，争取中央预算内投资和超长期特别国债等资金3亿元以上。",
     U, U, "县财政局、县自然资源局、县住房和城乡建设局、县行政审批服务局", "2025年12月底"),
    ("3", "提升财政收入质量",
     "一般公共预算收入增长5%，税收收入占比稳定在70%以上；“三保”支出足额保障。",
     U, "县财政局", "县税务局，县自然资源局、县市场监督管理局", "2025年12月底"),
    ("4", "促进消费扩容提质",
     "社会消费品零售总额增长6.5%；全年举办促消费活动20场以上，新增限额以上商贸企业25家。",
     "王　勇", "县商务局", "县财政局、县文化和旅游局、县市场监督管理局、各乡镇人民政府", "2025年12月底"),
    ("5", "稳定外贸外资",
     "外贸进出口总额增长10%，实际使用外资1500万美元以上。",
     U, U, "县投资促进中心、县税务局", "2025年12月底"),

    ("P", "二、加快建设现代产业体系（6项）"),
    ("6", "实施工业强县战略",
     "规模以上工业增加值增长8%，新增规模以上工业企业15家以上，工业投资增长10%。",
     "王　勇", "县工业和信息化局", "县发展和改革局、县统计局、茗阳经济开发区管委会", "2025年12月底"),
    ("7", "推进企业技术改造和数字化转型",
     "实施技改项目30个以上、完成技改投资20亿元；新增省级专精特新中小企业5家、省级数字化车间3个。",
     U, U, "县财政局、县科学技术局", "2025年12月底"),
    ("8", "提升开发区发展能级",
     "开发区规模以上工业总产值突破180亿元，新建标准化厂房15万平方米，亩均税收增长10%。",
     "林志远、王勇", "茗阳经济开发区管委会", "县发展和改革局、县自然资源局、县工业和信息化局", "2025年12月底"),
    ("9", "培育科技创新主体",
     "新增国家高新技术企业8家、科技型中小企业40家，全社会研发经费投入强度达到2.1%。",
     "王　勇", "县科学技术局", "县财政局、县工业和信息化局、县税务局", "2025年12月底"),
    ("10", "推动文旅融合发展",
     "全年接待游客突破800万人次，旅游综合收入增长12%；创建国家4A级旅游景区1家、省级旅游度假区1家。",
     "陈晓梅", "县文化和旅游局", "县发展和改革局、县交通运输局、各乡镇人民政府", "2025年12月底"),
    ("11", "发展现代服务业",
     "服务业增加值增长6%，新增规模以上服务业企业12家，快递服务行政村覆盖率保持100%。",
     "林志远", "县发展和改革局、县商务局", "县交通运输局、县统计局、中国邮政集团有限公司茗阳县分公司", "2025年12月底"),

    ("P", "三、全面推进乡村振兴（5项）"),
    ("12", "稳定粮食和重要农产品生产",
     "粮食播种面积稳定在56万亩以上、总产量稳定在24万吨以上；新建高标准农田3.2万亩。",
     "赵国栋", "县农业农村局", "县自然资源局、县水利局、县财政局、各乡镇人民政府", "2025年10月底"),
    ("13", "巩固拓展脱贫攻坚成果",
     "守牢不发生规模性返贫致贫底线，脱贫人口人均纯收入增长8%以上，防止返贫监测帮扶对象风险消除率达到80%以上。",
     U, U, "县民政局、县人力资源和社会保障局、县医疗保障局、县教育局", "2025年12月底"),
    ("14", "壮大茶叶和中药材特色产业",
     "茶叶、中药材种植面积分别达到12万亩、5万亩；新增省级农业产业化龙头企业3家，农产品加工业产值增长8%。",
     U, "县农业农村局\n县林业局", "县商务局、县市场监督管理局", "2025年12月底"),
    ("15", "实施和美乡村建设",
     "建成省级和美乡村示范村8个；农村卫生厕所普及率达到93%，农村生活垃圾收运处置体系行政村覆盖率保持100%。",
     U, "县农业农村局", "县住房和城乡建设局、市生态环境局茗阳分局、县卫生健康局、各乡镇人民政府", "2025年11月底"),
    ("16", "加快水利基础设施建设",
     "完成水利投资6亿元，青溪水库工程完成前期工作，新增和改善灌溉面积2万亩。",
     U, "县水利局", "县发展和改革局、县财政局、县自然资源局", "2025年12月底"),

    ("P", "四、推进以人为本的新型城镇化（5项）"),
    ("17", "实施城市更新行动",
     "改造城镇老旧小区32个、惠及居民4100户，改造城市燃气等老旧管网18公里，新增城市公共停车位1200个。",
     "许文斌", "县住房和城乡建设局", "县财政局、县自然资源局、县城市管理局", "2025年12月底"),
    ("18", "促进房地产市场平稳健康发展",
     "筹集配售型保障性住房150套，商品住房去化周期控制在18个月以内。",
     U, U, "县自然资源局、县财政局、县税务局", "2025年12月底"),
    ("19", "完善综合交通网络",
     "建成S218线茗阳段改扩建工程，新改建农村公路120公里，完成危桥改造8座。",
     U, "县交通运输局", "县发展和改革局、县自然资源局、县财政局、各乡镇人民政府", "2025年12月底"),
    ("20", "提升城市精细化管理水平",
     "新增城市绿地8万平方米，完成背街小巷整治20条，城区生活垃圾分类覆盖率达到85%。",
     U, "县城市管理局", "县住房和城乡建设局、城关镇人民政府", "2025年12月底"),
    ("21", "推动农业转移人口市民化",
     "常住人口城镇化率提高1个百分点以上，新增农业转移人口落户3000人。",
     "林志远", "县发展和改革局", "县公安局、县住房和城乡建设局、县教育局、县人力资源和社会保障局", "2025年12月底"),

    ("P", "五、深化改革扩大开放（4项）"),
    ("22", "持续优化营商环境",
     "政务服务事项“一网通办”率达到95%以上，企业开办时间压缩至1个工作日以内，营商环境评价进入全市前3名。",
     "林志远", "县发展和改革局\n县行政审批服务局", "县市场监督管理局、县数据局、县直各有关单位", "2025年12月底"),
    ("23", "深化国资国企改革",
     "完成县属国有企业整合重组，县城市建设投资集团有限公司主体信用评级保持AA级。",
     U, "县财政局", "/", "2025年9月底"),
    ("24", "提升招商引资实效",
     "新签约亿元以上项目40个，到位县外内资80亿元以上，引进500强企业投资项目2个。",
     "林志远\n王　勇", "县投资促进中心", "茗阳经济开发区管委会、县商务局、各乡镇人民政府", "2025年12月底"),
    ("25", "深化农村改革",
     "完成第二轮土地承包到期后再延长30年试点工作，村级集体经济收入全部达到10万元以上。",
     "赵国栋", "县农业农村局", "县自然资源局、县财政局、各乡镇人民政府", "2025年12月底"),

    ("P", "六、加强生态环境保护（4项）"),
    ("26", "持续打好蓝天保卫战",
     "城区空气质量优良天数比率达到93%以上，细颗粒物（PM2.5）平均浓度控制在28微克/立方米以内。",
     "许文斌", "市生态环境局茗阳分局", "县住房和城乡建设局、县交通运输局、县公安局、县城市管理局", "2025年12月底"),
    ("27", "持续打好碧水保卫战",
     "国控、省控断面水质达标率100%，县级集中式饮用水水源地水质达标率保持100%。",
     U, U, "县水利局、县农业农村局、县住房和城乡建设局", U),
    ("28", "推进林长制和国土绿化",
     "完成植树造林1.5万亩，森林覆盖率稳定在68%以上，森林火灾受害率控制在0.9‰以内。",
     U, "县林业局", "县自然资源局、县应急管理局、各乡镇人民政府", U),
    ("29", "推动绿色低碳转型",
     "单位地区生产总值能耗下降2.5%，新增光伏发电装机容量5万千瓦。",
     "林志远", "县发展和改革局", "县工业和信息化局、县统计局、国网茗阳县供电公司", "2025年12月底"),

    ("P", "七、持续保障和改善民生（6项）"),
    ("30", "稳定和扩大就业",
     "城镇新增就业3800人，城镇调查失业率控制在5.5%以内，农村劳动力转移就业稳定在16万人以上。",
     "何丽", "县人力资源和社会保障局", "县财政局、县农业农村局、县教育局", "2025年12月底"),
    ("31", "完善社会保障体系",
     "城乡居民基本养老保险参保率稳定在95%以上；新建社区养老服务中心3个，特困人员供养服务设施改造提升2所。",
     U, "县民政局、县人力资源和社会保障局", "县医疗保障局、县财政局", "2025年12月底"),
    ("32", "推进义务教育优质均衡发展",
     "新建、改扩建中小学校4所，新增学位2400个；义务教育优质均衡发展县创建通过省级督导评估。",
     "陈晓梅", "县教育局", "县发展和改革局、县财政局、县自然资源局、县住房和城乡建设局", "2025年8月底"),
    ("33", "提升医疗卫生服务能力",
     "县人民医院新院区投入使用；紧密型县域医共体建设评价达到A级，乡镇卫生院“优质服务基层行”推荐标准达标率达到40%。",
     U, "县卫生健康局", "县医疗保障局、县发展和改革局、县财政局", "2025年10月底"),
    ("34", "抓好安全生产",
     "生产安全事故起数和死亡人数实现“双下降”，坚决遏制较大及以上生产安全事故。",
     "马骏", "县应急管理局", "县公安局、县住房和城乡建设局、县交通运输局、县市场监督管理局、各乡镇人民政府", "全年"),
    ("35", "办好民生实事",
     "全面完成县十八届人大四次会议票决确定的10件民生实事项目。",
     "林志远", "县政府办公室", "县直各有关单位、各乡镇人民政府", "2025年12月底"),
]

NOTE = "注：牵头单位有两个的，排在第一位的为主牵头单位；“/”表示无配合单位。"

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def set_run_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fmt_par(p, align=None, first_indent=None, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)


def para(doc_or_cell, text="", font=FS, size=16, align=None, first_indent=None,
         bold=None, color=None, line=28, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    fmt_par(p, align, first_indent, line, before, after)
    if text:
        r = p.add_run(text)
        set_run_font(r, font, size, bold, color)
    return p


def runin(doc, head, rest):
    """A cover paragraph with a 黑体 run-in heading."""
    p = doc.add_paragraph()
    fmt_par(p, WD_ALIGN_PARAGRAPH.JUSTIFY, 32, 28)
    r = p.add_run(head)
    set_run_font(r, HT, 16)
    r = p.add_run(rest)
    set_run_font(r, FS, 16)
    return p


def bottom_border(p, color="E60012", sz=18):
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
        run = p.add_run()
        set_run_font(run, "宋体", size)
        if fld:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), fld)
            run._element.append(fc)
        elif instr:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = instr
            run._element.append(it)
        else:
            run.text = text
    r("— ")
    r(fld="begin")
    r(instr=" PAGE ")
    r(fld="separate")
    r("1")
    r(fld="end")
    r(" —")


def setup_footer(section):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)


def set_cell_width(cell, mm):
    cell.width = Mm(mm)


def set_repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    trpr.append(el)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    trpr.append(el)


def cell_text(cell, text, font=FS, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, bold=None):
    parts = text.split("\n")
    first = cell.paragraphs[0]
    for i, t in enumerate(parts):
        p = first if i == 0 else cell.add_paragraph()
        fmt_par(p, align, None, None)
        p.paragraph_format.line_spacing = 1.0
        r = p.add_run(t)
        set_run_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


# ---------------------------------------------------------------------------
# document
# ---------------------------------------------------------------------------

def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)

    # remove the template's empty first paragraph
    body = doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)

    s1 = doc.sections[0]
    s1.page_width, s1.page_height = Mm(210), Mm(297)
    s1.orientation = WD_ORIENT.PORTRAIT
    s1.top_margin, s1.bottom_margin = Mm(37), Mm(35)
    s1.left_margin, s1.right_margin = Mm(28), Mm(26)
    s1.footer_distance = Mm(28)
    setup_footer(s1)

    # --- 版头 ---
    for _ in range(2):
        para(doc, "", line=28)
    para(doc, ISSUER + "文件", font=XBS, size=30, align=WD_ALIGN_PARAGRAPH.CENTER,
         color=RED, line=None)
    para(doc, "", line=28)
    p = para(doc, DOCNO, align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
    bottom_border(p)
    para(doc, "", line=28)

    # --- 标题 主送 正文 ---
    p = para(doc, TITLE_1, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    p.runs[0].add_break(WD_BREAK.LINE)
    r = p.add_run(TITLE_2)
    set_run_font(r, XBS, 22)
    para(doc, "", line=28)
    para(doc, "各乡镇人民政府，县政府各部门，县直及驻县各单位：", line=28)
    para(doc, "《政府工作报告》已经县十八届人大四次会议审议通过。为确保报告确定的"
              "各项目标任务落到实处，经县人民政府同意，现将《2025年〈政府工作报告〉"
              "重点工作目标任务分解方案》印发给你们，并提出如下要求，请认真抓好落实。",
         first_indent=32, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    runin(doc, "一、提高思想认识。",
          "各乡镇、各部门（单位）要把落实《政府工作报告》作为全年工作的重中之重，"
          "对照分解方案逐项制定具体措施，细化时间表和路线图，确保各项目标任务按期完成。")
    runin(doc, "二、压实工作责任。",
          "责任县领导负责统筹推进分管领域的目标任务。牵头单位是任务落实的第一责任单位，"
          "主要负责同志为第一责任人；牵头单位有两个的，排在第一位的为主牵头单位，负责统筹协调。"
          "配合单位要按职责分工主动对接、积极配合，形成工作合力。")
    runin(doc, "三、强化督查考核。",
          "各牵头单位于每季度最后一个月25日前，将工作推进情况书面报送县政府督查室"
          "（联系人：吴静，联系电话：6821345，电子邮箱：mydcs@163.com）。县政府督查室将"
          "定期跟踪督办，督查结果纳入年度综合考核。对工作推进不力、影响全县目标任务完成的，"
          "将按有关规定严肃问责。")
    para(doc, "", line=28)
    p = para(doc, "附件：" + ATT_TITLE, first_indent=32, align=WD_ALIGN_PARAGRAPH.LEFT)
    for _ in range(3):
        para(doc, "", line=28)
    p = para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）", first_indent=32)

    # --- 附件: landscape section ---
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Mm(297), Mm(210)
    s2.top_margin, s2.bottom_margin = Mm(26), Mm(24)
    s2.left_margin, s2.right_margin = Mm(22), Mm(22)
    s2.footer_distance = Mm(14)
    setup_footer(s2)

    para(doc, "附件", font=HT, size=16, line=28)
    para(doc, "", line=20)
    para(doc, ATT_TITLE, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc, "", line=16)

    widths = [11, 37, 76, 25, 36, 46, 22]   # mm, total 253
    heads = ["序号", "工作任务", "目标要求", "责任县领导", "牵头单位", "配合单位", "完成时限"]
    table = doc.add_table(rows=1, cols=7)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for col, w in zip(table.columns, widths):
        col.width = Mm(w)
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(lay)
    hdr = table.rows[0]
    set_repeat_header(hdr)
    cant_split(hdr)
    for c, h, w in zip(hdr.cells, heads, widths):
        set_cell_width(c, w)
        cell_text(c, h, font=HT, size=12)

    top = {}   # column index -> cell at the top of a running merge
    for row in ROWS:
        r = table.add_row()
        cant_split(r)
        cells = r.cells
        for c, w in zip(cells, widths):
            set_cell_width(c, w)
        if row[0] == "P":
            m = cells[0].merge(cells[6])
            cell_text(m, row[1], font=HT, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
            top = {}
            continue
        no, task, target, leader, lead, coop, dl = row
        vals = [no, task, target, leader, lead, coop, dl]
        aligns = [WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.JUSTIFY,
                  WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT,
                  WD_ALIGN_PARAGRAPH.CENTER]
        for j, v in enumerate(vals):
            if v is None:
                top[j] = top[j].merge(cells[j])
            else:
                if j in (3, 4, 6):
                    top[j] = cells[j]
                cell_text(cells[j], v, align=aligns[j])
        # merged cells must keep one paragraph; fine with python-docx merge of empty cells

    p = para(doc, NOTE, font=KT, size=12, line=None, before=6)

    # --- 版记: portrait last page ---
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Mm(210), Mm(297)
    s3.top_margin, s3.bottom_margin = Mm(37), Mm(35)
    s3.left_margin, s3.right_margin = Mm(28), Mm(26)
    s3.footer_distance = Mm(28)
    setup_footer(s3)
    for _ in range(16):
        para(doc, "", line=28)
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = bj._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side, sz in (("top", 8), ("bottom", 8), ("insideH", 4)):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblpr.append(borders)
    c1 = bj.rows[0].cells[0]
    c1.width = Mm(156)
    cell_text(c1, "抄送：县委办公室，县人大常委会办公室，县政协办公室，县法院，县检察院。",
              size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
    c2 = bj.rows[1].cells[0]
    c2.width = Mm(156)
    cell_text(c2, ISSUER + "　　　　　　　　" + DATE + "印发", size=14,
              align=WD_ALIGN_PARAGRAPH.LEFT)

    # --- core properties (fixed) ---
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 3, 14, 9, 0, 0)
    cp.author = "县政府办"
    cp.last_modified_by = "县政府办"
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    return doc


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------
# gold
# ---------------------------------------------------------------------------

def split_units(cell):
    if cell.strip() in ("/", ""):
        return []
    return [u.strip() for u in re.split(r"[、，\n]", cell) if u.strip()]


def gold_records():
    recs = []
    cur = {}
    for row in ROWS:
        if row[0] == "P":
            cur = {}
            continue
        no, task, target, leader, lead, coop, dl = row
        for j, v in ((3, leader), (4, lead), (6, dl)):
            if v is not None:
                cur[j] = v
        leads = split_units(cur[4])
        coops = split_units(coop)
        leaders = [x.replace("　", "").replace(" ", "") for x in split_units(cur[3])]
        recs.append({
            "id": no,
            "marker": no,
            "head": task[:12],
            "responsible_units": leads + coops,
            "lead_units": leads,
            "cooperating_units": coops,
            "leaders": leaders,
            "deadline": cur[6],
        })
    return recs


def main():
    doc = build()
    save_deterministic(doc, DOCX)
    with open(GOLD, "w", encoding="utf-8") as f:
        for r in gold_records():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", os.path.basename(DOCX), "and", os.path.basename(GOLD))


if __name__ == "__main__":
    main()
