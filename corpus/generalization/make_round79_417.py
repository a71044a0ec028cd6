#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 79, notice 417: a 市委统战部's Word file dividing its year's 工作要点
among its 科室, its direct units and the 县（市、区）委统战部.

Control case: the ordinary form (a 通知 with the 分工方案 as a landscape table in
附件), with a Word file's ordinary imperfections (full-width spaces typed for
indentation, a two-character name padded with a full-width space, merged cells
down the leader column, a cell in two paragraphs, an empty trailing row, a
comma instead of 、 in one cell, spaces typed to push the signature right).
"""
import os
import copy
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "417_jichuan_shi_tongzhanbu_gongzuo_yaodian_fengong.docx")

FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), name)
    rfonts.set(qn("w:hAnsi"), name)
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None,
         first_indent=None, color=None, space_before=0, space_after=0,
         line=Pt(28)):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if line is not None:
        pf.line_spacing = line
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = first_indent
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def add_runs(p, parts, size=16):
    for text, font, bold in parts:
        r = p.add_run(text)
        set_font(r, font, size, bold)


def bottom_border(p, color="FF0000", sz="18"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_border(p, color="000000", sz="8"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    b = OxmlElement("w:top")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.insert(0, b)


def page_footer(section):
    """Footer '— N —' with a PAGE field, outside aligned like most 公文 files."""
    footer = section.footer
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r._element.append(fc)
    r = p.add_run()
    set_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE   \\* MERGEFORMAT "
    r._element.append(it)
    r = p.add_run()
    set_font(r, "宋体", 14)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r._element.append(fc)
    r = p.add_run("1")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r._element.append(fc)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def set_cell_width(cell, cm):
    cell.width = Cm(cm)


def cell_text(cell, text, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              font=FS, size=12):
    """Fill a cell; '\n' in text makes a new paragraph (as typing Enter)."""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(20)
        if line:
            r = p.add_run(line)
            set_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit")
    trpr.append(e)


# ---------------------------------------------------------------- content

LEADER_HAN = "韩立新"
LEADER_DENG = "邓秀英"
LEADER_LUO = "罗振东"
LEADER_MENG = "孟　军"        # two-character name padded with U+3000, as typed
LEADER_QI = "祁玉兰"
COUNTY = "各县（市、区）委统战部"

# Each part: heading row text, then rows:
# (no, task, leader, lead, coop, deadline)
# leader None = merged into the cell above (vertical merge continues);
# lead None likewise.
PARTS = [
    ("一、加强统一战线思想政治引领（共5项）", [
        ("1", "深入学习贯彻党的二十大精神和党的创新理论，组织全市党外代表人士开展专题学习，分层分类举办学习研讨班、读书班，全年不少于3期。",
         LEADER_DENG, "研究室", "干部科、市社会主义学院、" + COUNTY, "全年"),
        ("2", "持续开展“同心同行”主题教育实践活动，支持各民主党派市委会、市工商联结合自身特点开展系列活动，总结推广一批示范案例。",
         LEADER_LUO, "党派工作科", "经济科、市工商联", "11月底前"),
        ("3", "加强统一战线理论政策研究，围绕全市中心工作和统战工作重点难点确定年度重点调研课题，形成高质量调研报告不少于5篇。\n各县（市、区）委统战部每年至少完成1项重点调研课题，10月底前将调研成果报部研究室。",
         LEADER_DENG, "研究室", "部机关各科室、" + COUNTY, "11月底前"),
        ("4", "加强统战宣传工作，办好《霁川统一战线》内刊和“霁川统战”微信公众号，全年在省级以上媒体刊发统战工作稿件不少于20篇。",
         LEADER_DENG, "办公室", "研究室、" + COUNTY, "全年"),
        ("5", "加强网络统战工作，建立健全网络人士联系名录,开展网络代表人士“霁川行”活动，引导网络人士传播正能量。",
         LEADER_MENG, "新的社会阶层人士工作科", "办公室、市委网信办", "全年"),
    ]),
    ("二、坚持和完善中国共产党领导的多党合作制度（共5项）", [
        ("6", "协助市委召开民主协商会、情况通报会、座谈会等，全年不少于6次，认真做好会议建议办理反馈工作。",
         LEADER_HAN + "、" + LEADER_LUO, "党派工作科", "办公室", "全年"),
        ("7", "支持各民主党派市委会和无党派人士围绕全市经济社会发展重大问题开展专题调研，提出高质量意见建议。",
         LEADER_LUO, "党派工作科、党外知识分子工作科", "研究室", "10月底前"),
        ("8", "加强民主党派自身建设，指导各民主党派市委会做好思想建设、组织建设、制度建设，协助做好成员发展工作。",
         None, "党派工作科", "干部科", "全年"),
        ("9", "加强无党派人士队伍建设，健全无党派人士联谊会工作机制，开展无党派人士“聚智献策”活动。",
         None, "党外知识分子工作科", "干部科", "全年"),
        ("10", "做好党外知识分子和留学人员统战工作，指导市欧美同学会（市留学人员联谊会）开展“留学报国”系列活动。",
         None, "党外知识分子工作科", "港澳台侨工作科、市欧美同学会（市留学人员联谊会）", "全年"),
    ]),
    ("三、加强党外代表人士队伍建设（共4项）", [
        ("11", "配合市委组织部做好党外干部的发现、培养、使用工作，推动党外干部配备政策落实。",
         LEADER_DENG, "干部科", "市委组织部", "全年"),
        ("12", "建立完善党外代表人士信息数据库，实行动态管理，年中、年底各更新1次。",
         None, "干部科", "部机关各科室", "6月底前、12月底前"),
        ("13", "举办全市党外代表人士培训班，组织党外代表人士到外地学习考察，增强履职能力。",
         None, "市社会主义学院", "干部科", "9月底前"),
        ("14", "做好人大代表、政协委员中党外人士人选的协商推荐和考察工作。",
         None, "干部科", "党派工作科、党外知识分子工作科、经济科", "按市委部署"),
    ]),
    ("四、促进民族团结进步和宗教和顺（共5项）", [
        ("15", "深化民族团结进步创建工作，推进“石榴籽家园”建设，新命名市级民族团结进步示范单位10个以上。",
         LEADER_MENG, "民族工作科", COUNTY, "11月底前"),
        ("16", "做好城市少数民族流动人口服务管理工作，协调推动少数民族群众就业、就医、子女入学等问题解决。",
         None, None, COUNTY + "、市社会主义学院", "全年"),
        ("17", "坚持我国宗教中国化方向，深入开展“四进”宗教活动场所活动，引导宗教界人士爱国爱教。",
         None, "宗教工作科", COUNTY, "全年"),
        ("18", "加强宗教活动场所规范化管理，开展宗教领域安全隐患排查整治，建立问题清单和整改台账。",
         None, None, COUNTY, "6月底前"),
        ("19", "推进宗教事务治理法治化，开展《宗教事务条例》宣传月活动，加强宗教教职人员培训。",
         None, None, "研究室、市社会主义学院", "全年"),
    ]),
    ("五、促进非公有制经济健康发展和非公有制经济人士健康成长（共4项）", [
        ("20", "深化“亲清”政商关系建设，协助市委、市政府召开政企恳谈会，畅通企业诉求反映渠道。",
         LEADER_HAN + "\n" + LEADER_QI, "经济科", "市工商联", "全年"),
        ("21", "开展非公有制经济人士理想信念教育实践活动，举办新生代企业家培训班2期。",
         LEADER_QI, "经济科", "市工商联，市社会主义学院", "10月底前"),
        ("22", "深入推进“万企兴万村”行动，组织民营企业参与乡村振兴，年内新增结对项目30个以上。",
         None, "市工商联", "经济科、" + COUNTY, "全年"),
        ("23", "加强商会组织建设，推动商会规范化建设和会员服务，培育“四好”商会示范单位。",
         None, "市工商联", "", "12月底前"),
    ]),
    ("六、加强新的社会阶层人士和港澳台海外统战工作（共4项）", [
        ("24", "推进新的社会阶层人士统战工作实践创新基地建设，年内新建市级实践创新基地3个。",
         LEADER_MENG, "新的社会阶层人士工作科", COUNTY, "10月底前"),
        ("25", "加强新的社会阶层人士联谊会建设，指导县（市、区）新联会规范运行，实现新联会全覆盖。",
         LEADER_MENG, "新的社会阶层人士工作科", COUNTY, "全年"),
        ("26", "做好港澳台统战工作，加强与在霁港澳台同胞和台资企业的联系服务，开展两岸交流活动。",
         LEADER_LUO, "港澳台侨工作科", "党外知识分子工作科", "全年"),
        ("27", "做好新时代侨务工作，推进“侨胞之家”建设，引导海外侨胞和归侨侨眷参与家乡建设。",
         LEADER_LUO, "港澳台侨工作科", COUNTY, "全年"),
    ]),
    ("七、加强统战系统自身建设（共4项）", [
        ("28", "落实全面从严治党主体责任，深化模范机关创建，推进部机关党建与业务深度融合。",
         LEADER_HAN, "机关党委", "部机关各科室", "全年"),
        ("29", "加强统战干部队伍建设，举办全市统战干部业务培训班，提升统战干部履职能力。",
         LEADER_DENG, "办公室", "干部科\n市社会主义学院", "8月底前"),
        ("30", "完善大统战工作格局，召开市委统一战线工作领导小组会议，推动领导小组成员单位履职尽责。",
         LEADER_HAN + "、" + LEADER_DENG, "办公室", "研究室、" + COUNTY, "全年"),
        ("31", "做好统战工作督查考核，将统战工作纳入全市综合考核，组织开展年度考核评价。",
         LEADER_DENG, "办公室", "部机关各科室", "12月底前"),
    ]),
]


def main():
    doc = Document()
    cp = doc.core_properties
    cp.author = "Administrator"
    cp.last_modified_by = "统战部办公室"
    cp.title = ""

    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    page_footer(sec)

    # ---- 版头
    para(doc, "", line=Pt(28))
    para(doc, "中共霁川市委统战部文件", font=XBS, size=36,
         align=WD_ALIGN_PARAGRAPH.CENTER, color=RGBColor(0xFF, 0, 0),
         line=None, space_before=20, space_after=20)
    para(doc, "")
    p = para(doc, "霁统发〔2024〕4号", align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p)
    para(doc, "")

    # ---- 标题 (two lines by a manual line break, as typed)
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    r = p.add_run("中共霁川市委统战部")
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("关于印发《2024年全市统战工作要点")
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("任务分工方案》的通知")
    set_font(r, XBS, 22)
    para(doc, "")

    # ---- 主送
    para(doc, "部机关各科室、直属单位，各县（市、区）委统战部：")

    # ---- 正文: some paragraphs indented by typed full-width spaces, some by
    # the paragraph format (the usual mix in a file edited by several hands)
    para(doc, "　　为深入贯彻落实全省统战部长会议和市委十届七次全会精神，"
              "确保《2024年全市统战工作要点》（霁统发〔2024〕2号）确定的各项任务"
              "落地见效，经部务会议研究，制定了《2024年全市统战工作要点任务分工方案》，"
              "现印发给你们，请结合实际认真抓好落实。现就有关事项通知如下：")
    para(doc, "　　一、提高思想认识", font=HEI)
    para(doc, "做好新时代统战工作，事关全市发展大局。各科室、直属单位和各县（市、区）"
              "委统战部要切实增强做好统战工作的责任感和使命感，把落实年度工作要点作为"
              "全年工作的主线，以钉钉子精神抓好各项任务落实。",
         first_indent=Pt(32))
    para(doc, "　　二、压实工作责任", font=HEI)
    para(doc, "　　《方案》所列分管部领导为该项任务的第一责任人，负责统筹调度；"
              "牵头科室（单位）对任务落实负总责，要细化工作措施，明确时间节点，"
              "主动协调推进；配合科室（单位）要按照职责积极支持、密切配合，形成工作合力。"
              "各县（市、区）委统战部要对照《方案》，结合本地实际研究制定具体落实举措，"
              "于3月29日前报部办公室备案。")
    para(doc, "　　三、加强督促检查", font=HEI)
    para(doc, "部办公室负责任务落实情况的跟踪督办，实行季度调度、半年小结、年终总结制度。"
              "各牵头科室（单位）于每季度末月25日前将任务推进情况（含存在问题和下步打算）"
              "书面报部办公室，同时发送电子版。对工作推进不力、进度滞后的，"
              "部办公室将提请部务会议专题研究。",
         first_indent=Pt(32))
    para(doc, "　　联系人：部办公室　柳晓敏；联系电话：0719—8836215。")
    para(doc, "")
    p = para(doc, "　　附件：2024年全市统战工作要点任务分工方案")
    para(doc, "")
    para(doc, "")
    # signature pushed right with typed spaces, as users do
    para(doc, "                           中共霁川市委统战部")
    para(doc, "                            2024年3月12日")
    para(doc, "")
    para(doc, "　　（此件发至县（市、区）委统战部）")

    # ---- 附件 in a landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width = Cm(29.7)
    sec2.page_height = Cm(21.0)
    sec2.top_margin = Cm(2.6)
    sec2.bottom_margin = Cm(2.4)
    sec2.left_margin = Cm(2.5)
    sec2.right_margin = Cm(2.5)

    para(doc, "附件", font=HEI, size=16)
    para(doc, "")
    para(doc, "2024年全市统战工作要点任务分工方案", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    para(doc, "")

    headers = ["序号", "重点任务", "分管部领导", "牵头科室（单位）", "配合科室（单位）", "完成时限"]
    widths = [1.3, 10.3, 2.7, 3.6, 4.4, 2.4]
    n_rows = 1 + sum(1 + len(rows) for _, rows in PARTS) + 1  # + empty trailing row
    table = doc.add_table(rows=n_rows, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER

    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    hdr = table.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(headers):
        cell_text(hdr.cells[i], h, bold=True, font=HEI, size=12)
    for row in table.rows:
        for i, c in enumerate(row.cells):
            set_cell_width(c, widths[i])

    ri = 1
    for heading, rows in PARTS:
        r = table.rows[ri]
        cant_split(r)
        m = r.cells[0].merge(r.cells[5])
        cell_text(m, heading, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT,
                  font=HEI, size=12)
        ri += 1
        lead_top = None   # (row index) where the running leader cell starts
        lead_unit_top = None
        for no, task, leader, lead, coop, dl in rows:
            r = table.rows[ri]
            cant_split(r)
            cell_text(r.cells[0], no)
            cell_text(r.cells[1], task, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            if leader is None:
                top = table.cell(lead_top, 2)
                top.merge(table.cell(ri, 2))
            else:
                lead_top = ri
                cell_text(r.cells[2], leader)
            if lead is None:
                top = table.cell(lead_unit_top, 3)
                top.merge(table.cell(ri, 3))
            else:
                lead_unit_top = ri
                cell_text(r.cells[3], lead)
            cell_text(r.cells[4], coop)
            cell_text(r.cells[5], dl)
            ri += 1
    # the trailing empty row left over from the template: cells stay blank

    # python-docx merges keep an empty paragraph from each absorbed cell;
    # leave them, as Word does when cells are merged by hand.

    para(doc, "")
    para(doc, "注：各县（市、区）委统战部参照本方案制定本地任务分工，"
              "配合单位为各县（市、区）委统战部的任务，由各县（市、区）委统战部"
              "结合实际抓好落实。", size=12, line=Pt(20))

    # ---- 版记 in a portrait section of its own
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
    p = para(doc, "　抄送：市委办公室，市委督查室。", size=14)
    top_border(p, sz="12")
    p = para(doc, "　中共霁川市委统战部办公室　　　　　　　2024年3月12日印发", size=14)
    top_border(p, sz="4")
    bottom_border(p, color="000000", sz="12")

    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
