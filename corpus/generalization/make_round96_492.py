# -*- coding: utf-8 -*-
"""Writes 492_luyang_shi_gzbg_fengong_xxgk_pingtai.html: a 市政府办公室 notice on the
city's 政府信息公开平台, as Chrome's "网页，全部" save serialises it (LF, UTF-8)."""
import os

NAME = "492_luyang_shi_gzbg_fengong_xxgk_pingtai.html"
FILES = "./492_luyang_shi_gzbg_fengong_xxgk_pingtai_files"
URL = "http://xxgk.luyang.gov.cn/zfxxgk/fdzdgknr/zcwj/szfbwj/202502/t20250220_1186423.html"

# (number, task text, clause) ; part headings as ("H", text)
BODY = [
    ("H", "一、聚力扩大有效需求，推动经济持续回升向好"),
    ("1", "全市地区生产总值增长5.5%左右，规模以上工业增加值增长7%，固定资产投资增长6%，社会消费品零售总额增长5.5%。",
     "（责任市领导：邵建华；牵头单位：市发展改革委；配合单位：市统计局、市工业和信息化局、市商务局，各县（市、区）人民政府）"),
    ("2", "实施重点项目攻坚行动，全年安排市级重点项目300个、年度计划投资800亿元以上，新开工亿元以上项目120个。",
     "（责任市领导：邵建华；牵头单位：市发展改革委；配合单位：市自然资源和规划局、市住房城乡建设局、市生态环境局）"),
    ("3", "积极争取超长期特别国债、中央预算内投资和地方政府专项债券，全年争取各类上级资金100亿元以上。",
     "（责任市领导：邵建华；牵头单位：市财政局、市发展改革委；配合单位：市级各有关部门）"),
    ("4", "开展“潞享消费”系列促消费活动100场以上，落实汽车、家电以旧换新政策，培育夜间经济集聚区3个。",
     "（责任市领导：方国栋；牵头单位：市商务局；配合单位：市文化和旅游局、市财政局）"),
    ("5", "推动文旅深度融合，打造黄沙河夜游、古城研学等精品线路10条，全年接待游客增长10%以上。",
     "（责任市领导：欧阳静；责任单位：市文化和旅游局）"),
    ("6", "大力招商引资，全年新签约亿元以上项目150个，实际到位市外资金增长8%。",
     "（责任市领导：韩启明、方国栋；牵头单位：市投资促进中心；配合单位：市商务局，潞阳高新区管委会，各县（市、区）人民政府）"),
    ("H", "二、聚力产业转型升级，加快构建现代化产业体系"),
    ("7", "实施制造业“链长制”，围绕新材料、装备制造、绿色食品3条主导产业链精准招商、延链补链，全年新增规模以上工业企业60家。",
     "（责任市领导：方国栋；牵头单位：市工业和信息化局；配合单位：市发展改革委、市科技局）"),
    ("8", "推进工业企业技术改造，实施技改项目100个以上，新增省级智能工厂和数字化车间15个。",
     "（责任市领导：方国栋；责任单位：市工业和信息化局）"),
    ("9", "深化创新驱动，全社会研发经费投入强度达到2.1%，新认定高新技术企业80家、科技型中小企业400家。",
     "（责任市领导：方国栋；牵头单位：市科技局；配合单位：市财政局、市统计局、潞阳高新区管委会）"),
    ("10", "加快数字经济发展，新建5G基站800个，推动1000家中小企业“上云用数赋智”。",
     "（责任市领导：欧阳静、方国栋；牵头单位：市数据局、市工业和信息化局；配合单位：市通信发展管理办公室）"),
    ("11", "推动现代服务业提质增效，培育现代物流、检验检测、工业设计等生产性服务业，新增规模以上服务业企业50家。",
     "（责任市领导：邵建华；牵头单位：市发展改革委；配合单位：市商务局、市交通运输局、市市场监管局）"),
    ("12", "支持潞阳高新区争创国家级高新区，推动开发区“亩均论英雄”改革，盘活低效工业用地3000亩。",
     "（责任市领导：方国栋、唐晓川；牵头单位：潞阳高新区管委会；配合单位：市自然资源和规划局、市工业和信息化局）"),
    ("13", "加强金融服务实体经济，全年新增各项贷款300亿元以上，推动2家企业上市或过会。",
     "（责任市领导：邵建华；牵头单位：市委金融办；配合单位：人民银行潞阳市分行、国家金融监督管理总局潞阳监管分局）"),
    ("H", "三、聚力改革开放，持续激发发展活力"),
    ("14", "深化国资国企改革，推进市属国有企业整合重组和市场化转型，完成3家国有企业混合所有制改革。",
     "（责任市领导：邵建华；责任单位：市国资委）"),
    ("15", "持续优化营商环境，推行“高效办成一件事”，政务服务事项网上可办率达到98%以上。",
     "（责任市领导：欧阳静；牵头单位：市政务服务管理局；配合单位：市数据局、市市场监管局、市司法局）"),
    ("16", "促进民营经济发展壮大，开展清理拖欠企业账款专项行动，全年新增经营主体3万户。",
     "（责任市领导：方国栋；牵头单位：市工业和信息化局、市市场监管局；配合单位：市财政局、市国资委）"),
    ("17", "扩大对外开放，支持外贸企业开拓国际市场，进出口总额增长6%，推动潞阳铁路物流园开行中欧班列50列。",
     "（责任市领导：方国栋；牵头单位：市商务局；配合单位：市交通运输局、潞阳海关）"),
    ("18", "深化财税体制改革，加强财政资源统筹，严格落实过紧日子要求，一般公共预算收入增长5%。",
     "（责任市领导：邵建华；牵头单位：市财政局；配合单位：市税务局）"),
    ("H", "四、聚力城乡融合，推进乡村全面振兴和新型城镇化"),
    ("19", "稳定粮食生产，全年粮食播种面积稳定在320万亩以上，新建高标准农田12万亩。",
     "（责任市领导：马俊；牵头单位：市农业农村局；配合单位：市自然资源和规划局、市水务局、市财政局）"),
    ("20", "巩固拓展脱贫攻坚成果，落实防止返贫监测帮扶机制，坚决守住不发生规模性返贫致贫底线。",
     "（责任市领导：马俊；牵头单位：市农业农村局；配合单位：市民政局、市人力资源社会保障局、市医保局，各县（市、区）人民政府）"),
    ("21", "发展乡村特色产业，培育市级以上农业产业化龙头企业20家，农产品加工业产值增长8%。",
     "（责任市领导：马俊；牵头单位：市农业农村局；配合单位：市供销社）"),
    ("22", "实施城市更新行动，改造老旧小区120个、城中村1500户，新建改造燃气、供排水等地下管网200公里。",
     "（责任市领导：唐晓川；牵头单位：市住房城乡建设局；配合单位：市发展改革委、市财政局、市城管局、市水务局）"),
    ("23", "完善综合交通网络，加快潞鄞高速公路、市区东外环建设，新改建农村公路300公里。",
     "（责任市领导：唐晓川；牵头单位：市交通运输局；配合单位：市自然资源和规划局、市财政局）"),
    ("24", "推进以县城为重要载体的新型城镇化建设，常住人口城镇化率提高1个百分点。",
     "（责任市领导：唐晓川；牵头单位：市发展改革委；配合单位：市住房城乡建设局、市公安局）"),
    ("H", "五、聚力生态文明建设，厚植绿色发展底色"),
    ("25", "深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在36微克/立方米以内，国省考断面水质优良比例达到90%。",
     "（责任市领导：唐晓川；牵头单位：市生态环境局；配合单位：市住房城乡建设局、市交通运输局、市农业农村局、市水务局）"),
    ("26", "加强黄沙河流域生态保护治理，全面落实河湖长制，完成水土流失综合治理面积80平方公里。",
     "（责任市领导：马俊；牵头单位：市水务局；配合单位：市林业局、市生态环境局）"),
    ("27", "科学推进国土绿化，完成营造林8万亩，森林覆盖率达到31.5%。",
     "（责任市领导：马俊；责任单位：市林业局）"),
    ("28", "积极稳妥推进碳达峰碳中和，严格能耗强度和碳排放控制，单位地区生产总值能耗下降2.5%。",
     "（责任市领导：邵建华；牵头单位：市发展改革委；配合单位：市工业和信息化局、市生态环境局、市统计局）"),
    ("H", "六、聚力保障和改善民生，扎实推进共同富裕"),
    ("29", "促进高质量充分就业，城镇新增就业3.5万人，城镇调查失业率控制在5.5%以内。",
     "（责任市领导：林静怡；牵头单位：市人力资源社会保障局；配合单位：市教育局、市财政局）"),
    ("30", "推动义务教育优质均衡发展，新建、改扩建中小学和幼儿园15所，新增学位1.2万个。",
     "（责任市领导：林静怡；牵头单位：市教育局；配合单位：市发展改革委、市财政局、市自然资源和规划局）"),
    ("31", "深化医药卫生体制改革，推进紧密型县域医共体建设，市第一人民医院新院区建成投用。",
     "（责任市领导：林静怡；牵头单位：市卫生健康委；配合单位：市医保局、市财政局）"),
    ("32", "健全多层次社会保障体系，城乡居民基本养老保险参保率稳定在95%以上，新建社区嵌入式养老服务中心20个。",
     "（责任市领导：林静怡；牵头单位：市民政局、市人力资源社会保障局；配合单位：市医保局、市卫生健康委）"),
    ("33", "统筹发展和安全，深入开展安全生产治本攻坚三年行动，坚决遏制较大以上生产安全事故。",
     "（责任市领导：韩启明、曹文博；牵头单位：市应急管理局；配合单位：市安委会各成员单位）"),
    ("34", "建设更高水平平安潞阳，扎实开展“八五”普法总结验收，推进扫黑除恶常态化，持续开展命案积案攻坚。",
     "（责任市领导：曹文博；牵头单位：市公安局；配合单位：市司法局、市信访局）"),
    ("H", "七、全面加强政府自身建设"),
    ("35", "坚持依法行政，认真执行市人大及其常委会的决议决定，办好人大代表建议和政协提案，按时办结率100%。",
     "（责任市领导：韩启明；牵头单位：市政府办公室；配合单位：市司法局，市政府各部门）"),
    ("36", "严格落实中央八项规定及其实施细则精神，加强审计监督和财会监督，持续为基层减负。",
     "（责任市领导：邵建华；牵头单位：市审计局、市财政局；配合单位：市政府各部门）"),
]

P_STYLE = 'style="text-indent: 2em; line-height: 2em; margin-top: 0px; margin-bottom: 0px; text-align: justify;"'
FS = 'font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;'
KT = 'font-family: 楷体_GB2312, 楷体; font-size: 16pt;'
HT = 'font-family: 黑体, SimHei; font-size: 16pt;'


def p(inner, style=P_STYLE):
    return '<p %s>%s</p>' % (style, inner)


def task_par(num, text, clause):
    if num == "13":
        # clause cut into two runs where Word changed a run property
        cl = ('<span style="%s">（责任市领导：邵建华；牵头单位：市委金融办；配合单位：人民银行潞阳市</span>'
              '<span style="%s">分行、国家金融监督管理总局潞阳监管分局）</span>') % (KT, KT)
    else:
        cl = '<span style="%s">%s</span>' % (KT, clause)
    return p('<span style="%s">%s.%s</span>%s' % (FS, num, text, cl))


def article():
    out = []
    out.append(p('<span style="%s">各县（市、区）人民政府，市政府各部门，各直属机构：</span>' % FS,
                 'style="line-height: 2em; margin-top: 0px; margin-bottom: 0px; text-align: justify;"'))
    out.append(p('<span style="%s">为全面贯彻落实市十七届人大四次会议精神，确保市政府工作报告确定的目标任务落到实处，经市政府同意，现将《2025年市政府工作报告》重点工作任务分工通知如下。各项任务由责任市领导统筹推进，牵头单位负总责，配合单位按照职责分工积极配合；只列责任单位的，由该单位负责落实。</span>' % FS))
    for item in BODY:
        if item[0] == "H":
            out.append(p('<span style="%s">%s</span>' % (HT, item[1])))
        else:
            out.append(task_par(*item))
    out.append(p('<span style="%s">各县（市、区）人民政府、市政府各部门要把落实《政府工作报告》作为全年工作的重中之重，主要负责同志要亲自研究部署，逐项细化工作措施，明确时间节点，确保按期完成。各牵头单位要切实履行牵头抓总责任，会同配合单位于2025年3月10日前制定具体落实方案报送市政府督查室，此后于每季度末月25日前报送工作进展情况。市政府督查室将对重点任务落实情况进行跟踪督查，督查结果纳入年度目标责任考核。</span>' % FS))
    out.append(p('<span style="%s">&nbsp;</span>' % FS))
    out.append(p('<span style="%s">潞阳市人民政府办公室</span>' % FS,
                 'style="text-align: right; line-height: 2em; margin-top: 0px; margin-bottom: 0px; margin-right: 4em;"'))
    out.append(p('<span style="%s">2025年2月18日</span>' % FS,
                 'style="text-align: right; line-height: 2em; margin-top: 0px; margin-bottom: 0px; margin-right: 4.5em;"'))
    out.append(p('<span style="%s">（此件公开发布）</span>' % FS))
    # TRS/UEditor keep everything on one line inside the content div
    return "".join(out)


LEFT_TREE = [
    ("政府信息公开指南", "zfxxgkzn/"), ("政府信息公开制度", "zfxxgkzd/"),
    ("法定主动公开内容", "fdzdgknr/"), ("政府信息公开年报", "zfxxgknb/"),
    ("依申请公开", "ysqgk/"), ("政府公报", "zfgb/"),
]
SUB = [("机构职能", "jgzn/"), ("政策文件", "zcwj/"), ("规划计划", "ghjh/"), ("财政资金", "czzj/"),
       ("重大建设项目", "zdjsxm/"), ("公共服务", "ggfw/"), ("人事信息", "rsxx/"), ("应急管理", "yjgl/")]


def page():
    title = "潞阳市人民政府办公室关于印发2025年市政府工作报告重点工作任务分工的通知"
    tree = []
    for t, h in LEFT_TREE:
        cls = ' class="on"' if t == "法定主动公开内容" else ""
        tree.append('<li%s><a href="http://xxgk.luyang.gov.cn/zfxxgk/%s" target="_self">%s</a>' % (cls, h, t))
        if t == "法定主动公开内容":
            tree.append('<ul class="sub">')
            for st, sh in SUB:
                scls = ' class="cur"' if st == "政策文件" else ""
                tree.append('<li%s><a href="http://xxgk.luyang.gov.cn/zfxxgk/fdzdgknr/%s">%s</a></li>' % (scls, sh, st))
            tree.append('</ul>')
        tree.append('</li>')
    tree = "\n                ".join(tree)

    return f'''<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}_潞阳市人民政府</title>
<meta name="SiteName" content="潞阳市人民政府">
<meta name="SiteDomain" content="www.luyang.gov.cn">
<meta name="SiteIDCode" content="1410000031">
<meta name="ColumnName" content="市政府办文件">
<meta name="ColumnType" content="政策文件">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2025-02-20 16:32">
<meta name="ContentSource" content="潞阳市人民政府办公室">
<meta name="Keywords" content="政府工作报告,任务分工">
<meta name="Description" content="{title}">
<link rel="stylesheet" type="text/css" href="{FILES}/common.css">
<link rel="stylesheet" type="text/css" href="{FILES}/xxgk_detail.css">
<script type="text/javascript" src="{FILES}/jquery-1.12.4.min.js.下载"></script>
<script type="text/javascript" src="{FILES}/common.js.下载"></script>
<style type="text/css">
.xxgk_table td{{border:1px solid #d7e3f0;padding:6px 10px;font-size:14px;}}
.xxgk_table .tit{{background:#f2f7fc;color:#333;width:110px;text-align:right;}}
</style>
<script async="" src="{FILES}/hm.js.下载"></script></head>
<body>
<div class="top_bar">
    <div class="w1200">
        <div class="fl">欢迎访问潞阳市人民政府信息公开平台！　今天是：<span id="today">2025年3月4日 星期二</span></div>
        <div class="fr"><a href="javascript:void(0);" id="wza">无障碍浏览</a> | <a href="http://www.luyang.gov.cn/" target="_blank">潞阳市人民政府门户网站</a> | <a href="http://www.luyang.gov.cn/gate/big5/xxgk.luyang.gov.cn/" target="_blank">繁體</a></div>
    </div>
</div>
<div class="header">
    <div class="w1200">
        <a class="logo" href="http://xxgk.luyang.gov.cn/"><img src="{FILES}/logo_xxgk.png" alt="潞阳市人民政府信息公开平台"></a>
        <div class="search">
            <form name="searchform" action="http://so.luyang.gov.cn/s" method="get" target="_blank">
                <input type="hidden" name="siteCode" value="1410000031">
                <input type="text" name="qt" class="s_input" placeholder="请输入关键字">
                <input type="submit" class="s_btn" value="搜索">
            </form>
        </div>
    </div>
</div>
<div class="nav">
    <ul class="w1200">
        <li><a href="http://xxgk.luyang.gov.cn/">首页</a></li>
        <li><a href="http://xxgk.luyang.gov.cn/zfxxgk/zfxxgkzn/">公开指南</a></li>
        <li><a href="http://xxgk.luyang.gov.cn/zfxxgk/zfxxgkzd/">公开制度</a></li>
        <li class="on"><a href="http://xxgk.luyang.gov.cn/zfxxgk/fdzdgknr/">法定主动公开内容</a></li>
        <li><a href="http://xxgk.luyang.gov.cn/zfxxgk/zfxxgknb/">公开年报</a></li>
        <li><a href="http://xxgk.luyang.gov.cn/zfxxgk/ysqgk/">依申请公开</a></li>
        <li><a href="http://xxgk.luyang.gov.cn/zfxxgk/bmxxgk/">部门信息公开</a></li>
        <li><a href="http://xxgk.luyang.gov.cn/zfxxgk/xsqxxgk/">县（市、区）信息公开</a></li>
    </ul>
</div>
<div class="w1200 main clearfix">
    <div class="left_tree fl">
        <div class="tree_tit">公开目录</div>
        <div class="unit_sel">
            <select onchange="window.open(this.value,&#39;_self&#39;)">
                <option value="http://xxgk.luyang.gov.cn/zfxxgk/">市人民政府</option>
                <option value="http://xxgk.luyang.gov.cn/zfxxgk/szfbgs/" selected="selected">市人民政府办公室</option>
                <option value="http://xxgk.luyang.gov.cn/bmxxgk/sfgw/">市发展改革委</option>
                <option value="http://xxgk.luyang.gov.cn/bmxxgk/scz/">市财政局</option>
            </select>
        </div>
        <ul class="tree">
                {tree}
        </ul>
    </div>
    <div class="right_con fr">
        <div class="position">当前位置：<a href="http://xxgk.luyang.gov.cn/" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="http://xxgk.luyang.gov.cn/zfxxgk/fdzdgknr/" class="CurrChnlCls">法定主动公开内容</a>&nbsp;&gt;&nbsp;<a href="http://xxgk.luyang.gov.cn/zfxxgk/fdzdgknr/zcwj/" class="CurrChnlCls">政策文件</a>&nbsp;&gt;&nbsp;<a href="http://xxgk.luyang.gov.cn/zfxxgk/fdzdgknr/zcwj/szfbwj/" class="CurrChnlCls">市政府办文件</a></div>
        <table class="xxgk_table" width="100%" cellspacing="0" cellpadding="0" border="0">
            <tbody><tr>
                <td class="tit">索&ensp;引&ensp;号：</td><td>11140900MB1D73265K/2025-00041</td>
                <td class="tit">主题分类：</td><td>综合政务\\其他</td>
            </tr>
            <tr>
                <td class="tit">发布机构：</td><td>潞阳市人民政府办公室</td>
                <td class="tit">成文日期：</td><td>2025-02-18</td>
            </tr>
            <tr>
                <td class="tit">标&emsp;&emsp;题：</td><td colspan="3">{title}</td>
            </tr>
            <tr>
                <td class="tit">发文字号：</td><td>潞政办发〔2025〕4号</td>
                <td class="tit">发布日期：</td><td>2025-02-20</td>
            </tr>
            <tr>
                <td class="tit">有&ensp;效&ensp;性：</td><td>有效</td>
                <td class="tit">公开方式：</td><td>主动公开</td>
            </tr>
        </tbody></table>
        <div class="article">
            <h1 class="art_title">{title}</h1>
            <div class="art_wh">潞政办发〔2025〕4号</div>
            <div class="art_info">
                <span>发布时间：2025-02-20 16:32</span><span>来源：市政府办公室</span><span>浏览次数：<em id="clicknum">2386</em></span>
                <span class="fontsize">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
            </div>
            <div class="art_con" id="zoom">
                <div class="TRS_Editor"><div class="Custom_UnionStyle">{article()}</div></div>
            </div>
            <div class="xgjd">
                <div class="xgjd_tit">相关解读</div>
                <ul>
                    <li><a href="http://xxgk.luyang.gov.cn/zfxxgk/fdzdgknr/zcjd/202502/t20250221_1186590.html" target="_blank">【图解】一图读懂2025年潞阳市政府工作报告</a></li>
                    <li><a href="http://xxgk.luyang.gov.cn/zfxxgk/fdzdgknr/zcjd/202502/t20250221_1186602.html" target="_blank">【文字解读】《2025年市政府工作报告重点工作任务分工》政策解读</a></li>
                </ul>
            </div>
            <div class="art_tools">
                <a href="javascript:window.print();">【打印本页】</a>
                <a href="javascript:window.close();">【关闭窗口】</a>
                <span class="share">分享到：<a class="wx" href="javascript:void(0);" title="微信">微信</a><a class="wb" href="javascript:void(0);" title="新浪微博">微博</a></span>
            </div>
            <div class="art_page">
                <p>上一篇：<a href="http://xxgk.luyang.gov.cn/zfxxgk/fdzdgknr/zcwj/szfbwj/202502/t20250214_1185307.html">潞阳市人民政府办公室关于做好2025年春季农业生产工作的通知</a></p>
                <p>下一篇：<a href="http://xxgk.luyang.gov.cn/zfxxgk/fdzdgknr/zcwj/szfbwj/202502/t20250225_1187015.html">潞阳市人民政府办公室关于印发潞阳市2025年优化营商环境工作要点的通知</a></p>
            </div>
        </div>
    </div>
</div>
<div class="footer">
    <div class="w1200">
        <div class="f_links">
            <a href="http://www.luyang.gov.cn/wzdt/">网站地图</a> | <a href="http://www.luyang.gov.cn/lxwm/">联系我们</a> | <a href="http://www.luyang.gov.cn/mzsm/">免责声明</a>
        </div>
        <p>主办单位：潞阳市人民政府办公室&nbsp;&nbsp;&nbsp;&nbsp;承办单位：潞阳市数据局</p>
        <p>网站标识码：1410000031&nbsp;&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">ICP备05017342号-1</a>&nbsp;&nbsp;&nbsp;&nbsp;<img src="{FILES}/gongan.png">公网安备 14090202000118号</p>
        <p>地址：潞阳市人民路168号市政府大楼&nbsp;&nbsp;&nbsp;&nbsp;邮编：034000&nbsp;&nbsp;&nbsp;&nbsp;电话：0350-3021234</p>
        <div class="f_icons">
            <a href="https://bszs.conac.cn/sitename?method=show&amp;id=0C5E4A1B7F2E3D11E053012819AC58B7" target="_blank"><img src="{FILES}/red.png" alt="党政机关"></a>
            <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=1410000031&amp;url=http%3A%2F%2Fxxgk.luyang.gov.cn%2F" target="_blank"><img src="{FILES}/jiucuo.png" alt="政府网站找错"></a>
        </div>
    </div>
</div>
<script type="text/javascript">
function doZoom(size){{var z=document.getElementById('zoom');if(!z)return;z.style.fontSize=size+'px';var s=z.getElementsByTagName('span');for(var i=0;i<s.length;i++){{s[i].style.fontSize=size+'px';}}}}
</script>
<script type="text/javascript" src="{FILES}/count.js.下载"></script>

</body></html>'''


if __name__ == "__main__":
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(page())
    print(path)
