#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Notice 533: a 县政府办 notice published on the county portal as a PDF and
read through the portal's 附件在线预览, which is the stock PDF.js 2.2.171 generic
viewer (web/viewer.html?file=...).  The reader scrolls to the last page and
saves the page with Chrome's 另存为 “网页，全部”.

Pipeline (all real tools, nothing hand-made in the text layer):
  1. python-docx writes the Word file (portrait 正文, landscape 附件 table);
  2. LibreOffice exports it to PDF;
  3. headless Chromium opens the real PDF.js 2.2.171 viewer on it (served from
     127.0.0.1), every page is shown once, and the live DOM is taken;
  4. the DOM is written out the way Chrome's “网页，全部” writes it (saved-from
     comment, inserted charset meta, resources under `…_files/`, scripts as
     `.js.下载`, links made absolute to the portal).
Output: 533_zhangpu_xian_gzbg_fenjie_pdfjs_yulan.html next to this script.
"""
import os, re, shutil, subprocess, sys, time, json, socket

HERE = os.path.dirname(os.path.abspath(__file__))
# The work directory (PDFJS_WORK_DIR, else _533work next to this script) must hold ng2/package (the npm
# package ng2-pdfjs-viewer@17.0.3 unpacked: PDF.js 2.2.171's generic viewer) and node_modules/puppeteer-core;
# this script copies its renderer (make_round104_533_render.js) and font aliases (make_round104_533_fonts.conf)
# there. It also needs LibreOffice, node and chromium.
WORK = os.environ.get("PDFJS_WORK_DIR", os.path.join(HERE, "_533work"))
NAME = "533_zhangpu_xian_gzbg_fenjie_pdfjs_yulan.html"

from docx import Document
from docx.shared import Pt, Mm, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

TITLE = "樟浦县人民政府办公室关于印发《樟浦县2025年政府工作报告重点工作任务分解方案》的通知"

SECTIONS = [
    ("一、全力稳住经济增长", [
        ("全年地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长8%，固定资产投资增长7%。",
         "周海峰", "县发展和改革局、县财政局、县统计局、县工业和信息化局", "2025年12月底"),
        ("谋划储备重大项目120个以上，争取超长期特别国债、地方政府专项债券资金15亿元以上。",
         "周海峰", "县发展和改革局、县财政局", "2025年12月底"),
        ("实施“百日攻坚”招商行动，全年引进亿元以上项目30个，实际到位县外资金100亿元。",
         "林佳慧", "县投资促进中心、县商务局、县工业园区管委会", "2025年12月底"),
        ("开展消费品以旧换新，举办“樟浦好物”促消费活动20场以上，社会消费品零售总额增长6.5%。",
         "林佳慧", "县商务局", "2025年12月底"),
        ("落实结构性减税降费政策，清理拖欠企业账款，全年新增经营主体5000户以上。",
         "周海峰、林佳慧", "县财政局、县税务局、县市场监督管理局、县工业和信息化局", "2025年12月底"),
    ]),
    ("二、加快产业转型升级", [
        ("推进县工业园区扩区调区，建成标准化厂房20万平方米，园区规模以上工业产值突破300亿元。",
         "林佳慧", "县工业园区管委会、县自然资源局、县住房和城乡建设局", "2025年11月底"),
        ("实施技术改造项目40个，新增规模以上工业企业25家、专精特新中小企业8家。",
         "林佳慧", "县工业和信息化局、县科学技术局", "2025年12月底"),
        ("培育壮大电子信息、绿色食品两大主导产业，引进上下游配套企业10家以上。",
         "林佳慧", "县工业园区管委会、县工业和信息化局、县投资促进中心", "2025年12月底"),
        ("推进文旅融合发展，创建国家AAAA级旅游景区1个，全年接待游客突破800万人次。",
         "马立新", "县文化广电旅游体育局", "2025年12月底"),
        ("加快发展现代物流，建成县级物流分拨中心和电商直播基地各1个。",
         "林佳慧", "县商务局、县交通运输局", "2025年10月底"),
    ]),
    ("三、全面推进乡村振兴", [
        ("稳定粮食播种面积42万亩以上，粮食总产量保持在17万吨以上。",
         "韦建国", "县农业农村局、各乡镇人民政府", "2025年10月底"),
        ("新建高标准农田3.5万亩，完成耕地“非农化”“非粮化”问题排查整改。",
         "韦建国", "县农业农村局、县自然资源局、县财政局、各乡镇人民政府", "2025年12月底"),
        ("巩固拓展脱贫攻坚成果，守牢不发生规模性返贫底线，脱贫人口人均纯收入增长8%以上。",
         "韦建国", "县农业农村局、县人力资源和社会保障局、县医疗保障局", "2025年12月底"),
        ("实施农村人居环境整治提升行动，农村卫生厕所普及率达到92%。",
         "韦建国", "县农业农村局、县卫生健康局、市生态环境局樟浦分局", "2025年12月底"),
        ("发展壮大村级集体经济，集体经营性收入10万元以上的村占比达到60%。",
         "韦建国", "县农业农村局、县财政局", "2025年12月底"),
    ]),
    ("四、推进城乡融合发展", [
        ("实施城市更新项目18个，改造城镇老旧小区36个、2800户。",
         "邓晓川", "县住房和城乡建设局、县城市管理局、樟城街道办事处", "2025年11月底"),
        ("开工建设滨江大道二期、G235线樟浦过境段改建工程。",
         "邓晓川", "县交通运输局、县住房和城乡建设局、县自然资源局", "2025年12月底"),
        ("开展城乡环境综合整治，争创省级文明城市提名城市。",
         "邓晓川、马立新", "县城市管理局、县住房和城乡建设局、各乡镇人民政府", "2025年12月底"),
        ("深入打好污染防治攻坚战，县城空气质量优良天数比例达到93%，国省控断面水质达标率100%。",
         "邓晓川", "市生态环境局樟浦分局、县水利局、县农业农村局", "2025年12月底"),
        ("全面落实河湖长制，完成中小河流治理12公里、病险水库除险加固5座。",
         "邓晓川", "县水利局", "2025年10月底"),
    ]),
    ("五、持续增进民生福祉", [
        ("城镇新增就业4200人，城镇调查失业率控制在5.5%以内。",
         "马立新", "县人力资源和社会保障局", "2025年12月底"),
        ("新建改扩建中小学、幼儿园6所，新增学位3600个。",
         "马立新", "县教育局、县发展和改革局、县财政局", "2025年9月底"),
        ("推进紧密型县域医共体建设，县人民医院新院区投入使用。",
         "马立新", "县卫生健康局、县医疗保障局", "2025年12月底"),
        ("新建社区嵌入式养老服务中心8个，改造提升农村敬老院8所。",
         "马立新", "县民政局", "2025年12月底"),
        ("办好十件民生实事，确保按期完成、群众满意。",
         "周海峰", "县政府办公室、县财政局、各有关单位", "2025年12月底"),
    ]),
    ("六、加强政府自身建设", [
        ("深化“高效办成一件事”改革，政务服务事项网上可办率达到95%以上。",
         "林佳慧", "县政务服务和数据管理局", "2025年12月底"),
        ("严格落实安全生产责任，开展重点行业领域安全生产治本攻坚。",
         "周海峰", "县应急管理局、县安全生产委员会各成员单位", "2025年12月底"),
        ("坚持政府过紧日子，一般性支出压减5%以上。",
         "周海峰", "县财政局、县直各部门", "2025年12月底"),
    ]),
]


def set_run_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", font=FS, size=16, align=None, indent=False,
         bold=None, color=None, space_line=28, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(space_line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        set_run_font(r, font, size, bold, color)
    return p


def add_page_number_footer(section):
    ft = section.footer
    ft.is_linked_to_previous = False
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    def r(t):
        rr = p.add_run(t)
        set_run_font(rr, "宋体", 14)
        return rr
    r("— ")
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("t", "1"), ("end", None)):
        rr = p.add_run()
        set_run_font(rr, "宋体", 14)
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            rr._element.append(it)
        elif kind == "t":
            rr.text = txt
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            rr._element.append(fc)
    r(" —")


def cell_text(cell, text, font=FS, size=12, align=WD_ALIGN_PARAGRAPH.LEFT, bold=None):
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(20)
    r = p.add_run(text)
    set_run_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def set_cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trPr.append(c)


def build_docx(path):
    doc = Document()
    doc.core_properties.title = TITLE
    doc.core_properties.author = "Administrator"
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(25)
    add_page_number_footer(sec)

    red = RGBColor(0xE6, 0x00, 0x12)
    doc.paragraphs and None
    p = para(doc, "樟浦县人民政府办公室文件", XBS, 36, WD_ALIGN_PARAGRAPH.CENTER,
             color=red, space_line=60, before=40)
    para(doc, "", space_line=28)
    para(doc, "樟政办发〔2025〕5号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER)
    # red rule
    p = para(doc, "", space_line=12)
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "18"), ("w:space", "1"), ("w:color", "E60012")):
        b.set(qn(k), v)
    bdr.append(b)
    pPr.append(bdr)
    para(doc, "", space_line=28)

    para(doc, "樟浦县人民政府办公室", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, space_line=36)
    para(doc, "关于印发《樟浦县2025年政府工作报告", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, space_line=36)
    para(doc, "重点工作任务分解方案》的通知", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, space_line=36)
    para(doc, "", space_line=28)
    para(doc, "各乡镇人民政府、街道办事处，县政府各部门，县直各单位：")
    body = [
        "《樟浦县2025年政府工作报告重点工作任务分解方案》已经县人民政府同意，现印发给你们，请结合实际认真抓好贯彻落实。现就有关事项通知如下：",
    ]
    for t in body:
        para(doc, t, indent=True)
    items = [
        ("一、压实工作责任。", "各责任县领导要加强统筹调度，各责任单位要把重点工作任务纳入本单位年度工作计划，细化工作措施，明确时间节点，确保各项任务按期保质完成。“责任单位”栏中排在第一位的为牵头单位，其他为配合单位。牵头单位要切实履行牵头职责，加强协调，配合单位要积极主动支持，形成工作合力。"),
        ("二、强化跟踪督办。", "县政府督查室要将分解方案确定的各项任务纳入年度督查重点，实行清单化管理。各牵头单位于每季度末月25日前将工作进展情况报县政府督查室，并抄送责任县领导。"),
        ("三、严格考核问责。", "各项任务完成情况纳入全县年度目标管理绩效考核。对工作推进不力、进度严重滞后的，由县政府督查室按程序予以通报。"),
    ]
    for head, t in items:
        p = para(doc, indent=True)
        r = p.add_run(head)
        set_run_font(r, HT, 16)
        r = p.add_run(t)
        set_run_font(r, FS, 16)
    para(doc, "")
    p = para(doc, indent=True)
    r = p.add_run("附件：樟浦县2025年政府工作报告重点工作任务分解方案")
    set_run_font(r, FS, 16)
    para(doc, "")
    para(doc, "")
    para(doc, "樟浦县人民政府办公室", FS, 16, WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(64)
    para(doc, "2025年3月12日", FS, 16, WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(80)
    para(doc, "")
    para(doc, "（此件公开发布）", FS, 16, indent=True)

    # landscape section for the attachment
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Mm(297), Mm(210)
    s2.top_margin, s2.bottom_margin = Mm(28), Mm(26)
    s2.left_margin, s2.right_margin = Mm(26), Mm(24)
    s2.footer_distance = Mm(15)
    add_page_number_footer(s2)

    para(doc, "附件", HT, 16)
    para(doc, "")
    para(doc, "樟浦县2025年政府工作报告重点工作任务分解方案", XBS, 22,
         WD_ALIGN_PARAGRAPH.CENTER, space_line=36)
    para(doc, "", space_line=20)

    widths = [Mm(14), Mm(96), Mm(36), Mm(70), Mm(31)]
    ncols = 5
    table = doc.add_table(rows=1, cols=ncols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["序号", "重点工作任务", "责任县领导", "责任单位", "完成时限"]
    for i, h in enumerate(hdr):
        cell_text(table.rows[0].cells[i], h, HT, 12, WD_ALIGN_PARAGRAPH.CENTER)
    set_repeat_header(table.rows[0])
    n = 0
    for sec_title, tasks in SECTIONS:
        row = table.add_row()
        set_cant_split(row)
        m = row.cells[0].merge(row.cells[ncols - 1])
        cell_text(m, sec_title, HT, 12, WD_ALIGN_PARAGRAPH.LEFT)
        for text, leader, units, due in tasks:
            n += 1
            row = table.add_row()
            set_cant_split(row)
            c = row.cells
            cell_text(c[0], str(n), FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(c[1], text, FS, 12, WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(c[2], leader, FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(c[3], units, FS, 12, WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(c[4], due, FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths):
                c.width = widths[i]
    # grid widths
    tblGrid = table._tbl.tblGrid
    for i, gc in enumerate(tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i].twips)))
    doc.save(path)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def main():
    os.makedirs(WORK, exist_ok=True)
    shutil.copy(os.path.join(HERE, "make_round104_533_render.js"), os.path.join(WORK, "render_533.js"))
    shutil.copy(os.path.join(HERE, "make_round104_533_fonts.conf"), os.path.join(WORK, "fonts.conf"))
    src = os.path.join(WORK, "533_src.docx")
    build_docx(src)
    env = dict(os.environ, FONTCONFIG_FILE=os.path.join(WORK, "fonts.conf"))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", WORK, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    pdf = os.path.join(WORK, "533_src.pdf")
    if "--pdf-only" in sys.argv:
        return
    # site: portal layout
    site = os.path.join(WORK, "site")
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(os.path.join(WORK, "ng2", "package", "pdfjs"), os.path.join(site, "static", "pdfjs"))
    up = os.path.join(site, "zwgk", "tzgg", "202503", "P020250314396512807436.pdf")
    os.makedirs(os.path.dirname(up))
    shutil.copy(pdf, up)
    port = free_port()
    srv = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                            "--directory", site], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.0)
        url = ("http://127.0.0.1:%d/static/pdfjs/web/viewer.html?file="
               "/zwgk/tzgg/202503/P020250314396512807436.pdf" % port)
        out_dom = os.path.join(WORK, "dom.json")
        subprocess.run(["node", os.path.join(WORK, "render_533.js"), url, out_dom], check=True, cwd=WORK)
    finally:
        srv.terminate()
        srv.wait()
    with open(out_dom, encoding="utf-8") as f:
        d = json.load(f)
    html = chrome_save_complete(d, port)
    with open(os.path.join(HERE, NAME), "w", encoding="utf-8", newline="") as f:
        f.write(html)


ORIGIN = "https://www.zhangpu.gov.cn"


def chrome_save_complete(d, port):
    """Write the live DOM the way Chrome's 网页，全部 does."""
    local = "http://127.0.0.1:%d" % port
    title = d["title"]
    files = re.sub(r'[\\/:*?"<>|]', "_", title) + "_files"
    html = d["html"]
    page_url = d["url"].replace(local, ORIGIN)
    # saved resources -> ./X_files/...
    res = {
        'href="viewer.css"': 'href="./%s/viewer.css"' % files,
        'src="../build/pdf.js"': 'src="./%s/pdf.js.下载"' % files,
        'src="viewer.js"': 'src="./%s/viewer.js.下载"' % files,
    }
    for a, b in res.items():
        html = html.replace(a, b)
    # other relative links made absolute
    html = html.replace('href="locale/locale.properties"',
                        'href="%s/static/pdfjs/web/locale/locale.properties"' % ORIGIN)
    html = html.replace(local, ORIGIN)
    # Chrome drops the page's own charset meta and puts its declaration first in head
    html = html.replace('<meta charset="utf-8">', "", 1)
    html = html.replace("<head>", '<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">', 1)
    motw = "\n<!-- saved from url=(%04d)%s -->\n" % (len(page_url), page_url)
    return "<!DOCTYPE html>" + d["before_html"] + motw + html


if __name__ == "__main__":
    main()
