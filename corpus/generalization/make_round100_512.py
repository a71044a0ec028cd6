#!/usr/bin/env python3
# Writes 512_luanxi_xian_gzbg_renwu_fengong_xxgk.html: a 县政府办 notice on the county portal's
# 政府信息公开 article page, as Chrome's "网页，全部" (Webpage, Complete) saves it: DOM serialized
# with LF, a saved-from comment, an inserted Content-Type meta, resources rewritten to the _files
# folder (scripts get the zh-CN ".下载" suffix), other links made absolute.
import os

NAME = "512_luanxi_xian_gzbg_renwu_fengong_xxgk.html"
FILES = "./512_luanxi_xian_gzbg_renwu_fengong_xxgk_files/"
URL = "https://www.luanxi.gov.cn/zwgk/xxgkml/zcwj/xzfbwj/202503/t20250304_4417826.html"
SITE = "https://www.luanxi.gov.cn"

TITLE = "栾溪县人民政府办公室关于印发《2025年县政府工作报告重点工作任务分工方案》的通知"

FS = "font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;"
KT = "font-family: 楷体_GB2312, 楷体; font-size: 16pt;"
HT = "font-family: 黑体; font-size: 16pt;"
PI = "text-indent: 2em; line-height: 2em; text-align: justify;"

# (part heading, [(task text, leaders, clause units text)])
PARTS = [
    ("一、聚焦项目建设，持续扩大有效投资", [
        ("全年谋划储备重大项目150个以上，争取中央预算内投资和超长期特别国债项目资金5亿元以上。",
         "周海明", "牵头单位：县发展和改革局；配合单位：县财政局，县直各有关单位"),
        ("实施省市县重点项目86个，年度完成投资120亿元以上，确保城东220千伏输变电工程、龙潭水库扩容工程等项目按期建成。",
         "周海明、孙立群", "牵头单位：县发展和改革局；配合单位：县自然资源局、县住房和城乡建设局、县水利局，各乡镇（街道）"),
        ("深化“要素跟着项目走”机制，全年保障建设用地3000亩以上，盘活批而未供和闲置土地800亩。",
         "孙立群", "牵头单位：县自然资源局；配合单位：县发展和改革局、县林业局"),
        ("加大专项债券争取力度，全年争取新增地方政府专项债券资金8亿元以上，规范债券资金使用管理。",
         "周海明", "牵头单位：县财政局、县发展和改革局"),
        ("推动“两重”“两新”政策落地见效，组织实施大规模设备更新和消费品以旧换新，带动消费和投资2亿元以上。",
         "周海明、赵启航", "牵头单位：县发展和改革局；配合单位：县工业和信息化局、县商务局、县财政局"),
    ]),
    ("二、聚力产业升级，加快构建现代化产业体系", [
        ("实施工业倍增行动，新增规模以上工业企业25家，规模以上工业增加值增长8%以上。",
         "赵启航", "牵头单位：县工业和信息化局；配合单位：县统计局、县税务局、栾溪经济开发区管委会"),
        ("加快栾溪经济开发区扩区调位，新建标准厂房20万平方米，园区规上工业产值占全县比重提高到70%以上。",
         "赵启航", "责任单位：栾溪经济开发区管委会"),
        ("坚持招商引资“一号工程”，全年引进亿元以上项目30个，实际到位资金100亿元以上。",
         "赵启航", "牵头单位：县投资促进中心；配合单位：县直各有关单位，各乡镇（街道）"),
        ("强化企业创新主体地位，新认定高新技术企业12家、省级专精特新中小企业10家，全社会研发投入增长10%以上。",
         "赵启航", "牵头单位：县科学技术局；配合单位：县工业和信息化局、县市场监督管理局"),
        ("推动文旅深度融合，创成国家4A级旅游景区1个，全年接待游客突破600万人次。",
         "黄静", "牵头单位：县文化广电旅游局；配合单位：县发展和改革局、县交通运输局、县商务局"),
    ]),
    ("三、全面推进乡村振兴，加快农业农村现代化", [
        ("稳定粮食播种面积48.6万亩，新建高标准农田3.2万亩，粮食总产量稳定在20万吨以上。",
         "王志强", "牵头单位：县农业农村局；配合单位：县自然资源局、县财政局、县水利局，各乡镇（街道）"),
        ("巩固拓展脱贫攻坚成果，落实防止返贫致贫监测和帮扶机制，坚决守住不发生规模性返贫致贫底线。",
         "王志强", "牵头单位：县农业农村局（县乡村振兴局）；配合单位：县民政局、县人力资源和社会保障局、县医疗保障局"),
        ("做强茶叶、中药材、油茶等特色产业，新培育市级以上农业产业化龙头企业5家，新增“两品一标”农产品8个。",
         "王志强", "牵头单位：县农业农村局；配合单位：县林业局、县供销合作社联合社"),
        ("实施农村人居环境整治提升行动，农村卫生厕所普及率达到85%以上，生活垃圾收运处置体系行政村全覆盖。",
         "王志强、孙立群", "牵头单位：县农业农村局、县住房和城乡建设局；配合单位：市生态环境局栾溪分局、县城市管理局，各乡镇（街道）"),
        ("加快水利基础设施建设，完成病险水库除险加固6座，新增和改善农村供水保障人口1.2万人。",
         "王志强", "责任单位：县水利局"),
    ]),
    ("四、推进城乡融合发展，提升城市功能品质", [
        ("实施城市更新行动，改造老旧小区18个、城中村2个，新建改造城市道路12公里。",
         "孙立群", "牵头单位：县住房和城乡建设局；配合单位：县自然资源局、县财政局、县城市管理局，城关街道办事处"),
        ("因城施策促进房地产市场平稳健康发展，加快保交房和保障性住房建设，推进商品房现房销售试点。",
         "孙立群", "牵头单位：县住房和城乡建设局；配合单位：县自然资源局、县税务局"),
        ("加快交通路网建设，确保S218栾溪段改建工程建成通车，新改建农村公路80公里。",
         "孙立群", "牵头单位：县交通运输局；配合单位：县自然资源局、县林业局，各乡镇（街道）"),
        ("深入打好污染防治攻坚战，县城空气质量优良天数比率保持在95%以上，国省控断面水质达标率100%。",
         "孙立群", "牵头单位：市生态环境局栾溪分局；配合单位：县住房和城乡建设局、县农业农村局、县水利局、县城市管理局"),
    ]),
    ("五、深化改革扩大开放，持续优化营商环境", [
        ("深化“放管服”改革，推进“高效办成一件事”，政务服务事项网上可办率达到98%以上。",
         "周海明", "牵头单位：县政务服务和数据管理局；配合单位：县直各有关单位"),
        ("全面落实优化营商环境各项举措，健全涉企问题闭环解决机制，全年新增经营主体5000户以上。",
         "赵启航", "牵头单位：县市场监督管理局；配合单位：县发展和改革局、县政务服务和数据管理局"),
        ("深化国资国企改革，推进县属国有企业整合重组和市场化转型，提升国有资本运营效益。",
         "周海明", "责任单位：县国有资产服务中心"),
        ("积极扩大对外开放，全年外贸进出口总额增长10%以上，实际使用外资1000万美元。",
         "赵启航", "牵头单位：县商务局；配合单位：县投资促进中心、栾溪经济开发区管委会"),
    ]),
    ("六、持续增进民生福祉，推进社会事业全面发展", [
        ("全力稳就业促增收，城镇新增就业3200人，城镇调查失业率控制在5.5%以内。",
         "李玉芬", "牵头单位：县人力资源和社会保障局；配合单位：县财政局、县教育体育局、县农业农村局"),
        ("推动义务教育优质均衡发展，新建改扩建中小学、幼儿园6所，新增学位3000个。",
         "李玉芬", "牵头单位：县教育体育局；配合单位：县发展和改革局、县财政局、县自然资源局、县住房和城乡建设局"),
        ("深化紧密型县域医共体建设，推进县人民医院三级医院创建，提升基层医疗卫生服务能力。",
         "李玉芬", "牵头单位：县卫生健康局；配合单位：县医疗保障局、县财政局"),
        ("健全多层次社会保障体系，城乡居民基本养老保险参保率稳定在95%以上。",
         "李玉芬", "牵头单位：县人力资源和社会保障局、县医疗保障局；配合单位：县民政局、县税务局"),
        ("完善养老服务体系，新建乡镇区域养老服务中心3个、社区嵌入式养老服务站10个。",
         "李玉芬", "牵头单位：县民政局；配合单位：县卫生健康局、县住房和城乡建设局，各乡镇（街道）"),
        ("实施文化惠民工程，开展送戏下乡、农村公益电影放映等活动1500场次以上。",
         "黄静", "责任单位：县文化广电旅游局"),
    ]),
    ("七、统筹发展和安全，维护社会和谐稳定", [
        ("深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。",
         "韩拓", "牵头单位：县应急管理局；配合单位：县安委会各成员单位"),
        ("加强食品药品安全监管，创建省级食品安全示范县，守牢食品药品安全底线。",
         "韩拓", "牵头单位：县市场监督管理局；配合单位：县农业农村局、县卫生健康局"),
        ("稳妥化解地方政府债务风险，严格控制新增隐性债务，确保法定债务按时足额偿还。",
         "周海明", "牵头单位：县财政局；配合单位：县国有资产服务中心、县发展和改革局"),
        ("推进更高水平平安栾溪建设，深化信访工作法治化，常态化开展扫黑除恶斗争。",
         "韩拓", "牵头单位：县公安局、县信访局；配合单位：县司法局，各乡镇（街道）"),
    ]),
]


def p(style, inner):
    return '<p style="%s">%s</p>' % (style, inner)


def span(style, text):
    return '<span style="%s">%s</span>' % (style, text)


def body():
    out = []
    out.append(p("text-align: center; line-height: 2em;", span(FS, "栾政办发〔2025〕7号")))
    out.append('<p style="text-align: center; line-height: 2em;"><br></p>')
    out.append(p("text-align: center; line-height: 1.5em;",
                 span("font-family: 方正小标宋简体; font-size: 22pt;",
                      "栾溪县人民政府办公室<br>关于印发《2025年县政府工作报告重点工作任务<br>分工方案》的通知")))
    out.append('<p style="line-height: 2em;"><br></p>')
    out.append(p("line-height: 2em; text-align: justify;",
                 span(FS, "各乡镇人民政府、街道办事处，县政府各部门，县直各单位：")))
    out.append(p(PI, span(FS, "《2025年县政府工作报告重点工作任务分工方案》已经县人民政府同意，现印发给你们，请认真贯彻落实。")))
    out.append(p(PI, span(FS, "各牵头单位要切实履行牵头职责，会同配合单位细化工作措施，明确时间节点，确保各项任务按期完成；配合单位要主动对接、密切配合。各项任务落实情况于每季度最后一个月25日前报县政府督查室，全年工作总结于12月10日前报送。")))
    out.append('<p style="line-height: 2em;"><br></p>')
    out.append(p("text-align: right; line-height: 2em;",
                 span(FS, "栾溪县人民政府办公室" + "&nbsp;" * 8)))
    out.append(p("text-align: right; line-height: 2em;",
                 span(FS, "2025年2月28日" + "&nbsp;" * 10)))
    out.append(p(PI, span(FS, "（此件公开发布）")))
    out.append('<p style="line-height: 2em;"><br></p>')
    out.append(p("text-align: center; line-height: 2em;",
                 span("font-family: 方正小标宋简体; font-size: 22pt;", "2025年县政府工作报告重点工作任务分工方案")))
    out.append('<p style="line-height: 2em;"><br></p>')
    out.append(p(PI, span(FS, "为认真贯彻落实县十八届人民代表大会第五次会议审议通过的《政府工作报告》，确保全年目标任务圆满完成，现将2025年县政府工作报告确定的重点工作任务分解如下：")))
    for head, tasks in PARTS:
        out.append(p(PI, span(HT, head)))
        for i, (text, leaders, units) in enumerate(tasks, 1):
            out.append(p(PI, span(FS, "%d．%s" % (i, text)) + span(KT, "（责任县领导：%s；%s）" % (leaders, units))))
    out.append(p(PI, span(HT, "八、工作要求")))
    out.append(p(PI, span(KT, "（一）压实工作责任。") + span(FS, "各牵头单位为任务落实的第一责任单位，主要负责同志为第一责任人，要对照分工制定具体推进措施；涉及多个牵头单位的，排在第一位的单位负责统筹协调；配合单位要按照职责分工积极支持配合。")))
    out.append(p(PI, span(KT, "（二）强化督查考核。") + span(FS, "县政府督查室要将重点工作任务纳入年度督查计划，实行清单化管理、季度通报，督查结果纳入年度综合考核。")))
    out.append(p(PI, span(KT, "（三）加强信息报送。") + span(FS, "各牵头单位要明确一名联络员，于3月10日前将联络员名单报县政府督查室（联系电话：0797-6821035，电子邮箱：lxxdcs@163.com）。")))
    return "\n".join(out)


def page():
    n = len(URL)
    article = body()
    return f"""<!DOCTYPE html>
<!-- saved from url=({n:04d}){URL} -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{TITLE}_县政府办文件_栾溪县人民政府</title>
<meta name="SiteName" content="栾溪县人民政府">
<meta name="SiteDomain" content="www.luanxi.gov.cn">
<meta name="SiteIDCode" content="3611290007">
<meta name="ColumnName" content="县政府办文件">
<meta name="ColumnDescription" content="栾溪县人民政府办公室发布的政策文件">
<meta name="ColumnKeywords" content="政府信息公开,政策文件,县政府办文件">
<meta name="ColumnType" content="政府信息公开">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2025-03-04 10:26">
<meta name="ContentSource" content="县政府办公室">
<meta name="Keywords" content="政府工作报告,重点工作,任务分工">
<meta name="Author" content="县政府办公室">
<meta name="Description" content="《2025年县政府工作报告重点工作任务分工方案》已经县人民政府同意，现印发给你们，请认真贯彻落实。">
<meta name="Url" content="{URL}">
<link rel="stylesheet" type="text/css" href="{FILES}common.css">
<link rel="stylesheet" type="text/css" href="{FILES}xxgk_detail.css">
<script type="text/javascript" src="{FILES}jquery-1.11.3.min.js.下载"></script>
<script type="text/javascript" src="{FILES}common.js.下载"></script>
<script type="text/javascript" src="{FILES}jquery.qrcode.min.js.下载"></script>
<style type="text/css">.TRS_Editor P{{margin-top:0px;margin-bottom:0px;line-height:2;font-family:仿宋_GB2312;font-size:16pt;}}.TRS_Editor DIV{{margin-top:0px;margin-bottom:0px;line-height:2;font-family:仿宋_GB2312;font-size:16pt;}}.TRS_Editor TD{{margin-top:0px;margin-bottom:0px;line-height:2;font-family:仿宋_GB2312;font-size:12pt;}}</style>
<script src="{FILES}hm.js.下载"></script><script src="{FILES}share.js.下载"></script></head>
<body>
<div class="top-bar">
  <div class="w1200 clearfix">
    <div class="fl">欢迎访问栾溪县人民政府门户网站！&nbsp;&nbsp;今天是：<span id="today">2025年3月6日 星期四</span></div>
    <div class="fr">
      <a href="javascript:void(0)" id="wza" class="wza">无障碍浏览</a>
      <a href="javascript:void(0)" class="zhbb">长者模式</a>
      <a href="https://www.luanxi.gov.cn/wap/" target="_blank">手机版</a>
      <a href="https://www.luanxi.gov.cn/jgzn/" target="_blank">政务微信</a>
    </div>
  </div>
</div>
<div class="header">
  <div class="w1200 clearfix">
    <a class="logo fl" href="https://www.luanxi.gov.cn/"><img src="{FILES}logo.png" alt="栾溪县人民政府"></a>
    <div class="search fr">
      <form action="https://www.luanxi.gov.cn/search/" method="get" target="_blank" id="searchform">
        <input type="text" name="searchWord" id="searchWord" placeholder="请输入关键词" value="">
        <input type="submit" value="搜索" class="btn">
      </form>
    </div>
  </div>
</div>
<div class="nav">
  <ul class="w1200 clearfix">
    <li><a href="https://www.luanxi.gov.cn/">首页</a></li>
    <li><a href="https://www.luanxi.gov.cn/zjlx/">走进栾溪</a></li>
    <li><a href="https://www.luanxi.gov.cn/zwdt/">政务动态</a></li>
    <li class="on"><a href="https://www.luanxi.gov.cn/zwgk/">政务公开</a></li>
    <li><a href="https://www.luanxi.gov.cn/bsfw/">办事服务</a></li>
    <li><a href="https://www.luanxi.gov.cn/hdjl/">互动交流</a></li>
    <li><a href="https://www.luanxi.gov.cn/ztzl/">专题专栏</a></li>
  </ul>
</div>
<div class="w1200 main">
  <div class="position">
    <span>当前位置：</span><a href="https://www.luanxi.gov.cn/" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="https://www.luanxi.gov.cn/zwgk/" title="政务公开" class="CurrChnlCls">政务公开</a>&nbsp;&gt;&nbsp;<a href="https://www.luanxi.gov.cn/zwgk/xxgkml/" title="政府信息公开目录" class="CurrChnlCls">政府信息公开目录</a>&nbsp;&gt;&nbsp;<a href="https://www.luanxi.gov.cn/zwgk/xxgkml/zcwj/" title="政策文件" class="CurrChnlCls">政策文件</a>&nbsp;&gt;&nbsp;<a href="https://www.luanxi.gov.cn/zwgk/xxgkml/zcwj/xzfbwj/" title="县政府办文件" class="CurrChnlCls">县政府办文件</a>
  </div>
  <div class="xxgk-detail">
    <table class="xxgk-info" width="100%" cellspacing="0" cellpadding="0" border="0">
      <tbody>
        <tr>
          <th width="12%">索&nbsp;引&nbsp;号：</th><td width="38%">11361129MB1C47213X/2025-00418</td>
          <th width="12%">主题分类：</th><td width="38%">综合政务\\其他</td>
        </tr>
        <tr>
          <th>发布机构：</th><td>栾溪县人民政府办公室</td>
          <th>成文日期：</th><td>2025-02-28</td>
        </tr>
        <tr>
          <th>文&emsp;&emsp;号：</th><td>栾政办发〔2025〕7号</td>
          <th>发布日期：</th><td>2025-03-04</td>
        </tr>
        <tr>
          <th>名&emsp;&emsp;称：</th><td colspan="3">{TITLE}</td>
        </tr>
        <tr>
          <th>有&nbsp;效&nbsp;性：</th><td>有效</td>
          <th>公开方式：</th><td>主动公开</td>
        </tr>
      </tbody>
    </table>
    <div class="article">
      <h1 class="title">{TITLE}</h1>
      <div class="info">
        <span>发布时间：2025-03-04 10:26</span>
        <span>来源：县政府办公室</span>
        <span>浏览次数：<em id="readCount">1286</em></span>
        <span class="fontsize">【字体：<a href="javascript:doZoom(20)">大</a>&nbsp;<a href="javascript:doZoom(16)">中</a>&nbsp;<a href="javascript:doZoom(14)">小</a>】</span>
      </div>
      <div class="content" id="zoom">
        <div class="TRS_Editor"><div class="view TRS_UEDITOR trs_paper_default trs_web">
{article}
</div></div>
      </div>
      <div class="fj">
      </div>
      <div class="xgjd">
        <span class="tit">相关解读：</span>
        <a href="https://www.luanxi.gov.cn/zwgk/xxgkml/zcjd/202503/t20250304_4417851.html" target="_blank" title="图解：《2025年县政府工作报告重点工作任务分工方案》">图解：《2025年县政府工作报告重点工作任务分工方案》</a>
      </div>
      <div class="article-tools clearfix">
        <div class="share fl"><span>分享到：</span><a class="share-wx" href="javascript:void(0)" title="分享到微信"></a><a class="share-wb" href="https://service.weibo.com/share/share.php?url=https%3A%2F%2Fwww.luanxi.gov.cn%2Fzwgk%2Fxxgkml%2Fzcwj%2Fxzfbwj%2F202503%2Ft20250304_4417826.html&amp;title=%E6%A0%BE%E6%BA%AA%E5%8E%BF" target="_blank" title="分享到微博"></a><div class="qrcode" style="display: none;"><canvas width="120" height="120"></canvas></div></div>
        <div class="fr"><a href="javascript:window.print()">【打印本页】</a>&nbsp;&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></div>
      </div>
    </div>
    <div class="related">
      <div class="related-tit">相关阅读</div>
      <ul>
        <li><a href="https://www.luanxi.gov.cn/zwgk/xxgkml/zcwj/xzfbwj/202502/t20250219_4409317.html" target="_blank">栾溪县人民政府办公室关于印发栾溪县2025年为民办实事项目实施方案的通知</a><span>2025-02-19</span></li>
        <li><a href="https://www.luanxi.gov.cn/zwgk/xxgkml/zcwj/xzfbwj/202502/t20250211_4403648.html" target="_blank">栾溪县人民政府办公室关于印发《栾溪县2025年政务公开工作要点》的通知</a><span>2025-02-11</span></li>
        <li><a href="https://www.luanxi.gov.cn/zwgk/xxgkml/zcwj/xzfbwj/202403/t20240306_4107722.html" target="_blank">栾溪县人民政府办公室关于印发《2024年县政府工作报告重点工作任务分工方案》的通知</a><span>2024-03-06</span></li>
      </ul>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w1200 clearfix">
    <div class="footer-logo fl">
      <span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=5B7E3C1A90D24F61E053012819ACF8A2" target="_blank"><img id="imgConac" vspace="0" hspace="0" border="0" src="{FILES}red.png" data-bd-imgshare-binded="1"></a></span>
      <span id="_span_jiucuo"><img onclick="Link(&#39;3611290007&#39;)" style="margin:0;border:0;cursor: pointer;" src="{FILES}jiucuo.png"></span>
    </div>
    <div class="footer-txt fl">
      <p>主办单位：栾溪县人民政府办公室&nbsp;&nbsp;&nbsp;&nbsp;承办单位：栾溪县政务服务和数据管理局</p>
      <p>地址：栾溪县城关街道政通路1号&nbsp;&nbsp;&nbsp;&nbsp;邮编：341700&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0797-6821001</p>
      <p>网站标识码：3611290007&nbsp;&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备05003127号-1</a>&nbsp;&nbsp;&nbsp;&nbsp;<img src="{FILES}ga.png"><a href="https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=36112902000118" target="_blank">赣公网安备 36112902000118号</a></p>
    </div>
  </div>
</div>
<script type="text/javascript">
  function doZoom(size) {{
    $("#zoom").find("p,span,div,td").css("font-size", size + "px");
  }}
  $(function () {{
    $(".share-wx").hover(function () {{ $(".qrcode").show(); }}, function () {{ $(".qrcode").hide(); }});
    $(".qrcode").qrcode({{ width: 120, height: 120, text: window.location.href }});
  }});
</script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {{
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?4c2b0e7a1d9f36e85b4a0c7d29e1f3a6";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
}})();
</script>


</body></html>"""


if __name__ == "__main__":
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(page())
    print(path)
