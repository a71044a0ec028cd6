#!/usr/bin/env python3
# Writes 547_zhuyang_shi_minzhengju_gongzuo_yaodian.html: a 市民政局 article page
# (Hanweb-style CMS) as Chrome's "Save as > Webpage, Complete" writes it (LF line ends,
# DOM serialization, saved-from comment, _files links, parser-added <tbody>).
import os

NAME = "547_zhuyang_shi_minzhengju_gongzuo_yaodian.html"
URL = "http://mzj.zhuyang.gov.cn/art/2025/2/27/art_6712_248391.html"
TITLE = "渚阳市民政局关于印发《2025年全市民政工作要点》的通知"
FILES = "./" + TITLE + "_files/"

P_STYLE = "text-indent: 2em; line-height: 2em; text-align: justify;"
FS = "font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;"
KS = "font-family: 楷体_GB2312, 楷体; font-size: 16pt;"
HS = "font-family: 黑体, SimHei; font-size: 16pt;"

CN = "一二三四五六七八九十"

parts = [
 ("坚持和加强党的全面领导，推进民政系统全面从严治党", [
  ("深入学习贯彻党的二十届三中全会精神。",
   "把学习贯彻习近平总书记关于民政工作的重要论述和重要指示批示精神作为党组会议“第一议题”，健全学习、宣传、贯彻、督查闭环落实机制，确保党中央决策部署和省委、市委工作要求在全市民政系统落地见效。",
   "分管局领导：郑怀远；牵头科室（单位）：办公室；配合科室（单位）：机关党委"),
  ("压实全面从严治党主体责任。",
   "制定局党组落实全面从严治党主体责任清单，深化模范机关创建，推进清廉民政建设，持续整治形式主义为基层减负，加强养老机构、殡葬服务等重点领域廉政风险防控。",
   "分管局领导：郑怀远；牵头科室（单位）：机关党委；配合科室（单位）：人事科、局机关各科室、各直属单位"),
  ("加强民政干部队伍建设。",
   "统筹做好干部选拔任用、教育培训和日常管理监督，办好“民政大讲堂”，全年培训基层民政干部不少于800人次，推动年轻干部到基层一线和急难险重岗位历练。",
   "分管局领导：郑怀远；牵头科室（单位）：人事科"),
  ("做好民政宣传和意识形态工作。",
   "落实意识形态工作责任制，加强局门户网站和“渚阳民政”微信公众号管理，讲好民政故事，全年在省级以上媒体刊发民政工作信息不少于30篇。",
   "分管局领导：柯晓岚；牵头科室（单位）：办公室；配合科室（单位）：机关党委、市民政事业服务中心"),
 ]),
 ("兜住兜准兜好民生底线，健全分层分类社会救助体系", [
  ("加强低收入人口动态监测。",
   "将低保边缘家庭、刚性支出困难家庭纳入低收入人口动态监测范围，会同市人力资源社会保障局、市医保局等部门完善监测预警指标，推动社会救助由“保生存”向“防风险、促发展”拓展。",
   "分管局领导：邵立平；牵头科室（单位）：社会救助科；配合科室（单位）：市居民家庭经济状况核对中心、各县（市、区）民政局"),
  ("提升低保和特困供养规范化水平。",
   "按照省定标准动态调整城乡低保标准，城乡低保标准分别不低于每人每月780元、620元；深化社会救助领域群众身边不正之风和腐败问题集中整治，开展“回头看”。",
   "分管局领导：邵立平；牵头科室（单位）：社会救助科；配合科室（单位）：规划财务科"),
  ("做好临时救助和流浪乞讨人员救助管理。",
   "落实“先行救助”“分级审批”制度，开展“寒冬送温暖”“夏季送清凉”专项救助行动，加强站外托养机构监管，推进长期滞留人员寻亲落户。",
   "分管局领导：邵立平；牵头科室（单位）：社会救助科、市救助管理站；配合科室（单位）：社会事务科"),
  ("推进困难群众救助“一件事”改革。",
   "依托省社会救助信息平台，推行“一门受理、协同办理”，探索“政策找人”，困难群众主动发现率提高到60%以上。",
   "分管局领导：邵立平；牵头科室（单位）：市居民家庭经济状况核对中心；配合科室（单位）：社会救助科、规划财务科"),
 ]),
 ("积极应对人口老龄化，加快发展养老服务", [
  ("完善三级养老服务网络。",
   "新建县级特困供养服务设施（敬老院）2所，改造提升乡镇（街道）区域养老服务中心12个，新建社区嵌入式养老服务设施15个，实现街道综合养老服务中心全覆盖。",
   "分管局领导：蒋志鹏；牵头科室（单位）：养老服务科；配合科室（单位）：规划财务科、市养老服务指导中心"),
  ("发展老年助餐和居家养老服务。",
   "新增老年助餐点40个，为1200户特殊困难老年人家庭实施居家适老化改造，稳步推进家庭养老床位建设。",
   "分管局领导：蒋志鹏；牵头科室（单位）：养老服务科；配合科室（单位）：市养老服务指导中心"),
  ("加强养老机构综合监管。",
   "开展养老服务领域安全隐患排查整治，落实养老机构等级评定，加强预收费监管，防范化解养老服务领域非法集资风险。",
   "分管局领导：蒋志鹏；牵头科室（单位）：养老服务科；配合科室（单位）：政策法规科、市社会福利院"),
  ("推进公办养老机构改革。",
   "市社会福利院完成护理型床位改造200张，护理型床位占比达到70%以上，充分发挥公办养老机构兜底保障和示范引领作用。",
   "分管局领导：蒋志鹏、唐敏；牵头科室（单位）：市社会福利院；配合科室（单位）：养老服务科、规划财务科"),
 ]),
 ("加强儿童福利和未成年人保护", [
  ("落实孤儿和事实无人抚养儿童保障政策。",
   "按时足额发放基本生活费，实施孤儿和事实无人抚养儿童“助学工程”，做好成年后安置工作。",
   "分管局领导：柯晓岚；牵头科室（单位）：儿童福利科"),
  ("加强农村留守儿童和困境儿童关爱服务。",
   "深化“童伴渚阳”关爱行动，实现乡镇（街道）儿童督导员、村（居）儿童主任配备全覆盖，并开展全员轮训。",
   "分管局领导：柯晓岚；牵头科室（单位）：儿童福利科；配合科室（单位）：慈善事业促进和社会工作科、各县（市、区）民政局"),
  ("推进儿童福利机构优化提质和创新转型。",
   "市儿童福利院拓展康复、特教、社会工作等功能，建设区域性儿童养育康复中心，向社会困境儿童开放服务。",
   "分管局领导：柯晓岚；牵头科室（单位）：市儿童福利院；配合科室（单位）：儿童福利科"),
 ]),
 ("提升基本社会服务水平", [
  ("深化殡葬改革。",
   "推进节地生态安葬，新建或改扩建农村公益性公墓10处，开展殡葬服务收费专项检查，规范殡葬中介服务。",
   "分管局领导：唐敏；牵头科室（单位）：社会事务科；配合科室（单位）：市殡仪馆"),
  ("提升婚姻登记服务水平。",
   "推进婚姻登记“跨省通办”，建成市级结婚颁证大厅，深化婚俗改革实验，倡导简约适度婚俗礼仪。",
   "分管局领导：唐敏；牵头科室（单位）：社会事务科；配合科室（单位）：市婚姻登记中心"),
  ("加强残疾人福利工作。",
   "落实困难残疾人生活补贴和重度残疾人护理补贴“两项补贴”，推进精神障碍社区康复服务，服务覆盖率达到70%。",
   "分管局领导：唐敏；牵头科室（单位）：社会事务科"),
  ("做好区划地名工作。",
   "稳妥审慎开展行政区划调整，推进第二次全国地名普查成果转化，实施“乡村著名行动”，完成市际、县际界线联合检查。",
   "分管局领导：邵立平；牵头科室（单位）：区划地名科"),
 ]),
 ("推进基层治理和社会组织高质量发展", [
  ("加强城乡社区治理。",
   "指导完成村（社区）“两委”成员履职评估，推进社区减负增效，清理规范村级组织工作事项和机制牌子。",
   "分管局领导：蒋志鹏；牵头科室（单位）：基层政权建设和社区治理科；配合科室（单位）：政策法规科"),
  ("规范社会组织登记管理。",
   "开展“僵尸型”社会组织清理整治和年度检查，打击整治非法社会组织，推进行业协会商会乱收费治理。",
   "分管局领导：柯晓岚；牵头科室（单位）：社会组织管理科；配合科室（单位）：政策法规科、规划财务科"),
  ("发展慈善和社会工作。",
   "办好“渚阳慈善日”系列活动，推进乡镇（街道）社工站提质增效，培育发展志愿服务组织。",
   "分管局领导：柯晓岚；牵头科室（单位）：慈善事业促进和社会工作科"),
 ]),
 ("夯实民政事业发展保障", [
  ("加强民政法治建设。",
   "落实行政执法“三项制度”，开展民政领域法治宣传，做好行政复议应诉和规范性文件合法性审核。",
   "分管局领导：唐敏；牵头科室（单位）：政策法规科；配合科室（单位）：局机关各科室、各直属单位"),
  ("强化资金保障和监管。",
   "积极争取中央、省级民政资金，规范福利彩票公益金使用管理，开展民政资金专项审计。",
   "分管局领导：郑怀远；牵头科室（单位）：规划财务科"),
  ("抓好安全生产和信访维稳。",
   "压实民政服务机构安全生产责任，加强冬春火灾防控和汛期安全管理，依法及时就地解决群众合理诉求。",
   "分管局领导：蒋志鹏；牵头科室（单位）：办公室、养老服务科；配合科室（单位）：局机关各科室、各直属单位"),
  ("推进“智慧民政”建设。",
   "整合社会救助、养老服务、殡葬管理等业务系统，推动数据共享和民政服务“一网通办”。",
   "分管局领导：唐敏；牵头科室（单位）：市民政事业服务中心；配合科室（单位）：规划财务科、社会救助科、养老服务科"),
 ]),
]


def cn_num(n):
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return "十" + CN[n - 11]
    return CN[n // 10 - 1] + "十" + (CN[n % 10 - 1] if n % 10 else "")


def p(text, style=FS, pstyle=P_STYLE):
    return f'<p style="{pstyle}"><span style="{style}">{text}</span></p>'


body = []
A = body.append
A('<p style="text-align: center; line-height: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">渚民发〔2025〕6号</span></p>')
A('<p style="line-height: 2em; text-align: justify;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">各县（市、区）民政局，渚阳高新区社会事务局，局机关各科室、各直属单位：</span></p>')
A(p("现将《2025年全市民政工作要点》印发给你们，请结合实际，认真抓好贯彻落实。"))
A(p("各项任务明确了分管局领导、牵头科室（单位）和配合科室（单位）。分管局领导对分管任务负总责；牵头科室（单位）要细化工作措施，明确时间节点，加强统筹协调；配合科室（单位）要主动对接，按职责分工抓好落实。局办公室负责跟踪督办，各牵头科室（单位）于每季度末月25日前将任务进展情况报局办公室，全年工作完成情况于12月10日前报送。"))
A('<p style="text-align: right; line-height: 2em; padding-right: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">渚阳市民政局</span></p>')
A('<p style="text-align: right; line-height: 2em; padding-right: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">2025年2月26日</span></p>')
A(p("（此件公开发布）"))
A('<p style="text-align: center; line-height: 2em;"><br></p>')
A('<p style="text-align: center; line-height: 2em;"><strong><span style="font-family: 方正小标宋简体, 宋体; font-size: 22pt;">2025年全市民政工作要点</span></strong></p>')
A('<p style="text-align: center; line-height: 2em;"><br></p>')
A(p("2025年是“十四五”规划收官之年。全市民政工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，认真落实全国、全省民政工作会议和市委、市政府决策部署，聚焦基本民生保障、基层治理和基本社会服务等职责，兜牢民生底线，推动全市民政事业高质量发展。重点抓好以下工作："))
for i, (ptitle, items) in enumerate(parts, 1):
    A(p(f"{cn_num(i)}、{ptitle}", HS))
    for j, (lead, text, clause) in enumerate(items, 1):
        A(f'<p style="{P_STYLE}"><span style="{FS}"><strong>（{cn_num(j)}）{lead}</strong>{text}</span><span style="{KS}">（{clause}）</span></p>')
article = "\n".join(body)

page = f'''<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{TITLE}</title>
<meta name="SiteName" content="渚阳市民政局">
<meta name="SiteDomain" content="mzj.zhuyang.gov.cn">
<meta name="SiteIDCode" content="4331000027">
<meta name="ColumnName" content="计划总结">
<meta name="ColumnType" content="计划总结">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2025-02-27 09:41">
<meta name="ContentSource" content="办公室">
<meta name="Keywords" content="民政工作要点,任务分工">
<meta name="Description" content="现将《2025年全市民政工作要点》印发给你们，请结合实际，认真抓好贯彻落实。">
<meta name="Url" content="{URL}">
<link rel="stylesheet" type="text/css" href="{FILES}common.css">
<link rel="stylesheet" type="text/css" href="{FILES}article.css">
<script type="text/javascript" async="" src="{FILES}hm.js"></script><script type="text/javascript" src="{FILES}jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="{FILES}jquery.qrcode.min.js"></script>
<script type="text/javascript" src="{FILES}common.js"></script>
<script>
var _hmt = _hmt || [];
(function() {{
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?5f3c1d7e9a2b48c06e1f7a3d92b84c51";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
}})();
</script>
</head>
<body>
<div class="top-bar">
  <div class="w1200">
    <span class="fl">欢迎访问渚阳市民政局网站！　今天是：<span id="today">2025年3月4日 星期二</span></span>
    <span class="fr"><a href="http://www.zhuyang.gov.cn/" target="_blank">渚阳市人民政府</a> | <a href="javascript:void(0);" id="wza">无障碍浏览</a> | <a href="javascript:void(0);" id="lhms">长者模式</a> | <a href="http://mzj.zhuyang.gov.cn/col/col6790/index.html">移动版</a></span>
  </div>
</div>
<div class="header">
  <div class="w1200">
    <div class="logo"><a href="http://mzj.zhuyang.gov.cn/"><img src="{FILES}logo.png" alt="渚阳市民政局"></a></div>
    <div class="search">
      <form action="http://mzj.zhuyang.gov.cn/jrobot/search.do" method="get" target="_blank" name="searchform">
        <input type="hidden" name="webid" value="67">
        <input type="text" name="q" id="q" class="inp" placeholder="请输入关键字">
        <input type="submit" class="btn" value="搜索">
      </form>
    </div>
  </div>
</div>
<div class="nav">
  <ul class="w1200">
    <li><a href="http://mzj.zhuyang.gov.cn/">首页</a></li>
    <li><a href="http://mzj.zhuyang.gov.cn/col/col6701/index.html">机构概况</a></li>
    <li class="on"><a href="http://mzj.zhuyang.gov.cn/col/col6702/index.html">政务公开</a></li>
    <li><a href="http://mzj.zhuyang.gov.cn/col/col6703/index.html">民政动态</a></li>
    <li><a href="http://mzj.zhuyang.gov.cn/col/col6704/index.html">政策法规</a></li>
    <li><a href="http://mzj.zhuyang.gov.cn/col/col6705/index.html">办事服务</a></li>
    <li><a href="http://mzj.zhuyang.gov.cn/col/col6706/index.html">互动交流</a></li>
    <li><a href="http://mzj.zhuyang.gov.cn/col/col6707/index.html">专题专栏</a></li>
  </ul>
</div>
<div class="w1200 main">
  <div class="position">当前位置：<a href="http://mzj.zhuyang.gov.cn/">首页</a> &gt; <a href="http://mzj.zhuyang.gov.cn/col/col6702/index.html">政务公开</a> &gt; <a href="http://mzj.zhuyang.gov.cn/col/col6712/index.html">计划总结</a></div>
  <div class="xxgk-info">
    <table width="100%" border="0" cellspacing="0" cellpadding="0">
      <tbody><tr>
        <td class="t">索&nbsp;引&nbsp;号：</td><td>11431100MB1C27658W/2025-248391</td>
        <td class="t">发布机构：</td><td>渚阳市民政局</td>
      </tr>
      <tr>
        <td class="t">文&nbsp;&nbsp;&nbsp;&nbsp;号：</td><td>渚民发〔2025〕6号</td>
        <td class="t">成文日期：</td><td>2025-02-26</td>
      </tr>
      <tr>
        <td class="t">主题分类：</td><td>民政、扶贫、救灾</td>
        <td class="t">公开方式：</td><td>主动公开</td>
      </tr>
    </tbody></table>
  </div>
  <div class="article">
    <h1 class="art-title">{TITLE}</h1>
    <div class="art-info">
      <span>发布时间：2025-02-27 09:41</span>
      <span>信息来源：办公室</span>
      <span>浏览次数：<span id="hits">1376</span></span>
      <span class="font">【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
    </div>
    <div class="art-con" id="zoom">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
{article}
<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
    </div>
    <div class="art-tools">
      <div class="share">分享到：<a href="javascript:void(0);" class="wx" title="微信"></a><a href="javascript:void(0);" class="wb" title="微博"></a></div>
      <div class="qr">
        <div id="qrcode" title="{URL}"><canvas width="100" height="100" style="display: none;"></canvas><img alt="Scan me!" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAGQAAABkCAYAAABw4pVUAAAEAklEQVR4Xu2d0W7bMAxEm///6A0YsGFoUkmkKLu3fWVlS7w7iqLdz+fz+Xy5fv78+fPVbbJ8rEmH6Gy6d+e/zm+6W/tkxqRz7Vf7ZDvfS9IxZVOd+t9pjdyKiI0Jnk0Ny2vQAAAABJRU5ErkJggg==" style="display: block;"></div>
        <p>扫一扫在手机打开当前页</p>
      </div>
      <div class="btns"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div>
    </div>
    <div class="related">
      <h3>相关信息</h3>
      <ul>
        <li><a href="http://mzj.zhuyang.gov.cn/art/2025/1/20/art_6712_247106.html" target="_blank">渚阳市民政局2024年工作总结和2025年工作思路</a><span>2025-01-20</span></li>
        <li><a href="http://mzj.zhuyang.gov.cn/art/2025/2/14/art_6703_247990.html" target="_blank">全市民政工作会议召开</a><span>2025-02-14</span></li>
        <li><a href="http://mzj.zhuyang.gov.cn/art/2024/3/6/art_6712_231477.html" target="_blank">渚阳市民政局关于印发《2024年全市民政工作要点》的通知</a><span>2024-03-06</span></li>
        <li><a href="http://mzj.zhuyang.gov.cn/art/2025/2/21/art_6704_248215.html" target="_blank">渚阳市最低生活保障审核确认办法</a><span>2025-02-21</span></li>
      </ul>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w1200">
    <div class="links">
      <select onchange="if(this.value)window.open(this.value);"><option value="">—— 国家部委网站 ——</option><option value="http://www.mca.gov.cn/">中华人民共和国民政部</option></select>
      <select onchange="if(this.value)window.open(this.value);"><option value="">—— 市直部门网站 ——</option><option value="http://fgw.zhuyang.gov.cn/">渚阳市发展和改革委员会</option><option value="http://czj.zhuyang.gov.cn/">渚阳市财政局</option><option value="http://rsj.zhuyang.gov.cn/">渚阳市人力资源和社会保障局</option><option value="http://ybj.zhuyang.gov.cn/">渚阳市医疗保障局</option></select>
    </div>
    <div class="dzjg"><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=5A0C2E91B7F3D461E053012819AC7B28" target="_blank"><img id="imgConac" vspace="0" hspace="0" border="0" src="{FILES}red.png" data-bd-imgshare-binded="1"></a></span></div>
    <p>主办单位：渚阳市民政局&nbsp;&nbsp;&nbsp;承办单位：渚阳市民政事业服务中心&nbsp;&nbsp;&nbsp;地址：渚阳市滨江大道188号&nbsp;&nbsp;&nbsp;联系电话：0735-8826103</p>
    <p>网站标识码：4331000027&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">渚ICP备12004581号-1</a>&nbsp;&nbsp;&nbsp;<img src="{FILES}ga.png">公网安备 43110202000317号</p>
    <p>建议使用1366×768分辨率、IE10以上版本浏览器浏览本网站</p>
  </div>
</div>
<script type="text/javascript">
$(function(){{
  $("#qrcode").qrcode({{render:"canvas",width:100,height:100,text:window.location.href}});
  $.get("/module/visitcount/articlehits.jsp?colid=6712&artid=248391",function(d){{$("#hits").text($.trim(d));}});
}});
function doZoom(size){{ $("#zoom p, #zoom span").css("font-size", size+"px"); }}
</script>
<script id="_trs_ta_js" src="{FILES}ta.js" async="async" defer="defer"></script>

</body></html>'''

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)
with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.write(page)
print(out, len(page))
