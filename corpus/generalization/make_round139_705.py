#!/usr/bin/python3
"""Round 139, case 705 (control): a county government's 民生实事 notice as published on its portal,
the whole page selected in Chromium (Ctrl+A), copied and pasted into Notepad, saved as UTF-8 .txt.

One structured description (SECTIONS below) drives both the portal page and the gold list.
The page is rendered by the installed Debian Chromium (headless); the text is what Chromium's
selection serialiser gives for "select all" (window.getSelection().toString() after
document.execCommand('selectAll'), the same TextIterator plain-text path that Ctrl+C uses), with the
two things the Windows clipboard/Notepad add: U+00A0 turned into a space (Chromium does this for the
clipboard) and LF turned into CRLF.  Notepad (Windows 10/11) saves "UTF-8" without a BOM.

Outputs (in this folder):
  705_zheyuan_xian_2024_minsheng_shishi_xiangmu.txt   the notice
  705.tasks.gold.jsonl                                the gold list
  src_705_portal.html                                 the portal page that was rendered (by-product)
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
NOTICE = os.path.join(HERE, "705_zheyuan_xian_2024_minsheng_shishi_xiangmu.txt")
GOLD = os.path.join(HERE, "705.tasks.gold.jsonl")
SRC = os.path.join(HERE, "src_705_portal.html")

IND = "\u3000\u3000"   # the two ideographic spaces the CMS content carries at paragraph starts

# ---------------------------------------------------------------------------------------------
# The structured description.  Each task:
#   n        number as printed;  dot: the dot after it ("." normally, "．" once)
#   paras    the task's own text, one string per printed paragraph
#   leaders  names as printed (padding kept);   lead: lead units;   coop: 责任单位 (None = no line)
#   coop_seps  separators as printed between coop units (default all "、")
#   deadline   as printed;   dl_colon: the colon printed after 完成时限 (default "：")
# ---------------------------------------------------------------------------------------------
FIN = "县财政局"
SECTIONS = [
    ("一、教育事业（4项）", [
        dict(n=1, paras=["新建县城第三幼儿园。在城东新区新建公办幼儿园1所，占地面积约15亩，建筑面积8600平方米，设置12个教学班，新增学前教育学位360个，年内完成主体工程。"],
             leaders=["李　红"], lead=["县教育局"],
             coop=["县发展和改革委员会", FIN, "县自然资源局", "县住房和城乡建设局"], deadline="2024年12月底"),
        dict(n=2, paras=["改扩建城关镇第二小学。新建教学综合楼1栋，建筑面积6200平方米，新增学位540个，有效缓解城区学校“大班额”问题。"],
             leaders=["李　红"], lead=["县教育局"],
             coop=["县发展和改革委员会", FIN, "县住房和城乡建设局", "城关镇人民政府"], deadline="2024年12月底"),
        dict(n=3, paras=["实施农村学校校舍维修改造。对12所农村中小学的校舍、厕所、围墙等进行维修改造，进一步改善农村学校办学条件。"],
             leaders=["李　红"], lead=["县教育局"],
             coop=[FIN, "各乡镇（街道）"], deadline="2024年8月底（秋季开学前）"),
        dict(n=4, paras=["实施中小学教室照明改造。对全县86所中小学校的1120间教室照明设施进行达标改造，预防和控制青少年近视。"],
             leaders=["李　红"], lead=["县教育局"],
             coop=[FIN, "国网柘源县供电公司"], deadline="2024年8月底"),
    ]),
    ("二、医疗卫生（4项）", [
        dict(n=5, paras=["建设县人民医院急诊急救综合楼。新建急诊急救综合楼1栋，建筑面积1.8万平方米，年内完成主体封顶。"],
             leaders=["李　红"], lead=["县卫生健康委员会"],
             coop=["县人民医院", "县发展和改革委员会", FIN, "县自然资源局"], deadline="2024年12月底"),
        dict(n=6, paras=["提升乡镇卫生院服务能力。为8个乡镇卫生院配备DR、彩超、全自动生化分析仪等设备，建成乡镇卫生院中医馆3个。"],
             leaders=["李　红"], lead=["县卫生健康委员会"],
             coop=[FIN, "各乡镇（街道）"], deadline="2024年10月底"),
        dict(n=7, paras=["开展城乡适龄妇女“两癌”免费筛查。为全县35—64岁适龄妇女免费开展宫颈癌筛查1.2万人、乳腺癌筛查1.2万人。"],
             leaders=["李　红"], lead=["县卫生健康委员会", "县妇女联合会"],
             coop=[FIN, "各乡镇（街道）"], deadline="2024年11月底"),
        dict(n=8, paras=["提高城乡居民医保门诊慢特病保障水平。城乡居民门诊慢特病病种由35种扩大到45种，进一步减轻患者门诊医疗费用负担。"],
             leaders=["李　红"], lead=["县医疗保障局"],
             coop=["县卫生健康委员会", FIN], deadline="2024年6月底"),
    ]),
    ("三、社会保障（4项）", [
        dict(n=9, paras=["提高城乡低保标准。城市低保标准由每人每月680元提高到710元，农村低保标准由每人每年5200元提高到5500元。"],
             leaders=["赵文斌"], lead=["县民政局"],
             coop=[FIN], deadline="2024年6月底"),
        dict(n=10, paras=["建设社区嵌入式养老服务中心。在城区新建社区嵌入式养老服务中心3个，改造提升农村幸福院10个。"],
             leaders=["赵文斌"], lead=["县民政局"],
             coop=[FIN, "县住房和城乡建设局", "各乡镇（街道）"], deadline="2024年12月底"),
        dict(n=11, paras=["实施困难重度残疾人家庭无障碍改造。为200户困难重度残疾人家庭实施无障碍改造，为500名残疾人免费适配辅助器具。"],
             leaders=["赵文斌"], lead=["县残疾人联合会"],
             coop=["县民政局", FIN, "各乡镇（街道）"], deadline="2024年11月底"),
        dict(n=12, dot="．", paras=["开展职业技能培训。全年开展各类职业技能培训6000人次，新增城镇就业2800人，城镇登记失业率控制在4.5%以内。"],
             leaders=["赵文斌"], lead=["县人力资源和社会保障局"],
             coop=[FIN, "县农业农村局（县乡村振兴局）", "县总工会", "县妇女联合会"], deadline="2024年12月底"),
    ]),
    ("四、城乡建设（4项）", [
        dict(n=13, paras=["实施城镇老旧小区改造。改造2000年底前建成的老旧小区23个，涉及住户2460户，完成水、电、气、路、消防等基础设施改造。",
                          "同步推进有条件的小区加装电梯、增设停车位、建设充电桩等完善类改造，年内完工率达到100%。"],
             leaders=["王　勇"], lead=["县住房和城乡建设局"],
             coop=["县发展和改革委员会", FIN, "县城市管理局", "国网柘源县供电公司", "城关镇人民政府", "东城街道办事处"],
             deadline="2024年11月底"),
        dict(n=14, paras=["新增城区公共停车泊位。在城区新建公共停车场4处，施划公共停车泊位1500个。"],
             leaders=["王　勇"], lead=["县城市管理局"],
             coop=["县公安局", "县自然资源局", "县住房和城乡建设局"], deadline="2024年10月底"),
        dict(n=15, paras=["实施城区雨污分流改造。改造城区雨污合流管网18公里，解决老城区雨季积水和污水溢流问题。"],
             leaders=["王　勇", "周建国"], lead=["县住房和城乡建设局"],
             coop=["县城市管理局", "市生态环境局柘源分局", "县水利局"], deadline="2024年12月底"),
        dict(n=16, paras=["新建改造城市公厕。新建城市公厕10座，改造提升公厕15座，全部实现免费开放。"],
             leaders=["王勇"], lead=["县城市管理局"],
             coop=[FIN, "县自然资源局"], deadline="2024年9月底"),
    ]),
    ("五、交通出行（3项）", [
        dict(n=17, paras=["实施农村公路提质改造。改造提升农村公路120公里，实施农村公路安全生命防护工程50公里。"],
             leaders=["陈晓东"], lead=["县交通运输局"],
             coop=[FIN, "县公安局", "各乡镇（街道）"], deadline="2024年12月底"),
        dict(n=18, paras=["更新城乡新能源公交车辆。购置更新新能源公交车30辆，新开通城乡公交线路2条，巩固建制村通客车率100%。"],
             leaders=["陈晓东"], lead=["县交通运输局"],
             coop=[FIN, "柘源县城乡公交有限公司"], deadline="2024年9月底"),
        dict(n=19, paras=["实施农村公路危桥改造。改造农村公路危桥8座，消除农村群众出行安全隐患。"],
             leaders=["陈晓东"], lead=["县交通运输局"],
             coop=[FIN, "县自然资源局", "各乡镇（街道）"], coop_seps=["，", "、"], deadline="2024年11月底"),
    ]),
    ("六、农村民生（3项）", [
        dict(n=20, paras=["实施农村供水保障工程。新建改造农村集中供水工程6处，更新改造老旧供水管网260公里，提升农村自来水普及率和水质达标率。",
                          "其中：南部山区4个乡镇实施规模化供水工程，受益人口3.6万人；其余乡镇实施管网改造和水质净化消毒设施配套。"],
             leaders=["周建国"], lead=["县水利局"],
             coop=[FIN, "县农业农村局（县乡村振兴局）", "县卫生健康委员会", "各乡镇（街道）"], deadline="2024年12月底"),
        dict(n=21, paras=["开展农村户厕改造。完成农村卫生户厕改造3000户，同步建设农村公共厕所20座。"],
             leaders=["周建国"], lead=["县农业农村局（县乡村振兴局）"],
             coop=[FIN, "县卫生健康委员会", "各乡镇（街道）"], deadline="2024年10月底"),
        dict(n=22, paras=["实施农村低收入群体等重点对象危房改造。完成农村危房改造和农房抗震改造120户。"],
             leaders=["周建国"], lead=["县住房和城乡建设局"],
             coop=["县民政局", "县农业农村局（县乡村振兴局）", "县残疾人联合会", "各乡镇（街道）"], deadline="2024年9月底"),
    ]),
    ("七、文化体育（3项）", [
        dict(n=23, paras=["建设城市书房。在城区新建城市书房5个，实现24小时免费开放。"],
             leaders=["马丽萍"], lead=["县文化广电和旅游局"],
             coop=[FIN, "县住房和城乡建设局", "县图书馆"], deadline="2024年10月底"),
        dict(n=24, paras=["开展文化惠民活动。全年送戏下乡200场，放映农村公益电影2400场。"],
             leaders=["马丽萍"], lead=["县文化广电和旅游局"],
             coop=None, deadline="2024年12月底"),
        dict(n=25, paras=["建设全民健身场地设施。新建多功能运动场8个、健身步道10公里，更新农村健身器材100套。"],
             leaders=["马丽萍"], lead=["县文化广电和旅游局"],
             coop=[FIN, "县自然资源局", "县住房和城乡建设局", "各乡镇（街道）"], deadline="2024年11月底"),
    ]),
    ("八、公共安全（3项）", [
        dict(n=26, paras=["建设农贸市场食品安全快检室。在全县18个农贸市场建设食品安全快检室，实现农贸市场快检全覆盖。"],
             leaders=["刘洋"], lead=["县市场监督管理局", "县商务局"],
             coop=[FIN, "各乡镇（街道）"], deadline="2024年9月底"),
        dict(n=27, paras=["建设电动自行车集中充电设施。在城区住宅小区、城中村建设电动自行车集中停放充电场所120处，新增充电端口3000个。"],
             leaders=["王　勇", "刘洋"], lead=["县住房和城乡建设局"],
             coop=["县消防救援大队", "县城市管理局", "县应急管理局", "国网柘源县供电公司", "东城街道办事处", "西城街道办事处"],
             deadline="2024年10月底"),
        dict(n=28, paras=["实施城镇燃气老旧管网更新改造。更新改造城镇燃气老旧管道25公里，开展燃气安全隐患排查整治。"],
             leaders=["刘洋"], lead=["县城市管理局"],
             coop=["县住房和城乡建设局", "县应急管理局", "县市场监督管理局", "柘源华润燃气有限公司"],
             deadline="2024年12月底", dl_colon=":"),
    ]),
    ("九、便民服务（4项）", [
        dict(n=29, paras=["推进政务服务“高效办成一件事”。推出新生儿出生、入学、退休等“一件事”集成办理事项20项，实现“一次告知、一表申请、一次办结”。"],
             leaders=["孙志强"], lead=["县政务服务和大数据管理局（县政务服务中心）"],
             coop=["县公安局", "县人力资源和社会保障局", "县医疗保障局", "县卫生健康委员会", "县教育局"], deadline="2024年12月底"),
        dict(n=30, paras=["建设“15分钟便民生活圈”。在城区建设便民生活服务网点30个，完善菜市场、便利店、家政服务等社区服务设施。"],
             leaders=["孙志强"], lead=["县商务局"],
             coop=["县住房和城乡建设局", "县市场监督管理局", "东城街道办事处", "西城街道办事处"], deadline="2024年12月底"),
        dict(n=31, paras=["建设城市口袋公园。利用城市边角地、闲置地新建口袋公园12个，新增绿地面积6万平方米。"],
             leaders=["王　勇"], lead=["县城市管理局"],
             coop=["县自然资源局", "县住房和城乡建设局", FIN], deadline="2024年10月底"),
        dict(n=32, paras=["推进不动产登记便民服务。实现不动产登记与水、电、气、网、有线电视过户联动办理，一般登记业务办理时间压缩至1个工作日以内。"],
             leaders=["孙志强"], lead=["县自然资源局"],
             coop=["县政务服务和大数据管理局（县政务服务中心）", "县住房和城乡建设局", "国家税务总局柘源县税务局",
                   "国网柘源县供电公司", "柘源县自来水公司"], deadline="2024年9月底"),
    ]),
]

N_TASKS = sum(len(t) for _, t in SECTIONS)
assert N_TASKS == 32

TITLE = "柘源县人民政府关于印发2024年县级民生实事项目的通知"
WENHAO = "柘政发〔2024〕3号"

COVER = [
    "2024年县级民生实事项目已经县十八届人大四次会议票决通过，共9个方面32项，现印发给你们，请结合工作实际，认真抓好组织实施。",
    "一、加强组织领导。各责任县领导要加强统筹调度，定期听取项目进展情况汇报，协调解决项目推进中的困难和问题。各牵头单位是项目实施的第一责任单位，主要负责同志为第一责任人，负责制定项目实施方案，明确时间表、路线图；各责任单位要按照职责分工，主动配合，形成工作合力。",
    "二、加快项目推进。各牵头单位要于3月25日前将项目实施方案报县政府办公室备案。涉及用地、规划、环评等前期手续的项目，相关部门要开辟绿色通道，确保项目按期开工、按时完成。",
    "三、强化资金保障。县财政局要统筹安排项目资金，确保及时足额拨付到位；各牵头单位要积极争取上级资金支持，规范资金使用管理，提高资金使用效益。",
    "四、严格督查考核。县政府督查室要建立民生实事项目工作台账，实行月调度、季通报制度。各牵头单位于每月25日前将项目进展情况报县政府督查室。民生实事项目完成情况纳入年度目标考核，对工作不力、进度滞后的，按有关规定严肃问责。",
]


def e(s):
    return html.escape(s, quote=False)


def coop_line(t):
    seps = t.get("coop_seps") or ["、"] * (len(t["coop"]) - 1)
    out = t["coop"][0]
    for sep, u in zip(seps, t["coop"][1:]):
        out += sep + u
    return out


def portal_html():
    P = []
    a = P.append
    a('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n')
    a('<title>%s_政府文件_柘源县人民政府</title>\n' % e(TITLE))
    a('<meta name="ArticleTitle" content="%s">\n<meta name="PubDate" content="2024-03-12 09:30">\n' % e(TITLE))
    a('<style>\nbody{font-family:"Microsoft YaHei",SimSun,sans-serif;font-size:14px;margin:0}\n'
      '.top{background:#b5120f;color:#fff}.top a{color:#fff}\n'
      '.nav ul{margin:0;padding:0}.nav li{float:left;list-style:none;padding:0 18px}\n'
      '.clear{clear:both}\n.wrap{width:1000px;margin:0 auto}\n'
      '.xxgk td{border:1px solid #ddd;padding:4px 8px}\n'
      '.article h1{font-size:22px;text-align:center}\n.info{text-align:center;color:#666}\n'
      '.TRS_Editor p{font-size:16px;line-height:2}\n.foot{background:#eee;text-align:center;font-size:12px}\n</style>\n')
    a('</head>\n<body>\n<div class="top"><div class="wrap">\n')
    a('<div class="topbar"><span>今天是：2024年3月12日 星期二</span> <a href="#">无障碍浏览</a> <a href="#">长者模式</a> <a href="#">English</a></div>\n')
    a('<div class="logo"><a href="#">柘源县人民政府</a></div>\n')
    a('<div class="nav"><ul>\n<li><a href="#">首页</a></li>\n<li><a href="#">新闻动态</a></li>\n'
      '<li><a href="#">政务公开</a></li>\n<li><a href="#">政务服务</a></li>\n<li><a href="#">互动交流</a></li>\n'
      '<li><a href="#">走进柘源</a></li>\n</ul><div class="clear"></div></div>\n</div></div>\n')
    a('<div class="wrap">\n<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; '
      '<a href="#">政府信息公开</a> &gt; <a href="#">政府文件</a></div>\n')
    a('<table class="xxgk" cellspacing="0">\n'
      '<tr><td>索 引 号：</td><td>11410999MB0K2758X4/2024-00021</td><td>信息分类：</td><td>政府文件</td></tr>\n'
      '<tr><td>发布机构：</td><td>柘源县人民政府</td><td>成文日期：</td><td>2024-03-08</td></tr>\n'
      '<tr><td>文&nbsp;&nbsp;&nbsp;&nbsp;号：</td><td>%s</td><td>发布日期：</td><td>2024-03-12</td></tr>\n'
      '<tr><td>名&nbsp;&nbsp;&nbsp;&nbsp;称：</td><td colspan="3">%s</td></tr>\n'
      '<tr><td>有 效 性：</td><td>有效</td><td>主题分类：</td><td>民政、扶贫、救灾</td></tr>\n'
      '</table>\n' % (e(WENHAO), e(TITLE)))
    a('<div class="article">\n<h1>%s</h1>\n' % e(TITLE))
    a('<div class="info">发布时间：2024-03-12 09:30&nbsp;&nbsp;&nbsp;&nbsp;来源：柘源县人民政府办公室&nbsp;&nbsp;&nbsp;&nbsp;'
      '浏览次数：2316&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>\n')
    a('<div class="TRS_Editor">\n')

    def p(text, style=None):
        a('<p%s>%s</p>\n' % (' style="%s"' % style if style else "", e(text)))

    C, R = "text-align:center", "text-align:right"
    p(WENHAO, C)
    p("柘源县人民政府", C)
    p("关于印发2024年县级民生实事项目的通知", C)
    p("各乡镇人民政府、街道办事处，县人民政府各部门，县直各单位：")
    for para in COVER:
        p(IND + para)
    p(IND + "附件：2024年县级民生实事项目")
    p("柘源县人民政府", R)
    p("2024年3月8日", R)
    p(IND + "（此件公开发布）")
    # the attachment, in the same content area
    p("附件")
    p("2024年县级民生实事项目", C)
    for sec, tasks in SECTIONS:
        p(IND + sec)
        for t in tasks:
            paras = t["paras"]
            p(IND + "%d%s%s" % (t["n"], t.get("dot", "."), paras[0]))
            for more in paras[1:]:
                p(IND + more)
            p(IND + "责任县领导：" + "、".join(t["leaders"]))
            p(IND + "牵头单位：" + "、".join(t["lead"]))
            if t["coop"] is not None:
                p(IND + "责任单位：" + coop_line(t))
            p(IND + "完成时限" + t.get("dl_colon", "：") + t["deadline"])
    a('</div>\n')  # TRS_Editor
    a('<div class="share">扫一扫在手机打开当前页</div>\n')
    a('<div class="tools"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>\n')
    a('</div>\n</div>\n')  # article, wrap
    a('<div class="foot"><div class="wrap">\n'
      '<p>主办单位：柘源县人民政府办公室　承办单位：柘源县政务服务和大数据管理局</p>\n'
      '<p>网站标识码：4109990012　<a href="#">豫ICP备05012345号-1</a>　<a href="#">豫公网安备 41099902000123号</a></p>\n'
      '<p>地址：柘源县人民路66号　联系电话：0393-7212345</p>\n'
      '</div></div>\n')
    a('</body>\n</html>\n')
    return "".join(P)


DUMP_SCRIPT = ("<script>document.execCommand('selectAll');var t=window.getSelection().toString();"
               "document.body.innerHTML='';var p=document.createElement('pre');p.id='dump';p.textContent=t;"
               "document.body.appendChild(p);</script>")


def chromium_copy(page):
    """Render the page in headless Chromium and return the select-all text."""
    exe = shutil.which("chromium")
    if not exe:
        sys.exit("chromium not installed: apt-get install -y chromium")
    with tempfile.TemporaryDirectory() as tmp:
        f = os.path.join(tmp, "page.html")
        with open(f, "w", encoding="utf-8") as fh:
            fh.write(page.replace("</body>", DUMP_SCRIPT + "</body>"))
        env = dict(os.environ, TZ="Asia/Shanghai", LANG="zh_CN.UTF-8")
        out = subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                              "--user-data-dir=" + os.path.join(tmp, "profile"), "--dump-dom",
                              "file://" + f], capture_output=True, env=env, timeout=120, check=True).stdout
    m = re.search(rb'<pre id="dump">(.*?)</pre>', out, re.S)
    if not m:
        sys.exit("no dump in chromium output")
    return html.unescape(m.group(1).decode("utf-8"))


def gold_records():
    recs = []
    for _, tasks in SECTIONS:
        for t in tasks:
            head = "".join(t["paras"][0].split())[:12]
            coop = list(t["coop"] or [])
            recs.append({
                "id": str(t["n"]),
                "marker": "%d%s" % (t["n"], t.get("dot", ".")),
                "head": head,
                "responsible_units": list(t["lead"]) + coop,
                "lead_units": list(t["lead"]),
                "cooperating_units": coop,
                "leaders": [x.replace("\u3000", "").replace(" ", "") for x in t["leaders"]],
                "deadline": t["deadline"],
            })
    return recs


def main():
    page = portal_html()
    with open(SRC, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(page)
    text = chromium_copy(page)
    text = text.replace("\u00a0", " ")                 # clipboard plain text: nbsp -> space
    text = text.replace("\r\n", "\n").replace("\n", "\r\n")  # Windows clipboard / Notepad
    with open(NOTICE, "wb") as fh:
        fh.write(text.encode("utf-8"))
    with open(GOLD, "w", encoding="utf-8", newline="\n") as fh:
        for r in gold_records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", NOTICE, GOLD, SRC)


if __name__ == "__main__":
    main()
