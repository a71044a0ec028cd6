#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""溆川省人民政府办公厅 红头 notice dividing the 2025 省政府工作报告 tasks (附件 landscape table)."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

NAME = "590_xuchuan_sheng_gzbg_zhongdian_renwu_fengong.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)


def set_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    rfonts.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first_indent=None, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = first_indent
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para(doc_or_cell, text, east=FS, size=16, bold=False, align=None, indent=True, line=28,
         color=None, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    fmt(p, align, Pt(size * 2) if indent else None, line, before, after)
    if text:
        r = p.add_run(text)
        set_font(r, east, size, bold, color)
    return p


def body_lead(doc, lead, rest):
    """Cover paragraph with a 黑体 lead-in sentence."""
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, Pt(32), 28)
    r = p.add_run(lead)
    set_font(r, HT, 16)
    r = p.add_run(rest)
    set_font(r, FS, 16)
    return p


def border_bottom(p, color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def border_tb(p, top_sz=8, bottom_sz=8):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    for side, sz in (("top", top_sz), ("bottom", bottom_sz)):
        if sz:
            b = OxmlElement("w:" + side)
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), str(sz))
            b.set(qn("w:space"), "1")
            b.set(qn("w:color"), "000000")
            pbdr.append(b)
    ppr.append(pbdr)


def add_page_field(p, size=14):
    r = p.add_run("— ")
    set_font(r, "宋体", size, ascii_font="宋体")
    r = p.add_run()
    set_font(r, "宋体", size, ascii_font="宋体")
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r = p.add_run()
    set_font(r, "宋体", size, ascii_font="宋体")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    r = p.add_run()
    set_font(r, "宋体", size, ascii_font="宋体")
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r._r.append(f2)
    r = p.add_run("1")
    set_font(r, "宋体", size, ascii_font="宋体")
    r = p.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._r.append(f3)
    r = p.add_run(" —")
    set_font(r, "宋体", size, ascii_font="宋体")


def portrait(sec):
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    sec.footer_distance = Cm(2.8)


def landscape(sec):
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width = Cm(29.7)
    sec.page_height = Cm(21.0)
    sec.top_margin = Cm(2.8)
    sec.bottom_margin = Cm(2.6)
    sec.left_margin = Cm(3.0)
    sec.right_margin = Cm(2.8)
    sec.footer_distance = Cm(1.5)


def footer(sec):
    sec.footer.is_linked_to_previous = False
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)


def cell_text(cell, lines, east=FS, size=12, align=WD_ALIGN_PARAGRAPH.LEFT, bold=False):
    if isinstance(lines, str):
        lines = [lines]
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        fmt(p, align, None, 20)
        if ln:
            r = p.add_run(ln)
            set_font(r, east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trpr.append(c)


# ---------------------------------------------------------------- content
# rows: ("part", title) or (no, task, leader|None(=merged with above), [lead paras], coop, deadline)
D = "2025年12月底前"
C = "持续推进"
ROWS = [
    ("part", "一、全力扩大有效需求，推动经济稳中向好"),
    ("1", "实施提振消费专项行动，开展“溆享消费”系列促消费活动，落实大规模设备更新和消费品以旧换新政策，全年社会消费品零售总额增长5.5%以上。",
     "何振宇", ["省商务厅"], "省发展改革委、省经济和信息化厅、省财政厅、省市场监管局，各市（州）人民政府", D),
    ("2", "抓好省重点项目建设，全年安排省重点项目800个以上、完成年度投资5000亿元以上，推动固定资产投资增长6%左右。",
     None, ["省发展改革委"], "省自然资源厅、省生态环境厅、省住房城乡建设厅、省交通运输厅、省水利厅，各市（州）人民政府", D),
    ("3", "用好超长期特别国债和地方政府专项债券，扩大专项债券用作项目资本金范围，加强项目储备和资金使用监管，尽快形成实物工作量。",
     None, ["省财政厅", "省发展改革委"], "省审计厅，各市（州）人民政府", D),
    ("4", "激发民间投资活力，常态化向民间资本推介重大项目，全年推介项目总投资不低于1000亿元。",
     None, ["省发展改革委"], "省工商联、省投资促进局", D),
    ("5", "培育服务消费新增长点，建设区域消费中心城市，促进文化旅游、体育健身、养老托育、家政服务等消费提质扩容。",
     "何振宇\n曹晓岚", ["省商务厅、省文化和旅游厅"], "省民政厅、省卫生健康委、省体育局，各市（州）人民政府", D),
    ("part", "二、加快构建现代化产业体系，增强实体经济竞争力"),
    ("6", "深入实施制造业“强链补链”行动，推动电子信息、装备制造、先进材料、食品轻纺等优势产业集群发展，规模以上工业增加值增长6.5%左右。",
     "罗静宜", ["省经济和信息化厅"], "省发展改革委、省科技厅、省商务厅，各市（州）人民政府", D),
    ("7", "培育壮大战略性新兴产业，前瞻布局人工智能、低空经济、生物制造、新型储能等未来产业，新认定省级专精特新中小企业500户以上。",
     None, ["省经济和信息化厅"], "省发展改革委、省科技厅、省财政厅", D),
    ("8", "推进数字经济和实体经济深度融合，新建5G基站1.5万个，建设一批工业互联网标识解析二级节点和智能工厂、数字化车间。",
     None, ["省数据局", "省经济和信息化厅"], "省通信管理局", D),
    ("9", "加快发展现代服务业，推动现代物流、科技服务、商务服务等生产性服务业向专业化和价值链高端延伸。",
     "何振宇", ["省发展改革委"], "省商务厅、省交通运输厅、省科技厅", C),
    ("10", "实施质量强省战略，开展“溆川制造”品牌培育行动，新增主导制定国际标准、国家标准30项以上。",
     "罗静宜", ["省市场监管局"], "/", D),
    ("part", "三、深入实施创新驱动发展战略，加快建设科教强省"),
    ("11", "加快建设溆江科学城，完善省实验室体系，争创全国重点实验室2个以上，推动重大科技基础设施建设取得新进展。",
     "蒋文博", ["省科技厅"], "省发展改革委、省教育厅、省财政厅，溆州市人民政府", D),
    ("12", "强化企业科技创新主体地位，全面落实研发费用加计扣除等政策，高新技术企业数量突破1.8万家。",
     None, ["省科技厅"], "省财政厅、国家税务总局溆川省税务局、省经济和信息化厅", D),
    ("13", "推进教育强省建设，实施基础教育扩优提质行动，新建改扩建公办幼儿园和中小学校200所，推动高校“双一流”建设。",
     None, ["省教育厅"], "省发展改革委、省财政厅、省住房城乡建设厅，各市（州）人民政府", D),
    ("14", "深化人才发展体制机制改革，实施“溆川英才计划”，全年引进急需紧缺高层次人才1万名以上。",
     None, ["省委组织部（省委人才办）", "省人力资源社会保障厅"], "省科技厅、省教育厅", D),
    ("part", "四、持续深化改革扩大开放，激发高质量发展动力活力"),
    ("15", "深化国资国企改革，实施国有企业改革深化提升行动，推动省属国有资本向重要行业和关键领域集中。",
     "何振宇", ["省国资委"], "省财政厅", D),
    ("16", "优化民营经济发展环境，落实促进民营经济发展壮大若干措施，深入开展清理拖欠企业账款专项行动。",
     None, ["省发展改革委"], "省工商联、省经济和信息化厅、省财政厅、省市场监管局，各市（州）人民政府", D),
    ("17", "持续打造市场化法治化国际化一流营商环境，深化“高效办成一件事”改革，推动更多政务服务事项“一网通办”“跨省通办”。",
     None, ["省政府办公厅", "省政务服务和公共资源交易服务中心"], "省数据局、省司法厅，各市（州）人民政府", D),
    ("18", "稳住外贸外资基本盘，支持企业开拓多元化市场，推动跨境电商综合试验区提质增效，全年实际使用外资增长5%以上。",
     "宋立群", ["省商务厅"], "省发展改革委、省外办、溆州海关、人民银行溆川省分行", D),
    ("19", "加快建设对外开放通道，推动中欧班列扩量提质，加密国际（地区）客货运航线，国际班列全年开行3500列以上。",
     None, ["省交通运输厅、省发展改革委"], "省商务厅、省口岸物流办、溆州海关", D),
    ("part", "五、扎实推进乡村全面振兴，加快建设农业强省"),
    ("20", "坚决扛牢粮食安全政治责任，严守耕地保护红线，新建和改造提升高标准农田300万亩，粮食产量稳定在700亿斤以上。",
     "梁国栋", ["省农业农村厅"], "省自然资源厅、省发展改革委、省财政厅、省水利厅，各市（州）人民政府", D),
    ("21", "巩固拓展脱贫攻坚成果，健全防止返贫致贫监测和帮扶机制，确保不发生规模性返贫致贫。",
     None, ["省农业农村厅"], "省民政厅、省人力资源社会保障厅、省医保局，各市（州）人民政府", D),
    ("22", "学习运用“千万工程”经验，实施乡村建设行动，新改建农村公路5000公里，农村卫生厕所普及率达到80%。",
     None, ["省农业农村厅"], "省交通运输厅、省住房城乡建设厅、省生态环境厅", D),
    ("23", "加快水利基础设施建设，推进溆江引水工程等重大水利工程建设，全年完成水利投资600亿元以上。",
     None, ["省水利厅"], "省发展改革委、省财政厅，各市（州）人民政府", D),
    ("part", "六、推进新型城镇化和区域协调发展，拓展发展空间"),
    ("24", "深入推进以人为本的新型城镇化，推动符合条件的农业转移人口落户城镇，常住人口城镇化率提高1个百分点。",
     "何振宇", ["省发展改革委"], "省公安厅、省住房城乡建设厅、省人力资源社会保障厅、省教育厅", D),
    ("25", "稳步实施城市更新行动，新开工改造城镇老旧小区1800个，有序推进城中村改造和“平急两用”公共基础设施建设。",
     "宋立群", ["省住房城乡建设厅"], "省发展改革委、省财政厅、省自然资源厅，各市（州）人民政府", D),
    ("26", "推动房地产市场止跌回稳，因城施策调整优化房地产政策，扎实做好保交房工作。",
     None, ["省住房城乡建设厅"], "省自然资源厅、省财政厅、人民银行溆川省分行、溆川金融监管局", C),
    ("part", "七、加强生态文明建设，推动绿色低碳发展"),
    ("27", "深入打好污染防治攻坚战，持续推进大气污染综合治理和溆江流域水生态保护修复，地级及以上城市空气质量优良天数比例达到90%。",
     "宋立群", ["省生态环境厅"], "省发展改革委、省经济和信息化厅、省住房城乡建设厅、省交通运输厅、省水利厅、省农业农村厅，各市（州）人民政府", D),
    ("28", "积极稳妥推进碳达峰碳中和，加快清洁能源基地建设，全年新增新能源装机1000万千瓦以上。",
     "何振宇", ["省发展改革委", "省能源局"], "省经济和信息化厅、省生态环境厅", D),
    ("29", "科学推进国土绿化，完成营造林200万亩，全面推行林长制，加强森林草原防灭火。",
     "梁国栋", ["省林草局"], "省自然资源厅、省应急管理厅", D),
    ("part", "八、切实保障和改善民生，不断增进人民福祉"),
    ("30", "落实就业优先政策，突出抓好高校毕业生、农民工、退役军人等重点群体就业，城镇新增就业80万人以上。",
     "曹晓岚", ["省人力资源社会保障厅"], "省教育厅、省财政厅、省退役军人事务厅、省农业农村厅，各市（州）人民政府", D),
    ("31", "推进健康溆川建设，深化医药卫生体制改革，推动国家区域医疗中心建设，实现紧密型县域医共体全覆盖。",
     None, ["省卫生健康委"], "省医保局、省发展改革委、省财政厅", D),
    ("32", "健全多层次社会保障体系，稳步提高城乡居民基础养老金最低标准，加快构建养老服务和托育服务体系。",
     None, ["省民政厅、省人力资源社会保障厅"], "省卫生健康委、省医保局、省财政厅", D),
    ("33", "繁荣发展文化事业和文化产业，完善公共文化服务体系，办好第十届溆川艺术节。",
     None, ["省文化和旅游厅"], "省委宣传部、省财政厅", D),
    ("part", "九、统筹发展和安全，维护社会和谐稳定"),
    ("34", "防范化解重点领域风险，稳妥推进地方政府债务风险化解，守牢不发生系统性金融风险底线。",
     "何振宇", ["省财政厅", "省委金融办"], "人民银行溆川省分行、溆川金融监管局、省国资委，各市（州）人民政府", C),
    ("35", "抓好安全生产和防灾减灾救灾，深化安全生产治本攻坚三年行动，坚决遏制重特大事故发生。",
     "宋立群\n韩立峰", ["省应急管理厅"], "省公安厅、省交通运输厅、省住房城乡建设厅、省经济和信息化厅，各市（州）人民政府", C),
    ("36", "推进更高水平平安溆川建设，深入推进信访工作法治化，常态化开展扫黑除恶斗争。",
     "韩立峰", ["省公安厅"], "省信访局、省司法厅", C),
    ("part", "十、全面加强政府自身建设"),
    ("37", "严格落实中央八项规定精神，持续整治形式主义为基层减负，加强审计监督和统计监督，推动政府工作提质增效。",
     "谭启明", ["省政府办公厅"], "省政府各部门，各市（州）人民政府", C),
]


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    portrait(sec)
    footer(sec)

    # 红头
    para(doc, "", indent=False, line=28)
    p = para(doc, "溆川省人民政府办公厅文件", XBS, 34, align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, line=60, color=RED, before=36)
    para(doc, "", indent=False)
    p = para(doc, "溆政办发〔2025〕3号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=4)
    border_bottom(p)
    para(doc, "", indent=False)
    para(doc, "溆川省人民政府办公厅", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, "关于分解落实2025年《政府工作报告》", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=36)
    para(doc, "重点工作任务的通知", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, "", indent=False)
    para(doc, "各市（州）人民政府，省政府各部门、各直属机构：", indent=False)
    para(doc, "为深入贯彻落实省十四届人大三次会议精神，确保省政府工作报告确定的各项目标任务落到实处，"
              "经省政府同意，现将2025年《政府工作报告》重点工作任务分解落实到省领导、省直有关部门（单位）"
              "和各市（州）人民政府，并就有关事项通知如下。")
    body_lead(doc, "一、提高政治站位。",
              "各地各部门要坚持以习近平新时代中国特色社会主义思想为指导，把抓好《政府工作报告》重点工作"
              "落实作为践行“两个维护”的具体行动，对标对表目标任务，细化实化工作举措，确保全年目标任务如期完成。")
    body_lead(doc, "二、压实工作责任。",
              "各项任务由责任省领导统筹推进。牵头单位要切实履行牵头职责，会同责任单位抓紧研究制定具体落实"
              "措施，明确时间表、路线图和责任人，于2025年3月10日前报省政府督查室备案；有两个及以上牵头单位的，"
              "排在第一位的单位负责统筹协调和汇总报送。责任单位要按照职责分工主动配合、协同推进。"
              "各市（州）人民政府要结合本地实际抓好贯彻落实。")
    body_lead(doc, "三、强化督查问效。",
              "各牵头单位要于每季度末月25日前，将重点工作任务推进情况报送省政府督查室，同时抄送省政府办公厅"
              "对口联系处室。省政府督查室要加强跟踪督办，定期通报进展情况，并将落实情况纳入省政府年度目标"
              "绩效考核。对工作推进不力、进度滞后的，按规定予以督促问责。")
    para(doc, "")
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, Pt(32), 28)
    r = p.add_run("附件：2025年《政府工作报告》重点工作任务分工表")
    set_font(r, FS, 16)
    para(doc, "")
    para(doc, "")
    para(doc, "溆川省人民政府办公厅", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(64)
    para(doc, "2025年2月14日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(80)
    para(doc, "")
    para(doc, "（此件公开发布）")

    # 附件 — landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    landscape(sec2)
    footer(sec2)
    para(doc, "附件", HT, 16, indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "", indent=False)
    para(doc, "2025年《政府工作报告》重点工作任务分工表", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=36, after=12)

    widths = [Cm(1.4), Cm(10.2), Cm(2.8), Cm(3.6), Cm(5.4), Cm(2.5)]
    heads = ["序号", "重点工作任务", "责任省领导", "牵头单位", "责任单位", "完成时限"]
    tbl = doc.add_table(rows=1, cols=6)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    tblpr = tbl._tbl.tblPr
    tblw = tblpr.find(qn("w:tblW"))
    if tblw is None:
        tblw = OxmlElement("w:tblW")
        tblpr.append(tblw)
    tblw.set(qn("w:type"), "dxa")
    tblw.set(qn("w:w"), str(int(sum(w.twips for w in widths))))
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)
    hdr = tbl.rows[0]
    repeat_header(hdr)
    cant_split(hdr)
    for i, h in enumerate(heads):
        hdr.cells[i].width = widths[i]
        cell_text(hdr.cells[i], h, HT, 12, WD_ALIGN_PARAGRAPH.CENTER)

    leader_top = None
    for row in ROWS:
        tr = tbl.add_row()
        cant_split(tr)
        for i in range(6):
            tr.cells[i].width = widths[i]
        if row[0] == "part":
            m = tr.cells[0].merge(tr.cells[5])
            cell_text(m, row[1], HT, 12, WD_ALIGN_PARAGRAPH.LEFT)
            leader_top = None
            continue
        no, task, leader, leads, coop, dl = row
        c = tr.cells
        cell_text(c[0], no, FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(c[1], task, FS, 12, WD_ALIGN_PARAGRAPH.JUSTIFY)
        if leader is None:
            # continue the vertical merge from the cell above
            leader_top = leader_top.merge(c[2])
        else:
            cell_text(c[2], leader.split("\n"), FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
            leader_top = c[2]
        cell_text(c[3], leads, FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(c[4], coop, FS, 12,
                  WD_ALIGN_PARAGRAPH.CENTER if coop == "/" else WD_ALIGN_PARAGRAPH.JUSTIFY)
        cell_text(c[5], dl, FS, 12, WD_ALIGN_PARAGRAPH.CENTER)

    # 版记 on its own portrait page
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    portrait(sec3)
    footer(sec3)
    for _ in range(17):
        para(doc, "", indent=False)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, None, 28)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    r = p.add_run("抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，"
                  "省军区，武警溆川省总队。")
    set_font(r, FS, 14)
    border_tb(p, 8, 4)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, None, 28)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    r = p.add_run("溆川省人民政府办公厅")
    set_font(r, FS, 14)
    r = p.add_run("\u3000" * 9 + "2025年2月14日印发")
    set_font(r, FS, 14)
    border_tb(p, 0, 8)

    # every w:tc must hold at least one w:p (python-docx's merge can leave none)
    for tc in tbl._tbl.iter(qn("w:tc")):
        if tc.find(qn("w:p")) is None:
            p = OxmlElement("w:p")
            ppr = OxmlElement("w:pPr")
            jc = OxmlElement("w:jc")
            jc.set(qn("w:val"), "center")
            ppr.append(jc)
            p.append(ppr)
            tc.append(p)

    doc.core_properties.title = "溆川省人民政府办公厅关于分解落实2025年《政府工作报告》重点工作任务的通知"
    doc.core_properties.author = "省政府办公厅秘书处"
    doc.save(OUT)


if __name__ == "__main__":
    build()
    print(OUT)
