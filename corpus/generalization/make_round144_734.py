#!/usr/bin/env python3
"""make_734.py — round 144, test notice 734 (a clause style).

Writes, from the one task description kept below:
  734_weiyang_xian_gzbg_renwu_fengong.docx   the notice (a 县政府办 red-header Word file)
  734.tasks.gold.jsonl                       its gold list

The form under test: each task closes with one 楷体 bracket in which the
county leader(s) and the lead unit(s) are listed together before a single
“牵头” (县领导和牵头单位共同牵头, e.g. `（彭志远副县长、县商务局牵头，县财政局、
县市场监督管理局配合，2025年10月底前完成）`); the cooperating units stand before
“配合”, the deadline last.  The cover (二、) states how to read the bracket:
what stands before “牵头” is the leader(s) and the lead unit(s), before “配合”
the cooperating units, a unit before “负责” leads, and a task with no leader in
its bracket is watched by the lead unit's own 分管县领导 (not named).

Deterministic: fixed core properties and fixed zip timestamps.
Run with /usr/bin/python3 (python-docx 0.8.11).
"""
import datetime
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for readers of the code)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = os.path.join(HERE, "734_weiyang_xian_gzbg_renwu_fengong.docx")
GOLD = os.path.join(HERE, "734.tasks.gold.jsonl")

ISSUER = "洧阳县人民政府办公室"
DOCNO = "洧政办发〔2025〕6号"
DATE = "2025年3月12日"
ATT_TITLE = "2025年县《政府工作报告》重点工作任务分工"

# ---------------------------------------------------------------------------
# The task description.  A clause is a list of tokens separated by "|":
#   L:name=printed   a county leader (name as the gold records it, the printed form)
#   U:unit           a unit, printed as is
#   V:verb           牵头 / 负责 / 配合 — gives the role of the units before it
#   D:deadline       the deadline as the gold records it (printed as is)
#   anything else    printed as is (separators, 等, 完成 …)
# A unit's role is the first verb after it: 牵头/负责 → lead, 配合 → cooperating.
# ---------------------------------------------------------------------------
PARTS = [
    ("一、稳住经济增长基本盘（5项）", [
        (["全县地区生产总值增长6%左右，规模以上工业增加值增长7%，固定资产投资增长8%，社会消费品零售总额增长6.5%。"],
         "L:邓光辉=邓光辉县长|、|U:县发展和改革局|V:牵头|，|U:县统计局|、|U:县工业和信息化局|、|U:县商务局|V:配合|，|D:年内|完成", ""),
        (["一般公共预算收入增长5%，坚持政府过紧日子，兜牢“三保”底线，“三保”支出足额保障。"],
         "L:贺敏=县委常委、常务副县长贺敏|、|U:县财政局|V:牵头|，|U:国家税务总局洧阳县税务局|V:配合|，|D:持续推进", ""),
        (["积极争取超长期特别国债、地方政府专项债券等政策资金，全年向上争取资金35亿元以上。"],
         "L:贺敏=贺敏常务副县长|，|U:县发展和改革局|、|U:县财政局|V:牵头|，|U:县直有关单位|V:配合|，|D:2025年12月底前|完成", ""),
        (["扩大有效消费，落实汽车、家电以旧换新政策，举办“洧阳味道”美食节等促消费活动10场次以上。"],
         "L:彭志远=彭志远副县长|、|U:县商务局|V:牵头|，|U:县财政局|、|U:县市场监督管理局|、|U:县文化和旅游局|V:配合|，|D:2025年10月底前|完成", ""),
        (["加强经济运行监测调度，建立重点企业、重点项目“月调度、季分析”工作机制。"],
         "U:县统计局|、|U:县发展和改革局|V:牵头|，|U:县直有关单位|V:配合|，|D:持续推进", ""),
    ]),
    ("二、坚持项目为王，增强发展后劲（4项）", [
        (["全年实施500万元以上项目180个，完成投资150亿元以上，其中省市重点项目28个。"],
         "L:贺敏=贺敏常务副县长|、|U:县发展和改革局|V:牵头|，|U:县自然资源局|、|U:县住房和城乡建设局|、|U:市生态环境局洧阳分局|等|V:配合|，|D:2025年12月底前|完成", ""),
        (["加快洧阳至临川高速公路连接线、国道G347改线工程建设，年内完成投资4.2亿元。"],
         "L:苏建华=苏建华副县长|、|U:县交通运输局|V:牵头|，|U:县自然资源局|，|U:县财政局|V:配合|，|D:年内|完成", ""),
        (["深化“链长+链主”招商，全年引进亿元以上项目25个，到位资金60亿元以上。"],
         "L:邓光辉=邓光辉县长|、|L:彭志远=彭志远副县长|，|U:县投资促进中心|V:牵头|，|U:洧阳经济开发区管委会|、|U:各乡镇人民政府|V:配合|，|D:持续推进", ""),
        (["做好项目用地保障，新增建设用地报批2000亩，盘活批而未供和闲置土地800亩。"],
         "D:2025年11月底前|，|L:贺敏=贺敏常务副县长|、|U:县自然资源局|V:牵头|，|U:县发展和改革局|、|U:洧阳经济开发区管委会|V:配合", ""),
    ]),
    ("三、加快产业转型升级（5项）", [
        (["实施工业企业技术改造项目30个，新增规模以上工业企业20家，培育省级专精特新中小企业5家。"],
         "L:彭志远=彭志远副县长|、|U:县工业和信息化局|V:牵头|，|U:县科学技术局|、|U:县财政局|V:配合|，|D:2025年12月底前|完成", ""),
        (["推进洧阳经济开发区扩区调规，新建标准化厂房15万平方米，园区规上工业产值增长10%。"],
         "L:彭志远=彭志远副县长|、|U:洧阳经济开发区管委会|V:牵头|，|U:县自然资源局|、|U:县住房和城乡建设局|V:配合|，|D:2025年12月底前|完成", ""),
        (["加快发展现代物流和电子商务，新建县级电商公共服务中心1个、村级电商服务站30个。"],
         "L:彭志远=彭志远副县长|、|U:县商务局|V:牵头|，|U:县交通运输局|、|U:县邮政分公司|V:配合|，|D:2025年9月底前|完成", ""),
        (["推进全域旅游，加快洧水古镇创建国家4A级旅游景区，全年接待游客480万人次。"],
         "L:戴红梅=戴红梅副县长|、|U:县文化和旅游局|V:牵头|，|U:洧水镇人民政府|、|U:县交通运输局|V:配合|，|D:持续推进", ""),
        (["强化科技创新，新认定高新技术企业8家，全社会研发经费投入强度达到1.6%。"],
         "U:县科学技术局|V:负责|，|D:2025年12月底前|完成", ""),
    ]),
    ("四、全面推进乡村振兴（5项）", [
        (["稳定粮食播种面积52.3万亩以上，粮食总产稳定在21万吨以上，新建高标准农田3.5万亩。"],
         "L:韩立新=韩立新副县长|、|U:县农业农村局|V:牵头|，|U:县财政局|、|U:县水利局|、|U:各乡镇人民政府|V:配合|，|D:2025年12月底前|完成", ""),
        (["巩固拓展脱贫攻坚成果，守牢不发生规模性返贫致贫底线，脱贫人口人均纯收入增长8%以上。"],
         "L:韩立新=韩立新副县长|V:牵头|，|U:县农业农村局|、|U:县人力资源和社会保障局|V:负责|，|U:各乡镇人民政府|V:配合|，|D:持续推进", ""),
        (["发展特色产业，新建标准化蔬菜基地5000亩，新培育市级以上农业产业化龙头企业3家。"],
         "L:韩立新=韩立新副县长|、|U:县农业农村局|V:牵头|，|U:县林业局|、|U:县市场监督管理局|V:配合|，|D:2025年10月底前|完成", ""),
        (["实施农村人居环境整治提升行动，农村卫生厕所普及率达到80%，生活垃圾无害化处理率保持在95%以上。"],
         "U:县农业农村局|、|U:县住房和城乡建设局|V:牵头|，|U:市生态环境局洧阳分局|、|U:各乡镇人民政府|V:配合|，|D:2025年12月底前|完成", ""),
        (["完成小型水库除险加固8座，新建改建农村供水工程12处，巩固提升农村供水保障水平。"],
         "L:韩立新=韩立新副县长|、|U:县水利局|V:牵头|，|U:县财政局|、|U:各乡镇人民政府|V:配合|，|D:2025年6月底前|完成主体工程", ""),
    ]),
    ("五、统筹城乡建设，筑牢生态屏障（5项）", [
        (["实施城市更新行动，改造老旧小区23个、城镇燃气老化管道18公里，新建改造城市道路6条。"],
         "L:苏建华=苏建华副县长|、|U:县住房和城乡建设局|V:牵头|，|U:县城市管理局|、|U:县自然资源局|、|U:城关镇人民政府|V:配合|，|D:2025年11月底前|完成", ""),
        (["推进县城污水处理厂提标改造和老城区雨污分流改造，新建改造污水管网25公里，城乡供水一体化覆盖人口达到85%。"],
         "L:苏建华=苏建华|、|L:韩立新=韩立新副县长|，|U:县住房和城乡建设局|、|U:县水利局|V:牵头|，|U:市生态环境局洧阳分局|、|U:城关镇人民政府|V:配合|，|D:2025年12月底前|完成", ""),
        (["深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在36微克/立方米以内，洧水出境断面水质稳定达到Ⅲ类。"],
         "L:苏建华=苏建华副县长|、|U:市生态环境局洧阳分局|V:牵头|，|U:县住房和城乡建设局|、|U:县农业农村局|、|U:县交通运输局|、|U:各乡镇人民政府|V:配合|，|D:持续推进", ""),
        (["完成营造林3.2万亩，全面推行林长制，森林覆盖率稳定在48%以上。"],
         "L:韩立新=韩立新副县长|、|U:县林业局|V:牵头|，|U:县自然资源局|、|U:各乡镇人民政府|V:配合|，|D:2025年12月底前|完成", ""),
        (["推进“智慧城管”平台建设，开展市容环境、占道经营、违法建设等专项整治，全力创建省级文明城市。",
          "常态化开展城乡环境卫生“周清扫、月评比”活动，健全门前三包、网格化管理等长效机制。"],
         "L:苏建华=苏建华副县长|、|U:县城市管理局|V:牵头|，|U:县公安局|、|U:县市场监督管理局|、|U:城关镇人民政府|V:配合|，|D:持续推进", ""),
    ]),
    ("六、深化改革开放，持续优化营商环境（4项）", [
        (["深化“高效办成一件事”改革，政务服务事项“一网通办”率达到95%以上，企业开办时间压缩至1个工作日以内。"],
         "L:贺敏=贺敏常务副县长|、|U:县政务服务和数据管理局|V:牵头|，|U:县直有关单位|V:配合|，|D:2025年9月底前|完成", ""),
        (["深化国有企业改革，推动县城投集团市场化转型，推进经营性国有资产集中统一监管。"],
         "L:贺敏=贺敏常务副县长|、|U:县财政局|V:牵头|，|U:洧阳县城市建设投资集团有限公司|V:配合", ""),
        (["开展优化营商环境攻坚行动，落实县领导包联企业制度，全年帮助企业解决困难问题100个以上。"],
         "L:邓光辉=邓光辉同志|、|U:县发展和改革局|V:牵头|，|U:县直有关单位|、|U:各乡镇人民政府|V:配合|，|D:持续推进", ""),
        (["不折不扣落实结构性减税降费政策，全年新增减税降费及退税缓费2.5亿元以上。"],
         "U:国家税务总局洧阳县税务局|、|U:县财政局|V:负责|，|D:年内|完成", ""),
    ]),
    ("七、用心用情增进民生福祉（4项）", [
        (["新建城区第三小学、洧水镇中心幼儿园，新增学位2700个，完成县职业教育中心实训楼主体建设。"],
         "L:戴红梅=戴红梅副县长|、|U:县教育局|V:牵头|，|U:县发展和改革局|、|U:县财政局|、|U:县自然资源局|、|U:县住房和城乡建设局|V:配合|，|D:2025年8月底前|完成", ""),
        (["推进紧密型县域医共体建设，支持县人民医院创建三级医院，完成20个村卫生室标准化改造。"],
         "L:戴红梅=戴红梅副县长|、|U:县卫生健康局|V:牵头|，|U:县医疗保障局|、|U:县财政局|V:配合|，|D:2025年12月底前|完成", ""),
        (["城镇新增就业3200人，新增农村劳动力转移就业2000人，发放创业担保贷款1.2亿元。"],
         "L:钟鸣=钟　鸣同志|、|U:县人力资源和社会保障局|V:牵头|，|U:县财政局|、|U:县农业农村局|V:配合|，|D:2025年12月底前|完成", ""),
        (["提升养老服务水平，新建乡镇区域养老服务中心3个、社区嵌入式养老服务站5个，发展老年助餐点20个。"],
         "L:戴红梅=戴红梅副县长|、|U:县民政局|V:牵头|，|U:县财政局|、|U:县住房和城乡建设局|V:配合|，|D:2025年10月底前|完成", "own"),
    ]),
    ("八、统筹发展和安全，守牢安全稳定底线（3项）", [
        (["深入开展安全生产治本攻坚三年行动，扎实开展城镇燃气、自建房、道路交通等重点领域隐患排查整治，坚决遏制较大及以上生产安全事故。"],
         "L:钟鸣=钟　鸣同志|、|U:县应急管理局|V:牵头|，|U:县安委会各成员单位|V:配合|，|D:持续推进", ""),
        (["常态化开展扫黑除恶斗争，完成“八五”普法总结验收，现发命案破案率保持100%。"],
         "L:邱国庆=副县长、县公安局局长邱国庆|、|U:县公安局|、|U:县司法局|V:牵头|，|U:各乡镇人民政府|V:配合|，|D:持续推进", ""),
        (["防范化解地方政府债务风险，严格落实化债方案，确保债务风险等级持续下降。"],
         "L:贺敏=贺敏常务副县长|、|U:县财政局|V:牵头|，|U:县发展和改革局|、|U:县审计局|、|U:洧阳县城市建设投资集团有限公司|V:配合|，|D:持续推进", ""),
    ]),
]

COVER = [
    ("", "《2025年县〈政府工作报告〉重点工作任务分工》已经县人民政府同意，现印发给你们，并就有关事项通知如下。"),
    ("一、提高思想认识。", "县十八届人大五次会议审议通过的《政府工作报告》，确定了今年全县经济社会发展的主要目标和重点任务。各乡镇、各部门要把落实《政府工作报告》作为全年工作的重中之重，主要负责同志要亲自抓、负总责，逐项细化工作措施，明确时间表、路线图，确保各项任务按期保质完成。"),
    ("二、压实工作责任。", "各项任务实行县领导和牵头单位共同牵头负责。任务后括号内，“牵头”前所列的县领导为牵头县领导、所列的单位为牵头单位，“配合”前所列的单位为配合单位；标明“负责”的，所列单位为牵头单位。牵头单位有两个的，排在第一位的为主牵头单位。括号内未列县领导的任务，由牵头单位的分管县领导督促落实。牵头县领导要加强统筹调度，及时协调解决重大问题；牵头单位要制定推进方案，按月调度推进；配合单位要主动对接、密切配合，形成工作合力。"),
    ("三、强化督查考核。", "县政府督查室要建立任务台账，实行月调度、季通报、年考核。各牵头单位于每月25日前将当月工作进展情况报县政府督查室，任务完成情况纳入年度目标责任考核。联系人：县政府督查室　孙　磊，联系电话：0395-7126583。"),
]

MAIN_TO = "各乡镇人民政府，县政府各部门、各直属机构，洧阳经济开发区管委会："
COPY_TO = "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院，县人武部。"


# ---------------------------------------------------------------------------
# clause tokens → printed text and gold fields
# ---------------------------------------------------------------------------
def parse_tokens(spec):
    toks = []
    for t in spec.split("|"):
        if t.startswith("L:"):
            name, printed = t[2:].split("=", 1)
            toks.append(("L", name, printed))
        elif t.startswith("U:"):
            toks.append(("U", t[2:], t[2:]))
        elif t.startswith("V:"):
            toks.append(("V", t[2:], t[2:]))
        elif t.startswith("D:"):
            toks.append(("D", t[2:], t[2:]))
        else:
            toks.append(("T", t, t))
    return toks


def clause_text(spec):
    return "（" + "".join(p for _, _, p in parse_tokens(spec)) + "）"


def clause_gold(spec):
    toks = parse_tokens(spec)
    leaders, units, lead, coop, deadline = [], [], [], [], None
    for i, (kind, val, _) in enumerate(toks):
        if kind == "L":
            leaders.append(val)
        elif kind == "U":
            units.append(val)
            verb = next(v for k, v, _ in toks[i + 1:] if k == "V")
            (coop if verb == "配合" else lead).append(val)
        elif kind == "D":
            deadline = val
    return leaders, units, lead, coop, deadline


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, name, size=16, bold=False, color=None):
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
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc, text="", font=FS, size=16, bold=False, align=None, indent=True, color=None,
         space_after=0, line=Pt(28)):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    pf.line_spacing = line
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def bottom_rule(p, color="FF0000", sz="12"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            r._element.append(it)
    set_font(p.add_run(" —"), "宋体", 14)


def cell_borders(cell, top=None, bottom=None):
    tcpr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        sz = {"top": top, "bottom": bottom}.get(side)
        if sz:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), sz)
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tcpr.append(b)


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    page_number_footer(sec)

    # 版头
    para(doc, "", indent=False)
    para(doc, ISSUER + "文件", XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         color="FF0000", line=Pt(60))
    para(doc, "", indent=False)
    p = para(doc, DOCNO, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_rule(p)
    para(doc, "", indent=False)

    # 标题 (two lines by a line break, as typed)
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(36))
    r = p.add_run("洧阳县人民政府办公室关于印发2025年县《政府工作报告》")
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run("重点工作任务分工的通知"), XBS, 22)
    para(doc, "", indent=False)

    para(doc, MAIN_TO, indent=False)
    for lead_in, body in COVER:
        p = para(doc)
        if lead_in:
            set_font(p.add_run(lead_in), HT, 16)
        set_font(p.add_run(body), FS, 16)
    para(doc)
    para(doc, "附件：" + ATT_TITLE)
    para(doc)
    para(doc)
    para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(64)
    para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）")

    # 附件 on a new page
    p = para(doc, "", indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    set_font(p.add_run("附件"), HT, 16)
    para(doc, "", indent=False)
    para(doc, ATT_TITLE, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(36))
    para(doc, "", indent=False)

    gold = []
    n = 0
    for heading, tasks in PARTS:
        para(doc, heading, HT, 16)
        for paras, spec, how in tasks:
            n += 1
            marker = f"{n}．"
            leaders, units, lead, coop, deadline = clause_gold(spec)
            clause = clause_text(spec)
            for k, text in enumerate(paras):
                p = para(doc)
                set_font(p.add_run((marker if k == 0 else "") + text), FS, 16)
                if k == len(paras) - 1 and how != "own":
                    set_font(p.add_run(clause), KT, 16)
            if how == "own":
                p = para(doc)
                set_font(p.add_run(clause), KT, 16)
            head = "".join(paras[0].split())[:12]
            gold.append({
                "id": str(n),
                "marker": marker,
                "head": head,
                "responsible_units": units,
                "lead_units": lead,
                "cooperating_units": coop,
                "leaders": leaders,
                "deadline": deadline,
            })

    # 版记 (at the end of the document)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    t = doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = t.cell(0, 0), t.cell(1, 0)
    cell_borders(c0, top="12", bottom="4")
    cell_borders(c1, top="4", bottom="12")
    p = c0.paragraphs[0]
    p.paragraph_format.left_indent = Pt(14)
    set_font(p.add_run(COPY_TO), FS, 14)
    p = c1.paragraphs[0]
    p.paragraph_format.left_indent = Pt(14)
    set_font(p.add_run(ISSUER + "　　　　　　　　　" + DATE + "印发"), FS, 14)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 3, 12, 9, 30, 0)
    cp.author = "县政府办公室"
    cp.last_modified_by = "县政府办公室"
    cp.title = "洧阳县人民政府办公室关于印发2025年县《政府工作报告》重点工作任务分工的通知"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    return doc, gold


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 12, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def main():
    doc, gold = build_docx()
    save_deterministic(doc, NOTICE)
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {os.path.basename(NOTICE)} and {os.path.basename(GOLD)} ({len(gold)} tasks)")


if __name__ == "__main__":
    main()
