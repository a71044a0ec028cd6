#!/usr/bin/env python3
"""Notice 513: a 县政府办 task-division notice as a reader gets it from the county's
Vue-based 协同办公平台: the 收文 detail page previews the WPS-made .docx with vue-office
(@vue-office/docx 1.6.x, which bundles docx-preview), and the page is saved by Chrome
as 网页，全部 (Save as, complete).

Steps:
  1. write the source .docx (OOXML by hand, as WPS saves it: no lastRenderedPageBreak);
  2. render it with the real vue-office bundle inside jsdom (render_513.mjs below,
     node modules from $DOCXPREVIEW_DIR, default /tmp/dp: jsdom + @vue-office/docx);
  3. put the rendered container into the OA page and write it the way Chrome's
     "save complete" serializer does.
Output: 513_yingchuan_xian_gzbg_fengong_vue_office_yulan.html next to this script.
"""
import os, subprocess, tempfile, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "513_yingchuan_xian_gzbg_fengong_vue_office_yulan.html"
DP = os.environ.get("DOCXPREVIEW_DIR", "/tmp/dp")

W_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" '
        'mc:Ignorable="wpsCustomData"')

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def rpr(font=FS, sz=32, color=None, bold=False):
    s = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"/>'
    if bold:
        s += '<w:b/><w:bCs/>'
    if color:
        s += f'<w:color w:val="{color}"/>'
    s += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
    return f'<w:rPr>{s}</w:rPr>'


def run(text, **kw):
    sp = ' xml:space="preserve"' if (text[:1] == ' ' or text[-1:] == ' ') else ''
    return f'<w:r>{rpr(**kw)}<w:t{sp}>{escape(text)}</w:t></w:r>'


def para(runs, jc=None, ind=None, num=None, spacing=None, extra_ppr='', style=None):
    ppr = ''
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    ppr += extra_ppr
    if spacing:
        ppr += spacing
    if ind:
        ppr += ind
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    return f'<w:p><w:pPr>{ppr}</w:pPr>{"".join(runs)}</w:p>'


FIRST2 = '<w:ind w:firstLine="640" w:firstLineChars="200"/>'
LINE = '<w:spacing w:line="560" w:lineRule="exact"/>'

# ---------------------------------------------------------------- content
COVER_INTRO = ("经县人民政府同意，现将《2025年县政府工作报告重点工作任务分工方案》印发给你们，"
               "并就有关事项通知如下，请认真抓好落实。")
COVER_ITEMS = [
    ("提高思想认识。", "《政府工作报告》经县十八届人民代表大会第五次会议审议通过，确定的目标任务是全县人民对政府工作的殷切期望，"
     "是县政府向全县人民作出的庄严承诺。各乡镇、各部门要切实把思想和行动统一到县委、县政府决策部署上来，"
     "以钉钉子精神抓好各项任务落实。"),
    ("压实工作责任。", "各责任县领导要加强对分管领域工作的统筹调度；牵头单位要主动担当、细化措施，"
     "于3月15日前制定具体工作方案，明确时间表、路线图；配合单位要各司其职、密切协作，形成工作合力。"),
    ("强化督查考核。", "县政府督查室要将各项任务纳入县政府年度督查计划，实行清单化管理、项目化推进。"
     "各牵头单位于每季度末月25日前将工作进展情况报县政府督查室，督查结果纳入年度目标绩效考核。"),
]

PARTS = [
    ("全力稳住经济增长", [
        ("全年地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长7.5%，固定资产投资增长8%。",
         "（责任县领导：林国栋、陈立勋；牵头单位：县发展和改革局；配合单位：县财政局、县统计局、县工业和信息化局）"),
        ("全年实施重点项目120个、完成投资150亿元以上，争取中央预算内投资和超长期特别国债项目资金6亿元以上。",
         "（责任县领导：陈立勋；牵头单位：县发展和改革局；配合单位：县财政局、县自然资源局、县住房和城乡建设局）"),
        ("加快推进潆川至岚江高速公路潆川段、国道353线改扩建工程建设，年内完成投资12亿元。",
         "（责任县领导：郑文杰；牵头单位：县交通运输局；配合单位：县自然资源局、县林业局、沿线各乡镇人民政府）"),
        ("落实消费品以旧换新政策，举办汽车、家电、家居促销活动20场以上，社会消费品零售总额增长6.5%。",
         "（责任县领导：孙卫东；牵头单位：县商务局；配合单位：县财政局、县市场监督管理局）"),
        ("积极争取地方政府专项债券资金，年内发行使用专项债券8亿元以上，加强债券资金全生命周期管理。",
         "（责任县领导：陈立勋；牵头单位：县财政局）"),
    ]),
    ("加快建设现代化产业体系", [
        ("实施工业倍增计划，新增规模以上工业企业15家，省级“专精特新”中小企业达到12家。",
         "（责任县领导：孙卫东；牵头单位：县工业和信息化局；配合单位：县科学技术局、县市场监督管理局、县统计局）"),
        ("坚持招商引资“一号工程”，全年引进亿元以上项目30个，实际到位县外资金80亿元。",
         "（责任县领导：林国栋、孙卫东；牵头单位：县投资促进中心；配合单位：县商务局、潆川经济开发区管委会）"),
        ("推进潆川经济开发区扩区调位，完成标准化厂房建设20万平方米，园区规上工业产值突破200亿元。",
         "（责任县领导：孙卫东；牵头单位：潆川经济开发区管委会；配合单位：县自然资源局、县住房和城乡建设局）"),
        ("培育文旅融合新业态，创建国家4A级旅游景区1个，全年接待游客增长10%以上。",
         "（责任县领导：何丽萍；牵头单位：县文化广电和旅游局；配合单位：县发展和改革局、县交通运输局）"),
    ]),
    ("全面推进乡村振兴", [
        ("稳定粮食播种面积58万亩以上、产量24万吨以上，新建高标准农田3.2万亩。",
         "（责任县领导：赵雪梅；牵头单位：县农业农村局；配合单位：县财政局、县自然资源局、县水利局、各乡镇人民政府）"),
        ("巩固拓展脱贫攻坚成果，落实防止返贫致贫监测和帮扶机制，守牢不发生规模性返贫致贫底线。",
         "（责任县领导：赵雪梅；牵头单位：县农业农村局；配合单位：县民政局、县人力资源和社会保障局、县医疗保障局）"),
        ("实施农村供水保障工程，农村自来水普及率达到92%。",
         "（责任县领导：赵雪梅；牵头单位：县水利局）"),
        ("推进和美乡村建设，完成农村户厕改造1500户，打造省级和美乡村示范村5个。",
         "（责任县领导：赵雪梅；牵头单位：县农业农村局；配合单位：县住房和城乡建设局、县卫生健康局、市生态环境局潆川分局）"),
    ]),
    ("持续深化改革开放", [
        ("深化国资国企改革，完成县属国有企业整合重组，做强做优县城市发展投资集团。",
         "（责任县领导：陈立勋；牵头单位：县财政局（县国资办）；配合单位：县城市发展投资集团有限公司）"),
        ("持续优化营商环境，推行“高效办成一件事”，政务服务事项网上可办率达到98%以上。",
         "（责任县领导：陈立勋；牵头单位：县行政审批服务局；配合单位：县数据局、县市场监督管理局、县直各有关单位）"),
        ("推进外贸稳规模优结构，支持企业开拓多元市场，全年进出口总额增长8%。",
         "（责任县领导：孙卫东；牵头单位：县商务局；配合单位：县税务局、县工业和信息化局）"),
    ]),
    ("推进城乡融合发展", [
        ("实施城市更新行动，改造城镇老旧小区26个、惠及居民4200户。",
         "（责任县领导：郑文杰；牵头单位：县住房和城乡建设局；配合单位：县财政局、县自然资源局、城关镇人民政府）"),
        ("新建改造城区排水管网18公里，消除城区易涝积水点6处。",
         "（责任县领导：郑文杰；牵头单位：县住房和城乡建设局；配合单位：县城市管理综合执法局、县水利局）"),
        ("完成城区控制性详细规划编制，盘活批而未供和闲置土地1200亩。",
         "（责任县领导：郑文杰；牵头单位：县自然资源局）"),
        ("深入打好蓝天、碧水、净土保卫战，县城空气质量优良天数比率达到92%以上。",
         "（责任县领导：郑文杰；牵头单位：市生态环境局潆川分局；配合单位：县住房和城乡建设局、县交通运输局、县农业农村局、县城市管理综合执法局）"),
    ]),
    ("持续增进民生福祉", [
        ("城镇新增就业3200人，城镇调查失业率控制在5.5%以内。",
         "（责任县领导：何丽萍；牵头单位：县人力资源和社会保障局）"),
        ("建成城区第三幼儿园、潆川二中扩建工程，新增公办学位1800个。",
         "（责任县领导：何丽萍；牵头单位：县教育体育局；配合单位：县发展和改革局、县财政局、县住房和城乡建设局）"),
        ("推进紧密型县域医共体建设，县人民医院胸痛中心、卒中中心通过省级验收。",
         "（责任县领导：何丽萍；牵头单位：县卫生健康局；配合单位：县医疗保障局）"),
        ("完善养老服务体系，新建乡镇区域养老服务中心3个。",
         "（责任县领导：何丽萍；牵头单位：县民政局；配合单位：县财政局、各乡镇人民政府）"),
        ("统筹发展和安全，深化安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故。",
         "（责任县领导：马骏；牵头单位：县应急管理局；配合单位：县安委会各成员单位）"),
    ]),
]
SHISHI_TITLE = "用心用情办好民生实事"
SHISHI_HEAD = ["序号", "民生实事项目", "责任县领导", "牵头单位", "配合单位", "完成时限"]
# (项目, 领导 or None when merged with the row above, 牵头, 配合, 时限)
SHISHI = [
    ("城区新建公共停车泊位800个", "郑文杰", "县住房和城乡建设局", "县城市管理综合执法局、县公安局", "2025年10月底"),
    ("为全县65周岁以上老年人免费开展健康体检", "何丽萍", "县卫生健康局", "各乡镇人民政府", "2025年11月底"),
    ("为城乡适龄妇女开展“两癌”免费筛查8000人", None, "县妇联", "县卫生健康局", "2025年12月底"),
    ("改造提升农村中小学食堂15所", None, "县教育体育局", "县财政局", "2025年8月底"),
    ("新建改建农村公路60公里", "郑文杰", "县交通运输局", "各乡镇人民政府", "2025年12月底"),
    ("新增城乡公益性岗位500个", "何丽萍", "县人力资源和社会保障局", "/", "2025年12月底"),
]


def build_document():
    b = []
    # 红头
    b.append(para([run("潆川县人民政府办公室文件", font=XBS, sz=72, color="FF0000")], jc="center",
                  spacing='<w:spacing w:before="600" w:line="240" w:lineRule="auto"/>'))
    b.append(para([], jc="center", spacing=LINE))
    b.append(para([run("潆政办发〔2025〕7号")], jc="center", spacing=LINE,
                  extra_ppr='<w:pBdr><w:bottom w:val="single" w:color="FF0000" w:sz="18" w:space="6"/></w:pBdr>'))
    b.append(para([], spacing=LINE))
    b.append(para([run("潆川县人民政府办公室", font=XBS, sz=44)], jc="center", spacing=LINE))
    b.append(para([run("关于印发2025年县政府工作报告重点工作", font=XBS, sz=44)], jc="center", spacing=LINE))
    b.append(para([run("任务分工方案的通知", font=XBS, sz=44)], jc="center", spacing=LINE))
    b.append(para([], spacing=LINE))
    b.append(para([run("各乡镇人民政府，县政府各部门，县直各单位：")], spacing=LINE))
    b.append(para([run(COVER_INTRO)], spacing=LINE, ind=FIRST2, jc="both"))
    for title, text in COVER_ITEMS:
        b.append(para([run(title, font=HT), run(text)], num=(1, 0), spacing=LINE, ind=FIRST2, jc="both"))
    b.append(para([], spacing=LINE))
    b.append(para([], spacing=LINE))
    b.append(para([run("潆川县人民政府办公室")], jc="right", spacing=LINE,
                  ind='<w:ind w:right="1280" w:rightChars="400"/>'))
    b.append(para([run("2025年2月26日")], jc="right", spacing=LINE,
                  ind='<w:ind w:right="1600" w:rightChars="500"/>'))
    b.append(para([run("（此件公开发布）")], spacing=LINE, ind=FIRST2))
    b.append('<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
             '<w:r><w:br w:type="page"/></w:r></w:p>')
    # 附件
    b.append(para([run("附件", font=HT)], spacing=LINE))
    b.append(para([], spacing=LINE))
    b.append(para([run("2025年县政府工作报告重点工作任务分工方案", font=XBS, sz=44)], jc="center", spacing=LINE))
    b.append(para([], spacing=LINE))
    b.append(para([run("为确保县十八届人大五次会议审议通过的《政府工作报告》确定的各项目标任务落到实处，"
                       "现将重点工作任务分解如下：")], spacing=LINE, ind=FIRST2, jc="both"))
    for title, tasks in PARTS:
        b.append(para([run(title, font=HT)], num=(3, 0), spacing=LINE, ind=FIRST2, jc="both"))
        for text, clause in tasks:
            b.append(para([run(text), run(clause, font=KT)], num=(3, 1), spacing=LINE, ind=FIRST2, jc="both"))
    b.append(para([run(SHISHI_TITLE, font=HT)], num=(3, 0), spacing=LINE, ind=FIRST2, jc="both"))
    b.append(build_table())
    b.append(para([], spacing=LINE))
    return "".join(b)


COLS = [760, 2660, 1160, 1560, 1860, 1104]


def tcell(content_p, w, vmerge=None):
    tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if vmerge == "restart":
        tcpr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        tcpr += '<w:vMerge/>'
    tcpr += '<w:vAlign w:val="center"/>'
    return f'<w:tc><w:tcPr>{tcpr}</w:tcPr>{content_p}</w:tc>'


def cellp(text, font=FS, jc="center", num=None):
    runs = [run(text, font=font, sz=24)] if text else []
    ppr = ''
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
    ppr += '<w:spacing w:line="320" w:lineRule="exact"/>'
    ppr += f'<w:jc w:val="{jc}"/>'
    rp = rpr(font=font, sz=24).replace('<w:rPr>', '').replace('</w:rPr>', '')
    return f'<w:p><w:pPr>{ppr}<w:rPr>{rp}</w:rPr></w:pPr>{"".join(runs)}</w:p>'


def build_table():
    t = ['<w:tbl><w:tblPr><w:tblStyle w:val="a7"/><w:tblW w:w="9104" w:type="dxa"/><w:jc w:val="center"/>'
         '<w:tblBorders><w:top w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
         '<w:left w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
         '<w:bottom w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
         '<w:right w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
         '<w:insideH w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
         '<w:insideV w:val="single" w:color="auto" w:sz="4" w:space="0"/></w:tblBorders>'
         '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
         '</w:tblCellMar></w:tblPr><w:tblGrid>']
    t += [f'<w:gridCol w:w="{c}"/>' for c in COLS]
    t.append('</w:tblGrid>')
    t.append('<w:tr><w:trPr><w:tblHeader/><w:jc w:val="center"/></w:trPr>')
    for h, wdt in zip(SHISHI_HEAD, COLS):
        t.append(tcell(cellp(h, font=HT), wdt))
    t.append('</w:tr>')
    for i, (item, leader, lead, coop, when) in enumerate(SHISHI):
        t.append('<w:tr><w:trPr><w:jc w:val="center"/></w:trPr>')
        t.append(tcell(cellp("", num=5), COLS[0]))
        t.append(tcell(cellp(item, jc="left"), COLS[1]))
        nxt = SHISHI[i + 1][1] if i + 1 < len(SHISHI) else "x"
        if leader is None:
            t.append(tcell(cellp(""), COLS[2], vmerge="continue"))
        elif nxt is None:
            t.append(tcell(cellp(leader), COLS[2], vmerge="restart"))
        else:
            t.append(tcell(cellp(leader), COLS[2]))
        t.append(tcell(cellp(lead), COLS[3]))
        t.append(tcell(cellp(coop), COLS[4]))
        t.append(tcell(cellp(when), COLS[5]))
        t.append('</w:tr>')
    t.append('</w:tbl>')
    return "".join(t)


SECT = ('<w:sectPr><w:headerReference w:type="default" r:id="rId4"/><w:footerReference w:type="default" r:id="rId5"/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" '
        'w:header="851" w:footer="1474" w:gutter="0"/><w:cols w:space="425" w:num="1"/>'
        '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>')


def lvl(ilvl, fmt, text, start=1, suff=None, ind=None, font=FS):
    s = f'<w:lvl w:ilvl="{ilvl}" w:tentative="0"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
    if suff:
        s += f'<w:suff w:val="{suff}"/>'
    s += f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
    s += f'<w:pPr>{ind or ""}</w:pPr>'
    s += f'<w:rPr><w:rFonts w:hint="default" w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/></w:rPr></w:lvl>'
    return s


def build_numbering():
    n = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:numbering {W_NS}>']
    # cover rules 一、二、三、
    n.append('<w:abstractNum w:abstractNumId="0"><w:nsid w:val="5B2C31A4"/><w:multiLevelType w:val="singleLevel"/>'
             '<w:tmpl w:val="5B2C31A4"/>')
    n.append(lvl(0, "chineseCounting", "%1、", suff="nothing", ind='<w:ind w:left="0" w:firstLine="640"/>', font=HT))
    n.append('</w:abstractNum>')
    # 附件: parts 一、 (level 0) and tasks 1. (level 1)
    n.append('<w:abstractNum w:abstractNumId="1"><w:nsid w:val="0E7F2A61"/><w:multiLevelType w:val="multilevel"/>'
             '<w:tmpl w:val="0E7F2A61"/>')
    n.append(lvl(0, "chineseCounting", "%1、", suff="nothing", ind='<w:ind w:left="0" w:firstLine="640"/>', font=HT))
    n.append(lvl(1, "decimal", "%2.", suff="nothing", ind='<w:ind w:left="0" w:firstLine="640"/>'))
    for i in range(2, 9):
        n.append(lvl(i, "decimal", "%" + str(i + 1) + ".", ind=f'<w:ind w:left="{420 * (i + 1)}" w:hanging="420"/>'))
    n.append('</w:abstractNum>')
    # table 序号
    n.append('<w:abstractNum w:abstractNumId="2"><w:nsid w:val="3A1D62F0"/><w:multiLevelType w:val="singleLevel"/>'
             '<w:tmpl w:val="3A1D62F0"/>')
    n.append(lvl(0, "decimal", "%1", suff="nothing", ind='<w:ind w:left="0" w:firstLine="0"/>'))
    n.append('</w:abstractNum>')
    n.append('<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    n.append('<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>')
    n.append('<w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>')
    n.append('</w:numbering>')
    return "".join(n)


STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<w:styles {W_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="1"><w:name w:val="Normal"/><w:qFormat/><w:uiPriority w:val="0"/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:style><w:style w:type="character" w:default="1" w:styleId="5"><w:name w:val="Default Paragraph Font"/><w:semiHidden/><w:uiPriority w:val="0"/></w:style><w:style w:type="table" w:default="1" w:styleId="4"><w:name w:val="Normal Table"/><w:semiHidden/><w:uiPriority w:val="0"/><w:tblPr><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="paragraph" w:styleId="2"><w:name w:val="footer"/><w:basedOn w:val="1"/><w:uiPriority w:val="0"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="3"><w:name w:val="header"/><w:basedOn w:val="1"/><w:uiPriority w:val="0"/><w:pPr><w:pBdr><w:bottom w:val="single" w:color="auto" w:sz="6" w:space="1"/></w:pBdr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style><w:style w:type="table" w:styleId="a7"><w:name w:val="Table Grid"/><w:basedOn w:val="4"/><w:uiPriority w:val="0"/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:left w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:bottom w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:right w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:insideH w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:insideV w:val="single" w:color="auto" w:sz="4" w:space="0"/></w:tblBorders></w:tblPr></w:style></w:styles>'''

FOOTER = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:ftr {W_NS}>'
          '<w:p><w:pPr><w:pStyle w:val="2"/><w:ind w:left="320" w:leftChars="100" w:right="320" w:rightChars="100"/>'
          '<w:jc w:val="right"/></w:pPr>'
          f'{run("— ", font="宋体", sz=28)}'
          '<w:r><w:rPr><w:rFonts w:hint="eastAsia" w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
          '<w:r><w:rPr><w:rFonts w:hint="eastAsia" w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>'
          '<w:r><w:rPr><w:rFonts w:hint="eastAsia" w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
          f'{run("1", font="宋体", sz=28)}'
          '<w:r><w:rPr><w:rFonts w:hint="eastAsia" w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
          f'{run(" —", font="宋体", sz=28)}</w:p></w:ftr>')
HEADER = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:hdr {W_NS}>'
          '<w:p><w:pPr><w:pStyle w:val="3"/><w:pBdr><w:bottom w:val="none" w:color="auto" w:sz="0" w:space="0"/></w:pBdr></w:pPr></w:p></w:hdr>')

CT = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'''
RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>'''
DRELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>'''
APP = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template><Pages>5</Pages><Application>WPS Office_12.1.0.18276_F1E327BC-269C-435d-A152-05C5408002CA</Application><DocSecurity>0</DocSecurity></Properties>'''
CORE = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dcterms:created xsi:type="dcterms:W3CDTF">2025-02-24T09:12:00Z</dcterms:created><dc:creator>zfb</dc:creator><cp:lastModifiedBy>县政府办文电科</cp:lastModifiedBy><dcterms:modified xsi:type="dcterms:W3CDTF">2025-02-26T16:40:18Z</dcterms:modified></cp:coreProperties>'''


def write_docx(path):
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document {W_NS}><w:body>'
           f'{build_document()}{SECT}</w:body></w:document>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("docProps/app.xml", APP)
        z.writestr("docProps/core.xml", CORE)
        z.writestr("word/document.xml", doc)
        z.writestr("word/_rels/document.xml.rels", DRELS)
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/numbering.xml", build_numbering())
        z.writestr("word/header1.xml", HEADER)
        z.writestr("word/footer1.xml", FOOTER)


RENDER_MJS = r'''
import { JSDOM } from 'jsdom';
import fs from 'fs';
import path from 'path';
const [,, dpDir, docxPath, outPath] = process.argv;
const dom = new JSDOM(`<!DOCTYPE html><html><head></head><body><div id="root"></div></body></html>`, {pretendToBeVisual: true});
const w = dom.window;
for (const k of ['window','document','DOMParser','XMLSerializer','Node','Element','HTMLElement','FileReader','getComputedStyle','navigator','Blob']) {
  Object.defineProperty(globalThis, k, {value: k === 'window' ? w : w[k], configurable: true, writable: true});
}
globalThis.URL.createObjectURL = () => 'blob:x';
// @vue-office/docx 1.6.x (v3 build) with its two Vue imports stubbed; its bundled docx-preview is untouched
let src = fs.readFileSync(path.join(dpDir, 'node_modules/@vue-office/docx/lib/v3/vue-office-docx.mjs'), 'utf8');
src = src.replace(/^import \{ defineComponent as Oe.*$/m, 'const Oe=(x)=>x, Fe=()=>({}), De=()=>{}, Le=()=>{};')
         .replace(/^import \{ openBlock as je.*$/m, 'const je=()=>{}, Ue=()=>{}, $e=()=>{};')
         + '\nexport { vn as vueOfficeRender };\n';
const mod = path.join(path.dirname(outPath), 'vo_513.mjs');
fs.writeFileSync(mod, src);
const { vueOfficeRender } = await import(mod);
const blob = new w.Blob([fs.readFileSync(docxPath)]);
const root = w.document.getElementById('root');
await vueOfficeRender(blob, root, {});
fs.writeFileSync(outPath, root.innerHTML);
'''


def render(docx_path, tmp):
    mjs = os.path.join(DP, "render_513.mjs")
    with open(mjs, "w", encoding="utf-8") as f:
        f.write(RENDER_MJS)
    out = os.path.join(tmp, "rendered.html")
    subprocess.run(["node", mjs, DP, docx_path, out], check=True)
    with open(out, encoding="utf-8") as f:
        return f.read()


# ---------------------------------------------------------------- the OA page
URL = "http://172.20.16.8:8090/oa/#/gwgl/swgl/detail?id=SW2025022700137&taskId=3581926&from=dbsx"
FILES = "./收文详情 - 潆川县协同办公平台_files"
DV_LAYOUT = "data-v-5f1c2a7e"
DV_DETAIL = "data-v-8b3e4d19"
DV_PREV = "data-v-2c7a90b4"


def oa_page(rendered):
    dl = DV_LAYOUT
    dd = DV_DETAIL
    dp_ = DV_PREV
    menu = [("首页", False), ("公文管理", True), ("督查督办", False), ("会议管理", False), ("通知公告", False),
            ("个人办公", False), ("通讯录", False)]
    menu_html = []
    for name, opened in menu:
        if opened:
            menu_html.append(
                f'<li class="el-sub-menu is-active is-opened" role="menuitem" aria-haspopup="true" aria-expanded="true">'
                f'<div class="el-sub-menu__title" style="padding-left: 20px;"><i class="el-icon"><svg viewBox="0 0 1024 1024" xmlns="http://www.w3.org/2000/svg"><path fill="currentColor" d="M832 384H576V128H192v768h640V384zm-26.496-64L640 154.496V320h165.504zM160 64h480l256 256v608a32 32 0 0 1-32 32H160a32 32 0 0 1-32-32V96a32 32 0 0 1 32-32z"></path></svg></i><span>{name}</span><i class="el-icon el-sub-menu__icon-arrow" style="transform: none;"><svg viewBox="0 0 1024 1024" xmlns="http://www.w3.org/2000/svg"><path fill="currentColor" d="M831.872 340.864 512 652.672 192.128 340.864a30.592 30.592 0 0 0-42.752 0 29.12 29.12 0 0 0 0 41.6L489.664 714.24a32 32 0 0 0 44.672 0l340.288-331.712a29.12 29.12 0 0 0 0-41.728 30.592 30.592 0 0 0-42.752 0z"></path></svg></i></div>'
                f'<ul role="menu" class="el-menu el-menu--inline" style="--el-menu-level: 1;">'
                f'<li class="el-menu-item" role="menuitem" tabindex="-1" style="padding-left: 40px;">发文管理</li>'
                f'<li class="el-menu-item is-active" role="menuitem" tabindex="-1" style="padding-left: 40px;">收文管理<sup class="el-badge__content el-badge__content--danger">6</sup></li>'
                f'<li class="el-menu-item" role="menuitem" tabindex="-1" style="padding-left: 40px;">签报管理</li>'
                f'<li class="el-menu-item" role="menuitem" tabindex="-1" style="padding-left: 40px;">公文查询</li></ul></li>')
        else:
            menu_html.append(
                f'<li class="el-menu-item" role="menuitem" tabindex="-1" style="padding-left: 20px;"><span>{name}</span></li>')
    info = [
        ("来文单位", "县政府办公室", "文号", "潆政办发〔2025〕7号"),
        ("收文编号", "县财收〔2025〕37号", "收文日期", "2025-02-27"),
        ("密级", "无", "紧急程度", "平件"),
    ]
    rows = []
    for a, b, c, d in info:
        rows.append(
            f'<tr {dd}="" class="el-descriptions__row"><td class="el-descriptions__cell el-descriptions__label is-bordered-label" colspan="1" style="width: 120px;">{a}</td>'
            f'<td class="el-descriptions__cell el-descriptions__content is-bordered-content" colspan="1">{b}</td>'
            f'<td class="el-descriptions__cell el-descriptions__label is-bordered-label" colspan="1" style="width: 120px;">{c}</td>'
            f'<td class="el-descriptions__cell el-descriptions__content is-bordered-content" colspan="1">{d}</td></tr>')
    rows.append(
        f'<tr {dd}="" class="el-descriptions__row"><td class="el-descriptions__cell el-descriptions__label is-bordered-label" colspan="1" style="width: 120px;">文件标题</td>'
        f'<td class="el-descriptions__cell el-descriptions__content is-bordered-content" colspan="3">潆川县人民政府办公室关于印发2025年县政府工作报告重点工作任务分工方案的通知</td></tr>')
    flow = [
        ("2025-02-27 09:14", "收文登记", "县财政局办公室", "刘晓燕", "已登记，请局领导阅示。"),
        ("2025-02-27 10:02", "局领导批示", "县财政局", "吴振华", "请预算股、国资办按分工抓好落实，办公室汇总进展按季报送。"),
        ("2025-02-27 10:35", "分办", "县财政局办公室", "刘晓燕", "已分送预算股、国资办、经济建设股。"),
    ]
    flow_rows = []
    for i, (t, step, dept, who, op) in enumerate(flow):
        cls = "el-table__row" + (" el-table__row--striped" if i % 2 else "")
        flow_rows.append(
            f'<tr class="{cls}"><td class="el-table_2_column_6 is-center el-table__cell" rowspan="1" colspan="1"><div class="cell">{i + 1}</div></td>'
            f'<td class="el-table_2_column_7 el-table__cell" rowspan="1" colspan="1"><div class="cell">{step}</div></td>'
            f'<td class="el-table_2_column_8 el-table__cell" rowspan="1" colspan="1"><div class="cell">{dept}</div></td>'
            f'<td class="el-table_2_column_9 el-table__cell" rowspan="1" colspan="1"><div class="cell">{who}</div></td>'
            f'<td class="el-table_2_column_10 el-table__cell" rowspan="1" colspan="1"><div class="cell">{op}</div></td>'
            f'<td class="el-table_2_column_11 el-table__cell" rowspan="1" colspan="1"><div class="cell">{t}</div></td></tr>')
    flow_head = "".join(
        f'<th class="el-table_2_column_{6 + i}{" is-center" if i == 0 else ""} is-leaf el-table__cell" colspan="1" rowspan="1"><div class="cell">{h}</div></th>'
        for i, h in enumerate(["序号", "办理环节", "办理部门", "办理人", "办理意见", "办理时间"]))
    att = [("潆政办发〔2025〕7号.docx", "38.6 KB", True)]
    att_html = "".join(
        f'<li {dd}="" class="att-item{" is-current" if cur else ""}"><i {dd}="" class="iconfont icon-word"></i>'
        f'<span {dd}="" class="att-name" title="{n}">{n}</span><span {dd}="" class="att-size">{s}</span>'
        f'<span {dd}="" class="att-op"><a {dd}="" href="javascript:;">预览</a><a {dd}="" href="javascript:;">下载</a></span></li>'
        for n, s, cur in att)

    page = (
        '<!DOCTYPE html>\n'
        f'<!-- saved from url=({len(URL):04d}){URL} -->\n'
        '<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
        '    \n'
        f'    <link rel="icon" href="http://172.20.16.8:8090/oa/favicon.ico">\n'
        '    <meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
        '    <meta name="renderer" content="webkit">\n'
        '    <title>收文详情 - 潆川县协同办公平台</title>\n'
        f'    <script type="module" crossorigin="" src="{FILES}/index-7d3c1e0b.js.下载"></script>\n'
        f'    <link rel="stylesheet" href="{FILES}/index-4a9f2b61.css">\n'
        f'  <link rel="modulepreload" as="script" crossorigin="" href="{FILES}/detail-1b6e0f3a.js.下载">'
        f'<link rel="stylesheet" href="{FILES}/detail-93c4d7e2.css">'
        f'<link rel="modulepreload" as="script" crossorigin="" href="{FILES}/vue-office-docx-5e0a8c47.js.下载">'
        f'<link rel="stylesheet" href="{FILES}/vue-office-docx-0c7d3b19.css"></head>\n'
        '  <body>\n'
        '    <div id="app" data-v-app="">'
        f'<section {dl}="" class="el-container is-vertical layout-container">'
        f'<header {dl}="" class="el-header layout-header" style="--el-header-height: 56px;">'
        f'<div {dl}="" class="logo"><img {dl}="" src="{FILES}/logo.png" alt=""><span {dl}="">潆川县协同办公平台</span></div>'
        f'<div {dl}="" class="header-right"><span {dl}="" class="unit-name">县财政局</span>'
        f'<div {dl}="" class="el-dropdown"><span {dl}="" class="el-dropdown-link el-tooltip__trigger">刘晓燕<i class="el-icon el-icon--right"><svg viewBox="0 0 1024 1024" xmlns="http://www.w3.org/2000/svg"><path fill="currentColor" d="M831.872 340.864 512 652.672 192.128 340.864a30.592 30.592 0 0 0-42.752 0 29.12 29.12 0 0 0 0 41.6L489.664 714.24a32 32 0 0 0 44.672 0l340.288-331.712a29.12 29.12 0 0 0 0-41.728 30.592 30.592 0 0 0-42.752 0z"></path></svg></i></span></div>'
        f'<span {dl}="" class="logout">退出</span></div></header>'
        f'<section {dl}="" class="el-container">'
        f'<aside {dl}="" class="el-aside layout-aside" style="--el-aside-width: 210px;">'
        f'<div {dl}="" class="el-scrollbar"><div class="el-scrollbar__wrap el-scrollbar__wrap--hidden-default"><div class="el-scrollbar__view" style="">'
        f'<ul {dl}="" role="menubar" class="el-menu el-menu--vertical" style="--el-menu-level: 0;">{"".join(menu_html)}</ul>'
        f'</div></div><div class="el-scrollbar__bar is-horizontal" style="display: none;"><div class="el-scrollbar__thumb" style="transform: translateX(0%);"></div></div>'
        f'<div class="el-scrollbar__bar is-vertical" style="display: none;"><div class="el-scrollbar__thumb" style="transform: translateY(0%);"></div></div></div></aside>'
        f'<main {dl}="" class="el-main layout-main">'
        f'<div {dl}="" class="el-breadcrumb" aria-label="Breadcrumb" role="navigation">'
        f'<span class="el-breadcrumb__item"><span class="el-breadcrumb__inner is-link" role="link">首页</span><span class="el-breadcrumb__separator" role="presentation">/</span></span>'
        f'<span class="el-breadcrumb__item"><span class="el-breadcrumb__inner is-link" role="link">公文管理</span><span class="el-breadcrumb__separator" role="presentation">/</span></span>'
        f'<span class="el-breadcrumb__item"><span class="el-breadcrumb__inner is-link" role="link">收文管理</span><span class="el-breadcrumb__separator" role="presentation">/</span></span>'
        f'<span class="el-breadcrumb__item" aria-current="page"><span class="el-breadcrumb__inner" role="link">收文详情</span><span class="el-breadcrumb__separator" role="presentation">/</span></span></div>'
        f'<div {dd}="" {dl}="" class="sw-detail">'
        f'<div {dd}="" class="el-card is-always-shadow"><div class="el-card__header"><div {dd}="" class="card-header"><span {dd}="">收文详情</span>'
        f'<div {dd}="" class="btns"><button {dd}="" aria-disabled="false" type="button" class="el-button el-button--primary"><span class="">阅办</span></button>'
        f'<button {dd}="" aria-disabled="false" type="button" class="el-button"><span class="">分办</span></button>'
        f'<button {dd}="" aria-disabled="false" type="button" class="el-button"><span class="">转督办</span></button>'
        f'<button {dd}="" aria-disabled="false" type="button" class="el-button"><span class="">返回</span></button></div></div></div>'
        f'<div class="el-card__body" style="">'
        f'<div {dd}="" class="el-descriptions"><div class="el-descriptions__body"><table class="el-descriptions__table is-bordered el-descriptions--default"><tbody>{"".join(rows)}</tbody></table></div></div>'
        f'<div {dd}="" class="att-box"><div {dd}="" class="att-title">正文及附件（1）</div><ul {dd}="" class="att-list">{att_html}</ul></div>'
        f'<div {dd}="" class="el-tabs el-tabs--top el-tabs--border-card"><div class="el-tabs__header is-top"><div class="el-tabs__nav-wrap is-top"><div class="el-tabs__nav-scroll"><div class="el-tabs__nav is-top" role="tablist" style="transform: translateX(0px);">'
        f'<div class="el-tabs__item is-top is-active" id="tab-preview" aria-controls="pane-preview" role="tab" aria-selected="true" tabindex="0">正文预览</div>'
        f'<div class="el-tabs__item is-top" id="tab-flow" aria-controls="pane-flow" role="tab" aria-selected="false" tabindex="-1">办理记录</div></div></div></div></div>'
        f'<div class="el-tabs__content">'
        f'<div id="pane-preview" class="el-tab-pane" role="tabpanel" aria-labelledby="tab-preview">'
        f'<div {dp_}="" {dd}="" class="preview-wrap" style="height: 760px;">'
        f'<div {dp_}="" class="vue-office-docx"><div class="vue-office-docx-main">{rendered}</div></div></div></div>'
        f'<div id="pane-flow" class="el-tab-pane" role="tabpanel" aria-hidden="true" aria-labelledby="tab-flow" style="display: none;">'
        f'<div {dd}="" class="el-table--fit el-table--striped el-table--border el-table--enable-row-hover el-table--enable-row-transition el-table el-table--layout-fixed is-scrolling-none" style="width: 100%;">'
        f'<div class="el-table__inner-wrapper"><div class="hidden-columns"></div><div class="el-table__header-wrapper"><table class="el-table__header" border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><thead class=""><tr class="">{flow_head}</tr></thead></table></div>'
        f'<div class="el-table__body-wrapper"><div class="el-scrollbar"><div class="el-scrollbar__wrap el-scrollbar__wrap--hidden-default"><div class="el-scrollbar__view" style="display: inline-block; vertical-align: middle;">'
        f'<table class="el-table__body" cellspacing="0" cellpadding="0" border="0" style="table-layout: fixed; width: 100%;"><tbody tabindex="-1">{"".join(flow_rows)}</tbody></table>'
        f'</div></div></div></div></div></div></div></div></div></div></div></div></main></section></section></div>\n'
        '  \n\n</body></html>')
    return page


def main():
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = os.path.join(tmp, "潆政办发〔2025〕7号.docx")
        write_docx(docx_path)
        if os.environ.get("KEEP_DOCX"):
            import shutil
            shutil.copy(docx_path, os.environ["KEEP_DOCX"])
        rendered = render(docx_path, tmp)
    with open(os.path.join(HERE, NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write(oa_page(rendered))


if __name__ == "__main__":
    main()
