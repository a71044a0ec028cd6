#!/usr/bin/python3
"""Generate 651: a 市教育局 red-header Word notice printing its 2025 工作要点 任务分工
as paragraphs, each task followed by bold-labelled lines 责任领导/牵头处室/配合处室（单位）/完成时限.
Writes the .docx deterministically and the gold .tasks.gold.jsonl.
Run: /usr/bin/python3 make_651.py
"""
import datetime
import io
import json
import os
import re
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "651_tangzhou_shi_jiaoyuju_gongzuo_yaodian_fengong"
DOCX = os.path.join(HERE, NAME + ".docx")
GOLD = os.path.join(HERE, NAME + ".tasks.gold.jsonl")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
FIXED = datetime.datetime(2025, 3, 6, 9, 0, 0)

# ---------------------------------------------------------------- content
# Each task: (marker, [paragraphs of text], [lines]); a line is a list of (label, value).
# Labels are printed in bold exactly as given (the colon is part of the label).
L = "责任领导："
Q = "牵头处室："
QD = "牵头处室（单位）："
P = "配合处室（单位）："
T = "完成时限："
GAP = "　　"
BR = "\n"  # a manual line break (Shift+Enter) inside a value

PARTS = [
    ("一、坚持党建引领，落实立德树人根本任务", [
        ("1．", ["加强党对教育工作的全面领导。深入学习贯彻党的二十大和二十届二中、三中全会精神，认真落实市委教育工作领导小组议事规则，健全中小学校党组织领导的校长负责制，年内实现全市公办中小学全覆盖。"],
         [[(L, "陈志远")], [(Q, "组织人事处")], [(P, "办公室、机关党委、各县（市、区）教育局")], [(T, "2025年12月底前")]]),
        ("2．", ["推进大中小学思政课一体化建设。组建市级思政课一体化建设共同体10个，开展思政课教师“大练兵”活动，遴选市级思政“金课”50节，推动“大思政课”实践教学基地向中小学开放。"],
         [[(L, "李建华"), (Q, "思政宣传处")], [(P, "基础教育处、市教育科学研究院")], [(T, "2025年11月底前")]]),
        ("3．", ["加强学生心理健康教育。实施学生心理健康促进专项行动，落实每学年至少开展一次心理健康测评，县级学生心理辅导中心实现全覆盖，每所中小学至少配备1名专职心理健康教育教师。"],
         [[(L, "王　勇")], [(Q, "体育卫生与艺术教育处")], [(P, "基础教育处、教师工作处、各县（市、区）教育局")], [(T, "2025年9月底前")]]),
        ("4．", ["深化体育美育劳动教育。落实中小学生每天综合体育活动时间不低于2小时要求，举办全市第十二届中小学生运动会和第六届中小学生艺术展演，新认定市级劳动教育实践基地8个。"],
         [[(L, "王　勇")], [(Q, "体育卫生与艺术教育处")], [(P, "基础教育处、财务审计处，各县（市、区）教育局")], [(T, "2025年12月底前")]]),
        ("5．", ["推进全面从严治党向纵深发展。落实全面从严治党主体责任清单，深化“清廉学校”建设，持续整治群众身边不正之风和腐败问题，巩固深化“校园餐”突出问题专项整治成果。"],
         [[(L, "陈志远、孙立新")], [(Q, "机关党委")], [(P, "办公室、组织人事处、财务审计处、安全稳定工作处")], [(T, "持续推进")]]),
    ]),
    ("二、推动基础教育扩优提质", [
        ("6．", ["扩大普惠性学前教育资源。新建、改扩建公办幼儿园12所，新增公办学位3600个，普惠性幼儿园覆盖率稳定在92%以上，落实学前一年免保育教育费政策。"],
         [[(L, "李建华")], [(Q, "基础教育处")], [(P, "发展规划处、财务审计处、市学生资助管理中心")], [(T, "2025年8月底前")]]),
        ("7．", ["推进义务教育优质均衡发展。深化集团化办学和城乡学校共同体建设，新组建教育集团6个，确保乡村学校和薄弱学校全部纳入集团或共同体管理。",
                "加快城区学校建设，续建、新建中小学9所，新增学位8100个，有效化解城区“大班额”问题；支持棠东区、云岭县创建国家义务教育优质均衡发展县（区）。"],
         [[(L, "李建华、刘海燕")], [(Q, "基础教育处、发展规划处")], [(P, "教育督导室、财务审计处、各县（市、区）教育局")], [(T, "2025年12月底前")]]),
        ("8．", ["促进普通高中多样化特色发展。实施县域普通高中振兴行动，新创建市级特色高中4所，深化普通高中育人方式改革，稳妥推进新课程新教材实施。"],
         [[(L, "李建华")], [(Q, "基础教育处")], [(P, "市教育科学研究院、市教育考试院")], [(T, "2025年12月底前")]]),
        ("9．", ["办好特殊教育和专门教育。实施特殊教育发展提升行动，适龄残疾儿童少年义务教育入学率保持在97%以上，推动市特殊教育学校增设职业高中部。"],
         [[(L, "王　勇")], [(Q, "基础教育处")], [(P, "无"), (T, "2025年9月底前")]]),
        ("10．", ["加强校外培训监管。常态化开展校外培训“隐形变异”问题治理，完善非学科类校外培训机构审批和监管流程，做好预收费资金监管。"],
         [[(L, "周敏")], [(Q, "校外教育培训监管处")], [(P, "政策法规处、安全稳定工作处、各县（市、区）教育局")], [(T, "持续推进")]]),
        ("11．", ["深化课程教学改革。实施基础教育课程教学改革深化行动，开展“双减”背景下作业设计评比，评选市级基础教育教学成果奖30项，推进国家智慧教育平台应用试点区建设。"],
         [[(L, "李建华")], [(Q, "市教育科学研究院")], [(P, "基础教育处、市电化教育馆（市教育信息中心）")], [(T, "2025年10月底前")]]),
    ]),
    ("三、增强职业教育适应性", [
        ("12.", ["推进职业教育产教融合。组建市域产教联合体2个、行业产教融合共同体3个，深化“订单班”“现代学徒制”试点，新增校企合作项目40个以上。"],
         [[(L, "赵文博"), (Q, "职业教育与成人教育处")], [(P, "发展规划处、财务审计处")], [(T, "2025年12月底前")]]),
        ("13．", ["加强职业院校内涵建设。实施中职学校办学能力达标工程，确保全部中职学校办学条件达标；建设市级高水平专业群10个、精品在线开放课程20门。"],
         [[(L, "赵文博")], [(Q, "职业教育与成人教育处")], [(P, "教师工作处、市教育装备中心")], [(T, "2025年11月底前")]]),
        ("14．", ["办好职业院校技能大赛。组织举办2025年全市职业院校技能大赛，做好参加全省职业院校技能大赛组织工作，力争获奖数量保持全省前列。"],
         [[(L, "赵文博")], [(Q, "职业教育与成人教育处")], [(T, "2025年6月底前")]]),
        ("15．", ["推进中高职贯通培养。扩大“3+2”五年一贯制招生规模，规范中职学校招生秩序，严禁违规招生、有偿招生。"],
         [[(L, "赵文博")], [(Q, "职业教育与成人教育处")], [(P, "市教育考试院、各县（市、区）教育局")], [(T, "2025年8月底前")]]),
    ]),
    ("四、推动高等教育和继续教育发展", [
        ("16．", ["支持驻棠高校高质量发展。配合做好棠州学院更名大学筹备工作，支持棠州职业技术学院创建省级“双高”学校，推动校地共建重点实验室和现代产业学院。"],
         [[(L, "陈志远、赵文博")], [(Q, "高等教育处")], [(P, "发展规划处、组织人事处")], [(T, "2025年12月底前")]]),
        ("17．", ["服务高校毕业生就业创业。实施高校毕业生就业“访企拓岗”专项行动，开展“百校千企”供需对接活动，推动驻棠高校毕业生留棠就业比例提高2个百分点。"],
         [[(L, "赵文博")], [(Q, "高等教育处")], [(P, "职业教育与成人教育处、市教育发展服务中心")], [(T, "2025年9月底前")]]),
        ("18．", ["发展继续教育和终身学习。办好市开放大学，推进社区教育、老年教育资源整合，新建市级社区教育示范基地5个，举办全民终身学习活动周。"],
         [[(L, "周敏")], [(Q, "职业教育与成人教育处")], [(P, "市开放大学、各县（市、区）教育局")], [(T, "2025年11月底前")]]),
    ]),
    ("五、建设高素质专业化教师队伍", [
        ("19．", ["加强师德师风建设。落实新时代教师职业行为十项准则，健全师德失范行为通报警示制度，开展师德师风专项检查，评选表彰市级“最美教师”20名。"],
         [[(L, "王　勇")], [(Q, "教师工作处")], [(P, "组织人事处、机关党委、思政宣传处")], [(T, "2025年9月10日前")]]),
        ("20．", ["深化教师管理综合改革。深入推进“县管校聘”管理改革，完善中小学教师交流轮岗机制，全年交流轮岗教师不少于1200人，其中骨干教师比例不低于20%。"],
         [[(L, "王勇、周敏")], [(Q, "组织人事处、教师工作处")], [(P, "各县（市、区）教育局，市直各学校")], [(T, "2025年8月底前")]]),
        ("21．", ["提升教师专业能力。实施“名师名校长”培养工程，开展中小学教师全员培训，全年培训教师不少于2.5万人次；完成乡村教师“强师计划”年度培训任务。"],
         [[(L, "王　勇")], [(Q, "教师工作处")], [(P, "市教育科学研究院、市电化教育馆（市教育信息中心）、各县（市、区）教育局")], [("完成时限:", "2025年12月底前")]]),
        ("22．", ["保障教师工资待遇。落实义务教育教师平均工资收入水平不低于当地公务员平均工资收入水平，按时足额发放乡村教师生活补助，推进乡村教师周转宿舍建设。"],
         [[(L, "陈志远")], [(Q, "财务审计处"), (P, "组织人事处、各县（市、区）教育局")], [(T, "全年")]]),
    ]),
    ("六、深化教育综合改革", [
        ("23．", ["深化新时代教育评价改革。开展“五唯”问题清理专项督查，完善中小学校办学质量评价体系，探索开展县域义务教育质量监测结果运用。"],
         [[(L, "刘海燕")], [(Q, "教育督导室")], [(P, "基础教育处、组织人事处、市教育科学研究院")], [(T, "2025年10月底前")]]),
        ("24．", ["稳妥推进中考招生制度改革。制定出台2025年中考招生工作方案，完善综合素质评价办法，优质普通高中指标到校分配比例不低于60%。"],
         [[(L, "李建华")], [(QD, "市教育考试院")], [(P, "基础教育处、安全稳定工作处")], [(T, "2025年7月底前")]]),
        ("25．", ["推进教育数字化转型。实施教育数字化战略行动，建设棠州智慧教育云平台2.0，新建智慧校园示范校30所，中小学多媒体教室覆盖率达到100%。"],
         [[(L, "周敏")], [(Q, "市电化教育馆（市教育信息中心）")], [(P, "发展规划处、财务审计处、市教育装备中心")], [(T, "2025年12月底前")]]),
        ("26．", ["规范民办教育发展。完善民办学校年检和信息公开制度，加强民办学校办学行为和收费监管，稳妥做好民办义务教育学校占比调整后续工作。"],
         [[(L, "周敏")], [(Q, "民办教育管理处")], [(P, "政策法规处、财务审计处、各县（市、区）教育局")], [(T, "持续推进")]]),
        ("27．", ["推进依法治教。修订完善局机关规范性文件管理办法，开展“八五”普法总结验收，推进中小学法治副校长聘任和履职全覆盖。"],
         [[(L, "刘海燕"), (Q, "政策法规处")], [(P, "办公室、基础教育处")], [(T, "2025年11月底前")]]),
    ]),
    ("七、强化教育保障和安全稳定", [
        ("28．", ["加大教育经费投入。确保一般公共预算教育支出逐年只增不减、按在校学生人数平均的一般公共预算教育支出逐年只增不减，加强教育经费使用绩效评价和内部审计。"],
         [[(L, "陈志远")], [(Q, "财务审计处")], [(P, "发展规划处、各直属单位")], [(T, "全年")]]),
        ("29．", ["落实学生资助政策。精准认定家庭经济困难学生，全年发放各类学生资助资金不低于1.8亿元，实现应助尽助；做好生源地信用助学贷款工作。"],
         [[(L, "陈志远")], [(Q, "市学生资助管理中心")], [(P, "财务审计处、基础教育处、职业教育与成人教育处、" + BR + "高等教育处、各县（市、区）教育局")], [(T, "2025年12月底前")]]),
        ("30．", ["抓好校园安全工作。深入开展校园安全隐患排查整治，强化校园“护学岗”和“一键报警”建设，严防学生溺水、交通等安全事故，加强校园食品安全监管。"],
         [[(L, "郑　凯")], [(Q, "安全稳定工作处")], [(P, "体育卫生与艺术教育处、市教育装备中心、各县（市、区）教育局")], [(T, "持续推进")]]),
        ("31．", ["维护教育系统和谐稳定。健全教育系统矛盾纠纷排查化解机制，做好信访积案化解，加强教育舆情监测研判和应对处置，做好重大活动期间安全稳定工作。"],
         [[(L, "郑　凯")], [(Q, "安全稳定工作处、办公室")], [(P, "思政宣传处、政策法规处")], [(T, "全年")]]),
        ("32．", ["加强教育宣传和机关效能建设。讲好棠州教育故事，全年在省级以上媒体刊发教育宣传稿件不少于150篇；严格落实“三重一大”决策制度，持续推进督查督办和政务公开。"],
         [[(L, "陈志远")], [(Q, "办公室")], [(P, "思政宣传处、局机关各处室")], [(T, "2025年12月底前")]]),
    ]),
]


# ---------------------------------------------------------------- gold
def split_units(s):
    """Split on 、，； outside brackets; drop manual line breaks."""
    s = s.replace(BR, "")
    out, cur, depth = [], "", 0
    for ch in s:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if depth == 0 and ch in "、，；,;":
            if cur:
                out.append(cur)
            cur = ""
        else:
            cur += ch
    if cur:
        out.append(cur)
    return [u.strip() for u in out if u.strip()]


def gold_records():
    recs = []
    for _, tasks in PARTS:
        for marker, paras, lines in tasks:
            fields = {}
            for line in lines:
                for label, value in line:
                    key = label.rstrip("：:")
                    fields[key] = value
            num = re.match(r"\d+", marker).group(0)
            leaders = [n.replace("　", "") for n in split_units(fields.get("责任领导", ""))]
            lead = split_units(fields.get("牵头处室") or fields.get("牵头处室（单位）"))
            coop_raw = fields.get("配合处室（单位）")
            coop = [] if coop_raw in (None, "无") else split_units(coop_raw)
            recs.append({
                "id": num,
                "marker": marker,
                "head": paras[0][:12],
                "responsible_units": lead + coop,
                "lead_units": lead,
                "cooperating_units": coop,
                "leaders": leaders,
                "deadline": fields.get("完成时限"),
            })
    return recs


# ---------------------------------------------------------------- docx helpers
def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name if a != "w:ascii" and a != "w:hAnsi" else ("Times New Roman" if name == FS else name))
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def para(doc, align=None, indent=True, spacing=28.95, before=0, after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(spacing)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    return p


def add(p, text, font=FS, size=16, bold=None, color=None):
    parts = text.split(BR)
    r = None
    for i, chunk in enumerate(parts):
        r = p.add_run(chunk)
        set_font(r, font, size, bold, color)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
    return r


def border(p, side, color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    pbdr.append(b)


def page_number_footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        r = fp.add_run()
        set_font(r, "宋体", 14)
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        elif text == " PAGE ":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            r._element.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = text
            r._element.append(t)
    r = fp.add_run(" —")
    set_font(r, "宋体", 14)


def build():
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
    page_number_footer(sec)

    # ---- 版头
    for _ in range(2):
        para(doc, indent=False)
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=60)
    add(p, "棠州市教育局文件", XBS, 48, color=RGBColor(0xFF, 0x00, 0x00))
    para(doc, indent=False)
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    add(p, "棠教发〔2025〕5号")
    border(p, "bottom", sz=18, space=8)
    para(doc, indent=False)

    # ---- 标题、主送
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=35)
    add(p, "棠州市教育局关于印发2025年全市教育工作", XBS, 22)
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=35)
    add(p, "要点任务分工的通知", XBS, 22)
    para(doc, indent=False)
    p = para(doc, indent=False)
    add(p, "各县（市、区）教育局，市直各学校，局机关各处室、各直属单位：")

    body = [
        (None, "为深入贯彻落实全国、全省教育工作会议和市委经济工作会议精神，确保2025年全市教育工作各项目标任务落到实处，经局党组会议研究，现将《2025年全市教育工作要点任务分工》印发给你们，并就有关事项通知如下。"),
        ("一、提高思想认识。", "今年是“十四五”规划收官之年，也是教育强市建设的关键之年。各单位要充分认识做好今年教育工作的重要意义，把思想和行动统一到市委、市政府和局党组决策部署上来，以钉钉子精神抓好各项任务落实。"),
        ("二、压实工作责任。", "各项任务的责任领导要加强统筹调度，牵头处室（单位）要制定具体推进措施，细化时间表、路线图，牵头处室（单位）有两个的，排在第一位的为主牵头处室（单位）；配合处室（单位）要按照职责分工主动配合、密切协作，形成工作合力。各县（市、区）教育局要对照任务分工，结合实际抓好贯彻落实。"),
        ("三、强化督查督办。", "局办公室将各项任务落实情况纳入年度督查督办和绩效考核内容，实行月调度、季通报。请各牵头处室（单位）于每季度最后一个月25日前将工作进展情况报局办公室（联系人：吴　倩，电话：6283517），年度工作总结于12月10日前报送。"),
    ]
    for lead_in, text in body:
        p = para(doc)
        if lead_in:
            add(p, lead_in, HT)
        add(p, text)

    para(doc, indent=False)
    p = para(doc)
    add(p, "附件：2025年全市教育工作要点任务分工")
    for _ in range(3):
        para(doc, indent=False)
    p = para(doc, WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    add(p, "棠州市教育局")
    p = para(doc, WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    add(p, "2025年3月6日")
    p = para(doc)
    add(p, "（此件公开发布）")

    # ---- 附件
    p = para(doc, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    add(p, "附件", HT)
    para(doc, indent=False)
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=35)
    add(p, "2025年全市教育工作要点任务分工", XBS, 22)
    para(doc, indent=False)
    p = para(doc)
    add(p, "2025年全市教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，深入落实全国、全省教育大会部署，坚持立德树人根本任务，以教育强市建设为统领，着力推进基础教育扩优提质、职业教育提质培优、教师队伍建设和教育综合改革，办好人民满意的教育。")

    for heading, tasks in PARTS:
        p = para(doc)
        add(p, heading, HT)
        for marker, paras_, lines in tasks:
            p = para(doc)
            add(p, marker + paras_[0])
            for extra in paras_[1:]:
                p = para(doc)
                add(p, extra)
            for line in lines:
                p = para(doc)
                for i, (label, value) in enumerate(line):
                    if i:
                        add(p, GAP)
                    add(p, label, FS, 16, bold=True)
                    add(p, value)

    # ---- 版记 (after the attachment)
    for _ in range(2):
        para(doc, indent=False)
    p = para(doc, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", color="000000", sz=8, space=1)
    border(p, "bottom", color="000000", sz=4, space=1)
    add(p, "抄送：市委办公室，市人民政府办公室，省教育厅。", FS, 14)
    p = para(doc, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "bottom", color="000000", sz=8, space=1)
    add(p, "棠州市教育局办公室　　　　　　　　　　 2025年3月6日印发", FS, 14)

    cp = doc.core_properties
    cp.author = "棠州市教育局办公室"
    cp.last_modified_by = "wuqian"
    cp.title = ""
    cp.comments = ""
    cp.revision = 3
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    return doc


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 6, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def main():
    doc = build()
    save_deterministic(doc, DOCX)
    recs = gold_records()
    with open(GOLD, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(DOCX, GOLD, len(recs), "tasks")


if __name__ == "__main__":
    main()
