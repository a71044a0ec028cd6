#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 76 / 403 (control case): a 区人民政府办公室 notice 印发ing the division of
the year's 为民办实事项目, as the Word file the office sends to the 街道 and the
区直 departments.

Writes 403_weijiang_qu_minsheng_shishi_fengong.docx next to this script.

The ordinary form: a 公文 in a portrait section (发文机关标志, 文号, title, 主送,
four 一、 requirement paragraphs, 附件说明, 落款, date, 附注), then a landscape
section with the attachment: one ruled table
  序号 | 项目名称 | 建设内容及目标 | 责任区领导 | 牵头单位 | 配合单位 | 完成时限
with category rows spanning the table, the 责任区领导 cell merged down where one
leader has several projects in a row, a repeated header row, a 注 under the
table; a last portrait section with the 版记.

Ordinary Word imperfections: indents typed as full-width spaces in some body
paragraphs and set by first-line indent in others, empty paragraphs for spacing,
a title broken by a manual line break, runs split in the middle of words (edit
history), a cell whose units run on into a second paragraph, two leaders parted
by a manual line break, a trailing space after a unit, one `，` among the `、`,
an empty last row left in the table, deadlines written several ways.
"""
import copy
import os

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "403_weijiang_qu_minsheng_shishi_fengong.docx")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
ST = "宋体"

# --------------------------------------------------------------------------
# the attachment's table
# ("CAT", text) = category row spanning the table
# (no, name, content, leaders, lead, coop, deadline)
# In cell strings: "|" splits runs (edit history), "\n" starts a new paragraph
# inside the cell, "<br>" is a manual line break.
# --------------------------------------------------------------------------
ROWS = [
    ("CAT", "一、教育惠民（4项）"),
    ("1", "新建改扩建公办中小学和幼儿园6所",
     "建成蔚江实验学校二期、滨河路小学、青梧幼儿园等6所学校（幼儿园），秋季学期投入使用，新增公办学位5400个。",
     "祁文娟", "区教育局",
     "区发展和改革局、区财政局、区住房和城乡|建设局、市自然资源和规划局蔚江分局",
     "2024年8月底"),
    ("2", "实施中小学课后服务提质扩面工程",
     "全区义务教育学校课后服务实现全覆盖，引进优质校外资源开设科技、体育、艺术类特色课程200门以上。",
     "祁文娟", "区教育局",
     "区财政局、区科学技术协会、区文化和旅游体育局",
     "2024年12月底"),
    ("3", "开展中小学生近视和脊柱侧弯免费筛查",
     "为全区中小学生免费开展视力和脊柱侧弯筛查各1次，建立学生屈光发育档案，筛查率达到100%。",
     "祁文娟", "区卫生健康局",
     "区教育局、各街道办事处",
     "2024年11月底"),
    ("4", "推进校园食堂“互联网+明厨亮灶”全覆盖",
     "全区中小学校、幼儿园食堂全部接入“互联网+明厨亮灶”智慧监管平台，实现后厨操作实时可视。",
     "祁文娟", "区市场监督管理局",
     "区教育局",
     "2024年9月底"),
    ("CAT", "二、健康保障（4项）"),
    ("5", "建成区人民医院新院区并投入试运营",
     "完成区人民医院新院区（一期）工程竣工验收和设备安装，开放床位500张，年内投入试运营。",
     "祁文娟", "区卫生健康局",
     "区发展和改革局、区财政局、蔚江城市建设投资集团有限公司",
     "2024年12月底"),
    ("6", "推进社区卫生服务中心标准化提档升级",
     "改造提升社区卫生服务中心8家，建设“中医阁”8个，每家中心配备数字化影像（DR）设备。",
     "祁文娟", "区卫生健康局",
     "区财政局、各街道办事处",
     "2024年10月底"),
    ("7", "为65岁及以上老年人免费开展健康体检",
     "为辖区65岁及以上常住老年人免费提供一次健康体检和健康指导，体检人数达到4.2万人。",
     "祁文娟", "区卫生健康局",
     "区医疗保障局、各街道办事处",
     "2024年11月底"),
    ("8", "提高城乡居民“两病”门诊用药保障水平",
     "将高血压、糖尿病门诊用药报销比例由50%提高到60%，惠及参保群众3.6万人。",
     "骆春燕", "区医疗保障局",
     "区卫生健康局、区财政局",
     "2024年6月底"),
    ("CAT", "三、养老托育（4项）"),
    ("9", "新建街道区域性综合养老服务中心3个",
     "在东湖、临江、青梧3个街道各建成1个区域性综合养老服务中心，具备全托、日托、上门服务等功能。",
     "骆春燕", "区民政局",
     "区财政局、区住房和城乡建设局、相关街道办事处",
     "2024年12月底"),
    ("10", "为困难失能老年人家庭实施适老化改造",
     "为300户特殊困难失能、半失能老年人家庭实施居家适老化改造，安装紧急呼叫等智能设备。",
     "骆春燕", "区民政局 ",
     "区残疾人联合会、各街道办事处",
     "2024年10月底"),
    ("11", "新增普惠性托育托位并建设社区托育点",
     "新增普惠性托育托位600个，建设社区嵌入式托育服务点10个，每千人口拥有3岁以下婴幼儿托位数达到4.5个。",
     "祁文娟、骆春燕", "区卫生健康局",
     "区教育局、区妇女联合会、各街道办事处",
     "2024年12月底"),
    ("12", "扩大社区老年助餐服务覆盖面新增助餐点20个",
     "新增社区老年助餐点20个，对80岁以上老年人和低保、特困老年人给予就餐补贴，城市社区助餐服务覆盖率达到90%。",
     "骆春燕", "区民政局",
     "区市场监督管理局、区财政局、各街道办事处",
     "2024年9月底"),
    ("CAT", "四、城市更新与安居（5项）"),
    ("13", "实施老旧小区综合改造提升工程",
     "改造2000年底前建成的老旧小区32个、惠及居民6800户，同步实施水电气暖等配套管网改造。",
     "郁志航", "区住房和城乡建设局",
     "区财政局、区城市管理局、\n国网蔚江供电公司、各街道办事处",
     "2024年11月底"),
    ("14", "推进既有多层住宅加装电梯100台",
     "新开工既有多层住宅加装电梯100台，建成投用60台以上，落实加装电梯财政补助政策。",
     "郁志航", "区住房和城乡建设局",
     "区市场监督管理局、市自然资源和规划局蔚江分局、各街道办事处",
     "2024年12月底"),
    ("15", "筹集建设保障性租赁住房1500套（间）",
     "通过新建、改建、盘活存量等方式筹集保障性租赁住房1500套（间），重点面向新市民、青年人。",
     "郁志航", "区住房和城乡|建设局",
     "区发展和改革局、区财政局、市自然资源和规划局蔚江分局",
     "2024年12月底"),
    ("16", "实施城市燃气老化管道更新改造工程",
     "完成城市燃气老化管道更新改造85公里，为1.2万户居民免费加装燃气泄漏报警装置。",
     "郁志航", "区住房和城乡建设局、区城市管理局",
     "蔚江市政燃气有限公司、各街道办事处",
     "2024年10月底"),
    ("17", "新建改造城市口袋公园和街头绿地15处",
     "利用边角地、闲置地新建改造口袋公园和街头绿地15处，新增绿地面积6万平方米。",
     "郁志航", "区城市管理局",
     "区住房和城乡建设局、市自然资源和规划局蔚江分局、相关街道办事处",
     "2024年9月底"),
    ("CAT", "五、交通出行（4项）"),
    ("18", "打通城区断头路6条并提升改造背街小巷40条",
     "打通望江路北延、学府二路等断头路6条，提升改造背街小巷40条，同步完善照明和排水设施。",
     "郁志航", "区交通运输局",
     "区住房和城乡建设局、区城市管理局、市自然资源和规划局蔚江分局",
     "2024年11月底"),
    ("19", "新增公共停车泊位3000个并建设智慧停车平台",
     "利用公共空间和闲置地块新增公共停车泊位3000个，建成区级智慧停车平台，实现停车信息实时查询。",
     "郁志航<br>康立新", "区城市管理局",
     "区住房和城乡建设局、市公安局蔚江分局交通警察大队、区大数据中心",
     "2024年12月底"),
    ("20", "优化公交线网并新开通社区微公交线路5条",
     "优化调整公交线路10条，新开通社区微公交线路5条，城区公交站点500米覆盖率达到100%。",
     "郁志航", "区交通运输局",
     "蔚江公共交通集团有限公司、各街道办事处",
     "2024年8月底"),
    ("21", "开展中小学校周边交通安全综合治理",
     "完成全区42所中小学校周边交通安全设施提升，设置护学岗、临时停车接送区，实现“一校一方案”。",
     "康立新", "市公安局蔚江分局交通警察大队",
     "区教育局、区交通运输局、区城市管理局",
     "2024年9月底"),
    ("CAT", "六、就业和社会保障（3项）"),
    ("22", "城镇新增就业9000人以上并帮扶困难人员就业",
     "城镇新增就业9000人以上，帮扶就业困难人员就业600人，零就业家庭动态清零。",
     "骆春燕", "区人力资源和社会保障局",
     "区财政局、区总工会，团区委、区妇女联合会、各街道办事处",
     "全年"),
    ("23", "建设“15分钟就业服务圈”社区就业驿站",
     "建成社区就业驿站15个，提供岗位发布、职业指导、技能培训等“家门口”就业服务。",
     "骆春燕", "区人力资源和社会保障局",
     "各街道办事处",
     "2024年10月底"),
    ("24", "提高城乡低保和特困人员救助供养标准",
     "城乡低保标准提高到每人每月920元，特困人员基本生活标准不低于低保标准的1.3倍，按时足额发放。",
     "骆春燕", "区民政局",
     "区财政局、区残疾人联合会、各街道办事处",
     "2024年7月底"),
    ("CAT", "七、生态环境（3项）"),
    ("25", "实施城区黑臭水体和排水管网整治工程",
     "完成城区雨污分流改造管网26公里，整治易涝积水点12处，巩固黑臭水体治理成效。",
     "严子恒", "区水务局",
     "市生态环境局蔚江分局、区住房和城乡建设局、区城市管理局",
     "2024年6月底"),
    ("26", "推进生活垃圾分类示范小区建设全覆盖",
     "新建生活垃圾分类示范小区60个，建成垃圾分类投放点（亭）300座，居民小区垃圾分类实现全覆盖。",
     "郁志航", "区城市管理局",
     "市生态环境局蔚江分局、区机关事务服务中心、各街道办事处",
     "2024年12月底"),
    ("27", "建成蔚江滨河生态绿道二期并对外开放",
     "建成蔚江滨河生态绿道二期8.5公里，配套建设驿站、公厕、健身步道等设施。",
     "严子恒", "区水务局",
     "区城市管理局、区文化和旅游体育局、蔚江城市建设投资集团有限公司",
     "2024年10月底"),
    ("CAT", "八、文体惠民（3项）"),
    ("28", "新建改造社区全民健身场地设施30处",
     "新建改造社区多功能运动场、健身路径等全民健身场地设施30处，学校体育场地节假日向社会开放。",
     "祁文娟", "区文化和旅游体育局",
     "区教育局、区财政局、各街道办事处",
     "2024年11月底"),
    ("29", "开展“文化惠民”送戏进社区演出活动",
     "组织文艺院团、群众文艺团队开展送戏进社区、进广场演出200场以上。",
     "祁文娟", "区文化和旅游体育局",
     "区融媒体中心、各街道办事处",
     "全年"),
    ("30", "新建城市书房5家并实现图书通借通还",
     "新建24小时城市书房5家，与区图书馆实现图书通借通还，年内开展阅读推广活动100场。",
     "祁文娟", "区文化和旅游体育局",
     "区教育局、相关街道办事处",
     "2024年12月底"),
]

# leader cells merged down (first, last 序号), all with the same leader
MERGE = [("1", "4"), ("5", "7"), ("9", "10"), ("13", "17"), ("22", "24"), ("28", "30")]


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def set_font(run, font, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold if bold else None
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    ascii_font = "Times New Roman" if font in (FS, KT, ST) else font
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:hint"), "eastAsia")
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None, indent=False,
         line=28, color=None, space_before=0, space_after=0, runs=None):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    if line:
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    add_runs(p, text if runs is None else runs, font, size, bold, color)
    return p


def add_runs(p, text, font, size, bold=False, color=None):
    """text may hold "|" (split runs) and "<br>" (manual line break)."""
    if isinstance(text, list):
        for t, f, b in text:
            add_runs(p, t, f, size, b, color)
        return
    if text == "":
        return
    pieces = text.split("<br>")
    for i, piece in enumerate(pieces):
        for chunk in piece.split("|"):
            if chunk == "":
                continue
            r = p.add_run(chunk)
            set_font(r, font, size, bold, color)
        if i < len(pieces) - 1:
            r = p.add_run()
            set_font(r, font, size, bold, color)
            r.add_break()


def cell_text(cell, text, font=FS, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    """Fill a cell; "\n" starts a new paragraph inside the cell."""
    parts = text.split("\n")
    first = cell.paragraphs[0]
    for i, part in enumerate(parts):
        p = first if i == 0 else cell.add_paragraph()
        p.alignment = align
        pf = p.paragraph_format
        pf.line_spacing = Pt(18)
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        add_runs(p, part, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_cell_width(cell, mm):
    tcpr = cell._tc.get_or_add_tcPr()
    w = tcpr.find(qn("w:tcW"))
    if w is None:
        w = OxmlElement("w:tcW")
        tcpr.insert(0, w)
    w.set(qn("w:w"), str(int(mm * 56.7)))
    w.set(qn("w:type"), "dxa")


def table_borders(table):
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


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def add_page_number_footer(section, size=14):
    footer = section.footer
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, ST, size)
    r = p.add_run()
    set_font(r, ST, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r._r.append(fc)
    r = p.add_run()
    set_font(r, ST, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE   \\* MERGEFORMAT "
    r._r.append(it)
    r = p.add_run()
    set_font(r, ST, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r._r.append(fc)
    r = p.add_run("1")
    set_font(r, ST, size)
    r = p.add_run()
    set_font(r, ST, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r._r.append(fc)
    r = p.add_run(" —")
    set_font(r, ST, size)


def bottom_rule(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def top_bottom_rule(p, sz=8):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    for edge in ("top", "bottom"):
        b = OxmlElement("w:" + edge)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        pbdr.append(b)
    ppr.append(pbdr)


# --------------------------------------------------------------------------
# document
# --------------------------------------------------------------------------
def build():
    doc = docx.Document()
    # Normal style: 仿宋_GB2312 三号
    st = doc.styles["Normal"]
    st.font.size = Pt(16)
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    add_page_number_footer(sec)

    # 版头
    para(doc, "", line=None)
    para(doc, "蔚江区人民政府办公室文件", font=XBS, size=36, align=WD_ALIGN_PARAGRAPH.CENTER,
         color="FF0000", line=None)
    para(doc, "", line=None)
    p = para(doc, "蔚政办发〔2024〕3号", align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_rule(p)
    para(doc, "")

    # 标题 (broken by a manual line break, as typed)
    para(doc, "蔚江区人民政府办公室关于印发2024年区政府<br>为民办实事项目责任分工的通知",
         font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "")

    # 主送
    para(doc, "各街道办事处，区政府各部门，区直各单位：")

    # 正文: some paragraphs indented by typed full-width spaces, others by first-line indent
    para(doc, "　　经区十七届人大四次会议审议通过，2024年区政府确定实施教育惠民、健康保障、养老托育、"
              "城市更新与安居、交通出行、就业和社会保障、生态环境、文体惠民等8个方面30项为民办实事项目。"
              "为确保各项目按时保质完成，经区政府同意，现将《2024年区政府为民办实事项目责任分工》印发给你们，"
              "并就有关事项通知如下。")
    para(doc, "一、提高思想认识", font=HT, indent=True)
    para(doc, "办好为民办实事项目是区政府向全区人民作出的郑重承诺。各街道、各部门要坚持以人民为中心的发展思想，"
              "把为民办实事项目作为年度重点工作，主要负责同志亲自研究、亲自部署，确保件件有着落、事事有回音。",
         indent=True)
    para(doc, "二、压实工作责任", font=HT, indent=True)
    para(doc, "　　各项目责任区领导要加强统筹调度，及时协调解决项目推进中的重大问题。牵头单位是项目实施的第一责任单位，"
              "要会同配合单位细化实施方案，明确时间表、路线图和责任人，于3月20日前将实施方案报区政府督查室；"
              "配合单位要按照职责分工主动对接、密切配合，不得推诿扯皮；各街道办事处要做好项目落地的群众工作和属地保障。")
    para(doc, "三、强化督查考核", font=HT, indent=True)
    para(doc, "区政府督查室将为民办实事项目纳入年度重点督查事项，实行月调度、季通报、年终考核。"
              "各牵头单位要于每月25日前将项目进展情况书面报区政府督查室（联系电话：8526173，"
              "电子邮箱：wjqdcs@163.com），项目完成后及时报送完成情况。对工作推进不力、进度严重滞后的，"
              "将予以通报并约谈有关负责同志。",
         indent=True)
    para(doc, "四、加强宣传引导", font=HT, indent=True)
    para(doc, "　　区融媒体中心和各牵头单位要通过多种渠道宣传为民办实事项目的进展和成效，"
              "畅通群众意见反馈渠道，主动接受人大代表、政协委员和社会各界监督。")
    para(doc, "")
    para(doc, "　　附件：2024年区政府为民办实事项目责任分工")
    para(doc, "")
    para(doc, "")
    para(doc, "")
    para(doc, "蔚江区人民政府办公室　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "2024年3月4日　　　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "　　（此件公开发布）")

    # ---- landscape section: the attachment ----
    sec2 = doc.add_section()
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Mm(297), Mm(210)
    sec2.top_margin, sec2.bottom_margin = Mm(28), Mm(26)
    sec2.left_margin, sec2.right_margin = Mm(30), Mm(28)

    para(doc, "附件", font=HT, size=16, line=None)
    para(doc, "", line=None)
    para(doc, "2024年区政府为民办实事项目责任分工", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=None)
    para(doc, "", line=None)

    widths = [11, 44, 74, 22, 32, 46, 22]  # mm, sum 251
    headers = ["序号", "项目名称", "建设内容及目标", "责任区领导", "牵头单位", "配合单位", "完成时限"]
    ntask = sum(1 for r in ROWS if r[0] != "CAT")
    ncat = len(ROWS) - ntask
    table = doc.add_table(rows=1 + len(ROWS) + 1, cols=7)  # +1: an empty last row left in
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(table)
    # fixed layout
    tblpr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    for i, row in enumerate(table.rows):
        for j, c in enumerate(row.cells):
            set_cell_width(c, widths[j])
    for j, gc in enumerate(table._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j] * 56.7)))

    hdr = table.rows[0]
    repeat_header(hdr)
    for j, h in enumerate(headers):
        cell_text(hdr.cells[j], h, font=HT, size=10.5)

    rowidx = {}
    for i, r in enumerate(ROWS, start=1):
        row = table.rows[i]
        cant_split(row)
        if r[0] == "CAT":
            c = row.cells[0].merge(row.cells[6])
            cell_text(c, r[1], font=HT, size=10.5, align=WD_ALIGN_PARAGRAPH.LEFT)
            continue
        no, name, content, leaders, lead, coop, deadline = r
        rowidx[no] = i
        cells = row.cells
        cell_text(cells[0], no)
        cell_text(cells[1], name, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(cells[2], content, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(cells[3], leaders)
        cell_text(cells[4], lead)
        cell_text(cells[5], coop, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(cells[6], deadline)

    # merge the leader cells down: keep the top cell's text only
    for a, b in MERGE:
        top = table.rows[rowidx[a]].cells[3]
        bot = table.rows[rowidx[b]].cells[3]
        leader = None
        for k in range(rowidx[a], rowidx[b] + 1):
            c = table.rows[k].cells[3]
            t = "".join(p.text for p in c.paragraphs)
            assert leader is None or t == leader, (a, b, t)
            leader = t
            if k > rowidx[a]:
                for p in list(c.paragraphs):
                    for run in list(p.runs):
                        run._r.getparent().remove(run._r)
        top.merge(bot)
        # python-docx leaves the merged cell's emptied paragraphs behind: drop them
        merged = table.rows[rowidx[a]].cells[3]
        ps = merged.paragraphs
        for p in ps[1:]:
            if p.text == "":
                p._p.getparent().remove(p._p)

    # the empty last row: cells left blank
    last = table.rows[-1]
    for c in last.cells:
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    para(doc, "", line=None)
    para(doc, "注：牵头单位对项目实施负总责，配合单位按职责分工做好配合工作；“相关街道办事处”指项目所在地街道办事处。",
         font=FS, size=14, line=None)

    # ---- last portrait section: the 版记 ----
    sec3 = doc.add_section()
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Mm(210), Mm(297)
    sec3.top_margin, sec3.bottom_margin = Mm(37), Mm(35)
    sec3.left_margin, sec3.right_margin = Mm(28), Mm(26)
    for _ in range(14):
        para(doc, "")
    p = para(doc, "抄送：区委各部门，区人大常委会办公室，区政协办公室，区监委，区法院，区检察院。", size=14)
    top_bottom_rule(p)
    p = para(doc, "蔚江区人民政府办公室　　　　　　　　　　　2024年3月4日印发", size=14)
    bottom_rule(p, color="000000", sz=8)

    core = doc.core_properties
    core.author = "区政府办秘书科"
    core.last_modified_by = "dcs"
    core.title = ""
    core.comments = ""
    doc.save(OUT)
    return ntask, ncat


if __name__ == "__main__":
    n, c = build()
    print("wrote", OUT, n, "tasks,", c, "category rows")
