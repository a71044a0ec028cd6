#!/usr/bin/python3
"""Round 131, case 669: a county notice whose Word 97 (.doc) file reaches the reader
through catdoc, the Linux .doc-to-text converter.

Path made for real:
  python-docx  -> 669 .docx (fixed core properties)
  LibreOffice 7.4 headless, filter "MS Word 97"  -> .doc (what county offices still post
      as 附件 and keep in their OA: WPS and Word both save it)
  catdoc 0.95 `catdoc -w -d utf-8 FILE.doc > FILE.txt`  -> the notice (.txt)

`catdoc -w -d utf-8` is the call found in document-ingestion services, resume/HR systems,
full-text indexers and git `textconv` set-ups on Debian-family machines (also the
Debian-based 统信UOS / 银河麒麟 desktops): no wrapping, UTF-8 out.

What catdoc does to the notice (all real, nothing emulated):
  * every paragraph is one line, no indents, no blank lines;
  * the section break before the landscape 附件 and before the 版记 page is a form feed
    that joins the last line of one section to the first line of the next;
  * table cells are parted by TAB, a row ends with a newline; a paragraph or a line break
    inside a cell is a newline too;
  * catdoc reads two cell marks in a row as the row's end, so an EMPTY cell prints no TAB:
    the cells before and after it are parted by a newline (an empty 配合单位 puts the
    完成时限 on the next line; an empty last cell pushes a stray TAB onto the next row;
    two empty cells at the end leave a blank line);
  * the footers come last, with their PAGE field codes printed (`—   PAGE  2  —`).

Run: /usr/bin/python3 make_669.py   (deterministic: the .txt and gold are the same bytes
every run; the .doc itself carries LibreOffice's save time, but catdoc prints none of it).
"""
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "669_fenglan_xian_gzbg_renwu_fengong_catdoc"
NOTICE = os.path.join(HERE, NAME + ".txt")
GOLD = os.path.join(HERE, NAME + ".tasks.gold.jsonl")

ISSUER = "枫岚县人民政府办公室"
DOCNO = "枫政办发〔2025〕7号"
DATE = "2025年3月14日"

COVER = [
    "各乡镇人民政府、街道办事处，县政府各部门、各直属机构：",
    "《2025年枫岚县人民政府工作报告》已经县十八届人大五次会议审议通过。为确保报告确定的各项目标任务落到实处，"
    "经县政府同意，现将《2025年县政府工作报告重点工作任务分工方案》印发给你们，并就有关事项通知如下。",
    "一、压实工作责任。各责任县领导要加强对分管领域重点工作的统筹调度。牵头单位对牵头任务负总责，"
    "牵头单位有两个的，排在第一位的为主牵头单位；配合单位要按照职责分工主动配合、密切协作。"
    "配合单位栏未列单位的，由牵头单位独立负责。",
    "二、细化推进措施。各牵头单位要于2025年3月31日前将任务细化分解方案报县政府督查室，"
    "明确时间表、路线图和责任人，确保每项任务可量化、可考核。",
    "三、强化督查考核。县政府督查室将每季度对重点任务推进情况进行督查通报，督查结果纳入年度目标绩效考核。"
    "工作中遇到的重大问题，要及时向责任县领导报告。（联系人：李　娜，联系电话：7226315）",
]

# Each task: (id, task, leaders, lead, helpers, deadline)
#   task: str, or list of paragraphs, or ("br", first, second) for a line break inside
#   leaders / lead / helpers: str (one paragraph) or list (one paragraph each); "" = empty cell
# Gold lists are given next to each row so that they follow from the printed cells alone.
SECTIONS = [
    ("一、稳增长扩投资（5项）", [
        ("1", "全力扩大有效投资，全年实施省市县重点项目120个以上，完成固定资产投资增长8%以上。",
         "周启明", "县发展和改革局", "县财政局、县自然资源局、县住房和城乡建设局、县统计局", "2025年12月底前"),
        ("2", "积极争取超长期特别国债、地方政府专项债券等政策资金，全年争取上级资金25亿元以上、增长10%。",
         "周启明", ["县财政局", "县发展和改革局"], "县直各有关单位", "2025年12月底前"),
        ("3", "深入开展“招商引资攻坚年”活动，全年新签约亿元以上项目30个，到位资金80亿元以上、增长12%。",
         "林振东、周启明", "县投资促进中心", "县商务局、枫岚经济开发区管委会、各乡镇人民政府（街道办事处）", "持续推进"),
        ("4", "扩大消费需求，落实消费品以旧换新政策，社会消费品零售总额增长6%。",
         "王　勇", "县商务局", "", "2025年12月底前"),
        ("5", "加强经济运行监测调度，建立重点企业、重点项目“一企一策”服务机制，规上企业监测覆盖率达到100%。",
         "周启明", "县统计局", "县发展和改革局、县工业和信息化局", ""),
    ]),
    ("二、推动产业转型升级（5项）", [
        ("6", ["壮大新材料和装备制造产业集群。",
               "推动枫岚经济开发区扩区调位，新增规模以上工业企业15家，规上工业增加值增长9%。"],
         "王　勇", "县工业和信息化局", ["枫岚经济开发区管委会", "县发展和改革局", "县自然资源局"], "2025年12月底前"),
        ("7", "实施数字经济赋能行动，建成5G基站200个，推动30家企业上云用数赋智，数字经济核心产业增加值增长12%。",
         "王　勇", "县数据资源管理局", "县工业和信息化局，中国移动枫岚分公司、中国电信枫岚分公司", "2025年11月底前"),
        ("8", "推进文旅融合发展，创建国家4A级旅游景区1家，全年接待游客突破600万人次、旅游综合收入增长15%。",
         "陈晓燕", "县文化和旅游局", "县交通运输局、县自然资源局、相关乡镇人民政府", "2025年10月底前"),
        ("9", "培育壮大经营主体，新增“四上”企业40家，经营主体总量增长8%以上。",
         "王　勇", "县市场监督管理局", "县统计局、县商务局、县工业和信息化局", "2025年12月底前"),
        ("10", "大力发展现代物流业，建成县域物流配送中心，建制村快递服务通达率达到100%。",
         "陈晓燕", "县商务局", "县交通运输局、中国邮政集团有限公司枫岚县分公司", "2025年9月底前"),
    ]),
    ("三、推进乡村全面振兴（5项）", [
        ("11", "稳定粮食生产，粮食播种面积稳定在52.3万亩，粮食产量稳定在23.5万吨以上。",
         "刘海峰", "县农业农村局", "各乡镇人民政府（街道办事处）", "2025年10月底前"),
        ("12", "新建高标准农田3.5万亩，完成小型水库除险加固8座。",
         "刘海峰", "县农业农村局、县水利局", "县财政局、县自然资源局", "2025年12月底前"),
        ("13", "巩固拓展脱贫攻坚成果，坚决守住不发生规模性返贫致贫底线，脱贫人口人均纯收入增长10%以上。",
         "刘海峰", "县农业农村局", ["县人力资源和社会保障局", "县民政局", "县医疗保障局", "县教育体育局"], "持续推进"),
        ("14", "发展壮大特色产业，新建茶叶、中药材标准化基地2.2万亩，培育市级以上龙头企业5家。",
         "刘海峰", "县农业农村局", "县林业局", ""),
        ("15", "深入推进和美乡村建设，完成农村改厕4000户，农村卫生厕所普及率达到90%。",
         "刘海峰、赵　蕾", "县农业农村局", "县住房和城乡建设局、市生态环境局枫岚分局、各乡镇人民政府（街道办事处）", "2025年11月底前"),
    ]),
    ("四、推进以人为核心的新型城镇化（4项）", [
        ("16", "实施城市更新行动，改造老旧小区42个、城中村2个，新建改造城市道路12.5公里。",
         "赵　蕾", "县住房和城乡建设局", "县自然资源局、县城市管理局、县财政局", "2025年12月底前"),
        ("17", ["加快县域综合交通体系建设。", "推进G352枫岚段改扩建工程，完成农村公路提质改造80.6公里。"],
         "赵　蕾", "县交通运输局", "", "2025年12月底前"),
        ("18", "提升城市精细化管理水平，新增公共停车泊位1500个，完成背街小巷整治30条，城市生活垃圾无害化处理率保持100%。",
         "赵　蕾", "县城市管理局", "县公安局、县住房和城乡建设局", "2025年10月底前"),
        ("19", "推进县城供水、燃气、污水管网更新改造，改造老旧管网65.8公里。",
         "赵　蕾", "县住房和城乡建设局", "县发展和改革局、县水利局、县城市管理局", "2025年12月底前"),
    ]),
    ("五、深化改革扩大开放（4项）", [
        ("20", "持续优化营商环境，深化“高效办成一件事”改革，政务服务事项网上可办率达到98%。",
         "王　勇", "县政务服务管理局", "县数据资源管理局、县市场监督管理局、县直各有关单位", "2025年12月底前"),
        ("21", "深化国有企业改革，推动县属国有企业整合重组和市场化转型，国有企业营业收入增长8%。",
         "周启明", "县财政局", "枫岚县城市建设投资集团有限公司", "2025年6月底前"),
        ("22", "加快外贸转型升级，全年进出口总额增长10%，新增有进出口实绩企业8家。",
         "王　勇", "县商务局", "国家税务总局枫岚县税务局、县工业和信息化局", "2025年12月底前"),
        ("23", "推进农村集体产权制度改革，完成农村承包地确权登记颁证“回头看”，问题整改率达到100%。",
         "刘海峰", "县农业农村局", "", ""),
    ]),
    ("六、加强生态环境保护（3项）", [
        ("24", "深入打好蓝天、碧水、净土保卫战，县城空气质量优良天数比例达到90%以上。",
         "陈晓燕", "市生态环境局枫岚分局",
         "县工业和信息化局、县住房和城乡建设局、县交通运输局、县农业农村局、县公安局", "持续推进"),
        ("25", "全面推行河湖长制，开展河道“清四乱”专项行动，确保国省控断面水质达标率保持100%。",
         "陈晓燕", "县水利局", ["市生态环境局枫岚分局", "各乡镇人民政府（街道办事处）"], "2025年12月底前"),
        ("26", "持续开展国土绿化行动，完成营造林3万亩，森林覆盖率保持在62%以上。",
         ["陈晓燕", "刘海峰"], "县林业局", "县自然资源局、各乡镇人民政府（街道办事处）", "2025年12月底前"),
    ]),
    ("七、持续增进民生福祉（6项）", [
        ("27", ["千方百计稳定和扩大就业创业。",
                "城镇新增就业3200人，农村劳动力转移就业6.5万人，城镇调查失业率控制在5.5%以内。"],
         "赵　蕾", "县人力资源和社会保障局", "县农业农村局、县财政局", "2025年12月底前"),
        ("28", "推进教育优质均衡发展，新建、改扩建中小学校4所，新增学位2400个，学前教育普惠率达到92%。",
         "赵　蕾", "县教育体育局", ["县发展和改革局", "县财政局", "县自然资源局", "县住房和城乡建设局"], "2025年8月底前"),
        ("29", "深化医药卫生体制改革，推进紧密型县域医共体建设，县人民医院创建三级医院，县域就诊率达到90%以上。",
         "赵　蕾", "县卫生健康局", "县医疗保障局、县财政局、县人力资源和社会保障局", "2025年12月底前"),
        ("30", "完善养老服务体系，新建社区嵌入式养老服务中心3个，改造提升乡镇敬老院5所，养老机构护理型床位占比达到60%。",
         "赵　蕾", "县民政局", "", "2025年11月底前"),
        ("31", "统筹发展和安全，深化安全生产治本攻坚三年行动，亿元地区生产总值生产安全事故死亡率下降5%。",
         ["周启明", "孙立军"], "县应急管理局", "县直各有关单位、各乡镇人民政府（街道办事处）", "持续推进"),
        ("32", ("br", "深入推进更高水平平安枫岚建设，", "常态化开展扫黑除恶斗争，命案现案破案率保持100%。"),
         "孙立军", "县公安局", "县司法局、县信访局", "持续推进"),
    ]),
]

FANGSONG = "仿宋_GB2312"


def set_font(run, name=FANGSONG, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", size=16, font=FANGSONG, bold=False, align=None, indent=True, color=None):
    p = doc_or_cell.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def page_footer(section):
    section.footer.is_linked_to_previous = False
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = p.add_run()
        r._r.append(parse_xml(xml % nsdecls("w")))
    set_font(p.add_run("1"), "宋体", 14)
    r = p.add_run()
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    set_font(p.add_run(" —"), "宋体", 14)


def cell_fill(cell, value, size=11, bold_first=False, align=None):
    """value: str | list (a paragraph each) | ("br", a, b) (one paragraph with a line break)."""
    cell.paragraphs[0].paragraph_format.space_after = Pt(0)
    first = cell.paragraphs[0]
    if align is not None:
        first.alignment = align
    if isinstance(value, tuple):
        _, a, b = value
        r = first.add_run(a)
        set_font(r, FANGSONG, size)
        r.add_break()
        set_font(first.add_run(b), FANGSONG, size)
        return
    items = value if isinstance(value, list) else [value]
    for k, text in enumerate(items):
        p = first if k == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        if align is not None:
            p.alignment = align
        if text:
            set_font(p.add_run(text), "黑体" if (bold_first and k == 0) else FANGSONG, size,
                     bold=bold_first and k == 0)


def set_col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def build_docx(path):
    doc = Document()
    cp = doc.core_properties
    cp.author = "县政府办公室"
    cp.last_modified_by = "县政府办公室"
    cp.title = "枫岚县人民政府办公室关于印发2025年县政府工作报告重点工作任务分工方案的通知"
    cp.created = datetime.datetime(2025, 3, 14, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 14, 9, 0, 0)
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""

    s0 = doc.sections[0]
    s0.page_width, s0.page_height = Cm(21), Cm(29.7)
    s0.top_margin, s0.bottom_margin = Cm(3.7), Cm(3.5)
    s0.left_margin, s0.right_margin = Cm(2.8), Cm(2.6)
    page_footer(s0)

    # the python-docx template starts with no paragraph; build the red head
    para(doc, ISSUER + "文件", size=36, font="方正小标宋简体", align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, color="FF0000")
    para(doc, "", indent=False)
    para(doc, DOCNO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    rule = para(doc, "", indent=False)  # red rule as a bottom border
    ppr = rule._p.get_or_add_pPr()
    ppr.append(parse_xml('<w:pBdr %s><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr>'
                         % nsdecls("w")))
    para(doc, "", indent=False)
    t = para(doc, "", size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    r = t.add_run("枫岚县人民政府办公室关于印发2025年县政府工作报告")
    set_font(r, "方正小标宋简体", 22)
    r.add_break()
    set_font(t.add_run("重点工作任务分工方案的通知"), "方正小标宋简体", 22)
    para(doc, "", indent=False)
    para(doc, COVER[0], indent=False)
    for text in COVER[1:]:
        para(doc, text)
    para(doc, "")
    para(doc, "附件：2025年县政府工作报告重点工作任务分工方案")
    para(doc, "")
    para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "（此件公开发布）")

    # landscape section for the 附件
    s1 = doc.add_section(WD_SECTION.NEW_PAGE)
    s1.orientation = WD_ORIENT.LANDSCAPE
    s1.page_width, s1.page_height = Cm(29.7), Cm(21)
    s1.top_margin, s1.bottom_margin = Cm(2.6), Cm(2.4)
    s1.left_margin, s1.right_margin = Cm(2.5), Cm(2.5)
    page_footer(s1)
    para(doc, "附件", font="黑体", indent=False)
    para(doc, "2025年县政府工作报告重点工作任务分工方案", size=22, font="方正小标宋简体",
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "", indent=False)

    header = ["序号", "重点工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]
    widths = [1.4, 10.2, 2.6, 3.6, 4.8, 2.4]
    table = doc.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_fill(table.rows[0].cells[i], h, size=12, bold_first=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    trpr = table.rows[0]._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
    for title, tasks in SECTIONS:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[5])
        cell_fill(merged, title, size=12, bold_first=True)
        for tid, task, leaders, lead, helpers, deadline in tasks:
            row = table.add_row()
            c = row.cells
            cell_fill(c[0], tid, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_fill(c[1], task, bold_first=isinstance(task, list))
            cell_fill(c[2], leaders, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_fill(c[3], lead)
            cell_fill(c[4], helpers)
            cell_fill(c[5], deadline, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_col_widths(table, widths)

    # last page (portrait) with the 版记
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.PORTRAIT
    s2.page_width, s2.page_height = Cm(21), Cm(29.7)
    s2.top_margin, s2.bottom_margin = Cm(3.7), Cm(3.5)
    s2.left_margin, s2.right_margin = Cm(2.8), Cm(2.6)
    page_footer(s2)
    for _ in range(3):
        para(doc, "", indent=False)
    bj = doc.add_table(rows=2, cols=2)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = bj.rows[0].cells[0].merge(bj.rows[0].cells[1])
    cell_fill(top, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县人民法院，县人民检察院。", size=14)
    cell_fill(bj.rows[1].cells[0], ISSUER, size=14)
    cell_fill(bj.rows[1].cells[1], DATE + "印发", size=14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    doc.save(path)


def to_units(value):
    """Units of one cell, in printed order: paragraphs in turn, each split on 、 and ，."""
    items = value if isinstance(value, list) else [value]
    out = []
    for text in items:
        for part in text.replace("，", "、").split("、"):
            part = part.strip()
            if part:
                out.append(part)
    return out


def to_leaders(value):
    items = value if isinstance(value, list) else [value]
    out = []
    for text in items:
        for part in text.split("、"):
            name = part.replace("　", "").strip()
            if name:
                out.append(name)
    return out


def task_text(task):
    if isinstance(task, tuple):
        return task[1] + task[2]
    if isinstance(task, list):
        return "".join(task)
    return task


def gold_rows():
    rows = []
    for _title, tasks in SECTIONS:
        for tid, task, leaders, lead, helpers, deadline in tasks:
            if isinstance(task, list):
                assert len(task[0]) >= 12, task[0]
            if isinstance(task, tuple):
                assert len(task[1]) >= 12, task[1]
            leads = to_units(lead)
            coops = to_units(helpers)
            rows.append({
                "id": tid,
                "marker": tid,
                "head": task_text(task)[:12],
                "responsible_units": leads + coops,
                "lead_units": leads,
                "cooperating_units": coops,
                "leaders": to_leaders(leaders),
                "deadline": deadline or None,
            })
    return rows


def main():
    catdoc = shutil.which("catdoc")
    soffice = shutil.which("soffice")
    if not catdoc or not soffice:
        sys.exit("needs catdoc (apt-get install catdoc) and LibreOffice (soffice)")
    work = tempfile.mkdtemp(prefix="r131_669_")
    try:
        docx_path = os.path.join(work, NAME + ".docx")
        build_docx(docx_path)
        profile = "file://" + os.path.join(work, "lo_profile")
        subprocess.run([soffice, "-env:UserInstallation=" + profile, "--headless",
                        "--convert-to", "doc:MS Word 97", "--outdir", work, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        doc_path = os.path.join(work, NAME + ".doc")
        out = subprocess.run([catdoc, "-w", "-d", "utf-8", doc_path], check=True,
                             stdout=subprocess.PIPE).stdout
        if os.environ.get("KEEP_669_DOC"):
            shutil.copy(doc_path, os.environ["KEEP_669_DOC"])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    # catdoc guesses per 256-byte block whether Word 97 text is UTF-16: a block with no
    # ASCII space, CR or ASCII punctuation is read as 8-bit and comes out as junk (the
    # usual "catdoc 中文乱码"). The targets' `%` and decimal points keep every block of this
    # notice readable; make sure of it, so the notice never carries a garbled block.
    text = out.decode("utf-8")
    pieces = [p for p in COVER]
    for _title, tasks in SECTIONS:
        pieces.append(_title)
        for row in tasks:
            for v in row:
                if isinstance(v, tuple):
                    pieces += list(v[1:])
                elif isinstance(v, list):
                    pieces += v
                elif v:
                    pieces.append(v)
    lost = [p for p in pieces if p not in text]
    junk = sorted({ch for ch in text if "\u0080" <= ch < "\u2000"})
    if lost or junk:
        sys.exit("catdoc garbled part of the text: lost %r, junk %r" % (lost[:3], junk[:10]))
    with open(NOTICE, "wb") as f:
        f.write(out)
    with open(GOLD, "w", encoding="utf-8") as f:
        for row in gold_rows():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote", NOTICE, len(out), "bytes;", GOLD)


if __name__ == "__main__":
    main()
