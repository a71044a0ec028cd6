#!/usr/bin/python3
"""Generate 235_wenhe_yingshang_htm.html and its gold.

A 县人民政府办公室 notice saved from Word as 网页 (.htm, "另存为网页"), charset=gb2312 declared, bytes
written with the GBK codec (cp936, as Word does), CRLF line endings, source lines wrapped inside tags.
Tasks are MsoNormal paragraphs: 一、 section → （N） group (numbering runs on across 一、) → 1. items that
restart under each （N）; each item ends （牵头单位：A；配合单位：B、C）.
Items under 二、 use Word automatic numbering (mso-list, <![if !supportLists]> marker spans).
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "235_wenhe_yingshang_htm"

FS = "font-size:16.0pt;line-height:28.0pt;mso-line-height-rule:exactly"
BODY_FONT = "font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:\"Times New Roman\""
ASCII_FONT = "font-size:16.0pt;font-family:仿宋_GB2312;mso-fareast-font-family:仿宋_GB2312"

CN = "一二三四五六七八九十"

# (section heading, [ (group title, [ (text, [leads], [coops], sep) ]) ])
# sep: separator printed between the 牵头 and 配合 parts ("；" normally)
SECTIONS = [
    ("提升政务服务效能", [
        ("深化“高效办成一件事”改革", [
            ("围绕企业和群众全生命周期，年内推出企业开办、员工录用、不动产登记、新生儿出生等13个“一件事”集成服务套餐，实现“一表申请、一窗受理、一次办结”。",
             ["县行政审批服务局"], ["县市场监督管理局", "县人力资源和社会保障局", "县自然资源局", "县卫生健康局"], "；"),
            ("健全县、乡、村三级帮办代办体系，在县政务服务中心和各乡镇便民服务中心设立“办不成事”反映窗口，6月底前实现全覆盖。",
             ["县行政审批服务局"], ["各乡镇人民政府"], "；"),
            ("推行“免证办”“就近办”，对县级政务服务事项申请材料进行全面梳理，年底前免提交材料比例达到30%以上。",
             ["县行政审批服务局"], ["县数据局", "县直有关单位"], "；"),
        ]),
        ("优化工程建设项目审批", [
            ("深化工程建设项目审批制度改革，社会投资一般工业项目从立项到竣工验收全流程审批时间压缩至45个工作日以内。",
             ["县住房和城乡建设局"], ["县发展和改革局", "县自然资源局", "县行政审批服务局"], "；"),
            ("推行“标准地+承诺制”出让，新供应工业用地全部按“标准地”供应，推动更多项目实现“拿地即开工”。",
             ["县自然资源局"], ["县发展和改革局", "县工业和信息化局", "汶禾经济开发区管理委员会"], "；"),
            ("全面推行竣工联合验收和“多测合一”，联合验收时间不超过5个工作日。",
             ["县住房和城乡建设局"], ["县自然资源局", "县消防救援大队", "县人民防空办公室"], "；"),
        ]),
        ("提升数字政务水平", [
            ("推进政务服务事项“全程网办”，依申请政务服务事项网上可办率稳定在95%以上。",
             ["县数据局"], ["县行政审批服务局", "县直有关单位"], "；"),
            ("推广电子证照、电子印章在政务服务和商业活动中的应用，年内新增电子证照应用场景10个以上。",
             ["县数据局"], [], "；"),
            ("完善12345政务服务便民热线与营商环境投诉举报平台联动机制，企业诉求按期办结率达到98%以上。",
             ["县人民政府办公室"], ["县数据局", "县直各单位"], "；"),
        ]),
    ]),
    ("优化市场环境", [
        ("维护公平竞争秩序", [
            ("全面落实市场准入负面清单制度，开展妨碍统一市场和公平竞争的政策措施清理，年内完成存量政策文件审查。",
             ["县市场监督管理局"], ["县发展和改革局", "县司法局"], "；"),
            ("规范招标投标和政府采购行为，严禁设置不合理条件排斥或限制民营企业、外地企业参与。",
             ["县发展和改革局", "县财政局"], ["县公共资源交易中心"], "；"),
            ("开展拖欠企业账款清理行动，建立防范和化解拖欠中小企业账款长效机制。",
             ["县工业和信息化局"], ["县财政局", "县国有资产事务中心", "各乡镇人民政府"], "；"),
        ]),
        ("强化要素保障", [
            ("盘活存量建设用地，年内处置批而未供和闲置土地2000亩以上，优先保障重点项目用地需求。",
             ["县自然资源局"], ["汶禾经济开发区管理委员会", "各乡镇人民政府"], "；"),
            ("落实降低企业用电、用气成本政策，新建工业项目“获得电力”时间压减至15个工作日以内。",
             ["县发展和改革局"], ["国网汶禾县供电公司", "县住房和城乡建设局"], "；"),
            ("实施“汶禾英才”引育计划，全年引进各类人才800人以上，组织企业用工对接活动20场次。",
             ["县人力资源和社会保障局"], ["县委组织部（县委人才办）", "县教育局", "县工业和信息化局"], "；"),
        ]),
        ("加大金融支持力度", [
            ("深化政银企对接，全年组织融资对接活动不少于12场，新增普惠小微贷款8亿元以上。",
             ["县财政局（县地方金融事务中心）"], ["县内各银行业金融机构"], "；"),
            ("用好政府性融资担保体系，县融资担保公司新增担保额3亿元以上，平均担保费率降至1%以下。",
             ["县财政局（县地方金融事务中心）"], ["县融资担保有限公司"], "，"),
            ("推广“信易贷”模式，建立中小微企业信用信息共享机制，缓解企业融资难题。",
             ["县发展和改革局"], ["县财政局（县地方金融事务中心）", "县市场监督管理局", "县税务局"], "；"),
        ]),
    ]),
    ("优化法治环境", [
        ("规范涉企行政执法", [
            ("全面推行行政裁量权基准制度，落实“首违不罚”“轻微免罚”清单，年内清单事项扩展至200项以上。",
             ["县司法局"], ["县直各行政执法单位"], "；"),
            ("推行“综合查一次”和“扫码入企”，同一部门对同一企业的检查原则上一年不超过1次。",
             ["县市场监督管理局"], ["县司法局", "县直各行政执法单位"], "；"),
            ("开展涉企违规收费专项整治，严肃查处乱收费、乱罚款、乱摊派行为。",
             ["县市场监督管理局"], ["县发展和改革局", "县财政局", "县工业和信息化局"], "；"),
        ]),
        ("依法保护企业合法权益", [
            ("建立涉企案件“绿色通道”，依法从快审理涉企纠纷案件，审慎适用查封、扣押、冻结等强制措施。",
             ["县人民法院"], ["县人民检察院", "县公安局"], "；"),
            ("健全政府守信践诺机制，开展政府失信行为专项治理，对政府合同履约情况开展全面排查。",
             ["县发展和改革局"], ["县司法局", "县财政局", "各乡镇人民政府"], "；"),
            ("完善企业家参与涉企政策制定机制，县级涉企政策出台前充分听取企业和行业协会商会意见。",
             ["县工商业联合会"], ["县司法局", "县直有关单位"], "；"),
        ]),
    ]),
]

AUTO_SECTIONS = {1}  # index of 二、: items use Word automatic numbering


def cn(n):
    if n <= 10:
        return CN[n - 1] if n < 10 else "十"
    if n < 20:
        return "十" + CN[n - 11]
    raise ValueError(n)


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def runs(text, font=BODY_FONT, afont=ASCII_FONT):
    """Split text into Word-style spans: ASCII runs get lang=EN-US."""
    out = []
    for m in re.finditer(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        s = m.group(0)
        if re.match(r"[\x20-\x7e]", s):
            out.append(f"<span lang=EN-US style='{afont}'>{esc(s)}</span>")
        else:
            out.append(f"<span style='{font}'>{esc(s)}</span>")
    return "".join(out)


def para(inner, style="text-indent:32.0pt;" + FS, cls="MsoNormal", extra=""):
    return f"<p class={cls} {extra}style='{style}'>{inner}<span lang=EN-US style='{ASCII_FONT}'><o:p></o:p></span></p>"


def empty_para():
    return f"<p class=MsoNormal style='{FS}'><span lang=EN-US style='{ASCII_FONT}'><o:p>&nbsp;</o:p></span></p>"


def clause_html(leads, coops, sep):
    s = "（牵头单位：" + "、".join(leads)
    if coops:
        s += sep + "配合单位：" + "、".join(coops)
    s += "）"
    return s


def build():
    tasks = []
    body = []
    B = body.append
    # ---- 版头
    B(f"<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;mso-line-height-rule:exactly'><span lang=EN-US style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>")
    B("<p class=MsoNormal align=center style='text-align:center;line-height:60.0pt;mso-line-height-rule:exactly'><b style='mso-bidi-font-weight:normal'><span style='font-size:42.0pt;font-family:方正小标宋简体;mso-hansi-font-family:\"Times New Roman\";color:red;letter-spacing:-1.0pt;mso-font-width:80%'>汶禾县人民政府办公室文件</span></b><span lang=EN-US style='font-size:42.0pt;color:red'><o:p></o:p></span></p>")
    B(empty_para())
    B(f"<p class=MsoNormal align=center style='text-align:center;{FS}'>" + runs("汶政办发〔2024〕9号") + "</p>")
    B("<p class=MsoNormal><span lang=EN-US style='mso-no-proof:yes'><!--[if gte vml 1]><v:line id=\"直接连接符_x0020_1\" o:spid=\"_x0000_s1026\" style='position:absolute;left:0;text-align:left;z-index:251659264;visibility:visible;mso-wrap-style:square;mso-position-horizontal:center' from=\"0,7.8pt\" to=\"442.2pt,7.8pt\" o:gfxdata=\"\" strokecolor=\"red\" strokeweight=\"2.25pt\"><v:stroke joinstyle=\"miter\"/></v:line><![endif]--><![if !vml]><img width=593 height=5 src=\"235_wenhe_yingshang_htm.files/image001.png\" v:shapes=\"直接连接符_x0020_1\"><![endif]></span><span lang=EN-US><o:p></o:p></span></p>")
    B(empty_para())
    B("<p class=MsoNormal align=center style='text-align:center;line-height:32.0pt;mso-line-height-rule:exactly'><span style='font-size:22.0pt;font-family:方正小标宋简体;mso-hansi-font-family:\"Times New Roman\"'>汶禾县人民政府办公室关于印发汶禾县</span><span lang=EN-US style='font-size:22.0pt;font-family:方正小标宋简体'>2024</span><span style='font-size:22.0pt;font-family:方正小标宋简体;mso-hansi-font-family:\"Times New Roman\"'>年优化营商环境攻坚行动任务分工的通知</span></p>")
    B(empty_para())
    B(f"<p class=MsoNormal style='{FS}'>" + runs("各乡镇人民政府，县直各单位：") + "</p>")
    # body, with Word's source-line wrapping inside CJK text (marked by \x00)
    B(para(runs("为深入贯彻落实国务院《优化营商环境条例》和省、市关于持续优化营商环境的决策部署，全力打造市场化、法治化、国际化一流营商环境，经县人民政\x00府同意，现将《汶禾县2024年优化营商环境攻坚行动任务分工》印发给你们，请结合实际认真抓好落实。")))
    B(para(runs("各牵头单位要切实履行牵头职责，会同配合单位细化工作举措，明确时间节点，于每季度最后一个月25日前将工作进展情况报送县优化营商环境工作领导小组办公室（设在县发展和改革局）。联系人：李玥，联系电话：0739-7621058，电子邮箱：whxysh@163.com。")))
    B(empty_para())
    B(para(runs("附件：汶禾县2024年优化营商环境攻坚行动任务分工")))
    B(empty_para())
    B(empty_para())
    B(f"<p class=MsoNormal align=right style='text-align:right;margin-right:64.0pt;{FS}'>" + runs("汶禾县人民政府办公室") + "</p>")
    B(f"<p class=MsoNormal align=right style='text-align:right;margin-right:80.0pt;{FS}'>" + runs("2024年3月18日") + "</p>")
    B(para(runs("（此件公开发布）")))
    # page break + 附件
    B("<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312;mso-bidi-font-family:宋体;mso-font-kerning:0pt'><br clear=all style='page-break-before:always'>\r\n</span>")
    B(f"<p class=MsoNormal style='{FS}'><span style='font-size:16.0pt;font-family:黑体;mso-hansi-font-family:\"Times New Roman\"'>附件</span></p>")
    B(empty_para())
    B("<p class=MsoNormal align=center style='text-align:center;line-height:32.0pt;mso-line-height-rule:exactly'><span style='font-size:22.0pt;font-family:方正小标宋简体;mso-hansi-font-family:\"Times New Roman\"'>汶禾县</span><span lang=EN-US style='font-size:22.0pt;font-family:方正小标宋简体'>2024</span><span style='font-size:22.0pt;font-family:方正小标宋简体;mso-hansi-font-family:\"Times New Roman\"'>年优化营商环境攻坚行动任务分工</span></p>")
    B(empty_para())
    B(para(runs("为持续打造“办事方便、法治良好、成本竞争力强、生态宜居”的一流营商环境，结合我县实际，现将2024年优化营商环境攻坚行动重点任务分解如下：")))
    g = 0
    lfo = 0
    for si, (sec, groups) in enumerate(SECTIONS):
        B(para(f"<span style='font-size:16.0pt;font-family:黑体;mso-hansi-font-family:\"Times New Roman\"'>{cn(si+1)}、{esc(sec)}</span>"))
        for (gt, items) in groups:
            g += 1
            B(para(f"<b style='mso-bidi-font-weight:normal'><span style='font-size:16.0pt;font-family:楷体_GB2312;mso-hansi-font-family:\"Times New Roman\"'>（{cn(g)}）{esc(gt)}</span></b>"))
            lfo += 1
            for ii, (text, leads, coops, sep) in enumerate(items, 1):
                clause = clause_html(leads, coops, sep)
                if si in AUTO_SECTIONS:
                    marker = (f"<![if !supportLists]><span lang=EN-US style='{ASCII_FONT}'><span style='mso-list:Ignore'>{ii}.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span></span><![endif]>")
                    inner = marker + runs(text) + runs(clause)
                    B(f"<p class=MsoNormal style='margin-left:0cm;text-indent:32.0pt;{FS};mso-list:l{lfo-4} level1 lfo{lfo}'>{inner}<span lang=EN-US style='{ASCII_FONT}'><o:p></o:p></span></p>")
                else:
                    # manual number typed by the author; the 牵头单位 label sits in its own span (Word split the run)
                    c1, c2 = clause.split("：", 1)
                    inner = runs(f"{ii}.") + runs(text) + f"<span style='{BODY_FONT}'>{esc(c1)}</span><span style='{BODY_FONT};mso-bidi-font-family:仿宋_GB2312'>：</span>" + runs(c2)
                    B(para(inner))
                tasks.append({
                    "id": f"{g}.{ii}",
                    "head": text[:12],
                    "responsible_units": leads + coops,
                    "lead_units": leads,
                    "cooperating_units": coops,
                    "leaders": [],
                })
    # 四、保障措施 (no tasks)
    B(para(f"<span style='font-size:16.0pt;font-family:黑体;mso-hansi-font-family:\"Times New Roman\"'>四、保障措施</span>"))
    g += 1
    B(para(f"<b style='mso-bidi-font-weight:normal'><span style='font-size:16.0pt;font-family:楷体_GB2312'>（{cn(g)}）加强组织领导。</span></b>" + runs("县优化营商环境工作领导小组统筹推进各项任务落实，各牵头单位主要负责同志为第一责任人，对牵头任务负总责，配合单位要主动对接、密切配合，形成工作合力。")))
    g += 1
    B(para(f"<b style='mso-bidi-font-weight:normal'><span style='font-size:16.0pt;font-family:楷体_GB2312'>（{cn(g)}）强化督查考核。</span></b>" + runs("县政府督查室将任务落实情况纳入年度重点督查事项，实行季度调度、半年通报、年终考核，对工作推进不力、影响全县营商环境的单位和个人严肃问责。")))
    B(empty_para())
    # 版记
    B("<div style='mso-element:para-border-div;border-top:solid windowtext 1.0pt;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:none;padding:1.0pt 0cm 1.0pt 0cm'>")
    B(f"<p class=MsoNormal style='margin-left:14.0pt;margin-right:14.0pt;line-height:28.0pt;mso-line-height-rule:exactly;border:none;mso-border-top-alt:solid windowtext 1.0pt;padding:0cm'><span style='font-size:14.0pt;font-family:仿宋_GB2312'>抄送：县委办公室，县人大常委会办公室，县政协办公室，县人民法院，县人民检察院。</span></p>")
    B(f"<p class=MsoNormal style='margin-left:14.0pt;margin-right:14.0pt;line-height:28.0pt;mso-line-height-rule:exactly;border:none;padding:0cm'><span style='font-size:14.0pt;font-family:仿宋_GB2312'>汶禾县人民政府办公室</span><span lang=EN-US style='font-size:14.0pt;font-family:仿宋_GB2312'><span style='mso-spacerun:yes'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>2024</span><span style='font-size:14.0pt;font-family:仿宋_GB2312'>年</span><span lang=EN-US style='font-size:14.0pt;font-family:仿宋_GB2312'>3</span><span style='font-size:14.0pt;font-family:仿宋_GB2312'>月</span><span lang=EN-US style='font-size:14.0pt;font-family:仿宋_GB2312'>18</span><span style='font-size:14.0pt;font-family:仿宋_GB2312'>日印发</span></p>")
    B("</div>")
    return body, tasks


HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="235_wenhe_yingshang_htm.files/filelist.xml">
<link rel=Edit-Time-Data href="235_wenhe_yingshang_htm.files/editdata.mso">
<!--[if !mso]>
<style>
v\\:* {behavior:url(#default#VML);}
o\\:* {behavior:url(#default#VML);}
w\\:* {behavior:url(#default#VML);}
.shape {behavior:url(#default#VML);}
</style>
<![endif]-->
<title>汶禾县人民政府办公室文件</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>县政府办文印室</o:Author>
  <o:LastAuthor>Administrator</o:LastAuthor>
  <o:Revision>7</o:Revision>
  <o:TotalTime>46</o:TotalTime>
  <o:LastPrinted>2024-03-18T02:41:00Z</o:LastPrinted>
  <o:Created>2024-03-15T07:12:00Z</o:Created>
  <o:LastSaved>2024-03-18T03:05:00Z</o:LastSaved>
  <o:Pages>5</o:Pages>
  <o:Words>612</o:Words>
  <o:Characters>3491</o:Characters>
  <o:Company>汶禾县人民政府办公室</o:Company>
  <o:Lines>29</o:Lines>
  <o:Paragraphs>8</o:Paragraphs>
  <o:CharactersWithSpaces>4095</o:CharactersWithSpaces>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>
  <w:ValidateAgainstSchemas/>
  <w:Compatibility>
   <w:SpaceForUL/>
   <w:BalanceSingleByteDoubleByteWidth/>
   <w:DoNotLeaveBackslashAlone/>
   <w:ULTrailSpace/>
   <w:DoNotExpandShiftReturn/>
   <w:AdjustLineHeightInTable/>
   <w:UseFELayout/>
  </w:Compatibility>
  <m:mathPr>
   <m:mathFont m:val="Cambria Math"/>
  </m:mathPr></w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-alt:SimSun;
	mso-font-charset:134;
	mso-generic-font-family:auto;
	mso-font-pitch:variable;
	mso-font-signature:3 680460288 22 0 262145 0;}
@font-face
	{font-family:黑体;
	panose-1:2 1 6 9 6 1 1 1 1 1;
	mso-font-alt:SimHei;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:-2147482945 953122042 22 0 262145 0;}
@font-face
	{font-family:仿宋_GB2312;
	mso-font-alt:仿宋;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}
@font-face
	{font-family:楷体_GB2312;
	mso-font-alt:楷体;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}
@font-face
	{font-family:方正小标宋简体;
	mso-font-charset:134;
	mso-generic-font-family:script;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.5pt;
	mso-bidi-font-size:12.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:宋体;
	mso-font-kerning:1.0pt;}
 /* Page Definitions */
 @page WordSection1
	{size:595.3pt 841.9pt;
	margin:104.9pt 73.7pt 87.9pt 79.4pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-page-numbers:1;
	mso-even-footer:url("235_wenhe_yingshang_htm.files/header.htm") ef1;
	mso-footer:url("235_wenhe_yingshang_htm.files/header.htm") f1;
	mso-paper-source:0;
	layout-grid:29.0pt 0pt;}
div.WordSection1
	{page:WordSection1;}
@list l0
	{mso-list-id:1186552183;
	mso-list-type:hybrid;
	mso-list-template-ids:-1476150546 67698703 67698713 67698715 67698703 67698713 67698715 67698703 67698713 67698715;}
@list l0:level1
	{mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:0cm;
	text-indent:32.0pt;}
@list l1
	{mso-list-id:1533957120;
	mso-list-type:hybrid;
	mso-list-template-ids:1207364882 67698703 67698713 67698715 67698703 67698713 67698715 67698703 67698713 67698715;}
@list l1:level1
	{mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:0cm;
	text-indent:32.0pt;}
@list l2
	{mso-list-id:394015761;
	mso-list-type:hybrid;
	mso-list-template-ids:-288513170 67698703 67698713 67698715 67698703 67698713 67698715 67698703 67698713 67698715;}
@list l2:level1
	{mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:0cm;
	text-indent:32.0pt;}
ol
	{margin-bottom:0cm;}
ul
	{margin-bottom:0cm;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:普通表格;
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin:0cm;
	mso-pagination:widow-orphan;
	font-size:10.5pt;
	font-family:"Times New Roman",serif;}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="2049"/>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout></xml><![endif]-->
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:29.0pt'>

"""

TAIL = """
</div>

</body>

</html>
"""


def wrap(line, width=76):
    """Wrap like Word: break at a space that is inside a tag; \x00 marks a forced break inside text."""
    out = []
    cur = ""
    in_tag = False
    last_break = -1
    i = 0
    for ch in line:
        if ch == "\x00":
            out.append(cur)
            cur = ""
            last_break = -1
            continue
        if ch == "<":
            in_tag = True
        elif ch == ">":
            in_tag = False
        if ch == " " and in_tag:
            last_break = len(cur)
        cur += ch
        if len(cur) > width and last_break > 0:
            out.append(cur[:last_break])
            cur = cur[last_break + 1:]
            last_break = -1
            # recompute break positions in the remainder (conservatively none)
    out.append(cur)
    return "\r\n".join(out)


def main():
    body, tasks = build()
    doc = HEAD + "\n\n".join(wrap(b) for b in body) + "\n" + TAIL
    doc = doc.replace("\r\n", "\n").replace("\n", "\r\n")
    data = doc.encode("gbk")  # strict: every character must exist in GBK
    with open(os.path.join(HERE, STEM + ".html"), "wb") as f:
        f.write(data)
    with open(os.path.join(HERE, STEM + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
        for t in tasks:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    print(len(tasks), "tasks", len(data), "bytes")


if __name__ == "__main__":
    main()
