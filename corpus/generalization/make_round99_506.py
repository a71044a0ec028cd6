#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes 506_songlan_sheng_jiaotongting_yaodian_fengong_wangye.html:
a 省交通运输厅 notice on its portal, saved by Chrome as 网页，全部 (Webpage, Complete).
Chrome serialises the live DOM: LF line ends, <br> without slash, &nbsp; kept,
saved-from comment, a Content-Type meta put first in <head>, saved resources
pointing into ./<title>_files/, other links made absolute."""
import os

NAME = "506_songlan_sheng_jiaotongting_yaodian_fengong_wangye.html"
URL = "https://jtt.songlan.gov.cn/zwgk/tzgg/202502/t20250221_4187263.html"
FILES = "./嵩澜省交通运输厅关于印发《2025年全省交通运输工作要点》任务分工方案的通知_通知公告_嵩澜省交通运输厅_files"
SITE = "https://jtt.songlan.gov.cn"

TD = 'style="border-width:1px;border-style:solid;border-color:#000000;padding:0px 5px;word-break:break-all;"'
PS = 'style="text-align:center;line-height:24px;margin-top:0px;margin-bottom:0px;"'
PL = 'style="text-align:justify;line-height:24px;margin-top:0px;margin-bottom:0px;"'
SP = 'style="font-family:仿宋_GB2312, 仿宋;font-size:16px;"'

# parts: (heading, [(no, task, leader_html, lead_html, coop_html, deadline)])
# leader None = merged into the cell above (Word rowspan)
PARTS = [
    ("一、加快构建现代化综合立体交通网（6项）", [
        (1, "全力扩大交通有效投资，全年完成交通固定资产投资1200亿元以上，争取中央车购税等资金支持不低于上年。",
         "许建华", "综合规划处", "财务审计处、建设管理处、省公路事业发展中心、省水运事业发展中心", "全年"),
        (2, "加快高速公路建设，建成沂平至澜口、嵩阳至白河等高速公路280公里以上，新开工项目6个。",
         None, "建设管理处", "综合规划处、省交通建设工程质量监督中心", "2025年12月底前"),
        (3, "推进普通国省道提质改造，完成新改建普通国省道500公里，加快城市出入口拥堵路段改造。",
         "唐　宁", "省公路事业发展中心", "建设管理处、综合规划处", "2025年12月底前"),
        (4, "加快内河高等级航道建设，推进澜江航道整治二期工程，建成三级航道45公里。",
         None, "省水运事业发展中心", "建设管理处", "2025年12月底前"),
        (5, "启动“十五五”综合交通运输发展规划编制，完成前期重大问题研究。",
         "许建华", "综合规划处", "厅机关各处室、各直属单位", "2025年10月底前"),
        (6, "配合推进嵩阳至宁川高铁、澜口机场改扩建等项目建设，做好用地、环评等要素保障协调。",
         None, "综合规划处", "/", "全年"),
    ]),
    ("二、巩固提升“四好农村路”建设成效（5项）", [
        (7, "新改建农村公路3000公里，实施农村公路危桥改造200座，完成安全生命防护工程2000公里。",
         "唐　宁", "省公路事业发展中心", "财务审计处、安全监督处", "2025年12月底前"),
        (8, "深化农村公路管理养护体制改革，推动县乡村三级路长制全覆盖，农村公路优良中等路率达到85%。",
         None, "省公路事业发展中心", "政策法规处", "全年"),
        (9, "推进城乡交通运输一体化发展，完成建制村通客车“公交化”改造300个。",
         None, "运输服务处", "省道路运输事业发展中心", "2025年11月底前"),
        (10, "完善县乡村三级物流体系，建成农村物流综合服务站（点）500个，推动交通运输与邮政快递融合发展。",
         None, ["运输服务处", "省道路运输事业发展中心"], "综合规划处", "2025年12月底前"),
        (11, "开展“四好农村路”示范创建，争创全国示范县2个、省级示范县10个。",
         None, "省公路事业发展中心", "综合规划处、运输服务处", "2025年10月底前"),
    ]),
    ("三、提升运输服务质量和效率（5项）", [
        (12, "大力发展多式联运，推动澜口港铁水联运集疏运体系建设，集装箱铁水联运量增长15%以上。",
         "冯立军", "运输服务处", "省水运事业发展中心、综合规划处", "全年"),
        (13, "深化道路运输“放管服”改革，推进道路运输电子证照全面应用和跨区域互认。",
         None, "省道路运输事业发展中心", "政策法规处、省交通运输信息中心", "2025年9月底前"),
        (14, "落实城市公共交通优先发展战略，新增和更新新能源公交车1500辆。",
         None, "运输服务处", "/", "2025年12月底前"),
        (15, "规范网约车、共享单车等交通运输新业态发展，网约车合规化率提升至80%以上。",
         None, "运输服务处", "省交通运输综合行政执法总队", "全年"),
        (16, "统筹做好春运、暑运和“五一”“国庆”等重点时段运输服务保障。",
         None, "运输服务处", "安全监督处、省道路运输事业发展中心、省水运事业发展中心", "全年"),
    ]),
    ("四、坚决守牢交通运输安全生产底线（4项）", [
        (17, "深入开展安全生产治本攻坚三年行动，落实重大事故隐患判定标准和动态清零机制。",
         "冯立军", "安全监督处", "厅机关各处室、各直属单位", "全年"),
        (18, "实施公路安全设施精细化提升行动，整治公路安全隐患路段1200公里，改造危旧桥梁80座。",
         ["冯立军", "唐　宁"], "省公路事业发展中心", "安全监督处、建设管理处", "2025年12月底前"),
        (19, "加强“两客一危”重点营运车辆动态监管，动态监控上线率保持在99%以上。",
         "冯立军", "省道路运输事业发展中心", "安全监督处、省交通运输综合行政执法总队", "全年"),
        (20, "加强交通建设工程质量安全监管，开展“平安工地”建设考核评价和工程质量专项检查。",
         "韦国栋", "省交通建设工程质量监督中心", "建设管理处、安全监督处", "2025年11月底前"),
    ]),
    ("五、推进交通运输绿色智慧发展（5项）", [
        (21, "推进交通运输数字化转型，建成全省交通运输综合监测与应急指挥平台（二期）。",
         "韦国栋", "省交通运输信息中心", "科技教育处、安全监督处", "2025年12月底前"),
        (22, "实施公路水路交通基础设施数字化转型升级示范项目，打造智慧公路示范路段3条。",
         None, "科技教育处", "建设管理处、省公路事业发展中心、省水运事业发展中心", "2025年12月底前"),
        (23, "推广应用新能源和清洁能源车船，新建高速公路服务区充电桩300个。",
         None, "科技教育处、省公路事业发展中心", "运输服务处", "2025年12月底前"),
        (24, "开展交通运输领域关键技术攻关，组织实施省级交通科技项目20项以上。",
         None, "科技教育处", "/", "全年"),
        (25, "推进港口岸电设施建设和常态化使用，主要港口岸电使用量增长20%。",
         None, "省水运事业发展中心", "科技教育处", "全年"),
    ]),
    ("六、深化交通运输改革和法治建设（4项）", [
        (26, "深化交通运输综合行政执法改革，开展执法队伍素质能力提升行动，规范执法行为。",
         "冯立军", "政策法规处", "省交通运输综合行政执法总队", "全年"),
        (27, "推动《嵩澜省农村公路条例》修订，完成立法调研和草案起草工作。",
         "唐　宁", "政策法规处", "省公路事业发展中心", "2025年9月底前"),
        (28, "深化交通投融资体制改革，用好地方政府专项债券，防范化解交通领域债务风险。",
         "许建华", "财务审计处", "综合规划处", "全年"),
        (29, "持续优化交通运输营商环境，推进“高效办成一件事”，政务服务事项网上可办率保持100%。",
         "冯立军", "政策法规处", "厅办公室、省交通运输信息中心", "全年"),
    ]),
    ("七、全面加强党的建设和干部队伍建设（4项）", [
        (30, "深入学习贯彻习近平新时代中国特色社会主义思想，巩固拓展深入贯彻中央八项规定精神学习教育成果。",
         ["周明远", "邵丽萍"], "机关党委（人事处）", "厅机关各处室、各直属单位", "全年"),
        (31, "加强干部队伍建设，完成年度干部教育培训计划，培养选拔优秀年轻干部。",
         "邵丽萍", "机关党委（人事处）", "/", "全年"),
        (32, "持续深化作风建设，驰而不息纠治“四风”，深化整治形式主义为基层减负。",
         None, "机关党委（人事处）", "厅办公室", "全年"),
        (33, "加强政务信息、督查督办、保密、档案和信访工作，提升机关运转效能。",
         None, "厅办公室", "/", "全年"),
    ]),
]


def cell_paras(v, align=PS):
    if isinstance(v, list):
        return "".join('<p %s><span %s>%s</span></p>' % (align, SP, x) for x in v)
    if v == "/":
        return '<p %s><span %s>/</span></p>' % (align, SP)
    return '<p %s><span %s>%s</span></p>' % (align, SP, v)


def leader_html(v):
    if isinstance(v, list):
        return '<p %s><span %s>%s<br>%s</span></p>' % (PS, SP, v[0], v[1])
    return cell_paras(v)


def table():
    out = []
    out.append('<table width="100%" border="1" cellspacing="0" cellpadding="0" '
               'style="border-collapse:collapse;border:none;width:100%;" data-sort="sortDisabled">')
    out.append('<tbody>')
    hdr = [("序号", "6%"), ("重点任务", "40%"), ("责任厅领导", "10%"),
           ("牵头处室（单位）", "15%"), ("配合处室（单位）", "17%"), ("完成时限", "12%")]
    out.append('<tr class="firstRow">' + "".join(
        '<td width="%s" valign="middle" %s><p %s><strong><span style="font-family:黑体, SimHei;font-size:16px;">%s</span></strong></p></td>'
        % (w, TD, PS, h) for h, w in hdr) + '</tr>')
    for head, rows in PARTS:
        out.append('<tr><td colspan="6" valign="middle" %s><p %s><strong><span style="font-family:楷体_GB2312, 楷体;font-size:16px;">%s</span></strong></p></td></tr>'
                   % (TD, PL, head))
        # rowspans for leaders within the part
        spans = {}
        i = 0
        while i < len(rows):
            j = i + 1
            while j < len(rows) and rows[j][2] is None:
                j += 1
            spans[i] = j - i
            i = j
        for k, (no, task, lead_r, lead_u, coop, dl) in enumerate(rows):
            tds = []
            tds.append('<td valign="middle" %s>%s</td>' % (TD, cell_paras(str(no))))
            tds.append('<td valign="middle" %s>%s</td>' % (TD, cell_paras(task, PL)))
            if k in spans:
                rs = spans[k]
                rsa = ' rowspan="%d"' % rs if rs > 1 else ''
                tds.append('<td%s valign="middle" %s>%s</td>' % (rsa, TD, leader_html(lead_r)))
            tds.append('<td valign="middle" %s>%s</td>' % (TD, cell_paras(lead_u)))
            tds.append('<td valign="middle" %s>%s</td>' % (TD, cell_paras(coop)))
            tds.append('<td valign="middle" %s>%s</td>' % (TD, cell_paras(dl)))
            out.append('<tr>' + "".join(tds) + '</tr>')
    out.append('</tbody>')
    out.append('</table>')
    return "".join(out)


BP = 'style="text-indent:2em;text-align:justify;line-height:2em;"'
BS = 'style="font-family:仿宋_GB2312, 仿宋;font-size:18px;"'


def p(text, style=BP, span=BS):
    return '<p %s><span %s>%s</span></p>' % (style, span, text)


body = []
body.append('<p style="text-align:center;line-height:2em;"><span %s>嵩交发〔2025〕9号</span></p>' % BS)
body.append('<p style="line-height:2em;"><span %s>各市（州）交通运输局，厅机关各处室、各直属单位：</span></p>' % BS)
body.append(p("为全面贯彻落实全国交通运输工作会议和省委经济工作会议精神，推动《2025年全省交通运输工作要点》（以下简称《工作要点》）各项任务落地见效，经厅党组研究，现将《工作要点》重点任务分工方案印发给你们，并就有关事项通知如下。"))
body.append(p('<strong>一、提高思想认识。</strong>2025年是“十四五”规划收官之年，也是谋划“十五五”发展的关键之年。各处室、各单位要切实把思想和行动统一到厅党组的决策部署上来，坚持项目化、清单化推进，确保全年目标任务圆满完成。'))
body.append(p('<strong>二、压实工作责任。</strong>各项任务实行责任厅领导牵头抓总、牵头处室（单位）具体负责、配合处室（单位）协同推进的工作机制。牵头处室（单位）要细化工作措施，明确时间节点，主动协调配合处室（单位）；配合处室（单位）要按照职责分工积极支持，形成工作合力。涉及各市（州）交通运输局的任务，由牵头处室（单位）负责督促指导。'))
body.append(p('<strong>三、强化督促检查。</strong>厅办公室要将《工作要点》重点任务纳入厅督查督办事项，实行季度调度、半年通报、年终考核。请各牵头处室（单位）于每季度末月25日前，将任务推进情况报厅办公室（督查室），联系人：郑　凯，电话：0871-6523××××。'))
body.append(p("附件：2025年全省交通运输工作要点重点任务分工方案"))
body.append('<p style="text-align:right;line-height:2em;"><span %s>嵩澜省交通运输厅</span></p>' % BS)
body.append('<p style="text-align:right;line-height:2em;"><span %s>2025年2月19日</span></p>' % BS)
body.append(p("（此件公开发布）"))
body.append('<p><br></p>')
body.append('<p style="line-height:2em;"><span style="font-family:黑体, SimHei;font-size:18px;">附件</span></p>')
body.append('<p style="text-align:center;line-height:2em;"><span style="font-family:方正小标宋简体;font-size:24px;">2025年全省交通运输工作要点重点任务分工方案</span></p>')
body.append(table())
body.append('<p><br></p>')

BODY = "\n".join(body)

TITLE_ART = "嵩澜省交通运输厅关于印发《2025年全省交通运输工作要点》任务分工方案的通知"

page = f'''<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{TITLE_ART}_通知公告_嵩澜省交通运输厅</title>
<meta name="SiteName" content="嵩澜省交通运输厅">
<meta name="SiteDomain" content="jtt.songlan.gov.cn">
<meta name="SiteIDCode" content="5300000031">
<meta name="ColumnName" content="通知公告">
<meta name="ColumnType" content="通知公告">
<meta name="ArticleTitle" content="{TITLE_ART}">
<meta name="PubDate" content="2025-02-21 10:36">
<meta name="ContentSource" content="厅办公室">
<meta name="Keywords" content="工作要点,任务分工">
<meta name="Description" content="{TITLE_ART}">
<meta name="Url" content="{URL}">
<link rel="stylesheet" type="text/css" href="{FILES}/base.css">
<link rel="stylesheet" type="text/css" href="{FILES}/style.css">
<link rel="stylesheet" type="text/css" href="{FILES}/article.css">
<script src="{FILES}/hm.js.下载"></script><script type="text/javascript" src="{FILES}/jquery-1.12.4.min.js.下载"></script>
<script type="text/javascript" src="{FILES}/common.js.下载"></script>
<script type="text/javascript" src="{FILES}/jquery.qrcode.min.js.下载"></script>
<style type="text/css">.TRS_Editor p{{margin-bottom:0;}}</style>
</head>
<body>
<div class="topbar">
  <div class="w1200 clearfix">
    <div class="fl">您好，欢迎访问嵩澜省交通运输厅网站！今天是2025年2月24日 星期一</div>
    <div class="fr">
      <a href="javascript:void(0);" id="cniil_wza">无障碍浏览</a><span>|</span>
      <a href="javascript:void(0);" class="oldman">长者模式</a><span>|</span>
      <a href="https://jtt.songlan.gov.cn/wzdt/">网站地图</a><span>|</span>
      <a href="https://jtt.songlan.gov.cn/m/">手机版</a>
    </div>
  </div>
</div>
<div class="header">
  <div class="w1200 clearfix">
    <a href="https://jtt.songlan.gov.cn/" class="logo"><img src="{FILES}/logo.png" alt="嵩澜省交通运输厅"></a>
    <div class="search">
      <form action="https://jtt.songlan.gov.cn/search/" method="get" target="_blank">
        <input type="text" name="searchWord" class="sinput" placeholder="请输入关键字" value="">
        <input type="submit" class="sbtn" value="搜索">
      </form>
    </div>
  </div>
</div>
<div class="nav">
  <ul class="w1200 clearfix">
    <li><a href="https://jtt.songlan.gov.cn/">首页</a></li>
    <li><a href="https://jtt.songlan.gov.cn/jgzn/">机构职能</a></li>
    <li class="on"><a href="https://jtt.songlan.gov.cn/zwgk/">政务公开</a></li>
    <li><a href="https://jtt.songlan.gov.cn/jtdt/">交通动态</a></li>
    <li><a href="https://jtt.songlan.gov.cn/zwfw/">政务服务</a></li>
    <li><a href="https://jtt.songlan.gov.cn/hdjl/">互动交流</a></li>
    <li><a href="https://jtt.songlan.gov.cn/ztzl/">专题专栏</a></li>
  </ul>
</div>
<div class="w1200 main">
  <div class="position">当前位置：<a href="https://jtt.songlan.gov.cn/" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="https://jtt.songlan.gov.cn/zwgk/" title="政务公开" class="CurrChnlCls">政务公开</a>&nbsp;&gt;&nbsp;<a href="https://jtt.songlan.gov.cn/zwgk/tzgg/" title="通知公告" class="CurrChnlCls">通知公告</a></div>
  <div class="xxgk-info">
    <table cellspacing="0" cellpadding="0" class="xxgk-table">
      <tbody>
        <tr><td class="t1">索&nbsp;引&nbsp;号：</td><td class="t2">11530000MB0P27435K/2025-00031</td><td class="t1">主题分类：</td><td class="t2">交通运输</td></tr>
        <tr><td class="t1">发布机构：</td><td class="t2">嵩澜省交通运输厅</td><td class="t1">成文日期：</td><td class="t2">2025-02-19</td></tr>
        <tr><td class="t1">文  号：</td><td class="t2">嵩交发〔2025〕9号</td><td class="t1">发布日期：</td><td class="t2">2025-02-21</td></tr>
        <tr><td class="t1">标  题：</td><td class="t2" colspan="3">{TITLE_ART}</td></tr>
      </tbody>
    </table>
  </div>
  <div class="article">
    <h1 class="art-title">{TITLE_ART}</h1>
    <div class="art-info">
      <span>发布时间：2025-02-21 10:36</span>
      <span>来源：厅办公室</span>
      <span>浏览次数：<em id="viewCount">1386</em></span>
      <span class="fontsize">字号：<a href="javascript:void(0);" onclick="doZoom(18)">大</a> <a href="javascript:void(0);" onclick="doZoom(16)">中</a> <a href="javascript:void(0);" onclick="doZoom(14)">小</a></span>
    </div>
    <div class="art-con" id="zoom">
<div class="view TRS_UEDITOR trs_paper_default trs_web">{BODY}</div>
    </div>
    <div class="art-fj">
      <p class="fj-tit">附件下载：</p>
      <ul>
        <li><a href="https://jtt.songlan.gov.cn/zwgk/tzgg/202502/P020250221403528874310.docx" oldsrc="/protect/P0202502/P020250221/P020250221403528874310.docx">2025年全省交通运输工作要点重点任务分工方案.docx</a></li>
      </ul>
    </div>
    <div class="art-bottom clearfix">
      <div class="share fl">分享到：<a href="javascript:void(0);" class="wx" title="微信"></a><a href="javascript:void(0);" class="wb" title="微博"></a><div id="qrcode" style="display:none;"><canvas width="120" height="120"></canvas></div></div>
      <div class="fr"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div>
    </div>
  </div>
  <div class="related">
    <div class="rel-tit">相关阅读</div>
    <ul>
      <li><a href="https://jtt.songlan.gov.cn/jtdt/tdyw/202501/t20250116_4172018.html">2025年全省交通运输工作会议在嵩阳召开</a><span>2025-01-16</span></li>
      <li><a href="https://jtt.songlan.gov.cn/zwgk/tzgg/202402/t20240226_3958841.html">嵩澜省交通运输厅关于印发《2024年全省交通运输工作要点》任务分工方案的通知</a><span>2024-02-26</span></li>
      <li><a href="https://jtt.songlan.gov.cn/zwgk/zcjd/202502/t20250221_4187290.html">图解：2025年全省交通运输工作要点</a><span>2025-02-21</span></li>
    </ul>
  </div>
</div>
<div class="footer">
  <div class="w1200 clearfix">
    <div class="dzjg fl"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=5A9C3E7D1B2F4A60E053012819AC8D11" target="_blank"><img src="{FILES}/red.png" alt="党政机关"></a></div>
    <div class="ft-txt fl">
      <p>主办单位：嵩澜省交通运输厅&nbsp;&nbsp;&nbsp;&nbsp;地址：嵩阳市澜江路218号&nbsp;&nbsp;&nbsp;&nbsp;邮编：650031</p>
      <p>网站标识码：5300000031&nbsp;&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">嵩ICP备05004417号-1</a>&nbsp;&nbsp;&nbsp;&nbsp;<img src="{FILES}/gongan.png">嵩公网安备 53010202000781号</p>
      <p>建议使用1366×768分辨率&nbsp;&nbsp;IE10以上版本浏览器浏览本网站</p>
    </div>
    <div class="zfzc fl"><script id="_jiucuo_" sitecode="5300000031" src="{FILES}/jiucuo.js.下载"></script><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=5300000031&amp;url=https%3A%2F%2Fjtt.songlan.gov.cn%2Fzwgk%2Ftzgg%2F202502%2Ft20250221_4187263.html" target="_blank"><img src="{FILES}/jiucuo.png"></a></div>
  </div>
</div>
<script type="text/javascript">
$(function(){{
  $("#qrcode").qrcode({{width:120,height:120,text:window.location.href}});
  $(".wx").hover(function(){{$("#qrcode").show();}},function(){{$("#qrcode").hide();}});
}});
function doZoom(size){{ document.getElementById('zoom').style.fontSize = size + 'px'; }}
</script>
<script>
var _hmt = _hmt || [];
(function() {{
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?8c3e1f0d5a7b2946e0c41d93a6f5b7e2";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
}})();
</script>

</body></html>'''

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME), "w", encoding="utf-8", newline="\n") as f:
    f.write(page)
