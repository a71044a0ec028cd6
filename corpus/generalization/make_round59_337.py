#!/usr/bin/env python3
"""Write 337_yuanqiao_qu_fenhang_zeren_biao.html: a 区政府 portal article whose attachment is a
KindEditor table in which each task's responsibility is given as label/value sub-rows
(责任区领导 / 牵头单位 / 配合单位 / 责任单位) under a 序号, 重点任务 and 完成时限 merged down over them.
Place and person names are invented."""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "337_yuanqiao_qu_fenhang_zeren_biao.html")

NB = "&nbsp;"
IS = "\u3000"  # ideographic space

# category: (heading text in the colspan row, [tasks])
# task: (no, text_html, deadline, [(label, value_html), ...])
CATS = [
    ("一、稳增长扩投资（共7项）（责任区领导：区长" + NB + "周立恒）", [
        ("1", "全区地区生产总值增长6%左右，一般公共预算收入增长5%，固定资产投资增长8%以上。", "2025年12月底",
         [("牵头单位", "区发展和改革局"),
          ("配合单位", "区财政局、区统计局、区税务局")]),
        ("2", "实施重大项目攻坚行动，全年安排区级重点项目120个，完成投资260亿元以上，新开工项目60个以上。", "2025年12月底",
         [("责任区领导", "区委常委、常务副区长" + NB + "贺明远"),
          ("牵头单位", "区发展和改革局"),
          ("配合单位", "区重点项目服务中心<br />\n区自然资源局<br />\n区住房和城乡建设局<br />\n各街道办事处")]),
        ("3", "积极争取中央预算内投资、超长期特别国债和地方政府专项债券等资金40亿元以上。", "2025年11月底",
         [("牵头单位", "区发展和改革局、区财政局"),
          ("配合单位", "区直各有关部门")]),
        ("4", "落实大规模设备更新和消费品以旧换新政策，举办&ldquo;沅桥消费季&rdquo;等促消费活动30场以上，社会消费品零售总额增长6.5%。", "2025年12月底",
         [("牵头单位", "区商务局"),
          ("配合单位", "区市场监督管理局、区文化旅游体育局"),
          ("责任区领导", "副区长" + IS + "沈嘉禾")]),
        ("5", "深化&ldquo;高效办成一件事&rdquo;改革，新增集成办理事项20项，政务服务事项全程网办率达到95%以上。", "2025年10月底",
         [("责任单位", "区政务服务和数据管理局")]),
        ("6", "坚持招商引资&ldquo;一号工程&rdquo;，全年引进亿元以上项目45个、10亿元以上项目6个，到位内资150亿元。", "2025年12月底",
         [("责任区领导", "区长" + NB + "周立恒、副区长" + NB + "沈嘉禾"),
          ("牵头单位", "区投资促进局"),
          ("配合单位", "沅桥高新区管委会、区直各有关部门")]),
        ("7", "加强财源建设和税收征管，严格落实政府过紧日子要求，&ldquo;三保&rdquo;支出保障率保持100%。", "全年持续推进",
         [("牵头单位", "区财政局"),
          ("配合单位", "区税务局"),
          ("责任区领导", "贺明远常务副区长")]),
    ]),
    ("二、产业升级与科技创新（共7项）（责任区领导：副区长" + NB + "沈嘉禾）", [
        ("1", "推动制造业高端化、智能化、绿色化发展，规模以上工业增加值增长7%，制造业投资增长10%。", "2025年12月底",
         [("牵头单位", "区工业和信息化局"),
          ("配合单位", "区发展和改革局、区统计局")]),
        ("2", "实施&ldquo;智改数转网联&rdquo;三年行动，新增省级智能工厂3家、数字化车间10个，上云企业300家。", "2025年11月底",
         [("牵头单位", "区工业和信息化局"),
          ("配合单位", "无")]),
        ("3", "培育壮大创新主体，高新技术企业总数突破260家，科技型中小企业评价入库400家以上。", "2025年10月底",
         [("责任单位", "区科学技术局、区财政局、区税务局")]),
        ("4", "建设沅桥科创<span style=\"color:#000000;\">走廊，推动澜州大学沅桥研究院</span>二期建成投用，新增市级以上研发平台15个。", "2025年9月底",
         [("责任区领导", "区委常委、常务副区长" + NB + "贺明远"),
          ("牵头单位", "区科学技术局"),
          ("配合单位", "区住房和城乡建设局、沅桥高新区管委会")]),
        ("5", "壮大现代服务业，新增规模以上服务业企业30家、限额以上商贸企业50家。", "2025年12月底",
         [("牵头单位", "区商务局、区发展和改革局"),
          ("配合单位", "区统计局")]),
        ("6", "推进文旅深度融合，加快栖凤湖国家级旅游度假区创建，全年接待游客增长10%以上。", "2025年12月底",
         [("责任区领导", "副区长" + NB + "唐晓雯"),
          ("牵头单位", "区文化旅游体育局"),
          ("配合单位", "栖凤湖旅游度假区管委会、区交通运输局、区自然资源局")]),
        ("7", "促进民营经济发展壮大，常态化开展&ldquo;政企早餐会&rdquo;，全年协调解决企业诉求200件以上。", "全年持续推进",
         [("牵头单位", "区工商联"),
          ("配合单位", "<p>\n区发展和改革局\n</p>\n<p>\n区市场监督管理局\n</p>\n<p>\n区司法局\n</p>")]),
    ]),
    ("三、城市建设与生态环境（共7项）（责任区领导：副区长" + NB + "欧阳志诚）", [
        ("1", "推进城市更新行动，统筹片区开发与微改造。<br />\n（1）实施老旧小区改造42个，惠及居民1.1万户；<br />\n（2）改造燃气、供水等老旧管网38公里。", "2025年11月底",
         [("牵头单位", "区住房和城乡建设局"),
          ("配合单位", "各街道办事处、区财政局、区城市管理局")]),
        ("2", "完成滨江路、凤鸣大道等12条道路提档升级，打通断头路5条，新增公共停车泊位2000个。", "2025年10月底",
         [("牵头单位", "区交通运输局"),
          ("配合单位", "区住房和城乡建设局、区城市管理局、市公安局沅桥分局交警大队")]),
        ("3", "深化城市精细化管理，创建市容示范街区8条，建成&ldquo;口袋公园&rdquo;10个。", "2025年9月底",
         [("责任单位", "区城市管理局")]),
        ("4", "持续打好蓝天保卫战，PM2.5平均浓度控制在32微克/立方米以内，空气质量优良天数比率达到85%。", "2025年12月底",
         [("牵头单位", "市生态环境局沅桥分局"),
          ("配合单位", "区住房和城乡<span style=\"font-size:14px;\">建设局、区交通运输局、区城市管理局、</span>区工业和信息化局")]),
        ("5", "全面落实河湖长制，国考、省考断面水质达标率保持100%，完成入河排污口整治60个。", "2025年12月底",
         [("责任区领导", "邵凌副区长"),
          ("牵头单位", "区水利局"),
          ("配合单位", "市生态环境局沅桥分局、区农业农村局")]),
        ("6", "推进自然资源节约集约利用，盘活批而未供和闲置土地1200亩。", "2025年11月底",
         [("牵头单位", "区自然资源局"),
          ("配合单位", "区发展和改革局<br />\n沅桥高新区管委会")]),
        ("7", "推进&ldquo;无废城市&rdquo;建设，城区生活垃圾分类覆盖率达到98%，建成再生资源回收站点25个。", "2025年12月底",
         [("牵头单位", "区城市管理局"),
          ("配合单位", "市生态环境局沅桥分局、区商务局、各街道办事处"),
          ("责任区领导", "副区长" + NB + "欧阳志诚<br />\n副区长" + NB + "沈嘉禾")]),
    ]),
    ("四、民生保障与社会事业（共8项）（责任区领导：副区长" + NB + "唐晓雯）", [
        ("1", "城镇新增就业1.2万人，城镇调查失业率控制在5.5%以内，发放创业担保贷款3亿元。", "2025年12月底",
         [("责任区领导", "区委常委、常务副区长" + NB + "贺明远"),
          ("牵头单位", "区人力资源和社会保障局"),
          ("配合单位", "区财政局、区教育局")]),
        ("2", "新建、改扩建中小学和幼儿园6所，新增学位5400个，集团化办学覆盖率达到80%。", "2025年8月底",
         [("牵头单位", "区教育局"),
          ("配合单位", "区发展和改革局、区自然资源局、区住房和城乡建设局")]),
        ("3", "推进紧密型医疗卫生共同体建设，区人民医院新院区主体完工，新建社区卫生服务站5个。", "2025年12月底",
         [("牵头单位", "区卫生健康委员会"),
          ("配合单位", "区发展和改革局、区财政局")]),
        ("4", "完善居家社区机构相协调的养老服务体系，新建社区嵌入式养老服务中心6个、老年助餐点20个。", "2025年10月底",
         [("责任单位", "区民政局、各街道办事处、栖凤镇人民政府")]),
        ("5", "实施&ldquo;一老一小&rdquo;整体解决方案，新增普惠性托育托位600个。", "2025年12月底",
         [("牵头单位", "区卫生健康委员会、区民政局"),
          ("配合单位", "区教育局、区妇联")]),
        ("6", "加强住房保障，筹集保障性租赁住房1500套，完成城中村改造安置房分配3200套。", "2025年12月底",
         [("责任区领导", "副区长" + NB + "欧阳志诚"),
          ("牵头单位", "区住房和城乡建设局"),
          ("配合单位", "区自然资源局、区财政局")]),
        ("7", "全面推进乡村振兴，新建高标准农田1.5万亩，粮食播种面积稳定在8.2万亩以上。", "2025年10月底",
         [("牵头单位", "区农业农村局"),
          ("配合单位", "区财政局、区水利局、栖凤镇人民政府"),
          ("责任区领导", "副区长" + NB + "邵凌")]),
        ("8", "办好全民健身运动会，承办省级以上体育赛事5项，新建更新健身路径30条。", "2025年11月底",
         [("牵头单位", "区文化旅游体育局"),
          ("配合单位", "无")]),
    ]),
    ("五、安全稳定与政府自身建设（共5项）", [
        ("1", "深化平安沅桥建设，健全社会治安整体防控体系，刑事案件发案数同比下降5%。", "全年持续推进",
         [("责任区领导", "副区长、市公安局沅桥分局局长" + NB + "韩子骞"),
          ("牵头单位", "市公安局沅桥分局"),
          ("配合单位", "区委政法委、各街道办事处")]),
        ("2", "开展安全生产治本攻坚三年行动，压紧压实安全生产责任，坚决遏制较大及以上生产安全事故。", "全年持续推进",
         [("责任区领导", "区委常委、常务副区长" + NB + "贺明远"),
          ("牵头单位", "区应急管理局"),
          ("配合单位", "区安全生产委员会各成员单位")]),
        ("3", "加强食品药品安全监管，完成食品安全抽检3000批次，守牢不发生重大食品安全事故底线。", "2025年12月底",
         [("责任区领导", "副区长" + NB + "唐晓雯"),
          ("责任单位", "区市场监督管理局")]),
        ("4", "全面推进法治政府建设，行政机关负责人出庭应诉率保持100%，行政复议案件按期办结率100%。", "2025年12月底",
         [("牵头单位", "区司法局"),
          ("配合单位", "区直各有关部门"),
          ("责任区领导", "周立恒（区长）")]),
        ("5", "持续深化作风建设，严格落实中央八项规定及其实施细则精神，统筹规范督查检查考核，为基层减负。", "全年持续推进",
         [("责任区领导", "区长" + NB + "周立恒<br />\n区委常委、常务副区长" + NB + "贺明远"),
          ("牵头单位", "区政府办公室"),
          ("配合单位", "区财政局、区审计局、区机关事务服务中心")]),
    ]),
]


def cell(attrs, content, ind):
    """KindEditor's formatHtml: a td on its own lines, content indented one tab deeper."""
    t = "\t" * ind
    a = (" " + attrs) if attrs else ""
    body = "\n".join(t + "\t" + ln for ln in content.split("\n"))
    return f"{t}<td{a}>\n{body}\n{t}</td>"


def row(cells, ind=2):
    t = "\t" * ind
    return f"{t}<tr>\n" + "\n".join(cells) + f"\n{t}</tr>"


def table():
    rows = []
    C = 'style="text-align:center;"'
    rows.append(row([
        cell('width="6%" ' + C, "<strong>序号</strong>", 3),
        cell('width="44%" ' + C, "<strong>重点任务</strong>", 3),
        cell('width="36%" colspan="2" ' + C, "<strong>责任分工</strong>", 3),
        cell('width="14%" ' + C, "<strong>完成时限</strong>", 3),
    ]))
    for head, tasks in CATS:
        rows.append(row([cell('colspan="5"', "<strong>" + head + "</strong>", 3)]))
        for no, text, dl, subs in tasks:
            n = len(subs)
            rs = f'rowspan="{n}" ' if n > 1 else ""
            for i, (lab, val) in enumerate(subs):
                cs = []
                if i == 0:
                    cs.append(cell(rs + C, no, 3))
                    cs.append(cell(rs.strip(), text, 3))
                cs.append(cell('width="11%" ' + C, lab, 3))
                cs.append(cell("", val, 3))
                if i == 0:
                    cs.append(cell(rs + C, dl, 3))
                rows.append(row(cs))
    note = ("注：1.&ldquo;牵头单位&rdquo;栏列有两个及以上单位的，均为牵头单位；只列&ldquo;责任单位&rdquo;的，排在第一位的为牵头单位，其余为配合单位。<br />\n"
            "2.类别行已注明责任区领导的，该类别下各项任务不再逐项列出；任务另列&ldquo;责任区领导&rdquo;的，以另列为准。<br />\n"
            "3.完成时限为最迟完成时间，能提前完成的要提前完成。")
    rows.append(row([cell('colspan="5"', note, 3)]))
    return ('<table style="width:100%;" cellpadding="2" cellspacing="0" border="1" bordercolor="#000000">\n'
            "\t<tbody>\n" + "\n".join(rows) + "\n\t</tbody>\n</table>")


P = '<p style="text-indent:2em;">\n\t<span style="font-family:仿宋_GB2312;font-size:16px;">{}</span>\n</p>'
PR = '<p style="text-align:right;">\n\t<span style="font-family:仿宋_GB2312;font-size:16px;">{}</span>\n</p>'
PC = '<p style="text-align:center;">\n\t{}\n</p>'

body_paras = [
    PC.format("沅桥政办发〔2025〕6号"),
    '<p>\n\t<span style="font-family:仿宋_GB2312;font-size:16px;">各街道办事处，栖凤镇人民政府，区政府各部门，区直各单位：</span>\n</p>',
    P.format("经区政府研究同意，现将《2025年区政府重点工作任务分解表》印发给你们，请结合实际，认真抓好贯彻落实。现就有关事项通知如下："),
    P.format("<strong>一、压实工作责任。</strong>各责任区领导要加强对分管领域重点工作的统筹调度，定期听取工作汇报，及时协调解决推进中的困难和问题。各牵头单位主要负责同志是第一责任人，要细化工作措施，明确时间节点，确保各项任务按期完成。"),
    P.format("<strong>二、明确分工规则。</strong>分解表按类别排列，序号在各类别内单独编排。类别行注明的责任区领导，对该类别下各项任务负责；任务另列&ldquo;责任区领导&rdquo;的，由另列的区领导负责，类别行注明的区领导不再负责该项任务。&ldquo;牵头单位&rdquo;栏列有两个及以上单位的，均为牵头单位，共同牵头推进；只列&ldquo;责任单位&rdquo;的，排在第一位的为牵头单位，其余为配合单位。配合单位要主动对接、密切配合，形成工作合力。"),
    P.format("<strong>三、强化督查考核。</strong>各牵头单位要于每季度末月25日前，将工作进展情况报送区政府督查室（联系人：许文静，联系电话：0000-6612345）。区政府督查室将定期对重点工作推进情况进行督查通报，督查结果纳入年度综合考核。"),
    P.format("附件：2025年区政府重点工作任务分解表"),
    '<p>\n\t<br />\n</p>',
    PR.format("沅桥区人民政府办公室"),
    PR.format("2025年3月14日"),
    P.format("（此件公开发布）"),
    '<p>\n\t<br />\n</p>',
    '<p>\n\t<span style="font-family:黑体;font-size:16px;">附件</span>\n</p>',
    PC.format('<span style="font-family:方正小标宋简体;font-size:22px;">2025年区政府重点工作任务分解表</span>'),
]

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="SiteName" content="澜州市沅桥区人民政府" />
<meta name="SiteDomain" content="www.yuanqiao.gov.example" />
<meta name="SiteIDCode" content="0000000000" />
<meta name="ColumnName" content="区政府办文件" />
<meta name="ColumnType" content="政策文件" />
<meta name="ArticleTitle" content="沅桥区人民政府办公室关于印发2025年区政府重点工作任务分解表的通知" />
<meta name="PubDate" content="2025-03-17 09:30" />
<meta name="ContentSource" content="区政府办公室" />
<title>沅桥区人民政府办公室关于印发2025年区政府重点工作任务分解表的通知_区政府办文件_澜州市沅桥区人民政府</title>
<link rel="stylesheet" href="/static/css/common.css" />
<link rel="stylesheet" href="/static/css/article.css" />
<script src="/static/js/jquery.min.js"></script>
<script>
  var _articleId = "5821";
  $(function(){ $.get("/cms/hits.do?id=" + _articleId, function(n){ $("#hits").text(n); }); });
  function doZoom(size){ document.getElementById('zoom').style.fontSize = size + 'px'; }
</script>
</head>
<body>
<div class="topbar">
  <div class="w1200">
    <span>今天是：<span id="today"></span></span>
    <a href="/">网站首页</a> | <a href="/wza/">无障碍</a> | <a href="/m/">手机版</a>
  </div>
</div>
<div class="header">
  <div class="w1200">
    <a class="logo" href="/"><img src="/static/images/logo.png" alt="澜州市沅桥区人民政府" /></a>
    <form class="search" action="/search/"><input type="text" name="q" placeholder="请输入关键字" /><button type="submit">搜索</button></form>
  </div>
</div>
<div class="nav">
  <ul class="w1200">
    <li><a href="/">首页</a></li>
    <li><a href="/zjyq/">走进沅桥</a></li>
    <li class="on"><a href="/zwgk/">政务公开</a></li>
    <li><a href="/zwfw/">政务服务</a></li>
    <li><a href="/hdjl/">互动交流</a></li>
    <li><a href="/ztzl/">专题专栏</a></li>
  </ul>
</div>
<div class="w1200 main">
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a> &gt; <a href="/zwgk/zcwj/qzfbwj/">区政府办文件</a></div>
  <table class="xxgk-info" cellspacing="0" cellpadding="0">
    <tr><th>索&nbsp;引&nbsp;号：</th><td>11330000MB0000000X/2025-00126</td><th>主题分类：</th><td>综合政务\\其他</td></tr>
    <tr><th>发布机构：</th><td>沅桥区人民政府办公室</td><th>成文日期：</th><td>2025-03-14</td></tr>
    <tr><th>文&emsp;&emsp;号：</th><td>沅桥政办发〔2025〕6号</td><th>发布日期：</th><td>2025-03-17</td></tr>
    <tr><th>名&emsp;&emsp;称：</th><td colspan="3">沅桥区人民政府办公室关于印发2025年区政府重点工作任务分解表的通知</td></tr>
  </table>
  <div class="article">
    <h1 class="article-title">沅桥区人民政府办公室关于印发2025年区政府重点工作任务分解表的通知</h1>
    <div class="article-info">
      <span>发布时间：2025-03-17 09:30</span>
      <span>来源：区政府办公室</span>
      <span>浏览次数：<span id="hits"></span></span>
      <span class="zoom">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
    </div>
    <div class="article-content" id="zoom">
{BODY}
    </div>
    <div class="article-attach">
      <p>附件下载：<a href="/uploadfiles/2025/03/20250317093012345.xlsx">2025年区政府重点工作任务分解表.xlsx</a></p>
    </div>
    <div class="article-tools">
      <a href="javascript:window.print();">【打印本页】</a>
      <a href="javascript:window.close();">【关闭窗口】</a>
    </div>
    <div class="related">
      <h3>相关文章</h3>
      <ul>
        <li><a href="/zwgk/zcwj/qzfbwj/5790.html">沅桥区人民政府办公室关于2024年区政府重点工作任务完成情况的通报</a><span>2025-02-21</span></li>
        <li><a href="/zwgk/zcwj/qzfbwj/5712.html">沅桥区人民政府关于调整区政府领导工作分工的通知</a><span>2025-01-08</span></li>
        <li><a href="/zwgk/zcjd/5822.html">图解：2025年区政府重点工作任务分解表</a><span>2025-03-17</span></li>
      </ul>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w1200">
    <p>主办：澜州市沅桥区人民政府办公室&nbsp;&nbsp;承办：沅桥区大数据发展中心</p>
    <p>地址：澜州市沅桥区凤鸣大道88号&nbsp;&nbsp;联系电话：0000-6612000</p>
    <p>网站标识码：0000000000&nbsp;&nbsp;备案号：示例ICP备00000000号</p>
  </div>
</div>
<script src="/static/js/footer.js"></script>
</body>
</html>
"""


def main():
    body = "\n".join(body_paras) + "\n" + table() + '\n<p>\n\t<br />\n</p>'
    html = PAGE.replace("{BODY}", body)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(html)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
