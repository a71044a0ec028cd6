#!/usr/bin/python3
"""Round 122, case 624: a county notice whose PDF went through poppler's pdftohtml.

Path (all steps run for real):
  Word-style .docx (python-docx)  ->  LibreOffice 7.4 `soffice --convert-to pdf`
  (the clerk's "export as PDF" for the portal)  ->  poppler 22.12
  `pdftohtml -i -noframes P0….pdf P0…` (the stock command-line recipe, no -c / -s),
  as a back-end that gives each PDF attachment an HTML view or feeds a
  full-text index keeps it.

What the path does: body paragraphs become one string each with a `<br/>` at
every printed line end; the landscape task table loses its grid and every cell
is cut into printed lines that are written in y-then-x order, so the lines of
the task, the 配合单位 and the other cells of a row are interleaved
(line 1 of every cell, then line 2 of the cells that have one, …); page breaks
are `<hr/>` + `<a name=N></a>`, the repeated header row and the `— N —` footer
land between the rows, and a row cut by a page goes on after the next header.

Writes 624_maochuan_xian_gzbg_fengong_pdftohtml.html and its gold.
Usage: /usr/bin/python3 make_624.py
"""
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "624_maochuan_xian_gzbg_fengong_pdftohtml"
PDFBASE = "P020250317391526841302"   # TRS-style attachment name on the portal

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

# ---------------------------------------------------------------- the data
# (序号, task text, leaders as printed, lead cell, coop cell, deadline)
PARTS = [
    ("一、稳住经济增长（5项）", [
        ("1", "全力扩大有效投资，全年实施县级重点项目120个以上，固定资产投资增长8%左右。",
         "陈立新", "县发展和改革局",
         "县财政局、县自然资源局、县住房和城乡建设局、县统计局", "2025年12月底前"),
        ("2", "持续抓好项目谋划储备，积极争取超长期特别国债和地方政府专项债券支持，全年储备项目总投资不低于200亿元。",
         "陈立新", "县发展和改革局、县财政局",
         "县级各有关部门，各乡镇（街道）", "2025年12月底前"),
        ("3", "大力提振消费，开展促消费系列活动，打响“泖川好物”品牌，社会消费品零售总额增长6%以上。",
         "王　勇", "县商务局",
         "县文化广电旅游局、县市场监督管理局、县财政局", "持续推进"),
        ("4", "推动外贸提质增效，支持企业参加境内外展会，全年进出口总额突破15亿元。",
         "王　勇", "县商务局",
         "国家税务总局泖川县税务局、县财政局", "2025年12月底前"),
        ("5", "强化要素保障，新增建设用地供应1200亩以上，确保重点项目用地应保尽保。",
         "陈立新", "县自然资源局", "/", "2025年10月底前"),
    ]),
    ("二、发展现代产业（6项）", [
        ("6", "实施工业倍增计划，新培育规模以上工业企业15家以上，规上工业增加值增长9%。",
         "赵宏伟", "县工业和信息化局",
         "县发展和改革局、县科学技术局、县财政局、县统计局、泖川经济开发区管委会", "2025年12月底前"),
        ("7", "推动泖川经济开发区扩区调位，完成标准厂房建设8万平方米。",
         "赵宏伟、陈立新", "泖川经济开发区管委会",
         "县自然资源局、县住房和城乡建设局", "2025年11月底前"),
        ("8", "加快数字经济发展，推动中小企业数字化转型，新建5G基站150个。",
         "赵宏伟", "县工业和信息化局、县数据资源局",
         "中国电信泖川分公司、中国移动泖川分公司", "2025年12月底前"),
        ("9", "壮大文旅产业，推进泖湖国家级旅游度假区创建，全年接待游客增长10%。",
         "刘　芳", "县文化广电旅游局",
         "县发展和改革局、县自然资源局、县交通运输局、泖湖镇人民政府", "持续推进"),
        ("10", "提升现代服务业发展水平，新培育规上服务业企业10家。",
         "王　勇", "县发展和改革局", "县商务局、县统计局", "2025年12月底前"),
        ("11", "强化科技创新引领，高新技术企业总数达到45家，研发经费投入强度提高0.2个百分点。",
         "刘芳", "县科学技术局", "县工业和信息化局、县财政局、县统计局", "2025年12月底前"),
    ]),
    ("三、推进乡村全面振兴（5项）", [
        ("12", "稳定粮食生产，全年粮食播种面积稳定在52万亩以上，总产量保持在20万吨以上。",
         "欧阳春", "县农业农村局", "县自然资源局、县水利局，各乡镇（街道）", "2025年10月底前"),
        ("13", "扎实推进高标准农田建设，新建高标准农田3.2万亩。",
         "欧阳春", "县农业农村局", "县财政局、县水利局、县自然资源局", "2025年12月底前"),
        ("14", "巩固拓展脱贫攻坚成果，守牢不发生规模性返贫致贫底线。",
         "欧阳春", "县农业农村局",
         "县民政局、县人力资源和社会保障局、县医疗保障局、县教育局、县住房和城乡建设局", "持续推进"),
        ("15", "实施农村人居环境整治提升行动，农村卫生厕所普及率达到85%。",
         "欧阳春、马　骏", "县农业农村局、县城市管理局",
         "县生态环境局、各乡镇（街道）", "2025年12月底前"),
        ("16", "深化农村集体产权制度改革，发展壮大村级集体经济。",
         "欧阳春", "县农业农村局", "县委组织部、县财政局", "2025年11月底前"),
    ]),
    ("四、加强城乡建设和生态保护（5项）", [
        ("17", "深入实施城市更新行动，改造老旧小区12个、城中村2个。",
         "马　骏", "县住房和城乡建设局",
         "县财政局、县自然资源局、城关街道办事处", "2025年12月底前"),
        ("18", "完善城乡交通网络，建成泖川至枫林一级公路。",
         "马骏", "县交通运输局", "县自然资源局、县财政局、沿线各乡镇", "2025年12月底前"),
        ("19", "实施城乡供水一体化工程，农村自来水普及率达到92%。",
         "马骏", "县水利局", "县住房和城乡建设局、泖川城投集团", "2025年9月底前"),
        ("20", "持续开展城市精细化管理，完善城市管理网格，推进“智慧城管”平台建设。",
         "马骏", "县城市管理局", "/", "2025年12月底前"),
        ("21", "深入打好蓝天碧水净土保卫战，空气质量优良天数比例保持在90%以上。",
         "马骏", "市生态环境局泖川分局",
         "县住房和城乡建设局、县交通运输局、县农业农村局、县水利局、县自然资源局", "持续推进"),
    ]),
    ("五、增进民生福祉（6项）", [
        ("22", "千方百计稳定和扩大就业，城镇新增就业3000人以上。",
         "刘芳", "县人力资源和社会保障局", "县财政局、县教育局、县农业农村局", "2025年12月底前"),
        ("23", "推进教育优质均衡发展，新建改扩建中小学校4所。",
         "刘芳", "县教育局",
         "县发展和改革局、县财政局、县自然资源局、县住房和城乡建设局", "2025年8月底前"),
        ("24", "深化紧密型县域医共体建设，推动优质医疗资源下沉。",
         "刘芳", "县卫生健康局", "县医疗保障局、县人民医院（县医共体总院）", "2025年12月底前"),
        ("25", "完善养老服务体系，新建村级互助养老服务点20个。",
         "刘芳", "县民政局", "县财政局、各乡镇（街道）", "2025年11月底前"),
        ("26", "扎实办好十件民生实事，确保年内全部完成。",
         "周振华", "县政府办公室", "县级各有关部门", "2025年12月底前"),
        ("27", "加强社会保障兜底，城乡低保标准提高5%。",
         "刘芳", "县民政局", "", "2025年6月底前"),
    ]),
    ("六、提升政府治理效能（5项）", [
        ("28", "持续优化营商环境，全面深化政务服务改革，推进“高效办成一件事”常态化。",
         "陈立新", "县政务服务中心",
         "县市场监督管理局、县数据资源局、县司法局", "持续推进"),
        ("29", "防范化解重大风险，坚决守住不发生区域性系统性风险底线。",
         "陈立新、王　勇", "县财政局、县发展和改革局",
         "国家金融监督管理总局泖川监管支局、县地方金融服务中心", "持续推进"),
        ("30", "统筹发展和安全，深入开展安全生产治本攻坚三年行动。",
         "孙　立", "县应急管理局", "县安委会各成员单位", "持续推进"),
        ("31", "加强法治政府建设，严格规范公正文明执法。",
         "孙立", "县司法局", "县级各行政执法部门", "2025年12月底前"),
        ("32", "坚持政府过紧日子，从严控制一般性支出，“三公”经费只减不增。",
         "陈立新", "县财政局", "县审计局、县级各部门", "持续推进"),
    ]),
]

COVER = [
    "各乡镇人民政府、街道办事处，县政府各部门、各直属机构：",
    "《泖川县2025年〈政府工作报告〉重点工作任务分工方案》已经县人民政府同意，现印发给你们，请结合实际认真抓好贯彻落实。现将有关事项通知如下：",
    "一、提高思想认识。各地各部门要把落实《政府工作报告》作为全年工作的重中之重，逐项细化措施，明确时间节点，确保各项任务按期完成。",
    "二、压实工作责任。“责任县领导”栏所列县领导负责统筹协调、督促推进；“牵头单位”栏所列单位对任务落实负总责，列有两个牵头单位的共同牵头；“配合单位”栏所列单位按照职责分工积极配合，“配合单位”栏为“/”或空白的，由牵头单位单独负责。",
    "三、强化督查问效。县政府督查室将对任务落实情况实行季度调度，各牵头单位于每季度最后一个月25日前将进展情况报县政府督查室（联系人：韩晓燕，电话：0739—6218305）。",
]


# ---------------------------------------------------------------- docx helpers
def set_run_font(run, east, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text, east=FS, size=16, bold=False, align=None,
         indent=True, color=None, space_after=0, line=28):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    if line:
        pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        r = p.add_run(text)
        set_run_font(r, east, size, bold, color)
    return p


def add_page_field(p, size):
    def fld(t):
        r = p.add_run()
        set_run_font(r, FS, size)
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), t)
        r._element.append(e)
    r = p.add_run("— ")
    set_run_font(r, FS, size)
    fld("begin")
    r = p.add_run()
    set_run_font(r, FS, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    fld("separate")
    r = p.add_run("1")
    set_run_font(r, FS, size)
    fld("end")
    r = p.add_run(" —")
    set_run_font(r, FS, size)


def set_cell(cell, text, width, align=WD_ALIGN_PARAGRAPH.LEFT, bold=False, size=10.5):
    cell.width = width
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = 1.0
    if text:
        r = p.add_run(text)
        set_run_font(r, FS, size, bold)


def mark_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trpr.append(e)


WIDTHS = [Cm(1.1), Cm(6.6), Cm(3.1), Cm(5.4), Cm(4.9), Cm(3.4)]
HEAD = ["序号", "重点工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    cp = doc.core_properties
    cp.author = "Administrator"
    cp.last_modified_by = "Administrator"
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.revision = 3
    cp.created = datetime.datetime(2025, 3, 13, 9, 12, 0)
    cp.modified = datetime.datetime(2025, 3, 17, 10, 4, 0)
    cp.last_printed = datetime.datetime(2025, 3, 14, 15, 30, 0)

    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp, 14)

    # 版头
    para(doc, "泖川县人民政府办公室文件", XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, color="FF0000", line=None, space_after=24)
    p = para(doc, "泖政办发〔2025〕7号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, space_after=6)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "18"), ("w:space", "8"), ("w:color", "FF0000")):
        b.set(qn(k), v)
    bdr.append(b)
    ppr.append(bdr)
    para(doc, "", indent=False)
    para(doc, "泖川县人民政府办公室关于印发泖川县2025年《政府工作报告》重点工作任务分工方案的通知",
         XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33, space_after=0)
    para(doc, "", indent=False)
    para(doc, COVER[0], indent=False)
    for t in COVER[1:]:
        para(doc, t)
    para(doc, "")
    para(doc, "附件：泖川县2025年《政府工作报告》重点工作任务分工方案")
    para(doc, "")
    para(doc, "泖川县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p = para(doc, "2025年3月14日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(32)
    para(doc, "（此件公开发布）")

    # 附件 in a landscape section
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21.0)
    s2.top_margin, s2.bottom_margin = Cm(2.6), Cm(2.4)
    s2.left_margin, s2.right_margin = Cm(2.6), Cm(2.6)
    s2.footer_distance = Cm(1.4)
    para(doc, "附件", HT, 16, indent=False)
    para(doc, "泖川县2025年《政府工作报告》重点工作任务分工方案", XBS, 20,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30, space_after=8)

    nrows = 1 + sum(1 + len(ts) for _, ts in PARTS)
    tbl = doc.add_table(rows=nrows, cols=6)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = tbl._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), WIDTHS):
        gc.set(qn("w:w"), str(int(w.twips)))

    C = WD_ALIGN_PARAGRAPH.CENTER
    rows = tbl.rows
    for c, (h, w) in enumerate(zip(HEAD, WIDTHS)):
        set_cell(rows[0].cells[c], h, w, C, bold=True, size=11)
    mark_header(rows[0])
    ri = 1
    for title, tasks in PARTS:
        row = rows[ri]
        for c, w in enumerate(WIDTHS):
            row.cells[c].width = w
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, title, sum(WIDTHS, Cm(0)), bold=True, size=10.5)
        ri += 1
        for (no, text, lead_by, lead, coop, dl) in tasks:
            cells = rows[ri].cells
            vals = [no, text, lead_by, lead, coop, dl]
            aligns = [C, None, C, None, None, C]
            for c, (v, w, a) in enumerate(zip(vals, WIDTHS, aligns)):
                set_cell(cells[c], v, w, a or WD_ALIGN_PARAGRAPH.LEFT)
            ri += 1

    para(doc, "", indent=False)
    para(doc, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县人民法院，县人民检察院。",
         FS, 14, indent=False)
    para(doc, "泖川县人民政府办公室　　　　　　　　　　　　　　　　　　　　2025年3月14日印发",
         FS, 14, indent=False)
    doc.save(path)


# ---------------------------------------------------------------- the path
def build_pdf(workdir):
    """docx -> LibreOffice PDF (dates fixed) in workdir; returns the PDF path."""
    docx_path = os.path.join(workdir, PDFBASE + ".docx")
    build_docx(docx_path)
    prof = os.path.join(workdir, "lo_profile")
    env = dict(os.environ, TZ="Asia/Shanghai", HOME=workdir)
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
                    "--convert-to", "pdf", "--outdir", workdir, docx_path],
                   check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.join(workdir, PDFBASE + ".pdf")
    data = open(pdf, "rb").read()
    # the export time is the only varying byte string pdftohtml prints: fix it
    # (same length, so the xref offsets stay right)
    # LibreOffice writes UTC ("D:…Z'"): 02:05:12Z is 10:05:12 in Beijing
    data = re.sub(rb"(/(?:CreationDate|ModDate)\(D:)\d{14}", rb"\g<1>20250317020512", data)
    open(pdf, "wb").write(data)
    return pdf


def run_pdftohtml(pdf, workdir):
    # run where the files are, with bare names, as a server-side job does
    subprocess.run(["pdftohtml", "-q", "-i", "-noframes", os.path.basename(pdf), PDFBASE],
                   check=True, cwd=workdir)
    return open(os.path.join(workdir, PDFBASE + ".html"), "rb").read()


def gold_records():
    out = []
    for _, tasks in PARTS:
        for (no, text, lead_by, lead, coop, dl) in tasks:
            leads = [u for u in re.split(r"[、，]", lead) if u]
            coops = [u for u in re.split(r"[、，]", coop) if u and u != "/"]
            leaders = [x.replace("　", "") for x in lead_by.split("、") if x]
            out.append({
                "id": no,
                "marker": no,
                "head": text[:12],
                "responsible_units": leads + coops,
                "lead_units": leads,
                "cooperating_units": coops,
                "leaders": leaders,
                "deadline": dl,
            })
    return out


def main():
    work = tempfile.mkdtemp(prefix="m624_")
    try:
        pdf = build_pdf(work)
        html = run_pdftohtml(pdf, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    with open(os.path.join(HERE, NAME + ".html"), "wb") as f:
        f.write(html)
    with open(os.path.join(HERE, NAME + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
        for r in gold_records():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", NAME + ".html", len(html), "bytes;", len(gold_records()), "tasks")


if __name__ == "__main__":
    main()
