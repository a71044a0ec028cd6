#!/usr/bin/python3
"""make_735.py — writes 735_yuxi_xian_gzbg_renwu_fengong_heitizi.docx and 735.tasks.gold.jsonl.

Form: a Chongqing county 县政府办 red-header notice (峪溪府办发〔2025〕9号) whose landscape 附件 table has ONE
责任单位 column; the lead units are not first-listed by rule but set in a 黑体 typeface (方正黑体_GBK / 黑体) among
方正仿宋_GBK text, as the cover's 二、 and a 注 under the table say ("黑体字标注的为牵头单位"). Not bold: the font
face is the mark (w:rFonts/@w:eastAsia), given in three ways as three clerks did it.

Unit-cell mini language (one string per task):
  【…】   units set in 黑体 (lead); text outside is 仿宋
  ^       a run boundary inside a 黑体 unit (Word split the run)
  |       a paragraph break inside the cell
  {…}     a run whose ascii/hAnsi font is 黑体 but eastAsia 方正仿宋_GBK (prints as 仿宋: not a lead)
Separators are printed as written (、 or ，).
Deterministic: fixed core properties, zip members rewritten with a fixed timestamp.
"""
import io
import json
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

OUT_DOCX = "735_yuxi_xian_gzbg_renwu_fengong_heitizi.docx"
OUT_GOLD = "735.tasks.gold.jsonl"

FS = "方正仿宋_GBK"
HT = "方正黑体_GBK"
KT = "方正楷体_GBK"
XBS = "方正小标宋_GBK"

# Lead-font variants (how the 黑体 was applied in that row):
#   fz: eastAsia=方正黑体_GBK with w:hint="eastAsia" (the 县政府办 clerk)
#   ht: ascii/hAnsi/eastAsia all 黑体 (rows pasted from the 统计局's sheet)
#   ea: eastAsia=黑体 only (rows typed at the 督查室)
# Non-lead variants: n (no rFonts, inherits Normal = 方正仿宋_GBK), fs (explicit 方正仿宋_GBK),
#   gb (explicit 仿宋_GB2312, pasted text)

SECTIONS = [
    ("一、主要预期目标（5项）", [
        (1, "地区生产总值增长6%左右。", "覃志远",
         "【县发展改革委】、县统计局、县经济信息委、县农业农村委、县商务委", "2025年12月底", "ht", "gb"),
        (2, "规模以上工业增加值增长8%左右。", "向德明",
         "【县经济信息委】、县统计局、峪溪工业园区管委会", "2025年12月底", "ht", "gb"),
        (3, "固定资产投资增长5%左右。", "冉　丽",
         "县统计局、【县发展改革委】、县住房城乡建委、县交通局", "2025年12月底", "ht", "gb"),
        (4, "社会消费品零售总额增长7%左右。", "谭小兵",
         "【县商务委】", "2025年12月底", "ht", "gb"),
        (5, "城乡居民人均可支配收入分别增长5%和7%左右。", "牟成林",
         "县人力社保局、县农业农村委、县统计局", "2025年12月底", "ht", "gb"),
    ]),
    ("二、推动工业提质增效（6项）", [
        (6, "深入实施“工业强县”战略，壮大绿色建材、特色食品、中医药三大主导产业，新培育规模以上工业企业10家以上。", "向德明",
         "【县经济信息委】、县财政局、县税务局、峪溪工业园区管委会", "2025年12月底", "fz", "n"),
        (7, "加快峪溪工业园区扩区调规，建成标准厂房10万平方米，园区规上工业产值突破80亿元。", "向德明",
         "【峪溪工业园区管委会^】、县规划自然资源局、县住房城乡建委、县城投集团", "2025年12月底", "fz", "n"),
        (8, "推进页岩气勘探开发和就地转化利用，配合做好峪页1井试采工作。", "向德明",
         "县发展改革委、【县经济信息委】、县规划自然资源局、县生态环境局", "2025年12月底", "fz", "n"),
        (9, "实施中小企业梯度培育行动，新增“专精特新”中小企业5家、创新型中小企业15家。", "向德明",
         "县经济信息委", "2025年11月底", "fz", "n"),
        (10, "推动数字经济与实体经济融合发展，建成5G基站200个，推进“产业大脑+未来工厂”应用场景建设。", "向德明",
         "【县大数据发展局】、【县经济信息委】、县委网信办、县科技局", "2025年12月底", "fz", "n"),
        (11, "深化科技创新，全社会研发经费投入增长10%以上，新增高新技术企业6家、科技型企业40家。", "邓婷婷",
         "县财政局、县统计局、【县科技局】", "2025年12月底", "fz", "fs"),
    ]),
    ("三、扩大有效投资和消费（6项）", [
        (12, "谋划储备重大项目，全年争取中央预算内投资、超长期特别国债和地方政府专项债券资金15亿元以上。", "冉　丽",
         "【县发展改革委】、县财政局、县规划自然资源局、县级有关部门", "2025年12月底", "ea", "n"),
        (13, "加快峪巫高速公路前期工作，开工建设国道G348峪溪段改造工程，新改建农村公路120公里。", "谭小兵",
         "【县交通局】、县发展改革委、县规划自然资源局、县林业局、有关乡镇人民政府", "2025年12月底", "ea", "n"),
        (14, "实施城市更新，改造城镇老旧小区30个、背街小巷15条，新增停车位800个。", "谭小兵",
         "【县住房城^乡建委】、县财政局、县城市管理局、各街道办事处", "2025年10月底", "ea", "n"),
        (15, "开展消费提振年活动，落实汽车、家电以旧换新政策，举办峪溪山货节等促消费活动20场以上。", "谭小兵",
         "【县商务委、】县文化旅游委、{县市场监管局}、县财政局", "2025年12月底", "ea", "fs"),
        (16, "完善县域商业体系，建设乡镇商贸中心3个、村级电商服务站50个。", "谭小兵",
         "县供销合作社、【县商务委】、县邮政分公司", "2025年11月底", "ea", "n"),
        (17, "盘活闲置国有资产，完成县属国有企业整合重组，清理处置低效无效资产。", "冉　丽",
         "【县财政局】、县机关事务中心、县城投集团", "2025年9月底", "ea", "n"),
    ]),
    ("四、全面推进乡村振兴（6项）", [
        (18, "稳定粮食生产，粮食播种面积稳定在52万亩以上、产量稳定在17万吨以上。", "牟成林",
         "【县农业农村委】、各乡镇（街道）", "2025年10月底", "fz", "n"),
        (19, "巩固拓展脱贫攻坚成果，健全防止返贫致贫监测和帮扶机制，守牢不发生规模性返贫致贫底线。", "牟成林",
         "【县农业农村委】、县人力社保局、县教委、|县卫生健康委、县医保局、县住房城乡建委、县水利局、县民政局", "持续推进", "fz", "n"),
        (20, "做强中药材、山地特色林果、生态畜牧等特色产业，新发展中药材2万亩、特色经果林1.5万亩。", "牟成林",
         "县农业农村委、【县林业局】、县供销合作社", "2025年12月底", "fz", "n"),
        (21, "实施和美乡村建设行动，创建市级宜居宜业和美乡村示范村5个，农村生活污水治理率达到45%。", "牟成林",
         "【县农业农村委】、【县住房城乡建委】、县生态环境局、县城市管理局、各乡镇（街道）", "2025年12月底", "fz", "n"),
        (22, "加强水利基础设施建设，加快龙潭中型水库建设，新增高效节水灌溉面积1.2万亩。", "牟成林",
         "【!县水利局】", "2025年12月底", "fz", "n"),
        (23, "落实森林防灭火和秸秆禁烧责任，确保不发生重大森林火灾。", "牟成林",
         "【各乡镇（街道）】、县林业局、县应急局、县消防救援大队", "持续推进", "fz", "n"),
    ]),
    ("五、推进生态优先绿色发展（5项）", [
        (24, "深入打好蓝天、碧水、净土保卫战，空气质量优良天数比例保持在92%以上，国控断面水质稳定达到Ⅱ类。", "邓婷婷",
         "【县生态环境局】、县发展改革委、县经济信息委、县住房城乡建委，县交通局、县农业农村委、县城市管理局", "2025年12月底", "fz", "fs"),
        (25, "持续巩固长江十年禁渔成果，全面落实河长制，开展河道“清四乱”专项行动。", "邓婷婷",
         "县水利局、【县农业农村委】、县公安局", "2025年12月底", "fz", "fs"),
        (26, "推进国家森林城市创建，完成营造林8万亩，森林覆盖率提高到67%。", "邓婷婷",
         "【县林业局、】县城市管理局、县住房城乡建委", "2025年12月底", "fz", "fs"),
        (27, "提升城市精细化管理水平，建成智慧城管平台，生活垃圾回收利用率达到38%以上。", "谭小兵",
         "【县城市管理局】、县大数据发展局、县公安局", "2025年11月底", "fz", "n"),
        (28, "推进安全生产治本攻坚三年行动，坚决遏制较大以上生产安全事故发生。", "冉　丽\n杨　波",
         "【县应急局】、县级有关部门、各乡镇（街道）", "持续推进", "fz", "n"),
    ]),
    ("六、持续保障和改善民生（7项）", [
        (29, "稳定和扩大就业，城镇新增就业5500人，城镇调查失业率控制在5.5%以内。", "邓婷婷",
         "【县人力社保局】、县财政局、县教委、县经济信息委", "2025年12月底", "ea", "n"),
        (30, "新建峪溪第三实验小学，改扩建乡镇寄宿制学校4所，新增公办学位2400个。", "邓婷婷",
         "【县教委】、县住房城乡建委、县财政局、县规划自然资源局", "2025年8月底", "ea", "n"),
        (31, "深化紧密型县域医共体建设，县人民医院创成三级医院，推进医保支付方式改革。", "邓婷婷",
         "【县卫生健康委】、【县医保局】、县财政局", "2025年12月底", "ea", "n"),
        (32, "完善养老服务体系，建成乡镇（街道）养老服务中心6个，新增养老床位300张。", "邓婷婷",
         "【县民政局】、县卫生健康委、县医保局、县财政局", "2025年12月底", "ea", "n"),
        (33, "建设更高水平平安峪溪，常态化开展扫黑除恶斗争，严厉打击电信网络诈骗犯罪。", "杨　波",
         "县公安局", "持续推进", "ea", "n"),
        (34, "深化“渝快办”“渝快政”应用，推进“高效办成一件事”，政务服务事项“一网通办”率达到95%。", "覃志远",
         "【县政府办公室】、县大数据发展局、县政务服务中心", "2025年12月底", "fz", "n"),
        (35, "加强法治政府建设，全面落实行政规范性文件合法性审核和备案审查制度。", "覃志远",
         "【县司法局】、县政府各部门", "2025年12月底", "fz", "n"),
    ]),
]

COVER_PARAS = [
    ("para", "为全面完成县十九届人大四次会议审议通过的《政府工作报告》确定的目标任务，经县政府同意，现将"
             "《2025年〈政府工作报告〉重点工作任务分解方案》（以下简称《分解方案》）印发给你们，并就有关事项通知如下。"),
    ("runin", "一、压实工作责任。", "各责任县领导要加强对分管领域重点工作的统筹调度，定期听取进展情况，及时协调解决"
             "重大问题。各牵头单位主要负责人是第一责任人，要细化工作措施，明确时间节点，确保各项任务按期完成。"),
    ("runin", "二、明确牵头配合。", "《分解方案》“责任单位”栏中，用黑体字标注的单位为牵头单位，对任务落实负总责，"
             "负责统筹推进、汇总进展；其余单位为配合单位，要按照职责分工主动配合、密切协作。只列一个责任单位的，"
             "该单位即为牵头单位。两个单位均用黑体字标注的，为共同牵头单位。"),
    ("runin", "三、强化督查问效。", "县政府督查室要将《分解方案》确定的任务纳入督查督办系统，实行清单化管理。各牵头单位"
             "于每季度末月25日前将任务进展情况报县政府督查室（联系人：谭　静，电话：023—5561××××）。"
             "督查结果纳入年度经济社会发展实绩考核。"),
]


def set_rfonts(rpr, ascii=None, hansi=None, east=None, hint=None):
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    if ascii:
        rf.set(qn("w:ascii"), ascii)
    if hansi:
        rf.set(qn("w:hAnsi"), hansi)
    if east:
        rf.set(qn("w:eastAsia"), east)
    if hint:
        rf.set(qn("w:hint"), hint)


def add_run(par, text, east=None, ascii=None, size=None, bold=False, color=None, hint=None):
    r = par.add_run(text)
    rpr = r._r.get_or_add_rPr()
    if east or ascii:
        set_rfonts(rpr, ascii=ascii or None, hansi=ascii or None, east=east, hint=hint)
    if size:
        r.font.size = Pt(size)
    if bold:
        r.font.bold = True
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def lead_font_run(par, text, variant, size, bold=False):
    if variant == "fz":
        return add_run(par, text, east=HT, ascii="Times New Roman", size=size, bold=bold, hint="eastAsia")
    if variant == "ht":
        return add_run(par, text, east="黑体", ascii="黑体", size=size, bold=bold)
    if variant == "ea":
        return add_run(par, text, east="黑体", size=size, bold=bold)
    raise ValueError(variant)


def plain_run(par, text, variant, size):
    if variant == "n":
        return add_run(par, text, size=size)
    if variant == "fs":
        return add_run(par, text, east=FS, ascii="Times New Roman", size=size)
    if variant == "gb":
        return add_run(par, text, east="仿宋_GB2312", ascii="仿宋_GB2312", size=size)
    raise ValueError(variant)


def para_fmt(p, align=None, first_indent=None, before=0, after=0, line=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = first_indent
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)


def red_rule(p):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "18")
    b.set(qn("w:space"), "6")
    b.set(qn("w:color"), "FF0000")
    bdr.append(b)
    ppr.append(bdr)


def cell_par(cell, first=True):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    para_fmt(p, line=20)
    return p


def set_cell_width(cell, cm):
    cell.width = Cm(cm)


def set_repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def set_borders(table):
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


def parse_units(spec):
    """Return list of (name, is_lead) from the mini language (used for the gold)."""
    flat = spec.replace("^", "").replace("|", "").replace("!", "")
    flat = flat.replace("{", "").replace("}", "")
    units, chars, depth, in_lead = [], [], 0, False

    def close():
        if chars:
            units.append(("".join(c for c, _ in chars), all(l for _, l in chars)))
        chars.clear()

    for ch in flat:
        if ch == "【":
            in_lead = True
            continue
        if ch == "】":
            in_lead = False
            continue
        if ch in "（(":
            depth += 1
        if ch in "）)":
            depth -= 1
        if ch in "、，；" and depth == 0:
            close()
            continue
        chars.append((ch, in_lead))
    close()
    return units


def write_units(cell, spec, lead_v, plain_v, size):
    p = cell_par(cell)
    bold = "!" in spec
    spec = spec.replace("!", "")
    # tokenise into (text, kind) with kind in lead / plain / trap, and paragraph breaks
    i, mode, buf = 0, "plain", ""

    def flush():
        nonlocal buf
        if not buf:
            return
        if mode == "lead":
            for k, piece in enumerate(buf.split("^")):
                lead_font_run(p, piece, lead_v, size, bold=bold)
        elif mode == "trap":
            add_run(p, buf, east=FS, ascii="黑体", size=size)
        else:
            plain_run(p, buf, plain_v, size)
        buf = ""

    for ch in spec:
        if ch == "【":
            flush(); mode = "lead"; continue
        if ch == "】":
            flush(); mode = "plain"; continue
        if ch == "{":
            flush(); mode = "trap"; continue
        if ch == "}":
            flush(); mode = "plain"; continue
        if ch == "|":
            flush(); p = cell_par(cell, first=False); continue
        buf += ch
    flush()


def main():
    doc = Document()
    # ---- styles ----
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    set_rfonts(st.element.get_or_add_rPr(), east=FS)
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 3, 6, 9, 12, 0)
    cp.author = "峪溪县政府办"
    cp.last_modified_by = "督查室"
    cp.created = fixed
    cp.modified = datetime.datetime(2025, 3, 6, 16, 40, 0)
    cp.last_printed = datetime.datetime(2025, 3, 6, 16, 42, 0)
    cp.revision = 7
    cp.title = ""
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    cp.category = ""

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    # ---- 版头 ----
    p = doc.add_paragraph()
    para_fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=30, after=12)
    r = add_run(p, "重庆市峪溪县人民政府办公室文件", east=XBS, ascii=XBS, size=30, color="FF0000")
    sc = OxmlElement("w:w")  # the issuer mark squeezed to fit one line
    sc.set(qn("w:val"), "78")
    r._r.get_or_add_rPr().append(sc)
    p = doc.add_paragraph()
    para_fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=18, after=0)
    add_run(p, "峪溪府办发〔2025〕9号", size=16)
    red_rule(p)
    p = doc.add_paragraph()
    para_fmt(p, before=12)

    # ---- 标题 ----
    p = doc.add_paragraph()
    para_fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, after=12, line=33)
    add_run(p, "重庆市峪溪县人民政府办公室关于印发", east=XBS, ascii=XBS, size=22).add_break()
    add_run(p, "2025年《政府工作报告》重点工作任务", east=XBS, ascii=XBS, size=22).add_break()
    add_run(p, "分解方案的通知", east=XBS, ascii=XBS, size=22)
    p = doc.add_paragraph()
    para_fmt(p)

    # ---- 主送 ----
    p = doc.add_paragraph()
    para_fmt(p, line=28)
    add_run(p, "各乡镇人民政府、街道办事处，县政府各部门，有关单位：")

    for item in COVER_PARAS:
        p = doc.add_paragraph()
        para_fmt(p, first_indent=Pt(32), line=28)
        if item[0] == "para":
            add_run(p, item[1])
        else:
            add_run(p, item[1], east=HT, ascii=HT)
            add_run(p, item[2])

    p = doc.add_paragraph()
    para_fmt(p, line=28)
    p = doc.add_paragraph()
    para_fmt(p, first_indent=Pt(32), line=28)
    add_run(p, "附件：2025年《政府工作报告》重点工作任务分解方案")
    for _ in range(3):
        p = doc.add_paragraph()
        para_fmt(p, line=28)
    p = doc.add_paragraph()
    para_fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
    add_run(p, "重庆市峪溪县人民政府办公室　　　")
    p = doc.add_paragraph()
    para_fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
    add_run(p, "2025年3月6日　　　　　")
    p = doc.add_paragraph()
    para_fmt(p, first_indent=Pt(32), line=28)
    add_run(p, "（此件公开发布）")

    # ---- 附件 in a landscape section ----
    sec2 = doc.add_section()
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21)
    sec2.top_margin, sec2.bottom_margin = Cm(2.6), Cm(2.4)
    sec2.left_margin, sec2.right_margin = Cm(2.5), Cm(2.5)
    p = doc.add_paragraph()
    para_fmt(p, line=28)
    add_run(p, "附件", east=HT, ascii=HT)
    p = doc.add_paragraph()
    para_fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=12, after=12, line=30)
    add_run(p, "2025年《政府工作报告》重点工作任务分解方案", east=XBS, ascii=XBS, size=22)

    widths = [1.4, 10.4, 2.4, 7.6, 2.9]
    table = doc.add_table(rows=1, cols=5)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_borders(table)
    table.autofit = False
    for c, w in enumerate(widths):
        table.columns[c].width = Cm(w)
    hdr = table.rows[0]
    set_repeat_header(hdr)
    for c, (txt, w) in enumerate(zip(["序号", "重点工作任务", "责任县领导", "责任单位", "完成时限"], widths)):
        cell = hdr.cells[c]
        set_cell_width(cell, w)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        cp_ = cell_par(cell)
        cp_.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_run(cp_, txt, east=HT, ascii=HT, size=12)

    gold = []
    for title, tasks in SECTIONS:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[4])
        sp = cell_par(merged)
        add_run(sp, title, east=HT, ascii=HT, size=12)
        prev_leader, leader_top = None, None
        for (num, text, leader, units, deadline, lead_v, plain_v) in tasks:
            row = table.add_row()
            cells = row.cells
            for c, w in enumerate(widths):
                set_cell_width(cells[c], w)
                cells[c].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            q = cell_par(cells[0]); q.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_run(q, str(num), size=12)
            q = cell_par(cells[1])
            add_run(q, text, size=12)
            # leader: merged down over consecutive equal leaders in a section
            if leader == prev_leader and leader_top is not None:
                leader_top = leader_top.merge(cells[2])
            else:
                q = cell_par(cells[2]); q.alignment = WD_ALIGN_PARAGRAPH.CENTER
                parts = leader.split("\n")
                for k, part in enumerate(parts):
                    r = add_run(q, part, size=12)
                    if k < len(parts) - 1:
                        r.add_break()
                leader_top = cells[2]
            prev_leader = leader
            write_units(cells[3], units, lead_v, plain_v, 12)
            q = cell_par(cells[4]); q.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_run(q, deadline, size=12)

            us = parse_units(units)
            names = [u for u, _ in us]
            leads = [u for u, l in us if l]
            if leads:
                lead, coop = leads, [u for u, l in us if not l]
            elif len(names) == 1:
                lead, coop = names, []
            else:
                lead, coop = None, None
            leaders = [re.sub(r"[\s\u3000]", "", x) for x in leader.split("\n")]
            head = re.sub(r"\s", "", text)[:12]
            gold.append({"id": str(num), "marker": str(num), "head": head, "responsible_units": names,
                         "lead_units": lead, "cooperating_units": coop, "leaders": leaders,
                         "deadline": deadline})

    p = doc.add_paragraph()
    para_fmt(p, before=6, line=24)
    add_run(p, "注：“责任单位”栏中，黑体字标注的为牵头单位，其余为配合单位；只列一个单位的，即为牵头单位。",
            east=KT, ascii=KT, size=12)

    # ---- 版记 on a portrait last page ----
    sec3 = doc.add_section()
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        p = doc.add_paragraph()
        para_fmt(p, line=28)
    bj = doc.add_table(rows=2, cols=1)
    c = bj.rows[0].cells[0]
    q = cell_par(c)
    add_run(q, "抄送：县委办公室，县人大常委会办公室，县政协办公室，县纪委监委，县法院，县检察院，县人武部。", size=14)
    q = cell_par(bj.rows[1].cells[0])
    add_run(q, "峪溪县人民政府办公室　　　　　　　　　2025年3月6日印发", size=14)
    tblpr = bj._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "bottom", "insideH"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "8" if side == "insideH" else "12")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)

    # ---- save deterministically ----
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 6, 16, 40, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    with open(OUT_DOCX, "wb") as f:
        f.write(out.getvalue())

    keys = ["id", "marker", "head", "responsible_units", "lead_units", "cooperating_units", "leaders", "deadline"]
    with open(OUT_GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps({k: g[k] for k in keys}, ensure_ascii=False) + "\n")
    print(f"wrote {OUT_DOCX} and {OUT_GOLD} ({len(gold)} tasks)")


if __name__ == "__main__":
    main()
