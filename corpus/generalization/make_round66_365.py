#!/usr/bin/env python3
"""Writes 365_baiyan_xian_zhengfu_xinxi_gongkai_renwu_fenjie.html: a county portal's
政府信息公开 article page as Chrome's "save page" leaves it (UTF-8, LF)."""
import html
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "365_baiyan_xian_zhengfu_xinxi_gongkai_renwu_fenjie.html")

# (section title, [ (task text, leader, lead units, coop units, deadline, lead_rowspan) ])
SECTIONS = [
    ("一、着力扩大有效投资，推动经济稳进提质（7项）", [
        ("全力抓项目促投资。全年实施县级重点项目126个，年度计划投资152亿元以上，固定资产投资增长8%以上，其中工业投资增长10%以上。",
         "邬海涛", "县发展和改革局", "县财政局、县自然资源局、县住房和城乡建设局、县统计局、白岩经济开发区管委会", "2024年12月底"),
        ("积极争取上级资金支持。紧盯超长期特别国债、中央预算内投资、地方政府专项债券等政策方向，谋划储备项目200个以上，全年争取上级各类资金30亿元以上。",
         "邬海涛", "县发展和改革局、县财政局", "县直各有关部门", "2024年12月底"),
        ("加快交通基础设施建设。推进县城至白岩经济开发区快速通道建设，年内完成路基工程；实施农村公路提质改造120公里，新改建桥梁8座。",
         "聂振华", "县交通运输局", "县自然资源局、县林业局、县财政局、沿线乡镇人民政府", "2024年11月底"),
        ("强化项目要素保障。全年保障建设用地3000亩以上，盘活批而未供和闲置土地1200亩，做好重点项目用林、环评等要素保障。",
         "邬海涛", "县自然资源局", "县发展和改革局、县林业局、市生态环境局白岩分局", "2024年12月底"),
        ("促进消费扩容升级。举办“乐购白岩”消费季、年货节等促消费活动20场以上，加快城北商业综合体建设，社会消费品零售总额增长6%。",
         "卢晓燕", "县商务局", "县文化和旅游局、县市场监督管理局、县财政局、城关镇人民政府", "2024年12月底"),
        ("发展县域电子商务。建设县级电商公共服务中心，培育电商主体100家以上，农村网络零售额增长15%。",
         "卢晓燕", "县商务局", "县农业农村局、县邮政分公司、县供销合作社联合社", "2024年10月底"),
        ("强化财政金融支撑。一般公共预算收入增长5%，严格落实过紧日子要求；新增各项贷款25亿元以上，县域存贷比提高3个百分点。",
         "邬海涛", "县财政局", "国家税务总局白岩县税务局、县金融服务中心、国家金融监督管理总局白岩监管支局", "2024年12月底"),
    ]),
    ("二、坚持工业强县，加快产业转型升级（6项）", [
        ("推动工业经济提质增效。规模以上工业增加值增长9%，新增规模以上工业企业15家，培育省级专精特新中小企业5家。",
         "杭文斌", "县工业和信息化局", "县统计局、县发展和改革局、白岩经济开发区管委会、各乡镇人民政府", "2024年12月底"),
        ("做强新材料主导产业。推动年产5万吨高性能铝合金型材、年产2万吨电池箔等项目建成投产，新材料产业产值突破80亿元。",
         "杭文斌", "白岩经济开发区管委会", "县工业和信息化局、县发展和改革局、县自然资源局", "2024年10月底"),
        ("精准开展招商引资。坚持县级领导带头招商，全年新签约亿元以上项目30个，实际到位省外资金65亿元，新开工招商项目20个以上。",
         "柯建平、杭文斌", "县投资促进中心", "县直各有关部门、各乡镇人民政府", "2024年12月底"),
        ("提升开发区承载能力。完成开发区扩区调规，新建标准化厂房10万平方米，建成污水处理厂二期工程，亩均税收提高8%。",
         "杭文斌", "白岩经济开发区管委会", "县自然资源局、县发展和改革局、县住房和城乡建设局、市生态环境局白岩分局", "2024年12月底"),
        ("持续优化营商环境。深化“高效办成一件事”改革，推出集成服务事项20项以上，政务服务事项全程网办率达到90%以上。",
         "卢晓燕", "县行政审批服务局", "县市场监督管理局、县司法局、县直各有关部门", "2024年9月底"),
        ("培育壮大经营主体。全年新增经营主体3000户以上，其中新增企业800户，落实各项减税降费政策，支持民营经济发展。",
         "卢晓燕", "县市场监督管理局", "县工业和信息化局、县商务局、国家税务总局白岩县税务局", "2024年12月底"),
    ]),
    ("三、全面推进乡村振兴，加快农业农村现代化（6项）", [
        ("稳定粮食生产。粮食播种面积稳定在45.6万亩，总产量稳定在19万吨以上，新建高标准农田2.5万亩。",
         "宁雪梅", "县农业农村局", "县自然资源局、县水利局、县财政局、各乡镇人民政府", "2024年10月底"),
        ("巩固拓展脱贫攻坚成果。健全防止返贫动态监测和帮扶机制，脱贫劳动力务工规模稳定在2.8万人以上，守牢不发生规模性返贫底线。",
         "宁雪梅", "县农业农村局", "县人力资源和社会保障局、县民政局、县教育体育局、县卫生健康局、县医疗保障局、县住房和城乡建设局", "持续推进"),
        ("发展特色农业产业。新建高山茶叶基地5000亩、中药材基地3000亩，新增市级以上农业产业化龙头企业4家，“白岩高山茶”品牌价值提升10%。",
         "宁雪梅", "县农业农村局", "县林业局、县供销合作社联合社、县市场监督管理局、各乡镇人民政府", "2024年12月底"),
        ("加强水利基础设施建设。加快白岩水库除险加固和石门河治理工程建设，巩固提升农村供水保障水平，农村自来水普及率达到92%。",
         "聂振华", "县水利局", "县发展和改革局、县财政局、相关乡镇人民政府", "2024年11月底"),
        ("建设宜居宜业和美乡村。完成农村户厕改造3000户，农村生活污水治理率达到40%，创建市级美丽乡村示范村10个。",
         "宁雪梅", "县农业农村局", "县住房和城乡建设局、市生态环境局白岩分局、县卫生健康局、各乡镇人民政府", "2024年12月底"),
        ("深化农村改革。稳妥推进第二轮土地承包到期后再延长三十年试点，村级集体经济收入10万元以上的村占比达到60%。",
         "宁雪梅", "县农业农村局", "县财政局、县自然资源局、县委组织部", "2024年12月底"),
    ]),
    ("四、推进以人为核心的新型城镇化，提升城乡建设品质（5项）", [
        ("实施城市更新行动。改造城镇老旧小区15个、1820户，新建改造城市道路6条，新增停车泊位1500个。",
         "聂振华", "县住房和城乡建设局", "县财政局、县自然资源局、国网白岩县供电公司、城关镇人民政府", "2024年11月底"),
        ("提升城市精细化管理水平。深化“城市管家”服务，开展市容环境、违法建设、占道经营等专项整治，创建省级卫生县城。",
         "聂振华", "县城市管理局", "县住房和城乡建设局、县公安局、县卫生健康局、城关镇人民政府", "持续推进"),
        ("促进房地产市场平稳健康发展。落实房地产调控政策，推进保交楼和保障性住房建设，稳妥处置问题楼盘3个。",
         "聂振华", "县住房和城乡建设局", "县自然资源局、县财政局、国家税务总局白岩县税务局、县金融服务中心", "2024年12月底"),
        ("深入打好污染防治攻坚战。县城空气质量优良天数比例达到88%以上，国、省控断面水质达标率100%，土壤安全利用率稳定在95%以上。",
         "邬海涛", "市生态环境局白岩分局", "县住房和城乡建设局、县农业农村局、县水利局、县交通运输局、县公安局、各乡镇人民政府", "2024年12月底"),
        ("全面推行林长制。完成营造林4.2万亩，森林覆盖率稳定在61%以上，做好森林防灭火和松材线虫病防治工作。",
         "宁雪梅", "县林业局", "县自然资源局、县应急管理局、各乡镇人民政府", "2024年12月底"),
    ]),
    ("五、持续保障和改善民生，增进人民群众福祉（6项）", [
        ("稳定和扩大就业。城镇新增就业4500人，城镇调查失业率控制在5.5%以内，开展职业技能培训6000人次，新增返乡创业1000人。",
         "卢晓燕", "县人力资源和社会保障局", "县财政局、县教育体育局、县农业农村局、县总工会、团县委、县妇联", "2024年12月底"),
        ("推进教育优质均衡发展。建成县第三幼儿园、城东小学，新增学位2700个，改善乡镇寄宿制学校办学条件，县一中创建省级示范性高中。",
         "项美玲", "县教育体育局", "县发展和改革局、县财政局、县自然资源局、县住房和城乡建设局", "2024年8月底"),
        ("提升医疗卫生服务能力。深化紧密型县域医共体建设，县人民医院新院区主体完工，建成乡镇卫生院中医馆4个。",
         "项美玲", "县卫生健康局", "县医疗保障局、县财政局、县发展和改革局", "2024年12月底"),
        ("完善社会保障体系。城乡居民基本养老保险、基本医疗保险参保率均稳定在95%以上，做好困难群众基本生活保障。",
         "卢晓燕", "县人力资源和社会保障局、县医疗保障局", "县民政局、县财政局、国家税务总局白岩县税务局", "2024年12月底"),
        ("发展养老托育服务。新建乡镇区域养老服务中心3个、社区嵌入式养老服务站5个，每千人口拥有3岁以下婴幼儿托位数达到4.5个。",
         "项美玲", "县民政局", "县卫生健康局、县财政局、县住房和城乡建设局", "2024年12月底"),
        ("繁荣发展文化体育事业。建成县图书馆新馆，开展“文化惠民”演出200场以上，举办白岩山地马拉松等群众性体育赛事15场次。",
         "项美玲", "县文化和旅游局", "县教育体育局、县委宣传部、县融媒体中心", "2024年10月底"),
    ]),
    ("六、统筹发展和安全，建设更高水平平安白岩（4项）", [
        ("抓好安全生产和防灾减灾。深入开展安全生产治本攻坚三年行动，严防较大以上生产安全事故发生，完善自然灾害监测预警体系。",
         "褚云飞", "县应急管理局", "县安委会各成员单位、各乡镇人民政府", "持续推进"),
        ("推进信访工作法治化。深入开展信访问题源头治理，全面落实领导干部接访下访制度，初信初访一次性化解率达到90%以上。",
         "褚云飞", "县信访局", "县公安局、县司法局、各乡镇人民政府", "持续推进"),
        ("提升社会治安防控水平。常态化开展扫黑除恶斗争，严厉打击电信网络诈骗等违法犯罪，群众安全感保持在98%以上。",
         "褚云飞", "县公安局", "县委政法委、县司法局、各乡镇人民政府", "2024年12月底"),
        ("防范化解政府债务风险。严格落实一揽子化债方案，坚决遏制新增隐性债务，推动县城市建设投资集团有限公司市场化转型。",
         "邬海涛", "县财政局", "县发展和改革局、县金融服务中心、县城市建设投资集团有限公司", "2024年12月底"),
    ]),
    ("七、加强政府自身建设（2项）", [
        ("深入推进法治政府建设。严格落实重大行政决策程序，全面推行行政执法“三项制度”，行政复议纠错率控制在合理区间。",
         "柯建平", "县司法局", "县直各有关部门", "持续推进"),
        ("强化审计监督和作风建设。完成审计项目25个以上，持续纠治形式主义、官僚主义，县级部门“三公”经费只减不增。",
         "邬海涛", "县审计局", "县政府办公室、县财政局", "2024年12月底"),
    ]),
]

# (section index, task index within section) pairs whose 牵头单位 cell is merged down one row
LEAD_MERGE = {(2, 4)}  # 18 and 19 share 县农业农村局 in one cell

TD = 'style="border:1px solid #000000;padding:4px 5px;"'
TDC = 'style="border:1px solid #000000;padding:4px 5px;text-align:center;"'


def build_table():
    rows = []
    rows.append('<table border="1" cellspacing="0" cellpadding="0" width="100%" '
                'style="border-collapse:collapse;width:100%;font-size:14px;line-height:24px;">')
    rows.append("<tbody>")
    rows.append('<tr class="firstRow">'
                f'<td width="6%" {TDC}><strong>序号</strong></td>'
                f'<td width="40%" {TDC}><strong>重点工作任务</strong></td>'
                f'<td width="9%" {TDC}><strong>责任县领导</strong></td>'
                f'<td width="14%" {TDC}><strong>牵头单位</strong></td>'
                f'<td width="21%" {TDC}><strong>配合单位</strong></td>'
                f'<td width="10%" {TDC}><strong>完成时限</strong></td>'
                "</tr>")
    n = 0
    for si, (title, tasks) in enumerate(SECTIONS):
        rows.append(f'<tr><td colspan="6" style="border:1px solid #000000;padding:4px 5px;">'
                    f'<strong>{title}</strong></td></tr>')
        # leader runs inside the section
        spans = {}
        i = 0
        while i < len(tasks):
            j = i
            while j + 1 < len(tasks) and tasks[j + 1][1] == tasks[i][1]:
                j += 1
            spans[i] = j - i + 1
            for k in range(i + 1, j + 1):
                spans[k] = 0
            i = j + 1
        skip_lead = set()
        for ti, (text, leader, lead, coop, dl) in enumerate(tasks):
            n += 1
            cells = [f'<td {TDC}>{n}</td>', f'<td {TD}>{text}</td>']
            if spans[ti]:
                rs = f' rowspan="{spans[ti]}"' if spans[ti] > 1 else ""
                cells.append(f'<td{rs} {TDC}>{leader}</td>')
            if ti not in skip_lead:
                if (si, ti) in LEAD_MERGE:
                    cells.append(f'<td rowspan="2" {TDC}>{lead}</td>')
                    skip_lead.add(ti + 1)
                else:
                    cells.append(f'<td {TDC}>{lead}</td>')
            cells.append(f'<td {TD}>{coop}</td>')
            cells.append(f'<td {TDC}>{dl}</td>')
            rows.append("<tr>" + "".join(cells) + "</tr>")
    rows.append("</tbody>")
    rows.append("</table>")
    return "\n".join(rows), n


TABLE, NTASKS = build_table()

P = '<p style="text-indent:2em;margin-bottom:10px;line-height:2em;">'
PC = '<p style="text-align:center;margin-bottom:10px;line-height:2em;">'
PR = '<p style="text-align:right;margin-bottom:10px;line-height:2em;">'
PL = '<p style="margin-bottom:10px;line-height:2em;">'

TITLE = "白岩县人民政府关于印发白岩县2024年《政府工作报告》重点工作任务分解方案的通知"
URL = "http://www.baiyan.gov.cn/zwgk/zfxxgk/fdzdgknr/zfwj/bzf/202403/t20240306_1187425.html"

ARTICLE = f"""{PC}白政〔2024〕4号</p>
{PL}各乡镇人民政府，白岩经济开发区管委会，县人民政府各部门，各直属机构：</p>
{P}县第十八届人民代表大会第三次会议审议通过的《政府工作报告》，明确了2024年全县经济社会发展的主要目标和重点任务。为确保各项目标任务落到实处，县人民政府对《政府工作报告》确定的重点工作任务进行了分解。现将《白岩县2024年〈政府工作报告〉重点工作任务分解方案》印发给你们，并就有关事项通知如下：</p>
{P}一、提高思想认识。《政府工作报告》是县人民政府向全县人民作出的庄严承诺，各乡镇、各部门要切实把思想和行动统一到县委、县政府的决策部署上来，坚持目标导向、问题导向、结果导向，以钉钉子精神抓好各项任务落实，确保全年目标任务圆满完成。</p>
{P}二、压实工作责任。各项任务的责任县领导要加强统筹调度，定期听取工作进展情况汇报，协调解决重大问题。牵头单位对牵头任务负总责，主要负责同志为第一责任人，要制定具体推进措施，明确时间表、路线图，细化分解到科室和责任人；同一项任务有两个牵头单位的，各牵头单位要加强沟通，共同抓好落实。配合单位要按照职责分工积极主动配合，形成工作合力。</p>
{P}三、强化督查考核。县政府督查室要将各项任务纳入县政府年度重点督查事项，实行月调度、季通报、年考核。各牵头单位要于每季度最后一个月的25日前，将任务推进情况经单位主要负责同志审签后报县政府督查室（联系电话：0398-5521736，电子邮箱：byxzfdcs@163.com）。对工作推进不力、未按时限完成任务的，将予以通报批评；造成严重后果的，依规依纪严肃追责问责。</p>
{P}附件：白岩县2024年《政府工作报告》重点工作任务分解方案</p>
{PR}白岩县人民政府</p>
{PR}2024年3月4日</p>
{P}（此件公开发布）</p>
{PL}附件</p>
{PC}<strong>白岩县2024年《政府工作报告》重点工作任务分解方案</strong></p>
{TABLE}
<p><br/></p>"""

META = [
    ("索 引 号：", "11411327MB1590462K/2024-00036", "信息分类：", "政府文件"),
    ("发布机构：", "白岩县人民政府办公室", "成文日期：", "2024-03-04"),
    ("文　　号：", "白政〔2024〕4号", "发布日期：", "2024-03-06"),
    ("主 题 词：", "", "有 效 性：", "有效"),
]


def meta_table():
    out = ['<div class="xxgk-info">', '<table class="xxgk-table" cellspacing="0" cellpadding="0" width="100%">', "<tbody>"]
    for a, b, c, d in META:
        out.append(f'<tr><th width="12%">{a}</th><td width="38%">{b}</td><th width="12%">{c}</th><td width="38%">{d}</td></tr>')
    out.append(f'<tr><th>名　　称：</th><td colspan="3">{TITLE}</td></tr>')
    out += ["</tbody>", "</table>", "</div>"]
    return "\n".join(out)


PAGE = f"""<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="白岩县人民政府">
<meta name="SiteDomain" content="www.baiyan.gov.cn">
<meta name="SiteIDCode" content="4113290017">
<meta name="ColumnName" content="县政府文件">
<meta name="ColumnType" content="政府文件">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2024-03-06 16:42">
<meta name="ContentSource" content="白岩县人民政府办公室">
<meta name="Keywords" content="政府工作报告,重点工作,任务分解">
<meta name="Author" content="县政府办">
<meta name="Description" content="{TITLE}">
<meta name="Url" content="{URL}">
<title>{TITLE}_县政府文件_白岩县人民政府</title>
<link rel="stylesheet" type="text/css" href="./{TITLE}_县政府文件_白岩县人民政府_files/common.css">
<link rel="stylesheet" type="text/css" href="./{TITLE}_县政府文件_白岩县人民政府_files/xxgk.css">
<script type="text/javascript" src="./{TITLE}_县政府文件_白岩县人民政府_files/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="./{TITLE}_县政府文件_白岩县人民政府_files/common.js"></script>
<style type="text/css">
.TRS_Editor P{{margin-top:0;margin-bottom:10px;line-height:2;font-family:宋体;font-size:12pt;}}
.TRS_Editor TD,.TRS_Editor TH{{font-family:宋体;font-size:10.5pt;}}
</style>
</head>
<body>
<div class="top-bar">
<div class="w1200 clearfix">
<div class="fl"><span id="todayDate">2024年03月12日 星期二</span></div>
<div class="fr"><a href="http://www.baiyan.gov.cn/" target="_blank">网站首页</a> | <a href="javascript:void(0);" id="jft">繁體</a> | <a href="javascript:void(0);" class="wza">无障碍浏览</a> | <a href="http://www.baiyan.gov.cn/zwgk/zfxxgk/" target="_blank">长者模式</a></div>
</div>
</div>
<div class="header">
<div class="w1200">
<div class="logo"><a href="http://www.baiyan.gov.cn/"><img src="./{TITLE}_县政府文件_白岩县人民政府_files/logo.png" alt="白岩县人民政府"></a></div>
<div class="search"><form action="http://www.baiyan.gov.cn/search/" method="get" target="_blank"><input type="text" name="q" class="search-input" placeholder="请输入关键字"><input type="submit" class="search-btn" value="搜索"></form></div>
</div>
</div>
<div class="nav">
<ul class="w1200 clearfix">
<li><a href="http://www.baiyan.gov.cn/">首页</a></li>
<li><a href="http://www.baiyan.gov.cn/zjby/">走进白岩</a></li>
<li><a href="http://www.baiyan.gov.cn/zwdt/">政务动态</a></li>
<li class="on"><a href="http://www.baiyan.gov.cn/zwgk/">政务公开</a></li>
<li><a href="http://www.baiyan.gov.cn/zwfw/">政务服务</a></li>
<li><a href="http://www.baiyan.gov.cn/hdjl/">互动交流</a></li>
<li><a href="http://www.baiyan.gov.cn/ztzl/">专题专栏</a></li>
</ul>
</div>
<div class="w1200">
<div class="position">当前位置：<a href="http://www.baiyan.gov.cn/">首页</a>&nbsp;&gt;&nbsp;<a href="http://www.baiyan.gov.cn/zwgk/">政务公开</a>&nbsp;&gt;&nbsp;<a href="http://www.baiyan.gov.cn/zwgk/zfxxgk/">政府信息公开</a>&nbsp;&gt;&nbsp;<a href="http://www.baiyan.gov.cn/zwgk/zfxxgk/fdzdgknr/">法定主动公开内容</a>&nbsp;&gt;&nbsp;<a href="http://www.baiyan.gov.cn/zwgk/zfxxgk/fdzdgknr/zfwj/">县政府文件</a></div>
<div class="xxgk-detail">
{meta_table()}
<div class="article">
<h1 class="article-title">{TITLE}</h1>
<div class="article-info">
<span>来源：白岩县人民政府办公室</span><span>发布时间：2024-03-06 16:42</span><span>浏览次数：<em id="ReadCount">1873</em></span><span class="font-size">【字体：<a href="javascript:void(0);" onclick="doZoom(18)">大</a> <a href="javascript:void(0);" onclick="doZoom(16)">中</a> <a href="javascript:void(0);" onclick="doZoom(14)">小</a>】</span>
</div>
<div class="article-content" id="zoom">
<div class="TRS_Editor">
{ARTICLE}
</div>
</div>
<div class="article-appendix">
<p>附件下载：</p>
<ul><li><a href="http://www.baiyan.gov.cn/zwgk/zfxxgk/fdzdgknr/zfwj/bzf/202403/P020240306597317352419.docx" target="_blank">白岩县2024年《政府工作报告》重点工作任务分解方案.docx</a></li></ul>
</div>
<div class="article-related">
<p>相关解读：<a href="http://www.baiyan.gov.cn/zwgk/zcjd/202403/t20240307_1187630.html" target="_blank">一图读懂《白岩县2024年〈政府工作报告〉重点工作任务分解方案》</a></p>
</div>
<div class="article-tools">
<a href="javascript:window.print();">【打印本页】</a>
<a href="javascript:window.close();">【关闭窗口】</a>
<div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>
</div>
</div>
</div>
</div>
<div class="footer">
<div class="w1200">
<div class="footer-links"><a href="http://www.baiyan.gov.cn/wzdt/">网站地图</a> | <a href="http://www.baiyan.gov.cn/lxwm/">联系我们</a> | <a href="http://www.baiyan.gov.cn/sysm/">使用说明</a></div>
<p>主办单位：白岩县人民政府办公室　　承办单位：白岩县大数据中心</p>
<p>网站标识码：4113290017　　<a href="https://beian.miit.gov.cn/" target="_blank">岚ICP备05012873号-1</a>　　<img src="./{TITLE}_县政府文件_白岩县人民政府_files/gongan.png" alt="">岚公网安备 41132902000118号</p>
<p>联系电话：0398-5521025　　地址：白岩县城关镇人民路88号</p>
<div class="footer-icons"><a href="http://bszs.conac.cn/sitename?method=show&amp;id=0A1C2E3F4B5D6E7F" target="_blank"><img src="./{TITLE}_县政府文件_白岩县人民政府_files/red.png" alt="党政机关"></a><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4113290017&amp;url=http%3A%2F%2Fwww.baiyan.gov.cn%2F" target="_blank"><img src="./{TITLE}_县政府文件_白岩县人民政府_files/jiucuo.png" alt="政府网站找错"></a></div>
</div>
</div>
<script type="text/javascript">
function doZoom(size){{ document.getElementById('zoom').style.fontSize = size + 'px'; }}
$(function(){{ $.get('/interFace/readCount.jsp?id=1187425', function(d){{ $('#ReadCount').text(d); }}); }});
</script>

</body></html>
"""

with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write(PAGE)
print(OUT, NTASKS)
