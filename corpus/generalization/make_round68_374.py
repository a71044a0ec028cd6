#!/usr/bin/env python3
"""Writes 374_xirichaolu_qi_gzbg_fenjie_biaohong_qiantou.html (round 68).

A 旗人民政府 portal page (Inner Mongolia), saved from the browser, publishing the
旗政府办公室's notice that divides the year's 政府工作报告 into tasks.  The task
table was made in Excel and pasted into the site's editor (TRS UEditor), which kept
the cells' inline styles:

* the lead unit is marked only by its red font — the rule is stated once, in the
  notice's body: red = 牵头单位, the rest 配合; where nothing is red, the first leads;
* red is written in many ways (#FF0000, #ff0000, red, rgb(255, 0, 0), #C00000,
  rgb(192, 0, 0), <font color>), inherited from a <td> or an outer <span>, cut over
  two spans inside a name, spread over two units at once, undone by black runs
  inside a red cell, or only on a blank;
* a hidden Excel column (联络员, staff and telephone numbers) left in the page with
  display:none;
* 序号 restarting under each category row; 责任旗领导 merged down (rowspan), two
  leaders in a cell, Mongolian names of five characters;
* red text that is no unit (备注 "新增", the task text "红色文艺轻骑兵").
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "374_xirichaolu_qi_gzbg_fenjie_biaohong_qiantou.html")
FILES = "./希日朝鲁旗人民政府办公室关于印发2025年《政府工作报告》重点任务分解方案的通知_旗政府办文件_希日朝鲁旗人民政府_files"

TD = ('style="border: 0.5pt solid windowtext; padding: 0px 5.4pt; font-size: 11pt; '
      'font-family: 宋体; vertical-align: middle;{extra}"')
HID = ' display: none;'


def td(content, extra="", attrs=""):
    a = (" " + attrs) if attrs else ""
    return f'<td{a} {TD.format(extra=extra)}>{content}</td>'


# Rows: (no, task text, leader cell or None when merged above, rowspan,
#        units cell html, units cell extra style, deadline, liaison, note html)
# Hand-written cells: the colour marks are the point of the page.
R = "color: rgb(0, 0, 0);"
CATS = [
 ("一、推动经济稳中求进、提质增效（8项）", [
  (1, "地区生产总值增长6%左右，规模以上工业增加值增长8%，固定资产投资增长10%以上。",
   "乌云毕力格", 2,
   '<span style="color:#FF0000">旗发改委</span>、旗统计局、旗工信局', R,
   "2025年12月底", "张晓东　0470-7123401", "盟考核指标"),
  (2, "一般公共预算收入增长5%，严格落实政府过紧日子要求，“三保”支出足额保障。",
   None, 0,
   '旗财政局<font style="color:#000000">、国家税务总局希日朝鲁旗税务局</font>', "color: rgb(255, 0, 0);",
   "2025年12月底", "王　敏　0470-7123562", "盟考核指标"),
  (3, "全年实施500万元以上项目120个，完成投资85亿元，其中新开工项目70个以上。",
   "巴图孟和", 3,
   '<span style="color:#FF0000">旗发改委</span>、旗自然资源局、<span style="color:#000000">敖伦盟生态环境局希日朝鲁旗分局</span>、旗住建局', R,
   "2025年12月底", "张晓东　0470-7123401", ""),
  (4, "积极争取超长期特别国债、中央预算内投资和地方政府专项债券资金，全年争取上级资金15亿元以上。",
   None, 0,
   '<span style="color:#FF0000">旗发改委、旗财政局</span>、旗直各有关部门', R,
   "2025年10月底", "张晓东　0470-7123401", ""),
  (5, "落实大规模设备更新和消费品以旧换新政策，社会消费品零售总额增长5.5%。",
   None, 0,
   '旗财政局、<span style="color:#ff0000">旗商务局</span>、旗市场监管局', R,
   "2025年12月底", "李　娜　0470-7123218", ""),
  (6, "深化“双招双引”，全年引进亿元以上项目20个，到位资金60亿元以上。",
   "额尔德木图", 3,
   '<span style="color:windowtext">旗招商引资服务中心、巴润工业园区管委会、各苏木镇人民政府</span>', R,
   "2025年12月底", "高　峰　0470-7123690", ""),
  (7, "落实支持民营经济发展壮大政策措施，全年新增经营主体2000户以上。",
   None, 0,
   '旗工信局<font style="color:windowtext">、旗市场监管局、旗工商联</font>', "color: #C00000;",
   "2025年12月底", "孟繁宇　0470-7123335", ""),
  (8, "扩大普惠金融覆盖面，涉农涉牧贷款余额增长8%以上，稳妥化解重点领域金融风险。",
   None, 0,
   '<font color="#ff0000">旗委金融办</font>、希日朝鲁农村商业银行、旗农牧局', R,
   "2025年12月底", "苏日娜　0470-7123108", ""),
 ]),
 ("二、加快构建具有地区特色的现代化产业体系（7项）", [
  (1, "稳定肉牛、肉羊生产，牲畜存栏稳定在180万头只以上，新建标准化规模养殖场15处。",
   "其其格", 3,
   '<span style="color:red">旗农牧局</span><br>旗财政局<br>各苏木镇人民政府', R,
   "2025年11月底", "包金山　0470-7123456", "盟考核指标"),
  (2, "新建高标准农田8万亩，粮食产量稳定在9亿斤以上。",
   None, 0,
   '<span style="color:#FF0000">旗农</span><span style="color:#FF0000;font-size:11pt">牧局</span>、旗水利局、旗自然资源局', R,
   "2025年10月底", "包金山　0470-7123456", ""),
  (3, "发展壮大嘎查村级集体经济，集体经济收入10万元以上的嘎查村占比达到70%。",
   None, 0,
   '<span style="color: rgb(255, 0, 0);">旗委组织部</span>、<span style="color: rgb(255, 0, 0);">旗农牧局</span>、各苏木镇人民政府', R,
   "2025年12月底", "乌　兰　0470-7123011", ""),
  (4, "推进风光储一体化项目建设，新增新能源装机100万千瓦，新能源装机占比超过55%。",
   "巴图孟和<br>额尔德木图", 2,
   '旗发改委、<span style="color:#ff0000">旗能源局</span>、旗自然资源局、旗林草局、国网希日朝鲁供电分公司', R,
   "2025年12月底", "陈志刚　0470-7123777", "盟考核指标"),
  (5, "推动巴润工业园区扩区调位，完善园区水电路讯等基础设施，园区工业总产值增长12%。",
   None, 0,
   '<span style="color:red"><span style="font-size:11pt;font-family:宋体">巴润工业园区管委会</span></span>、旗工信局、旗发改委', R,
   "2025年12月底", "高　峰　0470-7123690", ""),
  (6, "擦亮“草原文化之乡”品牌，全年接待游客260万人次，旅游收入增长15%。",
   "赵晓岚", 2,
   '旗文旅体局、旗乌兰牧骑、旗融媒体中心', R,
   "2025年12月底", "萨仁高娃　0470-7123286", ""),
  (7, "实施乌兰牧骑“红色文艺轻骑兵”惠民演出，全年深入嘎查村、社区演出150场以上。",
   None, 0,
   '旗文旅体局、<font color="red">旗乌兰牧骑</font>', R,
   "2025年12月底", "萨仁高娃　0470-7123286", '<span style="color:#FF0000">新增</span>'),
 ]),
 ("三、深化改革扩大开放，持续优化营商环境（6项）", [
  (1, "开展营商环境提升行动，力争全旗营商环境评价进入全盟前列。",
   "乌云毕力格、哈斯朝鲁", 1,
   '<span style="color:#FF0000">旗政务服务与数据管理局</span>、旗直各有关部门', R,
   "2025年12月底", "刘建华　0470-7123919", ""),
  (2, "推进“高效办成一件事”，新增重点事项12项，政务服务事项全程网办率达到90%以上。",
   "哈斯朝鲁", 1,
   '旗政务服务与数据管理局', "color: windowtext;",
   "2025年9月底", "刘建华　0470-7123919", '<span style="color:#FF0000">新增</span>'),
  (3, "稳妥推进第二轮土地草原承包到期后再延长30年试点，完成3个苏木镇试点任务。",
   "其其格", 1,
   '<span style="color:#C00000">旗农牧局</span>、旗自然资源局、<span style="color:#C00000">旗林草局</span>、有关苏木镇人民政府', R,
   "2025年11月底", "包金山　0470-7123456", ""),
  (4, "深化国有企业改革，完成旗属国有企业整合重组，国有资本保值增值率达到100%。",
   "巴图孟和", 3,
   '旗财政局', "color: #000000;",
   "2025年12月底", "王　敏　0470-7123562", ""),
  (5, "健全社会信用体系，开展失信被执行人专项治理，政务诚信评价达到良好以上。",
   None, 0,
   '<font color="#FF0000">旗发改委</font>、旗人民法院、旗市场监管局', R,
   "2025年12月底", "张晓东　0470-7123401", ""),
  (6, "开展拖欠企业账款清理行动，确保无分歧欠款应付尽付、动态清零。",
   None, 0,
   '旗工信局、<span style="color:#FF0000">&nbsp;</span>旗财政局、旗司法局', R,
   "2025年6月底", "孟繁宇　0470-7123335", ""),
 ]),
 ("四、筑牢我国北方重要生态安全屏障（5项）", [
  (1, "全力推进“三北”工程攻坚战，完成防沙治沙和沙化土地综合治理45万亩。",
   "额尔德木图", 2,
   '<span style="color:red">旗林草局</span>、旗水利局、旗自然资源局、各苏木镇人民政府（按属地负责）', R,
   "2025年11月底", "那　顺　0470-7123640", "盟考核指标"),
  (2, "严格落实草原禁牧和草畜平衡制度，草原综合植被盖度稳定在45%以上。",
   None, 0,
   '旗林草局、旗农牧局<span style="color:#000000">、各苏木镇人民政府</span>', "color: rgb(255, 0, 0);",
   "2025年12月底", "那　顺　0470-7123640", ""),
  (3, "全面落实河湖长制，旗内重点河流国控断面水质稳定达到Ⅲ类以上。",
   "其其格", 1,
   '<span style="color:#FF0000">旗水利局</span>、敖伦盟生态环境局希日朝鲁旗分局、各苏木镇人民政府', R,
   "2025年12月底", "宝音　0470-7123523", "盟考核指标"),
  (4, "深入打好蓝天保卫战，空气质量优良天数比例保持在92%以上。",
   "刘振邦", 2,
   '<font color="#000000">敖伦盟生态环境局希日朝鲁旗分局、旗住建局、旗交通运输局、旗工信局</font>', "color: #FF0000;",
   "2025年12月底", "杨　帆　0470-7123871", "盟考核指标"),
  (5, "推进历史遗留废弃矿山生态修复，全年完成修复治理面积3000亩。",
   None, 0,
   '<span style="color:#ff0000">旗自然资源局</span>、旗林草局', R,
   "2025年10月底", "宝音　0470-7123523", ""),
 ]),
 ("五、持续增进民生福祉（6项）", [
  (1, "城镇新增就业2000人，城镇调查失业率控制在5.5%以内，农牧民转移就业1.5万人次。",
   "刘振邦", 2,
   '<p style="margin:0"><span style="color:red">旗人社局</span></p><p style="margin:0">旗农牧局</p><p style="margin:0">各苏木镇人民政府</p>', R,
   "2025年12月底", "杨　帆　0470-7123871", "盟考核指标"),
  (2, "实施基础教育扩优提质行动，新建改扩建中小学校3所，新增公办幼儿园学位600个。",
   None, 0,
   '旗教体局', R,
   "2025年9月底", "其木格　0470-7123204", ""),
  (3, "推进紧密型县域医共体建设，支持旗人民医院、旗蒙医医院创建三级医院。",
   "赵晓岚", 2,
   '<span style="color:#FF0000">旗卫健委</span>、旗蒙医医院、旗人民医院、旗医保局', R,
   "2025年12月底", "萨仁高娃　0470-7123286", ""),
  (4, "完善居家社区养老服务网络，建成苏木镇区域养老服务中心4处。",
   None, 0,
   '<span style="color: rgb(192, 0, 0);">旗民政局</span>、旗卫健委', R,
   "2025年11月底", "其木格　0470-7123204", ""),
  (5, "深化安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。",
   "巴图孟和", 1,
   '旗应急管理局、旗消防救援大队、旗直各有关部门、各苏木镇人民政府', "color: #000000;",
   "持续推进", "陈志刚　0470-7123777", ""),
  (6, "实施农村牧区人居环境整治提升行动，全年完成卫生户厕改造1200户。",
   "其其格", 1,
   '<span style="color:red">旗农牧局</span>、<span style="color:red">旗住建局</span>、旗卫健委、各苏木镇人民政府', R,
   "2025年10月底", "包金山　0470-7123456", ""),
 ]),
]

HEAD = f"""<!DOCTYPE html>
<!-- saved from url=(0079)http://www.xrcl.gov.cn/xxgk/zfxxgk/fdzdgknr/zfwj/202502/t20250224_1287345.html -->
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="SiteName" content="希日朝鲁旗人民政府">
<meta name="SiteDomain" content="www.xrcl.gov.cn">
<meta name="SiteIDCode" content="1525000031">
<meta name="ColumnName" content="旗政府办文件">
<meta name="ColumnType" content="政府文件">
<meta name="ArticleTitle" content="希日朝鲁旗人民政府办公室关于印发2025年《政府工作报告》重点任务分解方案的通知">
<meta name="PubDate" content="2025-02-24 10:32">
<meta name="ContentSource" content="旗政府办">
<meta name="Keywords" content="政府工作报告,重点任务,分解">
<title>希日朝鲁旗人民政府办公室关于印发2025年《政府工作报告》重点任务分解方案的通知_旗政府办文件_希日朝鲁旗人民政府</title>
<link rel="stylesheet" type="text/css" href="{FILES}/style.css">
<link rel="stylesheet" type="text/css" href="{FILES}/xxgk_detail.css">
<script type="text/javascript" src="{FILES}/jquery.min.js"></script>
<script type="text/javascript" src="{FILES}/common.js"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
function doZoom(size){{ document.getElementById('zoom').style.fontSize = size + 'px'; }}
</script>
</head>
<body>
<div class="topbar"><div class="w1200">
<span class="welcome">欢迎访问希日朝鲁旗人民政府网站！</span>
<span class="links"><a href="http://www.xrcl.gov.cn/mgl/" class="mgl">ᠮᠣᠩᠭᠣᠯ</a> | <a href="javascript:;" id="wza">无障碍</a> | <a href="javascript:;" id="zzms">长者模式</a> | <a href="http://www.xrcl.gov.cn/sjb/">手机版</a></span>
</div></div>
<div class="header"><div class="w1200"><a href="http://www.xrcl.gov.cn/" class="logo"><img src="{FILES}/logo.png" alt="希日朝鲁旗人民政府"></a>
<div class="search"><input type="text" id="searchword" placeholder="请输入搜索关键词"><a href="javascript:;" class="btn">搜索</a></div></div></div>
<div class="nav"><ul class="w1200">
<li><a href="http://www.xrcl.gov.cn/">首页</a></li>
<li><a href="http://www.xrcl.gov.cn/zjxr/">走进希日</a></li>
<li><a href="http://www.xrcl.gov.cn/zwdt/">政务动态</a></li>
<li class="cur"><a href="http://www.xrcl.gov.cn/xxgk/">信息公开</a></li>
<li><a href="http://www.xrcl.gov.cn/zwfw/">政务服务</a></li>
<li><a href="http://www.xrcl.gov.cn/hdjl/">互动交流</a></li>
<li><a href="http://www.xrcl.gov.cn/ztzl/">专题专栏</a></li>
</ul></div>
<div class="w1200 container">
<div class="position">您当前的位置：<a href="http://www.xrcl.gov.cn/">首页</a> &gt; <a href="http://www.xrcl.gov.cn/xxgk/">信息公开</a> &gt; <a href="http://www.xrcl.gov.cn/xxgk/zfxxgk/fdzdgknr/">法定主动公开内容</a> &gt; <a href="http://www.xrcl.gov.cn/xxgk/zfxxgk/fdzdgknr/zfwj/">旗政府办文件</a></div>
<div class="xxgk-info">
<table class="xxgk-table" width="100%" cellspacing="0" cellpadding="0">
<tbody>
<tr><th>索　引　号：</th><td>11152531MB1583207X/2025-00041</td><th>主题分类：</th><td>综合政务\\其他</td></tr>
<tr><th>发布机构：</th><td>希日朝鲁旗人民政府办公室</td><th>成文日期：</th><td>2025-02-20</td></tr>
<tr><th>文　　号：</th><td>希政办发〔2025〕6号</td><th>发布日期：</th><td>2025-02-24</td></tr>
<tr><th>名　　称：</th><td colspan="3">希日朝鲁旗人民政府办公室关于印发2025年《政府工作报告》重点任务分解方案的通知</td></tr>
<tr><th>有&nbsp;效&nbsp;性：</th><td colspan="3">有效</td></tr>
</tbody>
</table>
</div>
<div class="article">
<h1 class="article-title">希日朝鲁旗人民政府办公室关于印发2025年《政府工作报告》重点任务分解方案的通知</h1>
<div class="article-tools"><span>发布时间：2025-02-24 10:32</span><span>来源：旗政府办</span><span>浏览次数：<script>document.write(1287)</script></span>
<span class="zoom">【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>
<div class="article-con" id="zoom">
<div class="view TRS_UEDITOR trs_paper_default trs_web">
"""

BODY = """<p style="text-align: center;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">希政办发〔2025〕6号</span></p>
<p style="text-align: center;"><br></p>
<p style="text-align: center;"><strong><span style="font-family: 方正小标宋简体; font-size: 22pt;">希日朝鲁旗人民政府办公室</span></strong></p>
<p style="text-align: center;"><strong><span style="font-family: 方正小标宋简体; font-size: 22pt;">关于印发2025年《政府工作报告》重点任务分解方案的通知</span></strong></p>
<p><br></p>
<p style="text-align: justify;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">各苏木镇人民政府，旗直各委、办、局，各有关单位：</span></p>
<p style="text-indent: 2em; text-align: justify;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">《政府工作报告》已经旗第十七届人民代表大会第四次会议审议通过。为确保报告确定的各项目标任务落到实处，经旗人民政府同意，现将《希日朝鲁旗2025年〈政府工作报告〉重点任务分解方案》印发给你们，并就有关事项通知如下。</span></p>
<p style="text-indent: 2em; text-align: justify;"><span style="font-family: 黑体; font-size: 16pt;">一、压实工作责任</span></p>
<p style="text-indent: 2em; text-align: justify;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">各责任旗领导要加强对分管领域任务的统筹调度，及时研究解决推进中的重大问题。附件“责任单位”栏中，以红色字体标注的为牵头单位，其余为配合单位；未作标注的，排在第一位的为牵头单位，其余为配合单位。牵头单位要主动牵头抓总，制定具体推进计划，明确时间表、路线图；配合单位要积极主动配合，形成工作合力。</span></p>
<p style="text-indent: 2em; text-align: justify;"><span style="font-family: 黑体; font-size: 16pt;">二、强化督查调度</span></p>
<p style="text-indent: 2em; text-align: justify;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">旗政府督查室要将分解任务纳入年度督查重点，实行台账管理、销号推进。各牵头单位于每季度末月25日前将任务进展情况（经单位主要负责同志审签）报旗政府督查室，同时抄送各责任旗领导。对推进迟缓、工作不力的，按有关规定予以通报。</span></p>
<p style="text-indent: 2em; text-align: justify;"><span style="font-family: 黑体; font-size: 16pt;">三、严格考核问效</span></p>
<p style="text-indent: 2em; text-align: justify;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">任务完成情况纳入2025年度旗直部门和苏木镇实绩考核。标注“盟考核指标”的任务，牵头单位要对照盟级考核细则逐项抓好落实，确保不失分、多加分。</span></p>
<p style="text-indent: 2em; text-align: justify;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">附件：希日朝鲁旗2025年《政府工作报告》重点任务分解方案</span></p>
<p><br></p>
<p style="text-align: right;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">希日朝鲁旗人民政府办公室</span></p>
<p style="text-align: right;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">2025年2月20日</span></p>
<p style="text-indent: 2em; text-align: justify;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">（此件公开发布）</span></p>
<p><br></p>
<p style="text-align: justify;"><span style="font-family: 黑体; font-size: 16pt;">附件</span></p>
"""

TAIL = f"""<p><br></p>
</div>
</div>
<div class="article-fj">附件下载：<a href="http://www.xrcl.gov.cn/xxgk/zfxxgk/fdzdgknr/zfwj/202502/P020250224388126547801.xlsx">希日朝鲁旗2025年《政府工作报告》重点任务分解方案.xlsx</a></div>
<div class="article-bottom">
<a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a>
<div class="share">分享到：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a></div>
</div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="http://www.xrcl.gov.cn/xxgk/zcjd/202502/t20250225_1287402.html">图解：2025年希日朝鲁旗《政府工作报告》</a><span>2025-02-25</span></li>
<li><a href="http://www.xrcl.gov.cn/xxgk/zfxxgk/fdzdgknr/zfwj/202402/t20240304_1163520.html">希日朝鲁旗人民政府办公室关于印发2024年《政府工作报告》重点任务分解方案的通知</a><span>2024-03-04</span></li>
</ul></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p>主办单位：希日朝鲁旗人民政府办公室　　承办单位：希日朝鲁旗政务服务与数据管理局</p>
<p>网站标识码：1525000031　　<a href="https://beian.miit.gov.cn/">蒙ICP备05002871号-1</a>　　<img src="{FILES}/gaba.png" alt="">蒙公网安备 15252702000118号</p>
<p>地址：希日朝鲁旗巴润街道政府路1号　　联系电话：0470-7123000</p>
<p><a href="http://bszs.conac.cn/sitename?method=show&amp;id=0A91C5B42D3E1F77E053022819AC5B03"><img src="{FILES}/red.png" alt="党政机关"></a>
<a href="http://www.xrcl.gov.cn/wzdt/">网站地图</a> | <a href="http://www.xrcl.gov.cn/lxwm/">联系我们</a></p>
</div></div>
<script type="text/javascript" src="{FILES}/share.js"></script>
</body></html>
"""


def table():
    out = []
    out.append('<table border="1" cellspacing="0" cellpadding="0" width="1040" '
               'style="border-collapse: collapse; width: 780pt; margin: 0px auto;">')
    out.append('<colgroup><col width="46" style="width:35pt"><col width="366" style="width:275pt">'
               '<col width="86" style="width:65pt"><col width="286" style="width:215pt">'
               '<col width="96" style="width:72pt"><col width="0" style="display:none;width:0pt">'
               '<col width="80" style="width:60pt"></colgroup>')
    out.append('<tbody>')
    # Excel's title row, merged across all seven columns
    out.append('<tr style="height:36pt">' + td(
        '<span style="font-family:方正小标宋简体;font-size:16pt">希日朝鲁旗2025年《政府工作报告》重点任务分解方案</span>',
        " text-align: center; border: none;", 'colspan="7" height="48"') + '</tr>')
    head = ["序号", "重点任务", "责任旗领导", "责任单位", "完成时限", "联络员", "备注"]
    cells = []
    for i, h in enumerate(head):
        extra = " text-align: center; font-weight: bold; font-family: 黑体; color: rgb(0, 0, 0);"
        if i == 5:
            extra += HID
        cells.append(td(h, extra))
    out.append('<tr style="height:27pt">' + "".join(cells) + '</tr>')
    for cat, rows in CATS:
        out.append('<tr style="height:22.5pt">' + td(
            cat, " text-align: left; font-weight: bold; font-family: 黑体; color: rgb(0, 0, 0);",
            'colspan="7"') + '</tr>')
        for (no, text, leader, span, units, uextra, dl, liaison, note) in rows:
            c = [td(str(no), " text-align: center; " + R),
                 td(text, " text-align: left; " + R)]
            if leader is not None:
                attrs = f'rowspan="{span}"' if span > 1 else ""
                c.append(td(leader, " text-align: center; " + R, attrs))
            c.append(td(units, " text-align: left; " + uextra))
            c.append(td(dl, " text-align: center; " + R))
            c.append(td(liaison, " text-align: left;" + HID))
            c.append(td(note, " text-align: center; " + R))
            out.append('<tr style="height:40.5pt">' + "".join(c) + '</tr>')
    out.append('</tbody></table>')
    return "\n".join(out) + "\n"


def main():
    page = HEAD + BODY + table() + TAIL
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(page)
    print(OUT, len(page))


if __name__ == "__main__":
    main()
