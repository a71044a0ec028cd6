# -*- coding: utf-8 -*-
"""Write 604_liuxi_xian_gzbg_renwu_fengong_zeren_fenhang.docx next to this script.

A 县政府办 red-header notice whose portrait 附件 table gives each task's
responsibility in a split 责任分工 column: a narrow label cell (责任领导 / 牵头单位 /
配合单位 / 责任单位) beside a value cell, one role a row, the task's 序号, text and
完成时限 merged down over its 2–3 rows.
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

NAME = "604_liuxi_xian_gzbg_renwu_fengong_zeren_fenhang.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"


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
         indent=False, color=None, before=0, after=0, line=None):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def runin(doc, head, body):
    """Cover paragraph with a 黑体 run-in heading."""
    p = para(doc, "", indent=True, align="j", line=28)
    r = p.add_run(head)
    set_font(r, HT, 16)
    r = p.add_run(body)
    set_font(r, FS, 16)
    return p


def red_rule(p):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "18")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "FF0000")
    bdr.append(b)
    ppr.append(bdr)


def add_page_footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
    r = fp.add_run(" —")
    set_font(r, "宋体", 14)


def cell_text(cell, text, font=FS, size=10.5, bold=False, align=None):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(15)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    r = p.add_run(text)
    set_font(r, font, size, bold)


def set_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
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


# --------------------------------------------------------------------------
# the tasks: (text, [(label, value), ...], deadline)
# label "*" + "牵头单位：…" means the clerk typed label and value into one cell
# spanning both sub-columns.
PARTS = [
    ("一、扩大有效投资，推动经济稳中提质（5项）", [
        ("全县地区生产总值增长6%左右，一般公共预算收入增长5%，固定资产投资增长8%，社会消费品零售总额增长6.5%。",
         [("责任领导", "韩立新"), ("牵头单位", "县发改局"),
          ("配合单位", "县统计局、县财政局、县商务局、县税务局")], "2025年12月底"),
        ("全年实施县级重点项目120个，年度计划投资156亿元，新开工项目45个、竣工投产项目30个。",
         [("责任领导", "韩立新"), ("牵头单位", "县发改局"),
          ("配合单位", "县自然资源局、县住建局、县行政审批服务局、各乡镇（街道）")], "2025年12月底"),
        ("抢抓超长期特别国债、地方政府专项债券等政策机遇，全年争取上级各类资金25亿元以上。",
         [("责任领导", "韩立新"), ("牵头单位", "县发改局、县财政局"),
          ("配合单位", "县直各有关单位")], "2025年12月底"),
        ("开展“消费提振年”活动，举办汽车、家电、家居等促消费活动20场以上，落实好消费品以旧换新政策。",
         [("责任领导", "唐振宇"), ("牵头单位", "县商务局"),
          ("配合单位", "县财政局、县市场监管局、县文旅局")], "2025年12月底"),
        ("推进城区“一刻钟便民生活圈”建设，新建改造农贸市场3个、社区便民服务网点20个。",
         [("责任领导", "唐振宇"),
          ("责任单位", "县商务局、县住建局、县市场监管局、城关街道办事处")], "2025年11月底"),
    ]),
    ("二、壮大实体经济，加快产业转型升级（5项）", [
        ("实施工业“倍增”行动，全年新增规模以上工业企业15家，规上工业增加值增长8%以上。",
         [("责任领导", "唐振宇"), ("牵头单位", "县工信局"),
          ("配合单位", "县统计局、县财政局、榴溪经济开发区管委会")], "2025年12月底"),
        ("推进榴溪经济开发区扩区调位，新建标准化厂房10万平方米，园区亩均税收提高10%。",
         [("责任领导", "唐振宇"), ("牵头单位", "榴溪经济开发区管委会")], "2025年12月底"),
        ("深入实施招商引资“一号工程”，全年引进亿元以上项目30个，实际到位资金80亿元以上。",
         [("责任领导", "周文彬、唐振宇"), ("牵头单位", "县投资促进中心"),
          ("配合单位", "县直各有关单位、各乡镇（街道）")], "2025年12月底"),
        ("实施市场主体培育工程，推动“个转企、小升规、规改股、股上市”，全年新增市场主体3000户。",
         [("责任领导", "唐振宇"),
          ("责任单位", "县市场监管局、县工信局、县金融服务中心")], "2025年12月底"),
        ("加快数字经济发展，新建5G基站200个，推动50家以上企业“上云用数赋智”。",
         [("责任领导", "唐振宇"), ("牵头单位", "县数据局"),
          ("配合单位", "县工信局、县行政审批服务局")], "2025年12月底"),
    ]),
    ("三、全面推进乡村振兴（5项）", [
        ("稳定粮食播种面积32万亩、总产量12.5万吨以上，新建高标准农田2.3万亩。",
         [("责任领导", "陆海涛"), ("牵头单位", "县农业农村局"),
          ("配合单位", "县财政局、县自然资源局、县水利局、各乡镇（街道）")], "2025年10月底"),
        ("健全防止返贫动态监测和帮扶机制，守牢不发生规模性返贫致贫底线。",
         [("责任领导", "陆海涛"), ("责任单位", "县农业农村局")], "持续推进"),
        ("实施农村人居环境整治提升行动，农村卫生厕所普及率达到80%，生活垃圾收运处置体系实现行政村全覆盖。",
         [("责任领导", "陆海涛"), ("牵头单位", "县农业农村局"),
          ("配合单位", "县卫健局、市生态环境局榴溪分局、县住建局、各乡镇（街道）")], "2025年12月底"),
        ("加快水利基础设施建设，完成中小河流治理28公里、病险水库除险加固6座。",
         [("责任领导", "陆海涛"), ("*", "牵头单位：县水利局")], "2025年11月底"),
        ("发展壮大村级集体经济，年经营性收入10万元以上的村占比达到60%。",
         [("责任领导", "陆海涛"), ("牵头单位", "县委组织部、县农业农村局"),
          ("配合单位", "县财政局、各乡镇（街道）")], "2025年12月底"),
    ]),
    ("四、提升城乡建设管理水平（5项）", [
        ("实施城市更新行动，改造城镇老旧小区26个、城中村2个，加装电梯40部。",
         [("责任领导", "邵敏"), ("牵头单位", "县住建局"),
          ("配合单位", "县财政局、县自然资源局、城关街道办事处")], "2025年12月底"),
        ("推进县城污水管网建设和改造，新建改造雨污管网35公里，县城污水集中收集率达到70%。",
         [("责任领导", "邵敏"),
          ("责任单位", "县住建局、市生态环境局榴溪分局、县城投公司")], "2025年12月底"),
        ("开展城市管理精细化提升行动，集中整治占道经营、违规停车、乱搭乱建等突出问题。",
         [("责任领导", "邵敏"), ("牵头单位", "县城管局"),
          ("配合单位", "县公安局、县市场监管局、城关街道办事处")], "持续推进"),
        ("深入打好蓝天、碧水、净土保卫战，县城空气质量优良天数比例达到90%以上。",
         [("责任领导", "邵敏"), ("牵头单位", "市生态环境局榴溪分局"),
          ("配合单位", "县住建局、县交通运输局、县农业农村局、县工信局")], "2025年12月底"),
        ("加快交通路网建设，推进国道356线榴溪段改建，完成农村公路提质改造80公里。",
         [("责任领导", "邵敏"), ("牵头单位", "县交通运输局"),
          ("配合单位", "县自然资源局、县财政局、相关乡镇")], "2025年12月底"),
    ]),
    ("五、深化改革开放，持续优化营商环境（4项）", [
        ("深化“高效办成一件事”改革，政务服务事项“一网通办”率达到95%以上。",
         [("责任领导", "欧阳婧"), ("牵头单位", "县行政审批服务局、县数据局"),
          ("配合单位", "县直各有关单位")], "2025年12月底"),
        ("开展优化营商环境“十大攻坚”行动，全面落实涉企收费目录清单制度。",
         [("责任领导", "欧阳婧"),
          ("责任单位", "县发改局、县市场监管局、县司法局、县财政局")], "2025年12月底"),
        ("深化国资国企改革，完成县属国有企业整合重组，推动县城投公司市场化转型。",
         [("责任领导", "韩立新"), ("牵头单位", "县财政局"),
          ("配合单位", "县城投公司、县文旅集团")], "2025年9月底"),
        ("统筹发展和安全，稳妥化解地方政府债务风险，坚决遏制新增隐性债务。",
         [("责任领导", "韩立新"), ("*", "牵头单位：县财政局")], "持续推进"),
    ]),
    ("六、持续保障和改善民生（6项）", [
        ("实施就业优先战略，城镇新增就业3200人，城镇调查失业率控制在5.5%以内。",
         [("责任领导", "欧阳婧"), ("牵头单位", "县人社局"),
          ("配合单位", "县教育局、县工信局、县农业农村局")], "2025年12月底"),
        ("新建城区第三小学，改扩建乡镇公办幼儿园5所，新增学位2400个。",
         [("责任领导", "欧阳婧"), ("牵头单位", "县教育局"),
          ("配合单位", "县发改局、县财政局、县自然资源局、县住建局")], "2025年8月底"),
        ("推进紧密型县域医共体建设，支持县人民医院创建三级医院。",
         [("责任领导", "欧阳婧"),
          ("责任单位", "县卫健局、县医保局、县人民医院")], "2025年12月底"),
        ("完善养老服务体系，新建社区嵌入式养老服务中心4个、农村互助养老服务点20个。",
         [("责任领导", "欧阳婧"), ("牵头单位", "县民政局"),
          ("配合单位", "县卫健局、县住建局、各乡镇（街道）")], "2025年12月底"),
        ("落实城乡居民医保财政补助标准，深化医保支付方式改革。",
         [("责任领导", "欧阳婧"), ("责任单位", "县医保局")], "2025年12月底"),
        ("抓好安全生产和防灾减灾救灾工作，深入推进安全生产治本攻坚三年行动。",
         [("责任领导", "韩立新、邵敏"), ("牵头单位", "县应急管理局"),
          ("配合单位", "县安委会各成员单位、各乡镇（街道）")], "持续推进"),
    ]),
]


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    add_page_footer(sec)

    # ---- 版头
    para(doc, "", size=16)
    para(doc, "榴溪县人民政府办公室文件", font=XBS, size=36, align="c",
         color="FF0000", line=48)
    para(doc, "", size=16)
    p = para(doc, "榴政办发〔2025〕5号", size=16, align="c", after=6)
    red_rule(p)
    para(doc, "", size=16)

    # ---- 标题
    para(doc, "榴溪县人民政府办公室", font=XBS, size=22, align="c", line=34)
    para(doc, "关于印发2025年《政府工作报告》重点任务", font=XBS, size=22,
         align="c", line=34)
    para(doc, "责任分工的通知", font=XBS, size=22, align="c", line=34)
    para(doc, "", size=16)

    para(doc, "各乡镇人民政府、街道办事处，县政府各部门，县直各单位：",
         line=28)
    para(doc, "《政府工作报告》已经县十八届人大五次会议审议通过。为确保报告"
         "确定的各项目标任务落到实处，经县人民政府同意，现将2025年《政府工作"
         "报告》重点任务责任分工印发给你们，并就有关事项通知如下，请认真抓好"
         "落实。", indent=True, align="j", line=28)
    runin(doc, "一、压紧压实责任。",
          "《责任分工表》“责任分工”栏对每项任务按“责任领导”“牵头单位”"
          "“配合单位”分行列明。责任领导对分管任务负领导责任；牵头单位对任务"
          "落实负总责，牵头单位有两个的，排在第一位的为主牵头单位；配合单位要"
          "按照职责主动配合，形成工作合力。只列明“责任单位”的，排在第一位的"
          "为牵头单位，其余为配合单位；只列一个单位的，由该单位负责落实。")
    runin(doc, "二、细化推进措施。",
          "各牵头单位要会同配合单位，对照目标任务逐项制定推进方案，明确具体"
          "措施、时间节点和责任人，经责任领导审定后，于2025年3月10日前报县"
          "政府督查室备案。")
    runin(doc, "三、强化督查问效。",
          "县政府督查室要将各项任务纳入年度督查计划，实行月调度、季通报。各"
          "牵头单位于每月25日前将任务推进情况报县政府督查室，推进情况纳入年度"
          "绩效考核。联系人：何晓春，电话：（0736）4221587。")
    para(doc, "", size=16)
    p = para(doc, "", indent=True, align="j", line=28)
    r = p.add_run("附件：2025年《政府工作报告》重点任务责任分工表")
    set_font(r, FS, 16)
    para(doc, "", size=16)
    para(doc, "", size=16)
    p = para(doc, "榴溪县人民政府办公室", align="r", line=28)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2025年2月18日", align="r", line=28)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）", indent=True, line=28)

    # ---- 附件 on a new page
    p = para(doc, "", size=16)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件", font=HT, size=16, line=28)
    para(doc, "", size=16)
    para(doc, "2025年《政府工作报告》重点任务责任分工表", font=XBS, size=20,
         align="c", line=30, after=8)

    widths = [Mm(12), Mm(66), Mm(20), Mm(38), Mm(20)]
    table = doc.add_table(rows=1, cols=5)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    set_borders(table)
    hdr = table.rows[0]
    repeat_header(hdr)
    hc = hdr.cells
    cell_text(hc[0], "序号", HT, 10.5, align="c")
    cell_text(hc[1], "重点任务", HT, 10.5, align="c")
    m = hc[2].merge(hc[3])
    cell_text(m, "责任分工", HT, 10.5, align="c")
    cell_text(hc[4], "完成时限", HT, 10.5, align="c")

    n = 0
    for title, tasks in PARTS:
        row = table.add_row()
        c = row.cells[0].merge(row.cells[4])
        cell_text(c, title, HT, 10.5)
        for text, roles, due in tasks:
            n += 1
            rows = [table.add_row() for _ in roles]
            for row, (label, value) in zip(rows, roles):
                if label == "*":
                    c = row.cells[2].merge(row.cells[3])
                    cell_text(c, value, align="j")
                else:
                    cell_text(row.cells[2], label, align="c")
                    cell_text(row.cells[3], value, align="j")
            top, bot = rows[0], rows[-1]
            for col in (0, 1, 4):
                c = top.cells[col]
                if len(rows) > 1:
                    c = c.merge(bot.cells[col])
                cell_text(c, {0: str(n), 1: text, 4: due}[col],
                          align="c" if col != 1 else "j")

    # column widths through the grid and every tc
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w / 635)))
    for tr in table._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            w = sum(int(v) for v in widths[col:col + span])
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = OxmlElement("w:tcW")
                tcPr.insert(0, tcW)
            tcW.set(qn("w:w"), str(int(w / 635)))
            tcW.set(qn("w:type"), "dxa")
            col += span

    # ---- 版记
    p = para(doc, "", size=14)
    p.add_run().add_break(WD_BREAK.PAGE)
    for _ in range(18):
        para(doc, "", size=14)
    p = para(doc, "", size=14, line=26)
    red = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for edge in ("top", "bottom"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "8")
        e.set(qn("w:space"), "1")
        e.set(qn("w:color"), "000000")
        bdr.append(e)
    red.append(bdr)
    r = p.add_run("抄送：县委办公室，县人大常委会办公室，县政协办公室。")
    set_font(r, FS, 14)
    p = para(doc, "", size=14, line=26)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), "8")
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), "000000")
    bdr.append(e)
    ppr.append(bdr)
    r = p.add_run("　榴溪县人民政府办公室　　　　　　　　2025年2月18日印发")
    set_font(r, FS, 14)

    doc.core_properties.author = "县政府办"
    doc.core_properties.title = ""
    doc.save(OUT)
    return n


if __name__ == "__main__":
    print(build(), "tasks ->", OUT)
