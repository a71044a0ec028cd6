#!/usr/bin/python3
"""Round 108, notice 553.

A 县政府办 red-header Word notice whose landscape 附件 is the task table with its
序号 column filled by Word's automatic numbering (编号 applied to the column), as
an OA's 正文在线预览 serves it: the .docx is converted on the server by
JODConverter -> LibreOffice "HTML (StarWriter)" (writer_html_Export) and the
browser's "网页，仅HTML" keeps that file as served.

This script writes the .docx in a temporary directory, runs the real
LibreOffice filter on it (soffice --headless --convert-to "html:HTML (StarWriter)")
and writes the resulting HTML untouched next to itself as
553_tanling_xian_gzbg_fenjie_libreoffice_html.html.
"""
import os
import shutil
import subprocess
import tempfile

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "553_tanling_xian_gzbg_fenjie_libreoffice_html.html"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_fonts(run, east, size=None, bold=False, color=None, ascii_font=None):
    rPr = run._r.get_or_add_rPr()
    rf = rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml(f"<w:rFonts {W}/>")
        rPr.insert(0, rf)
    a = ascii_font or east
    rf.set(qn("w:ascii"), a)
    rf.set(qn("w:hAnsi"), a)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:hint"), "eastAsia")
    if size:
        run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(container, text="", east=FS, size=16, align=None, bold=False, color=None,
         first_line=None, left=None, space_before=None, space_after=0, line=28):
    p = container.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_line is not None:
        pf.first_line_indent = Pt(first_line)
    if left is not None:
        pf.left_indent = Pt(left)
    if space_before is not None:
        pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if line:
        pf.line_spacing = Pt(line)
    if text:
        r = p.add_run(text)
        set_fonts(r, east, size, bold, color)
    return p


def add_run(p, text, east=FS, size=16, bold=False, color=None):
    r = p.add_run(text)
    set_fonts(r, east, size, bold, color)
    return r


def bottom_border(p, color="FF0000", sz=18):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:pBdr {W}><w:bottom w:val="single" w:sz="{sz}" w:space="1" w:color="{color}"/></w:pBdr>'))


def page_footer(section):
    ft = section.footer
    ft.is_linked_to_previous = False
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(p, "— ", east="宋体", size=14)
    p._p.append(parse_xml(
        f'<w:fldSimple {W} w:instr=" PAGE   \\* MERGEFORMAT "><w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'))
    add_run(p, " —", east="宋体", size=14)


def cell_text(cell, paras, east=FS, size=12, align=WD_ALIGN_PARAGRAPH.LEFT):
    """paras: list of strings, one paragraph each."""
    cell.text = ""
    first = True
    for t in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(20)
        if t:
            add_run(p, t, east, size)


def v_center(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:vAlign {W} w:val="center"/>'))


def set_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    pPr.insert(0, parse_xml(f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))


# ---------------------------------------------------------------- the tasks
# (part heading, [(task text, [leaders], [lead units], [cooperating units], deadline)])
# leaders/leads merged down in the table where consecutive rows share them (see MERGE)
PARTS = [
    ("一、聚力项目攻坚，持续扩大有效投资", [
        ("全年实施重点项目260个，完成投资210亿元以上，力争新开工亿元以上项目45个。",
         ["郑海涛"], ["县发展和改革局"], ["县财政局、县自然资源局、县住房和城乡建设局、各乡镇人民政府"], "2025年12月底"),
        ("积极争取超长期特别国债、中央预算内投资和地方政府专项债券，全年争取上级资金30亿元以上。",
         ["郑海涛"], ["县财政局", "县发展和改革局"], ["各有关单位"], "2025年12月底"),
        ("开展“招商引资攻坚年”活动，全年签约亿元以上项目50个，实际到位县外资金120亿元。",
         ["林国栋"], ["县商务局"], ["檀岭经济开发区管委会、各乡镇人民政府"], "2025年12月底"),
        ("加快推进檀岭至东江高速公路檀岭段、国道318线檀岭段改线工程建设，完成年度投资8亿元。",
         ["韩立新"], ["县交通运输局"], ["县自然资源局、县林业局、沿线乡镇人民政府"], "2025年12月底"),
        ("保障重点项目用地需求，全年供应建设用地3500亩以上，盘活批而未供和闲置土地1200亩。",
         ["韩立新"], ["县自然资源局"], ["/"], "2025年11月底"),
    ]),
    ("二、壮大实体经济，加快产业转型升级", [
        ("实施制造业“强链补链”行动，新增规模以上工业企业15家，规上工业增加值增长8%。",
         ["许文静"], ["县工业和信息化局"], ["县统计局、檀岭经济开发区管委会"], "2025年12月底"),
        ("推进檀岭经济开发区扩区调位，新建标准化厂房20万平方米，园区亩均税收提高10%。",
         ["许文静"], ["檀岭经济开发区管委会"], ["县自然资源局、县税务局"], "2025年12月底"),
        ("培育高新技术企业12家、科技型中小企业40家，全社会研发经费投入强度达到2.1%。",
         ["许文静"], ["县科学技术局"], ["县工业和信息化局、县财政局、县统计局"], "2025年12月底"),
        ("发展全域旅游，创成国家4A级旅游景区1家，全年接待游客650万人次。",
         ["宋佳"], ["县文化和旅游局"], ["县交通运输局、县市场监督管理局"], "2025年12月底"),
        ("开展“檀岭消费季”系列促消费活动，落实消费品以旧换新政策，社会消费品零售总额增长6%。",
         ["宋佳"], ["县商务局"], ["县文化和旅游局、县市场监督管理局、县统计局"], "2025年12月底"),
    ]),
    ("三、深化改革开放，持续优化营商环境", [
        ("深化“高效办成一件事”改革，新增集成办事场景12个，政务服务事项网上可办率达到98%。",
         ["郑海涛"], ["县行政审批服务局"], ["县数据资源管理局"], "2025年10月底"),
        ("全面落实市场准入负面清单制度，开展涉企违规收费专项整治，规范涉企行政检查。",
         ["郑海涛"], ["县市场监督管理局", "县司法局"], ["县发展和改革局"], "2025年12月底"),
        ("深化国有企业改革，推动县城投集团市场化转型，完成2家县属国有企业重组整合。",
         ["郑海涛"], ["县财政局"], ["县城投集团"], "2025年9月底"),
        ("落实小微企业融资协调工作机制，新增普惠小微企业贷款15亿元以上。",
         ["郑海涛"], ["县财政局"], ["人行檀岭县支行、国家金融监督管理总局檀岭监管支局"], "2025年12月底"),
    ]),
    ("四、全面推进乡村振兴，加快农业农村现代化", [
        ("稳定粮食播种面积48.6万亩以上，新建高标准农田3.2万亩，粮食总产量稳定在20万吨以上。",
         ["罗晓峰"], ["县农业农村局"], ["县财政局、县自然资源局、县水利局、各乡镇人民政府"], "2025年10月底"),
        ("巩固拓展脱贫攻坚成果，健全防止返贫致贫监测和帮扶机制，坚决守住不发生规模性返贫致贫底线。",
         ["罗晓峰"], ["县农业农村局"], ["县人力资源和社会保障局、县医疗保障局、县教育局、县民政局"], "长期坚持"),
        ("实施水利工程补短板行动，完成中小河流治理18公里，新建改造农村供水工程23处。",
         ["罗晓峰"], ["县水利局"], ["/"], "2025年12月底"),
        ("发展茶叶、油茶、中药材等特色产业，新增市级以上农业产业化龙头企业5家。",
         ["罗晓峰"], ["县农业农村局"], ["县林业局、县市场监督管理局"], "2025年12月底"),
        ("开展和美乡村建设，创建省级和美乡村示范村6个，农村生活垃圾无害化处理率保持在100%。",
         ["罗晓峰", "韩立新"], ["县农业农村局"],
         ["县住房和城乡建设局、县城市管理局、市生态环境局檀岭分局、各乡镇人民政府"], "2025年12月底"),
    ]),
    ("五、提升城乡品质，建设宜居宜业县城", [
        ("实施城市更新行动，改造城镇老旧小区32个，完成城中村改造1200户。",
         ["韩立新"], ["县住房和城乡建设局"], ["县自然资源局、县财政局、县城投集团"], "2025年12月底"),
        ("新建改造城市燃气、供排水管网45公里，完成县城污水处理厂提标改造。",
         ["韩立新"], ["县住房和城乡建设局"], ["县城市管理局、县城投集团"], "2025年11月底"),
        ("深入打好蓝天、碧水、净土保卫战，县城空气质量优良天数比率达到92%以上。",
         ["韩立新"], ["市生态环境局檀岭分局"], ["县住房和城乡建设局、县交通运输局、县农业农村局、县工业和信息化局"], "2025年12月底"),
        ("科学开展国土绿化，完成人工造林1.5万亩，森林覆盖率稳定在65%以上。",
         ["罗晓峰"], ["县林业局"], ["各乡镇人民政府"], "2025年6月底"),
    ]),
    ("六、增进民生福祉，提高群众生活品质", [
        ("城镇新增就业4200人，开展职业技能培训5000人次，城镇调查失业率控制在5.5%以内。",
         ["宋佳"], ["县人力资源和社会保障局"], ["县教育局、县农业农村局"], "2025年12月底"),
        ("建成檀岭县第三中学，新增学位2700个，推进县域义务教育优质均衡发展。",
         ["宋佳"], ["县教育局"], ["县发展和改革局、县财政局、县自然资源局"], "2025年8月底"),
        ("推进紧密型县域医共体建设，支持县人民医院创建三级医院。",
         ["宋佳"], ["县卫生健康局"], ["县医疗保障局"], "2025年12月底"),
        ("新建社区嵌入式养老服务设施8个，完成特殊困难老年人家庭适老化改造300户。",
         ["宋佳"], ["县民政局"], ["县财政局、县住房和城乡建设局"], "2025年11月底"),
        ("落实退役军人服务保障政策，提升退役军人服务站规范化建设水平。",
         ["宋佳"], ["县退役军人事务局"], ["/"], "2025年12月底"),
    ]),
    ("七、统筹发展和安全，加强政府自身建设", [
        ("深化安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。",
         ["郑海涛"], ["县应急管理局"], ["县安委会各成员单位"], "长期坚持"),
        ("推进更高水平平安檀岭建设，常态化开展扫黑除恶斗争，严厉打击电信网络诈骗等违法犯罪。",
         ["邓卫东"], ["县公安局"], ["县司法局、各乡镇人民政府"], "长期坚持"),
        ("严格落实过紧日子要求，一般性支出压减5%以上，“三公”经费只减不增。",
         ["郑海涛"], ["县财政局"], ["县审计局、县直各单位"], "2025年12月底"),
        ("自觉接受县人大及其常委会法律监督和县政协民主监督，按期办结人大代表建议和政协委员提案。",
         ["林国栋"], ["县政府办公室"], ["各承办单位"], "2025年9月底"),
    ]),
]

# vertical merges, as (part index, first task index, last task index, column)
# column 2 = 责任县领导, 3 = 牵头单位, 5 = 完成时限
MERGE = [
    (0, 0, 1, 2), (0, 0, 2, 5), (0, 3, 4, 2),
    (1, 0, 2, 2), (1, 3, 4, 2), (1, 0, 4, 5),
    (2, 0, 3, 2), (2, 2, 3, 3),
    (3, 0, 3, 2), (3, 0, 1, 3),
    (4, 0, 2, 2), (4, 0, 1, 3),
    (5, 0, 4, 2),
    (6, 0, 1, 5),
]


def build_docx(path):
    d = docx.Document()
    core = d.core_properties
    core.author = "Administrator"
    core.last_modified_by = "县政府办秘书科"
    core.title = ""
    core.subject = ""
    core.comments = ""
    core.keywords = ""
    import datetime
    core.created = datetime.datetime(2025, 2, 17, 9, 12, 0)
    core.modified = datetime.datetime(2025, 2, 18, 16, 40, 0)
    core.revision = 7

    # document defaults: Chinese
    styles = d.styles.element
    rpr_default = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for el in list(rpr_default):
        rpr_default.remove(el)
    rpr_default.append(parse_xml(
        f'<w:rFonts {W} w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/>'))
    rpr_default.append(parse_xml(f'<w:kern {W} w:val="2"/>'))
    rpr_default.append(parse_xml(f'<w:sz {W} w:val="32"/>'))
    rpr_default.append(parse_xml(f'<w:lang {W} w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'))

    # numbering for the 序号 column: one list, running on over the part rows
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="60"><w:nsid w:val="5A3C21E7"/>'
        f'<w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="5A3C21E7"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/>'
        f'<w:lvlText w:val="%1"/><w:lvlJc w:val="center"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>'
        f'<w:rPr><w:rFonts w:hint="default"/></w:rPr></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="61"><w:abstractNumId w:val="60"/></w:num>'))

    sec = d.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    sec.footer_distance = Cm(2.8)
    page_footer(sec)

    C = WD_ALIGN_PARAGRAPH.CENTER
    R = WD_ALIGN_PARAGRAPH.RIGHT
    J = WD_ALIGN_PARAGRAPH.JUSTIFY

    # 版头
    para(d, "", line=None)
    para(d, "檀岭县人民政府办公室文件", east=XBS, size=42, align=C, color="FF0000", line=None,
         space_before=24, space_after=30)
    p = para(d, "檀政办发〔2025〕7号", size=16, align=C, line=None, space_after=6)
    bottom_border(p)
    para(d, "", line=28)

    # 标题
    para(d, "檀岭县人民政府办公室", east=XBS, size=22, align=C, line=33)
    para(d, "关于印发檀岭县2025年《政府工作报告》", east=XBS, size=22, align=C, line=33)
    para(d, "重点工作任务分解表的通知", east=XBS, size=22, align=C, line=33)
    para(d, "")

    para(d, "各乡镇人民政府，县政府各部门、各直属机构：", align=J)
    body = [
        "县十八届人民代表大会第四次会议审议通过的《政府工作报告》，明确了今年全县经济社会发展的主要目标和重点工作任务。"
        "为确保各项目标任务落到实处，经县人民政府同意，现将《檀岭县2025年〈政府工作报告〉重点工作任务分解表》印发给你们，并就有关事项通知如下：",
    ]
    for t in body:
        para(d, t, first_line=32, align=J)
    reqs = [
        ("一、提高思想认识。", "各乡镇、各部门要把落实《政府工作报告》作为全年工作的重中之重，对照分解表逐项制定推进计划，"
         "明确时间表、路线图和责任人，确保各项任务按时保质完成。"),
        ("二、压实工作责任。", "各项任务的责任县领导要加强统筹调度，及时协调解决推进中的重大问题。"
         "牵头单位对牵头任务负总责，负责制定推进方案、统筹协调和汇总报送进展情况；"
         "配合单位要按照职责分工主动对接、密切配合，不得推诿扯皮。"),
        ("三、强化督查考核。", "县政府督查室要将分解任务纳入年度督查计划，实行清单化管理、销号式推进。"
         "请各牵头单位于每季度最后一个月20日前，将任务推进情况报送县政府督查室（联系人：陈雯，电话：0793—6123058，"
         "邮箱：tlxdcs@163.com）。推进情况将纳入年度目标绩效考核。"),
    ]
    for head, rest in reqs:
        p = para(d, "", first_line=32, align=J)
        add_run(p, head, east=HT, size=16)
        add_run(p, rest)
    para(d, "")
    p = para(d, "", left=48, align=J)
    add_run(p, "附件：檀岭县2025年《政府工作报告》重点工作任务分解表")
    para(d, "")
    para(d, "")
    para(d, "檀岭县人民政府办公室", align=R, space_after=0)
    p = para(d, "2025年2月18日", align=R)
    p.paragraph_format.right_indent = Pt(64)
    para(d, "（此件公开发布）", first_line=32)

    # 附件: landscape section
    s2 = d.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width = Cm(29.7)
    s2.page_height = Cm(21.0)
    s2.top_margin = Cm(2.6)
    s2.bottom_margin = Cm(2.4)
    s2.left_margin = Cm(2.6)
    s2.right_margin = Cm(2.4)
    page_footer(s2)

    para(d, "附件", east=HT, size=16, line=28)
    para(d, "")
    para(d, "檀岭县2025年《政府工作报告》重点工作任务分解表", east=XBS, size=22, align=C, line=33)
    para(d, "")

    headers = ["序号", "重点工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]
    widths = [Cm(1.4), Cm(10.2), Cm(2.4), Cm(3.6), Cm(4.9), Cm(2.2)]
    nrows = 1 + sum(1 + len(ts) for _, ts in PARTS)
    tbl = d.add_table(rows=nrows, cols=6)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in tbl.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]
    for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    # header
    hdr = tbl.rows[0]
    trPr = hdr._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {W}/>'))
    for i, h in enumerate(headers):
        cell_text(hdr.cells[i], [h], east=HT, size=12, align=C)
        v_center(hdr.cells[i])

    r = 1
    task_rows = []
    for pi, (ptitle, tasks) in enumerate(PARTS):
        row = tbl.rows[r]
        m = row.cells[0].merge(row.cells[5])
        cell_text(m, [ptitle], east=HT, size=12)
        r += 1
        rows_here = []
        for ti, (text, leaders, leads, coops, deadline) in enumerate(tasks):
            row = tbl.rows[r]
            c0 = row.cells[0]
            cell_text(c0, [""], align=C)
            set_num(c0.paragraphs[0], 61)
            v_center(c0)
            cell_text(row.cells[1], [text], align=J)
            v_center(row.cells[1])
            cell_text(row.cells[2], leaders, align=C)
            cell_text(row.cells[3], leads, align=C)
            cell_text(row.cells[4], coops, align=J if coops != ["/"] else C)
            cell_text(row.cells[5], [deadline], align=C)
            for k in (2, 3, 4, 5):
                v_center(row.cells[k])
            rows_here.append(r)
            r += 1
        task_rows.append(rows_here)
    # vertical merges: python-docx merge keeps the top text and appends the others' paragraphs;
    # clear the lower cells first so that only the top value remains
    for pi, a, b, col in MERGE:
        top = tbl.cell(task_rows[pi][a], col)
        val = [p.text for p in top.paragraphs]
        for k in range(a + 1, b + 1):
            tbl.cell(task_rows[pi][k], col).text = ""
        m = top.merge(tbl.cell(task_rows[pi][b], col))
        cell_text(m, val, align=C)
        v_center(m)

    # 版记 on the last page
    para(d, "")
    bj = d.add_table(rows=2, cols=1)
    c = bj.cell(0, 0)
    cell_text(c, ["抄送：县委办公室，县人大常委会办公室，县政协办公室。"], size=14)
    c = bj.cell(1, 0)
    c.text = ""
    p = c.paragraphs[0]
    add_run(p, "檀岭县人民政府办公室　　　　　　　　　　　　2025年2月18日印发", size=14)
    bj._tbl.tblPr.append(parse_xml(
        f'<w:tblBorders {W}><w:top w:val="single" w:sz="8" w:color="000000"/>'
        f'<w:bottom w:val="single" w:sz="8" w:color="000000"/>'
        f'<w:insideH w:val="single" w:sz="4" w:color="000000"/></w:tblBorders>'))
    d.save(path)


def main():
    tmp = tempfile.mkdtemp(prefix="m553_")
    try:
        src = os.path.join(tmp, "檀政办发〔2025〕7号.docx")
        build_docx(src)
        prof = os.path.join(tmp, "profile")
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
             "--convert-to", "html:HTML (StarWriter)", "--outdir", tmp, src],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out = os.path.join(tmp, "檀政办发〔2025〕7号.html")
        shutil.copyfile(out, os.path.join(HERE, NAME))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
