#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 96, notice 493.

A 县政府办 red-header Word notice printing its 政府工作报告 任务分解方案, saved by Word as
"Strict Open XML 文档 (*.docx)" (ISO/IEC 29500 Strict): the same package layout as an
ordinary .docx, but every WordprocessingML / relationships / DrawingML namespace and every
relationship type under http://purl.oclc.org/ooxml/..., the root carrying
w:conformance="strict", paragraph alignment and indents in the Strict vocabulary
(w:jc start/end, w:ind w:start/w:end).  The tasks are numbered only by Word's list
numbering (%1. restarting per part through w:startOverride), the part headings use the
Chinese build's built-in 标题 1 (styleId "1"), and each task closes with a 楷体 run.
The OPC parts (content types, core-properties relationship, docProps/core.xml) are not
changed by Strict and stay as in any .docx.
"""
import os
import zipfile
from xml.sax.saxutils import escape

NAME = "493_zhenling_xian_gzbg_renwu_fenjie_strict.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

W = "http://purl.oclc.org/ooxml/wordprocessingml/main"
R = "http://purl.oclc.org/ooxml/officeDocument/relationships"
RT = "http://purl.oclc.org/ooxml/officeDocument/relationships/"
M = "http://purl.oclc.org/ooxml/officeDocument/math"
WP = "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing"
A = "http://purl.oclc.org/ooxml/drawingml/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"

NS_DECL = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="%s" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="%s" '
    'xmlns:m="%s" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="%s" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="%s" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14 w15 w16se wp14"' % (MC, R, M, WP, W)
)
PART_NS = ('xmlns:mc="%s" xmlns:r="%s" xmlns:w="%s" '
           'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
           'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
           'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
           'mc:Ignorable="w14 w15 w16se"' % (MC, R, W))
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

_pid = [0x1A2B0000]


def pid():
    _pid[0] += 0x1F3
    return "%08X" % _pid[0]


def rpr(font=None, sz=None, color=None, b=False):
    x = ""
    if font:
        x += '<w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:hint="eastAsia"/>' % (
            "Times New Roman" if font == FS else font, font,
            "Times New Roman" if font == FS else font)
    else:
        x += '<w:rFonts w:hint="eastAsia"/>'
    if b:
        x += "<w:b/>"
    if color:
        x += '<w:color w:val="%s"/>' % color
    if sz:
        x += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (sz, sz)
    return "<w:rPr>%s</w:rPr>" % x


def run(text, **kw):
    sp = ' xml:space="preserve"' if (text[:1] == " " or text[-1:] == " ") else ""
    return "<w:r>%s<w:t%s>%s</w:t></w:r>" % (rpr(**kw), sp, escape(text))


def para(runs, style=None, jc=None, first=None, start=None, spacing=None, numpr=None,
         bdr=None, keep=False, pagebreak=False, rsid="00C41A2E"):
    p = ""
    if style:
        p += '<w:pStyle w:val="%s"/>' % style
    if keep:
        p += "<w:keepNext/>"
    if pagebreak:
        p += "<w:pageBreakBefore/>"
    if numpr:
        p += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % numpr
    if bdr:
        p += bdr
    if spacing:
        p += spacing
    if first is not None or start is not None:
        p += "<w:ind"
        if start is not None:
            p += ' w:start="%d"' % start
        if first is not None:
            p += ' w:firstLineChars="%d" w:firstLine="%d"' % (first, first * 16 // 5)
        p += "/>"
    if jc:
        p += '<w:jc w:val="%s"/>' % jc
    ppr = "<w:pPr>%s</w:pPr>" % p if p else ""
    return ('<w:p w14:paraId="%s" w14:textId="77777777" w:rsidR="%s" w:rsidRDefault="%s">'
            "%s%s</w:p>" % (pid(), rsid, rsid, ppr, "".join(runs)))


def body_para(text, **kw):
    return para([run(text)], first=200, **kw)


def empty():
    return para([])


# ---------------------------------------------------------------------------
# The notice
# ---------------------------------------------------------------------------
TITLE1 = "溱岭县人民政府办公室关于印发2025年《政府工作报告》"
TITLE2 = "重点工作任务分解方案的通知"

COVER = [
    "为全面完成县十七届人大五次会议审议通过的《政府工作报告》确定的各项目标任务，"
    "经县人民政府同意，现将《2025年〈政府工作报告〉重点工作任务分解方案》印发给你们，"
    "请认真抓好贯彻落实。现就有关事项通知如下：",
]
REQS = [
    ("一、压实工作责任。", "各责任县领导要加强对分管领域重点工作的调度和指导，及时协调解决推进中的困难和问题。"
     "各项任务的责任单位中，排在第一位的为牵头单位，其他为配合单位。牵头单位要制定具体工作方案，"
     "明确时间节点和工作措施，于3月10日前报县政府督查室；配合单位要主动对接，按职责做好相关工作。"),
    ("二、强化督查考核。", "县政府督查室要建立重点工作任务台账，实行季度调度、半年通报、年终考核。"
     "各牵头单位于每季度最后一个月25日前将任务推进情况书面报送县政府督查室，"
     "电子版通过县政务内网报送。督查结果纳入年度目标绩效考核。"),
    ("三、加强信息公开。", "各乡镇、各部门要按照政务公开有关要求，及时公开重点工作推进情况，"
     "主动回应社会关切，自觉接受人大代表、政协委员和人民群众的监督。"),
]

# (part heading, [(task text, leaders, units)])
PARTS = [
    ("一、全力以赴稳增长，推动经济质量效益同步提升", [
        ("扎实推进项目建设。全年实施重点项目120个以上，完成投资150亿元，开工建设溱岭经济开发区标准化厂房二期、"
         "县城污水处理厂提标改造等项目，确保重点项目开工率一季度达到60%以上。",
         ["邵明远"], ["县发展和改革局", "县财政局", "县自然资源和规划局", "县住房和城乡建设局"]),
        ("千方百计扩大有效投资。积极争取超长期特别国债、地方政府专项债券和中央预算内投资，"
         "全年争取上级资金18亿元以上，谋划储备项目不少于200个。",
         ["邵明远"], ["县财政局", "县发展和改革局"]),
        ("全力提振消费。开展“溱品惠民”促消费系列活动20场以上，落实汽车、家电以旧换新政策，"
         "培育夜间消费集聚区2个，社会消费品零售总额增长6%。",
         ["葛振东"], ["县商务局", "县市场监督管理局", "县文化广电和旅游局"]),
        ("稳住外贸外资基本盘。支持企业参加境内外重点展会，新增有进出口实绩企业10家，"
         "实际使用外资1500万美元。",
         ["葛振东"], ["县商务局"]),
        ("加强经济运行监测调度。建立重点企业、重点项目月度调度机制，强化主要经济指标分析研判，"
         "及时协调解决企业生产经营中的困难和问题。",
         [], ["县统计局", "县发展和改革局", "县工业和信息化局"]),
    ]),
    ("二、坚持产业强县，加快构建现代化产业体系", [
        ("壮大主导产业。围绕新能源电池材料、绿色食品加工两大主导产业开展精准招商，"
         "新引进亿元以上项目25个，新增规模以上工业企业15家。",
         ["葛振东"], ["县工业和信息化局", "溱岭经济开发区管委会", "县投资促进服务中心"]),
        ("推进园区提质增效。完成开发区扩区调区，盘活闲置低效用地800亩，"
         "园区亩均税收提高10%。",
         ["葛振东"], ["溱岭经济开发区管委会", "县自然资源和规划局", "市生态环境局溱岭分局"]),
        ("加快数字经济发展。新建5G基站200个，推动50家企业“上云用数赋智”，"
         "培育省级数字化车间3个。",
         [], ["县工业和信息化局", "县数据局"]),
        ("促进文旅融合发展。推进青螺山景区创建国家4A级旅游景区，办好第三届溱岭油菜花节，"
         "全年接待游客突破600万人次。",
         ["程雅琴"], ["县文化广电和旅游局"]),
        ("提升现代物流服务水平。完善县乡村三级物流配送体系，建成县级物流分拨中心1个、"
         "乡镇快递物流综合服务站12个。",
         ["葛振东"], ["县交通运输局", "县商务局", "中国邮政集团有限公司溱岭县分公司"]),
    ]),
    ("三、全面推进乡村振兴，加快建设农业强县", [
        ("稳定粮食生产。粮食播种面积稳定在52万亩以上，产量稳定在22万吨以上，"
         "新建高标准农田3.5万亩。",
         ["钟立新"], ["县农业农村局", "县自然资源和规划局", "县财政局", "各乡镇人民政府"]),
        ("巩固拓展脱贫攻坚成果。健全防止返贫动态监测和帮扶机制，脱贫人口务工规模稳定在2.1万人以上，"
         "坚决守住不发生规模性返贫的底线。",
         ["钟立新"], ["县农业农村局", "县人力资源和社会保障局", "各乡镇人民政府"]),
        ("建设宜居宜业和美乡村。实施农村人居环境整治提升行动，完成农村户厕改造3000户，"
         "农村生活污水治理率达到45%。",
         ["钟立新"], ["县农业农村局", "县住房和城乡建设局", "县水利局", "市生态环境局溱岭分局"]),
        ("发展壮大村级集体经济。年经营性收入10万元以上的村占比达到70%，"
         "探索村企联建、强村公司等发展模式。",
         [], ["县委组织部", "县农业农村局", "县财政局"]),
        ("加强水利基础设施建设。推进白沙河综合治理和小型水库除险加固，"
         "新增恢复灌溉面积1.2万亩。",
         ["钟立新"], ["县水利局"]),
    ]),
    ("四、深化改革开放，持续激发发展活力", [
        ("持续优化营商环境。深化“高效办成一件事”改革，企业开办时间压缩至1个工作日以内，"
         "政务服务事项网上可办率达到98%。",
         ["邵明远"], ["县发展和改革局", "县行政审批服务局", "县市场监督管理局"]),
        ("深化国资国企改革。推动县属国有企业整合重组和市场化转型，"
         "县城市建设投资集团有限公司实现实体化经营。",
         ["邵明远"], ["县财政局（县国资办）", "县城市建设投资集团有限公司"]),
        ("促进民营经济发展壮大。落实支持民营经济发展各项政策措施，开展“千企万户大走访”活动，"
         "新增市场主体6000户。",
         ["葛振东"], ["县工业和信息化局", "县市场监督管理局", "县工商联"]),
        ("深化财税金融改革。加强财政资源统筹，严格落实过紧日子要求，"
         "新增普惠小微贷款8亿元。",
         ["邵明远"], ["县财政局", "国家税务总局溱岭县税务局", "县金融工作服务中心"]),
    ]),
    ("五、加强生态环境保护，推进城乡融合发展", [
        ("打好污染防治攻坚战。空气质量优良天数比率达到88%以上，"
         "县级以上集中式饮用水水源地水质达标率保持100%。",
         ["蒋帆"], ["市生态环境局溱岭分局", "县住房和城乡建设局", "县交通运输局", "县农业农村局", "县公安局"]),
        ("稳步推进城市更新。改造城镇老旧小区32个，新建改造城市燃气、供排水管网60公里，"
         "建成口袋公园8个。",
         ["蒋帆"], ["县住房和城乡建设局", "县自然资源和规划局", "县城市管理局"]),
        ("提升城市精细化管理水平。开展市容环境“十乱”专项整治，新增公共停车泊位1200个。",
         [], ["县城市管理局"]),
        ("完善综合交通网络。加快溱岭至汀阳高速公路溱岭段建设，改造提升农村公路120公里，"
         "实施危桥改造15座。",
         ["蒋帆", "邵明远"], ["县交通运输局", "县自然资源和规划局", "县发展和改革局"]),
    ]),
    ("六、着力保障和改善民生，不断提升群众幸福感", [
        ("稳定和扩大就业。城镇新增就业4500人，城镇调查失业率控制在5.5%以内，"
         "开展职业技能培训8000人次。",
         ["程雅琴"], ["县人力资源和社会保障局"]),
        ("推进教育优质均衡发展。新建、改扩建中小学校和幼儿园6所，新增学位3200个，"
         "县第三高级中学秋季建成招生。",
         ["程雅琴"], ["县教育体育局", "县财政局"]),
        ("提升医疗卫生服务能力。推进紧密型县域医共体建设，县人民医院创建三级医院，"
         "乡镇卫生院全部达到服务能力基本标准。",
         ["程雅琴"], ["县卫生健康局", "县医疗保障局"]),
        ("健全社会保障体系。城乡居民基本养老保险参保率保持在95%以上，"
         "新建社区养老服务站15个，落实困难群众兜底保障政策。",
         ["程雅琴"], ["县民政局", "县人力资源和社会保障局", "县医疗保障局", "县残疾人联合会"]),
        ("统筹发展和安全。深化安全生产治本攻坚三年行动，开展城镇燃气、自建房、"
         "道路交通等领域专项整治，坚决遏制较大及以上事故发生。",
         ["邵明远", "葛振东"], ["县应急管理局", "县安委会各成员单位"]),
        ("维护社会和谐稳定。深入推进信访工作法治化，常态化开展扫黑除恶斗争，"
         "建设更高水平的平安溱岭。",
         [], ["县公安局", "县信访局", "县司法局"]),
    ]),
]


def clause(leaders, units):
    s = "（"
    if leaders:
        s += "责任县领导：" + "、".join(leaders) + "；"
    s += "责任单位：" + "、".join(units) + "）"
    return s


def build_document():
    b = []
    red_line = ('<w:pBdr><w:bottom w:val="single" w:sz="18" w:space="6" w:color="FF0000"/></w:pBdr>')
    b.append(para([run("溱岭县人民政府办公室文件", font=XBS, sz=88, color="FF0000")],
                  jc="center", spacing='<w:spacing w:before="624" w:line="240" w:lineRule="auto"/>'))
    b.append(empty())
    b.append(para([run("溱政办发〔2025〕5号", font=FS, sz=32)], jc="center", bdr=red_line,
                  spacing='<w:spacing w:after="240"/>'))
    b.append(empty())
    b.append(para([run(TITLE1, font=XBS, sz=44)], jc="center"))
    b.append(para([run(TITLE2, font=XBS, sz=44)], jc="center"))
    b.append(empty())
    b.append(para([run("各乡镇人民政府，县政府各部门，县直各单位：")]))
    for t in COVER:
        b.append(body_para(t))
    for head, rest in REQS:
        b.append(para([run(head, font=HT), run(rest)], first=200))
    b.append(empty())
    b.append(para([run("附件："), run("2025年《政府工作报告》重点工作任务分解方案")], first=200))
    b.append(empty())
    b.append(empty())
    b.append(para([run("溱岭县人民政府办公室")], jc="end",
                  spacing=None, start=None))
    b.append(para([run("2025年2月18日")], jc="end"))
    b.append(body_para("（此件公开发布）"))

    # attachment
    b.append(para([run("附件", font=HT)], pagebreak=True))
    b.append(empty())
    b.append(para([run("2025年《政府工作报告》重点工作任务分解方案", font=XBS, sz=44)], jc="center"))
    b.append(empty())
    for i, (heading, tasks) in enumerate(PARTS):
        b.append(para([run(heading)], style="1", keep=True))
        numid = 2 + i
        for text, leaders, units in tasks:
            # Word cuts runs where a proofing / rsid boundary falls; the clause is its own 楷体 run
            cut = text.index("。") + 1
            runs = [run(text[:cut]), run(text[cut:]), run(clause(leaders, units), font=KT)]
            b.append(para(runs, style="a3", numpr=numid, rsid="00D512B7"))
    b.append(empty())
    # 版记
    b.append(banji())
    b.append(empty())
    sect = ('<w:sectPr w:rsidR="00C41A2E"><w:footerReference w:type="default" r:id="rId8"/>'
            '<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" '
            'w:footer="1304" w:gutter="0"/><w:cols w:space="425"/>'
            '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>')
    return (DECL + '<w:document %s w:conformance="strict"><w:body>%s%s</w:body></w:document>'
            % (NS_DECL, "".join(b), sect))


def banji():
    def cell(runs):
        return ('<w:tc><w:tcPr><w:tcW w:w="8844" w:type="dxa"/></w:tcPr>%s</w:tc>' % runs)
    row1 = cell(para([run("抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。", sz=28)],
                     start=316))
    row2 = cell(para([run("溱岭县人民政府办公室", sz=28), run("　　　　　　　　　　", sz=28),
                      run("2025年2月18日印发", sz=28)], start=316))
    tbl = ('<w:tbl><w:tblPr><w:tblW w:w="8844" w:type="dxa"/><w:jc w:val="center"/>'
           '<w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="auto"/>'
           '<w:bottom w:val="single" w:sz="8" w:space="0" w:color="auto"/>'
           '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>'
           '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" '
           'w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
           '<w:tblGrid><w:gridCol w:w="8844"/></w:tblGrid>'
           '<w:tr><w:trPr><w:trHeight w:val="567"/></w:trPr>%s</w:tr>'
           '<w:tr><w:trPr><w:trHeight w:val="567"/></w:trPr>%s</w:tr></w:tbl>' % (row1, row2))
    return tbl


STYLES = DECL + (
    '<w:styles %s>'
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" '
    'w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="32"/>'
    '<w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:line="579" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr>'
    '</w:pPrDefault></w:docDefaults>'
    '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" '
    'w:defQFormat="0" w:count="376"><w:lsdException w:name="Normal" w:uiPriority="0" w:qFormat="1"/>'
    '<w:lsdException w:name="heading 1" w:uiPriority="9" w:qFormat="1"/>'
    '<w:lsdException w:name="List Paragraph" w:uiPriority="34" w:qFormat="1"/></w:latentStyles>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/>'
    '<w:pPr><w:widowControl w:val="false"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>'
    '<w:next w:val="a"/><w:link w:val="10"/><w:uiPriority w:val="9"/><w:qFormat/>'
    '<w:pPr><w:keepNext/><w:keepLines/><w:ind w:firstLineChars="200" w:firstLine="640"/>'
    '<w:outlineLvl w:val="0"/></w:pPr>'
    '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/><w:kern w:val="44"/></w:rPr></w:style>'
    '<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/>'
    '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/>'
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:start w:w="108" w:type="dxa"/>'
    '<w:bottom w:w="0" w:type="dxa"/><w:end w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    '<w:style w:type="numbering" w:default="1" w:styleId="a2"><w:name w:val="No List"/>'
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
    '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="List Paragraph"/><w:basedOn w:val="a"/>'
    '<w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="420"/></w:pPr></w:style>'
    '<w:style w:type="character" w:customStyle="1" w:styleId="10"><w:name w:val="标题 1 字符"/>'
    '<w:basedOn w:val="a0"/><w:link w:val="1"/><w:uiPriority w:val="9"/>'
    '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/><w:kern w:val="44"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="a4"><w:name w:val="footer"/><w:basedOn w:val="a"/>'
    '<w:link w:val="a5"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr>'
    '<w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="end" w:pos="8306"/></w:tabs>'
    '<w:snapToGrid w:val="false"/><w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="start"/></w:pPr>'
    '<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
    '<w:style w:type="character" w:customStyle="1" w:styleId="a5"><w:name w:val="页脚 字符"/>'
    '<w:basedOn w:val="a0"/><w:link w:val="a4"/><w:uiPriority w:val="99"/>'
    '<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
    '</w:styles>' % PART_NS)


def numbering():
    lvls = ""
    for il in range(9):
        if il == 0:
            lvls += ('<w:lvl w:ilvl="0" w:tplc="0409000F"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                     '<w:suff w:val="nothing"/><w:lvlText w:val="%1."/><w:lvlJc w:val="start"/>'
                     '<w:pPr><w:ind w:start="0" w:firstLine="640"/></w:pPr></w:lvl>')
        else:
            lvls += ('<w:lvl w:ilvl="%d" w:tplc="04090019" w:tentative="1"><w:start w:val="1"/>'
                     '<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%%%d)"/><w:lvlJc w:val="start"/>'
                     '<w:pPr><w:ind w:start="%d" w:hanging="440"/></w:pPr></w:lvl>'
                     % (il, il + 1, 440 * (il + 1) + 640))
    x = ('<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0">'
         '<w:nsid w:val="3C5E21A7"/><w:multiLevelType w:val="hybridMultilevel"/>'
         '<w:tmpl w:val="9A1E4B2C"/>%s</w:abstractNum>' % lvls)
    nums = '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    for i in range(len(PARTS)):
        n = 2 + i
        if i == 0:
            nums += '<w:num w:numId="%d"><w:abstractNumId w:val="0"/></w:num>' % n
        else:
            nums += ('<w:num w:numId="%d"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">'
                     '<w:startOverride w:val="1"/></w:lvlOverride></w:num>' % n)
    return DECL + '<w:numbering %s>%s%s</w:numbering>' % (PART_NS, x, nums)


FOOTER = DECL + (
    '<w:ftr %s><w:p><w:pPr><w:pStyle w:val="a4"/><w:jc w:val="center"/></w:pPr>'
    '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:eastAsia="宋体" w:hAnsi="宋体" w:hint="eastAsia"/>'
    '<w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">— </w:t></w:r>'
    '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>'
    '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
    '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:noProof/><w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r>'
    '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
    '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:eastAsia="宋体" w:hAnsi="宋体" w:hint="eastAsia"/>'
    '<w:sz w:val="28"/></w:rPr><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>' % PART_NS)

SETTINGS = DECL + (
    '<w:settings xmlns:mc="%s" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="%s" '
    'xmlns:m="%s" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="%s" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
    'xmlns:sl="http://purl.oclc.org/ooxml/schemaLibrary/main" mc:Ignorable="w14 w15 w16se">'
    '<w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/>'
    '<w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="579"/>'
    '<w:displayHorizontalDrawingGridEvery w:val="0"/><w:characterSpacingControl w:val="compressPunctuation"/>'
    '<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>'
    '<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>'
    '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
    '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
    '<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
    '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
    '<w:compatSetting w:name="differentiateMultirowTableHeaders" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
    '</w:compat><w:rsids><w:rsidRoot w:val="00C41A2E"/><w:rsid w:val="00C41A2E"/><w:rsid w:val="00D512B7"/>'
    '</w:rsids><m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/>'
    '<m:brkBinSub m:val="--"/><m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/>'
    '<m:rMargin m:val="0"/><m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/>'
    '<m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr>'
    '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
    '<w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" '
    'w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" '
    'w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>'
    '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
    '<w14:docId w14:val="5B1E2C07"/><w15:docId w15:val="{8E4C0B61-3D27-4B1A-9C52-7F0D3A61E2B4}"/>'
    '</w:settings>' % (MC, R, M, W))

WEBSETTINGS = DECL + ('<w:webSettings %s><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>' % PART_NS)

FONTS = DECL + (
    '<w:fonts %s>'
    '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>'
    '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="宋体"><w:altName w:val="SimSun"/><w:panose1 w:val="02010600030101010101"/>'
    '<w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="仿宋_GB2312"><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>'
    '<w:font w:name="黑体"><w:altName w:val="SimHei"/><w:panose1 w:val="02010609060101010101"/>'
    '<w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>'
    '<w:font w:name="楷体_GB2312"><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>'
    '<w:font w:name="方正小标宋简体"><w:charset w:val="86"/><w:family w:val="script"/><w:pitch w:val="fixed"/></w:font>'
    '</w:fonts>' % PART_NS)

THEME = DECL + (
    '<a:theme xmlns:a="%s" name="Office 主题​​">'
    '<a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
    '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2>'
    '<a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1>'
    '<a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3>'
    '<a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5>'
    '<a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink>'
    '<a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>'
    '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="等线 Light"/><a:ea typeface=""/><a:cs typeface=""/>'
    '<a:font script="Hans" typeface="等线 Light"/></a:majorFont><a:minorFont><a:latin typeface="等线"/>'
    '<a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="等线"/></a:minorFont></a:fontScheme>'
    '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '</a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
    '<a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
    '<a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>'
    '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>'
    '<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>'
    '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements>'
    '<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>' % A)

CONTENT_TYPES = DECL + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/webSettings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
    '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
    '<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    '</Types>')

ROOT_RELS = DECL + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId3" Type="%sextendedProperties" Target="docProps/app.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId1" Type="%sofficeDocument" Target="word/document.xml"/>'
    '</Relationships>' % (RT, RT))

DOC_RELS = DECL + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId8" Type="{rt}footer" Target="footer1.xml"/>'
    '<Relationship Id="rId3" Type="{rt}styles" Target="styles.xml"/>'
    '<Relationship Id="rId7" Type="{rt}fontTable" Target="fontTable.xml"/>'
    '<Relationship Id="rId2" Type="{rt}numbering" Target="numbering.xml"/>'
    '<Relationship Id="rId9" Type="{rt}theme" Target="theme/theme1.xml"/>'
    '<Relationship Id="rId5" Type="{rt}webSettings" Target="webSettings.xml"/>'
    '<Relationship Id="rId4" Type="{rt}settings" Target="settings.xml"/>'
    '</Relationships>').format(rt=RT)

CORE = DECL + (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dc:title></dc:title><dc:subject></dc:subject><dc:creator>县政府办秘书股</dc:creator><cp:keywords></cp:keywords>'
    '<dc:description></dc:description><cp:lastModifiedBy>xzfb-dcs</cp:lastModifiedBy><cp:revision>7</cp:revision>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2025-02-13T01:42:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-02-18T07:16:00Z</dcterms:modified></cp:coreProperties>')

APP = DECL + (
    '<Properties xmlns="http://purl.oclc.org/ooxml/officeDocument/extendedProperties" '
    'xmlns:vt="http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes">'
    '<Template>Normal.dotm</Template><TotalTime>96</TotalTime><Pages>6</Pages><Words>612</Words>'
    '<Characters>3491</Characters><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
    '<Lines>29</Lines><Paragraphs>8</Paragraphs><ScaleCrop>false</ScaleCrop><Company></Company>'
    '<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>4095</CharactersWithSpaces>'
    '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>'
    '</Properties>')


def main():
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("word/document.xml", build_document()),
        ("word/_rels/document.xml.rels", DOC_RELS),
        ("word/numbering.xml", numbering()),
        ("word/styles.xml", STYLES),
        ("word/settings.xml", SETTINGS),
        ("word/webSettings.xml", WEBSETTINGS),
        ("word/footer1.xml", FOOTER),
        ("word/fontTable.xml", FONTS),
        ("word/theme/theme1.xml", THEME),
        ("docProps/core.xml", CORE),
        ("docProps/app.xml", APP),
    ]
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    print(OUT)


if __name__ == "__main__":
    main()
