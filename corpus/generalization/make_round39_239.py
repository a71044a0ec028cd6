#!/usr/bin/env python3
"""Writes 239_yunxiu_renwu_qingdan.htm: an Excel 'save as web page' sheet (UTF-8),
and its gold list. Paths relative to this script's folder."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
BR = "<br style='mso-data-placement:same-cell'>"

# (leader cell html, rowspan) ; tasks: (task html, lead list, coop list, coop html override, deadline html/td)
L = {
 'zhou': ("周立群" + BR + "区长", ["周立群"]),
 'he':   ("何振宇" + BR + "常务副区长", ["何振宇"]),
 'lin':  ("林书航" + BR + "副区长", ["林书航"]),
 'zou':  ("邹曼丽" + BR + "副区长", ["邹曼丽"]),
 'hezou':("何振宇" + BR + "邹曼丽", ["何振宇", "邹曼丽"]),
 'peng': ("彭卫东" + BR + "副区长、市公安局云岫分局局长", ["彭卫东"]),
 'su':   ("苏婉清" + BR + "副区长", ["苏婉清"]),
}
D12 = ("str", "2024年12月底前")
LONG = ("str", "长期")
T = [
 ('zhou', "地区生产总值增长6%左右，一般公共预算收入增长5%。" + BR + "加强经济运行监测调度，按月分析研判，确保“开门红”“双过半”。",
  ["区发展和改革局"], ["区财政局", "区统计局", "国家税务总局棠州市云岫区税务局"], None, D12),
 ('zhou', "谋划储备重大项目60个以上，争取地方政府专项债券额度15亿元以上。",
  ["区发展和改革局", "区财政局"], ["区自然资源和规划分局", "区住房和城乡建设局"], None, ("date", "45473", "2024年6月30日")),
 ('zhou', "深化“放管服”改革，推行“一件事一次办”集成服务，新增集成办理高频事项20项。",
  ["区数据资源管理局"], ["区政务服务中心", "区司法局", "各相关部门"], None, ("str", "2024年9月底前")),
 ('he', "全年新增规模以上工业企业12家，规上工业增加值增长7%。",
  ["区科学技术和工业信息化局"], ["区统计局", "区市场监督管理局"], None, D12),
 ('he', "推进云岫经济开发区扩区调规，完成新增建设用地报批1200亩。",
  ["云岫经济开发区管委会"], ["区自然资源和规划分局", "区发展和改革局"], None, ("str", "2024年10月底前")),
 ('he', "稳妥化解政府隐性债务，确保全年化债任务按期完成，守住不发生系统性风险底线。",
  ["区财政局"], ["区城投集团", "区审计局"], None, LONG),
 ('he', "完成区属国有企业整合重组，组建区产业投资集团，实现市场化转型。",
  ["区国有资产服务中心"], ["区财政局", "区城投集团"], None, ("str", "2024年8月底前")),
 ('he', "开展招商引资“攻坚年”活动，全年引进亿元以上项目30个，实际到位资金增长10%。",
  ["区投资促进中心"], ["区商务局", "各街道办事处", "云岫经济开发区管委会"], None, D12),
 ('lin', "推进老旧小区改造，完成改造小区46个、惠及居民8300户。",
  ["区住房和城乡建设局"], ["各街道办事处", "区城投集团"], "各街道办事处" + BR + "区城投集团", ("str", "2024年11月底前")),
 ('lin', "实施城市更新项目5个，加快滨河片区、北站片区棚户区改造。",
  ["区住房和城乡建设局"], ["区自然资源和规划分局", "区财政局", "区征收服务中心"], None, D12),
 ('lin', "新建改造城市道路12条，打通断头路4条，新增公共停车泊位2000个。",
  ["区交通运输局"], ["区住房和城乡建设局", "区城市管理局"], None, D12),
 ('lin', "开展市容环境综合整治，创建市级市容环境示范街道2条。",
  ["区城市管理局"], ["各街道办事处"], None, LONG),
 ('lin', "打好蓝天碧水净土保卫战，PM2.5平均浓度控制在35微克/立方米以内，国省控断面水质达标率100%。",
  ["市生态环境局云岫分局"], ["区城市管理局", "区住房和城乡建设局", "区交通运输局", "区农业农村局"], None, D12),
 ('zou', "新建、改扩建中小学和幼儿园6所，新增学位5400个。",
  ["区教育局"], ["区发展和改革局", "区财政局", "区自然资源和规划分局"], None, ("date", "45535", "2024年8月31日")),
 ('zou', "推进紧密型城市医疗集团建设，区人民医院创成三级综合医院。",
  ["区卫生健康局"], ["区人民医院", "区医疗保障局"], None, D12),
 ('zou', "城镇新增就业5200人，城镇调查失业率控制在5.5%以内。" + BR + "开展“春风行动”等招聘活动50场次。",
  ["区人力资源和社会保障局"], ["区财政局", "各街道办事处"], None, D12),
 ('zou', "新建社区嵌入式养老服务中心8个、老年助餐点20个。",
  ["区民政局"], ["区卫生健康局", "区财政局", "各街道办事处"], None, ("str", "2024年10月底前")),
 ('zou', "举办第三届云岫山文化旅游节，全年接待游客增长10%以上。",
  ["区文化和旅游体育局"], ["区商务局", "市公安局云岫分局", "云岫山景区管理处"], None, ("str", "2024年9月底前")),
 ('hezou', "巩固全国文明城区创建成果，做好国家卫生城区复审迎检工作。",
  ["区委宣传部（区文明办）"], ["区卫生健康局", "区城市管理局", "各街道办事处"], None, LONG),
 ('peng', "深化平安云岫建设，常态化开展扫黑除恶斗争，刑事案件发案率下降5%。",
  ["市公安局云岫分局"], ["区司法局", "区信访局", "各街道办事处"], None, LONG),
 ('peng', "开展安全生产治本攻坚三年行动，坚决遏制较大以上生产安全事故。",
  ["区应急管理局"], ["区住房和城乡建设局", "区交通运输局", "区市场监督管理局"], None, LONG),
 ('peng', "完成“八五”普法终期验收，推进区镇村三级公共法律服务平台全覆盖。",
  ["区司法局"], [], "&nbsp;", ("str", "2024年11月底前")),
 ('su', "粮食播种面积稳定在9.2万亩以上，新建高标准农田1.5万亩。",
  ["区农业农村局"], ["区财政局", "区自然资源和规划分局", "区水利局"], None, ("str", "2024年10月底前")),
 ('su', "全面落实河湖长制，完成北沙河综合治理二期工程。",
  ["区水利局"], ["市生态环境局云岫分局", "区农业农村局"], None, D12),
 ('su', "健全退役军人服务保障体系，新建“退役军人之家”示范点5个。",
  ["区退役军人事务局"], ["区人力资源和社会保障局"], None, LONG),
 ('su', "提升食品药品安全监管水平，创建省级食品安全示范街道1个。",
  ["区市场监督管理局"], ["区农业农村局", "区卫生健康局", "各街道办事处"], None, D12),
]

def wrap(tag, indent="  "):
    """Excel-style wrapping of a long start tag at ~78 columns, continuation indented."""
    out, line = [], indent
    for i, w in enumerate(tag.split(" ")):
        add = w if i == 0 else " " + w
        if len(line) + len(add) > 78 and line.strip():
            out.append(line)
            line = indent + w
        else:
            line += add
    out.append(line)
    return "\n".join(out)

head = '''<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<link rel=File-List href="2024年重点任务清单（督查室）.files/filelist.xml">
<style id="2024年重点任务清单（督查室）_28731_Styles">
<!--table
	{mso-displayed-decimal-separator:"\\.";
	mso-displayed-thousand-separator:"\\,";}
@page
	{margin:.75in .51in .75in .51in;
	mso-header-margin:.31in;
	mso-footer-margin:.31in;
	mso-page-orientation:landscape;}
tr
	{mso-height-source:auto;
	mso-ruby-visibility:none;}
col
	{mso-width-source:auto;
	mso-ruby-visibility:none;}
br
	{mso-data-placement:same-cell;}
.font5
	{color:windowtext;
	font-size:9.0pt;
	font-weight:400;
	font-style:normal;
	text-decoration:none;
	font-family:等线;
	mso-generic-font-family:auto;
	mso-font-charset:134;}
.style0
	{mso-number-format:General;
	text-align:general;
	vertical-align:middle;
	white-space:nowrap;
	mso-rotate:0;
	mso-background-source:auto;
	mso-pattern:auto;
	color:black;
	font-size:11.0pt;
	font-weight:400;
	font-style:normal;
	text-decoration:none;
	font-family:等线;
	mso-generic-font-family:auto;
	mso-font-charset:134;
	border:none;
	mso-protection:locked visible;
	mso-style-name:常规;
	mso-style-id:0;}
td
	{mso-style-parent:style0;
	padding-top:1px;
	padding-right:1px;
	padding-left:1px;
	mso-ignore:padding;
	color:black;
	font-size:11.0pt;
	font-weight:400;
	font-style:normal;
	text-decoration:none;
	font-family:等线;
	mso-generic-font-family:auto;
	mso-font-charset:134;
	mso-number-format:General;
	text-align:general;
	vertical-align:middle;
	border:none;
	mso-background-source:auto;
	mso-pattern:auto;
	mso-protection:locked visible;
	white-space:nowrap;
	mso-rotate:0;}
.xl65
	{mso-style-parent:style0;
	font-size:20.0pt;
	font-family:方正小标宋简体, monospace;
	mso-font-charset:134;
	text-align:center;
	white-space:normal;}
.xl66
	{mso-style-parent:style0;
	font-size:12.0pt;
	font-family:仿宋_GB2312, monospace;
	mso-font-charset:134;
	text-align:left;
	vertical-align:middle;
	border:.5pt solid windowtext;
	white-space:normal;}
.xl67
	{mso-style-parent:style0;
	font-size:12.0pt;
	font-family:仿宋_GB2312, monospace;
	mso-font-charset:134;
	text-align:center;
	border:.5pt solid windowtext;
	white-space:normal;}
.xl68
	{mso-style-parent:style0;
	font-size:12.0pt;
	font-weight:700;
	font-family:黑体, monospace;
	mso-font-charset:134;
	text-align:center;
	border:.5pt solid windowtext;
	background:#D9D9D9;
	mso-pattern:black none;
	white-space:normal;}
.xl69
	{mso-style-parent:style0;
	font-size:12.0pt;
	font-family:仿宋_GB2312, monospace;
	mso-font-charset:134;
	text-align:left;
	white-space:normal;}
.xl70
	{mso-style-parent:style0;
	font-size:12.0pt;
	font-family:仿宋_GB2312, monospace;
	mso-font-charset:134;
	mso-number-format:"yyyy\\0022年\\0022m\\0022月\\0022d\\0022日\\0022\\;\\@";
	text-align:center;
	border:.5pt solid windowtext;
	white-space:normal;}
.xl71
	{mso-style-parent:style0;
	font-size:12.0pt;
	font-family:仿宋_GB2312, monospace;
	mso-font-charset:134;
	text-align:right;
	white-space:normal;}
.xl72
	{mso-style-parent:style0;
	font-size:11.0pt;
	font-family:仿宋_GB2312, monospace;
	mso-font-charset:134;
	text-align:left;
	vertical-align:top;
	white-space:normal;}
ruby
	{ruby-align:left;}
rt
	{color:windowtext;
	font-size:9.0pt;
	font-weight:400;
	font-style:normal;
	text-decoration:none;
	font-family:等线;
	mso-generic-font-family:auto;
	mso-font-charset:134;
	mso-char-type:none;
	display:none;}
-->
</style>
<!--[if gte mso 9]><xml>
 <x:ExcelWorkbook>
  <x:ExcelWorksheets>
   <x:ExcelWorksheet>
    <x:Name>重点任务</x:Name>
    <x:WorksheetOptions>
     <x:DefaultRowHeight>285</x:DefaultRowHeight>
     <x:Print>
      <x:ValidPrinterInfo/>
      <x:PaperSizeIndex>9</x:PaperSizeIndex>
      <x:Scale>85</x:Scale>
      <x:HorizontalResolution>600</x:HorizontalResolution>
      <x:VerticalResolution>600</x:VerticalResolution>
     </x:Print>
     <x:Selected/>
     <x:FreezePanes/>
     <x:FrozenNoSplit/>
     <x:SplitHorizontal>3</x:SplitHorizontal>
     <x:TopRowBottomPane>3</x:TopRowBottomPane>
     <x:ActivePane>2</x:ActivePane>
     <x:Panes>
      <x:Pane>
       <x:Number>3</x:Number>
      </x:Pane>
      <x:Pane>
       <x:Number>2</x:Number>
       <x:ActiveRow>12</x:ActiveRow>
       <x:ActiveCol>3</x:ActiveCol>
      </x:Pane>
     </x:Panes>
     <x:ProtectContents>False</x:ProtectContents>
     <x:ProtectObjects>False</x:ProtectObjects>
     <x:ProtectScenarios>False</x:ProtectScenarios>
    </x:WorksheetOptions>
   </x:ExcelWorksheet>
  </x:ExcelWorksheets>
  <x:WindowHeight>12300</x:WindowHeight>
  <x:WindowWidth>28800</x:WindowWidth>
  <x:WindowTopX>32767</x:WindowTopX>
  <x:WindowTopY>32767</x:WindowTopY>
  <x:ProtectStructure>False</x:ProtectStructure>
  <x:ProtectWindows>False</x:ProtectWindows>
 </x:ExcelWorkbook>
 <x:ExcelName>
  <x:Name>Print_Titles</x:Name>
  <x:SheetIndex>1</x:SheetIndex>
  <x:Formula>=重点任务!$1:$3</x:Formula>
 </x:ExcelName>
</xml><![endif]-->
</head>

<body link="#0563C1" vlink="#954F72">

'''
# column widths (px) and pt
cols = [(46, 1472, 34.5), (436, 13952, 327), (92, 2944, 69), (168, 5376, 126), (228, 7296, 171), (110, 3520, 82.5)]
total_px = sum(c[0] for c in cols); total_pt = sum(c[2] for c in cols)
def pt(x): return ("%g" % x)

parts = [head]
parts.append(wrap("<table border=0 cellpadding=0 cellspacing=0 width=%d style='border-collapse: collapse;table-layout:fixed;width:%spt'>" % (total_px, pt(total_px * 0.75)), indent="") + "\n")
for px, alt, p in cols:
    parts.append(" <col width=%d style='mso-width-source:userset;mso-width-alt:%d;width:%spt'>\n" % (px, alt, pt(px * 0.75)))

def tr(h_px, cells):
    s = " <tr height=%d style='mso-height-source:userset;height:%spt'>\n" % (h_px, pt(h_px * 0.75))
    for c in cells:
        s += c + "\n"
    return s + " </tr>\n"

def td(attrs, content):
    return wrap("<td " + attrs + ">", indent="  ") + content + "</td>"

w0 = cols[0][0]
parts.append(tr(58, [td("colspan=6 height=58 class=xl65 width=%d style='height:43.5pt; width:%spt'" % (total_px, pt(total_px * 0.75)),
                        "云岫区2024年《政府工作报告》重点任务清单")]))
parts.append(tr(30, [td("colspan=3 height=30 class=xl69 style='height:22.5pt'", "填报单位：云岫区人民政府督查室"),
                     td("colspan=3 class=xl71", "填报日期：2024年3月8日")]))
hdr = ["序号", "重点任务", "责任领导", "牵头单位", "配合单位", "完成时限"]
cells = [td("height=40 class=xl68 style='height:30.0pt'", hdr[0])] + [td("class=xl68 style='border-left:none'", h) for h in hdr[1:]]
parts.append(tr(40, cells))

# rowspans
spans = {}
order = []
for i, t in enumerate(T):
    k = t[0]
    if order and order[-1][0] == k:
        order[-1][1] += 1
    else:
        order.append([k, 1, i])
starts = {o[2]: (o[0], o[1]) for o in order}

gold = []
for i, (k, task, lead, coop, coop_html, dl) in enumerate(T):
    n = i + 1
    h = 76 if len(task) > 40 else 57
    c = [td("height=%d class=xl67 style='height:%spt;border-top:none' x:num" % (h, pt(h * 0.75)), str(n)),
         td("class=xl66 style='border-top:none;border-left:none'", task)]
    if i in starts:
        kk, rs = starts[i]
        if rs > 1:
            c.append(td("rowspan=%d class=xl67 style='border-top:none'" % rs, L[kk][0]))
        else:
            c.append(td("class=xl67 style='border-top:none;border-left:none'", L[kk][0]))
    c.append(td("class=xl66 style='border-top:none;border-left:none'", "、".join(lead)))
    c.append(td("class=xl66 style='border-top:none;border-left:none'", coop_html if coop_html is not None else "、".join(coop)))
    if dl[0] == "date":
        c.append(td("class=xl70 align=right style='border-top:none;border-left:none' x:num=\"%s\"" % dl[1], dl[2]))
    else:
        c.append(td("class=xl67 style='border-top:none;border-left:none' x:str", dl[1]))
    parts.append(tr(h, c))
    plain = task.replace(BR, "\n")
    gold.append({"id": str(n), "head": plain[:12], "responsible_units": lead + coop,
                 "lead_units": lead, "cooperating_units": coop, "leaders": L[k][1]})

note = ("注：1.责任领导栏为任务分管区领导，牵头单位为第一责任单位，配合单位按职责分工做好配合。" + BR +
        "2.各牵头单位于每季度末月25日前将任务进展情况报送区政府督查室（电话：6238107），完成时限为“长期”的任务按季度报送。" + BR +
        "3.本清单任务纳入区政府年度综合考核。")
parts.append(tr(88, [td("colspan=6 height=88 class=xl72 style='height:66.0pt'", note)]))
parts.append(" <![if supportMisalignedColumns]>\n <tr height=0 style='display:none'>\n")
for px, alt, p in cols:
    parts.append("  <td width=%d style='width:%spt'></td>\n" % (px, pt(px * 0.75)))
parts.append(" </tr>\n <![endif]>\n</table>\n\n</body>\n\n</html>\n")

html = "".join(parts)
# Excel writes CRLF line ends
with open(os.path.join(HERE, "239_yunxiu_renwu_qingdan.htm"), "w", encoding="utf-8", newline="\r\n") as f:
    f.write(html)
with open(os.path.join(HERE, "239_yunxiu_renwu_qingdan.tasks.gold.jsonl"), "w", encoding="utf-8") as f:
    for g in gold:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(len(gold), "tasks")
