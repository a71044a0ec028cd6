#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generate 222_chongxi_zfgzbg_fengong_shuanglan.docx: a 市政府 印发 notice whose attachment is set
in a two-column section (w:cols w:num="2"). Each task is a paragraph "（N）…" followed by a label
paragraph "牵头单位：A<TAB>配合单位：B、C" aligned on a tab stop (w:tabs); some label paragraphs use a
line break (w:br) instead of the tab. One column break (w:br w:type="column") sits inside a task."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor, Twips
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "222_chongxi_zfgzbg_fengong_shuanglan.docx")

CN = "零一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def set_font(run, east="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = "Times New Roman"
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc, text="", east="仿宋_GB2312", size=16, bold=False, align=None, indent=False,
         color=None, space_after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


PBDR_SUCC = ["w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
             "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
             "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
             "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
             "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange"]


def get_pbdr(p):
    """Return the paragraph's w:pBdr, creating it at its schema position inside w:pPr."""
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        succ = {qn(t) for t in PBDR_SUCC}
        for child in ppr:
            if child.tag in succ:
                child.addprevious(bdr)
                break
        else:
            ppr.append(bdr)
    return bdr


def add_border(p, side, color="000000", sz=8):
    bdr = get_pbdr(p)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    order = ["top", "left", "bottom", "right", "between", "bar"]
    for child in bdr:
        if order.index(child.tag.split("}")[1]) > order.index(side):
            child.addprevious(b)
            break
    else:
        bdr.append(b)


def rule(p, side="bottom", color="000000", sz=8):
    add_border(p, side, color, sz)


def set_cols(section, num, space=425, sep=False):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        # w:cols must precede w:docGrid etc.; python-docx's template already has w:cols
        sectPr.append(cols)
    for a in list(cols.attrib):
        del cols.attrib[a]
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space))
    if sep:
        cols.set(qn("w:sep"), "1")


# (task text, lead units, cooperating units, layout) ; layout "tab" | "br" ;
# a "‖" in the text marks where the column break is inserted.
SECTIONS = [
    ("一、坚定不移推进产业强市", [
        ("实施先进制造业集群培育行动，全年规模以上工业增加值增长7.5%，新能源电池、高端装备两大产业集群产值分别突破800亿元、500亿元。",
         "市工业和信息化局", "市发展改革委、市科技局、各县（市、区）人民政府", "tab"),
        ("推进工业技术改造和设备更新，实施500万元以上技改项目260个，新增省级智能工厂和数字化车间20家。",
         "市工业和信息化局", "市财政局、市数据局", "tab"),
        ("强化科技创新支撑，全社会研发经费投入强度达到2.6%，新增高新技术企业150家、科技型中小企业400家。",
         "市科技局", "市财政局、市统计局、崇溪高新区管委会", "tab"),
        ("加快崇溪实验室建设，年内完成一期主体工程并引进高层次创新团队10个以上。",
         "市科技局、崇溪高新区管委会", "市人力资源社会保障局、市自然资源和规划局", "br"),
        ("大力发展数字经济，新建5G基站1200个，数字经济核心产业增加值占地区生产总值比重达到9%。",
         "市数据局", "市工业和信息化局、市通信发展管理办公室", "tab"),
        ("培育壮大现代服务业，推动现代物流、研发设计、检验检测等生产性服务业向专业化和价值链高端延伸。",
         "市发展改革委", "市商务局、市交通运输局、市市场监管局", "tab"),
        ("实施优质企业梯度培育工程，新增国家级专精特新“小巨人”企业8家、省级专精特新中小企业60家。",
         "市工业和信息化局", "各县（市、区）人民政府", "tab"),
    ]),
    ("二、持续扩大有效需求", [
        ("加力推进项目建设，全年实施市级重点项目300个，完成年度投资850亿元以上。",
         "市发展改革委", "市自然资源和规划局、市住房城乡建设局、市生态环境局、各县（市、区）人民政府", "tab"),
        ("用足用好超长期特别国债、地方政府专项债券等政策，争取上级资金支持规模保持全省前列。",
         "市财政局、市发展改革委", "市直有关部门", "tab"),
        ("实施消费提振行动，社会消费品零售总额增长6%以上，开展汽车、家电以旧换新等促消费活动100场以上。",
         "市商务局", "市财政局、市市场监管局、市文化广电旅游局", "tab"),
        ("推动文旅深度融合，创建国家4A级旅游景区2家，接待游客人次、旅游综合收入分别增长10%、12%。",
         "市文化广电旅游局", "市发展改革委、市自然资源和规划局、市交通运输局", "tab"),
        ("促进房地产市场平稳健康发展，推进保障性住房建设和城中村改造，新开工配售型保障性住房1800套。",
         "市住房城乡建设局", "市自然资源和规划局、市财政局、人民银行崇溪市分行", "br"),
    ]),
    ("三、纵深推进改革开放", [
        ("深化国资国企改革，完成市属国有企业战略性重组和专业化整合，推动市级平台公司市场化转型。",
         "市国资委", "市财政局、市委编办", "tab"),
        ("打造一流营商环境，深化“高效办成一件事”改革，政务服务事项全程网办率达到85%。",
         "市行政审批服务局", "市数据局、市司法局、市市场监管局", "tab"),
        ("促进民营经济发展壮大，全面落实支持民营企业发展的各项政策措施，常态化开展政企恳谈活动。",
         "市发展改革委、市工商联", "市工业和信息化局、市市场监管局", "br"),
        ("推进高水平对外开放，外贸进出口总额增长5%，实际使用外资2.8亿美元。",
         "市商务局", "崇溪海关、市投资促进局、国家外汇管理局崇溪市分局", "tab"),
        ("加快崇溪港综合保税区申建，完善港口集疏运体系，集装箱吞吐量突破60万标箱。",
         "市交通运输局", "崇溪海关、市商务局、崇溪港务集团有限公司", "br"),
    ]),
    ("四、推进城乡融合和区域协调发展", [
        ("深入实施乡村振兴战略，粮食播种面积稳定在420万亩以上，‖新建高标准农田18万亩，粮食总产量保持在32亿斤以上。",
         "市农业农村局", "市财政局、市自然资源和规划局、市水利局", "tab"),
        ("发展特色农业产业，培育省级以上农业产业化龙头企业8家，农产品加工业产值与农业总产值之比达到2.6∶1。",
         "市农业农村局", "市商务局、市市场监管局", "tab"),
        ("推进以县城为重要载体的新型城镇化建设，常住人口城镇化率提高1个百分点。",
         "市发展改革委", "市公安局、市住房城乡建设局、各县（市、区）人民政府", "tab"),
        ("实施城市更新行动，推进城市更新项目46个，改造老旧小区120个、燃气管网85公里。",
         "市住房城乡建设局", "市城市管理局、市财政局", "tab"),
        ("加快交通基础设施建设，确保崇溪至临峰高速公路建成通车，开工建设国道崇溪绕城段改线工程。",
         "市交通运输局", "市自然资源和规划局、市生态环境局，沿线县（市、区）人民政府", "br"),
    ]),
    ("五、加强生态文明建设", [
        ("持续打好蓝天碧水净土保卫战，PM2.5平均浓度控制在35微克/立方米以内，国省考断面水质优良比例达到95%。",
         "市生态环境局", "市住房城乡建设局、市交通运输局、市农业农村局、市水利局", "tab"),
        ("全面落实河湖长制，实施崇溪河流域综合治理工程，完成河道整治45公里。",
         "市水利局", "市生态环境局、市自然资源和规划局", "tab"),
        ("推动绿色低碳发展，单位地区生产总值能耗下降3%，新增光伏装机容量30万千瓦。",
         "市发展改革委", "市工业和信息化局、国网崇溪供电公司", "tab"),
        ("加强林业生态建设，完成人工造林4.5万亩，森林覆盖率达到46.8%。",
         "市林业局", "各县（市、区）人民政府", "tab"),
    ]),
    ("六、切实保障和改善民生", [
        ("千方百计稳就业，城镇新增就业4.2万人，城镇调查失业率控制在5.5%以内。",
         "市人力资源社会保障局", "市教育局、市财政局、市退役军人事务局", "tab"),
        ("推进义务教育优质均衡发展，新建改扩建中小学、幼儿园22所，新增学位1.6万个。",
         "市教育局", "市发展改革委、市财政局、市自然资源和规划局、市住房城乡建设局", "br"),
        ("深化健康崇溪建设，推进紧密型县域医共体建设，市第一人民医院新院区年内投入使用。",
         "市卫生健康委", "市医保局、市发展改革委", "tab"),
        ("健全多层次社会保障体系，基本养老保险参保率稳定在95%以上，适当提高城乡低保标准。",
         "市人力资源社会保障局、市民政局", "市医保局、市财政局", "br"),
        ("丰富群众文体生活，办好崇溪市第五届运动会，新建全民健身中心3个、口袋公园20个。",
         "市体育局", "市文化广电旅游局、市城市管理局", "tab"),
    ]),
    ("七、统筹发展和安全", [
        ("守牢安全生产底线，深入推进安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。",
         "市应急管理局", "市直有关部门、各县（市、区）人民政府", "tab"),
        ("防范化解重点领域风险，稳妥化解地方政府债务风险，守住不发生系统性金融风险底线。",
         "市财政局、市委金融办", "人民银行崇溪市分行、国家金融监督管理总局崇溪监管分局", "br"),
        ("加强社会治安综合治理，常态化开展扫黑除恶斗争，群众安全感满意度保持在98%以上。",
         "市公安局", "市委政法委、市司法局、市信访局", "tab"),
    ]),
]


def task_para(doc, marker, text):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.first_line_indent = Pt(21)
    pf.space_before = Pt(3)
    pf.space_after = Pt(0)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if "‖" in text:
        a, b = text.split("‖")
        set_font(p.add_run(marker + a), size=10.5)
        r = p.add_run()
        set_font(r, size=10.5)
        r.add_break(WD_BREAK.COLUMN)
        set_font(p.add_run(b), size=10.5)
    else:
        set_font(p.add_run(marker + text), size=10.5)
    return p


def label_para(doc, lead, coop, layout):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.first_line_indent = Pt(21)
    pf.space_before = Pt(0)
    pf.space_after = Pt(3)
    pf.tab_stops.add_tab_stop(Twips(2310), WD_TAB_ALIGNMENT.LEFT)
    r = p.add_run("牵头单位：" + lead)
    set_font(r, east="楷体_GB2312", size=10.5)
    r = p.add_run()
    set_font(r, east="楷体_GB2312", size=10.5)
    if layout == "tab":
        r.add_tab()
    else:
        r.add_break(WD_BREAK.LINE)
    if coop is not None:
        r = p.add_run("配合单位：" + coop)
        set_font(r, east="楷体_GB2312", size=10.5)
    return p


def build():
    doc = Document()
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    para(doc, "崇溪市人民政府文件", east="方正小标宋简体", size=44, align=WD_ALIGN_PARAGRAPH.CENTER,
         color="FF0000")
    para(doc)
    p = para(doc, "崇政发〔2024〕6号", align=WD_ALIGN_PARAGRAPH.CENTER)
    rule(p, color="FF0000", sz=12)
    para(doc)
    para(doc, "崇溪市人民政府关于印发崇溪市2024年《政府工作报告》", east="方正小标宋简体", size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "重点工作任务分工的通知", east="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc)
    para(doc, "各县（市、区）人民政府，市政府各部门，各直属机构：")
    para(doc, "现将崇溪市2024年《政府工作报告》重点工作任务分工印发给你们，请认真贯彻落实。"
              "现就有关事项通知如下：", indent=True)
    para(doc, "一、提高思想认识", east="黑体", indent=True)
    para(doc, "《政府工作报告》经市十七届人大四次会议审议通过，是市政府向全市人民作出的郑重承诺。"
              "各地各部门要把落实《政府工作报告》确定的目标任务作为今年工作的重中之重，"
              "确保各项任务按期保质完成。", indent=True)
    para(doc, "二、压实工作责任", east="黑体", indent=True)
    para(doc, "各牵头单位要对牵头事项负总责，于3月15日前制定具体落实方案，明确时间表、路线图；"
              "各配合单位要按照职责分工，积极主动配合，形成工作合力。涉及多个牵头单位的，"
              "排在第一位的牵头单位负责统筹协调。", indent=True)
    para(doc, "三、强化督查问效", east="黑体", indent=True)
    para(doc, "市政府督查室要加强跟踪督办，各牵头单位于每季度末月25日前将任务进展情况报送市政府督查室。"
              "落实情况纳入年度综合考核，对工作不力、进度滞后的予以通报。", indent=True)
    para(doc)
    para(doc, "附件：崇溪市2024年《政府工作报告》重点工作任务分工", indent=True)
    para(doc)
    para(doc)
    p = para(doc, "崇溪市人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2024年2月20日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    para(doc, "（此件公开发布）", indent=True)

    # attachment heading and title: new page, one column
    doc.add_section(WD_SECTION.NEW_PAGE)
    set_cols(doc.sections[-1], 1)
    para(doc, "附件", east="黑体")
    para(doc)
    para(doc, "崇溪市2024年《政府工作报告》重点工作任务分工", east="方正小标宋简体", size=18,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)

    # task list: continuous section break, two columns
    doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(doc.sections[-1], 2, space=425, sep=True)
    n = 0
    for title, tasks in SECTIONS:
        p = para(doc, title, east="黑体", size=10.5)
        p.paragraph_format.first_line_indent = Pt(21)
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.keep_with_next = True
        for text, lead, coop, layout in tasks:
            n += 1
            task_para(doc, "（%s）" % cn_num(n), text)
            label_para(doc, lead, coop, layout)

    # 版记: new page, back to one column
    doc.add_section(WD_SECTION.NEW_PAGE)
    set_cols(doc.sections[-1], 1)
    for _ in range(18):
        para(doc)
    p = para(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，崇溪军分区。",
             size=14)
    rule(p, side="top", sz=8)
    p = para(doc, "崇溪市人民政府办公室　　　　　　　　　　　　2024年2月21日印发", size=14)
    rule(p, side="top", sz=4)
    rule(p, side="bottom", sz=8)

    doc.core_properties.title = "崇溪市人民政府关于印发崇溪市2024年《政府工作报告》重点工作任务分工的通知"
    doc.core_properties.author = "崇溪市政府办公室"
    doc.save(OUT)
    print("wrote", OUT, "tasks", n)


if __name__ == "__main__":
    build()
