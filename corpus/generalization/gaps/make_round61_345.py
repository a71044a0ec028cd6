#!/usr/bin/env python3
"""Writes 345_luchuan_shi_shangwuju_weixin_kapian.html: a 市商务局 WeChat article saved from a browser."""
import html
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "345_luchuan_shi_shangwuju_weixin_kapian.html")
BLUE = "#0b5cad"
RED = "#c8102e"

def esc(s):
    return html.escape(s, quote=False)

def pill(label, color=BLUE):
    return (f'<span style="display: inline-block;padding: 0px 6px;margin-right: 6px;border-radius: 4px;'
            f'background-color: {color};color: rgb(255, 255, 255);font-size: 12px;line-height: 20px;">'
            f'<span leaf="">{label}</span></span>')

def pill_row(label, units, color=BLUE):
    return (f'<p style="margin: 4px 0px;text-align: left;line-height: 1.75;">{pill(label, color)}'
            f'<span style="font-size: 14px;color: rgb(51, 51, 51);"><span leaf="">{esc(units)}</span></span></p>')

def chip_row(label, units):
    chips = "".join(
        f'<section style="display: inline-block;margin: 0px 6px 6px 0px;padding: 0px 8px;border: 1px solid {RED};'
        f'border-radius: 12px;font-size: 13px;line-height: 22px;color: {RED};"><span leaf="">{esc(u)}</span></section>'
        for u in units)
    return (f'<section style="display: flex;flex-flow: row wrap;align-items: center;margin-top: 6px;">'
            f'<section style="display: inline-block;margin: 0px 8px 6px 0px;padding: 0px 6px;background-color: {RED};'
            f'color: rgb(255, 255, 255);font-size: 12px;line-height: 22px;"><strong><span leaf="">{label}</span></strong></section>'
            f'{chips}</section>')

def badge(n, color=BLUE):
    return (f'<section style="flex: 0 0 auto;width: 46px;margin-right: 10px;text-align: center;color: {color};">'
            f'<section style="font-size: 11px;line-height: 1;"><span leaf="">NO.</span></section>'
            f'<section style="font-size: 24px;font-weight: bold;line-height: 1.2;font-family: Impact, sans-serif;">'
            f'<span leaf="">{n:02d}</span></section></section>')

def card(n, title, body, rows, color=BLUE, chips=False):
    inner = (f'<p style="text-align: justify;line-height: 1.75;margin: 0px;"><span style="font-size: 15px;letter-spacing: 0.5px;">'
             f'<strong><span style="color: {color};"><span leaf="">{esc(title)}</span></span></strong>'
             f'<span leaf="">{esc(body)}</span></span></p>')
    for r in rows:
        if chips:
            inner += chip_row(r[0], r[1])
        else:
            inner += pill_row(r[0], r[1], color)
    return (f'<section style="display: flex;flex-flow: row nowrap;margin: 12px 0px;padding: 12px 10px;'
            f'background-color: rgb(245, 248, 252);border-left: 3px solid {color};box-sizing: border-box;">'
            f'{badge(n, color)}<section style="flex: 1 1 0%;min-width: 0px;">{inner}</section></section>')

def part_head(no, name, count, leader_line, color=BLUE):
    s = (f'<section style="margin: 28px 0px 8px;text-align: center;">'
         f'<section style="display: inline-block;padding: 2px 14px;background-color: {color};color: rgb(255, 255, 255);'
         f'font-size: 13px;letter-spacing: 2px;"><span leaf="">PART</span></section>'
         f'<section style="font-size: 30px;font-weight: bold;color: {color};line-height: 1.2;font-family: Impact, sans-serif;">'
         f'<span leaf="">{no}</span></section>'
         f'<section style="font-size: 18px;font-weight: bold;color: rgb(34, 34, 34);letter-spacing: 2px;">'
         f'<span leaf="">{esc(name)}</span></section>'
         f'<section style="font-size: 12px;color: rgb(136, 136, 136);"><span leaf="">{esc(count)}</span></section>')
    if leader_line:
        s += (f'<section style="margin-top: 6px;font-size: 13px;color: rgb(85, 85, 85);">'
              f'<span leaf="">{esc(leader_line[0])}</span><span style="margin: 0px 6px;color: rgb(204, 204, 204);">'
              f'<span leaf="">|</span></span><span leaf="">{esc(leader_line[1])}</span></section>')
    return s + '</section>'

def para(text, align="justify", indent=True, bold=False, size=15, color="rgb(51, 51, 51)"):
    st = f"text-align: {align};line-height: 1.75;margin: 0px 0px 8px;"
    if indent:
        st += "text-indent: 2em;"
    t = f'<span leaf="">{esc(text)}</span>'
    if bold:
        t = f"<strong>{t}</strong>"
    return f'<p style="{st}"><span style="font-size: {size}px;color: {color};letter-spacing: 0.5px;">{t}</span></p>'

# ------------------------------------------------------------------ content
P1 = [
    ("推动外贸稳规模优结构。", "实施外贸主体培育行动，全年新增有进出口实绩企业80家以上，机电产品、新能源产品出口占比进一步提高，力争全市外贸进出口总额增长5%。",
     [("牵头", "对外贸易科"), ("配合", "市商务发展服务中心、各县（市、区）商务主管部门")]),
    ("大力发展跨境电商。", "支持鹭川跨境电子商务综合试验区建设，新培育跨境电商产业园2个、公共海外仓3个，跨境电商进出口额增长15%以上。",
     [("牵头", "电子商务科"), ("配合", "对外贸易科、市口岸服务中心")]),
    ("提升口岸通关效率。", "推进国际贸易“单一窗口”功能拓展，巩固压缩整体通关时间成效，推动鹭川港五类指定监管场地常态化运营。",
     [("牵头", "市口岸服务中心"), ("配合", "对外贸易科")]),
    ("加快服务贸易创新发展。", "培育服务外包、数字贸易、文化贸易等新业态，争创省级服务贸易创新发展示范基地1个。",
     [("责任", "服务贸易和商贸服务业科")]),
    ("高水平建设开放平台。", "支持鹭川综合保税区扩区提质，推动鹭川经济技术开发区在全省综合考评中争先进位。",
     [("局领导", "方致远"), ("牵头", "外资和对外经济合作科、鹭川经开区经济发展局"), ("配合", "对外贸易科、市口岸服务中心")]),
    ("积极开拓多元市场。", "组织企业参加广交会、进博会等重点展会100家次以上，用好RCEP等自贸协定优惠政策，扩大对共建“一带一路”国家出口。",
     [("牵头", "对外贸易科"), ("配合", "市商务发展服务中心")]),
]
P2 = [
    ("持续开展“乐购鹭川”促消费活动。", "联动商圈、街区、平台企业，全年举办各类促消费活动50场以上，社会消费品零售总额增长6%左右。",
     [("牵头", "市场运行和消费促进科"), ("配合", "电子商务科、各县（市、区）商务主管部门")]),
    ("推动汽车、家电等大宗消费以旧换新。", "落实国家和省以旧换新政策，做好补贴资金申报、审核和拨付工作，确保资金安全、规范使用。",
     [("责任", "市场运行和消费促进科、财务审计科、各县（市、区）商务主管部门")]),
    ("培育壮大新型消费。", "发展直播电商、即时零售、首发经济，打造直播电商基地2个，培育网络零售额超亿元企业5家。",
     [("责任", "电子商务科　市商务发展服务中心")]),
    ("完善县域商业体系。", "新建改造乡镇商贸中心8个、村级便民商店60个，推进县乡村三级物流共同配送。",
     [("牵头", "流通业发展科"), ("配合", "各县（市、区）商务主管部门")]),
    ("推进城市一刻钟便民生活圈建设。", "新建便民生活圈6个，引导品牌连锁便利店进社区，补齐早餐、家政、维修等服务短板。",
     [("责任", "流通业发展科")]),
    ("做好生活必需品市场保供稳价。", "完善重要商品储备和应急投放机制，加强粮油肉蛋菜等生活必需品市场监测，节假日期间实行日报告制度。",
     [("局领导", "欧阳澜"), ("牵头", "市场运行和消费促进科"), ("配合", "流通业发展科、市商务发展服务中心")]),
]
P3 = [
    ("深入开展产业链精准招商。", "围绕新能源、新材料、食品加工等主导产业，绘制招商图谱，全年引进亿元以上项目30个以上。",
     [("牵头", ["外资和对外经济合作科"]), ("配合", ["市国际投资促进中心", "各县（市、区）商务主管部门"])]),
    ("办好重大招商推介活动。", "组织“鹭川投资说明会”等专题推介活动6场以上，赴长三角、粤港澳大湾区开展小分队招商。",
     [("牵头", ["市国际投资促进中心"]), ("配合", ["外资和对外经济合作科", "鹭川经开区经济发展局"])]),
    ("稳住外资基本盘。", "落实外资企业圆桌会议制度，加强在谈外资项目跟踪服务，全年实际使用外资增长8%。",
     [("牵头", ["外资和对外经济合作科"]), ("配合", ["综合科"])]),
    ("推动对外投资合作有序发展。", "引导企业有序开展境外投资和对外承包工程，完善境外企业和人员安全风险防范机制。",
     [("牵头", ["外资和对外经济合作科"])]),
    ("持续优化商务领域营商环境。", "深化“一件事一次办”改革，推动商务领域政务服务事项全程网办，开展涉企政策直达快享。",
     [("牵头", ["综合科", "市国际投资促进中心"]), ("配合", ["各县（市、区）商务主管部门"])]),
]
P4 = [
    # 序号, 项目名称, 内容, leader cell (None = merged above), units lines
    (1, "鹭川国际商贸城二期建设项目", "完成主体工程建设，引进商户300家以上，年内开业运营。", ("周缇", 2),
     ["流通业发展科（牵头）", "鹭川经开区经济发展局"]),
    (2, "城乡冷链物流骨干网络建设项目", "新建冷库库容5万吨，建成县级冷链集配中心3个。", None,
     ["流通业发展科"]),
    (3, "鹭川跨境电商产业园提升项目", "新引进跨境电商企业40家，园区跨境电商交易额突破20亿元。", ("林书衡", 1),
     ["电子商务科（牵头）", "鹭川经开区经济发展局"]),
    (4, "鹭川进口商品展销中心建设项目", "建成面积1万平方米的进口商品展销中心，引进进口商品品牌200个。", ("林书衡<br/>钟南屿", 1),
     ["对外贸易科（牵头）", "市国际投资促进中心（牵头）", "市口岸服务中心"]),
    (5, "数字商务公共服务平台建设项目", "建成全市商务运行监测、企业服务、数据分析一体化平台并上线运行。", ("欧阳澜", 1),
     ["市商务发展服务中心（牵头）", "电子商务科", "办公室"]),
]
P5 = [
    ("抓好商贸领域安全生产。", "落实行业管理部门安全监管责任，开展商场超市、加油站、成品油市场等领域隐患排查整治，确保不发生较大以上安全事故。",
     [("局领导", "钟南屿"), ("牵头", "综合科"), ("配合", "流通业发展科、市场运行和消费促进科、各县（市、区）商务主管部门")]),
    ("做好贸易摩擦应对和产业安全工作。", "健全贸易摩擦预警和应对机制，指导企业积极应诉，维护产业安全。",
     [("局领导", "林书衡"), ("责任", "对外贸易科、外资和对外经济合作科")]),
    ("加强商务领域信用建设和行政执法。", "推进单用途预付卡、报废机动车回收等领域信用监管，规范行政执法行为。",
     [("局领导", "周缇"), ("牵头", "综合科")]),
    ("深入推进全面从严治党。", "严格落实党建工作责任制，深化模范机关创建，持之以恒纠治“四风”。",
     [("局领导", "方致远"), ("牵头", "机关党委"), ("配合", "办公室、人事科")]),
    ("加强商务干部队伍建设。", "开展商务干部能力提升培训4期以上，健全干部考核评价和激励机制。",
     [("局领导", "方致远、欧阳澜"), ("牵头", "人事科"), ("配合", "各科室、各直属单位")]),
]

def table4():
    th = "padding: 6px 4px;border: 1px solid rgb(191, 205, 224);background-color: rgb(11, 92, 173);color: rgb(255, 255, 255);font-size: 13px;text-align: center;word-break: break-all;"
    td = "padding: 6px 4px;border: 1px solid rgb(191, 205, 224);font-size: 13px;color: rgb(51, 51, 51);word-break: break-all;"
    s = ('<section style="overflow-x: auto;margin: 10px 0px;">'
         '<table data-sort="sortDisabled" style="width: 640px;border-collapse: collapse;"><tbody>')
    s += "<tr>" + "".join(f'<th style="{th}" width="{w}"><span leaf="">{h}</span></th>' for h, w in
                         (("序号", 36), ("项目名称", 140), ("建设内容及年度目标", 230), ("局领导", 64), ("责任单位", 170))) + "</tr>"
    for n, name, cont, ld, units in P4:
        s += "<tr>"
        s += f'<td style="{td}text-align: center;" width="36"><span leaf="">{n}</span></td>'
        s += f'<td style="{td}" width="140"><span leaf="">{esc(name)}</span></td>'
        s += f'<td style="{td}" width="230"><span leaf="">{esc(cont)}</span></td>'
        if ld is not None:
            txt, rs = ld
            rsa = f' rowspan="{rs}"' if rs > 1 else ""
            s += f'<td{rsa} style="{td}text-align: center;vertical-align: middle;" width="64"><span leaf="">{txt}</span></td>'
        s += (f'<td style="{td}" width="170"><span leaf="">' + "</span><br/><span leaf=\"\">".join(esc(u) for u in units)
              + "</span></td>")
        s += "</tr>"
    s += "</tbody></table></section>"
    s += ('<p style="text-align: center;margin: 2px 0px 10px;"><span style="font-size: 12px;color: rgb(153, 153, 153);">'
          '<span leaf="">▲表格可左右滑动查看</span></span></p>')
    return s

# ------------------------------------------------------------------ article
IMG = ('<p style="text-align: center;margin: 0px;"><img class="rich_pages wxw-img" data-ratio="{r}" data-s="300,640" '
       'data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{k}/640?wx_fmt=jpeg" data-type="jpeg" data-w="1080" '
       'src="./重磅！2026年全市商务工作要点任务分工来了_files/{f}" style="width: 100%;height: auto;"></p>')

body = []
body.append('<section style="text-align: center;margin-bottom: 10px;"><img class="rich_pages wxw-img __bg_gif" data-ratio="0.1" '
            'data-src="https://mmbiz.qpic.cn/mmbiz_gif/Lc7aQ0xHq8dKq1/640?wx_fmt=gif" data-type="gif" data-w="640" '
            'src="./重磅！2026年全市商务工作要点任务分工来了_files/640.gif" style="width: 100%;"></section>')
body.append('<p style="text-align: center;"><span style="font-size: 12px;color: rgb(136, 136, 136);"><span leaf="">点击蓝字　关注我们</span></span></p>')
body.append('<section style="margin: 12px 0px;padding: 12px 14px;border: 1px dashed rgb(11, 92, 173);border-radius: 6px;'
            'background-color: rgb(240, 246, 255);">'
            + para("近日，鹭川市商务局印发《2026年全市商务工作要点任务分工》，明确5个方面27项重点任务，逐项明确责任局领导和责任单位。一起来看↓↓↓", indent=False, size=14)
            + '</section>')
body.append(IMG.format(r="0.5625", k="Lc7aQ0xHq8dKq2", f="640(1)"))
body.append('<p style="text-align: center;margin: 4px 0px 16px;"><span style="font-size: 12px;color: rgb(153, 153, 153);">'
            '<span leaf="">▲2026年全市商务工作会议现场</span></span></p>')

body.append(para("鹭川市商务局", align="center", indent=False, bold=True, size=20, color="rgb(200, 16, 46)"))
body.append(para("关于印发《2026年全市商务工作要点任务分工》的通知", align="center", indent=False, bold=True, size=18, color="rgb(34, 34, 34)"))
body.append(para("鹭商〔2026〕9号", align="center", indent=False, size=14, color="rgb(85, 85, 85)"))
body.append('<hr style="border-style: solid;border-width: 1px 0 0;border-color: rgb(200, 16, 46);margin: 8px 0px 14px;">')
body.append(para("各县（市、区）商务主管部门，鹭川经开区经济发展局，局机关各科室、直属各单位：", indent=False))
body.append(para("为深入贯彻全市经济工作会议和全省商务工作会议精神，确保全年商务工作目标任务落到实处，经局党组研究，现将《2026年全市商务工作要点任务分工》印发给你们，请认真抓好落实。现就有关事项通知如下："))
body.append(para("一、压实工作责任。各部分任务的责任局领导在该部分标题下列明，任务中另列“局领导”的，以任务中所列为准。任务中标注“牵头”的为牵头单位，标注“配合”的为配合单位；仅标注“责任”的，排在第一位的为牵头单位，其余为配合单位。重点项目表中注明“（牵头）”的为牵头单位。"))
body.append(para("二、建立工作台账。各牵头单位要于3月25日前将所承担任务细化分解，明确时间节点和责任人，报局办公室备案；配合单位要主动对接、积极配合。"))
body.append(para("三、强化督查考核。局办公室每季度末对任务推进情况进行调度，并将落实情况纳入年度科室（单位）绩效考核。各县（市、区）商务主管部门要参照制定本地区任务分工。"))
body.append(para("附件：2026年全市商务工作要点任务分工"))
body.append(para("鹭川市商务局", align="right", indent=False))
body.append(para("2026年3月10日", align="right", indent=False))
body.append(para("（此件公开发布）", indent=True))

body.append('<section style="margin: 24px 0px 8px;text-align: left;"><section style="display: inline-block;padding: 2px 10px;'
            'background-color: rgb(200, 16, 46);color: rgb(255, 255, 255);font-size: 14px;"><span leaf="">附件</span></section></section>')
body.append(para("2026年全市商务工作要点任务分工", align="center", indent=False, bold=True, size=18, color="rgb(34, 34, 34)"))

body.append(part_head("01", "稳外贸　扩开放", "（共6项）", ("责任局领导", "林书衡")))
for i, (t, b, rows) in enumerate(P1, 1):
    body.append(card(i, t, b, rows))
body.append(part_head("02", "扩内需　促消费", "（共6项）", ("责任局领导", "周缇")))
for i, (t, b, rows) in enumerate(P2, 1):
    body.append(card(i, t, b, rows))
body.append(IMG.format(r="0.6667", k="Lc7aQ0xHq8dKq3", f="640(2)"))
body.append('<p style="text-align: center;margin: 4px 0px 16px;"><span style="font-size: 12px;color: rgb(153, 153, 153);">'
            '<span leaf="">▲“乐购鹭川”消费季活动现场（资料图）</span></span></p>')
body.append(part_head("03", "强招商　优服务", "（共5项）", ("责任局领导", "钟南屿、林书衡"), RED))
for i, (t, b, rows) in enumerate(P3, 1):
    body.append(card(i, t, b, rows, color=RED, chips=True))
body.append(part_head("04", "抓项目　增后劲", "（共5项）", None))
body.append(table4())
body.append(part_head("05", "守底线　强党建", "（共5项）", None))
for i, (t, b, rows) in enumerate(P5, 1):
    body.append(card(i, t, b, rows))

body.append('<section style="margin: 30px 0px 10px;text-align: center;"><span style="font-size: 14px;color: rgb(11, 92, 173);">'
            '<strong><span leaf="">往期推荐</span></strong></span></section>')
for i, t in enumerate(["1月全市社会消费品零售总额同比增长6.2%",
                       "鹭川商务｜2025年全市商务工作会议召开",
                       "2026年“乐购鹭川”消费季正式启动，首批发放消费券500万元"], 1):
    body.append(f'<p style="margin: 4px 0px;"><a class="normal_text_link" data-linktype="2" href="https://mp.weixin.qq.com/s/Qm{i}xR7vLp" '
                f'target="_blank" style="font-size: 14px;color: rgb(87, 107, 149);"><span leaf="">{i}.{esc(t)}</span></a></p>')
body.append('<section style="margin-top: 20px;font-size: 12px;color: rgb(136, 136, 136);text-align: left;line-height: 1.8;">'
            '<p><span leaf="">来源｜鹭川市商务局</span></p><p><span leaf="">编辑｜陈小满　　审核｜宋立言</span></p>'
            '<p><span leaf="">终审｜方致远</span></p></section>')
body.append('<p style="display: none;"><mp-style-type data-value="3"></mp-style-type></p>')

TITLE = "重磅！2026年全市商务工作要点任务分工来了"
page = f'''<!DOCTYPE html>
<!-- saved from url=(0057)https://mp.weixin.qq.com/s/7hQk2NcXbLwR0aFvY3pT9g?scene=1 -->
<html class=""><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta name="description" content="明确5个方面27项重点任务">
<meta property="og:title" content="{TITLE}">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzI0NjE4ODk2Mg==&amp;mid=2247512345&amp;idx=1&amp;sn=3f0c9e7a1b2d4c5e">
<meta property="og:description" content="明确5个方面27项重点任务">
<meta property="og:site_name" content="微信公众平台">
<meta property="og:type" content="article">
<meta property="twitter:card" content="summary">
<title>{TITLE}</title>
<link rel="stylesheet" type="text/css" href="./{TITLE}_files/weui.min.css">
<link rel="stylesheet" type="text/css" href="./{TITLE}_files/appmsg.css">
<style>.rich_media_content{{overflow:hidden;color:#333;font-size:17px;word-wrap:break-word;text-align:justify}}
#js_content.fix_apple_default_style p{{margin:0}}.__bg_gif{{visibility:visible}}</style>
<script type="text/javascript">
var biz = "MzI0NjE4ODk2Mg==" || "";
var mid = "2247512345" || "";
var idx = "1" || "";
var msg_title = '{TITLE}'.html(false);
var msg_desc = htmlDecode("明确5个方面27项重点任务");
var nickname = htmlDecode("鹭川商务");
var ct = "1773276600";
var user_name = "gh_6b1f2a9c3d07";
var publish_time = "2026-03-12" || "";
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
{TITLE}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">鹭川市商务局</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">鹭川商务</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2026年03月12日 08:30</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text"><span id="js_ip_wording">江西</span></em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection fix_apple_default_style" id="js_content" style="visibility: visible;">
<section style="margin: 0px 8px;font-family: -apple-system, BlinkMacSystemFont, &quot;PingFang SC&quot;, &quot;Microsoft YaHei&quot;, sans-serif;">{"".join(body)}</section>
</div>
<div class="rich_media_tool_wrp" id="js_article_bottom_bar">
<div class="rich_media_tool">
<a class="media_tool_meta meta_extra" id="js_view_source" href="https://www.luchuan.gov.cn/sswj/zwgk/tzgg/202603/t20260312_88213.html"><span>阅读原文</span></a>
<div class="media_tool_meta"><span class="weui-hidden_abs">阅读 </span><span id="readNum3">2387</span></div>
</div>
<div class="interaction_bar">
<button class="sns_opr_btn sns_praise_btn"><span class="sns_opr_gap">赞</span><span class="praise_num">46</span></button>
<button class="sns_opr_btn sns_share_btn"><span class="sns_opr_gap">分享</span></button>
<button class="sns_opr_btn sns_like_btn"><span class="sns_opr_gap">推荐</span><span class="like_num">19</span></button>
</div>
<div id="js_cmt_area"><a class="weui-btn" href="javascript:;">写留言</a></div>
</div>
</div>
</div>
</div>
<div id="js_pc_qr_code" class="qr_code_pc_outer"><div class="qr_code_pc"><img class="qr_code_pc_img" src="./{TITLE}_files/qrcode"><p>微信扫一扫<br>关注该公众号</p></div></div>
</div>
<div class="wx_expand_article"><span>继续滑动看下一个</span></div>
<div class="wx_follow_context"><span class="wx_follow_nickname">鹭川商务</span><span>向上滑动看下一个</span></div>
</div>
<div id="js_minipro_dialog" style="display:none"><p>知道了</p></div>
<div id="unlogin_bottom_bar" style="display:none">微信扫一扫可打开此内容，<br>使用完整服务</div>
<div class="weui-dialog__btn weui-dialog__btn_default" style="display:none">取消</div><div class="weui-dialog__btn weui-dialog__btn_primary" style="display:none">允许</div>
<div style="display:none">：，，，，，，，，，，，，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看分享留言收藏听过</div>
<script type="text/javascript" src="./{TITLE}_files/appmsg.js"></script>
</body></html>
'''
with open(OUT, "w", encoding="utf-8") as f:
    f.write(page)
print("wrote", OUT, len(page))
