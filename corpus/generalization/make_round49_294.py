#!/usr/bin/env python3
"""Round 49 / 294: a page of the 澜江省 government app "澜政通" (H5, saved by a mobile browser) showing
青岚县人民政府办公室's 2024 政府工作报告 task-division notice; tasks are definition-list cards.
Writes the .html and its gold next to this script."""
import json, os, html

HERE = os.path.dirname(os.path.abspath(__file__))
SLUG = "294_qinglan_lanzhengtong_h5_renwu"

# units: list -> <ul><li>, str -> printed as is ; gold typed by hand
# fields: n, title, lead, coop, leader, deadline, style flags
# style: 'colon' -> <dt> end with ：; 'order' -> alternative dt order; 'nocoop' -> no 配合单位 dt; status badge
CARDS = [
 dict(group="一、聚焦稳中求进，推动经济量质齐升"),
 dict(n=1, title="全县地区生产总值增长6.5%左右，规模以上工业增加值增长8%以上",
      lead="县发展和改革局", coop=["县统计局","县财政局","各乡（镇）人民政府"], leader="周明远、陈启航", dl="2024年12月底",
      g=(["县发展和改革局"],["县统计局","县财政局","各乡（镇）人民政府"],["周明远","陈启航"])),
 dict(n=2, title="谋划储备重大项目不少于80个，争取地方政府专项债券资金5亿元以上",
      lead="县发展和改革局、县财政局", coop="县自然资源局、县住房和城乡建设局、县重点项目服务中心", leader="陈启航", dl="2024年6月底前", colon=True,
      g=(["县发展和改革局","县财政局"],["县自然资源局","县住房和城乡建设局","县重点项目服务中心"],["陈启航"])),
 dict(n=3, title="推进县域商业体系建设，新建改造乡镇商贸中心3个、村级便民商店20个",
      lead="县商务局", coop=["县财政局","县统计局"], leader="李卫东", dl="2024年11月底", status="序时推进",
      g=(["县商务局"],["县财政局","县统计局"],["李卫东"])),
 dict(n=4, title="推动青岚工业园区扩区调位，园区规模以上工业产值突破120亿元",
      lead="县工业园区管委会", coop=["县工业和信息化局","县自然资源局","市生态环境局青岚分局"], leader="陈启航", dl="2024年12月底",
      g=(["县工业园区管委会"],["县工业和信息化局","县自然资源局","市生态环境局青岚分局"],["陈启航"])),
 dict(n=5, title="实施“个转企、小升规”培育工程，新增规模以上工业企业15家",
      lead="县工业和信息化局", coop="县市场监督管理局、县统计局、县税务局", leader="陈启航", dl="2024年12月底", colon=True, order=True,
      g=(["县工业和信息化局"],["县市场监督管理局","县统计局","县税务局"],["陈启航"])),
 dict(group="二、坚持改革创新，持续优化营商环境"),
 dict(n=6, title="深化“放管服”改革，政务服务事项“一网通办”率达到95%以上",
      lead="县行政审批服务局", coop=["县政务服务中心","县数据资源局","县直各有关单位"], leader="王彬", dl="2024年9月底前",
      g=(["县行政审批服务局"],["县政务服务中心","县数据资源局","县直各有关单位"],["王彬"])),
 dict(n=7, title="开展拖欠中小企业账款专项清理，确保无分歧欠款动态清零",
      lead="县工业和信息化局、县财政局", coop=["县审计局","县国有资产事务中心"], leader="陈启航", dl="2024年6月底前", status="已完成",
      g=(["县工业和信息化局","县财政局"],["县审计局","县国有资产事务中心"],["陈启航"])),
 dict(n=8, title="推进县属国有企业整合重组，组建青岚县城乡发展投资集团有限公司",
      lead="县国有资产事务中心", coop=None, leader="陈启航", dl="2024年8月底前", nocoop=True,
      g=(["县国有资产事务中心"],[],["陈启航"])),
 dict(n=9, title="全年新增市场主体3000户以上，其中新增企业不少于600户",
      lead="县市场监督管理局", coop="无", leader="王彬", dl="2024年12月底",
      g=(["县市场监督管理局"],[],["王彬"])),
 dict(group="三、统筹城乡发展，全面推进乡村振兴"),
 dict(n=10, title="稳定粮食播种面积32.5万亩以上，粮食总产量稳定在12万吨左右",
      lead="县农业农村局", coop=["县自然资源局","县水利局","各乡（镇）人民政府"], leader="杨晓岚", dl="2024年10月底", colon=True,
      g=(["县农业农村局"],["县自然资源局","县水利局","各乡（镇）人民政府"],["杨晓岚"])),
 dict(n=11, title="新建高标准农田2.8万亩，完成农田水利“最后一公里”项目40处",
      lead="县农业农村局", coop="县水利局、县财政局、县自然资源局，各乡（镇）人民政府", leader="杨晓岚", dl="2024年12月底",
      g=(["县农业农村局"],["县水利局","县财政局","县自然资源局","各乡（镇）人民政府"],["杨晓岚"])),
 dict(n=12, title="巩固拓展脱贫攻坚成果，脱贫人口人均纯收入增长10%以上",
      lead="县乡村振兴局", coop=["县人力资源和社会保障局","县民政局","县医疗保障局"], leader="杨晓岚", dl="2024年12月底", order=True,
      g=(["县乡村振兴局"],["县人力资源和社会保障局","县民政局","县医疗保障局"],["杨晓岚"])),
 dict(n=13, title="实施城市更新行动，改造老旧小区12个、背街小巷18条",
      lead="县住房和城乡建设局", coop=["县城市管理局","县财政局","县城投公司","龙潭街道办事处"], leader="马骁 副县长", dl="2024年11月底前", status="序时推进",
      g=(["县住房和城乡建设局"],["县城市管理局","县财政局","县城投公司","龙潭街道办事处"],["马骁"])),
 dict(n=14, title="持续打好蓝天碧水净土保卫战，县城空气质量优良天数比例达到93%",
      lead="市生态环境局青岚分局", coop="县住房和城乡建设局、县交通运输局、县农业农村局、县公安局", leader="马骁", dl="长期坚持", colon=True,
      g=(["市生态环境局青岚分局"],["县住房和城乡建设局","县交通运输局","县农业农村局","县公安局"],["马骁"])),
 dict(group="四、增进民生福祉，办好群众可感可及实事"),
 dict(n=15, title="新建县第三幼儿园、城北小学，新增公办学位2160个",
      lead="县教育局", coop=["县财政局","县自然资源局","县住房和城乡建设局"], leader="王彬", dl="2024年8月底前",
      g=(["县教育局"],["县财政局","县自然资源局","县住房和城乡建设局"],["王彬"])),
 dict(n=16, title="城镇新增就业2800人，城镇调查失业率控制在5.5%以内",
      lead="县人力资源和社会保障局", coop=["县就业服务中心","各乡（镇）人民政府"], leader="王彬", dl="2024年12月底", colon=True, order=True,
      g=(["县人力资源和社会保障局"],["县就业服务中心","各乡（镇）人民政府"],["王彬"])),
 dict(n=17, title="推进紧密型县域医共体建设，县人民医院创成三级医院",
      lead="县卫生健康局", coop="县医疗保障局、县人民医院", leader="李卫东（副县长）", dl="2024年12月底",
      g=(["县卫生健康局"],["县医疗保障局","县人民医院"],["李卫东"])),
 dict(n=18, title="新建村级养老服务站10个，提升改造乡镇敬老院3所",
      lead="县民政局", coop=["县财政局","县卫生健康局","各乡（镇）人民政府"], leader="李卫东", dl="2024年10月底前", status="滞后",
      g=(["县民政局"],["县财政局","县卫生健康局","各乡（镇）人民政府"],["李卫东"])),
 dict(n=19, title="常态化开展扫黑除恶斗争，深化平安青岚、法治青岚建设",
      lead="县公安局", coop=["县司法局","县信访局","县法院","县检察院"], leader="赵振国", dl="长期坚持",
      g=(["县公安局"],["县司法局","县信访局","县法院","县检察院"],["赵振国"])),
 dict(n=20, title="压紧压实安全生产责任，坚决遏制较大及以上生产安全事故发生",
      lead="县应急管理局", coop="县直有关部门、各乡（镇）人民政府", leader="周明远、马骁", dl="长期坚持", colon=True,
      g=(["县应急管理局"],["县直有关部门","各乡（镇）人民政府"],["周明远","马骁"])),
]

def units_dd(u):
    if isinstance(u, list):
        return "<dd><ul>" + "".join("<li>%s</li>" % x for x in u) + "</ul></dd>"
    return "<dd>%s</dd>" % u

def card(c):
    col = "：" if c.get("colon") else ""
    parts = {
        "lead": '<dt>牵头单位%s</dt>%s' % (col, units_dd(c["lead"])),
        "coop": '' if c.get("nocoop") else '<dt>配合单位%s</dt>%s' % (col, units_dd(c["coop"])),
        "leader": '<dt>责任领导%s</dt><dd>%s</dd>' % (col, c["leader"]),
        "dl": '<dt>完成时限%s</dt><dd>%s</dd>' % (col, c["dl"]),
    }
    order = ["leader", "lead", "coop", "dl"] if c.get("order") else ["lead", "coop", "leader", "dl"]
    dl = "\n        ".join(parts[k] for k in order if parts[k])
    st = c.get("status")
    badge = ('\n      <div class="task-status status-%s"><i class="icon-dot"></i>%s</div>' % (
        {"已完成": "done", "序时推进": "going", "滞后": "late"}[st], st)) if st else ""
    return ('    <div class="task-card" data-task-id="%d">\n      <h4><em>%d</em>%s</h4>\n      <dl>\n        %s\n      </dl>%s\n    </div>'
            % (c["n"], c["n"], c["title"], dl, badge))

PAGE_HEAD = """<!DOCTYPE html>
<!-- saved from url=(0089)https://m.lanjiang.gov.cn/lzt/h5/zcwj/detail.html?docId=QL2024-0305-0017&from=app&v=5.2.1 -->
<html lang="zh-CN" data-dpr="3" style="font-size: 41.4px;"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no,viewport-fit=cover">
<meta name="format-detection" content="telephone=no">
<meta name="apple-mobile-web-app-capable" content="yes">
<title>青岚县人民政府办公室关于印发2024年县政府工作报告重点工作任务分解的通知 - 澜政通</title>
<link rel="stylesheet" href="./青岚县人民政府办公室关于印发2024年县政府工作报告重点工作任务分解的通知 - 澜政通_files/vant.min.css">
<link rel="stylesheet" href="./青岚县人民政府办公室关于印发2024年县政府工作报告重点工作任务分解的通知 - 澜政通_files/detail.8f3a2c.css">
<style>
  body{margin:0;background:#f5f6f8;font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#222}
  .lzt-topbar{position:fixed;top:0;left:0;right:0;height:44px;background:#c8161d;color:#fff;display:flex;align-items:center;z-index:99}
  .lzt-topbar .back,.lzt-topbar .share{width:60px;text-align:center;font-size:14px;color:#fff;text-decoration:none}
  .lzt-topbar h1{flex:1;text-align:center;font-size:17px;margin:0;font-weight:500}
  .doc-wrap{padding:56px 14px 70px}
  .doc-meta{font-size:12px;color:#999;margin:6px 0 12px}
  .doc-body p{text-indent:2em;line-height:1.8;font-size:16px;margin:0 0 8px}
  .doc-body .sign{text-align:right;text-indent:0}
  .group-title{margin:18px 0 8px;font-size:16px;font-weight:600;color:#c8161d}
  .task-card{background:#fff;border-radius:8px;padding:12px 14px;margin-bottom:10px;box-shadow:0 1px 3px rgba(0,0,0,.06)}
  .task-card h4{margin:0 0 8px;font-size:15px;line-height:1.6}
  .task-card h4 em{font-style:normal;display:inline-block;min-width:20px;height:20px;line-height:20px;border-radius:10px;background:#c8161d;color:#fff;font-size:12px;text-align:center;margin-right:6px}
  .task-card dl{margin:0;display:grid;grid-template-columns:72px 1fr;row-gap:4px;font-size:13px}
  .task-card dt{color:#888}.task-card dd{margin:0}
  .task-card dd ul{margin:0;padding:0;list-style:none}.task-card dd li{display:inline}
  .task-card dd li+li:before{content:"、"}
  .task-status{font-size:12px;margin-top:6px}.status-done{color:#1aad19}.status-going{color:#1989fa}.status-late{color:#ee0a24}
  .lzt-tabbar{position:fixed;bottom:0;left:0;right:0;height:50px;background:#fff;border-top:1px solid #eee;display:flex}
  .lzt-tabbar a{flex:1;text-align:center;font-size:11px;color:#666;text-decoration:none;padding-top:6px}
  .lzt-tabbar a.on{color:#c8161d}
</style>
<script>
  var _hmt = _hmt || [];
  (function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?3f9c1b0e7d2a4c6e8b5a0d1f2e3c4b5a";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();
</script>
</head>
<body class="lzt-app ios">
<div id="app">
  <header class="lzt-topbar">
    <a class="back" href="javascript:history.back();"><i class="van-icon van-icon-arrow-left"></i>返回</a>
    <h1>政策文件</h1>
    <a class="share" href="javascript:;" onclick="LZT.share()">分享</a>
  </header>
  <div class="doc-wrap">
    <div class="doc-source">来源：青岚县人民政府　　发布时间：2024-03-05 16:42　　<span class="read-count">阅读 1,286</span></div>
    <div class="doc-title"><h2>青岚县人民政府办公室关于印发2024年县政府工作报告重点工作任务分解的通知</h2></div>
    <div class="doc-meta"><span class="wh">青政办发〔2024〕5号</span></div>
    <div class="doc-body">
      <p style="text-indent:0">各乡（镇）人民政府、龙潭街道办事处，县政府各工作部门，县直各单位：</p>
      <p>《2024年青岚县人民政府工作报告》已经县十八届人大四次会议审议通过。为确保报告确定的各项目标任务落到实处，经县人民政府同意，现将报告重点工作任务分解如下，请认真抓好落实。</p>
      <p>一、各责任领导要切实履行分管职责，加强统筹调度。牵头单位对所承担任务负总责，要制定具体工作方案，细化时间节点；配合单位要按照职责分工主动支持配合，形成工作合力。</p>
      <p>二、各牵头单位于每月25日前通过“澜政通”督查督办模块报送任务进展情况，县政府督查室将定期通报，对进度滞后的任务实行预警提醒。</p>
      <p>三、重点工作任务落实情况纳入年度绩效考核，考核结果作为评先评优的重要依据。</p>
      <p class="sign">青岚县人民政府办公室</p>
      <p class="sign">2024年3月4日</p>
      <p style="text-indent:0">（此件公开发布）</p>
    </div>
    <div class="task-list">
      <div class="task-list-hd">2024年县政府工作报告重点工作任务分解<span class="total">共20项</span></div>
"""

PAGE_TAIL = """
    </div>
    <div class="doc-foot">
      <p>抄送：县委办公室，县人大常委会办公室，县政协办公室。</p>
      <p>青岚县人民政府办公室　　2024年3月4日印发</p>
    </div>
    <div class="doc-actions"><a href="javascript:;" class="btn-fav">收藏</a><a href="javascript:;" class="btn-font">字号</a><a href="javascript:;" class="btn-err">纠错</a></div>
  </div>
  <nav class="lzt-tabbar">
    <a href="https://m.lanjiang.gov.cn/lzt/h5/index.html">首页</a>
    <a href="https://m.lanjiang.gov.cn/lzt/h5/bs/index.html">办事</a>
    <a class="on" href="https://m.lanjiang.gov.cn/lzt/h5/zcwj/index.html">政策</a>
    <a href="https://m.lanjiang.gov.cn/lzt/h5/hd/index.html">互动</a>
    <a href="https://m.lanjiang.gov.cn/lzt/h5/my/index.html">我的</a>
  </nav>
</div>
<script src="./青岚县人民政府办公室关于印发2024年县政府工作报告重点工作任务分解的通知 - 澜政通_files/vue.runtime.min.js"></script>
<script src="./青岚县人民政府办公室关于印发2024年县政府工作报告重点工作任务分解的通知 - 澜政通_files/lzt-jsbridge.js"></script>
<script>
  window.__DOC__ = {docId:"QL2024-0305-0017",title:"青岚县人民政府办公室关于印发2024年县政府工作报告重点工作任务分解的通知",wh:"青政办发〔2024〕5号",org:"青岚县人民政府办公室",pubDate:"2024-03-05"};
  var LZT = {share:function(){ if(window.lztBridge){ lztBridge.call("share",{title:__DOC__.title,desc:"来源：青岚县人民政府",link:location.href,imgUrl:"https://m.lanjiang.gov.cn/lzt/h5/img/share-logo.png"}); } else { alert("请在澜政通APP内打开分享"); } }};
  document.querySelectorAll(".task-card").forEach(function(el){ el.addEventListener("click", function(){ el.classList.toggle("open"); }); });
</script>

</body></html>
"""

def build():
    body = []
    gold = []
    for c in CARDS:
        if "group" in c:
            body.append('      <div class="group-title">%s</div>' % c["group"])
            continue
        body.append(card(c))
        resp = c["g"][0] + c["g"][1]
        gold.append({"id": str(c["n"]), "head": c["title"][:12], "responsible_units": resp,
                     "lead_units": c["g"][0], "cooperating_units": c["g"][1], "leaders": c["g"][2]})
    return PAGE_HEAD + "\n".join(body) + PAGE_TAIL, gold

if __name__ == "__main__":
    page, gold = build()
    with open(os.path.join(HERE, SLUG + ".html"), "w", encoding="utf-8") as f:
        f.write(page)
    with open(os.path.join(HERE, SLUG + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(len(gold), "tasks")
