#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 59, notice 335: a 两办督查室 督办清单 of 市委常委会会议 / 市政府常务会议 议定事项, as the Word file
circulated to units (all places and persons invented).

中共汶澄市委办公室督查室 + 汶澄市人民政府办公室督查室, 汶委办督〔2025〕9号,
关于印发《市委常委会会议、市政府常务会议议定事项督办清单（2025年第二批）》的通知.

The attachment (landscape section) has two parts, each prepared by one 督查室 in its own layout:
  一、市委常委会会议议定事项（16项）: table 1
      序号 | 会议 | 议定事项 | 责任分工 (责任领导 / 牵头单位 / 配合单位) | 办结时限 | 督办科室
      two-row header; the 会议 column merged down over each meeting's items; leaders printed as
      post paragraph + name paragraph (or one paragraph), merged down over two items twice; one
      牵头单位 merged down; two leads in a cell (共同牵头 by the body's rule); 督办科室 merged down.
  二、市政府常务会议议定事项（14项）: table 2
      序号 | 议定事项 | 责任市领导 | 责任单位 | 完成时限 | 备注
      meetings as rows merged across; 序号 from Word's automatic numbering (no digit in the text);
      one 责任单位 column under a first-leads rule with （牵头） overriding it; item 5 over two rows.
序号 restarts in each part → gold ids part.n.

Run:  /usr/bin/python3 make_docx_round59_335.py   → 335_wencheng_shi_liangban_duchashi_yiding_shixiang.docx
"""
import os
import re

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "335_wencheng_shi_liangban_duchashi_yiding_shixiang.docx")

FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"
TNR = "Times New Roman"
RED = RGBColor(0xFF, 0x00, 0x00)
BR = "\n"   # inside a paragraph's text: a manual line break (w:br)

# ---------------------------------------------------------------- helpers


def set_run_font(run, east, size=None, bold=None, ascii_font=None, color=None):
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    a = ascii_font or east
    rfonts.set(qn("w:ascii"), a)
    rfonts.set(qn("w:hAnsi"), a)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:cs"), a)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


ASCII_CHUNK = re.compile(r"([0-9A-Za-z.%\-]+)")


# Texts typed in two editing sessions: Word keeps them as two runs with different rsids.
LATER_EDITS = {
    "市人力资源和社会保障局": 6,
    "汶澄经开区党工委": 5,
    "各民生实事项目承办单位": 6,
    "欧阳晓岚": 2,
    "市工业和信息化局（牵头）": 8,
}
_EDIT_RE = re.compile("(" + "|".join(re.escape(k) for k in LATER_EDITS) + ")")


def _segments(line):
    """Split a line into (text, rsid) pieces at the later edits."""
    out = []
    for i, piece in enumerate(_EDIT_RE.split(line)):
        if not piece:
            continue
        if i % 2 == 1:
            k = LATER_EDITS[piece]
            out.append((piece[:k], "00B2146E"))
            out.append((piece[k:], "00E51C93"))
        else:
            out.append((piece, None))
    return out


def add_text(par, text, east=FS, size=16, bold=None, color=None):
    """ASCII digits in their own Times New Roman runs; BR → w:br."""
    lines = text.split(BR)
    for li, line in enumerate(lines):
        if li:
            run = par.add_run()
            run.add_break(WD_BREAK.LINE)
            set_run_font(run, east, size, bold, color=color)
        for seg, rsid in _segments(line):
            for i, part in enumerate(ASCII_CHUNK.split(seg)):
                if not part:
                    continue
                run = par.add_run(part)
                if rsid:
                    run._r.set(qn("w:rsidR"), rsid)
                if i % 2 == 1:
                    set_run_font(run, east, size, bold, ascii_font=TNR, color=color)
                else:
                    set_run_font(run, east, size, bold, color=color)
    return par


def fmt_par(par, align=None, first_indent=None, line=None, before=0, after=0, exact=True):
    pf = par.paragraph_format
    if align is not None:
        par.alignment = align
    if first_indent is not None:
        pf.first_line_indent = first_indent
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line is not None:
        pf.line_spacing = Pt(line)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY if exact else WD_LINE_SPACING.AT_LEAST


def body_par(doc, text, indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY, east=FS, bold=None, size=16):
    p = doc.add_paragraph()
    fmt_par(p, align=align, first_indent=Pt(32) if indent else None, line=28.95)
    add_text(p, text, east=east, size=size, bold=bold)
    return p


def cell_pars(cell, paras, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT, east=FS, bold_first=False):
    """One paragraph per item; an item may be (text, east, bold)."""
    if isinstance(paras, str):
        paras = [paras]
    for k, item in enumerate(paras):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        fmt_par(p, align=align, line=15, exact=False)
        b = bold or (bold_first and k == 0 and len(paras) > 1)
        add_text(p, item, east=east, size=size, bold=b)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def number_cell(cell, num_id, size=10.5):
    """An empty paragraph carrying Word's automatic numbering (the digit is not in the text)."""
    p = cell.paragraphs[0]
    fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=15, exact=False)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(nid)
    # numPr goes right after pStyle/keepNext/keepLines/pageBreakBefore/framePr/widowControl
    ppr.insert(0, numpr)
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "0")
    jc = ppr.find(qn("w:jc"))
    if jc is not None:
        jc.addprevious(ind)
    else:
        ppr.append(ind)
    # an empty run with the font, as Word leaves it
    run = p.add_run("")
    set_run_font(run, FS, size, ascii_font=TNR)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def add_page_field(par, size=14):
    def r(text=None, fld=None, instr=None):
        run = par.add_run()
        set_run_font(run, "宋体", size, ascii_font="宋体")
        if fld is not None:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), fld)
            run._r.append(fc)
        elif instr is not None:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = instr
            run._r.append(it)
        else:
            t = OxmlElement("w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = text
            run._r.append(t)
    r("— ")
    r(fld="begin")
    r(instr=" PAGE ")
    r(fld="separate")
    r("1")
    r(fld="end")
    r(" —")


def par_border(par, side="bottom", color="FF0000", sz=18, space=1):
    ppr = par._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        anchor = None
        for tag in ("w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc"):
            anchor = ppr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(bdr)
        else:
            ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:tblHeader"))


def set_margins(section, top, bottom, left, right):
    section.top_margin = Cm(top)
    section.bottom_margin = Cm(bottom)
    section.left_margin = Cm(left)
    section.right_margin = Cm(right)


def table_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


def set_widths(table, widths):
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        gi = 0
        for tc in row._tr.findall(qn("w:tc")):
            tcpr = tc.get_or_add_tcPr()
            gs = tcpr.find(qn("w:gridSpan"))
            span = int(gs.get(qn("w:val"))) if gs is not None else 1
            w = sum(widths[gi:gi + span])
            gi += span
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = OxmlElement("w:tcW")
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(w * 567)))
            tcw.set(qn("w:type"), "dxa")


def add_numbering(doc):
    """Add an abstractNum (decimal %1, centred) and one w:num for table 2's 序号 column."""
    numbering = doc.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "335")
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    abstract.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1"), ("w:lvlJc", "center")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "0")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), TNR)
    rf.set(qn("w:hAnsi"), TNR)
    rf.set(qn("w:eastAsia"), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "21")
    rpr.append(sz)
    lvl.append(rpr)
    abstract.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    num_id = max(ids + [0]) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), "335")
    num.append(an)
    numbering.append(num)
    return num_id


def footer_page(section):
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(p)


# ---------------------------------------------------------------- data: table 1 (市委常委会)
# leader cells: list of paragraphs; "merge" groups: (first row index, n rows)

T1_MEETINGS = [
    (["市委常委会2025年第5次会议", "（3月4日）"], 4),
    (["市委常委会2025年第6次会议", "（3月21日）"], 5),
    (["市委常委会2025年第8次会议", "（4月15日）"], 4),
    (["市委常委会2025年第9次会议", "（4月28日）"], 3),
]

T1 = [
    dict(text=["关于加强新时代基层党组织建设的事项",
               "会议审议通过《汶澄市党建引领基层治理“三年提升”行动方案》，要求对全市村（社区）“两委”班子运行情况开展一次分析研判，建立软弱涣散基层党组织整顿台账，逐个落实整顿措施。"],
         leader=["市委常委、组织部部长", "林子涵"],
         lead=["市委组织部"],
         coop=["市委社会工作部、市民政局、各县（市、区）党委"],
         deadline=["2025年4月底前完成分析研判，年底前完成整顿"]),
    dict(text=["关于落实意识形态工作责任制的事项",
               "会议听取了2024年度全市意识形态工作情况汇报，要求修订完善意识形态工作责任清单，组织开展一次专项检查，检查结果纳入年度综合考核。"],
         leader=["市委常委、宣传部部长欧阳晓岚"],
         lead=["市委宣传部（市新闻出版局）"],
         coop=["—"],
         deadline=["2025年6月底前"]),
    dict(text=["关于汶澄经济技术开发区管理体制改革的事项",
               "会议原则同意《汶澄经济技术开发区管理体制机制改革方案》，要求按照“党工委（管委会）+公司”模式，理顺开发区与属地镇（街道）的管理关系，完成机构设置和人员转隶。"],
         leader=["市委副书记、市长", "柯明哲", "市委常委、常务副市长", "韦志刚"],
         lead=["市委编办、汶澄经开区党工委"],
         coop=["市委组织部、市财政局、市人力资源和社会保障局"],
         deadline=["2025年9月底前"]),
    dict(text=["关于做好春季森林防灭火工作的事项",
               "会议要求严格落实森林防火五级包保责任，清明、“五一”等重点时段实行24小时值班值守，4月底前完成林区火灾隐患排查整治。"],
         leader=["副市长", "邝立新"],
         lead=["市应急管理局"],
         coop=["市林业局、市公安局、各县（市、区）人民政府"],
         deadline=["2025年5月31日前"]),
    # 第6次
    dict(text=["关于2025年全市重大项目集中攻坚的事项",
               "会议议定：",
               "1．对一季度未开工的37个市级重大项目实行“一项目一专班”，逐项明确开工时间；",
               "2．对用地、用林、环评等要素保障问题，建立周调度、月通报机制；",
               "3．6月底前市级重大项目开工率达到80%以上。"],
         leader=["市委常委、常务副市长", "韦志刚"],       # merged down over 5–6
         lead=["市发展和改革委员会"],
         coop=["市自然资源和规划局、市生态环境局、市林业局、市投资促进局"],
         deadline=["2025年6月30日前"]),
    dict(text=["关于持续优化提升营商环境的事项",
               "会议要求对照营商环境评价指标体系梳理短板弱项清单，推行涉企行政检查“扫码入企”，企业开办、不动产登记等高频事项实现全流程网上办理。"],
         leader=None,                                  # continues the merge
         lead=["市政务服务和数据管理局"],
         coop=["市市场监督管理局、市自然资源和规划局、市税务局、市公安局"],
         deadline=["2025年8月底前"]),
    dict(text=["关于市委第三轮巡察反馈问题整改的事项",
               "会议听取了十三届市委第三轮巡察情况汇报，要求被巡察党组织逐条制定整改措施，整改情况按规定向市委巡察工作领导小组报告，并在适当范围内公开。"],
         leader=["市委常委、市纪委书记、市监委主任", "章怀远"],
         lead=["市委巡察办"],
         coop=["市纪委监委机关、市委组织部，各被巡察党组织"],
         deadline=["巡察反馈后2个月内"]),
    dict(text=["关于开展政法领域“百日攻坚”专项行动的事项",
               "会议要求聚焦电信网络诈骗、养老诈骗、涉黑涉恶等突出问题，集中开展为期100天的专项行动，每半月向市委报告一次进展。"],
         leader=["市委常委、政法委书记", "贺　峻"],
         lead=["市委政法委"],
         coop=["市公安局、市中级人民法院、市人民检察院、市司法局"],
         deadline=["2025年7月10日前"]),
    dict(text=["关于统一战线服务民营经济高质量发展的事项",
               "会议要求组织开展“同心助企”行动，建立市领导联系商会和重点民营企业制度，每季度召开一次政企座谈会。"],
         leader=["市委常委、统战部部长", "司徒蕙"],
         lead=["市委统战部"],
         coop=["市工商联、市工业和信息化局"],
         deadline=["持续推进，每季度报送进展"]),
    # 第8次
    dict(text=["关于巩固拓展脱贫攻坚成果同乡村振兴有效衔接的事项",
               "会议听取了2024年度巩固衔接考核反馈问题整改情况汇报，要求健全防止返贫致贫监测和帮扶机制，6月底前完成一轮集中排查。"],
         leader=["市委副书记", "宋怀瑾", "副市长", "苗　青"],
         lead=["市委农办（市农业农村局）"],
         coop=["市财政局、市人力资源和社会保障局、市医疗保障局、各县（市、区）党委和政府"],
         deadline=["2025年6月底前"]),
    dict(text=["关于推进城市更新和老旧小区改造的事项",
               "会议原则同意《汶澄市城市更新行动计划（2025—2027年）》，要求2025年开工改造老旧小区126个，同步推进“一老一小”设施和停车设施建设。"],
         leader=["副市长", "景书航"],                   # merged down over 11–12
         lead=["市住房和城乡建设局"],                   # merged down over 11–12
         coop=["市自然资源和规划局、市城市管理局、国网汶澄供电公司、各区人民政府"],
         deadline=["2025年11月底前"]),
    dict(text=["关于开展城镇燃气安全专项整治的事项",
               "会议要求对全市餐饮场所燃气使用和老旧管网开展全覆盖排查，年内完成燃气老旧管网更新改造85公里。"],
         leader=None,
         lead=None,
         coop=["市应急管理局、市市场监督管理局、市城投集团"],
         deadline=["2025年12月底前"]),
    dict(text=["关于数据要素市场化配置改革的事项",
               "会议原则同意《汶澄市数据要素市场化配置改革实施方案》，要求组建市数据集团，开展公共数据授权运营试点。"],
         leader=["市委常委、常务副市长韦志刚"],
         lead=["市委改革办", "市政务服务和数据管理局"],      # two paragraphs: 共同牵头
         coop=["市发展和改革委员会、市财政局、市国资委"],
         deadline=["2025年10月底前"]),
    # 第9次
    dict(text=["关于做好“五一”假期安全稳定工作的事项",
               "会议要求严格落实领导带班和24小时值班制度，加强景区、商圈、交通枢纽等人员密集场所安全管理，节后3个工作日内报送工作情况。"],
         leader=["市委常委、政法委书记", "贺　峻", "副市长", "邝立新"],
         lead=["市委政法委、市应急管理局"],
         coop=["市公安局、市交通运输局、市文化广电和旅游局、市市场监督管理局"],
         deadline=["2025年5月8日前报送情况"]),
    dict(text=["关于加快建设教育强市的事项",
               "会议原则同意《汶澄市教育强市建设三年行动方案（2025—2027年）》，要求年内新建、改扩建中小学校和幼儿园18所，新增公办学位1.2万个。"],
         leader=["副市长", "蓝天佑"],
         lead=["市教育局"],
         coop=["市委编办、市财政局、市人力资源和社会保障局、市自然资源和规划局"],
         deadline=["2025年8月底前"]),
    dict(text=["关于深入贯彻中央八项规定精神学习教育的事项",
               "会议要求把学习教育同推动全市中心工作结合起来，坚持边学边查边改，对查摆出的问题建立清单、逐项整改销号。"],
         leader=["市委常委、秘书长", "庞　维"],
         lead=["市委办公室"],
         coop=["市纪委监委机关、市委组织部、市委宣传部（市新闻出版局），市直各单位"],
         deadline=["持续推进"]),
]

# 督办科室 merged runs
T1_KESHI = [("督查一科", 4), ("督查二科", 5), ("督查一科", 4), ("督查三科", 3)]
# leader merges (0-based row of first task, n)
T1_LEADER_MERGES = {4: 2, 10: 2}
T1_LEAD_MERGES = {10: 2}

# ---------------------------------------------------------------- data: table 2 (市政府常务会议)

T2 = [
    ("市政府第31次常务会议（2025年3月10日）", [
        dict(text=["审议《汶澄市2025年稳增长若干政策措施》。会议原则同意，要求市发展和改革委员会会同有关部门根据会议意见修改完善后，按程序提请市政府印发实施。"],
             leader=["柯明哲" + BR + "韦志刚"],
             units=["市发展和改革委员会、市工业和信息化局、市商务局、市财政局"],
             deadline=["2025年3月底前印发"], remark=[""]),
        dict(text=["研究2025年市级民生实事项目。会议同意确定的10件民生实事项目，要求逐项明确承办单位和完成节点，所需资金纳入年度预算统筹安排。"],
             leader=["韦志刚"], leader_rows=2,
             units=["市财政局、市发展和改革委员会，各民生实事项目承办单位"],
             deadline=["持续推进"], remark=["由市政府办公室督查室按月调度"]),
        dict(text=["听取市属国有企业改革深化提升行动进展情况汇报。会议要求加快市属国有企业战略性重组和专业化整合，年内完成3户企业整合重组。"],
             leader=None,
             units=["市国资委", "市财政局", "市城投集团", "市交投集团"],
             deadline=["2025年12月底前"], remark=[""]),
        dict(text=["研究医保基金监管专项整治工作。会议要求聚焦欺诈骗保、违规收费等问题开展专项检查，对查实问题依法从严处理，公开曝光一批典型案例。"],
             leader=["蓝天佑"],
             units=["市医疗保障局、市卫生健康委员会、市公安局、市市场监督管理局"],
             deadline=["2025年9月底前"], remark=[""]),
    ]),
    ("市政府第33次常务会议（2025年3月28日）", [
        dict(text=["研究城区交通拥堵综合治理工作。会议议定：",
                   "（1）优化城区主干道交通信号配时，年内打通断头路5条；"],
             text2=["（2）新增公共停车泊位3000个，规范道路停车收费管理。"],
             leader=["邝立新"],
             units=["市公安局、市交通运输局"],
             units2=["市公安局、市城市管理局、市住房和城乡建设局"],
             deadline=["2025年10月底前"], deadline2=["2025年12月底前"], remark=[""]),
        dict(text=["研究农村供水保障工程建设。会议同意实施农村供水规模化建设和小型工程标准化改造，要求汛前完成在建工程主体施工。"],
             leader=["苗　青"],
             units=["市水利局、市财政局、市农业农村局、各县（市、区）人民政府"],
             deadline=["2025年5月底前"], remark=[""]),
        dict(text=["听取新能源汽车产业链招商工作汇报。会议要求围绕整车及动力电池、电驱电控等关键零部件开展精准招商，二季度至少签约落地重大项目2个。"],
             leader=["岑立言"],
             units=["市投资促进局、市工业和信息化局（牵头）、汶澄经开区管委会"],
             deadline=["2025年6月底前"], remark=[""]),
        dict(text=["研究安全生产治本攻坚三年行动2025年工作安排。会议要求紧盯危化品、交通运输、建筑施工等重点行业领域，动态更新重大事故隐患清单。"],
             leader=["邝立新"],
             units=["市应急管理局、市安委会有关成员单位"],
             deadline=["持续推进"], remark=[""]),
        dict(text=["听取2024年度市级预算执行和其他财政收支审计查出问题整改情况汇报。会议要求对尚未完成整改的问题逐项明确整改时限，建立长效机制。"],
             leader=["韦志刚"],
             units=["市审计局、市财政局、有关被审计单位"],
             deadline=["2025年6月底前"], remark=["整改结果按程序向市人大常委会报告"]),
    ]),
    ("市政府第35次常务会议（2025年4月22日）", [
        dict(text=["听取一季度全市经济运行情况汇报。会议要求各地各部门对照全年目标查找差距，确保上半年主要经济指标实现“双过半”。"],
             leader=["柯明哲"],
             units=["市发展和改革委员会、市统计局，各县（市、区）人民政府、市直有关部门"],
             deadline=["2025年6月底前"], remark=[""]),
        dict(text=["研究中心城区防汛排涝准备工作。会议要求5月15日前完成城区排水管网清淤疏浚和易涝点整治，备足防汛物资，落实24小时值班。"],
             leader=["邝立新" + BR + "景书航"],
             units=["市水利局（牵头）、市城市管理局（牵头）、市住房和城乡建设局、市气象局"],
             deadline=["2025年5月15日前"], remark=[""]),
        dict(text=["研究市第一人民医院新院区建设有关事项。会议同意调整新院区建设规模和概算，要求加快施工进度，年内实现主体结构封顶。"],
             leader=["蓝天佑"],
             units=["市卫生健康委员会、市第一人民医院、市自然资源和规划局、市住房和城乡建设局"],
             deadline=["2025年12月底前"], remark=["续办事项（市政府第29次常务会议已议定）"]),
        dict(text=["审议《汶澄市“高效办成一件事”2025年度重点事项清单》。会议原则同意，要求年内推出不少于20个“一件事”集成服务场景。"],
             leader=["韦志刚"],
             units=["市政务服务和数据管理局、市直有关部门"],
             deadline=["2025年9月底前"], remark=[""]),
        dict(text=["研究汶澄港区多式联运枢纽建设。会议要求加快铁路专用线接入和综合物流园区建设，同步谋划申报国家多式联运示范工程。"],
             leader=["岑立言"],
             units=["汶澄港务集团、市交通运输局、市发展和改革委员会、市自然资源和规划局"],
             deadline=["2025年10月底前"], remark=[""]),
    ]),
]


# ---------------------------------------------------------------- build

def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    cp = doc.core_properties
    cp.author = "市委督查室"
    cp.last_modified_by = "dcs-zhou"
    cp.title = "关于印发《市委常委会会议、市政府常务会议议定事项督办清单（2025年第二批）》的通知"

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    set_margins(sec, 3.7, 3.5, 2.8, 2.6)
    footer_page(sec)

    # 版头: two issuers stacked, red
    for name in ("中共汶澄市委办公室督查室", "汶澄市人民政府办公室督查室"):
        p = doc.add_paragraph()
        fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=40)
        add_text(p, name, east=XBS, size=28, color=RED)
    p = doc.add_paragraph()
    fmt_par(p, line=28.95)
    p = doc.add_paragraph()
    fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=28.95, after=6)
    add_text(p, "汶委办督〔2025〕9号")
    par_border(p)
    p = doc.add_paragraph()
    fmt_par(p, line=28.95)

    for t in ("关于印发《市委常委会会议、市政府常务会议",
              "议定事项督办清单（2025年第二批）》的通知"):
        p = doc.add_paragraph()
        fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
        add_text(p, t, east=XBS, size=22)
    p = doc.add_paragraph()
    fmt_par(p, line=28.95)

    body_par(doc, "各县（市、区）党委和人民政府，汶澄经开区党工委、管委会，市委各部委，市直各单位，市属各国有企业：",
             indent=False)
    body_par(doc, "今年3月至4月，市委常委会先后召开4次会议、市政府先后召开3次常务会议，研究议定了一批事关全市发展全局的重要事项。"
                  "经市委、市政府领导同志同意，现将其中需要跟踪落实的30项议定事项列入第二批督办清单，印发给你们，请认真抓好落实。"
                  "有关要求通知如下。")
    body_par(doc, "一、压实办理责任", east=HT)
    body_par(doc, "清单中每一项议定事项均明确了责任领导和责任单位。市委常委会会议议定事项分列“牵头单位”“配合单位”，"
                  "“牵头单位”栏列有两个单位的，两个单位共同牵头；市政府常务会议议定事项只列“责任单位”，排在第一位的为牵头单位，"
                  "标注“（牵头）”的以标注为准。牵头单位主要负责同志是第一责任人，要牵头制定落实方案，明确时间表、路线图；"
                  "配合单位要主动对接、密切协作，不得推诿扯皮。")
    body_par(doc, "二、严格时限要求", east=HT)
    body_par(doc, "各牵头单位要在本通知印发后10个工作日内，将落实方案报送市委办公室督查室或市政府办公室督查室；"
                  "办结时限为“持续推进”的事项，每月25日前报送当月进展情况；事项办结后，及时报送办结报告，经督查室核实后予以销号。"
                  "第一批清单中第1.3、1.7、2.4项尚未办结，继续按原要求督办，本批不再重复列出。")
    body_par(doc, "三、强化督查问效", east=HT)
    body_par(doc, "市委办公室督查室、市政府办公室督查室将采取定期调度、实地督查、随机抽查等方式跟踪办理进度，"
                  "对工作推进不力、进度严重滞后的，报经市委、市政府领导同志同意后予以通报。")
    body_par(doc, "联系人：市委办公室督查室　李婉清，电话：8326105；市政府办公室督查室　周泽宇，电话：8329217。")
    p = doc.add_paragraph()
    fmt_par(p, line=28.95)
    p = body_par(doc, "附件：市委常委会会议、市政府常务会议议定事项督办清单（2025年第二批）")
    p = doc.add_paragraph()
    fmt_par(p, line=28.95)
    p = doc.add_paragraph()
    fmt_par(p, line=28.95)
    for t in ("中共汶澄市委办公室督查室　　汶澄市人民政府办公室督查室",
              "2025年5月12日"):
        p = doc.add_paragraph()
        fmt_par(p, align=WD_ALIGN_PARAGRAPH.RIGHT, line=28.95)
        add_text(p, t + ("　　" if t.startswith("2025") else ""))

    # ---------------- attachment: landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    set_margins(sec2, 2.6, 2.4, 2.0, 2.0)

    p = doc.add_paragraph()
    fmt_par(p, line=28.95)
    add_text(p, "附件", east=HT)
    for t in ("市委常委会会议、市政府常务会议议定事项督办清单", "（2025年第二批）"):
        p = doc.add_paragraph()
        fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
        add_text(p, t, east=XBS, size=20 if "督办" in t else 16, bold=False)
    p = doc.add_paragraph()
    fmt_par(p, line=20)

    p = doc.add_paragraph()
    fmt_par(p, line=28.95)
    add_text(p, "一、市委常委会会议议定事项（16项）", east=HT)

    # ---- table 1
    widths1 = [1.1, 2.5, 8.4, 3.0, 2.8, 3.8, 2.3, 1.6]
    n_rows = 2 + len(T1)
    t1 = doc.add_table(rows=n_rows, cols=8)
    t1.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t1)
    h0, h1 = t1.rows[0], t1.rows[1]
    repeat_header(h0)
    repeat_header(h1)
    # header
    for col, label in ((0, "序号"), (1, "会议"), (2, "议定事项"), (6, "办结时限"), (7, "督办科室")):
        c = h0.cells[col].merge(h1.cells[col])
        cell_pars(c, label, east=HT, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
    c = h0.cells[3].merge(h0.cells[5])
    cell_pars(c, "责任分工", east=HT, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
    for col, label in ((3, "责任领导"), (4, "牵头单位"), (5, "配合单位")):
        cell_pars(h1.cells[col], label, east=HT, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)

    base = 2
    # meeting column merges
    r = base
    for paras, n in T1_MEETINGS:
        c = t1.cell(r, 1)
        if n > 1:
            c = c.merge(t1.cell(r + n - 1, 1))
        cell_pars(c, paras, align=WD_ALIGN_PARAGRAPH.CENTER)
        r += n
    r = base
    for label, n in T1_KESHI:
        c = t1.cell(r, 7)
        if n > 1:
            c = c.merge(t1.cell(r + n - 1, 7))
        cell_pars(c, label, align=WD_ALIGN_PARAGRAPH.CENTER)
        r += n
    for i, task in enumerate(T1):
        row = base + i
        cell_pars(t1.cell(row, 0), str(i + 1), align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_pars(t1.cell(row, 2), task["text"], bold_first=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        if task["leader"] is not None:
            c = t1.cell(row, 3)
            n = T1_LEADER_MERGES.get(i, 1)
            if n > 1:
                c = c.merge(t1.cell(row + n - 1, 3))
            cell_pars(c, task["leader"], align=WD_ALIGN_PARAGRAPH.CENTER)
        if task["lead"] is not None:
            c = t1.cell(row, 4)
            n = T1_LEAD_MERGES.get(i, 1)
            if n > 1:
                c = c.merge(t1.cell(row + n - 1, 4))
            cell_pars(c, task["lead"], align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_pars(t1.cell(row, 5), task["coop"])
        cell_pars(t1.cell(row, 6), task["deadline"], align=WD_ALIGN_PARAGRAPH.CENTER)
    set_widths(t1, widths1)

    p = doc.add_paragraph()
    fmt_par(p, line=20)
    p = doc.add_paragraph()
    fmt_par(p, line=28.95)
    add_text(p, "二、市政府常务会议议定事项（14项）", east=HT)

    # ---- table 2
    num_id = add_numbering(doc)
    widths2 = [1.1, 10.4, 2.4, 6.4, 2.9, 2.5]
    rows_needed = 1
    for _, tasks in T2:
        rows_needed += 1
        for tk in tasks:
            rows_needed += 2 if "text2" in tk else 1
    t2 = doc.add_table(rows=rows_needed, cols=6)
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t2)
    repeat_header(t2.rows[0])
    for col, label in enumerate(("序号", "议定事项", "责任市领导", "责任单位", "完成时限", "备注")):
        cell_pars(t2.rows[0].cells[col], label, east=HT, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
    r = 1
    pending_leader = 0
    for meeting, tasks in T2:
        c = t2.cell(r, 0).merge(t2.cell(r, 5))
        cell_pars(c, meeting, east=KT, size=11, bold=True)
        r += 1
        for tk in tasks:
            two = "text2" in tk
            n = 2 if two else 1
            c = t2.cell(r, 0)
            if two:
                c = c.merge(t2.cell(r + 1, 0))
            number_cell(c, num_id)
            cell_pars(t2.cell(r, 1), tk["text"], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            cell_pars(t2.cell(r, 3), tk["units"])
            cell_pars(t2.cell(r, 4), tk["deadline"], align=WD_ALIGN_PARAGRAPH.CENTER)
            if two:
                cell_pars(t2.cell(r + 1, 1), tk["text2"], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
                cell_pars(t2.cell(r + 1, 3), tk["units2"])
                cell_pars(t2.cell(r + 1, 4), tk["deadline2"], align=WD_ALIGN_PARAGRAPH.CENTER)
                c = t2.cell(r, 5).merge(t2.cell(r + 1, 5))
                cell_pars(c, tk["remark"])
            else:
                cell_pars(t2.cell(r, 5), tk["remark"])
            if tk["leader"] is not None:
                lr = tk.get("leader_rows", n)
                c = t2.cell(r, 2)
                if lr > 1:
                    c = c.merge(t2.cell(r + lr - 1, 2))
                cell_pars(c, tk["leader"], align=WD_ALIGN_PARAGRAPH.CENTER)
            r += n
    set_widths(t2, widths2)

    p = doc.add_paragraph()
    fmt_par(p, line=22, before=6)
    add_text(p, "注：1．“责任单位”栏中排在第一位的为牵头单位，标注“（牵头）”的以标注为准。", east=KT, size=12)
    p = doc.add_paragraph()
    fmt_par(p, line=22, first_indent=Pt(24))
    add_text(p, "2．第5项会议分两方面议定，分别明确了责任单位和完成时限，作为一项督办。", east=KT, size=12)
    p = doc.add_paragraph()
    fmt_par(p, line=22, first_indent=Pt(24))
    add_text(p, "3．完成时限为“持续推进”的，每月25日前报送进展情况。", east=KT, size=12)

    # ---------------- 版记: portrait section
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    set_margins(sec3, 3.7, 3.5, 2.8, 2.6)
    for _ in range(14):
        p = doc.add_paragraph()
        fmt_par(p, line=28.95)
    p = doc.add_paragraph()
    fmt_par(p, line=28.95)
    par_border(p, side="top", color="000000", sz=8)
    add_text(p, "报：市委、市政府领导同志。", size=14)
    p = doc.add_paragraph()
    fmt_par(p, line=28.95)
    par_border(p, side="top", color="000000", sz=4)
    par_border(p, side="bottom", color="000000", sz=8)
    add_text(p, "中共汶澄市委办公室督查室　　　　　　　2025年5月12日印发", size=14)

    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
