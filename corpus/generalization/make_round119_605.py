#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Notice 605: a 省住房和城乡建设厅 红头 Word notice dividing its share of the
省政府工作报告 among 厅领导, 处室 and 直属单位 (附件 landscape table)."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

NAME = "605_xiujiang_zhujianting_gzbg_renwu_fengong.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)


def set_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.name = ascii_font
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:hint"), "eastAsia")


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(32) if indent else None
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    # 公文排版：不与网格对齐
    ppr = p._p.get_or_add_pPr()
    snap = OxmlElement("w:snapToGrid")
    snap.set(qn("w:val"), "0")
    ppr.append(snap)


def para(doc, text="", east=FS, size=16, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
         indent=True, line=28, color=None, before=0, after=0):
    p = doc.add_paragraph()
    fmt(p, align, indent, line, before, after)
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def mixed(doc, parts, indent=True):
    """parts: list of (text, east_font, bold)."""
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent)
    for text, east, bold in parts:
        set_font(p.add_run(text), east, 16, bold)
    return p


def border(p, side, color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        # pBdr must come before spacing/ind/jc etc.; put it after pStyle/keepNext if any
        ppr.insert(0, bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def page_footer(section):
    section.footer.is_linked_to_previous = False
    ft = section.footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14, ascii_font="宋体")
    r = p.add_run()
    set_font(r, "宋体", 14, ascii_font="宋体")
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    r._r.append(f1); r._r.append(it); r._r.append(f2)
    r2 = p.add_run("1")
    set_font(r2, "宋体", 14, ascii_font="宋体")
    r3 = p.add_run()
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    r3._r.append(f3)
    r = p.add_run(" —")
    set_font(r, "宋体", 14, ascii_font="宋体")


def cell_text(cell, lines, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    if isinstance(lines, str):
        lines = [lines]
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        pf = p.paragraph_format
        p.alignment = align
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(20)
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        if line:
            set_font(p.add_run(line), east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trpr.append(c)


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
    jc = tblpr.find(qn("w:jc"))
    jc.addnext(b)


# ---------------------------------------------------------------------------
# 分工表内容: (序号, 任务, 领导, 牵头, 配合, 时限)
# 领导 None = 与上一行合并（纵向合并）
# ---------------------------------------------------------------------------
PARTS = [
    ("一、推动房地产市场止跌回稳（6项）", [
        ("1", "因城施策调减限制性措施，支持各地用足用好住房信贷、税费等支持政策，更好满足刚性和多样化改善性住房需求。",
         ["贺明远", "周立新"], "房地产市场监管处", "住房公积金监管处、各市（州）住房城乡建设主管部门", "持续推进"),
        ("2", "有序推进收购存量商品房用作保障性住房，支持市县盘活存量闲置土地和商品房项目。",
         ["周立新"], "住房保障处、房地产市场监管处", "计划财务处、省住房保障服务中心", "2025年12月底前"),
        ("3", "推动构建房地产发展新模式，稳步开展商品房现房销售试点，完善“人、房、地、钱”要素联动机制。",
         None, "房地产市场监管处", "政策法规处、省城乡建设发展研究中心", "2025年12月底前"),
        ("4", "扎实做好保交房工作，压实各方责任，确保已售难交付项目应交尽交。",
         None, "房地产市场监管处", "/", "2025年6月底前取得阶段性成效"),
        ("5", "持续整治规范房地产市场秩序，依法查处违规销售、虚假宣传、捂盘惜售等行为。",
         None, "房地产市场监管处", "政策法规处", "2025年12月底前"),
        ("6", "推进物业服务提质扩面，开展“红色物业”示范创建，老旧小区物业服务覆盖率达到70%以上。",
         None, "房地产市场监管处", "城市更新处、机关党委", "2025年12月底前"),
    ]),
    ("二、深入实施城市更新行动（7项）", [
        ("7", "新开工改造城镇老旧小区1200个，完成既有住宅加装电梯800部。",
         ["陶文斌"], "城市更新处", "计划财务处", "2025年12月底前"),
        ("8", "稳步推进城中村改造和城市危旧房改造，新筹集改造安置住房1.5万套。",
         ["陶文斌", "周立新"], "城市更新处、住房保障处", "计划财务处、各市（州）住房城乡建设主管部门", "2025年12月底前"),
        ("9", "新建改造城市燃气、供水、排水、供热等老化管网2000公里以上。",
         ["陶文斌"], "城市建设处", "计划财务处、工程质量安全监管处", "2025年12月底前"),
        ("10", "全面开展城市体检，建立体检发现问题整治清单，推动“体检—更新”一体化。",
         None, "城市更新处", "省城乡建设发展研究中心、厅信息中心", "2025年10月底前"),
        ("11", "系统推进城市内涝治理，新建改造雨水管网300公里，完成易涝积水点整治80处。",
         None, "城市建设处", "/", "2025年汛期前完成重点点位整治"),
        ("12", "建设省市县三级城市运行管理服务平台，推进城市基础设施生命线安全工程建设。",
         None, "城市管理监督处", "厅信息中心、城市建设处", "2025年12月底前"),
        ("13", "推进完整社区建设试点，补齐社区养老、托育、健身等公共服务设施短板。",
         None, "城市更新处", "建筑节能与科技处", "2025年12月底前"),
    ]),
    ("三、健全住房保障体系（5项）", [
        ("14", "加快保障性住房建设和供给，新开工（筹集）保障性租赁住房2.3万套（间）。",
         ["周立新"], "住房保障处", "计划财务处、省住房保障服务中心", "2025年12月底前"),
        ("15", "发放城镇住房保障家庭租赁补贴3.5万户，做好城镇中等偏下收入住房困难家庭保障。",
         None, "住房保障处", "省住房保障服务中心", "2025年12月底前"),
        ("16", "扩大住房公积金制度覆盖面，支持灵活就业人员自愿缴存住房公积金。",
         None, "住房公积金监管处", "/", "2025年12月底前"),
        ("17", "推进住房公积金高频服务事项“跨省通办”“全程网办”，提升缴存职工办事便利度。",
         None, "住房公积金监管处", "厅信息中心", "2025年9月底前"),
        ("18", "推进“好房子”建设，出台我省住宅设计导则，开展一批“好房子”试点项目。",
         ["江振宇", "周立新"], "标准定额处、建筑节能与科技处", "房地产市场监管处、省建筑科学研究院", "2025年12月底前"),
    ]),
    ("四、推动建筑业转型升级（6项）", [
        ("19", "实施建筑业高质量发展三年行动，力争全省建筑业总产值增长5%以上。",
         ["侯　斌"], "建筑市场监管处", "计划财务处、省建设工程造价管理总站", "2025年12月底前"),
        ("20", "大力发展智能建造和装配式建筑，新开工装配式建筑占新建建筑面积比例达到30%。",
         ["侯　斌", "江振宇"], "建筑节能与科技处", "建筑市场监管处、标准定额处、省建筑科学研究院", "2025年12月底前"),
        ("21", "深化工程建设项目审批制度改革，全面推行联合验收，审批时间压减至80个工作日以内。",
         ["侯　斌"], "政策法规处", "建筑市场监管处、工程质量安全监管处、厅信息中心", "2025年12月底前"),
        ("22", "深入开展工程建设领域根治欠薪行动，落实农民工工资专用账户、工资保证金等制度。",
         None, "建筑市场监管处", "/", "持续推进"),
        ("23", "培育壮大骨干建筑企业，支持省内建筑企业开拓省外和境外市场。",
         None, "建筑市场监管处", "省建设执业资格注册中心", "2025年12月底前"),
        ("24", "开展工程质量提升行动，在商品住宅项目中推行工程质量潜在缺陷保险。",
         None, "工程质量安全监管处", "省建设工程质量安全监督总站", "2025年12月底前"),
    ]),
    ("五、提升城乡建设品质（5项）", [
        ("25", "推动城乡建设绿色低碳发展，新建城镇建筑全面执行绿色建筑标准，完成既有建筑节能改造200万平方米。",
         ["江振宇"], "建筑节能与科技处", "标准定额处、省建筑科学研究院", "2025年12月底前"),
        ("26", "加强历史文化名城名镇名村和传统村落保护利用，完成历史建筑测绘建档。",
         ["陶文斌"], "村镇建设处", "城市更新处", "2025年12月底前"),
        ("27", "实施农村低收入群体等重点对象危房改造和农房抗震改造3000户。",
         None, "村镇建设处", "计划财务处", "2025年10月底前"),
        ("28", "深入推进城市生活垃圾分类，设区市基本建成生活垃圾分类处理系统。",
         None, "城市管理监督处", "城市建设处", "2025年12月底前"),
        ("29", "建设全省住房城乡建设数据中心，推进“数字住建”应用场景建设。",
         ["江振宇"], "厅信息中心", "办公室、计划财务处", "2025年12月底前"),
    ]),
    ("六、守牢住房城乡建设领域安全底线（3项）", [
        ("30", "深化城镇燃气安全专项整治，加快老旧燃气管道和设施更新改造。",
         ["陶文斌"], "城市建设处", "工程质量安全监管处、各市（州）住房城乡建设主管部门", "2025年12月底前"),
        ("31", "开展房屋市政工程安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故。",
         ["侯　斌"], "工程质量安全监管处", "省建设工程质量安全监督总站、建筑市场监管处", "持续推进"),
        ("32", "推进城乡房屋安全隐患排查整治，建立房屋安全管理长效机制。",
         ["侯　斌", "周立新"], ["工程质量安全监管处", "房地产市场监管处"], "村镇建设处、城市更新处", "2025年12月底前"),
    ]),
]


PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
             "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku",
             "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi",
             "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
             "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap",
             "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"]


def fix_ppr_order(doc):
    """python-docx appends; Word wants the schema order inside w:pPr."""
    body = doc.element.body
    for ppr in body.iter(qn("w:pPr")):
        kids = list(ppr)
        def key(e):
            name = e.tag.split("}")[1]
            return PPR_ORDER.index(name) if name in PPR_ORDER else len(PPR_ORDER)
        kids.sort(key=key)
        for k in kids:
            ppr.remove(k)
        for k in kids:
            ppr.append(k)
    for sec in doc.sections:
        for p in sec.footer._element.iter(qn("w:pPr")):
            pass


def build():
    doc = Document()
    # default style
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.footer_distance = Cm(2.5)
    page_footer(sec)

    # ---- 版头 ----
    para(doc, "", line=28)
    para(doc, "", line=28)
    p = para(doc, "岫江省住房和城乡建设厅文件", east=XBS, size=30, align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, line=60, color=RED)
    # tighten characters a little like a real 版头
    para(doc, "", line=28)
    p = para(doc, "岫建发〔2025〕7号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18, 12)
    para(doc, "", line=28)

    # ---- 标题 ----
    para(doc, "岫江省住房和城乡建设厅", east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=36)
    para(doc, "关于分解落实2025年省政府工作报告", east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=36)
    para(doc, "重点任务的通知", east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=36)
    para(doc, "")

    # ---- 主送 ----
    para(doc, "厅机关各处室、各直属单位：", indent=False)

    # ---- 正文 ----
    para(doc, "为认真贯彻落实省十四届人大三次会议审议通过的《政府工作报告》，按照《岫江省人民政府办公厅"
              "关于印发2025年〈政府工作报告〉重点工作责任分工的通知》（岫政办发〔2025〕3号）要求，"
              "经厅党组研究，现将2025年省政府工作报告涉及我厅的32项重点任务分解落实到厅领导、"
              "处室和直属单位，并就有关事项通知如下。")
    para(doc, "一、提高思想认识", east=HT)
    para(doc, "省政府工作报告确定的重点任务，是省委、省政府对全年工作的重要部署。各处室、各直属单位要"
              "切实把思想和行动统一到省委、省政府决策部署上来，坚持目标导向、问题导向和结果导向，"
              "以钉钉子精神抓好各项任务落实，确保全面完成年度目标任务。")
    para(doc, "二、压实工作责任", east=HT)
    para(doc, "各项任务的责任厅领导要加强统筹调度，定期听取工作进展汇报，协调解决重大问题。牵头处室"
              "（单位）对任务落实负总责，要在3月15日前制定具体工作方案，明确时间表、路线图，"
              "细化工作措施；有两个牵头处室（单位）的，排在第一位的负责统筹协调和汇总报送。配合处室"
              "（单位）要按照职责分工，主动对接、积极配合，形成工作合力。")
    para(doc, "三、强化跟踪督办", east=HT)
    para(doc, "实行重点任务月调度、季通报制度。请各牵头处室（单位）于每月25日前将任务推进情况"
              "（含工作进展、存在问题及下步打算）报厅办公室，同时抄送对口联系的配合处室（单位）；"
              "需报送省政府督查室的，由厅办公室统一汇总后报送。厅办公室要会同驻厅纪检监察组加强"
              "督促检查，对工作推进不力、进展缓慢的，按规定予以通报。")
    para(doc, "联系人：厅办公室　刘　洋；联系电话：0871—6328 5107。")
    para(doc, "")
    p = mixed(doc, [("附件：", FS, False), ("2025年省政府工作报告涉及省住房城乡建设厅重点任务分工表", FS, False)])
    p.paragraph_format.left_indent = Pt(80)
    p.paragraph_format.first_line_indent = Pt(-48)
    para(doc, "")
    para(doc, "")
    para(doc, "")
    p = para(doc, "岫江省住房和城乡建设厅", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2025年2月28日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "")
    para(doc, "（此件主动公开）")

    # ---- 附件：横向 ----
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    sec2.top_margin, sec2.bottom_margin = Cm(2.8), Cm(2.6)
    sec2.left_margin, sec2.right_margin = Cm(3.0), Cm(2.6)
    page_footer(sec2)

    para(doc, "附件", east=HT, indent=False)
    para(doc, "")
    para(doc, "2025年省政府工作报告涉及省住房城乡建设厅", east=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    para(doc, "重点任务分工表", east=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    para(doc, "")

    widths = [Cm(1.2), Cm(9.4), Cm(2.6), Cm(3.8), Cm(4.7), Cm(2.4)]
    heads = ["序号", "重点任务", "责任厅领导", "牵头处室（单位）", "配合处室（单位）", "完成时限"]
    ncols = len(heads)
    table = doc.add_table(rows=1, cols=ncols)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    table_borders(table)
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    hdr = table.rows[0]
    repeat_header(hdr)
    cant_split(hdr)
    for i, h in enumerate(heads):
        hdr.cells[i].width = widths[i]
        cell_text(hdr.cells[i], h, east=HT, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)

    for part_title, rows in PARTS:
        r = table.add_row()
        cant_split(r)
        for i in range(ncols):
            r.cells[i].width = widths[i]
        m = r.cells[0].merge(r.cells[ncols - 1])
        cell_text(m, part_title, east=HT, size=12)
        leader_top = None
        for no, task, leaders, lead, coop, due in rows:
            r = table.add_row()
            cant_split(r)
            cells = r.cells
            for i in range(ncols):
                cells[i].width = widths[i]
            cell_text(cells[0], no, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(cells[1], task, size=12, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            if leaders is None:
                leader_top = leader_top.merge(cells[2])
            else:
                if len(leaders) == 2 and no == "1":
                    cell_text(cells[2], leaders, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
                else:
                    cell_text(cells[2], "、".join(leaders), size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
                leader_top = cells[2]
            cell_text(cells[3], lead, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(cells[4], coop, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(cells[5], due, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)

    # ---- 版记：纵向末页 ----
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    page_footer(sec3)
    for _ in range(20):
        para(doc, "")
    p = para(doc, "抄送：驻厅纪检监察组，省政府督查室。", size=14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 1)
    border(p, "bottom", "000000", 4, 1)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, False)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    set_font(p.add_run("岫江省住房和城乡建设厅办公室"), FS, 14)
    set_font(p.add_run("\t2025年2月28日印发"), FS, 14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), alignment=WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "000000", 8, 1)

    fix_ppr_order(doc)
    doc.core_properties.title = ""
    doc.core_properties.author = "厅办公室"
    doc.save(OUT)


if __name__ == "__main__":
    build()
    print(OUT)
