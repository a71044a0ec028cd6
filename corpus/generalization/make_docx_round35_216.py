# -*- coding: utf-8 -*-
"""Generate 216_xiuchuan_fengong_biao.docx (岫川县人民政府, 3-column table, 责任分工 lines joined by w:br).

Run with /usr/bin/python3 (python-docx 0.8.11). Output is written next to this script.
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "216_xiuchuan_fengong_biao.docx")

# A row item is either ("SEC", text) or a task dict.
# task: text  -> 工作任务 text (one row) or [text_row1, text_row2] (split over two rows)
#       duty  -> list of lines for 责任分工 (joined with w:br)
#       split -> how 责任分工 is laid out when the task spans two rows:
#                "merge"  责任分工 cell vertically merged too
#                "first"  all lines in row 1, row 2 cell empty
#                "divide" first k lines in row 1, rest in row 2 (k = split_at)
ROWS = [
    ("SEC", "一、聚力产业发展，夯实县域经济基础（共9项）"),
    dict(text="推动工业经济提质增效。全年新增规模以上工业企业15家，规模以上工业增加值增长8%以上。",
         duty=["责任领导：赵国平", "牵头单位：县工业和信息化局", "配合单位：县发展和改革局、县统计局、县市场监督管理局",
               "完成时限：2024年12月底"]),
    dict(text=["加快岫川高新技术产业园区扩区调规。完成园区扩区调规申报，新建标准化厂房10万平方米，",
               "园区基础设施配套项目年内全部开工，园区规模以上工业产值占全县比重提高到65%。"],
         duty=["责任领导：赵国平", "牵头单位：岫川高新技术产业园区管委会", "配合单位：县自然资源局、县住房和城乡建设局、县生态环境分局",
               "完成时限：2024年11月底"], split="merge"),
    dict(text="抓好招商引资。全年引进亿元以上项目30个，其中10亿元以上项目3个，到位资金80亿元。",
         duty=["牵头单位：县投资促进中心", "责任领导：赵国平", "完成时限：2024年12月底",
               "配合单位：县直有关单位、各乡（镇）人民政府"]),
    dict(text="实施重点项目攻坚。全年实施县级重点项目85个，完成投资120亿元。",
         duty=["责任领导：孙卫东", "责任单位：县发展和改革局、县财政局、县自然资源局", "完成时限：持续推进"]),
    dict(text="推进现代服务业发展。建成岫川现代物流园一期，培育限额以上批零住餐企业20家。",
         duty=["责任领导：孙卫东", "责任单位：县商务局", "完成时限：2024年10月底"]),
    dict(text="做强特色文旅产业。推进岫云山景区创建国家4A级旅游景区，全年接待游客320万人次。",
         duty=["责任领导：马丽娟", "牵头单位：县文化广电体育和旅游局", "完成时限：2024年12月底"]),
    dict(text="促进消费扩容升级。开展“岫川好物”促消费系列活动12场以上，社会消费品零售总额增长6%。",
         duty=["完成时限：2024年12月底", "责任领导：孙卫东", "牵头单位：县商务局", "配合单位：县财政局、县市场监督管理局"]),
    dict(text=["强化金融服务支撑。推动县农商银行、村镇银行加大信贷投放，全年新增贷款25亿元，",
               "政府性融资担保在保余额达到8亿元，力争1家企业进入省上市后备企业库。"],
         duty=["责任领导：孙卫东", "牵头单位：县财政局", "配合单位：人行岫川县支行、县农商银行", "完成时限：2024年12月底"],
         split="first"),
    dict(text="优化营商环境。深化“一件事一次办”改革，企业开办时间压缩至1个工作日以内。",
         duty=["责任领导：孙卫东、刘晓燕", "责任单位：县行政审批服务局、县市场监督管理局、县税务局", "完成时限：2024年6月底"]),
    ("SEC", "二、全面推进乡村振兴，加快农业农村现代化（共7项）"),
    dict(text="稳定粮食生产。粮食播种面积稳定在68万亩以上，总产量稳定在5.6亿斤以上。",
         duty=["责任领导：周明远", "牵头单位：县农业农村局", "配合单位：各乡（镇）人民政府", "完成时限：2024年10月底"]),
    dict(text="建设高标准农田。新建高标准农田3.5万亩，完成高效节水灌溉1万亩。",
         duty=["责任领导：周明远", "责任单位：县农业农村局、县水利局、县财政局", "完成时限：2024年12月底"]),
    dict(text="发展壮大特色农业。新发展岫川黄花菜2万亩、中药材1.5万亩，新培育市级以上农业产业化龙头企业3家。",
         duty=["牵头单位：县农业农村局", "配合单位：县林业局、县供销合作社联合社", "责任领导：周明远", "完成时限：2024年12月底"]),
    dict(text="巩固拓展脱贫攻坚成果。守牢不发生规模性返贫底线，脱贫人口人均纯收入增长12%以上。",
         duty=["责任领导：周明远", "牵头单位：县乡村振兴局", "配合单位：县民政局、县人力资源和社会保障局、县医疗保障局",
               "完成时限：持续推进"]),
    dict(text=["实施农村人居环境整治提升行动。完成农村户厕改造4000座，",
               "农村生活垃圾收运处置体系行政村全覆盖，建成省级美丽宜居示范村5个、市级20个。"],
         duty=["责任领导：周明远", "牵头单位：县农业农村局", "配合单位：县住房和城乡建设局、县卫生健康局、县生态环境分局",
               "完成时限：2024年11月底"], split="divide", split_at=2),
    dict(text="推进水利基础设施建设。开工建设清源河水库除险加固工程，完成中小河流治理12公里。",
         duty=["责任领导：周明远", "责任单位：县水利局", "完成时限：2024年12月底"]),
    dict(text="深化农村改革。完成农村集体经营性资产股份合作制改革扩面，集体经济收入10万元以上的村达到60%。",
         duty=["责任领导：周明远", "责任单位：县委农办、县农业农村局", "完成时限：2024年12月底"]),
    ("SEC", "三、推进城乡融合，提升县城承载能力（共5项）"),
    dict(text="实施城市更新行动。改造城镇老旧小区18个，完成县城雨污分流改造20公里。",
         duty=["责任领导：刘晓燕", "牵头单位：县住房和城乡建设局", "配合单位：县城市管理局、县自然资源局、岫城街道办事处",
               "完成时限：2024年11月底"]),
    dict(text="完善交通路网。建成S215岫川至东岭段改建工程，新改建农村公路120公里。",
         duty=["牵头单位：县交通运输局", "责任领导：刘晓燕", "完成时限：2024年12月底"]),
    dict(text="推进生态环境保护。县城空气质量优良天数比例达到85%以上，清源河出境断面水质稳定达到Ⅲ类。",
         duty=["责任领导：刘晓燕", "牵头单位：县生态环境分局", "配合单位：县住房和城乡建设局、县农业农村局、县公安局",
               "完成时限：持续推进"]),
    dict(text="抓好林长制落实。完成人工造林2.3万亩，森林覆盖率达到46.5%。",
         duty=["责任领导：周明远", "责任单位：县林业局、各乡（镇）人民政府", "完成时限：2024年12月底"]),
    dict(text="提升城市精细化管理水平。深入开展文明城市创建，完成背街小巷改造30条。",
         duty=["责任领导：刘晓燕", "责任单位：县城市管理局、县委宣传部（县文明办）、岫城街道办事处", "完成时限：2024年12月底"]),
    ("SEC", "四、坚持民生优先，增进人民群众福祉（共7项）"),
    dict(text="抓好就业增收。城镇新增就业3200人，农村劳动力转移就业12万人。",
         duty=["责任领导：马丽娟", "牵头单位：县人力资源和社会保障局", "配合单位：县农业农村局、县总工会、团县委",
               "完成时限：2024年12月底"]),
    dict(text=["推进教育优质均衡发展。建成县第二高级中学新校区，新建改扩建幼儿园5所，",
               "新增学位2800个，义务教育“大班额”全面清零。"],
         duty=["责任领导：马丽娟", "责任单位：县教育局、县发展和改革局、县财政局", "完成时限：2024年8月底"],
         split="merge"),
    dict(text="提升医疗卫生服务能力。县人民医院新院区投入使用，推进紧密型县域医共体建设。",
         duty=["责任领导：马丽娟", "配合单位：县医疗保障局", "牵头单位：县卫生健康局", "完成时限：2024年12月底"]),
    dict(text="完善社会保障体系。城乡居民基本养老保险参保率稳定在95%以上，提高城乡低保标准。",
         duty=["牵头单位：县人力资源和社会保障局、县民政局", "配合单位：县财政局", "责任领导：马丽娟", "完成时限：2024年12月底"]),
    dict(text="办好十件民生实事。逐项明确责任单位和完成时限，确保年底前全部完成。",
         duty=["责任领导：王海峰", "牵头单位：县政府办公室", "配合单位：县直有关单位", "完成时限：2024年12月底"]),
    dict(text="统筹发展和安全。深化安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故。",
         duty=["责任领导：陈志刚", "牵头单位：县应急管理局", "配合单位：县公安局、县交通运输局、县住房和城乡建设局、各乡（镇）人民政府",
               "完成时限：持续推进"]),
    dict(text="推进平安岫川建设。常态化开展扫黑除恶斗争，群众安全感满意度保持在98%以上。",
         duty=["责任领导：陈志刚", "责任单位：县公安局、县司法局", "完成时限：持续推进"]),
]


def set_font(run, east="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if color:
        run.font.color.rgb = color


def para(doc, text="", east="仿宋_GB2312", size=16, bold=False, align=None, indent=True, color=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    if indent:
        pf.first_line_indent = Pt(32)
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def cell_text(cell, text, east="仿宋_GB2312", size=12, bold=False, align=None):
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), east, size, bold)


def cell_lines(cell, lines, size=12):
    """All lines in ONE paragraph, separated by manual line breaks (w:br)."""
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    for i, line in enumerate(lines):
        r = p.add_run()
        set_font(r, "仿宋_GB2312", size)
        if i:
            r.add_break()  # <w:br/>
        r.add_text(line)


def vmerge(cell, val):
    tcPr = cell._tc.get_or_add_tcPr()
    el = parse_xml('<w:vMerge %s w:val="%s"/>' % (nsdecls("w"), val)) if val == "restart" else \
        parse_xml('<w:vMerge %s/>' % nsdecls("w"))
    tcPr.append(el)


def grid_span_row(row, text):
    """Merge a row across all columns with python-docx's merge (gridSpan)."""
    a = row.cells[0].merge(row.cells[-1])
    cell_text(a, text, "黑体", 12)


def build():
    doc = Document()
    body = doc.element.body
    for p in list(body.findall(qn("w:p"))):
        body.remove(p)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    para(doc, "岫川县人民政府文件", "方正小标宋简体", 36, False, WD_ALIGN_PARAGRAPH.CENTER, False, RGBColor(0xFF, 0, 0))
    para(doc, indent=False)
    para(doc, "岫政发〔2024〕5号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p = para(doc, indent=False)
    p._p.get_or_add_pPr().append(parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr>' % nsdecls("w")))
    para(doc, indent=False)
    para(doc, "岫川县人民政府", "方正小标宋简体", 22, False, WD_ALIGN_PARAGRAPH.CENTER, False)
    para(doc, "关于印发2024年《政府工作报告》重点工作任务分工的通知", "方正小标宋简体", 22, False,
         WD_ALIGN_PARAGRAPH.CENTER, False)
    para(doc, indent=False)
    para(doc, "各乡（镇）人民政府、岫城街道办事处，县政府各部门，县直各单位：", indent=False)
    para(doc, "为确保县十八届人大三次会议审议通过的《政府工作报告》确定的各项目标任务落到实处，县政府对2024年重点工作任务进行了分解，"
              "现印发给你们，并提出如下要求，请认真贯彻落实。")
    para(doc, "一、提高思想认识。各乡（镇）、各部门要把落实《政府工作报告》作为全年工作的重中之重，逐项制定推进措施，确保按期完成。")
    para(doc, "二、明确责任分工。各项任务由责任领导牵头统筹。附件“责任分工”栏中标明“牵头单位”“配合单位”的，按标明的分工执行；"
              "只列“责任单位”的，排在第一位的为牵头单位，其他为配合单位。牵头单位要主动协调，配合单位要积极支持。")
    para(doc, "三、加强督促检查。县政府督查室要建立任务台账，实行月调度、季通报、年考核，"
              "督查结果纳入年度目标责任考核。各牵头单位于每月25日前将工作进展情况报县政府督查室。")
    para(doc)
    para(doc, "附件：岫川县2024年《政府工作报告》重点工作任务分工表")
    para(doc)
    para(doc)
    para(doc, "岫川县人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "2024年3月4日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "（此件公开发布）")

    p = para(doc, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件", "黑体", 16, False, indent=False)
    para(doc, indent=False)
    para(doc, "岫川县2024年《政府工作报告》重点工作任务分工表", "方正小标宋简体", 20, False,
         WD_ALIGN_PARAGRAPH.CENTER, False)
    para(doc, indent=False)

    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(1.3), Cm(9.0), Cm(5.3))
    hdr = table.rows[0]
    for c, (t, w) in enumerate(zip(("序号", "工作任务", "责任分工"), widths)):
        hdr.cells[c].width = w
        cell_text(hdr.cells[c], t, "黑体", 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    hdr._tr.get_or_add_trPr().append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))

    n = 0
    for item in ROWS:
        if isinstance(item, tuple):
            row = table.add_row()
            grid_span_row(row, item[1])
            continue
        n += 1
        texts = item["text"] if isinstance(item["text"], list) else [item["text"]]
        if len(texts) == 1:
            row = table.add_row()
            cell_text(row.cells[0], str(n), align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(row.cells[1], texts[0])
            cell_lines(row.cells[2], item["duty"])
            for c, w in enumerate(widths):
                row.cells[c].width = w
            continue
        r1 = table.add_row()
        r2 = table.add_row()
        for c, w in enumerate(widths):
            r1.cells[c].width = w
            r2.cells[c].width = w
        cell_text(r1.cells[0], str(n), align=WD_ALIGN_PARAGRAPH.CENTER)
        vmerge(r1.cells[0], "restart")
        vmerge(r2.cells[0], "continue")
        cell_text(r1.cells[1], texts[0])
        cell_text(r2.cells[1], texts[1])
        mode = item["split"]
        if mode == "merge":
            cell_lines(r1.cells[2], item["duty"])
            vmerge(r1.cells[2], "restart")
            vmerge(r2.cells[2], "continue")
        elif mode == "first":
            cell_lines(r1.cells[2], item["duty"])
        elif mode == "divide":
            k = item["split_at"]
            cell_lines(r1.cells[2], item["duty"][:k])
            cell_lines(r2.cells[2], item["duty"][k:])
        # no cantSplit: the rows may break over a page, which is why offices split them

    para(doc)
    p = para(doc, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县监委，县法院，县检察院，县人武部。", size=14, indent=False)
    p._p.get_or_add_pPr().append(parse_xml(
        '<w:pBdr %s><w:top w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>' % nsdecls("w")))
    p = para(doc, size=14, indent=False)
    set_font(p.add_run("岫川县人民政府办公室\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30002024年3月5日印发"), size=14)
    p._p.get_or_add_pPr().append(parse_xml(
        '<w:pBdr %s><w:top w:val="single" w:sz="4" w:space="1" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>' % nsdecls("w")))

    doc.core_properties.title = "岫川县人民政府关于印发2024年《政府工作报告》重点工作任务分工的通知"
    doc.core_properties.author = "县政府办公室"
    doc.save(OUT)
    return OUT


if __name__ == "__main__":
    print(build())
