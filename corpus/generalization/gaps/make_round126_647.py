#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 126 / 647 (control case): an ordinary 县人民政府办公室 red-header Word notice
printing the year's 县级民生实事项目 as a landscape 附件 table
序号 / 项目名称 / 建设内容及目标 / 责任县领导 / 牵头单位 / 责任单位 / 完成时限.

Writes (deterministically):
  647_yunping_xian_minsheng_shishi_xiangmu_fengong.docx
  647_yunping_xian_minsheng_shishi_xiangmu_fengong.tasks.gold.jsonl

Place and person names are invented.
"""
import datetime
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "647_yunping_xian_minsheng_shishi_xiangmu_fengong"
DOCX = os.path.join(HERE, NAME + ".docx")
GOLD = os.path.join(HERE, NAME + ".tasks.gold.jsonl")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)

# --------------------------------------------------------------------------
# The projects.  Each row: (marker, content, lead cell, helper cell, deadline)
# A cell value None means "merged with the cell above" (vertical merge).
# A "\n" inside a cell value starts a new paragraph inside the cell.
# --------------------------------------------------------------------------
P = []


def proj(no, name, leader, rows):
    P.append(dict(no=no, name=name, leader=leader, rows=rows))


proj(1, "城乡教育提质工程", "周立新", [
    ("1.", "新建县第三实验小学，新增学位1800个，2025年秋季学期投入使用。",
     "县教育局", "县发展和改革局、县财政局、县自然资源局、县住房和城乡建设局、城关街道办事处", "2025年8月底"),
    ("2.", "改造提升乡镇寄宿制学校8所，完成学生宿舍、食堂、旱厕等设施改造。",
     None, "县财政局、有关乡镇人民政府", "2025年10月底"),
    ("3.", "为全县公办中小学教室更换护眼照明灯具1200套，实现城乡学校教室照明达标全覆盖。",
     None, "县财政局", "2025年8月底"),
])
# leader cell of project 2 is merged with project 1's (same 分管县领导)
proj(2, "学前教育扩容提质", None, [
    ("", "新建、改扩建公办幼儿园5所，新增普惠性学位900个，全县普惠性幼儿园覆盖率达到92%以上。",
     "县教育局", "县发展和改革局、县财政局、县住房和城乡建设局、各乡镇人民政府", "2025年12月底"),
])
proj(3, "基层医疗卫生服务能力提升", "何　静", [
    ("1.", "建成县人民医院急诊急救综合楼并投入使用，新增床位300张。",
     "县卫生健康局", "县人民医院、县发展和改革局、县财政局", "2025年11月底"),
    ("2.", "完成12个乡镇卫生院标准化提升改造，为每个卫生院配齐DR、彩超、全自动生化分析仪等设备。",
     None, "县财政局、各乡镇人民政府", "2025年12月底"),
    ("3.", "为全县65周岁及以上老年人开展1次免费健康体检，体检率达到70%以上。",
     None, "/", None),
])
proj(4, "城乡居民医疗保障", "何　静", [
    ("", "城乡居民基本医疗保险人均财政补助标准提高到每人每年700元，全县基本医疗保险参保率稳定在95%以上。",
     "县医疗保障局", "县财政局、县税务局、县卫生健康局、各乡镇人民政府（街道办事处）", "2025年12月底"),
])
proj(5, "养老服务提质", "李红梅", [
    ("1.", "新建社区居家养老服务中心4个、农村互助幸福院10个，城区社区养老服务设施覆盖率达到100%。",
     "县民政局", "县发展和改革局、县财政局、县住房和城乡建设局、有关乡镇人民政府、街道办事处", "2025年11月底"),
    ("2.", "为200户特殊困难失能、半失能老年人家庭实施居家适老化改造。",
     None, "县残疾人联合会、各乡镇人民政府（街道办事处）", "2025年10月底"),
])
proj(6, "就业创业促进", "李红梅", [
    ("1.", "城镇新增就业3200人，帮助就业困难人员实现就业300人，城镇调查失业率控制在5.5%以内。",
     "县人力资源和社会保障局", "县财政局、县工业和信息化局、各乡镇人民政府（街道办事处）", "2025年12月底"),
    ("2.", "开展职业技能培训5000人次，建成县级零工市场1个、乡镇（街道）零工驿站6个。",
     "县人社局", "县财政局，县总工会、团县委", None),
])
proj(7, "农村饮水安全巩固提升", "赵国平", [
    ("1.", "实施城乡供水一体化工程，新建、改造供水管网85公里，惠及农村群众3.2万人。",
     "县水利局", "县发展和改革局、县财政局、县自然资源局、县城乡供水有限公司", "2025年12月底"),
    ("2.", "开展农村集中供水工程水质检测全覆盖，农村自来水普及率达到93%。",
     "县水利局、县卫生健康局", "县疾病预防控制中心、各乡镇人民政府", None),
])
proj(8, "城乡交通出行改善", "赵国平", [
    ("1.", "新改建农村公路120公里，完成危桥改造15座，新增农村公路安全生命防护工程80公里。",
     "县交通运输局", "县财政局、县自然资源局、县公安局交通管理大队、各乡镇人民政府", "2025年11月底"),
    ("2.", "改造提升城区背街小巷22条，同步完善雨污分流、路灯、绿化等配套设施。",
     "县住房和城乡建设局", "县城市管理局、城关街道办事处、东湖街道办事处", "2025年10月底"),
    ("3.", "新增城区公共停车泊位1500个，新建公交候车亭30座。",
     "县城市管理局", "县公安局、县交通运输局、县自然资源局", "2025年12月底"),
])
proj(9, "城镇老旧小区改造", "赵国平\n孙建华", [
    ("1.", "改造城镇老旧小区14个，惠及居民2860户，同步改造小区供水、供电、供气等管网设施。",
     "县住房和城乡建设局", "县发展和改革局、县财政局、县自然资源局、国网筠屏县供电公司、\n城关街道办事处、东湖街道办事处", "2025年12月底"),
    ("2.", "推进既有住宅加装电梯30部。",
     None, "县市场监督管理局、县自然资源局、城关街道办事处、东湖街道办事处", None),
])
proj(10, "食品安全守护", "孙建华", [
    ("1.", "完成食品安全监督抽检3200批次，建成农贸市场食品快检室12个，实现城区农贸市场全覆盖。",
     "县市场监督管理局", "县农业农村局、县商务局、县卫生健康局", "2025年12月底"),
    ("2.", "新建、改造提升农贸市场3个。",
     "县商务局", "县市场监督管理局、县自然资源局、县住房和城乡建设局、有关乡镇人民政府", "2025年9月底"),
])
proj(11, "文体惠民", "陈晓燕", [
    ("（1）", "新建城市书房5个、全民健身中心1个，公共文化体育设施全部免费或低收费开放。",
     "县文化广电体育和旅游局", "县财政局、县自然资源局、县住房和城乡建设局", "2025年12月底"),
    ("（2）", "开展送戏下乡演出200场、农村公益电影放映2400场。",
     None, "各乡镇人民政府", None),
    ("（3）", "建设口袋公园8个、城区健身步道15公里。",
     "县城市管理局", "县文化广电体育和旅游局、县林业局、县住房和城乡建设局", "2025年10月底"),
])
proj(12, "困难群众兜底保障", "李红梅", [
    ("1.", "城乡低保标准分别提高到每人每月760元、580元，特困人员基本生活标准同步提高。",
     "县民政局", "县财政局", "2025年6月底"),
    ("2.", "为1200名残疾人提供基本康复服务，为困难重度残疾人家庭实施无障碍改造150户。",
     "县残疾人联合会", "县民政局、县财政局、县卫生健康局、各乡镇人民政府（街道办事处）", "2025年11月底"),
])
proj(13, "平安筠屏建设", "钱　坤", [
    ("1.", "新建（改造）智慧安防小区40个，新增公共区域视频监控点位600个。",
     "县公安局", "县委政法委、县住房和城乡建设局、各乡镇人民政府（街道办事处）", "2025年12月底"),
    ("2.", "在城区住宅小区新建电动自行车集中充电设施2000个，消除“飞线充电”隐患。",
     "县住房和城乡建设局", "县消防救援大队、县市场监督管理局、国网筠屏县供电公司", "2025年9月底"),
])
proj(14, "政务服务便民提效", "孙建华", [
    ("1.", "推出“高效办成一件事”重点事项20项，实现企业和群众办事“一窗受理、一次办结”。",
     "县政务服务和数据管理局", "县直有关单位", "2025年12月底"),
    ("2.", "建成乡镇（街道）“15分钟政务服务圈”，村（社区）便民服务代办点覆盖率达到100%。",
     None, "各乡镇人民政府、街道办事处", "2025年11月底"),
])


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def set_run_font(run, name, size=None, bold=False, color=None):
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
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None, indent=False,
         color=None, space_before=0, space_after=0, line=None):
    p = doc_or_cell.add_paragraph()
    fmt = p.paragraph_format
    fmt.space_before = Pt(space_before)
    fmt.space_after = Pt(space_after)
    if line is not None:
        fmt.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if indent:
        fmt.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        set_run_font(r, font, size, bold, color)
    return p


def runs(p, parts, size=16):
    """parts: list of (text, font, bold)"""
    for text, font, bold in parts:
        r = p.add_run(text)
        set_run_font(r, font, size, bold)


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


def add_page_field(p, size=14):
    def r(text=None, fld=None, instr=None):
        run = p.add_run()
        set_run_font(run, "宋体", size)
        if fld:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), fld)
            run._r.append(fc)
        elif instr:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = instr
            run._r.append(it)
        else:
            run.text = text
    r("— ")
    r(fld="begin")
    r(instr=" PAGE ")
    r(fld="separate")
    r("1")
    r(fld="end")
    r(" —")


def cell_text(cell, text, font=FS, size=11, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    lines = text.split("\n")
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(16)
        if line:
            r = p.add_run(line)
            set_run_font(r, font, size, bold)


def set_cell_width(cell, cm):
    cell.width = Cm(cm)


def set_repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit")
    trpr.append(e)


def table_borders(table, sz=4):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


def set_margins(section, top, bottom, left, right):
    section.top_margin = Cm(top)
    section.bottom_margin = Cm(bottom)
    section.left_margin = Cm(left)
    section.right_margin = Cm(right)


# --------------------------------------------------------------------------
# document
# --------------------------------------------------------------------------
def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    set_margins(sec, 3.7, 3.5, 2.8, 2.6)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    # ---- 版头
    pass
    para(doc, "", size=16)
    para(doc, "", size=16)
    p = para(doc, "筠屏县人民政府办公室文件", font=XBS, size=34, color=RED,
             align=WD_ALIGN_PARAGRAPH.CENTER, line=60)
    para(doc, "", size=16)
    para(doc, "", size=16)
    p = para(doc, "筠政办发〔2025〕7号", font=FS, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p)
    para(doc, "", size=16)
    para(doc, "", size=16)

    # ---- 标题
    para(doc, "筠屏县人民政府办公室", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    para(doc, "关于印发2025年县级民生实事项目责任分工的通知", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    para(doc, "", size=16)

    # ---- 主送 + 正文
    L = 28.95
    para(doc, "各乡镇人民政府、街道办事处，县政府各部门，县直有关单位：", line=L)
    para(doc, "2025年县级民生实事项目已经县第十八届人民代表大会第五次会议票决产生。为确保各项目"
              "按时保质完成，经县人民政府同意，现将《2025年县级民生实事项目责任分工表》印发给你们，"
              "并就有关事项通知如下：", indent=True, line=L)
    p = para(doc, "", indent=True, line=L)
    runs(p, [("一、压实工作责任。", HT, False),
             ("各项目责任县领导要履行牵头抓总职责，定期听取项目进展情况汇报，协调解决项目推进中的"
              "重大问题。牵头单位是项目实施的第一责任单位，对项目推进负总责，主要负责同志要亲自研究、"
              "亲自部署；责任单位要按照职责分工，主动配合牵头单位做好相关工作，不推诿、不扯皮。"
              "同一项目有两个牵头单位的，两个牵头单位要加强沟通衔接，共同抓好落实。", FS, False)])
    p = para(doc, "", indent=True, line=L)
    runs(p, [("二、加快项目实施。", HT, False),
             ("各牵头单位要于2025年3月31日前制定项目实施方案，明确年度目标、建设内容、资金来源、"
              "实施步骤和完成时限，经责任县领导审定后报县政府办公室备案。涉及项目建设的，要倒排工期、"
              "挂图作战，严格落实工程质量和安全生产责任，确保项目按期建成、发挥效益。", FS, False)])
    p = para(doc, "", indent=True, line=L)
    runs(p, [("三、强化督查考核。", HT, False),
             ("民生实事项目实行月调度、季通报制度。各牵头单位要于每月25日前将项目进展情况报县政府"
              "督查室，县政府督查室每季度通报一次推进情况。项目完成情况纳入全县年度目标绩效考核，"
              "年底由县人大常委会组织代表进行满意度测评。对工作推进不力、未按期完成目标任务的，"
              "将按有关规定严肃问责。", FS, False)])
    para(doc, "", line=L)
    p = para(doc, "", indent=True, line=L)
    runs(p, [("附件：2025年县级民生实事项目责任分工表", FS, False)])
    para(doc, "", line=L)
    para(doc, "", line=L)
    p = para(doc, "筠屏县人民政府办公室", line=L, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 2)
    p = para(doc, "2025年3月14日", line=L, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 3)
    para(doc, "", line=L)
    para(doc, "（此件公开发布）", indent=True, line=L)

    # ---- 附件: landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width = Cm(29.7)
    sec2.page_height = Cm(21.0)
    set_margins(sec2, 2.6, 2.4, 2.5, 2.5)
    para(doc, "附件", font=HT, size=16, line=28)
    para(doc, "", size=16, line=20)
    para(doc, "2025年县级民生实事项目责任分工表", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    para(doc, "", size=12, line=16)

    heads = ["序号", "项目名称", "建设内容及目标", "责任县领导", "牵头单位", "责任单位", "完成时限"]
    widths = [1.3, 2.7, 7.7, 2.0, 3.2, 5.5, 2.3]
    nrows = 1 + sum(len(x["rows"]) for x in P)
    t = doc.add_table(rows=nrows, cols=7)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    table_borders(t)
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for r in t.rows:
        cant_split(r)
        for i, c in enumerate(r.cells):
            set_cell_width(c, widths[i])
    hr = t.rows[0]
    set_repeat_header(hr)
    for i, h in enumerate(heads):
        cell_text(hr.cells[i], h, font=HT, size=12)

    # fill, then merge
    r0 = 1
    leader_anchor = None  # (row index, text) for leader merges across projects
    merges = []           # (col, top row, bottom row)
    for pr in P:
        n = len(pr["rows"])
        top, bot = r0, r0 + n - 1
        cell_text(t.cell(top, 0), str(pr["no"]))
        cell_text(t.cell(top, 1), pr["name"])
        if n > 1:
            merges.append((0, top, bot))
            merges.append((1, top, bot))
        # leader column
        if pr["leader"] is not None:
            cell_text(t.cell(top, 3), pr["leader"])
            leader_anchor = top
        if pr["leader"] is None:
            merges.append((3, leader_anchor, bot))
        elif n > 1:
            merges.append((3, top, bot))
        for k, (mk, content, lead, coop, dl) in enumerate(pr["rows"]):
            ri = r0 + k
            cell_text(t.cell(ri, 2), mk + content, align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(t.cell(ri, 5), coop, align=WD_ALIGN_PARAGRAPH.LEFT if coop != "/" else WD_ALIGN_PARAGRAPH.CENTER)
            for col, val in ((4, lead), (6, dl)):
                if val is not None:
                    cell_text(t.cell(ri, col), val)
                else:
                    # extend merge of the cell above
                    last = [m for m in merges if m[0] == col and m[2] == ri - 1]
                    if last:
                        merges.remove(last[0])
                        merges.append((col, last[0][1], ri))
                    else:
                        merges.append((col, ri - 1, ri))
        r0 += n
    for col, a, b in merges:
        if a == b:
            continue
        keep = t.cell(a, col)
        # clear the empty paragraph of lower cells so merging adds nothing
        m = keep.merge(t.cell(b, col))
        # python-docx merge moves non-empty content; drop trailing empty paragraphs
        ps = m.paragraphs
        while len(ps) > 1 and not ps[-1].text:
            ps[-1]._p.getparent().remove(ps[-1]._p)
            ps = m.paragraphs

    p = para(doc, "", size=12, line=18)
    p = para(doc, "注：责任单位中的“有关乡镇人民政府”指项目建设所在地乡镇人民政府；各项目完成时限为"
                  "年度目标任务完成时间，跨年度实施的按实施方案推进。", font=FS, size=12, line=18)

    # ---- 版记 on a portrait last page
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width = Cm(21.0)
    sec3.page_height = Cm(29.7)
    set_margins(sec3, 3.7, 3.5, 2.8, 2.6)
    for _ in range(18):
        para(doc, "", size=16, line=28)
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = bj._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge, sz in (("top", 12), ("bottom", 12), ("insideH", 4)):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    for edge in ("left", "right", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)
    c = bj.cell(0, 0)
    cell_text(c, "抄送：县委办公室，县人大常委会办公室，县政协办公室。", size=14,
              align=WD_ALIGN_PARAGRAPH.LEFT)
    c.paragraphs[0].paragraph_format.left_indent = Pt(14)
    c = bj.cell(1, 0)
    cell_text(c, "筠屏县人民政府办公室　　　　　　　　　　　2025年3月14日印发", size=14,
              align=WD_ALIGN_PARAGRAPH.LEFT)
    c.paragraphs[0].paragraph_format.left_indent = Pt(14)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 3, 14, 9, 0, 0)
    cp.author = "县政府办公室"
    cp.last_modified_by = "县政府办公室"
    cp.title = "筠屏县人民政府办公室关于印发2025年县级民生实事项目责任分工的通知"
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


# --------------------------------------------------------------------------
# gold
# --------------------------------------------------------------------------
def split_units(s):
    if s.strip() in ("/", "无", ""):
        return []
    s = s.replace("\n", "")
    out, buf, depth = [], "", 0
    for ch in s:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if ch in "、，；" and depth == 0:
            if buf:
                out.append(buf)
            buf = ""
        else:
            buf += ch
    if buf:
        out.append(buf)
    return out


def gold():
    recs = []
    cur_leader = None
    for pr in P:
        if pr["leader"] is not None:
            cur_leader = [x.replace("　", "") for x in split_units(pr["leader"].replace("\n", "、"))]
        lead = dl = None
        for mk, content, l, coop, d in pr["rows"]:
            if l is not None:
                lead = l
            if d is not None:
                dl = d
            leads = split_units(lead)
            coops = split_units(coop)
            if mk:
                num = mk.strip("（）.．")
                rid = "%d.%s" % (pr["no"], num)
                head = content[:12]
                marker = mk
            else:
                rid = str(pr["no"])
                head = pr["name"][:12]
                marker = str(pr["no"])
            recs.append(dict(id=rid, marker=marker, head=head,
                             responsible_units=leads + coops,
                             lead_units=leads, cooperating_units=coops,
                             leaders=list(cur_leader), deadline=dl))
    return recs


if __name__ == "__main__":
    save_deterministic(build(), DOCX)
    with open(GOLD, "w", encoding="utf-8") as f:
        for r in gold():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", DOCX, GOLD)
