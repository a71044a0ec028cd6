#!/usr/bin/env python3
# Writes 577_tangang_qu_gzbg_renwu_fengong_zhengwugongkai.html next to itself:
# a 区人民政府 notice dividing the 区政府工作报告's tasks, as its 政务公开 portal serves the page
# (TRS-style template, CRLF, UTF-8), the 分工 table inline after the 落款.
import os

NAME = "577_tangang_qu_gzbg_renwu_fengong_zhengwugongkai.html"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

# (part, text, leaders, lead, coop, deadline, lead_merge_flag)
PARTS = [
    ("一、坚持扩大有效需求，推动经济持续回升向好", [
        ("全区地区生产总值增长5.5%左右，一般公共预算收入增长3%，固定资产投资增长6%，社会消费品零售总额增长5.5%。",
         "周志远、陈国栋", "区发展改革局", "区财政局、区统计局、区商务局、各镇（街道）", "2026年12月底"),
        ("扎实推进重大项目建设，全年实施区级重点项目120个以上，完成年度投资230亿元，新开工项目45个以上。",
         "陈国栋", "区发展改革局", "区住房城乡建设局、区自然资源和规划分局、区行政审批服务局、檀港经济开发区管委会", "2026年12月底"),
        ("积极争取超长期特别国债、中央预算内投资和地方政府专项债券等政策资金，全年争取上级资金35亿元以上。",
         "陈国栋", "区发展改革局、区财政局", "区级各有关部门", "2026年12月底"),
        ("深入实施招商引资“一号工程”，全年引进亿元以上产业项目40个，实际到位内资150亿元以上。",
         "陈国栋、赵立军", "区投资促进局", "区商务局、区工业和信息化局、檀港经济开发区管委会、各镇（街道）", "2026年12月底"),
        ("实施提振消费专项行动，用好消费品以旧换新政策，培育夜间经济集聚区2个，社会消费品零售总额突破310亿元。",
         "赵立军", "区商务局", "区文化旅游体育局、区市场监管局、区城市管理局", "2026年12月底"),
        ("推动外贸稳规模优结构，支持企业参加境内外重点展会30场次以上，进出口总额增长4%。",
         "赵立军", "区商务局", "区税务局、区金融服务中心", "2026年12月底"),
    ]),
    ("二、坚持创新驱动，加快构建现代化产业体系", [
        ("实施制造业重点产业链高质量发展行动，规上工业增加值增长7%，新增规上工业企业25家。",
         "赵立军", "区工业和信息化局", "檀港经济开发区管委会、区统计局、各镇（街道）", "2026年12月底"),
        ("推进工业企业技术改造和数字化转型，实施技改项目60个以上，新增省级智能工厂和数字化车间5个。",
         "赵立军", "区工业和信息化局", "区财政局", "2026年12月底"),
        ("强化企业科技创新主体地位，高新技术企业达到260家，科技型中小企业入库400家以上，研发经费投入强度达到2.6%。",
         "林晓燕", "区科技局", "区财政局、区税务局、区统计局", "2026年12月底"),
        ("加快发展数字经济，新建5G基站300个，推进“数字檀港”城市运行管理平台二期建设。",
         "孙海涛", "区数据资源局", "区工业和信息化局、区城市管理局", "2026年10月底"),
        ("深化人才引育，落实“檀港英才计划”，全年引进各类高层次人才200名、高校毕业生5000名以上。",
         "林晓燕", "区人力资源社会保障局", "区委人才办、区科技局、区教育局", "2026年12月底"),
        ("推动现代服务业提质增效，培育省级现代服务业集聚区1个，规上服务业营业收入增长8%。",
         "陈国栋", "区发展改革局", "区商务局、区统计局", "2026年12月底"),
    ]),
    ("三、坚持深化改革开放，持续优化营商环境", [
        ("深化国资国企改革，推进区属国有企业整合重组和市场化转型，完成区城投集团主体信用评级提升。",
         "陈国栋", "区国资中心", "区财政局、区城投集团", "2026年9月底"),
        ("深化“高效办成一件事”改革，新增集成办理事项15项，政务服务事项网上可办率保持100%。",
         "孙海涛", "区行政审批服务局", "区数据资源局、区级各有关部门", "持续推进"),
        ("全面落实促进民营经济发展政策措施，开展“政企面对面”活动12场次，依法依规清理拖欠企业账款。",
         "赵立军", "区工业和信息化局", "区工商联、区财政局、区司法局", "持续推进"),
        ("深化财税金融改革，推进零基预算改革，全年新增各项贷款100亿元以上，力争新增上市（挂牌）企业2家。",
         "陈国栋", "区财政局、区金融服务中心", "区发展改革局", "2026年12月底"),
        ("巩固提升农村集体产权制度改革成果，发展新型农村集体经济，集体经营性收入50万元以上的村占比达到60%。",
         "刘敏", "区农业农村局", "区财政局、各镇人民政府", "2026年12月底"),
    ]),
    ("四、坚持城乡融合发展，全面提升城市功能品质", [
        ("实施城市更新行动，改造城镇老旧小区42个、城中村3个，新开工保障性住房800套。",
         "孙海涛", "区住房城乡建设局", "区自然资源和规划分局、区财政局、各街道办事处", "2026年12月底"),
        ("完善城市交通路网，建成通车香樟路、滨河东路等城市道路8条，打通断头路5条。",
         "孙海涛", "区交通运输局", "区住房城乡建设局、区自然资源和规划分局、区城投集团", "2026年12月底"),
        ("提升城市精细化管理水平，新增城市公园绿地15公顷，完成背街小巷整治60条，生活垃圾分类覆盖率达到98%。",
         "孙海涛", "区城市管理局", "各街道办事处", "2026年11月底"),
        ("全方位夯实粮食安全根基，粮食播种面积稳定在18.5万亩以上，新建高标准农田1.2万亩。",
         "刘敏", "区农业农村局", "区自然资源和规划分局、区水务局、各镇人民政府", "2026年10月底"),
        ("推进和美乡村建设，打造市级和美乡村示范村10个，农村生活污水治理率达到55%。",
         "刘敏", "区农业农村局", "市生态环境局檀港分局、各镇人民政府", "2026年12月底"),
        ("加强水利基础设施建设，实施檀溪河综合治理二期工程，完成病险水库除险加固3座。",
         "刘敏", "区水务局", "/", "2026年12月底"),
    ]),
    ("五、坚持绿色低碳发展，建设美丽檀港", [
        ("深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在32微克/立方米以内，国省控断面水质优良率保持100%。",
         "刘敏", "市生态环境局檀港分局", "区住房城乡建设局、区城市管理局、区交通运输局、区农业农村局、各镇（街道）", "2026年12月底"),
        ("积极稳妥推进碳达峰碳中和，完成重点用能单位节能诊断30家，新增分布式光伏装机容量5万千瓦。",
         "陈国栋", "区发展改革局", "区工业和信息化局、区住房城乡建设局", "2026年12月底"),
        ("全面推行林长制、河湖长制，完成造林绿化2000亩，持续巩固长江流域禁捕退捕成果。",
         "刘敏", "区自然资源和规划分局、区水务局", "区农业农村局、各镇（街道）", "持续推进"),
    ]),
    ("六、坚持在发展中保障和改善民生，不断增进人民福祉", [
        ("落实就业优先政策，城镇新增就业1.2万人，城镇调查失业率控制在5.5%以内。",
         "林晓燕", "区人力资源社会保障局", "区教育局、区农业农村局、区退役军人事务局", "2026年12月底"),
        ("推进基础教育优质均衡发展，新建、改扩建中小学和幼儿园6所，新增学位5400个。",
         "林晓燕", "区教育局", "区发展改革局、区财政局、区自然资源和规划分局、区住房城乡建设局", "2026年8月底"),
        ("深化健康檀港建设，加快区人民医院新院区建设，建成社区医院2家。",
         "林晓燕", "区卫生健康局", "/", "2026年12月底"),
        ("健全养老服务体系，新建街道综合养老服务中心3个，为1000户特殊困难老年人家庭实施适老化改造。",
         "林晓燕", "区民政局", "区卫生健康局、区财政局、各镇（街道）", "2026年11月底"),
        ("繁荣发展文化旅游事业，办好第五届檀港龙舟文化节，全年接待游客850万人次以上。",
         "林晓燕", "区文化旅游体育局", "区委宣传部、区商务局", "2026年12月底"),
        ("扎实办好区政府十件民生实事，确保各项目按期完成并接受群众评议。",
         "陈国栋", "区政府办公室", "区财政局、各民生实事责任单位", "2026年12月底"),
    ]),
    ("七、坚持统筹发展和安全，建设更高水平的平安檀港", [
        ("压紧压实安全生产责任，深入推进安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。",
         "郭振华", "区应急管理局", "区安委会各成员单位", "持续推进"),
        ("加强食品药品安全监管，高标准推进省级食品安全示范城区创建。",
         "赵立军", "区市场监管局", "区农业农村局、区卫生健康局", "2026年12月底"),
        ("推进更高水平平安檀港建设，常态化开展扫黑除恶斗争，深入推进信访工作法治化，加强矛盾纠纷多元化解。",
         "郭振华", "公安檀港分局、区信访局", "区司法局、各镇（街道）", "持续推进"),
    ]),
    ("八、全面加强政府自身建设", [
        ("坚持依法行政，严格落实重大行政决策程序，深化行政复议体制改革，扎实推进法治政府建设。",
         "郭振华", "区司法局", "区政府各部门", "持续推进"),
        ("严格落实政府过紧日子要求，一般性支出压减5%以上，加强审计监督和统计监督。",
         "陈国栋", "区财政局", "区审计局、区统计局", "2026年12月底"),
    ]),
]

# cells the editor merged down (first task number -> rows); leaders are merged wherever
# consecutive tasks inside a part share the same leaders.
LEAD_MERGES = {7: 2, 21: 2}

TD = 'style="border:1px solid #000000;padding:0px 5px;"'


def cell(text, attrs="", align="center"):
    a = f' {attrs}' if attrs else ''
    return (f'<td {TD} valign="middle"{a}><p style="text-align:{align};line-height:1.5em;">'
            f'<span style="font-family:仿宋_GB2312;font-size:14px;">{text}</span></p></td>')


def table_html():
    rows = []
    rows.append('<table border="1" cellspacing="0" cellpadding="0" width="100%" '
                'style="border-collapse:collapse;width:100%;">')
    rows.append('<tbody>')
    hdr = ["序号", "工作任务", "责任区领导", "牵头单位", "配合单位", "完成时限"]
    widths = ["6%", "40%", "11%", "14%", "19%", "10%"]
    rows.append('<tr>' + ''.join(
        f'<td {TD} width="{w}" valign="middle"><p style="text-align:center;line-height:1.5em;">'
        f'<strong><span style="font-family:黑体;font-size:14px;">{h}</span></strong></p></td>'
        for h, w in zip(hdr, widths)) + '</tr>')
    n = 0
    for title, tasks in PARTS:
        rows.append(f'<tr><td {TD} colspan="6" valign="middle"><p style="text-align:left;line-height:1.5em;">'
                    f'<strong><span style="font-family:黑体;font-size:14px;">{title}</span></strong></p></td></tr>')
        # leader spans inside this part
        spans = {}
        i = 0
        while i < len(tasks):
            j = i
            while j + 1 < len(tasks) and tasks[j + 1][1] == tasks[i][1]:
                j += 1
            spans[i] = j - i + 1
            for k in range(i + 1, j + 1):
                spans[k] = 0
            i = j + 1
        lead_skip = set()
        for idx, (text, leaders, lead, coop, dl) in enumerate(tasks):
            n += 1
            tr = [cell(str(n)), cell(text, align="justify")]
            if spans[idx]:
                tr.append(cell(leaders, f'rowspan="{spans[idx]}"' if spans[idx] > 1 else ''))
            if n in LEAD_MERGES:
                tr.append(cell(lead, f'rowspan="{LEAD_MERGES[n]}"'))
                for k in range(1, LEAD_MERGES[n]):
                    lead_skip.add(n + k)
            elif n not in lead_skip:
                tr.append(cell(lead))
            tr.append(cell(coop))
            tr.append(cell(dl))
            rows.append('<tr>' + ''.join(tr) + '</tr>')
    rows.append('</tbody>')
    rows.append('</table>')
    return '\r\n'.join(rows), n


def main():
    table, n = table_html()
    P = '<p style="text-indent:2em;line-height:1.75em;text-align:justify;"><span style="font-family:仿宋_GB2312;font-size:16px;">{}</span></p>'
    body = []
    body.append('<p style="text-align:center;line-height:1.75em;"><span style="font-family:仿宋_GB2312;font-size:16px;">檀政发〔2026〕3号</span></p>')
    body.append('<p style="text-align:center;line-height:1.75em;"><strong><span style="font-family:方正小标宋简体;font-size:22px;">苇州市檀港区人民政府<br/>关于印发2026年区政府工作报告重点工作任务分工的通知</span></strong></p>')
    body.append('<p style="line-height:1.75em;text-align:justify;"><span style="font-family:仿宋_GB2312;font-size:16px;">各镇人民政府、街道办事处，区政府各部门、各直属机构，檀港经济开发区管委会：</span></p>')
    body.append(P.format('区第十八届人民代表大会第六次会议审议通过的《政府工作报告》，明确了2026年全区经济社会发展的主要目标和重点工作任务。为确保各项目标任务落到实处，经区政府研究同意，现将重点工作任务分工印发给你们，并就有关事项通知如下。'))
    body.append(P.format('<strong>一、提高思想认识。</strong>各镇（街道）、各部门要充分认识抓好《政府工作报告》贯彻落实的重要意义，把完成报告确定的目标任务作为全年工作的重中之重，对照分工逐项细化实化工作措施，明确时间表、路线图，确保各项工作有序推进、按期完成。'))
    body.append(P.format('<strong>二、压实工作责任。</strong>每项工作任务均明确了责任区领导、牵头单位和配合单位。责任区领导要加强统筹调度，及时协调解决工作推进中的重大问题；牵头单位对任务落实负总责，主要负责同志要亲自研究部署，牵头单位有两个的，要加强会商、共同推进；配合单位要按照职责分工主动对接、积极配合，形成工作合力。'))
    body.append(P.format('<strong>三、强化督查考核。</strong>区政府督查室要将重点工作任务落实情况纳入年度督查重点，实行清单化管理、台账式推进。各牵头单位要于每季度最后一个月的25日前，将任务推进情况书面报送区政府督查室（电子版发送至tgqdcs@163.com），全年工作完成情况于2026年12月15日前报送。督查结果纳入全区年度综合考核。'))
    body.append(P.format('附件：2026年区政府工作报告重点工作任务分工'))
    body.append('<p style="text-align:right;line-height:1.75em;"><span style="font-family:仿宋_GB2312;font-size:16px;">苇州市檀港区人民政府</span></p>')
    body.append('<p style="text-align:right;line-height:1.75em;"><span style="font-family:仿宋_GB2312;font-size:16px;">2026年2月27日</span></p>')
    body.append(P.format('（此件公开发布）'))
    body.append('<p style="line-height:1.75em;"><br/></p>')
    body.append('<p style="line-height:1.75em;text-align:left;"><span style="font-family:黑体;font-size:16px;">附件</span></p>')
    body.append('<p style="text-align:center;line-height:1.75em;"><strong><span style="font-family:方正小标宋简体;font-size:20px;">2026年区政府工作报告重点工作任务分工</span></strong></p>')
    body.append(table)
    body_html = '\r\n'.join(body)

    title = "苇州市檀港区人民政府关于印发2026年区政府工作报告重点工作任务分工的通知"
    page = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="苇州市檀港区人民政府">
<meta name="SiteDomain" content="www.tangang.gov.cn">
<meta name="SiteIDCode" content="3797020007">
<meta name="ColumnName" content="区政府文件">
<meta name="ColumnType" content="政府文件">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2026-03-03 16:42">
<meta name="ContentSource" content="区政府办公室">
<meta name="Keywords" content="政府工作报告,任务分工">
<meta name="Description" content="{title}">
<title>{title}_区政府文件_苇州市檀港区人民政府</title>
<link rel="stylesheet" type="text/css" href="/images/common.css">
<link rel="stylesheet" type="text/css" href="/images/xxgk_content.css">
<script type="text/javascript" src="/images/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="/images/common.js"></script>
</head>
<body>
<div class="top-bar">
  <div class="w1200">
    <span class="fl">今天是：<span id="today"></span></span>
    <span class="fr"><a href="javascript:void(0);" id="wza">无障碍浏览</a> | <a href="javascript:void(0);" id="zhlb">长者模式</a> | <a href="/gate/big5/www.tangang.gov.cn/">繁体版</a> | <a href="/wap/">手机版</a></span>
  </div>
</div>
<div class="header">
  <div class="w1200">
    <a href="/" class="logo"><img src="/images/logo.png" alt="苇州市檀港区人民政府"></a>
    <div class="search">
      <form action="/search/index.html" method="get" target="_blank">
        <input type="text" name="q" class="search-input" placeholder="请输入关键词">
        <input type="submit" class="search-btn" value="搜索">
      </form>
    </div>
  </div>
</div>
<div class="nav">
  <ul class="w1200">
    <li><a href="/">首页</a></li>
    <li><a href="/zjtg/">走进檀港</a></li>
    <li><a href="/zwdt/">政务动态</a></li>
    <li class="on"><a href="/zwgk/">政务公开</a></li>
    <li><a href="/zwfw/">政务服务</a></li>
    <li><a href="/hdjl/">互动交流</a></li>
    <li><a href="/ztzl/">专题专栏</a></li>
  </ul>
</div>
<div class="w1200 main">
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/fdzdgknr/">法定主动公开内容</a> &gt; <a href="/zwgk/fdzdgknr/zfwj/">政府文件</a> &gt; <a href="/zwgk/fdzdgknr/zfwj/qzfwj/">区政府文件</a></div>
  <div class="xxgk-info">
    <table class="xxgk-table" width="100%" cellspacing="0" cellpadding="0">
      <tr>
        <th>索引号：</th><td>11371302004562873X/2026-00031</td>
        <th>主题分类：</th><td>综合政务/其他</td>
      </tr>
      <tr>
        <th>发布机构：</th><td>苇州市檀港区人民政府</td>
        <th>成文日期：</th><td>2026-02-27</td>
      </tr>
      <tr>
        <th>文　　号：</th><td>檀政发〔2026〕3号</td>
        <th>发布日期：</th><td>2026-03-03</td>
      </tr>
      <tr>
        <th>名　　称：</th><td colspan="3">{title}</td>
      </tr>
      <tr>
        <th>有 效 性：</th><td colspan="3">有效</td>
      </tr>
    </table>
  </div>
  <div class="article">
    <h1 class="article-title">{title}</h1>
    <div class="article-info">
      <span>发布时间：2026-03-03 16:42</span>
      <span>来源：区政府办公室</span>
      <span>浏览次数：<em id="hits">1286</em></span>
      <span class="font-size">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span>
    </div>
    <div class="article-content" id="zoom">
<!--ContentStart--><div class="TRS_Editor">
{body_html}
</div><!--ContentEnd-->
    </div>
    <div class="article-attach">
      <p>附件下载：</p>
      <ul>
        <li><a href="./P020260303412675938214.docx" target="_blank">2026年区政府工作报告重点工作任务分工.docx</a></li>
        <li><a href="./P020260303412675931172.pdf" target="_blank">檀政发〔2026〕3号.pdf</a></li>
      </ul>
    </div>
    <div class="article-tools">
      <a href="javascript:window.print();">【打印本页】</a>
      <a href="javascript:window.close();">【关闭窗口】</a>
    </div>
    <div class="related">
      <h3>相关解读</h3>
      <ul>
        <li><a href="/zwgk/zcjd/202603/t20260304_2841176.html">图解：2026年檀港区政府工作报告</a><span>2026-03-04</span></li>
        <li><a href="/zwgk/zcjd/202603/t20260305_2841893.html">一图读懂2026年区政府工作报告重点工作任务分工</a><span>2026-03-05</span></li>
      </ul>
    </div>
    <div class="page-link">
      <p>上一篇：<a href="./t20260302_2840655.html">苇州市檀港区人民政府关于公布2026年区政府十件民生实事项目的通知</a></p>
      <p>下一篇：<a href="./t20260306_2842217.html">苇州市檀港区人民政府关于调整区政府领导工作分工的通知</a></p>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w1200">
    <p>主办单位：苇州市檀港区人民政府办公室&nbsp;&nbsp;&nbsp;承办单位：苇州市檀港区数据资源局</p>
    <p>地址：苇州市檀港区檀溪大道88号&nbsp;&nbsp;&nbsp;联系电话：0793-8216035&nbsp;&nbsp;&nbsp;邮编：376400</p>
    <p>网站标识码：3797020007&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">苇ICP备13004127号-1</a>&nbsp;&nbsp;&nbsp;<img src="/images/gaba.png" alt="">苇公网安备37130202000318号</p>
    <p><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0F6E27C35A8B7D3EE053012819ACB7A2" target="_blank"><img src="/images/dzjg.png" alt="党政机关"></a>&nbsp;<a href="https://zfwzzc.www.gov.cn/check_web/errorInfo/jcInfo/" target="_blank"><img src="/images/jiucuo.png" alt="政府网站找错"></a></p>
  </div>
</div>
<script type="text/javascript">
  var d=new Date();document.getElementById("today").innerHTML=d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日";
  function doZoom(size){{document.getElementById("zoom").style.fontSize=size+"px";}}
</script>
</body>
</html>
'''
    page = page.replace('\r\n', '\n').replace('\n', '\r\n')
    with open(OUT, 'w', encoding='utf-8', newline='') as f:
        f.write(page)
    print(OUT, n, "tasks")


if __name__ == '__main__':
    main()
