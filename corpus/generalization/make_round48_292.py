#!/usr/bin/env python3
"""Round 48, notice 292: a WeChat official-account article (mp.weixin.qq.com page saved
by a browser, "Webpage, complete") that reproduces 垣政办发〔2024〕9号 and presents its
重点任务清单 as cards: no <table>, no ARIA roles, each task one inline-styled <section>.

Writes 292_yuansha_weixin_renwu_qingdan.html next to this script.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "292_yuansha_weixin_renwu_qingdan.html")

GREY = 'style="color:#888"'
GREY2 = 'style="color: rgb(136, 136, 136);font-size: 14px;"'

# Line builders: several forms seen in editors such as 135/秀米 output.
def lab_space(label, value):        # <span grey>牵头单位</span>　value
    return f'<p style="margin:0 0 4px;line-height:1.75;"><span {GREY}>{label}</span>　{value}</p>'

def lab_colon(label, value):        # 配合单位：value
    return f'<p style="margin:0 0 4px;line-height:1.75;">{label}：{value}</p>'

def lab_leaf(label, value):         # WeChat new editor: <span leaf>
    return (f'<p style="margin:0 0 4px;line-height:1.75;"><span {GREY2}><span leaf="">{label}</span></span>'
            f'<span style="font-size: 14px;"><span leaf="">　{value}</span></span></p>')

def lab_bar(label, value):          # 牵头单位 | value
    return f'<p style="margin:0 0 4px;line-height:1.75;"><span {GREY}>{label}</span> | {value}</p>'

def lab_strong(label, value):       # <strong>责任领导：</strong>value
    return f'<p style="margin:0 0 4px;line-height:1.75;"><strong>{label}：</strong>{value}</p>'

# (title, [ (builder, label, value) ... ])
TASKS = [
    ("全县地区生产总值增长6.5%左右，一般公共预算收入增长5%",
     [(lab_space, "牵头单位", "县发展和改革局"), (lab_colon, "配合单位", "县财政局、县统计局、国家税务总局垣沙县税务局"),
      (lab_colon, "责任领导", "县委副书记、县长 戴恒")]),
    ("实施重点项目攻坚年行动，全年实施省市县重点项目120个，完成投资180亿元",
     [(lab_space, "牵头单位", "县发展和改革局"), (lab_colon, "配合单位", "县自然资源局、县住房和城乡建设局、各乡镇人民政府"),
      (lab_colon, "责任领导", "县委常委、常务副县长 司马博文")]),
    ("加快垣沙经济开发区新材料产业园建设，年内新开工项目12个、竣工投产8个",
     [(lab_space, "牵头单位", "垣沙经济开发区管委会"), (lab_colon, "配合单位", "县工业和信息化局、县自然资源局、国网垣沙县供电公司"),
      (lab_colon, "责任领导", "司马博文（县委常委、常务副县长）")]),
    ("推动规上工业企业数字化改造，新增省级专精特新中小企业5家",
     [(lab_leaf, "牵头单位", "县工业和信息化局"), (lab_leaf, "配合单位", "县科学技术局、县财政局"),
      (lab_leaf, "责任领导", "副县长 周启航")]),
    ("开展“惠享垣沙”系列促消费活动，社会消费品零售总额增长7%",
     [(lab_space, "牵头单位", "县商务局"), (lab_colon, "配合单位", "县文化和旅游局、县市场监督管理局、县融媒体中心"),
      (lab_colon, "责任领导", "副县长 林晓曼")]),
    ("创建国家4A级旅游景区1家，全年接待游客突破600万人次",
     [(lab_space, "牵头单位", "县文化和旅游局"), (lab_colon, "配合单位", "县交通运输局、沙河镇人民政府、垣上镇人民政府"),
      (lab_colon, "责任领导", "副县长 林晓曼")]),
    ("稳定粮食播种面积52.6万亩以上，新建高标准农田3.2万亩",
     [(lab_colon, "责任领导", "副县长 姚佳"), (lab_space, "牵头单位", "县农业农村局"),
      (lab_colon, "配合单位", "县自然资源局、县水利局、县财政局、各乡镇人民政府")]),
    ("实施灌区续建配套与现代化改造，完成病险水库除险加固4座",
     [(lab_space, "牵头单位", "县水利局"), (lab_colon, "配合单位", "县财政局、县农业农村局"),
      (lab_colon, "责任领导", "姚佳（副县长）")]),
    ("深化“一网通办”改革，政务服务事项全程网办率达到90%以上",
     [(lab_space, "牵头单位", "县行政审批服务局（县数据局）"), (lab_colon, "配合单位", "县直各有关单位"),
      (lab_colon, "责任领导", "县政府党组成员 岳东来")]),
    ("推进国有企业改革深化提升行动，完成县属国有企业整合重组",
     [(lab_bar, "牵头单位", "县财政局（县国资办）"), (lab_bar, "配合单位", "县城市建设投资集团有限公司、县交通投资发展有限公司"),
      (lab_bar, "责任领导", "县委常委、常务副县长 司马博文")]),
    ("新建、改扩建中小学和幼儿园6所，新增学位3600个",
     [(lab_space, "牵头单位", "县教育体育局"), (lab_colon, "配合单位", "县住房和城乡建设局、县自然资源局、县财政局"),
      (lab_colon, "责任领导", "副县长 卢晨（挂职）")]),
    ("推进紧密型县域医共体建设，县域内就诊率稳定在90%以上",
     [(lab_space, "牵头单位", "县卫生健康局、县医疗保障局"), (lab_colon, "配合单位", "县人民医院、县中医医院、各乡镇卫生院"),
      (lab_colon, "责任领导", "副县长 卢晨（挂职）")]),
    ("城镇新增就业2600人，农村劳动力转移就业5.8万人",
     [(lab_strong, "牵头单位", "县人力资源和社会保障局"), (lab_strong, "配合单位", "县农业农村局、县总工会、团县委"),
      (lab_strong, "责任领导", "副县长 周启航")]),
    ("建成城市社区嵌入式服务设施3处、农村互助幸福院10个",
     [(lab_space, "牵头单位", "县民政局"), (lab_colon, "责任领导", "副县长 卢晨（挂职）")]),
    ("完成老旧小区改造2100户，新增城市停车泊位1500个",
     [(lab_leaf, "牵头单位", "县住房和城乡建设局"), (lab_leaf, "配合单位", "县城市管理局、县公安局交通管理大队、城关街道办事处"),
      (lab_leaf, "责任领导", "县委常委、常务副县长司马博文，副县长周启航")]),
    ("PM2.5平均浓度控制在36微克/立方米以内，国省考断面水质达标率100%",
     [(lab_space, "牵头单位", "市生态环境局垣沙分局"), (lab_colon, "配合单位", "县住房和城乡建设局、县农业农村局、县水利局、县交通运输局"),
      (lab_colon, "责任领导", "副县长 姚佳")]),
    ("深化安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故",
     [(lab_space, "牵头单位", "县应急管理局"), (lab_colon, "配合单位", "县安委会各成员单位、各乡镇人民政府"),
      (lab_colon, "责任县领导", "县委常委、常务副县长 司马博文")]),
    ("持续推进“平安垣沙”建设，全年电信网络诈骗案件发案数下降10%",
     [(lab_space, "牵头单位", "县公安局"), (lab_colon, "配合单位", "县委政法委、县工业和信息化局、中国移动垣沙分公司"),
      (lab_colon, "责任领导", "副县长、县公安局局长 胡铮")]),
    ("实施农村公路提质改造工程，改造农村公路85公里、危桥6座",
     [(lab_space, "牵头单位", "县交通运输局"), (lab_colon, "配合单位", "县财政局、各乡镇人民政府"),
      (lab_colon, "责任领导", "戴恒、司马博文")]),
    ("健全政府工作报告重点任务督查机制，按季度通报推进情况",
     [(lab_space, "牵头单位", "县政府办公室"), (lab_colon, "配合单位", "县政府督查室、县统计局"),
      (lab_colon, "责任领导", "县政府党组成员、县政府办公室主任 岳东来")]),
]

CARD = """<section style="margin: 0px 0px 16px;padding: 14px 14px 10px;background-color: rgb(247, 249, 252);border-left: 4px solid rgb(30, 111, 255);border-radius: 6px;box-sizing: border-box;">
<section style="display: flex;align-items: center;margin-bottom: 6px;">
<section style="width: 30px;height: 30px;line-height: 30px;border-radius:50%;background-color: rgb(30, 111, 255);color: rgb(255, 255, 255);text-align: center;font-size: 14px;flex-shrink: 0;"><span>{num}</span></section>
<section style="flex: 1;margin-left: 10px;"><p style="margin:0;font-size: 16px;line-height:1.6;color: rgb(30, 58, 138);"><strong>{title}</strong></p></section>
</section>
<section style="font-size: 14px;color: rgb(62, 62, 62);padding-left: 40px;">
{lines}
</section>
</section>"""

GONGWEN = [
    ('text-align: center;color: rgb(136, 136, 136);', '垣政办发〔2024〕9号'),
    ('text-align: center;', '<strong>垣沙县人民政府办公室</strong>'),
    ('text-align: center;', '<strong>关于印发2024年《政府工作报告》</strong>'),
    ('text-align: center;', '<strong>重点任务清单的通知</strong>'),
    ('', '各乡镇人民政府、城关街道办事处，县政府各部门，垣沙经济开发区管委会，县直各有关单位：'),
    ('text-indent: 2em;', '《2024年〈政府工作报告〉重点任务清单》已经县政府第28次常务会议研究同意，现印发给你们，请认真贯彻落实。'),
    ('text-indent: 2em;', '一、各责任领导要加强统筹调度，亲自研究部署、亲自协调推进分管领域重点任务。'),
    ('text-indent: 2em;', '二、各牵头单位要制定具体推进方案，明确时间节点；配合单位要主动对接、密切配合，不得推诿扯皮。'),
    ('text-indent: 2em;', '三、县政府督查室将重点任务纳入年度督查计划，每季度末通报一次进展情况，结果纳入年度目标责任考核。'),
    ('text-indent: 2em;', '附件：2024年《政府工作报告》重点任务清单'),
    ('text-align: right;', '垣沙县人民政府办公室'),
    ('text-align: right;', '2024年3月11日'),
    ('text-indent: 2em;', '（此件公开发布）'),
]


def card(i, title, lines):
    body = "\n".join(b(lab, val) for b, lab, val in lines)
    return CARD.format(num=f"{i:02d}", title=title, lines=body)


def main():
    gw = "\n".join(f'<p style="{st}margin: 0px 0px 8px;line-height: 1.75;font-size: 16px;">{t}</p>' for st, t in GONGWEN)
    cards = "\n".join(card(i, t, ls) for i, (t, ls) in enumerate(TASKS, 1))
    n = len(TASKS)
    html = f"""<!DOCTYPE html>
<!-- saved from url=(0056)https://mp.weixin.qq.com/s/Yq3kR8vT2mXnLw5ZpA7bJg -->
<html class=""><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<link rel="dns-prefetch" href="https://res.wx.qq.com/">
<link rel="dns-prefetch" href="https://mmbiz.qpic.cn/">
<link rel="shortcut icon" type="image/x-icon" href="https://res.wx.qq.com/a/wx_fed/assets/res/NTI4MWU5.ico">
<meta name="description" content="2024年县政府工作报告{n}项重点任务，牵头单位、责任领导全部明确！">
<meta name="author" content="">
<meta property="og:title" content="定了！2024年垣沙县政府工作报告{n}项重点任务清单发布">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzA5NTk2ODQ3Mg==&amp;mid=2651873304&amp;idx=1&amp;sn=8a3c2e5f71d94b06c8e1f2a7d3b6c590&amp;chksm=8b5d2f0cbc2aa61a">
<meta property="og:image" content="https://mmbiz.qpic.cn/mmbiz_jpg/Fq1vKc7dQx2bA9s/0?wx_fmt=jpeg">
<meta property="og:description" content="2024年县政府工作报告{n}项重点任务，牵头单位、责任领导全部明确！">
<meta property="og:site_name" content="微信公众平台">
<meta property="og:type" content="article">
<meta property="twitter:card" content="summary">
<meta property="twitter:site" content="@垣沙发布">
<title>定了！2024年垣沙县政府工作报告{n}项重点任务清单发布</title>
<link rel="stylesheet" href="./定了！2024年垣沙县政府工作报告{n}项重点任务清单发布_files/weui.min.css">
<link rel="stylesheet" href="./定了！2024年垣沙县政府工作报告{n}项重点任务清单发布_files/appmsg.css">
<script type="text/javascript">
var biz = "MzA5NTk2ODQ3Mg==" || "";
var sn = "8a3c2e5f71d94b06c8e1f2a7d3b6c590" || "";
var mid = "2651873304" || "";
var idx = "1" || "";
var msg_title = '定了！2024年垣沙县政府工作报告{n}项重点任务清单发布'.html(false);
var msg_desc = htmlDecode("2024年县政府工作报告{n}项重点任务，牵头单位、责任领导全部明确！");
var nickname = htmlDecode("垣沙发布");
var ct = "1710153000";
var user_name = "gh_4c1e9a7b20d5";
var copyright_stat = "1";
</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg discuss_tab appmsg_skin_default appmsg_style_default not_in_mm">
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title " id="activity-name">
定了！2024年垣沙县政府工作报告{n}项重点任务清单发布
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span id="copyright_logo" class="wx_tap_link js_wx_tap_highlight rich_media_meta icon_appmsg_tag appmsg_title_tag weui-wa-hotarea">原创</span>
<span class="rich_media_meta rich_media_meta_text">县政府办</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">垣沙发布</a></span>
<span class="rich_media_meta rich_media_meta_text"><em id="publish_time" class="rich_media_meta rich_media_meta_text">2024-03-11 18:30</em></span>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text" style="display: inline-block;"><span id="js_ip_wording">山西</span></em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: visible;">
<section style="margin: 0px 8px;font-size: 15px;color: rgb(62, 62, 62);" data-role="outer">
<p style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="0.5625" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/Fq1vKc7dQx2bA9s/640?wx_fmt=jpeg" data-type="jpeg" data-w="1080" src="./定了！2024年垣沙县政府工作报告{n}项重点任务清单发布_files/640.jpeg" style="width: 100%;"></p>
<p style="text-align: center;color: rgb(136, 136, 136);font-size: 13px;"><span leaf="">近日，县政府办公室印发2024年《政府工作报告》重点任务清单，一起来看↓↓↓</span></p>
<p><br></p>
{gw}
<p><br></p>
<section style="margin: 20px 0px 16px;text-align: center;"><section style="display: inline-block;padding: 6px 22px;background-color: rgb(30, 111, 255);color: rgb(255, 255, 255);border-radius: 20px;font-size: 16px;"><p style="margin:0;"><strong>2024年《政府工作报告》重点任务清单</strong></p></section></section>
{cards}
<p><br></p>
<p style="text-align: center;color: rgb(136, 136, 136);font-size: 13px;">- END -</p>
<p style="font-size: 13px;color: rgb(136, 136, 136);">来源：垣沙县人民政府办公室</p>
<p style="font-size: 13px;color: rgb(136, 136, 136);">编辑：韦思琪　　审核：程立波</p>
<p style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="0.4" data-src="https://mmbiz.qpic.cn/mmbiz_gif/Fq1vKc7dQx2bA9s/640?wx_fmt=gif" data-type="gif" data-w="750" src="./定了！2024年垣沙县政府工作报告{n}项重点任务清单发布_files/640.gif" style="width: 100%;"></p>
<p style="text-align: center;font-size: 12px;color: rgb(136, 136, 136);">点击“阅读原文”查看政策原文</p>
</section>
</div>
<div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display: none;"></div>
<div class="reward_area tc reward_area_primary" id="js_preview_reward_author" style="display:none;"></div>
</div>
<div class="rich_media_tool_area">
<div class="rich_media_tool" id="js_toobar3">
<div class="weui-flex">
<div class="weui-flex__item"><a id="js_view_source" class="media_tool_meta meta_primary" href="https://www.yuansha.gov.cn/zwgk/zfwj/202403/t20240311_1128374.html">阅读原文</a></div>
<div class="media_tool_meta tips_global_primary meta_primary" id="js_read_area3">阅读 <span id="readNum3">1.3万</span></div>
<span class="media_tool_meta meta_extra meta_praise" id="like3"><i class="icon_praise_gray"></i><span class="praise_num" id="likeNum3">86</span>点赞</span>
<span class="media_tool_meta meta_extra" id="js_share3">分享</span>
<span class="media_tool_meta meta_extra" id="js_like_btn3">在看 <span id="js_like_num3">42</span></span>
</div>
</div>
</div>
<div class="rich_media_area_extra"><div class="rich_media_area_extra_inner">
<div id="js_cmt_area" class="discuss_container">
<div class="discuss_container_title">留言</div>
<ul class="discuss_list">
<li class="discuss_item"><strong class="nickname">沙河人</strong><div class="discuss_message_content">希望农村公路早日修到我们村！</div><span class="discuss_opr"><span class="praise_num">23</span></span></li>
<li class="discuss_item"><strong class="nickname">小满</strong><div class="discuss_message_content">学位问题终于有着落了👍</div><span class="discuss_opr"><span class="praise_num">11</span></span></li>
</ul>
</div>
</div></div>
</div>
</div>
<div id="js_pc_qr_code" class="qr_code_pc_outer" style="display: block;">
<div class="qr_code_pc_inner"><div class="qr_code_pc">
<img id="js_pc_qr_code_img" class="qr_code_pc_img" src="./定了！2024年垣沙县政府工作报告{n}项重点任务清单发布_files/qrcode.jpg">
<p>微信扫一扫<br>关注该公众号</p>
</div></div>
</div>
</div>
<div class="weui-dialog__wrp" id="js_minipro_dialog" style="display:none;"><div class="weui-dialog"><div class="weui-dialog__bd">微信扫一扫<br>使用小程序</div><div class="weui-dialog__ft"><a href="javascript:;" class="weui-dialog__btn weui-dialog__btn_primary">知道了</a></div></div></div>
<div id="js_pc_weapp_code" class="weui-desktop-popover" style="display:none;"><div class="weui-desktop-popover__desc">微信扫一扫可打开此内容，<br>使用完整服务</div></div>
<script type="text/javascript" src="./定了！2024年垣沙县政府工作报告{n}项重点任务清单发布_files/appmsg.js"></script>
</body></html>
"""
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(html)
    print(OUT, n, "tasks")


if __name__ == "__main__":
    main()
