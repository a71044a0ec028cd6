#!/usr/bin/python3
"""Round 141 / 716 -- control case.

Writes 716_linxi_qu_gzbg_renwu_fengong.html and 716.tasks.gold.jsonl from the
structured description below (SECTIONS).

The notice: 临溪区人民政府办公室关于印发2024年《政府工作报告》重点工作任务分工的通知
(临政办发〔2024〕5号), as published on the district portal (a TRS WCM template;
the article body was pasted from Word into the TRS editor, so it carries
MsoNormal paragraphs, lang="EN-US" digit runs and <o:p> tags), saved from
Chrome with "网页，全部" (Save page as, Webpage complete) and only the .html kept.

How the saved file is made:
  1. this script writes the page as the portal serves it (server.html, in a
     temporary folder);
  2. it runs Chromium headless (`chromium --headless --dump-dom`, Debian
     package chromium 156.0.8078.129-1~deb12u1 was used) on that file, so the
     DOM is Chrome's own: <tbody> inserted by the parser, attribute quoting,
     the template's inline scripts run (the empty-附件 box hidden, the date
     written), <o:p> kept as elements;
  3. Chromium cannot be driven to "Save page as > complete" headless, so the
     framing that Chrome's WebFrameSerializer adds to a saved page is applied
     here as Chrome writes it: the doctype, then
     `<!-- saved from url=(NNNN)URL -->`, the original charset <meta> dropped
     and `<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">`
     put first in <head>, saved resources (css, js, images) rewritten to
     `./<title>_files/<name>`, other links made absolute.
Deterministic: the page has no clock or random input; Chromium runs with a
fresh profile and every host name mapped to nothing.
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from urllib.parse import urljoin

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = os.path.join(HERE, "716_linxi_qu_gzbg_renwu_fengong.html")
GOLD = os.path.join(HERE, "716.tasks.gold.jsonl")

PAGE_URL = ("https://www.azlx.gov.cn/zwgk/zfxxgk/fdzdgknr/zfwj/qzbwj/202402/"
            "t20240228_5287413.html")
TITLE = "临溪区人民政府办公室关于印发2024年《政府工作报告》重点工作任务分工的通知"
SITE = "安州市临溪区人民政府"
PAGE_TITLE = TITLE + "_" + SITE
FILES_DIR = "./" + PAGE_TITLE + "_files/"
WENHAO = "临政办发〔2024〕5号"

# ---------------------------------------------------------------------------
# The structured description.  Each task: (text, leaders, lead, coop, deadline)
#   text     str, or list of str = paragraphs inside the one cell
#   leaders  str (cell text), or list of str = paragraphs inside the cell
#   lead     牵头单位 cell text, as printed
#   coop     配合单位 cell text, as printed ("" = empty cell)
#   deadline 完成时限 cell text
# ---------------------------------------------------------------------------
ZR = "市自然资源和规划局临溪分局"
SH = "市生态环境局临溪分局"
KFQ = "临溪经济开发区管委会"
JD = "各街道办事处"

SECTIONS = [
    ("一、全力以赴稳增长、扩内需", [
        ("全区地区生产总值增长6%左右，一般公共预算收入增长4%，规模以上工业增加值增长7%，社会消费品零售总额增长6.5%。",
         "陈立新、周　军", "区发展改革局", "区统计局、区财政局、区工业和信息化局、区商务局", "2024年12月底"),
        ("实施重点项目攻坚行动，全年实施区级重点项目120个，完成投资150亿元以上，其中新开工项目60个以上。",
         "周　军", "区发展改革局", "区财政局、" + ZR + "、区住房城乡建设局、" + KFQ + "、" + JD, "2024年12月底"),
        ("积极争取中央预算内投资、超长期特别国债和地方政府专项债券等政策资金，全年争取上级资金30亿元以上。",
         "周　军", "区发展改革局、区财政局", "区直有关部门", "2024年12月底"),
        ("深入开展“招商引资提质年”活动，全年引进亿元以上项目40个，实际到位市外资金120亿元。",
         "孙志强", "区投资促进中心", KFQ + "、区商务局、" + JD, "2024年12月底"),
        ("促进消费扩容提质，举办“乐购临溪”系列促消费活动20场以上，培育夜间经济集聚区2个。",
         "孙志强", "区商务局", "区文化和旅游局，区市场监管局、" + JD, "2024年12月底"),
        ("落实好结构性减税降费政策，加强财源建设，严控一般性支出，兜牢“三保”底线。",
         "周　军", "区财政局", "区税务局、区直各部门", "长期坚持"),
        ("统筹做好地方政府债务风险防范化解工作，稳妥推进融资平台市场化转型。",
         "周　军", "区财政局", "区国资中心、区城投集团", "长期坚持"),
    ]),
    ("二、加快构建现代化产业体系", [
        ("推进新型工业化，实施工业技改项目50个以上，新增规模以上工业企业25家。",
         "孙志强", "区工业和信息化局", KFQ + "、区统计局", "2024年12月底"),
        ("壮大新能源汽车零部件、电子信息两大主导产业集群，力争两大产业产值突破300亿元。",
         "孙志强", KFQ, "区工业和信息化局、区投资促进中心", "2024年12月底"),
        ("深入实施创新驱动发展战略，全社会研发投入强度达到2.6%，新增高新技术企业30家、科技型中小企业100家。",
         "孙志强", "区科技局", "区财政局、区统计局、" + KFQ, "2024年12月底"),
        ("加快数字经济发展，新建5G基站300个，推进“智慧临溪”城市运行管理中心二期建设。",
         "孙志强", "区数据局", "区工业和信息化局、区城市管理局", "2024年10月底"),
        ("发展现代服务业，加快临溪湾现代物流园、总部经济楼宇建设，新增限额以上服务业企业30家。",
         "孙志强", "区商务局", "区发展改革局、区统计局", "2024年12月底"),
        ("全面推进乡村振兴，稳定粮食播种面积6.2万亩以上，新建高标准农田1.5万亩。",
         "吴晓峰", "区农业农村局", ZR + "、区财政局、" + JD, "2024年11月底"),
        ("发展都市现代农业，新培育市级以上农业产业化龙头企业3家，打造“临溪蔬菜”区域公用品牌。",
         "吴晓峰", "区农业农村局", "区市场监管局", "2024年底"),
    ]),
    ("三、持续提升城市功能品质", [
        ("完成临溪区国土空间分区规划编制报批，开展城市体检评估工作。",
         "刘　畅", ZR, "区住房城乡建设局、区发展改革局", "2024年6月底"),
        ("实施城市更新行动，改造老旧小区42个、惠及居民1.3万户，建成棚户区改造安置房1200套。",
         "刘　畅", "区住房城乡建设局", "区财政局、" + JD, "2024年12月底"),
        ("完善城市路网，建成通江路北延、临溪大道快速化改造等道路工程8条，打通断头路5条。",
         "刘　畅", "区住房城乡建设局", "区城投集团、" + ZR + "、公安临溪分局", "2024年12月底"),
        (["深化城市精细化管理，开展市容环境“十乱”专项整治，整治提升背街小巷60条。",
          "新建改造城市公园、口袋公园10个，新增公共停车泊位3000个。"],
         "刘　畅", "区城市管理局", "区住房城乡建设局、公安临溪分局、" + JD, "2024年12月底"),
        ("深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在35微克/立方米以内，国省控断面水质达标率100%。",
         "吴晓峰", SH, "区城市管理局、区住房城乡建设局、区农业农村局、区水利局、" + JD, "2024年12月底"),
        ("全面落实河湖长制，推进临溪河综合治理二期工程，完成中小河流治理12公里。",
         "吴晓峰", "区水利局", SH + "、" + JD, "2024年12月底"),
        ("推动绿色低碳发展，完成造林绿化1200亩，单位地区生产总值能耗下降完成市下达目标任务。",
         ["周　军", "吴晓峰"], "区发展改革局", "区农业农村局、" + ZR + "、区工业和信息化局", "2024年12月底"),
    ]),
    ("四、用心用情保障和改善民生", [
        ("坚持就业优先，城镇新增就业8000人以上，城镇调查失业率控制在5.5%以内。",
         "韩冬梅", "区人力资源社会保障局", "区财政局、" + JD, "2024年12月底"),
        ("推进义务教育优质均衡发展，新建、改扩建中小学和幼儿园6所，新增学位5400个。",
         "韩冬梅", "区教育局", "区发展改革局、区财政局、" + ZR + "、区住房城乡建设局", "2024年8月底"),
        ("深化医药卫生体制改革，推进紧密型城市医疗集团建设，区人民医院新院区建成投入使用。",
         "韩冬梅", "区卫生健康局", "区医保局、区发展改革局", "2024年9月底"),
        ("健全多层次社会保障体系，基本养老保险、基本医疗保险参保率稳定在95%以上。",
         "韩冬梅", "区人力资源社会保障局、区医保局", "区税务局", "长期坚持"),
        ("完善养老服务体系，新建社区嵌入式养老服务中心8个，发展老年助餐点30个。",
         "韩冬梅", "区民政局", "", "2024年12月底"),
        ("繁荣发展文化体育事业，举办“临溪文化节”等群众性文体活动200场次以上。",
         "韩冬梅", "区文化和旅游局", "区教育局、区融媒体中心、" + JD, "2024年12月底"),
        ("做好退役军人服务保障工作，落实各项优抚安置政策。",
         "韩冬梅", "区退役军人事务局", "", "长期坚持"),
        ("扎实办好年度十件民生实事。",
         "陈立新", "区政府办公室", "区直有关部门、" + JD, "2024年12月底"),
    ]),
    ("五、统筹发展和安全", [
        ("深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。",
         "周　军", "区应急管理局", "区安委会各成员单位、" + JD, "长期坚持"),
        ("推进更高水平的平安临溪建设，常态化开展扫黑除恶斗争，严厉打击电信网络诈骗等违法犯罪。",
         "马　骏", "公安临溪分局", "区委政法委、区司法局、" + JD, "长期坚持"),
        ("坚持和发展新时代“枫桥经验”，扎实开展信访积案化解攻坚，推进矛盾纠纷多元化解。",
         "马骏", "区信访局", "区司法局、" + JD, "长期坚持"),
        ("加强食品药品安全监管，争创省级食品安全示范区。",
         "韩冬梅", "区市场监管局", "区卫生健康局、区农业农村局", "2024年12月底"),
    ]),
    ("六、全面加强政府自身建设", [
        ("深入推进法治政府建设，严格落实重大行政决策程序，自觉接受区人大及其常委会的法律监督、区政协的民主监督。",
         "陈立新", "区司法局", "区政府办公室、区直各部门", "长期坚持"),
        ("持续深化“放管服”改革，推进“高效办成一件事”，政务服务事项网上可办率达到98%以上。",
         "周　军", "区政务服务管理局", "区数据局、区市场监管局、区直有关部门", "2024年12月底"),
    ]),
]

COVER = [
    ("一、提高思想认识。",
     "《报告》确定的目标任务是区政府向全区人民作出的庄严承诺。各街道、各部门（单位）要深刻认识抓好《报告》落实的重要性，"
     "把思想和行动统一到区委、区政府决策部署上来，以“开局即冲刺、起步即攻坚”的状态，全力以赴抓好各项工作任务落实。"),
    ("二、压实工作责任。",
     "各牵头区领导要加强对分管领域重点工作的统筹调度，定期听取工作汇报，及时协调解决推进中的困难和问题。牵头单位是任务落实的责任主体，"
     "主要负责同志为第一责任人，要会同配合单位细化工作措施，明确时间节点，倒排工期、挂图作战；配合单位要按照职责分工主动对接、积极配合，"
     "形成工作合力。同一任务有多个牵头单位的，排在第一位的单位负责统筹协调和汇总报送。"),
    ("三、强化督查问效。",
     "区政府督查室要将《报告》重点工作任务纳入年度督查重点，建立工作台账，实行月调度、季通报。各牵头单位要于每季度最后一个月25日前"
     "将工作进展情况报送区政府督查室（联系电话：8261 3027，电子邮箱：lxqzfdcs@azlx.gov.cn），12月20日前报送全年工作完成情况。"
     "对工作推进不力、进度严重滞后的，按照有关规定严肃追责问责。"),
]


# ---------------------------------------------------------------------------
# Word-paste markup helpers
# ---------------------------------------------------------------------------
def runs(text, style):
    """Word splits a paragraph into runs: CJK text in one span, ASCII runs in
    lang="EN-US" spans."""
    out = []
    for m in re.finditer(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        s = m.group(0)
        if re.match(r"[\x20-\x7e]", s):
            out.append('<span lang="EN-US" style="%s">%s</span>' % (style, html.escape(s, quote=False)))
        else:
            out.append('<span style="%s">%s</span>' % (style, html.escape(s, quote=False)))
    return "".join(out)


CELL_FONT = "font-size:10.5pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体"
BODY_FONT = "font-size:16.0pt;font-family:仿宋_GB2312"
TD_STYLE = "border:solid windowtext 1.0pt;border-top:none;mso-border-top-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt"
WIDTHS = [(38, "28.35pt"), (265, "198.45pt"), (62, "46.8pt"), (100, "75.0pt"), (150, "112.5pt"), (66, "49.6pt")]
ALIGN = ["center", "left", "center", "center", "left", "center"]


def cell_p(text, align):
    if text == "":
        return ('<p class="MsoNormal" align="center" style="text-align:center;line-height:15.0pt;mso-line-height-rule:exactly">'
                '<span lang="EN-US" style="%s"><o:p>&nbsp;</o:p></span></p>' % CELL_FONT)
    a = "justify" if align == "left" else "center"
    return ('<p class="MsoNormal" align="%s" style="text-align:%s;line-height:15.0pt;mso-line-height-rule:exactly">%s'
            '<span lang="EN-US" style="%s"><o:p></o:p></span></p>' % (a, a, runs(text, CELL_FONT), CELL_FONT))


def td(i, content):
    w, pt = WIDTHS[i]
    paras = content if isinstance(content, list) else [content]
    inner = "\n".join(cell_p(p, ALIGN[i]) for p in paras)
    return ('<td width="%d" style="width:%s;%s">\n%s\n</td>' % (w, pt, TD_STYLE, inner))


def build_table():
    rows = []
    irow = 0
    head = ["序号", "重点工作任务", "牵头区领导", "牵头单位", "配合单位", "完成时限"]
    cells = []
    for i, h in enumerate(head):
        w, pt = WIDTHS[i]
        cells.append('<td width="%d" style="width:%s;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;'
                     'background:#D9D9D9;padding:0cm 5.4pt 0cm 5.4pt">\n<p class="MsoNormal" align="center" style="text-align:center">'
                     '<b><span style="font-size:11.0pt;font-family:黑体">%s</span></b><b><span lang="EN-US" '
                     'style="font-size:11.0pt;font-family:黑体"><o:p></o:p></span></b></p>\n</td>' % (w, pt, h))
    rows.append('<tr style="mso-yfti-irow:0;mso-yfti-firstrow:yes;height:28.35pt">\n' + "\n".join(cells) + "\n</tr>")
    n = 0
    for title, tasks in SECTIONS:
        irow += 1
        rows.append('<tr style="mso-yfti-irow:%d;height:22.7pt">\n<td width="681" colspan="6" style="width:510.7pt;%s">\n'
                    '<p class="MsoNormal" align="left" style="text-align:left"><b><span style="font-size:11.0pt;font-family:黑体">%s（共%d项）</span></b>'
                    '<b><span lang="EN-US" style="font-size:11.0pt;font-family:黑体"><o:p></o:p></span></b></p>\n</td>\n</tr>'
                    % (irow, TD_STYLE, title, len(tasks)))
        for text, leaders, lead, coop, dl in tasks:
            n += 1
            irow += 1
            cells = [td(0, str(n)), td(1, text), td(2, leaders), td(3, lead), td(4, coop), td(5, dl)]
            last = ";mso-yfti-lastrow:yes" if n == 35 else ""
            rows.append('<tr style="mso-yfti-irow:%d%s;height:39.7pt">\n' % (irow, last) + "\n".join(cells) + "\n</tr>")
    return ('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="681" '
            'style="width:510.7pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;'
            'mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt">\n<tbody>\n' + "\n".join(rows) + "\n</tbody>\n</table>")


def body_p(text, style="text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly", align=None, font=BODY_FONT):
    a = (' align="%s"' % align) if align else ""
    return '<p class="MsoNormal"%s style="%s">%s<span lang="EN-US" style="%s"><o:p></o:p></span></p>' % (a, style, runs(text, font), font)


def build_article():
    p = []
    p.append(body_p(WENHAO, "text-align:center;line-height:28.0pt;mso-line-height-rule:exactly", "center"))
    p.append(body_p("", "line-height:28.0pt;mso-line-height-rule:exactly").replace("<o:p></o:p>", "<o:p>&nbsp;</o:p>"))
    p.append(body_p("各街道办事处，区政府各部门、各直属机构，有关单位：", "line-height:28.0pt;mso-line-height-rule:exactly"))
    p.append(body_p("区十八届人大四次会议审议通过的《政府工作报告》（以下简称《报告》），全面总结了2023年工作，明确了2024年全区经济社会发展的"
                    "主要目标和重点任务。为确保《报告》确定的各项目标任务落到实处，经区政府同意，现将《报告》重点工作任务分工印发给你们，"
                    "并就有关事项通知如下："))
    for h, t in COVER:
        p.append('<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly">'
                 '<span style="font-size:16.0pt;font-family:黑体">%s</span>%s<span lang="EN-US" style="%s"><o:p></o:p></span></p>'
                 % (h, runs(t, BODY_FONT), BODY_FONT))
    p.append(body_p("", "line-height:28.0pt;mso-line-height-rule:exactly").replace("<o:p></o:p>", "<o:p>&nbsp;</o:p>"))
    p.append(body_p("附件：2024年《政府工作报告》重点工作任务分工"))
    p.append(body_p("", "line-height:28.0pt;mso-line-height-rule:exactly").replace("<o:p></o:p>", "<o:p>&nbsp;</o:p>"))
    p.append(body_p("临溪区人民政府办公室", "text-align:right;margin-right:48.0pt;line-height:28.0pt;mso-line-height-rule:exactly", "right"))
    p.append(body_p("2024年2月26日", "text-align:right;margin-right:56.0pt;line-height:28.0pt;mso-line-height-rule:exactly", "right"))
    p.append(body_p("（此件公开发布）"))
    p.append('<span lang="EN-US" style="font-size:16.0pt;font-family:仿宋_GB2312"><br clear="all" style="page-break-before:always"></span>')
    p.append(body_p("附件", "line-height:28.0pt;mso-line-height-rule:exactly", font="font-size:16.0pt;font-family:黑体"))
    p.append(body_p("2024年《政府工作报告》重点工作任务分工", "text-align:center;line-height:30.0pt;mso-line-height-rule:exactly", "center",
                    font="font-size:20.0pt;font-family:方正小标宋简体"))
    p.append(body_p("", "text-align:center", "center").replace("<o:p></o:p>", "<o:p>&nbsp;</o:p>"))
    p.append(build_table())
    p.append(body_p("", "line-height:15.0pt", font=CELL_FONT).replace("<o:p></o:p>", "<o:p>&nbsp;</o:p>"))
    return "\n".join(p)


TRS_STYLE = (".TRS_Editor P{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}"
             ".TRS_Editor DIV{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}"
             ".TRS_Editor TD{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}"
             ".TRS_Editor TH{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}"
             ".TRS_Editor SPAN{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}"
             ".TRS_Editor FONT{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}"
             ".TRS_Editor UL{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}"
             ".TRS_Editor LI{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}"
             ".TRS_Editor A{margin-top:0;margin-bottom:0;line-height:2;font-family:宋体;font-size:12pt;}")


def build_server_page():
    nav = [("首页", "../../../../../../"), ("走进临溪", "../../../../../../zjlx/"), ("政务公开", "../../../../../"),
           ("政务服务", "../../../../../../zwfw/"), ("互动交流", "../../../../../../hdjl/"), ("专题专栏", "../../../../../../ztzl/")]
    navhtml = "\n".join('<li%s><a href="%s">%s</a></li>' % (' id="nav%d"' % i, u, t) for i, (t, u) in enumerate(nav))
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>%(ptitle)s</title>
<meta name="SiteName" content="%(site)s" />
<meta name="SiteDomain" content="www.azlx.gov.cn" />
<meta name="SiteIDCode" content="3699020001" />
<meta name="ColumnName" content="区政府办文件" />
<meta name="ColumnType" content="政府文件" />
<meta name="ArticleTitle" content="%(title)s" />
<meta name="PubDate" content="2024-02-28 16:35" />
<meta name="ContentSource" content="区政府办公室" />
<meta name="Keywords" content="政府工作报告,任务分工" />
<link href="../../../../../../images/common.css" rel="stylesheet" type="text/css" />
<link href="../../../../../../images/xxgk_content.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="../../../../../../images/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="top_bar">
<div class="w1200">
<span class="fl" id="today"></span>
<script type="text/javascript">
var wk = ["日","一","二","三","四","五","六"];
document.getElementById("today").innerHTML = "今天是：2024年2月28日 星期" + wk[3];
</script>
<span class="fr"><a href="javascript:void(0);" id="wza">无障碍浏览</a> | <a href="javascript:void(0);" id="zhzbm">长者模式</a> | <a href="../../../../../../wzdt/">网站地图</a></span>
</div>
</div>
<div class="header">
<div class="w1200">
<a class="logo" href="../../../../../../"><img src="../../../../../../images/logo.png" alt="安州市临溪区人民政府" /></a>
<div class="search">
<form action="https://www.azlx.gov.cn/search/search.html" method="get" target="_blank" name="searchform">
<input type="text" name="searchword" class="sr" value="请输入关键字" onfocus="if(this.value=='请输入关键字')this.value='';" />
<input type="submit" class="btn" value="搜索" />
</form>
</div>
</div>
</div>
<div class="nav">
<ul class="w1200">
%(nav)s
</ul>
</div>
<script type="text/javascript">
var navCur = 2;
document.getElementById("nav" + navCur).className = "on";
</script>
<div class="w1200 main">
<div class="position">当前位置：<a href="../../../../../../" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../../../../../" title="政务公开" class="CurrChnlCls">政务公开</a>&nbsp;&gt;&nbsp;<a href="../../../../" title="政府信息公开" class="CurrChnlCls">政府信息公开</a>&nbsp;&gt;&nbsp;<a href="../../../" title="法定主动公开内容" class="CurrChnlCls">法定主动公开内容</a>&nbsp;&gt;&nbsp;<a href="../../" title="政府文件" class="CurrChnlCls">政府文件</a>&nbsp;&gt;&nbsp;<a href="../" title="区政府办文件" class="CurrChnlCls">区政府办文件</a></div>
<div class="xxgk_info">
<table width="100%%" border="0" cellspacing="0" cellpadding="0">
<tr>
<td class="tit" width="12%%">索&nbsp;&nbsp;引&nbsp;&nbsp;号：</td><td width="38%%">113699020015843726/2024-00015</td>
<td class="tit" width="12%%">主题分类：</td><td width="38%%">综合政务\\其他</td>
</tr>
<tr>
<td class="tit">发布机构：</td><td>临溪区人民政府办公室</td>
<td class="tit">成文日期：</td><td>2024-02-26</td>
</tr>
<tr>
<td class="tit">文&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;号：</td><td>%(wenhao)s</td>
<td class="tit">发布日期：</td><td>2024-02-28</td>
</tr>
<tr>
<td class="tit">标&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;题：</td><td colspan="3">%(title)s</td>
</tr>
<tr>
<td class="tit">有&nbsp;&nbsp;效&nbsp;&nbsp;性：</td><td>有效</td>
<td class="tit">主&nbsp;&nbsp;题&nbsp;&nbsp;词：</td><td></td>
</tr>
</table>
</div>
<div class="article">
<h1 class="art_title">%(title)s</h1>
<div class="art_info">
<span>发布时间：2024-02-28 16:35</span>
<span>来源：区政府办公室</span>
<span>浏览次数：<font id="hits"></font></span>
<span class="zh">字号：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</span>
</div>
<div class="art_con" id="zoom">
<!--<$[信息内容]>begin--><div class="TRS_Editor"><style type="text/css">
%(trsstyle)s</style>
<div class="Custom_UnionStyle">
%(article)s
</div></div><!--<$[信息内容]>end-->
</div>
<div class="fj" id="fjbox">
<p class="fj_tit">附件：</p>
<ul id="fjlist"></ul>
</div>
<script type="text/javascript">
var fjlist = document.getElementById("fjlist");
if (fjlist.getElementsByTagName("li").length == 0) {
  document.getElementById("fjbox").style.display = "none";
}
function doZoom(size) {
  document.getElementById("zoom").style.fontSize = size + "px";
}
</script>
<div class="art_tool">
<a href="javascript:window.print();">【打印本页】</a>
<a href="javascript:window.close();">【关闭窗口】</a>
</div>
<div class="art_page">
<p>上一篇：<a href="./t20240223_5279560.html" title="临溪区人民政府办公室关于做好2024年春季森林防灭火工作的通知">临溪区人民政府办公室关于做好2024年春季森林防灭火工作的通知</a></p>
<p>下一篇：<a href="../202403/t20240306_5301182.html" title="临溪区人民政府办公室关于印发临溪区2024年民生实事项目实施方案的通知">临溪区人民政府办公室关于印发临溪区2024年民生实事项目实施方案的通知</a></p>
</div>
</div>
</div>
<div class="footer">
<div class="w1200">
<div class="foot_links">
<a href="../../../../../../gywm/">关于我们</a> | <a href="../../../../../../wzdt/">网站地图</a> | <a href="../../../../../../lxwm/">联系我们</a>
</div>
<p>主办单位：安州市临溪区人民政府办公室&nbsp;&nbsp;&nbsp;&nbsp;承办单位：安州市临溪区数据局</p>
<p>地址：安州市临溪区临溪大道188号</p>
<p>网站标识码：3699020001&nbsp;&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备12008843号-1</a>&nbsp;&nbsp;&nbsp;&nbsp;<img src="../../../../../../images/ga.png" />赣公网安备 36990202000135号</p>
<div class="foot_icons">
<a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A5C3E7D1B2F4A6E" target="_blank"><img src="../../../../../../images/red.png" alt="党政机关" /></a>
<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3699020001&amp;url=https%%3A%%2F%%2Fwww.azlx.gov.cn%%2F" target="_blank"><img src="../../../../../../images/jiucuo.png" alt="政府网站找错" /></a>
</div>
</div>
</div>
<script type="text/javascript" src="../../../../../../images/common.js"></script>
</body>
</html>
""" % {"ptitle": PAGE_TITLE, "site": SITE, "title": TITLE, "wenhao": WENHAO, "nav": navhtml,
       "trsstyle": TRS_STYLE, "article": build_article()}


# ---------------------------------------------------------------------------
# Chrome "save page as, complete" framing
# ---------------------------------------------------------------------------
def chrome_dump(server_html):
    tmp = tempfile.mkdtemp(prefix="r716_")
    try:
        src = os.path.join(tmp, "t20240228_5287413.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(server_html)
        prof = os.path.join(tmp, "profile")
        cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + prof,
               "--host-resolver-rules=MAP * ~NOTFOUND", "--no-first-run", "--dump-dom", "file://" + src]
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=120)
        if r.returncode != 0 or not r.stdout:
            sys.exit("chromium failed")
        return r.stdout.decode("utf-8"), "file://" + src
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def chrome_save_complete(dom, local_url):
    m = re.match(r"(<!DOCTYPE[^>]*>)\n?", dom)
    doctype, rest = m.group(1), dom[m.end():]
    # drop the page's own charset declaration; Chrome writes its own first in <head>
    rest = re.sub(r'<meta http-equiv="Content-Type" content="text/html; charset=utf-8">', "", rest, count=1)
    rest = rest.replace("<head>", '<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">', 1)
    # rewrite attribute values tag by tag
    def fix_tag(tm):
        t = tm.group(0)
        name = tm.group(1).lower()
        def one(am):
            attr, val = am.group(1).lower(), am.group(2)
            if attr not in ("href", "src", "action") or val.startswith("javascript:"):
                return am.group(0)
            raw = html.unescape(val)
            absu = urljoin(PAGE_URL, raw)
            if (name == "link" and attr == "href") or (name in ("script", "img") and attr == "src"):
                new = FILES_DIR + absu.rsplit("/", 1)[1]
            else:
                new = absu
            return ' %s="%s"' % (am.group(1), new.replace("&", "&amp;").replace('"', "&quot;"))
        return re.sub(r' (href|src|action)="([^"]*)"', one, t)

    rest = re.sub(r"<(a|link|script|img|form)\b[^>]*>", fix_tag, rest)
    mark = "<!-- saved from url=(%04d)%s -->" % (len(PAGE_URL), PAGE_URL)
    return doctype + "\n" + mark + "\n" + rest


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------
def split_units(s):
    return [u.strip() for u in re.split(r"[、，；]", s) if u.strip()]


def gold_rows():
    out = []
    n = 0
    for _, tasks in SECTIONS:
        for text, leaders, lead, coop, dl in tasks:
            n += 1
            full = "".join(text) if isinstance(text, list) else text
            head = re.sub(r"\s", "", full)[:12]
            ls = leaders if isinstance(leaders, list) else split_units(leaders)
            ls = [re.sub(r"[\s\u3000]", "", x) for x in ls]
            lu, cu = split_units(lead), split_units(coop)
            out.append({"id": str(n), "marker": str(n), "head": head, "responsible_units": lu + cu,
                        "lead_units": lu, "cooperating_units": cu, "leaders": ls, "deadline": dl})
    return out


def main():
    server = build_server_page()
    dom, local_url = chrome_dump(server)
    saved = chrome_save_complete(dom, local_url)
    with open(NOTICE, "w", encoding="utf-8", newline="") as f:
        f.write(saved)
    with open(GOLD, "w", encoding="utf-8", newline="\n") as f:
        for g in gold_rows():
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print("wrote", NOTICE, "and", GOLD, "(%d tasks)" % len(gold_rows()))


if __name__ == "__main__":
    main()
