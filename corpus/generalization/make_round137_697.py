#!/usr/bin/python3
"""make_697.py - writes 697_tagelake_xian_gzbg_renwu_fenjie.docx and 697.tasks.gold.jsonl.

Form under test: a Xinjiang county's 县政府办 red-header Word notice whose 附件 table
(序号 / 重点工作任务 / 责任县领导 / 牵头单位 / 配合单位 / 完成时限) names the county leaders
the way southern-Xinjiang notices do: Han names (one padded to three characters) beside
Uyghur and Kazakh names written 本名·父名 with the interpunct, 8-11 characters long.
The irregularities are the ones these tables carry: the separator typed as U+00B7 in most
cells but as a full-width full stop `．` (U+FF0E) or a bullet `•` (U+2022) in others, once with
spaces around it; a long name pushed over two cell paragraphs (Enter after the dot) or two
lines (Shift+Enter after the dot) because the column is narrow; one transliteration slip
(阿布都 for 阿不都); two names parted by a space only; a name with its post in brackets.

Everything is generated from the structured description below (PERSONS, TASKS); the gold
comes from the same description. Deterministic: fixed core properties and zip timestamps.
Run with /usr/bin/python3 (python-docx 0.8.11).
"""
import io
import json
import os
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = os.path.join(HERE, "697_tagelake_xian_gzbg_renwu_fenjie.docx")
GOLD = os.path.join(HERE, "697.tasks.gold.jsonl")

# ---------------------------------------------------------------- persons
# key: (given name, father's name or None, post, printed alternative for the slip)
PERSONS = {
    "xz":  ("艾尼瓦尔", "托合提尼亚孜", "县长", None),
    "cw":  ("周立新", None, "常务副县长", None),
    "aby": ("阿不都热依木", "买买提明", "副县长", "阿布都热依木"),
    "gl":  ("古丽娜尔", "艾合买提", "副县长", None),
    "st":  ("沈涛", None, "副县长", None),          # printed padded: 沈　涛
    "yel": ("叶尔兰", "努尔别克", "副县长", None),
    "pe":  ("帕尔哈提", "吾斯曼", "副县长、县公安局局长", None),
    "mz":  ("马振华", None, "县政府党组成员", None),
}


def canonical(key):
    given, father, _post, _alt = PERSONS[key]
    if father:
        return given + "·" + father
    return given


def printed(key, style):
    """Return a list of paragraphs (strings; '\n' = soft line break) for one person."""
    given, father, post, alt = PERSONS[key]
    if father is None:
        name = given
        if len(name) == 2:
            name = name[0] + "\u3000" + name[1]
        if style == "post":
            name += "（" + post + "）"
        return [name]
    dot = "·"
    if style == "fwdot":
        dot = "\uff0e"
    elif style == "bullet":
        dot = "\u2022"
    elif style == "spaced":
        dot = " · "
    if style == "translit":
        given = alt
    if style == "brk_para":
        return [given + dot, father]
    if style == "brk_line":
        return [given + dot + "\n" + father]
    name = given + dot + father
    if style == "post":
        name += "（" + post + "）"
    return [name]


# ---------------------------------------------------------------- units (as printed)
FGW = "县发展和改革委员会"
FGW_S = "县发改委"
CZ = "县财政局"
GXJ = "县工业和信息化局"
SW = "县商务局"
TJ = "县统计局"
ZRZY = "县自然资源局"
ZJ = "县住房和城乡建设局"
JT = "县交通运输局"
SL = "县水利局"
NY = "县农业农村局"
LC = "县林业和草原局"
WL = "县文化体育广播电视和旅游局"
JY = "县教育局"
WJ = "县卫生健康委员会"
RS = "县人力资源和社会保障局"
MZ = "县民政局"
YB = "县医疗保障局"
SJ = "县市场监督管理局"
YJ = "县应急管理局"
GA = "县公安局"
SF = "县司法局"
SJJ = "县审计局"
CG = "县城市管理局"
YQ = "县工业园区管委会"
XZ = "各乡（镇）人民政府"

# ---------------------------------------------------------------- tasks
# leaders: list of (person key, style) joined by the joiner that precedes the next item:
#   items are ("P", key, style) or ("J", joiner) with joiner in {"dun", "para", "space"}
#   or ("T", text) for a cell naming nobody.
# lead / coop: list of paragraphs, each a list of (unit, separator-after) pairs; [] = "/".
P = lambda k, s="std": ("P", k, s)
J = lambda j: ("J", j)


def U(*units, seps=None):
    """One paragraph of units joined by 、 unless seps gives other separators."""
    out = []
    for i, u in enumerate(units):
        if i == len(units) - 1:
            sep = ""
        elif seps and i in seps:
            sep = seps[i]
        else:
            sep = "、"
        out.append((u, sep))
    return [out]


PARTS = [
    ("一、稳增长扩投资", [1, 2, 3, 4, 5]),
    ("二、加快构建现代产业体系", [6, 7, 8, 9, 10, 11, 12]),
    ("三、全面推进乡村振兴", [13, 14, 15, 16, 17, 18]),
    ("四、推进城乡融合和生态文明建设", [19, 20, 21, 22, 23]),
    ("五、深化改革扩大开放", [24, 25, 26, 27]),
    ("六、持续保障和改善民生", [28, 29, 30, 31, 32]),
    ("七、铸牢中华民族共同体意识和加强政府自身建设", [33, 34, 35]),
]

TASKS = {
    1: dict(text=["全县地区生产总值增长7%左右，规模以上工业增加值增长8%，固定资产投资增长10%，一般公共预算收入增长6%，城乡居民人均可支配收入分别增长6%和8%。"],
            leaders=[P("xz", "post"), J("para"), P("cw")],
            lead=U(FGW), coop=U(TJ, CZ, GXJ, YQ), deadline="2025年12月底"),
    2: dict(text=["全年实施重点项目120个以上，完成投资65亿元；积极争取中央预算内投资、超长期特别国债和地方政府专项债券资金12亿元以上。"],
            leaders=[P("cw")],
            lead=U(FGW, CZ), coop=U(ZRZY, ZJ, XZ), deadline="2025年12月底"),
    3: dict(text=["强化项目要素保障，新增建设用地指标1500亩，盘活批而未供和闲置土地800亩，推行“标准地+承诺制”供地。"],
            leaders=[P("cw")],
            lead=U(ZRZY), coop=U(FGW_S, LC, YQ, seps={0: "，"}), deadline="2025年11月底"),
    4: dict(text=["促进消费扩容提质，举办“丝路美食节”“夜市经济节”等促消费活动10场以上，社会消费品零售总额增长8%。"],
            leaders=[P("gl")],
            lead=U(SW), coop=U(WL, SJ, XZ), deadline="2025年12月底"),
    5: dict(text=["加强财源建设和金融服务，各项存款、贷款余额分别增长8%、10%，全年新增经营主体1500户以上。"],
            leaders=[P("cw")],
            lead=U(CZ), coop=U(SJ, "国家税务总局塔格拉克县税务局", "县地方金融发展服务中心"), deadline="2025年12月底"),
    6: dict(text=["稳定棉花种植面积32万亩，实施棉花“绿色高质高效”行动，棉花机采率达到95%以上。"],
            leaders=[P("aby")],
            lead=U(NY), coop=U("县供销合作社", XZ), deadline="2025年10月底"),
    7: dict(text=["巩固提升红枣、核桃等特色林果业，完成低产低效林改造3万亩，新建标准化示范园5个。"],
            leaders=[P("aby", "fwdot")],
            lead=U(LC), coop=U(NY, XZ), deadline="2025年11月底"),
    8: dict(text=["做大做强纺织服装产业，新引进纺织服装企业5家，新增就业岗位2000个以上，纺织服装产业园入驻率达到90%。"],
            leaders=[P("st"), J("para"), P("yel")],
            lead=U(YQ), coop=U(GXJ, SW, RS), deadline="2025年12月底"),
    9: dict(text=["推进农产品精深加工，规模以上农产品加工企业达到18家，农产品加工转化率提高3个百分点。"],
            leaders=[P("yel")],
            lead=U(GXJ), coop=U(NY, YQ), deadline="2025年12月底"),
    10: dict(text=["发展全域旅游，打造沙漠胡杨、古城遗址精品旅游线路2条，全年接待游客120万人次，实现旅游收入10亿元。"],
             leaders=[P("gl")],
             lead=U(WL), coop=U(JT, ZRZY, LC, "县融媒体中心"), deadline="2025年12月底"),
    11: dict(text=["加快新能源产业发展，推进20万千瓦光伏发电项目建成并网。",
                   "同步谋划储能和绿电消纳项目，力争年内开工建设。"],
             leaders=[P("cw")],
             lead=U(FGW), coop=U("国网塔格拉克县供电公司", ZRZY, LC), deadline="2025年9月底"),
    12: dict(text=["完善县乡村三级物流体系，建成县级物流配送中心1个、乡镇快递物流站点12个，农村电商交易额增长15%。"],
             leaders=[P("yel", "bullet")],
             lead=U(SW), coop=U(JT, "县邮政分公司", XZ), deadline="2025年11月底"),
    13: dict(text=["巩固拓展脱贫攻坚成果，守牢不发生规模性返贫致贫底线，落实防止返贫致贫监测和帮扶机制。"],
             leaders=[P("aby", "brk_para")],
             lead=U("县农业农村局（县乡村振兴局）"), coop=U(XZ, "县直相关单位"), deadline="持续推进"),
    14: dict(text=["新建和改造提升高标准农田5万亩，推广高效节水灌溉面积3万亩。"],
             leaders=[P("aby", "translit")],
             lead=U(NY, SL), coop=U(CZ, ZRZY), deadline="2025年10月底"),
    15: dict(text=["促进农村劳动力转移就业，全年转移就业4.5万人次以上，其中稳定就业1.2万人。"],
             leaders=[P("gl"), J("dun"), P("yel")],
             lead=U(RS), coop=U(YQ, XZ), deadline="2025年12月底"),
    16: dict(text=["实施农村人居环境整治提升行动，农村卫生厕所普及率达到80%以上，生活垃圾收运处置体系覆盖所有行政村。"],
             leaders=[P("st")],
             lead=U(ZJ), coop=U(NY, WJ, XZ, seps={1: "，"}), deadline="2025年11月底"),
    17: dict(text=["发展壮大村级集体经济，全县村集体经济收入全部达到10万元以上。"],
             leaders=[P("aby", "brk_line")],
             lead=U(NY), coop=U("县委组织部", CZ, XZ), deadline="2025年12月底"),
    18: dict(text=["推进畜牧业提质增效，牲畜存栏达到60万头（只），建设标准化规模养殖场8个。"],
             leaders=[P("yel")],
             lead=U("县畜牧兽医发展中心"), coop=[], deadline="2025年12月底"),
    19: dict(text=["实施城市更新行动，改造老旧小区12个、1800户。",
                   "同步改造市政道路8条、供排水管网15公里，完善县城停车、充电等配套设施。"],
             leaders=[P("st")],
             lead=U(ZJ), coop=U(FGW_S, CZ, CG), deadline="2025年10月底"),
    20: dict(text=["加快交通基础设施建设，新改建农村公路120公里，开工建设县城至工业园区快速通道。"],
             leaders=[P("cw")],
             lead=U(JT), coop=U(ZRZY, YQ), deadline="2025年12月底"),
    21: dict(text=["推进水资源节约集约利用，完成2座小型水库除险加固，农业灌溉水有效利用系数提高到0.62。"],
             leaders=[P("aby")],
             lead=U(SL), coop=U(NY, ZRZY, LC), deadline="2025年9月底"),
    22: dict(text=["持续打好蓝天、碧水、净土保卫战，县城空气质量优良天数比例（扣除沙尘影响）达到85%以上。"],
             leaders=[P("st")],
             lead=U("地区生态环境局塔格拉克县分局"), coop=U(ZJ, GXJ, GA, CG), deadline="2025年12月底"),
    23: dict(text=["深入推进“三北”工程和防沙治沙，完成防沙治沙任务8万亩，新增人工造林2万亩。"],
             leaders=[P("aby")],
             lead=U(LC), coop=U(SL, ZRZY, XZ), deadline="2025年11月底"),
    24: dict(text=["深化“放管服”改革，推进“高效办成一件事”，政务服务事项网上可办率达到95%以上。"],
             leaders=[P("mz")],
             lead=U("县政务服务和公共资源交易中心"), coop=U(SJ, "县直相关单位"), deadline="2025年12月底"),
    25: dict(text=["开展营商环境“提升年”行动，落实涉企收费清单和“首违不罚”清单制度，全年为企业解决诉求问题100件以上。"],
             leaders=[P("cw")],
             lead=U(FGW), coop=U(SJ, "县政务服务和公共资源交易中心", SF), deadline="2025年12月底"),
    26: dict(text=["深化对口援疆合作，争取援疆资金3.2亿元，实施援疆项目25个，引进援疆省市企业10家以上。"],
             leaders=[P("st")],
             lead=U("县发改委（县援疆办）"), coop=U(SW, YQ), deadline="2025年12月底"),
    27: dict(text=["深化国资国企改革，完成县属国有企业整合重组，推动县城投公司市场化转型。"],
             leaders=[P("cw")],
             lead=U("县财政局（县国有资产监督管理办公室）"), coop=U("塔格拉克县城市建设投资集团有限公司"), deadline="2025年9月底"),
    28: dict(text=["落实就业优先政策，城镇新增就业2800人，城镇调查失业率控制在5.5%以内，零就业家庭动态清零。"],
             leaders=[P("gl")],
             lead=U(RS), coop=U(CZ, JY, YQ), deadline="2025年12月底"),
    29: dict(text=["推动义务教育优质均衡发展，新建改扩建中小学校3所、幼儿园2所，全面推行国家通用语言文字教育教学。"],
             leaders=[P("gl", "fwdot")],
             lead=U(JY), coop=U(FGW, CZ, ZJ), deadline="2025年8月底"),
    30: dict(text=["深化紧密型县域医共体建设，推动县人民医院创建三级医院，乡镇卫生院标准化建设达标率100%。"],
             leaders=[P("gl")],
             lead=U(WJ), coop=U("县人民医院（县医共体总院）", YB), deadline="2025年12月底"),
    31: dict(text=["健全社会保障体系，城乡居民基本养老保险参保率稳定在95%以上，做好困难群众基本生活保障。"],
             leaders=[P("gl")],
             lead=U(RS, YB), coop=U(MZ, CZ), deadline="2025年12月底"),
    32: dict(text=["扎实办好县政府十件民生实事，确保件件有着落、事事有回音。"],
             leaders=[P("xz"), J("space"), P("cw")],
             lead=U(FGW_S, CZ), coop=U("县直相关单位", XZ), deadline="2025年12月底"),
    33: dict(text=["深化民族团结进步创建，常态化开展“民族团结一家亲”和民族团结联谊活动，推动各民族广泛交往交流交融。"],
             leaders=[P("pe")],
             lead=U("县委统战部（县民族宗教事务局）"), coop=U("县委宣传部", XZ, "县直各部门"), deadline="持续推进"),
    34: dict(text=["深入开展安全生产治本攻坚三年行动，健全应急指挥体系，坚决遏制较大及以上生产安全事故。"],
             leaders=[P("pe", "spaced")],
             lead=U(YJ), coop=U(GA, ZJ, JT, SJ), deadline="持续推进"),
    35: dict(text=["加强政府自身建设，严格落实过紧日子要求，一般性支出压减5%以上，“三公”经费只减不增。"],
             leaders=[("T", "各副县长按分工负责")],
             lead=U("县人民政府办公室", CZ), coop=U(SJJ, "县直各部门"), deadline="2025年12月底"),
}


def leader_paragraphs(spec):
    """Printed paragraphs of a 责任县领导 cell and the gold leader list."""
    paras = [""]
    gold = []
    pending = None
    for item in spec:
        if item[0] == "J":
            pending = item[1]
            continue
        if item[0] == "T":
            paras[-1] += item[1]
            continue
        _, key, style = item
        parts = printed(key, style)
        if pending == "para":
            paras.append("")
        elif pending == "dun":
            paras[-1] += "、"
        elif pending == "space":
            paras[-1] += " "
        pending = None
        paras[-1] += parts[0]
        for extra in parts[1:]:
            paras.append(extra)
        gold.append(canonical(key))
    return paras, gold


def unit_paragraphs(spec):
    if not spec:
        return ["/"], []
    paras, units = [], []
    for para in spec:
        paras.append("".join(u + s for u, s in para))
        units.extend(u for u, _ in para)
    return paras, units


# ---------------------------------------------------------------- docx helpers
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, east, size=None, bold=None, color=None, ascii_font="Times New Roman"):
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)


def add_text(par, text, east=FS, size=16, bold=None, color=None):
    """Add text to a paragraph; '\n' inside becomes a soft line break (w:br)."""
    chunks = text.split("\n")
    for i, chunk in enumerate(chunks):
        run = par.add_run(chunk)
        set_font(run, east, size, bold, color)
        if i < len(chunks) - 1:
            run.add_break()
    return par


def fmt_par(par, align=None, first_line_chars=None, line_pt=28, before=0, after=0,
            right_chars=None):
    pf = par.paragraph_format
    if align is not None:
        par.alignment = align
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line_pt:
        pf.line_spacing = Pt(line_pt)
    ppr = par._element.get_or_add_pPr()
    if first_line_chars is not None or right_chars is not None:
        ind = OxmlElement("w:ind")
        if first_line_chars is not None:
            ind.set(qn("w:firstLineChars"), str(first_line_chars * 100))
            ind.set(qn("w:firstLine"), str(first_line_chars * 320))
        if right_chars is not None:
            ind.set(qn("w:rightChars"), str(right_chars * 100))
            ind.set(qn("w:right"), str(right_chars * 320))
        ppr.append(ind)
    return par


def bottom_border(par, color="FF0000", sz=18):
    ppr = par._element.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_border(par, sz=8):
    ppr = par._element.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    t = OxmlElement("w:top")
    t.set(qn("w:val"), "single")
    t.set(qn("w:sz"), str(sz))
    t.set(qn("w:space"), "1")
    t.set(qn("w:color"), "000000")
    bdr.insert(0, t)


def char_scale(run, pct):
    rpr = run._element.get_or_add_rPr()
    w = OxmlElement("w:w")
    w.set(qn("w:val"), str(pct))
    rpr.append(w)


def page_footer(section):
    footer = section.footer
    par = footer.paragraphs[0]
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = par.add_run("— ")
    set_font(r, "宋体", 14, ascii_font="宋体")
    r = par.add_run()
    set_font(r, "宋体", 14, ascii_font="宋体")
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    r = par.add_run(" —")
    set_font(r, "宋体", 14, ascii_font="宋体")


def cell_paragraphs(cell, paras, east=FS, size=12, align=WD_ALIGN_PARAGRAPH.LEFT, bold=None):
    first = True
    for text in paras:
        par = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        fmt_par(par, align=align, line_pt=18)
        add_text(par, text, east, size, bold)


def set_cell_width(cell, cm):
    cell.width = Cm(cm)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trpr.append(c)


def vcenter(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vAlign")
    v.set(qn("w:val"), "center")
    tcpr.append(v)


# ---------------------------------------------------------------- build
def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    page_footer(sec)

    # 版头
    p = doc.add_paragraph()
    fmt_par(p, WD_ALIGN_PARAGRAPH.CENTER, line_pt=None, before=0, after=0)
    r = p.add_run("塔格拉克县人民政府办公室文件")
    set_font(r, XBS, 30, color="FF0000")
    char_scale(r, 72)
    for _ in range(2):
        fmt_par(doc.add_paragraph(), line_pt=28)
    p = fmt_par(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, line_pt=28)
    add_text(p, "塔政办发〔2025〕6号")
    bottom_border(p)
    fmt_par(doc.add_paragraph(), line_pt=28)

    # 标题
    p = fmt_par(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, line_pt=36)
    add_text(p, "塔格拉克县人民政府办公室关于印发\n2025年县《政府工作报告》重点工作任务\n分解方案的通知", XBS, 22)
    fmt_par(doc.add_paragraph(), line_pt=28)

    p = fmt_par(doc.add_paragraph(), line_pt=28)
    add_text(p, "各乡（镇）人民政府，县工业园区管委会，县直各部门、各单位：")

    body = [
        ("", "《政府工作报告》已经县第十七届人民代表大会第五次会议审议通过。为确保报告确定的各项目标任务落到实处，经县人民政府同意，现将《2025年县〈政府工作报告〉重点工作任务分解方案》印发给你们，并就有关事项通知如下。"),
        ("一、压实工作责任。", "各责任县领导要对分管领域的重点工作牵头抓总、统筹调度，定期听取进展情况，及时协调解决推进中的困难和问题。牵头单位对所承担的任务负总责，牵头单位有两个的，排在第一位的为主牵头单位，负责统筹协调；配合单位要按照职责分工主动配合、密切协作，形成工作合力。"),
        ("二、细化推进措施。", "各牵头单位要对照分解方案，将每项任务细化分解到月、明确到人，制定推进计划，于3月15日前报分管县领导审定后送县政府督查室备案。"),
        ("三、强化督查考核。", "县政府督查室对重点工作任务落实情况实行月调度、季通报，督查结果纳入年度绩效考核。各牵头单位于每季度最后一个月25日前将工作进展情况报送县政府督查室（联系人：努尔古丽·吐尔洪，联系电话：0998-5123467）。"),
    ]
    for head, text in body:
        p = fmt_par(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.JUSTIFY, first_line_chars=2, line_pt=28)
        if head:
            add_text(p, head, HT)
        add_text(p, text)

    fmt_par(doc.add_paragraph(), line_pt=28)
    p = fmt_par(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.JUSTIFY, first_line_chars=2, line_pt=28)
    add_text(p, "附件：2025年县《政府工作报告》重点工作任务分解方案")
    for _ in range(3):
        fmt_par(doc.add_paragraph(), line_pt=28)
    p = fmt_par(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4, line_pt=28)
    add_text(p, "塔格拉克县人民政府办公室")
    p = fmt_par(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4, line_pt=28)
    add_text(p, "2025年2月26日")
    fmt_par(doc.add_paragraph(), line_pt=28)
    p = fmt_par(doc.add_paragraph(), first_line_chars=2, line_pt=28)
    add_text(p, "（此件公开发布）")

    # 附件: landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    sec2.top_margin, sec2.bottom_margin = Cm(2.6), Cm(2.4)
    sec2.left_margin, sec2.right_margin = Cm(2.5), Cm(2.5)
    p = fmt_par(doc.add_paragraph(), line_pt=28)
    add_text(p, "附件", HT)
    p = fmt_par(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, line_pt=36, before=6, after=12)
    add_text(p, "2025年县《政府工作报告》重点工作任务分解方案", XBS, 22)

    widths = [1.3, 10.6, 3.4, 3.6, 4.6, 2.2]
    headers = ["序号", "重点工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]
    table = doc.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(headers):
        c = hdr.cells[i]
        set_cell_width(c, widths[i])
        vcenter(c)
        cell_paragraphs(c, [h], HT, 12, WD_ALIGN_PARAGRAPH.CENTER)

    gold = []
    for title, ids in PARTS:
        row = table.add_row()
        cant_split(row)
        merged = row.cells[0].merge(row.cells[5])
        cell_paragraphs(merged, [f"{title}（{len(ids)}项）"], HT, 12)
        for n in ids:
            t = TASKS[n]
            row = table.add_row()
            cant_split(row)
            cells = row.cells
            for i, w in enumerate(widths):
                set_cell_width(cells[i], w)
                vcenter(cells[i])
            lpar, lgold = leader_paragraphs(t["leaders"])
            upar, ugold = unit_paragraphs(t["lead"])
            cpar, cgold = unit_paragraphs(t["coop"])
            cell_paragraphs(cells[0], [str(n)], FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
            cell_paragraphs(cells[1], t["text"], FS, 12, WD_ALIGN_PARAGRAPH.JUSTIFY)
            cell_paragraphs(cells[2], lpar, FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
            cell_paragraphs(cells[3], upar, FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
            cell_paragraphs(cells[4], cpar, FS, 12, WD_ALIGN_PARAGRAPH.LEFT)
            cell_paragraphs(cells[5], [t["deadline"]], FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
            head = "".join(t["text"][0].split())[:12]
            gold.append({
                "id": str(n), "marker": str(n), "head": head,
                "responsible_units": ugold + cgold,
                "lead_units": ugold, "cooperating_units": cgold,
                "leaders": lgold, "deadline": t["deadline"],
            })
    # column widths on the grid too
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i] / 2.54 * 1440)))

    # 版记: last page, portrait
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(20):
        fmt_par(doc.add_paragraph(), line_pt=28)
    p = fmt_par(doc.add_paragraph(), line_pt=28)
    add_text(p, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县人民法院，县人民检察院。", FS, 14)
    top_border(p, 8)
    bottom_border(p, "000000", 4)
    p = fmt_par(doc.add_paragraph(), line_pt=28)
    add_text(p, "塔格拉克县人民政府办公室　　　　　　　　　2025年2月26日印发", FS, 14)
    bottom_border(p, "000000", 8)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 26, 9, 30, 0)
    cp.author = "Administrator"
    cp.last_modified_by = "Administrator"
    cp.title = ""
    cp.comments = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    return doc, gold


PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
             "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku",
             "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi",
             "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
             "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap",
             "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"]
RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
             "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
             "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect",
             "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout",
             "specVanish", "oMath"]


def reorder(root):
    """Put pPr / rPr children in schema order (helpers above append them freely)."""
    for tag, order in (("w:pPr", PPR_ORDER), ("w:rPr", RPR_ORDER)):
        rank = {qn("w:" + n): i for i, n in enumerate(order)}
        for el in root.iter(qn(tag)):
            kids = list(el)
            kids.sort(key=lambda k: rank.get(k.tag, 999))
            for k in kids:
                el.remove(k)
            for k in kids:
                el.append(k)


def deterministic_save(doc, path):
    reorder(doc.element.body)
    for s in doc.sections:
        reorder(s.footer._element)
    reorder(doc.styles.element)
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 26, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def main():
    doc, gold = build()
    deterministic_save(doc, NOTICE)
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {NOTICE} and {GOLD}: {len(gold)} tasks")


if __name__ == "__main__":
    main()
