#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generate 555: a 乡人民政府 red-header Word notice with its 年度重点工作任务分解表."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

NAME = "555_shiya_xiang_zhongdian_gongzuo_renwu_fenjie.docx"
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


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None,
         indent=True, exact=28, color=None, runs=None, space_before=0, space_after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if runs is None:
        runs = [(text, font, bold)]
    for t, f, b in runs:
        r = p.add_run(t)
        set_font(r, f, size, b, color)
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


def add_page_number_footer(section):
    footer = section.footer
    footer.is_linked_to_previous = False
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
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    """Write one or more paragraphs (split on \n) into a cell."""
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
            r = p.add_run(line)
            set_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def set_cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trpr.append(c)


def set_table_borders(table):
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblpr.append(borders)


def fix_grid(table, widths):
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    tblpr = tbl.tblPr
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW"); tblpr.append(tw)
    tw.set(qn("w:type"), "dxa")
    tw.set(qn("w:w"), str(sum(int(w / 635) for w in widths)))
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)


# ------------------------------------------------------------------ data
# (序号, 任务, 责任领导, 牵头站所, 配合站所, 责任村（社区）, 完成时限)
# 责任领导 None = merged with the cell above
PARTS = [
    ("一、抓党建强引领（5项）", [
        ("1", "深入学习贯彻党的二十届三中全会精神，严格落实“第一议题”制度，全年开展乡党委理论学习中心组集中学习不少于12次，推动党的创新理论进村入户。",
         "周立新\n龚晓燕", "党建办", "党政办、宣传统战办", "各村（社区）", "全年"),
        ("2", "抓好村（社区）“两委”班子建设，开展软弱涣散基层党组织排查整顿，年内整顿转化2个，发展农村优秀青年入党不少于8名。",
         "向　文", "党建办", "/", "石门村、枫坪村", "2025年10月底前"),
        ("3", "实施“红色领航”工程，推进党群服务中心标准化建设，完成龙潭社区、桐木村党群服务中心提质改造。",
         None, "党建办", "财政所、村镇建设办", "龙潭社区、桐木村", "2025年9月底前"),
        ("4", "严格落实意识形态工作责任制，加强新时代文明实践所（站）建设，全年开展志愿服务活动不少于100场次。",
         "陈　静", "宣传统战办", "文化站、乡团委", "各村（社区）", "全年"),
        ("5", "持续深化清廉乡村建设，加强对村级“三资”管理和惠民惠农资金发放的监督检查，推进村务监督委员会规范化运行。",
         "覃　丽", "纪检监察室", "财政所、农经站", "各村（社区）", "全年"),
    ]),
    ("二、抓产业促发展（7项）", [
        ("6", "全年完成固定资产投资2.8亿元，争取上级项目资金不少于5000万元，新谋划储备项目20个以上。",
         "邓海波\n杨　帆", "经发办", "财政所、党政办", "/", "全年"),
        ("7", "推进石桠工业集中区标准化厂房二期建设，年内竣工交付厂房3万平方米，新引进规模以上工业企业2家。",
         "杨　帆", "经发办", "自然资源所、村镇建设办、应急办", "枫坪村", "2025年11月底前"),
        ("8", "落实“一把手”招商责任，全年签约引进项目8个以上，实际到位资金3亿元以上。",
         "周立新、邓海波", "经发办", "各站所", "/", "全年"),
        ("9", "巩固提升茶叶、油茶主导产业，新建高标准茶园1500亩，改造低产油茶林2000亩，培育市级以上龙头企业1家。",
         "瞿明亮", "农业综合服务中心", "林业站、经发办", "桐木村、白岩村、石门村", "2025年12月底前"),
        ("10", "完成高标准农田建设4200亩，落实粮食播种面积3.6万亩以上，坚决遏制耕地“非农化”、防止“非粮化”。",
         None, "农业综合服务中心、自然资源所", "水利站", "各村（社区）", "2025年10月底前"),
        ("11", "发展壮大村级集体经济，年内集体经济经营性收入10万元以上的村达到8个，全面消除5万元以下薄弱村。",
         "瞿明亮\n向　文", "农经站", "党建办、财政所", "各村（社区）", "2025年12月底前"),
        ("12", "做优“石桠茶旅”品牌，办好第三届石桠采茶文化节，全年接待游客15万人次，实现旅游综合收入1.2亿元。",
         "陈　静", "文化站", "经发办、农业综合服务中心", "桐木村、龙潭社区", "2025年4月底前（文化节）\n全年"),
    ]),
    ("三、抓振兴美乡村（6项）", [
        ("13", "守牢不发生规模性返贫致贫底线，落实防止返贫动态监测和帮扶机制，监测对象风险消除率达到70%以上。",
         "龚晓燕", "乡村振兴办", "社会事务办、财政所", "各村（社区）", "全年"),
        ("14", "深入开展农村人居环境整治，完成农村户厕改造300户，生活垃圾无害化处理率稳定在95%以上。",
         "瞿明亮", "乡村振兴办", "村镇建设办、生态环境办", "各村（社区）", "2025年11月底前"),
        ("15", "推进桐木村市级和美乡村示范村建设，完成村庄规划编制和房前屋后“三清一改”整治。",
         None, "村镇建设办", "自然资源所、乡村振兴办", "桐木村", "2025年12月底前"),
        ("16", "实施石门村至白岩村通组公路提质改造8.5公里，完成农村危桥改造2座。",
         "杨　帆", "村镇建设办", "交管站、财政所", "石门村、白岩村", "2025年10月底前"),
        ("17", "全面落实河长制、林长制，开展石桠河“清四乱”专项行动，森林覆盖率稳定在68%以上。",
         "邓海波", "水利站、林业站", "生态环境办、自然资源所", "沿河各村", "全年"),
        ("18", "抓好中央和省生态环境保护督察反馈问题整改，完成规模以下畜禽养殖户污染治理12户。",
         "杨　帆", "生态环境办", "农业综合服务中心", "各村（社区）", "2025年9月底前"),
    ]),
    ("四、抓民生增福祉（6项）", [
        ("19", "落实就业优先政策，新增城镇就业180人，完成农村劳动力转移就业技能培训500人次。",
         "黄　蓉", "社会事务办", "便民服务中心", "各村（社区）", "全年"),
        ("20", "推进义务教育优质均衡发展，完成乡中心小学运动场改造，巩固控辍保学成果。",
         None, "乡中心学校", "村镇建设办、财政所", "/", "2025年8月底前"),
        ("21", "提升基层医疗服务能力，推动乡卫生院达到“优质服务基层行”推荐标准，完成村卫生室标准化建设4个。",
         None, "乡卫生院", "社会事务办", "石门村、枫坪村、白岩村、青溪村", "2025年12月底前"),
        ("22", "做好城乡居民基本养老保险、基本医疗保险征缴工作，参保率分别稳定在95%、96%以上。",
         None, "便民服务中心", "财政所", "各村（社区）", "2025年12月底前"),
        ("23", "做好特困供养、低保、残疾人“两项补贴”等兜底保障，提升乡敬老院服务水平，新建农村互助养老服务点3个。",
         "龚晓燕", "社会事务办", "乡敬老院", "龙潭社区、枫坪村、青溪村", "2025年10月底前"),
        ("24", "加强退役军人服务保障，做好征兵、民兵整组和国防教育工作，全面完成年度征兵任务。",
         "彭　勇", "人武部", "退役军人服务站、党政办", "各村（社区）", "2025年9月底前"),
    ]),
    ("五、抓治理保平安（5项）", [
        ("25", "坚持和发展新时代“枫桥经验”，常态化开展矛盾纠纷排查化解，全年矛盾纠纷调处成功率达到98%以上。",
         "李　俊", "综治中心", "司法所、石桠派出所", "各村（社区）", "全年"),
        ("26", "落实信访工作责任制，推进信访工作法治化，实现进京赴省非正常访“零发生”。",
         "龚晓燕\n李　俊", "信访办", "综治中心、司法所", "各村（社区）", "全年"),
        ("27", "压实安全生产责任，开展道路交通、农村自建房、消防、森林防火等重点领域隐患排查整治，坚决遏制较大及以上事故发生。",
         "邓海波、李俊", "应急办", "村镇建设办、林业站、交管站、石桠派出所", "各村（社区）", "全年"),
        ("28", "做好防汛抗旱和地质灾害防治工作，完善村级应急预案，汛期落实24小时值班值守，及时转移避险群众。",
         "李　俊", "应急办", "自然资源所、水利站", "各村（社区）", "2025年4月—9月"),
        ("29", "扎实开展常态化扫黑除恶斗争和禁毒、反诈宣传，建成“平安村（社区）”示范点2个。",
         None, "石桠派出所", "综治中心", "龙潭社区、石门村", "2025年11月底前"),
    ]),
    ("六、抓作风提效能（3项）", [
        ("30", "深化“放管服”改革，推进“高效办成一件事”，乡便民服务中心政务服务事项网上可办率达到95%以上。",
         "邓海波", "便民服务中心", "党政办", "各村（社区）", "全年"),
        ("31", "加强财政收支管理，严控“三公”经费支出，全年完成财政收入1860万元，确保“三保”支出足额到位。",
         None, "财政所", "党政办", "/", "全年"),
        ("32", "支持乡人大主席团依法履职，认真办理人大代表建议，办结率、满意率均达到100%。",
         "田志刚", "人大办", "党政办、各站所", "/", "2025年10月底前"),
    ]),
]


def build():
    doc = Document()
    # default style
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.footer_distance = Cm(2.5)
    add_page_number_footer(sec)

    # ---- red header
    p = para(doc, "石桠乡人民政府文件", font=XBS, size=48, indent=False, exact=None,
             align=WD_ALIGN_PARAGRAPH.CENTER, color=RED, space_before=24)
    for r in p.runs:
        rpr = r._element.get_or_add_rPr()
        w = OxmlElement("w:w"); w.set(qn("w:val"), "80")
        rpr.append(w)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, "石政发〔2025〕5号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p)
    para(doc, "", indent=False)

    # ---- title
    para(doc, "石桠乡人民政府", font=XBS, size=22, indent=False, exact=36,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "关于印发《石桠乡2025年重点工作任务分解方案》的通知", font=XBS, size=22,
         indent=False, exact=36, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "", indent=False)

    # ---- 主送 + body
    para(doc, "各村（社区），乡直各单位、各站所：", indent=False)
    para(doc, "为全面完成乡第十五届人民代表大会第五次会议审议通过的《政府工作报告》确定的目标任务，"
              "推动全乡经济社会高质量发展，经乡党委、乡人民政府研究同意，现将《石桠乡2025年重点工作"
              "任务分解方案》印发给你们，并提出如下要求，请认真抓好贯彻落实。")
    para(doc, runs=[("一、提高思想认识。", HT, False),
                    ("各责任领导、各站所、各村（社区）要充分认识做好年度重点工作的重要意义，把各项任务"
                     "列入本单位重要议事日程，细化工作措施，明确时间节点，确保全年目标任务如期完成。", FS, False)])
    para(doc, runs=[("二、压实工作责任。", HT, False),
                    ("责任领导为分管任务的第一责任人，负责统筹调度、协调推进。牵头站所对牵头任务负总责，"
                     "负责制定推进方案、组织实施和情况汇总；配合站所、责任村（社区）要按照职责分工主动"
                     "对接、积极配合，形成工作合力。", FS, False)])
    para(doc, runs=[("三、强化督查考核。", HT, False),
                    ("乡党政办要对重点工作推进情况实行月调度、季通报，各牵头站所于每季度末月25日前将"
                     "工作进展情况书面报送乡党政办。任务完成情况纳入年度绩效考核，对工作推进不力、"
                     "未按时限完成任务的，予以通报批评并严肃追责问责。", FS, False)])
    para(doc, "", indent=False)
    para(doc, "附件：石桠乡2025年重点工作任务分解表")
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, "石桠乡人民政府", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2025年2月18日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    para(doc, "", indent=False)
    para(doc, "（此件公开发布）")

    # ---- landscape section for the 附件
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    sec2.top_margin, sec2.bottom_margin = Cm(2.5), Cm(2.2)
    sec2.left_margin, sec2.right_margin = Cm(2.2), Cm(2.2)
    sec2.footer_distance = Cm(1.5)

    para(doc, "附件", font=HT, size=16, indent=False)
    para(doc, "", indent=False, exact=20)
    para(doc, "石桠乡2025年重点工作任务分解表", font=XBS, size=22, indent=False, exact=36,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_after=10)

    widths = [Cm(1.4), Cm(9.4), Cm(2.2), Cm(3.0), Cm(3.6), Cm(3.3), Cm(2.4)]
    heads = ["序号", "重点工作任务", "责任领导", "牵头站所", "配合站所", "责任村（社区）", "完成时限"]
    table = doc.add_table(rows=1, cols=7)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(table)
    hdr = table.rows[0]
    set_repeat_header(hdr)
    set_cant_split(hdr)
    for i, h in enumerate(heads):
        cell_text(hdr.cells[i], h, font=HT, size=12)

    for part_title, tasks in PARTS:
        row = table.add_row()
        set_cant_split(row)
        merged = row.cells[0].merge(row.cells[6])
        cell_text(merged, part_title, font=HT, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
        leader_top = None
        for no, task, leader, lead, coop, vill, due in tasks:
            row = table.add_row()
            set_cant_split(row)
            c = row.cells
            cell_text(c[0], no)
            cell_text(c[1], task, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            if leader is None:
                leader_top = leader_top.merge(c[2])
            else:
                cell_text(c[2], leader)
                leader_top = c[2]
            cell_text(c[3], lead)
            cell_text(c[4], coop)
            cell_text(c[5], vill)
            cell_text(c[6], due)

    table.autofit = False
    fix_grid(table, widths)
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    # ---- 版记 on a portrait last page
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        para(doc, "", indent=False)
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = bj._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge, sz in (("top", "12"), ("insideH", "4"), ("bottom", "12")):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), sz)
        e.set(qn("w:space"), "0"); e.set(qn("w:color"), "000000")
        borders.append(e)
    for edge in ("left", "right", "insideV"):
        e = OxmlElement("w:" + edge); e.set(qn("w:val"), "nil"); borders.append(e)
    tblpr.append(borders)
    cell_text(bj.rows[0].cells[0], "抄送：县委办，县政府办，县委督查室，县政府督查室。",
              size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(bj.rows[1].cells[0], "石桠乡党政综合办公室　　　　　　　　　　2025年2月18日印发",
              size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
    bj.autofit = False
    fix_grid(bj, [Cm(15.6)])
    for r in bj.rows:
        r.cells[0].width = Cm(15.6)
        r.height = Cm(0.9)

    doc.core_properties.author = "石桠乡党政办"
    doc.core_properties.title = ""
    doc.save(OUT)
    print(OUT)


if __name__ == "__main__":
    build()
