#!/usr/bin/python3
"""Round 142, notice 724: a county 任务分工 whose 责任单位 column is split by tier.

Form: a 县政府办 red-header Word notice printing a 城乡人居环境整治提升行动 任务分工方案 as a
landscape table whose two-row header puts `责任单位` over two sub-columns, `县直部门` and
`乡镇（街道）` (the 条块 split: departments over the township tier).  The columns do not
name the roles; the cover's rule does, across the two columns: the first 县直部门 leads,
the other departments and the listed 乡镇（街道） cooperate, a `—` in 县直部门 hands the lead
to the listed 乡镇（街道）, and a unit marked `（牵头）` leads whatever its place.

Writes (deterministic bytes):
  724_qingshan_xian_renju_huanjing_renwu_fengong.docx
  724.tasks.gold.jsonl
Run: /usr/bin/python3 make_724.py
"""
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
DOCX = os.path.join(HERE, "724_qingshan_xian_renju_huanjing_renwu_fengong.docx")
GOLD = os.path.join(HERE, "724.tasks.gold.jsonl")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

# ---------------------------------------------------------------------------
# The one structured description of the notice.
# Each task: (序号 as printed, [task paragraphs], leader cell, [县直部门 paragraphs],
#             [乡镇（街道） paragraphs], deadline)
# leader cell: a list of paragraphs starting a (vertically merged) run, or None to
# continue the run above (w:vMerge continue).  A run never crosses a part row.
# ---------------------------------------------------------------------------
D = "—"
PARTS = [
    ("一、农村生活垃圾治理（6项）", [
        ("1", ["健全农村生活垃圾收运处置体系。完善“户分类、村收集、镇转运、县处理”运行模式，新建乡镇垃圾中转站2座，更新村级垃圾收集车辆40辆，实现农村生活垃圾收运处置体系行政村全覆盖。"],
         ["陈立军"], ["县城市管理局（县综合行政执法局）、县财政局"], ["各乡镇（街道）"], "2025年9月底前"),
        ("2", ["推进农村生活垃圾分类和资源化利用。在青石镇、柳河镇开展农村生活垃圾分类减量示范，每个示范乡镇建成分类示范村不少于5个，可回收物纳入供销再生资源回收网络。"],
         None, ["县农业农村局、县供销合作社联合社、县商务局"], ["青石镇、柳河镇"], "2025年11月底前"),
        ("3", ["开展非正规垃圾堆放点排查整治。对河道沿线、道路两侧、村庄周边垃圾堆放点开展拉网式排查，建立问题清单，动态清零。"],
         None, ["市生态环境局苘山分局、县城市管理局（县综合行政执法局）"], ["各乡镇（街道）"], "2025年6月底前"),
        ("4", ["推进农业生产废弃物回收处理。农膜回收率达到85%以上，农药包装废弃物回收率达到80%以上，秸秆综合利用率稳定在92%以上。"],
         None, ["县农业农村局、县供销合作社联合社，市生态环境局苘山分局"], ["各乡镇（街道）"], "2025年12月底前"),
        ("5", ["建立村庄保洁长效机制。按照每个行政村不少于2名的标准配齐配强保洁员，落实保洁经费，推行保洁员绩效考评，做到村庄日常保洁常态化。"],
         None, [D], ["各乡镇（街道）"], "持续推进"),
        ("6", ["深入开展村庄清洁行动。聚焦“三清一改”，在春节、“五一”、国庆等重要节点组织集中清洁活动，全年开展村庄清洁行动不少于4次。"],
         None, ["县农业农村局、县卫生健康局、县妇联"], ["各乡镇（街道）"], "持续推进"),
    ]),
    ("二、农村生活污水治理（5项）", [
        ("7", ["编制完善农村生活污水治理专项规划。按照“因地制宜、分类施策”原则，明确治理模式、建设时序和运维方式，6月底前完成规划修编并报县人民政府审定。"],
         ["陈立军"], ["市生态环境局苘山分局、县住房和城乡建设局、县水利局"], [D], "2025年6月底前"),
        ("8", ["建设农村生活污水处理设施。新建青石镇、柳河镇、石门乡集镇污水处理站3座，新增完成生活污水治理的行政村15个。",
               "其中，青石镇、柳河镇集镇污水处理站9月底前建成投运。"],
         None, ["市生态环境局苘山分局、县住房和城乡建设局、县财政局"], ["青石镇", "柳河镇", "石门乡"], "2025年11月底前"),
        ("9", ["推进农村黑臭水体治理。完成省级监管清单内4条农村黑臭水体治理任务，治理后水体达到“无异味、颜色无异常”要求，建立长效管护机制。"],
         None, ["市生态环境局苘山分局、县水利局、县农业农村局"], ["杨桥乡、沙坪乡"], "2025年12月底前"),
        ("10", ["加强已建污水处理设施运行维护。建立农村生活污水处理设施运维台账，实行第三方专业化运维，设施正常运行率达到90%以上。"],
         None, ["县住房和城乡建设局、市生态环境局苘山分局"], ["各乡镇（街道）"], "持续推进"),
        ("11", ["推进畜禽粪污资源化利用。规模养殖场粪污处理设施装备配套率保持100%，畜禽粪污综合利用率稳定在80%以上。"],
         None, ["县农业农村局、市生态环境局苘山分局"], ["各乡镇（街道）"], "2025年12月底前"),
    ]),
    ("三、农村厕所革命（5项）", [
        ("12", ["稳步推进农村户厕改造。坚持“先建后补、以奖代补”，新改建农村卫生户厕1200座，农村卫生厕所普及率达到88%以上。"],
         ["刘晓梅"], ["县卫生健康局、县农业农村局（牵头）、县财政局"], ["各乡镇（街道）"], "2025年10月底前"),
        ("13", ["开展农村户厕问题摸排整改“回头看”。对2018年以来改建户厕逐户排查，建立问题台账，做到发现一户、整改一户、销号一户。"],
         None, ["县农业农村局"], ["各乡镇（街道）"], "2025年6月底前"),
        ("14", ["建设农村公共厕所。在集镇、中心村和A级旅游景区周边新建改建公共厕所30座，落实专人管护。"],
         None, ["县文化和旅游局、县农业农村局、县交通运输局"], ["各乡镇（街道）"], "2025年10月底前"),
        ("１５", ["推进厕所粪污无害化处理和资源化利用。因地制宜推广就地就近还田、集中收运处理等模式，探索厕所粪污与生活污水协同治理。"],
         None, ["县农业农村局、市生态环境局苘山分局"], [D], "2025年12月底前"),
        ("16", ["建立户厕长效管护机制。落实乡镇（街道）管护主体责任，建立“有制度、有标准、有队伍、有经费、有督查”的管护机制。"],
         None, [D], ["各乡镇（街道）"], "持续推进"),
    ]),
    ("四、村容村貌提升（6项）", [
        ("17", ["实施村庄绿化美化。开展“四旁”植树和庭院绿化，新增村庄绿化面积800亩，创建省级森林乡村3个。"],
         ["陈立军"], ["县自然资源局、县住房和城乡建设局"], ["各乡镇（街道）"], "2025年11月底前"),
        ("18", ["推进农村公路提档升级。实施农村公路提质改造80公里，完成危桥改造6座，推进农村公路“路长制”全覆盖。"],
         None, ["县交通运输局、县财政局"], ["各乡镇（街道）"], "2025年12月底前"),
        ("19", ["整治农村乱搭乱建和残垣断壁。全面清理村庄内乱搭乱建、乱堆乱放，拆除危旧房屋和残垣断壁，腾退空间用于建设小菜园、小果园、小游园。"],
         None, ["县住房和城乡建设局、县自然资源局、县城市管理局（县综合行政执法局）"], ["各乡镇（街道）"], "2025年9月底前"),
        ("20", ["规范村庄电力、通信线缆。对村庄内私拉乱接、“蜘蛛网”式线缆开展集中整治，同杆架设、入管入槽，消除安全隐患。"],
         None, ["县工业和信息化局", "国网苘山县供电公司", "中国移动苘山分公司、中国电信苘山分公司"], ["各乡镇（街道）"], "2025年12月底前"),
        ("21", ["打造美丽乡村示范村。按照“一村一品、一村一景”要求，建成市级美丽乡村示范村6个、县级示范村12个。"],
         None, ["县农业农村局、县住房和城乡建设局、县文化和旅游局"], ["城关镇、青石镇、凤鸣街道"], "2025年11月底前"),
        ("22", ["推进传统村落保护利用。完成石门乡上寨村、沙坪乡古塘村2个中国传统村落保护发展规划实施，修缮传统建筑15处。"],
         None, ["县住房和城乡建设局、县文化和旅游局、县自然资源局"], ["石门乡、沙坪乡"], "2025年12月底前"),
    ]),
    ("五、县城和集镇环境整治（7项）", [
        ("23", ["开展县城背街小巷整治。完成背街小巷改造提升20条，同步实施雨污分流、路面硬化、立面整治和照明改造。"],
         ["王　勇"], ["县住房和城乡建设局、县城市管理局（县综合行政执法局）"], ["城关镇、凤鸣街道"], "2025年10月底前"),
        ("24", ["整治城区占道经营和乱堆乱放。严格落实“门前三包”责任制，划定临时摊点疏导区5处，占道经营问题动态清零。"],
         None, ["县城市管理局（县综合行政执法局）、县市场监督管理局、县公安局"], ["城关镇、凤鸣街道"], "持续推进"),
        ("25", ["整治城乡结合部环境。对城关镇、凤鸣街道城乡结合部开展乱搭乱建、乱堆乱放、乱排乱倒集中整治，补齐环卫设施短板。"],
         None, ["县住房和城乡建设局、县城市管理局（县综合行政执法局）、县自然资源局"], ["城关镇（牵头）、凤鸣街道"], "2025年9月底前"),
        ("26", ["实施集镇“净化、绿化、亮化”提升。对青石镇、柳河镇、杨桥乡集镇实施街面整治、绿化补植和路灯改造，打造整洁有序的集镇环境。"],
         None, [D], ["青石镇、柳河镇、杨桥乡"], "2025年10月底前"),
        ("27", ["开展农贸市场环境整治。改造提升农贸市场4个，规范经营秩序，落实市场开办者环境卫生主体责任。"],
         None, ["县市场监督管理局、县商务局"], ["城关镇、青石镇"], "2025年9月底前"),
        ("28", ["规范建筑垃圾和渣土运输管理。建成建筑垃圾消纳场1处，对渣土运输车辆实行全密闭、全定位管理，严查抛洒滴漏。"],
         None, ["县城市管理局（县综合行政执法局）、县住房和城乡建设局、县公安局交通管理大队"], ["城关镇、凤鸣街道"], "2025年8月底前"),
        ("29", ["提升城区公共厕所管理水平。对城区公共厕所实行标准化保洁，完成20座公厕设施改造，推进公厕信息接入“一部手机找厕所”平台。"],
         None, ["县城市管理局（县综合行政执法局）"], ["/"], "持续推进"),
    ]),
    ("六、长效机制建设（5项）", [
        ("30", ["健全统筹协调机制。发挥县人居环境整治工作领导小组统筹协调作用，领导小组办公室实行月调度、季通报，及时研究解决重大问题。"],
         ["周建华", "陈立军"], ["县农业农村局、县人民政府督查室"], ["各乡镇（街道）"], "持续推进"),
        ("31", ["落实资金投入保障。统筹整合涉农资金，县级财政安排人居环境整治专项资金不少于3000万元，引导村集体经济组织和社会资本参与。"],
         ["周建华"], ["县财政局、县农业农村局"], [D], "2025年4月底前"),
        ("32", ["完善运行管护机制。推行“政府补助、村集体补贴、农户适当付费”的管护经费分担机制，探索农村生活垃圾、污水处理农户付费制度。"],
         None, ["县发展和改革局、县财政局、县农业农村局"], ["各乡镇（街道）"], "2025年12月底前"),
        ("33", ["发挥农民群众主体作用。将人居环境整治要求纳入村规民约，推广“积分制”“红黑榜”等做法，开展“美丽庭院”“清洁家庭”评选活动。"],
         ["陈立军、刘晓梅"], ["县农业农村局、县委宣传部、县妇联、团县委"], ["各乡镇（街道）"], "持续推进"),
        ("34", ["强化督查考核。将人居环境整治纳入乡镇（街道）和县直部门年度绩效考核，对工作推进不力的进行通报约谈。"],
         ["周建华"], ["县人民政府督查室、县农业农村局"], [D], "持续推进"),
    ]),
]

NOTE_LINES = [
    "注：1．“责任单位”栏中，“县直部门”栏排在第一位的为牵头单位，其余为配合单位；已标注“（牵头）”的，以标注为准。",
    "2．“乡镇（街道）”栏所列单位负责本辖区组织实施，按配合单位管理；“县直部门”栏为“—”的，由“乡镇（街道）”栏所列单位牵头负责。",
]

# ---------------------------------------------------------------------------
# Gold, from the same description.
# ---------------------------------------------------------------------------
SEPS = "、，；"
NONE_MARKS = {"—", "/", "／", "无", ""}
MARK = "（牵头）"


def split_units(paras):
    out = []
    for p in paras:
        p = p.strip()
        if p in NONE_MARKS:
            continue
        depth = 0
        cur = ""
        for ch in p:
            if ch in "（(":
                depth += 1
            elif ch in "）)":
                depth -= 1
            if depth == 0 and ch in SEPS:
                if cur:
                    out.append(cur)
                cur = ""
            else:
                cur += ch
        if cur:
            out.append(cur)
    return out


def roles(xz_paras, xs_paras):
    xz = split_units(xz_paras)
    xs = split_units(xs_paras)
    allu = xz + xs
    names = [u.replace(MARK, "") for u in allu]
    marked = [u.replace(MARK, "") for u in allu if u.endswith(MARK)]
    if marked:
        lead = marked
    elif xz:
        lead = [xz[0].replace(MARK, "")]
    else:
        lead = [u.replace(MARK, "") for u in xs]
    coop = [n for n in names if n not in lead]
    return names, lead, coop


def leader_names(paras):
    out = []
    for p in paras:
        for n in p.split("、"):
            n = n.replace("　", "").replace(" ", "")
            if n:
                out.append(n)
    return out


def build_gold():
    recs = []
    for _title, tasks in PARTS:
        cur_leaders = []
        for num, text, lead_cell, xz, xs, dl in tasks:
            if lead_cell is not None:
                cur_leaders = leader_names(lead_cell)
            names, lead, coop = roles(xz, xs)
            body = "".join(text)
            head = "".join(ch for ch in body if not ch.isspace())[:12]
            tid = num.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
            recs.append({
                "id": tid,
                "marker": num,
                "head": head,
                "responsible_units": names,
                "lead_units": lead,
                "cooperating_units": coop,
                "leaders": list(cur_leaders),
                "deadline": dl,
            })
    return recs


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------

def set_run_font(run, font, size=None, bold=None, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)


def para(container, text="", font=FS, size=16, bold=False, align=None, indent=True,
         color=None, space_after=0, line=Pt(28.95), runs=None):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    if line is not None:
        pf.line_spacing = line
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if runs is None:
        runs = [(text, font, bold)]
    for t, f, b in runs:
        r = p.add_run(t)
        set_run_font(r, f, size, b, color)
    return p


def red_rule(p):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "18")
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "FF0000")
    bdr.append(bottom)
    ppr.append(bdr)


def add_page_footer(section):
    footer = section.footer
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_run_font(r, "宋体", 14)
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r._r.append(f2)
    r = p.add_run("1")
    set_run_font(r, "宋体", 14)
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._r.append(f3)
    r = p.add_run(" —")
    set_run_font(r, "宋体", 14)


def cell_text(cell, paras, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    first = cell.paragraphs[0]
    for i, t in enumerate(paras):
        p = first if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(18)
        p.alignment = align
        r = p.add_run(t)
        set_run_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def mark_header_row(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def set_table_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


def set_col_widths(table, widths):
    for row in table.rows:
        for idx, w in enumerate(widths):
            if idx < len(row.cells):
                pass
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for tr in table._tbl.tr_lst:
        for tc, w in zip(tr.tc_lst, widths):
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = OxmlElement("w:tcW")
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(w.twips)))
            tcw.set(qn("w:type"), "dxa")


# ---------------------------------------------------------------------------
# The document
# ---------------------------------------------------------------------------

def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    add_page_footer(sec)

    # 版头
    para(doc, "", indent=False)
    para(doc, "苘山县人民政府办公室文件", font=XBS, size=34, indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER, color="FF0000", line=None, space_after=12)
    para(doc, "", indent=False)
    p = para(doc, "苘政办发〔2025〕8号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    red_rule(p)
    para(doc, "", indent=False)

    # 标题 (two lines by a line break)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = Pt(34)
    p.paragraph_format.space_after = Pt(0)
    lines = ["苘山县人民政府办公室关于印发", "苘山县2025年城乡人居环境整治提升行动", "任务分工方案的通知"]
    for i, t in enumerate(lines):
        r = p.add_run(t)
        set_run_font(r, XBS, 22)
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    para(doc, "", indent=False)

    para(doc, "各乡镇人民政府、街道办事处，县直各有关单位：", indent=False)
    para(doc, "《苘山县2025年城乡人居环境整治提升行动任务分工方案》已经县人民政府同意，现印发给你们，并就有关事项通知如下，请认真贯彻落实。")
    para(doc, runs=[
        ("一、提高思想认识。", HT, False),
        ("改善城乡人居环境是实施乡村振兴战略的重要任务，事关广大群众切身利益。各乡镇（街道）、县直各有关单位要把人居环境整治提升作为“一把手”工程，主要负责同志亲自研究部署，分管负责同志具体抓落实，确保各项任务按时保质完成。", FS, False)])
    para(doc, runs=[
        ("二、明确责任分工。", HT, False),
        ("分工方案所列任务实行“县领导统筹、部门牵头、属地落实”的工作机制。“责任单位”分“县直部门”“乡镇（街道）”两栏列示：“县直部门”栏中排在第一位的为牵头单位，其余为配合单位；“乡镇（街道）”栏所列单位负责本辖区内的组织实施，按配合单位管理；“县直部门”栏为“—”的，由“乡镇（街道）”栏所列单位牵头负责；已标注“（牵头）”的，以标注为准。责任县领导负责统筹调度分管领域任务。各牵头单位要于2025年4月10日前制定具体推进方案，报县人居环境整治工作领导小组办公室（设在县农业农村局）备案。", FS, False)])
    para(doc, runs=[
        ("三、强化督查考核。", HT, False),
        ("县政府督查室将会同县人居环境整治工作领导小组办公室对任务推进情况实行季度调度、半年督查、年终考核，考核结果纳入年度绩效考核。各牵头单位于每季度最后一个月25日前将任务进展情况报送县政府督查室。", FS, False)])
    para(doc, "联系人：孟　晓（县政府督查室），联系电话：6612345。")
    para(doc, "", indent=False)
    p = para(doc, "附件：苘山县2025年城乡人居环境整治提升行动任务分工方案", indent=False)
    p.paragraph_format.left_indent = Pt(32)
    p.paragraph_format.first_line_indent = Pt(0)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, "苘山县人民政府办公室", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2025年3月18日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）")

    # 附件: landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    sec2.top_margin, sec2.bottom_margin = Cm(2.8), Cm(2.6)
    sec2.left_margin, sec2.right_margin = Cm(2.6), Cm(2.4)
    add_page_footer(sec2)

    para(doc, "附件", font=HT, indent=False)
    para(doc, "", indent=False)
    para(doc, "苘山县2025年城乡人居环境整治提升行动任务分工方案", font=XBS, size=22, indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(34))
    para(doc, "", indent=False)

    n_rows = 2 + sum(1 + len(t) for _h, t in PARTS)
    table = doc.add_table(rows=n_rows, cols=6)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(table)
    widths = [Cm(1.3), Cm(9.0), Cm(2.4), Cm(5.9), Cm(3.5), Cm(2.6)]
    set_col_widths(table, widths)

    # two-row header
    h0, h1 = table.rows[0], table.rows[1]
    for c in (0, 1, 2, 5):
        m = table.cell(0, c).merge(table.cell(1, c))
    table.cell(0, 3).merge(table.cell(0, 4))
    cell_text(table.cell(0, 0), ["序号"], HT, 12)
    cell_text(table.cell(0, 1), ["重点任务"], HT, 12)
    cell_text(table.cell(0, 2), ["责任县领导"], HT, 12)
    cell_text(table.cell(0, 3), ["责任单位"], HT, 12)
    cell_text(table.cell(1, 3), ["县直部门"], HT, 12)
    cell_text(table.cell(1, 4), ["乡镇（街道）"], HT, 12)
    cell_text(table.cell(0, 5), ["完成时限"], HT, 12)
    mark_header_row(h0)
    mark_header_row(h1)

    r = 2
    for title, tasks in PARTS:
        m = table.cell(r, 0).merge(table.cell(r, 5))
        cell_text(m, [title], HT, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
        r += 1
        run_start = None
        run_text = None
        for i, (num, text, lead_cell, xz, xs, dl) in enumerate(tasks):
            cell_text(table.cell(r, 0), [num])
            cell_text(table.cell(r, 1), text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            cell_text(table.cell(r, 3), xz)
            cell_text(table.cell(r, 4), xs)
            cell_text(table.cell(r, 5), [dl])
            if lead_cell is not None:
                if run_start is not None:
                    mc = table.cell(run_start, 2).merge(table.cell(r - 1, 2)) if r - 1 > run_start else table.cell(run_start, 2)
                    cell_text(mc, run_text)
                run_start, run_text = r, lead_cell
            r += 1
        mc = table.cell(run_start, 2).merge(table.cell(r - 1, 2)) if r - 1 > run_start else table.cell(run_start, 2)
        cell_text(mc, run_text)

    para(doc, "", indent=False, line=Pt(12))
    for i, line in enumerate(NOTE_LINES):
        p = para(doc, line, font=FS, size=12, indent=False, line=Pt(20))
        if i > 0:
            p.paragraph_format.left_indent = Pt(36)

    # 版记 on a last portrait page
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    add_page_footer(sec3)
    for _ in range(20):
        para(doc, "", indent=False)
    bj = doc.add_table(rows=2, cols=1)
    tblpr = bj._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4")):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)
    c = bj.cell(0, 0)
    cell_text(c, ["抄送：县委办公室，县人大常委会办公室，县政协办公室。"], FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    c = bj.cell(1, 0)
    cell_text(c, ["苘山县人民政府办公室　　　　　　　　　2025年3月18日印发"], FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 3, 18, 9, 30, 0)
    cp.author = "苘山县人民政府办公室"
    cp.last_modified_by = "xzb"
    cp.title = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    return doc


def deterministic_save(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 18, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def main():
    doc = build_docx()
    deterministic_save(doc, DOCX)
    recs = build_gold()
    assert 20 <= len(recs) <= 45, len(recs)
    with open(GOLD, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {os.path.basename(DOCX)} and {os.path.basename(GOLD)} ({len(recs)} tasks)")


if __name__ == "__main__":
    main()
