#!/usr/bin/python3
"""Round 126, case 649: a task-division notice as a policy crawler stores it.

Path (run for real here, every step):
  1. The 县政府办 clerk pastes the Word notice into the portal's TRS editor; the
     article page keeps Word's run markup: every ASCII run (digits, "5G",
     "PM2.5", the typed "9.") in its own <span lang="EN-US">, bold lead-ins in
     <b>, the clauses in 楷体 spans, a grammar mark (<span class="GramE">), a
     pasted run in another font size, a bookmark <a name="_Hlk…">, Word's
     <span style="mso-spacerun:yes">&nbsp; </span> padding a name, a <br> in
     the title and one before a clause, empty <o:p>&nbsp;</o:p> paragraphs,
     and a Word table for the 民生实事.  This script writes that page.
  2. A policy-library crawler (requests + BeautifulSoup, the recipe of
     countless 政策文本 crawlers and knowledge-base loaders) reads the page and
     stores the article as text with
         soup.find("div", class_="TRS_Editor").get_text("\n", strip=True)
     i.e. every text node of the article stripped and put on a line of its own.
     This runs the real BeautifulSoup (Debian python3-bs4 4.11.2, html.parser).

What the path does: paragraph boundaries vanish and new line breaks appear at
every run boundary — a task number "1" on its own line before "．确保…",
"2025" / "年" / "9" / "月底前", a unit name cut where a run ends
("县住房和" / "城乡建设局）"), a padded leader "王" / "勇" (the spacerun
node is whitespace and is dropped), table cells one after another with no
cell or row marks.

Writes (deterministic):
  649_chuxi_xian_gzbg_fengong_pachong_gettext.txt
  649_chuxi_xian_gzbg_fengong_pachong_gettext.tasks.gold.jsonl
Run with /usr/bin/python3 make_649.py  (needs python3-bs4).
"""
import html
import json
import os
import re
import sys

from bs4 import BeautifulSoup

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "649_chuxi_xian_gzbg_fengong_pachong_gettext"
NOTICE = os.path.join(HERE, BASE + ".txt")
GOLD = os.path.join(HERE, BASE + ".tasks.gold.jsonl")

URL = ("http://www.chuxixian.gov.cn/zwgk/zfxxgk/fdzdgknr/zcwj/xzbwj/"
       "202503/t20250306_3316852.html")
TITLE = "楮溪县人民政府办公室关于印发楮溪县2025年《政府工作报告》重点工作任务分工方案的通知"

# ---------------------------------------------------------------- content
# Run markup inside a text: {g:…} GramE span, {s:…} run in another font size
# (pasted), {a:…} bookmark, {_} Word spacerun padding, {br} line break.

LEADERS = ["邹明远", "王勇", "孙浩然", "韩晓东", "周敏", "彭建军"]

PARTS = [
    ("一、全力稳住经济增长（5项）", [
        dict(m="1．", b="确保主要经济指标稳中有进。",
             t="全县地区生产总值增长6.5%左右，规模以上工业增加值增长8%，固定资产投资增长7%，社会消费品零售总额增长6%，一般公共预算收入增长5%，城乡居民人均可支配收入分别增长5.5%和7%。",
             c="（责任县领导：邹明远、王勇；牵头单位：县发展和改革局；配合单位：县统计局、县工业和信息化局、县商务局、县财政局）",
             L=["邹明远", "王勇"], lead=["县发展和改革局"],
             coop=["县统计局", "县工业和信息化局", "县商务局", "县财政局"]),
        dict(m="2．", b="扎实推进项目建设。",
             t="实施县级重点项目120个，年度计划投资150亿元，新开工项目不少于45个，竣工投产项目不少于30个。健全项目谋划储备机制，全年争取纳入省市重点项目库项目25个以上。",
             c="（责任县领导：王勇；牵头单位：县发展和改革局；配合单位：县自然资源局、县住房和城乡建设局、县行政审批服务局、各乡镇（街道））",
             L=["王勇"], lead=["县发展和改革局"],
             coop=["县自然资源局", "县住房和城乡建设局", "县行政审批服务局", "各乡镇（街道）"]),
        dict(m="3．", b="加大招商引资力度。",
             t="坚持“一把手”招商，聚焦新材料、食品加工、现代物流等产业链开展精准招商，全年引进亿元以上项目30个，到位县外资金110亿元。",
             c="（责任县领导：孙浩然；牵头单位：{g:县投资促进中心；配合}单位：楮溪经济开发区管委会、县商务局、各乡镇（街道））",
             L=["孙浩然"], lead=["县投资促进中心"],
             coop=["楮溪经济开发区管委会", "县商务局", "各乡镇（街道）"]),
        dict(m="4．", b="全面促进消费。",
             t="落实消费品以旧换新政策，开展“楮溪好物”系列促消费活动不少于20场，培育夜间消费集聚区2个，社会消费品零售总额突破90亿元。",
             c="（责任县领导：孙浩然；责任单位：县商务局、县文化和旅游局、县市场监督管理局）",
             L=["孙浩然"], lead=["县商务局"],
             coop=["县文化和旅游局", "县市场监督管理局"]),
        dict(m="5．", b="积极争取上级资金支持。",
             t="紧盯超长期特别国债、中央预算内投资、地方政府专项债券等政策，全年争取上级各类资金40亿元以上。",
             c="（责任县领导：王{_}勇；牵头单位：县发展和改革局、县财政局；配合单位：县直有关单位）",
             L=["王勇"], lead=["县发展和改革局", "县财政局"], coop=["县直有关单位"]),
    ]),
    ("二、加快推动产业转型升级（5项）", [
        dict(m="6．", b="壮大先进制造业。",
             t="实施工业倍增行动，推进新材料产业园二期建设，新增规模以上工业企业15家，规模以上工业产值突破260亿元。",
             c="（责任县领导：韩晓东；牵头单位：县工业和信息化局；配合单位：楮溪经济开发区管委会、县科学技术局）",
             cpara=True,
             L=["韩晓东"], lead=["县工业和信息化局"],
             coop=["楮溪经济开发区管委会", "县科学技术局"]),
        dict(m="7．", b="提升开发区承载能力。",
             t="新建标准化厂房20万平方米，完善污水处理、供气、物流等配套设施，推进开发区“亩均论英雄”改革。",
             c="（责任县领导：韩晓东；牵头单位：楮溪经济开发区管委会；配合单位：县自然资源局，县住房和{s:城乡建设局）}",
             L=["韩晓东"], lead=["楮溪经济开发区管委会"],
             coop=["县自然资源局", "县住房和城乡建设局"]),
        dict(m="8．", b="加快数字经济发展。",
             t="新建5G基站150个，推动规模以上工业企业数字化改造全覆盖，培育省级数字化车间3个。",
             c="（责任县领导：韩晓东；牵头单位：县数据资源局；配合单位：县工业和信息化局、国网楮溪县供电公司）",
             L=["韩晓东"], lead=["县数据资源局"],
             coop=["县工业和信息化局", "国网楮溪县供电公司"]),
        dict(m="9.", b="发展现代服务业。",
             t="加快楮溪商贸物流园建设，培育限额以上服务业企业12家，推动电子商务、现代物流与制造业融合发展。",
             c="（责任县领导：孙浩然；责任单位：县商务局、县交通运输局、县发展和改革局）",
             L=["孙浩然"], lead=["县商务局"],
             coop=["县交通运输局", "县发展和改革局"]),
        dict(m="10．", b="推进文旅融合发展。",
             t="创建国家AAAA级旅游景区1家，办好第三届楮溪茶文化旅游节，全年接待游客580万人次、实现旅游综合收入52亿元。",
             c="（责任县领导：周敏；牵头单位：县文化和旅游局）",
             L=["周敏"], lead=["县文化和旅游局"], coop=[]),
    ]),
    ("三、全面推进乡村振兴（4项）", [
        dict(m="11．", b="",
             t="粮食播种面积稳定在52万亩以上，产量稳定在22万吨以上，新建高标准农田3.2万亩，落实耕地保护和粮食安全党政同责。",
             c="（责任县领导：彭建军；牵头单位：县农业农村局；配合单位：县自然资源局、县水利局、各乡镇（街道））",
             L=["彭建军"], lead=["县农业农村局"],
             coop=["县自然资源局", "县水利局", "各乡镇（街道）"]),
        dict(m="１２．", b="做强特色产业。",
             t="做优茶叶、油茶、中药材三大特色产业，新增茶园面积1.5万亩，培育省级农业产业化龙头企业2家。",
             c="（责任县领导：彭建军；牵头单位：县农业农村局；配合单位：县林业局、县市场监督管理局）",
             L=["彭建军"], lead=["县农业农村局"],
             coop=["县林业局", "县市场监督管理局"]),
        dict(m="13．", b="巩固拓展脱贫攻坚成果。",
             t="健全防止返贫动态监测和帮扶机制，确保不发生规模性返贫致贫，脱贫人口务工规模稳定在2.8万人以上。",
             c="（责任县领导：彭建军；牵头单位：县农业农村局；配合单位：县民政局、县人力资源和社会保障局、县医疗保障局、县教育局）",
             L=["彭建军"], lead=["县农业农村局"],
             coop=["县民政局", "县人力资源和社会保障局", "县医疗保障局", "县教育局"]),
        dict(m="14．", b="建设宜居宜业和美乡村。",
             t="深入实施农村人居环境整治提升行动，完成农村卫生厕所改造2000户，创建美丽乡村示范村10个。",
             c="（责任县领导：彭建军、周敏；责任单位：县农业农村局、县住房和城乡建设局、{a:市生态环境局楮溪分局}、各乡镇（街道））",
             L=["彭建军", "周敏"], lead=["县农业农村局"],
             coop=["县住房和城乡建设局", "市生态环境局楮溪分局", "各乡镇（街道）"]),
    ]),
    ("四、深化改革扩大开放（4项）", [
        dict(m="15．", b="持续优化营商环境。",
             t="深化营商环境突破行动，推行涉企经营许可“证照联办”，政务服务事项“一网通办”率达到98%以上。",
             c="（责任县领导：王勇；牵头单位：县发展和改革局；配合单位：县行政审批服务局、县市场监督管理局、县司法局）",
             L=["王勇"], lead=["县发展和改革局"],
             coop=["县行政审批服务局", "县市场监督管理局", "县司法局"]),
        dict(m="16．", b="深化国资国企改革。",
             t="推进县属国有企业整合重组和市场化转型，县城投集团实现经营性收入8亿元。",
             c="（责任县领导：王勇；牵头单位：县财政局；配合单位：县城投集团）",
             cpara=True,
             L=["王勇"], lead=["县财政局"], coop=["县城投集团"]),
        dict(m="17．", b="推进“高效办成一件事”。",
             t="新增“一件事一次办”集成服务事项15项，企业开办时间压缩至1个工作日以内。",
             c="（责任县领导：{g:韩晓东}；责任单位：县行政审批服务局、县数据资源局）",
             L=["韩晓东"], lead=["县行政审批服务局"], coop=["县数据资源局"]),
        dict(m="18．", b="扩大对外开放。",
             t="支持企业开拓“一带一路”市场，外贸进出口总额增长10%，实际使用外资1200万美元。",
             c="（责任县领导：孙浩然；牵头单位：县商务局；配合单位：楮溪经济开发区管委会、国家税务总局楮溪县税务局）",
             L=["孙浩然"], lead=["县商务局"],
             coop=["楮溪经济开发区管委会", "国家税务总局楮溪县税务局"]),
    ]),
    ("五、推进城乡融合和生态建设（4项）", [
        dict(m="19．", b="提升县城功能品质。",
             t="实施城市更新行动，改造老旧小区32个，新建改造城市道路8公里，常住人口城镇化率提高1.2个百分点。",
             c="（责任县领导：王勇；牵头单位：县住房和城乡建设局；配合单位：县城市管理局、县自然资源局、城关街道办事处）",
             L=["王勇"], lead=["县住房和城乡建设局"],
             coop=["县城市管理局", "县自然资源局", "城关街道办事处"]),
        dict(m="20．", b="完善交通基础设施。",
             t="加快楮溪至岑阳一级公路建设，新改建农村公路120公里，实施农村公路安全生命防护工程200公里。",
             c="（责任县领导：韩晓东；牵头单位：县交通运输局；配合单位：县自然资源局、县财政局、沿线乡镇人民政府）",
             L=["韩晓东"], lead=["县交通运输局"],
             coop=["县自然资源局", "县财政局", "沿线乡镇人民政府"]),
        dict(m="21．", b="持续改善生态环境质量。",
             t="深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在32微克/立方米以内，地表水国省考断面水质优良率保持100%。",
             c="（责任县领导：周敏；牵头单位：市生态环境局楮溪分局；配合单位：县林业局、县水利局、县住房和城乡建设局、各乡镇（街道））",
             L=["周敏"], lead=["市生态环境局楮溪分局"],
             coop=["县林业局", "县水利局", "县住房和城乡建设局", "各乡镇（街道）"]),
        dict(m="22．", b="加强水利基础设施建设。",
             t="推进楮溪河流域综合治理，完成病险水库除险加固6座，新增恢复灌溉面积1.8万亩。",
             c="（责任县领导：彭建军；牵头单位：县水利局；配合单位：县财政局）",
             L=["彭建军"], lead=["县水利局"], coop=["县财政局"]),
    ]),
    ("六、持续保障和改善民生（4项）", [
        dict(m="23．", b="稳定和扩大就业。",
             t="城镇新增就业4200人，城镇调查失业率控制在5.5%以内，开展职业技能培训6000人次。",
             c="（责任县领导：周敏；牵头单位：县人力资源和社会保障局；配合单位：县教育局、县农业农村局）",
             L=["周敏"], lead=["县人力资源和社会保障局"],
             coop=["县教育局", "县农业农村局"]),
        dict(m="24．", b="办好人民满意的教育。",
             t="推进义务教育优质均衡发展，新建、改扩建中小学校4所，新增学位2400个。",
             c="（责任县领导：周敏；牵头单位：县教育局；配合单位：县财政局、县住房和城乡建设局）",
             L=["周敏"], lead=["县教育局"],
             coop=["县财政局", "县住房和城乡建设局"]),
        dict(m="25．", b="推进健康楮溪建设。",
             t="深化紧密型县域医共体建设，县人民医院创建三级医院，乡镇卫生院服务能力达标率100%。",
             c="（责任县领导：周敏；责任单位：县卫生健康局、县医疗保障局）",
             L=["周敏"], lead=["县卫生健康局"], coop=["县医疗保障局"]),
        dict(m="26．", b="统筹发展和安全。",
             t="深化安全生产治本攻坚三年行动，坚决遏制较大以上安全事故发生；推进信访工作法治化，常态化开展扫黑除恶斗争。{br}",
             c="（责任县领导：邹明远、王勇；牵头单位：县应急管理局、县公安局；配合单位：县委政法委、县信访局、各乡镇（街道））",
             L=["邹明远", "王勇"], lead=["县应急管理局", "县公安局"],
             coop=["县委政法委", "县信访局", "各乡镇（街道）"]),
    ]),
]

TABLE_HEADING = "七、办好八件民生实事（8项）"
TABLE_HEAD = ["序号", "实事项目", "责任县领导", "责任单位", "完成时限"]
# rows: number, project, leader cell paragraphs, unit cell paragraphs, deadline
ROWS = [
    ("27", "新建城区第三幼儿园，新增学位360个。", ["周敏"],
     ["县教育局、县财政局、县自然资源局"], "2025年9月底前"),
    ("28", "改造提升农村公路危桥15座。", ["韩晓东"],
     ["县交通运输局、县财政局"], "2025年11月底前"),
    ("29", "为全县65周岁以上老年人免费开展一次健康体检。", ["周敏"],
     ["县卫生健康局、各乡镇（街道）"], "2025年12月底前"),
    ("30", "新建社区嵌入式养老服务中心3个。", ["周敏", "王　勇"],
     ["县民政局、县住房和城乡建设局"], "2025年10月底前"),
    ("31", "完成城区12个老旧小区雨污分流改造。", ["王　勇"],
     ["县住房和城乡建设局、县城市管理局"], "2025年12月底前"),
    ("32", "新增城区公共停车泊位800个。", ["韩晓东"],
     ["县城市管理局", "县公安局", "县自然资源局"], "2025年12月底前"),
    ("33", "实施农村饮水安全巩固提升工程，惠及群众2.6万人。", ["彭建军"],
     ["县水利局"], "2025年10月底前"),
    ("34", "开展“温暖楮溪”困难群众救助帮扶行动，为1.2万名困难群众发放冬春救助金。", ["周敏"],
     ["县民政局、县财政局、各乡镇（街道）"], "2025年12月底前"),
]

COVER = [
    "《楮溪县2025年〈政府工作报告〉重点工作任务分工方案》已经县政府同意，现印发给你们，并就有关事项通知如下，请认真抓好贯彻落实。",
    "一、明确责任分工。各项任务中，“牵头单位”为第一责任单位，负责统筹推进；“配合单位”按照职责分工主动配合。“牵头单位”列有两个的，排在第一位的为主牵头单位，其他单位共同承担牵头责任。只列明“责任单位”的，排在第一位的为牵头单位，其余为配合单位。各位责任县领导要加强统筹调度，协调解决推进中的重大问题。",
    "二、强化跟踪督办。各牵头单位要于每季度最后一个月25日前将任务推进情况报送县政府督查室，县政府督查室将定期通报进展情况，并纳入年度绩效考核。",
    "三、加强协同配合。配合单位要主动对接牵头单位，按时提供相关资料。任务涉及多个部门的，由牵头单位负责汇总报送。",
    "联系人：县政府督查室{_}刘洋，联系电话：8236517。",
]

# ---------------------------------------------------------------- Word HTML
FS = "font-size:16.0pt;"
FONTS = {
    "n": "font-family:仿宋_GB2312",
    "b": "font-family:仿宋_GB2312",
    "k": "font-family:楷体_GB2312",
    "h": "font-family:黑体",
    "x": "font-family:方正小标宋简体",
    "t": "font-family:仿宋_GB2312",   # table cells
}
ASCII = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%]*")


def runs_of(text, kind, size="16.0pt"):
    """A plain text of one formatting as Word's HTML writes it: ASCII runs in
    their own lang=EN-US span."""
    out = []
    style = "font-size:%s;%s" % (size, FONTS[kind])
    pos = 0
    for m in ASCII.finditer(text):
        if m.start() > pos:
            out.append('<span style="%s">%s</span>' % (style, html.escape(text[pos:m.start()], quote=False)))
        out.append('<span lang="EN-US" style="font-size:%s;font-family:&quot;Times New Roman&quot;,serif">%s</span>'
                   % (size, m.group()))
        pos = m.end()
    if pos < len(text):
        out.append('<span style="%s">%s</span>' % (style, html.escape(text[pos:], quote=False)))
    s = "".join(out)
    if kind in ("b", "x"):
        s = "<b>%s</b>" % s
    return s


TOKEN = re.compile(r"\{([gsa]):(.*?)\}|\{_\}|\{br\}")
_bm = [190812344]


def rich(text, kind, size="16.0pt"):
    out = []
    pos = 0
    for m in TOKEN.finditer(text):
        if m.start() > pos:
            out.append(runs_of(text[pos:m.start()], kind, size))
        tok = m.group(0)
        if tok == "{_}":
            out.append('<span lang="EN-US" style="font-size:%s;%s"><span style="mso-spacerun:yes">&nbsp; </span></span>'
                       % (size, FONTS[kind]))
        elif tok == "{br}":
            out.append('<span lang="EN-US" style="font-size:%s;%s"><br>\n</span>' % (size, FONTS[kind]))
        elif m.group(1) == "g":
            out.append('<span class="GramE">%s</span>' % runs_of(m.group(2), kind, size))
        elif m.group(1) == "s":
            out.append(runs_of(m.group(2), kind, "15.5pt"))
        elif m.group(1) == "a":
            _bm[0] += 1
            out.append('<a name="_Hlk%d">%s</a>' % (_bm[0], runs_of(m.group(2), kind, size)))
        pos = m.end()
    if pos < len(text):
        out.append(runs_of(text[pos:], kind, size))
    return "".join(out)


def para(inner, indent=True, align=None):
    attrs = 'class="MsoNormal"'
    st = "line-height:28.0pt;mso-line-height-rule:exactly"
    if align:
        attrs += ' align="%s"' % align
        st = "text-align:%s;" % align + st
    elif indent:
        st = "text-indent:32.0pt;" + st
    return '<p %s style="%s">%s<span lang="EN-US" style="font-size:16.0pt"><o:p></o:p></span></p>' % (attrs, st, inner)


EMPTY = '<p class="MsoNormal" style="line-height:28.0pt"><span lang="EN-US" style="font-size:16.0pt"><o:p>&nbsp;</o:p></span></p>'


def td(paras, width, bold=False, align="center"):
    ps = []
    for p in paras:
        inner = runs_of(p, "h" if bold else "t", "12.0pt")
        ps.append('<p class="MsoNormal" align="%s" style="text-align:%s;line-height:18.0pt">%s</p>' % (align, align, inner))
    return ('<td width="%d" valign="center" style="width:%dpt;border:solid windowtext 1.0pt;'
            'border-top:none;padding:0cm 5.4pt 0cm 5.4pt">%s</td>' % (width, width, "".join(ps)))


def article():
    P = []
    P.append(para(runs_of("楮政办发〔2025〕4号", "n"), align="center"))
    P.append(EMPTY)
    P.append(para(rich("楮溪县人民政府办公室关于印发楮溪县2025年《政府工作报告》{br}重点工作任务分工方案的通知", "x", "22.0pt"), align="center"))
    P.append(EMPTY)
    P.append(para(runs_of("各乡镇人民政府、街道办事处，县政府各部门，县直各单位：", "n"), indent=False))
    for c in COVER:
        if c[:2] in ("一、", "二、", "三、"):
            head, rest = c.split("。", 1)
            P.append(para(runs_of(head + "。", "h") + rich(rest, "n")))
        else:
            P.append(para(rich(c, "n")))
    P.append(EMPTY)
    P.append(para(runs_of("楮溪县人民政府办公室", "n"), align="right"))
    P.append(para(runs_of("2025年3月4日", "n"), align="right"))
    P.append(para(runs_of("（此件公开发布）", "n")))
    P.append(EMPTY)
    P.append(para(runs_of("楮溪县2025年《政府工作报告》重点工作任务分工方案", "x", "22.0pt"), align="center"))
    P.append(EMPTY)
    P.append(para(runs_of("为确保县十八届人大五次会议审议通过的《政府工作报告》确定的各项目标任务落到实处，现将重点工作任务分解如下。", "n")))
    for heading, tasks in PARTS:
        P.append(para(runs_of(heading, "h")))
        for t in tasks:
            if t["b"]:
                inner = runs_of(t["m"] + t["b"], "b") + rich(t["t"], "n")
            else:
                inner = rich(t["m"] + t["t"], "n")
            if t.get("cpara"):
                P.append(para(inner))
                P.append(para(rich(t["c"], "k")))
            else:
                P.append(para(inner + rich(t["c"], "k")))
    P.append(para(runs_of(TABLE_HEADING, "h")))
    widths = [36, 210, 64, 150, 72]
    rows = ['<tr style="height:30.0pt">' + "".join(td([h], w, bold=True) for h, w in zip(TABLE_HEAD, widths)) + "</tr>"]
    for num, proj, leaders, units, dl in ROWS:
        cells = [td([num], widths[0]), td([proj], widths[1], align="left"), td(leaders, widths[2]),
                 td(units, widths[3]), td([dl], widths[4])]
        rows.append('<tr style="height:42.0pt">' + "".join(cells) + "</tr>")
    P.append('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="604" '
             'style="width:453.0pt;border-collapse:collapse;border:none">\n<tbody>\n'
             + "\n".join(rows) + "\n</tbody>\n</table>")
    P.append(EMPTY)
    return "\n".join(P)


def page():
    style = ('<style type="text/css">.TRS_Editor P{margin-top:0px;margin-bottom:12px;line-height:1.8;'
             'font-family:仿宋;font-size:16pt;}.TRS_Editor DIV{margin-top:0px;margin-bottom:12px;}'
             '.TRS_Editor TD{font-size:12pt;}</style>')
    return """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>%(title)s_楮溪县人民政府</title>
<meta name="SiteName" content="楮溪县人民政府">
<meta name="ColumnName" content="县政府办文件">
<meta name="ArticleTitle" content="%(title)s">
<meta name="PubDate" content="2025-03-06 16:20">
<meta name="ContentSource" content="楮溪县人民政府办公室">
<link rel="stylesheet" href="../../../../../images/common.css">
<script src="../../../../../images/jquery.min.js"></script>
</head>
<body>
<div class="top"><a href="../../../../../">首页</a> | <a href="javascript:void(0)">无障碍浏览</a> | <a href="javascript:void(0)">长者模式</a></div>
<div class="nav"><ul><li><a href="../../../../../">首页</a></li><li><a href="../../../../../zwgk/">政务公开</a></li><li><a href="../../../../../zwfw/">政务服务</a></li><li><a href="../../../../../hdjl/">互动交流</a></li></ul></div>
<div class="crumb">当前位置：<a href="../../../../../">首页</a> &gt; <a href="../../../../">政府信息公开</a> &gt; <a href="../../">政策文件</a> &gt; <a href="./">县政府办文件</a></div>
<table class="xxgk_table">
<tr><td class="lab">索引号：</td><td>114321xx0065412345/2025-00412</td><td class="lab">主题分类：</td><td>综合政务</td></tr>
<tr><td class="lab">发文机关：</td><td>楮溪县人民政府办公室</td><td class="lab">成文日期：</td><td>2025-03-04</td></tr>
<tr><td class="lab">发文字号：</td><td>楮政办发〔2025〕4号</td><td class="lab">发布日期：</td><td>2025-03-06</td></tr>
<tr><td class="lab">有效性：</td><td>有效</td><td class="lab">公开方式：</td><td>主动公开</td></tr>
</table>
<div class="article">
<h1 class="title">%(title)s</h1>
<div class="info">发布时间：2025-03-06 16:20　来源：楮溪县人民政府办公室　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<!--ContentStart--><div class="view TRS_UEDITOR trs_paper_default trs_word"><div class="TRS_Editor">%(style)s<div class="Custom_UnionStyle">
%(body)s
</div></div></div><!--ContentEnd-->
<div class="share">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="footer">主办：楮溪县人民政府办公室　承办：楮溪县政务服务中心　网站标识码：43xx000021</div>
</body>
</html>
""" % {"title": TITLE, "style": style, "body": article()}


# ---------------------------------------------------------------- crawler
def spider_save(page_html, url, path):
    """The crawler's parse-and-save step, as such crawlers write it."""
    soup = BeautifulSoup(page_html, "html.parser")
    title = soup.find("meta", attrs={"name": "ArticleTitle"})["content"]
    pubdate = soup.find("meta", attrs={"name": "PubDate"})["content"]
    source = soup.find("meta", attrs={"name": "ContentSource"})["content"]
    info = []
    tab = soup.find("table", class_="xxgk_table")
    if tab:
        cells = [td.get_text(strip=True) for td in tab.find_all("td")]
        for k, v in zip(cells[0::2], cells[1::2]):
            info.append(k + v)
    content = soup.find("div", class_="TRS_Editor").get_text("\n", strip=True)
    lines = ["标题：" + title] + info + ["发布时间：" + pubdate, "来源：" + source,
                                       "原文链接：" + url, "抓取时间：2025-03-07 02:14:36", "正文：", content]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- gold
def plain(s):
    s = re.sub(r"\{[gsa]:(.*?)\}", r"\1", s)
    return s.replace("{_}", "").replace("{br}", "")


def gold_records():
    recs = []
    for _, tasks in PARTS:
        for t in tasks:
            text = plain(t["b"] + t["t"])
            num = re.sub(r"[．.]", "", t["m"])
            num = num.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
            recs.append(dict(id=num, marker=t["m"], head=text[:12],
                             responsible_units=t["lead"] + t["coop"],
                             lead_units=t["lead"], cooperating_units=t["coop"],
                             leaders=t["L"], deadline=None))
    for num, proj, leaders, units, dl in ROWS:
        us = []
        for p in units:
            us += re.split("[、，]", p)
        recs.append(dict(id=num, marker=num, head=proj[:12], responsible_units=us,
                         lead_units=us[:1], cooperating_units=us[1:],
                         leaders=[x.replace("　", "") for x in leaders], deadline=dl))
    return recs


def main():
    page_html = page()
    if "--keep-html" in sys.argv:
        with open("/tmp/649_portal_page.html", "w", encoding="utf-8") as f:
            f.write(page_html)
    spider_save(page_html, URL, NOTICE)
    with open(GOLD, "w", encoding="utf-8", newline="\n") as f:
        for r in gold_records():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", NOTICE, GOLD)


if __name__ == "__main__":
    main()
