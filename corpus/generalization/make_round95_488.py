#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 95, notice 488.

A 县政府办公室 函 sending a task-division 方案 back to the units for a second
round of comments.  The drafter marked the changes by hand in the Word file
(not with Track Changes): new text in red (mostly underlined), deleted text
in red with a strikethrough -- once a double strikethrough, once a black
strikethrough where the colour was forgotten.  A deleted task stays in the
table, struck through, keeping its number; a new task is a red row.

Markup used in the cell strings below:
  [-x-]  deleted: red + strike          [=x=]  deleted: red + double strike
  [~x~]  deleted: strike, colour left black
  {+x+}  added: red + single underline  {*x*}  added: red, no underline
  "\n" parts paragraphs inside a cell.
"""
import os
import re

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

NAME = "488_lingyuan_xian_shanchuxian_xiugaigao.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)


def set_font(run, name, size=None, bold=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None,
         indent_chars=0, space_line=None, keep=False):
    p = doc_or_cell.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if space_line:
        pf.line_spacing = Pt(space_line)
    if indent_chars:
        pf.first_line_indent = Pt(size * indent_chars)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold)
    return p


TOKEN = re.compile(r"(\[-.*?-\]|\[=.*?=\]|\[~.*?~\]|\{\+.*?\+\}|\{\*.*?\*\})", re.S)


def add_marked(p, text, font=FS, size=10.5, bold=False):
    for piece in TOKEN.split(text):
        if not piece:
            continue
        kind = None
        if piece.startswith("[-") and piece.endswith("-]"):
            kind, piece = "del", piece[2:-2]
        elif piece.startswith("[=") and piece.endswith("=]"):
            kind, piece = "ddel", piece[2:-2]
        elif piece.startswith("[~") and piece.endswith("~]"):
            kind, piece = "bdel", piece[2:-2]
        elif piece.startswith("{+") and piece.endswith("+}"):
            kind, piece = "add", piece[2:-2]
        elif piece.startswith("{*") and piece.endswith("*}"):
            kind, piece = "addr", piece[2:-2]
        r = p.add_run(piece)
        set_font(r, font, size, bold)
        if kind in ("del", "ddel", "add", "addr"):
            r.font.color.rgb = RED
        if kind in ("del", "bdel"):
            r.font.strike = True
        if kind == "ddel":
            r.font.double_strike = True
        if kind == "add":
            r.font.underline = True


def cell_text(cell, text, align=WD_ALIGN_PARAGRAPH.CENTER, font=FS, size=10.5,
              bold=False):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    parts = text.split("\n")
    first = True
    for part in parts:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        pf = p.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing = Pt(16)
        add_marked(p, part, font, size, bold)


def set_cell_width(cell, cm):
    tcpr = cell._tc.get_or_add_tcPr()
    w = tcpr.find(qn("w:tcW"))
    if w is None:
        w = OxmlElement("w:tcW")
        tcpr.insert(0, w)
    w.set(qn("w:w"), str(int(cm * 567)))
    w.set(qn("w:type"), "dxa")


def set_repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def set_cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trpr.append(c)


def set_table_borders(table):
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


def para_border(p, top=False, bottom=False, sz=8, color="000000"):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    for edge, on in (("top", top), ("bottom", bottom)):
        if on:
            e = OxmlElement("w:" + edge)
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "1")
            e.set(qn("w:color"), color)
            pbdr.append(e)
    ppr.append(pbdr)


def add_page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._element.append(f1)
    r = p.add_run()
    set_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r._element.append(f2)
    r = p.add_run("1")
    set_font(r, "宋体", 14)
    r = p.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._element.append(f3)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


# ---------------------------------------------------------------- the table
# (序号, 重点工作任务, 责任县领导, 牵头单位, 配合单位, 完成时限) or a section title
ROWS = [
    "一、聚焦扩大有效需求，推动经济稳进提质",
    ("1",
     "全力抓好项目建设，全年实施县级重点项目120个以上，完成投资{*160*}[-150-]亿元以上，争取超长期特别国债、地方政府专项债券项目资金15亿元以上。",
     "沈光耀", "县发展和改革局",
     "县财政局、县自然资源局、县住房和城乡建设局[-、县审计局-]",
     "2025年12月底"),
    ("2",
     "[-加快-]{+全面落实+}消费品以旧换新政策，组织开展“苓源消费季”等促消费活动30场以上，社会消费品零售总额增长6%。",
     "刘雅琴", "县商务局",
     "县财政局、县市场监督管理局、县文化和旅游局、各乡镇人民政府",
     "2025年12月底"),
    ("3",
     "强化招商引资，全年引进亿元以上项目40个，到位资金[-100-]{+110+}亿元。",
     "韩立新\n{+沈光耀+}", "县招商服务中心",
     "县发展和改革局、县工业和信息化局、苓源经济开发区管委会",
     "2025年12月底"),
    ("4",
     "落实结构性减税降费政策，全年为经营主体减负5亿元以上。",
     "沈光耀", "[-县财政局、-]国家税务总局苓源县税务局",
     "{+县财政局、+}县发展和改革局、县市场监督管理局",
     "[-2025年6月底-]{+2025年12月底+}"),
    ("5",
     "深化政银企合作，新增各项贷款50亿元以上，普惠小微贷款增速不低于各项贷款增速。",
     "沈光耀", "县委金融办",
     "[-县财政局、-]中国人民银行苓源县支行、苓源金融监管支局",
     "2025年12月底"),
    "二、聚焦产业转型升级，加快构建现代化产业体系",
    ("6",
     "实施工业稳增长行动，规上工业增加值增长7%，新增规上工业企业[-10-]{+15+}家。",
     "王志远", "县工业和信息化局",
     "县统计局、县发展和改革局、各乡镇人民政府",
     "2025年12月底"),
    ("7",
     "推进新型材料产业园二期建设，完成标准化厂房建设20万平方米。",
     "王志远", "苓源经济开发区管委会",
     "县工业和信息化局、县自然资源局、县住房和城乡建设局{+、市生态环境局苓源分局+}",
     "2025年11月底"),
    ("8",
     "实施科技型企业培育工程，新增高新技术企业12家、科技型中小企业30家。",
     "[-王志远-]{+杜文娟+}", "县科学技术局",
     "县工业和信息化局、县财政局",
     "2025年12月底"),
    ("9",
     "推动数字经济发展，新建5G基站200个，推进“上云用数赋智”企业50家。",
     "王志远", "县[-工业和信息化-]{+数据+}局",
     "{+县工业和信息化局、+}县发展和改革局、中国电信苓源分公司、中国移动苓源分公司",
     "2025年12月底"),
    ("10",
     "培育文旅融合新业态，提升青崖山景区服务功能，全年接待游客[=500=]{+520+}万人次。",
     "杜文娟", "县文化和旅游局",
     "县交通运输局、青崖山景区管委会、[-县林业局-]{+县自然资源局+}",
     "2025年12月底"),
    "三、聚焦城乡融合发展，提升县城综合承载能力",
    ("11",
     "实施城市更新行动，改造城镇老旧小区12个，惠及居民1800户。",
     "陈德胜", "县住房和城乡建设局",
     "县财政局、县自然资源局、城关镇人民政府[~、县城市管理局~]",
     "2025年10月底"),
    ("12",
     "[-推进县城雨污分流改造-]{+推进县城排水防涝设施建设+}，新建改造雨污管网[-30-]{+35+}公里，{+新建雨水泵站2座，+}县城生活污水集中收集率达到75%。",
     "陈德胜", "县住房和城乡建设局",
     "县水利局、县财政局、市生态环境局苓源分局",
     "2025年11月底"),
    ("13",
     "完善县城交通路网，建成滨河东路、[-文昌路-]{+文昌南路+}延伸段，新增公共停车泊位800个。",
     "陈德胜", "县交通运输局{+、县住房和城乡建设局+}",
     "[-县住房和城乡建设局、-]县公安局交通警察大队、县自然资源局",
     "2025年12月底"),
    ("14",
     "深化城市精细化管理，开展市容环境“十乱”专项整治，巩固省级文明县城创建成果[-，顺利通过复审-]。",
     "陈德胜", "县城市管理局",
     "县住房和城乡建设局、城关镇人民政府、县市场监督管理局",
     "2025年12月底"),
    ("[-15-]",
     "[-推进县城供热管网改造，新建改造供热管网12公里，新增集中供热面积30万平方米。-]{+（此项删除，已纳入县城基础设施补短板项目统筹推进）+}",
     "[-陈德胜-]", "[-县住房和城乡建设局-]",
     "[-县发展和改革局、苓源县热力有限公司-]",
     "[-2025年10月底-]"),
    "四、聚焦乡村全面振兴，加快推进农业农村现代化",
    ("16",
     "稳定粮食生产，全县粮食播种面积稳定在[-62-]{+63+}万亩以上，新建高标准农田3.5万亩。",
     "马国栋", "县农业农村局",
     "县自然资源局、县财政局、县水利局、各乡镇人民政府",
     "2025年12月底"),
    ("17",
     "发展乡村特色产业，做强茶叶、中药材两大主导产业，新增标准化茶园1万亩。",
     "马国栋", "县农业农村局",
     "{+县林业局、+}县供销合作社联合社、[=县科学技术局、=]各乡镇人民政府",
     "2025年12月底"),
    ("18",
     "巩固拓展脱贫攻坚成果，守牢不发生规模性返贫致贫底线，脱贫人口人均纯收入增长8%以上。",
     "马国栋", "[-县乡村振兴局-]{+县农业农村局+}",
     "县人力资源和社会保障局、县民政局、县医疗保障局、[-县农业农村局、-]各乡镇人民政府",
     "2025年12月底"),
    ("19",
     "实施农村人居环境整治提升行动，农村卫生厕所普及率达到[-80-]{+85+}%，生活垃圾收运处置体系行政村全覆盖。",
     "马国栋", "县农业农村局",
     "县卫生健康局、市生态环境局苓源分局、县住房和城乡建设局、各乡镇人民政府",
     "2025年11月底"),
    "五、聚焦深化改革开放，持续激发发展活力",
    ("20",
     "持续优化营商环境，深化“高效办成一件事”改革，政务服务事项网上可办率达到98%以上。",
     "刘雅琴", "县政务服务中心",
     "县数据局、县直各有关单位",
     "2025年12月底"),
    ("21",
     "深化国有企业改革，完成县属国有企业整合重组，{+推动县城市建设投资集团市场化转型，+}国有企业资产总额增长10%。",
     "沈光耀", "县国有资产服务中心",
     "县城市建设投资集团有限公司、县交通建设投资集团有限公司",
     "[-2025年9月底-]{+2025年12月底+}"),
    ("22",
     "扩大对外开放，全年实现外贸进出口总额[-3-]{+3.2+}亿美元，实际使用外资增长5%。",
     "刘雅琴", "县商务局",
     "[-县发展和改革局-]",
     "2025年12月底"),
    ("23",
     "深化农村集体产权制度改革，{+发展新型农村集体经济，+}集体经济年经营性收入10万元以上的村占比达到[-60%-]{+70%+}。",
     "马国栋", "县农业农村局",
     "县财政局、各乡镇人民政府",
     "2025年12月底"),
    "六、聚焦生态优先绿色发展，建设美丽苓源",
    ("24",
     "深入打好蓝天、碧水、净土保卫战，县城空气质量优良天数比例保持在95%以上，国省控断面水质达标率100%。",
     "陈德胜", "市生态环境局苓源分局",
     "县住房和城乡建设局、县交通运输局、县农业农村局、[-县城市管理局-]{+县工业和信息化局+}",
     "2025年12月底"),
    ("25",
     "全面推行河湖长制，完成青溪河综合治理二期工程。",
     "[-陈德胜-]{+马国栋+}", "县水利局",
     "市生态环境局苓源分局、县农业农村局、青溪河沿线各乡镇人民政府",
     "2025年10月底"),
    ("26",
     "实施国土绿化行动，完成营造林[-2-]{+2.5+}万亩，森林覆盖率稳定在68%以上。",
     "马国栋", "县林业局",
     "县自然资源局、各乡镇人民政府",
     "2025年12月底"),
    "七、聚焦保障和改善民生，不断增进人民群众福祉",
    ("27",
     "实施就业优先战略，城镇新增就业3200人，城镇调查失业率控制在5.5%以内。",
     "杜文娟", "县人力资源和社会保障局",
     "县财政局、县教育局、县农业农村局、各乡镇人民政府",
     "2025年12月底"),
    ("28",
     "推进城乡教育优质均衡发展，新建改扩建中小学、幼儿园5所，新增学位[-2000-]{+2400+}个。",
     "杜文娟", "县教育局",
     "县发展和改革局、县财政局、县自然资源局、县住房和城乡建设局",
     "2025年9月底"),
    ("29",
     "深化紧密型县域医共体建设，县人民医院胸痛中心、卒中中心通过国家级认证。",
     "杜文娟", "县卫生健康局",
     "县医疗保障局、县人民医院{+、县中医医院+}",
     "2025年12月底"),
    ("30",
     "完善养老服务体系，新建乡镇区域养老服务中心3个，{+发展老年助餐服务，+}新增养老床位150张。",
     "杜文娟", "县民政局",
     "[-/-]{+县卫生健康局、县医疗保障局+}",
     "2025年12月底"),
    ("{+31+}",
     "{+统筹办好县级十件民生实事，逐项明确年度目标、建设内容和进度安排，确保按期兑现。+}",
     "{+韩立新+}", "{+县政府办公室+}",
     "{+各民生实事项目责任单位+}",
     "{+2025年12月底+}"),
]

WIDTHS = [1.3, 10.2, 2.4, 3.6, 5.6, 2.6]  # cm, landscape A4 text width ~25.7


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st._element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    add_page_number_footer(sec)

    # 版头
    p = para(doc, "苓源县人民政府办公室", XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER)
    p.runs[0].font.color.rgb = RED
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER)
    p = para(doc, "苓政办函〔2025〕7号", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para_border(p, bottom=True, sz=18, color="FF0000")
    para(doc, "")

    para(doc, "苓源县人民政府办公室", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER,
         space_line=35)
    para(doc, "关于再次征求《苓源县2025年〈政府工作报告〉", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_line=35)
    para(doc, "重点工作任务分工方案（修改稿）》意见的函", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_line=35)
    para(doc, "")

    body = [
        ("各乡镇人民政府，县政府各部门、各直属机构，有关单位：", 0),
        ("2月20日，我办印发《关于征求〈苓源县2025年《政府工作报告》重点工作任务分工方案（征求意见稿）〉意见的函》，共收到反馈意见43条。根据各单位反馈意见和县政府领导审核意见，我办对分工方案作了修改完善，形成了修改稿（见附件），现再次征求你单位意见。有关事项函告如下：", 2),
        ("一、关于修改内容的标注", 2),
        ("为便于各单位核对，附件中的修改内容均用红色字体直接标注：新增的内容为红色字体（加下划线），删除的内容为红色字体并加删除线。各单位核对时以删除后的内容为准，加删除线的单位不再承担该项任务。未作标注的内容与征求意见稿一致。", 2),
        ("本次修改主要包括：一是根据县政府领导分工调整，调整了第3、8、25项的责任县领导；二是根据机构改革后部门职责，调整了第4、9、13、18项等的牵头单位和部分任务的配合单位；三是原第15项已纳入县城基础设施补短板项目统筹推进，予以删除，为便于核对，删除后暂保留原序号，正式印发时统一调整；四是增加第31项。", 2),
        ("二、关于牵头单位和配合单位", 2),
        ("附件中“牵头单位”栏所列单位为牵头单位，“牵头单位”栏列有两个单位的，为共同牵头单位；“配合单位”栏所列单位为配合单位。牵头单位负责统筹推进，配合单位按职责分工积极配合。", 2),
        ("三、反馈要求", 2),
        ("请各单位对照本单位承担的任务认真核对，如仍有修改意见，请于2025年3月14日（星期五）前将书面意见（经单位主要负责同志签字并加盖公章）报送县政府办公室综合股，电子版发送至邮箱lyxzfbzhg@163.com；无修改意见的，也请书面回复。逾期未反馈的，视为无意见。修改意见请直接在附件中用红色字体标注，不要使用修订模式。", 2),
        ("联系人：县政府办公室综合股　周晓燕　联系电话：0000-6123456", 2),
    ]
    for text, ind in body:
        p = para(doc, text, FS, 16, indent_chars=ind, space_line=28)
        if text in ("一、关于修改内容的标注", "二、关于牵头单位和配合单位", "三、反馈要求"):
            set_font(p.runs[0], HT, 16)
    para(doc, "", space_line=28)
    p = para(doc, "附件：苓源县2025年《政府工作报告》重点工作任务分工方案（修改稿）",
             FS, 16, indent_chars=2, space_line=28)
    para(doc, "", space_line=28)
    para(doc, "", space_line=28)
    p = para(doc, "苓源县人民政府办公室", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT,
             space_line=28)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2025年3月10日", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT,
             space_line=28)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "", space_line=28)
    para(doc, "（此件不公开）", FS, 16, indent_chars=2, space_line=28)

    # 附件: landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width = Cm(29.7)
    sec2.page_height = Cm(21.0)
    sec2.top_margin = Cm(2.6)
    sec2.bottom_margin = Cm(2.4)
    sec2.left_margin = Cm(2.0)
    sec2.right_margin = Cm(2.0)

    para(doc, "附件", HT, 16, space_line=28)
    para(doc, "", space_line=20)
    para(doc, "苓源县2025年《政府工作报告》重点工作任务分工方案", XBS, 20,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_line=32)
    para(doc, "（修改稿）", KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, space_line=28)
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, space_line=24)
    add_marked(p, "（红色字体为新增内容，", KT, 12)
    add_marked(p, "{*红色字体加删除线*}", KT, 12)
    # the example itself set as it says: red and struck
    p.runs[-1].font.strike = True
    add_marked(p, "为删除内容）", KT, 12)
    para(doc, "", space_line=12)

    table = doc.add_table(rows=1, cols=6)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(table)
    hdr = ["序号", "重点工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]
    for i, h in enumerate(hdr):
        c = table.rows[0].cells[i]
        cell_text(c, h, font=HT, size=11)
        set_cell_width(c, WIDTHS[i])
    set_repeat_header(table.rows[0])

    for row in ROWS:
        r = table.add_row()
        set_cant_split(r)
        if isinstance(row, str):
            merged = r.cells[0].merge(r.cells[5])
            cell_text(merged, row, align=WD_ALIGN_PARAGRAPH.LEFT, font=HT, size=11)
            continue
        for i, val in enumerate(row):
            align = WD_ALIGN_PARAGRAPH.JUSTIFY if i in (1, 4) else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(r.cells[i], val, align=align)
            set_cell_width(r.cells[i], WIDTHS[i])

    para(doc, "", space_line=20)
    # 版记
    p = para(doc, "抄送：县委办公室，县人大常委会办公室，县政协办公室。", FS, 14,
             space_line=24)
    p.paragraph_format.left_indent = Pt(14)
    para_border(p, top=True, sz=8)
    p = para(doc, "苓源县人民政府办公室　　　　　　　　　　　　　　　　　　　　　　2025年3月10日印发",
             FS, 14, space_line=24)
    p.paragraph_format.left_indent = Pt(14)
    para_border(p, top=True, bottom=True, sz=8)

    doc.core_properties.author = "zhouxy"
    doc.core_properties.title = ""
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
