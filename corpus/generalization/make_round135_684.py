#!/usr/bin/env python3
"""Round 135, notice 684 (control case).

A 区人民政府办公室 notice (箐政办发〔2025〕5号) as the district portal's 政务公开
article page serves it: a TRS-style template (meta tags, top bar, nav,
breadcrumb, 索引号 box, 字号 大中小, body between ContentStart/ContentEnd,
附件下载, 相关解读, 上一篇/下一篇, footer).  The cover notice says that the
first unit listed for a task leads and the others cooperate; the 附件 is
printed inline after the 落款: six 一、 parts, tasks （一）（二）… restarting in
each part, each closing with a 楷体 bracket
（牵头区领导：X[、Y]；责任单位：A、B、C）.

Writes (deterministically, no timestamps):
  684_jingyang_qu_gzbg_zhongdian_renwu_fengong_zhengwu_gongkai.html
  684_jingyang_qu_gzbg_zhongdian_renwu_fengong_zhengwu_gongkai.tasks.gold.jsonl
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "684_jingyang_qu_gzbg_zhongdian_renwu_fengong_zhengwu_gongkai"

CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

KAI = 'font-family:楷体_GB2312,楷体;'
FS = 'font-family:仿宋_GB2312,仿宋;font-size:16pt;'

# Each task: (text, leaders as printed, units as printed (joined by the
# separators given), options).  The bracket is assembled below exactly as
# printed; the gold is written from the same fields *by hand-checked rules*
# and then verified independently by 684_check.py against the page text.
#
# options:
#   sep      : list of separators between units (default all 、)
#   colon_u  : the colon after 责任单位 (default ：)
#   own_p    : bracket printed in a <p> of its own
#   before_stop : bracket printed before the closing 。 of the task
#   cut      : (unit index, char index) where the span is cut inside a name
PARTS = [
    ("聚焦项目建设，推动经济稳进提质", [
        ("全力扩大有效投资。坚持“项目为王”，全年实施区级重点项目120个以上，完成投资150亿元以上，"
         "新开工亿元以上项目35个，固定资产投资增长6%以上。",
         "李卫东",
         ["区发展改革局", "区财政局", "区自然资源局", "区住房城乡建设局", "箐阳经济开发区管委会", "各镇（街道）"],
         {"sep": ["、", "、", "、", "、", "，"]}),
        ("强化项目要素保障。健全重点项目“周调度、月通报、季观摩”工作机制，统筹用地、用能、资金等要素向重点项目倾斜，"
         "全年争取中央预算内投资和地方政府专项债券资金15亿元以上。",
         "李卫东",
         ["区发展改革局", "区财政局", "区自然资源局"], {}),
        ("精准开展招商引资。围绕新能源装备、精细化工、绿色食品三条主导产业链开展以商招商、驻点招商，"
         "全年引进亿元以上项目30个，实际到位区外资金增长8%以上。",
         "周明远、赵志刚",
         ["区投资促进中心", "区商务局", "箐阳经济开发区管委会", "各镇（街道）"], {}),
        ("持续提振消费活力。开展“乐购箐阳”系列促消费活动，落实汽车、家电以旧换新政策，"
         "培育夜间经济集聚区2个，社会消费品零售总额增长5.5%。",
         "赵志刚",
         ["区商务局", "区市场监管局", "区文化旅游体育局", "区财政局"], {}),
        ("加强经济运行监测调度。健全经济运行分析研判机制，加强重点行业、重点企业、重点项目监测，"
         "及时发现和解决经济运行中的苗头性、倾向性问题。",
         "李卫东",
         ["区统计局", "区发展改革局"], {}),
        ("强化财政收支管理。加强税源培育和收入征管，一般公共预算收入增长5%；坚持政府过紧日子，"
         "严控一般性支出，兜牢“三保”底线。",
         "李卫东",
         ["区财政局", "区税务局"], {}),
    ]),
    ("坚持创新驱动，加快产业转型升级", [
        ("做强先进制造业集群。聚焦三条主导产业链实施强链补链延链行动，推动规模以上工业增加值增长7%，"
         "新增规模以上工业企业20家。",
         "王　勇",
         ["区工业和信息化局", "箐阳经济开发区管委会"], {}),
        ("推进工业技术改造。实施亿元以上技改项目15个、技改项目40个以上，新增省级智能工厂、数字化车间5家，"
         "工业技改投资增长10%以上。",
         "王　勇",
         ["区工业和信息化局", "区财政局", "区数据局"], {}),
        ("培育壮大创新主体。实施科技型企业梯次培育计划，新增国家高新技术企业25家、科技型中小企业60家，"
         "全社会研发经费投入强度达到2.3%。",
         "王勇",
         ["区科技局", "区工业和信息化局", "区财政局", "区统计局"], {}),
        ("推动现代服务业提质扩容。加快发展现代物流、电子商务、研发设计等生产性服务业，建成箐阳公铁联运物流园一期，"
         "新增限额以上服务业企业20家。",
         "赵志刚",
         ["区发展改革局", "区商务局", "区交通运输局"], {}),
        ("加快数字经济发展。新建5G基站200个，推进城市算力中心建设，实施中小企业数字化转型行动，"
         "数字经济核心产业增加值增长10%。",
         "王　勇",
         ["区数据局", "区工业和信息化局"], {"cut": (1, 3)}),
        ("壮大文旅融合产业。推进箐山国家4A级旅游景区创建，办好第三届箐阳桃花节，"
         "全年接待游客增长10%以上。",
         "孙丽华",
         ["区文化旅游体育局"], {}),
    ]),
    ("深化改革开放，持续优化营商环境", [
        ("深化国资国企改革。推进区属国有企业整合重组和市场化转型，完善国有资产监管体系，"
         "提升国有资本运营效率。",
         "李卫东",
         ["区财政局（区国资中心）", "区城投集团"], {}),
        ("提升政务服务效能。深化“高效办成一件事”改革，推行“一窗通办”“免证办”，"
         "政务服务事项网上可办率保持在95%以上。",
         "陈晓岚",
         ["区行政审批局", "区数据局", "区政府办公室"], {}),
        ("促进民营经济发展壮大。落实支持民营经济发展各项政策，常态化开展“政企面对面”活动，"
         "建立企业诉求“接诉即办”闭环机制。",
         "赵志刚",
         ["区工业和信息化局", "区工商联", "区市场监管局", "区司法局"], {}),
        ("加强金融服务实体经济。深化政银企对接，推动新增贷款更多投向实体经济，"
         "稳妥化解地方债务和金融风险。",
         "李卫东",
         ["区金融服务中心", "区财政局", "区城投集团"], {}),
        ("扩大对内对外开放。支持企业开拓国际市场，外贸进出口总额增长6%，"
         "主动融入岑州都市圈协同发展。",
         "赵志刚",
         ["区商务局", "区发展改革局"], {}),
    ]),
    ("统筹城乡发展，提升区域发展品质", [
        ("扎实推进城市更新。实施城镇老旧小区改造32个，改造提升背街小巷18条，新建改造燃气、供水、雨污管网25公里。",
         "陈晓岚",
         ["区住房城乡建设局", "区城市管理局", "区财政局", "各街道"], {"cut": (0, 5)}),
        ("提升城市精细化管理水平。深化“一巷一品”创建，推进生活垃圾分类城区全覆盖，新增公共停车泊位1500个。",
         "陈晓岚",
         ["区城市管理局", "区住房城乡建设局", "区公安分局", "各街道"], {}),
        ("加快交通路网建设。建成箐溪大道东延段，推进箐阳至云塘快速通道建设，改造提升农村公路30公里。",
         "王　勇",
         ["区交通运输局", "区自然资源局", "区财政局"], {}),
        ("稳定粮食生产。落实粮食安全党政同责，全年粮食播种面积稳定在28万亩以上，新建高标准农田1.2万亩。",
         "孙丽华",
         ["区农业农村局", "区财政局", "区自然资源局", "各镇（街道）"], {}),
        ("推进和美乡村建设。创建市级和美乡村示范村10个，持续整治提升农村人居环境，"
         "巩固拓展脱贫攻坚成果，确保不发生规模性返贫致贫。",
         "孙丽华",
         ["区农业农村局", "区住房城乡建设局", "市生态环境局箐阳分局", "各镇（街道）"], {}),
        ("加强水利基础设施建设。实施箐河中小河流治理工程，完成病险水库除险加固3座，提升农村供水保障水平。",
         "孙丽华",
         ["区水利局", "区财政局"], {"colon_u": ":"}),
    ]),
    ("坚持绿色发展，筑牢生态安全屏障", [
        ("深入打好蓝天保卫战。加强工业源、移动源、扬尘源污染协同治理，PM2.5平均浓度控制在市定目标以内。",
         "何建平、王　勇",
         ["市生态环境局箐阳分局", "区住房城乡建设局", "区交通运输局", "区公安分局"], {}),
        ("持续改善水环境质量。全面落实河湖长制，推进入河排污口排查整治，国省控断面水质达标率保持100%。",
         "孙丽华",
         ["区水利局", "市生态环境局箐阳分局", "各镇（街道）"], {"own_p": True}),
        ("加强土壤污染防治。强化建设用地土壤污染风险管控，受污染耕地安全利用率保持在93%以上。",
         "何建平",
         ["市生态环境局箐阳分局", "区农业农村局", "区自然资源局"], {}),
        ("推动绿色低碳转型。推进工业、建筑、交通等重点领域节能降碳，新增光伏装机容量3万千瓦。",
         "王　勇",
         ["区发展改革局", "区工业和信息化局", "区住房城乡建设局", "区交通运输局"], {}),
    ]),
    ("增进民生福祉，促进社会和谐稳定", [
        ("促进高质量充分就业。城镇新增就业5000人以上，城镇调查失业率控制在5.5%以内，"
         "开展职业技能培训8000人次。",
         "陈晓岚",
         ["区人力资源社会保障局", "区财政局", "区教育局"], {}),
        ("办好人民满意教育。新建、改扩建中小学和幼儿园6所，新增学位3600个，"
         "推进义务教育优质均衡发展。",
         "陈晓岚",
         ["区教育局", "区发展改革局", "区自然资源局", "区住房城乡建设局"], {}),
        ("推进健康箐阳建设。加快区人民医院新院区建设，深化紧密型医共体改革，提升基层医疗卫生服务能力",
         "孙丽华",
         ["区卫生健康局", "区医保局", "区发展改革局"], {"before_stop": True}),
        ("织密扎牢社会保障网。推进全民参保计划，新建社区嵌入式养老服务中心4个，"
         "做好低保、特困等困难群众基本生活保障。",
         "陈晓岚",
         ["区民政局", "区人力资源社会保障局", "区医保局", "区财政局"], {}),
        ("全力防范化解重大风险。深入开展安全生产治本攻坚三年行动，抓好道路交通、燃气、消防、自建房等"
         "重点领域隐患排查整治，坚决遏制较大以上安全事故发生。",
         "何建平",
         ["区应急管理局", "区住房城乡建设局", "区交通运输局", "区公安分局", "区消防救援大队", "各镇（街道）"],
         {"sep": ["、", "、", "、", "、", "，"]}),
        ("加强政府自身建设。坚持依法行政，自觉接受区人大及其常委会的法律监督和区政协的民主监督，"
         "认真办理人大代表建议和政协提案，办复率100%。",
         "周明远",
         ["区政府办公室", "区司法局", "区政府各部门"], {}),
    ]),
]


def bracket_parts(leaders, units, opt):
    """Return the bracket as a list of span texts (cut where asked)."""
    seps = opt.get("sep") or ["、"] * (len(units) - 1)
    cu = opt.get("colon_u", "：")
    head = "（牵头区领导：" + leaders + "；责任单位" + cu
    pieces = [head]
    cut = opt.get("cut")
    for i, u in enumerate(units):
        if i:
            pieces.append(seps[i - 1])
        if cut and cut[0] == i:
            pieces.append(u[:cut[1]])
            pieces.append("\x00")          # span boundary
            pieces.append(u[cut[1]:])
        else:
            pieces.append(u)
    pieces.append("）")
    return "".join(pieces).split("\x00")


def span(t, style):
    return '<span style="%s">%s</span>' % (style, t)


def task_html(marker, text, leaders, units, opt):
    br = bracket_parts(leaders, units, opt)
    br_html = "".join(span(b, KAI + "font-size:16pt;") for b in br)
    if opt.get("before_stop"):
        body = (span(marker + text, FS) + br_html + span("。", FS))
        return '<p style="text-indent:2em;">%s</p>' % body
    if opt.get("own_p"):
        return ('<p style="text-indent:2em;">%s</p>\n'
                '<p style="text-indent:2em;">%s</p>') % (span(marker + text, FS), br_html)
    return '<p style="text-indent:2em;">%s%s</p>' % (span(marker + text, FS), br_html)


def cn_marker(n):
    if n <= 10:
        s = CN[n - 1]
    elif n < 20:
        s = "十" + CN[n - 11]
    else:
        raise ValueError(n)
    return "（" + s + "）"


COVER = [
    '<p style="text-align:center;">' + span("箐政办发〔2025〕5号", FS) + "</p>",
    '<p>' + span("各镇人民政府、街道办事处，区政府各部门、各直属单位：", FS) + "</p>",
    '<p style="text-indent:2em;">' + span(
        "经区政府同意，现将《箐阳区2025年〈政府工作报告〉重点任务分工》印发给你们，"
        "并就有关事项通知如下，请认真贯彻落实。", FS) + "</p>",
    '<p style="text-indent:2em;">' + span("一、提高思想认识。", "font-family:黑体;font-size:16pt;") + span(
        "《政府工作报告》经区十八届人大五次会议审议通过，是区政府对全区人民作出的庄严承诺。"
        "各镇（街道）、各部门要切实把思想和行动统一到区委、区政府的决策部署上来，"
        "以钉钉子精神抓好各项任务落实，确保全年目标任务圆满完成。", FS) + "</p>",
    '<p style="text-indent:2em;">' + span("二、压实工作责任。", "font-family:黑体;font-size:16pt;") + span(
        "各牵头区领导要加强统筹调度，定期听取工作进展情况汇报，及时协调解决重大问题。"
        "各项任务中，责任单位排在第一位的为牵头单位，其他为配合单位。"
        "牵头单位要细化工作措施，明确时间节点和具体责任人，切实履行牵头职责；"
        "配合单位要各司其职、主动配合，形成工作合力。", FS) + "</p>",
    '<p style="text-indent:2em;">' + span("三、强化督查考核。", "font-family:黑体;font-size:16pt;") + span(
        "区政府督查室要将各项任务纳入年度重点督查事项，实行清单化管理、销号式推进，"
        "督查结果纳入年度综合考核。各牵头单位于每季度末月25日前将任务推进情况书面报区政府督查室"
        "（联系人：吴晓琳，联系电话：6123458）。", FS) + "</p>",
    '<p>&nbsp;</p>',
    '<p style="text-indent:2em;">' + span("附件：箐阳区2025年《政府工作报告》重点任务分工", FS) + "</p>",
    '<p>&nbsp;</p>',
    '<p style="text-align:right;">' + span("箐阳区人民政府办公室", FS) + "</p>",
    '<p style="text-align:right;">' + span("2025年2月26日", FS) + "</p>",
    '<p style="text-indent:2em;">' + span("（此件公开发布）", FS) + "</p>",
    '<p>&nbsp;</p>',
    '<p>' + span("附件", "font-family:黑体;font-size:16pt;") + "</p>",
    '<p style="text-align:center;">' + span(
        "箐阳区2025年《政府工作报告》重点任务分工",
        "font-family:方正小标宋简体;font-size:22pt;") + "</p>",
    '<p>&nbsp;</p>',
]

TAIL = [
    '<p>&nbsp;</p>',
]


def article_html():
    out = list(COVER)
    for pi, (ptitle, tasks) in enumerate(PARTS, 1):
        out.append('<p style="text-indent:2em;">' +
                   span(CN[pi - 1] + "、" + ptitle, "font-family:黑体;font-size:16pt;") + "</p>")
        for ti, (text, leaders, units, opt) in enumerate(tasks, 1):
            out.append(task_html(cn_marker(ti), text, leaders, units, opt))
    out.extend(TAIL)
    return "\n".join(out)


TITLE = "箐阳区人民政府办公室关于印发箐阳区2025年《政府工作报告》重点任务分工的通知"

PAGE_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
	<meta charset="utf-8">
	<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<meta name="viewport" content="width=device-width, initial-scale=1.0">
	<title>{title}_区政府办文件_箐阳区人民政府</title>
	<meta name="SiteName" content="箐阳区人民政府">
	<meta name="SiteIDCode" content="9999000012">
	<meta name="ColumnName" content="区政府办文件">
	<meta name="ColumnType" content="政府信息公开">
	<meta name="ArticleTitle" content="{title}">
	<meta name="PubDate" content="2025-02-28 16:42">
	<meta name="ContentSource" content="箐阳区人民政府办公室">
	<meta name="Keywords" content="政府工作报告,重点任务,分工">
	<meta name="Description" content="{title}">
	<link rel="stylesheet" href="/images/2021/css/common.css">
	<link rel="stylesheet" href="/images/2021/css/xxgk_detail.css">
	<script src="/images/2021/js/jquery-1.12.4.min.js"></script>
	<script src="/images/2021/js/common.js"></script>
</head>
<body>
	<div class="top-bar">
		<div class="w1200">
			<span class="fl">欢迎访问箐阳区人民政府门户网站</span>
			<span class="fr"><a href="javascript:void(0)" id="wza">无障碍浏览</a> | <a href="javascript:void(0)" id="zhlb">长者模式</a> | <a href="/search/">站内搜索</a></span>
		</div>
	</div>
	<div class="header">
		<div class="w1200">
			<a class="logo" href="/"><img src="/images/2021/img/logo.png" alt="岑州市箐阳区人民政府"></a>
		</div>
	</div>
	<div class="nav">
		<ul class="w1200">
			<li><a href="/">首页</a></li>
			<li><a href="/zjjy/">走进箐阳</a></li>
			<li class="on"><a href="/zwgk/">政务公开</a></li>
			<li><a href="/zwfw/">政务服务</a></li>
			<li><a href="/hdjl/">互动交流</a></li>
			<li><a href="/ztzl/">专题专栏</a></li>
		</ul>
	</div>
	<div class="w1200 crumbs">
		当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/xxgk/">政府信息公开</a> &gt; <a href="/zwgk/xxgk/fdzdgknr/">法定主动公开内容</a> &gt; <a href="/zwgk/xxgk/fdzdgknr/qzfbwj/">区政府办文件</a>
	</div>
	<div class="w1200 xxgk-detail">
		<table class="xxgk-info" cellspacing="0" cellpadding="0">
			<tbody>
				<tr>
					<th>索&nbsp;&nbsp;引&nbsp;&nbsp;号：</th><td>11999902MB1X51234J/2025-00031</td>
					<th>主题分类：</th><td>综合政务\\政务督查</td>
				</tr>
				<tr>
					<th>发布机构：</th><td>箐阳区人民政府办公室</td>
					<th>成文日期：</th><td>2025-02-26</td>
				</tr>
				<tr>
					<th>文&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;号：</th><td>箐政办发〔2025〕5号</td>
					<th>发布日期：</th><td>2025-02-28</td>
				</tr>
				<tr>
					<th>名&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;称：</th><td colspan="3">{title}</td>
				</tr>
				<tr>
					<th>有&nbsp;&nbsp;效&nbsp;&nbsp;性：</th><td>有效</td>
					<th>公开方式：</th><td>主动公开</td>
				</tr>
			</tbody>
		</table>
		<div class="article">
			<h1 class="article-title">{title}</h1>
			<div class="article-info">
				<span>发布时间：2025-02-28 16:42</span>
				<span>来源：区政府办公室</span>
				<span>浏览次数：<script>_showDynClicks("wcmdocument", 48215)</script></span>
				<span class="font-size">【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
			</div>
			<div class="article-content" id="zoom">
<!--ContentStart--><div class="TRS_Editor"><div class="TRS_PreAppend" style="overflow-x:hidden;word-break:break-all">
"""

PAGE_TAIL = """
</div></div><!--ContentEnd-->
			</div>
			<div class="article-fj">
				<p class="fj-title">附件下载：</p>
				<ul>
					<li><a href="./P020250228564812345678.pdf" target="_blank">箐阳区2025年《政府工作报告》重点任务分工.pdf</a></li>
				</ul>
			</div>
			<div class="article-tools">
				<a href="javascript:window.print()">【打印本页】</a>
				<a href="javascript:window.close()">【关闭窗口】</a>
			</div>
			<div class="article-prev-next">
				<p>上一篇：<a href="./t20250221_4876012.html">箐阳区人民政府办公室关于做好2025年春季森林防灭火工作的通知</a></p>
				<p>下一篇：<a href="./t20250305_4879033.html">箐阳区人民政府办公室关于印发箐阳区2025年民生实事项目实施方案的通知</a></p>
			</div>
			<div class="related">
				<h3>相关解读</h3>
				<ul>
					<li><a href="/zwgk/zcjd/202502/t20250228_4877180.html">一图读懂｜箐阳区2025年《政府工作报告》重点任务分工</a><span>2025-02-28</span></li>
				</ul>
			</div>
		</div>
	</div>
	<div class="footer">
		<div class="w1200">
			<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/smsm/">使用帮助</a></p>
			<p>主办单位：岑州市箐阳区人民政府办公室&nbsp;&nbsp;&nbsp;&nbsp;承办单位：箐阳区政务服务数据管理中心</p>
			<p>地址：岑州市箐阳区箐溪大道188号&nbsp;&nbsp;&nbsp;&nbsp;联系电话：6123001</p>
			<p>网站标识码：9999000012&nbsp;&nbsp;&nbsp;&nbsp;备案序号：岑ICP备05001234号-1</p>
			<div class="footer-icons">
				<span id="_ideConac"></span>
				<script src="/images/2021/js/conac.js"></script>
				<span id="_span_jiucuo"></span>
				<script src="/images/2021/js/jiucuo.js"></script>
			</div>
		</div>
	</div>
	<script>
		$(function () {{
			$("#zoom img").css({{"max-width": "100%", "height": "auto"}});
		}});
	</script>
</body>
</html>
"""


def split_units(s):
    """Split a printed unit list on 、 and ，outside brackets."""
    out, depth, cur = [], 0, ""
    for ch in s:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if depth == 0 and ch in "、，":
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return out


def gold_records():
    recs = []
    for pi, (ptitle, tasks) in enumerate(PARTS, 1):
        for ti, (text, leaders, units, opt) in enumerate(tasks, 1):
            # responsible units, re-read from the printed bracket text
            br = "".join(bracket_parts(leaders, units, opt))
            ulist = br.split("责任单位", 1)[1][1:-1]
            resp = split_units(ulist)
            assert resp == units, (resp, units)
            lead = resp[:1]       # cover: 排在第一位的为牵头单位
            coop = resp[1:]       # 其他为配合单位
            names = [n.replace("\u3000", "") for n in leaders.split("、")]
            recs.append({
                "id": "%d.%d" % (pi, ti),
                "marker": cn_marker(ti),
                "head": text[:12],
                "responsible_units": resp,
                "lead_units": lead,
                "cooperating_units": coop,
                "leaders": names,
                "deadline": None,
            })
    return recs


def main():
    page = (PAGE_HEAD.format(title=TITLE) + article_html() +
            PAGE_TAIL.format())
    with open(os.path.join(HERE, BASE + ".html"), "w", encoding="utf-8", newline="\n") as f:
        f.write(page)
    recs = gold_records()
    with open(os.path.join(HERE, BASE + ".tasks.gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(recs), "tasks")


if __name__ == "__main__":
    main()
