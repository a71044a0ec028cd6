#!/usr/bin/python3
"""Round 141, notice 719: a county 任务分工 notice as odt2txt prints it.

Path of the text under test (all steps run here):
  1. the 县政府办's Word file (python-docx) -- red header, 文号, a two-line title typed
     into the 标题 1 style with Shift+Enter, cover rules numbered by Word (一、 as a
     chineseCounting list), 落款 with a seal picture, landscape 附件 with the task table,
     版记 table on the last page;
  2. saved as ODT by LibreOffice (soffice --headless --convert-to odt), kept as
     719_source.odt (settings.xml's random Rsid fixed, zip re-packed with fixed times);
  3. read by odt2txt exactly as Debian's mailcap entry runs it
     (`/usr/bin/odt2txt %s; copiousoutput`, UTF-8 locale, default width 65), the way a
     mail client's auto_view or a document store's text filter shows the attachment.
The notice under test is odt2txt's stdout, byte for byte.

Writes: 719_hengjiang_xian_gzbg_renwu_fengong.txt, 719_source.odt, 719.tasks.gold.jsonl
"""
import io
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import qn, nsdecls
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = "719_hengjiang_xian_gzbg_renwu_fengong.txt"
SOURCE = "719_source.odt"
GOLD = "719.tasks.gold.jsonl"

ISSUER = "蘅江县人民政府办公室"
DOCNO = "蘅政办发〔2025〕9号"
DATE = "2025年3月14日"

# ---------------------------------------------------------------------------
# The one structured description of the tasks.
# A cell is a list of paragraphs; "\n" inside a paragraph is a manual line break
# (Shift+Enter).  Leaders are written as typed in the cell (padding included).
# ---------------------------------------------------------------------------
SECTIONS = [
    ("一、扩大有效需求，推动经济稳进提质（7项）", [
        dict(no="1",
             text=["全县地区生产总值增长 6%左右，一般公共预算收入增长 5%，规模以上工业增加值增长 7%，固定资产投资增长 8%，社会消费品零售总额增长 6.5%。"],
             leaders=["周建平"], lead=["县发展和改革局"],
             coop=["县统计局、县财政局、县税务局、县工业和信息化局、县商务局"],
             deadline=["2025年12月底前"]),
        dict(no="2",
             text=["实施重点项目“攻坚年”行动，全年安排县级重点项目 120 个，年度计划投资 86 亿元，新开工亿元以上项目 30 个以上。"],
             leaders=["刘国栋"], lead=["县发展和改革局"],
             coop=["县自然资源局、县住房和城乡建设局、县行政审批服务局、各乡（镇）人民政府"],
             deadline=["2025年12月底前"]),
        dict(no="3",
             text=["积极争取超长期特别国债、中央预算内投资和地方政府专项债券，全年争取各类上级资金25亿元以上。"],
             leaders=["刘国栋"], lead=["县发展和改革局、县财政局"],
             coop=["县直各有关单位"],
             deadline=["2025年10月底前"]),
        dict(no="4",
             text=["开展“消费提振年”活动，落实大规模设备更新和消费品以旧换新政策，办好“蘅江美食节”等促消费活动20场次以上。"],
             leaders=["王　勇"], lead=["县商务局"],
             coop=["县文化和旅游局，县市场监督管理局"],
             deadline=["2025年12月底前"]),
        dict(no="5",
             text=["加快县城商业综合体和乡镇商贸中心建设，新增限额以上商贸企业15家。"],
             leaders=["王　勇"], lead=["县商务局"],
             coop=[],
             deadline=["2025年11月底前"]),
        dict(no="6",
             text=["深化招商引资“一把手”工程，全年引进亿元以上项目 35 个，到位县外资金 60 亿元以上。"],
             leaders=["周建平", "刘国栋"], lead=["县投资促进中心"],
             coop=["县直各有关单位、各乡（镇）人民政府"],
             deadline=["长期坚持"]),
        dict(no="7",
             text=["加强财源建设和税收征管，严控一般性支出，“三保”支出足额保障。"],
             leaders=["刘国栋"], lead=["县财政局"],
             coop=["县税务局"],
             deadline=["长期坚持"]),
    ]),
    ("二、坚持工业强县，加快产业转型升级（7项）", [
        dict(no="8",
             text=["推进新材料产业园扩区调规，建成标准化厂房 10 万平方米，新增规模以上工业企业 12 家。"],
             leaders=["孙立军"], lead=["蘅江经济开发区管委会、县工业和信息化局"],
             coop=["县自然资源局 市生态环境局蘅江分局 县住房和城乡建设局"],
             deadline=["2025年12月底前"]),
        dict(no="9",
             text=["实施“智改数转”三年行动，推动 30 家规上企业完成数字化改造，培育省级专精特新中小企业 5 家。"],
             leaders=["孙立军"], lead=["县工信局"],
             coop=["县科学技术局、县财政局"],
             deadline=["2025年12月底前"]),
        dict(no="10",
             text=["支持企业加大研发投入，新增高新技术企业8家、科技型中小企业40家。"],
             leaders=["孙立军"], lead=["县科学技术局"],
             coop=["县工业和信息化局、县财政局、县税务局"],
             deadline=["2025年12月底前"]),
        dict(no="11",
             text=["加快文旅融合发展，推进蘅江古镇国家4A级旅游景区创建，全年接待游客 520 万人次、实现旅游综合收入 48 亿元。"],
             leaders=["赵　敏"], lead=["县文化和旅游局"],
             coop=["县交通运输局、县自然资源局、蘅江镇人民政府"],
             deadline=["2025年12月底前"]),
        dict(no="12",
             text=["大力发展现代物流业，加快蘅江物流园二期建设。",
                   "推进县乡村三级寄递物流体系建设，实现快递服务行政村全覆盖。"],
             leaders=["王　勇"], lead=["县商务局、县交通运输局"],
             coop=["中国邮政集团有限公司蘅江县分公司"],
             deadline=["2025年9月底前"]),
        dict(no="13",
             text=["推动金融服务实体经济，全年新增各项贷款 40 亿元以上，开展银企对接活动 6 场次。"],
             leaders=["刘国栋"], lead=["县财政局"],
             coop=["国家金融监督管理总局蘅江监管支局、县内各金融机构"],
             deadline=["长期坚持"]),
        dict(no="14",
             text=["培育壮大民营经济，落实支持民营经济发展壮大政策措施，全年新增经营主体3000户以上。"],
             leaders=["孙立军"], lead=["县市场监督管理局、县工业和信息化局"],
             coop=["县发展和改革局、县税务局"],
             deadline=["2025年12月底前"]),
    ]),
    ("三、全面推进乡村振兴，加快农业农村现代化（6项）", [
        dict(no="15",
             text=["严守耕地保护红线，粮食播种面积稳定在 62 万亩以上，总产量稳定在 27 万吨以上。"],
             leaders=["陈  红"], lead=["县农业农村局"],
             coop=["县自然资源局、县统计局、各乡（镇）人民政府"],
             deadline=["2025年10月底前"]),
        dict(no="16",
             text=["新建高标准农田 3.5 万亩，实施小型农田水利设施提升工程。"],
             leaders=["陈  红"], lead=["县农业农村局"],
             coop=["县水利局、县财政局"],
             deadline=["2025年11月底前"]),
        dict(no="17",
             text=["做强茶叶、油茶、中药材等特色产业，新增市级以上农业产业化龙头企业3家。"],
             leaders=["陈  红"], lead=["县农业农村局"],
             coop=["县林业局、县市场监督管理局"],
             deadline=["2025年12月底前"]),
        dict(no="18",
             text=["巩固拓展脱贫攻坚成果，守牢不发生规模性返贫致贫底线，脱贫人口人均纯收入增长8%以上。"],
             leaders=["周建平、陈  红"], lead=["县农业农村局"],
             coop=["县人力资源和社会保障局、县民政局、县医疗保障局、县教育体育局"],
             deadline=["长期坚持"]),
        dict(no="19",
             text=["实施农村人居环境整治提升行动，农村卫生厕所普及率达到 85%，生活垃圾收运处置体系行政村覆盖率保持 100%。"],
             leaders=["陈  红"], lead=["县农业农村局"],
             coop=["县城市管理局\n县卫生健康局\n市生态环境局蘅江分局\n各乡（镇）人民政府"],
             deadline=["2025年12月底前"]),
        dict(no="20",
             text=["加快水利基础设施建设，完成蘅江干流防洪治理工程 12 公里，巩固提升农村供水保障水平。"],
             leaders=["陈  红"], lead=["县水利局"],
             coop=[],
             deadline=["2025年5月底前"]),
    ]),
    ("四、深化改革开放，推进城乡融合发展（6项）", [
        dict(no="21",
             text=["深化国资国企改革，完成县属国有企业整合重组，推动城投公司市场化转型。"],
             leaders=["刘国栋"], lead=["县财政局"],
             coop=["蘅江县城市建设投资集团有限公司、蘅江县交通建设投资有限公司"],
             deadline=["2025年12月底前"]),
        dict(no="22",
             text=["持续推进“放管服”改革，深化“高效办成一件事”，政务服务事项网上可办率达到98%以上。"],
             leaders=["刘国栋"], lead=["县行政审批服务局"],
             coop=["县数据局、县直各有关单位"],
             deadline=["长期坚持"]),
        dict(no="23",
             text=["推进以人为本的新型城镇化，实施城市更新行动，改造城镇老旧小区 18 个、惠及居民 2100 户。"],
             leaders=["李晓峰"], lead=["县住房和城乡建设局"],
             coop=["县财政局、县自然资源局，蘅江镇人民政府"],
             deadline=["2025年11月底前"]),
        dict(no="24",
             text=["加快国道G353蘅江过境段改线工程建设，新改建农村公路80公里。"],
             leaders=["李晓峰"], lead=["县交通运输局"],
             coop=["县自然资源局、县林业局、沿线乡（镇）人民政府"],
             deadline=["6月底前完成主体工程，年底前建成通车"]),
        dict(no="25",
             text=["加强生态环境保护，PM2.5平均浓度控制在 30 微克/立方米以内，县城集中式饮用水水源地水质达标率保持 100%。"],
             leaders=["孙立军", "李晓峰"], lead=["市生态环境局蘅江分局"],
             coop=["县水利局、县住房和城乡建设局、县农业农村局、县林业局、各乡（镇）人民政府"],
             deadline=["长期坚持"]),
        dict(no="26",
             text=["推进县城污水管网改造和雨污分流，新建改造污水管网25公里。"],
             leaders=["李晓峰"], lead=["县住房和城乡建设局"],
             coop=[],
             deadline=["2025年12月底前"]),
    ]),
    ("五、增进民生福祉，守牢安全发展底线（6项）", [
        dict(no="27",
             text=["落实就业优先政策，城镇新增就业 3200 人，城镇调查失业率控制在 5.5%以内。"],
             leaders=["赵　敏"], lead=["县人力资源和社会保障局"],
             coop=["县财政局、县教育体育局、县农业农村局"],
             deadline=["2025年12月底前"]),
        dict(no="28",
             text=["新建县第三幼儿园，实施蘅江中学扩容工程，力争2025年秋季学期投入使用，新增学位1800个。"],
             leaders=["赵　敏"], lead=["县教育体育局"],
             coop=["县发展和改革局、县财政局、县住房和城乡建设局、县自然资源局"],
             deadline=["2025年8月底前"]),
        dict(no="29",
             text=["深化紧密型县域医共体建设，县人民医院胸痛中心、卒中中心通过省级评审。"],
             leaders=["赵　敏"], lead=["县卫生健康局"],
             coop=["县人民医院(县医共体总院)、县医疗保障局"],
             deadline=["2025年12月底前"]),
        dict(no="30",
             text=["办好县政府十件民生实事，逐项明确责任单位和完成时限，按月调度、按季通报。"],
             leaders=[], lead=["县政府办公室"],
             coop=["县直各有关单位"],
             deadline=[]),
        dict(no="31",
             text=["统筹发展和安全，深化安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故。"],
             leaders=["周建平\n孙立军"], lead=["县应急管理局"],
             coop=["县直各负有安全监管职责的部门、各乡（镇）人民政府"],
             deadline=["长期坚持"]),
        dict(no="32",
             text=["深化平安蘅江、法治蘅江建设，常态化开展扫黑除恶斗争，加强食品药品安全监管。"],
             leaders=["何志强"], lead=["县公安局、县市场监督管理局"],
             coop=["县司法局、县信访局"],
             deadline=["持续推进"]),
    ]),
]

COVER_INTRO = ("　　经县人民政府同意，现将2025年县政府工作报告重点工作任务分工印发给你们，"
               "请结合工作实际，认真抓好贯彻落实。")
COVER_RULES = [
    ("加强组织领导。",
     "各乡（镇）、各单位要把政府工作报告确定的目标任务作为全年工作的重中之重，主要负责同志亲自研究部署，"
     "逐项制定工作方案，明确时间表、路线图，确保各项任务落地见效。"),
    ("压实工作责任。",
     "各责任县领导要加强对分管领域重点任务的指导调度。表中“牵头单位”为第一责任单位，对牵头事项负总责；"
     "牵头单位有两个的，排在第一位的为主牵头单位；“配合单位”要按照职责分工主动配合、积极参与。"
     "未明确责任县领导的事项，由牵头单位主要负责同志负总责。"),
    ("强化督查问效。",
     "各牵头单位于每季度末月25日前将任务推进情况报县政府督查室，12月20日前报送全年完成情况。"
     "县政府督查室将定期跟踪督办，督查结果纳入年度绩效考核。"),
]
ATTACH_TITLE = "2025年县政府工作报告重点工作任务分工"
CC_LINE = "抄送：县委办公室，县人大常委会办公室，县政协办公室，县人民法院，县人民检察院。"

FIXED_DT = datetime.datetime(2025, 3, 14, 9, 30, 0)


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def seal_png(w=96, h=96):
    """A red ring on transparent ground (stands for the 电子印章 picture)."""
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            dx, dy = x - w / 2 + .5, y - h / 2 + .5
            r = (dx * dx + dy * dy) ** .5
            raw += bytes([215, 25, 32, 255]) if w / 2 - 7 < r < w / 2 - 1 else bytes([255, 255, 255, 0])

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def set_font(run_or_style, east, size=None, bold=None, color=None):
    f = run_or_style.font
    f.name = "Times New Roman"
    rpr = run_or_style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rfonts.get(qn(a)) is not None:
            del rfonts.attrib[qn(a)]
    if size:
        f.size = Pt(size)
    if bold is not None:
        f.bold = bold
    if color is not None:
        f.color.rgb = color


def add_lines(par, text):
    """Add text to a paragraph; "\n" becomes a manual line break."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            par.add_run().add_break()
        if part:
            par.add_run(part)


def fill_cell(cell, paras, center=False):
    cell.paragraphs[0].text = ""
    for i, t in enumerate(paras):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        add_lines(p, t)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def add_chinese_numbering(doc):
    """A chineseCounting list (一、二、三、) as Word writes it for 自动编号."""
    numbering = doc.part.numbering_part.element
    absid, numid = 90, 90
    absxml = (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{absid}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:eastAsia="黑体" w:hint="eastAsia"/></w:rPr></w:lvl></w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    absel = parse_xml(absxml)
    if first_num is not None:
        first_num.addprevious(absel)
    else:
        numbering.append(absel)
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{numid}"><w:abstractNumId w:val="{absid}"/></w:num>'))
    return numid


def set_numbering(par, numid):
    ppr = par._p.get_or_add_pPr()
    numpr = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{numid}"/></w:numPr>')
    ppr.insert(0, numpr)


def bottom_border(par, color="FF0000", sz=18):
    ppr = par._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{sz}" '
                         f'w:space="1" w:color="{color}"/></w:pBdr>'))


def cell_borders_topbottom(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}><w:top w:val="single" w:sz="8" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="8" w:color="000000"/>'
        '<w:insideH w:val="single" w:sz="4" w:color="000000"/></w:tblBorders>'))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


# ---------------------------------------------------------------------------
# 1. the Word file
# ---------------------------------------------------------------------------
def build_docx(path):
    doc = Document()
    cp = doc.core_properties
    cp.author = "县政府办秘书一科"
    cp.last_modified_by = "县政府办秘书一科"
    cp.title = ""
    cp.comments = ""
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 3

    normal = doc.styles["Normal"]
    set_font(normal, "仿宋_GB2312", 16)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = Pt(28)
    h1 = doc.styles["Heading 1"]
    set_font(h1, "方正小标宋简体", 22, bold=False, color=RGBColor(0, 0, 0))
    h1.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h1.paragraph_format.space_before = Pt(12)
    h1.paragraph_format.space_after = Pt(12)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)

    numid = add_chinese_numbering(doc)

    # 版头
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(ISSUER + "文件")
    set_font(r, "方正小标宋简体", 36, color=RGBColor(0xFF, 0, 0))
    doc.add_paragraph()
    p = doc.add_paragraph(DOCNO)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    bottom_border(p)
    doc.add_paragraph()

    # 标题: typed into 标题 1, broken with Shift+Enter
    t = doc.add_paragraph(style="Heading 1")
    add_lines(t, ISSUER + "关于印发2025年县政府工作报告\n重点工作任务分工的通知")
    doc.add_paragraph()

    doc.add_paragraph("各乡（镇）人民政府，县直各有关单位：")
    doc.add_paragraph(COVER_INTRO)
    for head, body in COVER_RULES:
        p = doc.add_paragraph()
        set_numbering(p, numid)
        r = p.add_run(head)
        set_font(r, "楷体_GB2312", bold=True)
        p.add_run(body)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(32)
    p.add_run("附件：" + ATTACH_TITLE)
    doc.add_paragraph()
    doc.add_paragraph()
    # 落款: right-placed with typed spaces; the seal picture sits in the same paragraph
    p = doc.add_paragraph(" " * 28)
    pic_run = p.add_run()
    pic_run.add_picture(io.BytesIO(seal_png()), width=Mm(42))
    p.add_run(ISSUER)
    doc.add_paragraph(" " * 32 + DATE)
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(32)
    p.add_run("（此件公开发布）")

    # 附件: landscape section
    sec2 = doc.add_section()
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Mm(297), Mm(210)
    sec2.top_margin, sec2.bottom_margin = Mm(28), Mm(26)
    sec2.left_margin, sec2.right_margin = Mm(37), Mm(35)
    p = doc.add_paragraph()
    r = p.add_run("附件")
    set_font(r, "黑体")
    doc.add_paragraph(ATTACH_TITLE, style="Heading 1")

    nrows = 1 + sum(1 + len(tasks) for _, tasks in SECTIONS)
    tbl = doc.add_table(rows=nrows, cols=6)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(12), Mm(92), Mm(24), Mm(36), Mm(42), Mm(24)]
    header = ["序号", "重点工作任务", "责任县领导", "牵头单位", "配合单位", "完成\n时限"]
    for i, h in enumerate(header):
        c = tbl.cell(0, i)
        fill_cell(c, [h], center=True)
        for run in c.paragraphs[0].runs:
            set_font(run, "黑体", 12)
    repeat_header(tbl.rows[0])
    ri = 1
    for title, tasks in SECTIONS:
        c = tbl.cell(ri, 0).merge(tbl.cell(ri, 5))
        fill_cell(c, [title])
        for run in c.paragraphs[0].runs:
            set_font(run, "黑体", 12)
        ri += 1
        for tk in tasks:
            cells = [[tk["no"]], tk["text"], tk["leaders"], tk["lead"], tk["coop"], tk["deadline"]]
            for ci, paras in enumerate(cells):
                fill_cell(tbl.cell(ri, ci), paras, center=(ci in (0, 2, 5)))
                for para in tbl.cell(ri, ci).paragraphs:
                    for run in para.runs:
                        set_font(run, "仿宋_GB2312", 12)
            ri += 1
    for row in tbl.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = w

    # 版记 on a portrait last page
    sec3 = doc.add_section()
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Mm(210), Mm(297)
    sec3.top_margin, sec3.bottom_margin = Mm(37), Mm(35)
    sec3.left_margin, sec3.right_margin = Mm(28), Mm(26)
    for _ in range(3):
        doc.add_paragraph()
    bj = doc.add_table(rows=2, cols=1)
    cell_borders_topbottom(bj)
    c0 = bj.cell(0, 0).paragraphs[0]
    r = c0.add_run(CC_LINE)
    set_font(r, "仿宋_GB2312", 14)
    c1 = bj.cell(1, 0).paragraphs[0]
    c1.paragraph_format.tab_stops.add_tab_stop(Mm(150), alignment=2)
    r = c1.add_run(ISSUER + "\t" + DATE + "印发")
    set_font(r, "仿宋_GB2312", 14)

    # name the picture as Chinese Word does
    for el in doc.element.body.iter(qn("wp:docPr")):
        el.set("name", "图片 1")
    doc.save(path)


# ---------------------------------------------------------------------------
# 2. LibreOffice: DOCX -> ODT, then pin what LibreOffice randomises
# ---------------------------------------------------------------------------
def soffice_version():
    out = subprocess.run(["soffice", "--version"], capture_output=True, text=True).stdout
    return out.strip()


def to_odt(docx_path, outdir):
    env = dict(os.environ)
    profile = tempfile.mkdtemp(prefix="lo719_")
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
           "--convert-to", "odt", "--outdir", outdir, docx_path]
    subprocess.run(cmd, check=True, capture_output=True, env=env)
    shutil.rmtree(profile, ignore_errors=True)
    return os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".odt")


def normalise_odt(src, dst):
    with zipfile.ZipFile(src) as zin:
        items = [(i.filename, zin.read(i.filename), i.compress_type) for i in zin.infolist()]
    out = []
    for name, data, ctype in items:
        if name == "settings.xml":
            data = re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+<',
                          rb"\g<1>3148513<", data)
        out.append((name, data, ctype))
    with zipfile.ZipFile(dst, "w") as zout:
        for name, data, ctype in out:
            zi = zipfile.ZipInfo(name, date_time=FIXED_DT.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


# ---------------------------------------------------------------------------
# 3. odt2txt as mailcap runs it
# ---------------------------------------------------------------------------
def odt2txt(path):
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    r = subprocess.run(["/usr/bin/odt2txt", path], capture_output=True, env=env, check=True)
    return r.stdout


def odt2txt_version():
    r = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "odt2txt"], capture_output=True, text=True)
    return "odt2txt " + r.stdout.strip()


# ---------------------------------------------------------------------------
# gold, from the same description
# ---------------------------------------------------------------------------
def split_units(paras):
    out = []
    for p in paras:
        for u in re.split(r"[、，；\n ]+", p):
            u = u.strip()
            if u:
                out.append(u)
    return out


def split_leaders(paras):
    out = []
    for p in paras:
        for n in re.split(r"[、，；\n]+", p):
            n = re.sub(r"[ \u3000]", "", n)
            if n:
                out.append(n)
    return out


def gold_rows():
    rows = []
    for _, tasks in SECTIONS:
        for tk in tasks:
            lead = split_units(tk["lead"])
            coop = split_units(tk["coop"])
            head = re.sub(r"\s", "", "".join(tk["text"]))[:12]
            rows.append({
                "id": tk["no"],
                "marker": tk["no"],
                "head": head,
                "responsible_units": lead + coop,
                "lead_units": lead,
                "cooperating_units": coop,
                "leaders": split_leaders(tk["leaders"]),
                "deadline": tk["deadline"][0] if tk["deadline"] else None,
            })
    return rows


def main():
    os.chdir(HERE)
    if not shutil.which("odt2txt"):
        subprocess.run(["apt-get", "install", "-y", "odt2txt"], check=True)
    work = tempfile.mkdtemp(prefix="make719_")
    try:
        docx_path = os.path.join(work, "蘅政办发〔2025〕9号.docx")
        build_docx(docx_path)
        odt_raw = to_odt(docx_path, work)
        normalise_odt(odt_raw, os.path.join(HERE, SOURCE))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    text = odt2txt(os.path.join(HERE, SOURCE))
    with open(NOTICE, "wb") as f:
        f.write(text)
    rows = gold_rows()
    assert 20 <= len(rows) <= 45
    with open(GOLD, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{NOTICE}: {len(text)} bytes; {SOURCE}; {GOLD}: {len(rows)} tasks")
    print("ran:", soffice_version(), "|", odt2txt_version())


if __name__ == "__main__":
    main()
