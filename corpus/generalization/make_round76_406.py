#!/usr/bin/env python3
"""Build 406_hualing_xian_zhengxie_duban_lixiangdan_biaodan.html.

The file is a county-wide OA's 督查督办 立项单 (server-rendered JSP, view mode) for a notice of the
县政协办公室, saved from the browser with "网页，全部". Every field of the form is a control in view mode:
readonly <input>s whose text is only in value="", disabled <select>s listing every option with one
selected="selected", readonly <textarea>s, hidden <input>s of ids beside the names. The notice's text is
the 通知正文 field (HTML from the OA's editor); its 附件 is the 任务分解明细 detail table.

Output: UTF-8 (no BOM), CRLF line ends, as the JSP wrote them.
"""
import html
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "406_hualing_xian_zhengxie_duban_lixiangdan_biaodan.html")

LEADERS = [  # (user id, name) - the 主席会议成员 in the select, in the OA's order
    ("U0301", "邵明澜"), ("U0302", "何立松"), ("U0303", "谭晓梅"), ("U0304", "欧阳振华"),
    ("U0305", "柯文静"), ("U0306", "马骁"), ("U0307", "龚世平"),
]
LID = {n: i for i, n in LEADERS}

CATS = ["政治建设", "协商议政", "民主监督", "提案工作", "调研视察", "团结联谊", "文史工作", "委员管理", "机关建设"]
DBFS = ["月报", "季报", "半年报", "办结报"]

DEPT = {  # OA department ids
    "县政协办公室": "1101", "县政协提案委员会": "1102", "县政协经济委员会": "1103",
    "县政协农业农村委员会": "1104", "县政协教科卫体委员会": "1105",
    "县政协文化文史和学习委员会": "1106", "县政协社会法制和民族宗教委员会": "1107",
    "县委组织部": "0102", "县委宣传部": "0103", "县委统战部": "0104", "县委党校": "0115",
    "县政府办公室": "0201", "县发展和改革局": "0203", "县财政局": "0211", "县人力资源和社会保障局": "0212",
    "县住房和城乡建设局": "0215", "县农业农村局": "0218", "县文化和旅游局": "0221", "县卫生健康局": "0222",
    "县教育体育局": "0206", "县民政局": "0209", "县司法局": "0210", "县市场监督管理局": "0227",
    "县医疗保障局": "0230", "县行政审批服务局": "0232", "县数据局": "0236", "县信访局": "0239",
    "县工商业联合会": "0411", "县融媒体中心": "0507", "县档案馆（县地方志编纂中心）": "0512",
    "市生态环境局桦岭分局": "0801",
}

# (序号, 类别, 工作任务, 牵头领导, 协管领导, 牵头单位, [配合单位], 完成时限, 督办方式, 备注)
T = [
 ("1", "政治建设", "坚持党对人民政协工作的全面领导，严格执行重大事项请示报告制度，年度协商计划、常委会议和主席会议重要议题、重大活动按程序报县委审定。",
  "邵明澜", "", "县政协办公室", [], "2026-12-31", "半年报", "县政协各专门委员会配合"),
 ("2", "政治建设", "深入学习贯彻习近平新时代中国特色社会主义思想，落实党组理论学习中心组学习、常委会议集体学习和委员学习培训制度，全年组织集中学习不少于10次。",
  "龚世平", "", "县政协办公室", ["县政协文化文史和学习委员会", "县委党校"], "2026-12-31", "季报", ""),
 ("3", "政治建设", "加强政协党的建设，推动党的组织和党的工作在政协委员中“两个全覆盖”，发挥党员委员在界别群众中的示范带动作用。",
  "邵明澜", "龚世平", "县政协办公室", ["县委组织部"], "2026-12-31", "半年报", ""),
 ("4", "政治建设", "以“凝心聚力·共话发展”为主题，组织委员深入界别群众开展宣讲和走访活动，广泛凝聚共识。",
  "谭晓梅", "", "县政协文化文史和学习委员会", ["县委统战部", "县融媒体中心"], "2026-11-30", "季报", "各乡镇政协工作联络组配合"),
 ("5", "协商议政", "围绕“十五五”规划开局起步和重大项目建设，组织全体会议大会发言和专题协商，形成协商建议报县委、县政府。",
  "邵明澜", "何立松", "县政协经济委员会", ["县发展和改革局", "县财政局"], "2026-03-31", "办结报", "大会发言材料2月底前报送"),
 ("6", "协商议政", "围绕促进民营经济高质量发展召开专题议政性常委会议，就破解融资难融资贵、拓展市场等问题提出意见建议。",
  "何立松", "", "县政协经济委员会", ["县工商业联合会", "县发展和改革局", "县市场监督管理局"], "2026-06-30", "办结报", "与县政协提案委员会共同牵头"),
 ("7", "协商议政", "围绕农村人居环境整治提升开展专题协商，重点就农村生活污水治理、农村厕所后续管护等提出建议。",
  "欧阳振华", "", "县政协农业农村委员会", ["县农业农村局", "县住房和城乡建设局", "市生态环境局桦岭分局"], "2026-09-30", "办结报", ""),
 ("8", "协商议政", "围绕紧密型县域医共体建设开展对口协商，推动优质医疗资源向乡镇卫生院和村卫生室下沉。",
  "谭晓梅", "", "县政协教科卫体委员会", ["县卫生健康局", "县医疗保障局"], "2026-08-31", "办结报", ""),
 ("9", "协商议政", "围绕义务教育优质均衡发展开展界别协商，组织教育界、科技界委员深入城乡学校调研。",
  "谭晓梅", "", "县政协教科卫体委员会", ["县教育体育局"], "2026-10-31", "办结报", "邀请相关界别召集人参加"),
 ("10", "协商议政", "聚焦文旅融合发展召开提案办理协商会，推动“山水桦岭”文旅品牌建设。",
  "马骁", "", "县政协提案委员会", ["县文化和旅游局"], "2026-07-31", "办结报", ""),
 ("11", "协商议政", "深化“有事好商量”协商议事活动，推动乡镇政协工作联络组全年开展协商议事活动不少于40场。",
  "欧阳振华", "龚世平", "县政协办公室", ["县委统战部"], "2026-12-31", "季报", "各乡镇政协工作联络组配合"),
 ("12", "协商议政", "探索开展网络议政、远程协商，依托委员履职平台组织线上协商不少于2次。",
  "马骁", "", "县政协提案委员会", ["县数据局", "县融媒体中心"], "2026-11-30", "半年报", ""),
 ("13", "民主监督", "围绕县委重大决策部署落实情况开展民主监督性视察，形成视察报告。",
  "何立松", "", "县政协经济委员会", [], "2026-10-31", "办结报", "县政协各专门委员会按职责分工配合；视察报告经主席会议审定后报县委、县政府"),
 ("14", "民主监督", "对行政执法规范化建设开展专项民主监督，推动严格规范公正文明执法。",
  "马骁", "", "县政协社会法制和民族宗教委员会", ["县司法局", "县信访局"], "2026-09-30", "办结报", ""),
 ("15", "民主监督", "开展优化营商环境民主评议，组织委员对涉企服务部门和窗口单位进行评议。",
  "何立松", "龚世平", "县政协经济委员会", ["县行政审批服务局", "县市场监督管理局"], "2026-11-30", "季报", ""),
 ("16", "民主监督", "做好政协委员担任特约监督员的推荐和管理工作，完善特约监督员履职情况反馈机制。",
  "龚世平", "", "县政协办公室", [], "2026-12-31", "半年报", ""),
 ("17", "提案工作", "坚持提案质量导向，严格提案审查立案，全年立案提案质量评价优良率达到90%以上。",
  "马骁", "", "县政协提案委员会", [], "2026-12-31", "半年报", "县政协各专门委员会配合"),
 ("18", "提案工作", "健全重点提案遴选和督办机制，由主席会议成员领衔督办重点提案，推动提案办理从“重答复”向“重落实”转变。",
  "邵明澜", "马骁", "县政协提案委员会", ["县政府办公室"], "2026-11-30", "季报", ""),
 ("19", "提案工作", "开展提案办理“回头看”和办理质量评议，对评议结果较差的提案进行跟踪督办。",
  "马骁", "", "县政协提案委员会", ["县政府办公室"], "2026-12-15", "办结报", ""),
 ("20", "调研视察", "围绕乡村全面振兴开展专题调研，重点就农业产业化龙头企业培育和村级集体经济发展提出建议。",
  "欧阳振华", "", "县政协农业农村委员会", ["县农业农村局", "县财政局"], "2026-08-31", "办结报", ""),
 ("21", "调研视察", "围绕居家社区养老服务体系建设开展调研视察，推动养老服务设施提质增效。",
  "谭晓梅", "", "县政协社会法制和民族宗教委员会", ["县民政局", "县卫生健康局"], "2026-09-30", "办结报", "与县政协教科卫体委员会共同牵头"),
 ("22", "调研视察", "围绕稳就业和高校毕业生返乡就业创业开展调研，提出促进青年就业的对策建议。",
  "何立松", "", "县政协经济委员会", ["县人力资源和社会保障局"], "2026-10-31", "办结报", ""),
 ("23", "调研视察", "加强社情民意信息工作，全年报送社情民意信息不少于120条，力争被市级以上采用20条以上。",
  "龚世平", "", "县政协办公室", [], "2026-12-31", "季报", "县政协各专门委员会、各乡镇政协工作联络组配合"),
 ("24", "团结联谊", "加强同民主党派、工商联和无党派人士的团结合作，邀请其参加政协重要协商活动。",
  "柯文静", "", "县政协社会法制和民族宗教委员会", ["县委统战部", "县工商业联合会"], "2026-12-31", "半年报", ""),
 ("25", "团结联谊", "做好民族宗教界人士联谊交友工作，开展民族团结进步主题活动。",
  "柯文静", "", "县政协社会法制和民族宗教委员会", ["县委统战部"], "2026-10-31", "办结报", ""),
 ("26", "文史工作", "编纂出版《桦岭文史资料》第二十辑，征集整理新中国成立以来亲历、亲见、亲闻史料。",
  "谭晓梅", "", "县政协文化文史和学习委员会", ["县档案馆（县地方志编纂中心）"], "2026-12-31", "半年报", ""),
 ("27", "文史工作", "推进文史资料数字化，建设县政协文史资料数据库并向社会开放查阅。",
  "谭晓梅", "龚世平", "县政协文化文史和学习委员会", ["县档案馆（县地方志编纂中心）", "县数据局"], "2026-12-31", "半年报", ""),
 ("28", "委员管理", "完善委员履职档案，实行委员年度履职积分管理，年底对履职情况进行通报。",
  "龚世平", "", "县政协办公室", [], "2026-12-31", "办结报", "县政协各专门委员会配合"),
 ("29", "委员管理", "加强委员工作室建设，推动每个乡镇建成1个以上标准化委员工作室，开展“委员进基层”活动。",
  "欧阳振华", "", "县政协办公室", [], "2026-10-31", "季报", "各乡镇政协工作联络组配合"),
 ("30", "机关建设", "加强政协机关建设，深化模范机关创建，健全机关内部管理制度，提升服务保障水平。",
  "龚世平", "", "县政协办公室", [], "2026-12-31", "半年报", ""),
 ("31", "政治建设", "加强政协宣传工作，办好县政协门户网站和微信公众号，全年在市级以上媒体刊发稿件不少于30篇。",
  "谭晓梅", "", "县政协办公室", ["县委宣传部", "县融媒体中心"], "2026-12-31", "半年报", "经2月9日主席会议研究增列"),
]

E = html.escape


def sel(name, options, chosen, width):
    """Disabled select as the JSP prints it: every option, the chosen one selected="selected"."""
    out = [f'<select name="{name}" class="BigSelect" disabled="disabled" style="width:{width}px">']
    out.append('<option value="">--请选择--</option>')
    for val, text in options:
        s = ' selected="selected"' if text == chosen and chosen else ""
        out.append(f'<option value="{val}"{s}>{E(text)}</option>')
    out.append("</select>")
    return "\r\n".join(out)


def row(t, k, tpl=False):
    no, cat, task, ld, xg, lead, coop, dl, dbfs, bz = t
    p = f"DATA_103_{k}"
    leader_opts = [(i, n) for i, n in LEADERS]
    cells = []
    cells.append(f'<td nowrap align="center"><input type="hidden" name="{p}_ID" value="{"" if tpl else "4821" + str(k).zfill(3)}">'
                 f'<input type="text" name="{p}_1" value="{no}" class="BigStatic" readonly="readonly" size="3" style="text-align:center"></td>')
    cells.append(f'<td nowrap>\r\n{sel(p + "_2", [(str(i + 1), c) for i, c in enumerate(CATS)], cat, 86)}\r\n</td>')
    cells.append(f'<td><textarea name="{p}_3" class="BigStatic" readonly="readonly" rows="4" style="width:96%">{E(task, quote=False)}</textarea></td>')
    cells.append(f'<td nowrap>\r\n{sel(p + "_4", leader_opts, ld, 78)}\r\n'
                 f'<input type="hidden" name="{p}_4_ID" value="{LID.get(ld, "")}"></td>')
    cells.append(f'<td nowrap>\r\n{sel(p + "_5", leader_opts, xg, 78)}\r\n'
                 f'<input type="hidden" name="{p}_5_ID" value="{LID.get(xg, "")}"></td>')
    cells.append(f'<td nowrap><input type="hidden" name="{p}_6" value="{DEPT.get(lead, "")}">'
                 f'<input type="text" name="{p}_6_NAME" value="{E(lead)}" class="BigStatic" readonly="readonly" size="16">'
                 f'<a href="javascript:;" class="orgSelect" style="display:none">选择</a></td>')
    ids = ",".join(DEPT[c] for c in coop)
    cells.append(f'<td><input type="hidden" name="{p}_7" value="{ids}">'
                 f'<textarea name="{p}_7_NAME" class="BigStatic" readonly="readonly" rows="3" style="width:150px">{E(",".join(coop), quote=False)}</textarea>'
                 f'<a href="javascript:;" class="orgSelect" style="display:none">选择</a></td>')
    cells.append(f'<td nowrap><input type="text" name="{p}_8" value="{dl}" class="BigStatic Wdate" readonly="readonly" size="10"></td>')
    cells.append(f'<td nowrap>\r\n{sel(p + "_9", [(str(i + 1), d) for i, d in enumerate(DBFS)], dbfs, 64)}\r\n</td>')
    cells.append(f'<td><textarea name="{p}_10" class="BigStatic" readonly="readonly" rows="3" style="width:120px">{E(bz, quote=False)}</textarea></td>')
    attrs = ' id="LV_103_tpl" style="display:none"' if tpl else f' class="TableLine{1 if k % 2 else 2}" id="LV_103_r{k}"'
    return f"<tr{attrs}>\r\n" + "\r\n".join(cells) + "\r\n</tr>"


ZW = """<p style="text-align:center;line-height:150%"><span style="font-family:方正小标宋简体;font-size:22pt">政协桦岭县委员会办公室</span></p>
<p style="text-align:center;line-height:150%"><span style="font-family:方正小标宋简体;font-size:22pt">关于印发《政协桦岭县委员会2026年工作要点任务分解》的通知</span></p>
<p>&nbsp;</p>
<p style="line-height:150%"><span style="font-family:仿宋_GB2312;font-size:16pt">县政协各专门委员会，县政协办公室各股室，各乡镇政协工作联络组，县直有关单位：</span></p>
<p style="text-indent:2em;line-height:150%"><span style="font-family:仿宋_GB2312;font-size:16pt">《政协桦岭县委员会2026年工作要点》已经县委同意、县政协十一届常委会第十二次会议审议通过。为确保各项工作落到实处，经主席会议研究，现将工作要点确定的重点工作逐项分解，明确牵头领导、协管领导、牵头单位、配合单位和完成时限（见附件），已录入县督查督办系统，请登录系统签收并认真抓好落实。现就有关事项通知如下。</span></p>
<p style="text-indent:2em;line-height:150%"><span style="font-family:黑体;font-size:16pt">一、明确责任分工</span></p>
<p style="text-indent:2em;line-height:150%"><span style="font-family:仿宋_GB2312;font-size:16pt">分解表中&ldquo;牵头领导&rdquo;为负责该项工作的主席会议成员，&ldquo;协管领导&rdquo;协助牵头领导抓好落实，二者均为该项工作的责任领导；&ldquo;牵头单位&rdquo;负责制定具体方案、组织推进和汇总报送，&ldquo;配合单位&rdquo;按照职责做好配合。因系统只能选择具体部门，县政协各专门委员会、各乡镇政协工作联络组等作为配合单位的，以及两个单位共同牵头的，均在&ldquo;备注&rdquo;栏中注明，与表内所列单位同等落实。</span></p>
<p style="text-indent:2em;line-height:150%"><span style="font-family:黑体;font-size:16pt">二、加强过程督办</span></p>
<p style="text-indent:2em;line-height:150%"><span style="font-family:仿宋_GB2312;font-size:16pt">各牵头单位要按照&ldquo;督办方式&rdquo;栏的要求，于每季度末月25日前（半年报于6月25日、12月25日前，办结报于完成后5个工作日内）通过督查督办系统报送进展情况，配合单位的落实情况由牵头单位一并汇总。县政协办公室负责日常跟踪督办，每半年向主席会议报告一次。</span></p>
<p style="text-indent:2em;line-height:150%"><span style="font-family:黑体;font-size:16pt">三、严格考核评价</span></p>
<p style="text-indent:2em;line-height:150%"><span style="font-family:仿宋_GB2312;font-size:16pt">各项任务完成情况纳入专门委员会年度工作考评和委员履职评价。对推进不力、进度滞后的，由县政协办公室提请牵头领导约谈提醒。</span></p>
<p>&nbsp;</p>
<p style="text-indent:2em;line-height:150%"><span style="font-family:仿宋_GB2312;font-size:16pt">附件：政协桦岭县委员会2026年工作要点任务分解（共31项）</span></p>
<p>&nbsp;</p>
<p style="text-align:right;line-height:150%"><span style="font-family:仿宋_GB2312;font-size:16pt">政协桦岭县委员会办公室</span>&nbsp;&nbsp;&nbsp;&nbsp;</p>
<p style="text-align:right;line-height:150%"><span style="font-family:仿宋_GB2312;font-size:16pt">2026年2月11日</span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</p>
<p style="text-indent:2em;line-height:150%"><span style="font-family:仿宋_GB2312;font-size:16pt">（此件公开发布）</span></p>"""

URL = "http://10.62.8.15:8080/oa/general/supervise/lixiang/view.jsp?RUN_ID=48211&FLOW_ID=103&VIEW_TYPE=1&rnd=0.4710863"

HEAD = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=({len(URL):04d}){URL} -->
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">



<title>查看立项单 - 桦岭县电子政务协同办公平台</title>
<link rel="stylesheet" type="text/css" href="./查看立项单_files/style.css">
<link rel="stylesheet" type="text/css" href="./查看立项单_files/form.css">
<script type="text/javascript" src="./查看立项单_files/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="./查看立项单_files/WdatePicker.js"></script><link href="./查看立项单_files/WdatePicker.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="./查看立项单_files/utility.js"></script>
<script type="text/javascript">
var RUN_ID = "48211";
var FLOW_ID = "103";
var VIEW_TYPE = "1";   //1:查看 2:办理 3:新建
var PRIV_EDIT = false;
// 主席会议成员（人员选择控件数据源）
var LEADER_LIST = [{{"id":"U0301","name":"邵明澜","post":"主席"}},{{"id":"U0302","name":"何立松","post":"副主席"}},{{"id":"U0303","name":"谭晓梅","post":"副主席"}},{{"id":"U0304","name":"欧阳振华","post":"副主席"}},{{"id":"U0305","name":"柯文静","post":"副主席"}},{{"id":"U0306","name":"马骁","post":"副主席"}},{{"id":"U0307","name":"龚世平","post":"秘书长"}}];
function form_print()
{{
   window.open("print.jsp?RUN_ID="+RUN_ID+"&FLOW_ID="+FLOW_ID,"print","toolbar=0,status=0,menubar=0,scrollbars=yes,resizable=1");
}}
function flow_view()
{{
   window.open("../flow_view.jsp?RUN_ID="+RUN_ID+"&FLOW_ID="+FLOW_ID,"flow","width=800,height=600");
}}
function export_word()
{{
   location="export_doc.jsp?RUN_ID="+RUN_ID+"&FLOW_ID="+FLOW_ID;
}}
function lv_add_row(lv_id)
{{
   if(!PRIV_EDIT) return;
   var tpl = $("#"+lv_id+"_tpl").clone(true);
   tpl.removeAttr("style").attr("id","");
   $("#"+lv_id+" tbody").append(tpl);
}}
</script>
<style type="text/css">
.TableBlock{{border-collapse:collapse;border:1px solid #9cb4d8;font-size:14px}}
.TableBlock td{{border:1px solid #9cb4d8;padding:3px}}
.TableContent{{background:#eaf1fb;font-weight:bold;text-align:right;white-space:nowrap}}
.TableHeader{{background:#d7e4f5;font-weight:bold;text-align:center}}
.BigStatic{{border:0;background:transparent;color:#000;font-size:14px;resize:none;overflow:auto}}
.BigSelect{{color:#000;font-size:14px}}
.zw{{padding:10px 40px;background:#fff}}
</style>
</head>

<body class="bodycolor" topmargin="5">
<div id="top_bar" style="height:28px;line-height:28px;background:url(./查看立项单_files/bar_bg.gif) repeat-x">
&nbsp;<img src="./查看立项单_files/home.gif" align="absmiddle"> 当前位置：督查督办 &gt; 立项管理 &gt; 查看立项单
<span style="float:right">当前用户：张晓丽（县政协办公室）&nbsp;|&nbsp;<a href="javascript:;">返回</a>&nbsp;</span>
</div>
<table width="98%" align="center" border="0" cellspacing="0" cellpadding="3">
<tbody><tr>
<td align="center">
<input type="button" value="打印" class="BigButton" onclick="form_print()">&nbsp;
<input type="button" value="流程图" class="BigButton" onclick="flow_view()">&nbsp;
<input type="button" value="导出Word" class="BigButton" onclick="export_word()">&nbsp;
<input type="button" value="关闭" class="BigButton" onclick="window.close()">
</td>
</tr>
</tbody></table>

<form name="form1" method="post" action="">
<input type="hidden" name="RUN_ID" value="48211">
<input type="hidden" name="FLOW_ID" value="103">
<input type="hidden" name="PRCS_ID" value="5">
<input type="hidden" name="FORM_ID" value="318">
<table class="TableBlock" width="98%" align="center">
<tbody><tr>
<td colspan="4" class="TableHeader" style="font-size:20px;color:#c00;height:40px">督 查 督 办 立 项 单</td>
</tr>
<tr>
<td class="TableContent" width="12%">立项编号</td>
<td width="38%"><input type="text" name="DATA_1" value="DB-ZX-2026-004" class="BigStatic" readonly="readonly" size="30"></td>
<td class="TableContent" width="12%">立项日期</td>
<td width="38%"><input type="text" name="DATA_2" value="2026-02-11" class="BigStatic Wdate" readonly="readonly" size="12"></td>
</tr>
<tr>
<td class="TableContent">立项名称</td>
<td colspan="3"><input type="text" name="DATA_3" value="政协桦岭县委员会2026年工作要点任务分解" class="BigStatic" readonly="readonly" size="90"></td>
</tr>
<tr>
<td class="TableContent">督办类别</td>
<td>
<select name="DATA_4" class="BigSelect" disabled="disabled">
<option value="">--请选择--</option>
<option value="1">县委交办</option>
<option value="2">主席会议交办</option>
<option value="3" selected="selected">年度重点工作</option>
<option value="4">领导批示</option>
<option value="5">提案督办</option>
</select>
</td>
<td class="TableContent">立项单位</td>
<td><input type="hidden" name="DATA_5" value="1101"><input type="text" name="DATA_5_NAME" value="县政协办公室" class="BigStatic" readonly="readonly" size="30"></td>
</tr>
<tr>
<td class="TableContent">来源文件</td>
<td colspan="3"><input type="text" name="DATA_6" value="政协桦岭县委员会办公室关于印发《政协桦岭县委员会2026年工作要点任务分解》的通知" class="BigStatic" readonly="readonly" size="90"></td>
</tr>
<tr>
<td class="TableContent">来源文号</td>
<td><input type="text" name="DATA_7" value="桦政协办发〔2026〕2号" class="BigStatic" readonly="readonly" size="30"></td>
<td class="TableContent">公开属性</td>
<td>
<select name="DATA_8" class="BigSelect" disabled="disabled">
<option value="">--请选择--</option>
<option value="1" selected="selected">主动公开</option>
<option value="2">依申请公开</option>
<option value="3">不予公开</option>
</select>
</td>
</tr>
<tr>
<td class="TableContent">主送</td>
<td colspan="3"><textarea name="DATA_9" class="BigStatic" readonly="readonly" rows="2" style="width:96%">县政协各专门委员会，县政协办公室各股室，各乡镇政协工作联络组，县直有关单位</textarea></td>
</tr>
<tr>
<td class="TableContent">抄送</td>
<td colspan="3"><textarea name="DATA_10" class="BigStatic" readonly="readonly" rows="2" style="width:96%">县委办公室，县人大常委会办公室，县政府办公室</textarea></td>
</tr>
<tr>
<td class="TableContent">经办人</td>
<td><input type="text" name="DATA_11" value="张晓丽" class="BigStatic" readonly="readonly" size="20"></td>
<td class="TableContent">联系电话</td>
<td><input type="text" name="DATA_12" value="6231057" class="BigStatic" readonly="readonly" size="20"></td>
</tr>
<tr>
<td class="TableContent">通知正文</td>
<td colspan="3">
<div class="zw" id="DATA_13_VIEW">
"""

MID = """
</div>
<input type="hidden" name="DATA_13" value="">
</td>
</tr>
<tr>
<td class="TableContent">附件</td>
<td colspan="3">
<img src="./查看立项单_files/doc.gif" align="absmiddle"> <a href="javascript:;" title="下载">桦政协办发〔2026〕2号 政协桦岭县委员会2026年工作要点任务分解.docx</a>&nbsp;(48.2KB)&nbsp;&nbsp;<a href="javascript:;">阅读</a><br>
<img src="./查看立项单_files/pdf.gif" align="absmiddle"> <a href="javascript:;" title="下载">桦政协办发〔2026〕2号（盖章版）.pdf</a>&nbsp;(612.7KB)&nbsp;&nbsp;<a href="javascript:;">阅读</a>
</td>
</tr>
<tr>
<td class="TableContent">任务分解明细</td>
<td colspan="3">
<div style="padding:4px 0;color:#666">（附件：政协桦岭县委员会2026年工作要点任务分解）&nbsp;&nbsp;<input type="button" value="新增" class="SmallButton" disabled="disabled" onclick="lv_add_row('LV_103')">&nbsp;<input type="button" value="导出Excel" class="SmallButton"></div>
<table class="TableBlock" id="LV_103" width="100%">
<tbody><tr class="TableHeader">
<td nowrap>序号</td>
<td nowrap>工作类别</td>
<td nowrap>工作任务</td>
<td nowrap>牵头领导</td>
<td nowrap>协管领导</td>
<td nowrap>牵头单位</td>
<td nowrap>配合单位</td>
<td nowrap>完成时限</td>
<td nowrap>督办方式</td>
<td nowrap>备注</td>
</tr>
"""

TAIL = """
<tr class="TableControl">
<td colspan="10" align="right">共&nbsp;31&nbsp;条记录&nbsp;&nbsp;</td>
</tr>
</tbody></table>
</td>
</tr>
</tbody></table>
</form>

<br>
<table class="TableBlock" width="98%" align="center">
<tbody><tr><td colspan="6" class="TableHeader">办理过程</td></tr>
<tr class="TableHeader">
<td nowrap>序号</td><td nowrap>步骤</td><td nowrap>办理人</td><td nowrap>所在部门</td><td nowrap>办理时间</td><td>办理意见</td>
</tr>
<tr class="TableLine1"><td align="center">1</td><td>拟稿登记</td><td>张晓丽</td><td>县政协办公室</td><td>2026-02-09 15:42</td><td>根据2月9日主席会议意见修改，增列第31项。</td></tr>
<tr class="TableLine2"><td align="center">2</td><td>科室审核</td><td>魏　东</td><td>县政协办公室</td><td>2026-02-10 09:15</td><td>已核，请龚秘书长审核。</td></tr>
<tr class="TableLine1"><td align="center">3</td><td>秘书长审核</td><td>龚世平</td><td>县政协办公室</td><td>2026-02-10 11:03</td><td>拟同意，请邵主席审定。</td></tr>
<tr class="TableLine2"><td align="center">4</td><td>主席审定</td><td>邵明澜</td><td>县政协</td><td>2026-02-10 17:26</td><td>同意。</td></tr>
<tr class="TableLine1"><td align="center">5</td><td>立项下达</td><td>张晓丽</td><td>县政协办公室</td><td>2026-02-11 10:08</td><td>已下达各责任单位签收。</td></tr>
</tbody></table>
<br>
<div align="center" style="color:#999;font-size:12px">桦岭县电子政务协同办公平台&nbsp;&nbsp;技术支持：桦岭县大数据发展中心&nbsp;&nbsp;建议使用IE9以上或360浏览器（极速模式）</div>


</body></html>
"""


def main():
    rows = [row(t, k) for k, t in enumerate(T, 1)]
    tpl = row(("", "", "", "", "", "", [], "", "", ""), 0, tpl=True)
    text = HEAD + ZW + MID + "\r\n".join(rows) + "\r\n" + tpl + TAIL
    text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    print(OUT, len(text), "chars,", len(T), "tasks")


if __name__ == "__main__":
    main()
