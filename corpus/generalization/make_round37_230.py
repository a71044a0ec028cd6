#!/usr/bin/python3
"""Generate 230_tinglan_cms_fengong_biao.html and its gold.

A page saved from a district government website (TRS-like CMS): header, nav, breadcrumbs, an
信息公开 metadata table, then the article (a 区政府办公室 notice pasted from Word) whose attachment is an
HTML table 序号|工作任务|责任领导|牵头单位|配合单位 with colspan category rows and rowspan leader cells.
"""
import html
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "230_tinglan_cms_fengong_biao"

ZR = "清渚市自然资源和规划局汀澜分局"
ST = "清渚市生态环境局汀澜分局"
GA = "清渚市公安局汀澜分局"
KFQ = "汀澜经济开发区管委会"
JD = "各街道（镇）"

# Each task: (text, leader_cell, lead_cell, coop_units, coop_join)
#   leader_cell: (["name", ...], rowspan) for the row that opens the cell, or None when merged from above
#   lead_cell:   (["unit", ...], rowspan) likewise
#   coop_join:   "、" (inline list), "br" (one unit per line, no 、), "dbr" ("、<br>")
CATEGORIES = [
    ("一、优化营商环境", [
        ("深化“放管服”改革，推进“高效办成一件事”，政务服务事项全程网办率达到90%以上。",
         (["陆文涛"], 3), (["区政务服务管理局"], 1), ["区数据局", "区市场监管局", JD], "、"),
        ("全面落实结构性减税降费政策，年内为经营主体减负5亿元以上，持续开展清理拖欠企业账款行动。",
         None, (["区财政局"], 1), ["区税务局", "区工业和信息化局"], "、"),
        ("加强社会信用体系建设，开展“双随机、一公开”跨部门联合监管，涉企检查频次下降20%。",
         None, (["区市场监管局"], 1), ["区发展改革局", "区司法局", "区商务局"], "dbr"),
        ("完善民营企业服务机制，常态化开展“企业服务日”活动，协调解决企业诉求200件以上。",
         (["方静怡"], 2), (["区工业和信息化局"], 1), ["区工商联", "区发展改革局", KFQ], "、"),
        ("强化法治化营商环境保障，推行包容审慎监管，全面落实轻微违法行为不予处罚清单制度。",
         None, (["区司法局"], 1), [], "、"),
    ]),
    ("二、推动产业转型升级", [
        ("实施制造业“智改数转”三年行动，新增规模以上工业企业30家，规上工业产值增长9%。",
         (["郑凯"], 4), (["区工业和信息化局"], 1), ["区科技局", "区统计局", KFQ], "、"),
        ("加快汀澜经济开发区扩区调区，完成基础设施投资12亿元，新建标准厂房20万平方米。",
         None, ([KFQ], 1), ["区发展改革局", ZR, "区住房城乡建设局"], "br"),
        ("培育科技型中小企业120家、高新技术企业25家，新建省级企业研发机构5家。",
         None, (["区科技局"], 1), ["区财政局", "区工业和信息化局"], "、"),
        ("推动现代商贸提质扩容，建成汀湖路特色商业街区，社会消费品零售总额增长7%。",
         None, (["区商务局"], 1), ["区城市管理局", "区市场监管局", JD], "、"),
        ("发展文旅融合产业，创建国家AAAA级旅游景区1家，全年接待游客人次增长15%。",
         (["陆文涛"], 2), (["区文化旅游体育局"], 1), ["区农业农村局", "区交通运输局"], "、"),
        ("强化精准招商，全年招引亿元以上项目40个，其中10亿元以上项目5个，实际到位内资80亿元。",
         None, (["区投资促进中心", "区商务局"], 1), [KFQ, JD], "、"),
    ]),
    ("三、提升城市品质", [
        ("推进城市更新行动，改造老旧小区42个、城中村2个，建成棚改安置房1800套。",
         (["许博文"], 5), (["区住房城乡建设局"], 1), ["区财政局", ZR, JD], "dbr"),
        ("完善城市路网，建成滨江东路、纬三路等道路8条，打通断头路5条。",
         None, (["区交通运输局"], 1), ["区住房城乡建设局", ZR, GA], "、"),
        ("深化城市精细化管理，开展市容环境综合整治，新增城市公共停车泊位3000个。",
         None, (["区城市管理局"], 2), [GA, JD], "、"),
        ("推进生活垃圾分类，城区生活垃圾分类覆盖率达到98%，建成再生资源回收站点60个。",
         None, None, ["区商务局", JD], "、"),
        ("实施海绵城市建设和地下管网改造，新改建雨污管网35公里，消除易涝积水点6处。",
         None, (["区水务局"], 1), ["区住房城乡建设局", "区城市管理局"], "、"),
    ]),
    ("四、守护生态环境", [
        ("深入打好污染防治攻坚战，PM2.5浓度控制在30微克/立方米以内，空气优良天数比例达到88%。",
         (["许博文"], 2), ([ST], 1), ["区住房城乡建设局", "区城市管理局", "区交通运输局"], "、"),
        ("全面落实河湖长制，汀水干流出境断面水质稳定达到Ⅲ类标准，完成河道清淤20公里。",
         None, (["区水务局"], 1), [ST, "区农业农村局", JD], "br"),
        ("推进农业面源污染治理，化肥农药使用量实现负增长，畜禽粪污综合利用率达到95%。",
         (["方静怡"], 2), (["区农业农村局"], 1), [ST], "、"),
        ("实施森林质量精准提升工程，完成新造林和退化林修复3000亩，严格落实林长制。",
         None, ([ZR], 1), ["区农业农村局", JD], "、"),
    ]),
    ("五、保障和改善民生", [
        ("稳定和扩大就业，城镇新增就业6500人，帮扶就业困难人员实现再就业800人。",
         (["唐雨薇"], 3), (["区人力资源社会保障局"], 1), ["区财政局", "区残联", JD], "、"),
        ("推进教育优质均衡发展，新建汀澜实验学校等中小学3所，新增学位4500个。",
         None, (["区教育局"], 1), ["区发展改革局", "区住房城乡建设局", "区财政局"], "dbr"),
        ("深化紧密型医疗集团建设，区人民医院综合楼投入使用，每千人口执业（助理）医师数达到3.2人。",
         None, (["区卫生健康局"], 1), ["区医疗保障局", "区发展改革局"], "、"),
        ("完善“一老一小”服务体系，新建社区嵌入式养老服务中心8个、普惠托育机构4家。",
         (["唐雨薇", "陆文涛"], 1), (["区民政局", "区卫生健康局"], 1), ["区财政局", JD], "、"),
        ("做好退役军人服务保障工作，落实优抚对象各项待遇，积极创建省级双拥模范城。",
         (["唐雨薇"], 2), (["区退役军人事务局"], 1), [], "、"),
        ("统筹发展和安全，深化安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。",
         None, (["区应急管理局"], 1), [GA, "区住房城乡建设局", "区市场监管局", JD], "br"),
    ]),
]

# ---------------------------------------------------------------- html helpers
TD = ('border:solid windowtext 1.0pt;border-top:none;mso-border-top-alt:solid windowtext .5pt;'
      'mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt')
WIDTHS = ["39.0pt", "196.5pt", "48.75pt", "82.5pt", "103.5pt"]
SPAN = "font-size:12.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:'Times New Roman'"


def ent(s):
    """Encode text as a Word/CMS editor does: curly quotes and some marks as entities."""
    s = html.escape(s, quote=False)
    s = s.replace("“", "&ldquo;").replace("”", "&rdquo;")
    return s


def word_span(text):
    """Wrap ASCII runs in <span lang=EN-US> as Word's HTML export does."""
    out = []
    for part in re.split(r"([0-9A-Za-z.%/]+)", text):
        if not part:
            continue
        if re.fullmatch(r"[0-9A-Za-z.%/]+", part):
            out.append(f'<span lang="EN-US" style="font-size:12.0pt;font-family:\'Times New Roman\'">{ent(part)}</span>')
        else:
            out.append(f'<span style="{SPAN}">{ent(part)}</span>')
    return "".join(out)


def cell(col, inner, align="center", rowspan=1, extra=""):
    rs = f' rowspan="{rowspan}"' if rowspan > 1 else ""
    palign = ' align="center" style="text-align:center;line-height:18.0pt;mso-line-height-rule:exactly"' \
        if align == "center" else ' style="text-align:justify;text-justify:inter-ideograph;line-height:18.0pt;mso-line-height-rule:exactly"'
    return (f'<td width="{int(float(WIDTHS[col][:-2]) * 4 / 3)}"{rs} valign="center" '
            f'style="width:{WIDTHS[col]};{TD}{extra}"><p class="MsoNormal"{palign}>{inner}<o:p></o:p></p></td>')


def task_text_html(text, idx):
    # break the paragraph after its first clause for some rows (Word soft returns), after char 12
    if idx % 3 == 1:
        cut = text.find("，", 14)
        if cut > 0:
            return word_span(text[:cut + 1]) + "<br>\n" + word_span(text[cut + 1:])
    return word_span(text)


def units_html(units, join):
    if not units:
        return "&nbsp;"
    if join == "br":
        return "<br>\n".join(word_span(u) for u in units)
    if join == "dbr":
        return "、<br>\n".join(word_span(u) for u in units)
    return word_span("、".join(units))


def build_table():
    rows = []
    th_style = ('border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;'
                'background:#D9D9D9;padding:0cm 5.4pt 0cm 5.4pt')
    hdr = "".join(
        f'<th width="{int(float(w[:-2]) * 4 / 3)}" style="width:{w};{th_style}"><p class="MsoNormal" align="center" '
        f'style="text-align:center"><b><span style="font-size:12.0pt;font-family:黑体">{h}</span></b></p></th>'
        for h, w in zip(["序号", "工作任务", "责任领导", "牵头单位", "配合单位"], WIDTHS))
    rows.append(f'<tr style="height:30.0pt;mso-yfti-irow:0;mso-yfti-firstrow:yes">{hdr}</tr>')
    gold = []
    k = 0
    for s_i, (cat, tasks) in enumerate(CATEGORIES, 1):
        rows.append(
            f'<tr style="height:24.0pt"><td colspan="5" valign="center" style="width:470.25pt;{TD}">'
            f'<p class="MsoNormal" style="line-height:20.0pt"><b><span style="font-size:12.0pt;font-family:黑体">'
            f'{ent(cat)}</span></b><o:p></o:p></p></td></tr>')
        cur_leaders = None
        cur_lead = None
        for t_i, (text, lcell, ucell, coop, join) in enumerate(tasks, 1):
            k += 1
            cells = [cell(0, f'<span lang="EN-US" style="font-size:12.0pt">{t_i}</span>'),
                     cell(1, task_text_html(text, k), align="justify")]
            if lcell is not None:
                cur_leaders = lcell[0]
                cells.append(cell(2, "<br>\n".join(f'<span style="{SPAN}">{n}</span>' for n in lcell[0]),
                                  rowspan=lcell[1]))
            if ucell is not None:
                cur_lead = ucell[0]
                cells.append(cell(3, units_html(ucell[0], "、"), rowspan=ucell[1]))
            cells.append(cell(4, units_html(coop, join)))
            rows.append('<tr style="height:42.0pt">\n' + "\n".join(cells) + "\n</tr>")
            gold.append({
                "id": f"{s_i}.{t_i}",
                "head": text[:12],
                "responsible_units": cur_lead + coop,
                "lead_units": list(cur_lead),
                "cooperating_units": list(coop),
                "leaders": list(cur_leaders),
            })
    table = ('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="627" '
             'style="width:470.25pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;'
             'mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt">\n<tbody>\n'
             + "\n".join(rows) + "\n</tbody>\n</table>")
    return table, gold


def p_body(text, indent=True, align=None):
    if align == "right":
        return (f'<p class="MsoNormal" align="right" style="text-align:right;line-height:28.0pt;'
                f'mso-line-height-rule:exactly"><span style="font-size:16.0pt;font-family:仿宋_GB2312">{ent(text)}</span></p>')
    st = "text-indent:32.0pt;" if indent else ""
    return (f'<p class="MsoNormal" style="{st}line-height:28.0pt;mso-line-height-rule:exactly">'
            f'<span style="font-size:16.0pt;font-family:仿宋_GB2312">{ent(text)}</span></p>')


TITLE = "清渚市汀澜区人民政府办公室关于印发2024年区政府重点工作任务分工的通知"


def build():
    table, gold = build_table()
    body = "\n".join([
        p_body("各街道办事处、镇人民政府，区政府各部门、区属各单位：", indent=False),
        p_body("为确保区十届人大四次会议审议通过的《政府工作报告》确定的各项目标任务落到实处，经区政府同意，"
               "现将2024年区政府重点工作任务分工印发给你们，并就有关事项通知如下："),
        p_body("一、加强组织领导。各责任领导要加强对分管领域重点工作的调度，定期听取工作汇报，及时协调解决推进中的困难和问题。"),
        p_body("二、压实工作责任。牵头单位是第一责任单位，主要负责同志为第一责任人，要细化工作措施，明确时间节点；"
               "配合单位要按照职责分工积极支持、主动配合，形成工作合力。"),
        p_body("三、强化督查督办。区政府督查室要将重点工作纳入督查督办事项，实行月调度、季通报；"
               "各牵头单位于每季度末月25日前将工作进展情况报区政府督查室。"),
        p_body("&nbsp;", indent=False).replace("&amp;nbsp;", "&nbsp;"),
        p_body("附件：2024年区政府重点工作任务分工表"),
        p_body("&nbsp;", indent=False).replace("&amp;nbsp;", "&nbsp;"),
        p_body("清渚市汀澜区人民政府办公室", align="right"),
        p_body("2024年3月8日", align="right"),
        p_body("（此件公开发布）"),
        '<p class="MsoNormal"><span lang="EN-US" style="font-size:16.0pt;font-family:仿宋_GB2312">'
        '<br clear="all" style="page-break-before:always"></span></p>',
        '<p class="MsoNormal" style="line-height:28.0pt"><span style="font-size:16.0pt;font-family:黑体">附件</span></p>',
        '<p class="MsoNormal" align="center" style="text-align:center;line-height:28.0pt">'
        '<span style="font-size:22.0pt;font-family:方正小标宋简体">2024年区政府重点工作任务分工表</span></p>',
        '<p class="MsoNormal" align="center" style="text-align:center"><span lang="EN-US">&nbsp;</span></p>',
        '<div align="center">', table, '</div>',
        '<p class="MsoNormal" style="line-height:20.0pt"><span style="font-size:12.0pt;font-family:仿宋_GB2312">'
        '注：责任领导按区政府领导工作分工确定，如工作分工调整，由调整后的分管领导负责。</span></p>',
    ])

    page = f'''<!DOCTYPE html>
<!-- saved from url=(0077)http://www.tinglan.qingzhu.gov.cn/art/2024/3/12/art_1229418_59038127.html -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{TITLE}_区政府办文件_清渚市汀澜区人民政府</title>
<meta name="SiteName" content="清渚市汀澜区人民政府">
<meta name="SiteDomain" content="www.tinglan.qingzhu.gov.cn">
<meta name="SiteIDCode" content="3311020013">
<meta name="ColumnName" content="区政府办文件">
<meta name="ColumnType" content="政府文件">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2024-03-12 16:27">
<meta name="ContentSource" content="区政府办公室">
<meta name="Keywords" content="重点工作 任务分工">
<link rel="stylesheet" type="text/css" href="./{STEM}_files/common.css">
<link rel="stylesheet" type="text/css" href="./{STEM}_files/article.css">
<script type="text/javascript" src="./{STEM}_files/jquery-1.12.4.min.js"></script>
<script type="text/javascript">
  var _hmt = _hmt || [];
  var siteId = "1229418", articleId = "59038127";
  function doZoom(size) {{ document.getElementById("zoom").style.fontSize = size + "px"; }}
</script>
</head>
<body>
<div class="top-bar"><div class="w1200">
  <span class="date">2024年03月12日 星期二</span>
  <a href="http://www.tinglan.qingzhu.gov.cn/col/col1229418/index.html">无障碍浏览</a> |
  <a href="javascript:void(0)" onclick="SetHome(this)">设为首页</a> |
  <a href="javascript:void(0)" onclick="AddFavorite()">加入收藏</a> |
  <a href="http://www.tinglan.qingzhu.gov.cn/m/">移动版</a>
</div></div>
<div class="header"><div class="w1200">
  <a class="logo" href="http://www.tinglan.qingzhu.gov.cn/"><img src="./{STEM}_files/logo.png" alt="清渚市汀澜区人民政府"></a>
  <form class="search" action="http://www.tinglan.qingzhu.gov.cn/jrobot/search.do" method="get" target="_blank">
    <input type="text" name="q" placeholder="请输入关键字"><input type="submit" value="搜索">
  </form>
</div></div>
<div class="nav"><ul class="w1200">
  <li><a href="http://www.tinglan.qingzhu.gov.cn/">首页</a></li>
  <li><a href="http://www.tinglan.qingzhu.gov.cn/col/col1229419/index.html">走进汀澜</a></li>
  <li class="on"><a href="http://www.tinglan.qingzhu.gov.cn/col/col1229420/index.html">政务公开</a></li>
  <li><a href="http://www.tinglan.qingzhu.gov.cn/col/col1229421/index.html">政务服务</a></li>
  <li><a href="http://www.tinglan.qingzhu.gov.cn/col/col1229422/index.html">互动交流</a></li>
  <li><a href="http://www.tinglan.qingzhu.gov.cn/col/col1229423/index.html">专题专栏</a></li>
</ul></div>
<div class="w1200 main">
<div class="crumbs">当前位置：<a href="http://www.tinglan.qingzhu.gov.cn/">首页</a> &gt; <a href="http://www.tinglan.qingzhu.gov.cn/col/col1229420/index.html">政务公开</a> &gt; <a href="http://www.tinglan.qingzhu.gov.cn/col/col1229425/index.html">政府文件</a> &gt; <a href="http://www.tinglan.qingzhu.gov.cn/col/col1229427/index.html">区政府办文件</a></div>
<table class="xxgk-info" width="100%" cellspacing="0" cellpadding="0">
  <tbody>
  <tr><td class="label">索&nbsp;引&nbsp;号：</td><td>11330902MB0F41207Q/2024-59038127</td><td class="label">主题分类：</td><td>国民经济管理、国有资产监管\\其他</td></tr>
  <tr><td class="label">发布机构：</td><td>区政府办公室</td><td class="label">成文日期：</td><td>2024-03-08</td></tr>
  <tr><td class="label">发文字号：</td><td>汀政办发〔2024〕5号</td><td class="label">有&nbsp;效&nbsp;性：</td><td>有效</td></tr>
  <tr><td class="label">标&emsp;&emsp;题：</td><td colspan="3">{TITLE}</td></tr>
  </tbody>
</table>
<div class="article">
  <h1 class="title">{TITLE}</h1>
  <div class="info">
    <span>发布日期：2024-03-12 16:27</span>
    <span>来源：区政府办公室</span>
    <span>浏览次数：<script>document.write("1386")</script></span>
    <span>字号：[ <a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a> ]</span>
  </div>
  <div class="article-con" id="zoom">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
<div class="TRS_Editor"><div class="Section1" style="layout-grid:15.6pt">
<p class="MsoNormal" align="center" style="text-align:center;line-height:28.0pt"><span style="font-size:16.0pt;font-family:仿宋_GB2312">汀政办发〔<span lang="EN-US">2024</span>〕<span lang="EN-US">5</span>号</span></p>
<p class="MsoNormal" align="center" style="text-align:center"><span lang="EN-US">&nbsp;</span></p>
<p class="MsoNormal" align="center" style="text-align:center;line-height:30.0pt"><span style="font-size:22.0pt;font-family:方正小标宋简体">清渚市汀澜区人民政府办公室<br>关于印发<span lang="EN-US">2024</span>年区政府重点工作任务分工的通知</span></p>
<p class="MsoNormal" align="center" style="text-align:center"><span lang="EN-US">&nbsp;</span></p>
{body}
</div></div>
<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
  </div>
  <div class="attach">
    <p>附件下载：</p>
    <p><a href="http://www.tinglan.qingzhu.gov.cn/module/download/downfile.jsp?classid=0&amp;filename=2403121627390.docx" target="_blank">2024年区政府重点工作任务分工表.docx</a></p>
  </div>
  <div class="tools">
    <a href="javascript:window.print()">【打印本页】</a>
    <a href="javascript:window.close()">【关闭窗口】</a>
  </div>
  <div class="prev-next">
    <p>上一篇：<a href="http://www.tinglan.qingzhu.gov.cn/art/2024/3/5/art_1229427_59021763.html">清渚市汀澜区人民政府办公室关于做好2024年春季森林防灭火工作的通知</a></p>
    <p>下一篇：<a href="http://www.tinglan.qingzhu.gov.cn/art/2024/3/19/art_1229427_59047710.html">清渚市汀澜区人民政府办公室关于印发汀澜区2024年为民办实事项目的通知</a></p>
  </div>
</div>
</div>
<div class="footer"><div class="w1200">
  <p><a href="http://www.tinglan.qingzhu.gov.cn/col/col1229430/index.html">网站地图</a> | <a href="http://www.tinglan.qingzhu.gov.cn/col/col1229431/index.html">联系我们</a> | <a href="http://www.tinglan.qingzhu.gov.cn/col/col1229432/index.html">隐私声明</a></p>
  <p>主办单位：清渚市汀澜区人民政府办公室&nbsp;&nbsp;&nbsp;承办单位：汀澜区融媒体中心</p>
  <p>地址：清渚市汀澜区滨江东路168号&nbsp;&nbsp;邮编：334100&nbsp;&nbsp;联系电话：0573-8612345</p>
  <p>网站标识码：3311020013&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备13021876号-2</a>&nbsp;&nbsp;<img src="./{STEM}_files/gaba.png">浙公网安备 33110202000471号</p>
  <p><span id="_ideConac"><img src="./{STEM}_files/red.png" alt="党政机关"></span></p>
</div></div>
<script type="text/javascript" src="./{STEM}_files/visit.js"></script>
</body></html>
'''
    with open(os.path.join(HERE, STEM + ".html"), "w", encoding="utf-8") as f:
        f.write(page)
    with open(os.path.join(HERE, STEM + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(len(gold), "tasks")


if __name__ == "__main__":
    build()
