#!/usr/bin/python3
"""Round 148, notice 759: a 市属国有企业集团's 办公室 splits the work report of its
职代会暨工作会议 among the group's 部室 and 子公司.

Writes, from the one description below (PARTS):
  759_lianzhou_chengtou_jituan_zhidaihui_baogao_renwu_fenjie.docx
  759.tasks.gold.jsonl

The notice is a red-header Word document as the group's OA prints it: 红头
(涟州市城市建设投资集团有限公司办公室文件), 文号 涟城投办发〔2025〕7号 over a red rule,
title over two lines by a manual line break, 主送, a cover with three run-in
requirements (the second states the rule for 集团领导 / 牵头部门（单位） / 责任单位),
附件 line, 落款, date, 公开 attribute; then the 附件 on a landscape page: a table
序号 / 重点任务 / 责任分工 (集团领导 / 牵头部门（单位） / 责任单位) / 完成时限 with a
two-row header, part rows and sub-part rows merged across, 集团领导 merged down,
then a 注 with the subsidiaries' short names; then the 版记 on a portrait page.

Deterministic: core properties fixed, zip rewritten with fixed timestamps.
Run: /usr/bin/python3 make_759.py
"""
import io
import json
import re
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, Emu, RGBColor

NNN = "759"
DOCX = "759_lianzhou_chengtou_jituan_zhidaihui_baogao_renwu_fenjie.docx"
GOLD = "759.tasks.gold.jsonl"

ISSUER = "涟州市城市建设投资集团有限公司办公室"
WENHAO = "涟城投办发〔2025〕7号"
TITLE_LINES = ["关于印发集团公司三届二次职代会暨2025年",
               "工作会议工作报告重点任务分解方案的通知"]
ZHUSONG = "集团本部各部室，各全资、控股子公司："
ATTACH_TITLE = "集团公司三届二次职代会暨2025年工作会议工作报告重点任务分解方案"
DATE = "2025年3月4日"

COVER = [
    ("", "2月18日，集团公司三届二次职工代表大会暨2025年工作会议胜利召开。会议审议通过了党委副书记、"
         "总经理陈卫东代表集团公司所作的题为《坚定信心 实干争先 奋力推动集团高质量发展迈上新台阶》的工作报告。"
         "为确保报告确定的各项目标任务落地见效，经集团公司党委会、总经理办公会研究同意，现将《集团公司三届二次"
         "职代会暨2025年工作会议工作报告重点任务分解方案》印发给你们，并就有关事项通知如下。"),
    ("一、提高思想站位。", "各部室、各子公司要把抓好工作报告重点任务落实作为全年工作的主线，主要负责人亲自部署、"
         "亲自推动，结合实际制定具体推进计划，明确责任人和时间节点，逐项抓好落实，确保件件有着落、事事有回音。"),
    ("二、压实工作责任。", "分解方案中“集团领导”为任务的分管领导，负责统筹推动；“牵头部门（单位）”为任务落实的"
         "第一责任主体，负责牵头组织、统筹协调和进度汇总，列有两个牵头部门（单位）的，均为牵头部门（单位），"
         "由排在第一位的负责汇总报送；“责任单位”按照职责分工配合牵头部门（单位）抓好具体落实。子公司承担的任务，"
         "由子公司主要负责人负总责。"),
    ("三、强化督查考核。", "集团办公室（督查督办室）对重点任务实行清单化管理、销号式推进。各牵头部门（单位）于每月"
         "25日前通过OA系统报送当月进展情况，6月20日、12月20日前分别报送半年、全年完成情况。任务完成情况纳入"
         "2025年度部室绩效考核和子公司经营业绩考核，对推进不力、进度滞后的，予以通报并按规定严肃追责问责。"),
]

# Subsidiaries' short names as the 注 under the table gives them.
ABBREV = [
    ("城建公司", "涟州市城市建设开发有限公司"),
    ("置业公司", "涟州城投置业有限公司"),
    ("水务集团", "涟州水务集团有限公司"),
    ("交投公司", "涟州市交通投资建设有限公司"),
    ("更新公司", "涟州城市更新发展有限公司"),
    ("资本公司", "涟州城投资本管理有限公司"),
    ("建工公司", "涟州城投建设工程有限公司"),
    ("物业公司", "涟州城投物业服务有限公司"),
    ("文旅公司", "涟州文化旅游发展有限公司"),
]

# ---------------------------------------------------------------------------
# The one structured description.
# A task: (marker as printed in 序号, task text paragraphs, 集团领导 cell paragraphs
# or None = merged with the cell above, 牵头部门（单位） cell paragraphs,
# 责任单位 cell paragraphs, 完成时限 cell text).
# Parts: (part row text, [items]); an item is a task or ("SUB", sub-part row text).
# ---------------------------------------------------------------------------
PARTS = [
    ("一、锚定目标任务，全力稳增长促发展（共6项）", [
        ("1", ["全年实现营业收入92亿元、利润总额3.6亿元，资产总额突破1100亿元，资产负债率控制在65%以内。"],
         ["陈卫东"], ["财务管理部（资金中心）"], ["战略投资部、各子公司"], "2025年12月底"),
        ("2", ["完成固定资产投资150亿元以上，新开工项目28个、竣工项目19个。",
               "其中，政府性项目投资98亿元，经营性项目投资52亿元。"],
         None, ["战略投资部"], ["工程管理部、城建公司、交投公司、水务集团、更新公司"], "2025年12月底"),
        ("3", ["争取中央预算内投资、超长期特别国债和地方政府专项债券资金不低于25亿元，全年新增融资120亿元，"
               "综合融资成本下降20个基点以上。"],
         ["王晓燕"], ["融资管理部、财务管理部（资金中心）"], ["资本公司，各子公司"], "2025年12月底"),
        ("4", ["加快低效资产盘活，全年盘活存量资产30亿元以上，推动2个以上项目发行基础设施REITs或开展资产证券化。"],
         ["王晓燕", "何建军"], ["资产运营部"], ["资本公司、置业公司、物业公司"], "2025年11月底前"),
        ("5", ["深化市场化经营，经营性收入占比提高到45%以上，新承揽市场化项目合同额20亿元。"],
         ["何建军"], ["资产运营部"], ["建工公司、置业公司、物业公司、文旅公司"], "全年"),
        ("6", ["强化产业招商，全年引进产业项目12个、到位资金35亿元，新增入驻产业园区企业40家。"],
         None, ["战略投资部"], ["更新公司、文旅公司等"], "2025年12月底"),
    ]),
    ("二、聚焦主责主业，全力推进重大项目建设（共10项）", [
        ("SUB", "（一）城市基础设施建设"),
        ("7", ["加快推进涟江大道快速化改造工程，6月底前实现主线贯通，年底前全线完工。"],
         ["郑海涛"], ["交投公司"], ["工程管理部、安全环保部"], "2025年12月底"),
        ("8", ["开工建设城北综合客运枢纽，完成桩基工程及主体结构施工的40%。"],
         None, ["交投公司"], ["工程管理部"], "2025年9月底前开工"),
        ("9", ["实施城区雨污分流改造三期工程，新改建雨污管网48公里，9月底前完成主体工程。"],
         ["周　敏"], ["水务集团"], ["工程管理部、安全环保部"], "2025年9月底前"),
        ("10", ["推进第二水厂扩建工程，新增供水能力10万吨/日，年内通水试运行。"],
         None, ["水务集团"], ["战略投资部"], "2025年12月底"),
        ("SUB", "（二）城市更新和片区开发"),
        ("11", ["启动老城片区城市更新项目，完成征收拆迁1200户，开工建设安置房3200套。"],
         ["刘建国", "周　敏"], ["更新公司"], ["城建公司、法务审计部"], "2025年12月底"),
        ("12", ["实施老旧小区改造46个，惠及居民1.1万户，同步加装电梯80部。"],
         ["周　敏"], ["城建公司"], ["物业公司"], "2025年11月底前"),
        ("13", ["加快滨江新城片区综合开发，完成土地一级整理2000亩，推动3宗经营性用地出让。"],
         ["陈卫东"], ["置业公司"], ["战略投资部、财务管理部（资金中心）"], "2025年12月底"),
        ("14", ["推进保障性租赁住房筹集，新筹集保障性租赁住房1500套（间），配租率达到90%以上。"],
         ["何建军"], ["置业公司"], ["资产运营部、物业公司"], "2025年10月底前"),
        ("SUB", "（三）项目全周期管理"),
        ("15", ["严格落实项目建设“四制”，推行重大项目清单化管理、挂图作战，项目按期开工率、完工率均达到95%以上。"],
         ["郑海涛"], ["工程管理部"], ["各子公司"], "按季度推进"),
        ("16", ["强化工程造价管控，推行限额设计和全过程造价咨询，工程结算审减率不低于5%。"],
         None, ["法务审计部"], ["工程管理部", "建工公司"], "全年"),
    ]),
    ("三、深化改革创新，持续增强发展活力（共7项）", [
        ("SUB", "（一）国企改革深化提升"),
        ("１７", ["实施国有企业改革深化提升行动，全年完成改革任务台账的70%以上。"],
         ["刘建国"], ["办公室（党委办公室、董事会办公室）"], ["党委组织部（人力资源部）、战略投资部"], "2025年12月底"),
        ("18", ["完善中国特色现代企业制度，修订“三重一大”决策制度实施办法，推动子公司董事会应建尽建、外部董事占多数。"],
         None, ["办公室（党委办公室、董事会办公室）"], ["法务审计部、各子公司"], "2025年6月底前"),
        ("19", ["全面推行经理层成员任期制和契约化管理，完善工资总额与经济效益联动机制，实施差异化考核。"],
         ["陈卫东"], ["党委组织部（人力资源部）"], ["财务管理部（资金中心）", "各子公司"], "2025年12月底"),
        ("20", ["稳妥推进“两非”“两资”清退和亏损企业治理，压减三级以下企业4户。"],
         ["王晓燕"], ["资产运营部"], ["法务审计部、资本公司"], "2025年9月底前"),
        ("SUB", "（二）科技创新和数字化转型"),
        ("21", ["推进智慧水务、智慧工地平台建设，建成集团数字化管理平台一期并上线运行。"],
         ["郑海涛"], ["科技信息部"], ["水务集团、建工公司"], "2025年10月底前"),
        ("22", ["加大研发投入，研发经费投入强度达到1.2%，新申报专利15项、省级工法2项。"],
         None, ["科技信息部"], ["建工公司、水务集团、交投公司"], "全年"),
        ("23", ["健全合规管理体系，实现重点领域合规审查全覆盖，规章制度、经济合同和重要决策法律审核率保持100%。"],
         ["王晓燕"], ["法务审计部"], ["集团各部室、各子公司"], "持续推进"),
    ]),
    ("四、守牢安全底线，坚决防范化解重大风险（共5项）", [
        ("24", ["严格落实安全生产责任制，深化安全生产治本攻坚三年行动，确保不发生较大及以上生产安全事故。"],
         ["陈卫东、郑海涛"], ["安全环保部"], ["集团各部室、各子公司"], "全年"),
        ("25", ["加强债务风险管控，严控新增隐性债务，确保到期债务按时足额偿还，坚决守住不发生债务违约的底线。"],
         ["总会计师　王晓燕"], ["融资管理部"], ["财务管理部（资金中心）、资本公司"], "全年"),
        ("26", ["强化投资风险防控，严格投资项目可行性研究论证和投资后评价，负面清单项目一律不投。"],
         ["陈卫东"], ["战略投资部"], ["/"], "持续推进"),
        ("27", ["加强信访维稳和舆情管理，妥善化解征收安置、工程款支付等领域矛盾纠纷。"],
         ["班子成员按分工"], ["办公室（党委办公室、董事会办公室）"], ["更新公司、城建公司、建工公司"], "全年"),
        ("28", ["开展清理拖欠企业账款专项行动，6月底前完成存量拖欠账款清偿。"],
         ["王晓燕"], ["财务管理部（资金中心）"], ["工程管理部、各子公司"], "2025年6月底前"),
    ]),
    ("五、坚持党建引领，锻造过硬干部职工队伍（共6项）", [
        ("29", ["深入学习贯彻习近平新时代中国特色社会主义思想，落实“第一议题”制度，打造“城投先锋”党建品牌。"],
         ["刘建国"], ["党群工作部（工会办公室、团委）"], ["办公室（党委办公室、董事会办公室）、各子公司"], "全年"),
        ("30", ["实施人才强企工程，引进高层次和紧缺专业人才30名，开展中层管理人员竞聘上岗。"],
         None, ["党委组织部（人力资源部）"], ["各子公司"], "2025年10月底前"),
        ("31", ["持续深化正风肃纪，开展工程建设领域突出问题专项整治，一体推进不敢腐、不能腐、不想腐。"],
         ["赵　明"], ["纪委办公室（纪检监察室）"], ["法务审计部、工程管理部"], "全年"),
        ("32", ["办好职工“十件实事”，落实职工收入与企业效益同步增长机制，实现职工健康体检、困难职工帮扶全覆盖。"],
         ["孙丽华"], ["党群工作部（工会办公室、团委）"],
         ["党委组织部（人力资源部）、财务管理部（资金中心）、物业公司"], "2025年12月底"),
        ("33", ["抓好职代会提案办理，对三届二次职代会立案的26件提案逐件明确承办部门，办结率达到100%。"],
         None, ["党群工作部（工会办公室、团委）"], ["提案承办部门（单位）"], "2025年11月底前"),
        ("34", ["加强企业文化建设，开展“城投精神”宣贯，办好集团成立十五周年系列活动。"],
         None, ["党群工作部（工会办公室、团委）"], ["办公室（党委办公室、董事会办公室）"], "2025年9月底前"),
    ]),
]

NOTE = ["注：1.子公司简称：" + "；".join(f"{a}——{b}" for a, b in ABBREV) + "。",
        "2.“完成时限”为“全年”“持续推进”“按季度推进”的，按季度报送进展情况。"]

CC = "抄送：集团公司领导班子成员，集团公司外部董事。"

# ---------------------------------------------------------------------------
# gold derivation
# ---------------------------------------------------------------------------
POSTS = ["党委书记", "董事长", "总经理", "副总经理", "总会计师", "总工程师", "纪委书记", "工会主席"]


def split_units(text):
    """Split a printed unit list at 、，； outside brackets; drop a trailing 等; '/' is none."""
    if text.strip() in ("/", "／", "无", ""):
        return []
    out, cur, depth = [], "", 0
    for ch in text:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if ch in "、，；" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    res = []
    for u in out:
        u = u.strip()
        if u.endswith("等"):
            u = u[:-1]
        if u:
            res.append(u)
    return res


def leader_names(paras):
    names = []
    for p in paras:
        if "班子成员" in p:
            continue
        for part in p.split("、"):
            part = part.replace("\u3000", " ").strip()
            for post in POSTS:
                if part.startswith(post):
                    part = part[len(post):]
            part = re.sub(r"\s+", "", part)
            if part:
                names.append(part)
    return names


def head12(text):
    return re.sub(r"\s+", "", text)[:12]


def marker_id(marker):
    return str(int(marker.translate(str.maketrans("０１２３４５６７８９", "0123456789"))))


def build_gold():
    gold = []
    last_leaders = None
    for _part, items in PARTS:
        for it in items:
            if it[0] == "SUB":
                continue
            marker, text, lead_cell, qt_cell, coop_cell, deadline = it
            if lead_cell is None:
                leaders = last_leaders
            else:
                leaders = leader_names(lead_cell)
                last_leaders = leaders
            lead = [u for p in qt_cell for u in split_units(p)]
            coop = [u for p in coop_cell for u in split_units(p)]
            gold.append({
                "id": marker_id(marker),
                "marker": marker,
                "head": head12(text[0]),
                "responsible_units": lead + coop,
                "lead_units": lead,
                "cooperating_units": coop,
                "leaders": list(leaders),
                "deadline": deadline,
            })
    return gold


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"


def set_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", east=FS, size=16, bold=False, align=None, indent=False,
         color=None, spacing=28, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if spacing:
        pf.line_spacing = Pt(spacing)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        set_font(r, east, size, bold, color)
    return p


def border(p, side, sz, color="FF0000", val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement(f"w:{side}")
    e.set(qn("w:val"), val)
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    bdr.append(e)


def squeeze(run, pct):
    rpr = run._element.get_or_add_rPr()
    w = OxmlElement("w:w")
    w.set(qn("w:val"), str(pct))
    rpr.append(w)


def cell_text(cell, paras, size=11, east=FS, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    first = True
    for t in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(16)
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(t)
        set_font(r, east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def table_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trPr.append(h)


def page_number_footer(section):
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14, ascii_font="宋体")
    r = p.add_run()
    set_font(r, "宋体", 14, ascii_font="宋体")
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        elif txt.strip() == "PAGE":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = txt
            r._element.append(t)
    r = p.add_run(" —")
    set_font(r, "宋体", 14, ascii_font="宋体")


# ---------------------------------------------------------------------------
def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.footer_distance = Cm(2.5)
    page_number_footer(sec)

    # the default template's empty first paragraph is removed
    body = doc.element.body
    for p in list(body.findall(qn("w:p"))):
        body.remove(p)

    # red header
    for _ in range(2):
        para(doc, "", spacing=28)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, spacing=None)
    r = p.add_run(ISSUER + "文件")
    set_font(r, XBS, 30, color="FF0000")
    squeeze(r, 62)
    para(doc, "", spacing=28)
    para(doc, "", spacing=28)
    p = para(doc, WENHAO, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    border(p, "bottom", 18, "FF0000")
    para(doc, "")

    # title over two lines by a manual line break
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    r = p.add_run(TITLE_LINES[0])
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run(TITLE_LINES[1])
    set_font(r, XBS, 22)
    para(doc, "")

    para(doc, ZHUSONG)
    for lead_in, rest in COVER:
        p = para(doc, indent=True)
        if lead_in:
            r = p.add_run(lead_in)
            set_font(r, HT, 16)
        r = p.add_run(rest)
        set_font(r, FS, 16)
    para(doc, "")
    p = para(doc)
    r = p.add_run("附件：" + ATTACH_TITLE)
    set_font(r, FS, 16)
    p.paragraph_format.left_indent = Pt(80)
    p.paragraph_format.first_line_indent = Pt(-48)
    para(doc, "")
    p = para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(32)
    p = para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    para(doc, "（此件不对外公开）", indent=True)

    # ---- 附件 on a landscape section
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21.0)
    s2.top_margin, s2.bottom_margin = Cm(2.6), Cm(2.4)
    s2.left_margin, s2.right_margin = Cm(2.5), Cm(2.3)
    para(doc, "附件", east=HT, size=16)
    para(doc, "")
    para(doc, ATTACH_TITLE, east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    para(doc, "")

    widths = [Cm(1.3), Cm(10.6), Cm(2.5), Cm(3.9), Cm(4.5), Cm(2.1)]
    ncols = 6
    tbl = doc.add_table(rows=2, cols=ncols)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(tbl)
    h0, h1 = tbl.rows
    a = h0.cells[0].merge(h1.cells[0]); cell_text(a, ["序号"], 12, HT)
    a = h0.cells[1].merge(h1.cells[1]); cell_text(a, ["重点任务"], 12, HT)
    a = h0.cells[2].merge(h0.cells[4]); cell_text(a, ["责任分工"], 12, HT)
    a = h0.cells[5].merge(h1.cells[5]); cell_text(a, ["完成时限"], 12, HT)
    cell_text(h1.cells[2], ["集团领导"], 12, HT)
    cell_text(h1.cells[3], ["牵头部门（单位）"], 12, HT)
    cell_text(h1.cells[4], ["责任单位"], 12, HT)
    repeat_header(h0)
    repeat_header(h1)

    for part, items in PARTS:
        row = tbl.add_row()
        c = row.cells[0].merge(row.cells[ncols - 1])
        cell_text(c, [part], 12, HT, align=WD_ALIGN_PARAGRAPH.LEFT)
        leader_top = None
        for it in items:
            if it[0] == "SUB":
                row = tbl.add_row()
                c = row.cells[0].merge(row.cells[ncols - 1])
                cell_text(c, [it[1]], 12, KT, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT)
                leader_top = None
                continue
            marker, text, lead_cell, qt_cell, coop_cell, deadline = it
            row = tbl.add_row()
            cs = row.cells
            cell_text(cs[0], [marker])
            cell_text(cs[1], text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            if lead_cell is None:
                assert leader_top is not None
                leader_top = leader_top.merge(cs[2])
            else:
                cell_text(cs[2], lead_cell)
                leader_top = cs[2]
            cell_text(cs[3], qt_cell)
            cell_text(cs[4], coop_cell)
            cell_text(cs[5], [deadline])
    for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for tr in tbl._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Emu(sum(widths[col:col + span]))
            col += span

    p = para(doc, "", spacing=20)
    for n in NOTE:
        p = para(doc, n, size=12, spacing=20)
        if n.startswith("2."):
            p.paragraph_format.left_indent = Pt(36)

    # ---- 版记 on a portrait section
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Cm(21.0), Cm(29.7)
    s3.top_margin, s3.bottom_margin = Cm(3.7), Cm(3.5)
    s3.left_margin, s3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        para(doc, "")
    p = para(doc, CC, size=14)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", 8, "000000")
    border(p, "bottom", 4, "000000")
    p = para(doc, size=14)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(ISSUER + "\t" + DATE + "印发")
    set_font(r, FS, 14)
    border(p, "bottom", 8, "000000")

    cp = doc.core_properties
    fixed = datetime(2025, 3, 4, 9, 30, 0)
    cp.author = "集团办公室"
    cp.last_modified_by = "集团办公室"
    cp.title = TITLE_LINES[0] + TITLE_LINES[1]
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps and order
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 4, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def main():
    data = build_docx()
    with open(DOCX, "wb") as f:
        f.write(data)
    gold = build_gold()
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {DOCX} ({len(data)} bytes) and {GOLD} ({len(gold)} tasks)")


if __name__ == "__main__":
    main()
