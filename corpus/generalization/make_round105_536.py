#!/usr/bin/env python3
# Writes 536_fengquan_xian_gzbg_renwu_fenjie_wangye.html: a 县政府办 notice on the county
# portal's 政府信息公开 page, saved by Chrome as "网页，全部".
import os

NAME = "536_fengquan_xian_gzbg_renwu_fenjie_wangye.html"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

TITLE = "沣泉县人民政府办公室关于印发2025年县政府工作报告重点工作任务分解方案的通知"
URL = "http://www.fengquan.gov.cn/zwgk/zfxxgk/fdzdgknr/zcwj/xzfbwj/202502/t20250228_4418236.html"
FILES = "./" + TITLE + "_沣泉县人民政府_files/"

# (part heading, [(task, leaders, leads, coops, deadline)])
PARTS = [
 ("一、坚持项目为王，推动经济稳进提质（6项）", [
  ("全年实施省市县重点项目120个以上，完成年度投资180亿元以上，新开工亿元以上项目40个。", ["宋明哲"], ["县发展改革局"], "县财政局、县自然资源局、县住房城乡建设局、市生态环境局沣泉分局、各乡镇人民政府", "12月底"),
  ("积极争取超长期特别国债、中央预算内投资和地方政府专项债券，全年争取上级资金25亿元以上。", ["宋明哲"], ["县发展改革局、县财政局"], "县直各有关部门", "12月底"),
  ("深入开展“招商引资攻坚年”活动，全年签约亿元以上项目50个，实际到位省外资金60亿元。", ["宋明哲", "卢　骏"], ["县投资促进中心"], "县工业园区管委会、县商务局、县直各有关部门", "12月底"),
  ("落实促消费政策，开展汽车、家电以旧换新，举办“沣泉消费季”系列活动30场次以上，社会消费品零售总额增长6%。", ["卢　骏"], ["县商务局"], "县财政局、县市场监管局、县文化广电旅游局", "12月底"),
  ("强化财源建设和税收征管，一般公共预算收入增长5%，严控一般性支出，兜牢“三保”底线。", ["宋明哲"], ["县财政局"], "县税务局", "12月底"),
  ("加强要素保障，争取新增建设用地指标1500亩，盘活批而未供和闲置土地800亩。", ["宋明哲"], ["县自然资源局"], "县工业园区管委会、各乡镇人民政府", "11月底"),
 ]),
 ("二、加快产业转型，壮大实体经济（6项）", [
  ("实施工业倍增计划，规模以上工业增加值增长8%，新增规模以上工业企业25家。", ["卢　骏"], ["县工业和信息化局"], "县统计局、县工业园区管委会", "12月底"),
  ("推进县工业园区扩区调区，完成园区污水处理厂二期、标准化厂房20万平方米建设。", ["卢　骏"], ["县工业园区管委会"], "县自然资源局、县住房城乡建设局、市生态环境局沣泉分局", "12月底"),
  ("培育新材料、食品加工两大主导产业集群，新认定高新技术企业15家、专精特新中小企业8家。", ["卢　骏"], ["县科技局", "县工业和信息化局"], "/", "12月底"),
  ("发展全域旅游，推进凤鸣山景区创建国家4A级旅游景区，全年接待游客突破600万人次。", ["田丽娟"], ["县文化广电旅游局"], "凤鸣山景区管委会、凤鸣镇人民政府", "12月底"),
  ("加快现代物流业发展，建成县域物流配送中心，完善县乡村三级寄递物流体系。", ["卢　骏"], ["县商务局"], "县交通运输局、县邮政管理局", "10月底"),
  ("落实金融支持实体经济政策，全年新增各项贷款40亿元，推动1家企业进入省上市后备资源库。", ["宋明哲"], ["县金融服务中心"], "人民银行沣泉县支行、县财政局", "12月底"),
 ]),
 ("三、深化改革开放，激发发展活力（5项）", [
  ("持续优化营商环境，深化“高效办成一件事”改革，政务服务事项全程网办率达到95%以上。", ["宋明哲"], ["县政务服务和大数据管理局"], "县直各有关部门", "12月底"),
  ("深化国资国企改革，完成县属国有企业整合重组，推动城投公司市场化转型。", ["宋明哲"], ["县财政局（县国资办）"], "县城市建设投资集团有限公司", "9月底"),
  ("支持民营经济发展壮大，落实结构性减税降费政策，常态化开展“千企万户大走访”活动。", ["卢　骏"], ["县工业和信息化局"], "县工商联、县税务局、县市场监管局", "12月底"),
  ("深化农村集体产权制度改革，稳慎推进农村宅基地规范管理。", ["邓国栋"], ["县农业农村局"], "县自然资源局、各乡镇人民政府", "12月底"),
  ("扩大对外开放，外贸进出口总额增长10%，组织企业参加广交会等境内外展会10场次以上。", ["卢　骏"], ["县商务局"], "/", "12月底"),
 ]),
 ("四、推进乡村全面振兴，促进农业增效农民增收（5项）", [
  ("稳定粮食生产，粮食播种面积稳定在68万亩以上，新建高标准农田3.5万亩。", ["邓国栋"], ["县农业农村局"], "县发展改革局、县财政局、县自然资源局、各乡镇人民政府", "11月底"),
  ("巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制，守牢不发生规模性返贫致贫底线。", ["邓国栋"], ["县农业农村局（县乡村振兴局）"], "县民政局、县人力资源社会保障局、县医保局、各乡镇人民政府", "12月底"),
  ("壮大乡村特色产业，发展茶叶、油茶、中药材等特色种植20万亩，培育市级以上农业产业化龙头企业5家。", ["邓国栋"], ["县农业农村局"], "县林业局、县供销社", "12月底"),
  ("实施农村人居环境整治提升行动，农村卫生厕所普及率达到85%以上。", ["邓国栋"], ["县农业农村局"], "县卫生健康委、县住房城乡建设局、各乡镇人民政府", "12月底"),
  ("加强水利基础设施建设，完成小型水库除险加固8座，提升2.1万农村人口供水保障水平。", ["邓国栋"], ["县水利局"], "各乡镇人民政府", "11月底"),
 ]),
 ("五、统筹城乡建设，提升县城宜居品质（5项）", [
  ("实施城市更新行动，改造城镇老旧小区32个、城中村2个。", ["欧阳晨"], ["县住房城乡建设局"], "县财政局、县自然资源局、城关镇人民政府、江口街道办事处", "12月底"),
  ("完善县城路网，建成滨江大道北延段，打通断头路3条。", ["欧阳晨"], ["县交通运输局", "县住房城乡建设局"], "县自然资源局", "12月底"),
  ("推进城市精细化管理，新增公共停车泊位1200个，推进城区垃圾分类全覆盖。", ["欧阳晨"], ["县城市管理局"], "县公安局交警大队、县住房城乡建设局", "12月底"),
  ("深入打好污染防治攻坚战，空气质量优良天数比例保持在92%以上，国省控断面水质达标率100%。", ["欧阳晨", "邓国栋"], ["市生态环境局沣泉分局"], "县住房城乡建设局、县农业农村局、县水利局、各乡镇人民政府", "12月底"),
  ("促进房地产市场平稳健康发展，收购存量商品房用作保障性住房200套。", ["欧阳晨"], ["县住房城乡建设局"], "县财政局、县城市建设投资集团有限公司", "12月底"),
 ]),
 ("六、坚持以人民为中心，持续增进民生福祉（6项）", [
  ("落实就业优先政策，城镇新增就业4500人，新增农村劳动力转移就业1.2万人。", ["田丽娟"], ["县人力资源社会保障局"], "各乡镇人民政府", "12月底"),
  ("推进义务教育优质均衡发展，新建改扩建中小学、幼儿园6所，新增学位3600个。", ["田丽娟"], ["县教育体育局"], "县发展改革局、县财政局、县自然资源局", "8月底"),
  ("深化医药卫生体制改革，推进紧密型县域医共体建设，支持县人民医院创建三级医院。", ["田丽娟"], ["县卫生健康委"], "县医保局、县人民医院", "12月底"),
  ("健全多层次社会保障体系，城乡居民基本养老保险参保率稳定在95%以上。", ["田丽娟"], ["县人力资源社会保障局"], "县医保局、县民政局、县税务局", "12月底"),
  ("发展养老托育服务，新建村级互助养老服务点15个、普惠托育机构2家。", ["田丽娟"], ["县民政局、县卫生健康委"], "各乡镇人民政府", "12月底"),
  ("高质量办好2025年县级十件民生实事，确保按期完成、群众满意。", ["宋明哲"], ["县发展改革局"], "民生实事各责任单位", "12月底"),
 ]),
 ("七、统筹发展和安全，维护社会和谐稳定（3项）", [
  ("压紧压实安全生产责任，深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上事故发生。", ["祁　峰"], ["县应急管理局"], "县安委会各成员单位", "全年"),
  ("健全社会治安防控体系，常态化开展扫黑除恶斗争，提升群众安全感和满意度。", ["祁　峰"], ["县公安局"], "县司法局、各乡镇人民政府", "全年"),
  ("防范化解重点领域风险，稳妥化解政府债务，确保到期债务本息按时足额兑付。", ["宋明哲"], ["县财政局"], "县金融服务中心、县城市建设投资集团有限公司", "全年"),
 ]),
]

TD = 'style="border-width:1px;border-style:solid;border-color:windowtext;padding:0px 7px;"'
SP = '<span style="font-family:仿宋_GB2312;font-size:14px;">'


def para(text, align="center"):
    return f'<p style="margin:0;line-height:22px;text-align:{align};">{SP}{text}</span></p>'


def rows():
    out = []
    n = 0
    for head, tasks in PARTS:
        out.append(f'<tr style="height:30px;"><td colspan="6" width="100%" valign="center" {TD}>'
                   f'<p style="margin:0;line-height:22px;text-align:left;"><span style="font-family:黑体;font-size:14px;">{head}</span></p></td></tr>')
        # merge runs of equal leaders and of equal deadlines within the part
        def spans(keys):
            res = [0] * len(keys)
            i = 0
            while i < len(keys):
                j = i
                while j + 1 < len(keys) and keys[j + 1] == keys[i]:
                    j += 1
                res[i] = j - i + 1
                i = j + 1
            return res
        lsp = spans([tuple(t[1]) for t in tasks])
        dsp = spans([t[4] for t in tasks])
        for k, (text, leaders, leads, coop, dl) in enumerate(tasks):
            n += 1
            cells = [f'<td width="44" valign="center" {TD}>{para(str(n))}</td>',
                     f'<td width="300" valign="center" {TD}>{para(text, "justify")}</td>']
            if lsp[k]:
                rs = f' rowspan="{lsp[k]}"' if lsp[k] > 1 else ""
                cells.append(f'<td width="70"{rs} valign="center" {TD}>' + "".join(para(x) for x in leaders) + "</td>")
            if len(leads) == 1:
                lead_html = para(leads[0])
            else:
                lead_html = f'<p style="margin:0;line-height:22px;text-align:center;">{SP}' + "<br>".join(leads) + "</span></p>"
            cells.append(f'<td width="110" valign="center" {TD}>{lead_html}</td>')
            cells.append(f'<td width="170" valign="center" {TD}>{para(coop, "center" if coop == "/" else "justify")}</td>')
            if dsp[k]:
                rs = f' rowspan="{dsp[k]}"' if dsp[k] > 1 else ""
                cells.append(f'<td width="60"{rs} valign="center" {TD}>{para(dl)}</td>')
            out.append('<tr style="height:40px;">' + "".join(cells) + "</tr>")
    return "\n".join(out)


HEADER_ROW = ('<tr style="height:36px;">' + "".join(
    f'<td width="{w}" valign="center" {TD}><p style="margin:0;line-height:22px;text-align:center;"><span style="font-family:黑体;font-size:14px;">{t}</span></p></td>'
    for w, t in ((44, "序号"), (300, "重点工作任务"), (70, "牵头县领导"), (110, "牵头单位"), (170, "配合单位"), (60, "完成时限"))) + "</tr>")

P = '<p style="text-indent: 2em; text-align: justify; line-height: 2em;">'

BODY = f"""<p style="text-align: center; line-height: 2em;"><span style="font-family: 仿宋_GB2312; font-size: 16px;">沣政办发〔2025〕8号</span></p>
<p style="line-height: 2em;"><span style="font-family: 仿宋_GB2312; font-size: 16px;">各乡镇人民政府，县政府各部门，县直及驻县各单位：</span></p>
{P}<span style="font-family: 仿宋_GB2312; font-size: 16px;">《政府工作报告》已经县第十八届人民代表大会第五次会议审议通过。为确保报告确定的各项目标任务落到实处，经县人民政府同意，现将《2025年县政府工作报告重点工作任务分解方案》印发给你们，并就有关事项通知如下：</span></p>
{P}<span style="font-family: 黑体; font-size: 16px;">一、提高思想认识</span></p>
{P}<span style="font-family: 仿宋_GB2312; font-size: 16px;">各乡镇、各部门要把落实《政府工作报告》作为全年工作的重中之重，对照分解方案逐项制定工作计划，明确时间表、路线图，确保各项任务按期保质完成。</span></p>
{P}<span style="font-family: 黑体; font-size: 16px;">二、压实工作责任</span></p>
{P}<span style="font-family: 仿宋_GB2312; font-size: 16px;">牵头县领导要加强统筹调度，定期听取工作进展情况汇报，协调解决重大问题。牵头单位是任务落实的第一责任单位，主要负责同志要亲自研究部署，对牵头的任务负总责；配合单位要主动对接、密切配合，形成工作合力。涉及多个牵头单位的，排在第一位的单位负责汇总报送工作进展情况。</span></p>
{P}<span style="font-family: 黑体; font-size: 16px;">三、强化督查考核</span></p>
{P}<span style="font-family: 仿宋_GB2312; font-size: 16px;">县政府督查室将对重点工作任务落实情况实行“月调度、季通报、年考评”，督查结果纳入全县高质量发展综合考核。请各牵头单位于每季度末月25日前将工作进展情况书面报送县政府督查室（联系人：易晓红，电话：0793-6321024，邮箱：fqxzfdcs@163.com）。</span></p>
{P}<span style="font-family: 仿宋_GB2312; font-size: 16px;">附件：2025年县政府工作报告重点工作任务分解表</span></p>
<p style="text-align: right; line-height: 2em;"><span style="font-family: 仿宋_GB2312; font-size: 16px;">沣泉县人民政府办公室</span></p>
<p style="text-align: right; line-height: 2em;"><span style="font-family: 仿宋_GB2312; font-size: 16px;">2025年2月26日&nbsp;&nbsp;&nbsp;&nbsp;</span></p>
{P}<span style="font-family: 仿宋_GB2312; font-size: 16px;">（此件公开发布）</span></p>
<p style="line-height: 2em;"><br></p>
<p style="line-height: 2em;"><span style="font-family: 黑体; font-size: 16px;">附件</span></p>
<p style="text-align: center; line-height: 2em;"><span style="font-family: 方正小标宋简体; font-size: 22px;">2025年县政府工作报告重点工作任务分解表</span></p>
<table width="754" border="1" cellspacing="0" cellpadding="0" align="center" style="border-collapse:collapse;border:none;"><tbody>
{HEADER_ROW}
{rows()}
</tbody></table>
<p><br></p>"""

HTML = f"""<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{TITLE}_县政府办文件_沣泉县人民政府</title>
<meta name="SiteName" content="沣泉县人民政府">
<meta name="SiteDomain" content="www.fengquan.gov.cn">
<meta name="SiteIDCode" content="3609270005">
<meta name="ColumnName" content="县政府办文件">
<meta name="ColumnType" content="政策文件">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2025-02-28 16:42">
<meta name="ContentSource" content="沣泉县人民政府办公室">
<meta name="Keywords" content="政府工作报告,任务分解">
<meta name="Description" content="{TITLE}">
<link rel="stylesheet" type="text/css" href="{FILES}common.css">
<link rel="stylesheet" type="text/css" href="{FILES}xxgk_detail.css">
<script type="text/javascript" src="{FILES}jquery-1.11.3.min.js.下载"></script>
<script type="text/javascript" src="{FILES}common.js.下载"></script>
<style type="text/css">.TRS_Editor P{{margin-top:0;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}.TRS_Editor TD{{font-family:宋体;font-size:12pt;}}.TRS_Editor TH{{font-family:宋体;font-size:12pt;}}</style>
<script src="{FILES}hm.js.下载"></script></head>
<body>
<div class="top-bar"><div class="w1200"><span class="fl" id="today">2025年03月04日 星期二</span><div class="fr"><a href="javascript:void(0);" id="jfBtn" class="wza">无障碍</a><span>|</span><a href="javascript:void(0);" class="zhlw">长者模式</a><span>|</span><a href="http://www.fengquan.gov.cn/gate/big5/www.fengquan.gov.cn/">繁體</a><span>|</span><a href="http://www.fengquan.gov.cn/mobile/">手机版</a></div></div></div>
<div class="header"><div class="w1200"><a href="http://www.fengquan.gov.cn/" class="logo"><img src="{FILES}logo.png" alt="沣泉县人民政府"></a>
<div class="search"><form action="http://www.fengquan.gov.cn/search/" method="get" target="_blank"><input type="text" name="searchword" class="ipt" placeholder="请输入关键词"><input type="submit" class="btn" value="搜索"></form></div></div></div>
<div class="nav"><ul class="w1200">
<li><a href="http://www.fengquan.gov.cn/">首页</a></li>
<li><a href="http://www.fengquan.gov.cn/zjfq/">走进沣泉</a></li>
<li><a href="http://www.fengquan.gov.cn/zwdt/">政务动态</a></li>
<li class="on"><a href="http://www.fengquan.gov.cn/zwgk/">政务公开</a></li>
<li><a href="http://www.fengquan.gov.cn/zwfw/">政务服务</a></li>
<li><a href="http://www.fengquan.gov.cn/hdjl/">互动交流</a></li>
<li><a href="http://www.fengquan.gov.cn/ztzl/">专题专栏</a></li>
</ul></div>
<div class="w1200 main">
<div class="position">当前位置：<a href="http://www.fengquan.gov.cn/" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="http://www.fengquan.gov.cn/zwgk/" title="政务公开" class="CurrChnlCls">政务公开</a>&nbsp;&gt;&nbsp;<a href="http://www.fengquan.gov.cn/zwgk/zfxxgk/" title="政府信息公开" class="CurrChnlCls">政府信息公开</a>&nbsp;&gt;&nbsp;<a href="http://www.fengquan.gov.cn/zwgk/zfxxgk/fdzdgknr/" title="法定主动公开内容" class="CurrChnlCls">法定主动公开内容</a>&nbsp;&gt;&nbsp;<a href="http://www.fengquan.gov.cn/zwgk/zfxxgk/fdzdgknr/zcwj/" title="政策文件" class="CurrChnlCls">政策文件</a>&nbsp;&gt;&nbsp;<a href="http://www.fengquan.gov.cn/zwgk/zfxxgk/fdzdgknr/zcwj/xzfbwj/" title="县政府办文件" class="CurrChnlCls">县政府办文件</a></div>
<div class="xxgk-table">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tbody>
<tr><td class="t1">索&nbsp;引&nbsp;号：</td><td class="t2">11360927MB1C53461X/2025-00142</td><td class="t1">主题分类：</td><td class="t2">综合政务\\其他</td></tr>
<tr><td class="t1">发布机构：</td><td class="t2">沣泉县人民政府办公室</td><td class="t1">成文日期：</td><td class="t2">2025-02-26</td></tr>
<tr><td class="t1">文&emsp;&emsp;号：</td><td class="t2">沣政办发〔2025〕8号</td><td class="t1">发布日期：</td><td class="t2">2025-02-28</td></tr>
<tr><td class="t1">有&nbsp;效&nbsp;性：</td><td class="t2">有效</td><td class="t1">公开方式：</td><td class="t2">主动公开</td></tr>
<tr><td class="t1">名&emsp;&emsp;称：</td><td class="t2" colspan="3">{TITLE}</td></tr>
</tbody></table></div>
<div class="article">
<h1 class="title">{TITLE}</h1>
<div class="info"><span>来源：沣泉县人民政府办公室</span><span>发布时间：2025-02-28 16:42</span><span>浏览次数：<em id="clickCount">1287</em></span><span class="fontsize">字号：<a href="javascript:void(0);" onclick="doZoom(20)">大</a> <a href="javascript:void(0);" onclick="doZoom(16)">中</a> <a href="javascript:void(0);" onclick="doZoom(14)">小</a></span></div>
<div class="content" id="zoom">
<div class="TRS_Editor"><div class="Custom_UnionStyle">
{BODY}
</div></div>
</div>
<div class="fujian"><span>附件下载：</span><ul><li><a href="http://www.fengquan.gov.cn/zwgk/zfxxgk/fdzdgknr/zcwj/xzfbwj/202502/P020250228582134716309.docx" target="_blank">2025年县政府工作报告重点工作任务分解表.docx</a></li></ul></div>
<div class="share"><span>分享到：</span><div class="bdsharebuttonbox bdshare-button-style0-16" data-bd-bind="1741077165823"><a href="javascript:void(0);" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="javascript:void(0);" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="javascript:void(0);" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div></div>
<div class="print"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="xgwj"><h3>相关解读</h3><ul>
<li><a href="http://www.fengquan.gov.cn/zwgk/zfxxgk/fdzdgknr/zcjd/202502/t20250228_4418251.html" target="_blank">图解：2025年沣泉县政府工作报告</a><span>2025-02-28</span></li>
</ul></div>
<div class="xgwj"><h3>相关阅读</h3><ul>
<li><a href="http://www.fengquan.gov.cn/zwgk/zfxxgk/fdzdgknr/zcwj/xzfbwj/202502/t20250221_4411875.html" target="_blank">沣泉县人民政府办公室关于印发沣泉县2025年民生实事项目实施方案的通知</a><span>2025-02-21</span></li>
<li><a href="http://www.fengquan.gov.cn/zwgk/zfxxgk/fdzdgknr/zcwj/xzfbwj/202501/t20250117_4387720.html" target="_blank">沣泉县人民政府办公室关于做好2025年春节期间有关工作的通知</a><span>2025-01-17</span></li>
<li><a href="http://www.fengquan.gov.cn/zwgk/zfxxgk/fdzdgknr/zcwj/xzfbwj/202412/t20241230_4362311.html" target="_blank">沣泉县人民政府办公室关于印发沣泉县防范化解政府债务风险工作方案的通知</a><span>2024-12-30</span></li>
</ul></div>
</div>
<div class="footer"><div class="w1200">
<div class="ft-logo"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=2B3C4D5E6F708192" target="_blank"><img src="{FILES}red.png" alt="党政机关"></a><span id="_ideConac"></span><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3609270005&amp;url=http%3A%2F%2Fwww.fengquan.gov.cn%2F" target="_blank"><img src="{FILES}jiucuo.png" alt="我为政府网站找错"></a></div>
<p>主办单位：沣泉县人民政府办公室&nbsp;&nbsp;&nbsp;承办单位：沣泉县政务服务和大数据管理局</p>
<p>地址：沣泉县城关镇府前路1号&nbsp;&nbsp;&nbsp;邮编：336400&nbsp;&nbsp;&nbsp;联系电话：0793-6321001</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">ICP备05007216号-1</a>&nbsp;&nbsp;&nbsp;<img src="{FILES}gongan.png">公安机关备案号：36092702000118&nbsp;&nbsp;&nbsp;网站标识码：3609270005</p>
</div></div>
<script type="text/javascript">
function doZoom(size){{var zoom=document.getElementById("zoom");zoom.style.fontSize=size+"px";var ps=zoom.getElementsByTagName("p");for(var i=0;i<ps.length;i++){{ps[i].style.fontSize=size+"px";}}}}
$(function(){{$.get("/interface/clickcount?docid=4418236",function(d){{$("#clickCount").text(d);}});}});
</script>
<script>window._bd_share_config={{"common":{{"bdSnsKey":{{}},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"16"}},"share":{{}}}};</script>
<script src="{FILES}share.js.下载"></script>
<script type="text/javascript" src="{FILES}conac.js.下载" id="_jiucuo_" sitecode="3609270005"></script>
</body></html>"""

with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write(HTML)
print(OUT, len(HTML))
