#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 125 / 641 (control): a 街道党工委 + 街道办事处 joint red-header Word notice
issuing the 街道's 2025 重点工作任务分解表 as a landscape 附件 table
序号 / 工作任务 / 分管领导 / 责任科室（站、所） / 责任人 / 完成时限.

Writes 641_weian_jiedao_zhongdian_gongzuo_renwu_fenjie.docx and its .tasks.gold.jsonl,
deterministically (fixed core properties, fixed zip timestamps).
"""
import datetime
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "641_weian_jiedao_zhongdian_gongzuo_renwu_fenjie"
DOCX = os.path.join(HERE, NAME + ".docx")
GOLD = os.path.join(HERE, NAME + ".tasks.gold.jsonl")

RED = RGBColor(0xFF, 0x00, 0x00)
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

# ---------------------------------------------------------------- people
# 分管领导 (街道班子成员): post as printed, name as printed (two-character names padded)
SHEN = ("党工委书记", "沈立平")
HAN = ("党工委副书记、办事处主任", "韩　卓")
TANG = ("党工委副书记", "唐晓梅")
FENG = ("党工委委员、纪工委书记", "冯立新")
WANG = ("党工委委员、副主任", "王　勇")
WANG_UNPAD = ("党工委委员、副主任", "王勇")      # one cell typed without the padding
CAI = ("党工委委员、副主任", "蔡明辉")
DENG = ("党工委委员、武装部长", "邓　锋")
XU = ("党工委委员、组织委员", "许静怡")
FAN = ("党工委委员、宣传统战委员", "范晓丽")
GUO = ("人大工委主任", "郭长青")
PENG = ("办事处副主任", "彭　博")

# 责任人 = 牵头单位负责人 (staff, except where a 班子成员 heads the unit himself)
R_DJB = "谢宇航"    # 党建办
R_DZB = "陈　琳"    # 党政办
R_JFB = "何文斌"    # 经发办
R_CZS = "杜晓燕"    # 财政所
R_SSB = "钟　丽"    # 社会事务办
R_PAB = "秦海涛"    # 平安办（综治中心）
R_CGB = "石　磊"    # 城管办
R_ZFD = "梁　振"    # 综合行政执法队
R_YJB = "潘志强"    # 应急办
R_TYJR = "孔祥东"   # 退役军人服务站
R_BMFW = "姜　雪"   # 便民服务中心
R_SBS = "汪　慧"    # 社保所
R_SFS = "袁　野"    # 司法所
R_WHZ = "邹　婷"    # 综合文化站
R_TJZ = "程思远"    # 统计站
R_CJB = "贾　鹏"    # 城建办
R_WHSQ = "高　洁"   # 望湖社区党委书记

# ---------------------------------------------------------------- table data
# Row: (no, text, leaders, units, units_text_or_None, person, deadline)
#   leaders: list of (post, name) as one cell, or None = merged with the cell above
#   units: list of units (gold, printed order); units_text overrides the joined cell text
#   person / deadline: text, or None = merged with the cell above
U = None  # merged-continue marker

PARTS = [
    ("一、坚持党建引领，全面加强党的建设（7项）", [
        ("1", "深入学习宣传贯彻党的二十届三中全会精神，严格落实党工委理论学习中心组学习制度，全年开展集中学习研讨不少于12次，推动学习成果转化为推进街道发展的实际成效。",
         [TANG], ["党建办", "党政办", "各社区"], None, R_DJB, "2025年12月底"),
        ("2", "深化“红色苇岸·幸福家园”党建品牌建设，推进“一社区一品牌”创建，年内打造望湖、新桥2个社区党建示范点。",
         U, ["党建办", "望湖社区", "新桥社区"], None, U, "2025年11月底"),
        ("3", "扎实做好社区“两委”成员履职评估和后备力量培养，建立社区后备干部库，每个社区储备后备干部不少于3名。",
         [XU], ["党建办", "各社区"], None, R_DJB, "2025年10月底"),
        ("4", "加强“两新”组织党建工作，推进商务楼宇、商圈市场党组织应建尽建，年内新建非公企业和社会组织党组织3个以上。",
         U, ["党建办", "经发办", "社会事务办"], None, U, "2025年12月底"),
        ("5", "落实意识形态工作责任制，加强社区宣传阵地和网络阵地建设管理，做好网络舆情监测、研判和处置工作。",
         [FAN], ["党建办", "党政办", "综合文化站", "各社区"], None, R_DJB, "长期坚持"),
        ("6", "持续深化全面从严治党，压紧压实管党治党“两个责任”，开展廉政警示教育不少于4次，加强对社区“三资”管理和惠民资金使用的监督检查。",
         [FENG], ["纪工委", "财政所", "各社区"], None, "冯立新", "2025年12月底"),
        ("7", "驰而不息纠治“四风”，深入整治群众身边不正之风和腐败问题，持续为基层减负。",
         U, ["纪工委", "党政办"], None, U, "长期坚持"),
    ]),
    ("二、聚焦提质增效，推动经济高质量发展（7项）", [
        ("8", "全年完成一般公共预算收入2.6亿元，固定资产投资增长6%以上，社会消费品零售总额增长5.5%左右。",
         [HAN, WANG_UNPAD], ["经发办", "财政所", "统计站"], None, R_JFB, "2025年12月底"),
        ("9", "强化招商引资，围绕数字经济、现代商贸和生产性服务业开展精准招商，全年引进亿元以上项目4个、新注册企业200家以上。",
         [WANG], ["经发办", "城建办", "各社区"], None, R_JFB, "2025年12月底"),
        ("10", "做好槿湖湾商务区楼宇经济服务，推进闲置楼宇招商盘活，商务楼宇平均入驻率提升至85%以上。",
         U, ["经发办", "统计站"], None, U, U),
        ("11", "落实“企业服务专员”制度，常态化走访辖区规上企业和重点个体工商户，及时协调解决企业用工、融资、用地等诉求。",
         U, ["经发办", "区市场监管局苇岸市场监管所", "便民服务中心"],
         "经发办，区市场监管局苇岸市场监管所、便民服务中心", U, "长期坚持"),
        ("12", "加强“四上”企业培育和统计入库工作，全年新增入库企业8家，确保统计数据真实准确。",
         U, ["统计站", "经发办"], None, R_TJZ, "2025年12月底"),
        ("13", "加快推进苇岸老街商业街区提升改造，打造夜间消费集聚区，年内完成街区立面改造和首批业态招引。",
         [CAI], ["城建办", "经发办", "城管办", "西岸社区"], None, R_CJB, "2025年9月底"),
        ("14", "加强财政预算管理和国有资产管理，严控一般性支出，做好政府债务风险防范化解工作。",
         [HAN], ["财政所"], None, R_CZS, "长期坚持"),
    ]),
    ("三、坚持精细管理，提升城市治理水平（6项）", [
        ("15", "深化党建引领网格化基层治理，优化调整网格划分，配齐配强专兼职网格员，推动网格事项“一网统管”。",
         [TANG], ["平安办（综治中心）", "党建办", "各社区"], None, R_PAB, "2025年12月底"),
        ("16", "开展市容环境综合整治，常态化治理占道经营、乱堆乱放、违规设置户外广告等问题，巩固全国文明城市创建成果。",
         [CAI], ["城管办", "综合行政执法队", "各社区"], None, R_CGB, "长期坚持"),
        ("17", "深入推进生活垃圾分类，提高居民小区分类设施覆盖率，年内创建垃圾分类示范小区5个。",
         U, ["城管办", "社会事务办", "各社区"], None, U, "2025年12月底"),
        ("18", "实施老旧小区改造，完成柳塘小区、东苑新村等3个小区改造任务，同步推进既有住宅加装电梯8部。",
         U, ["城建办", "柳塘社区", "东苑社区"], None, R_CJB, "2025年11月底"),
        ("19", "严厉打击违法建设，确保新增违建“零增长”，全年拆除存量违建不少于3000平方米。",
         U, ["综合行政执法队", "城建办", "各社区"], None, R_ZFD, "2025年12月底"),
        ("20", "推进望湖社区完整社区建设试点，补齐社区养老、托育、便民商业等服务设施短板，年底前通过区级验收。",
         [PENG], ["望湖社区", "城建办", "社会事务办"], None, R_WHSQ, U),
    ]),
    ("四、坚持人民至上，持续增进民生福祉（7项）", [
        ("21", "落实就业优先政策，全年新增城镇就业1200人，帮扶就业困难人员再就业150人，创建充分就业社区2个。",
         [PENG], ["社保所", "社会事务办", "各社区"], None, R_SBS, "2025年12月底"),
        ("22", "做好城乡居民养老保险和医疗保险参保扩面工作，城乡居民医保参保率稳定在95%以上。",
         U, ["社保所", "各社区"], None, U, U),
        ("23", "健全分层分类社会救助体系，做好最低生活保障、特困人员供养和临时救助工作，确保应保尽保、应救尽救。",
         U, ["社会事务办", "各社区"], None, R_SSB, "长期坚持"),
        ("24", "推进居家社区养老服务，新建社区嵌入式养老服务站1个，发展老年助餐点4个。",
         U, ["社会事务办", "城建办", "新桥社区", "芦花社区"], None, U, "2025年10月底"),
        ("25", "做好退役军人服务保障和双拥共建工作，落实优抚政策，开展重要节日走访慰问活动。",
         [DENG], ["退役军人服务站", "武装部", "各社区"], None, R_TYJR, "长期坚持"),
        ("26", "扎实做好2025年度征兵工作，加强兵役登记和征兵宣传，高质量完成区下达的征兵任务。",
         U, ["武装部", "退役军人服务站", "各社区"], None, "邓　锋", "2025年9月底"),
        ("27", "繁荣社区文化，开展“邻里节”“社区村晚”等群众性文化活动不少于30场，推进全民健身设施提档升级。",
         [FAN], ["综合文化站", "各社区"], None, R_WHZ, "2025年12月底"),
    ]),
    ("五、统筹发展和安全，建设更高水平平安苇岸（6项）", [
        ("28", "压紧压实安全生产责任，深入开展安全生产治本攻坚三年行动，扎实开展燃气、消防、电动自行车等重点领域隐患排查整治。",
         [HAN, CAI], ["应急办", "城管办", "综合行政执法队", "区公安分局苇岸派出所", "各社区"], None, R_YJB, "长期坚持"),
        ("29", "加强防汛防台和应急管理工作，修订完善街道应急预案，开展应急演练不少于2次，储备必要应急物资。",
         [CAI], ["应急办", "城建办", "各社区"], None, U, "2025年6月底"),
        ("30", "加强食品安全监管，配合开展校园周边、农贸市场食品安全专项整治。",
         U, ["应急办", "区市场监管局苇岸市场监管所", "各社区"], None, U, "长期坚持"),
        ("31", "坚持和发展新时代“枫桥经验”，深化矛盾纠纷多元化解，扎实做好信访积案化解，重大矛盾纠纷化解率达到98%以上。",
         [TANG], ["平安办（综治中心）", "司法所", "各社区"], None, R_PAB, U),
        ("32", "深入推进法治街道建设，做好“八五”普法总结验收，落实“一社区一法律顾问”制度。",
         U, ["司法所", "各社区"], None, R_SFS, "2025年12月底"),
        ("33", "深入推进常态化扫黑除恶斗争，加强社会治安防控体系建设，实现“雪亮工程”社区全覆盖。",
         U, ["平安办（综治中心）", "区公安分局苇岸派出所", "各社区"], None, R_PAB, "长期坚持"),
    ]),
    ("六、加强自身建设，提升服务效能（3项）", [
        ("34", "深化“高效办成一件事”改革，提升便民服务中心和社区便民服务站服务水平，推动更多事项“就近办”。",
         [PENG], ["便民服务中心", "党政办", "各社区"], None, R_BMFW, "2025年12月底"),
        ("35", "支持人大工委依法履职，组织人大代表开展视察调研和进社区联络站活动，办理好人大代表建议。",
         [GUO], ["人大工委", "党政办"], None, "郭长青", "2025年11月底"),
        ("36", "加强机关作风建设和效能督查，落实重点工作月调度、季通报制度，推动各项任务按期保质完成。",
         [SHEN, HAN], ["党政办", "纪工委", "街道各科室（站、所）"], None, R_DZB, "长期坚持"),
    ]),
]


# ---------------------------------------------------------------- helpers
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


def para(container, text="", font=FS, size=16, bold=False, align=None, indent=False,
         color=None, space_before=0, space_after=0, line=Pt(28), runs=None):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if line is not None:
        pf.line_spacing = line
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if runs is None:
        runs = [(text, font, bold)]
    for t, f, b in runs:
        if t:
            set_font(p.add_run(t), f, size, b, color)
    return p


def cell_text(cell, paragraphs, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    first = cell.paragraphs[0]
    for i, t in enumerate(paragraphs):
        p = first if i == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(20)
        if t:
            set_font(p.add_run(t), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def grid_borders(table, sz=4):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def fixed_layout(table, widths_cm):
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w / 2.54 * 1440)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trPr.append(h)


def red_rule(p):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bot = OxmlElement("w:bottom")
    bot.set(qn("w:val"), "single")
    bot.set(qn("w:sz"), "18")
    bot.set(qn("w:space"), "1")
    bot.set(qn("w:color"), "FF0000")
    bdr.append(bot)
    pPr.append(bdr)


def page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def fld(instr):
        r1 = p.add_run()
        set_font(r1, "宋体", 14)
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), "begin")
        r1._element.append(fc)
        r2 = p.add_run()
        set_font(r2, "宋体", 14)
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        r2._element.append(it)
        r3 = p.add_run()
        set_font(r3, "宋体", 14)
        fc2 = OxmlElement("w:fldChar")
        fc2.set(qn("w:fldCharType"), "end")
        r3._element.append(fc2)
    set_font(p.add_run("— "), "宋体", 14)
    fld(" PAGE ")
    set_font(p.add_run(" —"), "宋体", 14)


def leader_str(post_name):
    return post_name[0] + post_name[1]


# ---------------------------------------------------------------- build
def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 24, 9, 0, 0)
    cp.author = "党政办"
    cp.last_modified_by = "党政办"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    cp.title = ""
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    page_number_footer(sec)

    # --- 版头: two issuers stacked, 文件 merged beside them
    para(doc, "", line=Pt(28))
    head = doc.add_table(rows=2, cols=2)
    no_borders(head)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, t in enumerate(["中共苇岸街道工作委员会", "苇岸街道办事处"]):
        c = head.cell(r, 0)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing = Pt(44)
        set_font(p.add_run(t), XBS, 26, False, RED)
    wen = head.cell(0, 1).merge(head.cell(1, 1))
    p = wen.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("文件"), XBS, 42, False, RED)
    wen.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    fixed_layout(head, [12.0, 3.6])

    para(doc, "")
    para(doc, "")
    p = para(doc, "苇党工发〔2025〕4号", align=WD_ALIGN_PARAGRAPH.CENTER)
    red_rule(p)
    para(doc, "")

    # --- title (broken into two paragraphs by the drafter)
    para(doc, "中共苇岸街道工作委员会　苇岸街道办事处", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(33))
    para(doc, "关于印发《苇岸街道2025年重点工作任务分解表》的通知", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(33))
    para(doc, "")

    para(doc, "各社区党委（党总支）、居委会，街道各办（站、所、中心），驻街各单位：")
    para(doc, "为深入贯彻落实区委十届九次全会、区十八届人大五次会议精神和区政府工作报告部署，确保街道党工委（扩大）会议暨2025年工作会议确定的各项目标任务落到实处，经街道党工委会议研究同意，现将《苇岸街道2025年重点工作任务分解表》印发给你们，并就有关事项通知如下。",
         indent=True)
    para(doc, indent=True, runs=[
        ("一、压实工作责任。", HT, False),
        ("各项任务实行“分管领导＋责任科室（站、所）＋责任人”责任制。“分管领导”为该项任务的责任领导，负责统筹调度、协调推进；“责任科室（站、所）”栏中排在第一位的为牵头单位，负责牵头抓总、制定推进计划、组织实施，其余为配合单位，要按照职责分工主动配合、形成合力；“责任人”为牵头单位负责人，负责具体抓好落实。各社区要结合实际，将涉及社区的任务逐项细化分解，落实到网格、落实到人。", FS, False)])
    para(doc, indent=True, runs=[
        ("二、加强跟踪调度。", HT, False),
        ("各牵头单位要对照任务分解表制定推进计划，明确时间节点和工作措施，于每季度最后一个月25日前将任务进展情况（含佐证材料）书面报送党政办（督查室），12月10日前报送全年完成情况。党政办（督查室）负责汇总，实行按月调度、按季通报。联系人：陈琳，联系电话：6827315。", FS, False)])
    para(doc, indent=True, runs=[
        ("三、严格督查考核。", HT, False),
        ("街道纪工委、党政办（督查室）要加强对重点工作推进情况的督查，对进度滞后、推进不力的及时提醒督促，情节严重的按有关规定严肃问责。重点工作任务完成情况纳入各科室（站、所）、社区年度综合考核，作为评先评优的重要依据。", FS, False)])
    para(doc, "")
    para(doc, "附件：苇岸街道2025年重点工作任务分解表", indent=True)
    para(doc, "")

    # --- joint 落款 (borderless table) and date
    sig = doc.add_table(rows=1, cols=2)
    no_borders(sig)
    for i, t in enumerate(["中共苇岸街道工作委员会", "苇岸街道办事处"]):
        c = sig.cell(0, i)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(p.add_run(t), FS, 16)
    fixed_layout(sig, [8.0, 7.6])
    p = para(doc, "2025年2月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 4)
    para(doc, "")
    para(doc, "（此件公开发布）", indent=True)

    # --- 附件: landscape section
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21.0)
    s2.top_margin, s2.bottom_margin = Cm(2.8), Cm(2.6)
    s2.left_margin, s2.right_margin = Cm(2.5), Cm(2.5)

    para(doc, "附件", font=HT, size=16)
    para(doc, "")
    para(doc, "苇岸街道2025年重点工作任务分解表", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(33))
    para(doc, "")

    widths = [1.2, 9.8, 4.0, 5.2, 2.0, 2.5]
    n_rows = 1 + sum(1 + len(rows) for _, rows in PARTS)
    t = doc.add_table(rows=n_rows, cols=6)
    grid_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    fixed_layout(t, widths)
    hdr = ["序号", "工作任务", "分管领导", "责任科室（站、所）", "责任人", "完成时限"]
    for i, h in enumerate(hdr):
        cell_text(t.cell(0, i), [h], font=HT, size=12)
    repeat_header(t.rows[0])
    for row in t.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))

    r = 1
    for title, rows in PARTS:
        pc = t.cell(r, 0).merge(t.cell(r, 5))
        cell_text(pc, [title], font=HT, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
        r += 1
        anchor = {}  # column -> row index of the cell a merge continues
        for no, text, leaders, units, utext, person, deadline in rows:
            cell_text(t.cell(r, 0), [no])
            cell_text(t.cell(r, 1), [text], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            ucell = utext if utext is not None else "、".join(units)
            cell_text(t.cell(r, 3), [ucell])
            for col, val in ((2, leaders), (4, person), (5, deadline)):
                if val is U:
                    top = anchor[col]
                    t.cell(top, col).merge(t.cell(r, col))
                else:
                    paras = [leader_str(x) for x in val] if col == 2 else [val]
                    cell_text(t.cell(r, col), paras)
                    anchor[col] = r
            r += 1
    # the merge() above leaves empty paragraphs in the merged cells: tidy them
    for row in t.rows:
        for c in row.cells:
            ps = c.paragraphs
            if len(ps) > 1:
                for p in ps[1:]:
                    if not p.text and not p.runs:
                        p._p.getparent().remove(p._p)

    # --- 版记 on a portrait last page
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Cm(21.0), Cm(29.7)
    s3.top_margin, s3.bottom_margin = Cm(3.7), Cm(3.5)
    s3.left_margin, s3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(22):
        para(doc, "")
    bj = doc.add_table(rows=2, cols=1)
    tblPr = bj._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4")):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)
    fixed_layout(bj, [15.6])
    cell_text(bj.cell(0, 0), ["抄送：区委办公室，区政府办公室，区委督查室。"], size=14,
              align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(bj.cell(1, 0), ["苇岸街道党政综合办公室　　　　　　　　2025年2月24日印发"], size=14,
              align=WD_ALIGN_PARAGRAPH.LEFT)

    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def normalize_zip(data):
    """Rewrite the package with fixed timestamps so every run gives the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 24, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def gold_records():
    recs = []
    for _, rows in PARTS:
        cur = {}
        for no, text, leaders, units, utext, person, deadline in rows:
            if leaders is not U:
                cur["leaders"] = leaders
            if deadline is not U:
                cur["deadline"] = deadline
            recs.append({
                "id": no,
                "marker": no,
                "head": text[:12],
                "responsible_units": list(units),
                "lead_units": [units[0]],
                "cooperating_units": list(units[1:]),
                "leaders": [n.replace("　", "") for _, n in cur["leaders"]],
                "deadline": cur["deadline"],
            })
    return recs


def main():
    data = normalize_zip(build())
    with open(DOCX, "wb") as f:
        f.write(data)
    with open(GOLD, "w", encoding="utf-8") as f:
        for rec in gold_records():
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", DOCX, "and", GOLD)


if __name__ == "__main__":
    main()
