#!/usr/bin/env python3
"""Round 107, notice 548.

A 县政府办 red-header Word notice as its OA system's 在线预览 serves it: the
server converts the .docx with an unlicensed Aspose.Words for Java (21.11,
default HtmlSaveOptions: not pretty-printed, ExportListLabels.Auto, round-trip
information on, headers/footers per section) and the browser saved the
result with "网页，仅 HTML" (raw bytes, UTF-8, no BOM, one line).

What the medium carries:
  * the evaluation watermark header (an absolutely placed image) at the top
    of each section, the red bold "Evaluation Only. Created with
    Aspose.Words. Copyright 2003-2021 Aspose Pty Ltd." as the first body
    paragraph and "Created with an evaluation copy of Aspose.Words. ..." in
    the last footer;
  * each section a <div>, a section-break <br> between them, the first
    section's footer (PAGE field as -aw-field-* spans) between the cover
    and the 附件;
  * Word's automatic numbering written as inline text inside
    <span style="-aw-import:ignore"> (parts chineseCounting "一、", tasks
    decimal "%1．" restarting per part, a tab as an inline-block padding
    span of no-break spaces), the numbering only described again in
    -aw-list-* properties;
  * runs split where WPS split them (CJK vs ASCII fonts, edits), a manual
    line break (<br />) before two clauses, one clause in a paragraph of its
    own, empty paragraphs as -aw-import:ignore no-break spaces;
  * the 版记 table after the tasks, with the grid row Aspose appends.
"""
import os

NAME = "548_wenlan_xian_gzbg_fengong_aspose_yulan.html"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
KT = "楷体_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
TNR = "'Times New Roman'"


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\u00a0", "&#xa0;"))


def is_ascii_run(ch):
    return ord(ch) < 128


def runs(text, font, extra="", splits=()):
    """Spans as WPS leaves them: ASCII in Times New Roman, CJK in `font`.
    `splits` are substrings after which an edit split the run anyway."""
    # cut points from splits
    cuts = set()
    for sp in splits:
        i = text.find(sp)
        if i >= 0:
            cuts.add(i + len(sp))
    out = []
    buf = ""
    cur = None
    for i, ch in enumerate(text):
        kind = "a" if (is_ascii_run(ch) and ch != " ") else "c"
        if ch == " " and cur == "a":
            kind = "a"
        if (cur is not None and kind != cur) or (i in cuts and buf):
            out.append((cur, buf))
            buf = ""
        cur = kind
        buf += ch
    if buf:
        out.append((cur, buf))
    html = []
    for kind, s in out:
        f = TNR if kind == "a" else font
        st = "font-family:%s" % f
        if extra:
            st += "; " + extra
        html.append('<span style="%s">%s</span>' % (st, esc(s)))
    return "".join(html)


def p(inner, style):
    return '<p style="%s">%s</p>' % (style, inner)


BODY_P = "margin-top:0pt; margin-bottom:0pt; text-indent:32pt; text-align:justify; line-height:28pt; font-size:16pt"


def empty(style="margin-top:0pt; margin-bottom:0pt; text-align:justify; line-height:28pt; font-size:16pt", font=FS):
    return p('<span style="font-family:%s; -aw-import:ignore">&#xa0;</span>' % font, style)


def pad(width):
    n = max(1, round(width / 1.75))
    return ('<span style="width:%spt; font:7pt %s; display:inline-block; -aw-import:spaces">%s </span>'
            % (width, TNR, "&#xa0;" * (n - 1)))


# ---------------------------------------------------------------- content
LEADS_RULE = ("二、压实工作责任。", "各项任务的责任县领导负责统筹协调、跟踪问效；牵头单位对任务落实负总责，牵头单位有两个的，排在第一位的为主牵头单位，负责组织协调和汇总报送；配合单位要按照职责分工主动对接、密切配合，共同推进任务落实。")

PARTS = [
    ("稳住经济增长基本盘，推动高质量发展", [
        ("全力扩大有效投资。全年实施县级重点项目120个，完成投资180亿元以上，争取中央预算内投资和超长期特别国债项目资金不低于6亿元。",
         "责任县领导：王振华；牵头单位：县发展和改革局；配合单位：县财政局、县自然资源局、县住房和城乡建设局", ""),
        ("提振消费市场活力。开展“惠享汶岚”系列促消费活动不少于20场次，落实汽车、家电以旧换新政策，社会消费品零售总额增长5.5%。",
         "责任县领导：陈立新；牵头单位：县商务局；配合单位：县财政局、县市场监督管理局、县文化和旅游局", ""),
        ("抓好财政收支管理。一般公共预算收入增长4%，严控一般性支出，“三保”支出足额保障，政府债务风险总体可控。",
         "责任县领导：王振华；牵头单位：县财政局；配合单位：县税务局", ""),
        ("强化金融服务实体经济。新增各项贷款20亿元以上，普惠小微贷款余额增长10%以上，深化政银企对接。",
         "责任县领导：王振华；牵头单位：县金融服务中心；配合单位：国家金融监督管理总局汶岚监管支局、县内各银行业金融机构", "br"),
        ("全力稳定工业增长。规模以上工业增加值增长7%，新增规模以上工业企业15家。",
         "责任县领导：赵文博；牵头单位：县工业和信息化局；配合单位：县统计局、县经济开发区管委会", ""),
        ("做好经济运行监测分析。每月开展主要经济指标调度，提高统计数据质量。",
         "牵头单位：县统计局", ""),
    ]),
    ("加快产业转型升级，培育发展新动能", [
        ("壮大新材料产业集群。推动年产5万吨锂电负极材料项目二期建成投产，新材料产业产值突破60亿元。",
         "责任县领导：赵文博；牵头单位：县工业和信息化局、县经济开发区管委会；配合单位：县发展和改革局、县生态环境分局", ""),
        ("推进数字化转型。新建5G基站300个，推动50家企业上云用数赋智。",
         "责任县领导：赵文博；牵头单位：县工业和信息化局；配合单位：县数据局、中国移动汶岚分公司、中国电信汶岚分公司", ""),
        ("培育科技创新主体。新认定高新技术企业10家、科技型中小企业40家，研发经费投入强度达到1.8%。",
         "责任县领导：孙海燕；牵头单位：县科学技术局；配合单位：县财政局、县税务局、县统计局", ""),
        ("发展全域旅游。创建国家4A级旅游景区1个，接待游客人次增长12%。",
         "责任县领导：孙海燕、陈立新；牵头单位：县文化和旅游局；配合单位：各乡镇人民政府", ""),
        ("做强现代物流。建成县级物流配送中心，实现乡镇快递服务站全覆盖。",
         "责任县领导：陈立新；牵头单位：县商务局；配合单位：县交通运输局、县邮政分公司", ""),
    ]),
    ("全面推进乡村振兴，促进城乡融合发展", [
        ("稳定粮食生产。粮食播种面积稳定在68万亩以上，新建高标准农田3.5万亩。",
         "责任县领导：马骏；牵头单位：县农业农村局；配合单位：县财政局、县自然资源局、县水利局", ""),
        ("巩固拓展脱贫攻坚成果。健全防止返贫致贫监测帮扶机制，确保不发生规模性返贫致贫。",
         "责任县领导：马骏；牵头单位：县农业农村局；配合单位：县人力资源和社会保障局、县医疗保障局、县教育体育局、县民政局", ""),
        ("发展特色农业产业。做大茶叶、中药材、生态畜牧三大特色产业，新增市级以上农业产业化龙头企业3家。",
         "责任县领导：马骏；牵头单位：县农业农村局；配合单位：县林业局、县市场监督管理局", ""),
        ("实施农村人居环境整治提升。农村卫生厕所普及率达到90%，生活垃圾收运处置体系行政村全覆盖。",
         "责任县领导：马骏、刘晓梅；牵头单位：县农业农村局、县住房和城乡建设局；配合单位：县生态环境分局、各乡镇人民政府", "br"),
        ("推进新型城镇化。完成老旧小区改造12个，县城建成区面积达到28平方公里。",
         "责任县领导：刘晓梅；牵头单位：县住房和城乡建设局；配合单位：县自然资源局、县城市管理局、城关镇人民政府", ""),
        ("加强交通基础设施建设。开工建设国道G356汶岚段改线工程，新改建农村公路120公里。",
         "责任县领导：刘晓梅；牵头单位：县交通运输局；配合单位：县自然资源局、县公路事业发展中心", ""),
    ]),
    ("深化改革开放，持续优化营商环境", [
        ("深化“放管服”改革。推进“高效办成一件事”，政务服务事项网上可办率达到98%。",
         "责任县领导：王振华；牵头单位：县行政审批服务局；配合单位：县数据局、县直有关单位", ""),
        ("推进国资国企改革。完成县属国有企业整合重组，融资平台市场化转型取得实质性进展。",
         "责任县领导：王振华；牵头单位：县财政局（县国资办）；配合单位：县城投集团", ""),
        ("大力招商引资。全年新签约亿元以上项目40个，到位省外资金增长10%。",
         "责任县领导：周立衡；牵头单位：县投资促进中心；配合单位：县经济开发区管委会、各乡镇人民政府、县直有关单位", "para"),
        ("支持民营经济发展壮大。落实减税降费政策，开展“万名干部进万企”活动，及时解决企业诉求。",
         "责任县领导：陈立新；牵头单位：县发展和改革局；配合单位：县工商业联合会、县税务局、县市场监督管理局", ""),
        ("加强社会信用体系建设。健全守信激励和失信惩戒机制，推动信用修复“一网通办”。",
         "责任县领导：王振华；牵头单位：县发展和改革局；配合单位：县人民法院、县市场监督管理局", ""),
    ]),
    ("加强生态环境保护，推动绿色低碳发展", [
        ("打好蓝天保卫战。PM2.5平均浓度控制在30微克/立方米以下，优良天数比例达到92%。",
         "责任县领导：刘晓梅；牵头单位：县生态环境分局；配合单位：县工业和信息化局、县住房和城乡建设局、县交通运输局、县公安局", ""),
        ("全面落实河湖长制。国省考断面水质达标率100%，县城集中式饮用水水源地水质达标率保持100%。",
         "责任县领导：刘晓梅；牵头单位：县水利局、县生态环境分局；配合单位：各乡镇人民政府", ""),
        ("科学推进国土绿化。完成营造林4.2万亩，森林覆盖率稳定在62%以上。",
         "责任县领导：马骏；牵头单位：县林业局", ""),
        ("推动能源绿色低碳转型。新增光伏装机容量8万千瓦，单位地区生产总值能耗下降完成市下达目标。",
         "责任县领导：赵文博；牵头单位：县发展和改革局；配合单位：县工业和信息化局、国网汶岚县供电公司", ""),
    ]),
    ("持续增进民生福祉，提升社会治理水平", [
        ("稳定和扩大就业。城镇新增就业3200人，城镇调查失业率控制在5.5%以内。",
         "责任县领导：孙海燕；牵头单位：县人力资源和社会保障局；配合单位：县教育体育局、县财政局", ""),
        ("办好人民满意教育。新建改扩建中小学校5所、幼儿园3所，推进县域义务教育优质均衡发展。",
         "责任县领导：孙海燕；牵头单位：县教育体育局；配合单位：县发展和改革局、县财政局、县自然资源局", ""),
        ("推进健康汶岚建设。县人民医院新院区投入使用，紧密型县域医共体建设实现全覆盖。",
         "责任县领导：孙海燕；牵头单位：县卫生健康局；配合单位：县医疗保障局、县财政局", ""),
        ("健全社会保障体系。城乡居民基本养老保险参保率稳定在95%以上，稳步提高城乡低保标准。",
         "责任县领导：孙海燕；牵头单位：县人力资源和社会保障局、县民政局；配合单位：县医疗保障局、县财政局", ""),
        ("抓好安全生产和防灾减灾。深化安全生产治本攻坚三年行动，坚决遏制较大及以上安全事故。",
         "责任县领导：王振华；牵头单位：县应急管理局；配合单位：县安委会各成员单位", ""),
        ("建设更高水平平安汶岚。常态化开展扫黑除恶斗争，完善矛盾纠纷多元化解机制。",
         "责任县领导：杨帆；牵头单位：县公安局、县司法局；配合单位：县信访局、各乡镇人民政府", ""),
    ]),
]

# where an edit split a clause run (by task index, substrings)
CLAUSE_SPLITS = {
    (0, 2): ("责任县领导：", "王振华"),
    (1, 3): ("牵头单位：县",),
    (2, 3): ("配合单位：", "县生态环境分局"),
    (3, 1): ("县财政局",),
    (4, 0): ("责任县领导：刘晓梅；",),
    (5, 5): ("县公安局、",),
}
TEXT_SPLITS = {
    (0, 0): ("全力扩大有效",),
    (2, 0): ("稳定粮食生产。",),
    (3, 2): ("大力招商",),
    (5, 3): ("城乡居民基本",),
}

CN = "一二三四五六七八九十"


def part_heading(i, title):
    style = ("margin-top:0pt; margin-bottom:0pt; text-indent:32pt; text-align:justify; line-height:28pt; "
             "page-break-after:avoid; font-size:16pt; -aw-import:list-item; -aw-list-level-number:0; "
             "-aw-list-number-format:'%%0、'; -aw-list-number-styles:'chineseCounting'; "
             "-aw-list-number-values:'%d'" % (i + 1))
    label = '<span style="-aw-import:ignore"><span style="font-family:%s">%s、</span></span>' % (HT, CN[i])
    return p(label + runs(title, HT), style)


def task_par(i, j, text, clause, mode):
    style = ("margin-top:0pt; margin-bottom:0pt; text-indent:32pt; text-align:justify; line-height:28pt; "
             "font-size:16pt; -aw-import:list-item; -aw-list-level-number:1; -aw-list-number-format:'%%1．'; "
             "-aw-list-number-styles:'chineseCounting decimal'; -aw-list-number-values:'%d %d'; "
             "-aw-list-padding-sml:7.1pt" % (i + 1, j + 1))
    label = ('<span style="-aw-import:ignore"><span style="font-family:%s">%d．</span>%s</span>'
             % (FS, j + 1, pad(7.1)))
    body = runs(text, FS, splits=TEXT_SPLITS.get((i, j), ()))
    cl = runs("（" + clause + "）", KT, splits=CLAUSE_SPLITS.get((i, j), ()))
    if mode == "br":
        return [p(label + body + '<span style="font-family:%s"><br /></span>' % KT + cl, style)]
    if mode == "para":
        return [p(label + body, style), p(cl, BODY_P)]
    return [p(label + body + cl, style)]


def cover_item(head, text):
    return p(runs(head, HT) + runs(text, FS), BODY_P)


def build():
    h = []
    h.append('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
             '<meta http-equiv="Content-Style-Type" content="text/css" />'
             '<meta name="generator" content="Aspose.Words for Java 21.11" /><title></title>'
             "<style type=\"text/css\">body { font-family:'Times New Roman'; font-size:10.5pt }"
             "p { margin:0pt }table { margin-top:0pt; margin-bottom:0pt }"
             ".Footer { margin-top:0pt; margin-bottom:0pt; line-height:normal; font-size:9pt }"
             ".Header { margin-top:0pt; margin-bottom:0pt; text-align:center; line-height:normal; font-size:9pt }"
             "</style></head><body>")
    # ---------------- section 1: the notice
    h.append("<div>")
    h.append('<div style="-aw-headerfooter-type:header-primary; clear:both">'
             '<p class="Header"><span style="height:0pt; display:block; position:absolute; z-index:-65537">'
             '<img src="20250306101522437.001.png" width="590" height="321" alt="" '
             'style="margin-top:252.41pt; -aw-left-pos:0pt; -aw-rel-hpos:margin; -aw-rel-vpos:margin; '
             '-aw-top-pos:0pt; -aw-wrap-type:none; position:absolute" /></span>'
             '<span style="-aw-import:ignore">&#xa0;</span></p></div>')
    h.append(p('<span style="font-weight:bold; color:#ff0000">Evaluation Only. Created with Aspose.Words. '
               'Copyright 2003-2021 Aspose Pty Ltd.</span>', "margin-top:0pt; margin-bottom:0pt; line-height:normal"))
    h.append(empty("margin-top:0pt; margin-bottom:0pt; text-align:center; line-height:28pt; font-size:16pt"))
    h.append(empty("margin-top:0pt; margin-bottom:0pt; text-align:center; line-height:28pt; font-size:16pt"))
    h.append(p('<span style="font-family:%s; letter-spacing:-1pt; color:#ff0000">汶岚县人民政府办公室文件</span>' % XBS,
               "margin-top:0pt; margin-bottom:0pt; text-align:center; line-height:normal; font-size:40pt"))
    h.append(empty("margin-top:0pt; margin-bottom:0pt; text-align:center; line-height:28pt; font-size:16pt"))
    h.append(p(runs("汶政办发〔2025〕7号", FS),
               "margin-top:0pt; margin-bottom:0pt; text-align:center; line-height:28pt; border-bottom:2.25pt solid #ff0000; "
               "padding-bottom:10pt; font-size:16pt; -aw-border-bottom:2.25pt single"))
    h.append(empty("margin-top:0pt; margin-bottom:0pt; text-align:center; line-height:28pt; font-size:16pt"))
    tstyle = "margin-top:0pt; margin-bottom:0pt; text-align:center; line-height:35pt; font-size:22pt"
    h.append(p(runs("汶岚县人民政府办公室关于印发2025年《政府工作报告》", XBS), tstyle))
    h.append(p(runs("重点任务分工方案的通知", XBS), tstyle))
    h.append(empty())
    h.append(p(runs("各乡镇人民政府，县政府各部门，县直及驻县各单位：", FS),
               "margin-top:0pt; margin-bottom:0pt; text-align:justify; line-height:28pt; font-size:16pt"))
    h.append(p(runs("经县人民政府同意，现将2025年《政府工作报告》重点任务分工方案印发给你们，"
                    "请结合实际，认真抓好贯彻落实。现就有关事项通知如下：", FS, splits=("经县人民政府同意，",)), BODY_P))
    h.append(cover_item("一、提高思想认识。",
                        "《政府工作报告》是县十八届人大五次会议审议通过的全年工作总纲领，各乡镇、各部门要切实把思想和行动统一到县委、县政府的决策部署上来，"
                        "对照分工方案，逐项细化工作措施，明确时间节点，确保各项任务按期完成。"))
    h.append(cover_item(*LEADS_RULE))
    h.append(cover_item("三、强化督查考核。",
                        "县政府督查室要加强跟踪督办，定期通报进展情况。各牵头单位于每季度末月25日前将任务推进情况报县政府督查室，"
                        "县政府督查室汇总后报县政府。任务落实情况纳入年度目标绩效考核。"))
    h.append(empty())
    h.append(p(runs("附件：2025年《政府工作报告》重点任务分工方案", FS), BODY_P))
    h.append(empty())
    h.append(empty())
    rs = "margin-top:0pt; margin-right:64pt; margin-bottom:0pt; text-align:right; line-height:28pt; font-size:16pt"
    h.append(p(runs("汶岚县人民政府办公室", FS), rs))
    h.append(p(runs("2025年3月6日", FS), "margin-top:0pt; margin-right:72pt; margin-bottom:0pt; text-align:right; line-height:28pt; font-size:16pt"))
    h.append(p(runs("（此件公开发布）", FS), BODY_P))
    h.append('<div style="-aw-headerfooter-type:footer-primary; clear:both">'
             '<p class="Footer" style="margin-right:18pt; margin-left:18pt; text-align:right; font-size:14pt">'
             '<span style="font-family:宋体">— </span><span style="-aw-field-start:true"></span>'
             "<span style=\"-aw-field-code:' PAGE   \\\\* MERGEFORMAT '\"></span>"
             '<span style="-aw-field-separator:true"></span><span style="font-family:宋体">1</span>'
             '<span style="-aw-field-end:true"></span><span style="font-family:宋体"> —</span></p></div>')
    h.append("</div>")
    h.append('<br style="page-break-before:always; clear:both; mso-break-type:section-break" />')
    # ---------------- section 2: the attachment
    h.append("<div>")
    h.append('<div style="-aw-headerfooter-type:header-primary; clear:both">'
             '<p class="Header"><span style="height:0pt; display:block; position:absolute; z-index:-65537">'
             '<img src="20250306101522437.002.png" width="590" height="321" alt="" '
             'style="margin-top:252.41pt; -aw-left-pos:0pt; -aw-rel-hpos:margin; -aw-rel-vpos:margin; '
             '-aw-top-pos:0pt; -aw-wrap-type:none; position:absolute" /></span>'
             '<span style="-aw-import:ignore">&#xa0;</span></p></div>')
    h.append(p(runs("附件", HT), "margin-top:0pt; margin-bottom:0pt; text-align:justify; line-height:28pt; font-size:16pt"))
    h.append(empty())
    h.append(p(runs("2025年《政府工作报告》重点任务分工方案", XBS), tstyle))
    h.append(empty())
    h.append(p(runs("为确保县十八届人大五次会议审议通过的《政府工作报告》确定的各项目标任务落到实处，现将重点任务分解如下：", FS), BODY_P))
    for i, (title, tasks) in enumerate(PARTS):
        h.append(part_heading(i, title))
        for j, (text, clause, mode) in enumerate(tasks):
            h.extend(task_par(i, j, text, clause, mode))
    h.append(empty())
    h.append(empty())
    # 版记
    td1 = ("width:442.25pt; border-top-style:solid; border-top-width:1pt; border-bottom-style:solid; "
           "border-bottom-width:0.75pt; padding-right:5.4pt; padding-left:5.4pt; vertical-align:top; "
           "-aw-border-bottom:0.5pt single; -aw-border-top:1pt single")
    td2 = ("width:442.25pt; border-top-style:solid; border-top-width:0.75pt; border-bottom-style:solid; "
           "border-bottom-width:1pt; padding-right:5.4pt; padding-left:5.4pt; vertical-align:top; "
           "-aw-border-bottom:1pt single; -aw-border-top:0.5pt single")
    cc = runs("抄送：县委各部门，县人大常委会办公室，县政协办公室，县纪委监委，县人民法院，县人民检察院，县人武部。", FS)
    yin = (runs("汶岚县人民政府办公室", FS)
           + '<span style="width:143.5pt; display:inline-block">&#xa0;</span>'
           + runs("2025年3月6日印发", FS))
    bj = "margin-top:0pt; margin-bottom:0pt; margin-left:14pt; text-align:justify; line-height:28pt; font-size:14pt"
    h.append('<table cellspacing="0" cellpadding="0" style="width:453.05pt; border-collapse:collapse">'
             '<tr style="height:22.7pt"><td style="%s">%s</td></tr>'
             '<tr style="height:22.7pt"><td style="%s">%s</td></tr>'
             '<tr style="height:0pt"><td style="width:453.05pt; border:none"></td></tr></table>'
             % (td1, p(cc, bj), td2, p(yin, bj)))
    h.append(empty("margin-top:0pt; margin-bottom:0pt; line-height:normal; font-size:2pt"))
    h.append('<div style="-aw-headerfooter-type:footer-primary; clear:both">'
             '<p class="Footer" style="margin-right:18pt; margin-left:18pt; text-align:right; font-size:14pt">'
             '<span style="font-family:宋体">— </span><span style="-aw-field-start:true"></span>'
             "<span style=\"-aw-field-code:' PAGE   \\\\* MERGEFORMAT '\"></span>"
             '<span style="-aw-field-separator:true"></span><span style="font-family:宋体">2</span>'
             '<span style="-aw-field-end:true"></span><span style="font-family:宋体"> —</span></p>'
             '<p style="margin-top:0pt; margin-bottom:0pt; line-height:normal"><span style="font-weight:bold; color:#ff0000">'
             'Created with an evaluation copy of Aspose.Words. To discover the full versions of our APIs please visit: '
             'https://products.aspose.com/words/</span></p></div>')
    h.append("</div>")
    h.append("</body></html>")
    return "".join(h)


if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(build())
    print(OUT)
