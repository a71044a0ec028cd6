#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 70, case 380 (control case, no twist).

榆峤县人民政府办公室 sends out the county's 2025 重点工作任务分解方案 in Word:
版头, 正文, 落款 and 附注 on portrait A4, then (after a page break) 附件 with its
title and the ordinary county table

    序号 | 工作任务 | 责任县领导 | 牵头单位 | 责任单位 | 完成时限

32 tasks numbered 1-32 straight through six category rows, then a 注 under
the table and the 版记 on a last page.

Ordinary imperfections of a Word file a clerk made:
  * category rows (一、…（共N项）) one cell spanning the six columns;
  * 责任县领导, 牵头单位 and 完成时限 merged down (w:vMerge) over runs of tasks,
    the value printed once in the first row of the run;
  * the header row marked to repeat on each page (w:tblHeader);
  * a unit list continued after a manual line break (w:br), a task's text in
    two paragraphs, two leaders in one cell as two paragraphs, an empty
    paragraph left at the end of a cell, a trailing space after a unit;
  * a two-character name padded with a full-width space (石　磊);
  * `/` in one 责任单位 cell;
  * words split over runs (rsid-style), w:proofErr marks, the _GoBack bookmark.

Usage: /usr/bin/python3 make_round70_380.py
       -> 380_yuqiao_xian_zhongdian_gongzuo_fenjie_biao.docx
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "380_yuqiao_xian_zhongdian_gongzuo_fenjie_biao.docx")

FS = "仿宋_GB2312"
HEI = "黑体"
XBS = "方正小标宋简体"
KAI = "楷体_GB2312"


# ------------------------------------------------------------------ helpers
def el(tag, text=None, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn("w:" + k), str(v))
    if text is not None:
        e.text = text
    return e


def fonts(rpr, east, size=None, bold=False, color=None):
    rf = el("w:rFonts", ascii="Times New Roman", hAnsi="Times New Roman", eastAsia=east)
    rpr.append(rf)
    if bold:
        rpr.append(el("w:b"))
        rpr.append(el("w:bCs"))
    if color:
        rpr.append(el("w:color", val=color))
    if size:
        rpr.append(el("w:sz", val=int(size * 2)))
        rpr.append(el("w:szCs", val=int(size * 2)))


def set_run_font(run, east, size=None, bold=False, color=None):
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")
    rfonts.set(qn("w:eastAsia"), east)
    if size:
        run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc, text="", east=FS, size=16, align=None, bold=False, first_indent=None,
         color=None, line=28.95, before=0, after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if first_indent:
        pf.first_line_indent = Pt(first_indent)
    if text:
        r = p.add_run(text)
        set_run_font(r, east, size, bold, color)
    return p


def add_run(p, text, east=FS, size=16, bold=False):
    r = p.add_run(text)
    set_run_font(r, east, size, bold)
    return r


def border_para(p, side, color, sz):
    ppr = p._p.get_or_add_pPr()
    pbdr = el("w:pBdr")
    pbdr.append(el("w:" + side, val="single", sz=sz, space=1, color=color))
    # pBdr must come before spacing/ind/jc in pPr
    anchor = None
    for tag in ("w:spacing", "w:ind", "w:jc"):
        anchor = ppr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(pbdr)
    else:
        ppr.append(pbdr)


def footer_page_number(section):
    section.footer.is_linked_to_previous = False
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(p, "— ", east="宋体", size=14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        r = p.add_run()
        set_run_font(r, "宋体", 14)
        if kind == "instr":
            it = el("w:instrText", txt)
            it.set(qn("xml:space"), "preserve")
            r._element.append(it)
        elif kind == "text":
            r._element.append(el("w:t", txt))
        else:
            r._element.append(el("w:fldChar", fldCharType=kind))
    add_run(p, " —", east="宋体", size=14)


# ------------------------------------------------------------------ table XML
COLS = [1.0, 6.2, 1.7, 2.6, 3.2, 1.7]   # cm; 序号 工作任务 责任县领导 牵头单位 责任单位 完成时限
TW = [int(c * 567) for c in COLS]       # twips


def run_el(text, east=FS, size=11, bold=False, rsid=None):
    r = el("w:r")
    if rsid:
        r.set(qn("w:rsidR"), rsid)
    rpr = el("w:rPr")
    fonts(rpr, east, size, bold)
    r.append(rpr)
    t = el("w:t", text)
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    return r


def p_el(pieces, align="center", east=FS, size=11, bold=False):
    """pieces: list of str (a run each), 'BR' (a line break), ('PROOF', str), 'GOBACK'."""
    p = el("w:p")
    ppr = el("w:pPr")
    ppr.append(el("w:spacing", line=300, lineRule="exact"))
    ppr.append(el("w:jc", val=align))
    rpr = el("w:rPr")
    fonts(rpr, east, size, bold)
    ppr.append(rpr)
    p.append(ppr)
    for i, piece in enumerate(pieces):
        if piece == "BR":
            r = el("w:r")
            rp = el("w:rPr")
            fonts(rp, east, size, bold)
            r.append(rp)
            r.append(el("w:br"))
            p.append(r)
        elif piece == "GOBACK":
            p.append(el("w:bookmarkStart", id=0, name="_GoBack"))
            p.append(el("w:bookmarkEnd", id=0))
        elif isinstance(piece, tuple) and piece[0] == "PROOF":
            p.append(el("w:proofErr", type="gramStart"))
            p.append(run_el(piece[1], east, size, bold, rsid="00A3C2F1"))
            p.append(el("w:proofErr", type="gramEnd"))
        else:
            p.append(run_el(piece, east, size, bold, rsid="00B61E4D" if i % 2 else None))
    return p


def tc_el(width, paras, span=None, vmerge=None, align="center", east=FS, size=11, bold=False,
          valign="center"):
    """paras: list of paragraphs, each a list of pieces (see p_el) or a str."""
    tc = el("w:tc")
    pr = el("w:tcPr")
    pr.append(el("w:tcW", w=width, type="dxa"))
    if span:
        pr.append(el("w:gridSpan", val=span))
    if vmerge == "restart":
        pr.append(el("w:vMerge", val="restart"))
    elif vmerge == "cont":
        pr.append(el("w:vMerge"))
    pr.append(el("w:vAlign", val=valign))
    tc.append(pr)
    if not paras:
        paras = [[]]
    for pc in paras:
        if isinstance(pc, str):
            pc = [pc] if pc else []
        tc.append(p_el(pc, align=align, east=east, size=size, bold=bold))
    return tc


def tr_el(cells, header=False, cant_split=False, height=None):
    tr = el("w:tr")
    tr.set(qn("w:rsidR"), "00C47A12")
    pr = el("w:trPr")
    if cant_split:
        pr.append(el("w:cantSplit"))
    if height:
        pr.append(el("w:trHeight", val=height))
    if header:
        pr.append(el("w:tblHeader"))
    tr.append(pr)
    for c in cells:
        tr.append(c)
    return tr


# ------------------------------------------------------------------ content
# Each task: (no, task paragraphs, leader, lead, helpers, deadline)
# leader / lead / deadline: a value, or None = continuation of the merge above.
# A cell value may be a list of paragraphs (each a list of pieces).
CATS = [
    ("一、稳增长扩投资（共6项）", [
        (1, ["确保经济运行稳中有进。全县地区生产总值增长6%左右，一般公共预算收入增长5%，固定资产投资增长8%。"],
         "林振邦、韩绍明", "县发展和改革局",
         "县财政局、县统计局、县工业和信息化局、县商务局、县税务局", "2025年12月底"),
        (2, ["扎实推进项目建设。全年实施县级重点项目120个，完成年度投资165亿元，新开工项目60个以上。"],
         "韩绍明", None,
         "县重点项目服务中心、县自然资源局、县住房和城乡建设局、各乡（镇）人民政府", None),
        (3, ["积极争取上级资金支持。抢抓政策机遇，全年争取中央预算内投资、超长期特别国债、地方政府专项债券等各类资金20亿元以上。"],
         None, "县发展和改革局、县财政局", "县直有关部门", None),
        (4, ["持续扩大消费需求。开展“榆峤好物”等促消费活动20场以上，社会消费品零售总额增长6.5%。"],
         "顾清远", "县商务局", "县文化广播电视和旅游局、县市场监督管理局、县财政局", "2025年12月底"),
        (5, ["加强财政收支管理。严格落实党政机关过紧日子要求，“三保”支出足额保障，政府债务风险总体可控。"],
         "韩绍明", "县财政局", "县税务局、县审计局、县直各预算单位", "持续推进"),
        (6, ["强化金融服务实体经济。新增各项贷款25亿元以上，开展政银企对接活动4次以上，不良贷款率控制在合理区间。"],
         None, "县地方金融服务中心", "国家金融监督管理总局榆峤监管支局、县内各银行业金融机构", "2025年12月底"),
    ]),
    ("二、推动产业转型升级（共6项）", [
        (7, ["做强先进制造业集群。推动食品加工、新型建材、装备制造三大产业集群发展，规上工业增加值增长8%。"],
         "顾清远", "县工业和信息化局", "榆峤经济开发区管委会、县发展和改革局、县科技局", "2025年12月底"),
        (8, ["加快开发区提质扩容。完成开发区扩区调规，新建标准化厂房10万平方米，亩均税收提高10%。"],
         None, "榆峤经济开发区管委会", "县自然资源局、县住房和城乡建设局、县财政局", None),
        (9, ["强化招商引资。全年签约亿元以上项目30个，到位资金80亿元以上，引进500强企业项目2个以上。"],
         [["林振邦"], ["顾清远"]], "县投资促进中心",
         [["榆峤经济开发区管委会、县直有关部门、", "BR", "各乡（镇）人民政府"]], None),
        (10, ["培育壮大经营主体。新增规上工业企业15家、“专精特新”中小企业5家，新增经营主体3000户以上。"],
         "顾清远", "县工业和信息化局、县市场监督管理局", "县统计局、县税务局", None),
        (11, ["推动文旅融合发展。创建国家4A级旅游景区1家，全年接待游客增长10%，旅游综合收入增长12%。"],
         "杜雅琴", "县文化广播电视和旅游局", "县发展和改革局、县农业农村局、相关乡（镇）人民政府", "2025年10月底"),
        (12, ["加快发展数字经济。新建5G基站150个，推进工业企业“智改数转”项目20个。"],
         "顾清远", "县工业和信息化局", "县数据局、县发展和改革局", "2025年12月底"),
    ]),
    ("三、全面推进乡村振兴（共5项）", [
        (13, ["稳定粮食生产。粮食播种面积稳定在52万亩以上，总产量保持在21万吨以上。"],
         "石　磊", "县农业农村局",
         "县发展和改革局、县自然资源局、县粮食和物资储备中心、各乡（镇）人民政府", "2025年10月底"),
        (14, ["建设高标准农田。新建和改造提升高标准农田3.2万亩，同步发展高效节水灌溉。"],
         None, None, "县财政局、县水利局、县自然资源局", "2025年11月底"),
        (15, ["巩固拓展脱贫攻坚成果。健全防止返贫监测帮扶机制，确保不发生规模性返贫致贫。"],
         None, None,
         "县教育体育局、县卫生健康局、县医疗保障局、县人力资源和社会保障局、县民政局、各乡（镇）人民政府", "持续推进"),
        (16, ["发展特色农业产业。做强核桃、中药材、肉牛三大特色产业，新增省级农业产业化龙头企业2家。"],
         None, None, [["县林业局、县市场监督管理局 "]], "2025年12月底"),
        (17, ["实施水利基础设施建设。开工建设青龙沟水库，推进城乡供水一体化工程。",
              "完成病险水库除险加固4座，农村自来水普及率达到93%。"],
         None, "县水利局",
         "县发展和改革局、县财政局、县自然资源局、相关乡（镇）人民政府", None),
    ]),
    ("四、建设宜居城乡和美丽榆峤（共5项）", [
        (18, ["推进县城城市更新。改造老旧小区18个、城中村2个，新建改造城市道路8公里。"],
         "孟凡超", "县住房和城乡建设局", "县自然资源局、县城市管理局、县财政局、榆城街道办事处", "2025年11月底"),
        (19, ["提升城市管理水平。深化城市精细化管理，新建公共停车位600个，生活垃圾无害化处理率保持100%。"],
         None, "县城市管理局", "县住房和城乡建设局、县公安局、榆城街道办事处", "持续推进"),
        (20, ["完善综合交通网络。加快国道345线榆峤段改建工程，新改建农村公路120公里。"],
         None, "县交通运输局", "县自然资源局、市生态环境局榆峤分局、沿线乡（镇）人民政府", "2025年12月底"),
        (21, ["打好污染防治攻坚战。县城空气质量优良天数比例达到88%以上，国省控断面水质稳定达标。"],
         None, "市生态环境局榆峤分局",
         "县住房和城乡建设局、县城市管理局、县农业农村局、县工业和信息化局、县交通运输局、县公安局、各乡（镇）人民政府",
         None),
        (22, ["严格耕地保护和国土空间管理。完成年度耕地保护目标任务，开展违法用地专项整治。"],
         None, "县自然资源局", "县农业农村局、县林业局、各乡（镇）人民政府", None),
    ]),
    ("五、深化改革扩大开放（共4项）", [
        (23, ["深化“放管服”改革。推进“高效办成一件事”，政务服务事项网上可办率达到98%以上。"],
         "韩绍明", "县行政审批服务局", "县数据局、县直有关部门", "2025年12月底"),
        (24, ["持续优化营商环境。开展营商环境提升行动，健全涉企问题“接诉即办”机制。"],
         [["林振邦"], ["韩绍明"]], "县发展和改革局",
         "县行政审批服务局、县市场监督管理局、县司法局、县直有关部门", "持续推进"),
        (25, ["深化国资国企改革。完成县属国有企业整合重组，推动县属国有企业市场化转型。"],
         "韩绍明", "县国有资产事务服务中心", "/", "2025年9月底"),
        (26, ["扩大对外开放合作。支持企业开拓国内外市场，外贸进出口总额增长10%。"],
         "顾清远", "县商务局", "榆峤经济开发区管委会、县税务局", "2025年12月底"),
    ]),
    ("六、持续增进民生福祉（共6项）", [
        (27, ["稳定和扩大就业。城镇新增就业3200人，城镇调查失业率控制在5.5%以内，转移农村劳动力10万人次。"],
         "杜雅琴", "县人力资源和社会保障局", "县教育体育局、县农业农村局、各乡（镇）人民政府", "2025年12月底"),
        (28, ["办好人民满意教育。新建改扩建中小学、幼儿园6所，新增学位2400个。"],
         None, "县教育体育局", "县发展和改革局、县财政局、县自然资源局、县住房和城乡建设局", "2025年8月底"),
        (29, ["推进健康榆峤建设。深化紧密型县域医共体建设，县人民医院新院区主体完工。"],
         None, "县卫生健康局", "县医疗保障局、县人民医院", "2025年12月底"),
        (30, ["完善社会保障体系。城乡居民基本养老保险参保率稳定在95%以上，新建乡镇区域养老服务中心3个。"],
         None, "县人力资源和社会保障局、县民政局", "县财政局、县医疗保障局", None),
        (31, ["守牢安全生产底线。深化安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故。"],
         "贺志军", "县应急管理局", "县安委会各成员单位", "持续推进"),
        (32, ["建设更高水平平安榆峤。深入开展矛盾纠纷排查化解，常态化开展扫黑除恶斗争。"],
         None, "县公安局", "县司法局、县信访局、各乡（镇）人民政府", None),
    ]),
]

# pieces that get split over runs / proofErr / _GoBack, applied when building cells
SPLIT_RUNS = {  # (task, column) -> pieces replacing the plain text of paragraph 0
    (5, "lead"): ["县财", "政局"],
    (21, "task"): ["打好污染防治攻坚战。县城空气质量", "优良天数比例达到88%以上，国省控断面水质稳定达标。"],
    (28, "helpers"): ["县发展和改革局、县财政局、", ("PROOF", "县自然资源局"), "、县住房和城乡建设局"],
}
GOBACK_TASK = 26            # the _GoBack bookmark sits at the end of this task's text
TRAILING_EMPTY_PARA = {12: "helpers", 23: "task"}   # Enter pressed at the end of these cells


def cell_paras(value):
    """Normalise a cell value to a list of paragraphs (lists of pieces)."""
    if isinstance(value, list):
        out = []
        for p in value:
            out.append(p if isinstance(p, list) else [p])
        return out
    return [[value]]


def build_table():
    tbl = el("w:tbl")
    tpr = el("w:tblPr")
    tpr.append(el("w:tblW", w=sum(TW), type="dxa"))
    tpr.append(el("w:jc", val="center"))
    b = el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b.append(el("w:" + side, val="single", sz=4, space=0, color="000000"))
    tpr.append(b)
    tpr.append(el("w:tblLayout", type="fixed"))
    cm = el("w:tblCellMar")
    cm.append(el("w:left", w=57, type="dxa"))
    cm.append(el("w:right", w=57, type="dxa"))
    tpr.append(cm)
    tpr.append(el("w:tblLook", val="04A0"))
    tbl.append(tpr)
    grid = el("w:tblGrid")
    for w in TW:
        grid.append(el("w:gridCol", w=w))
    tbl.append(grid)

    heads = ["序号", "工作任务", "责任县领导", "牵头单位", "责任单位", "完成时限"]
    tbl.append(tr_el([tc_el(w, [h], east=HEI, size=12) for w, h in zip(TW, heads)],
                     header=True, cant_split=True, height=560))

    for cat, tasks in CATS:
        tbl.append(tr_el([tc_el(sum(TW), [cat], span=6, align="left", east=HEI, size=12)],
                         cant_split=True, height=454))
        for (no, texts, leader, lead, helpers, deadline) in tasks:
            cells = []
            cells.append(tc_el(TW[0], [str(no)]))
            # 工作任务
            tparas = [[t] for t in texts]
            if (no, "task") in SPLIT_RUNS:
                tparas[0] = SPLIT_RUNS[(no, "task")]
            if no == GOBACK_TASK:
                tparas[-1] = tparas[-1] + ["GOBACK"]
            if TRAILING_EMPTY_PARA.get(no) == "task":
                tparas.append([])
            cells.append(tc_el(TW[1], tparas, align="both"))
            # 责任县领导 / 牵头单位 / 责任单位 / 完成时限
            for idx, key, val in ((2, "leader", leader), (3, "lead", lead),
                                  (4, "helpers", helpers), (5, "deadline", deadline)):
                if val is None:
                    cells.append(tc_el(TW[idx], [[]], vmerge="cont"))
                    continue
                ps = cell_paras(val)
                if (no, key) in SPLIT_RUNS and SPLIT_RUNS[(no, key)]:
                    ps[0] = SPLIT_RUNS[(no, key)]
                if TRAILING_EMPTY_PARA.get(no) == key:
                    ps.append([])
                vm = None
                if key in ("leader", "lead", "deadline"):
                    vm = "restart" if continues(no, key) else None
                cells.append(tc_el(TW[idx], ps, vmerge=vm,
                                   align="left" if key == "helpers" and no in (15, 21) else "center"))
            tbl.append(tr_el(cells))
    return tbl


def continues(no, key):
    """True when the next task's cell in this column is a merge continuation."""
    col = {"leader": 2, "lead": 3, "deadline": 5}[key]
    flat = [t for _, ts in CATS for t in ts]
    for i, t in enumerate(flat):
        if t[0] == no:
            if i + 1 < len(flat) and same_cat(no, flat[i + 1][0]):
                return flat[i + 1][col] is None
            return False
    return False


def same_cat(a, b):
    for _, ts in CATS:
        nums = [t[0] for t in ts]
        if a in nums:
            return b in nums
    return False


# ------------------------------------------------------------------ document
def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    footer_page_number(sec)

    # 版头
    para(doc, "", line=None, before=30)
    para(doc, "榆峤县人民政府办公室文件", east=XBS, size=36, align=WD_ALIGN_PARAGRAPH.CENTER,
         color="FF0000", line=None, before=12)
    para(doc, "", line=None)
    p = para(doc, "榆政办发〔2025〕6号", align=WD_ALIGN_PARAGRAPH.CENTER, line=None, after=4)
    border_para(p, "bottom", "FF0000", 24)
    para(doc, "", line=None)

    # 标题
    para(doc, "榆峤县人民政府办公室", east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc, "关于印发榆峤县2025年重点工作任务分解方案的通知", east=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc, "")

    # 主送
    para(doc, "各乡（镇）人民政府、榆城街道办事处，榆峤经济开发区管委会，县政府各部门，县直各单位：")

    body = [
        "《榆峤县2025年重点工作任务分解方案》已经县人民政府第38次常务会议研究同意，现印发给你们，"
        "请结合实际认真抓好贯彻落实。现将有关事项通知如下：",
    ]
    for t in body:
        para(doc, t, first_indent=32)

    sections = [
        ("一、压紧压实工作责任。", "各责任县领导要加强对分管领域重点工作的统筹调度，定期听取工作进展情况汇报，"
         "及时协调解决工作推进中的重大问题。各牵头单位是任务落实的第一责任单位，主要负责同志为第一责任人，"
         "要细化工作措施，明确时间节点，牵头抓好组织实施；各责任单位要按照职责分工主动配合、协同发力，"
         "确保各项任务按期完成。"),
        ("二、建立工作推进机制。", "各牵头单位要于2025年3月31日前制定具体推进方案，"
         "报县政府督查室备案。自第二季度起，于每季度末月20日前将工作进展情况经责任县领导审核后"
         "报送县政府督查室（联系人：魏晓丹，电话：0000-6212345，邮箱：yqxdcs@163.com）。"),
        ("三、强化督查考核问效。", "县政府督查室要将各项重点工作纳入年度督查计划，实行清单化管理、"
         "台账式推进，每季度通报一次进展情况，督查结果纳入年度目标责任考核。对工作推进不力、"
         "进度滞后的单位，按照有关规定严肃问责。"),
    ]
    for lead_in, rest in sections:
        p = para(doc, "", first_indent=32)
        add_run(p, lead_in, east=HEI)
        add_run(p, rest)

    para(doc, "")
    p = para(doc, "附件：榆峤县2025年重点工作任务分解方案", first_indent=32)
    para(doc, "")
    para(doc, "")
    para(doc, "榆峤县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Cm(1.4)
    para(doc, "2025年3月14日", align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Cm(1.9)
    para(doc, "（此件公开发布）", first_indent=32)

    # 附件
    p = para(doc, "")
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件", east=HEI, size=16, line=None)
    para(doc, "")
    para(doc, "榆峤县2025年重点工作任务分解方案", east=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=33, after=12)

    # the table goes right after the title paragraph
    tbl = build_table()
    last = doc.paragraphs[-1]._p
    last.addnext(tbl)
    # a paragraph after the table, then the 注
    p = para(doc, "", size=12, line=None)
    p = para(doc, "", size=12, line=20, before=6)
    p.paragraph_format.first_line_indent = Pt(24)
    add_run(p, "注：", east=HEI, size=12)
    add_run(p, "各牵头单位负责牵头组织实施并汇总报送工作进展情况，各责任单位按照职责分工抓好落实。"
               "涉及多个牵头单位的，排在第一位的牵头单位负责汇总报送。", size=12)

    # 版记 on a new page
    p = para(doc, "")
    p.add_run().add_break(WD_BREAK.PAGE)
    for _ in range(18):
        para(doc, "", line=None)
    p = para(doc, "", size=14, line=None)
    border_para(p, "bottom", "000000", 8)
    p = para(doc, "", size=14, line=None)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    add_run(p, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县人武部，县法院，县检察院。", size=14)
    border_para(p, "bottom", "000000", 4)
    p = para(doc, "", size=14, line=None)
    p.paragraph_format.left_indent = Pt(14)
    add_run(p, "榆峤县人民政府办公室　　　　　　　　　　2025年3月14日印发", size=14)
    border_para(p, "bottom", "000000", 8)

    # document properties, as a clerk's machine leaves them
    cp = doc.core_properties
    cp.author = "dcs"
    cp.last_modified_by = "Administrator"
    cp.title = ""
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
