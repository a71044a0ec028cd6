#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 80, no. 421 (control case): a 县人民政府 notice dividing the tasks of its
2025 政府工作报告, as the Word file the 县政府办 sends out.

Ordinary county form: 附件 of typed `N．` paragraphs numbered straight through
eight sections, each task closing with a 楷体 bracket
（责任县领导：X；责任单位：A、B、C）, the first unit leading by the rule in the 正文.
Ordinary Word imperfections: one `9.` typed half-width, one bracket pressed into a
paragraph of its own, a half-width colon, a `，` for `；`, a soft line break inside a
task, runs split inside a number and a unit name, a group of paragraphs indented with
typed full-width spaces instead of a first-line indent, empty paragraphs, a page
break before the 附件, odd/even page-number footers, the 版记 in a two-row table.
Invented county and persons.
"""
import os
import copy
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "421_lankou_xian_gzbg_renwu_fengong.docx")

FS = "仿宋_GB2312"
KT = "楷体_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)


def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), "Times New Roman" if name in (FS, KT) else name)
    rfonts.set(qn("w:hAnsi"), "Times New Roman" if name in (FS, KT) else name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def para(doc, runs, align=None, first_indent=True, line=28, before=0, after=0):
    """runs: list of (text, font, bold) or (text, font, bold, size) or ('<br>',)."""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first_indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    for r in runs:
        if r[0] == "<br>":
            run = p.add_run()
            run.add_break()
            continue
        text, font, bold = r[0], r[1], r[2]
        size = r[3] if len(r) > 3 else 16
        run = p.add_run(text)
        set_font(run, font, size, bold)
    return p


def empty(doc, line=28):
    p = doc.add_paragraph()
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.space_after = Pt(0)
    return p


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def add_page_field(p, font=FS, size=14):
    """— PAGE — with a complex field."""
    r = p.add_run("— ")
    set_font(r, "宋体", size)
    r1 = p.add_run()
    set_font(r1, "宋体", size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._r.append(fc)
    r2 = p.add_run()
    set_font(r2, "宋体", size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE   \\* MERGEFORMAT "
    r2._r.append(it)
    r3 = p.add_run()
    set_font(r3, "宋体", size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._r.append(fc)
    r4 = p.add_run("1")
    set_font(r4, "宋体", size)
    r5 = p.add_run()
    set_font(r5, "宋体", size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._r.append(fc)
    r6 = p.add_run(" —")
    set_font(r6, "宋体", size)


# ---------------------------------------------------------------- the tasks
# Each task: list of runs after which the paragraph ends; flags handled below.
# (number-runs, bold title, body text, bracket text)
SECTIONS = [
    ("一、主要预期目标", [
        (["1．"], None, "地区生产总值增长6%左右。",
         "（责任县领导：周明远、韩立军；责任单位：县发改局、县统计局）"),
        (["2．"], None, "规模以上工业增加值增长8%以上。",
         "（责任县领导：田雨桐；责任单位：县工信局、县统计局、岚口经济开发区管委会）"),
        (["3．"], None, "一般公共预算收入增长5%。",
         "（责任县领导：韩立军；责任单位：县财政局、县税务局）"),
        (["4．"], None, "城乡居民人均可支配收入分别增长5.5%和7%。",
         "（责任县领导：韩立军、马骁；责任单位：县统计局、县人社局、县农业农村局）"),
    ]),
    ("二、全力扩大有效投资，推动经济稳进提质", [
        (["5．"], "狠抓项目建设。",
         "全年实施县级重点项目120个，完成投资150亿元以上，其中新开工项目不少于45个。"
         "落实县级领导包联重点项目制度，推行“一个项目、一名领导、一个专班”推进机制，"
         "每季度开展一次重点项目集中观摩。",
         "（责任县领导：周明远、韩立军；责任单位：县发改局、县财政局、县自然资源局、县住建局、"
         "岚口经济开发区管委会、各乡镇人民政府）"),
        (["6．"], "积极争取上级资金。",
         "紧盯中央预算内投资、超长期特别国债、地方政府专项债券等政策投向，谋划储备项目200个以上，"
         "全年争取上级资金25亿元以上。",
         "（责任县领导：韩立军；责任单位：县发改局、县财政局）"),
        (["7．"], "大力招商引资。",
         "坚持“一把手”招商，聚焦新材料、绿色食品、现代物流三大主导产业开展精准招商，"
         "全年引进亿元以上项目30个，到位资金80亿元以上。",
         "（责任县领导：田雨桐；责任单位：县投资促进中心、县商务局、岚口经济开发区管委会、各乡镇人民政府）"),
        (["8．"], "促进消费扩容提质。",
         "落实大规模设备更新和消费品以旧换新政策，办好“岚口消费季”系列促销活动，"
         "社会消费品零售总额增长6%。",
         "（责任县领导：田雨桐；责任单位：县商务局、县市场监管局、县文旅局）"),
        (["9."], "稳定外贸外资。",
         "支持企业开拓东盟、中东等市场，外贸进出口总额突破12亿元。",
         "（责任县领导：田雨桐；责任单位：县商务局）"),
        (["10．"], "防范化解地方债务风险。",
         "严格落实一揽子化债方案，加强政府投资项目全生命周期管理，稳妥推进融资平台改革转型，"
         "坚决守住不发生系统性风险底线。",
         "BRACKET_OWN_PARA（责任县领导：韩立军；责任单位：县财政局、县发改局、县审计局、县城投公司）"),
    ]),
    ("三、加快产业转型升级，壮大实体经济", [
        (["11．"], "做强新材料产业。",
         "推进年产5万吨高端铝箔、岚源新能源电池材料等项目建成投产，新材料产业产值突破100亿元。",
         "（责任县领导：田雨桐；责任单位：岚口经济开发区管委会、县工信局、县发改局）"),
        (["12．"], "推动传统产业转型升级。",
         "实施技术改造项目25个以上，新增“专精特新”中小企业5家、省级数字化车间3个。",
         "（责任县领导：田雨桐；责任单位：县工信局、县财政局、县市场监管局）"),
        (["13．"], "壮大现代物流产业。",
         "加快岚口公铁联运物流园二期建设，培育规模以上物流企业4家，物流总额增长10%。",
         "（责任县领导:田雨桐、欧阳建平；责任单位：县发改局、县交通运输局、县商务局）"),
        (["14．"], "推动文旅融合发展。",
         "创建国家4A级旅游景区1个，办好第三届岚江桃花节，全年接待游客突破600万人次。",
         "（责任县领导：郑晓燕；责任单位：县文旅局、各乡镇人民政府）"),
        (["15．"], "培育壮大经营主体。",
         "新增经营主体4000户以上，新增规模以上工业企业12家、限额以上商贸企业20家。",
         "（责任县领导：韩立军、田雨桐；责任单位：县市场监管局、县工信局、县商务局、县统计局）"),
        (["16．"], "加快数字经济发展。",
         "新建5G基站150个，推进“智慧岚口”二期项目，政务数据共享率达到95%以上。",
         "（责任县领导：韩立军；责任单位：县数据局、县工信局、县政务服务中心）"),
    ]),
    ("四、全面推进乡村振兴，促进城乡融合发展", [
        (["17．"], "稳定粮食生产。",
         "落实粮食安全党政同责，粮食播种面积稳定在52万亩以上、总产量达到22万吨，新建高标准农田3万亩。",
         "（责任县领导：马骁；责任单位：县农业农村局、县自然资源局、县财政局、各乡镇人民政府）"),
        (["18．"], "巩固拓展脱贫攻坚成果。",
         "健全防止返贫动态监测和帮扶机制，脱贫人口人均纯收入增长10%以上，坚决守住不发生规模性返贫致贫底线。",
         "（责任县领导：马骁；责任单位：县农业农村局、县人社局、县医保局、县教体局、县住建局、县水利局）"),
        (["19．"], "发展特色优势农业。",
         "新发展茶叶1万亩、中药材0.8万亩，新增市级以上农业产业化龙头企业3家，农产品加工产值增长8%。",
         "（责任县领导：马骁；责任单位：县农业农村局、县林业局）"),
        (["20．"], "实施乡村建设行动。",
         "完成农村户厕改造3000户，农村生活污水治理率达到40%，创建和美乡村示范村10个。",
         "（责任县领导：马骁、欧阳建平；责任单位：县农业农村局、县住建局、市生态环境局岚口分局、县水利局、各乡镇人民政府）"),
        (["21．"], "提升县城承载能力。",
         "改造城镇老旧小区28个，新建改造城市道路12公里、雨污管网20公里，BR县城燃气管道老化更新改造全面完成。",
         "（责任县领导：欧阳建平；责任单位：县住建局、县自然资源局、县城管局）"),
        (["22．"], "完善交通基础设施。",
         "确保岚口至桐湾高速公路岚口段年底建成通车，新改建农村公路150公里。",
         "（责任县领导：欧阳建平；责任单位：县交通运输局、县自然资源局、县财政局）"),
    ]),
    ("五、持续深化改革开放，优化营商环境", [
        (["23．"], "深化重点领域改革。",
         "实施国有企业改革深化提升行动，完成县属国有企业整合重组，推进零基预算改革。",
         "（责任县领导：韩立军；责任单位：县财政局（县国资中心）、县发改局）"),
        (["24．"], "持续优化营商环境。",
         "深化“高效办成一件事”改革，政务服务事项“一网通办”率达到95%以上，开展涉企违规收费专项整治。",
         "（责任县领导：韩立军，责任单位：县政务服务中心、县发改局、县市场监管局、县直各有关单位）"),
        (["25．"], "支持民营经济发展。",
         "落实支持民营经济发展政策措施，全面清理拖欠企业账款，健全政企常态化沟通机制。",
         "（责任县领导：韩立军、田雨桐；责任单位：县发改局、县工信局、县工商联）"),
        (["26．"], "扩大开放合作。",
         "深化与对口协作地区合作，加快岚口保税物流中心申建，全年举办专题招商推介活动6场以上。",
         "（责任县领导：田雨桐；责任单位：县商务局、县投资促进中心）"),
    ]),
    ("六、加强生态环境保护，建设美丽岚口", [
        (["27．"], "深入打好污染防治攻坚战。",
         "PM2.5平均浓度控制在32微克/立方米以内，县域国控断面水质稳定达到Ⅲ类，受污染耕地安全利用率保持100%。",
         "（责任县领导：欧阳建平；责任单位：市生态环境局岚口分局、县住建局、县交通运输局、县农业农村局、各乡镇人民政府）"),
        (["28．"], "全面落实河湖长制、林长制。",
         "完成营造林2.5万亩，森林覆盖率稳定在62%以上，推进岚江幸福河湖建设。",
         "（责任县领导：马骁；责任单位：县水利局、县林业局、各乡镇人民政府）"),
        (["29．"], "推进绿色低碳发展。",
         "新增分布式光伏装机5万千瓦，完成市下达的能耗强度降低目标任务。",
         "（责任县领导：韩立军、欧阳建平；责任单位：县发改局、县工信局、县住建局）"),
    ]),
    ("七、扎实办好民生实事，增进人民福祉", [
        (["3", "0．"], "促进高质量充分就业。",
         "城镇新增就业3500人以上，城镇调查失业率控制在5.5%以内，开展职业技能培训6000人次。",
         "（责任县领导：郑晓燕；责任单位：县人社局）"),
        (["31．"], "办好人民满意的教育。",
         "新建、改扩建中小学和幼儿园6所，新增学位3200个，深化县域普通高中发展提升行动。",
         "（责任县领导：郑晓燕；责任单位：县教体局、县发改局、县财政局、县住建局）"),
        (["32．"], "推进健康岚口建设。",
         "深化紧密型县域医共体建设，县人民医院新院区投入使用，乡镇卫生院服务能力全部达到基本标准。",
         "（责任县领导：郑晓燕；责任单位：县卫健局、县医保局）"),
        (["33．"], "完善社会保障体系。",
         "城乡居民基本养老保险参保率稳定在95%以上，新建社区嵌入式养老服务中心4个，落实残疾人两项补贴。",
         "（责任县领导：郑晓燕；责任单位：县人社局、县医保局、县民政局、县残联）"),
        (["34．"], "繁荣文化体育事业。",
         "开展“送戏下乡”演出200场，建成全民健身中心1个，承办省级以上体育赛事2项。",
         "（责任县领导：郑晓燕；责任单位：县文旅局、县教体局、县融媒体中心）"),
    ]),
    ("八、统筹发展和安全，加强政府自身建设", [
        (["35．"], "全力维护社会稳定。",
         "坚持和发展新时代“枫桥经验”，深化信访工作法治化，常态化开展扫黑除恶斗争，建设更高水平的平安岚口。",
         "（责任县领导：龚振华；责任单位：县公安局、县司法局、县信访局、各乡镇人民政府）"),
        (["36．"], "抓好安全生产和防灾减灾。",
         "压紧压实安全生产“三个责任”，深化重点行业领域安全生产治本攻坚，坚决遏制较大以上安全事故发生。",
         "（责任县领导：周明远，各副县长按分工负责；责任单位：县应急局、县直有关部门、各乡镇人民政府）"),
        (["37．"], "推进法治政府建设。",
         "严格落实重大行政决策程序，加强行政复议和行政应诉工作，自觉接受县人大及其常委会的法律监督和县政协的民主监督。",
         "（责任县领导：周明远；责任单位：县政府办、县司法局、县直各单位）"),
        (["38．"], "持续转变工作作风。",
         "严格落实中央八项规定及其实施细则精神，坚持政府过紧日子，“三公”经费只减不增。",
         "（责任县领导：韩立军；责任单位：县财政局、县审计局、县直各单位）"),
    ]),
]


def task_paragraph(doc, nums, title, body, bracket, typed_indent=False):
    runs = []
    if typed_indent:
        runs.append(("　　", FS, False))
    for n in nums:
        runs.append((n, FS, False))
    if title:
        runs.append((title, FS, True))
    own_para = bracket.startswith("BRACKET_OWN_PARA")
    if own_para:
        bracket = bracket[len("BRACKET_OWN_PARA"):]
    if "BR" in body:
        a, b = body.split("BR")
        runs.append((a, FS, False))
        runs.append(("<br>",))
        runs.append((b, FS, False))
    else:
        runs.append((body, FS, False))
    if not own_para:
        # a unit name cut over two runs (Word's revision ids), in one bracket
        if "县城投公司" in bracket or "县发改局、县财政局、县自然资源局" in bracket:
            i = bracket.index("县发改局")
            runs.append((bracket[:i + 2], KT, False))
            runs.append((bracket[i + 2:], KT, False))
        elif bracket.endswith("责任单位：县人社局）"):
            # pasted in without the 楷体 change
            runs.append((bracket, FS, False))
        else:
            runs.append((bracket, KT, False))
    para(doc, runs, first_indent=not typed_indent)
    if own_para:
        para(doc, [(bracket, KT, False)], first_indent=True)


def build():
    doc = Document()
    # base style
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)

    sec = doc.sections[0]
    sec.page_width = Mm(210)
    sec.page_height = Mm(297)
    sec.top_margin = Mm(37)
    sec.bottom_margin = Mm(35)
    sec.left_margin = Mm(28)
    sec.right_margin = Mm(26)
    sec.footer_distance = Mm(25)

    # odd / even page numbers (odd right, even left), as GB/T 9704 says
    doc.settings.odd_and_even_pages_header_footer = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_field(fp)
    ep = sec.even_page_footer.paragraphs[0]
    ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
    add_page_field(ep)

    # ---------------- 版头
    empty(doc)
    empty(doc)
    p = para(doc, [("岚口县人民政府文件", XBS, False, 48)],
             align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=60)
    p.runs[0].font.color.rgb = RED
    empty(doc)
    empty(doc)
    p = para(doc, [("岚政发〔2025〕5号", FS, False)],
             align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    bottom_border(p)
    empty(doc)
    empty(doc)

    # ---------------- 标题
    para(doc, [("岚口县人民政府", XBS, False, 22)], align=WD_ALIGN_PARAGRAPH.CENTER,
         first_indent=False, line=36)
    para(doc, [("关于印发2025年《政府工作报告》重点工作", XBS, False, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    para(doc, [("任务分工方案的通知", XBS, False, 22)], align=WD_ALIGN_PARAGRAPH.CENTER,
         first_indent=False, line=36)
    empty(doc)

    para(doc, [("各乡镇人民政府，岚口经济开发区管委会，县政府各部门，县直各单位：", FS, False)],
         first_indent=False)
    para(doc, [("2025年1月20日，岚口县第十八届人民代表大会第五次会议审议通过了《政府工作报告》。"
                "为确保报告确定的各项目标任务落到实处，经县政府研究，现将《2025年〈政府工作报告〉"
                "重点工作任务分工方案》印发给你们，并就有关事项通知如下。", FS, False)])
    para(doc, [("一、提高思想认识", HT, False)])
    para(doc, [("《政府工作报告》是县人民政府向全县人民作出的庄严承诺，是全年工作的总纲领、总遵循。"
                "各乡镇、各部门要切实把思想和行动统一到县委、县政府决策部署上来，"
                "把落实报告确定的目标任务作为检验工作成效的重要标准，确保各项工作有序推进、按期完成。", FS, False)])
    para(doc, [("二、压实工作责任", HT, False)])
    para(doc, [("各项任务的责任县领导要加强统筹调度，及时协调解决推进中的重大问题。"
                "各项任务的责任单位中，排在第一位的为牵头单位，其他为配合单位。"
                "牵头单位要对照任务分工，细化工作措施，明确时间节点和责任人，抓好组织实施；"
                "配合单位要主动对接、积极配合，形成工作合力。", FS, False)])
    para(doc, [("三、强化督查考核", HT, False)])
    para(doc, [("县政府督查室要将各项任务纳入年度重点督查内容，实行季度调度、半年小结、年终考核。"
                "各牵头单位于每季度末月20日前将任务推进情况报县政府督查室（联系人：陈思远，"
                "电话：0719-6123456，邮箱：lkxzfdcs@163.com），督查情况纳入年度目标责任考核。", FS, False)])
    empty(doc)
    para(doc, [("附件：2025年《政府工作报告》重点工作任务分工方案", FS, False)])
    empty(doc)
    empty(doc)
    empty(doc)
    para(doc, [("岚口县人民政府", FS, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    p = para(doc, [("2025年2月26日", FS, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    p.paragraph_format.right_indent = Pt(64)
    doc.paragraphs[-2].paragraph_format.right_indent = Pt(48)
    para(doc, [("（此件公开发布）", FS, False)])

    # ---------------- 附件 on a new page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, [("附件", HT, False)], first_indent=False)
    empty(doc)
    para(doc, [("2025年《政府工作报告》重点工作任务分工方案", XBS, False, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    empty(doc)

    for si, (heading, tasks) in enumerate(SECTIONS):
        hruns = [(heading, HT, False)]
        if heading.startswith("六"):
            hruns = [(heading + " ", HT, False)]  # a trailing space left in
        para(doc, hruns)
        for nums, title, body, bracket in tasks:
            n = int("".join(nums).rstrip("．."))
            typed = 17 <= n <= 22   # pasted from the 农业农村局's draft
            task_paragraph(doc, nums, title, body, bracket, typed_indent=typed)
        if heading.startswith(("三", "五")):
            empty(doc)

    # ---------------- 版记: a two-row table, lines above and below
    empty(doc)
    empty(doc)
    tbl = doc.add_table(rows=2, cols=1)
    tblPr = tbl._tbl.tblPr
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
    c0 = tbl.rows[0].cells[0]
    c0.paragraphs[0].paragraph_format.left_indent = Pt(14)
    r = c0.paragraphs[0].add_run("抄送：县委各部门，县人大常委会办公室，县政协办公室，县监委，县法院，县检察院，县人武部。")
    set_font(r, FS, 14)
    c1 = tbl.rows[1].cells[0]
    r = c1.paragraphs[0].add_run("岚口县人民政府办公室　　　　　　2025年2月27日印发")
    set_font(r, FS, 14)
    c1.paragraphs[0].paragraph_format.left_indent = Pt(14)

    doc.core_properties.author = "县政府办-文秘股"
    doc.core_properties.title = "岚口县人民政府关于印发2025年《政府工作报告》重点工作任务分工方案的通知"
    doc.save(OUT)


if __name__ == "__main__":
    build()
    print("wrote", OUT)
