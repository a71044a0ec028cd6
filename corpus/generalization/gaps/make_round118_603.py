#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 118, notice 603.

The medium: a 县政府办 red-header Word notice whose 附件 方案 sets each part's
tasks in a table of its own under a part heading (the part's 牵头县领导 in the
heading), as it reaches the 县政府督查室's 台账 clerk after the commonest
"Python 办公自动化" recipe for reading a Word file with python-docx:

    for p in doc.paragraphs:  print(p.text)
    for t in doc.tables:
        for row in t.rows:  print('\\t'.join(c.text for c in row.cells))

run on Windows with its output written to a .txt (UTF-8, text mode, so CRLF).
Everything below is produced by really building the .docx with python-docx
and really running that recipe on it (python-docx 0.8.11, the version the
tutorials pin).  What the recipe does to a notice:
  * every body paragraph first (red header, cover, 落款, 附件 title, all the
    part headings one after another, the 工作要求), then every table after
    them, so the part headings (and their leaders) stand far from their tables;
  * Word's automatic numbering is not text, so the 序号 of one table (typed
    with the 编号 button) is empty;
  * a cell's paragraphs are joined by a line feed and a <w:br/> is a line
    feed, so some table rows run over two or three lines;
  * merged cells are repeated: a merged-down 责任县领导 or 完成时限 on every
    row under it, a merged-across 注 row once per grid column.
The .docx is built in memory only; the .txt is the notice.
"""
import io
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "603_yanshui_xian_gzbg_fengong_python_docx_tiqu.txt")


# --------------------------------------------------------------------------
# 1. the Word notice as the 县政府办 made it
# --------------------------------------------------------------------------
def set_font(run, east="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.name = "Times New Roman"
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", east="仿宋_GB2312", size=16, bold=False,
         align=None, indent=True, color=None, space_after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        r = p.add_run(text)
        set_font(r, east, size, bold, color)
    return p


def cell_text(cell, text, size=11, east="仿宋_GB2312", bold=False,
              align=WD_ALIGN_PARAGRAPH.LEFT):
    """Fill a cell; a list gives one paragraph per item, a str with \n gives
    a manual line break (w:br)."""
    items = text if isinstance(text, list) else [text]
    first = cell.paragraphs[0]
    for i, item in enumerate(items):
        p = first if i == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        parts = item.split("\n")
        for j, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, east, size, bold)
            if j < len(parts) - 1:
                r.add_break()


def numbered_cell(cell):
    """序号 typed with Word's 编号 button: the number is numbering, not text."""
    p = cell.paragraphs[0]
    p.style = "List Number"
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.left_indent = Pt(0)


def set_widths(table, widths_cm):
    for row in table.rows:
        for idx, w in enumerate(widths_cm):
            row.cells[idx].width = Cm(w)


def header_row(table, labels):
    row = table.rows[0]
    trpr = row._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trpr.append(th)
    for i, lab in enumerate(labels):
        cell_text(row.cells[i], lab, size=11, east="黑体",
                  align=WD_ALIGN_PARAGRAPH.CENTER)


def task_table(doc, rows, auto_number=False):
    """rows: (序号, 工作任务, 牵头单位, 配合单位, 完成时限); None in 完成时限
    means merged down from the row above."""
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    header_row(t, ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"])
    for i, (no, task, lead, coop, due) in enumerate(rows, start=1):
        cells = t.rows[i].cells
        if auto_number:
            numbered_cell(cells[0])
        else:
            cell_text(cells[0], no, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(cells[1], task)
        cell_text(cells[2], lead, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(cells[3], coop)
        if due is not None:
            cell_text(cells[4], due, align=WD_ALIGN_PARAGRAPH.CENTER)
    # merge 完成时限 runs marked None
    i = 1
    while i <= len(rows):
        j = i
        while j + 1 <= len(rows) and rows[j][4] is None:
            j += 1
        if j > i:
            top = t.cell(i, 4)
            top.merge(t.cell(j, 4))
        i = j + 1
    set_widths(t, [1.2, 10.5, 4.2, 6.4, 3.0])
    return t


def build_docx():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    # the template's first empty paragraph
    doc.paragraphs[0]._element.getparent().remove(doc.paragraphs[0]._element) \
        if doc.paragraphs else None

    C = WD_ALIGN_PARAGRAPH.CENTER
    R = WD_ALIGN_PARAGRAPH.RIGHT
    # 红头
    para(doc, "岩水县人民政府办公室文件", east="方正小标宋简体", size=36,
         align=C, indent=False, color="FF0000")
    para(doc, "", indent=False)
    p = para(doc, "岩政办发〔2025〕5号", align=C, indent=False)
    # red rule under the 文号: a bottom border, no text
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "18"), ("w:space", "8"),
                 ("w:color", "FF0000")):
        bottom.set(qn(k), v)
    bdr.append(bottom)
    ppr.append(bdr)
    para(doc, "", indent=False)
    # title with a manual line break
    p = para(doc, "", align=C, indent=False)
    r = p.add_run("岩水县人民政府办公室")
    set_font(r, "方正小标宋简体", 22)
    r.add_break()
    r = p.add_run("关于印发2025年县政府工作报告重点工作任务分工方案的通知")
    set_font(r, "方正小标宋简体", 22)
    para(doc, "", indent=False)
    para(doc, "各乡镇人民政府，县政府各部门、各直属机构：", indent=False)
    para(doc, "《2025年县政府工作报告重点工作任务分工方案》已经县政府第"
              "四十六次常务会议研究同意，现印发给你们，请结合实际认真抓好落实。"
              "现就有关事项通知如下：")
    para(doc, "一、提高思想认识。各乡镇、各部门要把落实《政府工作报告》作为"
              "全年工作的主线，对照分工逐项细化措施、明确责任人和时间节点，"
              "确保各项任务按期完成。", )
    para(doc, "二、压实工作责任。各部分明确的牵头县领导对本部分任务负领导责任，"
              "民生实事项目由各项目责任县领导统筹调度。各项任务的牵头单位负总责，"
              "配合单位按照职责分工积极配合；有两个牵头单位的，排在第一位的为"
              "主牵头单位，负责统筹协调和情况汇总。")
    para(doc, "三、强化督查问效。县政府督查室要将分工任务纳入督查台账，实行"
              "月调度、季通报；各牵头单位于每季度最后一个月的25日前将进展情况"
              "书面报送县政府督查室（电子版发送至岩水县政务外网邮箱）。")
    para(doc, "", indent=False)
    para(doc, "附件：2025年县政府工作报告重点工作任务分工方案")
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    para(doc, "岩水县人民政府办公室", align=R, indent=False)
    para(doc, "2025年2月26日", align=R, indent=False)
    para(doc, "（此件公开发布）")
    p = para(doc, "", indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)

    # 附件
    para(doc, "附件", east="黑体", indent=False)
    para(doc, "", indent=False)
    para(doc, "2025年县政府工作报告重点工作任务分工方案",
         east="方正小标宋简体", size=22, align=C, indent=False)
    para(doc, "", indent=False)
    para(doc, "为全面完成县十八届人大五次会议审议通过的《政府工作报告》确定的"
              "目标任务，现将重点工作任务分解如下。")

    # the 方案's parts, each a bold heading over a table of its own
    def heading(text):
        para(doc, text, east="黑体", indent=True)

    heading("一、聚力项目建设，扩大有效投资（牵头县领导：常务副县长 邓志宏）")
    task_table(doc, [
        ("1", "全年实施县级重点项目120个以上，完成投资150亿元，力争新开工"
              "亿元以上项目30个。",
         "县发展和改革局", "县财政局、县自然资源局、县住房和城乡建设局，"
                          "各乡镇人民政府", "2025年12月底前"),
        ("2", "积极争取超长期特别国债、地方政府专项债券等政策性资金，全年争取"
              "上级资金30亿元以上。",
         ["县发展和改革局", "县财政局"], "县直各有关单位", None),
        ("3", "加快岩水至临江高速公路岩水段、国道319线岩水段改建工程建设，"
              "年内完成投资8亿元。",
         "县交通运输局", "县自然资源局、县林业局，沿线各乡镇人民政府", None),
        ("4", "开工建设县城区第二水源供水保障工程，推进青龙水库除险加固项目建设。",
         "县水利局", "县发展和改革局、县财政局", "2025年10月底前"),
        ("5", "完成城镇老旧小区改造24个，改造城市燃气、供排水老旧管网35公里。",
         "县住房和城乡建设局", ["县财政局", "县城市管理局", "县城市建设投资集团有限公司"],
         "2025年11月底前"),
        ("6", "盘活批而未供和闲置低效用地1200亩，完成国有土地出让收入12亿元。",
         "县自然资源局", "县财政局、岩水经济开发区管委会", "2025年12月底前"),
    ])
    para(doc, "", indent=False)

    heading("二、壮大实体经济，推动产业升级（牵头县领导：副县长 胡建安）")
    task_table(doc, [
        ("1", "实施规上工业企业“倍增”行动，新增规上工业企业25家，规上工业"
              "增加值增长8%。",
         "县科技和工业信息化局", "县统计局、县税务局、岩水经济开发区管委会",
         "2025年12月底前"),
        ("2", "推动岩水经济开发区扩区调位，新建标准化厂房10万平方米。",
         "岩水经济开发区管委会", "县自然资源局、县住房和城乡建设局", "2025年9月底前"),
        ("3", "支持锂电材料、竹木加工企业开展技术改造和数字化转型，实施技改项目"
              "20个以上。",
         "县科技和工业信息化局", "县发展和改革局、县财政局", "2025年12月底前"),
        ("4", "开展招商引资“攻坚年”活动，全年引进亿元以上项目35个，实际到位"
              "资金80亿元。",
         "县投资促进中心", ["县直各有关单位", "各乡镇人民政府"], None),
        ("5", "实施提振消费专项行动，开展汽车、家电以旧换新，社会消费品零售总额"
              "增长6%。",
         "县商务局", "县财政局、县市场监督管理局、县统计局", None),
        ("6", "推进全域旅游发展，创建国家4A级旅游景区1个，全年接待游客突破"
              "800万人次。",
         "县文化广电旅游体育局", "县交通运输局、县自然资源局，相关乡镇人民政府",
         None),
        ("7", "新增经营主体6000户以上，新培育省级“专精特新”中小企业5家。",
         "县市场监督管理局、县科技和工业信息化局", "无", None),
    ])
    para(doc, "", indent=False)

    heading("三、推进乡村全面振兴（牵头县领导：副县长 罗德昌）")
    task_table(doc, [
        ("1", "稳定粮食播种面积46万亩以上、产量17万吨以上，新建高标准农田2.5万亩。",
         "县农业农村局", "县财政局、县自然资源局、县水利局", "2025年11月底前"),
        ("2", "巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制，确保不发生"
              "规模性返贫致贫。",
         "县农业农村局", "县民政局、县人力资源和社会保障局、县医疗保障局、县教育局",
         "2025年12月底前"),
        ("3", "做强油茶、茶叶、中药材特色产业，新增高产油茶林2万亩。",
         "县林业局", "县农业农村局、县供销合作社", "2025年12月底前"),
        ("4", "实施农村人居环境整治提升行动，农村卫生厕所普及率达到90%以上。",
         "县农业农村局",
         ["县卫生健康局、市生态环境局岩水分局、县住房和城乡建设局", "各乡镇人民政府"],
         "2025年10月底前"),
        ("5", "完成水毁水利设施修复120处，实施农村供水保障工程15处。",
         "县水利局", "县财政局", "2025年5月底前\n（主汛期前）"),
        ("6", "深化农村集体产权制度改革，村级集体经济经营性收入全部达到10万元以上。",
         "县农业农村局", "县财政局，各乡镇人民政府", "2025年12月底前"),
    ])
    para(doc, "", indent=False)

    heading("四、深化改革开放，优化营商环境（牵头县领导：副县长 谭晓芸、"
            "县政府党组成员 何志刚）")
    task_table(doc, [
        ("", "深化“高效办成一件事”改革，年内推出企业和个人全生命周期集成服务事项"
             "20项以上。",
         "县行政审批服务局", "县数据局，县直各有关单位", "2025年12月底前"),
        ("", "开展涉企违规收费和拖欠企业账款专项清理，确保应付尽付。",
         "县财政局、县发展和改革局", "县市场监督管理局、县司法局", "2025年6月底前"),
        ("", "推进县属国有企业整合重组，组建县城市发展集团。",
         "县财政局", "县城市建设投资集团有限公司、县交通建设投资有限公司",
         "2025年9月底前"),
        ("", "落实县领导和部门“一企一策”包联服务机制，帮助企业解决融资、用工、"
             "用地等问题。",
         "县工商业联合会", "县人力资源和社会保障局、县地方金融服务中心",
         "2025年12月底前"),
        ("", "推进政务数据共享和公共数据开放，建成县级一体化政务服务平台。",
         "县数据局", "县行政审批服务局", None),
    ], auto_number=True)
    para(doc, "", indent=False)

    heading("五、用心用情办好民生实事")
    rows5 = [
        ("1", "新建城区公办幼儿园2所，新增公办学位540个。", "梁文斌（副县长）",
         "县教育局", "县住房和城乡建设局、县自然资源局", "2025年8月底前"),
        ("2", "改造提升乡村学校食堂、宿舍15所。", None,
         "县教育局", "县财政局", "2025年8月底前"),
        ("3", "建成县人民医院感染楼，新增床位200张。", None,
         "县卫生健康局", "县人民医院", "2025年12月底前"),
        ("4", "新增城镇就业3000人，开展职业技能培训5000人次。", "卢美玲（副县长）",
         "县人力资源和社会保障局", "县财政局、县农业农村局", "2025年12月底前"),
        ("5", "提高城乡低保标准，建成乡镇区域养老服务中心3个。", None,
         "县民政局", "县财政局，相关乡镇人民政府", "2025年12月底前"),
        ("6", "新建改建农村公路100公里，完成危桥改造10座。", "邓志宏（常务副县长）",
         "县交通运输局", "县财政局，相关乡镇人民政府", "2025年11月底前"),
        ("7", "新增城区公共停车泊位1500个、新能源汽车充电桩300个。",
         "杨振华（副县长、县公安局局长）\n邓志宏（常务副县长）",
         ["县住房和城乡建设局", "县公安局"], "县城市管理局、县发展和改革局",
         "2025年12月底前"),
        ("8", "为65周岁以上老年人免费开展健康体检4万人次。", "梁文斌（副县长）",
         "县卫生健康局", "县医疗保障局，各乡镇人民政府", "2025年10月底前"),
    ]
    t = doc.add_table(rows=2 + len(rows5), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    header_row(t, ["序号", "民生实事项目", "责任县领导", "牵头单位", "配合单位",
                   "完成时限"])
    for i, (no, item, leader, lead, coop, due) in enumerate(rows5, start=1):
        c = t.rows[i].cells
        cell_text(c[0], no, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(c[1], item)
        if leader is not None:
            cell_text(c[2], leader, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(c[3], lead, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(c[4], coop)
        cell_text(c[5], due, align=WD_ALIGN_PARAGRAPH.CENTER)
    # leaders merged down: 1-3 梁文斌, 4-5 卢美玲
    t.cell(1, 2).merge(t.cell(3, 2))
    t.cell(4, 2).merge(t.cell(5, 2))
    # the 注 row across the table
    last = len(rows5) + 1
    note = t.cell(last, 0).merge(t.cell(last, 5))
    cell_text(note, "注：民生实事项目由责任县领导统筹调度，牵头单位每月25日前向"
                    "县政府督查室报送项目进展情况。")
    set_widths(t, [1.2, 8.6, 3.8, 3.6, 5.2, 2.9])
    para(doc, "", indent=False)

    heading("六、工作要求")
    para(doc, "（一）加强统筹调度。各牵头县领导要定期听取分管领域任务推进情况汇报，"
              "及时协调解决重大问题。各牵头单位要制定具体推进方案，于3月15日前"
              "报县政府督查室备案。")
    para(doc, "（二）严格督查考核。县政府督查室会同县委督查室对任务落实情况开展"
              "专项督查，督查结果纳入年度综合绩效考核，对工作推进不力、任务严重"
              "滞后的单位予以通报。")
    para(doc, "", indent=False)

    # 版记 as a table
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    top = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(top, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县人民法院，"
                   "县人民检察院。", size=14)
    cell_text(t.cell(1, 0), "岩水县人民政府办公室", size=14)
    cell_text(t.cell(1, 1), "2025年2月26日印发", size=14,
              align=WD_ALIGN_PARAGRAPH.RIGHT)

    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    return buf


# --------------------------------------------------------------------------
# 2. the clerk's recipe, as the tutorials give it (Windows: text mode, CRLF)
# --------------------------------------------------------------------------
def clerk_recipe(docx_file, txt_path):
    doc = Document(docx_file)
    with open(txt_path, "w", encoding="utf-8", newline="\r\n") as f:
        for p in doc.paragraphs:
            f.write(p.text + "\n")
        for table in doc.tables:
            for row in table.rows:
                f.write("\t".join(cell.text for cell in row.cells) + "\n")
            f.write("\n")


if __name__ == "__main__":
    clerk_recipe(build_docx(), OUT)
    print("wrote", OUT)
