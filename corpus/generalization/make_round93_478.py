#!/usr/bin/env python3
"""Notice 478: a county portal's article page (2012) whose body was pasted from
Word 2003 into the CMS's editor under Internet Explorer and saved by a browser.

What the medium carries, as such pages really do:
  * the page template in lower-case XHTML, GB2312 (GBK bytes), CRLF;
  * the article as IE serialised it: upper-case tags, unquoted attributes,
    style properties upper-cased (mso-* left alone), <o:p></o:p> after each
    paragraph, `<?xml:namespace prefix = o ... />` before the first o:p;
  * Word's smart tags kept by IE: st1:PersonName around (most) leaders' names,
    st1:chsdate around dates (full and Chinese-numeral), st1:chmetcnv around
    quantities with a measure unit (120公里, 18千米), with the one
    `<?xml:namespace prefix = st1 ... />` before the first of them;
  * ASCII runs (digits, %, GDP) in <SPAN lang=EN-US>, a GramE proofing span,
    clauses in a 楷体 span nested in the 仿宋 one.
"""
import os
import re

NAME = "478_boxi_xian_ie_zhantie_zhineng_biaoji.html"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

ST1_NS = '<?xml:namespace prefix = st1 ns = "urn:schemas-microsoft-com:office:smarttags" />'
O_NS = '<?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" />'

state = {"st1": False, "o": False}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ascii_runs(s):
    """Word puts runs of Latin text in lang=EN-US spans."""
    s = esc(s)
    return re.sub(r"([0-9A-Za-z.%‰][0-9A-Za-z.%‰ ]*[0-9A-Za-z.%‰]|[0-9A-Za-z.%‰])",
                  r"<SPAN lang=EN-US>\1</SPAN>", s)


def st1_prefix():
    if state["st1"]:
        return ""
    state["st1"] = True
    return ST1_NS


def op():
    if state["o"]:
        return "<o:p></o:p>"
    state["o"] = True
    return O_NS + "<o:p></o:p>"


def inline(text):
    """Expand [[P:name]] [[P2:name]] [[M:value|unit|shown]] [[D:y|m|d|shown]] [[G:text]]."""
    out = []
    pos = 0
    for m in re.finditer(r"\[\[(P2?|M|D|G):([^\]]*)\]\]", text):
        out.append(ascii_runs(text[pos:m.start()]))
        kind, arg = m.group(1), m.group(2)
        if kind == "P":
            out.append(st1_prefix() + '<st1:PersonName ProductID="%s" w:st="on">%s</st1:PersonName>' % (arg, arg))
        elif kind == "P2":   # the other attribute order Word also writes
            out.append(st1_prefix() + '<st1:PersonName w:st="on" ProductID="%s">%s</st1:PersonName>' % (arg, arg))
        elif kind == "M":
            val, unit, shown = arg.split("|")
            out.append(st1_prefix() + '<st1:chmetcnv w:st="on" UnitName="%s" SourceValue="%s" HasSpace="False" '
                       'Negative="False" NumberType="1" TCSC="0">%s</st1:chmetcnv>' % (unit, val, ascii_runs(shown)))
        elif kind == "D":
            y, mo, d, shown = arg.split("|")
            out.append(st1_prefix() + '<st1:chsdate w:st="on" IsROCDate="False" IsLunarDate="False" Day="%s" '
                       'Month="%s" Year="%s">%s</st1:chsdate>' % (d, mo, y, ascii_runs(shown)))
        elif kind == "G":
            out.append("<SPAN class=GramE>%s</SPAN>" % ascii_runs(arg))
        pos = m.end()
    out.append(ascii_runs(text[pos:]))
    return "".join(out)


FS = "FONT-FAMILY: 仿宋_GB2312; FONT-SIZE: 16pt"
BODY = ('<P style="TEXT-INDENT: 32pt; MARGIN: 0cm 0cm 0pt; LINE-HEIGHT: 28pt; '
        'mso-line-height-rule: exactly; mso-char-indent-count: 2.0" class=MsoNormal>')
FLUSH = '<P style="MARGIN: 0cm 0cm 0pt; LINE-HEIGHT: 28pt; mso-line-height-rule: exactly" class=MsoNormal>'


def p_body(text):
    return BODY + '<SPAN style="%s">%s<SPAN lang=EN-US>%s</SPAN></SPAN></P>' % (FS, inline(text), op())


def p_task(text, clause):
    return (BODY + '<SPAN style="%s">%s<SPAN style="FONT-FAMILY: 楷体_GB2312">%s</SPAN>'
            '<SPAN lang=EN-US>%s</SPAN></SPAN></P>' % (FS, inline(text), inline(clause), op()))


def p_head(text):
    return (BODY + '<SPAN style="FONT-FAMILY: 黑体; FONT-SIZE: 16pt; mso-hansi-font-family: 宋体">%s'
            '<SPAN lang=EN-US>%s</SPAN></SPAN></P>' % (inline(text), op()))


def p_flush(text):
    return FLUSH + '<SPAN style="%s">%s<SPAN lang=EN-US>%s</SPAN></SPAN></P>' % (FS, inline(text), op())


def p_center(text, font="方正小标宋简体", size="22pt"):
    return ('<P style="TEXT-ALIGN: center; MARGIN: 0cm 0cm 0pt; LINE-HEIGHT: 36pt; mso-line-height-rule: exactly" '
            'class=MsoNormal align=center><SPAN style="FONT-FAMILY: %s; FONT-SIZE: %s; mso-hansi-font-family: 宋体">'
            '%s<SPAN lang=EN-US>%s</SPAN></SPAN></P>' % (font, size, inline(text), op()))


def p_right(text, indent):
    return ('<P style="TEXT-INDENT: %s; MARGIN: 0cm 0cm 0pt; LINE-HEIGHT: 28pt; mso-line-height-rule: exactly" '
            'class=MsoNormal><SPAN style="%s">%s<SPAN lang=EN-US>%s</SPAN></SPAN></P>' % (indent, FS, inline(text), op()))


def p_empty():
    return FLUSH + '<SPAN lang=EN-US style="%s"><o:p>&nbsp;</o:p></SPAN></P>' % FS


def p_banji(text, top=False):
    border = "BORDER-TOP: windowtext 1pt solid; " if top else ""
    return ('<P style="%sBORDER-BOTTOM: windowtext 1pt solid; MARGIN: 0cm 0cm 0pt; LINE-HEIGHT: 28pt; '
            'mso-line-height-rule: exactly" class=MsoNormal><SPAN style="FONT-FAMILY: 仿宋_GB2312; FONT-SIZE: 14pt">'
            '%s<SPAN lang=EN-US>%s</SPAN></SPAN></P>' % (border, inline(text), op()))


LEAD = "（责任领导：常务副县长[[P:孙建华]]；"

content = []
A = content.append
A(p_center("泊政办发〔2012〕21号", font="仿宋_GB2312", size="16pt"))
A(p_empty())
A(p_center("泊溪县人民政府办公室"))
A(p_center("关于印发2012年县政府工作报告目标任务分解意见的通知"))
A(p_empty())
A(p_flush("各乡镇人民政府，县政府各部门，县直各单位："))
A(p_body("《政府工作报告》已经县十五届人大一次会议审议通过。为确保报告确定的各项目标任务全面完成，经县政府同意，"
         "现将《2012年县政府工作报告目标任务分解意见》印发给你们，请结合实际，认真抓好落实。"))
A(p_body("各责任领导要加强对分管领域工作的督促指导。各牵头单位要会同配合单位，于[[D:2012|3|31|3月31日]]前制定具体工作方案，"
         "明确进度安排和工作措施，并于每季度结束后5日内将进展情况书面报县政府督查室。县政府将把各项任务完成情况纳入"
         "年度目标管理考核，对工作不力、进展滞后的单位予以通报。"))
A(p_body("联系人：[[P2:方]]科长，联系电话：3821065。"))
A(p_empty())
A(p_body("附件：2012年县政府工作报告目标任务分解意见"))
A(p_empty())
A(p_right("泊溪县人民政府办公室", "256pt"))
A(p_right("[[D:2012|3|12|二○一二年三月十二日]]", "240pt"))
A(p_empty())
A(p_flush("附件"))
A(p_center("2012年县政府工作报告目标任务分解意见"))
A(p_empty())
A(p_body("为抓好《政府工作报告》的贯彻落实，现将确定的主要目标任务分解如下。各项任务明确了牵头单位和配合单位的，"
         "牵头单位负总责；只列责任单位的，责任单位有两个以上时，排在第一位的为牵头单位，其他为配合单位。"))

A(p_head("一、主要预期目标"))
A(p_task("1.全县地区生产总值增长12%以上，达到168亿元。",
         LEAD + "牵头单位：县发展和改革局；配合单位：县统计局、县经济和信息化局）"))
A(p_task("2.全社会固定资产投资增长25%，完成135亿元，其中城镇固定资产投资118亿元。",
         LEAD + "牵头单位：县发展和改革局；配合单位：县统计局、县住房和城乡建设局）"))
A(p_task("3.地方财政一般预算收入增长15%，达到9.6亿元。",
         LEAD + "责任单位：县财政局、县国家税务局、县地方税务局）"))
A(p_task("4.城镇居民人均可支配收入和农民人均纯收入分别增长13%和14%。",
         "（责任领导：常务副县长[[P:孙建华]]、副县长[[P:唐国平]]；责任单位：县统计局、县人力资源和社会保障局、县农业局）"))

A(p_head("二、着力推进工业强县"))
A(p_task("5.加快泊溪工业园区扩区调规，完成园区新建道路[[M:8.5|公里|8.5公里]]，配套建设供水、供电、污水管网，"
         "全年新入园企业30家。",
         "（责任领导：副县长罗军；牵头单位：泊溪工业园区管委会；配合单位：县国土资源局、县住房和城乡建设局、县环境保护局）"))
A(p_task("6.全年引进投资亿元以上项目15个，实际到位县外资金50亿元。",
         "（责任领导：县长[[P:何文斌]]、副县长罗军；牵头单位：县招商局；配合单位：各乡镇人民政府、县直各单位）"))
A(p_task("7.规模以上工业增加值增长16%，新增规模以上工业企业20家。",
         "（责任领导：副县长罗军；牵头单位：县经济和信息化局；配合单位：县统计局、县工商局）"))
A(p_task("8.抓好节能减排，单位GDP能耗下降3.5%，全面完成化学需氧量、二氧化硫等主要污染物总量减排任务。",
         "（责任领导：副县长罗军；牵头单位：县经济和信息化局；配合单位：县环境保护局、县发展和改革局）"))
A(p_task("9.深入开展安全生产专项整治，严格落实安全生产责任制，坚决遏制重特大安全事故发生。",
         "（责任领导：副县长罗军；牵头单位：县安全生产监督管理局；配合单位：县公安局、县交通运输局、县质量技术监督局）"))

A(p_head("三、加快现代农业和新农村建设"))
A(p_task("10.粮食总产稳定在21万吨以上，新建高标准农田3万亩，新增农民专业合作社40家。",
         "（责任领导：副县长[[P:唐国平]]；牵头单位：县农业局；配合单位：县财政局、县农业综合开发办公室）"))
A(p_task("11.完成小型病险水库除险加固12座，新修、维修渠道[[M:45|公里|45公里]]，新增有效灌溉面积1.2万亩。",
         "（责任领导：副县长[[P:唐国平]]；牵头单位：县水利局；配合单位：县财政局、县发展和改革局）"))
A(p_task("12.新增造林面积2.5万亩，森林覆盖率提高到46%。",
         "（责任领导：副县长[[P:唐国平]]；责任单位：县林业局、各乡镇人民政府）"))
A(p_task("13.实施整村推进扶贫开发项目20个，减少农村贫困人口8000人。",
         "（责任领导：副县长[[P:唐国平]]；牵头单位：县扶贫开发办公室；配合单位：县财政局、县民政局、有关乡镇人民政府）"))
A(p_task("14.高标准建设新农村示范村15个，新建农村户用沼气池1500口。",
         "（责任领导：副县长唐国平；责任单位：县新农村建设办公室、县农村能源办公室、县农业局）"))

A(p_head("四、统筹城乡建设"))
A(p_task("15.新建改造农村公路[[M:120|公里|120公里]]，完成泊安公路改造升级工程。",
         "（责任领导：副县长[[P:刘振东]]；牵头单位：县交通运输局；配合单位：县国土资源局、县财政局、沿线乡镇人民政府）"))
A(p_task("16.实施城区道路“三纵四横”改造工程，新建、改造城区道路[[M:6.8|公里|6.8公里]]。",
         "（责任领导：副县长[[P:刘振东]]；牵头单位：县住房和城乡建设局；配合单位：县城市管理局、县国土资源局）"))
A(p_task("17.建成县城污水处理厂二期工程，新铺设污水管网[[M:18|千米|18千米]]，县城污水集中处理率达到85%。",
         "（责任领导：副县长[[P:刘振东]]；牵头单位：县住房和城乡建设局；配合单位：县环境保护局、县发展和改革局）"))
A(p_task("18.全力创建省级卫生县城，开展城乡环境综合整治，[[G:年内通过省级考核验收]]。",
         "（责任领导：副县长[[P:刘振东]]、副县长[[P:邹海燕]]；牵头单位：县爱国卫生运动委员会办公室；"
         "配合单位：县城市管理局、县卫生局、县住房和城乡建设局）"))
A(p_task("19.新建廉租住房300套、公共租赁住房500套，改造城市棚户区800户。",
         "（责任领导：副县长[[P:刘振东]]；牵头单位：县住房和城乡建设局；配合单位：县国土资源局、县财政局、县民政局；"
         "完成时限：[[D:2012|10|31|2012年10月31日]]前）"))

A(p_head("五、保障和改善民生"))
A(p_task("20.城镇新增就业3500人，新增转移农村劳动力2.8万人次，城镇登记失业率控制在4%以内。",
         "（责任领导：副县长[[P:邹海燕]]；牵头单位：县人力资源和社会保障局；配合单位：县财政局、县农业局）"))
A(p_task("21.实现城乡居民社会养老保险制度全覆盖，参保率达到90%以上。",
         "（责任领导：副县长[[P:邹海燕]]；责任单位：县人力资源和社会保障局）"))
A(p_task("22.新型农村合作医疗参合率稳定在98%以上，人均筹资标准提高到290元。",
         "（责任领导：副县长[[P:邹海燕]]；牵头单位：县卫生局；配合单位：县财政局）"))
A(p_task("23.实施中小学校舍安全工程，改造加固校舍4.2万平方米，新建、改扩建公办幼儿园6所。",
         "（责任领导：副县长[[P:邹海燕]]；牵头单位：县教育局；配合单位：县财政局、县住房和城乡建设局、县发展和改革局；"
         "完成时限：[[D:2012|8|31|2012年8月31日]]前）"))
A(p_task("24.推进县人民医院门诊综合楼建设，完成乡镇卫生院标准化建设8所。",
         "（责任领导：副县长[[P:邹海燕]]；责任单位：县卫生局、县发展和改革局）"))
A(p_task("25.稳定低生育水平，人口自然增长率控制在6‰以内。",
         "（责任领导：副县长[[P:邹海燕]]；牵头单位：县人口和计划生育局；配合单位：县卫生局、县公安局、各乡镇人民政府）"))
A(p_task("26.加强食品药品安全监管，开展食品安全专项整治，确保不发生重大食品安全事故。",
         "（责任领导：副县长罗军；牵头单位：县食品药品监督管理局；配合单位：县工商局、县质量技术监督局、县卫生局、县农业局）"))

A(p_head("六、加强政府自身建设"))
A(p_task("27.深化行政审批制度改革，县级行政审批事项精简20%以上，审批时限压缩三分之一。",
         LEAD + "牵头单位：县政务服务中心；配合单位：县监察局、县政府法制办公室）"))
A(p_task("28.严格执行公务接待、公务用车管理制度，“三公”经费只减不增。",
         LEAD + "责任单位：县财政局、县监察局、县机关事务管理局）"))
A(p_task("29.健全政府督查和绩效考核制度，对重点工作实行月调度、季通报、年考核。",
         "（责任领导：县长[[P:何文斌]]；责任单位：县政府督查室）"))
A(p_empty())
A(p_banji("主题词：经济管理　目标　分解　通知", top=True))
A(p_banji("抄送：县委办公室，县人大常委会办公室，县政协办公室。"))
A(p_banji("泊溪县人民政府办公室　　　　　　　　　[[D:2012|3|12|2012年3月12日]]印发"))

article = "\r\n".join(content)

TITLE = "泊溪县人民政府办公室关于印发2012年县政府工作报告目标任务分解意见的通知"

page = """<!-- saved from url=(0066)http://www.boxi.gov.cn/zwgk/xzfbwj/201203/t20120314_10457.html -->
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}_泊溪县人民政府</title>
<meta name="keywords" content="泊溪县,县政府办文件" />
<link href="/images/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript">
function doZoom(size){{
	document.getElementById('zoom').style.fontSize=size+'px';
}}
</script>
</head>
<body>
<div class="top"><img src="/images/banner.jpg" width="980" height="150" alt="泊溪县人民政府" /></div>
<div class="nav">
<ul>
<li><a href="/">首页</a></li>
<li><a href="/zwgk/">政务公开</a></li>
<li><a href="/bsfw/">办事服务</a></li>
<li><a href="/hdjl/">互动交流</a></li>
<li><a href="/bxgk/">走进泊溪</a></li>
</ul>
</div>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="wz">
  <tr>
    <td height="30">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/xzfbwj/">县政府办文件</a></td>
  </tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="xxgk">
  <tr>
    <td width="90" class="xxgk_l">索 引 号：</td><td width="400">01472593-8/2012-00036</td>
    <td width="90" class="xxgk_l">信息分类：</td><td>县政府办文件</td>
  </tr>
  <tr>
    <td class="xxgk_l">发布机构：</td><td>泊溪县人民政府办公室</td>
    <td class="xxgk_l">生成日期：</td><td>2012-03-14</td>
  </tr>
  <tr>
    <td class="xxgk_l">文　　号：</td><td>泊政办发〔2012〕21号</td>
    <td class="xxgk_l">主 题 词：</td><td>经济管理 目标 分解 通知</td>
  </tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="content">
  <tr>
    <td class="bt" align="center">{title}</td>
  </tr>
  <tr>
    <td class="fbsj" align="center">发布时间：2012-03-14 09:25:31　　来源：县政府办　　浏览次数：<script type="text/javascript" src="/count.asp?id=10457"></script>　　【字号：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td>
  </tr>
  <tr>
    <td>
<div id="zoom" class="conTxt">
<!--<$[信息内容]>begin--><META name=ContentStart>{article}
<META name=ContentEnd><!--<$[信息内容]>end-->
</div>
    </td>
  </tr>
  <tr>
    <td align="right" height="40">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td>
  </tr>
</table>
<div class="foot">
主办：泊溪县人民政府办公室　承办：泊溪县信息中心<br />
地址：泊溪县城关镇人民路18号　邮编：418300　电话：0738-3821065<br />
网站标识码：4313270001　湘ICP备05003261号
</div>
</body>
</html>
""".format(title=TITLE, article=article)

page = page.replace("\r\n", "\n").replace("\n", "\r\n")
with open(OUT, "wb") as f:
    f.write(page.encode("gbk"))
print(OUT, len(page))
