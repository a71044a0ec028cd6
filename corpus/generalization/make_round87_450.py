# -*- coding: utf-8 -*-
"""Generate 450_yutan_xian_duchashi_duban_xitong_daochu.docx (raw OOXML via zipfile).

A joint 县委督查室 / 县政府督查室 督办通知 whose attachment is a table pasted into Word
from the 督查督办信息系统's Excel export: one column per unit and per leader.
"""
import os
import zipfile
from xml.sax.saxutils import escape

NAME = "450_yutan_xian_duchashi_duban_xitong_daochu.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
ST = "宋体"


def run(text, font=FS, sz=32, bold=False, color=None, spacing=None):
    rpr = ('<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>'
           % (font if font != FS else "Times New Roman", font if font != FS else "Times New Roman", font, font))
    if bold:
        rpr += "<w:b/><w:bCs/>"
    if color:
        rpr += '<w:color w:val="%s"/>' % color
    if spacing:
        rpr += '<w:spacing w:val="%d"/>' % spacing
    rpr += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (sz, sz)
    return '<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(text))


def para(runs, jc=None, ind_first=None, line=560, before=0, after=0, extra_ppr="", rpr_mark=""):
    ppr = ""
    if extra_ppr:
        ppr += extra_ppr
    ppr += '<w:spacing w:before="%d" w:after="%d" w:line="%d" w:lineRule="exact"/>' % (before, after, line)
    if ind_first:
        ppr += '<w:ind w:firstLineChars="200" w:firstLine="%d"/>' % ind_first
    if jc:
        ppr += '<w:jc w:val="%s"/>' % jc
    if rpr_mark:
        ppr += "<w:rPr>%s</w:rPr>" % rpr_mark
    if isinstance(runs, str):
        runs = [runs]
    return "<w:p><w:pPr>%s</w:pPr>%s</w:p>" % (ppr, "".join(runs))


def body(text):
    return para(run(text), jc="both", ind_first=640)


# ---------------------------------------------------------------- the notice
P = []
P.append(para(run("中共榆潭县委督查室", XBS, 60, color="FF0000", spacing=6), jc="distribute", line=760, before=600))
P.append(para(run("榆潭县人民政府督查室", XBS, 60, color="FF0000", spacing=6), jc="distribute", line=760))
P.append(para(run("督　办　通　知", XBS, 52, color="FF0000"), jc="center", line=760, before=120))
P.append(para(run("榆督办〔2025〕7号"), jc="center", before=240,
              extra_ppr='<w:pBdr><w:bottom w:val="single" w:sz="24" w:space="12" w:color="FF0000"/></w:pBdr>'))
P.append(para("", line=400))
P.append(para(run("关于交办2025年第二季度县委县政府", XBS, 44), jc="center", line=600))
P.append(para(run("重点督办事项的通知", XBS, 44), jc="center", line=600))
P.append(para("", line=400))
P.append(para(run("各乡镇党委、人民政府，城关街道党工委、办事处，县委各部门，县直各单位，驻县各单位："), jc="both"))
P.append(body("为推动县委、县政府重大决策部署落地见效，根据县委常委会会议、县政府常务会议议定事项和县领导批示要求，"
              "经县委、县政府主要领导同意，现将2025年第二季度重点督办事项（共28项）予以交办。"
              "所列事项已录入“榆潭县督查督办信息系统”，《2025年第二季度重点督办事项清单》由系统导出，附后。"
              "现就有关要求通知如下："))
P.append(para(run("一、压实办理责任", HT), jc="both", ind_first=640))
P.append(body("清单中“主办单位”为牵头单位，其主要负责同志为第一责任人，负责制定办理方案、协调推进并按时报送办理情况；"
              "“协办单位1”“协办单位2”“协办单位3”为配合单位，要主动对接、密切配合，在各自职责范围内抓好落实，"
              "不得推诿扯皮。“责任领导1”“责任领导2”为该事项的县级责任领导，负责统筹调度、协调解决重大问题。"))
P.append(para(run("二、按时报送进展", HT), jc="both", ind_first=640))
P.append(body("各主办单位于每月25日前通过督查督办信息系统填报办理进展，协办单位于每月20日前将配合推进情况书面反馈主办单位。"
              "事项办结后，主办单位须在系统中提交办结报告及佐证材料，经责任领导审核同意后申请销号。"
              "“办结时限”为系统设定的最迟完成时间；标注“持续推进”的事项按月报送进展，12月20日前提交年度工作总结。"))
P.append(para(run("三、严格督查问效", HT), jc="both", ind_first=640))
P.append(body("县委督查室、县政府督查室将采取系统预警、电话督办、实地督查、跟踪问效等方式进行督办。"
              "对系统亮“黄灯”的事项下发督办提醒函，亮“红灯”的事项在全县通报；对推进不力、敷衍塞责、弄虚作假的，"
              "按照有关规定提请启动问责程序。督办事项办理情况纳入年度综合考核。"))
P.append(para(run("四、其他事项", HT), jc="both", ind_first=640))
P.append(body("各单位如对交办事项的责任分工有异议，请于4月15日前书面报告县委督查室或县政府督查室，逾期视为无异议。"
              "系统账号及操作问题请联系县数据局（电话：6231870）。"))
P.append(body("联系人：县委督查室　郑晓岚，电话：6230415；县政府督查室　孙志明，电话：6232266。"))
P.append(para("", line=560))
P.append(para([run("附件："), run("2025年第二季度重点督办事项清单")], jc="both", ind_first=640))
P.append(para("", line=560))
P.append(para("", line=560))
P.append(para(run("中共榆潭县委督查室　　　　榆潭县人民政府督查室"), jc="right",
              extra_ppr='<w:ind w:right="320"/>'))
P.append(para(run("2025年4月8日"), jc="right", extra_ppr='<w:ind w:right="1280"/>'))
# section break: portrait A4 for the notice
SECT_PORTRAIT = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
                 '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1417" w:gutter="0"/>'
                 '<w:cols w:space="425"/><w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>')
P.append('<w:p><w:pPr>%s<w:spacing w:line="560" w:lineRule="exact"/></w:pPr></w:p>' % SECT_PORTRAIT)

# ---------------------------------------------------------------- attachment
P.append(para(run("附件", HT, 32), jc="left", line=560))
P.append(para(run("2025年第二季度重点督办事项清单", XBS, 40), jc="center", line=640, after=240))

GRID = [600, 4000, 1000, 1000, 1400, 1300, 1300, 1300, 1100, 958]
HEAD = ["序号", "事项名称", "责任领导1", "责任领导2", "主办单位", "协办单位1", "协办单位2", "协办单位3", "办结时限", "督办类别"]

# rows: ("S", text) for a group row of the export; otherwise the ten cells
ROWS = [
    ("S", "一、县委常委会会议议定事项（7项）"),
    ["1", "加快推进榆潭经济开发区扩区调区工作，完成扩区方案编制并报市政府审核", "罗志勇", "", "榆潭经济开发区管委会", "县自然资源局", "市生态环境局榆潭分局", "县发改局", "2025-06-30", "重点督办"],
    ["2", "抓好县委第三轮巡察反馈问题整改，建立整改台账并逐项对账销号", "江海燕", "", "县委巡察办", "县纪委监委", "", "", "2025-05-31", "重点督办"],
    ["3", "推进城区老旧小区改造，完成2025年度12个小区改造项目开工", "韩冰", "", "县住建局", "县财政局", "城关街道办事处", "县供电公司", "2025-09-30", "重点督办"],
    ["4", "制定县域商业体系建设实施方案，推动县乡村三级物流配送体系建设", "韩冰", "", "县商务局", "县交通运输局", "县邮政分公司", "县供销社", "2025-06-15", "一般督办"],
    ["5", "开展意识形态领域风险隐患排查，健全网络舆情监测处置机制", "温雅琴", "", "县委宣传部", "县委网信办", "县公安局", "", "2025-06-30", "一般督办"],
    ["6", "深化平安榆潭建设，推进县矛盾纠纷调处化解中心规范化运行", "赵鹏", "牛振东", "县委政法委", "县信访局", "县司法局", "各乡镇（街道）", "2025-12-31", "重点督办"],
    ["7", "做好高校毕业生等青年群体就业工作，开发就业见习岗位300个以上", "葛少华", "", "县人社局", "县教体局", "", "", "2025-08-31", "一般督办"],
    ("S", "二、县政府常务会议议定事项（10项）"),
    ["8", "加快县人民医院新院区建设，确保门诊医技综合楼年内主体封顶", "葛少华", "", "县卫健委", "县住建局", "县发改局", "县城投公司", "2025-10-31", "重点督办"],
    ["9", "完成2025年高标准农田建设项目招标并开工建设，新建高标准农田2.3万亩", "唐立新", "", "县农业农村局", "县财政局", "县自然资源局", "县水利局", "2025-11-30", "重点督办"],
    ["10", "推进县城污水处理厂提标改造工程，年底前出水水质稳定达到一级A标准", "韩冰", "", "县城管局", "市生态环境局榆潭分局", "", "", "2025-12-31", "重点督办"],
    ["11", "深入开展安全生产治本攻坚三年行动，集中整治燃气、经营性自建房等领域安全隐患", "沈国栋", "罗志勇", "县应急管理局", "县住建局", "县市场监管局", "各乡镇（街道）", "持续推进", "重点督办"],
    ["12", "规范政府采购行为，开展政府采购领域“四类”违法违规行为专项整治", "罗志勇", "", "县财政局", "", "", "", "2025-07-31", "一般督办"],
    ["13", "开展医保基金使用常态化监管专项行动，追回违规使用的医保基金", "葛少华", "", "县医保局", "县卫健委", "县公安局", "县市场监管局", "2025-07-15", "一般督办"],
    ["14", "化解城区学校大班额问题，秋季学期开学前新增公办学位1200个", "葛少华", "", "县教体局", "县住建局", "县自然资源局", "", "2025-08-31", "重点督办"],
    ["15", "加快G351国道榆潭段改扩建工程征地拆迁，6月底前完成交地", "韩冰", "罗志勇", "县交通运输局", "县自然资源局", "青石镇人民政府", "马坪镇人民政府", "2025-06-30", "重点督办"],
    ["16", "推进政务服务“一网通办”，年底前高频政务服务事项网上可办率达到95%以上", "", "", "县数据局", "县政务服务中心", "", "", "2025-12-31", "一般督办"],
    ["17", "抓好春季森林防灭火工作，落实重点时段、重点区域巡护值守", "唐立新", "", "县林业局", "县应急管理局", "各乡镇（街道）", "", "2025-05-31", "限时督办"],
    ("S", "三、县领导批示交办事项（6项）"),
    ["18", "关于群众反映城北片区夜间施工噪声扰民问题的调查处理", "韩冰", "", "县城管局", "市生态环境局榆潭分局", "县住建局", "", "2025-04-30", "限时督办"],
    ["19", "关于潭河流域非法采砂问题的集中整治", "唐立新", "牛振东", "县水利局", "县公安局", "县自然资源局", "县交通运输局", "2025-05-31", "限时督办"],
    ["20", "关于县第三中学食堂食品安全问题的核查整改", "葛少华", "", "县市场监管局", "县教体局", "", "", "2025-04-25", "限时督办"],
    ["21", "关于加快解决幸福里小区等历史遗留项目“办证难”问题", "韩冰", "", "县自然资源局", "县住建局", "县税务局", "", "2025-06-30", "限时督办"],
    ["22", "研究制定支持民营经济高质量发展的具体措施", "沈国栋", "", "县发改局", "县工信局", "县财政局", "县工商联", "2025-05-20", "一般督办"],
    ["23", "关于马坪镇部分村组饮水安全问题的处理", "唐立新", "", "县水利局", "马坪镇人民政府", "县卫健委", "", "2025-05-15", "限时督办"],
    ("S", "四、上级督查反馈问题整改事项（5项）"),
    ["24", "整改省生态环境保护督察反馈的畜禽养殖污染问题", "唐立新", "", "县农业农村局", "市生态环境局榆潭分局", "相关乡镇人民政府", "", "2025-09-30", "重点督办"],
    ["25", "整改市审计局审计指出的专项资金闲置问题，盘活财政存量资金", "罗志勇", "", "县财政局", "县审计局", "各相关项目单位", "", "2025-06-30", "重点督办"],
    ["26", "整改市委巡察指出的耕地“非农化”问题，完成违法占用耕地图斑整改", "唐立新", "", "县自然资源局", "县农业农村局", "县林业局", "各乡镇（街道）", "2025-10-31", "重点督办"],
    ["27", "落实国务院第十一次大督查发现问题整改，清理拖欠企业账款", "沈国栋", "罗志勇", "县工信局", "县财政局", "县发改局", "县国资服务中心", "2025-06-30", "重点督办"],
    ["28", "整改市安委会暗访发现的人员密集场所消防安全隐患", "牛振东", "", "县消防救援大队", "县应急管理局", "城关街道办事处", "", "2025-05-31", "限时督办"],
]

BORDERS = ('<w:tcBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
           '<w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
           '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
           '<w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tcBorders>')


def cell_run(text, bold=False):
    rpr = '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>' % (ST, ST, ST, ST)
    if bold:
        rpr += "<w:b/><w:bCs/>"
    rpr += '<w:color w:val="000000"/><w:kern w:val="0"/><w:sz w:val="20"/><w:szCs w:val="20"/>'
    return '<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(text))


def cell(text, width, jc="center", span=1, fill=None, bold=False):
    tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % width
    if span > 1:
        tcpr += '<w:gridSpan w:val="%d"/>' % span
    tcpr += BORDERS
    if fill:
        tcpr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % fill
    tcpr += '<w:vAlign w:val="center"/>'
    markrpr = ('<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/><w:color w:val="000000"/>'
               '<w:kern w:val="0"/><w:sz w:val="20"/><w:szCs w:val="20"/>' % (ST, ST, ST, ST))
    ppr = ('<w:widowControl/><w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="%s"/><w:rPr>%s</w:rPr>'
           % (jc, markrpr))
    content = cell_run(text, bold) if text else ""
    return "<w:tc><w:tcPr>%s</w:tcPr><w:p><w:pPr>%s</w:pPr>%s</w:p></w:tc>" % (tcpr, ppr, content)


def row(cells_xml, header=False, height=560):
    trpr = '<w:trPr><w:trHeight w:val="%d"/>%s</w:trPr>' % (height, "<w:tblHeader/>" if header else "")
    return "<w:tr>%s%s</w:tr>" % (trpr, "".join(cells_xml))


T = ['<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:tblInd w:w="-5" w:type="dxa"/>'
     '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
     '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
     '</w:tblPr><w:tblGrid>%s</w:tblGrid>' % (sum(GRID), "".join('<w:gridCol w:w="%d"/>' % g for g in GRID))]
T.append(row([cell(h, w, fill="D9D9D9", bold=True) for h, w in zip(HEAD, GRID)], header=True, height=600))
for r in ROWS:
    if isinstance(r, tuple):
        T.append(row([cell(r[1], sum(GRID), jc="left", span=len(GRID), bold=True)], height=480))
    else:
        xs = []
        for i, (v, w) in enumerate(zip(r, GRID)):
            xs.append(cell(v, w, jc="left" if i == 1 else "center"))
        T.append(row(xs))
T.append("</w:tbl>")
P.append("".join(T))

# 版记 on a portrait page of its own
SECT_LANDSCAPE = ('<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
                  '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="851" w:footer="992" w:gutter="0"/>'
                  '<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr>')
P.append('<w:p><w:pPr>%s<w:spacing w:line="240" w:lineRule="auto"/></w:pPr></w:p>' % SECT_LANDSCAPE)
for _ in range(14):
    P.append(para("", line=560))
BD = '<w:pBdr><w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/><w:bottom w:val="single" w:sz="8" w:space="1" w:color="000000"/></w:pBdr>'
P.append(para(run("抄送：县委、县人大常委会、县政府、县政协领导。", FS, 28), jc="left", extra_ppr=BD + '<w:ind w:left="280" w:right="280"/>'))
P.append(para([run("中共榆潭县委督查室", FS, 28), run("　　　　　　　　　　　 ", FS, 28), run("2025年4月8日印发", FS, 28)],
              jc="left", extra_ppr='<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" w:color="000000"/></w:pBdr><w:ind w:left="280" w:right="280"/>'))
SECT_LAST = SECT_PORTRAIT

DOC = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
       '<w:body>%s%s</w:body></w:document>' % ("".join(P), SECT_LAST))

STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
          'w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/>'
          '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
          '<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/></w:style>'
          '<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>'
          '<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:semiHidden/>'
          '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
          '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
          '</w:styles>')

SETTINGS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="156"/>'
            '<w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/>'
            '<w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/>'
            '<w:useFELayout/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
            '</w:compat><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>')

CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
      '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
      '</Types>')

RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')

DOCRELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
           '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
           '</Relationships>')

CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title></dc:title><dc:creator>dcs</dc:creator><cp:lastModifiedBy>县委督查室</cp:lastModifiedBy>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-04-07T08:52:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-04-08T02:16:00Z</dcterms:modified></cp:coreProperties>')

APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
       '<Template>Normal.dotm</Template><Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>')

with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", CT)
    z.writestr("_rels/.rels", RELS)
    z.writestr("word/document.xml", DOC)
    z.writestr("word/_rels/document.xml.rels", DOCRELS)
    z.writestr("word/styles.xml", STYLES)
    z.writestr("word/settings.xml", SETTINGS)
    z.writestr("docProps/core.xml", CORE)
    z.writestr("docProps/app.xml", APP)
print(OUT)
