#!/usr/bin/env python3
"""Writes 361_fengling_anweiban_trs_zhuanwei_fengong.html: a city 安委办 notice on a TRS WCM
government page, as Chrome's "Webpage, Complete" serialises it (DOM, double-quoted attributes,
<tbody> inserted, document.write output after its <script>). UTF-8, LF."""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "361_fengling_anweiban_trs_zhuanwei_fengong.html")
URL = "http://www.fengling.gov.cn/zwgk/bmxxgk/syjglj/tzgg/202503/t20250317_2291846.html"
FILES = "./t20250317_2291846_files"

FS = "font-size:10.5pt;font-family:仿宋_GB2312;mso-hansi-font-family:&quot;Times New Roman&quot;"
FSD = "font-size:10.5pt;font-family:&quot;Times New Roman&quot;,serif;mso-fareast-font-family:仿宋_GB2312"
BORDER = ("border:solid windowtext 1.0pt;border-top:none;mso-border-top-alt:solid windowtext .5pt;"
          "mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt")
PC = ('<p class="MsoNormal" align="center" style="text-align:center;line-height:16.0pt;'
      'mso-line-height-rule:exactly">')
PL = '<p class="MsoNormal" style="line-height:16.0pt;mso-line-height-rule:exactly">'
W = {"no": "5.2%", "task": "38.6%", "lead": "12.4%", "resp": "21.0%", "time": "10.6%", "note": "12.2%"}


def s(text):
    return f'<span style="{FS}">{text}</span>'


def d(text):
    return f'<span lang="EN-US" style="{FSD}">{text}</span>'


def op():
    return '<span lang="EN-US" style="' + FS + '"><o:p></o:p></span>'


def td(key, inner, rowspan=None, align="center"):
    rs = f' rowspan="{rowspan}"' if rowspan else ""
    return (f'<td width="{W[key]}"{rs} valign="center" style="width:{W[key]};{BORDER}">'
            f'{inner}</td>')


def pc(inner):
    return PC + inner + op() + "</p>"


def pl(inner):
    return PL + inner + op() + "</p>"


EMPTY = PC + '<span lang="EN-US" style="' + FS + '"><o:p>&nbsp;</o:p></span></p>'


def section(text_html):
    return ('<tr style="mso-yfti-irow:1;height:22.7pt">'
            f'<td width="100%" colspan="6" valign="center" style="width:100.0%;{BORDER};'
            'background:#F2F2F2;mso-shading:white;mso-pattern:gray-5 auto">'
            f'<p class="MsoNormal" style="line-height:18.0pt;mso-line-height-rule:exactly">{text_html}'
            + op() + '</p></td></tr>')


def sec_head(title, rest, br=False):
    h = f'<b><span style="font-size:11.0pt;font-family:黑体;mso-hansi-font-family:&quot;Times New Roman&quot;">{title}</span></b>'
    joiner = '<span lang="EN-US" style="font-size:11.0pt;font-family:楷体_GB2312"><br></span>' if br else ""
    r = f'<span style="font-size:11.0pt;font-family:楷体_GB2312;mso-hansi-font-family:&quot;Times New Roman&quot;">{rest}</span>'
    return h + joiner + r


def row(cells):
    return '<tr style="mso-yfti-irow:2;height:42.5pt">' + "".join(cells) + "</tr>"


# ---------------------------------------------------------------- the table rows (typed by hand)
R = []
R.append(section(sec_head("一、统筹推进（3项）", "　责任市领导：孟昭远　钱立群")))
R.append(row([
    td("no", pc(d("1"))),
    td("task", pl(s("修订完善市安委会成员单位安全生产工作职责，制定市级部门安全生产权力和责任清单，推动“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”要求落实到岗到人。"))),
    td("lead", pc(s("市安委办")), rowspan=2),
    td("resp", pc(s("市委编办、市司法局，市安委会各成员单位"))),
    td("time", pc(d("2025") + s("年") + d("6") + s("月底前"))),
    td("note", EMPTY),
]))
R.append(row([
    td("no", pc(d("2"))),
    td("task", pl(s("健全安全生产巡查考核机制，年内对各县（市、区）人民政府、枫岭经开区管委会和") + d("10") + s("个以上市安委会成员单位开展安全生产巡查，将重大事故隐患整改情况纳入年度考核。"))),
    td("resp", pc(s("市委组织部，市安委会有关成员单位"))),
    td("time", pc(d("2025") + s("年") + d("12") + s("月底前"))),
    td("note", EMPTY),
]))
R.append(row([
    td("no", pc(d("3"))),
    td("task", pl(s("推行重大事故隐患判定标准和动态清零机制，建立全市重大事故隐患数据库，对排查出的重大事故隐患实行挂牌督办、销号管理。"))),
    td("lead", pc(s("市应急局"))),
    td("resp", pc(s("市安委会各专业委员会")) + pc(s("各县（市、区）人民政府")) + pc(s("枫岭经开") + s("区管委会"))),
    td("time", pc(s("持续推进"))),
    td("note", pc(s("责任市领导：钱立群"))),
]))

R.append(section(sec_head("二、危险化学品安全（3项）", "　市安委会危险化学品安全专业委员会　主任：钱立群")))
R.append(row([
    td("no", pc(d("1"))),
    td("task", pl('<b>' + s("深化化工园区安全整治。") + '</b>' + s("开展化工园区安全风险评估复核，推进枫岭化学工业集中区安全风险智能化管控平台二期建设，年底前通过省级复核。"))),
    td("lead", pc(s("市应急局"))),
    td("resp", pc(s("市工信局、市发改局、枫岭经开区管委会"))),
    td("time", pc(d("2025") + s("年") + d("12") + s("月底前"))),
    td("note", pc(s("省安委会挂牌督办事项"))),
]))
R.append(row([
    td("no", pc(d("2"))),
    td("task", pl(s("严格危险化学品建设项目安全准入，落实新建化工项目“多评合一”联审机制，严禁在化工园区外新建、扩建危险化学品生产项目。"))),
    td("lead", pc(s("市发改局") + '<span lang="EN-US" style="' + FS + '"><br></span>' + s("市应急局"))),
    td("resp", pc(s("市自然资源局、市生态环境局、市住建局"))),
    td("time", pc(s("长期坚持"))),
    td("note", EMPTY),
]))
R.append(row([
    td("no", pc(d("3"))),
    td("task", pl(s("开展危险货物道路运输安全专项整治，严查非法改装、超载超限、“挂靠经营”等行为，推动危险货物运输车辆全部接入动态监控平台。"))),
    td("lead", pc(s("市交通运输局"))),
    td("resp", pc(s("市公安局、市应急局、市市场监管局"))),
    td("time", pc(d("2025") + s("年") + d("10") + s("月底前"))),
    td("note", EMPTY),
]))

R.append(section(sec_head("三、工矿商贸安全（3项）", "市安委会工矿商贸安全专业委员会　主任：孟昭远", br=True)))
R.append(row([
    td("no", pc(d("1"))),
    td("task", pl(s("深化粉尘涉爆、涉氨制冷、有限空间作业等工贸企业重点事项专项治理，分行业组织开展“一企一策”精准执法。"))),
    td("lead", pc(s("市应急局")), rowspan=2),
    td("resp", pc(s("市工信局，各县（市、区）人民政府"))),
    td("time", pc(d("2025") + s("年") + d("9") + s("月底前"))),
    td("note", EMPTY),
]))
R.append(row([
    td("no", pc(d("2"))),
    td("task", pl(s("推动冶金企业煤气系统、高温熔融金属吊运等关键环节安全改造，完成") + d("5") + s("家冶金企业安全风险评估。"))),
    td("resp", pc(s("市工信局、市市场监管局"))),
    td("time", pc(d("2025") + s("年") + d("11") + s("月底前"))),
    td("note", EMPTY),
]))
R.append(row([
    td("no", pc(d("3"))),
    td("task", pl(s("开展电梯、气瓶、压力管道等特种设备安全隐患专项排查，推进住宅老旧电梯更新改造") + d("200") + s("台以上。"))),
    td("lead", pc(s("市市场监管局"))),
    td("resp", pc(s("市住建局、市城管局，各县（市、区）人民政府"))),
    td("time", pc(d("2025") + s("年") + d("12") + s("月底前"))),
    td("note", EMPTY),
]))

R.append(section(sec_head("四、消防安全（4项）", "　市安委会消防安全专业委员会　主任：韦承德")))
R.append(row([
    td("no", pc(d("1"))),
    td("task", pl('<b>' + s("开展高层建筑消防安全专项整治。") + '</b>')
       + pl(s("推动建成") + d("20") + s("年以上高层住宅消防设施改造，落实高层建筑消防安全经理人和楼长制度。"))),
    td("lead", pc(s("市消防救援") + s("支队")), rowspan=3),
    td("resp", pc(s("市住建局、市城管局"))),
    td("time", pc(d("2025") + s("年") + d("12") + s("月底前")), rowspan=3),
    td("note", EMPTY),
]))
R.append(row([
    td("no", pc(d("2"))),
    td("task", pl(s("聚焦商业综合体、养老机构、学校、医院等人员密集场所，开展消防安全评估，全面清理违规住人、堵塞疏散通道等突出问题。"))),
    td("resp", pc(s("市商务局、市民政局、市教育局、市卫健委等"))),
    td("note", EMPTY),
]))
R.append(row([
    td("no", pc(d("3"))),
    td("task", pl(s("开展电动自行车全链条安全隐患整治，新建、改造集中充电设施") + d("1.2") + s("万个，严防电动自行车进楼入户、飞线充电。"))),
    td("resp", pc(s("市市场监管局、市工信局、市公安局、市住建局") + '<span lang="EN-US" style="' + FS + '"><br></span>'
                  + s("国网枫岭供电公司") + '<span lang="EN-US" style="' + FS + '"><br></span>'
                  + s("各县（市、区）人民政府"))),
    td("note", pc(s("列入") + d("2025") + s("年市政府民生实事项目"))),
]))
R.append(row([
    td("no", pc(d("4"))),
    td("task", pl(s("推进乡镇（街道）专职消防队和微型消防站标准化建设，完成") + d("12") + s("个乡镇专职消防队达标建设。"))),
    td("lead", pc(s("各县（市、区）人民政府"))),
    td("resp", pc(s("市消防救援支队、市财政局"))),
    td("time", pc(s("持续推进"))),
    td("note", EMPTY),
]))

R.append(section(sec_head("五、道路交通安全（2项）", "　市安委会道路交通安全专业委员会　主任：韦承德")))
R.append(row([
    td("no", pc(d("1"))),
    td("task", pl(s("深化“两客一危一货”重点车辆安全整治，动态清零逾期未检验、逾期未报废重点车辆。"))),
    td("lead", pc(s("市公安局"))),
    td("resp", pc(s("市交通运输局、市应急局"))),
    td("time", pc(s("持续推进"))),
    td("note", EMPTY),
]))
R.append(row([
    td("no", pc(d("2"))),
    td("task", pl(s("实施公路安全生命防护工程，完成临水临崖、急弯陡坡等危险路段整治") + d("180") + s("公里。"))),
    td("lead", pc(s("市交通运输局"))),
    td("resp", pc(s("市公安局、市财政局，各县（市、区）人民政府"))),
    td("time", pc(d("2025") + s("年") + d("11") + s("月底前"))),
    td("note", EMPTY),
]))

R.append(section(sec_head("六、交通运输安全（3项）", "市安委会交通运输安全专业委员会　主任：沈　岚", br=True)))
R.append(row([
    td("no", pc(d("1"))),
    td("task", pl(s("开展内河船舶碰撞桥梁隐患治理和“商渔共治”专项行动，加强渡口渡船安全管理，确保渡运“零事故”。"))),
    td("lead", pc(s("枫岭海事局")) + pc(s("市交通运输局"))),
    td("resp", pc(s("市农业农村局、市公安局，沿江各县（市、区）人民政府"))),
    td("time", pc(s("持续推进"))),
    td("note", EMPTY),
]))
R.append(row([
    td("no", pc(d("2"))),
    td("task", pl(s("开展铁路沿线安全环境整治，清理铁路线路安全保护区内违法建筑和彩钢瓦、防尘网等轻飘物。"))),
    td("lead", pc(s("市交通运输局")), rowspan=2),
    td("resp", pc(s("枫岭车务段、市自然资源局、市住建局，铁路沿线各县（市、区）人民政府"))),
    td("time", pc(d("2025") + s("年") + d("8") + s("月底前"))),
    td("note", pc(s("枫岭车务段为中央驻枫单位，由市交通运输局商请落实"))),
]))
R.append(row([
    td("no", pc(d("3"))),
    td("task", pl(s("加强城市轨道交通运营安全风险分级管控和隐患排查治理，开展地铁保护区施工作业专项检查。"))),
    td("resp", pc(s("市轨道交通集团、市住建局"))),
    td("time", pc(s("长期坚持"))),
    td("note", EMPTY),
]))

R.append(section(sec_head("七、城乡建设安全（4项）", "　市安委会城乡建设安全专业委员会　主任：沈　岚")))
R.append(row([
    td("no", pc(d("1"))),
    td("task", pl('<b>' + s("深化城镇燃气安全专项整治。") + '</b>' + s("完成老旧燃气管道更新改造") + d("320") + s("公里，推进燃气管网智能监测系统建设。"))),
    td("lead", pc(s("市城管局")), rowspan=2),
    td("resp", pc(s("市住建局、市发改局、市财政局，各县（市、区）人民政府"))),
    td("time", pc(d("2025") + s("年") + d("12") + s("月底前"))),
    td("note", EMPTY),
]))
R.append(row([
    td("no", pc(d("2"))),
    td("task", pl(s("全面推动餐饮等公共场所安装可燃气体报警装置，规范瓶装液化石油气充装、配送、使用全链条管理。"))),
    td("resp", pc(s("市市场监管局、市商务局、市消防救援支队"))),
    td("time", pc(d("2025") + s("年") + d("6") + s("月底前"))),
    td("note", EMPTY),
]))
R.append(row([
    td("no", pc(d("3"))),
    td("task", pl(s("开展房屋市政工程危险性较大的分部分项工程专项整治，严厉打击违法分包、转包和特种作业人员无证上岗等行为。"))),
    td("lead", pc(s("市住建局"))),
    td("resp", pc(s("市交通运输局、市水利局"))),
    td("time", pc(s("持续推进"))),
    td("note", EMPTY),
]))
R.append(row([
    td("no", pc(d("4"))),
    td("task", pl(s("开展经营性自建房安全整治“回头看”，对鉴定为") + d("C") + s("级、") + d("D") + s("级的危险房屋实行动态清零。"))),
    td("lead", pc(s("市住建局"))),
    td("resp", pc(s("市自然资源局、市城管局、市农业农村局，各县（市、区）人民政府"))),
    td("time", pc(d("2025") + s("年") + d("10") + s("月底前"))),
    td("note", pc(s("责任市领导：沈岚、欧阳嘉禾"))),
]))

R.append(section(sec_head("八、其他行业领域安全（4项）", "　市安委会其他行业领域安全专业委员会　主任：欧阳嘉禾")))
R.append(row([
    td("no", pc(d("1"))),
    td("task", pl(s("开展电力设施保护区隐患排查治理，加强迎峰度夏（冬）期间电网安全运行保障。"))),
    td("lead", pc(s("市发改局"))),
    td("resp", pc(s("国网枫岭") + s("供电公司、市公安局，各县（市、区）人民政府"))),
    td("time", pc(d("2025") + s("年") + d("9") + s("月底前"))),
    td("note", pc(s("责任市领导：孟昭远"))),
]))
R.append(row([
    td("no", pc(d("2"))),
    td("task", pl(s("加强") + d("A") + s("级旅游景区、游乐设施、水上游览项目和大型群众性活动安全管理，严防拥挤踩踏等事故。"))),
    td("lead", pc(s("市文旅局"))),
    td("resp", pc(s("市公安局、市体育局、市市场监管局"))),
    td("time", pc(s("持续推进"))),
    td("note", EMPTY),
]))
R.append(row([
    td("no", pc(d("3"))),
    td("task", pl(s("开展农业机械和渔业船舶安全专项整治，推进渔船北斗终端和防碰撞设备全覆盖。"))),
    td("lead", pc(s("市农业农村局"))),
    td("resp", pc(s("枫岭海事局、市公安局&nbsp;"))),
    td("time", pc(d("2025") + s("年") + d("11") + s("月底前"))),
    td("note", EMPTY),
]))
R.append(row([
    td("no", pc(d("4"))),
    td("task", pl(s("开展校园及周边安全、医疗卫生机构消防和用电用气安全隐患排查整治。"))),
    td("lead", pc(s("市教育局") + '<span lang="EN-US" style="' + FS + '"><br></span>' + s("市卫健委"))),
    td("resp", pc(s("市消防救援支队、市公安局"))),
    td("time", pc(d("2025") + s("年") + d("8") + s("月底前"))),
    td("note", EMPTY),
]))

HEADER = ('<tr style="mso-yfti-irow:0;mso-yfti-firstrow:yes;height:28.35pt">'
          + "".join(
              f'<td width="{W[k]}" valign="center" style="width:{W[k]};border:solid windowtext 1.0pt;'
              'mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt">'
              '<p class="MsoNormal" align="center" style="text-align:center;line-height:18.0pt;mso-line-height-rule:exactly">'
              f'<b><span style="font-size:11.0pt;font-family:黑体;mso-hansi-font-family:&quot;Times New Roman&quot;">{t}</span></b>'
              + op() + "</p></td>"
              for k, t in (("no", "序号"), ("task", "重点任务"), ("lead", "牵头单位"),
                           ("resp", "责任单位"), ("time", "完成时限"), ("note", "备　注")))
          + "</tr>")

TABLE = ('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%" '
         'style="width:100.0%;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;'
         'mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt"><tbody>'
         + HEADER + "".join(R) + "</tbody></table>")

# ---------------------------------------------------------------- the covering notice
P_IND = '<p style="text-indent: 2em; text-align: justify; line-height: 2em;">'
F3 = 'font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;'


def bp(text):
    return P_IND + f'<span style="{F3}">{text}</span></p>'


def bph(head, text):
    return (P_IND + f'<span style="font-family: 黑体, SimHei; font-size: 16pt;">{head}</span>'
            f'<span style="{F3}">{text}</span></p>')


BODY = "".join([  # UEditor stores its content without line breaks
    '<p style="text-align: center; line-height: 2em;"><span style="' + F3 + '">枫安委办〔2025〕9号</span></p>',
    '<p style="text-align: center; line-height: 1.5em;"><span style="font-family: 方正小标宋简体, 宋体; font-size: 22pt;">枫岭市安全生产委员会办公室</span></p>',
    '<p style="text-align: center; line-height: 1.5em;"><span style="font-family: 方正小标宋简体, 宋体; font-size: 22pt;">关于印发《枫岭市2025年安全生产治本攻坚</span></p>',
    '<p style="text-align: center; line-height: 1.5em;"><span style="font-family: 方正小标宋简体, 宋体; font-size: 22pt;">重点任务分工》的通知</span></p>',
    '<p><br></p>',
    '<p style="text-align: justify; line-height: 2em;"><span style="' + F3 + '">各县（市、区）安委会，枫岭经济技术开发区安委会，市安委会各成员单位：</span></p>',
    bp("为深入贯彻落实国务院安委会《安全生产治本攻坚三年行动方案（2024—2026年）》和省安委会关于2025年安全生产工作的部署要求，扎实推进我市安全生产治本攻坚三年行动，经市安委会同意，现将《枫岭市2025年安全生产治本攻坚重点任务分工》印发给你们，并就有关事项通知如下。"),
    bph("一、提高思想认识。", "2025年是治本攻坚三年行动的攻坚之年。各地、各有关部门要坚持“人民至上、生命至上”，牢牢把握从根本上消除事故隐患这条主线，把各项任务纳入本地区、本部门年度重点工作，确保按时保质完成。"),
    bph("二、明确责任分工。", "附件所列26项任务按市安委会专业委员会分为八个部分。各部分任务的责任市领导为该部分标明的专业委员会主任，第一部分为该部分标明的责任市领导；“备注”栏另行明确责任市领导的，以“备注”栏为准。“牵头单位”栏所列单位负责统筹推进、协调调度，列有两个单位的，为共同牵头单位；“责任单位”栏所列单位按照职责分工配合抓好落实。各县（市、区）安委会、枫岭经济技术开发区安委会要参照制定本地区任务清单，于4月10日前报市安委办备案。"),
    bph("三、强化调度通报。", "各牵头单位要建立工作台账，于每季度最后一个月20日前将任务进展情况书面报送市安委办（市应急局综合协调科）。市安委办将定期调度通报，对工作推进不力、重大事故隐患整改不到位的，按程序提请市安委会约谈。"),
    bp("联系人：鲁婧，电话：0793-6821536，电子邮箱：flsawb@fengling.gov.cn。"),
    '<p><br></p>',
    bp('附件：<a href="' + FILES + '/P020250317612834571246.docx" oldsrc="/protect/P0202503/P020250317/P020250317612834571246.docx" target="_blank" style="color: rgb(0, 102, 204); text-decoration: underline;">枫岭市2025年安全生产治本攻坚重点任务分工</a>'),
    '<p><br></p>',
    '<p style="text-align: right; line-height: 2em; margin-right: 3em;"><span style="' + F3 + '">枫岭市安全生产委员会办公室</span></p>',
    '<p style="text-align: right; line-height: 2em; margin-right: 4em;"><span style="' + F3 + '">2025年3月14日</span></p>',
    bp("（此件公开发布）"),
    '<p><br></p>',
    '<p style="line-height: 2em;"><span style="font-family: 黑体, SimHei; font-size: 16pt;">附件</span></p>',
    '<p style="text-align: center; line-height: 1.5em;"><span style="font-family: 方正小标宋简体, 宋体; font-size: 20pt;">枫岭市2025年安全生产治本攻坚重点任务分工</span></p>',
    '<p><br></p>',
    TABLE,
    '<p class="MsoNormal" style="line-height:18.0pt;mso-line-height-rule:exactly"><span style="font-size:10.5pt;font-family:楷体_GB2312">注：</span><span lang="EN-US" style="' + FSD + '">1.</span><span style="font-size:10.5pt;font-family:楷体_GB2312">“市安委会有关成员单位”指承担相关行业领域安全监管职责的市安委会成员单位。</span><span lang="EN-US" style="' + FSD + '">2.</span><span style="font-size:10.5pt;font-family:楷体_GB2312">完成时限为“持续推进”“长期坚持”的，每半年报送一次进展情况。</span><span lang="EN-US"><o:p></o:p></span></p>',
    '<p><br></p>',
])

TITLE = "枫岭市安全生产委员会办公室关于印发《枫岭市2025年安全生产治本攻坚重点任务分工》的通知"
DESC = ("各县（市、区）安委会，枫岭经济技术开发区安委会，市安委会各成员单位：为深入贯彻落实国务院安委会《安全生产治本攻坚三年行动方案（2024—2026年）》"
        "和省安委会关于2025年安全生产工作的部署要求，扎实推进我市安全生产治本攻坚三年行动，经市安委会同意，现将《枫岭市2025年安全生产治本攻坚重点任务分工》印发给你们…")

NAV = ["首页", "政务公开", "政务服务", "互动交流", "走进枫岭", "专题专栏"]

PAGE = f"""<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="枫岭市人民政府">
<meta name="SiteDomain" content="www.fengling.gov.cn">
<meta name="SiteIDCode" content="3611000027">
<meta name="ColumnName" content="通知公告">
<meta name="ColumnDescription" content="市应急管理局通知公告">
<meta name="ColumnKeywords" content="通知公告">
<meta name="ColumnType" content="通知公告">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2025-03-17 16:25">
<meta name="ContentSource" content="市应急管理局">
<meta name="Keywords" content="安全生产,治本攻坚,任务分工">
<meta name="Author" content="市应急管理局">
<meta name="Description" content="{DESC}">
<meta name="Url" content="{URL}">
<title>{TITLE}_通知公告_枫岭市人民政府</title>
<link rel="stylesheet" type="text/css" href="{FILES}/common.css">
<link rel="stylesheet" type="text/css" href="{FILES}/xxgk_detail.css">
<script type="text/javascript" src="{FILES}/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="{FILES}/common.js"></script>
<style type="text/css">
.TRS_UEDITOR table{{margin:0 auto;}}
.TRS_UEDITOR p{{margin:0;}}
.xxgk_table td{{padding:6px 10px;border:1px solid #dbe4ef;font-size:14px;}}
</style>
</head>
<body>
<div class="topbar"><div class="w1200"><span class="fl">欢迎访问枫岭市人民政府门户网站！</span><span class="fr"><a href="javascript:void(0)" id="wza">无障碍浏览</a>|<a href="javascript:void(0)" id="zlb">长者模式</a>|<a href="http://www.fengling.gov.cn/" target="_blank">English</a></span></div></div>
<div class="header"><div class="w1200"><a class="logo" href="http://www.fengling.gov.cn/"><img src="{FILES}/logo.png" alt="枫岭市人民政府"></a>
<div class="search"><form action="http://www.fengling.gov.cn/was5/web/search" method="get" target="_blank"><input type="text" name="searchword" placeholder="请输入关键词"><input type="submit" value="搜索"></form></div></div></div>
<div class="nav"><ul class="w1200">{"".join(f'<li><a href="http://www.fengling.gov.cn/{i}/">{n}</a></li>' for i, n in enumerate(NAV))}</ul></div>
<div class="w1200 main">
<div class="position">当前位置：<a href="http://www.fengling.gov.cn/">首页</a>&nbsp;&gt;&nbsp;<a href="http://www.fengling.gov.cn/zwgk/">政务公开</a>&nbsp;&gt;&nbsp;<a href="http://www.fengling.gov.cn/zwgk/bmxxgk/">部门信息公开</a>&nbsp;&gt;&nbsp;<a href="http://www.fengling.gov.cn/zwgk/bmxxgk/syjglj/">市应急管理局</a>&nbsp;&gt;&nbsp;<a href="http://www.fengling.gov.cn/zwgk/bmxxgk/syjglj/tzgg/">通知公告</a></div>
<table class="xxgk_table" width="100%" cellspacing="0" cellpadding="0"><tbody>
<tr><td class="xxgk_label" width="12%">索&nbsp;引&nbsp;号：</td><td width="38%">11361100MB1F4820XE/2025-00087</td><td class="xxgk_label" width="12%">主题分类：</td><td width="38%">安全生产监管</td></tr>
<tr><td class="xxgk_label">发布机构：</td><td>枫岭市安全生产委员会办公室</td><td class="xxgk_label">成文日期：</td><td>2025-03-14</td></tr>
<tr><td class="xxgk_label">名&nbsp;&nbsp;&nbsp;&nbsp;称：</td><td colspan="3">{TITLE}</td></tr>
<tr><td class="xxgk_label">文&nbsp;&nbsp;&nbsp;&nbsp;号：</td><td>枫安委办〔2025〕9号</td><td class="xxgk_label">发布日期：</td><td>2025-03-17</td></tr>
<tr><td class="xxgk_label">有&nbsp;效&nbsp;性：</td><td>有效</td><td class="xxgk_label">主&nbsp;题&nbsp;词：</td><td>安全生产　治本攻坚　分工</td></tr>
</tbody></table>
<div class="article">
<h1 class="article-title">{TITLE}</h1>
<div class="article-info"><span>发布时间：2025-03-17 16:25</span><span>来源：市应急管理局</span><span>浏览次数：<em id="readnum">1286</em></span><span>【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>
<div class="article-content" id="zoom">
<!--<$[信息内容]>begin--><div class="view TRS_UEDITOR trs_paper_default trs_word_table trs_web">{BODY}</div><!--<$[信息内容]>end-->
</div>
<div class="fujian">
<script type="text/javascript">
var has_fj = "<a href=\\"{FILES}/P020250317612834571246.docx\\" target=\\"_blank\\">枫岭市2025年安全生产治本攻坚重点任务分工.docx</a>";
if (has_fj != "") {{ document.write("<p class='fj_title'>相关附件：</p><p>" + has_fj + "</p>"); }}
</script><p class="fj_title">相关附件：</p><p><a href="{FILES}/P020250317612834571246.docx" target="_blank">枫岭市2025年安全生产治本攻坚重点任务分工.docx</a></p>
</div>
<div class="xgwj"><p class="xgwj_title">相关链接：</p><ul>
<li><a href="http://www.fengling.gov.cn/zwgk/zcjd/202503/t20250318_2292013.html" target="_blank">【图解】一图读懂《枫岭市2025年安全生产治本攻坚重点任务分工》</a></li>
<li><a href="http://www.fengling.gov.cn/zwgk/bmxxgk/syjglj/tzgg/202404/t20240412_2118764.html" target="_blank">枫岭市安全生产治本攻坚三年行动实施方案（2024—2026年）</a></li>
</ul></div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a><span class="ewm">扫一扫在手机打开当前页<img src="{FILES}/qrcode.png" alt=""></span></div>
</div>
</div>
<div class="footer"><div class="w1200"><p>主办：枫岭市人民政府办公室　承办：枫岭市大数据中心</p><p>网站标识码：3611000027　<a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备05001234号</a>　<img src="{FILES}/ga.png" alt="">赣公网安备 36110002000123号</p><p><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A1B2C3D4E5F" target="_blank"><img src="{FILES}/red.png" alt="党政机关"></a></span>　<span id="_span_jiucuo"><img src="{FILES}/jiucuo.png" alt="政府网站找错"></span></p></div></div>
<script type="text/javascript" src="{FILES}/ta.js"></script>
<script id="_jiucuo_" sitecode="3611000027" src="{FILES}/jiucuo.js"></script>


</body></html>"""

with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write(PAGE)
print(OUT, len(PAGE))
