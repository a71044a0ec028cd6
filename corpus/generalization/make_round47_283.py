# -*- coding: utf-8 -*-
import json, os
OUT = os.path.dirname(os.path.abspath(__file__))
BR = "<br style='mso-data-placement:same-cell'>"

# task rows: id, idmode ('str'|'num'), task text parts (list joined by BR), leader cell (None=covered by rowspan) , leader rowspan,
# lead list, lead sep ('、'|'br'), coop list, coop sep, deadline (None=covered), deadline rowspan, gold leaders
cats = [
 ("一、稳增长扩内需（7项）", [
  dict(id="1.1", text=["推动地区生产总值增长6%左右，一般公共预算收入增长5%。", "坚持稳中求进、以进促稳，确保主要经济指标增速高于全省平均水平。"],
       L=("陈国栋（市长）"+BR+"刘振华（常务副市长）",1), gl=["陈国栋","刘振华"],
       lead=["市发展改革委"], coop=["市统计局","市财政局","各县（市、区）人民政府"], csep="、", dl=("2024年12月底",1)),
  dict(id="1.2", text=["实施重大项目攻坚行动，全年安排市级重点项目300个、总投资1860亿元，年度完成投资520亿元以上。"],
       L=("刘振华（常务副市长）",3), gl=["刘振华"],
       lead=["市发展改革委"], coop=["市自然资源和规划局","市生态环境局","市住房城乡建设局"], csep="br", dl=("2024年12月底",3)),
  dict(id="1.3", text=["扩大有效投资，固定资产投资增长8%左右，其中工业投资增长12%。"], L=None, gl=["刘振华"],
       lead=["市发展改革委","市财政局"], lsep="、", coop=["市统计局","市工业和信息化局"], csep="、", dl=None),
  dict(id="1.4", text=["积极争取中央预算内投资、超长期特别国债和地方政府专项债券资金，全年争取资金80亿元以上。"], L=None, gl=["刘振华"],
       lead=["市财政局"], coop=["市发展改革委","市地方金融管理局"], csep="br", dl=None),
  dict(id="1.5", text=["促进消费扩容提质，社会消费品零售总额增长6.5%。", "落实汽车、家电以旧换新政策，培育夜间经济集聚区3个。"],
       L=("副市长孙建明",3), gl=["孙建明"],
       lead=["市商务局"], coop=["市文化广电旅游局","市市场监管局"], csep="、", dl=("2024年12月底",1)),
  dict(id="1.6", text=["开展“栖川好物”消费季活动100场以上，发放消费券3000万元。"], L=None, gl=["孙建明"],
       lead=["市商务局"], coop=["市财政局","各县（市、区）人民政府"], csep="br", dl=("2024年10月底前",1)),
  dict(id="1.7", text=["推进外贸稳规模优结构，进出口总额增长5%，新增有进出口实绩企业50家。"], L=None, gl=["孙建明"],
       lead=["市商务局"], coop=["栖川海关","市税务局","市地方金融管理局"], csep="、", dl=("2024年12月底",1)),
 ]),
 ("二、壮大实体经济（6项）", [
  dict(id="2.1", text=["实施制造业“强链补链”行动，打造新能源电池、高端装备两个千亿级产业集群。"],
       L=("周立群（副市长）",3), gl=["周立群"],
       lead=["市工业和信息化局"], coop=["市发展改革委","市科技局"], csep="、", dl=("长期坚持",1)),
  dict(id="2.2", text=["新增规模以上工业企业80家，规模以上工业增加值增长8.5%。"], L=None, gl=["周立群"],
       lead=["市工业和信息化局"], coop=["市统计局","市市场监管局","市税务局"], csep="br", dl=("2024年12月底",2)),
  dict(id="2.3", text=["加快数字经济发展，新建5G基站1200个，数字经济核心产业增加值占比提高1个百分点。"], L=None, gl=["周立群"],
       lead=["市数据资源管理局"], coop=["市工业和信息化局","国网栖川供电公司","中国铁塔栖川分公司"], csep="br", dl=None),
  dict(id="2.4", rich=True, text=["强化科技创新，高新技术企业净增60家，全社会研发经费投入强度达到2.3%。"],
       L=("副市长郑凯文",1), gl=["郑凯文"],
       lead=["市科技局"], coop=["市财政局","市工业和信息化局","栖川高新区管委会"], csep="、", dl=("2024年12月底",1)),
  dict(id="2.5", text=["持续优化营商环境，深化“高效办成一件事”改革，政务服务事项网上可办率达到98%以上。"],
       L=("马骏（市政府秘书长）",1), gl=["马骏"],
       lead=["市政务服务管理局"], coop=["市数据资源管理局","市司法局","市各有关部门"], csep="、", dl=("2024年11月底前",1)),
  dict(id="2.6", text=["支持民营经济发展壮大，开展清理拖欠企业账款专项行动，落实减税降费政策。"],
       L=("刘振华（常务副市长）",1), gl=["刘振华"],
       lead=["市工业和信息化局","市发展改革委"], lsep="br", coop=["市财政局","市国资委","市税务局"], csep="、", dl=("长期坚持",1)),
 ]),
 ("三、推进城乡融合发展（6项）", [
  dict(id="3.1", num=True, text=["粮食播种面积稳定在182万亩以上，总产量保持在75万吨以上。"],
       L=("副市长何雪梅",4), gl=["何雪梅"],
       lead=["市农业农村局"], coop=["各县（市、区）人民政府"], csep="、", dl=("2024年10月底前",1)),
  dict(id="3.2", num=True, text=["新建高标准农田8万亩，实施中型灌区续建配套与节水改造项目2个。"], L=None, gl=["何雪梅"],
       lead=["市农业农村局"], coop=["市财政局","市自然资源和规划局","市水利局"], csep="br", dl=("2024年12月底",3)),
  dict(id="3.3", num=True, text=["实施和美乡村建设行动，创建省级和美乡村示范村20个，农村卫生厕所普及率达到92%。"], L=None, gl=["何雪梅"],
       lead=["市农业农村局"], coop=["市住房城乡建设局","市生态环境局","市卫生健康委"], csep="、", dl=None),
  dict(id="3.4", num=True, text=["巩固拓展脱贫攻坚成果，确保不发生规模性返贫，脱贫人口人均纯收入增长10%以上。"], L=None, gl=["何雪梅"],
       lead=["市农业农村局（市乡村振兴局）"], coop=["市民政局","市人力资源社会保障局","市医保局"], csep="、", dl=None),
  dict(id="3.5", num=True, text=["推进城市更新，改造城镇老旧小区86个、城中村2个，新建改造城市燃气管网45公里。"],
       L=("吴海涛（副市长）",2), gl=["吴海涛"],
       lead=["市住房城乡建设局"], coop=["市自然资源和规划局","市城市管理局","国网栖川供电公司"], csep="br", dl=("2024年12月底",2)),
  dict(id="3.6", num=True, text=["建成城区快速路二期工程，新开通公交线路6条，城区停车泊位新增5000个。"], L=None, gl=["吴海涛"],
       lead=["市交通运输局"], coop=["市住房城乡建设局","市公安局交警支队"], csep="、", dl=None),
 ]),
 ("四、增进民生福祉（6项）", [
  dict(id="4.1", text=["城镇新增就业3.6万人以上，城镇调查失业率控制在5.5%以内。"],
       L=("副市长杨帆",3), gl=["杨帆"],
       lead=["市人力资源社会保障局"], coop=["市教育局","市财政局"], csep="、", dl=("2024年12月底",1)),
  dict(id="4.2", text=["新建改扩建中小学、幼儿园15所，新增学位1.2万个。"], L=None, gl=["杨帆"],
       lead=["市教育局"], coop=["市发展改革委","市自然资源和规划局","市住房城乡建设局"], csep="br", dl=("2024年8月底前",1)),
  dict(id="4.3", text=["推进紧密型县域医共体建设，市第一人民医院新院区投入使用。"], L=None, gl=["杨帆"],
       lead=["市卫生健康委"], coop=["市医保局","市发展改革委"], csep="、", dl=("2024年9月底前",1)),
  dict(id="4.4", spacerun=True, text=["新增养老机构床位1000张，建成社区嵌入式养老服务中心30个。"],
       L=("杨帆（副市长）",1), gl=["杨帆"],
       lead=["市民政局"], coop=["市卫生健康委","各县（市、区）人民政府"], csep="、", dl=("2024年12月底",1)),
  dict(id="4.5", text=["深入打好蓝天碧水净土保卫战，PM2.5平均浓度控制在32微克/立方米以内，国考断面水质优良比例达到100%。"],
       L=("副市长吴海涛",1), gl=["吴海涛"],
       lead=["市生态环境局"], coop=[], csep="、", dl=("2024年12月底",1)),
  dict(id="4.6", text=["抓好安全生产和防灾减灾救灾，坚决遏制较大以上安全事故发生。"],
       L=("市长陈国栋"+BR+"常务副市长刘振华",1), gl=["陈国栋","刘振华"],
       lead=["市应急管理局"], coop=["市安委会各成员单位","各县（市、区）人民政府"], csep="、", dl=("长期坚持",1)),
 ]),
]

def join(units, sep):
    return (BR if sep == "br" else "、").join(units)

css = """<style id="栖川市2024年政府工作报告重点任务分解表_2581_Styles">
<!--table
	{mso-displayed-decimal-separator:"\\.";
	mso-displayed-thousand-separator:"\\,";}
@page
	{margin:.59in .39in .59in .39in;
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
	font-family:宋体;
	mso-generic-font-family:auto;
	mso-font-charset:134;}
.font8
	{color:windowtext;
	font-size:12.0pt;
	font-weight:400;
	font-style:normal;
	text-decoration:none;
	font-family:仿宋_GB2312;
	mso-generic-font-family:modern;
	mso-font-charset:134;}
.font9
	{color:red;
	font-size:12.0pt;
	font-weight:700;
	font-style:normal;
	text-decoration:none;
	font-family:仿宋_GB2312;
	mso-generic-font-family:modern;
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
	font-family:宋体;
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
	font-family:宋体;
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
	font-size:14.0pt;
	font-family:黑体;
	mso-generic-font-family:modern;
	mso-font-charset:134;
	text-align:left;}
.xl66
	{mso-style-parent:style0;
	font-size:20.0pt;
	font-family:方正小标宋简体;
	mso-generic-font-family:script;
	mso-font-charset:134;
	text-align:center;
	white-space:normal;}
.xl67
	{mso-style-parent:style0;
	font-size:12.0pt;
	font-family:楷体_GB2312;
	mso-generic-font-family:modern;
	mso-font-charset:134;
	text-align:center;}
.xl68
	{mso-style-parent:style0;
	font-size:12.0pt;
	font-weight:700;
	font-family:黑体;
	mso-generic-font-family:modern;
	mso-font-charset:134;
	text-align:center;
	border:.5pt solid windowtext;
	background:#D9D9D9;
	mso-pattern:black none;
	white-space:normal;}
.xl69
	{mso-style-parent:style0;
	font-size:12.0pt;
	font-weight:700;
	font-family:黑体;
	mso-generic-font-family:modern;
	mso-font-charset:134;
	text-align:left;
	border:.5pt solid windowtext;
	white-space:normal;}
.xl70
	{mso-style-parent:style0;
	font-size:12.0pt;
	font-family:仿宋_GB2312;
	mso-generic-font-family:modern;
	mso-font-charset:134;
	mso-number-format:"\\@";
	text-align:center;
	border:.5pt solid windowtext;}
.xl71
	{mso-style-parent:style0;
	font-size:12.0pt;
	font-family:仿宋_GB2312;
	mso-generic-font-family:modern;
	mso-font-charset:134;
	text-align:left;
	vertical-align:middle;
	border:.5pt solid windowtext;
	white-space:normal;}
.xl72
	{mso-style-parent:style0;
	font-size:12.0pt;
	font-family:仿宋_GB2312;
	mso-generic-font-family:modern;
	mso-font-charset:134;
	text-align:center;
	border:.5pt solid windowtext;
	white-space:normal;}
.xl73
	{mso-style-parent:style0;
	font-size:12.0pt;
	font-family:仿宋_GB2312;
	mso-generic-font-family:modern;
	mso-font-charset:134;
	mso-number-format:"0\\.0";
	text-align:center;
	border:.5pt solid windowtext;}
.xl74
	{mso-style-parent:style0;
	font-size:11.0pt;
	font-family:仿宋_GB2312;
	mso-generic-font-family:modern;
	mso-font-charset:134;
	text-align:left;
	vertical-align:top;
	white-space:normal;}
.xl75
	{mso-style-parent:style0;
	font-size:12.0pt;
	font-family:仿宋_GB2312;
	mso-generic-font-family:modern;
	mso-font-charset:134;
	text-align:right;}
ruby
	{ruby-align:left;}
rt
	{color:windowtext;
	font-size:9.0pt;
	font-weight:400;
	font-style:normal;
	text-decoration:none;
	font-family:宋体;
	mso-generic-font-family:auto;
	mso-font-charset:134;
	mso-char-type:none;
	display:none;}
-->
</style>"""

head = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<link rel=File-List href="2024zfgzbg_rwfjb.files/filelist.xml">
""" + css + """
<!--[if gte mso 9]><xml>
 <x:ExcelWorkbook>
  <x:ExcelWorksheets>
   <x:ExcelWorksheet>
    <x:Name>任务分解表</x:Name>
    <x:WorksheetOptions>
     <x:DefaultRowHeight>285</x:DefaultRowHeight>
     <x:FitToPage/>
     <x:Print>
      <x:FitHeight>0</x:FitHeight>
      <x:ValidPrinterInfo/>
      <x:PaperSizeIndex>9</x:PaperSizeIndex>
      <x:Scale>86</x:Scale>
      <x:HorizontalResolution>600</x:HorizontalResolution>
      <x:VerticalResolution>600</x:VerticalResolution>
     </x:Print>
     <x:Selected/>
     <x:FreezePanes/>
     <x:FrozenNoSplit/>
     <x:SplitHorizontal>4</x:SplitHorizontal>
     <x:TopRowBottomPane>4</x:TopRowBottomPane>
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
  <x:WindowHeight>12540</x:WindowHeight>
  <x:WindowWidth>28800</x:WindowWidth>
  <x:WindowTopX>0</x:WindowTopX>
  <x:WindowTopY>0</x:WindowTopY>
  <x:ProtectStructure>False</x:ProtectStructure>
  <x:ProtectWindows>False</x:ProtectWindows>
 </x:ExcelWorkbook>
 <x:ExcelName>
  <x:Name>Print_Titles</x:Name>
  <x:SheetIndex>1</x:SheetIndex>
  <x:Formula>=任务分解表!$4:$4</x:Formula>
 </x:ExcelName>
</xml><![endif]-->
</head>

<body link="#0563C1" vlink="#954F72">

<table x:str border=0 cellpadding=0 cellspacing=0 width=1262 style='border-collapse:
 collapse;table-layout:fixed;width:947pt'>
 <col width=56 style='mso-width-source:userset;mso-width-alt:1792;width:42pt'>
 <col width=438 style='mso-width-source:userset;mso-width-alt:14016;width:329pt'>
 <col width=150 style='mso-width-source:userset;mso-width-alt:4800;width:113pt'>
 <col width=190 style='mso-width-source:userset;mso-width-alt:6080;width:143pt'>
 <col width=298 style='mso-width-source:userset;mso-width-alt:9536;width:224pt'>
 <col width=130 style='mso-width-source:userset;mso-width-alt:4160;width:98pt'>
"""

rows = []
rows.append(""" <tr height=27 style='mso-height-source:userset;height:20.25pt'>
  <td height=27 class=xl65 width=56 style='height:20.25pt;width:42pt'>附件</td>
  <td width=438 style='width:329pt'></td>
  <td width=150 style='width:113pt'></td>
  <td width=190 style='width:143pt'></td>
  <td width=298 style='width:224pt'></td>
  <td width=130 style='width:98pt'></td>
 </tr>""")
rows.append(""" <tr height=44 style='mso-height-source:userset;height:33.0pt'>
  <td colspan=6 height=44 class=xl66 style='height:33.0pt'>栖川市2024年《政府工作报告》重点任务分解表</td>
 </tr>""")
rows.append(""" <tr height=22 style='mso-height-source:userset;height:16.5pt'>
  <td colspan=6 height=22 class=xl67 style='height:16.5pt'>（栖政办发〔2024〕6号文件附件）</td>
 </tr>""")
rows.append(""" <tr height=9 style='mso-height-source:userset;height:6.75pt'>
  <td height=9 colspan=6 style='height:6.75pt;mso-ignore:colspan'></td>
 </tr>""")
rows.append(""" <tr height=36 style='mso-height-source:userset;height:27.0pt'>
  <td height=36 class=xl68 style='height:27.0pt'>序号</td>
  <td class=xl68 style='border-left:none'>重点任务</td>
  <td class=xl68 style='border-left:none'>责任领导</td>
  <td class=xl68 style='border-left:none'>牵头单位</td>
  <td class=xl68 style='border-left:none'>配合单位</td>
  <td class=xl68 style='border-left:none'>完成时限</td>
 </tr>""")

gold = []
for cat, tasks in cats:
    rows.append(""" <tr height=30 style='mso-height-source:userset;height:22.5pt'>
  <td colspan=6 height=30 class=xl69 style='height:22.5pt'>%s</td>
 </tr>""" % cat)
    for t in tasks:
        text = BR.join(t["text"])
        nlines = max(len(t["text"]) + len(t["text"][0]) // 26, len(t["coop"]) if t.get("csep") == "br" else 1, 2)
        h = 19 * nlines + 8
        pt = h * 0.75
        cells = []
        if t.get("num"):
            cells.append("  <td height=%d class=xl73 style='height:%.2fpt;border-top:none' x:num>%s</td>" % (h, pt, t["id"]))
        else:
            cells.append("  <td height=%d class=xl70 style='height:%.2fpt;border-top:none' x:str=\"'%s\">%s</td>" % (h, pt, t["id"], t["id"]))
        if t.get("rich"):
            a = t["text"][0]
            body = a[:7] + '<font class="font9">' + a[7:18] + '</font><font class="font8">' + a[18:] + '</font>'
            cells.append("  <td class=xl71 style='border-top:none;border-left:none'>%s</td>" % body)
        elif t.get("spacerun"):
            cells.append("  <td class=xl71 style='border-top:none;border-left:none'><span style='mso-spacerun:yes'>&nbsp;&nbsp;</span>%s</td>" % text)
        else:
            cells.append("  <td class=xl71 style='border-top:none;border-left:none'>%s</td>" % text)
        if t["L"] is not None:
            txt, rs = t["L"]
            rsa = " rowspan=%d" % rs if rs > 1 else ""
            cells.append("  <td%s class=xl72 style='border-top:none;border-left:none'>%s</td>" % (rsa, txt))
        cells.append("  <td class=xl72 style='border-top:none;border-left:none'>%s</td>" % join(t["lead"], t.get("lsep", "、")))
        if t["coop"]:
            cells.append("  <td class=xl72 style='border-top:none;border-left:none'>%s</td>" % join(t["coop"], t["csep"]))
        else:
            cells.append("  <td class=xl72 style='border-top:none;border-left:none'>&nbsp;</td>")
        if t["dl"] is not None:
            txt, rs = t["dl"]
            rsa = " rowspan=%d" % rs if rs > 1 else ""
            cells.append("  <td%s class=xl72 style='border-top:none;border-left:none'>%s</td>" % (rsa, txt))
        rows.append(" <tr height=%d style='mso-height-source:userset;height:%.2fpt'>\n%s\n </tr>" % (h, pt, "\n".join(cells)))
        head12 = "".join(t["text"])[:12]
        assert BR not in head12
        gold.append(dict(id=t["id"], head=head12, responsible_units=t["lead"] + t["coop"],
                         lead_units=t["lead"], cooperating_units=t["coop"], leaders=t["gl"]))

rows.append(""" <tr height=9 style='mso-height-source:userset;height:6.75pt'>
  <td height=9 colspan=6 style='height:6.75pt;mso-ignore:colspan'></td>
 </tr>""")
rows.append(""" <tr height=66 style='mso-height-source:userset;height:49.5pt'>
  <td colspan=6 height=66 class=xl74 width=1262 style='height:49.5pt;width:947pt'>注：1.各牵头单位为任务落实第一责任单位，负责制定具体推进方案，配合单位按职责做好协同配合。"""
 + BR + """2.请各牵头单位于每季度最后一个月25日前将任务进展情况报市政府督查室，电子版发送至qcdcs@163.com。"""
 + BR + """3.涉及多位市领导的任务，排在首位的市领导负总责。</td>
 </tr>""")
rows.append(""" <tr height=27 style='mso-height-source:userset;height:20.25pt'>
  <td height=27 colspan=4 style='height:20.25pt;mso-ignore:colspan'></td>
  <td colspan=2 class=xl75>栖川市人民政府督查室　2024年3月6日制</td>
 </tr>""")
rows.append(""" <![if supportMisc]>
 <tr height=0 style='display:none'>
  <td width=56 style='width:42pt'></td>
  <td width=438 style='width:329pt'></td>
  <td width=150 style='width:113pt'></td>
  <td width=190 style='width:143pt'></td>
  <td width=298 style='width:224pt'></td>
  <td width=130 style='width:98pt'></td>
 </tr>
 <![endif]>""")

html = head + "\n".join(rows) + "\n</table>\n\n</body>\n\n</html>\n"
html = html.replace("\n", "\r\n")
with open(os.path.join(OUT, "283_qichuan_excel_htm_fenjiebiao.html"), "wb") as f:
    f.write(html.encode("gb2312"))
with open(os.path.join(OUT, "283_qichuan_excel_htm_fenjiebiao.tasks.gold.jsonl"), "w", encoding="utf-8") as f:
    for g in gold:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(len(gold))
