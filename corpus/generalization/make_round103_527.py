#!/usr/bin/env python3
"""Notice 527: a 市发展和改革委员会 notice (椒发改〔2025〕23号) on the city portal's
部门信息公开 column, saved by Chrome as "网页，仅HTML" -- i.e. the page's source as the
server sent it (TRS WCM template, CRLF; no saved-from comment, relative links, the
附件 link written by an inline script, the article body as UEditor stored it, on one line).
"""
import os

NAME = "527_jiaoling_shi_fagaiwei_zhongdian_gongzuo_fengong_wangye.html"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

TITLE = "椒岭市发展和改革委员会关于印发《2025年全市发展改革重点工作任务分工表》的通知"
URL = "http://www.jiaoling.gov.cn/zwgk/bmxxgk/sfzggw/tzgg/202503/t20250312_1186452.html"

BD = "border-width:1px;border-style:solid;border-color:windowtext;padding:0px 7px;"
FS = "font-family:仿宋_GB2312;font-size:16px"
HT = "font-family:黑体;font-size:16px"


def sp(text, style=FS):
    return '<span style="%s">%s</span>' % (style, text)


def cellp(runs, center=False):
    st = "text-align:center;vertical-align:middle;line-height:22px" if center else \
        "text-align:justify;vertical-align:middle;line-height:22px"
    return '<p style="%s">%s</p>' % (st, runs)


def td(width, inner, rowspan=1, colspan=1):
    a = ' width="%d"' % width
    if rowspan > 1:
        a += ' rowspan="%d"' % rowspan
    if colspan > 1:
        a += ' colspan="%d"' % colspan
    return '<td%s valign="center" style="%s">%s</td>' % (a, BD, inner)


# Rows of the 附件 table.  A part row: ("part", text).
# A task row: (no, [task runs], leader_cell or None (merged above), (rowspan of leader),
#              units cell html-runs list of paragraphs, deadline or None, deadline rowspan)
ROWS = []


def part(t):
    ROWS.append(("part", t))


def task(no, runs, leader, lrs, units, dl, drs=1):
    ROWS.append(("task", no, runs, leader, lrs, units, dl, drs))


part("一、全力扩大有效投资（5项）")
task(1, [sp("聚焦"), sp("“两重”建设和中央预算内投资支持方向，滚动谋划储备重大项目，全年争取超长期特别国债、中央预算内投资等上级资金30亿元以上。")],
     ["蒋文斌"], 4, [[sp("固定资产"), sp("投资科、重点项目推进科（市重点项目办公室）、各县（市、区）发展改革局")]], "全年")
task(2, [sp("组织实施市级重点项目430个以上，年度完成投资680亿元以上，实行重点项目“红黄绿”分类调度和领导包保推进机制。")],
     None, 0, [[sp("重点项目推进科（市重点项目办公室）、市重点项目服务中心")]], "12月底前")
task(3, [sp("用好地方政府专项债券，做好项目前期论证、申报和穿透式监测工作，提高项目储备质量和资金使用效率。")],
     None, 0, [[sp("固定资产投资科")]], "全年")
task(4, [sp("落实促进民间投资发展政策措施，常态化向民间资本推介项目，规范实施政府和社会资本合作新机制。")],
     None, 0, [[sp("固定资产投资科、政策法规科（行政审批科）")]], "持续推进")
task(5, [sp("深化投资项目审批制度改革，推广“拿地即开工”“承诺即开工”模式，完善投资项目在线审批监管平台功能。")],
     ["邵雪梅"], 1, [[sp("政策法规科（行政审批科）、市经济信息中心")]], "6月底前")

part("二、加快构建现代化产业体系（5项）")
task(6, [sp("实施新兴产业培育行动，支持新能源汽车零部件、新型储能、生物医药等产业集群发展，争创省级战略性新兴产业集群1个。")],
     ["林　涛"], 4, [[sp("高技术产业科、产业发展科")]], "12月底前")
task(7, [sp("推进传统产业转型升级，落实大规模设备更新政策，组织实施一批技术改造和设备更新项目。")],
     None, 0, [[sp("产业发展科")]], "全年")
task(8, [sp("加快数字经济发展，推进算力基础设施建设，开展数据要素市场化配置改革试点。")],
     None, 0, [[sp("高技术产业科")], [sp("市经济信息中心")]], "12月底前")
task(9, [sp("培育壮大现代服务业，推动现代物流、科技服务、检验检测等生产性服务业向专业化和价值链高端延伸，新增省级现代服务业集聚区2个。")],
     None, 0, [[sp("服务业发展科、产业发展科")]], "12月底前")
task(10, [sp("支持椒岭经济技术开发区、椒岭高新区提质增效，推动开发区整合优化和“亩均论英雄”改革。")],
     ["林　涛", "韦博远"], 1, [[sp("产业发展科、区域开放科、各县（市、区）发展改革局")]], "持续推进")

part("三、着力扩大内需促进消费（4项）")
task(11, [sp("落实消费品以旧换新政策，配合商务等部门开展汽车、家电、家装厨卫等以旧换新活动。")],
     ["邵雪梅"], 4, [[sp("就业收入分配和消费科、经济运行调节科")]], "全年", 1)
task(12, [sp("培育消费新场景，推动文旅、体育、养老、托育等服务消费扩容提质，争创省级消费示范城市。")],
     None, 0, [[sp("就业收入分配和消费科、社会发展科")]], "12月底前")
task(13, [sp("加强经济运行监测分析，完善重点指标月度调度和预警机制，每季度形成全市经济运行分析报告。")],
     None, 0, [[sp("国民经济综合科")], [sp("经济运行调节科")], [sp("市经济信息中心")]], "按季度")
task(14, [sp("做好重要民生商品保供稳价，健全价格监测预警体系，及时启动社会救助和保障标准与物价上涨挂钩联动机制。")],
     None, 0, [[sp("价格科、市价格监测中心")]], "持续推进")

part("四、深化重点领域改革（5项）")
task(15, [sp("统筹推进全市经济体制改革重点任务，制定年度改革工作要点并跟踪督办。")],
     ["顾长林"], 3, [[sp("体制改革科")]], "3月底前制定，全年推进")
task(16, [sp("落实全国统一大市场建设要求，开展妨碍统一市场和公平竞争的政策措施清理。")],
     None, 0, [[sp("体制改革科、政策法规科（行政审批科）、价格科")]], "10月底前")
task(17, [sp("承担市优化营商环境工作领导小组办公室日常工作，组织开展营商环境评价和问题整改。")],
     None, 0, [[sp("优化营商环境科、体制改革科")]], "全年")
task(18, [sp("推进社会信用体系建设，完善信用修复机制，巩固提升全国城市信用监测排名。")],
     ["邵雪梅"], 2, [[sp("信用建设科、市信用信息中心")]], "12月底前")
task(19, [sp("深化价格改革，完善城镇供水、污水处理、管道天然气价格形成机制，规范涉企收费行为。")],
     None, 0, [[sp("价格科") + "<br/>" + sp("收费管理科") + "<br/>" + sp("市价格成本调查监审局")]], "11月底前")

part("五、推动区域协调和城乡融合发展（4项）")
task(20, [sp("开展“十四五”规划实施总结评估，高质量编制“十五五”规划纲要，做好重大项目、重大政策、重大改革举措谋划。")],
     ["顾长林", "蒋文斌"], 1, [[sp("发展规划科、国民经济综合科、各科室（单位）")]], "12月底前")
task(21, [sp("积极融入省域都市圈建设，推动与周边城市在交通互联、产业协作、公共服务共享等方面深化合作。")],
     ["蒋文斌"], 3, [[sp("区域开放科、基础设施发展科")]], "全年")
task(22, [sp("推进以县城为重要载体的新型城镇化，支持2个县（市）开展县城补短板强弱项建设。")],
     None, 0, [[sp("发展规划科、各县（市、区）发展改革局")]], "12月底前")
task(23, [sp("统筹推进以工代赈项目建设，实施乡村振兴重点项目，带动农村劳动力就地就近就业。")],
     None, 0, [[sp("农村经济科")]], "全年")

part("六、推进绿色低碳转型和能源保障（4项）")
task(24, [sp("统筹推进碳达峰行动，落实能耗双控逐步转向碳排放双控要求，严格固定资产投资项目节能审查。")],
     ["韦博远"], 4, [[sp("资源节约和环境保护科")]], "全年")
task(25, [sp("加快风电、光伏等新能源项目建设，全年新增新能源装机容量40万千瓦以上。")],
     None, 0, [[sp("能源发展科、市能源发展服务中心")]], "12月底前")
task(26, [sp("做好煤炭、电力、天然气迎峰度夏度冬保供工作，确保能源安全稳定供应。")],
     None, 0, [[sp("能源发展科、经济运行调节科")]], "全年")
task(27, [sp("加强粮食和重要物资储备管理，落实地方储备粮轮换计划，做好救灾物资储备调运。")],
     None, 0, [[sp("粮食和物资储备科、市粮食和物资储备服务中心")]], "12月底前")

part("七、兜牢民生底线和加强自身建设（4项）")
task(28, [sp("推进社会事业补短板，积极争取教育、卫生健康、养老托育等领域上级资金支持。")],
     ["邵雪梅"], 2, [[sp("社会发展科、固定资产投资科")]], "全年")
task(29, [sp("开展收入分配政策研究，做好城乡居民收入监测分析，推动落实扩大中等收入群体相关举措。")],
     None, 0, [[sp("就业收入分配和消费科")]], "12月底前")
task(30, [sp("做好安全生产、信访维稳和意识形态工作，落实“管行业必须管安全”要求。")],
     ["宁　海"], 1, [[sp("办公室、各科室（单位）")]], "持续推进")
task(31, [sp("深入推进全面从严治党，加强机关党的建设和干部队伍建设，持续纠治“四风”。")],
     ["顾长林"], 1, [[sp("机关党委（人事科）、各科室（单位）")]], "持续推进")


def table_html():
    out = ['<table width="604" border="1" cellspacing="0" cellpadding="0" align="center" '
           'style="border-collapse:collapse;width:604px"><tbody>']
    head = ["序号", "重点工作任务", "责任委领导", "责任科室（单位）", "完成时限"]
    widths = [40, 262, 62, 160, 80]
    out.append('<tr class="firstRow" style="height:40px">' + "".join(
        td(w, cellp(sp(h, HT), True)) for w, h in zip(widths, head)) + "</tr>")
    for r in ROWS:
        if r[0] == "part":
            out.append('<tr style="height:32px">' + td(604, '<p style="text-align:left;vertical-align:middle;line-height:22px">'
                                                        + sp(r[1], HT) + "</p>", colspan=5) + "</tr>")
            continue
        _, no, runs, leader, lrs, units, dl, drs = r
        cells = [td(40, cellp(sp(str(no)), True)), td(262, cellp("".join(runs)))]
        if leader is not None:
            cells.append(td(62, "".join(cellp(sp(x), True) for x in leader), rowspan=lrs))
        cells.append(td(160, "".join(cellp(u) for u in [ "".join(x) for x in units])))
        if dl is not None:
            cells.append(td(80, cellp(sp(dl), True), rowspan=drs))
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def bp(text, indent=True, style=FS):
    st = "text-indent:2em;text-align:justify;line-height:2em" if indent else "text-align:justify;line-height:2em"
    return '<p style="%s">%s</p>' % (st, sp(text, style))


body = []
body.append('<p style="text-align:center;line-height:2em">' + sp("椒发改〔2025〕23号") + "</p>")
body.append('<p style="text-align:center;line-height:2em">' + sp("椒岭市发展和改革委员会", "font-family:方正小标宋简体;font-size:24px") +
            "</p>" + '<p style="text-align:center;line-height:2em">' + sp("关于印发《2025年全市发展改革重点工作任务分工表》的通知", "font-family:方正小标宋简体;font-size:24px") + "</p>")
body.append('<p><br/></p>')
body.append(bp("各县（市、区）发展改革局，委机关各科室、各直属单位：", indent=False))
body.append(bp("为深入贯彻落实全市经济工作会议和市政府《政府工作报告》部署，全面完成2025年全市发展改革各项目标任务，"
               "经委党组会议研究，现将《2025年全市发展改革重点工作任务分工表》印发给你们，并就有关事项通知如下，请认真抓好落实。"))
body.append('<p style="text-indent:2em;text-align:justify;line-height:2em">' + sp("一、压实工作责任。", HT) +
            sp("各责任科室（单位）要对照任务分工，逐项细化工作举措、明确时间节点，落实到具体责任人。"
               "责任科室（单位）中排在第一位的为牵头科室（单位），负责统筹协调、组织推进和情况汇总；"
               "其他为配合科室（单位），要主动对接、密切配合，形成工作合力。"
               "涉及各县（市、区）的任务，各县（市、区）发展改革局要对应建立工作台账，抓好贯彻落实。") + "</p>")
body.append('<p style="text-indent:2em;text-align:justify;line-height:2em">' + sp("二、强化调度督办。", HT) +
            sp("各项任务实行“月调度、季通报”。各牵头科室（单位）于每季度末月25日前将任务进展情况（含电子版）报送委办公室，"
               "委办公室汇总后报委主要领导，并在委务会上通报。对进度滞后的任务，由分管委领导约谈相关科室（单位）负责人。") + "</p>")
body.append('<p style="text-indent:2em;text-align:justify;line-height:2em">' + sp("三、严格考核评价。", HT) +
            sp("任务完成情况纳入科室（单位）年度绩效考核和干部评先评优的重要依据。"
               "因工作不力影响全市目标任务完成的，按有关规定严肃追责问责。") + "</p>")
body.append(bp("联系人：委办公室　许晓楠；联系电话：0738-6617025。"))
body.append('<p><br/></p>')
body.append(bp("附件：2025年全市发展改革重点工作任务分工表"))
body.append('<p><br/></p>')
body.append('<p style="text-align:right;line-height:2em;padding-right:4em">' + sp("椒岭市发展和改革委员会") + "</p>")
body.append('<p style="text-align:right;line-height:2em;padding-right:5em">' + sp("2025年3月10日") + "</p>")
body.append(bp("（此件公开发布）"))
body.append('<p><br/></p>')
body.append('<p style="text-align:left;line-height:2em">' + sp("附件", HT) + "</p>")
body.append('<p style="text-align:center;line-height:2em">' + sp("2025年全市发展改革重点工作任务分工表", "font-family:方正小标宋简体;font-size:22px") + "</p>")
body.append(table_html())
body.append('<p><br/></p>')

CONTENT = ('<div class="view TRS_UEDITOR trs_paper_default trs_word trs_web">' + "".join(body) + "</div>")

DESC = ("各县（市、区）发展改革局，委机关各科室、各直属单位：为深入贯彻落实全市经济工作会议和市政府《政府工作报告》部署，"
        "全面完成2025年全市发展改革各项目标任务，经委党组会议研究，现将《2025年全市发展改革重点工作任务分工表》印发给你们，并就")

T = r'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="SiteName" content="椒岭市人民政府" />
<meta name="SiteDomain" content="www.jiaoling.gov.cn" />
<meta name="SiteIDCode" content="4309000017" />
<meta name="ColumnName" content="通知公告" />
<meta name="ColumnDescription" content="市发展和改革委员会通知公告" />
<meta name="ColumnKeywords" content="通知公告" />
<meta name="ColumnType" content="通知公告" />
<meta name="ArticleTitle" content="@@TITLE@@" />
<meta name="PubDate" content="2025-03-12 16:08" />
<meta name="ContentSource" content="市发展和改革委员会" />
<meta name="Keywords" content="发展改革,任务分工" />
<meta name="Author" content="市发展和改革委员会" />
<meta name="Description" content="@@DESC@@" />
<meta name="Image" content="" />
<meta name="Url" content="@@URL@@" />
<title>@@TITLE@@_通知公告_椒岭市人民政府</title>
<link href="../../../../../images/jl_common.css" rel="stylesheet" type="text/css" />
<link href="../../../../../images/jl_bmxxgk_xl.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="../../../../../images/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="../../../../../images/jl_public.js"></script>
<script type="text/javascript" src="//www.jiaoling.gov.cn/wza/aria.js?appid=6d0f3f1b2b5e4c0e8a1f" charset="utf-8"></script>
<!--[if lt IE 9]>
<script type="text/javascript" src="../../../../../images/html5shiv.min.js"></script>
<![endif]-->
<style type="text/css">
.xl-xxgk table td{border:1px solid #d9d9d9;padding:6px 10px;}
.article-con .TRS_UEDITOR table{margin:0 auto!important;}
.article-con .TRS_UEDITOR p{margin-bottom:12px;font-size:16px;}
</style>
</head>
<body>
<!--头部开始-->
<div class="topbar">
	<div class="w1200">
		<div class="fl">今天是：<span id="today"></span><script type="text/javascript">showToday("today");</script></div>
		<div class="fr">
			<a href="javascript:void(0);" id="cniil_wza">无障碍</a>|<a href="javascript:void(0);" class="zhlb">长者模式</a>|<a href="http://zwfw.jiaoling.gov.cn/" target="_blank">政务服务</a>|<a href="../../../../../wzdt/">网站地图</a>
		</div>
	</div>
</div>
<div class="header">
	<div class="w1200">
		<div class="logo"><a href="../../../../../"><img src="../../../../../images/jl_logo.png" alt="椒岭市人民政府" /></a></div>
		<div class="search">
			<form action="http://www.jiaoling.gov.cn/search/" method="get" target="_blank" onsubmit="return checkSearch();">
				<input type="text" name="searchWord" id="searchWord" placeholder="请输入关键词" />
				<input type="submit" value="搜索" class="btn" />
			</form>
		</div>
	</div>
</div>
<div class="nav">
	<ul class="w1200">
		<li><a href="../../../../../">首页</a></li>
		<li><a href="../../../../../zjjl/">走进椒岭</a></li>
		<li><a href="../../../../../zwdt/">政务动态</a></li>
		<li class="on"><a href="../../../../">政务公开</a></li>
		<li><a href="../../../../../zwfw/">政务服务</a></li>
		<li><a href="../../../../../hdjl/">互动交流</a></li>
		<li><a href="../../../../../ztzl/">专题专栏</a></li>
	</ul>
</div>
<!--头部结束-->
<div class="w1200 main">
	<div class="position">当前位置：<a href="../../../../../" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../../../../" title="政务公开" class="CurrChnlCls">政务公开</a>&nbsp;&gt;&nbsp;<a href="../../../" title="部门信息公开" class="CurrChnlCls">部门信息公开</a>&nbsp;&gt;&nbsp;<a href="../../" title="市发展和改革委员会" class="CurrChnlCls">市发展和改革委员会</a>&nbsp;&gt;&nbsp;<a href="../" title="通知公告" class="CurrChnlCls">通知公告</a></div>
	<div class="bmxxgk-left fl">
		<div class="bm-name">市发展和改革委员会</div>
		<ul class="bm-menu">
			<li><a href="../../jgzn/">机构职能</a></li>
			<li><a href="../../zcwj/">政策文件</a></li>
			<li><a href="../../ghjh/">规划计划</a></li>
			<li class="on"><a href="../">通知公告</a></li>
			<li><a href="../../xmjs/">重大建设项目</a></li>
			<li><a href="../../jgxx/">价格信息</a></li>
			<li><a href="../../czzj/">财政资金</a></li>
			<li><a href="../../xzxk/">行政许可</a></li>
			<li><a href="../../xxgknb/">信息公开年报</a></li>
		</ul>
	</div>
	<div class="bmxxgk-right fr">
		<div class="xl-xxgk">
			<table width="100%" border="0" cellspacing="0" cellpadding="0">
				<tr>
					<td class="t1">索&nbsp;&nbsp;引&nbsp;&nbsp;号：</td><td class="t2">114309000067851234/2025-00231</td>
					<td class="t1">主题分类：</td><td class="t2">国民经济管理、国有资产监管\其他</td>
				</tr>
				<tr>
					<td class="t1">发文机关：</td><td class="t2">椒岭市发展和改革委员会</td>
					<td class="t1">成文日期：</td><td class="t2">2025年03月10日</td>
				</tr>
				<tr>
					<td class="t1">标&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;题：</td><td class="t2" colspan="3">@@TITLE@@</td>
				</tr>
				<tr>
					<td class="t1">发文字号：</td><td class="t2">椒发改〔2025〕23号</td>
					<td class="t1">发布日期：</td><td class="t2">2025年03月12日</td>
				</tr>
				<tr>
					<td class="t1">有&nbsp;&nbsp;效&nbsp;&nbsp;性：</td><td class="t2" colspan="3">有效</td>
				</tr>
			</table>
		</div>
		<div class="article">
			<h1 class="article-title">@@TITLE@@</h1>
			<div class="article-info">
				<span>发布时间：2025-03-12 16:08</span>
				<span>来源：市发展和改革委员会</span>
				<span>浏览次数：<script type="text/javascript" src="http://www.jiaoling.gov.cn/trs/visit.jsp?docid=1186452&amp;siteid=12"></script></span>
				<span class="zh">字号：<a href="javascript:doZoom(20)">大</a>&nbsp;<a href="javascript:doZoom(16)">中</a>&nbsp;<a href="javascript:doZoom(14)">小</a></span>
			</div>
			<!--startprint-->
			<div class="article-con" id="zoom">
				@@CONTENT@@
			</div>
			<!--endprint-->
			<script type="text/javascript">
				var fjhref = '<a href="./P020250312608715392064.docx" OLDSRC="/protect/P0202503/P020250312/P020250312608715392064.docx" OLDID="2104337" needdownload="true" >2025年全市发展改革重点工作任务分工表.docx</a>';
				if (fjhref != "") {
					document.write('<div class="fujian"><span class="fj-title">附件下载：</span>' + fjhref + '</div>');
				}
			</script>
			<!--<div class="jiedu"><span>相关解读：</span><a href="" target="_blank"></a></div>-->
			<div class="article-tools">
				<a href="javascript:void(0);" onclick="window.print();" class="print">【打印本页】</a>
				<a href="javascript:window.close();" class="close">【关闭窗口】</a>
				<div class="share fr">分享到：<a href="javascript:void(0);" class="wx" title="微信"></a><a href="javascript:void(0);" class="wb" title="微博"></a><a href="javascript:void(0);" class="qq" title="QQ空间"></a></div>
			</div>
			<div class="xgyd">
				<div class="xgyd-title">相关阅读</div>
				<ul>
					<li><a href="./t20250228_1183970.html" target="_blank">椒岭市发展和改革委员会关于做好2025年中央预算内投资项目储备申报工作的通知</a><span>2025-02-28</span></li>
					<li><a href="./t20250214_1181206.html" target="_blank">椒岭市发展和改革委员会关于开展2025年度价格监测工作的通知</a><span>2025-02-14</span></li>
					<li><a href="../202501/t20250121_1178833.html" target="_blank">椒岭市发展和改革委员会2024年工作总结和2025年工作安排</a><span>2025-01-21</span></li>
				</ul>
			</div>
		</div>
	</div>
	<div class="clear"></div>
</div>
<!--底部开始-->
<div class="footer">
	<div class="w1200">
		<div class="footer-link"><a href="../../../../../gywm/">关于我们</a>|<a href="../../../../../wzdt/">网站地图</a>|<a href="../../../../../lxwm/">联系我们</a></div>
		<div class="footer-info">
			<p>主办单位：椒岭市人民政府办公室&nbsp;&nbsp;&nbsp;&nbsp;承办单位：椒岭市数据资源服务中心</p>
			<p>网站标识码：4309000017&nbsp;&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备05008312号-1</a>&nbsp;&nbsp;&nbsp;&nbsp;<img src="../../../../../images/gaba.png" /><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=43090002000118" target="_blank">公网安备43090002000118号</a></p>
			<p>地址：椒岭市建设北路16号&nbsp;&nbsp;&nbsp;&nbsp;邮编：413000&nbsp;&nbsp;&nbsp;&nbsp;建议使用1920*1080分辨率浏览本网站</p>
		</div>
		<div class="footer-icon">
			<span id="_ideConac"><script type="text/javascript" src="https://dcs.conac.cn/js/18/000/0000/60425981/CA180000000604259810002.js"></script></span>
			<script id="_jiucuo_" sitecode="4309000017" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>
		</div>
	</div>
</div>
<!--底部结束-->
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?3c1e8a7d0b2f45e69a7c1d2e8f4b6a90";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
'''

html = (T.replace("@@TITLE@@", TITLE).replace("@@DESC@@", DESC).replace("@@URL@@", URL)
        .replace("@@CONTENT@@", CONTENT))
html = html.replace("\r\n", "\n").replace("\n", "\r\n")
with open(OUT, "wb") as f:
    f.write(html.encode("utf-8"))
print(OUT, len(html))
