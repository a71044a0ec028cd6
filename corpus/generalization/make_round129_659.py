#!/usr/bin/python3
"""Round 129, notice 659 (control case).

Writes, deterministically:
  659_meichuan_xian_gzbg_renwu_fenjie_xxgk.html        the notice as the county portal serves its
                                                        政府信息公开 article page
  659_meichuan_xian_gzbg_renwu_fenjie_xxgk.tasks.gold.jsonl

The notice: 嵋川县人民政府办公室 嵋政办发〔2025〕6号, a 印发 notice for the 2025 政府工作报告
重点工作任务分解方案. The cover says that in the 责任单位 column the unit(s) on the first line lead
(two leads: the first is the main lead) and the units after “配合：” cooperate. The 附件 is an
editor's HTML table 序号 / 工作任务 / 责任领导 / 责任单位 / 完成时限 with part rows.

Everything is invented (county, people); unit kinds are real.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "659_meichuan_xian_gzbg_renwu_fenjie_xxgk"

# ---------------------------------------------------------------------------
# The tasks.  Each: (id, text, leader_cell, leader_rowspan, units_cell_kind, leads, helpers,
#                    deadline_cell, deadline_rowspan, gold_leaders, sep)
# leader_cell None = covered by a rowspan above.  deadline_cell None = covered above.
# units are rendered from leads/helpers; `sep` gives the separator list used between helpers
# (default all 、), `ukind` the shape of the cell.
# ---------------------------------------------------------------------------
PARTS = [
    ("一、稳定经济增长", [
        dict(id=1, text="全县地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长7.5%。",
             lcell="周明远<br/>王　勇", lrs=1, leads=["县发改局"],
             helpers=["县财政局", "县工信局", "县统计局"], dl="2025年12月底", gl=["周明远", "王勇"]),
        dict(id=2, text="扎实推进项目建设，全年实施重点项目120个、完成投资85亿元以上，新开工亿元以上项目30个。",
             lcell="王　勇", lrs=2, leads=["县发改局"],
             helpers=["县财政局", "县自然资源局", "县住建局", "各乡镇人民政府"], seps=["、", "、", "，"],
             dl="2025年12月底", gl=["王勇"]),
        dict(id=3, text="积极争取超长期特别国债、中央预算内投资和地方政府专项债券等资金，全年争取上级各类资金15亿元以上。",
             lcell=None, leads=["县发改局", "县财政局"], helpers=["县直有关单位"],
             dl="2025年12月底", gl=["王勇"]),
        dict(id=4, text="实施消费提振行动，开展“惠享嵋川”促消费活动20场以上，社会消费品零售总额增长6%。",
             lcell="刘建华", lrs=2, leads=["县商务局"], helpers=["县文旅局", "县市场监管局", "县财政局"],
             dl="持续推进", gl=["刘建华"]),
        dict(id=5, text="加快县域商业体系建设，改造提升城东农贸市场，新建乡镇商贸中心3个。",
             lcell=None, leads=["县商务局"], helpers=["县住建局", "县市场监管局", "城关镇人民政府"],
             dl="2025年10月底前", gl=["刘建华"]),
    ]),
    ("二、壮大实体经济", [
        dict(id=6, text="做强新材料主导产业，推进年产5万吨高性能铝合金板带项目建成投产。",
             lcell="刘建华", lrs=3, leads=["县工信局"], helpers=["嵋川经济开发区管委会", "县发改局"],
             dl="2025年9月底前", gl=["刘建华"]),
        dict(id=7, text="实施规上工业企业“倍增计划”，全年新增规模以上工业企业15家以上。",
             lcell=None, leads=["县工信局"], helpers=["县统计局", "县税务局", "各乡镇人民政府"],
             dl="2025年12月底", gl=["刘建华"]),
        dict(id=8, text="加快嵋川经济开发区扩区调位，新建标准化厂房20万平方米。",
             lcell=None, leads=["嵋川经济开发区管委会"], helpers=["县自然资源局", "县住建局", "县城投公司"],
             dl="2025年11月底前", gl=["刘建华"]),
        dict(id=9, text="深化“招大引强”，全年签约亿元以上项目25个，实际到位资金60亿元以上。",
             lcell="周明远", lrs=1, leads=["县投资促进中心"], helpers=["县直有关单位", "各乡镇人民政府"],
             dl="2025年12月底", gl=["周明远"]),
        dict(id=10, text="落实促进民营经济发展壮大各项政策，开展“千企万户大走访”活动，帮助企业解决融资、用工等难题。",
             lcell="王　勇", lrs=1, leads=["县工信局"],
             helpers=["县发改局", "县金融服务中心", "县人社局", "县市场监管局"],
             dl="持续推进", gl=["王勇"]),
        dict(id=11, text="推动数字经济和实体经济融合发展，新建5G基站150个，培育省级数字化车间2个。",
             lcell="刘建华", lrs=1, leads=["县工信局"], helpers=["县数据局", "县发改局"],
             dl="2025年12月底", gl=["刘建华"]),
    ]),
    ("三、推进乡村全面振兴", [
        dict(id=12, text="稳定粮食生产，粮食播种面积稳定在52万亩以上，总产量保持在21万吨以上。",
             lcell="陈志刚", lrs=4, leads=["县农业农村局"], helpers=["县自然资源局", "县财政局", "各乡镇人民政府"],
             dl="2025年10月底前", gl=["陈志刚"]),
        dict(id=13, text="新建高标准农田3.2万亩，实施耕地质量提升工程，坚决遏制耕地“非农化”、防止“非粮化”。",
             lcell=None, leads=["县农业农村局"], helpers=["县财政局", "县自然资源局", "县水利局"],
             dl="2025年12月底", gl=["陈志刚"]),
        dict(id=14, text="巩固拓展脱贫攻坚成果，健全防止返贫致贫监测帮扶机制，守牢不发生规模性返贫致贫底线。",
             lcell=None, leads=["县农业农村局"],
             helpers=["县民政局", "县人社局", "县医保局", "县教体局", "各乡镇人民政府"],
             dl="持续推进", gl=["陈志刚"]),
        dict(id=15, text="实施小型水库除险加固工程4座，新建改造农村供水工程12处。",
             lcell=None, leads=["县水利局"], helpers=["县财政局", "县农业农村局"],
             dl="2025年11月底前", gl=["陈志刚"]),
        dict(id=16, text="发展壮大村级集体经济，年经营性收入10万元以上的村占比达到60%。",
             lcell="陈志刚", lrs=1, leads=["县农业农村局"], helpers=["县委组织部", "县财政局", "各乡镇人民政府"],
             dl="2025年12月底", gl=["陈志刚"]),
        dict(id=17, text="开展农村人居环境整治提升行动，农村卫生厕所普及率达到85%，生活垃圾收运处置体系实现行政村全覆盖。",
             lcell="陈志刚", lrs=1, leads=["县农业农村局"],
             helpers=["县住建局", "县卫健局", "县城管局", "市生态环境局嵋川分局", "各乡镇人民政府"],
             dl="2025年12月底", gl=["陈志刚"]),
    ]),
    ("四、推进城乡融合发展", [
        dict(id=18, text="做好县国土空间总体规划批后实施，完成8个乡镇国土空间规划编制。",
             lcell="何　斌", lrs=3, leads=["县自然资源局"], helpers=["县发改局", "县住建局", "各乡镇人民政府"],
             dl="2025年6月底前", gl=["何斌"]),
        dict(id=19, text="实施城镇老旧小区改造23个、涉及居民2860户，改造城市燃气管道18公里。",
             lcell=None, leads=["县住建局"], helpers=["县财政局", "县发改局", "城关镇人民政府"],
             dl="2025年11月底前", gl=["何斌"]),
        dict(id=20, text="推进县城至嵋山景区快速通道、S312线改建工程，新改建农村公路80公里。",
             lcell=None, leads=["县交通运输局"], helpers=["县自然资源局", "县财政局", "市生态环境局嵋川分局"],
             dl="2025年12月底", gl=["何斌"]),
        dict(id=21, text="提升城市精细化管理水平，新增公共停车泊位1200个，完成背街小巷改造15条。",
             lcell="何斌", lrs=1, leads=["县城管局"], helpers=["县住建局", "县公安局", "城关镇人民政府"],
             dl="2025年10月底前", gl=["何斌"]),
        dict(id=22, text="促进房地产市场平稳健康发展，扎实做好保交房工作，推动已售逾期难交付项目全部交付。",
             lcell="王　勇、何斌", lrs=1, leads=["县住建局"],
             helpers=["县自然资源局", "县财政局", "县金融服务中心"],
             dl="2025年12月底", gl=["王勇", "何斌"]),
    ]),
    ("五、深化改革扩大开放", [
        dict(id=23, text="深化国资国企改革，推动县城投公司实体化、市场化转型。",
             lcell="王　勇", lrs=3, leads=["县财政局（县国资办）"], helpers=["县城投公司"],
             dl="2025年12月底", gl=["王勇"]),
        dict(id=24, text="持续优化营商环境，推行“高效办成一件事”，政务服务事项网上可办率达到98%以上。",
             lcell=None, leads=["县政务服务中心"], helpers=["县市场监管局", "县数据局", "县直有关单位"],
             ukind="halfcolon", dl="持续推进", gl=["王勇"]),
        dict(id=25, text="深化财税金融改革，加强预算绩效管理，稳妥化解地方政府债务风险。",
             lcell=None, leads=["县财政局"], helpers=["县金融服务中心", "县审计局", "县城投公司"],
             dl="持续推进", gl=["王勇"]),
        dict(id=26, text="扩大对外开放，全年实现外贸进出口总额3亿元，实际使用外资1200万美元。",
             lcell="刘建华", lrs=1, leads=["县商务局"], helpers=["县投资促进中心", "嵋川经济开发区管委会"],
             dl="2025年12月底", gl=["刘建华"]),
    ]),
    ("六、保障和改善民生", [
        dict(id=27, text="落实就业优先政策，城镇新增就业3000人，城镇调查失业率控制在5.5%以内。",
             lcell="孙丽萍", lrs=4, leads=["县人社局"],
             helpers=["县财政局", "县教体局", "县农业农村局", "各乡镇人民政府"],
             dl="2025年12月底", gl=["孙丽萍"]),
        dict(id=28, text="新建县第二实验小学，改扩建乡镇寄宿制学校5所，新增学位2700个。",
             lcell=None, leads=["县教体局"], helpers=["县发改局", "县财政局", "县住建局", "县自然资源局"],
             ukind="paras", dl="2025年8月底前", gl=["孙丽萍"]),
        dict(id=29, text="推进紧密型县域医共体建设，支持县人民医院创建三级综合医院。",
             lcell=None, leads=["县卫健局"], helpers=["县医保局", "县财政局", "县人社局"],
             dl="2025年12月底", gl=["孙丽萍"]),
        dict(id=30, text="完善社会保障体系，城乡居民基本养老保险参保率稳定在95%以上，新建社区养老服务中心6个。",
             lcell=None, leads=["县民政局", "县人社局"], helpers=["县财政局", "县医保局", "各乡镇人民政府"],
             dl="2025年12月底", gl=["孙丽萍"]),
        dict(id=31, text="繁荣发展文化旅游事业，办好第五届嵋山文化旅游节，全年接待游客520万人次。",
             lcell="孙丽萍", lrs=1, leads=["县文旅局"], helpers=["县融媒体中心", "县交通运输局", "嵋山镇人民政府"],
             dl="2025年10月底前", gl=["孙丽萍"]),
    ]),
    ("七、统筹发展和安全", [
        dict(id=32, text="深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。",
             lcell="赵卫东", lrs=2, leads=["县应急局"], helpers=["县直有关单位", "各乡镇人民政府"],
             dl="持续推进", drs=2, gl=["赵卫东"]),
        dict(id=33, text="深入推进平安嵋川建设，常态化开展扫黑除恶斗争，加强信访矛盾纠纷源头化解。",
             lcell=None, leads=["县公安局"], helpers=["县司法局", "县信访局", "各乡镇人民政府"],
             dl=None, gl=["赵卫东"]),
        dict(id=34, text="深入打好污染防治攻坚战，县城空气质量优良天数比率达到88%以上，国省考断面水质达标率保持100%。",
             lcell="陈志刚", lrs=1, leads=["市生态环境局嵋川分局"],
             helpers=["县水利局", "县农业农村局", "县住建局", "县工信局"],
             dl="2025年12月底", gl=["陈志刚"]),
    ]),
    ("八、加强政府自身建设", [
        dict(id=35, text="严格落实政府过紧日子要求，一般性支出压减5%以上，“三公”经费只减不增。",
             lcell="王　勇", lrs=1, leads=["县财政局"], helpers=[],
             dl="2025年12月底", gl=["王勇"]),
        dict(id=36, text="依法接受县人大及其常委会监督，认真办理人大代表建议和政协委员提案，按时办复率达到100%。",
             lcell="县政府领导班子成员", lrs=1, leads=["县政府办公室"], helpers=["县直各承办单位"],
             dl="2025年9月底前", gl=[]),
        dict(id=37, text="强化审计监督，全年完成审计项目20个以上，抓好审计发现问题整改。",
             lcell="王　勇", lrs=1, leads=["县审计局"], helpers=[],
             dl="2025年12月底", gl=["王勇"]),
    ]),
]

TD = 'style="border:1px solid #000000;padding:4px;"'
SP = '<span style="font-family:仿宋_GB2312;font-size:14px;">{}</span>'


def p(text, align="center"):
    return '<p style="text-align:{};line-height:1.5em;">{}</p>'.format(align, SP.format(text))


def units_html(t):
    leads = "、".join(t["leads"])
    helpers = t["helpers"]
    if not helpers:
        return p(leads)
    seps = t.get("seps") or ["、"] * (len(helpers) - 1)
    hs = helpers[0] + "".join(s + h for s, h in zip(seps, helpers[1:]))
    kind = t.get("ukind", "br")
    if kind == "paras":
        return p(leads) + p("配合：" + hs)
    if kind == "halfcolon":
        return p(leads + "<br/>配合:" + hs)
    return p(leads + "<br/>配合：" + hs)


def table_html():
    rows = []
    w = ['width="6%"', 'width="40%"', 'width="11%"', 'width="30%"', 'width="13%"']
    hdr = ["序号", "工作任务", "责任领导", "责任单位", "完成时限"]
    rows.append('<tr class="firstRow">' + "".join(
        '<td {} {} valign="middle"><p style="text-align:center;line-height:1.5em;"><strong><span '
        'style="font-family:黑体;font-size:14px;">{}</span></strong></p></td>'.format(wd, TD, h)
        for wd, h in zip(w, hdr)) + "</tr>")
    for title, tasks in PARTS:
        rows.append('<tr><td colspan="5" {} valign="middle"><p style="text-align:left;line-height:1.5em;">'
                    '<strong><span style="font-family:黑体;font-size:14px;">{}（{}项）</span></strong></p></td></tr>'
                    .format(TD, title, len(tasks)))
        for t in tasks:
            cells = ['<td {} valign="middle">{}</td>'.format(TD, p(str(t["id"])))]
            cells.append('<td {} valign="middle">{}</td>'.format(TD, p(t["text"], "left")))
            if t["lcell"] is not None:
                rs = t.get("lrs", 1)
                cells.append('<td {}{} valign="middle">{}</td>'.format(
                    'rowspan="{}" '.format(rs) if rs > 1 else "", TD, p(t["lcell"])))
            cells.append('<td {} valign="middle">{}</td>'.format(TD, units_html(t)))
            if t["dl"] is not None:
                rs = t.get("drs", 1)
                cells.append('<td {}{} valign="middle">{}</td>'.format(
                    'rowspan="{}" '.format(rs) if rs > 1 else "", TD, p(t["dl"])))
            rows.append("<tr>" + "".join(cells) + "</tr>")
    return ('<table width="100%" border="1" cellspacing="0" cellpadding="0" '
            'style="border-collapse:collapse;border:1px solid #000000;"><tbody>'
            + "".join(rows) + "</tbody></table>")


BODY_P = '<p style="text-indent:2em;line-height:1.75em;"><span style="font-family:仿宋_GB2312;font-size:16px;">{}</span></p>'
BODY_B = ('<p style="text-indent:2em;line-height:1.75em;"><span style="font-family:黑体;font-size:16px;">{}</span>'
          '<span style="font-family:仿宋_GB2312;font-size:16px;">{}</span></p>')
BODY_R = '<p style="text-align:right;line-height:1.75em;"><span style="font-family:仿宋_GB2312;font-size:16px;">{}</span></p>'
BODY_L = '<p style="line-height:1.75em;"><span style="font-family:仿宋_GB2312;font-size:16px;">{}</span></p>'
BODY_C = '<p style="text-align:center;line-height:1.75em;"><span style="font-family:仿宋_GB2312;font-size:16px;">{}</span></p>'

TITLE = "嵋川县人民政府办公室关于印发嵋川县2025年政府工作报告重点工作任务分解方案的通知"
WENHAO = "嵋政办发〔2025〕6号"


def article_body():
    out = []
    out.append(BODY_C.format(WENHAO))
    out.append(BODY_L.format("各乡镇人民政府，县政府各部门、各直属机构："))
    out.append(BODY_P.format(
        "为全面完成县十八届人大四次会议审议通过的《政府工作报告》确定的各项目标任务，经县人民政府同意，现将"
        "《嵋川县2025年政府工作报告重点工作任务分解方案》印发给你们，并就有关事项通知如下："))
    out.append(BODY_B.format(
        "一、压实工作责任。",
        "各责任领导要加强对分管领域重点工作的指导调度。附件中“责任单位”栏内，第一行所列单位为牵头单位，"
        "有两个牵头单位的，排在第一位的为主要牵头单位；“配合：”后所列单位为配合单位。牵头单位要对任务落实负总责，"
        "制定具体推进措施，明确时间节点和责任人；配合单位要主动对接、密切协作，共同推进任务落实。"))
    out.append(BODY_B.format(
        "二、强化跟踪落实。",
        "各牵头单位要于2025年3月31日前将任务推进计划报县政府督查室，此后于每季度最后一个月的25日前报送工作进展情况，"
        "全年工作总结于2025年12月20日前报送。对推进中遇到的重大问题，要及时向分管县领导报告。"))
    out.append(BODY_B.format(
        "三、严格督查考核。",
        "县政府督查室要加强跟踪督办，定期通报任务进展情况，督查结果纳入年度目标责任考核。"
        "对工作推进不力、未按时完成任务的，按有关规定严肃问责。"))
    out.append(BODY_P.format("联系人：县政府督查室　张　琳，联系电话：6223158，电子邮箱：mcxzfdcs@meichuan.gov.cn。"))
    out.append(BODY_P.format("附件：嵋川县2025年政府工作报告重点工作任务分解方案"))
    out.append(BODY_P.format("&nbsp;"))
    out.append(BODY_R.format("嵋川县人民政府办公室"))
    out.append(BODY_R.format("2025年3月14日"))
    out.append(BODY_P.format("（此件公开发布）"))
    out.append(BODY_P.format("&nbsp;"))
    out.append('<p style="line-height:1.75em;"><span style="font-family:黑体;font-size:16px;">附件</span></p>')
    out.append('<p style="text-align:center;line-height:1.75em;"><strong><span style="font-family:方正小标宋简体;'
               'font-size:20px;">嵋川县2025年政府工作报告重点工作任务分解方案</span></strong></p>')
    out.append(table_html())
    out.append(BODY_P.format("&nbsp;"))
    return "".join(out)


PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
	<meta charset="utf-8">
	<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<meta name="viewport" content="width=device-width, initial-scale=1.0">
	<title>{title}_政府办文件_嵋川县人民政府</title>
	<meta name="SiteName" content="嵋川县人民政府">
	<meta name="SiteDomain" content="www.meichuan.gov.cn">
	<meta name="SiteIDCode" content="5309260017">
	<meta name="ColumnName" content="政府办文件">
	<meta name="ColumnDescription" content="县政府办公室规范性文件及其他文件">
	<meta name="ColumnKeywords" content="政府信息公开,政府办文件">
	<meta name="ColumnType" content="政府办文件">
	<meta name="ArticleTitle" content="{title}">
	<meta name="PubDate" content="2025-03-17 16:42">
	<meta name="ContentSource" content="嵋川县人民政府办公室">
	<meta name="Keywords" content="政府工作报告,重点工作,任务分解">
	<meta name="Author" content="嵋川县人民政府办公室">
	<meta name="Description" content="{title}">
	<meta name="Url" content="http://www.meichuan.gov.cn/zwgk/zfxxgk/fdzdgknr/zfbwj/202503/t20250317_1187342.html">
	<link rel="stylesheet" type="text/css" href="/images/common/css/base.css">
	<link rel="stylesheet" type="text/css" href="/images/common/css/xxgk_detail.css">
	<script type="text/javascript" src="/images/common/js/jquery-1.12.4.min.js"></script>
	<script type="text/javascript" src="/images/common/js/common.js"></script>
</head>
<body>
	<!-- 头部 -->
	<div class="top-bar">
		<div class="w1200">
			<span class="fl">欢迎访问嵋川县人民政府门户网站！</span>
			<span class="fr"><a href="javascript:void(0);" id="btnAssist">无障碍浏览</a> | <a href="javascript:void(0);" id="btnOld">长者模式</a> | <a href="/wzdt/">网站地图</a></span>
		</div>
	</div>
	<div class="header">
		<div class="w1200">
			<a class="logo" href="/"><img src="/images/common/images/logo.png" alt="嵋川县人民政府"></a>
			<div class="search">
				<form action="/search/" method="get" target="_blank">
					<input type="text" name="searchWord" placeholder="请输入关键词">
					<button type="submit">搜索</button>
				</form>
			</div>
		</div>
	</div>
	<div class="nav">
		<ul class="w1200">
			<li><a href="/">首页</a></li>
			<li><a href="/zjmc/">走进嵋川</a></li>
			<li><a href="/xwzx/">新闻中心</a></li>
			<li class="on"><a href="/zwgk/">政务公开</a></li>
			<li><a href="/zwfw/">政务服务</a></li>
			<li><a href="/hdjl/">互动交流</a></li>
			<li><a href="/ztzl/">专题专栏</a></li>
		</ul>
	</div>
	<!-- 位置 -->
	<div class="w1200 position">
		<span>当前位置：</span><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfxxgk/">政府信息公开</a> &gt; <a href="/zwgk/zfxxgk/fdzdgknr/">法定主动公开内容</a> &gt; <a href="/zwgk/zfxxgk/fdzdgknr/zfbwj/">政府办文件</a>
	</div>
	<div class="w1200 xxgk-detail">
		<table class="xxgk-info" cellspacing="0" cellpadding="0">
			<tbody>
				<tr>
					<th>索&nbsp;&nbsp;引&nbsp;&nbsp;号：</th><td>11532926MB0L77240X/2025-00318</td>
					<th>主题分类：</th><td>综合政务/其他</td>
				</tr>
				<tr>
					<th>发布机构：</th><td>嵋川县人民政府办公室</td>
					<th>成文日期：</th><td>2025-03-14</td>
				</tr>
				<tr>
					<th>文&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;号：</th><td>{wenhao}</td>
					<th>发布日期：</th><td>2025-03-17</td>
				</tr>
				<tr>
					<th>名&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;称：</th><td colspan="3">{title}</td>
				</tr>
				<tr>
					<th>有&nbsp;&nbsp;效&nbsp;&nbsp;性：</th><td>有效</td>
					<th>公开方式：</th><td>主动公开</td>
				</tr>
			</tbody>
		</table>
		<div class="article">
			<h1 class="article-title">{title}</h1>
			<div class="article-info">
				<span>发布时间：2025-03-17 16:42</span>
				<span>来源：嵋川县人民政府办公室</span>
				<span>浏览次数：<em id="hits"></em></span>
				<span class="font-size">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span>
			</div>
			<div class="article-content" id="zoom">
				<!--ContentStart--><div class="view TRS_UEDITOR trs_paper_default trs_web">{body}</div><!--ContentEnd-->
			</div>
			<div class="article-fj">
				<p>附件下载：</p>
				<p><a href="./P020250317589613402785.pdf" target="_blank">嵋政办发〔2025〕6号.pdf</a></p>
			</div>
			<div class="article-tools">
				<a href="javascript:window.print();">【打印本页】</a>
				<a href="javascript:window.close();">【关闭窗口】</a>
			</div>
		</div>
		<div class="related">
			<h3>相关阅读</h3>
			<ul>
				<li><a href="../../../zcjd/202503/t20250318_1187390.html">一图读懂《嵋川县2025年政府工作报告重点工作任务分解方案》</a><span>2025-03-18</span></li>
				<li><a href="../202502/t20250226_1183015.html">嵋川县人民政府办公室关于做好2025年春季森林草原防灭火工作的通知</a><span>2025-02-26</span></li>
				<li><a href="../202501/t20250121_1179844.html">嵋川县人民政府办公室关于印发嵋川县2025年春节期间安全生产工作方案的通知</a><span>2025-01-21</span></li>
			</ul>
		</div>
	</div>
	<!-- 底部 -->
	<div class="footer">
		<div class="w1200">
			<div class="footer-links">
				<a href="/gywm/">关于我们</a> | <a href="/lxwm/">联系我们</a> | <a href="/wzdt/">网站地图</a> | <a href="/yssm/">隐私声明</a>
			</div>
			<p>主办单位：嵋川县人民政府办公室&nbsp;&nbsp;&nbsp;&nbsp;承办单位：嵋川县融媒体中心</p>
			<p>网站标识码：5309260017&nbsp;&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">滇ICP备05011478号-1</a>&nbsp;&nbsp;&nbsp;&nbsp;<img src="/images/common/images/gaba.png" alt="">滇公网安备53092602000115号</p>
			<p>地址：嵋川县城关镇嵋阳路88号&nbsp;&nbsp;&nbsp;&nbsp;联系电话：6222013&nbsp;&nbsp;&nbsp;&nbsp;建议使用1920×1080分辨率浏览</p>
			<div class="footer-icons">
				<script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/26/000/0000/60788104/CA260000000607881040001.js' type='text/javascript'%3E%3C/script%3E"));</script>
				<script id="_jiucuo_" sitecode="5309260017" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>
			</div>
		</div>
	</div>
	<script type="text/javascript">
		$(function () {{
			$.get("/interface/hits?id=1187342", function (d) {{ $("#hits").text(d); }});
		}});
		function doZoom(size) {{
			$("#zoom, #zoom p, #zoom span, #zoom td").css("font-size", size + "px");
		}}
	</script>
</body>
</html>
"""


def main():
    html = PAGE.format(title=TITLE, wenhao=WENHAO, body=article_body())
    with open(os.path.join(HERE, NAME + ".html"), "w", encoding="utf-8", newline="\n") as f:
        f.write(html)
    gold = []
    for _title, tasks in PARTS:
        for t in tasks:
            resp = list(t["leads"]) + list(t["helpers"])
            dl = t["dl"]
            if dl is None:  # merged 完成时限: the value of the cell above
                dl = prev_dl
            prev_dl = dl
            gold.append({
                "id": str(t["id"]),
                "marker": str(t["id"]),
                "head": t["text"][:12],
                "responsible_units": resp,
                "lead_units": list(t["leads"]),
                "cooperating_units": list(t["helpers"]),
                "leaders": list(t["gl"]),
                "deadline": dl,
            })
    with open(os.path.join(HERE, NAME + ".tasks.gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
