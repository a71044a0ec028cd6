#!/usr/bin/env python3
"""Round 134, notice 679 (control case).

Writes 679_jishui_xian_gzbg_mubiao_renwu_fenjie_zhengwu_gongkai.html -- the
article page of a 县人民政府 portal's 政务公开 column carrying the 县政府办 notice
关于印发2025年县政府工作报告目标任务分解的通知, whose 附件 is an HTML table
序号 / 目标任务 / 责任领导 / 责任单位 / 完成时限 with part rows spanning the
table -- and the gold file 679_jishui_xian_gzbg_mubiao_renwu_fenjie_zhengwu_gongkai.tasks.gold.jsonl.

Deterministic: no clock, no randomness; run with /usr/bin/python3 make_679.py.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "679_jishui_xian_gzbg_mubiao_renwu_fenjie_zhengwu_gongkai"
NOTICE = os.path.join(HERE, BASE + ".html")
GOLD = os.path.join(HERE, BASE + ".tasks.gold.jsonl")

# ---------------------------------------------------------------------------
# The task table.  Each task:
#   text, units (list), unit_html (None -> joined by 、), leader cell spec,
#   deadline cell spec.
# Leader spec: ("cell", html, rowspan, [names]) or ("cov", [names]) for a row
# covered by a rowspan above.  Deadline spec alike: ("cell", text, rowspan) or
# ("cov", text).
# ---------------------------------------------------------------------------

def L(html, names, rs=1):
    return ("cell", html, rs, names)


def LC(names):
    return ("cov", names)


def D(text, rs=1):
    return ("cell", text, rs)


def DC(text):
    return ("cov", text)


Y = "2025年12月底前"

PARTS = [
    ("一、全力稳增长扩投资，推动经济量质齐升（6项）", [
        ("全县地区生产总值增长6%左右，规模以上工业增加值增长8%，固定资产投资增长6.5%，社会消费品零售总额增长5.5%，一般公共预算收入增长3%。",
         ["县发展和改革局", "县统计局", "县工业和信息化局", "县商务局", "县财政局"], None,
         L("陈志远", ["陈志远"]), D(Y)),
        ("聚焦国家政策支持方向，谋划储备重大项目150个以上，争取超长期特别国债、中央预算内投资、地方政府专项债券等资金10亿元以上。",
         ["县发展和改革局", "县财政局"], None,
         L("周立军", ["周立军"], 3), D(Y, 2)),
        ("全年实施500万元以上项目168个，其中新开工项目70个以上，完成投资106亿元。",
         ["县发展和改革局", "县重点项目服务中心", "各乡镇人民政府", "蓟水经济开发区管委会"], None,
         LC(["周立军"]), DC(Y)),
        ("深化&ldquo;项目攻坚年&rdquo;活动，落实县级领导包联重点项目制度，建立项目要素保障&ldquo;白名单&rdquo;，常态化开展项目集中开工、观摩评比活动。",
         ["县重点项目服务中心", "县发展和改革局", "县自然资源局", "县住房和城乡建设局"], None,
         LC(["周立军"]), D("持续推进")),
        ("用好消费品以旧换新、设备更新政策，培育夜间经济、直播电商等消费新场景，举办各类促消费活动30场次以上。",
         ["县商务局", "县财政局", "县市场监督管理局", "县文化和旅游局"], None,
         L("郑家豪", ["郑家豪"]), D("2025年11月底前")),
        ("加强财源建设和税费征管，严控一般性支出，&ldquo;三保&rdquo;支出足额保障，稳妥化解存量政府债务。",
         ["县财政局", "县税务局"], None,
         L("周立军", ["周立军"]), D("长期坚持")),
    ]),
    ("二、坚持工业强县，加快构建现代化产业体系（6项）", [
        ("实施工业&ldquo;倍增&rdquo;计划，新增规模以上工业企业15家，力争规上工业产值突破300亿元。",
         ["县工业和信息化局", "县统计局", "蓟水经济开发区管委会", "各乡镇人民政府"], None,
         L("王　勇", ["王勇"], 3), D(Y)),
        ("推动蓟水经济开发区扩区调区，新建标准化厂房20万平方米，完成园区污水处理厂提标改造。",
         ["蓟水经济开发区管委会", "县自然资源局", "县住房和城乡建设局", "市生态环境局蓟水分局"], None,
         LC(["王勇"]), D("2025年10月底前")),
        ("做强新材料、绿色食品、装备制造三大主导产业，推动15家企业实施智能化改造和数字化转型。",
         ["县工业和信息化局", "县科学技术局"], None,
         LC(["王勇"]), D(Y)),
        ("新认定高新技术企业10家、科技型中小企业60家，全社会研发经费投入增长12%。",
         ["县科学技术局", "县财政局", "县统计局"], None,
         L("孙海燕", ["孙海燕"]), D(Y)),
        ("坚持招商引资&ldquo;一号工程&rdquo;，全年新签约亿元以上项目40个，实际到位省外资金55亿元以上。",
         ["县投资促进中心", "蓟水经济开发区管委会", "各乡镇人民政府"], None,
         L("陈志远<br/>王勇", ["陈志远", "王勇"]), D(Y)),
        ("推进青螺山景区创建国家4A级旅游景区，全年接待游客突破520万人次，实现旅游综合收入48亿元。",
         ["县文化和旅游局", "县交通运输局", "青螺镇人民政府"], None,
         L("郑家豪", ["郑家豪"]), D(Y)),
    ]),
    ("三、扎实推进乡村全面振兴，加快建设农业强县（6项）", [
        ("全面落实粮食安全党政同责，粮食播种面积稳定在61.5万亩以上、总产量稳定在24.6万吨以上。",
         ["县农业农村局", "县发展和改革局", "各乡镇人民政府"], None,
         L("李晓梅", ["李晓梅"], 4), D("2025年10月底前", 2)),
        ("新建高标准农田3.2万亩，实施耕地&ldquo;非粮化&rdquo;&ldquo;非农化&rdquo;整治，完成撂荒地复耕复种。",
         ["县农业农村局", "县财政局", "县自然资源局", "县水利局", "相关乡镇人民政府"], None,
         LC(["李晓梅"]), DC("2025年10月底前")),
        ("守牢不发生规模性返贫底线，健全防止返贫动态监测和帮扶机制，脱贫人口务工规模稳定在2.1万人以上。",
         ["县农业农村局（县乡村振兴局）", "县人力资源和社会保障局", "县医疗保障局", "县教育局", "各乡镇人民政府"], None,
         LC(["李晓梅"]), D(Y)),
        ("做优茶叶、中药材、生态养殖等特色产业，新培育市级以上农业产业化龙头企业5家，新增&ldquo;三品一标&rdquo;农产品8个。",
         ["县农业农村局", "县林业局", "县市场监督管理局"], None,
         LC(["李晓梅"]), D(Y)),
        ("深入学习运用&ldquo;千万工程&rdquo;经验，创建省级和美乡村精品示范村5个，农村卫生厕所普及率达到92%，农村生活污水治理率达到45%。",
         ["县农业农村局", "市生态环境局蓟水分局", "县住房和城乡建设局", "县卫生健康局", "各乡镇人民政府"], None,
         L("李晓梅、黄启明", ["李晓梅", "黄启明"]), D(Y)),
        ("实施小型水库除险加固工程12座，新建改造农村供水工程30处，农村自来水普及率达到93%。",
         ["县水利局"], None,
         L("李晓梅", ["李晓梅"]), D("2025年11月底前")),
    ]),
    ("四、统筹城乡建设，提升县城综合承载能力（5项）", [
        ("改造城镇老旧小区28个、1960户，新建改造城市燃气、供排水管网45公里，新增城市停车泊位1200个。",
         ["县住房和城乡建设局", "县城市管理局", "城关镇人民政府"],
         "县住房和城乡建设局<br/>县城市管理局<br/>城关镇人民政府",
         L("黄启明", ["黄启明"], 3), D("2025年11月底前")),
        ("加快G347国道蓟水段改建、县城至青螺山旅游公路建设，完成农村公路提质改造80公里。",
         ["县交通运输局", "县自然资源局", "县林业局", "相关乡镇人民政府"], None,
         LC(["黄启明"]), D(Y)),
        ("深入打好污染防治攻坚战，县城空气质量优良天数比率达到88%以上，国省控断面水质优良比例保持100%。",
         ["市生态环境局蓟水分局", "县住房和城乡建设局", "县交通运输局", "县城市管理局", "县农业农村局", "各乡镇人民政府"],
         "市生态环境局蓟水分局、县住房和城乡建设局、县交通运输局，县城市管理局、县农业农村局、各乡镇人民政府",
         LC(["黄启明"]), D(Y)),
        ("深化林长制，完成人工造林1.5万亩、森林抚育3万亩，森林覆盖率稳定在63%以上。",
         ["县林业局", "各乡镇人民政府"], None,
         L("李晓梅", ["李晓梅"]), D(Y)),
        ("落实房地产市场调控政策，扎实做好保交房工作，稳步推进城中村改造和&ldquo;好房子&rdquo;建设。",
         ["县住房和城乡建设局", "县自然资源局", "县财政局", "县税务局"], None,
         L("黄启明", ["黄启明"]), D("持续推进")),
    ]),
    ("五、深化改革扩大开放，持续优化营商环境（4项）", [
        ("深化&ldquo;高效办成一件事&rdquo;改革，政务服务事项&ldquo;一网通办&rdquo;率达到95%以上，企业开办时间压缩至1个工作日以内。",
         ["县数据资源局", "县市场监督管理局", "县政府各有关部门"], None,
         L("周立军", ["周立军"], 2), D(Y, 2)),
        ("推进县属国有企业改革深化提升行动，完成县城投公司市场化转型，国有资产保值增值率达到100%以上。",
         ["县财政局（县国资办）", "县城市建设投资有限公司"], None,
         LC(["周立军"]), DC(Y)),
        ("落实支持民营经济发展政策措施，建立政银企常态化对接机制，新增普惠小微贷款8亿元以上。",
         ["县工业和信息化局", "县财政局", "人民银行蓟水县支行"], None,
         L("王　勇", ["王勇"]), D(Y)),
        ("稳定外贸外资基本盘，外贸进出口总额增长8%，实际使用外资800万美元。",
         ["县商务局", "蓟水经济开发区管委会", "县税务局"], None,
         L("郑家豪", ["郑家豪"]), D(Y)),
    ]),
    ("六、着力保障和改善民生，提高人民群众获得感（7项）", [
        ("实施就业优先战略，城镇新增就业4500人，城镇调查失业率控制在5.5%以内，新增返乡创业人员600人。",
         ["县人力资源和社会保障局", "县财政局", "县农业农村局"], None,
         L("孙海燕", ["孙海燕"], 4), D(Y)),
        ("新建、改扩建城区中小学和幼儿园4所，新增学位2700个，推进县域普通高中优质特色发展。",
         ["县教育局", "县发展和改革局", "县财政局", "县自然资源局", "县住房和城乡建设局"], None,
         LC(["孙海燕"]), D("2025年8月底前")),
        ("深化紧密型县域医共体建设，县人民医院通过三级医院评审，基层医疗卫生机构达标率达到95%。",
         ["县卫生健康局", "县医疗保障局", "县人民医院"], None,
         LC(["孙海燕"]), D(Y)),
        ("新建乡镇区域养老服务中心3个、社区养老服务站10个，完成特殊困难老年人家庭适老化改造300户。",
         ["县民政局", "县卫生健康局", "县住房和城乡建设局"], None,
         LC(["孙海燕"]), D("2025年10月底前")),
        ("压紧压实安全生产责任，深化重点行业领域安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。",
         ["县应急管理局", "县安委会各成员单位"], None,
         L("陈志远、周立军", ["陈志远", "周立军"]), D("长期坚持")),
        ("深化平安蓟水、法治蓟水建设，扎实开展矛盾纠纷排查化解，常态化推进扫黑除恶斗争。",
         ["县公安局", "县司法局", "县信访局", "各乡镇人民政府"], None,
         L("马俊峰", ["马俊峰"]), D("持续推进")),
        ("加强政府自身建设，严格落实重大行政决策程序，县政府规范性文件备案审查率达到100%。",
         ["县政府办公室", "县司法局", "县审计局"], None,
         L("陈志远", ["陈志远"]), D(Y)),
    ]),
]

ENT = {"&ldquo;": "\u201c", "&rdquo;": "\u201d", "&nbsp;": "\u00a0"}


def plain(s):
    for k, v in ENT.items():
        s = s.replace(k, v)
    return s


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------
TD_C = '<td width="{w}" valign="middle" align="center" style="word-break: break-all;"{rs}>{x}</td>'
TD_L = '<td width="{w}" valign="middle" style="word-break: break-all;"{rs}>{x}</td>'
W = {"no": 42, "task": 330, "ldr": 70, "unit": 190, "dl": 86}


def rs_attr(n):
    return ' rowspan="%d"' % n if n > 1 else ""


def table_html():
    rows = []
    rows.append('<table width="718" border="1" cellspacing="0" cellpadding="0" style="border-collapse: collapse; width: 718px;"><tbody>')
    rows.append('<tr class="firstRow">'
                + TD_C.format(w=W["no"], rs="", x="<strong>序号</strong>")
                + TD_C.format(w=W["task"], rs="", x="<strong>目标任务</strong>")
                + TD_C.format(w=W["ldr"], rs="", x="<strong>责任领导</strong>")
                + TD_C.format(w=W["unit"], rs="", x="<strong>责任单位</strong>")
                + TD_C.format(w=W["dl"], rs="", x="<strong>完成时限</strong>")
                + '</tr>')
    n = 0
    gold = []
    for title, tasks in PARTS:
        rows.append('<tr><td colspan="5" valign="middle" style="word-break: break-all;"><strong>%s</strong></td></tr>' % title)
        for text, units, unit_html, ldr, dl in tasks:
            n += 1
            cells = [TD_C.format(w=W["no"], rs="", x=str(n)),
                     TD_L.format(w=W["task"], rs="", x=text)]
            if ldr[0] == "cell":
                cells.append(TD_C.format(w=W["ldr"], rs=rs_attr(ldr[2]), x=ldr[1]))
                names = ldr[3]
            else:
                names = ldr[1]
            uh = unit_html if unit_html is not None else "、".join(units)
            cells.append(TD_L.format(w=W["unit"], rs="", x=uh))
            if dl[0] == "cell":
                cells.append(TD_C.format(w=W["dl"], rs=rs_attr(dl[2]), x=dl[1]))
            dtext = dl[1]
            rows.append("<tr>" + "".join(cells) + "</tr>")
            t = plain(text)
            gold.append({
                "id": str(n),
                "marker": str(n),
                "head": t[:12],
                "responsible_units": list(units),
                "lead_units": [units[0]],
                "cooperating_units": list(units[1:]),
                "leaders": list(names),
                "deadline": dtext,
            })
    rows.append("</tbody></table>")
    return "".join(rows), gold


COVER = [
    '<p style="text-align: center;">蓟政办发〔2025〕6号</p>',
    '<p style="text-indent: 0em;">各乡镇人民政府，县政府各部门、各直属机构：</p>',
    '<p style="text-indent: 2em;">为确保县十八届人大四次会议审议通过的《政府工作报告》确定的各项目标任务落到实处，经县政府同意，现将《2025年县政府工作报告目标任务分解表》印发给你们，并就有关事项通知如下，请认真贯彻落实。</p>',
    '<p style="text-indent: 2em;"><strong>一、提高思想认识。</strong>《政府工作报告》是县政府向全县人民作出的郑重承诺，是全年工作的总纲。各乡镇、各部门要切实增强责任感和紧迫感，对照分解表逐项研究制定具体落实措施，明确时间表、路线图，确保各项目标任务按期完成。</p>',
    '<p style="text-indent: 2em;"><strong>二、压实工作责任。</strong>各项目标任务由责任领导牵头推动。分解表中责任单位排在第一位的为牵头单位，负责牵头抓总、统筹推进；其他为配合单位，要按照职责分工主动对接、密切配合，形成工作合力。牵头单位主要负责同志为第一责任人，对本单位承担的目标任务负总责。</p>',
    '<p style="text-indent: 2em;"><strong>三、强化督查考核。</strong>县政府督查室要将目标任务落实情况纳入年度重点督查内容，实行清单化管理、台账式推进。各牵头单位要于每季度最后一个月25日前，将目标任务推进情况书面报送县政府督查室（联系人：方　圆，联系电话：0556-86420357，电子邮箱：jsxzfdcs@163.com），督查情况作为年度综合考核的重要依据。</p>',
    '<p style="text-indent: 2em;">附件：2025年县政府工作报告目标任务分解表</p>',
    '<p style="text-align: right;">蓟水县人民政府办公室</p>',
    '<p style="text-align: right;">2025年3月12日</p>',
    '<p style="text-indent: 2em;">（此件公开发布）</p>',
    '<p><br/></p>',
    '<p style="text-indent: 0em;">附件</p>',
    '<p style="text-align: center;"><strong>2025年县政府工作报告目标任务分解表</strong></p>',
]

TITLE = "蓟水县人民政府办公室关于印发2025年县政府工作报告目标任务分解的通知"


def page(table):
    body = "".join(COVER) + table + '<p><br/></p>'
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{TITLE}_蓟水县人民政府</title>
<meta name="SiteName" content="蓟水县人民政府">
<meta name="SiteDomain" content="www.jishui.gov.cn">
<meta name="SiteIDCode" content="3408270017">
<meta name="ColumnName" content="县政府办文件">
<meta name="ColumnType" content="政府信息公开">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2025-03-14 09:36">
<meta name="ContentSource" content="蓟水县人民政府办公室">
<meta name="Keywords" content="政府工作报告,目标任务,分解">
<meta name="Description" content="{TITLE}">
<link rel="stylesheet" href="/images/common.css">
<link rel="stylesheet" href="/images/xxgk_detail.css">
<script src="/images/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="top-bar">
	<div class="w1200">
		<span class="fl">欢迎访问蓟水县人民政府网站！今天是<span id="today"></span></span>
		<span class="fr"><a href="/wza/">无障碍</a>|<a href="javascript:void(0);" id="jft">繁体</a>|<a href="/m/">手机版</a>|<a href="/site/search/">站内搜索</a></span>
	</div>
</div>
<div class="header">
	<div class="w1200">
		<a class="logo" href="/"><img src="/images/logo.png" alt="蓟水县人民政府"></a>
		<div class="search"><form action="/site/search/" method="get"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>
	</div>
</div>
<div class="nav">
	<ul class="w1200">
		<li><a href="/">首页</a></li>
		<li><a href="/zwdt/">政务动态</a></li>
		<li class="on"><a href="/zwgk/">政务公开</a></li>
		<li><a href="/zwfw/">政务服务</a></li>
		<li><a href="/hdjl/">互动交流</a></li>
		<li><a href="/zjjs/">走进蓟水</a></li>
	</ul>
</div>
<div class="w1200 main">
	<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/xxgk/">政府信息公开</a> &gt; <a href="/zwgk/xxgk/fdzdgknr/">法定主动公开内容</a> &gt; <a href="/zwgk/xxgk/fdzdgknr/xzfbwj/">县政府办文件</a></div>
	<div class="xxgk-info">
		<table class="xxgk-table" width="100%" cellspacing="0" cellpadding="0">
			<tr><th>索&nbsp;&nbsp;引&nbsp;&nbsp;号：</th><td>113408270031926540/2025-00047</td><th>主题分类：</th><td>综合政务/其他</td></tr>
			<tr><th>发布机构：</th><td>蓟水县人民政府办公室</td><th>成文日期：</th><td>2025-03-12</td></tr>
			<tr><th>文&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;号：</th><td>蓟政办发〔2025〕6号</td><th>发布日期：</th><td>2025-03-14</td></tr>
			<tr><th>名&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;称：</th><td colspan="3">{TITLE}</td></tr>
			<tr><th>有&nbsp;&nbsp;效&nbsp;&nbsp;性：</th><td>有效</td><th>公开方式：</th><td>主动公开</td></tr>
		</table>
	</div>
	<div class="article">
		<h1 class="article-title">{TITLE}</h1>
		<div class="article-info">
			<span>发布时间：2025-03-14 09:36</span>
			<span>来源：县政府办</span>
			<span>浏览次数：<em id="hits">1268</em></span>
			<span class="fontsize">字号：<a href="javascript:doZoom(18);">大</a> <a href="javascript:doZoom(16);">中</a> <a href="javascript:doZoom(14);">小</a></span>
		</div>
		<!--ContentStart-->
		<div class="article-content" id="zoom">{body}</div>
		<!--ContentEnd-->
		<div class="article-related">
			<h3>相关解读</h3>
			<ul>
				<li><a href="/zwgk/xxgk/zcjd/202503/t20250314_1187706.html">一图读懂：2025年县政府工作报告目标任务分解</a></li>
			</ul>
		</div>
		<div class="article-tools">
			<a href="javascript:window.print();">【打印本页】</a>
			<a href="javascript:window.close();">【关闭窗口】</a>
		</div>
		<div class="article-prevnext">
			<p>上一篇：<a href="/zwgk/xxgk/fdzdgknr/xzfbwj/202503/t20250307_1185903.html">蓟水县人民政府办公室关于做好2025年春季森林防灭火工作的通知</a></p>
			<p>下一篇：<a href="/zwgk/xxgk/fdzdgknr/xzfbwj/202503/t20250320_1189214.html">蓟水县人民政府办公室关于印发蓟水县2025年优化营商环境工作要点的通知</a></p>
		</div>
	</div>
</div>
<div class="footer">
	<div class="w1200">
		<div class="footer-links"><a href="/wzdt/">网站地图</a>|<a href="/lxwm/">联系我们</a>|<a href="/mzsm/">免责声明</a></div>
		<p>主办单位：蓟水县人民政府办公室&nbsp;&nbsp;&nbsp;&nbsp;承办单位：蓟水县数据资源局</p>
		<p>网站标识码：3408270017&nbsp;&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">皖ICP备05017462号-1</a>&nbsp;&nbsp;&nbsp;&nbsp;<a href="http://www.beian.gov.cn/" target="_blank">皖公网安备34082702000018号</a></p>
		<p>地址：蓟水县城关镇人民路88号&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0556-86420011</p>
		<div class="footer-icons"><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A1B2C3D4E5F6071" target="_blank"><img src="/images/red.png" alt="党政机关"></a></span><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3408270017&amp;url=" target="_blank"><img src="/images/jiucuo.png" alt="政府网站找错"></a></div>
	</div>
</div>
<script>
var d = new Date(), w = ["日","一","二","三","四","五","六"];
document.getElementById("today").innerHTML = d.getFullYear() + "年" + (d.getMonth() + 1) + "月" + d.getDate() + "日 星期" + w[d.getDay()];
function doZoom(size) {{ document.getElementById("zoom").style.fontSize = size + "px"; }}
</script>
</body>
</html>
"""


def main():
    table, gold = table_html()
    html = page(table)
    with open(NOTICE, "w", encoding="utf-8", newline="\n") as f:
        f.write(html)
    with open(GOLD, "w", encoding="utf-8", newline="\n") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(NOTICE, len(gold), "tasks")


if __name__ == "__main__":
    main()
