#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 72, number 388: a 市住建局 Word notice dividing the tasks of a
城镇燃气安全专项整治行动方案 among its 科室, 局属单位 and the 县（市、区）
bureaus.  Control case: ordinary numbered paragraphs with a bracket
（责任局领导：X；牵头科室（单位）：A；配合科室（单位）：B、C） after each task,
and the ordinary imperfections of a Word file typed by an office clerk.

Writes 388_yilan_shi_zhujianju_ranqi_zhengzhi_fengong.docx next to itself.
"""
import os
import copy

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "388_yilan_shi_zhujianju_ranqi_zhengzhi_fengong.docx")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

doc = Document()

# ---------------------------------------------------------------- page setup
sec = doc.sections[0]
sec.page_width = Mm(210)
sec.page_height = Mm(297)
sec.top_margin = Mm(37)
sec.bottom_margin = Mm(35)
sec.left_margin = Mm(28)
sec.right_margin = Mm(26)
sec.footer_distance = Mm(28)

# default style: 仿宋_GB2312 三号, exact 28pt line spacing
st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
rpr = st.element.get_or_add_rPr()
rf = rpr.find(qn("w:rFonts"))
if rf is None:
    rf = OxmlElement("w:rFonts")
    rpr.insert(0, rf)
for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
    rf.set(qn(a), FS)
pf = st.paragraph_format
pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
pf.line_spacing = Pt(28)
pf.space_before = Pt(0)
pf.space_after = Pt(0)


PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr",
             "widowControl", "numPr", "suppressLineNumbers", "pBdr", "shd",
             "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
             "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN",
             "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
             "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
             "textDirection", "textAlignment", "textboxTightWrap",
             "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"]


def ppr_insert(ppr, el):
    """insert a pPr child where the schema wants it."""
    name = el.tag.split("}")[1]
    later = PPR_ORDER[PPR_ORDER.index(name) + 1:]
    for child in ppr:
        if child.tag.split("}")[1] in later:
            child.addprevious(el)
            return el
    ppr.append(el)
    return el


def set_font(run, name=FS, size=16, bold=None, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    r = run._element.get_or_add_rPr()
    f = r.find(qn("w:rFonts"))
    if f is None:
        f = OxmlElement("w:rFonts")
        r.insert(0, f)
    f.set(qn("w:eastAsia"), name)
    f.set(qn("w:ascii"), "Times New Roman" if name == FS else name)
    f.set(qn("w:hAnsi"), "Times New Roman" if name == FS else name)
    if bold is not None:
        run.bold = bold
    if color is not None:
        run.font.color.rgb = color


def first_line_chars(p, chars=200):
    """Word's 首行缩进 2 字符 (w:ind w:firstLineChars)."""
    ppr = p._p.get_or_add_pPr()
    ind = ppr.find(qn("w:ind"))
    if ind is None:
        ind = OxmlElement("w:ind")
        ppr_insert(ppr, ind)
    ind.set(qn("w:firstLineChars"), str(chars))
    ind.set(qn("w:firstLine"), str(chars * 16 // 10 * 2))  # approx twips


def rsid_runs(p, text, font=FS, size=16, bold=None, cuts=()):
    """Add text as several runs, cut at the given offsets, as Word leaves
    text that was typed in several editing sessions."""
    pos = [0] + sorted(cuts) + [len(text)]
    for a, b in zip(pos, pos[1:]):
        if a == b:
            continue
        r = p.add_run(text[a:b])
        set_font(r, font, size, bold)
    return p


def para(text="", font=FS, size=16, bold=None, align=None, indent=True,
         cuts=(), color=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        first_line_chars(p)
    if text:
        pos = [0] + sorted(cuts) + [len(text)]
        for a, b in zip(pos, pos[1:]):
            r = p.add_run(text[a:b])
            set_font(r, font, size, bold, color)
    return p


def bottom_border(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr_insert(ppr, bdr)


def top_bottom_border(p, sz_top=8, sz_bottom=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side, sz in (("top", sz_top), ("bottom", sz_bottom)):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        bdr.append(b)
    ppr_insert(ppr, bdr)


def add_gob(p):
    """the _GoBack bookmark Word leaves where the last edit was."""
    bs = OxmlElement("w:bookmarkStart")
    bs.set(qn("w:id"), "0")
    bs.set(qn("w:name"), "_GoBack")
    be = OxmlElement("w:bookmarkEnd")
    be.set(qn("w:id"), "0")
    p._p.append(bs)
    p._p.append(be)


def proof_err(p):
    """spellStart/spellEnd around the first run after the number."""
    runs = p._p.findall(qn("w:r"))
    if len(runs) < 2:
        return
    s = OxmlElement("w:proofErr")
    s.set(qn("w:type"), "gramStart")
    e = OxmlElement("w:proofErr")
    e.set(qn("w:type"), "gramEnd")
    runs[1].addprevious(s)
    runs[1].addnext(e)


# ------------------------------------------------------------------ 版头
p = para("沂岚市住房和城乡建设局文件", XBS, 32, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, color=RGBColor(0xFF, 0x00, 0x00))
p.paragraph_format.line_spacing = Pt(60)
p.paragraph_format.space_before = Pt(40)
para(indent=False)
p = para("沂岚住建发〔2024〕37号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
bottom_border(p)
para(indent=False)
para(indent=False)

# ------------------------------------------------------------------ 标题
p = para("沂岚市住房和城乡建设局", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False)
p.paragraph_format.line_spacing = Pt(36)
p = para("关于印发全市城镇燃气安全专项整治行动", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
p.paragraph_format.line_spacing = Pt(36)
p = para("重点任务分工的通知", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False)
p.paragraph_format.line_spacing = Pt(36)
para(indent=False)

# ------------------------------------------------------------------ 主送
para("各县（市、区）住房和城乡建设局，沂岚经开区建设局，局机关各科室、局属各单位：",
     indent=False)

# ------------------------------------------------------------------ 正文
para("为深入贯彻落实全国、全省城镇燃气安全专项整治工作部署，按照"
     "《沂岚市城镇燃气安全专项整治行动方案》（沂安委〔2024〕5号）要求，"
     "扎实推进全市城镇燃气安全专项整治，经局党组会议研究，确定了我局承担的"
     "专项整治重点任务分工，现印发给你们，并提出如下要求，请认真抓好落实。",
     cuts=(37, 88))
para("一、提高思想认识", HT)
para("城镇燃气安全事关人民群众生命财产安全。各单位要切实增强责任感和紧迫感，"
     "坚持“人民至上、生命至上”，把燃气安全专项整治作为当前和今后一个时期的"
     "重要政治任务，主要负责同志亲自抓、负总责，确保各项任务落地见效。")
para("二、压实工作责任", HT)
para("各项任务的牵头科室（单位）为第一责任主体，负责制定具体推进措施、"
     "协调配合单位、报送工作进展；配合科室（单位）要按照职责分工主动配合、"
     "积极支持，不得推诿扯皮。涉及县（市、区）的任务，由各县（市、区）住建局、"
     "沂岚经开区建设局抓好具体落实。责任局领导要加强对分管任务的统筹调度。",
     cuts=(60,))
para("三、加强调度通报", HT)
para("自2024年4月起，各牵头科室（单位）于每月25日前将任务进展情况"
     "书面报送局燃气安全专项整治工作专班办公室（设在城市建设科），"
     "专班办公室汇总后按月通报。对工作推进不力、进度滞后的，将在全局范围内"
     "通报批评并纳入年度考核。")
para("联系人：周晨阳，联系电话：6218374。")
para()
p = para("附件：沂岚市城镇燃气安全专项整治行动重点任务分工")
para()
para()
p = para("沂岚市住房和城乡建设局", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Pt(64)
p = para("2024年3月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Pt(80)
para("（此件公开发布）")

# page break before the attachment (an empty paragraph holding the break,
# as Ctrl+Enter leaves it)
p = doc.add_paragraph()
p.add_run().add_break(WD_BREAK.PAGE)

# ------------------------------------------------------------------ 附件
para("附件", HT, indent=False)
para(indent=False)
p = para("沂岚市城镇燃气安全专项整治行动", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
r = p.add_run()
r.add_break()  # the title broken by Shift+Enter
set_font(r, XBS, 22)
r = p.add_run("重点任务分工")
set_font(r, XBS, 22)
p.paragraph_format.line_spacing = Pt(36)
para(indent=False)

L = "责任局领导："
LEAD = "牵头科室（单位）："
COOP = "配合科室（单位）："


def task(num, first, rest, clause, *, cuts=(), clause_cuts=(),
         typed_indent=False, clause_own_para=False, soft_break_at=None,
         gob=False, proof=False):
    """num: the typed number with its dot; first: the bold first sentence;
    rest: the remaining text; clause: the bracket."""
    p = doc.add_paragraph()
    if typed_indent:
        r = p.add_run("\u3000\u3000")
        set_font(r)
    else:
        first_line_chars(p)
    r = p.add_run(num)
    set_font(r)
    r = p.add_run(first)
    set_font(r, bold=True)
    if soft_break_at is not None:
        a, b = rest[:soft_break_at], rest[soft_break_at:]
        r = p.add_run(a)
        set_font(r)
        r = p.add_run()
        r.add_break()  # Shift+Enter
        set_font(r)
        r = p.add_run(b)
        set_font(r)
    else:
        rsid_runs(p, rest, cuts=cuts)
    if clause_own_para:
        q = doc.add_paragraph()
        first_line_chars(q)
        rsid_runs(q, clause, cuts=clause_cuts)
    else:
        rsid_runs(p, clause, cuts=clause_cuts)
    if gob:
        add_gob(p)
    if proof:
        proof_err(p)
    return p


def heading(text):
    para(text, HT)


# ---- 一、
heading("一、全面排查燃气安全风险隐患")
task("1.", "开展燃气经营企业全面排查。",
     "对全市取得燃气经营许可的管道燃气、瓶装液化石油气经营企业逐一开展检查，"
     "重点检查经营许可条件保持、安全管理制度落实、从业人员持证上岗等情况，"
     "2024年4月底前完成首轮排查。",
     "（" + L + "许国梁；" + LEAD + "城市建设科；" + COOP +
     "市燃气管理服务中心、行政审批科）")
task("2.", "开展燃气管道设施排查。",
     "全面排查城镇燃气管道及附属设施，重点排查老化锈蚀、违规占压、"
     "安全间距不足、穿越密闭空间等问题，建立隐患台账，实行销号管理。",
     "（" + L + "许国梁；" + LEAD + "市燃气管理服务中心；" + COOP +
     "城市建设科，各县（市、区）住建局、沂岚经开区建设局）",
     clause_cuts=(30,))
task("3.", "开展餐饮等用户场所排查。",
     "会同市场监管、应急管理等部门，对餐饮企业、学校食堂、农贸市场等"
     "人员密集场所用气情况开展联合检查，督促安装燃气泄漏报警装置。",
     "（" + L + "许国梁；" + LEAD + "城市建设科；" + COOP +
     "各县（市、区）住建局）")
task("4.", "开展瓶装液化石油气专项排查。",
     "严厉打击非法经营、违规充装、“黑气瓶”流通等违法违规行为，"
     "推动瓶装液化石油气配送服务规范化、信息化。",
     "（" + L + "许国梁；" + LEAD + "市燃气管理服务中心；" + COOP +
     "政策法规科、各县（市、区）住建局）", cuts=(12,))
task("5.", "开展燃气工程建设项目排查。",
     "对2021年以来竣工和在建的燃气工程项目开展质量安全检查，"
     "重点查处未批先建、无资质施工、未经验收擅自投入使用等行为。",
     "（" + L + "冯雅静；" + LEAD + "工程质量安全监管科；" + COOP +
     "建筑市场监管科、市建设工程质量安全监督站）")
task("6.", "开展燃气管道占压清理。",
     "对排查发现的建（构）筑物占压燃气管道问题，逐处制定整改方案，"
     "能拆除的限期拆除，暂不能拆除的采取管道改迁等措施消除隐患。",
     "（" + L + "许国梁；牵头单位：各县（市、区）住建局、沂岚经开区建设局；"
     + COOP + "城市建设科、市燃气管理服务中心）")
task("7.", "开展老旧小区燃气设施排查。",
     "结合城镇老旧小区改造工作，摸清小区内燃气立管、调压设施、户内管道等"
     "设施底数，符合条件的同步纳入改造计划。",
     "（" + L + "冯雅静；" + LEAD + "城市更新科；" + COOP +
     "市燃气管理服务中心、各县（市、区）住建局）",
     clause_own_para=True)
task("8.", "建立隐患整治台账。",
     "对排查发现的问题隐患，逐项明确整改责任、整改措施和整改时限，"
     "实行“发现—交办—整改—销号”闭环管理，台账每月更新一次。",
     "（" + L + "许国梁；" + LEAD + "城市建设科；" + COOP +
     "局机关各相关科室，局属各有关单位）")
para()

# ---- 二、
heading("二、严格燃气经营和工程建设监管")
task("9. ", "严格燃气经营许可管理。",
     "对照《城镇燃气经营许可管理办法》规定的许可条件，对全市燃气经营企业"
     "开展许可条件核查，对不再具备许可条件的企业依法撤回许可。",
     "（" + L + "郑晓岚；" + LEAD + "行政审批科；" + COOP +
     "城市建设科、政策法规科）")
task("10.", "加强燃气企业安全评价。",
     "督促燃气经营企业每三年开展一次安全评价，对评价发现的问题限期整改，"
     "整改情况报市燃气管理服务中心备案。",
     "（" + L + "许国梁；" + LEAD + "市燃气管理服务中心；" + COOP +
     "城市建设科）", clause_cuts=(16, 23))
task("11.", "规范燃气工程招标投标和施工许可。",
     "严格审查燃气工程施工单位资质和项目负责人资格，严禁无资质、"
     "超资质承揽燃气工程，严厉查处转包、违法分包行为。",
     "（" + L + "冯雅静、郑晓岚；" + LEAD + "建筑市场监管科；" + COOP +
     "行政审批科）")
task("12.", "加强燃气工程质量安全监督。",
     "将燃气工程全部纳入工程质量安全监督范围，严格落实竣工验收备案制度，"
     "未经验收或验收不合格的不得通气投用。",
     "（" + L + "冯雅静；" + LEAD + "市建设工程质量安全监督站；" + COOP +
     "工程质量安全监管科、各县（市、区）住建局）", proof=True)
task("13.", "强化施工作业燃气管道保护。",
     "建立燃气管道保护协调机制，施工单位在燃气管道保护范围内施工前"
     "须与燃气企业签订保护协议、制定保护方案，严防第三方施工破坏。",
     "（" + L + "许国梁、冯雅静；" + LEAD + "城市建设科、工程质量安全监管科；"
     + COOP + "市燃气管理服务中心）")
task("14.", "加大执法检查力度。",
     "对排查发现的燃气违法违规行为依法从严查处，做到“发现一起、查处一起”，"
     "典型案例及时向社会曝光。",
     "（" + L + "郑晓岚；" + LEAD + "政策法规科；" + COOP +
     "城市建设科，各县（市、区）住建局）", typed_indent=True)
task("15.", "推进燃气经营企业规模化发展。",
     "引导小、散、弱燃气经营企业通过兼并重组等方式整合，"
     "鼓励规模化、专业化经营，提升企业安全管理水平。",
     "（" + L + "许国梁；" + LEAD + "城市建设科）")
para()

# ---- 三、 (this part pasted from the 城市建设科's draft, with full-width dots)
heading("三、推进燃气管道老化更新改造")
task("16．", "摸清老化管道底数。",
     "组织燃气企业对市政、庭院、立管和户内燃气管道逐段逐户开展评估，"
     "2024年5月底前形成全市燃气管道老化更新改造项目清单。",
     "（" + L + "许国梁；" + LEAD + "城市建设科；" + COOP +
     "市燃气管理服务中心、计划财务科）")
task("17．", "编制年度改造计划。",
     "按照“先急后缓、先重后轻”原则，分年度编制燃气管道老化更新改造计划，"
     "明确改造项目、改造内容和完成时限。",
     "（" + L + "彭立新；" + LEAD + "城市建设科；" + COOP +
     "计划财务科、各县（市、区）住建局）")
task("18．", "积极争取上级资金支持。",
     "用好超长期特别国债、中央预算内投资等政策，积极谋划储备项目，"
     "落实燃气企业出资责任，建立多渠道资金筹措机制。",
     "（" + L + "陶文彬；" + LEAD + "计划财务科；" + COOP +
     "城市建设科、城市更新科）")
task("19．", "加快改造项目实施。",
     "2024年计划改造市政燃气管道80公里、庭院燃气管道120公里、"
     "居民户内立管3.6万户，确保年底前全部完工。",
     "（" + L + "许国梁；牵头单位：各县（市、区）住建局、沂岚经开区建设局；"
     "配合科室（单位）:城市建设科）")
task("20．", "同步开展户内设施改造。",
     "结合老化管道更新改造，同步推进居民用户橡胶软管更换为金属波纹管、"
     "加装安全装置，不具备条件的做好安全提示。",
     "（" + L + "许国梁；" + LEAD + "城市建设科；" + COOP +
     "城市更新科、市燃气管理服务中心）")
para()

# ---- 四、
heading("四、强化燃气用户端安全管理")
task("21.", "推广使用安全装置。",
     "推动餐饮等非居民用户安装燃气泄漏报警器和自动切断装置，"
     "引导居民用户使用金属波纹管、安装具有熄火保护装置的燃气灶具。",
     "（" + L + "许国梁；" + LEAD + "市燃气管理服务中心；" + COOP +
     "城市建设科、各县（市、区）住建局）")
task("22.", "落实入户安检制度。",
     "督促燃气企业严格落实入户安检制度，居民用户每年至少安检一次，"
     "非居民用户每半年至少安检一次，对拒不整改的隐患及时报告属地住建部门。",
     "（" + L + "许国梁；" + LEAD + "市燃气管理服务中心；" + COOP +
     "各县（市、区）住建局）")
task("23.", "加强物业服务区域燃气安全管理。",
     "指导物业服务企业配合燃气企业做好燃气安全宣传、巡查和应急处置工作，"
     "发现隐患及时报告。",
     "（" + L + "郑晓岚；" + LEAD + "物业管理科；" + COOP +
     "城市建设科、各县（市、区）住建局）", soft_break_at=33)
task("24.", "开展燃气安全宣传“进社区、进企业、进学校、进家庭”活动。",
     "制作发放燃气安全使用手册，利用电视、报纸、新媒体等渠道广泛宣传"
     "燃气安全常识，提高群众安全用气意识。",
     "（" + L + "许国梁；" + LEAD + "办公室；" + COOP +
     "城市建设科、市燃气管理服务中心）")
task("25.", "开展燃气安全培训。",
     "组织燃气企业主要负责人、安全管理人员和运行维护、抢修人员开展专业培训，"
     "做到应训尽训、持证上岗。",
     "（" + L + "郑晓岚；" + LEAD + "人事教育科；" + COOP +
     "城市建设科、市燃气管理服务中心）")
para()

# ---- 五、
heading("五、健全燃气安全长效管理机制")
task("26.", "完善燃气安全监管制度。",
     "启动《沂岚市燃气管理办法》修订工作，"
     "完善燃气经营、使用、设施保护和事故处置等制度规定。",
     "（" + L + "郑晓岚；" + LEAD + "政策法规科；" + COOP +
     "城市建设科）")
task("27.", "建设燃气安全监测预警平台。",
     "依托城市生命线安全工程，在燃气管网重点部位布设监测设备，"
     "实现燃气泄漏实时监测、及时预警、快速处置。",
     "（" + L + "彭立新；" + LEAD + "科技信息科；" + COOP +
     "城市建设科、市燃气管理服务中心）", gob=True)
task("28.", "健全应急处置机制。",
     "修订完善城镇燃气事故应急预案，督促燃气企业加强抢险抢修队伍建设，"
     "每年至少组织开展一次综合应急演练。",
     "（" + L + "许国梁；" + LEAD + "城市建设科；" + COOP +
     "市燃气管理服务中心，各县（市、区）住建局、沂岚经开区建设局）")
task("29.", "强化督导考核。",
     "将燃气安全专项整治工作纳入对各县（市、区）住建局年度目标考核，"
     "定期开展督导检查，对工作不力的予以通报。",
     "（" + L + "陶文彬；" + LEAD + "办公室；" + COOP +
     "城市建设科）")
task("30.", "做好信息报送和总结评估。",
     "及时汇总报送专项整治工作进展，总结推广经验做法，"
     "2024年12月底前形成专项整治工作总结报告。",
     "（" + L + "许国梁；" + LEAD + "城市建设科；" + COOP +
     "局机关各相关科室、局属各有关单位）")
para()
para()

# ------------------------------------------------------------------ 版记
p = para("抄送：市安委会办公室，市城镇燃气安全专项整治工作专班。",
         size=14, indent=False)
p.paragraph_format.left_indent = Pt(14)
top_bottom_border(p, 12, 4)
p = para("沂岚市住房和城乡建设局办公室　　　　　　2024年3月18日印发",
         size=14, indent=False)
p.paragraph_format.left_indent = Pt(14)
bottom_border(p, "000000", 12)

# ------------------------------------------------------------------ footer
footer = sec.footer
fp = footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def fld(p, instr):
    r = p.add_run()
    set_font(r, "宋体", 14)
    c = OxmlElement("w:fldChar")
    c.set(qn("w:fldCharType"), "begin")
    r._element.append(c)
    r = p.add_run()
    set_font(r, "宋体", 14)
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = " " + instr + " "
    r._element.append(t)
    r = p.add_run()
    set_font(r, "宋体", 14)
    c = OxmlElement("w:fldChar")
    c.set(qn("w:fldCharType"), "separate")
    r._element.append(c)
    r = p.add_run("1")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    c = OxmlElement("w:fldChar")
    c.set(qn("w:fldCharType"), "end")
    r._element.append(c)


r = fp.add_run("— ")
set_font(r, "宋体", 14)
fld(fp, "PAGE  \\* MERGEFORMAT")
r = fp.add_run(" —")
set_font(r, "宋体", 14)

# document properties as an office PC leaves them
cp = doc.core_properties
cp.author = "城建科"
cp.last_modified_by = "Administrator"
cp.title = ""

doc.save(OUT)
print("wrote", OUT)
