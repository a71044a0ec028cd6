#!/usr/bin/env python3
"""Round 78, case 413: a county portal page saved by Chrome ("Web page, complete").

The article body is Word's HTML pasted into the portal's editor (TRS_Editor):
MsoNormal paragraphs, mso- styles, <o:p>, conditional comments, list
numbering in <!--[if !supportLists]-->, and the 附件 task table as Word made it
(category rows spanning the table, 责任县领导 merged down with rowspan).
Writes 413_tongshu_xian_renju_huanjing_wangye.html and its gold list.
"""
import json
import os
import re

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "413_tongshu_xian_renju_huanjing_wangye.html")
GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "413_tongshu_xian_renju_huanjing_wangye.tasks.gold.jsonl")
URL = "http://www.tongshu.gov.cn/zwgk/zfxxgk/fdzdgknr/zfwj/xzfbwj/202403/t20240320_4518236.html"
FILES = "./413_tongshu_xian_renju_huanjing_wangye_files"

# ---------------------------------------------------------------- task data
# (category, [ (no, task text, leader cell entry or None if merged from above,
#               lead cell, cooperating cell, deadline) ])
# A leader entry is (rowspan, [names]).  "|" in text = a Word run boundary.
CATS = [
    ("一、农村生活垃圾治理（5项）", [
        (1, "健全农村生活垃圾收运处置体系，推行“户分类、村收集、乡镇转运、县处理”模式，年底前实现收运处置体系行政村全覆盖。",
         (5, ["邵文清"]), "县城市管理局", "县财政局、县农业农村局、各乡镇人民政府", "2024年12月底前"),
        (2, "开展农村生活垃圾分类和资源化利用试点，在5个乡镇、30个行政村推行垃圾源头分类减量。",
         None, "县城市管理局", "县农业农村局、县供销合作社、县妇联、各乡镇人民政府", "2024年10月底前"),
        (3, "集中清理村庄内外积存垃圾、河塘沟渠漂浮物和房前屋后杂物堆，全面消除“垃圾围村”现象。",
         None, "各乡镇人民政府", "县城市管理局、县水利局、县农业农村局", "2024年6月底前"),
        (4, "加快县生活垃圾焚烧发电项目建设，提升生活垃圾无害化处理能力。",
         None, "县城市管理局", "县发展和改革局、县自然资源局、市生态环境局桐墅分局", "2024年11月底前"),
        (5, "按照每300人不少于1名的标准配齐农村保洁员，落实保洁员工资待遇，加强日常考核管理。",
         None, "县城市管理局", "县财政局、县人力资源和社会保障局、各乡镇人民政府", "2024年5月底前"),
    ]),
    ("二、农村生活污水治理（4项）", [
        (6, "编制县域农村生活污水治理专项规划，按照集中处理、分散处理、资源化利用分类确定治理模式。",
         (4, ["许鹏程"]), "市生态环境局桐墅分局", "县住房和城乡|建设局、县农业农村局、县自然资源局", "2024年6月底前"),
        (7, "新建农村集中式污水处理设施12座，完成已建设施运行情况排查和提标改造。",
         None, "市生态环境局桐墅分局、县住房和城乡建设局", "县财政局、县发展和改革局、各乡镇人民政府", "2024年12月底前"),
        (8, "完成15条农村黑臭水体治理，建立“一塘一档”，实行动态销号管理。",
         None, "市生态环境局桐墅分局", "县水利局、县农业农村局、相关乡镇人民政府", "2024年12月底前"),
        (9, "推动农村改厕与生活污水治理有机衔接，因地制宜推进污水资源化利用。",
         None, "县农业农村局", "市生态环境局桐墅分局、县住房和城乡建设局、各乡镇人民政府", "长期坚持"),
    ]),
    ("三、农村厕所革命（4项）", [
        (10, "新（改）建农村户用卫生厕所3000户，严把改厕产品质量和施工质量关。",
         (4, ["罗振华"]), "县农业农村局", "县卫生健康局、县市场监督管理局、县财政局、各乡镇人民政府", "2024年11月底前"),
        (11, "开展农村户厕问题摸排整改“回头看”，对问题厕所建立台账、逐户销号。",
         None, "县农业农村局", "县卫生健康局、各乡镇人民政府", "2024年9月底前"),
        (12, "新建改建农村公共厕所40座，落实公厕管护人员和运行经费。",
         None, "县农业农村局", "县城市管理局、县文化旅游广电体育局、县交通运输局、各乡镇人民政府", "2024年10月底前"),
        (13, "建立厕所粪污收集、运输、处理服务体系，推广“厕所管家”等社会化管护模式。",
         None, "县农业农村局", "县供销合作社、各乡镇人民政府", "2024年12月底前"),
    ]),
    ("四、村容村貌提升（6项）", [
        (14, "深入开展村庄清洁行动，组织春季、夏季、秋冬季战役，推动村庄清洁从“清脏”向“治乱”拓展。",
         (1, ["罗振华"]), "县农业农村局", "县委宣传部、县妇联、团县委、各乡镇人民政府", "长期坚持"),
        (15, "整治农村乱搭乱建、乱堆乱放、乱贴乱画，拆除废弃危旧房和残垣断壁。",
         (2, ["邵文清"]), "县住房和城乡建设局", "县自然资源局、县城市管理局、各乡镇人民政府", "2024年8月底前"),
        (16, "加强农房建设管理，推广农房设计通用图集，引导新建农房体现地域特色。",
         None, "县住房和城乡建设局", "县自然资源局、各乡镇人民政府", "2024年12月底前"),
        (17, "推进村庄绿化美化，利用闲置地块新建“口袋公园”、小微绿地30处。",
         (1, ["罗振华"]), "县林业局", "县农业农村局、县住房和城乡建设局、各乡镇人民政府", "2024年11月底前"),
        (18, "实施“四好农村路”提质工程，改造提升村组道路120公里，同步完善安全防护设施。",
         (1, ["谭永明"]), "县交通运输局", "县财政局、县公安局、各乡镇人民政府", "2024年12月底前"),
        (19, "规范整治农村电力、通信、广播电视线路，清理线路“蜘蛛网”乱象。",
         (1, ["谭永明", "邵文清"]), "县工业和信息化局",
         "国网桐墅县供电公司、中国电信桐墅分公司、中国移动桐墅分公司、中国联通桐墅分公司、各乡镇人民政府", "2024年10月底前"),
    ]),
    ("五、农业生产废弃物治理（4项）", [
        (20, "推进畜禽粪污资源化利用，规模养殖场粪污处理设施装备配套率保持100%。",
         (4, ["罗振华"]), "县农业农村局", "市生态环境局桐墅分局、各乡镇人民政府", "长期坚持"),
        (21, "开展农药包装废弃物和废旧农膜回收处置，回收率分别达到80%、85%以上。",
         None, "县农业农村局", "县供销合作社、市生态环境局桐墅分局、各乡镇人民政府", "2024年11月底前"),
        (22, "加强秸秆综合利用和禁烧管控，秸秆综合利用率稳定在93%以上。",
         None, "县农业农村局", "县发展和改革局、市生态环境局桐墅分局、各乡镇人民政府", "2024年12月底前"),
        (23, "严厉查处随意丢弃病死畜禽行为，完善病死畜禽无害化收集处理体系。",
         None, "县农业农村局", "县公安局、县市场监督管理局、各乡镇人民政府", "长期坚持"),
    ]),
    ("六、长效管护机制建设（6项）", [
        (24, "建立健全农村人居环境设施管护制度，明确管护主体、管护标准和经费来源。",
         (2, ["罗振华"]), "县农业农村局", "县财政局、县住房和城乡建设局、县城市管理局、市生态环境局桐墅分局", "2024年9月底前"),
        (25, "指导各村将农村人居环境整治要求纳入村规民约，发挥村民主体作用。",
         None, "县民政局", "县农业农村局、县司法局、各乡镇人民政府", "2024年7月底前"),
        (26, "深入开展“美丽庭院”“清洁户”评选活动，引导农户主动参与环境整治。",
         (1, ["蒋雅琴"]), "县妇联", "县农业农村局、团县委、各乡镇人民政府", "2024年11月底前"),
        (27, "统筹整合涉农资金，优先保障农村人居环境整治项目资金投入。",
         (1, ["谭永明"]), "县财政局", "县农业农村局、县发展和改革局", "2024年6月底前"),
        (28, "加大宣传引导力度，及时总结推广专项行动中的典型经验做法。",
         (1, ["蒋雅琴"]), "县委宣传部", "县农业农村局、县融媒体中心、各乡镇人民政府", "长期坚持"),
        (29, "建立“月调度、季通报、年考评”工作机制，将专项行动开展情况纳入乡镇和县直单位年度绩效考核。",
         (1, ["谭永明"]), "县农业农村局", "县政府督查室、县统计局、各乡镇人民政府", "2024年12月底前"),
    ]),
]

# ---------------------------------------------------------------- Word runs
CJK_BODY = 'font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:&quot;Times New Roman&quot;'
EN_BODY = 'font-size:16.0pt;font-family:&quot;Times New Roman&quot;,serif;mso-fareast-font-family:仿宋_GB2312'
CJK_CELL = 'font-size:10.5pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体;color:black;mso-font-kerning:0pt'
EN_CELL = 'font-size:10.5pt;font-family:&quot;Times New Roman&quot;,serif;mso-fareast-font-family:仿宋_GB2312;color:black;mso-font-kerning:0pt'


def runs(text, cjk, en, op=True, wrap_after=()):
    """Split text into Word runs: Latin/digits in lang=EN-US spans, '|' forces a run break."""
    out = []
    for chunk in text.split("|"):
        for tok in re.findall(r"[0-9A-Za-z.%]+|[^0-9A-Za-z.%]+", chunk):
            if re.match(r"[0-9A-Za-z.%]", tok):
                out.append('<span lang="EN-US" style="%s">%s</span>' % (en, tok))
            else:
                out.append('<span style="%s">%s</span>' % (cjk, tok))
    if op:
        # Word puts <o:p></o:p> inside the paragraph's last run
        out[-1] = out[-1][:-len("</span>")] + "<o:p></o:p></span>"
    return "".join(out)


def body_p(text, indent=True, style_extra="", cjk=CJK_BODY, en=EN_BODY, align=None):
    st = []
    if align:
        st.append("text-align:%s" % align)
    if indent:
        st.append("text-indent:32.0pt;mso-char-indent-count:2.0")
    st.append("line-height:28.0pt;mso-line-height-rule:exactly")
    if style_extra:
        st.append(style_extra)
    al = ' align="%s"' % align if align else ""
    return '<p class="MsoNormal"%s style="%s">%s</p>' % (al, ";".join(st), runs(text, cjk, en))


HEI = 'font-size:16.0pt;font-family:黑体;mso-hansi-font-family:&quot;Times New Roman&quot;'
KAI = 'font-size:16.0pt;font-family:楷体_GB2312;mso-hansi-font-family:&quot;Times New Roman&quot;'
XBS = 'font-size:22.0pt;font-family:方正小标宋简体;mso-hansi-font-family:&quot;Times New Roman&quot;'
XBS_EN = 'font-size:22.0pt;font-family:&quot;Times New Roman&quot;,serif;mso-fareast-font-family:方正小标宋简体'


def kai_lead_p(lead, rest):
    """（一）加强组织领导。 in 楷体 then the rest in 仿宋."""
    return ('<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;'
            'mso-line-height-rule:exactly"><span style="%s">%s</span>%s</p>' % (KAI, lead, runs(rest, CJK_BODY, EN_BODY)))


def list_p(marker, text, lfo):
    """A paragraph numbered by Word's list numbering, as Word's HTML keeps it."""
    return ('<p class="MsoListParagraph" style="margin-left:0cm;text-indent:32.0pt;mso-char-indent-count:0;'
            'line-height:28.0pt;mso-line-height-rule:exactly;mso-list:l0 level1 lfo%d">'
            '<!--[if !supportLists]--><span style="%s;mso-bidi-font-family:楷体_GB2312">'
            '<span style="mso-list:Ignore">%s</span></span><!--[endif]-->%s</p>'
            % (lfo, KAI, marker, runs(text, CJK_BODY, EN_BODY)))


# ---------------------------------------------------------------- table
WIDTHS = [(36, "26.95pt"), (243, "182.25pt"), (57, "42.55pt"), (104, "78.0pt"), (161, "120.5pt"), (76, "56.7pt")]
TD_BASE = "border:solid windowtext 1.0pt;border-top:none;mso-border-top-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt"
TD_FIRST = "border-top:none;border-left:solid windowtext 1.0pt;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;mso-border-top-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt"
P_CENTER = 'class="MsoNormal" align="center" style="text-align:center;line-height:16.0pt;mso-line-height-rule:exactly;mso-pagination:widow-orphan"'
P_LEFT = 'class="MsoNormal" align="left" style="text-align:left;line-height:16.0pt;mso-line-height-rule:exactly;mso-pagination:widow-orphan"'


def td(col, inner, height, rowspan=1, colspan=1, left=False, paras=None, extra=""):
    w, wpt = WIDTHS[col]
    attrs = ['width="%d"' % w]
    if rowspan > 1:
        attrs.append('rowspan="%d"' % rowspan)
    if colspan > 1:
        attrs.append('colspan="%d"' % colspan)
        w = sum(x[0] for x in WIDTHS)
        attrs[0] = 'width="%d"' % w
        wpt = "507.0pt"
    border = TD_FIRST if col == 0 else TD_BASE
    style = "width:%s;%s;height:%s" % (wpt, border, height)
    ps = paras if paras is not None else [inner]
    pp = "".join('<p %s>%s%s</p>' % (P_LEFT if left else P_CENTER, runs(p, CJK_CELL, EN_CELL), extra) for p in ps)
    return '<td %s valign="center" style="%s">%s</td>' % (" ".join(attrs), style, pp)


HEI_CELL = 'font-size:10.5pt;font-family:黑体;mso-hansi-font-family:宋体;color:black;mso-font-kerning:0pt'
HEI_CELL_EN = 'font-size:10.5pt;font-family:&quot;Times New Roman&quot;,serif;mso-fareast-font-family:黑体;color:black;mso-font-kerning:0pt'


def cat_runs(cat):
    r = runs(cat, HEI_CELL, HEI_CELL_EN)
    return re.sub(r'(<span[^>]*>.*?</span>)', r'<b>\1</b>', r)


def build_table():
    rows = []
    irow = 0
    hdr = []
    for i, name in enumerate(["序号", "重点任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]):
        w, wpt = WIDTHS[i]
        bst = ("border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt" if i == 0 else
               "border:solid windowtext 1.0pt;border-left:none;mso-border-left-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt")
        hdr.append('<td width="%d" valign="center" style="width:%s;%s;background:#D9D9D9;mso-shading:white;'
                   'mso-pattern:gray-15 auto;padding:0cm 5.4pt 0cm 5.4pt;height:28.35pt">'
                   '<p %s><b><span style="font-size:10.5pt;font-family:黑体;mso-hansi-font-family:宋体;color:black;'
                   'mso-font-kerning:0pt">%s<o:p></o:p></span></b></p></td>' % (w, wpt, bst, P_CENTER, name))
    rows.append('<tr style="mso-yfti-irow:0;mso-yfti-firstrow:yes;page-break-inside:avoid;height:28.35pt">%s</tr>'
                % "".join(hdr))
    for cat, tasks in CATS:
        irow += 1
        rows.append('<tr style="mso-yfti-irow:%d;page-break-inside:avoid;height:22.7pt">'
                    '<td width="777" colspan="6" valign="center" style="width:507.0pt;%s;height:22.7pt">'
                    '<p class="MsoNormal" align="left" style="text-align:left;line-height:16.0pt;mso-line-height-rule:exactly;'
                    'mso-pagination:widow-orphan">%s</p></td></tr>'
                    % (irow, TD_FIRST, cat_runs(cat)))
        for no, text, leader, lead, coop, dl in tasks:
            irow += 1
            h = "42.5pt"
            cells = [td(0, str(no), h), td(1, text, h, left=True)]
            if leader is not None:
                span, names = leader
                cells.append(td(2, None, h, rowspan=span, paras=names))
            cells.append(td(3, lead, h))
            # Word wrapped a long source line after 、 in the longest cells; the
            # editor kept the newline as a text node between runs.
            if len(coop) > 40:
                coop_html = td(4, coop.replace("、", "、|", 2), h, left=True)
                coop_html = coop_html.replace("、</span><span", "、</span>\n<span", 1)
            else:
                coop_html = td(4, coop, h, left=True)
            cells.append(coop_html)
            if dl == "长期坚持" and no == 9:
                cells.append(td(5, dl, h, extra='<!--[if !supportLineBreakNewLine]--><br><!--[endif]-->'))
            else:
                cells.append(td(5, dl, h))
            last = ";mso-yfti-lastrow:yes" if (cat, no) == (CATS[-1][0], CATS[-1][1][-1][0]) else ""
            rows.append('<tr style="mso-yfti-irow:%d%s;page-break-inside:avoid;height:42.5pt">%s</tr>'
                        % (irow, last, "".join(cells)))
    # Word's row of column widths for misaligned columns
    rows.append('<!--[if !supportMisalignedColumns]--><tr height="0">%s</tr><!--[endif]-->'
                % "".join('<td width="%d" style="border:none"></td>' % w for w, _ in WIDTHS))
    return ('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="777" '
            'style="width:507.0pt;margin-left:-.25pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;'
            'mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt;mso-border-insideh:.5pt solid windowtext;'
            'mso-border-insidev:.5pt solid windowtext"><tbody>\n' + "\n".join(rows) + "\n</tbody></table>")


# ---------------------------------------------------------------- article
TITLE = "桐墅县人民政府办公室关于印发《桐墅县2024年农村人居环境整治提升专项行动方案》的通知"
PLAN = "桐墅县2024年农村人居环境整治提升专项行动方案"
ANNEX = "桐墅县2024年农村人居环境整治提升专项行动重点任务分工表"

WORD_XML = """<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Normal</w:View>
  <w:Zoom>0</w:Zoom>
  <w:TrackMoves/>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
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
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="false" DefSemiHidden="false" DefQFormat="false" DefPriority="99" LatentStyleCount="376">
  <w:LsdException Locked="false" Priority="0" QFormat="true" Name="Normal"/>
  <w:LsdException Locked="false" Priority="9" QFormat="true" Name="heading 1"/>
  <w:LsdException Locked="false" Priority="34" QFormat="true" Name="List Paragraph"/>
 </w:LatentStyles>
</xml><![endif]--><!--[if gte mso 10]>
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
	mso-para-margin-bottom:.0001pt;
	mso-pagination:widow-orphan;
	font-size:10.5pt;
	mso-bidi-font-size:11.0pt;
	font-family:等线;
	mso-ascii-font-family:等线;
	mso-hansi-font-family:等线;
	mso-font-kerning:1.0pt;}
</style>
<![endif]-->"""


def article():
    P = []
    a = P.append
    a(WORD_XML)
    a('<div class="WordSection1" style="layout-grid:28.95pt">')
    a('<p class="MsoNormal" align="center" style="text-align:center;line-height:28.0pt;mso-line-height-rule:exactly">'
      + runs("桐政办发〔2024〕7号", CJK_BODY, EN_BODY) + '</p>')
    a('<p class="MsoNormal" align="center" style="text-align:center;line-height:28.0pt;mso-line-height-rule:exactly">'
      '<span lang="EN-US" style="%s"><o:p>&nbsp;</o:p></span></p>' % CJK_BODY)
    a('<p class="MsoNormal" align="center" style="text-align:center;line-height:36.0pt;mso-line-height-rule:exactly">'
      + runs("桐墅县人民政府办公室", XBS, XBS_EN, op=False) + '</p>')
    a('<p class="MsoNormal" align="center" style="text-align:center;line-height:36.0pt;mso-line-height-rule:exactly">'
      + runs("关于印发《桐墅县2024年农村人居环境整治|提升专项行动方案》的通知", XBS, XBS_EN) + '</p>')
    a('<p class="MsoNormal" style="line-height:28.0pt;mso-line-height-rule:exactly">'
      '<span lang="EN-US" style="%s"><o:p>&nbsp;</o:p></span></p>' % CJK_BODY)
    a('<p class="MsoNormal" style="line-height:28.0pt;mso-line-height-rule:exactly">'
      + runs("各乡镇人民政府，县直有关单位：", CJK_BODY, EN_BODY) + '</p>')
    a(body_p("《桐墅县2024年农村人居环境整治提升专项行动方案》已经县人民政府同意，现印发给你们，请认真抓好贯彻落实。"))
    a('<p class="MsoNormal" style="line-height:28.0pt;mso-line-height-rule:exactly">'
      '<span lang="EN-US" style="%s"><o:p>&nbsp;</o:p></span></p>' % CJK_BODY)
    a('<p class="MsoNormal" align="right" style="text-align:right;margin-right:64.0pt;line-height:28.0pt;mso-line-height-rule:exactly">'
      + runs("桐墅县人民政府办公室", CJK_BODY, EN_BODY) + '</p>')
    a('<p class="MsoNormal" align="right" style="text-align:right;margin-right:80.0pt;line-height:28.0pt;mso-line-height-rule:exactly">'
      + runs("2024年3月18日", CJK_BODY, EN_BODY) + '</p>')
    a(body_p("（此件公开发布）"))
    a('<p class="MsoNormal" style="line-height:28.0pt;mso-line-height-rule:exactly">'
      '<span lang="EN-US" style="%s"><o:p>&nbsp;</o:p></span></p>' % CJK_BODY)
    a('<p class="MsoNormal" align="center" style="text-align:center;line-height:36.0pt;mso-line-height-rule:exactly">'
      + runs(PLAN, XBS, XBS_EN) + '</p>')
    a('<p class="MsoNormal" style="line-height:28.0pt;mso-line-height-rule:exactly">'
      '<span lang="EN-US" style="%s"><o:p>&nbsp;</o:p></span></p>' % CJK_BODY)
    a(body_p("为深入学习运用“千村示范、万村整治”工程经验，持续改善农村人居环境，建设宜居宜业和美乡村，"
             "根据《云澜市农村人居环境整治提升五年行动实施方案（2021—2025年）》要求，结合我县实际，制定本方案。"))
    a(body_p("一、总体要求", cjk=HEI))
    a(body_p("坚持以人民为中心的发展思想，坚持县级统筹、乡镇主责、村级主体、农民参与，以农村生活垃圾、生活污水、"
             "厕所粪污治理和村容村貌提升为主攻方向，突出问题导向，强化长效管护，推动全县农村人居环境由“干净整洁”向“美丽宜居”转变。"))
    a(body_p("二、工作目标", cjk=HEI))
    a(body_p("到2024年底，全县农村卫生厕所普及率达到92%以上，农村生活污水治理率达到38%以上，农村生活垃圾收运处置体系覆盖所有行政村，"
             "创建市级美丽乡村示范村10个、县级示范村25个，村庄环境基本实现干净整洁有序，长效管护机制基本建立。"))
    a(body_p("三、重点任务", cjk=HEI))
    a(body_p("围绕农村生活垃圾治理、农村生活污水治理、农村厕所革命、村容村貌提升、农业生产废弃物治理、长效管护机制建设等6个方面，"
             "实施29项重点任务。各项任务的责任县领导、牵头单位、配合单位和完成时限详见附件。"))
    a(body_p("四、实施步骤", cjk=HEI))
    a(list_p("（一）", "动员部署阶段（2024年3月）。各乡镇、县直有关单位结合实际制定具体工作方案，细化任务措施，明确时间节点，全面动员部署。", 1))
    a(list_p("（二）", "集中整治阶段（2024年4月—10月）。按照任务分工，集中力量推进各项整治任务，组织开展集中攻坚，每月报送工作进展情况。", 1))
    a(list_p("（三）", "巩固提升阶段（2024年11月—12月）。对照目标任务开展“回头看”，查漏补缺、建章立制，总结推广典型经验。", 1))
    a(body_p("五、保障措施", cjk=HEI))
    a(kai_lead_p("（一）加强组织领导。", "县农村人居环境整治工作领导小组统筹推进专项行动，领导小组办公室设在县农业农村局，负责日常协调调度。"
                 "各乡镇要落实属地责任，主要负责同志亲自抓、负总责，确保各项任务落地见效。"))
    a(kai_lead_p("（二）强化要素保障。", "县财政统筹安排专项资金，各乡镇要积极整合各类涉农资金，引导社会资本和村集体经济组织投入，形成多元投入机制。"))
    a(kai_lead_p("（三）严格督导考核。", "县政府督查室将对专项行动开展情况进行常态化督查，对工作推进不力、进度滞后的乡镇和单位予以通报。"))
    a(kai_lead_p("（四）营造浓厚氛围。", "充分利用电视、网络、微信公众号等媒体，广泛宣传专项行动的重要意义和经验做法，引导广大群众积极参与、支持整治工作。"))
    a(body_p("各牵头单位请于每月25日前将工作进展情况报送县农村人居环境整治工作领导小组办公室（县农业农村局）。"
             "联系人：黄嘉宁，联系电话：0739-6218357，电子邮箱：tsxrjhj@163.com。"))
    a('<p class="MsoNormal" style="line-height:28.0pt;mso-line-height-rule:exactly">'
      '<span lang="EN-US" style="%s"><o:p>&nbsp;</o:p></span></p>' % CJK_BODY)
    a('<p class="MsoNormal" style="margin-left:80.0pt;text-indent:-48.0pt;mso-char-indent-count:-3.0;line-height:28.0pt;mso-line-height-rule:exactly">'
      + runs("附件：" + ANNEX, CJK_BODY, EN_BODY) + '<a name="_GoBack"></a></p>')
    a('<span lang="EN-US" style="font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:&quot;Times New Roman&quot;;'
      'mso-font-kerning:1.0pt;mso-ansi-language:EN-US;mso-fareast-language:ZH-CN;mso-bidi-language:AR-SA">'
      '<br clear="all" style="page-break-before:always;mso-break-type:section-break"></span>')
    a('</div>')
    a('<div class="WordSection2" style="layout-grid:28.95pt">')
    a('<p class="MsoNormal" style="line-height:28.0pt;mso-line-height-rule:exactly">' + runs("附件", HEI, EN_BODY) + '</p>')
    a('<p class="MsoNormal" align="center" style="text-align:center;line-height:36.0pt;mso-line-height-rule:exactly">'
      + runs(ANNEX, XBS, XBS_EN) + '</p>')
    a('<p class="MsoNormal" align="center" style="text-align:center;line-height:20.0pt;mso-line-height-rule:exactly">'
      '<span lang="EN-US" style="%s"><o:p>&nbsp;</o:p></span></p>' % CJK_BODY)
    a(build_table())
    a('<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>')
    a('</div>')
    return "\n".join(P)


def page():
    art = article()
    url_len = "%04d" % len(URL)
    return f"""<!DOCTYPE html>
<!-- saved from url=({url_len}){URL} -->
<html lang="zh-CN" xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{TITLE}_县政府办文件_桐墅县人民政府</title>
<meta name="SiteName" content="桐墅县人民政府">
<meta name="SiteDomain" content="www.tongshu.gov.cn">
<meta name="SiteIDCode" content="4312250001">
<meta name="ColumnName" content="县政府办文件">
<meta name="ColumnType" content="政府文件">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2024-03-20 16:42">
<meta name="ContentSource" content="县政府办">
<meta name="Keywords" content="农村人居环境,专项行动,任务分工">
<meta name="Description" content="{TITLE}">
<link rel="stylesheet" type="text/css" href="{FILES}/base.css">
<link rel="stylesheet" type="text/css" href="{FILES}/xxgk_detail.css">
<script type="text/javascript" src="{FILES}/jquery-1.11.3.min.js.下载"></script>
<script type="text/javascript" src="{FILES}/common.js.下载"></script>
<style type="text/css">
.article-con .TRS_Editor p {{ margin: 0; }}
.article-con table {{ margin: 0 auto; }}
</style>
</head>
<body>
<div class="top-bar">
  <div class="w1200 clearfix">
    <div class="fl">您好，欢迎访问桐墅县人民政府门户网站！今天是：<span id="today">2024年3月21日 星期四</span></div>
    <div class="fr"><a href="http://www.tongshu.gov.cn/wza/" target="_blank">无障碍</a><span>|</span><a href="javascript:void(0);" onclick="toggleElder()">长者模式</a><span>|</span><a href="http://www.tongshu.gov.cn/wap/">手机版</a><span>|</span><a href="http://www.tongshu.gov.cn/wzdt/">网站地图</a></div>
  </div>
</div>
<div class="header">
  <div class="w1200 clearfix">
    <a class="logo fl" href="http://www.tongshu.gov.cn/"><img src="{FILES}/logo.png" alt="桐墅县人民政府"></a>
    <div class="search fr">
      <form action="http://www.tongshu.gov.cn/search/" method="get" target="_blank">
        <input type="text" name="q" class="search-input" placeholder="请输入关键词" value="">
        <input type="submit" class="search-btn" value="搜索">
      </form>
    </div>
  </div>
</div>
<div class="nav">
  <ul class="w1200 clearfix">
    <li><a href="http://www.tongshu.gov.cn/">首页</a></li>
    <li><a href="http://www.tongshu.gov.cn/zwdt/">政务动态</a></li>
    <li class="on"><a href="http://www.tongshu.gov.cn/zwgk/">政务公开</a></li>
    <li><a href="http://www.tongshu.gov.cn/zwfw/">政务服务</a></li>
    <li><a href="http://www.tongshu.gov.cn/hdjl/">互动交流</a></li>
    <li><a href="http://www.tongshu.gov.cn/zjts/">走进桐墅</a></li>
  </ul>
</div>
<div class="w1200 main">
  <div class="position">当前位置：<a href="http://www.tongshu.gov.cn/">首页</a> &gt; <a href="http://www.tongshu.gov.cn/zwgk/">政务公开</a> &gt; <a href="http://www.tongshu.gov.cn/zwgk/zfxxgk/">政府信息公开</a> &gt; <a href="http://www.tongshu.gov.cn/zwgk/zfxxgk/fdzdgknr/zfwj/">政府文件</a> &gt; <a href="http://www.tongshu.gov.cn/zwgk/zfxxgk/fdzdgknr/zfwj/xzfbwj/">县政府办文件</a></div>
  <div class="xxgk-info">
    <table class="xxgk-table" width="100%" cellspacing="0" cellpadding="0">
      <tbody>
        <tr><th>索&nbsp;&nbsp;引&nbsp;&nbsp;号：</th><td>114312250060218473/2024-00031</td><th>主题分类：</th><td>农业、林业、水利\\农村人居环境</td></tr>
        <tr><th>发文机关：</th><td>桐墅县人民政府办公室</td><th>成文日期：</th><td>2024-03-18</td></tr>
        <tr><th>标&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;题：</th><td colspan="3">{TITLE}</td></tr>
        <tr><th>文&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;号：</th><td>桐政办发〔2024〕7号</td><th>发布日期：</th><td>2024-03-20</td></tr>
        <tr><th>有&nbsp;&nbsp;效&nbsp;&nbsp;性：</th><td>有效</td><th>公开方式：</th><td>主动公开</td></tr>
      </tbody>
    </table>
  </div>
  <div class="article">
    <h1 class="article-title">{TITLE}</h1>
    <div class="article-info">
      <span>发布时间：2024-03-20 16:42</span><span>来源：县政府办</span><span>浏览次数：<em id="hits">1286</em></span>
      <span class="fontsize">字号：<a href="javascript:void(0);" onclick="doZoom(18)">大</a> <a href="javascript:void(0);" onclick="doZoom(16)">中</a> <a href="javascript:void(0);" onclick="doZoom(14)">小</a></span>
    </div>
    <div class="article-con" id="zoom">
<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{{margin-top:0;margin-bottom:0;line-height:1.5;font-family:宋体;font-size:12pt;}}.TRS_Editor DIV{{margin-top:0;margin-bottom:0;line-height:1.5;font-family:宋体;font-size:12pt;}}.TRS_Editor TD{{margin-top:0;margin-bottom:0;line-height:1.5;font-family:宋体;font-size:12pt;}}.TRS_Editor TH{{margin-top:0;margin-bottom:0;line-height:1.5;font-family:宋体;font-size:12pt;}}.TRS_Editor SPAN{{margin-top:0;margin-bottom:0;line-height:1.5;font-family:宋体;font-size:12pt;}}
</style>
<div class="Custom_UnionStyle">
{art}
</div></div>
    </div>
    <div class="article-fj">
      <p>相关附件：</p>
      <p><a href="http://www.tongshu.gov.cn/zwgk/zfxxgk/fdzdgknr/zfwj/xzfbwj/202403/P020240320593127641185.docx" target="_blank">桐墅县2024年农村人居环境整治提升专项行动方案.docx</a></p>
    </div>
    <div class="article-tools clearfix">
      <div class="share fl">分享到：<a class="wx" href="javascript:void(0);" title="微信"></a><a class="wb" href="javascript:void(0);" title="微博"></a><a class="qq" href="javascript:void(0);" title="QQ空间"></a></div>
      <div class="fr"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div>
    </div>
    <div class="qrcode"><img src="{FILES}/qrcode.png" alt=""><p>扫一扫在手机打开当前页</p></div>
    <div class="related">
      <h3>相关链接</h3>
      <ul>
        <li><a href="http://www.tongshu.gov.cn/zwgk/zcjd/202403/t20240321_4518390.html">【图文解读】《桐墅县2024年农村人居环境整治提升专项行动方案》</a><span>2024-03-21</span></li>
        <li><a href="http://www.tongshu.gov.cn/zwdt/bmdt/202403/t20240315_4516702.html">县农业农村局召开2024年农村人居环境整治工作推进会</a><span>2024-03-15</span></li>
      </ul>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w1200">
    <p><a href="http://www.tongshu.gov.cn/gywm/">关于我们</a> | <a href="http://www.tongshu.gov.cn/lxwm/">联系我们</a> | <a href="http://www.tongshu.gov.cn/wzdt/">网站地图</a></p>
    <p>主办单位：桐墅县人民政府办公室　承办单位：桐墅县融媒体中心</p>
    <p>网站标识码：4312250001　ICP备案号：<a href="https://beian.miit.gov.cn/" target="_blank">ICP备19004418号-1</a>　<img src="{FILES}/ga.png" alt="">公网安备 43122502000117号</p>
    <p>地址：桐墅县城关镇人民路88号　邮编：419600　联系电话：0739-6221001</p>
    <div class="jiucuo"><img src="{FILES}/jiucuo.png" alt="政府网站找错"></div>
    <div class="dzjg"><img src="{FILES}/red.png" alt="党政机关"></div>
  </div>
</div>
<script type="text/javascript">
function doZoom(size){{ $("#zoom, #zoom p, #zoom span, #zoom td").css("font-size", size + "px"); }}
$(function(){{ $.get("/interFace/getHits.do?docid=4518236", function(n){{ $("#hits").text(n); }}); }});
</script>
<script type="text/javascript" src="{FILES}/share.js.下载"></script>
<script>
var _hmt = _hmt || [];
(function() {{
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?4c1f0a7b2e93d6a58f10b2c7d3e9a614";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
}})();
</script>
</body></html>"""


def gold():
    recs = []
    for cat, tasks in CATS:
        cur = None
        for no, text, leader, lead, coop, dl in tasks:
            if leader is not None:
                cur = leader[1]
            plain = text.replace("|", "")
            leads = lead.replace("|", "").split("、")
            coops = coop.replace("|", "").split("、")
            recs.append({"id": str(no), "head": plain[:12], "responsible_units": leads + coops,
                         "lead_units": leads, "cooperating_units": coops, "leaders": list(cur)})
    return recs


if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(page())
    # The gold is typed by hand in GOLD; this generator writes a draft only when asked.
    import sys
    if "--draft-gold" in sys.argv:
        with open(GOLD + ".draft", "w", encoding="utf-8") as f:
            for r in gold():
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
