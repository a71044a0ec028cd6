# -*- coding: utf-8 -*-
"""Writes 471_yanling_shi_gzbg_renwu_fenjie.html: a 市政府办公室 notice on the city
portal's 政府信息公开 page, saved by Chrome as "网页，全部" (Webpage, Complete)."""
import os

NAME = "471_yanling_shi_gzbg_renwu_fenjie.html"
FILES = "./471_yanling_shi_gzbg_renwu_fenjie_files/"
URL = "http://www.yanling.gov.cn/zwgk/zfxxgk/fdzdgknr/zcwj/szfbgswj/202503/t20250303_1187654.html"

# (序号, 任务, 责任市领导, 牵头单位, 配合单位, 完成时限)
# leader/lead/deadline None => covered by the rowspan above
SECTIONS = [
 ("一、着力扩大有效需求，推动经济持续回升向好（5项）", [
  ("1", "实施重大项目攻坚行动，全年谋划储备重大项目500个以上，实施市级重点项目320个，完成年度投资680亿元以上。",
   ("郑文博", 2), ("市发展和改革委员会", 1), "市财政局、市自然资源和规划局、市生态环境局，各县（市、区）人民政府", ("2025年12月底", 5)),
  ("2", "积极争取超长期特别国债、地方政府专项债券等政策性资金，全年争取上级各类资金120亿元以上。",
   None, ("市财政局<br/>市发展和改革委员会", 1), "市直有关单位", None),
  ("3", "开展“消费提振年”活动，组织各类促消费活动200场以上，落实汽车、家电以旧换新政策，社会消费品零售总额增长6%。",
   ("贺晓岚", 3), ("市商务局", 1), "市财政局、市文化广电和旅游局、市市场监督管理局", None),
  ("4", "推动文旅深度融合发展，创建国家4A级旅游景区2家，打造夜间文旅消费集聚区3个，全年接待游客突破3000万人次。",
   None, ("市文化广电和旅游局", 1), "市发展和改革委员会、市交通运输局、市商务局", None),
  ("5", "稳定外贸外资基本盘，落实外贸企业帮扶政策，全年实际使用外资增长5%，进出口总额保持稳定。",
   None, ("市商务局", 1), "雁陵海关、市贸促会", None),
 ]),
 ("二、加快构建现代化产业体系，夯实高质量发展根基（7项）", [
  ("6", "实施制造业“强链补链”行动，围绕装备制造、新材料、绿色食品三大主导产业，新增规模以上工业企业80家，规上工业增加值增长7%。",
   ("曹立新", 3), ("市工业和信息化局", 1), "市发展和改革委员会、市科学技术局、市统计局", ("2025年12月底", 4)),
  ("7", "推动数字经济和实体经济深度融合，新建5G基站1200个，建设省级智能工厂和数字化车间30个。",
   None, ("市工业和信息化局<br/>市政务服务和大数据管理局", 1), "中国电信雁陵分公司、中国移动雁陵分公司、中国联通雁陵分公司", None),
  ("8", "开展高新技术企业倍增行动，新认定高新技术企业100家，全社会研发投入强度提高到2.3%。",
   None, ("市科学技术局", 1), "市财政局、国家税务总局雁陵市税务局", None),
  ("9", "大力发展现代物流、商务服务等生产性服务业，培育省级现代服务业集聚区2个。",
   ("郑文博", 1), ("市发展和改革委员会", 1), "市商务局、市交通运输局、市邮政管理局", None),
  ("10", "扛稳粮食安全政治责任，粮食播种面积稳定在420万亩以上，总产量保持在33亿斤以上。",
   ("罗海鹏", 3), ("市农业农村局", 3), "市发展和改革委员会、市自然资源和规划局、市水利局", ("2025年10月底", 1)),
  ("11", "新建和改造提升高标准农田18万亩，主要农作物耕种收综合机械化率达到88%。",
   None, None, "市财政局、市自然资源和规划局", ("2025年12月底", 2)),
  ("12", "培育壮大农产品加工业，新增市级以上农业产业化龙头企业20家。",
   None, None, "/", None),
 ]),
 ("三、深化重点领域改革，持续激发市场主体活力（5项）", [
  ("13", "深化“放管服”改革，推进“高效办成一件事”，政务服务事项全程网办率达到90%以上。",
   ("郑文博", 3), ("市政务服务和大数据管理局", 1), "市直各有关单位", ("持续推进", 2)),
  ("14", "持续优化营商环境，开展涉企违规收费专项整治，健全拖欠企业账款清偿长效机制。",
   None, ("市发展和改革委员会<br/>市市场监督管理局", 1), "市财政局、市司法局、市工业和信息化局", None),
  ("15", "深化国资国企改革，推动市属国有企业战略性重组和专业化整合。",
   None, ("市国资委", 1), "市财政局", ("2025年9月底", 1)),
  ("16", "推进开发区体制机制改革，全面推行“管委会+公司”运营模式。",
   ("曹立新", 2), ("市商务局", 1), "市委编办、市人力资源和社会保障局，各开发区管委会", ("2025年6月底", 1)),
  ("17", "促进民营经济发展壮大，落实支持民营企业发展政策措施，全年新增经营主体3万户。",
   None, ("市发展和改革委员会", 1), "市工商联、市市场监督管理局、市地方金融管理局", ("2025年12月底", 1)),
 ]),
 ("四、推进以人为本的新型城镇化，提升城乡发展品质（5项）", [
  ("18", "实施城市更新行动，改造城镇老旧小区86个、城中村4个，加装电梯100部。",
   ("沈佳音", 4), ("市住房和城乡建设局", 2), "市自然资源和规划局、市财政局，各县（市、区）人民政府", ("2025年12月底", 5)),
  ("19", "加快城市地下管网建设改造，新改建燃气、供水、排水管网150公里，消除易涝积水点12处。",
   None, None, "市城市管理局、雁陵水务集团有限公司", None),
  ("20", "提升城市精细化管理水平，开展市容环境综合整治，新建改建口袋公园20个。",
   None, ("市城市管理局", 1), "市公安局、市住房和城乡建设局、市自然资源和规划局", None),
  ("21", "加快交通基础设施建设，推进雁陵至桐溪高速公路建设，新改建农村公路500公里。",
   None, ("市交通运输局", 1), "市自然资源和规划局、市财政局", None),
  ("22", "学习运用“千万工程”经验，建设省级和美乡村示范村50个，农村生活污水治理率达到45%。",
   ("罗海鹏", 1), ("市农业农村局<br/>市生态环境局", 1), "市住房和城乡建设局，各县（市、区）人民政府", None),
 ]),
 ("五、加强生态环境保护，推动发展方式绿色转型（4项）", [
  ("23", "深入打好蓝天保卫战，持续推进工业企业深度治理和扬尘管控，PM2.5平均浓度控制在38微克/立方米以内。",
   ("沈佳音", 2), ("市生态环境局", 1), "市工业和信息化局、市公安局、市住房和城乡建设局、市交通运输局", ("2025年12月底", 4)),
  ("24", "深入打好碧水保卫战，全面落实河湖长制，国省控断面水质优良比例达到90%以上。",
   None, ("市生态环境局<br/>市水利局", 1), "市农业农村局、市住房和城乡建设局", None),
  ("25", "科学开展国土绿化，完成造林绿化8万亩，森林覆盖率稳定在32%以上。",
   ("罗海鹏", 1), ("市林业局", 1), "市自然资源和规划局", None),
  ("26", "积极稳妥推进碳达峰碳中和，实施重点行业节能降碳改造项目40个。",
   ("郑文博<br/>曹立新", 1), ("市发展和改革委员会", 1), "市工业和信息化局、市生态环境局", None),
 ]),
 ("六、持续保障和改善民生，扎实推进共同富裕（6项）", [
  ("27", "千方百计稳定和扩大就业，城镇新增就业4.5万人，城镇调查失业率控制在5.5%以内。",
   ("何　婧", 5), ("市人力资源和社会保障局", 1), "市教育局、市财政局、市农业农村局", ("2025年12月底", 5)),
  ("28", "推进义务教育优质均衡发展，新建、改扩建中小学和幼儿园25所，新增学位1.8万个。",
   None, ("市教育局", 1), "市发展和改革委员会、市财政局、市自然资源和规划局", None),
  ("29", "深化医药卫生体制改革，推进紧密型县域医共体建设，建成区域医疗中心2个。",
   None, ("市卫生健康委员会", 1), "市医疗保障局、市财政局", None),
  ("30", "健全多层次社会保障体系，城乡居民基本养老保险参保率稳定在95%以上。",
   None, ("市人力资源和社会保障局<br/>市医疗保障局", 1), "市民政局、国家税务总局雁陵市税务局", None),
  ("31", "发展养老托育服务，新建社区嵌入式养老服务设施30个，每千人口拥有3岁以下婴幼儿托位数达到4.5个。",
   None, ("市民政局", 1), "市卫生健康委员会", None),
  ("32", "深化安全生产治本攻坚三年行动，开展重点行业领域安全隐患排查整治，坚决遏制重特大事故发生。",
   ("郑文博、邱建军", 1), ("市应急管理局", 1), "市安委会各成员单位", ("持续推进", 1)),
 ]),
 ("七、统筹发展和安全，加强政府自身建设（3项）", [
  ("33", "推进更高水平平安雁陵建设，常态化开展扫黑除恶斗争，严厉打击电信网络诈骗等违法犯罪。",
   ("邱建军", 1), ("市公安局", 1), "市中级人民法院、市人民检察院、市司法局", ("持续推进", 1)),
  ("34", "深化法治政府建设，严格落实重大行政决策程序规定，推进严格规范公正文明执法。",
   ("郑文博", 2), ("市司法局", 1), "市直各有关单位", ("2025年12月底", 2)),
  ("35", "严格落实政府过紧日子要求，压减一般性支出，加强审计监督和财会监督。",
   None, ("市财政局", 1), "市审计局、市机关事务服务中心", None),
 ]),
]

TD = '<td style="border:1px solid #000000;padding:4px 6px;{st}"{rs}><p style="text-align:{al};line-height:1.5em;margin:0">{txt}</p></td>'

def td(txt, rs=1, al="center", st=""):
    r = ' rowspan="%d"' % rs if rs > 1 else ""
    if al == "left":
        st = st + "vertical-align:middle;"
    return TD.format(txt=txt, rs=r, al=al, st=st)

rows = []
rows.append('<tr style="height:36px">' + "".join(
    td('<strong><span style="font-family:黑体">%s</span></strong>' % h, st="width:%s;" % w)
    for h, w in [("序号", "6%"), ("重点工作任务", "40%"), ("责任市领导", "10%"),
                 ("牵头单位", "14%"), ("配合单位", "20%"), ("完成时限", "10%")]) + "</tr>")
for sec, tasks in SECTIONS:
    rows.append('<tr>' + '<td colspan="6" style="border:1px solid #000000;padding:4px 6px;">'
                '<p style="text-align:left;line-height:1.5em;margin:0"><strong><span style="font-family:楷体_GB2312,楷体">'
                + sec + '</span></strong></p></td></tr>')
    for no, text, ldr, lead, coop, dl in tasks:
        cells = [td(no), td(text, al="left")]
        if ldr:
            cells.append(td(ldr[0], ldr[1]))
        if lead:
            cells.append(td(lead[0], lead[1]))
        cells.append(td(coop))
        if dl:
            cells.append(td(dl[0], dl[1]))
        rows.append("<tr>" + "".join(cells) + "</tr>")
TABLE = ('<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;'
         'width:100%;font-size:14px;"><tbody>\n' + "\n".join(rows) + "\n</tbody></table>")

BODY_PARAS = [
 '<p style="text-indent:0;text-align:left">各县（市、区）人民政府，市政府各部门，各直属机构：</p>',
 '<p style="text-indent:2em">为全面完成市十七届人大四次会议审议通过的《政府工作报告》确定的各项目标任务，经市政府同意，现将《2025年市政府工作报告重点工作任务分解方案》印发给你们，并就有关事项通知如下：</p>',
 '<p style="text-indent:2em"><strong>一、提高思想认识。</strong>《政府工作报告》是市政府向全市人民作出的庄严承诺，是全年工作的总纲和行动指南。各地各部门要切实增强责任感和紧迫感，把落实《政府工作报告》作为推动高质量发展的重要抓手，确保各项任务落地见效。</p>',
 '<p style="text-indent:2em"><strong>二、压实工作责任。</strong>各项工作任务由责任市领导牵头推动，牵头单位负主要责任，配合单位按照职责分工积极配合。一项任务有多个牵头单位的，排在第一位的为主要牵头单位，负责统筹协调和汇总报送。各牵头单位要在3月15日前细化制定具体推进措施，明确时间表、路线图和责任人，报市政府督查室备案。</p>',
 '<p style="text-indent:2em"><strong>三、强化督查督办。</strong>市政府督查室要将《政府工作报告》重点工作任务落实情况纳入年度督查计划，实行月调度、季通报、年考核。各牵头单位于每季度最后一个月25日前将工作进展情况书面报送市政府督查室（联系电话：0559-6218305，电子邮箱：ylszfdcs@163.com），对工作推进不力、进度严重滞后的，按照有关规定严肃问责。</p>',
 '<p style="text-indent:2em">&nbsp;</p>',
 '<p style="text-indent:2em">附件：2025年市政府工作报告重点工作任务分解方案</p>',
 '<p style="text-indent:2em">&nbsp;</p>',
 '<p style="text-align:right;padding-right:2em">雁陵市人民政府办公室</p>',
 '<p style="text-align:right;padding-right:2em">2025年2月28日</p>',
 '<p style="text-indent:2em">（此件公开发布）</p>',
 '<p style="text-indent:0">&nbsp;</p>',
 '<p style="text-indent:0"><span style="font-family:黑体">附件</span></p>',
 '<p style="text-align:center"><strong><span style="font-family:方正小标宋简体;font-size:20px">2025年市政府工作报告重点工作任务分解方案</span></strong></p>',
]

TITLE = "雁陵市人民政府办公室关于印发2025年市政府工作报告重点工作任务分解方案的通知"

HTML = f'''<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{TITLE}_雁陵市人民政府</title>
<meta name="SiteName" content="雁陵市人民政府">
<meta name="SiteDomain" content="www.yanling.gov.cn">
<meta name="SiteIDCode" content="3409000017">
<meta name="ColumnName" content="市政府办公室文件">
<meta name="ColumnType" content="政策文件">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2025-03-03 09:42">
<meta name="ContentSource" content="雁陵市人民政府办公室">
<meta name="Keywords" content="政府工作报告,任务分解">
<meta name="Description" content="{TITLE}">
<link rel="stylesheet" type="text/css" href="{FILES}common.css">
<link rel="stylesheet" type="text/css" href="{FILES}xxgk_detail.css">
<script type="text/javascript" async="" src="{FILES}hm.js"></script><script type="text/javascript" src="{FILES}jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="{FILES}common.js"></script>
<script type="text/javascript" src="{FILES}jquery.qrcode.min.js"></script>
<script>
var _hmt = _hmt || [];
(function() {{
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?6f1c0a2e9b4d7e35c8a1f02d9e7b4c61";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
}})();
</script>
<style type="text/css">.TRS_Editor p{{font-size:16px;line-height:2em;margin:0.5em 0;}}.TRS_Editor td p{{font-size:14px;line-height:1.5em;text-indent:0;}}</style>
</head>
<body>
<!--无障碍-->
<div class="top-bar">
  <div class="w1200">
    <div class="fl">欢迎访问雁陵市人民政府门户网站！&nbsp;&nbsp;今天是：<span id="today">2025年3月12日 星期三</span></div>
    <div class="fr"><a href="javascript:void(0);" id="jtfz">繁體</a>|<a href="javascript:void(0);" onclick="aria.start()">无障碍浏览</a>|<a href="http://www.yanling.gov.cn/ydb/">移动版</a>|<a href="http://www.yanling.gov.cn/zwgk/wzdt/">网站地图</a></div>
  </div>
</div>
<div class="header">
  <div class="w1200">
    <div class="logo"><a href="http://www.yanling.gov.cn/"><img src="{FILES}logo.png" alt="雁陵市人民政府"></a></div>
    <div class="search">
      <form action="http://www.yanling.gov.cn/search/" method="get" target="_blank" id="searchform">
        <input type="text" name="searchWord" class="search-input" placeholder="请输入关键词" autocomplete="off">
        <input type="submit" value="搜索" class="search-btn">
      </form>
    </div>
  </div>
</div>
<div class="nav">
  <ul class="w1200">
    <li><a href="http://www.yanling.gov.cn/">首页</a></li>
    <li><a href="http://www.yanling.gov.cn/zjyl/">走进雁陵</a></li>
    <li><a href="http://www.yanling.gov.cn/zwdt/">政务动态</a></li>
    <li class="on"><a href="http://www.yanling.gov.cn/zwgk/">政务公开</a></li>
    <li><a href="http://www.yanling.gov.cn/zwfw/">政务服务</a></li>
    <li><a href="http://www.yanling.gov.cn/hdjl/">互动交流</a></li>
    <li><a href="http://www.yanling.gov.cn/ztzl/">专题专栏</a></li>
  </ul>
</div>
<div class="w1200 main">
  <div class="position">当前位置：<a href="http://www.yanling.gov.cn/">首页</a> &gt; <a href="http://www.yanling.gov.cn/zwgk/">政务公开</a> &gt; <a href="http://www.yanling.gov.cn/zwgk/zfxxgk/">政府信息公开</a> &gt; <a href="http://www.yanling.gov.cn/zwgk/zfxxgk/fdzdgknr/zcwj/">政策文件</a> &gt; <a href="http://www.yanling.gov.cn/zwgk/zfxxgk/fdzdgknr/zcwj/szfbgswj/">市政府办公室文件</a></div>
  <div class="xxgk-info">
    <table cellspacing="0" cellpadding="0" border="0" width="100%">
      <tbody><tr>
        <td class="t1">索&nbsp;引&nbsp;号：</td><td class="t2">11340900MB1578326F/2025-00412</td>
        <td class="t1">主题分类：</td><td class="t2">综合政务/其他</td>
      </tr>
      <tr>
        <td class="t1">发布机构：</td><td class="t2">雁陵市人民政府办公室</td>
        <td class="t1">成文日期：</td><td class="t2">2025-02-28</td>
      </tr>
      <tr>
        <td class="t1">文&nbsp;&nbsp;&nbsp;&nbsp;号：</td><td class="t2">雁政办〔2025〕6号</td>
        <td class="t1">发布日期：</td><td class="t2">2025-03-03</td>
      </tr>
      <tr>
        <td class="t1">名&nbsp;&nbsp;&nbsp;&nbsp;称：</td><td class="t2" colspan="3">{TITLE}</td>
      </tr>
      <tr>
        <td class="t1">有&nbsp;效&nbsp;性：</td><td class="t2">有效</td>
        <td class="t1">关&nbsp;键&nbsp;词：</td><td class="t2">政府工作报告；任务分解</td>
      </tr>
    </tbody></table>
  </div>
  <div class="article">
    <h1 class="article-title">{TITLE}</h1>
    <div class="article-sub">雁政办〔2025〕6号</div>
    <div class="article-info">
      <span>发布时间：2025-03-03 09:42</span><span>来源：市政府办公室</span><span>浏览次数：<em id="views">1836</em></span>
      <span class="font-size">字号：<a href="javascript:void(0);" onclick="doZoom(18)">大</a> <a href="javascript:void(0);" onclick="doZoom(16)">中</a> <a href="javascript:void(0);" onclick="doZoom(14)">小</a></span>
    </div>
    <div class="article-content" id="zoom">
<div class="TRS_Editor">
{chr(10).join(BODY_PARAS)}
{TABLE}
<p style="text-indent:2em">&nbsp;</p>
</div>
    </div>
    <div class="attach">
      <p>附件下载：</p>
      <ul>
        <li><a href="http://www.yanling.gov.cn/zwgk/zfxxgk/fdzdgknr/zcwj/szfbgswj/202503/P020250303419827365401.pdf" target="_blank">雁政办〔2025〕6号.pdf</a></li>
        <li><a href="http://www.yanling.gov.cn/zwgk/zfxxgk/fdzdgknr/zcwj/szfbgswj/202503/P020250303419827365402.docx" target="_blank">附件：2025年市政府工作报告重点工作任务分解方案.docx</a></li>
      </ul>
    </div>
    <div class="article-tools">
      <div class="share">分享到：<a class="share-wx" href="javascript:void(0);" title="微信">微信</a><a class="share-wb" href="javascript:void(0);" title="微博">微博</a><div id="qrcode" style="display: none;"><canvas width="110" height="110"></canvas></div></div>
      <div class="tools"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div>
    </div>
    <div class="related">
      <div class="related-title">相关阅读</div>
      <ul>
        <li><a href="http://www.yanling.gov.cn/zwgk/zfxxgk/fdzdgknr/zcwj/szfbgswj/202502/t20250217_1183021.html">雁陵市人民政府办公室关于印发雁陵市2025年民生实事项目实施方案的通知</a><span>2025-02-17</span></li>
        <li><a href="http://www.yanling.gov.cn/zwgk/zfxxgk/fdzdgknr/zcwj/szfbgswj/202502/t20250210_1181447.html">雁陵市人民政府办公室关于做好2025年春季农业生产工作的通知</a><span>2025-02-10</span></li>
        <li><a href="http://www.yanling.gov.cn/zwgk/zfxxgk/fdzdgknr/jdhy/202503/t20250304_1187902.html">图解：2025年市政府工作报告重点工作任务分解方案</a><span>2025-03-04</span></li>
      </ul>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w1200">
    <div class="footer-links"><a href="http://www.yanling.gov.cn/zwgk/lxwm/">联系我们</a>|<a href="http://www.yanling.gov.cn/zwgk/wzdt/">网站地图</a>|<a href="http://www.yanling.gov.cn/zwgk/yssm/">隐私声明</a></div>
    <p>主办单位：雁陵市人民政府办公室&nbsp;&nbsp;&nbsp;&nbsp;承办单位：雁陵市政务服务和大数据管理局</p>
    <p>网站标识码：3409000017&nbsp;&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">皖ICP备05012843号</a>&nbsp;&nbsp;&nbsp;&nbsp;<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=34090002000118" target="_blank"><img src="{FILES}gongan.png">皖公网安备 34090002000118号</a></p>
    <p>地址：雁陵市政务新区市民中心A座&nbsp;&nbsp;&nbsp;&nbsp;邮编：239000&nbsp;&nbsp;&nbsp;&nbsp;建议使用1366×768分辨率及以上浏览本站</p>
    <div class="footer-icons"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=3F1C82A04B2E1D9CE053022819ACB7A4" target="_blank"><img src="{FILES}red.png" alt="党政机关"></a><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3409000017&amp;url=http%3A%2F%2Fwww.yanling.gov.cn%2F" target="_blank"><img src="{FILES}jiucuo.png" alt="政府网站找错"></a></div>
  </div>
</div>
<script type="text/javascript" src="{FILES}aria.js" charset="utf-8"></script>
<script>
$(function(){{
  $("#qrcode").qrcode({{width:110,height:110,text:window.location.href}});
  $(".share-wx").hover(function(){{$("#qrcode").show();}},function(){{$("#qrcode").hide();}});
}});
</script>

</body></html>'''

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME), "w", encoding="utf-8", newline="\n") as f:
    f.write(HTML)
