#!/usr/bin/env python3
"""Round 75, notice 402: build the Word file of a 市河长办 notice and its task table,
then let pandoc (3.10, the official WebAssembly build) turn it into Markdown.

The deliverable is the Markdown: 402_yingjiang_shi_hezhangban_renwu_qingdan_pandoc_grid.md,
i.e. what `pandoc -f docx -t markdown` prints for the Word file (pandoc's own grid
tables with row and column spans, as written by pandoc 3.8 and later).

Run with /usr/bin/python3 (python-docx 0.8.11, lxml). The conversion step needs node and
the npm package pandoc-wasm@1.1.0 (pandoc 3.10) installed in PANDOC_WASM_DIR
(default /tmp/pw402: `cd /tmp/pw402 && npm install pandoc-wasm@1.1.0`).
"""
import copy
import os
import subprocess
import sys

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(HERE, "work402")
DOCX = os.path.join(WORK, "潆河长办〔2026〕3号.docx")
OUT_MD = os.path.join(HERE, "402_yingjiang_shi_hezhangban_renwu_qingdan_pandoc_grid.md")
PANDOC_WASM_DIR = os.environ.get("PANDOC_WASM_DIR", "/tmp/pw402")

FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"


def set_font(run, east, size=None, bold=None, color=None):
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text, east=FS, size=16, bold=None, align=None, indent=True,
         color=None, space_after=0):
    p = doc_or_cell.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        set_font(r, east, size, bold, color)
    return p


# ---------------------------------------------------------------- numbering
def add_numbering(doc):
    """Two private lists for sub-points inside table cells: `%1.` and `（%1）`."""
    numbering = doc.part.numbering_part.element
    ids = {}
    for absid, fmt in ((90, "%1."), (91, "（%1）")):
        absnum = parse_xml(
            '<w:abstractNum %s w:abstractNumId="%d">'
            '<w:multiLevelType w:val="hybridMultilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
            '</w:abstractNum>' % (nsdecls("w"), absid, fmt))
        # abstractNum elements must precede num elements
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absnum)
        else:
            numbering.append(absnum)
        ids[fmt] = absid
    return ids


_next_num = [200]


def new_num(doc, absid):
    """A fresh w:num over absid that restarts at 1."""
    numbering = doc.part.numbering_part.element
    nid = _next_num[0]
    _next_num[0] += 1
    num = parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
        '</w:num>' % (nsdecls("w"), nid, absid))
    numbering.append(num)
    return nid


def set_numpr(p, numid):
    ppr = p._element.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), numid)))


# ---------------------------------------------------------------- footnotes
FOOTNOTES = []


def footnote_ref(p, fid):
    r = p.add_run()
    rpr = r._element.get_or_add_rPr()
    rpr.append(parse_xml('<w:vertAlign %s w:val="superscript"/>' % nsdecls("w")))
    r._element.append(parse_xml('<w:footnoteReference %s w:id="%d"/>' % (nsdecls("w"), fid)))


def write_footnotes_part(doc):
    body = []
    body.append('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>')
    body.append('<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    for fid, text in FOOTNOTES:
        body.append(
            '<w:footnote w:id="%d"><w:p><w:pPr><w:jc w:val="both"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:rPr><w:rFonts w:eastAsia="%s"/><w:sz w:val="18"/></w:rPr>'
            '<w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>' % (fid, FS, text))
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           + "".join(body) + '</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


# ---------------------------------------------------------------- table helpers
def cell_set(cell, paras, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             numid=None, footnote=None):
    """paras: list of paragraph texts; an item may be ("num", text) for a numbered line."""
    first = True
    for item in paras:
        if first:
            p = cell.paragraphs[0]
            first = False
        else:
            p = cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        if isinstance(item, tuple):
            kind, text = item[0], item[1]
            set_numpr(p, item[2])
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        else:
            text = item
        r = p.add_run(text)
        set_font(r, east, size, bold)
        if footnote and footnote[0] in text:
            footnote_ref(p, footnote[1])


def set_cell_width(cell, cm):
    tcpr = cell._tc.get_or_add_tcPr()
    w = tcpr.find(qn("w:tcW"))
    if w is None:
        w = parse_xml('<w:tcW %s/>' % nsdecls("w"))
        tcpr.append(w)
    w.set(qn("w:w"), str(int(cm * 567)))
    w.set(qn("w:type"), "dxa")


def mark_header_row(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


# ---------------------------------------------------------------- content
L_QG = ["秦立岷（市委书记、市第一总河湖长）", "顾怀远（市长、市总河湖长）"]
L_WEI = ["韦书航", "（副市长、市副总河湖长）"]
L_WEI_QY = ["韦书航", "（副市长、清漪河市级河长）"]
L_LU = ["鲁晓棠", "（副市长）"]
L_LU_SX = ["鲁晓棠（副市长、沙溪河市级河长）"]
L_TENG = ["滕一舟", "（副市长）"]
L_GU = ["顾怀远", "（市长、潆江干流市级河长）"]
L_SHAO = ["邵观澜", "（市人大常委会副主任、白鹭湖市级湖长）"]
L_KE = ["柯明远", "（市政协副主席、蓝溪市级河长）"]
L_LU_KE = ["鲁晓棠（沙溪河市级河长）", "柯明远（蓝溪市级河长）"]

# A row: (no, task paragraphs, leader, lead, coop, deadline).
# A cell value ("span", n, paras) opens a vertical merge over n rows; None continues it.
S = "span"
SECTIONS = [
    ("一、强化河湖长制体系建设（共5项）", [
        ("1", ["召开2026年市总河湖长会议，签发第1号市总河湖长令，部署年度河湖长制重点工作。"],
         L_QG, ["市河长办"], ["市委办公室、市政府办公室"], ["2026年3月底前"]),
        ("2", ["修订《潆江市河湖长制工作考核办法》，将河湖长履职情况纳入市管领导班子和领导干部综合考核评价内容。"],
         (S, 4, L_WEI), (S, 2, ["市河长办"]), ["市委组织部、市委市政府督查考核办公室"], ["2026年5月底前"]),
        ("3", ["落实河湖长巡河（湖）制度，推行“巡河+”工作模式，巡河频次不低于以下要求：",
               ("num", "市级河湖长每季度不少于1次；", "B"),
               ("num", "县级河湖长每月不少于1次；", "B"),
               ("num", "乡级河湖长每旬不少于1次，村级河湖长每周不少于1次。", "B")],
         None, None, ["/"], ["全年"]),
        ("4", ["深化“河湖长+检察长”“河湖长+警长”协作机制，联合开展涉河湖公益诉讼和案件线索移送，推进与上下游邻市跨界河湖联防联控。"],
         None, ["市河长办", "市人民检察院"], ["市公安局、市司法局"], ["全年"]),
        ("5", ["组织开展2026年度河湖长制工作考核，考核结果报市委、市政府，作为对县（市、区）党政领导班子和领导干部综合考核评价的重要依据。"],
         None, ("h", ["市河长办牵头，市河湖长制工作领导小组各成员单位按职责分工配合"]), None, ["2027年1月底前"]),
    ]),
    ("二、水资源保护（共5项）", [
        ("1", ["严格落实水资源刚性约束制度，全市用水总量控制在9.6亿立方米以内，万元地区生产总值用水量较2025年下降3%。"],
         (S, 3, L_WEI), (S, 2, ["市水利局"]), ["市发展和改革委员会、市统计局"], ["2026年12月底前"]),
        ("2", ["完成潆江、清漪河、沙溪河等8条重点河流生态流量保障目标复核，建立生态流量监测预警和调度机制。"],
         None, None, ["省水文水资源勘测中心潆江分中心", "市生态环境局"], ["2026年9月底前"]),
        ("3", ["实施农业节水增效行动，新增高效节水灌溉面积2.3万亩，农田灌溉水有效利用系数提高到0.585。"],
         None, ["市农业农村局"], ["市水利局、市财政局"], ["2026年11月底前"]),
        ("4", ["推进县级以上集中式饮用水水源地规范化建设，清漪河水源地一级保护区隔离防护设施全部建成。"],
         L_LU, ["市生态环境局"], ["市水利局、市自然资源和规划局、市卫生健康委员会"], ["2026年10月底前"]),
        ("5", ["开展地下水超采区综合治理，关停城市公共供水管网覆盖范围内自备井46眼，地下水水位保持稳定。"],
         ["韦书航（副市长）"], ["市水利局"], ["市住房和城乡建设局、潆江城投集团"], ["2026年12月底前"]),
    ]),
    ("三、水污染防治（共5项）", [
        ("1", ["开展入河排污口排查整治“回头看”，潆江干流及一级支流入河排污口整治销号率达到85%以上。"],
         (S, 4, L_LU), (S, 2, ["市生态环境局"]), ["市水利局、市住房和城乡建设局"], (S, 2, ["2026年12月底前"])),
        ("2", ["推进工业园区污水集中处理设施提标改造，潆江经济技术开发区污水处理厂出水稳定达到一级A标准。"],
         None, None, ["市工业和信息化局、潆江经济技术开发区管委会"], None),
        ("3", ["新建改造城市污水管网42公里，城市生活污水集中收集率达到72%。"],
         None, ["市住房和城乡建设局"], ["市城市管理局、潆江城投集团"], ["2026年12月底前"]),
        ("4", ["加强畜禽养殖污染防治，规模养殖场粪污处理设施装备配套率保持100%，畜禽粪污综合利用率达到81%以上。"],
         None, ["市农业农村局"], ["市生态环境局"], ["2026年12月底前"]),
        ("5", ["推进船舶和港口污染防治，落实船舶水污染物电子联单闭环管理，港口船舶污染物接收设施正常运行。"],
         L_TENG, ["市交通运输局"], ["市生态环境局、市港航事务中心"], ["全年"]),
    ]),
    ("四、水环境治理（共4项）", [
        ("1", ["实施潆江干流城区段水环境综合整治，完成两岸12处雨污混接点改造和沿岸垃圾清理。"],
         L_GU, (S, 2, ["市住房和城乡建设局"]), ["市城市管理局", "市生态环境局", "潆川区人民政府"], ["2026年10月底前"]),
        ("2", ["巩固城市黑臭水体治理成效，建立长效管护机制，实施沙溪河城区段水质提升工程。"],
         L_LU_SX, None, ["市生态环境局、市城市管理局"], ["2026年12月底前"]),
        ("3", ["实施白鹭湖水环境综合治理，湖体水质稳定达到Ⅲ类，完成环湖截污管网建设8.5公里。"],
         L_SHAO, ["市生态环境局"], ["市住房和城乡建设局、市农业农村局、白鹭湖风景名胜区管理处"], ["2026年11月底前"]),
        ("4", ["开展农村生活污水治理，新增完成农村生活污水治理行政村38个，清理整治农村黑臭水体9条。"],
         L_LU, ["市生态环境局", "市农业农村局"], ["市住房和城乡建设局、市财政局"], ["2026年12月底前"]),
    ]),
    ("五、水生态修复（共5项）", [
        ("1", ["推进清漪河幸福河湖建设，完成河道生态护岸建设6.2公里和滨水绿道建设，打造省级幸福河湖1条。"],
         L_WEI_QY, (S, 2, ["市水利局"]), ["市自然资源和规划局、市文化广电旅游局、清漪县人民政府"], ["2026年12月底前"]),
        ("2", ["开展蓝溪流域水土流失综合治理，新增治理水土流失面积35平方公里。"],
         L_KE, None, ["市林业局、市农业农村局"], ["2026年11月底前"]),
        ("3", ["落实重点水域禁捕要求，常态化开展打击非法捕捞专项执法行动，全年开展增殖放流活动不少于4次。"],
         L_TENG, ["市农业农村局"], ["市公安局、市市场监督管理局、市交通运输局"], ["全年"]),
        ("4", ["实施河湖生态缓冲带修复，完成沙溪河、蓝溪重点河段生态缓冲带修复18公里。"],
         L_LU_KE, ["市生态环境局"], ["市自然资源和规划局、市林业局"], ["2026年12月底前"]),
        ("5", ["推进水系连通及水美乡村建设，完成潆川区水系连通及水美乡村建设试点年度任务。"],
         ["韦书航（副市长）"], ["市水利局"], ["市财政局、市农业农村局、潆川区人民政府"], ["2026年12月底前"]),
    ]),
    ("六、河湖执法监管（共5项）", [
        ("1", ["深入推进河湖“清四乱”常态化规范化，重点做好以下工作：",
               ("num", "对全市河湖“四乱”问题实行清单管理、动态清零；", "A"),
               ("num", "完成省级暗访发现问题整改销号；", "A"),
               ("num", "汛前开展河湖“清四乱”专项行动。", "A")],
         (S, 5, L_WEI), (S, 2, ["市水利局"]), ["市自然资源和规划局、市住房和城乡建设局、市公安局"], (S, 2, ["2026年12月底前"])),
        ("2", ["规范河道采砂管理，落实采砂许可和砂石采运管理单制度，严厉打击非法采砂行为。"],
         None, None, ["市公安局、市交通运输局、市自然资源和规划局"], None),
        ("3", ["开展妨碍河道行洪突出问题排查整治，完成河湖管理范围划定成果复核和界桩补设。"],
         None, ["市水利局", "市自然资源和规划局"], ["/"], ["2026年6月底前"]),
        ("4", ["建立河湖健康评价和“一河（湖）一档”动态更新机制，完成市级河湖健康评价12条（个）。"],
         None, ["市河长办"], ["省水文水资源勘测中心潆江分中心"], ["2026年11月底前"]),
        ("5", ["推进智慧河湖建设，整合水利、生态环境、自然资源等部门监测数据，实现河湖长制信息平台与“一网统管”平台互联互通。"],
         None, ["市水利局"], ["市政务服务和大数据管理局、市生态环境局、市自然资源和规划局"], ["2026年12月底前"]),
    ]),
    ("七、社会共治（共3项）", [
        ("1", ["开展“民间河湖长”“河小青”志愿服务活动，全年组织志愿巡河护河活动不少于200次。"],
         (S, 3, ["—"]), ["团市委"], ["市河长办、市教育局"], (S, 3, ["全年"])),
        ("2", ["加强河湖长制宣传，利用世界水日、中国水周等节点开展主题宣传，在市级主流媒体开设河湖长制专栏。"],
         None, ["市委宣传部"], ["市河长办、市融媒体中心"], None),
        ("3", ["推行河湖保护有奖举报制度，畅通12345政务服务便民热线等投诉举报渠道，及时办理群众反映的涉河湖问题。"],
         None, ["市河长办"], ["市政务服务和大数据管理局、市财政局"], None),
    ]),
]

# footnotes: (cell text it follows, footnote id, footnote text); the first occurrence only
FOOTNOTE_SPECS = {
    ("2", "2"): ("省水文水资源勘测中心潆江分中心", 1,
                 "省水文水资源勘测中心潆江分中心为省水利厅派驻单位，相关工作由市河长办商请配合。"),
    ("5", "5"): ("潆川区人民政府", 2,
                 "潆川区为2025年度全省水系连通及水美乡村建设试点县（区），试点期2025—2026年。"),
}

COLS_CM = [1.2, 8.6, 3.9, 3.0, 4.8, 2.4]  # 序号 重点任务 (责任分工: 领导 牵头 配合) 完成时限 — 6 columns


def build():
    os.makedirs(WORK, exist_ok=True)
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    numabs = add_numbering(doc)

    # ---- 版头
    para(doc, "潆江市河湖长制办公室文件", XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, color="FF0000", space_after=24)
    para(doc, "潆河长办〔2026〕3号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         space_after=12)
    para(doc, "", indent=False)
    # ---- 主体
    para(doc, "潆江市河湖长制办公室关于印发《2026年全市河湖长制重点工作任务清单》的通知",
         XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_after=16)
    para(doc, "各县（市、区）河湖长制办公室，市河湖长制工作领导小组各成员单位：", indent=False)
    body = [
        "为深入贯彻全省河湖长制工作会议精神，全面落实2026年第1号市总河湖长令，持续推动河湖长制从“有名有责”向“有能有效”转变，"
        "市河湖长制办公室研究制定了《2026年全市河湖长制重点工作任务清单》（以下简称《任务清单》），经市总河湖长审定同意，"
        "现印发给你们，并就有关事项通知如下。",
        "一、压实工作责任。《任务清单》共7个方面32项任务，逐项明确了市级责任领导、牵头单位、配合单位和完成时限。"
        "市级责任领导负责统筹协调、督促推进所负责的任务；牵头单位对任务落实负总责，要细化工作措施、明确时间节点，"
        "主动协调配合单位推进落实；配合单位要按照职责分工积极配合，形成工作合力。“牵头单位”栏列有两个单位的，两个单位共同牵头。",
        "二、强化调度督办。各牵头单位要于每季度最后一个月的25日前，将任务推进情况（附佐证材料）报送市河长办；"
        "任务全部完成后，及时报送完成情况。市河长办将每季度对任务推进情况进行调度通报，对工作滞后的，"
        "提请市级河湖长约谈督促，推进情况纳入2026年度河湖长制工作考核。",
        "三、加强协同联动。各县（市、区）河湖长制办公室要对照《任务清单》，结合本地实际制定本级重点任务清单，"
        "于2026年3月31日前报市河长办备案。",
        "联系人：市河长办河湖管理科　贺　敏，联系电话：3216472。",
    ]
    for t in body:
        para(doc, t)
    para(doc, "", indent=False)
    para(doc, "附件：2026年全市河湖长制重点工作任务清单")
    para(doc, "", indent=False)
    para(doc, "潆江市河湖长制办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "2026年3月9日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "（此件公开发布）")

    # ---- 附件 in a landscape section
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21.0)
    new.top_margin, new.bottom_margin = Cm(2.8), Cm(2.6)
    new.left_margin, new.right_margin = Cm(3.0), Cm(2.8)
    p = para(doc, "附件", HT, 16, indent=False)
    # the first paragraph of the new section is created by add_section's body position;
    para(doc, "2026年全市河湖长制重点工作任务清单", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, space_after=12)

    nrows = 2 + sum(1 + len(t) for _, t in SECTIONS)
    table = doc.add_table(rows=nrows, cols=6)
    table.style = "Table Grid"
    table.autofit = False
    for row in table.rows:
        for j, c in enumerate(row.cells):
            set_cell_width(c, COLS_CM[j])
    for j, gc in enumerate(table._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(COLS_CM[j] * 567)))
    table._tbl.tblPr.append(parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>'
                                      % (nsdecls("w"), int(sum(COLS_CM) * 567))))
    # header: two rows
    h0 = table.rows[0].cells
    h1 = table.rows[1].cells
    for j, t in enumerate(["序号", "重点任务", "责任分工", "", "", "完成时限"]):
        if t:
            cell_set(h0[j], [t], HT, 12, bold=True)
    for j, t in ((2, "市级责任领导"), (3, "牵头单位"), (4, "配合单位")):
        cell_set(h1[j], [t], HT, 12, bold=True)
    table.cell(0, 0).merge(table.cell(1, 0))
    table.cell(0, 1).merge(table.cell(1, 1))
    table.cell(0, 5).merge(table.cell(1, 5))
    table.cell(0, 2).merge(table.cell(0, 4))
    mark_header_row(table.rows[0])
    mark_header_row(table.rows[1])

    r = 2
    for sidx, (title, tasks) in enumerate(SECTIONS, start=1):
        sc = table.cell(r, 0).merge(table.cell(r, 5))
        cell_set(sc, [title], HT, 12, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT)
        r += 1
        pending = {}  # col -> (start_row, n)
        numids = {}
        for no, task, leader, lead, coop, dl in tasks:
            no_split(table.rows[r])
            cell_set(table.cell(r, 0), [no])
            # task paragraphs, with private numbering that restarts per cell
            paras = []
            for item in task:
                if isinstance(item, tuple):
                    key = item[2]
                    if (r, key) not in numids:
                        numids[(r, key)] = new_num(doc, numabs["%1." if key == "A" else "（%1）"])
                    paras.append(("num", item[1], numids[(r, key)]))
                else:
                    paras.append(item)
            cell_set(table.cell(r, 1), paras, align=WD_ALIGN_PARAGRAPH.LEFT)
            fn = FOOTNOTE_SPECS.get((str(sidx), no))
            for col, val in ((2, leader), (3, lead), (4, coop), (5, dl)):
                if val is None:
                    continue  # continuation of a vertical merge
                if isinstance(val, tuple) and val[0] == "h":
                    # one cell across 牵头单位 and 配合单位, the responsibility in words
                    hc = table.cell(r, col).merge(table.cell(r, col + 1))
                    cell_set(hc, val[1])
                    continue
                if isinstance(val, tuple) and val[0] == S:
                    n, content = val[1], val[2]
                    pending[col] = (r, n, content)
                    continue
                f = None
                if fn and any(fn[0] in v for v in val if isinstance(v, str)):
                    f = (fn[0], fn[1])
                    FOOTNOTES.append((fn[1], fn[2]))
                cell_set(table.cell(r, col), val, footnote=f)
            r += 1
        # perform the vertical merges of this section
        for col, (start, n, content) in pending.items():
            m = table.cell(start, col).merge(table.cell(start + n - 1, col))
            for p in list(m.paragraphs):
                p._element.getparent().remove(p._element)
            m._tc.append(parse_xml('<w:p %s/>' % nsdecls("w")))
            cell_set(m, content)
        # merges are resolved per section, so spans never cross a section row
    assert r == nrows, (r, nrows)

    # the 注 under the table
    para(doc, "注：1.“牵头单位”栏列有两个单位的，两个单位共同牵头；“配合单位”栏为“/”的，由牵头单位独立完成。",
         FS, 12, indent=False)
    para(doc, "2.各县（市、区）河湖长制办公室负责督促本行政区域内有关任务落实，清单中不再逐项列出。",
         FS, 12, indent=False)
    para(doc, "3.“市级责任领导”栏括号内为该领导的职务及担任的河湖长职务。", FS, 12, indent=False)

    # ---- 版记: a two-column table without a header row
    para(doc, "", indent=False)
    bj = doc.add_table(rows=2, cols=2)
    c = bj.cell(0, 0).merge(bj.cell(0, 1))
    cell_set(c, ["抄送：市委办公室，市人大常委会办公室，市政府办公室，市政协办公室，市纪委监委机关。"],
             FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_set(bj.cell(1, 0), ["潆江市河湖长制办公室"], FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_set(bj.cell(1, 1), ["2026年3月9日印发"], FS, 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    tblpr = bj._tbl.tblPr
    look = tblpr.find(qn("w:tblLook"))
    if look is None:
        look = parse_xml('<w:tblLook %s/>' % nsdecls("w"))
        tblpr.append(look)
    look.set(qn("w:val"), "0000")
    look.set(qn("w:firstRow"), "0")
    look.set(qn("w:lastRow"), "0")
    look.set(qn("w:firstColumn"), "0")
    look.set(qn("w:noHBand"), "1")
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders>' % nsdecls("w")))

    write_footnotes_part(doc)
    doc.save(DOCX)
    return DOCX


CONVERT_JS = r'''
import {convert} from "pandoc-wasm";
import {readFileSync, writeFileSync} from "node:fs";
const buf = readFileSync(process.argv[2]);
const opts = {from: "docx", to: "markdown", "input-files": ["in.docx"]};
const r = await convert(opts, null, {"in.docx": new Blob([buf])});
if (r.stderr) process.stderr.write(r.stderr);
writeFileSync(process.argv[3], r.stdout);
'''


def to_markdown(path):
    js = os.path.join(PANDOC_WASM_DIR, "convert402.mjs")
    with open(js, "w", encoding="utf-8") as f:
        f.write(CONVERT_JS)
    subprocess.run(["node", js, path, OUT_MD], check=True, cwd=PANDOC_WASM_DIR)
    return OUT_MD


if __name__ == "__main__":
    p = build()
    print("wrote", p)
    if "--no-convert" not in sys.argv:
        print("wrote", to_markdown(p))
