#!/usr/bin/env python3
"""Round 130 / case 664: a 县委办 + 县政府办 joint notice issuing a
《县级领导包抓重点工作一览表》 laid out leader by leader.

Form: the 附件 is one landscape Word table with a ROW PER COUNTY LEADER
(序号 = the leader's rank, not a task number):

  序号 | 县级领导 | 分管（联系）领域 | 牵头包抓的重点工作 | 协助包抓的重点工作

* the tasks live as numbered paragraphs (1．–32．, running on across the rows)
  inside the 牵头包抓 cell of the leader who leads them, each closed by a 楷体
  bracket （牵头单位：…；配合单位：…；完成时限：…）;
* the 协助包抓 cell lists task NUMBERS (第5项, 第2、4项, 第7项、第12—13项) the
  row's leader assists: per the cover and the 注, that leader is a responsible
  leader of those tasks too;
* one task names a co-leader in a sentence of its own (与…宋岩共同牵头包抓);
* the 分管（联系）领域 cell names units that are no task's units;
* one leader (政协副主席) leads nothing (`/`) and only assists.

Writes 664_yiling_xian_xianji_lingdao_baozhua_yilanbiao.docx and its gold.
Deterministic: fixed core properties, fixed zip timestamps.
"""
import copy
import io
import json
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

BASE = "664_yiling_xian_xianji_lingdao_baozhua_yilanbiao"
RED = RGBColor(0xE6, 0x00, 0x12)

# ---------------------------------------------------------------- the data
# Each leader row: name as printed, post, order ("np" = name over post,
# "pn" = post over name), the portfolio text, the tasks led, the assist cell.
# Each task: (number, [paragraphs of text], bracket-or-None, bracket_own_para,
#             leads, coops, deadline, extra_leaders_inline)
T = {}


def task(n, paras, leads, coops, deadline, own=False, colon="：", sep=None,
         co_note=None, co_leader=None):
    T[n] = dict(n=n, paras=paras, leads=leads, coops=coops, deadline=deadline,
                own=own, colon=colon, sep=sep, co_note=co_note,
                co_leader=co_leader)


task(1, ["统筹推进县域经济高质量发展，全年地区生产总值增长6%左右，力争进入全省县域经济发展监测考核第二方阵。"],
     ["县发展和改革局"], ["县统计局", "县财政局", "县工业和信息化局"], "2025年12月底前")
task(2, ["推进漪岭经济技术开发区扩区调位，完成新一轮总体规划编制和报批，新增建设用地1500亩。"],
     ["漪岭经济技术开发区管委会", "县自然资源局"], ["县发展和改革局", "县住房和城乡建设局"], "2025年10月底前")
task(3, ["落实全面从严治党主体责任，扎实开展深入贯彻中央八项规定精神学习教育，持续整治群众身边不正之风和腐败问题。"],
     ["县纪委监委机关"], ["县委组织部", "县委宣传部"], "持续推进")
task(4, ["实施“招商引资突破年”行动，全年引进500万元以上项目60个以上，到位资金80亿元以上。"],
     ["县投资促进局"], ["漪岭经济技术开发区管委会", "县商务局", "各镇（街道）"], "2025年12月底前")
task(5, ["抓好重点项目建设，实施县级重点项目120个，年度完成投资95亿元以上，争取更多项目纳入省市重点项目盘子。"],
     ["县发展和改革局"], ["县自然资源局", "县住房和城乡建设局", "各镇（街道）"], "2025年12月底前",
     sep=["、", "，"])  # a `，` before 各镇（街道）
task(6, ["加强财政收支管理，一般公共预算收入增长5%，兜牢基层“三保”底线，防范化解政府债务风险。"],
     ["县财政局"], ["国家税务总局漪岭县税务局", "县审计局"], "2025年12月底前")
task(7, ["持续抓好北山生态环境保护，巩固违建整治成果，完成问题点位“回头看”。"],
     ["县林业局"], ["县自然资源局", "市生态环境局漪岭分局", "县水利局"], "2025年11月底前",
     own=True, co_note="（与县委常委、常务副县长宋岩共同牵头包抓）", co_leader="宋岩")
task(8, ["巩固拓展脱贫攻坚成果，守牢不发生规模性返贫致贫底线，脱贫人口人均纯收入增长10%以上。"],
     ["县农业农村局"], ["县人力资源和社会保障局", "县民政局", "县医疗保障局"], "2025年12月底前")
task(9, ["深化平安漪岭建设，坚持和发展新时代“枫桥经验”，信访积案化解率达到90%以上。"],
     ["县委政法委"], ["县信访局", "县公安局", "县司法局"], "持续推进")
task(10, ["实施和美乡村建设行动，新建省级和美乡村示范村3个、市级示范村12个，农村卫生厕所普及率达到85%。"],
     ["县农业农村局"], ["县住房和城乡建设局", "县卫生健康局", "各镇（街道）"], "2025年11月底前")
task(11, ["深化国有企业改革，推动县城市建设投资集团市场化转型，经营性债务余额压降10%。"],
     ["县财政局（县国资办）"], ["县城市建设投资集团有限公司"], "2025年9月底前")
task(12, ["加快城市更新，改造老旧小区28个、背街小巷15条，完成城关片区棚户区改造收尾。"],
     ["县住房和城乡建设局"], ["县城市管理局", "县财政局", "城关街道办事处"], "2025年11月底前")
task(13, ["实施城区雨污分流改造二期工程，新建改造污水管网32公里，县城污水集中收集率达到70%。"],
     ["县住房和城乡建设局", "县水利局"], ["市生态环境局漪岭分局"], "2025年10月底前")
task(14, ["持续优化营商环境，深化“高效办成一件事”改革，政务服务事项网上可办率达到95%以上。"],
     ["县行政审批服务局"], ["县市场监督管理局", "县司法局", "县数据局"], "持续推进",
     colon=":")  # half-width colon after 配合单位 once
task(15, ["实施“漪才回归”工程，引进急需紧缺人才150名以上，建成县人才服务中心。"],
     ["县委组织部（县委人才办）"], ["县人力资源和社会保障局", "县教育局", "县卫生健康局"], "2025年12月底前")
task(16, ["抓好村（社区）“两委”班子建设，排查整顿软弱涣散基层党组织。"],
     ["县委组织部"], [], "2025年6月底前")
task(17, ["推进新型工业化，新增规模以上工业企业12户，规模以上工业增加值增长7%。"],
     ["县工业和信息化局"], ["县统计局", "漪岭经济技术开发区管委会"], "2025年12月底前")
task(18, ["培育壮大新材料产业链，推动年产5万吨锂电负极材料项目建成投产。"],
     ["漪岭经济技术开发区管委会"], ["县工业和信息化局", "国网漪岭县供电公司"], "2025年10月底前")
task(19, ["促进消费扩容提质，开展“消费促进月”活动，社会消费品零售总额增长6.5%。"],
     ["县商务局"], ["县文化和旅游局", "县市场监督管理局"], "2025年12月底前")
task(20, ["完善县域商业体系，新建改造镇级商贸中心5个、村级便民商店40个。"],
     ["县商务局"], ["县供销合作社联合社", "中国邮政集团有限公司漪岭县分公司"], "2025年11月底前")
task(21, ["实施城区第二幼儿园新建和漪岭中学扩建工程，新增学位1800个，秋季学期投入使用。"],
     ["县教育局"], ["县发展和改革局", "县自然资源局", "县住房和城乡建设局"], "2025年8月底前")
task(22, ["推进紧密型县域医共体建设，县人民医院通过三级医院评审。",
          "完善镇卫生院、村卫生室服务网络，实现医共体内检查检验结果互认。"],
     ["县卫生健康局"], ["县医疗保障局", "县人民医院"], "2025年12月底前")
task(23, ["做好稳就业工作，城镇新增就业2200人，农村劳动力转移就业6.5万人。"],
     ["县人力资源和社会保障局"], ["县农业农村局", "各镇（街道）"], "2025年12月底前")
task(24, ["健全养老服务体系，建成镇级区域养老服务中心3个，发展老年助餐点20个。"],
     ["县民政局"], ["县卫生健康局", "县财政局"], "2025年10月底前")
task(25, ["深化社会治安整体防控体系建设，完成城区“雪亮工程”扩面升级，群众安全感保持在98%以上。"],
     ["县公安局"], ["县委政法委", "县数据局"], "2025年12月底前")
task(26, ["开展道路交通安全“百日攻坚”行动，坚决遏制较大以上道路交通事故。"],
     ["县公安局"], ["县交通运输局", "县应急管理局", "各镇（街道）"], "2025年9月底前")
task(27, ["加快漪岭至平川二级公路改建工程建设，争取市交通运输局将续建段纳入年度计划，年内完成路基工程。"],
     ["县交通运输局"], ["县自然资源局", "县林业局"], "2025年12月底前")
task(28, ["深入打好蓝天碧水净土保卫战，PM2.5平均浓度控制在30微克/立方米以下，漪河出境断面水质稳定达到Ⅱ类。"],
     ["市生态环境局漪岭分局"], ["县住房和城乡建设局", "县农业农村局", "县城市管理局"], "2025年12月底前")
task(29, ["实施城区学校周边交通综合治理，新建改造停车泊位600个，规范设置学生接送区。"],
     ["县城市管理局"], ["县公安局交通管理大队", "县教育局"], "2025年8月底前")
task(30, ["建成县城生活垃圾焚烧发电项目并投入运行，城乡生活垃圾无害化处理率达到100%。"],
     ["县城市管理局"], ["县发展和改革局", "市生态环境局漪岭分局"], "2025年12月底前")
task(31, ["巩固省级文明县城创建成果，开展“文明漪岭”志愿服务和城市精细化管理提升行动。"],
     ["县委宣传部（县文明办）"], ["县城市管理局", "城关街道办事处"], "持续推进")
task(32, ["推进第四次全国文物普查，完成全县不可移动文物实地调查和数据录入。"],
     ["县文化和旅游局"], [], "2025年10月底前")

ROWS = [
    dict(name="郑国华", post="县委书记", order="np",
         portfolio="主持县委全面工作。",
         tasks=[1, 2, 3], assist="/", assist_nums=[]),
    dict(name="欧阳振东", post="县委副书记、县长", order="np",
         portfolio="主持县政府全面工作，负责审计工作。联系县审计局。",
         tasks=[4, 5, 6, 7], assist="/", assist_nums=[]),
    dict(name="何立群", post="县委副书记", order="np",
         portfolio="协助县委书记抓党建工作，负责“三农”、政法、信访工作。联系县委政法委、县农业农村局、县信访局。",
         tasks=[8, 9, 10], assist="第15项", assist_nums=[15]),
    dict(name="宋　岩", post="县委常委、常务副县长", order="np",
         portfolio="负责县政府常务工作，分管财政、国资、住房城乡建设、行政审批工作。联系县财政局、县住房和城乡建设局、县行政审批服务局。",
         tasks=[11, 12, 13, 14], assist="第5项", assist_nums=[5]),
    dict(name="周文涛", post="县委常委、组织部部长", order="np",
         portfolio="负责组织、人才工作。",
         tasks=[15, 16], assist="/", assist_nums=[]),
    dict(name="王　勇", post="副县长", order="np",
         portfolio="分管工业、商务、招商引资和开发区工作。联系县工业和信息化局、县商务局、县投资促进局、漪岭经济技术开发区管委会。",
         tasks=[17, 18, 19, 20], assist="第2、4项", assist_nums=[2, 4]),
    dict(name="杜　娟", post="副县长", order="np",
         portfolio="分管教育、卫生健康、人力资源社会保障、民政、医疗保障工作。",
         tasks=[21, 22, 23, 24], assist="第29项", assist_nums=[29]),
    dict(name="马俊峰", post="副县长、县公安局局长", order="np",
         portfolio="分管公安、司法、应急管理工作。联系县公安局、县司法局、县应急管理局。",
         tasks=[25, 26], assist="第9项", assist_nums=[9]),
    dict(name="韩立新", post="副县长", order="pn",
         portfolio="分管交通运输、城市管理、生态环境、林业、水利工作。",
         tasks=[27, 28, 29, 30], assist="第7项、第12—13项", assist_nums=[7, 12, 13]),
    dict(name="孙志刚", post="县人大常委会副主任", order="np",
         portfolio="联系城关街道，负责文明县城创建、文物保护有关工作。",
         tasks=[31, 32], assist="/", assist_nums=[]),
    dict(name="黄海涛", post="县政协副主席", order="np",
         portfolio="联系县卫生健康局、县城市管理局。",
         tasks=[], assist="第22、30项", assist_nums=[22, 30]),
]


def bracket(t):
    """The printed bracket of a task, built from its data with its quirks."""
    parts = ["牵头单位：" + "、".join(t["leads"])]
    if t["coops"]:
        seps = t["sep"]
        s = t["coops"][0]
        for i, u in enumerate(t["coops"][1:], 1):
            s += (seps[i - 1] if seps else "、") + u
        parts.append("配合单位" + t["colon"] + s)
    parts.append("完成时限：" + t["deadline"])
    return "（" + "；".join(parts) + "）"


# ---------------------------------------------------------------- docx helpers
def set_font(run, east="仿宋_GB2312", size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), ascii_font)
    rf.set(qn("w:hAnsi"), ascii_font)
    rf.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def para(container, text="", east="仿宋_GB2312", size=16, bold=False, align=None,
         indent_first=None, color=None, space_before=0, space_after=0, line=None):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if line:
        pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if indent_first is not None:
        pf.first_line_indent = Pt(indent_first)
    if text:
        r = p.add_run(text)
        set_font(r, east, size, bold, color)
    return p


def add_run(p, text, east="仿宋_GB2312", size=16, bold=False, color=None):
    r = p.add_run(text)
    set_font(r, east, size, bold, color)
    return r


def cell_para(cell, text="", east="仿宋_GB2312", size=10.5, bold=False,
              align=WD_ALIGN_PARAGRAPH.LEFT, first=False):
    if first:
        p = cell.paragraphs[0]
    else:
        p = cell.add_paragraph()
    p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(15)
    if text:
        add_run(p, text, east, size, bold)
    return p


def set_cell_width(cell, cm):
    tcPr = cell._tc.get_or_add_tcPr()
    w = tcPr.find(qn("w:tcW"))
    if w is None:
        w = OxmlElement("w:tcW")
        tcPr.append(w)
    w.set(qn("w:w"), str(int(cm * 567)))
    w.set(qn("w:type"), "dxa")


def set_vcenter(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vAlign")
    v.set(qn("w:val"), "center")
    tcPr.append(v)


def table_borders(tbl, val="single", sz="4", color="000000"):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), sz)
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), color)
        b.append(e)
    tblPr.append(b)


def para_bottom_border(p, color="E60012", sz="18"):
    pPr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    bot = OxmlElement("w:bottom")
    bot.set(qn("w:val"), "single")
    bot.set(qn("w:sz"), sz)
    bot.set(qn("w:space"), "1")
    bot.set(qn("w:color"), color)
    pbdr.append(bot)
    pPr.append(pbdr)


def page_footer(section):
    """`— N —` with a PAGE field, outer aligned is overkill: centred."""
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(p, "— ", "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        elif txt == " PAGE ":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = txt
            r._element.append(t)
    add_run(p, " —", "宋体", 14)


def fix_grid(tbl, widths_cm):
    """Fixed layout, explicit grid and table width (Word honours these)."""
    tblPr = tbl._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblPr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    tw.set(qn("w:type"), "dxa")
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in tbl.rows:
        for c, w in zip(row.cells, widths_cm):
            set_cell_width(c, w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trPr.append(h)


# ---------------------------------------------------------------- build
def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    page_footer(sec)

    # 版头: two issuers stacked, 文件 merged beside them (borderless table)
    hdr = doc.add_table(rows=2, cols=2)
    hdr.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(hdr, val="nil")
    for i, name in enumerate(("中共漪岭县委办公室", "漪岭县人民政府办公室")):
        c = hdr.cell(i, 0)
        set_cell_width(c, 11.5)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        add_run(p, name, "方正小标宋简体", 26, color=RED)
    m = hdr.cell(0, 1).merge(hdr.cell(1, 1))
    fix_grid(hdr, [11.6, 4.0])
    set_vcenter(m)
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(p, "文件", "方正小标宋简体", 42, color=RED)

    para(doc, "", space_before=12)
    para(doc, "漪办发〔2025〕5号", align=WD_ALIGN_PARAGRAPH.CENTER)
    rule = para(doc, "", size=6)
    para_bottom_border(rule)
    para(doc, "")

    para(doc, "中共漪岭县委办公室　漪岭县人民政府办公室", "方正小标宋简体", 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    tp = para(doc, "关于印发《2025年县级领导包抓重点工作", "方正小标宋简体", 22,
              align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    tp.runs[0].add_break()  # the drafter's Shift+Enter inside the title
    add_run(tp, "一览表》的通知", "方正小标宋简体", 22)
    para(doc, "")
    para(doc, "各镇党委、人民政府，各街道党工委、办事处，县委各部门，县级国家机关各部门，各人民团体，县直各单位：", line=28)

    ind = 32
    para(doc, "为深入贯彻落实县委十五届七次全会暨县委经济工作会议和县十八届人大五次会议精神，压紧压实县级领导抓落实责任，"
              "经县委、县政府研究，确定了2025年县级领导包抓重点工作。现将《2025年县级领导包抓重点工作一览表》印发给你们，"
              "并就有关事项通知如下。", indent_first=ind, line=28)

    p = para(doc, "", indent_first=ind, line=28)
    add_run(p, "一、明确包抓责任。", "黑体")
    add_run(p, "一览表按县级领导逐人列出包抓的重点工作，包抓事项按1—32统一编号。“牵头包抓的重点工作”栏所列事项由该县级领导牵头包抓，"
               "是该项工作的第一责任领导；“协助包抓的重点工作”栏所列编号对应的事项，由该县级领导协助牵头包抓的县级领导推进，"
               "同为该项工作的责任领导。同一项工作由两名县级领导共同牵头包抓的，在该项工作后注明。“分管（联系）领域”栏仅列明县级领导分工，"
               "其中所列单位不作为包抓事项的责任单位。")

    p = para(doc, "", indent_first=ind, line=28)
    add_run(p, "二、落实牵头责任。", "黑体")
    add_run(p, "每项工作后括号内列明牵头单位、配合单位和完成时限。牵头单位对该项工作负总责，牵头单位有两个的共同牵头，"
               "排在第一位的为主牵头单位；配合单位要按照职责分工主动对接、密切配合。未列配合单位的，由牵头单位独立承担。"
               "各牵头单位要在3月25日前制定具体推进方案，报包抓县级领导审定后抓好落实。")

    p = para(doc, "", indent_first=ind, line=28)
    add_run(p, "三、强化督查考核。", "黑体")
    add_run(p, "县委督查室、县政府督查室对包抓事项实行月调度、季通报，调度情况纳入年度目标责任考核。各牵头单位于每月25日前将"
               "推进情况报送县委督查室、县政府督查室。联系人：县委督查室　刘　洋，联系电话：3212345。")

    para(doc, "")
    para(doc, "附件：2025年县级领导包抓重点工作一览表", indent_first=ind, line=28)
    para(doc, "")
    para(doc, "")
    lk = doc.add_table(rows=2, cols=2)
    table_borders(lk, val="nil")
    for j, t in enumerate(("中共漪岭县委办公室", "漪岭县人民政府办公室")):
        c = lk.cell(0, j)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_run(c.paragraphs[0], t)
    lk.cell(1, 0).merge(lk.cell(1, 1))
    c = lk.cell(1, 0)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(c.paragraphs[0], "2025年3月12日")
    fix_grid(lk, [7.8, 7.8])
    para(doc, "（此件发至镇、街道）", indent_first=ind, line=28)

    # ---- 附件 in a landscape section
    ls = doc.add_section()
    ls.orientation = WD_ORIENT.LANDSCAPE
    ls.page_width, ls.page_height = Cm(29.7), Cm(21)
    ls.top_margin, ls.bottom_margin = Cm(2.5), Cm(2.2)
    ls.left_margin, ls.right_margin = Cm(2.4), Cm(2.4)

    para(doc, "附件", "黑体", 16)
    para(doc, "2025年县级领导包抓重点工作一览表", "方正小标宋简体", 20,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_before=6, space_after=10)

    widths = [1.3, 3.0, 5.2, 12.7, 2.7]
    heads = ["序号", "县级领导", "分管（联系）领域", "牵头包抓的重点工作", "协助包抓的重点工作"]
    tbl = doc.add_table(rows=1, cols=5)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(tbl)
    hr = tbl.rows[0]
    repeat_header(hr)
    for j, h in enumerate(heads):
        c = hr.cells[j]
        set_cell_width(c, widths[j])
        set_vcenter(c)
        cell_para(c, h, "黑体", 12, align=WD_ALIGN_PARAGRAPH.CENTER, first=True)

    for i, r in enumerate(ROWS, 1):
        row = tbl.add_row()
        cells = row.cells
        for j in range(5):
            set_cell_width(cells[j], widths[j])
        set_vcenter(cells[0])
        set_vcenter(cells[1])
        set_vcenter(cells[4])
        cell_para(cells[0], str(i), size=12, align=WD_ALIGN_PARAGRAPH.CENTER, first=True)
        if r["order"] == "np":
            cell_para(cells[1], r["name"], "黑体", 12, align=WD_ALIGN_PARAGRAPH.CENTER, first=True)
            cell_para(cells[1], r["post"], size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER)
        else:
            cell_para(cells[1], r["post"], size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER, first=True)
            cell_para(cells[1], r["name"], "黑体", 12, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_para(cells[2], r["portfolio"], size=10.5, first=True)
        if not r["tasks"]:
            cell_para(cells[3], "/", size=12, align=WD_ALIGN_PARAGRAPH.CENTER, first=True)
        first = True
        for n in r["tasks"]:
            t = T[n]
            paras = t["paras"]
            for k, txt in enumerate(paras):
                p = cell_para(cells[3], first=first)
                first = False
                p.paragraph_format.first_line_indent = Pt(21)
                if k == 0:
                    add_run(p, f"{n}．", size=10.5, bold=True)
                add_run(p, txt, size=10.5)
                last = (k == len(paras) - 1)
                if last and t["co_note"]:
                    add_run(p, t["co_note"], size=10.5)
                if last and not t["own"]:
                    add_run(p, bracket(t), "楷体_GB2312", 10.5)
            if t["own"]:
                p = cell_para(cells[3])
                p.paragraph_format.first_line_indent = Pt(21)
                add_run(p, bracket(t), "楷体_GB2312", 10.5)
        cell_para(cells[4], r["assist"], size=12, align=WD_ALIGN_PARAGRAPH.CENTER, first=True)
    fix_grid(tbl, widths)

    para(doc, "注：1．表中“序号”为县级领导排序，包抓重点工作按1—32统一编号。", size=12, space_before=6, line=20)
    para(doc, "2．“协助包抓的重点工作”栏填写的是重点工作编号，对应事项的责任领导为牵头包抓的县级领导和协助包抓的县级领导。",
         size=12, indent_first=24, line=20)
    para(doc, "3．“/”表示无。", size=12, indent_first=24, line=20)

    # ---- 版记 on a portrait last page
    bj = doc.add_section()
    bj.orientation = WD_ORIENT.PORTRAIT
    bj.page_width, bj.page_height = Cm(21), Cm(29.7)
    bj.top_margin, bj.bottom_margin = Cm(3.7), Cm(3.5)
    bj.left_margin, bj.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        para(doc, "")
    vt = doc.add_table(rows=2, cols=1)
    table_borders(vt, val="nil")
    tblPr = vt._tbl.tblPr
    b = tblPr.find(qn("w:tblBorders"))
    for edge in ("top", "bottom", "insideH"):
        e = b.find(qn(f"w:{edge}"))
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "8" if edge != "insideH" else "4")
    p = vt.cell(0, 0).paragraphs[0]
    add_run(p, "抄送：市委办公室，市政府办公室。县人大常委会办公室，县政协办公室。", size=14)
    fix_grid(vt, [15.6])
    p = vt.cell(1, 0).paragraphs[0]
    add_run(p, "中共漪岭县委办公室　　　　　　　　　　2025年3月12日印发", size=14)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 3, 12, 9, 0, 0)
    cp.author = "县委办公室"
    cp.last_modified_by = "县委办公室"
    cp.title = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so that the bytes never change
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 12, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    with open(BASE + ".docx", "wb") as f:
        f.write(out.getvalue())


def gold():
    leaders = {n: [] for n in T}
    for r in ROWS:
        nm = r["name"].replace("　", "")
        for n in r["tasks"]:
            leaders[n].append(nm)
    for n, t in T.items():
        if t["co_leader"]:
            leaders[n].append(t["co_leader"])
    for r in ROWS:
        nm = r["name"].replace("　", "")
        for n in r["assist_nums"]:
            leaders[n].append(nm)
    lines = []
    for n in sorted(T):
        t = T[n]
        text = t["paras"][0]
        rec = {
            "id": str(n),
            "marker": f"{n}．",
            "head": text[:12],
            "responsible_units": t["leads"] + t["coops"],
            "lead_units": list(t["leads"]),
            "cooperating_units": list(t["coops"]),
            "leaders": leaders[n],
            "deadline": t["deadline"],
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(BASE + ".tasks.gold.jsonl", "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    build()
    gold()
