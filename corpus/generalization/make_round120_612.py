#!/usr/bin/env python3
"""Round 120, notice 612 (control case).

A national-level economic and technological development zone's 管委会党政办公室
publishes its 2026年重点工作任务分解 notice in the 通知公告 column of the zone
portal.  This script writes the article page as the server sends it (template,
navigation, breadcrumb, article meta, the CMS body with the notice and its
task table, related links, footer) and the gold list.

Deterministic: no clocks, no randomness.  Run with /usr/bin/python3 make_612.py
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "612_xiyang_jingkaiqu_zhongdian_gongzuo_renwu_fenjie"
HTML_PATH = os.path.join(HERE, NAME + ".html")
GOLD_PATH = os.path.join(HERE, NAME + ".tasks.gold.jsonl")

ZONE = "汐阳经济技术开发区"
ISSUER = ZONE + "管理委员会党政办公室"
DOCNO = "汐经开党政办〔2026〕4号"
SHORT_TITLE = "关于印发《" + ZONE + "2026年重点工作任务分解》的通知"
TITLE = ISSUER + SHORT_TITLE
ANNEX_TITLE = ZONE + "2026年重点工作任务分解表"

# ---------------------------------------------------------------------------
# The task table.  Each part: (heading, [tasks]).  Each task is a dict:
#   text      task text (plain)
#   leaders   cell HTML for 责任领导, or None when merged from above
#   lrs       rowspan of the leader cell (when given)
#   lead      cell HTML for 牵头部门, or None when merged from above
#   leadrs    rowspan of the lead cell
#   coop      cell HTML for 配合部门
#   dl        cell text for 时间节点, or None when merged from above
#   dlrs      rowspan of the deadline cell
# Gold values are worked out below from the same data by a human-readable rule
# (merged cells inherit from the cell above), not by parsing the page.
# ---------------------------------------------------------------------------
CHEN = "陈　鹏"     # padded two-character names as the drafter typed them
SONG = "宋　杰"

PARTS = [
    ("一、主要经济指标和项目建设（6项）", [
        dict(text="全年地区生产总值增长6.5%左右，规模以上工业增加值增长8%以上，一般公共预算收入增长5%。",
             leaders="韩立新<br/>" + CHEN, lrs=1,
             lead="经济发展局", coop="财政局、科技创新局、商务局、经开区税务局", dl="2026年12月底前"),
        dict(text="固定资产投资增长10%以上，其中工业投资增长12%以上；全年实施重点项目120个以上，完成年度投资260亿元。",
             leaders=CHEN, lrs=3,
             lead="经济发展局", coop="规划建设局、自然资源和规划分局、行政审批局、各园区服务中心", dl="2026年12月底前"),
        dict(text="加快推进年产20万套新能源汽车电驱系统、高端光学膜材料等48个续建项目建设，确保年内竣工投产30个以上。",
             leaders=None,
             lead="经济发展局", coop="规划建设局、招商服务局、各园区服务中心", dl="2026年11月底前"),
        dict(text="强化要素保障，全年供应工业用地3000亩以上，盘活低效闲置用地800亩以上，争取地方政府专项债券资金15亿元以上。",
             leaders=None,
             lead="自然资源和规划分局<br/>财政局", coop="经济发展局、规划建设局、各街道办事处", dl="2026年12月底前"),
        dict(text="深化“亩均论英雄”改革，完成规上工业企业亩均效益综合评价，对D类企业实施分类整治提升。",
             leaders="郑国华", lrs=2,
             lead="经济发展局", coop="自然资源和规划分局、生态环境分局、经开区税务局、市场监管分局", dl="2026年9月底前"),
        dict(text="加强经济运行监测调度，落实重点企业、重点项目“周调度、月通报”机制，夯实统计基层基础。",
             leaders=None,
             lead="经济发展局", coop="各局（办、中心），各街道办事处", dl="全年"),
    ]),
    ("二、招商引资和开放型经济（6项）", [
        dict(text="坚持“一把手”招商，全年新引进亿元以上产业项目60个，其中10亿元以上项目12个，实际利用外资1.8亿美元。",
             leaders="周启明、韩立新", lrs=1,
             lead="招商服务局", coop="商务局、经济发展局、科技创新局、各园区服务中心", dl="2026年12月底前"),
        dict(text="围绕新能源汽车及零部件、新材料、生物医药三大主导产业，绘制产业链招商图谱，开展产业链精准招商和以商招商。",
             leaders="郑国华", lrs=3,
             lead="招商服务局", leadrs=2, coop="经济发展局、科技创新局", dl="2026年6月底前"),
        dict(text="办好2026汐阳经开区投资贸易洽谈会等重点招商活动，赴长三角、粤港澳大湾区开展专题招商10次以上。",
             leaders=None,
             lead=None, coop="党政办公室、商务局", dl="2026年10月底前"),
        dict(text="健全项目签约、落地、开工、投产全流程服务机制，推动签约项目资金到位率达到40%以上。",
             leaders=None,
             lead="行政审批局", coop="招商服务局、规划建设局、自然资源和规划分局", dl="2026年12月底前"),
        dict(text="推动外贸稳规模优结构，全年实现进出口总额320亿元，跨境电商交易额增长20%以上。",
             leaders="刘晓燕", lrs=2,
             lead="商务局", coop="综合保税区管理局、财政局", dl="2026年12月底前"),
        dict(text="加快综合保税区提质升级，推进保税研发、保税维修等新业态发展，力争综保区在全国年度绩效评估中提档进位。",
             leaders=None,
             lead="综合保税区管理局", coop="商务局、经济发展局", dl="2026年12月底前"),
    ]),
    ("三、产业升级和科技创新（7项）", [
        dict(text="实施新能源汽车及零部件产业集群培育工程，支持链主企业扩能增产，全年产业规模突破900亿元。",
             leaders=CHEN, lrs=2,
             lead="经济发展局", coop="招商服务局、科技创新局", dl="2026年12月底前"),
        dict(text="推进新材料、生物医药产业延链补链，加快建设生物医药产业园二期、新材料中试基地。",
             leaders=None,
             lead="经济发展局", coop="规划建设局、经开投资集团", dl="2026年10月底前"),
        dict(text="新认定国家高新技术企业50家以上，高新技术企业总数达到420家，新增国家级专精特新“小巨人”企业5家。",
             leaders=SONG, lrs=5,
             lead="科技创新局", coop="经济发展局、财政局、经开区税务局", dl="2026年11月底前"),
        dict(text="支持企业建设研发机构，新建省级以上企业技术中心、工程技术研究中心等创新平台12个，全社会研发投入强度达到4.2%。",
             leaders=None,
             lead="科技创新局", coop="经济发展局", dl="2026年12月底前"),
        dict(text="深入实施“汐才计划”，全年引进高层次人才团队10个、各类专业技术人才3000人以上，新建人才公寓500套。",
             leaders=None,
             lead="组织人事部<br/>科技创新局", coop="社会事务局、经开投资集团", dl="2026年12月底前"),
        dict(text="推进数字经济和制造业深度融合，实施智能化改造和数字化转型项目80个，新建5G基站300个。",
             leaders=None,
             lead="经济发展局", coop="科技创新局、规划建设局", dl="2026年12月底前"),
        dict(text="推动科技成果转化，支持企业与高校院所共建联合实验室，全年技术合同成交额达到35亿元。",
             leaders=None,
             lead="科技创新局", coop="/", dl="2026年12月底前"),
    ]),
    ("四、改革攻坚和营商环境（5项）", [
        dict(text="深化开发区管理体制改革，完善“党工委（管委会）+平台公司”运行模式，健全全员岗位聘任和绩效薪酬制度。",
             leaders="韩立新", lrs=2,
             lead="组织人事部", coop="党政办公室、财政局、经开投资集团", dl="2026年6月底前"),
        dict(text="推进区属国有企业改革，推动经开投资集团市场化转型，年内完成主体信用评级提升工作。",
             leaders=None,
             lead="财政局", coop="经开投资集团", dl="2026年12月底前"),
        dict(text="持续优化营商环境，深化“高效办成一件事”改革，企业开办时间压缩至1个工作日以内，工程建设项目审批时间压缩至40个工作日以内。",
             leaders="刘晓燕", lrs=3,
             lead="行政审批局", coop="规划建设局、自然资源和规划分局、市场监管分局、经开区税务局", dl="2026年9月底前"),
        dict(text="完善惠企政策“免申即享”机制，全年兑现各类奖补资金不低于6亿元，建立企业诉求“直通车”办理制度。",
             leaders=None,
             lead="财政局", coop="经济发展局、科技创新局、商务局、招商服务局", dl="2026年12月底前"),
        dict(text="加强社会信用体系建设，规范涉企行政检查，推行“综合查一次”联合执法。",
             leaders=None,
             lead="市场监管分局", coop="综合行政执法局、应急管理局、生态环境分局", dl="2026年12月底前"),
    ]),
    ("五、城市建设和生态环境（6项）", [
        dict(text="完善园区基础设施，建成通园路、纬三路等道路12条，新建改造雨污管网40公里。",
             leaders="郑国华", lrs=3,
             lead="规划建设局", coop="经开投资集团、自然资源和规划分局", dl="2026年12月底前", dlrs=2),
        dict(text="推进产城融合发展，加快临江片区城市更新，实施老旧小区改造8个，完成征迁安置房建设2000套。",
             leaders=None,
             lead="规划建设局", coop="临江街道办事处、金湖街道办事处、经开投资集团", dl=None),
        dict(text="深化城市精细化管理，推进生活垃圾分类和环境卫生整治，创建市级“美丽街区”5条。",
             leaders=None,
             lead="综合行政执法局", coop="各街道办事处", dl="2026年12月底前"),
        dict(text="深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在32微克/立方米以内，国省控断面水质达标率100%。",
             leaders=SONG, lrs=3,
             lead="生态环境分局", coop="规划建设局、综合行政执法局、经济发展局，各街道办事处", dl="2026年12月底前"),
        dict(text="加快第二污水处理厂扩建工程，新增日处理能力5万吨，年内建成投入试运行。",
             leaders=None,
             lead="经开投资集团", coop="生态环境分局、规划建设局", dl="2026年10月底前"),
        dict(text="推进绿色低碳发展，创建国家级绿色工厂3家，新增分布式光伏装机容量80兆瓦。",
             leaders=None,
             lead="经济发展局", coop="生态环境分局", dl="2026年12月底前"),
    ]),
    ("六、民生保障和安全稳定（5项）", [
        dict(text="全年新增城镇就业8000人，开展职业技能培训1.2万人次，零就业家庭动态清零。",
             leaders="刘晓燕", lrs=3,
             lead="社会事务局", coop="财政局，经济发展局、各街道办事处", dl="2026年12月底前"),
        dict(text="推进教育优质均衡发展，建成投用经开区实验学校、金湖幼儿园等学校3所，新增学位4500个。",
             leaders=None,
             lead="社会事务局", coop="规划建设局、财政局、经开投资集团", dl="2026年8月底前"),
        dict(text="完善医疗卫生服务体系，推进区人民医院二期建设，实现社区卫生服务中心标准化建设全覆盖。",
             leaders=None,
             lead="社会事务局", coop="规划建设局、各街道办事处", dl="2026年12月底前"),
        dict(text="压实安全生产责任，深化危险化学品、建筑施工、消防等重点领域隐患排查整治，坚决遏制较大及以上安全事故发生。",
             leaders="韩立新<br/>" + SONG, lrs=1,
             lead="应急管理局", coop="规划建设局、经济发展局、消防救援大队，各街道办事处", dl="全年"),
        dict(text="做好信访维稳工作，健全矛盾纠纷多元化解机制，确保全国“两会”等重要时间节点社会大局稳定。",
             leaders=CHEN, lrs=1,
             lead="党政办公室", coop="经开公安分局、各街道办事处", dl="持续推进"),
    ]),
    ("七、党的建设（3项）", [
        dict(text="深化党建引领，打造“红色领航·园区先锋”党建品牌，新建非公企业党组织20个。",
             leaders="吴海涛", lrs=2,
             lead="组织人事部", coop="各街道办事处、各园区服务中心", dl="2026年12月底前", dlrs=2),
        dict(text="加强干部队伍建设，实施干部能力提升行动，全年举办专题培训班10期以上。",
             leaders=None,
             lead="组织人事部", coop="党政办公室", dl=None),
        dict(text="持之以恒正风肃纪，深化整治形式主义为基层减负，严格落实中央八项规定及其实施细则精神。",
             leaders="许文斌", lrs=1,
             lead="纪工委", coop="组织人事部、党政办公室", dl="持续推进"),
    ]),
]


def split_outside_brackets(s):
    """Split on 、 and ， but never inside （） or ()."""
    out, cur, depth = [], "", 0
    for ch in s:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if ch in "、，" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return out


def cell_items(html):
    """Split a cell's content into items: by <br/>, then 、 and ，."""
    out = []
    for piece in html.split("<br/>"):
        for u in split_outside_brackets(piece):
            u = u.strip()
            if u and u != "/":
                out.append(u)
    return out


def person(name):
    return name.replace("\u3000", "").replace(" ", "")


# ---------------------------------------------------------------------------
# gold
# ---------------------------------------------------------------------------
def build_gold():
    gold = []
    n = 0
    cur_leaders = cur_lead = cur_dl = None
    for _, tasks in PARTS:
        cur_leaders = cur_lead = cur_dl = None  # merges never cross a part row
        for t in tasks:
            n += 1
            if t["leaders"] is not None:
                cur_leaders = [person(x) for x in cell_items(t["leaders"])]
            if t["lead"] is not None:
                cur_lead = cell_items(t["lead"])
            if t["dl"] is not None:
                cur_dl = t["dl"]
            assert cur_leaders is not None and cur_lead is not None and cur_dl is not None
            coop = cell_items(t["coop"])
            gold.append({
                "id": str(n),
                "marker": str(n),
                "head": t["text"][:12],
                "responsible_units": cur_lead + coop,
                "lead_units": list(cur_lead),
                "cooperating_units": coop,
                "leaders": list(cur_leaders),
                "deadline": cur_dl,
            })
    return gold


# ---------------------------------------------------------------------------
# page
# ---------------------------------------------------------------------------
TNR = "font-family:'Times New Roman';"
FS = "font-family:仿宋_GB2312, 仿宋;font-size:16px;"
TD = 'valign="center" style="border-color:windowtext;border-width:1px;border-style:solid;padding:0px 7px;"'


def digits(text):
    """WPS pasted into the editor keeps ASCII runs in a Times New Roman span."""
    return re.sub(r"([0-9A-Za-z.%+]+)",
                  lambda m: '<span style="%s">%s</span>' % (TNR, m.group(1)), text)


def cp(inner, align="center"):
    return '<p style="text-align:%s;line-height:22px;"><span style="font-family:仿宋_GB2312, 仿宋;font-size:14px;">%s</span></p>' % (align, inner)


def table_html():
    rows = []
    rows.append(
        '<table width="100%" border="1" cellspacing="0" cellpadding="0" align="center" style="border-collapse:collapse;border:none;width:100%;">')
    rows.append("<tbody>")
    widths = [6, 40, 9, 13, 22, 10]
    heads = ["序号", "工作任务", "责任领导", "牵头部门", "配合部门", "时间节点"]
    h = '<tr class="firstRow">'
    for w, t in zip(widths, heads):
        h += '<td width="%d%%" %s><p style="text-align:center;line-height:22px;"><strong><span style="font-family:黑体, SimHei;font-size:14px;">%s</span></strong></p></td>' % (w, TD, t)
    h += "</tr>"
    rows.append(h)
    n = 0
    for heading, tasks in PARTS:
        rows.append('<tr><td colspan="6" %s><p style="text-align:left;line-height:22px;"><strong><span style="font-family:黑体, SimHei;font-size:14px;">%s</span></strong></p></td></tr>' % (TD, heading))
        for t in tasks:
            n += 1
            r = "<tr>"
            r += "<td %s>%s</td>" % (TD, cp('<span style="%s">%d</span>' % (TNR, n)))
            r += "<td %s>%s</td>" % (TD, cp(digits(t["text"]), "justify"))
            if t["leaders"] is not None:
                rs = t.get("lrs", 1)
                r += "<td%s %s>%s</td>" % (' rowspan="%d"' % rs if rs > 1 else "", TD, cp(t["leaders"]))
            if t["lead"] is not None:
                rs = t.get("leadrs", 1)
                r += "<td%s %s>%s</td>" % (' rowspan="%d"' % rs if rs > 1 else "", TD, cp(t["lead"]))
            r += "<td %s>%s</td>" % (TD, cp(t["coop"]))
            if t["dl"] is not None:
                rs = t.get("dlrs", 1)
                r += "<td%s %s>%s</td>" % (' rowspan="%d"' % rs if rs > 1 else "", TD, cp(digits(t["dl"])))
            r += "</tr>"
            rows.append(r)
    rows.append("</tbody>")
    rows.append("</table>")
    return "".join(rows)


def p(text, indent=True, align=None, style=FS):
    st = "line-height:2em;"
    if indent:
        st = "text-indent:2em;" + st
    if align:
        st = "text-align:%s;" % align + st
    return '<p style="%s"><span style="%s">%s</span></p>' % (st, style, text)


def body_html():
    out = []
    out.append(p(DOCNO, indent=False, align="center"))
    out.append('<p style="text-align:center;line-height:2em;"><strong><span style="font-family:方正小标宋简体, 宋体;font-size:22px;">%s</span></strong></p>' % TITLE)
    out.append(p("<br/>", indent=False))
    out.append(p("各局（办、中心），各街道办事处，各园区服务中心，经开投资集团，驻区各单位：", indent=False))
    out.append(p("《%s2026年重点工作任务分解》已经党工委、管委会研究同意，现印发给你们，请结合实际认真抓好落实。现就有关事项通知如下：" % ZONE))
    out.append(p('<strong>一、压实工作责任。</strong>各责任领导要加强对分管领域重点工作的统筹调度，定期听取进展情况汇报，协调解决重大问题。牵头部门是任务落实的第一责任主体，牵头部门有两个的，排在第一位的为主要牵头部门，负责制定推进计划、组织协调配合部门共同推进；配合部门要按照职责分工主动对接、密切配合，确保各项任务按时间节点完成。'))
    out.append(p('<strong>二、强化调度推进。</strong>各牵头部门要对照任务分解，细化工作措施，于%s前将推进计划报党政办公室（督查室）；自4月起，每月25日前报送当月工作进展情况，每季度末报送季度工作小结。推进中遇到重大问题，要及时向责任领导报告。' % "3月10日"))
    out.append(p('<strong>三、严格督查考核。</strong>党政办公室（督查室）将把重点工作任务落实情况纳入日常督查和年度综合考核，定期通报进展情况；对工作推进不力、进度严重滞后的，按有关规定进行约谈问责。'))
    out.append(p("联系人：林雪，联系电话：85261735。"))
    out.append(p("<br/>", indent=False))
    out.append(p("附件：%s" % ANNEX_TITLE))
    out.append(p("<br/>", indent=False))
    out.append(p(ISSUER, indent=False, align="right"))
    out.append(p("2026年2月25日", indent=False, align="right"))
    out.append(p("（此件公开发布）"))
    out.append(p("<br/>", indent=False))
    out.append('<p style="line-height:2em;"><span style="font-family:黑体, SimHei;font-size:16px;">附件</span></p>')
    out.append('<p style="text-align:center;line-height:2em;"><strong><span style="font-family:方正小标宋简体, 宋体;font-size:20px;">%s</span></strong></p>' % ANNEX_TITLE)
    out.append(table_html())
    out.append('<p><br/></p>')
    return out


NAV = [("首页", "/"), ("走进经开", "/zjjk/"), ("新闻中心", "/xwzx/"), ("政务公开", "/zwgk/"),
       ("投资促进", "/tzcj/"), ("政务服务", "/zwfw/"), ("互动交流", "/hdjl/"), ("专题专栏", "/ztzl/")]

RELATED = [
    ("关于2026年度经开区企业研发费用补助申报工作的通知", "/zwgk/tzgg/202602/t20260226_1186412.html", "2026-02-26"),
    ("汐阳经济技术开发区2026年春节期间安全生产工作提醒", "/zwgk/tzgg/202602/t20260209_1183057.html", "2026-02-09"),
    ("关于公布2025年度经开区“专精特新”中小企业名单的公告", "/zwgk/tzgg/202601/t20260128_1181940.html", "2026-01-28"),
    ("经开区2026年第一批公益性岗位招聘公告", "/zwgk/tzgg/202601/t20260119_1180215.html", "2026-01-19"),
    ("关于做好2026年元旦春节期间走访慰问工作的通知", "/zwgk/tzgg/202512/t20251230_1177308.html", "2025-12-30"),
]


def page():
    L = []
    a = L.append
    a("<!DOCTYPE html>")
    a('<html lang="zh-CN">')
    a("<head>")
    a('<meta charset="utf-8">')
    a('<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">')
    a('<meta name="viewport" content="width=device-width, initial-scale=1.0">')
    a("<title>%s_通知公告_%s管理委员会</title>" % (SHORT_TITLE, ZONE))
    a('<meta name="SiteName" content="%s管理委员会">' % ZONE)
    a('<meta name="SiteDomain" content="www.xiyangetdz.gov.cn">')
    a('<meta name="SiteIDCode" content="3307990013">')
    a('<meta name="ColumnName" content="通知公告">')
    a('<meta name="ColumnDescription" content="发布经开区管委会及各部门通知公告">')
    a('<meta name="ColumnKeywords" content="通知公告">')
    a('<meta name="ColumnType" content="通知公告">')
    a('<meta name="ArticleTitle" content="%s">' % SHORT_TITLE)
    a('<meta name="PubDate" content="2026-02-27 10:36">')
    a('<meta name="ContentSource" content="党政办公室">')
    a('<meta name="Keywords" content="重点工作,任务分解,2026年">')
    a('<meta name="Author" content="党政办公室">')
    a('<meta name="Description" content="经党工委、管委会研究同意，现将《%s2026年重点工作任务分解》印发给你们，请结合实际认真抓好落实。">' % ZONE)
    a('<meta name="Url" content="https://www.xiyangetdz.gov.cn/zwgk/tzgg/202602/t20260227_1186530.html">')
    a('<link rel="shortcut icon" href="/favicon.ico">')
    a('<link rel="stylesheet" type="text/css" href="/static/css/base.css?v=20250318">')
    a('<link rel="stylesheet" type="text/css" href="/static/css/article.css?v=20250318">')
    a('<script type="text/javascript" src="/static/js/jquery-1.12.4.min.js"></script>')
    a('<script type="text/javascript" src="/static/js/common.js?v=20250318"></script>')
    a("<style>")
    a("\t#zoom table td p{margin:0;text-indent:0;}")
    a("\t#zoom img{max-width:100%;}")
    a("</style>")
    a("</head>")
    a("<body>")
    a("<!--顶部 开始-->")
    a('<div class="top-bar">')
    a('\t<div class="w1200 clearfix">')
    a('\t\t<div class="fl">今天是：<span id="today"></span></div>')
    a('\t\t<div class="fr"><a href="javascript:;" id="wza">无障碍</a><span>|</span><a href="javascript:;" id="zzms">长者模式</a><span>|</span><a href="/wap/">手机版</a><span>|</span><a href="/sitemap/">网站地图</a></div>')
    a("\t</div>")
    a("</div>")
    a('<div class="header">')
    a('\t<div class="w1200 clearfix">')
    a('\t\t<div class="logo fl"><a href="/"><img src="/static/images/logo.png" alt="%s管理委员会"></a></div>' % ZONE)
    a('\t\t<div class="search fr">')
    a('\t\t\t<form action="/search/" method="get" target="_blank" onsubmit="return checkSearch(this);">')
    a('\t\t\t\t<input type="text" name="q" class="s-input" placeholder="请输入关键词" autocomplete="off">')
    a('\t\t\t\t<input type="hidden" name="siteid" value="1">')
    a('\t\t\t\t<button type="submit" class="s-btn">搜索</button>')
    a("\t\t\t</form>")
    a("\t\t</div>")
    a("\t</div>")
    a("</div>")
    a('<div class="nav">')
    a('\t<ul class="w1200 clearfix">')
    for t, h in NAV:
        cls = ' class="on"' if t == "政务公开" else ""
        a('\t\t<li%s><a href="%s">%s</a></li>' % (cls, h, t))
    a("\t</ul>")
    a("</div>")
    a("<!--顶部 结束-->")
    a('<div class="w1200 main">')
    a('\t<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tzgg/">通知公告</a></div>')
    a('\t<div class="article">')
    a('\t\t<h1 class="art-title">%s</h1>' % SHORT_TITLE)
    a('\t\t<div class="art-info">')
    a('\t\t\t<span>发布时间：2026-02-27 10:36</span>')
    a('\t\t\t<span>来源：党政办公室</span>')
    a('\t\t\t<span>浏览次数：<em id="hits"></em></span>')
    a('\t\t\t<span class="font-size">字号：<a href="javascript:doZoom(18);">大</a> <a href="javascript:doZoom(16);">中</a> <a href="javascript:doZoom(14);">小</a></span>')
    a("\t\t</div>")
    a('\t\t<!--ContentStart-->')
    a('\t\t<div class="art-con" id="zoom">')
    a("".join(body_html()))
    a("\t\t</div>")
    a('\t\t<!--ContentEnd-->')
    a('\t\t<div class="art-file">')
    a('\t\t\t<p>附件下载：</p>')
    a('\t\t\t<p><a href="/zwgk/tzgg/202602/P020260227410362815947.docx" target="_blank">%s.docx</a></p>' % ANNEX_TITLE)
    a("\t\t</div>")
    a('\t\t<div class="art-tool clearfix">')
    a('\t\t\t<a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a>')
    a("\t\t</div>")
    a('\t\t<div class="art-page">')
    a('\t\t\t<p>上一篇：<a href="/zwgk/tzgg/202602/t20260226_1186412.html">%s</a></p>' % RELATED[0][0])
    a('\t\t\t<p>下一篇：<a href="/zwgk/tzgg/202603/t20260302_1187104.html">关于开展2026年度经开区安全生产“开工第一课”活动的通知</a></p>')
    a("\t\t</div>")
    a("\t</div>")
    a('\t<div class="related">')
    a('\t\t<div class="rel-title"><span>相关信息</span></div>')
    a("\t\t<ul>")
    for t, h, d in RELATED:
        a('\t\t\t<li><a href="%s" target="_blank" title="%s">%s</a><span>%s</span></li>' % (h, t, t, d))
    a("\t\t</ul>")
    a("\t</div>")
    a("</div>")
    a("<!--底部 开始-->")
    a('<div class="footer">')
    a('\t<div class="w1200 clearfix">')
    a('\t\t<div class="f-dzjg fl"><script type="text/javascript">document.write(unescape("%3Cspan id=\'_ideConac\' %3E%3C/span%3E%3Cscript src=\'https://dcs.conac.cn/js/17/000/0000/60412759/CA170000000604127590002.js\' type=\'text/javascript\'%3E%3C/script%3E"));</script></div>')
    a('\t\t<div class="f-txt fl">')
    a("\t\t\t<p>主办单位：%s管理委员会　承办单位：%s管理委员会党政办公室</p>" % (ZONE, ZONE))
    a("\t\t\t<p>地址：%s临江大道1号行政服务中心　联系电话：85261700</p>" % ZONE)
    a('\t\t\t<p>网站标识码：3307990013　<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备12041635号-1</a>　<img src="/static/images/ga.png" alt="">浙公网安备 33079902000214号</p>')
    a("\t\t</div>")
    a('\t\t<div class="f-jc fr"><script id="_jiucuo_" sitecode="3307990013" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>')
    a("\t</div>")
    a("</div>")
    a("<!--底部 结束-->")
    a('<script type="text/javascript">')
    a("\t$(function(){")
    a("\t\tvar d=new Date(),w=['日','一','二','三','四','五','六'];")
    a("\t\t$('#today').text(d.getFullYear()+'年'+(d.getMonth()+1)+'月'+d.getDate()+'日 星期'+w[d.getDay()]);")
    a("\t\t$.get('/api/hits',{id:'1186530'},function(r){$('#hits').text(r.count);});")
    a("\t});")
    a("\tfunction doZoom(size){$('#zoom, #zoom p, #zoom span').css('font-size',size+'px');}")
    a("</script>")
    a("</body>")
    a("</html>")
    return "\n".join(L) + "\n"


def main():
    html = page()
    with open(HTML_PATH, "w", encoding="utf-8", newline="\n") as f:
        f.write(html)
    gold = build_gold()
    with open(GOLD_PATH, "w", encoding="utf-8", newline="\n") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print("wrote", HTML_PATH, len(html), "chars;", len(gold), "tasks")


if __name__ == "__main__":
    main()
