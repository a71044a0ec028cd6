#!/usr/bin/env python3
# A county 县政府办公室 notice as its Word file is sent round: the attachment numbers
# its 33 tasks with circled numbers straight through seven parts.  The clerk types in
# 仿宋_GB2312, whose character set (GB2312) has only ①–⑩, so ①–⑩ are typed characters
# and from ⑪ on every number is Word's 带圈字符 (Home › 字体 › 带圈字符), which Word
# stores as an EQ field `eq \o\ac(○,11)` with no text of its own: 三、 uses the
# "增大圈号" style (the ○ run enlarged and lowered), 五、 to 七、 the "缩小文字" style
# (the digits in `\s\up 1(…)`, smaller, in runs of their own).  四、 came from the
# 农业农村局's draft, whose clerk inserted ⑯–⑳ as characters from another font.
# Each task ends with a 楷体 clause run (责任县领导/牵头单位/配合单位).
import os
import zipfile
from xml.sax.saxutils import escape

NAME = "451_zigang_xian_daiquan_zifu_renwu_fengong.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def rpr(font=FS, sz=32, color=None, bold=False, extra=""):
    c = f'<w:color w:val="{color}"/>' if color else ""
    b = "<w:b/>" if bold else ""
    return (f'<w:rPr><w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}" w:hint="eastAsia"/>'
            f'{b}{c}{extra}<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr>')


def run(text, **kw):
    return f'<w:r>{rpr(**kw)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def instr(text, **kw):
    return f'<w:r>{rpr(**kw)}<w:instrText xml:space="preserve">{escape(text)}</w:instrText></w:r>'


def fld(kind, **kw):
    return f'<w:r>{rpr(**kw)}<w:fldChar w:fldCharType="{kind}"/></w:r>'


def eq_enlarge(n):
    # 带圈字符, 样式“增大圈号”: the circle larger and lowered, the digits at text size.
    return (fld("begin") + instr(" ") + instr("eq \\o\\ac(")
            + instr("○", font="宋体", sz=48, extra='<w:position w:val="-6"/>')
            + instr(f",{n})") + fld("end"))


def eq_shrink(n):
    # 带圈字符, 样式“缩小文字”: the circle at text size, the digits smaller and raised.
    return (fld("begin") + instr(" ") + instr("eq \\o\\ac(")
            + instr("○", font="宋体", sz=32)
            + instr(",\\s\\up 1(")
            + instr(str(n), sz=21, extra='<w:w w:val="90"/>')
            + instr("))") + fld("end"))


def para(runs, jc=None, ind_first=640, before=0, after=0, line=579, keep=False, border=None, page_break_before=False):
    ppr = ""
    if keep:
        ppr += "<w:keepNext/>"
    if page_break_before:
        ppr += "<w:pageBreakBefore/>"
    if border:
        ppr += border
    ppr += f'<w:spacing w:before="{before}" w:after="{after}" w:line="{line}" w:lineRule="exact"/>'
    if ind_first:
        ppr += f'<w:ind w:firstLineChars="200" w:firstLine="{ind_first}"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{''.join(runs)}</w:p>"


def body_p(text):
    return para([run(text)])


# ---------------------------------------------------------------- the notice
parts = []
red_line = ('<w:pBdr><w:bottom w:val="single" w:sz="24" w:space="8" w:color="FF0000"/></w:pBdr>')
parts.append(para([run("梓岗县人民政府办公室文件", font=XBS, sz=88, color="FF0000")], jc="center",
                  ind_first=0, before=1200, after=600, line=240))
parts.append(para([], ind_first=0, line=240))
parts.append(para([run("梓政办发〔2025〕6号")], jc="center", ind_first=0, border=red_line, after=480))
parts.append(para([run("梓岗县人民政府办公室关于印发2025年县政府", font=XBS, sz=44)], jc="center", ind_first=0, line=600))
parts.append(para([run("工作报告重点任务分工的通知", font=XBS, sz=44)], jc="center", ind_first=0, line=600, after=300))
parts.append(para([run("各乡镇人民政府，县政府各部门，县直各单位：")], ind_first=0))
parts.append(body_p("经县政府同意，现将《2025年县政府工作报告重点任务分工》印发给你们，请认真抓好贯彻落实。现就有关事项通知如下："))
parts.append(para([run("一、压实工作责任", font=HT)]))
parts.append(body_p("各责任县领导要加强对分管领域任务落实的统筹调度。牵头单位对所牵头的任务负总责，要细化工作措施，明确时间节点，"
                    "主要负责同志亲自抓；列有两个牵头单位的，由排在第一位的单位负责统筹协调和汇总报送，另一牵头单位按职责共同负责。"
                    "配合单位要主动对接，积极支持，形成工作合力。"))
parts.append(para([run("二、强化督查问效", font=HT)]))
parts.append(body_p("各牵头单位于每季度最后一个月25日前，将任务推进情况（含工作进展、存在问题和下步打算）报送县政府督查室，"
                    "电子版发送至县政府督查室邮箱。县政府督查室将采取季度通报、实地督查等方式跟踪问效，督查结果纳入年度目标责任考核。"))
parts.append(para([run("三、加强协调配合", font=HT)]))
parts.append(body_p("任务推进中遇到的重大问题，牵头单位要及时报告责任县领导；需县政府研究解决的，按程序提交县政府常务会议研究。"))
parts.append(para([], ind_first=0))
parts.append(para([run("附件：2025年县政府工作报告重点任务分工")]))
parts.append(para([], ind_first=0))
parts.append(para([], ind_first=0))
parts.append(para([run("梓岗县人民政府办公室")], jc="right", ind_first=0, line=579))
parts.append(para([run("2025年2月26日　　　")], jc="right", ind_first=0))
parts.append(para([run("（此件公开发布）")]))

# ---------------------------------------------------------------- 附件
parts.append(para([run("附件", font=HT)], ind_first=0, page_break_before=True))
parts.append(para([], ind_first=0))
parts.append(para([run("2025年县政府工作报告重点任务分工", font=XBS, sz=44)], jc="center", ind_first=0, line=600, after=300))

# number style per task: "t" typed ①–⑩ (GB2312), "u" ⑯–⑳ inserted from another font,
# "e" EQ enlarge, "s" EQ shrink.
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

sections = [
    ("一、聚焦稳进提质，推动经济持续回升向好", [
        ("全力稳住经济基本盘。地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长8%，固定资产投资增长7%，社会消费品零售总额增长6.5%。",
         "责任县领导：吴卓然、邵建峰；牵头单位：县发展和改革局；配合单位：县财政局、县统计局、县工业和信息化局、县商务局"),
        ("强化资金要素保障。积极争取超长期特别国债、中央预算内投资和地方政府专项债券支持，全年争取上级各类资金18亿元以上。",
         "责任县领导：邵建峰；牵头单位：县财政局、县发展和改革局；配合单位：县自然资源局、县地方金融服务中心"),
        ("提振消费市场活力。开展“乐购梓岗”系列促消费活动20场以上，落实消费品以旧换新政策，培育夜间经济集聚区2个。",
         "责任县领导：林秋实；牵头单位：县商务局；配合单位：县财政局、县市场监督管理局、县文化广电旅游局"),
        ("持续优化营商环境。深化“高效办成一件事”改革，企业开办时间压缩至1个工作日以内，政务服务事项网上可办率达到98%以上。",
         "责任县领导：邵建峰；牵头单位：县政务服务和数据管理局；配合单位：县市场监督管理局、县司法局、县直有关单位"),
        ("提升统计服务能力。严格执行统计法律法规，做好第五次全国经济普查成果开发应用，依法打击统计造假行为。",
         "责任县领导：邵建峰；责任单位：县统计局"),
    ]),
    ("二、坚持项目为王，厚植高质量发展后劲", [
        ("抓好重点项目建设。全年实施县级重点项目120个，完成年度投资95亿元以上，新开工项目40个以上。",
         "责任县领导：邵建峰；牵头单位：县发展和改革局；配合单位：县重点项目服务中心、各乡镇人民政府"),
        ("突出抓好招商引资。坚持“一把手”招商，全年签约亿元以上项目30个、到位县外资金60亿元以上。",
         "责任县领导：吴卓然、林秋实；牵头单位：县投资促进局；配合单位：县经济开发区管委会、县商务局、各乡镇人民政府"),
        ("推进园区提质扩容。完成经济开发区扩区调位，新建标准化厂房15万平方米，园区规上工业产值占比达到65%。",
         "责任县领导：林秋实；牵头单位：县经济开发区管委会；配合单位：县自然资源局、县住房和城乡建设局、市生态环境局梓岗分局"),
        ("加快交通基础设施建设。推进国道353线梓岗段改扩建工程，完成农村公路提质改造80公里，加快梓岗至青溪高速公路前期工作。",
         "责任县领导：马骏驰；牵头单位：县交通运输局；配合单位：县自然资源局、县林业局、沿线各乡镇人民政府"),
        ("推进水利项目建设。实施中型灌区续建配套与现代化改造，开工建设城乡供水一体化二期工程。",
         "责任县领导：贺文涛；牵头单位：县水利局；配合单位：县发展和改革局、县财政局"),
    ]),
    ("三、加快产业转型升级，构建现代化产业体系", [
        ("壮大工业经济规模。实施工业倍增行动，新增规上工业企业15家，规上工业企业营业收入突破260亿元。",
         "责任县领导：林秋实；牵头单位：县工业和信息化局；配合单位：县统计局、县经济开发区管委会"),
        ("增强科技创新能力。新增高新技术企业8家、科技型中小企业30家，全社会研发经费投入强度提高0.2个百分点。",
         "责任县领导：林秋实；牵头单位：县科学技术局；配合单位：县工业和信息化局、县财政局、县统计局"),
        ("发展现代服务业。建设县域商贸物流中心，完善县乡村三级寄递物流体系，快递业务量增长15%。",
         "责任县领导：林秋实；牵头单位：县商务局；配合单位：县交通运输局、县发展和改革局、县供销合作社联合社"),
        ("推动文旅深度融合。创建国家4A级旅游景区1个，打造精品旅游线路5条，全年接待游客突破600万人次。",
         "责任县领导：唐晓岚；牵头单位：县文化广电旅游局；配合单位：县自然资源局、县林业局、梓溪镇人民政府"),
        ("支持民营经济发展。落实支持民营经济发展各项政策措施，开展清理拖欠企业账款专项行动，新增市场主体4000户以上。",
         "责任县领导：邵建峰；牵头单位：县工业和信息化局、县财政局；配合单位：县工商业联合会、县市场监督管理局"),
    ]),
    ("四、全面推进乡村振兴，加快农业农村现代化", [
        ("稳定粮食生产。粮食播种面积稳定在58万亩以上，新建高标准农田3.5万亩，粮食总产量稳定在22万吨以上。",
         "责任县领导：贺文涛；牵头单位：县农业农村局；配合单位：县财政局、县自然资源局、县水利局、各乡镇人民政府"),
        ("巩固拓展脱贫攻坚成果。健全防止返贫动态监测和帮扶机制，确保不发生规模性返贫致贫。",
         "责任县领导：贺文涛；牵头单位：县农业农村局；配合单位：县民政局、县医疗保障局、县人力资源和社会保障局、县教育体育局"),
        ("做强特色优势产业。新建茶叶标准化基地1万亩、中药材基地8000亩，新培育市级以上农业产业化龙头企业3家。",
         "责任县领导：贺文涛；牵头单位：县农业农村局；配合单位：县林业局、县供销合作社联合社"),
        ("建设宜居宜业和美乡村。深入实施农村人居环境整治提升行动，农村卫生厕所普及率达到85%，创建和美乡村示范村10个。",
         "责任县领导：贺文涛、马骏驰；牵头单位：县农业农村局；配合单位：县住房和城乡建设局、市生态环境局梓岗分局、县卫生健康局、各乡镇人民政府"),
        ("深化农村集体产权制度改革。稳慎推进农村宅基地制度改革，发展壮大新型农村集体经济。",
         "责任县领导：贺文涛；责任单位：县农业农村局"),
    ]),
    ("五、统筹城乡建设和生态保护，提升县城承载能力", [
        ("推进以县城为重要载体的城镇化建设。改造城镇老旧小区12个，新建城市道路4.6公里，常住人口城镇化率提高1个百分点。",
         "责任县领导：马骏驰；牵头单位：县住房和城乡建设局；配合单位：县财政局、县发展和改革局、城关镇人民政府"),
        ("提升城市精细化管理水平。深化城市管理“网格化”改革，规范占道经营，新增公共停车泊位800个。",
         "责任县领导：马骏驰；牵头单位：县城市管理局；配合单位：县公安局、县住房和城乡建设局、县市场监督管理局"),
        ("打好污染防治攻坚战。县城PM2.5平均浓度控制在30微克/立方米以内，国控、省控断面水质优良比例保持100%。",
         "责任县领导：马骏驰；牵头单位：市生态环境局梓岗分局；配合单位：县发展和改革局、县工业和信息化局、县住房和城乡建设局、县农业农村局、县交通运输局"),
        ("全面落实河湖长制。开展河湖“清四乱”常态化规范化整治，完成梓溪河综合治理二期工程。",
         "责任县领导：贺文涛；牵头单位：县水利局；配合单位：市生态环境局梓岗分局、县农业农村局、各乡镇人民政府"),
        ("加强自然资源保护利用。严守耕地保护红线，深入推行林长制，完成国土绿化2.2万亩。",
         "责任县领导：马骏驰；牵头单位：县自然资源局、县林业局；配合单位：各乡镇人民政府"),
    ]),
    ("六、着力保障和改善民生，增进群众福祉", [
        ("稳定和扩大就业。城镇新增就业3200人，农村劳动力转移就业稳定在16万人以上，城镇调查失业率控制在5.5%以内。",
         "责任县领导：唐晓岚；牵头单位：县人力资源和社会保障局；配合单位：县教育体育局、县农业农村局、县总工会、团县委、县妇联"),
        ("办好人民满意的教育。新建、改扩建中小学和幼儿园6所，新增学位2700个，推进县域义务教育优质均衡发展。",
         "责任县领导：唐晓岚；牵头单位：县教育体育局；配合单位：县发展和改革局、县财政局、县自然资源局、县住房和城乡建设局"),
        ("推进健康梓岗建设。深化紧密型县域医共体建设，县人民医院创建三级医院，乡镇卫生院服务能力达标率达到90%。",
         "责任县领导：唐晓岚；牵头单位：县卫生健康局；配合单位：县医疗保障局、县财政局"),
        ("完善社会保障体系。新建社区嵌入式养老服务中心3个，城乡居民基本养老保险参保率稳定在95%以上。",
         "责任县领导：唐晓岚；牵头单位：县民政局；配合单位：县人力资源和社会保障局、县医疗保障局、县残疾人联合会"),
        ("办好十件民生实事。逐项制定实施方案，实行清单化管理、项目化推进，确保年底前全面完成。",
         "责任县领导：吴卓然；牵头单位：县政府办公室；配合单位：县直有关单位、各乡镇人民政府"),
    ]),
    ("七、统筹发展和安全，加强政府自身建设", [
        ("筑牢安全生产防线。深化安全生产治本攻坚三年行动，开展道路交通、燃气、自建房等重点领域专项整治，坚决遏制较大以上事故发生。",
         "责任县领导：韦国栋；牵头单位：县应急管理局；配合单位：县安全生产委员会各成员单位"),
        ("建设更高水平的平安梓岗。常态化开展扫黑除恶斗争，深入推进信访工作法治化，及时就地化解矛盾纠纷。",
         "责任县领导：韦国栋；牵头单位：县公安局、县信访局；配合单位：县司法局、各乡镇人民政府"),
        ("加强政府自身建设。严格落实重大行政决策程序，自觉接受县人大及其常委会法律监督、县政协民主监督，加强审计监督。",
         "责任县领导：吴卓然；牵头单位：县政府办公室；配合单位：县司法局、县审计局、县直各单位"),
    ]),
]

n = 0
for si, (heading, tasks) in enumerate(sections):
    parts.append(para([run(heading, font=HT)], keep=True))
    for text, clause in tasks:
        n += 1
        if n <= 10:
            num = [run(CIRCLED[n - 1])]
        elif si == 3:  # 四、 from the 农业农村局's draft: ⑯–⑳ inserted as characters
            num = [run(CIRCLED[n - 1], font="MS Mincho")]
        elif si == 2:  # 三、 enlarge style
            num = [eq_enlarge(n)]
        else:  # 五、六、七、 shrink style
            num = [eq_shrink(n)]
        head, rest = text.split("。", 1)
        runs = num + [run(head + "。"), run(rest), run("（" + clause + "）", font=KT)]
        parts.append(para(runs))

parts.append(para([], ind_first=0))

sect = ('<w:sectPr><w:footerReference w:type="default" r:id="rId4"/>'
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1474" w:gutter="0"/>'
        '<w:cols w:space="425"/><w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-842"/></w:sectPr>')

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
      'mc:Ignorable="w14"')

document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document {NS}><w:body>{"".join(parts)}{sect}</w:body></w:document>')

footer = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          f'<w:ftr {NS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
          + run("— ", font="宋体", sz=28) + fld("begin", font="宋体", sz=28)
          + instr(" PAGE   \\* MERGEFORMAT ", font="宋体", sz=28) + fld("separate", font="宋体", sz=28)
          + run("1", font="宋体", sz=28) + fld("end", font="宋体", sz=28) + run(" —", font="宋体", sz=28)
          + '</w:p></w:ftr>')

styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" '
          'w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/>'
          '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
          '<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/></w:style>'
          '<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/>'
          '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
          '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="footer"/><w:basedOn w:val="a"/>'
          '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs>'
          '<w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
          '</w:styles>')

settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/>'
            '<w:defaultTabStop w:val="420"/><w:drawingGridHorizontalSpacing w:val="158"/>'
            '<w:drawingGridVerticalSpacing w:val="290"/><w:displayHorizontalDrawingGridEvery w:val="0"/>'
            '<w:characterSpacingControl w:val="compressPunctuation"/><w:compat>'
            '<w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/>'
            '<w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>'
            '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
            '</w:compat><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>')

fonttable = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
             + "".join(f'<w:font w:name="{f}"><w:charset w:val="{cs}"/><w:family w:val="{fam}"/><w:pitch w:val="{p}"/></w:font>'
                       for f, cs, fam, p in [("Times New Roman", "00", "roman", "variable"),
                                             ("仿宋_GB2312", "86", "modern", "fixed"),
                                             ("楷体_GB2312", "86", "modern", "fixed"),
                                             ("黑体", "86", "modern", "fixed"),
                                             ("宋体", "86", "auto", "variable"),
                                             ("方正小标宋简体", "86", "script", "fixed"),
                                             ("MS Mincho", "80", "modern", "fixed")])
             + '</w:fonts>')

content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                 '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
                 '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
                 '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
                 '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                 '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
                 '</Types>')

rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')

doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>'
            '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
            '</Relationships>')

core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title></dc:title><dc:creator>县政府办</dc:creator><cp:lastModifiedBy>督查室</cp:lastModifiedBy>'
        '<cp:revision>7</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-02-20T01:12:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-02-26T07:45:00Z</dcterms:modified>'
        '</cp:coreProperties>')

app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
       'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
       '<Template>Normal.dotm</Template><TotalTime>96</TotalTime><Pages>6</Pages>'
       '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
       '<AppVersion>16.0000</AppVersion></Properties>')

with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", content_types)
    z.writestr("_rels/.rels", rels)
    z.writestr("word/document.xml", document)
    z.writestr("word/_rels/document.xml.rels", doc_rels)
    z.writestr("word/styles.xml", styles)
    z.writestr("word/settings.xml", settings)
    z.writestr("word/fontTable.xml", fonttable)
    z.writestr("word/footer1.xml", footer)
    z.writestr("docProps/core.xml", core)
    z.writestr("docProps/app.xml", app)
print(OUT, n)
