#!/usr/bin/env python3
"""Generate 330_lanjiang_sheng_zhongdian_fengong.html and its gold (round 57).

The page imitates a 省人民政府 portal article: the 通知 and the 分工方案 pasted as
plain <p> text; each task's responsibility bracket is in 楷体 <span>s.
Gold fields are written out by hand next to each task below.
"""
import html as htmllib, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
SLUG = "330_lanjiang_sheng_zhongdian_fengong"

FS = '<span style="font-family:仿宋_GB2312;font-size:16pt;">'
KT = '<span style="font-family:楷体;font-size:16pt;">'
KT2 = '<span style="font-family: 楷体; font-size: 16pt">'
HT = '<span style="font-family:黑体;font-size:16pt;">'
E = '</span>'
P = '<p style="text-indent:2em;line-height:1.75em;">'

CN = "零一二三四五六七八九十"


def cn(n):
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n - 10] if n > 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


# (section heading or None, task body html after the marker, gold dict)
# body html: text span(s) + clause span(s); the marker （N） is prepended by the builder.
T = []


def sec(h):
    T.append(("sec", h))


def task(body, units, lead, coop):
    T.append(("task", body, units, lead, coop))


sec("一、着力推动经济持续回升向好")
task(FS + "扩大有效投资。深入实施“三个一批”（谋划一批、储备一批、开工一批）项目建设行动，全年实施省重点项目1200个以上、完成投资4500亿元以上。积极争取超长期特别国债和地方政府专项债券支持，专项债券资金用于项目资本金的比例提高到25%。" + E
     + KT + "（省发展改革委、省财政厅、省自然资源厅、省生态环境厅负责）" + E,
     ["省发展改革委", "省财政厅", "省自然资源厅", "省生态环境厅"], ["省发展改革委"], ["省财政厅", "省自然资源厅", "省生态环境厅"])
task(FS + "促进消费扩容提质。开展“消费提振年”活动，稳定和扩大汽车、家居、电子产品等大宗消费，培育数字消费、绿色消费、健康消费等新型消费，社会消费品零售总额增长6%左右。" + E
     + KT + "（省商务厅牵头，省发展改革委、省文化和旅游厅、省市场监管局按职责分工负责）" + E,
     ["省商务厅", "省发展改革委", "省文化和旅游厅", "省市场监管局"], ["省商务厅"], ["省发展改革委", "省文化和旅游厅", "省市场监管局"])
task(FS + "稳住外贸外资基本盘。实施外贸主体培育行动，支持企业参加境外重点展会200场次以上，推动跨境电商综试区提质扩面；落实外资准入负面清单，实际使用外资保持稳定。" + E
     + KT + "（省商务厅、澜州海关牵头，省发展改革委、省交通运输厅、人民银行澜江省分行配合）" + E,
     ["省商务厅", "澜州海关", "省发展改革委", "省交通运输厅", "人民银行澜江省分行"], ["省商务厅", "澜州海关"], ["省发展改革委", "省交通运输厅", "人民银行澜江省分行"])
task(FS + "强化财政金融支撑。落实结构性减税降费政策，严格执行“两个只减不增”要求，确保新增减税降费及退税缓税缓费政策直达快享。" + E
     + KT + "（省财政厅、省税务局负责）" + E
     + FS + "加大对民营和小微企业信贷支持，普惠小微贷款余额增长15%以上，推动企业综合融资成本稳中有降。" + E
     + KT + "（省财政厅、省委金融办、人民银行澜江省分行、国家金融监督管理总局澜江监管局负责）" + E,
     ["省财政厅", "省税务局", "省委金融办", "人民银行澜江省分行", "国家金融监督管理总局澜江监管局"], ["省财政厅"],
     ["省税务局", "省委金融办", "人民银行澜江省分行", "国家金融监督管理总局澜江监管局"])

sec("二、加快构建现代化产业体系")
task(FS + "推进新型工业化。实施《澜江省制造业重点产业链高质量发展行动方案（2024—2026年）》，健全省领导牵头联系重点产业链工作机制，培育省级专精特新中小企业300家以上，规模以上工业增加值增长7%左右。" + E
     + KT + "（省工业和信息化厅牵头，省发展改革委、省科技厅参与）" + E,
     ["省工业和信息化厅", "省发展改革委", "省科技厅"], ["省工业和信息化厅"], ["省发展改革委", "省科技厅"])
task(FS + "深入实施&ldquo;人工智能+&rdquo;行动。建设澜州人工智能计算中心二期，开放100个以上行业应用场景，推动数据要素市场化配置改革，组建省数据集团（以下简称“数据集团”）。" + E
     + KT + "（牵头单位：省数据局；" + E + KT2 + "协同单位：省工业和信息化厅、省科技厅、省委网信办、省政府国资委）" + E,
     ["省数据局", "省工业和信息化厅", "省科技厅", "省委网信办", "省政府国资委"], ["省数据局"], ["省工业和信息化厅", "省科技厅", "省委网信办", "省政府国资委"])
task(FS + "培育壮大战略性新兴产业和未来产业。实施战略性新兴产业集群发展工程，新能源汽车产量突破30万辆，新型储能装机规模达到150万千瓦；前瞻布局低空经济、生物制造等未来产业。" + E
     + KT + "（省发展改革委、省工业和信息化厅、省科技厅、省能源局负责）" + E,
     ["省发展改革委", "省工业和信息化厅", "省科技厅", "省能源局"], ["省发展改革委"], ["省工业和信息化厅", "省科技厅", "省能源局"])
task(FS + "促进数字经济和实体经济深度融合。新建5G基站1.2万个，推动规模以上工业企业数字化改造全覆盖，打造省级智能工厂和数字化车间100个。" + E
     + KT + "（省数据局、省通信管理局、" + E + KT + "省工业和信息化厅负责）" + E,
     ["省数据局", "省通信管理局", "省工业和信息化厅"], ["省数据局"], ["省通信管理局", "省工业和信息化厅"])
task(FS + "推动服务业提质增效。大力发展现代物流、研发设计、检验检测等生产性服务业，降低全社会物流成本；推动家政、养老、托育等生活性服务业扩容提质。" + E
     + KT + "（省发展改革委、省商务厅、省交通运输厅、省邮政管理局负责）" + E,
     ["省发展改革委", "省商务厅", "省交通运输厅", "省邮政管理局"], ["省发展改革委"], ["省商务厅", "省交通运输厅", "省邮政管理局"])

sec("三、深入实施科教兴省战略和人才强省战略")
task(FS + "加快建设高质量教育体系。新建改扩建公办幼儿园100所，推进县域普通高中振兴计划，实施职业院校（含技工院校）办学条件达标工程，支持澜江大学“双一流”建设。" + E
     + KT + "（省教育厅、省人力资源社会保障厅、<br />省财政厅负责）" + E,
     ["省教育厅", "省人力资源社会保障厅", "省财政厅"], ["省教育厅"], ["省人力资源社会保障厅", "省财政厅"])
task(FS + "提升科技创新能力。推进澜江实验室建设，争创全国重点实验室2家以上；高新技术企业数量突破8000家，全社会研发经费投入增长12%以上。" + E
     + KT + "（省科技厅会同省发展改革委、省财政厅、省统计局负责）" + E,
     ["省科技厅", "省发展改革委", "省财政厅", "省统计局"], ["省科技厅"], ["省发展改革委", "省财政厅", "省统计局"])
task(FS + "强化人才支撑。深化“澜江英才计划”，全年引进高层次人才和急需紧缺人才2万名以上，新增高技能人才5万人。" + E
     + KT + "（省委组织部、省人力资源社会保障厅、省科技厅、省教育厅负责）" + E,
     ["省委组织部", "省人力资源社会保障厅", "省科技厅", "省教育厅"], ["省委组织部"], ["省人力资源社会保障厅", "省科技厅", "省教育厅"])

sec("四、坚定不移深化改革扩大开放")
task(FS + "持续优化营商环境。深入实施《澜江省优化营商环境条例》，推进“高效办成一件事”，全年新增13个重点事项一次办；开展涉企违规收费专项整治。" + E
     + KT + "（省政府办公厅、省发展改革委、省市场监管局、省司法厅负责）" + E,
     ["省政府办公厅", "省发展改革委", "省市场监管局", "省司法厅"], ["省政府办公厅"], ["省发展改革委", "省市场监管局", "省司法厅"])
task(FS + "深化国资国企改革。深入实施国有企业改革深化提升行动，推动省属企业战略性重组和专业化整合，完成3户以上省属企业重组整合。" + E
     + KT + "（省政府国资委负责）" + E,
     ["省政府国资委"], ["省政府国资委"], [])
task(FS + "促进民营经济发展壮大。建立由省领导牵头、省直部门负责人配合的常态化政企沟通机制（每季度至少召开1次），开展拖欠企业账款清理行动，依法保护民营企业产权和企业家权益。" + E
     + KT + "（省发展改革委、省工商联、省市场监管局负责）" + E,
     ["省发展改革委", "省工商联", "省市场监管局"], ["省发展改革委"], ["省工商联", "省市场监管局"])
task(FS + "实施自由贸易试验区提升战略。推动中国（澜江）自由贸易试验区（以下简称澜江自贸试验区）制度创新，形成省级以上制度创新成果20项以上。" + E
     + KT + "（省商务厅，澜州市人民政府、岷阳市人民政府负责）" + E,
     ["省商务厅", "澜州市人民政府", "岷阳市人民政府"], ["省商务厅"], ["澜州市人民政府", "岷阳市人民政府"])

sec("五、学习运用“千万工程”经验，推进乡村全面振兴")
task(FS + "全力抓好粮食生产。粮食播种面积稳定在4800万亩以上、总产量稳定在300亿斤以上，新建和改造提升高标准农田150万亩。" + E
     + KT + "（省农业农村厅（省乡村振兴局）、省粮食和物资储备局、省自然资源厅、省水利厅负责）" + E,
     ["省农业农村厅（省乡村振兴局）", "省粮食和物资储备局", "省自然资源厅", "省水利厅"], ["省农业农村厅（省乡村振兴局）"], ["省粮食和物资储备局", "省自然资源厅", "省水利厅"])
task(FS + "巩固拓展脱贫攻坚成果。健全防止返贫动态监测和帮扶机制，坚决守住不发生规模性返贫底线；脱贫劳动力务工规模稳定在150万人以上。" + E
     + KT + "（省农业农村厅（省乡村振兴局）负责）" + E,
     ["省农业农村厅（省乡村振兴局）"], ["省农业农村厅（省乡村振兴局）"], [])
task(FS + "建设宜居宜业和美乡村。深入实施农村人居环境整治提升五年行动，农村卫生厕所普及率达到78%，新建改建农村公路3000公里。" + E
     + KT + "（省农业农村厅（省乡村振兴局）、省住房城乡建设厅、省交通运输厅、省生态环境厅负责）" + E,
     ["省农业农村厅（省乡村振兴局）", "省住房城乡建设厅", "省交通运输厅", "省生态环境厅"], ["省农业农村厅（省乡村振兴局）"], ["省住房城乡建设厅", "省交通运输厅", "省生态环境厅"])

sec("六、推进新型城镇化和区域协调发展")
task(FS + "推进以人为本的新型城镇化。实施城市更新行动，改造城镇老旧小区1500个，新开工保障性住房2.3万套" + E
     + KT + "（省住房城乡建设厅负责）" + E
     + FS + "。推动符合条件的农业转移人口落户城镇，常住人口城镇化率提高1个百分点。" + E
     + KT + "（省住房城乡建设厅、省发展改革委、省公安厅负责）" + E,
     ["省住房城乡建设厅", "省发展改革委", "省公安厅"], ["省住房城乡建设厅"], ["省发展改革委", "省公安厅"])
task(FS + "推动澜州都市圈建设。加快澜州至岷阳城际铁路建设，推进公共服务共建共享和“跨城通办”，澜州都市圈经济总量占全省比重提高到45%。" + E
     + KT + "（省发展改革委，澜州市人民政府、岷阳市人民政府负责）" + E,
     ["省发展改革委", "澜州市人民政府", "岷阳市人民政府"], ["省发展改革委"], ["澜州市人民政府", "岷阳市人民政府"])

sec("七、加强生态文明建设，推进绿色低碳发展")
task(FS + "持续打好污染防治攻坚战。细颗粒物（PM2.5）平均浓度控制在30微克/立方米以内，地表水国控断面水质优良比例稳定在95%以上，土壤安全利用率保持在93%以上。" + E
     + KT + "（省生态环境厅、省住房城乡建设厅、省水利厅、省农业农村厅（省乡村振兴局）负责）" + E,
     ["省生态环境厅", "省住房城乡建设厅", "省水利厅", "省农业农村厅（省乡村振兴局）"], ["省生态环境厅"], ["省住房城乡建设厅", "省水利厅", "省农业农村厅（省乡村振兴局）"])
task(FS + "积极稳妥推进碳达峰碳中和。落实碳达峰十大行动，推动能耗双控逐步转向碳排放总量和强度双控，新增新能源装机600万千瓦以上。" + E
     + KT + "（省发展改革委、省能源局、省生态环境厅、省工业和信息化厅负责）" + E,
     ["省发展改革委", "省能源局", "省生态环境厅", "省工业和信息化厅"], ["省发展改革委"], ["省能源局", "省生态环境厅", "省工业和信息化厅"])
task(FS + "加强生态保护修复。统筹推进山水林田湖草沙一体化保护和系统治理，全面推行林长制、河湖长制，完成营造林200万亩，治理水土流失面积1800平方公里。" + E
     + KT + "（省林业局、省自然资源厅、省水利厅负责）" + E,
     ["省林业局", "省自然资源厅", "省水利厅"], ["省林业局"], ["省自然资源厅", "省水利厅"])

sec("八、切实保障和改善民生")
task(FS + "千方百计稳定和扩大就业。落实就业优先政策，城镇新增就业55万人以上，城镇调查失业率控制在5.5%以内；做好高校毕业生、农民工、退役军人等重点群体就业工作。" + E
     + "</p>\n" + '<p style="text-indent:2em;line-height:1.75em;">' + KT + "（省人力资源" + E + KT + "社会保障厅、省教育厅、省退役军人事务厅、省财政厅负责）" + E,
     ["省人力资源社会保障厅", "省教育厅", "省退役军人事务厅", "省财政厅"], ["省人力资源社会保障厅"], ["省教育厅", "省退役军人事务厅", "省财政厅"])
task(FS + "推进健康澜江建设。推动国家区域医疗中心建设，深化医保、医疗、医药协同发展和治理，每个县（市、区）至少建成1家二级甲等以上综合医院。" + E
     + KT + "（省卫生健康委会同省医保局、省药监局负责）" + E,
     ["省卫生健康委", "省医保局", "省药监局"], ["省卫生健康委"], ["省医保局", "省药监局"])
task(FS + "健全社会保障体系。稳步提高城乡居民基础养老金最低标准，推进基本养老保险全国统筹，加强低收入人口动态监测和常态化救助帮扶。" + E
     + KT + "（省人力资源社会保障厅、省民政厅、省医保局负责）" + E,
     ["省人力资源社会保障厅", "省民政厅", "省医保局"], ["省人力资源社会保障厅"], ["省民政厅", "省医保局"])
task(FS + "繁荣发展文化体育事业。深化全国文明城市创建，实施文化惠民工程，推进“村晚”“村BA”等群众性文体活动，办好澜江省第十五届运动会。" + E
     + KT + "（省委宣传部、省文化和旅游厅、省广电局、省体育局负责）" + E,
     ["省委宣传部", "省文化和旅游厅", "省广电局", "省体育局"], ["省委宣传部"], ["省文化和旅游厅", "省广电局", "省体育局"])

sec("九、统筹高质量发展和高水平安全")
task(FS + "加强安全生产和防灾减灾救灾。深化安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”；提升洪涝、地质灾害等监测预警能力。" + E
     + KT + "（省应急管理厅牵头，<br />省公安厅、省交通运输厅、省住房城乡建设厅、省自然资源厅、省水利厅配合）" + E,
     ["省应急管理厅", "省公安厅", "省交通运输厅", "省住房城乡建设厅", "省自然资源厅", "省水利厅"], ["省应急管理厅"],
     ["省公安厅", "省交通运输厅", "省住房城乡建设厅", "省自然资源厅", "省水利厅"])
task(FS + "维护社会大局稳定。坚持和发展新时代“枫桥经验”，完成“八五”普法规划总结验收，依法打击各类违法犯罪活动，信访事项及时受理率达到99%。" + E
     + KT + "（省公安厅、省司法厅、省信访局负责）" + E,
     ["省公安厅", "省司法厅", "省信访局"], ["省公安厅"], ["省司法厅", "省信访局"])
task(FS + "防范化解重点领域风险。稳妥处置地方中小金融机构风险，落实一揽子化债方案，促进房地产市场平稳健康发展。" + E
     + KT + "（省委金融办、省财政厅、省住房城乡建设厅，各市（州）人民政府负责）" + E,
     ["省委金融办", "省财政厅", "省住房城乡建设厅", "各市（州）人民政府"], ["省委金融办"], ["省财政厅", "省住房城乡建设厅", "各市（州）人民政府"])

sec("十、全面加强政府自身建设")
task(FS + "建设人民满意的法治政府、廉洁政府。严格落实重大行政决策程序规定，全面推行行政执法“三项制度”；坚持政府过紧日子，一般性支出压减5%以上。" + E
     + KT + "（省司法厅、省财政厅、省审计厅，省直各部门负责）" + E,
     ["省司法厅", "省财政厅", "省审计厅", "省直各部门"], ["省司法厅"], ["省财政厅", "省审计厅", "省直各部门"])

# ---------------------------------------------------------------- page
HEAD = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="澜江省人民政府" />
<meta name="SiteDomain" content="www.lanjiang.gov.cn" />
<meta name="ColumnName" content="省政府文件" />
<meta name="ArticleTitle" content="澜江省人民政府关于印发2024年《政府工作报告》重点工作分工方案的通知" />
<meta name="PubDate" content="2024-02-08 17:30" />
<meta name="ContentSource" content="澜江省人民政府办公厅" />
<title>澜江省人民政府关于印发2024年《政府工作报告》重点工作分工方案的通知 - 澜江省人民政府门户网站</title>
<link href="/static/css/base.css" rel="stylesheet" type="text/css" />
<link href="/static/css/article.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/static/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript">
function printArticle() {
  var r = confirm("是否打印本页正文内容？\\n（打印前请确认已连接打印机）");
  if (r == true) {
    var bdhtml = window.document.body.innerHTML;
    var sprnstr = "<!--startprint-->";
    var eprnstr = "<!--endprint-->";
    var prnhtml = bdhtml.substr(bdhtml.indexOf(sprnstr) + 17);
    prnhtml = prnhtml.substring(0, prnhtml.indexOf(eprnstr));
    window.document.body.innerHTML = prnhtml;
    window.print();
    window.location.reload();
  }
}
</script>
</head>
<body>
<div class="topbar"><div class="wrap">
<span class="welcome">欢迎访问澜江省人民政府门户网站</span>
<ul class="toplinks"><li><a href="/">首页</a></li><li><a href="javascript:void(0)" onclick="setHome()">设为首页</a></li><li><a href="/wza/">无障碍浏览</a></li><li><a href="/en/">English</a></li><li><a href="/m/">手机版</a></li></ul>
</div></div>
<div class="header"><div class="wrap">
<a class="logo" href="/"><img src="/static/img/logo.png" alt="澜江省人民政府" /></a>
<div class="search"><form action="/search/" method="get" target="_blank"><input type="text" name="q" value="" placeholder="请输入您要搜索的内容" /><input type="submit" value="搜索" /></form></div>
</div></div>
<div class="nav"><div class="wrap"><ul>
<li><a href="/">首页</a></li>
<li><a href="/zjlj/">走进澜江</a></li>
<li class="on"><a href="/zwgk/">政务公开</a></li>
<li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li>
<li><a href="/sjfb/">数据发布</a></li>
</ul></div></div>
<div class="wrap">
<div class="location">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a> &gt; <a href="/zwgk/zcwj/szfwj/">省政府文件</a></div>
<div class="xxgk-table">
<table cellpadding="0" cellspacing="0" width="100%">
<tr><th>索 引 号：</th><td>000014349/2024-00052</td><th>分　　类：</th><td>国民经济管理、国有资产监管\\其他</td></tr>
<tr><th>发布机构：</th><td>澜江省人民政府</td><th>成文日期：</th><td>2024年02月06日</td></tr>
<tr><th>标　　题：</th><td colspan="3">澜江省人民政府关于印发2024年《政府工作报告》重点工作分工方案的通知</td></tr>
<tr><th>文　　号：</th><td>澜政发〔2024〕5号</td><th>发布日期：</th><td>2024年02月08日</td></tr>
</table>
</div>
<!--startprint-->
<div class="article">
<h1 class="article-title">澜江省人民政府关于印发2024年《政府工作报告》重点工作分工方案的通知</h1>
<div class="article-info"><span>来源：澜江省人民政府办公厅</span><span>发布时间：2024-02-08 17:30</span><span>浏览次数：<em id="views">5126</em></span><span class="font">字号：<a href="javascript:void(0)" onclick="fontZoom(18)">大</a> <a href="javascript:void(0)" onclick="fontZoom(16)">中</a> <a href="javascript:void(0)" onclick="fontZoom(14)">小</a></span></div>
<div class="article-content" id="UCAP-CONTENT">
"""

BODY_TOP = """<p style="text-align:center;"><span style="font-family:仿宋_GB2312;font-size:16pt;">澜政发〔2024〕5号</span></p>
<p><span style="font-family:仿宋_GB2312;font-size:16pt;">各市（州）人民政府，省人民政府各部门、各直属机构，中央驻澜有关单位：</span></p>
<p style="text-indent:2em;line-height:1.75em;"><span style="font-family:仿宋_GB2312;font-size:16pt;">为全面完成省十四届人大二次会议审议通过的《政府工作报告》确定的目标任务，省人民政府对报告提出的重点工作进行了分解，现将《2024年〈政府工作报告〉重点工作分工方案》印发给你们，并就有关事项通知如下：</span></p>
<p style="text-indent:2em;line-height:1.75em;"><span style="font-family:黑体;font-size:16pt;">一、压实工作责任。</span><span style="font-family:仿宋_GB2312;font-size:16pt;">各地各部门要把落实《政府工作报告》作为全年工作的重中之重，主要负责同志要亲自研究部署、牵头抓总，分管负责同志具体负责、靠前调度。分工方案中每项工作所列单位，排在第一位的为牵头单位，其余单位为配合单位；已标明牵头单位的，以标明的为准。牵头单位要会同配合单位在3月15日前制定具体落实措施，配合单位要主动配合、积极支持。</span></p>
<p style="text-indent:2em;line-height:1.75em;"><span style="font-family:黑体;font-size:16pt;">二、强化协调联动。</span><span style="font-family:仿宋_GB2312;font-size:16pt;">涉及多个部门的工作，牵头单位要加强统筹协调，配合单位要按照职责分工抓好落实；对工作中遇到的重大问题，要及时向省人民政府报告。</span></p>
<p style="text-indent:2em;line-height:1.75em;"><span style="font-family:黑体;font-size:16pt;">三、加强督查考核。</span><span style="font-family:仿宋_GB2312;font-size:16pt;">省人民政府办公厅（省政府督查室）要加强跟踪督办，各牵头单位于每季度末月25日前将工作进展情况报送省人民政府办公厅（联系电话：0861—87126530，电子邮箱：ljdcs@lanjiang.gov.cn），全年工作完成情况于12月10日前报送。督查结果纳入省直单位年度绩效考核。</span></p>
<p style="text-indent:2em;line-height:1.75em;"><span style="font-family:仿宋_GB2312;font-size:16pt;">附件：2024年《政府工作报告》重点工作分工方案</span></p>
<p style="text-align:right;line-height:1.75em;"><span style="font-family:仿宋_GB2312;font-size:16pt;">澜江省人民政府</span></p>
<p style="text-align:right;line-height:1.75em;"><span style="font-family:仿宋_GB2312;font-size:16pt;">2024年2月6日</span></p>
<p style="text-indent:2em;line-height:1.75em;"><span style="font-family:仿宋_GB2312;font-size:16pt;">（此件公开发布）</span></p>
<p><span style="font-family:黑体;font-size:16pt;">附件</span></p>
<p style="text-align:center;"><span style="font-family:方正小标宋简体;font-size:22pt;">2024年《政府工作报告》重点工作分工方案</span></p>
<p style="text-indent:2em;line-height:1.75em;"><span style="font-family:仿宋_GB2312;font-size:16pt;">2024年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。为确保《政府工作报告》确定的各项目标任务落到实处，现就重点工作分工如下：</span></p>
"""

BODY_END = """<p style="text-indent:2em;line-height:1.75em;"><span style="font-family:仿宋_GB2312;font-size:16pt;">各市（州）人民政府要结合实际抓好贯彻落实，省直有关部门要加强对口指导。本方案未列明的其他工作，由省直有关部门按照职责分工负责落实。</span></p>
"""

TAIL = """</div>
<div class="article-attach"><p>附件下载：</p><ul><li><a href="/zwgk/zcwj/szfwj/202402/P020240208573019384512.pdf" target="_blank">澜政发〔2024〕5号.pdf</a></li></ul></div>
</div>
<!--endprint-->
<div class="article-tools">
<div class="share"><span>分享到：</span><a href="javascript:void(0)" class="share-wx" title="分享到微信">微信</a><a href="javascript:void(0)" class="share-wb" title="分享到新浪微博">微博</a><a href="javascript:void(0)" class="share-qq" title="分享到QQ空间">QQ空间</a></div>
<div class="btns"><a href="javascript:void(0)" onclick="printArticle()">【打印本页】</a><a href="javascript:window.scrollTo(0,0)">【返回顶部】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="related">
<h3>相关链接</h3>
<ul>
<li><a href="/zwgk/zcjd/202402/t20240209_2871063.html" target="_blank">【政策解读】《2024年〈政府工作报告〉重点工作分工方案》解读</a><span>2024-02-09</span></li>
<li><a href="/zwgk/zcjd/202402/t20240209_2871071.html" target="_blank">【图解】一图读懂2024年省政府工作报告32项重点工作</a><span>2024-02-09</span></li>
<li><a href="https://www.gov.cn/zhengce/content/202403/content_6940154.htm" target="_blank">国务院关于落实《政府工作报告》重点工作分工的意见（国发〔2024〕6号）</a><span>2024-03-22</span></li>
<li><a href="/zwgk/zcwj/szfwj/202302/t20230214_2718834.html" target="_blank">澜江省人民政府关于印发2023年《政府工作报告》重点工作分工方案的通知（澜政发〔2023〕4号）</a><span>2023-02-14</span></li>
<li><a href="/zwgk/zcwj/szfbgtwj/202403/t20240305_2875512.html" target="_blank">澜江省人民政府办公厅关于建立省领导牵头联系重点产业链工作机制的通知</a><span>2024-03-05</span></li>
</ul>
</div>
</div>
<div class="footer"><div class="wrap">
<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a> | <a href="/yssm/">隐私声明</a></p>
<p>主办：澜江省人民政府办公厅　承办：澜江省大数据中心</p>
<p>网站标识码：8600000012　<a href="https://beian.miit.gov.cn/" target="_blank">澜ICP备05003127号</a>　<img src="/static/img/ga.png" alt="" />澜公网安备 86010202000218号</p>
<p>建议使用1366×768分辨率 IE9.0以上版本浏览器</p>
<div class="jiucuo"><script id="_jiucuo_" sitecode="8600000012" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>
</div></div>
<script type="text/javascript">
$(function(){ $.get("/api/views?id=2871058", function(d){ $("#views").text(d.count); }); });
function fontZoom(size){ $("#UCAP-CONTENT p, #UCAP-CONTENT span").css("font-size", size + "px"); }
</script>
</body>
</html>
"""


def main():
    out = [HEAD, BODY_TOP]
    gold = []
    n = 0
    for item in T:
        if item[0] == "sec":
            out.append('<p style="text-indent:2em;line-height:1.75em;">' + HT + item[1] + E + "</p>\n")
            continue
        _, body, units, lead, coop = item
        n += 1
        marker = "（" + cn(n) + "）"
        # the marker sits in its own run in some paragraphs, as Word pastes do
        if n % 7 == 3:
            html = P + FS + marker + E + body + "</p>\n"
        else:
            html = P + body.replace(FS, FS + marker, 1) + "</p>\n"
        out.append(html)
        plain = htmllib.unescape(re.sub(r"<[^>]+>", "", body))
        gold.append({"id": str(n), "head": plain[:12], "responsible_units": units,
                     "lead_units": lead, "cooperating_units": coop, "leaders": []})
    out.append(BODY_END)
    out.append(TAIL)
    html = "".join(out)
    with open(os.path.join(HERE, SLUG + ".html"), "w", encoding="utf-8") as f:
        f.write(html)
    with open(os.path.join(HERE, SLUG + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    return gold


if __name__ == "__main__":
    g = main()
    print(len(g), "tasks written")
