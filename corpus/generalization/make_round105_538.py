#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Write 538_songhe_xian_gzbg_fenjie_zidingyi_xml.docx.

A 2009 county notice saved by Word 2007 (before the early-2010 update that made
Word strip custom XML markup): the 县政府督查室's template attaches the OA's
督查督办 schema, so the 公文 parts and the whole 分解表 carry w:customXml elements
at block level (around paragraphs and the table), at row level (around w:tr:
each 领域 and each 任务), at cell level (around w:tc, or inside it around its
paragraph) and at run level (each unit, leader, 序号 and 时限).  The empty
进展情况 cells show only their placeholder text (w:customXmlPr/w:placeholder),
which is no run.  Written as OOXML by hand: python-docx cannot express it.
"""
import os
import zipfile
from xml.sax.saxutils import escape

NAME = "538_songhe_xian_gzbg_fenjie_zidingyi_xml.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

URI = "urn:shxzf-oa:duban:renwufenjie:2008"
W_NS = ('xmlns:ve="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"')

_rsid = [0x00A31C52]


def rsid():
    _rsid[0] += 0x1F3
    return "%08X" % _rsid[0]


def cx(element, inner, attrs=None, placeholder=None):
    """A w:customXml element (any level) around `inner`."""
    pr = ""
    if attrs or placeholder:
        pr = "<w:customXmlPr>"
        if placeholder:
            pr += '<w:placeholder w:val="%s"/>' % escape(placeholder)
        for k, v in (attrs or []):
            pr += '<w:attr w:name="%s" w:val="%s"/>' % (k, escape(v))
        pr += "</w:customXmlPr>"
    return '<w:customXml w:uri="%s" w:element="%s">%s%s</w:customXml>' % (URI, element, pr, inner)


def rpr(font=None, size=None, bold=False, color=None):
    s = ""
    if font:
        s += '<w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s"/>' % (font, font, font)
    if bold:
        s += "<w:b/>"
    if color:
        s += '<w:color w:val="%s"/>' % color
    if size:
        s += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size)
    return "<w:rPr>%s</w:rPr>" % s if s else ""


def run(text, **kw):
    t = escape(text)
    sp = ' xml:space="preserve"' if (text[:1] == " " or text[-1:] == " ") else ""
    return '<w:r>%s<w:t%s>%s</w:t></w:r>' % (rpr(**kw), sp, t)


def brrun(**kw):
    return "<w:r>%s<w:br/></w:r>" % rpr(**kw)


def para(content, jc=None, ind=None, spacing=None, style=None, border_bottom=None,
         sect=None, keep=False, rfont=None, nosnap=False):
    ppr = ""
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    if keep:
        ppr += "<w:keepNext/>"
    if border_bottom:
        ppr += ('<w:pBdr><w:bottom w:val="single" w:sz="%d" w:space="1" w:color="FF0000"/></w:pBdr>'
                % border_bottom)
    if nosnap:
        ppr += '<w:snapToGrid w:val="0"/>'
    if spacing:
        ppr += spacing
    if ind:
        ppr += ind
    if jc:
        ppr += '<w:jc w:val="%s"/>' % jc
    if rfont:
        ppr += rpr(**rfont)
    if sect:
        ppr += sect
    r = rsid()
    return '<w:p w:rsidR="%s" w:rsidRDefault="%s"><w:pPr>%s</w:pPr>%s</w:p>' % (r, r, ppr, content)


FS = "仿宋_GB2312"
KT = "楷体_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"

BODY_IND = '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
LINE28 = '<w:spacing w:line="560" w:lineRule="exact"/>'


def body_p(text):
    return para(run(text, font=FS, size=32), ind=BODY_IND, spacing=LINE28, jc="both")


# ---------------------------------------------------------------- the table
# (序号, 工作任务, [责任领导], [牵头单位], [配合单位], 完成时限)
SECTIONS = [
    ("一、全力保增长，推动经济平稳较快发展", [
        ("1", "抓住国家扩大内需机遇，全年争取中央和省新增投资项目30个以上，到位资金5亿元以上。",
         ["孙海涛"], ["县发展和改革局"], ["县财政局", "县国土资源局", "县建设局"], "2009年12月底"),
        ("2", "推进凇河工业园区扩区提质，新建标准化厂房5万平方米，园区道路、供排水管网等配套设施年内建成投用。",
         ["吕德顺"], ["县工业园区管委会"], ["县经济贸易局", "县建设局", "县国土资源局", "县供电公司"], "2009年12月底"),
        ("3", "实施骨干企业培育计划，对年纳税100万元以上的重点企业实行县级领导联系帮扶，确保规模以上工业增加值增长15%。",
         ["吕德顺"], ["县经济贸易局"], ["县统计局", "县国家税务局", "县地方税务局"], "全年"),
        ("4", "强化招商引资，全年引进投资千万元以上项目20个，实际利用县外资金12亿元。",
         ["周振华", "吕德顺"], ["县招商局"], ["县工业园区管委会", "各乡镇人民政府"], "2009年12月底"),
        ("5", "全面落实家电下乡、汽车摩托车下乡政策，新建和改造农家店60个，社会消费品零售总额增长18%。",
         ["何春梅"], ["县商务局"], ["县财政局", "县工商局", "县供销合作社"], "2009年12月底"),
        ("6", "加强财源建设和税收征管，确保地方财政一般预算收入增长12%。",
         ["孙海涛"], ["县财政局", "县地方税务局"], ["县国家税务局"], "2009年12月底"),
    ]),
    ("二、扎实推进社会主义新农村建设", [
        ("7", "稳定粮食生产，落实粮食直补、良种补贴和农资综合补贴政策，全年粮食播种面积稳定在42万亩以上。",
         ["严一鸣"], ["县农业局"], ["县财政局", "各乡镇人民政府"], "2009年10月底"),
        ("8", "加快发展畜牧业，新建标准化规模养殖小区15个，健全动物防疫体系。",
         ["严一鸣"], ["县畜牧兽医局"], [], "2009年12月底"),
        ("9", "实施农村饮水安全工程，解决3.2万农村人口饮水不安全问题。",
         ["严一鸣"], ["县水务局"], ["县卫生局", "县发展和改革局"], "2009年11月底"),
        ("10", "新建通村水泥路120公里，80%以上的行政村通水泥路。",
         ["葛国强"], ["县交通局"], ["各乡镇人民政府"], "2009年11月底"),
        ("11", "抓好15个新农村建设示范村建设，完成村庄规划编制和村容村貌整治。",
         ["严一鸣"], ["县新农村建设办公室"], ["县建设局", "县农业局", "县财政局"], "2009年12月底"),
        ("12", "深化集体林权制度改革，年内完成明晰产权、勘界发证任务。",
         ["严一鸣"], ["县林业局"], ["县国土资源局", "各乡镇人民政府"], "2009年9月底"),
    ]),
    ("三、加快城镇建设和基础设施建设", [
        ("13", "完成县城总体规划修编，启动城南新区控制性详细规划编制。",
         ["葛国强"], ["县规划局"], ["县建设局", "县国土资源局"], "2009年10月底"),
        ("14", "建成滨河路、文昌路改造工程，新增城区道路4.5公里。",
         ["葛国强"], ["县建设局"], ["县规划局", "县城市管理行政执法局"], "2009年11月底"),
        ("15", "开工建设县城污水处理厂及配套管网，年底前主体工程完工。",
         ["葛国强", "孙海涛"], ["县建设局", "县环境保护局"], ["县发展和改革局"], "2009年12月底"),
        ("16", "加强土地储备和供应管理，全年收储土地800亩，保障重点项目用地。",
         ["孙海涛"], ["县国土资源局"], ["县财政局", "县规划局"], "2009年12月底"),
        ("17", "实施城区集中供热二期工程，新增供热面积20万平方米。",
         ["葛国强"], ["县建设局"], ["县热力公司"], "2009年10月底"),
        ("18", "开展城乡环境综合整治，巩固省级卫生县城创建成果。",
         ["葛国强"], ["县城市管理行政执法局"], ["县爱国卫生运动委员会办公室", "县环境保护局", "各乡镇人民政府"], "全年"),
    ]),
    ("四、大力发展社会事业", [
        ("19", "全面落实农村义务教育经费保障机制，完成中小学校舍维修改造2.3万平方米。",
         ["何春梅"], ["县教育局"], ["县财政局"], "2009年8月底"),
        ("20", "巩固新型农村合作医疗制度，参合率稳定在90%以上，人均筹资标准提高到100元。",
         ["何春梅"], ["县卫生局"], ["县财政局", "各乡镇人民政府"], "全年"),
        ("21", "完成县人民医院门诊综合楼和8所乡镇卫生院改扩建工程。",
         ["何春梅"], ["县卫生局"], ["县发展和改革局"], "2009年12月底"),
        ("22", "稳定低生育水平，人口自然增长率控制在6‰以内。",
         ["何春梅"], ["县人口和计划生育局"], ["各乡镇人民政府"], "全年"),
        ("23", "推进广播电视村村通和农村电影放映工程，建设农家书屋50个。",
         ["何春梅"], ["县文化广电新闻出版局"], [], "2009年11月底"),
        ("24", "做好第二次全国经济普查资料开发和数据发布工作。",
         ["孙海涛"], ["县统计局"], [], "2009年6月底"),
    ]),
    ("五、切实保障和改善民生", [
        ("25", "实施积极的就业政策，新增城镇就业2200人，转移农村劳动力3.5万人次。",
         ["何春梅"], ["县劳动和社会保障局"], ["县财政局", "县农业局"], "2009年12月底"),
        ("26", "扩大养老保险覆盖面，做好城镇居民基本医疗保险试点工作。",
         ["何春梅"], ["县劳动和社会保障局"], ["县财政局"], "2009年12月底"),
        ("27", "做好城乡低保、农村五保供养和医疗救助工作，确保应保尽保。",
         ["何春梅"], ["县民政局"], ["县财政局", "各乡镇人民政府"], "全年"),
        ("28", "建设廉租住房300套，完成城区棚户区改造一期工程。",
         ["葛国强"], ["县房地产管理局"], ["县建设局", "县国土资源局", "县财政局"], "2009年12月底"),
        ("29", "深入开展“安全生产年”活动，加强重点行业领域安全监管，坚决遏制重特大事故发生。",
         ["孙海涛"], ["县安全生产监督管理局"], ["县公安局", "县交通局", "县质量技术监督局", "各乡镇人民政府"], "全年"),
    ]),
    ("六、加强政府自身建设", [
        ("30", "深化行政审批制度改革，县直部门审批事项全部进驻县行政服务中心，办理时限压缩30%以上。",
         ["孙海涛"], ["县行政服务中心"], ["县监察局", "县人民政府法制办公室"], "2009年6月底"),
        ("31", "认真办理人大代表建议和政协委员提案，办复率达到100%。",
         ["孙海涛"], ["县人民政府办公室"], ["各承办单位"], "2009年9月底"),
        ("32", "开展扩大内需项目资金专项审计，严格执行财经纪律。",
         ["周振华"], ["县审计局"], ["县财政局", "县监察局"], "2009年12月底"),
    ]),
]

# column widths (twips), landscape A4 text width ~ 13946
WIDTHS = [700, 4900, 1300, 2100, 2700, 1300, 1500]
HEAD = ["序号", "工作任务", "责任领导", "牵头单位", "配合单位", "完成时限", "进展情况"]
CELL_P = '<w:spacing w:line="320" w:lineRule="exact"/>'
TBL_SZ = 21  # 五号 = 10.5pt


def tc(width, content, span=None, shade=None, valign="center"):
    pr = '<w:tcW w:w="%d" w:type="dxa"/>' % width
    if span:
        pr += '<w:gridSpan w:val="%d"/>' % span
    if shade:
        pr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shade
    pr += '<w:vAlign w:val="%s"/>' % valign
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (pr, content)


def cell_p(content, jc="center"):
    return para(content, jc=jc, spacing=CELL_P)


def tagged_list(names, element, sep="、"):
    out = []
    for i, n in enumerate(names):
        if i:
            out.append(run(sep, font=FS, size=TBL_SZ))
        out.append(cx(element, run(n, font=FS, size=TBL_SZ)))
    return "".join(out)


def task_row(k, t):
    no, text, leaders, leads, helps, due = t
    cells = []
    # 序号: run-level element inside the cell
    cells.append(tc(WIDTHS[0], cell_p(cx("xuhao", run(no, font=FS, size=TBL_SZ)))))
    # 工作任务: cell-level element around the w:tc
    cells.append(cx("renwuneirong", tc(WIDTHS[1], cell_p(run(text, font=FS, size=TBL_SZ), jc="both"))))
    # 责任领导: block-level element inside the cell, run-level per name
    cells.append(tc(WIDTHS[2], cx("zerenlingdao", cell_p(tagged_list(leaders, "lingdao")))))
    # 牵头单位: cell-level element, run-level per unit
    cells.append(cx("qiantoudanwei", tc(WIDTHS[3], cell_p(tagged_list(leads, "danwei")))))
    # 配合单位: cell-level element; empty for none
    cells.append(cx("peihedanwei", tc(WIDTHS[4], cell_p(tagged_list(helps, "danwei")))))
    # 完成时限: run-level
    cells.append(tc(WIDTHS[5], cell_p(cx("wanchengshixian", run(due, font=FS, size=TBL_SZ)))))
    # 进展情况: an empty element showing its placeholder only
    cells.append(tc(WIDTHS[6], cell_p(cx("jinzhanqingkuang", "", placeholder="［由牵头单位填报］"))))
    r = rsid()
    row = ('<w:tr w:rsidR="%s" w:rsidTr="%s"><w:trPr><w:cantSplit/><w:jc w:val="center"/></w:trPr>%s</w:tr>'
           % (r, r, "".join(cells)))
    return cx("renwu", row, attrs=[("rwbh", "SH2009-%03d" % int(no)), ("zhuangtai", "daiban")])


def section_rows(si, title, tasks):
    r = rsid()
    head = ('<w:tr w:rsidR="%s" w:rsidTr="%s"><w:trPr><w:cantSplit/><w:jc w:val="center"/></w:trPr>%s</w:tr>'
            % (r, r, tc(sum(WIDTHS), para(cx("lingyumingcheng", run(title, font=HT, size=TBL_SZ)),
                                            jc="left", spacing=CELL_P), span=7)))
    rows = head + "".join(task_row(si, t) for t in tasks)
    return cx("lingyu", rows, attrs=[("lybh", str(si))])


def table():
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in WIDTHS)
    tblpr = ('<w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/>'
             '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>'
             '<w:tblLayout w:type="fixed"/>'
             '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
             '<w:tblLook w:val="04A0"/></w:tblPr>' % sum(WIDTHS))
    r = rsid()
    hdr = ('<w:tr w:rsidR="%s" w:rsidTr="%s"><w:trPr><w:cantSplit/><w:tblHeader/><w:jc w:val="center"/></w:trPr>%s</w:tr>'
           % (r, r, "".join(tc(w, cell_p(run(h, font=HT, size=TBL_SZ))) for w, h in zip(WIDTHS, HEAD))))
    body = "".join(section_rows(i + 1, t, ts) for i, (t, ts) in enumerate(SECTIONS))
    return "<w:tbl>%s<w:tblGrid>%s</w:tblGrid>%s%s</w:tbl>" % (tblpr, grid, hdr, body)


# ---------------------------------------------------------------- the document
PORTRAIT = ('<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1191" w:gutter="0"/>')
LANDSCAPE = ('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
             '<w:pgMar w:top="1474" w:right="1440" w:bottom="1361" w:left="1440" w:header="851" w:footer="992" w:gutter="0"/>')


def sectpr(size, pgnum_start=None):
    s = '<w:sectPr w:rsidR="%s">' % rsid()
    s += '<w:footerReference w:type="default" r:id="rId6"/>'
    s += size
    if pgnum_start:
        s += '<w:pgNumType w:fmt="decimal" w:start="%d"/>' % pgnum_start
    s += '<w:cols w:space="425"/><w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>'
    return s


def document():
    parts = []
    # 文件头
    head = []
    head.append(para("", spacing='<w:spacing w:before="1200"/>'))
    head.append(para(cx("fawenjiguanbiaozhi", run("凇河县人民政府办公室文件", font=XBS, size=72, color="FF0000")),
                     jc="center", spacing='<w:spacing w:line="1000" w:lineRule="exact"/>', nosnap=True))
    head.append(para("", spacing=LINE28))
    head.append(para(cx("fawenzihao", run("凇政办发〔2009〕8号", font=FS, size=32)), jc="center",
                     spacing=LINE28, border_bottom=18))
    parts.append(cx("wenjiantou", "".join(head)))
    # 标题
    title = para(cx("biaoti", run("凇河县人民政府办公室", font=XBS, size=44) + brrun(font=XBS, size=44)
                    + run("关于印发2009年县政府工作报告重点工作任务分解的通知", font=XBS, size=44)),
                 jc="center", spacing='<w:spacing w:before="600" w:after="600" w:line="640" w:lineRule="exact"/>', nosnap=True)
    parts.append(title)
    # 主送
    parts.append(para(cx("zhusongjiguan", run("各乡镇人民政府，县政府各部门，县直各单位：", font=FS, size=32)),
                      spacing=LINE28))
    # 正文
    zw = [
        "为确保县十五届人大三次会议审议通过的《政府工作报告》确定的各项目标任务落到实处，经县政府同意，现将2009年县政府工作报告重点工作任务分解印发给你们，并就有关事项通知如下：",
        "一、加强领导，落实责任。各项任务的责任领导要加强对分管工作的督促指导，及时协调解决工作推进中的重大问题。“牵头单位”为该项任务的第一责任单位，主要负责人为第一责任人，负责制定具体工作方案，组织协调配合单位共同推进；“配合单位”要按照职责分工，积极主动做好配合工作。",
        "二、按时报送，跟踪督办。本分解表电子文档由县政府督查督办系统生成，表中各栏均设有数据标记。请各牵头单位于每季度最后一个月的25日前，在电子文档“进展情况”栏内填报工作进展，经单位主要负责人审核后通过县政府督查督办系统报送县政府督查室，请勿增删表格行列或改动其他栏目内容。",
        "三、严格考核，强化问责。县政府督查室将对各项任务完成情况进行跟踪督查，每季度通报一次，督查结果纳入年度目标责任考核。对工作不力、进度滞后的，将按有关规定追究责任。",
    ]
    zhengwen = "".join(body_p(t) for t in zw)
    zhengwen += para("", spacing=LINE28)
    zhengwen += para(cx("fujianshuoming", run("附件：凇河县2009年县政府工作报告重点工作任务分解表", font=FS, size=32)),
                     ind='<w:ind w:left="1600" w:hangingChars="500" w:hanging="1600"/>', spacing=LINE28)
    parts.append(cx("zhengwen", zhengwen))
    # 落款
    lk = para("", spacing=LINE28) + para("", spacing=LINE28)
    lk += para(cx("fawenjiguanshuming", run("凇河县人民政府办公室", font=FS, size=32)), jc="right",
               ind='<w:ind w:right="1280"/>', spacing=LINE28)
    lk += para(cx("chengwenriqi", run("二○○九年二月二十日", font=FS, size=32)), jc="right",
               ind='<w:ind w:right="1600"/>', spacing=LINE28,
               sect=sectpr(PORTRAIT, pgnum_start=1))
    parts.append(cx("luokuan", lk))
    # 附件 (landscape section)
    fj = para(run("附件", font=HT, size=32), spacing=LINE28)
    fj += para(cx("fujianbiaoti", run("凇河县2009年县政府工作报告重点工作任务分解表", font=XBS, size=40)),
               jc="center", spacing='<w:spacing w:before="200" w:after="300" w:line="600" w:lineRule="exact"/>', nosnap=True)
    fj += table()
    fj += para("", spacing=LINE28, sect=sectpr(LANDSCAPE))
    parts.append(cx("fujian", fj, attrs=[("fjxh", "1")]))
    # 版记 (portrait, last section: its sectPr is the body's)
    bj = para("", spacing=LINE28) * 14
    bj += para(cx("zhutici", run("主题词：经济管理　政府工作报告　任务　分解　通知", font=HT, size=32)),
               spacing=LINE28, border_bottom=6)
    bj += para(cx("chaosongjiguan", run("抄送：县委办公室，县人大常委会办公室，县政协办公室。", font=FS, size=28)),
               ind='<w:ind w:left="1120" w:hangingChars="400" w:hanging="1120"/>', spacing=LINE28, border_bottom=6)
    bj += para(cx("yinfajiguan", run("凇河县人民政府办公室", font=FS, size=28))
               + run("　　　　　　　　　　", font=FS, size=28)
               + cx("yinfariqi", run("2009年2月20日印发", font=FS, size=28)),
               spacing=LINE28, border_bottom=6)
    parts.append(cx("banji", bj))
    body = cx("gongwen", "".join(parts), attrs=[("wzlx", "tongzhi"), ("mj", "gongkai")])
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<w:document %s><w:body>%s%s</w:body></w:document>' % (W_NS, body, sectpr(PORTRAIT)))


STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<w:styles xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" '
          'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/>'
          '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/>'
          '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
          '<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/>'
          '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
          '<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>'
          '<w:semiHidden/><w:unhideWhenUsed/><w:qFormat/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
          '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
          '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
          '<w:style w:type="numbering" w:default="1" w:styleId="a2"><w:name w:val="No List"/><w:uiPriority w:val="99"/>'
          '<w:semiHidden/><w:unhideWhenUsed/></w:style>'
          '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="footer"/><w:basedOn w:val="a"/><w:link w:val="Char"/>'
          '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/>'
          '<w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr>'
          '<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
          '<w:style w:type="character" w:customStyle="1" w:styleId="Char"><w:name w:val="页脚 Char"/>'
          '<w:basedOn w:val="a0"/><w:link w:val="a3"/><w:uiPriority w:val="99"/><w:rPr><w:sz w:val="18"/>'
          '<w:szCs w:val="18"/></w:rPr></w:style>'
          '</w:styles>')

SETTINGS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<w:settings xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
            'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main">'
            '<w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/>'
            '<w:attachedTemplate r:id="rId1"/>'
            '<w:defaultTabStop w:val="420"/><w:drawingGridHorizontalSpacing w:val="160"/>'
            '<w:drawingGridVerticalSpacing w:val="579"/><w:displayHorizontalDrawingGridEvery w:val="0"/>'
            '<w:characterSpacingControl w:val="compressPunctuation"/>'
            '<w:ignoreMixedContent/><w:alwaysShowPlaceholderText/>'
            '<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>'
            '<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/></w:compat>'
            '<w:rsids><w:rsidRoot w:val="00A31C52"/></w:rsids>'
            '<m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/><m:brkBinSub m:val="--"/>'
            '<m:smallFrac m:val="off"/><m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/>'
            '<m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/><m:intLim m:val="subSup"/>'
            '<m:naryLim m:val="undOvr"/></m:mathPr>'
            '<w:attachedSchema w:val="%s"/>'
            '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
            '<w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" '
            'w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" '
            'w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>'
            '<sl:schemaLibrary><sl:schema sl:uri="%s" sl:manifestLocation="" '
            'sl:schemaLocation="D:\\督查督办系统\\模板\\renwufenjie.xsd"/></sl:schemaLibrary>'
            '<w:shapeDefaults><o:shapedefaults v:ext="edit" spidmax="2050"/><o:shapelayout v:ext="edit">'
            '<o:idmap v:ext="edit" data="1"/></o:shapelayout></w:shapeDefaults>'
            '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>' % (URI, URI))

SETTINGS_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" '
                 'Target="file:///D:\\督查督办系统\\模板\\任务分解通知.dotx" TargetMode="External"/></Relationships>')

FONTS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
         '<w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
         'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         + "".join('<w:font w:name="%s"><w:charset w:val="86"/><w:family w:val="%s"/><w:pitch w:val="%s"/></w:font>'
                   % (n, f, p) for n, f, p in [
                       ("宋体", "auto", "variable"), (FS, "modern", "fixed"), (KT, "modern", "fixed"),
                       (HT, "modern", "fixed"), (XBS, "script", "fixed")])
         + '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>'
         '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>')

FOOTER = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<w:ftr %s><w:p><w:pPr><w:pStyle w:val="a3"/><w:jc w:val="center"/></w:pPr>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">— </w:t></w:r>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:noProof/><w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve"> —</w:t></w:r>'
          '</w:p></w:ftr>' % W_NS)

WEBSETTINGS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
               '<w:webSettings xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
               'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:optimizeForBrowser/></w:webSettings>')

DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/webSettings" Target="webSettings.xml"/>'
            '<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
            '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>'
            '</Relationships>')

CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
      '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
      '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
      '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
      '<Override PartName="/word/webSettings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml"/>'
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      '</Types>')

RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')

CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>凇河县人民政府办公室文件</dc:title><dc:creator>县政府督查室</dc:creator>'
        '<cp:lastModifiedBy>xzfb-wsk</cp:lastModifiedBy><cp:revision>7</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2009-02-18T07:21:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2009-02-20T01:46:00Z</dcterms:modified>'
        '</cp:coreProperties>')

APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
       '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
       'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
       '<Template>任务分解通知.dotx</Template><TotalTime>94</TotalTime><Pages>6</Pages>'
       '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
       '<Company>凇河县人民政府办公室</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
       '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>12.0000</AppVersion></Properties>')


def main():
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/document.xml", document())
        z.writestr("word/footer1.xml", FOOTER)
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/settings.xml", SETTINGS)
        z.writestr("word/_rels/settings.xml.rels", SETTINGS_RELS)
        z.writestr("word/webSettings.xml", WEBSETTINGS)
        z.writestr("word/fontTable.xml", FONTS)
        z.writestr("docProps/core.xml", CORE)
        z.writestr("docProps/app.xml", APP)
    print(OUT)


if __name__ == "__main__":
    main()
