#!/usr/bin/python3
"""Generator for test notice 718: a joint 两办 notice (中共沅州市委办公室 + 沅州市人民政府办公室)
splitting the tasks of the 市委七届七次全会, written as WPS would write a .docx.

Writes, deterministically:
  718_yuanzhou_shi_liangban_quanhui_renwu_fengong.docx
  718.tasks.gold.jsonl

The attachment is one table 序号 / 工作任务 / 牵头市领导 / 牵头单位 / 参与单位 with section rows
spanning the table. The cover sets the deadline: 2024年12月底前 unless a task states its own.

Everything (places, people, units, 文号) is invented.
"""
import copy
import io
import json
import os
import re
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX_NAME = "718_yuanzhou_shi_liangban_quanhui_renwu_fengong.docx"
GOLD_NAME = "718.tasks.gold.jsonl"

DEFAULT_DEADLINE = "2024年12月底前"
SEP = "、"

# ---------------------------------------------------------------------------
# The structured description of the attachment.
# A task: text, leaders (as printed, one per cell paragraph), lead units, cooperating units.
# Units are lists; a tuple ("，", unit) means that unit is preceded by "，" instead of "、" in print.
# "split": the task runs over two table rows (page break): (text of row 1, text of row 2,
#          number of cooperating units printed in row 1).
# "deadline": a completion date stated inside the task text.
# ---------------------------------------------------------------------------
XQ = "各县（市、区）党委和政府"

SECTIONS = [
    ("一、坚定不移推动高质量发展", [
        dict(text="持续深化“产业项目建设年”活动，全年实施亿元以上产业项目300个以上，产业投资增长12%以上。",
             leaders=["陈志远", "赵国强"], lead=["市发展改革委"],
             coop=["市工业和信息化局", "市商务局", "市投资促进局", XQ]),
        dict(text="做大做强新能源电池材料、先进装备制造、绿色食品三大主导产业，规模以上工业增加值增长8.5%以上。",
             leaders=["孙立平"], lead=["市工业和信息化局"],
             coop=["市发展改革委", "市科技局", "沅州经开区管委会"]),
        dict(text="实施科技创新“倍增计划”，新增高新技术企业60家以上，全社会研发经费投入强度提高0.2个百分点。",
             leaders=["孙立平"], lead=["市科技局"],
             coop=["市财政局", "市工业和信息化局", "市统计局"]),
        dict(text="加快发展数字经济，推进“5G+工业互联网”融合应用，建成数字化车间和智能工厂20个。",
             leaders=["孙立平"], lead=["市数据局", "市工业和信息化局"],
             coop=["市发展改革委"]),
        dict(text="扩大有效投资，积极争取中央预算内投资、超长期特别国债和地方政府专项债券资金支持。",
             leaders=["赵国强"], lead=["市发展改革委", "市财政局"],
             coop=[XQ]),
        dict(text="促进消费提质扩容，开展“乐购沅州”系列促消费活动，社会消费品零售总额增长6.5%左右。",
             leaders=["孙立平"], lead=["市商务局"],
             coop=["市文化广电旅游局", "市市场监管局", ("，", "市财政局")]),
        dict(text="持续优化营商环境，深化“高效办成一件事”改革，推动更多政务服务事项“一网通办”。",
             leaders=["陈志远"], lead=["市数据局"],
             coop=["市发展改革委", "市市场监管局", "市直有关单位"]),
    ]),
    ("二、纵深推进改革开放", [
        dict(text="抓好市委全面深化改革委员会年度重点改革任务落实，推动国资国企、财税金融、要素市场化配置等重点领域改革取得新突破。",
             leaders=["王　勇"], lead=["市委全面深化改革委员会办公室（市委改革办）"],
             coop=["市发展改革委", "市国资委", "市财政局"]),
        dict(text="深化国资国企改革，推动市属国有企业战略性重组和专业化整合，加快市城投集团市场化转型。",
             leaders=["赵国强"], lead=["市国资委"],
             coop=["市财政局", "市委组织部"]),
        dict(text="主动融入西部陆海新通道建设，稳住外贸外资基本盘，全年进出口总额增长10%以上。",
             leaders=["孙立平"], lead=["市商务局"],
             coop=["沅州海关", "市发展改革委", "市交通运输局"]),
        dict(text="坚持招大引强，全年引进“三类500强”企业投资项目15个以上，实际到位市外境内资金增长10%。",
             leaders=["陈志远", "孙立平"], lead=["市投资促进局"],
             coop=[XQ, "沅州经开区管委会"]),
        dict(text="深化开发区管理体制改革，推行“管委会+公司”运营模式，提升开发区亩均效益。",
             leaders=["王　勇"], lead=["市商务局", "市委编办"],
             coop=["沅州经开区管委会", "市委改革办", XQ]),
    ]),
    ("三、全面推进乡村振兴", [
        dict(text="严格落实粮食安全党政同责，稳定粮食播种面积185万亩以上，粮食总产量稳定在70万吨以上。",
             leaders=["何雪松"], lead=["市农业农村局"],
             coop=["市发展改革委", "市自然资源和规划局", XQ]),
        dict(text="巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制，坚决守住不发生规模性返贫底线。",
             leaders=["王　勇", "何雪松"], lead=["市农业农村局"],
             coop=["市委组织部", "市民政局", "市人力资源和社会保障局", XQ]),
        dict(text="实施农业产业化龙头企业“十百千”工程，新增省级以上农业产业化龙头企业10家。",
             leaders=["何雪松"], lead=["市农业农村局"],
             coop=["市供销合作社", "市市场监管局"]),
        dict(text="扎实推进和美乡村建设，完成农村户厕改造1.2万户，农村生活污水治理率提高到45%。",
             leaders=["何雪松"], lead=["市农业农村局"],
             coop=["市生态环境局", "市住房和城乡建设局", XQ]),
        dict(text="深化农村改革，稳慎推进农村宅基地制度改革试点，发展壮大新型农村集体经济。",
             leaders=["王　勇"], lead=["市农业农村局", "市自然资源和规划局"],
             coop=["市委组织部"]),
    ]),
    ("四、推进新型城镇化和生态文明建设", [
        dict(text="加快沅州东站综合交通枢纽建设，2024年9月底前建成投入使用。",
             leaders=["郑　凯"], lead=["市交通运输局"],
             coop=["市发展改革委", "市自然资源和规划局", "市城投集团"],
             deadline="2024年9月底前"),
        dict(text="实施城市更新行动，改造城镇老旧小区120个，完成城中村改造3000套。",
             leaders=["郑　凯"], lead=["市住房和城乡建设局"],
             coop=["市发展改革委", "市财政局", XQ]),
        dict(text="深入打好蓝天、碧水、净土保卫战，细颗粒物（PM2.5）平均浓度控制在省下达目标以内，国考断面水质优良率保持100%，受污染耕地安全利用率达到93%以上。",
             leaders=["郑　凯"], lead=["市生态环境局"],
             coop=["市发展改革委", "市工业和信息化局", "市住房和城乡建设局",
                   "市农业农村局", "市自然资源和规划局", XQ]),
        dict(text="抓好中央和省生态环境保护督察反馈问题整改，确保按期完成整改销号。",
             leaders=["陈志远"], lead=["市生态环境局"],
             coop=["市直有关单位", XQ]),
        dict(text="全面推行林长制、河湖长制，完成营造林8万亩，持续推进长江“十年禁渔”。",
             leaders=["何雪松"], lead=["市林业局", "市水利局"],
             coop=["市农业农村局", "市公安局", XQ],
             split=("全面推行林长制、河湖长制，", "完成营造林8万亩，持续推进长江“十年禁渔”。", 1)),
    ]),
    ("五、着力保障和改善民生", [
        dict(text="落实就业优先政策，全年城镇新增就业3.2万人，城镇调查失业率控制在5.5%以内。",
             leaders=["黄丽娟"], lead=["市人力资源和社会保障局"],
             coop=["市财政局", "市教育局", "市总工会"]),
        dict(text="推进教育强市建设，新建改扩建中小学校和幼儿园25所，新增学位1.5万个。",
             leaders=["黄丽娟"], lead=["市教育局"],
             coop=["市发展改革委", "市财政局", "市自然资源和规划局"]),
        dict(text="深化医药卫生体制改革，推进紧密型县域医共体建设，市第一人民医院新院区建成投用。",
             leaders=["黄丽娟"], lead=["市卫生健康委"],
             coop=["市医保局", "市财政局"]),
        dict(text="健全养老服务体系，新建社区嵌入式养老服务设施30个，发展普惠型养老服务。",
             leaders=["黄丽娟"], lead=["市民政局"],
             coop=["市发展改革委", "市卫生健康委"]),
        dict(text="推动文化繁荣发展，办好第五届沅州龙舟文化旅游节，全年接待游客人次增长15%以上。",
             leaders=["周晓梅", "黄丽娟"], lead=["市委宣传部", "市文化广电旅游局"],
             coop=["市体育局", XQ]),
        dict(text="扎实办好省、市十件民生实事，确保各项目按计划推进、按期交付。",
             leaders=["陈志远"], lead=["市政府办公室"],
             coop=["市直有关单位"]),
    ]),
    ("六、统筹发展和安全，全面加强党的建设", [
        dict(text="深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。",
             leaders=["吴海涛"], lead=["市应急管理局"],
             coop=["市安委会成员单位", XQ]),
        dict(text="防范化解地方债务风险，严控新增隐性债务，稳妥推进融资平台市场化转型。",
             leaders=["赵国强"], lead=["市财政局"],
             coop=["市国资委", "市委金融办", "中国人民银行沅州市分行"]),
        dict(text="坚持和发展新时代“枫桥经验”，深化平安沅州建设，推进常态化扫黑除恶斗争。",
             leaders=["马德胜"], lead=["市委政法委"],
             coop=["市公安局", "市司法局", "市信访局"]),
        dict(text="加强党建引领基层治理，深化网格化服务管理，推进社区工作者职业体系建设。",
             leaders=["李文静"], lead=["市委社会工作部"],
             coop=["市委组织部", "市民政局", "市财政局"]),
        dict(text="深入学习宣传贯彻市委七届七次全会精神，组织开展全会精神宣讲活动。",
             leaders=["周晓梅"], lead=["市委宣传部"],
             coop=[]),
        dict(text="持续加强干部队伍建设，落实“三项机制”，激励干部担当作为、干事创业。",
             leaders=["李文静"], lead=["市委组织部"],
             coop=["市纪委监委"]),
        dict(text="持之以恒正风肃纪反腐，深化整治群众身边不正之风和腐败问题。",
             leaders=["张国栋"], lead=["市纪委监委"],
             coop=["市直有关单位"]),
        dict(text="落实全面从严治党主体责任，抓好巡视巡察反馈问题整改。",
             leaders=["刘建华"], lead=["市委办公室"],
             coop=["市纪委监委", "市委组织部", "市委巡察办"]),
    ]),
]


def unit_name(u):
    return u[1] if isinstance(u, tuple) else u


def unit_sep(u):
    return u[0] if isinstance(u, tuple) else SEP


def join_units(units):
    out = ""
    for i, u in enumerate(units):
        if i:
            out += unit_sep(u)
        out += unit_name(u)
    return out


# ---------------------------------------------------------------------------
# Cover text
# ---------------------------------------------------------------------------
ISSUER1 = "中共沅州市委办公室"
ISSUER2 = "沅州市人民政府办公室"
WENHAO = "沅委办发〔2024〕9号"
TITLE_LINES = ["中共沅州市委办公室　沅州市人民政府办公室",
               "关于市委七届七次全会重点任务分工的通知"]
ZHUSONG = ("各县（市、区）党委和人民政府，沅州经济技术开发区党工委、管委会，"
           "市委各部委，市级国家机关各部门，市属各人民团体：")
BODY = [
    (None, "市委七届七次全会暨市委经济工作会议全面总结了2023年工作，深入分析了当前形势，"
           "对2024年全市经济社会发展作出了全面部署。为确保全会确定的各项目标任务落到实处，"
           "经市委、市政府同意，现将全会重点任务分工印发给你们，并就有关事项通知如下。"),
    ("一、提高思想认识。", "各地各部门要把贯彻落实全会精神作为当前和今后一个时期的重要政治任务，"
                      "切实把思想和行动统一到市委决策部署上来，以只争朝夕的精神抓好各项任务落实。"),
    ("二、压实工作责任。", "各项任务实行牵头市领导负责制，牵头市领导负责统筹协调、推动落实。"
                      "牵头单位对任务落实负总责，要会同参与单位细化工作措施，明确时间表、路线图和责任人；"
                      "参与单位要按照职责分工，主动配合、协同推进，形成工作合力。"),
    ("三、严格时限要求。", "各项任务除已明确完成时限的外，均须于2024年12月底前完成。"
                      "各牵头单位要于每季度最后一个月的20日前，将任务推进情况书面报送市委督查室、"
                      "市政府督查室，同时抄送牵头市领导。"),
    ("四、强化督查问效。", "市委督查室、市政府督查室要将全会重点任务纳入年度督查计划，"
                      "定期调度、跟踪督办，督查情况纳入年度综合考核。对工作推进不力、"
                      "未按期完成任务的，按有关规定严肃问责。"),
]
FUJIAN_LINE = "附件：市委七届七次全会重点任务分工表"
DATE = "2024年2月23日"
FUZHU = "（此件公开发布）"
ATT_TITLE = "市委七届七次全会重点任务分工表"
CHAOSONG = ("抄送：市人大常委会办公室，市政协办公室，市纪委监委机关，市中级人民法院，"
            "市人民检察院，沅州军分区政治工作处。")
YINFA = ("中共沅州市委办公室", "2024年2月23日印发")

FANGSONG = "仿宋_GB2312"
HEITI = "黑体"
KAITI = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = "FF0000"


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
def set_font(run, name, size_pt, bold=False, color=None):
    run.font.size = Pt(size_pt)
    run.font.name = name
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    rfonts.set(qn("w:hint"), "eastAsia")
    if bold:
        run.bold = True
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para_fmt(p, align=None, first_chars=0, left_chars=0, line_exact=None, before=0, after=0):
    ppr = p._p.get_or_add_pPr()
    if align is not None:
        p.alignment = align
    sp = OxmlElement("w:spacing")
    sp.set(qn("w:before"), str(before))
    sp.set(qn("w:after"), str(after))
    if line_exact:
        sp.set(qn("w:line"), str(line_exact))
        sp.set(qn("w:lineRule"), "exact")
    ppr.append(sp)
    if first_chars or left_chars:
        ind = OxmlElement("w:ind")
        if left_chars:
            ind.set(qn("w:leftChars"), str(left_chars))
            ind.set(qn("w:left"), str(left_chars * 16 // 5))
        if first_chars:
            ind.set(qn("w:firstLineChars"), str(first_chars))
            ind.set(qn("w:firstLine"), str(first_chars * 16 // 5))
        ppr.append(ind)


def add_par(doc_or_cell, runs, align=None, first_chars=0, left_chars=0, line_exact=560, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    para_fmt(p, align, first_chars, left_chars, line_exact, before, after)
    for text, font, size, extra in runs:
        r = p.add_run(text)
        set_font(r, font, size, **(extra or {}))
    return p


def bottom_border(p, color, sz):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.insert(0, bdr)


def top_bottom_border(p, sz_top, sz_bottom):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side, sz in (("w:top", sz_top), ("w:bottom", sz_bottom)):
        if sz:
            b = OxmlElement(side)
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), str(sz))
            b.set(qn("w:space"), "1")
            b.set(qn("w:color"), "000000")
            bdr.append(b)
    ppr.insert(0, bdr)


def cell_write(cell, paragraphs, font=FANGSONG, size=12, align=WD_ALIGN_PARAGRAPH.CENTER):
    """Write paragraphs into a cell (the first reuses the cell's empty paragraph)."""
    for i, text in enumerate(paragraphs):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        para_fmt(p, align, line_exact=None)
        if text:
            r = p.add_run(text)
            set_font(r, font, size)


def tc_pr(cell):
    return cell._tc.get_or_add_tcPr()


def set_vmerge(cell, restart):
    v = OxmlElement("w:vMerge")
    if restart:
        v.set(qn("w:val"), "restart")
    tc_pr(cell).append(v)


def set_valign(cell):
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), "center")
    tc_pr(cell).append(va)


def set_width(cell, w):
    pr = tc_pr(cell)
    tcw = pr.find(qn("w:tcW"))
    if tcw is None:
        tcw = OxmlElement("w:tcW")
        pr.insert(0, tcw)
    tcw.set(qn("w:w"), str(w))
    tcw.set(qn("w:type"), "dxa")


def table_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)
    jc = OxmlElement("w:jc")
    jc.set(qn("w:val"), "center")
    tblPr.append(jc)
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trPr.append(h)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------
WIDTHS = [700, 3800, 1105, 1500, 1740]  # twips; sum 8845 = A4 text width with 2.8/2.6 cm margins


def build_docx():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = 7560310, 10692130  # A4 in EMU
    from docx.shared import Cm
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.header_distance, sec.footer_distance = Cm(1.5), Cm(2.8)

    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(16)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FANGSONG)

    # footer page number — N —
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE  \\* MERGEFORMAT ")
    fr = OxmlElement("w:r")
    ft = OxmlElement("w:t")
    ft.text = "1"
    fr.append(ft)
    fld.append(fr)
    fp._p.append(fld)
    r = fp.add_run(" —")
    set_font(r, "宋体", 14)

    # 版头: empty lines, red issuer mark with the two joint issuers 双行合一, then 文件
    body = doc.element.body
    first = doc.paragraphs[0] if doc.paragraphs else None
    for _ in range(2):
        add_par(doc, [("", FANGSONG, 16, None)])
    p = add_par(doc, [], align=WD_ALIGN_PARAGRAPH.CENTER, line_exact=None)
    r1 = p.add_run(ISSUER1 + " " + ISSUER2)
    set_font(r1, XBS, 40, color=RED)
    eal = OxmlElement("w:eastAsianLayout")
    eal.set(qn("w:id"), "1")
    eal.set(qn("w:combine"), "1")
    r1._r.get_or_add_rPr().append(eal)
    r2 = p.add_run("文件")
    set_font(r2, XBS, 56, color=RED)
    add_par(doc, [("", FANGSONG, 16, None)])
    add_par(doc, [("", FANGSONG, 16, None)])
    p = add_par(doc, [(WENHAO, FANGSONG, 16, None)], align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p, RED, 24)
    add_par(doc, [("", FANGSONG, 16, None)])

    # 标题
    for line in TITLE_LINES:
        add_par(doc, [(line, XBS, 22, None)], align=WD_ALIGN_PARAGRAPH.CENTER, line_exact=600)
    add_par(doc, [("", FANGSONG, 16, None)])
    # 主送
    add_par(doc, [(ZHUSONG, FANGSONG, 16, None)], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    # 正文
    for head, text in BODY:
        runs = []
        if head:
            runs.append((head, HEITI, 16, None))
        runs.append((text, FANGSONG, 16, None))
        add_par(doc, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_chars=200)
    add_par(doc, [("", FANGSONG, 16, None)])
    add_par(doc, [(FUJIAN_LINE, FANGSONG, 16, None)], align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_chars=200)
    for _ in range(2):
        add_par(doc, [("", FANGSONG, 16, None)])
    add_par(doc, [(ISSUER1 + "　　　　" + ISSUER2, FANGSONG, 16, None)], align=WD_ALIGN_PARAGRAPH.CENTER)
    add_par(doc, [(DATE, FANGSONG, 16, None)], align=WD_ALIGN_PARAGRAPH.RIGHT)
    add_par(doc, [(FUZHU, FANGSONG, 16, None)], first_chars=200)

    # 附件
    page_break(doc)
    add_par(doc, [("附件", HEITI, 16, None)])
    add_par(doc, [("", FANGSONG, 16, None)])
    add_par(doc, [(ATT_TITLE, XBS, 22, None)], align=WD_ALIGN_PARAGRAPH.CENTER, line_exact=600)
    add_par(doc, [("", FANGSONG, 16, None)])

    n_rows = 1 + sum(1 + len(ts) + sum(1 for t in ts if "split" in t) for _, ts in SECTIONS)
    table = doc.add_table(rows=n_rows, cols=5)
    table_borders(table)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), WIDTHS):
        gc.set(qn("w:w"), str(w))
    for row in table.rows:
        for c, w in zip(row.cells, WIDTHS):
            set_width(c, w)

    hdr = table.rows[0]
    repeat_header(hdr)
    for c, t in zip(hdr.cells, ["序号", "工作任务", "牵头市领导", "牵头单位", "参与单位"]):
        cell_write(c, [t], font=HEITI, size=12)
        set_valign(c)

    ri = 1
    n = 0
    for sec_title, tasks in SECTIONS:
        row = table.rows[ri]
        ri += 1
        a = row.cells[0].merge(row.cells[4])
        cell_write(a, [sec_title], font=HEITI, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
        for t in tasks:
            n += 1
            row = table.rows[ri]
            ri += 1
            cells = row.cells
            lead_txt = join_units(t["lead"])
            if "split" in t:
                part1, part2, k = t["split"]
                coop1 = join_units(t["coop"][:k]) + SEP
                coop2 = join_units(t["coop"][k:])
                row2 = table.rows[ri]
                ri += 1
                c2 = row2.cells
                cell_write(cells[0], [str(n)])
                cell_write(cells[1], [part1], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
                cell_write(cells[2], t["leaders"])
                cell_write(cells[3], [lead_txt])
                cell_write(cells[4], [coop1])
                cell_write(c2[0], [""])
                cell_write(c2[1], [part2], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
                cell_write(c2[2], [""])
                cell_write(c2[3], [""])
                cell_write(c2[4], [coop2])
                for j in (0, 2, 3):
                    set_vmerge(cells[j], True)
                    set_vmerge(c2[j], False)
                for c in list(cells) + list(c2):
                    set_valign(c)
                continue
            cell_write(cells[0], [str(n)])
            cell_write(cells[1], [t["text"]], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            cell_write(cells[2], t["leaders"])
            cell_write(cells[3], [lead_txt])
            cell_write(cells[4], [join_units(t["coop"])])
            for c in cells:
                set_valign(c)
    assert ri == n_rows

    # 版记 on the last page
    page_break(doc)
    for _ in range(18):
        add_par(doc, [("", FANGSONG, 16, None)])
    p = add_par(doc, [(CHAOSONG, FANGSONG, 14, None)], left_chars=100, line_exact=None)
    top_bottom_border(p, 8, 4)
    p = add_par(doc, [(YINFA[0] + "　" * 9 + YINFA[1], FANGSONG, 14, None)], left_chars=100, line_exact=None)
    top_bottom_border(p, 0, 8)

    # drop python-docx's initial empty paragraph if there is one before our content
    if first is not None and not first.text:
        body.remove(first._p)

    cp = doc.core_properties
    cp.author = "Administrator"
    cp.last_modified_by = "WPS_1702871394"
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.revision = 7
    cp.created = datetime(2024, 2, 21, 8, 47, 0)
    cp.modified = datetime(2024, 2, 23, 9, 16, 0)
    cp.last_printed = datetime(2024, 2, 23, 9, 10, 0)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue(), n


APP_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<Template>Normal</Template><Pages>8</Pages><Words>736</Words><Characters>4201</Characters>'
           '<Lines>35</Lines><Paragraphs>9</Paragraphs><TotalTime>41</TotalTime><ScaleCrop>false</ScaleCrop>'
           '<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>4928</CharactersWithSpaces>'
           '<Application>WPS Office_12.1.0.16399_F1E327BC-269C-435d-A152-05C5408002CA</Application>'
           '<DocSecurity>0</DocSecurity></Properties>')
CUSTOM_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
              '<vt:lpwstr>2052-12.1.0.16399</vt:lpwstr></property>'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV">'
              '<vt:lpwstr>6A3F0C2B9E8D4F1AB7C5D2E4F6A81B3C_12</vt:lpwstr></property></Properties>')


def wps_repack(data):
    """Rewrite the package: WPS app.xml, KSO custom properties, fixed zip timestamps."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    names = zin.namelist()
    names = [nm for nm in names if nm != "docProps/thumbnail.jpeg"]  # WPS writes no thumbnail
    parts = {nm: zin.read(nm) for nm in names}
    parts["docProps/app.xml"] = APP_XML.encode("utf-8")
    parts["docProps/custom.xml"] = CUSTOM_XML.encode("utf-8")
    ct = parts["[Content_Types].xml"].decode("utf-8")
    if "/docProps/app.xml" not in ct:
        ct = ct.replace("</Types>", '<Override PartName="/docProps/app.xml" ContentType="application/'
                        'vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    ct = ct.replace("</Types>", '<Override PartName="/docProps/custom.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')
    ct = re.sub(r'<Default Extension="jpeg"[^>]*/>', "", ct)
    parts["[Content_Types].xml"] = ct.encode("utf-8")
    rels = parts["_rels/.rels"].decode("utf-8")
    rels = re.sub(r'<Relationship Id="[^"]*" Type="[^"]*/thumbnail" Target="docProps/thumbnail.jpeg"/>', "", rels)
    if "docProps/app.xml" not in rels:
        rels = rels.replace("</Relationships>", '<Relationship Id="rId91" Type="http://schemas.openxmlformats.org/'
                            'officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                            "</Relationships>")
    rels = rels.replace("</Relationships>", '<Relationship Id="rId92" Type="http://schemas.openxmlformats.org/'
                        'officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>'
                        "</Relationships>")
    parts["_rels/.rels"] = rels.encode("utf-8")
    order = [nm for nm in names]
    for extra in ("docProps/app.xml", "docProps/custom.xml"):
        if extra not in order:
            order.append(extra)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for nm in order:
            zi = zipfile.ZipInfo(nm, date_time=(2024, 2, 23, 9, 16, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, parts[nm])
    return out.getvalue()


def gold_records():
    recs = []
    n = 0
    for _, tasks in SECTIONS:
        for t in tasks:
            n += 1
            text = t["split"][0] + t["split"][1] if "split" in t else t["text"]
            assert text == t["text"], n
            lead = [unit_name(u) for u in t["lead"]]
            coop = [unit_name(u) for u in t["coop"]]
            head = re.sub(r"\s", "", text)[:12]
            recs.append({
                "id": str(n),
                "marker": str(n),
                "head": head,
                "responsible_units": lead + coop,
                "lead_units": lead,
                "cooperating_units": coop,
                "leaders": [re.sub(r"[\s\u3000]", "", x) for x in t["leaders"]],
                "deadline": t.get("deadline", DEFAULT_DEADLINE),
            })
    return recs


def main():
    data, n = build_docx()
    data = wps_repack(data)
    with open(os.path.join(HERE, DOCX_NAME), "wb") as f:
        f.write(data)
    recs = gold_records()
    assert len(recs) == n
    with open(os.path.join(HERE, GOLD_NAME), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {DOCX_NAME} ({len(data)} bytes) and {GOLD_NAME} ({len(recs)} tasks)")


if __name__ == "__main__":
    main()
