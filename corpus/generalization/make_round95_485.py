#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Write 485_wuxi_zhou_gzbg_renwu_fenjie.docx: a 自治州人民政府办公室 red-header Word
notice dividing the 州政府工作报告's key tasks, with a landscape 附件 table."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

NAME = "485_wuxi_zhou_gzbg_renwu_fenjie.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)


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
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", font=FS, size=16, align=None, indent=True,
         bold=False, color=None, exact=28, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def runs(p, parts, size=16):
    for text, font in parts:
        set_font(p.add_run(text), font, size)


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


def char_spacing(run, twips):
    rpr = run._element.get_or_add_rPr()
    sp = OxmlElement("w:spacing")
    sp.set(qn("w:val"), str(twips))
    rpr.append(sp)


def cell_text(cell, text, font=FS, size=12, align=WD_ALIGN_PARAGRAPH.CENTER):
    """Write text into a cell; '\n' makes a new paragraph (Enter in the cell)."""
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    lines = text.split("\n")
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        p.alignment = align
        pf = p.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(18)
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        if line:
            set_font(p.add_run(line), font, size)


def set_borders(table, spec):
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        v = spec.get(edge)
        if v:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(v))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        borders.append(e)
    tblpr.append(borders)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trpr.append(c)


def page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def fld(instr):
        r1 = p.add_run()
        set_font(r1, "宋体", 14)
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), "begin")
        r1._element.append(fc)
        r2 = p.add_run()
        set_font(r2, "宋体", 14)
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        r2._element.append(it)
        r3 = p.add_run()
        set_font(r3, "宋体", 14)
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), "separate")
        r3._element.append(fc)
        r4 = p.add_run("1")
        set_font(r4, "宋体", 14)
        r5 = p.add_run()
        set_font(r5, "宋体", 14)
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), "end")
        r5._element.append(fc)

    set_font(p.add_run("— "), "宋体", 14)
    fld(" PAGE ")
    set_font(p.add_run(" —"), "宋体", 14)


# ------------------------------------------------------------------ document
doc = Document()
st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

sec = doc.sections[0]
sec.page_width = Cm(21.0)
sec.page_height = Cm(29.7)
sec.top_margin = Cm(3.7)
sec.bottom_margin = Cm(3.5)
sec.left_margin = Cm(2.8)
sec.right_margin = Cm(2.6)
page_number_footer(sec)

# 红头
p = para(doc, "", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, exact=None, before=18)
r = p.add_run("雾溪土家族苗族自治州人民政府办公室文件")
set_font(r, XBS, 30, color=RED)
char_spacing(r, -30)
para(doc, "", indent=False, exact=28)
para(doc, "", indent=False, exact=28)
p = para(doc, "雾州府办发〔2025〕6号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
bottom_border(p)
para(doc, "", indent=False)

# 标题
for t in ("雾溪土家族苗族自治州人民政府办公室",
          "关于印发2025年《州人民政府工作报告》",
          "重点工作任务分解方案的通知"):
    para(doc, t, font=XBS, size=22, indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
para(doc, "", indent=False)

para(doc, "各县市人民政府，州人民政府各工作部门、各直属机构，州直有关单位：", indent=False)
para(doc, "为全面贯彻落实州第十五届人民代表大会第五次会议精神，确保2025年"
          "《州人民政府工作报告》确定的各项目标任务落到实处，经州人民政府同意，"
          "现将《2025年〈州人民政府工作报告〉重点工作任务分解方案》印发给你们，"
          "并就有关事项通知如下，请认真抓好贯彻落实。")
para(doc, "一、提高政治站位，压实工作责任", font=HT)
para(doc, "各县市、各部门（单位）要把落实《州人民政府工作报告》作为践行“两个维护”的"
          "具体行动，切实加强组织领导，主要负责同志要亲自研究、亲自部署，对本单位承担的"
          "工作任务逐项细化分解，制定具体措施，明确时间节点和责任人，确保件件有着落、"
          "事事有回音。")
para(doc, "二、加强协调配合，形成工作合力", font=HT)
para(doc, "各项任务的责任州领导负责统筹协调推进。牵头单位要切实履行牵头职责，"
          "主动对接、统筹调度，负责牵头任务的组织实施和情况汇总报送；责任单位要"
          "按照职责分工积极配合，主动做好承担的工作，不得推诿扯皮。涉及多个牵头单位的，"
          "排在第一位的牵头单位负责汇总报送。")
para(doc, "三、强化督查考核，确保落地见效", font=HT)
para(doc, "州人民政府督查室要将分解任务纳入年度督查重点，实行台账管理、"
          "定期调度。各牵头单位请于每季度最后一个月的25日前，将任务推进情况"
          "（纸质件加盖公章）报送州人民政府督查室，电子版发送至"
          "wxzfdcs@163.com。督查结果纳入年度绩效考核。")
para(doc, "联系人：向晓梅，联系电话：0748—8226317。")
para(doc, "")
p = para(doc, "", indent=False)
runs(p, [("附件：2025年《州人民政府工作报告》重点工作任务分解表", FS)])
p.paragraph_format.left_indent = Pt(32)
para(doc, "")
para(doc, "")
para(doc, "雾溪土家族苗族自治州人民政府办公室", indent=False,
     align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(32)
para(doc, "2025年2月18日", indent=False,
     align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(64)
para(doc, "（此件公开发布）")

# ------------------------------------------------------------ 附件 (landscape)
sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
sec2.orientation = WD_ORIENT.LANDSCAPE
sec2.page_width = Cm(29.7)
sec2.page_height = Cm(21.0)
sec2.top_margin = Cm(2.5)
sec2.bottom_margin = Cm(2.2)
sec2.left_margin = Cm(2.5)
sec2.right_margin = Cm(2.5)

para(doc, "附件", font=HT, indent=False)
para(doc, "2025年《州人民政府工作报告》重点工作任务分解表", font=XBS, size=20,
     indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, exact=32, after=6)

SECTIONS = [
    ("一、聚力扩大有效需求，推动经济持续回升向好（5项）", [
        ("全力以赴抓项目扩投资，全年实施州级重点项目300个以上，完成年度投资450亿元以上，"
         "固定资产投资增长6%以上。", "彭志强", "州发展改革委",
         "州财政局、州自然资源和规划局、州住房城乡建设局，各县市人民政府", "2025年12月底"),
        ("积极争取超长期特别国债、中央预算内投资和地方政府专项债券支持，全年争取上级资金"
         "100亿元以上。", "彭志强", "州发展改革委、州财政局",
         "州直有关部门，各县市人民政府", "2025年12月底"),
        ("实施提振消费专项行动，开展“乐购雾溪”系列促消费活动50场次以上，落实大宗消费品"
         "以旧换新政策，社会消费品零售总额增长6.5%。", "龙建华", "州商务局",
         "州财政局、州市场监管局、州文化广电旅游局", "2025年12月底"),
        ("深入实施招商引资“一号工程”，全年新引进500万元以上项目200个以上，到位州外资金"
         "300亿元以上。", "向文斌、彭志强", "州投资促进局",
         "州直有关部门，雾溪经济开发区管委会，各县市人民政府", "2025年12月底"),
        ("加强经济运行监测调度，健全重点指标月调度、季分析工作机制，依法开展统计监督，"
         "确保统计数据真实准确。", "彭志强", "州统计局", "州发展改革委", "持续推进"),
    ]),
    ("二、坚持工业强州，加快构建现代化产业体系（5项）", [
        ("大力推进新型工业化，实施“千企改造”工程，规模以上工业增加值增长7%，新增规模以上"
         "工业企业30家以上。", "石国栋", "州工业和信息化局",
         "州科技局、州统计局，各县市人民政府", "2025年12月底"),
        ("加快雾溪经济开发区和各县市产业园区提质升级，深化“亩均论英雄”改革，园区规模工业"
         "产值占全州比重提高到70%以上。", "石国栋", "州工业和信息化局\n雾溪经济开发区管委会",
         "州自然资源和规划局、州商务局", "2025年12月底"),
        ("实施数字经济倍增计划，新建5G基站800个，推动100家以上企业“上云用数赋智”，"
         "数字经济增加值增长15%。", "石国栋", "州数据局",
         "州工业和信息化局，各县市人民政府", "2025年12月底"),
        ("做大做强茶叶、生态畜牧、中药材等特色产业，新建改造高标准茶园5万亩，全州茶叶"
         "综合产值突破150亿元。", "田晓燕", "州农业农村局",
         "州林业局、州市场监管局、州供销社", "2025年12月底"),
        ("大力发展清洁能源，加快推进抽水蓄能电站前期工作，全年新增风电、光伏等新能源"
         "装机30万千瓦。", "彭志强", "州能源局",
         "州自然资源和规划局、州林业局、国网雾溪供电公司", "2025年12月底"),
    ]),
    ("三、推动文旅深度融合，建设民族文化旅游目的地（4项）", [
        ("实施旅游景区提质工程，加快国家5A级旅游景区创建，全年接待游客5000万人次以上，"
         "旅游综合收入增长12%。", "向文斌、龙建华", "州文化广电旅游局",
         "州发展改革委、州交通运输局，各县市人民政府", "2025年12月底"),
        ("加强民族文化传承保护，办好土家族“舍巴日”、苗族“四月八”等民族节庆活动，"
         "推进非物质文化遗产保护利用。", "龙建华", "州文化广电旅游局、州民族宗教委",
         "州委宣传部，各县市人民政府", "2025年12月底"),
        ("推进农文旅融合发展，培育精品民宿集群10个、乡村旅游精品线路20条。", "龙建华",
         "州文化广电旅游局", "州农业农村局、州住房城乡建设局", "2025年12月底"),
        ("加快智慧旅游建设，完善“一部手机游雾溪”平台功能，实现重点景区分时预约全覆盖。",
         "龙建华", "州文化广电旅游局", "/", "2025年9月底"),
    ]),
    ("四、全面推进乡村振兴，加快农业农村现代化（4项）", [
        ("巩固拓展脱贫攻坚成果，守牢不发生规模性返贫致贫底线，脱贫人口人均纯收入增长"
         "8%以上。", "田晓燕", "州农业农村局",
         "州民政局、州人力资源社会保障局、州医疗保障局，各县市人民政府", "2025年12月底"),
        ("稳定粮食播种面积，新建高标准农田12万亩，粮食总产量稳定在50万吨以上。", "田晓燕",
         "州农业农村局", "州财政局、州自然资源和规划局、州水利局", "2025年12月底"),
        ("深入推进宜居宜业和美乡村建设，新（改）建农村户厕1万户，创建州级和美乡村"
         "示范村50个。", "田晓燕", "州农业农村局",
         "州住房城乡建设局、州卫生健康局、州生态环境局", "2025年12月底"),
        ("加快水利基础设施建设，建成2座中型水库，农村自来水普及率达到92%以上。", "吴海鹰",
         "州水利局", "/", "2025年12月底"),
    ]),
    ("五、深化改革扩大开放，持续激发发展活力（4项）", [
        ("深化国资国企改革，推动州属国有企业战略性重组和专业化整合，提升市场化经营能力。",
         "彭志强", "州国资委", "州财政局", "2025年10月底"),
        ("持续优化营商环境，深化“高效办成一件事”改革，政务服务事项网上可办率达到98%以上。",
         "彭志强", "州政务服务中心", "州数据局、州市场监管局，州直有关部门", "持续推进"),
        ("防范化解地方政府债务风险，严格落实一揽子化债方案，坚决遏制新增隐性债务。",
         "彭志强", "州财政局", "州委金融办、州发展改革委、州审计局，各县市人民政府", "持续推进"),
        ("主动融入长江经济带和西部陆海新通道建设，加快开放平台建设，外贸进出口总额增长10%。",
         "龙建华", "州商务局", "雾溪海关、州发展改革委", "2025年12月底"),
    ]),
    ("六、统筹城乡建设和生态保护，推进绿色发展（4项）", [
        ("推进以人为本的新型城镇化，常住人口城镇化率提高1个百分点，改造城镇老旧小区80个。",
         "石国栋", "州住房城乡建设局", "州发展改革委、州财政局，各县市人民政府", "2025年12月底"),
        ("加快综合交通网络建设，推进雾溪至龙潭高速公路建设，新改建农村公路500公里。",
         "石国栋", "州交通运输局", "州发展改革委、州自然资源和规划局", "2025年12月底"),
        ("深入打好蓝天、碧水、净土保卫战，州府所在地空气质量优良天数比例保持在95%以上。",
         "吴海鹰", "州生态环境局", "州住房城乡建设局、州农业农村局、州水利局", "2025年12月底"),
        ("全面深化林长制，完成营造林15万亩，森林覆盖率稳定在70%以上。", "吴海鹰",
         "州林业局", "/", "2025年12月底"),
    ]),
    ("七、用心用情保障改善民生，增进人民福祉（5项）", [
        ("稳定和扩大就业，城镇新增就业1.5万人，农村劳动力转移就业稳定在60万人以上。",
         "吴海鹰", "州人力资源社会保障局", "州教育局、州农业农村局", "2025年12月底"),
        ("办好人民满意教育，新建改扩建中小学、幼儿园20所，新增公办学位5000个。", "吴海鹰",
         "州教育局", "州发展改革委、州财政局、州自然资源和规划局", "2025年8月底"),
        ("健全社会保障体系，城乡居民基本养老保险参保率稳定在95%以上，提高城乡低保标准。",
         "吴海鹰", "州民政局、州人力资源社会保障局", "州财政局、州医疗保障局", "2025年12月底"),
        ("推进健康雾溪建设，深化紧密型县域医共体建设，支持州人民医院创建三级甲等综合医院。",
         "田晓燕", "州卫生健康局", "州医疗保障局", "2025年12月底"),
        ("铸牢中华民族共同体意识，深入开展民族团结进步创建，争创全国民族团结进步示范州。",
         "向文斌", "州民族宗教委", "州委统战部、州委宣传部，各县市人民政府", "持续推进"),
    ]),
    ("八、统筹发展和安全，加强政府自身建设（3项）", [
        ("深入开展安全生产治本攻坚三年行动，加强重点行业领域隐患排查整治，坚决遏制较大"
         "以上生产安全事故。", "石国栋", "州应急管理局",
         "州公安局、州交通运输局、州住房城乡建设局，州直有关部门", "持续推进"),
        ("持续深化平安雾溪建设，常态化推进扫黑除恶斗争，严厉打击电信网络诈骗等违法犯罪。",
         "杨永强", "州公安局", "州司法局、州信访局", "持续推进"),
        ("坚持政府过紧日子，严控一般性支出，州本级一般性支出压减5%以上。", "彭志强",
         "州财政局", "州直各部门", "2025年12月底"),
    ]),
]

HEAD = ["序号", "重点工作任务", "责任州领导", "牵头单位", "责任单位", "完成时限"]
WIDTHS = [Cm(1.3), Cm(10.2), Cm(2.4), Cm(3.6), Cm(4.8), Cm(2.4)]

nrows = 1 + sum(1 + len(t) for _, t in SECTIONS)
table = doc.add_table(rows=nrows, cols=6)
table.alignment = WD_TABLE_ALIGNMENT.CENTER
table.autofit = False
set_borders(table, {e: 4 for e in ("top", "left", "bottom", "right", "insideH", "insideV")})
for row in table.rows:
    for i, c in enumerate(row.cells):
        c.width = WIDTHS[i]

hdr = table.rows[0]
repeat_header(hdr)
for i, h in enumerate(HEAD):
    cell_text(hdr.cells[i], h, font=HT, size=12)

ri = 1
num = 0
for title, tasks in SECTIONS:
    row = table.rows[ri]
    cant_split(row)
    m = row.cells[0].merge(row.cells[5])
    cell_text(m, title, font=HT, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
    ri += 1
    # runs of the same leader inside this section are merged down
    start = ri
    for k, (text, leader, lead, coop, due) in enumerate(tasks):
        num += 1
        row = table.rows[ri]
        cant_split(row)
        cells = row.cells
        cell_text(cells[0], str(num))
        cell_text(cells[1], text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        cell_text(cells[3], lead)
        cell_text(cells[4], coop)
        cell_text(cells[5], due)
        ri += 1
    # leader column with merges
    k = 0
    while k < len(tasks):
        j = k
        while j + 1 < len(tasks) and tasks[j + 1][1] == tasks[k][1]:
            j += 1
        top = table.rows[start + k].cells[2]
        if j > k:
            top = top.merge(table.rows[start + j].cells[2])
        cell_text(top, tasks[k][1])
        k = j + 1

p = para(doc, "", indent=False, exact=None)
p = para(doc, "", indent=False, exact=24, before=6)
runs(p, [("注：", HT), ("1．“牵头单位”栏有两个及以上单位的，排在第一位的为主要牵头单位。"
                        "2．“责任单位”栏中“/”表示该项任务无配合单位。", FS)], size=12)
for r in p.runs:
    r.font.size = Pt(12)

# --------------------------------------------------------------- 版记 (portrait)
sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
sec3.orientation = WD_ORIENT.PORTRAIT
sec3.page_width = Cm(21.0)
sec3.page_height = Cm(29.7)
sec3.top_margin = Cm(3.7)
sec3.bottom_margin = Cm(3.5)
sec3.left_margin = Cm(2.8)
sec3.right_margin = Cm(2.6)
for _ in range(18):
    para(doc, "", indent=False)
bj = doc.add_table(rows=2, cols=1)
bj.alignment = WD_TABLE_ALIGNMENT.CENTER
set_borders(bj, {"top": 8, "bottom": 8, "insideH": 4})
c = bj.rows[0].cells[0]
cell_text(c, "抄送：州委各部门，州人大常委会办公室，州政协办公室，州监委，州法院，"
             "州检察院，雾溪军分区。", size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
c = bj.rows[1].cells[0]
cell_text(c, "雾溪土家族苗族自治州人民政府办公室　　　　　　　2025年2月18日印发",
          size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
for cc in (bj.rows[0].cells[0], bj.rows[1].cells[0]):
    cc.paragraphs[0].paragraph_format.left_indent = Pt(14)

doc.core_properties.author = "州政府办公室"
doc.core_properties.title = ""
doc.save(OUT)
print("wrote", OUT)
