#!/usr/bin/python3
"""Notice 543: a county 政府办 notice as a tika-server-backed archive/knowledge base serves it.

1. Writes the WPS-saved DOCX the office sent out (543_build/source.docx): red header, cover
   with three auto-numbered (chineseCounting %1、) requirements, a landscape 附件 section whose
   task table has an auto-numbered 序号 column (%1.), typed section rows spanning the table,
   责任县领导 / 责任单位 / 完成时限 cells merged down (w:vMerge), odd/even footers per section,
   and a 版记 table on a last portrait section.
2. Runs a port of Apache Tika 2.9's DOCX path (OOXMLParser -> XWPFWordExtractorDecorator,
   XWPFListManager/AbstractListManager, FormattingUtils, MetadataExtractor) over it, and replays
   the resulting XHTML calls through Tika's XHTMLContentHandler + ExpandedTitleContentHandler
   into the JDK's own TransformerHandler set up as tika-server's /tika does for Accept: text/html
   (543_build/TikaReplay.java).  The output is what the reader gets.
"""
import base64
import os
import subprocess
import zipfile
from datetime import datetime, timezone

from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
# A scratch directory for the source DOCX, the replay's inputs and its Java classes (javac and java from a
# JDK are needed); the replay's source is make_round106_543_TikaReplay.java next to this script.
import shutil
import tempfile
BUILD = tempfile.mkdtemp(prefix="543_build")
OUT = os.path.join(HERE, "543_daiquan_xian_renwu_fenjie_tika.html")
SRC = os.path.join(BUILD, "source.docx")
RESOURCE_NAME = "黛泉县人民政府办公室关于印发2025年县政府重点工作任务分解方案的通知.docx"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# ----------------------------------------------------------------------------------------
# content
# ----------------------------------------------------------------------------------------
COVER_ITEMS = [
    ("压实工作责任。", "各责任县领导要加强对分管领域重点工作的统筹调度，各责任单位要细化工作措施，明确时间节点，"
     "确保各项任务按期完成。《方案》“责任单位”栏中排在第一位的为牵头单位，负责组织推进、协调配合单位和汇总报送进展情况；"
     "其他为配合单位，要按照职责分工主动配合、积极支持。"),
    ("加强跟踪督办。", "县政府督查室将重点工作任务纳入年度督查计划，实行清单化管理、台账式推进。各牵头单位要于每季度最后一个月"
     "25日前将工作进展情况书面报送县政府督查室，全年工作完成情况于12月20日前报送。"),
    ("严格考核问效。", "重点工作任务完成情况纳入县直单位年度目标责任考核，对工作推进不力、进度严重滞后的单位，"
     "将按照有关规定予以通报。"),
]

# each task: (bold title, text, leader cell, units cell, deadline cell)
# a cell is a list of paragraphs (each a string, "\n" = w:br), or "↓" = merged with the cell above
SECTIONS = [
    ("一、扩大有效投资（5项）", [
        ("实施重大项目攻坚行动。", "全年安排县级重点项目120个，年度计划投资85亿元以上，新开工亿元以上项目30个。",
         ["孔维东"], ["县发展和改革局、县财政局、县自然资源局、各乡镇人民政府"], ["2025年12月底"]),
        ("强化项目要素保障。", "建立用地、用能、资金等要素保障清单，全年争取新增建设用地计划指标1500亩以上。",
         "↓", ["县自然资源局、县发展和改革局、县财政局"], "↓"),
        ("加大上级资金争取力度。", "紧盯超长期特别国债、中央预算内投资、地方政府专项债券等政策，全年争取上级资金18亿元以上。",
         ["罗振邦", "孔维东"], ["县发展和改革局、县财政局"], "↓"),
        ("深化产业链招商。", "围绕新材料、绿色食品、文化旅游三条产业链开展精准招商，全年引进亿元以上项目25个，到位资金60亿元以上。",
         ["石海峰"], ["县投资促进中心、县工业和信息化局、县商务局、黛泉经济开发区管委会"], ["2025年12月底"]),
        ("激发民间投资活力。", "常态化向民间资本推介项目，全年推介项目不少于20个，民间投资增速高于全部投资增速。",
         "↓", ["县发展和改革局、县工商业联合会"], ["持续推进"]),
    ]),
    ("二、推动产业转型升级（5项）", [
        ("壮大新材料产业集群。", "推进年产5万吨高性能铝合金项目建成投产，新材料产业产值突破120亿元。",
         ["石海峰"], ["黛泉经济开发区管委会、县工业和信息化局"], ["2025年12月底"]),
        ("推动传统产业改造提升。", "实施技术改造项目40个以上，新增省级专精特新中小企业8家。",
         "↓", ["县工业和信息化局、县科学技术局、县市场监督管理局"], "↓"),
        ("加快数字经济发展。", "新建5G基站260个，规上工业企业数字化改造覆盖率达到75%。",
         "↓", ["县工业和信息化局、县数据局"], "↓"),
        ("提振文旅消费。", "办好第三届黛泉山水文化旅游节，全年接待游客650万人次，旅游综合收入增长12%。",
         ["贺建明"], ["县文化广电和旅游局、县商务局、县财政局"], ["2025年10月底"]),
        ("培育商贸流通新业态。", "建成县级电商直播基地1个，网络零售额增长15%以上。",
         "↓", ["县商务局"], ["2025年12月底"]),
    ]),
    ("三、全面推进乡村振兴（5项）", [
        ("稳定粮食生产。", "全年粮食播种面积稳定在68万亩以上，新建高标准农田3.2万亩。",
         ["杜明远"], ["县农业农村局、县自然资源局、县水利局"], ["2025年12月底"]),
        ("巩固拓展脱贫攻坚成果。", "落实防止返贫动态监测和帮扶机制，确保不发生规模性返贫致贫。",
         "↓", ["县农业农村局、县人力资源和社会保障局、县民政局、各乡镇人民政府"], ["持续推进"]),
        ("发展特色产业。", "新发展茶叶、中药材基地1.5万亩，培育市级以上农业产业化龙头企业3家。",
         "↓", ["县农业农村局、县林业局"], ["2025年12月底"]),
        ("建设宜居宜业和美乡村。", "完成农村户厕改造3000户，新改建农村公路45公里。",
         "↓", ["县农业农村局", "县交通运输局", "县卫生健康局", "各乡镇人民政府"], ["2025年11月底"]),
        ("深化农村集体产权制度改革。", "集体经济年收入10万元以上的村占比达到60%。",
         "↓", ["县农业农村局、县财政局"], ["2025年12月底"]),
    ]),
    ("四、提升城乡建设品质（4项）", [
        ("推进城市更新。", "改造城镇老旧小区18个、1860户，新增城市公共停车泊位1200个。",
         ["梁淑仪"], ["县住房和城乡建设局、县财政局、县城市管理局"], ["2025年12月底"]),
        ("完善城市基础设施。", "新改建城市供水管网30公里、雨污分流管网22公里。",
         "↓", "↓", "↓"),
        ("深入打好污染防治攻坚战。", "PM2.5平均浓度控制在30微克/立方米以内，县城建成区黑臭水体保持动态清零。",
         ["梁淑仪"], ["市生态环境局黛泉分局、县住房和城乡建设局、县农业农村局"], "↓"),
        ("加强自然资源保护。", "完成营造林2.8万亩，森林覆盖率稳定在62%以上。",
         ["杜明远"], ["县林业局、县自然资源局"], "↓"),
    ]),
    ("五、持续增进民生福祉（6项）", [
        ("促进高质量充分就业。", "城镇新增就业3800人，城镇调查失业率控制在5.5%以内。",
         ["贺建明"], ["县人力资源和社会保障局"], ["2025年12月底"]),
        ("推进教育优质均衡发展。", "新建改扩建中小学、幼儿园6所，新增学位2400个。",
         "↓", ["县教育体育局、县发展和改革局、县财政局"], ["2025年8月底"]),
        ("提升医疗卫生服务能力。", "推进紧密型县域医共体建设，县人民医院新院区投入使用。",
         "↓", ["县卫生健康局、县医疗保障局"], ["2025年12月底"]),
        ("健全社会保障体系。", "城乡居民基本养老保险参保率稳定在95%以上，落实城乡低保标准动态调整机制。",
         ["梁淑仪"], ["县人力资源和社会保障局、县民政局、县医疗保障局"], ["持续推进"]),
        ("维护社会安全稳定。", "深入开展安全生产治本攻坚三年行动，坚决遏制较大以上生产安全事故。",
         ["石海峰\n梁淑仪"], ["县应急管理局、县公安局、县住房和城乡建设局、县交通运输局"], "↓"),
        ("办好民生实事。", "扎实推进县政府承诺的十件民生实事，确保按期完成、群众满意。",
         ["罗振邦"], ["县政府督查室、各责任单位"], ["2025年12月底"]),
    ]),
]

# ----------------------------------------------------------------------------------------
# DOCX writing (WPS-style part names and numeric style ids)
# ----------------------------------------------------------------------------------------
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rpr(font="仿宋_GB2312", sz=32, bold=False, color=None, ascii_font="Times New Roman"):
    x = (f'<w:rPr><w:rFonts w:ascii="{ascii_font}" w:hAnsi="{ascii_font}" w:eastAsia="{font}" '
         f'w:cs="{ascii_font}"/>')
    if bold:
        x += "<w:b/><w:bCs/>"
    if color:
        x += f'<w:color w:val="{color}"/>'
    x += f'<w:kern w:val="0"/><w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr>'
    return x


def run(text, **kw):
    parts = text.split("\n")
    out = f"<w:r>{rpr(**kw)}"
    for i, p in enumerate(parts):
        if i:
            out += "<w:br/>"
        if p:
            sp = ' xml:space="preserve"' if (p != p.strip() or "\t" in p) else ""
            out += f"<w:t{sp}>{esc(p)}</w:t>"
    return out + "</w:r>"


def tabrun(**kw):
    return f"<w:r>{rpr(**kw)}<w:tab/></w:r>"


def para(runs="", jc=None, ind=None, numid=None, spacing='w:line="579" w:lineRule="exact"', extra_ppr="",
         sect=None, style=None, prpr=None):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    ppr += extra_ppr
    if numid is not None:
        ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{numid}"/></w:numPr>'
    if spacing:
        ppr += f"<w:spacing {spacing}/>"
    if ind:
        ppr += f"<w:ind {ind}/>"
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    ppr += prpr if prpr is not None else rpr()
    if sect:
        ppr += sect
    return f"<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>"


BODY_IND = 'w:firstLine="640" w:firstLineChars="200"'

SECT1 = ('<w:sectPr><w:footerReference r:id="rId6" w:type="default"/><w:footerReference r:id="rId7" w:type="even"/>'
         '<w:pgSz w:w="11906" w:h="16838"/>'
         '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1304" w:gutter="0"/>'
         '<w:pgNumType w:fmt="decimal"/><w:cols w:space="720" w:num="1"/>'
         '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>')
SECT2 = ('<w:sectPr><w:footerReference r:id="rId8" w:type="default"/><w:footerReference r:id="rId9" w:type="even"/>'
         '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
         '<w:pgMar w:top="1588" w:right="2098" w:bottom="1474" w:left="1984" w:header="851" w:footer="992" w:gutter="0"/>'
         '<w:pgNumType w:fmt="decimal"/><w:cols w:space="720" w:num="1"/>'
         '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>')
SECT3 = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
         '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1304" w:gutter="0"/>'
         '<w:pgNumType w:fmt="decimal"/><w:cols w:space="720" w:num="1"/>'
         '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>')

CELL_RPR = dict(font="仿宋_GB2312", sz=24)
CELL_SPACING = 'w:line="360" w:lineRule="exact"'
COLS = [850, 6250, 1500, 3750, 1450]


def tc(width, paras, vmerge=None, span=None, valign="center"):
    pr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        pr += '<w:vMerge w:val="continue"/>'
    pr += f'<w:noWrap w:val="0"/><w:vAlign w:val="{valign}"/>'
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>{''.join(paras)}</w:tc>"


def cellp(text="", jc="center", bold=False, font="仿宋_GB2312", numid=None, runs=None):
    kw = dict(CELL_RPR, font=font, bold=bold)
    body = runs if runs is not None else (run(text, **kw) if text else "")
    return para(body, jc=jc, numid=numid, spacing=CELL_SPACING, prpr=rpr(**kw))


def build_table():
    tblpr = ('<w:tblPr><w:tblStyle w:val="7"/><w:tblW w:w="13800" w:type="dxa"/><w:jc w:val="center"/>'
             '<w:tblBorders><w:top w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
             '<w:left w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
             '<w:bottom w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
             '<w:right w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
             '<w:insideH w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
             '<w:insideV w:val="single" w:color="auto" w:sz="4" w:space="0"/></w:tblBorders>'
             '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="85" w:type="dxa"/>'
             '<w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>')
    grid = "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{c}"/>' for c in COLS) + "</w:tblGrid>"
    rows = []
    head = ["序号", "重点工作任务", "责任县领导", "责任单位", "完成时限"]
    rows.append('<w:tr><w:tblPrEx><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>'
                '</w:tblCellMar></w:tblPrEx><w:trPr><w:tblHeader/><w:trHeight w:val="567" w:hRule="atLeast"/>'
                '<w:jc w:val="center"/></w:trPr>'
                + "".join(tc(COLS[i], [cellp(h, font="黑体", bold=True)]) for i, h in enumerate(head)) + "</w:tr>")
    for sec_title, tasks in SECTIONS:
        rows.append('<w:tr><w:trPr><w:trHeight w:val="510" w:hRule="atLeast"/><w:jc w:val="center"/></w:trPr>'
                    + tc(sum(COLS), [cellp(sec_title, jc="left", font="黑体")], span=5) + "</w:tr>")
        # decide vMerge restart/continue for cols 2..4
        for ti, (ttl, txt, lead, units, dl) in enumerate(tasks):
            cells = [tc(COLS[0], [cellp(numid=2)])]
            task_runs = run(ttl, **dict(CELL_RPR, bold=True)) + run(txt, **CELL_RPR)
            cells.append(tc(COLS[1], [cellp(jc="both", runs=task_runs)]))
            for ci, val in ((2, lead), (3, units), (4, dl)):
                nxt = tasks[ti + 1][ci] if ti + 1 < len(tasks) else None
                if val == "↓":
                    cells.append(tc(COLS[ci], [cellp()], vmerge="continue"))
                else:
                    vm = "restart" if nxt == "↓" else None
                    jc = "left" if ci == 3 else "center"
                    cells.append(tc(COLS[ci], [cellp(p, jc=jc) for p in val], vmerge=vm))
            rows.append('<w:tr><w:trPr><w:trHeight w:val="680" w:hRule="atLeast"/><w:jc w:val="center"/></w:trPr>'
                        + "".join(cells) + "</w:tr>")
    return f"<w:tbl>{tblpr}{grid}{''.join(rows)}</w:tbl>"


def build_banji():
    tblpr = ('<w:tblPr><w:tblStyle w:val="7"/><w:tblW w:w="8845" w:type="dxa"/><w:jc w:val="center"/>'
             '<w:tblBorders><w:top w:val="single" w:color="auto" w:sz="8" w:space="0"/>'
             '<w:left w:val="none" w:color="auto" w:sz="0" w:space="0"/>'
             '<w:bottom w:val="single" w:color="auto" w:sz="8" w:space="0"/>'
             '<w:right w:val="none" w:color="auto" w:sz="0" w:space="0"/>'
             '<w:insideH w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
             '<w:insideV w:val="none" w:color="auto" w:sz="0" w:space="0"/></w:tblBorders>'
             '<w:tblLayout w:type="fixed"/></w:tblPr>')
    grid = '<w:tblGrid><w:gridCol w:w="8845"/></w:tblGrid>'
    kw = dict(font="仿宋_GB2312", sz=28)
    r1 = para(run("抄送：县委办公室，县人大常委会办公室，县政协办公室，县纪委监委，县人民法院，县人民检察院，县人武部。", **kw),
              jc="left", ind='w:left="309" w:leftChars="100" w:right="309" w:rightChars="100" w:hanging="0"',
              spacing='w:line="440" w:lineRule="exact"', prpr=rpr(**kw))
    r2 = para(run("黛泉县人民政府办公室", **kw) + tabrun(**kw) + run("2025年2月27日印发", **kw),
              jc="left", ind='w:left="309" w:leftChars="100" w:right="309" w:rightChars="100"',
              spacing='w:line="440" w:lineRule="exact"',
              extra_ppr='<w:tabs><w:tab w:val="right" w:pos="8520"/></w:tabs>', prpr=rpr(**kw))
    rows = [f'<w:tr><w:trPr><w:trHeight w:val="454" w:hRule="atLeast"/></w:trPr>{tc(8845, [p], valign="center")}</w:tr>'
            for p in (r1, r2)]
    return f"<w:tbl>{tblpr}{grid}{''.join(rows)}</w:tbl>"


def build_document():
    B = []
    red = dict(font="方正小标宋简体", sz=88, color="FF0000")
    B.append(para("", spacing='w:line="579" w:lineRule="exact"'))
    B.append(para(run("黛泉县人民政府办公室文件", **red), jc="center", spacing='w:line="1200" w:lineRule="exact"',
                  prpr=rpr(**red)))
    B.append(para(""))
    B.append(para(run("黛政办发〔2025〕5号"), jc="center",
                  extra_ppr='<w:pBdr><w:bottom w:val="single" w:color="FF0000" w:sz="24" w:space="12"/></w:pBdr>'))
    B.append(para(""))
    title = dict(font="方正小标宋简体", sz=44)
    B.append(para(run("黛泉县人民政府办公室\n关于印发2025年县政府重点工作任务分解方案的通知", **title), jc="center",
                  prpr=rpr(**title)))
    B.append(para(""))
    B.append(para(run("各乡镇人民政府，县政府各部门，县直各单位：")))
    B.append(para(run("《2025年县政府重点工作任务分解方案》已经县政府同意，现印发给你们，并就有关事项通知如下，请认真贯彻落实。"),
                  ind=BODY_IND, jc="both"))
    for head, text in COVER_ITEMS:
        B.append(para(run(head, font="黑体") + run(text), numid=1, ind=BODY_IND, jc="both"))
    B.append(para(""))
    B.append(para(run("　　附件：2025年县政府重点工作任务分解方案")))
    B.append(para(""))
    B.append(para(""))
    B.append(para(run("黛泉县人民政府办公室"), jc="right", ind='w:right="1280" w:rightChars="400"'))
    B.append(para(run("2025年2月26日"), jc="right", ind='w:right="1600" w:rightChars="500"'))
    B.append(para(run("（此件公开发布）"), ind=BODY_IND))
    B.append(para("", sect=SECT1))
    # 附件 section (landscape)
    B.append(para(run("附件", font="黑体")))
    B.append(para(""))
    title2 = dict(font="方正小标宋简体", sz=40)
    B.append(para(run("2025年县政府重点工作任务分解方案", **title2), jc="center", prpr=rpr(**title2)))
    B.append(para(""))
    B.append(build_table())
    B.append(para("", sect=SECT2))
    # 版记 section
    B.append(para(""))
    B.append(para(""))
    B.append(build_banji())
    B.append(para(""))
    body = "".join(B) + SECT3
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{W}" xmlns:r="{R}" '
            'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
            'xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" mc:Ignorable="w14">'
            f"<w:body>{body}</w:body></w:document>")


def footer(num, jc):
    kw = dict(font="宋体", sz=28, ascii_font="宋体")
    p = (f'<w:p><w:pPr><w:pStyle w:val="4"/><w:jc w:val="{jc}"/><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:pPr>'
         + run("— ", **kw)
         + f'<w:r>{rpr(**kw)}<w:fldChar w:fldCharType="begin"/></w:r>'
         + f'<w:r>{rpr(**kw)}<w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>'
         + f'<w:r>{rpr(**kw)}<w:fldChar w:fldCharType="separate"/></w:r>'
         + run(str(num), **kw)
         + f'<w:r>{rpr(**kw)}<w:fldChar w:fldCharType="end"/></w:r>'
         + run(" —", **kw) + "</w:p>")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:ftr xmlns:w="{W}" xmlns:r="{R}">{p}</w:ftr>')


STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}" xmlns:r="{R}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="1"><w:name w:val="Normal"/><w:qFormat/><w:uiPriority w:val="0"/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:style><w:style w:type="character" w:default="1" w:styleId="6"><w:name w:val="Default Paragraph Font"/><w:semiHidden/><w:uiPriority w:val="0"/></w:style><w:style w:type="table" w:default="1" w:styleId="5"><w:name w:val="Normal Table"/><w:semiHidden/><w:uiPriority w:val="0"/><w:tblPr><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="paragraph" w:styleId="2"><w:name w:val="header"/><w:basedOn w:val="1"/><w:uiPriority w:val="0"/><w:pPr><w:pBdr><w:bottom w:val="single" w:color="auto" w:sz="6" w:space="1"/></w:pBdr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="4"><w:name w:val="footer"/><w:basedOn w:val="1"/><w:uiPriority w:val="0"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style><w:style w:type="table" w:styleId="7"><w:name w:val="Table Grid"/><w:basedOn w:val="5"/><w:uiPriority w:val="0"/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:left w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:bottom w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:right w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:insideH w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:insideV w:val="single" w:color="auto" w:sz="4" w:space="0"/></w:tblBorders></w:tblPr></w:style></w:styles>'''


def lvl(i, fmt, text, ind_left, hanging, rfont=None):
    rp = f'<w:rPr><w:rFonts w:hint="default" w:eastAsia="{rfont}"/></w:rPr>' if rfont else ""
    return (f'<w:lvl w:ilvl="{i}" w:tentative="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:suff w:val="nothing"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{ind_left}" w:hanging="{hanging}"/></w:pPr>{rp}</w:lvl>')


def numbering():
    a0 = [lvl(0, "chineseCounting", "%1、", 0, 0, "黑体")] + [
        lvl(i, "decimal", f"%{i + 1}.", 420 * (i + 1), 420) for i in range(1, 9)]
    a1 = [lvl(0, "decimal", "%1.", 0, 0)] + [
        lvl(i, "lowerLetter" if i % 3 == 1 else ("lowerRoman" if i % 3 == 2 else "decimal"),
            f"%{i + 1}.", 420 * (i + 1), 420) for i in range(1, 9)]
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:numbering xmlns:w="{W}" xmlns:r="{R}">'
            f'<w:abstractNum w:abstractNumId="0"><w:nsid w:val="3F6A1B2C"/><w:multiLevelType w:val="singleLevel"/>'
            f'<w:tmpl w:val="3F6A1B2C"/>{"".join(a0)}</w:abstractNum>'
            f'<w:abstractNum w:abstractNumId="1"><w:nsid w:val="5D2E8A41"/><w:multiLevelType w:val="multilevel"/>'
            f'<w:tmpl w:val="5D2E8A41"/>{"".join(a1)}</w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>')


SETTINGS = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="{W}" xmlns:r="{R}"><w:zoom w:percent="100"/><w:evenAndOddHeaders w:val="1"/><w:drawingGridHorizontalSpacing w:val="160"/><w:drawingGridVerticalSpacing w:val="290"/><w:displayHorizontalDrawingGridEvery w:val="1"/><w:displayVerticalDrawingGridEvery w:val="1"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="14"/></w:compat><w:rsids><w:rsidRoot w:val="00000000"/><w:rsid w:val="1A2B4C6D"/></w:rsids><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/><w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/></w:settings>'''

FONTTABLE = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="{W}" xmlns:r="{R}"><w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font><w:font w:name="宋体"><w:panose1 w:val="02010600030101010101"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="default"/></w:font><w:font w:name="仿宋_GB2312"><w:panose1 w:val="02010609030101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="default"/></w:font><w:font w:name="黑体"><w:panose1 w:val="02010609060101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="default"/></w:font><w:font w:name="方正小标宋简体"><w:panose1 w:val="02000000000000000000"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="default"/></w:font></w:fonts>'''

CT = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/word/footer3.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/word/footer4.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'''

RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'''

DOC_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/><Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer3.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer4.xml"/></Relationships>'''

CORE = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dcterms:created xsi:type="dcterms:W3CDTF">2025-02-24T09:12:00Z</dcterms:created><dc:creator>Administrator</dc:creator><cp:lastModifiedBy>WPS_1698307151</cp:lastModifiedBy><cp:lastPrinted>2025-02-26T07:40:00Z</cp:lastPrinted><dcterms:modified xsi:type="dcterms:W3CDTF">2025-02-26T07:48:31Z</dcterms:modified></cp:coreProperties>'''

APP = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal</Template><Pages>8</Pages><Words>640</Words><Characters>3652</Characters><Lines>30</Lines><Paragraphs>8</Paragraphs><TotalTime>0</TotalTime><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>4284</CharactersWithSpaces><Application>WPS Office_12.1.0.17147_F1E327BC-269C-435d-A252-1E4A7A1A2A5B</Application><DocSecurity>0</DocSecurity></Properties>'''

CUSTOM = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.17147</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV"><vt:lpwstr>8A1C4F9E2B7D4E6F9C3A5B8D7E6F1A2C_12</vt:lpwstr></property></Properties>'''


def write_docx():
    os.makedirs(BUILD, exist_ok=True)
    parts = [
        ("[Content_Types].xml", CT), ("_rels/.rels", RELS), ("docProps/app.xml", APP),
        ("docProps/core.xml", CORE), ("docProps/custom.xml", CUSTOM),
        ("word/document.xml", build_document()), ("word/styles.xml", STYLES),
        ("word/settings.xml", SETTINGS), ("word/numbering.xml", numbering()),
        ("word/fontTable.xml", FONTTABLE),
        ("word/footer1.xml", footer(1, "right")), ("word/footer2.xml", footer(2, "left")),
        ("word/footer3.xml", footer(3, "right")), ("word/footer4.xml", footer(4, "left")),
        ("word/_rels/document.xml.rels", DOC_RELS),
    ]
    with zipfile.ZipFile(SRC, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            etree.fromstring(data.encode("utf-8"))  # well-formedness check
            z.writestr(name, data)


# ----------------------------------------------------------------------------------------
# Port of Tika 2.9's DOCX path (POI usermodel semantics) producing XHTMLContentHandler calls
# ----------------------------------------------------------------------------------------
def q(tag):
    ns, t = tag.split(":")
    return "{%s}%s" % ({"w": W, "r": R}[ns], t)


class ListManager:  # XWPFListManager + AbstractListManager.ParagraphLevelCounter
    NOT_SEEN = -1

    def __init__(self, numbering_xml):
        self.nums, self.abstracts = {}, {}
        if numbering_xml is not None:
            for a in numbering_xml.findall(q("w:abstractNum")):
                self.abstracts[int(a.get(q("w:abstractNumId")))] = a
            for n in numbering_xml.findall(q("w:num")):
                self.nums[int(n.get(q("w:numId")))] = n
        self.level_map, self.override_map = {}, {}

    @staticmethod
    def tuple_of(level, lvl):
        start, restart, text, fmt, legal = None, -1, "%%%d." % level, "decimal", False
        if lvl is not None:
            if lvl.find(q("w:isLgl")) is not None:
                legal = True
            nf = lvl.find(q("w:numFmt"))
            if nf is not None and nf.get(q("w:val")):
                fmt = nf.get(q("w:val"))
            rs = lvl.find(q("w:lvlRestart"))
            if rs is not None and rs.get(q("w:val")):
                restart = int(rs.get(q("w:val")))
            st = lvl.find(q("w:start"))
            if st is not None and st.get(q("w:val")):
                start = int(st.get(q("w:val")))
            lt = lvl.find(q("w:lvlText"))
            if lt is not None and lt.get(q("w:val")) is not None:
                text = lt.get(q("w:val"))
        if start is None:
            start = 0 if fmt in ("decimal", "ordinal", "decimalZero") else 1
        return dict(start=start, restart=restart, text=text, fmt=fmt, legal=legal)

    def formatted(self, num_id, ilvl):
        if num_id is None or ilvl < 0 or num_id not in self.nums:
            return ""
        num = self.nums[num_id]
        ab_id = int(num.find(q("w:abstractNumId")).get(q("w:val")))
        lc = self.level_map.get(ab_id)
        if lc is None:
            lvls = self.abstracts[ab_id].findall(q("w:lvl"))
            lc = {"levels": [self.tuple_of(i, l) for i, l in enumerate(lvls)], "counts": [], "last": -1}
        if num.findall(q("w:lvlOverride")):
            raise NotImplementedError("overrides not used in this document")
        s = self.increment(lc, ilvl)
        self.level_map[ab_id] = lc
        return s

    def increment(self, lc, n):
        counts, levels = lc["counts"], lc["levels"]
        for i in range(lc["last"] + 1, n):
            if i >= len(counts):
                counts.insert(i, levels[i]["start"] if i < len(levels) else 1)
            elif counts[i] == self.NOT_SEEN:
                counts[i] = levels[i]["start"]
        if n < len(counts):
            for k in range(n + 1, len(counts)):  # resetAfter
                c = counts[k]
                if c < 0:
                    continue
                rs = levels[k]["restart"] if k < len(levels) else -1
                if rs == 0:
                    break
                if rs == -1 or n <= rs - 1:
                    counts[k] = self.NOT_SEEN
            c = counts[n]
            counts[n] = levels[n]["start"] if c == self.NOT_SEEN else c + 1
        else:
            counts.insert(n, levels[n]["start"] if n < len(levels) else 1)
        lc["last"] = n
        return self.fmt(lc, n)

    def fmt(self, lc, level):
        levels, counts = lc["levels"], lc["counts"]
        if level < 0 or level >= len(levels):
            return ""
        legal = levels[level]["legal"]

        def numfmt(l):
            if l < 0 or l >= len(levels) or legal:
                return "decimal"
            return levels[l]["fmt"]

        if numfmt(level) == "bullet":
            return "\u00b7 "
        import re
        text, out, last = levels[level]["text"], "", 0
        for m in re.finditer(r"%(\d+)", text):
            out += text[last:m.start()]
            ln = int(m.group(1)) - 1
            f = numfmt(ln)
            cnt = counts[ln] if 0 <= ln < len(counts) else 1
            if cnt < 0:
                cnt = 1
            if f in ("bullet", "none"):
                s = ""
            elif f == "lowerLetter" or f == "upperLetter" or f in ("lowerRoman", "upperRoman"):
                raise NotImplementedError(f)
            else:  # decimal, chineseCounting, ... -> NumberFormatter.getNumber(count, 0)
                s = str(cnt)
            out += s
            last = m.end()
        out += text[last:]
        if out:
            out += " "
        return out


class TikaDocx:
    def __init__(self, path):
        self.z = zipfile.ZipFile(path)
        self.doc = etree.fromstring(self.z.read("word/document.xml"))
        self.styles = {}
        st = etree.fromstring(self.z.read("word/styles.xml"))
        for s in st.findall(q("w:style")):
            nm = s.find(q("w:name"))
            self.styles[s.get(q("w:styleId"))] = nm.get(q("w:val")) if nm is not None else None
        self.rels = {}
        for rel in etree.fromstring(self.z.read("word/_rels/document.xml.rels")):
            self.rels[rel.get("Id")] = rel.get("Target")
        self.calls = []

    # XHTMLContentHandler convenience calls
    def S(self, name, **attrs):
        self.calls.append(("S", name, list(attrs.items())))

    def E(self, name):
        self.calls.append(("E", name))

    def C(self, text):
        if text:
            self.calls.append(("C", text))

    def run_text(self, r):
        out = ""
        for ch in r:
            tag = etree.QName(ch).localname if isinstance(ch.tag, str) else ""
            if ch.tag in (q("w:t"), q("w:delText")):
                out += ch.text or ""
            elif tag in ("tab", "ptab"):
                out += "\t"
            elif tag in ("br", "cr"):
                out += "\n"
        return out

    @staticmethod
    def run_tags(r):
        rp = r.find(q("w:rPr"))
        tags = []

        def on(el):
            return el is not None and el.get(q("w:val")) not in ("0", "false", "off")
        if rp is not None:
            if on(rp.find(q("w:b"))):
                tags.append("b")
            if on(rp.find(q("w:i"))):
                tags.append("i")
            if on(rp.find(q("w:strike"))):
                tags.append("s")
            u = rp.find(q("w:u"))
            if u is not None and u.get(q("w:val")) != "none":
                tags.append("u")
        return tags

    def footers_of(self, sect):
        refs = {fr.get(q("w:type")): fr.get(q("r:id")) for fr in sect.findall(q("w:footerReference"))}
        return [refs[t] for t in ("first", "even", "default") if t in refs]

    def extract_hf(self, sect, kind, lm):
        if kind == "header":
            return  # no headers in this document
        for rid in self.footers_of(sect):
            ftr = etree.fromstring(self.z.read("word/" + self.rels[rid]))
            self.body(ftr, lm)

    def paragraph(self, p, lm):
        ppr = p.find(q("w:pPr"))
        sect = ppr.find(q("w:sectPr")) if ppr is not None else None
        if sect is not None:
            self.extract_hf(sect, "header", lm)
        tag, cls = "p", None
        ps = ppr.find(q("w:pStyle")) if ppr is not None else None
        if ps is not None:
            name = self.styles.get(ps.get(q("w:val")))
            if name is not None and name not in ("Default", "Normal"):
                if name.startswith(("heading", "Heading")):
                    raise NotImplementedError
                cls = name.replace(" ", "_")
                cls = cls[:1].lower() + cls[1:]
        if cls:
            self.S(tag, **{"class": cls})
        else:
            self.S(tag)
        numpr = ppr.find(q("w:numPr")) if ppr is not None else None
        if numpr is not None and numpr.find(q("w:ilvl")) is not None:
            ilvl = int(numpr.find(q("w:ilvl")).get(q("w:val")))
            nid = numpr.find(q("w:numId"))
            self.C(lm.formatted(int(nid.get(q("w:val"))) if nid is not None else None, ilvl))
        state = []
        for r in p.findall(q("w:r")):
            want = self.run_tags(r)
            while state and any(t not in want for t in state):
                self.E(state.pop())
            for t in ("b", "i", "s", "u"):
                if t in want and t not in state:
                    state.append(t)
                    self.S(t)
            self.C(self.run_text(r))
        while state:
            self.E(state.pop())
        self.E(tag)
        if sect is not None:
            self.extract_hf(sect, "footer", lm)

    def table(self, tbl, lm):
        self.S("table")
        self.S("tbody")
        for tr in tbl.findall(q("w:tr")):
            self.S("tr")
            for tc in tr.findall(q("w:tc")):
                self.S("td")
                self.body(tc, lm)
                self.E("td")
            self.E("tr")
        self.E("tbody")
        self.E("table")

    def body(self, el, lm):
        for ch in el:
            if ch.tag == q("w:p"):
                self.paragraph(ch, lm)
            elif ch.tag == q("w:tbl"):
                self.table(ch, lm)
            elif ch.tag == q("w:sdt"):
                raise NotImplementedError

    def build(self):
        numbering_xml = etree.fromstring(self.z.read("word/numbering.xml"))
        lm = ListManager(numbering_xml)
        body = self.doc.find(q("w:body"))
        final_sect = body.find(q("w:sectPr"))
        self.calls.append(("D",))
        self.extract_hf(final_sect, "header", lm)
        self.body(body, lm)
        self.extract_hf(final_sect, "footer", lm)
        self.calls.append(("X",))
        return self.calls


def iso(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def metadata():
    # in the order tika-server 2.9 fills them: request headers, detection, parser, MetadataExtractor
    z = zipfile.ZipFile(SRC)
    core = etree.fromstring(z.read("docProps/core.xml"))
    app = etree.fromstring(z.read("docProps/app.xml"))
    cus = etree.fromstring(z.read("docProps/custom.xml"))
    ns = {"dc": "http://purl.org/dc/elements/1.1/", "dcterms": "http://purl.org/dc/terms/",
          "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
          "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"}
    md = [("set", "resourceName", RESOURCE_NAME),
          ("set", "Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
          ("add", "X-TIKA:Parsed-By", "org.apache.tika.parser.DefaultParser"),
          ("add", "X-TIKA:Parsed-By-Full-Set", "org.apache.tika.parser.DefaultParser"),
          ("add", "X-TIKA:Parsed-By", "org.apache.tika.parser.microsoft.ooxml.OOXMLParser"),
          ("add", "X-TIKA:Parsed-By-Full-Set", "org.apache.tika.parser.microsoft.ooxml.OOXMLParser")]
    md.append(("set", "dcterms:created", iso(core.find("dcterms:created", ns).text)))
    md.append(("add", "dc:creator", core.find("dc:creator", ns).text))
    md.append(("set", "meta:last-author", core.find("cp:lastModifiedBy", ns).text))
    md.append(("set", "meta:print-date", iso(core.find("cp:lastPrinted", ns).text)))
    md.append(("set", "dcterms:modified", iso(core.find("dcterms:modified", ns).text)))

    def a(name):
        e = app.find("ep:" + name, ns)
        return e.text if e is not None else None
    md.append(("set", "extended-properties:Application", a("Application")))
    md.append(("set", "extended-properties:Template", a("Template")))
    md.append(("set", "extended-properties:DocSecurityString", "None"))
    md.append(("set", "xmpTPg:NPages", a("Pages")))
    for key, src in (("meta:page-count", "Pages"), ("meta:paragraph-count", "Paragraphs"),
                     ("meta:line-count", "Lines"), ("meta:word-count", "Words"),
                     ("meta:character-count", "Characters"),
                     ("meta:character-count-with-spaces", "CharactersWithSpaces")):
        if int(a(src)) > 0:
            md.append(("set", key, a(src)))
    for p in cus:
        md.append(("set", "custom:" + p.get("name"), p[0].text))
    return md


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def main():
    write_docx()
    calls = TikaDocx(SRC).build()
    ev = os.path.join(BUILD, "calls.tsv")
    with open(ev, "w", encoding="utf-8") as f:
        for c in calls:
            if c[0] == "S":
                f.write("\t".join(["S", c[1]] + [x for k, v in c[2] for x in (k, b64(v))]) + "\n")
            elif c[0] == "E":
                f.write(f"E\t{c[1]}\n")
            elif c[0] == "C":
                f.write(f"C\t{b64(c[1])}\n")
            else:
                f.write(c[0] + "\n")
    mdf = os.path.join(BUILD, "metadata.tsv")
    with open(mdf, "w", encoding="utf-8") as f:
        for op, k, v in metadata():
            f.write(f"{op}\t{b64(k)}\t{b64(v)}\n")
    shutil.copy(os.path.join(HERE, "make_round106_543_TikaReplay.java"), os.path.join(BUILD, "TikaReplay.java"))
    subprocess.run(["javac", "TikaReplay.java"], cwd=BUILD, check=True)
    subprocess.run(["java", "-cp", BUILD, "TikaReplay", mdf, ev, OUT], check=True)


if __name__ == "__main__":
    main()
