#!/usr/bin/python3
"""Round 132 / 670 — control case.

A 市生态环境局 red-header Word notice 关于印发《2025年全局工作要点任务分解》的通知
dividing the bureau's own 工作要点 among its 局领导 and 科室 / 直属单位.
The 附件 is a landscape Word table 序号 / 工作任务 / 分管局领导 / 责任科室（单位） / 完成时限;
the cover says the first 科室（单位） in 责任科室（单位） leads and the rest cooperate.

Writes (deterministically):
  670_luxi_shi_sthjj_gongzuo_yaodian_renwu_fenjie.docx
  670_luxi_shi_sthjj_gongzuo_yaodian_renwu_fenjie.tasks.gold.jsonl
"""
import datetime
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "670_luxi_shi_sthjj_gongzuo_yaodian_renwu_fenjie"
DOCX = os.path.join(HERE, BASE + ".docx")
GOLD = os.path.join(HERE, BASE + ".tasks.gold.jsonl")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)

# ---------------------------------------------------------------------------
# The 工作要点 (parts, then tasks).
# Each task: (no, [task paragraphs], leader cell paragraphs or None when the
# cell is covered by a vertical merge from above, unit cell paragraphs,
# deadline or None when merged from above).
# ---------------------------------------------------------------------------
PARTS = [
    ("一、持续深入打好蓝天保卫战（5项）", 1, 5),
    ("二、持续深入打好碧水保卫战（6项）", 6, 11),
    ("三、持续深入打好净土保卫战（4项）", 12, 15),
    ("四、推动经济社会发展全面绿色转型（5项）", 16, 20),
    ("五、加强生态保护监管和环境风险防控（5项）", 21, 25),
    ("六、提升生态环境治理体系和治理能力（5项）", 26, 30),
    ("七、全面加强党的建设和机关自身建设（4项）", 31, 34),
]

TASKS = [
    (1, ["实施细颗粒物和臭氧协同控制。制定2025年大气污染防治工作方案，强化夏秋季臭氧污染和秋冬季细颗粒物污染联防联控，确保全市PM2.5平均浓度控制在省下达目标以内，空气质量优良天数比率达到88%以上。"],
     ["林　峰"], ["大气环境科、市生态环境监测站、各县（市、区）生态环境分局"], "2025年12月底前"),
    (2, ["推进重点行业超低排放改造。督促水泥、焦化企业按时序推进超低排放改造，完成3家水泥企业有组织、无组织排放和清洁运输改造评估监测，推动燃气锅炉低氮燃烧改造。"],
     None, ["大气环境科、环境影响评价与排放管理科"], "2025年11月底前"),
    (3, ["深化挥发性有机物综合治理。以石化、化工、工业涂装、包装印刷等行业为重点，开展挥发性有机物治理突出问题排查整治“回头看”，推进低（无）VOCs含量原辅材料源头替代。"],
     None, ["大气环境科，市生态环境保护综合行政执法支队"], "2025年10月底前"),
    (4, ["强化重污染天气应对和面源污染管控。修订完善重污染天气应急减排清单，落实绩效分级差异化管控措施；配合相关部门抓好扬尘、餐饮油烟和秸秆露天焚烧管控。"],
     None, ["大气环境科、市生态环境监测站、办公室"], "持续推进"),
    (5, ["加强移动源污染防治。开展重型柴油货车路检路查和入户抽检，推进非道路移动机械编码登记，严厉打击机动车排放检验机构弄虚作假行为。"],
     None, ["大气环境科、市机动车排污监控中心、市生态环境保护综合行政执法支队"], "全年"),

    (6, ["巩固提升地表水环境质量。落实国省考断面“一断面一策”，加强汛期水质预警和溯源排查，确保国省考断面水质优良比例达到省定目标，全面消除劣Ⅴ类水体。"],
     ["胡晓梅"], ["水生态环境科、市生态环境监测站，各县（市、区）生态环境分局"], "2025年12月底前"),
    (7, ["推进入河排污口排查整治。完成渌水干流及主要支流入河排污口溯源，建立排污口整治销号台账，年底前整治完成率达到70%以上。"],
     None, ["水生态环境科、市生态环境保护综合行政执法支队"], "2025年12月底前"),
    (8, ["保障集中式饮用水水源地安全。完成县级以上饮用水水源地环境状况评估，开展“千吨万人”水源保护区规范化建设，每季度公开水源水质状况。"],
     None, ["水生态环境科"], "每季度"),
    (9, ["推进美丽河湖保护与建设。开展美丽河湖优秀案例创建，推动渌水、青岚河生态缓冲带修复，加强重点湖库蓝藻水华监测预警。"],
     None, ["水生态环境科、自然生态保护科、市生态环境监测站"], "2025年11月底前"),
    (10, ["加强农业农村污染治理。新增完成50个行政村环境综合整治，推进农村黑臭水体治理，加强规模以下畜禽养殖污染防治指导。"],
     None, ["土壤生态环境科（固体废物与化学品科）、水生态环境科、各县（市、区）生态环境分局"], "2025年12月底前"),
    (11, ["开展重点流域水生态调查评估。组织开展渌水流域水生态环境质量监测评价，编制流域水生态状况年度报告。"],
     None, ["市生态环境监测站、水生态环境科"], "2025年10月底前"),

    (12, ["加强土壤污染源头防控。动态更新土壤污染重点监管单位名录，督促重点监管单位落实土壤污染隐患排查和自行监测义务，开展涉镉等重金属行业污染源排查整治。"],
     ["唐建国"], ["土壤生态环境科（固体废物与化学品科）、市生态环境保护综合行政执法支队"], "2025年9月底前"),
    (13, ["严格建设用地土壤污染风险管控。落实建设用地土壤污染状况调查、风险评估和效果评估制度，重点建设用地安全利用率保持100%。"],
     None, ["土壤生态环境科（固体废物与化学品科）、环境影响评价与排放管理科"], "全年"),
    (14, ["深入推进“无废城市”建设。制定年度“无废城市”建设任务清单，推进一般工业固体废物综合利用，规范医疗废物和危险废物收集、贮存、转移和处置。"],
     None, ["市固体废物管理中心、土壤生态环境科（固体废物与化学品科）、各县（市、区）生态环境分局"], "2025年12月底前"),
    (15, ["加强新污染物治理。落实新污染物治理工作方案，开展重点管控新污染物调查评估，完成化学物质环境信息统计调查。"],
     None, ["土壤生态环境科（固体废物与化学品科）"], "2025年11月底前"),

    (16, ["深化环评审批制度改革。落实环评审批正面清单，推进规划环评与项目环评联动，对重大项目实行提前介入、专人服务，环评审批时限压缩至法定时限的50%以内。"],
     ["郑立新"], ["环境影响评价与排放管理科、法规与标准科（行政审批科）"], "全年"),
    (17, ["全面实行排污许可制。开展排污许可证质量和执行报告审核，推进排污许可“一证式”管理，实现固定污染源排污许可全覆盖。"],
     None, ["环境影响评价与排放管理科、市生态环境保护综合行政执法支队、各县（市、区）生态环境分局"], None),
    (18, ["积极稳妥推进碳达峰碳中和。配合制定重点领域碳达峰实施方案，开展温室气体排放清单编制，推进近零碳排放区示范建设。"],
     ["周启航、郑立新"], ["应对气候变化科、综合规划科"], "2025年12月底前"),
    (19, ["做好全国碳排放权交易市场履约工作。督促发电行业重点排放单位按时完成配额清缴，开展碳排放报告质量专项监督帮扶。"],
     ["郑立新"], ["应对气候变化科"], "2025年12月底前"),
    (20, ["优化生态环境服务保障。健全重大项目环评服务台账，落实生态环境监督执法正面清单和“无事不扰”机制，助力民营经济发展。"],
     ["林峰"], ["法规与标准科（行政审批科）、环境影响评价与排放管理科、市生态环境保护综合行政执法支队"], "持续推进"),

    (21, ["加强自然保护地生态环境监管。开展“绿盾2025”自然保护地强化监督，对发现的问题实行清单化管理、销号式整改。"],
     ["唐建国"], ["自然生态保护科、市生态环境保护综合行政执法支队、各县（市、区）生态环境分局"], "2025年11月底前"),
    (22, ["推进生物多样性保护。开展全市生物多样性本底调查（二期），推进生物多样性观测站点建设，加强外来入侵物种防控宣传。"],
     None, ["自然生态保护科、市环境科学研究所"], "2025年12月底前"),
    (23, ["强化核与辐射安全监管。开展核技术利用单位辐射安全专项检查，加强废旧放射源收贮管理，确保全市辐射环境安全。"],
     ["郑立新"], ["核与辐射安全科、市辐射环境监督站"], "全年"),
    (24, ["防范化解生态环境风险。开展重点河流突发水污染事件“一河一策一图”编制，组织突发环境事件应急演练，妥善处置各类突发环境事件和信访投诉。"],
     ["林　峰"], ["应急管理与信访科", "市生态环境保护综合行政执法支队", "各县（市、区）生态环境分局"], "持续推进"),
    (25, ["严格生态环境执法监管。开展第三方环保服务机构弄虚作假、危险废物等专项执法行动，全年开展“双随机、一公开”抽查不少于200家次。"],
     None, ["市生态环境保护综合行政执法支队、法规与标准科（行政审批科）"], "2025年12月底前"),

    (26, ["抓好生态环境保护督察问题整改。",
          "持续推进中央和省生态环境保护督察反馈问题及交办信访件整改，对已销号问题开展“回头看”，防止问题反弹。"],
     ["周启航", "胡晓梅"], ["督察协调科、各相关科室（单位）、各县（市、区）生态环境分局"], "按督察整改时限"),
    (27, ["提升生态环境监测能力。优化调整全市空气、地表水自动监测站点布局，推进监测站标准化实验室建设，加强社会化监测机构质量监管。"],
     ["郑立新"], ["生态环境监测科、市生态环境监测站"], "2025年12月底前"),
    (28, ["推进生态环境法治建设。做好生态环境地方性法规立法调研，落实行政规范性文件合法性审核和公平竞争审查，开展“八五”普法总结验收。"],
     ["胡晓梅"], ["法规与标准科（行政审批科）、办公室"], "2025年12月底前"),
    (29, ["加强生态环境宣传教育。组织开展六五环境日、全国低碳日等主题宣传活动，推动环保设施向公众开放，及时回应社会关切。"],
     None, ["宣传教育科、市环境宣传教育中心、各县（市、区）生态环境分局"], "全年"),
    (30, ["推进生态环境数字化建设。整合污染源、环境质量、执法监管等数据资源，建设“智慧环保”综合管理平台二期，提升数据共享和分析应用水平。"],
     ["郑立新"], ["科技与财务科、市生态环境信息中心、生态环境监测科"], "2025年12月底前"),

    (31, ["加强党的政治建设。深入学习贯彻习近平生态文明思想，落实党组理论学习中心组学习制度，巩固深化党纪学习教育成果。"],
     ["周启航"], ["机关党委（组织人事科）、局机关各科室、各直属单位"], "全年"),
    (32, ["推进全面从严治党。落实党风廉政建设主体责任和“一岗双责”，加强对重点领域、关键岗位的廉政风险防控，持之以恒纠治“四风”。"],
     ["王　慧"], ["机关党委（组织人事科）、局机关各科室、各直属单位"], "长期坚持"),
    (33, ["加强干部队伍建设。优化干部队伍结构，开展生态环境系统业务能力提升培训，深化执法大练兵，打造生态环境保护铁军。"],
     None, ["机关党委（组织人事科）、市生态环境保护综合行政执法支队"], "2025年12月底前"),
    (34, ["提升机关运转效能。加强公文办理、督查督办、保密、档案和政务信息工作，严格预算执行和财务管理，做好安全生产和后勤保障。"],
     ["胡晓梅"], ["办公室、科技与财务科"], "全年"),
]


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def set_font(run, name, size=None, bold=None, color=None):
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


def para(container, text="", font=FS, size=16, align=None, indent=False,
         bold=None, color=None, space_before=0, space_after=0, line=28):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if line:
        pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def run(p, text, font=FS, size=16, bold=None, color=None):
    r = p.add_run(text)
    set_font(r, font, size, bold, color)
    return r


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


def page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "— ", "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._element.append(f1)
    r = p.add_run()
    set_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r._element.append(f2)
    run(p, "1", "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._element.append(f3)
    run(p, " —", "宋体", 14)


def set_cell_borders(table, sz=4):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblPr.append(borders)


def set_row_flags(row, header=False):
    trPr = row._tr.get_or_add_trPr()
    cs = OxmlElement("w:cantSplit")
    trPr.append(cs)
    if header:
        h = OxmlElement("w:tblHeader")
        trPr.append(h)


def fill_cell(cell, paragraphs, font=FS, size=12, align=WD_ALIGN_PARAGRAPH.CENTER,
              bold=None):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    first = True
    for t in paragraphs:
        if first:
            p = cell.paragraphs[0]
            first = False
        else:
            p = cell.add_paragraph()
        p.alignment = align
        pf = p.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing = Pt(20)
        if t:
            run(p, t, font, size, bold)


# ---------------------------------------------------------------------------
def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 27, 9, 30, 0)
    cp.author = "办公室"
    cp.last_modified_by = "办公室"
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3

    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    sec.footer_distance = Cm(2.8)
    page_number_footer(sec)

    # ---- 版头 ----
    para(doc, "", line=28)
    para(doc, "", line=28)
    para(doc, "渌溪市生态环境局文件", XBS, 36, WD_ALIGN_PARAGRAPH.CENTER,
         color=RED, line=None, space_after=6)
    para(doc, "", line=28)
    p = para(doc, "渌环发〔2025〕6号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p, "FF0000", 18)
    para(doc, "", line=28)

    # ---- 标题 ----
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    r = run(p, "渌溪市生态环境局关于印发《2025年全局工作要点", XBS, 22)
    r.add_break(WD_BREAK.LINE)
    run(p, "任务分解》的通知", XBS, 22)
    para(doc, "", line=28)

    # ---- 主送 ----
    para(doc, "局机关各科室、各直属单位，各县（市、区）生态环境分局：")

    body = [
        ("", "为深入贯彻落实全国、全省生态环境保护工作会议和市委经济工作会议精神，扎实推进2025年全局各项工作，"
             "经局党组会议研究，现将《2025年全局工作要点任务分解》印发给你们，并就有关事项通知如下，请认真抓好贯彻落实。"),
        ("一、压实工作责任。", "各分管局领导要切实履行“一岗双责”，加强对分管领域工作任务的指导、协调和督促。"
             "附件中“责任科室（单位）”栏排在第一位的为牵头科室（单位），负责制定具体推进措施，明确责任人和时间节点，"
             "并牵头抓好落实；其余为配合科室（单位），要按照职责分工主动配合、密切协作，形成工作合力。"
             "各县（市、区）生态环境分局要对照任务分解，结合本地实际抓好落实。"),
        ("二、加强调度督办。", "局办公室要将任务落实情况纳入年度目标绩效考核，实行季度调度、半年小结、年终考评。"
             "各牵头科室（单位）请于每季度最后一个月的25日前，将工作推进情况报送局办公室（联系人：刘　洋，电话：8826315）。"),
        ("三、强化结果运用。", "对工作推进有力、成效明显的，在年度考核中予以加分；对工作推进不力、进度滞后的，"
             "由局办公室提请分管局领导约谈，并在全局范围内通报。工作中遇到的重大问题，要及时向分管局领导和局主要领导报告。"),
    ]
    for lead, text in body:
        p = para(doc, indent=True)
        if lead:
            run(p, lead, HT, 16)
        run(p, text)

    para(doc, "")
    p = para(doc, indent=True)
    run(p, "附件：2025年全局工作要点任务分解")
    para(doc, "")
    para(doc, "")
    para(doc, "")
    p = para(doc, "渌溪市生态环境局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 4)
    p = para(doc, "2025年2月27日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 4)
    para(doc, "")
    para(doc, "（此件不公开）", indent=True)

    # ---- 附件 (landscape) ----
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width = Cm(29.7)
    sec2.page_height = Cm(21.0)
    sec2.top_margin = Cm(2.6)
    sec2.bottom_margin = Cm(2.4)
    sec2.left_margin = Cm(2.5)
    sec2.right_margin = Cm(2.5)

    para(doc, "附件", HT, 16)
    para(doc, "")
    para(doc, "2025年全局工作要点任务分解", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "", line=20)

    widths = [Cm(1.4), Cm(12.3), Cm(2.6), Cm(5.8), Cm(2.6)]
    table = doc.add_table(rows=1, cols=5)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    set_cell_borders(table)
    hdr = ["序号", "工作任务", "分管局领导", "责任科室（单位）", "完成时限"]
    row = table.rows[0]
    set_row_flags(row, header=True)
    for i, h in enumerate(hdr):
        fill_cell(row.cells[i], [h], HT, 12)

    leader_top = {}   # column cell that starts a vertical merge
    deadline_top = {}
    task_rows = {}
    for title, a, b in PARTS:
        r = table.add_row()
        set_row_flags(r)
        c = r.cells[0].merge(r.cells[4])
        fill_cell(c, [title], HT, 12, WD_ALIGN_PARAGRAPH.LEFT)
        for no, texts, leaders, units, deadline in TASKS:
            if not a <= no <= b:
                continue
            r = table.add_row()
            set_row_flags(r)
            task_rows[no] = r
            fill_cell(r.cells[0], [str(no)])
            fill_cell(r.cells[1], texts, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            if leaders is not None:
                fill_cell(r.cells[2], leaders)
                leader_top[no] = r.cells[2]
            else:
                leader_top[no] = leader_top[no - 1]
            fill_cell(r.cells[3], units, align=WD_ALIGN_PARAGRAPH.LEFT)
            if deadline is not None:
                fill_cell(r.cells[4], [deadline])
                deadline_top[no] = r.cells[4]
            else:
                deadline_top[no] = deadline_top[no - 1]

    # vertical merges (leaders within runs of a part; one deadline)
    for no, texts, leaders, units, deadline in TASKS:
        if leaders is None:
            top = leader_top[no]
            top.merge(task_rows[no].cells[2])
        if deadline is None:
            top = deadline_top[no]
            top.merge(task_rows[no].cells[4])

    for col, w in zip(table.columns, widths):
        col.width = w
        for c in col.cells:
            c.width = w

    # ---- 版记 (portrait, last page) ----
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width = Cm(21.0)
    sec3.page_height = Cm(29.7)
    sec3.top_margin = Cm(3.7)
    sec3.bottom_margin = Cm(3.5)
    sec3.left_margin = Cm(2.8)
    sec3.right_margin = Cm(2.6)
    for _ in range(18):
        para(doc, "")
    bj = doc.add_table(rows=2, cols=1)
    tblPr = bj._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge, sz in (("top", 8), ("insideH", 4), ("bottom", 8)):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblPr.append(borders)
    c = bj.rows[0].cells[0]
    p = c.paragraphs[0]
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    run(p, "抄送：省生态环境厅，市委办公室，市政府办公室。", FS, 14)
    c = bj.rows[1].cells[0]
    p = c.paragraphs[0]
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), alignment=2)  # right
    run(p, "渌溪市生态环境局办公室\t2025年2月27日印发", FS, 14)
    return doc


def write_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 27, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def split_units(cell_paragraphs):
    """Split a 责任科室（单位） cell on 、 ， ； outside brackets; a cell
    paragraph is a unit boundary too (各县（市、区）生态环境分局 stays whole)."""
    out = []
    for p in cell_paragraphs:
        depth = 0
        cur = ""
        for ch in p:
            if ch in "（(":
                depth += 1
            elif ch in "）)":
                depth -= 1
            if depth == 0 and ch in "、，；":
                if cur.strip():
                    out.append(cur.strip())
                cur = ""
            else:
                cur += ch
        if cur.strip():
            out.append(cur.strip())
    return out


def gold():
    recs = []
    cur_leaders = None
    cur_deadline = None
    for no, texts, leaders, units, deadline in TASKS:
        if leaders is not None:
            names = []
            for p in leaders:
                for n in p.split("、"):
                    names.append(n.replace("　", "").strip())
            cur_leaders = names
        if deadline is not None:
            cur_deadline = deadline
        us = split_units(units)
        recs.append({
            "id": str(no),
            "marker": str(no),
            "head": texts[0][:12],
            "responsible_units": us,
            "lead_units": us[:1],
            "cooperating_units": us[1:],
            "leaders": list(cur_leaders),
            "deadline": cur_deadline,
        })
    return recs


def main():
    doc = build()
    write_deterministic(doc, DOCX)
    with open(GOLD, "w", encoding="utf-8") as f:
        for r in gold():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", DOCX)
    print("wrote", GOLD, len(TASKS), "tasks")


if __name__ == "__main__":
    main()
