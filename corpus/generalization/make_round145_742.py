#!/usr/bin/python3
"""Generator for test notice 742 (round 145).

A 市人民政府办公厅 notice issuing the year's 市《政府工作报告》目标任务责任分解方案 in the
form a sub-provincial city's office uses year after year: every task closes with a
labelled bracket `（牵头单位：A；责任单位：B、C）`, but many brackets carry only
`（责任单位：A、B、C）`.  The lead rule is stated once, in a parenthesis inside an
ordinary sentence of the cover's 一、 about 办理方案:
    牵头单位（无牵头单位的，责任单位即为牵头单位，下同）
so where no 牵头单位 is labelled, EVERY listed 责任单位 leads (not the first listed).

Writes 742_yunzhou_shi_zfgzbg_mubiao_renwu_zeren_fenjie.docx and
742.tasks.gold.jsonl from the one description in TASKS below.  Deterministic:
fixed core properties and zip timestamps.
"""
import io
import json
import os
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = os.path.join(HERE, "742_yunzhou_shi_zfgzbg_mubiao_renwu_zeren_fenjie.docx")
GOLD = os.path.join(HERE, "742.tasks.gold.jsonl")

DISTRICTS = "各区人民政府〈含开发区、风景区〉"
DISTRICTS_KF = "各区人民政府〈含开发区〉"

# ---------------------------------------------------------------------------
# The one structured description.
# part: index into PARTS.  segs: list of (text, clause) pairs; clause is a dict
#   lead: list of lead units (labelled 牵头单位) or [] when the bracket has none
#   resp: list of 责任单位; an item starting with "，" is printed after a full-width
#         comma instead of 、 (the comma is not part of the unit)
#   colon: the colon printed after 责任单位 (default full-width)
#   own_para: the bracket is printed as a paragraph of its own
# ---------------------------------------------------------------------------
PARTS = [
    "一、经济社会发展主要预期目标",
    "二、坚持创新驱动，加快构建现代化产业体系",
    "三、全面扩大内需，增强经济增长动力",
    "四、深化改革开放，激发经营主体活力",
    "五、提升城市能级，推动绿色低碳发展",
    "六、坚持人民至上，持续保障和改善民生",
    "七、加强政府自身建设",
]

C = dict  # shorthand

TASKS = [
    # 一、主要预期目标
    (0, [("地区生产总值增长5.5%左右。",
          C(lead=["市发改委"], resp=[DISTRICTS, "，市统计局"]))]),
    (0, [("一般公共预算收入增长4%。",
          C(lead=["市财政局"], resp=["市税务局", "，" + DISTRICTS]))]),
    (0, [("规模以上工业增加值增长6.5%左右。",
          C(lead=["市经信局"], resp=[DISTRICTS_KF]))]),
    (0, [("固定资产投资增长6%左右。",
          C(lead=[], resp=["市发改委", "市城建局", "市经信局"]))]),
    (0, [("社会消费品零售总额增长7%左右。",
          C(lead=["市商务局"], resp=[DISTRICTS]))]),
    (0, [("城镇新增就业22万人以上，城镇调查失业率控制在5.5%以内。",
          C(lead=[], resp=["市人社局"]))]),
    (0, [("居民收入增长与经济增长同步。",
          C(lead=[], resp=["市发改委", "市人社局", "市农业农村局"]))]),
    (0, [("完成省下达的节能降碳和环境质量约束性目标任务。",
          C(lead=[], resp=["市发改委", "市生态环境局"]))]),
    # 二、产业体系
    (1, [("加快建设区域科技创新中心。推进沄湖实验室等4家省实验室提质增效，新建省级以上创新平台30家以上，"
          "高新技术企业总数突破1.6万家。",
          C(lead=["市科技局"], resp=["市发改委", "市经信局", "市教育局", "，沄湖科学城管委会"]))]),
    (1, [("深入实施科技成果转化“一号工程”，建设中试平台10个以上，全年技术合同成交额突破1800亿元。",
          C(lead=[], resp=["市科技局", "市教育局"]))]),
    (1, [("推动先进制造业集群发展。加快光电子信息、汽车制造、生物医药等产业集群建设，"
          "实施工业技术改造项目600个以上，新增规模以上工业企业400家以上。",
          C(lead=["市经信局"], resp=["市发改委", "市科技局", "市投资促进局"]))]),
    (1, [("大力发展数字经济，新建5G基站5000个，深入推进“数据要素×”行动，数字经济核心产业增加值占比提高1个百分点。",
          C(lead=[], resp=["市政务服务和大数据局", "市经信局"]))]),
    (1, [("培育壮大现代服务业，推动现代物流、会展、检验检测等服务业扩容提质。",
          C(lead=["市发改委"], resp=["市商务局", "市交通运输局"])),
         ("加快区域金融中心建设，新增境内外上市公司8家。",
          C(lead=[], resp=["市委金融办", "市国资委"]))]),
    # 三、扩大内需
    (2, [("实施提振消费专项行动，用好消费品以旧换新政策，培育首店经济、夜间经济，加快建设国际消费中心城市。",
          C(lead=["市商务局"], resp=["市发改委", "市财政局", "市文化和旅游局"]))]),
    (2, [("扩大有效投资，滚动实施亿元以上项目1500个，积极争取超长期特别国债和地方政府专项债券资金支持。",
          C(lead=["市发改委", "市财政局"], resp=[DISTRICTS]))]),
    (2, [("推动文旅体深度融合，办好沄江马拉松、沄湖国际龙舟赛等品牌赛事活动，全年接待游客人次增长8%。",
          C(lead=[], resp=["市文化和旅游局", "市体育局"]))]),
    (2, [("促进房地产市场止跌回稳，支持收购存量商品房用作保障性住房，新增保障性住房1.2万套（间）。",
          C(lead=["市住房保障房管局"], resp=["市财政局", "市自然资源和规划局", "市国资委"]))]),
    (2, [("加快综合交通枢纽建设，推进沄州西站、轨道交通12号线、沄江新港等重大项目建设。",
          C(lead=[], resp=["市交通运输局", "市城建局", "市发改委"], own_para=True))]),
    # 四、改革开放
    (3, [("持续优化营商环境，深化“高效办成一件事”改革，全年新增经营主体15万户。",
          C(lead=["市发改委"], resp=["市政务服务和大数据局", "市市场监管局"]))]),
    (3, [("深化国资国企改革，推动市属国有企业战略性重组和专业化整合。",
          C(lead=["市国资委"], resp=[]))]),
    (3, [("支持民营经济发展壮大，健全防范和化解拖欠企业账款长效机制。",
          C(lead=[], resp=["市工商联", "市经信局", "市财政局"]))]),
    (3, [("推进自贸试验区沄州片区制度创新，全年形成首创性改革成果10项以上。",
          C(lead=["市商务局"], resp=["市发改委", "市司法局", "，沄州海关"], colon=":"))]),
    (3, [("扩大高水平对外开放，稳住外贸外资基本盘，中欧班列（沄州）全年开行1000列以上。",
          C(lead=["市商务局", "市交通运输局"], resp=["沄州海关", "市投资促进局"]))]),
    # 五、城市建设与生态
    (4, [("实施城市更新行动，改造老旧小区320个、城中村5个，新增口袋公园50个。",
          C(lead=["市住房保障房管局"], resp=["市城建局", "市自然资源和规划局", "，" + DISTRICTS]))]),
    (4, [("推进“两湖”（沄湖、沣湖）综合治理，持续打好长江保护修复攻坚战，国考断面水质优良比例保持100%。",
          C(lead=[], resp=["市水务局", "市生态环境局", "市园林和林业局"]))]),
    (4, [("深入打好蓝天保卫战，全年空气质量优良天数比例达到80%以上。",
          C(lead=["市生态环境局"], resp=["市城管执法委", "市交通运输局", "市公安局"]))]),
    (4, [("扎实推进乡村全面振兴，粮食播种面积稳定在200万亩以上，新建高标准农田8万亩。",
          C(lead=["市农业农村局"], resp=["市水务局", "市自然资源和规划局", "，各新城区人民政府"]))]),
    (4, [("提升城市精细化管理水平，深化生活垃圾分类，推进城市运行“一网统管”。",
          C(lead=[], resp=["市城管执法委", "市政务服务和大数据局"]))]),
    (4, [("统筹发展和安全，深入推进安全生产治本攻坚三年行动，坚决遏制重特大事故发生。",
          C(lead=["市应急管理局"], resp=["市安委会各成员单位"]))]),
    # 六、民生
    (5, [("办好人民满意的教育，新建改扩建中小学和幼儿园40所，新增学位4万个。",
          C(lead=["市教育局"], resp=["市发改委", "市自然资源和规划局", "，" + DISTRICTS]))]),
    (5, [("推进健康沄州建设，深化紧密型城市医疗集团建设，推动医疗、医保、医药协同发展和治理。",
          C(lead=[], resp=["市卫健委", "市医保局"]))]),
    (5, [("健全社会保障体系，扩大企业职工基本养老保险参保覆盖面，推进社会保险公共服务平台应用。",
          C(lead=["市人社局"], resp=["市医保局", "市民政局", "市税务局"]))]),
    (5, [("发展养老托育服务，新增社区嵌入式养老服务设施60个、普惠托位3000个。",
          C(lead=[], resp=["市民政局", "市卫健委"]))]),
    (5, [("加强退役军人服务保障，做好双拥优抚安置工作。",
          C(lead=[], resp=["市退役军人局"]))]),
    # 七、政府自身建设
    (6, [("深入推进依法行政，严格执行重大行政决策程序，做好行政复议和行政应诉工作。",
          C(lead=["市司法局"], resp=["市政府各部门"]))]),
    (6, [("强化审计监督和统计监督，从严从紧落实过紧日子要求。",
          C(lead=[], resp=["市审计局", "市统计局", "市财政局"]))]),
]

CN_DIGITS = "零一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")


def unit_name(u):
    return u[1:] if u.startswith("，") else u


def render_list(units):
    out = ""
    for i, u in enumerate(units):
        if i == 0:
            out += unit_name(u)
        elif u.startswith("，"):
            out += u
        else:
            out += "、" + u
    return out


def render_clause(c):
    parts = []
    if c["lead"]:
        parts.append("牵头单位：" + render_list(c["lead"]))
    if c["resp"]:
        parts.append("责任单位" + c.get("colon", "：") + render_list(c["resp"]))
    return "（" + "；".join(parts) + "）"


def gold_rows():
    rows = []
    for i, (part, segs) in enumerate(TASKS, 1):
        resp, lead, coop = [], [], []
        for _text, c in segs:
            L = [unit_name(u) for u in c["lead"]]
            R = [unit_name(u) for u in c["resp"]]
            for u in L + R:
                if u not in resp:
                    resp.append(u)
            if L:   # a labelled lead: the 责任单位 beside it cooperate
                lead += [u for u in L if u not in lead]
                coop += [u for u in R if u not in coop]
            else:   # 无牵头单位的，责任单位即为牵头单位
                lead += [u for u in R if u not in lead]
        text = "".join(t for t, _ in segs)
        head = "".join(text.split())[:12]
        rows.append({
            "id": str(i),
            "marker": "（" + cn_num(i) + "）",
            "head": head,
            "responsible_units": resp,
            "lead_units": lead,
            "cooperating_units": coop,
            "leaders": [],
            "deadline": None,
        })
    return rows


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_run_font(run, font, size, bold=False, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc, text="", font=FS, size=16, align=None, indent=True, bold=False,
         color=None, space_before=0, space_after=0, line=28):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        set_run_font(p.add_run(text), font, size, bold, color)
    return p


def add_runs(p, pieces, size=16):
    for text, font in pieces:
        set_run_font(p.add_run(text), font, size)


def bottom_border(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, text, font=FS, size=12, bold=False, center=True):
    cell.text = ""
    p = cell.paragraphs[0]
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if text:
        set_run_font(p.add_run(text), font, size, bold)


def blank_form(doc, title, header, numbered_rows, extra_blank, note=None):
    para(doc, title, font=XBS, size=18, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         space_after=6, line=30)
    if note:
        para(doc, note, font=FS, size=14, indent=False, space_after=4)
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.rows[0].cells[j], h, font=HT, size=12)
    for k in range(numbered_rows):
        r = t.add_row()
        cell_text(r.cells[0], str(k + 1))
    for _ in range(extra_blank):
        t.add_row()
    return t


def build_docx():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)

    # 版头
    para(doc, "", indent=False, line=28)
    para(doc, "沄州市人民政府办公厅文件", font=XBS, size=34, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, color="FF0000", line=60, space_before=24)
    para(doc, "", indent=False)
    p = para(doc, "沄政办〔2025〕1号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_after=6)
    bottom_border(p)
    para(doc, "", indent=False)
    # 标题 (two lines by a manual break)
    p = para(doc, "", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    r = p.add_run("沄州市人民政府办公厅关于印发2025年市《政府工作报告》")
    set_run_font(r, XBS, 22)
    r.add_break()
    set_run_font(p.add_run("目标任务责任分解方案的通知"), XBS, 22)
    para(doc, "", indent=False)
    para(doc, "各区人民政府，市人民政府各部门，各有关单位：", indent=False)

    cover = [
        [("《2025年市〈政府工作报告〉目标任务责任分解方案》已经市人民政府同意，现印发给你们，"
          "并就有关事项通知如下，请一并认真贯彻执行。", FS)],
        [("一、统筹谋划，制订办理方案。", HT),
         ("各责任单位要对所承办的责任事项逐项研究、系统谋划，特别是牵头单位（无牵头单位的，责任单位即为牵头单位，下同）"
          "要会同相关责任单位制订具体办理方案，明确工作目标、推进措施、完成时限、分管负责人和承办处室，"
          "实行清单化管理、闭环式推进。各牵头单位于2025年2月10日前将办理方案和督办工作人员名单"
          "报市人民政府督查室（填报样式见附表1、2）。", FS)],
        [("二、压实责任，协同推进落实。", HT),
         ("各牵头单位要切实履行统筹抓总职责，加强与责任单位的沟通协调，定期研究调度，推动任务落地见效；"
          "各责任单位要树牢全市“一盘棋”思想，主动作为、密切配合，及时向牵头单位报送工作进展。"
          "对涉及面广、推进难度大的责任事项，牵头单位要及时向市人民政府报告存在的困难和问题，"
          "提请分管市领导统筹协调解决。", FS)],
        [("三、强化督办，确保硬账硬结。", HT),
         ("市《政府工作报告》目标任务纳入市级绩效目标管理考核体系。自2025年第二季度起，"
          "各牵头单位于每个季度第1个月的20日前将上季度责任事项完成情况报市人民政府督查室"
          "（填报样式见附表3）。市人民政府督查室将定期开展跟踪督查和暗访督查，"
          "对责任落实不力、影响工作进度和成效的予以通报。", FS)],
    ]
    for pieces in cover:
        p = para(doc)
        add_runs(p, pieces)

    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, "沄州市人民政府办公厅", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2025年1月20日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）")

    # 方案
    page_break(doc)
    p = para(doc, "", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    r = p.add_run("2025年市《政府工作报告》目标任务")
    set_run_font(r, XBS, 22)
    r.add_break()
    set_run_font(p.add_run("责任分解方案"), XBS, 22)
    para(doc, "", indent=False)

    last_part = None
    for i, (part, segs) in enumerate(TASKS, 1):
        if part != last_part:
            para(doc, PARTS[part], font=HT)
            last_part = part
        marker = "（" + cn_num(i) + "）"
        p = para(doc)
        own = None
        pieces = marker
        for k, (text, c) in enumerate(segs):
            pieces += text
            if c.get("own_para"):
                own = render_clause(c)
            else:
                pieces += render_clause(c)
        set_run_font(p.add_run(pieces), FS, 16)
        if own:
            p2 = para(doc)
            set_run_font(p2.add_run(own), FS, 16)

    # 附表 (填报样式)
    page_break(doc)
    para(doc, "附表1", font=HT, indent=False)
    blank_form(doc, "2025年市《政府工作报告》目标任务办理方案（填报样式）",
               ["序号", "责任事项", "工作目标", "具体措施", "完成时限", "分管负责人", "承办处室"],
               2, 1, note="填报单位（盖章）：　　　　　　　　　　　　　　填报日期：")
    para(doc, "", indent=False)
    para(doc, "附表2", font=HT, indent=False)
    blank_form(doc, "督办工作人员名单（填报样式）",
               ["单位", "姓名", "职务", "办公电话", "手机号码"], 0, 3,
               note="填报单位（盖章）：")
    page_break(doc)
    para(doc, "附表3", font=HT, indent=False)
    blank_form(doc, "2025年市《政府工作报告》目标任务完成情况（填报样式）",
               ["序号", "责任事项", "牵头单位", "责任单位", "完成情况", "存在问题", "下步打算"],
               2, 1, note="填报单位（盖章）：　　　　　　　　季度：")

    # 版记
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    t = doc.add_table(rows=2, cols=1)
    tbl = t._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge, sz in (("top", 8), ("bottom", 8), ("insideH", 4)):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblPr.append(borders)
    c0 = t.rows[0].cells[0]
    c0.text = ""
    set_run_font(c0.paragraphs[0].add_run(
        "抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市中级人民法院，"
        "市人民检察院，沄州警备区。"), FS, 14)
    c1 = t.rows[1].cells[0]
    c1.text = ""
    set_run_font(c1.paragraphs[0].add_run("沄州市人民政府办公厅　　　　　　　　　2025年1月20日印发"), FS, 14)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 1, 20, 9, 30, 0)
    cp.author = "市政府办公厅"
    cp.last_modified_by = "市政府督查室"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    cp.title = ""
    cp.comments = ""

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 20, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(NOTICE, "wb") as f:
        f.write(out.getvalue())


def main():
    build_docx()
    with open(GOLD, "w", encoding="utf-8") as f:
        for row in gold_rows():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
