#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Round 88, notice 456.

A county portal's 县政府办 notice (任务分工方案) as its 繁體 gateway serves it:
the site's page (simplified, UTF-8) is passed through a /gate/big5/ proxy that
converts the whole byte stream to traditional characters (OpenCC s2tw, the same
character/phrase kind of mapping such gateways use, with their usual slips:
于→於, 范→範 in surnames), rewrites the site's absolute links through the
gateway, declares charset=big5 and writes characters Big5 lacks (着, 喆) as
numeric character references. The page is then saved from the browser
("网页，仅 HTML"), so the bytes are the gateway's: Big5 with CRLF.

Needs the `opencc` command (Debian package opencc).
"""
import os
import re
import subprocess

NAME = "456_lugang_xian_fanti_wangguan_fengong.html"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

SITE = "www.lugang.gov.cn"
ARTICLE = "/zwgk/zfwj/xzfbwj/202502/t20250228_3187462.html"
TITLE = "芦岗县人民政府办公室关于印发2025年《政府工作报告》重点工作任务分工方案的通知"

# ---------------------------------------------------------------- the notice
PARTS = [
    ("一、聚力稳增长，推动经济量质齐升", [
        "全力以赴抓项目扩投资。全年实施县级重点项目120个以上，固定资产投资增长8%，争取中央预算内投资和超长期特别国债项目资金5亿元以上。（责任县领导：于海滨；牵头单位：县发展和改革局；配合单位：县财政局、县自然资源局、县住房和城乡建设局）",
        "加大招商引资力度，坚持“一把手”招商、产业链招商，全年引进亿元以上项目25个，到位县外资金60亿元以上。（责任县领导：叶建军；牵头单位：县投资促进中心；配合单位：县商务局、县工业园区管委会，各乡镇人民政府）",
        "着力激发消费活力，开展“乐购芦岗”系列促消费活动20场次以上，落实消费品以旧换新政策，社会消费品零售总额增长6%。（责任县领导：叶建军；责任单位：县商务局）",
        "加强财源建设，一般公共预算收入增长5%，严格落实党政机关过紧日子要求，从严从紧控制一般性支出。（责任县领导：于海滨；牵头单位：县财政局；配合单位：国家税务总局芦岗县税务局）",
        "强化经济运行监测调度，按月分析研判主要经济指标，加强统计监测和数据质量管理。（责任县领导：于海滨；牵头单位：县统计局；配合单位：县发展和改革局）",
    ]),
    ("二、聚力强产业，加快构建现代化产业体系", [
        "壮大新材料主导产业，推进年产5万吨铝基新材料等项目建成投产，规模以上工业增加值增长7.5%。（责任县领导：龚志远；牵头单位：县工业和信息化局；配合单位：县工业园区管委会、国网芦岗县供电公司）",
        "推进工业园区扩区调位和标准化厂房建设，新建标准化厂房10万平方米，园区亩均税收提高10%。（责任县领导：龚志远；责任单位：县工业园区管委会）",
        "实施中小企业梯度培育行动，新增规模以上工业企业12家、专精特新中小企业5家、高新技术企业8家。（责任县领导：龚志远；牵头单位：县工业和信息化局；配合单位：县科学技术局、县市场监督管理局）",
        "发展全域旅游，推进石门古镇景区提升改造，力争创成国家4A级旅游景区1个，全年接待游客增长10%。（责任县领导：钟丽娟；牵头单位：县文化广电和旅游局；配合单位：县发展和改革局、县交通运输局，相关乡镇人民政府）",
        "加快数字经济发展，新建5G基站150个，推进城市运行“一网统管”平台建设。（责任县领导：马卫东；牵头单位：县数据局；配合单位：县工业和信息化局、县政务服务中心）",
    ]),
    ("三、聚力促振兴，全面推进乡村振兴", [
        "扛稳粮食安全政治责任，粮食播种面积稳定在42万亩以上，新建高标准农田3.5万亩。（责任县领导：范春明；牵头单位：县农业农村局；配合单位：县自然资源局、县财政局、县水利局，各乡镇人民政府）",
        "巩固拓展脱贫攻坚成果，落实防止返贫致贫监测和帮扶机制，坚决守牢不发生规模性返贫致贫底线。（责任县领导：范春明；牵头单位：县农业农村局；配合单位：县民政局、县医疗保障局、县教育体育局、县人力资源和社会保障局）",
        "培育壮大茶叶、油茶、中药材等特色产业，新建油茶基地1万亩，新增省级以上农业产业化龙头企业2家。（责任县领导：范春明；牵头单位：县林业局；配合单位：县农业农村局）",
        "深入实施农村人居环境整治提升行动，农村卫生厕所普及率达到80%以上，创建省级美丽乡村示范村5个。（责任县领导：范春明；牵头单位：县农业农村局；配合单位：县卫生健康局、市生态环境局芦岗分局，各乡镇人民政府）",
        "推进水利基础设施建设，开工建设石门水库灌区续建配套与现代化改造工程，完成病险水库除险加固3座。（责任县领导：范春明；责任单位：县水利局）",
    ]),
    ("四、聚力优环境，持续深化改革开放", [
        "持续优化营商环境，深化“高效办成一件事”改革，政务服务事项“一网通办”率达到95%以上。（责任县领导：马卫东；牵头单位：县政务服务中心；配合单位：县数据局，县直各部门）",
        "深化国有企业改革，推进县属国有企业整合重组和市场化转型，完成县城市建设投资集团有限公司实体化改造。（责任县领导：于海滨；牵头单位：县财政局；配合单位：县城市建设投资集团有限公司）",
        "落实民营经济促进政策，常态化开展政企恳谈活动，及时清理拖欠企业账款，构建亲清政商关系。（责任县领导：叶建军、于海滨；牵头单位：县发展和改革局；配合单位：县工业和信息化局、县财政局、县市场监督管理局）",
        "有效防范化解地方债务风险，稳妥推进融资平台转型，严守不发生系统性风险底线。（责任县领导：于海滨；牵头单位：县财政局、县发展和改革局；配合单位：县城市建设投资集团有限公司）",
    ]),
    ("五、聚力提品质，扎实推进新型城镇化", [
        "实施城市更新行动，改造老旧小区18个、城中村1个，新建改建城市道路4.2公里。（责任县领导：姚文喆；牵头单位：县住房和城乡建设局；配合单位：县自然资源局、县城市管理局、县财政局）",
        "提升城市精细化管理水平，推进生活垃圾分类，新增城市停车位1500个。（责任县领导：姚文喆；责任单位：县城市管理局）",
        "推进交通强县建设，加快G353线芦岗段改建工程，新改建农村公路120公里。（责任县领导：姚文喆；牵头单位：县交通运输局；配合单位：县自然资源局、市生态环境局芦岗分局，沿线乡镇人民政府）",
        "打好污染防治攻坚战，空气质量优良天数比例保持在95%以上，县城集中式饮用水水源地水质达标率100%。（责任县领导：姚文喆；牵头单位：市生态环境局芦岗分局；配合单位：县住房和城乡建设局、县水利局、县农业农村局）",
        "全面推行林长制，完成国土绿化3万亩，森林覆盖率稳定在66%以上。（责任县领导：范春明；牵头单位：县林业局；配合单位：各乡镇人民政府）",
    ]),
    ("六、聚力惠民生，不断增进人民福祉", [
        "落实就业优先政策，城镇新增就业3200人，农村劳动力转移就业8万人以上。（责任县领导：钟丽娟；牵头单位：县人力资源和社会保障局；配合单位：县农业农村局，各乡镇人民政府）",
        "推进义务教育优质均衡发展，新建改扩建中小学、幼儿园5所，新增学位2700个。（责任县领导：钟丽娟；牵头单位：县教育体育局；配合单位：县发展和改革局、县财政局、县住房和城乡建设局）",
        "深化紧密型县域医共体建设，推进县人民医院新院区建设，提升基层医疗卫生服务能力。（责任县领导：钟丽娟；牵头单位：县卫生健康局；配合单位：县医疗保障局）",
        "健全社会保障体系，城乡居民基本养老保险参保率稳定在95%以上，提高特困人员供养标准。（责任县领导：钟丽娟；牵头单位：县民政局；配合单位：县人力资源和社会保障局、县医疗保障局、县残疾人联合会）",
        "办好十件民生实事，确保全年民生支出占一般公共预算支出的80%以上。（责任县领导：于海滨；牵头单位：县财政局；配合单位：县直有关部门）",
    ]),
    ("七、聚力守底线，统筹发展和安全", [
        "压紧压实安全生产责任，深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。（责任县领导：叶建军；牵头单位：县应急管理局；配合单位：县安全生产委员会各成员单位）",
        "加强食品药品安全监管，争创省级食品安全示范县。（责任县领导：叶建军；责任单位：县市场监督管理局）",
        "推进更高水平平安芦岗建设，常态化开展扫黑除恶斗争，坚持和发展新时代“枫桥经验”。（责任县领导：郑晓峰；牵头单位：县公安局；配合单位：县司法局、县信访局，各乡镇人民政府）",
        "加强政府自身建设，严格落实中央八项规定及其实施细则精神，深入推进法治政府建设。（责任单位：县政府办公室、县司法局、县审计局）",
    ]),
]

COVER = [
    "各乡镇人民政府，县政府各部门、各直属机构：",
    "为确保县十八届人大五次会议审议通过的《政府工作报告》确定的各项目标任务落到实处，经县人民政府同意，现将《芦岗县2025年〈政府工作报告〉重点工作任务分工方案》印发给你们，并就有关事项通知如下：",
    "一、提高思想认识。各责任县领导要加强对分管领域重点工作的调度，各牵头单位要切实履行牵头职责，主动加强与配合单位的沟通衔接；各配合单位要积极支持配合，形成工作合力。各项任务中，责任单位有多个的，排在第一位的为牵头单位。",
    "二、细化工作措施。各牵头单位要对照分工方案，于3月15日前制定具体工作措施，明确时间表、路线图，报县政府办公室（县政府督查室）备案。",
    "三、强化督查考核。县政府督查室将对重点工作任务落实情况实行季度调度、半年督查、年终考核，督查结果纳入年度绩效考核。各牵头单位于每季度末月25日前将工作进展情况报县政府督查室。",
]

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def p(text, style="text-indent:2em;"):
    return '<p style="%s">%s</p>' % (style, esc(text))


def body_html():
    out = []
    out.append(p(COVER[0], "text-indent:0;"))
    for t in COVER[1:]:
        out.append(p(t))
    out.append('<p style="text-align:right;">芦岗县人民政府办公室</p>')
    out.append('<p style="text-align:right;">2025年2月26日</p>')
    out.append(p("（此件公开发布）"))
    out.append('<p style="text-align:center;"><strong>芦岗县2025年《政府工作报告》重点工作任务分工方案</strong></p>')
    n = 0
    for head, tasks in PARTS:
        out.append('<p style="text-indent:2em;"><strong>%s</strong></p>' % esc(head))
        for t in tasks:
            n += 1
            out.append(p("%d.%s" % (n, t)))
    return "\r\n".join(out), n


def page():
    body, n = body_html()
    A = "http://" + SITE
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{TITLE}_县政府办文件_芦岗县人民政府</title>
<meta name="SiteName" content="芦岗县人民政府" />
<meta name="SiteDomain" content="{SITE}" />
<meta name="SiteIDCode" content="4311290003" />
<meta name="ColumnName" content="县政府办文件" />
<meta name="ColumnType" content="政府文件" />
<meta name="ArticleTitle" content="{TITLE}" />
<meta name="PubDate" content="2025-02-28 16:32" />
<meta name="ContentSource" content="芦岗县人民政府办公室" />
<meta name="Keywords" content="政府工作报告,任务分工" />
<link rel="stylesheet" type="text/css" href="{A}/images/2023/css/common.css" />
<link rel="stylesheet" type="text/css" href="{A}/images/2023/css/article.css" />
<script type="text/javascript" src="{A}/images/2023/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="{A}/images/2023/js/common.js"></script>
</head>
<body>
<div class="top-bar">
  <div class="w1200">
    <span class="fl">欢迎访问芦岗县人民政府门户网站！</span>
    <span class="fr"><a href="{A}{ARTICLE}" class="jt">简体版</a> | <a href="javascript:void(0);" class="ft on">繁體版</a> | <a href="javascript:void(0);" id="wza">无障碍</a> | <a href="javascript:void(0);" id="zzms">长者模式</a> | <a href="{A}/wzdt/">网站地图</a></span>
  </div>
</div>
<div class="header">
  <div class="w1200">
    <a href="{A}/" class="logo"><img src="{A}/images/2023/images/logo.png" alt="芦岗县人民政府" /></a>
    <div class="search"><form action="https://so.lugang.gov.cn/search" method="get" target="_blank"><input type="text" name="q" placeholder="请输入关键字" /><input type="submit" value="搜索" /></form></div>
  </div>
</div>
<div class="nav">
  <ul class="w1200">
    <li><a href="{A}/">首页</a></li>
    <li><a href="{A}/zjlg/">走进芦岗</a></li>
    <li><a href="{A}/zwdt/">政务动态</a></li>
    <li class="on"><a href="{A}/zwgk/">政务公开</a></li>
    <li><a href="https://www.hnzwfw.gov.cn/" target="_blank">政务服务</a></li>
    <li><a href="{A}/hdjl/">互动交流</a></li>
  </ul>
</div>
<div class="w1200 main">
  <div class="location">当前位置：<a href="{A}/">首页</a> &gt; <a href="{A}/zwgk/">政务公开</a> &gt; <a href="{A}/zwgk/zfwj/">政府文件</a> &gt; <a href="{A}/zwgk/zfwj/xzfbwj/">县政府办文件</a></div>
  <table class="xxgk-table" width="100%" cellspacing="0" cellpadding="0" border="0">
    <tr><th>索&nbsp;引&nbsp;号：</th><td>11431129MB1C57804R/2025-00312</td><th>主题分类：</th><td>综合政务\\其他</td></tr>
    <tr><th>发布机构：</th><td>芦岗县人民政府办公室</td><th>成文日期：</th><td>2025-02-26</td></tr>
    <tr><th>名&nbsp;&nbsp;&nbsp;&nbsp;称：</th><td colspan="3">{TITLE}</td></tr>
    <tr><th>文&nbsp;&nbsp;&nbsp;&nbsp;号：</th><td>芦政办发〔2025〕6号</td><th>发布日期：</th><td>2025-02-28</td></tr>
    <tr><th>有&nbsp;效&nbsp;性：</th><td>有效</td><th>关&nbsp;键&nbsp;词：</th><td>政府工作报告；任务分工</td></tr>
  </table>
  <div class="article">
    <h1 class="title">{TITLE}</h1>
    <div class="info">发布时间：2025-02-28 16:32　来源：县政府办　浏览次数：<span id="hits">1286</span>　字号：<a href="javascript:doZoom(18);">大</a> <a href="javascript:doZoom(16);">中</a> <a href="javascript:doZoom(14);">小</a></div>
    <div class="content" id="zoom">
<div class="TRS_Editor"><div class="Custom_UnionStyle">
{body}
</div></div>
    </div>
    <div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
    <div class="related">
      <h3>相关文件</h3>
      <ul>
        <li><a href="{A}/zwgk/zfwj/xzfbwj/202502/t20250228_3187466.html">【图解】2025年芦岗县政府工作报告</a></li>
        <li><a href="{A}/zwgk/zfwj/xzfbwj/202403/t20240305_2977105.html">芦岗县人民政府办公室关于印发2024年《政府工作报告》重点工作任务分工方案的通知</a></li>
      </ul>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w1200">
    <p><a href="{A}/gywm/">关于我们</a> | <a href="{A}/wzdt/">网站地图</a> | <a href="{A}/lxwm/">联系我们</a></p>
    <p>主办单位：芦岗县人民政府办公室　承办单位：芦岗县数据局　联系电话：0745-7821036</p>
    <p>网站标识码：4311290003　<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备05009173号-1</a>　<img src="{A}/images/2023/images/ga.png" alt="" />湘公网安备 43112902000137号</p>
    <p><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A5F1E2C7B6D49E1E053022819AC5D21" target="_blank"><img src="{A}/images/2023/images/dzjg.png" alt="党政机关" /></a></span> <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4311290003&amp;url=http%3A%2F%2F{SITE}%2F" target="_blank"><img src="{A}/images/2023/images/jiucuo.png" alt="政府网站找错" /></a></p>
  </div>
</div>
<script type="text/javascript">
  // 统计浏览次数
  $(function () {{ $.get("{A}/count/hits.jsp?id=3187462", function (d) {{ $("#hits").text(d); }}); }});
</script>
</body>
</html>
"""
    return html, n


def gateway(html):
    # 1. convert the whole stream, as the gateway does
    trad = subprocess.run(["opencc", "-c", "s2tw.json"], input=html.encode("utf-8"),
                          stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    # 2. route the site's own absolute links through the gateway, but not the
    #    link back to the simplified page
    simp = 'href="http://%s%s" class="jt"' % (SITE, ARTICLE)
    trad = trad.replace(simp, "@@SIMP@@")
    trad = trad.replace("http://%s/" % SITE, "http://%s/gate/big5/%s/" % (SITE, SITE))
    trad = trad.replace("@@SIMP@@", simp)
    # 3. declare Big5
    trad = trad.replace('content="text/html; charset=utf-8"', 'content="text/html; charset=big5"')
    # 4. CRLF throughout
    trad = trad.replace("\r\n", "\n").replace("\n", "\r\n")
    return trad.encode("big5", errors="xmlcharrefreplace")


if __name__ == "__main__":
    html, n = page()
    data = gateway(html)
    with open(OUT, "wb") as f:
        f.write(data)
    print(OUT, len(data), "bytes,", n, "tasks")
