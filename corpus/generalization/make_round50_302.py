# -*- coding: utf-8 -*-
"""Generate notice 302: a 市政府 portal page whose task table puts each unit in its own <p>, leads bold."""
import json, os, html

HERE = os.path.dirname(os.path.abspath(__file__))
SLUG = "302_portal_bold_lead_p"

# (task, leaders_printed, leaders_gold, units[(name, bold, pad)], deadline)
# pad: "" | "nbsp" (leading &nbsp;) | "ideo" (leading &#12288;)
T = [
 ("全市地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长7%。", "顾明远", ["顾明远"],
  [("市发展改革委", 1, ""), ("市财政局", 0, ""), ("市工业和信息化局", 0, ""), ("市统计局", 0, "nbsp")], "2024年12月"),
 ("实施重大项目攻坚行动，全年安排市级重点项目260个，完成投资620亿元以上。", "顾明远", ["顾明远"],
  [("市发展改革委", 1, ""), ("市重点项目服务中心", 1, ""), ("各县（市、区）人民政府", 0, ""), ("岚川高新区管委会", 0, "")], "2024年12月"),
 ("深入推进制造业“智改数转”，新增省级智能工厂8家、数字化车间30个。", "韦少卿", ["韦少卿"],
  [("市工业和信息化局", 1, "")], "2024年11月"),
 ("加快新能源电池材料产业园建设，推动年产5万吨正极材料项目建成投产。", "韦少卿", ["韦少卿"],
  [("岚川高新区管委会", 1, ""), ("市工业和信息化局", 0, ""), ("市自然资源和规划局", 0, "ideo"), ("市生态环境局", 0, "")], "2024年10月"),
 ("开展“岚商回归”招商行动，全年新签约亿元以上项目80个，实际到位市外资金450亿元。", "韦少卿", ["韦少卿"],
  [("市投资促进局", 0, ""), ("市商务局", 0, ""), ("各县（市、区）人民政府", 0, "")], "2024年12月"),
 ("持续优化营商环境，企业开办全流程压缩至1个工作日内，涉企经营许可事项全面实行告知承诺。", "梁舒然", ["梁舒然"],
  [("市政务服务和数据管理局", 1, ""), ("市市场监督管理局", 1, ""), ("市司法局", 0, "nbsp")], "2024年9月"),
 ("深化国有企业改革，完成市属国有企业战略性重组和专业化整合。", "梁舒然", ["梁舒然"],
  [("市国资委", 1, "")], "2024年12月"),
 ("推进全国供应链创新与应用示范城市建设，社会消费品零售总额增长6.5%。", "梁舒然", ["梁舒然"],
  [("市商务局", 1, ""), ("市发展改革委", 0, ""), ("市统计局", 0, "")], "2024年12月"),
 ("实施乡村振兴“十百千”工程，建成省级和美乡村示范村40个。", "田启航", ["田启航"],
  [("市农业农村局", 1, ""), ("市乡村振兴局", 0, ""), ("市财政局", 0, ""), ("各县（市、区）人民政府", 0, "")], "2024年11月"),
 ("稳定粮食生产，全年粮食播种面积稳定在215万亩以上，新建高标准农田18万亩。", "田启航", ["田启航"],
  [("市农业农村局", 0, "")], "2024年10月"),
 ("推进岚江流域综合治理，国考断面水质优良比例保持100%。", "田启航、彭雅琴", ["田启航", "彭雅琴"],
  [("市生态环境局", 1, ""), ("市水利局", 1, ""), ("市自然资源和规划局", 0, ""), ("市农业农村局", 0, ""), ("沿江各县（市、区）人民政府", 0, "")], "2024年12月"),
 ("实施城市更新行动，改造城镇老旧小区132个、城中村4个。", "彭雅琴", ["彭雅琴"],
  [("市住房和城乡建设局", 1, ""), ("市城市管理局", 0, ""), ("市自然资源和规划局", 0, "")], "2024年12月"),
 ("完成轨道交通1号线东延段主体工程，开工建设岚川东站综合交通枢纽。", "彭雅琴", ["彭雅琴"],
  [("市交通运输局", 0, ""), ("市住房和城乡建设局", 0, ""), ("岚川轨道交通集团有限公司", 0, "nbsp")], "2024年12月"),
 ("城镇新增就业5.2万人，城镇调查失业率控制在5.5%以内。", "许静姝", ["许静姝"],
  [("市人力资源和社会保障局", 1, "")], "2024年12月"),
 ("新建、改扩建中小学和幼儿园22所，新增学位1.8万个。", "许静姝", ["许静姝"],
  [("市教育局", 1, ""), ("市发展改革委", 0, ""), ("市财政局", 0, ""), ("市自然资源和规划局", 0, "")], "2024年9月"),
 ("推进紧密型城市医疗集团建设，市第一人民医院新院区投入使用。", "许静姝", ["许静姝"],
  [("市卫生健康委", 1, ""), ("市第一人民医院", 0, "ideo")], "2024年11月"),
 ("新增养老机构床位1500张，建设社区嵌入式养老服务中心30个。", "许静姝", ["许静姝"],
  [("市民政局", 1, "")], "2024年12月"),
 ("统筹发展和安全，深入开展安全生产治本攻坚三年行动，坚决遏制较大以上事故。", "顾明远、祝远帆", ["顾明远", "祝远帆"],
  [("市应急管理局", 1, ""), ("市安全生产委员会各成员单位", 0, "")], "2024年12月"),
 ("深入推进法治政府建设，市政府规范性文件合法性审核率达到100%。", "祝远帆", ["祝远帆"],
  [("市司法局", 0, "")], "2024年12月"),
 ("严格落实政府过紧日子要求，一般性支出压减10%以上。", "祝远帆", ["祝远帆"],
  [("市财政局", 1, ""), ("市级各部门", 0, "")], "2024年12月"),
]


def unit_p(name, bold, pad):
    pre = {"": "", "nbsp": "&nbsp;", "ideo": "&#12288;"}[pad]
    inner = "<strong>%s</strong>" % name if bold else name
    if bold and name == "市重点项目服务中心":
        inner = "<b>%s</b>" % name
    return ('<p class="MsoNormal" align="center" style="text-align:center;line-height:16.0pt;">'
            '<span style="font-family:仿宋_GB2312;font-size:12.0pt;">%s%s</span></p>' % (pre, inner))


def cell(content, width):
    return ('<td width="%d" valign="center" style="width:%dpt;border:solid windowtext 1.0pt;'
            'border-top:none;padding:0cm 5.4pt 0cm 5.4pt;">%s</td>' % (width, width * 3 // 4, content))


def simple_p(text, align="center"):
    return ('<p class="MsoNormal" align="%s" style="text-align:%s;line-height:16.0pt;">'
            '<span style="font-family:仿宋_GB2312;font-size:12.0pt;">%s</span></p>' % (align, align, text))


rows = []
hdr = ["序号", "重点工作任务", "责任市领导", "责任单位", "完成时限"]
wid = [40, 330, 80, 170, 80]
rows.append("<tr style=\"height:30.0pt;\">" + "".join(
    cell('<p class="MsoNormal" align="center" style="text-align:center;"><b><span style="font-family:黑体;font-size:12.0pt;">%s</span></b></p>' % h, w)
    for h, w in zip(hdr, wid)) + "</tr>")
gold = []
for i, (task, lp, lg, units, dl) in enumerate(T, 1):
    # &nbsp; inside the task cell only after the first 12 characters
    task_html = html.escape(task, quote=False)
    if i == 3:
        task_html = task_html.replace("，", "，&nbsp;", 1)
    elif i == 12:
        task_html = task_html.replace("、", "、&nbsp;", 1)
    lp_html = lp
    if i == 11:
        lp_html = "田启航<br />彭雅琴"
    elif i == 18:
        lp_html = "顾明远&#12288;祝远帆"
    elif i in (2, 9):
        lp_html = "&nbsp;" + lp
    dl_html = "&#12288;" + dl if i % 4 == 0 else dl
    if i == 6:
        dl_html = dl + "&nbsp;"
    tds = [cell(simple_p(str(i)), wid[0]),
           cell(simple_p(task_html, "left"), wid[1]),
           cell(simple_p(lp_html), wid[2]),
           cell("".join(unit_p(*u) for u in units), wid[3]),
           cell(simple_p(dl_html), wid[4])]
    rows.append("<tr>" + "".join(tds) + "</tr>")
    names = [u[0] for u in units]
    bolds = [u[0] for u in units if u[1]]
    if bolds:
        lead, coop = bolds, [n for n in names if n not in bolds]
    elif len(names) == 1:
        lead, coop = names, []
    else:
        lead, coop = None, None
    gold.append({"id": str(i), "head": task[:12], "responsible_units": names,
                 "lead_units": lead, "cooperating_units": coop, "leaders": lg})

table = ('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="700" '
         'style="width:525.0pt;border-collapse:collapse;border:none;">\n<tbody>\n' + "\n".join(rows) + "\n</tbody>\n</table>")

page = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta name="SiteName" content="岚川市人民政府" />
<meta name="ColumnName" content="市政府办文件" />
<meta name="ArticleTitle" content="岚川市人民政府办公室关于印发2024年市政府工作报告重点任务分解方案的通知" />
<meta name="PubDate" content="2024-02-23 16:40" />
<title>岚川市人民政府办公室关于印发2024年市政府工作报告重点任务分解方案的通知_市政府办文件_岚川市人民政府</title>
<link rel="stylesheet" href="/images/2022/css/common.css" />
<script src="/images/2022/js/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200">
<span>今天是：<script>showDate();</script></span>
<a href="/">首页</a>&nbsp;|&nbsp;<a href="javascript:;" id="jt">简体</a>&nbsp;|&nbsp;<a href="javascript:;" id="ft">繁体</a>&nbsp;|&nbsp;<a href="/wza/">无障碍</a>&nbsp;|&nbsp;<a href="/m/">移动版</a>
</div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/images/2022/logo.png" alt="岚川市人民政府" /></a>
<form class="search" action="/search/"><input type="text" name="q" placeholder="请输入关键词" /><button>搜索</button></form></div></div>
<div class="nav"><ul class="w1200">
<li><a href="/">首页</a></li><li><a href="/zjlc/">走进岚川</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/ztzl/">专题专栏</a></li>
</ul></div>
<div class="w1200 main">
<div class="position">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zwgk/">政务公开</a>&nbsp;&gt;&nbsp;<a href="/zwgk/zfwj/">政府文件</a>&nbsp;&gt;&nbsp;<a href="/zwgk/zfwj/szfbwj/">市政府办文件</a></div>
<table class="xxgk-info" width="100%">
<tr><td>索&nbsp;&nbsp;引&nbsp;&nbsp;号：</td><td>11431200MB1C37452Q/2024-00318</td><td>主题分类：</td><td>综合政务\\其他</td></tr>
<tr><td>发布机构：</td><td>岚川市人民政府办公室</td><td>成文日期：</td><td>2024-02-21</td></tr>
<tr><td>文&emsp;&emsp;号：</td><td>岚政办发〔2024〕4号</td><td>发布日期：</td><td>2024-02-23</td></tr>
<tr><td>有&nbsp;&nbsp;效&nbsp;&nbsp;性：</td><td>有效</td><td>访问量：</td><td><span id="hits">2391</span></td></tr>
</table>
<div class="article">
<h1 class="title">岚川市人民政府办公室关于印发2024年市政府工作报告重点任务分解方案的通知</h1>
<div class="fontsize">【字体：<a href="javascript:doZoom(18)">大</a>&nbsp;<a href="javascript:doZoom(16)">中</a>&nbsp;<a href="javascript:doZoom(14)">小</a>】&nbsp;&nbsp;<a href="javascript:window.print()">打印</a></div>
<div class="content" id="zoom">
<p style="text-align:center;">岚政办发〔2024〕4号</p>
<p>各县（市、区）人民政府，岚川高新区管委会，市政府各部门、各直属机构：</p>
<p>&#12288;&#12288;《2024年市政府工作报告重点任务分解方案》已经市人民政府同意，现印发给你们，请认真抓好落实。</p>
<p>&#12288;&#12288;各责任市领导要加强统筹调度，责任单位要细化工作措施，明确时间节点。责任单位中加粗的为牵头单位，牵头单位要切实履行牵头职责，其他责任单位要按照职责分工积极配合。各牵头单位于每季度结束后5个工作日内将进展情况报市政府督查室。</p>
<p>&#12288;&#12288;附件：2024年市政府工作报告重点任务分解方案</p>
<p style="text-align:right;">岚川市人民政府办公室</p>
<p style="text-align:right;">2024年2月21日</p>
<p>&#12288;&#12288;（此件公开发布）</p>
<p>附件</p>
<p style="text-align:center;"><b>2024年市政府工作报告重点任务分解方案</b></p>
""" + table + """
<p>&nbsp;</p>
</div>
<div class="share">分享到：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a></div>
<div class="related"><h3>相关解读</h3><ul><li><a href="/zwgk/zcjd/202402/t20240226_1184.html">一图读懂《2024年市政府工作报告重点任务分解方案》</a></li></ul></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p>主办：岚川市人民政府办公室&nbsp;&nbsp;承办：岚川市政务服务和数据管理局&nbsp;&nbsp;<a href="/wzdt/">网站地图</a>&nbsp;|&nbsp;<a href="/lxwm/">联系我们</a></p>
<p>网站标识码：4312000012&nbsp;&nbsp;湘ICP备05009317号&nbsp;&nbsp;<img src="/images/2022/ga.png" alt="" />湘公网安备 43120202000138号</p>
<p>地址：岚川市岚江大道1号市民服务中心&nbsp;&nbsp;邮编：418000&nbsp;&nbsp;建议使用1920×1080分辨率浏览</p>
<p><a href="http://bszs.conac.cn/sitename?method=show&amp;id=0A1C8E2D"><img src="/images/2022/dzjg.png" alt="党政机关" /></a>&nbsp;<a href="/jczc/"><img src="/images/2022/jiucuo.png" alt="政府网站找错" /></a></p>
</div></div>
</body>
</html>
"""

with open(os.path.join(HERE, SLUG + ".html"), "w", encoding="utf-8") as f:
    f.write(page)
with open(os.path.join(HERE, SLUG + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
    for g in gold:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(len(gold), "tasks")
