#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generate 213_chengling_fengong_sdt.docx: a county office notice made from a Word
template with content controls (w:sdt) and text boxes, task table in the attachment.
Run with /usr/bin/python3 (python-docx). Output goes next to this script."""
import copy
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.oxml.ns import nsdecls as _nsdecls

_EXTRA_NS = {
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "w10": "urn:schemas-microsoft-com:office:word",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
}


def nsdecls(*prefixes):
    std = [p for p in prefixes if p not in _EXTRA_NS]
    extra = ['xmlns:%s="%s"' % (p, _EXTRA_NS[p]) for p in prefixes if p in _EXTRA_NS]
    return " ".join(([_nsdecls(*std)] if std else []) + extra)
from docx.shared import Mm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "213_chengling_fengong_sdt.docx")

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"

doc = Document()
body = doc.element.body

# ---------------------------------------------------------------- page setup
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
sec.left_margin, sec.right_margin = Mm(28), Mm(26)

st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.space_before = Pt(0)


def set_font(run, east=FS, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rpr.rFonts.set(qn("w:eastAsia"), east)
    if color:
        from docx.shared import RGBColor
        run.font.color.rgb = RGBColor.from_string(color)


def para(text="", east=FS, size=16, bold=False, align=None, indent=True, color=None,
         line_exact=28):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        set_font(r, east, size, bold, color)
    pf = p.paragraph_format
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if line_exact:
        pf.line_spacing = Pt(line_exact)
    return p


_sdt_id = [-1290000000]


def sdt_pr(alias, tag, placeholder=False, dropdown=None, lock=None):
    _sdt_id[0] += 7919
    xml = ['<w:sdtPr %s>' % nsdecls("w")]
    if placeholder:
        xml.append('<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>')
    xml.append('<w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>' % (alias, tag, _sdt_id[0]))
    if lock:
        xml.append('<w:lock w:val="%s"/>' % lock)
    if placeholder:
        xml.append('<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder>'
                   '<w:showingPlcHdr/>')
    if dropdown:
        xml.append('<w:dropDownList>')
        for item in dropdown:
            xml.append('<w:listItem w:displayText="%s" w:value="%s"/>' % (item, item))
        xml.append('</w:dropDownList>')
    elif not placeholder:
        xml.append('<w:text/>')
    else:
        xml.append('<w:text/>')
    xml.append('</w:sdtPr>')
    return parse_xml("".join(xml))


def wrap_in_sdt(elements, alias, tag, **kw):
    """Wrap consecutive block (or cell) elements in one w:sdt at the place of the first."""
    first = elements[0]
    parent = first.getparent()
    sdt = parse_xml('<w:sdt %s/>' % nsdecls("w"))
    sdt.append(sdt_pr(alias, tag, **kw))
    sdt.append(parse_xml('<w:sdtEndPr %s/>' % nsdecls("w")))
    content = parse_xml('<w:sdtContent %s/>' % nsdecls("w"))
    sdt.append(content)
    parent.insert(parent.index(first), sdt)
    for el in elements:
        content.append(el)  # moves the element
    return sdt


# ---------------------------------------------------------------- head: text boxes
FENHAO = "000128"
BIAOZHI = "澄岭县人民政府办公室文件"

p_anchor = para("", indent=False, line_exact=None)
vml_fenhao = f'''<w:r {nsdecls("w", "v", "o")}><w:rPr><w:noProof/></w:rPr><w:pict>
<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="文本框 2" o:spid="_x0000_s1026" type="#_x0000_t202"
 style="position:absolute;margin-left:0;margin-top:-62pt;width:96pt;height:26pt;z-index:251661312;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text"
 filled="f" stroked="f"><v:textbox inset="0,0,0,0"><w:txbxContent><w:p><w:pPr><w:jc w:val="left"/></w:pPr>
<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{HEI}"/><w:sz w:val="32"/></w:rPr><w:t>{FENHAO}</w:t></w:r>
</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>'''
p_anchor._p.append(parse_xml(vml_fenhao))

txbx_p = (f'<w:p><w:pPr><w:jc w:val="distribute"/><w:spacing w:line="240" w:lineRule="auto"/></w:pPr>'
          f'<w:r><w:rPr><w:rFonts w:ascii="{XBS}" w:hAnsi="{XBS}" w:eastAsia="{XBS}"/>'
          f'<w:color w:val="FF0000"/><w:w w:val="80"/><w:sz w:val="100"/><w:szCs w:val="100"/></w:rPr>'
          f'<w:t>{BIAOZHI}</w:t></w:r></w:p>')
alt = f'''<w:r {nsdecls("w", "v", "o", "wp", "a", "mc", "wps")}><w:rPr><w:noProof/></w:rPr>
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264"
 behindDoc="0" locked="1" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="5615940" cy="899795"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapTopAndBottom/><wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5615940" cy="899795"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="6350"><a:noFill/></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{txbx_p}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape id="文本框 1" o:spid="_x0000_s1027" type="#_x0000_t202"
 style="position:absolute;left:0;text-align:left;margin-left:0;margin-top:0;width:442.2pt;height:70.85pt;z-index:251659264;mso-position-horizontal:center;mso-position-horizontal-relative:margin"
 o:allowoverlap="t" filled="f" stroked="f" strokeweight=".5pt"><v:textbox inset="0,0,0,0">
<w:txbxContent>{txbx_p}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom" {nsdecls("w10")}/><w10:anchorlock {nsdecls("w10")}/></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r>'''
p_anchor._p.append(parse_xml(alt))

for _ in range(2):
    para("", indent=False)

# 发文字号 in a content control
p_wh = para("澄政办发〔2024〕7号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
wrap_in_sdt([p_wh._p], "发文字号", "fwzh")

# red rule
p_rule = para("", indent=False, line_exact=12)
p_rule._p.get_or_add_pPr().append(parse_xml(
    '<w:pBdr %s><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr>' % nsdecls("w")))

para("", indent=False)
TITLE = "澄岭县人民政府办公室关于印发2024年县《政府工作报告》重点工作任务分工的通知"
p_title = para(TITLE, east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line_exact=35)
wrap_in_sdt([p_title._p], "标题", "bt")
para("", indent=False)

# ---------------------------------------------------------------- 正文 (one block content control)
body_ps = []
body_ps.append(para("各乡（镇）人民政府，县政府各部门，县直各有关单位：", indent=False))
body_ps.append(para("为全面完成县十八届人大四次会议审议通过的《政府工作报告》确定的目标任务，经县人民政府同意，"
                    "现将2024年县《政府工作报告》重点工作任务分工印发给你们，并就有关事项通知如下。"))
body_ps.append(para("一、提高思想认识", east=HEI))
body_ps.append(para("《政府工作报告》是县人民政府向全县人民作出的庄严承诺。各乡（镇）、各部门要把落实报告确定的各项任务"
                    "作为检验工作成效的重要标准，切实增强责任感和紧迫感，确保各项工作落地见效。"))
body_ps.append(para("二、压实工作责任", east=HEI))
body_ps.append(para("牵头县领导为该项工作的第一责任人，负责统筹协调、督促推进。牵头单位对任务落实负总责，"
                    "要细化工作措施，明确完成时限，主动协调配合单位；配合单位要按照职责分工积极配合，"
                    "形成工作合力。牵头单位为两个及以上的，由第一个单位负责汇总报送工作进展。"))
body_ps.append(para("三、强化督查考核", east=HEI))
body_ps.append(para("各牵头单位要于每季度最后一个月25日前，将任务推进情况报县政府督查室（联系电话：0739—5281136，"
                    "电子邮箱：clxdcs@163.com）。县政府督查室将定期开展专项督查，督查结果纳入年度绩效考核。"))
body_ps.append(para(""))
body_ps.append(para("附件：2024年县《政府工作报告》重点工作任务分工表"))
for _ in range(3):
    body_ps.append(para(""))
p_sig = para("澄岭县人民政府办公室", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
p_sig.paragraph_format.right_indent = Pt(64)
body_ps.append(p_sig)
p_date = para("2024年3月18日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
p_date.paragraph_format.right_indent = Pt(80)
body_ps.append(p_date)
body_ps.append(para("（此件公开发布）"))
wrap_in_sdt([p._p for p in body_ps], "正文", "zw")

# ---------------------------------------------------------------- attachment, landscape
sec2 = doc.add_section()
sec2.orientation = WD_ORIENT.LANDSCAPE
sec2.page_width, sec2.page_height = Mm(297), Mm(210)
sec2.top_margin, sec2.bottom_margin = Mm(28), Mm(26)
sec2.left_margin, sec2.right_margin = Mm(30), Mm(28)

# python-docx adds the new section's sectPr to the body; the paragraph holding the previous
# sectPr is the last paragraph before; the first paragraph of the new section follows.
para("附件", east=HEI, indent=False)
para("", indent=False)
p_at = para("2024年县《政府工作报告》重点工作任务分工表", east=XBS, size=20,
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line_exact=32)
p_blank2 = para("", indent=False, line_exact=14)

LEADERS = ["陈志远（县长）", "刘建华（常务副县长）", "马晓燕（副县长）", "周文斌（副县长）",
           "何海涛（副县长）", "孙蕾（副县长）", "唐立群（副县长、县公安局局长）"]

# Each row: (no, task_paragraphs, leader_paragraphs, lead, coop, deadline, flags)
# flags: 'L' leader cell in dropdown sdt, 'D' deadline cell in sdt, 'P' coop cell = empty placeholder sdt
SECTIONS = [
    ("一、稳增长扩投资（共7项）", [
        ("1", ["全力抓好项目建设。全年实施县级重点项目120个，完成投资185亿元以上，其中新开工项目52个。"],
         ["刘建华（常务副县长）"], "县发展和改革局",
         "县财政局、县自然资源局、县住房和城乡建设局、各乡（镇）人民政府", "2024年12月底前", "LD"),
        ("2", ["积极争取上级资金支持。争取中央预算内投资、地方政府专项债券等上级资金不低于18亿元。"],
         ["刘建华（常务副县长）"], "县发展和改革局、县财政局", "县直各有关单位", "2024年12月底前", "L"),
        ("3", ["促进消费提质扩容。举办“澄岭乡味”美食节、家电以旧换新等促消费活动10场次以上，社会消费品零售总额增长6%。"],
         ["周文斌（副县长）"], "县商务局", "县市场监督管理局、县文化和旅游局、县融媒体中心", "2024年12月底前", "LD"),
        ("4", ["稳住工业经济基本盘。规模以上工业增加值增长7%，新增规模以上工业企业15家。"],
         ["周文斌（副县长）"], "县工业和信息化局", "县统计局、澄岭经济开发区管委会", "2024年12月底前", "L"),
        ("5", ["强化招商引资。全年引进亿元以上项目30个，其中：",
               "（1）工业项目不少于18个，实际到位资金60亿元以上；",
               "（2）现代服务业项目不少于8个。"],
         ["陈志远（县长）"], "县投资促进中心", "澄岭经济开发区管委会、县商务局、各乡（镇）人民政府",
         "2024年12月底前", "L"),
        ("6", ["加快开发区扩区调区。完成澄岭经济开发区扩区调区报批，新增标准化厂房20万平方米。"],
         ["刘建华（常务副县长）", "周文斌（副县长）"], "澄岭经济开发区管委会",
         "县自然资源局、县住房和城乡建设局", "2024年9月底前", "D"),
        ("7", ["推进重大交通项目建设。加快G356线澄岭段改建、县城至高铁站快速通道建设，年内完成投资9.6亿元。"],
         ["何海涛（副县长）"], "县交通运输局", "县自然资源局、县财政局、市公路事业发展中心澄岭分中心",
         "2024年12月底前", "L"),
    ]),
    ("二、推动乡村全面振兴（共6项）", [
        ("8", ["稳定粮食生产。粮食播种面积稳定在58.6万亩以上，总产量稳定在23万吨以上。"],
         ["马晓燕（副县长）"], "县农业农村局", "县自然资源局、县水利局、各乡（镇）人民政府", "2024年10月底前", "LD"),
        ("9", ["新建高标准农田3.5万亩，完成耕地“非粮化”“非农化”问题整改。"],
         ["马晓燕（副县长）"], "县农业农村局", "县财政局、县自然资源局、县水利局", "2024年11月底前", "L"),
        ("10", ["巩固拓展脱贫攻坚成果。落实防止返贫动态监测和帮扶机制，脱贫人口人均纯收入增长10%以上。"],
         ["马晓燕（副县长）"], "县农业农村局", "县民政局、县人力资源和社会保障局、县医疗保障局",
         "全年", "L"),
        ("11", ["做强特色产业。壮大茶叶、油茶、中药材三大主导产业，新增茶园1.2万亩、油茶林2万亩。"],
         ["马晓燕（副县长）"], "县林业局", "县农业农村局、县供销合作社联合社", "2024年12月底前", "LD"),
        ("12", ["实施农村人居环境整治提升行动。农村卫生厕所普及率达到90%，生活垃圾有效处理的行政村保持全覆盖。"],
         ["孙蕾（副县长）"], "县农业农村局", "县卫生健康委员会、市生态环境局澄岭分局、各乡（镇）人民政府",
         "全年", "L"),
        ("13", ["推进水利基础设施建设。完成大坪水库除险加固，新（改）建农村供水工程12处。"],
         ["何海涛（副县长）"], "县水利局", "县发展和改革局、县财政局", "2024年12月底前", "L"),
    ]),
    ("三、持续增进民生福祉（共6项）", [
        ("14", ["稳定和扩大就业。城镇新增就业4200人，城镇调查失业率控制在5.5%以内。"],
         ["孙蕾（副县长）"], "县人力资源和社会保障局", "县财政局、县教育局、县总工会、团县委、县妇联", "全年", "L"),
        ("15", ["办好人民满意的教育。新建城东第二小学，新增学位1800个，持续深化“双减”工作。"],
         ["孙蕾（副县长）"], "县教育局", "县发展和改革局、县财政局、县自然资源局、县住房和城乡建设局",
         "2024年8月底前", "LD"),
        ("16", ["推进健康澄岭建设。县人民医院新院区主体完工，县中医医院创成三级中医医院。"],
         ["孙蕾（副县长）"], "县卫生健康委员会", "县人民医院、县中医医院、县医疗保障局", "2024年12月底前", "L"),
        ("17", ["完善社会保障体系。城乡居民基本养老保险参保率稳定在95%以上。"],
         ["孙蕾（副县长）"], "县人力资源和社会保障局、县医疗保障局", "县民政局、国家税务总局澄岭县税务局",
         "全年", "L"),
        ("18", ["加强“一老一小”服务。新建社区养老服务站8个、普惠托育机构2家。"],
         ["孙蕾（副县长）"], "县民政局", "县卫生健康委员会、县住房和城乡建设局", "2024年11月底前", "L"),
        ("19", ["实施城市更新行动。改造老旧小区23个、1860户，新建改造城市燃气管网18公里。"],
         ["刘建华（常务副县长）"], "县住房和城乡建设局", "县城市管理局、县财政局、城关镇人民政府",
         "2024年12月底前", "LD"),
    ]),
    ("四、统筹发展和安全（共6项）", [
        ("20", ["守牢安全生产底线。深化安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。"],
         ["唐立群（副县长、县公安局局长）"], "县应急管理局", "县安委会各成员单位", "全年", "L"),
        ("21", ["加强政府债务风险防控。严格落实政府债务化解方案，确保不发生债务违约风险。"],
         ["刘建华（常务副县长）"], "县财政局", "县审计局、澄岭县城市建设投资集团有限公司", "全年", "L"),
        ("22", ["推进法治政府建设。全面推行行政执法“三项制度”，行政复议案件办结率达到100%。"],
         ["何海涛（副县长）"], "县司法局", "", "2024年12月底前", "LP"),
        ("23", ["持续优化营商环境。深化“一件事一次办”改革，政务服务事项网上可办率达到98%以上。"],
         ["陈志远（县长）"], "县行政审批服务局", "县政务服务中心、县市场监督管理局、县直各有关单位", "持续推进", "L"),
        ("24", ["维护社会大局稳定。深化平安澄岭建设，刑事案件发案率同比下降5%。"],
         ["唐立群（副县长、县公安局局长）"], "县公安局", "县委政法委、县司法局、县信访局、各乡（镇）人民政府",
         "全年", "L"),
        ("25", ["加强政府自身建设。严格落实过紧日子要求，一般性支出压减5%以上。"],
         ["陈志远（县长）"], "县政府办公室", "县财政局、县审计局、县政府各部门", "全年", "L"),
    ]),
]

HEAD = ["序号", "重点任务", "牵头县领导", "牵头单位", "配合单位", "完成时间"]
WIDTHS = [Mm(14), Mm(92), Mm(32), Mm(34), Mm(46), Mm(21)]
nrows = 1 + sum(1 + len(rows) for _, rows in SECTIONS)
table = doc.add_table(rows=nrows, cols=6)
table.style = doc.styles["Table Grid"]
tbl = table._tbl
# header row repeats on each page
trpr = table.rows[0]._tr.get_or_add_trPr()
trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def fill_cell(cell, paras, east=FS, size=12, bold=False, center=False):
    first = cell.paragraphs[0]
    for i, t in enumerate(paras):
        p = first if i == 0 else cell.add_paragraph()
        if t:
            r = p.add_run(t)
            set_font(r, east, size, bold)
        p.paragraph_format.line_spacing = Pt(18)
        p.paragraph_format.first_line_indent = None
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return cell


for j, h in enumerate(HEAD):
    fill_cell(table.cell(0, j), [h], east=HEI, size=12, center=True)

cell_sdts = []  # (cell, kind)
ri = 1
for sec_title, rows in SECTIONS:
    merged = table.cell(ri, 0).merge(table.cell(ri, 5))
    fill_cell(merged, [sec_title], east=HEI, size=12)
    ri += 1
    for no, task, leaders, lead, coop, ddl, flags in rows:
        fill_cell(table.cell(ri, 0), [no], center=True)
        fill_cell(table.cell(ri, 1), task)
        fill_cell(table.cell(ri, 2), leaders, center=True)
        fill_cell(table.cell(ri, 3), [lead])
        fill_cell(table.cell(ri, 4), [coop] if coop else [""])
        fill_cell(table.cell(ri, 5), [ddl], center=True)
        if "L" in flags:
            cell_sdts.append((table.cell(ri, 2), "L"))
        if "D" in flags:
            cell_sdts.append((table.cell(ri, 5), "D"))
        if "P" in flags:
            cell_sdts.append((table.cell(ri, 4), "P"))
        ri += 1

for row in table.rows:
    for j, c in enumerate(row.cells):
        c.width = WIDTHS[j]

# content controls inside cells (w:sdt inside w:tc around the cell's paragraph)
for cell, kind in cell_sdts:
    tc = cell._tc
    ps = tc.findall(qn("w:p"))
    if kind == "L":
        wrap_in_sdt(ps, "牵头县领导", "qtxld", dropdown=LEADERS)
    elif kind == "D":
        wrap_in_sdt(ps, "完成时间", "wcsj")
    elif kind == "P":
        p = ps[0]
        r = parse_xml('<w:r %s><w:rPr><w:rStyle w:val="PlaceholderText"/><w:rFonts w:eastAsia="%s"/>'
                      '<w:sz w:val="24"/></w:rPr><w:t>单击或点击此处输入文字。</w:t></w:r>' % (nsdecls("w"), FS))
        p.append(r)
        wrap_in_sdt(ps, "配合单位", "phdw", placeholder=True)

# the table title and the table in one block content control
wrap_in_sdt([p_at._p, p_blank2._p, tbl], "附件表格", "fjbg")

# ---------------------------------------------------------------- 版记, back to portrait
sec3 = doc.add_section()
sec3.orientation = WD_ORIENT.PORTRAIT
sec3.page_width, sec3.page_height = Mm(210), Mm(297)
sec3.top_margin, sec3.bottom_margin = Mm(37), Mm(35)
sec3.left_margin, sec3.right_margin = Mm(28), Mm(26)
for _ in range(16):
    para("", indent=False)
p_cs = para("抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。", size=14, indent=False)
p_cs.paragraph_format.left_indent = Pt(14)
p_cs.paragraph_format.first_line_indent = Pt(0)
p_cs._p.get_or_add_pPr().append(parse_xml(
    '<w:pBdr %s><w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/>'
    '<w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>' % nsdecls("w")))
p_yf = para("", size=14, indent=False)
r = p_yf.add_run("澄岭县人民政府办公室")
set_font(r, size=14)
p_yf.add_run("\t")
r = p_yf.add_run("2024年3月18日印发")
set_font(r, size=14)
p_yf.paragraph_format.left_indent = Pt(14)
p_yf.paragraph_format.tab_stops.add_tab_stop(Mm(150), alignment=2)  # right tab
p_yf._p.get_or_add_pPr().append(parse_xml(
    '<w:pBdr %s><w:bottom w:val="single" w:sz="8" w:space="1" w:color="000000"/></w:pBdr>' % nsdecls("w")))

# placeholder style so Word shows the grey placeholder text
styles_el = doc.styles.element
if not styles_el.xpath("w:style[@w:styleId='PlaceholderText']"):
    styles_el.append(parse_xml(
        '<w:style %s w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/>'
        '<w:rPr><w:color w:val="808080"/></w:rPr></w:style>' % nsdecls("w")))

doc.core_properties.author = "czb"
doc.core_properties.title = ""
doc.save(OUT)
print("wrote", OUT)
