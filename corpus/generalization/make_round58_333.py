#!/usr/bin/env python3
"""Writes 333_hanlan_linyeju_chushi_fengong_biao.html: a 省林业局 page saved by Chrome
("Webpage, Complete"), the article a TRS editor's body with the 分工方案 table pasted from WPS."""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "333_hanlan_linyeju_chushi_fengong_biao.html")
URL = "https://lyj.hanlan.gov.cn/art/2026/3/4/art_10215_3896412.html"
FILES = "./汉澜省林业局关于印发2026年全省林业重点工作任务分工方案的通知_files"

F = 'font-family:仿宋_GB2312;font-size:10.5pt'


def run(t, bold=False, en=False):
    lang = ' lang="EN-US"' if en else ''
    s = f'<span{lang} style="{F}">{t}</span>'
    return f'<b>{s}</b>' if bold else s


def para(runs, center=False, oop=True):
    al = ' align="center" style="text-align:center;line-height:15pt"' if center else ' style="line-height:15pt"'
    tail = '<span lang="EN-US" style="' + F + '"><o:p></o:p></span>' if oop else ''
    return f'<p class="MsoNormal"{al}>{"".join(runs)}{tail}</p>'


def td(paras, width, rowspan=1, colspan=1):
    rs = f' rowspan="{rowspan}"' if rowspan > 1 else ''
    cs = f' colspan="{colspan}"' if colspan > 1 else ''
    return (f'<td width="{width}"{rs}{cs} valign="center" style="width:{width * 0.75:.1f}pt;'
            f'border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;'
            f'border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
            + "".join(paras) + '</td>')


W = [40, 300, 64, 130, 130, 76, 92]  # 序号 重点任务 责任局领导 责任处室 承担单位 完成时限 备注


def c(text_runs, **kw):
    """centered single paragraph cell content"""
    return [para(text_runs, center=True, **kw)]


rows = []


def cat(text):
    rows.append('<tr style="height:22.7pt">' + td([para([run(text, bold=True)])], sum(W), colspan=7) + '</tr>')


def task(no, body, leader=None, dept=None, unit=None, due="", note=""):
    """leader/dept/unit: None = covered by a rowspan above; else (paras, rowspan)"""
    cells = [td(c([run(no, en=True)]), W[0]), td(body, W[1])]
    for val, w in ((leader, W[2]), (dept, W[3]), (unit, W[4])):
        if val is not None:
            ps, rs = val
            cells.append(td(ps, w, rowspan=rs))
    cells.append(td(c([run(due)]) if due else [para([], center=True)], W[5]))
    cells.append(td(c([run(note)]) if note else [para([], center=True)], W[6]))
    rows.append('<tr style="height:30pt">' + "".join(cells) + '</tr>')


def body(title, rest):
    return [para([run(title, bold=True)] + rest)]


def one(*names_runs, rs=1):
    """a cell of one centered paragraph made of the given runs"""
    return (c(list(names_runs)), rs)


LY = "生态保护修复处（省绿化委员会办公室）"

# ---------------------------------------------------------------- 一
cat("一、国土绿化和生态保护修复（共5项）")
task("1", body("科学开展国土绿化。", [run("坚持以水而定、量水而行，完成人工造林"), run("15", en=True), run("万亩、封山育林"),
                                   run("20", en=True), run("万亩、退化林修复"), run("40", en=True),
                                   run("万亩，建设国家储备林"), run("10", en=True), run("万亩。")]),
     leader=one(run("王建峰"), rs=3),
     dept=one(run("生态保护修复处（省绿化委员会办公室）、规划财务处")),
     unit=([para([run("省林业工作总站")], center=True), para([run("省林业调查规划院")], center=True)], 1),
     due="2026年11月底前", note="省政府重点工作")
task("2", body("实施重要生态系统保护和修复重大工程。", [run("推进青枫江上游生态保护和修复工程、白鹭湖湿地修复工程，年内完成中央预算内投资项目建设任务。")]),
     dept=one(run("规划财务处、生态保护修"), run("复处（省绿化委员会办公室）、湿地管理处")),
     unit=one(run("省林业调查规划院")),
     due="2026年12月底前", note="积极争取省发展改革委、省财政厅支持")
task("3", body("深化全民义务植树。", [run("创新“互联网"), run("+", en=True), run("全民义务植树”尽责形式，组织开展春季义务植树活动，全省义务植树"),
                                  run("1", en=True), run("亿株以上。")]),
     dept=one(run(LY + "、办公室")),
     unit=one(run("省林业信息宣传中心")),
     due="2026年4月底前")
task("4", body("加强草原生态修复。", [run("实施退化草原修复治理"), run("8", en=True), run("万亩，推进草原禁牧和草畜平衡，开展草原生态修复成效评估。")]),
     leader=one(run("孙博远"), rs=2),
     dept=one(run("草原管理处")),
     unit=one(run("省林业工作总站")),
     due="2026年10月底前")
task("5", body("推进石漠化综合治理。", [run("完成岩溶地区石漠化综合治理任务"), run("6", en=True), run("万亩，加强第四次石漠化调查成果应用。")]),
     dept=one(run(LY + "、草原管理处")),
     unit=one(run("省林业调查规划院")),
     due="2026年12月底前")

# ---------------------------------------------------------------- 二
cat("二、森林草原湿地资源保护管理（共6项）")
task("1", body("严格林地保护管理。", [run("落实林地“一张图”管理，严格控制林地转为建设用地，依法审核审批建设项目使用林地。")]),
     leader=one(run("周海澜"), rs=4),
     dept=one(run("森林资源管"), run("理处")),
     unit=one(run("省林业调查规划院"), rs=2),
     due="持续推进")
task("2", body("开展林草湿综合监测。", [run("完成"), run("2026", en=True), run("年度林草湿综合监测和森林督查，按期发布全省林草湿资源状况公报。")]),
     dept=one(run("森林资源管理处、草原管理处、湿地管理处")),
     due="2026年12月底前", note="森林资源管理处、湿地管理处共同牵头")
task("3", body("加强草原资源保护。", [run("落实草原生态保护补助奖励政策，严格草原征占用审核审批，开展草原执法监督检查。")]),
     dept=one(run("草原管理处、政策法规处")),
     unit=one(run("/", en=True)),
     due="持续推进")
task("4", body("强化湿地保护修复。", [run("新认定省级重要湿地"), run("5", en=True), run("处，完成湿地保护修复"), run("3", en=True),
                                  run("万亩，湿地保护率稳定在"), run("50%", en=True), run("以上。")]),
     dept=one(run("湿地管理处")),
     unit=one(run("省湿地保护中心")),
     due="2026年12月底前")
task("5", body("规范林木采伐管理。", [run("全面推行林木采伐“放管服”改革，实现采伐许可证网上申请、网上审批。")]),
     leader=([para([run("周海澜")], center=True), para([run("孙博远")], center=True)], 2),
     dept=one(run("森林资源管理处、林业改革发展处")),
     unit=one(run("省林业信息宣传中心")),
     due="2026年9月底前")
task("6", body("加强古树名木保护。", [run("完成全省古树名木资源普查成果更新，建立古树名木保护数据库，挂牌保护率达到"), run("100%", en=True), run("。")]),
     dept=one(run("—")),
     unit=one(run("省林业工作总站、省林业科学研究院")),
     due="2026年10月底前")

# ---------------------------------------------------------------- 三
cat("三、自然保护地和野生动植物保护（共5项）")
task("1", body("推进自然保护地整合优化。", [run("完成自然保护地勘界立标，妥善处理自然保护地内历史遗留问题。")]),
     leader=one(run("刘&nbsp;&nbsp;敏"), rs=5),
     dept=one(run("自然保护地管理处、森林资源管理处")),
     unit=([para([run("省自然保护地服务中心")], center=True), para([run("省林业调查规划院")], center=True)], 1),
     due="2026年12月底前")
task("2", [para([run("高质量推进青枫岭国家公园创建。", bold=True)]),
           para([run("（"), run("1", en=True), run("）完成国家公园设立方案和社会影响评价；")]),
           para([run("（"), run("2", en=True), run("）配合做好国家公园设立前期工作，开展自然资源资产确权登记。")])],
     dept=one(run("自然保护地管理处、规划财务处、政策法规处")),
     unit=one(run("省自然保护地服务中心")),
     due="持续推进", note="省政府重点工作")
task("3", body("加强野生动物保护。", [run("开展野生动物疫源疫病监测防控，做好受伤野生动物救护，年内救护放归野生动物"), run("300", en=True), run("只（头）以上。")]),
     dept=one(run("野生动植物保护处")),
     unit=one(run("省野生动物救护繁育中心")),
     due="持续推进", note="省野生动物救护繁育中心共同牵头")
task("4", body("严厉打击破坏野生动植物资源违法犯罪。", [run("开展“清风”专项行动，严查非法猎捕、交易野生动物行为。")]),
     dept=one(run("野生动植物保护处、政策法规处")),
     unit=([para([], center=True)], 1),
     due="2026年11月底前", note="专项行动结束后15日内报送总结")
task("5", body("加强珍稀濒危野生植物保护。", [run("实施极小种群野生植物拯救保护工程，建设珍稀植物迁地保护基地"), run("2", en=True), run("处。")]),
     dept=one(run("野生动植物保护处、科学技术处")),
     unit=one(run("省林业科学研究院、省林木种苗总站")),
     due="2026年12月底前")

# ---------------------------------------------------------------- 四
cat("四、林业改革和产业发展（共5项）")
task("1", body("深化集体林权制度改革。", [run("推进集体林地“三权分置”，开展林权抵押贷款和林业碳汇交易试点。")]),
     leader=one(run("王建峰"), rs=3),
     dept=one(run("林业改革发展处、政策法规处、规划财务处")),
     unit=one(run("省林业工作总站")),
     due="2026年12月底前")
task("2", [para([run("全面推行林长制。", bold=True), '<br>', run("完善省市县乡村五级林长体系，开展林长制督查考核，推动林长制从“全面建立”到“全面见效”。")])],
     dept=one(run("林业改革发展处、办公室")),
     unit=one(run("各直属单位")),
     due="持续推进")
task("3", body("做大做强油茶产业。", [run("新造油茶林"), run("12", en=True), run("万亩、低产林改造"), run("20", en=True), run("万亩，培育油茶加工龙头企业。")]),
     dept=one(run("林业改革发展处、国有林场和种苗管理处")),
     unit=([para([run("省林业科学研究院")], center=True), para([run("省林木种苗总站")], center=True)], 1),
     due="2026年12月底前", note="纳入全省乡村振兴考核")
task("4", body("深化国有林场改革。", [run("推进国有林场森林经营方案编制实施，加强林场基础设施建设，支持省青枫岭国有林场创建全国示范林场。")]),
     leader=one(run("孙博远"), rs=2),
     dept=one(run("国有林场和种苗管理处")),
     unit=one(run("省青枫岭国有林场、省白鹭湖国有林场")),
     due="2026年12月底前")
task("5", body("发展林下经济和森林康养。", [run("新认定省级林下经济示范基地"), run("10", en=True), run("个、森林康养基地"), run("8", en=True), run("个。")]),
     dept=one(run("林业改革发展处、国有林场和种苗管理处")),
     unit=one(run("省林业科学研究院")),
     due="2026年11月底前")

# ---------------------------------------------------------------- 五
cat("五、森林草原防灭火和林业有害生物防治（共4项）")
task("1", body("压实森林草原防灭火责任。", [run("严格落实防火期"), run("24", en=True), run("小时值班和领导带班制度，强化野外火源管控。")]),
     leader=one(run("周海澜"), rs=2),
     dept=one(run("森林草原防火处、办公室")),
     unit=one(run("各直属单位")),
     due="持续推进", note="防火期内每月报送")
task("2", body("加强防火基础设施建设。", [run("建设生物防火林带"), run("300", en=True), run("公里，完善森林火险预警监测系统。")]),
     dept=one(run("森林草原防火处、规划财务处")),
     unit=one(run("省林业调查规划院")),
     due="2026年11月底前")
task("3", body("打好松材线虫病防控攻坚战。", [run("完成疫木除治任务，力争疫区、疫点数量实现“双下降”。")]),
     leader=one(run("孙博远"), rs=2),
     dept=one(run(LY), rs=2),
     unit=one(run("省林业有害生物防治检疫站")),
     due="2026年12月底前")
task("4", body("强化林业植物检疫执法。", [run("开展林业植物检疫执法专项行动，严防外来有害生物入侵。")]),
     unit=one(run("省林业有害生物防治检疫站、省林木种苗总站")),
     due="2026年10月底前")

# ---------------------------------------------------------------- 六
cat("六、科技支撑、法治建设和党的建设（共5项）")
task("1", body("强化林业科技支撑。", [run("实施林业科技创新项目"), run("20", en=True), run("项，推广林业实用技术"), run("30", en=True), run("项，建设林业科技示范基地。")]),
     leader=one(run("孙博远")),
     dept=one(run("科学技术处")),
     unit=one(run("省林业科学研究院")),
     due="2026年12月底前", note="由省林业科学研究院牵头")
task("2", body("推进法治林业建设。", [run("推动《汉澜省林长制条例》立法调研，落实行政执法“三项制度”，开展“八五”普法总结验收。")]),
     leader=one(run("陈立群"), rs=2),
     dept=one(run("政策法规处")),
     unit=one(run("/", en=True)),
     due="2026年11月底前")
task("3", body("加快智慧林业建设。", [run("建设全省林业“一张网”综合管理平台，推进林业数据资源整合共享。")]),
     dept=one(run("办公室、规划财务处")),
     unit=one(run("省林业信息宣传中心")),
     due="2026年12月底前")
task("4", body("全面加强党的建设。", [run("深入推进模范机关创建，落实党组理论学习中心组学习制度，抓好基层党组织标准化规范化建设。")]),
     leader=one(run("陈立群、赵文清")),
     dept=one(run("机关党委、人事处")),
     unit=one(run("各直属单位")),
     due="持续推进")
task("5", body("深入推进党风廉政建设。", [run("落实全面从严治党主体责任，加强对权力运行的制约和监督，持之以恒纠治“四风”。")]),
     leader=one(run("赵文清")),
     dept=one(run("机关党委、办公室、局机关各处室")),
     unit=one(run("各直属单位")),
     due="持续推进")

HEAD_CELL = ('<td width="{w}"{rs}{cs} style="width:{pt:.1f}pt;border:solid windowtext 1.0pt;'
             'background:#D9D9D9;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal" align="center" '
             'style="text-align:center"><b><span style="font-family:黑体;font-size:10.5pt">{t}</span></b></p></td>')


def hc(t, w, rs=1, cs=1):
    return HEAD_CELL.format(w=w, pt=w * 0.75, t=t, rs=f' rowspan="{rs}"' if rs > 1 else '',
                            cs=f' colspan="{cs}"' if cs > 1 else '')


header = ('<tr style="height:20pt">' + hc("序号", W[0], rs=2) + hc("重点任务", W[1], rs=2)
          + hc("责任分工", W[2] + W[3] + W[4], cs=3) + hc("完成时限", W[5], rs=2) + hc("备注", W[6], rs=2)
          + '</tr><tr style="height:20pt">' + hc("责任局领导", W[2]) + hc("责任处室", W[3]) + hc("承担单位", W[4])
          + '</tr>')

TABLE = ('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%" '
         'style="width:100.0%;border-collapse:collapse;border:none"><tbody>'
         + header + "\n" + "\n".join(rows) + '</tbody></table>')

P = '<p style="text-indent: 2em; line-height: 2em;">'


def bp(t):
    return P + t + '</p>'


ARTICLE = "\n".join([
    '<p style="text-align: center; line-height: 2em;">汉林办发〔2026〕6号</p>',
    '<p style="line-height: 2em;">局机关各处室、各直属单位：</p>',
    bp('为深入贯彻落实全省林业工作会议精神，确保2026年全省林业重点工作任务落到实处，经局党组会议研究同意，'
       '现将《2026年全省林业重点工作任务分工方案》（以下简称《分工方案》）印发给你们，并就有关事项通知如下。'),
    bp('<strong>一、提高思想认识。</strong>各处室（单位）要把重点工作任务落实作为检验工作作风和履职能力的重要标尺，'
       '主要负责同志亲自研究、亲自部署，细化工作措施，明确时间节点，确保各项任务按期完成。'),
    bp('<strong>二、明确责任分工。</strong>《分工方案》中，“责任局领导”为该项任务的责任领导，负责统筹调度；'
       '“责任处室”栏排在第一位的为牵头处室，其余为配合处室；“承担单位”栏所列直属单位为配合单位，负责具体实施；'
       '“责任处室”栏为“—”的，由“承担单位”栏排在第一位的直属单位牵头。“备注”栏对牵头处室（单位）另有说明的，以备注为准。'
       '牵头处室（单位）要主动对接、加强统筹，配合处室（单位）要积极支持、密切协作，形成工作合力。'),
    bp('<strong>三、强化督查考核。</strong>局办公室将《分工方案》执行情况纳入2026年度处室（单位）绩效考核。'
       '各牵头处室（单位）于每季度最后一个月25日前将任务进展情况报局办公室，全年完成情况于12月10日前报送。'
       '对工作推进不力、影响全局工作的，按有关规定予以通报。'),
    bp('联系人：局办公室 黄一鸣，联系电话：0738-86523017。'),
    bp('附件：2026年全省林业重点工作任务分工方案'),
    '<p style="text-align: right; line-height: 2em;">汉澜省林业局</p>',
    '<p style="text-align: right; line-height: 2em;">2026年2月26日</p>',
    bp('（此件主动公开）'),
    '<p style="line-height: 2em;"><br></p>',
    '<p style="line-height: 2em;"><span style="font-family: 黑体;">附件</span></p>',
    '<p style="text-align: center; line-height: 2em;"><strong><span style="font-size: 20px;">'
    '2026年全省林业重点工作任务分工方案</span></strong></p>',
    TABLE,
    '<p class="MsoNormal" style="line-height:2em"><span style="' + F + '">注：完成时限为“持续推进”的，'
    '请于每季度最后一个月25日前报送阶段性进展；“/”表示无承担单位。</span></p>',
])

TITLE = "汉澜省林业局关于印发2026年全省林业重点工作任务分工方案的通知"

saved = f"<!-- saved from url=({len(URL):04d}){URL} -->"

HTML = f"""<!DOCTYPE html>
{saved}
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{TITLE}_通知公告_汉澜省林业局</title>
<meta name="SiteName" content="汉澜省林业局">
<meta name="SiteDomain" content="lyj.hanlan.gov.cn">
<meta name="SiteIDCode" content="8100000021">
<meta name="ColumnName" content="通知公告">
<meta name="ColumnType" content="通知公告">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2026-03-04 10:21">
<meta name="ContentSource" content="局办公室">
<meta name="Keywords" content="林业,重点工作,任务分工">
<meta name="Description" content="{TITLE}">
<link rel="stylesheet" type="text/css" href="{FILES}/common.css">
<link rel="stylesheet" type="text/css" href="{FILES}/article.css">
<script type="text/javascript" src="{FILES}/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="{FILES}/assist.js" id="ariaScript"></script>
<style type="text/css">
.TRS_Editor P{{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:16px;}}
.TRS_Editor TABLE{{font-size:14px;}}
.TRS_Editor TD{{font-size:14px;line-height:1.5;}}
.article-attr td{{padding:4px 10px;border:1px solid #e3e3e3;}}
</style>
<script type="text/javascript">
var _trsPageId = "3896412", _trsColumnId = "10215";
var _articleTitle = "{TITLE}";
function doZoom(size) {{ $(".TRS_Editor, .TRS_Editor p, .TRS_Editor td").css("font-size", size + "px"); }}
</script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span class="welcome">欢迎访问汉澜省林业局网站！</span><span class="top-links"><a href="javascript:void(0)" id="cniil_wza">无障碍</a> | <a href="javascript:void(0)" class="old-mode">长者模式</a> | <a href="https://lyj.hanlan.gov.cn/col/col10301/index.html">English</a></span></div></div>
<div class="header"><div class="w1200"><a href="https://lyj.hanlan.gov.cn/"><img src="{FILES}/logo.png" alt="汉澜省林业局"></a>
<form class="search" action="https://lyj.hanlan.gov.cn/jsearchfront/search.do" method="get"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul class="w1200">
<li><a href="https://lyj.hanlan.gov.cn/">首页</a></li>
<li><a href="https://lyj.hanlan.gov.cn/col/col10201/index.html">机构概况</a></li>
<li class="on"><a href="https://lyj.hanlan.gov.cn/col/col10202/index.html">政务公开</a></li>
<li><a href="https://lyj.hanlan.gov.cn/col/col10203/index.html">政务服务</a></li>
<li><a href="https://lyj.hanlan.gov.cn/col/col10204/index.html">互动交流</a></li>
<li><a href="https://lyj.hanlan.gov.cn/col/col10205/index.html">林业数据</a></li>
<li><a href="https://lyj.hanlan.gov.cn/col/col10206/index.html">专题专栏</a></li>
</ul></div>
<div class="w1200 main">
<div class="crumb">当前位置：<a href="https://lyj.hanlan.gov.cn/">首页</a> &gt; <a href="https://lyj.hanlan.gov.cn/col/col10202/index.html">政务公开</a> &gt; <a href="https://lyj.hanlan.gov.cn/col/col10215/index.html">通知公告</a></div>
<div class="left-col">
<div class="side-title">政务公开</div>
<ul class="side-menu">
<li><a href="https://lyj.hanlan.gov.cn/col/col10211/index.html">信息公开指南</a></li>
<li><a href="https://lyj.hanlan.gov.cn/col/col10212/index.html">信息公开制度</a></li>
<li><a href="https://lyj.hanlan.gov.cn/col/col10213/index.html">法定主动公开内容</a></li>
<li class="on"><a href="https://lyj.hanlan.gov.cn/col/col10215/index.html">通知公告</a></li>
<li><a href="https://lyj.hanlan.gov.cn/col/col10216/index.html">规划计划</a></li>
<li><a href="https://lyj.hanlan.gov.cn/col/col10217/index.html">政策解读</a></li>
<li><a href="https://lyj.hanlan.gov.cn/col/col10218/index.html">信息公开年报</a></li>
</ul>
<div class="side-title">热点排行</div>
<ol class="hot-list">
<li><span class="num n1">1</span><a href="https://lyj.hanlan.gov.cn/art/2026/2/12/art_10215_3891177.html" title="汉澜省林业局关于做好2026年春季森林草原防灭火工作的通知">汉澜省林业局关于做好2026年春季森林草原防灭火工作的...</a></li>
<li><span class="num n2">2</span><a href="https://lyj.hanlan.gov.cn/art/2026/2/20/art_10215_3893025.html" title="全省林业工作会议在青州召开">全省林业工作会议在青州召开</a></li>
<li><span class="num n3">3</span><a href="https://lyj.hanlan.gov.cn/art/2026/1/8/art_10216_3880411.html" title="汉澜省林业局2025年工作总结和2026年工作计划">汉澜省林业局2025年工作总结和2026年工作计划</a></li>
<li><span class="num">4</span><a href="https://lyj.hanlan.gov.cn/art/2026/3/2/art_10215_3895560.html" title="关于开展2026年“爱鸟周”宣传活动的通知">关于开展2026年“爱鸟周”宣传活动的通知</a></li>
<li><span class="num">5</span><a href="https://lyj.hanlan.gov.cn/art/2025/12/30/art_10217_3876902.html" title="《汉澜省古树名木保护办法》政策解读">《汉澜省古树名木保护办法》政策解读</a></li>
</ol>
</div>
<div class="right-col">
<table class="article-attr" width="100%" cellspacing="0" cellpadding="0"><tbody>
<tr><td width="12%"><b>索&nbsp;引&nbsp;号：</b></td><td width="38%">MB1C28471/2026-00031</td><td width="12%"><b>主题分类：</b></td><td width="38%">林业\\其他</td></tr>
<tr><td><b>发布机构：</b></td><td>汉澜省林业局</td><td><b>成文日期：</b></td><td>2026-02-26</td></tr>
<tr><td><b>文&nbsp;&nbsp;&nbsp;&nbsp;号：</b></td><td>汉林办发〔2026〕6号</td><td><b>发布日期：</b></td><td>2026-03-04</td></tr>
<tr><td><b>有&nbsp;效&nbsp;性：</b></td><td>有效</td><td><b>公开方式：</b></td><td>主动公开</td></tr>
</tbody></table>
<h1 class="art-title">{TITLE}</h1>
<div class="art-info">发布时间：2026-03-04 10:21&nbsp;&nbsp;&nbsp;来源：局办公室&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">1368</span>&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div class="art-con" id="zoom">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart"><div class="TRS_Editor">
{ARTICLE}
</div><meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
</div>
<div class="art-file">
<p>相关附件：</p>
<p><a href="https://lyj.hanlan.gov.cn/module/download/downfile.jsp?classid=0&amp;filename=5a8e2c0d41b34f7c9d2a1e6b0f3c7d18.docx" target="_blank">2026年全省林业重点工作任务分工方案.docx</a></p>
</div>
<div class="art-tools"><span class="share">分享到：<a href="javascript:void(0)" class="wx">微信</a><a href="javascript:void(0)" class="wb">微博</a></span><span class="tool-btn"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></span></div>
<div class="related"><div class="rel-title">相关文章</div><ul>
<li><a href="https://lyj.hanlan.gov.cn/art/2025/3/6/art_10215_3712208.html">汉澜省林业局关于印发2025年全省林业重点工作任务分工方案的通知</a><span>2025-03-06</span></li>
<li><a href="https://lyj.hanlan.gov.cn/art/2026/2/20/art_10215_3893025.html">全省林业工作会议在青州召开</a><span>2026-02-20</span></li>
</ul></div>
</div>
</div>
<div class="footer"><div class="w1200">
<div class="foot-links"><a href="https://lyj.hanlan.gov.cn/col/col10401/index.html">网站地图</a> | <a href="https://lyj.hanlan.gov.cn/col/col10402/index.html">联系我们</a> | <a href="https://lyj.hanlan.gov.cn/col/col10403/index.html">隐私声明</a></div>
<p>主办单位：汉澜省林业局&nbsp;&nbsp;&nbsp;承办单位：汉澜省林业信息宣传中心</p>
<p>地址：青州市林苑路168号&nbsp;&nbsp;&nbsp;邮编：410021&nbsp;&nbsp;&nbsp;联系电话：0738-86523000</p>
<p>网站标识码：8100000021&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">汉ICP备05001234号</a>&nbsp;&nbsp;&nbsp;<img src="{FILES}/beian.png" alt="">汉公网安备 81010202000123号</p>
<div class="jiucuo"><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=8100000021" target="_blank"><img src="{FILES}/jiucuo.png" alt="政府网站找错"></a><a href="javascript:void(0)"><img src="{FILES}/dzjg.png" alt="党政机关"></a></div>
</div></div>
<script type="text/javascript" src="{FILES}/hits.js"></script>
<script type="text/javascript">
$(function(){{ $(".old-mode").on("click", function(){{ $("body").toggleClass("elder"); }}); }});
</script>
</body></html>
"""

with open(OUT, "w", encoding="utf-8") as f:
    f.write(HTML)
print(OUT, len(HTML))
