#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Write 509_qiyu_xian_kuohao_nei_peihe_danwei.docx next to this script.

A county government office's red-header Word notice dividing the 政府工作报告
into tasks, whose 附件 table has ONE 责任单位 column in which the lead units
stand outside a bracket and the cooperating units inside it
(`县发展和改革局（县财政局、县统计局）`), as the cover and the header cell say
(括号外的为牵头单位，括号内的为配合单位；未注明配合单位的，所列单位均为牵头单位).
Unit names that carry brackets of their own (各乡镇（街道）) sit inside and
outside the cooperating bracket.
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

NAME = "509_qiyu_xian_kuohao_nei_peihe_danwei.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

RED = RGBColor(0xE6, 0x00, 0x12)


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
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", font="仿宋_GB2312", size=16, bold=False,
         align=None, indent=True, color=None, space_line=Pt(28)):
    p = doc_or_cell.add_paragraph()
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


def bottom_border(p, color="E60012", sz="18"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def cell_para(cell, runs, align=WD_ALIGN_PARAGRAPH.LEFT, first=True):
    """runs: list of (text, font, size, bold)."""
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(20)
    for text, font, size, bold in runs:
        set_font(p.add_run(text), font, size, bold)
    return p


def set_cell_width(cell, cm):
    tcpr = cell._tc.get_or_add_tcPr()
    w = tcpr.find(qn("w:tcW"))
    if w is None:
        w = OxmlElement("w:tcW")
        tcpr.insert(0, w)
    w.set(qn("w:w"), str(int(cm * 567)))
    w.set(qn("w:type"), "dxa")


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


# --------------------------------------------------------------------------
# the tasks: (title sentence, rest, leaders, units, deadline)
PARTS = [
    ("一、扩大有效投资，推动经济稳中有进（6项）", [
        ("全力推进项目建设。",
         "全年实施省市县重点项目126个，完成年度投资152亿元以上，新开工亿元以上项目32个，竣工投产项目40个以上。",
         "周立新",
         "县发展和改革局（县财政局、县自然资源局、县住房和城乡建设局、各乡镇（街道））",
         "2025年12月底"),
        ("积极争取上级资金。",
         "紧盯超长期特别国债、中央预算内投资和地方政府专项债券投向，加强项目谋划储备，全年争取上级资金25亿元以上。",
         "周立新",
         "县发展和改革局、县财政局（县直各有关单位）",
         "2025年12月底"),
        ("加大招商引资力度。",
         "围绕新材料、绿色食品、文化旅游三大产业链开展精准招商，全年签约亿元以上项目35个、到位资金80亿元。",
         "韩志强",
         "县投资促进中心（县工业和信息化局、县商务局、县文化和旅游局、栖峪经济开发区管委会）",
         "2025年12月底"),
        ("促进消费扩容提质。",
         "组织开展“乐购栖峪”系列促消费活动20场以上，落实汽车、家电以旧换新政策，社会消费品零售总额增长6%。",
         "韩志强",
         "县商务局（县财政局、县市场监督管理局、县融媒体中心）",
         "2025年12月底"),
        ("强化要素保障。",
         "争取新增建设用地指标1800亩，盘活批而未供和闲置土地2600亩，优先保障重点项目用地需求。",
         "周立新",
         "县自然资源局",
         "2025年12月底"),
        ("加强经济运行监测调度。",
         "建立重点指标月调度、季分析制度，及时研判解决经济运行中的苗头性、倾向性问题。",
         "周立新",
         "县统计局、县发展和改革局",
         "每月25日前"),
    ]),
    ("二、壮大实体经济，加快产业转型升级（5项）", [
        ("推动工业提质增效。",
         "实施“技改提升”工程，完成工业技改投资28亿元，新增规模以上工业企业15家，规上工业增加值增长7.5%。",
         "韩志强",
         "县工业和信息化局（县发展和改革局、县财政局、县统计局、栖峪经济开发区管委会）",
         "2025年12月底"),
        ("提升开发区承载能力。",
         "完成开发区扩区调规，新建标准化厂房12万平方米，推进开发区污水处理厂二期建设。",
         "韩志强",
         "栖峪经济开发区管委会（县自然资源局、市生态环境局栖峪分局、县住房和城乡建设局）",
         "2025年11月底"),
        ("培育壮大市场主体。",
         "深化“个转企、小升规、规改股、股上市”梯次培育，全年新增经营主体5000户以上。",
         "韩志强",
         "县市场监督管理局、县工业和信息化局（县金融工作服务中心、国家税务总局栖峪县税务局）",
         "2025年12月底"),
        ("发展现代服务业。",
         "推进城区物流园二期、冷链仓储中心建设，新增限额以上服务业企业10家。",
         "韩志强",
         "县商务局（县发展和改革局、县交通运输局、县统计局）",
         "2025年12月底"),
        ("加快数字经济发展。",
         "新建5G基站260个，推动50家企业“上云用数赋智”，数字经济核心产业增加值增长10%。",
         "林晓梅",
         "县数据局（县工业和信息化局、中国电信栖峪分公司、中国移动栖峪分公司、中国联通栖峪分公司）",
         "2025年12月底"),
    ]),
    ("三、全面推进乡村振兴，加快农业农村现代化（5项）", [
        ("稳定粮食生产。",
         "落实粮食播种面积52.6万亩，新建高标准农田3.2万亩，粮食总产稳定在21万吨以上。",
         "苏国平",
         "县农业农村局（县财政局、县自然资源局、县水利局、各乡镇（街道））",
         "2025年10月底"),
        ("巩固拓展脱贫攻坚成果。",
         "健全防止返贫致贫监测和帮扶机制，落实各项帮扶政策，确保不发生规模性返贫致贫。",
         "苏国平",
         "县农业农村局、各乡镇（街道）（县民政局、县人力资源和社会保障局、县医疗保障局、县教育局）",
         "2025年12月底"),
        ("发展特色产业。",
         "做强茶叶、中药材、生态养殖三大特色产业，新增市级以上农业产业化龙头企业5家。",
         "苏国平",
         "县农业农村局（县林业局、县商务局、县市场监督管理局）",
         "2025年12月底"),
        ("建设宜居宜业和美乡村。",
         "完成农村户厕改造3000户，新建改建农村公路80公里，打造和美乡村示范村10个。",
         "苏国平、杜文静",
         "各乡镇（街道）（县农业农村局、县交通运输局、县住房和城乡建设局、市生态环境局栖峪分局）",
         "2025年12月底"),
        ("深化农村改革。",
         "稳妥推进第二轮土地承包到期后再延长30年试点，发展壮大新型农村集体经济。",
         "苏国平",
         "县农业农村局",
         "2025年12月底"),
    ]),
    ("四、推进城乡融合发展，提升城市功能品质（5项）", [
        ("实施城市更新行动。",
         "改造城镇老旧小区42个、老旧燃气管道18公里，完成城区排水防涝设施改造。",
         "杜文静",
         "县住房和城乡建设局（县发展和改革局、县财政局、县城市管理局、城关街道办事处）",
         "2025年12月底"),
        ("提升城市精细化管理水平。",
         "开展市容环境专项整治，新增公共停车位1500个，城区生活垃圾无害化处理率达到100%。",
         "杜文静、马骏",
         "县城市管理局（县公安局、县住房和城乡建设局、城关街道办事处）",
         "2025年12月底"),
        ("推进交通基础设施建设。",
         "加快G318栖峪段改线工程建设，建成县乡道提质改造项目60公里。",
         "杜文静",
         "县交通运输局（县自然资源局、县林业局、沿线各乡镇）",
         "2025年12月底"),
        ("持续打好污染防治攻坚战。",
         "空气质量优良天数比例达到93%以上，国省控断面水质达标率保持100%。",
         "林晓梅",
         "市生态环境局栖峪分局（县住房和城乡建设局、县农业农村局、县水利局、县交通运输局、县公安局、各乡镇（街道））",
         "2025年12月底"),
        ("推进水利设施建设。",
         "完成病险水库除险加固4座，新建改造农村供水保障工程15处。",
         "苏国平",
         "县水利局",
         "2025年11月底"),
    ]),
    ("五、坚持尽力而为、量力而行，持续增进民生福祉（6项）", [
        ("稳定和扩大就业。",
         "城镇新增就业4200人，农村劳动力转移就业11万人，城镇调查失业率控制在5.5%以内。",
         "林晓梅",
         "县人力资源和社会保障局（县教育局、县农业农村局、县工业和信息化局）",
         "2025年12月底"),
        ("办好人民满意的教育。",
         "新建改扩建中小学、幼儿园6所，新增学位3200个，推进县域普通高中振兴。",
         "林晓梅",
         "县教育局（县发展和改革局、县财政局、县自然资源局、县住房和城乡建设局）",
         "2025年8月底"),
        ("推进健康栖峪建设。",
         "深化紧密型县域医共体建设，县人民医院新院区投入使用，基层就诊率提高到65%。",
         "林晓梅",
         "县卫生健康局、县医疗保障局（县人民医院、县中医院）",
         "2025年12月底"),
        ("健全社会保障体系。",
         "城乡居民基本养老保险参保率稳定在95%以上，适时提高城乡低保和特困人员供养标准。",
         "林晓梅",
         "县人力资源和社会保障局、县民政局、县医疗保障局",
         "2025年12月底"),
        ("繁荣文化旅游事业。",
         "举办第五届栖峪茶文化旅游节，创建国家4A级旅游景区1家，全年接待游客突破800万人次。",
         "韩志强",
         "县文化和旅游局（县财政局、县交通运输局、县融媒体中心、有关乡镇）",
         "2025年10月底"),
        ("加快养老托育服务发展。",
         "新建社区嵌入式养老服务设施8个，新增普惠托位300个。",
         "林晓梅",
         "县民政局、县卫生健康局（各乡镇（街道））",
         "2025年12月底"),
    ]),
    ("六、统筹发展和安全，提升政府治理效能（5项）", [
        ("抓好安全生产。",
         "深化安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。",
         "马骏",
         "县应急管理局（县安委会各成员单位）",
         "全年"),
        ("防范化解重点领域风险。",
         "稳妥化解政府债务风险，加强非法集资风险排查，守住不发生系统性风险底线。",
         "周立新",
         "县财政局、县金融工作服务中心（县发展和改革局、县公安局、县市场监督管理局）",
         "2025年12月底"),
        ("推进平安栖峪建设。",
         "常态化开展扫黑除恶斗争，深入推进矛盾纠纷多元化解，群众安全感保持在98%以上。",
         "马骏",
         "县公安局（县司法局、县信访局、各乡镇（街道））",
         "2025年12月底"),
        ("持续优化营商环境。",
         "深化“高效办成一件事”改革，政务服务事项网上可办率达到99%以上。",
         "周立新",
         "县政务服务中心（县数据局、县直各有关单位）",
         "2025年12月底"),
        ("加强政府自身建设。",
         "严格落实政府过紧日子要求，一般性支出压减5%，强化审计监督和统计监督。",
         "周立新",
         "县政府办公室（县财政局、县审计局、县司法局）",
         "2025年12月底"),
    ]),
]


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)

    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    # 版头
    p = para(doc, "栖峪县人民政府办公室文件", font="方正小标宋简体", size=36,
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, color=RED,
             space_line=Pt(60))
    para(doc, "", indent=False)
    p = para(doc, "栖政办发〔2025〕6号", align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False)
    bottom_border(p)
    para(doc, "", indent=False)

    para(doc, "栖峪县人民政府办公室", font="方正小标宋简体", size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_line=Pt(33))
    para(doc, "关于印发栖峪县2025年《政府工作报告》", font="方正小标宋简体",
         size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         space_line=Pt(33))
    para(doc, "重点工作任务分解表的通知", font="方正小标宋简体", size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_line=Pt(33))
    para(doc, "", indent=False)

    para(doc, "各乡镇人民政府、城关街道办事处，县政府各部门，县直各单位：",
         indent=False)
    para(doc, "《栖峪县2025年政府工作报告》已经县第十八届人民代表大会第五次会议审议通过。"
              "为确保报告确定的各项目标任务落到实处，经县人民政府同意，现将《栖峪县2025年"
              "〈政府工作报告〉重点工作任务分解表》印发给你们，并就有关事项通知如下，请认真抓好落实。")

    p = para(doc)
    set_font(p.add_run("一、提高思想认识。"), "黑体", 16)
    set_font(p.add_run("《政府工作报告》是县人民政府向全县人民作出的庄严承诺。各乡镇（街道）、"
                       "各部门（单位）要把落实《政府工作报告》作为重要政治任务，主要负责同志亲自研究、"
                       "亲自部署，细化工作措施，明确时间节点，确保各项任务按期保质完成。"),
             "仿宋_GB2312", 16)

    p = para(doc)
    set_font(p.add_run("二、压实工作责任。"), "黑体", 16)
    set_font(p.add_run("各项任务实行责任县领导、牵头单位、配合单位分级负责制。分解表“责任单位”栏中，"
                       "括号外的为牵头单位，括号内的为配合单位；未注明配合单位的，所列单位均为牵头单位，"
                       "共同负责。牵头单位对任务落实负总责，要主动协调配合单位，制定推进计划，"
                       "定期调度进展；配合单位要按照职责分工，积极支持配合，形成工作合力。"),
             "仿宋_GB2312", 16)

    p = para(doc)
    set_font(p.add_run("三、强化督查考核。"), "黑体", 16)
    set_font(p.add_run("县政府督查室要将分解任务纳入年度督查重点，实行清单化管理、台账式推进。"
                       "各牵头单位请于每季度末月25日前，将任务推进情况报县政府督查室（联系人：郑敏，"
                       "联系电话：7826513，电子邮箱：qyxzfdcs@163.com），12月10日前报送全年完成情况。"
                       "落实情况纳入年度目标管理绩效考核。"),
             "仿宋_GB2312", 16)

    para(doc, "", indent=False)
    p = para(doc, "附件：栖峪县2025年《政府工作报告》重点工作任务分解表")
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, "栖峪县人民政府办公室", indent=False,
             align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Cm(1.2)
    p = para(doc, "2025年2月20日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Cm(1.8)
    para(doc, "（此件公开发布）")

    # 附件: landscape section
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width = Cm(29.7)
    new.page_height = Cm(21.0)
    new.top_margin = Cm(2.5)
    new.bottom_margin = Cm(2.5)
    new.left_margin = Cm(2.5)
    new.right_margin = Cm(2.5)

    para(doc, "附件", font="黑体", size=16, indent=False)
    para(doc, "栖峪县2025年《政府工作报告》重点工作任务分解表",
         font="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, space_line=Pt(36))
    para(doc, "", indent=False, space_line=Pt(14))

    widths = [1.4, 11.2, 2.8, 7.2, 2.1]
    table = doc.add_table(rows=1, cols=5)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    table_borders(table)

    hdr = table.rows[0]
    repeat_header(hdr)
    heads = ["序号", "重点工作任务", "责任县领导", "责任单位", "完成时限"]
    for i, (c, h) in enumerate(zip(hdr.cells, heads)):
        set_cell_width(c, widths[i])
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        cell_para(c, [(h, "黑体", 12, False)], align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_para(hdr.cells[3], [("（括号内为配合单位）", "楷体_GB2312", 10.5, False)],
              align=WD_ALIGN_PARAGRAPH.CENTER, first=False)

    n = 0
    for title, tasks in PARTS:
        row = table.add_row()
        cant_split(row)
        merged = row.cells[0].merge(row.cells[4])
        set_cell_width(merged, sum(widths))
        cell_para(merged, [(title, "黑体", 12, False)])
        for (lead_in, rest, leaders, units, due) in tasks:
            n += 1
            row = table.add_row()
            cant_split(row)
            cells = row.cells
            for i, c in enumerate(cells):
                set_cell_width(c, widths[i])
                c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            cell_para(cells[0], [(str(n), "仿宋_GB2312", 12, False)],
                      align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_para(cells[1], [(lead_in, "仿宋_GB2312", 12, True),
                                 (rest, "仿宋_GB2312", 12, False)],
                      align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            cell_para(cells[2], [(leaders, "仿宋_GB2312", 12, False)],
                      align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_para(cells[3], [(units, "仿宋_GB2312", 12, False)],
                      align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_para(cells[4], [(due, "仿宋_GB2312", 12, False)],
                      align=WD_ALIGN_PARAGRAPH.CENTER)

    # 版记
    para(doc, "", indent=False)
    p = para(doc, "", indent=False, size=14)
    p.add_run().add_break(WD_BREAK.PAGE)
    bk = doc.add_table(rows=2, cols=1)
    bk.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = bk._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4")):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)
    cell_para(bk.rows[0].cells[0],
              [("抄送：县委各部门，县人大常委会办公室，县政协办公室，县纪委监委，"
                "县人民法院，县人民检察院，县人武部。", "仿宋_GB2312", 14, False)])
    cell_para(bk.rows[1].cells[0],
              [("栖峪县人民政府办公室　　　　　　　　　　　　2025年2月20日印发",
                "仿宋_GB2312", 14, False)])

    doc.core_properties.author = "县政府办"
    doc.core_properties.title = "关于印发栖峪县2025年《政府工作报告》重点工作任务分解表的通知"
    doc.save(OUT)
    return n


if __name__ == "__main__":
    print(build(), "tasks ->", OUT)
