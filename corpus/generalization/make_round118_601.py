#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Write 601_liaochuan_xian_gzbg_renwu_fenjie_wangye.html: a 县政府办 notice on the
county portal's 政府信息公开 article page, as Chrome's 另存为 → 网页，仅HTML keeps it
(the server's bytes: UTF-8, LF, template indentation, editor body)."""
import os
import re

NAME = "601_liaochuan_xian_gzbg_renwu_fenjie_wangye.html"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

TITLE = "蓼川县人民政府办公室关于印发2025年县政府工作报告重点工作任务分解表的通知"
WENHAO = "蓼政办〔2025〕4号"

# ---------------------------------------------------------------- table data
# row kinds:  ("part", text)
#             ("task", no, text, leader_cell, lead_cell, coop_cell)
# leader_cell / lead_cell: None = covered by a rowspan above; ("span", n, value) opens a merge;
# plain value = own cell.  value: str, or list of str = one <p> each.
ROWS = [
    ("part", "一、主要预期目标（5项）"),
    ("task", 1, "地区生产总值增长6.5%左右。", ["周启明", "胡立平"], "县发展改革委",
     "县统计局，各乡镇人民政府，县经济开发区管委会"),
    ("task", 2, "规模以上工业增加值增长8%以上。", "汪晓峰", "县经信局", "县统计局、县经济开发区管委会"),
    ("task", 3, "固定资产投资增长8%左右。", ("span", 2, "胡立平"), "县发展改革委",
     "县统计局、县住房城乡建设局、县自然资源和规划局"),
    ("task", 4, "一般公共预算收入增长5%。", None, "县财政局", "县税务局"),
    ("task", 5, "城乡常住居民人均可支配收入分别增长5.5%、7%。", "陶国栋", "县统计局",
     "县人社局、县农业农村局"),

    ("part", "二、做强实体经济，加快构建现代化产业体系（6项）"),
    ("task", 6, "实施新一轮技术改造升级行动，全年实施500万元以上技改项目60个以上，新增规上工业企业25户。",
     ("span", 3, "汪晓峰"), "县经信局", "县发展改革委、县财政局、县经济开发区管委会、各乡镇人民政府"),
    ("task", 7, "壮大绿色食品、新型建材、汽车零部件三大主导产业，力争绿色食品产业产值突破100亿元。",
     None, "县经信局、县经济开发区管委会", "县发展改革委、县农业农村局、县投资促进中心"),
    ("task", 8, "深入推进“双招双引”，全年新签约亿元以上项目40个，新开工亿元以上项目30个。",
     None, "县投资促进中心", "县发展改革委、县经信局、县商务局、县经济开发区管委会、各乡镇人民政府"),
    ("task", 9, "大力培育科技型企业，新认定高新技术企业15家以上，全社会研发投入增长10%以上。",
     "沈雅琴", "县科技局", "县经信局、县财政局、县统计局"),
    ("task", 10, "推动数字经济与实体经济融合发展，新建5G基站120个，建成省级智能工厂2个、数字化车间5个。",
     ("span", 2, "汪晓峰"), "县数据资源局、县经信局",
     "中国电信蓼川分公司、中国移动蓼川分公司、中国联通蓼川分公司"),
    ("task", 11, "发展壮大现代服务业，加快推进蓼川现代物流园二期建设，全年新增限上商贸企业30家。",
     None, "县商务局", "县发展改革委、县交通运输局、县市场监管局、县统计局"),

    ("part", "三、扩大有效需求，增强经济发展内生动力（5项）"),
    ("task", 12, "实施重点项目230个，年度计划投资185亿元以上，其中新开工项目110个。",
     ("span", 2, "胡立平"), "县发展改革委",
     "县重点工程建设管理中心、县自然资源和规划局、县住房城乡建设局、县财政局、各乡镇人民政府"),
    ("task", 13, "积极争取超长期特别国债、地方政府专项债券等政策资金，全年争取上级资金30亿元以上。",
     None, "县发展改革委、县财政局", "县直各有关单位"),
    ("task", 14, "开展“乐购蓼川”系列促消费活动60场次以上，落实家电、汽车以旧换新政策，社会消费品零售总额增长6%。",
     "汪晓峰", "县商务局", "县财政局、县市场监管局、县文化旅游体育局"),
    ("task", 15, "深入推进文旅融合发展，创成国家4A级旅游景区1家，全年接待游客突破800万人次。",
     "沈雅琴", "县文化旅游体育局", "县发展改革委、县自然资源和规划局、县林业局、相关乡镇人民政府"),
    ("task", 16, "促进房地产市场平稳健康发展，全面完成保交房任务，稳妥有序推进城中村改造。",
     "葛　军", "县住房城乡建设局", "县自然资源和规划局、县财政局、县城投集团"),

    ("part", "四、深化改革开放，持续优化营商环境（4项）"),
    ("task", 17, "深化“高效办成一件事”改革，推出新一批集成服务事项，“一网通办”率保持在95%以上。",
     ("span", 3, "胡立平"), "县数据资源局", "县政务服务中心、县直各有关单位"),
    ("task", 18, "深化国资国企改革，推进县属国有企业整合重组和市场化转型，年内完成县城投集团实体化转型。",
     None, "县财政局（县国资办）", "县城投集团、县交投公司"),
    ("task", 19, "全面落实市场准入负面清单制度，开展涉企违规收费专项整治，全年新增经营主体5000户以上。",
     None, "县发展改革委、县市场监管局", "县司法局、县数据资源局、县工商联"),
    ("task", 20, "扩大对外开放，支持企业开拓国际市场，外贸进出口总额增长8%，实际利用外资3000万美元。",
     "汪晓峰", "县商务局", "县投资促进中心、县经济开发区管委会、县税务局"),

    ("part", "五、推进乡村全面振兴（5项）"),
    ("task", 21, "坚决扛稳粮食安全责任，全年粮食播种面积稳定在128万亩以上、总产量稳定在11亿斤以上。",
     ("span", 5, "陶国栋"), ("span", 3, "县农业农村局"),
     "县发展改革委、县自然资源和规划局、县财政局、各乡镇人民政府"),
    ("task", 22, "新建高标准农田6万亩，实施高效节水灌溉面积1.2万亩。", None, None,
     "县财政局、县水利局、相关乡镇人民政府"),
    ("task", 23, "巩固拓展脱贫攻坚成果，守牢不发生规模性返贫致贫底线，脱贫人口人均纯收入增长10%以上。",
     None, None, "县人社局、县教体局、县卫健委、县医保局、县民政局、各乡镇人民政府"),
    ("task", 24, "推进澧溪河综合治理二期、县城防洪排涝能力提升等工程建设，完成小型水库除险加固12座。",
     None, "县水利局", "县发展改革委、县财政局、相关乡镇人民政府"),
    ("task", 25, "扎实推进和美乡村建设，建成省级中心村8个，农村生活污水治理率达到40%以上。",
     None, "县农业农村局", "县住房城乡建设局、市生态环境局蓼川分局、县财政局、各乡镇人民政府"),

    ("part", "六、统筹城乡建设，持续改善生态环境（5项）"),
    ("task", 26, "深入实施城市更新行动，改造老旧小区28个，新建改造城市道路12公里。",
     ("span", 3, "葛　军"), "县住房城乡建设局", "县自然资源和规划局、县城市管理局、县城投集团"),
    ("task", 27, "加快县域交通路网建设，建成S328蓼川段改建工程，新改建农村公路120公里。",
     None, "县交通运输局", "县自然资源和规划局、县财政局、各乡镇人民政府"),
    ("task", 28, "深化城市精细化管理，推进生活垃圾分类提质扩面，城市生活垃圾无害化处理率保持100%。",
     None, "县城市管理局", "县住房城乡建设局、县市场监管局、城关镇人民政府"),
    ("task", 29, "深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在市下达目标以内，国省考断面水质优良比例保持100%。",
     "葛　军", "市生态环境局蓼川分局",
     "县发展改革委、县经信局、县住房城乡建设局、县农业农村局、县水利局、县城市管理局"),
    ("task", 30, "全面推行林长制，完成人工造林1.5万亩，森林覆盖率稳定在45%以上。",
     "陶国栋", "县林业局", ""),

    ("part", "七、用心用情增进民生福祉（7项）"),
    ("task", 31, "实施就业优先战略，城镇新增就业5000人以上，城镇调查失业率控制在5.5%以内。",
     "胡立平", "县人社局", "县教体局、县财政局、县农业农村局、县总工会、团县委、县妇联"),
    ("task", 32, "推进义务教育优质均衡发展，新建改扩建中小学校5所、公办幼儿园3所，新增学位4000个。",
     ("span", 3, "沈雅琴"), "县教体局", "县发展改革委、县财政局、县自然资源和规划局、县住房城乡建设局"),
    ("task", 33, "深化紧密型县域医共体建设，加快县人民医院新院区建设，县域就诊率稳定在90%以上。",
     None, "县卫健委", "县医保局、县发展改革委、县财政局"),
    ("task", 34, "健全多层次社会保障体系，城乡居民基本养老保险参保率保持在95%以上，新建社区嵌入式养老服务设施10个。",
     None, "县人社局、县民政局", "县医保局、县财政局、各乡镇人民政府"),
    ("task", 35, "扎实办好十件民生实事，财政用于民生的支出占比保持在80%以上。",
     "周启明、胡立平", "县财政局", "县直各有关单位、各乡镇人民政府"),
    ("task", 36, "统筹发展和安全，深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。",
     ("span", 2, "钱卫东"), "县应急管理局", "县安委会各成员单位、各乡镇人民政府"),
    ("task", 37, "深化平安蓼川、法治蓼川建设，常态化开展扫黑除恶斗争，群众安全感满意度保持在98%以上。",
     None, "县公安局", "县司法局、县信访局、各乡镇人民政府"),
]

# ---------------------------------------------------------------- cell markup (WPS pasted into UEditor)
SPAN_FS = 'font-family:仿宋_GB2312;font-size:14px;'
SPAN_NUM = 'font-family:&#39;Times New Roman&#39;;font-size:14px;'


def runs(text):
    """WPS gives ASCII digits/letters their own run in Times New Roman."""
    out = []
    for piece in re.findall(r'[A-Za-z0-9.%]+|[^A-Za-z0-9.%]+', text):
        if re.match(r'[A-Za-z0-9.%]', piece):
            out.append('<span style="%s">%s</span>' % (SPAN_NUM, piece))
        else:
            out.append('<span style="%s">%s</span>' % (SPAN_FS, piece))
    return ''.join(out)


def para(text, align):
    if align == "center":
        return ('<p class="MsoNormal" align="center" style="text-align:center;line-height:20px;'
                'margin:0px;">%s</p>' % runs(text))
    return ('<p class="MsoNormal" align="justify" style="text-align:justify;line-height:20px;'
            'margin:0px;">%s</p>' % runs(text))


def empty_para():
    return ('<p class="MsoNormal" align="center" style="text-align:center;line-height:20px;'
            'margin:0px;"><span style="%s">&nbsp;</span></p>' % SPAN_FS)


TD = ('<td width="%d" valign="center"%s style="padding:0px 7px;border-width:1px;'
      'border-style:solid;border-color:windowtext;word-break:break-all;">')
WIDTHS = [44, 330, 78, 150, 220]


def td(col, body, rowspan=1, align="center"):
    rs = ' rowspan="%d"' % rowspan if rowspan > 1 else ''
    if isinstance(body, list):
        inner = ''.join(para(b, align) for b in body)
    elif body == "":
        inner = empty_para()
    else:
        inner = para(body, align)
    return (TD % (WIDTHS[col], rs)) + inner + '</td>'


def header_row():
    cells = []
    for i, h in enumerate(["序号", "重点工作任务", "牵头县领导", "牵头责任单位", "协同责任单位"]):
        cells.append((TD % (WIDTHS[i], '')) +
                     '<p class="MsoNormal" align="center" style="text-align:center;line-height:20px;margin:0px;">'
                     '<span style="font-family:黑体;font-size:14px;">%s</span></p></td>' % h)
    return '<tr style="height:36px;">' + ''.join(cells) + '</tr>'


def table_html():
    rows = [header_row()]
    for r in ROWS:
        if r[0] == "part":
            rows.append('<tr style="height:30px;"><td width="822" colspan="5" valign="center" '
                        'style="padding:0px 7px;border-width:1px;border-style:solid;border-color:windowtext;">'
                        '<p class="MsoNormal" align="left" style="text-align:left;line-height:20px;margin:0px;">'
                        '<span style="font-family:黑体;font-size:14px;">%s</span></p></td></tr>' % r[1])
            continue
        _, no, text, leader, lead, coop = r
        cells = [td(0, str(no)), td(1, text, align="justify")]
        for col, v in ((2, leader), (3, lead)):
            if v is None:
                continue
            if isinstance(v, tuple):
                cells.append(td(col, v[2], rowspan=v[1], align="center" if col == 2 else "justify"))
            else:
                cells.append(td(col, v, align="center" if col == 2 else "justify"))
        cells.append(td(4, coop, align="justify"))
        rows.append('<tr style="height:48px;">' + ''.join(cells) + '</tr>')
    return ('<table border="1" cellspacing="0" cellpadding="0" width="822" '
            'style="border-collapse:collapse;border:none;width:822px;margin:0px auto;"><tbody>\n'
            + '\n'.join(rows) + '\n</tbody></table>')


# ---------------------------------------------------------------- article body (UEditor)
P = '<p style="text-indent:2em;line-height:2em;"><span style="font-family:仿宋_GB2312;font-size:16pt;">%s</span></p>'
BODY = [
    '<p style="text-align:center;line-height:2em;"><span style="font-family:仿宋_GB2312;font-size:16pt;">%s</span></p>' % WENHAO,
    '<p style="line-height:2em;"><span style="font-family:仿宋_GB2312;font-size:16pt;">各乡镇人民政府，县政府各部门、各直属机构，县直有关单位：</span></p>',
    P % ('县十八届人大四次会议审议通过的《政府工作报告》，明确了2025年全县经济社会发展的主要目标和重点工作任务。'
         '为确保各项目标任务落地见效，经县政府同意，现将《2025年县政府工作报告重点工作任务分解表》印发给你们，'
         '并就有关事项通知如下：'),
    P % ('<strong>一、压实工作责任。</strong>各牵头县领导要按照工作分工，加强统筹调度，及时协调解决推进中的重大问题。'
         '各牵头责任单位要切实履行牵头抓总职责，制定具体推进方案，明确时间表、路线图和责任人；'
         '牵头责任单位有两个的，排在第一位的为主要牵头单位，负责统筹协调和情况汇总。'
         '各协同责任单位要增强大局意识，按照职责主动对接、积极配合，形成工作合力。'),
    P % ('<strong>二、细化推进措施。</strong>各牵头责任单位要对照分解表，将承担的目标任务细化量化到季度、到月，'
         '形成工作台账，经分管县领导审定后，于2025年3月10日前报县政府督查室（联系电话：0564-7721036，'
         '电子邮箱：lcxzfdcs@163.com）。'),
    P % ('<strong>三、强化督查考核。</strong>各牵头责任单位于每季度最后一个月25日前，将任务推进情况书面报送县政府督查室，'
         '全年工作总结于12月15日前报送。县政府督查室要加强跟踪督办，定期通报推进情况，'
         '任务完成情况纳入2025年度县直单位目标管理绩效考核。'),
    P % '附件：2025年县政府工作报告重点工作任务分解表',
    '<p style="text-align:right;line-height:2em;"><span style="font-family:仿宋_GB2312;font-size:16pt;">蓼川县人民政府办公室&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></p>',
    '<p style="text-align:right;line-height:2em;"><span style="font-family:仿宋_GB2312;font-size:16pt;">2025年2月17日&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></p>',
    P % '（此件公开发布）',
    '<p><br/></p>',
    '<p style="line-height:2em;"><span style="font-family:黑体;font-size:16pt;">附件</span></p>',
    '<p style="text-align:center;line-height:2em;"><span style="font-family:方正小标宋简体;font-size:22pt;">2025年县政府工作报告重点工作任务分解表</span></p>',
    table_html(),
    '<p><br/></p>',
]

# ---------------------------------------------------------------- page template
PAGE = '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}_蓼川县人民政府</title>
<meta name="SiteName" content="蓼川县人民政府">
<meta name="SiteDomain" content="www.liaochuan.gov.cn">
<meta name="SiteIDCode" content="3418250003">
<meta name="ColumnName" content="年度重点工作任务分解、执行及落实情况">
<meta name="ColumnDescription" content="蓼川县人民政府办公室年度重点工作任务分解、执行及落实情况">
<meta name="ColumnKeywords" content="重点工作">
<meta name="ColumnType" content="政府信息公开">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2025-02-18 16:42">
<meta name="ContentSource" content="蓼川县人民政府办公室">
<meta name="Keywords" content="政府工作报告,重点工作任务,分解">
<meta name="Author" content="县政府办">
<meta name="Description" content="{title}">
<meta name="Url" content="https://www.liaochuan.gov.cn/OpennessContent/show/3061847.html">
<link rel="stylesheet" href="/assets/css/common.css?v=20241108">
<link rel="stylesheet" href="/assets/css/xxgk.css?v=20241108">
<script src="/assets/js/jquery-1.12.4.min.js"></script>
<script src="/assets/js/jquery.cookie.js"></script>
<!--[if lt IE 9]>
<script src="/assets/js/html5shiv.min.js"></script>
<![endif]-->
<script>
	var _site_id = '3418250003', _info_id = '3061847', _column_id = '63127';
</script>
</head>
<body>
	<div class="topbar">
		<div class="container clearfix">
			<div class="topbar-l">
				<span id="today"></span>
				<span id="weather"></span>
			</div>
			<div class="topbar-r">
				<a href="javascript:void(0);" id="cniil_wza" class="wza">无障碍</a>
				<a href="javascript:void(0);" class="zbb j-elder">长辈版</a>
				<a href="/site/tpl/3471" target="_blank">English</a>
				<a href="https://www.ahzwfw.gov.cn/" target="_blank">政务服务</a>
				<a href="/member/login.html">登录</a>
			</div>
		</div>
	</div>
	<div class="header">
		<div class="container clearfix">
			<a class="logo" href="/"><img src="/assets/images/logo.png" alt="蓼川县人民政府"></a>
			<div class="search">
				<form action="/site/search/3418250003" method="get" target="_blank" onsubmit="return checkSearch(this);">
					<input type="text" name="keywords" class="search-keywords" placeholder="请输入关键词" autocomplete="off">
					<input type="hidden" name="platformCode" value="liaochuan">
					<button type="submit" class="search-btn">搜索</button>
				</form>
			</div>
		</div>
	</div>
	<div class="nav">
		<ul class="container clearfix">
			<li><a href="/">首页</a></li>
			<li><a href="/zwzx/index.html">政务资讯</a></li>
			<li class="on"><a href="/public/column/3418250003?type=4&action=list&nav=1">政府信息公开</a></li>
			<li><a href="/zwfw/index.html">政务服务</a></li>
			<li><a href="/hdjl/index.html">互动交流</a></li>
			<li><a href="/zjlc/index.html">走进蓼川</a></li>
		</ul>
	</div>
	<div class="container">
		<div class="position">
			<span>您现在所在的位置：</span><a href="/">网站首页</a>&gt;&nbsp;<a href="/public/column/3418250003?type=4&action=list&nav=1">政府信息公开首页</a>&gt;&nbsp;<a href="/public/column/3418250003?type=4&catId=63120&action=list">蓼川县人民政府办公室</a>&gt;&nbsp;<a href="/public/column/3418250003?type=4&catId=63127&action=list">年度重点工作任务分解、执行及落实情况</a>
		</div>
		<div class="xxgk-main clearfix">
			<div class="div_table_suoyin">
				<table class="table_suoyin" cellspacing="0" cellpadding="0" width="100%" align="center" border="0">
					<tbody>
						<tr>
							<th width="13%" tabindex="0">索<span style="padding-left:2em"></span>引<span style="padding-left:2em"></span>号：</th>
							<td width="37%" class="pmingcheng" tabindex="0">11341825003147289M/202502-00031</td>
							<th width="13%" tabindex="0">组配分类：</th>
							<td width="37%" class="pmingcheng" tabindex="0">年度重点工作任务分解、执行及落实情况</td>
						</tr>
						<tr>
							<th tabindex="0">发布机构：</th>
							<td class="pmingcheng" tabindex="0">蓼川县人民政府（办公室）</td>
							<th tabindex="0">主题分类：</th>
							<td class="pmingcheng" tabindex="0">综合政务&nbsp;/&nbsp;其他&nbsp;/&nbsp;通知</td>
						</tr>
						<tr>
							<th tabindex="0">名<span style="padding-left:2em"></span>称：</th>
							<td class="pmingcheng" colspan="3" tabindex="0">{title}</td>
						</tr>
						<tr>
							<th tabindex="0">文<span style="padding-left:2em"></span>号：</th>
							<td class="pmingcheng" tabindex="0">{wenhao}</td>
							<th tabindex="0">生成日期：</th>
							<td class="pmingcheng" tabindex="0">2025-02-17</td>
						</tr>
						<tr>
							<th tabindex="0">发布日期：</th>
							<td class="pmingcheng" tabindex="0">2025-02-18 16:42</td>
							<th tabindex="0">有<span style="padding-left:0.5em"></span>效<span style="padding-left:0.5em"></span>性：</th>
							<td class="pmingcheng" tabindex="0"><span class="yxx">有效</span></td>
						</tr>
					</tbody>
				</table>
			</div>
			<div class="wenzhang">
				<h1 class="newstitle" tabindex="0">{title}</h1>
				<div class="newsinfo clearfix">
					<span class="fbsj">发布时间：2025-02-18 16:42</span>
					<span class="ly">来源：蓼川县人民政府（办公室）</span>
					<span class="llcs">浏览次数：<i id="hits"></i></span>
					<span class="zt">字体：[ <a href="javascript:void(0);" class="j-fontBig">大</a> <a href="javascript:void(0);" class="j-fontMiddle">中</a> <a href="javascript:void(0);" class="j-fontSmall">小</a> ]</span>
					<span class="dy"><a href="javascript:window.print();">打印</a></span>
				</div>
				<div class="gzk-article j-fontContent" id="zoom">
{body}
				</div>
				<div class="xgfj" style="display:none;">
					<span>相关附件：</span>
					<ul></ul>
				</div>
				<div class="xgjd">
					<h3>相关解读</h3>
					<ul>
						<li><a href="/OpennessContent/show/3061902.html" target="_blank">一图读懂《蓼川县2025年政府工作报告》</a><span>2025-02-19</span></li>
						<li><a href="/OpennessContent/show/3061911.html" target="_blank">文字解读：《2025年县政府工作报告重点工作任务分解表》</a><span>2025-02-19</span></li>
					</ul>
				</div>
				<div class="sys-tools clearfix">
					<div class="share">
						<span>分享到：</span>
						<a href="javascript:void(0);" class="wx" title="微信"></a>
						<a href="javascript:void(0);" class="wb" title="微博"></a>
						<a href="javascript:void(0);" class="qz" title="QQ空间"></a>
					</div>
					<div class="scan">
						<div id="qrcode"></div>
						<p>扫一扫在手机打开当前页</p>
					</div>
					<div class="tools">
						<a href="javascript:window.print();">【打印本页】</a>
						<a href="javascript:window.close();">【关闭窗口】</a>
					</div>
				</div>
				<div class="prev-next">
					<p>上一篇：<a href="/OpennessContent/show/3058820.html" title="蓼川县2024年政府工作报告重点工作任务完成情况">蓼川县2024年政府工作报告重点工作任务完成情况</a></p>
					<p>下一篇：<a href="/OpennessContent/show/3063015.html" title="蓼川县2025年一季度政府工作报告重点工作推进情况">蓼川县2025年一季度政府工作报告重点工作推进情况</a></p>
				</div>
			</div>
		</div>
	</div>
	<div class="footer">
		<div class="container">
			<div class="footer-links">
				<a href="/site/tpl/3480">网站地图</a>|<a href="/site/tpl/3481">联系我们</a>|<a href="/site/tpl/3482">使用帮助</a>|<a href="/site/tpl/3483">隐私声明</a>
			</div>
			<div class="footer-info">
				<a class="dzjg" href="https://bszs.conac.cn/sitename?method=show&id=00000000000000000000000000000000" target="_blank"><img src="/assets/images/red.png" alt="党政机关"></a>
				<p>主办单位：蓼川县人民政府办公室&nbsp;&nbsp;&nbsp;&nbsp;承办单位：蓼川县数据资源管理局</p>
				<p>地址：蓼川县城关镇澧溪大道8号&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0564-7721001&nbsp;&nbsp;&nbsp;&nbsp;邮编：237300</p>
				<p>网站标识码：3418250003&nbsp;&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">皖ICP备05001896号</a>&nbsp;&nbsp;&nbsp;&nbsp;<img src="/assets/images/ga.png" alt="">皖公网安备 34182502000105号</p>
				<a class="jiucuo" href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3418250003&url=https%3A%2F%2Fwww.liaochuan.gov.cn%2FOpennessContent%2Fshow%2F3061847.html" target="_blank"><img src="/assets/images/jiucuo.png" alt="政府网站找错"></a>
			</div>
		</div>
	</div>
	<script src="/assets/js/jquery.qrcode.min.js"></script>
	<script src="/assets/js/common.js?v=20241108"></script>
	<script>
		$(function () {{
			$('#qrcode').qrcode({{ width: 96, height: 96, text: window.location.href }});
			$.get('/site/info/hits', {{ siteId: _site_id, infoId: _info_id }}, function (d) {{
				$('#hits').text(d && d.data ? d.data : 0);
			}});
		}});
	</script>
	<script id="_trs_ta_js" src="//ta.trs.cn/c/js/ta.js?mpid=4721" async="async" defer="defer"></script>
</body>
</html>
'''


def main():
    body = '\n'.join(BODY)
    html = PAGE.format(title=TITLE, wenhao=WENHAO, body=body)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(html)


if __name__ == '__main__':
    main()
