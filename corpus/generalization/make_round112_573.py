#!/usr/bin/env python3
"""Notice 573: a county government portal article (UTF-8, CRLF) as the Internet
Archive's Wayback Machine replays it, saved with the browser's "网页，仅HTML"
(the replay response as served).  What the Wayback Machine adds is written as
its 2026 replay does (checked against raw replays of that year):

* right after <head>: athena.js, the analytics line, bundle-playback.js,
  wombat.js, the Ruffle config, __wm.init/__wm.wombat, the banner and
  iconochive style sheets, "<!-- End Wayback Rewrite JS Include -->" -- so the
  page's own <meta charset> comes after about 1.6 KB of injected markup;
* right after <body>: the toolbar between BEGIN/END WAYBACK TOOLBAR INSERT
  (capture count, timespan, month/day/year navigation, "About this capture",
  COLLECTED BY / Collection text, TIMESTAMPS, the wm-ipp-print line);
* every URL attribute rewritten: root-relative -> /web/TS[mod]/http://host/...,
  absolute -> https://web.archive.org/web/TS[mod]/..., with im_ / js_ / cs_;
* after </html>: the FILE ARCHIVED ON ... and playback timings comments.
The injected parts end lines with LF; the original page keeps its CRLF.
"""
import os
import urllib.parse

NAME = "573_mianxi_xian_gzbg_fenjie_wayback.html"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

HOST = "http://www.mianxi.gov.cn"
PATH = "/zwgk/xxgk/zcwj/xzfbwj/202603/t20260313_2086147.html"
ORIG = HOST + PATH
TS = "20260319081522"
EPOCH = "1773908122"
WB = "https://web.archive.org/web/"


def rel(path, mod=""):
    """root-relative URL on the archived host"""
    return "/web/%s%s/%s%s" % (TS, mod, HOST, path)


def ab(url, mod=""):
    """absolute URL"""
    return "%s%s%s/%s" % (WB, TS, mod, url)


# ---------------------------------------------------------------- Wayback parts
WB_HEAD = (
    '<script src="//archive.org/includes/athena.js" type="text/javascript"></script>\n'
    "<script type=\"text/javascript\">window.addEventListener('DOMContentLoaded',function(){var v=archive_analytics.values;"
    "v.service='wb';v.server_name='wwwb-app223.us.archive.org';v.server_ms=412;archive_analytics.send_pageview({});});</script>\n"
    '<script type="text/javascript" src="https://web-static.archive.org/_static/js/bundle-playback.js?v=2N_sDSC0" charset="utf-8"></script>\n'
    '<script type="text/javascript" src="https://web-static.archive.org/_static/js/wombat.js?v=txqj7nKC" charset="utf-8"></script>\n'
    '<script>window.RufflePlayer=window.RufflePlayer||{};window.RufflePlayer.config={"autoplay":"on","unmuteOverlay":"hidden","showSwfDownload":true};</script>\n'
    '<script type="text/javascript" src="https://web-static.archive.org/_static/js/ruffle/ruffle.js"></script>\n'
    '<script type="text/javascript">\n'
    '    __wm.init("https://web.archive.org/web");\n'
    '  __wm.wombat("%s","%s","https://web.archive.org/","web","https://web-static.archive.org/_static/",\n'
    '\t      "%s");\n'
    "</script>\n"
    '<link rel="stylesheet" type="text/css" href="https://web-static.archive.org/_static/css/banner-styles.css?v=1utQkbB3" />\n'
    '<link rel="stylesheet" type="text/css" href="https://web-static.archive.org/_static/css/iconochive.css?v=3PDvdIFv" />\n'
    "<!-- End Wayback Rewrite JS Include -->\n"
) % (ORIG, TS, EPOCH)

REPLAY = WB + TS + "/" + ORIG
HERE = "You are here: 08:15:22 Mar 19, 2026"

WB_TOOLBAR = (
    "<!-- BEGIN WAYBACK TOOLBAR INSERT -->\n"
    "<script>__wm.rw(0);</script>\n"
    '<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;" toolbar-mode="auto">\n'
    '<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">\n'
    '<div id="donato" style="position:relative;width:100%;height:0;">\n'
    '  <div id="donato-base">\n'
    '    <iframe id="donato-if" src="https://archive.org/includes/donate.php?as_page=1&amp;platform=wb&amp;referer='
    + urllib.parse.quote(REPLAY, safe="/") + '"\n'
    '\t    scrolling="no" frameborder="0" style="width:100%; height:100%">\n'
    "    </iframe>\n"
    "  </div>\n"
    '</div><div id="wm-ipp-inside">\n'
    '  <div id="wm-toolbar" style="position:relative;display:flex;flex-flow:row nowrap;justify-content:space-between;" nav="async">\n'
    '    <div id="wm-logo" style="/*width:110px;*/padding-top:12px;">\n'
    '      <a href="/web/" title="Wayback Machine home page"><img src="https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-200.png" srcset="https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-100.png, https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-150.png 1.5x, https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-200.png 2x" alt="Wayback Machine" style="width:100px" border="0" /></a>\n'
    "    </div>\n"
    '    <div class="c" style="display:flex;flex-flow:column nowrap;justify-content:space-between;flex:1;">\n'
    '      <form class="u" style="display:flex;flex-direction:row;flex-wrap:nowrap;" target="_top" method="get" action="/web/submit" name="wmtb" id="wmtb"><input type="text" name="url" id="wmtbURL" value="'
    + ORIG + '" onfocus="this.focus();this.select();" style="flex:1;"/><input type="hidden" name="type" value="replay" /><input type="hidden" name="date" value="'
    + TS + '" /><input type="submit" value="Go" />\n'
    "      </form>\n"
    '      <div style="display:flex;flex-flow:row nowrap;align-items:flex-end;">\n'
    '                <div class="s" id="wm-nav-captures" style="flex:1;">\n'
    '                    <a class="t" href="/web/' + TS + '*/' + ORIG + '" title="See a list of every capture for this URL">3 captures</a>\n'
    '          <div class="r" title="Timespan for captures of this URL">19 Mar 2026 - 02 Aug 2026</div>\n'
    "          </div>\n"
    '        <div class="k">\n'
    '          <a href="" id="wm-graph-anchor">\n'
    '            <div id="wm-ipp-sparkline" title="Explore captures for this URL" style="position: relative">\n'
    '              <canvas id="wm-sparkline-canvas" width="775" height="27" border="0"></canvas>\n'
    "            </div>\n"
    "          </a>\n"
    "        </div>\n"
    "      </div>\n"
    "    </div>\n"
    '    <div class="n">\n'
    "      <table>\n"
    "        <tbody>\n"
    "          <!-- NEXT/PREV MONTH NAV AND MONTH INDICATOR -->\n"
    '          <tr class="m">\n'
    '            <td class="b" nowrap="nowrap">Feb</td>\n'
    '            <td class="c" id="displayMonthEl" title="' + HERE + '">MAR</td>\n'
    '            <td class="f" nowrap="nowrap">Apr</td>\n'
    "          </tr>\n"
    "          <!-- NEXT/PREV CAPTURE NAV AND DAY OF MONTH INDICATOR -->\n"
    '          <tr class="d">\n'
    '            <td class="b" nowrap="nowrap"><span class="ta"></span></td>\n'
    '            <td class="c" id="displayDayEl" style="width:34px;font-size:22px;white-space:nowrap;" title="' + HERE + '">19</td>\n'
    '            <td class="f" nowrap="nowrap"><span class="ta"></span></td>\n'
    "          </tr>\n"
    "          <!-- NEXT/PREV YEAR NAV AND YEAR INDICATOR -->\n"
    '          <tr class="y">\n'
    '            <td class="b" nowrap="nowrap">2025</td>\n'
    '            <td class="c" id="displayYearEl" title="' + HERE + '">2026</td>\n'
    '            <td class="f" nowrap="nowrap">2027</td>\n'
    "          </tr>\n"
    "        </tbody>\n"
    "      </table>\n"
    "    </div>\n"
    '    <div class="r" style="display:flex;flex-flow:column nowrap;align-items:flex-end;justify-content:space-between;">\n'
    '      <div id="wm-btns" style="text-align:right;height:23px;">\n'
    '                <span class="xxs">\n'
    '          <div id="wm-save-snapshot-success">success</div>\n'
    '          <div id="wm-save-snapshot-fail">fail</div>\n'
    '          <a id="wm-save-snapshot-open" href="#" title="Share via My Web Archive" >\n'
    '            <span class="iconochive-web"></span>\n'
    "          </a>\n"
    '          <a href="https://archive.org/account/login.php" title="Sign In" id="wm-sign-in">\n'
    '            <span class="iconochive-person"></span>\n'
    "          </a>\n"
    '          <span id="wm-save-snapshot-in-progress" class="iconochive-web"></span>\n'
    "        </span>\n"
    '                <a class="xxs" href="https://help.archive.org/help/category/the-wayback-machine/" title="Get some help using the Wayback Machine" style="top:-6px;"><span class="iconochive-question" style="color:rgb(87,186,244);font-size:160%;"></span></a>\n'
    '        <a id="wm-tb-close" href="#close" style="top:-2px;" title="Close the toolbar"><span class="iconochive-remove-circle" style="color:#888888;font-size:240%;"></span></a>\n'
    "      </div>\n"
    '      <div id="wm-share" class="xxs">\n'
    '        <a href="/web/' + TS + '/http://web.archive.org/screenshot/' + ORIG + '"\n'
    '           id="wm-screenshot"\n'
    '           title="screenshot">\n'
    '          <span class="wm-icon-screen-shot"></span>\n'
    "        </a>\n"
    '        <a href="#" id="wm-video" title="video">\n'
    '          <span class="iconochive-movies"></span>\n'
    "        </a>\n"
    '        <a id="wm-share-facebook" href="#" data-url="' + REPLAY + '" title="Share on Facebook" style="margin-right:5px;" target="_blank"><span class="iconochive-facebook" style="color:#3b5998;font-size:160%;"></span></a>\n'
    '        <a id="wm-share-twitter" href="#" data-url="' + REPLAY + '" title="Share on Twitter" style="margin-right:5px;" target="_blank"><span class="iconochive-twitter" style="color:#1dcaff;font-size:160%;"></span></a>\n'
    "      </div>\n"
    '      <div style="padding-right:2px;text-align:right;white-space:nowrap;">\n'
    '        <a id="wm-expand" class="wm-btn wm-closed" href="#expand"><span id="wm-expand-icon" class="iconochive-down-solid"></span> <span class="xxs" style="font-size:80%;">About this capture</span></a>\n'
    "      </div>\n"
    "    </div>\n"
    "  </div>\n"
    '    <div id="wm-capinfo" style="border-top:1px solid #777;display:none; overflow: hidden">\n'
    '        <div id="wm-capinfo-notice" source="api"></div>\n'
    '                <div id="wm-capinfo-collected-by">\n'
    '    <div style="background-color:#666;color:#fff;font-weight:bold;text-align:center;padding:2px 0;">COLLECTED BY</div>\n'
    '    <div style="padding:3px;position:relative" id="wm-collected-by-content">\n'
    '            <div style="display:inline-block;vertical-align:top;width:50%;">\n'
    '\t\t\t<span class="c-logo" style="background-image:url(https://archive.org/services/img/webwidecrawl);"></span>\n'
    '\t\tOrganization: <a style="color:#33f;" href="https://archive.org/details/webwidecrawl" target="_new"><span class="wm-title">Internet Archive</span></a>\n'
    '\t\t<div style="max-height:75px;overflow:hidden;position:relative;">\n'
    '\t  <div style="position:absolute;top:0;left:0;width:100%;height:75px;background:linear-gradient(to bottom,rgba(255,255,255,0) 0%,rgba(255,255,255,0) 90%,rgba(255,255,255,255) 100%);"></div>\n'
    "\t  The Internet Archive discovers and captures web pages through many different web crawls.\n"
    "\n"
    "At any given time several distinct crawls are running, some for months, and some every day or longer.\n"
    "\n"
    'View the web archive through the <a href="http://archive.org/web/web.php">Wayback Machine</a>.\n'
    "\t</div>\n"
    "\t      </div>\n"
    '      <div style="display:inline-block;vertical-align:top;width:49%;">\n'
    '\t\t\t<span class="c-logo" style="background-image:url(https://archive.org/services/img/liveweb)"></span>\n'
    '\t\t<div>Collection: <a style="color:#33f;" href="https://archive.org/details/liveweb" target="_new"><span class="wm-title">Live Web Proxy Crawls</span></a></div>\n'
    '\t\t<div style="max-height:75px;overflow:hidden;position:relative;">\n'
    '\t  <div style="position:absolute;top:0;left:0;width:100%;height:75px;background:linear-gradient(to bottom,rgba(255,255,255,0) 0%,rgba(255,255,255,0) 90%,rgba(255,255,255,255) 100%);"></div>\n'
    '\t  Content crawled via the <a href="http://archive.org/web/web.php">Wayback Machine</a> Live Proxy mostly by the Save Page Now feature on web.archive.org.\n'
    "<br /><br />\n"
    "Liveweb proxy is a component of Internet Archive\u2019s wayback machine project. The liveweb proxy captures the content of a web page in real time, archives it into a ARC or WARC file and returns the ARC/WARC record back to the wayback machine to process. The recorded ARC/WARC file becomes part of the wayback machine in due course of time.\n"
    "<br /><br />\n"
    "\t</div>\n"
    "\t      </div>\n"
    "    </div>\n"
    "    </div>\n"
    '    <div id="wm-capinfo-timestamps">\n'
    '    <div style="background-color:#666;color:#fff;font-weight:bold;text-align:center;padding:2px 0;" title="Timestamps for the elements of this page">TIMESTAMPS</div>\n'
    "    <div>\n"
    '      <div id="wm-capresources" style="margin:0 5px 5px 5px;max-height:250px;overflow-y:scroll !important"></div>\n'
    '      <div id="wm-capresources-loading" style="text-align:left;margin:0 20px 5px 5px;display:none"><img src="https://web-static.archive.org/_static/images/loading.gif" alt="loading" /></div>\n'
    "    </div>\n"
    "    </div>\n"
    '  </div></div></div></div><div id="wm-ipp-print">The Wayback Machine - ' + REPLAY + "</div>\n"
    '<script type="text/javascript">//<![CDATA[\n'
    '__wm.bt(775,27,25,2,"web","' + ORIG + '","' + TS + '",1996,"https://web-static.archive.org/_static/",'
    '["https://web-static.archive.org/_static/css/banner-styles.css?v=1utQkbB3","https://web-static.archive.org/_static/css/iconochive.css?v=3PDvdIFv"], false);\n'
    "  __wm.rw(1);\n"
    "//]]></script>\n"
    "<!-- END WAYBACK TOOLBAR INSERT -->\n"
    " "
)

WB_TAIL = (
    "<!--\n"
    "     FILE ARCHIVED ON 08:15:22 Mar 19, 2026 AND RETRIEVED FROM THE\n"
    "     INTERNET ARCHIVE ON 07:41:09 Dec 05, 2026.\n"
    "     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.\n"
    "\n"
    "     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.\n"
    "     SECTION 108(a)(3)).\n"
    "-->\n"
    "<!--\n"
    "playback timings (ms):\n"
    "  captures_list: 0.627\n"
    "  exclusion.robots: 0.034\n"
    "  exclusion.robots.policy: 0.021\n"
    "  esindex: 0.011\n"
    "  cdx.remote: 27.148\n"
    "  LoadShardBlock: 162.5 (3)\n"
    "  PetaboxLoader3.datanode: 148.904 (4)\n"
    "  PetaboxLoader3.resolve: 131.271 (2)\n"
    "  load_resource: 167.338\n"
    "  nav: 0.142 (6)\n"
    "-->"
)

# ---------------------------------------------------------------- the notice
TITLE = "沔溪县人民政府办公室关于印发《2026年县政府工作报告重点工作任务分解方案》的通知"

P_IND = '<p style="text-indent: 2em; line-height: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16px;">%s</span></p>'
P_TASK_KAI = ('<p style="text-indent: 2em; line-height: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16px;">%s</span>'
              '<span style="font-family: 楷体_GB2312, 楷体; font-size: 16px;">%s</span></p>')
P_PART = '<p style="text-indent: 2em; line-height: 2em;"><strong><span style="font-family: 黑体, SimHei; font-size: 16px;">%s</span></strong></p>'
P_CTR = '<p style="text-align: center; line-height: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16px;">%s</span></p>'
P_RIGHT = '<p style="text-align: right; line-height: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16px;">%s</span></p>'
P_LEFT = '<p style="line-height: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16px;">%s</span></p>'
P_RUNIN = ('<p style="text-indent: 2em; line-height: 2em;"><strong><span style="font-family: 楷体_GB2312, 楷体; font-size: 16px;">%s</span></strong>'
           '<span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16px;">%s</span></p>')

cover = [
    P_CTR % "沔政办发〔2026〕6号",
    P_LEFT % "各乡镇人民政府，县政府各部门，县直及驻县各单位：",
    P_IND % "《2026年县政府工作报告重点工作任务分解方案》已经县人民政府同意，现印发给你们，请结合工作职责认真抓好贯彻落实。现将有关事项通知如下：",
    P_RUNIN % ("一、压紧压实责任。", "各责任县领导要加强对分管领域重点工作的统筹调度，及时协调解决推进中的困难和问题。牵头单位对牵头任务负总责，要制定具体工作方案，明确时间表、路线图；配合单位要按照职责分工主动对接、密切配合，形成工作合力。"),
    P_RUNIN % ("二、建立推进台账。", "各牵头单位要于3月25日前将工作方案和任务推进台账报县政府督查室，此后于每季度最后一个月20日前报送工作进展情况（联系人：彭丽，联系电话：8821356，电子邮箱：mxxzfdcs@163.com）。"),
    P_RUNIN % ("三、强化督查考核。", "县政府督查室要加强跟踪督办，对工作推进不力、进度滞后的单位予以通报，督查结果纳入年度绩效考核。"),
    '<p style="text-indent: 2em; line-height: 2em;">&nbsp;</p>',
    P_RIGHT % "沔溪县人民政府办公室",
    P_RIGHT % "2026年3月11日",
    P_IND % "（此件公开发布）",
    "<p>&nbsp;</p>",
    '<p style="text-align: center; line-height: 2em;"><strong><span style="font-family: 方正小标宋简体; font-size: 20px;">2026年县政府工作报告重点工作任务分解方案</span></strong></p>',
    P_IND % "为确保县十八届人大六次会议审议通过的《政府工作报告》确定的各项目标任务落到实处，现将重点工作任务分解如下：",
]

# (part heading, [(task text, clause, kai)])  kai: clause in a 楷体 span of its own
parts = [
    ("一、聚焦产业升级，推动经济稳中提质", [
        ("1.坚定不移推进新型工业化。实施工业倍增计划，全年新增规模以上工业企业15家以上，规模工业增加值增长8%。",
         "（责任县领导：吴立新；牵头单位：县工业和信息化局；配合单位：县发展和改革局、县财政局、县统计局）", False),
        ("2.加快园区提质扩容。推进沔溪高新技术产业开发区调区扩区，新建标准厂房20万平方米，园区技工贸总收入增长12%。",
         "（责任县领导：吴立新；牵头单位：沔溪高新区管委会；配合单位：县自然资源局、县住房和城乡建设局）", False),
        ("3.大力发展数字经济。新建5G基站260个，推动80家企业“上云用数赋智”，数字经济核心产业增加值增长10%。",
         "（责任县领导：吴立新；牵头单位：县工业和信息化局）", False),
        ("4.强化科技创新引领。新增高新技术企业12家、科技型中小企业60家，全社会研发经费投入增长15%以上。",
         "（责任县领导：吴立新；牵头单位：县科学技术局；配合单位：县财政局、县市场监督管理局）", False),
        ("5.全力扩大有效投资。全年实施重点项目120个，完成投资150亿元，争取地方政府专项债券10亿元以上。",
         "（责任县领导：周建平；牵头单位：县发展和改革局、县财政局；配合单位：各乡镇人民政府）", False),
    ]),
    ("二、聚焦消费提振，持续激发市场活力", [
        ("6.促进消费扩容升级。开展“乐购沔溪”系列促消费活动20场次以上，社会消费品零售总额增长6.5%。",
         "（责任县领导：黄婉婷；牵头单位：县商务局；配合单位：县财政局、县市场监督管理局、县统计局）", False),
        ("7.推进文旅深度融合。推进桃花溪景区创建国家4A级旅游景区，全年接待游客突破600万人次。",
         "（责任县领导：黄婉婷；牵头单位：县文化旅游广电体育局；配合单位：县自然资源局、县交通运输局）", True),
        ("8.持续优化营商环境。深化“高效办成一件事”改革，政务服务事项网上可办率达到98%以上。",
         "（责任县领导：周建平；牵头单位：县行政审批服务局；配合单位：县司法局、县数据局）", False),
        ("9.全力支持民营经济发展。常态化开展“政企早餐会”，全年为经营主体减税降费5亿元以上。",
         "（责任县领导：周建平；牵头单位：县发展和改革局；配合单位：县工商业联合会、国家税务总局沔溪县税务局）", False),
    ]),
    ("三、聚焦乡村振兴，推进城乡融合发展", [
        ("10.稳定粮食生产。全年粮食播种面积稳定在62万亩以上，总产量稳定在25万吨以上。",
         "（责任县领导：杨宏；牵头单位：县农业农村局；配合单位：县财政局、县自然资源局、各乡镇人民政府）", False),
        ("11.巩固拓展脱贫攻坚成果。健全防止返贫致贫监测帮扶机制，确保不发生规模性返贫致贫。",
         "（责任县领导：杨宏；牵头单位：县农业农村局；配合单位：县民政局、县人力资源和社会保障局、县医疗保障局）", False),
        ("12.推进水利基础设施建设。完成中小河流治理28公里，新建改造农村供水工程15处。",
         "（责任县领导：杨宏；牵头单位：县水利局）", True),
        ("13.推进以人为本的新型城镇化。实施城市更新项目18个，改造城镇老旧小区36个、1.2万户。",
         "（责任县领导：钟志远；牵头单位：县住房和城乡建设局；配合单位：县自然资源局、县城市管理和综合执法局、县财政局）", False),
        ("14.完善综合交通网络。加快沔溪至东阳高速公路建设，新改建农村公路120公里。",
         "（责任县领导：钟志远；牵头单位：县交通运输局；配合单位：县自然资源局、县林业局、沿线乡镇人民政府）", False),
    ]),
    ("四、聚焦绿色发展，建设美丽沔溪", [
        ("15.深入打好污染防治攻坚战。县城空气质量优良天数比例达到92%以上，国、省控断面水质达标率100%。",
         "（责任县领导：钟志远；牵头单位：市生态环境局沔溪分局；配合单位：县住房和城乡建设局、县农业农村局、县水利局）", False),
        ("16.严格耕地保护。坚决遏制耕地“非农化”、基本农田“非粮化”，完成耕地恢复任务3200亩。",
         "（责任县领导：钟志远、杨宏；牵头单位：县自然资源局；配合单位：县农业农村局、各乡镇人民政府）", False),
        ("17.推进林长制落地见效。完成人工造林1.5万亩、森林抚育3万亩，森林覆盖率稳定在63%以上。",
         "（责任县领导：杨宏；牵头单位：县林业局）", False),
    ]),
    ("五、聚焦民生福祉，增进群众获得感", [
        ("18.稳定和扩大就业。城镇新增就业5200人，城镇调查失业率控制在5.5%以内。",
         "（责任县领导：邓晓琴；牵头单位：县人力资源和社会保障局；配合单位：县财政局、县教育局）", False),
        ("19.办好人民满意教育。新建、改扩建中小学校6所，新增学位4500个。",
         "（责任县领导：邓晓琴；牵头单位：县教育局；配合单位：县发展和改革局、县住房和城乡建设局、县自然资源局）", False),
        ("20.推进健康沔溪建设。加快县人民医院新院区建设，推进紧密型县域医共体提质增效。",
         "（责任县领导：邓晓琴；牵头单位：县卫生健康局；配合单位：县医疗保障局、县发展和改革局）", True),
        ("21.兜牢民生保障底线。提高城乡低保标准，新建乡镇区域养老服务中心4个。",
         "（责任县领导：邓晓琴；牵头单位：县民政局；配合单位：县财政局）", False),
        ("22.繁荣发展文化体育事业。开展“送戏下乡”200场，建成县全民健身中心并投入使用。",
         "（责任县领导：黄婉婷；牵头单位：县文化旅游广电体育局）", False),
        ("23.全力办好十件民生实事。细化项目清单，确保项目按期建成、群众受益。",
         "（责任县领导：周建平；牵头单位：县发展和改革局；配合单位：各有关单位）", False),
    ]),
    ("六、聚焦安全稳定，建设更高水平平安沔溪", [
        ("24.防范化解重点领域风险。稳妥处置房地产、地方债务等领域风险，坚决守住不发生系统性风险底线。",
         "（责任县领导：周建平；牵头单位：县财政局；配合单位：县住房和城乡建设局、县地方金融服务中心）", False),
        ("25.抓好安全生产和防灾减灾。深化安全生产治本攻坚三年行动，坚决防范遏制重特大事故。",
         "（责任县领导：谢斌、钟志远；牵头单位：县应急管理局；配合单位：县安全生产委员会各成员单位）", False),
        ("26.推进平安沔溪建设。常态化开展扫黑除恶斗争，深化信访工作法治化。",
         "（责任县领导：谢斌；牵头单位：县公安局；配合单位：县信访局、县司法局）", False),
        ("27.加强政府自身建设。深入推进法治政府建设，严格落实过紧日子要求，一般性支出压减5%以上。",
         "（责任县领导：罗启明；牵头单位：县人民政府办公室；配合单位：县司法局、县财政局、县审计局）", False),
    ]),
]

body = list(cover)
for head, tasks in parts:
    body.append(P_PART % head)
    for text, clause, kai in tasks:
        if kai:
            body.append(P_TASK_KAI % (text, clause))
        else:
            body.append(P_IND % (text + clause))

# ---------------------------------------------------------------- the page (CRLF)
head_rest = [
    "",
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
    '<meta http-equiv="X-UA-Compatible" content="IE=edge" />',
    "<title>%s_县政府办文件_沔溪县人民政府</title>" % TITLE,
    '<meta name="SiteName" content="沔溪县人民政府" />',
    '<meta name="SiteDomain" content="www.mianxi.gov.cn" />',
    '<meta name="SiteIDCode" content="4329270013" />',
    '<meta name="ColumnName" content="县政府办文件" />',
    '<meta name="ColumnDescription" content="沔溪县人民政府办公室发布的规范性文件和其他政策文件" />',
    '<meta name="ColumnKeywords" content="县政府办文件,政策文件" />',
    '<meta name="ColumnType" content="政策文件" />',
    '<meta name="ArticleTitle" content="%s" />' % TITLE,
    '<meta name="PubDate" content="2026-03-13 16:32" />',
    '<meta name="ContentSource" content="县政府办公室" />',
    '<meta name="Keywords" content="政府工作报告,重点工作,任务分解" />',
    '<meta name="Author" content="县政府办公室" />',
    '<meta name="Description" content="沔溪县人民政府办公室印发2026年县政府工作报告重点工作任务分解方案" />',
    '<meta name="Url" content="%s" />' % ORIG,
    '<link href="%s" rel="shortcut icon" type="image/x-icon" />' % rel("/images/favicon.ico", "im_"),
    '<link href="%s" rel="stylesheet" type="text/css" />' % rel("/css/common.css", "cs_"),
    '<link href="%s" rel="stylesheet" type="text/css" />' % rel("/css/xxgk_article.css", "cs_"),
    '<script type="text/javascript" src="%s"></script>' % rel("/js/jquery-1.11.3.min.js", "js_"),
    '<script type="text/javascript" src="%s"></script>' % rel("/js/common.js", "js_"),
    '<script type="text/javascript">',
    'var siteCode = "4329270013";',
    'var channelId = "1873";',
    'var docId = "2086147";',
    "</script>",
    "</head>",
]

page_top = [
    "",
    '<div class="top">',
    '  <div class="top_c">',
    '    <div class="top_l">欢迎访问沔溪县人民政府门户网站</div>',
    '    <div class="top_r"><a href="%s">无障碍浏览</a> | <a href="%s">长者模式</a> | <a href="%s">手机版</a> | <a href="%s">English</a></div>'
    % (rel("/wza/"), rel("/zzms/"), rel("/wap/"), rel("/en/")),
    "  </div>",
    "</div>",
    '<div class="header">',
    '  <div class="logo"><a href="%s"><img src="%s" alt="沔溪县人民政府" /></a></div>'
    % (ab(HOST + "/"), rel("/images/logo.png", "im_")),
    '  <div class="search">',
    '    <form name="searchform" action="%s" method="get" target="_blank">' % rel("/jsearch/search.do"),
    '      <input type="text" name="q" class="s_text" value="请输入关键字" />',
    '      <input type="submit" class="s_btn" value="搜索" />',
    "    </form>",
    "  </div>",
    "</div>",
    '<div class="nav">',
    "  <ul>",
    '    <li><a href="%s">首页</a></li>' % rel("/"),
    '    <li><a href="%s">走进沔溪</a></li>' % rel("/zjmx/"),
    '    <li class="on"><a href="%s">政务公开</a></li>' % rel("/zwgk/"),
    '    <li><a href="%s">政务服务</a></li>' % ab("http://hnzwfw.mianxi.gov.cn/"),
    '    <li><a href="%s">互动交流</a></li>' % rel("/hdjl/"),
    '    <li><a href="%s">专题专栏</a></li>' % rel("/ztzl/"),
    "  </ul>",
    "</div>",
    '<div class="main">',
    '  <div class="position">当前位置：<a href="%s">首页</a> &gt; <a href="%s">政务公开</a> &gt; <a href="%s">政策文件</a> &gt; <a href="%s">县政府办文件</a></div>'
    % (rel("/"), rel("/zwgk/"), rel("/zwgk/xxgk/zcwj/"), rel("/zwgk/xxgk/zcwj/xzfbwj/")),
    '  <div class="xxgk_table">',
    '    <table width="100%" border="0" cellspacing="0" cellpadding="0">',
    "      <tr>",
    '        <td class="td_t" width="12%">索&nbsp;引&nbsp;号：</td><td width="38%">11432927MB1D34567K/2026-00186</td>',
    '        <td class="td_t" width="12%">发布机构：</td><td width="38%">沔溪县人民政府办公室</td>',
    "      </tr>",
    "      <tr>",
    '        <td class="td_t">发文字号：</td><td>沔政办发〔2026〕6号</td>',
    '        <td class="td_t">主题分类：</td><td>综合政务/其他</td>',
    "      </tr>",
    "      <tr>",
    '        <td class="td_t">成文日期：</td><td>2026年03月11日</td>',
    '        <td class="td_t">发布日期：</td><td>2026年03月13日</td>',
    "      </tr>",
    "      <tr>",
    '        <td class="td_t">名&nbsp;&nbsp;&nbsp;&nbsp;称：</td><td colspan="3">%s</td>' % TITLE,
    "      </tr>",
    "      <tr>",
    '        <td class="td_t">有&nbsp;效&nbsp;性：</td><td colspan="3">有效</td>',
    "      </tr>",
    "    </table>",
    "  </div>",
    '  <div class="article">',
    '    <h1 class="title">%s</h1>' % TITLE,
    '    <div class="info"><span>发布时间：2026-03-13 16:32</span><span>来源：县政府办公室</span><span>浏览次数：<script type="text/javascript" src="%s"></script></span><span>字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span></div>'
    % rel("/cms/counter.jsp?docid=2086147", "js_"),
    '    <div class="article_con" id="zoom">',
]

page_bottom = [
    "    </div>",
    '    <div class="fj">',
    '      <p>附件下载：<a href="%s" target="_blank">沔政办发〔2026〕6号.pdf</a></p>'
    % rel("/zwgk/xxgk/zcwj/xzfbwj/202603/P020260313598712604533.pdf"),
    "    </div>",
    '    <div class="art_btn"><a href="javascript:window.print();">【打印本页】</a>&nbsp;&nbsp;<a href="javascript:window.close();">【关闭窗口】</a></div>',
    '    <div class="sxp">',
    '      <p>上一篇：<a href="%s">沔溪县人民政府办公室关于做好2026年春季森林防灭火工作的通知</a></p>'
    % rel("/zwgk/xxgk/zcwj/xzfbwj/202603/t20260306_2081023.html"),
    '      <p>下一篇：<a href="%s">沔溪县人民政府办公室关于印发《沔溪县2026年民生实事项目实施方案》的通知</a></p>'
    % rel("/zwgk/xxgk/zcwj/xzfbwj/202603/t20260317_2088451.html"),
    "    </div>",
    "  </div>",
    "</div>",
    '<div class="footer">',
    '  <div class="f_link"><a href="%s">网站地图</a> | <a href="%s">联系我们</a> | <a href="%s">隐私声明</a></div>'
    % (rel("/wzdt/"), rel("/lxwm/"), rel("/yssm/")),
    '  <div class="f_con">',
    '    <a href="%s" target="_blank"><img src="%s" alt="党政机关" /></a>'
    % (ab("http://bszs.conac.cn/sitename?method=show&amp;id=0B3A71E5C7A13D55E053022819AC7D41"), ab("http://dcs.conac.cn/image/red.png", "im_")),
    "    <p>主办：沔溪县人民政府办公室　承办：沔溪县融媒体中心</p>",
    "    <p>网站标识码：4329270013　<a href=\"%s\" target=\"_blank\">湘ICP备05003127号</a></p>" % ab("https://beian.miit.gov.cn/"),
    "  </div>",
    "</div>",
    '<script id="_jiucuo_" sitecode=\'4329270013\' src=\'%s\'></script>' % ab("https://zfwzgl.www.gov.cn/exposure/jiucuo.js", "js_"),
    "</body>",
    "</html>",
    "",
]

CRLF = "\r\n"
pre = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
       + CRLF + '<html xmlns="http://www.w3.org/1999/xhtml">' + CRLF + "<head>")
out = (pre + WB_HEAD + CRLF.join(head_rest) + CRLF + "<body>" + WB_TOOLBAR
       + CRLF.join(page_top) + CRLF
       + CRLF.join("      " + b for b in body) + CRLF
       + CRLF.join(page_bottom) + WB_TAIL)

with open(OUT, "w", encoding="utf-8", newline="") as f:
    f.write(out)
print(OUT, len(out.encode("utf-8")))
