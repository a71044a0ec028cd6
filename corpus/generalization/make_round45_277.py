#!/usr/bin/env python3
"""Generate 277_hongzhou_menhu_rowspan.html (a 市政府 portal page with an rowspan task table)
and its gold. Paths are relative to this script's folder."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
SLUG = "277_hongzhou_menhu_rowspan"

# Each task: (no, text, leader_cell or None (covered by rowspan), leader_rowspan,
#             lead_cell or None, lead_rowspan, coop_cell_html, deadline)
# leader/lead/coop cells are HTML fragments as the editor wrote them.
NB = "&nbsp;"
CATS = [
 ("一、坚持项目为王，扩大有效投资（4项）", [
  (1, "全市地区生产总值增长6%左右，固定资产投资增长8%以上，社会消费品零售总额增长6.5%。",
      ("周嘉言", 3), ("市发展改革委", 2), "市统计局、市财政局<br>各县（市、区）人民政府", "2024年12月底前"),
  (2, "实施市级重大项目320个，年度完成投资1100亿元以上，新开工亿元以上项目150个。",
      None, None, "市自然资源和规划局、市住房城乡建设局、市生态环境局、市行政审批服务局", "2024年12月底前"),
  (3, "争取地方政府专项债券额度85亿元以上，用好超长期特别国债资金，做好项目储备和资金监管。",
      None, ("市财政局", 1), "市发展改革委", "2024年10月底前"),
  (4, "加快泓州北站综合交通枢纽、沿江高速二期建设，确保泓沅城际铁路年内开工。",
      ("欧阳文博", 1), ("市交通运输局", 1), "市发展改革委<br>市自然资源和规划局<br>泓州北站片区建设指挥部", "2024年12月底前"),
 ]),
 ("二、推动产业转型升级，加快建设现代化产业体系（4项）", [
  (5, "实施制造业“智改数转”三年行动，新增规模以上工业企业120家以上。",
      ("孙" + NB + NB + "立", 4), ("市工业和信息化局", 3), "市科技局、市统计局", "2024年12月底前"),
  (6, "培育新能源装备、电子信息两个千亿级产业集群，新认定省级专精特新中小企业40家。",
      None, None, "市科技局、市市场监管局", "持续推进"),
  (7, "新建5G基站1500个，推进“工业互联网+”标识解析二级节点建设，新增上云企业300家。",
      None, None, "市数据局<br>各基础电信企业", "2024年11月底前"),
  (8, "高新技术企业总数突破900家，全社会研发经费投入强度达到2.6%。",
      None, ("市科技局", 1), "市财政局、国家税务总局泓州市税务局", "2024年12月底前"),
 ]),
 ("三、深化改革开放，持续激发市场活力（5项）", [
  (9, "深化“高效办成一件事”改革，政务服务事项“一网通办”率达到95%以上。",
      ("何仲衡", 2), ("市行政审批服务局", 2), "市数据局、市司法局", "2024年9月底前"),
  (10, "持续优化营商环境，开展涉企违规收费专项整治，全年新增经营主体3.5万户。",
      None, None, "市市场监管局、市发展改革委、市工商联等", "持续推进"),
  (11, "外贸进出口总额增长5%，实际使用外资2.8亿美元，开行中欧班列120列。",
      ("陈慕秋", 3), ("市商务局", 1), "泓州海关<br>市外事办<br>泓州国际陆港集团有限公司", "2024年12月底前"),
  (12, "办好第六届泓州国际茶业博览会，全年引进省外境外资金680亿元以上。",
      None, ("市投资促进局、市商务局", 1), "市农业农村局、市文化和旅游局", "2024年10月底前"),
  (13, "深化国资国企改革，完成市属国有企业整合重组，推动市城投集团主体信用评级提升至AA+。",
      None, ("市国资委", 1), "市财政局、市委金融办", "2024年12月底前"),
 ]),
 ("四、扎实推进乡村全面振兴（4项）", [
  (14, "粮食播种面积稳定在268万亩以上，总产量保持在110万吨以上。",
      ("欧阳文博", 4), ("市农业农村局", 3), "市发展改革委、市粮食和物资储备局、各县（市、区）人民政府", "2024年10月底前"),
  (15, "新建高标准农田12万亩，稳妥推进耕地“非粮化”整治。",
      None, None, "市自然资源和规划局<br>市财政局<br>市水利局", "2024年12月底前"),
  (16, "守牢不发生规模性返贫底线，脱贫人口人均纯收入增长10%以上。",
      None, None, "市民政局、市人力资源社会保障局", "持续推进"),
  (17, "实施农村供水保障工程，农村自来水普及率达到93%。",
      None, ("市水利局", 1), "市卫生健康委、各县（市、区）人民政府", "2024年12月底前"),
 ]),
 ("五、加强生态环境保护（3项）", [
  (18, "全市PM2.5平均浓度控制在33微克/立方米以内，空气质量优良天数比例达到88%。",
      ("何仲衡", 3), ("市生态环境局", 2), "市工业和信息化局、市住房城乡建设局、市公安局、市交通运输局", "2024年12月底前"),
  (19, "国考断面水质优良比例保持100%，完成泓江干流入河排污口整治。",
      None, None, "市水利局、市农业农村局", "2024年11月底前"),
  (20, "完成营造林15万亩，创建国家森林城市。",
      None, ("市林业局", 1), "市自然资源和规划局", "2024年12月底前"),
 ]),
 ("六、持续保障和改善民生（5项）", [
  (21, "城镇新增就业4.2万人，城镇调查失业率控制在5.5%以内。",
      ("陈慕秋", 2), ("市人力资源社会保障局", 1), "市教育局、市财政局、团市委", "2024年12月底前"),
  (22, "新建改扩建中小学、幼儿园18所，新增学位1.2万个。",
      None, ("市教育局", 1), "市发展改革委、市住房城乡建设局<br>市自然资源和规划局", "2024年8月底前"),
  (23, "推进紧密型县域医共体建设，市第一人民医院新院区年内投入使用。",
      ("孙" + NB + NB + "立", 3), ("市卫生健康委", 2), "市医保局、市发展改革委", "2024年12月底前"),
  (24, "新增普惠托位1200个，每千人口拥有3岁以下婴幼儿托位数达到4.5个。",
      None, None, NB, "2024年12月底前"),
  (25, "筹集建设保障性租赁住房3000套，改造城镇老旧小区86个。",
      None, ("市住房城乡建设局", 1), "市财政局、市发展改革委、各县（市、区）人民政府", "2024年11月底前"),
 ]),
]

TD = 'style="border:1px solid windowtext;padding:0cm 5.4pt"'
def P(inner, align="center"):
    return ('<p class="MsoNormal" style="text-align:%s;line-height:20pt">'
            '<span style="font-family:仿宋_GB2312;font-size:16px">%s</span></p>' % (align, inner))

def task_text_html(no, text):
    # rich-text editor wraps ASCII runs (digits, %, G, +) in Times New Roman spans
    out, buf, cur = [], "", None
    for ch in text:
        a = ch.isascii()
        if cur is None or a == cur:
            buf += ch
        else:
            out.append((cur, buf)); buf = ch
        cur = a
    out.append((cur, buf))
    if no in (7, 18, 12):
        html = ""
        for a, s in out:
            if a:
                html += '<span style="font-family:&quot;Times New Roman&quot;,serif;font-size:16px">%s</span>' % s
            else:
                html += '<span style="font-family:仿宋_GB2312;font-size:16px">%s</span>' % s
        return ('<p class="MsoNormal" style="text-align:left;line-height:20pt">%s</p>' % html)
    if no == 9:  # editor split a run in the middle of the task text
        return ('<p class="MsoNormal" style="text-align:left;line-height:20pt"><span style="font-family:仿宋_GB2312;font-size:16px">深化“高效办成</span>'
                '<span style="font-family:仿宋_GB2312;font-size:16px;letter-spacing:-0.5px">一件事”改革，</span>'
                '<span style="font-family:仿宋_GB2312;font-size:16px">' + text[len("深化“高效办成一件事”改革，"):] + '</span></p>')
    tail = NB if no in (3, 14, 21) else ""
    return P(text + tail, "left")

def table_html():
    rows = []
    rows.append('<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;border:none">')
    rows.append('<tbody>')
    hdr = lambda t, extra="": '<td %s %s><p style="text-align:center"><span style="font-family:黑体;font-size:16px">%s</span></p></td>' % (TD, extra, t)
    rows.append('<tr style="height:28pt">' + hdr("序号", 'rowspan="2" width="5%"') + hdr("重点任务", 'rowspan="2" width="40%"')
                + hdr("责任主体", 'colspan="3"') + hdr("完成时限", 'rowspan="2" width="11%"') + '</tr>')
    rows.append('<tr style="height:28pt">' + hdr("责任市领导", 'width="10%"') + hdr("牵头单位", 'width="14%"')
                + hdr("配合单位", 'width="20%"') + '</tr>')
    for cat, tasks in CATS:
        rows.append('<tr style="height:24pt"><td colspan="6" %s><p style="text-align:left"><span style="font-family:黑体;font-size:16px">%s</span></p></td></tr>' % (TD, cat))
        for (no, text, leader, lead, coop, dl) in tasks:
            cells = []
            cells.append('<td %s>%s</td>' % (TD, P(NB + str(no) + NB)))
            cells.append('<td %s>%s</td>' % (TD, task_text_html(no, text)))
            if leader:
                name, rs = leader
                cells.append('<td %s %s>%s</td>' % (('rowspan="%d"' % rs) if rs > 1 else "", TD, P(name)))
            if lead:
                u, rs = lead
                u = u.replace("、", "<br>") if no == 12 else u
                cells.append('<td %s %s>%s</td>' % (('rowspan="%d"' % rs) if rs > 1 else "", TD, P(u)))
            cells.append('<td %s>%s</td>' % (TD, P(coop)))
            cells.append('<td %s>%s</td>' % (TD, P(NB + dl + NB)))
            rows.append('<tr style="height:40pt">' + "".join(cells) + '</tr>')
    rows.append('</tbody></table>')
    return "\n".join(rows)

INDENT = "&nbsp;&nbsp;&nbsp;&nbsp;"
def bp(t, style="text-indent:2em;line-height:2em"):
    return '<p style="%s"><span style="font-family:仿宋_GB2312;font-size:16pt">%s</span></p>' % (style, t)

TITLE = "泓州市人民政府关于印发2024年《政府工作报告》重点任务分工方案的通知"
body = [
 '<p style="text-align:center"><span style="font-family:仿宋_GB2312;font-size:16pt">泓政发〔2024〕5号</span></p>',
 '<p style="text-align:left;line-height:2em"><span style="font-family:仿宋_GB2312;font-size:16pt">各县（市、区）人民政府，泓州高新区管委会，市政府各部门、各直属机构：</span></p>',
 bp(INDENT + "现将《2024年〈政府工作报告〉重点任务分工方案》印发给你们，并就有关事项通知如下，请认真抓好贯彻落实。"),
 bp("<strong>一、压实工作责任。</strong>各责任市领导要牵头研究部署分管领域重点任务，定期听取进展情况汇报。牵头单位要会同配合单位制定具体推进措施，明确时间节点，确保按期完成；配合单位要主动对接、密切协作。"),
 bp("<strong>二、强化督查考核。</strong>市政府督查室要将重点任务纳入年度督查计划，实行季度调度、半年通报、年终考核。各牵头单位于每季度末月25日前将工作进展情况报市政府督查室（联系电话：0736-8812345，电子邮箱：hzszfdcs@163.com）。"),
 bp("<strong>三、严格问责问效。</strong>对工作推进不力、进度严重滞后的单位，按照有关规定进行约谈通报，并在年度绩效考核中予以扣分。"),
 bp(INDENT + "附件：2024年《政府工作报告》重点任务分工方案"),
 '<p style="text-align:right;line-height:2em"><span style="font-family:仿宋_GB2312;font-size:16pt">泓州市人民政府&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></p>',
 '<p style="text-align:right;line-height:2em"><span style="font-family:仿宋_GB2312;font-size:16pt">2024年2月26日&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></p>',
 bp("（此件公开发布）"),
 '<p><br/></p>',
 '<p style="text-align:left"><span style="font-family:黑体;font-size:16pt">附件</span></p>',
 '<p style="text-align:center"><span style="font-family:方正小标宋简体;font-size:22pt">2024年《政府工作报告》重点任务分工方案</span></p>',
 table_html(),
 '<p style="text-align:left;line-height:20pt"><span style="font-family:楷体_GB2312;font-size:14px">注：完成时限为“持续推进”的，牵头单位每季度报送一次进展情况。</span></p>',
 '<p><br/></p>',
 '<p style="text-align:left;border-top:1px solid #000;line-height:2em"><span style="font-family:仿宋_GB2312;font-size:14pt">抄送：市委各部门，市人大常委会办公室，市政协办公室，泓州军分区，市中级法院，市检察院。</span></p>',
 '<p style="text-align:left;border-top:1px solid #000;border-bottom:1px solid #000;line-height:2em"><span style="font-family:仿宋_GB2312;font-size:14pt">泓州市人民政府办公室&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;2024年2月27日印发</span></p>',
]

PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="泓州市人民政府门户网站">
<meta name="SiteDomain" content="www.hongzhou.gov.cn">
<meta name="SiteIDCode" content="4307000021">
<meta name="ColumnName" content="市政府文件">
<meta name="ColumnType" content="政府文件">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2024-02-28 16:42">
<meta name="ContentSource" content="市政府办公室">
<title>{title}_市政府文件_泓州市人民政府门户网站</title>
<link rel="stylesheet" href="/images/2023/css/common.css">
<link rel="stylesheet" href="/images/2023/css/xxgk_detail.css">
<script src="/images/2023/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span class="fl">您好，欢迎访问泓州市人民政府门户网站！</span><span class="fr"><a href="javascript:;" id="wzaBtn">无障碍浏览</a> | <a href="javascript:;" onclick="zh_tran('t')">繁體</a> | <a href="/m/">移动版</a></span></div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/images/2023/logo.png" alt="泓州市人民政府"></a>
<div class="search"><form action="/search/" method="get" target="_blank"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div></div>
<div class="nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/zwdt/">政务动态</a></li><li class="on"><a href="/xxgk/">信息公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjhz/">走进泓州</a></li></ul></div>
<div class="w1200 location">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/xxgk/">信息公开</a>&nbsp;&gt;&nbsp;<a href="/xxgk/zfwj/">政府文件</a>&nbsp;&gt;&nbsp;<a href="/xxgk/zfwj/szfwj/">市政府文件</a></div>
<div class="w1200 detail">
<table class="xxgk-info" cellspacing="0" cellpadding="0">
<tr><th>索&nbsp;&nbsp;引&nbsp;&nbsp;号：</th><td>114307000071520367/2024-00018</td><th>主题分类：</th><td>国民经济管理、国有资产监管\\综合政务</td></tr>
<tr><th>发布机构：</th><td>泓州市人民政府</td><th>成文日期：</th><td>2024-02-26</td></tr>
<tr><th>文&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;号：</th><td>泓政发〔2024〕5号</td><th>发布日期：</th><td>2024-02-28</td></tr>
<tr><th>名&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;称：</th><td colspan="3">{title}</td></tr>
<tr><th>有&nbsp;&nbsp;效&nbsp;&nbsp;性：</th><td colspan="3">有效</td></tr>
</table>
<h1 class="article-title">{title}</h1>
<div class="article-attr"><span>发布时间：2024-02-28 16:42</span><span>来源：市政府办公室</span><span>浏览次数：<em id="hits">3862</em></span><span class="font-size">字号：<a href="javascript:;" onclick="fontZoom(18)">大</a> <a href="javascript:;" onclick="fontZoom(16)">中</a> <a href="javascript:;" onclick="fontZoom(14)">小</a></span></div>
<div class="article-content" id="zoom">
<div class="view TRS_UEDITOR trs_paper_default trs_web">
{body}
</div>
</div>
<div class="article-file">附件下载：<a href="/u/cms/www/202402/28164215x3kq.pdf" target="_blank">泓政发〔2024〕5号.pdf</a></div>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div>
<div class="related"><h3>相关解读</h3><ul><li><a href="/xxgk/zcjd/202402/t20240229_2291044.html">图解：2024年泓州市《政府工作报告》重点任务分工方案</a></li></ul></div>
</div>
<div class="footer"><div class="w1200">
<p>主办：泓州市人民政府办公室&nbsp;&nbsp;承办：泓州市数据局</p>
<p>网站标识码：4307000021&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备05011872号-1</a>&nbsp;&nbsp;<img src="/images/2023/ga.png" alt="">湘公网安备 43070202000318号</p>
<p>地址：泓州市泓江区政通路1号&nbsp;&nbsp;邮编：415000&nbsp;&nbsp;联系电话：0736-8812000</p>
<p><a href="https://bszs.conac.cn/sitename?method=show&amp;id=2A8D6C" target="_blank"><img src="/images/2023/red.png" alt="党政机关"></a><script id="_jiucuo_" sitecode="4307000021" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></p>
</div></div>
<script>function fontZoom(s){{document.getElementById('zoom').style.fontSize=s+'px';}}</script>
</body>
</html>
"""

def split_units(s):
    s = s.replace(NB, "").replace("<br>", "、")
    out = []
    for u in s.split("、"):
        pass
    # split on 、 outside brackets
    parts, buf, depth = [], "", 0
    for ch in s:
        if ch == "（": depth += 1
        if ch == "）": depth -= 1
        if ch == "、" and depth == 0:
            parts.append(buf); buf = ""
        else:
            buf += ch
    parts.append(buf)
    res = []
    for p in parts:
        p = p.strip()
        if p.endswith("等"):
            p = p[:-1]
        if p:
            res.append(p)
    return res

def main():
    html = PAGE.format(title=TITLE, body="\n".join(body))
    with open(os.path.join(HERE, SLUG + ".html"), "w", encoding="utf-8") as f:
        f.write(html)
    gold = []
    cur_leader = cur_lead = None
    for cat, tasks in CATS:
        for (no, text, leader, lead, coop, dl) in tasks:
            if leader: cur_leader = leader[0].replace(NB, "")
            if lead: cur_lead = split_units(lead[0])
            co = split_units(coop)
            gold.append({"id": str(no), "head": text[:12],
                         "responsible_units": cur_lead + co,
                         "lead_units": list(cur_lead), "cooperating_units": co,
                         "leaders": [cur_leader]})
    with open(os.path.join(HERE, SLUG + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(len(gold), "tasks")

if __name__ == "__main__":
    main()
