#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Round 101, notice 518.

A 市政府办公室 notice printing its 2025 政府工作报告 分工方案, written in Word by
someone who keeps the 方案's headings in the navigation pane: parts are 标题 1
and tasks 标题 2, both numbered by one multilevel list linked to the heading
styles (一、 / 1． restarting per part), and each task's run-in title is joined
to its body text with Word's style separator (样式分隔符, Ctrl+Alt+Enter): the
title paragraph's mark is hidden with <w:vanish/><w:specVanish/>, so Word shows
"1．扩大有效投资。坚持项目为王，……（责任市领导：…）" as one paragraph while the
file holds two <w:p>.  Two tasks have no separator (the whole task was set in
标题 2), two go on into a second body paragraph, one has its bracket pushed into
a paragraph of its own.

Writes the .docx next to this script.
"""
import os
import zipfile

NAME = "518_congyang_shi_gzbg_renwu_fengong_yangshi_fengefu.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

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
        'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
        'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
        'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
        'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'mc:Ignorable="w14 w15 wp14"')

RSID_A = "00D41A27"   # the drafter's session
RSID_B = "004E6C91"   # a later session adding the 方案
_pid = [0x1A2B3C00]


def pid():
    _pid[0] += 0x1F3
    return "%08X" % _pid[0]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run(text, fonts=None, bold=None, size=None, color=None):
    rpr = ['<w:rFonts w:hint="eastAsia"%s/>' % (
        (' w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s"' % (fonts[1], fonts[0], fonts[1])) if fonts else '')]
    if bold:
        rpr.append('<w:b/><w:bCs/>')
    elif bold is False:
        rpr.append('<w:b w:val="0"/><w:bCs w:val="0"/>')
    if color:
        rpr.append('<w:color w:val="%s"/>' % color)
    if size:
        rpr.append('<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size))
    return '<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % ("".join(rpr), esc(text))


def para(runs, style=None, jc=None, ind=None, extra_ppr="", mark_rpr="", rsid=RSID_A):
    ppr = []
    if style:
        ppr.append('<w:pStyle w:val="%s"/>' % style)
    ppr.append(extra_ppr)
    if ind is not None:
        ppr.append(ind)
    if jc:
        ppr.append('<w:jc w:val="%s"/>' % jc)
    if mark_rpr:
        ppr.append('<w:rPr>%s</w:rPr>' % mark_rpr)
    return ('<w:p w14:paraId="%s" w14:textId="77777777" w:rsidR="%s" w:rsidRDefault="%s">'
            '<w:pPr>%s</w:pPr>%s</w:p>' % (pid(), rsid, rsid, "".join(ppr), "".join(runs)))


KAI = ("楷体_GB2312", "Times New Roman")
HEI = ("黑体", "Times New Roman")
XBS = ("方正小标宋简体", "Times New Roman")
NOIND = '<w:ind w:firstLineChars="0" w:firstLine="0"/>'
SEP = '<w:vanish/><w:specVanish/>'   # Word's style separator: the hidden paragraph mark

# ---------------------------------------------------------------------------
# the notice
# ---------------------------------------------------------------------------
body = []
B = body.append

# 版头
B(para([run("琮阳市人民政府办公室文件", XBS, size=72, color="FF0000")], jc="center", ind=NOIND,
       extra_ppr='<w:spacing w:before="1560" w:line="240" w:lineRule="auto"/>'))
B(para([], ind=NOIND))
B(para([run("琮政办发〔2025〕5号")], jc="center", ind=NOIND,
       extra_ppr='<w:pBdr><w:bottom w:val="single" w:sz="18" w:space="12" w:color="FF0000"/></w:pBdr>'))
B(para([], ind=NOIND))
B(para([run("琮阳市人民政府办公室", XBS, size=44)], jc="center", ind=NOIND,
       extra_ppr='<w:spacing w:line="600" w:lineRule="exact"/>'))
B(para([run("关于印发2025年《政府工作报告》重点工作", XBS, size=44)], jc="center", ind=NOIND,
       extra_ppr='<w:spacing w:line="600" w:lineRule="exact"/>'))
B(para([run("任务分工方案的通知", XBS, size=44)], jc="center", ind=NOIND,
       extra_ppr='<w:spacing w:line="600" w:lineRule="exact"/>'))
B(para([], ind=NOIND))
B(para([run("各县（市、区）人民政府，琮阳高新区管委会，市政府各工作部门、各直属机构：")], ind=NOIND))
B(para([run("《政府工作报告》已经市第十七届人民代表大会第四次会议审议通过。为确保报告确定的各项目标任务落到实处，"
            "经市政府同意，现将《2025年〈政府工作报告〉重点工作任务分工方案》印发给你们，并就有关事项通知如下：")]))
B(para([run("一、压紧压实工作责任。", HEI),
        run("各责任市领导要加强统筹调度，及时研究解决任务推进中的重大问题。牵头单位对牵头任务负总责，"
            "要制定具体推进方案，明确时间表、路线图；配合单位要主动对接、密切协作，形成工作合力。"
            "只列明“责任单位”的任务，排在第一位的为牵头单位，其余为配合单位。")]))
B(para([run("二、建立推进台账。", HEI),
        run("各牵头单位要将分工任务逐项细化分解，于3月10日前将推进台账报市政府督查室。")]))
B(para([run("三、强化督查考核。", HEI),
        run("市政府督查室要加强跟踪督办，每季度通报一次进展情况，督查结果纳入年度绩效考核。"
            "各牵头单位于每季度末月25日前报送任务进展情况，全年工作完成情况于12月10日前报送。")]))
B(para([], ind=NOIND))
B(para([run("琮阳市人民政府办公室")], jc="right", ind='<w:ind w:right="1280" w:firstLineChars="0" w:firstLine="0"/>'))
B(para([run("2025年2月20日")], jc="right", ind='<w:ind w:right="1600" w:firstLineChars="0" w:firstLine="0"/>'))
B(para([run("（此件公开发布）")], extra_ppr=''))

# 方案 on a new page
B('<w:p w14:paraId="%s" w14:textId="77777777" w:rsidR="%s" w:rsidRDefault="%s"><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>'
  '<w:r><w:br w:type="page"/></w:r></w:p>' % (pid(), RSID_B, RSID_B))
B(para([run("2025年《政府工作报告》重点工作任务分工方案", XBS, size=44)], jc="center", ind=NOIND,
       extra_ppr='<w:spacing w:after="312" w:line="600" w:lineRule="exact"/>', rsid=RSID_B))
B(para([run("为全面完成市第十七届人民代表大会第四次会议审议通过的《政府工作报告》确定的目标任务，"
            "推动各项工作落地见效，现将重点工作任务分工如下：")], rsid=RSID_B))


def part(title):
    B(para([run(title)], style="1", rsid=RSID_B))


def task(title, body_paras, clause, sep=True, clause_own=False):
    """title: the run-in heading (标题 2, numbered by the list);
    body_paras: body paragraphs after it; clause: the 楷体 bracket."""
    if not sep:
        # the whole task typed in the 标题 2 paragraph
        B(para([run(title), run("".join(body_paras), bold=False), run(clause, KAI, bold=False)], style="2", rsid=RSID_B))
        return
    B(para([run(title)], style="2", mark_rpr=SEP, rsid=RSID_B))
    for i, bp in enumerate(body_paras):
        last = (i == len(body_paras) - 1)
        rs = [run(bp)]
        if last and not clause_own:
            rs.append(run(clause, KAI))
        B(para(rs, rsid=RSID_B))
    if clause_own:
        B(para([run(clause, KAI)], rsid=RSID_B))


# 一 ------------------------------------------------------------------------
part("坚定不移扩大有效需求，推动经济持续回升向好")
task("扩大有效投资。",
     ["坚持项目为王，全年谋划实施市级重点项目320个、完成投资680亿元以上，滚动推进“四个一批”项目，"
      "新开工亿元以上项目120个。积极争取超长期特别国债、中央预算内投资和地方政府专项债券支持，力争到位资金增长10%以上。"],
     "（责任市领导：周明远；牵头单位：市发展改革委；配合单位：市财政局、市自然资源和规划局、市住房城乡建设局，各县（市、区）人民政府）")
task("大力提振消费。",
     ["落实消费品以旧换新政策，支持汽车、家电、家装厨卫等大宗消费，培育首发经济、夜间经济，"
      "打造城市核心商圈2个、特色商业街区5条，社会消费品零售总额增长6%。"],
     "（责任市领导：韩启东；牵头单位：市商务局；配合单位：市财政局、市文化广电旅游局、市市场监管局）")
task("推动外贸稳规模优结构。",
     ["支持企业开拓多元化市场，组织企业参加重点展会60场次以上，加快跨境电商综合试验区建设，"
      "培育外贸综合服务企业3家，进出口总额增长5%左右。"],
     "（责任市领导：韩启东；牵头单位：市商务局；配合单位：琮阳海关、国家税务总局琮阳市税务局、市地方金融管理局）")
task("强化财政金融支撑。",
     ["加大财政资源统筹力度，盘活存量资金资产，严格落实党政机关过紧日子要求，一般公共预算收入增长5%。",
      "引导金融机构加大对重点项目、科技创新、小微企业和“三农”领域的信贷投放，全年新增贷款300亿元以上。"],
     "（责任市领导：周明远；责任单位：市财政局、市地方金融管理局、人行琮阳市分行、国家金融监督管理总局琮阳监管分局）")
task("加强经济运行监测调度。",
     ["完善经济运行“月调度、季通报”机制，加强重点指标、重点行业、重点企业监测分析，及时研判解决苗头性、倾向性问题。"],
     "（责任市领导：周明远；牵头单位：市发展改革委、市统计局）")

# 二 ------------------------------------------------------------------------
part("加快构建现代化产业体系，培育壮大发展新动能")
task("推进制造业重点产业链高质量发展。",
     ["深入实施链长制，聚焦新材料、装备制造、绿色食品、电子信息四大主导产业，新增规上工业企业80家，规上工业增加值增长7%。"],
     "（责任市领导：韩启东；牵头单位：市工业和信息化局；配合单位：市发展改革委、市科技局、市投资促进中心）")
task("加快数字琮阳建设。",
     ["新建5G基站800个，推进工业互联网标识解析二级节点应用，培育数字化转型标杆企业20家，数字经济核心产业增加值增长10%。"],
     "（责任市领导：许振华；牵头单位：市数据局；配合单位：市工业和信息化局、市发展改革委）")
task("强化企业科技创新主体地位，",
     ["新认定高新技术企业100家、科技型中小企业300家，全社会研发经费投入强度提高0.2个百分点。"],
     "（责任市领导：沈佳慧；牵头单位：市科技局；配合单位：市财政局、国家税务总局琮阳市税务局）", sep=False)
task("推动服务业提质增效。",
     ["大力发展现代物流、研发设计、检验检测等生产性服务业，推动文旅融合发展，接待游客增长8%，服务业增加值增长6%。"],
     "（责任市领导：韩启东、唐雪梅；责任单位：市发展改革委、市商务局、市交通运输局、市文化广电旅游局）")
task("加强人才引育。",
     ["深入实施“琮才归巢”计划，全年引进各类高层次人才500人以上，新建博士后科研工作站3家，新增技能人才8000人。"],
     "（责任市领导：沈佳慧；牵头单位：市人力资源社会保障局；配合单位：市委人才办、市科技局、市教育局）")

# 三 ------------------------------------------------------------------------
part("深化重点领域改革，持续打造一流营商环境")
task("深化国资国企改革。",
     ["深入实施国有企业改革深化提升行动，推进市属国有企业战略性重组和专业化整合，压减管理层级，提高国有资本配置效率。"],
     "（责任市领导：周明远；牵头单位：市国资委；配合单位：市财政局）")
task("促进民营经济发展壮大。",
     ["全面落实支持民营经济发展各项政策，健全政企常态化沟通机制，开展清理拖欠企业账款专项行动，新增经营主体2.5万户。"],
     "（责任市领导：韩启东；牵头单位：市发展改革委；配合单位：市工业和信息化局、市市场监管局、市工商联）")
task("打造一流营商环境。",
     ["深入开展营商环境提升行动，推行“高效办成一件事”重点事项清单，政务服务事项网上可办率保持在98%以上，"
      "企业开办时间压缩至1个工作日以内。"],
     "（责任市领导：许振华；牵头单位：市政务服务管理局；配合单位：市发展改革委、市司法局、市市场监管局）", clause_own=True)
task("扩大高水平对外开放。",
     ["坚持招大引强，开展产业链精准招商，全年引进500强企业项目3个以上，实际使用外资增长5%。"],
     "（责任市领导：韩启东；责任单位：市投资促进中心、市商务局、琮阳高新区管委会）")
task("推进开发区体制机制改革。",
     ["推行“党工委（管委会）+公司”管理模式，剥离开发区社会事务管理职能，开展开发区亩均效益综合评价。"],
     "（牵头单位：市委编办；配合单位：市商务局、市发展改革委、各开发区管委会）")

# 四 ------------------------------------------------------------------------
part("统筹新型城镇化和乡村全面振兴，促进城乡融合发展")
task("稳定粮食和重要农产品生产。",
     ["严守耕地保护红线，粮食播种面积稳定在420万亩以上、总产36亿斤以上，新建和改造提升高标准农田12万亩。"],
     "（责任市领导：罗建平；牵头单位：市农业农村局；配合单位：市发展改革委、市财政局、市自然资源和规划局、市水利局）")
task("巩固拓展脱贫攻坚成果。",
     ["健全防止返贫致贫监测帮扶机制，守牢不发生规模性返贫致贫底线，脱贫人口人均纯收入增长8%以上。"],
     "（责任市领导：罗建平；牵头单位：市农业农村局；配合单位：市人力资源社会保障局、市民政局、市医保局，各县（市、区）人民政府）")
task("实施城市更新行动。",
     ["改造城镇老旧小区120个、城中村2个，新建改造城市燃气、供排水等地下管网160公里。",
      "加快推进保障性住房建设，筹集保障性租赁住房1500套，因城施策促进房地产市场平稳健康发展。"],
     "（责任市领导：唐雪梅；牵头单位：市住房城乡建设局；配合单位：市城市管理局、市自然资源和规划局、市财政局）")
task("完善综合交通运输网络。",
     ["加快推进琮岭高速公路、通用机场等重大交通项目建设，新改建农村公路300公里，开通城乡公交线路10条。"],
     "（责任市领导：唐雪梅；牵头单位：市交通运输局；配合单位：市发展改革委、市自然资源和规划局）")
task("深化农村改革，",
     ["稳妥推进第二轮土地承包到期后再延长30年试点，发展壮大新型农村集体经济，集体经济年收入10万元以上的村占比达到60%。"],
     "（责任市领导：罗建平；责任单位：市农业农村局、市自然资源和规划局）", sep=False)

# 五 ------------------------------------------------------------------------
part("持续改善生态环境质量，推动绿色低碳转型")
task("深入打好蓝天碧水净土保卫战。",
     ["中心城区PM2.5平均浓度控制在32微克/立方米以内，国考断面水质优良比例保持100%，受污染耕地安全利用率保持在93%以上。"],
     "（责任市领导：唐雪梅；牵头单位：市生态环境局；配合单位：市住房城乡建设局、市交通运输局、市农业农村局、市水利局）")
task("抓好重点流域生态保护修复。",
     ["全面落实河湖长制，实施重点河流综合治理工程3个，完成营造林8万亩、水土流失治理60平方公里。"],
     "（责任市领导：罗建平；牵头单位：市水利局；配合单位：市生态环境局、市林业局）")
task("积极稳妥推进碳达峰碳中和。",
     ["实施重点行业节能降碳改造，新增光伏、风电装机容量40万千瓦，单位地区生产总值能耗完成省下达目标。"],
     "（责任市领导：周明远；牵头单位：市发展改革委；配合单位：市工业和信息化局、市生态环境局、市住房城乡建设局）")
task("抓好中央生态环境保护督察反馈问题整改。",
     ["坚持问题清单、任务清单、责任清单管理，确保年度整改任务按期销号。"],
     "（责任市领导：唐雪梅；牵头单位：市生态环境局；配合单位：市直有关部门，各县（市、区）人民政府）")

# 六 ------------------------------------------------------------------------
part("加大民生保障力度，统筹高质量发展和高水平安全")
task("全力稳就业促增收。",
     ["落实就业优先政策，城镇新增就业3.2万人，城镇调查失业率控制在5.5%以内，统筹做好高校毕业生、退役军人等重点群体就业。"],
     "（责任市领导：沈佳慧；牵头单位：市人力资源社会保障局；配合单位：市教育局、市财政局、市退役军人事务局）")
task("办好人民满意的教育。",
     ["新建改扩建中小学、幼儿园15所，新增学位1.2万个，推进县域普通高中振兴行动，支持琮阳职业技术学院创建省级“双高”学校。"],
     "（责任市领导：沈佳慧；牵头单位：市教育局）")
task("推进健康琮阳建设。",
     ["深化紧密型县域医共体建设，推进市第一人民医院区域医疗中心建设，基层医疗卫生机构诊疗量占比提高到60%。"],
     "（责任市领导：沈佳慧；牵头单位：市卫生健康委；配合单位：市医保局、市市场监管局）")
task("健全社会保障体系。",
     ["扩大社会保险覆盖面，稳步提高城乡居民基础养老金和低保标准，新增社区嵌入式养老服务设施20个。"],
     "（责任市领导：沈佳慧、许振华；责任单位：市民政局、市医保局、市人力资源社会保障局）")
task("防范化解重点领域风险。",
     ["稳妥化解地方政府债务风险，严厉打击非法集资，做好保交房工作，守住不发生区域性系统性风险底线。"],
     "（责任市领导：周明远；牵头单位：市地方金融管理局、市住房城乡建设局；配合单位：市财政局、人行琮阳市分行）")
task("加强安全生产和社会治安综合治理。",
     ["深入开展安全生产治本攻坚三年行动，常态化推进扫黑除恶斗争，坚决防范遏制重特大安全事故发生。"],
     "（责任市领导：魏东、唐雪梅；牵头单位：市应急管理局、市公安局；配合单位：市直有关部门，各县（市、区）人民政府）")

# 版记
B(para([], rsid=RSID_B))
tc = lambda text, top: (
    '<w:tc><w:tcPr><w:tcW w:w="8845" w:type="dxa"/><w:tcBorders>'
    + ('<w:top w:val="single" w:sz="8" w:space="0" w:color="auto"/>' if top else '')
    + '<w:bottom w:val="single" w:sz="8" w:space="0" w:color="auto"/></w:tcBorders></w:tcPr>'
    + para([run(text, size=28)], ind='<w:ind w:left="320" w:right="320" w:firstLineChars="0" w:firstLine="0"/>', rsid=RSID_B)
    + '</w:tc>')
B('<w:tbl><w:tblPr><w:tblW w:w="8845" w:type="dxa"/><w:jc w:val="center"/>'
  '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
  '<w:tblGrid><w:gridCol w:w="8845"/></w:tblGrid>'
  '<w:tr>' + tc("抄送：市委各部门，市人大常委会办公室，市政协办公室，市中级法院，市检察院。", True) + '</w:tr>'
  '<w:tr>' + tc("琮阳市人民政府办公室　　　　　　　　　　2025年2月21日印发", False) + '</w:tr>'
  '</w:tbl>')

SECT = ('<w:sectPr w:rsidR="%s"><w:footerReference w:type="default" r:id="rId8"/>'
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1417" w:gutter="0"/>'
        '<w:cols w:space="425"/><w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-842"/></w:sectPr>' % RSID_A)

document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<w:document %s><w:body>%s%s</w:body></w:document>' % (W_NS, "".join(body), SECT))

# ---------------------------------------------------------------------------
# styles: a Chinese Word's ids (a = 正文, 1/2 = 标题 1/2), headings linked to list 1
# ---------------------------------------------------------------------------
styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
          'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" '
          'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/>'
          '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
          '<w:pPrDefault/></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/>'
          '<w:pPr><w:widowControl w:val="0"/><w:spacing w:line="560" w:lineRule="exact"/>'
          '<w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/></w:pPr>'
          '<w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"/>'
          '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>'
          '<w:next w:val="a"/><w:link w:val="10"/><w:uiPriority w:val="9"/><w:qFormat/>'
          '<w:pPr><w:keepNext/><w:keepLines/><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr>'
          '<w:rPr><w:rFonts w:eastAsia="黑体"/><w:kern w:val="44"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/>'
          '<w:next w:val="a"/><w:link w:val="20"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>'
          '<w:pPr><w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'
          '<w:outlineLvl w:val="1"/></w:pPr>'
          '<w:rPr><w:b/><w:bCs/></w:rPr></w:style>'
          '<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/>'
          '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
          '<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>'
          '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
          '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
          '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
          '<w:style w:type="numbering" w:default="1" w:styleId="a2"><w:name w:val="No List"/><w:uiPriority w:val="99"/>'
          '<w:semiHidden/><w:unhideWhenUsed/></w:style>'
          '<w:style w:type="character" w:customStyle="1" w:styleId="10"><w:name w:val="标题 1 字符"/>'
          '<w:basedOn w:val="a0"/><w:link w:val="1"/><w:uiPriority w:val="9"/>'
          '<w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="黑体" w:hAnsi="Times New Roman"/><w:kern w:val="44"/>'
          '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
          '<w:style w:type="character" w:customStyle="1" w:styleId="20"><w:name w:val="标题 2 字符"/>'
          '<w:basedOn w:val="a0"/><w:link w:val="2"/><w:uiPriority w:val="9"/>'
          '<w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"/><w:b/><w:bCs/>'
          '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="footer"/><w:basedOn w:val="a"/><w:link w:val="a4"/>'
          '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/>'
          '<w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/>'
          '<w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
          '<w:style w:type="character" w:customStyle="1" w:styleId="a4"><w:name w:val="页脚 字符"/><w:basedOn w:val="a0"/>'
          '<w:link w:val="a3"/><w:uiPriority w:val="99"/><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
          '</w:styles>')


def lvl(i, fmt, text, pstyle=None, suff_nothing=False, start=1, ind='<w:ind w:left="0" w:firstLine="640"/>'):
    return ('<w:lvl w:ilvl="%d"%s><w:start w:val="%d"/><w:numFmt w:val="%s"/>%s%s<w:lvlText w:val="%s"/>'
            '<w:lvlJc w:val="left"/><w:pPr>%s</w:pPr></w:lvl>'
            % (i, ' w:tentative="1"' if i > 1 else '', start, fmt,
               ('<w:pStyle w:val="%s"/>' % pstyle) if pstyle else '',
               '<w:suff w:val="nothing"/>' if suff_nothing else '', text, ind))


levels = [lvl(0, "chineseCounting", "%1、", "1", True),
          lvl(1, "decimal", "%2．", "2", True)]
for i in range(2, 9):
    levels.append(lvl(i, "decimal", ".".join("%%%d" % (k + 1) for k in range(i + 1)), None, False,
                      ind='<w:ind w:left="%d" w:hanging="%d"/>' % (425 + 142 * i, 425 + 142 * (i - 1))))

numbering = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
             '<w:numbering xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
             'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
             'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w15">'
             '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0">'
             '<w:nsid w:val="3B2F6C1E"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="6E4A2D8C"/>'
             + "".join(levels) +
             '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')

footer = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<w:p><w:pPr><w:pStyle w:val="a3"/><w:framePr w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:xAlign="outside" w:y="1"/>'
          '<w:rPr><w:rStyle w:val="a4"/></w:rPr></w:pPr>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">— </w:t></w:r>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:noProof/><w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve"> —</w:t></w:r>'
          '</w:p></w:ftr>')

settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
            'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14 w15">'
            '<w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/>'
            '<w:defaultTabStop w:val="420"/><w:drawingGridHorizontalSpacing w:val="158"/>'
            '<w:drawingGridVerticalSpacing w:val="290"/><w:displayHorizontalDrawingGridEvery w:val="0"/>'
            '<w:characterSpacingControl w:val="compressPunctuation"/><w:compat>'
            '<w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/>'
            '<w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>'
            '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
            '</w:compat><w:rsids><w:rsidRoot w:val="%s"/><w:rsid w:val="%s"/><w:rsid w:val="%s"/></w:rsids>'
            '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
            '</w:settings>' % (RSID_A, RSID_A, RSID_B))

content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                 '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
                 '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
                 '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                 '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
                 '</Types>')

root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
             '</Relationships>')

doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
            '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
            '</Relationships>')

core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title></dc:title><dc:creator>市政府办公室</dc:creator><cp:lastModifiedBy>督查室</cp:lastModifiedBy>'
        '<cp:revision>7</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2025-02-17T08:41:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-02-20T02:16:00Z</dcterms:modified></cp:coreProperties>')

app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
       '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
       'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
       '<Template>Normal.dotm</Template><TotalTime>186</TotalTime><Pages>7</Pages><Application>Microsoft Office Word</Application>'
       '<DocSecurity>0</DocSecurity><Lines>40</Lines><Paragraphs>11</Paragraphs><ScaleCrop>false</ScaleCrop>'
       '<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
       '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>')

with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", content_types)
    z.writestr("_rels/.rels", root_rels)
    z.writestr("word/document.xml", document)
    z.writestr("word/_rels/document.xml.rels", doc_rels)
    z.writestr("word/styles.xml", styles)
    z.writestr("word/numbering.xml", numbering)
    z.writestr("word/settings.xml", settings)
    z.writestr("word/footer1.xml", footer)
    z.writestr("docProps/core.xml", core)
    z.writestr("docProps/app.xml", app)
print(OUT)
