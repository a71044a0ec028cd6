#!/usr/bin/python3
"""Round 139, case 708: a county 任务分工 notice on the county portal, as `elinks -dump` saves it.

Source path: the 芰川县人民政府 portal serves the 县政府办 notice (芰政办发〔2025〕8号) as a TRS-style
article page whose body is the Word document pasted into the web editor, the 附件 task table included
(Word's HTML: MsoNormalTable, <p class=MsoNormal> in every cell, rowspan for merged cells).  A shell
archiver stores the page as text with ELinks:

    elinks -no-home -dump -dump-charset UTF-8 708_source.html > 708_jichuan_xian_gzbg_renwu_fengong.txt

(`-no-home` only keeps any ~/.elinks config out; the output is ELinks' default dump: 80 columns, box-drawing
table frames, [N] link numbers and a References list.)  This script writes the page (708_source.html, kept as
the source), runs the real ELinks on it (Debian bookworm elinks 0.13.2-1+b4; installed with apt-get if
missing) and writes the dump byte for byte as the notice under test, and the gold list 708.tasks.gold.jsonl
from the same task description below.
"""
import html
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "708_source.html")
NOTICE = os.path.join(HERE, "708_jichuan_xian_gzbg_renwu_fengong.txt")
GOLD = os.path.join(HERE, "708.tasks.gold.jsonl")

SITE = "http://www.jichuan.gov.cn"
ART = SITE + "/zwgk/zfxxgk/fdzdgknr/xzfbwj/202503/t20250320_8861527.html"

# ---------------------------------------------------------------------------------------------------------
# The task table.  Leaders are written as printed in the cell (a padded 王　勇); gold strips the padding.
# lead / coop: the units in printed order.  Printing variants per task:
#   coop_sep   separator printed between cooperating units (default 、)
#   coop_paras cooperating units one per <p> in the cell (Enter between them in Word)
#   coop_tail  text printed after the last cooperating unit (等)
#   coop_print "/" or "" (an empty cell) when there are none
#   text       list of paragraphs in the task cell
# ---------------------------------------------------------------------------------------------------------
WANG, LI, ZHAO, CHEN, SUN, ZHOU, SUNL = "王　勇", "李东升", "赵宏伟", "陈晓梅", "孙建国", "周雅琴", "孙立军"

SECTIONS = [
    ("一、稳增长促发展，推动经济运行持续向好", [
        dict(id=1, text=["全县地区生产总值增长6%左右，规模以上工业增加值增长7%，固定资产投资增长8%，一般公共预算收入增长5%。"],
             leaders=[WANG], lead=["县发展和改革局"],
             coop=["县工业和信息化局", "县财政局", "县统计局", "县税务局"], deadline="2025年12月底前"),
        dict(id=2, text=["扎实推进项目建设，全年实施重点项目120个以上、完成投资185亿元以上，争取中央预算内投资和超长期特别国债资金5亿元以上。"],
             leaders=[WANG], lead=["县发展和改革局"],
             coop=["县财政局", "县自然资源局", "县住房和城乡建设局", "各乡（镇）人民政府"], deadline="2025年12月底前"),
        dict(id=3, text=["强化招商引资，开展产业链精准招商，全年新引进亿元以上项目30个，到位市外资金100亿元以上。"],
             leaders=[WANG, LI], lead=["县投资促进局"],
             coop=["县商务局", "芰川经济开发区管委会", "各乡（镇）人民政府"], deadline="持续推进"),
        dict(id=4, text=["落实国家一揽子增量政策，加大消费品以旧换新支持力度，社会消费品零售总额增长6%。"],
             leaders=[LI], lead=["县商务局"],
             coop=["县财政局", "县市场监督管理局"], deadline="2025年12月底前"),
        dict(id=5, text=["加强财政金融协同，用好政府专项债券，全年新增各项贷款40亿元以上，县域存贷比提高2个百分点。"],
             leaders=[LI], lead=["县财政局", "县金融服务中心"],
             coop=["国家金融监督管理总局芰川监管支局", "各银行业金融机构"], deadline="2025年12月底前"),
        dict(id=6, text=["持续优化营商环境，深化“高效办成一件事”改革，政务服务事项网上可办率保持在98%以上。"],
             leaders=[LI], lead=["县政务服务中心"],
             coop=["县直各有关部门"], deadline="持续推进"),
    ]),
    ("二、壮大实体经济，加快构建现代化产业体系", [
        dict(id=7, text=["推动工业提质增效，实施技术改造项目25个，新增规模以上工业企业15家。"],
             leaders=[ZHAO], lead=["县工业和信息化局"],
             coop=["县发展和改革局", "县科学技术局", "芰川经济开发区管委会"], deadline="2025年12月底前"),
        dict(id=8, text=["加快芰川经济开发区扩区调规，新建标准化厂房20万平方米，园区规模以上工业产值突破200亿元。"],
             leaders=[ZHAO], lead=["芰川经济开发区管委会"],
             coop=["县自然资源局", "县住房和城乡建设局"], deadline="2025年10月底前"),
        dict(id=9, text=["培育发展新质生产力，高新技术企业达到60家，全社会研发经费投入强度达到2%。"],
             leaders=[ZHAO], lead=["县科学技术局"],
             coop=["县工业和信息化局", "县财政局", "县统计局"], deadline="2025年12月底前"),
        dict(id=10, text=["促进文旅深度融合，创建国家AAAA级旅游景区1个，全年接待游客增长10%以上。"],
             leaders=[ZHOU], lead=["县文化广电和旅游局"],
             coop=["县交通运输局", "县自然资源局", "芰溪镇人民政府"], deadline="2025年11月底前"),
        dict(id=11, text=["加快发展现代服务业，建成县城商业综合体1个、县级物流配送中心1个。"],
             leaders=[LI], lead=["县商务局"],
             coop=[], coop_print="/", deadline="2025年12月底前"),
        dict(id=12, text=["推进数字经济发展，新建5G基站200个，实现行政村5G网络全覆盖。"],
             leaders=[ZHAO], lead=["县工业和信息化局"],
             coop=["中国移动芰川分公司", "中国电信芰川分公司", "中国联通芰川分公司"], deadline="2025年12月底前"),
    ]),
    ("三、全面推进乡村振兴，加快建设农业强县", [
        dict(id=13, text=["稳定粮食生产，粮食播种面积稳定在52万亩以上、总产量稳定在21万吨以上。"],
             leaders=[CHEN], lead=["县农业农村局"],
             coop=["县发展和改革局", "县财政局", "县自然资源局", "各乡（镇）人民政府"], deadline="2025年10月底前"),
        dict(id=14, text=["新建高标准农田3.5万亩，完成农田灌溉水有效利用系数0.56的目标。"],
             leaders=[CHEN], lead=["县农业农村局"],
             coop=["县财政局", "县水利局"], coop_sep="，", deadline="2025年12月底前"),
        dict(id=15, text=["巩固拓展脱贫攻坚成果，健全防止返贫致贫监测和帮扶机制，守牢不发生规模性返贫致贫底线。"],
             leaders=[CHEN], lead=["县农业农村局"],
             coop=["县人力资源和社会保障局", "县教育局", "县卫生健康局", "县医疗保障局"], coop_tail="等",
             deadline="持续推进"),
        dict(id=16, text=["做强茶叶、中药材等特色产业，新增“三品一标”农产品10个，农产品加工业产值增长8%。"],
             leaders=[CHEN], lead=["县农业农村局", "县林业局"],
             coop=["县供销合作社联合社", "各乡（镇）人民政府"], deadline="2025年12月底前"),
        dict(id=17, text=["实施农村人居环境整治提升行动，农村卫生厕所普及率达到85%，生活垃圾收运处置体系覆盖所有行政村。"],
             leaders=[CHEN], lead=["县农业农村局"],
             coop=["县住房和城乡建设局", "县卫生健康局", "市生态环境局芰川分局"], deadline="2025年11月底前"),
        dict(id=18, text=["深化农村改革，稳妥推进第二轮土地承包到期后再延长三十年试点，发展壮大新型农村集体经济。"],
             leaders=[CHEN], lead=["县农业农村局"],
             coop=["县财政局", "县自然资源局"], deadline="持续推进"),
    ]),
    ("四、推进城乡融合发展，提升县城综合承载能力", [
        dict(id=19, text=["实施城市更新行动，改造城镇老旧小区28个，新建改造城市燃气、供排水管网45公里。"],
             leaders=[SUN], lead=["县住房和城乡建设局"],
             coop=["县财政局", "县自然资源局", "城关镇人民政府", "芰溪镇人民政府"], deadline="2025年11月底前"),
        dict(id=20, text=["完善综合交通路网，建成芰川至石门二级公路，新改建农村公路120公里。"],
             leaders=[SUN], lead=["县交通运输局"],
             coop=["县自然资源局", "县财政局", "有关乡（镇）人民政府"], deadline="2025年12月底前"),
        dict(id=21, text=["加快水利基础设施建设，开工建设青龙潭中型水库，完成病险水库除险加固6座。"],
             leaders=[CHEN], lead=["县水利局"],
             coop=["县发展和改革局", "县财政局", "县自然资源局"], deadline="2025年12月底前"),
        dict(id=22, text=["深入打好污染防治攻坚战，县城空气质量优良天数比例达到88%以上，细颗粒物平均浓度控制在32微克/立方米以内。"],
             leaders=[SUN], lead=["市生态环境局芰川分局"],
             coop=["县发展和改革局", "县工业和信息化局", "县住房和城乡建设局", "县公安局", "县交通运输局"],
             deadline="持续推进"),
        dict(id=23, text=["全面落实河湖长制、林长制，完成营造林3万亩，森林覆盖率稳定在62%以上。"],
             leaders=[CHEN], lead=["县水利局", "县林业局"],
             coop=["各乡（镇）人民政府"], deadline="持续推进"),
    ]),
    ("五、增进民生福祉，不断满足人民美好生活需要", [
        dict(id=24, text=["稳定和扩大就业，城镇新增就业3500人，城镇调查失业率控制在5.5%以内。"],
             leaders=[ZHOU], lead=["县人力资源和社会保障局"],
             coop=["县发展和改革局", "县财政局", "县教育局", "县农业农村局"], deadline="2025年12月底前"),
        dict(id=25, text=["办好人民满意的教育，新建、改扩建中小学校4所，新增学位2400个。"],
             leaders=[ZHOU], lead=["县教育局"],
             coop=["县发展和改革局", "县财政局", "县自然资源局", "县住房和城乡建设局"], deadline="2025年8月底前"),
        dict(id=26, text=["推进健康芰川建设，县人民医院新院区建成投入使用，紧密型县域医共体建设全面推开。"],
             leaders=[ZHOU], lead=["县卫生健康局"],
             coop=["县医疗保障局", "县人民医院"], coop_paras=True, deadline="2025年9月底前"),
        dict(id=27, text=["完善社会保障体系，城乡居民基本养老保险参保率稳定在95%以上，基本医疗保险参保率稳定在96%以上。"],
             leaders=[ZHOU], lead=["县人力资源和社会保障局", "县医疗保障局"],
             coop=["县民政局", "县财政局"], deadline="持续推进"),
        dict(id=28, text=["发展养老托育服务，新建社区嵌入式养老服务中心3个，每千人口拥有3岁以下婴幼儿托位数达到4.5个。"],
             leaders=[ZHOU], lead=["县民政局"],
             coop=["县卫生健康局", "县住房和城乡建设局"], deadline="2025年12月底前"),
        dict(id=29, text=["繁荣文化体育事业，建成县全民健身中心，开展“村BA”“村超”等群众性文体活动200场次以上。"],
             leaders=[ZHOU], lead=["县文化广电和旅游局"],
             coop=["县教育局", "县融媒体中心"], coop_paras=True, deadline="2025年12月底前"),
        dict(id=30, text=["办好十件民生实事。",
                          "按照县人大代表票决结果，逐项明确责任单位和完成时限，年底前全部完成。"],
             leaders=[WANG, ZHOU], lead=["县政府办公室"],
             coop=["县直有关部门", "各乡（镇）人民政府"], deadline="2025年12月底前"),
    ]),
    ("六、统筹发展和安全，建设更高水平平安芰川", [
        dict(id=31, text=["防范化解重点领域风险，稳妥化解地方政府债务，坚决守住不发生系统性风险底线。"],
             leaders=[LI], lead=["县财政局"],
             coop=["县发展和改革局", "县金融服务中心"], deadline="持续推进"),
        dict(id=32, text=["抓好安全生产和防灾减灾，深入推进安全生产治本攻坚三年行动，坚决遏制较大以上事故发生。"],
             leaders=[SUN], lead=["县应急管理局"],
             coop=["县安委会各成员单位"], deadline="持续推进"),
        dict(id=33, text=["推进平安芰川建设，常态化开展扫黑除恶斗争，群众安全感满意度保持在98%以上。"],
             leaders=[SUNL], lead=["县公安局"],
             coop=[], coop_print="", deadline="持续推进"),
        dict(id=34, text=["加强食品药品安全监管，开展校园食品安全守护行动，食品抽检合格率保持在98%以上。"],
             leaders=[SUN], lead=["县市场监督管理局"],
             coop=["县农业农村局", "县卫生健康局", "县教育局"], deadline="2025年12月底前"),
    ]),
]

# the lead cell is merged down (Word "合并单元格") over these runs of tasks
MERGE_LEAD = [(13, 15), (17, 18)]


def gold_records():
    out = []
    for _title, tasks in SECTIONS:
        for t in tasks:
            head = "".join("".join(t["text"]).split())[:12]
            out.append({
                "id": str(t["id"]),
                "marker": str(t["id"]),
                "head": head,
                "responsible_units": list(t["lead"]) + list(t["coop"]),
                "lead_units": list(t["lead"]),
                "cooperating_units": list(t["coop"]),
                "leaders": [l.replace("\u3000", "") for l in t["leaders"]],
                "deadline": t["deadline"],
            })
    return out


# ---------------------------------------------------------------------------------------------------------
# Word's HTML, as the TRS editor keeps it after a paste
# ---------------------------------------------------------------------------------------------------------
E = html.escape
SPAN = '<span style="font-family:仿宋_GB2312;font-size:12.0pt">'
P_C = '<p class="MsoNormal" align="center" style="text-align:center;line-height:18.0pt">'
P_J = '<p class="MsoNormal" style="text-align:justify;line-height:18.0pt">'
TD_BORDER = "border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt"
WIDTHS = [("5%", "37"), ("38%", "281"), ("11%", "81"), ("15%", "111"), ("19%", "141"), ("12%", "89")]


def p(text, center=False):
    return (P_C if center else P_J) + SPAN + E(text) + '<span lang="EN-US"><o:p></o:p></span></span></p>'


def td(col, inner, rowspan=1, extra=""):
    w, px = WIDTHS[col]
    rs = ' rowspan="%d"' % rowspan if rowspan > 1 else ""
    return ('<td width="%s"%s valign="center" style="width:%s;%s">%s</td>' % (px, rs, w, TD_BORDER + extra, inner))


def units_cell(units, sep="、", tail="", paras=False, printed=None):
    if not units:
        return p(printed if printed else "\u00a0", center=bool(printed))
    if paras:
        return "".join(p(u) for u in units)
    return p(sep.join(units) + tail)


def table_html():
    rows = []
    head = ["序号", "重点工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]
    rows.append("<tr style=\"height:30.0pt\">" + "".join(
        td(i, P_C + '<b><span style="font-family:黑体;font-size:12.0pt">' + h + "</span></b></p>",
           extra=";border-top:solid windowtext 1.0pt" if True else "")
        for i, h in enumerate(head)) + "</tr>")
    for title, tasks in SECTIONS:
        rows.append('<tr style="height:24.0pt"><td colspan="6" valign="center" style="width:100%%;%s">%s'
                    '<b><span style="font-family:楷体_GB2312;font-size:12.0pt">%s（共%d项）</span></b></p></td></tr>'
                    % (TD_BORDER, P_J, E(title), len(tasks)))
        # leader runs: consecutive identical leader lists within the section are merged down
        lead_span = {}
        i = 0
        while i < len(tasks):
            j = i
            while j + 1 < len(tasks) and tasks[j + 1]["leaders"] == tasks[i]["leaders"]:
                j += 1
            lead_span[i] = j - i + 1
            for k in range(i + 1, j + 1):
                lead_span[k] = 0
            i = j + 1
        unit_span = {}
        for a, b in MERGE_LEAD:
            for k, t in enumerate(tasks):
                if t["id"] == a:
                    unit_span[k] = b - a + 1
                elif a < t["id"] <= b:
                    unit_span[k] = 0
        for k, t in enumerate(tasks):
            cells = [td(0, p(str(t["id"]), center=True)),
                     td(1, "".join(p(x) for x in t["text"]))]
            if lead_span[k]:
                cells.append(td(2, "".join(p(l, center=True) for l in t["leaders"]), rowspan=lead_span[k]))
            if unit_span.get(k, 1):
                cells.append(td(3, units_cell(t["lead"]), rowspan=unit_span.get(k, 1)))
            cells.append(td(4, units_cell(t["coop"], t.get("coop_sep", "、"), t.get("coop_tail", ""),
                                          t.get("coop_paras", False), t.get("coop_print"))))
            cells.append(td(5, p(t["deadline"], center=True)))
            rows.append('<tr style="height:36.0pt">' + "".join(cells) + "</tr>")
    return ('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%" '
            'style="width:100.0%;border-collapse:collapse;border:none">\n<tbody>\n'
            + "\n".join(rows) + "\n</tbody>\n</table>")


TITLE = "芰川县人民政府办公室关于印发2025年县《政府工作报告》重点工作任务分工的通知"
WENHAO = "芰政办发〔2025〕8号"


def body_p(text, indent=True, align=None, bold=False):
    style = "text-indent:2em;" if indent else ""
    if align:
        style += "text-align:%s;" % align
    inner = E(text)
    if bold:
        inner = "<strong>" + inner + "</strong>"
    return '<p style="%sline-height:2em;font-family:仿宋_GB2312;font-size:16px;">%s</p>' % (style, inner)


def page_html():
    cover = [
        body_p(WENHAO, indent=False, align="center"),
        body_p(TITLE, indent=False, align="center", bold=True),
        body_p("各乡（镇）人民政府，芰川经济开发区管委会，县政府各部门、各直属机构：", indent=False),
        body_p("县第十八届人民代表大会第五次会议审议通过的《政府工作报告》，明确了2025年全县经济社会发展的主要"
               "目标任务。为确保各项目标任务落到实处，经县人民政府同意，现将《2025年县〈政府工作报告〉重点工作任务分工》"
               "印发给你们，并就有关事项通知如下。"),
        '<p style="text-indent:2em;line-height:2em;font-family:仿宋_GB2312;font-size:16px;"><strong>一、提高思想认识。'
        "</strong>各乡（镇）、各部门要把抓好《政府工作报告》重点工作任务落实作为践行“两个维护”的具体行动，"
        "主要负责同志亲自研究部署，细化工作举措，倒排时间节点，确保按期保质完成。</p>",
        '<p style="text-indent:2em;line-height:2em;font-family:仿宋_GB2312;font-size:16px;"><strong>二、压实工作责任。'
        "</strong>责任县领导对分管领域的任务负领导责任，牵头单位对牵头任务负主体责任，配合单位要按照职责分工"
        "主动配合、积极支持。牵头单位有两个的，排在第一位的为主牵头单位，负责统筹协调和情况汇总；"
        "未列配合单位的任务，由牵头单位独立完成。</p>",
        '<p style="text-indent:2em;line-height:2em;font-family:仿宋_GB2312;font-size:16px;"><strong>三、强化督查考核。'
        "</strong>各牵头单位要于每季度最后一个月25日前将任务推进情况报县政府督查室，县政府督查室将定期通报"
        "落实情况，并将结果纳入年度目标绩效考核。联系人：刘　芳，联系电话：0857-6623105。</p>",
        body_p("附件：2025年县《政府工作报告》重点工作任务分工"),
        body_p("芰川县人民政府办公室", indent=False, align="right"),
        body_p("2025年3月18日", indent=False, align="right"),
        body_p("（此件公开发布）"),
        body_p("附件", indent=False),
        body_p("2025年县《政府工作报告》重点工作任务分工", indent=False, align="center", bold=True),
    ]
    nav = [("首页", "/"), ("政务公开", "/zwgk/"), ("政务服务", "/zwfw/"), ("互动交流", "/hdjl/"),
           ("走进芰川", "/zjjc/")]
    meta_rows = [
        ("索引号：", "11522731MB1584026Q/2025-00018", "主题分类：", "综合政务\\其他"),
        ("发布机构：", "芰川县人民政府办公室", "成文日期：", "2025-03-18"),
        ("文　　号：", WENHAO, "发布日期：", "2025-03-20"),
        ("名　　称：", TITLE, "有 效 性：", "有效"),
    ]
    meta = "\n".join(
        "<tr><td class=\"t\">%s</td><td>%s</td><td class=\"t\">%s</td><td>%s</td></tr>" % tuple(map(E, r))
        for r in meta_rows)
    parts = []
    parts.append('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
                 '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
    parts.append('<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
                 '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
                 '<meta name="SiteName" content="芰川县人民政府" />\n'
                 '<meta name="SiteDomain" content="www.jichuan.gov.cn" />\n'
                 '<meta name="ColumnName" content="县政府办文件" />\n'
                 '<meta name="ArticleTitle" content="%s" />\n'
                 '<meta name="PubDate" content="2025-03-20 16:32" />\n'
                 '<meta name="ContentSource" content="县政府办" />\n'
                 '<title>%s_县政府办文件_芰川县人民政府</title>\n'
                 '<link rel="stylesheet" type="text/css" href="%s/images/common.css" />\n'
                 '<script type="text/javascript" src="%s/images/jquery.min.js"></script>\n'
                 '</head>\n<body>' % (E(TITLE), E(TITLE), SITE, SITE))
    parts.append('<div class="top"><div class="w1200"><span class="fl">欢迎访问芰川县人民政府网站！</span>'
                 '<span class="fr"><a href="%s/wza/">无障碍</a> | <a href="%s/m/">手机版</a></span></div></div>'
                 % (SITE, SITE))
    parts.append('<div class="head"><div class="logo"><img src="%s/images/logo.png" alt="芰川县人民政府" /></div>'
                 '<div class="search"><form action="%s/search/" method="get" target="_blank">'
                 '<input type="text" name="searchword" class="ipt" value="" placeholder="请输入关键字" />'
                 '<input type="submit" class="btn" value="搜索" /></form></div></div>' % (SITE, SITE))
    parts.append('<div class="nav"><ul>' + "".join('<li><a href="%s%s">%s</a></li>' % (SITE, h, E(n))
                                                  for n, h in nav) + "</ul></div>")
    parts.append('<div class="position">当前位置：<a href="%s/">首页</a>&nbsp;&gt;&nbsp;<a href="%s/zwgk/">政务公开</a>'
                 '&nbsp;&gt;&nbsp;<a href="%s/zwgk/zfxxgk/">政府信息公开</a>&nbsp;&gt;&nbsp;'
                 '<a href="%s/zwgk/zfxxgk/fdzdgknr/">法定主动公开内容</a>&nbsp;&gt;&nbsp;'
                 '<a href="%s/zwgk/zfxxgk/fdzdgknr/xzfbwj/">县政府办文件</a></div>' % ((SITE,) * 5))
    parts.append('<div class="xxgk_table"><table border="0" cellspacing="0" cellpadding="0" width="100%">\n'
                 + meta + "\n</table></div>")
    parts.append('<div class="article"><h1 align="center">%s</h1>' % E(TITLE))
    parts.append('<div class="info">发布时间：2025-03-20 16:32&nbsp;&nbsp;&nbsp;来源：县政府办&nbsp;&nbsp;&nbsp;'
                 '字号：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
                 '<a href="javascript:doZoom(14)">小</a>]</div>')
    parts.append('<div class="TRS_Editor">\n' + "\n".join(cover) + "\n" + table_html() + "\n</div>")
    parts.append('<div class="fujian">附件下载：<a href="%s/zwgk/zfxxgk/fdzdgknr/xzfbwj/202503/P020250320598312460177.pdf">'
                 '芰政办发〔2025〕8号.pdf</a></div>' % SITE)
    parts.append('<div class="xgjd">相关解读：<a href="%s/zwgk/zcjd/202503/t20250321_8862104.html">'
                 '图解：2025年县《政府工作报告》重点工作任务分工</a></div>' % SITE)
    parts.append('<div class="btns"><a href="javascript:window.print()">【打印本页】</a> '
                 '<a href="javascript:window.close()">【关闭窗口】</a></div></div>')
    parts.append('<div class="footer"><p>主办单位：芰川县人民政府办公室&nbsp;&nbsp;承办单位：芰川县融媒体中心</p>'
                 '<p>网站标识码：5227310012&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/">黔ICP备12003715号-1</a>'
                 '&nbsp;&nbsp;黔公网安备 52273102000015号</p>'
                 '<p>联系电话：0857-6621001&nbsp;&nbsp;建议使用1920×1080分辨率浏览</p></div>')
    parts.append("</body>\n</html>\n")
    return "\n".join(parts)


def ensure_elinks():
    exe = shutil.which("elinks")
    if exe:
        return exe
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "install", "-y", "-qq", "elinks"], check=True, env=env)
    return shutil.which("elinks")


def main():
    src = page_html().encode("utf-8")
    with open(SOURCE, "wb") as f:
        f.write(src)
    exe = ensure_elinks()
    with tempfile.TemporaryDirectory() as home:
        env = {"PATH": "/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8", "TERM": "dumb"}
        res = subprocess.run([exe, "-no-home", "-dump", "-dump-charset", "UTF-8", SOURCE],
                             check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=home)
    with open(NOTICE, "wb") as f:
        f.write(res.stdout)
    with open(GOLD, "w", encoding="utf-8") as f:
        for r in gold_records():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    ver = subprocess.run([exe, "-version"], stdout=subprocess.PIPE, env={"PATH": "/usr/bin:/bin"}).stdout
    sys.stderr.write("ran %s (%s): %d bytes -> %s\n" % (exe, ver.decode().split("\n")[0], len(res.stdout),
                                                     os.path.basename(NOTICE)))


if __name__ == "__main__":
    main()
