#!/usr/bin/env python3
"""Notice 521: a 市人民政府 notice on the city portal's article page, selected from the
title to the last table cell in Chrome, copied (Ctrl+C) and pasted into Notepad.

The page is built here as the portal (a TRS WCM site) serves it: the CMS's TRS_Editor
style block (`.TRS_Editor P{margin-bottom:12px;...font-size:12pt}`), the body pasted
from Word (MsoNormal paragraphs, text-indent in CSS rather than typed spaces, the
附件 table with a <p> in every cell, colspan part rows, rowspan leaders).
The copy is then made by a real Chromium (headless, driven over DevTools): the
selection is set from the <h1> to the end of the last cell, document.execCommand('copy')
runs, and navigator.clipboard.readText() gives back what the clipboard holds.
Notepad on Windows gets CRLF (Blink converts \n to \r\n when it writes the clipboard
on Windows) and saves UTF-8 without a BOM; the paste has no final newline.
"""
import html
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "521_fengling_shi_gzbg_renwu_fengong_wangye_fuzhi.txt"

TITLE = "沣陵市人民政府关于印发2025年《政府工作报告》重点工作任务分工的通知"

# ---------------------------------------------------------------- the 附件 table
# each task: (序号, [task paragraphs], leader cell paragraphs, lead cell paragraphs,
#             coop cell paragraphs, deadline)
# None in a column = covered by the rowspan of the cell above.
PARTS = [
    ("一、坚持扩大有效需求，推动经济持续回升向好（6项）", [
        (1, ["全力扩大有效投资，全年实施市级重点项目300个以上，完成投资650亿元，争取中央预算内投资和超长期特别国债项目资金30亿元以上。"],
         ["郑文涛"], ["市发展改革委"], ["市财政局、市自然资源和规划局、市生态环境局，各县（市、区）人民政府"], "2025年12月底前"),
        (2, ["用好地方政府专项债券，全年争取专项债券额度45亿元以上，加快资金拨付使用，尽早形成实物工作量。"],
         None, ["市财政局、市发展改革委"], ["各县（市、区）人民政府"], "2025年12月底前"),
        (3, ["大力提振消费，开展“乐购沣陵”系列促消费活动200场以上，落实汽车、家电以旧换新政策，社会消费品零售总额增长5.5%。"],
         ["许振宇"], ["市商务局"], ["市财政局、市市场监管局、市文化广电旅游局"], "2025年12月底前"),
        (4, ["培育文旅消费新场景，推进沣陵古城历史文化街区提质改造，创建省级夜间文化和旅游消费集聚区1个，全年接待游客增长8%以上。"],
         ["刘晓红"], ["市文化广电旅游局"], ["市商务局、市住房城乡建设局"], "持续推进"),
        (5, ["稳定外贸外资基本盘，支持企业拓市场、抢订单，实际使用外资增长5%，进出口总额保持稳定。"],
         ["许振宇"], ["市商务局"], ["沣陵海关、市贸促会"], "2025年12月底前"),
        (6, ["加强经济运行监测调度，健全重点指标月调度、季分析机制，确保地区生产总值增长6%左右。"],
         ["郑文涛"], ["市发展改革委、市统计局"], ["市直有关部门"], "持续推进"),
    ]),
    ("二、坚持产业强市，加快构建现代化产业体系（6项）", [
        (7, ["实施制造业重点产业链高质量发展行动，做强新材料、装备制造、绿色食品三大主导产业，规模以上工业增加值增长7%。"],
         ["许振宇"], ["市工业和信息化局"], ["市发展改革委、市科技局、市商务局"], "2025年12月底前"),
        (8, ["推进工业技改提质，实施投资500万元以上技改项目120个，新增省级数字化车间和智能工厂15个。"],
         None, ["市工业和信息化局"], ["市财政局"], None),
        (9, ["加快沣陵高新区扩区调位，完成标准厂房建设40万平方米，园区规模以上工业营业收入突破千亿元。"],
         ["许振宇", "曹静怡"], ["沣陵高新区管委会"], ["市自然资源和规划局、市住房城乡建设局"], "2025年12月底前"),
        (10, ["强化科技创新引领，新增高新技术企业80家、科技型中小企业300家，全社会研发经费投入强度达到2.3%。"],
         ["许振宇"], ["市科技局"], ["市财政局、市统计局、市工业和信息化局"], "2025年12月底前"),
        (11, ["深入实施“沣才聚陵”计划，引进各类高层次人才和急需紧缺人才2000名以上，新建人才公寓1000套。"],
         ["刘晓红"], ["市委人才办、市人力资源社会保障局"], ["市住房城乡建设局、市教育局"], "持续推进"),
        (12, ["加快发展现代服务业，培育省级现代服务业集聚区2个，推动现代物流、科技金融、会展等生产性服务业提质增效。"],
         ["郑文涛"], ["市发展改革委"], ["市商务局、市交通运输局、市委金融办"], "2025年12月底前"),
    ]),
    ("三、坚持改革开放，持续激发发展活力（5项）", [
        (13, ["深入推进营商环境优化提升行动。",
              "开展“高效办成一件事”集成改革，新增重点事项15个，政务服务事项网上可办率达到98%以上，企业开办时间压缩至1个工作日以内。"],
         ["潘　宏"], ["市政务服务管理局"], ["市数据局、市市场监管局，市直有关部门"], "2025年12月底前"),
        (14, ["深化国资国企改革，完成市属国有企业功能界定与分类，推动市城投集团、市交投集团市场化转型。"],
         ["郑文涛"], ["市国资委"], ["市财政局、市城投集团、市交投集团"], "2025年12月底前"),
        (15, ["支持民营经济发展壮大，健全防范化解拖欠企业账款长效机制，常态化开展“千名干部进千企”服务活动。"],
         ["许振宇"], ["市工商联、市工业和信息化局"], ["市发展改革委、市财政局、市司法局"], "持续推进"),
        (16, ["加快开放平台建设，推动沣陵综合保税区申报取得实质性进展，常态化开行中欧班列沣陵专列。"],
         ["许振宇"], ["市商务局"], ["沣陵海关、市交通运输局、市发展改革委"], "2025年12月底前"),
        (17, ["深化财税金融改革，推进预算管理一体化，新增上市企业2家、新三板挂牌企业3家。"],
         ["郑文涛"], ["市财政局、市委金融办"], ["国家金融监督管理总局沣陵监管分局、中国人民银行沣陵市分行"], "2025年12月底前"),
    ]),
    ("四、坚持城乡融合，全面推进乡村振兴（5项）", [
        (18, ["稳定粮食生产，粮食播种面积稳定在420万亩以上、产量保持在32亿斤以上，新建高标准农田12万亩。"],
         ["韩立明"], ["市农业农村局"], ["市财政局、市自然资源和规划局、市水利局，各县（市、区）人民政府"], "2025年10月底前"),
        (19, ["做强乡村特色产业，新增农业产业化省级重点龙头企业8家，农产品加工业产值增长8%。"],
         None, ["市农业农村局"], ["市工业和信息化局、市供销合作社"], "2025年12月底前"),
        (20, ["推进宜居宜业和美乡村建设，创建市级和美乡村示范村100个，农村卫生厕所普及率达到90%。"],
         None, ["市农业农村局"], ["市住房城乡建设局、市生态环境局、市卫生健康委"], "2025年11月底前"),
        (21, ["巩固拓展脱贫攻坚成果，落实防止返贫致贫监测帮扶机制，脱贫人口人均纯收入增长8%以上。"],
         None, ["市农业农村局"], ["市民政局、市人力资源社会保障局、市医保局"], "持续推进"),
        (22, ["加快水利基础设施建设，推进沣河干流治理和中型灌区续建配套与现代化改造，完成水利投资35亿元。"],
         None, ["市水利局"], ["市发展改革委、市财政局"], "2025年12月底前"),
    ]),
    ("五、坚持绿色发展，建设宜居韧性美丽城市（5项）", [
        (23, ["推进以人为本的新型城镇化，实施城市更新项目60个，改造城镇老旧小区120个、城中村3个。"],
         ["曹静怡"], ["市住房城乡建设局"], ["市自然资源和规划局、市城市管理局、市财政局"], "2025年12月底前"),
        (24, ["完善综合交通网络，加快沣陵至青原高速公路建设，开工建设沣陵西站综合交通枢纽。"],
         None, ["市交通运输局"], ["市发展改革委、市自然资源和规划局"], None),
        (25, ["深入打好蓝天碧水净土保卫战，细颗粒物平均浓度控制在35微克/立方米以内，国省控断面水质优良率保持100%。"],
         None, ["市生态环境局"], ["市住房城乡建设局、市农业农村局、市水利局，各县（市、区）人民政府"], None),
        (26, ["抓好中央生态环境保护督察反馈问题整改，确保按时序完成整改任务。"],
         None, ["市生态环境局"], ["市直有关部门，各县（市、区）人民政府"], "按整改时限完成"),
        (27, ["深入推进林长制，完成营造林8万亩，森林覆盖率稳定在52%以上。"],
         ["韩立明"], ["市林业局"], ["\u00a0"], "2025年12月底前"),
    ]),
    ("六、坚持民生为本，提升群众获得感幸福感安全感（6项）", [
        (28, ["抓好高校毕业生、农民工、退役军人等重点群体就业，城镇新增就业4.2万人，城镇调查失业率控制在5.5%以内。"],
         ["刘晓红"], ["市人力资源社会保障局"], ["市教育局、市退役军人事务局、市农业农村局"], "2025年12月底前"),
        (29, ["推进教育优质均衡发展，新建改扩建中小学校和幼儿园18所，新增学位1.2万个。"],
         None, ["市教育局"], ["市发展改革委、市财政局、市自然资源和规划局"], "2025年8月底前"),
        (30, ["推进健康沣陵建设，加快市中心医院新院区建设，推动紧密型县域医共体建设全覆盖。"],
         None, ["市卫生健康委"], ["市医保局、市财政局"], "2025年12月底前"),
        (31, ["健全多层次社会保障体系，城乡居民基本养老保险参保率保持在95%以上，新建社区嵌入式养老服务设施30个。"],
         None, ["市人力资源社会保障局、市民政局"], ["市财政局、市医保局"], "2025年12月底前"),
        (32, ["统筹发展和安全，深化安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。"],
         ["郑文涛、吴建国"], ["市应急管理局"], ["市安委会各成员单位"], "持续推进"),
        (33, ["深化平安沣陵建设，常态化开展扫黑除恶斗争，依法严厉打击电信网络诈骗等违法犯罪。"],
         ["吴建国"], ["市公安局"], ["市司法局、市信访局"], "持续推进"),
    ]),
]

FS = "font-family:仿宋_GB2312;font-size:12.0pt"
HEI = "font-family:黑体;font-size:12.0pt"


def p_cell(texts, align="center", style=FS):
    out = []
    for t in texts:
        t = "&nbsp;" if t == "\u00a0" else html.escape(t, quote=False)
        out.append(f'<p class="MsoNormal" align="{align}" style="text-align:{align};line-height:16.0pt;'
                   f'mso-line-height-rule:exactly"><span style="{style}">{t}</span></p>')
    return "".join(out)


def rowspans(rows, col):
    """rowspan of the cell in column col starting at row i (0 if covered)."""
    spans = []
    for i, r in enumerate(rows):
        if r[col] is None:
            spans.append(0)
            continue
        n = 1
        while i + n < len(rows) and rows[i + n][col] is None:
            n += 1
        spans.append(n)
    return spans


def build_table():
    td = ('<td width="{w}" valign="center" {span}style="border:solid windowtext 1.0pt;'
          'padding:0cm 5.4pt 0cm 5.4pt">{c}</td>')
    widths = ["5%", "41%", "10%", "14%", "18%", "12%"]
    out = ['<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%" '
           'style="width:100.0%;border-collapse:collapse;border:none">', "<tbody>"]
    head = ["序号", "重点工作任务", "责任市领导", "牵头单位", "配合单位", "完成时限"]
    out.append("<tr>" + "".join(td.format(w=w, span="", c=p_cell([h], style=HEI)) for w, h in zip(widths, head)) + "</tr>")
    for title, tasks in PARTS:
        out.append('<tr><td colspan="6" valign="center" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
                   + p_cell([title], align="left", style=HEI) + "</td></tr>")
        rows = [(str(n), tp, ld, lu, cu, dl) for (n, tp, ld, lu, cu, dl) in tasks]
        spans = {c: rowspans(rows, c) for c in (2, 3, 5)}
        for i, r in enumerate(rows):
            cells = []
            for c in range(6):
                if c in spans and spans[c][i] == 0:
                    continue
                span = f'rowspan="{spans[c][i]}" ' if c in spans and spans[c][i] > 1 else ""
                if c == 0:
                    content = p_cell([r[0]])
                elif c == 1:
                    content = p_cell(r[1], align="left")
                elif c == 5:
                    content = p_cell([r[5]])
                else:
                    content = p_cell(r[c])
                cells.append(td.format(w=widths[c], span=span, c=content))
            out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def body_p(text, indent=True, align=None, style="font-family:仿宋_GB2312;font-size:16.0pt"):
    st = []
    if align:
        st.append(f"text-align:{align}")
    if indent:
        st.append("text-indent:32.0pt")
    st.append("line-height:29.0pt;mso-line-height-rule:exactly")
    a = f' align="{align}"' if align else ""
    t = "&nbsp;" if text == "" else html.escape(text, quote=False)
    return f'<p class="MsoNormal"{a} style="{";".join(st)}"><span style="{style}">{t}</span></p>'


COVER = [
    "2025年《政府工作报告》已经沣陵市第十七届人民代表大会第五次会议审议通过。为确保《政府工作报告》确定的各项目标任务落到实处，市政府对报告提出的重点工作任务进行了分解，明确了责任市领导、牵头单位、配合单位和完成时限，现印发给你们，并提出如下要求，请认真贯彻落实。",
    ("一、提高思想认识。", "《政府工作报告》是市政府全年工作的总纲领，各地各部门要切实把思想和行动统一到市委、市政府决策部署上来，把落实《政府工作报告》重点工作任务作为检验工作成效的重要标尺，以实干实绩推动各项任务落地见效。"),
    ("二、压实工作责任。", "各责任市领导要加强对分管领域重点工作的指导调度，及时研究解决推进中的重大问题。牵头单位是任务落实的第一责任单位，主要负责同志为第一责任人，要制定具体工作方案，细化工作措施，明确时间节点；牵头单位有两个及以上的，排在第一位的为主牵头单位，负责统筹协调。配合单位要主动配合、积极支持，形成工作合力。"),
    ("三、强化督查考核。", "市政府督查室要将重点工作任务落实情况纳入市政府重点督查事项，实行月调度、季通报、年终考核。各牵头单位要于每季度最后一个月25日前将任务进展情况书面报送市政府督查室，对工作推进不力、未按时完成任务的，按有关规定严肃问责。"),
]


def build_content():
    hs = "font-family:方正小标宋简体;font-size:22.0pt"
    c = []
    c.append(body_p("沣政发〔2025〕3号", indent=False, align="center"))
    c.append(body_p("", indent=False))
    c.append(body_p("沣陵市人民政府关于印发2025年《政府工作报告》", indent=False, align="center", style=hs))
    c.append(body_p("重点工作任务分工的通知", indent=False, align="center", style=hs))
    c.append(body_p("", indent=False))
    c.append(body_p("各县（市、区）人民政府，市政府各部门，各直属机构：", indent=False))
    c.append(body_p(COVER[0]))
    for head, rest in COVER[1:]:
        c.append('<p class="MsoNormal" style="text-indent:32.0pt;line-height:29.0pt;mso-line-height-rule:exactly">'
                 f'<b><span style="font-family:黑体;font-size:16.0pt">{head}</span></b>'
                 f'<span style="font-family:仿宋_GB2312;font-size:16.0pt">{rest}</span></p>')
    c.append(body_p(""))
    c.append(body_p("附件：2025年《政府工作报告》重点工作任务分工"))
    c.append(body_p(""))
    c.append(body_p(""))
    c.append(body_p("沣陵市人民政府", indent=False, align="right"))
    c.append(body_p("2025年2月26日", indent=False, align="right"))
    c.append(body_p("（此件公开发布）"))
    c.append(body_p(""))
    c.append(body_p("附件", indent=False, style="font-family:黑体;font-size:16.0pt"))
    c.append(body_p(""))
    c.append(body_p("2025年《政府工作报告》重点工作任务分工", indent=False, align="center", style=hs))
    c.append(body_p(""))
    c.append(build_table())
    c.append(body_p(""))
    return "\n".join(c)


TRS_STYLE = (".TRS_Editor P{margin-top:5px;margin-bottom:12px;line-height:1.5;font-family:宋体;font-size:12pt;}"
             ".TRS_Editor DIV{margin-top:5px;margin-bottom:12px;line-height:1.5;font-family:宋体;font-size:12pt;}"
             ".TRS_Editor TD{margin-top:5px;margin-bottom:12px;line-height:1.5;font-family:宋体;font-size:12pt;}"
             ".TRS_Editor TH{margin-top:5px;margin-bottom:12px;line-height:1.5;font-family:宋体;font-size:12pt;}"
             ".TRS_Editor SPAN{margin-top:5px;margin-bottom:12px;line-height:1.5;font-family:宋体;font-size:12pt;}"
             ".TRS_Editor FONT{margin-top:5px;margin-bottom:12px;line-height:1.5;font-family:宋体;font-size:12pt;}"
             ".TRS_Editor UL{margin-top:5px;margin-bottom:12px;line-height:1.5;font-family:宋体;font-size:12pt;}"
             ".TRS_Editor LI{margin-top:5px;margin-bottom:12px;line-height:1.5;font-family:宋体;font-size:12pt;}"
             ".TRS_Editor A{margin-top:5px;margin-bottom:12px;line-height:1.5;font-family:宋体;font-size:12pt;}")


def build_page():
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="沣陵市人民政府">
<meta name="ColumnName" content="市政府文件">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2025-02-28 16:05">
<title>{TITLE}_市政府文件_沣陵市人民政府</title>
<style>
body{{margin:0;font-family:"Microsoft YaHei",sans-serif;font-size:14px;color:#333}}
.header{{background:#b5141b;color:#fff;height:120px}} .nav a{{color:#fff;margin:0 12px}}
.main{{width:1200px;margin:0 auto}} .crumb{{padding:12px 0;color:#666}}
.xxgk{{width:100%;border-collapse:collapse;background:#f7f7f7;margin-bottom:20px}} .xxgk td{{border:1px solid #ddd;padding:6px 10px}}
.article h1{{font-size:26px;text-align:center;color:#b5141b;line-height:40px;margin:20px 0 10px}}
.article .info{{text-align:center;color:#888;border-bottom:1px dashed #ccc;padding-bottom:10px;margin-bottom:20px}}
.article .info span{{margin:0 10px}}
.content{{padding:0 40px;line-height:2}}
.content table td{{border:1px solid #000}}
.fujian,.share,.footer{{margin-top:20px}}
</style>
<style type="text/css">{TRS_STYLE}</style>
</head>
<body>
<div class="header"><div class="main"><div class="logo">沣陵市人民政府</div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjfl/">走进沣陵</a></div></div></div>
<div class="main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="/zwgk/zfwj/">政府文件</a> &gt; <a href="/zwgk/zfwj/szfwj/">市政府文件</a></div>
<table class="xxgk"><tbody>
<tr><td>索 引 号：</td><td>11431100MB1F3420XG/2025-0000312</td><td>主题分类：</td><td>国民经济管理、国有资产监管</td></tr>
<tr><td>发文机关：</td><td>沣陵市人民政府</td><td>成文日期：</td><td>2025-02-26</td></tr>
<tr><td>标　　题：</td><td colspan="3">{TITLE}</td></tr>
<tr><td>发文字号：</td><td>沣政发〔2025〕3号</td><td>发布日期：</td><td>2025-02-28</td></tr>
</tbody></table>
<div class="article">
<h1 id="art-title">{TITLE}</h1>
<div class="info"><span>发布时间：2025-02-28 16:05</span> <span>来源：沣陵市人民政府办公室</span> <span>浏览次数：<em id="hits">2317</em></span> <span class="zihao">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>
<div class="content" id="zoom">
<div class="TRS_Editor">
{build_content()}
</div>
</div>
<div class="fujian">附件：<a href="./P020250228583412307145.docx">2025年《政府工作报告》重点工作任务分工.docx</a></div>
<div class="share">分享到：<a>微信</a> <a>微博</a>　　<a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
<div class="footer"><div class="main">主办单位：沣陵市人民政府办公室　　承办单位：沣陵市数据局　　网站标识码：4311000012</div></div>
</body>
</html>
"""


CDP_JS = r"""
const http=require('http');
function getJSON(u){return new Promise((res,rej)=>http.get(u,r=>{let d='';r.on('data',c=>d+=c);r.on('end',()=>res(JSON.parse(d)))}).on('error',rej));}
(async()=>{
 const port=process.argv[2], url=process.argv[3];
 let list; for(let i=0;i<100;i++){try{list=await getJSON(`http://127.0.0.1:${port}/json/list`);if(list.find(t=>t.type==='page'))break;}catch(e){} await new Promise(r=>setTimeout(r,200));}
 const ver=await getJSON(`http://127.0.0.1:${port}/json/version`);
 const page=list.find(t=>t.type==='page');
 const bws=new WebSocket(ver.webSocketDebuggerUrl), ws=new WebSocket(page.webSocketDebuggerUrl);
 const o1=new Promise(r=>ws.onopen=r), o2=new Promise(r=>bws.onopen=r); await o1; await o2;
 let id=0; const pend={};
 function mk(sock){sock.onmessage=m=>{const o=JSON.parse(m.data); if(o.id&&pend[o.id]){pend[o.id](o);delete pend[o.id];}}; return (method,params={})=>new Promise(r=>{const i=++id;pend[i]=r;sock.send(JSON.stringify({id:i,method,params}));});}
 const send=mk(ws), bsend=mk(bws);
 setTimeout(()=>{console.error('timeout');process.exit(2)},30000);
 await bsend('Browser.grantPermissions',{origin:new URL(url).origin,permissions:['clipboardReadWrite','clipboardSanitizedWrite']});
 await send('Page.enable');
 const loaded=new Promise(r=>{const old=ws.onmessage;ws.onmessage=m=>{old(m);const o=JSON.parse(m.data);if(o.method==='Page.loadEventFired')r();};});
 await send('Page.navigate',{url}); await loaded;
 await send('Emulation.setFocusEmulationEnabled',{enabled:true});
 const expr=`(async()=>{
   const h=document.getElementById('art-title');
   const tds=document.querySelectorAll('.TRS_Editor table td'); const last=tds[tds.length-1];
   const w=document.createTreeWalker(last,NodeFilter.SHOW_TEXT); let t=null,n; while((n=w.nextNode()))t=n;
   const r=document.createRange(); r.setStart(h.firstChild,0); r.setEnd(t,t.length);
   const s=getSelection(); s.removeAllRanges(); s.addRange(r);
   document.execCommand('copy');
   return await navigator.clipboard.readText();})()`;
 const r1=await send('Runtime.evaluate',{expression:expr,awaitPromise:true,returnByValue:true,userGesture:true});
 if(!r1.result||r1.result.exceptionDetails){console.error(JSON.stringify(r1));process.exit(3);}
 process.stdout.write(JSON.stringify(r1.result.result.value));
 process.exit(0);
})();
"""


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def main():
    tmp = tempfile.mkdtemp(prefix="make521_")
    try:
        with open(os.path.join(tmp, "index.html"), "w", encoding="utf-8") as f:
            f.write(build_page())
        with open(os.path.join(tmp, "cdp.js"), "w", encoding="utf-8") as f:
            f.write(CDP_JS)

        class H(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *a, **k):
                super().__init__(*a, directory=tmp, **k)

            def log_message(self, *a):
                pass

        srv = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), H)
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        dport = free_port()
        chrome = subprocess.Popen(
            ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", f"--remote-debugging-port={dport}",
             f"--user-data-dir={os.path.join(tmp, 'profile')}", "--window-size=1400,1000", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            url = f"http://127.0.0.1:{srv.server_address[1]}/index.html"
            out = subprocess.run(["node", "--experimental-websocket", os.path.join(tmp, "cdp.js"), str(dport), url],
                                 capture_output=True, text=True, timeout=90)
            if out.returncode != 0:
                sys.exit("cdp failed: " + out.stderr)
            text = json.loads(out.stdout)
        finally:
            chrome.terminate()
            try:
                chrome.wait(10)
            except subprocess.TimeoutExpired:
                chrome.kill()
            srv.shutdown()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    # the clipboard on Windows: nbsp already spaces; Blink writes CRLF there
    text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    with open(os.path.join(HERE, NAME), "wb") as f:
        f.write(text.encode("utf-8"))
    print("wrote", NAME, len(text), "chars")


if __name__ == "__main__":
    main()
