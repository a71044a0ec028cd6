#!/usr/bin/python3
"""Generate 639: a 区人民政府办公室 task-division notice as a 开普云-style
政务公开 article page serves it, with its gold list.  Deterministic."""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "639_dichuan_qu_gzbg_zhongdian_renwu_fengong_kaipuyun"
NOTICE = os.path.join(HERE, NAME + ".html")
GOLD = os.path.join(HERE, NAME + ".tasks.gold.jsonl")

TITLE = "荻川区人民政府办公室关于印发2026年区政府工作报告重点工作任务分工方案的通知"
DOCNO = "荻政办发〔2026〕5号"

# ---------------------------------------------------------------- tasks
# (part title, [tasks]); task = (text, leader cell, lead cell, coop cell, deadline)
# cells are written as the editor kept them; "<br>" / "、" / "，" / "<p>" inside.
PARTS = [
    ("一、聚焦产业提质，推动经济高质量发展（7项）", [
        ("全区地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长7.5%，固定资产投资增长6%。",
         "周明远<br/>冯涛", "区发展和改革局",
         "区统计局、区财政局、区工业和信息化局、区商务局、各镇（街道）", "2026年12月底"),
        ("实施先进制造业集群培育行动，做强新材料、智能装备两大主导产业，新增规模以上工业企业25家以上。",
         "孙立华", "区工业和信息化局",
         "区发展和改革局、区科学技术局、荻川经济开发区管委会", "2026年12月底"),
        ("实施“智改数转”三年行动，完成工业技术改造项目40个以上，新增省级智能工厂2家。",
         "孙立华", "区工业和信息化局", "区财政局、区数据资源管理局", "2026年12月底"),
        ("强化企业创新主体地位，新增高新技术企业30家、科技型中小企业80家，全社会研发投入强度达到2.6%。",
         "孙立华", "区科学技术局",
         "区财政局、区工业和信息化局、区统计局，荻川经济开发区管委会", "2026年12月底"),
        ("扎实推进重大项目建设，全年实施区级重点项目120个，完成年度投资160亿元以上。",
         "冯涛", "区发展和改革局",
         "区自然资源局、区住房和城乡建设局、区财政局、各镇（街道）", "2026年12月底"),
        ("大力发展现代服务业，加快荻川现代物流园二期建设，社会消费品零售总额增长6.5%。",
         "孙立华", "区商务局",
         "区发展和改革局、区交通运输局、区市场监督管理局", "2026年12月底"),
        ("坚持招商引资“一号工程”，全年引进亿元以上项目45个，实际使用外资1500万美元。",
         "孙立华", "区投资促进中心<br/>区商务局",
         "荻川经济开发区管委会、各镇（街道）、区直有关部门", "2026年12月底"),
    ]),
    ("二、深化改革开放，持续优化营商环境（5项）", [
        ("深化“放管服”改革，推动“高效办成一件事”重点事项清单全部落地，政务服务事项网上可办率保持100%。",
         "陈家骏", "区行政审批局",
         "区数据资源管理局、区司法局、区直有关部门", "2026年12月底"),
        ("持续优化营商环境，开展涉企违规收费专项整治，健全企业诉求“直通车”办理机制。",
         "陈家骏", "区发展和改革局、区市场监督管理局",
         "区工商联、区司法局、区财政局", "2026年12月底"),
        ("深化国资国企改革，推进区属国有企业整合重组，完成区城投集团市场化转型。",
         "冯　涛", "区财政局（区国资办）", "区发展和改革局、区城投集团", "2026年10月底"),
        ("深化财税体制改革，加强预算绩效管理，严控一般性支出，兜牢“三保”底线。",
         "冯　涛", "区财政局", "/", "持续推进"),
        ("推动民营经济高质量发展，落实结构性减税降费政策，全年新增经营主体6000户以上。",
         "孙立华", "区市场监督管理局",
         "国家税务总局荻川区税务局、区财政局、区工商联", "2026年12月底"),
    ]),
    ("三、坚持城乡融合，加快建设宜居城区（6项）", [
        ("加快国土空间规划实施，完成城区控制性详细规划修编，盘活存量建设用地1200亩。",
         "郭振宇", "区自然资源局",
         "区住房和城乡建设局、区发展和改革局、各镇（街道）", "2026年11月底"),
        ("实施城市更新行动，改造老旧小区28个、城中村2个，新建改造城市燃气管网35公里。",
         "郭振宇", "区住房和城乡建设局",
         "区财政局、区城市管理局、各街道办事处", "2026年12月底"),
        ("推进交通基础设施建设，建成荻川大道东延段，启动环城北路改造提升工程。",
         "郭振宇", "区交通运输局",
         "区自然资源局、区住房和城乡建设局、区城投集团", "2026年12月底"),
        ("提升城市精细化管理水平，深化“城市管家”试点，新增公共停车泊位1500个。",
         "郭振宇", "区城市管理局",
         "区住房和城乡建设局、区交通运输局、市公安局荻川分局", "2026年12月底"),
        ("全面推进乡村振兴，粮食播种面积稳定在32万亩以上，新建高标准农田1.2万亩。",
         "何晓军", "区农业农村局",
         "区财政局、区自然资源局、区水利局、各镇（街道）", "2026年10月底"),
        ("实施农村人居环境整治提升行动，农村生活污水治理率达到45%，打造和美乡村示范村6个。",
         "何晓军", "区农业农村局",
         "市生态环境局荻川分局、区住房和城乡建设局、区水利局、各镇（街道）", "2026年12月底"),
    ]),
    ("四、厚植生态底色，推进绿色低碳发展（5项）", [
        ("深入打好蓝天保卫战，PM2.5平均浓度控制在30微克/立方米以内，空气质量优良天数比率达到85%。",
         "何晓军", "市生态环境局荻川分局",
         "区工业和信息化局、区住房和城乡建设局、区交通运输局、区城市管理局、各镇（街道）", "2026年12月底"),
        ("深入打好碧水保卫战，全面落实河湖长制，国省考断面水质优良比例保持100%。",
         "何晓军", "区水利局、市生态环境局荻川分局",
         "区农业农村局、各镇（街道）", "2026年12月底"),
        ("推进绿色低碳转型，完成单位地区生产总值能耗下降目标，新增分布式光伏装机5万千瓦。",
         "孙立华", "区发展和改革局",
         "区工业和信息化局、区住房和城乡建设局、区机关事务服务中心", "2026年12月底"),
        ("加强生态保护修复，完成营造林1.5万亩，推进荻川湿地公园保护提升工程。",
         "何晓军", "区自然资源局", "区农业农村局、区文化和旅游局", "2026年11月底"),
        ("抓好中央和省生态环境保护督察反馈问题整改，确保按时序销号。",
         "何晓军", "市生态环境局荻川分局", "区直有关部门、各镇（街道）", "按整改时序推进"),
    ]),
    ("五、增进民生福祉，提升公共服务水平（7项）", [
        ("稳定和扩大就业，城镇新增就业5200人以上，城镇调查失业率控制在5.5%以内。",
         "沈丽萍", "区人力资源和社会保障局",
         "区财政局、区教育局、区工商联、各镇（街道）", "2026年12月底"),
        ("推进教育优质均衡发展，新建改扩建中小学、幼儿园5所，新增学位3600个。",
         "沈丽萍", "区教育局",
         "区发展和改革局、区财政局、区自然资源局、区住房和城乡建设局", "2026年8月底"),
        ("深化医药卫生体制改革，推进紧密型县域医共体建设，区人民医院创成三级医院。",
         "沈丽萍", "区卫生健康委员会",
         "<p>区医疗保障局</p><p>区财政局</p><p>区人民医院</p>", "2026年12月底"),
        ("完善养老服务体系，新建社区嵌入式养老服务中心4个，改造提升镇级敬老院2所。",
         "沈丽萍", "区民政局", "区卫健委、区财政局、各镇（街道）", "2026年12月底"),
        ("繁荣发展文化旅游事业，举办第五届荻川油菜花节，全年接待游客量增长10%以上。",
         "沈丽萍", "区文化和旅游局",
         "区委宣传部、区融媒体中心、相关镇（街道）", "2026年4月底"),
        ("加强社会救助兜底保障，落实最低生活保障标准动态调整机制，做好困难群众帮扶工作。",
         "沈丽萍", "区民政局",
         "区财政局、区医疗保障局、区人力资源和社会保障局", "持续推进"),
        ("统筹发展和安全，深化安全生产治本攻坚三年行动，坚决遏制较大以上生产安全事故发生。",
         "冯涛、刘建新", "区应急管理局", "区安委会各成员单位、各镇（街道）", "持续推进"),
    ]),
    ("六、加强政府自身建设（4项）", [
        ("深入推进法治政府建设，严格落实重大行政决策程序，提升行政执法质量和效能。",
         "冯涛", "区司法局", "区直有关部门", "2026年12月底"),
        ("自觉接受区人大及其常委会法律监督、工作监督和区政协民主监督，高质量办好人大代表建议和政协提案。",
         "冯涛", "区政府办公室", "区直有关部门、各镇（街道）", "2026年10月底"),
        ("加强审计监督，推进审计整改常态化长效化，严格落实政府过紧日子要求。",
         "冯涛", "区审计局<br/>区财政局", "/", "2026年12月底"),
        ("推进数字政府建设，建成区级一体化数据资源平台，推动政务数据共享开放。",
         "陈家骏", "区数据资源管理局", "区行政审批局、区直有关部门", "2026年12月底"),
    ]),
]
# deadline cells merged down: first task number -> rowspan
DEADLINE_MERGE = {14: 2}


def split_cell(cell):
    s = re.sub(r"</p>\s*<p>", "<br/>", cell)
    s = re.sub(r"</?p>", "", s)
    if s.strip() == "/":
        return []
    out = []
    for part in re.split(r"<br/>|、|，", s):
        part = part.strip()
        if part:
            out.append(part)
    return out


def leaders_of(cell):
    return [x.replace("\u3000", "") for x in split_cell(cell)]


# ---------------------------------------------------------------- table
TD = 'style="border-width: 1px; border-style: solid; border-color: rgb(0, 0, 0); padding: 4px; word-break: break-all;"'


def td(content, width=None, align="center", rowspan=1, colspan=1):
    a = []
    if rowspan > 1:
        a.append('rowspan="%d"' % rowspan)
    if colspan > 1:
        a.append('colspan="%d"' % colspan)
    if width:
        a.append('width="%d"' % width)
    a.append('valign="middle"')
    a.append('align="%s"' % align)
    a.append(TD)
    return "<td %s>%s</td>" % (" ".join(a), content)


def build_table():
    rows = []
    head = [("序号", 46), ("重点任务", 330), ("责任区领导", 80), ("牵头单位", 130),
            ("配合单位", 200), ("完成时限", 86)]
    rows.append('<tr class="firstRow">' + "".join(
        td("<strong>%s</strong>" % h, width=w) for h, w in head) + "</tr>")
    n = 0
    gold = []
    for ptitle, tasks in PARTS:
        rows.append("<tr>" + td("<strong>%s</strong>" % ptitle, align="left", colspan=6) + "</tr>")
        # leader merge runs inside this part
        spans = {}
        i = 0
        while i < len(tasks):
            j = i
            while j + 1 < len(tasks) and tasks[j + 1][1] == tasks[i][1]:
                j += 1
            spans[i] = j - i + 1
            i = j + 1
        dl_skip = set()
        for k, (text, lcell, leadc, coopc, dl) in enumerate(tasks):
            n += 1
            cells = [td(str(n)), td(text, align="left")]
            if k in spans:
                lc = lcell.replace("<br/>", "<br/>")
                cells.append(td(lc, rowspan=spans[k]))
            cells.append(td(leadc))
            cells.append(td(coopc, align="left" if len(coopc) > 14 else "center"))
            if n in DEADLINE_MERGE:
                cells.append(td(dl, rowspan=DEADLINE_MERGE[n]))
                for m in range(1, DEADLINE_MERGE[n]):
                    dl_skip.add(n + m)
            elif n not in dl_skip:
                cells.append(td(dl))
            rows.append("<tr>" + "".join(cells) + "</tr>")
            leads = split_cell(leadc)
            coops = split_cell(coopc)
            gold.append({
                "id": str(n),
                "marker": str(n),
                "head": text[:12],
                "responsible_units": leads + coops,
                "lead_units": leads,
                "cooperating_units": coops,
                "leaders": leaders_of(lcell),
                "deadline": dl,
            })
    table = ('<table width="100%" border="1" cellspacing="0" cellpadding="0" '
             'style="border-collapse: collapse; width: 100%;" align="center">\n<tbody>\n'
             + "\n".join(rows) + "\n</tbody>\n</table>")
    return table, gold


# ---------------------------------------------------------------- page
P = '<p style="text-indent: 2em; text-align: justify; line-height: 2em;">%s</p>'


def body_html(table):
    b = []
    b.append('<p style="text-align: center; line-height: 2em;">%s</p>' % DOCNO)
    b.append('<p style="text-align: center; line-height: 2em;"><strong>%s</strong></p>' % TITLE)
    b.append('<p style="line-height: 2em;">各镇人民政府、街道办事处，区政府各部门，各直属单位：</p>')
    b.append(P % "《2026年区政府工作报告重点工作任务分工方案》已经区政府第四十二次常务会议研究同意，现印发给你们，请结合实际，认真抓好贯彻落实。")
    b.append(P % "<strong>一、提高思想认识。</strong>《政府工作报告》经区十八届人大五次会议审议通过，是全区人民的共同意志，是区政府向全区人民作出的庄严承诺。各镇（街道）、各部门要切实增强责任感和紧迫感，把落实《政府工作报告》作为全年工作的重中之重，确保各项目标任务按时保质完成。")
    b.append(P % "<strong>二、压实工作责任。</strong>各责任区领导要加强对分管领域重点工作的统筹调度。表中所列牵头单位对任务落实负总责，牵头单位有两个的，排在第一位的为主要牵头单位，负责牵头协调、汇总报送；配合单位要按照职责分工主动配合、密切协作，形成工作合力。各牵头单位要于3月20日前将重点工作任务细化分解、制定推进计划，明确时间表、路线图，报区政府督查室备案。")
    b.append(P % "<strong>三、强化督查问效。</strong>区政府督查室要把《政府工作报告》重点工作任务落实情况纳入年度督查重点，实行清单化管理、台账式推进。各牵头单位于每季度最后一个月25日前，将任务推进情况书面报区政府督查室（联系人：叶　楠，联系电话：0000-6128345，邮箱：dcqzfdcs@dichuanqu.gov.cn）。对工作推进不力、进度严重滞后的，将按有关规定予以通报。")
    b.append(P % "附件：2026年区政府工作报告重点工作任务分工方案")
    b.append('<p style="text-align: right; line-height: 2em; margin-right: 2em;">荻川区人民政府办公室</p>')
    b.append('<p style="text-align: right; line-height: 2em; margin-right: 3em;">2026年3月4日</p>')
    b.append(P % "（此件公开发布）")
    b.append('<p style="line-height: 2em;">附件</p>')
    b.append('<p style="text-align: center; line-height: 2em;"><strong>2026年区政府工作报告重点工作任务分工方案</strong></p>')
    b.append(table)
    b.append('<p><br/></p>')
    return "\n".join(b)


def page(body):
    return """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="荻川区人民政府">
<meta name="SiteDomain" content="www.dichuanqu.gov.cn">
<meta name="SiteIDCode" content="0000000026">
<meta name="ColumnName" content="区政府办文件">
<meta name="ColumnDescription" content="荻川区人民政府办公室发布的规范性文件和其他文件">
<meta name="ColumnKeywords" content="区政府办文件">
<meta name="ColumnType" content="政府文件">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2026-03-06 16:12">
<meta name="ContentSource" content="荻川区人民政府办公室">
<meta name="Keywords" content="政府工作报告,重点工作,任务分工">
<meta name="Author" content="荻川区人民政府办公室">
<meta name="Description" content="{title}">
<meta name="Url" content="http://www.dichuanqu.gov.cn/zwgk/fdzdgknr/qzfbwj/art/2026/art_5c2a81d04e7b4f1b9a3e6d20c1f87a55.html">
<title>{title}_区政府办文件_荻川区人民政府</title>
<link rel="stylesheet" href="/ucap/site/dichuanqu/res/css/common.css">
<link rel="stylesheet" href="/ucap/site/dichuanqu/res/css/xxgk_article.css">
<script src="/ucap/common/res/js/jquery-1.12.4.min.js"></script>
<script src="/ucap/common/res/js/ucap.cms.front.js"></script>
<script>
  var ucapSite = {{siteId: "b1f9d3c0a2e54a8f", columnId: "7e0c4a9f2b1d4c86", articleId: "5c2a81d04e7b4f1b9a3e6d20c1f87a55"}};
</script>
</head>
<body>
<div class="top-bar">
  <div class="w1200 clearfix">
    <div class="fl">欢迎访问荻川区人民政府门户网站！</div>
    <div class="fr">
      <a href="javascript:void(0);" id="ucap-elder">长者模式</a> |
      <a href="javascript:void(0);" id="ucap-wza">无障碍浏览</a> |
      <a href="/ucap/site/dichuanqu/m/index.html">手机版</a> |
      <a href="http://www.dichuanqu.gov.cn/search/">站内搜索</a>
    </div>
  </div>
</div>
<div class="header">
  <div class="w1200">
    <a class="logo" href="http://www.dichuanqu.gov.cn/"><img src="/ucap/site/dichuanqu/res/images/logo.png" alt="荻川区人民政府"></a>
    <div class="search-box">
      <form action="http://www.dichuanqu.gov.cn/search/" method="get" target="_blank">
        <input type="text" name="q" placeholder="请输入关键词">
        <button type="submit">搜索</button>
      </form>
    </div>
  </div>
</div>
<div class="nav">
  <ul class="w1200 clearfix">
    <li><a href="http://www.dichuanqu.gov.cn/">首页</a></li>
    <li><a href="http://www.dichuanqu.gov.cn/zjdc/">走进荻川</a></li>
    <li><a href="http://www.dichuanqu.gov.cn/zwdt/">政务动态</a></li>
    <li class="on"><a href="http://www.dichuanqu.gov.cn/zwgk/">政务公开</a></li>
    <li><a href="http://www.dichuanqu.gov.cn/zwfw/">政务服务</a></li>
    <li><a href="http://www.dichuanqu.gov.cn/hdjl/">互动交流</a></li>
    <li><a href="http://www.dichuanqu.gov.cn/ztzl/">专题专栏</a></li>
  </ul>
</div>
<div class="w1200 main">
  <div class="location">当前位置：<a href="http://www.dichuanqu.gov.cn/">首页</a> &gt; <a href="http://www.dichuanqu.gov.cn/zwgk/">政务公开</a> &gt; <a href="http://www.dichuanqu.gov.cn/zwgk/fdzdgknr/">法定主动公开内容</a> &gt; <a href="http://www.dichuanqu.gov.cn/zwgk/fdzdgknr/qzfbwj/">区政府办文件</a></div>
  <div class="xxgk-info">
    <table class="xxgk-table" width="100%" cellspacing="0" cellpadding="0">
      <tr>
        <th>索&nbsp;&nbsp;引&nbsp;&nbsp;号：</th><td>11340000MB0000000K/2026-00057</td>
        <th>主题分类：</th><td>综合政务/其他</td>
      </tr>
      <tr>
        <th>发布机构：</th><td>荻川区人民政府办公室</td>
        <th>成文日期：</th><td>2026-03-04</td>
      </tr>
      <tr>
        <th>文&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;号：</th><td>{docno}</td>
        <th>发布日期：</th><td>2026-03-06</td>
      </tr>
      <tr>
        <th>有&nbsp;&nbsp;效&nbsp;&nbsp;性：</th><td>有效</td>
        <th>公开方式：</th><td>主动公开</td>
      </tr>
      <tr>
        <th>标&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;题：</th><td colspan="3">{title}</td>
      </tr>
    </table>
  </div>
  <div class="article">
    <h1 class="article-title">{title}</h1>
    <div class="article-meta">
      <span>发布时间：2026-03-06 16:12</span>
      <span>来源：荻川区人民政府办公室</span>
      <span>浏览次数：<em id="ucap-hits">--</em></span>
      <span class="font-size">字号：<a href="javascript:void(0);" onclick="ucapFont(18)">大</a> <a href="javascript:void(0);" onclick="ucapFont(16)">中</a> <a href="javascript:void(0);" onclick="ucapFont(14)">小</a></span>
    </div>
    <div class="pages_content" id="UCAP-CONTENT">
{body}
    </div>
    <div class="article-tools clearfix">
      <div class="share fl" id="ucap-share">
        <span>分享到：</span>
        <a href="javascript:void(0);" class="share-wx" title="分享到微信">微信</a>
        <a href="javascript:void(0);" class="share-wb" title="分享到微博">微博</a>
        <a href="javascript:void(0);" class="share-qq" title="分享到QQ空间">QQ空间</a>
      </div>
      <div class="fr">
        <a href="javascript:window.print();">【打印本页】</a>
        <a href="javascript:window.close();">【关闭窗口】</a>
      </div>
    </div>
    <div class="related">
      <h3>相关解读</h3>
      <ul>
        <li><a href="http://www.dichuanqu.gov.cn/zwgk/zcjd/art/2026/art_0d8e3b5a6f1c4e27a9b4c3d2e1f0a987.html">【图解】2026年区政府工作报告</a><span>2026-02-27</span></li>
      </ul>
    </div>
    <div class="prev-next">
      <p>上一篇：<a href="http://www.dichuanqu.gov.cn/zwgk/fdzdgknr/qzfbwj/art/2026/art_2b7d0e6c9a3f4b15b8e1d7c6a5f4e321.html">荻川区人民政府办公室关于做好2026年春季森林防灭火工作的通知</a></p>
      <p>下一篇：<a href="http://www.dichuanqu.gov.cn/zwgk/fdzdgknr/qzfbwj/art/2026/art_9f1e2d3c4b5a46978a6b5c4d3e2f1a0b.html">荻川区人民政府办公室关于印发荻川区2026年为民办实事项目的通知</a></p>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w1200">
    <div class="footer-links">
      <a href="http://www.dichuanqu.gov.cn/zwgk/wzxx/">网站地图</a> |
      <a href="http://www.dichuanqu.gov.cn/zwgk/lxwm/">联系我们</a> |
      <a href="http://www.dichuanqu.gov.cn/zwgk/syzn/">使用帮助</a> |
      <a href="http://www.dichuanqu.gov.cn/zwgk/mzsm/">免责声明</a>
    </div>
    <p>主办单位：荻川区人民政府办公室&nbsp;&nbsp;&nbsp;&nbsp;承办单位：荻川区数据资源管理局</p>
    <p>地址：荻川区兴荻路88号&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0000-6128000&nbsp;&nbsp;&nbsp;&nbsp;邮编：000000</p>
    <p>网站标识码：0000000026&nbsp;&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">备案号：X ICP备00000000号</a>&nbsp;&nbsp;&nbsp;&nbsp;公网安备 00000000000000号</p>
    <p>技术支持：开普云信息科技股份有限公司</p>
    <div class="footer-icons">
      <span id="_ideConac"><img src="/ucap/site/dichuanqu/res/images/dzjg.png" alt="党政机关"></span>
      <span id="_span_jiucuo"><img src="/ucap/site/dichuanqu/res/images/jiucuo.png" alt="政府网站找错"></span>
    </div>
  </div>
</div>
<script src="/ucap/common/res/js/ucap.share.js"></script>
<script>
  $(function () {{
    ucapHits(ucapSite.articleId, "#ucap-hits");
    ucapShare("#ucap-share");
  }});
</script>
</body>
</html>
""".format(title=TITLE, docno=DOCNO, body=body)


def main():
    table, gold = build_table()
    html = page(body_html(table))
    with open(NOTICE, "w", encoding="utf-8", newline="\n") as f:
        f.write(html)
    with open(GOLD, "w", encoding="utf-8", newline="\n") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(NOTICE, len(gold), "tasks")


if __name__ == "__main__":
    main()
