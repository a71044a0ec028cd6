#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""570: a 市委办公室 red-header Word notice dividing the 市委常委会2025年工作要点
among the 市领导 and the 市委部门/市直单位 (control case).

Written with python-docx the way a clerk's Word file holds it: red 发文机关标志,
发文字号, red rule, title, 主送, cover text with 黑体 run-in requirements, 落款,
印发 note, then 附件 on a new page: parts 一、 in 黑体, tasks 1．–N． typed by
hand running on through the parts, a bold first sentence, and a 楷体 clause
（牵头市领导：…；牵头单位：…；责任单位：…） at the end (a few pushed onto a
paragraph of their own), and the 版记 table at the end.
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

NAME = "570_cenjiang_shiwei_changwei_yaodian_renwu_fengong.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)

# ---------------------------------------------------------------- the tasks
# (title sentence, rest of text, leaders, leads, cooperating, clause_on_own_paragraph)
PARTS = [
    ("一、坚持用党的创新理论凝心铸魂，坚定捍卫“两个确立”、坚决做到“两个维护”", [
        ("深入学习贯彻习近平新时代中国特色社会主义思想。",
         "把学习贯彻党的二十大和二十届二中、三中全会精神作为首要政治任务，健全完善市委常委会“第一议题”、理论学习中心组学习等制度，"
         "分层分类开展党员干部轮训，推动党的创新理论进机关、进企业、进农村、进校园、进社区。",
         ["林国栋"], ["市委宣传部", "市委组织部"], ["市委党校", "各县（市、区）委"], False),
        ("不折不扣贯彻落实党中央决策部署和省委工作要求。",
         "健全党中央重大决策部署和习近平总书记重要指示批示精神落实机制，建立台账、跟踪问效、按期报结，确保件件有着落、事事有回音。",
         ["秦楠"], ["市委办公室"], ["市委督查室", "市政府办公室"], False),
        ("严格执行重大事项请示报告制度。",
         "严格落实《中国共产党重大事项请示报告条例》，完善市委常委会向省委请示报告工作的程序，督促各级党组织和党员领导干部按规定请示报告。",
         ["秦楠"], ["市委办公室"], [], False),
    ]),
    ("二、聚焦高质量发展首要任务，推动经济实现质的有效提升和量的合理增长", [
        ("加强经济运行调度。",
         "坚持月调度、季分析、半年小结，紧盯地区生产总值、规模以上工业增加值、固定资产投资等主要指标，及时研究解决经济运行中的突出问题，"
         "确保全年地区生产总值增长6%左右。",
         ["周文涛", "邓志远"], ["市发展改革委"], ["市统计局", "市财政局", "市工业和信息化局"], False),
        ("扎实推进重大项目建设。",
         "实施重大项目“攻坚年”行动，全年谋划实施市级重点项目260个以上、完成投资480亿元以上，健全市领导联系重点项目机制，"
         "加快岑江港区二期、城际铁路岑江站综合枢纽等项目建设。",
         ["邓志远"], ["市发展改革委"], ["市自然资源和规划局", "市生态环境局", "市住房城乡建设局", "各县（市、区）委"], False),
        ("加快构建现代化产业体系。",
         "深入实施制造业“强链延链补链”行动，做大做强新材料、装备制造、绿色食品三大主导产业，培育新能源电池、低空经济等新兴产业，"
         "新增规模以上工业企业60家以上。",
         ["邓志远", "罗海波"], ["市工业和信息化局"], ["市科技局", "市发展改革委", "岑江经济技术开发区党工委"], True),
        ("促进民营经济发展壮大。",
         "深入贯彻落实党中央关于促进民营经济发展壮大的决策部署，常态化开展政企恳谈，健全涉企问题“收集—交办—反馈”闭环机制，"
         "依法保护民营企业产权和企业家权益。",
         ["沈慧", "邓志远"], ["市委统战部", "市工商联"], ["市发展改革委", "市市场监管局"], False),
        ("持续优化营商环境。",
         "深化“高效办成一件事”改革，推行涉企行政检查“综合查一次”，开展拖欠企业账款清理专项行动，"
         "力争营商环境评价进入全省第一方阵。",
         ["周文涛"], ["市政务服务和大数据管理局"], ["市发展改革委", "市市场监管局", "市司法局", "市财政局"], False),
        ("全面扩大对外开放合作。",
         "主动融入长江经济带发展，深化与周边城市产业协作，实施招商引资“一号工程”，全年引进亿元以上项目120个以上。",
         ["罗海波"], ["市商务局"], ["市委外办", "市投资促进中心"], False),
    ]),
    ("三、以全面深化改革为动力，持续激发发展活力", [
        ("统筹推进重点领域和关键环节改革。",
         "制定市委全面深化改革委员会2025年工作要点，谋划推出一批牵引性、标志性改革举措，健全改革落实督察机制，"
         "及时总结推广基层改革创新经验。",
         ["林国栋"], ["市委改革办"], ["市委各部委", "市直各单位党组（党委）"], False),
        ("深化国资国企改革。",
         "深入实施国有企业改革深化提升行动，推进市属国有企业战略性重组和专业化整合，完善中国特色现代企业制度，"
         "推动市城投集团等平台公司市场化转型。",
         ["罗海波"], ["市国资委"], ["市财政局"], False),
        ("深化财税金融体制改革。",
         "加强财政资源统筹，深化零基预算改革，坚决落实政府过紧日子要求；做好金融“五篇大文章”，"
         "稳妥推进地方金融组织风险处置。",
         ["邓志远"], ["市财政局", "市委金融办"], ["国家税务总局岑江市税务局", "国家金融监督管理总局岑江监管分局"], False),
        ("深入实施人才强市战略。",
         "深化“岑才回归”工程，健全人才引育留用全链条服务机制，全年引进各类高层次人才和急需紧缺人才1500名以上，"
         "建设青年发展型城市。",
         ["许静"], ["市委组织部（市委人才办）"], ["市人力资源社会保障局", "市科技局", "市教育局", "团市委"], False),
    ]),
    ("四、推进乡村全面振兴和城乡融合发展，加快建设宜居宜业和美城乡", [
        ("毫不放松抓好粮食和重要农产品稳产保供。",
         "严格落实粮食安全党政同责，坚决遏制耕地“非农化”、基本农田“非粮化”，新建和改造提升高标准农田12万亩，"
         "粮食播种面积稳定在200万亩以上。",
         ["韩雪梅"], ["市农业农村局"], ["市自然资源和规划局", "市发展改革委", "市粮食和物资储备局"], False),
        ("学习运用“千万工程”经验推进乡村全面振兴。",
         "巩固拓展脱贫攻坚成果，守牢不发生规模性返贫致贫底线；深化农村人居环境整治，建设和美乡村示范村50个。",
         ["韩雪梅"], ["市委农办"], ["市农业农村局", "市住房城乡建设局", "市生态环境局", "各县（市、区）委"], False),
        ("稳步推进以人为本的新型城镇化。",
         "推进以县城为重要载体的城镇化建设，实施城市更新行动，改造城镇老旧小区86个，推动符合条件的农业转移人口便捷落户。",
         ["周文涛"], ["市发展改革委", "市住房城乡建设局"], ["市自然资源和规划局", "市公安局"], False),
        ("持续打好蓝天碧水净土保卫战。",
         "扎实抓好中央和省生态环境保护督察反馈问题整改，落实河湖长制、林长制，确保国考、省考断面水质优良比例稳定达标。",
         ["罗海波"], ["市生态环境局"], ["市水利局", "市林业局", "市农业农村局"], True),
    ]),
    ("五、发展全过程人民民主，推进法治岑江建设", [
        ("坚持和完善人民代表大会制度。",
         "支持和保证人大及其常委会依法行使立法权、监督权、决定权、任免权，做好地方立法工作，加强人大代表联络站建设。",
         ["林国栋"], ["市委办公室"], ["市人大常委会党组"], False),
        ("加强和改进人民政协工作。",
         "支持人民政协围绕中心任务履职尽责，完善协商于决策之前和决策实施之中的落实机制，提升专门协商机构效能。",
         ["沈慧"], ["市委统战部"], ["市政协党组"], False),
        ("巩固和发展新时代爱国统一战线。",
         "深入推进民族团结进步创建，坚持我国宗教中国化方向，做好党外代表人士、新的社会阶层人士工作。",
         ["沈慧"], ["市委统战部"], ["市民族宗教局", "市工商联"], False),
        ("全面推进法治岑江建设。",
         "深入贯彻习近平法治思想，加强法治政府建设，深化司法体制综合配套改革，启动实施“九五”普法规划。",
         ["欧阳健"], ["市委依法治市办"], ["市司法局", "市中级人民法院", "市人民检察院"], False),
    ]),
    ("六、坚定文化自信，建设文化强市", [
        ("牢牢掌握意识形态工作领导权。",
         "严格落实意识形态工作责任制，加强网络生态治理，健全重大舆情和突发事件舆论引导机制。",
         ["唐立新"], ["市委宣传部"], ["市委网信办", "市文化广电旅游局", "市融媒体中心"], False),
        ("推进文化繁荣兴盛和文旅融合发展。",
         "深入实施文明创建工程，巩固全国文明城市创建成果；加强历史文化遗产保护传承，打造岑江古城文旅融合示范区。",
         ["唐立新"], ["市委宣传部", "市文化广电旅游局"], ["市文明办", "市文联"], False),
    ]),
    ("七、坚持以人民为中心，持续增进民生福祉", [
        ("全力稳就业促增收。",
         "落实就业优先政策，抓好高校毕业生、退役军人、农民工等重点群体就业，全年城镇新增就业3.2万人以上。",
         ["周文涛"], ["市人力资源社会保障局"], ["市教育局", "市退役军人事务局", "市财政局"], False),
        ("推进教育科技人才一体发展。",
         "深化基础教育扩优提质行动，推进县域普通高中振兴，支持岑江学院创建岑江大学；加快建设省级区域科技创新中心。",
         ["韩雪梅"], ["市委教育工委", "市教育局"], ["市科技局"], False),
        ("扎实办好民生实事。",
         "聚焦“一老一小”、医疗卫生、住房保障等群众急难愁盼问题，办好市委、市政府十项民生实事，健全养老服务体系和生育支持政策体系。",
         ["周文涛", "韩雪梅"], ["市政府办公室"], ["市民政局", "市卫生健康委", "市医保局", "市住房城乡建设局"], False),
    ]),
    ("八、统筹发展和安全，建设更高水平的平安岑江", [
        ("防范化解重点领域风险。",
         "坚定不移贯彻总体国家安全观，统筹做好房地产、地方债务、中小金融机构等风险防范化解工作。",
         ["欧阳健", "邓志远"], ["市委国安办"], ["市财政局", "市住房城乡建设局", "市委金融办"], False),
        ("抓实安全生产和防灾减灾。",
         "深入推进安全生产治本攻坚三年行动，抓好道路交通、燃气、消防、自建房等重点行业领域隐患排查整治，坚决遏制重特大事故发生。",
         ["邓志远"], ["市应急管理局"], [], False),
        ("推进基层治理现代化。",
         "坚持和发展新时代“枫桥经验”，推进综治中心规范化建设，整治形式主义为基层减负，深化党建引领基层治理。",
         ["欧阳健", "许静"], ["市委社会工作部"], ["市委政法委", "市民政局", "市信访局", "各县（市、区）委"], False),
    ]),
    ("九、坚定不移推进全面从严治党，以党的建设新成效保障各项事业发展", [
        ("加强党的政治建设。",
         "严明政治纪律和政治规矩，严肃党内政治生活，高质量开好市委常委会民主生活会。",
         ["林国栋"], ["市委办公室", "市委组织部"], ["市纪委监委机关"], False),
        ("深入贯彻中央八项规定精神。",
         "巩固拓展深入贯彻中央八项规定精神学习教育成果，锲而不舍纠治“四风”，坚决纠治形式主义、官僚主义。",
         ["梁晓峰"], ["市纪委监委机关"], ["市委组织部", "市直各单位党组（党委）"], False),
        ("建设堪当现代化建设重任的高素质干部队伍。",
         "树立和践行正确政绩观，健全有效防范和纠治政绩观偏差工作机制，落实“三个区分开来”，推动干部能上能下。",
         ["许静"], ["市委组织部"], [], False),
        ("推进基层党组织建设全面进步全面过硬。",
         "实施基层党建“提质强基”工程，抓好软弱涣散基层党组织整顿，深化机关、国企、“两新”组织党建。",
         ["许静"], ["市委组织部"], ["市委社会工作部", "市直机关工委", "市国资委"], True),
        ("深化政治巡察。",
         "高质量完成十二届市委第七轮、第八轮巡察，扎实推进巡察整改和成果运用。",
         ["梁晓峰"], ["市委巡察办"], [], False),
        ("一体推进不敢腐、不能腐、不想腐。",
         "保持惩治腐败高压态势，深化整治群众身边不正之风和腐败问题，加强新时代廉洁文化建设。",
         ["梁晓峰"], ["市纪委监委机关"], ["市委巡察办", "市审计局"], False),
        ("加强市委常委会自身建设。",
         "市委常委会成员带头落实调查研究、联系基层等制度，带头执行民主集中制，自觉接受党内外监督。",
         ["林国栋"], ["市委办公室"], ["市委组织部"], False),
    ]),
]


# ---------------------------------------------------------------- helpers
def set_run_font(run, east, size=16, bold=False, color=None, ascii_font=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font or "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:hint"), "eastAsia")
    if color is not None:
        run.font.color.rgb = color


def para(doc, text="", east=FS, size=16, bold=False, align=None, indent=True,
         color=None, spacing=28, before=0, after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(spacing)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        r = p.add_run(text)
        set_run_font(r, east, size, bold, color)
    return p


def add_run(p, text, east=FS, size=16, bold=False):
    r = p.add_run(text)
    set_run_font(r, east, size, bold)
    return r


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


def add_page_field(p, size=14):
    def r(text=None, fld=None, instr=None):
        run = p.add_run()
        set_run_font(run, "宋体", size, ascii_font="宋体")
        if fld:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), fld)
            run._r.append(e)
        elif instr:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = instr
            run._r.append(e)
        else:
            run.text = text
    r("— ")
    r(fld="begin")
    r(instr=" PAGE ")
    r(fld="separate")
    r("1")
    r(fld="end")
    r(" —")


def coop_join(coops):
    named = [c for c in coops if not c.startswith("各")]
    groups = [c for c in coops if c.startswith("各")]
    s = "、".join(named)
    if groups:
        s = (s + "，" if s else "") + "、".join(groups)
    return s


def clause(leaders, leads, coops):
    s = "牵头市领导：" + "、".join(leaders) + "；牵头单位：" + "、".join(leads)
    if coops:
        s += "；责任单位：" + coop_join(coops)
    return "（" + s + "）"


# ---------------------------------------------------------------- document
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
sec.left_margin, sec.right_margin = Mm(28), Mm(26)
sec.footer_distance = Mm(28)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
add_page_field(fp)

# 份号 / 密级 line left, 发文机关标志
para(doc, "", indent=False)
p = para(doc, "中共岑江市委办公室文件", east=XBS, size=36, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, color=RED, spacing=60, before=24)
para(doc, "", indent=False)
p = para(doc, "岑委办发〔2025〕6号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
bottom_border(p)
para(doc, "", indent=False)

para(doc, "中共岑江市委办公室关于印发", east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
     indent=False, spacing=36)
para(doc, "《中共岑江市委常委会2025年工作要点》", east=XBS, size=22,
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=36)
para(doc, "任务分工方案的通知", east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
     indent=False, spacing=36)
para(doc, "", indent=False)

para(doc, "各县（市、区）委，市委各部委，市直各单位党组（党委），各人民团体党组：", indent=False)
para(doc, "《中共岑江市委常委会2025年工作要点》已经十二届市委常委会第九十六次会议审议通过，并以岑委发〔2025〕2号文件印发。"
          "为确保各项工作任务落到实处，经市委同意，现将《〈中共岑江市委常委会2025年工作要点〉任务分工方案》印发给你们，"
          "并就有关事项通知如下。")
p = para(doc)
add_run(p, "一、提高政治站位。", east=HT)
add_run(p, "市委常委会工作要点是市委全年工作的总体安排。各地各单位要把抓好工作要点落实作为践行“两个维护”的具体行动，"
           "主要负责同志要亲自研究部署、推动落实，确保各项任务按时保质完成。")
p = para(doc)
add_run(p, "二、压实工作责任。", east=HT)
add_run(p, "牵头市领导对牵头任务负总责，统筹调度、协调推进。牵头单位要制定具体落实措施，明确时间表、路线图和责任人；"
           "牵头单位有两个及以上的，排在第一位的为主牵头单位，负责统筹协调和汇总报送。责任单位要按照职责分工主动配合，"
           "形成工作合力。")
p = para(doc)
add_run(p, "三、强化督查问效。", east=HT)
add_run(p, "市委督查室将工作要点落实情况纳入年度督查重点，实行清单化管理、项目化推进。请各牵头单位分别于2025年6月25日、"
           "12月10日前将半年、全年工作进展情况书面报送市委督查室（联系人：宋佳，联系电话：0735—8236617）。")
para(doc, "")
p = para(doc, "附件：《中共岑江市委常委会2025年工作要点》任务分工方案", indent=True)
para(doc, "")
para(doc, "")
p = para(doc, "中共岑江市委办公室", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
p.paragraph_format.right_indent = Pt(64)
p = para(doc, "2025年2月21日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
p.paragraph_format.right_indent = Pt(80)
para(doc, "（此件发至县级党委）", indent=True)

# ---------------------------------------------------------------- 附件
p = para(doc, "附件", east=HT, indent=False)
p.paragraph_format.page_break_before = True
para(doc, "", indent=False)
para(doc, "《中共岑江市委常委会2025年工作要点》", east=XBS, size=22,
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=36)
para(doc, "任务分工方案", east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
     indent=False, spacing=36)
para(doc, "为全面抓好《中共岑江市委常委会2025年工作要点》贯彻落实，现将重点任务分工如下。")

n = 0
for head, tasks in PARTS:
    para(doc, head, east=HT)
    for title, body, leaders, leads, coops, own in tasks:
        n += 1
        p = para(doc)
        add_run(p, f"{n}．", bold=False)
        add_run(p, title, bold=True)
        add_run(p, body)
        c = clause(leaders, leads, coops)
        if own:
            p2 = para(doc)
            add_run(p2, c, east=KT)
        else:
            add_run(p, c, east=KT)

# ---------------------------------------------------------------- 版记
para(doc, "")
para(doc, "")
tbl = doc.add_table(rows=2, cols=2)
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER


def cell_border(cell, top=None, bottom=None):
    tcpr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side, v in (("top", top), ("bottom", bottom), ("left", None), ("right", None)):
        e = OxmlElement(f"w:{side}")
        if v:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(v))
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tcpr.append(b)


row0 = tbl.rows[0].cells
m = row0[0].merge(row0[1])
m.paragraphs[0].paragraph_format.left_indent = Pt(14)
r = m.paragraphs[0].add_run("抄送：市委常委，市人大常委会、市政府、市政协党组成员，市纪委监委领导班子成员。")
set_run_font(r, FS, 14)
cell_border(m, top=12, bottom=4)
c0, c1 = tbl.rows[1].cells
r = c0.paragraphs[0].add_run("中共岑江市委办公室")
set_run_font(r, FS, 14)
c0.paragraphs[0].paragraph_format.left_indent = Pt(14)
r = c1.paragraphs[0].add_run("2025年2月21日印发")
set_run_font(r, FS, 14)
c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
c1.paragraphs[0].paragraph_format.right_indent = Pt(14)
cell_border(c0, top=4, bottom=12)
cell_border(c1, top=4, bottom=12)

# table-level: no default grid
tblpr = tbl._tbl.tblPr
tb = OxmlElement("w:tblBorders")
for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
    e = OxmlElement(f"w:{side}")
    e.set(qn("w:val"), "nil")
    tb.append(e)
tblpr.append(tb)

core = doc.core_properties
core.author = "市委办公室"
core.title = ""
core.last_modified_by = "WJK"

doc.save(OUT)
print(OUT, n, "tasks")
