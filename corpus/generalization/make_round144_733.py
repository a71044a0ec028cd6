#!/usr/bin/python3
"""make_733.py - round 144, notice 733.

A county 县政府办 red-header Word notice (莼政办发〔2025〕9号) with its 附件 task table, as a clerk's
Emacs/org-roam notebook holds it after `pandoc -f docx -t org` (Debian pandoc 2.17.1.1, run here).

Writes, in the folder of this script:
  733_source.docx                          the Word file (python-docx, fixed core properties, fixed zip dates)
  733_chunhu_xian_gzbg_renwu_fengong.org   the notice under test: pandoc's output, byte for byte
  733.tasks.gold.jsonl                     the gold list, from TASKS below

Deterministic: running it twice gives the same bytes (checked with sha256sum).
"""
import datetime
import io
import json
import os
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "733_source.docx")
NOTICE = os.path.join(HERE, "733_chunhu_xian_gzbg_renwu_fengong.org")
GOLD = os.path.join(HERE, "733.tasks.gold.jsonl")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

# ---------------------------------------------------------------------------------------------
# The one structured description of the notice.
#   leaders: list of cell paragraphs (each paragraph a string as typed, padding included)
#   lead / coop: list of cell paragraphs as typed
#   task: list of cell paragraphs; a paragraph may be a list of (text, bold) runs
# ---------------------------------------------------------------------------------------------
SECTIONS = [
    ("一、主要预期目标", [
        dict(task=["全县地区生产总值增长6%左右。"], leaders=["周　翔"],
             lead=["县发展和改革局"], coop=["县统计局，各乡（镇）人民政府"], due="2025年12月底前"),
        dict(task=["一般公共预算收入增长5%，税收占比稳定在70%以上。"], leaders=["周　翔"],
             lead=["县财政局"], coop=["县税务局"], due="2025年12月底前"),
        dict(task=["城镇、农村居民人均可支配收入分别增长5.5%和7%左右。"], leaders=["周　翔", "郑晓岚"],
             lead=["县人力资源和社会保障局", "县农业农村局"], coop=["县统计局"], due="2025年12月底前"),
    ]),
    ("二、扩大有效投资", [
        dict(task=["实施重点项目120个，年度完成投资150亿元以上，固定资产投资增长7%。"], leaders=["周　翔"],
             lead=["县发展和改革局"], coop=["县重点项目服务中心、县自然资源局、县住房和城乡建设局"],
             due="2025年12月底前"),
        dict(task=["积极争取超长期特别国债和地方政府专项债券资金8亿元以上。"], leaders=["周　翔"],
             lead=["县财政局、县发展和改革局"], coop=["县直各相关部门"], due="年底前"),
        dict(task=["坚持“四个一”项目推进机制，落实县领导包联重点项目制度，每月开展一次项目观摩评比。"],
             leaders=["周　翔"], lead=["县重点项目服务中心"], coop=["无"], due="长期坚持"),
        dict(task=["开工建设莼湖大道东延工程，建成G235线莼湖过境段改线工程。"], leaders=["贺　东"],
             lead=["县交通运输局"], coop=["县自然资源局、县林业局、沿线乡（镇）人民政府"], due="2025年10月底前"),
        dict(task=["改造城区老旧小区23个、城中村1个，新建改造城市燃气管网28公里。"], leaders=["贺　东"],
             lead=["县住房和城乡建设局"], coop=["县财政局、城关镇人民政府"], due="2025年11月底前"),
        dict(task=["推动莼湖经济开发区扩区调位，完成开发区总体规划修编报批。"], leaders=["周　翔", "唐新民"],
             lead=["莼湖经济开发区管委会"], coop=["县自然资源局、县发展和改革局"], due="2025年9月底前"),
    ]),
    ("三、产业发展", [
        dict(task=[[("推动工业提质增效。", True), ("全年规上工业增加值增长8%以上，新增规上工业企业15家。", False)]],
             leaders=["唐新民"], lead=["县工业和信息化局"], coop=["县统计局、县市场监督管理局"], due="2025年12月底前"),
        dict(task=["做大做强新材料、绿色食品两大主导产业，新材料产业产值突破60亿元。"], leaders=["唐新民"],
             lead=["县工业和信息化局"], coop=["莼湖经济开发区管委会"], due="持续推进"),
        dict(task=["实施文旅融合发展行动，创建国家4A级旅游景区1个，全年接待游客650万人次以上。"], leaders=["郑晓岚"],
             lead=["县文化广电和旅游局"], coop=["县发展和改革局、县财政局、青石镇人民政府"], due="2025年12月底前"),
        dict(task=["加快县域商业体系建设，新建乡镇商贸中心3个、村级寄递物流综合服务站40个。"], leaders=["唐新民"],
             lead=["县商务局"], coop=["县供销合作社联合社、县邮政分公司"], due="2025年11月底前"),
        dict(task=["稳定粮食生产，粮食播种面积稳定在52万亩以上，总产量保持在21万吨以上。"], leaders=["杨宏亮"],
             lead=["县农业农村局"], coop=["各乡（镇）人民政府"], due="2025年10月底前"),
        dict(task=["新建高标准农田3.2万亩，实施耕地提质改造项目5个。"], leaders=["杨宏亮"],
             lead=["县农业农村局"], coop=["县财政局、县自然资源局、县水利局"], due="2025年12月底前"),
        dict(task=["深入实施乡村建设行动，推进宜居宜业和美乡村建设。",
                   "（1）创建省级和美乡村示范村8个；（2）完成农村户厕改造2000户。"],
             leaders=["杨宏亮"], lead=["县农业农村局"],
             coop=["县卫生健康局、县住房和城乡建设局、各乡（镇）人民政府"], due="2025年12月底前"),
    ]),
    ("四、改革开放", [
        dict(task=["深化“高效办成一件事”改革，新增集成服务事项12项，政务服务事项全程网办率达到90%以上。"],
             leaders=["周　翔"], lead=["县政务服务和数据管理局"], coop=["县直各相关部门"], due="2025年12月底前"),
        dict(task=["持续优化营商环境，全面落实公平竞争审查制度，开展涉企违规收费专项整治。"], leaders=["周　翔"],
             lead=["县发展和改革局"], coop=["县市场监督管理局、县司法局、县政务服务和数据管理局"], due="持续推进"),
        dict(task=["深化国资国企改革，完成县属国有企业整合重组，组建县国有资本投资运营集团。"], leaders=["周　翔"],
             lead=["县财政局（县国资办）"], coop=["县城市建设投资集团有限公司"], due="2025年6月底前"),
        dict(task=["全年引进亿元以上项目30个，到位省外资金120亿元以上。"], leaders=["唐新民", "周　翔"],
             lead=["县投资促进中心"], coop=["莼湖经济开发区管委会、各乡（镇）人民政府、县直各相关部门"],
             due="2025年12月底前"),
        dict(task=["稳住外贸基本盘，实现进出口总额8亿元。"], leaders=["唐新民"],
             lead=["县商务局"], coop=["县税务局、县财政局"], due="年底前"),
    ]),
    ("五、民生保障", [
        dict(task=["城镇新增就业3200人，城镇调查失业率控制在5.5%以内，零就业家庭动态清零。"], leaders=["郑晓岚"],
             lead=["县人力资源和社会保障局"], coop=["各乡（镇）人民政府"], due="2025年12月底前"),
        dict(task=["建成城区第三小学、莼湖中学扩建工程，新增学位1800个。"], leaders=["郑晓岚"],
             lead=["县教育体育局"], coop=["县发展和改革局、县财政局、县自然资源局、县住房和城乡建设局"],
             due="2025年8月底前"),
        dict(task=["推进紧密型县域医共体建设，县人民医院创建三级医院。"], leaders=["郑晓岚"],
             lead=["县卫生健康局"], coop=["县医疗保障局、县财政局"], due="持续推进"),
        dict(task=["新建乡镇区域养老服务中心3个，发展老年助餐点20个。"], leaders=["郑晓岚"],
             lead=["县民政局"], coop=["县财政局"], due="2025年10月底前"),
        dict(task=["深入开展安全生产治本攻坚三年行动，坚决遏制较大以上生产安全事故。"], leaders=["覃　睿、贺　东"],
             lead=["县应急管理局"], coop=["县安全生产委员会各成员单位"], due="长期坚持"),
        dict(task=["常态化开展扫黑除恶斗争，严厉打击电信网络诈骗等违法犯罪。"], leaders=["覃　睿"],
             lead=["县公安局"], coop=["县人民法院、县人民检察院、县司法局"], due="长期坚持"),
        dict(task=["PM2.5平均浓度控制在33微克/立方米以内，空气质量优良天数比例达到85%以上。"], leaders=["贺　东"],
             lead=["市生态环境局莼湖分局"], coop=["县住房和城乡建设局、县交通运输局、县农业农村局等"],
             due="2025年12月底前"),
        dict(task=["全面落实河湖长制，莼溪出境断面水质稳定达到Ⅲ类。"], leaders=["杨宏亮"],
             lead=["县水利局"], coop=["县林业局、各乡（镇）人民政府"], due="持续推进"),
    ]),
    ("六、政府自身建设", [
        dict(task=["严格落实过紧日子要求，一般性支出压减5%以上。"], leaders=["周　翔"],
             lead=["县财政局"], coop=["县直各部门"], due="年底前"),
        dict(task=["推进法治政府建设，重大行政决策合法性审查率达到100%。"], leaders=["覃　睿"],
             lead=["县司法局"], coop=["/"], due="持续推进"),
        dict(task=["抓好审计发现问题整改，建立整改清单和销号台账。"], leaders=["马　骁"],
             lead=["县审计局"], coop=["县直各相关部门"], due="持续推进"),
    ]),
]

ISSUER = "莼湖县人民政府办公室"
DOCNO = "莼政办发〔2025〕9号"
DATE = "2025年3月14日"
ATT_TITLE = "2025年县《政府工作报告》重点工作任务分工"


def units_of(cell_paras):
    """Split cell paragraphs into units the way the notice prints them (、 ， ；), dropping 等 and 无 and /."""
    out = []
    for para in cell_paras:
        cur, depth = "", 0
        for ch in para:
            if ch in "（(":
                depth += 1
            elif ch in "）)":
                depth -= 1
            if depth == 0 and ch in "、，；":
                out.append(cur)
                cur = ""
            else:
                cur += ch
        out.append(cur)
    res = []
    for u in out:
        u = u.strip()
        if u.endswith("等"):
            u = u[:-1]
        if u and u not in ("无", "/"):
            res.append(u)
    return res


def task_text(paras):
    out = []
    for p in paras:
        out.append(p if isinstance(p, str) else "".join(t for t, _ in p))
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Word file
# ---------------------------------------------------------------------------------------------
def set_font(run, east="仿宋_GB2312", size=16, bold=None, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.name = ascii_font
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    rfonts.set(qn("w:eastAsia"), east)
    if bold is not None:
        run.bold = bold
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", east="仿宋_GB2312", size=16, align=None, indent=True, bold=None,
         color=None, space_after=0, line=Pt(28)):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if line is not None:
        pf.line_spacing = line
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def add_numbering(doc):
    num = doc.part.numbering_part.element
    # 一、 二、 三、 for the cover rules (Word's 中文编号), and 1 2 3 for the 序号 column
    num.insert(0, parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="60"><w:nsid w:val="3A1F6C21"/>'
        '<w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="5B2E8C14"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/></w:rPr></w:lvl></w:abstractNum>'))
    num.insert(1, parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="61"><w:nsid w:val="6C0D4E97"/>'
        '<w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="0D3A91F2"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1"/><w:lvlJc w:val="center"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl></w:abstractNum>'))
    num.append(parse_xml(f'<w:num {W} w:numId="60"><w:abstractNumId w:val="60"/></w:num>'))
    num.append(parse_xml(f'<w:num {W} w:numId="61"><w:abstractNumId w:val="61"/></w:num>'))


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))


def cell_paras(cell, paras, align, bold=False, size=12):
    first = True
    for ptxt in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(18)
        runs = [(ptxt, bold)] if isinstance(ptxt, str) else ptxt
        for t, b in runs:
            set_font(p.add_run(t), "仿宋_GB2312", size, bold=b or None)


def set_cell_width(cell, cm):
    cell.width = Cm(cm)


def build_docx():
    doc = Document()
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 3, 14, 9, 12, 0)
    cp.author = "县政府办秘书科"
    cp.last_modified_by = "县政府办秘书科"
    cp.created = fixed
    cp.modified = datetime.datetime(2025, 3, 14, 16, 40, 0)
    cp.last_printed = datetime.datetime(2025, 3, 14, 16, 35, 0)
    cp.revision = 7
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    add_numbering(doc)
    # drop the template's empty first paragraph, if any
    body = doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)

    red = RGBColor(0xFF, 0x00, 0x00)
    para(doc, ISSUER + "文件", "方正小标宋简体", 42, WD_ALIGN_PARAGRAPH.CENTER, False, color=red, line=None)
    para(doc, "", indent=False)
    p = para(doc, DOCNO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    # the red rule under the 文号
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {W}><w:bottom w:val="single" w:sz="18" w:space="6" w:color="FF0000"/></w:pBdr>'))
    para(doc, "", indent=False)
    # title over two lines (a manual line break)
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(34))
    r = p.add_run(ISSUER)
    set_font(r, "方正小标宋简体", 22)
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run("关于印发" + ATT_TITLE + "的通知"), "方正小标宋简体", 22)
    para(doc, "", indent=False)
    para(doc, "各乡（镇）人民政府，莼湖经济开发区管委会，县人民政府各部门、各直属机构：", indent=False)
    para(doc, "经县人民政府同意，现将《" + ATT_TITLE.replace("《", "〈").replace("》", "〉")
         + "》印发给你们，请结合实际，认真抓好贯彻落实。现就有关事项通知如下：")
    rules = [
        ("提高思想认识。", "《政府工作报告》是县人民代表大会审议通过的全年工作目标，各乡镇、各部门要把抓好《政府工作报告》"
         "重点工作任务落实作为检验工作成效的重要标尺，细化措施、压实责任，确保各项任务按时保质完成。"),
        ("压实工作责任。", "各责任县领导要加强统筹调度，定期研究解决任务推进中的困难和问题。表中“牵头单位”为该项任务的主要"
         "责任单位，牵头单位有两个及以上的，排在第一位的为总牵头单位，负责统筹协调……其他牵头单位按职责抓好落实；"
         "“配合单位”要主动对接、密切配合，不得推诿扯皮。"),
        ("强化督查考核。", "各牵头单位要于每季度最后一个月20日前将任务推进情况报送县政府督查室——逾期未报、进度滞后的，"
         "纳入年度目标管理绩效考核扣分事项。联系人：何雯；联系电话：0798-6213570。"),
    ]
    for lead_in, rest in rules:
        p = para(doc, "")
        set_num(p, 60)
        set_font(p.add_run(lead_in), "黑体", 16)
        set_font(p.add_run(rest), "仿宋_GB2312", 16)
    para(doc, "", indent=False)
    para(doc, "附件：" + ATT_TITLE)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "", indent=False)
    para(doc, "（此件公开发布）")

    # landscape section for the 附件
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    new.top_margin, new.bottom_margin = Cm(2.8), Cm(2.6)
    new.left_margin, new.right_margin = Cm(3.2), Cm(3.0)
    para(doc, "附件", "黑体", 16, indent=False)
    para(doc, "", indent=False)
    h = doc.add_heading("", level=1)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(h.add_run(ATT_TITLE), "方正小标宋简体", 22, color=RGBColor(0, 0, 0))
    para(doc, "", indent=False)

    ntask = sum(len(t) for _, t in SECTIONS)
    # one spare empty row left at the foot of the table, as typed tables often keep
    table = doc.add_table(rows=1 + len(SECTIONS) + ntask + 1, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [1.4, 9.0, 2.4, 3.6, 4.6, 2.5]
    hdr = ["序号", "重点任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]
    row0 = table.rows[0]
    row0._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {W}/>'))
    for i, t in enumerate(hdr):
        cell_paras(row0.cells[i], [t], WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    r = 1
    for title, tasks in SECTIONS:
        row = table.rows[r]
        m = row.cells[0].merge(row.cells[5])
        cell_paras(m, [f"{title}（共{len(tasks)}项）"], WD_ALIGN_PARAGRAPH.LEFT, bold=True)
        r += 1
        for t in tasks:
            cells = table.rows[r].cells
            cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_num(cells[0].paragraphs[0], 61)
            cell_paras(cells[1], t["task"], WD_ALIGN_PARAGRAPH.JUSTIFY)
            cell_paras(cells[2], t["leaders"], WD_ALIGN_PARAGRAPH.CENTER)
            cell_paras(cells[3], t["lead"], WD_ALIGN_PARAGRAPH.CENTER)
            cell_paras(cells[4], t["coop"], WD_ALIGN_PARAGRAPH.CENTER)
            cell_paras(cells[5], [t["due"]], WD_ALIGN_PARAGRAPH.CENTER)
            r += 1
    for row in table.rows:
        for i, c in enumerate(row.cells):
            set_cell_width(c, widths[i])

    # 版记 on the last page: a borderless two-row table, no header look
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    bj = doc.add_table(rows=2, cols=1)
    tblpr = bj._tbl.tblPr
    look = tblpr.find(qn("w:tblLook"))
    if look is not None:
        tblpr.remove(look)
    tblpr.append(parse_xml(
        f'<w:tblLook {W} w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
        'w:noHBand="1" w:noVBand="1"/>'))
    tblpr.append(parse_xml(
        f'<w:tblBorders {W}><w:top w:val="single" w:sz="8" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="8" w:color="000000"/>'
        '<w:insideH w:val="single" w:sz="4" w:color="000000"/></w:tblBorders>'))
    cell_paras(bj.rows[0].cells[0],
               ["抄送：县委各部门，县人大常委会办公室，县政协办公室，县纪委监委，县人武部，县人民法院，县人民检察院。"],
               WD_ALIGN_PARAGRAPH.LEFT, size=14)
    cell_paras(bj.rows[1].cells[0], [ISSUER + "　　　　　　　　　　　　" + DATE + "印发"],
               WD_ALIGN_PARAGRAPH.LEFT, size=14)
    for row in bj.rows:
        set_cell_width(row.cells[0], 15.6)

    buf = io.BytesIO()
    doc.save(buf)
    # re-zip with fixed dates and a fixed order so the .docx is byte-stable
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 14, 16, 40, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))
    with open(SRC, "wb") as f:
        f.write(out.getvalue())


def run_pandoc():
    ver = subprocess.run(["pandoc", "--version"], capture_output=True, text=True, check=True).stdout.splitlines()[0]
    print("converter:", ver, file=sys.stderr)
    if ver.strip() != "pandoc 2.17.1.1":
        print("warning: expected Debian pandoc 2.17.1.1", file=sys.stderr)
    # the clerk's command: pandoc 通知.docx -f docx -t org -o 通知.org (defaults otherwise)
    subprocess.run(["pandoc", "-f", "docx", "-t", "org", os.path.basename(SRC), "-o", os.path.basename(NOTICE)],
                   cwd=HERE, check=True, env=dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8"))


def write_gold():
    lines = []
    n = 0
    for _, tasks in SECTIONS:
        for t in tasks:
            n += 1
            lead = units_of(t["lead"])
            coop = units_of(t["coop"])
            leaders = []
            for lp in t["leaders"]:
                for name in lp.split("、"):
                    leaders.append(name.replace("　", "").strip())
            rec = {
                "id": str(n),
                "marker": f"{n}.",
                "head": "".join(task_text(t["task"]).split())[:12],
                "responsible_units": lead + coop,
                "lead_units": lead,
                "cooperating_units": coop,
                "leaders": leaders,
                "deadline": t["due"],
            }
            lines.append(json.dumps(rec, ensure_ascii=False))
    with open(GOLD, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return n


if __name__ == "__main__":
    build_docx()
    run_pandoc()
    n = write_gold()
    print(f"wrote {os.path.basename(SRC)}, {os.path.basename(NOTICE)}, {os.path.basename(GOLD)} ({n} tasks)",
          file=sys.stderr)
