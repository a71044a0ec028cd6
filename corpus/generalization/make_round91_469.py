#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Write 469_xunlan_xian_renwu_fenjie_shouce_mulu.docx.

A 县政府办 red-header notice whose attachment is a 任务分解手册: a Word
table of contents (TOC field, \\o "1-2" \\h \\z \\u) listing the parts
(标题 1) and every task (标题 2, typed "N．" numbers) with hyperlinks and
PAGEREF page numbers, then the parts and tasks themselves, each task
followed by 任务内容 / 责任县领导 / 牵头单位 / 配合单位 / 完成时限 paragraphs.
The OOXML is written by hand, as a zh-CN Word 2016 file keeps it
(style ids "1", "2", "10", "20", bookmarks _Toc..., webHidden runs).
"""
import os
import zipfile
from xml.sax.saxutils import escape

NAME = "469_xunlan_xian_renwu_fenjie_shouce_mulu.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

W_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
        'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
        'mc:Ignorable="w14 w15 wp14"')

# ---------------------------------------------------------------- content
PARTS = [
    ("一、聚焦项目投资，稳住经济增长基本盘", [
        ("扎实推进重大项目建设提速增效",
         "全年实施县级重点项目120个，完成投资150亿元以上；健全“周调度、月通报、季观摩”工作机制，推动沪浔产业园一期、城南污水处理厂提标改造等项目按期建成投用。",
         "韩立新", "县发展和改革局",
         "县财政局、县自然资源局、县住房和城乡建设局、浔澜经济开发区管委会", "2025年12月底"),
        ("全力争取中央和省级资金支持",
         "围绕超长期特别国债、中央预算内投资和地方政府专项债券，谋划储备项目60个以上，全年争取上级资金25亿元以上。",
         "韩立新", "县发展和改革局、县财政局", "县直各有关单位", "2025年12月底"),
        ("深入开展招商引资“一号工程”",
         "实施产业链精准招商，全年新签约亿元以上项目40个、新开工亿元以上项目25个，到位县外资金80亿元。",
         "周明远、韩立新", "县投资促进中心",
         "浔澜经济开发区管委会、县商务局、各乡镇（街道）", "2025年12月底"),
        ("持续释放消费市场活力潜力",
         "落实消费品以旧换新政策，举办“浔味美食节”“金秋购物季”等促消费活动20场以上，社会消费品零售总额增长6%。",
         "沈佳怡", "县商务局", "县财政局、县文化和旅游局、县市场监督管理局", "2025年12月底"),
        ("加强经济运行监测调度分析",
         "建立重点企业、重点项目、重点指标“三张清单”，每月召开经济运行分析会，做好“四上”企业培育入库工作，全年新增入库企业50家。",
         "韩立新", "县统计局",
         "县发展和改革局、县工业和信息化局、县商务局、县住房和城乡建设局", "2025年12月底"),
    ]),
    ("二、聚焦产业升级，加快构建现代化产业体系", [
        ("推动新能源电池材料产业集群发展",
         "加快年产5万吨正极材料、电解铜箔二期等项目建设，新能源电池材料产业产值突破100亿元。",
         "邵文涛", "浔澜经济开发区管委会",
         "县工业和信息化局、县发展和改革局、国网浔澜县供电公司", "2025年12月底"),
        ("实施传统产业技术改造升级行动",
         "推动纺织服装、竹木加工等传统产业智能化改造、数字化转型，实施技改项目30个，新增省级智能工厂（数字化车间）5个。",
         "邵文涛", "县工业和信息化局", "县财政局、县科学技术局", "2025年12月底"),
        ("强化企业科技创新主体培育",
         "新认定高新技术企业15家、科技型中小企业60家，全社会研发经费投入强度提高到2.1%。",
         "邵文涛", "县科学技术局", "无", "2025年12月底"),
        ("加快文旅产业融合提质发展步伐",
         "推进浔江古镇创建国家4A级旅游景区，办好第三届浔澜山水文化旅游节，全年接待游客600万人次。",
         "沈佳怡", "县文化和旅游局", "县交通运输局、县融媒体中心、浔江镇人民政府", "2025年10月底"),
        ("大力发展现代物流和电子商务",
         "建成县级电商公共服务中心和城乡共同配送中心，培育年网络零售额超千万元企业10家。",
         "沈佳怡", "县商务局", "县交通运输局、县邮政分公司", "2025年11月底"),
    ]),
    ("三、聚焦改革开放，持续优化营商环境", [
        ("深化“高效办成一件事”改革举措",
         "推出企业开办、项目建设、个人全生命周期等“一件事”集成服务20项，政务服务事项“一网通办”率达到98%以上。",
         "魏红英", "县政务服务和数据管理局",
         "县市场监督管理局、县人力资源和社会保障局、县住房和城乡建设局、县公安局", "2025年12月底"),
        ("持续推进国有企业改革深化提升",
         "推进县城投集团市场化转型，完成县属国有企业整合重组，健全现代企业制度。",
         "韩立新", "县财政局（县国资办）", "浔澜县城市建设投资集团有限公司", "2025年9月底"),
        ("全力打造一流法治化营商环境",
         "开展涉企行政执法专项监督，全面推行“综合查一次”，规范涉企检查，涉企案件平均审理周期缩短10%。",
         "魏红英、陆国平", "县司法局", "县市场监督管理局、县人民法院", "2025年12月底"),
        ("加大民营经济和中小企业扶持力度",
         "落实结构性减税降费政策，新增普惠小微贷款10亿元以上，开展“千名干部进千企”活动，帮助企业解决问题200个以上。",
         "邵文涛", "县工业和信息化局",
         "县税务局、县财政局、县地方金融服务中心、县工商联", "2025年12月底"),
        ("推动外贸外资稳规模优结构",
         "支持企业参加广交会、进博会等重点展会，外贸进出口总额增长5%，实际使用外资1500万美元。",
         "沈佳怡", "县商务局", "县投资促进中心、县税务局", "2025年12月底"),
    ]),
    ("四、聚焦乡村振兴，推进城乡融合发展", [
        ("毫不放松抓好粮食生产安全",
         "落实粮食播种面积42.6万亩，新建高标准农田2.5万亩，粮食总产稳定在18万吨以上。",
         "陆国平", "县农业农村局", "县自然资源局、县水利局、县财政局、各乡镇人民政府", "2025年11月底"),
        ("巩固拓展脱贫攻坚成果同乡村振兴有效衔接",
         "健全防止返贫动态监测和帮扶机制，确保不发生规模性返贫，脱贫人口人均纯收入增长8%以上。",
         "陆国平", "县农业农村局",
         "县民政局、县人力资源和社会保障局、县医疗保障局、县教育局、各乡镇人民政府", "2025年12月底"),
        ("推进和美乡村示范村建设行动",
         "建成省级和美乡村精品村3个、示范村12个，农村生活污水治理率达到65%。",
         "陆国平", "县农业农村局", "市生态环境局浔澜分局、县住房和城乡建设局、各乡镇人民政府", "2025年12月底"),
        ("加快推进以县城为重要载体的城镇化建设",
         "实施城市更新项目15个，改造城镇老旧小区28个、1960户，新建改造城市道路12公里。",
         "韩立新", "县住房和城乡建设局",
         "县城市管理局、县自然资源局、城关街道办事处、浔澜县城市建设投资集团有限公司", "2025年12月底"),
        ("完善县域综合交通运输网络",
         "加快G235国道浔澜段改建工程，开工建设浔江二桥，新改建农村公路80公里。",
         "陆国平", "县交通运输局", "县自然资源局、县财政局、沿线乡镇人民政府", "2025年12月底"),
        ("统筹推进水利基础设施建设",
         "推进浔江干流防洪治理工程、中型灌区续建配套与节水改造，完成小型水库除险加固8座。",
         "陆国平", "县水利局", "无", "2025年10月底"),
    ]),
    ("五、聚焦生态优先，建设美丽浔澜", [
        ("深入打好蓝天碧水净土保卫战",
         "PM2.5平均浓度控制在28微克/立方米以内，国省控断面水质优良比例保持100%，受污染耕地安全利用率达到93%以上。",
         "魏红英", "市生态环境局浔澜分局",
         "县农业农村局、县住房和城乡建设局、县水利局、县城市管理局、县交通运输局、各乡镇（街道）", "2025年12月底"),
        ("全面落实林长制和河湖长制",
         "开展河湖“清四乱”常态化规范化行动，完成植树造林1.2万亩，森林覆盖率稳定在68%以上。",
         "陆国平", "县林业局、县水利局", "各乡镇（街道）", "2025年12月底"),
        ("稳妥推进碳达峰碳中和工作",
         "完成单位地区生产总值能耗下降目标任务，推进整县屋顶分布式光伏开发，新增光伏装机容量5万千瓦。",
         "韩立新", "县发展和改革局",
         "县工业和信息化局、县住房和城乡建设局、国网浔澜县供电公司", "2025年12月底"),
        ("加强城乡环境综合整治提升",
         "深化城乡环卫一体化改革，城区生活垃圾分类覆盖率达到90%，创建省级卫生乡镇2个。",
         "韩立新", "县城市管理局", "县卫生健康局、各乡镇（街道）", "2025年12月底"),
    ]),
    ("六、聚焦民生福祉，不断增进群众获得感幸福感", [
        ("千方百计稳定和扩大就业规模",
         "城镇新增就业5000人，城镇调查失业率控制在5.5%以内，开展职业技能培训1万人次。",
         "魏红英", "县人力资源和社会保障局",
         "县教育局、县农业农村局、县总工会、团县委、县妇联", "2025年12月底"),
        ("办好人民满意的公平优质教育",
         "新建改扩建中小学、幼儿园6所，新增学位3600个，推进县域义务教育优质均衡发展。",
         "魏红英", "县教育局",
         "县发展和改革局、县财政局、县自然资源局、县住房和城乡建设局", "2025年8月底"),
        ("全面推进健康浔澜建设深化医改",
         "推进紧密型县域医共体建设，县人民医院新院区投入使用，每千人口执业（助理）医师数达到3.2人。",
         "魏红英", "县卫生健康局", "县医疗保障局、县人民医院", "2025年12月底"),
        ("健全多层次社会保障体系建设",
         "城乡居民基本养老保险参保率稳定在95%以上，新建社区嵌入式养老服务中心5个，稳步提高城乡低保标准。",
         "魏红英", "县民政局",
         "县人力资源和社会保障局、县医疗保障局、县财政局", "2025年12月底"),
        ("统筹发展和安全守牢安全底线",
         "深化安全生产治本攻坚三年行动，开展城镇燃气、自建房、道路交通等重点领域专项整治，坚决遏制较大以上生产安全事故。",
         "周明远、韩立新", "县应急管理局",
         "县住房和城乡建设局、县交通运输局、县公安局、县市场监督管理局、各乡镇（街道）", "2025年12月底"),
    ]),
]

# ---------------------------------------------------------------- helpers
FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"


def rpr(font=None, sz=None, bold=False, color=None, extra=""):
    s = ""
    if font:
        s += ('<w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:hint="eastAsia"/>'
              % (font, font, font))
    if bold:
        s += "<w:b/><w:bCs/>"
    if color:
        s += '<w:color w:val="%s"/>' % color
    if sz:
        s += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (sz, sz)
    s += extra
    return "<w:rPr>%s</w:rPr>" % s if s else ""


def run(text, **kw):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr(**kw), escape(text))


def para(runs, ppr=""):
    return "<w:p>%s%s</w:p>" % (("<w:pPr>%s</w:pPr>" % ppr) if ppr else "", runs)


def jc(v):
    return '<w:jc w:val="%s"/>' % v


IND2 = '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
PAGEBREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'

# ---------------------------------------------------------------- bookmarks / pages
bm_id = [0]
toc_base = 190587201


def next_bm():
    i = bm_id[0]
    bm_id[0] += 1
    return i, "_Toc%d" % (toc_base + i * 7)


def est_lines(text, first_indent=2, per_line=28):
    n = len(text) + first_indent
    return max(1, -(-n // per_line))


# lay out the body to give each heading a plausible page number
LINES_PER_PAGE = 22
entries = []  # (level, text, bmname, page)
line = 0
start_page = 5
body_items = []
for ptitle, tasks in PARTS:
    i, bm = next_bm()
    entries.append((1, ptitle, bm, start_page + line // LINES_PER_PAGE))
    body_items.append(("h1", ptitle, i, bm))
    line += 1
    for t in tasks:
        num = sum(1 for b in body_items if b[0] == "task") + 1
        title = "%d．%s" % (num, t[0])
        j, bm2 = next_bm()
        body_items.append(("task", t, num, j, bm2))
        entries.append((2, title, bm2, start_page + line // LINES_PER_PAGE))
        line += est_lines(title)
        line += est_lines("任务内容：" + t[1])
        line += 4

# ---------------------------------------------------------------- document
body = []
# 版头
body.append(para(run("浔澜县人民政府办公室文件", font=XBS, sz=72, color="FF0000",
                     extra='<w:w w:val="80"/><w:spacing w:val="-20"/>'),
                 jc("center") + '<w:spacing w:before="1200" w:line="240" w:lineRule="auto"/>'))
body.append(para(""))
body.append(para(run("浔政办发〔2025〕5号", font=FS, sz=32),
                 jc("center") + '<w:pBdr><w:bottom w:val="single" w:sz="18" w:space="8" w:color="FF0000"/></w:pBdr>'))
body.append(para(""))
body.append(para(run("浔澜县人民政府办公室", font=XBS, sz=44), jc("center") + '<w:spacing w:line="600" w:lineRule="exact"/>'))
body.append(para(run("关于印发《2025年县〈政府工作报告〉重点工作", font=XBS, sz=44), jc("center") + '<w:spacing w:line="600" w:lineRule="exact"/>'))
body.append(para(run("任务分解手册》的通知", font=XBS, sz=44), jc("center") + '<w:spacing w:line="600" w:lineRule="exact"/>'))
body.append(para(""))
body.append(para(run("各乡镇人民政府、街道办事处，县政府各部门，县直各单位：", font=FS, sz=32)))
cover = [
    "县十八届人大五次会议审议通过的《政府工作报告》，对2025年全县经济社会发展作出了全面部署。为确保各项目标任务落到实处，经县政府同意，现将《2025年县〈政府工作报告〉重点工作任务分解手册》（以下简称《手册》）印发给你们，并就有关事项通知如下。",
]
for c in cover:
    body.append(para(run(c, font=FS, sz=32), IND2))
req = [
    ("一、压实工作责任。", "《手册》共明确重点工作任务30项，每项任务均明确了责任县领导、牵头单位、配合单位和完成时限。责任县领导负责统筹协调；牵头单位是任务落实的第一责任单位，要制定具体推进方案，细化时间节点和工作措施；配合单位要按照职责分工主动对接、密切配合，形成工作合力。"),
    ("二、强化调度推进。", "各牵头单位要于每季度最后一个月25日前，将任务推进情况（含配合单位工作情况）经单位主要负责人审签后报送县政府督查室。对推进中遇到的重大问题，要及时报告责任县领导协调解决。"),
    ("三、严格督查考核。", "县政府督查室将对《手册》任务实行清单化管理、销号式推进，每季度通报一次进展情况。任务完成情况纳入全县高质量发展综合绩效考核，对工作推进不力、进度严重滞后的单位，按有关规定严肃问责。"),
]
for h, t in req:
    body.append(para(run(h, font=HT, sz=32) + run(t, font=FS, sz=32), IND2))
body.append(para(run("联系人：汪晓岚，联系电话：6123457。", font=FS, sz=32), IND2))
body.append(para(""))
body.append(para(run("附件：2025年县《政府工作报告》重点工作任务分解手册", font=FS, sz=32),
                 '<w:ind w:left="1600" w:hangingChars="500" w:hanging="1600"/>'))
body.append(para(""))
body.append(para(""))
body.append(para(run("浔澜县人民政府办公室", font=FS, sz=32), jc("right") + '<w:ind w:right="1280"/>'))
body.append(para(run("2025年2月21日", font=FS, sz=32), jc("right") + '<w:ind w:right="1600"/>'))
body.append(para(run("（此件公开发布）", font=FS, sz=32), IND2))

# 附件
body.append(PAGEBREAK)
body.append(para(run("附件", font=HT, sz=32)))
body.append(para(""))
body.append(para(run("2025年县《政府工作报告》重点工作任务", font=XBS, sz=44), jc("center") + '<w:spacing w:line="600" w:lineRule="exact"/>'))
body.append(para(run("分解手册", font=XBS, sz=44), jc("center") + '<w:spacing w:line="600" w:lineRule="exact"/>'))
body.append(para(""))
body.append(para(run("目　　录", font=HT, sz=32), '<w:pStyle w:val="TOC"/>' + jc("center")))

WEBH = "<w:rPr><w:noProof/><w:webHidden/></w:rPr>"


def toc_entry(level, text, bm, page, first=False):
    style = "10" if level == 1 else "20"
    ppr = ('<w:pStyle w:val="%s"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8834"/></w:tabs>'
           '<w:rPr><w:noProof/></w:rPr>' % style)
    pre = ""
    if first:
        pre = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
               '<w:r><w:instrText xml:space="preserve"> </w:instrText></w:r>'
               '<w:r><w:instrText xml:space="preserve">TOC \\o "1-2" \\h \\z \\u</w:instrText></w:r>'
               '<w:r><w:instrText xml:space="preserve"> </w:instrText></w:r>'
               '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
    link = ('<w:hyperlink w:anchor="%s" w:history="1">'
            '<w:r><w:rPr><w:rStyle w:val="a8"/><w:rFonts w:hint="eastAsia"/><w:noProof/></w:rPr><w:t>%s</w:t></w:r>'
            '<w:r>%s<w:tab/></w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r>%s<w:instrText xml:space="preserve"> PAGEREF %s \\h </w:instrText></w:r>'
            '<w:r>%s</w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r>%s<w:t>%d</w:t></w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="end"/></w:r>'
            '</w:hyperlink>') % (bm, escape(text), WEBH, WEBH, WEBH, bm, WEBH, WEBH, WEBH, page, WEBH)
    return "<w:p><w:pPr>%s</w:pPr>%s%s</w:p>" % (ppr, pre, link)


for k, (lvl, text, bm, page) in enumerate(entries):
    body.append(toc_entry(lvl, text, bm, page, first=(k == 0)))
body.append('<w:p><w:r><w:rPr><w:b/><w:bCs/><w:noProof/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p>')
body.append(PAGEBREAK)

LBL = dict(font=HT, sz=32)
for item in body_items:
    if item[0] == "h1":
        _, title, i, bm = item
        body.append('<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr>'
                    '<w:bookmarkStart w:id="%d" w:name="%s"/>%s<w:bookmarkEnd w:id="%d"/></w:p>'
                    % (i, bm, run(title), i))
        continue
    _, t, num, j, bm = item
    title, content, leader, lead, coop, due = t
    body.append('<w:p><w:pPr><w:pStyle w:val="2"/></w:pPr>'
                '<w:bookmarkStart w:id="%d" w:name="%s"/>%s<w:bookmarkEnd w:id="%d"/></w:p>'
                % (j, bm, run("%d．%s" % (num, title)), j))
    body.append(para(run("任务内容：", **LBL) + run(content, font=FS, sz=32), IND2))
    body.append(para(run("责任县领导：", **LBL) + run(leader, font=FS, sz=32), IND2))
    body.append(para(run("牵头单位：", **LBL) + run(lead, font=FS, sz=32), IND2))
    body.append(para(run("配合单位：", **LBL) + run(coop, font=FS, sz=32), IND2))
    body.append(para(run("完成时限：", **LBL) + run(due, font=FS, sz=32), IND2))

# 版记
body.append(PAGEBREAK)
for _ in range(14):
    body.append(para(""))
body.append(para(run("抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院，县人武部。", font=FS, sz=28),
                 '<w:pBdr><w:top w:val="single" w:sz="8" w:space="1" w:color="auto"/>'
                 '<w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/></w:pBdr>'
                 '<w:ind w:left="280" w:right="280"/>'))
body.append(para(run("浔澜县人民政府办公室", font=FS, sz=28) + '<w:r><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="28"/></w:rPr><w:tab/></w:r>'
                 + run("2025年2月21日印发", font=FS, sz=28),
                 '<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" w:color="auto"/></w:pBdr>'
                 '<w:tabs><w:tab w:val="right" w:pos="8564"/></w:tabs><w:ind w:left="280" w:right="280"/>'))

sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId8"/>'
        '<w:footerReference w:type="even" r:id="rId9"/><w:footerReference w:type="default" r:id="rId10"/>'
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1247" w:gutter="0"/>'
        '<w:cols w:space="425"/><w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>')

document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<w:document %s><w:body>%s%s</w:body></w:document>' % (W_NS, "".join(body), sect))

styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>'
          '<w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
          '<w:pPrDefault/></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/>'
          '<w:pPr><w:widowControl w:val="0"/><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr>'
          '<w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:link w:val="10Char"/><w:uiPriority w:val="9"/><w:qFormat/>'
          '<w:pPr><w:keepNext/><w:keepLines/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:outlineLvl w:val="0"/></w:pPr>'
          '<w:rPr><w:rFonts w:eastAsia="黑体"/><w:kern w:val="44"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:link w:val="20Char"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>'
          '<w:pPr><w:keepNext/><w:keepLines/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:outlineLvl w:val="1"/></w:pPr>'
          '<w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/><w:b/><w:bCs/></w:rPr></w:style>'
          '<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
          '<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
          '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
          '<w:style w:type="numbering" w:default="1" w:styleId="a2"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
          '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="header"/><w:basedOn w:val="a"/><w:link w:val="a4"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
          '<w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="footer"/><w:basedOn w:val="a"/><w:link w:val="a6"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
          '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="TOC"><w:name w:val="TOC Heading"/><w:basedOn w:val="1"/><w:next w:val="a"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/>'
          '<w:pPr><w:keepLines w:val="0"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:outlineLvl w:val="9"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="10"><w:name w:val="toc 1"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:autoRedefine/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>'
          '<w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="20"><w:name w:val="toc 2"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:autoRedefine/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>'
          '<w:pPr><w:ind w:leftChars="200" w:left="420"/></w:pPr></w:style>'
          '<w:style w:type="character" w:styleId="a8"><w:name w:val="Hyperlink"/><w:basedOn w:val="a0"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1" w:themeColor="hyperlink"/><w:u w:val="single"/></w:rPr></w:style>'
          '<w:style w:type="character" w:customStyle="1" w:styleId="10Char"><w:name w:val="标题 1 字符"/><w:basedOn w:val="a0"/><w:link w:val="1"/><w:uiPriority w:val="9"/><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="黑体" w:hAnsi="Times New Roman"/><w:kern w:val="44"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
          '<w:style w:type="character" w:customStyle="1" w:styleId="20Char"><w:name w:val="标题 2 字符"/><w:basedOn w:val="a0"/><w:link w:val="2"/><w:uiPriority w:val="9"/><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="楷体_GB2312" w:hAnsi="Times New Roman"/><w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
          '<w:style w:type="character" w:customStyle="1" w:styleId="a4"><w:name w:val="页眉 字符"/><w:basedOn w:val="a0"/><w:link w:val="a3"/><w:uiPriority w:val="99"/><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
          '<w:style w:type="character" w:customStyle="1" w:styleId="a6"><w:name w:val="页脚 字符"/><w:basedOn w:val="a0"/><w:link w:val="a5"/><w:uiPriority w:val="99"/><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
          '</w:styles>')


def footer(align):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<w:ftr %s><w:p><w:pPr><w:pStyle w:val="a5"/><w:jc w:val="%s"/><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:pPr>'
            '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">— </w:t></w:r>'
            '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>'
            '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:noProof/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="zh-CN"/></w:rPr><w:t>1</w:t></w:r>'
            '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
            '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve"> —</w:t></w:r>'
            '</w:p></w:ftr>' % (W_NS, align))


header = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<w:hdr %s><w:p><w:pPr><w:pStyle w:val="a3"/><w:pBdr><w:bottom w:val="none" w:sz="0" w:space="0" w:color="auto"/></w:pBdr></w:pPr></w:p></w:hdr>' % W_NS)

settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">'
            '<w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/>'
            '<w:evenAndOddHeaders/><w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="579"/>'
            '<w:displayHorizontalDrawingGridEvery w:val="0"/><w:characterSpacingControl w:val="compressPunctuation"/>'
            '<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/>'
            '<w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>'
            '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
            '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>')

fonttable = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
             '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
             + "".join('<w:font w:name="%s"><w:charset w:val="86"/><w:family w:val="%s"/><w:pitch w:val="fixed"/></w:font>'
                       % (f, fam) for f, fam in [("宋体", "auto"), ("仿宋_GB2312", "modern"), ("黑体", "modern"),
                                                 ("楷体_GB2312", "modern"), ("方正小标宋简体", "script")])
             + '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
             '</w:fonts>')

content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                 '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
                 '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
                 '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
                 '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
                 '<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
                 '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                 '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
                 '</Types>')

rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')

doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
            '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
            '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
            '<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/>'
            '<Relationship Id="rId11" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>'
            '</Relationships>')

core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title></dc:title><dc:creator>xz</dc:creator><cp:lastModifiedBy>县府办</cp:lastModifiedBy><cp:revision>7</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-02-17T01:12:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-02-21T03:46:00Z</dcterms:modified></cp:coreProperties>')

app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
       '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
       'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
       '<Template>Normal.dotm</Template><TotalTime>96</TotalTime><Pages>17</Pages><Application>Microsoft Office Word</Application>'
       '<DocSecurity>0</DocSecurity><Lines>120</Lines><Paragraphs>33</Paragraphs><ScaleCrop>false</ScaleCrop>'
       '<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
       '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>')

with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", content_types)
    z.writestr("_rels/.rels", rels)
    z.writestr("word/document.xml", document)
    z.writestr("word/styles.xml", styles)
    z.writestr("word/settings.xml", settings)
    z.writestr("word/fontTable.xml", fonttable)
    z.writestr("word/header1.xml", header)
    z.writestr("word/footer1.xml", footer("left"))
    z.writestr("word/footer2.xml", footer("right"))
    z.writestr("word/_rels/document.xml.rels", doc_rels)
    z.writestr("docProps/core.xml", core)
    z.writestr("docProps/app.xml", app)
print(OUT)
