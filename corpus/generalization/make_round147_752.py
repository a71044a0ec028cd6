#!/usr/bin/python3
"""Round 147 / 752: generator for a Zhejiang-usage county 责任分解 notice.

Form under test (the "hard case"): the 2024 浙江省政府办公厅 责任分解 usage, copied by
county offices.  Tasks sit under leader headings `一、X县长牵头重点工作` (numbering
restarting per heading); under each task a paragraph `责任单位：…`.  The cover states
NO lead rule.  The rule is printed once, inside the first clause that lists more than one
unit (task 1.2), as a bracket at its end:

    责任单位：县政府办公室、县财政局牵头，县机关事务服务中心、县审计局（除标注为“牵头”单位外，列第一位的为牵头或汇总单位，下同）

so that (a) units followed by `牵头` (one or several, parted by 、) lead and every unit
after the following `，` helps, with no role word of its own; (b) a clause with no `牵头`
is led (or "汇总"-ed) by its first unit and the others help; (c) a single unit leads alone.

Everything is produced from TASKS below: the DOCX and the gold list.  Deterministic:
fixed core properties and zip timestamps.

Run:  /usr/bin/python3 make_752.py
"""
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = os.path.join(HERE, "752_jiuxi_xian_gzbg_zhongdian_gongzuo_zeren_fenjie.docx")
GOLD = os.path.join(HERE, "752.tasks.gold.jsonl")

RULE = "（除标注为“牵头”单位外，列第一位的为牵头或汇总单位，下同）"

# ---------------------------------------------------------------------------
# The structured description.  Each section: numeral, leader name, the words after
# the name in the heading, tasks.  Each task: text paragraphs, units (printed order),
# k = number of units marked `牵头` (0 = unmarked), and printing quirks:
#   rule      append RULE to the clause (only the first multi-unit clause)
#   seps      separators printed between consecutive units (default 、)
#   end       text printed after the last unit (e.g. "。")
#   colon     label colon (default full-width ：)
#   inline    clause printed in the task's own paragraph after a manual line break
#   marker    the marker's dot (default ".")
# ---------------------------------------------------------------------------
SECTIONS = [
    ("一", "沈国华", "县长", [
        dict(text=["一般公共预算收入与经济增长基本同步，财政收入质量稳步提升，税收收入占比保持在85%以上。"],
             units=["县财政局"]),
        dict(text=["坚持党政机关习惯过紧日子，从严控制一般性支出和“三公”经费，集中财力保障重点项目和基本民生。"],
             units=["县政府办公室", "县财政局", "县机关事务服务中心", "县审计局"], k=2, rule=True),
        dict(text=["深化“大综合一体化”行政执法改革，迭代完善“县乡一支队伍管执法”机制，推动执法事项“一件事”集成办理。"],
             units=["县司法局", "县综合行政执法局", "各乡镇人民政府（街道办事处）"]),
        dict(text=["全面推进数字政府建设，迭代升级“浙里办”“浙政钉”县级特色应用，依申请政务服务事项“一网通办”率达到90%以上。"],
             units=["县数据局", "县政府办公室", "县行政服务中心"], k=1),
    ]),
    ("二", "陆建平", "常务副县长", [
        dict(text=["地区生产总值增长6%左右，固定资产投资增长5%以上，城乡居民人均可支配收入分别增长5.5%和6.5%。"],
             units=["县发改局", "县统计局", "县人力社保局", "县农业农村局", "各乡镇（街道）"]),
        dict(text=["深入实施扩大有效投资“千项万亿”工程，全年实施重大项目120个以上、完成投资150亿元以上，6月底前新开工项目40个以上。"],
             units=["县发改局", "县级有关单位", "各乡镇（街道）"], k=1),
        dict(text=["积极争取超长期特别国债和地方政府专项债券，全年争取上级各类资金20亿元以上。"],
             units=["县财政局", "县发改局"]),
        dict(text=["深化国资国企改革，推动县城投集团、县交投集团市场化转型，县属国企资产总额突破600亿元。"],
             units=["县财政局（县国资办）", "县城投集团", "县交投集团"]),
        dict(text=["加强地方金融风险防控，稳妥有序化解地方债务风险，牢牢守住不发生区域性系统性金融风险底线。"],
             units=["县委金融办", "县财政局", "国家金融监督管理总局桕溪监管支局", "县城投集团"], k=2),
        dict(text=["开展国土空间规划实施评估，盘活存量建设用地1500亩以上，完成“标准地”出让15宗以上。"],
             units=["县自然资源和规划局", "县经信局", "桕溪经济开发区管委会"], seps=["、", "，"]),
        dict(text=["严格落实安全生产责任制，深入推进安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。"],
             units=["县应急管理局", "县安委会各成员单位"], k=1),
    ]),
    ("三", "徐晓燕", "副县长", [
        dict(text=["新建改扩建中小学、幼儿园5所，新增学位2400个，城乡教育共同体实现义务教育学校全覆盖。"],
             units=["县教育局", "县发改局", "县财政局", "县自然资源和规划局", "县住建局"]),
        dict(text=["深化县域医共体建设，加快县人民医院新院区建设，6月底前完成主体结顶。"],
             units=["县卫生健康局", "县发改局", "县医保局", "县城投集团"]),
        dict(text=["提高医疗保障水平，基本医疗保险户籍人口参保率稳定在99%以上，推进商业补充医疗保险扩面提质。"],
             units=["县医保局", "县卫生健康局", "县财政局", "国家金融监督管理总局桕溪监管支局"], inline=True),
        dict(text=["推动文旅深度融合，加快省级旅游度假区创建，全年接待游客1200万人次以上。"],
             units=["县文广旅体局", "县发改局", "县交通运输局", "溪口镇人民政府"], k=1),
        dict(text=["办好县第十三届运动会，新建城市书房、文化驿站各5个，实现乡镇（街道）综合文化站提档升级全覆盖。"],
             units=["县文广旅体局", "县教育局", "县财政局"], end="。"),
        dict(text=["完善生育支持政策体系，新增普惠托位300个，每千人口拥有3岁以下婴幼儿托位数达到4.8个。"],
             units=["县卫生健康局", "县教育局", "县妇联"]),
    ]),
    ("四", "方志强", "副县长", [
        dict(text=["实施先进制造业集群培育工程，规上工业增加值增长7.5%，新增规上工业企业60家。",
                   "其中，新材料、高端装备产业增加值分别增长10%、8%以上，数字经济核心产业增加值占规上工业比重提高1个百分点。"],
             units=["县经信局", "桕溪经济开发区管委会", "县统计局", "各乡镇（街道）"]),
        dict(text=["深入实施“地瓜经济”提能升级“一号开放工程”，外贸出口增长5%以上，实际使用外资8000万美元。"],
             units=["县商务局", "桕溪经济开发区管委会", "县经信局", "县财政局"], k=1),
        dict(text=["加快科技创新体系建设，全社会研发经费支出占地区生产总值比重达到3.2%，新认定国家高新技术企业40家。"],
             units=["县科技局", "县经信局", "县财政局", "县统计局"]),
        dict(text=["推进桕溪经济开发区整合提升，完成“区中园”管理体制改革，规上工业亩均税收增长8%。"],
             units=["桕溪经济开发区管委会", "县委编办", "县经信局", "县财政局", "县税务局"], k=2),
        dict(text=["全面落实结构性减税降费政策，全年为经营主体减负8亿元以上，新增经营主体6000户。"],
             units=["县税务局", "县市场监管局（县知识产权局）", "县财政局", "县发改局"], marker="．"),
        dict(text=["实施企业梯度培育行动，推进“个转企”“小升规”“规改股”“股上市”，力争新增上市公司1家。"],
             units=["县委金融办", "县经信局", "县市场监管局（县知识产权局）"]),
    ]),
    ("五", "钱卫东", "副县长", [
        dict(text=["全面落实粮食安全党政同责，粮食播种面积稳定在18.5万亩以上，新建高标准农田1.2万亩。"],
             units=["县农业农村局", "县发改局（县粮食物资局）", "县自然资源和规划局", "各乡镇（街道）"]),
        dict(text=["深化“千村示范、万村整治”工程，创建省级未来乡村6个、和美乡村示范村15个。"],
             units=["县农业农村局", "县委组织部", "县住建局", "县文广旅体局", "各乡镇（街道）"], k=1),
        dict(text=["深化强村富民乡村集成改革，集体经济年经营性收入50万元以上的行政村占比达到65%。"],
             units=["县农业农村局", "县委组织部"]),
        dict(text=["实施水利“强库、固堤、扩排”工程，完成江堤提标加固8公里，9月底前完成年度投资计划。"],
             units=["县水利局", "县财政局", "县自然资源和规划局", "相关乡镇人民政府（街道办事处）"]),
        dict(text=["加强森林资源保护，完成森林质量精准提升2万亩，松材线虫病疫木除治率保持100%。"],
             units=["县自然资源和规划局", "各乡镇(街道)"]),
    ]),
    ("六", "俞佳", "副县长", [
        dict(text=["有序推进城市更新，改造城镇老旧小区12个、城中村3个，新增公共停车泊位2000个。"],
             units=["县住建局", "县自然资源和规划局", "县综合行政执法局", "县城投集团", "桕城街道办事处"], k=1),
        dict(text=["加快交通强县建设，推进高铁桕溪站站前综合交通枢纽建设，完成国省道改造提升20公里。"],
             units=["县交通运输局", "县交投集团", "县自然资源和规划局", "县发改局"]),
        dict(text=["深入打好蓝天碧水净土保卫战，PM2.5平均浓度控制在28微克/立方米以内，县控以上断面水质达标率保持100%。"],
             units=["市生态环境局桕溪分局", "县级有关单位", "各乡镇（街道）"], k=1),
        dict(text=["全域推进“无废城市”建设，生活垃圾分类处理率保持100%，资源化利用率达到95%以上。"],
             units=["市生态环境局桕溪分局", "县综合行政执法局"], k=2),
        dict(text=["加快构建房地产发展新模式，筹集保障性租赁住房800套，完成安置房交付1200套。"],
             units=["县住建局", "县自然资源和规划局", "县财政局"], colon=":"),
    ]),
    ("七", "蒋文斌", "副县长、县公安局局长", [
        dict(text=["坚持和发展新时代“枫桥经验”，完善县、乡、村三级矛盾纠纷调处化解体系，信访积案化解率达到95%以上。"],
             units=["县委政法委", "县信访局", "县公安局", "县司法局", "各乡镇（街道）"], k=2),
        dict(text=["深化平安桕溪建设，常态化开展扫黑除恶斗争，电信网络诈骗案件发案数下降10%。"],
             units=["县公安局"]),
        dict(text=["深化道路交通安全综合治理，推进农村道路“两站两员”规范运行，道路交通事故亡人数下降5%。"],
             units=["县公安局", "县交通运输局", "县应急管理局", "各乡镇（街道）"]),
    ]),
    ("八", "叶红梅", "副县长", [
        dict(text=["实施就业优先战略，城镇新增就业8000人，城镇登记失业率控制在3%以内。"],
             units=["县人力社保局", "县经信局", "县教育局", "县财政局"]),
        dict(text=["健全分层分类社会救助体系，稳步提高城乡低保标准，新建（改建）居家养老服务中心8个。"],
             units=["县民政局", "县财政局", "各乡镇（街道）"]),
        dict(text=["做好退役军人服务保障工作，深化双拥共建，争创全省双拥模范县“十连冠”。"],
             units=["县退役军人事务局", "县人武部", "县委宣传部"], k=1),
    ]),
]


def clause_text(t):
    """The printed clause (label included) of task t."""
    units = t["units"]
    k = t.get("k", 0)
    colon = t.get("colon", "：")
    if k:
        s = "、".join(units[:k]) + "牵头"
        if units[k:]:
            s += "，" + "、".join(units[k:])
    else:
        seps = t.get("seps") or ["、"] * (len(units) - 1)
        s = units[0]
        for sep, u in zip(seps, units[1:]):
            s += sep + u
    if t.get("rule"):
        s += RULE
    s += t.get("end", "")
    return "责任单位" + colon + s


def gold_rows():
    rows = []
    seen_multi = False
    for si, (num, leader, title, tasks) in enumerate(SECTIONS, 1):
        for ti, t in enumerate(tasks, 1):
            units = t["units"]
            k = t.get("k", 0)
            if len(units) > 1:
                # the rule must come with the first multi-unit clause
                assert t.get("rule", False) == (not seen_multi), (si, ti)
                seen_multi = True
            if k:
                lead, coop = units[:k], units[k:]
            else:
                lead, coop = units[:1], units[1:]
            head = "".join(t["text"][0].split())[:12]
            rows.append({
                "id": f"{si}.{ti}",
                "marker": f"{ti}{t.get('marker', '.')}",
                "head": head,
                "responsible_units": list(units),
                "lead_units": list(lead),
                "cooperating_units": list(coop),
                "leaders": [leader],
                "deadline": None,
            })
    return rows


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
RED = RGBColor(0xE6, 0x00, 0x12)


def set_run(run, font=FS, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman" if font == FS else font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), font)
    if color is not None:
        run.font.color.rgb = color


def fmt_par(p, align=None, indent_chars=0, line=28):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if align is not None:
        p.alignment = align
    if indent_chars:
        ppr = p._element.get_or_add_pPr()
        ind = OxmlElement("w:ind")
        ind.set(qn("w:firstLineChars"), str(indent_chars * 100))
        ind.set(qn("w:firstLine"), str(indent_chars * 320))
        ppr.append(ind)


def add_par(doc, text="", font=FS, size=16, align=None, indent=0, bold=False, color=None, line=28):
    p = doc.add_paragraph()
    fmt_par(p, align, indent, line)
    if text:
        set_run(p.add_run(text), font, size, bold, color)
    return p


def bottom_border(p, color="E60012", sz=18):
    ppr = p._element.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "6")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def page_field(par, size=14):
    """— PAGE — in a footer paragraph (a field; not body text)."""
    def r(text=None, fld=None, instr=None):
        run = par.add_run()
        set_run(run, "宋体", size)
        if text is not None:
            run.text = text
        if fld is not None:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), fld)
            run._element.append(e)
        if instr is not None:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = instr
            run._element.append(e)
    r(text="— ")
    r(fld="begin")
    r(instr=" PAGE ")
    r(fld="separate")
    r(text="1")
    r(fld="end")
    r(text=" —")


def cell_borders(cell, top=None, bottom=None):
    tcpr = cell._element.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side, sz in (("top", top), ("bottom", bottom)):
        e = OxmlElement(f"w:{side}")
        if sz:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    for side in ("left", "right"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tcpr.append(b)


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(28)
    doc.settings.odd_and_even_pages_header_footer = True
    fo = sec.footer.paragraphs[0]
    fo.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_field(fo)
    fe = sec.even_page_footer.paragraphs[0]
    fe.alignment = WD_ALIGN_PARAGRAPH.LEFT
    page_field(fe)

    # ---- 版头 ----
    add_par(doc, "桕溪县人民政府办公室文件", XBS, 30, WD_ALIGN_PARAGRAPH.CENTER,
            color=RED, line=40)
    add_par(doc)
    add_par(doc)
    p = add_par(doc, "桕政办发〔2025〕5号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p)
    add_par(doc)
    # ---- 标题 (two lines by a manual line break) ----
    p = add_par(doc, "", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, line=36)
    r = p.add_run("桕溪县人民政府办公室关于印发2025年")
    set_run(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("政府工作报告重点工作责任分解的通知")
    set_run(r, XBS, 22)
    add_par(doc)
    add_par(doc, "各乡镇人民政府、街道办事处，县政府直属各单位：")
    add_par(doc, "《2025年政府工作报告重点工作责任分解》已经县政府同意，现印发给你们，请认真贯彻执行。",
            indent=2)
    add_par(doc, "2025年是“十四五”规划收官之年，也是谋划“十五五”发展的关键之年。各乡镇（街道）、"
                 "各部门要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大和二十届二中、"
                 "三中全会精神，按照省委、市委和县委决策部署，紧扣县十七届人大五次会议确定的目标任务，"
                 "进一步强化责任担当，细化工作举措，明确时间节点，确保政府工作报告各项重点工作落地见效。",
            indent=2)
    add_par(doc, "各牵头单位和汇总单位要切实履行牵头抓总职责，主动对接相关单位，于每季度结束后5个工作日内"
                 "将重点工作推进情况报县政府督查室，12月10日前报送全年完成情况；其他责任单位要按照分工"
                 "积极配合，形成工作合力。县政府督查室要加强跟踪督查，定期通报推进情况。"
                 "（联系人：周　斌，联系电话：0570-7023186）",
            indent=2)
    add_par(doc)
    add_par(doc)
    p = add_par(doc, "桕溪县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2025年2月18日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    add_par(doc)
    add_par(doc, "（此件公开发布）", indent=2)

    # ---- the 责任分解, on a new page ----
    p = add_par(doc)
    p.add_run().add_break(WD_BREAK.PAGE)
    add_par(doc, "2025年政府工作报告重点工作责任分解", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, line=36)
    add_par(doc)
    for num, leader, title, tasks in SECTIONS:
        add_par(doc, f"{num}、{leader}{title}牵头重点工作", HT, 16, indent=2)
        for ti, t in enumerate(tasks, 1):
            marker = f"{ti}{t.get('marker', '.')}"
            paras = list(t["text"])
            clause = clause_text(t)
            for j, txt in enumerate(paras):
                p = add_par(doc, indent=2)
                r = p.add_run((marker if j == 0 else "") + txt)
                set_run(r)
                if t.get("inline") and j == len(paras) - 1:
                    r.add_break(WD_BREAK.LINE)
                    r2 = p.add_run(clause)
                    set_run(r2)
            if not t.get("inline"):
                add_par(doc, clause, indent=2)

    # ---- 版记 on the last page ----
    p = add_par(doc)
    p.add_run().add_break(WD_BREAK.PAGE)
    for _ in range(14):
        add_par(doc)
    tbl = doc.add_table(rows=2, cols=1)
    tbl.autofit = False
    c0, c1 = tbl.rows[0].cells[0], tbl.rows[1].cells[0]
    cell_borders(c0, top=12, bottom=4)
    cell_borders(c1, top=4, bottom=12)
    for c, txt in ((c0, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县监委，县法院，县检察院，县人武部。"),
                   (c1, "桕溪县人民政府办公室　　　　　　　　　2025年2月18日印发")):
        cp = c.paragraphs[0]
        fmt_par(cp, line=28)
        cp.paragraph_format.left_indent = Pt(14)
        set_run(cp.add_run(txt), FS, 14)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 18, 9, 30, 0)
    cp.author = "桕溪县人民政府办公室"
    cp.last_modified_by = "桕溪县人民政府办公室"
    cp.title = "桕溪县人民政府办公室关于印发2025年政府工作报告重点工作责任分解的通知"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps and a fixed member order
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2025, 2, 18, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(name))
    return out.getvalue()


def main():
    data = build_docx()
    with open(NOTICE, "wb") as f:
        f.write(data)
    rows = gold_rows()
    with open(GOLD, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {os.path.basename(NOTICE)} ({len(data)} bytes) and {len(rows)} gold tasks")


if __name__ == "__main__":
    main()
