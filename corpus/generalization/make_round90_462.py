#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Write 462_chengxi_qu_gzbg_renwu_fenjie.docx: a 区人民政府办公室 notice dividing the
区政府工作报告 into tasks, as the Word file the office emails to units (OOXML by hand)."""
import os
import zipfile
from xml.sax.saxutils import escape

NAME = "462_chengxi_qu_gzbg_renwu_fenjie.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def run(text, font=FS, size=32, bold=False, color=None, spacing=None):
    rpr = ('<w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:cs="%s" w:hint="eastAsia"/>'
           % (font if font != FS else "Times New Roman", font,
              font if font != FS else "Times New Roman", font))
    if bold:
        rpr += "<w:b/><w:bCs/>"
    if color:
        rpr += '<w:color w:val="%s"/>' % color
    if spacing is not None:
        rpr += '<w:spacing w:val="%d"/>' % spacing
    rpr += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size)
    return '<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(text))


def para(runs, jc=None, ind_first=None, line=560, before=0, after=0, ind_left=None,
         ind_right=None, border_bottom=None, page_break_before=False, sect=None, keep_next=False):
    ppr = ""
    if keep_next:
        ppr += "<w:keepNext/>"
    if page_break_before:
        ppr += "<w:pageBreakBefore/>"
    if border_bottom:
        ppr += ('<w:pBdr><w:bottom w:val="single" w:sz="%d" w:space="1" w:color="FF0000"/></w:pBdr>'
                % border_bottom)
    ppr += '<w:spacing w:before="%d" w:after="%d" w:line="%d" w:lineRule="exact"/>' % (before, after, line)
    ind = ""
    if ind_left is not None:
        ind += ' w:left="%d"' % ind_left
    if ind_right is not None:
        ind += ' w:right="%d"' % ind_right
    if ind_first is not None:
        ind += ' w:firstLineChars="200" w:firstLine="%d"' % ind_first
    if ind:
        ppr += "<w:ind%s/>" % ind
    if jc:
        ppr += '<w:jc w:val="%s"/>' % jc
    if sect:
        ppr += sect
    if isinstance(runs, str):
        runs = [run(runs)]
    return "<w:p><w:pPr>%s</w:pPr>%s</w:p>" % (ppr, "".join(runs))


def body_p(text, **kw):
    return para([run(text)], ind_first=640, **kw)


# ---------------------------------------------------------------- the tasks
# (section title, [(task text, leaders, units, deadline), ...])
SECTIONS = [
    ("一、全力稳增长促发展", [
        ("全力扩大有效投资。全年实施区级重点项目120个，完成年度投资260亿元以上，固定资产投资增长6%以上。",
         ["韩立新"], ["区发展和改革局", "区财政局", "区自然资源局", "区住房城乡建设局"], "2025年12月底"),
        ("深化“项目攻坚年”活动，落实“一个项目、一名区领导、一个工作专班”推进机制，新开工亿元以上项目30个，竣工投产项目25个。",
         ["韩立新"], ["区发展和改革局", "区投资促进局", "各街道办事处"], "2025年12月底"),
        ("积极争取超长期特别国债、中央预算内投资和地方政府专项债券，全年争取上级资金15亿元以上。",
         ["韩立新"], ["区发展和改革局", "区财政局"], "2025年12月底"),
        ("落实提振消费专项行动，开展“乐购澄溪”系列促消费活动50场以上，推动汽车、家电以旧换新，社会消费品零售总额增长5.5%。",
         ["孙晓帆"], ["区商务局", "区文化和旅游局", "区市场监管局"], "2025年12月底"),
        ("推动传统商圈改造提升，加快滨江夜市街区、城南商业综合体建设，打造一刻钟便民生活圈10个。",
         ["孙晓帆"], ["区商务局", "区住房城乡建设局", "区城管执法局", "城南街道办事处"], "2025年10月底"),
        ("坚持招商引资“一号工程”，全年招引亿元以上产业项目40个，其中10亿元以上项目5个，实际利用外资8000万美元。",
         ["周启明", "韩立新"], ["区投资促进局", "区商务局", "区发展和改革局", "澄溪经济开发区管委会"], "2025年12月底"),
        ("强化财源建设和税收征管，一般公共预算收入增长4%，税收占比稳定在75%以上。",
         ["韩立新"], ["区财政局", "区税务局"], "2025年12月底"),
    ]),
    ("二、加快产业转型升级", [
        ("实施制造业“智改数转网联”三年行动，完成企业智能化改造项目60个，新增省级智能工厂3家、数字化车间10个。",
         ["廖文博"], ["区工业和信息化局"], "2025年12月底"),
        ("做大做强新能源装备、生物医药两大主导产业，推动宏远储能二期、康德生物产业园等项目投产，规上工业增加值增长7%。",
         ["廖文博"], ["区工业和信息化局", "区发展和改革局", "区科技局", "澄溪经济开发区管委会"], "2025年12月底"),
        ("强化企业创新主体地位，新增国家高新技术企业50家、科技型中小企业120家，全社会研发投入强度达到2.8%。",
         ["廖文博"], ["区科技局", "区工业和信息化局", "区财政局"], "2025年12月底"),
        ("推进澄溪经济开发区扩区调区，完成标准厂房建设30万平方米，园区亩均税收提高10%。",
         ["韩立新", "廖文博"], ["澄溪经济开发区管委会", "区自然资源局", "区住房城乡建设局"], "2025年11月底"),
        ("大力发展现代服务业，培育省级服务业集聚区1个，新增规上服务业企业30家，服务业增加值增长6%。",
         ["孙晓帆"], ["区发展和改革局", "区商务局", "区统计局"], "2025年12月底"),
        ("推进文旅深度融合，完成青石古镇景区提质改造，创建国家4A级旅游景区1家，全年接待游客突破800万人次。",
         ["郑雅琴"], ["区文化和旅游局"], "2025年9月底"),
    ]),
    ("三、持续深化改革开放", [
        ("持续优化营商环境，深化“高效办成一件事”改革，推行涉企经营许可“证照联办”，政务服务事项网上可办率保持100%。",
         ["韩立新"], ["区行政审批服务局", "区司法局", "区市场监管局"], "持续推进"),
        ("落实民营经济促进政策，常态化开展“千企万户大走访”活动，全年帮助企业解决实际问题500个以上。",
         ["廖文博"], ["区工业和信息化局", "区工商联", "各街道办事处"], "持续推进"),
        ("深化国资国企改革，推动区属国有企业整合重组，完成区城投公司市场化转型。",
         ["韩立新"], ["区财政局（区国资办）", "区城市建设投资集团有限公司"], "2025年10月底"),
        ("扩大高水平对外开放，支持企业参加广交会、进博会等重点展会，外贸进出口总额增长5%。",
         ["孙晓帆"], ["区商务局"], "2025年12月底"),
    ]),
    ("四、统筹推进城市更新和乡村振兴", [
        ("实施城市更新行动，改造城镇老旧小区42个、惠及居民1.2万户，完成城中村改造3个，加装电梯100部。",
         ["宋海峰"], ["区住房城乡建设局", "区自然资源局", "区财政局", "相关街道办事处"], "2025年12月底"),
        ("完善城市路网体系，打通断头路8条，新建公共停车泊位3000个，新增新能源汽车充电桩500个。",
         ["宋海峰"], ["区住房城乡建设局", "区交通运输局", "区公安分局"], "2025年12月底"),
        ("深化城市精细化管理，推进生活垃圾分类全覆盖，创建市级美丽街巷20条。",
         ["宋海峰"], ["区城管执法局", "各街道办事处"], "2025年12月底"),
        ("稳定粮食生产，完成高标准农田建设1.5万亩，粮食播种面积稳定在8.6万亩以上。",
         ["蒋春华"], ["区农业农村局", "区财政局", "区自然资源局"], "2025年11月底"),
        ("推进宜居宜业和美乡村建设，完成农村人居环境整治提升村15个，村级集体经济收入全部达到20万元以上。",
         ["蒋春华"], ["区农业农村局", "市生态环境局澄溪分局", "各涉农街道办事处"], "2025年12月底"),
    ]),
    ("五、加强生态环境保护", [
        ("深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在30微克/立方米以内，国省控断面水质优良率保持100%。",
         ["宋海峰"], ["市生态环境局澄溪分局", "区水利局", "区城管执法局", "区农业农村局"], "2025年12月底"),
        ("全面落实河湖长制，完成澄溪河综合治理二期工程，新建污水管网25公里。",
         ["蒋春华"], ["区水利局"], "2025年10月底"),
        ("积极稳妥推进碳达峰碳中和，单位地区生产总值能耗下降3%，公共机构能耗持续下降。",
         ["韩立新"], ["区发展和改革局", "区工业和信息化局", "区机关事务服务中心"], "2025年12月底"),
    ]),
    ("六、切实保障和改善民生", [
        ("实施就业优先战略，城镇新增就业1.1万人，高校毕业生等青年就业率保持在90%以上，城镇调查失业率控制在5.5%以内。",
         ["郑雅琴"], ["区人力资源社会保障局"], "2025年12月底"),
        ("新建、改扩建中小学和幼儿园6所，新增学位5400个，推动城南实验学校秋季开学投用。",
         ["郑雅琴"], ["区教育局", "区发展和改革局", "区住房城乡建设局", "区自然资源局"], "2025年8月底"),
        ("推进紧密型城市医疗集团建设，完成区人民医院新院区主体工程，每千人口执业（助理）医师数达到3.6人。",
         ["郑雅琴"], ["区卫生健康委", "区发展和改革局"], "2025年12月底"),
        ("完善养老服务体系，新建社区嵌入式养老服务中心5个、老年助餐点20个，完成特殊困难老年人家庭适老化改造300户。",
         ["郑雅琴"], ["区民政局", "各街道办事处"], "2025年12月底"),
        ("健全分层分类社会救助体系，做好低保、特困人员救助供养和残疾人“两项补贴”发放工作。",
         ["郑雅琴"], ["区民政局", "区医保局", "区残联"], "持续推进"),
        ("抓好安全生产和防灾减灾，深入开展安全生产治本攻坚三年行动，坚决遏制较大以上生产安全事故发生。",
         ["韩立新"], ["区应急管理局", "区安委会各成员单位"], "持续推进"),
        ("深化平安澄溪建设，推进信访工作法治化，常态化开展扫黑除恶斗争，群众安全感保持在98%以上。",
         ["李卫东"], ["区公安分局", "区信访局", "区司法局"], "持续推进"),
    ]),
    ("七、全面加强政府自身建设", [
        ("坚持政府过紧日子，从严控制一般性支出，非刚性、非重点项目支出压减5%以上。",
         ["韩立新"], ["区财政局", "区机关事务服务中心"], "2025年12月底"),
        ("加强审计监督，推进审计全覆盖，抓好审计发现问题整改。",
         ["周启明"], ["区审计局"], "持续推进"),
        ("加快建设法治政府，严格落实重大行政决策程序，做好区政府规范性文件合法性审核工作。",
         ["李卫东"], ["区司法局", "区政府各部门"], "持续推进"),
    ]),
]

# ---------------------------------------------------------------- the table
W = [760, 6480, 1500, 3820, 1660]  # twips, sum 14220


def cell(paras, width, span=None, header=False, shade=None):
    tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % width
    if span:
        tcpr += '<w:gridSpan w:val="%d"/>' % span
    if shade:
        tcpr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shade
    tcpr += '<w:vAlign w:val="center"/>'
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (tcpr, "".join(paras))


def cp(text, jc="left", font=FS, size=24, bold=False):
    return ('<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="360" w:lineRule="exact"/>'
            '<w:jc w:val="%s"/></w:pPr>%s</w:p>' % (jc, run(text, font=font, size=size, bold=bold)))


def row(cells, header=False, cant_split=True):
    trpr = ""
    if cant_split:
        trpr += "<w:cantSplit/>"
    if header:
        trpr += "<w:tblHeader/>"
    trpr += '<w:jc w:val="center"/>'
    return "<w:tr><w:trPr>%s</w:trPr>%s</w:tr>" % (trpr, "".join(cells))


def table():
    b = "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % s
                for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    x = ('<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/>'
         '<w:tblBorders>%s</w:tblBorders><w:tblLayout w:type="fixed"/>'
         '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
         '<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>%s</w:tblGrid>'
         % (sum(W), b, "".join('<w:gridCol w:w="%d"/>' % w for w in W)))
    heads = ["序号", "重点工作任务", "责任区领导", "责任单位", "完成时限"]
    x += row([cell([cp(h, jc="center", font=HT, size=24)], w) for h, w in zip(heads, W)], header=True)
    n = 0
    for title, tasks in SECTIONS:
        x += row([cell([cp(title, font=HT, size=24)], sum(W), span=5)])
        for text, leaders, units, due in tasks:
            n += 1
            x += row([
                cell([cp(str(n), jc="center")], W[0]),
                cell([cp(text, jc="both")], W[1]),
                cell([cp("、".join(leaders), jc="center")], W[2]),
                cell([cp("、".join(units), jc="both")], W[3]),
                cell([cp(due, jc="center")], W[4]),
            ])
    x += "</w:tbl>"
    return x, n


# ---------------------------------------------------------------- the document
FOOTER_REF = ('<w:footerReference w:type="default" r:id="rIdFooter1"/>')
SECT_PORTRAIT = ('<w:sectPr>%s<w:pgSz w:w="11906" w:h="16838"/>'
                 '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" '
                 'w:footer="1474" w:gutter="0"/><w:cols w:space="425"/>'
                 '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-842"/></w:sectPr>'
                 % FOOTER_REF)
SECT_LANDSCAPE = ('<w:sectPr>%s<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
                  '<w:pgMar w:top="1588" w:right="1304" w:bottom="1474" w:left="1304" w:header="851" '
                  'w:footer="992" w:gutter="0"/><w:cols w:space="425"/>'
                  '<w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr>' % FOOTER_REF)


def document():
    tbl, n = table()
    p = []
    # 发文机关标志 and 发文字号
    p.append(para([run("", size=32)], line=560))
    p.append(para([run("澄溪区人民政府办公室文件", font=XBS, size=88, color="FF0000", spacing=-20)],
                  jc="center", line=1200, before=600))
    p.append(para([run("", size=32)], line=560))
    p.append(para([run("澄政办发〔2025〕4号")], jc="center", line=560, border_bottom=24, after=300))
    p.append(para([run("", size=32)], line=560))
    # 标题
    p.append(para([run("澄溪区人民政府办公室", font=XBS, size=44)], jc="center", line=700))
    p.append(para([run("关于印发2025年《区政府工作报告》重点工作", font=XBS, size=44)], jc="center", line=700))
    p.append(para([run("任务分解方案的通知", font=XBS, size=44)], jc="center", line=700))
    p.append(para([run("", size=32)], line=560))
    # 主送
    p.append(para([run("各街道办事处，区政府各部门、各直属机构，各有关单位：")], line=560))
    p.append(body_p("为深入贯彻落实澄溪区第十八届人民代表大会第五次会议精神，确保《2025年区政府工作报告》"
                    "确定的各项目标任务落到实处，经区政府同意，现将《2025年〈区政府工作报告〉重点工作任务分解表》"
                    "（以下简称《分解表》）印发给你们，并就有关事项通知如下，请认真抓好贯彻落实。"))
    p.append(para([run("一、提高思想认识", font=HT)], ind_first=640, line=560))
    p.append(body_p("《区政府工作报告》经区人民代表大会审议通过，是区政府向全区人民作出的庄严承诺。"
                    "各街道、各部门要切实提高政治站位，把落实《区政府工作报告》作为全年工作的重中之重，"
                    "对照《分解表》逐项细化工作措施，明确时间节点，确保各项任务按时保质完成。"))
    p.append(para([run("二、压实工作责任", font=HT)], ind_first=640, line=560))
    p.append(body_p("各责任区领导要加强对分管领域重点工作的统筹调度，定期听取工作汇报，及时协调解决推进中的困难和问题。"
                    "《分解表》中责任单位排在第一位的为牵头单位，其他为配合单位。牵头单位主要负责同志为第一责任人，"
                    "要主动牵头抓总，制定具体工作方案，加强与配合单位的沟通衔接；配合单位要按照职责分工，"
                    "积极主动做好配合工作，形成工作合力。"))
    p.append(para([run("三、强化督查考核", font=HT)], ind_first=640, line=560))
    p.append(body_p("区政府督查室要将《分解表》所列任务纳入年度重点督查事项，实行清单化管理、台账式推进，"
                    "定期通报工作进展情况，督查结果纳入年度绩效考核。各牵头单位要于每季度末月20日前，"
                    "将任务推进情况（加盖单位公章）以电子文档形式报送区政府督查室，全年工作总结于12月10日前报送。"
                    "对工作推进不力、未按时完成任务的，将按有关规定进行通报和约谈。"))
    p.append(body_p("联系人：区政府督查室　刘　洋；联系电话：6823517；电子邮箱：cxqzfdcs@163.com。"))
    p.append(para([run("", size=32)], line=560))
    p.append(para([run("附件：2025年《区政府工作报告》重点工作任务分解表")], ind_first=640, line=560))
    p.append(para([run("", size=32)], line=560))
    p.append(para([run("", size=32)], line=560))
    p.append(para([run("澄溪区人民政府办公室")], jc="right", ind_right=1280, line=560))
    p.append(para([run("2025年2月20日")], jc="right", ind_right=1600, line=560))
    p.append(body_p("（此件公开发布）"))
    # 附件 on landscape pages: the section break closes the portrait section
    p.append(para([run("")], line=560, sect=SECT_PORTRAIT))
    p.append(para([run("附件", font=HT)], line=560))
    p.append(para([run("2025年《区政府工作报告》重点工作任务分解表", font=XBS, size=40)],
                  jc="center", line=640, before=200, after=300))
    p.append(tbl)
    p.append(para([run("注：责任单位中排在第一位的为牵头单位，其他为配合单位。", size=24)],
                  line=400, before=100))
    # 版记
    p.append(para([run("", size=28)], line=400))
    p.append(para([run("抄送：区委各部门，区人大常委会办公室，区政协办公室，区监委，区法院，区检察院。", size=28)],
                  line=480, ind_left=280, ind_right=280))
    p.append(para([run("澄溪区人民政府办公室", size=28), run("　　　　　　　　　　　　　　　　　　　　　　　　　　", size=28),
                   run("2025年2月20日印发", size=28)], line=480, ind_left=280, ind_right=280))
    body = "".join(p) + SECT_LANDSCAPE
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
            'xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:w10="urn:schemas-microsoft-com:office:word" '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
            'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
            'mc:Ignorable="w14">'
            '<w:body>%s</w:body></w:document>' % body), n


FOOTER = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr>'
          '<w:t xml:space="preserve">— </w:t></w:r>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr>'
          '<w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>')

STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" '
          'w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="32"/>'
          '<w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
          '<w:pPrDefault/></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
          '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs>'
          '<w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
          '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
          '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
          '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
          '</w:tblCellMar></w:tblPr></w:style></w:styles>')

SETTINGS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/>'
            '<w:defaultTabStop w:val="420"/><w:evenAndOddHeaders w:val="0"/>'
            '<w:drawingGridVerticalSpacing w:val="579"/><w:characterSpacingControl w:val="compressPunctuation"/>'
            '<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>'
            '<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/>'
            '<w:useFELayout/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
            '</w:compat></w:settings>')

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                 '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
                 '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
                 '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                 '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
                 '</Types>')

RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '</Relationships>')

DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
            '<Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
            '</Relationships>')

CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title></dc:title><dc:creator>dcs</dc:creator><cp:lastModifiedBy>区政府办文电科</cp:lastModifiedBy>'
        '<cp:revision>7</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-02-14T01:32:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-02-20T07:05:00Z</dcterms:modified>'
        '</cp:coreProperties>')

APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
       'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
       '<Template>Normal.dotm</Template><Application>Microsoft Office Word</Application>'
       '<DocSecurity>0</DocSecurity><Company>Microsoft</Company><AppVersion>16.0000</AppVersion></Properties>')


def main():
    doc, n = document()
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", doc)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/settings.xml", SETTINGS)
        z.writestr("word/footer1.xml", FOOTER)
        z.writestr("docProps/core.xml", CORE)
        z.writestr("docProps/app.xml", APP)
    print(OUT, n, "tasks")


if __name__ == "__main__":
    main()
