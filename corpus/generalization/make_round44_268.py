# Generates 268_qingcen_zhengce_grid_renwu.html and its gold (paths relative to this script).
# Imitates a 政策文件 detail page of a newer county portal: the attachment's task list is a CSS grid of
# <div>s (no <table>), units are <span class="tag"> elements with no separator text between them.
import json, os, html

HERE = os.path.dirname(os.path.abspath(__file__))
SLUG = "268_qingcen_zhengce_grid_renwu"
XZ = "各乡镇人民政府"
GQ = "青岑高新区管委会"
DJP, YZY, LHY, ZWB, SL, OYJH = "邓继平", "杨振宇", "罗海燕", "朱文斌", "石磊", "欧阳建华"

# (group title, [(task text, leads, coops, leader_cell_html, leader_names)])
GROUPS = [
 ("一、聚焦产业强县，推动经济量质齐升（8项）", [
  ("全县地区生产总值增长6%以上，规模以上工业增加值增长8%，一般公共预算收入增长5%。",
   ["县发改局"], ["县统计局", "县财政局", "县税务局"], DJP + "<br>" + YZY, [DJP, YZY]),
  ("全年安排重点建设项目110个，完成年度投资130亿元以上，争取中央预算内资金和专项债券资金15亿元。",
   ["县发改局"], ["县财政局", "县自然资源局", GQ], YZY, [YZY]),
  ("推进青岑高新区“五好”园区创建，新增标准厂房15万平方米，园区技工贸收入突破300亿元。",
   [GQ], ["县工信局", "县商务局"], ZWB, [ZWB]),
  ("培育壮大先进装备制造、绿色食品两大主导产业，新增规模以上工业企业20家、专精特新中小企业6家。",
   ["县工信局"], [GQ, "县科技局", "县统计局"], ZWB, [ZWB]),
  ("深入开展“三招三引”，全年引进“三类500强”企业项目2个以上，实际到位内资75亿元。",
   ["县商务局"], [GQ, XZ], DJP, [DJP]),
  ("新增经营主体4000户以上，民营经济增加值占地区生产总值比重提高到62%。",
   ["县市场监管局"], ["县发改局", "县工信局"], ZWB, [ZWB]),
  ("实施提振消费专项行动，社会消费品零售总额增长6%，建成县城一刻钟便民生活圈3个。",
   ["县商务局"], [], ZWB, [ZWB]),
  ("深化“高效办成一件事”改革，企业开办时间压缩至1个工作日以内，惠企政策“免申即享”事项达到30项。",
   ["县行政审批服务局"], ["县市场监管局", "县税务局", "县公安局"], LHY, [LHY]),
 ]),
 ("二、聚焦乡村振兴，建设宜居宜业和美乡村（7项）", [
  ("粮食播种面积稳定在38.6万亩、产量稳定在15万吨以上，新建高标准农田2.5万亩。",
   ["县农业农村局"], ["县财政局", "县自然资源局", "县水利局", XZ], SL, [SL]),
  ("做优青岑黑猪、柑橘两大特色产业，生猪出栏稳定在60万头，柑橘种植面积达到8万亩。",
   ["县农业农村局"], ["县林业局", "县市场监管局"], SL, [SL]),
  ("守牢不发生规模性返贫致贫底线，脱贫人口人均纯收入增长10%以上。",
   ["县农业农村局"], ["县人社局", "县民政局", "县医保局", "县教育局"], SL, [SL]),
  ("实施农村人居环境整治提升行动，农村卫生厕所普及率达到90%，生活垃圾收运处置体系行政村全覆盖。",
   ["县农业农村局", "县城管局"], ["县卫健局", XZ], SL, [SL]),
  ("新建改建农村公路90公里，完成较大人口规模自然村（组）通硬化路50公里。",
   ["县交通运输局"], ["县财政局", XZ], LHY, [LHY]),
  ("完成农村供水保障提升工程12处，农村自来水普及率达到91%。",
   ["县水利局"], ["县卫健局", "县城发集团"], SL, [SL]),
  ("深化农村集体产权制度改革，集体经济经营性收入10万元以上的村占比达到70%。",
   ["县农业农村局"], ["县委组织部", "县财政局"], SL, [SL]),
 ]),
 ("三、聚焦民生福祉，不断增强群众获得感（7项）", [
  ("城镇新增就业3800人，农村劳动力转移就业1.2万人次，城镇调查失业率控制在5.5%以内。",
   ["县人社局"], ["县农业农村局", XZ], LHY, [LHY]),
  ("建成青岑县第二中学新校区并投入使用，新增公办幼儿园学位900个。",
   ["县教育局"], ["县发改局", "县住建局", "县城发集团"], LHY, [LHY]),
  ("推进县人民医院胸痛、卒中中心建设，乡镇卫生院（社区卫生服务中心）达到“优质服务基层行”推荐标准实现全覆盖。",
   ["县卫健局"], ["县医保局", "县人民医院", "县中医医院（县康复医院）"], LHY, [LHY]),
  ("城乡居民基本养老保险参保率达到95%，新建社区嵌入式养老服务设施4处。",
   ["县民政局"], ["县人社局", "县财政局", "县住建局"], LHY, [LHY]),
  ("完成城镇老旧小区改造18个、城中村改造1100户。",
   ["县住建局"], ["县自然资源局", "县城发集团", "国网青岑县供电公司"], YZY, [YZY]),
  ("开展安全生产治本攻坚，道路交通、燃气、自建房等重点领域隐患动态清零。",
   ["县应急局"], ["县公安局", "县交通运输局", "县住建局", "县市场监管局"], YZY + "、" + OYJH, [YZY, OYJH]),
  ("深化平安青岑建设，常态化推进扫黑除恶斗争，命案现案破案率保持100%。",
   ["县公安局"], ["县司法局", "县信访局", XZ], OYJH, [OYJH]),
 ]),
]


def tags(units):
    return "".join('<span class="tag">%s</span>' % html.escape(u) for u in units)


grid = []
grid.append('''<div class="task-grid" role="table" aria-label="重点任务分解">
              <div class="grid-row grid-head" role="row"><div class="grid-cell">序号</div><div class="grid-cell">重点任务</div><div class="grid-cell">牵头单位</div><div class="grid-cell">配合单位</div><div class="grid-cell">责任领导</div></div>''')
gold = []
for gi, (gt, tasks) in enumerate(GROUPS, 1):
    grid.append('              <div class="grid-row grid-group" role="row"><div class="grid-cell" style="grid-column: 1 / -1;">%s</div></div>' % gt)
    for ti, (text, leads, coops, lcell, lnames) in enumerate(tasks, 1):
        grid.append(
            '              <div class="grid-row" role="row">'
            '<div class="grid-cell num" data-label="序号">%d</div>'
            '<div class="grid-cell task" data-label="重点任务">%s</div>'
            '<div class="grid-cell" data-label="牵头单位">%s</div>'
            '<div class="grid-cell" data-label="配合单位">%s</div>'
            '<div class="grid-cell leader" data-label="责任领导">%s</div></div>'
            % (ti, html.escape(text), tags(leads), tags(coops), lcell))
        gold.append({"id": "%d.%d" % (gi, ti), "head": text[:12], "responsible_units": leads + coops,
                     "lead_units": leads, "cooperating_units": coops, "leaders": lnames})
grid.append('            </div>')
GRID = "\n".join(grid)

PAGE = '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="青岑县人民政府">
<meta name="SiteDomain" content="www.qingcen.gov.cn">
<meta name="SiteIDCode" content="4312290001">
<meta name="ColumnName" content="县政府办文件">
<meta name="ColumnType" content="政策文件">
<meta name="ArticleTitle" content="青岑县人民政府办公室关于印发《青岑县2025年政府工作报告重点任务分解方案》的通知">
<meta name="PubDate" content="2025-03-14 16:22">
<meta name="ContentSource" content="青岑县人民政府办公室">
<meta name="Keywords" content="政府工作报告,重点任务,分解">
<title>青岑县人民政府办公室关于印发《青岑县2025年政府工作报告重点任务分解方案》的通知_县政府办文件_青岑县人民政府</title>
<link rel="stylesheet" href="/static/css/common.min.css?v=20250106">
<style>
  .task-grid{display:grid;border-top:1px solid #d9d9d9;border-left:1px solid #d9d9d9;font-size:15px;margin:16px 0 24px}
  .grid-row{display:grid;grid-template-columns:56px minmax(260px,1fr) 150px 190px 110px}
  .grid-cell{padding:8px 10px;border-right:1px solid #d9d9d9;border-bottom:1px solid #d9d9d9;line-height:1.7}
  .grid-head .grid-cell{background:#f2f6fb;font-weight:bold;text-align:center}
  .grid-group .grid-cell{background:#fafafa;font-weight:bold}
  .grid-cell.num,.grid-cell.leader{text-align:center}
  .tag{display:inline-block;margin:2px 4px 2px 0;padding:0 6px;border:1px solid #c6d6ea;border-radius:3px;background:#f5f9ff;color:#1f4e8c;font-size:13px}
  @media (max-width:768px){.grid-row{grid-template-columns:1fr}.grid-head{display:none}.grid-cell[data-label]::before{content:attr(data-label) "：";color:#888}}
</style>
</head>
<body>
<div class="top-bar">
  <div class="w1200">
    <span class="welcome">欢迎访问青岑县人民政府网站！今天是<span id="today"></span></span>
    <ul class="top-links">
      <li><a href="/wza/" class="wza">无障碍</a></li>
      <li><a href="javascript:void(0)" id="zhfy">繁體</a></li>
      <li><a href="/ydzw/">移动版</a></li>
      <li><a href="/jgsy/login.html">登录</a></li>
    </ul>
  </div>
</div>
<header class="header">
  <div class="w1200">
    <a class="logo" href="/"><img src="/static/images/logo.png" alt="青岑县人民政府"></a>
    <div class="search-box">
      <form action="/search/" method="get" target="_blank">
        <input type="text" name="q" placeholder="请输入关键词">
        <button type="submit">搜索</button>
      </form>
      <p class="hot-words">热词：<a href="#">政府工作报告</a><a href="#">营商环境</a><a href="#">乡村振兴</a></p>
    </div>
  </div>
</header>
<nav class="main-nav">
  <ul class="w1200">
    <li><a href="/">首页</a></li>
    <li><a href="/zjqc/">走进青岑</a></li>
    <li class="on"><a href="/zwgk/">政务公开</a></li>
    <li><a href="/zwfw/">政务服务</a></li>
    <li><a href="/hdjl/">互动交流</a></li>
    <li><a href="/ztzl/">专题专栏</a></li>
  </ul>
</nav>
<div class="w1200 main">
  <div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a> &gt; <a href="/zwgk/zcwj/xzfbwj/">县政府办文件</a></div>
  <div class="article-box">
    <div class="xxgk-meta">
      <div class="meta-item"><span class="meta-label">索引号：</span><span class="meta-value">11431229MB1784352K/2025-00037</span></div>
      <div class="meta-item"><span class="meta-label">主题分类：</span><span class="meta-value">综合政务\\其他</span></div>
      <div class="meta-item"><span class="meta-label">发文机关：</span><span class="meta-value">青岑县人民政府办公室</span></div>
      <div class="meta-item"><span class="meta-label">成文日期：</span><span class="meta-value">2025-03-11</span></div>
      <div class="meta-item"><span class="meta-label">标　　题：</span><span class="meta-value">青岑县人民政府办公室关于印发《青岑县2025年政府工作报告重点任务分解方案》的通知</span></div>
      <div class="meta-item"><span class="meta-label">发文字号：</span><span class="meta-value">岑政办发〔2025〕7号</span></div>
      <div class="meta-item"><span class="meta-label">发布日期：</span><span class="meta-value">2025-03-14</span></div>
      <div class="meta-item"><span class="meta-label">有效性：</span><span class="meta-value">有效</span></div>
    </div>
    <h1 class="article-title">青岑县人民政府办公室关于印发《青岑县2025年政府工作报告重点任务分解方案》的通知</h1>
    <div class="article-info">
      <span>发布时间：2025-03-14 16:22</span><span>来源：县政府办公室</span><span>浏览次数：<em id="hits">1536</em></span>
      <span class="font-size">字体：【<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a>】</span>
    </div>
    <div class="article-content" id="zoom">
      <p style="text-align:center;">岑政办发〔2025〕7号</p>
      <p>各乡镇人民政府，县政府各部门，青岑高新区管委会，县直及驻县各单位：</p>
      <p style="text-indent:2em;">《青岑县2025年政府工作报告重点任务分解方案》已经县人民政府同意，现印发给你们，请认真贯彻落实。</p>
      <p style="text-indent:2em;">一、压实工作责任。各责任领导要加强对分管领域重点任务的统筹调度，牵头单位主要负责同志为第一责任人，要逐项细化工作措施，配合单位要按照职责分工主动跟进、密切配合，确保各项任务按时保质完成。</p>
      <p style="text-indent:2em;">二、加强跟踪督办。县政府督查室要将分解方案确定的重点任务纳入“互联网+督查”平台，实行月调度、季通报、年考评，对工作推进不力、进度滞后的单位按规定进行约谈问责。</p>
      <p style="text-indent:2em;">三、按时报送进展。请各牵头单位于每月25日前将当月工作进展情况、存在问题及下步打算报县政府督查室（联系电话：0746-7721365，邮箱：qczfdcs@163.com）。</p>
      <p style="text-indent:2em;">附件：青岑县2025年政府工作报告重点任务分解方案</p>
      <p style="text-align:right;">青岑县人民政府办公室</p>
      <p style="text-align:right;">2025年3月11日</p>
      <p style="text-indent:2em;">（此件主动公开）</p>
      <p><strong>附件</strong></p>
      <p style="text-align:center;"><strong>青岑县2025年政府工作报告重点任务分解方案</strong></p>
            ''' + GRID + '''
      <p>抄送：县委办，县人大常委会办，县政协办，县纪委监委，县法院，县检察院。</p>
      <p>青岑县人民政府办公室　　　　　　　　　2025年3月11日印发</p>
    </div>
    <div class="article-tools">
      <a href="javascript:window.print()">【打印本页】</a>
      <a href="javascript:window.close()">【关闭窗口】</a>
      <div class="share">分享到：<a class="wx" href="javascript:void(0)">微信</a><a class="wb" href="javascript:void(0)">微博</a></div>
      <div class="qrcode"><img src="/static/images/qr_placeholder.png" alt="扫一扫在手机打开当前页"><p>扫一扫在手机打开当前页</p></div>
    </div>
    <div class="prev-next">
      <p>上一篇：<a href="/zwgk/zcwj/xzfbwj/202503/t20250307_2271964.html">青岑县人民政府办公室关于做好2025年春季森林防灭火工作的通知</a></p>
      <p>下一篇：<a href="/zwgk/zcwj/xzfbwj/202503/t20250318_2274410.html">青岑县人民政府办公室关于印发《青岑县城区停车管理办法》的通知</a></p>
    </div>
    <div class="related">
      <h3>相关链接</h3>
      <ul>
        <li><a href="/zwgk/zfgzbg/202502/t20250221_2266015.html">2025年青岑县人民政府工作报告</a><span>2025-02-21</span></li>
        <li><a href="/zwgk/zcjd/202503/t20250314_2273390.html">图解：《青岑县2025年政府工作报告重点任务分解方案》</a><span>2025-03-14</span></li>
        <li><a href="/zwgk/zcwj/xzfbwj/202403/t20240319_2187542.html">青岑县人民政府办公室关于印发《青岑县2024年政府工作报告重点任务分解方案》的通知</a><span>2024-03-19</span></li>
      </ul>
    </div>
  </div>
</div>
<footer class="footer">
  <div class="w1200">
    <ul class="footer-links"><li><a href="/wzdt/">网站地图</a></li><li><a href="/lxwm/">联系我们</a></li><li><a href="/sybz/">使用帮助</a></li></ul>
    <p>主办：青岑县人民政府办公室　承办：青岑县政务服务和大数据中心　联系电话：0746-7721001</p>
    <p>网站标识码：4312290001　<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备05009876号</a>　<img src="/static/images/gongan.png" alt="">湘公网安备 43122902000123号</p>
    <div class="footer-icons"><a href="#"><img src="/static/images/dzjg.png" alt="党政机关"></a><a href="#"><img src="/static/images/jiucuo.png" alt="政府网站找错"></a></div>
  </div>
</footer>
<script src="/static/js/jquery-3.6.0.min.js"></script>
<script>
  document.getElementById("today").innerText = new Date().toLocaleDateString("zh-CN");
  function setFont(s){ document.getElementById("zoom").style.fontSize = s + "px"; }
</script>
</body>
</html>
'''

with open(os.path.join(HERE, SLUG + ".html"), "w", encoding="utf-8") as f:
    f.write(PAGE)
with open(os.path.join(HERE, SLUG + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
    for g in gold:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print("wrote", SLUG, len(gold), "tasks")
