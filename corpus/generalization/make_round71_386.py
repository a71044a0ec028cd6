#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 71, case 386.

箬阳县人民政府办公室 sends out the county's 承接落实清单: the county takes over
the tasks that 汐州市's own 政府工作报告 分工方案 (汐政办发〔2025〕6号) set,
and assigns each to county leaders and units.  The 附件 (a landscape section)
is one table whose every task row carries TWO responsibility blocks:

    序号 | 市清单序号 | 重点任务 | 市级分工（对接参考）       | 县级责任分工                       | 完成时限
                                   | 责任领导 | 牵头单位     | 责任领导 | 牵头单位 | 配合单位 |

The second header row names 责任领导 and 牵头单位 twice; only the merged first
header row tells the city's block (the upstream counterpart, for liaison only,
as the body and the 注 say) from the county's (the assignment).  The city's
block comes first, left of the county's.

Other things a Word file of this kind has:
  * 序号 (1-35, running) next to 市清单序号 (the city's own item numbers,
    2, 3, 5, 6 ... 84, not consecutive), and `县定` for the county's own tasks;
  * section rows spanning the table, the header's two rows repeated per page;
  * leaders as two paragraphs (post, then name), merged down (w:vMerge) over
    runs of tasks, the city's and the county's runs not lining up;
  * 牵头单位 merged down over two or three tasks in the city block;
  * two co-leads as two paragraphs in one cell (a rule in the body and 注);
  * two leaders in one cell parted by 、;
  * one row whose county 牵头单位 and 配合单位 cells are merged across (gridSpan)
    into one prose cell `A牵头，B、C配合`;
  * `—` for no 配合单位 and for the city block of the county's own tasks;
  * the city block shaded grey;
  * a page-number footer (PAGE field), a portrait last page for the 版记.

Usage: /usr/bin/python3 make_docx_round71_386.py
       -> 386_ruoyang_xian_chengjie_shiji_renwu_qingdan.docx
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "386_ruoyang_xian_chengjie_shiji_renwu_qingdan.docx")

FS = "仿宋_GB2312"
HEI = "黑体"
XBS = "方正小标宋简体"
KAI = "楷体_GB2312"


# ------------------------------------------------------------------ helpers
def el(tag, text=None, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn("w:" + k), str(v))
    if text is not None:
        e.text = text
    return e


def fonts(rpr, east, size=None, bold=False):
    rpr.append(el("w:rFonts", ascii="Times New Roman", hAnsi="Times New Roman", eastAsia=east))
    if bold:
        rpr.append(el("w:b"))
        rpr.append(el("w:bCs"))
    if size:
        rpr.append(el("w:sz", val=int(size * 2)))
        rpr.append(el("w:szCs", val=int(size * 2)))


def set_run_font(run, east, size=None, bold=False, color=None):
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")
    rfonts.set(qn("w:eastAsia"), east)
    if size:
        run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc, text="", east=FS, size=16, align=None, bold=False, first_indent=None,
         color=None, line=28.95, before=0, after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if first_indent:
        pf.first_line_indent = Pt(first_indent)
    if text:
        r = p.add_run(text)
        set_run_font(r, east, size, bold, color)
    return p


def add_run(p, text, east=FS, size=16, bold=False):
    r = p.add_run(text)
    set_run_font(r, east, size, bold)
    return r


def border_para(p, side, color, sz):
    ppr = p._p.get_or_add_pPr()
    pbdr = el("w:pBdr")
    pbdr.append(el("w:" + side, val="single", sz=sz, space=1, color=color))
    anchor = None
    for tag in ("w:spacing", "w:ind", "w:jc"):
        anchor = ppr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(pbdr)
    else:
        ppr.append(pbdr)


def footer_page_number(section):
    section.footer.is_linked_to_previous = False
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(p, "— ", east="宋体", size=14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        r = p.add_run()
        set_run_font(r, "宋体", 14)
        if kind == "instr":
            it = el("w:instrText", txt)
            it.set(qn("xml:space"), "preserve")
            r._element.append(it)
        elif kind == "text":
            r._element.append(el("w:t", txt))
        else:
            r._element.append(el("w:fldChar", fldCharType=kind))
    add_run(p, " —", east="宋体", size=14)


# ------------------------------------------------------------------ table XML
# 序号 | 市清单序号 | 重点任务 | 市:责任领导 | 市:牵头单位 | 县:责任领导 | 县:牵头单位 | 县:配合单位 | 完成时限
COLS = [1.0, 1.5, 7.1, 2.0, 2.4, 2.4, 2.8, 3.9, 1.6]   # cm, 24.7 in all
TW = [int(c * 567) for c in COLS]
CITY_COLS = (3, 4)
GREY = "EDEDED"


def run_el(text, east=FS, size=10.5, bold=False, rsid=None):
    r = el("w:r")
    if rsid:
        r.set(qn("w:rsidR"), rsid)
    rpr = el("w:rPr")
    fonts(rpr, east, size, bold)
    r.append(rpr)
    t = el("w:t", text)
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    return r


def p_el(pieces, align="center", east=FS, size=10.5, bold=False):
    p = el("w:p")
    ppr = el("w:pPr")
    ppr.append(el("w:spacing", line=280, lineRule="exact"))
    ppr.append(el("w:jc", val=align))
    rpr = el("w:rPr")
    fonts(rpr, east, size, bold)
    ppr.append(rpr)
    p.append(ppr)
    for i, piece in enumerate(pieces):
        p.append(run_el(piece, east, size, bold, rsid="00D27B5E" if i % 2 else None))
    return p


def tc_el(width, paras, span=None, vmerge=None, align="center", east=FS, size=10.5,
          bold=False, shade=None):
    tc = el("w:tc")
    pr = el("w:tcPr")
    pr.append(el("w:tcW", w=width, type="dxa"))
    if span:
        pr.append(el("w:gridSpan", val=span))
    if vmerge == "restart":
        pr.append(el("w:vMerge", val="restart"))
    elif vmerge == "cont":
        pr.append(el("w:vMerge"))
    if shade:
        pr.append(el("w:shd", val="clear", color="auto", fill=shade))
    pr.append(el("w:vAlign", val="center"))
    tc.append(pr)
    if not paras:
        paras = [[]]
    for pc in paras:
        if isinstance(pc, str):
            pc = [pc] if pc else []
        tc.append(p_el(pc, align=align, east=east, size=size, bold=bold))
    return tc


def tr_el(cells, header=False, cant_split=True, height=None):
    tr = el("w:tr")
    tr.set(qn("w:rsidR"), "00E51C07")
    pr = el("w:trPr")
    if cant_split:
        pr.append(el("w:cantSplit"))
    if height:
        pr.append(el("w:trHeight", val=height))
    if header:
        pr.append(el("w:tblHeader"))
    tr.append(pr)
    for c in cells:
        tr.append(c)
    return tr


# ------------------------------------------------------------------ content
# A leader value: (post, name) printed as two paragraphs, or a str printed as one.
# None = continuation of the merge above.  A unit value: str, or a list of
# paragraphs.  PROSE(...) = the county 牵头单位 and 配合单位 cells merged across.
class PROSE(str):
    pass


QIU = ("常务副市长", "邱嘉铭")
LI = ("副市长", "黎雪芬")
FANG = ("副市长", "方承泽")
ZHOU = ("副市长", "周文涛")
HAN = ("副市长", "韩予安")
MENG = ("副市长", "孟书瑶")
SONG = ("市长", "宋景和")

ZHONG = ("县长", "钟立恒")
HE = ("县委常委、常务副县长", "贺明远")
DU = ("副县长", "杜思敏")
OUYANG = ("副县长", "欧阳靖")
ZHANG = ("副县长", "章晓岚")
REN = ("县委常委、副县长", "任家骏")
CHENG = ("副县长", "程立")

DASH = "—"

# (no, city_no, task, city_leader, city_lead, county_leader, county_lead, county_help, deadline)
CATS = [
    ("一、全力扩大有效需求（对应市清单第一部分）", [
        (1, "2", "实施重大项目攻坚行动，全县谋划储备重大项目60个以上，固定资产投资增长6%左右。",
         QIU, "市发展改革委", HE, "县发展和改革局",
         "县财政局、县自然资源和规划局、县统计局", "2025年12月底"),
        (2, "3", "积极争取超长期特别国债、中央预算内投资和地方政府专项债券，全年争取上级资金15亿元以上。",
         None, [["市发展改革委"], ["市财政局"]], None, [["县发展和改革局"], ["县财政局"]],
         "县直各项目主管部门", "2025年12月底"),
        (3, "5", "开展“消费提振年”活动，举办汽车、家电、餐饮等促消费活动20场以上，社会消费品零售总额增长6%。",
         LI, "市商务局", DU, "县商务局",
         "县财政局、县文化广电旅游体育局、县市场监督管理局、各乡镇（街道）", "2025年12月底"),
        (4, "6", "落实大规模设备更新和消费品以旧换新政策，完善县乡村三级商贸流通体系。",
         None, None, None, "县商务局",
         "县工业和信息化局、县交通运输局、县供销合作社联合社", "2025年12月底"),
        (5, "9", "推进民间投资项目清单化管理，全年向民间资本推介项目不少于15个。",
         QIU, "市发展改革委", HE, "县发展和改革局",
         "县投资促进中心、县工商业联合会", "2025年6月底"),
        (6, "11", "深化招商引资“一把手”工程，全年引进亿元以上产业项目25个以上。",
         SONG, "市投资促进局", ZHONG, "县投资促进中心",
         "县商务局、箬阳经济开发区管委会、各乡镇（街道）", "2025年12月底"),
    ]),
    ("二、加快构建现代化产业体系（对应市清单第二部分）", [
        (7, "14", "实施制造业“智改数转”三年行动，新增省级智能工厂（数字化车间）5家。",
         FANG, "市工业和信息化局", OUYANG, "县工业和信息化局",
         "县科学技术局、县财政局", "2025年11月底"),
        (8, "15", "培育壮大硅基新材料产业集群，推动箬阳经济开发区硅基新材料产业园二期建成投产。",
         None, None, None, "箬阳经济开发区管委会",
         "县工业和信息化局、县自然资源和规划局、市生态环境局箬阳分局", "2025年10月底"),
        (9, "17", "实施规上工业企业倍增计划，全年新增规上工业企业20家以上。",
         None, None, None, "县工业和信息化局",
         "县统计局、国家税务总局箬阳县税务局、各乡镇（街道）", "2025年12月底"),
        (10, "19", "开展科技型企业梯次培育，高新技术企业总数达到85家。",
         None, "市科技局", ZHANG, "县科学技术局",
         "县工业和信息化局、县财政局、国家税务总局箬阳县税务局", "2025年12月底"),
        (11, "23", "推进文旅深度融合，创建国家4A级旅游景区1家，全年接待游客增长10%。",
         LI, "市文化广电旅游局", None, "县文化广电旅游体育局",
         "县自然资源和规划局、县交通运输局、鹭栖湖旅游度假区管委会", "2025年12月底"),
        (12, "27", "加快数字经济发展，新建5G基站150个，推进“数字乡村”试点县建设。",
         FANG, "市数据局", None, "县政务服务和数据管理局",
         "县工业和信息化局、中国电信箬阳分公司、中国移动箬阳分公司", "2025年12月底"),
    ]),
    ("三、深化改革扩大开放（对应市清单第三部分）", [
        (13, "31", "深化营商环境优化提升行动，推行“高效办成一件事”重点事项清单管理。",
         QIU, "市政务服务管理局", HE, "县政务服务和数据管理局",
         "县直各有关单位", "2025年12月底"),
        (14, "33", "深化国有企业改革，推动县属国有企业整合重组和市场化转型。",
         None, "市国资委", None, "县财政局（县国资办）",
         "县城市建设投资集团有限公司、县交通投资发展有限公司", "2025年9月底"),
        (15, "36", "推进财税金融体制改革，加强地方政府债务风险防控，守住不发生系统性风险底线。",
         None, "市财政局", "钟立恒、贺明远", "县财政局",
         "县发展和改革局、县金融服务中心、国家税务总局箬阳县税务局", "持续推进"),
        (16, "40", "推动外贸稳量提质，支持企业参加境内外展会30场次，跨境电商交易额增长20%。",
         LI, "市商务局", DU, "县商务局", DASH, "2025年12月底"),
        (17, "42", "积极承接沿海地区产业转移，全年签约转移项目10个以上。",
         SONG, "市投资促进局", ZHONG, "县投资促进中心",
         "县发展和改革局、县商务局、箬阳经济开发区管委会", "2025年12月底"),
    ]),
    ("四、全面推进乡村振兴（对应市清单第四部分）", [
        (18, "46", "稳定粮食播种面积和产量，完成高标准农田建设2.3万亩。",
         ZHOU, "市农业农村局", OUYANG, "县农业农村局",
         "县财政局、县自然资源和规划局、县水利局、各乡镇（街道）", "2025年10月底"),
        (19, "48", "发展壮大茶叶、油茶特色产业，茶叶综合产值达到18亿元。",
         None, None, None, None,
         "县林业局、县商务局、县市场监督管理局", "2025年12月底"),
        (20, "50", "实施农村人居环境整治提升行动，农村卫生厕所普及率达到92%。",
         None, None, None, [["县农业农村局"], ["县卫生健康局"]],
         "各乡镇（街道）", "2025年11月底"),
        (21, "53", "巩固拓展脱贫攻坚成果，守牢不发生规模性返贫致贫底线。",
         None, "市农业农村局（市乡村振兴局）", None, "县农业农村局",
         "县民政局、县人力资源和社会保障局、县医疗保障局、县教育局、各乡镇（街道）", "持续推进"),
        (22, "57", "加快水利基础设施建设，开工建设箬溪水库扩容工程。",
         None, "市水利局", REN, "县水利局",
         "县发展和改革局、县自然资源和规划局、箬溪镇人民政府", "2025年12月底"),
    ]),
    ("五、推进城乡融合和绿色发展（对应市清单第五部分）", [
        (23, "59", "推进以县城为重要载体的新型城镇化，实施城市更新项目12个。",
         HAN, "市住房城乡建设局", REN, "县住房和城乡建设局",
         "县自然资源和规划局、县城市管理局、城关街道办事处", "2025年12月底"),
        (24, "61", "推进箬阳至汐州快速通道建设，完成农村公路提质改造120公里。",
         None, "市交通运输局", None, "县交通运输局",
         "县自然资源和规划局、县财政局、各乡镇（街道）", "2025年12月底"),
        (25, "64", "持续打好蓝天碧水净土保卫战，PM2.5平均浓度完成市下达目标。",
         FANG, "市生态环境局", None, "市生态环境局箬阳分局",
         "县住房和城乡建设局、县交通运输局、县农业农村局、县城市管理局", "持续推进"),
        (26, "67", "推进生活垃圾分类和资源化利用，城乡生活垃圾无害化处理率保持100%。",
         HAN, "市城市管理局", None, PROSE("县城市管理局牵头，县住房和城乡建设局、各乡镇（街道）配合"),
         None, "2025年12月底"),
        (27, "70", "推进绿色低碳转型，完成重点用能单位节能降碳改造15家。",
         QIU, "市发展改革委", OUYANG, "县发展和改革局",
         "县工业和信息化局、县统计局", "2025年11月底"),
    ]),
    ("六、持续增进民生福祉（对应市清单第六部分）", [
        (28, "72", "强化就业优先政策，城镇新增就业3200人，城镇调查失业率控制在5.5%以内。",
         MENG, "市人力资源社会保障局", DU, "县人力资源和社会保障局",
         "县财政局、县教育局、县总工会、团县委、县妇联", "2025年12月底"),
        (29, "75", "推进义务教育优质均衡发展，新建改扩建中小学校4所、新增学位2400个。",
         None, "市教育局", None, "县教育局",
         "县发展和改革局、县财政局、县自然资源和规划局、县住房和城乡建设局", "2025年8月底"),
        (30, "78", "深化医药卫生体制改革，推进紧密型县域医共体建设。",
         None, "市卫生健康委", CHENG, "县卫生健康局",
         "县医疗保障局、县财政局、县人民医院（县医共体总院）", "2025年12月底"),
        (31, "81", "完善养老服务体系，新建乡镇（街道）区域养老服务中心3个。",
         None, "市民政局", None, "县民政局",
         "县财政局、县卫生健康局、各乡镇（街道）", "2025年10月底"),
        (32, "84", "统筹发展和安全，深化安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故。",
         QIU, "市应急管理局", "钟立恒、贺明远", "县应急管理局",
         "县直负有安全生产监管职责的部门、各乡镇（街道）", "持续推进"),
    ]),
    ("七、县级自主确定任务", [
        (33, "县定", "推进箬阳经济开发区扩区调位，完成开发区总体规划修编并报批。",
         DASH, DASH, ZHONG, "箬阳经济开发区管委会",
         "县发展和改革局、县自然资源和规划局", "2025年9月底"),
        (34, "县定", "实施县城老旧小区改造三年行动，今年改造老旧小区18个、惠及居民3600户。",
         DASH, DASH, REN, "县住房和城乡建设局",
         "城关街道办事处、鹤鸣街道办事处、县财政局", "2025年11月底"),
        (35, "县定", "建设“箬阳味道”预制菜产业园，引进预制菜生产企业5家以上。",
         DASH, DASH, DU, [["县商务局"], ["县农业农村局"]],
         "县市场监督管理局、箬阳经济开发区管委会", "2025年12月底"),
    ]),
]


def leader_paras(v):
    if isinstance(v, tuple):
        return [[v[0]], [v[1]]]
    return [[v]]


def unit_paras(v):
    if isinstance(v, list):
        return [p if isinstance(p, list) else [p] for p in v]
    return [[v]]


def merges_on(cat_tasks, i, col):
    """True when the next task of the same section continues this column's merge."""
    return i + 1 < len(cat_tasks) and cat_tasks[i + 1][col] is None


def build_table():
    tbl = el("w:tbl")
    tpr = el("w:tblPr")
    tpr.append(el("w:tblW", w=sum(TW), type="dxa"))
    tpr.append(el("w:jc", val="center"))
    b = el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b.append(el("w:" + side, val="single", sz=4, space=0, color="000000"))
    tpr.append(b)
    tpr.append(el("w:tblLayout", type="fixed"))
    cm = el("w:tblCellMar")
    cm.append(el("w:left", w=57, type="dxa"))
    cm.append(el("w:right", w=57, type="dxa"))
    tpr.append(cm)
    tpr.append(el("w:tblLook", val="04A0"))
    tbl.append(tpr)
    grid = el("w:tblGrid")
    for w in TW:
        grid.append(el("w:gridCol", w=w))
    tbl.append(grid)

    H = dict(east=HEI, size=11)
    # header row 1
    tbl.append(tr_el([
        tc_el(TW[0], ["序号"], vmerge="restart", **H),
        tc_el(TW[1], ["市清单", "序号"], vmerge="restart", **H),
        tc_el(TW[2], ["重点任务"], vmerge="restart", **H),
        tc_el(TW[3] + TW[4], ["市级分工（对接参考）"], span=2, shade=GREY, **H),
        tc_el(TW[5] + TW[6] + TW[7], ["县级责任分工"], span=3, **H),
        tc_el(TW[8], ["完成时限"], vmerge="restart", **H),
    ], header=True, height=420))
    # header row 2: the same two labels under both blocks
    tbl.append(tr_el([
        tc_el(TW[0], [[]], vmerge="cont", **H),
        tc_el(TW[1], [[]], vmerge="cont", **H),
        tc_el(TW[2], [[]], vmerge="cont", **H),
        tc_el(TW[3], ["责任领导"], shade=GREY, **H),
        tc_el(TW[4], ["牵头单位"], shade=GREY, **H),
        tc_el(TW[5], ["责任领导"], **H),
        tc_el(TW[6], ["牵头单位"], **H),
        tc_el(TW[7], ["配合单位"], **H),
        tc_el(TW[8], [[]], vmerge="cont", **H),
    ], header=True, height=420))

    for cat, tasks in CATS:
        tbl.append(tr_el([tc_el(sum(TW), [cat], span=9, align="left", east=HEI, size=11)],
                         height=400))
        for i, t in enumerate(tasks):
            no, city_no, text, cl, clead, kl, klead, khelp, dl = t
            cells = [tc_el(TW[0], [str(no)]), tc_el(TW[1], [city_no]),
                     tc_el(TW[2], [[text]], align="both")]
            # city block (shaded)
            for col, idx, val, fn in ((3, 3, cl, leader_paras), (4, 4, clead, unit_paras)):
                if val is None:
                    cells.append(tc_el(TW[idx], [[]], vmerge="cont", shade=GREY))
                else:
                    vm = "restart" if merges_on(tasks, i, col) else None
                    cells.append(tc_el(TW[idx], fn(val), vmerge=vm, shade=GREY))
            # county block
            if kl is None:
                cells.append(tc_el(TW[5], [[]], vmerge="cont"))
            else:
                vm = "restart" if merges_on(tasks, i, 5) else None
                cells.append(tc_el(TW[5], leader_paras(kl), vmerge=vm))
            if isinstance(klead, PROSE):
                cells.append(tc_el(TW[6] + TW[7], [[str(klead)]], span=2, align="left"))
            else:
                if klead is None:
                    cells.append(tc_el(TW[6], [[]], vmerge="cont"))
                else:
                    vm = "restart" if merges_on(tasks, i, 6) else None
                    cells.append(tc_el(TW[6], unit_paras(klead), vmerge=vm))
                cells.append(tc_el(TW[7], unit_paras(khelp),
                                   align="center" if khelp == DASH else "left"))
            cells.append(tc_el(TW[8], [[dl]]))
            tbl.append(tr_el(cells))
    return tbl


# ------------------------------------------------------------------ document
def set_landscape(sec):
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.4)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)


def set_portrait(sec):
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)

    sec = doc.sections[0]
    set_portrait(sec)
    footer_page_number(sec)

    # 版头
    para(doc, "", line=None, before=30)
    para(doc, "箬阳县人民政府办公室文件", east=XBS, size=36, align=WD_ALIGN_PARAGRAPH.CENTER,
         color="FF0000", line=None, before=12)
    para(doc, "", line=None)
    p = para(doc, "箬政办发〔2025〕7号", align=WD_ALIGN_PARAGRAPH.CENTER, line=None, after=4)
    border_para(p, "bottom", "FF0000", 24)
    para(doc, "", line=None)

    # 标题
    para(doc, "箬阳县人民政府办公室", east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc, "关于印发箬阳县承接落实汐州市2025年", east=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc, "政府工作报告重点任务责任清单的通知", east=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc, "")

    para(doc, "各乡镇人民政府、街道办事处，箬阳经济开发区管委会，县政府各部门，县直各单位：")

    para(doc, "《汐州市人民政府办公室关于印发汐州市2025年政府工作报告重点任务分工方案的通知》"
              "（汐政办发〔2025〕6号）将市政府工作报告确定的86项重点任务逐项分解到市领导和市直部门。"
              "为确保涉及我县的各项任务落地见效，经县人民政府同意，现将《箬阳县承接落实汐州市2025年"
              "政府工作报告重点任务责任清单》印发给你们，并就有关事项通知如下：", first_indent=32)

    items = [
        ("一、明确责任分工。",
         "清单共列重点任务35项，其中承接市级任务32项、县级自主确定任务3项，“序号”为本清单的任务编号，"
         "“市清单序号”为该项任务在汐政办发〔2025〕6号文件中的序号。清单中“市级分工（对接参考）”栏"
         "摘自汐政办发〔2025〕6号文件，列明的市领导和市直部门是县级牵头单位对口衔接、争取支持和报送进展的对象，"
         "不承担本清单所列县级任务；各项任务在我县的责任分工，以“县级责任分工”栏为准。"
         "县级责任领导负责统筹调度，牵头单位负总责，配合单位按照职责分工协同推进；"
         "“牵头单位”栏列有两个单位的，两个单位共同牵头。"),
        ("二、主动对上衔接。",
         "各县级牵头单位要主动对接市级牵头单位，及时掌握市级工作安排和政策动向，"
         "积极争取项目、资金和政策支持，确保县级工作进度与全市同步、工作标准与全市一致。"),
        ("三、加强调度督办。",
         "各县级牵头单位要于2025年3月31日前细化工作措施，报县政府督查室备案；"
         "每季度末月20日前将工作进展情况经县级责任领导审核后报县政府督查室，"
         "同时按市级牵头单位要求报送。县政府督查室将定期通报任务推进情况，"
         "督查结果纳入年度综合考核。"),
    ]
    for lead_in, rest in items:
        p = para(doc, "", first_indent=32)
        add_run(p, lead_in, east=HEI)
        add_run(p, rest)

    para(doc, "")
    para(doc, "附件：箬阳县承接落实汐州市2025年政府工作报告重点任务责任清单", first_indent=32)
    para(doc, "")
    para(doc, "")
    p = para(doc, "箬阳县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Cm(1.4)
    p = para(doc, "2025年3月18日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Cm(1.9)
    para(doc, "（此件公开发布）", first_indent=32)

    # 附件: a landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    set_landscape(sec2)
    para(doc, "附件", east=HEI, size=16, line=None)
    para(doc, "箬阳县承接落实汐州市2025年政府工作报告", east=XBS, size=20,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    para(doc, "重点任务责任清单", east=XBS, size=20,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=30, after=8)
    anchor = doc.paragraphs[-1]._p
    anchor.addnext(build_table())

    para(doc, "", size=11, line=None)
    notes = [
        "注：1．“市级分工（对接参考）”栏依据汐政办发〔2025〕6号文件填列，仅供对口衔接，不作为县级责任分工。",
        "2．“县级责任分工”栏中，“牵头单位”列有两个单位的共同牵头；“配合单位”栏为“—”的，由牵头单位独立承担。",
        "3．“市清单序号”栏为“县定”的，为县级自主确定任务，不对应市级任务。",
    ]
    for i, n in enumerate(notes):
        p = para(doc, "", size=11, line=20)
        if i == 0:
            add_run(p, n[:2], east=HEI, size=11)
            add_run(p, n[2:], size=11)
        else:
            p.paragraph_format.left_indent = Pt(22)
            add_run(p, n, size=11)

    # 版记: a portrait last page
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    set_portrait(sec3)
    for _ in range(18):
        para(doc, "", line=None)
    p = para(doc, "", size=14, line=None)
    border_para(p, "bottom", "000000", 8)
    p = para(doc, "", size=14, line=None)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    add_run(p, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院，"
               "县人武部。", size=14)
    border_para(p, "bottom", "000000", 4)
    p = para(doc, "", size=14, line=None)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    add_run(p, "箬阳县人民政府办公室　　　　　　　　　　2025年3月18日印发", size=14)
    border_para(p, "bottom", "000000", 8)

    doc.core_properties.title = "箬阳县承接落实汐州市2025年政府工作报告重点任务责任清单"
    doc.core_properties.author = "县政府办"
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
