#!/usr/bin/python3
"""Round 151, notice 778: a 隶属海关's red-header Word notice splitting its own 工作要点.

What it is
    中华人民共和国汀浦海关 (an invented 隶属海关 under the invented 沧澜海关) issues 汀关发〔2025〕4号,
    汀浦海关关于印发2025年工作要点任务分工方案的通知, to 各科室、各办事处，缉私分局.  The cover (three
    黑体 run-in requirements) says the 分管关领导 is the first person responsible, the 主责部门 carries the
    task and the 协同部门 cooperate.  The attachment, in a landscape section, is the table
        序号 | 对应关区要点 | 工作任务 | 分管关领导 | 主责部门 | 协同部门 | 完成时限
    with six part rows merged across (`一、…（5项）`), 序号 1–34 running on, and a second numbering column
    next to 序号: the item of the 直属海关's (沧澜海关) 要点 each task answers to (`二（一）`, `三（一）、三（四）`,
    `—` for tasks the 关 set itself).  Units are a customs house's own: 科 (企业管理和稽查科 with 和 inside the
    name), 驻港区办事处, 驻综合保税区办事处, 缉私分局, generic 各科室 / 各办事处 / 各党支部; one task has two 主责部门,
    one has `/` for no 协同部门, one 协同 cell is parted once by `，`.  Leaders are names only
    (`庞建勋、各分管关领导` in one row).  The 版记 (抄送 沧澜海关办公室, 印发 line) closes a last portrait section.

Files written (in the current directory)
    778_tingpu_haiguan_gongzuo_yaodian_renwu_fengong.docx   the notice
    778.tasks.gold.jsonl                                    the gold, from the same TASKS list

Needs
    /usr/bin/python3 with python-docx (no outside converter).  Output is byte-stable: fixed core
    properties, zip entries rewritten in a fixed order with a fixed timestamp.
"""
import io
import re
import json
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

NOTICE = "778_tingpu_haiguan_gongzuo_yaodian_renwu_fengong.docx"
GOLD = "778.tasks.gold.jsonl"

LEADERS = ["庞建勋", "沈雅琴", "覃立峰", "闫振波"]

# ---------------------------------------------------------------------------
# The one description of the tasks: part heading, then rows of
# (对应关区要点, 工作任务, 分管关领导, 主责部门, 协同部门, 完成时限)
# ---------------------------------------------------------------------------
PARTS = [
    ("一、坚持党建引领，锻造“四强”党组织", [
        ("一（一）",
         "落实“第一议题”制度，全年组织关党委理论学习中心组集体学习不少于12次，各党支部每月开展1次专题学习，"
         "深入学习贯彻党的二十届三中全会精神。",
         "庞建勋", "人事政工科", "办公室、各党支部", "全年"),
        ("一（二）",
         "深化“强基提质工程”，推动本关5个党支部全部达到“四强”党支部标准，培育“国门先锋”党建品牌1个，"
         "推进党建与业务深度融合。",
         "庞建勋", "人事政工科", "各科室、各办事处", "11月底前"),
        ("一（三）、一（四）",
         "落实全面从严治党主体责任，制定关党委及班子成员年度责任清单，开展廉政风险排查，"
         "对查验、稽查等重点岗位干部轮岗交流不少于8人次。",
         "庞建勋、各分管关领导", "人事政工科", "办公室、查验科、企业管理和稽查科", "全年"),
        ("一（四）",
         "持之以恒落实中央八项规定及其实施细则精神，开展“四风”问题专项检查2次，"
         "严肃查处违规吃喝、违规收送礼品礼金等问题。",
         "庞建勋", "办公室", "人事政工科", "6月底前、12月底前"),
        ("一（五）",
         "落实意识形态工作责任制，健全网络舆情监测、研判和报告机制，"
         "全年在关区及以上媒体刊发宣传稿件不少于30篇。",
         "沈雅琴", "办公室", "各科室、各办事处", "全年"),
    ]),
    ("二、服务高水平对外开放，促进外贸稳规模优结构", [
        ("二（一）",
         "落实“两步申报”“提前申报”等通关便利措施，进口货物“提前申报”比例稳定在50%以上，"
         "进出口整体通关时间较2024年持续压缩。",
         "沈雅琴", "综合业务科", "物流监控科、查验科、驻港区办事处", "全年"),
        ("—",
         "推进汀浦港“船边直提”“抵港直装”常态化运作，全年完成“船边直提”集装箱不少于2万标箱，"
         "配合地方完善口岸收费目录清单公示。",
         "覃立峰", "驻港区办事处", "物流监控科、综合业务科", "12月底前"),
        ("二（二）",
         "支持汀浦综合保税区高质量发展，推进“保税+维修”“保税+跨境电商”等新业态落地，"
         "综保区进出口值增长10%以上。",
         "沈雅琴", "保税监管科、驻综合保税区办事处", "综合业务科、企业管理和稽查科", "全年"),
        ("二（三）",
         "用好RCEP等自贸协定原产地规则，开展“原产地证书智能审核+自助打印”，全年签发各类原产地证书"
         "1.8万份以上，帮助企业享受关税减让不少于6000万元。",
         "沈雅琴", "综合业务科", "商品检验科", "全年"),
        ("二（四）",
         "开展AEO高级认证企业梯度培育，新增高级认证企业3家，落实认证企业通关便利措施，"
         "开展信用培育“一对一”辅导不少于20家次。",
         "沈雅琴", "企业管理和稽查科", "综合业务科", "11月底前"),
        ("二（五）",
         "深化“关企直通车”机制，关领导走访重点外贸企业不少于40家次，企业反映问题办结率100%，"
         "全年组织政策宣讲会4场。",
         "庞建勋、沈雅琴", "办公室", "综合业务科、企业管理和稽查科", "全年"),
        ("二（二）",
         "支持跨境电商、市场采购贸易方式发展，推动跨境电商监管中心9610、9710、9810业务量增长15%以上，"
         "落实跨境电商零售进口退货中心仓模式。",
         "沈雅琴", "驻综合保税区办事处", "保税监管科、物流监控科", "全年"),
    ]),
    ("三、筑牢口岸检疫防线，守护国门生物安全", [
        ("三（一）",
         "严格口岸卫生检疫，落实入境船舶登临检疫和人员健康申报措施，"
         "全年口岸传染病监测采样不少于1200份。",
         "覃立峰", "卫生检疫科", "驻港区办事处", "全年"),
        ("三（一）",
         "开展口岸病媒生物监测和核心能力建设，完成汀浦港国际卫生港口复核迎检准备工作。",
         "覃立峰", "卫生检疫科", "办公室、驻港区办事处", "9月底前"),
        ("三（二）",
         "开展“国门绿盾2025”行动，加强外来入侵物种口岸防控，全年截获检疫性有害生物不少于60种次。",
         "覃立峰", "动植物检疫科", "查验科、驻港区办事处、缉私分局", "全年"),
        ("三（二）",
         "严格进口粮食、原木等高风险动植物产品检疫监管，落实指定监管场地规范化管理，"
         "指定监管场地年度考核合格率100%。",
         "覃立峰", "动植物检疫科", "物流监控科", "全年"),
        ("三（三）",
         "加强进出口食品安全监管，完成进口食品监督抽检不少于150批次，"
         "出口食品生产企业备案核查覆盖率100%。",
         "闫振波", "进出口食品安全科", "查验科", "12月底前"),
        ("三（四）",
         "严格进出口商品检验，开展出口危险化学品及其包装、进口汽车零部件等重点敏感商品专项检查2次。",
         "闫振波", "商品检验科", "查验科、驻港区办事处", "10月底前"),
    ]),
    ("四、严密监管严厉打私，维护国门安全稳定", [
        ("四（一）",
         "深化风险精准布控，动态优化本关布控规则和参数，查验有效率提高到3.5%以上。",
         "覃立峰", "物流监控科", "查验科、综合业务科", "全年"),
        ("四（一）",
         "推进H986集装箱检查设备智能审图应用，集装箱机检过机率不低于40%，查验作业规范化考核达标率100%。",
         "覃立峰", "查验科", "物流监控科", "全年"),
        ("四（二）",
         "开展“国门利剑2025”联合专项行动，严厉打击洋垃圾、农产品、濒危物种及其制品走私，"
         "全年立刑事案件不少于12起。",
         "闫振波", "缉私分局", "动植物检疫科、查验科，企业管理和稽查科", "全年"),
        ("—",
         "落实打击走私综合治理工作机制，配合汀浦市打私办开展沿海非设关地走私专项整治，"
         "开展联合巡查不少于6次。",
         "闫振波", "缉私分局", "驻港区办事处", "全年"),
        ("四（三）",
         "加强稽核查和保税核查，全年完成稽查作业不少于25起，追补税款不少于800万元。",
         "沈雅琴", "企业管理和稽查科", "保税监管科、综合业务科", "全年"),
        ("四（三）",
         "规范税收征管，开展商品归类、价格、原产地专项核查，确保税款应收尽收。",
         "沈雅琴", "综合业务科", "企业管理和稽查科", "全年"),
    ]),
    ("五、推进智慧海关建设，提升依法行政水平", [
        ("五（一）",
         "推广“智慧查验”“智能卡口”应用，完成汀浦港集装箱码头智能卡口改造并投入使用。",
         "覃立峰", "物流监控科", "驻港区办事处、办公室", "8月底前"),
        ("五（二）",
         "落实“12360”海关服务热线和政务服务“好差评”制度，群众诉求按时办结率100%。",
         "沈雅琴", "办公室", "综合业务科", "全年"),
        ("五（三）",
         "加强执法监督，开展执法评估2次，行政处罚案件法制审核率100%，落实“谁执法谁普法”责任制。",
         "闫振波", "综合业务科", "缉私分局", "6月底前、12月底前"),
        ("五（三）",
         "推进内部控制建设，开展执法领域风险评估，完成岗位风险点梳理不少于100个。",
         "庞建勋", "办公室", "各科室、各办事处", "10月底前"),
        ("五（四）",
         "落实网络安全等级保护制度，加强数据安全和保密管理，开展保密检查2次。",
         "闫振波", "办公室", "人事政工科", "全年"),
    ]),
    ("六、加强队伍建设和综合保障", [
        ("六（一）",
         "实施“青年英才”培养计划，开展业务技能练兵比武，选派不少于10名青年干部参加关区岗位练兵。",
         "庞建勋", "人事政工科", "各科室", "11月底前"),
        ("六（一）",
         "落实干部教育培训计划，全年干部人均参训学时不少于90学时。",
         "庞建勋", "人事政工科", "/", "12月底前"),
        ("六（二）",
         "加强安全生产管理，开展查验现场、实验室、办公场所安全隐患排查，每季度不少于1次。",
         "闫振波", "办公室", "查验科、卫生检疫科、各办事处", "每季度"),
        ("—",
         "落实过紧日子要求，一般性支出压减5%，完成驻港区办事处查验平台改造项目。",
         "闫振波", "办公室", "驻港区办事处", "10月底前"),
        ("六（三）",
         "做好离退休干部服务管理，落实离退休干部“两项待遇”，开展走访慰问不少于2次。",
         "庞建勋", "人事政工科", "办公室", "全年"),
    ]),
]

HEAD_LEN = 14


def split_units(cell):
    if cell.strip() in ("/", "／", "—", "无", ""):
        return []
    out = []
    for part in cell.replace("，", "、").replace("；", "、").split("、"):
        part = part.strip()
        if part.endswith("等"):
            part = part[:-1]
        if part:
            out.append(part)
    return out


def gold_records():
    recs = []
    n = 0
    for _title, rows in PARTS:
        for ref, text, lead_cell, lead_u, coop_u, deadline in rows:
            n += 1
            lead = split_units(lead_u)
            coop = split_units(coop_u)
            leaders = [x for x in lead_cell.split("、") if x in LEADERS]
            recs.append({
                "id": str(n),
                "marker": str(n),
                "head": text[:HEAD_LEN],
                "responsible_units": lead + coop,
                "lead_units": lead,
                "cooperating_units": coop,
                "leaders": leaders,
                "deadline": deadline,
            })
    return recs


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


def set_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    rfonts.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def squeeze(run, pct):
    rpr = run._element.get_or_add_rPr()
    w = OxmlElement("w:w")
    w.set(qn("w:val"), str(pct))
    rpr.append(w)


def fmt(p, align=None, first_indent=None, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)


def para(doc_or_cell, text, east=FS, size=16, align=None, first_indent=None, line=28,
         bold=False, color=None, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    fmt(p, align, first_indent, line, before, after)
    if text:
        r = p.add_run(text)
        set_font(r, east, size, bold, color)
    return p


def border(p, side, color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)


def cell_text(cell, text, east=FS, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = cell.paragraphs[0]
    fmt(p, align, None, 18)
    r = p.add_run(text)
    set_font(r, east, size, bold)


def cell_width(cell, mm):
    tcpr = cell._tc.get_or_add_tcPr()
    w = tcpr.find(qn("w:tcW"))
    if w is None:
        w = OxmlElement("w:tcW")
        tcpr.insert(0, w)
    w.set(qn("w:w"), str(int(mm * 56.7)))
    w.set(qn("w:type"), "dxa")


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit")
    trpr.append(e)


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
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

    # 版头
    p = para(doc, "", line=40, before=30)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, None, 60, 0, 0)
    r = p.add_run("中华人民共和国汀浦海关文件")
    set_font(r, XBS, 36, color=RED)
    squeeze(r, 70)
    para(doc, "", line=28)
    para(doc, "", line=28)
    p = para(doc, "汀关发〔2025〕4号", align=WD_ALIGN_PARAGRAPH.CENTER, line=28, after=6)
    border(p, "bottom", "FF0000", sz=24, space=6)
    para(doc, "", line=28)

    # 标题
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, None, 36)
    r = p.add_run("汀浦海关关于印发2025年工作要点")
    set_font(r, XBS, 22)
    r = p.add_run()
    r.add_break()
    r = p.add_run("任务分工方案的通知")
    set_font(r, XBS, 22)
    para(doc, "", line=28)

    para(doc, "各科室、各办事处，缉私分局：")
    para(doc, "《汀浦海关2025年工作要点》已经关党委会议审议通过。为推动各项工作任务落地见效，"
              "现将《汀浦海关2025年工作要点任务分工方案》印发给你们，并提出以下要求，请认真贯彻落实。",
         first_indent=32)

    def runin(head, body):
        p = doc.add_paragraph()
        fmt(p, None, 32, 28)
        r = p.add_run(head)
        set_font(r, HT, 16)
        r = p.add_run(body)
        set_font(r, FS, 16)

    runin("一、提高思想认识。",
          "2025年是“十四五”规划收官之年，也是海关推进“智慧海关”建设、服务高水平对外开放的关键一年。"
          "各部门要把落实年度工作要点作为践行“国门卫士”职责使命的具体行动，对照分工逐项细化措施，"
          "确保各项任务不折不扣落到实处。")
    runin("二、压实工作责任。",
          "各项任务的分管关领导为第一责任人，负责统筹推进和督促指导；主责部门对任务落实负主要责任，"
          "负责制定具体措施、明确时间节点、组织推进实施；协同部门要按照职责分工主动配合、形成合力，"
          "不得推诿扯皮。缉私分局承担的任务，按照海关缉私部门双重领导体制一并抓好落实。")
    runin("三、强化跟踪问效。",
          "办公室负责对任务落实情况进行跟踪督办。各主责部门于每季度末月25日前通过办公自动化系统报送"
          "任务进展情况，12月20日前报送全年完成情况。任务落实情况纳入本关年度绩效考核。"
          "因客观原因确需调整的，由主责部门提出书面申请，经分管关领导同意后报关党委审定。")
    para(doc, "", line=28)
    p = para(doc, "附件：汀浦海关2025年工作要点任务分工表", first_indent=32)
    para(doc, "", line=28)
    para(doc, "", line=28)
    para(doc, "中华人民共和国汀浦海关", align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(32)
    para(doc, "2025年2月18日", align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(48)
    para(doc, "", line=28)
    para(doc, "（此件不公开）", first_indent=32)

    # 附件: landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Mm(297), Mm(210)
    sec2.top_margin, sec2.bottom_margin = Mm(28), Mm(26)
    sec2.left_margin, sec2.right_margin = Mm(30), Mm(28)

    para(doc, "附件", east=HT, size=16)
    para(doc, "", line=20)
    para(doc, "汀浦海关2025年工作要点任务分工表", east=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=34, after=10)

    widths = [12, 24, 89, 24, 32, 36, 22]  # mm, 239 in all
    heads = ["序号", "对应关区要点", "工作任务", "分管关领导", "主责部门", "协同部门", "完成时限"]
    nrows = 1 + sum(1 + len(rows) for _t, rows in PARTS)
    tbl = doc.add_table(rows=nrows, cols=7)
    tbl.style = doc.styles["Table Grid"]
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl.autofit = False
    tblpr = tbl._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    grid = tbl._tbl.tblGrid
    for gc, mm in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(mm * 56.7)))

    row = tbl.rows[0]
    repeat_header(row)
    for c, (h, mm) in enumerate(zip(heads, widths)):
        cell_width(row.cells[c], mm)
        cell_text(row.cells[c], h, east=HT, size=12)

    ri = 1
    n = 0
    for title, rows in PARTS:
        r = tbl.rows[ri]
        cant_split(r)
        for c, mm in enumerate(widths):
            cell_width(r.cells[c], mm)
        m = r.cells[0].merge(r.cells[6])
        cell_text(m, f"{title}（{len(rows)}项）", east=HT, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
        ri += 1
        for ref, text, leader, lead, coop, deadline in rows:
            n += 1
            r = tbl.rows[ri]
            cant_split(r)
            vals = [str(n), ref, text, leader, lead, coop, deadline]
            for c, (v, mm) in enumerate(zip(vals, widths)):
                cell_width(r.cells[c], mm)
                cell_text(r.cells[c], v, size=12,
                          align=WD_ALIGN_PARAGRAPH.JUSTIFY if c == 2 else WD_ALIGN_PARAGRAPH.CENTER)
            ri += 1

    p = para(doc, "注：“对应关区要点”栏为《沧澜海关2025年工作要点》中相应条目序号，“—”为本关结合实际自行确定的任务。",
             size=12, line=20, before=6)

    # 版记: last portrait section
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Mm(210), Mm(297)
    sec3.top_margin, sec3.bottom_margin = Mm(37), Mm(35)
    sec3.left_margin, sec3.right_margin = Mm(28), Mm(26)
    for _ in range(18):
        para(doc, "", line=28)
    p = para(doc, "抄送：沧澜海关办公室。", size=14, line=28)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", sz=8, space=4)
    border(p, "bottom", "000000", sz=4, space=4)
    p = para(doc, "汀浦海关办公室　　　　　　　　　　　　2025年2月18日印发", size=14, line=28)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "bottom", "000000", sz=8, space=4)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 18, 9, 12, 0)
    cp.author = "汀浦海关办公室"
    cp.last_modified_by = "lihm"
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 7
    cp.created = fixed
    cp.modified = datetime.datetime(2025, 2, 18, 15, 40, 0)
    cp.last_printed = datetime.datetime(2025, 2, 18, 15, 38, 0)

    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def stable_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            if name == "docProps/thumbnail.jpeg":   # python-docx's template picture; Word writes none
                continue
            body = src.read(name)
            if name == "_rels/.rels":
                body = re.sub(rb'<Relationship Id="rId\d+" Type="[^"]*/thumbnail" Target="docProps/thumbnail.jpeg"/>',
                              b"", body)
            if name == "docProps/app.xml":
                body = body.replace(b"Microsoft Macintosh Word", b"Microsoft Office Word")
                body = body.replace(b"<AppVersion>14.0000</AppVersion>", b"<AppVersion>16.0000</AppVersion>")
                body = body.replace(b"<Pages>1</Pages>", b"<Pages>6</Pages>")
            zi = zipfile.ZipInfo(name, date_time=(2025, 2, 18, 15, 40, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, body)
    return out.getvalue()


def main():
    with open(NOTICE, "wb") as f:
        f.write(stable_zip(build_docx()))
    with open(GOLD, "w", encoding="utf-8") as f:
        for rec in gold_records():
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
