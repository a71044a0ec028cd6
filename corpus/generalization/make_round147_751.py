#!/usr/bin/python3
"""Round 147, case 751: a 市政府办 重点工作任务分解 whose 附件 table has no 序号 column.

The 工作任务 column alternates bold, unnumbered 工作项目 rows (the report's lead
sentences) with numbered task rows; the four responsibility columns (责任市领导,
牵头单位, 配合单位, 完成时限) are merged down (w:vMerge) starting ON the heading
row, so each merged cell covers the heading and the tasks under it.  The 责任市领导
cell of a leader spans several headings.  This is the old 段首句 layout of
政府工作报告 分解表 (工作任务 | 分管领导 | 牵头组织实施单位 | 完成时限).

Writes 751_jiangyang_shi_gzbg_renwu_fenjie.docx and 751.tasks.gold.jsonl from the
single description below.  Deterministic: fixed core properties and fixed zip
timestamps.
"""
import io
import json
import re
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

OUT_DOCX = "751_jiangyang_shi_gzbg_renwu_fenjie.docx"
OUT_GOLD = "751.tasks.gold.jsonl"

# ---------------------------------------------------------------------------
# The one structured description.
# Rows of the 附件 table, in order.  ("H", key, text) is a bold 工作项目 row;
# ("T", key, [(marker, text, [continuation paragraphs]), ...]) a task row (one
# row may hold two tasks).
ROWS = [
    ("H", "H1", "扩大有效投资，持续增强发展后劲"),
    ("T", "T1", [("1．", "实施市级重点项目210个，年度完成投资650亿元以上，新开工亿元以上项目80个以上。", [])]),
    ("T", "T2", [("2．", "谋划储备超长期特别国债、中央预算内投资和地方政府专项债券项目120个以上，争取上级资金45亿元以上。", [])]),
    ("T", "T3", [("3．", "深化工程建设项目审批制度改革，推行“拿地即开工”“竣工即交付”，工业项目审批时间压缩至30个工作日以内。", [])]),
    ("H", "H2", "加强财政金融保障，守牢风险底线"),
    ("T", "T4", [("4．", "一般公共预算收入增长5%左右，严格落实党政机关过紧日子要求，一般性支出压减5%以上。", [])]),
    ("T", "T5", [("5．", "稳妥化解地方政府隐性债务，加快融资平台市场化转型，坚决守住不发生系统性风险底线。", [])]),
    ("T", "T6", [("6．", "力争2家企业在境内外上市，新增直接融资100亿元以上，普惠小微贷款增长15%以上。", [])]),
    ("H", "H3", "推动制造业提质升级，做实做强实体经济"),
    ("T", "T7", [("7．", "规模以上工业增加值增长7%，新增规模以上工业企业60家以上，培育省级专精特新中小企业30家。", [])]),
    ("T", "T8", [("8．", "5G基站新建1200个，实现行政村5G网络全覆盖，新增工业互联网标识解析二级节点应用企业100家。", [])]),
    ("T", "T9", [("9．", "实施技术改造项目150个以上，推动锂电新能源、绿色食品两大产业集群产值突破800亿元。", [])]),
    ("H", "H4", "扩大高水平对外开放，持续优化营商环境"),
    ("T", "T10", [("10．", "全年引进亿元以上产业项目100个、500强企业投资项目5个，实际利用外资增长10%。", [])]),
    ("T", "T11", [("11．", "外贸进出口总额稳定在260亿元以上，培育跨境电商经营主体50家，推进茳阳港口岸扩大开放。", [])]),
    ("T", "T12", [("12．", "深化“高效办成一件事”改革，新增“一件事”集成服务20项，政务服务事项网上可办率保持100%。", [])]),
    ("H", "H5", "全面推进乡村振兴，加快建设农业强市"),
    ("T", "T13", [("13．", "粮食播种面积稳定在180万亩以上、总产量稳定在13.5亿斤以上，生猪出栏稳定在220万头。", [])]),
    ("T", "T14", [("14.", "新建和改造提升高标准农田12万亩，新增高效节水灌溉面积1.5万亩。", [])]),
    ("T", "T15", [("15．", "巩固拓展脱贫攻坚成果，健全防止返贫致贫监测帮扶机制，确保不发生规模性返贫致贫。",
                   ["其中，脱贫人口务工规模稳定在6.8万人以上，衔接资金用于产业发展的比例不低于60%。"])]),
    ("H", "H6", "加强水利基础设施建设，提升防灾减灾能力"),
    ("T", "T16", [("16．", "开工建设茳阳水库灌区续建配套与现代化改造工程，完成年度投资3.2亿元。", [])]),
    ("T", "T17", [("17．", "完成病险水库除险加固15座，治理中小河流60公里，汛前完成水毁工程修复。", [])]),
    ("T", "T18", [("18．", "全面落实河湖长制，国考断面水质优良比例保持100%，县级以上集中式饮用水水源地水质达标率100%。", [])]),
    ("H", "H7", "实施城市更新行动，提升城市功能品质"),
    ("T", "T19", [("19、", "改造城镇老旧小区86个、惠及居民1.2万户，完成城中村改造2000户。", [])]),
    ("T", "T20", [("20．", "新建改造城市燃气、供排水等地下管网220公里，新增城市公共停车泊位5000个。", [])]),
    ("T", "T21", [("21．", "开展城市精细化管理提升行动，整治背街小巷100条，生活垃圾分类覆盖率达到85%。", [])]),
    ("H", "H8", "完善综合交通网络，加快建设区域交通枢纽"),
    ("T", "T22", [("22．", "加快茳阳至临川高速公路建设，完成年度投资28亿元。", [])]),
    ("T", "T23", [("23．", "新改建农村公路300公里，实施危桥改造40座，创建“四好农村路”示范乡镇5个。", [])]),
    ("T", "T24", [("24．", "推进茳阳港综合码头二期建设，年内建成投用，港口集装箱吞吐量突破15万标箱。", [])]),
    ("H", "H9", "稳定和扩大就业，办好人民满意的教育"),
    ("T", "T25", [("25．", "城镇新增就业2.8万人，城镇调查失业率控制在5.5%以内，零就业家庭动态清零。", [])]),
    ("T", "T26", [("26．", "新建、改扩建中小学和幼儿园18所，新增学位1.2万个，秋季学期全部投入使用。", [])]),
    ("T", "T27_28", [("27．", "推进职业教育“双高”建设，茳阳职业技术学院新增省级高水平专业群2个。", []),
                      ("28．", "实施技能人才培育工程，全年新培养高技能人才4000人以上。", [])]),
    ("H", "H10", "推进健康茳阳建设，提升医疗卫生服务水平"),
    ("T", "T29", [("29．", "推进紧密型县域医共体建设，县域就诊率稳定在90%以上。", [])]),
    ("T", "T30", [("30．", "建成市中心医院新院区并投入使用，新增床位800张。", [])]),
    ("H", "H11", "织密扎牢社会保障网，兜牢民生底线"),
    ("T", "T31", [("31．", "基本养老保险参保率稳定在95%以上，城乡居民基础养老金按规定提标。", [])]),
    ("T", "T32", [("32．", "新建社区嵌入式养老服务中心20个，新增养老床位1000张。", [])]),
    ("T", "T33", [("33．", "推进城乡居民医保市级统筹，居民医保财政补助标准提高到每人每年700元以上。", [])]),
    ("T", "T34", [("34．", "做好困难群众救助帮扶，城乡低保标准分别提高至每人每月850元、680元。", [])]),
]

# Column segments: (first row key, last row key, cell paragraphs).  A segment of
# more than one row is one vertically merged cell.  Rows not covered stay empty.
LEADER = [
    ("H1", "T6", ["王立新"]),
    ("H3", "T9", ["赵振华"]),
    ("H4", "T12", ["赵振华", "王立新"]),
    ("H5", "T18", ["孙海涛"]),
    ("H7", "T24", ["陈国平"]),
    ("H9", "T34", ["李　敏"]),
]
LEAD = [
    ("H1", "T2", ["市发展和改革委员会"]),
    ("T3", "T3", ["市行政审批服务局"]),
    ("H2", "T5", ["市财政局"]),
    ("T6", "T6", ["市委金融办"]),
    ("H3", "T9", ["市工业和信息化局"]),
    ("H4", "T11", ["市商务局"]),
    ("T12", "T12", ["市行政审批服务局", "市数据局"]),
    ("H5", "T15", ["市农业农村局"]),
    ("H6", "T17", ["市水利局"]),
    ("T18", "T18", ["市生态环境局、市水利局"]),
    ("H7", "T20", ["市住房和城乡建设局"]),
    ("T21", "T21", ["市城市管理局"]),
    ("H8", "T24", ["市交通运输局"]),
    ("T25", "T25", ["市人力资源和社会保障局"]),
    ("T26", "T26", ["市教育局"]),
    ("T27_28", "T27_28", ["市教育局（第27项）", "市人力资源和社会保障局（第28项）"]),
    ("H10", "T30", ["市卫生健康委员会"]),
    ("H11", "T31", ["市人力资源和社会保障局"]),
    ("T32", "T32", ["市民政局"]),
    ("T33", "T33", ["市医疗保障局"]),
    ("T34", "T34", ["市民政局"]),
]
COOP = [
    ("H1", "T1", ["市财政局、市自然资源和规划局、各县（市、区）人民政府"]),
    ("T2", "T2", ["市财政局"]),
    ("T3", "T3", ["市自然资源和规划局、市住房和城乡建设局"]),
    ("H2", "T4", ["市税务局"]),
    ("T5", "T5", ["市政府国资委、市委金融办"]),
    ("T6", "T6", ["市财政局、市工业和信息化局"]),
    ("H3", "T7", ["市统计局、各县（市、区）人民政府"]),
    ("T8", "T8", ["各县（市、区）人民政府"]),
    ("T9", "T10", ["市发展和改革委员会、市财政局"]),  # spans T9, the H4 heading and T10
    ("T11", "T11", ["茳阳海关、市税务局"]),
    ("T12", "T12", ["市直有关部门"]),
    ("H5", "T13", ["各县（市、区）人民政府"]),
    ("T14", "T14", ["市财政局、市水利局、市自然资源和规划局"]),
    ("T15", "T15", ["市人力资源和社会保障局、市民政局、市医疗保障局"]),
    ("H6", "T16", ["市发展和改革委员会、茳东县人民政府"]),
    ("T17", "T17", ["/"]),
    ("T18", "T18", ["各县（市、区）人民政府"]),
    ("H7", "T19", ["市财政局、各县（市、区）人民政府"]),
    ("T20", "T20", ["市城市管理局、市公安局"]),
    ("T21", "T21", ["各县（市、区）人民政府"]),
    ("H8", "T22", ["市自然资源和规划局、市发展和改革委员会"]),
    ("T23", "T23", ["各县（市、区）人民政府"]),
    ("T24", "T24", ["市发展和改革委员会、茳阳港口集团"]),
    ("T25", "T25", ["市发展和改革委员会、各县（市、区）人民政府"]),
    ("T26", "T26", ["市自然资源和规划局、市住房和城乡建设局"]),
    ("T27_28", "T27_28", ["市财政局"]),
    ("H10", "T29", ["市医疗保障局、各县（市、区）人民政府"]),
    ("T30", "T30", ["市发展和改革委员会、市财政局"]),
    ("H11", "T31", ["市财政局、市税务局"]),
    ("T32", "T32", ["市住房和城乡建设局、市卫生健康委员会"]),
    ("T33", "T33", ["市财政局、市税务局"]),
    ("T34", "T34", ["市财政局"]),
]
DEADLINE = [
    ("H1", "T3", ["12月底前"]),
    ("H2", "T6", ["全年"]),
    ("H3", "T9", ["12月底前"]),
    ("H4", "T11", ["12月底前"]),
    ("T12", "T12", ["6月底前"]),
    ("H5", "T14", ["12月底前"]),
    ("T15", "T15", ["持续推进"]),
    ("H6", "T16", ["6月底前"]),
    ("T17", "T17", ["5月底前"]),
    ("T18", "T18", ["全年"]),
    ("H7", "T20", ["12月底前"]),
    ("T21", "T22", ["12月底前"]),  # spans T21, the H8 heading and T22
    ("T23", "T23", ["11月底前"]),
    ("T24", "T24", ["12月底前"]),
    ("T25", "T25", ["12月底前"]),
    ("T26", "T26", ["8月底前"]),
    ("T27_28", "T27_28", ["12月底前"]),
    ("H10", "T30", ["12月底前"]),
    ("H11", "T34", ["12月底前"]),
]
COLUMNS = [LEADER, LEAD, COOP, DEADLINE]
HEADER = ["工作任务", "责任市领导", "牵头单位", "配合单位", "完成时限"]

ISSUER = "茳阳市人民政府办公室"
DOCNO = "茳政办发〔2025〕5号"
TITLE_1 = "茳阳市人民政府办公室"
TITLE_2 = "关于印发2025年《政府工作报告》重点工作任务分解的通知"
ADDRESSEES = "各县（市、区）人民政府，茳阳经济技术开发区管委会，市政府各部门、各直属机构："
ATTACH_TITLE = "2025年《政府工作报告》重点工作任务分解"
COVER = [
    (None, "市十七届人大五次会议审议通过的《政府工作报告》，明确了2025年全市经济社会发展的主要目标和重点工作。为确保各项工作落到实处，经市政府同意，现将《2025年〈政府工作报告〉重点工作任务分解》印发给你们，并就有关事项通知如下。"),
    ("一、压紧压实责任。", "责任市领导对所负责的工作任务负总责，牵头单位为第一责任单位，牵头单位有两个的，排在第一位的为主牵头单位；配合单位要按照职责分工主动配合、形成合力。分解表“工作任务”栏中加粗部分为《政府工作报告》确定的工作项目，其下编号部分为具体任务，共34项；各项具体任务的责任市领导、牵头单位、配合单位和完成时限，以表中与其对应的栏目为准。"),
    ("二、细化推进措施。", "各牵头单位要对照分解表逐项制定推进方案，明确时间表、路线图和责任人，经责任市领导审定后，于3月15日前报市政府督查室备案。"),
    ("三、强化督查问效。", "各牵头单位要于每季度最后一个月25日前将工作进展情况报市政府督查室。市政府督查室要加强跟踪督办，定期通报推进情况，督查结果纳入年度综合考核。"),
]
CONTACT = "联系人：市政府督查室　周　敏，电话：0796-8213057。"
DATE = "2025年2月26日"
PRINT_DATE = "2025年2月27日印发"
CC = "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级人民法院，市人民检察院，茳阳军分区。"

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


# ---------------------------------------------------------------------------
def keys_order():
    return [r[1] for r in ROWS]


def seg_map(col):
    """row key -> cell paragraphs, for every row a segment covers."""
    order = keys_order()
    out = {}
    for a, b, paras in col:
        i, j = order.index(a), order.index(b)
        for k in order[i:j + 1]:
            assert k not in out, (a, b, k)
            out[k] = paras
    return out


def split_units(paras):
    units = []
    for p in paras:
        depth, cur = 0, ""
        for ch in p + "、":
            if ch in "（(":
                depth += 1
            elif ch in "）)":
                depth -= 1
            if ch in "、，；" and depth == 0:
                u = cur.strip()
                if u and u != "/":
                    units.append(u)
                cur = ""
            else:
                cur += ch
    return units


def build_gold():
    leader, lead, coop, dl = (seg_map(c) for c in COLUMNS)
    gold = []
    for kind, key, body in ROWS:
        if kind != "T":
            continue
        for marker, text, _cont in body:
            num = re.match(r"\d+", marker).group(0)
            leads = split_units(lead.get(key, []))
            # a lead cell shared by two tasks names each lead's task: 市教育局（第27项）
            tagged = [re.match(r"(.+)（第(\d+)项）$", u) for u in leads]
            if any(tagged):
                leads = [m.group(1) for m in tagged if m and m.group(2) == num]
            coops = split_units(coop.get(key, []))
            leaders = [p.replace("　", "").replace(" ", "") for p in leader.get(key, [])]
            d = dl.get(key)
            head = "".join(text.split())[:12]
            gold.append({
                "id": num,
                "marker": marker,
                "head": head,
                "responsible_units": leads + coops,
                "lead_units": leads,
                "cooperating_units": coops,
                "leaders": leaders,
                "deadline": d[0] if d else None,
            })
    return gold


# ---------------------------------------------------------------------------
def set_run_font(run, font, size=None, bold=None, color=None):
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None, indent=None,
         color=None, space_after=0, line=None):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        set_run_font(r, font, size, bold, color)
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    if line:
        pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if indent is not None:
        pf.first_line_indent = Pt(indent)
    return p


def bottom_border(p, color="FF0000", sz="18"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def add_page_number_footer(section):
    footer = section.footer
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_run_font(r, "宋体", 14)
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    fb = OxmlElement("w:fldChar"); fb.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    fs = OxmlElement("w:fldChar"); fs.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    fe = OxmlElement("w:fldChar"); fe.set(qn("w:fldCharType"), "end")
    for el in (fb, it, fs, t, fe):
        r._element.append(el)
    r = p.add_run(" —")
    set_run_font(r, "宋体", 14)


def set_cell_width(cell, mm):
    tcpr = cell._tc.get_or_add_tcPr()
    w = tcpr.find(qn("w:tcW"))
    if w is None:
        w = OxmlElement("w:tcW")
        tcpr.insert(0, w)
    w.set(qn("w:w"), str(int(mm * 56.7)))
    w.set(qn("w:type"), "dxa")


def table_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


def fill_cell(cell, paras, size=11, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, font=FS):
    first = True
    for text in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(text)
        set_run_font(r, font, size, bold)
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.line_spacing = Pt(16)


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    add_page_number_footer(sec)

    # --- 版头
    para(doc, "", line=28)
    para(doc, ISSUER + "文件", font=XBS, size=36, align=WD_ALIGN_PARAGRAPH.CENTER,
         color="FF0000", line=60)
    para(doc, "", line=28)
    p = para(doc, DOCNO, align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
    bottom_border(p)
    para(doc, "", line=28)
    # --- title over two lines (a manual line break)
    p = para(doc, TITLE_1, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    r = p.add_run()
    r.add_break(WD_BREAK.LINE)
    r = p.add_run(TITLE_2)
    set_run_font(r, XBS, 22)
    para(doc, "", line=28)
    para(doc, ADDRESSEES, line=28)
    for runin, text in COVER:
        p = para(doc, "", indent=32, line=28)
        if runin:
            r = p.add_run(runin)
            set_run_font(r, HT, 16)
        r = p.add_run(text)
        set_run_font(r, FS, 16)
    para(doc, CONTACT, indent=32, line=28)
    para(doc, "", line=28)
    para(doc, "附件：" + ATTACH_TITLE, indent=32, line=28)
    para(doc, "", line=28)
    para(doc, "", line=28)
    para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT, line=28).paragraph_format.right_indent = Pt(64)
    para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, line=28).paragraph_format.right_indent = Pt(80)
    para(doc, "", line=28)
    para(doc, "（此件公开发布）", indent=32, line=28)

    # --- 附件 in a landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Mm(297), Mm(210)
    sec2.top_margin, sec2.bottom_margin = Mm(28), Mm(26)
    sec2.left_margin, sec2.right_margin = Mm(35), Mm(35)
    para(doc, "附件", font=HT, size=16, line=28)
    para(doc, "", line=20)
    para(doc, ATTACH_TITLE, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "", line=20)

    widths = [112, 26, 36, 42, 24]
    table = doc.add_table(rows=1 + len(ROWS), cols=5)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(table)
    hdr = table.rows[0]
    trpr = hdr._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trpr.append(th)
    for i, h in enumerate(HEADER):
        fill_cell(hdr.cells[i], [h], size=12, font=HT)
    for ri, (kind, key, body) in enumerate(ROWS, start=1):
        cell = table.cell(ri, 0)
        if kind == "H":
            fill_cell(cell, [body], size=12, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT)
        else:
            paras = []
            for marker, text, cont in body:
                paras.append(marker + text)
                paras.extend(cont)
            fill_cell(cell, paras, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
    order = keys_order()
    for ci, col in enumerate(COLUMNS, start=1):
        for a, b, paras in col:
            r1, r2 = order.index(a) + 1, order.index(b) + 1
            cell = table.cell(r1, ci)
            if r2 > r1:
                cell = cell.merge(table.cell(r2, ci))
            fill_cell(cell, paras, size=12)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    tblw = table._tbl.tblPr.find(qn("w:tblW"))
    if tblw is None:
        tblw = OxmlElement("w:tblW")
        table._tbl.tblPr.append(tblw)
    tblw.set(qn("w:w"), str(int(sum(widths) * 56.7)))
    tblw.set(qn("w:type"), "dxa")
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    for row in table.rows:
        for ci, w in enumerate(widths):
            c = row.cells[ci]
            set_cell_width(c, w)
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    # --- 版记 on a last portrait page
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Mm(210), Mm(297)
    sec3.top_margin, sec3.bottom_margin = Mm(37), Mm(35)
    sec3.left_margin, sec3.right_margin = Mm(28), Mm(26)
    for _ in range(18):
        para(doc, "", line=28)
    bj = doc.add_table(rows=2, cols=1)
    tblpr = bj._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4")):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), sz)
        e.set(qn("w:space"), "0"); e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)
    fill_cell(bj.cell(0, 0), [CC], size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
    fill_cell(bj.cell(1, 0), [ISSUER + "　　　　　　　　" + PRINT_DATE], size=14,
              align=WD_ALIGN_PARAGRAPH.LEFT)

    cp = doc.core_properties
    fixed = datetime(2025, 2, 26, 9, 30, 0)
    cp.author = "市政府办公室"
    cp.last_modified_by = "市政府督查室"
    cp.title = TITLE_1 + TITLE_2
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    return doc


def deterministic_save(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 26, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def main():
    doc = build_docx()
    deterministic_save(doc, OUT_DOCX)
    gold = build_gold()
    with open(OUT_GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {OUT_DOCX} and {OUT_GOLD} ({len(gold)} tasks)")


if __name__ == "__main__":
    main()
