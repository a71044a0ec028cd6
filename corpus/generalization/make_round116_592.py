#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes 592_xiaoning_shi_gzbg_renwu_fengong_xxgk.html: a 市政府办公室 notice as
the city portal's 政府信息公开 article page is served by its CMS (TRS WCM
template, CRLF template lines, the TRS_Editor body on one line)."""
import os

NAME = "592_xiaoning_shi_gzbg_renwu_fengong_xxgk.html"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

TITLE = "潇宁市人民政府办公室关于印发2025年《政府工作报告》重点工作任务分工方案的通知"

FS = 'font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;'
KT = 'font-family: 楷体_GB2312, 楷体; font-size: 16pt;'
HT = 'font-family: 黑体, SimHei; font-size: 16pt;'
PST = 'text-indent: 2em; text-align: justify; line-height: 2em;'


def p(text, style=FS, pstyle=PST):
    return '<p style="%s"><span style="%s">%s</span></p>' % (pstyle, style, text)


def task(no, text, clause, split=None):
    """A task paragraph: number and text in 仿宋, the clause in a 楷体 span.
    split: a substring of the clause where the editor cut the 楷体 run."""
    if split:
        i = clause.index(split)
        kt = ('<span style="%s">%s</span><span style="%s">%s</span>'
              % (KT, clause[:i], KT, clause[i:]))
    else:
        kt = '<span style="%s">%s</span>' % (KT, clause)
    return ('<p style="%s"><span style="%s">%s．%s</span>%s</p>'
            % (PST, FS, no, text, kt))


body = []
B = body.append
B('<p style="text-align: center; line-height: 2em;"><span style="%s">潇政办发〔2025〕9号</span></p>' % FS)
B('<p style="text-align: center; line-height: 2em;"><br /></p>')
B('<p style="text-align: center; line-height: 2em;"><span style="font-family: 方正小标宋简体, 方正小标宋_GBK; font-size: 22pt;">潇宁市人民政府办公室<br />关于印发2025年《政府工作报告》重点工作任务分工方案的通知</span></p>')
B('<p style="text-align: center; line-height: 2em;"><br /></p>')
B('<p style="text-align: justify; line-height: 2em;"><span style="%s">各县（市、区）人民政府，潇宁高新区管委会，市政府各部门、各直属机构，有关单位：</span></p>' % FS)
B(p('2025年《政府工作报告》已经市第十七届人民代表大会第四次会议审议通过。为确保报告确定的各项目标任务落到实处，经市人民政府同意，现将《2025年〈政府工作报告〉重点工作任务分工方案》印发给你们，并就有关事项通知如下，请认真贯彻落实。'))
B(p('<span style="%s">一、提高思想认识。</span>各地各部门要把抓好《政府工作报告》重点任务落实作为践行“两个维护”的具体行动，对照分工方案，逐项制定工作计划，明确时间表、路线图，确保各项任务按期保质完成。' % HT))
B(p('<span style="%s">二、压实工作责任。</span>各责任市领导要加强对分管领域工作的统筹调度，及时研究解决推进中的重大问题。牵头单位要切实履行牵头职责，牵头单位为两个及以上的，排在第一位的为主牵头单位，负责统筹协调和情况汇总；只列明“责任单位”的，排在第一位的为牵头单位，其他为配合单位。配合单位要主动对接、密切配合，形成工作合力。' % HT))
B(p('<span style="%s">三、强化督查考核。</span>各牵头单位要于每季度最后一个月25日前将工作推进情况（含电子文档）报送市政府督查室，12月10日前报送全年完成情况。市政府督查室要加强跟踪督办，定期通报进展，督查结果纳入年度绩效考核。' % HT))
B(p('联系人：市政府督查室　汪立新，联系电话：0739-8826713，电子邮箱：xnszfdcs@163.com。'))
B('<p style="text-align: justify; line-height: 2em;"><br /></p>')
B('<p style="text-align: right; line-height: 2em;"><span style="%s">潇宁市人民政府办公室&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></p>' % FS)
B('<p style="text-align: right; line-height: 2em;"><span style="%s">2025年2月18日&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></p>' % FS)
B(p('（此件公开发布）'))
B('<p style="text-align: justify; line-height: 2em;"><br /></p>')
B('<p style="text-align: center; line-height: 2em;"><span style="font-family: 方正小标宋简体, 方正小标宋_GBK; font-size: 22pt;">2025年《政府工作报告》重点工作任务分工方案</span></p>')
B('<p style="text-align: center; line-height: 2em;"><br /></p>')


def part(t):
    B('<p style="%s"><span style="%s">%s</span></p>' % (PST, HT, t))


part('一、主要预期目标')
B(task(1, '全市地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长7.5%，固定资产投资增长6%，社会消费品零售总额增长6.5%。',
       '（责任市领导：周立衡、韩晓峰；牵头单位：市发展改革委；配合单位：市财政局、市工业和信息化局、市商务局、市统计局，各县（市、区）人民政府）'))
B(task(2, '城镇和农村居民人均可支配收入分别增长5%和6.5%，城镇调查失业率控制在5.5%以内，居民消费价格涨幅3%左右。',
       '（责任市领导：韩晓峰、陶文静；牵头单位：市统计局、市人力资源社会保障局；配合单位：市发展改革委、市农业农村局，国家统计局潇宁调查队）'))
B(task(3, '单位地区生产总值能耗下降2.5%，完成省下达的主要污染物减排目标。',
       '（责任市领导：韩晓峰、范思齐；牵头单位：市发展改革委、市生态环境局；配合单位：市工业和信息化局、市统计局）'))

part('二、全力扩大有效需求')
B(task(4, '实施重大项目攻坚行动，全年安排市级重点项目300个以上、年度计划投资800亿元以上，新开工亿元以上项目120个。',
       '（责任市领导：韩晓峰；牵头单位：市发展改革委；配合单位：市自然资源和规划局、市住房城乡建设局、市生态环境局，各县（市、区）人民政府，潇宁高新区管委会）'))
B(task(5, '积极争取超长期特别国债、地方政府专项债券等资金支持，全年争取上级资金150亿元以上。',
       '（责任市领导：韩晓峰；牵头单位：市财政局、市发展改革委；配合单位：市直各有关单位）'))
B(task(6, '开展“消费提振年”活动，办好汽车、家电、家装等以旧换新促消费活动，培育夜间经济集聚区5个。',
       '（责任市领导：程一鸣；牵头单位：市商务局；配合单位：市财政局、市文化旅游广电局、市市场监管局）'))
B(task(7, '推动文旅深度融合，创建国家4A级旅游景区2家，全年接待游客人次增长10%以上。',
       '（责任市领导：陶文静；责任单位：市文化旅游广电局）'))
B(task(8, '因城施策落实房地产市场调控政策，推进城中村改造和危旧房改造，收购存量商品房用作保障性住房。',
       '（责任市领导：范思齐；牵头单位：市住房城乡建设局；配合单位：市自然资源和规划局、市财政局，市住房公积金中心）'))

part('三、加快构建现代化产业体系')
B(task(9, '深入实施制造业“倍增”计划，新增规模以上工业企业80家，培育“专精特新”中小企业30家以上。',
       '（责任市领导：程一鸣；牵头单位：市工业和信息化局；配合单位：市科技局、市市场监管局，各县（市、区）人民政府）'))
B(task(10, '推动新能源电池材料、电子信息、装备制造三大主导产业集群发展，力争三大产业集群产值突破1500亿元。',
       '（责任市领导：程一鸣；牵头单位：市工业和信息化局、潇宁高新区管委会；配合单位：市发展改革委、市商务局）'))
B(task(11, '实施数字经济发展三年行动，新建5G基站1200个，推动300家以上企业“上云用数赋智”。',
       '（责任市领导：程一鸣；责任单位：市工业和信息化局、市政务服务和数据管理局、市通信发展管理办公室）'))
B(task(12, '高新技术企业数量突破600家，全社会研发经费投入强度达到2.3%。',
       '（责任市领导：程一鸣；牵头单位：市科技局；配合单位：市财政局、市统计局、市工业和信息化局）',
       split='科技局；'))
B(task(13, '深入实施“潇宁英才”引进计划，全年引进各类高层次人才500名以上。',
       '（责任市领导：程一鸣；牵头单位：市委组织部（市委人才办）；配合单位：市人力资源社会保障局、市科技局）'))
B(task(14, '大力发展现代物流、科技服务、金融服务等生产性服务业，创建省级现代服务业集聚区2个。',
       '（责任市领导：韩晓峰；牵头单位：市发展改革委；配合单位：市商务局、市交通运输局、市委金融办）'))

part('四、深化改革扩大开放')
B(task(15, '持续优化营商环境，深化“高效办成一件事”改革，企业开办时间压缩至1个工作日以内。',
       '（责任市领导：韩晓峰；牵头单位：市政务服务和数据管理局；配合单位：市市场监管局、市司法局，市直各有关单位）'))
B(task(16, '深化国资国企改革，完成市属国有企业整合重组，推动融资平台公司市场化转型。',
       '（责任市领导：韩晓峰；牵头单位：市国资委；配合单位：市财政局，潇宁城发集团）'))
B(task(17, '健全民营企业常态化沟通服务机制，开展清理拖欠企业账款专项行动。',
       '（责任市领导：韩晓峰；责任单位：市发展改革委、市工业和信息化局、市工商联）'))
B(task(18, '深入开展“招商引资攻坚年”活动，全年新引进亿元以上项目150个，实际到位内资增长8%。',
       '（责任市领导：程一鸣；牵头单位：市投资促进局；配合单位：各县（市、区）人民政府，潇宁高新区管委会）'))
B(task(19, '稳住外贸外资基本盘，支持企业开拓“一带一路”沿线市场，全市进出口总额增长10%。',
       '（责任市领导：程一鸣；牵头单位：市商务局；配合单位：潇宁海关、市财政局、中国人民银行潇宁市分行）'))

part('五、全面推进乡村振兴')
B(task(20, '稳定粮食播种面积405万亩以上，粮食总产量稳定在32亿斤以上，新建高标准农田18万亩。',
       '（责任市领导：邱桂林；牵头单位：市农业农村局；配合单位：市自然资源和规划局、市水利局、市财政局）'))
B(task(21, '巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制，守牢不发生规模性返贫底线。',
       '（责任市领导：邱桂林；牵头单位：市农业农村局（市乡村振兴局）；配合单位：市民政局、市医保局、市人力资源社会保障局，各县（市、区）人民政府）'))
B(task(22, '推进宜居宜业和美乡村建设，完成农村户厕改造1.2万户，农村生活污水治理率达到45%。',
       '（责任市领导：邱桂林、范思齐；牵头单位：市农业农村局、市生态环境局；配合单位：市住房城乡建设局）'))
B(task(23, '实施水利建设三年行动，开工建设青石岭水库，完成中小河流治理120公里。',
       '（责任市领导：邱桂林；责任单位：市水利局）'))

part('六、持续提升城市品质')
B(task(24, '实施城市更新行动，改造城镇老旧小区156个，新建改造城市燃气、供排水管网180公里。',
       '（责任市领导：范思齐；牵头单位：市住房城乡建设局；配合单位：市发展改革委、市财政局，各区人民政府）'))
B(task(25, '加快潇宁西站综合交通枢纽建设，建成沿江大道二期、云岭路北延等城市主干道。',
       '（责任市领导：范思齐；牵头单位：市交通运输局、市住房城乡建设局；配合单位：市自然资源和规划局，潇宁城发集团）'))
B(task(26, '深化城市精细化管理，新增公共停车泊位5000个，城区生活垃圾分类覆盖率达到95%。',
       '（责任市领导：范思齐；牵头单位：市城市管理综合执法局；配合单位：市公安局、市住房城乡建设局）'))

part('七、加强生态文明建设')
B(task(27, '深入打好蓝天、碧水、净土保卫战，中心城区空气质量优良天数比率达到88%，国考断面水质达标率保持100%。',
       '（责任市领导：范思齐；牵头单位：市生态环境局；配合单位：市水利局、市农业农村局、市城市管理综合执法局、市自然资源和规划局，各县（市、区）人民政府）',
       split='自然资源和规划局，'))
B(task(28, '全面落实河湖长制、林长制，完成营造林15万亩，森林覆盖率稳定在62%以上。',
       '（责任市领导：邱桂林；牵头单位：市林业局、市水利局）'))

part('八、切实保障和改善民生')
B(task(29, '实施就业优先战略，城镇新增就业4.5万人，开展职业技能培训3万人次。',
       '（责任市领导：陶文静；牵头单位：市人力资源社会保障局；配合单位：市教育局、市财政局）'))
B(task(30, '新建改扩建中小学、幼儿园12所，新增学位1.5万个，推进潇宁职业技术学院新校区建设。',
       '（责任市领导：陶文静；牵头单位：市教育局；配合单位：市发展改革委、市自然资源和规划局，各县（市、区）人民政府）'))
B(task(31, '推进紧密型县域医共体建设，市中心医院新院区建成投用。',
       '（责任市领导：陶文静；牵头单位：市卫生健康委；配合单位：市医保局，市中心医院）'))
B(task(32, '完善城乡养老服务体系，新建社区嵌入式养老服务中心20个，提高城乡低保标准。',
       '（责任市领导：陶文静；牵头单位：市民政局；配合单位：市财政局、市卫生健康委）'))

part('九、统筹发展和安全')
B(task(33, '深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。',
       '（责任市领导：任远；牵头单位：市应急管理局；配合单位：市安委会各成员单位）'))
B(task(34, '推进更高水平的平安潇宁建设，常态化开展扫黑除恶斗争，严厉打击电信网络诈骗犯罪。',
       '（责任市领导：任远；牵头单位：市公安局；配合单位：市委政法委、市司法局、市信访局）'))
B(task(35, '稳妥化解地方政府债务风险，坚决遏制新增隐性债务。',
       '（责任市领导：韩晓峰；牵头单位：市财政局；配合单位：市委金融办、市国资委，各县（市、区）人民政府）'))

part('十、加强政府自身建设')
B(task(36, '严格落实政府过紧日子要求，一般性支出压减5%以上。',
       '（责任市领导：韩晓峰；责任单位：市财政局）'))
B(task(37, '坚持依法行政，认真办理人大代表建议和政协委员提案，办复率达到100%。',
       '（责任市领导：周立衡；牵头单位：市政府办公室；配合单位：市政府各部门）'))

STYLE = ('<style type="text/css">.TRS_Editor P{margin-top:0px;margin-bottom:0px;line-height:2;font-family:宋体;font-size:12pt;}'
         '.TRS_Editor DIV{margin-top:0px;margin-bottom:0px;line-height:2;font-family:宋体;font-size:12pt;}'
         '.TRS_Editor TD{margin-top:0px;margin-bottom:0px;line-height:2;font-family:宋体;font-size:12pt;}'
         '.TRS_Editor TH{margin-top:0px;margin-bottom:0px;line-height:2;font-family:宋体;font-size:12pt;}'
         '.TRS_Editor SPAN{margin-top:0px;margin-bottom:0px;line-height:2;font-family:宋体;font-size:12pt;}'
         '.TRS_Editor FONT{margin-top:0px;margin-bottom:0px;line-height:2;font-family:宋体;font-size:12pt;}'
         '.TRS_Editor UL{margin-top:0px;margin-bottom:0px;line-height:2;font-family:宋体;font-size:12pt;}'
         '.TRS_Editor LI{margin-top:0px;margin-bottom:0px;line-height:2;font-family:宋体;font-size:12pt;}'
         '.TRS_Editor A{margin-top:0px;margin-bottom:0px;line-height:2;font-family:宋体;font-size:12pt;}</style>')
CONTENT = '<div class="TRS_Editor">' + STYLE + '<div class="Custom_UnionStyle">' + ''.join(body) + '</div></div>'

URL = 'http://www.xiaoning.gov.cn/zwgk/xxgkml/szfbwj/xzbf/202502/t20250220_2871465.html'

TEMPLATE = r'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<meta name="renderer" content="webkit" />
<title>@TITLE@_市政府办文件_潇宁市人民政府</title>
<meta name="SiteName" content="潇宁市人民政府" />
<meta name="SiteDomain" content="www.xiaoning.gov.cn" />
<meta name="SiteIDCode" content="4312000013" />
<meta name="ColumnName" content="市政府办文件" />
<meta name="ColumnDescription" content="潇宁市人民政府办公室发布的规范性文件和其他文件" />
<meta name="ColumnKeywords" content="政府信息公开,市政府办文件" />
<meta name="ColumnType" content="政府信息公开" />
<meta name="ArticleTitle" content="@TITLE@" />
<meta name="PubDate" content="2025-02-20 16:32" />
<meta name="ContentSource" content="潇宁市人民政府办公室" />
<meta name="Keywords" content="政府工作报告,重点工作,任务分工" />
<meta name="Author" content="潇宁市人民政府办公室" />
<meta name="Description" content="潇宁市人民政府办公室关于印发2025年《政府工作报告》重点工作任务分工方案的通知" />
<meta name="Image" content="" />
<meta name="Url" content="@URL@" />
<link href="../../../../../images/xxgk_common.css" rel="stylesheet" type="text/css" />
<link href="../../../../../images/xxgk_detail.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="../../../../../images/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="../../../../../images/common.js"></script>
<script type="text/javascript" src="http://www.xiaoning.gov.cn/images/ariaease/aria.js?appid=5b1d7a2e0c9f4d11" charset="utf-8" defer="defer"></script>
<script type="text/javascript">
	function doZoom(size){
		document.getElementById('zoom').style.fontSize = size + 'px';
	}
</script>
</head>

<body>
<!--头部开始-->
<div class="top_bar">
	<div class="w1200">
		<div class="fl">欢迎访问潇宁市人民政府门户网站！今天是：<span id="today"></span></div>
		<div class="fr"><a href="javascript:;" id="cniil_wza">无障碍浏览</a>|<a href="javascript:;" class="zhzb">长者模式</a>|<a href="http://www.xiaoning.gov.cn/ydmh/" target="_blank">移动门户</a>|<a href="http://www.xiaoning.gov.cn/wzdt/" target="_blank">网站地图</a></div>
	</div>
</div>
<div class="header">
	<div class="w1200">
		<div class="logo"><a href="http://www.xiaoning.gov.cn/"><img src="../../../../../images/logo.png" alt="潇宁市人民政府" /></a></div>
		<div class="search">
			<form name="searchform" action="http://www.xiaoning.gov.cn/was5/web/search" method="get" target="_blank">
				<input type="hidden" name="channelid" value="281736" />
				<input type="text" name="searchword" class="search_txt" placeholder="请输入关键字" />
				<input type="submit" class="search_btn" value="搜索" />
			</form>
		</div>
	</div>
</div>
<div class="nav">
	<ul class="w1200">
		<li><a href="http://www.xiaoning.gov.cn/">首页</a></li>
		<li><a href="http://www.xiaoning.gov.cn/zjxn/">走进潇宁</a></li>
		<li class="on"><a href="http://www.xiaoning.gov.cn/zwgk/">政务公开</a></li>
		<li><a href="http://www.xiaoning.gov.cn/zwfw/">政务服务</a></li>
		<li><a href="http://www.xiaoning.gov.cn/hdjl/">互动交流</a></li>
		<li><a href="http://www.xiaoning.gov.cn/ztzl/">专题专栏</a></li>
	</ul>
</div>
<!--头部结束-->

<div class="w1200 main">
	<div class="position">当前位置：<a href="../../../../../" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../../../../" title="政务公开" class="CurrChnlCls">政务公开</a>&nbsp;&gt;&nbsp;<a href="../../../" title="政府信息公开" class="CurrChnlCls">政府信息公开</a>&nbsp;&gt;&nbsp;<a href="../../" title="市政府办文件" class="CurrChnlCls">市政府办文件</a>&nbsp;&gt;&nbsp;<a href="../" title="潇政办发" class="CurrChnlCls">潇政办发</a></div>

	<div class="xxgk_info">
		<table width="100%" border="0" cellspacing="0" cellpadding="0" class="xxgk_table">
			<tr>
				<th width="12%">索&nbsp;引&nbsp;号：</th>
				<td width="38%">114312000053217846/2025-00087</td>
				<th width="12%">主题分类：</th>
				<td width="38%">综合政务\其他</td>
			</tr>
			<tr>
				<th>发布机构：</th>
				<td>潇宁市人民政府办公室</td>
				<th>成文日期：</th>
				<td>2025-02-18</td>
			</tr>
			<tr>
				<th>名&nbsp;&nbsp;&nbsp;&nbsp;称：</th>
				<td colspan="3">@TITLE@</td>
			</tr>
			<tr>
				<th>文&nbsp;&nbsp;&nbsp;&nbsp;号：</th>
				<td>潇政办发〔2025〕9号</td>
				<th>发布日期：</th>
				<td>2025-02-20</td>
			</tr>
			<tr>
				<th>有&nbsp;效&nbsp;性：</th>
				<td>有效</td>
				<th>主&nbsp;题&nbsp;词：</th>
				<td></td>
			</tr>
		</table>
	</div>

	<div class="article">
		<h1 class="article_title">@TITLE@</h1>
		<div class="article_info">
			<span>发布时间：2025-02-20 16:32</span>
			<span>来源：潇宁市人民政府办公室</span>
			<span>浏览次数：<script type="text/javascript" src="http://www.xiaoning.gov.cn/wcm/count.jsp?docid=2871465"></script></span>
			<span class="zoom">字号：[<a href="javascript:doZoom(20)">大</a>&nbsp;<a href="javascript:doZoom(16)">中</a>&nbsp;<a href="javascript:doZoom(14)">小</a>]</span>
			<span class="print"><a href="javascript:window.print();">打印</a></span>
		</div>
		<div class="article_content" id="zoom">
<!--ContentStart-->@CONTENT@<!--ContentEnd-->
		</div>
		<script type="text/javascript">
			var fjurl = '';
			var fjname = '';
			if (fjurl != '') {
				document.write('<div class="article_fj"><span>附件：</span><a href="./' + fjurl + '" target="_blank">' + fjname + '</a></div>');
			}
		</script>
		<div class="article_xgjd">
			<h3>相关解读</h3>
			<ul>
				<li><a href="../../../../zcjd/202502/t20250221_2871690.html" target="_blank">图解：2025年《政府工作报告》重点工作任务分工方案</a><span>2025-02-21</span></li>
			</ul>
		</div>
		<div class="article_share">
			<span>分享到：</span>
			<a href="javascript:;" class="share_wx" title="微信"></a>
			<a href="javascript:;" class="share_wb" title="微博"></a>
			<div class="ewm"><img src="../../../../../images/ewm_xn.png" alt="扫一扫在手机打开当前页" /><p>扫一扫在手机打开当前页</p></div>
		</div>
		<div class="article_btns"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div>
	</div>

	<div class="xgyd">
		<h3>相关阅读</h3>
		<ul>
			<li><a href="../../202501/t20250116_2864102.html" target="_blank">潇宁市人民政府办公室关于印发《潇宁市2025年重点建设项目计划》的通知</a><span>2025-01-16</span></li>
			<li><a href="../../202412/t20241230_2858831.html" target="_blank">潇宁市人民政府办公室关于做好2025年元旦春节期间有关工作的通知</a><span>2024-12-30</span></li>
			<li><a href="../../202403/t20240308_2712546.html" target="_blank">潇宁市人民政府办公室关于印发2024年《政府工作报告》重点工作任务分工方案的通知</a><span>2024-03-08</span></li>
		</ul>
	</div>
</div>

<!--底部开始-->
<div class="footer">
	<div class="w1200">
		<div class="foot_links"><a href="http://www.xiaoning.gov.cn/gywm/">关于我们</a>|<a href="http://www.xiaoning.gov.cn/lxwm/">联系我们</a>|<a href="http://www.xiaoning.gov.cn/wzdt/">网站地图</a>|<a href="http://www.xiaoning.gov.cn/smsm/">隐私声明</a></div>
		<div class="foot_info">
			<p>主办单位：潇宁市人民政府办公室&nbsp;&nbsp;&nbsp;承办单位：潇宁市政务服务和数据管理局</p>
			<p>网站标识码：4312000013&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">ICP备05007731号-1</a>&nbsp;&nbsp;&nbsp;<img src="../../../../../images/ga.png" alt="" />公网安备 43120002000118号</p>
			<p>联系电话：0739-8826500&nbsp;&nbsp;&nbsp;建议使用1366×768分辨率、IE10以上版本浏览器</p>
		</div>
		<div class="foot_icons">
			<span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A5F1B2C3D4E5F60E053012819AC2B7D" target="_blank"><img src="../../../../../images/dzjg.png" alt="党政机关" /></a></span>
			<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4312000013&amp;url=http%3A%2F%2Fwww.xiaoning.gov.cn%2F" target="_blank"><img src="../../../../../images/jiucuo.png" alt="政府网站找错" /></a>
		</div>
	</div>
</div>
<!--底部结束-->
<script type="text/javascript">
	var _hmt = _hmt || [];
	(function() {
		var hm = document.createElement("script");
		hm.src = "https://hm.baidu.com/hm.js?3f6d1b0c92a84e1f7c55d9a0e6b24c18";
		var s = document.getElementsByTagName("script")[0];
		s.parentNode.insertBefore(hm, s);
	})();
</script>
</body>
</html>
'''

html = (TEMPLATE.replace('@TITLE@', TITLE).replace('@URL@', URL)
        .replace('@CONTENT@', CONTENT))
html = html.replace('\n', '\r\n')
with open(OUT, 'wb') as f:
    f.write(html.encode('utf-8'))
print(OUT, len(html))
