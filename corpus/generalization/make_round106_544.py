#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 106, notice 544: a 县政府办 red-header Word notice whose landscape 附件
table has both a 牵头单位 column and a 责任单位 column headed 责任单位（含牵头单位）:
the 责任单位 cell lists every unit of the task, the lead(s) again among them
(first, or not first, or left out by the clerk in a few rows)."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_SECTION, WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

NAME = "544_tiaoling_xian_zeren_danwei_han_qiantou.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

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
        rfonts.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None,
         indent=False, color=None, space_after=0, line=None):
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
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def runs(p, parts, size=16):
    for text, font, bold in parts:
        r = p.add_run(text)
        set_font(r, font, size, bold)


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        r._r.append(e)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    """text may be a list: one paragraph each."""
    items = text if isinstance(text, list) else [text]
    p = cell.paragraphs[0]
    for i, t in enumerate(items):
        if i:
            p = cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(18)
        if t:
            r = p.add_run(t)
            set_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trpr.append(c)


# ----------------------------------------------------------------------------
# the tasks: (number, text, lead column, 责任单位 column, deadline)
PARTS = [
    ("一、扩大有效需求，推动经济稳中向好（5项）", [
        (1, "力争全年地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长8%，城乡居民人均可支配收入增长与经济增长基本同步。",
         "县发改局", "县发改局、县统计局、县财政局、县工信局、县税务局、各乡镇（街道）", "2025年12月底"),
        (2, "全年实施500万元以上项目150个以上，新开工亿元以上项目30个，固定资产投资增长8%。",
         "县发改局", "县发改局、县住建局、县自然资源局、县经开区管委会、各乡镇（街道）", "2025年12月底"),
        (3, "用足用好超长期特别国债、中央预算内投资和地方政府专项债券政策，全年争取上级资金20亿元以上。",
         "县发改局、县财政局", "县发改局、县财政局、县直有关单位", "2025年12月底"),
        (4, "开展“苕品消费季”系列促消费活动，落实汽车、家电、家装以旧换新政策，社会消费品零售总额增长6.5%。",
         "县商务局", "县商务局、县财政局、县市场监管局、县文旅局", "2025年12月底"),
        (5, "推动县城商业综合体提档升级，新建改造村级寄递物流综合服务站20个，打通农村物流“最后一公里”。",
         "县商务局", "县交通运输局、县商务局、县供销社", "2025年10月底"),
    ]),
    ("二、坚持产业强县，加快构建现代化产业体系（5项）", [
        (6, "实施制造业“倍增”行动，新增规模以上工业企业25家，培育省级专精特新中小企业8家以上。",
         "县工信局", "县工信局、县科技局、县市场监管局、县经开区管委会", "2025年12月底"),
        (7, "推进经开区扩区调规，建成标准化厂房20万平方米，经开区营业收入突破200亿元。",
         "县经开区管委会", "县经开区管委会、县自然资源局、县住建局、县发改局", "2025年12月底"),
        (8, "全社会研发经费投入强度提高到2.1%，新认定高新技术企业15家，新建省级以上创新平台3个。",
         "县科技局", "县科技局", "2025年12月底"),
        (9, "加快数字产业化和产业数字化，新建5G基站200个，推动100家企业上云用数赋智。",
         "县数据局、县工信局", "县工信局、县数据局、各乡镇（街道）", "2025年11月底"),
        (10, "做强文旅产业，推进苕水古镇国家5A级旅游景区创建，全年接待游客突破800万人次。",
         "县文旅局", "县文旅局、县发改局、县自然资源局、苕水镇", "2025年12月底"),
    ]),
    ("三、深化改革开放，持续优化营商环境（5项）", [
        (11, "深化“高效办成一件事”改革，新增集成办事场景15个，政务服务事项全程网办率达到90%以上。",
         "县行政审批局", "县行政审批局、县数据局、县直有关单位", "2025年12月底"),
        (12, "深化国资国企改革，完成县属国有企业整合重组，推动县城投公司市场化转型。",
         "县财政局", "县国资服务中心、县城投公司", "2025年9月底"),
        (13, "全面落实促进民营经济发展各项政策，开展“千企万户大走访”活动，帮助企业解决融资、用工、用地等问题。",
         "县工信局", "县工信局、县金融服务中心、县人社局、县自然资源局、县工商联", "持续推进"),
        (14, "坚持招商引资“一号工程”，全年引进亿元以上项目40个，实际利用外资1500万美元。",
         "县招商服务中心", "县招商服务中心、县商务局、县经开区管委会、各乡镇（街道）", "2025年12月底"),
        (15, "开展营商环境突出问题专项整治，严肃查处涉企乱收费、乱罚款、乱检查行为。",
         "县发改局", "县市场监管局、县发改局、县司法局、县财政局", "2025年8月底"),
    ]),
    ("四、全面推进乡村振兴，促进城乡融合发展（5项）", [
        (16, "稳定粮食播种面积52万亩以上，粮食总产量稳定在23万吨以上，新建高标准农田3万亩。",
         "县农业农村局", "县农业农村局、县自然资源局、县水利局、县财政局、各乡镇（街道）", "2025年10月底"),
        (17, "巩固拓展脱贫攻坚成果，守牢不发生规模性返贫致贫底线，脱贫人口人均纯收入增长10%以上。",
         "县农业农村局", "县农业农村局、县人社局、县医保局、县教育局、县住建局、各乡镇（街道）", "2025年12月底"),
        (18, "实施农村供水保障工程，完成12处集中供水工程改造，农村自来水普及率达到92%。",
         "县水利局", "县水利局、县城投公司、各乡镇（街道）", "2025年11月底"),
        (19, "推进和美乡村建设，创建省级和美乡村示范村10个，农村生活垃圾治理村覆盖率保持100%。",
         "县农业农村局、县住建局", "县农业农村局、县住建局、县城管执法局、市生态环境局苕岭分局、各乡镇（街道）", "2025年12月底"),
        (20, "新增油茶种植2万亩，改造低产低效林5万亩，林长制工作考核保持全市前列。",
         "县林业局", "各乡镇（街道）", "2025年12月底"),
    ]),
    ("五、推进城乡建设和生态保护，提升县城承载能力（5项）", [
        (21, "实施城市更新行动，改造城镇老旧小区32个，新建城市停车泊位1500个。",
         "县住建局", "县住建局、县自然资源局、县城管执法局、县城投公司、城东街道、城西街道", "2025年12月底"),
        (22, "推进国道G347苕岭段改扩建和县乡道提档升级，新改建农村公路120公里。",
         "县交通运输局", "县交通运输局、县自然资源局、县财政局、各乡镇（街道）", "2025年12月底"),
        (23, "深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在32微克/立方米以内，县控以上断面水质优良率保持100%。",
         "市生态环境局苕岭分局", "市生态环境局苕岭分局、县住建局、县交通运输局、县农业农村局、县工信局、县公安局", "2025年12月底"),
        (24, "严格落实耕地保护和永久基本农田保护目标任务，开展违法占用耕地专项整治。",
         "县自然资源局", "县自然资源局", "持续推进"),
        (25, "加强城市精细化管理，开展市容环境“十大专项整治”，争创省级文明城市。",
         "县城管执法局、县委宣传部", "县委宣传部、县城管执法局、县住建局、县公安局、城东街道、城西街道", "2025年12月底"),
    ]),
    ("六、持续保障和改善民生，守牢安全发展底线（6项）", [
        (26, "城镇新增就业4500人，城镇调查失业率控制在5.5%以内，农村劳动力转移就业1.2万人。",
         "县人社局", "县人社局、县农业农村局、县工商联、各乡镇（街道）", "2025年12月底"),
        (27, "新建（改扩建）公办幼儿园4所、中小学校3所，新增学位3000个。",
         "县教育局", "县教育局、县发改局、县自然资源局、县住建局、县财政局", "2025年8月底"),
        (28, "推进紧密型县域医共体建设，县人民医院胸痛、卒中、创伤等五大中心全部通过省级认证。",
         "县卫健局", "县卫健局、县医保局、县财政局", "2025年12月底"),
        (29, "健全养老服务体系，新建乡镇（街道）区域养老服务中心4个、社区嵌入式养老服务站10个。",
         "县民政局", "县民政局、县卫健局、县住建局、各乡镇（街道）", "2025年11月底"),
        (30, "深化安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。",
         "县应急局", "县直有关单位、各乡镇（街道）", "持续推进"),
        (31, "推进平安苕岭建设，常态化开展扫黑除恶斗争，深化信访工作法治化，及时就地化解矛盾纠纷。",
         "县公安局、县信访局", "县公安局、县信访局、县司法局、各乡镇（街道）", "持续推进"),
    ]),
]

# 牵头县领导 column: runs of task numbers sharing one (merged) cell
LEADERS = [
    ((1, 3), "郭文博"),
    ((4, 5), "杜明远"),
    ((6, 6), "杜明远"),
    ((7, 7), ["杜明远", "贺清源"]),
    ((8, 9), "杜明远"),
    ((10, 10), "韩素琴"),
    ((11, 12), "郭文博"),
    ((13, 13), "杜明远"),
    ((14, 14), "沈立诚、杜明远"),
    ((15, 15), "郭文博"),
    ((16, 18), "彭志刚"),
    ((19, 19), "彭志刚、贺清源"),
    ((20, 20), "彭志刚"),
    ((21, 25), "贺清源"),
    ((26, 29), "韩素琴"),
    ((30, 31), "魏长河"),
]


def build():
    doc = Document()
    # default style
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

    # 版头
    para(doc, "", size=16)
    para(doc, "苕岭县人民政府办公室文件", font=XBS, size=42,
         align=WD_ALIGN_PARAGRAPH.CENTER, color="FF0000", space_after=12)
    para(doc, "", size=16)
    p = para(doc, "苕政办发〔2025〕7号", font=FS, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p)
    para(doc, "", size=16)

    # 标题
    para(doc, "苕岭县人民政府办公室", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc, "关于印发2025年县政府工作报告重点工作", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc, "任务分解方案的通知", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc, "", size=16)

    # 主送
    para(doc, "各乡镇人民政府、街道办事处，县政府各部门、各直属机构，县经开区管委会：", line=28)

    body = [
        "《2025年县政府工作报告重点工作任务分解方案》已经县人民政府同意，现印发给你们，请结合实际认真抓好贯彻落实。现就有关事项通知如下：",
    ]
    for t in body:
        para(doc, t, indent=True, line=28)

    p = para(doc, "", indent=True, line=28)
    runs(p, [("一、明确责任分工。", HT, False),
             ("《方案》所列每项任务均明确了牵头县领导、牵头单位和责任单位。“牵头单位”栏所列单位对该项任务负总责，"
              "负责制定推进计划、组织协调调度、汇总报送进展；“责任单位”栏列明承担该项任务的全部单位（含牵头单位），"
              "其中牵头单位以外的单位为配合单位，要按照职责分工主动对接、密切配合，不得推诿扯皮。"
              "同一任务有两个牵头单位的，两个单位共同牵头，排名不分先后。", FS, False)])
    p = para(doc, "", indent=True, line=28)
    runs(p, [("二、细化推进措施。", HT, False),
             ("各牵头单位要对照任务分解方案，逐项细化工作措施、明确时间节点和责任人，"
              "于2025年3月10日前将具体推进方案报县政府督查室备案。", FS, False)])
    p = para(doc, "", indent=True, line=28)
    runs(p, [("三、强化督查考核。", HT, False),
             ("县政府督查室要建立重点工作推进台账，实行月调度、季通报、年考核。"
              "各牵头单位于每季度最后一个月的25日前，将牵头任务推进情况（含配合单位工作情况）"
              "报县政府督查室，任务完成情况纳入年度综合考核。", FS, False)])
    para(doc, "", line=28)
    p = para(doc, "", indent=True, line=28)
    runs(p, [("附件：2025年县政府工作报告重点工作任务分解方案", FS, False)])
    para(doc, "", line=28)
    para(doc, "", line=28)
    para(doc, "苕岭县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
    p = para(doc, "2025年2月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
    p.paragraph_format.right_indent = Cm(1.1)
    para(doc, "", line=28)
    para(doc, "（此件公开发布）", indent=True, line=28)

    # ---- landscape 附件 section
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width = Cm(29.7)
    s2.page_height = Cm(21.0)
    s2.top_margin = Cm(2.6)
    s2.bottom_margin = Cm(2.4)
    s2.left_margin = Cm(2.5)
    s2.right_margin = Cm(2.5)

    para(doc, "附件", font=HT, size=16, line=28)
    para(doc, "", line=20)
    para(doc, "2025年县政府工作报告重点工作任务分解方案", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=33, space_after=12)

    widths = [Cm(1.4), Cm(10.2), Cm(2.4), Cm(3.4), Cm(5.9), Cm(2.4)]
    nrows = 1 + sum(1 + len(t) for _, t in PARTS)
    table = doc.add_table(rows=nrows, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in table.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]

    hdr = table.rows[0]
    repeat_header(hdr)
    heads = ["序号", "重点工作任务", "牵头县领导", "牵头单位", None, "完成时限"]
    for i, h in enumerate(heads):
        c = hdr.cells[i]
        if h is None:
            cell_text(c, "责任单位", font=HT, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
            p = c.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            r = p.add_run("（含牵头单位）")
            set_font(r, KT, 10.5)
        else:
            cell_text(c, h, font=HT, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)

    rowof = {}
    r = 1
    for title, tasks in PARTS:
        row = table.rows[r]
        m = row.cells[0].merge(row.cells[5])
        cell_text(m, title, font=HT, size=12)
        cant_split(row)
        r += 1
        for num, text, lead, resp, when in tasks:
            row = table.rows[r]
            cant_split(row)
            rowof[num] = r
            cell_text(row.cells[0], str(num), align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(row.cells[1], text)
            cell_text(row.cells[3], lead.split("、") if lead.count("、") and num == 9 else lead,
                      align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(row.cells[4], resp)
            cell_text(row.cells[5], when, align=WD_ALIGN_PARAGRAPH.CENTER)
            r += 1

    for (a, b), who in LEADERS:
        top = table.cell(rowof[a], 2)
        if b != a:
            top = top.merge(table.cell(rowof[b], 2))
        # clear any empty paragraphs left by merge
        for extra in top.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
        cell_text(top, who, align=WD_ALIGN_PARAGRAPH.CENTER)

    p = para(doc, "", line=24)
    p = para(doc, "注：“责任单位”栏含牵头单位，除牵头单位外均为配合单位；"
             "市生态环境局苕岭分局、县税务局等驻县单位参照执行。", font=KT, size=12, line=22)

    # ---- 版记 on a portrait last page
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width = Cm(21.0)
    s3.page_height = Cm(29.7)
    s3.top_margin = Cm(3.7)
    s3.bottom_margin = Cm(3.5)
    s3.left_margin = Cm(2.8)
    s3.right_margin = Cm(2.6)
    for _ in range(14):
        para(doc, "", line=28)
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(bj.cell(0, 0), "抄送：县委办公室，县人大常委会办公室，县政协办公室，县纪委监委机关，县法院，县检察院。",
              font=FS, size=14)
    c = bj.cell(1, 0)
    p = c.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    r1 = p.add_run("苕岭县人民政府办公室")
    set_font(r1, FS, 14)
    r2 = p.add_run("\t\t\t\t2025年2月18日印发")
    set_font(r2, FS, 14)
    # only top/bottom rules on the 版记 table
    tblpr = bj._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side, val in (("top", "single"), ("bottom", "single"), ("insideH", "single"),
                      ("left", "nil"), ("right", "nil"), ("insideV", "nil")):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), "8")
            e.set(qn("w:color"), "000000")
        borders.append(e)
    tblpr.append(borders)

    doc.core_properties.title = "苕岭县人民政府办公室关于印发2025年县政府工作报告重点工作任务分解方案的通知"
    doc.core_properties.author = "县政府办"
    doc.save(OUT)


if __name__ == "__main__":
    build()
    print(OUT)
