#!/usr/bin/python3
"""Round 121, case 619 (hard): a notice that reached .docx through UOF.

Path: a 2012 county notice drafted in an OpenOffice-derived 国产 office suite
(红旗 RedOffice / 中标普华Office) and saved, as GB/T 20916-2007 then asked, in
UOF 文字处理 format (.uot); in 2025 the county archive batch-converts its
legacy .uot files to .docx with LibreOffice (headless) for the 数字档案馆.

Both steps are run for real with LibreOffice 7.4 (whose "UOF text" filter is
the odf<->uof XSLT filter the OOo-based suites carried):
  1. the drafter's document (built here with python-docx) -> .uot
  2. the .uot -> .docx (MS Word 2007 XML)
The converted file keeps the text but the UOF export drops every vertically
merged cell: rows under a merged 责任领导 cell lose that cell, so their other
cells move one column left and an empty cell pads the row's end; a line break
(Shift+Enter) inside a cell is lost, so the two units it parted run together;
widths become 0. The notice's own numbering 一、二、三、 (Word numbering in the
cover) survives as numbering; the table's 序号 is typed.

Writes 619_tonglong_xian_uof_zhuan_docx_renwu_fenjie.docx and its gold.
Deterministic: fixed core properties, fixed LibreOffice profile, the final zip
rewritten with fixed timestamps.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "619_tonglong_xian_uof_zhuan_docx_renwu_fenjie"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

# ----------------------------------------------------------------- the tasks
# (part heading, [(no, text, leaders_cell, lead_cell, coop_cell, deadline,
#                  merge_leader_with_previous)])
# leaders_cell: list of paragraphs in the cell (None when merged from above)
# coop_cell: list of "runs" parted by a manual line break, or "/" for none
PARTS = [
    ("一、扩大有效投资，增强发展后劲（5项）", [
        (1, "全年完成全社会固定资产投资95亿元，增长30%以上。", ["韩启明"],
         "县发展和改革局", ["县统计局、县财政局、各乡镇人民政府"], "2012年12月底前", False),
        (2, "实施重点项目120个，年度计划投资62亿元，确保沪昆高铁桐泷段征地拆迁按期完成。", None,
         "县发展和改革局", ["县国土资源局、县住房和城乡建设局、县交通运输局"], "2012年12月底前", True),
        (3, "争取中央和省预算内投资项目资金3.5亿元以上。", None,
         "县发展和改革局、县财政局", ["县直各有关单位"], "2012年12月底前", True),
        (4, "全年引进内资42亿元，实际利用外资1800万美元。", ["韩启明", "王　勇"],
         "县招商局", ["县商务局、县工业园区管委会"], "2012年12月底前", False),
        (5, "加快融资平台建设，县城市建设投资有限公司年内融资8亿元以上。", ["韩启明"],
         "县财政局", ["县城市建设投资有限公司、县金融工作办公室"], "2012年10月底前", False),
    ]),
    ("二、推进新型工业化，壮大县域经济（5项）", [
        (6, "规模工业增加值增长20%，新增规模工业企业15家。", ["王　勇"],
         "县经济和信息化局", ["县统计局、县工业园区管委会"], "2012年12月底前", False),
        (7, "加快工业园区基础设施建设，完成园区路网、供水、污水管网建设投资3亿元。", None,
         "县工业园区管委会", ["县住房和城乡建设局、县水利局，县供电公司"], "2012年11月底前", True),
        (8, "扶持中小企业发展，帮助企业争取银行贷款5亿元。", None,
         "县经济和信息化局", ["县金融工作办公室、中国人民银行桐泷县支行"], "全年", True),
        (9, "完成节能减排目标任务，单位GDP能耗下降3.5%。", None,
         "县发展和改革局", ["县经济和信息化局、县环境保护局、县统计局"], "2012年12月底前", True),
        (10, "加快发展商贸物流和旅游业，社会消费品零售总额增长17%。", ["王　勇"],
         "县商务局", ["县旅游局、县统计局"], "2012年12月底前", False),
    ]),
    ("三、加快农业现代化，推进新农村建设（5项）", [
        (11, "粮食播种面积稳定在52万亩以上，总产量达到21万吨。", ["刘晓燕"],
         "县农业局", ["县粮食局、各乡镇人民政府"], "2012年10月底前", False),
        (12, "新建标准化养殖小区20个，生猪出栏突破60万头。", None,
         "县畜牧兽医局", "/", "2012年12月底前", True),
        (13, "除险加固病险水库12座，解决4.2万农村人口饮水安全问题。", None,
         "县水利局", ["县财政局、县卫生局"], "2012年11月底前", True),
        (14, "完成农村危房改造1500户，建设新农村示范村10个。", ["刘晓燕", "马俊峰"],
         "县住房和城乡建设局", ["县农业局", "县扶贫开发办公室、各乡镇人民政府"], "2012年12月底前", False),
        (15, "完成植树造林3.8万亩，森林覆盖率提高到61.5%。", ["刘晓燕"],
         "县林业局", ["各乡镇人民政府"], "2012年4月底前", False),
    ]),
    ("四、推进新型城镇化，提升城乡品位（5项）", [
        (16, "完成县城总体规划修编，启动城东新区控制性详细规划编制。", ["马俊峰"],
         "县规划局", ["县住房和城乡建设局、县国土资源局"], "2012年9月底前", False),
        (17, "新建改造城区道路8条，完成滨河路二期工程。", None,
         "县住房和城乡建设局", ["县交通运输局、县城市建设投资有限公司"], "2012年12月底前", True),
        (18, "开展城区环境综合整治，创建省级卫生县城。", None,
         "县城市管理局", ["县爱国卫生运动委员会办公室、县卫生局、县公安局"], "2012年11月底前", True),
        (19, "建成县城污水处理厂二期和垃圾无害化处理场。", None,
         "县环境保护局、县住房和城乡建设局", ["县财政局"], "2012年10月底前", True),
        (20, "新建通村水泥路200公里，改造县乡公路45公里。", None,
         "县交通运输局", ["县财政局、各乡镇人民政府"], "2012年12月底前", True),
    ]),
    ("五、着力保障和改善民生（6项）", [
        (21, "城镇新增就业3200人，新型农村社会养老保险参保率达到92%。", ["杨　帆"],
         "县人力资源和社会保障局", ["县财政局、各乡镇人民政府"], "2012年12月底前", False),
        (22, "开工建设保障性住房1260套，按时足额发放廉租住房租赁补贴。", None,
         "县住房和城乡建设局", ["县发展和改革局、县财政局、县国土资源局、县民政局"], "2012年11月底前", True),
        (23, "实施学前教育三年行动计划，新建和改扩建公办幼儿园6所。", ["赵文斌"],
         "县教育局", ["县发展和改革局、县财政局、县住房和城乡建设局"], "2012年8月底前", False),
        (24, "巩固新型农村合作医疗制度，参合率稳定在95%以上。", None,
         "县卫生局", ["县财政局"], "2012年6月底前", True),
        (25, "建成乡镇综合文化站5个、农家书屋80个。", None,
         "县文化广电新闻出版局", ["各乡镇人民政府"], "2012年12月底前", True),
        (26, "提高城乡低保标准，城市低保月人均补助水平提高到230元。", ["杨　帆"],
         "县民政局", ["县财政局"], "2012年7月底前", False),
    ]),
    ("六、加强政府自身建设（4项）", [
        (27, "深化行政审批制度改革，行政审批事项办理时限压缩30%以上。", ["韩启明"],
         "县政府办公室", ["县监察局、县政府法制办公室、县政务服务中心"], "2012年9月底前", False),
        (28, "推进政务公开，完善县政府门户网站信息公开目录。", None,
         "县政府办公室", ["县直各单位"], "全年", True),
        (29, "严格执行“收支两条线”规定，一般性支出压缩5%。", ["周立新"],
         "县财政局", ["县审计局、县监察局"], "2012年12月底前", False),
        (30, "加强安全生产监管，坚决遏制重特大安全事故发生。", ["韩启明、赵文斌"],
         "县安全生产监督管理局", ["县公安局、县交通运输局、县质量技术监督局、各乡镇人民政府"], "全年", False),
    ]),
]


# ------------------------------------------------------------- docx helpers
def set_font(run, east="仿宋_GB2312", size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    rfonts.set(qn("w:eastAsia"), east)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", east="仿宋_GB2312", size=16, bold=False, align=None,
         first_indent=True, color=None, space_after=0, line=None):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    if line:
        pf.line_spacing = Pt(line)
    if first_indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    absx = ('<w:abstractNum %s w:abstractNumId="90"><w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/></w:rPr></w:lvl></w:abstractNum>') % W
    numbering.insert(0, parse_xml(absx))
    numbering.append(parse_xml('<w:num %s w:numId="90"><w:abstractNumId w:val="90"/></w:num>' % W))


def numbered(p):
    pPr = p._p.get_or_add_pPr()
    pPr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>' % W))


def bottom_border(p, color="FF0000", sz=18):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml('<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
                         % (W, sz, color)))


def top_bottom_border(p):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml('<w:pBdr %s><w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/>'
                         '<w:bottom w:val="single" w:sz="8" w:space="1" w:color="000000"/></w:pBdr>' % W))


def page_field_footer(section):
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    fld = parse_xml('<w:fldSimple %s w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="28"/></w:rPr>'
                    '<w:t>1</w:t></w:r></w:fldSimple>' % W)
    p._p.append(fld)
    set_font(p.add_run(" —"), "宋体", 14)


def cell_text(cell, paragraphs, size=12, east="仿宋_GB2312", bold=False, center=False, breaks=None):
    """paragraphs: list of paragraph texts; breaks: list of runs parted by w:br (one paragraph)."""
    first = cell.paragraphs[0]
    items = paragraphs
    for k, t in enumerate(items):
        p = first if k == 0 else cell.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if isinstance(t, list):          # runs parted by a manual line break
            for j, seg in enumerate(t):
                r = p.add_run(seg)
                set_font(r, east, size, bold)
                if j < len(t) - 1:
                    r.add_break(WD_BREAK.LINE)
        else:
            set_font(p.add_run(t), east, size, bold)


# ------------------------------------------------------- the drafter's file
def build_source(path):
    doc = Document()
    cp = doc.core_properties
    cp.author = "县政府办文书科"
    cp.last_modified_by = "县政府办文书科"
    cp.title = "桐政办发〔2012〕18号"
    cp.subject = ""
    cp.comments = ""
    cp.keywords = ""
    cp.created = datetime.datetime(2012, 3, 19, 16, 40, 0)
    cp.modified = datetime.datetime(2012, 3, 20, 9, 12, 0)
    cp.last_printed = datetime.datetime(2012, 3, 20, 9, 15, 0)
    cp.revision = 6

    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    add_numbering(doc)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    page_field_footer(sec)

    # 版头
    para(doc, "桐泷县人民政府办公室文件", "方正小标宋简体", 36, align=WD_ALIGN_PARAGRAPH.CENTER,
         first_indent=False, color="FF0000", space_after=24)
    p = para(doc, "桐政办发〔2012〕18号", align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    bottom_border(p)
    para(doc, "", first_indent=False)
    # 标题
    para(doc, "桐泷县人民政府办公室", "方正小标宋简体", 22, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    para(doc, "关于印发2012年县《政府工作报告》重点工作", "方正小标宋简体", 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    para(doc, "任务分解表的通知", "方正小标宋简体", 22, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    para(doc, "", first_indent=False)
    para(doc, "各乡镇人民政府，县政府各部门，县直及驻县各单位：", first_indent=False)
    para(doc, "县第十六届人民代表大会第一次会议审议通过的《政府工作报告》，确定了今年全县经济社会发展的"
              "主要目标和重点工作。为确保各项目标任务落到实处，经县人民政府同意，现将《2012年县〈政府工作报告〉"
              "重点工作任务分解表》印发给你们，并就有关事项通知如下：")
    p = para(doc, "加强组织领导。", first_indent=True)
    numbered(p)
    set_font(p.add_run("各责任领导要加强对分管工作的统筹调度，及时研究解决工作推进中的重大问题。牵头单位对所牵头的"
                       "工作负总责，要主动加强与配合单位的沟通衔接；牵头单位有两个的，排在第一位的为主牵头单位。"
                       "配合单位要积极支持、密切配合，确保各项工作任务按时完成。"), "仿宋_GB2312", 16)
    p = para(doc, "制定推进方案。", first_indent=True)
    numbered(p)
    set_font(p.add_run("各牵头单位要对照分解表，将所牵头的工作任务进一步细化量化，明确时间进度和具体责任人，"
                       "于4月10日前将推进方案报县政府督查室。"), "仿宋_GB2312", 16)
    p = para(doc, "强化督查考核。", first_indent=True)
    numbered(p)
    set_font(p.add_run("县政府督查室要加强跟踪督办，各牵头单位于每季度末月25日前将工作进展情况书面报县政府督查室"
                       "（联系人：孟庆丰，电话：7512306）。督查情况将作为年度目标管理考核的重要依据。"),
             "仿宋_GB2312", 16)
    para(doc, "", first_indent=False)
    para(doc, "附件：2012年县《政府工作报告》重点工作任务分解表")
    para(doc, "", first_indent=False)
    para(doc, "", first_indent=False)
    para(doc, "桐泷县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    para(doc, "2012年3月20日　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    para(doc, "", first_indent=False)
    para(doc, "（此件公开发布）")

    # 附件 in a landscape section
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    new.top_margin, new.bottom_margin = Cm(2.5), Cm(2.5)
    new.left_margin, new.right_margin = Cm(2.5), Cm(2.5)
    para(doc, "附件", "黑体", 16, first_indent=False)
    para(doc, "2012年县《政府工作报告》重点工作任务分解表", "方正小标宋简体", 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, space_after=12)

    nrows = 1 + sum(1 + len(ts) for _, ts in PARTS)
    table = doc.add_table(rows=nrows, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.3), Cm(9.6), Cm(2.6), Cm(4.2), Cm(5.6), Cm(2.4)]
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    hdr = ["序号", "工作任务", "责任领导", "牵头单位", "配合单位", "完成时限"]
    for c, h in enumerate(hdr):
        cell_text(table.cell(0, c), [h], 12, "黑体", center=True)
    trPr = table.rows[0]._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % W))
    r = 1
    for head, tasks in PARTS:
        m = table.cell(r, 0).merge(table.cell(r, 5))
        cell_text(m, [head], 12, "黑体")
        r += 1
        merge_start = None
        for (no, text, leaders, lead, coop, dl, merged) in tasks:
            cell_text(table.cell(r, 0), [str(no)], 12, center=True)
            cell_text(table.cell(r, 1), [text], 12)
            if not merged:
                cell_text(table.cell(r, 2), leaders, 12, center=True)
                merge_start = r
            else:
                table.cell(merge_start, 2).merge(table.cell(r, 2))
            cell_text(table.cell(r, 3), [lead], 12)
            if coop == "/":
                cell_text(table.cell(r, 4), ["/"], 12, center=True)
            elif len(coop) == 1:
                cell_text(table.cell(r, 4), [coop[0]], 12)
            else:
                cell_text(table.cell(r, 4), [coop], 12)   # one paragraph, runs parted by w:br
            cell_text(table.cell(r, 5), [dl], 12, center=True)
            r += 1

    # 版记 back in portrait
    last = doc.add_section()
    last.orientation = WD_ORIENT.PORTRAIT
    last.page_width, last.page_height = Cm(21), Cm(29.7)
    last.top_margin, last.bottom_margin = Cm(3.7), Cm(3.5)
    last.left_margin, last.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(3):
        para(doc, "", first_indent=False)
    p = para(doc, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。", size=14,
             first_indent=False)
    top_bottom_border(p)
    p = para(doc, "桐泷县人民政府办公室　　　　　　　　　2012年3月20日印发", size=14, first_indent=False)
    bottom_border(p, "000000", 8)
    para(doc, "（共印120份）", size=14, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    doc.save(path)


# ------------------------------------------------------------ LibreOffice
def soffice(args, profile):
    cmd = ["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--norestore"] + args
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=dict(os.environ, TZ="Asia/Shanghai", LC_ALL="C.UTF-8", SOURCE_DATE_EPOCH="1331956800"))


FIXED = (2025, 11, 18, 10, 30, 0)


def normalize_docx(src, dst):
    """Rewrite the zip with fixed timestamps; pin the conversion time in docProps."""
    zin = zipfile.ZipFile(src)
    zout = zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED)
    for info in zin.infolist():
        data = zin.read(info.filename)
        if info.filename == "docProps/core.xml":
            s = data.decode("utf-8")
            s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2025-11-18T10:30:00Z\2", s)
            data = s.encode("utf-8")
        if info.filename == "docProps/app.xml":
            s = data.decode("utf-8")
            s = re.sub(r"<TotalTime>\d+</TotalTime>", "<TotalTime>0</TotalTime>", s)
            data = s.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, data)
    zout.close()


# ------------------------------------------------------------------ gold
def gold_records():
    out = []
    for head, tasks in PARTS:
        cur = None
        for (no, text, leaders, lead, coop, dl, merged) in tasks:
            if not merged:
                cur = []
                for cellpara in leaders:
                    for nm in cellpara.split("、"):
                        cur.append(nm.replace("　", "").strip())
            leads = lead.split("、")
            if coop == "/":
                coops = []
            else:
                coops = []
                for seg in coop:
                    for u in re.split("[、，]", seg):
                        coops.append(u)
            out.append({
                "id": str(no),
                "marker": str(no),
                "head": text[:12],
                "responsible_units": leads + coops,
                "lead_units": leads,
                "cooperating_units": coops,
                "leaders": list(cur),
                "deadline": dl,
            })
    return out


def main():
    work = tempfile.mkdtemp(prefix="mk619_")
    profile = os.path.join(work, "profile")
    try:
        src = os.path.join(work, "tongzhengbanfa_2012_18.docx")
        build_source(src)
        soffice(["--convert-to", "uot:UOF text", "--outdir", work, src], profile)
        uot = os.path.join(work, "tongzhengbanfa_2012_18.uot")
        conv = os.path.join(work, "conv")
        os.makedirs(conv)
        soffice(["--convert-to", "docx:MS Word 2007 XML", "--outdir", conv, uot], profile)
        notice = os.path.join(HERE, BASE + ".docx")
        normalize_docx(os.path.join(conv, "tongzhengbanfa_2012_18.docx"), notice)
        if "--keep" in sys.argv:
            shutil.copy(uot, os.path.join(HERE, "619_intermediate.uot"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    with open(os.path.join(HERE, BASE + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
        for rec in gold_records():
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", BASE + ".docx", "and", BASE + ".tasks.gold.jsonl")


if __name__ == "__main__":
    main()
