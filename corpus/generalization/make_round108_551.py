#!/usr/bin/env python3
# Writes 551_daijiang_sheng_sthjt_kongqi_zhiliang_fengong_wangye.html next to itself:
# a 省生态环境厅 notice on the 厅 portal, saved by Chrome as "网页，全部".
import os

NAME = "551_daijiang_sheng_sthjt_kongqi_zhiliang_fengong_wangye.html"
URL = "http://sthjt.daijiang.gov.cn/zwgk/zfxxgkml/tzgg/202503/t20250320_1187452.html"
F = "./t20250320_1187452_files"

# part rows and task rows: (no, text, leader_cell(or None when merged), rowspan, lead, coop, deadline)
PARTS = [
    ("一、优化产业结构，促进产业产品绿色升级（5项）", [
        (1, "<strong>坚决遏制高耗能、高排放、低水平项目盲目上马。</strong>严格执行国家和省产业政策，新改扩建项目严格落实区域削减要求，涉及产能置换的项目严格执行产能置换办法。", "林淑华", 5,
         "环境影响评价与排放管理处", "大气环境处、应对气候变化处，各市人民政府", "持续推进"),
        (2, "<strong>加快退出重点行业落后产能。</strong>配合有关部门推动炼焦、钢铁、水泥等行业落后产能淘汰，依法依规退出限制类工艺和装备。", None, 0,
         "大气环境处", "各市人民政府", "2025年底前"),
        (3, "<strong>全面开展传统产业集群升级改造。</strong>指导各市制定涉气产业集群发展规划，明确产业集群定位、规模、布局、基础设施建设等要求，实施拉单挂账式管理。", None, 0,
         "各市人民政府", "大气环境处、环境影响评价与排放管理处", "2025年6月底前"),
        (4, "<strong>优化含VOCs原辅材料和产品结构。</strong>严格控制生产和使用高VOCs含量涂料、油墨、胶粘剂、清洗剂等建设项目，提高低（无）VOCs含量产品比重。", None, 0,
         "大气环境处", "环境影响评价与排放管理处、省生态环境科学研究院", "持续推进"),
        (5, "<strong>推动绿色环保产业健康发展。</strong>加大政策支持力度，在低（无）VOCs含量原辅材料生产和使用、VOCs污染治理、超低排放等领域支持培育一批龙头企业。", None, 0,
         "科技与财务处", "大气环境处、省环境工程评估中心", "2025年底前"),
    ]),
    ("二、优化能源结构，加速能源清洁低碳高效发展（4项）", [
        (6, "<strong>配合推进煤炭消费总量控制。</strong>会同省发展改革委、省能源局做好重点区域煤炭消费总量控制相关工作，严格合理控制煤炭消费增长。", "郑远航", 4,
         "应对气候变化处", "大气环境处", "持续推进"),
        (7, "<strong>积极开展燃煤锅炉关停整合。</strong>县级及以上城市建成区原则上不再新建35蒸吨/小时及以下燃煤锅炉，督促各市完成燃煤锅炉排查建档。", None, 0,
         "大气环境处", "省生态环境保护综合行政执法局，各市人民政府", "2025年9月底前"),
        (8, "<strong>实施工业炉窑清洁能源替代。</strong>有序推进以电代煤，积极稳妥推进以气代煤，不再新增燃料类煤气发生炉。", None, 0,
         "大气环境处", "/", "2025年底前"),
        (9, "<strong>持续推进农村地区散煤治理。</strong>指导各市巩固散煤治理成果，加强散煤运输、销售环节监管，防止散煤复烧。", None, 0,
         "各市人民政府", "大气环境处、土壤生态环境处", "持续推进"),
    ]),
    ("三、优化交通结构，大力发展绿色运输体系（4项）", [
        (10, "<strong>持续优化调整货物运输结构。</strong>配合交通运输部门推动大宗货物中长距离运输优先采用铁路、水路运输，短距离运输优先采用封闭式皮带廊道或新能源车辆。", "郑远航", 3,
         "大气环境处", "/", "持续推进"),
        (11, "<strong>加快提升机动车清洁化水平。</strong>严格执行机动车国六排放标准，配合推进公共领域车辆全面电动化，加强重型柴油货车排放监管。", None, 0,
         "大气环境处、省机动车排污监控中心", "各市人民政府", "持续推进"),
        (12, "<strong>强化非道路移动源综合治理。</strong>推动铁路货场、物流园区、港口等新增或更换作业车辆主要采用新能源或清洁能源汽车，全面完成非道路移动机械编码登记。", None, 0,
         "省机动车排污监控中心", "大气环境处、生态环境监测处，各市人民政府", "2025年底前"),
        (13, "<strong>全面保障成品油质量。</strong>配合有关部门加强油品生产、仓储、销售、运输、使用全环节监管，开展油品质量联合抽检，严厉打击非法生产销售不合格油品行为。", "郑远航<br>秦　朗", 1,
         "省生态环境保护综合行政执法局", "大气环境处、省生态环境监测中心", "持续推进"),
    ]),
    ("四、强化面源污染治理，提升精细化管理水平（3项）", [
        (14, "<strong>深化扬尘污染综合治理。</strong>各市将防治扬尘污染费用纳入工程造价，城市建成区道路机械化清扫率达到80%左右。", "秦　朗", 3,
         "各市人民政府", "大气环境处", "2025年底前"),
        (15, "<strong>推进矿山生态环境综合整治。</strong>新建矿山原则上要同步建设铁路专用线或采用其他清洁运输方式，对限期整改仍不达标的矿山依法依规关闭。", None, 0,
         "自然生态保护处", "大气环境处、环境影响评价与排放管理处", "持续推进"),
        (16, "<strong>加强秸秆综合利用和禁烧。</strong>提高秸秆还田标准化、规范化水平，利用卫星遥感等手段加强秸秆焚烧火点监测和通报。", None, 0,
         "土壤生态环境处", "省生态环境监测中心，各市人民政府", "持续推进"),
    ]),
    ("五、强化多污染物减排，切实降低排放强度（5项）", [
        (17, "<strong>强化VOCs全流程、全环节综合治理。</strong>开展简易低效VOCs治理设施清理整治，石化、化工行业企业按要求开展泄漏检测与修复。", "林淑华", 4,
         "大气环境处", "省生态环境保护综合行政执法局、省环境工程评估中心", "2025年10月底前"),
        (18, "<strong>推进重点行业污染深度治理。</strong>高质量推进钢铁、水泥、焦化行业及燃煤锅炉超低排放改造，推进玻璃、石灰、砖瓦等行业深度治理。", None, 0,
         "大气环境处", "环境影响评价与排放管理处、生态环境监测处", "2025年底前"),
        (19, "<strong>开展餐饮油烟、恶臭异味专项治理。</strong>督促各市加强部门联动，因地制宜解决人民群众反映集中的油烟及恶臭异味扰民问题。", None, 0,
         "各市人民政府", "大气环境处", "持续推进"),
        (20, "<strong>稳步推进大气氨污染防控。</strong>开展大型规模化畜禽养殖场大气氨排放总量控制试点，推广氮肥机械深施和低蛋白日粮技术。", None, 0,
         "土壤生态环境处", "大气环境处、省生态环境科学研究院", "2025年12月底前"),
        (21, "<strong>加强消耗臭氧层物质和氢氟碳化物管理。</strong>严格落实含氢氯氟烃生产、使用配额许可制度，开展消耗臭氧层物质执法专项检查。", "欧阳明", 1,
         "应对气候变化处", "固体废物与化学品处、省生态环境保护综合行政执法局", "持续推进"),
    ]),
    ("六、完善大气环境管理体系，提升污染防治能力（5项）", [
        (22, "<strong>实施城市空气质量达标管理。</strong>未达标城市制定空气质量达标规划，明确达标路线图及重点任务，并向社会公开。", "秦　朗", 5,
         "各市人民政府", "大气环境处", "2025年6月底前"),
        (23, "<strong>完善重污染天气应对机制。</strong>修订省级重污染天气应急预案，规范重污染天气预警启动、响应、解除工作流程，动态更新应急减排清单。", None, 0,
         "大气环境处", "省生态环境监测中心、省生态环境应急与事故调查中心", "2025年9月底前"),
        (24, "<strong>积极推进区域联防联控。</strong>加强与周边省份大气污染联防联控，在重点时段开展联合会商和区域应急联动。", None, 0,
         "大气环境处", "省生态环境监测中心", "持续推进"),
        (25, "<strong>完善大气环境监测监控网络。</strong>加强工业园区、重点企业大气环境监测，推进高空瞭望、激光雷达、走航监测等新技术应用。", None, 0,
         "生态环境监测处", "省生态环境监测中心、省生态环境信息中心，各市人民政府", "2025年底前"),
        (26, "<strong>强化污染源监测和执法监管。</strong>将重点排污单位自动监测数据纳入执法监管，严厉打击第三方环保服务机构弄虚作假行为。", None, 0,
         "省生态环境保护综合行政执法局", "生态环境监测处、大气环境处，各市人民政府", "持续推进"),
    ]),
    ("七、健全法规标准和经济政策（3项）", [
        (27, "<strong>推动修订《黛江省大气污染防治条例》。</strong>开展条例实施情况评估，形成修订草案提请省人民政府审议。", "林淑华", 3,
         "法规与标准处", "大气环境处", "2025年12月底前"),
        (28, "<strong>加快制定地方大气污染物排放标准。</strong>制定陶瓷工业、砖瓦工业大气污染物排放地方标准，适时启动其他行业标准研究。", None, 0,
         "法规与标准处、省生态环境科学研究院", "大气环境处", "2025年底前"),
        (29, "<strong>积极争取大气污染防治资金支持。</strong>加强中央和省级大气污染防治资金项目储备库建设，开展资金使用绩效评价。", None, 0,
         "科技与财务处", "大气环境处，各市人民政府", "持续推进"),
    ]),
    ("八、落实各方责任，开展全民行动（3项）", [
        (30, "<strong>加强组织领导。</strong>定期召开厅大气污染防治工作专题会，研究解决大气污染防治重点难点问题。", "韦建平", 1,
         "办公室", "大气环境处", "持续推进"),
        (31, "<strong>严格监督考核。</strong>将空气质量改善目标完成情况作为深入打好污染防治攻坚战成效考核的重要内容，对空气质量改善不力的市开展约谈。", "欧阳明", 2,
         "生态环境保护督察办公室", "大气环境处、生态环境监测处", "每年"),
        (32, "<strong>实施全民行动。</strong>加强宣传引导，开展“美丽中国，我是行动者”系列活动，鼓励公众积极参与监督。", None, 0,
         "宣传教育处", "省生态环境宣传教育中心，各市人民政府", "持续推进"),
    ]),
]

TD = '<td style="border:1px solid #000000;padding:0px 7px;" valign="middle"'
P_C = '<p style="text-align:center;line-height:20px;margin-top:0px;margin-bottom:0px;"><span style="font-family:仿宋_GB2312;font-size:14px;">'
P_L = '<p style="text-align:justify;line-height:20px;margin-top:0px;margin-bottom:0px;"><span style="font-family:仿宋_GB2312;font-size:14px;">'
E = '</span></p>'


def cell_units(s):
    # units in a cell: as the editor kept them, lists with 、 and ，
    return P_C + s + E


def table():
    out = []
    out.append('<table width="100%" cellspacing="0" cellpadding="0" border="1" style="border-collapse:collapse;border:none;width:100%;"><tbody>')
    hdr = ["序号", "重点任务", "责任厅领导", "牵头处室（单位）", "配合处室（单位）", "完成时限"]
    widths = ["5%", "41%", "9%", "14%", "19%", "12%"]
    out.append('<tr style="height:40px;">' + "".join(
        f'{TD} width="{w}"><p style="text-align:center;margin-top:0px;margin-bottom:0px;"><strong><span style="font-family:黑体;font-size:14px;">{h}</span></strong></p></td>'
        for h, w in zip(hdr, widths)) + '</tr>')
    for title, rows in PARTS:
        out.append(f'<tr style="height:32px;">{TD} colspan="6"><p style="text-align:left;margin-top:0px;margin-bottom:0px;"><strong><span style="font-family:黑体;font-size:14px;">{title}</span></strong></p></td></tr>')
        for (no, text, leader, rs, lead, coop, dl) in rows:
            tds = [f'{TD}>{P_C}{no}{E}</td>', f'{TD}>{P_L}{text}{E}</td>']
            if leader is not None:
                span = f' rowspan="{rs}"' if rs > 1 else ''
                tds.append(f'{TD}{span}>{P_C}{leader}{E}</td>')
            tds.append(f'{TD}>{cell_units(lead)}</td>')
            tds.append(f'{TD}>{cell_units(coop)}</td>')
            tds.append(f'{TD}>{P_C}{dl}{E}</td>')
            out.append('<tr>' + "".join(tds) + '</tr>')
    out.append('</tbody></table>')
    return "\n".join(out)


def para(s, indent=True, style=""):
    ind = "text-indent:2em;" if indent else ""
    return f'<p style="{ind}line-height:30px;margin-top:0px;margin-bottom:0px;{style}"><span style="font-family:仿宋_GB2312;font-size:16px;">{s}</span></p>'


TITLE = "黛江省生态环境厅关于印发《〈黛江省空气质量持续改善行动实施方案〉重点任务分工方案》的通知"

body = []
body.append('<p style="text-align:center;line-height:30px;margin-top:0px;margin-bottom:0px;"><span style="font-family:仿宋_GB2312;font-size:16px;">黛环发〔2025〕21号</span></p>')
body.append('<p><br/></p>')
body.append(para("各市人民政府，厅机关各处室、各直属单位：", indent=False))
body.append(para("为贯彻落实《黛江省人民政府关于印发黛江省空气质量持续改善行动实施方案的通知》（黛政发〔2024〕17号）部署要求，确保各项重点任务落地见效，经厅党组会议研究同意，现将《〈黛江省空气质量持续改善行动实施方案〉重点任务分工方案》印发给你们，请结合实际认真抓好落实。有关要求如下："))
body.append(para('<strong><span style="font-family:黑体;">一、提高思想认识。</span></strong>各市、厅机关各处室、各直属单位要充分认识空气质量持续改善行动的重要意义，把各项任务纳入年度重点工作，细化工作措施，确保按时保质完成。'))
body.append(para('<strong><span style="font-family:黑体;">二、压实工作责任。</span></strong>责任厅领导对分管任务负领导责任；牵头处室（单位）对任务落实负主要责任，要主动谋划、统筹推进；配合处室（单位）要按照职责分工积极支持配合。涉及各市人民政府的任务，由各市人民政府组织实施，厅牵头处室（单位）加强业务指导和跟踪调度。'))
body.append(para('<strong><span style="font-family:黑体;">三、加强调度评估。</span></strong>请各牵头处室（单位）、各市生态环境局于每季度末月25日前将任务进展情况报送厅大气环境处，由大气环境处汇总后报厅党组。联系人：大气环境处　赵敏，电话：0871-66231457，邮箱：dqc@sthjt.daijiang.gov.cn。'))
body.append('<p><br/></p>')
body.append(para("附件：《黛江省空气质量持续改善行动实施方案》重点任务分工方案"))
body.append('<p><br/></p>')
body.append('<p style="text-align:right;line-height:30px;margin-top:0px;margin-bottom:0px;padding-right:4em;"><span style="font-family:仿宋_GB2312;font-size:16px;">黛江省生态环境厅</span></p>')
body.append('<p style="text-align:right;line-height:30px;margin-top:0px;margin-bottom:0px;padding-right:4em;"><span style="font-family:仿宋_GB2312;font-size:16px;">2025年3月18日</span></p>')
body.append(para("（此件公开发布）"))
body.append('<p><br/></p>')
body.append('<p style="line-height:30px;margin-top:0px;margin-bottom:0px;"><span style="font-family:黑体;font-size:16px;">附件</span></p>')
body.append('<p><br/></p>')
body.append('<p style="text-align:center;line-height:36px;margin-top:0px;margin-bottom:0px;"><span style="font-family:方正小标宋简体;font-size:22px;">《黛江省空气质量持续改善行动实施方案》<br/>重点任务分工方案</span></p>')
body.append('<p><br/></p>')
body.append(table())
body.append('<p style="line-height:24px;margin-top:8px;margin-bottom:0px;"><span style="font-family:仿宋_GB2312;font-size:14px;">注：1.完成时限为“持续推进”的任务，请于每年12月20日前报送年度进展情况。2.涉及各市人民政府的任务，由各市生态环境局汇总本市进展情况后报送。</span></p>')

ARTICLE = "\n".join(body)

html = f"""<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{TITLE}_黛江省生态环境厅</title>
<meta name="SiteName" content="黛江省生态环境厅">
<meta name="SiteDomain" content="sthjt.daijiang.gov.cn">
<meta name="SiteIDCode" content="5300000041">
<meta name="ColumnName" content="通知公告">
<meta name="ColumnType" content="通知公告">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2025-03-20 16:42">
<meta name="ContentSource" content="大气环境处">
<meta name="Keywords" content="空气质量持续改善 分工方案">
<meta name="Description" content="{TITLE}">
<link rel="stylesheet" href="{F}/common.css">
<link rel="stylesheet" href="{F}/xxgk_detail.css">
<script src="{F}/jquery-1.12.4.min.js.下载"></script>
<script src="{F}/common.js.下载"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
</script>
<script async="" src="{F}/hm.js.下载"></script>
<style type="text/css">
.TRS_Editor P{{margin-top:0;margin-bottom:0;line-height:1.8;font-family:仿宋_GB2312;font-size:16px;}}
.TRS_Editor TD{{font-family:仿宋_GB2312;font-size:14px;}}
</style>
</head>
<body>
<div class="top-bar">
  <div class="w1200 clearfix">
    <div class="fl">今天是：<span id="today">2025年3月21日 星期五</span></div>
    <div class="fr">
      <a href="http://sthjt.daijiang.gov.cn/wza/" target="_blank">无障碍</a> |
      <a href="http://sthjt.daijiang.gov.cn/gate/big5/sthjt.daijiang.gov.cn/" target="_blank">繁體</a> |
      <a href="http://sthjt.daijiang.gov.cn/ydb/" target="_blank">移动版</a> |
      <a href="http://sthjt.daijiang.gov.cn/wzdt/" target="_blank">网站地图</a>
    </div>
  </div>
</div>
<div class="header">
  <div class="w1200 clearfix">
    <a class="logo" href="http://sthjt.daijiang.gov.cn/"><img src="{F}/logo.png" alt="黛江省生态环境厅"></a>
    <div class="search">
      <form action="http://search.daijiang.gov.cn/search" method="get" target="_blank">
        <input type="hidden" name="siteCode" value="5300000041">
        <input type="text" name="q" class="search-input" placeholder="请输入关键字">
        <input type="submit" class="search-btn" value="搜索">
      </form>
    </div>
  </div>
</div>
<div class="nav">
  <ul class="w1200 clearfix">
    <li><a href="http://sthjt.daijiang.gov.cn/">首页</a></li>
    <li><a href="http://sthjt.daijiang.gov.cn/jggk/">机构概况</a></li>
    <li class="on"><a href="http://sthjt.daijiang.gov.cn/zwgk/">政务公开</a></li>
    <li><a href="http://sthjt.daijiang.gov.cn/zwfw/">政务服务</a></li>
    <li><a href="http://sthjt.daijiang.gov.cn/hjzl/">环境质量</a></li>
    <li><a href="http://sthjt.daijiang.gov.cn/hdjl/">互动交流</a></li>
    <li><a href="http://sthjt.daijiang.gov.cn/ztzl/">专题专栏</a></li>
  </ul>
</div>
<div class="w1200">
  <div class="position">当前位置：<a href="http://sthjt.daijiang.gov.cn/">首页</a> &gt; <a href="http://sthjt.daijiang.gov.cn/zwgk/">政务公开</a> &gt; <a href="http://sthjt.daijiang.gov.cn/zwgk/zfxxgkml/">政府信息公开目录</a> &gt; <a href="http://sthjt.daijiang.gov.cn/zwgk/zfxxgkml/tzgg/">通知公告</a></div>
  <div class="xxgk-box">
    <table class="xxgk-table" width="100%" cellspacing="0" cellpadding="0">
      <tbody>
        <tr><th>索&nbsp;&nbsp;引&nbsp;&nbsp;号：</th><td>11530000MB0K27635R/2025-00321</td><th>主题分类：</th><td>生态环境\\大气</td></tr>
        <tr><th>发布机构：</th><td>黛江省生态环境厅</td><th>成文日期：</th><td>2025-03-18</td></tr>
        <tr><th>文&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;号：</th><td>黛环发〔2025〕21号</td><th>发布日期：</th><td>2025-03-20</td></tr>
        <tr><th>名&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;称：</th><td colspan="3">{TITLE}</td></tr>
        <tr><th>有&nbsp;&nbsp;效&nbsp;&nbsp;性：</th><td colspan="3">有效</td></tr>
      </tbody>
    </table>
  </div>
  <div class="article">
    <h1 class="article-title">{TITLE}</h1>
    <div class="article-info">
      <span>发布时间：2025-03-20 16:42</span>
      <span>来源：大气环境处</span>
      <span>浏览次数：<em id="readCount">1386</em></span>
      <span class="font-size">字号：<a href="javascript:void(0);" onclick="doZoom(18)">大</a> <a href="javascript:void(0);" onclick="doZoom(16)">中</a> <a href="javascript:void(0);" onclick="doZoom(14)">小</a></span>
      <span><a href="javascript:window.print();">打印</a></span>
    </div>
    <div class="article-content" id="zoom">
<div class="TRS_Editor"><div class="TRS_UEDITOR TRS_WEB">{ARTICLE}</div></div>
    </div>
    <div class="fujian">
      <p>附件下载：</p>
      <ul><li><a href="http://sthjt.daijiang.gov.cn/zwgk/zfxxgkml/tzgg/202503/P020250320589412635874.docx" target="_blank">《黛江省空气质量持续改善行动实施方案》重点任务分工方案.docx</a></li></ul>
    </div>
    <div class="article-share">
      分享到：<a href="javascript:void(0);" class="share-wx" title="微信">微信</a><a href="javascript:void(0);" class="share-wb" title="微博">微博</a>
    </div>
  </div>
  <div class="related">
    <div class="related-title">相关阅读</div>
    <ul>
      <li><a href="http://sthjt.daijiang.gov.cn/zwgk/zcjd/202501/t20250108_1176031.html" target="_blank">《黛江省空气质量持续改善行动实施方案》政策解读</a><span>2025-01-08</span></li>
      <li><a href="http://sthjt.daijiang.gov.cn/zwgk/zfxxgkml/tzgg/202502/t20250226_1183320.html" target="_blank">黛江省生态环境厅关于印发2025年全省生态环境工作要点的通知</a><span>2025-02-26</span></li>
      <li><a href="http://sthjt.daijiang.gov.cn/hjzl/kqzl/202503/t20250312_1185906.html" target="_blank">2025年2月全省环境空气质量状况</a><span>2025-03-12</span></li>
    </ul>
  </div>
</div>
<div class="footer">
  <div class="w1200">
    <div class="footer-links">
      <a href="http://sthjt.daijiang.gov.cn/gywm/">关于我们</a> | <a href="http://sthjt.daijiang.gov.cn/lxwm/">联系我们</a> | <a href="http://sthjt.daijiang.gov.cn/wzsm/">网站声明</a>
    </div>
    <p>主办单位：黛江省生态环境厅&nbsp;&nbsp;&nbsp;&nbsp;地址：黛江省青崖市翠湖东路168号&nbsp;&nbsp;&nbsp;&nbsp;邮编：650034</p>
    <p>网站标识码：5300000041&nbsp;&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">黛ICP备05008811号-1</a>&nbsp;&nbsp;&nbsp;&nbsp;<img src="{F}/gaba.png">黛公网安备 53010202000761号</p>
    <p><a href="http://bszs.conac.cn/sitename?method=show&amp;id=0B6E5C2F7A1D3E48E053012819AC7B21" target="_blank"><img src="{F}/red.png" alt="党政机关"></a></p>
  </div>
</div>
<script type="text/javascript">
function doZoom(size) {{ $("#zoom p, #zoom span, #zoom td").css("font-size", size + "px"); }}
$(function () {{ $.get("/api/count?docid=1187452"); }});
</script>

</body></html>"""

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME), "w", encoding="utf-8", newline="\n") as f:
    f.write(html)
