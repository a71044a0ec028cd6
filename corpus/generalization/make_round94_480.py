#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Write 480_yuanxiu_shi_chengshi_gengxin_renwu_qingdan.docx: a 市人民政府办公室 red-header
notice printing a 城市更新行动工作方案 whose 附件 is a 任务清单 table (control case)."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

NAME = "480_yuanxiu_shi_chengshi_gengxin_renwu_qingdan.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xE6, 0x00, 0x12)


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), name if k == "w:eastAsia" else ("Times New Roman" if name == FS else name))
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None, indent=True,
         color=None, line=28, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
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


def mixed(doc, parts, size=16):
    """A body paragraph with a 楷体 lead-in then 仿宋 text (（一）指导思想。…)."""
    p = para(doc)
    for text, font in parts:
        set_font(p.add_run(text), font, size)
    return p


def bottom_border(p, color="E60012", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def cell_text(cell, text, size=11, bold=False, font=FS, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(16)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    if text:
        set_font(p.add_run(text), font, size, bold)
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


# ---------------------------------------------------------------- content
SECTIONS = [
    ("一、城市体检和规划引领", [
        ("1", "建立城市体检评估机制，从住房、小区（社区）、街区、城区（城市）四个维度开展年度城市体检，形成城市体检报告和问题清单",
         "每年完成一次城市体检，体检发现的问题纳入城市更新项目库", "市住房城乡建设局",
         "市自然资源和规划局、市发展改革委、市统计局", "每年10月底前"),
        ("2", "编制城市更新专项规划，合理划定城市更新单元，明确更新目标、时序和实施路径",
         "2025年底前完成专项规划编制并按程序报批", "市自然资源和规划局",
         "市住房城乡建设局、市发展改革委、市文化广电旅游局", "2025年12月底前"),
        ("3", "建立城市更新项目库，实行“谋划一批、储备一批、实施一批”滚动管理",
         "每年新入库项目不少于50个", "市发展改革委、市住房城乡建设局",
         "市自然资源和规划局、市财政局、各县（市、区）人民政府", "持续推进"),
    ]),
    ("二、老旧小区和城中村改造", [
        ("4", "实施城镇老旧小区改造，重点完善水电气路信等基础设施，同步增设停车位、充电设施和安防设施",
         "2025—2027年累计改造老旧小区186个，惠及居民2.3万户", "市住房城乡建设局",
         "市财政局、市发展改革委、市城市管理局、国网沅岫供电公司、各县（市、区）人民政府", "2027年12月底前"),
        ("5", "推动既有住宅加装电梯，简化审批流程，探索“统一设计、集中采购、整体运维”模式",
         "三年累计加装电梯300部", "市住房城乡建设局",
         "市自然资源和规划局、市市场监管局、市财政局", "持续推进"),
        ("6", "稳步推进城中村改造，按照拆除新建、整治提升、拆整结合分类实施，优先改造安全隐患多、群众要求迫切的城中村",
         "2025年启动改造城中村5个，2027年底前基本完成", "市住房城乡建设局、市自然资源和规划局",
         "市发展改革委、市财政局、市税务局、岫城区人民政府、沅北区人民政府", "2027年12月底前"),
        ("7", "推进社区嵌入式服务设施建设，补齐养老托育、社区食堂、便民商业等服务设施短板",
         "每年建成社区嵌入式服务设施项目不少于10个", "市发展改革委",
         "市民政局、市卫生健康委、市商务局、市住房城乡建设局", "每年12月底前"),
        ("8", "开展城镇房屋安全隐患排查整治，建立房屋定期体检、房屋养老金和房屋质量保险制度",
         "2025年6月底前完成经营性自建房安全隐患整治", "市住房城乡建设局",
         "市应急管理局、市自然资源和规划局、市市场监管局、市消防救援支队、各县（市、区）人民政府", "2025年6月底前"),
        ("9", "推进老旧小区物业管理全覆盖，通过街道托管、社区代管、引入专业化物业服务企业等方式补齐管理短板",
         "2026年底前老旧小区物业管理覆盖率达到95%以上", "市住房城乡建设局",
         "市民政局、各县（市、区）人民政府", "2026年12月底前"),
    ]),
    ("三、城市基础设施更新改造", [
        ("10", "实施城市燃气管道等老化更新改造，完成市政、庭院和立管老化管道改造任务",
         "三年累计改造燃气管道420公里", "市城市管理局",
         "市住房城乡建设局、市发展改革委、市财政局、市应急管理局、市燃气集团", "2027年12月底前"),
        ("11", "推进城市供水管网更新改造和漏损治理，提升二次供水设施管理水平",
         "2027年公共供水管网漏损率控制在9%以内", "市住房城乡建设局",
         "市水利局、市财政局、市水务集团", "2027年12月底前"),
        ("12", "实施城市排水防涝能力提升工程，系统治理城市易涝积水点，推进雨污分流改造",
         "2025年汛期前完成32处易涝积水点整治", "市住房城乡建设局、市水利局",
         "市城市管理局、市应急管理局、市气象局", "2025年5月底前"),
        ("13", "开展城市生命线安全工程建设，对燃气、桥梁、供水、排水等设施实施智能化监测",
         "2026年底前建成城市生命线安全运行监测平台", "市住房城乡建设局",
         "市数据局、市城市管理局、市应急管理局", "2026年12月底前"),
        ("14", "推进城市道路和桥梁更新改造，打通城市断头路，改造提升背街小巷",
         "三年打通断头路15条，改造背街小巷120条", "市城市管理局",
         "市自然资源和规划局、市交通运输局、市公安局交警支队", "2027年12月底前"),
        ("15", "加快城市停车设施建设，盘活利用闲置土地和地下空间建设公共停车场",
         "三年新增公共停车泊位8000个", "市城市管理局",
         "市自然资源和规划局、市公安局交警支队、市城投集团", "2027年12月底前"),
        ("16", "完善新能源汽车充电基础设施网络，推动居住社区充电设施建设和既有停车位充电改造",
         "三年新建公共充电桩3000个", "市发展改革委",
         "国网沅岫供电公司、市住房城乡建设局、市自然资源和规划局", "持续推进"),
    ]),
    ("四、历史文化保护和城市风貌塑造", [
        ("17", "开展历史文化资源普查，健全历史文化街区、历史建筑和传统风貌建筑保护名录",
         "2025年底前完成普查，公布第二批历史建筑名录", "市自然资源和规划局、市住房城乡建设局",
         "市文化广电旅游局", "2025年12月底前"),
        ("18", "推进历史文化街区保护利用，实施南门老街修缮提升，植入文化展示、文创商业等新业态",
         "2026年底前完成南门老街保护利用一期工程", "岫城区人民政府",
         "市文化广电旅游局、市住房城乡建设局、市商务局", "2026年12月底前"),
        ("19", "加强城市设计和风貌管控，制定建筑色彩、建筑高度、城市天际线等管控导则",
         "2025年底前出台城市风貌管控导则", "市自然资源和规划局", "/", "2025年12月底前"),
        ("20", "推进老旧厂区和工业遗存更新改造，发展文化创意、科技孵化、商业服务等新业态",
         "三年改造提升老旧厂区6处", "市工业和信息化局",
         "市自然资源和规划局、市文化广电旅游局、市国资委", "2027年12月底前"),
    ]),
    ("五、生态空间和公共服务完善", [
        ("21", "实施城市绿地提升工程，推进口袋公园、城市绿道和滨水空间建设",
         "三年新建口袋公园60个、城市绿道80公里", "市城市管理局",
         "市自然资源和规划局、市住房城乡建设局、市水利局", "2027年12月底前"),
        ("22", "推进城市黑臭水体和沅江岸线生态治理，巩固城市水环境治理成效",
         "城市建成区黑臭水体保持动态清零", "市生态环境局、市住房城乡建设局",
         "市水利局、市农业农村局", "持续推进"),
        ("23", "完善城市一刻钟便民生活圈，推动农贸市场、商业网点更新改造",
         "三年建成一刻钟便民生活圈40个", "市商务局",
         "市住房城乡建设局、市市场监管局、市自然资源和规划局", "2027年12月底前"),
        ("24", "推进城市公共空间适老化、适儿化改造和无障碍环境建设",
         "2026年底前完成主城区重点公共场所无障碍改造", "市住房城乡建设局",
         "市民政局、市交通运输局、市残联、市妇联", "2026年12月底前"),
        ("25", "推进中小学校、社区卫生服务中心等公共服务设施更新补短板",
         "三年新建改扩建中小学12所，改造提升社区卫生服务中心10个", "市教育局、市卫生健康委",
         "市发展改革委、市财政局、市自然资源和规划局", "2027年12月底前"),
    ]),
    ("六、机制创新和要素保障", [
        ("26", "完善城市更新政策体系，出台城市更新实施办法及土地、规划、审批等配套政策",
         "2025年9月底前出台实施办法", "市住房城乡建设局",
         "市自然资源和规划局、市发展改革委、市财政局、市司法局", "2025年9月底前"),
        ("27", "创新城市更新投融资模式，积极争取中央预算内投资、超长期特别国债等资金支持，引导社会资本参与",
         "每年争取上级资金不少于10亿元", "市发展改革委、市财政局",
         "市住房城乡建设局、人民银行沅岫市分行、金融监管总局沅岫监管分局", "持续推进"),
        ("28", "加强城市更新用地保障，探索存量用地盘活、混合用地和容积率奖励等支持政策",
         "2025年底前出台存量用地盘活支持政策", "市自然资源和规划局",
         "市住房城乡建设局、市税务局", "2025年12月底前"),
        ("29", "优化城市更新项目审批，推行“一站式”联合审批和告知承诺制",
         "项目审批时限压缩30%以上", "市行政审批服务局",
         "市住房城乡建设局、市自然资源和规划局、市发展改革委", "2025年12月底前"),
        ("30", "建立城市更新项目调度和考核评价机制，定期通报工作进展情况",
         "每季度通报一次，年底开展综合评价", "市城市更新工作领导小组办公室",
         "市政府督查室、各县（市、区）人民政府", "持续推进"),
    ]),
]


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    # ---- 版头
    para(doc, "沅岫市人民政府办公室文件", font=XBS, size=36, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, color=RED, line=48, before=36)
    para(doc, "", indent=False)
    p = para(doc, "沅政办发〔2025〕9号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p)
    para(doc, "", indent=False)
    para(doc, "沅岫市人民政府办公室", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=32)
    para(doc, "关于印发沅岫市城市更新行动工作方案", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    para(doc, "（2025—2027年）的通知", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=32)
    para(doc, "", indent=False)
    para(doc, "各县（市、区）人民政府，市政府各部门、各直属机构：", indent=False)
    para(doc, "《沅岫市城市更新行动工作方案（2025—2027年）》已经市政府同意，现印发给你们，"
              "请结合实际认真抓好贯彻落实。")
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, "沅岫市人民政府办公室", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2025年4月3日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）")
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)

    # ---- 方案
    para(doc, "沅岫市城市更新行动工作方案", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=32)
    para(doc, "（2025—2027年）", font=KT, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         after=12)
    para(doc, "为深入贯彻落实党中央、国务院关于持续推进城市更新行动的决策部署，按照省委、省政府工作要求，"
              "推动城市高质量发展，打造宜居、韧性、智慧城市，结合我市实际，制定本方案。")
    para(doc, "一、总体要求", font=HT)
    mixed(doc, [("（一）指导思想。", KT),
                ("坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，"
                 "坚持人民城市人民建、人民城市为人民，以城市体检为基础，以城市更新单元为抓手，"
                 "统筹城市规划建设管理，推动城市开发建设方式由大规模增量建设向存量提质改造和增量结构调整并重转变。", FS)])
    mixed(doc, [("（二）工作目标。", KT),
                ("到2027年，全市累计改造城镇老旧小区186个，启动城中村改造项目15个，改造燃气、供水、排水等"
                 "各类老化管网1200公里以上，城市基础设施安全韧性明显增强，人居环境品质持续提升，"
                 "城市更新政策机制基本健全。", FS)])
    para(doc, "二、重点任务", font=HT)
    for lead, text in [
        ("（一）开展城市体检和规划引领。", "建立“体检发现问题、更新解决问题、评估巩固成效”的工作机制，"
                                       "以专项规划统筹城市更新项目谋划和实施时序。"),
        ("（二）推进老旧小区和城中村改造。", "因地制宜推进城镇老旧小区改造和城中村改造，完善社区服务设施，"
                                         "提升住房安全和物业管理水平。"),
        ("（三）实施城市基础设施更新改造。", "聚焦城市生命线安全，推进燃气、供水、排水、道路、停车、充电等"
                                         "基础设施补短板、强弱项。"),
        ("（四）加强历史文化保护和城市风貌塑造。", "坚持应保尽保，推动历史文化资源活化利用，强化城市设计和风貌管控。"),
        ("（五）完善生态空间和公共服务。", "拓展城市绿色开敞空间，补齐教育、医疗、养老、商业等公共服务设施短板。"),
        ("（六）创新体制机制和要素保障。", "健全城市更新政策、资金、用地、审批等支撑体系，形成可持续的城市更新模式。"),
    ]:
        mixed(doc, [(lead, KT), (text, FS)])
    para(doc, "各项重点任务的具体内容、责任单位和完成时限详见附件。")
    para(doc, "三、保障措施", font=HT)
    mixed(doc, [("（一）加强组织领导。", KT),
                ("成立市城市更新工作领导小组，由市长任组长，分管副市长任副组长，相关部门主要负责同志为成员。"
                 "领导小组办公室设在市住房城乡建设局，负责统筹协调、调度推进等日常工作。", FS)])
    mixed(doc, [("（二）压实工作责任。", KT),
                ("各牵头单位要会同配合单位细化工作措施，明确时间节点，对任务落实负总责；各配合单位要按照职责分工"
                 "主动配合、密切协作。各县（市、区）人民政府是本辖区城市更新工作的责任主体，要制定具体实施方案，"
                 "抓好项目组织实施。", FS)])
    mixed(doc, [("（三）强化要素保障。", KT),
                ("统筹用好各级财政资金，积极争取上级政策和资金支持，鼓励金融机构创新金融产品和服务，"
                 "依法依规盘活存量土地和闲置房屋资源。", FS)])
    mixed(doc, [("（四）加强督促考核。", KT),
                ("各牵头单位于每季度最后一个月25日前将任务进展情况报送市城市更新工作领导小组办公室。"
                 "城市更新工作纳入市政府年度重点督查事项，对工作推进不力的予以通报。", FS)])
    mixed(doc, [("（五）营造良好氛围。", KT),
                ("充分利用各类媒体宣传城市更新政策和典型案例，畅通群众参与渠道，"
                 "形成共建共治共享的良好局面。", FS)])
    para(doc, "", indent=False)
    para(doc, "附件：沅岫市城市更新行动任务清单")

    # ---- 附件: landscape section
    sec2 = doc.add_section()
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21)
    sec2.top_margin, sec2.bottom_margin = Cm(2.8), Cm(2.6)
    sec2.left_margin, sec2.right_margin = Cm(3.0), Cm(2.8)
    para(doc, "附件", font=HT, indent=False)
    para(doc, "沅岫市城市更新行动任务清单", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=32, after=12)

    widths = [Cm(1.3), Cm(8.0), Cm(5.0), Cm(3.4), Cm(3.9), Cm(2.3)]
    table = doc.add_table(rows=1, cols=6)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    table_borders(table)
    hdr = table.rows[0]
    for i, h in enumerate(["序号", "工作任务", "目标要求", "牵头单位", "配合单位", "完成时限"]):
        cell_text(hdr.cells[i], h, size=12, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(hdr)
    for title, rows in SECTIONS:
        r = table.add_row()
        cant_split(r)
        m = r.cells[0].merge(r.cells[5])
        cell_text(m, title, size=12, font=HT)
        for no, task, goal, lead, coop, due in rows:
            r = table.add_row()
            cant_split(r)
            c = r.cells
            cell_text(c[0], no, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(c[1], task)
            cell_text(c[2], goal)
            cell_text(c[3], lead)
            cell_text(c[4], coop, align=WD_ALIGN_PARAGRAPH.CENTER if coop == "/" else WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(c[5], due, align=WD_ALIGN_PARAGRAPH.CENTER)
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            cell.width = widths[i]
    p = para(doc, "注：各县（市、区）人民政府负责本辖区内城市更新任务的组织实施，除单独列明外，清单中不再逐项列出。",
             size=12, indent=False, line=20, before=6)

    # ---- 版记 (portrait, last page)
    sec3 = doc.add_section()
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        para(doc, "", indent=False)
    bj = doc.add_table(rows=2, cols=1)
    tblpr = bj._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4")):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)
    c = bj.rows[0].cells[0]
    cell_text(c, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级人民法院，市人民检察院，"
                 "沅岫军分区。", size=14)
    c = bj.rows[1].cells[0]
    cell_text(c, "沅岫市人民政府办公室　　　　　　　　　　2025年4月3日印发", size=14)

    cp = doc.core_properties
    cp.author = "市政府办公室"
    cp.title = "沅岫市人民政府办公室关于印发沅岫市城市更新行动工作方案（2025—2027年）的通知"
    doc.save(OUT)


if __name__ == "__main__":
    main()
