#!/usr/bin/env python3
# Writes 497_zhechuan_xian_gzbg_renwu_fengong_biao.html: a county portal article page
# (Hanweb-style jcms template) as Chrome's "网页，全部" saves it.
import os

NAME = "497_zhechuan_xian_gzbg_renwu_fengong_biao.html"
URL = "http://www.zhechuan.gov.cn/art/2025/2/21/art_1229605512_59246118.html"
TITLE = "柘川县人民政府办公室关于印发2025年《政府工作报告》重点工作任务分工的通知"
FILES = "./" + TITLE + "_柘川县人民政府_files/"

# (序号, 任务, [责任县领导], [牵头单位], [配合单位] or None, 完成时限, lead-cell style)
PARTS = [
    ("一、坚持稳中求进，推动经济持续健康发展", [
        ("全年地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长8%，固定资产投资增长7%，社会消费品零售总额增长6%。",
         ["何立新"], ["县发展和改革局"], ["县统计局", "县财政局", "县工业和信息化局", "县商务局"], "2025年12月底前"),
        ("滚动实施重点项目“四个一批”，全年实施县级重点项目120个以上，完成投资150亿元以上，开工建设柘川抽水蓄能电站等重大项目。",
         ["何立新"], ["县发展和改革局"], ["县自然资源局", "县住房和城乡建设局", "各乡镇人民政府"], "2025年12月底前"),
        ("积极争取中央预算内投资、超长期特别国债和地方政府专项债券等政策资金，全年争取上级资金20亿元以上。",
         ["何立新"], ["县发展和改革局", "县财政局"], ["县直各有关单位"], "2025年12月底前"),
        ("深入开展“招商引资攻坚年”活动，全年新引进亿元以上项目30个，实际到位县外资金80亿元以上。",
         ["郭晓峰"], ["县投资促进中心"], ["县商务局", "柘川经济开发区管委会", "各乡镇人民政府"], "2025年12月底前"),
        ("持续优化营商环境，全面推行“高效办成一件事”，政务服务事项网上可办率保持在98%以上，涉企行政检查频次下降20%。",
         ["郭晓峰"], ["县行政审批服务局"], ["县数据局", "县市场监督管理局", "县司法局", "县税务局"], "2025年11月底前"),
    ]),
    ("二、坚持产业为要，加快构建现代化产业体系", [
        ("实施制造业“强链补链”工程，推动新材料、装备制造、食品加工三大主导产业提质扩能，新增规模以上工业企业15家以上。",
         ["郭晓峰"], ["县工业和信息化局"], ["柘川经济开发区管委会", "县科技局"], "2025年12月底前"),
        ("加快柘川经济开发区扩区调规，完成标准化厂房建设12万平方米，推进园区污水处理厂提标改造。",
         ["郭晓峰"], ["柘川经济开发区管委会"], ["县自然资源局", "市生态环境局柘川分局"], "2025年10月底前"),
        ("深入实施创新驱动发展战略，新认定高新技术企业10家、科技型中小企业40家，全社会研发经费投入强度提高到2.1%。",
         ["冯玉琴"], ["县科技局"], ["县工业和信息化局", "县财政局", "县统计局"], "2025年12月底前"),
        ("大力发展电子商务和现代物流，建成县级电商物流分拨中心，农村网络零售额增长12%。",
         ["郭晓峰"], ["县商务局"], ["县交通运输局", "县农业农村局"], "2025年9月底前"),
        ("推进数字经济发展，新建5G基站200个，实施企业数字化改造项目20个。",
         ["郭晓峰"], ["县工业和信息化局"], ["县数据局"], "2025年12月底前"),
        ("全力创建全域旅游示范区，推进青螺山景区创建国家4A级旅游景区，全年接待游客增长10%。",
         ["冯玉琴"], ["县文化广电和旅游局"], None, "2025年12月底前"),
    ]),
    ("三、坚持农业农村优先发展，全面推进乡村振兴", [
        ("严守耕地保护红线，全年粮食播种面积稳定在58万亩以上、总产量达到22万吨以上，新建高标准农田3.5万亩。",
         ["梁　振"], ["县农业农村局"], ["县自然资源局", "县财政局", "县水利局", "各乡镇人民政府"], "2025年10月底前"),
        ("巩固拓展脱贫攻坚成果，健全防止返贫致贫监测和帮扶机制，坚决守住不发生规模性返贫致贫底线。",
         ["梁　振"], ["县农业农村局"], ["县人力资源和社会保障局", "县医疗保障局", "县教育局", "各乡镇人民政府"], "2025年12月底前"),
        ("做优茶叶、中药材、生态养殖等特色产业，新培育市级以上农业产业化龙头企业5家，新认证绿色食品10个。",
         ["梁　振"], ["县农业农村局"], ["县林业局", "县市场监督管理局"], "2025年12月底前"),
        ("扎实推进宜居宜业和美乡村建设，完成农村户厕改造3000户，农村生活污水治理率达到45%。",
         ["梁　振"], ["县农业农村局", "县住房和城乡建设局"], ["市生态环境局柘川分局", "各乡镇人民政府"], "2025年11月底前"),
        ("推进柘溪灌区续建配套与现代化改造，完成病险水库除险加固6座，巩固提升农村供水保障水平。",
         ["梁　振"], ["县水利局"], None, "2025年12月底前"),
        ("深化农村集体产权制度改革，发展壮大新型农村集体经济，村级集体经济经营性收入全部达到10万元以上。",
         ["梁　振"], ["县农业农村局"], ["县委组织部", "县财政局"], "2025年12月底前"),
    ]),
    ("四、坚持城乡融合发展，提升县城综合承载能力", [
        ("推进以人为本的新型城镇化，常住人口城镇化率提高1.2个百分点，推动农业转移人口市民化。",
         ["何立新"], ["县发展和改革局"], ["县公安局", "县住房和城乡建设局", "县自然资源局"], "2025年12月底前"),
        ("实施城市更新行动，改造老旧小区18个、城中村2个，新建改造城市道路15公里。",
         ["罗明辉"], ["县住房和城乡建设局"], ["县自然资源局", "县城市管理局", "县财政局", "城关镇人民政府"], "2025年11月底前"),
        ("推进G351柘川段改建、县城至青螺山旅游公路建设，新改建农村公路120公里。",
         ["罗明辉"], ["县交通运输局"], ["县自然资源局", "沿线各乡镇人民政府"], "2025年12月底前"),
        ("深化城市精细化管理，开展市容环境综合整治，城市生活垃圾无害化处理率保持100%。",
         ["罗明辉"], ["县城市管理局"], ["县住房和城乡建设局", "城关镇人民政府"], "长期坚持"),
        ("稳妥化解房地产风险，扎实做好保交房工作，促进房地产市场平稳健康发展。",
         ["罗明辉", "何立新"], ["县住房和城乡建设局"], ["县财政局", "县自然资源局", "县金融服务中心"], "长期坚持"),
    ]),
    ("五、坚持生态优先，推动绿色低碳发展", [
        ("深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在30微克/立方米以内，国省控断面水质优良率保持100%。",
         ["罗明辉"], ["市生态环境局柘川分局"], ["县住房和城乡建设局", "县农业农村局", "县交通运输局", "县公安局", "各乡镇人民政府"], "2025年12月底前"),
        ("全面落实河湖长制、林长制，完成营造林2.8万亩，森林覆盖率稳定在68%以上。",
         ["梁　振"], ["县林业局", "县水利局"], ["各乡镇人民政府"], "2025年12月底前"),
        ("抓好中央和省生态环境保护督察反馈问题整改，确保按期完成整改销号。",
         ["罗明辉"], ["市生态环境局柘川分局"], ["县直各有关单位", "各乡镇人民政府"], "按整改方案时限"),
        ("推进能耗双控逐步转向碳排放双控，完成单位地区生产总值能耗下降目标任务。",
         ["何立新"], ["县发展和改革局"], ["县工业和信息化局", "县统计局"], "2025年12月底前"),
    ]),
    ("六、坚持以人民为中心，持续增进民生福祉", [
        ("实施就业优先战略，城镇新增就业4500人，城镇调查失业率控制在5.5%以内。",
         ["冯玉琴"], ["县人力资源和社会保障局"], ["县财政局", "县教育局", "县农业农村局"], "2025年12月底前"),
        ("推进义务教育优质均衡发展，新建、改扩建中小学和幼儿园6所，新增学位2700个。",
         ["冯玉琴"], ["县教育局"], ["县发展和改革局", "县财政局", "县自然资源局", "县住房和城乡建设局"], "2025年8月底前"),
        ("深化紧密型县域医共体建设，加快县人民医院新院区建设，提升基层医疗卫生服务能力。",
         ["冯玉琴"], ["县卫生健康局"], ["县医疗保障局", "县发展和改革局"], "2025年12月底前"),
        ("健全多层次社会保障体系，城乡居民基本养老保险参保率稳定在95%以上，新建社区嵌入式养老服务设施4处。",
         ["冯玉琴"], ["县人力资源和社会保障局", "县民政局"], ["县医疗保障局", "县财政局"], "2025年12月底前"),
        ("深入开展安全生产治本攻坚三年行动，坚决防范遏制较大及以上生产安全事故发生。",
         ["何立新"], ["县应急管理局"], ["县安委会各成员单位"], "长期坚持"),
        ("推进平安柘川、法治柘川建设，常态化开展扫黑除恶斗争，持续推进信访工作法治化。",
         ["唐振宇"], ["县公安局", "县信访局"], ["县司法局", "各乡镇人民政府"], "长期坚持"),
        ("扎实办好十件民生实事，确保全部按期建成见效。",
         ["周文涛", "何立新"], ["县发展和改革局"], ["县财政局", "民生实事项目各责任单位"], "2025年12月底前"),
    ]),
    ("七、坚持自我革命，全面加强政府自身建设", [
        ("深入推进法治政府建设，严格执行重大行政决策程序，自觉接受县人大及其常委会的法律监督和工作监督、县政协的民主监督。",
         ["周文涛"], ["县人民政府办公室"], ["县司法局"], "长期坚持"),
        ("严格落实过紧日子要求，一般性支出压减5%以上，“三公”经费只减不增。",
         ["何立新"], ["县财政局"], None, "2025年12月底前"),
        ("持续整治形式主义为基层减负，精简文件会议，严控督查检查考核总量。",
         ["周文涛"], ["县人民政府办公室"], ["县直各单位"], "长期坚持"),
    ]),
]

# cells merged down in the Word table the editor pasted (part index, first row in part, rows)
LEAD_MERGES = {(0, 0, 2), (2, 0, 3)}

TD = ('<td width="{w}" valign="center" style="width:{w}px;padding:0px 7px;border-left:{bl};border-right:1px solid windowtext;'
      'border-top:none;border-bottom:1px solid windowtext;word-break:break-all;"{span}>')
P_C = '<p style="text-align:center;line-height:20px;margin:0px;"><span style="font-family:仿宋_GB2312;font-size:14px;">{}</span></p>'
P_L = '<p style="text-align:justify;line-height:20px;margin:0px;"><span style="font-family:仿宋_GB2312;font-size:14px;">{}</span></p>'
W = [40, 300, 70, 110, 150, 80]


def td(col, inner, rows=1, cols=1):
    span = ""
    if cols > 1:
        span += ' colspan="%d"' % cols
    if rows > 1:
        span += ' rowspan="%d"' % rows
    bl = "1px solid windowtext" if col == 0 else "none"
    return TD.format(w=W[col], bl=bl, span=span) + inner + "</td>"


def cell_units(units, col):
    if units is None:
        return P_C.format("/")
    if col == 3 and len(units) > 1 and units[0] == "县林业局":
        return P_C.format("、".join(units))          # typed on one line
    if len(units) > 1 and col == 3:
        return "".join(P_C.format(u) for u in units)  # one paragraph per lead
    return P_C.format("、".join(units))


def runs(values):
    """lengths of runs of equal values"""
    out, i = [], 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[i]:
            j += 1
        out.append((i, j - i + 1))
        i = j + 1
    return out


def table():
    rows = []
    hdr = "".join(td(i, '<p style="text-align:center;line-height:20px;margin:0px;"><span style="font-family:黑体;font-size:14px;">%s</span></p>' % h)
                  for i, h in enumerate(["序号", "重点工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]))
    rows.append('<tr style="height:37px;">' + hdr.replace("border-top:none", "border-top:1px solid windowtext") + "</tr>")
    n = 0
    for pi, (ptitle, tasks) in enumerate(PARTS):
        rows.append('<tr style="height:30px;">' + td(0, '<p style="text-align:left;line-height:20px;margin:0px;"><span style="font-family:黑体;font-size:14px;">%s（%d项）</span></p>' % (ptitle, len(tasks)), cols=6) + "</tr>")
        lead_start = {}
        lead_cover = set()
        for (p, s, r) in LEAD_MERGES:
            if p == pi:
                lead_start[s] = r
                lead_cover.update(range(s + 1, s + r))
        lrun = dict(runs(["、".join(t[1]) for t in tasks]))
        drun = dict(runs([t[4] for t in tasks]))
        lcover = {i for s, r in lrun.items() for i in range(s + 1, s + r)}
        dcover = {i for s, r in drun.items() for i in range(s + 1, s + r)}
        for i, (text, leaders, leads, coops, due) in enumerate(tasks):
            n += 1
            cells = [td(0, P_C.format(n)), td(1, P_L.format(text))]
            if i not in lcover:
                cells.append(td(2, "".join(P_C.format(x) for x in leaders), rows=lrun[i]))
            if i not in lead_cover:
                cells.append(td(3, cell_units(leads, 3), rows=lead_start.get(i, 1)))
            cells.append(td(4, cell_units(coops, 4)))
            if i not in dcover:
                cells.append(td(5, P_C.format(due), rows=drun[i]))
            rows.append("<tr>" + "".join(cells) + "</tr>")
    return ('<table border="1" cellspacing="0" cellpadding="0" width="750" style="width:750px;border-collapse:collapse;border:none;margin:0px auto;"><tbody>'
            + "".join(rows) + "</tbody></table>")


BODY_P = '<p style="text-indent:2em;text-align:justify;line-height:2em;margin:0px;"><span style="font-family:仿宋_GB2312;font-size:16px;">{}</span></p>'

cover = [
    '<p style="text-align:justify;line-height:2em;margin:0px;"><span style="font-family:仿宋_GB2312;font-size:16px;">各乡镇人民政府，县政府各部门、各直属单位：</span></p>',
    BODY_P.format("为全面完成县十八届人大四次会议审议通过的《政府工作报告》确定的目标任务，经县政府同意，现将2025年《政府工作报告》重点工作任务分工印发给你们，并提出如下要求，请认真抓好落实。"),
    BODY_P.format('<span style="font-family:黑体;">一、强化责任落实。</span>各责任县领导要加强对分管领域重点工作的统筹调度，及时研究解决推进中的困难和问题。牵头单位要切实履行牵头抓总职责，制定具体工作方案，细化工作措施，明确时间节点；涉及多个牵头单位的，排在第一位的单位负责统筹协调、汇总报送。配合单位要按照职责分工，主动配合、密切协作，形成工作合力。'),
    BODY_P.format('<span style="font-family:黑体;">二、强化跟踪督办。</span>各牵头单位于每季度最后一个月20日前将工作进展情况书面报送县政府督查室，全年工作总结于12月10日前报送。县政府督查室要建立工作台账，实行销号管理，定期通报工作进展情况。'),
    BODY_P.format('<span style="font-family:黑体;">三、强化考核问效。</span>重点工作任务落实情况纳入年度综合考核。对工作推进不力、进度严重滞后的单位，按照有关规定予以通报、约谈。'),
    '<p style="text-indent:2em;text-align:justify;line-height:2em;margin:0px;"><span style="font-family:仿宋_GB2312;font-size:16px;">&nbsp;</span></p>',
    BODY_P.format("附件：柘川县2025年《政府工作报告》重点工作任务分工表"),
    '<p style="text-indent:2em;text-align:justify;line-height:2em;margin:0px;"><span style="font-family:仿宋_GB2312;font-size:16px;">&nbsp;</span></p>',
    '<p style="text-align:right;line-height:2em;margin:0px;padding-right:4em;"><span style="font-family:仿宋_GB2312;font-size:16px;">柘川县人民政府办公室</span></p>',
    '<p style="text-align:right;line-height:2em;margin:0px;padding-right:4em;"><span style="font-family:仿宋_GB2312;font-size:16px;">2025年2月20日</span></p>',
    BODY_P.format("（此件公开发布）"),
    '<p style="line-height:2em;margin:0px;"><span style="font-family:仿宋_GB2312;font-size:16px;">&nbsp;</span></p>',
    '<p style="line-height:2em;margin:0px;"><span style="font-family:黑体;font-size:16px;">附件</span></p>',
    '<p style="text-align:center;line-height:2em;margin:0px;"><span style="font-family:方正小标宋简体;font-size:22px;">柘川县2025年《政府工作报告》重点工作任务分工表</span></p>',
    '<p style="text-align:center;line-height:2em;margin:0px;"><span style="font-family:仿宋_GB2312;font-size:16px;">&nbsp;</span></p>',
]

ARTICLE = "\n".join(cover) + "\n" + table() + "\n" + '<p style="line-height:2em;margin:0px;"><span style="font-family:仿宋_GB2312;font-size:16px;">&nbsp;</span></p>'

PAGE = f"""<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{TITLE}_柘川县人民政府</title>
<meta name="SiteName" content="柘川县人民政府">
<meta name="SiteDomain" content="www.zhechuan.gov.cn">
<meta name="SiteIDCode" content="3311270007">
<meta name="ColumnName" content="县政府办文件">
<meta name="ColumnDescription" content="柘川县人民政府办公室发布的规范性文件和其他文件">
<meta name="ColumnKeywords" content="政府信息公开,县政府办文件">
<meta name="ColumnType" content="县政府办文件">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2025-02-21 16:38">
<meta name="ContentSource" content="柘川县人民政府办公室">
<meta name="Keywords" content="政府工作报告,重点工作任务,分工">
<meta name="Author" content="柘川县人民政府办公室">
<meta name="Description" content="{TITLE}">
<meta name="Url" content="{URL}">
<link rel="stylesheet" href="{FILES}common.css">
<link rel="stylesheet" href="{FILES}xxgk_detail.css">
<script async="" src="{FILES}hm.js"></script><script src="{FILES}jquery-1.8.3.min.js"></script>
<script src="{FILES}jquery.cookie.js"></script>
<script type="text/javascript" src="{FILES}szfw.js"></script>
<script>
var _hmt = _hmt || [];
(function() {{
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?6b3f2c7c0d5e41a1a8f2e0b9d7c4e312";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
}})();
</script>
<style type="text/css">#zoom table td p{{text-indent:0 !important;}}</style>
</head>
<body>
<div class="top-bar">
  <div class="w1200 clearfix">
    <div class="fl">您好，欢迎访问柘川县人民政府门户网站！今天是<span id="today">2025年03月04日 星期二</span></div>
    <div class="fr">
      <a href="http://www.zhechuan.gov.cn/" target="_blank">设为首页</a>
      <a href="javascript:void(0);" onclick="AddFavorite();">加入收藏</a>
      <a href="javascript:void(0);" id="cniil_wza">无障碍浏览</a>
      <a href="javascript:void(0);" id="zhlnms">长者模式</a>
      <a href="http://www.zhechuan.gov.cn/col/col1229605588/index.html" target="_blank">English</a>
    </div>
  </div>
</div>
<div class="header">
  <div class="w1200 clearfix">
    <div class="logo fl"><a href="http://www.zhechuan.gov.cn/"><img src="{FILES}logo.png" alt="柘川县人民政府"></a></div>
    <div class="search fr">
      <form action="http://www.zhechuan.gov.cn/jrobot/search.do" method="get" target="_blank">
        <input type="hidden" name="webid" value="12">
        <input type="text" name="q" class="search-input" placeholder="请输入关键字">
        <input type="submit" class="search-btn" value="搜索">
      </form>
    </div>
  </div>
</div>
<div class="nav">
  <ul class="w1200 clearfix">
    <li><a href="http://www.zhechuan.gov.cn/">首页</a></li>
    <li><a href="http://www.zhechuan.gov.cn/col/col1229605420/index.html">走进柘川</a></li>
    <li><a href="http://www.zhechuan.gov.cn/col/col1229605431/index.html">新闻中心</a></li>
    <li class="on"><a href="http://www.zhechuan.gov.cn/col/col1229605470/index.html">政务公开</a></li>
    <li><a href="http://zwfw.zhechuan.gov.cn/" target="_blank">政务服务</a></li>
    <li><a href="http://www.zhechuan.gov.cn/col/col1229605601/index.html">互动交流</a></li>
    <li><a href="http://www.zhechuan.gov.cn/col/col1229605622/index.html">专题专栏</a></li>
  </ul>
</div>
<div class="w1200 main">
  <div class="location">当前位置：<a href="http://www.zhechuan.gov.cn/">首页</a> &gt; <a href="http://www.zhechuan.gov.cn/col/col1229605470/index.html">政务公开</a> &gt; <a href="http://www.zhechuan.gov.cn/col/col1229605501/index.html">政府信息公开</a> &gt; <a href="http://www.zhechuan.gov.cn/col/col1229605508/index.html">政府文件</a> &gt; <a href="http://www.zhechuan.gov.cn/col/col1229605512/index.html">县政府办文件</a></div>
  <div class="xxgk-info">
    <table width="100%" border="0" cellspacing="0" cellpadding="0" class="xxgk_table">
      <tbody><tr>
        <th width="12%">索&nbsp;引&nbsp;号：</th><td width="38%">11331127002613248F/2025-00317</td>
        <th width="12%">分&nbsp;&nbsp;&nbsp;&nbsp;类：</th><td width="38%">综合政务\\通知</td>
      </tr>
      <tr>
        <th>发布机构：</th><td>柘川县人民政府办公室</td>
        <th>发文日期：</th><td>2025-02-20</td>
      </tr>
      <tr>
        <th>文&nbsp;&nbsp;&nbsp;&nbsp;号：</th><td>柘政办发〔2025〕5号</td>
        <th>有&nbsp;效&nbsp;性：</th><td>有效</td>
      </tr>
      <tr>
        <th>标&nbsp;&nbsp;&nbsp;&nbsp;题：</th><td colspan="3">{TITLE}</td>
      </tr>
    </tbody></table>
  </div>
  <div class="article">
    <h1 class="art-title">{TITLE}</h1>
    <div class="art-info">
      <span>发布日期：2025-02-21 16:38</span>
      <span>来源：县政府办公室</span>
      <span>浏览次数：<script language="javascript" src="{FILES}setvisit.do"></script>1276</span>
      <span>字号：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span>
    </div>
    <div class="art-content" id="zoom">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
{ARTICLE}
<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
    </div>
    <div class="art-fj">
      <p>附件下载：</p>
      <p><a href="http://www.zhechuan.gov.cn/module/download/downfile.jsp?classid=0&amp;filename=a1e6f0c3b2d64f0d9b1c2e7f5a3d8c41.pdf" target="_blank">柘政办发〔2025〕5号.pdf</a></p>
    </div>
    <div class="art-tools">
      <a href="javascript:window.print();">【打印本页】</a>
      <a href="javascript:window.close();">【关闭窗口】</a>
    </div>
    <div class="related">
      <h3>相关解读</h3>
      <ul>
        <li><a href="http://www.zhechuan.gov.cn/art/2025/2/21/art_1229605512_59246125.html" target="_blank">图解：柘川县2025年政府工作报告重点工作任务分工</a><span>2025-02-21</span></li>
        <li><a href="http://www.zhechuan.gov.cn/art/2025/1/16/art_1229605444_59188032.html" target="_blank">2025年柘川县政府工作报告</a><span>2025-01-16</span></li>
      </ul>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w1200 clearfix">
    <div class="dzjg fl"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A7C3F1E8B2D4E6AE053022819AC8D1B" target="_blank"><img src="{FILES}red.png" alt="党政机关"></a></div>
    <div class="footer-text fl">
      <p>主办单位：柘川县人民政府办公室&nbsp;&nbsp;&nbsp;&nbsp;承办单位：柘川县数据局</p>
      <p>地址：柘川县城关镇人民路88号&nbsp;&nbsp;&nbsp;&nbsp;邮编：323700&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0578-6122345</p>
      <p>网站标识码：3311270007&nbsp;&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备05012345号-1</a>&nbsp;&nbsp;&nbsp;&nbsp;<img src="{FILES}ghs.png">浙公网安备 33112702000123号</p>
    </div>
    <div class="zfzc fr"><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3311270007&amp;url=http%3A%2F%2Fwww.zhechuan.gov.cn%2Fart%2F2025%2F2%2F21%2Fart_1229605512_59246118.html" target="_blank"><img src="{FILES}jiucuo.png" alt="政府网站找错"></a></div>
  </div>
</div>
<script type="text/javascript" src="{FILES}wza.js"></script>

</body></html>"""

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME), "w", encoding="utf-8", newline="\n") as f:
    f.write(PAGE)
