#!/usr/bin/python3
"""Round 73, No. 391 (control case): a 省应急管理厅 notice 印发ing its 2024 工作要点,
the 任务分工 a Word table in the 附件 as WPS/Word makes it: header row repeated on each
page (w:tblHeader), category rows merged across, units a paragraph each in some cells.

Writes 391_daichuan_sheng_yingjiting_gongzuo_yaodian.docx next to this script.
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "391_daichuan_sheng_yingjiting_gongzuo_yaodian.docx")

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
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None,
         indent=False, color=None, line=28, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    if line:
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def page_number_footer(section):
    """— N — centred, a PAGE field, as GB/T 9704 prints it."""
    footer = section.footer
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = " PAGE "
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    r._element.append(b); r._element.append(t); r._element.append(s)
    r2 = p.add_run("1")
    set_font(r2, "宋体", 14)
    r3 = p.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    r3._element.append(e)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def red_rule(doc):
    p = para(doc, "", line=None)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single"); bottom.set(qn("w:sz"), "18")
    bottom.set(qn("w:space"), "1"); bottom.set(qn("w:color"), "FF0000")
    bdr.append(bottom)
    ppr.append(bdr)


def rule_line(doc, top=False):
    p = para(doc, "", line=None)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement("w:top" if top else "w:bottom")
    el.set(qn("w:val"), "single"); el.set(qn("w:sz"), "8")
    el.set(qn("w:space"), "1"); el.set(qn("w:color"), "000000")
    bdr.append(el)
    ppr.append(bdr)
    return p


# ---------------------------------------------------------------- the table data
# Each task: (序号, 重点任务, 责任厅领导 paragraphs, 牵头处室 paragraphs, 配合处室（单位） paragraphs, 完成时限)
# A cell given as a list is written one paragraph per item (as the office typed it,
# pressing Enter between units); a string is one paragraph.
SECTIONS = [
    ("一、坚持党建引领，强化政治机关建设（3项）", [
        ("1", "深入学习贯彻习近平总书记关于应急管理、安全生产和防灾减灾救灾的重要论述，健全“第一议题”学习制度，推动理论学习成果转化为推进应急管理工作的实际成效。",
         "孟庆川", "机关党委", ["办公室", "人事处"], "全年"),
        ("2", "落实全面从严治党主体责任，扎实开展党纪学习教育，加强对厅属单位党组织建设的指导，深入推进模范机关创建。",
         "孟庆川", "机关党委", "人事处、厅属各单位", "全年"),
        ("3", "加强应急管理系统意识形态工作和新闻舆论引导，完善突发事件舆情监测、研判和回应机制，做好重大灾害事故新闻发布工作。",
         "范文晖", "宣传教育处", ["办公室", "应急指挥中心", "省应急管理宣传教育中心"], "全年"),
    ]),
    ("二、防范化解重大安全风险，坚决遏制重特大事故（7项）", [
        ("4", "组织开展安全生产治本攻坚三年行动，建立重大事故隐患动态清零工作机制，推动生产经营单位主要负责人切实履行安全生产第一责任人职责。",
         ["沈怀远", "陆承平"], "安全生产综合协调处",
         "危险化学品安全监督管理处、非煤矿山安全监督管理处、安全生产基础处、安全生产执法局", "2024年12月底前"),
        ("5", "推动省安委会成员单位落实“三管三必须”要求，修订省安委会成员单位安全生产工作职责，组织开展对各市（州）人民政府安全生产和消防工作考核巡查。",
         "沈怀远", "安全生产综合协调处", ["调查评估和统计处", "火灾防治管理处"], "2024年10月底前"),
        ("6", "深化危险化学品安全风险集中治理，推进化工园区安全风险智能化管控平台建设，完成全省化工园区认定复核工作。",
         "陆承平", "危险化学品安全监督管理处", "科技和信息化处", "2024年11月底前"),
        ("7", "开展非煤矿山安全整治“回头看”，推进尾矿库“头顶库”综合治理和地下矿山安全避险“六大系统”升级改造。",
         "陆承平", "非煤矿山安全监督管理处", "国家矿山安全监察局岱川局", "2024年12月底前"),
        ("8", "加强工贸行业重点领域安全监管，深化粉尘涉爆、涉氨制冷、有限空间作业、金属冶炼等专项治理，推动企业安全生产标准化建设。",
         "陆承平", "安全生产基础处", "安全生产执法局", "2024年11月底前"),
        ("9", "强化城镇燃气、经营性自建房、电动自行车等重点领域安全风险排查整治，配合有关行业部门做好专项整治督导工作。",
         "沈怀远", "安全生产综合协调处", ["火灾防治管理处", "省消防救援总队"], "2024年12月底前"),
        ("10", "严格生产安全事故调查处理，实行较大事故挂牌督办和事故整改情况评估，定期发布典型事故案例。",
         "沈怀远", "调查评估和统计处", "政策法规处、安全生产执法局", "全年"),
    ]),
    ("三、提升防灾减灾救灾能力，最大限度减少灾害损失（7项）", [
        ("11", "深化全省自然灾害综合风险普查成果应用，建立灾害风险隐患信息报送和共享机制，编制全省自然灾害综合风险图。",
         "葛淑兰", "风险监测和综合减灾处", ["科技和信息化处", "省地震局"], "2024年9月底前"),
        ("12", "完善防汛抗旱指挥体系，修订《岱川省防汛抗旱应急预案》，汛前组织开展防汛检查和重点部位隐患排查整治。",
         "葛淑兰", "防汛抗旱处", "救援协调和预案管理处、应急指挥中心", "2024年5月底前"),
        ("13", "加强森林草原防灭火工作，压实“防”“救”责任链条，开展森林草原火灾隐患排查整治和野外火源管控专项行动。",
         "葛淑兰", "火灾防治管理处", "省森林消防总队", "2024年6月底前"),
        ("14", "做好地震和地质灾害应急救援准备，组织开展地震应急演练，完善地质灾害应急处置部门联动机制。",
         "范文晖", "地震和地质灾害救援处", ["省地震局", "省自然资源厅"], "全年"),
        ("15", "推进全国综合减灾示范社区创建，组织开展全国防灾减灾日、安全生产月等主题宣传活动，提升公众防灾避险意识和自救互救能力。",
         "葛淑兰、范文晖", ["风险监测和综合减灾处", "宣传教育处"], "省应急管理宣传教育中心", "2024年6月底前"),
        ("16", "完善救灾物资储备体系，优化省级救灾物资储备库布局，全年新增省级储备物资价值不低于5000万元。",
         "葛淑兰", "救灾和物资保障处", "规划财务处", "2024年10月底前"),
        ("17", "规范受灾群众生活救助工作，及时下拨中央和省级自然灾害救灾资金，确保受灾群众基本生活得到有效保障。",
         "葛淑兰", "救灾和物资保障处", ["规划财务处", "风险监测和综合减灾处"], "全年"),
    ]),
    ("四、增强应急救援实战能力，提高应急处置水平（5项）", [
        ("18", "修订《岱川省突发事件总体应急预案》配套专项应急预案，组织开展省级综合应急演练不少于2次。",
         "范文晖", "救援协调和预案管理处", "应急指挥中心、防汛抗旱处、火灾防治管理处", "2024年11月底前"),
        ("19", "加强应急指挥中心建设，完善24小时应急值守和突发事件信息报送制度，提升突发事件首报时效和质量。",
         "范文晖", "应急指挥中心", "办公室", "全年"),
        ("20", "推动专业应急救援队伍建设，建立省级骨干专业应急救援队伍动态管理和调用补偿机制。",
         "范文晖", "救援协调和预案管理处", ["规划财务处", "省安全生产应急救援中心"], "2024年12月底前"),
        ("21", "加强社会应急力量规范化管理，开展社会应急力量分类分级测评，组织举办全省社会应急力量技能竞赛。",
         "范文晖", "救援协调和预案管理处", "宣传教育处", "2024年10月底前"),
        ("22", "推进航空应急救援体系建设，新建（改造）航空应急救援临时起降点6个，提升航空救援快速响应能力。",
         "范文晖", "救援协调和预案管理处", ["火灾防治管理处", "规划财务处"], "2024年12月底前"),
    ]),
    ("五、推进应急管理体系和能力现代化，夯实基层基础（6项）", [
        ("23", "推动《岱川省安全生产条例》修订，配合省人大常委会做好立法调研和审议相关工作。",
         "沈怀远", "政策法规处", "安全生产综合协调处", "按省人大常委会立法计划"),
        ("24", "深化安全生产执法改革，落实分类分级执法，推行“互联网+执法”，全年执法检查企业不少于1200家次。",
         "陆承平", "安全生产执法局",
         ["政策法规处", "危险化学品安全监督管理处", "非煤矿山安全监督管理处", "安全生产基础处"], "全年"),
        ("25", "推进应急管理信息化建设，完成省应急指挥信息系统二期工程建设，加快“智慧应急”数据汇聚和场景应用。",
         "陆承平", "科技和信息化处", ["应急指挥中心", "规划财务处"], "2024年12月底前"),
        ("26", "开展应急管理“十五五”规划前期研究，加强应急管理重大项目谋划储备和争取中央资金工作。",
         "孟庆川", "规划财务处", "厅机关各处室", "2024年12月底前"),
        ("27", "完善安全生产责任保险制度，在高危行业领域全面推行安全生产责任保险，健全事故预防技术服务机制。",
         "沈怀远", "安全生产基础处", "规划财务处、政策法规处", "2024年12月底前"),
        ("28", "加强应急管理统计工作，规范生产安全事故和自然灾害统计报送，按季度发布全省安全生产形势分析报告。",
         "沈怀远", "调查评估和统计处", "风险监测和综合减灾处", "每季度末"),
    ]),
    ("六、锻造过硬干部队伍，持续改进工作作风（4项）", [
        ("29", "实施应急管理干部能力提升工程，组织全省应急管理系统干部轮训，全年培训不少于800人次。",
         "孟庆川", "人事处", ["宣传教育处", "省应急管理培训中心"], "2024年11月底前"),
        ("30", "推进应急管理综合行政执法队伍规范化建设，统一执法装备配备标准和执法人员着装管理。",
         "陆承平", "安全生产执法局", "人事处、规划财务处", "2024年10月底前"),
        ("31", "加强机关作风建设，持续整治形式主义、官僚主义，精简文件和会议，切实为基层减负。",
         "孟庆川", "办公室", "", "全年"),
        ("32", "做好政务公开、建议提案办理和信访工作，按时办结省人大代表建议和省政协委员提案。",
         "范文晖", "办公室", ["政策法规处", "厅机关有关处室"], "2024年9月底前"),
    ]),
]


# ---------------------------------------------------------------- table helpers
def cell_text(cell, value, align=WD_ALIGN_PARAGRAPH.CENTER, size=12, font=FS, bold=False):
    items = value if isinstance(value, list) else [value]
    first = cell.paragraphs[0]
    for i, item in enumerate(items):
        p = first if i == 0 else cell.add_paragraph()
        p.alignment = align
        pf = p.paragraph_format
        pf.line_spacing = Pt(20)
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        if item:
            set_font(p.add_run(item), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def table_borders(table):
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "single"); el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0"); el.set(qn("w:color"), "000000")
        borders.append(el)
    tblpr.append(borders)


def set_widths(table, widths_cm):
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        tcs = row._tr.findall(qn("w:tc"))
        if len(tcs) == 1:  # a category row merged across (gridSpan 6)
            row.cells[0].width = Cm(sum(widths_cm))
            continue
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    page_number_footer(sec)

    # ---- 版头
    para(doc, "岱川省应急管理厅文件", XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER,
         color="FF0000", line=None, before=40, after=24)
    para(doc, "岱应急发〔2024〕9号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
    red_rule(doc)
    para(doc, "", line=28)

    # ---- 标题（两行）
    para(doc, "岱川省应急管理厅关于印发", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "2024年全省应急管理工作要点的通知", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "", line=28)

    para(doc, "各市（州）应急管理局，厅机关各处室、厅属各单位：")
    body = [
        "2024年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。为深入贯彻落实全国应急管理工作会议和省委、省政府决策部署，扎实做好全年应急管理工作，经厅党委会议研究同意，现将《2024年全省应急管理工作要点》（以下简称《要点》）及任务分工印发给你们，并提出以下要求，请认真抓好贯彻落实。",
    ]
    for t in body:
        para(doc, t, indent=True)
    para(doc, "一、提高思想认识", HT, 16, indent=True)
    para(doc, "各地各单位要充分认识做好2024年应急管理工作的重要意义，坚持人民至上、生命至上，统筹发展和安全，把《要点》确定的各项任务与本地本单位年度工作紧密结合，细化工作措施，确保各项任务落地见效。", indent=True)
    para(doc, "二、压实工作责任", HT, 16, indent=True)
    para(doc, "厅机关各处室、厅属各单位要按照任务分工表明确的责任抓好落实。各项任务的责任厅领导要加强统筹调度；牵头处室要制定具体工作方案，明确时间节点，主动协调推进；配合处室（单位）要按照职责积极支持配合，形成工作合力。各市（州）应急管理局要对照《要点》，结合实际制定本地区年度工作计划，于3月15日前报省厅办公室备案。", indent=True)
    para(doc, "三、强化督促检查", HT, 16, indent=True)
    para(doc, "厅办公室要将《要点》确定的重点任务纳入厅督查督办事项，实行清单化管理、项目化推进。各牵头处室请于每季度末月25日前将工作进展情况报送厅办公室，全年工作完成情况于12月10日前报送。厅办公室将定期通报任务落实情况，对工作推进不力的进行督办。", indent=True)
    para(doc, "", line=28)
    p = para(doc, "附件：2024年全省应急管理工作要点任务分工表", indent=True)
    para(doc, "", line=28)
    para(doc, "", line=28)
    para(doc, "岱川省应急管理厅", align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(64)
    para(doc, "2024年2月23日", align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(48)
    para(doc, "", line=28)
    para(doc, "（此件主动公开）", indent=True)

    # ---- 附件：landscape section
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    new.top_margin, new.bottom_margin = Cm(2.8), Cm(2.6)
    new.left_margin, new.right_margin = Cm(3.2), Cm(3.0)

    para(doc, "附件", HT, 16, line=28)
    para(doc, "", line=20)
    para(doc, "2024年全省应急管理工作要点任务分工表", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=35, after=12)

    headers = ["序号", "重点任务", "责任厅领导", "牵头处室", "配合处室（单位）", "完成时限"]
    widths = [1.4, 10.6, 2.4, 3.8, 4.6, 2.7]
    table = doc.add_table(rows=1, cols=6)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(table)
    hdr = table.rows[0]
    set_repeat_header(hdr)
    for c, h in zip(hdr.cells, headers):
        cell_text(c, h, font=HT, size=12)

    for title, tasks in SECTIONS:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[5])
        # merging leaves empty paragraphs from the absorbed cells; keep one
        for extra in merged.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
        cell_text(merged, title, align=WD_ALIGN_PARAGRAPH.LEFT, font=HT, size=12)
        for no, task, leaders, lead, coop, due in tasks:
            r = table.add_row()
            c = r.cells
            cell_text(c[0], no)
            cell_text(c[1], task, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            cell_text(c[2], leaders)
            cell_text(c[3], lead)
            cell_text(c[4], coop)
            cell_text(c[5], due)
    set_widths(table, widths)

    # ---- 版记 on its own portrait page
    last = doc.add_section()
    last.orientation = WD_ORIENT.PORTRAIT
    last.page_width, last.page_height = Cm(21), Cm(29.7)
    last.top_margin, last.bottom_margin = Cm(3.7), Cm(3.5)
    last.left_margin, last.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        para(doc, "", line=28)
    rule_line(doc)
    para(doc, "抄送：应急管理部办公厅，省委办公厅，省政府办公厅。", FS, 14, line=28).paragraph_format.left_indent = Pt(14)
    rule_line(doc)
    p = para(doc, "", FS, 14, line=28)
    p.paragraph_format.left_indent = Pt(14)
    set_font(p.add_run("岱川省应急管理厅办公室"), FS, 14)
    set_font(p.add_run("\u3000" * 9), FS, 14)
    set_font(p.add_run("2024年2月23日印发"), FS, 14)
    rule_line(doc)

    core = doc.core_properties
    core.title = "岱川省应急管理厅关于印发2024年全省应急管理工作要点的通知"
    core.author = "办公室"
    core.last_modified_by = "WPS_1700000000"

    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
