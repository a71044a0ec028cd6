"""Writes 254_yuxi_weixin_fengong.html (a WeChat article page as saved by a browser) and its gold list."""
import json, os, html
D = os.path.dirname(os.path.abspath(__file__))
NAME = "254_yuxi_weixin_fengong"
SP = "\u3000"

# (heading, [(task text, lead units, coop units, leaders, style)])
SECTIONS = [
("一、坚持项目为王，推动经济量质齐升", [
 ("全区地区生产总值增长6.5%左右，固定资产投资增长8%，社会消费品零售总额增长7%，一般公共预算收入增长5%。",
  ["区发展改革局"], ["区统计局", "区财政局", "区商务局", "区税务局"], ["聂文斌"], "strong"),
 ("全年实施区级重点项目126个、完成年度投资210亿元，力争新开工项目60个以上、竣工投产项目40个以上。",
  ["区发展改革局"], ["区住房城乡建设局", "市自然资源和规划局榆溪分局", "各镇人民政府", "各街道办事处"], ["聂文斌"], "strong"),
 ("强化招商引资“一号工程”，全年新签约亿元以上项目55个，实际到位资金增长10%以上。",
  ["区投资促进中心"], ["区商务局", "区工业和信息化局", "榆溪工业园区管委会"], ["陆承泽", "聂文斌"], "strong"),
 ("积极争取超长期特别国债、地方政府专项债券等上级资金支持，全年争取各类资金25亿元以上。",
  ["区财政局", "区发展改革局"], [], ["聂文斌"], "strong"),
 ("持续优化营商环境，推行涉企检查“综合查一次”，政务服务事项“一网通办”率达到95%以上。",
  ["区政务服务中心"], ["区市场监管局", "区司法局", "区数据资源局"], ["程立"], "plain"),
]),
("二、坚持创新驱动，加快产业转型升级", [
 ("壮大新能源电池、精密制造两大主导产业，规模以上工业增加值增长9%，新增规上工业企业25家。",
  ["区工业和信息化局"], ["榆溪工业园区管委会", "区发展改革局", "区统计局"], ["邹建伟"], "strong"),
 ("新认定高新技术企业20家、专精特新中小企业12家，全社会研发经费投入强度达到2.6%。",
  ["区科技局"], ["区工业和信息化局", "区财政局", "区税务局"], ["邹建伟"], "strong"),
 ("推进工业园区扩区调位和标准化厂房建设，新建标准厂房20万平方米，园区亩均税收提高8%。",
  ["榆溪工业园区管委会"], ["市自然资源和规划局榆溪分局", "区住房城乡建设局", "区城投集团"], ["邹建伟"], "split"),
 ("发展现代服务业，推动榆溪老街商圈提质改造，新增限额以上商贸企业30家。",
  ["区商务局"], ["区文化旅游体育局", "区市场监管局", "各街道办事处"], ["胡晓婷"], "strong"),
 ("加快数字化转型，新建5G基站260个，推动50家工业企业“上云用数赋智”。",
  ["区工业和信息化局"], ["区数据资源局"], ["邹建伟"], "strong"),
]),
("三、坚持城乡融合，全面推进乡村振兴", [
 ("粮食播种面积稳定在28.6万亩以上，新建高标准农田2.1万亩，确保粮食总产稳定在11万吨以上。",
  ["区农业农村局"], ["区水利局", "区财政局", "各镇人民政府"], ["梁秋菊"], "strong"),
 ("巩固拓展脱贫攻坚成果，脱贫人口人均纯收入增长10%以上，坚决守住不发生规模性返贫底线。",
  ["区农业农村局"], ["区人力资源社会保障局", "区民政局", "区医疗保障局", "区教育局"], ["梁秋菊"], "strong"),
 ("建设宜居宜业和美乡村，完成农村人居环境整治提升村40个，新改建农村公路45公里。",
  ["区农业农村局"], ["区交通运输局", "区住房城乡建设局", "市生态环境局榆溪分局", "各镇人民政府"], ["梁秋菊"], "doublespace"),
 ("推进城市更新行动，改造城镇老旧小区18个，打通断头路6条，新增公共停车泊位2000个。",
  ["区住房城乡建设局"], ["区城市管理局", "区交通运输局", "区城投集团", "各街道办事处"], ["胡晓婷"], "strong"),
]),
("四、坚持生态优先，建设美丽宜居榆溪", [
 ("深入打好蓝天碧水净土保卫战，PM2.5平均浓度控制在32微克/立方米以下，国控断面水质稳定达到Ⅲ类。",
  ["市生态环境局榆溪分局"], ["区住房城乡建设局", "区城市管理局", "区农业农村局", "区水利局"], ["胡晓婷"], "strong"),
 ("全面推行河湖长制、林长制，完成植树造林3000亩，榆溪河生态修复二期工程完工。",
  ["区水利局", "区林业局"], ["各镇人民政府", "各街道办事处"], ["梁秋菊"], "strong"),
 ("推进生活垃圾分类，城区生活垃圾回收利用率达到38%，新建城市口袋公园8个。",
  ["区城市管理局"], ["区住房城乡建设局", "各街道办事处"], ["胡晓婷"], "plain"),
 ("有序推进碳达峰碳中和，完成重点用能单位节能改造12家，新增分布式光伏装机容量3万千瓦。",
  ["区发展改革局"], ["区工业和信息化局", "国网榆溪供电公司"], ["聂文斌"], "strong"),
]),
("五、坚持民生为本，持续增进群众福祉", [
 ("城镇新增就业6800人，城镇调查失业率控制在5.5%以内，开展职业技能培训5000人次。",
  ["区人力资源社会保障局"], ["区教育局", "区财政局", "团区委"], ["胡晓婷"], "strong"),
 ("新建榆溪第三实验小学、城东幼儿园，新增学位3600个，推进集团化办学全覆盖。",
  ["区教育局"], ["区发展改革局", "区财政局", "市自然资源和规划局榆溪分局"], ["胡晓婷"], "strong"),
 ("加快区人民医院医疗综合楼建设，建成紧密型医共体，家庭医生签约服务覆盖率达到45%。",
  ["区卫生健康局"], ["区医疗保障局", "区发展改革局"], ["胡晓婷"], "strong"),
 ("完善养老服务体系，新建社区养老服务站10个，城乡低保标准分别提高5%。",
  ["区民政局"], ["区财政局", "各镇人民政府", "各街道办事处"], ["程立"], "strong"),
 ("统筹发展和安全，深化安全生产治本攻坚三年行动，推进“枫桥式”派出所创建，矛盾纠纷化解率达到98%以上。",
  ["区应急管理局", "市公安局榆溪分局"], ["区司法局", "区信访局", "各镇人民政府", "各街道办事处"], ["阎振华", "程立"], "strong"),
]),
("六、坚持守正创新，提升政府治理效能", [
 ("严格落实“三重一大”决策制度，重大行政决策合法性审查率达到100%，人大代表建议和政协委员提案办理满意率达到98%以上。",
  ["区政府办公室"], ["区司法局", "区政府各部门"], ["陆承泽"], "strong"),
 ("坚持政府过紧日子，一般性支出压减10%以上，强化审计监督全覆盖。",
  ["区财政局"], ["区审计局"], ["聂文斌"], "strong"),
 ("持续为基层减负，区政府发文、会议数量分别压减10%以上。",
  ["区政府办公室"], [], ["程立"], "strong"),
]),
]

BLUE = "rgb(0, 82, 255)"
P_BODY = 'style="margin-bottom: 8px;text-indent: 2em;line-height: 1.75em;"'
SPAN_BODY = 'style="font-size: 15px;letter-spacing: 1px;color: rgb(62, 62, 62);"'
P_DUTY = 'style="margin-bottom: 16px;text-indent: 2em;line-height: 1.75em;"'
SPAN_DUTY = f'style="font-size: 14px;letter-spacing: 1px;color: {BLUE};"'

def esc(s):
    return html.escape(s, quote=False)

def duty_html(lead, coop, leaders, style):
    parts = [("牵头单位：", "、".join(lead))]
    if coop:
        parts.append(("配合单位：", "、".join(coop)))
    parts.append(("责任领导：", "、".join(leaders)))
    sep = SP * 2 if style == "doublespace" else SP
    if style == "plain":
        inner = esc(sep.join(a + b for a, b in parts))
        return f'<p {P_DUTY}><span {SPAN_DUTY}>{inner}</span></p>'
    segs = []
    for a, b in parts:
        if style == "split" and a == "配合单位：":
            # the editor broke a unit name across two spans
            b1, b2 = b.split("规划局", 1)
            val = f'{esc(b1)}规划</span><span {SPAN_DUTY}>局{esc(b2)}'
        else:
            val = esc(b)
        segs.append(f'<strong>{a}</strong>{val}')
    return f'<p {P_DUTY}><span {SPAN_DUTY}>' + sep.join(segs) + '</span></p>'

def heading_html(h):
    return (
f'''<section style="margin-top: 24px;margin-bottom: 12px;text-align: center;" data-role="title" data-tools="135编辑器" data-id="125841"><section style="display: inline-block;padding: 6px 16px;border-radius: 20px;background-color: {BLUE};box-shadow: rgb(180, 200, 255) 0px 3px 6px;"><p style="text-align: center;"><span style="font-size: 16px;color: rgb(255, 255, 255);letter-spacing: 1px;"><strong><span leaf="">📌</span> {esc(h)}</strong></span></p></section></section>''')

body = []
gold = []
for s_i, (h, tasks) in enumerate(SECTIONS, 1):
    body.append(heading_html(h))
    for n, (text, lead, coop, leaders, style) in enumerate(tasks, 1):
        body.append(f'<p {P_BODY}><span {SPAN_BODY}><strong><span style="color: {BLUE};">{n}.</span></strong>{esc(text)}</span></p>')
        body.append(duty_html(lead, coop, leaders, style))
        gold.append({"id": f"{s_i}.{n}", "head": text[:12], "responsible_units": lead + coop,
                     "lead_units": lead, "cooperating_units": coop, "leaders": leaders})
    body.append('<p style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="0.0703125" data-s="300,640" data-src="https://mmbiz.qpic.cn/mmbiz_gif/Yx3bQk8RfLw0P6kqV2nHcUoT1dJ9sZaE4GbMvXy7NiOtrAh5CplWueKgDsF8Qx2Ljm/640?wx_fmt=gif&amp;from=appmsg" data-type="gif" data-w="640" style="width: 100%;height: auto;" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"></p>')

TITLE = "权威发布｜2024年区政府工作报告重点任务分工来了！"
content = f'''
<section style="margin: 0px 8px;" data-mpa-powered-by="yiban.io"><p style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="0.425" data-s="300,640" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/Yx3bQk8RfLw0P6kqV2nHcUoT1dJ9sZaEq3WmZ1xPo8LfHkGv7TjSdRyE0NbCaU5uI4e2Mw/640?wx_fmt=jpeg&amp;from=appmsg" data-type="jpeg" data-w="1080" style="width: 100%;height: auto;" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"></p>
<p {P_BODY}><span {SPAN_BODY}>近日，榆溪区人民政府印发《2024年区政府工作报告重点工作任务分工方案》（榆政发〔2024〕3号），将区十八届人大三次会议审议通过的《政府工作报告》确定的目标任务逐项分解到区政府领导和责任单位。一起来看👇</span></p>
<p style="text-align: center;"><span style="font-size: 12px;color: rgb(136, 136, 136);">▲图为区政府第28次常务会议现场</span></p>
<section style="margin-top: 20px;padding: 14px 12px;border: 1px dashed {BLUE};border-radius: 6px;background-color: rgb(245, 248, 255);">
<p style="text-align: center;"><span style="font-size: 17px;color: {BLUE};"><strong>榆溪区人民政府</strong></span></p>
<p style="text-align: center;"><span style="font-size: 17px;color: {BLUE};"><strong>关于印发2024年区政府工作报告重点工作任务分工方案的通知</strong></span></p>
<p style="text-align: center;"><span style="font-size: 14px;color: rgb(62, 62, 62);">榆政发〔2024〕3号</span></p>
<p style="line-height: 1.75em;"><span {SPAN_BODY}>各镇人民政府、各街道办事处，区政府各部门、各直属机构：</span></p>
<p {P_BODY}><span {SPAN_BODY}>现将《2024年区政府工作报告重点工作任务分工方案》印发给你们，请认真抓好落实。各牵头单位要会同配合单位细化工作措施，于每季度最后一个月20日前将工作进展情况报区政府督查室。</span></p>
<p style="text-align: right;line-height: 1.75em;"><span {SPAN_BODY}>榆溪区人民政府</span></p>
<p style="text-align: right;line-height: 1.75em;"><span {SPAN_BODY}>2024年2月29日</span></p>
<p style="line-height: 1.75em;"><span {SPAN_BODY}>（此件公开发布）</span></p>
</section>
<p style="text-align: center;margin-top: 24px;"><span style="font-size: 18px;color: {BLUE};"><strong>2024年区政府工作报告重点工作任务分工方案</strong></span></p>
{chr(10).join(body)}
<p style="text-align: center;"><span style="font-size: 14px;color: rgb(136, 136, 136);">- END -</span></p>
<p style="text-align: left;"><span style="font-size: 12px;color: rgb(136, 136, 136);">来源：榆溪区人民政府办公室</span></p>
<p style="text-align: left;"><span style="font-size: 12px;color: rgb(136, 136, 136);">编辑：潘雨桐{SP}校对：韩知远{SP}审核：宋立峰</span></p>
<section style="margin-top: 20px;"><p style="text-align: center;"><span style="font-size: 15px;color: {BLUE};"><strong>往期推荐</strong></span></p>
<p><a target="_blank" href="https://mp.weixin.qq.com/s?__biz=MzI3NTk4ODYxNQ==&amp;mid=2247512634&amp;idx=1&amp;sn=7c1e0f2b9d4a6e3f8b5c2a1d0e9f8a7b&amp;scene=21#wechat_redirect" textvalue="区十八届人大三次会议胜利闭幕" data-itemshowtype="0" linktype="text" data-linktype="2"><span style="font-size: 14px;">区十八届人大三次会议胜利闭幕</span></a></p>
<p><a target="_blank" href="https://mp.weixin.qq.com/s?__biz=MzI3NTk4ODYxNQ==&amp;mid=2247512588&amp;idx=1&amp;sn=2b4d6f8a0c1e3a5c7e9b1d3f5a7c9e1b&amp;scene=21#wechat_redirect" textvalue="一图读懂｜2024年榆溪区政府工作报告" data-itemshowtype="0" linktype="text" data-linktype="2"><span style="font-size: 14px;">一图读懂｜2024年榆溪区政府工作报告</span></a></p>
</section>
<p style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="0.3" data-s="300,640" data-src="https://mmbiz.qpic.cn/mmbiz_gif/Yx3bQk8RfLw0P6kqV2nHcUoT1dJ9sZaEc8VhLq0RtYw2KxJp5NuGz7MsB1eDo4Fi9Aln/640?wx_fmt=gif&amp;from=appmsg" data-type="gif" data-w="640" style="width: 100%;height: auto;" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"></p>
<p style="text-align: center;"><span style="font-size: 14px;color: {BLUE};">点亮“在看”，你最好看 👀</span></p>
</section>
'''

page = f'''<!DOCTYPE html>
<html class=""><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta name="referrer" content="origin-when-cross-origin">
<meta property="og:title" content="{esc(TITLE)}">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzI3NTk4ODYxNQ==&amp;mid=2247512701&amp;idx=1&amp;sn=a91c3e5f7b2d4068e1f3a5c7d9b0e2f4&amp;chksm=eb0c1f6ddc7b967b">
<meta property="og:image" content="https://mmbiz.qpic.cn/mmbiz_jpg/Yx3bQk8RfLw0P6kqV2nHcUoT1dJ9sZaEq3WmZ1xPo8LfHkGv7TjSdRyE0NbCaU5uI4e2Mw/0?wx_fmt=jpeg">
<meta property="og:description" content="逐项分解，责任到人">
<meta property="og:site_name" content="微信公众平台">
<meta property="og:type" content="article">
<meta property="twitter:card" content="summary">
<title>{esc(TITLE)}</title>
<link rel="stylesheet" href="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.m3a8c1f2e.css">
<script type="text/javascript" nonce="1734097716">
    var biz = "MzI3NTk4ODYxNQ==" || "";
    var sn = "a91c3e5f7b2d4068e1f3a5c7d9b0e2f4" || "";
    var mid = "2247512701" || "";
    var idx = "1" || "";
    var nickname = htmlDecode("榆溪发布");
    var msg_title = '{TITLE}'.html(false);
    var msg_desc = htmlDecode("逐项分解，责任到人");
    var ct = "1709289000";
    var user_name = "gh_5b0d2e7c91a4";
    var copyright_stat = "1";
</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg comment_feature discuss_tab appmsg_skin_default appmsg_style_default">
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title " id="activity-name">
{esc(TITLE)}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">榆溪区人民政府办公室</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">榆溪发布</a></span>
<span class="rich_media_meta rich_media_meta_text"><em id="publish_time" class="rich_media_meta rich_media_meta_text">2024年3月1日 18:30</em></span>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: visible;">{content}</div>
<div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display:none;"></div>
<div id="js_tags" class="article-tag__list"><span class="article-tag__item-wrp"><span class="article-tag-prefix">#</span><span class="article-tag__item">政务公开</span><span class="article-tag__item-num">126个</span></span></div>
</div>
<div class="rich_media_tool_area" id="js_toobar3">
<div class="rich_media_tool">
<a id="js_view_source" class="wx_tap_link js_wx_tap_highlight media_tool_meta meta_primary weui-wa-hotarea" href="https://www.yuxiqu.gov.cn/zwgk/zfwj/202403/t20240301_1186523.html">阅读原文</a>
</div>
</div>
<div id="js_pc_qr_code" class="qr_code_pc_outer" style="display: none;"><div class="qr_code_pc_inner"><div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div></div></div>
</div>
</div>
<div id="js_bottom_bar" class="interaction_bar__wrp">
<div class="interaction_bar">
<button class="sns_opr_btn sns_praise_btn" id="like_old"><span class="sns_opr_gap" id="likeNum">赞</span></button>
<button class="sns_opr_btn sns_share_btn" id="js_share_btn"><span class="sns_opr_gap">分享</span></button>
<button class="sns_opr_btn sns_like_btn" id="like3"><span class="like_comment_primary_text">在看</span><span class="sns_opr_gap" id="likeNum3">47</span></button>
<button class="sns_opr_btn sns_comment_btn" id="js_comment_btn"><span class="sns_opr_gap">留言</span></button>
</div>
</div>
<div id="js_pc_weapp_code" style="display: none;"><p>继续滑动看下一个</p><p>轻触阅读原文</p></div>
<div class="weui-dialog__ft" style="display: none;"><a href="javascript:;" class="weui-dialog__btn weui-dialog__btn_primary">知道了</a></div>
<div class="rich_media_extra" style="display: none;"><span>微信扫一扫<br>使用小程序</span><span>向上滑动看下一个</span></div>
</div>
</div>
<script type="text/javascript" src="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/appmsg/index.m1b7d0c8a.js" nonce="1734097716"></script>
</body></html>
'''
with open(os.path.join(D, NAME + ".html"), "w", encoding="utf-8") as f:
    f.write(page)
with open(os.path.join(D, NAME + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
    for g in gold:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(len(gold), "tasks")
