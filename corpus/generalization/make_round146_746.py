#!/usr/bin/python3
"""Generator for test notice 746 (round 146).

Form: a 县政府办 red-header Word notice whose task brackets use the
"县领导负总责、具体负责单位抓落实、配合单位协同推进" wording instead of
牵头/配合 labels: `（副县长X负总责，A具体负责，B、C配合，2025年N月底前完成）`.
The unit that 具体负责 is the lead (the cover says so); where a county leader
is the one who 具体负责, the unit marked 牵头 leads
(`（县长X负总责，常务副县长Y具体负责；A牵头，B配合）`), and once a leader
牵头 while a unit 具体负责 (`（常务副县长X牵头，A具体负责，B配合）`).

Writes, from the one TASKS description below:
  746_shuchuan_xian_zhongdian_renwu_fengong.docx
  746.tasks.gold.jsonl
Deterministic: fixed core properties and fixed zip timestamps.
"""
import io
import json
import os
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (portrait only)
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX = os.path.join(HERE, "746_shuchuan_xian_zhongdian_renwu_fengong.docx")
GOLD = os.path.join(HERE, "746.tasks.gold.jsonl")

# --------------------------------------------------------------------------
# The structured description of the tasks.
#   L(title, names, disp=None, tz=False): county leader(s) sharing a title;
#       disp = the names as printed (a padded 刘　洋), tz = "同志" after them.
#   U(name): a unit.
#   G(verb, members, seps=None, deng=False): one clause group; members joined
#       by 、 unless seps gives the separators; deng = "等" before the verb.
#   Task: text paragraphs, groups, joins between groups, deadline, flags.
# --------------------------------------------------------------------------


def L(title, names, disp=None, tz=False):
    if isinstance(names, str):
        names = [names]
    return {"k": "L", "title": title, "names": names,
            "disp": disp or names, "tz": tz}


def U(name):
    return {"k": "U", "name": name}


def G(verb, members, seps=None, deng=False):
    return {"verb": verb, "members": members, "seps": seps, "deng": deng}


WANG = L("县长", "王立新")
WANG_TZ = L("县长", "王立新", tz=True)
ZHOU_FULL = L("县委常委、常务副县长", "周海峰")
ZHOU = L("常务副县长", "周海峰")
LI = L("副县长", "李建军")
LIU = L("副县长", "刘洋", disp=["刘　洋"])
OUYANG = L("副县长", "欧阳春晖")
MA_FULL = L("县委常委、副县长", "马骏")
MA = L("副县长", "马骏")
ZHANG = L("副县长", "张晓燕")
CHEN = L("县委常委、副县长、县公安局局长", "陈志强")

FGW = U("县发展和改革局")
CZJ = U("县财政局")
TJJ = U("县统计局")
ZRZY = U("县自然资源局")
ZJJ = U("县住房和城乡建设局")
KFQ = U("沭川经济开发区管委会")
GXJ = U("县工业和信息化局")
SWJ = U("国家税务总局沭川县税务局")
KJJ = U("县科学技术局")
SWUJ = U("县商务局")
XZ = U("各乡镇人民政府")
GD = U("国网沭川县供电公司")
NYNC = U("县农业农村局")
SLJ = U("县水利局")
MZJ = U("县民政局")
RSJ = U("县人力资源和社会保障局")
YBJ = U("县医疗保障局")
WJJ = U("县卫生健康局")
LYJ = U("县林业局")
WLJ = U("县文化和旅游局")
STHJ = U("市生态环境局沭川分局")
SPJ = U("县行政审批服务局")
SJJ = U("县数据局")
YZ = U("县直有关单位")
CT = U("县城市建设投资集团有限公司")
SFJ = U("县司法局")
SCJ = U("县市场监督管理局（县知识产权局）")
ZFDW = U("县直各行政执法单位")
JDB = U("各街道办事处")
JTJ = U("县交通运输局")
CGJ = U("县城市管理局")
GAJ = U("县公安局")
JYJ = U("县教育局")
RMYY = U("县人民医院")
RMT = U("县融媒体中心")
YJJ = U("县应急管理局")
AWH = U("县安委会各成员单位")
ZFW = U("县委政法委")
ZFB = U("县政府办公室")
SJ = U("县审计局")
ZXGDW = U("县直各单位")
CBDW = U("县直各承办单位")

PARTS = [
    ("一、稳增长，推动经济运行提质增效", [
        dict(text=["全县地区生产总值增长6.5%左右，一般公共预算收入增长5%，城乡居民人均可支配收入分别增长5.5%和7%。"],
             groups=[G("负总责", [WANG]), G("具体负责", [ZHOU]),
                     G("牵头", [FGW]), G("配合", [CZJ, TJJ])],
             joins=["，", "；", "，"]),
        dict(text=["全年实施省市县重点项目120个，完成投资150亿元以上，新开工亿元以上项目40个。"],
             groups=[G("负总责", [ZHOU_FULL]), G("具体负责", [FGW]),
                     G("配合", [CZJ, ZRZY, ZJJ, KFQ])]),
        dict(text=["积极争取超长期特别国债、中央预算内投资和地方政府专项债券，全年争取上级资金18亿元以上。"],
             groups=[G("负总责", [ZHOU]), G("具体负责", [CZJ, FGW]),
                     G("配合", [YZ])],
             deadline="2025年11月底前"),
        dict(text=["落实结构性减税降费政策，及时兑现惠企资金，依法依规清理拖欠企业账款。"],
             groups=[G("牵头", [ZHOU]), G("具体负责", [CZJ]),
                     G("配合", [SWJ, GXJ])]),
        dict(text=["加强经济运行监测调度，按月开展经济形势分析，按季度通报主要指标完成情况。"],
             groups=[G("负责", [TJJ])]),
    ]),
    ("二、强工业，加快推进新型工业化", [
        dict(text=["规模以上工业增加值增长8%，新增规模以上工业企业15家。"],
             groups=[G("负总责", [LI]), G("具体负责", [GXJ]),
                     G("配合", [TJJ, KFQ])]),
        dict(text=["推进沭川经济开发区扩区调区，建成标准厂房20万平方米。"],
             groups=[G("负总责", [LI]), G("具体负责", [KFQ]),
                     G("配合", [ZRZY, ZJJ])],
             deadline="2025年10月底前"),
        dict(text=["实施技术改造项目30个，新培育专精特新中小企业8家、高新技术企业12家。"],
             groups=[G("具体负责", [GXJ]), G("配合", [KJJ]),
                     G("负总责", [LI])],
             joins=["，", "；"]),
        dict(text=["深入开展“招商引资攻坚年”活动，全年引进亿元以上项目35个，实际到位资金80亿元。"],
             groups=[G("负总责", [WANG_TZ]), G("具体负责", [LI]),
                     G("牵头", [SWUJ]), G("配合", [XZ, KFQ])],
             joins=["，", "；", "，"]),
        dict(text=["保障电力、天然气稳定供应，加快推进220千伏沭东输变电工程建设。"],
             groups=[G("负总责", [LI]), G("具体负责", [FGW]),
                     G("配合", [GD])]),
    ]),
    ("三、兴农业，全面推进乡村振兴", [
        dict(text=["稳定粮食播种面积68万亩，新建高标准农田3.5万亩。"],
             groups=[G("负总责", [LIU]), G("具体负责", [NYNC]),
                     G("配合", [CZJ, ZRZY, SLJ])],
             deadline="2025年10月底前"),
        dict(text=["巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制，守牢不发生规模性返贫致贫底线。",
                   "其中，脱贫人口人均纯收入增长8%以上，监测对象风险消除率达到70%以上。"],
             groups=[G("负总责", [WANG]), G("具体负责", [LIU]),
                     G("牵头", [NYNC]), G("配合", [MZJ, RSJ, YBJ, XZ])],
             joins=["，", "；", "，"]),
        dict(text=["实施农村供水保障工程，新建改造供水管网120公里。"],
             groups=[G("负总责", [LIU]), G("具体负责", [SLJ]),
                     G("配合", [CZJ, WJJ], seps=["，"])]),
        dict(text=["做优茶叶、油茶、中药材等特色产业，新增市级以上农业产业化龙头企业3家。"],
             groups=[G("负总责", [LIU]), G("具体负责", [NYNC, LYJ]),
                     G("配合", [SWUJ])]),
        dict(text=["推进宜居宜业和美乡村建设，创建省级美丽乡村示范村5个。"],
             groups=[G("负总责", [LIU]), G("具体负责", [NYNC]),
                     G("配合", [ZJJ, WLJ, STHJ], deng=True)]),
    ]),
    ("四、促改革，持续优化营商环境", [
        dict(text=["深化“高效办成一件事”改革，政务服务事项网上可办率达到98%。"],
             groups=[G("负总责", [OUYANG]), G("具体负责", [SPJ]),
                     G("配合", [SJJ, YZ])]),
        dict(text=["深化国有企业改革，推动县城市建设投资集团市场化转型。"],
             groups=[G("负总责", [ZHOU]), G("具体负责", [CZJ]),
                     G("配合", [CT])],
             deadline="2025年12月底前", marker_dot="."),
        dict(text=["开展涉企行政检查专项整治，规范行政执法行为。"],
             groups=[G("负总责", [OUYANG]), G("具体负责", [SFJ]),
                     G("配合", [SCJ, ZFDW])]),
        dict(text=["开展营商环境评价，力争营商环境评价进入全市前三位。"],
             groups=[G("负总责", [OUYANG]), G("具体负责", [FGW]),
                     G("配合", [YZ])],
             half=True),
    ]),
    ("五、建城市，提升城乡建设品质", [
        dict(text=["实施城市更新项目12个，改造城镇老旧小区28个、1860户。"],
             groups=[G("负总责", [MA]), G("具体负责", [ZJJ]),
                     G("配合", [CZJ, ZRZY, JDB])],
             deadline="2025年11月底前"),
        dict(text=["推进国道G353沭川段改扩建工程，新改建农村公路120公里。"],
             groups=[G("负总责", [MA_FULL]), G("具体负责", [JTJ]),
                     G("配合", [ZRZY, XZ])]),
        dict(text=["开展城市管理“序化、洁化、绿化、亮化”行动，巩固省级文明县城创建成果。"],
             groups=[G("负总责", [MA]), G("具体负责", [CGJ]),
                     G("配合", [GAJ, ZJJ, JDB])]),
        dict(text=["持续打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在32微克/立方米以内。"],
             groups=[G("负总责", [MA]), G("具体负责", [STHJ]),
                     G("配合", [GXJ, ZJJ, NYNC, JTJ])]),
    ]),
    ("六、惠民生，增进人民群众福祉", [
        dict(text=["城镇新增就业4500人，农村劳动力转移就业1.2万人次。"],
             groups=[G("负总责", [ZHANG]), G("具体负责", [RSJ]),
                     G("配合", [NYNC, XZ])],
             joins=[",", "，"]),
        dict(text=["建成沭川县第三实验小学，新增公办学位1800个。"],
             groups=[G("负总责", [ZHANG]), G("具体负责", [JYJ]),
                     G("配合", [FGW, CZJ, ZRZY])],
             deadline="2025年8月底前"),
        dict(text=["推进紧密型县域医共体建设，县人民医院通过三级医院评审。"],
             groups=[G("负总责", [ZHANG]), G("具体负责", [WJJ]),
                     G("配合", [YBJ, RMYY])]),
        dict(text=["新建社区嵌入式养老服务中心3个，改造提升特困人员供养服务设施。"],
             groups=[G("负总责", [ZHANG]), G("具体负责", [MZJ]),
                     G("配合", [CZJ])],
             own_para=True),
        dict(text=["办好县政府十件民生实事，确保各项目按期建成、发挥效益。"],
             groups=[G("负总责", [WANG]), G("具体负责", [ZHANG]),
                     G("牵头", [ZFB]), G("配合", [YZ])],
             joins=["，", "；", "，"]),
        dict(text=["完善公共文化服务体系，建成城市书房5个、乡镇综合文化站示范点6个。"],
             groups=[G("负总责", [L("副县长", ["张晓燕", "欧阳春晖"])]),
                     G("具体负责", [WLJ]), G("配合", [RMT])]),
    ]),
    ("七、保安全，建设更高水平平安沭川", [
        dict(text=["深化安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故。"],
             groups=[G("负总责", [ZHOU]), G("具体负责", [YJJ]),
                     G("配合", [AWH])]),
        dict(text=["推进更高水平平安沭川建设，常态化开展扫黑除恶斗争。"],
             groups=[G("负总责", [CHEN]), G("具体负责", [GAJ]),
                     G("配合", [ZFW, SFJ, XZ])]),
        dict(text=["做好防汛抗旱和森林防灭火工作，确保安全度汛。"],
             groups=[G("负总责", [LIU]), G("具体负责", [YJJ, SLJ]),
                     G("配合", [LYJ, XZ])]),
    ]),
    ("八、转作风，加强政府自身建设", [
        dict(text=["严格落实“过紧日子”要求，一般性支出压减5%以上。"],
             groups=[G("负总责", [ZHOU]), G("具体负责", [CZJ]),
                     G("配合", [ZXGDW])]),
        dict(text=["深入推进依法行政，全面完成现行有效行政规范性文件清理。"],
             groups=[G("负总责", [OUYANG]), G("具体负责", [SFJ]),
                     G("配合", [YZ])],
             deadline="2025年9月底前"),
        dict(text=["加强审计监督，开展重大政策措施落实情况跟踪审计。"],
             groups=[G("负责", [SJ])]),
        dict(text=["认真办理县人大代表建议和县政协委员提案，按期办复率达到100%。"],
             groups=[G("具体负责", [ZFB]), G("配合", [CBDW])],
             deadline="2025年10月底前"),
    ]),
]


def render_member(m):
    if m["k"] == "U":
        return m["name"]
    s = m["title"] + "、".join(m["disp"])
    if m["tz"]:
        s += "同志"
    return s


def render_clause(task):
    parts = []
    for gi, g in enumerate(task["groups"]):
        seps = g["seps"] or ["、"] * (len(g["members"]) - 1)
        s = render_member(g["members"][0])
        for sep, m in zip(seps, g["members"][1:]):
            s += sep + render_member(m)
        if g["deng"]:
            s += "等"
        s += g["verb"]
        parts.append(s)
    joins = task.get("joins") or ["，"] * (len(parts) - 1)
    body = parts[0]
    for j, p in zip(joins, parts[1:]):
        body += j + p
    if task.get("deadline"):
        body += "，" + task["deadline"] + "完成"
    if task.get("half"):
        return "(" + body + ")"
    return "（" + body + "）"


def gold_of(task):
    units, lead, coop, leaders = [], [], [], []
    leader_has_spec = any(g["verb"] == "具体负责" and
                          any(m["k"] == "L" for m in g["members"])
                          for g in task["groups"])
    for g in task["groups"]:
        for m in g["members"]:
            if m["k"] == "L":
                leaders.extend(m["names"])
                continue
            units.append(m["name"])
            if g["verb"] == "配合":
                coop.append(m["name"])
            elif g["verb"] in ("具体负责", "负责"):
                lead.append(m["name"])
            elif g["verb"] == "牵头":
                lead.append(m["name"])
    assert not (leader_has_spec and not lead)
    return units, lead, coop, leaders


# --------------------------------------------------------------------------
# DOCX helpers
# --------------------------------------------------------------------------
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)


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


def para(doc, align=None, indent=True, before=0, after=0, exact=28):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(32) if indent else None
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    return p


def add(p, text, font=FS, size=16, bold=False, color=None):
    r = p.add_run(text)
    set_font(r, font, size, bold, color)
    return r


def border(p, side, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    bdr.append(e)


def page_field_footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add(fp, "— ", "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None),
                      (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        elif txt == " PAGE ":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = txt
            r._element.append(t)
    add(fp, " —", "宋体", 14)


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    page_field_footer(sec)

    # 版头
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, False, before=20, exact=60)
    add(p, "沭川县人民政府办公室文件", XBS, 36, color=RED)
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, False, before=24, exact=28)
    add(p, "沭政办发〔2025〕8号")
    border(p, "bottom", sz=18)
    para(doc, indent=False)

    # 标题
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, False, before=12, exact=36)
    add(p, "沭川县人民政府办公室", XBS, 22)
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, False, exact=36)
    r = add(p, "关于印发2025年县政府重点工作任务", XBS, 22)
    r.add_break(WD_BREAK.LINE)
    add(p, "分工方案的通知", XBS, 22)
    para(doc, indent=False)

    p = para(doc, indent=False)
    add(p, "各乡镇人民政府、街道办事处，沭川经济开发区管委会，县政府各部门、各直属机构：")
    p = para(doc)
    add(p, "《2025年县政府重点工作任务分工方案》已经县人民政府同意，现印发给你们，并就有关事项通知如下：")
    p = para(doc)
    add(p, "一、压实工作责任。", HT)
    add(p, "各项重点工作任务实行“县领导负总责、具体负责单位抓落实、配合单位协同推进”的责任机制。"
           "负总责的县领导要靠前指挥、亲自调度，及时协调解决任务推进中的重大问题；具体负责单位是该项任务的牵头单位，"
           "要主动担当、牵头抓总，制定推进方案，明确时间表、路线图和责任人；配合单位要主动对接、密切配合，形成工作合力。"
           "县领导具体负责的任务，以标明“牵头”的单位为牵头单位。")
    p = para(doc)
    add(p, "二、强化调度推进。", HT)
    add(p, "各牵头单位要对照任务分工，逐项细化年度目标和季度节点，于3月20日前将推进方案报县政府督查室；"
           "每月25日前报送任务推进情况，6月25日前、12月20日前分别报送半年和全年工作完成情况。"
           "标明完成时限的任务，要在时限内完成；其余任务按照全年目标有序推进。")
    p = para(doc)
    add(p, "三、严格督查考核。", HT)
    add(p, "县政府督查室要加强跟踪督办，每季度通报一次任务推进情况，对工作推进不力、进度滞后的单位，"
           "按有关规定约谈问责。重点工作任务完成情况纳入年度综合考核。")
    p = para(doc)
    add(p, "联系人：县政府督查室　王　琳，联系电话：0539-6123458。")
    para(doc, indent=False)
    p = para(doc)
    add(p, "附件：2025年县政府重点工作任务分工方案")
    para(doc, indent=False)
    para(doc, indent=False)
    p = para(doc, WD_ALIGN_PARAGRAPH.RIGHT, False)
    add(p, "沭川县人民政府办公室　　　")
    p = para(doc, WD_ALIGN_PARAGRAPH.RIGHT, False)
    add(p, "2025年3月6日　　　　")
    p = para(doc)
    add(p, "（此件公开发布）")

    # 附件
    p = para(doc, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    add(p, "附件", HT)
    para(doc, indent=False)
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, False, exact=36)
    add(p, "2025年县政府重点工作任务分工方案", XBS, 22)
    para(doc, indent=False)
    p = para(doc)
    add(p, "为全面落实县十八届人大四次会议审议通过的《政府工作报告》确定的目标任务，"
           "现将2025年县政府重点工作任务分工如下。")

    gold = []
    n = 0
    for title, tasks in PARTS:
        p = para(doc)
        add(p, "%s（%d项）" % (title, len(tasks)), HT)
        for t in tasks:
            n += 1
            dot = t.get("marker_dot", "．")
            marker = "%d%s" % (n, dot)
            clause = render_clause(t)
            texts = t["text"]
            for i, tx in enumerate(texts):
                p = para(doc)
                add(p, (marker if i == 0 else "") + tx)
                last = i == len(texts) - 1
                if last and not t.get("own_para"):
                    add(p, clause, KT)
            if t.get("own_para"):
                p = para(doc)
                add(p, clause, KT)
            units, lead, coop, leaders = gold_of(t)
            head = "".join(texts[0].split())[:12]
            gold.append({
                "id": str(n), "marker": marker, "head": head,
                "responsible_units": units, "lead_units": lead,
                "cooperating_units": coop, "leaders": leaders,
                "deadline": t.get("deadline"),
            })

    # 版记
    para(doc, indent=False)
    para(doc, indent=False)
    p = para(doc, indent=False)
    border(p, "top", "000000", 8)
    add(p, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县人武部，县法院，县检察院。", FS, 14)
    border(p, "bottom", "000000", 4)
    p = para(doc, indent=False)
    add(p, "　沭川县人民政府办公室　　　　　　　　　2025年3月6日印发", FS, 14)
    border(p, "bottom", "000000", 8)

    cp = doc.core_properties
    cp.author = "Administrator"
    cp.last_modified_by = "Administrator"
    cp.title = ""
    cp.created = datetime.datetime(2025, 3, 6, 8, 42, 0)
    cp.modified = datetime.datetime(2025, 3, 6, 10, 15, 0)
    cp.last_printed = datetime.datetime(2025, 3, 6, 10, 16, 0)
    cp.revision = 4
    return doc, gold


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 6, 10, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def main():
    doc, gold = build()
    save_deterministic(doc, DOCX)
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print("tasks:", len(gold))


if __name__ == "__main__":
    main()
