#!/usr/bin/python3
"""Generator for round 140 / 710: an ordinary county notice (岚溪县人民政府办公室) splitting the
2024 县政府工作报告 into a task table 序号 | 工作任务 | 责任县领导 | 责任单位 | 完成时限.

Writes 710_lanxi_xian_gzbg_renwu_fengong.docx and 710.tasks.gold.jsonl from the TASKS list below.
Deterministic: fixed core properties, zip rewritten with fixed timestamps.
Run: /usr/bin/python3 make_710.py
"""
import datetime
import io
import json
import os
import re
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = os.path.join(HERE, "710_lanxi_xian_gzbg_renwu_fengong.docx")
GOLD = os.path.join(HERE, "710.tasks.gold.jsonl")

# ---------------------------------------------------------------- the data
# Leaders as printed in the 责任县领导 cell.  A list of several strings = several cell paragraphs;
# a single string holding 、 = two leaders in one paragraph.
CHEN = "陈志远"      # 县长
WANG = "王　勇"      # 常务副县长 (padded with U+3000)
ZHOU = "周丽华"      # 副县长 (农业农村、水利、林业)
LIU = "刘洋"         # 副县长 (教育、卫健、文旅) -- two characters, not padded
SUN = "孙建军"       # 副县长、县公安局局长
MA = "马　骏"        # 副县长 (城建、交通、生态) (padded)

# (section heading, [tasks]); a task: (text paragraphs, leader paragraphs, units cell, deadline,
#   completion deadline) -- the units cell is the printed string.
# "MERGE" in leaders: the leader cell is merged down from the previous row (vMerge continue).
SECTIONS = [
    ("一、聚焦项目投资，推动经济稳中快进", [
        (["全县地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长8%，固定资产投资增长8%，社会消费品零售总额增长6.5%。"],
         [CHEN, WANG], "县发改局、县统计局、县财政局、县工信局、县商务局", "2024年12月底"),
        (["坚持“项目为王”，全年实施重点项目86个、完成投资70亿元以上，其中新开工项目42个、竣工投产项目30个。"],
         [WANG], "县发改局、县自然资源局、县住建局、各乡镇（街道）", "2024年12月底"),
        (["抢抓超长期特别国债、中央预算内投资、地方政府专项债券等政策机遇，全年争取上级各类资金16亿元以上。"],
         [WANG], "县财政局、县发改局、县直各有关单位", "持续推进"),
        (["深化“招商引资提质年”行动，开展产业链精准招商，全年新签约亿元以上项目25个，到位市外资金45亿元以上。"],
         [CHEN], "县投资促进中心、县商务局、县工信局、岚溪经济开发区管委会、各乡镇（街道）", "2024年12月底"),
        (["落实促消费政策，举办汽车、家电、家居等促销活动10场次以上，新增限额以上商贸企业20家，提升改造县城商业步行街。"],
         [WANG], "县商务局、县市场监管局、县财政局", "2024年12月底"),
    ]),
    ("二、聚焦产业升级，加快构建现代化产业体系", [
        (["实施工业企业“倍增计划”，新增规模以上工业企业12家，培育省级专精特新中小企业5家以上。"],
         [WANG], "县工信局、县统计局、岚溪经济开发区管委会", "2024年12月底"),
        (["推动岚溪经济开发区扩区调规，完成新能源装备产业园标准厂房建设8万平方米，开发区营业收入突破180亿元。"],
         [CHEN], "岚溪经济开发区管委会、县自然资源局、县发改局", "2024年11月底"),
        (["加快数字经济发展，新建5G基站150座，推进千兆光网进村入户，实施企业“上云用数赋智”项目20个。"],
         [WANG], "县工信局、中国移动岚溪分公司、中国电信岚溪分公司", "2024年12月底"),
        (["深化“放管服”改革，推行“高效办成一件事”，政务服务事项全程网办率达到95%以上，企业开办时间压缩至1个工作日以内。"],
         [WANG], "县行政审批服务局（县政务服务中心）、县市场监管局、县直各有关单位", "2024年6月底前"),
        (["发展全域旅游，推进岚溪古镇国家4A级旅游景区创建，办好第三届岚溪油菜花节，全年接待游客380万人次、旅游综合收入增长12%。"],
         [LIU], "县文旅局、县交通运输局、县融媒体中心、青石镇", "2024年12月底"),
    ]),
    ("三、聚焦乡村振兴，推进农业农村现代化", [
        (["稳定粮食生产，全县粮食播种面积稳定在48万亩以上，总产量稳定在20万吨以上。"],
         [ZHOU], "县农业农村局、县自然资源局，县统计局、各乡镇（街道）", "2024年10月底"),
        (["新建高标准农田2.6万亩，实施耕地提质改造和撂荒地整治，完成耕地“非农化”“非粮化”问题整改。"],
         "MERGE", "县农业农村局、县自然资源局、县财政局、县水利局", "2024年12月底"),
        (["巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制，确保不发生规模性返贫。"],
         "MERGE", "县农业农村局、县民政局、县医保局、县人社局、各乡镇（街道）", "长期坚持"),
        (["做强特色产业，发展茶叶、中药材、生态养殖等主导产业，新培育市级以上农业产业化龙头企业3家、农民合作社示范社10家。"],
         "MERGE", "县农业农村局、县林业局、县供销社", "2024年12月底"),
        (["建设宜居宜业和美乡村，新创建省级美丽乡村示范村6个，完成农村户用卫生厕所改造1500户，农村生活污水治理率达到40%。"],
         [ZHOU, MA], "县农业农村局、市生态环境局岚溪分局、县住建局、县卫健局、各乡镇（街道）", "2024年11月底"),
    ]),
    ("四、聚焦城乡融合，提升县城综合承载能力", [
        (["实施城市更新行动，改造城镇老旧小区14个、1860户，新建改造城市道路6条，新增公共停车泊位800个。"],
         [MA], "县住建局、 县城管局、县自然资源局、县公安局", "2024年12月底"),
        (["加快交通基础设施建设，推进G351岚溪段改线工程，力争岚青高速公路年内开工建设。",
          "新改建农村公路120公里，实施危桥改造8座，巩固“四好农村路”全国示范县创建成果。"],
         [MA], "县交通运输局、县发改局、县自然资源局、县财政局", "2024年12月底"),
        (["推进水网建设，开工建设龙潭水库，完成中小河流治理25公里，新建改造农村供水工程30处，农村自来水普及率达到93%。"],
         [ZHOU], "县水利局、县发改局、县财政局", "2024年12月底"),
        (["深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在32微克/立方米以内，县城空气质量优良天数比例达到88%以上。"],
         [MA], "市生态环境局岚溪分局、县住建局、县交通运输局、县工信局、县公安局、各乡镇（街道）", "2024年12月底"),
        (["全面推行林长制，完成人工造林1.2万亩、森林抚育3万亩，森林覆盖率稳定在62%以上。"],
         [ZHOU], "县林业局、县自然资源局、各乡镇（街道）", "2024年12月底"),
    ]),
    ("五、聚焦民生福祉，持续增进群众获得感", [
        (["落实就业优先政策，城镇新增就业2600人，城镇登记失业率控制在4.5%以内，新增农村劳动力转移就业3000人。"],
         [LIU], "县人社局、县农业农村局、县财政局、各乡镇（街道）", "2024年12月底"),
        (["办好人民满意的教育，新建第二实验小学、城东幼儿园，新增学位2700个。",
          "深化县管校聘管理改革，推进义务教育优质均衡发展，高中教育质量稳步提升。"],
         [LIU], "县教体局、县发改局、县财政局、县自然资源局、县住建局", "2024年8月底前"),
        (["深化医药卫生体制改革，推进紧密型县域医共体建设，支持县人民医院创建三级综合医院，落实异地就医直接结算政策。"],
         [WANG + "、" + LIU], "县卫健局、县医保局（共同牵头），县财政局、县人社局、县人民医院", "2024年12月底"),
        (["健全养老服务体系，新建乡镇（街道）区域养老服务中心3个、农村老年幸福食堂12个，发展居家社区养老服务。"],
         [LIU], "县民政局、县发改局、县财政局、各乡镇（街道）", "2024年10月底"),
        (["做好退役军人服务保障，推进退役军人服务站规范化建设，落实优抚对象各项待遇。"],
         [SUN], "县退役军人事务局、县财政局、县人社局", "持续推进"),
        (["繁荣发展文化事业，建成县图书馆新馆并开放运行，开展“文化惠民”送戏下乡演出200场次。"],
         [LIU], "县文旅局、县财政局、县融媒体中心", "2024年9月底前"),
        (["加强住房保障，筹集保障性租赁住房300套，完成棚户区改造安置房建设500套，推进住房公积金扩面提效。"],
         [MA], "县住建局、县自然资源局、市住房公积金管理中心岚溪管理部", "2024年12月底"),
    ]),
    ("六、聚焦安全稳定，建设更高水平平安岚溪", [
        (["严格落实安全生产责任制，深化重点行业领域安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。"],
         [SUN], "县应急局、县直各有关单位、各乡镇（街道）", "长期坚持"),
        (["做好防汛抗旱和地质灾害防治工作，完成32处地质灾害隐患点综合治理，提升基层应急救援能力。"],
         [SUN], "县应急局、县水利局、县自然资源局、县气象局、各乡镇（街道）", "2024年5月底前"),
        (["强化食品药品安全监管，创建省级食品安全示范县，全年抽检食品2800批次以上。"],
         [LIU], "县市场监管局、县农业农村局、县卫健局、县公安局", "2024年12月底"),
        (["推进平安岚溪建设，常态化开展扫黑除恶斗争，加强信访积案化解，深化“一站式”矛盾纠纷调处化解中心建设。"],
         [SUN], "县公安局、县信访局、县司法局、各乡镇（街道）", "持续推进"),
        (["防范化解重点领域风险，稳妥推进政府债务化解，牢牢守住不发生区域性系统性金融风险底线。"],
         [WANG], "县财政局、县金融服务中心、人民银行岚溪县支行", "长期坚持"),
    ]),
    ("七、聚焦自身建设，全面建设人民满意政府", [
        (["坚持依法行政，认真执行县人大及其常委会决议决定，人大代表建议和政协委员提案办结率达到100%。"],
         [CHEN], "县政府办公室、县司法局、县直各有关单位", "2024年10月底"),
        (["严格落实过紧日子要求，一般性支出压减5%以上，“三公”经费只减不增，加强审计监督和财会监督。"],
         [WANG], "县财政局、县审计局、县直各有关单位", "2024年12月底"),
    ]),
]

LEAD_NOTE = "（共同牵头）"
SEPS = "、，；"


def split_units(cell):
    """Split a printed 责任单位 cell at 、，； outside brackets. Returns (units, n_leads)."""
    parts, buf, depth = [], "", 0
    for ch in cell:
        if ch == "（":
            depth += 1
        elif ch == "）":
            depth -= 1
        if ch in SEPS and depth == 0:
            parts.append(buf)
            buf = ""
        else:
            buf += ch
    parts.append(buf)
    parts = [re.sub(r"\s+", "", p) for p in parts]
    n_leads = 1
    for i, p in enumerate(parts):
        if p.endswith(LEAD_NOTE):
            parts[i] = p[: -len(LEAD_NOTE)]
            n_leads = i + 1
    return parts, n_leads


def leader_names(paras):
    out = []
    for p in paras:
        for n in re.split("[、，]", p):
            n = re.sub(r"[\s\u3000]", "", n)
            if n:
                out.append(n)
    return out


def gold_records():
    recs, n, prev_leaders = [], 0, None
    for _, tasks in SECTIONS:
        for paras, leaders, units_cell, deadline in tasks:
            n += 1
            if leaders == "MERGE":
                leaders = prev_leaders
            prev_leaders = leaders
            units, k = split_units(units_cell)
            head = re.sub(r"\s", "", "".join(paras))[:12]
            recs.append({
                "id": str(n), "marker": str(n), "head": head,
                "responsible_units": units, "lead_units": units[:k], "cooperating_units": units[k:],
                "leaders": leader_names(leaders), "deadline": deadline,
            })
    return recs


# ---------------------------------------------------------------- DOCX helpers
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name if a != "w:ascii" and a != "w:hAnsi" else ("Times New Roman" if name == FS else name))
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None, indent=False, color=None,
         space_after=0, line=28):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    if line:
        pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def top_bottom_border(p, top=True, bottom=True, sz=8):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    for side, on in (("top", top), ("bottom", bottom)):
        if on:
            b = OxmlElement("w:" + side)
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), str(sz))
            b.set(qn("w:space"), "1")
            b.set(qn("w:color"), "000000")
            pbdr.append(b)
    ppr.append(pbdr)


def page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)
    set_font(p.add_run(" —"), "宋体", 14)


def cell_text(cell, paras, size=11, align=None, bold=False, font=FS):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    first = True
    for t in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(18)
        if align is not None:
            p.alignment = align
        set_font(p.add_run(t), font, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


# ---------------------------------------------------------------- build
def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    page_number_footer(sec)
    # default style
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    # 版头
    for _ in range(2):
        para(doc, "", line=28)
    para(doc, "岚溪县人民政府办公室文件", XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER, color="FF0000", line=None)
    para(doc, "")
    p = para(doc, "岚政办发〔2024〕3号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p)
    para(doc, "")
    # 标题 (two lines, as printed)
    para(doc, "岚溪县人民政府办公室", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "关于印发2024年县政府工作报告重点工作", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "任务分工的通知", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "")
    para(doc, "各乡镇人民政府、街道办事处，县政府各部门，县直各有关单位：")
    body = [
        "为确保县十八届人大四次会议审议通过的《政府工作报告》确定的各项目标任务落到实处，经县政府同意，现将《2024年县政府工作报告重点工作任务分工》印发给你们，并就有关事项通知如下。",
    ]
    for t in body:
        para(doc, t, indent=True)
    para(doc, "一、提高思想认识，压实工作责任", HT, 16, indent=True)
    para(doc, "《政府工作报告》是县政府向全县人民作出的庄严承诺。各乡镇（街道）、各部门要切实提高政治站位，把落实《政府工作报告》作为检验工作成效的重要标准，主要负责同志要亲自研究、亲自部署、亲自推动，确保各项任务按时保质完成。", indent=True)
    para(doc, "二、明确牵头责任，强化协同配合", HT, 16, indent=True)
    para(doc, "各项任务责任单位中排在第一位的为牵头单位，其他为配合单位；由两个单位共同牵头的，已在表中注明。牵头单位要切实履行牵头职责，制定具体推进措施，明确时间表和路线图，主动协调配合单位推进工作；配合单位要按照职责分工积极配合，形成工作合力。", indent=True)
    para(doc, "三、加强督查调度，确保取得实效", HT, 16, indent=True)
    para(doc, "县政府督查室要将重点工作任务纳入年度督查计划，实行台账管理、跟踪督办。各牵头单位要于每季度最后一个月25日前，将任务推进情况书面报送县政府督查室，电子版发送至邮箱lxxzfdcs@163.com。对工作推进不力、进度滞后的，县政府将进行通报，并纳入年度目标责任考核。", indent=True)
    para(doc, "")
    p = para(doc, "附件：2024年县政府工作报告重点工作任务分工", indent=True)
    para(doc, "")
    para(doc, "")
    p = para(doc, "岚溪县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 4)
    p = para(doc, "2024年2月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 5)
    para(doc, "")
    para(doc, "（此件公开发布）", indent=True)

    # 附件 on a new page
    p = para(doc, "")
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件", HT, 16)
    para(doc, "")
    para(doc, "2024年县政府工作报告重点工作任务分工", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "")

    n_rows = 1 + sum(1 + len(t) for _, t in SECTIONS)
    table = doc.add_table(rows=n_rows, cols=5)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.2), Cm(7.6), Cm(1.9), Cm(4.2), Cm(2.1)]
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    hdr = ["序号", "工作任务", "责任县领导", "责任单位", "完成时限"]
    for c, t in zip(table.rows[0].cells, hdr):
        cell_text(c, [t], 12, WD_ALIGN_PARAGRAPH.CENTER, font=HT)
    repeat_header(table.rows[0])

    r, n = 1, 0
    merge_from = None
    merges = []
    for head, tasks in SECTIONS:
        row = table.rows[r]
        m = row.cells[0].merge(row.cells[4])
        cell_text(m, [head], 12, WD_ALIGN_PARAGRAPH.LEFT, font=HT)
        r += 1
        for paras, leaders, units, deadline in tasks:
            n += 1
            cells = table.rows[r].cells
            cell_text(cells[0], [str(n)], 11, WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(cells[1], paras, 11, WD_ALIGN_PARAGRAPH.JUSTIFY)
            if leaders == "MERGE":
                merges[-1][1] = r
            else:
                cell_text(cells[2], leaders, 11, WD_ALIGN_PARAGRAPH.CENTER)
                merges.append([r, r])
            cell_text(cells[3], [units], 11, WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(cells[4], [deadline], 11, WD_ALIGN_PARAGRAPH.CENTER)
            r += 1
    for a, b in merges:
        if b > a:
            table.cell(a, 2).merge(table.cell(b, 2))

    # 版记
    para(doc, "")
    p = para(doc, "抄送：县委办公室，县人大常委会办公室，县政协办公室，县纪委监委。", FS, 14, line=None)
    p.paragraph_format.left_indent = Pt(14)
    top_bottom_border(p, top=True, bottom=True)
    p = para(doc, "", FS, 14, line=None)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), alignment=2)
    set_font(p.add_run("岚溪县人民政府办公室\t2024年2月26日印发"), FS, 14)
    top_bottom_border(p, top=False, bottom=True)

    cp = doc.core_properties
    fixed = datetime.datetime(2024, 2, 26, 9, 30, 0)
    cp.author = "xzfb"
    cp.last_modified_by = "xzfb"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    cp.title = ""
    cp.comments = ""
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def rezip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 2, 26, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def main():
    with open(NOTICE, "wb") as f:
        f.write(rezip(build()))
    recs = gold_records()
    with open(GOLD, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {os.path.basename(NOTICE)} and {os.path.basename(GOLD)} ({len(recs)} tasks)")


if __name__ == "__main__":
    main()
