#!/usr/bin/python3
"""Round 132, notice 672: several tasks stacked in one table row, aligned with Enter.

A 县政府办 red-header Word notice whose landscape 附件 table gives each 县领导 one row
per part: the 序号 cell holds the row's task numbers one paragraph each, the 工作任务
cell the tasks one paragraph each, and the 牵头单位 / 配合单位 / 完成时限 cells their
entries in the same order, with empty paragraphs (Enter presses) typed under an entry
so that the next entry starts level with the next task (the clerk's way of lining up a
"row" without splitting the row).  The 责任县领导 cell, vertically centred, holds the
leader of every task in the row.  One row is typed with line breaks (Shift+Enter)
instead of paragraphs; part 四 was redone with one row a task and the leader merged
down.  A 注 under the table states the order rule.

Writes 672_tangyu_xian_gzbg_renwu_tongge_huiche_duiqi.docx and its gold file.
Deterministic: fixed core properties, fixed zip entry times.
"""
import io
import json
import math
import os
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_ALIGN_VERTICAL
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "672_tangyu_xian_gzbg_renwu_tongge_huiche_duiqi"
DOCX = os.path.join(HERE, BASE + ".docx")
GOLD = os.path.join(HERE, BASE + ".tasks.gold.jsonl")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

# ---------------------------------------------------------------- content
# Each part: (title, rows).  A row: dict(leader=..., mode='para'|'br'|'single',
# tasks=[(id, text, lead, coop, deadline)]).  Part 四 uses mode 'vmerge' rows.
PARTS = [
    ("一、稳增长，推动经济高质量发展（6项）", [
        dict(leader="王　勇", mode="para", tasks=[
            ("1", "全年地区生产总值增长6%左右，规模以上工业增加值增长7%，固定资产投资增长8%，一般公共预算收入增长5%。",
             "县发展和改革局", "县统计局、县工业和信息化局、县财政局", "2025年12月底"),
            ("2", "深入实施“项目攻坚年”行动，全年实施省市县重点项目120个以上，完成投资150亿元。",
             "县发展和改革局", "县自然资源局、县住房和城乡建设局、各乡镇人民政府、街道办事处", "2025年12月底"),
            ("3", "积极争取超长期特别国债、地方政府专项债券等资金支持，全年争取上级资金20亿元以上。",
             "县财政局、县发展和改革局", "县直各有关单位", "2025年12月底"),
        ]),
        dict(leader="赵志强", mode="para", tasks=[
            ("4", "深入实施工业强县战略，新增规模以上工业企业15家，推动棠峪经济开发区扩区调区获省政府批复。",
             "县工业和信息化局", "棠峪经济开发区管委会、县自然资源局", "2025年11月底"),
            ("5", "持续开展“千企万户大走访”活动，全面落实惠企政策，全年新增减税降费及退税缓费3亿元以上。",
             "县工业和信息化局", "国家税务总局棠峪县税务局、县财政局、县市场监督管理局", "2025年12月底"),
        ]),
        dict(leader="刘晓梅", mode="single", tasks=[
            ("6", "促进消费扩容提质，举办“棠峪美食节”等促消费活动10场以上，社会消费品零售总额增长5.5%。",
             "县商务局", "县文化广电和旅游局、县市场监督管理局", "2025年12月底"),
        ]),
    ]),
    ("二、抓改革，持续优化营商环境（5项）", [
        dict(leader="陈建华、王　勇", mode="para", tasks=[
            ("7", "深化“高效办成一件事”改革，推出第二批“一件事”集成服务15项，企业开办全程网办率达到95%。",
             "县行政审批服务局", "县直各有关单位", "2025年9月底"),
            ("8", "开展营商环境“对标提升”行动，力争全省县域营商环境评价进入前30位。",
             "县发展和改革局", "县行政审批服务局、县市场监督管理局、县司法局", "2025年12月底"),
        ]),
        dict(leader="王　勇", mode="para", tasks=[
            ("9", "深化国有企业改革，完成县属国有企业整合重组，组建县城市发展投资集团。",
             "县财政局", "县城市建设投资有限公司、县交通投资有限公司", "2025年6月底"),
            ("10", "推进社会信用体系建设，完成县公共信用信息平台升级。",
             "县发展和改革局", "/", "2025年10月底"),
        ]),
        dict(leader="孙　丽", mode="single", tasks=[
            ("11", "深化农村集体产权制度改革，村级集体经济收入10万元以上的村占比达到60%。",
             "县农业农村局", "县财政局、各乡镇人民政府", "2025年12月底"),
        ]),
    ]),
    ("三、促振兴，加快农业农村现代化（6项）", [
        dict(leader="孙　丽", mode="para", tasks=[
            ("12", "稳定粮食生产，全年粮食播种面积稳定在45万亩以上，新建高标准农田3万亩。",
             "县农业农村局", "县财政局、县水利局、各乡镇人民政府", "2025年10月底"),
            ("13", "做强茶叶、中药材等特色产业，新培育市级以上农业产业化龙头企业5家。",
             "县农业农村局", "县林业局、县市场监督管理局", "2025年12月底"),
            ("14", "实施农村供水保障工程，新建改造农村集中供水工程12处，农村自来水普及率达到92%。",
             "县水利局", "县卫生健康局、县财政局", "2025年11月底"),
            ("15", "巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制，守牢不发生规模性返贫致贫底线。",
             "县农业农村局", "县人力资源和社会保障局、县医疗保障局、县教育局、县民政局", "持续推进"),
        ]),
        dict(leader="何明轩", mode="para", tasks=[
            ("16", "深入推进农村人居环境整治，完成农村户厕改造2000户，农村生活垃圾无害化处理率达到95%。",
             "县住房和城乡建设局", "县农业农村局、市生态环境局棠峪分局", "2025年12月底"),
            ("17", "实施“四好农村路”提质工程，新改建农村公路80公里，完成危桥改造6座。",
             "县交通运输局", "县公路事业发展中心、县财政局，各乡镇人民政府", "2025年11月底"),
        ]),
    ]),
    ("四、建城市，提升城乡功能品质（5项）", [
        dict(leader="何明轩", mode="vmerge", tasks=[
            ("18", "推进县城城市更新，改造老旧小区16个、城中村2个，加装电梯30部。",
             "县住房和城乡建设局", "县自然资源局、县财政局、街道办事处", "2025年12月底"),
            ("19", "加快县城第二水厂及配套管网建设，6月底前建成通水，新增日供水能力3万吨。",
             "县住房和城乡建设局", "县城市建设投资有限公司", "2025年6月底"),
            ("20", "开展城市管理“精细化提升年”活动，新增公共停车泊位1500个。",
             "县城市管理局", "县公安局、县住房和城乡建设局", "2025年10月底"),
            ("21", "加快国土空间规划实施，完成县城控制性详细规划全覆盖。",
             "县自然资源局", "/", "2025年9月底"),
        ]),
        dict(leader="孙　丽", mode="vmerge", tasks=[
            ("22", "深入打好蓝天碧水净土保卫战，PM2.5平均浓度控制在32微克/立方米以内，县控以上断面水质优良率100%。",
             "市生态环境局棠峪分局", "县住房和城乡建设局、县交通运输局、县农业农村局、县公安局", "2025年12月底"),
        ]),
    ]),
    ("五、惠民生，增进人民群众福祉（6项）", [
        dict(leader="刘晓梅", mode="para", tasks=[
            ("23", "新建城区第三小学，新增学位1800个，完成农村薄弱学校改造8所。",
             "县教育局", "县住房和城乡建设局、县自然资源局、县财政局", "2025年8月底"),
            ("24", "推进紧密型县域医共体建设，县人民医院通过三级医院评审，乡镇卫生院全部达到国家服务能力基本标准。",
             "县卫生健康局", "县医疗保障局、县财政局", "2025年12月底",
             # the clerk lined the columns up against the first wording and
             # lengthened the task afterwards without adding an Enter elsewhere
             "推进紧密型县域医共体建设，县人民医院通过三级医院评审。"),
            ("25", "城镇新增就业3000人，农村劳动力转移就业1.2万人，城镇调查失业率控制在5.5%以内。",
             "县人力资源和社会保障局", "各乡镇人民政府、街道办事处", "2025年12月底"),
            ("26", "办好第五届棠峪山地马拉松，创建省级全域旅游示范区。",
             "县文化广电和旅游局", "县公安局、县卫生健康局、县交通运输局、棠峪山风景区管理委员会", "2025年11月底"),
        ]),
        dict(leader="杨国栋", mode="br", tasks=[
            ("27", "深化平安棠峪建设，常态化开展扫黑除恶斗争，群众安全感测评保持在98%以上。",
             "县公安局", "县司法局、县信访局", "持续推进"),
            ("28", "开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。",
             "县应急管理局", "县直各负有安全生产监管职责的部门", "持续推进"),
        ]),
    ]),
    ("六、转作风，建设人民满意政府（4项）", [
        dict(leader="陈建华", mode="para", tasks=[
            ("29", "认真办理人大代表建议和政协委员提案，按时办复率达到100%。",
             "县人民政府办公室", "县直各承办单位", "2025年10月底"),
            ("30", "严格落实过紧日子要求，一般性支出压减5%以上。",
             "县财政局", "/", "2025年12月底"),
            ("31", "深化政务公开，完成县政府门户网站集约化改版。",
             "县人民政府办公室", "县数据资源管理局", "2025年6月底"),
        ]),
        dict(leader="王勇", mode="single", tasks=[
            ("32", "加强审计监督，实现县属国有企业审计全覆盖。",
             "县审计局", "县财政局", "2025年12月底"),
        ]),
    ]),
]

# ---------------------------------------------------------------- layout
# landscape A4, margins 2.5 cm left/right; column widths (cm)
COLS = [("序号", 1.2), ("工作任务", 9.1), ("责任县领导", 3.0),
        ("牵头单位", 4.0), ("配合单位", 5.0), ("完成时限", 3.4)]
CELL_MARGIN_CM = 0.19 * 2
TFS = 10.5  # 五号


HANG = set("，。、；：！？）》”’％,.;:!?)%")


def is_ascii(ch):
    return ord(ch) < 0x2000


def n_lines(s, col_cm, digit_w=0.5, gap=0.25, slack=0.0):
    """Lines an entry takes in a cell: greedy fill, CJK 1 em, ASCII digit_w em,
    gap em between CJK and ASCII (Word's automatic spacing), closing punctuation
    allowed to hang past the margin (Word's default for Chinese)."""
    if s == "":
        return 1
    cap = (col_cm - CELL_MARGIN_CM) / 2.54 * 72 / TFS - slack
    lines, cur, prev = 1, 0.0, None
    for ch in s:
        w = digit_w if is_ascii(ch) else 1.0
        if prev is not None and is_ascii(ch) != is_ascii(prev) and ch not in HANG and prev not in HANG:
            w += gap
        if cur + w > cap + 1e-9:
            if ch in HANG:
                cur += w
                prev = ch
                continue
            lines += 1
            cur = digit_w if is_ascii(ch) else 1.0
        else:
            cur += w
        prev = ch
    return lines


def borderline(s, col_cm):
    a = n_lines(s, col_cm, 0.5, 0.25, 0.0)
    b = n_lines(s, col_cm, 0.62, 0.3, 0.5)
    return a != b


def set_run_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", font=FS, size=16, align=None, bold=None,
         color=None, first_indent=None, line_exact=28, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line_exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line_exact)
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if text:
        r = p.add_run(text)
        set_run_font(r, font, size, bold, color)
    return p


def red_rule(p):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "18")
    b.set(qn("w:space"), "6")
    b.set(qn("w:color"), "FF0000")
    bdr.append(b)
    ppr.insert_element_before(
        bdr, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
        "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
        "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
        "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
        "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
        "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def cell_width(cell, cm):
    tcpr = cell._tc.get_or_add_tcPr()
    w = tcpr.find(qn("w:tcW"))
    if w is None:
        w = OxmlElement("w:tcW")
        tcpr.insert(0, w)
    w.set(qn("w:w"), str(int(round(cm / 2.54 * 1440))))
    w.set(qn("w:type"), "dxa")


def cell_valign(cell, v):
    assert v == "center"
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


def cell_vmerge(cell, restart):
    tcpr = cell._tc.get_or_add_tcPr()
    vm = tcpr.get_or_add_vMerge()
    vm.set(qn("w:val"), "restart" if restart else "continue")


def cell_para(cell, text, first=False, align=None, bold=False, font=FS):
    if first:
        p = cell.paragraphs[0]
    else:
        p = cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(16)
    if align is not None:
        p.alignment = align
    if text:
        r = p.add_run(text)
        set_run_font(r, font, TFS, bold)
    return p


def row_props(row, header=False):
    trpr = row._tr.get_or_add_trPr()
    cs = OxmlElement("w:cantSplit")
    trpr.append(cs)
    if header:
        th = OxmlElement("w:tblHeader")
        trpr.append(th)


CENTER = WD_ALIGN_PARAGRAPH.CENTER
LEFT = WD_ALIGN_PARAGRAPH.LEFT
JUST = WD_ALIGN_PARAGRAPH.JUSTIFY


def fill_stacked(row, tasks, leader, use_br=False):
    """One row, several tasks: each column's entries in task order, padded with
    empty paragraphs (or line breaks) so that every entry starts level with its task."""
    cols = [c for c in row.cells]
    entries = []  # per column list of entries
    measured = []
    for t in tasks:
        tid, text, lead, coop, dl = t[:5]
        entries.append([tid, text, None, lead, coop, dl])
        measured.append([tid, t[5] if len(t) > 5 else text, None, lead, coop, dl])
    bands = []
    for e in measured:
        h = 1
        for ci, val in enumerate(e):
            if val is None:
                continue
            h = max(h, n_lines(val, COLS[ci][1]))
        bands.append(h)
    aligns = [CENTER, JUST, CENTER, LEFT, LEFT, CENTER]
    for ci in range(6):
        cell = cols[ci]
        if ci == 2:
            cell_para(cell, leader, first=True, align=CENTER)
            cell_valign(cell, "center")
            continue
        if not use_br:
            first = True
            for k, e in enumerate(entries):
                val = e[ci]
                cell_para(cell, val, first=first, align=aligns[ci])
                first = False
                if k < len(entries) - 1:
                    pad = bands[k] - n_lines(measured[k][ci], COLS[ci][1])
                    for _ in range(pad):
                        cell_para(cell, "", align=aligns[ci])
        else:
            p = cell_para(cell, "", first=True, align=aligns[ci])
            for k, e in enumerate(entries):
                val = e[ci]
                r = p.add_run(val)
                set_run_font(r, FS, TFS)
                if k < len(entries) - 1:
                    pad = bands[k] - n_lines(val, COLS[ci][1])
                    for _ in range(pad + 1):
                        r.add_break(WD_BREAK.LINE)


def fill_single(row, t, leader, leader_cell=True):
    tid, text, lead, coop, dl = t[:5]
    vals = [tid, text, leader, lead, coop, dl]
    aligns = [CENTER, JUST, CENTER, LEFT, LEFT, CENTER]
    for ci, cell in enumerate(row.cells):
        if ci == 2 and not leader_cell:
            cell_para(cell, "", first=True, align=CENTER)
            continue
        cell_para(cell, vals[ci], first=True, align=aligns[ci])
        if ci == 2:
            cell_valign(cell, "center")


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
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), FS)

    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)

    # 版头
    para(doc, "", line_exact=28)
    para(doc, "棠峪县人民政府办公室文件", font=XBS, size=36, align=CENTER,
         color="FF0000", line_exact=None, before=24)
    para(doc, "", line_exact=28)
    p = para(doc, "棠政办发〔2025〕6号", align=CENTER, line_exact=28)
    red_rule(p)
    para(doc, "", line_exact=28)
    # 标题 (two lines by a manual line break)
    p = para(doc, "", align=CENTER, line_exact=35)
    r = p.add_run("棠峪县人民政府办公室关于印发2025年")
    set_run_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("县政府工作报告重点工作任务分工的通知")
    set_run_font(r, XBS, 22)
    para(doc, "", line_exact=28)
    para(doc, "各乡镇人民政府、街道办事处，县政府各部门、各直属机构：")
    body = [
        "《2025年棠峪县人民政府工作报告》已经县十八届人大五次会议审议通过。为确保报告确定的各项目标任务落到实处，经县人民政府同意，现将《2025年县政府工作报告重点工作任务分工》印发给你们，并就有关事项通知如下：",
    ]
    for t in body:
        para(doc, t, first_indent=32)
    reqs = [
        ("一、压实工作责任。", "各责任县领导要加强对分管领域重点工作的统筹调度，定期听取汇报，及时协调解决推进中的困难和问题。各牵头单位是任务落实的第一责任主体，主要负责同志要亲自研究部署；各配合单位要按照职责分工主动对接、积极配合，形成工作合力。"),
        ("二、细化推进措施。", "各牵头单位要对照任务分工，于3月15日前制定具体推进方案，明确时间表、路线图和责任人，经责任县领导审定后报县政府督查室备案。"),
        ("三、强化督查考核。", "各牵头单位于每季度末月25日前将任务推进情况书面报送县政府督查室（联系人：刘　洋，联系电话：6213579）。县政府督查室将定期通报任务进展情况，推进情况纳入年度目标绩效考核。"),
    ]
    for head, tail in reqs:
        p = para(doc, "", first_indent=32)
        r = p.add_run(head)
        set_run_font(r, HT, 16)
        r = p.add_run(tail)
        set_run_font(r, FS, 16)
    para(doc, "", line_exact=28)
    para(doc, "附件：2025年县政府工作报告重点工作任务分工", first_indent=32)
    para(doc, "", line_exact=28)
    para(doc, "", line_exact=28)
    para(doc, "棠峪县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p = para(doc, "2025年2月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(32)
    para(doc, "（此件公开发布）", first_indent=32)

    # 附件: landscape section
    sec2 = doc.add_section()
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width = Cm(29.7)
    sec2.page_height = Cm(21.0)
    sec2.top_margin = Cm(2.5)
    sec2.bottom_margin = Cm(2.2)
    sec2.left_margin = Cm(2.0)
    sec2.right_margin = Cm(2.0)
    para(doc, "附件", font=HT, size=16)
    para(doc, "2025年县政府工作报告重点工作任务分工", font=XBS, size=22,
         align=CENTER, line_exact=36, after=6)

    table = doc.add_table(rows=0, cols=6)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False  # w:tblLayout fixed
    grid = table._tbl.tblGrid
    for gc, (_, cm) in zip(grid.findall(qn("w:gridCol")), COLS):
        gc.set(qn("w:w"), str(int(round(cm / 2.54 * 1440))))

    def new_row(header=False):
        row = table.add_row()
        row_props(row, header)
        for c, (_, cm) in zip(row.cells, COLS):
            cell_width(c, cm)
        return row

    hr = new_row(header=True)
    for c, (name, _) in zip(hr.cells, COLS):
        cell_para(c, name, first=True, align=CENTER, font=HT)
        cell_valign(c, "center")

    for title, rows in PARTS:
        pr = new_row()
        m = pr.cells[0].merge(pr.cells[5])
        pp = cell_para(m, title, first=True, align=LEFT, font=HT)
        pp.paragraph_format.keep_with_next = True
        for rd in rows:
            mode = rd["mode"]
            if mode in ("para", "br"):
                row = new_row()
                fill_stacked(row, rd["tasks"], rd["leader"], use_br=(mode == "br"))
            elif mode == "single":
                row = new_row()
                fill_single(row, rd["tasks"][0], rd["leader"])
            elif mode == "vmerge":
                made = []
                for k, t in enumerate(rd["tasks"]):
                    row = new_row()
                    fill_single(row, t, rd["leader"], leader_cell=(k == 0))
                    made.append(row)
                for r2 in made[:-1]:
                    for c2 in r2.cells:
                        for p2 in c2.paragraphs:
                            p2.paragraph_format.keep_with_next = True
                if len(made) > 1:
                    # vertical merge by hand: the leader's name only in the top cell
                    cell_vmerge(made[0].cells[2], True)
                    for r2 in made[1:]:
                        cell_vmerge(r2.cells[2], False)

    para(doc, "", line_exact=16)
    para(doc, "注：1．表中同一行列有多项任务的，各项任务的牵头单位、配合单位和完成时限按先后顺序与任务逐项对应，该行所列责任县领导对本行各项任务负责。",
         font=FS, size=12, line_exact=20)
    p = para(doc, "2．配合单位栏为“/”的，该项任务无配合单位。", font=FS, size=12, line_exact=20)
    p.paragraph_format.left_indent = Pt(24)

    # 版记: portrait again
    sec3 = doc.add_section()
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width = Cm(21.0)
    sec3.page_height = Cm(29.7)
    sec3.top_margin = Cm(3.7)
    sec3.bottom_margin = Cm(3.5)
    sec3.left_margin = Cm(2.8)
    sec3.right_margin = Cm(2.6)
    for _ in range(18):
        para(doc, "", line_exact=28)
    p = para(doc, "抄送：县委办公室，县人大常委会办公室，县政协办公室。", size=14, line_exact=28)
    p.paragraph_format.left_indent = Pt(14)
    p = para(doc, "棠峪县人民政府办公室　　　　　　　　　2025年2月26日印发", size=14, line_exact=28)
    p.paragraph_format.left_indent = Pt(14)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 26, 9, 30, 0)
    cp.author = "县政府办"
    cp.last_modified_by = "县政府办"
    cp.title = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed entry times so the bytes are the same every run
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    with open(DOCX, "wb") as f:
        f.write(out.getvalue())


def split_units(s):
    if s in ("/", ""):
        return []
    out = []
    cur = ""
    depth = 0
    for ch in s:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if depth == 0 and ch in "、，；":
            if cur:
                out.append(cur)
            cur = ""
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def gold():
    recs = []
    for title, rows in PARTS:
        for rd in rows:
            leaders = [x.replace("　", "").replace(" ", "") for x in split_units(rd["leader"])]
            for t in rd["tasks"]:
                tid, text, lead, coop, dl = t[:5]
                lu = split_units(lead)
                cu = split_units(coop)
                recs.append({
                    "id": tid,
                    "marker": tid,
                    "head": text[:12],
                    "responsible_units": lu + cu,
                    "lead_units": lu,
                    "cooperating_units": cu,
                    "leaders": leaders,
                    "deadline": dl,
                })
    with open(GOLD, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    build()
    gold()
    print("wrote", DOCX, "and", GOLD)
