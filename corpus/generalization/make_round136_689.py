#!/usr/bin/python3
"""Round 136 / 689 — control case.

Writes an ordinary red-header Word notice of a city 农业农村局 (蒹川市, invented)
关于印发2025年全市农业农村工作要点任务分工的通知, whose 附件 is a landscape Word
table 序号 / 工作要点 / 具体措施 / 分管局领导 / 牵头科室 / 配合科室 / 完成时限:
each 工作要点 cell merged down (vMerge) over its 具体措施 rows, one task a row,
序号 1–37 running on.  Also writes the gold list.

Deterministic: fixed core properties and fixed zip entry dates.
Run: /usr/bin/python3 make_689.py
"""
import io
import json
import os
import re
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "689_jianchuan_shi_nongyenongcunju_gongzuo_yaodian_fengong"
DOCX = os.path.join(HERE, NAME + ".docx")
GOLD = os.path.join(HERE, NAME + ".tasks.gold.jsonl")

ISSUER = "蒹川市农业农村局"
DOCNO = "蒹农发〔2025〕6号"
TITLE = "蒹川市农业农村局关于印发2025年全市农业农村工作要点任务分工的通知"
ATT_TITLE = "2025年全市农业农村工作要点任务分工"
DATE = "2025年3月6日"

# ---------------------------------------------------------------- table data
# 工作要点 (merged down over their rows)
YAODIAN = [
    "全力抓好粮食和重要农产品稳产保供",
    "加强耕地保护和高标准农田建设",
    "推动乡村产业高质量发展",
    "巩固拓展脱贫攻坚成果",
    "扎实推进宜居宜业和美乡村建设",
    "深化农村改革",
    "强化农业科技和装备支撑",
    "守牢农业安全生产和农产品质量安全底线",
    "加强机关党的建设和自身建设",
]

# one row per task:
# (yaodian index, 具体措施 paragraphs, 分管局领导 paragraphs, 牵头科室, 配合科室 paragraphs, 完成时限)
ROWS = [
    # 一 粮食
    (0, ["严格落实粮食安全党政同责，全年粮食播种面积稳定在312万亩以上、总产量稳定在26亿斤以上，将目标任务分解下达到各县（市、区）。"],
     ["陈立军"], "种植业管理科", ["发展规划与财务科、各县（市、区）农业农村局"], "2025年12月底前"),
    (0, ["深入实施粮油作物大面积单产提升行动，建设玉米、水稻单产提升整建制推进县2个、示范片15个以上。"],
     ["陈立军"], "种植业管理科、市农业技术推广中心", ["科技教育科、农业机械化管理科"], "2025年10月底前"),
    (0, ["抓好春耕备耕和“三夏”“三秋”生产，加强化肥、农药、种子等农资供应监测调度，确保不误农时。"],
     ["陈立军"], "种植业管理科", ["市场与信息化科，农业机械化管理科"], "全年"),
    (0, ["稳定生猪基础产能，能繁母猪存栏量保持在正常保有量的92%—110%区间，推进肉牛肉羊增量提质。"],
     ["王　勇"], "畜牧兽医科", ["市畜牧兽医服务中心"], "全年"),
    (0, ["稳定水产养殖面积，推进稻渔综合种养和养殖池塘标准化改造1.2万亩。"],
     ["王　勇"], "渔业渔政科", ["/"], "2025年11月底前"),
    # 二 耕地
    (1, ["新建高标准农田18万亩、改造提升6万亩，按时完成年度建设任务并通过市级验收。"],
     ["赵国平"], "农田建设管理科", ["发展规划与财务科、各县（市、区）农业农村局"], "2025年12月底前"),
    (1, ["开展已建高标准农田“回头看”，落实工程管护主体和管护责任，健全建后管护长效机制。"],
     ["赵国平"], "农田建设管理科", ["政策法规科"], "2025年9月底前"),
    (1, ["实施耕地质量保护与提升行动，治理酸化耕地2万亩，完成年度耕地质量等级调查评价。"],
     ["赵国平"], "市农业技术推广中心", ["种植业管理科、农田建设管理科"], "2025年11月底前"),
    (1, ["加强农业防灾减灾，修订完善防汛抗旱、低温冻害等农业灾害应急预案，及时做好灾后生产恢复。",
         "开展小麦条锈病、草地贪夜蛾等重大病虫害监测预警和统防统治，统防统治覆盖率达到45%以上。"],
     ["陈立军"], "种植业管理科", ["市农业技术推广中心、办公室"], "全年"),
    # 三 产业
    (2, ["培育壮大农业产业化龙头企业，新增市级以上龙头企业15家，农产品加工业产值与农业总产值之比提高到2.4:1。"],
     ["刘晓燕"], "乡村产业发展科", ["农村合作经济指导科、发展规划与财务科"], "2025年12月底前"),
    (2, ["推进现代农业产业园、农业产业强镇和优势特色产业集群建设，争创省级现代农业产业园1个。"],
     ["刘晓燕"], "乡村产业发展科", ["发展规划与财务科"], "2025年10月底前"),
    (2, ["发展乡村休闲旅游，推介休闲农业与乡村旅游精品线路10条以上，办好中国农民丰收节蒹川市系列活动。"],
     ["刘晓燕"], "乡村产业发展科", ["办公室、市场与信息化科"], "2025年9月底前"),
    (2, ["加强农业品牌建设，新增绿色食品、有机农产品和农产品地理标志30个以上，组织企业参加各类农产品展示展销活动。"],
     ["刘晓燕、王　勇"], "市场与信息化科", ["农产品质量安全监管科、乡村产业发展科"], "全年"),
    # 四 脱贫
    (3, ["健全防止返贫致贫动态监测和帮扶机制，对监测对象做到早发现、早干预、早帮扶，坚决守住不发生规模性返贫致贫底线。"],
     ["周海川"], "帮扶工作科", ["市乡村振兴服务中心、各县（市、区）农业农村局"], "全年"),
    (3, ["用好衔接推进乡村振兴补助资金，用于产业发展的比例不低于60%，加强帮扶项目资产后续管理。"],
     ["周海川"], "帮扶工作科、发展规划与财务科", ["乡村产业发展科"], "2025年12月底前"),
    (3, ["深化对口协作和定点帮扶，扎实开展消费帮扶，推动脱贫人口稳岗就业。"],
     ["周海川"], "帮扶工作科", ["市乡村振兴服务中心"], "2025年12月底前"),
    (3, ["开展过渡期后常态化帮扶政策调研，做好政策衔接储备。"],
     ["周海川"], "政策法规科", ["帮扶工作科"], "2025年10月底前"),
    # 五 和美乡村
    (4, ["深入实施农村人居环境整治提升五年行动，农村卫生厕所普及率达到80%以上，做好问题厕所摸排整改。"],
     ["陈立军"], "乡村建设促进科", ["各县（市、区）农业农村局"], "2025年11月底前"),
    (4, ["推进和美乡村示范创建，年内建成市级和美乡村示范村30个。"],
     ["陈立军"], "乡村建设促进科", ["发展规划与财务科、乡村产业发展科"], "2025年12月底前"),
    (4, ["协同推进农村生活垃圾和生活污水治理，推进畜禽粪污资源化利用，综合利用率稳定在80%以上。"],
     ["陈立军", "王　勇"], "乡村建设促进科、畜牧兽医科", ["市畜牧兽医服务中心"], "全年"),
    (4, ["加强和改进乡村治理，推广积分制、清单制等务实管用的治理方式，深入推进农村移风易俗。"],
     ["刘晓燕"], "农村社会事业促进科", ["机关党委（人事科）"], "全年"),
    # 六 改革
    (5, ["稳妥推进第二轮土地承包到期后再延长30年整县试点，做好农村土地承包经营权确权登记成果应用。"],
     ["刘晓燕"], "农村合作经济指导科", ["政策法规科、各县（市、区）农业农村局"], "2025年12月底前"),
    (5, ["发展新型农村集体经济，集体经营性收入10万元以上的村占比达到55%以上，开展农村集体资产监督管理提质增效行动。"],
     ["刘晓燕"], "农村合作经济指导科", ["/"], "2025年12月底前"),
    (5, ["培育家庭农场和农民合作社，新增市级示范家庭农场50家、示范社30家，健全农业社会化服务体系。"],
     ["刘晓燕"], "农村合作经济指导科", ["乡村产业发展科、农业机械化管理科"], "2025年12月底前"),
    (5, ["稳慎推进农村宅基地制度改革，规范农村宅基地审批管理。"],
     ["刘晓燕"], "政策法规科", ["农村合作经济指导科"], "持续推进"),
    # 七 科技装备
    (6, ["推进农业科技创新和成果转化，遴选发布农业主推技术40项以上，建设农业科技示范展示基地20个。"],
     ["赵国平"], "科技教育科", ["市农业技术推广中心"], "2025年11月底前"),
    (6, ["实施高素质农民培育计划，培育高素质农民2500人以上，开展农村实用人才带头人培训。"],
     ["赵国平"], "科技教育科", ["乡村产业发展科"], "2025年12月底前"),
    (6, ["落实农机购置与应用补贴政策，主要农作物耕种收综合机械化率达到88%。"],
     ["赵国平"], "农业机械化管理科", ["市农业机械化技术推广站、发展规划与财务科"], "2025年12月底前"),
    (6, ["推进智慧农业和数字乡村建设，完善市级农业农村大数据平台功能。"],
     ["赵国平"], "市场与信息化科", ["无"], "2025年12月底前"),
    # 八 安全
    (7, ["开展农产品质量安全“治违禁 控药残 促提升”行动，农产品质量安全例行监测合格率稳定在98%以上。"],
     ["王　勇"], "农产品质量安全监管科", ["市农产品质量安全检测中心"], "全年"),
    (7, ["做好非洲猪瘟、高致病性禽流感等重大动物疫病防控，强制免疫病种应免尽免。"],
     ["王　勇"], "畜牧兽医科", ["市畜牧兽医服务中心、各县（市、区）农业农村局"], "全年"),
    (7, ["深化农业综合行政执法改革，开展农资打假专项治理和重点水域禁捕执法行动。"],
     ["王勇"], "市农业综合行政执法支队", ["政策法规科、渔业渔政科、种植业管理科"], "全年"),
    (7, ["抓好农机、渔业船舶、农药使用等农业安全生产，常态化开展安全隐患排查整治。"],
     ["王　勇"], "农业机械化管理科、渔业渔政科", ["种植业管理科、畜牧兽医科", "市农业综合行政执法支队"], "全年"),
    # 九 党建
    (8, ["落实全面从严治党主体责任，推进清廉机关建设，巩固深入贯彻中央八项规定精神学习教育成果。"],
     ["周海川"], "机关党委（人事科）", ["局机关各科室、局属各单位"], "全年"),
    (8, ["推进依法行政，做好“八五”普法总结验收和行政规范性文件合法性审核。"],
     ["刘晓燕"], "政策法规科", ["办公室"], "2025年11月底前"),
    (8, ["加强政务信息、督查督办和宣传工作，办理人大代表建议和政协委员提案，按时办结率达到100%。"],
     ["陈立军"], "办公室", ["各相关科室（单位）"], "2025年10月底前"),
    (8, ["加强预算绩效管理和内部审计监督，规范项目资金使用管理。"],
     ["周海川"], "发展规划与财务科", ["/"], "全年"),
]

# vertical merges beyond the 工作要点 column: (column, first row no., last row no.) — 1-based 序号
COL = {"seq": 0, "yaodian": 1, "measure": 2, "leader": 3, "lead": 4, "coop": 5, "deadline": 6}
MERGES = [
    ("leader", 1, 3), ("leader", 4, 5), ("leader", 6, 8),
    ("leader", 10, 12),
    ("leader", 14, 17),
    ("leader", 18, 19),
    ("leader", 21, 25),          # runs over the 工作要点 boundary (rows 21 | 22–25)
    ("leader", 26, 29),
    ("leader", 30, 31),
    ("lead", 22, 24),
    ("deadline", 22, 24),
    ("deadline", 30, 33),
]


# ---------------------------------------------------------------- helpers
def set_font(run, east="仿宋_GB2312", ascii_="Times New Roman", size=16, bold=False, color=None):
    run.font.name = ascii_
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), ascii_)
    rfonts.set(qn("w:hAnsi"), ascii_)
    rfonts.set(qn("w:eastAsia"), east)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", east="仿宋_GB2312", size=16, bold=False, align=None, indent=True,
         color=None, line=Pt(28), space_before=0, space_after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    pf.line_spacing = line
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if text:
        r = p.add_run(text)
        set_font(r, east=east, size=size, bold=bold, color=color)
    return p


def runin(doc, lead, rest):
    """body paragraph with a 黑体 run-in heading"""
    p = para(doc)
    r = p.add_run(lead)
    set_font(r, east="黑体")
    r = p.add_run(rest)
    set_font(r)
    return p


def border(p, side, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)


def cell_text(cell, paras, east="仿宋_GB2312", size=12, align=WD_ALIGN_PARAGRAPH.LEFT, bold=False):
    first = True
    for t in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(20)
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(t)
        set_font(r, east=east, size=size, bold=bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


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


PPR_SEQ = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
           "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
           "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
           "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
           "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
           "sectPr", "pPrChange"]
TBLPR_SEQ = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
             "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar",
             "tblLook", "tblCaption", "tblDescription"]


def _reorder(el, seq):
    kids = list(el)
    def key(k):
        name = k.tag.split("}")[1]
        return seq.index(name) if name in seq else len(seq)
    kids.sort(key=key)
    for k in kids:
        el.remove(k)
    for k in kids:
        el.append(k)


def fix_order(doc):
    """keep pPr / tblPr children in schema order (Word is strict about it)"""
    body = doc.element.body
    for ppr in body.iter(qn("w:pPr")):
        _reorder(ppr, PPR_SEQ)
    for tp in body.iter(qn("w:tblPr")):
        _reorder(tp, TBLPR_SEQ)


def split_top(t, seps="、，,；;"):
    """split on separators outside brackets (各县（市、区）农业农村局 stays one unit)"""
    out, cur, depth = [], "", 0
    for ch in t:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if ch in seps and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return out


def split_units(paras):
    out = []
    for t in paras:
        for u in split_top(t):
            u = u.strip()
            if u and u not in ("/", "无"):
                out.append(u)
    return out


# ---------------------------------------------------------------- document
def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    # 版头
    body = doc.element.body
    p0 = doc.paragraphs[0] if doc.paragraphs else None
    if p0 is not None:
        body.remove(p0._p)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, ISSUER + "文件", east="方正小标宋简体", size=42, align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, color="FF0000", line=Pt(60))
    para(doc, "", indent=False)
    p = para(doc, DOCNO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_after=6)
    border(p, "bottom", sz=18)
    para(doc, "", indent=False)

    # 标题
    para(doc, TITLE, east="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         line=Pt(36))
    para(doc, "", indent=False)

    # 主送
    para(doc, "局机关各科室、局属各单位，各县（市、区）农业农村局：", indent=False)

    para(doc, "为全面贯彻落实中央和省委、省政府关于“三农”工作的决策部署，根据全市农村工作会议精神，"
              "经局党组会议研究，制定了《2025年全市农业农村工作要点任务分工》，现印发给你们，"
              "并就有关事项通知如下，请认真抓好贯彻落实。")
    runin(doc, "一、提高思想认识。", "2025年是“十四五”规划收官之年，做好全年农业农村工作意义重大。"
                                  "各科室（单位）要切实把思想和行动统一到中央和省、市决策部署上来，"
                                  "坚持农业农村优先发展，对照任务分工逐项细化落实措施，确保各项工作取得实效。")
    runin(doc, "二、压实工作责任。", "任务分工明确了每项具体措施的分管局领导、牵头科室（单位）、"
                                  "配合科室（单位）和完成时限。分管局领导要加强统筹调度，定期听取工作进展情况汇报；"
                                  "牵头科室（单位）是任务落实的第一责任主体，要制定具体推进计划，"
                                  "牵头科室有两个的，排在第一位的为主牵头科室；配合科室（单位）要主动对接、"
                                  "密切配合，形成工作合力。")
    runin(doc, "三、强化督促检查。", "局办公室将对任务落实情况实行季度调度，各牵头科室（单位）"
                                  "于每季度最后一个月25日前将工作进展情况书面报送局办公室，"
                                  "12月10日前报送全年工作完成情况。工作推进中遇到的重大问题要及时向分管局领导报告"
                                  "（联系人：林　静，联系电话：6218537）。")
    para(doc, "", indent=False)
    p = para(doc)
    r = p.add_run("附件：" + ATT_TITLE)
    set_font(r)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(64)
    para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(80)
    para(doc, "", indent=False)
    para(doc, "（此件主动公开）")

    # 附件: landscape section
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21.0)
    new.top_margin, new.bottom_margin = Cm(2.8), Cm(2.6)
    new.left_margin, new.right_margin = Cm(2.5), Cm(2.5)

    para(doc, "附件", east="黑体", indent=False)
    para(doc, "", indent=False)
    para(doc, ATT_TITLE, east="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         line=Pt(36))
    para(doc, "", indent=False, line=Pt(14))

    head = ["序号", "工作要点", "具体措施", "分管局领导", "牵头科室", "配合科室", "完成时限"]
    widths = [Cm(1.1), Cm(3.3), Cm(8.6), Cm(2.0), Cm(3.2), Cm(4.1), Cm(2.4)]
    tbl = doc.add_table(rows=1 + len(ROWS), cols=7)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl.autofit = False
    table_borders(tbl)
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    tblPr = tbl._tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblPr.append(tw)
    tw.set(qn("w:w"), str(sum(int(w.twips) for w in widths)))
    tw.set(qn("w:type"), "dxa")
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for row in tbl.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]
    # header row, repeated on each page
    hdr = tbl.rows[0]
    trpr = hdr._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trpr.append(th)
    for i, t in enumerate(head):
        cell_text(hdr.cells[i], [t], east="黑体", size=12, align=WD_ALIGN_PARAGRAPH.CENTER)

    # merge bookkeeping
    merged_rows = {}  # (col, rowno) -> (start,end)
    # 工作要点 merges by group
    groups = {}
    for n, r in enumerate(ROWS, 1):
        groups.setdefault(r[0], []).append(n)
    merges = [("yaodian", ns[0], ns[-1]) for g, ns in sorted(groups.items()) if len(ns) > 1] + MERGES
    for col, a, b in merges:
        for n in range(a, b + 1):
            merged_rows[(col, n)] = (a, b)

    # values; check merged runs hold one value
    def value(n, col):
        r = ROWS[n - 1]
        return {
            "seq": [str(n)],
            "yaodian": [YAODIAN[r[0]]],
            "measure": r[1],
            "leader": r[2],
            "lead": [r[3]],
            "coop": r[4],
            "deadline": [r[5]],
        }[col]

    for col, a, b in merges:
        vals = {tuple(value(n, col)) for n in range(a, b + 1)}
        assert len(vals) == 1, (col, a, b, vals)

    for n in range(1, len(ROWS) + 1):
        row = tbl.rows[n]
        for col, ci in COL.items():
            span = merged_rows.get((col, n))
            if span and span[0] != n:
                continue
            align = WD_ALIGN_PARAGRAPH.LEFT if col in ("measure", "yaodian") else WD_ALIGN_PARAGRAPH.CENTER
            if col in ("lead", "coop"):
                align = WD_ALIGN_PARAGRAPH.LEFT
            cell_text(row.cells[ci], value(n, col), align=align)
    for col, a, b in merges:
        ci = COL[col]
        top = tbl.rows[a].cells[ci]
        top.merge(tbl.rows[b].cells[ci])
    # re-center merged cells (merge may reset)
    for col, a, b in merges:
        tbl.rows[a].cells[COL[col]].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    # 版记 on its own portrait page
    sec3 = doc.add_section()
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        para(doc, "", indent=False)
    p = para(doc, "抄送：市委农村工作领导小组办公室，市人民政府办公室。", size=14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", color="000000", sz=8)
    border(p, "bottom", color="000000", sz=4)
    p = para(doc, "蒹川市农业农村局办公室　　　　　　　　　　　2025年3月6日印发", size=14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "bottom", color="000000", sz=8)

    fix_order(doc)
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 3, 6, 9, 30, 0)
    cp.author = "蒹川市农业农村局办公室"
    cp.last_modified_by = "nyncj"
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 3
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed

    buf = io.BytesIO()
    doc.save(buf)
    # re-zip with fixed entry dates so the bytes never change
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(DOCX, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 6, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(info.filename))


def gold():
    recs = []
    for n, r in enumerate(ROWS, 1):
        g, measure, leaders, lead, coop, deadline = r
        text = "".join(measure)
        lead_u = split_units([lead])
        coop_u = split_units(coop)
        names = []
        for t in leaders:
            for x in re.split("[、，]", t):
                x = x.replace("　", "").replace(" ", "")
                if x:
                    names.append(x)
        recs.append({
            "id": str(n),
            "marker": str(n),
            "head": text[:12],
            "responsible_units": lead_u + coop_u,
            "lead_units": lead_u,
            "cooperating_units": coop_u,
            "leaders": names,
            "deadline": deadline,
        })
    with open(GOLD, "w", encoding="utf-8", newline="\n") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    build()
    gold()
    print("wrote", DOCX, "and", GOLD, len(ROWS), "tasks")
