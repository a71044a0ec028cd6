#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Write 482_yangxi_qu_gzbg_renwu_fengong.html: a 区人民政府 notice dividing the
2025 区政府工作报告's tasks, as a district portal (Hanweb-style 集约化 CMS) serves it
and Chrome saves it ("Webpage, Complete")."""
import os

NAME = "482_yangxi_qu_gzbg_renwu_fengong.html"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

URL = "https://www.yangxi.gov.cn/zwgk/public/column/6615921?type=4&action=info&id=28467315"
FILES = "./漾溪区人民政府关于印发2025年《政府工作报告》重点工作任务分工的通知_漾溪区人民政府_files"

FS = "font-family: 仿宋_GB2312, 仿宋; font-size: 20px;"
KS = "font-family: 楷体_GB2312, 楷体; font-size: 20px;"
HS = "font-family: 黑体, SimHei; font-size: 20px;"
PSTYLE = "text-align: justify; text-indent: 2em; line-height: 1.75em; margin-top: 0px; margin-bottom: 0px;"


def p(inner, style=PSTYLE):
    return '<p style="%s">%s</p>' % (style, inner)


def fs(t):
    return '<span style="%s">%s</span>' % (FS, t)


def ks(t):
    return '<span style="%s">%s</span>' % (KS, t)


def hs(t):
    return '<span style="%s">%s</span>' % (HS, t)


# ---------------------------------------------------------------- cover text
cover = []
cover.append('<p style="text-align: center; line-height: 1.75em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 20px;">漾政发〔2025〕3号</span></p>')
cover.append('<p style="text-align: center; line-height: 1.75em;"><br/></p>')
cover.append('<p style="text-align: center; line-height: 1.5em;"><span style="font-family: 方正小标宋简体, 方正小标宋_GBK; font-size: 29px;">漾溪区人民政府<br/>关于印发2025年《政府工作报告》重点工作任务分工的通知</span></p>')
cover.append('<p style="text-align: center; line-height: 1.75em;"><br/></p>')
cover.append(p(fs("各镇人民政府、街道办事处，区政府各部门、各直属机构，漾溪经济开发区管委会："), "text-align: justify; line-height: 1.75em; margin-top: 0px; margin-bottom: 0px;"))
cover.append(p(fs("《2025年漾溪区人民政府工作报告》已经区十八届人大五次会议审议通过。为确保报告确定的各项目标任务落到实处，经区政府研究同意，现将2025年《政府工作报告》重点工作任务分工印发给你们，并提出如下要求，请认真抓好贯彻落实。")))
cover.append(p(hs("一、提高思想认识")))
cover.append(p(fs("《政府工作报告》是区政府向全区人民作出的郑重承诺，是全年工作的总纲和主线。各镇（街道）、各部门要切实增强责任感和紧迫感，把落实报告确定的目标任务作为检验工作成效的重要标尺，坚持目标导向、问题导向、结果导向，确保各项工作有力有序推进。")))
cover.append(p(hs("二、压实工作责任")))
cover.append(p(fs("各责任区领导要加强对分管领域任务的统筹调度，定期听取汇报、研究解决重大问题。牵头单位要对牵头任务负总责，主要负责同志亲自抓，逐项细化工作举措、明确时间节点和具体责任人；涉及多个牵头单位的，排在第一位的牵头单位负责统筹协调和汇总报送。配合单位要各司其职、主动对接，形成工作合力。")))
cover.append(p(hs("三、强化督查考核")))
cover.append(p(fs("各牵头单位要于2025年3月10日前将任务细化分解方案报区政府督查室（区政府办公室），并于每季度末月20日前报送任务推进情况，全年工作情况于12月15日前报送。区政府督查室将会同区委督查室对任务落实情况进行跟踪督办，督查结果纳入年度综合考核。")))
cover.append(p(fs("联系人：区政府督查室&nbsp;宋雨桐，电话：0578-6213325，邮箱：yxqzfdcs@163.com。")))
cover.append('<p style="text-align: center; line-height: 1.75em;"><br/></p>')
cover.append('<p style="text-align: right; line-height: 1.75em; margin-right: 4em;"><span style="%s">漾溪区人民政府</span></p>' % FS)
cover.append('<p style="text-align: right; line-height: 1.75em; margin-right: 4em;"><span style="%s">2025年2月20日</span></p>' % FS)
cover.append(p(fs("（此件公开发布）")))
cover.append('<p style="text-align: center; line-height: 1.75em;"><br/></p>')
cover.append('<p style="text-align: center; line-height: 1.75em;"><br/></p>')
cover.append('<p style="text-align: center; line-height: 1.5em;"><span style="font-family: 方正小标宋简体, 方正小标宋_GBK; font-size: 29px;">2025年《政府工作报告》重点工作任务分工</span></p>')
cover.append('<p style="text-align: center; line-height: 1.75em;"><br/></p>')

# ---------------------------------------------------------------- tasks
# (number, bold title, rest of text, clause) -- clause written out as printed
SECTIONS = [
    ("一、聚焦扩大有效需求，推动经济稳进提质", [
        ("1", "全力扩大有效投资。", "全年谋划储备重大项目200个以上，实施市、区重点项目156个，完成年度投资325亿元以上，争取超长期特别国债、地方政府专项债券资金30亿元以上。",
         "（责任区领导：周宏涛；牵头单位：区发展和改革局；配合单位：区财政局、区自然资源分局、区住房和城乡建设局、漾溪经济开发区管委会）"),
        ("2", "加力推进招商引资。", "围绕新能源汽车零部件、智能装备、生物医药等重点产业链开展精准招商，全年签约亿元以上项目60个，实际使用外资1.2亿美元。",
         "（责任区领导：马骏；牵头单位：区投资促进中心；配合单位：区商务局、区工业和信息化局、漾溪经济开发区管委会、各镇人民政府、各街道办事处）"),
        ("3", "持续提振消费。", "落实消费品以旧换新政策，培育夜间经济集聚区2个，举办“漾享生活”系列促消费活动50场以上，社会消费品零售总额增长5.5%。",
         "SPLIT"),
        ("4", "强化要素保障。", "新增建设用地供应2800亩，盘活批而未供和闲置土地1500亩，完成“标准地”出让30宗。",
         "（责任区领导：周宏涛；牵头单位：区自然资源分局；配合单位：区发展和改革局、漾溪经济开发区管委会）"),
        ("5", "加强财政金融支持。", "统筹用好各级财政资金，严控一般性支出，全年新增各项贷款100亿元以上，推动企业上市挂牌3家。",
         "（责任区领导：周宏涛；牵头单位：区财政局、区委金融办；配合单位：区工业和信息化局、区国有资产服务中心）"),
    ]),
    ("二、聚焦产业转型升级，加快构建现代化产业体系", [
        ("6", "壮大先进制造业集群。", "实施“强链补链”行动，新增规模以上工业企业40家，规上工业增加值增长8%。",
         "（责任区领导：马骏；牵头单位：区工业和信息化局；配合单位：区发展和改革局、区统计局、漾溪经济开发区管委会）"),
        ("7", "推进制造业智能化改造和数字化转型。", "实施技改项目80个，新建省级智能工厂2家、数字化车间10个。",
         "（责任区领导：马骏；责任单位：区工业和信息化局）"),
        ("8", "提升科技创新能力。", "高新技术企业净增50家，全社会研发经费投入强度达到2.8%，新建省级以上研发平台5个。",
         "（责任区领导：马骏；牵头单位：区科学技术局；配合单位：区工业和信息化局、区财政局、区人力资源和社会保障局）"),
        ("9", "发展现代服务业。", "推进现代物流、工业设计、检验检测等生产性服务业提质扩容，新增规上服务业企业25家。",
         "（责任区领导：周宏涛、马骏；牵头单位：区发展和改革局；配合单位：区商务局、区交通运输局、区统计局）"),
        ("10", "加快数字经济发展。", "新建5G基站300个，推动数据要素市场化配置改革，打造数字经济产业园1个。",
         "（责任区领导：马骏；牵头单位：区数据局；配合单位：区工业和信息化局、区发展和改革局）"),
        ("11", "推动文旅融合发展。", "提升漾溪古镇、青螺湖景区品质，创成国家4A级旅游景区1家，全年接待游客突破800万人次。",
         "（责任区领导：郑晓岚；牵头单位：区文化广电旅游体育局；配合单位：青螺湖风景区管理处、漾溪镇人民政府）"),
    ]),
    ("三、聚焦深化改革开放，持续激发发展活力", [
        ("12", "持续优化营商环境。", "深化“高效办成一件事”改革，推进涉企服务“一网通办”，政务服务事项网上可办率保持100%。",
         "（责任区领导：周宏涛；牵头单位：区行政审批服务局；配合单位：区数据局、区司法局、区市场监督管理局）"),
        ("13", "支持民营经济发展壮大。", "落实民营经济促进政策，开展“千名干部进万企”活动，健全防范和化解拖欠企业账款长效机制。",
         "（责任区领导：马骏；牵头单位：区工业和信息化局、区发展和改革局；配合单位：区工商联、区财政局、各镇人民政府、各街道办事处）"),
        ("14", "深化国资国企改革。", "推进区属国有企业整合重组和市场化转型，提升区城投集团主体信用评级。",
         "（责任区领导：周宏涛；牵头单位：区国有资产服务中心；配合单位：区财政局）"),
        ("15", "提升对外开放水平。", "外贸进出口总额增长5%，支持企业参加境外展会40场次，培育跨境电商企业20家。",
         "（责任区领导：马骏；牵头单位：区商务局；配合单位：区财政局、梓洲海关驻漾溪办事处）"),
    ]),
    ("四、聚焦城乡融合发展，提升城市品质和乡村面貌", [
        ("16", "推进城市更新。", "实施老旧小区改造42个，改造背街小巷30条，新增城市停车泊位2000个。",
         "（责任区领导：许文博；牵头单位：区住房和城乡建设局；配合单位：区城市管理局、区自然资源分局、公安漾溪分局、各街道办事处）"),
        ("17", "完善交通基础设施。", "加快漾溪大道快速化改造、S231漾溪段改建工程，新改建农村公路60公里。",
         "（责任区领导：许文博；牵头单位：区交通运输局；配合单位：区自然资源分局、区财政局、相关镇人民政府）"),
        ("18", "提升城市精细化管理水平。", "深化“城市管家”模式，推进生活垃圾分类，新建口袋公园8个。",
         "（责任区领导：许文博；牵头单位：区城市管理局；配合单位：各街道办事处）"),
        ("19", "稳定粮食生产。", "落实耕地保护和粮食安全党政同责，粮食播种面积稳定在18.6万亩以上，新建高标准农田1.2万亩。",
         "（责任区领导：汤建平；牵头单位：区农业农村局；配合单位：区自然资源分局、区水利局、各镇人民政府）"),
        ("20", "全面推进乡村振兴。", "巩固拓展脱贫攻坚成果，培育市级以上农业产业化龙头企业5家，打造和美乡村示范村10个。",
         "（责任区领导：汤建平；牵头单位：区农业农村局；配合单位：区财政局、区文化广电旅游体育局、各镇人民政府）"),
        ("21", "推动房地产市场平稳健康发展。", "支持刚性和改善性住房需求，扎实做好保交房工作，完成城中村改造1200户。",
         "（责任区领导：许文博；牵头单位：区住房和城乡建设局；配合单位：区自然资源分局、区财政局、区房屋征收服务中心）"),
    ]),
    ("五、聚焦生态环境保护，推动绿色低碳发展", [
        ("22", "深入打好污染防治攻坚战。", "PM2.5平均浓度控制在32微克/立方米以内，国省考断面水质优良比例达到100%。",
         "（责任区领导：汤建平；牵头单位：市生态环境局漾溪分局；配合单位：区住房和城乡建设局、区农业农村局、区水利局、区城市管理局）"),
        ("23", "全面落实河湖长制。", "完成青螺湖生态修复二期工程，推进河湖“清四乱”常态化规范化。",
         "（责任区领导：汤建平；牵头单位：区水利局；配合单位：市生态环境局漾溪分局、各镇人民政府、各街道办事处）"),
        ("24", "推动绿色低碳转型。", "有序推进分布式光伏建设，完成单位地区生产总值能耗下降目标任务。",
         "（责任区领导：马骏；牵头单位：区发展和改革局；配合单位：区工业和信息化局、区住房和城乡建设局）"),
    ]),
    ("六、聚焦保障改善民生，增进人民群众福祉", [
        ("25", "稳定和扩大就业。", "城镇新增就业1.1万人，城镇调查失业率控制在5.5%以内，开展职业技能培训8000人次。",
         "（责任区领导：郑晓岚；牵头单位：区人力资源和社会保障局；配合单位：区教育局、区财政局、各镇人民政府、各街道办事处）"),
        ("26", "办好人民满意的教育。", "新建、改扩建中小学和幼儿园6所，新增学位4500个，推进义务教育优质均衡发展。",
         "（责任区领导：郑晓岚；牵头单位：区教育局；配合单位：区发展和改革局、区自然资源分局、区住房和城乡建设局）"),
        ("27", "推进健康漾溪建设。", "加快区人民医院新院区建设，深化紧密型城市医疗集团建设，基层医疗卫生机构标准化建设达标率达到95%。",
         "（责任区领导：郑晓岚；牵头单位：区卫生健康委员会；配合单位：区医疗保障局、区财政局）"),
        ("28", "健全社会保障体系。", "稳步推进基本养老保险全国统筹，新增养老床位300张，建成社区嵌入式养老服务中心5个。",
         "（责任区领导：郑晓岚；牵头单位：区民政局；配合单位：区人力资源和社会保障局、区医疗保障局、区卫生健康委员会）"),
        ("29", "繁荣发展文化体育事业。", "推进区文化馆、图书馆总分馆制建设，举办全民健身赛事活动100场以上。",
         "（责任区领导：郑晓岚；责任单位：区文化广电旅游体育局）"),
        ("30", "办好十件民生实事。", "集中财力办好区政府确定的十件民生实事，做到件件有着落、事事有回音。",
         "（责任区领导：各分管区领导；牵头单位：区发展和改革局；配合单位：各民生实事项目责任单位）"),
        ("31", "维护社会安全稳定。", "深化安全生产治本攻坚三年行动，加强食品药品安全监管，深入推进信访工作法治化，建设更高水平的平安漾溪。",
         "（责任区领导：周宏涛、彭立；牵头单位：区应急管理局、区市场监督管理局、区信访局、公安漾溪分局；配合单位：各镇人民政府、各街道办事处）"),
        ("32", "加强政府自身建设。", "深入推进依法行政，严格落实过紧日子要求，自觉接受区人大及其常委会的法律监督、工作监督和区政协的民主监督，认真办理人大代表建议和政协委员提案。",
         "（责任区领导：林振宇；牵头单位：区政府办公室；配合单位：区司法局、区财政局、区审计局、区政府各部门）"),
    ]),
]

tasks_html = []
for heading, items in SECTIONS:
    tasks_html.append(p(hs(heading)))
    for num, title, rest, clause in items:
        if clause == "SPLIT":
            # the editor kept the Word runs: the clause is cut over three spans
            cl = (ks("（责任区领导：马骏；") + ks("牵头单位：区商务局；配合单位：区文化广电旅游") +
                  ks("体育局、区市场监督管理局、区财政局）"))
        else:
            cl = ks(clause)
        tasks_html.append(p(fs(num + ".") + '<strong>' + fs(title) + '</strong>' + fs(rest) + cl))

tasks_html.append('<p style="text-align: center; line-height: 1.75em;"><br/></p>')

article = "\n".join(cover + tasks_html)

# ---------------------------------------------------------------- page
PAGE = '''<!DOCTYPE html>
<!-- saved from url=({ulen:04d}){url} -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>漾溪区人民政府关于印发2025年《政府工作报告》重点工作任务分工的通知_漾溪区人民政府</title>
<meta name="SiteName" content="梓洲市漾溪区人民政府">
<meta name="SiteDomain" content="www.yangxi.gov.cn">
<meta name="SiteIDCode" content="3407110004">
<meta name="ColumnName" content="政府文件">
<meta name="ColumnDescription" content="漾溪区人民政府政府文件">
<meta name="ColumnKeywords" content="政府文件">
<meta name="ColumnType" content="政府文件">
<meta name="ArticleTitle" content="漾溪区人民政府关于印发2025年《政府工作报告》重点工作任务分工的通知">
<meta name="PubDate" content="2025-02-24 16:38">
<meta name="ContentSource" content="区政府办公室">
<meta name="Keywords" content="政府工作报告,重点工作任务,分工">
<meta name="Description" content="《2025年漾溪区人民政府工作报告》已经区十八届人大五次会议审议通过。为确保报告确定的各项目标任务落到实处，经区政府研究同意，现将2025年《政府工作报告》重点工作任务分工印发给你们……">
<meta name="Url" content="{url_amp}">
<link rel="stylesheet" href="{files}/common.css">
<link rel="stylesheet" href="{files}/xxgk_detail.css">
<link rel="stylesheet" href="{files}/swiper.min.css">
<script type="text/javascript" src="{files}/jquery.min.js.下载"></script>
<script type="text/javascript" src="{files}/jquery.cookie.js.下载"></script>
<script src="{files}/hm.js.下载"></script><script src="{files}/common.js.下载"></script>
<style type="text/css">.j-fontContent p{{margin:0;}} #zoom img{{max-width:100%;height:auto!important;}}</style>
<script type="text/javascript">var _hmt = _hmt || [];</script>
</head>
<body>
<div class="topbar">
  <div class="w1200 clearfix">
    <div class="fl">欢迎访问梓洲市漾溪区人民政府网站！ <span id="today">2025年02月26日 星期三</span></div>
    <div class="fr">
      <a href="javascript:void(0);" id="cniil_wza" class="wza">无障碍</a>
      <a href="javascript:void(0);" class="zzms">长者模式</a>
      <a href="https://www.yangxi.gov.cn/ft/" class="jft">繁體</a>
      <a href="https://www.yangxi.gov.cn/col/col6615330/index.html">English</a>
      <a href="https://www.yangxi.gov.cn/wap/">手机版</a>
    </div>
  </div>
</div>
<div class="header">
  <div class="w1200 clearfix">
    <div class="logo fl"><a href="https://www.yangxi.gov.cn/"><img src="{files}/logo.png" alt="梓洲市漾溪区人民政府"></a></div>
    <div class="search fr">
      <form action="https://www.yangxi.gov.cn/jsearchfront/search.do" method="get" target="_blank" name="searchform">
        <input type="hidden" name="websiteid" value="341103000000000"><input type="hidden" name="tpl" value="1524">
        <input type="text" name="q" class="txt" placeholder="请输入关键字" autocomplete="off"><input type="submit" class="btn" value="">
      </form>
      <p class="hot">热门搜索：<a href="https://www.yangxi.gov.cn/jsearchfront/search.do?q=政府工作报告">政府工作报告</a><a href="https://www.yangxi.gov.cn/jsearchfront/search.do?q=招聘">招聘</a><a href="https://www.yangxi.gov.cn/jsearchfront/search.do?q=学区划分">学区划分</a></p>
    </div>
  </div>
</div>
<div class="nav">
  <ul class="w1200 clearfix">
    <li><a href="https://www.yangxi.gov.cn/">首页</a></li>
    <li><a href="https://www.yangxi.gov.cn/col/col6615302/index.html">走进漾溪</a></li>
    <li><a href="https://www.yangxi.gov.cn/col/col6615305/index.html">新闻中心</a></li>
    <li class="on"><a href="https://www.yangxi.gov.cn/zwgk/public/column/6615900?type=1">政务公开</a></li>
    <li><a href="https://www.yangxi.gov.cn/col/col6615311/index.html">政务服务</a></li>
    <li><a href="https://www.yangxi.gov.cn/col/col6615314/index.html">互动交流</a></li>
    <li><a href="https://www.yangxi.gov.cn/col/col6615317/index.html">专题专栏</a></li>
  </ul>
</div>
<div class="w1200 main clearfix">
  <div class="position">当前位置：<a href="https://www.yangxi.gov.cn/">首页</a> &gt; <a href="https://www.yangxi.gov.cn/zwgk/public/column/6615900?type=1">政务公开</a> &gt; <a href="https://www.yangxi.gov.cn/zwgk/public/column/6615915?type=2">法定主动公开内容</a> &gt; <a href="https://www.yangxi.gov.cn/zwgk/public/column/6615921?type=4">政府文件</a></div>
  <div class="xxgk_detail">
    <table class="xxgk_table" cellspacing="0" cellpadding="0" border="0">
      <tbody>
        <tr><th>索&nbsp;&nbsp;引&nbsp;&nbsp;号：</th><td>11341103MB1530862X/202502-00017</td><th>组配分类：</th><td>政府文件</td></tr>
        <tr><th>发布机构：</th><td>漾溪区人民政府办公室</td><th>主题分类：</th><td>综合政务/其他</td></tr>
        <tr><th>名&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;称：</th><td colspan="3">漾溪区人民政府关于印发2025年《政府工作报告》重点工作任务分工的通知</td></tr>
        <tr><th>文&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;号：</th><td>漾政发〔2025〕3号</td><th>成文日期：</th><td>2025-02-20</td></tr>
        <tr><th>发布日期：</th><td>2025-02-24</td><th>有&nbsp;&nbsp;效&nbsp;&nbsp;性：</th><td><span class="yxx">有效</span></td></tr>
      </tbody>
    </table>
    <div class="article">
      <h1 class="title">漾溪区人民政府关于印发2025年《政府工作报告》重点工作任务分工的通知</h1>
      <div class="info clearfix">
        <span>发布时间：2025-02-24 16:38</span><span>来源：区政府办公室</span><span>浏览次数：<i id="hits">1386</i></span>
        <span class="font">字体：[<a href="javascript:void(0);" onclick="doZoom(20)">大</a> <a href="javascript:void(0);" onclick="doZoom(16)">中</a> <a href="javascript:void(0);" onclick="doZoom(14)">小</a>]</span>
      </div>
      <div class="wzcon j-fontContent" id="zoom">
{article}
      </div>
      <div class="fj">
        <p class="fj_title">附件下载：</p>
        <ul><li><a href="https://www.yangxi.gov.cn/module/download/downfile.jsp?classid=0&amp;filename=2502241638115873.pdf">漾政发〔2025〕3号.pdf</a></li></ul>
      </div>
      <div class="jd">
        <p class="jd_title">相关解读：</p>
        <ul>
          <li><a href="https://www.yangxi.gov.cn/art/2025/2/25/art_6615925_28467402.html">【图文解读】一图读懂2025年漾溪区《政府工作报告》</a></li>
          <li><a href="https://www.yangxi.gov.cn/art/2025/2/25/art_6615925_28467411.html">【文字解读】《漾溪区人民政府关于印发2025年〈政府工作报告〉重点工作任务分工的通知》政策解读</a></li>
        </ul>
      </div>
      <div class="share clearfix">
        <div class="fl bdsharebuttonbox">分享到：<a href="javascript:void(0);" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="javascript:void(0);" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="javascript:void(0);" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>
        <div class="fr"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div>
      </div>
      <div class="ewm"><div id="qrcode" title="{url}"><canvas width="100" height="100" style="display: none;"></canvas><img alt="Scan me!" src="{files}/qrcode.png" style="display: block;"></div><p>扫一扫在手机打开当前页</p></div>
      <div class="prevnext">
        <p>上一篇：<a href="https://www.yangxi.gov.cn/zwgk/public/column/6615921?type=4&amp;action=info&amp;id=28467209">漾溪区人民政府关于公布2025年区政府十件民生实事项目的通知</a></p>
        <p>下一篇：<a href="https://www.yangxi.gov.cn/zwgk/public/column/6615921?type=4&amp;action=info&amp;id=28467533">漾溪区人民政府关于调整区政府领导工作分工的通知</a></p>
      </div>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w1200 clearfix">
    <div class="dzjg fl"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0C7A2B8F9E311D54E053012819ACB3F2" target="_blank"><img src="{files}/red.png" alt="党政机关"></a></div>
    <div class="txt fl">
      <p><a href="https://www.yangxi.gov.cn/col/col6615340/index.html">网站地图</a> | <a href="https://www.yangxi.gov.cn/col/col6615341/index.html">关于我们</a> | <a href="https://www.yangxi.gov.cn/col/col6615342/index.html">联系我们</a> | <a href="https://www.yangxi.gov.cn/col/col6615343/index.html">隐私声明</a></p>
      <p>主办单位：梓洲市漾溪区人民政府办公室&nbsp;&nbsp;&nbsp;&nbsp;承办单位：漾溪区数据局</p>
      <p>网站标识码：3407110004&nbsp;&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">皖ICP备05013378号-1</a>&nbsp;&nbsp;&nbsp;&nbsp;<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=34110302000117" target="_blank"><img src="{files}/gaba.png">皖公网安备 34110302000117号</a></p>
    </div>
    <div class="zc fr"><script id="_jiucuo_" sitecode="3407110004" src="{files}/jiucuo.js.下载"></script><span id="_span_jiucuo"><img onclick="Link(&#39;3407110004&#39;)" style="margin:0;border:0;cursor: pointer;" src="{files}/jiucuo.png"></span></div>
  </div>
</div>
<script type="text/javascript" src="{files}/jquery.qrcode.min.js.下载"></script>
<script type="text/javascript">
  $(function () {{
    $("#qrcode").qrcode({{ width: 100, height: 100, text: window.location.href }});
  }});
  function doZoom(size) {{ $("#zoom, #zoom p, #zoom span").css("font-size", size + "px"); }}
</script>
<script src="{files}/aria.js.下载" charset="utf-8" id="ariascripts" wapforceoldfixed="false" defer=""></script>

</body></html>'''

html = PAGE.format(ulen=len(URL), url=URL, url_amp=URL.replace("&", "&amp;"), files=FILES, article=article)
with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write(html)
print(OUT, len(html))
