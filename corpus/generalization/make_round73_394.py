#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 73, number 394: a 县纪委办公室 notice whose 附件 divides the county
纪检监察 工作要点 among the 委领导 and the 委机关 departments.

The 附件 is a landscape Word table
  类别 | 序号 | 工作任务 | 责任委领导 | 责任部门 | 完成时限 | 备注
in which the lead department is marked only by underlining it inside the
责任部门 cell (the 正文 and a 注 say so).  The underline is what a clerk's Word
file really holds: direct w:u on a run, on runs that Word split inside a name,
on a name and the 、 after it, on most of a name, through a character style
(cancelled once by a direct w:u="none"), and on paragraph marks only (which
print nothing).  Narrow header cells are typed a character a paragraph, the
类别 column is merged down with its name typed a character a paragraph, the
leaders and deadlines are merged down over runs of tasks, two leaders are two
paragraphs, and two-character names are padded with an ideographic space.

Writes 394_zhixi_xian_jiwei_xiahuaxian_qiantou.docx next to itself.
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "394_zhixi_xian_jiwei_xiahuaxian_qiantou.docx")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

doc = Document()

# ------------------------------------------------------------------ styles
st = doc.styles["Normal"]
st.font.size = Pt(16)
rpr = st.element.get_or_add_rPr()
rf = rpr.find(qn("w:rFonts"))
if rf is None:
    rf = OxmlElement("w:rFonts")
    rpr.insert(0, rf)
for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
    rf.set(qn(a), FS)
pf = st.paragraph_format
pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
pf.line_spacing = Pt(28)
pf.space_before = Pt(0)
pf.space_after = Pt(0)

# a character style the clerk made for marking lead departments: it underlines
styles_el = doc.styles.element
styles_el.append(parse_xml(
    f'<w:style {W} w:type="character" w:customStyle="1" w:styleId="a9">'
    '<w:name w:val="牵头部门"/><w:basedOn w:val="DefaultParagraphFont"/>'
    '<w:uiPriority w:val="1"/><w:qFormat/>'
    '<w:rPr><w:u w:val="single"/></w:rPr></w:style>'))
# the table paragraph style: 仿宋 五号, single spacing
styles_el.append(parse_xml(
    f'<w:style {W} w:type="paragraph" w:customStyle="1" w:styleId="aa">'
    '<w:name w:val="表格文字"/><w:basedOn w:val="Normal"/><w:qFormat/>'
    '<w:pPr><w:spacing w:line="300" w:lineRule="exact"/><w:jc w:val="left"/></w:pPr>'
    '<w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style>'))

# ------------------------------------------------------------------ helpers
RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps",
             "strike", "dstrike", "outline", "shadow", "emboss", "imprint",
             "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
             "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect",
             "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang",
             "eastAsianLayout", "specVanish", "oMath"]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rpr_xml(font=None, size=None, bold=False, color=None, u=None, style=None,
            extra=None):
    parts = {}
    if style:
        parts["rStyle"] = f'<w:rStyle w:val="{style}"/>'
    if font:
        parts["rFonts"] = (f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" '
                           f'w:eastAsia="{font}" w:hint="eastAsia"/>')
    if bold:
        parts["b"] = "<w:b/>"
    if color:
        parts["color"] = f'<w:color w:val="{color}"/>'
    if size:
        parts["sz"] = f'<w:sz w:val="{size}"/>'
        parts["szCs"] = f'<w:szCs w:val="{size}"/>'
    if u:
        parts["u"] = f'<w:u w:val="{u}"/>'
    if extra:
        parts.update(extra)
    body = "".join(parts[k] for k in RPR_ORDER if k in parts)
    return f"<w:rPr>{body}</w:rPr>" if body else ""


def run_xml(text, rsid=None, **kw):
    a = f' w:rsidR="{rsid}"' if rsid else ""
    sp = ' xml:space="preserve"' if text != text.strip() else ""
    return f'<w:r{a}>{rpr_xml(**kw)}<w:t{sp}>{esc(text)}</w:t></w:r>'


def para(text="", align=None, font=None, size=None, bold=False, color=None,
         indent_first=None, space_before=None, space_after=None, line=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    f = p.paragraph_format
    if indent_first is not None:
        f.first_line_indent = indent_first
    if space_before is not None:
        f.space_before = space_before
    if space_after is not None:
        f.space_after = space_after
    if line is not None:
        f.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        f.line_spacing = line
    if text:
        add_run(p, text, font=font, size=size, bold=bold, color=color)
    return p


def add_run(p, text, font=None, size=None, bold=False, color=None):
    r = p.add_run(text)
    if font:
        r.font.name = font
        r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if size:
        r.font.size = Pt(size)
    if bold:
        r.bold = True
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def body(text):
    return para(text, indent_first=Pt(32))


def bottom_rule(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = parse_xml(f'<w:pBdr {W}><w:bottom w:val="single" w:sz="{sz}" '
                    f'w:space="1" w:color="{color}"/></w:pBdr>')
    ppr.insert(0, bdr) if ppr.find(qn("w:pStyle")) is None else ppr.find(qn("w:pStyle")).addnext(bdr)


def page_footer(section):
    ft = section.footer
    ft.is_linked_to_previous = False
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p._p.append(parse_xml(f'<w:r {W}>{rpr_xml(font="宋体", size=28)}<w:t xml:space="preserve">— </w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}>{rpr_xml(font="宋体", size=28)}<w:fldChar w:fldCharType="begin"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}>{rpr_xml(font="宋体", size=28)}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}>{rpr_xml(font="宋体", size=28)}<w:fldChar w:fldCharType="separate"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}>{rpr_xml(font="宋体", size=28)}<w:t>1</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}>{rpr_xml(font="宋体", size=28)}<w:fldChar w:fldCharType="end"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}>{rpr_xml(font="宋体", size=28)}<w:t xml:space="preserve"> —</w:t></w:r>'))


# ------------------------------------------------------------------ page 1
sec = doc.sections[0]
sec.page_width = Mm(210)
sec.page_height = Mm(297)
sec.top_margin = Mm(37)
sec.bottom_margin = Mm(35)
sec.left_margin = Mm(28)
sec.right_margin = Mm(26)
sec.footer_distance = Mm(28)
page_footer(sec)

para("", line=Pt(28))
para("中共芷溪县纪委办公室文件", align=WD_ALIGN_PARAGRAPH.CENTER, font=XBS,
     size=36, color="FF0000", line=Pt(60), space_before=Pt(24))
para("", line=Pt(28))
p = para("芷纪办发〔2026〕3号", align=WD_ALIGN_PARAGRAPH.CENTER)
bottom_rule(p)
para("")
para("中共芷溪县纪委办公室", align=WD_ALIGN_PARAGRAPH.CENTER, font=XBS, size=22, line=Pt(36))
para("关于印发《2026年全县纪检监察工作要点", align=WD_ALIGN_PARAGRAPH.CENTER, font=XBS, size=22, line=Pt(36))
para("任务分工方案》的通知", align=WD_ALIGN_PARAGRAPH.CENTER, font=XBS, size=22, line=Pt(36))
para("")
para("各乡镇（街道）纪（工）委，各派驻纪检监察组，委机关各部门：")
body("《2026年全县纪检监察工作要点》已经十六届县纪委常委会第四十二次会议审议通过。"
     "为推动各项工作任务落地见效，现将《2026年全县纪检监察工作要点任务分工方案》"
     "（共7类31项，以下简称《分工方案》）印发给你们，并就有关事项通知如下。")
p = body("")
add_run(p, "一、压实工作责任。", font=HT)
add_run(p, "各责任委领导要加强对分管领域任务的统筹调度，定期听取推进情况汇报。"
           "《分工方案》“责任部门”栏中，加下划线的部门为牵头部门，负责制定推进措施、"
           "协调推进并汇总报送进展情况，其余部门为协同部门，要主动配合、形成合力；"
           "只列一个部门的，由该部门负责；未标注下划线的，由所列部门按职责分工共同推进。"
           "“责任委领导”栏中列两名委领导的，列第一位的为牵头委领导。")
p = body("")
add_run(p, "二、加强跟踪督办。", font=HT)
add_run(p, "各牵头部门要细化工作举措，明确时间节点，于每季度末月25日前将任务推进情况"
           "报送委办公室，办公室汇总后报委主要领导。对推进滞后的任务，由办公室提请"
           "责任委领导约谈牵头部门主要负责人。")
p = body("")
add_run(p, "三、严格考核问效。", font=HT)
add_run(p, "任务完成情况纳入委机关部门、派驻纪检监察组和乡镇（街道）纪（工）委年度考核，"
           "作为评先评优的重要依据。工作中遇到的重大问题，要及时向县纪委常委会请示报告。")
para("")
p = para("附件：2026年全县纪检监察工作要点任务分工方案", indent_first=Pt(32))
para("")
para("")
para("中共芷溪县纪委办公室", align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(64)
para("2026年2月13日", align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(80)
para("")
body("（此件发至乡镇（街道）纪（工）委、派驻纪检监察组）")

# ------------------------------------------------------------------ 附件 (landscape)
sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
sec2.orientation = WD_ORIENT.LANDSCAPE
sec2.page_width = Mm(297)
sec2.page_height = Mm(210)
sec2.top_margin = Mm(28)
sec2.bottom_margin = Mm(26)
sec2.left_margin = Mm(26)
sec2.right_margin = Mm(26)
sec2.footer_distance = Mm(16)

para("附件", font=HT)
para("")
para("2026年全县纪检监察工作要点任务分工方案", align=WD_ALIGN_PARAGRAPH.CENTER,
     font=XBS, size=22, line=Pt(36))
para("")

# column widths in twips (total 14000 = 24.7 cm)
COLS = [560, 560, 5400, 1020, 3600, 1140, 1720]


def tc(width, paras_xml, vmerge=None, span=None, valign="center"):
    pr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont":
        pr += '<w:vMerge/>'
    pr += f'<w:vAlign w:val="{valign}"/>'
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>{''.join(paras_xml)}</w:tc>"


def p_xml(runs_xml, jc="left", mark_u=False, bold_mark=False, rsid="00A41C77"):
    mark = ""
    if mark_u or bold_mark:
        mark = "<w:rPr>" + ("<w:b/>" if bold_mark else "") + ('<w:u w:val="single"/>' if mark_u else "") + "</w:rPr>"
    return (f'<w:p w:rsidR="{rsid}" w:rsidRDefault="{rsid}"><w:pPr><w:pStyle w:val="aa"/>'
            f'<w:jc w:val="{jc}"/>{mark}</w:pPr>{runs_xml}</w:p>')


def simple_p(text, jc="left", bold=False, font=None):
    if not text:
        return p_xml("", jc=jc)
    return p_xml(run_xml(text, bold=bold, font=font), jc=jc)


def vertical(text, jc="center", bold=False, font=None):
    """a narrow cell typed a character a paragraph"""
    return [simple_p(ch, jc=jc, bold=bold, font=font) for ch in text]


def hdr_row():
    cells = [
        tc(COLS[0], vertical("类别", font=HT)),
        tc(COLS[1], vertical("序号", font=HT)),
        tc(COLS[2], [simple_p("工作任务", jc="center", font=HT)]),
        # typed as 责任 / 委领导 with a manual line break
        tc(COLS[3], [p_xml(run_xml("责任", font=HT) + f'<w:r>{rpr_xml(font=HT)}<w:br/></w:r>'
                           + run_xml("委领导", font=HT), jc="center")]),
        tc(COLS[4], [simple_p("责任部门", jc="center", font=HT)]),
        tc(COLS[5], [simple_p("完成", jc="center", font=HT), simple_p("时限", jc="center", font=HT)]),
        tc(COLS[6], [simple_p("备　注", jc="center", font=HT)]),
    ]
    return ('<w:tr><w:trPr><w:cantSplit/><w:tblHeader/><w:jc w:val="center"/></w:trPr>'
            + "".join(cells) + "</w:tr>")


# ------------------------------------------------------------------ the tasks
# Units: a list of paragraphs; a paragraph is a list of segments
# (text, fmt) where fmt is None, "u" (direct single underline),
# "s" (the 牵头部门 character style), "s-none" (the style with a direct
# w:u="none"), and a paragraph may be given as ("MARK", [segments]) to carry
# an underlined paragraph mark.
U, S, SN = "u", "s", "s-none"

TASKS = [
    # ---------------- 政治监督
    dict(cat="政治监督", no="1", leaders=["郑怀远", "邵一鸣"], time="全年",
         text=["围绕学习贯彻党的二十届四中全会精神和党中央重大决策部署，健全政治监督清单和问题台账，"
               "对“十五五”规划开局之年重点任务落实情况开展监督检查。"],
         units=[[("党风政风监督室", U), ("、第一至第四纪检监察室、各派驻纪检监察组", None)]],
         remark="每季度末报送监督检查情况"),
    dict(cat="政治监督", no="2", leaders=["郑怀远", "邵一鸣"], time="全年",
         text=["聚焦粮食安全、生态环境保护、安全生产等领域开展贯彻落实情况专项监督，"
               "对敷衍应付、做选择题、搞变通等问题严肃问责。"],
         units=[[("党风政风监督室、", None), ("第二纪检监察室", U), ("、各派驻纪检监察组", None)]],
         remark=""),
    dict(cat="政治监督", no="3", leaders=["柯　静"], time="全年",
         text=["加强对“一把手”和领导班子监督，落实同级党委主要负责人与下级“一把手”"
               "和领导班子成员谈话制度，全年开展监督谈话不少于30人次。"],
         units=[[("干部监督室", S), ("、县委组织部", SN)]],
         remark=""),
    dict(cat="政治监督", no="4", leaders=["柯　静"], time="持续推进",
         text=["精准规范开展党风廉政意见回复，完善全县党员领导干部廉政档案，做到动态更新、应录尽录。"],
         units=[[("干部监督室", None)]],
         remark=""),
    dict(cat="政治监督", no="5", leaders=["鲁宏涛"], time="2026年11月底前",
         text=["强化对巡察整改、审计整改的日常监督，将整改情况纳入政治监督重点，建立问题整改销号机制。"],
         units=[[("县委巡察办", U), ("、", None), ("党风政风监督室", U), ("、县审计局", None)]],
         remark="与第26项统筹推进"),
    # ---------------- 作风建设
    dict(cat="作风建设", no="6", leaders=["贺建川"], time="全年",
         text=["锲而不舍落实中央八项规定及其实施细则精神，紧盯元旦春节、五一端午、中秋国庆等节点，"
               "常态化开展明察暗访，及时通报曝光典型问题。"],
         units=[[("党风政风监督室", U), ("、宣传部、各乡镇（街道）纪（工）委、各派驻纪检监察组", None)]],
         remark="重要节点各通报1次"),
    dict(cat="作风建设", no="7", leaders=["贺建川"], time="2026年9月底前",
         text=["深化违规吃喝问题专项整治，运用大数据比对公务卡消费、公务用车轨迹等信息，"
               "精准发现问题线索。"],
         # Word split the lead's name over runs with a spell-check mark between
         units=[("SPLIT7", None)],
         remark=""),
    dict(cat="作风建设", no="8", leaders=["贺建川"], time="2026年10月底前",
         text=["整治形式主义为基层减负，对督查检查考核过多过频、文山会海反弹回潮等问题开展监督检查。"],
         units=[("MARK", [("党风政风监督室", U), ("、办公室、县委督查室、县政府督查室", None)])],
         remark=""),
    dict(cat="作风建设", no="9", leaders=["邵一鸣"], time="全年",
         text=["加强对政务服务、窗口单位作风的监督，畅通12345热线问题线索移交渠道，"
               "推动解决企业和群众急难愁盼问题。"],
         units=[[("信访室", U), ("、党风政风监督室、派驻第三纪检监察组、县政务服务中心", None)]],
         remark=""),
    dict(cat="作风建设", no="10", leaders=["邵一鸣", "贺建川"], time="全年",
         text=["开展优化营商环境专项监督，严肃查处吃拿卡要、推诿扯皮、以权谋私等问题，"
               "每季度发布典型案例。"],
         units=[[("第三纪检监察室、", None), ("党风政风监督室", U), ("、宣传部", None)]],
         remark=""),
    dict(cat="作风建设", no="11", leaders=["贺建川"], time="2026年12月底前",
         text=["做好年度作风建设评议工作，组织开展“纪委监委开放日”活动，邀请特约监察员参与监督。"],
         # one department a paragraph, no 、; the lead in the second paragraph
         units=[[("党风政风监督室", None)], [("宣传部", U)], [("办公室", None)]],
         remark=""),
    # ---------------- 惩治腐败
    dict(cat="惩治腐败", no="12", leaders=["郑怀远", "韦立群"], time="全年",
         text=["坚持严的基调，聚焦工程建设、国有企业、金融、医药卫生、粮食购销等重点领域，"
               "持续加大案件查办力度。",
               "力争全年立案数、留置数同比有所增长。"],
         units=[[("第一纪检监察室", U), ("、", None), ("第二纪检监察室", U), ("、", None),
                 ("第三纪检监察室", U), ("、", None), ("第四纪检监察室", U),
                 ("、案件监督管理室", None)]],
         remark="四个纪检监察室按联系片区分别牵头"),
    dict(cat="惩治腐败", no="13", leaders=["韦立群"], time="2026年12月底前",
         text=["深化受贿行贿一起查，健全行贿人“黑名单”制度，配合有关部门开展联合惩戒。"],
         units=[[("案件监督管理室", U), ("、案件审理室、县公安局、县人民检察院、县市场监管局", None)]],
         remark=""),
    dict(cat="惩治腐败", no="14", leaders=["杜　蘅"], time="全年",
         text=["规范问题线索处置，严格执行线索集中管理、集体排查制度，全年线索处置率达到100%。"],
         units=[[("案件监督管理室", S)]],
         remark=""),
    dict(cat="惩治腐败", no="15", leaders=["杜　蘅"], time="2026年11月底前",
         text=["严格审查调查安全和办案质量管控，开展案件质量评查，评查覆盖率不低于30%。"],
         # the style was applied over the name and the 、 after it
         units=[[("案件审理室、", S), ("案件监督管理室、法规室", None)]],
         remark=""),
    dict(cat="惩治腐败", no="16", leaders=["杜　蘅"], time="2026年6月底前",
         text=["深化纪检监察机关与审判机关、检察机关、公安机关、审计机关等协作配合机制，"
               "完善问题线索移送标准和程序。"],
         units=[("SPLIT16", None)],
         remark=""),
    dict(cat="惩治腐败", no="17", leaders=["韦立群"], time="全年",
         text=["推进以案促改、以案促治，对查办的典型案件逐案剖析，制发纪检监察建议书并跟踪督促整改落实。"],
         units=[[("第一纪检监察室、第二纪检监察室、", None), ("案件审理室", U), ("、宣传部", None)]],
         remark=""),
    dict(cat="惩治腐败", no="18", leaders=["贺建川"], time="2026年10月底前",
         text=["加强新时代廉洁文化建设，用好县廉政教育基地，拍摄警示教育片1部，召开全县警示教育大会。"],
         units=[[("宣传部", U), ("、县委宣传部、各乡镇（街道）纪（工）委", None)]],
         remark=""),
    # ---------------- 群众身边不正之风和腐败问题
    dict(cat="群众身边不正之风", no="19", leaders=["邵一鸣"], time="全年",
         text=["深化群众身边不正之风和腐败问题集中整治，聚焦乡村振兴、教育医疗、养老社保等"
               "民生领域开展专项整治。"],
         units=[[("党风政风监督室", U), ("、", None), ("第四纪检监察室", U),
                 ("、各乡镇（街道）纪（工）委、各派驻纪检监察组", None)]],
         remark=""),
    dict(cat="群众身边不正之风", no="20", leaders=["邵一鸣"], time="2026年10月底前",
         text=["加强对农村集体“三资”管理的监督，推动村级小微权力清单落地，"
               "开展村（社区）“两委”成员廉洁风险排查。"],
         # the underline stops one character short of the end of the name
         units=[[("第四纪检监察", U), ("室、各乡镇（街道）纪（工）委、县农业农村局", None)]],
         remark=""),
    dict(cat="群众身边不正之风", no="21", leaders=["邵一鸣"], time="全年",
         text=["强化信访举报工作，推进信访问题源头治理，落实领导干部接访下访制度，重复举报率同比下降。"],
         units=[[("信访室", None)]],
         remark="重复举报率由案件监督管理室按季度统计"),
    dict(cat="群众身边不正之风", no="22", leaders=["柯　静"], time="持续推进",
         text=["完善“室组地”联动监督机制，开展片区协作、交叉监督和联合办案，提升基层监督质效。"],
         # nothing underlined, but the paragraph mark is (it prints nothing)
         units=[("MARK", [("第一纪检监察室、第二纪检监察室、第三纪检监察室、第四纪检监察室、"
                           "各派驻纪检监察组、各乡镇（街道）纪（工）委", None)])],
         remark=""),
    dict(cat="群众身边不正之风", no="23", leaders=["杜　蘅"], time="2026年9月底前",
         text=["加强对教育、医疗卫生系统的监督，配合开展医保基金管理突出问题专项整治，"
               "严肃查处侵害群众利益问题。"],
         units=[[("派驻第二纪检监察组", U), ("、", None), ("派驻第五纪检监察组", U),
                 ("、第三纪检监察室", None)]],
         remark=""),
    # ---------------- 巡察监督
    dict(cat="巡察监督", no="24", leaders=["鲁宏涛"], time="2026年11月底前",
         text=["统筹安排十六届县委第八轮、第九轮常规巡察，开展村（社区）巡察全覆盖“回头看”。"],
         units=[[("县委巡察办", U), ("、各县委巡察组", None)]],
         remark=""),
    dict(cat="巡察监督", no="25", leaders=["鲁宏涛"], time="全年",
         text=["深化巡察上下联动，配合完成市委巡察工作，对巡察发现的问题线索建立快移快办机制。"],
         units=[("MARK", [("县委巡察办", U), ("、案件监督管理室", None)])],
         remark=""),
    dict(cat="巡察监督", no="26", leaders=["鲁宏涛"], time="2026年12月底前",
         text=["加强巡察整改日常监督和成果运用，督促被巡察党组织制定整改方案，整改完成率达到95%以上。"],
         units=[[("县委巡察办", U), ("、各派驻纪检监察组、各乡镇（街道）纪（工）委", None)]],
         remark=""),
    # ---------------- 深化改革
    dict(cat="深化改革", no="27", leaders=["邵一鸣"], time="2026年8月底前",
         text=["深化派驻机构改革，完善派驻纪检监察组履职考核办法，推动派驻监督向下延伸。"],
         units=[[("组织部", U), ("、各派驻纪检监察组", None)]],
         remark="考核结果报县委组织部备案"),
    dict(cat="深化改革", no="28", leaders=["邵一鸣", "杜　蘅"], time="2026年9月底前",
         text=["推进纪检监察信息化建设，完成监督执纪执法一体化平台县级部署和数据对接。"],
         units=[[("信息技术保障室", U), ("、案件监督管理室、办公室", None)]],
         remark=""),
    # ---------------- 自身建设
    dict(cat="自身建设", no="29", leaders=["柯　静"], time="全年",
         text=["巩固纪检监察干部队伍教育整顿成果，开展全员培训，全年组织业务培训不少于6期。"],
         units=[[("组织部", U), ("、干部监督室、各派驻纪检监察组、各乡镇（街道）纪（工）委", None)]],
         remark=""),
    dict(cat="自身建设", no="30", leaders=["柯　静"], time="持续推进",
         text=["严格执行打听干预监督检查、审查调查工作等事项报告登记制度，坚决防治“灯下黑”。"],
         units=[[("干部监督室", U)]],
         remark=""),
    dict(cat="自身建设", no="31", leaders=["邵一鸣"], time="全年",
         text=["加强机关规范化建设，做好文电会务、保密、档案和后勤保障等工作。"],
         units=[[("办公室", U), ("、委机关各部门", None)]],
         remark=""),
]


def seg_runs(segs, rsid="00A41C77"):
    out = []
    for text, fmt in segs:
        if fmt == U:
            out.append(run_xml(text, rsid=rsid, u="single"))
        elif fmt == S:
            out.append(run_xml(text, rsid=rsid, style="a9"))
        elif fmt == SN:
            out.append(run_xml(text, rsid=rsid, style="a9", u="none"))
        else:
            out.append(run_xml(text, rsid=rsid))
    return "".join(out)


def unit_paras(units):
    if units == [("SPLIT7", None)]:
        # 党风政风监督室 underlined, cut by Word into three runs around a spell mark
        runs = (run_xml("党风政风", rsid="00B7D21E", u="single")
                + '<w:proofErr w:type="spellStart"/>'
                + run_xml("监督", rsid="00C2F05A", u="single")
                + '<w:proofErr w:type="spellEnd"/>'
                + run_xml("室", rsid="00C2F05A", u="single")
                + run_xml("、", rsid="00C2F05A")
                + run_xml("信息技术保障室", rsid="00B7D21E")
                + run_xml("、县财政局", rsid="00B7D21E"))
        return [p_xml(runs)]
    if units == [("SPLIT16", None)]:
        # 法规室 underlined in two runs with a bookmark between them
        runs = (run_xml("法规", rsid="004E19A3", u="single")
                + '<w:bookmarkStart w:id="7" w:name="_Hlk190431277"/>'
                + run_xml("室", rsid="006D88B1", u="single")
                + '<w:bookmarkEnd w:id="7"/>'
                + run_xml("、案件监督管理室、县人民法院、县人民检察院、县公安局、县审计局", rsid="006D88B1"))
        return [p_xml(runs)]
    out = []
    for u in units:
        if isinstance(u, tuple) and u[0] == "MARK":
            out.append(p_xml(seg_runs(u[1]), mark_u=True))
        else:
            out.append(p_xml(seg_runs(u)))
    return out


def leader_paras(names):
    return [simple_p(n, jc="center") for n in names]


def build_table():
    rows = [hdr_row()]
    n = len(TASKS)
    for i, t in enumerate(TASKS):
        prev = TASKS[i - 1] if i else None
        nxt = TASKS[i + 1] if i + 1 < n else None

        def merge_state(key):
            same_prev = prev is not None and prev["cat"] == t["cat"] and prev[key] == t[key]
            same_next = nxt is not None and nxt["cat"] == t["cat"] and nxt[key] == t[key]
            if same_prev:
                return "cont"
            if same_next:
                return "restart"
            return None

        # 类别
        if prev is None or prev["cat"] != t["cat"]:
            cat_cell = tc(COLS[0], vertical(t["cat"]), vmerge="restart")
        else:
            cat_cell = tc(COLS[0], [simple_p("", jc="center")], vmerge="cont")
        # 责任委领导 merged over runs of the same leaders in a 类别
        ms = merge_state("leaders")
        if ms == "cont":
            lead_cell = tc(COLS[3], [simple_p("", jc="center")], vmerge="cont")
        else:
            lead_cell = tc(COLS[3], leader_paras(t["leaders"]), vmerge=ms)
        # 完成时限 merged the same way
        ts = merge_state("time")
        if ts == "cont":
            time_cell = tc(COLS[5], [simple_p("", jc="center")], vmerge="cont")
        else:
            time_cell = tc(COLS[5], [simple_p(t["time"], jc="center")], vmerge=ts)
        cells = [
            cat_cell,
            tc(COLS[1], [simple_p(t["no"], jc="center")]),
            tc(COLS[2], [simple_p(x) for x in t["text"]]),
            lead_cell,
            tc(COLS[4], unit_paras(t["units"])),
            time_cell,
            tc(COLS[6], [simple_p(t["remark"])]),
        ]
        rows.append('<w:tr><w:trPr><w:jc w:val="center"/></w:trPr>' + "".join(cells) + "</w:tr>")
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in COLS)
    border = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                     for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tbl = (f'<w:tbl {W}><w:tblPr><w:tblW w:w="{sum(COLS)}" w:type="dxa"/><w:jc w:val="center"/>'
           f'<w:tblBorders>{border}</w:tblBorders><w:tblLayout w:type="fixed"/>'
           '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
           f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>' + "".join(rows) + "</w:tbl>")
    return parse_xml(tbl)


anchor = para("")
anchor._p.addprevious(build_table())
# the 注 under the table
p = anchor
add_run(p, "注：“责任部门”栏中加下划线的为牵头部门，其余为协同部门；只列一个部门的，由该部门负责；"
           "未标注下划线的，由所列部门按职责分工共同推进。", font=KT, size=12)
p.paragraph_format.line_spacing = Pt(20)

# ------------------------------------------------------------------ 版记 (portrait)
sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
sec3.orientation = WD_ORIENT.PORTRAIT
sec3.page_width = Mm(210)
sec3.page_height = Mm(297)
sec3.top_margin = Mm(37)
sec3.bottom_margin = Mm(35)
sec3.left_margin = Mm(28)
sec3.right_margin = Mm(26)
sec3.footer_distance = Mm(28)
for _ in range(16):
    para("")


def rule_para(text, top=False, bottom=True, sz=8):
    p = para("", size=14)
    ppr = p._p.get_or_add_pPr()
    edges = ""
    if top:
        edges += f'<w:top w:val="single" w:sz="{sz}" w:space="1" w:color="000000"/>'
    if bottom:
        edges += f'<w:bottom w:val="single" w:sz="{sz}" w:space="1" w:color="000000"/>'
    ppr.insert(0, parse_xml(f'<w:pBdr {W}>{edges}</w:pBdr>'))
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    add_run(p, text, size=14)
    return p


rule_para("抄送：市纪委监委办公室，县委办公室，县纪委常委、监委委员。", top=True, sz=8)
rule_para("中共芷溪县纪委办公室　　　　　　　　　　2026年2月13日印发", sz=8)

doc.core_properties.author = "县纪委办公室"
doc.core_properties.title = "关于印发《2026年全县纪检监察工作要点任务分工方案》的通知"
doc.save(OUT)
print("wrote", OUT)
