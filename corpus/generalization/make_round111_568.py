# -*- coding: utf-8 -*-
"""Writes 568_cangling_xian_jiaobandan_youjian_hebing.docx: the document Word produces
with 邮件合并 -> 完成并合并 -> 编辑单个文档 (信函) from a 交办单 main document and the
督查室's Excel 台账.  One record = one copy of the template followed by a
"next page" section break (the sectPr in the record's last paragraph); merged field
values are plain text (Word drops the MERGEFIELD codes in the merged document);
Excel percentages arrive as decimals (6% -> 0.06), date cells as the system short
date (2025/6/30), empty cells as nothing; an empty formatted row under the data
gives one more, blank, 交办单 at the end."""
import os, zipfile
from xml.sax.saxutils import escape

NAME = "568_cangling_xian_jiaobandan_youjian_hebing.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

# the Excel 台账 rows as the merge sees them:
# 序号, 任务名称, 具体要求, 责任县领导, 牵头单位, 配合单位, 完成时限, 量化指标
ROWS = [
 ("1", "确保全县地区生产总值增长6%左右", "加强经济运行监测调度，按月分析研判主要经济指标，及时协调解决经济运行中的突出问题，确保一季度“开门红”、上半年“双过半”。", "邱明远", "县发展和改革局", "县统计局、县财政局、县工业和信息化局", "2025年12月底前", "0.06"),
 ("2", "推进重点项目“百日攻坚”行动", "全年实施县级重点项目86个，完成年度投资52亿元以上，新开工项目开工率达到90%以上。", "邱明远", "县发展和改革局", "县自然资源局、县住房和城乡建设局、县生态环境局", "2025/6/30", "52"),
 ("3", "新招引亿元以上产业项目30个以上", "聚焦新材料、绿色食品两大主导产业开展精准招商，落实“一把手”招商和重点项目专班推进机制。", "钟建平", "县投资促进服务中心", "县工业和信息化局、县商务局、苍岭经济开发区管委会", "2025年12月底前", "30"),
 ("4", "加快苍岭经济开发区扩区调规", "完成扩区调规报批材料编制并上报省级审核，同步推进园区标准化厂房二期建设。", "钟建平", "苍岭经济开发区管委会", "县自然资源局", "2025年9月底前", ""),
 ("5", "落实减税降费和惠企政策", "推动各项惠企政策“免申即享”“直达快享”，全年为各类经营主体减负1.5亿元以上。", "邱明远", "县财政局、国家税务总局苍岭县税务局", "县人力资源和社会保障局、县医疗保障局", "2025年12月底前", "1.5"),
 ("6", "深化“高效办成一件事”改革", "新增“一件事一次办”集成服务事项20项，政务服务事项网上可办率保持在98%以上。", "谭晓岚", "县政务服务和数据管理局", "各有关单位", "2025年10月底前", "0.98"),
 ("7", "新增规模以上工业企业15家", "建立“小升规”企业培育库，落实入规奖励政策，实行“一企一策”跟踪服务。", "钟建平", "县工业和信息化局", "县统计局、县市场监督管理局", "2025年12月底前", "15"),
 ("8", "促进消费扩容提质", "组织开展汽车、家电以旧换新等促消费活动不少于12场次，社会消费品零售总额增长5.5%。", "钟建平", "县商务局", "县财政局、县文化和旅游局、县市场监督管理局", "2025年12月底前", "0.055"),
 ("9", "稳定粮食生产", "落实粮食播种面积38.6万亩，新建高标准农田2.1万亩，粮食总产稳定在15万吨以上。", "姚德胜", "县农业农村局", "县自然资源局、县水利局、各乡镇人民政府", "2025年10月底前", "38.6"),
 ("10", "实施和美乡村建设行动", "创建省级和美乡村示范村6个，完成农村户厕问题摸排整改，农村生活垃圾收运处置体系实现全覆盖。", "姚德胜", "县农业农村局", "县住房和城乡建设局、县卫生健康局、各乡镇人民政府", "2025年11月底前", "6"),
 ("11", "巩固拓展脱贫攻坚成果", "落实防止返贫动态监测和帮扶机制，做好帮扶产业和易地搬迁后续扶持，确保不发生规模性返贫。", "姚德胜", "县农业农村局", "县民政局、县教育局、县医疗保障局", "2025年12月底前", ""),
 ("12", "推进县城老旧小区改造", "完成老旧小区改造14个，惠及居民3200户，同步完善加装电梯、停车、充电等配套设施。", "庞卫东", "县住房和城乡建设局", "", "2025/11/30", "14"),
 ("13", "开展城区交通拥堵治理", "打通城区“断头路”3条，新增公共停车泊位800个，优化学校、医院周边交通组织。", "庞卫东、杨立群", "县公安局", "县住房和城乡建设局、县城市管理局、县交通运输局", "2025年12月底前", "800"),
 ("14", "创建省级园林县城", "新建改造口袋公园8个，建成区绿化覆盖率达到40%，年底前通过省级评审验收。", "庞卫东", "县城市管理局", "县住房和城乡建设局、县自然资源局", "2025年12月底前", "0.4"),
 ("15", "打好蓝天碧水净土保卫战", "城区空气质量优良天数比例达到88%以上，国控、省控断面水质达标率保持100%。", "庞卫东", "市生态环境局苍岭分局", "县住房和城乡建设局、县农业农村局、县水利局、县交通运输局", "2025年12月底前", "0.88"),
 ("16", "全面落实河湖长制", "完成县域12条河流“一河一策”方案修编，开展河湖“清四乱”常态化整治。", "姚德胜", "县水利局", "各乡镇人民政府", "2025年9月底前", "12"),
 ("17", "新建改扩建中小学幼儿园5所", "新增学位2700个，秋季学期前全部投入使用，有效缓解城区“大班额”问题。", "谭晓岚", "县教育局", "县发展和改革局、县财政局、县自然资源局", "2025/8/31", "2700"),
 ("18", "推进紧密型县域医共体建设", "完善医共体内人员、财务、药品统一管理，县域内就诊率达到90%以上。", "谭晓岚", "县卫生健康局", "县医疗保障局", "2025年12月底前", "0.9"),
 ("19", "稳定和扩大就业", "城镇新增就业2600人，城镇调查失业率控制在5.5%以内，开展职业技能培训5000人次。", "谭晓岚", "县人力资源和社会保障局", "县财政局、县总工会、团县委、县妇联", "2025年12月底前", "2600"),
 ("20", "提升养老服务水平", "建成乡镇区域养老服务中心3个，新增社区老年助餐点10个，开展特殊困难老年人家庭适老化改造。", "谭晓岚", "县民政局", "县卫生健康局、县财政局", "2025年12月底前", "3"),
 ("21", "开展安全生产治本攻坚", "深入开展道路交通、燃气、自建房、消防等重点领域隐患排查整治，坚决遏制较大以上生产安全事故。", "韩立新、邱明远", "县应急管理局", "县安全生产委员会各成员单位", "2025年12月底前", ""),
 ("22", "防范化解政府债务风险", "严格落实化债方案，规范融资平台公司转型，坚决遏制新增隐性债务。", "邱明远", "县财政局", "县审计局、苍岭县城市建设投资集团有限公司", "2025年12月底前", ""),
 ("23", "推进政务公开标准化规范化", "完善主动公开目录，做好政策文件解读和回应关切，全年发布政策解读不少于30篇。", "", "县人民政府办公室", "县政务服务和数据管理局", "2025年11月底前", "30"),
 ("24", "办好2025年十件民生实事", "逐项制定实施方案，明确时间表、路线图，按季度调度推进，年底前全部完成。", "韩立新", "县人民政府办公室", "各民生实事牵头单位", "2025年12月底前", "10"),
 # empty formatted row left under the data in the sheet -> one more record
 ("", "", "", "", "", "", "", ""),
]

FS = "仿宋_GB2312"; HT = "黑体"; XBS = "方正小标宋简体"

def rpr(font, size, bold=False):
    b = "<w:b/><w:bCs/>" if bold else ""
    return ('<w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:hint="eastAsia"/>%s'
            '<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>' % (font, font, font, b, size, size))

def run(text, font=FS, size=28, bold=False):
    if text == "":
        return ""
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr(font, size, bold), escape(text))

def para(runs, jc=None, ind=None, spacing='<w:spacing w:line="400" w:lineRule="exact"/>', extra=""):
    ppr = spacing
    if ind: ppr += ind
    if jc: ppr += '<w:jc w:val="%s"/>' % jc
    ppr += extra
    return '<w:p><w:pPr>%s</w:pPr>%s</w:p>' % (ppr, "".join(runs))

def cell(width, paras, span=None, vcenter=True):
    tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % width
    if span: tcpr += '<w:gridSpan w:val="%d"/>' % span
    if vcenter: tcpr += '<w:vAlign w:val="center"/>'
    return '<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (tcpr, "".join(paras))

def label(text):
    return cell(1500, [para([run(text, HT, 28)], jc="center", spacing='<w:spacing w:line="360" w:lineRule="exact"/>')])

def value(text, width, span=None, jc="left"):
    return cell(width, [para([run(text, FS, 28)], jc=jc, spacing='<w:spacing w:line="400" w:lineRule="exact"/>')], span)

def row(cells, h=None):
    trpr = '<w:trPr><w:trHeight w:val="%d" w:hRule="atLeast"/><w:jc w:val="center"/></w:trPr>' % h if h else '<w:trPr><w:jc w:val="center"/></w:trPr>'
    return '<w:tr>%s%s</w:tr>' % (trpr, "".join(cells))

GRID = [1500, 3400, 1500, 2460]   # 8860 twips
SECT_BODY = ('<w:pgSz w:w="11906" w:h="16838"/>'
             '<w:pgMar w:top="1984" w:right="1474" w:bottom="1701" w:left="1587" w:header="851" w:footer="992" w:gutter="0"/>'
             '<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="579"/>')

def record(r, first):
    no, task, req, leader, lead, coop, due, quant = r
    out = []
    out.append(para([run("苍岭县人民政府督查室", HT, 32)], jc="center", spacing='<w:spacing w:before="0" w:after="120" w:line="500" w:lineRule="exact"/>'))
    out.append(para([run("县政府重点工作任务交办单", XBS, 44)], jc="center", spacing='<w:spacing w:after="240" w:line="640" w:lineRule="exact"/>'))
    out.append(para([run("交办编号：苍督交〔2025〕第", FS, 28), run(no, FS, 28), run("号", FS, 28),
                     run("\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000交办日期：2025年3月12日", FS, 28)],
                    spacing='<w:spacing w:after="120" w:line="400" w:lineRule="exact"/>'))
    req_static = [
        "1．牵头单位为第一责任单位，负责统筹推进、协调调度；配合单位按照职责分工主动配合，不得推诿扯皮。",
        "2．请牵头单位于每季度最后一个月25日前将工作进展情况书面报送县政府督查室，同时报送责任县领导。",
        "3．任务完成后5个工作日内报送办结报告；因客观原因不能按期完成的，须提前书面说明。",
        "4．督查室联系人：周晓梅，联系电话：0936-5212036。",
    ]
    rows = [
        row([label("任务名称"), value(task, sum(GRID[1:]), 3)], 720),
        row([label("具体要求"), value(req, sum(GRID[1:]), 3)], 1400),
        row([label("责任县领导"), value(leader, GRID[1], jc="center"), label("完成时限"), value(due, GRID[3], jc="center")], 640),
        row([label("牵头单位"), value(lead, sum(GRID[1:]), 3)], 640),
        row([label("配合单位"), value(coop, sum(GRID[1:]), 3)], 800),
        row([label("量化指标"), value(quant, sum(GRID[1:]), 3)], 560),
        row([label("办理要求"), cell(sum(GRID[1:]), [para([run(t, FS, 24)], spacing='<w:spacing w:line="360" w:lineRule="exact"/>') for t in req_static], 3)], 2000),
        row([label("签收情况"), cell(sum(GRID[1:]), [para([run("签收人：\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000签收日期：\u3000\u3000年\u3000\u3000月\u3000\u3000日", FS, 28)])], 3)], 700),
    ]
    tbl = ('<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/>'
           '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
           '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
           '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>'
           '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
           '<w:tblGrid>%s</w:tblGrid>%s</w:tbl>') % (sum(GRID), "".join('<w:gridCol w:w="%d"/>' % g for g in GRID), "".join(rows))
    out.append(tbl)
    # the template's closing note; in the merged document Word's next-page section
    # break sits in this, the record's last, paragraph
    refs = ('<w:footerReference w:type="default" r:id="rId8"/>' if first else "")
    sect = '<w:sectPr>%s<w:type w:val="nextPage"/>%s</w:sectPr>' % (refs, SECT_BODY)
    out.append(para([run("注：本单一式两份，交办单位、承办单位各存一份。", FS, 24)],
                    spacing='<w:spacing w:before="120" w:line="360" w:lineRule="exact"/>', extra=sect))
    return "".join(out)

body = "".join(record(r, i == 0) for i, r in enumerate(ROWS[:-1]))
# the last record: its section is the document's final section (body sectPr)
last = record(ROWS[-1], False)
last = last.replace('<w:sectPr><w:type w:val="nextPage"/>%s</w:sectPr>' % SECT_BODY, "")
body += last

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" mc:Ignorable="w14"')

document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<w:document %s><w:body>%s<w:sectPr>%s</w:sectPr></w:body></w:document>' % (NS, body, SECT_BODY))

footer = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<w:ftr %s><w:p><w:pPr><w:jc w:val="right"/></w:pPr>'
          '<w:r>%s<w:t xml:space="preserve">— </w:t></w:r>'
          '<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r><w:r>%s<w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>'
          '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r><w:r>%s<w:t>1</w:t></w:r><w:r>%s<w:fldChar w:fldCharType="end"/></w:r>'
          '<w:r>%s<w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>') % ((NS,) + (rpr("宋体", 28),) * 7)

styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
          '<w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
          '<w:pPrDefault/></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
          '<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
          '<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
          '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="footer"/><w:basedOn w:val="a"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
          '</w:styles>')

settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:zoom w:percent="100"/>'
            '<w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/><w:defaultTabStop w:val="420"/>'
            '<w:drawingGridVerticalSpacing w:val="579"/><w:characterSpacingControl w:val="compressPunctuation"/>'
            '<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/>'
            '<w:adjustLineHeightInTable/><w:useFELayout/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
            '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>')

content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
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
    '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
    '</Relationships>')

core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dc:title></dc:title><dc:creator>dcs</dc:creator><cp:lastModifiedBy>dcs</cp:lastModifiedBy><cp:revision>1</cp:revision>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-12T02:41:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-12T02:41:00Z</dcterms:modified>'
    '</cp:coreProperties>')

app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<Template>Normal.dotm</Template><TotalTime>0</TotalTime><Pages>%d</Pages><Application>Microsoft Office Word</Application>'
    '<DocSecurity>0</DocSecurity><Company></Company><AppVersion>16.0000</AppVersion></Properties>') % len(ROWS)

with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", content_types)
    z.writestr("_rels/.rels", rels)
    z.writestr("word/document.xml", document)
    z.writestr("word/_rels/document.xml.rels", doc_rels)
    z.writestr("word/styles.xml", styles)
    z.writestr("word/settings.xml", settings)
    z.writestr("word/footer1.xml", footer)
    z.writestr("docProps/core.xml", core)
    z.writestr("docProps/app.xml", app)
print(OUT)
