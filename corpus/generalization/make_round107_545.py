#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Write 545_minyang_sheng_gzbg_zhongdian_gongzuo_zeren_fengong.docx:
a 省人民政府办公厅 红头 Word notice dividing the 政府工作报告's 重点工作,
printed in its 附件 as paragraphs (（一） restarting under each 一、 part),
each task closing with a 楷体 clause of 责任省领导 / 牵头单位 / 配合单位."""
import os

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

NAME = "545_minyang_sheng_gzbg_zhongdian_gongzuo_zeren_fengong.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

doc = Document()

# ---- base style --------------------------------------------------------
st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
st.element.rPr.rFonts.set(qn("w:ascii"), "Times New Roman")
st.element.rPr.rFonts.set(qn("w:hAnsi"), "Times New Roman")
pf = st.paragraph_format
pf.space_before = Pt(0)
pf.space_after = Pt(0)
pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
pf.line_spacing = Pt(28)

sec = doc.sections[0]
sec.page_width = Cm(21.0)
sec.page_height = Cm(29.7)
sec.top_margin = Cm(3.7)
sec.bottom_margin = Cm(3.5)
sec.left_margin = Cm(2.8)
sec.right_margin = Cm(2.6)
sec.header_distance = Cm(1.5)
sec.footer_distance = Cm(2.8)

# odd/even footers: — N — right on odd pages, left on even pages
settings = doc.settings.element
eo = OxmlElement("w:evenAndOddHeaders")
settings.insert(0, eo)


def add_page_field(p):
    def r(text=None, fld=None, instr=None):
        run = p.add_run()
        run.font.name = SONG
        run.font.size = Pt(14)
        run._element.rPr.rFonts.set(qn("w:eastAsia"), SONG)
        if fld:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), fld)
            run._element.append(e)
        elif instr:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = instr
            run._element.append(e)
        else:
            run.text = text
        return run
    r("— ")
    r(fld="begin")
    r(instr=" PAGE ")
    r(fld="separate")
    r("1")
    r(fld="end")
    r(" —")


def set_footers(section):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.paragraph_format.right_indent = Pt(14)
    add_page_field(fp)
    ef = section.even_page_footer
    ef.is_linked_to_previous = False
    ep = ef.paragraphs[0]
    ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
    ep.paragraph_format.left_indent = Pt(14)
    add_page_field(ep)


set_footers(sec)


# ---- helpers -----------------------------------------------------------
def run(p, text, font=FS, size=16, bold=False, color=None, spacing=None):
    r = p.add_run(text)
    r.font.name = font
    r.font.size = Pt(size)
    r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if font in (FS, KT, HT, XBS, SONG):
        r._element.rPr.rFonts.set(qn("w:ascii"), "Times New Roman" if font == FS else font)
        r._element.rPr.rFonts.set(qn("w:hAnsi"), "Times New Roman" if font == FS else font)
    if bold:
        r.bold = True
    if color is not None:
        r.font.color.rgb = color
    if spacing is not None:
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(spacing))
        r._element.rPr.append(sp)
    return r


def para(text="", font=FS, size=16, align=None, indent=True, bold=False,
         line=28, before=0, after=0):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    fmt = p.paragraph_format
    if indent:
        fmt.first_line_indent = Pt(32)
    if line:
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(line)
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    if text:
        run(p, text, font, size, bold)
    return p


def border(p, side, color="FF0000", sz=18, space=1):
    pPr = p._p.get_or_add_pPr()
    bdr = pPr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        pPr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)


# ---- red header --------------------------------------------------------
para(line=28)
p = para(align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=None)
p.paragraph_format.line_spacing = 1.0
run(p, "岷阳省人民政府办公厅文件", XBS, 48, color=RED, spacing=-20)
para(line=28)
para(line=28)
p = para("岷政办发〔2025〕6号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
border(p, "bottom", sz=18, space=8)
para(line=28)

# ---- title -------------------------------------------------------------
for t in ("岷阳省人民政府办公厅",
          "关于印发2025年《政府工作报告》重点工作",
          "责任分工的通知"):
    p = para(align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    run(p, t, XBS, 22)
para()
para("各市（州）人民政府，省政府各部门、各直属机构：", indent=False)

cover = [
    "《政府工作报告》已经省十四届人大三次会议审议通过。为确保报告确定的各项目标任务落到实处，经省政府同意，现将2025年《政府工作报告》重点工作责任分工印发给你们，并就有关事项通知如下。",
]
for t in cover:
    para(t)

p = para()
run(p, "一、提高思想认识。", HT)
run(p, "做好今年政府工作，任务艰巨繁重。各地、各部门要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，把落实《政府工作报告》作为全年工作的重中之重，切实增强责任感和紧迫感，确保各项目标任务如期完成。")
p = para()
run(p, "二、压实工作责任。", HT)
run(p, "各责任省领导要加强统筹协调，定期听取分管领域重点工作推进情况汇报，及时研究解决重大问题。牵头单位对牵头事项负总责，要于3月15日前制定具体落实方案，细化工作措施，明确时间节点；涉及多个牵头单位的，排在第一位的牵头单位负责统筹协调。配合单位要按照职责分工积极主动配合，形成工作合力。各市（州）人民政府要结合实际抓好贯彻落实。")
p = para()
run(p, "三、强化督查考核。", HT)
run(p, "省政府督查室要将《政府工作报告》重点工作落实情况纳入省政府年度督查计划，实行清单化管理、台账式推进。各牵头单位要于每季度最后一个月25日前，将工作进展情况报省政府督查室，同时抄送责任省领导。落实情况将纳入省政府目标绩效考核，对工作推进不力、进展缓慢的，按程序予以通报。")

para()
p = para(indent=True)
run(p, "附件：2025年《政府工作报告》重点工作责任分工")
para()
para()
p = para("岷阳省人民政府办公厅", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Pt(64)
p = para("2025年2月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Pt(80)
para()
para("（此件公开发布）")

# ---- attachment ---------------------------------------------------------
p = para(indent=False)
p.runs or None
p.add_run().add_break(WD_BREAK.PAGE)
p = para(indent=False)
run(p, "附件", HT)
para()
p = para(align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
run(p, "2025年《政府工作报告》重点工作责任分工", XBS, 22)
para()

# (lead sentence, rest, clause)
PARTS = [
    ("一、着力扩大有效需求，推动经济稳中向好", [
        ("（一）大力提振消费。",
         "实施提振消费专项行动，落实好消费品以旧换新政策，扩大汽车、家电、家居等大宗消费，培育文旅、体育、养老、托育等服务消费新增长点，全年社会消费品零售总额增长5.5%左右。",
         "（责任省领导：刘海峰；牵头单位：省商务厅；配合单位：省发展改革委、省财政厅、省文化和旅游厅、省体育局、省民政厅、省卫生健康委、省市场监管局，各市（州）人民政府）"),
        ("（二）扩大有效投资。",
         "统筹用好超长期特别国债、地方政府专项债券等资金，滚动实施省级重点项目1200个以上，完成年度投资4500亿元以上，强化用地、用能、环评等要素保障。",
         "（责任省领导：陈建华；牵头单位：省发展改革委；配合单位：省财政厅、省自然资源厅、省生态环境厅、省住房城乡建设厅）"),
        ("（三）激发民间投资活力。",
         "建立向民间资本推介项目常态化机制，全年推介项目不少于300个，规范实施政府和社会资本合作新机制，支持民营企业参与重大工程和补短板项目建设。",
         "（责任省领导：陈建华、刘海峰；牵头单位：省发展改革委、省工商联；配合单位：省财政厅、省工业和信息化厅）"),
        ("（四）稳住外贸外资基本盘。",
         "支持企业拓市场抢订单，培育跨境电商、海外仓等外贸新业态，办好第五届岷阳国际投资贸易洽谈会，全年实际使用外资增长8%。",
         "（责任省领导：刘海峰；牵头单位：省商务厅；配合单位：省发展改革委、岷阳海关、省贸促会、国家外汇管理局岷阳省分局）"),
    ]),
    ("二、加快构建现代化产业体系，培育发展新质生产力", [
        ("（一）推进传统产业提质升级。",
         "实施新一轮技术改造升级工程，推动冶金、化工、建材等行业高端化、智能化、绿色化改造，新增省级智能工厂50家以上。",
         "（责任省领导：黄志刚；牵头单位：省工业和信息化厅；配合单位：省发展改革委、省科技厅、省生态环境厅）"),
        ("（二）培育壮大战略性新兴产业。",
         "聚焦新能源装备、新材料、生物医药等重点领域，打造5个千亿级产业集群，战略性新兴产业增加值占规模以上工业增加值比重提高到27%。",
         "（责任省领导：黄志刚；牵头单位：省发展改革委、省工业和信息化厅；配合单位：省科技厅、省财政厅，各市（州）人民政府）"),
        ("（三）加快数字岷阳建设。",
         "新建5G基站1.2万个，适度超前布局算力基础设施，实施“人工智能+”行动，数字经济核心产业增加值增长10%以上。",
         "（责任省领导：黄志刚；牵头单位：省数据局；配合单位：省委网信办、省通信管理局、省工业和信息化厅）"),
        ("（四）推动现代服务业提质增效。",
         "加快发展现代物流、金融服务、研发设计等生产性服务业，推动先进制造业和现代服务业深度融合，服务业增加值增长5.5%。",
         "（责任省领导：刘海峰、陈建华；牵头单位：省发展改革委；配合单位：省商务厅、省委金融办、省交通运输厅）"),
    ]),
    ("三、深入实施创新驱动发展战略，加快建设科技强省", [
        ("（一）强化科技创新平台建设。",
         "争创全国重点实验室2家以上，新建省实验室2家、省技术创新中心10家，推动岷江科学城建设取得新进展。",
         "（责任省领导：孙雅琴；牵头单位：省科技厅；配合单位：省发展改革委、省教育厅、省财政厅）"),
        ("（二）提升企业技术创新能力。",
         "实施高新技术企业“倍增”计划，高新技术企业达到8500家，规模以上工业企业研发机构覆盖率达到45%。",
         "（责任省领导：孙雅琴；牵头单位：省科技厅）"),
        ("（三）加快建设高素质人才队伍。",
         "深入实施“岷才计划”，引进高层次人才和急需紧缺人才2万人以上，新增技能人才15万人。",
         "（责任省领导：孙雅琴、郑晓燕；牵头单位：省委人才办、省人力资源社会保障厅；配合单位：省教育厅、省科技厅）"),
    ]),
    ("四、深化重点领域改革，持续增强发展动力活力", [
        ("（一）营造一流营商环境。",
         "深入实施《岷阳省优化营商环境条例》，推进“高效办成一件事”扩面增效，政务服务事项网上可办率保持在98%以上。",
         "（责任省领导：陈建华；牵头单位：省发展改革委、省政务服务管理局；配合单位：省司法厅、省市场监管局、省数据局）"),
        ("（二）深化国资国企改革。",
         "深入实施国有企业改革深化提升行动，推进省属企业战略性重组和专业化整合，提高核心竞争力。",
         "（责任省领导：陈建华；牵头单位：省国资委）"),
        ("（三）促进民营经济健康发展。",
         "落实支持民营经济发展壮大各项政策，开展清理拖欠企业账款专项行动，全年新增经营主体40万户以上。",
         "（责任省领导：刘海峰；牵头单位：省发展改革委；配合单位：省工商联、省市场监管局、省工业和信息化厅、省财政厅）"),
        ("（四）深化财税金融改革。",
         "推进零基预算改革，加强地方政府债务管理，稳妥推进中小金融机构改革化险。",
         "（责任省领导：陈建华；牵头单位：省财政厅、省委金融办；配合单位：中国人民银行岷阳省分行、国家金融监督管理总局岷阳监管局）"),
    ]),
    ("五、统筹推进新型城镇化和乡村全面振兴", [
        ("（一）确保粮食安全。",
         "全面落实粮食安全党政同责，稳定粮食播种面积4800万亩以上，粮食产量稳定在350亿斤以上，新建和改造提升高标准农田200万亩。",
         "（责任省领导：吴振东；牵头单位：省农业农村厅；配合单位：省粮食和储备局、省自然资源厅、省水利厅、省财政厅，各市（州）人民政府）"),
        ("（二）推进乡村全面振兴。",
         "巩固拓展脱贫攻坚成果，确保不发生规模性返贫致贫，深入实施乡村建设行动，农村居民人均可支配收入增长6.5%。",
         "（责任省领导：吴振东；牵头单位：省委农办、省农业农村厅；配合单位：省发展改革委、省住房城乡建设厅、省交通运输厅）"),
        ("（三）加快水利基础设施建设。",
         "推进岷江引水工程等重大水利工程建设，加快中小河流治理和病险水库除险加固，完成水利投资600亿元以上。",
         "（责任省领导：吴振东；牵头单位：省水利厅；配合单位：省发展改革委、省财政厅）"),
        ("（四）深入推进以人为本的新型城镇化。",
         "推进农业转移人口市民化，健全常住地提供基本公共服务制度，常住人口城镇化率提高1个百分点以上。",
         "（责任省领导：陈建华；牵头单位：省发展改革委；配合单位：省公安厅、省住房城乡建设厅、省教育厅、省人力资源社会保障厅）"),
        ("（五）实施城市更新行动。",
         "改造城镇老旧小区2100个，建设筹集保障性住房3.5万套，稳妥推进城中村改造，促进房地产市场平稳健康发展。",
         "（责任省领导：郑晓燕；牵头单位：省住房城乡建设厅；配合单位：省发展改革委、省财政厅、省自然资源厅，各市（州）人民政府）"),
        ("（六）完善综合交通网络。",
         "加快推进岷西高铁等重大项目建设，新增高速公路通车里程300公里，推进支线机场改扩建。",
         "（责任省领导：郑晓燕；牵头单位：省交通运输厅；配合单位：省发展改革委、省机场集团、中国铁路岷阳局集团有限公司）"),
    ]),
    ("六、持续推进生态文明建设，加快发展方式绿色转型", [
        ("（一）深入打好污染防治攻坚战。",
         "持续推进蓝天、碧水、净土保卫战，设区市细颗粒物（PM2.5）平均浓度控制在32微克/立方米以内，国控断面优良水质比例保持在95%以上。",
         "（责任省领导：郑晓燕；牵头单位：省生态环境厅；配合单位：省发展改革委、省工业和信息化厅、省住房城乡建设厅、省交通运输厅、省农业农村厅）"),
        ("（二）积极稳妥推进碳达峰碳中和。",
         "推动能耗双控逐步转向碳排放双控，加快新型能源体系建设，新增新能源装机1000万千瓦以上。",
         "（责任省领导：陈建华；牵头单位：省发展改革委、省能源局；配合单位：省生态环境厅、省工业和信息化厅）"),
        ("（三）加强生态保护修复。",
         "科学推进国土绿化，完成营造林300万亩，统筹推进岷江流域山水林田湖草沙一体化保护和修复。",
         "（责任省领导：吴振东；牵头单位：省林业和草原局；配合单位：省自然资源厅、省生态环境厅、省水利厅）"),
    ]),
    ("七、切实保障和改善民生，统筹发展和安全", [
        ("（一）促进高质量充分就业。",
         "城镇新增就业60万人以上，做好高校毕业生、农民工、退役军人等重点群体就业工作，城镇调查失业率控制在5.5%左右。",
         "（责任省领导：郑晓燕；牵头单位：省人力资源社会保障厅；配合单位：省教育厅、省退役军人事务厅、省农业农村厅）"),
        ("（二）办好人民满意的教育。",
         "新建改扩建幼儿园、中小学校300所，推进义务教育优质均衡发展，支持省内高校“双一流”建设。",
         "（责任省领导：孙雅琴；牵头单位：省教育厅；配合单位：省发展改革委、省财政厅）"),
        ("（三）推进健康岷阳建设。",
         "深化医药卫生体制改革，推进紧密型县域医共体建设，新增国家区域医疗中心1个。",
         "（责任省领导：孙雅琴；牵头单位：省卫生健康委；配合单位：省医保局、省药监局）"),
        ("（四）健全社会保障体系。",
         "落实基本养老保险全国统筹，城乡居民基础养老金最低标准提高20元，健全分层分类社会救助体系。",
         "（责任省领导：郑晓燕、吴振东；牵头单位：省人力资源社会保障厅、省民政厅；配合单位：省财政厅、省医保局、省税务局）"),
        ("（五）守牢安全发展底线。",
         "深化安全生产治本攻坚三年行动，加强防灾减灾救灾能力建设，推进更高水平平安岷阳、法治岷阳建设。",
         "（责任省领导：马国良；牵头单位：省应急管理厅、省公安厅；配合单位：省司法厅、省消防救援总队，省直有关部门，各市（州）人民政府）"),
        ("（六）办好十件民生实事。",
         "集中财力办好省政府确定的十件民生实事，确保按期建成见效。",
         "（责任省领导：赵明远；牵头单位：省政府办公厅；配合单位：省直有关部门）"),
    ]),
]

for head, tasks in PARTS:
    p = para()
    run(p, head, HT)
    for lead, rest, clause in tasks:
        p = para()
        run(p, lead, FS, bold=True)
        run(p, rest)
        run(p, clause, KT)

# ---- 版记 ----------------------------------------------------------------
para()
para()
p = para(indent=False)
p.paragraph_format.left_indent = Pt(14)
p.paragraph_format.right_indent = Pt(14)
border(p, "top", color="000000", sz=8, space=1)
border(p, "bottom", color="000000", sz=4, space=1)
run(p, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，岷阳省军区。", FS, 14)
p = para(indent=False)
p.paragraph_format.left_indent = Pt(14)
p.paragraph_format.right_indent = Pt(14)
p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2) - Pt(28), alignment=2)
border(p, "bottom", color="000000", sz=8, space=1)
run(p, "岷阳省人民政府办公厅\t2025年2月18日印发", FS, 14)

doc.core_properties.author = "省政府办公厅秘书处"
doc.core_properties.title = ""
doc.save(OUT)
print(OUT)
