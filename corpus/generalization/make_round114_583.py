#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Notice 583: a county portal's article page (a 县政府办 task-division notice with its
附件 table inline) selected in Chrome from the breadcrumb down to 【关闭窗口】, pasted into
Word 2016 (Chinese) with the default "keep source formatting", and saved as .docx by a
township clerk who forwards it.

The package is written as Word writes such a paste:
  * paragraphs carry the page's inline CSS as direct formatting (微软雅黑 / 仿宋_GB2312,
    grey colours, white run shading from the page background, kern 0, widowControl) and
    a w:divId pointing at the HTML <div> they came from; word/webSettings.xml holds
    the w:divs tree of those divs (margins and borders of the page's blocks);
  * <p> elements become "Normal (Web)" (普通(网站)) paragraphs, the <h1> title becomes
    heading 1, links become w:hyperlink runs in the "Hyperlink" character style with
    external targets (also javascript: ones for 字体大中小, 打印本页, 关闭窗口);
  * the page's 索引号 box is a real table (the first table of the document);
  * the 附件 table (the CMS had it from Word's HTML) keeps its pt widths from the
    landscape original, so it runs past the portrait margins; rowspan → w:vMerge,
    colspan → w:gridSpan, <br> → w:br, &nbsp; → U+00A0, every cell w:hideMark.
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "583_xiaoxi_xian_wangye_zhantie_word_fenjie.docx"

NBSP = "\u00a0"

W_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
        'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
        'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'mc:Ignorable="w14 wp14"')

RSID = 'w:rsidR="00B73A15" w:rsidRDefault="00B73A15" w:rsidP="00B73A15"'

# div ids as Word numbers them in webSettings.xml
DIV_BODY = "1290012873"
DIV_POS = "1707416502"      # div.position (breadcrumb)
DIV_XXGK = "562913088"      # div.xxgk_box (索引号 table)
DIV_ART = "2043094571"      # div.article
DIV_TITLE = "1140881926"    # div.article_title
DIV_INFO = "848375210"      # div.article_info
DIV_ZOOM = "1985813640"     # div#zoom.TRS_Editor
DIV_FJ = "398017652"        # div.fujian
DIV_TOOL = "1526729183"     # div.article_tool


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def rpr(font="微软雅黑", sz=21, color="333333", bold=False, shd=True, kern=True,
        rstyle=None, u_none=False, cs="宋体"):
    x = "<w:rPr>"
    if rstyle:
        x += '<w:rStyle w:val="%s"/>' % rstyle
    x += ('<w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:cs="%s" w:hint="eastAsia"/>'
          % (font, font, font, cs))
    if bold:
        x += "<w:b/><w:bCs/>"
    if color:
        x += '<w:color w:val="%s"/>' % color
    if kern:
        x += '<w:kern w:val="0"/>'
    x += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (sz, sz)
    if u_none:
        x += '<w:u w:val="none"/>'
    if shd:
        x += '<w:shd w:val="clear" w:color="auto" w:fill="FFFFFF"/>'
    x += "</w:rPr>"
    return x


def run(text, **kw):
    r = rpr(**kw)
    parts = text.split("\n")
    out = []
    for i, p in enumerate(parts):
        if i:
            out.append("<w:r>%s<w:br/></w:r>" % r)
        if p:
            sp = ' xml:space="preserve"' if (p != p.strip(" ") or NBSP in p) else ""
            out.append("<w:r>%s<w:t%s>%s</w:t></w:r>" % (r, sp, esc(p)))
    return "".join(out)


def link(rid, text, **kw):
    kw.setdefault("rstyle", "a4")
    kw.setdefault("u_none", True)
    return ('<w:hyperlink r:id="%s" w:history="1">%s</w:hyperlink>'
            % (rid, run(text, **kw)))


def para(content, pstyle=None, jc=None, first=None, line=None, line_rule="atLeast",
         before=None, after=None, auto_sp=False, divid=None, pshd=True, widow=True,
         outline=None, right_ind=None, mark_rpr=""):
    x = "<w:p %s><w:pPr>" % RSID
    if pstyle:
        x += '<w:pStyle w:val="%s"/>' % pstyle
    if widow:
        x += "<w:widowControl/>"
    if pshd:
        x += '<w:shd w:val="clear" w:color="auto" w:fill="FFFFFF"/>'
    sp = []
    if before is not None:
        sp.append('w:before="%d"' % before)
        if auto_sp:
            sp.append('w:beforeAutospacing="0"')
    if after is not None:
        sp.append('w:after="%d"' % after)
        if auto_sp:
            sp.append('w:afterAutospacing="0"')
    if line is not None:
        sp.append('w:line="%d" w:lineRule="%s"' % (line, line_rule))
    if sp:
        x += "<w:spacing %s/>" % " ".join(sp)
    ind = []
    if first is not None:
        ind.append('w:firstLine="%d"' % first)
    if right_ind is not None:
        ind.append('w:right="%d"' % right_ind)
    if ind:
        x += "<w:ind %s/>" % " ".join(ind)
    if jc:
        x += '<w:jc w:val="%s"/>' % jc
    if outline is not None:
        x += '<w:outlineLvl w:val="%d"/>' % outline
    if divid:
        x += '<w:divId w:val="%s"/>' % divid
    x += mark_rpr
    x += "</w:pPr>" + content + "</w:p>"
    return x


# ---------------------------------------------------------------- relationships
rels = []   # (rid, type, target, external)
HL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


def add_link(target):
    rid = "rId%d" % (len(rels) + 8)
    rels.append((rid, target))
    return rid


SITE = "http://www.xiaoxi.gov.cn"

body = []

# ---------------------------------------------------------------- breadcrumb
crumbs = [("首页", SITE + "/"),
          ("政务公开", SITE + "/zwgk/"),
          ("政府信息公开", SITE + "/zwgk/xxgk/"),
          ("法定主动公开内容", SITE + "/zwgk/xxgk/fdzdgknr/"),
          ("政府文件", SITE + "/zwgk/xxgk/fdzdgknr/zfwj/")]
c = run("当前位置：", color="666666", sz=21)
for i, (t, u) in enumerate(crumbs):
    if i:
        c += run(" > ", color="666666", sz=21)
    c += link(add_link(u), t, color="666666", sz=21)
body.append(para(c, line=450, divid=DIV_POS))

# ---------------------------------------------------------------- 索引号 table


def tc(width, content_paras, span=None, vmerge=None, fill=None, borders=None,
       valign="center", wtype="dxa"):
    x = "<w:tc><w:tcPr>"
    x += '<w:tcW w:w="%d" w:type="%s"/>' % (width, wtype)
    if span:
        x += '<w:gridSpan w:val="%d"/>' % span
    if vmerge == "restart":
        x += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont":
        x += "<w:vMerge/>"
    if borders:
        x += "<w:tcBorders>%s</w:tcBorders>" % borders
    if fill:
        x += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % fill
    x += '<w:vAlign w:val="%s"/><w:hideMark/></w:tcPr>' % valign
    x += "".join(content_paras) + "</w:tc>"
    return x


def bd(val, sz, color):
    return "".join('<w:%s w:val="%s" w:sz="%d" w:space="0" w:color="%s"/>' % (s, val, sz, color)
                   for s in ("top", "left", "bottom", "right"))


XX_BD = bd("single", 6, "DCDCDC")
xx_rows = [
    [("索引号", True), ("11411722MB1C35209F/2025-00031", False), ("主题分类", True), ("综合政务\\其他", False)],
    [("发文机关", True), ("崤溪县人民政府办公室", False), ("成文日期", True), ("2025-02-25", False)],
    [("标　　题", True), ("崤溪县人民政府办公室关于印发崤溪县2025年《政府工作报告》重点工作任务分解的通知", False, 3)],
    [("发文字号", True), ("崤政办发〔2025〕5号", False), ("发布日期", True), ("2025-02-26", False)],
    [("有 效 性", True), ("有效", False), ("废止日期", True), (NBSP, False)],
]
XX_W = [1246, 2907, 1246, 2907]
t = ('<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/>'
     '<w:tblCellMar><w:top w:w="75" w:type="dxa"/><w:left w:w="150" w:type="dxa"/>'
     '<w:bottom w:w="75" w:type="dxa"/><w:right w:w="150" w:type="dxa"/></w:tblCellMar>'
     '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
     'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>'
     + "".join('<w:gridCol w:w="%d"/>' % w for w in XX_W) + "</w:tblGrid>")
for row in xx_rows:
    t += "<w:tr %s><w:trPr><w:divId w:val=\"%s\"/></w:trPr>" % ('w:rsidR="00B73A15" w:rsidTr="00B73A15"', DIV_XXGK)
    ci = 0
    for cell in row:
        text, label = cell[0], cell[1]
        span = cell[2] if len(cell) > 2 else None
        w = sum(XX_W[ci:ci + (span or 1)])
        ci += span or 1
        p = para(run(text, color="333333" if not label else "555555", sz=18, bold=label, shd=False),
                 jc="center" if label else "left", line=270, pshd=False, divid=DIV_XXGK)
        t += tc(w, [p], span=span, fill="F5F5F5" if label else None, borders=XX_BD)
    t += "</w:tr>"
t += "</w:tbl>"
body.append(t)

# ---------------------------------------------------------------- title and info line
TITLE = "崤溪县人民政府办公室关于印发崤溪县2025年《政府工作报告》重点工作任务分解的通知"
body.append(para(run(TITLE, sz=33, bold=True, color="222222"), pstyle="1", jc="center",
                 before=300, after=150, line=560, divid=DIV_TITLE,
                 mark_rpr=rpr(sz=33, bold=True, color="222222")))
info = run("发布时间：2025-02-26 09:37　　来源：崤溪县人民政府办公室　　浏览次数：2316　　【字体：",
           color="999999", sz=18)
for i, (t_, n) in enumerate([("大", 20), ("中", 16), ("小", 14)]):
    if i:
        info += run(" ", color="999999", sz=18)
    info += link(add_link("javascript:doZoom(%d)" % n), t_, color="999999", sz=18)
info += run("】", color="999999", sz=18)
body.append(para(info, jc="center", line=360, after=300, divid=DIV_INFO))

# ---------------------------------------------------------------- article body (TRS_Editor)
FS = "仿宋_GB2312"


def bp(text, jc="both", first=640, font=FS, sz=32, bold=False, right_ind=None):
    """a <p> of the article: Normal (Web) with the inline CSS as direct formatting"""
    return para(run(text, font=font, sz=sz, bold=bold), pstyle="a3", jc=jc, first=first,
                before=0, after=0, auto_sp=True, line=560, divid=DIV_ZOOM, right_ind=right_ind)


body.append(bp(NBSP, first=None))
body.append(bp("崤政办发〔2025〕5号", jc="center", first=None))
body.append(bp(NBSP, first=None))
body.append(bp("各乡镇人民政府，县政府各部门、各直属机构：", jc="left", first=None))
body.append(bp("为认真贯彻落实县十八届人民代表大会第四次会议精神，确保县政府工作报告确定的各项目标任务落到实处，"
               "经县政府同意，现将《崤溪县2025年〈政府工作报告〉重点工作任务分解表》印发给你们，"
               "并就有关事项通知如下，请认真抓好落实。"))
body.append(bp("一、压实工作责任。各责任县领导要加强对分管领域重点工作的统筹调度，定期听取进展情况汇报，"
               "及时协调解决重大问题。牵头单位对牵头任务负总责，要制定具体实施方案，细化工作措施，"
               "明确时间节点和责任人；配合单位要按照职责分工，主动对接、密切配合，形成工作合力。"))
body.append(bp("二、强化督查考核。县政府督查室要将分解表所列任务纳入年度督查重点，建立工作台账，"
               "实行“月调度、季通报、年考核”。各牵头单位请于每季度最后一个月25日前，"
               "将任务推进情况（含配合单位工作情况）书面报送县政府督查室，电子版发送至xxzfdcs@163.com。"))
body.append(bp("三、注重宣传引导。各单位要及时总结推广工作中的好经验、好做法，"
               "通过县融媒体中心等平台广泛宣传，营造真抓实干、比学赶超的浓厚氛围。"))
body.append(bp(NBSP, first=None))
body.append(bp("崤溪县人民政府办公室", jc="right", first=None, right_ind=640))
body.append(bp("2025年2月25日", jc="right", first=None, right_ind=960))
body.append(bp("（此件公开发布）", jc="left", first=640))
body.append(bp(NBSP, first=None))
body.append(bp("附件", jc="left", first=None, font="黑体"))
body.append(bp("崤溪县2025年《政府工作报告》重点工作任务分解表", jc="center", first=None,
               font="方正小标宋简体", sz=36))
body.append(bp(NBSP, first=None))

# ---------------------------------------------------------------- the task table
# widths as the CMS kept them from the landscape Word original (pt → twips)
TW = [737, 5103, 1304, 1928, 2948, 1247]
CELL_BD = bd("single", 4, "000000")

HEAD = ["序号", "重点工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]

# (section heading, rows); row = (no, task, leader or None (merged from above), lead, coop, deadline)
SECTIONS = [
    ("一、全力稳定经济增长", [
        ("1", "全年地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长7.5%，固定资产投资增长8%。",
         "孙启明", "县发展和改革局", "县财政局、县统计局、县工业和信息化局、各乡镇人民政府", "12月底"),
        ("2", "谋划储备重大项目120个以上，争取超长期特别国债、中央预算内投资等上级资金5亿元以上。",
         None, "县发展和改革局", "县财政局、县自然资源局、县住房和城乡建设局", "12月底"),
        ("3", "开展“消费提振年”活动，举办汽车、家电、家居等促消费活动20场以上，社会消费品零售总额增长6%。",
         "曹志远", "县商务局", "县财政局、县市场监督管理局、县文化旅游和体育局", "12月底"),
        ("4", "全面落实结构性减税降费政策，新增减税降费及退税缓费2亿元以上。",
         "孙启明", "县税务局、县财政局", "县发展和改革局、县工业和信息化局", "12月底"),
        ("5", "深化个体工商户分型分类精准帮扶，全年新增经营主体3000户以上，其中企业800户以上。",
         "曹志远", "县市场监督管理局", "县行政审批服务局、县税务局、各乡镇人民政府", "12月底"),
    ]),
    ("二、加快推动产业转型升级", [
        ("6", "实施工业技改项目30个以上，新增规模以上工业企业15家。",
         "韩立军", "县工业和信息化局", "县发展和改革局、县财政局、崤溪经济开发区管委会", "12月底"),
        ("7", "推进经开区扩区调位，完成园区污水处理厂提标改造，新建标准化厂房10万平方米。",
         None, "崤溪经济开发区管委会", "县自然资源局、县住房和城乡建设局、市生态环境局崤溪分局", "10月底"),
        ("8", "新认定高新技术企业10家、科技型中小企业40家，全社会研发投入强度达到1.8%。",
         None, "县科技局", "县财政局、县统计局、县工业和信息化局", "12月底"),
        ("9", "创建国家4A级旅游景区1家，全年接待游客突破600万人次。",
         "罗文娟", "县文化旅游和体育局", "县交通运输局、县自然资源局、县林业局", "11月底"),
        ("10", "推进数字经济赋能实体经济，新建5G基站200个，培育数字化车间（智能工厂）5个。",
         "韩立军", "县数据局、县工业和信息化局", "中国移动崤溪分公司、中国联通崤溪分公司、中国电信崤溪分公司", "12月底"),
    ]),
    ("三、持续深化改革扩大开放", [
        ("11", "深化“高效办成一件事”改革，新增“一件事”集成办理事项15项，政务服务事项全程网办率达到90%以上。",
         "曹志远", "县行政审批服务局", "县数据局、县有关部门", "12月底"),
        ("12", "完成县属国有企业整合重组，组建县城市发展投资集团有限公司。",
         "孙启明", "县国有资产服务中心", "县财政局、县人力资源和社会保障局", "9月底"),
        ("13", "全年招商引资到位资金120亿元，新引进亿元以上项目25个。",
         "孙启明\n韩立军", "县投资促进中心", "崤溪经济开发区管委会、各乡镇人民政府、县直有关单位", "12月底"),
        ("14", "推进外贸稳规模优结构，全年实现进出口总额8亿元。",
         "曹志远", "县商务局", NBSP, "12月底"),
    ]),
    ("四、全面推进乡村振兴", [
        ("15", "稳定粮食播种面积52万亩以上，粮食产量稳定在21万吨以上，新建高标准农田3万亩。",
         "罗文娟", "县农业农村局", "县财政局、县自然资源局、县水利局、各乡镇人民政府", "10月底"),
        ("16", "巩固拓展脱贫攻坚成果，健全防止返贫致贫监测帮扶机制，守牢不发生规模性返贫致贫底线。",
         None, "县农业农村局", "县民政局、县人力资源和社会保障局、县医疗保障局、县教育局", "12月底"),
        ("17", "实施农村人居环境整治提升行动，农村卫生厕所普及率达到85%。",
         None, "县农业农村局", "县住房和城乡建设局、市生态环境局崤溪分局、县卫生健康局", "11月底"),
        ("18", "发展壮大村级集体经济，集体经济经营性收入10万元以上的村占比达到60%。",
         None, "县农业农村局", "县委组织部、县财政局、各乡镇人民政府", "12月底"),
        ("19", "新建改建农村公路80公里，完成危桥改造12座。",
         "韩立军", "县交通运输局", "县财政局、各乡镇人民政府", "11月底"),
    ]),
    ("五、统筹推进城乡建设和生态保护", [
        ("20", "实施城市更新项目12个，改造城镇老旧小区28个、3200户。",
         "韩立军", "县住房和城乡建设局", "县发展和改革局、县财政局、县城市管理局", "11月底"),
        ("21", "新建城区公共停车泊位1500个，完成城区雨污分流改造15公里。",
         None, "县城市管理局、县住房和城乡建设局", "县公安局、县自然资源局", "12月底"),
        ("22", "深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在32微克/立方米以内，国考断面水质优良比例保持100%。",
         "罗文娟", "市生态环境局崤溪分局", "县农业农村局、县住房和城乡建设局、县水利局、县交通运输局", "12月底"),
        ("23", "全面落实林长制，完成营造林3.5万亩，森林覆盖率稳定在58%以上。",
         None, "县林业局", "各乡镇人民政府", "12月底"),
    ]),
    ("六、持续增进民生福祉", [
        ("24", "城镇新增就业4200人，城镇调查失业率控制在5.5%以内。",
         "曹志远", "县人力资源和社会保障局", "县教育局、县财政局、县退役军人事务局", "12月底"),
        ("25", "新建改扩建中小学、幼儿园6所，新增学位3600个。",
         "罗文娟", "县教育局", "县发展和改革局、县财政局、县自然资源局、县住房和城乡建设局", "8月底"),
        ("26", "推进紧密型县域医共体建设，县人民医院新院区投入使用。",
         None, "县卫生健康局", "县医疗保障局、县发展和改革局", "10月底"),
        ("27", "新建社区嵌入式养老服务中心4个、农村互助养老服务点30个。",
         "曹志远", "县民政局", "县财政局、县卫生健康局、各乡镇人民政府", "11月底"),
        ("28", "深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。",
         "吕新华", "县应急管理局", "县安委会各成员单位", "12月底"),
    ]),
]


def cp(text, jc="center", font=FS, sz=24, bold=False):
    return para(run(text, font=font, sz=sz, bold=bold, shd=False, color=None), jc=jc,
                line=320, line_rule="exact", pshd=False, divid=DIV_ZOOM,
                mark_rpr=rpr(font=font, sz=sz, shd=False, color=None))


def empty_cp():
    return para("", jc="center", line=320, line_rule="exact", pshd=False, divid=DIV_ZOOM,
                mark_rpr=rpr(font=FS, sz=24, shd=False, color=None))


tb = ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>'
      '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>'
      '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
      'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>'
      + "".join('<w:gridCol w:w="%d"/>' % w for w in TW) + "</w:tblGrid>")
TRO = '<w:tr w:rsidR="00B73A15" w:rsidTr="00B73A15"><w:trPr><w:trHeight w:val="%d"/></w:trPr>'
# header
tb += TRO % 567
for w, h in zip(TW, HEAD):
    tb += tc(w, [cp(h, font="黑体")], borders=CELL_BD)
tb += "</w:tr>"
for sec, rows in SECTIONS:
    tb += TRO % 454
    tb += tc(sum(TW), [cp(sec, jc="left", font="黑体")], span=6, borders=CELL_BD)
    tb += "</w:tr>"
    for i, (no, task, leader, lead, coop, dl) in enumerate(rows):
        nxt = rows[i + 1][2] if i + 1 < len(rows) else "x"
        tb += TRO % 680
        tb += tc(TW[0], [cp(no)], borders=CELL_BD)
        tb += tc(TW[1], [cp(task, jc="both")], borders=CELL_BD)
        if leader is None:
            tb += tc(TW[2], [empty_cp()], vmerge="cont", borders=CELL_BD)
        else:
            tb += tc(TW[2], [cp(leader)], vmerge="restart" if nxt is None else None, borders=CELL_BD)
        tb += tc(TW[3], [cp(lead)], borders=CELL_BD)
        tb += tc(TW[4], [cp(coop, jc="both" if len(coop) > 12 else "center")], borders=CELL_BD)
        tb += tc(TW[5], [cp(dl)], borders=CELL_BD)
        tb += "</w:tr>"
tb += "</w:tbl>"
body.append(tb)

body.append(bp(NBSP, first=None))

# ---------------------------------------------------------------- after the article
fj = run("附件：", sz=21, color="333333")
fj += link(add_link(SITE + "/zwgk/xxgk/fdzdgknr/zfwj/202502/P020250226393071586214.docx"),
           "崤溪县2025年《政府工作报告》重点工作任务分解表.docx", sz=21, color="0066CC")
body.append(para(fj, line=450, before=150, divid=DIV_FJ))
tool = link(add_link("javascript:window.print()"), "【打印本页】", sz=21, color="666666")
tool += run("　　", sz=21, color="666666")
tool += link(add_link("javascript:window.close()"), "【关闭窗口】", sz=21, color="666666")
body.append(para(tool, jc="right", line=450, divid=DIV_TOOL))

SECT = ('<w:sectPr w:rsidR="00B73A15"><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" '
        'w:footer="992" w:gutter="0"/><w:cols w:space="425"/>'
        '<w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr>')
DOC = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
       '<w:document %s><w:body>%s<w:p %s/>%s</w:body></w:document>'
       % (W_NS, "".join(body), RSID, SECT))

# ---------------------------------------------------------------- other parts
W = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
HDR = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

STYLES = HDR + (
    '<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" %s '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">'
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" '
    'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/>'
    '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/>'
    '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>'
    '<w:link w:val="10"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:widowControl/>'
    '<w:spacing w:before="100" w:beforeAutospacing="1" w:after="100" w:afterAutospacing="1"/><w:jc w:val="left"/>'
    '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="宋体" w:eastAsia="宋体" w:hAnsi="宋体" w:cs="宋体"/>'
    '<w:b/><w:bCs/><w:kern w:val="36"/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>'
    '<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/>'
    '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>'
    '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
    '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
    '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    '<w:style w:type="numbering" w:default="1" w:styleId="a2"><w:name w:val="No List"/><w:uiPriority w:val="99"/>'
    '<w:semiHidden/><w:unhideWhenUsed/></w:style>'
    '<w:style w:type="character" w:customStyle="1" w:styleId="10"><w:name w:val="标题 1 字符"/>'
    '<w:basedOn w:val="a0"/><w:link w:val="1"/><w:uiPriority w:val="9"/><w:rPr>'
    '<w:rFonts w:ascii="宋体" w:eastAsia="宋体" w:hAnsi="宋体" w:cs="宋体"/><w:b/><w:bCs/><w:kern w:val="36"/>'
    '<w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Normal (Web)"/><w:basedOn w:val="a"/>'
    '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:widowControl/><w:spacing w:before="100" '
    'w:beforeAutospacing="1" w:after="100" w:afterAutospacing="1"/><w:jc w:val="left"/></w:pPr><w:rPr>'
    '<w:rFonts w:ascii="宋体" w:eastAsia="宋体" w:hAnsi="宋体" w:cs="宋体"/><w:kern w:val="0"/>'
    '<w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="a4"><w:name w:val="Hyperlink"/><w:basedOn w:val="a0"/>'
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:color w:val="0000FF"/>'
    '<w:u w:val="single"/></w:rPr></w:style>'
    '</w:styles>' % W)

SETTINGS = HDR + (
    '<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" %s '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" mc:Ignorable="w14">'
    '<w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/>'
    '<w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="156"/>'
    '<w:displayHorizontalDrawingGridEvery w:val="0"/><w:displayVerticalDrawingGridEvery w:val="2"/>'
    '<w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:spaceForUL/>'
    '<w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/>'
    '<w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>'
    '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
    '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
    '<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
    '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
    '<w:compatSetting w:name="differentiateMultirowTableHeaders" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/></w:compat>'
    '<w:rsids><w:rsidRoot w:val="00B73A15"/><w:rsid w:val="00B73A15"/></w:rsids>'
    '<m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/><m:brkBinSub m:val="--"/>'
    '<m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/>'
    '<m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/><m:intLim m:val="subSup"/>'
    '<m:naryLim m:val="undOvr"/></m:mathPr><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
    '<w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" '
    'w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" '
    'w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>'
    '<w:shapeDefaults><o:shapedefaults v:ext="edit" spidmax="1026"/><o:shapelayout v:ext="edit">'
    '<o:idmap v:ext="edit" data="1"/></o:shapelayout></w:shapeDefaults>'
    '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>' % W)


def divxml(did, children="", mt=0, mb=0, ml=0, mr=0, body_div=False, bdr_bottom=None):
    x = '<w:div w:id="%s">' % did
    if body_div:
        x += '<w:bodyDiv w:val="1"/>'
    x += ('<w:marLeft w:val="%d"/><w:marRight w:val="%d"/><w:marTop w:val="%d"/><w:marBottom w:val="%d"/>'
          % (ml, mr, mt, mb))
    x += "<w:divBdr>"
    for s in ("top", "left"):
        x += '<w:%s w:val="none" w:sz="0" w:space="0" w:color="auto"/>' % s
    if bdr_bottom:
        x += bdr_bottom
    else:
        x += '<w:bottom w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
    x += '<w:right w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
    x += "</w:divBdr>"
    if children:
        x += "<w:divsChild>%s</w:divsChild>" % children
    x += "</w:div>"
    return x


art = (divxml(DIV_TITLE, mt=300, mb=150)
       + divxml(DIV_INFO, mb=300,
                bdr_bottom='<w:bottom w:val="dashed" w:sz="6" w:space="8" w:color="CCCCCC"/>')
       + divxml(DIV_ZOOM, mt=300, mb=300)
       + divxml(DIV_FJ, mt=150)
       + divxml(DIV_TOOL, mt=150))
WEBSET = HDR + (
    '<w:webSettings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" %s '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">'
    '<w:divs>%s</w:divs><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>'
    % (W, divxml(DIV_BODY, body_div=True,
                 children=divxml(DIV_POS, mb=150) + divxml(DIV_XXGK, mb=300)
                 + divxml(DIV_ART, ml=600, mr=600, children=art))))


def font(name, panose, charset, family, pitch, sig):
    return ('<w:font w:name="%s"><w:panose1 w:val="%s"/><w:charset w:val="%s"/><w:family w:val="%s"/>'
            '<w:pitch w:val="%s"/><w:sig %s/></w:font>' % (name, panose, charset, family, pitch, sig))


SIG_CN = 'w:usb0="00000003" w:usb1="288F0000" w:usb2="00000016" w:usb3="00000000" w:csb0="00040001" w:csb1="00000000"'
FONTS = HDR + (
    '<w:fonts xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" %s '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">' % W
    + font("等线", "02010600030101010101", "86", "auto", "variable",
           'w:usb0="A00002BF" w:usb1="38CF7CFA" w:usb2="00000016" w:usb3="00000000" w:csb0="0004000F" w:csb1="00000000"')
    + font("Times New Roman", "02020603050405020304", "00", "roman", "variable",
           'w:usb0="E0002EFF" w:usb1="C000785B" w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"')
    + font("宋体", "02010600030101010101", "86", "auto", "variable", SIG_CN)
    + font("微软雅黑", "020B0503020204020204", "86", "swiss", "variable",
           'w:usb0="80000287" w:usb1="2ACF3C50" w:usb2="00000016" w:usb3="00000000" w:csb0="0004001F" w:csb1="00000000"')
    + font("仿宋_GB2312", "02010609030101010101", "86", "modern", "fixed",
           'w:usb0="00000001" w:usb1="080E0000" w:usb2="00000010" w:usb3="00000000" w:csb0="00040000" w:csb1="00000000"')
    + font("黑体", "02010609060101010101", "86", "modern", "fixed",
           'w:usb0="800002BF" w:usb1="38CF7CFA" w:usb2="00000016" w:usb3="00000000" w:csb0="00040001" w:csb1="00000000"')
    + font("方正小标宋简体", "02000000000000000000", "86", "script", "variable",
           'w:usb0="00000001" w:usb1="080E0000" w:usb2="00000010" w:usb3="00000000" w:csb0="00040000" w:csb1="00000000"')
    + font("等线 Light", "02010600030101010101", "86", "auto", "variable",
           'w:usb0="A00002BF" w:usb1="38CF7CFA" w:usb2="00000016" w:usb3="00000000" w:csb0="0004000F" w:csb1="00000000"')
    + "</w:fonts>")

DOC_RELS = HDR + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/webSettings" Target="webSettings.xml"/>'
    '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>'
    + "".join('<Relationship Id="%s" Type="%s" Target="%s" TargetMode="External"/>' % (rid, HL, esc(tg))
              for rid, tg in rels)
    + "</Relationships>")

CT = HDR + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/webSettings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml"/>'
    '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
    '<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    '</Types>')

RELS = HDR + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '</Relationships>')

CORE = HDR + (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dc:title></dc:title><dc:subject></dc:subject><dc:creator>Administrator</dc:creator><cp:keywords></cp:keywords>'
    '<dc:description></dc:description><cp:lastModifiedBy>Administrator</cp:lastModifiedBy><cp:revision>1</cp:revision>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2025-02-27T01:41:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-02-27T01:43:00Z</dcterms:modified></cp:coreProperties>')

APP = HDR + (
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<Template>Normal.dotm</Template><TotalTime>2</TotalTime><Pages>5</Pages><Words>812</Words>'
    '<Characters>4633</Characters><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
    '<Lines>38</Lines><Paragraphs>10</Paragraphs><ScaleCrop>false</ScaleCrop><Company></Company>'
    '<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>5435</CharactersWithSpaces>'
    '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>'
    '</Properties>')


def theme():
    import docx  # only for the Office theme part of its Word-made template
    tpl = os.path.join(os.path.dirname(docx.__file__), "templates", "default.docx")
    with zipfile.ZipFile(tpl) as z:
        return z.read("word/theme/theme1.xml")


def main():
    out = os.path.join(HERE, NAME)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", DOC)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/settings.xml", SETTINGS)
        z.writestr("word/webSettings.xml", WEBSET)
        z.writestr("word/fontTable.xml", FONTS)
        z.writestr("word/theme/theme1.xml", theme())
        z.writestr("docProps/core.xml", CORE)
        z.writestr("docProps/app.xml", APP)
    print("wrote", out)


if __name__ == "__main__":
    main()
