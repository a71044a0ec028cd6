#!/usr/bin/env python3
"""Writes 369_muyang_shi_zhongdian_xiangmu_fenjie.html (round 67, control case):
a 市人民政府 portal page, saved from the browser, publishing the year's 市级重点项目
建设任务分解 as an ordinary project table."""
import html, os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "369_muyang_shi_zhongdian_xiangmu_fenjie.html")

# (category, [(no, name, content, years, total, annual, units, leaders)])
CATS = [
 ("一、先进制造业项目", [
  (1, "穆阳高新区年产20GWh动力电池电芯项目", "建设标准化厂房及配套用房28万平方米，购置涂布、卷绕、化成等设备，建设电芯生产线12条", "2024—2026", 1200000, 350000, "穆阳高新区管委会、市工业和信息化局、市发展改革委", "陶景明"),
  (2, "穆阳经开区高端装备制造产业园（一期）项目", "建设标准厂房、研发中心及配套设施35万平方米，引进数控机床、工程机械零部件等企业20家以上", "2023—2025", 450000, 120000, "穆阳经开区管委会、市工业和信息化局", "贺书涛"),
  (3, "桑湾县新型建材智能制造基地项目", "建设装配式建筑构件、绿色墙材智能化生产线6条，年产装配式构件50万立方米", "2024—2025", 180000, 60000, "桑湾县政府、市工业和信息化局、市自然资源和规划局", "武立新"),
  (4, "穆阳高新区半导体封装测试产业化项目", "建设封装测试厂房及洁净车间12万平方米，形成年封装测试集成电路30亿颗的能力", "2024—2026", 320000, 90000, "穆阳高新区管委会、市科技局", "陶景明"),
  (5, "青麓县10万吨绿色食品精深加工项目", "建设果蔬、粮油精深加工生产线8条及冷链仓储中心，年加工农产品10万吨", "2023—2025", 150000, 50000, "青麓县政府、市农业农村局、市工业和信息化局", "聂婉清"),
  (6, "东坪区氢能装备及核心零部件制造项目", "建设电解槽、储氢瓶及燃料电池系统生产线，年产电解槽300台（套）、储氢瓶2万只", "2024—2026", 260000, 80000, "东坪区政府、市发展改革委、市工业和信息化局", "贺书涛"),
  (7, "鹤汀县年产30万吨高性能铝合金材料项目", "建设熔铸、挤压及精深加工生产线，年产高性能铝合金型材、板带材30万吨", "2024—2025", 380000, 110000, "鹤汀县政府、市工业和信息化局、市生态环境局", "武立新"),
  (8, "穆阳经开区生物医药产业园二期项目", "建设原料药、制剂生产车间及公共研发检测平台，总建筑面积15万平方米", "2023—2025", 220000, 70000, "穆阳经开区管委会、市市场监管局、市科技局", "林佩瑶"),
  (9, "西岭区智能家居产业园建设项目", "建设智能家居研发、生产及展示中心，总建筑面积22万平方米", "2024—2025", 160000, 55000, "西岭区政府、市工业和信息化局", "蒋云舟"),
  (10, "市级工业企业技术改造提升工程（第二批）", "实施工业企业智能化改造、数字化转型、绿色化提升项目60个以上", "2024", 300000, 120000, "市工业和信息化局、各县（区）政府、穆阳高新区管委会、穆阳经开区管委会", "贺书涛"),
 ]),
 ("二、现代服务业项目", [
  (11, "穆阳国际陆港多式联运物流园项目", "建设铁路专用线3公里、集装箱堆场20万平方米、仓储物流设施15万平方米及多式联运信息平台", "2023—2025", 280000, 90000, "市商务局、穆阳经开区管委会、市交通运输局", "贺书涛"),
  (12, "穆阳古城历史文化街区保护与提升项目", "实施古城街区风貌整治、历史建筑修缮、街巷及地下管网改造，改造面积约45公顷", "2023—2025", 120000, 40000, "东坪区政府、市文化广电和旅游局、市住房和城乡建设局", "林佩瑶"),
  (13, "穆阳市城市大数据中心（二期）建设项目", "新增标准机柜3000架，建设政务云、城市运行管理服务平台及数据共享交换平台", "2024—2025", 85000, 30000, "市数据资源局、市发展改革委", "蒋云舟"),
  (14, "桑湾湖国家级旅游度假区基础设施提升项目", "建设环湖绿道42公里、游客服务中心、生态停车场及智慧旅游设施", "2024—2026", 96000, 35000, "桑湾县政府、市文化广电和旅游局", "林佩瑶、武立新"),
  (15, "西岭区商贸综合体及冷链物流中心项目", "建设商业综合体12万平方米、冷链物流中心1处，新增冷库库容5万吨", "2024—2026", 140000, 45000, "西岭区政府、市商务局", "蒋云舟"),
 ]),
 ("三、基础设施项目", [
  (16, "G347国道穆阳东坪至鹤汀段改建工程", "按一级公路标准改建58.6公里，路基宽度25.5米", "2023—2025", 360000, 120000, "市交通运输局、东坪区政府、鹤汀县政府", "贺书涛"),
  (17, "穆阳至青麓高速公路（穆阳段）建设项目", "建设高速公路46.8公里，设互通立交4处、服务区1处", "2023—2026", 1650000, 400000, "市交通运输局、市交通投资集团有限公司、青麓县政府", "陶景明"),
  (18, "穆阳市城市轨道交通1号线一期工程", "线路长约21.4公里，设车站17座、车辆段1座", "2022—2026", 2350000, 450000, "市住房和城乡建设局、市城市建设投资集团有限公司、市自然资源和规划局", "陶景明、贺书涛"),
  (19, "穆阳机场航站区改扩建及配套工程", "新建航站楼6万平方米、站坪机位12个及停车楼等配套设施", "2024—2026", 420000, 130000, "市发展改革委、市交通运输局、穆阳机场有限责任公司", "贺书涛"),
  (20, "穆河流域防洪治理工程（城区段）", "新建加固堤防32公里，新建排涝泵站3座", "2024—2025", 95000, 40000, "市水利局、东坪区政府、西岭区政府", "聂婉清"),
  (21, "桑湾水库灌区续建配套与节水改造工程", "改造干支渠86公里，配套渠系建筑物420座，改善灌溉面积18万亩", "2023—2025", 68000, 25000, "市水利局、桑湾县政府", "聂婉清"),
  (22, "2024年中心城区老旧小区改造项目", "改造2000年底前建成的老旧小区126个，惠及居民2.1万户", "2024", 82000, 60000, "市住房和城乡建设局、东坪区政府、西岭区政府", "蒋云舟"),
  (23, "中心城区地下综合管廊及雨污分流改造工程", "建设地下综合管廊12.5公里，改造雨污管网86公里", "2023—2025", 210000, 70000, "市住房和城乡建设局、市城市管理局、市城市建设投资集团有限公司", "蒋云舟"),
  (24, "穆阳北500千伏输变电工程及配套线路项目", "新建500千伏变电站1座，主变容量2×1000兆伏安，新建线路110公里", "2024—2025", 150000, 60000, "国网穆阳供电公司、市发展改革委、市自然资源和规划局", "武立新"),
 ]),
 ("四、社会民生项目", [
  (25, "穆阳市第一人民医院新院区建设项目", "新建医疗综合楼、医技楼等25万平方米，设置床位1500张", "2023—2025", 260000, 80000, "市卫生健康委、市第一人民医院", "林佩瑶"),
  (26, "穆阳职业技术学院新校区二期工程", "建设教学楼、实训楼、学生公寓等18万平方米", "2024—2025", 135000, 45000, "市教育局、穆阳职业技术学院、西岭区政府", "林佩瑶"),
  (27, "中心城区新建改扩建中小学及幼儿园项目", "新建、改扩建中小学和幼儿园14所，新增学位1.2万个", "2024", 98000, 52000, "市教育局、东坪区政府、西岭区政府", "林佩瑶"),
  (28, "穆阳市全民健身中心及体育公园建设项目", "建设体育馆、游泳馆、全民健身步道及配套设施，总建筑面积6.8万平方米", "2024—2025", 72000, 30000, "市体育局、市住房和城乡建设局", "林佩瑶"),
  (29, "穆阳市养老服务中心及社区嵌入式养老设施项目", "建设市养老服务中心1处、社区嵌入式养老服务设施30处，新增养老床位1200张", "2024—2025", 46000, 18000, "市民政局", "邱振邦"),
  (30, "穆阳市保障性租赁住房建设项目（2024年度）", "筹集建设保障性租赁住房3200套", "2024", 115000, 65000, "市住房和城乡建设局、各县（区）政府", "蒋云舟"),
 ]),
 ("五、生态环保项目", [
  (31, "穆河干流水生态修复与综合治理项目", "实施河道清淤疏浚、生态护岸、湿地修复等工程，治理河长36公里", "2024—2026", 88000, 30000, "市生态环境局、市水利局、沿河各县（区）政府", "聂婉清"),
  (32, "穆阳市生活垃圾焚烧发电厂二期工程", "新建日处理生活垃圾600吨焚烧线2条及配套发电机组", "2024—2025", 92000, 40000, "市城市管理局、市生态环境局", "蒋云舟"),
  (33, "鹤汀县历史遗留矿山生态修复项目", "修复历史遗留矿山图斑58处，面积约420公顷", "2024—2025", 36000, 15000, "鹤汀县政府、市自然资源和规划局", "武立新"),
  (34, "青麓县高标准农田建设及农业面源污染治理项目", "新建高标准农田8万亩，配套建设农业面源污染治理设施", "2024—2025", 54000, 26000, "青麓县政府、市农业农村局", "聂婉清"),
 ]),
]

N = sum(len(r) for _, r in CATS)
TOT = sum(p[4] for _, r in CATS for p in r)
ANN = sum(p[5] for _, r in CATS for p in r)

def yi(wan):
    return f"{wan/10000:.1f}"

e = html.escape

rows = []
rows.append('<tr class="firstRow">'
            '<td width="42" style="text-align:center;"><strong>序号</strong></td>'
            '<td width="150" style="text-align:center;"><strong>项目名称</strong></td>'
            '<td width="230" style="text-align:center;"><strong>建设内容及规模</strong></td>'
            '<td width="70" style="text-align:center;"><strong>建设年限</strong></td>'
            '<td width="70" style="text-align:center;"><strong>总投资<br/>（万元）</strong></td>'
            '<td width="80" style="text-align:center;"><strong>2024年计划投资<br/>（万元）</strong></td>'
            '<td width="160" style="text-align:center;"><strong>责任单位</strong></td>'
            '<td width="70" style="text-align:center;"><strong>包抓市领导</strong></td></tr>')
rows.append('<tr><td colspan="4" style="text-align:center;"><strong>合计（%d个）</strong></td>'
            '<td style="text-align:center;"><strong>%d</strong></td><td style="text-align:center;"><strong>%d</strong></td>'
            '<td></td><td></td></tr>' % (N, TOT, ANN))
for cat, projs in CATS:
    st = sum(p[4] for p in projs); sa = sum(p[5] for p in projs)
    rows.append('<tr><td colspan="4" style="text-align:left;"><strong>%s（%d个）</strong></td>'
                '<td style="text-align:center;"><strong>%d</strong></td><td style="text-align:center;"><strong>%d</strong></td>'
                '<td></td><td></td></tr>' % (e(cat), len(projs), st, sa))
    for no, name, content, years, tot, ann, units, leaders in projs:
        rows.append('<tr><td style="text-align:center;">%d</td><td>%s</td><td>%s</td>'
                    '<td style="text-align:center;">%s</td><td style="text-align:center;">%d</td>'
                    '<td style="text-align:center;">%d</td><td>%s</td><td style="text-align:center;">%s</td></tr>'
                    % (no, e(name), e(content), years, tot, ann, e(units), e(leaders)))
TABLE = ('<table border="1" cellspacing="0" cellpadding="0" width="100%" '
         'style="border-collapse:collapse;font-size:14px;line-height:1.6;"><tbody>\n'
         + "\n".join(rows) + "\n</tbody></table>")

TITLE = "穆阳市人民政府关于印发2024年市级重点项目建设任务分解方案的通知"
FILENO = "穆政发〔2024〕3号"

BODY = f"""<p style="text-align:center;">{FILENO}</p>
<p>各县（区）人民政府，穆阳高新区、穆阳经开区管委会，市政府各工作部门、各直属机构：</p>
<p style="text-indent:2em;">为深入贯彻落实市委经济工作会议和市十七届人大三次会议精神，坚持以项目建设为抓手推动经济高质量发展，经市政府研究，确定2024年市级重点项目{N}个，总投资{yi(TOT)}亿元，年度计划投资{yi(ANN)}亿元。现将《2024年市级重点项目建设任务分解方案》印发给你们，并提出如下要求，请认真抓好落实。</p>
<p style="text-indent:2em;"><strong>一、压实工作责任。</strong>市级重点项目实行市领导包抓责任制，各包抓市领导要定期深入项目现场调研督导，协调解决项目推进中的重大问题。附件中各项目责任单位排在第一位的为牵头单位，其余为配合单位。牵头单位要制定项目年度推进计划，明确时间节点和责任人，按月调度项目进展；配合单位要按照职责分工主动对接、密切配合，形成工作合力。</p>
<p style="text-indent:2em;"><strong>二、强化要素保障。</strong>市发展改革委、市自然资源和规划局、市生态环境局、市财政局等部门要优化审批服务，统筹做好用地、用能、环评和资金保障，对市级重点项目实行并联审批、容缺受理，确保项目早开工、早建成、早见效。</p>
<p style="text-indent:2em;"><strong>三、严格督查考核。</strong>市重点项目建设服务中心负责全市重点项目日常调度，每月10日前汇总上月项目进展情况报市政府。市政府督查室将市级重点项目建设情况纳入年度督查重点，对工作推进不力、进度严重滞后的单位予以通报。</p>
<p style="text-indent:2em;">附件：2024年市级重点项目建设任务分解方案</p>
<p style="text-align:right;">穆阳市人民政府</p>
<p style="text-align:right;">2024年2月26日</p>
<p style="text-indent:2em;">（此件公开发布）</p>
<p>附件</p>
<p style="text-align:center;"><strong>2024年市级重点项目建设任务分解方案</strong></p>
{TABLE}
"""

PAGE = f"""<!DOCTYPE html>
<!-- saved from url=(0073)https://www.muyang.gov.cn/zwgk/zfwj/szfwj/202402/t20240228_1358264.html -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="穆阳市人民政府">
<meta name="SiteDomain" content="www.muyang.gov.cn">
<meta name="SiteIDCode" content="4390000027">
<meta name="ColumnName" content="市政府文件">
<meta name="ColumnType" content="政府文件">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2024-02-28 16:05">
<meta name="ContentSource" content="市政府办公室">
<meta name="Keywords" content="重点项目,任务分解">
<title>{TITLE}_市政府文件_穆阳市人民政府</title>
<link rel="stylesheet" href="./{TITLE}_市政府文件_穆阳市人民政府_files/common.css">
<link rel="stylesheet" href="./{TITLE}_市政府文件_穆阳市人民政府_files/article.css">
<script src="./{TITLE}_市政府文件_穆阳市人民政府_files/jquery-1.12.4.min.js"></script>
<script type="text/javascript">var _hmt = _hmt || [];</script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span class="date">2024年2月28日 星期三</span>
<a href="https://www.muyang.gov.cn/wza/">无障碍浏览</a> | <a href="https://www.muyang.gov.cn/ydb/">移动版</a> | <a href="https://www.muyang.gov.cn/">繁體</a></div></div>
<div class="header"><div class="w1200"><a class="logo" href="https://www.muyang.gov.cn/"><img src="./{TITLE}_市政府文件_穆阳市人民政府_files/logo.png" alt="穆阳市人民政府"></a>
<form class="search" action="https://www.muyang.gov.cn/search/"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul class="w1200">
<li><a href="https://www.muyang.gov.cn/">首页</a></li><li><a href="https://www.muyang.gov.cn/zjmy/">走进穆阳</a></li><li><a href="https://www.muyang.gov.cn/zwdt/">政务动态</a></li><li class="on"><a href="https://www.muyang.gov.cn/zwgk/">政务公开</a></li><li><a href="https://www.muyang.gov.cn/zwfw/">政务服务</a></li><li><a href="https://www.muyang.gov.cn/hdjl/">互动交流</a></li></ul></div>
<div class="w1200 main">
<div class="location">当前位置：<a href="https://www.muyang.gov.cn/">首页</a> &gt; <a href="https://www.muyang.gov.cn/zwgk/">政务公开</a> &gt; <a href="https://www.muyang.gov.cn/zwgk/zfwj/">政府文件</a> &gt; <a href="https://www.muyang.gov.cn/zwgk/zfwj/szfwj/">市政府文件</a></div>
<div class="xxgk-info"><table class="xxgk-table">
<tr><th>索引号：</th><td>11439000M00412768A/2024-00318</td><th>主题分类：</th><td>国民经济管理、国有资产监管</td></tr>
<tr><th>发布机构：</th><td>穆阳市人民政府</td><th>成文日期：</th><td>2024-02-26</td></tr>
<tr><th>文　　号：</th><td>{FILENO}</td><th>发布日期：</th><td>2024-02-28</td></tr>
<tr><th>名　　称：</th><td colspan="3">{TITLE}</td></tr>
<tr><th>有 效 性：</th><td>有效</td><th>公开方式：</th><td>主动公开</td></tr>
</table></div>
<div class="article">
<h1 class="article-title">{TITLE}</h1>
<div class="article-info"><span>发布时间：2024-02-28 16:05</span><span>来源：市政府办公室</span><span>浏览次数：<em id="views">2836</em></span>
<span class="fontsize">字号：<a href="javascript:void(0);">大</a> <a href="javascript:void(0);">中</a> <a href="javascript:void(0);">小</a></span></div>
<div class="article-content" id="zoom">
<div class="TRS_Editor">
{BODY}</div>
</div>
<div class="article-attach"><p>附件下载：<a href="https://www.muyang.gov.cn/zwgk/zfwj/szfwj/202402/P020240228598317402155.xlsx">2024年市级重点项目建设任务分解方案.xlsx</a></p></div>
<div class="article-related"><p>相关解读：<a href="https://www.muyang.gov.cn/zwgk/zcjd/202402/t20240229_1358521.html">图解：2024年穆阳市市级重点项目一览</a></p></div>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a>
<span class="share">分享到：<a class="wx" href="javascript:void(0);">微信</a><a class="wb" href="javascript:void(0);">微博</a></span></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="https://www.muyang.gov.cn/wzdt/">网站地图</a> | <a href="https://www.muyang.gov.cn/lxwm/">联系我们</a> | <a href="https://www.muyang.gov.cn/sybz/">使用帮助</a></p>
<p>主办：穆阳市人民政府办公室　承办：穆阳市数据资源局</p>
<p>网站标识码：4390000027　<a href="https://beian.miit.gov.cn/">湘ICP备05007316号</a>　<img src="./{TITLE}_市政府文件_穆阳市人民政府_files/ga.png" alt="">湘公网安备 43900202000147号</p>
<p><img src="./{TITLE}_市政府文件_穆阳市人民政府_files/jiucuo.png" alt="政府网站找错"> <img src="./{TITLE}_市政府文件_穆阳市人民政府_files/dzjg.png" alt="党政机关"></p>
</div></div>
<script src="./{TITLE}_市政府文件_穆阳市人民政府_files/share.js"></script>
<script type="text/javascript">
$(function(){{ $(".fontsize a").click(function(){{ var s={{"大":"18px","中":"16px","小":"14px"}}[$(this).text()]; $("#zoom").css("font-size", s); }}); }});
</script>
</body></html>
"""

with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write(PAGE)
print(OUT, N, TOT, ANN)
