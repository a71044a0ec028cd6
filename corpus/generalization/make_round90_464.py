#!/usr/bin/env python3
# Writes 464_liyuan_xian_gzbg_zhongdian_renwu_fenjie.html: a county portal's 政府信息公开 page
# (栎原县人民政府办公室 notice + 附件 table) as saved by Chrome ("网页，全部").
import os

NAME = "464_liyuan_xian_gzbg_zhongdian_renwu_fenjie.html"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

TITLE = "栎原县人民政府办公室关于印发2024年《政府工作报告》重点任务分解方案的通知"
FILES = "./" + TITLE + "_files/"

# (section title, [(task text, leaders html, units, deadline)])
SECTIONS = [
    ("一、全力以赴稳增长", [
        ("确保全县地区生产总值增长6.5%左右，规模以上工业增加值增长8%，固定资产投资增长10%，社会消费品零售总额增长7%。",
         "周启航<br/>韩立东", "县发展和改革局、县统计局、县工业和信息化局、县商务局", "2024年12月底"),
        ("全面落实国家和省市稳经济一揽子政策，加强政策宣传解读，推动惠企政策“免申即享”“直达快享”。",
         "韩立东", "县发展和改革局、县财政局、县政务服务和大数据管理局、县税务局", "持续推进"),
        ("组织开展“乐购栎原”系列促消费活动不少于20场，发放消费券500万元，培育夜间经济集聚区2个。",
         "孟晓川", "县商务局、县财政局、县文化旅游体育局、县市场监督管理局", "2024年10月底"),
        ("积极争取中央预算内投资、超长期特别国债和地方政府专项债券，全年争取上级资金30亿元以上。",
         "韩立东", "县发展和改革局、县财政局", "2024年12月底"),
        ("完成一般公共预算收入9.8亿元，税收占比稳定在70%以上。",
         "韩立东", "县财政局、县税务局", "2024年12月底"),
        ("深化政银企对接，全年新增各项贷款25亿元，县域存贷比提高3个百分点。",
         "韩立东", "县地方金融服务中心、人民银行栎原县支行、县内各金融机构", "2024年12月底"),
    ]),
    ("二、坚定不移抓项目", [
        ("实施重点项目120个，年度完成投资150亿元，其中新开工项目60个以上。",
         "韩立东", "县发展和改革局、县重点项目服务中心、各乡镇人民政府", "2024年12月底"),
        ("全年招商引资到位资金120亿元，新引进亿元以上项目30个、10亿元以上项目3个。",
         "孟晓川", "县投资促进中心、县工业和信息化局、县商务局、栎原经济开发区管委会", "2024年12月底"),
        ("加快推进栎原至沅江高速公路县境段、国道318线改线工程建设，完成县乡道提档升级80公里。",
         "石文博", "县交通运输局、县自然资源局、县公路建设养护中心", "2024年12月底"),
        ("开工建设城东水厂二期、双河水库灌区续建配套工程，完成病险水库除险加固5座。",
         "柯永平", "县水利局、县住房和城乡建设局、县发展和改革局", "2024年11月底"),
    ]),
    ("三、聚力推动产业升级", [
        ("实施工业技改项目40个以上，新增规模以上工业企业25家，规上工业总产值突破300亿元。",
         "孟晓川", "县工业和信息化局、栎原经济开发区管委会、县统计局", "2024年12月底"),
        ("加快新材料产业园二期建设，推动年产5万吨高性能碳纤维等项目建成投产。",
         "孟晓川", "栎原经济开发区管委会、县工业和信息化局、县自然资源局", "2024年12月底"),
        ("新增国家高新技术企业15家、科技型中小企业40家，研发经费投入强度达到2.2%。",
         "孟晓川", "县科学技术局、县工业和信息化局、县财政局", "2024年12月底"),
        ("推进全域旅游发展，创建国家4A级旅游景区1个，全年接待游客突破800万人次。",
         "邓雅琴", "县文化旅游体育局、各乡镇人民政府", "2024年12月底"),
        ("加快发展电子商务和现代物流，建成县级电商物流配送中心，快递进村覆盖率达到100%。",
         "孟晓川", "县商务局、县交通运输局、县邮政分公司", "2024年9月底"),
    ]),
    ("四、全面推进乡村振兴", [
        ("稳定粮食播种面积56万亩以上，粮食产量稳定在23万吨以上，新建高标准农田3.5万亩。",
         "柯永平", "县农业农村局、县自然资源局、县财政局、各乡镇人民政府", "2024年12月底"),
        ("坚决守住不发生规模性返贫底线，脱贫人口人均纯收入增长10%以上。",
         "柯永平", "县农业农村局、县人力资源和社会保障局、县民政局、各乡镇人民政府", "持续推进"),
        ("做强茶叶、中药材、生猪三大特色产业，新增省级以上农业产业化龙头企业3家。",
         "柯永平", "县农业农村局、县林业局、县市场监督管理局", "2024年12月底"),
        ("深入开展农村人居环境整治提升行动，农村卫生厕所普及率达到92%，生活垃圾有效处理率稳定在100%。",
         "柯永平、石文博", "县农业农村局、县住房和城乡建设局、县城市管理局、市生态环境局栎原分局、各乡镇人民政府", "2024年12月底"),
        ("深化农村集体产权制度改革，村级集体经济年经营性收入10万元以上的村占比达到60%。",
         "柯永平", "县农业农村局", "2024年12月底"),
    ]),
    ("五、加快城乡融合发展", [
        ("实施城市更新行动，改造老旧小区32个、棚户区860户，新建改造城市道路12公里。",
         "石文博", "县住房和城乡建设局、县自然资源局、县城市管理局、县城市建设投资集团有限公司", "2024年12月底"),
        ("完成县级国土空间总体规划报批，编制中心城区控制性详细规划。",
         "石文博", "县自然资源局", "2024年6月底"),
        ("推进以人为核心的新型城镇化，常住人口城镇化率提高1.2个百分点。",
         "石文博", "县发展和改革局、县公安局、县住房和城乡建设局", "2024年12月底"),
        ("开展城市精细化管理提升行动，巩固国家卫生县城创建成果，争创省级文明城市。",
         "石文博", "县城市管理局、县文明办、县住房和城乡建设局、县市场监督管理局、县卫生健康局", "持续推进"),
    ]),
    ("六、持续改善生态环境", [
        ("深入打好蓝天、碧水、净土保卫战，城区空气质量优良天数比例达到92%以上，国考断面水质达标率100%。",
         "石文博", "市生态环境局栎原分局、县水利局、县住房和城乡建设局、县农业农村局", "2024年12月底"),
        ("全面落实河湖长制、林长制，完成营造林4.2万亩，森林覆盖率稳定在61%以上。",
         "柯永平", "县林业局、县水利局、各乡镇人民政府", "2024年12月底"),
        ("抓好中央和省生态环境保护督察反馈问题整改，按时完成整改销号。",
         "石文博", "市生态环境局栎原分局、各有关单位", "按督察要求"),
    ]),
    ("七、用心用情保障民生", [
        ("城镇新增就业3200人，城镇调查失业率控制在5.5%以内，农村劳动力转移就业2万人以上。",
         "贺春林", "县人力资源和社会保障局、县农业农村局", "2024年12月底"),
        ("新建改扩建中小学、幼儿园6所，新增学位4200个，推进县域义务教育优质均衡发展。",
         "邓雅琴", "县教育局、县发展和改革局、县财政局、县自然资源局", "2024年8月底"),
        ("推进紧密型县域医共体建设，县人民医院创成三级综合医院，完成乡镇卫生院标准化建设10个。",
         "邓雅琴", "县卫生健康局、县医疗保障局、县人民医院", "2024年12月底"),
        ("完善养老服务体系，建成乡镇区域养老服务中心3个、社区嵌入式养老服务站10个。",
         "贺春林", "县民政局、县卫生健康局、各乡镇人民政府", "2024年12月底"),
        ("扎实办好县政府十件民生实事，确保件件有着落、事事有回音。",
         "周启航", "县发展和改革局、县财政局、各有关单位", "2024年12月底"),
        ("深化平安栎原建设，常态化开展扫黑除恶斗争，加强安全生产和自然灾害防治，坚决遏制较大及以上安全事故发生。",
         "郑国安", "县公安局、县应急管理局、县司法局、县信访局", "持续推进"),
    ]),
    ("八、加强政府自身建设", [
        ("持续深化“放管服”改革，推进“高效办成一件事”，政务服务事项网上可办率达到98%以上。",
         "韩立东", "县政务服务和大数据管理局、县直各有关单位", "2024年12月底"),
        ("严格落实政府过紧日子要求，一般性支出压减10%以上，强化审计监督全覆盖。",
         "韩立东", "县财政局、县审计局", "持续推进"),
    ]),
]

TD = ('<td width="{w}" valign="center" {span}style="border:1px solid windowtext;padding:0px 7px;'
      'word-break:break-all;">{inner}</td>')


def p(text, align="center", font="仿宋_GB2312"):
    return ('<p style="text-align:%s;line-height:28px;margin-top:0px;margin-bottom:0px;">'
            '<span style="font-family:%s;font-size:16px;">%s</span></p>' % (align, font, text))


def build_table():
    rows = []
    head = ["序号", "重点任务", "责任县领导", "责任单位", "完成时限"]
    widths = [48, 330, 80, 220, 86]
    rows.append("<tr>" + "".join(
        TD.format(w=w, span="", inner=p(h, font="黑体")) for h, w in zip(head, widths)) + "</tr>")
    n = 0
    for title, tasks in SECTIONS:
        rows.append("<tr>" + TD.format(
            w=764, span='colspan="5" ',
            inner=p(title + "（%d项）" % len(tasks), align="left", font="黑体")) + "</tr>")
        # merge leader cells over consecutive equal leaders within the section
        spans = []
        i = 0
        while i < len(tasks):
            j = i
            while j + 1 < len(tasks) and tasks[j + 1][1] == tasks[i][1]:
                j += 1
            spans.append((i, j - i + 1))
            i = j + 1
        starts = {s: c for s, c in spans}
        for k, (text, leaders, units, due) in enumerate(tasks):
            n += 1
            cells = [TD.format(w=48, span="", inner=p(str(n))),
                     TD.format(w=330, span="", inner=p(text, align="justify"))]
            if k in starts:
                rs = 'rowspan="%d" ' % starts[k] if starts[k] > 1 else ""
                cells.append(TD.format(w=80, span=rs, inner=p(leaders)))
            cells.append(TD.format(w=220, span="", inner=p(units, align="left")))
            cells.append(TD.format(w=86, span="", inner=p(due)))
            rows.append("<tr>" + "".join(cells) + "</tr>")
    return ('<table border="1" cellspacing="0" cellpadding="0" width="764" '
            'style="border-collapse:collapse;border:none;width:100%;"><tbody>\n'
            + "\n".join(rows) + "\n</tbody></table>")


BODY_P = [
    ('各乡镇人民政府，县政府各部门，县直各单位：', 'left', False),
    ('经县政府同意，现将2024年《政府工作报告》重点任务分解方案印发给你们，请认真抓好落实。现就有关事项通知如下：', None, True),
    ('一、提高思想认识。《政府工作报告》是县人民代表大会审议通过的法定文件，确定的目标任务是县政府向全县人民作出的庄严承诺。各乡镇、各部门要切实增强责任感和紧迫感，把落实《政府工作报告》作为全年工作的重中之重，确保各项目标任务全面完成。', None, True),
    ('二、压实工作责任。各项重点任务实行责任县领导、责任单位负责制。责任县领导要加强统筹调度，定期听取工作进展情况汇报，及时协调解决工作推进中的困难和问题。责任单位排在第一位的为牵头单位，其他为配合单位。牵头单位要细化工作措施，明确时间节点，落实具体责任人；配合单位要主动对接、密切配合，形成工作合力。', None, True),
    ('三、强化督查考核。县政府督查室要将《政府工作报告》重点任务落实情况纳入年度督查重点，实行按月调度、按季通报。各牵头单位于每季度最后一个月25日前，将任务推进情况（含电子版）报送县政府督查室，全年工作完成情况于12月10日前报送。督查结果纳入年度目标绩效考核。', None, True),
    ('联系人：县政府督查室　肖明远；联系电话：0738-8213567；邮箱：lyxdcs@163.com。', None, True),
    ('附件：2024年《政府工作报告》重点任务分解表', None, True),
]


def body():
    out = []
    for text, align, indent in BODY_P:
        st = "text-indent:2em;" if indent else ""
        st += "text-align:%s;" % (align or "justify")
        out.append('<p style="%sline-height:2em;"><span style="font-family:仿宋_GB2312;font-size:16px;">%s</span></p>'
                   % (st, text))
    out.append('<p style="text-align:right;line-height:2em;"><span style="font-family:仿宋_GB2312;font-size:16px;">'
               '栎原县人民政府办公室</span></p>')
    out.append('<p style="text-align:right;line-height:2em;"><span style="font-family:仿宋_GB2312;font-size:16px;">'
               '2024年2月26日</span></p>')
    out.append('<p style="text-indent:2em;line-height:2em;"><span style="font-family:仿宋_GB2312;font-size:16px;">'
               '（此件公开发布）</span></p>')
    out.append('<p><br/></p>')
    out.append('<p style="text-align:left;line-height:2em;"><span style="font-family:黑体;font-size:16px;">附件</span></p>')
    out.append('<p style="text-align:center;line-height:2em;"><span style="font-family:方正小标宋简体;font-size:24px;">'
               '2024年《政府工作报告》重点任务分解表</span></p>')
    out.append(build_table())
    out.append('<p><br/></p>')
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<!-- saved from url=(0069)http://www.lyx.gov.cn/zwgk/zfxxgk/fdzdgknr/zfwj/202402/t20240227_1186542.html -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}_栎原县人民政府</title>
<meta name="SiteName" content="栎原县人民政府">
<meta name="SiteDomain" content="www.lyx.gov.cn">
<meta name="SiteIDCode" content="4312290003">
<meta name="ColumnName" content="政府文件">
<meta name="ColumnType" content="政府文件">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2024-02-27 16:32">
<meta name="ContentSource" content="县政府办公室">
<meta name="Keywords" content="政府工作报告,重点任务,分解">
<meta name="Description" content="{title}">
<link rel="stylesheet" href="{files}common.css">
<link rel="stylesheet" href="{files}xxgk_detail.css">
<script src="{files}jquery-1.11.3.min.js"></script>
<script src="{files}common.js"></script>
<script src="{files}share.js"></script>
</head>
<body>
<div class="top-bar">
  <div class="w1200">
    <span class="fl">欢迎访问栎原县人民政府门户网站！</span>
    <span class="fr"><a href="javascript:void(0);" id="jt">简体</a> | <a href="javascript:void(0);" id="ft">繁體</a> | <a href="javascript:void(0);" id="wza">无障碍</a> | <a href="javascript:void(0);" id="zhzh">长者模式</a></span>
  </div>
</div>
<div class="header">
  <div class="w1200">
    <a class="logo" href="http://www.lyx.gov.cn/"><img src="{files}logo.png" alt="栎原县人民政府"></a>
    <div class="search-box"><form action="http://www.lyx.gov.cn/search/" method="get" target="_blank"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div>
  </div>
</div>
<div class="nav">
  <ul class="w1200">
    <li><a href="http://www.lyx.gov.cn/">首页</a></li>
    <li><a href="http://www.lyx.gov.cn/zjly/">走进栎原</a></li>
    <li><a href="http://www.lyx.gov.cn/zwdt/">政务动态</a></li>
    <li class="on"><a href="http://www.lyx.gov.cn/zwgk/">政务公开</a></li>
    <li><a href="http://www.lyx.gov.cn/zwfw/">政务服务</a></li>
    <li><a href="http://www.lyx.gov.cn/hdjl/">互动交流</a></li>
    <li><a href="http://www.lyx.gov.cn/ztzl/">专题专栏</a></li>
  </ul>
</div>
<div class="w1200 main">
  <div class="location">当前位置：<a href="http://www.lyx.gov.cn/">首页</a> &gt; <a href="http://www.lyx.gov.cn/zwgk/">政务公开</a> &gt; <a href="http://www.lyx.gov.cn/zwgk/zfxxgk/">政府信息公开</a> &gt; <a href="http://www.lyx.gov.cn/zwgk/zfxxgk/fdzdgknr/">法定主动公开内容</a> &gt; <a href="http://www.lyx.gov.cn/zwgk/zfxxgk/fdzdgknr/zfwj/">政府文件</a></div>
  <div class="xxgk-info">
    <table class="xxgk-table" cellspacing="0" cellpadding="0">
      <tbody>
        <tr><th>索&nbsp;引&nbsp;号：</th><td>431229000/2024-00317</td><th>信息分类：</th><td>政府文件</td></tr>
        <tr><th>发布机构：</th><td>栎原县人民政府办公室</td><th>生成日期：</th><td>2024-02-26</td></tr>
        <tr><th>名&nbsp;&nbsp;&nbsp;&nbsp;称：</th><td colspan="3">{title}</td></tr>
        <tr><th>文&nbsp;&nbsp;&nbsp;&nbsp;号：</th><td>栎政办发〔2024〕6号</td><th>主&nbsp;题&nbsp;词：</th><td>政府工作报告</td></tr>
        <tr><th>发布日期：</th><td>2024-02-27</td><th>有&nbsp;效&nbsp;性：</th><td>有效</td></tr>
      </tbody>
    </table>
  </div>
  <div class="article">
    <h1 class="article-title">{title}</h1>
    <div class="article-subtitle">栎政办发〔2024〕6号</div>
    <div class="article-meta"><span>发布时间：2024-02-27 16:32</span><span>来源：县政府办公室</span><span>浏览次数：<em id="hits">1426</em></span><span class="fontsize">字号：<a href="javascript:void(0);" onclick="doZoom(18)">大</a> <a href="javascript:void(0);" onclick="doZoom(16)">中</a> <a href="javascript:void(0);" onclick="doZoom(14)">小</a></span></div>
    <div class="article-content" id="zoom">
<div class="trs_editor_view TRS_UEDITOR trs_paper_default trs_web">
{body}
</div>
    </div>
    <div class="article-fj">
      <p>附件下载：</p>
      <ul><li><a href="http://www.lyx.gov.cn/zwgk/zfxxgk/fdzdgknr/zfwj/202402/P020240227563810425173.docx">2024年《政府工作报告》重点任务分解表.docx</a></li></ul>
    </div>
    <div class="article-tools">
      <a href="javascript:window.print();">【打印本页】</a>
      <a href="javascript:window.close();">【关闭窗口】</a>
      <div class="share">分享到：<a class="wx" href="javascript:void(0);"></a><a class="wb" href="javascript:void(0);"></a><a class="qq" href="javascript:void(0);"></a></div>
    </div>
    <div class="article-related">
      <h3>相关阅读</h3>
      <ul>
        <li><a href="http://www.lyx.gov.cn/zwgk/zfxxgk/fdzdgknr/ghxx/202401/t20240122_1182035.html">2024年栎原县人民政府工作报告</a><span>2024-01-22</span></li>
        <li><a href="http://www.lyx.gov.cn/zwgk/zcjd/202402/t20240228_1186720.html">图解：2024年《政府工作报告》重点任务分解方案</a><span>2024-02-28</span></li>
        <li><a href="http://www.lyx.gov.cn/zwgk/zfxxgk/fdzdgknr/zfwj/202303/t20230310_1101237.html">栎原县人民政府办公室关于印发2023年《政府工作报告》重点任务分解方案的通知</a><span>2023-03-10</span></li>
      </ul>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w1200">
    <div class="footer-links"><a href="http://www.lyx.gov.cn/wzdt/">网站地图</a> | <a href="http://www.lyx.gov.cn/lxwm/">联系我们</a> | <a href="http://www.lyx.gov.cn/wzsm/">网站声明</a></div>
    <p>主办：栎原县人民政府办公室　承办：栎原县政务服务和大数据管理局</p>
    <p>网站标识码：4312290003　<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备05008712号-1</a>　<img src="{files}ga.png" alt="">湘公网安备 43122902000115号</p>
    <p>地址：栎原县城关镇人民路86号　邮编：418200　联系电话：0738-8213001</p>
    <div class="jiucuo"><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4312290003&amp;url=http%3A%2F%2Fwww.lyx.gov.cn%2F" target="_blank"><img src="{files}jiucuo.png" alt="政府网站找错"></a></div>
  </div>
</div>
<script>
  function doZoom(size){{ var z=document.getElementById('zoom'); if(!z) return; z.style.fontSize=size+'px'; }}
  $(function(){{ $.get('/cms/hits?id=1186542', function(d){{ $('#hits').text(d); }}); }});
</script>

</body></html>"""


def main():
    html = PAGE.format(title=TITLE, files=FILES, body=body())
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(html)
    print(OUT, sum(len(t) for _, t in SECTIONS), "tasks")


if __name__ == "__main__":
    main()
