#!/usr/bin/python3
"""Round 145, notice 741: a county 任务分工 notice through pandoc's MediaWiki writer.

Source path: the 县政府办 clerk writes the red-header Word notice (with its 附件 task table);
the county's intranet wiki (a MediaWiki 政务知识库) takes Word files by the import route
MediaWiki's own help pages suggest, `pandoc -f docx -t mediawiki`, and the indexer pulls the
page's raw wikitext.  The notice under test is pandoc's output, byte for byte.

Writes, in this folder:
  741_source.docx                                   the Word file (deterministic zip)
  741_wuyang_xian_gzbg_renwu_fengong_mediawiki.txt  `pandoc -f docx -t mediawiki 741_source.docx`
  741.tasks.gold.jsonl                              the gold list

Run with /usr/bin/python3 (python-docx 0.8.11).  Needs /usr/bin/pandoc (Debian pandoc
2.17.1.1; `apt-get install -y pandoc` if missing).
"""
import copy
import datetime
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "741_source.docx")
NOTICE = os.path.join(HERE, "741_wuyang_xian_gzbg_renwu_fengong_mediawiki.txt")
GOLD = os.path.join(HERE, "741.tasks.gold.jsonl")

ISSUER = "潕阳县人民政府办公室"
DOCNO = "潕政办发〔2025〕7号"
DATE = "2025年3月6日"
ATT_TITLE = "2025年《政府工作报告》重点工作任务分工"

# ---------------------------------------------------------------------------
# The structured description of the tasks.
#   text:  list of paragraphs of the task cell; a paragraph may be ("bold", "plain") for a
#          bold run-in title followed by plain text.
#   cont:  paragraphs printed in a second table row (序号 and the other cells merged down).
#   leaders: names as persons (gold form); lform says how the cell prints them:
#          "one"  one name;  "paras" one paragraph per name;  "br" a manual line break
#          between names;  "dun" joined by 、.
#   lead / coop: unit lists (gold form); ufmt says how the cell prints the list
#          (default 、-joined; "comma2" a ， before the last unit; "paras" one per paragraph;
#          "deng" a trailing 等); coop None + ctext = what the cell prints for "no unit".
# ---------------------------------------------------------------------------
PAD = {"王勇": "王　勇", "张敏": "张　敏"}   # two-character names padded as printed

SECTIONS = [
    ("一、稳增长，推动经济高质量发展", [
        dict(text=["全县地区生产总值增长6%左右，一般公共预算收入增长5%，固定资产投资增长8%，社会消费品零售总额增长6%左右。"],
             leaders=["吴建华"], lead=["县发展和改革局"],
             coop=["县财政局", "县统计局", "县商务局", "县税务局"], deadline="2025年12月底前"),
        dict(text=[("抓好项目建设。", "全年实施市级以上重点项目52个、完成投资130亿元以上，新开工亿元以上项目30个以上，确保投资增速高于全市平均水平。")],
             leaders=["吴建华", "王勇"], lform="paras", lead=["县发展和改革局", "县投资促进中心"],
             coop=["县自然资源局", "县住房和城乡建设局", "市生态环境局潕阳分局", "县行政审批服务局"], deadline="2025年12月底前"),
        dict(text=[("积极争取政策资金。", "紧盯超长期特别国债、中央预算内投资和地方政府专项债券投向，全年争取上级各类资金15亿元以上。")],
             leaders=["吴建华"], lead=["县财政局", "县发展和改革局"], coop=["县直有关单位"], deadline="2025年12月底前"),
        dict(text=["推进工业提质增效。实施技术改造项目20个以上，新增规模以上工业企业12家，规模以上工业增加值增长7%。"],
             leaders=["王勇"], lead=["县工业和信息化局"],
             coop=["县统计局", "县税务局", "潕阳经济开发区管委会"], ufmt="comma2", deadline="2025年12月底前"),
        dict(text=["做强潕阳经济开发区，深化“亩均论英雄”改革，新建标准化厂房10万平方米，新入驻企业15家以上。"],
             leaders=["王勇"], lead=["潕阳经济开发区管委会"],
             coop=["县自然资源局", "县住房和城乡建设局", "国网潕阳县供电公司"], deadline="2025年10月底前"),
        dict(text=["促进消费扩容升级。落实消费品以旧换新政策，举办“潕阳好物”系列促消费活动10场以上，培育夜间经济集聚区2个。"],
             leaders=["王勇"], lead=["县商务局"],
             coop=["县文化和旅游局", "县市场监督管理局", "各乡（镇）人民政府"], deadline="持续推进"),
        dict(text=["发展现代农业。粮食播种面积稳定在68万亩以上，总产量稳定在5.6亿斤以上。"],
             cont=["新建高标准农田3.2万亩，新增省级农业产业化龙头企业2家，“潕阳山药”区域公用品牌产值突破8亿元。"],
             leaders=["刘晓东"], lead=["县农业农村局"],
             coop=["县财政局", "县自然资源局", "县水利局", "各乡（镇）人民政府"], deadline="2025年12月底前"),
        dict(text=["推进文旅融合发展。创建国家4A级旅游景区1家，全年接待游客620万人次，旅游综合收入增长10%。"],
             leaders=["张敏"], lead=["县文化和旅游局"],
             coop=["县发展和改革局", "县交通运输局", "县自然资源局"], ufmt="deng", deadline="2025年12月底前"),
        dict(text=["加快数字经济发展。新建5G基站150个，谋划实施“数据要素×”应用场景8个，数字经济核心产业增加值增长10%。"],
             leaders=["王勇"], lead=["县数据局", "县工业和信息化局"],
             coop=["县委网信办", "中国电信潕阳分公司"], deadline="2025年11月底前"),
    ]),
    ("二、抓改革，持续优化营商环境", [
        dict(text=[("深化“高效办成一件事”改革。", "新增“一件事”集成服务事项13项，政务服务事项网上可办率保持100%。")],
             leaders=["吴建华"], lead=["县行政审批服务局"], coop=["县数据局", "县直有关单位"], deadline="2025年12月底前"),
        dict(text=["持续开展营商环境提升行动，落实“首违不罚”“轻微免罚”清单制度，全面推行涉企“综合查一次”。"],
             leaders=["吴建华"], lead=["县发展和改革局"],
             coop=["县司法局", "县市场监督管理局", "县行政审批服务局"], deadline="长期坚持"),
        dict(text=["深化国资国企改革。完成县属国有企业整合重组，推动县城市建设投资集团有限公司市场化转型。"],
             leaders=["吴建华"], lead=["县财政局（县国资办）"],
             coop=["县城市建设投资集团有限公司"], deadline="2025年9月底前"),
        dict(text=["支持民营经济发展壮大。开展“政银企”对接活动6场以上，新增经营主体4000户以上。"],
             leaders=["王勇"], lead=["县工业和信息化局", "县市场监督管理局"],
             coop=["县工商联", "县财政局", "人行潕阳县支行"], deadline="2025年12月底前"),
        dict(text=["推进农村集体产权制度改革，盘活农村闲置宅基地和农房300宗以上，集体经济年收入10万元以上的村占比达到70%。"],
             leaders=["刘晓东"], lead=["县农业农村局"],
             coop=["县自然资源局", "各乡（镇）人民政府"], deadline="2025年11月底前"),
        dict(text=["深化财税体制改革，推进零基预算改革，加强财政资源统筹，严格落实政府过“紧日子”要求。"],
             leaders=["吴建华"], lead=["县财政局"], coop=None, ctext="无", deadline="长期坚持"),
        dict(text=[("推进精准招商。", "全年签约亿元以上项目40个、到位资金120亿元以上，其中10亿元以上项目不少于3个。")],
             leaders=["陈志远", "王勇"], lform="br", lead=["县投资促进中心"],
             coop=["潕阳经济开发区管委会", "县直有关单位", "各乡（镇）人民政府"], deadline="2025年12月底前"),
    ]),
    ("三、惠民生，增进人民群众福祉", [
        dict(text=[("促进高质量充分就业。", "城镇新增就业3200人，农村劳动力转移就业1.8万人，城镇调查失业率控制在5.5%以内。")],
             leaders=["张敏"], lead=["县人力资源和社会保障局"],
             coop=["县财政局", "县农业农村局", "县退役军人事务局"], deadline="2025年12月底前"),
        dict(text=["推进教育优质均衡发展。",
                   "新建改扩建中小学、幼儿园5所，新增学位2700个；县第二高级中学新校区9月投入使用。"],
             leaders=["张敏"], lead=["县教育体育局"],
             coop=["县发改局", "县财政局", "县住房和城乡建设局", "县自然资源局"], deadline="2025年9月底前"),
        dict(text=["提升医疗卫生服务能力。推进紧密型县域医共体建设，县人民医院胸痛中心、卒中中心通过国家级认证，新建标准化村卫生室20个。"],
             leaders=["张敏"], lead=["县卫生健康局"],
             coop=["县医疗保障局", "县财政局", "各乡（镇）人民政府"], deadline="2025年12月底前"),
        dict(text=["完善社会保障体系，城乡居民基本养老保险参保率稳定在95%以上，基本医疗保险参保率稳定在96%以上。"],
             leaders=["张敏"], lead=["县人力资源和社会保障局", "县医疗保障局"],
             coop=["县税务局"], deadline="2025年12月底前"),
        dict(text=["加强“一老一小”服务保障。新建社区嵌入式养老服务中心3个、普惠性托育机构2家，发展老年助餐点40个。"],
             leaders=["张敏", "孙丽华"], lform="paras", lead=["县民政局", "县卫生健康局"],
             coop=["县住房和城乡建设局", "各乡（镇）人民政府"], deadline="2025年12月底前"),
        dict(text=["实施城市更新行动。改造老旧小区16个、背街小巷22条，完成县城供水管网改造38公里。"],
             leaders=["孙丽华"], lead=["县住房和城乡建设局"],
             coop=["县城市管理局", "县自然资源局", "城关镇人民政府"], ufmt="paras", deadline="2025年11月底前"),
        dict(text=["推进“四好农村路”建设，新改建农村公路120公里，完成危桥改造8座。"],
             leaders=["孙丽华"], lead=["县交通运输局"],
             coop=["县财政局", "各乡（镇）人民政府"], deadline="2025年10月底前"),
        dict(text=["持续改善生态环境质量。PM2.5平均浓度控制在38微克/立方米以内，空气质量优良天数比例达到80%以上，县控以上断面水质达标率100%。"],
             leaders=["孙丽华"], lead=["市生态环境局潕阳分局"],
             coop=["县住房和城乡建设局", "县交通运输局", "县农业农村局", "县水利局", "县城市管理局"], deadline="2025年12月底前"),
        dict(text=["扎实办好十件民生实事，逐项明确责任单位和完成时限，实行清单化管理、项目化推进，确保按期全部完成。"],
             leaders=["陈志远", "吴建华"], lform="br", lead=["县政府办公室"],
             coop=["县直有关单位"], deadline="2025年12月底前"),
        dict(text=["丰富群众精神文化生活。举办“村晚”“村BA”等群众性文体活动100场以上，新建城市书房3个。"],
             leaders=["张敏"], lead=["县文化和旅游局", "县教育体育局"],
             coop=["县融媒体中心", "各乡（镇）人民政府"], deadline="持续推进"),
    ]),
    ("四、守底线，统筹发展和安全", [
        dict(text=[("抓好安全生产。", "深入推进安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。")],
             leaders=["赵德明", "周振国"], lform="paras", lead=["县应急管理局"],
             coop=["县安委会各成员单位"], deadline="长期坚持"),
        dict(text=["推进更高水平的平安潕阳建设。常态化开展扫黑除恶斗争，严厉打击电信网络诈骗等违法犯罪，刑事案件发案率下降5%。"],
             leaders=["赵德明"], lead=["县公安局"],
             coop=["县司法局", "县信访局", "各乡（镇）人民政府"], deadline="长期坚持"),
        dict(text=["防范化解政府债务风险，严格落实一揽子化债方案，坚决遏制新增隐性债务。"],
             leaders=["吴建华"], lead=["县财政局"],
             coop=["县发展和改革局", "县审计局", "县城市建设投资集团有限公司"], deadline="2025年12月底前"),
        dict(text=["加强食品药品安全监管，食品安全抽检量达到每千人5批次以上。"],
             leaders=["张敏"], lead=["县市场监督管理局"], coop=None, ctext="/", deadline="2025年12月底前"),
        dict(text=["做好防汛抗旱和森林防灭火工作，完成病险水库除险加固4座。"],
             leaders=["刘晓东", "周振国"], lform="dun", lead=["县水利局", "县应急管理局"],
             coop=["县林业局", "县气象局", "各乡（镇）人民政府"], deadline="2025年6月底前"),
        dict(text=["深入推进信访工作法治化，信访事项及时受理率、按期办结率均达到100%。"],
             leaders=["赵德明"], lead=["县信访局"],
             coop=["县直有关单位", "各乡（镇）人民政府"], deadline="长期坚持"),
    ]),
]

COVER_ITEMS = [
    ("压实工作责任。",
     "各责任县领导要加强对分管领域重点工作的统筹调度，定期听取工作进展情况汇报，协调解决推进中的困难和问题。"
     "“牵头单位”为该项任务的第一责任单位，主要负责同志为第一责任人；有两个及以上牵头单位的，排在第一位的为主牵头单位，负责统筹协调。"
     "“配合单位”要按照职责分工，主动配合牵头单位抓好落实。"),
    ("加强调度推进。",
     "各牵头单位要结合实际制定具体推进方案，细化工作措施，明确时间节点，于3月20日前报送县政府督查室。"
     "自4月起，每季度末月25日前将任务进展情况报送县政府督查室，12月20日前报送全年完成情况。"),
    ("严格督查问效。",
     "县政府督查室要建立重点工作任务台账，实行“月调度、季通报、年考核”，督查结果纳入年度目标绩效考核，"
     "对工作推进不力、进度严重滞后的，按有关规定严肃问责。"),
]


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def set_run_font(run, east="仿宋_GB2312", size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(container, text="", east="仿宋_GB2312", size=16, bold=False, align=None, first_indent=True,
         left_indent=None, color=None, style=None, space_line=28):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(space_line)
    if align is not None:
        p.alignment = align
    if first_indent:
        pf.first_line_indent = Pt(size * 2)
    if left_indent is not None:
        pf.left_indent = left_indent
    if text:
        r = p.add_run(text)
        set_run_font(r, east, size, bold, color)
    return p


def border_bottom(p, color="FF0000", sz=24):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def add_chinese_numbering(document):
    """An abstractNum with chineseCounting “%1、” for the cover's three run-ins; returns numId."""
    numbering = document.part.numbering_part.element
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    aid = max(ids) + 1
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1、"), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:eastAsia"), "黑体")
    rf.set(qn("w:hint"), "eastAsia")
    rpr.append(rf)
    lvl.append(rpr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    nids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(nids) + 1 if nids else 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(aid))
    num.append(an)
    numbering.append(num)
    return nid


def set_numbering(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def add_page_number_footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_run_font(r, "宋体", 14, ascii_font="宋体")
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        run = fp.add_run()
        set_run_font(run, "宋体", 14, ascii_font="宋体")
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            run._element.append(it)
    r = fp.add_run(" —")
    set_run_font(r, "宋体", 14, ascii_font="宋体")


def cell_par(cell, first=True):
    if first:
        p = cell.paragraphs[0]
    else:
        p = cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(20)
    return p


def cell_text(cell, pieces, align=None, size=12, east="仿宋_GB2312"):
    """pieces: list of paragraphs; each paragraph a str, a (bold, plain) tuple, or a list of
    strings joined by manual line breaks."""
    for i, piece in enumerate(pieces):
        p = cell_par(cell, first=(i == 0))
        if align is not None:
            p.alignment = align
        if isinstance(piece, tuple):
            r = p.add_run(piece[0])
            set_run_font(r, "黑体", size, bold=True)
            r = p.add_run(piece[1])
            set_run_font(r, east, size)
        elif isinstance(piece, list):
            for j, line in enumerate(piece):
                r = p.add_run(line)
                set_run_font(r, east, size)
                if j < len(piece) - 1:
                    r.add_break(WD_BREAK.LINE)
        else:
            r = p.add_run(piece)
            set_run_font(r, east, size)


def set_cell_width(cell, cm):
    cell.width = Cm(cm)


def mark_header_row(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def set_vmerge(cell, val):
    tcpr = cell._tc.get_or_add_tcPr()
    vm = OxmlElement("w:vMerge")
    if val:
        vm.set(qn("w:val"), val)
    tcpr.append(vm)


def leader_pieces(t):
    names = [PAD.get(n, n) for n in t["leaders"]]
    form = t.get("lform", "one")
    if form == "paras":
        return names
    if form == "br":
        return [names]
    if form == "dun":
        return ["、".join(names)]
    return names


def unit_pieces(units, fmt):
    if fmt == "paras":
        return list(units)
    if fmt == "comma2":
        return ["、".join(units[:-1]) + "，" + units[-1]]
    if fmt == "deng":
        return ["、".join(units) + "等"]
    return ["、".join(units)]


# ---------------------------------------------------------------------------
# Build the Word document
# ---------------------------------------------------------------------------
def build_docx():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    add_page_number_footer(sec)

    num_id = add_chinese_numbering(d)

    # 版头
    para(d, "", first_indent=False)
    para(d, ISSUER + "文件", east="方正小标宋简体", size=36, align=WD_ALIGN_PARAGRAPH.CENTER,
         first_indent=False, color="FF0000", space_line=60)
    para(d, "", first_indent=False)
    para(d, DOCNO, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    rule = para(d, "", first_indent=False, space_line=10)
    border_bottom(rule)
    para(d, "", first_indent=False)

    # 标题 (two lines by a manual line break)
    p = para(d, "", east="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False,
             space_line=36)
    r = p.add_run(ISSUER)
    set_run_font(r, "方正小标宋简体", 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("关于印发" + ATT_TITLE + "的通知")
    set_run_font(r, "方正小标宋简体", 22)
    para(d, "", first_indent=False)

    # 主送
    para(d, "各乡（镇）人民政府，潕阳经济开发区管委会，县人民政府各部门、各直属机构：", first_indent=False)

    # 正文
    para(d, "《政府工作报告》已经县十八届人民代表大会第五次会议审议通过。为确保报告确定的各项目标任务落到实处，"
            "经县人民政府同意，现将" + ATT_TITLE + "印发给你们，并就有关事项通知如下，请认真贯彻落实。")
    for bold, plain in COVER_ITEMS:
        p = para(d, "")
        set_numbering(p, num_id)
        r = p.add_run(bold)
        set_run_font(r, "楷体_GB2312", 16, bold=True)
        r = p.add_run(plain)
        set_run_font(r, "仿宋_GB2312", 16)
    para(d, "联系人：县政府督查室　刘　洋，联系电话：0395-7162135。")
    para(d, "", first_indent=False)

    # 附件说明 (left-indented the clerk's way, not by first-line indent)
    para(d, "附件：" + ATT_TITLE, first_indent=False, left_indent=Pt(32))
    para(d, "", first_indent=False)
    para(d, "", first_indent=False)

    # 落款 and date, pushed right by a left indent
    para(d, ISSUER, first_indent=False, left_indent=Cm(8.6))
    para(d, DATE, first_indent=False, left_indent=Cm(9.2))
    para(d, "", first_indent=False)
    para(d, "（此件公开发布）")

    # 附件: landscape section
    new = d.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    new.top_margin, new.bottom_margin = Cm(2.8), Cm(2.6)
    new.left_margin, new.right_margin = Cm(3.5), Cm(3.3)

    para(d, "附件", east="黑体", first_indent=False)
    para(d, "", first_indent=False)
    h = d.add_paragraph(style="Heading 1")
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run(ATT_TITLE)
    set_run_font(r, "方正小标宋简体", 22)
    r.font.color.rgb = RGBColor(0, 0, 0)
    para(d, "", first_indent=False)

    widths = [1.4, 10.0, 2.2, 3.6, 4.4, 2.3]
    header = ["序号", "重点工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]
    nrows = 1
    for title, tasks in SECTIONS:
        nrows += 1
        for t in tasks:
            nrows += 2 if t.get("cont") else 1
    table = d.add_table(rows=nrows, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, row in enumerate(table.rows):
        for ci, c in enumerate(row.cells):
            set_cell_width(c, widths[ci])
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(round(w * 567))))
    C = WD_ALIGN_PARAGRAPH.CENTER
    for ci, h in enumerate(header):
        cell_text(table.cell(0, ci), [h], align=C, east="黑体")
    mark_header_row(table.rows[0])

    ri = 1
    n = 0
    for title, tasks in SECTIONS:
        merged = table.cell(ri, 0).merge(table.cell(ri, 5))
        cell_text(merged, [f"{title}（共{len(tasks)}项）"], east="黑体")
        ri += 1
        for t in tasks:
            n += 1
            cell_text(table.cell(ri, 0), [str(n)], align=C)
            cell_text(table.cell(ri, 1), t["text"])
            cell_text(table.cell(ri, 2), leader_pieces(t), align=C)
            cell_text(table.cell(ri, 3), unit_pieces(t["lead"], "plain"))
            if t["coop"] is None:
                cell_text(table.cell(ri, 4), [t["ctext"]], align=C)
            else:
                cell_text(table.cell(ri, 4), unit_pieces(t["coop"], t.get("ufmt", "plain")))
            cell_text(table.cell(ri, 5), [t["deadline"]], align=C)
            if t.get("cont"):
                # the task runs on in a second row; its other cells are merged down
                cell_text(table.cell(ri + 1, 1), t["cont"])
                for ci in (0, 2, 3, 4, 5):
                    set_vmerge(table.cell(ri, ci), "restart")
                    set_vmerge(table.cell(ri + 1, ci), None)
                ri += 2
            else:
                ri += 1

    # 版记, on a portrait page of its own
    last = d.add_section()
    last.orientation = WD_ORIENT.PORTRAIT
    last.page_width, last.page_height = Cm(21), Cm(29.7)
    last.top_margin, last.bottom_margin = Cm(3.7), Cm(3.5)
    last.left_margin, last.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(3):
        para(d, "", first_indent=False)
    bj = d.add_table(rows=2, cols=1)
    bj.style = "Table Grid"
    tblpr = bj._tbl.tblPr
    look = tblpr.find(qn("w:tblLook"))
    if look is not None:
        look.set(qn("w:firstRow"), "0")
        look.set(qn("w:val"), "0000")
    cell_text(bj.cell(0, 0), ["抄送：县委各部门，县人大常委会办公室，县政协办公室，县监委，县法院，县检察院。"], size=14)
    cell_text(bj.cell(1, 0), [ISSUER + "　　　　　　　　　　" + DATE + "印发"], size=14)

    cp = d.core_properties
    fixed = datetime.datetime(2025, 3, 6, 9, 12, 0)
    cp.author = "县政府办"
    cp.last_modified_by = "县政府办"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    cp.title = ""
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""

    buf = io.BytesIO()
    d.save(buf)
    # re-zip with fixed timestamps so that the file is the same bytes on every run
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 6, 9, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(SOURCE, "wb") as f:
        f.write(out.getvalue())


def run_pandoc():
    pandoc = shutil.which("pandoc")
    if not pandoc:
        subprocess.run(["apt-get", "install", "-y", "pandoc"], check=True)
        pandoc = shutil.which("pandoc")
    ver = subprocess.run([pandoc, "--version"], capture_output=True, text=True, check=True).stdout.splitlines()[0]
    print("ran:", ver, file=sys.stderr)
    # as the wiki's import step runs it: default options, output to a file
    subprocess.run([pandoc, "-f", "docx", "-t", "mediawiki", os.path.basename(SOURCE),
                    "-o", os.path.basename(NOTICE)], cwd=HERE, check=True,
                   env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": "/tmp"})


def head12(t):
    first = t["text"][0]
    s = first[0] + first[1] if isinstance(first, tuple) else first
    rest = "".join(p if isinstance(p, str) else p[0] + p[1] for p in t["text"][1:])
    s = re.sub(r"\s", "", s + rest)
    return s[:12]


def write_gold():
    lines = []
    n = 0
    for title, tasks in SECTIONS:
        for t in tasks:
            n += 1
            coop = [] if t["coop"] is None else list(t["coop"])
            rec = {
                "id": str(n),
                "marker": str(n),
                "head": head12(t),
                "responsible_units": list(t["lead"]) + coop,
                "lead_units": list(t["lead"]),
                "cooperating_units": coop,
                "leaders": list(t["leaders"]),
                "deadline": t["deadline"],
            }
            lines.append(json.dumps(rec, ensure_ascii=False))
    with open(GOLD, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return n


if __name__ == "__main__":
    build_docx()
    run_pandoc()
    n = write_gold()
    print(f"wrote {os.path.basename(SOURCE)}, {os.path.basename(NOTICE)}, {os.path.basename(GOLD)} ({n} tasks)",
          file=sys.stderr)
