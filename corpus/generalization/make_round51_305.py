#!/usr/bin/env python3
"""Round 51 notice 305: gov-site article page saved whole; task list as HTML <ol> (numbers only from the browser)."""
import json, os, html
HERE = os.path.dirname(os.path.abspath(__file__))
SLUG = "305_lanchuan_ol_fengong"

# (text, leads, coops, leaders_display, leader_names, one_p)
S1 = [
 ("推进重大项目提速增效，全年实施市级重点项目260个以上，完成投资580亿元。", ["市发展和改革委员会"], ["市财政局", "市自然资源和规划局", "各县（市、区）人民政府"], "韩立国常务副市长", ["韩立国"], False),
 ("推进先进制造业集群培育，规上工业增加值增长7%以上，新增规上工业企业80家。", ["市工业和信息化局"], ["市科学技术局", "岚川高新区管委会"], "马承志副市长", ["马承志"], False),
 ("推进园区“亩均论英雄”改革，盘活批而未供和闲置土地3000亩。", ["市自然资源和规划局", "市工业和信息化局"], ["市发展和改革委员会", "市税务局"], "马承志副市长", ["马承志"], True),
 ("推进科技创新平台建设，新增高新技术企业60家、省级以上研发平台10个。", ["市科学技术局"], [], "周婉清副市长", ["周婉清"], False),
 ("推进数字政府建设，政务服务事项“一网通办”率达到95%。", ["市数据资源管理局"], ["市政务服务管理局", "市直各有关部门"], "韩立国常务副市长", ["韩立国"], False),
 ("推进消费扩容提质，社会消费品零售总额增长6.5%。", ["市商务局"], ["市文化广电旅游局", "市市场监督管理局", "市统计局"], "林涛副市长", ["林涛"], True),
 ("推进开放型经济发展，外贸进出口总额增长8%，实际使用外资1.2亿美元。", ["市商务局"], ["岚川海关", "人民银行岚川市分行"], "林涛副市长", ["林涛"], False),
 ("推进财源建设和地方金融风险防控，一般公共预算收入增长5%。", ["市财政局", "市地方金融监督管理局"], ["市税务局", "人民银行岚川市分行", "各县（市、区）人民政府"], "宋启明市长、韩立国常务副市长", ["宋启明", "韩立国"], False),
]
S2 = [
 ("推进高标准农田建设，新建高标准农田12万亩，粮食产量稳定在95万吨以上。", ["市农业农村局"], ["市财政局", "市水利局", "市自然资源和规划局"], "欧阳振华副市长", ["欧阳振华"], False),
 ("推进和美乡村示范创建，打造省级和美乡村示范村20个。", ["市农业农村局", "市乡村振兴局"], ["市住房和城乡建设局", "市生态环境局"], "欧阳振华副市长", ["欧阳振华"], True),
 ("推进城市更新行动，改造老旧小区86个、城中村3个。", ["市住房和城乡建设局"], ["市城市管理局", "市自然资源和规划局", "各区人民政府"], "周婉清副市长", ["周婉清"], False),
 ("推进交通基础设施建设，确保岚鹤高速公路岚川段建成通车。", ["市交通运输局"], ["市发展和改革委员会", "市自然资源和规划局"], "马承志副市长", ["马承志"], False),
 ("推进水环境综合治理，国考断面水质优良比例保持100%。", ["市生态环境局"], ["市水利局", "市农业农村局", "各县（市、区）人民政府"], "欧阳振华副市长", ["欧阳振华"], True),
 ("推进大气污染防治攻坚，PM2.5平均浓度控制在32微克/立方米以内。", ["市生态环境局"], ["市工业和信息化局", "市公安局", "市住房和城乡建设局"], "欧阳振华副市长", ["欧阳振华"], False),
 ("推进安全生产专项整治，坚决遏制较大及以上生产安全事故。", ["市应急管理局"], [], "宋启明市长", ["宋启明"], False),
]
S3 = [
 ("推进稳岗扩就业，城镇新增就业3.6万人，城镇调查失业率控制在5.5%以内。", ["市人力资源和社会保障局"], ["市教育局", "市财政局", "市总工会"], "周婉清副市长", ["周婉清"], False),
 ("推进教育优质均衡发展，新建改扩建中小学和幼儿园15所。", ["市教育局"], ["市发展和改革委员会", "市财政局", "市自然资源和规划局"], "周婉清副市长", ["周婉清"], True),
 ("推进紧密型医疗卫生共同体建设，县域就诊率达到90%以上。", ["市卫生健康委员会"], ["市医疗保障局", "市财政局"], "林涛副市长", ["林涛"], False),
 ("推进养老服务体系建设，新增社区嵌入式养老服务设施30个。", ["市民政局"], ["市卫生健康委员会", "市住房和城乡建设局"], "林涛副市长", ["林涛"], False),
 ("推进退役军人服务保障体系建设，实现服务站点全覆盖。", ["市退役军人事务局"], [], "马承志副市长", ["马承志"], True),
 ("推进食品药品安全监管，完成食品安全抽检9000批次以上。", ["市市场监督管理局"], ["市农业农村局", "市卫生健康委员会", "市公安局"], "林涛副市长", ["林涛"], False),
]
SECTIONS = [("一、着力推动经济高质量发展", S1), ("二、着力推进乡村振兴和城乡建设", S2), ("三、着力保障和改善民生", S3)]

def li(t):
    text, leads, coops, ldisp, _, one_p = t
    parts = ["牵头单位：" + "、".join(leads)]
    if coops:
        parts.append("配合单位：" + "、".join(coops))
    parts.append("责任领导：" + ldisp)
    body = "<p>%s</p>" % text
    if one_p:
        body += "<p>%s</p>" % "；".join(parts)
    else:
        body += "".join("\n            <p>%s</p>" % p for p in parts)
    return "          <li>" + body + "</li>"

lists = []
n = 1
gold = []
for sec, items in SECTIONS:
    start = ' start="%d"' % n if n > 1 else ""
    rows = []
    for t in items:
        rows.append(li(t))
        leads, coops = t[1], t[2]
        gold.append({"id": str(n), "head": t[0][:12], "responsible_units": leads + coops,
                     "lead_units": leads, "cooperating_units": coops, "leaders": t[4]})
        n += 1
    lists.append('        <h3>%s</h3>\n        <ol%s>\n%s\n        </ol>' % (sec, start, "\n".join(rows)))

PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="岚川市人民政府">
<meta name="ColumnName" content="政府文件">
<meta name="ArticleTitle" content="岚川市人民政府办公室关于印发2024年《政府工作报告》重点任务分工方案的通知">
<meta name="PubDate" content="2024-02-26 16:08">
<title>岚川市人民政府办公室关于印发2024年《政府工作报告》重点任务分工方案的通知_政府文件_岚川市人民政府</title>
<link rel="stylesheet" href="./岚川市人民政府办公室关于印发2024年《政府工作报告》重点任务分工方案的通知_files/common.css">
<script src="./岚川市人民政府办公室关于印发2024年《政府工作报告》重点任务分工方案的通知_files/jquery.min.js"></script>
<script>var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?3f7a1c";})();</script>
</head>
<body>
<!-- saved from url=(0066)https://www.lanchuan.gov.cn/zwgk/zfwj/szfbwj/202402/t20240226_118430.html -->
<div class="topbar"><div class="w1200"><span>今天是：<em id="today"></em></span><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">English</a></div></div>
<div class="header"><div class="w1200"><img src="./岚川市人民政府办公室关于印发2024年《政府工作报告》重点任务分工方案的通知_files/logo.png" alt="岚川市人民政府"></div></div>
<div class="nav">
  <ul>
    <li><a href="#">首页</a></li>
    <li><a href="#">走进岚川</a></li>
    <li class="on"><a href="#">政务公开</a></li>
    <li><a href="#">政务服务</a></li>
    <li><a href="#">互动交流</a></li>
    <li><a href="#">专题专栏</a></li>
  </ul>
</div>
<div class="w1200 crumbs">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府文件</a> &gt; <a href="#">市政府办公室文件</a></div>
<div class="w1200 article">
  <table class="xxgk-meta">
    <tr><td>索 引 号：</td><td>11341100MB1E42756K/2024-00318</td><td>主题分类：</td><td>综合政务\\其他</td></tr>
    <tr><td>发布机构：</td><td>岚川市人民政府办公室</td><td>成文日期：</td><td>2024-02-23</td></tr>
    <tr><td>发文字号：</td><td>岚政办〔2024〕6号</td><td>发布日期：</td><td>2024-02-26</td></tr>
    <tr><td>有 效 性：</td><td>有效</td><td>浏览次数：</td><td><span id="hits">2317</span></td></tr>
  </table>
  <h1>岚川市人民政府办公室关于印发2024年《政府工作报告》重点任务分工方案的通知</h1>
  <div class="info">发布时间：2024-02-26 16:08 &nbsp; 来源：市政府办公室 &nbsp; 字号：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>] <a href="javascript:window.print()">打印</a></div>
  <div class="TRS_Editor" id="zoom">
    <div class="TRS_UEDITOR">
      <p style="text-align:center">岚政办〔2024〕6号</p>
      <p>各县（市、区）人民政府，岚川高新区管委会，市政府各部门、各直属机构：</p>
      <p style="text-indent:2em">《岚川市2024年政府工作报告》已经市十七届人大四次会议审议通过。为确保报告确定的各项目标任务落到实处，经市政府同意，现将《2024年〈政府工作报告〉重点任务分工方案》印发给你们，请认真抓好落实。</p>
      <p style="text-indent:2em">各牵头单位要切实履行主体责任，会同配合单位细化工作举措，于每季度末月25日前将工作进展情况报送市政府督查室。配合单位要积极主动支持，形成工作合力。市政府督查室将对任务落实情况进行跟踪督办，督查结果纳入年度综合考核。</p>
      <p style="text-indent:2em">附件：2024年《政府工作报告》重点任务分工方案</p>
      <p style="text-align:right">岚川市人民政府办公室</p>
      <p style="text-align:right">2024年2月23日</p>
      <p style="text-indent:2em">（此件公开发布）</p>
      <p><br></p>
      <p><strong>附件</strong></p>
      <h2 style="text-align:center">2024年《政府工作报告》重点任务分工方案</h2>
      <div class="fg-list">
%LISTS%
      </div>
      <p><br></p>
      <p>抄送：市委各部门，市人大常委会办公室，市政协办公室，市纪委监委，市法院，市检察院。</p>
      <p>岚川市人民政府办公室　　　　　　　　2024年2月23日印发</p>
    </div>
  </div>
  <div class="fujian">相关附件：<a href="#">岚政办〔2024〕6号.pdf</a></div>
  <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
  <div class="related">
    <h4>相关链接</h4>
    <ul>
      <li><a href="#">岚川市人民政府关于印发岚川市2024年国民经济和社会发展计划的通知</a><span>2024-02-20</span></li>
      <li><a href="#">图解：2024年岚川市政府工作报告</a><span>2024-01-30</span></li>
      <li><a href="#">岚川市2023年《政府工作报告》重点任务完成情况</a><span>2024-01-12</span></li>
    </ul>
  </div>
</div>
<div class="footer"><div class="w1200"><p>主办：岚川市人民政府办公室　承办：岚川市数据资源管理局</p><p>网站标识码：3411000021　皖ICP备05001872号　<a href="#">政府网站找错</a></p></div></div>
</body>
</html>
"""
out = PAGE.replace("%LISTS%", "\n".join(lists))
with open(os.path.join(HERE, SLUG + ".html"), "w", encoding="utf-8") as f:
    f.write(out)
with open(os.path.join(HERE, SLUG + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
    for g in gold:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(len(gold), "tasks")
