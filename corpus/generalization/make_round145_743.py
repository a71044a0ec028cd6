#!/usr/bin/python3
"""Generator for round 145 / case 743.

A 市委组织部 (party committee's organisation department) red-header Word notice
splitting its own 2025 全市组织工作要点 among 部领导, 部机关科室, 直属单位 and the
counties' 组织部: 中共澄阳市委组织部文件, 澄组发〔2025〕3号, party-document 版头 with
the red rule and star, 主送 各县（市、区）委组织部，部机关各科室、各直属单位, cover
一、–三、 黑体 run-ins, 附件 line, 落款, 附注 （此件发至县级党委组织部门）, a landscape
附件 table 序号/工作任务/责任部领导/牵头科室（单位）/配合科室（单位）/完成时限, and a
portrait 版记 page.

Writes 743_chengyang_shiwei_zuzhibu_gongzuo_yaodian_fengong.docx and
743.tasks.gold.jsonl from the TASKS description below.  Deterministic: fixed core
properties and zip timestamps.
Run: /usr/bin/python3 make_743.py
"""
import datetime
import io
import json
import os
import re
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX = "743_chengyang_shiwei_zuzhibu_gongzuo_yaodian_fengong.docx"
GOLD = "743.tasks.gold.jsonl"

M = None  # a cell vertically merged with the one above (w:vMerge continue)

# ---------------------------------------------------------------------------
# The structured description.  Each task: (序号, task paragraphs, 责任部领导 cell
# paragraphs, 牵头 cell paragraphs, 配合 cell paragraphs, 完成时限 cell) where a
# cell value M continues the vertical merge from the row above.
# ---------------------------------------------------------------------------
PARTS = [
    ("一、坚持不懈用党的创新理论凝心铸魂（4项）", [
        ("1", ["深入学习贯彻习近平总书记关于党的建设的重要思想和关于组织工作的重要论述，落实部务会“第一议题”制度，全年开展部务会理论学习中心组集体学习不少于12次。"],
         ["陈立新", "王志刚"], ["办公室"], ["机关党委、研究室"], ["全年"]),
        ("2", ["巩固深化党纪学习教育成果，推动党员干部学纪知纪明纪守纪常态化长效化，将党规党纪纳入“三会一课”和党员教育培训必学内容。"],
         ["李　娟"], ["组织二科"], ["党员教育中心，各县（市、区）委组织部"], ["全年"]),
        ("3", ["分级分类抓好干部教育培训，依托市委党校举办市管干部进修班、中青年干部培训班等主体班次8期以上，全年调训市管干部不少于400人次。"],
         M, ["干部教育科"], ["市委党校、干部一科"], ["12月底前"]),
        ("4", ["创新党员教育方式，用好“学习强国”、党员教育平台等载体，拍摄制作“澄阳先锋”系列党员教育电视片10部以上。"],
         M, ["党员教育中心"], ["组织二科、市委宣传部"], ["10月底前"]),
    ]),
    ("二、建设忠诚干净担当的高素质干部队伍（7项）", [
        ("5", ["坚持新时代好干部标准，严把政治关、廉洁关、能力关，完善市管干部选拔任用工作流程，全面落实动议、民主推荐、考察、讨论决定等程序规定。"],
         ["王志刚"], ["干部一科"], ["干部二科、干部三科、干部监督科"], ["全年"]),
        ("6", ["开展市管领导班子和领导干部综合分析研判，结合年度考核精准识别干部，建立完善市管领导班子结构配备情况台账。"],
         M, ["干部一科", "干部二科"], ["干部三科、信息管理中心"], ["11月底前"]),
        ("7", ["大力发现培养选拔优秀年轻干部，实施年轻干部“墩苗”计划，选派40名左右优秀年轻干部到乡镇（街道）、信访维稳和重大项目一线历练。"],
         M, ["干部二科"], ["干部一科、干部三科，各县（市、区）委组织部"], ["9月底前"]),
        ("8", ["推进领导干部能上能下常态化，落实不适宜担任现职领导干部调整工作机制，对履职不力、不担当不作为的干部及时予以调整。"],
         M, ["干部一科"], ["干部二科、干部监督科"], ["持续推进"]),
        ("9", ["加强市属国有企业领导人员队伍建设，完善任期制和契约化管理办法，做好市属国有企业领导班子届中考核。"],
         M, ["干部三科"], ["市国资委"], ["8月底前"]),
        ("10", ["从严加强干部日常监督，做好领导干部个人有关事项报告抽查核实和干部人事档案专项审核，严肃查处违规用人问题。"],
         ["郑　凯"], ["干部监督科（举报中心）"], ["干部一科、干部二科、干部三科"], ["11月底前"]),
        ("11", ["落实“三个区分开来”，健全容错纠错和澄清正名工作机制，完善激励干部担当作为的政策措施，及时为受到不实举报的干部澄清正名。"],
         M, ["干部监督科"], ["研究室、市纪委监委"], ["全年"]),
    ]),
    ("三、建强基层党组织战斗堡垒（8项）", [
        ("12", ["深化抓党建促乡村全面振兴，推进“五星支部”创建，年内评定“五星支部”村（社区）党组织100个以上，持续选优配强村党组织书记。"],
         ["李　娟"], ["组织一科"], ["市农业农村局，各县（市、区）委组织部"], ["全年"]),
        ("13", ["持续整顿软弱涣散基层党组织，对排查确定的村（社区）党组织逐个落实县级领导包联，确保年底前全部整顿转化。"],
         M, ["组织一科"], ["各县（市、区）委组织部"], ["12月底前"]),
        ("14", ["深化党建引领基层治理，在临澄区、梅岭县开展“党建+网格”融合试点，推动城市社区减负增效。"],
         M, ["组织一科"], ["市委社会工作部，临澄区委组织部、梅岭县委组织部"], ["10月底前"]),
        ("15", ["加强机关党建工作，推动模范机关创建与业务工作深度融合，开展市直机关党支部标准化规范化建设“回头看”。"],
         ["李　娟、郑　凯"], ["市直机关工委"], ["组织二科"], ["11月底前"]),
        ("16", ["推动国有企业党建与生产经营深度融合，落实“双向进入、交叉任职”领导体制，开展国有企业党建质量提升行动。"],
         ["李　娟"], ["组织二科"], ["干部三科、市国资委党委"], ["全年"]),
        ("17", ["加强公立医院和中小学校党的建设，全面落实党委领导下的院长负责制和中小学校党组织领导的校长负责制。"],
         M, ["组织二科"], ["市委教育工委（市教育局）、市卫生健康委"], ["12月底前"]),
        ("18", ["严把党员入口关，全年发展党员控制在2800名以内，稳妥有序处置不合格党员，做好流动党员排查和管理。"],
         M, ["组织二科"], ["党员教育中心，各县（市、区）委组织部"], ["全年"]),
        ("19", ["做好党内统计和党费收缴、使用、管理工作，完成2024年度党内统计年报，开展党费管理使用情况专项检查。"],
         M, ["组织二科"], ["信息管理中心"], ["6月底前"]),
    ]),
    ("四、深入实施新时代人才强市战略（5项）", [
        ("20", ["召开全市人才工作会议，出台“澄才计划”3.0版人才政策。",
                "修订完善高层次人才分类认定和支持办法，开展人才政策兑现情况第三方评估。"],
         ["孙海涛"], ["人才工作科（市委人才办秘书科）"], ["市人力资源社会保障局、市科技局、市财政局"], ["6月底前"]),
        ("21", ["开展“澄才回澄”系列引才活动，赴重点高校举办引才推介会5场以上，全年引进各类高校毕业生6000人以上。"],
         M, M, ["市人力资源社会保障局，各县（市、区）委组织部"], ["12月底前"]),
        ("22", ["加强人才平台载体建设，新建省级以上人才创新平台3家以上，支持企业与高校院所共建研发平台。"],
         M, M, ["市科技局、市教育局"], ["11月底前"]),
        ("23", ["优化人才发展环境，升级“澄才码”服务功能，推动人才住房、子女入学、医疗保障等服务事项“一码通办”。"],
         M, ["人才工作科"], ["信息管理中心、市政务服务和数据管理局"], ["9月底前"]),
        ("24", ["实施乡村人才振兴行动，开展“头雁”带富能手培育，选派科技特派员200名服务乡村产业发展。"],
         M, ["人才工作科、组织一科"], ["市农业农村局"], ["10月底前"]),
    ]),
    ("五、加强公务员队伍建设（4项）", [
        ("25", ["做好2025年度公务员考试录用工作，严格规范招录程序，统筹做好市县两级公务员招录计划编制和面试组织工作。"],
         ["赵文博"], ["公务员管理科"], ["市人力资源社会保障局，各县（市、区）委组织部"], ["7月底前"]),
        ("26", ["深化公务员平时考核，完善考核结果运用机制，做好公务员奖励和集体表彰工作。"],
         M, ["公务员管理科"], ["干部监督科"], ["12月底前"]),
        ("27", ["落实公务员职务与职级并行制度，规范职级晋升工作，做好职级职数使用审核备案。"],
         M, ["公务员管理科"], ["市委编办、市财政局"], ["持续推进"]),
        ("28", ["加强选调生培养管理，建立选调生成长档案，落实到村任职锻炼两年的要求。"],
         M, ["干部二科、公务员管理科"], ["各县（市、区）委组织部"], ["全年"]),
    ]),
    ("六、做好新时代老干部工作（3项）", [
        ("29", ["加强离退休干部党的建设，推动离退休干部党支部标准化建设，开展“银发先锋”党支部评选。"],
         ["刘　瑛"], ["市委老干部局"], ["组织二科"], ["全年"]),
        ("30", ["引导离退休干部发挥正能量作用，组建“银发生辉”志愿服务队伍，参与基层治理和关心下一代工作。"],
         M, ["市委老干部局"], ["各县（市、区）委老干部局"], M),
        ("31", ["落实离退休干部政治待遇和生活待遇，做好走访慰问、困难帮扶和健康服务工作。"],
         M, ["市委老干部局"], ["市财政局、市人力资源社会保障局、市卫生健康委"], M),
    ]),
    ("七、加强组织部门自身建设（5项）", [
        ("32", ["深化“讲政治、重公道、业务精、作风好”模范部门和过硬队伍建设，开展组工干部能力提升培训。"],
         ["陈立新"], ["机关党委"], ["部机关各科室（单位）"], ["全年"]),
        ("33", ["围绕组织工作重点难点问题开展调查研究，形成高质量调研报告10篇以上，及时推动调研成果转化运用。"],
         ["王志刚"], ["研究室"], ["部机关各科室（单位）"], ["11月底前"]),
        ("34", ["推进“智慧组工”平台建设，实现党员管理、干部信息、人才服务等业务数据互联互通。"],
         ["郑　凯"], ["信息管理中心"], ["组织二科、干部监督科、人才工作科"], ["10月底前"]),
        ("35", ["12380举报受理平台规范运行，做到件件有着落、事事有回音，全年举报件办结率达到100%。"],
         M, ["干部监督科（举报中心）"], ["/"], ["持续推进"]),
        ("36", ["加强部机关督查督办和保密工作，落实重要事项督办台账制度，严守组织工作纪律和保密纪律。"],
         ["各分管部领导"], ["办公室"], ["部机关各科室（单位）", "各县（市、区）委组织部"], ["全年"]),
    ]),
]

COVER = [
    ("", "《2025年全市组织工作要点》已经市委常委会会议审议通过，并以市委组织部名义印发。为推动各项任务落地见效，经部务会研究，现将《2025年全市组织工作要点责任分工》印发给你们，请结合实际认真抓好落实。有关要求如下："),
    ("一、压实工作责任。", "责任部领导对分管任务负领导责任，牵头研究推动；牵头科室（单位）负总责，牵头科室（单位）有两个的，排在第一位的为主牵头科室（单位）；配合科室（单位）要主动对接、积极配合。涉及县（市、区）的任务，各县（市、区）委组织部要对照分工细化措施，抓好落实。"),
    ("二、强化跟踪问效。", "各牵头科室（单位）要建立工作台账，于每季度最后一个月25日前将任务推进情况报部办公室（督查室），12月15日前报送全年完成情况。部办公室定期汇总通报，推进情况纳入科室（单位）年度考核。"),
    ("三、及时报告情况。", "落实过程中遇到的重大问题，要及时向分管部领导报告。部办公室联系人：周　敏，联系电话：0735-8216573。"),
]


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
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
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(container, text="", font="仿宋_GB2312", size=16, align=None, indent=True,
         bold=False, color=None, space_line=Pt(28)):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if space_line is not None:
        pf.line_spacing = space_line
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def cell_border(cell, **edges):
    tcPr = cell._tc.get_or_add_tcPr()
    b = tcPr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders")
        tcPr.append(b)
    for edge, spec in edges.items():
        e = OxmlElement("w:" + edge)
        for k, v in spec.items():
            e.set(qn("w:" + k), v)
        b.append(e)


def table_borders(table, spec):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        for k, v in spec.get(edge, {"val": "nil"}).items():
            e.set(qn("w:" + k), v)
        b.append(e)
    tblPr.append(b)


def set_widths(table, widths_cm):
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for tr in tbl.tr_lst:
        tcs = tr.tc_lst
        ws = widths_cm if len(tcs) == len(widths_cm) else [sum(widths_cm)]
        for tc, w in zip(tcs, ws):
            tcPr = tc.get_or_add_tcPr()
            tcw = tcPr.find(qn("w:tcW"))
            if tcw is None:
                tcw = OxmlElement("w:tcW")
                tcPr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(w * 567)))
            tcw.set(qn("w:type"), "dxa")
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tbl.tblPr.append(lay)


def vmerge(cell, restart):
    tcPr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vMerge")
    if restart:
        v.set(qn("w:val"), "restart")
    tcPr.append(v)


def valign(cell, val="center"):
    tcPr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vAlign")
    v.set(qn("w:val"), val)
    tcPr.append(v)


def cell_paras(cell, lines, font="仿宋_GB2312", size=12, align=WD_ALIGN_PARAGRAPH.CENTER):
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(20)
        set_font(p.add_run(line), font, size)


def add_page_field(p, size=14):
    set_font(p.add_run("— "), "宋体", size)
    r = p.add_run()
    set_font(r, "宋体", size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    set_font(p.add_run(" —"), "宋体", size)


def portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.top_margin, section.bottom_margin = Cm(2.8), Cm(2.6)
    section.left_margin, section.right_margin = Cm(3.7), Cm(3.5)


# ---------------------------------------------------------------------------
# the document
# ---------------------------------------------------------------------------
def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋_GB2312")
    sec = doc.sections[0]
    portrait(sec)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    # 版头: issuer mark, 文号 centred (party documents), red rule with star
    for _ in range(2):
        para(doc, indent=False)
    para(doc, "中共澄阳市委组织部文件", "方正小标宋简体", 40, WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, color="FF0000", space_line=Pt(56))
    para(doc, indent=False)
    para(doc, "澄组发〔2025〕3号", "仿宋_GB2312", 16, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    rule = doc.add_table(rows=1, cols=3)
    table_borders(rule, {})
    set_widths(rule, [7.4, 0.8, 7.4])
    red = {"val": "single", "sz": "18", "space": "0", "color": "FF0000"}
    cell_border(rule.cell(0, 0), bottom=red)
    cell_border(rule.cell(0, 2), bottom=red)
    sp = rule.cell(0, 1).paragraphs[0]
    sp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(sp.add_run("★"), "宋体", 14, color="FF0000")
    para(doc, indent=False)

    # title over two lines (manual line break)
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_line=Pt(36))
    r = p.add_run("中共澄阳市委组织部关于印发《2025年全市")
    set_font(r, "方正小标宋简体", 22)
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run("组织工作要点责任分工》的通知"), "方正小标宋简体", 22)
    para(doc, indent=False)

    para(doc, "各县（市、区）委组织部，部机关各科室、各直属单位：", indent=False)
    for lead_in, body in COVER:
        p = para(doc)
        if lead_in:
            set_font(p.add_run(lead_in), "黑体", 16)
        set_font(p.add_run(body), "仿宋_GB2312", 16)
    para(doc)
    para(doc, "附件：2025年全市组织工作要点责任分工")
    para(doc)
    para(doc)
    p = para(doc, "中共澄阳市委组织部", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2025年3月4日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(80)
    para(doc)
    para(doc, "（此件发至县级党委组织部门）")

    # 附件: landscape section
    sec2 = doc.add_section()
    landscape(sec2)
    para(doc, "附件", "黑体", 16, indent=False)
    para(doc, indent=False)
    para(doc, "2025年全市组织工作要点责任分工", "方正小标宋简体", 22,
         WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_line=Pt(36))
    para(doc, indent=False)

    heads = ["序号", "工作任务", "责任部领导", "牵头科室（单位）", "配合科室（单位）", "完成时限"]
    widths = [1.2, 9.6, 2.2, 3.4, 3.9, 2.2]
    t = doc.add_table(rows=1, cols=6)
    t.style = doc.styles["Table Grid"]
    for c, h in zip(t.rows[0].cells, heads):
        cell_paras(c, [h], font="黑体", size=12)
        valign(c)
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trPr.append(th)
    for part, tasks in PARTS:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        for extra in merged.paragraphs[1:]:
            extra._element.getparent().remove(extra._element)
        cell_paras(merged, [part], font="黑体", size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
        for no, text, leaders, lead, coop, dl in tasks:
            cells = t.add_row().cells
            cell_paras(cells[0], [no])
            cell_paras(cells[1], text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            for cidx, val in ((2, leaders), (3, lead), (4, coop), (5, dl)):
                if val is M:
                    vmerge(cells[cidx], False)
                else:
                    cell_paras(cells[cidx], val)
            for c in cells:
                valign(c)
    # restart marks on the cells that start a merge run
    rows = t.rows
    for ri in range(1, len(rows)):
        for ci in (2, 3, 4, 5):
            tc = rows[ri].cells[ci]._tc if len(rows[ri]._tr.tc_lst) == 6 else None
            if tc is None:
                continue
            if ri + 1 < len(rows) and len(rows[ri + 1]._tr.tc_lst) == 6:
                nxt = rows[ri + 1]._tr.tc_lst[ci]
                nv = nxt.tcPr.find(qn("w:vMerge")) if nxt.tcPr is not None else None
                me = rows[ri]._tr.tc_lst[ci]
                mv = me.tcPr.find(qn("w:vMerge"))
                if nv is not None and nv.get(qn("w:val")) is None and mv is None:
                    v = OxmlElement("w:vMerge")
                    v.set(qn("w:val"), "restart")
                    me.tcPr.insert(0, v)
    set_widths(t, widths)
    p = para(doc, "注：牵头科室（单位）有两个的，排在第一位的为主牵头科室（单位）。",
             "楷体_GB2312", 12, indent=False, space_line=Pt(20))

    # 版记 on its own portrait page
    sec3 = doc.add_section()
    portrait(sec3)
    for _ in range(18):
        para(doc, indent=False)
    bj = doc.add_table(rows=2, cols=1)
    line = {"val": "single", "sz": "8", "space": "0", "color": "000000"}
    thick = {"val": "single", "sz": "12", "space": "0", "color": "000000"}
    table_borders(bj, {"top": thick, "bottom": thick, "insideH": line})
    set_widths(bj, [15.6])
    p = bj.cell(0, 0).paragraphs[0]
    p.paragraph_format.left_indent = Pt(14)
    set_font(p.add_run("抄送：市委办公室，市委督查室。"), "仿宋_GB2312", 14)
    p = bj.cell(1, 0).paragraphs[0]
    p.paragraph_format.left_indent = Pt(14)
    set_font(p.add_run("中共澄阳市委组织部办公室　　　　　　　2025年3月5日印发"), "仿宋_GB2312", 14)

    cp = doc.core_properties
    cp.author = "zzb-bgs"
    cp.last_modified_by = "zzb-bgs"
    cp.title = ""
    cp.comments = ""
    cp.revision = 4
    cp.created = datetime.datetime(2025, 3, 3, 16, 20, 0)
    cp.modified = datetime.datetime(2025, 3, 4, 10, 5, 0)
    cp.last_printed = datetime.datetime(2025, 3, 4, 10, 6, 0)

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps, same member order
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 4, 10, 5, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(os.path.join(HERE, DOCX), "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------
# the gold
# ---------------------------------------------------------------------------
def split_units(text):
    out, depth, cur = [], 0, ""
    for ch in text:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if depth == 0 and ch in "、，；":
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return [u.strip() for u in out if u.strip()]


def cell_units(lines):
    units = []
    for line in lines:
        if line.strip() == "/":
            continue
        units += split_units(line)
    return units


def leader_names(lines):
    names = []
    for line in lines:
        for n in split_units(line):
            n = re.sub(r"[\s　]", "", n)
            if n.startswith("各") or "领导" in n:   # 各分管部领导: no person named
                continue
            names.append(n)
    return names


def build_gold():
    recs = []
    prev = {}
    for _part, tasks in PARTS:
        for no, text, leaders, lead, coop, dl in tasks:
            cur = {}
            for key, val in (("leaders", leaders), ("lead", lead), ("coop", coop), ("dl", dl)):
                cur[key] = prev[key] if val is M else val
            prev = cur
            lu = cell_units(cur["lead"])
            cu = cell_units(cur["coop"])
            head = re.sub(r"\s", "", text[0])[:12]
            recs.append({
                "id": no, "marker": no, "head": head,
                "responsible_units": lu + cu,
                "lead_units": lu, "cooperating_units": cu,
                "leaders": leader_names(cur["leaders"]),
                "deadline": "".join(cur["dl"]),
            })
    with open(os.path.join(HERE, GOLD), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return recs


if __name__ == "__main__":
    build_docx()
    recs = build_gold()
    print(f"wrote {DOCX} and {GOLD} ({len(recs)} tasks)")
