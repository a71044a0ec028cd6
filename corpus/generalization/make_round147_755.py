#!/usr/bin/python3
"""Round 147 / 755 — a 市政府办 task-division notice whose lead rule has exceptions.

The cover's 二、 states the usual rule (the first unit in the 责任单位 column
leads, the others cooperate) and then lists, by task number, the tasks it
does not apply to: two jointly led by two named units (one pair not the first
two listed), one led by a unit printed second, a range led by the
各县（市、区）人民政府 printed last, and one with no lead at all.  The 附件 is a
landscape Word table 序号 / 重点工作任务 / 责任市领导 / 责任单位 / 完成时限 with
merged part rows; nothing in the table marks the exceptions.

Writes 755_shiyang_shi_gzbg_renwu_fenjie.docx and 755.tasks.gold.jsonl.
Deterministic: fixed core properties and zip timestamps.
"""
import copy
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
NOTICE = os.path.join(HERE, "755_shiyang_shi_gzbg_renwu_fenjie.docx")
GOLD = os.path.join(HERE, "755.tasks.gold.jsonl")

ISSUER = "湜阳市人民政府办公室"
DOCNO = "湜政办发〔2025〕8号"
DATE = "2025年2月24日"
ANNEX_TITLE = "湜阳市2025年《政府工作报告》重点工作任务分解表"

# ---------------------------------------------------------------------------
# The one structured description of the tasks.
#   text:    the task cell's paragraphs
#   leaders: list of names as printed ("王　勇" padded); lsep: "、" (one
#            paragraph) or "para" (a paragraph each)
#   units:   the 责任单位 as printed, in order; usep: list of separators
#            between them (default all "、"), or "para" for a paragraph each
#   rule:    None = the cover's general rule (first leads); otherwise a dict
#            {"lead": [...]} or {"lead": None} naming the exception's lead
# ---------------------------------------------------------------------------
ZFL = "周立新"   # 常务副市长
CXY = "陈晓燕"
LHT = "刘海涛"
WY = "王　勇"
ZF = "赵　峰"
QXM = "钱晓梅"
GOV = "各县（市、区）人民政府"

PARTS = [
    ("一、全力扩大有效需求", [
        dict(text=["实施重大项目攻坚行动，全年安排市级重点项目320个、年度计划投资860亿元，固定资产投资增长6%左右。"],
             leaders=[ZFL], units=["市发展改革委", "市自然资源和规划局", "市财政局", GOV], deadline="2025年12月底前"),
        dict(text=["用足用好超长期特别国债、地方政府专项债券等政策，全年争取上级资金160亿元以上。"],
             leaders=[ZFL], units=["市发展改革委", "市财政局"], deadline="2025年12月底前"),
        dict(text=["深入实施提振消费专项行动，落实消费品以旧换新政策，开展“乐购湜阳”促消费活动100场以上，社会消费品零售总额增长5.5%。"],
             leaders=[CXY], units=["市商务局", "市财政局", "市市场监管局"], deadline="2025年12月底前"),
        dict(text=["设立规模20亿元的市级产业引导基金，新组建子基金3支以上，引导社会资本投向重点产业链。"],
             leaders=[ZFL], units=["市财政局", "市发展改革委", "市国资委", "市委金融办"], deadline="2025年9月底前",
             rule={"lead": ["市财政局", "市发展改革委"]}),
        dict(text=["推动文旅体商融合发展，办好第三届湜阳山水文化旅游节，全年接待游客4200万人次以上。"],
             leaders=[CXY], units=["市文化广电旅游局", "市体育局", "市商务局"], deadline="2025年10月底前"),
        dict(text=["稳住外贸外资基本盘，进出口总额增长5%，实际使用外资1.2亿美元。"],
             leaders=[CXY], units=["市商务局", "湜阳海关", "市投资促进局"], deadline="2025年12月底前"),
    ]),
    ("二、加快建设现代化产业体系", [
        dict(text=["实施先进制造业集群培育行动，新增规上工业企业120家，规上工业增加值增长7%。"],
             leaders=[LHT], units=["市工业和信息化局", "市发展改革委", "市科技局", GOV], deadline="2025年12月底前"),
        dict(text=["加快数字湜阳建设，新建5G基站800个，推动200家规上工业企业实施数字化改造。"],
             leaders=[LHT], units=["市数据局", "市工业和信息化局", "市通信发展管理办公室"], usep=["、", "，"],
             deadline="2025年12月底前"),
        dict(text=["强化企业科技创新主体地位，高新技术企业净增60家，全社会研发投入强度达到2.3%。"],
             leaders=[LHT], units=["市科技局", "市财政局", "市统计局"], deadline="2025年12月底前"),
        dict(text=["深入实施“湜才计划”，全年引进培育高层次人才和急需紧缺人才2000人以上。"],
             leaders=[LHT], units=["市委人才办", "市人力资源社会保障局", "市科技局", "市教育局"], deadline="2025年12月底前"),
        dict(text=["落实促进民营经济发展壮大各项举措，健全政企常态化沟通机制，开展涉企违规收费专项整治。"],
             leaders=[ZFL], units=["市发展改革委", "市工业和信息化局", "市市场监管局", "市工商联"], deadline="持续推进",
             rule={"lead": ["市发展改革委", "市市场监管局"]}),
        dict(text=["提升金融服务实体经济质效，全年新增贷款280亿元以上，普惠小微贷款增速不低于各项贷款增速。"],
             leaders=[ZFL], units=["市委金融办", "人民银行湜阳市分行", "国家金融监督管理总局湜阳监管分局"],
             deadline="2025年12月底前"),
    ]),
    ("三、纵深推进改革开放", [
        dict(text=["深化“高效办成一件事”改革，新推出“一件事”集成服务事项15个，政务服务事项网上可办率稳定在98%以上。"],
             leaders=[WY], units=["市政务服务管理局", "市数据局", "市司法局"], deadline="2025年11月底前"),
        dict(text=["开展营商环境“对标提升年”行动，力争全省营商环境评价进入第一方阵。"],
             leaders=[WY], units=["市发展改革委", "市政务服务管理局", "市市场监管局"], deadline="2025年12月底前"),
        dict(text=["深化国资国企改革，推进市属国有企业战略性重组和专业化整合，市属国企营业收入增长8%。"],
             leaders=[ZFL], units=["市国资委", "市财政局"], deadline="2025年12月底前"),
        dict(text=["深化财税体制改革，全面实施预算绩效管理，一般公共预算收入增长3%。"],
             leaders=[ZFL], units=["市财政局", "国家税务总局湜阳市税务局"], deadline="2025年12月底前"),
        dict(text=["推进湜阳综合保税区申建，加快湜阳港区二期建设，开通至东盟国家的海铁联运班列。"],
             leaders=[CXY], units=["市商务局", "市交通运输局", "湜阳海关"], deadline="2025年12月底前"),
        dict(text=["深化招商引资“一把手”工程，全年签约亿元以上项目150个，到位资金增长10%。"],
             leaders=[ZFL, CXY], units=["市投资促进局", "市商务局", GOV], deadline="2025年12月底前"),
    ]),
    ("四、推动城乡融合和区域协调发展", [
        dict(text=["实施城市更新行动，改造城镇老旧小区56个，整治背街小巷40条，新增公共停车泊位3000个。"],
             leaders=[WY], units=["市城管局", "市住房城乡建设局", "市自然资源和规划局", "市公安局"], deadline="2025年12月底前",
             rule={"lead": ["市住房城乡建设局"]}),
        dict(text=["推动房地产市场平稳健康发展，收购存量商品房用作保障性住房1000套，推进“好房子”建设。"],
             leaders=[WY], units=["市住房城乡建设局", "市财政局", "市自然资源和规划局"], deadline="2025年12月底前"),
        dict(text=["加快综合交通枢纽建设，推进湜阳至东川高速公路建设，完成普通国省道改造60公里。"],
             leaders=[ZF], units=["市交通运输局", "市发展改革委", "市自然资源和规划局"], deadline="2025年12月底前"),
        dict(text=["推进以县城为重要载体的新型城镇化，常住人口城镇化率提高1个百分点。",
                   "深化户籍制度改革，推动符合条件的农业转移人口在城镇落户。"],
             leaders=[WY], units=["市发展改革委", "市公安局", "市住房城乡建设局"], deadline="2025年12月底前"),
        dict(text=["持续打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在32微克/立方米以内，国省考断面水质优良比例达到95%。"],
             leaders=[ZF], units=["市生态环境局", "市住房城乡建设局", "市农业农村局", "市水利局"], deadline="2025年12月底前"),
        dict(text=["推进城市精细化管理，开展市容环境“十大整治”，创成省级美丽宜居示范街区5个。"],
             leaders=[WY], units=["市城管局"], deadline="2025年11月底前"),
    ]),
    ("五、全面推进乡村振兴", [
        dict(text=["严守耕地保护红线，落实粮食安全党政同责，全年粮食播种面积稳定在260万亩以上、产量稳定在110万吨以上。"],
             leaders=[ZF], units=["市农业农村局", "市自然资源和规划局", "市发展改革委", GOV], deadline="2025年10月底前",
             rule={"lead": [GOV]}),
        dict(text=["巩固拓展脱贫攻坚成果，健全防止返贫致贫监测和帮扶机制，确保不发生规模性返贫致贫。"],
             leaders=[ZF], units=["市农业农村局", "市民政局", "市医保局", GOV], deadline="持续推进",
             rule={"lead": [GOV]}),
        dict(text=["学习运用“千万工程”经验，建设宜居宜业和美乡村示范村50个，农村卫生厕所普及率达到92%。"],
             leaders=[ZF], units=["市农业农村局", "市住房城乡建设局", "市生态环境局", GOV], usep=["、", "、", "，"],
             deadline="2025年12月底前", rule={"lead": [GOV]}),
        dict(text=["做强特色农业，新增省级以上农业产业化龙头企业8家，农产品加工业产值增长8%。"],
             leaders=[ZF], units=["市农业农村局", "市工业和信息化局", "市商务局"], deadline="2025年12月底前"),
        dict(text=["深化农村改革，稳妥推进第二轮土地承包到期后再延长三十年试点，村级集体经济收入全部达到10万元以上。"],
             leaders=[ZF], units=["市农业农村局", "市自然资源和规划局", "市财政局"], deadline="2025年12月底前"),
    ]),
    ("六、持续增进民生福祉", [
        dict(text=["实施就业优先战略，城镇新增就业2.8万人，城镇调查失业率控制在5.5%以内。"],
             leaders=[QXM], units=["市人力资源社会保障局", "市财政局", "市教育局"], deadline="2025年12月底前"),
        dict(text=["推进教育强市建设，新建改扩建中小学和幼儿园18所，新增学位1.5万个。"],
             leaders=[QXM], units=["市教育局", "市发展改革委", "市财政局", "市自然资源和规划局"], usep="para",
             deadline="2025年8月底前"),
        dict(text=["深化健康湜阳建设，推进紧密型城市医疗集团建设，市第一人民医院新院区投入使用。"],
             leaders=[QXM], units=["市卫生健康委", "市医保局", "市发展改革委"], deadline="2025年12月底前"),
        dict(text=["健全社会保障体系，提高城乡居民基础养老金最低标准，新增养老机构床位800张。"],
             leaders=[QXM], units=["市民政局", "市人力资源社会保障局", "市医保局"], deadline="2025年12月底前"),
        dict(text=["统筹发展和安全，深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上事故发生。"],
             leaders=[ZFL, ZF], lsep="para", units=["市应急管理局", "市公安局", "市交通运输局", "市住房城乡建设局"],
             deadline="持续推进"),
    ]),
    ("七、全面加强政府自身建设", [
        dict(text=["坚持政府过紧日子，压减非刚性、非重点支出，严控“三公”经费，规范政府采购和公物仓管理。"],
             leaders=[ZFL], units=["市财政局", "市机关事务服务中心", "市审计局"], deadline="持续推进",
             rule={"lead": None}),
        dict(text=["深入推进法治政府建设，严格落实重大行政决策程序，行政规范性文件合法性审核率达到100%。"],
             leaders=[WY], units=["市司法局", "市政府办公室"], deadline="2025年12月底前"),
    ]),
]

# The cover's rule, typed by the drafter (the task numbers are checked against
# the data below when the gold is written).
RULE_LEAD_IN = "二、压实工作责任。"
RULE_TEXT = ("《分解表》中，各项任务“责任单位”栏排在第一位的为牵头单位，负责统筹推进和进展情况汇总报送；"
             "其余为配合单位，按职责分工抓好落实。以下任务除外：第4项由市财政局、市发展改革委共同牵头，"
             "第11项由市发展改革委、市市场监管局共同牵头；第19项由市住房城乡建设局牵头；"
             "第25—27项由各县（市、区）人民政府牵头，所列市直单位负责行业指导；"
             "第35项由所列单位按职责分工负责，不设牵头单位。责任市领导要加强统筹调度，"
             "协调解决重大问题。")
EXPECTED_EXCEPTIONS = {4, 11, 19, 25, 26, 27, 35}


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
def set_font(run, east, size=None, bold=None, color=None, ascii_font=None):
    run.font.name = ascii_font or "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font or "Times New Roman")
    rfonts.set(qn("w:hAnsi"), ascii_font or "Times New Roman")
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def para(container, text="", east="仿宋_GB2312", size=16, align=None, bold=None, color=None,
         first_indent=None, space_before=0, space_after=0, line=None):
    p = container.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if line is not None:
        pf.line_spacing = Pt(line)
    if text:
        r = p.add_run(text)
        set_font(r, east, size, bold, color)
    return p


def add_run(p, text, east="仿宋_GB2312", size=16, bold=None):
    r = p.add_run(text)
    set_font(r, east, size, bold)
    return r


def border(p, side, color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def cell_text(cell, paragraphs, east="仿宋_GB2312", size=12, align=WD_ALIGN_PARAGRAPH.LEFT, bold=None):
    first = cell.paragraphs[0]
    for i, t in enumerate(paragraphs):
        p = first if i == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(18)
        if t:
            r = p.add_run(t)
            set_font(r, east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def table_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        b.append(el)
    tblpr.append(b)


def fix_grid(table, widths):
    tbl = table._tbl
    tblpr = tbl.tblPr
    tw = OxmlElement("w:tblW")
    tw.set(qn("w:w"), str(sum(int(w.twips) for w in widths)))
    tw.set(qn("w:type"), "dxa")
    old = tblpr.find(qn("w:tblW"))
    if old is not None:
        tblpr.remove(old)
    tblpr.append(tw)
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    trpr.append(el)


def page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(p, "— ", "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
        elif txt.strip() == "PAGE":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._r.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = txt
            r._r.append(t)
    add_run(p, " —", "宋体", 14)


def units_printed(task):
    units = task["units"]
    usep = task.get("usep")
    if usep == "para":
        return list(units)
    seps = usep or ["、"] * (len(units) - 1)
    s = units[0]
    for sep, u in zip(seps, units[1:]):
        s += sep + u
    return [s]


def leaders_printed(task):
    if task.get("lsep") == "para":
        return list(task["leaders"])
    return ["、".join(task["leaders"])]


# ---------------------------------------------------------------------------
def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    st.paragraph_format.space_after = Pt(0)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    page_number_footer(sec)

    red = RGBColor(0xFF, 0x00, 0x00)
    mark = para(doc, ISSUER + "文件", "方正小标宋简体", 30, WD_ALIGN_PARAGRAPH.CENTER, color=red, line=40)
    rpr = mark.runs[0]._element.get_or_add_rPr()
    w = OxmlElement("w:w")
    w.set(qn("w:val"), "80")
    rpr.append(w)
    para(doc, "", line=28)
    para(doc, "", line=28)
    no = para(doc, DOCNO, align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
    border(no, "bottom", sz=18, space=8)
    para(doc, "", line=28)
    t = para(doc, "湜阳市人民政府办公室", "方正小标宋简体", 22,
             WD_ALIGN_PARAGRAPH.CENTER, line=36)
    t.runs[0].add_break(WD_BREAK.LINE)
    r = add_run(t, "关于印发湜阳市2025年《政府工作报告》", "方正小标宋简体", 22)
    r.add_break(WD_BREAK.LINE)
    add_run(t, "重点工作任务分解的通知", "方正小标宋简体", 22)
    para(doc, "", line=28)
    para(doc, "各县（市、区）人民政府，湜阳高新区管委会，市政府各部门、各直属机构：", line=28)
    para(doc, "《湜阳市2025年〈政府工作报告〉重点工作任务分解表》已经市政府同意，现印发给你们，"
              "并就有关事项通知如下，请认真贯彻落实。", first_indent=32, line=28)

    p = para(doc, "", first_indent=32, line=28)
    add_run(p, "一、提高思想认识。", "黑体")
    add_run(p, "《政府工作报告》经市十七届人大五次会议审议通过，是市政府向全市人民作出的郑重承诺。"
               "各地各部门要把落实《政府工作报告》作为全年工作的主线，"
               "逐项制定推进计划，明确时间表、路线图和责任人，确保按时保质完成。")
    p = para(doc, "", first_indent=32, line=28)
    add_run(p, RULE_LEAD_IN, "黑体")
    add_run(p, RULE_TEXT)
    p = para(doc, "", first_indent=32, line=28)
    add_run(p, "三、强化督查问效。", "黑体")
    add_run(p, "《分解表》所列任务纳入政府系统督查督办和年度综合考核。各牵头单位于每季度最后一个月"
               "25日前将任务进展情况书面报送市政府督查室（联系人：李　静，联系电话：8823615），"
               "共同牵头的任务由排在前面的牵头单位汇总报送，第25—27项由市农业农村局汇总各县（市、区）进展情况后报送。"
               "对工作推进不力、进度严重滞后的，按有关规定严肃问责。")
    para(doc, "", line=28)
    p = para(doc, "", first_indent=32, line=28)
    add_run(p, "附件：" + ANNEX_TITLE)
    para(doc, "", line=28)
    s = para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
    s.paragraph_format.right_indent = Pt(64)
    d = para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
    d.paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）", first_indent=32, line=28)

    # ---- 附件 in a landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21)
    sec2.top_margin, sec2.bottom_margin = Cm(2.8), Cm(2.6)
    sec2.left_margin, sec2.right_margin = Cm(3.2), Cm(3.0)
    para(doc, "附件", "黑体", 16, line=28)
    para(doc, "", line=20)
    para(doc, ANNEX_TITLE, "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "", line=20)

    ntasks = sum(len(ts) for _, ts in PARTS)
    table = doc.add_table(rows=1, cols=5)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    table_borders(table)
    widths = [Cm(1.3), Cm(11.2), Cm(2.6), Cm(5.6), Cm(2.8)]
    fix_grid(table, widths)
    hdr = table.rows[0]
    repeat_header(hdr)
    for c, (wd, h) in enumerate(zip(widths, ["序号", "重点工作任务", "责任市领导", "责任单位", "完成时限"])):
        hdr.cells[c].width = wd
        cell_text(hdr.cells[c], [h], "黑体", 12, WD_ALIGN_PARAGRAPH.CENTER)

    gold = []
    n = 0
    for title, tasks in PARTS:
        row = table.add_row()
        cant_split(row)
        merged = row.cells[0].merge(row.cells[4])
        cell_text(merged, [title + "（%d项）" % len(tasks)], "黑体", 12)
        for task in tasks:
            n += 1
            row = table.add_row()
            cant_split(row)
            cells = row.cells
            for c, wd in enumerate(widths):
                cells[c].width = wd
            cell_text(cells[0], [str(n)], "仿宋_GB2312", 12, WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(cells[1], task["text"])
            cell_text(cells[2], leaders_printed(task), "仿宋_GB2312", 12, WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(cells[3], units_printed(task))
            cell_text(cells[4], [task["deadline"]], "仿宋_GB2312", 12, WD_ALIGN_PARAGRAPH.CENTER)

            units = list(task["units"])
            rule = task.get("rule")
            if rule is None:
                lead, coop = units[:1], units[1:]
            elif rule["lead"] is None:
                lead, coop = None, None
            else:
                lead = list(rule["lead"])
                assert all(u in units for u in lead)
                coop = [u for u in units if u not in lead]
            gold.append({
                "id": str(n),
                "marker": str(n),
                "head": "".join("".join(task["text"]).split())[:12],
                "responsible_units": units,
                "lead_units": lead,
                "cooperating_units": coop,
                "leaders": ["".join(x.split()).replace("　", "") for x in task["leaders"]],
                "deadline": task["deadline"],
            })
    assert n == ntasks == 36
    excepted = {i + 1 for i, t in enumerate(t for _, ts in PARTS for t in ts) if t.get("rule") is not None}
    assert excepted == EXPECTED_EXCEPTIONS, excepted

    # ---- 版记 on its own portrait page
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        para(doc, "", line=28)
    cc = para(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级法院，市检察院，湜阳军分区。",
              size=14, line=28)
    cc.paragraph_format.left_indent = Pt(14)
    cc.paragraph_format.right_indent = Pt(14)
    border(cc, "top", color="000000", sz=12, space=1)
    border(cc, "bottom", color="000000", sz=4, space=1)
    pr = para(doc, "", size=14, line=28)
    pr.paragraph_format.left_indent = Pt(14)
    pr.paragraph_format.right_indent = Pt(14)
    add_run(pr, "湜阳市人民政府办公室", size=14)
    pr.add_run("\t")
    add_run(pr, "2025年2月24日印发", size=14)
    tabs = pr.paragraph_format.tab_stops
    from docx.enum.text import WD_TAB_ALIGNMENT
    tabs.add_tab_stop(Cm(15.3), WD_TAB_ALIGNMENT.RIGHT)
    border(pr, "bottom", color="000000", sz=12, space=1)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 24, 9, 30, 0)
    cp.author = "市政府办公室秘书科"
    cp.last_modified_by = "市政府办公室秘书科"
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    return doc, gold


def deterministic_save(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 24, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def main():
    doc, gold = build()
    deterministic_save(doc, NOTICE)
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print("wrote", os.path.basename(NOTICE), "and", os.path.basename(GOLD), len(gold), "tasks")


if __name__ == "__main__":
    main()
