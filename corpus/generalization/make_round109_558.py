#!/usr/bin/env python3
"""Round 109, notice 558: a county portal article whose 正文 is shown in an <iframe>
(the clerk's Word "网页（筛选过的）" .htm uploaded as the article body, GB2312), saved
by SingleFile (the engine behind the SingleFile extension, Zotero's web snapshots and
ArchiveBox).  SingleFile keeps a frame's document only as the `srcdoc` attribute of the
<iframe>, so the whole notice and its task table live inside one attribute value.

This script does the real thing: it lays the two pages out in a scratch site, serves
them on 127.0.0.1 (Chromium maps www.litong.gov.cn there with --host-resolver-rules,
every other host to NOTFOUND), and runs single-file-cli 2.0.83 (npm) with Debian's
Chromium, default capture options.  Output: 558_litong_xian_singlefile_iframe_fenjie.html
next to this script.

Needs: Debian's chromium and chromium-l10n (so the saved date reads 中国标准时间), and
`npm install single-file-cli@2.0.83` in ./_tools558 (the scratch site is written there too).
"""
import html
import json
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_NAME = "558_litong_xian_singlefile_iframe_fenjie.html"
TOOLS = os.path.join(HERE, "_tools558")
SITE = os.path.join(TOOLS, "site")
PORT = 18558
HOST = "www.litong.gov.cn"
ART_DIR = "zwgk/xxgkml/zfwj/xzfbwj/202502"
ART_FILE = "t20250227_1186523.html"
BODY_FILE = "W020250227391846513042.htm"

# ---------------------------------------------------------------- the notice
DOC_NO = "栗政办发〔2025〕6号"
TITLE = "栗桐县人民政府办公室关于印发《2025年县政府工作报告重点工作任务分解方案》的通知"

# (section title, [(task, leaders (list; a run of equal lists is one merged cell), units, deadline)])
SECTIONS = [
    ("一、全力稳增长扩内需（6项）", [
        ("全年地区生产总值增长6%左右，一般公共预算收入增长5%，固定资产投资增长7%。",
         ["杨正清"], "县发展和改革局、县财政局、县统计局、县税务局", "2025年12月"),
        ("谋划储备重大项目150个以上，争取超长期特别国债和中央预算内投资项目20个以上。",
         ["周宏达"], "县发展和改革局、县财政局、县自然资源局", "2025年12月"),
        ("推进县城商业综合体、农贸市场升级改造，培育夜间消费集聚区2个，社会消费品零售总额增长6%。",
         ["谭俊峰"], "县商务局、县市场监督管理局、县住房和城乡建设局", "2025年12月"),
        ("落实大规模设备更新和消费品以旧换新政策，完成汽车、家电以旧换新补贴1.2万台（辆）以上。",
         ["谭俊峰"], "县商务局、县财政局", "2025年11月"),
        ("开展“一把手”招商，全年签约亿元以上项目30个、到位县外资金80亿元。",
         ["杨正清"], "县投资促进中心、栗桐经济开发区管委会、各乡镇人民政府", "2025年12月"),
        ("加快地方政府专项债券发行使用，确保资金支出进度达到序时要求。",
         ["周宏达"], "县财政局", "2025年10月"),
    ]),
    ("二、加快建设现代化产业体系（6项）", [
        ("推动新型建材、食品加工两大主导产业提质扩量，新增规模以上工业企业12家。",
         ["罗晓梅"], "县工业和信息化局、栗桐经济开发区管委会", "2025年12月"),
        ("实施技术改造项目25个以上，创建省级专精特新中小企业5家。",
         ["罗晓梅"], "县工业和信息化局、县财政局", "2025年12月"),
        ("推进经开区标准厂房二期建设，新增标准厂房10万平方米。",
         ["罗晓梅"], "栗桐经济开发区管委会、县自然资源局、县住房和城乡建设局", "2025年10月"),
        ("培育电商经营主体200家以上，农村网络零售额增长15%。",
         ["谭俊峰"], "县商务局、县农业农村局", "2025年12月"),
        ("创建国家3A级旅游景区1家，全年接待游客人次增长10%。",
         ["贺文斌"], "县文化旅游广电体育局", "2025年12月"),
        ("推进数字政府建设，政务数据共享平台接入部门数据目录80%以上。",
         ["孔令伟"], "县数据资源管理局、县政务服务中心", "2025年11月"),
    ]),
    ("三、深化改革扩大开放（5项）", [
        ("深化国有企业改革，完成县属国有企业整合重组。",
         ["周宏达"], "县财政局（县国资办）、县发展和改革局", "2025年9月"),
        ("持续优化营商环境，企业开办时间压缩至1个工作日内，“高效办成一件事”事项拓展至20项。",
         ["孔令伟"], "县政务服务中心、县市场监督管理局、县数据资源管理局", "2025年12月"),
        ("推行涉企行政检查“综合查一次”，年度涉企检查频次下降30%。",
         ["孔令伟"], "县司法局、县市场监督管理局", "2025年12月"),
        ("深化农村集体产权制度改革，村集体经济收入10万元以上的村占比达到60%。",
         ["贺文斌"], "县农业农村局、各乡镇人民政府", "2025年12月"),
        ("落实结构性减税降费政策，全年为经营主体减负2亿元以上。",
         ["周宏达"], "县税务局、县财政局", "2025年12月"),
    ]),
    ("四、推进乡村全面振兴（5项）", [
        ("稳定粮食播种面积52万亩以上，新建高标准农田3.5万亩。",
         ["贺文斌"], "县农业农村局、县财政局、县自然资源局、各乡镇人民政府", "2025年11月"),
        ("守牢不发生规模性返贫致贫底线，监测帮扶对象风险消除率达到80%以上。",
         ["贺文斌"], "县农业农村局、县民政局、县医疗保障局、县教育局", "2025年12月"),
        ("实施农村供水保障工程，农村自来水普及率达到92%。",
         ["贺文斌"], "县水利局", "2025年10月"),
        ("建设宜居宜业和美乡村示范村15个，农村生活污水治理率提升至45%。",
         ["贺文斌", "谭俊峰"], "县农业农村局、市生态环境局栗桐分局、县住房和城乡建设局、各乡镇人民政府", "2025年12月"),
        ("发展特色农产品精深加工，新增市级以上农业产业化龙头企业3家。",
         ["贺文斌"], "县农业农村局、县工业和信息化局", "2025年12月"),
    ]),
    ("五、提升城乡建设品质（4项）", [
        ("实施城镇老旧小区改造12个，惠及居民2300户。",
         ["谭俊峰"], "县住房和城乡建设局、县财政局", "2025年11月"),
        ("完成县城主干道“白改黑”工程8公里，新增公共停车泊位1500个。",
         ["谭俊峰"], "县住房和城乡建设局、县城市管理综合执法局、县公安局交通警察大队", "2025年10月"),
        ("深入打好蓝天碧水净土保卫战，PM2.5平均浓度控制在市下达目标以内。",
         ["罗晓梅"], "市生态环境局栗桐分局、县工业和信息化局、县住房和城乡建设局、县农业农村局", "2025年12月"),
        ("科学推进国土绿化，完成营造林2.8万亩。",
         ["贺文斌"], "县林业局、各乡镇人民政府", "2025年12月"),
    ]),
    ("六、保障和改善民生（5项）", [
        ("新增城镇就业3200人，城镇调查失业率控制在5.5%以内。",
         ["孔令伟"], "县人力资源和社会保障局", "2025年12月"),
        ("新建、改扩建公办幼儿园3所、中小学校2所，新增学位2400个。",
         ["罗晓梅"], "县教育局、县发展和改革局、县财政局", "2025年8月"),
        ("推进紧密型县域医共体建设，县域内就诊率达到90%以上。",
         ["罗晓梅"], "县卫生健康局、县医疗保障局", "2025年12月"),
        ("新建社区嵌入式养老服务中心3个、农村互助养老服务点20个。",
         ["孔令伟"], "县民政局、各乡镇人民政府", "2025年12月"),
        ("扎实开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故。",
         ["杨正清", "周宏达"], "县应急管理局、县安全生产委员会各成员单位", "2025年12月"),
    ]),
]

COVER = [
    "各乡镇人民政府，县政府各部门，县直各单位：",
    "《2025年栗桐县人民政府工作报告》已经县十八届人大五次会议审议通过。为确保报告确定的各项目标任务落到实处，经县人民政府同意，现将《2025年县政府工作报告重点工作任务分解方案》印发给你们，并就有关事项通知如下：",
    ("一、提高思想认识。", "各乡镇、各部门要把落实《政府工作报告》作为全年工作的主线，对照分解方案逐项细化工作措施，明确时间节点，确保各项任务按期完成。"),
    ("二、压实工作责任。", "各责任县领导要加强对分管领域重点工作的统筹调度。责任单位中排在第一位的为牵头单位，其他为配合单位。牵头单位主要负责人为第一责任人，要主动牵头协调；配合单位要积极支持，形成工作合力。"),
    ("三、强化督查考核。", "县政府督查室要加强跟踪督办，各牵头单位于每季度末月25日前将任务进展情况报县政府督查室，督查结果纳入年度综合考核。"),
]


def s(text, font="仿宋_GB2312", size="16.0pt"):
    """Word splits runs where CJK meets ASCII; ASCII runs carry lang=EN-US."""
    out = []
    buf = ""
    cur = None
    for ch in text:
        kind = "a" if (ord(ch) < 128) else "c"
        if cur is None or kind == cur:
            buf += ch
        else:
            out.append((cur, buf))
            buf = ch
        cur = kind
    if buf:
        out.append((cur, buf))
    parts = []
    for kind, t in out:
        lang = " lang=EN-US" if kind == "a" else ""
        parts.append("<span%s\nstyle='font-size:%s;font-family:%s'>%s</span>" % (lang, size, font, html.escape(t, quote=False)))
    return "".join(parts)


def word_htm():
    L = []
    L.append("<html>\n\n<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">\n"
             "<meta name=Generator content=\"Microsoft Word 15 (filtered)\">\n<style>\n<!--\n"
             " /* Font Definitions */\n @font-face\n\t{font-family:宋体;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n"
             "@font-face\n\t{font-family:黑体;\n\tpanose-1:2 1 6 9 6 1 1 1 1 1;}\n"
             "@font-face\n\t{font-family:\"Cambria Math\";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n"
             "@font-face\n\t{font-family:仿宋_GB2312;}\n@font-face\n\t{font-family:楷体_GB2312;}\n"
             "@font-face\n\t{font-family:方正小标宋简体;}\n"
             "@font-face\n\t{font-family:\"\\@宋体\";\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n"
             " /* Style Definitions */\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\ttext-align:justify;\n"
             "\ttext-justify:inter-ideograph;\n\tfont-size:10.5pt;\n\tfont-family:\"Times New Roman\",serif;}\n"
             "p.MsoFooter, li.MsoFooter, div.MsoFooter\n\t{mso-style-link:\"页脚 字符\";\n\tmargin:0cm;\n\tlayout-grid-mode:char;\n"
             "\tfont-size:9.0pt;\n\tfont-family:\"Times New Roman\",serif;}\n"
             "span.a\n\t{mso-style-name:\"页脚 字符\";\n\tmso-style-link:页脚;\n\tfont-family:\"Times New Roman\",serif;}\n"
             ".MsoChpDefault\n\t{font-family:\"Times New Roman\",serif;}\n"
             " /* Page Definitions */\n @page WordSection1\n\t{size:595.3pt 841.9pt;\n\tmargin:104.9pt 73.7pt 99.25pt 79.4pt;\n"
             "\tlayout-grid:28.95pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n"
             "@page WordSection2\n\t{size:841.9pt 595.3pt;\n\tmargin:79.4pt 73.7pt 79.4pt 73.7pt;\n\tlayout-grid:15.6pt;}\n"
             "div.WordSection2\n\t{page:WordSection2;}\n-->\n</style>\n\n</head>\n\n"
             "<body lang=ZH-CN style='text-justify-trim:punctuation'>\n\n"
             "<div class=WordSection1 style='layout-grid:28.95pt'>\n\n")
    P = "<p class=MsoNormal style='line-height:28.0pt'>"
    PI = "<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'>"
    PC = "<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt'>"
    PR = "<p class=MsoNormal align=right style='text-align:right;line-height:28.0pt'>"
    L.append(PC + s(DOC_NO) + "</p>\n\n")
    L.append(PC + "<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'>&nbsp;</span></p>\n\n")
    L.append(PC + s("栗桐县人民政府办公室", "方正小标宋简体", "22.0pt") + "</p>\n\n")
    L.append(PC + s("关于印发《2025年县政府工作报告重点工作任务", "方正小标宋简体", "22.0pt") + "</p>\n\n")
    L.append(PC + s("分解方案》的通知", "方正小标宋简体", "22.0pt") + "</p>\n\n")
    L.append(PC + "<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'>&nbsp;</span></p>\n\n")
    L.append(P + s(COVER[0]) + "</p>\n\n")
    L.append(PI + s(COVER[1]) + "</p>\n\n")
    for head, rest in COVER[2:]:
        L.append(PI + s(head, "黑体") + s(rest) + "</p>\n\n")
    L.append(PI + "<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'>&nbsp;</span></p>\n\n")
    L.append(PI + s("附件：2025年县政府工作报告重点工作任务分解表") + "</p>\n\n")
    for _ in range(3):
        L.append(PI + "<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'>&nbsp;</span></p>\n\n")
    L.append("<p class=MsoNormal align=right style='margin-right:64.0pt;text-align:right;line-height:28.0pt'>"
             + s("栗桐县人民政府办公室") + "</p>\n\n")
    L.append("<p class=MsoNormal align=right style='margin-right:80.0pt;text-align:right;line-height:28.0pt'>"
             + s("2025年2月26日") + "</p>\n\n")
    L.append(PI + s("（此件公开发布）") + "</p>\n\n")
    L.append("</div>\n\n<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'><br clear=all\n"
             "style='page-break-before:always'>\n</span>\n\n<div class=WordSection2 style='layout-grid:15.6pt'>\n\n")
    L.append(P + s("附件", "黑体") + "</p>\n\n")
    L.append(PC + s("2025年县政府工作报告重点工作任务分解表", "方正小标宋简体", "20.0pt") + "</p>\n\n")
    L.append("<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US>&nbsp;</span></p>\n\n")

    widths = [(45, "33.7pt"), (468, "351.0pt"), (90, "67.5pt"), (246, "184.3pt"), (75, "56.1pt")]
    border_first = "border:solid windowtext 1.0pt"
    border_top = "border:solid windowtext 1.0pt;border-top:none"

    def td(i, content, first_row=False, extra="", align="center", font="仿宋_GB2312"):
        w, wpt = widths[i]
        b = border_first if first_row else border_top
        if i > 0:
            b += ";border-left:none"
        pal = " align=center style='text-align:center'" if align == "center" else ""
        paras = content if isinstance(content, list) else [content]
        ps = "".join("  <p class=MsoNormal%s>%s</p>\n" % (pal, s(c, font, "12.0pt")) for c in paras)
        return ("  <td width=%d%s valign=middle style='width:%s;%s;\n  padding:0cm 5.4pt 0cm 5.4pt'>\n%s  </td>\n"
                % (w, extra, wpt, b, ps))

    L.append("<div align=center>\n\n<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=924\n"
             " style='width:692.6pt;border-collapse:collapse;border:none'>\n <thead>\n  <tr style='height:28.35pt'>\n")
    for i, h in enumerate(["序号", "重点工作任务", "责任县领导", "责任单位", "完成时限"]):
        L.append(td(i, h, first_row=True, font="黑体"))
    L.append(" </tr>\n </thead>\n")

    n = 0
    for title, tasks in SECTIONS:
        L.append(" <tr style='height:22.7pt'>\n  <td width=924 colspan=5 valign=middle style='width:692.6pt;"
                 "border:solid windowtext 1.0pt;border-top:none;\n  padding:0cm 5.4pt 0cm 5.4pt'>\n"
                 "  <p class=MsoNormal>%s</p>\n  </td>\n </tr>\n" % s(title, "黑体", "12.0pt"))
        # leader runs -> rowspan
        spans = []
        k = 0
        while k < len(tasks):
            j = k
            while j + 1 < len(tasks) and tasks[j + 1][1] == tasks[k][1]:
                j += 1
            spans.append((k, j - k + 1))
            k = j + 1
        span_at = dict(spans)
        for k, (text, leaders, units, due) in enumerate(tasks):
            n += 1
            L.append(" <tr style='height:34.0pt'>\n")
            L.append(td(0, str(n)))
            L.append(td(1, text, align="left"))
            if k in span_at:
                rs = span_at[k]
                L.append(td(2, leaders, extra=(" rowspan=%d" % rs if rs > 1 else "")))
            L.append(td(3, units, align="left"))
            L.append(td(4, due))
            L.append(" </tr>\n")
    L.append("</table>\n\n</div>\n\n<p class=MsoNormal><span lang=EN-US>&nbsp;</span></p>\n\n</div>\n\n</body>\n\n</html>\n")
    return "".join(L).replace("\n", "\r\n")


ARTICLE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="栗桐县人民政府">
<meta name="SiteDomain" content="www.litong.gov.cn">
<meta name="SiteIDCode" content="4310990017">
<meta name="ColumnName" content="县政府办文件">
<meta name="ColumnType" content="政府文件">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2025-02-27 16:40">
<meta name="ContentSource" content="县政府办公室">
<title>{title}_县政府办文件_栗桐县人民政府</title>
<link rel="stylesheet" href="/images/common.css">
<script src="/images/jquery.min.js"></script>
</head>
<body>
<div class="top"><div class="w1200"><span class="date" id="today"></span><a href="/">首页</a> | <a href="javascript:;" class="wza">无障碍</a> | <a href="javascript:;">长者模式</a></div></div>
<div class="header"><div class="w1200"><h1 class="logo"><a href="/">栗桐县人民政府</a></h1><div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div></div>
<div class="nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/zwdt/">政务动态</a></li><li class="on"><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjlt/">走进栗桐</a></li></ul></div>
<div class="w1200 main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="/zwgk/xxgkml/">法定主动公开内容</a> &gt; <a href="/zwgk/xxgkml/zfwj/">政府文件</a> &gt; <a href="/zwgk/xxgkml/zfwj/xzfbwj/">县政府办文件</a></div>
<table class="xxgk-info">
<tr><th>索&nbsp;引&nbsp;号：</th><td>11431099MB1786520X/2025-01187</td><th>信息分类：</th><td>县政府办文件</td></tr>
<tr><th>发布机构：</th><td>县政府办公室</td><th>生成日期：</th><td>2025-02-27</td></tr>
<tr><th>文&emsp;&emsp;号：</th><td>{docno}</td><th>有&nbsp;效&nbsp;性：</th><td>有效</td></tr>
<tr><th>名&emsp;&emsp;称：</th><td colspan="3">{title}</td></tr>
</table>
<div class="article">
<h2 class="art-title">{title}</h2>
<div class="art-meta">发布时间：2025-02-27 16:40　来源：县政府办公室　<span>字体：<a href="javascript:;" onclick="fontZoom(18)">大</a> <a href="javascript:;" onclick="fontZoom(16)">中</a> <a href="javascript:;" onclick="fontZoom(14)">小</a></span></div>
<div class="art-body">
<iframe id="zwFrame" name="zwFrame" src="{body}" width="100%" height="600" frameborder="0" scrolling="no" title="正文"></iframe>
</div>
<div class="art-fj">附件：<a href="./P020250227391846517215.docx">2025年县政府工作报告重点工作任务分解表.docx</a></div>
<div class="art-tool"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="relate"><h3>相关解读</h3><ul><li><a href="./t20250228_1186731.html">图解：2025年县政府工作报告重点工作任务分解方案</a></li></ul></div>
</div>
<div class="footer"><div class="w1200"><p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a></p><p>主办单位：栗桐县人民政府办公室　承办单位：栗桐县数据资源管理局</p><p>网站标识码：4310990017　<a href="https://beian.miit.gov.cn/">湘ICP备05001786号</a>　湘公网安备43109902000118号</p></div></div>
<script>
document.getElementById("today").innerHTML = "今天是：" + new Date().getFullYear() + "年" + (new Date().getMonth() + 1) + "月" + new Date().getDate() + "日";
function fontZoom(size) {{ var d = document.getElementById("zwFrame").contentWindow.document; d.body.style.fontSize = size + "px"; }}
function setIframeHeight(iframe) {{
  if (iframe) {{
    var doc = iframe.contentDocument || iframe.contentWindow.document;
    if (doc && doc.body) {{ iframe.height = doc.body.scrollHeight + 40; }}
  }}
}}
var zw = document.getElementById("zwFrame");
zw.onload = function () {{ setIframeHeight(zw); }};
setIframeHeight(zw);
</script>
</body>
</html>
"""

CSS = """@charset "utf-8";
body{margin:0;padding:0;font:14px/1.8 "Microsoft YaHei",SimSun,sans-serif;color:#333;background:#f5f5f5}
a{color:#333;text-decoration:none}
ul{margin:0;padding:0;list-style:none}
.w1200{width:1200px;margin:0 auto}
.top{height:34px;line-height:34px;background:#eee;font-size:12px}
.top .date{float:left}
.top .w1200{text-align:right}
.header{height:110px;background:#b5121b}
.header .logo{float:left;margin:26px 0 0;font-size:34px;color:#fff}
.header .logo a{color:#fff}
.header .search{float:right;margin-top:38px}
.nav{height:46px;background:#8f0c13}
.nav li{float:left;width:200px;text-align:center;line-height:46px}
.nav li a{color:#fff;font-size:17px}
.nav li.on{background:#6d0a0f}
.main{background:#fff;padding:20px 30px 40px;margin-top:14px}
.crumb{padding:8px 0 14px;border-bottom:1px solid #ddd;font-size:13px}
.xxgk-info{width:100%;margin:18px 0;border-collapse:collapse;background:#f9f9f9;font-size:13px}
.xxgk-info th,.xxgk-info td{border:1px solid #e3e3e3;padding:6px 10px;text-align:left}
.xxgk-info th{width:110px;color:#555;font-weight:normal}
.art-title{text-align:center;font-size:24px;color:#b5121b;margin:28px 60px 12px;line-height:1.5}
.art-meta{text-align:center;color:#888;font-size:13px;border-bottom:1px dashed #ccc;padding-bottom:10px}
.art-body{padding:20px 0}
.art-body iframe{display:block;border:0}
.art-fj{padding:8px 0;border-top:1px solid #eee}
.art-fj a{color:#1a5aa6}
.art-tool{text-align:right;font-size:13px;color:#666}
.relate h3{font-size:16px;border-left:4px solid #b5121b;padding-left:8px}
.footer{background:#333;color:#ccc;text-align:center;padding:22px 0;margin-top:20px;font-size:13px}
.footer a{color:#ccc}
"""


def build_site():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    art_dir = os.path.join(SITE, ART_DIR)
    os.makedirs(art_dir)
    os.makedirs(os.path.join(SITE, "images"))
    with open(os.path.join(SITE, "images", "common.css"), "w", encoding="utf-8") as f:
        f.write(CSS)
    with open(os.path.join(SITE, "images", "jquery.min.js"), "w", encoding="utf-8") as f:
        f.write("/*! jQuery v1.12.4 (stub) */window.jQuery=window.$=function(){return{}};\n")
    with open(os.path.join(art_dir, ART_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write(ARTICLE.format(title=html.escape(TITLE, quote=True), docno=DOC_NO, body=BODY_FILE))
    with open(os.path.join(art_dir, BODY_FILE), "wb") as f:
        f.write(word_htm().encode("gbk"))


def main():
    build_site()
    out_path = os.path.join(HERE, OUT_NAME)
    if os.path.exists(out_path):
        os.remove(out_path)
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(PORT), "--bind", "127.0.0.1",
                               "--directory", SITE], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.0)
        env = dict(os.environ, TZ="Asia/Shanghai", LANG="zh_CN.UTF-8", LANGUAGE="zh_CN:zh")
        cmd = [os.path.join(TOOLS, "node_modules", ".bin", "single-file"),
               "http://%s/%s/%s" % (HOST, ART_DIR, ART_FILE), out_path,
               "--browser-executable-path=/usr/bin/chromium",
               "--browser-args=" + json.dumps(["--no-sandbox", "--lang=zh-CN",
                                               "--host-resolver-rules=MAP %s 127.0.0.1:%d, MAP * ~NOTFOUND" % (HOST, PORT)]),
               "--accept-language=zh-CN,zh;q=0.9",
               "--filename-conflict-action=overwrite"]
        subprocess.run(cmd, check=True, env=env, cwd=TOOLS)
    finally:
        server.terminate()
        server.wait()
    print("wrote", out_path, os.path.getsize(out_path))


if __name__ == "__main__":
    main()
