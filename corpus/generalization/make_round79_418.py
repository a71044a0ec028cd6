#!/usr/bin/env python3
"""Writes 418_shuochuan_zizhiqu_cuxiaofei_fengong.html: the article page of an
自治区人民政府 portal as a browser saves it with "Save page as, HTML only"
(the page's own source, UTF-8, LF).  Invented region, units and site."""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "418_shuochuan_zizhiqu_cuxiaofei_fengong.html")

TITLE = "朔川回族自治区人民政府办公厅关于印发朔川回族自治区促进消费扩容提质若干措施任务分工方案的通知"
FANGAN = "朔川回族自治区促进消费扩容提质若干措施任务分工方案"

# (section heading, [(序号, 重点任务, 牵头单位, 配合单位, 完成时限)])
SECTIONS = [
    ("一、提振大宗商品消费（6项）", [
        ("1", "支持汽车以旧换新。对2024年内报废国三及以下排放标准燃油乘用车并购买新能源或燃油乘用车的个人消费者给予一次性补贴，鼓励各市结合实际叠加出台支持政策。",
         "自治区商务厅", "自治区财政厅、自治区公安厅、自治区生态环境厅、自治区工业和信息化厅", "2024年12月底前"),
        ("2", "扩大新能源汽车消费。组织开展新能源汽车下乡活动，加快公共充电基础设施建设，2024年新建公共充电桩3000个以上，实现县城和重点乡镇充电设施全覆盖。",
         "自治区发展改革委、自治区工业和信息化厅", "自治区能源局、自治区住房城乡建设厅、自治区交通运输厅、国网朔川电力公司", "2024年12月底前"),
        ("3", "支持刚性和改善性住房需求。因城施策优化住房公积金使用政策，落实首套住房商业性个人住房贷款利率政策，加快推进保障性住房建设和城中村改造。",
         "自治区住房城乡建设厅", "自治区自然资源厅、自治区财政厅、中国人民银行朔川回族自治区分行、国家金融监督管理总局朔川监管局", "持续推进"),
        ("4", "推动家装家居消费。支持开展旧房装修、厨卫改造、适老化改造等局部改造，鼓励企业推出套餐化、菜单式家装产品和服务。",
         "自治区商务厅", "自治区住房城乡建设厅、自治区民政厅、自治区市场监管厅", "2024年12月底前"),
        ("5", "推进家电以旧换新。支持家电生产和销售企业联合回收企业开展以旧换新活动，对购买一级能效绿色智能家电的消费者给予适当补贴。",
         "自治区商务厅", "自治区财政厅、自治区发展改革委、自治区市场监管厅、朔川邮政管理局", "2024年12月底前"),
        ("6", "促进二手商品流通。完善二手车交易登记管理，落实二手车经销企业销售旧车减按0.5%征收增值税政策，规范发展二手电子产品交易市场。",
         "自治区商务厅", "自治区公安厅、国家税务总局朔川回族自治区税务局、自治区市场监管厅", "持续推进"),
    ]),
    ("二、扩大服务消费（7项）", [
        ("7", "丰富文化旅游消费供给。围绕“塞上朔川”文旅品牌，推出冬春季旅游产品和精品线路，2024年新创建国家4A级旅游景区5家以上。",
         "自治区文化和旅游厅", "自治区发展改革委、自治区财政厅、各市人民政府", "2024年12月底前"),
        ("8", "落实带薪休假制度。鼓励机关、企事业单位结合实际实行错峰休假和弹性作息，为职工旅游休闲创造条件。",
         "自治区人力资源社会保障厅", "自治区总工会", "持续推进"),
        ("9", "激发体育消费活力。举办凤鸣马拉松、贺岭山地自行车赛等群众性体育赛事活动，推动公共体育场馆向社会免费或低收费开放。",
         "自治区体育局", "自治区教育厅、自治区发展改革委、自治区财政厅", "2024年12月底前"),
        ("10", "扩大养老服务消费。发展社区嵌入式养老服务，支持养老机构开展助餐、助浴、助医等服务，推动适老化产品和服务进社区、进家庭。",
         "自治区民政厅", "自治区卫生健康委、自治区医疗保障局、自治区商务厅", "持续推进"),
        ("11", "增加普惠托育服务供给。支持用人单位办托、社区嵌入式托育和幼儿园开设托班，2024年每千人口拥有3岁以下婴幼儿托位数达到3.8个。",
         "自治区卫生健康委", "自治区发展改革委、自治区教育厅、自治区住房城乡建设厅", "2024年12月底前"),
        ("12", "提升家政服务质量。实施家政服务员技能提升行动，推进家政服务业信用体系建设，培育家政服务品牌企业10家以上。",
         "自治区商务厅", "自治区人力资源社会保障厅、自治区妇联", "2024年12月底前"),
        ("13", "促进餐饮消费提质。开展“朔川味道”美食季活动，支持老字号餐饮企业创新发展，鼓励餐饮企业在节假日期间延长营业时间。",
         "自治区商务厅", "自治区市场监管厅、自治区文化和旅游厅、各市人民政府", "2024年10月底前"),
    ]),
    ("三、培育壮大新型消费（5项）", [
        ("14", "发展数字消费。支持直播电商、社交电商规范发展，培育电商直播基地5个以上，推动传统商贸流通企业数字化转型。",
         "自治区商务厅", "自治区党委网信办、自治区市场监管厅、自治区工业和信息化厅", "2024年12月底前"),
        ("15", "发展即时零售。支持商贸流通企业与即时配送平台合作，完善城市末端配送网络，推进智能快件箱（信包箱）进社区。",
         "自治区商务厅", "朔川邮政管理局、自治区住房城乡建设厅", "持续推进"),
        ("16", "倡导绿色消费。推广节能家电、节水器具和绿色建材，健全废旧物资循环利用体系，开展绿色商场创建活动。",
         "自治区发展改革委", "自治区商务厅、自治区住房城乡建设厅、自治区市场监管厅", "持续推进"),
        ("17", "培育健康消费。发展中医药养生、康复疗养等健康服务，支持零售药店开展慢病管理服务，推进“互联网+医疗健康”便民服务。",
         "自治区卫生健康委", "自治区中医药管理局、自治区医疗保障局、自治区药品监督管理局", "持续推进"),
        ("18", "扩大特色产品消费。加强特色牛羊肉、小杂粮、葡萄酒等特色农产品品牌建设，支持特色食品企业进驻大型商超和电商平台。",
         "自治区农业农村厅、自治区商务厅", "自治区市场监管厅、自治区供销合作社", "2024年12月底前"),
    ]),
    ("四、提升消费载体功能（5项）", [
        ("19", "建设高品质商圈。支持首府凤鸣市建设区域消费中心城市，改造提升步行街和重点商圈，2024年认定自治区级示范步行街3条。",
         "自治区商务厅", "自治区住房城乡建设厅、自治区自然资源厅、凤鸣市人民政府", "2024年12月底前"),
        ("20", "繁荣夜间经济。打造夜间消费集聚区10个以上，在确保安全的前提下适当放宽夜间外摆和临时占道经营限制。",
         "自治区商务厅", "自治区文化和旅游厅、自治区公安厅、自治区住房城乡建设厅、各市人民政府", "2024年9月底前"),
        ("21", "完善县域商业体系。推进县级物流配送中心和乡镇商贸中心建设，2024年底实现快递服务行政村全覆盖。",
         "自治区商务厅", "自治区农业农村厅、自治区供销合作社、朔川邮政管理局", "2024年12月底前"),
        ("22", "拓展农村消费市场。开展农产品产销对接活动，完善农村电子商务公共服务体系，推动农产品上行和工业品下乡双向流通。",
         "自治区农业农村厅", "自治区商务厅、自治区供销合作社", "持续推进"),
        ("23", "建设城市一刻钟便民生活圈。补齐社区商业设施短板，2024年新建城市一刻钟便民生活圈20个。",
         "自治区商务厅", "自治区住房城乡建设厅、自治区民政厅、各市人民政府", "2024年12月底前"),
    ]),
    ("五、优化消费环境（5项）", [
        ("24", "开展放心消费行动。创建放心消费示范单位，推行线下购物无理由退货，畅通消费投诉举报渠道。",
         "自治区市场监管厅", "自治区商务厅、自治区文化和旅游厅", "持续推进"),
        ("25", "提升商品和服务质量。开展重点消费品质量安全监督抽查，推进内外贸产品同线同标同质。",
         "自治区市场监管厅", "自治区工业和信息化厅、凤鸣海关", "持续推进"),
        ("26", "加强消费领域信用建设。建立健全消费领域经营主体信用档案，依法依规实施失信惩戒。",
         "自治区发展改革委", "中国人民银行朔川回族自治区分行、自治区市场监管厅、自治区商务厅", "持续推进"),
        ("27", "改善消费出行条件。优化商圈、景区周边公共交通线路，增加停车泊位供给，节假日期间对重点商圈和景区周边实行临时停车便利措施。",
         "自治区交通运输厅", "自治区公安厅、自治区住房城乡建设厅、各市人民政府", "持续推进"),
        ("28", "打造消费促进活动品牌。持续开展“消费促进月”“朔川消费季”等活动，全年统筹举办各类促消费活动200场以上。",
         "自治区商务厅", "自治区文化和旅游厅、自治区体育局、各市人民政府", "2024年12月底前"),
    ]),
    ("六、强化政策保障（5项）", [
        ("29", "加大财政支持力度。统筹用好中央和自治区财政资金，安排促消费专项资金，支持开展以旧换新和消费促进活动。",
         "自治区财政厅", "自治区商务厅、自治区发展改革委", "2024年12月底前"),
        ("30", "加强消费金融支持。引导金融机构在风险可控前提下创新消费信贷产品，合理确定消费贷款利率、额度和期限。",
         "中国人民银行朔川回族自治区分行、国家金融监督管理总局朔川监管局", "自治区党委金融办", "持续推进"),
        ("31", "多渠道增加居民收入。落实稳就业政策措施，健全工资合理增长机制，拓宽农民工资性收入和经营性收入渠道。",
         "自治区人力资源社会保障厅", "自治区农业农村厅、自治区财政厅", "持续推进"),
        ("32", "保障消费设施用地。对商业网点、便民生活圈、养老托育等消费设施建设用地予以优先保障。",
         "自治区自然资源厅", "自治区住房城乡建设厅、自治区商务厅、各市人民政府", "持续推进"),
        ("33", "加强消费统计监测。完善消费统计监测体系，加强对新型消费、服务消费的统计监测和分析研判。",
         "自治区统计局", "国家统计局朔川调查总队、自治区商务厅", "持续推进"),
    ]),
]

SPAN = '<span style="font-family: 仿宋_GB2312, 仿宋; font-size: 14px;">'
TD = 'style="border: 1px solid rgb(0, 0, 0); padding: 4px;"'


def cell(text, width, align):
    return ('<td width="%s" valign="middle" %s align="%s">'
            '<p style="text-align: %s; line-height: 1.5em; margin-top: 0px; margin-bottom: 0px;">'
            '%s%s</span></p></td>' % (width, TD, align, align if align != "left" else "justify", SPAN, text))


def table():
    rows = []
    rows.append('<table width="100%" border="1" cellspacing="0" cellpadding="0" '
                'style="border-collapse: collapse; margin: 0 auto;" align="center">')
    rows.append('<tbody>')
    head = ['<tr class="firstRow">']
    for name, w in (("序号", "6%"), ("重点任务", "46%"), ("牵头单位", "16%"),
                    ("配合单位", "20%"), ("完成时限", "12%")):
        head.append('<td width="%s" valign="middle" %s align="center">'
                    '<p style="text-align: center; margin-top: 0px; margin-bottom: 0px;">'
                    '<strong><span style="font-family: 黑体, SimHei; font-size: 14px;">%s</span></strong></p></td>'
                    % (w, TD, name))
    head.append('</tr>')
    rows.append("".join(head))
    for sec, tasks in SECTIONS:
        rows.append('<tr><td colspan="5" valign="middle" %s>'
                    '<p style="text-align: left; margin-top: 0px; margin-bottom: 0px;">'
                    '<strong><span style="font-family: 黑体, SimHei; font-size: 14px;">%s</span></strong></p></td></tr>'
                    % (TD, sec))
        for no, task, lead, coop, due in tasks:
            rows.append("<tr>" + cell(no, "6%", "center") + cell(task, "46%", "left")
                        + cell(lead, "16%", "center") + cell(coop, "20%", "center")
                        + cell(due, "12%", "center") + "</tr>")
    rows.append('</tbody>')
    rows.append('</table>')
    return "\n".join(rows)


def p(text, style="text-indent: 2em; text-align: justify; line-height: 2em;"):
    return '<p style="%s">%s</p>' % (style, text)


BODY = [
    p('<span style="font-family: 仿宋_GB2312, 仿宋;">朔政办发〔2024〕21号</span>', "text-align: center; line-height: 2em;"),
    p('<span style="font-family: 仿宋_GB2312, 仿宋;">各市、县人民政府，自治区人民政府各组成部门、各直属机构：</span>', "text-align: justify; line-height: 2em;"),
    p('<span style="font-family: 仿宋_GB2312, 仿宋;">《朔川回族自治区促进消费扩容提质若干措施任务分工方案》已经自治区人民政府同意，现印发给你们，请认真组织实施。</span>'),
    p('<span style="font-family: 仿宋_GB2312, 仿宋;">&nbsp;</span>'),
    p('<span style="font-family: 仿宋_GB2312, 仿宋;">朔川回族自治区人民政府办公厅</span>', "text-align: right; line-height: 2em;"),
    p('<span style="font-family: 仿宋_GB2312, 仿宋;">2024年4月18日&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span>', "text-align: right; line-height: 2em;"),
    p('<span style="font-family: 仿宋_GB2312, 仿宋;">（此件公开发布）</span>'),
    p('<br/>', "text-align: center; line-height: 2em;"),
    p('<strong><span style="font-family: 方正小标宋简体; font-size: 20px;">' + FANGAN + '</span></strong>', "text-align: center; line-height: 2em;"),
    p('<span style="font-family: 仿宋_GB2312, 仿宋;">为深入贯彻落实党中央、国务院关于恢复和扩大消费的决策部署，推动《朔川回族自治区促进消费扩容提质若干措施》（以下简称《若干措施》）落地见效，制定本分工方案。</span>'),
    p('<span style="font-family: 黑体, SimHei;">一、总体要求</span>'),
    p('<span style="font-family: 仿宋_GB2312, 仿宋;">坚持把恢复和扩大消费摆在优先位置，围绕提振大宗商品消费、扩大服务消费、培育壮大新型消费、提升消费载体功能、优化消费环境、强化政策保障等6个方面，将《若干措施》明确的33项重点任务逐项分解落实到责任单位，明确完成时限，确保2024年全区社会消费品零售总额增长6%左右。</span>'),
    p('<span style="font-family: 黑体, SimHei;">二、任务分工</span>'),
    p('<span style="font-family: 仿宋_GB2312, 仿宋;">各项重点任务的牵头单位、配合单位和完成时限见下表。</span>'),
    table(),
    p('<span style="font-family: 黑体, SimHei;">三、工作要求</span>'),
    p('<span style="font-family: 楷体_GB2312, 楷体;">（一）压实工作责任。</span><span style="font-family: 仿宋_GB2312, 仿宋;">各牵头单位要会同配合单位研究制定具体落实举措，明确时间表、路线图，配合单位要按照职责分工主动做好配合工作，形成工作合力。</span>'),
    p('<span style="font-family: 楷体_GB2312, 楷体;">（二）加强督促落实。</span><span style="font-family: 仿宋_GB2312, 仿宋;">自治区商务厅要会同有关部门建立任务台账，加强跟踪调度，各牵头单位于每季度末月25日前将任务进展情况报送自治区商务厅，由自治区商务厅汇总后报自治区人民政府。</span>'),
    p('<span style="font-family: 楷体_GB2312, 楷体;">（三）强化宣传引导。</span><span style="font-family: 仿宋_GB2312, 仿宋;">各地、各有关部门要加大政策宣传解读力度，及时总结推广典型经验做法，营造良好消费氛围。</span>'),
]


PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="朔川回族自治区人民政府">
<meta name="SiteDomain" content="www.shuochuan.gov.cn">
<meta name="SiteIDCode" content="6900000017">
<meta name="ColumnName" content="自治区政府办公厅文件">
<meta name="ColumnDescription" content="自治区政府办公厅文件">
<meta name="ColumnKeywords" content="自治区政府办公厅文件">
<meta name="ColumnType" content="政府文件">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2024-04-23 17:05">
<meta name="ContentSource" content="自治区人民政府办公厅">
<meta name="Keywords" content="消费 分工方案">
<meta name="Author" content="自治区人民政府办公厅">
<meta name="Description" content="{title}">
<meta name="Url" content="https://www.shuochuan.gov.cn/zwgk/zfxxgk/fdzdgknr/zcwj/zzqzfbgtwj/202404/t20240423_4417325.html">
<title>{title}_自治区政府办公厅文件_朔川回族自治区人民政府</title>
<link rel="stylesheet" type="text/css" href="../../../../../../images/common.css">
<link rel="stylesheet" type="text/css" href="../../../../../../images/xxgk_detail.css">
<script type="text/javascript" src="../../../../../../js/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="../../../../../../js/common.js"></script>
<!--[if lt IE 9]>
<script src="../../../../../../js/html5shiv.min.js"></script>
<![endif]-->
</head>
<body>
<!-- 头部 -->
<div class="header">
	<div class="top-bar">
		<div class="w1200 clearfix">
			<div class="fl">
				<span id="today"></span>
			</div>
			<div class="fr top-links">
				<a href="javascript:void(0);" id="cniil_wza">无障碍浏览</a>
				<a href="javascript:void(0);" class="btn-jt">简</a>|<a href="javascript:void(0);" class="btn-ft">繁</a>
				<a href="https://www.shuochuan.gov.cn/mobile/">移动版</a>
				<a href="https://www.shuochuan.gov.cn/wzdt/">网站地图</a>
			</div>
		</div>
	</div>
	<div class="banner w1200 clearfix">
		<a href="https://www.shuochuan.gov.cn/" class="logo fl"><img src="../../../../../../images/logo.png" alt="朔川回族自治区人民政府"></a>
		<div class="search fr">
			<form action="https://www.shuochuan.gov.cn/search/" method="get" target="_blank" onsubmit="return checkSearch();">
				<input type="text" name="searchWord" id="searchWord" placeholder="请输入关键字" autocomplete="off">
				<input type="submit" value="搜索" class="btn-search">
			</form>
		</div>
	</div>
	<div class="nav">
		<ul class="w1200 clearfix">
			<li><a href="https://www.shuochuan.gov.cn/">首页</a></li>
			<li><a href="https://www.shuochuan.gov.cn/zwdt/">政务动态</a></li>
			<li class="on"><a href="https://www.shuochuan.gov.cn/zwgk/">政务公开</a></li>
			<li><a href="https://zwfw.shuochuan.gov.cn/" target="_blank">政务服务</a></li>
			<li><a href="https://www.shuochuan.gov.cn/hdjl/">互动交流</a></li>
			<li><a href="https://www.shuochuan.gov.cn/zjsc/">走进朔川</a></li>
		</ul>
	</div>
</div>
<!-- 头部 end -->
<div class="w1200 main">
	<div class="position">
		<span>当前位置：</span><a href="../../../../../../" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../../../../../" title="政务公开" class="CurrChnlCls">政务公开</a>&nbsp;&gt;&nbsp;<a href="../../../../" title="政府信息公开" class="CurrChnlCls">政府信息公开</a>&nbsp;&gt;&nbsp;<a href="../../../" title="法定主动公开内容" class="CurrChnlCls">法定主动公开内容</a>&nbsp;&gt;&nbsp;<a href="../../" title="政策文件" class="CurrChnlCls">政策文件</a>&nbsp;&gt;&nbsp;<a href="../" title="自治区政府办公厅文件" class="CurrChnlCls">自治区政府办公厅文件</a>
	</div>
	<div class="xxgk-info">
		<table width="100%" cellspacing="0" cellpadding="0" border="0">
			<tbody>
				<tr>
					<td class="t1" width="12%">索&nbsp;引&nbsp;号：</td>
					<td width="38%">11690000MB1A52617K/2024-00381</td>
					<td class="t1" width="12%">主题分类：</td>
					<td width="38%">商贸、海关、旅游\\国内贸易（含供销）</td>
				</tr>
				<tr>
					<td class="t1">发文机关：</td>
					<td>自治区人民政府办公厅</td>
					<td class="t1">成文日期：</td>
					<td>2024年04月18日</td>
				</tr>
				<tr>
					<td class="t1">标&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;题：</td>
					<td colspan="3">{title}</td>
				</tr>
				<tr>
					<td class="t1">发文字号：</td>
					<td>朔政办发〔2024〕21号</td>
					<td class="t1">发布日期：</td>
					<td>2024年04月23日</td>
				</tr>
				<tr>
					<td class="t1">有&nbsp;&nbsp;效&nbsp;&nbsp;性：</td>
					<td colspan="3">有效</td>
				</tr>
			</tbody>
		</table>
	</div>
	<div class="article">
		<h1 class="article-title">{title}</h1>
		<div class="article-info">
			<span>发布时间：2024-04-23 17:05</span>
			<span>来源：自治区人民政府办公厅</span>
			<span>浏览次数：<em id="visitCount"></em></span>
			<span class="font-size">字号：<a href="javascript:void(0);" onclick="doZoom(18)">大</a> <a href="javascript:void(0);" onclick="doZoom(16)">中</a> <a href="javascript:void(0);" onclick="doZoom(14)">小</a></span>
		</div>
		<div class="article-content" id="zoom">
			<div class="view TRS_UEDITOR trs_paper_default trs_web">{body}</div>
		</div>
		<div class="article-related">
			<p class="related-title">相关解读：</p>
			<ul>
				<li><a href="../202404/t20240424_4418102.html" target="_blank">【图解】一图读懂《朔川回族自治区促进消费扩容提质若干措施》</a></li>
				<li><a href="../../../zcjd/202404/t20240424_4418099.html" target="_blank">自治区商务厅负责同志解读《朔川回族自治区促进消费扩容提质若干措施》</a></li>
			</ul>
		</div>
		<div class="article-tools clearfix">
			<div class="share fl">
				<span>分享到：</span>
				<a href="javascript:void(0);" class="share-wx" title="微信"></a>
				<a href="javascript:void(0);" class="share-wb" title="微博"></a>
			</div>
			<div class="fr">
				<a href="javascript:window.print();">【打印本页】</a>
				<a href="javascript:window.close();">【关闭窗口】</a>
			</div>
		</div>
	</div>
</div>
<!-- 底部 -->
<div class="footer">
	<div class="w1200 clearfix">
		<div class="footer-links">
			<a href="https://www.shuochuan.gov.cn/gywm/">关于我们</a> | <a href="https://www.shuochuan.gov.cn/lxwm/">联系我们</a> | <a href="https://www.shuochuan.gov.cn/wzdt/">网站地图</a>
		</div>
		<p>主办单位：朔川回族自治区人民政府办公厅&nbsp;&nbsp;&nbsp;&nbsp;承办单位：朔川回族自治区电子政务服务中心</p>
		<p>网站标识码：6900000017&nbsp;&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">朔ICP备05000417号</a>&nbsp;&nbsp;&nbsp;&nbsp;<img src="../../../../../../images/ga.png" alt="">朔公网安备 69010402000118号</p>
		<div class="footer-icons">
			<a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A3E81C4D5B67F20E053012819ACB7D1" target="_blank"><img src="../../../../../../images/red.png" alt="党政机关"></a>
			<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=6900000017" target="_blank"><img src="../../../../../../images/jiucuo.png" alt="政府网站找错"></a>
		</div>
	</div>
</div>
<!-- 底部 end -->
<script type="text/javascript">
	$(function () {{
		showToday("today");
		$.get("/trs/visitCount?docId=4417325", function (d) {{ $("#visitCount").text(d); }});
	}});
	function doZoom(size) {{
		$("#zoom, #zoom p, #zoom td, #zoom span").css("font-size", size + "px");
	}}
</script>
<script type="text/javascript" src="../../../../../../js/cniil_wza.js"></script>
</body>
</html>
"""


def main():
    body = "\n".join(BODY)
    html = PAGE.format(title=TITLE, body=body)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(html)
    print(OUT, len(html))


if __name__ == "__main__":
    main()
