#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Write 559_chezhou_shi_sheche_renwu_zeren_fenjie.docx (OOXML by hand, zipfile).

A 市政府办公室 notice in the Hangzhou form “省政府工作报告重点工作涉杭任务和市政府
工作报告重点工作责任分解”: three tables (十五五 涉澈 tasks, 2026 涉澈 tasks, the city's
own report), leader rows “（一）X副市长牵头重点工作” merged across, 序号 restarting per
part, `1*` for the provincial tasks the city leads, and in the 责任单位 cell of the
provincial tasks the city only helps with a second line `省牵头单位：省X厅` naming the
province's lead department (for liaison; not a unit this notice assigns).
"""
import os
import zipfile
from xml.sax.saxutils import escape

NAME = "559_chezhou_shi_sheche_renwu_zeren_fenjie.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def run(text, font=FS, sz=32, bold=False, color=None, br_before=False):
    rpr = ('<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
           'w:eastAsia="%s" w:cs="Times New Roman"/>' % font)
    if bold:
        rpr += '<w:b/><w:bCs/>'
    if color:
        rpr += '<w:color w:val="%s"/>' % color
    rpr += '<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>' % (sz, sz)
    br = '<w:br/>' if br_before else ''
    return '<w:r>%s%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, br, escape(text))


def para(runs, jc=None, ind_first=None, line=578, before=0, after=0, extra_ppr="",
         keep_next=False, ind=""):
    ppr = ''
    if keep_next:
        ppr += '<w:keepNext/>'
    ppr += extra_ppr  # only w:pBdr goes here (it precedes w:spacing)
    ppr += '<w:spacing w:before="%d" w:after="%d" w:line="%d" w:lineRule="exact"/>' % (
        before, after, line)
    if ind_first is not None:
        ppr += '<w:ind w:firstLine="%d"/>' % ind_first
    elif ind:
        ppr += '<w:ind %s/>' % ind
    if jc:
        ppr += '<w:jc w:val="%s"/>' % jc
    if isinstance(runs, str):
        runs = [run(runs)]
    return '<w:p><w:pPr>%s</w:pPr>%s</w:p>' % (ppr, ''.join(runs))


def body_p(text):
    return para([run(text)], ind_first=640)


def empty_p():
    return para([run("")])


def page_break():
    return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


# ---------------------------------------------------------------- tables
COLS = [900, 5145, 2800]


def cell(paras_xml, width, span=None, vcenter=True):
    tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % width
    if span:
        tcpr += '<w:gridSpan w:val="%d"/>' % span
    if vcenter:
        tcpr += '<w:vAlign w:val="center"/>'
    return '<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (tcpr, paras_xml)


def cp(text_runs, jc=None):
    """A paragraph inside a cell: 12 pt, single-ish exact line 20 pt."""
    if isinstance(text_runs, str):
        text_runs = [run(text_runs, sz=24)]
    return para(text_runs, jc=jc, line=400)


def header_row(task_header):
    trpr = '<w:trPr><w:tblHeader/><w:jc w:val="center"/></w:trPr>'
    cells = [
        cell(cp([run("序号", font=HT, sz=24)], jc="center"), COLS[0]),
        cell(cp([run(task_header, font=HT, sz=24)], jc="center"), COLS[1]),
        cell(cp([run("责任单位", font=HT, sz=24)], jc="center"), COLS[2]),
    ]
    return '<w:tr>%s%s</w:tr>' % (trpr, ''.join(cells))


def group_row(text):
    c = cell(cp([run(text, font=KT, sz=24, bold=True)]), sum(COLS), span=3)
    return '<w:tr><w:trPr><w:cantSplit/></w:trPr>%s</w:tr>' % c


def task_row(no, text, units, prov=None, prov_inline=False):
    c1 = cell(cp(no, jc="center"), COLS[0])
    c2 = cell(cp(text), COLS[1])
    if prov is None:
        unit_xml = cp(units)
    elif prov_inline:
        unit_xml = cp([run(units, sz=24), run("省牵头单位：" + prov, sz=24, br_before=True)])
    else:
        unit_xml = cp(units) + cp("省牵头单位：" + prov)
    c3 = cell(unit_xml, COLS[2])
    return '<w:tr><w:trPr><w:cantSplit/></w:trPr>%s%s%s</w:tr>' % (c1, c2, c3)


def table(rows_xml):
    borders = ''.join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % b
                      for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tblpr = ('<w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/>'
             '<w:tblBorders>%s</w:tblBorders><w:tblLayout w:type="fixed"/>'
             '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>'
             '</w:tblCellMar><w:tblLook w:val="04A0"/></w:tblPr>') % (sum(COLS), borders)
    grid = '<w:tblGrid>%s</w:tblGrid>' % ''.join('<w:gridCol w:w="%d"/>' % c for c in COLS)
    return '<w:tbl>%s%s%s</w:tbl>' % (tblpr, grid, ''.join(rows_xml))


# ---------------------------------------------------------------- content
PART1 = [
    ("G", "（一）戴恒常务副市长牵头重点工作"),
    ("1", "深入实施扩大内需战略，推动消费提质扩容，培育建设一批区域消费中心城市，到2030年全省社会消费品零售总额达到4.2万亿元。",
     "市商务局、市发改委、市文化广电旅游局", "省商务厅"),
    ("G", "（二）韦立新副市长牵头重点工作"),
    ("2", "加快构建现代化基础设施体系，推进沿海高铁、城际铁路和都市圈市域（郊）铁路建设，基本形成省域“1小时交通圈”。",
     "市交通运输局、市发改委、市规划和自然资源局", "省交通运输厅、省发展改革委"),
]

PART2 = [
    ("G", "（一）戴恒常务副市长牵头重点工作"),
    ("1*", "高水平建设澈州城东科创走廊，打造全省创新策源新高地。",
     "城东科创走廊管委会，市科技局、市发改委、市经信局、市规划和自然资源局、市人力社保局", None),
    ("2", "深入实施制造业“腾笼换鸟、凤凰涅槃”攻坚行动，规模以上工业增加值增长6%以上。",
     "市经信局，各区、县（市）政府（管委会）", "省经信厅"),
    ("3", "加大地方政府专项债券争取和使用力度，扩大有效投资，固定资产投资增长5%左右。",
     "市发改委、市财政局", "省发展改革委、省财政厅"),
    ("G", "（二）韦立新副市长牵头重点工作"),
    ("4", "推进东越港澈州港区集装箱码头扩建工程，海铁联运量增长15%。",
     "市交通运输局、市发改委、市港航管理中心", "省交通运输厅"),
    ("5*", "打造澈州湾新材料产业集群，启动建设澈州湾新区先进材料产业园。",
     "澈州湾新区管委会，市经信局、市发改委、市商务局、市投资促进局", None),
    ("6", "深化“千村示范、万村整治”工程，新建和美乡村精品村60个。",
     "市农业农村局、市规划和自然资源局、市建委", "省农业农村厅"),
    ("G", "（三）葛晓岚副市长牵头重点工作"),
    ("7", "实施新时代基础教育扩优提质行动，新增公办中小学学位1.2万个。",
     "市教育局、市发改委、市财政局", "省教育厅"),
    ("8", "推进县域医共体和城市医联体建设，全面推行“舒心就医”便民服务。",
     "市卫生健康委、市医保局", "省卫生健康委", "inline"),
    ("G", "（四）邵峻副市长牵头重点工作"),
    ("9", "深入打好蓝天、碧水、净土保卫战，细颗粒物年均浓度控制在26微克/立方米以内。",
     "市生态环境局，各区、县（市）政府（管委会）", "省生态环境厅"),
    ("10", "推进城镇老旧小区改造，新开工改造老旧小区120个。",
     "市建委、市住保房管局", "省建设厅"),
    ("11", "健全防汛防台体系，完成海塘安澜工程年度建设任务。",
     "市林业水利局、市应急管理局", "省水利厅、省应急管理厅"),
]

PART3 = [
    ("G", "（一）沈逸舟市长牵头重点工作"),
    ("1", "坚持党的全面领导，严格落实全面从严治党主体责任，持续深化清廉机关建设。",
     "市政府各部门、各直属单位"),
    ("2", "牢固树立过紧日子思想，严控一般性支出，“三公”经费只减不增。",
     "市财政局，市政府各部门、各直属单位"),
    ("G", "（二）戴恒常务副市长牵头重点工作"),
    ("3", "全市生产总值增长5.5%左右，一般公共预算收入增长4%左右。",
     "市发改委、市财政局、市统计局"),
    ("4", "深化“项目攻坚年”行动，全年完成重大项目投资850亿元以上。",
     "市发改委，各区、县（市）政府（管委会）"),
    ("5", "加快建设澈州金融创新港，新增境内外上市公司8家。",
     "市委金融办、市发改委、市经信局"),
    ("6", "推进“高效办成一件事”，年度重点事项清单全部落地。",
     "市数据资源局、市市场监管局、市司法局"),
    ("7", "加强税源培育，完善重点企业“一企一策”服务机制。",
     "国家税务总局澈州市税务局、市财政局"),
    ("G", "（三）韦立新副市长牵头重点工作"),
    ("8", "加快城市轨道交通建设，开工建设地铁6号线二期工程。",
     "市建委、市地铁集团"),
    ("9", "深入实施数字经济创新提质“一号发展工程”，数字经济核心产业增加值增长8%。",
     "市经信局、市数据资源局、市发改委"),
    ("10", "实施外贸主体培育行动，全年新增有进出口实绩企业500家。",
     "市商务局、澈州海关、市贸促会"),
    ("11", "办好第三届东越（澈州）国际消费博览会。",
     "市商务局、市文化广电旅游局、市贸促会"),
    ("G", "（四）葛晓岚副市长牵头重点工作"),
    ("12", "新增城镇就业9万人，城镇调查失业率控制在5%以内。",
     "市人力社保局"),
    ("13", "建设“15分钟品质文化生活圈”，新建城市书房、文化驿站50个。",
     "市文化广电旅游局"),
    ("14", "完善“一老一小”服务体系，新增普惠托位2000个、养老机构床位1500张。",
     "市民政局、市卫生健康委、市发改委"),
    ("15", "高质量承办东越省第十八届运动会澈州赛区赛事。",
     "市体育局，各区、县（市）政府（管委会）"),
    ("G", "（五）邵峻副市长牵头重点工作"),
    ("16", "统筹推进城市更新，完成城中村改造项目30个。",
     "市住保房管局、市建委、市规划和自然资源局"),
    ("17", "深化生活垃圾分类，城乡生活垃圾回收利用率达到65%。",
     "市城管局"),
    ("18", "深入推进安全生产治本攻坚，生产安全事故死亡人数下降10%。",
     "市应急管理局，市政府各部门、各直属单位"),
    ("G", "（六）陆文涛副市长牵头重点工作"),
    ("19", "深化平安澈州建设，完善社会治安整体防控体系。",
     "市公安局、市司法局"),
    ("20", "深入实施法治政府建设实施纲要，严格规范公正文明执法。",
     "市司法局，市政府各部门、各直属单位"),
]


def build_table(spec, task_header, provincial):
    rows = [header_row(task_header)]
    for item in spec:
        if item[0] == "G":
            rows.append(group_row(item[1]))
            continue
        if provincial:
            no, text, units, prov = item[:4]
            inline = len(item) > 4
            rows.append(task_row(no, text, units, prov, prov_inline=inline))
        else:
            no, text, units = item
            rows.append(task_row(no, text, units))
    return table(rows)


def heading_p(text):
    return para([run(text, font=HT)], ind_first=640, keep_next=True)


def document():
    red_rule = ('<w:pBdr><w:bottom w:val="single" w:sz="18" w:space="6" '
                'w:color="FF0000"/></w:pBdr>')
    b = []
    b.append(para([run("澈州市人民政府办公室文件", font=XBS, sz=68, color="FF0000")],
                  jc="center", line=1000, before=600))
    b.append(empty_p())
    b.append(para([run("澈政办发〔2026〕5号")], jc="center", extra_ppr=red_rule, after=400))
    b.append(empty_p())
    b.append(para([run("澈州市人民政府办公室关于印发2026年省政府工作报告重点工作涉澈任务和市政府工作报告重点工作责任分解的通知", font=XBS, sz=44)],
                  jc="center", line=700))
    b.append(empty_p())
    b.append(para([run("各区、县（市）人民政府，市政府各部门、各直属单位：")]))
    b.append(body_p("《2026年省政府工作报告重点工作涉澈任务和市政府工作报告重点工作责任分解》已经市政府同意，现印发给你们，请结合以下要求认真贯彻执行。"))
    b.append(body_p("一、2026年是“十五五”规划开局之年，也是我市奋力打造省域高质量发展增长极的关键之年。各级各部门要提高站位，强化责任，不折不扣落实重点工作任务；加强统筹，第一时间制定有针对性的计划方案；坚持问题导向、目标导向、效果导向，聚焦重点，多措并举，真抓实干，确保2026年各项年度目标任务圆满完成。"))
    b.append(body_p("二、责任分解中，列第一位的责任单位为牵头单位或汇总单位。省政府工作报告重点工作涉澈任务中，序号后标注“*”的为我市牵头的省级重点工作；“省牵头单位”为省政府明确的该项工作省级牵头部门，列明供对接参考，各牵头单位和汇总单位要主动加强与省级部门的沟通衔接，积极争取支持。各牵头单位和汇总单位要于每季度结束后5个工作日内向市政府报告重点工作完成情况，包括进展情况、存在的问题和下一步措施。"))
    b.append(body_p("三、市政府督查室要将重点工作完成情况作为重点督查内容，督促推进落实；对工作推进不力、进度明显滞后的，按规定予以通报。"))
    b.append(empty_p())
    b.append(para([run("附件：2026年省政府工作报告重点工作涉澈任务和市政府工作报告重点工作责任分解")],
                  ind_first=640))
    b.append(empty_p())
    b.append(empty_p())
    b.append(para([run("澈州市人民政府办公室")], jc="right", ind='w:right="640"'))
    b.append(para([run("2026年3月12日")], jc="right", ind='w:right="960"'))
    b.append(para([run("（此件公开发布）")], ind_first=640))
    b.append(page_break())
    # ---- attachment
    b.append(para([run("附件", font=HT)]))
    b.append(empty_p())
    b.append(para([run("2026年省政府工作报告重点工作涉澈任务和", font=XBS, sz=40)], jc="center", line=640))
    b.append(para([run("市政府工作报告重点工作责任分解", font=XBS, sz=40)], jc="center", line=640))
    b.append(empty_p())
    b.append(heading_p("一、省政府工作报告“十五五”时期重点工作涉澈任务责任分解"))
    b.append(build_table(PART1, "重点工作任务（澈州市2项配合工作）", True))
    b.append(empty_p())
    b.append(heading_p("二、省政府工作报告2026年重点工作涉澈任务责任分解"))
    b.append(build_table(PART2, "重点工作任务（澈州市2项牵头工作、9项配合工作）", True))
    b.append(empty_p())
    b.append(heading_p("三、2026年市政府工作报告重点工作责任分解"))
    b.append(build_table(PART3, "重点工作任务", False))
    b.append(empty_p())
    # ---- 版记
    rule = lambda side, sz: ('<w:pBdr><w:%s w:val="single" w:sz="%d" w:space="1" '
                             'w:color="000000"/></w:pBdr>' % (side, sz))
    b.append(page_break())
    for _ in range(12):
        b.append(empty_p())
    b.append(para([run("抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，澈州军分区。", sz=28)],
                  extra_ppr=rule("top", 12), ind='w:left="280" w:right="280"'))
    b.append(para([run("澈州市人民政府办公室　　　　　　　　　　2026年3月13日印发", sz=28)],
                  extra_ppr=('<w:pBdr><w:top w:val="single" w:sz="4" w:space="1" w:color="000000"/>'
                             '<w:bottom w:val="single" w:sz="12" w:space="1" w:color="000000"/></w:pBdr>'),
                  ind='w:left="280" w:right="280"'))
    sect = ('<w:sectPr><w:footerReference w:type="default" r:id="rId3"/>'
            '<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" '
            'w:header="851" w:footer="1134" w:gutter="0"/>'
            '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-842"/></w:sectPr>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document %s><w:body>%s%s</w:body></w:document>' % (W, ''.join(b), sect))


FOOTER = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<w:ftr %s><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">— </w:t></w:r>'
          '<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
          '<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
          '<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
          '<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r>'
          '<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve"> —</w:t></w:r>'
          '</w:p></w:ftr>') % W

STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" '
          'w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/>'
          '<w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" '
          'w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
          '<w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/>'
          '<w:qFormat/></w:style>'
          '<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/>'
          '<w:uiPriority w:val="1"/><w:semiHidden/></w:style>'
          '<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/>'
          '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
          '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
          '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
          '</w:styles>')

SETTINGS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/>'
            '<w:drawingGridVerticalSpacing w:val="579"/>'
            '<w:characterSpacingControl w:val="compressPunctuation"/>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
            '</w:settings>')

CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
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
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
            '</Relationships>')

CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title></dc:title><dc:creator>szfb</dc:creator><cp:lastModifiedBy>督查室</cp:lastModifiedBy>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-10T08:41:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-12T09:15:00Z</dcterms:modified>'
        '</cp:coreProperties>')

APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
       '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
       '<AppVersion>16.0000</AppVersion></Properties>')


def main():
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", document())
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/settings.xml", SETTINGS)
        z.writestr("word/footer1.xml", FOOTER)
        z.writestr("docProps/core.xml", CORE)
        z.writestr("docProps/app.xml", APP)
    print(OUT)


if __name__ == "__main__":
    main()
