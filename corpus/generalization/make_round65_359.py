#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Build 359_meiyang_xian_xuncha_zhenggai_renwu_qingdan.docx (round 65, blind).

A 县委巡察工作领导小组办公室 circulates, as a Word file, the 整改任务清单 of a county bureau's 党组
after a 县委巡察组's feedback.  The 附件 is a landscape table:

  序号 | 巡察反馈问题 | 整改措施 | 整改责任（责任领导 / 责任股室（单位）） | 整改时限

Each problem (序号 + 问题, merged down with w:vMerge) stands over 2-4 measure rows; the measures are
numbered 1. 2. 3. inside the 整改措施 cell and restart for each problem.  责任领导, 责任股室 and 整改时限
cells are merged down over runs of measures (one leader cell over a problem boundary).

Run with /usr/bin/python3 (python-docx 0.8.11 + lxml).
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "359_meiyang_xian_xuncha_zhenggai_renwu_qingdan.docx")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)

C = "^"  # continue the merge from the cell above

# ---------------------------------------------------------------------------
# The 清单.  Each measure: (marker, [paragraphs of the measure], leader, units, deadline)
# leader / units may be a list (one paragraph each) or a string; C = merged with the cell above.
# ---------------------------------------------------------------------------
SECTIONS = [
    ("一、贯彻落实党的理论和路线方针政策以及党中央重大决策部署方面（4个问题）", [
        ("1", "学习贯彻习近平新时代中国特色社会主义思想和党的二十大精神不够深入。",
         "一是党组理论学习中心组学习以读文件、传达精神为主，2023年开展集体学习12次，其中专题研讨仅3次，"
         "联系农业农村工作实际不够；二是“第一议题”制度落实不严格，抽查的16次党组会议中有5次“第一议题”"
         "学习只记录标题，未研究贯彻落实措施。", [
             ("1.", ["严格落实党组理论学习中心组学习制度，每年初制定学习计划，每季度至少开展1次专题研讨，"
                     "班子成员每年撰写学习体会不少于2篇。"],
              "周建华", "办公室、机关党总支", "2024年10月底前建立机制，长期坚持"),
             ("2.", ["规范“第一议题”学习，会前明确学习篇目，会后研究提出贯彻落实措施，由办公室专人记录、"
                     "建立台账，机关党总支每半年检查1次。"],
              C, "办公室", "立行立改，长期坚持"),
             ("3.", ["对2023年以来党组会议、中心组学习记录进行全面梳理，对记录不规范的逐一补正说明，"
                     "举一反三规范会议记录管理。"],
              "李明轩", C, "2024年9月底前"),
         ]),
        ("2", "落实粮食安全党政同责有差距。",
         "一是2023年全县高标准农田建设任务完成率为86.4%，双河、石门2个项目未按期竣工验收；二是耕地"
         "“非粮化”排查整治不彻底，巡察抽查发现3个村仍有在永久基本农田内种植苗木问题。", [
             ("1.", ["对未按期验收的2个高标准农田建设项目逐一倒排工期，督促施工单位加快扫尾，完成竣工验收"
                     "并移交管护。"],
              "吴晓梅", "农田建设管理股、计划财务股", "2024年11月底前"),
             ("2．", ["建立高标准农田建设项目月调度、月通报制度，对进度滞后的项目约谈施工、监理单位，确保"
                     "2024年度建设任务按期完成。"],
              C, "农田建设管理股", "2024年12月底前"),
             ("3.", ["会同相关乡镇对永久基本农田种植苗木问题开展“回头看”，建立问题清单，分类稳妥推进整改。",
                     "对排查中发现的违法违规占用耕地问题，及时移交县自然资源局依法查处。"],
              "李明轩", "种植业管理股、县农业综合行政执法大队", C),
         ]),
        ("3", "推动乡村产业发展措施不够有力。",
         "一是联农带农机制不健全，县级以上农业产业化龙头企业14家中有5家未与农户建立稳定利益联结；二是项目"
         "资金拨付滞后，2023年度衔接资金产业项目至巡察时仍有412.6万元未拨付。", [
             ("1.", ["对全县农业产业化龙头企业联农带农情况逐一核查，对未建立利益联结机制的企业限期整改，"
                     "整改不到位的取消下一年度项目扶持资格。"],
              "欧阳振东", "乡村产业发展股、县农村经营管理站", "2024年10月底前"),
             ("2.", ["加快衔接资金产业项目资金拨付进度，对已完工项目及时组织验收、拨付资金，对确实无法实施的"
                     "项目按程序报批调整。"],
              C, ["计划财务股", "乡村产业发展股"], C),
             ("3.", ["建立项目资金支出进度周调度、月通报制度，将资金支出进度纳入股室和二级单位年度绩效考核。"],
              C, "计划财务股、办公室", "立行立改，长期坚持"),
         ]),
        ("4", "防范化解农业领域风险隐患不到位。",
         "农业综合行政执法存在“宽松软”现象，2023年受理农资质量投诉举报9件，有4件未在规定时限内办结；"
         "抽查执法案卷12卷，有3卷存在证据不充分、法律适用不准确等问题。", [
             ("1.", ["对2023年以来受理的投诉举报件逐件复核，对超期未办结的4件限期办结，并向投诉人反馈处理结果。"],
              "李明轩", "县农业综合行政执法大队", "2024年9月底前"),
             ("2.", ["开展执法案卷集中评查，对存在问题的案卷逐卷整改；组织执法人员开展法律法规和执法程序专题"
                     "培训不少于2次。"],
              C, "政策法规股、县农业综合行政执法大队（牵头）", "2024年10月底前"),
         ]),
    ]),
    ("二、落实全面从严治党战略部署方面（4个问题）", [
        ("5", "落实全面从严治党主体责任有差距。",
         "党组研究部署全面从严治党工作不经常，2023年仅专题研究1次；班子成员履行“一岗双责”不到位，对分管"
         "股室、二级单位日常监督偏宽偏软，2023年仅开展廉政谈话5人次。", [
             ("1.", ["党组每半年至少专题研究1次全面从严治党工作，每年初制定主体责任清单，逐项明确党组书记、"
                     "班子成员责任。"],
              "周建华", "办公室、机关党总支", "立行立改，长期坚持"),
             ("2.", ["班子成员每年至少到分管股室、二级单位开展1次廉政谈话，每半年向党组报告1次履行"
                     "“一岗双责”情况。"],
              "局领导班子成员", "机关党总支、各股室、各二级单位", C),
         ]),
        ("6", "财务管理不规范。",
         "一是公务接待审批不严，2023年有11笔接待费报销无公函、无接待清单；二是在项目资金中列支工作经费"
         "18.3万元；三是固定资产管理混乱，部分资产未登记入账，账实不符。", [
             ("1.", ["对2023年以来公务接待费用进行全面清查，对手续不全的逐笔核实说明、补齐手续，违规支出的"
                     "一律予以清退。"],
              "吴晓梅", "计划财务股、办公室", "2024年9月底前"),
             ("2.", ["对在项目资金中列支工作经费问题全面核查，对违规列支的18.3万元进行调账处理，举一反三排查"
                     "其他项目资金使用情况。"],
              C, "计划财务股", "2024年10月底前"),
             ("3．", ["开展固定资产全面清查盘点，对未入账资产及时登记入账，对账实不符的查明原因，按规定处理。"],
              C, "计划财务股、办公室、各二级单位", "2024年11月底前"),
             ("4.", ["修订完善局机关财务管理、公务接待管理等制度，建立内部审计监督机制，每年开展1次财务内部检查。"],
              C, "计划财务股、政策法规股", "2024年10月底前"),
         ]),
        ("7", "违反中央八项规定精神问题仍有发生。",
         "个别干部借下乡检查之机接受管理服务对象宴请；公务用车管理不规范，2023年有27次出车无派车审批单。", [
             ("1.", ["对巡察移交的干部接受宴请问题线索，积极配合驻县农业农村局纪检监察组调查核实，依规依纪依法"
                     "严肃处理。"],
              "周建华", "机关党总支、人事股", "2024年9月底前"),
             ("2.", ["严格执行公务用车使用管理规定，落实派车审批和出车登记制度，每季度在局机关内部公示公务用车"
                     "使用情况。"],
              "李明轩", "办公室", "立行立改，长期坚持"),
             ("3.", ["在元旦、春节、中秋、国庆等重要节点开展廉政提醒和作风纪律专项检查，每年开展警示教育不少于2次。"],
              "孙浩然", "机关党总支、办公室", C),
         ]),
        ("8", "权力运行监督制约不够有力。",
         "一是“三重一大”决策制度执行不严，2笔超过50万元的项目资金调整未经党组会集体研究；二是农机购置补贴"
         "审核把关不严，有2户重复申报未被发现，多发补贴资金2.16万元。", [
             ("1.", ["修订“三重一大”集体决策制度实施细则，明确决策事项范围和议事程序，对2笔未经集体研究的资金"
                     "调整补充履行程序，并向县委巡察办作出书面说明。"],
              "周建华", "办公室、计划财务股", "2024年9月底前"),
             ("2.", ["对2021年以来农机购置补贴申报资料进行全面复核，追回多发的补贴资金，对相关责任人依规依纪问责。"],
              "欧阳振东", "县农业机械化服务中心、计划财务股", "2024年10月底前"),
             ("3、", ["建立农机购置补贴“乡镇初审、县级复审、公示、抽查”制度，每年抽查比例不低于申报户数的10%。"],
              C, C, "立行立改，长期坚持"),
         ]),
    ]),
    ("三、落实新时代党的组织路线方面（2个问题）", [
        ("9", "基层党组织建设抓得不实。",
         "一是党组成员落实双重组织生活制度不严格，2023年有2名党组成员参加所在支部组织生活不足4次；二是机关"
         "第二党支部2023年“三会一课”记录缺失，组织生活会批评与自我批评辣味不足；三是发展党员工作不规范，"
         "1名发展对象政治审查材料不全。", [
             ("1.", ["党组成员严格落实双重组织生活制度，每年以普通党员身份参加所在支部组织生活不少于4次，"
                     "并在年度述职中报告。"],
              "全体党组成员", "机关党总支", "立行立改，长期坚持"),
             ("2.", ["对各支部“三会一课”、组织生活会开展情况进行全面检查，督促机关第二党支部限期补正问题并"
                     "书面报告。"],
              "孙浩然", C, "2024年9月底前"),
             ("3.", ["对2019年以来发展党员档案逐一审查，补齐政审材料，严格规范发展党员程序。"],
              C, "机关党总支、人事股", C),
         ]),
        ("10", "干部队伍建设存在短板。",
         "一是干部年龄结构老化，局机关45岁以上干部占比68%，专业技术人才断档；二是干部教育培训针对性不强，"
         "2023年组织业务培训仅2期；三是借调人员管理不规范，有3名二级单位人员长期在局机关股室工作。", [
             ("1.", ["结合农业农村业务需求制定年度干部教育培训计划，每年组织专题业务培训不少于4期。"],
              C, "人事股、县农业技术推广中心", "2024年10月底前制定计划，长期坚持"),
             ("2．", ["对长期借调人员进行全面清理，全部回原单位工作或按程序办理调动手续。"],
              C, "人事股、办公室、各二级单位", "2024年9月底前"),
             ("3.", ["制定干部队伍建设三年规划，加大年轻干部选拔培养力度，通过公开遴选、选调等方式补充专业人才。"],
              ["周建华", "孙浩然"], "人事股", "2024年12月底前制定规划，长期坚持"),
         ]),
    ]),
    ("四、落实巡察整改、审计整改以及主题教育整改方面（1个问题）", [
        ("11", "上轮巡察和审计整改不彻底。",
         "2021年县委巡察反馈的“项目资金监管不严”问题和2022年县审计局审计指出的“专项资金结余未及时清理”"
         "问题整改不到位，存在“纸面整改”现象。", [
             ("1.", ["对上轮巡察、审计反馈问题整改情况开展“回头看”，逐项核查整改成效，对整改不到位的重新制定"
                     "措施、明确时限，整改一项、销号一项。"],
              "周建华、吴晓梅", "办公室、计划财务股、各股室", "2024年10月底前"),
             ("2.", ["全面清理专项资金结余，按规定上缴县财政统筹使用。"],
              "吴晓梅", "计划财务股", C),
             ("3.", ["将巡察、审计整改情况纳入股室和二级单位年度考核，对敷衍整改、虚假整改的严肃追责问责。"],
              "周建华", "人事股、机关党总支、办公室", "立行立改，长期坚持"),
         ]),
    ]),
]


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def para(container, text="", font=FS, size=16, bold=False, align=None, indent=False, color=None,
         space_before=0, space_after=0, line=None):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if line is not None:
        pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def cell_text(cell, paras, font=FS, size=10.5, bold=False, align=None):
    """Write paragraphs into a fresh cell (its first empty paragraph is reused)."""
    if isinstance(paras, str):
        paras = [paras]
    first = True
    for t in paras:
        if first:
            p = cell.paragraphs[0]
            first = False
        else:
            p = cell.add_paragraph()
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(15)
        if align is not None:
            p.alignment = align
        if isinstance(t, tuple):  # list of (text, bold) runs
            for txt, b in t:
                r = p.add_run(txt)
                set_font(r, font, size, b)
        else:
            r = p.add_run(t)
            set_font(r, font, size, bold)


def border_par(p, side, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)


def add_page_field(p, size=14):
    def r(text=None, fld=None, instr=None):
        run = p.add_run()
        set_font(run, "宋体", size)
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


def table_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    trPr.append(e)


def set_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Cm(29.7)
    section.page_height = Cm(21.0)
    section.top_margin = Cm(2.6)
    section.bottom_margin = Cm(2.4)
    section.left_margin = Cm(2.5)
    section.right_margin = Cm(2.5)


def set_portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)


# ---------------------------------------------------------------------------
def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    set_portrait(sec)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    # ---- 版头 ----
    para(doc, "", size=16)
    para(doc, "中共湄阳县委巡察工作领导小组办公室", font=XBS, size=26, color=RED,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_before=24)
    para(doc, "", size=16)
    p = para(doc, "湄巡办〔2024〕12号", size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    border_par(p, "bottom", "FF0000", 18)
    para(doc, "", size=16)

    # ---- 标题 ----
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    for i, t in enumerate(["中共湄阳县委巡察工作领导小组办公室",
                           "关于印发县农业农村局党组巡察反馈问题",
                           "整改任务清单的通知"]):
        r = p.add_run(t)
        set_font(r, XBS, 22)
        if i < 2:
            r.add_break(WD_BREAK.LINE)
    para(doc, "", size=16)

    # ---- 主送 + 正文 ----
    para(doc, "中共湄阳县农业农村局党组：", line=28)
    body = [
        "根据县委巡察工作统一部署，2024年4月8日至5月31日，县委第二巡察组对县农业农村局党组开展了常规巡察，"
        "并于2024年7月16日向你局党组反馈了巡察意见。按照《中国共产党巡视工作条例》和县委巡察工作领导小组"
        "关于巡察整改“三个清单”管理的要求，你局党组对照反馈意见研究制定了整改任务清单，经县委巡察办会同"
        "县纪委监委党风政风监督室、县委组织部干部监督股审核，报县委巡察工作领导小组同意，现印发给你们，"
        "请认真抓好落实。有关要求通知如下。",
    ]
    for t in body:
        para(doc, t, indent=True, line=28)
    sections_text = [
        ("一、压实整改责任。", "局党组要切实担负起巡察整改主体责任，党组书记要履行第一责任人职责，对重要问题亲自研究、"
         "重要环节亲自协调、重要事项亲自督办；班子成员要按照“一岗双责”要求，抓好分管领域问题整改。清单中"
         "“责任领导”栏列有两名领导的，排在前面的为牵头领导；“责任股室（单位）”栏中标注“（牵头）”的为牵头"
         "股室（单位），未作标注的，排在第一位的为牵头股室（单位），其余为配合股室（单位）。牵头股室（单位）"
         "负责制定具体整改方案、汇总整改材料，配合股室（单位）要主动对接、积极配合。"),
        ("二、严格整改时限。", "能够立即整改的，要立行立改、即知即改；需要一定时间整改的，要在巡察反馈后3个月内，即"
         "2024年10月16日前完成集中整改，清单中时限晚于集中整改期的，集中整改期内须取得阶段性成效；需要长期坚持"
         "的，要明确阶段目标，建立长效机制，持续推进。"),
        ("三、实行台账管理。", "对清单所列整改措施实行“清单制+责任制+销号制”管理，每完成一项，由责任股室（单位）"
         "提供佐证材料，经责任领导签字、局党组审核后销号。局党组于每月25日前向县委巡察办报送整改进展情况，集中"
         "整改期满后10个工作日内报送整改情况报告，报告须经党组书记签字。"),
        ("四、强化督促检查。", "县委巡察办将会同县纪委监委、县委组织部对整改情况进行跟踪督办，适时开展整改评估；"
         "对整改不力、敷衍整改、虚假整改的，按照有关规定严肃追责问责。"),
    ]
    for h, t in sections_text:
        p = para(doc, "", indent=True, line=28)
        r = p.add_run(h)
        set_font(r, HT, 16)
        r = p.add_run(t)
        set_font(r, FS, 16)
    para(doc, "联系人：陈思远（县委巡察办），联系电话：7223516。", indent=True, line=28)
    para(doc, "", line=28)
    p = para(doc, "附件：县农业农村局党组巡察反馈问题整改任务清单", indent=True, line=28)
    para(doc, "", line=28)
    para(doc, "中共湄阳县委巡察工作领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
    p = para(doc, "2024年8月2日", align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
    p.paragraph_format.right_indent = Pt(64)

    # ---- 附件: landscape section ----
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    set_landscape(sec2)
    para(doc, "附件", font=HT, size=16, line=28)
    para(doc, "", line=20)
    para(doc, "县农业农村局党组巡察反馈问题整改任务清单", font=XBS, size=20,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    para(doc, "（共4个方面11个问题32项整改措施）", font=KT, size=14,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=26, space_after=6)

    widths = [Cm(1.2), Cm(6.0), Cm(8.5), Cm(2.4), Cm(3.8), Cm(2.8)]
    tbl = doc.add_table(rows=2, cols=6)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl.autofit = False
    table_borders(tbl)
    for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    tblPr = tbl._tbl.tblPr
    tw = OxmlElement("w:tblW")
    tw.set(qn("w:w"), str(sum(int(w / 635) for w in widths)))
    tw.set(qn("w:type"), "dxa")
    old = tblPr.find(qn("w:tblW"))
    if old is not None:
        tblPr.remove(old)
    tblPr.append(tw)
    order = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
             "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
             "tblLayout", "tblCellMar", "tblLook"]
    kids = list(tblPr)
    for k in kids:
        tblPr.remove(k)
    kids.sort(key=lambda e: order.index(e.tag.split("}")[1]))
    for k in kids:
        tblPr.append(k)

    hdr0, hdr1 = tbl.rows[0], tbl.rows[1]
    labels0 = ["序号", "巡察反馈问题", "整改措施", "整改责任", "", "整改时限"]
    labels1 = ["", "", "", "责任领导", "责任股室（单位）", ""]
    for row, labels in ((hdr0, labels0), (hdr1, labels1)):
        repeat_header(row)
        for i, lab in enumerate(labels):
            c = row.cells[i]
            c.width = widths[i]
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            if lab:
                cell_text(c, lab, font=HT, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
    for i in (0, 1, 2, 5):
        hdr0.cells[i].merge(hdr1.cells[i])
    hdr0.cells[3].merge(hdr0.cells[4])

    center = WD_ALIGN_PARAGRAPH.CENTER
    for stitle, problems in SECTIONS:
        row = tbl.add_row()
        for i, c in enumerate(row.cells):
            c.width = widths[i]
        m = row.cells[0].merge(row.cells[5])
        cell_text(m, stitle, font=HT, size=11)
        for num, ptitle, pdetail, measures in problems:
            rows = []
            for (marker, mparas, leader, units, deadline) in measures:
                row = tbl.add_row()
                rows.append(row)
                cells = row.cells
                for i, c in enumerate(cells):
                    c.width = widths[i]
                    c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                mp = [marker + mparas[0]] + mparas[1:]
                cell_text(cells[2], mp)
                if leader != C:
                    cell_text(cells[3], leader, align=center)
                if units != C:
                    cell_text(cells[4], units, align=center)
                if deadline != C:
                    cell_text(cells[5], deadline, align=center)
            first = rows[0].cells
            cell_text(first[0], num, align=center)
            cell_text(first[1], [((ptitle, True),), pdetail])
            if len(rows) > 1:
                first[0].merge(rows[-1].cells[0])
                first[1].merge(rows[-1].cells[1])

    # vertical merges for leader / units / deadline: walk the measure rows in order.
    measure_rows = []
    r_index = 2
    for stitle, problems in SECTIONS:
        r_index += 1  # section row
        for num, ptitle, pdetail, measures in problems:
            for ms in measures:
                measure_rows.append((r_index, ms))
                r_index += 1
    for col, key in ((3, 2), (4, 3), (5, 4)):
        start = None
        for k, (ri, ms) in enumerate(measure_rows):
            if ms[key] == C:
                continue
            # a new value: close the previous run
            if start is not None:
                _merge_run(tbl, col, start, measure_rows, k)
            start = k
        _merge_run(tbl, col, start, measure_rows, len(measure_rows))

    # ---- 注 under the table ----
    para(doc, "", size=12, line=12)
    para(doc, "注：1.整改时限为“长期坚持”的，集中整改期内须形成制度成果或阶段性成果。", font=FS, size=12, line=20)
    p = para(doc, "2.每项整改措施完成后，由责任股室（单位）提交佐证材料，按程序报县委巡察办审核销号。",
             font=FS, size=12, line=20)
    p.paragraph_format.left_indent = Pt(36)

    # ---- 版记: portrait section ----
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    set_portrait(sec3)
    for _ in range(18):
        para(doc, "", line=28)
    p = para(doc, "抄送：县纪委监委，县委组织部，县委第二巡察组。", size=14, line=28)
    p.paragraph_format.left_indent = Pt(14)
    border_par(p, "top", "000000", 8)
    border_par(p, "bottom", "000000", 4)
    p = para(doc, "", size=14, line=28)
    r = p.add_run("中共湄阳县委巡察工作领导小组办公室")
    set_font(r, FS, 14)
    r = p.add_run("\t2024年8月2日印发")
    set_font(r, FS, 14)
    tabs = p.paragraph_format.tab_stops
    tabs.add_tab_stop(Cm(15.3), alignment=2)  # right tab
    p.paragraph_format.left_indent = Pt(14)
    border_par(p, "bottom", "000000", 8)

    doc.core_properties.author = "县委巡察办"
    doc.core_properties.title = "关于印发县农业农村局党组巡察反馈问题整改任务清单的通知"
    doc.save(OUT)
    print("wrote", OUT)


def _merge_run(tbl, col, start, measure_rows, end):
    """Merge column col of measure rows [start, end) (indices into measure_rows)."""
    if start is None or end - start < 2:
        return
    top = tbl.cell(measure_rows[start][0], col)
    bottom = tbl.cell(measure_rows[end - 1][0], col)
    top.merge(bottom)


if __name__ == "__main__":
    build()
