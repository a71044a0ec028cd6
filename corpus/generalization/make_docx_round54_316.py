# -*- coding: utf-8 -*-
"""Generate 316_linlan_gzbg_fengong.docx: 临澜市人民政府 task-division notice with a
two-row-header table (市级领导 / 主办单位 / 协办单位) in a landscape attachment section.
Run with /usr/bin/python3; writes next to this script."""
import os
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "316_linlan_gzbg_fengong.docx")

FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"


def set_font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        rfonts.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(doc, text, name=FS, size=16, align=None, indent=True, bold=False, color=None,
         space_before=0, space_after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(28)
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), name, size, bold, color)
    return p


def cell_text(cell, text, size=10.5, align=None, name=FS, bold=False):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n") if text else [""]
    first = cell.paragraphs[0]
    for r in list(first.runs):
        r._element.getparent().remove(r._element)
    for i, part in enumerate(parts):
        p = first if i == 0 else cell.add_paragraph()
        p.paragraph_format.line_spacing = Pt(15)
        p.paragraph_format.space_after = Pt(0)
        if align is not None:
            p.alignment = align
        if part:
            set_font(p.add_run(part), name, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def set_borders(table):
    tbl = table._tbl
    tblpr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblpr.append(borders)


# ---------------------------------------------------------------- table data
# Row kinds:
#   ("S", text)                                      section row spanning all columns
#   ("T", no, task, leader, lead, coop, deadline)    ordinary task row
#   ("M", no, task, leader, merged_text, deadline)   主办/协办 columns merged horizontally
#   ("X", no, task, leader, [(lead, coop, deadline), ...])  one task over several rows
# leader == "^" : vertically merged with the leader cell above
LL = "各县（市、区）人民政府"
ROWS = [
    ("S", "一、扩大有效需求，推动经济稳中向好（共5项）"),
    ("T", "1", "全市地区生产总值增长5.5%左右，一般公共预算收入增长4%，规模以上工业增加值增长7%以上。",
     "刘卫东\n李文斌", "市发展改革委",
     "市统计局、市财政局、市工业和信息化局\n" + LL, "2026年12月底前"),
    ("T", "2", "实施重大项目“攻坚年”行动，全年安排市级重点项目320个、年度计划投资680亿元以上。"
     "落实市级领导联系重点项目制度，每个项目明确1名市领导牵头、1个部门负责、1个专班推进。",
     "李文斌", "市发展改革委",
     "市自然资源和规划局、市生态环境局、市住房城乡建设局、市行政审批服务局", "持续推进"),
    ("T", "3", "积极争取超长期特别国债、地方政府专项债券等政策资金，全年争取新增专项债券额度90亿元以上（不含再融资债券）。",
     "^", "市财政局\n市发展改革委", "—", "2026年12月底前"),
    ("T", "4", "促进消费扩容提质，全年社会消费品零售总额增长6%。\n"
     "1.落实消费品以旧换新政策，带动汽车、家电等消费60亿元以上。\n"
     "2.举办“临澜消费季”系列促消费活动200场次以上，培育夜间消费集聚区5个。",
     "欧阳岚", "市商务局", "市文化广电和旅游局、市市场监管局、市财政局", "持续推进"),
    ("T", "5", "稳住外贸外资基本盘，全年进出口总额增长6%，实际使用外资1.2亿美元。"
     "配合临澜海关推进“两步申报”“提前申报”等通关便利化改革。",
     "^", "市商务局", "临澜海关、市税务局、中国人民银行临澜市分行", "2026年12月底前"),

    ("S", "二、坚持创新驱动，加快建设现代化产业体系（共6项）"),
    ("M", "1", "深入实施产业链“链长制”，聚焦新能源装备、生物医药、绿色食品等8条重点产业链，"
     "落实“链长+链主”双牵头工作机制，全年开展产业链招商活动30场次以上。",
     "刘卫东", "市工业和信息化局牵头，市直各有关单位按职责分工负责", "持续推进"),
    ("T", "2", "新增规模以上工业企业60家、专精特新中小企业40家以上；实施技术改造项目150个（其中投资亿元以上项目35个）。",
     "马骏", "市工业和信息化局",
     "市科技局、市财政局\n" + LL + "、临澜高新区管委会、临澜经济技术开发区管委会", "2026年12月底前"),
    ("T", "3", "全社会研发经费投入强度达到2.3%，高新技术企业净增50家。推动临澜实验室（一期）建成投用。",
     "马骏\n韩冬（协助）", "市科技局", "市财政局、市统计局、临澜高新区管委会", "2026年10月底前"),
    ("T", "4", "推进数字经济与实体经济深度融合，新建5G基站1200个，培育省级以上智能工厂12家。",
     "马骏", "市数据局\n市工业和信息化局",
     "中国电信临澜分公司、中国移动临澜分公司、中国联通临澜分公司", "2026年12月底前"),
    ("T", "5", "加快发展现代农业，粮食播种面积稳定在286万亩以上、总产量稳定在23亿斤以上，新建高标准农田12.5万亩。",
     "郑小川", "市农业农村局",
     "市发展改革委、市财政局、市自然资源和规划局、市水利局\n（按职责分工负责）", "2026年11月底前"),
    ("T", "6", "推进文旅深度融合，创建国家5A级旅游景区1家，全年接待游客人次增长8%。",
     "欧阳岚", "市文化广电和旅游局", "", "2026年12月底前"),

    ("S", "三、深化改革开放，持续优化营商环境（共5项）"),
    ("M", "1", "深入推进“高效办成一件事”，新增重点事项13个，政务服务事项“一网通办”实现率达到95%以上。",
     "韩冬", "主办：市数据局\n协办：市行政审批服务局、" + LL, "2026年9月底前"),
    ("X", "2", "加快综合交通枢纽建设，推进临澜至江口高速公路、临澜西站综合客运枢纽建设，新改建农村公路300公里。",
     "李文斌",
     [("市交通运输局", "市财政局、市自然资源和规划局", "2026年12月底前"),
      ("^", LL + "\n市城投集团", "2026年11月底前")]),
    ("T", "3", "优化民营经济发展环境，开展拖欠企业账款清理专项行动，落实涉企检查“企业安静期”制度"
     "（除安全生产、生态环境等领域外，原则上每月1日至20日不入企检查）。",
     "李文斌、陈思远", "市发展改革委", "市司法局、市市场监管局、市工商联", "2026年6月底前出台制度，持续推进"),
    ("T", "4", "深化国资国企改革，完成市属国有企业整合重组，推动市城投集团、市交投集团实体化市场化转型。",
     "李文斌", "市国资委", "市财政局\n市城投集团\n市交投集团", "2026年12月底前"),
    ("T", "5", "扩大高水平对外开放，推进临澜综合保税区申建，加密中欧班列（临澜）开行班次，全年开行120列以上。",
     "欧阳岚", "市商务局", "临澜海关、市发展改革委、临澜经济技术开发区管委会", "2026年12月底前"),

    ("S", "四、推进城乡融合，建设宜居韧性智慧城市（共5项）"),
    ("M", "1", "实施城市更新行动，改造城镇老旧小区86个、城中村2个，新建改造城市燃气、供水等地下管网126公里。",
     "周敏", "市住房城乡建设局（牵头）、市城市管理局、市自然资源和规划局、国网临澜供电公司、临澜华润燃气有限公司",
     "2026年11月底前"),
    ("T", "2", "筹集保障性租赁住房1500套，完成城镇棚户区改造1.2万户（其中货币化安置比例不低于40%）。（★）",
     "^", "市住房城乡建设局", "市住房公积金管理中心、市自然资源和规划局、市财政局", "2026年12月底前"),
    ("T", "3", "深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在32微克/立方米以内，国省考断面水质优良比例达到90%以上。"
     "主动配合做好第三轮省级生态环境保护督察。",
     "周敏　郑小川", "市生态环境局",
     "市发展改革委、市工业和信息化局、市住房城乡建设局、市交通运输局、市农业农村局、市水利局\n" + LL, "持续推进"),
    ("T", "4", "全面推行河湖长制，压实各级河湖长负责制，完成全市15条重点河道综合治理。",
     "郑小川", "市水利局", "—", "2026年10月底前"),
    ("T", "5", "推进乡村全面振兴，新建和美乡村示范村30个，农村居民人均可支配收入增长6.5%。",
     "^", "市农业农村局", "市财政局、市民政局、" + LL + "（按属地负责）", "2026年12月底前"),

    ("S", "五、持续保障改善民生，守牢安全发展底线（共6项）"),
    ("T", "1", "实施就业优先战略，城镇新增就业4.2万人，城镇调查失业率控制在5.5%以内。",
     "欧阳岚", "市人力资源社会保障局",
     "市教育局、市财政局、市退役军人事务局、市总工会、团市委、市妇联", "2026年12月底前"),
    ("T", "2", "办好人民满意的教育，新建改扩建中小学、幼儿园18所，新增学位1.6万个。（★）",
     "^", "市教育局", "市发展改革委、市自然资源和规划局、市住房城乡建设局\n" + LL, "2026年8月底前"),
    ("T", "3", "推进健康临澜建设，推动市第一人民医院新院区建成投用，实现紧密型县域医共体全覆盖。",
     "^", "市卫生健康委\n市医保局", "市发展改革委、市财政局", "2026年12月底前"),
    ("T", "4", "健全社会保障体系，落实城乡居民基础养老金提标政策，新建社区嵌入式养老服务中心（站）25个。（★）",
     "^", "市民政局", "市人力资源社会保障局、市医保局、市财政局", "2026年12月底前"),
    ("T", "5", "统筹发展和安全，压紧压实安全生产“党政同责、一岗双责”，做好安全生产治本攻坚三年行动（2024—2026年）收官工作，"
     "全年生产安全事故起数和死亡人数实现“双下降”。",
     "各分管市领导", "市应急管理局", "市安委会各成员单位\n" + LL, "持续推进"),
    ("T", "6", "建设更高水平平安临澜，常态化开展扫黑除恶斗争，稳妥有序防范化解地方政府债务、金融等重点领域风险。",
     "陈思远\n李文斌", "市公安局\n市财政局\n市委金融办",
     "市中级人民法院、市人民检察院、市司法局、国家金融监督管理总局临澜监管分局", "持续推进"),
]


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    # 版头
    para(doc, "临澜市人民政府文件", XBS, 36, WD_ALIGN_PARAGRAPH.CENTER, False, color=(0xE0, 0, 0),
         space_before=40)
    para(doc, "", indent=False)
    para(doc, "临政发〔2026〕4号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER, False)
    rule = para(doc, "", indent=False)
    ppr = rule._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), "12"); b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "E00000")
    pbdr.append(b); ppr.append(pbdr)
    para(doc, "", indent=False)

    # 标题
    para(doc, "临澜市人民政府", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False)
    para(doc, "关于印发《2026年市政府工作报告》重点任务", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False)
    para(doc, "责任分工的通知", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False)
    para(doc, "", indent=False)

    # 主送
    para(doc, "各县（市、区）人民政府，临澜高新区、临澜经济技术开发区管委会，市政府各部门、各直属机构：",
         indent=False)
    # 正文
    para(doc, "《2026年市政府工作报告》（以下简称《报告》）已经市十八届人大五次会议审议通过。为确保《报告》"
              "确定的各项目标任务落到实处，经市政府同意，现将《报告》重点任务责任分工印发给你们，并提出如下要求，"
              "请认真贯彻落实。")
    para(doc, "一、压实工作责任。各项任务的主办单位是第一责任单位，主要负责同志为第一责任人，要牵头制定具体工作方案，"
              "明确时间表、路线图和责任人；协办单位要主动配合，按职责分工做好相关工作。同一项任务有多个主办单位的，"
              "排在第一位的主办单位负责组织协调和汇总报送。")
    para(doc, "二、强化调度督办。各主办单位要于每季度末月20日前，将任务推进情况（含存在问题及下步措施）"
              "书面报送市政府督查室（联系人：孙丽华，联系电话：0739-8812345）。市政府督查室负责按季度"
              "跟踪督办，对进展滞后的任务实行挂牌督办。")
    para(doc, "三、严格考核问效。重点任务完成情况纳入2026年度县（市、区）和市直单位高质量发展综合绩效考核。"
              "对工作推进不力、未按时限完成任务的，按有关规定严肃问责。")
    para(doc, "")
    para(doc, "附件：2026年市政府工作报告重点任务责任分工表", indent=True)
    para(doc, "")
    para(doc, "")
    p = para(doc, "临澜市人民政府", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Cm(2.2)
    p = para(doc, "2026年2月27日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Cm(2.0)
    para(doc, "（此件公开发布）")

    # 附件: landscape section
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21)
    s2.top_margin, s2.bottom_margin = Cm(2.5), Cm(2.5)
    s2.left_margin, s2.right_margin = Cm(2.5), Cm(2.5)
    para(doc, "附件", HT, 16, indent=False)
    para(doc, "", indent=False)
    para(doc, "2026年市政府工作报告重点任务责任分工表", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False)
    para(doc, "", indent=False)

    table = doc.add_table(rows=2, cols=6)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_borders(table)
    widths = [Cm(1.4), Cm(10.5), Cm(2.6), Cm(3.6), Cm(4.8), Cm(2.8)]
    C = WD_ALIGN_PARAGRAPH.CENTER
    h0, h1 = table.rows[0].cells, table.rows[1].cells
    top = h0[0].merge(h1[0]); cell_text(top, "序号", 11, C, HT)
    top = h0[1].merge(h1[1]); cell_text(top, "重点任务", 11, C, HT)
    top = h0[2].merge(h0[4]); cell_text(top, "责任分工", 11, C, HT)
    top = h0[5].merge(h1[5]); cell_text(top, "完成时限", 11, C, HT)
    cell_text(h1[2], "市级领导", 11, C, HT)
    cell_text(h1[3], "主办单位", 11, C, HT)
    cell_text(h1[4], "协办单位", 11, C, HT)
    repeat_header(table.rows[0]); repeat_header(table.rows[1])

    leader_anchor = None  # cell that a "^" leader merges into
    for row in ROWS:
        kind = row[0]
        if kind == "S":
            cells = table.add_row().cells
            m = cells[0].merge(cells[5])
            cell_text(m, row[1], 11, None, HT)
            leader_anchor = None
            continue
        if kind in ("T", "M"):
            cells = table.add_row().cells
            cell_text(cells[0], row[1], 10.5, C)
            cell_text(cells[1], row[2])
            leader = row[3]
            if leader == "^":
                leader_anchor = leader_anchor.merge(cells[2])
            else:
                cell_text(cells[2], leader, 10.5, C)
                leader_anchor = cells[2]
            if kind == "T":
                cell_text(cells[3], row[4], 10.5, C)
                cell_text(cells[4], row[5])
                cell_text(cells[5], row[6], 10.5, C)
            else:
                m = cells[3].merge(cells[4])
                cell_text(m, row[4])
                cell_text(cells[5], row[5], 10.5, C)
            continue
        if kind == "X":
            no, task, leader, parts = row[1], row[2], row[3], row[4]
            first = None
            lead_anchor = None
            for i, (lead, coop, dl) in enumerate(parts):
                cells = table.add_row().cells
                if i == 0:
                    first = cells
                    cell_text(cells[0], no, 10.5, C)
                    cell_text(cells[1], task)
                    cell_text(cells[2], leader, 10.5, C)
                    leader_anchor = cells[2]
                else:
                    first[0].merge(cells[0])
                    first[1].merge(cells[1])
                    leader_anchor = leader_anchor.merge(cells[2])
                if lead == "^":
                    lead_anchor = lead_anchor.merge(cells[3])
                else:
                    cell_text(cells[3], lead, 10.5, C)
                    lead_anchor = cells[3]
                cell_text(cells[4], coop)
                cell_text(cells[5], dl, 10.5, C)
    for r in table.rows:
        for i, w in enumerate(widths):
            r.cells[i].width = w

    para(doc, "", indent=False)
    notes = [
        "注：1.主办单位栏列有多个单位的，均为主办单位，排在第一位的单位负责牵头汇总报送工作进展情况。",
        "2.市级领导栏中标注“（协助）”的，为协助分管市领导。",
        "3.标注“★”的任务为2026年市级民生实事项目。",
    ]
    for i, n in enumerate(notes):
        p = para(doc, n, FS, 12, indent=False)
        if i:
            p.paragraph_format.left_indent = Pt(36)

    # 版记
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Cm(21), Cm(29.7)
    s3.top_margin, s3.bottom_margin = Cm(3.7), Cm(3.5)
    s3.left_margin, s3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(14):
        para(doc, "", indent=False)
    para(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级人民法院，市人民检察院，临澜军分区。",
         FS, 14, indent=False)
    para(doc, "临澜市人民政府办公室　　　　　　　　　2026年2月27日印发", FS, 14, indent=False)
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
