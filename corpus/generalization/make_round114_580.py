#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 114, notice 580: a 县委办公室 / 县人民政府办公室 joint (两办) red-header
Word notice dividing the tasks of the county's 2025 “项目建设攻坚年” 专项行动
among 责任县级领导, 牵头单位 and 责任单位 (landscape 附件 table)."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

NAME = "580_luanping_xian_liangban_xiangmu_gongjiannian_fengong.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

RED = RGBColor(0xE6, 0x00, 0x12)
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
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
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None,
         indent=False, color=None, line=28, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def runs(p, parts, size=16):
    """parts: list of (text, font, bold)"""
    for text, font, bold in parts:
        r = p.add_run(text)
        set_font(r, font, size, bold)


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


def no_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def all_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblPr.append(borders)


def fixed_layout(table):
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)


def set_grid(table, widths):
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    tblPr = table._tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblPr.append(tw)
    tw.set(qn("w:type"), "dxa")
    tw.set(qn("w:w"), str(sum(int(w / 635) for w in widths)))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trPr.append(h)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trPr.append(c)


def cell_text(cell, lines, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    """lines: str or list of str (one paragraph each)."""
    if isinstance(lines, str):
        lines = [lines]
    first = True
    for line in lines:
        if first:
            p = cell.paragraphs[0]
            first = False
        else:
            p = cell.add_paragraph()
        pf = p.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(18)
        p.alignment = align
        if line:
            r = p.add_run(line)
            set_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._r.append(el)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


# ---------------------------------------------------------------- the tasks
# (序号, 工作任务, 责任县级领导 (list; None = merged with row above),
#  牵头单位 (list; None = merged with row above), 责任单位 (list of paragraphs), 完成时限)
PARTS = [
    ("一、招大引强攻坚行动（6项）", [
        ("1", "实施招商引资“一号工程”，围绕新型建材、绿色食品、电子信息三大主导产业绘制产业链招商图谱，全年新签约亿元以上项目30个以上，其中10亿元以上项目3个以上。",
         ["韩立新、邵明远"], ["县投资促进中心"],
         ["县发展和改革局、县工业和信息化局、峦平经济开发区管委会，各乡镇人民政府"], "2025年12月底"),
        ("2", "健全县级领导带头招商机制，每名县级领导全年外出招商不少于2次、牵头洽谈项目不少于1个，县直部门主要负责同志每季度外出招商不少于1次。",
         ["邵明远"], ["县投资促进中心、县政府督查室"], ["县直各有关单位"], "每季度"),
        ("3", "开展驻点招商和以商招商，在长三角、粤港澳大湾区各派驻招商小分队1个，落实招商引资中介人奖励办法，全年引进以商招商项目5个以上。",
         None, ["县投资促进中心"], ["县财政局、县工商业联合会"], "2025年12月底"),
        ("4", "加强签约项目跟踪服务，建立签约、注册、开工、投产“四个转化”台账，实行周调度、月通报，签约项目履约率达到80%以上、资金到位率达到60%以上。",
         ["魏　佳"], None, ["县发展和改革局、县统计局，各乡镇人民政府"], "持续推进"),
        ("5", "用好省、市重大招商活动平台，组织企业参加中国（中部）投资贸易博览会等重点展会，全年举办专题推介会不少于4场。",
         None, ["县商务局"], ["县投资促进中心、县文化和旅游局"], "2025年11月底"),
        ("6", "落实外资外贸稳增长政策，支持本地企业开拓国际市场，全年实际使用外资500万美元，外贸进出口总额增长8%以上。",
         None, ["县商务局"], ["县财政局、县税务局、县市场监督管理局"], "2025年12月底"),
    ]),
    ("二、项目谋划储备攻坚行动（5项）", [
        ("7", "紧盯国家政策和资金投向，聚焦超长期特别国债、中央预算内投资、地方政府专项债券等领域，全年谋划储备重大项目150个以上、总投资500亿元以上。",
         ["邵明远"], ["县发展和改革局"], ["县财政局，县直各有关单位，各乡镇人民政府"], "6月底前完成首批储备，持续推进"),
        ("8", "积极争取地方政府专项债券额度8亿元以上，加快债券资金支出进度，确保资金按期形成实物工作量。",
         None, ["县财政局、县发展和改革局"], ["各项目主管部门"], "2025年12月底"),
        ("9", "建立重大项目前期工作经费保障机制，县财政安排项目前期经费不少于2000万元，推动储备项目可研、环评、用地预审等前期手续同步办理。",
         None, ["县发展和改革局"], ["县财政局、县自然资源局、市生态环境局峦平分局"], "2025年9月底"),
        ("10", "谋划实施一批农业农村领域重点项目，围绕高标准农田建设、农产品精深加工、冷链物流等储备项目30个以上。",
         ["田德胜"], ["县农业农村局"], ["县发展和改革局、县商务局、县供销合作社联合社"], "2025年10月底"),
        ("11", "谋划储备水利、交通基础设施项目，推进小型水库除险加固、中小河流治理及“四好农村路”提质扩面项目前期工作。",
         ["田德胜", "罗　斌"], ["县水利局", "县交通运输局"], ["县发展和改革局、县财政局"], "2025年12月底"),
    ]),
    ("三、项目开工建设攻坚行动（6项）", [
        ("12", "实施重点项目“集中开工”行动，分季度组织开展重点项目集中开工活动，全年新开工亿元以上项目40个以上。",
         ["邵明远"], ["县发展和改革局"], ["各项目责任单位，各乡镇人民政府，峦平经济开发区管委会"], "每季度"),
        ("13", "推行重点项目“五个一”包保机制，每个县重点项目明确一名县级包保领导、一个牵头单位、一个工作专班、一套推进方案、一张时间节点表。",
         None, ["县发展和改革局、县委督查室、县政府督查室"], ["县直各有关单位"], "2025年3月底"),
        ("14", "加快峦平经济开发区标准化厂房二期、智能装备产业园等工业项目建设，确保年内竣工投产工业项目15个以上。",
         ["魏　佳"], ["峦平经济开发区管委会"], ["县工业和信息化局、县住房和城乡建设局"], "2025年12月底"),
        ("15", "推进城市更新和老旧小区改造，完成老旧小区改造32个，新建改造城市燃气、供排水管网45公里。",
         ["汪雪梅"], ["县住房和城乡建设局"], ["县城市管理局、峦平县城市建设投资有限公司、国网峦平县供电公司"], "2025年11月底"),
        ("16", "加快G351峦平段改建、县城至东岭二级公路等交通项目建设，年内完成交通建设投资6亿元以上。",
         ["罗　斌"], ["县交通运输局"], ["县自然资源局、县林业局，沿线各乡镇人民政府"], "2025年12月底"),
        ("17", "推进教育、医疗等民生项目建设，确保县第三中学新校区、县人民医院住院综合楼秋季开学前投入使用。",
         ["汪雪梅"], ["县教育局、县卫生健康局"], ["县住房和城乡建设局、县财政局"], "2025年8月底"),
    ]),
    ("四、要素保障攻坚行动（6项）", [
        ("18", "强化用地保障，统筹新增建设用地计划指标和存量土地，全年供应建设用地3000亩以上，盘活批而未供和闲置土地800亩。",
         ["邵明远"], ["县自然资源局"], ["峦平经济开发区管委会，各乡镇人民政府"], "2025年12月底"),
        ("19", "深化“标准地+承诺制”改革，新出让工业用地按“标准地”供应比例达到100%，全面推行“拿地即开工”。",
         None, ["县自然资源局、县行政审批服务局"], ["县发展和改革局、县住房和城乡建设局、峦平经济开发区管委会"], "2025年6月底"),
        ("20", "强化融资保障，组织开展政银企对接活动不少于4次，全年新增项目贷款30亿元以上。",
         ["魏　佳"], ["县金融服务中心"], ["县发展和改革局、县财政局，各银行业金融机构"], "每季度"),
        ("21", "强化能耗和环境容量保障，做好重点项目能耗等量减量替代，推进排污权有偿使用和交易。",
         None, ["县发展和改革局、市生态环境局峦平分局"], ["县工业和信息化局"], "2025年12月底"),
        ("22", "强化用工保障，建立重点企业用工需求清单，全年组织专场招聘会不少于10场，帮助企业招工3000人以上。",
         ["汪雪梅"], ["县人力资源和社会保障局"], ["县投资促进中心、峦平经济开发区管委会，各乡镇人民政府"], "持续推进"),
        ("23", "加强水电气等配套保障，重点项目用电、用气报装时限分别压减至15个和5个工作日以内。",
         ["罗　斌"], ["国网峦平县供电公司"], ["县住房和城乡建设局、峦平县天然气有限公司"], "2025年6月底"),
    ]),
    ("五、营商环境攻坚行动（5项）", [
        ("24", "深化工程建设项目审批制度改革，推行“一窗受理、并联审批、限时办结”，一般社会投资项目审批时限压缩至40个工作日以内。",
         ["魏　佳"], ["县行政审批服务局"], ["县住房和城乡建设局、县自然资源局、县发展和改革局"], "2025年6月底"),
        ("25", "全面推行项目建设全程代办帮办，组建专业代办员队伍，为重点项目提供免费代办服务。",
         None, None, ["县投资促进中心"], "持续推进"),
        ("26", "开展涉企收费和乱罚款专项整治，严肃查处项目建设中吃拿卡要、乱检查、乱收费、乱摊派等问题。",
         ["蒋国栋"], ["县纪委监委机关"], ["县市场监督管理局、县司法局、县财政局"], "2025年12月底"),
        ("27", "落实“企业宁静日”制度，规范涉企行政检查，全年对企业现场检查频次同比下降30%以上。",
         ["罗　斌"], ["县司法局"], ["/"], "2025年12月底"),
        ("28", "建立项目建设矛盾纠纷化解机制，依法打击强揽工程、阻工扰工等违法犯罪行为。",
         None, ["县公安局"], ["县信访局，各乡镇人民政府"], "持续推进"),
    ]),
    ("六、督导考核（3项）", [
        ("29", "建立重点项目“红黄绿灯”督办机制，每月通报项目推进情况，对进度滞后项目亮灯督办。",
         ["陆晨阳"], ["县委督查室、县政府督查室"], ["县发展和改革局、县投资促进中心"], "每月"),
        ("30", "将“项目建设攻坚年”专项行动纳入全县年度综合考核，考核结果与干部评先评优、提拔使用挂钩。",
         None, ["县委组织部"], ["县委督查室、县统计局"], "2025年12月底"),
        ("31", "对项目推进中不作为、慢作为、乱作为的单位和个人严肃追责问责。",
         ["蒋国栋"], ["县纪委监委机关"], ["/"], "持续推进"),
    ]),
]


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    page_number_footer(sec)

    # ---- 发文机关标志 (joint: two names left, 文件 right)
    para(doc, "", line=28)
    hdr = doc.add_table(rows=2, cols=2)
    no_borders(hdr)
    hdr.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr.autofit = False
    for row in hdr.rows:
        row.cells[0].width = Cm(11.6)
        row.cells[1].width = Cm(4.0)
    set_grid(hdr, [Cm(11.6), Cm(4.0)])
    for i, name in enumerate(("中共峦平县委办公室", "峦平县人民政府办公室")):
        c = hdr.cell(i, 0)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(40)
        r = p.add_run(name)
        set_font(r, XBS, 28, False, RED)
    wj = hdr.cell(0, 1).merge(hdr.cell(1, 1))
    p = wj.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("文件")
    set_font(r, XBS, 48, False, RED)
    wj.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    para(doc, "", line=28)
    para(doc, "", line=28)
    p = para(doc, "峦办发〔2025〕7号", align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
    bottom_border(p)
    para(doc, "", line=28)

    # ---- title
    for t in ("中共峦平县委办公室　峦平县人民政府办公室",
              "关于印发《峦平县2025年“项目建设攻坚年”",
              "专项行动重点任务分工方案》的通知"):
        para(doc, t, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc, "", line=28)

    para(doc, "各乡镇党委、人民政府，峦平经济开发区党工委、管委会，县委各部委，县直各单位，各人民团体：")
    para(doc, "为深入贯彻落实县委十五届八次全会和县十八届人大五次会议精神，全力推动“项目建设攻坚年”专项行动落地见效，经县委、县政府同意，现将《峦平县2025年“项目建设攻坚年”专项行动重点任务分工方案》印发给你们，并就有关事项通知如下。", indent=True)
    p = para(doc, indent=True)
    runs(p, [("一、压实工作责任。", HT, False),
             ("各责任县级领导要加强对分管领域任务的统筹调度，定期听取汇报，研究解决重大问题。牵头单位为两个及以上的，排在第一位的为主牵头单位，负责组织协调和情况汇总；责任单位要按照职责分工，积极主动配合牵头单位抓好落实，不得推诿扯皮。", FS, False)])
    p = para(doc, indent=True)
    runs(p, [("二、细化推进措施。", HT, False),
             ("各牵头单位要对照分工方案，于3月25日前制定具体推进措施，明确时间表、路线图和责任人，报县“项目建设攻坚年”专项行动指挥部办公室（设在县发展和改革局）备案。", FS, False)])
    p = para(doc, indent=True)
    runs(p, [("三、强化督查问效。", HT, False),
             ("各牵头单位于每月25日前将任务推进情况书面报送县委督查室、县政府督查室，同时报送电子版。县委督查室、县政府督查室将定期开展专项督查，督查结果纳入年度综合考核。", FS, False)])
    para(doc, "")
    p = para(doc, indent=True)
    runs(p, [("附件：峦平县2025年“项目建设攻坚年”专项行动重点任务分工方案", FS, False)])
    para(doc, "")
    para(doc, "")
    para(doc, "")
    para(doc, "中共峦平县委办公室　　　　峦平县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p = para(doc, "2025年3月12日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 4)
    para(doc, "")
    para(doc, "（此件发至乡镇）", indent=True)

    # ---- 附件 (landscape)
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    sec2.top_margin, sec2.bottom_margin = Cm(2.8), Cm(2.6)
    sec2.left_margin, sec2.right_margin = Cm(2.5), Cm(2.5)

    para(doc, "附件", font=HT, size=16)
    para(doc, "")
    para(doc, "峦平县2025年“项目建设攻坚年”专项行动", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    para(doc, "重点任务分工方案", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    para(doc, "")
    para(doc, "为扎实推进“项目建设攻坚年”专项行动，确保全年招商引资和项目建设各项目标任务落到实处，现将重点任务分工如下。", indent=True)
    para(doc, "", line=12)

    widths = [Cm(1.3), Cm(9.6), Cm(2.6), Cm(3.8), Cm(5.0), Cm(2.4)]
    ntask = sum(len(t) for _, t in PARTS)
    tbl = doc.add_table(rows=1 + len(PARTS) + ntask, cols=6)
    all_borders(tbl)
    fixed_layout(tbl)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl.autofit = False
    for row in tbl.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    set_grid(tbl, widths)
    head = ["序号", "重点任务", "责任县级领导", "牵头单位", "责任单位", "完成时限"]
    for c, h in zip(tbl.rows[0].cells, head):
        cell_text(c, h, font=HT, size=12)
    repeat_header(tbl.rows[0])
    cant_split(tbl.rows[0])

    ri = 1
    for title, tasks in PARTS:
        row = tbl.rows[ri]
        m = row.cells[0].merge(row.cells[5])
        cell_text(m, title, font=HT, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
        cant_split(row)
        ri += 1
        lead_top = leader_top = None
        for no, text, leaders, leads, coops, when in tasks:
            row = tbl.rows[ri]
            cant_split(row)
            cells = row.cells
            cell_text(cells[0], no)
            cell_text(cells[1], text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            if leaders is None:
                leader_top = leader_top.merge(cells[2])
            else:
                cell_text(cells[2], leaders)
                leader_top = cells[2]
            if leads is None:
                lead_top = lead_top.merge(cells[3])
            else:
                cell_text(cells[3], leads)
                lead_top = cells[3]
            cell_text(cells[4], coops)
            cell_text(cells[5], when)
            ri += 1

    para(doc, "", line=12)
    p = para(doc, "", size=12, line=20)
    runs(p, [("注：", HT, False),
             ("1．表中牵头单位为两个及以上的，排在第一位的为主牵头单位，其他牵头单位协同负责。2．“/”表示无责任单位。", FS, False)], size=12)

    # ---- 版记 (portrait last page)
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        para(doc, "")
    bj = doc.add_table(rows=2, cols=1)
    tblPr = bj._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4")):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    for edge in ("left", "right", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)
    set_grid(bj, [Cm(15.6)])
    c = bj.cell(0, 0)
    p = c.paragraphs[0]
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    r = p.add_run("抄送：县委各常委，县人大常委会办公室，县政协办公室，县法院，县检察院，县人武部。")
    set_font(r, FS, 14)
    c = bj.cell(1, 0)
    p = c.paragraphs[0]
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), alignment=2)
    r = p.add_run("中共峦平县委办公室\t2025年3月12日印发")
    set_font(r, FS, 14)

    doc.core_properties.author = "县委办秘书科"
    doc.core_properties.title = ""
    doc.save(OUT)


if __name__ == "__main__":
    build()
    print(OUT)
