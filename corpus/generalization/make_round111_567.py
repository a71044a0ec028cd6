#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes 567_linzhou_gaoxinqu_yingshang_renwu_fengong.html: a 高新区管委会 notice on its portal."""
import os

NAME = "567_linzhou_gaoxinqu_yingshang_renwu_fengong.html"

# (part heading, [rows]); row = (no, task, leader_cell or None (merged), lead_cell or None, coop, time)
# leader/lead cell: (html, rowspan)
PARTS = [
 ("一、打造高效便捷的政务环境（6项）", [
  ("1", "深化“一件事一次办”改革，年内新增企业开办、项目开工、员工招聘等高频“一件事”集成服务场景不少于10个，实现线上“一网通办”、线下“一窗综办”。",
   ("马　骏", 6), ("行政审批局", 1), "党政办公室、经济发展局、规划建设局、市场监管分局", "2025年6月底前"),
  ("2", "推行工业项目“拿地即开工”审批模式，全面落实区域评估成果共享，对带方案出让项目实行规划许可、施工许可并联审批。",
   None, ("行政审批局<br/>规划建设局", 1), "自然资源和规划分局、生态环境分局、城建集团", "2025年12月底前"),
  ("3", "建立重点项目“帮办代办”专员队伍，为省市重点项目和亿元以上产业项目提供从签约到投产全流程免费帮办代办服务。",
   None, ("行政审批局", 3), "投资促进局、各平台公司", "持续推进"),
  ("4", "推进政务服务中心“综合窗口”改革，设立“办不成事”反映窗口和企业诉求服务专区，实行企业诉求“接诉即办”。",
   None, None, "/", "2025年4月底前"),
  ("5", "加快政务数据共享应用，推动电子证照在企业登记、工程建设、涉企经营许可等领域“免提交”，年内电子证照调用量较上年增长30%以上。",
   None, None, "党政办公室、市场监管分局", "2025年10月底前"),
  ("6", "落实12345政务服务便民热线与营商环境投诉举报平台联动机制，涉企诉求按时办结率达到100%，满意率不低于95%。",
   None, ("党政办公室", 1), "各局（部、办）、各平台公司", "持续推进"),
 ]),
 ("二、构建有力有效的要素保障环境（6项）", [
  ("7", "实施工业用地“标准地”出让改革，新出让工业用地“标准地”占比不低于80%，推行长期租赁、先租后让、弹性年期等供地方式。",
   ("黎晓峰", 4), ("自然资源和规划分局", 1), "经济发展局、投资促进局、财政金融局", "2025年12月底前"),
  ("8", "开展批而未供和闲置土地专项处置，全年盘活低效工业用地不少于500亩，腾退低效企业不少于8家。",
   None, ("自然资源和规划分局、经济发展局", 1), "综合行政执法局、高新控股集团，各街道办事处", "2025年11月底前"),
  ("9", "加快标准厂房和专业孵化载体建设，全年新建标准厂房20万平方米，推行“定制厂房+代建回购”模式，保障中小项目“拎包入驻”。",
   None, ("城建集团", 1), "规划建设局、投资促进局、园区运营公司", "2025年12月底前"),
  ("10", "完善园区供水、供电、供气、污水处理等配套设施，实现工业项目水电气网接入“一站式”办理，接入时间压缩至15个工作日以内。",
   None, ("规划建设局", 1), "行政审批局、城建集团", "2025年9月底前"),
  ("11", "深化政银企对接，每季度至少举办1场融资对接活动，发挥高新区产业引导基金作用，全年新增科技型企业贷款10亿元以上。",
   ("韦思远", 1), ("财政金融局", 1), "科创投资公司、经济发展局、科技创新局", "持续推进"),
  ("12", "建立人才公寓统筹分配和企业用工保障机制，为新落地企业提供“一企一策”招工服务，全年新增人才公寓300套。",
   ("周　平", 1), ("社会事业局", 1), "党群工作部、高新控股集团", "2025年8月底前"),
 ]),
 ("三、精准高效开展招商引资（7项）", [
  ("13", "围绕新一代信息技术、高端装备制造、生物医药三大主导产业，绘制产业链招商图谱，建立重点招商目标企业库，实行动态管理。",
   ("沈立航<br/>韦思远", 1), ("投资促进局", 1), "经济发展局、科技创新局", "2025年5月底前"),
  ("14", "组建驻长三角、珠三角、京津冀招商小分队，全年开展外出招商活动不少于40批次，新签约亿元以上项目不少于25个。",
   ("韦思远", 6), ("投资促进局", 1), "各局（部、办）、各平台公司", "持续推进"),
  ("15", "大力推行基金招商、以商招商和资本招商，年内通过产业基金撬动落地项目不少于5个。",
   None, ("科创投资公司", 1), "投资促进局、财政金融局", "2025年12月底前"),
  ("16", "健全招商项目联审机制，对拟引进项目实行投资强度、亩均税收、能耗水平等指标联合评审，严把项目准入关。",
   None, ("投资促进局", 1), "经济发展局、财政金融局、自然资源和规划分局、生态环境分局", "2025年4月底前"),
  ("17", "建立签约项目“首席服务员”制度，实行“一个项目、一名领导、一个专班、一抓到底”，推动签约项目开工率达到70%以上。",
   None, ("投资促进局、经济发展局", 1), "行政审批局、规划建设局、各平台公司", "持续推进"),
  ("18", "规范招商引资优惠政策兑现，编制惠企政策兑现清单，推动符合条件的惠企政策“免申即享”。",
   None, ("财政金融局", 1), "投资促进局、经济发展局、科技创新局、税务局", "2025年6月底前"),
  ("19", "加强招商引资项目履约监管，对未按合同约定开工、投产、达产的项目开展分类处置。",
   None, ("投资促进局", 1), "自然资源和规划分局、财政金融局、高新控股集团", "持续推进"),
 ]),
 ("四、营造公平公正的法治环境（6项）", [
  ("20", "推行涉企行政检查“综合查一次”和“无事不扰”清单制度，合并同类检查事项，减少入企检查频次。",
   ("周　平", 2), ("综合行政执法局", 1), "市场监管分局、应急管理局、生态环境分局", "2025年6月底前"),
  ("21", "全面落实包容审慎监管，动态调整轻微违法行为不予行政处罚和减轻行政处罚事项清单。",
   None, ("综合行政执法局<br/>市场监管分局", 1), "党政办公室", "2025年5月底前"),
  ("22", "开展拖欠企业账款专项清理，建立防范和化解拖欠中小企业账款长效机制，做到应付尽付。",
   ("韦思远", 1), ("财政金融局", 1), "各局（部、办）、各平台公司", "2025年9月底前"),
  ("23", "加强企业知识产权保护，建设知识产权快速维权工作站，开展知识产权质押融资试点。",
   ("周　平", 3), ("科技创新局", 1), "市场监管分局、财政金融局", "2025年10月底前"),
  ("24", "深化“信用+监管”，在招标投标、政府采购等领域全面推行信用承诺制，开展政务诚信缺失问题专项治理。",
   None, ("经济发展局", 1), "财政金融局、规划建设局、市场监管分局", "持续推进"),
  ("25", "开展园区周边治安环境专项整治，依法严厉打击强揽工程、恶意阻工等侵害企业合法权益的违法犯罪行为。",
   None, ("公安分局", 1), "综合行政执法局，各街道办事处", "持续推进"),
 ]),
 ("五、提供全生命周期的企业服务（5项）", [
  ("26", "落实管委会领导联系服务重点企业制度，每名领导联系服务重点企业不少于5家，每季度开展“入企走访”不少于1次。",
   ("沈立航", 1), ("经济发展局", 1), "党政办公室、各局（部、办）", "持续推进"),
  ("27", "实施“高企倍增”行动，全年新认定国家高新技术企业30家以上，新培育省级专精特新中小企业10家以上。",
   ("韦思远", 1), ("科技创新局", 1), "经济发展局、财政金融局", "2025年12月底前"),
  ("28", "优化企业注销和破产退出机制，推行简易注销“一网通办”，压缩企业注销办理时间。",
   ("马　骏", 1), ("市场监管分局", 1), "行政审批局、税务局", "2025年8月底前"),
  ("29", "强化园区运营服务，由园区运营公司为入驻企业提供物业管理、检验检测、人才招聘、法律咨询等共享服务。",
   ("黎晓峰", 1), ("园区运营公司", 1), "科技创新局、社会事业局", "2025年12月底前"),
  ("30", "推进税费服务便利化，推广“非接触式”办税缴费，确保结构性减税降费政策直达快享。",
   ("韦思远", 1), ("税务局", 1), "财政金融局", "持续推进"),
 ]),
 ("六、强化营商环境工作保障（3项）", [
  ("31", "建立营商环境工作专班，实行每月调度、每季度通报，将任务推进情况纳入年度综合考核。",
   ("马　骏", 3), ("党政办公室", 1), "行政审批局", "持续推进"),
  ("32", "开展营商环境第三方评价，聘请企业家代表担任营商环境监督员，常态化收集问题线索。",
   None, ("行政审批局", 1), "党群工作部", "2025年7月底前"),
  ("33", "加大营商环境典型经验宣传推介，每季度向市营商环境办报送创新案例不少于1个。",
   None, ("党群工作部", 1), "各局（部、办）、各平台公司", "持续推进"),
 ]),
]

TD = 'style="border:1px solid #000;padding:4px;vertical-align:middle;"'

def cell(html, rs=1, align="center"):
    r = f' rowspan="{rs}"' if rs > 1 else ""
    return f'<td{r} {TD[:-1]}text-align:{align};">{html}</td>'

rows = []
rows.append('<tr>'
  '<td style="border:1px solid #000;padding:4px;text-align:center;width:6%;"><strong>序号</strong></td>'
  '<td style="border:1px solid #000;padding:4px;text-align:center;width:44%;"><strong>重点任务</strong></td>'
  '<td style="border:1px solid #000;padding:4px;text-align:center;width:9%;"><strong>责任领导</strong></td>'
  '<td style="border:1px solid #000;padding:4px;text-align:center;width:13%;"><strong>牵头单位</strong></td>'
  '<td style="border:1px solid #000;padding:4px;text-align:center;width:17%;"><strong>配合单位</strong></td>'
  '<td style="border:1px solid #000;padding:4px;text-align:center;width:11%;"><strong>完成时限</strong></td>'
  '</tr>')
for head, items in PARTS:
    rows.append(f'<tr><td colspan="6" style="border:1px solid #000;padding:4px;text-align:left;"><strong>{head}</strong></td></tr>')
    for no, task, ld, lead, coop, tm in items:
        tds = [cell(no), cell(task, align="left")]
        if ld: tds.append(cell(ld[0], ld[1]))
        if lead: tds.append(cell(lead[0], lead[1]))
        tds.append(cell(coop, align="left" if coop != "/" else "center"))
        tds.append(cell(tm))
        rows.append("<tr>\n" + "\n".join(tds) + "\n</tr>")
TABLE = ('<table width="100%" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;font-size:14px;line-height:1.6;">\n<tbody>\n'
         + "\n".join(rows) + "\n</tbody>\n</table>")

P = '<p style="text-indent:2em;line-height:1.8;">{}</p>'
body = "\n".join([
 '<p style="text-align:center;">蔺高管发〔2025〕4号</p>',
 '<p style="text-align:center;font-size:22px;"><strong>蔺州高新区管委会关于印发《蔺州高新区2025年优化营商环境工作方案》重点任务分工的通知</strong></p>',
 '<p>各局（部、办），各街道办事处，各平台公司，驻区各单位：</p>',
 P.format("为深入贯彻落实党中央、国务院和省委、省政府，市委、市政府关于持续优化营商环境的决策部署，全力推进《蔺州高新区2025年优化营商环境工作方案》（蔺高管发〔2025〕2号）落地见效，打造“办事不求人、审批不见面、服务不打烊”的一流营商环境，经管委会研究同意，现将方案确定的重点任务分工印发给你们，并就有关事项通知如下。"),
 P.format("<strong>一、压实工作责任。</strong>各责任领导要加强对分管领域任务的统筹调度，定期听取工作汇报，协调解决重点难点问题。牵头单位是任务落实的第一责任主体，要细化工作举措，明确时间节点和责任人；牵头单位为两个的，排在第一位的为主牵头单位，负责统筹推进和报送进展情况。配合单位要按照职责分工主动对接、积极配合，形成工作合力。各平台公司要发挥市场化运营主体作用，承担的任务纳入公司年度经营业绩考核。"),
 P.format("<strong>二、建立推进台账。</strong>各牵头单位要对照分工表建立工作台账，实行清单化管理、项目化推进，于每月25日前将工作进展情况报送区营商环境工作专班办公室（设在行政审批局，联系电话：0735-8826517，电子邮箱：lzgxyshj@163.com），年底前报送全年工作总结。"),
 P.format("<strong>三、强化督查考核。</strong>党政办公室要会同行政审批局对各项任务落实情况开展跟踪督办，对工作推进不力、进度滞后的单位进行通报，督查结果纳入年度综合考核。"),
 P.format("附件：蔺州高新区2025年优化营商环境重点任务分工表"),
 '<p style="text-align:right;">蔺州高新技术产业开发区管理委员会</p>',
 '<p style="text-align:right;">2025年3月12日</p>',
 P.format("（此件公开发布）"),
 '<p>附件</p>',
 '<p style="text-align:center;font-size:18px;"><strong>蔺州高新区2025年优化营商环境重点任务分工表</strong></p>',
 TABLE,
])

PAGE = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="蔺州高新技术产业开发区管理委员会">
<meta name="SiteDomain" content="gxq.linzhou.gov.cn">
<meta name="SiteIDCode" content="4312000027">
<meta name="ColumnName" content="通知公告">
<meta name="ColumnType" content="通知公告">
<meta name="ArticleTitle" content="蔺州高新区管委会关于印发《蔺州高新区2025年优化营商环境工作方案》重点任务分工的通知">
<meta name="PubDate" content="2025-03-13 09:26">
<meta name="ContentSource" content="蔺州高新区党政办公室">
<meta name="Keywords" content="优化营商环境,任务分工">
<title>蔺州高新区管委会关于印发《蔺州高新区2025年优化营商环境工作方案》重点任务分工的通知_通知公告_蔺州高新技术产业开发区管理委员会</title>
<link rel="stylesheet" href="/static/css/common.css">
<link rel="stylesheet" href="/static/css/article.css">
<script src="/static/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="top-bar">
  <div class="wrap">
    <span class="date" id="today"></span>
    <span class="links"><a href="https://www.linzhou.gov.cn/" target="_blank">蔺州市人民政府</a> | <a href="javascript:void(0)" id="wza">无障碍浏览</a> | <a href="javascript:void(0)" id="ztzh">繁體</a></span>
  </div>
</div>
<div class="header">
  <div class="wrap">
    <a class="logo" href="/"><img src="/static/images/logo.png" alt="蔺州高新技术产业开发区管理委员会"></a>
    <form class="search" action="/search" method="get"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form>
  </div>
</div>
<div class="nav">
  <ul class="wrap">
    <li><a href="/">首页</a></li>
    <li><a href="/zjgx/">走进高新</a></li>
    <li class="on"><a href="/zwgk/">政务公开</a></li>
    <li><a href="/tzgx/">投资高新</a></li>
    <li><a href="/yshj/">营商环境</a></li>
    <li><a href="/zwfw/">政务服务</a></li>
    <li><a href="/hdjl/">互动交流</a></li>
  </ul>
</div>
<div class="wrap main">
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tzgg/">通知公告</a></div>
  <div class="xxgk-info">
    <table>
      <tr><th>索引号：</th><td>11431200MB1L38260X/2025-00412</td><th>主题分类：</th><td>综合政务\\其他</td></tr>
      <tr><th>发布机构：</th><td>蔺州高新区管委会</td><th>成文日期：</th><td>2025-03-12</td></tr>
      <tr><th>文　　号：</th><td>蔺高管发〔2025〕4号</td><th>发布日期：</th><td>2025-03-13</td></tr>
      <tr><th>名　　称：</th><td colspan="3">蔺州高新区管委会关于印发《蔺州高新区2025年优化营商环境工作方案》重点任务分工的通知</td></tr>
    </table>
  </div>
  <div class="article">
    <h1 class="title">蔺州高新区管委会关于印发《蔺州高新区2025年优化营商环境工作方案》重点任务分工的通知</h1>
    <div class="info">发布时间：2025-03-13 09:26　来源：蔺州高新区党政办公室　浏览次数：<span id="hits">1286</span>　字号：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a></div>
    <div class="content" id="zoom">
<!--ContentStart-->
{body}
<!--ContentEnd-->
    </div>
    <div class="related">
      <h3>相关链接</h3>
      <ul>
        <li><a href="/zwgk/tzgg/202502/t20250221_1031457.html">蔺州高新区管委会关于印发《蔺州高新区2025年优化营商环境工作方案》的通知</a></li>
        <li><a href="/yshj/zcjd/202503/t20250314_1032018.html">图解：蔺州高新区2025年优化营商环境重点任务</a></li>
      </ul>
    </div>
    <div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
  </div>
</div>
<div class="footer">
  <div class="wrap">
    <p>主办单位：蔺州高新技术产业开发区管理委员会　承办单位：蔺州高新区党政办公室</p>
    <p>地址：蔺州市高新区科创大道88号　邮编：431200　联系电话：0735-8826001</p>
    <p>网站标识码：4312000027　<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备12003456号-3</a>　<img src="/static/images/ga.png" alt="">湘公网安备 43120002000188号</p>
    <p><a href="https://bszs.conac.cn/" target="_blank"><img src="/static/images/dzjg.png" alt="党政机关"></a> <span id="_ideConac"></span></p>
  </div>
</div>
<script src="/static/js/common.js"></script>
<script>
document.getElementById("today").innerHTML = new Date().toLocaleDateString("zh-CN");
function setFont(s){{ $("#zoom, #zoom p, #zoom td").css("font-size", s + "px"); }}
</script>
</body>
</html>
'''

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME), "w", encoding="utf-8") as f:
    f.write(PAGE)
