#!/usr/bin/python3
"""Round 143, case 729: a Fujian-style county 任务分工 notice whose clause names the
leader by the 挂钩 verb (“一项任务、一名挂钩县领导、一个牵头单位”).

Every task of the 附件 closes with one 楷体 bracket of verb phrases, no labels:
    （林志强挂钩，县发改局牵头，县自然资源局、县住建局配合，2025年12月底前完成）
leader(s) before 挂钩, lead unit(s) before 牵头 / 双牵头, cooperating units before 配合,
the deadline last; where the bracket only says “A、B负责” the cover's rule makes the
first unit the lead.

Writes, from the one TASKS description below:
    729_yuxi_xian_gzbg_renwu_fengong.docx   (the notice, python-docx, deterministic zip)
    729.tasks.gold.jsonl                    (the gold list)
Run with /usr/bin/python3 (python-docx 0.8.11).
"""
import io
import json
import os
import re
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = os.path.join(HERE, "729_yuxi_xian_gzbg_renwu_fengong.docx")
GOLD = os.path.join(HERE, "729.tasks.gold.jsonl")

ISSUER = "屿溪县人民政府办公室"
DOC_NO = "屿政办〔2025〕7号"
DATE = "2025年2月28日"
TITLE_LINES = ["屿溪县人民政府办公室", "关于印发2025年县政府工作报告", "重点工作任务分工的通知"]
ATT_TITLE = "2025年县政府工作报告重点工作任务分工"

# ---------------------------------------------------------------------------
# The structured description.  A clause is a list of segments in printed order:
#   ("L", [(display, name), ...], suffix)   leaders, rendered  display、display + suffix
#   ("P", [units], verb)                    verb 牵头 | 双牵头 | 负责
#   ("C", [[units], [units]...], verb)      groups joined by ，, units by 、; verb 配合 | 等配合
#   ("T", printed, gold)                    deadline as printed / as entered
# Options: sep (the separator between segments, default ，), own_para (the bracket in a
# paragraph of its own).
# ---------------------------------------------------------------------------
L, P, C, T = "L", "P", "C", "T"
DL_END = ("2025年12月底前完成", "2025年12月底前")
DL_GO = ("持续推进", "持续推进")

PARTS = [
    ("一、坚持项目为王，扩大有效投资（6项）", [
        ("狠抓项目攻坚。",
         "深化“五比五晒”项目攻坚，全年实施县重点项目126个、完成年度投资152亿元以上，力争新开工亿元以上项目30个、竣工投产20个，落实项目“五个一”推进机制。",
         [(L, [("林志强", "林志强")], "挂钩"), (P, ["县发改局"], "牵头"),
          (C, [["县自然资源局", "县住建局", "县财政局"]], "配合"), (T,) + DL_END], {}),
        ("强化要素保障。",
         "统筹用地、用林、用海指标，全年保障建设用地3200亩以上，盘活批而未供和闲置土地860亩，推行“标准地”出让。",
         [(L, [("吴建平", "吴建平")], "挂钩"), (P, ["县自然资源局"], "牵头"),
          (C, [["县林业局", "县海洋与渔业局", "县发改局"]], "配合")], {}),
        ("积极争取政策资金。",
         "紧盯中央预算内投资、超长期特别国债和地方政府专项债券投向，全年争取上级各类资金18亿元以上，其中专项债券12亿元以上。",
         [(L, [("林志强", "林志强")], "挂钩"), (P, ["县财政局", "县发改局"], "双牵头"),
          (C, [["县直有关单位"]], "配合"), (T, "2025年10月底前完成", "2025年10月底前")], {}),
        ("加快交通基础设施建设。",
         "建成沈海高速屿溪北互通连接线，开工国道228线屿溪段改线工程，新改建农村公路65公里，完成危桥改造12座。",
         [(L, [("吴建平", "吴建平")], "挂钩"), (P, ["县交通运输局"], "牵头"),
          (C, [["县自然资源局", "县城投集团", "相关乡（镇）人民政府"]], "配合"), (T,) + DL_END], {}),
        ("推进水利工程建设。",
         "加快白岩水库扩容、东溪流域综合治理和南港海堤加固工程，完成水土流失治理2.6万亩。",
         [(L, [("黄丽萍", "黄丽萍")], "挂钩"), (P, ["县水利局"], "牵头"),
          (C, [["县发改局", "县财政局"]], "配合"), (T, "2025年11月底前完成", "2025年11月底前")], {}),
        ("深化招商引资。",
         "实施“招商引资攻坚行动”，开展驻点招商、以商引商，全年签约项目60个、总投资260亿元，实际利用外资增长10%。",
         [(L, [("陈国华", "陈国华"), ("郑宏", "郑宏")], "挂钩"), (P, ["县投资促进中心"], "牵头"),
          (C, [["县商务局", "县工信局", "县经济开发区管委会"]], "等配合"), (T,) + DL_GO], {}),
    ]),
    ("二、做强实体经济，构建现代产业体系（6项）", [
        ("壮大工业经济。",
         "规模以上工业增加值增长8%，新增规上工业企业25家，推动36家企业实施智能化改造，培育省级专精特新中小企业6家。",
         [(L, [("郑宏", "郑宏")], "挂钩"), (P, ["县工信局"], "牵头"),
          (C, [["县统计局", "县经济开发区管委会"]], "配合"), (T,) + DL_END], {}),
        ("培育新兴产业。",
         "围绕新能源电池材料、海洋生物医药两条产业链，引进上下游配套企业10家以上，新兴产业产值占规上工业比重提高2个百分点。",
         [(L, [("郑宏", "郑宏")], "挂钩"), (P, ["县工信局", "县科技局"], "负责"), (T,) + DL_GO], {}),
        ("做优做强茶产业。",
         "新建生态茶园示范基地1.2万亩，推进茶叶精深加工和品牌营销，茶产业综合产值突破60亿元。",
         [(L, [("黄丽萍", "黄丽萍")], "挂钩"), (P, ["县茶业发展中心"], "牵头"),
          (C, [["县农业农村局", "县市场监管局", "县商务局"]], "配合"), (T,) + DL_END], {}),
        ("发展海洋经济。",
         "推进屿头国家级中心渔港建设，发展深远海养殖，新增养殖渔排改造1800口，海洋生产总值增长7%。",
         [(L, [("黄丽萍", "黄丽萍")], "挂钩"), (P, ["县海洋与渔业局"], "牵头"),
          (C, [["县发改局", "县自然资源局"]], "配合")], {}),
        ("推动科技创新。",
         "全社会研发投入增长12%以上，新增国家高新技术企业12家、科技型中小企业40家。",
         [(L, [("郑宏", "郑宏")], "挂钩"), (P, ["县科技局"], "负责"), (T,) + DL_END], {}),
        ("提升开发区发展能级。",
         "推进屿溪经济开发区扩区调区，新建标准厂房20万平方米，园区规上工业产值增长10%。",
         [(L, [("郑宏", "郑宏")], "挂钩"), (P, ["县经济开发区管委会"], "牵头"),
          (C, [["县工信局", "县自然资源局", "县住建局"]], "配合"), (T,) + DL_END], {}),
    ]),
    ("三、扩大内需激发活力，持续优化营商环境（5项）", [
        ("促进消费提质扩容。",
         "落实消费品以旧换新政策，打造滨江夜市、老街两个特色商圈，社会消费品零售总额增长6%。",
         [(L, [("郑宏", "郑宏")], "挂钩"), (P, ["县商务局"], "牵头"),
          (C, [["县财政局", "县市场监管局"]], "配合"), (T,) + DL_GO], {}),
        ("发展全域旅游。",
         "提升太姥屿、东溪古村落等景区品质，创建国家4A级旅游景区1个，全年接待游客增长12%。",
         [(L, [("许丽娟", "许丽娟")], "同志挂钩"), (P, ["县文体旅局"], "牵头"),
          (C, [["县交通运输局", "县农业农村局", "县林业局"]], "配合"), (T,) + DL_END], {}),
        ("优化营商环境。",
         "深化“高效办成一件事”改革，政务服务事项“一趟不用跑”比例达到90%，企业开办全流程压缩至1个工作日。",
         [(L, [("林志强", "林志强")], "挂钩"), (P, ["县发改局"], "牵头"),
          (C, [["县数据管理局", "县市场监管局", "县行政服务中心管委会"]], "配合"), (T,) + DL_GO], {}),
        ("支持民营经济发展。",
         "传承弘扬“晋江经验”，落实助企纾困政策，开展“千名干部进万企”服务，新增市场主体4000户。",
         [(L, [("县长陈国华", "陈国华")], "挂钩"), (P, ["县工信局", "县工商联"], "负责"), (T,) + DL_GO], {}),
        ("深化闽台融合发展。",
         "用好对台政策，推进台湾农民创业园提质，新引进台资企业8家，办好海峡两岸茶文化交流活动。",
         [(L, [("陈立新", "陈立新")], "挂钩"), (P, ["县委台港澳办（县政府台港澳办）"], "牵头"),
          (C, [["县商务局", "县文体旅局"]], "配合"), (T,) + DL_END], {}),
    ]),
    ("四、全面推进乡村振兴（5项）", [
        ("稳定粮食生产。",
         "落实粮食安全党政同责，粮食播种面积稳定在11.6万亩以上，新建高标准农田1.5万亩。",
         [(L, [("黄丽萍", "黄丽萍")], "挂钩"), (P, ["县农业农村局"], "牵头"),
          (C, [["各乡（镇）人民政府"]], "配合"), (T, "2025年10月底前完成", "2025年10月底前")], {}),
        ("建设宜居宜业和美乡村。",
         "学习运用“千万工程”经验，建成乡村振兴示范村12个，完成农村生活污水治理村60个。",
         [(L, [("黄丽萍", "黄丽萍"), ("吴建平", "吴建平")], "挂钩"), (P, ["县农业农村局", "县住建局"], "双牵头"),
          (C, [["县财政局"], ["各乡（镇）人民政府"]], "配合"), (T,) + DL_END], {}),
        ("巩固拓展脱贫攻坚成果。",
         "健全防止返贫动态监测和帮扶机制，守牢不发生规模性返贫底线，脱贫人口人均纯收入增长8%以上。",
         [(L, [("黄丽萍", "黄丽萍")], "挂钩"), (P, ["县农业农村局"], "牵头"),
          (C, [["县人社局", "县民政局", "县医保局"]], "配合"), (T,) + DL_GO], {}),
        ("深化集体林权制度改革。",
         "推广“林票”“碳票”改革经验，落实林长制，完成植树造林1.8万亩，森林覆盖率保持在68%以上。",
         [(L, [("黄丽萍", "黄丽萍")], "挂钩"), (P, ["县林业局"], "负责"), (T,) + DL_GO], {}),
        ("深化山海协作。",
         "加强与对口帮扶县区产业共建，推进山海协作产业园建设，新引进协作项目5个。",
         [(L, [("林志强", "林志强")], "挂钩"), (P, ["县发改局"], "牵头"),
          (C, [["县农业农村局", "县工信局"]], "配合"), (T,) + DL_END], {}),
    ]),
    ("五、推进城乡建设，提升县城品质（5项）", [
        ("实施城市更新行动。",
         "改造城镇老旧小区18个、1960户，新建城市停车泊位1200个，完成滨江路综合提升工程。",
         [(L, [("吴建平", "吴建平")], "挂钩"), (P, ["县住建局"], "牵头"),
          (C, [["县城投集团", "县城管局"]], "配合"), (T, "2025年11月底前完成", "2025年11月底前")], {}),
        ("提升城市管理水平。",
         "深化“马路办公”机制，推进生活垃圾分类提质扩面，县城生活垃圾回收利用率达到38%。",
         [(L, [("吴建平", "吴建平")], "挂钩"), (P, ["县城管局"], "牵头"),
          (C, [["县住建局", "城关镇人民政府"]], "配合"), (T,) + DL_GO], {"own_para": True}),
        ("加强生态环境保护。",
         "深入打好蓝天、碧水、净土保卫战，县城空气质量优良天数比例保持在98%以上，主要流域国省控断面水质达标率100%。",
         [(L, [("吴建平", "吴建平")], "挂钩"), (P, ["汀江市屿溪生态环境局"], "牵头"),
          (C, [["县水利局", "县林业局", "县农业农村局"]], "配合"), (T,) + DL_END], {}),
        ("推动能源绿色转型。",
         "加快屿头海上风电送出工程和分布式光伏整县推进，新增新能源装机容量15万千瓦。",
         [(L, [("郑宏", "郑宏")], "挂钩"), (P, ["县发改局"], "牵头"),
          (C, [["国网屿溪县供电公司", "县工信局"]], "配合")], {}),
        ("促进房地产市场平稳健康发展。",
         "落实保交房工作，因城施策稳定住房消费，收购存量商品房用作保障性住房300套。",
         [(L, [("吴建平", "吴建平")], "挂钩"), (P, ["县住建局"], "牵头"),
          (C, [["县自然资源局", "县市场监管局"]], "配合"), (T,) + DL_END], {"half_width_unit_comma": True}),
    ]),
    ("六、持续增进民生福祉（6项）", [
        ("办好人民满意教育。",
         "新建改扩建中小学、幼儿园6所，新增学位3200个，推进县域义务教育优质均衡发展。",
         [(L, [("许丽娟", "许丽娟")], "挂钩"), (P, ["县教育局"], "负责"),
          (T, "2025年8月底前完成", "2025年8月底前")], {}),
        ("推进健康屿溪建设。",
         "深化紧密型县域医共体建设，推动县医院创建三级医院，实现乡镇卫生院“优质服务基层行”达标全覆盖。",
         [(L, [("许丽娟", "许丽娟")], "挂钩"), (C, [["县医保局", "县财政局"]], "配合"), (P, ["县卫健局"], "牵头"),
          (T,) + DL_GO], {}),
        ("稳定和扩大就业。",
         "落实就业优先政策，城镇新增就业5500人，开展职业技能培训8000人次，零就业家庭动态清零。",
         [(L, [("许丽娟", "许丽娟")], "挂钩"), (P, ["县人社局"], "牵头"),
          (C, [["县教育局", "县财政局", "县总工会", "团县委"]], "配合"), (T,) + DL_GO], {}),
        ("完善养老服务体系。",
         "新建乡镇区域性养老服务中心3个、农村幸福院20个，发展社区嵌入式养老服务。",
         [(L, [("许丽娟", "许丽娟")], "挂钩"), (P, ["县民政局"], "牵头"),
          (C, [["县卫健局", "县住建局"]], "配合"), (T,) + DL_END], {}),
        ("办好为民办实事项目。",
         "集中力量办好15件为民办实事项目，实行项目化管理、清单化推进，逐月通报进展情况。",
         [(L, [("林志强", "林志强")], "挂钩"), (P, ["县政府办公室"], "牵头"),
          (C, [["各实事项目责任单位"]], "配合"), (T,) + DL_END], {}),
        ("繁荣发展文化事业。",
         "推进县融媒体中心迁建，深化全国文明城市创建，建成城市书房5个，举办“村晚”“村BA”等群众性文体活动200场次。",
         [(L, [("许丽娟", "许丽娟")], "挂钩"), (P, ["县委宣传部（县新闻出版局）"], "牵头"),
          (C, [["县文体旅局", "县融媒体中心"]], "配合"), (T,) + DL_END], {}),
    ]),
    ("七、统筹发展和安全，加强政府自身建设（3项）", [
        ("抓好安全生产。",
         "深化安全生产治本攻坚三年行动，强化消防、道路交通、渔业船舶、自建房等重点领域隐患排查整治，坚决遏制较大以上事故。",
         [(L, [("蔡明辉", "蔡明辉")], "挂钩"), (P, ["县应急局"], "牵头"),
          (C, [["县直有关单位", "各乡（镇）人民政府"]], "配合"), (T,) + DL_GO], {}),
        ("建设更高水平平安屿溪。",
         "坚持和发展新时代“枫桥经验”，常态化开展扫黑除恶斗争，深化信访工作法治化，加强矛盾纠纷多元化解。",
         [(L, [("蔡明辉", "蔡明辉")], "挂钩"), (P, ["县公安局", "县司法局", "县信访局"], "负责"), (T,) + DL_GO], {}),
        ("加强政府自身建设。",
         "严格落实重大行政决策程序，自觉接受人大法律监督和政协民主监督，办结人大代表建议、政协提案满意率保持在98%以上。",
         [(P, ["县政府办公室"], "牵头"), (C, [["县政府各部门"]], "配合")], {}),
    ]),
]


def render_clause(segs, opts):
    out = []
    for s in segs:
        kind = s[0]
        if kind == L:
            out.append("、".join(d for d, _ in s[1]) + s[2])
        elif kind == P:
            out.append("、".join(s[1]) + s[2])
        elif kind == C:
            if opts.get("half_width_unit_comma"):
                inner = [",".join(g) for g in s[1]]  # a clerk's half-width comma between units
            else:
                inner = ["、".join(g) for g in s[1]]
            out.append("，".join(inner) + s[2])
        elif kind == T:
            out.append(s[1])
    return "（" + "，".join(out) + "）"


def gold_fields(segs):
    leaders, resp, lead, coop, deadline = [], [], [], [], None
    for s in segs:
        kind = s[0]
        if kind == L:
            leaders += [n for _, n in s[1]]
        elif kind == P:
            resp += s[1]
            if s[2] in ("牵头", "双牵头"):
                lead += s[1]
            elif s[2] == "负责":          # cover: only 负责 units → the first leads
                lead.append(s[1][0])
                coop += s[1][1:]
            else:
                raise ValueError(s)
        elif kind == C:
            units = [u for g in s[1] for u in g]
            resp += units
            coop += units
        elif kind == T:
            deadline = s[2]
    return leaders, resp, lead, coop, deadline


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, east, size=16, bold=False, color=None, ascii_font=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font or "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), east)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def para(doc, text="", east=FS, size=16, bold=False, align=None, indent=True, color=None,
         line=28, before=0, after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        pf.alignment = align
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def border(p, side, color="000000", sz=8):
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


def page_number_footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("— "), "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    for tag, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if tag:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), tag)
            r._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            r._element.append(it)
    set_font(fp.add_run(" —"), "宋体", 14)


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    page_number_footer(sec)

    # 版头
    para(doc, "", indent=False, line=28)
    para(doc, ISSUER + "文件", XBS, 30, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         color="FF0000", line=50, before=40)
    para(doc, "", indent=False)
    p = para(doc, DOC_NO, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=6)
    border(p, "bottom", "FF0000", 18)
    para(doc, "", indent=False)

    # 标题 (one paragraph, broken by line breaks)
    p = para(doc, "", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    for i, line in enumerate(TITLE_LINES):
        r = set_font(p.add_run(line), XBS, 22)
        if i < len(TITLE_LINES) - 1:
            r.add_break(WD_BREAK.LINE)
    para(doc, "", indent=False)

    para(doc, "各乡（镇）人民政府，县政府各部门、各直属机构，县经济开发区管委会：", indent=False)
    para(doc, "《2025年县政府工作报告重点工作任务分工》已经县政府第48次常务会议研究同意，"
              "现印发给你们，并就有关事项通知如下：")

    def runin(head, body):
        p = para(doc, "")
        set_font(p.add_run(head), HT, 16)
        set_font(p.add_run(body), FS, 16)

    runin("一、提高站位，狠抓落实。",
          "县十八届人大五次会议审议通过的《政府工作报告》，是县政府向全县人民作出的庄严承诺。"
          "各乡（镇）、各部门要深入践行“四下基层”工作制度，以“深学争优、敢为争先、实干争效”的精神状态，"
          "逐项细化工作方案，明确时间表、路线图和责任人，于3月15日前将工作方案报县政府督查室。")
    runin("二、压实责任，协同推进。",
          "重点工作实行“一项任务、一名挂钩县领导、一个牵头单位、一抓到底”推进机制。"
          "附件中每项任务后括号内，列在“挂钩”前的为挂钩县领导，负责统筹调度、协调解决重大问题；"
          "列在“牵头”前的为牵头单位，对任务落实负总责；列在“配合”前的为配合单位，按职责分工主动配合。"
          "由两个单位“双牵头”的，均为牵头单位，排在前面的单位负责汇总报送进展情况；"
          "括号内只列“负责”单位的，排在第一位的为牵头单位，其余为配合单位。"
          "括号末尾为完成时限，未注明的为全年持续推进。")
    runin("三、强化督查，严格考评。",
          "各牵头单位要于每月5日前将上月工作进展情况报县政府督查室，县政府督查室实行“周跟踪、月通报、季晾晒”，"
          "推进情况纳入年度绩效考评。联系人：县政府督查室 张　敏，电话：0593-6822135。")
    para(doc, "")
    para(doc, "附件：" + ATT_TITLE)
    para(doc, "")
    para(doc, "")
    p = para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "（此件主动公开）")

    # 附件
    p = para(doc, "附件", HT, 16, indent=False)
    p.paragraph_format.page_break_before = True
    para(doc, "")
    para(doc, ATT_TITLE, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, "")

    gold = []
    n = 0
    for heading, tasks in PARTS:
        para(doc, heading, HT, 16)
        for title, body, segs, opts in tasks:
            n += 1
            marker = f"{n}．"
            clause = render_clause(segs, opts)
            p = para(doc, "")
            set_font(p.add_run(marker), FS, 16)
            set_font(p.add_run(title), FS, 16, bold=True)
            set_font(p.add_run(body), FS, 16)
            if opts.get("own_para"):
                para(doc, clause, KT, 16)
            else:
                set_font(p.add_run(clause), KT, 16)
            text = title + body
            head = re.sub(r"\s", "", text)[:12]
            leaders, resp, lead, coop, deadline = gold_fields(segs)
            gold.append({
                "id": str(n), "marker": marker, "head": head,
                "responsible_units": resp, "lead_units": lead, "cooperating_units": coop,
                "leaders": leaders, "deadline": deadline,
            })

    # 版记
    para(doc, "")
    para(doc, "")
    p = para(doc, "", indent=False, line=26)
    border(p, "top", "000000", 8)
    set_font(p.add_run("抄送：县委办，县人大常委会办、县政协办，县纪委监委，县人武部，县法院、县检察院。"),
             FS, 14)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.first_line_indent = None
    p = para(doc, "", indent=False, line=26)
    border(p, "top", "000000", 4)
    border(p, "bottom", "000000", 8)
    p.paragraph_format.left_indent = Pt(14)
    set_font(p.add_run(ISSUER + "　　　　　　　　" + DATE + "印发"), FS, 14)

    cp = doc.core_properties
    cp.author = "Administrator"
    cp.last_modified_by = "Administrator"
    cp.title = ""
    cp.created = datetime(2025, 2, 27, 9, 12, 0)
    cp.modified = datetime(2025, 2, 28, 8, 40, 0)
    cp.revision = 6
    return doc, gold


def deterministic_save(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 28, 8, 40, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def main():
    doc, gold = build_docx()
    deterministic_save(doc, NOTICE)
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {os.path.basename(NOTICE)} and {os.path.basename(GOLD)}: {len(gold)} tasks")


if __name__ == "__main__":
    main()
