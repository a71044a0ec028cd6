#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 102, notice 522: a 县人民政府办公室 red-header Word notice that prints the
任务分工方案 of a county's 安全生产治本攻坚三年行动 as a landscape table in its 附件."""
import os
import copy
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

NAME = "522_qiluan_xian_anquan_shengchan_zhiben_gongjian_fengong.docx"
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
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), name)
    rf.set(qn("w:hAnsi"), name)
    rf.set(qn("w:eastAsia"), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    return p


def para(doc, text="", font=FS, size=16, align=None, indent=True, bold=False,
         color=None, line=28, before=0, after=0):
    p = doc.add_paragraph()
    fmt(p, align, indent, line, before, after)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def runs(p, parts, size=16):
    for text, font, bold in parts:
        set_font(p.add_run(text), font, size, bold)


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


def page_footer(section):
    section.footer.is_linked_to_previous = False
    f = section.footer.paragraphs[0]
    f.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(f.add_run("— "), "宋体", 14)
    r = f.add_run()
    set_font(r, "宋体", 14)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None),
                       (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        elif text.strip() == "PAGE":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            r._element.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = text
            r._element.append(t)
    set_font(f.add_run(" —"), "宋体", 14)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    """text may contain '\n' -> separate paragraphs inside the cell (Enter pressed)."""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.alignment = align
        pf = p.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(18)
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        if line:
            set_font(p.add_run(line), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def table_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


# ---------------------------------------------------------------- the 分工 table
# (kind, ...) rows: ("part", title) or ("task", no, text, leader, lead, coop, deadline)
# leader None = merged with the row above (same leader cell spans down)
ROWS = [
    ("part", "一、安全生产责任落实行动（4项）"),
    ("task", "1", "深入学习贯彻习近平总书记关于安全生产的重要论述，将其纳入县委理论学习中心组学习、县政府常务会议学习和县委党校干部培训重要内容，每年至少开展1次专题学习。",
     "孙立军", "县委宣传部、县委组织部", "县委党校、县安委办", "持续推进"),
    ("task", "2", "制定完善党政领导干部安全生产责任清单，严格落实“党政同责、一岗双责、齐抓共管、失职追责”，将安全生产工作纳入乡镇（街道）和县直部门年度目标责任考核。",
     None, "县安委办", "县委组织部、县考核办", "2024年6月底前"),
    ("task", "3", "按照“三个必须”原则，厘清新业态新领域安全监管职责，动态修订县安委会成员单位安全生产工作职责清单，消除监管盲区和漏洞。",
     None, "县安委办", "县委编办，县安委会各成员单位", "2024年6月底前"),
    ("task", "4", "推动生产经营单位建立健全全员安全生产责任制，督促企业主要负责人严格履行第一责任人法定职责，2024年底前实现规模以上企业全员安全生产责任清单全覆盖。",
     None, "县应急管理局", "县安委会有关成员单位，各乡镇（街道）", "2024年底前"),

    ("part", "二、重大事故隐患动态清零行动（7项）"),
    ("task", "5", "严格执行重大事故隐患判定标准，组织各行业领域全面开展重大事故隐患排查整治，建立隐患排查整治台账，实行“一患一档”清单化管理，确保动态清零。",
     "孙立军", "县安委办", "县安委会各成员单位，各乡镇（街道）", "持续推进"),
    ("task", "6", "开展危险化学品安全风险集中治理，加强县化工集中区安全风险评估和分级管控，完成化工集中区安全风险等级复核。",
     "杜卫东", "县应急管理局、县工业园区管委会", "县工业和信息化局、市生态环境局栖峦分局、县消防救援大队", "2024年底前"),
    ("task", "7", "深化城镇燃气安全专项整治，完成老旧燃气管道更新改造年度任务，推动餐饮等人员密集场所规范安装使用燃气泄漏报警装置。",
     "韩雪梅", "县住建局", "县市场监管局、县商务局、县城管局、县消防救援大队，各乡镇（街道）", "2026年底前"),
    ("task", "8", "开展道路交通安全隐患排查治理，重点整治急弯陡坡、临水临崖等危险路段，持续推进农村公路安全生命防护工程建设。",
     "邵建平\n韩雪梅", "县交通运输局、县公安局交警大队", "县应急管理局，各乡镇（街道）", "2026年底前"),
    ("task", "9", "深化消防安全专项治理，聚焦高层建筑、大型商业综合体、“九小场所”、电动自行车等重点，全面排查整治消防安全隐患，集中清理占用堵塞消防通道行为。",
     "邵建平", "县消防救援大队", "县住建局、县商务局、县公安局、县市场监管局，各乡镇（街道）", "持续推进"),
    ("task", "10", "深入开展自建房安全专项整治，对经营性自建房存在的安全隐患实行销号管理，全面完成整治任务。",
     "韩雪梅", "县住建局", "县自然资源局、县市场监管局、县文化和旅游局，各乡镇（街道）", "2025年6月底前"),
    ("task", "11", "加强非煤矿山、建筑施工、特种设备、水上交通、文化旅游、农业机械等行业领域隐患排查整治，落实行业主管部门安全监管责任。",
     "孙立军\n韩雪梅\n罗　佳", "县应急管理局、县住建局、县市场监管局、县交通运输局、县文化和旅游局、县农业农村局", "/", "持续推进"),

    ("part", "三、生产经营单位主要负责人安全素质能力提升行动（3项）"),
    ("task", "12", "组织开展高危行业企业主要负责人和安全生产管理人员安全生产知识和管理能力考核，实行“逢查必考”，完成首轮考核。",
     "孙立军", "县应急管理局", "县住建局、县交通运输局", "2024年9月底前"),
    ("task", "13", "推动企业主要负责人每年至少参加1次安全生产专题培训，督促企业主要负责人每季度至少组织开展1次安全风险研判。",
     None, "县应急管理局", "县安委会有关成员单位", "持续推进"),
    ("task", "14", "将企业主要负责人履职情况纳入安全生产执法检查必查内容，对履职不到位的依法依规严肃处理。",
     None, "县应急管理局", "/", "持续推进"),

    ("part", "四、安全科技支撑和工程治理行动（4项）"),
    ("task", "15", "推进危险化学品、非煤矿山、工贸企业安全生产风险监测预警系统建设应用，实现重点企业监测预警全覆盖。",
     "杜卫东", "县应急管理局", "县工业和信息化局、县政务服务和大数据管理局", "2025年底前"),
    ("task", "16", "实施城市生命线安全工程，推动燃气、供水、排水、桥梁等城市基础设施安全运行监测系统建设。",
     "韩雪梅", "县住建局", "县城管局、县水利局、县发展改革局、县财政局", "2026年底前"),
    ("task", "17", "推进自然灾害防治重点工程，实施地质灾害隐患点工程治理和搬迁避让，加强中小河流治理和病险水库除险加固。",
     "罗　佳", "县自然资源局、县水利局", "县应急管理局、县财政局，有关乡镇", "2026年底前"),
    ("task", "18", "依法淘汰落后生产工艺装备，推广应用“机械化换人、自动化减人”技术，鼓励企业实施安全技术改造。",
     "杜卫东", "县工业和信息化局", "县应急管理局、县发展改革局", "持续推进"),

    ("part", "五、安全生产精准执法和帮扶行动（4项）"),
    ("task", "19", "制定年度安全生产监督检查计划，实行分级分类执法，严格落实“双随机、一公开”，对重大事故隐患一律依法依规从严处罚。",
     "孙立军", "县应急管理局", "县安委会有关成员单位", "每年3月底前"),
    ("task", "20", "强化行政执法与刑事司法衔接，对拒不整改重大事故隐患、涉嫌危险作业罪等违法行为，依法追究刑事责任。",
     "邵建平", "县公安局、县应急管理局", "县人民检察院、县司法局", "持续推进"),
    ("task", "21", "推行安全生产专家指导服务，聘请安全生产专家对中小微企业开展帮扶指导，每年帮扶企业不少于50家。",
     "孙立军", "县应急管理局", "县财政局", "持续推进"),
    ("task", "22", "健全安全生产举报奖励制度，落实举报奖励资金，畅通12345政务服务便民热线等举报渠道。",
     None, "县应急管理局", "县财政局、县政务服务和大数据管理局", "持续推进"),

    ("part", "六、全员安全素质提升行动（3项）"),
    ("task", "23", "深入开展“人人讲安全、个个会应急”宣传教育，扎实开展“安全生产月”“安全宣传五进”等活动，营造浓厚安全氛围。",
     "孙立军", "县委宣传部、县安委办", "县融媒体中心，县安委会各成员单位，各乡镇（街道）", "持续推进"),
    ("task", "24", "加强中小学校安全教育，将安全知识纳入中小学教育教学内容，每学期至少组织1次应急疏散演练。",
     "罗　佳", "县教育局", "/", "持续推进"),
    ("task", "25", "加强农民工、灵活就业人员等从业人员安全技能培训，严格落实“先培训、后上岗”制度。",
     "杜卫东", "县人力资源和社会保障局", "县应急管理局、县住建局、县总工会", "持续推进"),

    ("part", "七、应急救援能力提升行动（3项）"),
    ("task", "26", "修订完善县级突发事件总体应急预案和安全生产类专项应急预案，每年组织开展综合应急演练不少于1次。",
     "孙立军", "县应急管理局", "县安委会各成员单位", "2024年底前"),
    ("task", "27", "加强县综合性消防救援队伍、专业救援队伍和乡镇（街道）应急队伍建设，推进县级应急物资储备库建设。",
     "孙立军\n邵建平", "县应急管理局、县消防救援大队", "县发展改革局、县财政局，各乡镇（街道）", "2025年底前"),
    ("task", "28", "推进基层应急管理能力标准化建设，各乡镇（街道）全部达到“有班子、有机制、有预案、有队伍、有物资、有培训演练”标准。",
     "孙立军", "县应急管理局", "县委编办、县财政局，各乡镇（街道）", "2025年底前"),

    ("part", "八、安全生产基层基础夯实行动（2项）"),
    ("task", "29", "强化乡镇（街道）安全生产监管力量配备，推动县工业园区和重点乡镇配齐配强安全监管执法人员。",
     "周明远", "县委编办", "县应急管理局、县工业园区管委会，各乡镇（街道）", "2024年底前"),
    ("task", "30", "发挥安全生产责任保险事故预防作用，推动高危行业领域生产经营单位依法投保安全生产责任保险。",
     "孙立军", "县应急管理局", "县财政局、国家金融监督管理总局栖峦监管支局", "持续推进"),
]


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    page_footer(sec)

    # 版头
    p = para(doc, "栖峦县人民政府办公室文件", XBS, 40, WD_ALIGN_PARAGRAPH.CENTER, False,
             color=RED, line=60, before=36)
    sc = OxmlElement("w:w")
    sc.set(qn("w:val"), "68")
    rpr = p.runs[0]._element.get_or_add_rPr()
    rpr.find(qn("w:sz")).addprevious(sc)
    para(doc, "", indent=False)
    p = para(doc, "栖政办发〔2024〕12号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER, False)
    bottom_border(p, "FF0000", 18)
    para(doc, "", indent=False)

    # 标题
    for t in ("栖峦县人民政府办公室", "关于印发《栖峦县安全生产治本攻坚三年行动",
              "（2024—2026年）任务分工方案》的通知"):
        para(doc, t, XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, line=33)
    para(doc, "", indent=False)

    para(doc, "各乡镇人民政府、街道办事处，县政府各部门，县直及驻县各单位：", indent=False)
    para(doc, "为深入贯彻落实习近平总书记关于安全生产的重要指示精神，扎实推进安全生产治本攻坚三年行动，"
              "根据《淮泽市安全生产治本攻坚三年行动（2024—2026年）实施方案》和《栖峦县安全生产治本攻坚"
              "三年行动（2024—2026年）实施方案》，县政府研究制定了《栖峦县安全生产治本攻坚三年行动"
              "（2024—2026年）任务分工方案》。经县人民政府同意，现印发给你们，并提出以下要求，"
              "请认真抓好贯彻落实。")
    para(doc, "一、提高思想认识", HT)
    para(doc, "开展安全生产治本攻坚三年行动，是统筹发展和安全、推动安全生产形势持续稳定向好的重要举措。"
              "各乡镇（街道）、各部门（单位）要坚持人民至上、生命至上，把治本攻坚三年行动作为当前和"
              "今后一个时期安全生产工作的重中之重，以“时时放心不下”的责任感抓好各项任务落实。")
    para(doc, "二、压实工作责任", HT)
    para(doc, "各责任县领导要加强对分管领域任务落实的统筹调度，定期听取工作汇报，协调解决重大问题。"
              "牵头单位要切实履行牵头抓总责任，制定具体工作措施，明确时间节点；有两个及以上牵头单位的，"
              "各牵头单位按照职责分工分别牵头落实。配合单位要主动对接、密切配合，形成工作合力。")
    para(doc, "三、强化督导考核", HT)
    para(doc, "县安委办要建立任务落实台账，实行月调度、季通报。各牵头单位于每季度最后一个月25日前，"
              "将任务推进情况书面报送县安委办（县应急管理局安全生产综合协调股），联系人：邢晓燕，"
              "联系电话：0519-6823047。县安委办将治本攻坚三年行动推进情况纳入年度安全生产目标责任"
              "考核，对工作推进不力、进度滞后的，予以通报并约谈。")
    para(doc, "", indent=False)
    p = para(doc, "附件：栖峦县安全生产治本攻坚三年行动（2024—2026年）任务分工方案", indent=True)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, "栖峦县人民政府办公室", FS, 16, WD_ALIGN_PARAGRAPH.RIGHT, False)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2024年3月18日", FS, 16, WD_ALIGN_PARAGRAPH.RIGHT, False)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）", FS, 16, indent=True)

    # ------------------------------------------------ 附件: landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Mm(297), Mm(210)
    sec2.top_margin, sec2.bottom_margin = Mm(28), Mm(26)
    sec2.left_margin, sec2.right_margin = Mm(37), Mm(35)
    page_footer(sec2)

    para(doc, "附件", HT, 16, WD_ALIGN_PARAGRAPH.LEFT, False)
    para(doc, "", indent=False)
    para(doc, "栖峦县安全生产治本攻坚三年行动（2024—2026年）", XBS, 22,
         WD_ALIGN_PARAGRAPH.CENTER, False, line=33)
    para(doc, "任务分工方案", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, line=33)
    para(doc, "", indent=False)

    headers = ["序号", "重点任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]
    widths = [Mm(12), Mm(88), Mm(20), Mm(36), Mm(42), Mm(27)]
    n_rows = 1 + len(ROWS)
    table = doc.add_table(rows=n_rows, cols=6)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    table_borders(table)
    tblpr = table._tbl.tblPr
    tw = OxmlElement("w:tblW")
    tw.set(qn("w:w"), str(sum(int(w.twips) for w in widths)))
    tw.set(qn("w:type"), "dxa")
    old = tblpr.find(qn("w:tblW"))
    if old is not None:
        tblpr.remove(old)
    tblpr.append(tw)
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for i, w in enumerate(widths):
        for r in table.rows:
            r.cells[i].width = w

    hdr = table.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(headers):
        cell_text(hdr.cells[i], h, HT, 12)

    # merge plan: category rows across; leader cells down while leader is None
    leader_spans = []  # (start_row, end_row, text)
    for ri, row in enumerate(ROWS, start=1):
        if row[0] == "task":
            if row[3] is not None:
                leader_spans.append([ri, ri, row[3]])
            else:
                leader_spans[-1][1] = ri

    for ri, row in enumerate(ROWS, start=1):
        tr = table.rows[ri]
        cant_split(tr)
        if row[0] == "part":
            c = tr.cells[0].merge(tr.cells[5])
            cell_text(c, row[1], HT, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
        else:
            _, no, text, leader, lead, coop, dl = row
            cell_text(tr.cells[0], no, FS, 12)
            cell_text(tr.cells[1], text, FS, 12, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            cell_text(tr.cells[3], lead, FS, 12)
            cell_text(tr.cells[4], coop, FS, 12)
            cell_text(tr.cells[5], dl, FS, 12)

    for start, end, text in leader_spans:
        c = table.cell(start, 2)
        if end > start:
            c = c.merge(table.cell(end, 2))
        cell_text(c, text, FS, 12)

    # ------------------------------------------------ 版记: back to portrait
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Mm(210), Mm(297)
    sec3.top_margin, sec3.bottom_margin = Mm(37), Mm(35)
    sec3.left_margin, sec3.right_margin = Mm(28), Mm(26)
    page_footer(sec3)
    for _ in range(20):
        para(doc, "", indent=False)
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = bj._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side, sz in (("top", "12"), ("insideH", "4"), ("bottom", "12")):
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
    c = bj.cell(0, 0)
    p = c.paragraphs[0]
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    set_font(p.add_run("抄送：县委各部门，县人大常委会办公室，县政协办公室，县纪委监委，县法院，县检察院，"
                       "县人武部。"), FS, 14)
    c = bj.cell(1, 0)
    p = c.paragraphs[0]
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(150), alignment=2)  # right tab
    set_font(p.add_run("栖峦县人民政府办公室\t2024年3月18日印发"), FS, 14)

    doc.core_properties.author = "县政府办公室"
    doc.core_properties.title = ""
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
