#!/usr/bin/python3
"""Round 136 / 690: a 市人民政府 portal 政务公开 article page (served HTML) of a
市政府办公室 notice whose 附件 (printed inline after the 落款) lists the tasks as
paragraphs `N．` running on under `一、` parts, each closing with a 楷体 span
（牵头单位：…；责任单位：…）, the cover saying that 责任单位 are the units that
take part (配合), the first of several 牵头单位 being 主牵头.

Writes 690_huangchuan_shi_gzbg_renwu_fengong_zhengwu_gongkai.html and its gold.
Deterministic: no clock, no randomness.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "690_huangchuan_shi_gzbg_renwu_fengong_zhengwu_gongkai"

KAI = 'font-family: 楷体_GB2312, 楷体;'
FS = 'font-family: 仿宋_GB2312, 仿宋;'
HEI = 'font-family: 黑体, SimHei;'

# Each task: (marker, text, leads, coops, form)
# form: 'std' clause span after the text; 'own_p' clause in its own <p>;
#       'before_stop' clause before the final 。; 'cut:<n>' clause span cut
#       after n characters of the clause.
# Clause text is built from leads/coops with a separator string per task
# (default 、 between units), so `seps` may override the list text.
PARTS = [
    ("一、扎实推动经济稳进提质", [
        ("1．", "全市地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长7%，固定资产投资增长6%，社会消费品零售总额增长5.5%。",
         "市发展改革委", "市财政局、市工业和信息化局、市商务局、市统计局，各县（市、区）人民政府，篁川高新区管委会", "std"),
        ("2．", "全力扩大有效投资。全年实施市级重点项目300个以上，完成年度投资800亿元以上，争取超长期特别国债和中央预算内投资等上级资金40亿元以上。",
         "市发展改革委", "市财政局、市自然资源和规划局、市生态环境局、市住房和城乡建设局、市行政审批服务局（市政务服务中心）", "std"),
        ("3．", "大力提振消费。用好消费品以旧换新政策，办好&ldquo;篁川消费季&rdquo;系列促消费活动200场以上，培育夜间经济集聚区5个。",
         "市商务局", "市财政局、市文化广电旅游局、市市场监管局、市城管局", "std"),
        ("4．", "抓实招商引资。坚持&ldquo;一把手&rdquo;招商，全年新签约亿元以上项目120个，实际到位省外资金增长10%以上。",
         "市投资促进中心、市商务局", "市发展改革委、市工业和信息化局，各县（市、区）人民政府", "std"),
        ("5．", "强化财政金融支撑。深化零基预算改革，严控一般性支出；全年新增各项贷款300亿元以上，推动1家企业在境内外资本市场上市。",
         "市财政局、市委金融办", "人民银行篁川市分行、国家金融监督管理总局篁川监管分局、市国资委", "std"),
        ("6．", "提高统计数据质量。深化统计造假专项治理，严格落实统计数据质量核查制度，确保统计数据真实准确。",
         "市统计局", None, "std"),
    ]),
    ("二、加快建设现代化产业体系", [
        ("7．", "做强先进制造业。实施重点产业链高质量发展行动，全年新增规模以上工业企业80家，力争新材料产业集群产值突破千亿元。",
         "市工业和信息化局", "市发展改革委、市科技局、市商务局、篁川高新区管委会", "std"),
        ("8．", "加快发展数字经济。新建5G基站1200个，培育省级以上智能工厂、数字化车间10个，有序推进公共数据授权运营。",
         "市数据局", "市委网信办、市工业和信息化局、各基础电信运营企业", "std"),
        ("9．", "提升科技创新能力。全社会研发经费投入强度达到2.3%，新增高新技术企业100家、科技型中小企业400家。",
         "市科技局", "市财政局、市工业和信息化局、市统计局、篁川高新区管委会", "std"),
        ("10．", "发展现代服务业。推动现代物流、检验检测、工业设计等生产性服务业提质扩容，创建省级现代服务业集聚区2个。",
         "市发展改革委", "市商务局，市交通运输局、市市场监管局", "std"),
        ("11．", "推动文旅深度融合。支持青螺湖景区创建国家5A级旅游景区，全年接待游客人次、旅游总收入均增长8%以上。",
         "市文化广电旅游局", "市发展改革委、市自然资源和规划局、市交通运输局、各县（市、区）人民政府", "std"),
    ]),
    ("三、全面深化改革开放", [
        ("12.", "深化国资国企改革。实施国有企业改革深化提升行动，推动市属国有企业战略性重组和专业化整合，盘活低效闲置国有资产。",
         "市国资委", "市财政局、市自然资源和规划局、市司法局", "std"),
        ("13．", "持续优化营商环境。深化&ldquo;高效办成一件事&rdquo;改革，推行涉企经营许可&ldquo;证照联办&rdquo;，政务服务事项&ldquo;一网通办&rdquo;率达到95%以上。",
         "市行政审批服务局（市政务服务中心）、市发展改革委", "市数据局、市市场监管局、市司法局，市直有关单位", "std"),
        ("14．", "支持民营经济发展壮大。全面落实&ldquo;免申即享&rdquo;惠企政策，常态化开展清理拖欠企业账款工作，全年为经营主体减税降费20亿元以上。",
         "市发展改革委", "市工业和信息化局、市财政局、市税务局、市工商联", "std"),
        ("15．", "扩大高水平对外开放。实施外贸经营主体培育行动，全年进出口总额增长8%，加快推进篁川综合保税区申报工作。",
         "市商务局", "篁川海关、市发展改革委、市交通运输局、篁川高新区管委会", "std"),
        ("16．", "深化农村改革。稳妥开展第二轮土地承包到期后再延长三十年试点，因地制宜发展新型农村集体经济。",
         "市农业农村局", "市自然资源和规划局、市财政局，各县（市、区）人民政府", "halfcolon"),
    ]),
    ("四、统筹推进城乡融合发展", [
        ("17．", "推进以人为本的新型城镇化。实施城市更新行动，改造城镇老旧小区120个、城中村3个，新增城市公共停车泊位5000个。",
         "市住房和城乡建设局", "市发展改革委、市自然资源和规划局、市财政局、市城管局、各县（市、区）人民政府", "cut:12"),
        ("18．", "完善综合交通网络。加快篁川至临湖高速公路建设，开工建设西外环快速路，新改建农村公路300公里，积极争取省交通运输厅项目和资金支持。",
         "市交通运输局", "市发展改革委、市自然资源和规划局、市生态环境局、市财政局", "std"),
        ("19．", "牢牢守住粮食安全底线。粮食播种面积稳定在280万亩以上、总产量稳定在22亿斤以上，新建高标准农田12万亩。",
         "市农业农村局", "市发展改革委、市财政局、市自然资源和规划局、市水利局", "std"),
        ("20．", "全面推进乡村振兴。巩固拓展脱贫攻坚成果，培育市级以上农业产业化龙头企业20家，创建和美乡村示范村50个。",
         "市农业农村局", "市财政局、市住房和城乡建设局、市文化广电旅游局、市人力资源和社会保障局", "std"),
        ("21．", "加强水利基础设施建设。推进青螺湖水库除险加固工程，实施中小河流治理项目8个，农村自来水普及率达到93%。",
         "市水利局", "市发展改革委、市财政局、市自然资源和规划局", "std"),
    ]),
    ("五、持续改善生态环境质量", [
        ("22．", "深入打好蓝天碧水净土保卫战。细颗粒物（PM2.5）平均浓度控制在32微克/立方米以内，国省控断面水质优良比例保持100%。",
         "市生态环境局", "市发展改革委、市工业和信息化局、市住房和城乡建设局、市交通运输局、市农业农村局、市水利局", "std"),
        ("23．", "积极稳妥推进碳达峰碳中和。严格落实能源消费强度和总量双控要求，推进重点行业节能降碳改造，加快公共机构绿色低碳转型。",
         "市发展改革委", "市生态环境局、市工业和信息化局、市住房和城乡建设局、市机关事务服务中心", "std"),
        ("24．", "加强生态保护修复。完成营造林8万亩，推进历史遗留废弃矿山生态修复，持续抓好长江流域重点水域禁捕退捕。",
         "市林业局、市自然资源和规划局", "市生态环境局、市水利局、市农业农村局", "before_stop"),
        ("25．", "推进城乡环境综合整治。深化城市精细化管理，推进生活垃圾分类，完成农村人居环境整治提升年度任务。",
         "市城管局", "市住房和城乡建设局、市生态环境局、市农业农村局，各县（市、区）人民政府", "std"),
    ]),
    ("六、用心用情保障和改善民生", [
        ("26．", "稳定和扩大就业。城镇新增就业3.5万人，城镇调查失业率控制在5.5%以内，开展补贴性职业技能培训2万人次。",
         "市人力资源和社会保障局", "市教育局、市财政局、市农业农村局、市退役军人事务局", "std"),
        ("27．", "办好人民满意的教育。新建改扩建中小学和幼儿园15所，新增学位1.2万个，推动篁川职业技术学院扩容提质。",
         "市教育局", "市发展改革委、市财政局、市自然资源和规划局、市住房和城乡建设局", "own_p"),
        ("28．", "推进健康篁川建设。深化紧密型县域医共体建设，支持市中心医院创建省级区域医疗中心，提升基层医疗卫生服务能力。",
         "市卫生健康委", "市医保局、市发展改革委、市财政局", "std"),
        ("29．", "健全社会保障体系。推进全民参保计划，落实城乡居民基础养老金提标政策，做好困难群众基本生活保障。",
         "市人力资源和社会保障局", "市医保局、市民政局、市财政局、市税务局", "std"),
        ("30．", "加强&ldquo;一老一小&rdquo;服务。新增普惠托位1000个，建设社区嵌入式养老服务设施30个，发展银发经济。",
         "市民政局", "市卫生健康委、市发展改革委、市财政局、市住房和城乡建设局", "std"),
        ("31．", "繁荣发展文化体育事业。实施文化惠民工程，开展送戏下乡500场，办好篁川马拉松等品牌赛事活动。",
         "市文化广电旅游局", "市教育局、市体育事业发展中心", "std"),
    ]),
    ("七、统筹发展和安全", [
        ("32．", "防范化解重点领域风险。稳妥处置房地产、地方债务、中小金融机构等领域风险，坚决守住不发生系统性风险底线。",
         "市财政局、市委金融办、市住房和城乡建设局", "人民银行篁川市分行、国家金融监督管理总局篁川监管分局", "std"),
        ("33．", "抓好安全生产和防灾减灾救灾。深化安全生产治本攻坚三年行动，加强森林防火、防汛抗旱等应急能力建设。",
         "市应急管理局", "市公安局、市交通运输局、市住房和城乡建设局、市水利局、市林业局、市消防救援支队", "std"),
        ("34．", "建设更高水平的平安篁川。坚持和发展新时代&ldquo;枫桥经验&rdquo;，深入推进信访工作法治化，常态化开展扫黑除恶斗争。",
         "市公安局", "市信访局、市司法局、市民政局，各县（市、区）人民政府", "std"),
    ]),
]


def split_units(s):
    out, depth, cur = [], 0, ""
    for ch in s:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if depth == 0 and ch in "、，；":
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return [u for u in out if u]


def unescape(s):
    import html
    return html.unescape(s)


def clause_text(leads, coops, form):
    c = "（牵头单位：" + leads
    if coops is not None:
        c += "；责任单位" + (":" if form == "halfcolon" else "：") + coops
    return c + "）"


def task_html(marker, text, leads, coops, form):
    clause = clause_text(leads, coops, form)
    p = '<p style="text-indent: 2em; line-height: 2em;"><span style="%s">' % FS
    if form == "own_p":
        return [p + marker + text + "</span></p>",
                p.replace(FS, KAI) + clause + "</span></p>"]
    if form == "before_stop":
        assert text.endswith("。")
        return [p + marker + text[:-1] + '</span><span style="%s">' % KAI
                + clause + '</span><span style="%s">。</span></p>' % FS]
    if form.startswith("cut:"):
        n = int(form[4:])
        return [p + marker + text + '</span><span style="%s">' % KAI + clause[:n]
                + '</span><span style="%s">' % KAI + clause[n:] + "</span></p>"]
    return [p + marker + text + '</span><span style="%s">' % KAI + clause + "</span></p>"]


TITLE = "篁川市人民政府办公室关于印发2025年《政府工作报告》重点工作任务分工的通知"
ATT_TITLE = "2025年《政府工作报告》重点工作任务分工"
WENHAO = "篁政办发〔2025〕5号"

COVER = [
    ('center', WENHAO),
    ('title', TITLE),
    ('plain', "各县（市、区）人民政府，篁川高新区管委会，市政府各部门、各直属机构："),
    ('indent', "《政府工作报告》已经篁川市第十七届人民代表大会第五次会议审议通过。为确保报告确定的各项目标任务落到实处，经市人民政府同意，现将《2025年〈政府工作报告〉重点工作任务分工》印发给你们，并就有关事项通知如下："),
    ('indent', '<span style="%s">一、提高思想认识。</span>《政府工作报告》是市政府全年工作的总纲领和总遵循。各地各部门要切实把思想和行动统一到市委、市政府决策部署上来，对照任务分工，逐项制定工作方案，明确时间表、路线图，确保各项任务按期保质完成。' % HEI),
    ('indent', '<span style="%s">二、压实工作责任。</span>任务分工中，&ldquo;牵头单位&rdquo;对所牵头的任务负总责，负责制定推进计划、组织协调调度和汇总报送进展情况；&ldquo;责任单位&rdquo;为参与单位，要按照职责分工主动配合、积极参与，共同推动任务落实。牵头单位为两个及以上的，排在第一位的为主牵头单位，其他牵头单位共同负责。各县（市、区）人民政府、篁川高新区管委会要结合实际抓好涉及本地区任务的落实。' % HEI),
    ('indent', '<span style="%s">三、强化督查考核。</span>市政府将《政府工作报告》重点工作任务落实情况纳入年度综合考核。各牵头单位要于每季度最后一个月25日前将任务推进情况（含电子版）报送市政府督查室，全年工作总结于12月20日前报送。对工作推进不力、进度滞后的，将按有关规定进行通报。联系人：王　勇，联系电话：8236117，电子邮箱：hcszfdcs@huangchuan.gov.cn。' % HEI),
    ('indent', "附件：2025年《政府工作报告》重点工作任务分工"),
    ('blank', ""),
    ('right', "篁川市人民政府办公室"),
    ('right', "2025年3月6日"),
    ('indent', "（此件公开发布）"),
    ('blank', ""),
]


def cover_html():
    out = []
    for kind, t in COVER:
        if kind == 'center':
            out.append('<p style="text-align: center; line-height: 2em;"><span style="%s">%s</span></p>' % (FS, t))
        elif kind == 'title':
            out.append('<p style="text-align: center; line-height: 2em;"><strong><span style="font-family: 方正小标宋简体; font-size: 22px;">%s</span></strong></p>' % t)
        elif kind == 'plain':
            out.append('<p style="line-height: 2em;"><span style="%s">%s</span></p>' % (FS, t))
        elif kind == 'indent':
            out.append('<p style="text-indent: 2em; line-height: 2em;"><span style="%s">%s</span></p>' % (FS, t))
        elif kind == 'right':
            out.append('<p style="text-align: right; line-height: 2em;"><span style="%s">%s</span></p>' % (FS, t))
        elif kind == 'blank':
            out.append('<p style="line-height: 2em;"><br/></p>')
    return out


def attach_html():
    out = ['<p style="line-height: 2em;"><span style="%s">附件</span></p>' % HEI,
           '<p style="line-height: 2em;"><br/></p>',
           '<p style="text-align: center; line-height: 2em;"><strong><span style="font-family: 方正小标宋简体; font-size: 20px;">%s</span></strong></p>' % ATT_TITLE,
           '<p style="line-height: 2em;"><br/></p>']
    for head, tasks in PARTS:
        out.append('<p style="text-indent: 2em; line-height: 2em;"><span style="%s">%s</span></p>' % (HEI, head))
        for t in tasks:
            out.extend(task_html(*t))
    return out


TEMPLATE_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
\t<meta charset="utf-8">
\t<meta http-equiv="X-UA-Compatible" content="IE=edge">
\t<meta name="viewport" content="width=device-width, initial-scale=1.0">
\t<title>{title}_市政府办文件_篁川市人民政府</title>
\t<meta name="SiteName" content="篁川市人民政府">
\t<meta name="SiteDomain" content="www.huangchuan.gov.cn">
\t<meta name="SiteIDCode" content="4309000027">
\t<meta name="ColumnName" content="市政府办文件">
\t<meta name="ColumnType" content="政府文件">
\t<meta name="ArticleTitle" content="{title}">
\t<meta name="PubDate" content="2025-03-10 16:42">
\t<meta name="ContentSource" content="市政府办公室">
\t<meta name="Keywords" content="政府工作报告,重点工作,任务分工">
\t<meta name="Description" content="{title}">
\t<link rel="stylesheet" href="/images/2023/css/common.css">
\t<link rel="stylesheet" href="/images/2023/css/xxgk_detail.css">
\t<script src="/images/2023/js/jquery-1.12.4.min.js"></script>
\t<script src="/images/2023/js/common.js"></script>
</head>
<body>
\t<div class="top-bar">
\t\t<div class="w1200 clearfix">
\t\t\t<span class="fl">欢迎访问篁川市人民政府门户网站！</span>
\t\t\t<div class="fr">
\t\t\t\t<a href="javascript:void(0);" id="cniil_wza">无障碍</a>
\t\t\t\t<a href="javascript:void(0);" class="elder-mode">长者模式</a>
\t\t\t\t<a href="/m/">手机版</a>
\t\t\t\t<a href="/wza/">政务微博</a>
\t\t\t\t<a href="javascript:void(0);">政务微信</a>
\t\t\t</div>
\t\t</div>
\t</div>
\t<div class="header">
\t\t<div class="w1200">
\t\t\t<a href="/" class="logo"><img src="/images/2023/images/logo.png" alt="篁川市人民政府"></a>
\t\t\t<div class="search">
\t\t\t\t<form action="/search/" method="get" target="_blank">
\t\t\t\t\t<input type="text" name="q" placeholder="请输入关键词">
\t\t\t\t\t<button type="submit">搜索</button>
\t\t\t\t</form>
\t\t\t</div>
\t\t</div>
\t</div>
\t<div class="nav">
\t\t<ul class="w1200 clearfix">
\t\t\t<li><a href="/">首页</a></li>
\t\t\t<li><a href="/zwgk/">政务公开</a></li>
\t\t\t<li><a href="/zwfw/">政务服务</a></li>
\t\t\t<li><a href="/hdjl/">互动交流</a></li>
\t\t\t<li><a href="/zjhc/">走进篁川</a></li>
\t\t\t<li><a href="/ztzl/">专题专栏</a></li>
\t\t</ul>
\t</div>
\t<div class="w1200 main">
\t\t<div class="position">
\t\t\t当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/fdzdgknr/">法定主动公开内容</a> &gt; <a href="/zwgk/fdzdgknr/szfbwj/">市政府办文件</a>
\t\t</div>
\t\t<div class="xxgk-info">
\t\t\t<table class="info-table" cellpadding="0" cellspacing="0">
\t\t\t\t<tr>
\t\t\t\t\t<th>索引号：</th><td>11430900MB1537420X/2025-00418</td>
\t\t\t\t\t<th>主题分类：</th><td>综合政务/其他</td>
\t\t\t\t</tr>
\t\t\t\t<tr>
\t\t\t\t\t<th>发文机关：</th><td>篁川市人民政府办公室</td>
\t\t\t\t\t<th>成文日期：</th><td>2025-03-06</td>
\t\t\t\t</tr>
\t\t\t\t<tr>
\t\t\t\t\t<th>标　　题：</th><td colspan="3">{title}</td>
\t\t\t\t</tr>
\t\t\t\t<tr>
\t\t\t\t\t<th>发文字号：</th><td>{wenhao}</td>
\t\t\t\t\t<th>发布日期：</th><td>2025-03-10</td>
\t\t\t\t</tr>
\t\t\t\t<tr>
\t\t\t\t\t<th>有 效 性：</th><td>有效</td>
\t\t\t\t\t<th>公开方式：</th><td>主动公开</td>
\t\t\t\t</tr>
\t\t\t</table>
\t\t</div>
\t\t<div class="article">
\t\t\t<h1 class="article-title">{title}</h1>
\t\t\t<div class="article-attr">
\t\t\t\t<span>发布时间：2025-03-10 16:42</span>
\t\t\t\t<span>来源：市政府办公室</span>
\t\t\t\t<span>浏览次数：<em id="hits"></em></span>
\t\t\t\t<span class="font-size">【字体：<a href="javascript:doZoom(18);">大</a> <a href="javascript:doZoom(16);">中</a> <a href="javascript:doZoom(14);">小</a>】</span>
\t\t\t</div>
\t\t\t<!--ContentStart-->
\t\t\t<div class="article-content" id="zoom">
\t\t\t\t<div class="TRS_Editor">
"""

TEMPLATE_TAIL = """\t\t\t\t</div>
\t\t\t</div>
\t\t\t<!--ContentEnd-->
\t\t\t<div class="article-fj">
\t\t\t\t<script>
\t\t\t\t\tvar fjurl = '';
\t\t\t\t\tif (fjurl != '') {{ document.write('<p class="fj-title">附件下载：</p>' + fjurl); }}
\t\t\t\t</script>
\t\t\t</div>
\t\t\t<div class="article-tools">
\t\t\t\t<a href="javascript:window.print();">【打印本页】</a>
\t\t\t\t<a href="javascript:window.close();">【关闭窗口】</a>
\t\t\t</div>
\t\t\t<div class="article-page">
\t\t\t\t<p>上一篇：<a href="./202503/t20250307_3528716.html">篁川市人民政府办公室关于公布2025年市级重点建设项目名单的通知</a></p>
\t\t\t\t<p>下一篇：<a href="./202503/t20250312_3531042.html">篁川市人民政府办公室关于做好2025年春季森林防火工作的通知</a></p>
\t\t\t</div>
\t\t\t<div class="related">
\t\t\t\t<h3>相关解读</h3>
\t\t\t\t<ul>
\t\t\t\t\t<li><a href="/zwgk/zcjd/202503/t20250311_3530187.html">图解：2025年篁川市《政府工作报告》重点工作任务分工</a><span>2025-03-11</span></li>
\t\t\t\t</ul>
\t\t\t</div>
\t\t</div>
\t</div>
\t<div class="footer">
\t\t<div class="w1200">
\t\t\t<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sysm/">使用声明</a></p>
\t\t\t<p>主办单位：篁川市人民政府办公室　承办单位：篁川市大数据中心</p>
\t\t\t<p>网站标识码：4309000027　<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备05003817号</a>　<img src="/images/2023/images/ga.png" alt="">湘公网安备 43090202000118号</p>
\t\t\t<p>联系电话：8236100　地址：篁川市青螺大道1号</p>
\t\t\t<div class="dzjg"><script id="_jiucuojiaoben_" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>
\t\t</div>
\t</div>
\t<script>
\t\tfunction doZoom(size) {{ document.getElementById('zoom').style.fontSize = size + 'px'; }}
\t</script>
</body>
</html>
"""


def build():
    lines = cover_html() + attach_html()
    body = "".join("\t\t\t\t\t" + l + "\n" for l in lines)
    html_text = (TEMPLATE_HEAD.format(title=TITLE, wenhao=WENHAO) + body
                 + TEMPLATE_TAIL.format())
    with open(os.path.join(HERE, NAME + ".html"), "w", encoding="utf-8", newline="\n") as f:
        f.write(html_text)

    gold = []
    for head, tasks in PARTS:
        for marker, text, leads, coops, form in tasks:
            t = unescape(text)
            lead_u = split_units(leads)
            coop_u = split_units(coops) if coops is not None else []
            gold.append({
                "id": marker.rstrip("．."),
                "marker": marker,
                "head": t[:12],
                "responsible_units": lead_u + coop_u,
                "lead_units": lead_u,
                "cooperating_units": coop_u,
                "leaders": [],
                "deadline": None,
            })
    with open(os.path.join(HERE, NAME + ".tasks.gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(len(gold), "tasks")


if __name__ == "__main__":
    build()
