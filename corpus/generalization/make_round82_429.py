#!/usr/bin/env python3
"""Writes 429_yunxi_xian_zhongdian_fengong.html: a county portal article saved by a browser (UTF-8)."""
import html
import os

CATS = [
("一、稳增长促发展（共8项）", [
("全力推进项目建设，全年实施县级重点项目120个以上，完成投资85亿元以上。", "何建平、陆志刚", "县发展改革局", "县财政局、县自然资源局、县住房城乡建设局、各乡镇人民政府", "2024年12月底"),
("扎实开展招商引资“一号工程”，全年新签约亿元以上项目30个，到位资金60亿元以上。", "何建平、孟晓川", "县投资促进局", "县商务局、云溪经济开发区管委会、各乡镇人民政府", "2024年12月底"),
("推动云溪经济开发区扩区调规，完成开发区总体规划修编和省级审核报批。", "孟晓川", "云溪经济开发区管委会", "县发展改革局、县自然资源局、市生态环境局云溪分局", "2024年9月底"),
("实施工业企业技术改造提升行动，新增规模以上工业企业12户，规上工业增加值增长8%以上。", "孟晓川", "县工业和信息化局", "县科技局、县统计局、云溪经济开发区管委会", "2024年12月底"),
("积极争取中央预算内投资、超长期特别国债和地方政府专项债券项目，争取上级资金增长10%以上。", "陆志刚", "县发展改革局、县财政局", "县级各行业主管部门", "2024年12月底"),
("促进消费持续恢复，组织开展“云溪好物”促消费活动不少于10场，社会消费品零售总额增长6%。", "孟晓川", "县商务局", "县市场监管局、县文化旅游广电局、县融媒体中心", "2024年12月底"),
("落实结构性减税降费政策，全年为市场主体减税降费3亿元以上。", "陆志刚", "县税务局", "县财政局", "2024年12月底"),
("加强财源建设，一般公共预算收入增长5%以上，从严从紧控制一般性支出。", "陆志刚", "县财政局", "县税务局、县自然资源局", "2024年12月底"),
]),
("二、乡村振兴（共7项）", [
("稳定粮食生产，全县粮食播种面积稳定在46万亩以上，总产量达到17万吨。", "杨德顺", "县农业农村局", "县自然资源局、县水利局、各乡镇人民政府", "2024年10月底"),
("新建高标准农田3.5万亩，完成年度建设任务并通过市级验收。", "杨德顺", "县农业农村局", "县财政局、县自然资源局、县水利局", "2024年11月底"),
("巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制，确保不发生规模性返贫。", "杨德顺、钟文斌", "县农业农村局", "县民政局、县人力资源社会保障局、县医疗保障局、各乡镇人民政府", "长期坚持"),
("做强茶叶、中药材、生态畜牧三大特色产业，新培育市级以上农业产业化龙头企业3家。", "杨德顺", "县农业农村局", "县林业局、县市场监管局、县供销联社", "2024年12月底"),
("实施农村人居环境整治提升行动，农村卫生厕所普及率达到82%以上。", "杨德顺", "县农业农村局", "县卫生健康局、市生态环境局云溪分局、各乡镇人民政府", "2024年12月底"),
("推进农村供水保障工程，完成8处集中供水工程提质改造。", "杨德顺", "县水利局", "县卫生健康局、各乡镇人民政府", "2024年11月底"),
("深化农村集体产权制度改革，集体经济年收入10万元以上的村达到60%。", "杨德顺、方明远", "县农业农村局", "县委组织部、县财政局", "2024年12月底"),
]),
("三、城乡建设与生态环境（共6项）", [
("加快推进县城北部新区道路、管网等基础设施建设，完成滨河路二期建设。", "陆志刚", "县住房城乡建设局", "县自然资源局、县城市管理局、县城投公司", "2024年12月底"),
("实施老旧小区改造项目14个，惠及居民2100户。", "陆志刚", "县住房城乡建设局", "县财政局、县发展改革局、城关镇人民政府", "2024年11月底"),
("推进国道356线云溪段改扩建工程和农村公路提质改造，新改建农村公路150公里。", "何建平、陆志刚", "县交通运输局", "县自然资源局、县林业局、沿线乡镇人民政府", "2024年12月底"),
("深入打好蓝天、碧水、净土保卫战，县城空气质量优良天数比例达到93%以上。", "钟文斌", "市生态环境局云溪分局", "县住房城乡建设局、县交通运输局、县公安局、县城市管理局", "2024年12月底"),
("全面落实河湖长制，确保国控、省控断面水质稳定达到Ⅲ类以上。", "杨德顺", "县水利局", "市生态环境局云溪分局、县农业农村局、各乡镇人民政府", "长期坚持"),
("持续推进国土绿化行动，完成营造林2.8万亩，森林覆盖率稳定在61%以上。", "杨德顺", "县林业局", "县自然资源局、各乡镇人民政府", "2024年12月底"),
]),
("四、民生保障与社会治理（共9项）", [
("落实就业优先政策，城镇新增就业2800人，城镇调查失业率控制在5.5%以内。", "方明远", "县人力资源社会保障局", "县财政局、县农业农村局、县总工会、团县委", "2024年12月底"),
("推进县第三小学、城南幼儿园建设，新增学位1800个。", "方明远", "县教育体育局", "县发展改革局、县财政局、县自然资源局、县住房城乡建设局", "2024年8月底"),
("推进紧密型县域医共体建设，县人民医院创成三级医院。", "方明远", "县卫生健康局", "县医疗保障局、县财政局、县人民医院", "2024年12月底"),
("完善养老服务体系，新建乡镇区域性养老服务中心3个、村级互助养老服务点20个。", "方明远", "县民政局", "县财政局、县卫生健康局、各乡镇人民政府", "2024年12月底"),
("扩大城乡居民基本养老保险和基本医疗保险覆盖面，参保率均稳定在95%以上。", "方明远", "县人力资源社会保障局、县医疗保障局", "县税务局、各乡镇人民政府", "2024年12月底"),
("深化“放管服”改革，政务服务事项网上可办率达到95%以上，“一件事一次办”事项扩大到30项。", "何建平、孟晓川", "县行政审批服务局", "县数据资源管理局、县级各有关部门", "2024年10月底"),
("坚持和发展新时代“枫桥经验”，深化矛盾纠纷多元化解，信访事项及时受理率达到100%。", "钟文斌、唐卫东", "县委政法委、县信访局", "县公安局、县司法局、各乡镇人民政府", "长期坚持"),
("严格落实安全生产责任制，深入开展安全生产治本攻坚三年行动，坚决遏制较大以上事故发生。", "钟文斌", "县应急管理局", "县安委会各成员单位", "长期坚持"),
("持续开展食品药品安全专项整治，创建省级食品安全示范县。", "方明远", "县市场监管局", "县农业农村局、县卫生健康局、县教育体育局", "2024年12月底"),
]),
]

def td(s, cls=None, attrs=""):
    c = f' class="{cls}"' if cls else ""
    return f"<td{c}{attrs}>{html.escape(s, quote=False)}</td>"

rows = []
n = 0
for cat, tasks in CATS:
    rows.append(f'<tr class="firstRow-cat"><td colspan="6" style="text-align:left;font-weight:bold;">{html.escape(cat, quote=False)}</td></tr>')
    for t, ld, lead, coop, dl in tasks:
        n += 1
        rows.append("<tr>" + td(str(n), attrs=' style="text-align:center;"') + td(t) + td(ld, attrs=' style="text-align:center;"')
                    + td(lead) + td(coop) + td(dl, attrs=' style="text-align:center;"') + "</tr>")
table = "\n".join(rows)

page = f'''<!DOCTYPE html>
<!-- saved from url=(0062)http://www.yunxi.gov.cn/zwgk/zcwj/xwwj/202403/t20240312_58213.html -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="云溪县人民政府">
<meta name="SiteDomain" content="www.yunxi.gov.cn">
<meta name="SiteIDCode" content="5125990012">
<meta name="ColumnName" content="县委文件">
<meta name="ArticleTitle" content="中共云溪县委办公室 云溪县人民政府办公室关于印发《2024年县委县政府重点工作任务分工方案》的通知">
<meta name="PubDate" content="2024-03-12 16:25">
<meta name="ContentSource" content="县委办公室">
<title>中共云溪县委办公室 云溪县人民政府办公室关于印发《2024年县委县政府重点工作任务分工方案》的通知_县委文件_云溪县人民政府</title>
<link rel="stylesheet" href="./t20240312_58213_files/common.css">
<link rel="stylesheet" href="./t20240312_58213_files/article.css">
<script src="./t20240312_58213_files/jquery.min.js"></script>
<script src="./t20240312_58213_files/jquery.SuperSlide.2.1.3.js"></script>
<style>
.TRS_Editor table{{border-collapse:collapse;margin:0 auto;width:100%;}}
.TRS_Editor td{{border:1px solid #000;padding:4px 6px;font-size:14px;line-height:1.6;}}
</style>
</head>
<body>
<div class="top-bar">
  <div class="w1200">
    <span class="date" id="nowDate">2024年3月13日 星期三</span>
    <div class="top-links">
      <a href="http://www.yunxi.gov.cn/" target="_blank">设为首页</a> |
      <a href="javascript:void(0)" onclick="addFav()">加入收藏</a> |
      <a href="http://www.yunxi.gov.cn/wza/" target="_blank">无障碍浏览</a> |
      <a href="http://www.yunxi.gov.cn/yddb/" target="_blank">移动版</a>
    </div>
  </div>
</div>
<div class="header">
  <div class="w1200">
    <a class="logo" href="http://www.yunxi.gov.cn/"><img src="./t20240312_58213_files/logo.png" alt="云溪县人民政府"></a>
    <div class="search-box">
      <form action="http://www.yunxi.gov.cn/search/" method="get" target="_blank">
        <input type="text" name="searchword" placeholder="请输入关键字">
        <input type="submit" value="搜索">
      </form>
    </div>
  </div>
</div>
<div class="nav">
  <ul class="w1200">
    <li><a href="http://www.yunxi.gov.cn/">首页</a></li>
    <li><a href="http://www.yunxi.gov.cn/zjyx/">走进云溪</a></li>
    <li><a href="http://www.yunxi.gov.cn/zwdt/">政务动态</a></li>
    <li class="on"><a href="http://www.yunxi.gov.cn/zwgk/">政务公开</a></li>
    <li><a href="http://www.yunxi.gov.cn/zwfw/">政务服务</a></li>
    <li><a href="http://www.yunxi.gov.cn/hdjl/">互动交流</a></li>
    <li><a href="http://www.yunxi.gov.cn/ztzl/">专题专栏</a></li>
  </ul>
</div>
<div class="w1200 main">
  <div class="position">当前位置：<a href="http://www.yunxi.gov.cn/">首页</a> &gt; <a href="http://www.yunxi.gov.cn/zwgk/">政务公开</a> &gt; <a href="http://www.yunxi.gov.cn/zwgk/zcwj/">政策文件</a> &gt; <a href="http://www.yunxi.gov.cn/zwgk/zcwj/xwwj/">县委文件</a></div>
  <div class="article">
    <h1 class="art-title">中共云溪县委办公室 云溪县人民政府办公室关于印发《2024年县委县政府重点工作任务分工方案》的通知</h1>
    <div class="art-info">
      <span>发布时间：2024-03-12 16:25</span>
      <span>来源：县委办公室</span>
      <span>浏览次数：<em id="hits">1286</em></span>
      <span class="font">字号：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</span>
    </div>
    <div class="art-con">
<div class="TRS_Editor">
<p style="text-align:center;">云委办发〔2024〕6号</p>
<p>各乡镇党委、人民政府，县委各部委，县级国家机关各部门，各人民团体，云溪经济开发区党工委、管委会：</p>
<p style="text-indent:2em;">《2024年县委县政府重点工作任务分工方案》已经县委、县政府同意，现印发给你们，请结合实际认真抓好贯彻落实。</p>
<p style="text-indent:2em;">各责任县领导要切实履行领导责任，加强统筹调度，及时协调解决工作推进中的重大问题。牵头单位要主动作为，制定具体工作措施，明确时间节点和责任人；配合单位要积极配合，形成工作合力。各牵头单位于每季度最后一个月25日前将工作推进情况报县委督查室、县政府督查室，县委督查室、县政府督查室将定期对重点工作推进情况进行督查通报，督查结果纳入年度目标绩效考核。</p>
<p style="text-indent:2em;">附件：2024年县委县政府重点工作任务分工方案</p>
<p style="text-align:right;">中共云溪县委办公室　　　　　</p>
<p style="text-align:right;">云溪县人民政府办公室　　　　　</p>
<p style="text-align:right;">2024年3月8日　　　　　　</p>
<p style="text-indent:2em;">（此件公开发布）</p>
<p>附件</p>
<p style="text-align:center;font-weight:bold;font-size:20px;">2024年县委县政府重点工作任务分工方案</p>
<table border="1" cellspacing="0" cellpadding="0" width="100%">
<tbody>
<tr style="font-weight:bold;text-align:center;"><td width="6%">序号</td><td width="38%">重点任务</td><td width="10%">责任县领导</td><td width="14%">牵头单位</td><td width="22%">配合单位</td><td width="10%">完成时限</td></tr>
{table}
</tbody>
</table>
<p>&nbsp;</p>
</div>
    </div>
    <div class="art-bottom">
      <a href="javascript:window.print()">【打印本页】</a>
      <a href="javascript:window.close()">【关闭窗口】</a>
    </div>
    <div class="related">
      <h3>相关链接</h3>
      <ul>
        <li><a href="http://www.yunxi.gov.cn/zwgk/zcwj/xwwj/202402/t20240226_57790.html">中共云溪县委办公室 云溪县人民政府办公室关于印发《云溪县2024年度目标绩效考核办法》的通知</a><span>2024-02-26</span></li>
        <li><a href="http://www.yunxi.gov.cn/zwgk/zcwj/xzfwj/202402/t20240219_57612.html">云溪县人民政府关于印发2024年《政府工作报告》重点工作目标任务分解的通知</a><span>2024-02-19</span></li>
      </ul>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w1200">
    <div class="foot-links"><a href="http://www.yunxi.gov.cn/gywm/">关于我们</a> | <a href="http://www.yunxi.gov.cn/wzdt/">网站地图</a> | <a href="http://www.yunxi.gov.cn/lxwm/">联系我们</a></div>
    <p>主办：云溪县人民政府办公室　　承办：云溪县数据资源管理局</p>
    <p>地址：云溪县城关镇府前路18号　　邮编：628400　　联系电话：0839-6212345</p>
    <p>网站标识码：5125990012　　<a href="https://beian.miit.gov.cn/" target="_blank">蜀ICP备05012345号-1</a>　　<img src="./t20240312_58213_files/gaba.png" alt="">川公网安备 51250002000123号</p>
    <div class="jiucuo"><img src="./t20240312_58213_files/jiucuo.png" alt="政府网站找错"></div>
  </div>
</div>
<script src="./t20240312_58213_files/common.js"></script>
</body></html>
'''
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "429_yunxi_xian_zhongdian_fengong.html"), "w", encoding="utf-8").write(page)
print(n, "tasks")
