# -*- coding: utf-8 -*-
"""Round 115, notice 586 (control case).

A 县人民政府办公室 notice dividing the county's 2025 民生实事 projects among
县领导 and 县直部门, as the page the county portal serves under
政务公开 > 政府信息公开 > 政府文件: CRLF template, 政府网站 meta tags,
breadcrumb, 索引号 table, TRS_Editor body, the 附件 table inline after the
落款 (category rows colspan=7, leaders merged down by rowspan), 相关链接,
上一篇/下一篇 and the site footer.
"""
import os

NAME = "586_huangchuan_xian_minsheng_shishi_fengong.html"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

TITLE = "璜川县人民政府办公室关于印发璜川县2025年民生实事项目责任分工表的通知"

P = ('<p style="text-indent: 2em; line-height: 2em; margin-top: 0px; margin-bottom: 0px;">'
     '<span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">{}</span></p>')
PH = ('<p style="text-indent: 2em; line-height: 2em; margin-top: 0px; margin-bottom: 0px;">'
      '<span style="font-family: 黑体, SimHei; font-size: 16pt;">{}</span>'
      '<span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">{}</span></p>')
PR = ('<p style="text-align: right; line-height: 2em; margin-top: 0px; margin-bottom: 0px;">'
      '<span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">{}</span></p>')
PL = ('<p style="line-height: 2em; margin-top: 0px; margin-bottom: 0px;">'
      '<span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">{}</span></p>')
PC = ('<p style="text-align: center; line-height: 2em; margin-top: 0px; margin-bottom: 0px;">'
      '<span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">{}</span></p>')
PBLANK = '<p style="line-height: 2em; margin-top: 0px; margin-bottom: 0px;"><br/></p>'

cover = []
cover.append(PC.format("璜政办发〔2025〕5号"))
cover.append(PBLANK)
cover.append('<p style="text-align: center; line-height: 1.5em; margin-top: 0px; margin-bottom: 0px;">'
             '<span style="font-family: 方正小标宋简体; font-size: 22pt;">璜川县人民政府办公室<br/>'
             '关于印发璜川县2025年民生实事项目<br/>责任分工表的通知</span></p>')
cover.append(PBLANK)
cover.append(PL.format("各乡镇人民政府、城关街道办事处，县政府各部门、各直属机构："))
cover.append(P.format(
    "璜川县2025年民生实事项目已经县十八届人大五次会议票决通过。为确保各项民生实事项目"
    "按时保质完成，经县政府同意，现将《璜川县2025年民生实事项目责任分工表》印发给你们，"
    "并就有关事项通知如下，请认真抓好落实。"))
cover.append(PH.format(
    "一、压实工作责任。",
    "各责任县领导要加强对分管民生实事项目的统筹协调，定期听取进展情况汇报，及时研究解决项目推进中的困难和问题。"
    "牵头单位是项目实施的第一责任单位，主要负责同志为第一责任人，要成立工作专班，细化工作措施，明确时间节点；"
    "牵头单位有两个的，排在第一位的单位负责牵头抓总。配合单位要按照职责分工，主动对接、密切配合，形成工作合力。"))
cover.append(PH.format(
    "二、加快项目推进。",
    "各牵头单位要于2025年3月15日前制定具体实施方案，报县政府办公室备案。涉及资金的项目，县财政局要及时足额落实；"
    "涉及用地、规划、环评等审批事项的，有关部门要开辟绿色通道，加快办理进度。各项目要严格执行工程建设、招标投标、"
    "资金管理等有关规定，确保工程质量和资金安全。"))
cover.append(PH.format(
    "三、强化督查考核。",
    "实行民生实事项目月调度、季通报制度，各牵头单位于每月25日前将项目进展情况（含文字材料和图片）报送县政府督查室。"
    "县政府督查室要会同县发展和改革局、县财政局加强跟踪督办，对工作推进缓慢、未按期完成的，予以通报；督查结果纳入"
    "年度综合考核。年底前，县政府将邀请县人大代表、政协委员和群众代表对项目完成情况进行满意度测评。"))
cover.append(P.format(
    "联系人：县政府督查室&nbsp;程&nbsp;&nbsp;亮，电话：0558-6821307，邮箱：hcxzfdcs@163.com。"))
cover.append(PBLANK)
cover.append(P.format("附件：璜川县2025年民生实事项目责任分工表"))
cover.append(PBLANK)
cover.append(PBLANK)
cover.append('<p style="text-align: right; line-height: 2em; margin-top: 0px; margin-bottom: 0px; margin-right: 4em;">'
             '<span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">璜川县人民政府办公室</span></p>')
cover.append('<p style="text-align: right; line-height: 2em; margin-top: 0px; margin-bottom: 0px; margin-right: 4.5em;">'
             '<span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">2025年2月26日</span></p>')
cover.append(P.format("（此件公开发布）"))
cover.append(PBLANK)
cover.append(PL.format('<span style="font-family: 黑体, SimHei;">附件</span>'))
cover.append('<p style="text-align: center; line-height: 2em; margin-top: 0px; margin-bottom: 0px;">'
             '<span style="font-family: 方正小标宋简体; font-size: 18pt;">璜川县2025年民生实事项目责任分工表</span></p>')

# ---- the table ------------------------------------------------------------
# Each row: (seq, name, content, leader, lead, coop, deadline); a field that is
# None is covered by a rowspan from above; a tuple (text, n) opens a rowspan.
SEC = "SEC"
rows = [
    (SEC, "一、教育惠民工程（4项）"),
    ("1", "新建璜川县第三实验小学项目",
     "新建教学楼、综合楼及风雨操场，总建筑面积2.1万平方米，新增学位1620个，秋季学期投入使用。",
     ("宋晓燕", 4), "县教育体育局", "县发展和改革局、县自然资源局、县住房和城乡建设局、县财政局", "2025年8月底前"),
    ("2", "改造提升乡镇寄宿制学校生活设施",
     "改造8所乡镇寄宿制学校学生宿舍、食堂和厕所，改善学生住宿就餐条件。",
     None, "县教育体育局", "县财政局，有关乡镇人民政府", "2025年8月底前"),
    ("3", "实施中小学校食堂“明厨亮灶”提升工程",
     "全县中小学校、幼儿园食堂“互联网+明厨亮灶”覆盖率达到100%。",
     None, "县教育体育局<br/>县市场监督管理局", "/", "2025年6月底前"),
    ("4", "开展中小学生近视防控和心理健康筛查",
     "为全县中小学生免费开展视力筛查和心理健康测评各1次，建立学生视力和心理健康档案。",
     None, "县教育体育局", "县卫生健康局", "2025年11月底前"),
    (SEC, "二、健康璜川工程（4项）"),
    ("5", "建设县人民医院胸痛卒中创伤救治中心",
     "完成胸痛中心、卒中中心、创伤中心标准化建设并通过省级评审，急危重症患者救治时间明显缩短。",
     ("宋晓燕", 4), "县卫生健康局", "县人民医院", ("2025年12月底前", 2)),
    ("6", "开展农村适龄妇女“两癌”免费筛查",
     "为1.2万名35—64岁农村适龄妇女免费开展宫颈癌、乳腺癌筛查。",
     None, "县卫生健康局", "县妇女联合会、县财政局", None),
    ("7", "实施村卫生室标准化建设提升工程",
     "标准化改造提升村卫生室30个，配备智能健康一体机，实现与乡镇卫生院远程诊疗互联互通。",
     None, ("县卫生健康局", 2), "县财政局，各乡镇人民政府", "2025年10月底前"),
    ("8", "开展65岁以上老年人免费健康体检",
     "为全县65周岁及以上常住老年人免费提供1次健康体检，体检率达到70%以上。",
     None, None, "县医疗保障局，各乡镇人民政府、城关街道办事处", "2025年11月底前"),
    (SEC, "三、“一老一小”服务工程（3项）"),
    ("9", "建设乡镇区域性养老服务中心3个",
     "在石桥镇、龙潭镇、白沙乡建成区域性养老服务中心各1个，新增护理型床位150张。",
     ("曹雪梅", 2), "县民政局", "县发展和改革局、县财政局，有关乡镇人民政府", "2025年12月底前"),
    ("10", "新建城乡社区老年助餐服务点20个",
     "新建老年助餐服务点20个，为80周岁以上老年人和特殊困难老年人提供助餐服务。",
     None, "县民政局", "县财政局、县市场监督管理局，各乡镇人民政府、城关街道办事处", "2025年9月底前"),
    ("11", "新增普惠性托育服务托位300个",
     "依托幼儿园、社区和用人单位新增普惠性托育托位300个，每千人口拥有3岁以下婴幼儿托位数达到4.5个。",
     "宋晓燕", "县卫生健康局", "县教育体育局、县民政局", "2025年12月底前"),
    (SEC, "四、就业社保提升工程（3项）"),
    ("12", "开展补贴性职业技能提升培训3000人次",
     "围绕家政服务、电子商务、养老护理等开展补贴性职业技能培训3000人次，新增技能人才1000人。",
     ("曹雪梅", 3), ("县人力资源和社会保障局", 2), "县总工会、县农业农村局", ("2025年12月底前", 3)),
    ("13", "建设“家门口”就业服务站15个",
     "在乡镇、社区和产业园区建设“家门口”就业服务站15个，实现就业服务“15分钟可及”。",
     None, None, "璜川经济开发区管委会，各乡镇人民政府、城关街道办事处", None),
    ("14", "推进医保服务“一站式”便民结算全覆盖",
     "在全县定点医疗机构实现基本医保、大病保险、医疗救助“一站式”结算，医保服务站点覆盖所有村（社区）。",
     None, "县医疗保障局", "县卫生健康局", None),
    (SEC, "五、城镇宜居改善工程（4项）"),
    ("15", "改造城镇老旧小区12个1860户",
     "改造2000年底前建成的城镇老旧小区12个、1860户，同步实施水电气路等配套设施改造。",
     ("严文博", 4), "县住房和城乡建设局", "县财政局、县自然资源局、国网璜川县供电公司，城关街道办事处", "2025年11月底前"),
    ("16", "新建城区公共停车泊位1500个",
     "利用边角地块、闲置空地等新建公共停车场4处，新增城区公共停车泊位1500个。",
     None, "县城市管理局", "县住房和城乡建设局、县自然资源局、县公安局", "2025年10月底前"),
    ("17", "实施城区雨污分流管网改造工程",
     "完成城区雨污分流管网改造18公里，消除城区易涝点6处。",
     None, "县住房和城乡建设局", "县城市管理局、县水利局", "2025年11月底前"),
    ("18", "建设城市口袋公园8个和绿道6公里",
     "新建口袋公园8个、城市绿道6公里，城区公园绿地服务半径覆盖率达到90%以上。",
     None, "县城市管理局", "县自然资源局、县住房和城乡建设局", "2025年10月底前"),
    (SEC, "六、便捷出行工程（3项）"),
    ("19", "实施农村公路提档升级120公里",
     "建设“四好农村路”120公里，改造农村公路危桥8座，实施农村公路安全生命防护工程50公里。",
     ("严文博", 2), "县交通运输局", "县财政局，各乡镇人民政府", "2025年11月底前"),
    ("20", "优化提升城乡公交一体化服务水平",
     "更新新能源公交车30辆，新开通城乡公交线路3条，新建改造公交候车亭50座。",
     None, "县交通运输局", "县财政局、县城市管理局、县公安局", "2025年10月底前"),
    ("21", "新建城乡公共电动汽车充电桩300个",
     "在城区公共停车场、乡镇驻地和A级景区新建公共充电桩300个，实现乡镇公共充电设施全覆盖。",
     "韩立新", "县发展和改革局", "国网璜川县供电公司、县住房和城乡建设局、县交通运输局、县文化和旅游局", "2025年12月底前"),
    (SEC, "七、乡村振兴惠民工程（3项）"),
    ("22", "实施农村供水保障提升工程14处",
     "新建改造农村供水工程14处，更新改造供水管网85公里，受益人口5.2万人。",
     ("邓志刚", 3), "县水利局", "县发展和改革局、县财政局，有关乡镇人民政府", "2025年10月底前"),
    ("23", "完成农村卫生户厕改造3000户",
     "新建改造农村卫生户厕3000户，同步建立农村厕所粪污收集转运长效管护机制。",
     None, "县农业农村局", "县卫生健康局、市生态环境局璜川分局，各乡镇人民政府", "2025年11月底前"),
    ("24", "建设省级和美乡村示范村10个",
     "打造省级和美乡村示范村10个，实施村庄道路硬化、亮化、绿化和公共空间治理。",
     None, "县农业农村局", "县自然资源局、县住房和城乡建设局，有关乡镇人民政府", "2025年12月底前"),
    (SEC, "八、平安守护工程（3项）"),
    ("25", "推进公共安全视频监控建设扩面提质",
     "新增高清视频监控点位600个，实现城区主要路口、农村主干道和重点部位全覆盖。",
     "罗　斌", "县公安局", "县政务服务和数据管理局，各乡镇人民政府", "2025年10月底前"),
    ("26", "开展电动自行车充电设施建设和隐患整治",
     "在居民小区新建电动自行车集中充电设施200处，全面整治楼道违规停放、“飞线”充电等安全隐患。",
     "罗　斌<br/>严文博", "县消防救援大队、县住房和城乡建设局", "县应急管理局、县市场监督管理局，城关街道办事处", "2025年9月底前"),
    ("27", "实施城区燃气老化管道更新改造工程",
     "更新改造城区燃气老化管道32公里，为1.5万户居民用户免费加装燃气安全装置。",
     "严文博", "县住房和城乡建设局", "县应急管理局、县市场监督管理局", "2025年12月底前"),
    (SEC, "九、放心消费工程（2项）"),
    ("28", "开展农贸市场标准化提升改造5个",
     "完成城关、石桥、龙潭等5个农贸市场标准化改造，设立农产品快速检测室。",
     ("韩立新", 2), "县商务局", "县市场监督管理局、县城市管理局，有关乡镇人民政府", "2025年10月底前"),
    ("29", "建设“放心消费”示范街区和示范单位",
     "创建“放心消费”示范街区3条、示范单位200家，推行线下购物无理由退货承诺。",
     None, "县市场监督管理局", "县商务局", "2025年12月底前"),
    (SEC, "十、政务文体惠民工程（3项）"),
    ("30", "推行“高效办成一件事”集成服务20项",
     "新增上线企业和个人全生命周期“一件事”集成服务20项，实现“一次告知、一表申请、一窗受理”。",
     "韩立新", "县政务服务和数据管理局", "县政府各有关部门", "2025年11月底前"),
    ("31", "建设24小时开放城市书房5个",
     "在城区人口集聚区域建设24小时开放城市书房5个，每个面积不少于150平方米，接入县图书馆总分馆体系。",
     ("宋晓燕", 2), "县文化和旅游局", "县财政局，城关街道办事处", ("2025年12月底前", 2)),
    ("32", "新建社区多功能运动场和健身路径",
     "新建社区多功能运动场10个、全民健身路径30条，更新老旧健身器材200件。",
     None, "县教育体育局", "县文化和旅游局，各乡镇人民政府、城关街道办事处", None),
]

TD = '<td{attr} style="border: 1px solid #000000; padding: 4px; word-break: break-all;" valign="middle"{w}>{body}</td>'


def cell(text, align="center", rowspan=1, width=None, bold=False):
    attr = ' rowspan="%d"' % rowspan if rowspan > 1 else ""
    w = ' width="%s"' % width if width else ""
    t = "<strong>%s</strong>" % text if bold else text
    body = ('<p style="text-align: %s; line-height: 1.5em; margin: 0px;">'
            '<span style="font-family: 仿宋_GB2312, 仿宋; font-size: 12pt;">%s</span></p>' % (align, t))
    return TD.format(attr=attr, w=w, body=body)


def opt(v, align="center"):
    if v is None:
        return ""
    if isinstance(v, tuple):
        return cell(v[0], align, rowspan=v[1])
    return cell(v, align)


tbl = []
tbl.append('<table width="100%" border="1" cellspacing="0" cellpadding="0" '
           'style="border-collapse: collapse; border: 1px solid #000000; margin: 0px auto;">')
tbl.append('<tbody>')
heads = [("序号", "5%"), ("项目名称", "15%"), ("建设内容及目标", "27%"), ("责任县领导", "8%"),
         ("牵头单位", "13%"), ("配合单位", "21%"), ("完成时限", "11%")]
tbl.append('<tr>' + "".join(
    TD.format(attr="", w=' width="%s"' % w,
              body='<p style="text-align: center; line-height: 1.5em; margin: 0px;">'
                   '<span style="font-family: 黑体, SimHei; font-size: 12pt;">%s</span></p>' % h)
    for h, w in heads) + '</tr>')
for r in rows:
    if r[0] == SEC:
        tbl.append('<tr>' + TD.format(
            attr=' colspan="7"', w="",
            body='<p style="text-align: left; line-height: 1.5em; margin: 0px;">'
                 '<span style="font-family: 黑体, SimHei; font-size: 12pt;">%s</span></p>' % r[1]) + '</tr>')
        continue
    seq, name, content, leader, lead, coop, dl = r
    tds = [cell(seq), cell(name, "left"), cell(content, "left"), opt(leader), opt(lead),
           opt(coop, "left"), opt(dl)]
    tbl.append('<tr>' + "".join(tds) + '</tr>')
tbl.append('</tbody>')
tbl.append('</table>')

after = [
    '<p style="line-height: 1.5em; margin-top: 6px; margin-bottom: 0px;">'
    '<span style="font-family: 仿宋_GB2312, 仿宋; font-size: 12pt;">'
    '注：配合单位中的“有关乡镇人民政府”指项目所在地乡镇人民政府；“/”表示无配合单位。</span></p>',
]

body_html = "\r\n".join(cover + tbl + after)

PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="璜川县人民政府">
<meta name="SiteDomain" content="www.huangchuan.gov.cn">
<meta name="SiteIDCode" content="3411270003">
<meta name="ColumnName" content="政府文件">
<meta name="ColumnDescription" content="县政府及县政府办公室文件">
<meta name="ColumnKeywords" content="政府文件,县政府办文件">
<meta name="ColumnType" content="政府文件">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2025-02-27 16:42">
<meta name="ContentSource" content="县政府办公室">
<meta name="Keywords" content="民生实事,责任分工">
<meta name="Author" content="县政府办公室">
<meta name="Description" content="{title}">
<meta name="Url" content="http://www.huangchuan.gov.cn/zwgk/zfxxgk/fdzdgknr/zfwj/xzfbwj/202502/t20250227_1184632.html">
<title>{title}_县政府办文件_璜川县人民政府</title>
<link rel="stylesheet" type="text/css" href="/images/common.css">
<link rel="stylesheet" type="text/css" href="/images/xxgk_detail.css">
<script type="text/javascript" src="/images/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="/images/common.js"></script>
<script type="text/javascript" src="/images/ageing.js" id="ageing-tools"></script>
</head>
<body>
<div class="top-bar">
  <div class="w1200">
    <span class="today" id="today"></span>
    <span class="top-links"><a href="javascript:void(0);" id="wza">无障碍浏览</a>|<a href="javascript:void(0);" id="zzms">长者模式</a>|<a href="http://www.huangchuan.gov.cn/wap/">手机版</a>|<a href="https://www.ahzwfw.gov.cn/">政务服务</a></span>
  </div>
</div>
<div class="header">
  <div class="w1200">
    <div class="logo"><a href="http://www.huangchuan.gov.cn/"><img src="/images/logo.png" alt="璜川县人民政府"></a></div>
    <div class="search">
      <form action="http://www.huangchuan.gov.cn/search/" method="get" target="_blank">
        <input type="text" name="searchword" class="search-input" placeholder="请输入关键词">
        <input type="submit" class="search-btn" value="搜索">
      </form>
    </div>
  </div>
</div>
<div class="nav">
  <ul class="w1200">
    <li><a href="http://www.huangchuan.gov.cn/">首页</a></li>
    <li><a href="http://www.huangchuan.gov.cn/zjhc/">走进璜川</a></li>
    <li class="on"><a href="http://www.huangchuan.gov.cn/zwgk/">政务公开</a></li>
    <li><a href="http://www.huangchuan.gov.cn/zwfw/">政务服务</a></li>
    <li><a href="http://www.huangchuan.gov.cn/hdjl/">互动交流</a></li>
    <li><a href="http://www.huangchuan.gov.cn/ztzl/">专题专栏</a></li>
  </ul>
</div>
<div class="w1200 main">
  <div class="position">当前位置：<a href="http://www.huangchuan.gov.cn/">首页</a>&nbsp;&gt;&nbsp;<a href="http://www.huangchuan.gov.cn/zwgk/">政务公开</a>&nbsp;&gt;&nbsp;<a href="http://www.huangchuan.gov.cn/zwgk/zfxxgk/">政府信息公开</a>&nbsp;&gt;&nbsp;<a href="http://www.huangchuan.gov.cn/zwgk/zfxxgk/fdzdgknr/">法定主动公开内容</a>&nbsp;&gt;&nbsp;<a href="http://www.huangchuan.gov.cn/zwgk/zfxxgk/fdzdgknr/zfwj/">政府文件</a>&nbsp;&gt;&nbsp;<a href="http://www.huangchuan.gov.cn/zwgk/zfxxgk/fdzdgknr/zfwj/xzfbwj/">县政府办文件</a></div>
  <div class="xxgk-info">
    <table width="100%" border="0" cellspacing="0" cellpadding="0" class="info-table">
      <tbody>
        <tr>
          <th width="12%">索&nbsp;引&nbsp;号：</th><td width="38%">11341127003264851Q/202502-00041</td>
          <th width="12%">信息分类：</th><td width="38%">政府文件 / 县政府办文件</td>
        </tr>
        <tr>
          <th>发布机构：</th><td>璜川县人民政府办公室</td>
          <th>生成日期：</th><td>2025-02-26</td>
        </tr>
        <tr>
          <th>名&nbsp;&nbsp;&nbsp;&nbsp;称：</th><td colspan="3">{title}</td>
        </tr>
        <tr>
          <th>文&nbsp;&nbsp;&nbsp;&nbsp;号：</th><td>璜政办发〔2025〕5号</td>
          <th>发布日期：</th><td>2025-02-27</td>
        </tr>
        <tr>
          <th>有&nbsp;效&nbsp;性：</th><td>有效</td>
          <th>主&nbsp;题&nbsp;词：</th><td>民生实事</td>
        </tr>
      </tbody>
    </table>
  </div>
  <div class="article">
    <h1 class="article-title">{title}</h1>
    <div class="article-info">
      <span>发布时间：2025-02-27 16:42</span>
      <span>来源：县政府办公室</span>
      <span>浏览次数：<em id="readcount">1286</em></span>
      <span class="fontsize">字号：[ <a href="javascript:doZoom(18);">大</a> <a href="javascript:doZoom(16);">中</a> <a href="javascript:doZoom(14);">小</a> ]</span>
    </div>
    <div class="article-content" id="zoom">
<!--ContentStart-->
<div class="TRS_Editor">
{body}
</div>
<!--ContentEnd-->
    </div>
    <div class="related">
      <h3>相关链接</h3>
      <ul>
        <li><a href="http://www.huangchuan.gov.cn/zwgk/zcjd/202502/t20250228_1184790.html" target="_blank">图解：璜川县2025年民生实事项目</a><span>2025-02-28</span></li>
        <li><a href="http://www.huangchuan.gov.cn/zwgk/zfxxgk/fdzdgknr/zfwj/xzfbwj/202403/t20240305_1126518.html" target="_blank">璜川县人民政府办公室关于印发璜川县2024年民生实事项目责任分工表的通知</a><span>2024-03-05</span></li>
      </ul>
    </div>
    <div class="article-tools">
      <a href="javascript:window.print();">【打印本页】</a>
      <a href="javascript:window.close();">【关闭窗口】</a>
    </div>
    <div class="prev-next">
      <p>上一篇：<a href="./t20250221_1183907.html">璜川县人民政府办公室关于做好2025年春季森林防灭火工作的通知</a></p>
      <p>下一篇：<a href="./t20250305_1185214.html">璜川县人民政府办公室关于公布县政府部门权责清单（2025年版）的通知</a></p>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w1200">
    <div class="footer-links"><a href="http://www.huangchuan.gov.cn/wzdt/">网站地图</a>|<a href="http://www.huangchuan.gov.cn/lxwm/">联系我们</a>|<a href="http://www.huangchuan.gov.cn/wzsm/">网站声明</a></div>
    <p>主办单位：璜川县人民政府办公室&nbsp;&nbsp;&nbsp;承办单位：璜川县政务服务和数据管理局</p>
    <p>地址：璜川县城关街道文昌路8号&nbsp;&nbsp;&nbsp;邮编：247300&nbsp;&nbsp;&nbsp;联系电话：0558-6821001</p>
    <p>网站标识码：3411270003&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">皖ICP备05012896号</a>&nbsp;&nbsp;&nbsp;<img src="/images/ga.png" alt="">皖公网安备 34112702000108号</p>
    <div class="jiucuo"><script id="_jiucuo_" sitecode="3411270003" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>
    <div class="dzjg"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/13/000/0000/60429231/CA130000000604292310001.js' type='text/javascript'%3E%3C/script%3E"));</script></div>
  </div>
</div>
<script type="text/javascript">
  $(function(){{
    var d = new Date();
    var w = ["日","一","二","三","四","五","六"];
    $("#today").text(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日 星期"+w[d.getDay()]);
  }});
  function doZoom(size){{ document.getElementById("zoom").style.fontSize = size + "px"; }}
</script>
<script type="text/javascript" src="/images/visit.js?siteid=1&amp;docid=1184632"></script>
</body>
</html>
"""

html = PAGE.format(title=TITLE, body=body_html).replace("\r\n", "\n").replace("\n", "\r\n")
with open(OUT, "w", encoding="utf-8", newline="") as f:
    f.write(html)
print(OUT, len(html))
