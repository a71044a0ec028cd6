#!/usr/bin/python3
"""Round 139, notice 707 (control case).

A 省人民政府 印发 notice of 若干措施, as the provincial portal page shows it, saved as
text: the page's text as Chromium's innerText gives it (what select-all / copy from
the page yields), UTF-8.  Every measure closes with the usual provincial bracket
(`（A、B按职责分工负责）`, `（A牵头，B、C配合）`, `（A负责）` …).

One structured description (MEASURES below) gives both the notice and the gold list.
The generator writes the portal HTML to a temporary folder, runs headless Chromium on
it and keeps document.body.innerText, so the text is exactly what the browser gives.

Outputs (in this folder):
  707_hanjiang_sheng_minying_jingji_ruogan_cuoshi.txt   the notice
  707.tasks.gold.jsonl                                  the gold list
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = "707_hanjiang_sheng_minying_jingji_ruogan_cuoshi.txt"
GOLD = "707.tasks.gold.jsonl"

IND = "\u3000\u3000"  # the two ideographic spaces Word leaves at the start of a paragraph

# --- the document -----------------------------------------------------------------
PROVINCE = "汉江省"
ISSUER = "汉江省人民政府"
DOCNO = "汉政发〔2024〕6号"
MEASURES_TITLE = "汉江省推动民营经济高质量发展若干措施"
TITLE = f"{ISSUER}关于印发{MEASURES_TITLE}的通知"
DATE = "2024年3月18日"
PUBDATE = "2024-03-22"
ZHUSONG = "各市、县（市、区）人民政府，省政府各部门、各直属机构："
COVER = [
    f"现将《{MEASURES_TITLE}》印发给你们，请结合实际认真贯彻落实。",
]
INTRO = ("为深入贯彻落实《中共中央 国务院关于促进民营经济发展壮大的意见》精神，进一步优化民营经济"
         "发展环境，提振民营企业发展信心，推动全省民营经济高质量发展，结合我省实际，制定以下措施。")
CLOSING = [
    ("各地、各有关部门要把促进民营经济发展壮大作为一项重要任务，加强组织领导，细化工作举措，"
     "强化协同配合，确保各项措施落地见效。各市、县（市、区）人民政府要结合实际制定配套措施。"
     "省发展改革委要会同有关部门加强跟踪督促，重大事项及时向省政府报告。"),
    "本措施自印发之日起施行，有效期至2026年12月31日。国家有新规定的，从其规定。",
]

# Units used below (provincial short names as the real documents print them).
FGW = "省发展改革委"
GXT = "省工业和信息化厅"
CZT = "省财政厅"
KJT = "省科技厅"
SCJ = "省市场监管局（省知识产权局）"   # a unit with a bracketed second name
ZWJ = "省政务服务数据管理局"

# Each measure: section index, lead phrase, body paragraphs, and the clause description:
#   kind: "fengong"  A、B按职责分工负责            (no lead stated)
#         "single"   A负责
#         "qiantou"  A（、B）牵头，C、D（等）配合
#         "qt_fg"    A牵头，C按职责分工负责
#   units: for fengong/single; leads/coops for qiantou/qt_fg
#   seps: separators printed between the units of a list (default all "、")
#   deng: "等" before 配合;  leaders: names as printed;  deadline: as printed
SECTIONS = [
    "一、持续优化民营经济发展环境",
    "二、加大对民营经济政策支持力度",
    "三、强化民营经济发展法治保障",
    "四、着力推动民营经济实现高质量发展",
    "五、促进民营经济人士健康成长",
    "六、营造关心促进民营经济发展壮大的良好氛围",
]

MEASURES = [
    # 一
    dict(sec=0, lead="全面落实公平竞争政策制度。",
         body=["严格执行市场准入负面清单制度，清理规范行政审批、许可备案、政务服务等领域设置的隐性门槛，"
               "不得以备案、注册、年检、认定、认证、指定、要求设立分公司等形式设定或者变相设定准入障碍。"
               "开展妨碍统一市场和公平竞争的政策措施清理，每年至少组织一次公平竞争审查抽查。"],
         kind="fengong", units=[SCJ, FGW]),
    dict(sec=0, lead="破除招标投标领域隐性壁垒。",
         body=["全面推行招标投标全流程电子化，在全省公共资源交易平台推广远程异地评标。严禁在招标文件中设置"
               "与项目实际需要不相适应的资质、业绩等条件，不得以企业所有制形式、注册地、规模等为由排斥或者"
               "限制民营企业参与投标。建立招标投标领域突出问题常态化治理机制。"],
         kind="qiantou", leads=[FGW], coops=["省住房城乡建设厅", "省交通运输厅", "省水利厅"], deng=True),
    dict(sec=0, lead="加大政府采购支持力度。",
         body=["对200万元以下的货物和服务采购项目、400万元以下的工程采购项目，适宜由中小企业提供的，采购人"
               "应当专门面向中小企业采购。超过上述金额的采购项目，预留该部分采购项目预算总额的40%以上专门面向"
               "中小企业采购，其中预留给小微企业的比例不低于70%。"],
         kind="single", units=[CZT]),
    dict(sec=0, lead="全面提升政务服务效能。",
         body=["深化“高效办成一件事”改革，推出企业信息变更、开办运输企业、企业破产信息核查等一批重点事项，"
               "实现企业高频事项“一网通办”。推行涉企经营许可事项告知承诺制，拓展“免证办”“静默认证”服务场景。"
               "建立健全企业诉求“一站式”受理和办理反馈机制。"],
         kind="qt_fg", leads=[ZWJ], coops=["省直有关单位"]),
    dict(sec=0, lead="规范涉企行政检查。",
         body=["全面推行“综合查一次”，合理确定检查频次，同一部门对同一企业的多项检查事项原则上合并进行。"
               "推行“双随机、一公开”监管和信用风险分类监管，对信用良好的企业降低抽查比例。全面落实轻微违法"
               "行为依法不予行政处罚清单制度。"],
         kind="fengong", units=["省司法厅", SCJ], seps=["，"]),   # a `，` where `、` was meant
    dict(sec=0, lead="健全防范化解拖欠企业账款长效机制。",
         body=["机关、事业单位和大型企业不得违约拖欠民营企业账款，不得以审计结果作为结算依据，不得以内部人员"
               "变更、履行内部付款流程等为由拒绝或者延迟支付。建立拖欠账款定期披露、劝告指导、主动执法制度，"
               "将恶意拖欠账款并造成严重不良影响的失信主体纳入失信惩戒范围。"],
         kind="qiantou", leads=[GXT, "省国资委"], coops=[CZT, "省审计厅", SCJ]),   # two leads
    # 二
    dict(sec=1, lead="强化民营企业融资支持。",
         body=["用好支小再贷款、再贴现等货币政策工具，引导金融机构增加民营企业首贷、信用贷、中长期贷款投放。"
               "落实金融机构尽职免责制度，力争全年普惠小微贷款增速不低于各项贷款增速。"],
         kind="fengong", units=["人民银行汉江省分行", "汉江金融监管局"]),
    dict(sec=1, lead="完善政府性融资担保体系。",
         body=["推动省、市、县三级政府性融资担保机构扩面增量，对单户担保金额1000万元及以下的小微企业和个体"
               "工商户平均担保费率降至1%以下。健全政府性融资担保机构资本金持续补充和代偿补偿机制。"],
         kind="qiantou", leads=[CZT], coops=["省委金融办", GXT]),
    dict(sec=1, lead="支持民营企业上市挂牌融资。",
         body=["实施企业上市“金种子”培育计划，建立重点上市后备民营企业库。对在境内外证券交易所首发上市的民营"
               "企业，省级财政按规定给予一次性奖励。支持民营企业发行科技创新债券、绿色债券。"],
         kind="fengong", units=["省委金融办", "汉江证监局", CZT]),
    dict(sec=1, lead="落实落细减税降费政策。",
         body=["全面落实研发费用加计扣除、小微企业所得税优惠、增值税留抵退税等政策，推动政策直达快享，"
               "推广“非申即享”办理模式。依法依规查处违规收费行为。"],
         kind="fengong", units=["省税务局", CZT]),
    dict(sec=1, lead="降低企业用地用能成本。",
         body=["推行工业用地“标准地”出让，支持采取长期租赁、先租后让、弹性年期供应等方式供应工业用地。"
               "持续推进电力市场化交易，支持符合条件的民营企业参与绿电交易。"],
         kind="fengong", units=["省自然资源厅", FGW, "省能源局"]),
    dict(sec=1, lead="加大技术改造支持力度。",
         body=["统筹省制造业高质量发展专项资金，对民营企业实施的技术改造项目，按设备购置额的10%给予补助，"
               "单个项目最高不超过500万元。推广技改贷款贴息和设备融资租赁补贴。"],
         kind="single", units=[GXT]),
    dict(sec=1, lead="支持民营企业参与重大项目建设。",
         body=["每年滚动推出不少于300个向民间资本推介的项目，涵盖交通、水利、清洁能源、新型基础设施等领域。"
               "建立全省向民间资本推介项目长效机制，做好用地、用能、环评等要素保障。"],
         kind="qiantou", leaders=["王　勇"], leads=[FGW], coops=[CZT, "省自然资源厅"]),
    # 三
    dict(sec=2, lead="依法保护民营企业产权和企业家权益。",
         body=["严格区分经济纠纷与经济犯罪的界限，防止和纠正利用行政或者刑事手段干预经济纠纷，防止和纠正"
               "地方保护主义。对民营企业和企业家反映的涉产权冤错案件，依法甄别纠正。",
               "完善涉企案件经济影响评估制度，依法慎用查封、扣押、冻结等强制措施，最大限度减少对企业正常生产"
               "经营活动的不利影响。"],                                   # one task over two paragraphs
         kind="qiantou", leads=["省委政法委"], coops=["省法院", "省检察院", "省公安厅", "省司法厅"]),
    dict(sec=2, lead="加强知识产权保护。",
         body=["建设中国（汉江）知识产权保护中心，健全知识产权快速协同保护机制。加大对民营企业原始创新、"
               "商标品牌的保护力度，依法严厉打击侵权假冒行为。"],
         kind="single", units=[SCJ]),
    dict(sec=2, lead="构建亲清政商关系。",
         body=["健全政企沟通协商制度，定期召开民营企业家座谈会，畅通民营企业反映问题和诉求渠道。"
               "各级领导干部要坦荡真诚同民营企业接触交往，主动作为、靠前服务，依法依规解决企业困难。"],
         kind="fengong", units=["省委统战部", "省工商联", FGW]),
    dict(sec=2, lead="开展涉企违规收费专项整治。",
         body=["聚焦政府部门及下属单位、行业协会商会、中介机构等重点领域，严肃查处乱收费、乱罚款、乱摊派行为，"
               "建立涉企收费监测和投诉举报机制。"],
         kind="fengong", units=[SCJ, FGW, CZT], deadline="2024年12月底前"),
    # 四
    dict(sec=3, lead="支持民营企业加大研发投入。",
         body=["省级科技计划项目向民营企业全面开放，支持民营企业牵头承担重大科技攻关任务。对研发投入达到"
               "规定标准的民营企业，按其上年度研发费用增量给予一定比例奖补。"],
         kind="qiantou", leads=[KJT], coops=[FGW, GXT, CZT]),
    dict(sec=3, lead="推动民营企业数字化转型。",
         body=["实施中小企业数字化转型城市试点，遴选一批数字化转型服务商，为民营企业提供低成本、轻量化的"
               "数字化解决方案。支持工业互联网平台面向中小企业开放资源。"],
         kind="single", units=[GXT]),
    dict(sec=3, lead="支持专精特新企业发展。",
         body=["健全优质中小企业梯度培育体系，对新认定的国家级专精特新“小巨人”企业给予一次性奖励。"
               "支持符合条件的专精特新企业申报各级科技计划项目。"],
         kind="fengong", units=[GXT, CZT]),
    dict(sec=3, lead="支持民营企业开拓国际市场。",
         body=["每年组织民营企业参加重点境外展会，对参展费用按规定给予补助。支持民营企业建设海外仓，"
               "提升跨境电商综合服务能力。"],
         kind="single", units=["省商务厅"]),
    dict(sec=3, lead="引导民营企业参与乡村振兴。",
         body=["深入实施“万企兴万村”行动，引导民营企业到农村发展现代种养业、农产品加工业和乡村休闲旅游，"
               "带动农民就业增收。"],
         kind="qiantou", leads=["省农业农村厅", "省工商联"], coops=["省委统战部", "各县（市、区）人民政府"]),
    dict(sec=3, lead="加大个体工商户扶持力度。",
         body=["开展个体工商户分型分类精准帮扶，在乡镇（街道）设立个体工商户服务站点，就近提供登记注册、"
               "政策咨询、融资对接等服务。"],
         kind="qiantou", leads=[SCJ], coops=["各县（市、区）人民政府", "各乡镇（街道）"]),
    dict(sec=3, lead="强化民营企业人才支撑。",
         body=["畅通民营企业专业技术人才职称评审渠道，支持符合条件的民营企业自主开展职称评审。鼓励高校、"
               "职业院校与民营企业共建产业学院和实训基地。"],
         kind="fengong", units=["省人力资源社会保障厅", "省教育厅"]),
    dict(sec=3, lead="支持平台企业规范健康发展。",
         body=["完善平台企业常态化监管制度，支持平台企业在引领发展、创造就业、国际竞争中大显身手。"
               "引导平台企业降低中小商户经营成本。"],
         kind="fengong", units=[FGW, "省委网信办", SCJ]),
    dict(sec=3, lead="引导民营企业完善治理结构。",
         body=["引导民营企业建立现代企业制度，规范股东行为，强化内部监督，防范家族式管理风险。"
               "支持有条件的民营企业建立合规管理体系。"],
         kind="single", units=["省工商联"]),
    # 五
    dict(sec=4, lead="加强民营经济代表人士队伍建设。",
         body=["优化民营经济代表人士队伍结构，健全选人机制，兼顾不同地区、行业和规模企业。"
               "规范民营经济代表人士参与政治安排。"],
         kind="fengong", units=["省委统战部", "省工商联"]),
    dict(sec=4, lead="加强年轻一代民营企业家培养。",
         body=["实施年轻一代民营企业家“薪火”培训计划，每年培训不少于500人次，引导年轻一代民营企业家"
               "继承发扬老一代企业家艰苦奋斗、敢闯敢干、聚焦实业、做精主业的精神。"],
         kind="qiantou", leads=["省委统战部"], coops=["省工商联", "省人力资源社会保障厅"]),
    # 六
    dict(sec=5, lead="加强舆论宣传引导。",
         body=["大力宣传党中央、国务院关于民营经济发展的大政方针，及时回应社会关切。依法打击蓄意炒作、"
               "造谣抹黑民营企业和民营企业家的行为。"],
         kind="fengong", units=["省委宣传部", "省委网信办"]),
    dict(sec=5, lead="健全工作推进机制。",
         body=["建立省促进民营经济发展工作联席会议制度，统筹协调全省民营经济发展中的重大问题。"
               "定期开展民营企业满意度调查。"],
         kind="qiantou", leaders=["王　勇", "陈志刚"], leads=[FGW], coops=["省直有关单位"]),   # two leaders
    dict(sec=5, lead="加强民营经济统计监测分析。",
         body=["完善民营经济统计监测制度，定期发布民营经济发展情况，加强对民营经济运行的分析研判。"],
         kind="fengong", units=["省统计局", FGW], deadline="2024年6月底前"),
    dict(sec=5, lead="强化政策落实评估。",
         body=["建立政策落实情况第三方评估机制，每年开展一次评估，评估结果作为改进完善政策的重要依据。"],
         kind="qiantou", leaders=["陈志刚"], leads=["省政府办公厅"], coops=[FGW, "省工商联"]),
]

CN_NUM = "一二三四五六七八九十"


def join_units(units, seps=None):
    seps = list(seps or [])
    out = units[0]
    for i, u in enumerate(units[1:]):
        out += (seps[i] if i < len(seps) else "、") + u
    return out


def clause_text(m):
    parts = ""
    if m.get("leaders"):
        parts += "责任领导：" + "、".join(m["leaders"]) + "；"
    k = m["kind"]
    if k == "fengong":
        parts += join_units(m["units"], m.get("seps")) + "按职责分工负责"
    elif k == "single":
        parts += m["units"][0] + "负责"
    elif k == "qiantou":
        parts += "、".join(m["leads"]) + "牵头，" + "、".join(m["coops"]) + ("等" if m.get("deng") else "") + "配合"
    elif k == "qt_fg":
        parts += "、".join(m["leads"]) + "牵头，" + "、".join(m["coops"]) + "按职责分工负责"
    else:
        raise ValueError(k)
    if m.get("deadline"):
        parts += "，" + m["deadline"] + "完成"
    return "（" + parts + "）"


def gold_record(n, m):
    text = m["lead"] + "".join(m["body"])
    head = re.sub(r"\s", "", text)[:12]
    k = m["kind"]
    if k in ("fengong", "single"):
        resp = list(m["units"])
        if len(resp) == 1:
            lead, coop = list(resp), []
        else:
            lead, coop = None, None          # no lead rule is stated in the notice
    else:
        resp = list(m["leads"]) + list(m["coops"])
        lead, coop = list(m["leads"]), list(m["coops"])
    leaders = [re.sub(r"[\s\u3000]", "", x) for x in m.get("leaders", [])]
    return {"id": str(n), "marker": f"{n}.", "head": head, "responsible_units": resp,
            "lead_units": lead, "cooperating_units": coop, "leaders": leaders,
            "deadline": m.get("deadline")}


# --- the portal page ---------------------------------------------------------------
def esc(s):
    return html.escape(s, quote=False)


def page_html():
    P = []
    a = P.append
    a("<!DOCTYPE html>")
    a('<html lang="zh-CN"><head><meta charset="utf-8">')
    a(f"<title>{esc(TITLE)}_省政府文件_{PROVINCE}人民政府门户网站</title>")
    a("<style>"
      "body{font-family:'SimSun',serif;margin:0}"
      ".top,.nav,.crumb,.foot{font-size:12px}"
      ".nav ul{list-style:none;margin:0;padding:0}.nav li{display:inline-block;margin:0 12px}"
      ".sub{display:none}"
      ".xxgk td{border:1px solid #ddd;padding:4px}"
      "h1{font-size:22px;text-align:center}"
      ".info{text-align:center;font-size:12px;color:#666}"
      ".TRS_Editor p{font-size:16px;line-height:2;margin:0 0 .5em 0}"
      ".right{text-align:right}.center{text-align:center}"
      "</style></head><body>")
    a('<div class="top"><span>欢迎访问汉江省人民政府门户网站！</span> <a href="#">无障碍</a> '
      '<a href="#">长者模式</a> <a href="#">English</a></div>')
    a('<div class="nav"><ul>')
    for x in ["首页", "要闻动态", "政务公开", "政务服务", "互动交流", "数据开放", "走进汉江"]:
        a(f'<li><a href="#">{x}</a><div class="sub"><a href="#">子栏目</a></div></li>')
    a("</ul></div>")
    a('<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; '
      '<a href="#">政府信息公开</a> &gt; <a href="#">省政府文件</a></div>')
    a('<table class="xxgk"><tbody>')
    a("<tr><td>索 引 号：</td><td>11420000MB1940217N/2024-00418</td><td>主题分类：</td><td>综合政务/其他</td></tr>")
    a(f"<tr><td>发文机关：</td><td>{ISSUER}</td><td>成文日期：</td><td>2024-03-18</td></tr>")
    a(f"<tr><td>名　　称：</td><td colspan=\"3\">{esc(TITLE)}</td></tr>")
    a(f"<tr><td>文　　号：</td><td>{DOCNO}</td><td>发布日期：</td><td>{PUBDATE}</td></tr>")
    a("<tr><td>有 效 性：</td><td>有效</td><td>公开方式：</td><td>主动公开</td></tr>")
    a("</tbody></table>")
    a(f"<h1>{esc(TITLE)}</h1>")
    a(f'<div class="info">发布时间：{PUBDATE} 17:30　来源：省政府办公厅　【字体：<a href="#">大</a> '
      '<a href="#">中</a> <a href="#">小</a>】</div>')
    a('<div class="TRS_Editor">')
    p = lambda t, cls=None: a(f'<p{" class=%s" % chr(34) + cls + chr(34) if cls else ""}>{esc(t)}</p>')
    p(DOCNO, "center")
    p(ZHUSONG)
    for t in COVER:
        p(IND + t)
    p(ISSUER, "right")
    p(DATE, "right")
    p(IND + "（此件公开发布）")
    a('<p class="center"><strong>' + esc(MEASURES_TITLE) + "</strong></p>")
    p(IND + INTRO)
    n = 0
    sec = -1
    for m in MEASURES:
        if m["sec"] != sec:
            sec = m["sec"]
            a(f"<p>{IND}<strong>{esc(SECTIONS[sec])}</strong></p>")
        n += 1
        body = list(m["body"])
        body[-1] = body[-1] + clause_text(m)
        first = f"<p>{IND}<strong>{n}.{esc(m['lead'])}</strong>{esc(body[0])}</p>"
        a(first)
        for more in body[1:]:
            p(IND + more)
    for t in CLOSING:
        p(IND + t)
    a("</div>")
    a('<div class="tools"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>')
    a('<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>')
    a('<div class="qr">扫一扫在手机打开当前页</div>')
    a('<div class="foot"><div>主办：汉江省人民政府办公厅　承办：汉江省大数据中心</div>'
      "<div>网站标识码：4200000017　汉ICP备05003417号　汉公网安备 42010602000318号</div>"
      "<div>联系我们　网站地图　使用帮助</div></div>")
    a("<script>var t=document.body.innerText;document.body.innerHTML='';"
      "var o=document.createElement('pre');o.id='out';o.textContent=t;document.body.appendChild(o);</script>")
    a("</body></html>")
    return "\n".join(P) + "\n"


def chromium_text(page):
    tmp = tempfile.mkdtemp(prefix="r707_")
    try:
        src = os.path.join(tmp, "page.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(page)
        cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               f"--user-data-dir={os.path.join(tmp, 'profile')}", "--dump-dom", "file://" + src]
        out = subprocess.run(cmd, capture_output=True, timeout=120, check=True).stdout.decode("utf-8")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    mt = re.search(r'<pre id="out">(.*)</pre>', out, re.S)
    if not mt:
        sys.exit("chromium gave no text")
    return html.unescape(mt.group(1))


def main():
    text = chromium_text(page_html())
    if not text.endswith("\n"):
        text += "\n"
    with open(os.path.join(HERE, NOTICE), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(os.path.join(HERE, GOLD), "w", encoding="utf-8", newline="\n") as f:
        for i, m in enumerate(MEASURES, 1):
            f.write(json.dumps(gold_record(i, m), ensure_ascii=False) + "\n")
    print(f"wrote {NOTICE} ({len(text)} chars) and {GOLD} ({len(MEASURES)} tasks)")


if __name__ == "__main__":
    main()
