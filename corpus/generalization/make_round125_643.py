#!/usr/bin/python3
"""Round 125, case 643: a county portal page as a crawler saved it through python html2text.

Path (run for real here): the 楝川县 portal serves the 县政府办 notice as an article page
(TRS-style template; the 正文 and its 分工方案 table pasted from Word: `MsoNormalTable`,
`<p class=MsoNormal>` in every cell, `rowspan` leaders and deadlines, `colspan` part rows);
a 政策文本 crawler fetched it and stored `html2text.html2text(page)` as Markdown, with the
library's defaults (body width 78, links inline).  html2text here is Debian's
python3-html2text 2020.1.16 — the same library LangChain's Html2TextTransformer and most
"网页转Markdown" crawler scripts call.

What the converter does to the page (nothing below is added by hand; it is html2text's output):
  * every `<p>` inside a table cell becomes a paragraph of its own, cells of a row parted by
    lines holding a lone `|`; a row's first cell has no `|` before it; rows end `  ` + blank;
  * `rowspan` and `colspan` are ignored: under a merged 责任县领导 (or 完成时限) cell the row simply
    has fewer cells; part rows are one bold paragraph;
  * empty cells become an empty slot between two `|` lines; rows the webmaster typed into the
    CMS afterwards (plain `<td>` text) come out compact as `34| …| …`;
  * whitespace runs (U+3000 included) collapse to one ASCII space (`王　勇` -> `王 勇`), `&nbsp;`
    turns into spaces (`孙  丽`), and paragraphs over 78 characters are wrapped at spaces;
  * `<b>` -> `**…**`, `<h1>` -> `#`, links -> `[text](url)`, `1. ` at a line start -> `1\\. `.

Writes (deterministically):
  643_lianchuan_xian_gzbg_fengong_html2text.md
  643_lianchuan_xian_gzbg_fengong_html2text.tasks.gold.jsonl
"""
import json
import os
import sys

try:
    import html2text  # Debian: apt-get install python3-html2text
except ImportError:
    sys.exit("make_643.py needs html2text: apt-get install python3-html2text")

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "643_lianchuan_xian_gzbg_fengong_html2text"

# ---------------------------------------------------------------------------
# The table as the drafter made it in Word.
# Row kinds:
#   ("part", text)
#   ("task", no, task_paras, leader_cell, lead_paras, coop_paras, deadline_cell, style)
#       leader_cell / deadline_cell: ("cell", [paragraphs], rowspan) or None (covered by a merge)
#       task_paras: list of paragraphs, each a string; "<b>…</b>" allowed
#       style: "word" (pasted from Word, <p> in cells) or "cms" (typed in the CMS editor later)
# Gold values are given beside each row.
# ---------------------------------------------------------------------------
U3 = "\u3000"
NB2 = "&nbsp;&nbsp;"

ROWS = []
GOLD = []


def part(text):
    ROWS.append(("part", text))


def task(no, paras, leader_cell, leads, coops, deadline_cell, style="word",
         g_leaders=None, g_deadline=None, g_leads=None, g_coops=None):
    ROWS.append(("task", no, paras, leader_cell, leads, coops, deadline_cell, style))
    GOLD.append((no, paras, g_leaders, g_leads, g_coops, g_deadline))


def L(names, rowspan=1):
    return ("cell", names, rowspan)


# 一、稳定经济增长（5项）
part("一、稳定经济增长（5项）")
task(1, ["深入实施项目攻坚行动，全年实施重点项目120个以上，完成固定资产投资150亿元以上。"],
     L(["罗建平"], 3), ["县发展和改革局"],
     ["县财政局、县自然资源局、县住房和城乡建设局、各乡镇（街道）"], L(["2025年12月底"]),
     g_leaders=["罗建平"], g_deadline="2025年12月底",
     g_leads=["县发展和改革局"],
     g_coops=["县财政局", "县自然资源局", "县住房和城乡建设局", "各乡镇（街道）"])
task(2, ["积极争取中央预算内投资、超长期特别国债和地方政府专项债券资金，全年争取上级资金30亿元以上。"],
     None, ["县发展和改革局、县财政局"], ["县直各有关单位"], L(["2025年12月底"]),
     g_leaders=["罗建平"], g_deadline="2025年12月底",
     g_leads=["县发展和改革局", "县财政局"], g_coops=["县直各有关单位"])
task(3, ["加强财政收支管理，一般公共预算收入增长5%，兜牢“三保”底线，严格落实党政机关过紧日子要求。"],
     None, ["县财政局"], ["国家税务总局楝川县税务局，县统计局"], L(["2025年12月底"]),
     g_leaders=["罗建平"], g_deadline="2025年12月底",
     g_leads=["县财政局"], g_coops=["国家税务总局楝川县税务局", "县统计局"])
task(4, ["大力提振消费，开展“楝好生活·惠享消费”系列促消费活动20场以上，社会消费品零售总额增长6%。"],
     L(["王" + U3 + "勇", "欧阳明"]), ["县商务局"],
     ["县文化旅游广电体育局、县市场监督管理局、县财政局"], L(["2025年12月底"]),
     g_leaders=["王勇", "欧阳明"], g_deadline="2025年12月底",
     g_leads=["县商务局"], g_coops=["县文化旅游广电体育局", "县市场监督管理局", "县财政局"])
task(5, ["稳住外贸外资基本盘，外贸进出口总额增长8%，实际使用外资1500万美元。"],
     L(["王" + U3 + "勇"]), ["县商务局"], ["楝川经济开发区管委会、县工业和信息化局"],
     L(["2025年12月底"]),
     g_leaders=["王勇"], g_deadline="2025年12月底",
     g_leads=["县商务局"], g_coops=["楝川经济开发区管委会", "县工业和信息化局"])

# 二、推动产业升级（5项）
part("二、推动产业升级（5项）")
task(6, ["实施工业倍增计划，新增规模以上工业企业15家，规模以上工业增加值增长8.5%。"],
     L(["王" + U3 + "勇"], 3), ["县工业和信息化局"], ["楝川经济开发区管委会、县统计局"],
     L(["2025年12月底"], 2),
     g_leaders=["王勇"], g_deadline="2025年12月底",
     g_leads=["县工业和信息化局"], g_coops=["楝川经济开发区管委会", "县统计局"])
task(7, ["加快楝川经济开发区扩区调区，新建标准化厂房20万平方米，园区规模以上工业总产值突破200亿元。"],
     None, ["楝川经济开发区管委会"], ["县自然资源局、县住房和城乡建设局、县城投集团"], None,
     g_leaders=["王勇"], g_deadline="2025年12月底",
     g_leads=["楝川经济开发区管委会"],
     g_coops=["县自然资源局", "县住房和城乡建设局", "县城投集团"])
task(8, ["推动数字经济发展，新建5G基站150个，培育数字化转型示范企业5家。"],
     None, ["县数据局"], ["县工业和信息化局、中国电信楝川分公司、中国移动楝川分公司"],
     L(["2025年11月底"]),
     g_leaders=["王勇"], g_deadline="2025年11月底",
     g_leads=["县数据局"],
     g_coops=["县工业和信息化局", "中国电信楝川分公司", "中国移动楝川分公司"])
task(9, ["强化科技创新驱动，新增高新技术企业10家，全社会研发经费投入强度达到2%。"],
     L(["欧阳明"]), ["县科学技术局"], ["县财政局、县统计局、楝川经济开发区管委会"],
     L(["2025年12月底"]),
     g_leaders=["欧阳明"], g_deadline="2025年12月底",
     g_leads=["县科学技术局"], g_coops=["县财政局", "县统计局", "楝川经济开发区管委会"])
task(10, ["推进文旅融合发展，创建国家AAAA级旅游景区1家，全年接待游客800万人次以上。"],
     L(["欧阳明"]), ["县文化旅游广电体育局"], ["县自然资源局、县交通运输局、相关乡镇"],
     L(["2025年10月底"]),
     g_leaders=["欧阳明"], g_deadline="2025年10月底",
     g_leads=["县文化旅游广电体育局"], g_coops=["县自然资源局", "县交通运输局", "相关乡镇"])

# 三、深化改革开放（5项）
part("三、深化改革开放（5项）")
task(11, ["<b>持续优化营商环境，打造一流发展环境。</b>",
          "深化“高效办成一件事”改革，政务服务事项全程网办率达到90%以上，企业开办时间压缩至1个工作日以内。"],
     L(["郑海平"]), ["县行政审批服务局"], ["县数据局、县直各有关单位"], L(["2025年12月底"]),
     g_leaders=["郑海平"], g_deadline="2025年12月底",
     g_leads=["县行政审批服务局"], g_coops=["县数据局", "县直各有关单位"])
task(12, ["深化国资国企改革，推动县城投集团市场化转型，完成县属国有企业重组整合。"],
     L(["罗建平"], 2), ["县财政局（县国资办）"], ["县城投集团、县审计局"], L(["2025年9月底"]),
     g_leaders=["罗建平"], g_deadline="2025年9月底",
     g_leads=["县财政局（县国资办）"], g_coops=["县城投集团", "县审计局"])
task(13, ["防范化解地方债务风险，严格落实一揽子化债方案，确保法定债务按时还本付息。"],
     None, ["县财政局"], ["/"], L(["持续推进"]),
     g_leaders=["罗建平"], g_deadline="持续推进",
     g_leads=["县财政局"], g_coops=[])
task(14, ["深化农村集体产权制度改革，发展壮大村级集体经济，年经营性收入10万元以上的村占比达到60%。"],
     L(["周立新"]), ["县农业农村局"], ["县财政局、各乡镇（街道）"], L(["2025年12月底"]),
     g_leaders=["周立新"], g_deadline="2025年12月底",
     g_leads=["县农业农村局"], g_coops=["县财政局", "各乡镇（街道）"])
task(15, ["推进要素市场化配置改革，盘活批而未供和闲置土地2000亩。"],
     L(["罗建平"]), ["县自然资源局"], ["县发展和改革局、楝川经济开发区管委会"],
     L(["2025年11月底"]),
     g_leaders=["罗建平"], g_deadline="2025年11月底",
     g_leads=["县自然资源局"], g_coops=["县发展和改革局", "楝川经济开发区管委会"])

# 四、推进乡村振兴（5项）
part("四、推进乡村振兴（5项）")
task(16, ["扛牢粮食安全政治责任，粮食播种面积稳定在52万亩以上，新建高标准农田3万亩。"],
     L(["周立新"], 4), ["县农业农村局"], ["县自然资源局、县水利局、县财政局、各乡镇（街道）"],
     L(["2025年12月底"]),
     g_leaders=["周立新"], g_deadline="2025年12月底",
     g_leads=["县农业农村局"],
     g_coops=["县自然资源局", "县水利局", "县财政局", "各乡镇（街道）"])
task(17, ["巩固拓展脱贫攻坚成果，健全防止返贫致贫监测帮扶机制，守住不发生规模性返贫致贫底线。"],
     None, ["县农业农村局"], ["县民政局、县人力资源和社会保障局、县医疗保障局、县教育局"],
     L(["持续推进"]),
     g_leaders=["周立新"], g_deadline="持续推进",
     g_leads=["县农业农村局"],
     g_coops=["县民政局", "县人力资源和社会保障局", "县医疗保障局", "县教育局"])
task(18, ["发展特色农业产业，做大做强茶叶、油茶、中药材三大产业，新培育市级以上农业产业化龙头企业3家。"],
     None, ["县农业农村局<br>县林业局"], ["县商务局、县市场监督管理局"], L(["2025年12月底"]),
     g_leaders=["周立新"], g_deadline="2025年12月底",
     g_leads=["县农业农村局", "县林业局"], g_coops=["县商务局", "县市场监督管理局"])
task(19, ["加强水利基础设施建设，完成病险水库除险加固8座，新增农村供水受益人口2万人。"],
     None, ["县水利局"], ["县发展和改革局、县财政局"], L(["2025年10月底"]),
     g_leaders=["周立新"], g_deadline="2025年10月底",
     g_leads=["县水利局"], g_coops=["县发展和改革局", "县财政局"])
task(20, ["扎实推进和美乡村建设，完成农村户厕改造3000户，建成省级和美乡村示范村5个。"],
     L(["周立新、杨晓东"]), ["县农业农村局"],
     ["县住房和城乡建设局、县卫生健康局、市生态环境局楝川分局、各乡镇（街道）"],
     L(["2025年12月底"]),
     g_leaders=["周立新", "杨晓东"], g_deadline="2025年12月底",
     g_leads=["县农业农村局"],
     g_coops=["县住房和城乡建设局", "县卫生健康局", "市生态环境局楝川分局", "各乡镇（街道）"])

# 五、提升城乡品质（5项）
part("五、提升城乡品质（5项）")
task(21, ["实施城市更新行动，改造城镇老旧小区12个、城中村2个，新建改造城市道路8公里。"],
     L(["杨晓东"], 3), ["县住房和城乡建设局"], ["县自然资源局、县城投集团、县城市管理局"],
     L(["2025年12月底"], 2),
     g_leaders=["杨晓东"], g_deadline="2025年12月底",
     g_leads=["县住房和城乡建设局"], g_coops=["县自然资源局", "县城投集团", "县城市管理局"])
task(22, ["完善城市功能配套，新建城市公共停车位2000个、公共充电桩300个。"],
     None, ["县住房和城乡建设局、县城市管理局"], ["国网楝川县供电公司、县交通运输局"], None,
     g_leaders=["杨晓东"], g_deadline="2025年12月底",
     g_leads=["县住房和城乡建设局", "县城市管理局"], g_coops=["国网楝川县供电公司", "县交通运输局"])
task(23, ["加快交通基础设施建设，推进楝川至枫港高速公路前期工作，完成农村公路提质改造120公里。"],
     None, ["县交通运输局"], ["县发展和改革局、县自然资源局、县财政局"], L(["2025年12月底"]),
     g_leaders=["杨晓东"], g_deadline="2025年12月底",
     g_leads=["县交通运输局"], g_coops=["县发展和改革局", "县自然资源局", "县财政局"])
task(24, ["提升城市精细化管理水平，深化“五城同创”，创成省级文明县城。"],
     L(["罗建平"]), ["县城市管理局"], ["县住房和城乡建设局、县市场监督管理局、各乡镇（街道）"],
     L(["持续推进"]),
     g_leaders=["罗建平"], g_deadline="持续推进",
     g_leads=["县城市管理局"],
     g_coops=["县住房和城乡建设局", "县市场监督管理局", "各乡镇（街道）"])
task(25, ["促进房地产市场平稳健康发展，收购存量商品房用作保障性住房300套。"],
     L(["杨晓东"]), ["县住房和城乡建设局"], ["县财政局、县自然资源局、县城投集团"],
     L(["2025年12月底"]),
     g_leaders=["杨晓东"], g_deadline="2025年12月底",
     g_leads=["县住房和城乡建设局"], g_coops=["县财政局", "县自然资源局", "县城投集团"])

# 六、加强生态环境保护（4项）
part("六、加强生态环境保护（4项）")
task(26, ["深入打好蓝天保卫战，强化扬尘、机动车尾气和餐饮油烟综合治理，PM2.5 年均浓度控制在 30 "
          "微克/立方米以内，空气质量优良天数比例达到92%以上，坚决完成省市下达的大气污染防治目标任务。"],
     L(["欧阳明"], 2), ["市生态环境局楝川分局"],
     ["县住房和城乡建设局、县交通运输局、县公安局、县城市管理局"], L(["2025年12月底"]),
     g_leaders=["欧阳明"], g_deadline="2025年12月底",
     g_leads=["市生态环境局楝川分局"],
     g_coops=["县住房和城乡建设局", "县交通运输局", "县公安局", "县城市管理局"])
task(27, ["深入打好碧水保卫战，全面落实河湖长制，县城集中式饮用水水源地水质达标率保持100%。"],
     None, ["县水利局、市生态环境局楝川分局"], ["县农业农村局、各乡镇（街道）"],
     L(["2025年12月底"]),
     g_leaders=["欧阳明"], g_deadline="2025年12月底",
     g_leads=["县水利局", "市生态环境局楝川分局"], g_coops=["县农业农村局", "各乡镇（街道）"])
task(28, ["全面推行林长制，完成营造林5万亩，森林覆盖率稳定在68%以上。"],
     L(["周立新"]), ["县林业局"], [""], L(["2025年11月底"]),
     g_leaders=["周立新"], g_deadline="2025年11月底",
     g_leads=["县林业局"], g_coops=[])
task(29, ["抓好中央和省生态环境保护督察反馈问题整改，确保按期销号。"],
     L(["欧阳明"]), ["市生态环境局楝川分局"], ["县直各有关单位、各乡镇（街道）"],
     L(["持续推进"]),
     g_leaders=["欧阳明"], g_deadline="持续推进",
     g_leads=["市生态环境局楝川分局"], g_coops=["县直各有关单位", "各乡镇（街道）"])

# 七、增进民生福祉（6项）
part("七、增进民生福祉（6项）")
task(30, ["促进高质量充分就业，城镇新增就业3200人，城镇调查失业率控制在5.5%以内。"],
     L(["孙" + NB2 + "丽"], 3), ["县人力资源和社会保障局"], ["县财政局、县教育局、县农业农村局"],
     L(["2025年12月底"]),
     g_leaders=["孙丽"], g_deadline="2025年12月底",
     g_leads=["县人力资源和社会保障局"], g_coops=["县财政局", "县教育局", "县农业农村局"])
task(31, ["推进义务教育优质均衡发展，新建扩建中小学校4所，新增公办学位2400个。"],
     None, ["县教育局"], ["县发展和改革局、县财政局、县自然资源局、县住房和城乡建设局"],
     L(["2025年8月底"]),
     g_leaders=["孙丽"], g_deadline="2025年8月底",
     g_leads=["县教育局"],
     g_coops=["县发展和改革局", "县财政局", "县自然资源局", "县住房和城乡建设局"])
task(32, ["深化医药卫生体制改革，推进紧密型县域医共体建设，县人民医院创成三级医院。"],
     None, ["县卫生健康局"], ["县医疗保障局、县财政局、县人力资源和社会保障局"],
     L(["2025年12月底"]),
     g_leaders=["孙丽"], g_deadline="2025年12月底",
     g_leads=["县卫生健康局"], g_coops=["县医疗保障局", "县财政局", "县人力资源和社会保障局"])
task(33, ["健全多层次社会保障体系，城乡居民基本养老保险参保率稳定在95%以上，适当提高城乡低保标准。"],
     L(["孙丽"]), ["县人力资源和社会保障局、县民政局"], ["县医疗保障局、县财政局"],
     L(["2025年12月底"]), style="cms",
     g_leaders=["孙丽"], g_deadline="2025年12月底",
     g_leads=["县人力资源和社会保障局", "县民政局"], g_coops=["县医疗保障局", "县财政局"])
task(34, ["统筹发展和安全，深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故。"],
     L(["何" + U3 + "斌"]), ["县应急管理局"],
     ["县公安局、县交通运输局、县住房和城乡建设局、县市场监督管理局"], L(["持续推进"]), style="cms",
     g_leaders=["何斌"], g_deadline="持续推进",
     g_leads=["县应急管理局"],
     g_coops=["县公安局", "县交通运输局", "县住房和城乡建设局", "县市场监督管理局"])
task(35, ["加强社会治安综合治理，深入推进平安楝川建设，群众安全感满意度保持在95%以上。"],
     L(["何斌"]), ["县公安局"], ["县司法局、县信访局、各乡镇（街道）"], L(["持续推进"]), style="cms",
     g_leaders=["何斌"], g_deadline="持续推进",
     g_leads=["县公安局"], g_coops=["县司法局", "县信访局", "各乡镇（街道）"])

# ---------------------------------------------------------------------------
# HTML of the table, the way Word's paste into the CMS keeps it.
# ---------------------------------------------------------------------------
WIDTHS = [38, 262, 62, 92, 132, 62]
PSTYLE = ("text-align:center;line-height:20pt;mso-line-height-rule:exactly")
TSTYLE = ("text-align:justify;text-justify:inter-ideograph;line-height:20pt;"
          "mso-line-height-rule:exactly")
SPAN = "<span style=\"font-size:10.5pt;font-family:仿宋_GB2312\">"


def wp(text, align="center", bold=False):
    """One Word paragraph inside a cell."""
    if text == "":
        inner = "<span lang=\"EN-US\" style=\"font-size:10.5pt\">&nbsp;</span>"
    else:
        inner = SPAN + text + "</span>"
        if bold:
            inner = "<b>" + inner + "</b>"
    style = PSTYLE if align == "center" else TSTYLE
    return "<p class=\"MsoNormal\" align=\"%s\" style=\"%s\">%s<o:p></o:p></p>" % (
        "center" if align == "center" else "left", style, inner)


def td(i, inner, rowspan=1, colspan=1):
    attrs = ""
    if colspan > 1:
        attrs += " colspan=\"%d\"" % colspan
    if rowspan > 1:
        attrs += " rowspan=\"%d\"" % rowspan
    w = sum(WIDTHS) if colspan > 1 else WIDTHS[i]
    return ("<td width=\"%d\"%s valign=\"middle\" style=\"width:%dpt;border:solid windowtext 1.0pt;"
            "padding:0cm 5.4pt 0cm 5.4pt\">%s</td>") % (w, attrs, w * 0.75 // 1, inner)


def task_para(t):
    """A task-cell paragraph: bold run-in kept as Word wrote it."""
    if t.startswith("<b>"):
        body = t[3:-4]
        return ("<p class=\"MsoNormal\" align=\"left\" style=\"%s\"><b>%s%s</span></b><o:p></o:p></p>"
                % (TSTYLE, SPAN, body))
    return wp(t, align="left")


def table_html():
    out = []
    out.append("<table class=\"MsoNormalTable\" border=\"1\" cellspacing=\"0\" cellpadding=\"0\" "
               "width=\"648\" style=\"width:486.0pt;border-collapse:collapse;border:none;"
               "mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184\">")
    out.append("<tbody>")
    heads = ["序号", "重点工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]
    out.append("<tr style=\"mso-yfti-irow:0;mso-yfti-firstrow:yes;height:28.35pt\">" +
               "".join(td(i, wp(h, bold=True)) for i, h in enumerate(heads)) + "</tr>")
    r = 1
    for row in ROWS:
        if row[0] == "part":
            out.append("<tr style=\"mso-yfti-irow:%d;height:22.7pt\">" % r +
                       td(0, "<p class=\"MsoNormal\" align=\"left\" style=\"%s\"><b>%s%s</span></b>"
                          "<o:p></o:p></p>" % (TSTYLE, SPAN, row[1]), colspan=6) + "</tr>")
            r += 1
            continue
        _, no, paras, leader_cell, leads, coops, deadline_cell, style = row
        if style == "cms":
            # typed into the CMS editor's table afterwards: bare cells, no Word paragraphs
            cells = ["<td width=\"%d\" valign=\"middle\" style=\"word-break:break-all;\">%s</td>"
                     % (WIDTHS[0], no),
                     "<td width=\"%d\" valign=\"middle\" style=\"word-break:break-all;\">%s</td>"
                     % (WIDTHS[1], "".join(paras))]
            if leader_cell:
                cells.append("<td width=\"%d\" valign=\"middle\">%s</td>"
                             % (WIDTHS[2], "、".join(leader_cell[1])))
            cells.append("<td width=\"%d\" valign=\"middle\">%s</td>" % (WIDTHS[3], "".join(leads)))
            cells.append("<td width=\"%d\" valign=\"middle\">%s</td>" % (WIDTHS[4], "".join(coops)))
            if deadline_cell:
                cells.append("<td width=\"%d\" valign=\"middle\">%s</td>"
                             % (WIDTHS[5], deadline_cell[1][0]))
            out.append("<tr>" + "".join(cells) + "</tr>")
            r += 1
            continue
        cells = [td(0, wp(str(no))), td(1, "".join(task_para(p) for p in paras))]
        if leader_cell:
            cells.append(td(2, "".join(wp(n) for n in leader_cell[1]), rowspan=leader_cell[2]))
        cells.append(td(3, "".join(wp(x) for x in leads)))
        cells.append(td(4, "".join(wp(x) for x in coops)))
        if deadline_cell:
            cells.append(td(5, wp(deadline_cell[1][0]), rowspan=deadline_cell[2]))
        out.append("<tr style=\"mso-yfti-irow:%d;height:42.5pt\">" % r + "".join(cells) + "</tr>")
        r += 1
    out.append("</tbody>")
    out.append("</table>")
    return "\n".join(out)


def bp(text, indent=True, align=None, bold=False):
    """A body paragraph as the Word paste left it in TRS_Editor."""
    style = "text-indent:32pt;line-height:28pt;mso-line-height-rule:exactly" if indent else \
        "line-height:28pt;mso-line-height-rule:exactly"
    al = " align=\"%s\"" % align if align else ""
    inner = "<span style=\"font-size:16pt;font-family:仿宋_GB2312\">%s</span>" % text
    if bold:
        inner = "<b>" + inner + "</b>"
    return "<p class=\"MsoNormal\"%s style=\"%s\">%s<o:p></o:p></p>" % (al, style, inner)


TITLE = "楝川县人民政府办公室关于印发2025年《政府工作报告》重点工作任务分工方案的通知"

BODY = [
    bp("楝政办发〔2025〕5号", indent=False, align="center"),
    bp("&nbsp;", indent=False),
    bp("各乡镇人民政府、街道办事处，县政府各部门、各直属机构，楝川经济开发区管委会：", indent=False),
    bp("　　《2025年楝川县人民政府工作报告》已经县第十八届人民代表大会第四次会议审议通过。为确保报告确定的"
       "各项目标任务落到实处，经县人民政府同意，现将《2025年〈政府工作报告〉重点工作任务分工方案》印发给你们，"
       "并就有关事项通知如下。"),
    bp("　　<b>一、提高思想认识。</b>各乡镇（街道）、各部门要把落实《政府工作报告》作为推动全县经济社会高质量发展的"
       "重要抓手，对照分工方案逐项细化工作措施，明确时间节点，确保各项任务按期完成。"),
    bp("　　<b>二、压实工作责任。</b>责任县领导要加强对分管领域重点工作的统筹调度，及时协调解决推进中的困难和问题。"
       "牵头单位是任务落实的第一责任单位，牵头单位有两个的，排在第一位的为主牵头单位，负责制定工作方案、统筹推进；"
       "配合单位要按照职责分工主动配合、密切协作，形成工作合力。"),
    bp("　　<b>三、强化督查考核。</b>县政府督查室要将分工任务纳入年度督查督办重点，实行季度调度、年底考评。"
       "各牵头单位于每季度末月25日前将任务推进情况书面报县政府督查室，同时报送电子文档。"
       "联系人：县政府督查室　刘　洋，联系电话：5238106，电子邮箱：lcxzfdcs@163.com。"),
    bp("　　附件：2025年《政府工作报告》重点工作任务分工方案"),
    bp("&nbsp;", indent=False),
    bp("楝川县人民政府办公室", indent=False, align="right"),
    bp("2025年3月6日", indent=False, align="right"),
    bp("（此件公开发布）", indent=True),
    bp("&nbsp;", indent=False),
    bp("附件", indent=False),
    bp("2025年《政府工作报告》重点工作任务分工方案", indent=False, align="center", bold=True),
]

PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}_县政府办文件_楝川县人民政府</title>
<meta name="SiteName" content="楝川县人民政府">
<meta name="SiteDomain" content="www.lianchuan.gov.cn">
<meta name="ColumnName" content="县政府办文件">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2025-03-10 09:32">
<meta name="ContentSource" content="县政府办">
<link rel="stylesheet" href="/images/common.css">
<script src="/images/jquery.min.js"></script>
<style>.TRS_Editor p{{margin-bottom:12px}} .xxgk_table td{{border:1px solid #ddd;padding:6px}}</style>
</head>
<body>
<div class="top"><div class="w1200"><span>今天是：<span id="today"></span></span>
<a href="/wza/">无障碍</a> <a href="/zzlb/">长者模式</a> <a href="javascript:void(0)" onclick="addFav()">加入收藏</a></div></div>
<div class="header"><a href="/"><img src="/images/logo.png" alt="楝川县人民政府门户网站"></a>
<form action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div>
<div class="nav"><ul>
<li><a href="/">首页</a></li>
<li><a href="/zwdt/">政务动态</a></li>
<li><a href="/zwgk/">政务公开</a></li>
<li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li>
<li><a href="/zjlc/">走进楝川</a></li>
</ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfwj/">政府文件</a> &gt; <a href="/zwgk/zfwj/xzfbwj/">县政府办文件</a></div>
<div class="xxgk">
<table class="xxgk_table" width="100%" cellspacing="0">
<tr><td class="t1">索 引 号：</td><td>43xxx-0104-2025-000031</td><td class="t1">主题分类：</td><td>综合政务</td></tr>
<tr><td class="t1">发文机关：</td><td>楝川县人民政府办公室</td><td class="t1">成文日期：</td><td>2025-03-06</td></tr>
<tr><td class="t1">标　　题：</td><td colspan="3">{title}</td></tr>
<tr><td class="t1">发文字号：</td><td>楝政办发〔2025〕5号</td><td class="t1">发布日期：</td><td>2025-03-10</td></tr>
<tr><td class="t1">有 效 性：</td><td>有效</td><td class="t1">废止日期：</td><td></td></tr>
</table>
</div>
<div class="article">
<h1>{title}</h1>
<div class="info">发布时间：2025-03-10 09:32　　来源：县政府办　　浏览次数：<span id="hits">2316</span>　　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<!--ContentStart-->
<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}
</style>
<div class="Section0" style="layout-grid:15.6pt">
{body}
{table}
<p class="MsoNormal"><span lang="EN-US">&nbsp;</span><o:p></o:p></p>
</div>
</div>
<!--ContentEnd-->
<div class="fjxz">附件下载：<a href="./P020250310362718524105.docx">2025年《政府工作报告》重点工作任务分工方案.docx</a></div>
<div class="btns"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="xgjd">相关解读：<a href="/zwgk/zcjd/202503/t20250311_3218.html">图解：楝川县2025年政府工作报告重点工作任务分工</a></div>
</div>
<div class="footer">
<p>主办单位：楝川县人民政府办公室　　承办单位：楝川县政务服务中心</p>
<p>网站标识码：4305990001　　<a href="/wzdt/">网站地图</a>　　<a href="/lxwm/">联系我们</a></p>
</div>
<script>var hits=document.getElementById('hits');</script>
</body>
</html>
"""


def main():
    body = "\n".join(BODY)
    page = PAGE.format(title=TITLE, body=body, table=table_html())
    # the crawler: text = html2text.html2text(resp.text); open(name + ".md", "w").write(text)
    md = html2text.html2text(page)
    with open(os.path.join(HERE, NAME + ".md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)

    with open(os.path.join(HERE, NAME + ".tasks.gold.jsonl"), "w", encoding="utf-8",
              newline="\n") as f:
        for no, paras, g_leaders, g_leads, g_coops, g_deadline in GOLD:
            text = "".join(p.replace("<b>", "").replace("</b>", "") for p in paras)
            rec = {
                "id": str(no),
                "marker": str(no),
                "head": text[:12],
                "responsible_units": g_leads + g_coops,
                "lead_units": g_leads,
                "cooperating_units": g_coops,
                "leaders": g_leaders,
                "deadline": g_deadline,
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", NAME + ".md", "and", NAME + ".tasks.gold.jsonl", "(%d tasks)" % len(GOLD))


if __name__ == "__main__":
    main()
