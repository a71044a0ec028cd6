#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes 454_luting_shi_zhujianju_yaodian_fengong.html: a 市住房和城乡建设局 notice dividing
its 2024 工作要点 among 科室 and 直属单位, as the city portal shows it, saved by Chrome
("Webpage, Complete": mark-of-the-web comment, serialized DOM, resources in ./..._files/)."""
import os

NAME = "454_luting_shi_zhujianju_yaodian_fengong.html"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FILES = "./鹭汀市住房和城乡建设局关于印发2024年工作要点任务分工的通知_files"

# (part heading, [ (no, text, leader_cell or None if merged, rowspan, lead, coop, deadline) ])
# leader_cell: html for the leader cell, given on the first row of a run with its rowspan.
PARTS = [
    ("一、促进房地产市场平稳健康发展", [
        ("1", "因城施策优化房地产调控政策，落实首套住房认定标准、住房公积金贷款等支持政策，支持刚性和改善性住房需求，促进住房消费合理释放。", "周立新", 5,
         "房地产市场监管科", "市房地产交易中心、政策法规科", "全年"),
        ("2", "扎实做好保交楼工作，建立问题项目“一楼一策”工作台账，压实企业主体责任，确保已售逾期难交付住宅项目年内全部交付。", None, 0,
         "房地产市场监管科", "市房地产交易中心、计划财务科", "2024年12月底前"),
        ("3", "严格落实商品房预售资金监管制度，开展房地产中介机构和从业人员专项整治，依法查处违法违规行为。", None, 0,
         "市房地产交易中心", "房地产市场监管科", "2024年10月底前"),
        ("4", "规范住宅专项维修资金归集、使用和管理，简化维修资金申请使用流程，推行应急使用“绿色通道”。", None, 0,
         "市物业管理服务中心", "计划财务科", "2024年9月底前"),
        ("5", "加强物业服务行业监管，开展物业服务项目星级评定，推动党建引领物业管理融入基层治理，年内创建红色物业示范小区20个。", None, 0,
         "市物业管理服务中心", "房地产市场监管科、机关党委", "2024年12月底前"),
    ]),
    ("二、持续改善群众住房条件", [
        ("6", "筹集保障性租赁住房2000套（间），新开工配售型保障性住房300套，完善轮候、配售和封闭管理制度。", "周立新", 2,
         "住房保障科", "市住房保障服务中心、计划财务科", "2024年12月底前"),
        ("7", "规范公租房分配和运营管理，常态化开展公租房使用情况核查，全年发放城镇住房保障家庭租赁补贴1500户。", None, 0,
         "市住房保障服务中心", "住房保障科", "全年"),
        ("8", "稳步推进城中村改造，年内启动城中村改造项目3个，统筹做好征收补偿安置和改造资金筹措工作。", "周立新<br>韩　松", 1,
         "住房保障科、城市建设科", "计划财务科、政策法规科", "2024年12月底前"),
    ]),
    ("三、深入实施城市更新行动", [
        ("9", "新开工改造城镇老旧小区42个、惠及居民5600户，同步推进既有住宅加装电梯120部，打造完整社区试点3个。", "韩　松", 4,
         "城市建设科", "计划财务科、市建设工程质量安全监督站", "2024年11月底前"),
        ("10", "实施城市燃气管道等老化更新改造，完成改造燃气管道120公里、供水管网35公里。", None, 0,
         "城市建设科", "市燃气热力管理中心", "2024年11月底前"),
        ("11", "系统化全域推进海绵城市建设，新增海绵城市达标面积5平方公里，消除易涝积水点6处。", None, 0,
         "城市建设科", "/", "2024年12月底前"),
        ("12", "开展城市体检工作，编制完成年度城市体检报告，建立城市体检问题整治清单并推动落实。", None, 0,
         "城市建设科", "政策法规科、市城市建设档案馆", "2024年10月底前"),
        ("13", "加快城市地下管线普查和数字化管理，推进城市信息模型（CIM）基础平台建设。", "钱晓峰", 1,
         "市城市建设档案馆", "城市建设科、科技和建筑节能科", "2024年12月底前"),
    ]),
    ("四、推动建筑业转型发展", [
        ("14", "加大建筑企业培育力度，新增特级资质企业1家、一级资质企业5家，全市建筑业总产值增长6%以上。", "顾明澄", 1,
         "建筑业管理科", "市建筑业服务中心", "全年"),
        ("15", "推进智能建造与新型建筑工业化协同发展，新开工装配式建筑面积占新建建筑面积比例达到30%。", "顾明澄<br>钱晓峰", 1,
         "科技和建筑节能科", "建筑业管理科", "2024年12月底前"),
        ("16", "深化工程建设项目审批制度改革，推行联合审图、联合验收，审批时限压减至60个工作日以内。", "顾明澄", 3,
         "行政审批科", "政策法规科、市建设工程质量安全监督站", "2024年6月底前"),
        ("17", "全面落实农民工实名制管理和工资专用账户制度，开展根治欠薪冬季专项行动，确保在建项目不发生因欠薪引发的群体性事件。", None, 0,
         "建筑业管理科", "市建筑业服务中心", "持续推进"),
        ("18", "规范建筑市场秩序，开展违法发包、转包、违法分包及挂靠等违法行为专项整治。", None, 0,
         "建筑业管理科", "政策法规科、市建设工程质量安全监督站", "2024年9月底前"),
    ]),
    ("五、守牢住建领域安全底线", [
        ("19", "深化城镇燃气安全专项整治，推进瓶装液化石油气“全链条”监管，完成餐饮等公共场所燃气报警装置安装全覆盖。", "韩　松", 1,
         "城市建设科", "市燃气热力管理中心", "2024年6月底前"),
        ("20", "扎实开展房屋市政工程安全生产治本攻坚三年行动，强化危大工程监管，坚决遏制较大及以上生产安全事故。", "顾明澄", 1,
         "质量安全监管科", "市建设工程质量安全监督站", "全年"),
        ("21", "推进既有建筑安全隐患排查整治，重点做好经营性自建房安全专项整治“回头看”。", "钱晓峰", 1,
         "村镇建设科", "房地产市场监管科、市物业管理服务中心", "2024年8月底前"),
        ("22", "做好城市防汛排涝和在建工地防汛工作，落实汛期隐患排查和应急值守制度。", "顾明澄", 1,
         "质量安全监管科", "城市建设科、市建设工程质量安全监督站", "2024年9月底前"),
        ("23", "加强信访维稳工作，落实领导包案制度，化解房地产领域信访积案。", "叶　蓁", 1,
         "办公室", "房地产市场监管科、住房保障科、市房地产交易中心", "持续推进"),
    ]),
    ("六、推进乡村建设和绿色低碳发展", [
        ("24", "实施农房质量安全提升工程，完成农村低收入群体等重点对象危房改造120户。", "钱晓峰", 3,
         "村镇建设科", "/", "2024年10月底前"),
        ("25", "加强传统村落保护利用，完成第二批省级传统村落保护发展规划编制。", None, 0,
         "村镇建设科", "城市建设科", "2024年12月底前"),
        ("26", "大力发展绿色建筑，城镇新建民用建筑全面执行绿色建筑标准，新增星级绿色建筑50万平方米。", None, 0,
         "科技和建筑节能科", "市建设工程质量安全监督站、行政审批科", "2024年12月底前"),
    ]),
    ("七、加强党的建设和机关自身建设", [
        ("27", "深入开展党纪学习教育，落实“第一议题”制度，推进模范机关创建。", "杜怀远", 2,
         "机关党委", "各科室、各直属单位", "全年"),
        ("28", "落实全面从严治党主体责任，加强工程建设、住房保障等重点领域廉政风险防控。", None, 0,
         "机关党委", "各科室、各直属单位", "全年"),
        ("29", "加强干部队伍建设，组织开展住建系统干部业务能力提升培训。", "叶　蓁", 3,
         "人事科", "各科室、各直属单位", "2024年11月底前"),
        ("30", "推进法治机关建设，做好行政复议、行政应诉和“八五”普法工作。", None, 0,
         "政策法规科", "/", "全年"),
        ("31", "做好政务公开、12345政务服务便民热线办理和政务信息报送工作。", None, 0,
         "办公室", "各科室、各直属单位", "全年"),
    ]),
]

TD = 'style="border:1px solid #000;padding:4px 6px;"'


def cell(text, align="center", extra=""):
    return (f'<td {TD}{extra}><p style="text-align:{align};line-height:22px;margin:0;">'
            f'<span style="font-family:仿宋_GB2312;font-size:14px;">{text}</span></p></td>')


def table_html():
    rows = []
    rows.append('<tr style="background:#f2f2f2;">'
                + "".join(f'<td {TD}><p style="text-align:center;margin:0;"><strong><span style="font-family:黑体;font-size:14px;">{h}</span></strong></p></td>'
                          for h in ["序号", "工作任务", "责任领导", "牵头科室（单位）", "配合科室（单位）", "完成时限"])
                + "</tr>")
    for head, tasks in PARTS:
        rows.append(f'<tr><td colspan="6" {TD}><p style="text-align:left;margin:0;"><strong><span style="font-family:黑体;font-size:14px;">{head}</span></strong></p></td></tr>')
        for no, text, leader, span, lead, coop, dl in tasks:
            r = "<tr>" + cell(no) + cell(text, "justify")
            if leader is not None:
                extra = f' rowspan="{span}"' if span > 1 else ""
                r += cell(leader, "center", extra)
            r += cell(lead) + cell(coop) + cell(dl)
            r += "</tr>"
            rows.append(r)
    return ('<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;'
            'margin:0 auto;"><tbody>\n' + "\n".join(rows) + "\n</tbody></table>")


def p(text, indent=True, align=None, extra=""):
    st = "line-height:2em;margin:0;"
    if indent:
        st = "text-indent:2em;" + st
    if align:
        st = f"text-align:{align};" + st
    return f'<p style="{st}"{extra}><span style="font-family:仿宋_GB2312;font-size:16px;">{text}</span></p>'


BODY = [
    p("局机关各科室，各直属单位：", indent=False),
    p("为深入贯彻落实全国、全省住房城乡建设工作会议和市委十三届六次全会、市“两会”精神，确保《鹭汀市住房和城乡建设局2024年工作要点》各项任务落到实处，经局党组会议研究同意，现将《鹭汀市住房和城乡建设局2024年工作要点任务分工》印发给你们，并就有关事项通知如下。"),
    p("<strong>一、提高思想认识。</strong>各科室、各直属单位要充分认识做好全年住房城乡建设工作的重要意义，对照任务分工，逐项制定具体工作措施，明确时间节点和责任人，确保各项工作有序推进。"),
    p("<strong>二、压实工作责任。</strong>责任领导对分管任务负总责，牵头科室（单位）是任务落实的第一责任主体，负责组织协调、推进落实；配合科室（单位）要按照职责分工积极主动配合，形成工作合力。"),
    p("<strong>三、强化督查考核。</strong>局办公室要加强对重点任务的跟踪督办，各牵头科室（单位）于每季度最后一个月25日前将任务推进情况（含配合科室〔单位〕工作情况）书面报局办公室，全年工作完成情况纳入科室（单位）年度目标考核。"),
    p("联系人：局办公室 苏晓宁，联系电话：0596-3326107。"),
    p("附件：鹭汀市住房和城乡建设局2024年工作要点任务分工表"),
    p("&nbsp;", indent=False),
    p("鹭汀市住房和城乡建设局", indent=False, align="right"),
    p("2024年3月8日", indent=False, align="right"),
    p("（此件公开发布）", indent=True),
    p("&nbsp;", indent=False),
    p("<strong>附件</strong>", indent=False, extra=""),
    ('<p style="text-align:center;line-height:2em;margin:10px 0;"><strong><span style="font-family:方正小标宋简体;font-size:20px;">'
     "鹭汀市住房和城乡建设局2024年工作要点任务分工表</span></strong></p>"),
    table_html(),
    p("&nbsp;", indent=False),
]

TITLE = "鹭汀市住房和城乡建设局关于印发2024年工作要点任务分工的通知"
URL = "http://www.luting.gov.cn/zwgk/bmxxgk/szjj/ghjh/202403/t20240311_2317465.html"

HTML = f"""<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{TITLE}_鹭汀市人民政府</title>
<meta name="SiteName" content="鹭汀市人民政府">
<meta name="SiteDomain" content="www.luting.gov.cn">
<meta name="SiteIDCode" content="3507000031">
<meta name="ColumnName" content="规划计划">
<meta name="ColumnType" content="部门信息公开">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2024-03-11 16:42">
<meta name="ContentSource" content="鹭汀市住房和城乡建设局">
<meta name="Keywords" content="工作要点,任务分工,住房和城乡建设">
<meta name="Description" content="{TITLE}">
<link rel="stylesheet" type="text/css" href="{FILES}/common.css">
<link rel="stylesheet" type="text/css" href="{FILES}/xxgk_detail.css">
<script type="text/javascript" src="{FILES}/jquery-1.11.3.min.js.下载"></script>
<script type="text/javascript" src="{FILES}/common.js.下载"></script>
<style type="text/css">
.TRS_Editor p{{font-size:16px;line-height:2em;}}
.TRS_Editor table td{{word-break:break-all;}}
</style>
</head>
<body>
<div class="topbar">
  <div class="w1200">
    <span class="fl">欢迎访问鹭汀市人民政府门户网站</span>
    <span class="fr"><a href="javascript:void(0);" id="jtfz">繁體</a> | <a href="javascript:void(0);" onclick="aria.start()">无障碍</a> | <a href="http://www.luting.gov.cn/wap/">手机版</a> | <a href="http://www.luting.gov.cn/zwfw/">网上办事</a></span>
  </div>
</div>
<div class="header">
  <div class="w1200">
    <a class="logo" href="http://www.luting.gov.cn/"><img src="{FILES}/logo.png" alt="鹭汀市人民政府"></a>
    <div class="search">
      <form action="http://www.luting.gov.cn/search/" method="get" target="_blank">
        <input type="text" name="searchword" class="sinput" placeholder="请输入关键字"><input type="submit" class="sbtn" value="搜索">
      </form>
    </div>
  </div>
</div>
<div class="nav">
  <ul class="w1200">
    <li><a href="http://www.luting.gov.cn/">首页</a></li>
    <li><a href="http://www.luting.gov.cn/zwdt/">政务动态</a></li>
    <li class="on"><a href="http://www.luting.gov.cn/zwgk/">政府信息公开</a></li>
    <li><a href="http://www.luting.gov.cn/zwfw/">政务服务</a></li>
    <li><a href="http://www.luting.gov.cn/hdjl/">互动交流</a></li>
    <li><a href="http://www.luting.gov.cn/zjlt/">走进鹭汀</a></li>
  </ul>
</div>
<div class="w1200 main">
  <div class="position">当前位置：<a href="http://www.luting.gov.cn/">首页</a> &gt; <a href="http://www.luting.gov.cn/zwgk/">政府信息公开</a> &gt; <a href="http://www.luting.gov.cn/zwgk/bmxxgk/">部门信息公开</a> &gt; <a href="http://www.luting.gov.cn/zwgk/bmxxgk/szjj/">市住房和城乡建设局</a> &gt; <a href="http://www.luting.gov.cn/zwgk/bmxxgk/szjj/ghjh/">规划计划</a></div>
  <div class="xxgk-info">
    <table class="xxgk-table" cellspacing="0" cellpadding="0"><tbody>
      <tr><th>索&nbsp;引&nbsp;号：</th><td>11350700M00018265X/2024-00047</td><th>主题分类：</th><td>城乡建设、环境保护\\其他</td></tr>
      <tr><th>发布机构：</th><td>鹭汀市住房和城乡建设局</td><th>生成日期：</th><td>2024-03-08</td></tr>
      <tr><th>文&nbsp;&nbsp;&nbsp;&nbsp;号：</th><td>鹭住建〔2024〕15号</td><th>发布日期：</th><td>2024-03-11</td></tr>
      <tr><th>名&nbsp;&nbsp;&nbsp;&nbsp;称：</th><td colspan="3">{TITLE}</td></tr>
      <tr><th>有&nbsp;效&nbsp;性：</th><td colspan="3">有效</td></tr>
    </tbody></table>
  </div>
  <div class="article">
    <h1 class="art-title">{TITLE}</h1>
    <div class="art-sub">鹭住建〔2024〕15号</div>
    <div class="art-info"><span>发布时间：2024-03-11 16:42</span><span>来源：市住房和城乡建设局</span><span>浏览次数：<em id="readcount">1386</em></span><span class="fontsize">字号：<a href="javascript:void(0);" onclick="doZoom(18)">大</a> <a href="javascript:void(0);" onclick="doZoom(16)">中</a> <a href="javascript:void(0);" onclick="doZoom(14)">小</a></span></div>
    <div class="art-con" id="zoom">
<div class="TRS_Editor">
{chr(10).join(BODY)}
</div>
    </div>
    <div class="art-fj">
      <p>附件下载：</p>
      <ul><li><a href="http://www.luting.gov.cn/zwgk/bmxxgk/szjj/ghjh/202403/P020240311568240397718.docx" target="_blank">鹭汀市住房和城乡建设局2024年工作要点任务分工表.docx</a></li></ul>
    </div>
    <div class="art-tools"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div>
    <div class="related">
      <h3>相关链接</h3>
      <ul>
        <li><a href="http://www.luting.gov.cn/zwgk/bmxxgk/szjj/ghjh/202402/t20240226_2309114.html">鹭汀市住房和城乡建设局2023年工作总结和2024年工作计划</a><span>2024-02-26</span></li>
        <li><a href="http://www.luting.gov.cn/zwgk/bmxxgk/szjj/ghjh/202303/t20230315_2104432.html">鹭汀市住房和城乡建设局关于印发2023年工作要点任务分工的通知</a><span>2023-03-15</span></li>
        <li><a href="http://www.luting.gov.cn/zwgk/bmxxgk/szjj/tzgg/202401/t20240118_2290673.html">关于开展2024年度住房城乡建设领域安全生产大检查的通知</a><span>2024-01-18</span></li>
      </ul>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w1200">
    <p><a href="http://www.luting.gov.cn/wzdt/">网站地图</a> | <a href="http://www.luting.gov.cn/lxwm/">联系我们</a> | <a href="http://www.luting.gov.cn/smsm/">使用说明</a></p>
    <p>主办：鹭汀市人民政府办公室　承办：鹭汀市大数据服务中心</p>
    <p>网站标识码：3507000031　<a href="https://beian.miit.gov.cn/" target="_blank">闽ICP备05017326号-1</a>　<img src="{FILES}/ga.png" alt="">闽公网安备 35070202000218号</p>
    <p>建议使用1366×768分辨率，IE10以上版本浏览器浏览</p>
    <div class="dzjg"><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A8F7B3C21D45E6FE053012819AC8D4B" target="_blank"><img id="imgConac" src="{FILES}/red.png" alt=""></a></span></div>
  </div>
</div>
<script type="text/javascript">
$(function(){{
  $.get("/interface/readcount.jsp?docid=2317465", function(d){{ $("#readcount").text(d); }});
}});
function doZoom(size){{ document.getElementById('zoom').style.fontSize = size + 'px'; }}
</script>
<script type="text/javascript" src="{FILES}/aria.js.下载" charset="utf-8"></script>

</body></html>"""

with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write(HTML)
print(OUT)
