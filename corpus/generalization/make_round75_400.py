#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 75 / 400: a 县人民政府 notice (WPS 文字 style .docx) 印发ing the division
of its 2025《政府工作报告》 tasks: an ordinary six-column table in a landscape
attachment section (control case).

Writes 400_yuze_xian_zfgzbg_renwu_fengong.docx next to this script.

python-docx builds the package; the body is written as raw WordprocessingML in
the way WPS 文字 writes it (runs split between CJK text, w:hint="eastAsia", and
ASCII text, w:hint="default"; the paragraph dialog's full pPr dump; w:tblPrEx on
every row; numeric style ids; a docVar "commondata"; KSOProductBuildVer/ICV
custom properties; app.xml naming WPS Office).
"""
import base64
import datetime
import io
import os
import re
import zipfile
from xml.sax.saxutils import escape

import docx
from docx.oxml import parse_xml

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "400_yuze_xian_zfgzbg_renwu_fengong.docx")

WNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
RNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NSDECL = 'xmlns:w="%s" xmlns:r="%s"' % (WNS, RNS)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
ST = "宋体"
TNR = "Times New Roman"

# --------------------------------------------------------------------------
# the task list (the attachment's table)
# category rows are ("CAT", text); task rows are (no, task, leaders, lead, coop, deadline)
# --------------------------------------------------------------------------
ROWS = [
    ("CAT", "一、主要预期目标"),
    ("1", "地区生产总值增长6%左右。", "吕承志", "县发展和改革局",
     "县统计局、县直各有关单位、各乡镇人民政府", "2025年12月底"),
    ("2", "一般公共预算收入增长3%，税收收入占比稳定在70%以上。", "邹明远", "县财政局",
     "县税务局、县直各有关单位", "2025年12月底"),
    ("3", "城镇、农村居民人均可支配收入分别增长5%、6.5%左右。", "邹明远",
     "县人力资源和社会保障局、县农业农村局", "县统计局", "2025年12月底"),
    ("CAT", "二、扩大有效投资，增强发展后劲"),
    ("4", "全年实施县级重点项目120个以上，完成年度投资85亿元以上。", "吕承志、邹明远",
     "县发展和改革局", "县财政局、县自然资源局、县住房和城乡建设局、各乡镇人民政府", "2025年12月底"),
    ("5", "积极争取超长期特别国债、地方政府专项债券等政策性资金，全年争取到位资金15亿元以上。",
     "邹明远", "县发展和改革局、县财政局", "县直各有关单位", "2025年12月底"),
    ("6", "加快榆泽至沙河口高速公路连接线建设，确保9月底前建成通车。", "岑晓峰", "县交通运输局",
     "县自然资源局、县公安局、沙河口镇人民政府", "2025年9月底"),
    ("7", "深入开展招商引资“攻坚年”活动，全年新签约亿元以上项目30个，到位县外资金60亿元。",
     "蒋慧玲", "县投资促进中心", "县商务局、县经济开发区管委会、各乡镇人民政府", "2025年12月底"),
    ("8", "推进经济开发区扩区调位，新建标准化厂房12万平方米。", "蒋慧玲", "县经济开发区管委会",
     "县自然资源局、县住房和城乡建设局、县城市建设投资有限公司", "2025年11月底"),
    ("CAT", "三、推动产业转型升级"),
    ("9", "规模以上工业增加值增长8%，新增规模以上工业企业15家。", "蒋慧玲", "县工业和信息化局",
     "县统计局、县经济开发区管委会、各乡镇人民政府", "2025年12月底"),
    ("10", "做大做强新材料、装备制造两大主导产业集群，产业集群产值突破120亿元。", "蒋慧玲",
     "县工业和信息化局", "县经济开发区管委会、县科学技术局", "2025年12月底"),
    ("11", "新增国家高新技术企业10家、科技型中小企业30家，全社会研发投入强度提高0.2个百分点。",
     "蒋慧玲", "县科学技术局", "县工业和信息化局、县财政局、县税务局", "2025年12月底"),
    ("12", "社会消费品零售总额增长5.5%，全年举办“榆泽消费季”等促消费活动20场以上。", "蒋慧玲",
     "县商务局", "县市场监督管理局、县文化和旅游局、县统计局", "2025年12月底"),
    ("13", "推进全域旅游发展，创成国家4A级旅游景区1家，全年接待游客突破600万人次。", "陶雅琴",
     "县文化和旅游局", "县交通运输局、县自然资源局、各乡镇人民政府", "2025年12月底"),
    ("CAT", "四、全面推进乡村振兴"),
    ("14", "粮食播种面积稳定在52万亩以上，总产量保持在22万吨以上。", "贺建军", "县农业农村局",
     "县自然资源局、县水利局、各乡镇人民政府", "2025年10月底"),
    ("15", "新建高标准农田3.5万亩，改造提升高标准农田1万亩。", "贺建军", "县农业农村局",
     "县财政局、县水利局、县自然资源局", "2025年12月底"),
    ("16", "巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制，坚决守住不发生规模性返贫致贫底线。",
     "贺建军", "县农业农村局",
     "县民政局、县教育体育局、县人力资源和社会保障局、县住房和城乡建设局、县医疗保障局、各乡镇人民政府",
     "全年"),
    ("17", "实施农村供水保障工程，农村自来水普及率达到95%以上。", "贺建军", "县水利局",
     "各乡镇人民政府", "2025年12月底"),
    ("18", "创建省级和美乡村示范村5个，完成农村户厕改造2000户。", "贺建军", "县农业农村局",
     "县住房和城乡建设局、县卫生健康局、各乡镇人民政府", "2025年12月底"),
    ("CAT", "五、提升城乡功能品质"),
    ("19", "实施城镇老旧小区改造12个，惠及居民2300户。", "岑晓峰", "县住房和城乡建设局",
     "县财政局、城关镇人民政府", "2025年11月底"),
    ("20", "完成城区雨污分流改造管网18公里，新建改造城市道路6条。", "岑晓峰", "县住房和城乡建设局",
     "县城市建设投资有限公司", "2025年11月底"),
    ("21", "空气质量优良天数比例达到85%以上，细颗粒物（PM2.5）平均浓度完成市定目标。", "岑晓峰",
     "市生态环境局榆泽分局", "县住房和城乡建设局、县交通运输局、县工业和信息化局、县公安局",
     "2025年12月底"),
    ("22", "全面落实河湖长制，国控、省控断面水质稳定达到Ⅲ类以上。", "贺建军",
     "县水利局、市生态环境局榆泽分局", "各乡镇人民政府", "全年"),
    ("23", "完成国土绿化1.2万亩，森林覆盖率达到41.5%。", "贺建军", "县林业局",
     "县自然资源局、各乡镇人民政府", "2025年12月底"),
    ("CAT", "六、保障和改善民生"),
    ("24", "城镇新增就业2800人，城镇调查失业率控制在5.5%以内。", "陶雅琴", "县人力资源和社会保障局",
     "县教育体育局、县农业农村局、县财政局", "2025年12月底"),
    ("25", "新建、改扩建中小学和幼儿园6所，新增学位3200个。", "陶雅琴", "县教育体育局",
     "县发展和改革局、县财政局、县自然资源局、县住房和城乡建设局", "2025年8月底"),
    ("26", "推进紧密型县域医共体建设，县人民医院通过三级医院评审。", "陶雅琴", "县卫生健康局",
     "县医疗保障局、县人民医院", "2025年12月底"),
    ("27", "新建社区嵌入式养老服务中心3个、农村互助养老服务点20个。", "陶雅琴", "县民政局",
     "县卫生健康局、县财政局、各乡镇人民政府", "2025年12月底"),
    ("28", "城乡居民基本医疗保险参保率稳定在96%以上。", "陶雅琴", "县医疗保障局",
     "县税务局、各乡镇人民政府", "2025年12月底"),
    ("29", "深入推进安全生产治本攻坚三年行动，坚决遏制较大以上生产安全事故发生。", "邹明远、严志刚",
     "县应急管理局", "县安委会各成员单位", "全年"),
    ("30", "常态化开展扫黑除恶斗争，深化“平安榆泽”建设。", "严志刚", "县公安局",
     "县司法局、各乡镇人民政府", "全年"),
    ("31", "开展食品安全“守底线、查隐患、保安全”专项行动，创建省级食品安全示范县。", "蒋慧玲",
     "县市场监督管理局", "县农业农村局、县卫生健康局、县教育体育局", "2025年12月底"),
    ("CAT", "七、加强政府自身建设"),
    ("32", "深化“高效办成一件事”改革，政务服务事项网上可办率达到98%以上。", "邹明远",
     "县行政审批服务局", "县直各有关单位", "2025年12月底"),
    ("33", "坚持政府过紧日子，一般性支出压减5%以上。", "邹明远", "县财政局", "", "全年"),
    ("34", "认真办理人大代表建议和政协委员提案，按期办复率达到100%。", "邹明远", "县政府办公室",
     "县直各有关单位", "2025年9月底"),
]

# --------------------------------------------------------------------------
# WPS-style XML helpers
# --------------------------------------------------------------------------
ASCII_RE = re.compile(r"([\x00-\x7f]+)")


def rpr(font, sz, bold=False, color=None, scale=None, spacing=None, ascii_run=False, kern=None):
    if ascii_run:
        af = TNR if font in (FS, KT, ST) else font
        fonts = '<w:rFonts w:hint="default" w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>' % (
            af, af, font, af)
    else:
        fonts = '<w:rFonts w:hint="eastAsia" w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>' % (
            font, font, font, font)
    s = "<w:rPr>" + fonts
    if bold:
        s += "<w:b/><w:bCs/>"
    if color:
        s += '<w:color w:val="%s"/>' % color
    if spacing is not None:
        s += '<w:spacing w:val="%d"/>' % spacing
    if scale:
        s += '<w:w w:val="%d"/>' % scale
    if kern is not None:
        s += '<w:kern w:val="%d"/>' % kern
    s += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (sz, sz)
    s += '<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr>'
    return s


def runs(text, font=FS, sz=32, **kw):
    out = []
    for seg in ASCII_RE.split(text):
        if not seg:
            continue
        is_ascii = bool(ASCII_RE.fullmatch(seg))
        sp = ' xml:space="preserve"' if (seg != seg.strip() or "  " in seg) else ""
        out.append("<w:r>%s<w:t%s>%s</w:t></w:r>" % (rpr(font, sz, ascii_run=is_ascii, **kw), sp, escape(seg)))
    return "".join(out)


def wps_ppr(jc="both", line=560, line_rule="exact", first_line_chars=None, first_line=None,
            left_chars=None, left=None, right_chars=None, right=None, before=None, after=None,
            pbdr="", tabs="", snap=True, mark=None, sect="", page_break_before=False, full=True):
    """The pPr WPS writes after the paragraph dialog has been used."""
    s = "<w:pPr>"
    if full:
        s += '<w:keepNext w:val="0"/><w:keepLines w:val="0"/>'
        s += '<w:pageBreakBefore w:val="%d"/>' % (1 if page_break_before else 0)
        s += "<w:widowControl/>"
        s += '<w:suppressLineNumbers w:val="0"/>'
    s += pbdr
    s += tabs
    if full:
        s += '<w:kinsoku/><w:wordWrap/><w:overflowPunct/><w:topLinePunct w:val="0"/>'
        s += '<w:autoSpaceDE/><w:autoSpaceDN/><w:bidi w:val="0"/><w:adjustRightInd/>'
    s += "<w:snapToGrid/>" if snap else '<w:snapToGrid w:val="0"/>'
    sp = ""
    if before is not None:
        sp += ' w:before="%d"' % before
    if after is not None:
        sp += ' w:after="%d"' % after
    if line:
        sp += ' w:line="%d" w:lineRule="%s"' % (line, line_rule)
    if sp:
        s += "<w:spacing%s/>" % sp
    ind = ""
    if left is not None:
        ind += ' w:left="%d"' % left
    if left_chars is not None:
        ind += ' w:leftChars="%d"' % left_chars
    if right is not None:
        ind += ' w:right="%d"' % right
    if right_chars is not None:
        ind += ' w:rightChars="%d"' % right_chars
    if first_line is not None:
        ind += ' w:firstLine="%d"' % first_line
    if first_line_chars is not None:
        ind += ' w:firstLineChars="%d"' % first_line_chars
    if ind:
        s += "<w:ind%s/>" % ind
    s += '<w:jc w:val="%s"/>' % jc
    if full:
        s += '<w:textAlignment w:val="auto"/>'
    s += mark if mark is not None else rpr(FS, 32)
    s += sect
    s += "</w:pPr>"
    return s


def p(inner_runs="", **kw):
    return "<w:p %s>%s%s</w:p>" % (NSDECL, wps_ppr(**kw), inner_runs)


def body_p(text, **kw):
    kw.setdefault("first_line", 640)
    kw.setdefault("first_line_chars", 200)
    return p(runs(text), **kw)


def empty_p(font=FS, sz=32, **kw):
    return p("", mark=rpr(font, sz), **kw)


BORDER = ('<w:top w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
          '<w:left w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
          '<w:bottom w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
          '<w:right w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
          '<w:insideH w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
          '<w:insideV w:val="single" w:color="auto" w:sz="4" w:space="0"/>')
CELLMAR = ('<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
           '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>')
TBLPREX = "<w:tblPrEx><w:tblBorders>%s</w:tblBorders>%s</w:tblPrEx>" % (BORDER, CELLMAR)

GRID = [700, 4700, 1500, 2000, 2456, 1400]   # = 12756 twips, the landscape text width
HEAD = ["序号", "重点工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]


def cell_p(text, font=FS, sz=24, jc="center"):
    return ("<w:p>" + wps_ppr(jc=jc, line=320, snap=False, mark=rpr(font, sz)) +
            (runs(text, font, sz) if text else "") + "</w:p>")


def tc(width, paras, span=None):
    s = '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>' % width
    if span:
        s += '<w:gridSpan w:val="%d"/>' % span
    s += '<w:noWrap w:val="0"/><w:vAlign w:val="center"/></w:tcPr>'
    s += paras + "</w:tc>"
    return s


def tr(cells, header=False, height=567):
    s = "<w:tr>" + TBLPREX + "<w:trPr>"
    s += '<w:trHeight w:val="%d" w:hRule="atLeast"/>' % height
    if header:
        s += "<w:tblHeader/>"
    s += '<w:jc w:val="center"/></w:trPr>' + "".join(cells) + "</w:tr>"
    return s


def task_table():
    s = "<w:tbl %s><w:tblPr>" % NSDECL
    s += '<w:tblStyle w:val="6"/><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/>' % sum(GRID)
    s += '<w:tblInd w:w="0" w:type="dxa"/>'
    s += "<w:tblBorders>%s</w:tblBorders>" % BORDER
    s += '<w:tblLayout w:type="fixed"/>' + CELLMAR
    s += ('<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
          'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>')
    s += "<w:tblGrid>" + "".join('<w:gridCol w:w="%d"/>' % g for g in GRID) + "</w:tblGrid>"
    s += tr([tc(GRID[i], cell_p(HEAD[i], HT, 24)) for i in range(6)], header=True, height=624)
    for row in ROWS:
        if row[0] == "CAT":
            s += tr([tc(sum(GRID), cell_p(row[1], HT, 24, jc="left"), span=6)], height=510)
            continue
        no, task, leaders, lead, coop, deadline = row
        cells = [
            tc(GRID[0], cell_p(no)),
            tc(GRID[1], cell_p(task, jc="both")),
            tc(GRID[2], cell_p(leaders)),
            tc(GRID[3], cell_p(lead)),
            tc(GRID[4], cell_p(coop, jc="both" if len(coop) > 11 else "center")),
            tc(GRID[5], cell_p(deadline)),
        ]
        s += tr(cells)
    s += "</w:tbl>"
    return s


def sect_pr(landscape=False, body=False, section_type=None):
    s = "<w:sectPr>" if body else "<w:sectPr>"
    if section_type:
        s += '<w:type w:val="%s"/>' % section_type
    if landscape:
        s += '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
        s += ('<w:pgMar w:top="1587" w:right="1984" w:bottom="1474" w:left="2098" '
              'w:header="851" w:footer="1134" w:gutter="0"/>')
    else:
        s += '<w:pgSz w:w="11906" w:h="16838"/>'
        s += ('<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" '
              'w:header="851" w:footer="1474" w:gutter="0"/>')
    s += '<w:pgNumType w:fmt="decimal"/><w:cols w:space="425" w:num="1"/>'
    s += '<w:rtlGutter w:val="0"/>'
    if landscape:
        s += '<w:docGrid w:type="lines" w:linePitch="579"/>'
    else:
        s += '<w:docGrid w:type="lines" w:linePitch="579"/>'
    s += "</w:sectPr>"
    return s


# --------------------------------------------------------------------------
# the document body
# --------------------------------------------------------------------------
ISSUER = "榆泽县人民政府"
WENHAO = "榆政发〔2025〕4号"
TITLE = "榆泽县人民政府关于印发2025年《政府工作报告》重点工作任务分工的通知"
ATT_TITLE = "2025年《政府工作报告》重点工作任务分工"
DATE = "2025年2月24日"


def build_body():
    parts = []
    # 版头
    parts.append(empty_p(line=579, line_rule="exact"))
    parts.append(p(runs(ISSUER + "文件", XBS, 100, color="FF0000", scale=66, spacing=-6),
                   jc="distribute", line=None, before=312, after=0, mark=rpr(XBS, 100, color="FF0000", scale=66)))
    parts.append(empty_p(line=579))
    parts.append(empty_p(line=579))
    red_rule = ('<w:pBdr><w:bottom w:val="single" w:color="FF0000" w:sz="24" w:space="16"/></w:pBdr>')
    parts.append(p(runs(WENHAO), jc="center", pbdr=red_rule))
    parts.append(empty_p())
    # 标题 (22 characters a line at 二号; WPS wraps it)
    parts.append(p(runs(TITLE, XBS, 44), jc="center", line=700, mark=rpr(XBS, 44)))
    parts.append(empty_p())
    # 主送
    parts.append(p(runs("各乡镇人民政府，县政府各部门，县直各单位："), jc="both"))
    # 正文
    parts.append(body_p(
        "《2025年榆泽县人民政府工作报告》已经县第十八届人民代表大会第四次会议审议通过。"
        "为确保报告确定的各项目标任务落到实处，县政府对报告提出的重点工作任务进行了分解，"
        "明确了责任县领导、牵头单位、配合单位和完成时限，现印发给你们，并就有关事项通知如下。"))
    parts.append(p(runs("一、压实工作责任", HT, 32), first_line=640, first_line_chars=200,
                   mark=rpr(HT, 32)))
    parts.append(body_p(
        "各责任县领导要加强对分管领域重点工作的指导和调度，及时协调解决工作推进中的困难和问题。"
        "牵头单位对牵头任务负总责，主要负责同志为第一责任人，要细化工作措施，明确时间节点，"
        "主动协调配合单位共同推进；配合单位要按照职责分工，积极主动配合，形成工作合力。"
        "涉及各乡镇的工作任务，各乡镇人民政府要结合实际抓好落实。"))
    parts.append(p(runs("二、建立工作台账", HT, 32), first_line=640, first_line_chars=200,
                   mark=rpr(HT, 32)))
    parts.append(body_p(
        "各牵头单位要对照任务分工，于3月10日前制定具体推进方案，建立工作台账，"
        "报县政府督查室备案；每季度最后一个月25日前向县政府督查室报送工作进展情况，"
        "全年工作完成情况于12月20日前报送。"))
    parts.append(p(runs("三、强化督查考核", HT, 32), first_line=640, first_line_chars=200,
                   mark=rpr(HT, 32)))
    parts.append(body_p(
        "县政府督查室要将《政府工作报告》重点工作任务落实情况纳入年度督查重点，"
        "实行月调度、季通报、年考核，督查结果纳入年度目标责任考核。"
        "对工作推进不力、进度严重滞后的，按照有关规定严肃追责问责。"))
    parts.append(empty_p())
    # 附件说明
    parts.append(p(runs("附件：" + ATT_TITLE), first_line=640, first_line_chars=200))
    parts.append(empty_p())
    parts.append(empty_p())
    parts.append(empty_p())
    # 署名、日期（右空四字）
    parts.append(p(runs(ISSUER), jc="right", right=1280, right_chars=400))
    parts.append(p(runs(DATE), jc="right", right=1280, right_chars=400))
    parts.append(empty_p())
    # 附注, ends section 1 (portrait)
    parts.append(p(runs("（此件公开发布）"), first_line=640, first_line_chars=200,
                   sect=sect_pr(landscape=False)))
    # 附件 (section 2, landscape)
    parts.append(p(runs("附件", HT, 32), jc="left", mark=rpr(HT, 32)))
    parts.append(empty_p())
    parts.append(p(runs(ATT_TITLE, XBS, 44), jc="center", line=700, mark=rpr(XBS, 44)))
    parts.append(empty_p(line=400))
    parts.append(task_table())
    parts.append(p("", jc="both", line=400,
                   sect=sect_pr(landscape=True, section_type="nextPage")))
    # 版记 on the last page (section 3, portrait; the body's sectPr)
    for _ in range(16):
        parts.append(empty_p())
    chaosong = ('<w:pBdr><w:top w:val="single" w:color="auto" w:sz="8" w:space="1"/>'
                '<w:bottom w:val="single" w:color="auto" w:sz="4" w:space="1"/></w:pBdr>')
    parts.append(p(runs("抄送：县委各部门，县人大常委会办公室，县政协办公室，县监委，县法院，县检察院，县人武部。",
                        FS, 28),
                   jc="both", left=280, left_chars=100, right=280, right_chars=100, pbdr=chaosong,
                   first_line=None, line=500, mark=rpr(FS, 28)))
    yinfa = ('<w:pBdr><w:bottom w:val="single" w:color="auto" w:sz="8" w:space="1"/></w:pBdr>')
    tabs = '<w:tabs><w:tab w:val="right" w:pos="8280"/></w:tabs>'
    parts.append(p(runs("榆泽县人民政府办公室", FS, 28) +
                   '<w:r>%s<w:tab/></w:r>' % rpr(FS, 28) +
                   runs(DATE + "印发", FS, 28),
                   jc="left", left=280, left_chars=100, right=280, right_chars=100, pbdr=yinfa, tabs=tabs, line=500,
                   mark=rpr(FS, 28)))
    return parts


def footer_para(align):
    """— N — in 宋体 四号, odd pages right, even pages left (one character in)."""
    ind = ' w:right="280" w:rightChars="100"' if align == "right" else ' w:left="280" w:leftChars="100"'
    r = rpr(ST, 28)
    rr = rpr(ST, 28, ascii_run=True)
    return ('<w:p %s><w:pPr><w:pStyle w:val="2"/><w:ind%s/><w:jc w:val="%s"/>%s</w:pPr>'
            '<w:r>%s<w:t xml:space="preserve">— </w:t></w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r>%s<w:instrText xml:space="preserve"> PAGE  \\* MERGEFORMAT </w:instrText></w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r>%s<w:t>1</w:t></w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="end"/></w:r>'
            '<w:r>%s<w:t xml:space="preserve"> —</w:t></w:r></w:p>') % (
        NSDECL, ind, align, r, r, rr, rr, rr, rr, rr, r)


# --------------------------------------------------------------------------
# WPS package parts
# --------------------------------------------------------------------------
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14 w15 wp14"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/></w:rPr></w:rPrDefault></w:docDefaults><w:latentStyles w:count="260" w:defQFormat="0" w:defUnhideWhenUsed="1" w:defSemiHidden="1" w:defUIPriority="99" w:defLockedState="0"><w:lsdException w:qFormat="1" w:unhideWhenUsed="0" w:uiPriority="0" w:semiHidden="0" w:name="Normal"/><w:lsdException w:qFormat="1" w:unhideWhenUsed="0" w:uiPriority="0" w:semiHidden="0" w:name="heading 1"/><w:lsdException w:uiPriority="0" w:name="footer"/><w:lsdException w:uiPriority="0" w:name="header"/><w:lsdException w:uiPriority="0" w:name="Default Paragraph Font"/><w:lsdException w:uiPriority="0" w:name="Normal Table"/><w:lsdException w:unhideWhenUsed="0" w:uiPriority="0" w:semiHidden="0" w:name="Table Grid"/></w:latentStyles><w:style w:type="paragraph" w:default="1" w:styleId="1"><w:name w:val="Normal"/><w:qFormat/><w:uiPriority w:val="0"/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:style><w:style w:type="character" w:default="1" w:styleId="7"><w:name w:val="Default Paragraph Font"/><w:semiHidden/><w:uiPriority w:val="0"/></w:style><w:style w:type="table" w:default="1" w:styleId="5"><w:name w:val="Normal Table"/><w:semiHidden/><w:uiPriority w:val="0"/><w:tblPr><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="paragraph" w:styleId="2"><w:name w:val="footer"/><w:basedOn w:val="1"/><w:uiPriority w:val="0"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="3"><w:name w:val="header"/><w:basedOn w:val="1"/><w:uiPriority w:val="0"/><w:pPr><w:pBdr><w:bottom w:val="single" w:color="auto" w:sz="6" w:space="1"/></w:pBdr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style><w:style w:type="table" w:styleId="6"><w:name w:val="Table Grid"/><w:basedOn w:val="5"/><w:uiPriority w:val="0"/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:left w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:bottom w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:right w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:insideH w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:insideV w:val="single" w:color="auto" w:sz="4" w:space="0"/></w:tblBorders></w:tblPr></w:style></w:styles>"""


def font_entry(name, panose, charset, family, pitch, alt=None, sig=None):
    s = '<w:font w:name="%s">' % name
    if alt:
        s += '<w:altName w:val="%s"/>' % alt
    s += '<w:panose1 w:val="%s"/><w:charset w:val="%s"/><w:family w:val="%s"/><w:pitch w:val="%s"/>' % (
        panose, charset, family, pitch)
    if sig:
        s += '<w:sig w:usb0="%s" w:usb1="%s" w:usb2="%s" w:usb3="%s" w:csb0="%s" w:csb1="%s"/>' % sig
    s += "</w:font>"
    return s


FONTTABLE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
             'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
             'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
             'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14">' +
             font_entry("Times New Roman", "02020603050405020304", "00", "roman", "variable",
                        sig=("E0002EFF", "C000785B", "00000009", "00000000", "400001FF", "FFFF0000")) +
             font_entry("宋体", "02010600030101010101", "86", "auto", "default", alt="SimSun",
                        sig=("00000003", "288F0000", "00000016", "00000000", "00040001", "00000000")) +
             font_entry("Wingdings", "05000000000000000000", "02", "auto", "default",
                        sig=("00000000", "00000000", "00000000", "00000000", "80000000", "00000000")) +
             font_entry("Arial", "020B0604020202020204", "01", "swiss", "default",
                        sig=("E0002EFF", "C000785B", "00000009", "00000000", "400001FF", "FFFF0000")) +
             font_entry("黑体", "02010609060101010101", "86", "auto", "default", alt="SimHei",
                        sig=("800002BF", "38CF7CFA", "00000016", "00000000", "00040001", "00000000")) +
             font_entry("Courier New", "02070309020205020404", "00", "modern", "default",
                        sig=("E0002EFF", "C0007843", "00000009", "00000000", "400001FF", "FFFF0000")) +
             font_entry("Symbol", "05050102010706020507", "02", "roman", "default",
                        sig=("00000000", "00000000", "00000000", "00000000", "80000000", "00000000")) +
             font_entry("Calibri", "020F0502020204030204", "00", "swiss", "default",
                        sig=("E4002EFF", "C000247B", "00000009", "00000000", "200001FF", "00000000")) +
             font_entry("仿宋_GB2312", "02010609030101010101", "86", "modern", "default",
                        sig=("00000001", "080E0000", "00000000", "00000000", "00040000", "00000000")) +
             font_entry("方正小标宋简体", "02000000000000000000", "86", "auto", "default",
                        sig=("00000001", "08000000", "00000000", "00000000", "00040000", "00000000")) +
             font_entry("楷体_GB2312", "02010609030101010101", "86", "modern", "default",
                        sig=("00000001", "080E0000", "00000000", "00000000", "00040000", "00000000")) +
             "</w:fonts>")

HDID = "b3f6c2a91e0d47c58a2f9d61c4e07a35"
COMMONDATA = base64.b64encode(('{"hdid":"%s"}' % HDID).encode()).decode()

SETTINGS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14"><w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader w:val="1"/><w:bordersDoNotSurroundFooter w:val="1"/><w:documentProtection w:enforcement="0"/><w:defaultTabStop w:val="420"/><w:evenAndOddHeaders w:val="1"/><w:drawingGridHorizontalSpacing w:val="160"/><w:drawingGridVerticalSpacing w:val="290"/><w:displayHorizontalDrawingGridEvery w:val="2"/><w:displayVerticalDrawingGridEvery w:val="2"/><w:noPunctuationKerning w:val="1"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="14"/><w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/><w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/><w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/></w:compat><w:docVars><w:docVar w:name="commondata" w:val="%s"/></w:docVars><w:rsids><w:rsidRoot w:val="00000000"/><w:rsid w:val="0B7A2C41"/><w:rsid w:val="1F3D5E72"/><w:rsid w:val="3A6C0B19"/><w:rsid w:val="5D2E4F80"/></w:rsids><m:mathPr><m:brkBin m:val="before"/><m:brkBinSub m:val="--"/><m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/><m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/><m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/><w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/><w:doNotIncludeSubdocsInStats/><w:shapeDefaults><o:shapedefaults v:ext="edit" spidmax="2049"/><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout></w:shapeDefaults></w:settings>""" % COMMONDATA

WPS_BUILD = "12.1.0.19770"
APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
       'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
       '<Template>Normal</Template><Pages>6</Pages><Words>612</Words><Characters>3493</Characters>'
       '<Lines>29</Lines><Paragraphs>8</Paragraphs><TotalTime>47</TotalTime><ScaleCrop>false</ScaleCrop>'
       '<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>4097</CharactersWithSpaces>'
       '<Application>WPS Office_%s_F1E327BC-269C-435d-A152-05C5408002CA</Application>'
       '<DocSecurity>0</DocSecurity></Properties>') % WPS_BUILD
CUSTOM = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
          'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
          '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
          '<vt:lpwstr>2052-%s</vt:lpwstr></property>'
          '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV">'
          '<vt:lpwstr>4E7C1A9B52D84F0E9A3B6C2D1F8E5A70_12</vt:lpwstr></property></Properties>') % WPS_BUILD

CT_OVERRIDES = {
    "/word/document.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "/word/styles.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
    "/word/settings.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
    "/word/fontTable.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml",
    "/word/theme/theme1.xml": "application/vnd.openxmlformats-officedocument.theme+xml",
    "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
    "/docProps/app.xml": "application/vnd.openxmlformats-officedocument.extended-properties+xml",
    "/docProps/custom.xml": "application/vnd.openxmlformats-officedocument.custom-properties+xml",
}
FOOTER_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
             '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
             '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>'
             '</Relationships>')
DROP_REL_TYPES = ("stylesWithEffects", "/customXml", "/numbering", "/webSettings")


def main():
    d = docx.Document()
    body = d.element.body
    final_sect = body.sectPr
    for child in list(body):
        if child is not final_sect:
            body.remove(child)
    for frag in build_body():
        final_sect.addprevious(parse_xml(frag))
    # the body's own sectPr: section 3, portrait
    new_final = parse_xml(sect_pr(landscape=False).replace("<w:sectPr>", "<w:sectPr %s>" % NSDECL))
    body.replace(final_sect, new_final)

    # footers (odd/even) on section 1; sections 2 and 3 inherit them
    sec = d.sections[0]
    for hf, align in ((sec.footer, "right"), (sec.even_page_footer, "left")):
        el = hf._get_or_add_definition()._element
        for child in list(el):
            el.remove(child)
        el.append(parse_xml(footer_para(align)))

    cp = d.core_properties
    cp.author = "Administrator"
    cp.last_modified_by = "县政府办文秘科"
    cp.created = datetime.datetime(2025, 2, 21, 8, 42, 0)
    cp.modified = datetime.datetime(2025, 2, 24, 16, 5, 0)
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""

    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)

    # rebuild the package the way WPS lays it out
    doc_rels = src.read("word/_rels/document.xml.rels").decode("utf-8")
    doc_rels = re.sub(r"<Relationship [^>]*Type=\"[^\"]*(%s)[^\"]*\"[^>]*/>" %
                      "|".join(re.escape(t) for t in DROP_REL_TYPES), "", doc_rels)
    footers = sorted(n for n in src.namelist() if re.match(r"word/footer\d*\.xml$", n))
    files = {
        "_rels/.rels": ROOT_RELS,
        "docProps/app.xml": APP,
        "docProps/core.xml": src.read("docProps/core.xml"),
        "docProps/custom.xml": CUSTOM,
        "word/document.xml": src.read("word/document.xml"),
        "word/_rels/document.xml.rels": doc_rels,
        "word/styles.xml": STYLES,
        "word/settings.xml": SETTINGS,
        "word/fontTable.xml": FONTTABLE,
        "word/theme/theme1.xml": src.read("word/theme/theme1.xml"),
    }
    for f in footers:
        files[f] = src.read(f)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>')
    for part, typ in CT_OVERRIDES.items():
        ct += '<Override PartName="%s" ContentType="%s"/>' % (part, typ)
    for f in footers:
        ct += '<Override PartName="/%s" ContentType="%s"/>' % (f, FOOTER_CT)
    ct += "</Types>"
    order = ["[Content_Types].xml"] + list(files)
    files["[Content_Types].xml"] = ct
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name in order:
            data = files[name]
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(name, data)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
