#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generate 449_chengyang_ziranziyuanting_yaodian_fengong.docx (OOXML written by hand with zipfile).

An internal notice of a provincial 自然资源厅 dividing its 2025 工作要点 among its 处室 and 直属单位,
the division given as a Word table in the 附件 (landscape section), 责任厅领导 as leaders.
"""
import os
import zipfile
from xml.sax.saxutils import escape

NAME = "449_chengyang_ziranziyuanting_yaodian_fengong.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def run(text, font=FS, size=32, bold=False, color=None, ascii_font=None):
    af = ascii_font or "Times New Roman"
    rpr = ('<w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:hint="eastAsia"/>' % (af, font, af))
    if bold:
        rpr += '<w:b/>'
    if color:
        rpr += '<w:color w:val="%s"/>' % color
    rpr += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size)
    return '<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(text))


def para(runs, jc=None, ind_first=None, ind_left=None, ind_right=None, line=560, before=0, after=0,
         extra_ppr="", keep=False):
    ppr = ""
    if keep:
        ppr += '<w:keepNext/>'
    ppr += extra_ppr
    ppr += '<w:spacing w:before="%d" w:after="%d" w:line="%d" w:lineRule="exact"/>' % (before, after, line)
    ind = ""
    if ind_first is not None:
        ind += ' w:firstLineChars="%d" w:firstLine="%d"' % (ind_first * 100, ind_first * 320)
    if ind_left is not None:
        ind += ' w:left="%d"' % ind_left
    if ind_right is not None:
        ind += ' w:right="%d"' % ind_right
    if ind:
        ppr += '<w:ind%s/>' % ind
    if jc:
        ppr += '<w:jc w:val="%s"/>' % jc
    if isinstance(runs, str):
        runs = [run(runs)]
    return '<w:p><w:pPr>%s</w:pPr>%s</w:p>' % (ppr, "".join(runs))


def empty(line=560):
    return para([], line=line)


# ---------------------------------------------------------------- the body (portrait)
body = []
body.append(para([run("澄阳省自然资源厅文件", XBS, 88, color="FF0000")], jc="center", line=1200, before=1400,
                 after=300))
body.append(empty())
body.append(para([run("澄自然资发〔2025〕9号")], jc="center",
                 extra_ppr='<w:pBdr><w:bottom w:val="single" w:sz="18" w:space="12" w:color="FF0000"/></w:pBdr>'))
body.append(empty())
body.append(para([run("澄阳省自然资源厅", XBS, 44)], jc="center", line=700))
body.append(para([run("关于印发《2025年全省自然资源工作要点》", XBS, 44)], jc="center", line=700))
body.append(para([run("任务分工方案的通知", XBS, 44)], jc="center", line=700))
body.append(empty())
body.append(para("厅机关各处室、各直属单位："))

cover = [
    "为深入贯彻落实全国自然资源工作会议和全省自然资源工作会议精神，确保《2025年全省自然资源工作要点》"
    "（以下简称《工作要点》）各项任务落到实处，经厅党组会议研究同意，现将《工作要点》任务分工方案印发给你们，"
    "并就有关事项通知如下。",
]
for t in cover:
    body.append(para(t, ind_first=2))

body.append(para([run("一、压实工作责任", HT)], ind_first=2))
body.append(para(
    "各项任务明确了责任厅领导、牵头处室（单位）和配合处室（单位）。责任厅领导对分管任务负领导责任，"
    "牵头处室（单位）对任务落实负主体责任，主要负责同志为第一责任人；配合处室（单位）要按照职责分工"
    "积极主动配合，形成工作合力。一项任务有两个牵头处室（单位）的，由其共同牵头、分工协作。", ind_first=2))
body.append(para([run("二、细化工作措施", HT)], ind_first=2))
body.append(para(
    "各牵头处室（单位）要对照任务分工，于3月10日前制定具体工作方案，明确时间表、路线图和责任人，"
    "将任务逐项分解到岗到人，并将工作方案报厅办公室备案。", ind_first=2))
body.append(para([run("三、加强督查调度", HT)], ind_first=2))
body.append(para(
    "厅办公室（督查室）将任务落实情况纳入年度督查重点，实行按季调度、半年评估、年终考核。"
    "各牵头处室（单位）于每季度最后一个月的25日前，通过厅协同办公平台“督查督办”模块报送任务进展情况，"
    "12月10日前报送全年完成情况。对进展缓慢、工作不力的，将在厅务会上通报。", ind_first=2))
body.append(para([run("四、及时报告情况", HT)], ind_first=2))
body.append(para(
    "任务落实中遇到的重大问题，牵头处室（单位）要及时向责任厅领导报告；确需调整任务或完成时限的，"
    "须经责任厅领导同意后，书面报厅办公室备案。", ind_first=2))
body.append(empty())
body.append(para([run("附件：2025年全省自然资源工作要点任务分工表")], ind_first=2))
body.append(empty())
body.append(empty())
body.append(para([run("澄阳省自然资源厅")], jc="right", ind_right=1280))
body.append(para([run("2025年2月21日")], jc="right", ind_right=1280))
body.append(para([run("（此件不公开）")], ind_first=2))

# end of portrait section
SECT_PORTRAIT = ('<w:sectPr><w:footerReference w:type="default" r:id="rId8"/>'
                 '<w:pgSz w:w="11906" w:h="16838"/>'
                 '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1417"'
                 ' w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:type="linesAndChars" w:linePitch="579"'
                 ' w:charSpace="-842"/></w:sectPr>')
body.append('<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/>%s</w:pPr></w:p>' % SECT_PORTRAIT)

# ---------------------------------------------------------------- the attachment (landscape)
body.append(para([run("附件", HT)], line=560))
body.append(empty(line=400))
body.append(para([run("2025年全省自然资源工作要点任务分工表", XBS, 40)], jc="center", line=600, after=200))

# columns: 序号 | 工作任务 | 责任厅领导 | 牵头处室（单位） | 配合处室（单位） | 完成时限
WIDTHS = [700, 6300, 1300, 2000, 2600, 1500]
HEAD = ["序号", "工作任务", "责任厅领导", "牵头处室（单位）", "配合处室（单位）", "完成时限"]

# part headings and tasks; leader / lead / coop: a list = one paragraph each in the cell;
# a string = one paragraph. leader None = continue the vertical merge from the row above.
PARTS = [
    ("一、坚决扛牢耕地保护责任", [
        ("严格落实耕地保护党政同责，组织做好2024年度省级党委和政府耕地保护和粮食安全责任制考核自然资源部分工作，"
         "督促各市（州）全面完成耕地保有量和永久基本农田保护目标任务。",
         "周振华", "耕地保护监督处", "国土空间用途管制处、执法局、省自然资源调查监测院", "6月底前"),
        ("全面落实耕地占补平衡新机制，完善补充耕地项目入库、验收和指标调剂管理制度，确保补充耕地数量到位、质量到位。",
         None, "耕地保护监督处", "国土空间生态修复处、财务处、省国土整治中心", "12月底前"),
        ("稳妥有序推进耕地流出问题整改恢复，持续开展耕地“非农化”问题排查整治，完成国家下达的年度恢复任务。",
         None, "耕地保护监督处", "执法局、自然资源调查监测处", "11月底前"),
        ("统筹推进全域土地综合整治，与高标准农田建设有机衔接，新启动省级试点项目20个以上。",
         ["周振华", "邵立平"], "国土空间生态修复处", "耕地保护监督处、国土空间规划局、省国土整治中心", "12月底前"),
    ]),
    ("二、加快构建国土空间规划体系", [
        ("推动市县国土空间总体规划全部批复实施，建立国土空间规划实施监测、评估、预警机制，开展年度体检评估。",
         "邵立平", "国土空间规划局", "政策法规处、省国土空间规划研究院", "9月底前"),
        ("加快城镇开发边界内详细规划编制，推进“多规合一”实用性村庄规划有序编制，规范规划修改程序。",
         None, "国土空间规划局", "国土空间用途管制处、省国土空间规划研究院", "12月底前"),
        ("完善国土空间规划“一张图”实施监督信息系统，推动与投资项目在线审批监管平台互联互通、数据共享。",
         ["邵立平", "黄建新"], ["国土空间规划局", "厅信息中心"], "测绘地理信息管理处", "10月底前"),
        ("规范省级国土空间专项规划编制报批，做好专项规划审查和“一张图”核对工作。",
         "邵立平", "国土空间规划局", "/", "12月底前"),
    ]),
    ("三、全力做好资源要素保障", [
        ("做好重大项目用地服务保障，建立省级重点项目用地清单和常态化调度机制，确保依法依规应保尽保。",
         "李文博", "国土空间用途管制处", "自然资源开发利用处、耕地保护监督处、国土空间规划局", "全年"),
        ("深化“增存挂钩”机制，全年处置批而未供土地8万亩、闲置土地1.2万亩以上，盘活存量建设用地。",
         None, "自然资源开发利用处", "国土空间用途管制处、执法局", "12月底前"),
        ("推行工业用地“标准地”出让，探索工业用地长期租赁、先租后让、弹性年期供应等方式。",
         None, "自然资源开发利用处", "政策法规处", "12月底前"),
        ("组织开展全省城镇基准地价更新，健全公示地价体系，做好地价动态监测。",
         None, "自然资源所有者权益处", "自然资源开发利用处、省自然资源调查监测院", "11月底前"),
        ("深入实施新一轮找矿突破战略行动，部署省级地质勘查项目30项以上，力争新发现中型以上矿产地5处。",
         "王海峰", "地质勘查管理处", "矿业权管理处、财务处、省地质调查院", "12月底前"),
        ("深化矿业权出让制度改革，全面推行矿业权竞争性出让，规范协议出让管理，做好矿业权出让收益征收工作。",
         None, "矿业权管理处", "矿产资源保护监督处、政策法规处、财务处", "12月底前"),
        ("开展绿色矿山建设“回头看”，统筹推进历史遗留废弃矿山生态修复，全年修复面积1.5万亩以上。",
         ["王海峰", "周振华"], ["矿产资源保护监督处", "国土空间生态修复处"], "省地质环境监测总站", "11月底前"),
    ]),
    ("四、统筹推进生态保护修复和地质灾害防治", [
        ("实施山水林田湖草沙一体化保护和修复工程，加快推进澄河流域国土空间生态修复重大工程建设。",
         "周振华", "国土空间生态修复处", "财务处、国土空间规划局", "12月底前"),
        ("严格生态保护红线管控，加强生态保护红线内有限人为活动监管，做好生态保护红线评估调整相关工作。",
         "邵立平", "国土空间用途管制处", "国土空间规划局、执法局、省国土空间规划研究院", "12月底前"),
        ("汛期前完成地质灾害隐患点和风险区全覆盖排查，推进群测群防与专业监测深度融合，提升地质灾害预警能力。",
         "王海峰", "地质灾害防治处", ["省地质环境监测总站", "省地质调查院"], "5月底前"),
        ("实施地质灾害避险搬迁和工程治理项目，全年完成受威胁群众避险搬迁3000户以上。",
         None, "地质灾害防治处", "财务处", "12月底前"),
    ]),
    ("五、深化调查监测、确权登记和测绘地理信息工作", [
        ("完成2024年度全省国土变更调查，开展全民所有自然资源资产清查，做好调查成果共享应用。",
         "刘慧敏", "自然资源调查监测处", "自然资源所有者权益处、省自然资源调查监测院", "6月底前"),
        ("推进自然资源统一确权登记，完成重点区域自然资源确权登记并纳入不动产登记信息管理基础平台。",
         None, "自然资源确权登记局", "省不动产登记中心", "12月底前"),
        ("深化不动产登记便民利企改革，全面推行“交房即交证”“带押过户”，拓展“互联网+不动产登记”服务。",
         None, "自然资源确权登记局", ["政策法规处", "省不动产登记中心", "厅信息中心"], "全年"),
        ("编制全民所有自然资源资产负债表，做好2024年度国有自然资源资产管理情况专项报告起草工作。",
         None, "自然资源所有者权益处", "财务处、自然资源调查监测处", "9月底前"),
        ("加快实景三维澄阳建设，推进新型基础测绘体系建设试点，做好基础测绘成果更新。",
         "黄建新", "测绘地理信息管理处", "省基础测绘院", "12月底前"),
        ("强化测绘地理信息安全监管，开展地图市场和涉密测绘成果专项检查，加强“问题地图”治理。",
         None, "测绘地理信息管理处", "执法局", "10月底前"),
    ]),
    ("六、全面加强法治建设和自身建设", [
        ("推进自然资源领域地方立法，配合做好《澄阳省国土空间规划条例》审议相关工作，开展规范性文件清理。",
         "刘慧敏", "政策法规处", "国土空间规划局、厅机关各处室", "11月底前"),
        ("严格自然资源执法监管，开展2024年度卫片执法，保持对违法用地、违法采矿的高压态势。",
         "周振华", "执法局", "耕地保护监督处、矿产资源保护监督处、省自然资源调查监测院", "全年"),
        ("推进数字自然资源建设，加快政务服务事项“一网通办”，提升厅机关协同办公平台应用水平。",
         "黄建新", "厅信息中心", "办公室、各业务处室", "12月底前"),
        ("落实全面从严治党主体责任，深入开展中央八项规定精神学习教育，推进清廉机关建设。",
         "韩明轩", "机关党委", "人事处、厅机关各处室、各直属单位", "全年"),
        ("加强干部队伍建设，统筹做好干部选拔任用、教育培训和年轻干部培养工作。",
         None, "人事处", "机关党委", "全年"),
        ("加强厅属单位财务管理和内部审计监督，规范专项资金使用，提高资金使用绩效。",
         "李文博", "财务处", "各直属单位", "全年"),
        ("做好安全生产、信访维稳、保密和政务公开等工作，确保全系统安全稳定。",
         None, "办公室", "政策法规处、各直属单位", "全年"),
    ]),
]

BORDERS = ('<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
           '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
           '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
           '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
           '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
           '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>')


def cell_par(text, font=FS, size=24, jc=None, bold=False):
    jcx = '<w:jc w:val="%s"/>' % jc if jc else ""
    return ('<w:p><w:pPr><w:spacing w:line="360" w:lineRule="exact"/>%s</w:pPr>%s</w:p>'
            % (jcx, run(text, font, size, bold) if text else ""))


def cell(w, paras, vmerge=None, span=None, jc=None, font=FS, size=24, vcenter=True, bold=False):
    tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % w
    if span:
        tcpr += '<w:gridSpan w:val="%d"/>' % span
    if vmerge == "restart":
        tcpr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont":
        tcpr += '<w:vMerge/>'
    if vcenter:
        tcpr += '<w:vAlign w:val="center"/>'
    if isinstance(paras, str):
        paras = [paras]
    if not paras:
        paras = [""]
    return '<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (
        tcpr, "".join(cell_par(p, font, size, jc, bold) for p in paras))


rows = []
# header row, repeated on each page
hdr = "".join(cell(w, h, jc="center", font=HT, size=24) for w, h in zip(WIDTHS, HEAD))
rows.append('<w:tr><w:trPr><w:tblHeader/><w:jc w:val="center"/><w:trHeight w:val="680"/></w:trPr>%s</w:tr>' % hdr)

n = 0
for part, tasks in PARTS:
    rows.append('<w:tr><w:trPr><w:cantSplit/><w:jc w:val="center"/><w:trHeight w:val="510"/></w:trPr>%s</w:tr>'
                % cell(sum(WIDTHS), part, span=6, font=HT, size=24))
    # compute vertical merges of the leader column inside the part
    for i, (text, leader, lead, coop, due) in enumerate(tasks):
        n += 1
        if leader is None:
            lcell = cell(WIDTHS[2], [], vmerge="cont", jc="center")
        else:
            nxt_none = i + 1 < len(tasks) and tasks[i + 1][1] is None
            lcell = cell(WIDTHS[2], leader if isinstance(leader, list) else [leader],
                         vmerge="restart" if nxt_none else None, jc="center")
        cells = [
            cell(WIDTHS[0], str(n), jc="center"),
            cell(WIDTHS[1], text, jc="both"),
            lcell,
            cell(WIDTHS[3], lead if isinstance(lead, list) else [lead], jc="center"),
            cell(WIDTHS[4], coop if isinstance(coop, list) else [coop], jc="center" if coop == "/" else "left"),
            cell(WIDTHS[5], due, jc="center"),
        ]
        rows.append('<w:tr><w:trPr><w:cantSplit/><w:jc w:val="center"/></w:trPr>%s</w:tr>' % "".join(cells))

grid = "".join('<w:gridCol w:w="%d"/>' % w for w in WIDTHS)
table = ('<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/>%s'
         '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="85" w:type="dxa"/>'
         '<w:right w:w="85" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="04A0" w:firstRow="1"'
         ' w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
         '<w:tblGrid>%s</w:tblGrid>%s</w:tbl>') % (sum(WIDTHS), BORDERS, grid, "".join(rows))
body.append(table)
body.append(empty())

# 版记 at the end of the last page
RULE_THIN = '<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'
RULE_THICK_TOP = '<w:pBdr><w:top w:val="single" w:sz="12" w:space="1" w:color="auto"/></w:pBdr>'
RULE_THICK_BOTTOM = '<w:pBdr><w:bottom w:val="single" w:sz="12" w:space="1" w:color="auto"/></w:pBdr>'
body.append(para([run("抄送：省纪委监委驻省自然资源厅纪检监察组。", size=28)], ind_left=280, ind_right=280,
                 line=480, extra_ppr=RULE_THICK_TOP))
body.append(para([run("澄阳省自然资源厅办公室", size=28), '<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:tab/></w:r>',
                  run("2025年2月21日印发", size=28)], ind_left=280, ind_right=280, line=480,
                 extra_ppr='<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="auto"/>'
                           '<w:bottom w:val="single" w:sz="12" w:space="1" w:color="auto"/></w:pBdr>'
                           '<w:tabs><w:tab w:val="right" w:pos="13678"/></w:tabs>'))

SECT_LANDSCAPE = ('<w:sectPr><w:footerReference w:type="default" r:id="rId8"/>'
                  '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
                  '<w:pgMar w:top="1588" w:right="1440" w:bottom="1474" w:left="1440" w:header="851"'
                  ' w:footer="992" w:gutter="0"/><w:cols w:space="425"/>'
                  '<w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr>')

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

document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document %s><w:body>%s%s</w:body></w:document>' % (NS, "".join(body), SECT_LANDSCAPE))

footer = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<w:ftr %s><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">— </w:t></w:r>'
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r>'
          '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve"> —</w:t></w:r>'
          '</w:p></w:ftr>') % NS

styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312"'
          ' w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="32"/>'
          '<w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
          '<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/></w:style>'
          '<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/>'
          '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
          '<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>'
          '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
          '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
          '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="footer"/><w:basedOn w:val="a"/>'
          '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs>'
          '<w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
          '</w:styles>')

settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/>'
            '<w:defaultTabStop w:val="420"/><w:drawingGridHorizontalSpacing w:val="158"/>'
            '<w:drawingGridVerticalSpacing w:val="290"/><w:characterSpacingControl w:val="compressPunctuation"/>'
            '<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>'
            '<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>'
            '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"'
            ' w:val="15"/></w:compat><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>')

fonttable = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
             + "".join('<w:font w:name="%s"><w:charset w:val="86"/><w:family w:val="modern"/></w:font>' % f
                       for f in (FS, HT, KT, XBS, "宋体"))
             + '<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/></w:font></w:fonts>')

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
            '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
            '</Relationships>')

core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title></dc:title><dc:creator>办公室</dc:creator><cp:lastModifiedBy>zrzyt-bgs</cp:lastModifiedBy>'
        '<cp:revision>7</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-02-17T01:32:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-02-21T02:48:00Z</dcterms:modified>'
        '</cp:coreProperties>')

app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
       'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
       '<Template>Normal.dotm</Template><TotalTime>96</TotalTime><Pages>9</Pages>'
       '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
       '<ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate>'
       '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>'
       '</Properties>')

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
print("wrote", OUT, "tasks:", sum(len(t) for _, t in PARTS))
