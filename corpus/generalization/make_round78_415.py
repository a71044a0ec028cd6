#!/usr/bin/env python3
"""Round 78 / 415: a 市水利局 task-division notice received as a PDF and turned
into Word by a PDF-to-Word converter ("exact layout" mode).

What the converter wrote, page by page (one w:sectPr per printed page):
  * body pages (A4 portrait): every printed line is its own paragraph, placed on
    the page by a frame (w:framePr, page-anchored x/y, exact height); the red
    rule is the bottom border of the 文号 line's frame; the page number
    (— N —) is a framed paragraph of its own at the foot of the page;
  * attachment pages (A4 landscape): the printed table is rebuilt as one Word
    table per page, with every printed LINE a table row of exact height: a task
    of five printed lines is five rows.  Cells were vertically centred in the
    PDF, so the 序号 (and the leader, lead units, deadline) stand on the middle
    line of the task, not on its first line.  The printed rules survive only as
    cell borders (top/bottom set where the PDF had a rule, nil elsewhere); the
    责任局领导 column was merged down over several tasks in the original, so its
    name stands once, centred over the whole span, with no rule between the
    tasks it covers.  The two-line header is printed again at the head of
    every page (as two rows), section rows span the width (gridSpan).  Rows
    broken by a page go on in the next page's table.
Run with /usr/bin/python3 (python-docx + lxml).
"""
import os
import sys

import docx
from docx.oxml.ns import qn
from lxml import etree

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "415_lanping_shi_shuiliju_fengong_pdf2word_zhuhang.docx")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def el(tag, **attrs):
    e = etree.Element(qn(tag))
    for k, v in attrs.items():
        e.set(qn("w:" + k), str(v))
    return e


def sub(parent, tag, **attrs):
    e = el(tag, **attrs)
    parent.append(e)
    return e


# ---------------------------------------------------------------- content
ISSUER = "岚平市水利局"
MARK = "岚平市水利局文件"
DOCNO = "岚水发〔2026〕12号"
TITLE_LINES = ["岚平市水利局关于印发2026年全市水利", "重点工作任务分工方案的通知"]
ZHUSONG = "局机关各科室、局属各单位，各县（市、区）水利局："
BODY = [
    "为深入贯彻全省水利工作会议和市委经济工作会议、市政府工作报告部署要求，"
    "推动全市水利高质量发展，经局党组会议研究同意，现将《2026年全市水利重点工作任务分工方案》"
    "印发给你们，请结合实际认真抓好落实。现就有关事项通知如下：",
    "一、压实工作责任。责任局领导要加强对分管领域重点工作的调度指导，及时协调解决推进中的困难和问题。"
    "“牵头科室（单位）”对任务落实负总责，主要负责同志为第一责任人，要细化工作措施、明确时间节点、"
    "倒排工作进度；“配合科室（单位）”要按照职责分工主动对接、密切配合，形成工作合力。"
    "同一项任务列有两个牵头科室（单位）的，共同牵头，排在前面的负责牵头协调和汇总报送。",
    "二、强化督查调度。局办公室将分工方案所列任务纳入局督查督办事项，实行月调度、季通报。"
    "各牵头科室（单位）于每季度末月25日前将任务进展情况书面报局办公室，"
    "同时抄送责任局领导（联系人：任晓彤，电话：8826153）。",
    "三、严格考核问效。重点工作任务完成情况纳入局机关科室和局属单位年度绩效考核，"
    "对工作推进不力、进度严重滞后的，按有关规定予以通报。",
]
ATTACH_NOTE = "附件：2026年全市水利重点工作任务分工方案"
SIGN_DATE = "2026年3月6日"
FUZHU = "（此件公开发布）"
ATT_TITLE = "2026年全市水利重点工作任务分工方案"
CC = "抄送：市人民政府办公室，市河长制办公室。"
PRINTED_BY = ("岚平市水利局办公室", "2026年3月6日印发")

SZ = "水资源管理科（市节约用水办公室）"
GX = "各县（市、区）水利局"
# (section heading, [(leaders, [(task, leads, coops, deadline), ...]), ...])
SECTIONS = [
    ("一、水旱灾害防御（6项）", [
        (["魏启明"], [
            ("修订完善《岚平市防汛抗旱应急预案》和青崖水库、鹭溪水库等中型水库汛期调度运用计划，汛前完成各类预案审批备案。",
             ["水旱灾害防御科"], ["建设与运行管理科", "青崖水库管理处", GX], "2026年4月底前"),
            ("开展汛前水利工程安全大检查，对检查发现的隐患问题建立台账、限期整改，主汛期前全部整改销号。",
             ["安全监督科", "水旱灾害防御科"], ["建设与运行管理科", "市水利综合执法支队"], "2026年5月底前"),
            ("完成市防汛抗旱物资储备中心仓库扩容，新增储备编织袋20万条、救生衣3000件、冲锋舟10艘。",
             ["市防汛抗旱物资储备中心"], ["财务审计科", "水旱灾害防御科"], "2026年5月底前"),
            ("推进山洪灾害监测预警系统升级改造，新建自动雨量站35处、简易水位站20处，实现重点山洪沟预警全覆盖。",
             ["水旱灾害防御科"], ["市水文水资源勘测中心", "规划计划科", GX], "2026年6月底前"),
        ]),
        (["邵振华", "魏启明"], [
            ("落实水库防汛行政、技术、巡查“三个责任人”和小型水库“三个重点环节”，组织开展责任人培训和防汛应急演练。",
             ["水旱灾害防御科"], ["建设与运行管理科", "人事科", GX], "2026年5月底前"),
        ]),
        (["魏启明"], [
            ("加强汛期水文监测和洪水预报，主要江河控制站洪水预报精度达到90%以上。",
             ["市水文水资源勘测中心"], ["水旱灾害防御科"], "汛期"),
        ]),
    ]),
    ("二、水利工程建设（7项）", [
        (["唐雅琴"], [
            ("加快推进青崖水库灌区续建配套与现代化改造工程，全年完成投资2.6亿元，新增恢复灌溉面积1.2万亩。",
             ["农村水利水电科"], ["市水利工程建设服务中心", "规划计划科", "财务审计科"], "2026年12月底前"),
            ("开工建设鹭溪河（城区段）防洪治理工程，年内完成堤防加固8.5公里。",
             ["建设与运行管理科"], ["市水利工程建设服务中心", "河湖管理科", "市水利水电勘测设计院"], "2026年12月底前"),
            ("完成石门坳水库除险加固工程主体施工，汛前具备安全度汛条件。",
             ["市水利工程建设服务中心"], ["建设与运行管理科", "安全监督科"], "2026年5月底前"),
            ("推进中小河流治理项目13个，治理河长46公里。",
             ["规划计划科"], ["建设与运行管理科", GX], "2026年11月底前"),
            ("谋划储备一批水利项目，积极争取中央和省级水利投资不低于9亿元，争取地方政府专项债券资金支持水利项目建设。",
             ["规划计划科"], ["财务审计科", "市水利水电勘测设计院"], "全年"),
        ]),
        (["柏文涛"], [
            ("开展水利工程建设质量提升行动，落实参建各方质量终身责任，工程质量监督覆盖率达到100%。",
             ["安全监督科"], ["市水利工程建设服务中心", "建设与运行管理科"], "全年"),
            ("推行水利工程建设项目电子招标投标全流程监管，规范招标投标行为。",
             ["政策法规科"], ["建设与运行管理科", "市水利工程建设服务中心"], "2026年9月底前"),
        ]),
    ]),
    ("三、水资源节约保护（6项）", [
        (["唐雅琴"], [
            ("严格落实最严格水资源管理制度考核，全市用水总量控制在5.8亿立方米以内，万元GDP用水量较2025年下降3%。",
             [SZ], ["规划计划科", "市水文水资源勘测中心", GX], "2026年12月底前"),
            ("深入推进县域节水型社会达标建设，新创建节水型单位40家、节水型小区15个。",
             [SZ], [GX], "2026年11月底前"),
            ("开展取水口核查整改“回头看”，完善取水计量设施，规模以上取水口在线计量率达到95%以上。",
             [SZ], ["市水利综合执法支队", "市水文水资源勘测中心"], "2026年10月底前"),
            ("完成鹭溪河、清江河生态流量保障目标确定和监测预警工作。",
             ["市水文水资源勘测中心"], [SZ, "河湖管理科"], "2026年9月底前"),
            ("推进地下水超采区综合治理，完成地下水禁限采区划定调整。",
             [SZ], ["规划计划科", "市水利水电勘测设计院"], "2026年12月底前"),
            ("加强城乡饮用水水源地保护，完成县级以上水源地安全保障达标评估。",
             [SZ], ["市农村供水保障中心", GX], "2026年12月底前"),
        ]),
    ]),
    ("四、河湖长制与河湖管理（5项）", [
        (["邵振华"], [
            ("落实市级河湖长巡河调度制度，全年召开市级总河长会议不少于2次，市级河湖长巡河率达到100%。",
             ["河湖管理科"], ["市河湖保护中心", "办公室"], "全年"),
            ("深化“河湖长+检察长”“河湖长+警长”协作机制，开展跨界河湖联防联治。",
             ["河湖管理科"], ["政策法规科", "市水利综合执法支队"], "2026年10月底前"),
        ]),
        (["魏启明"], [
            ("开展河湖“清四乱”常态化规范化行动，妥善处置存量问题，新增问题动态清零。",
             ["市河湖保护中心", "河湖管理科"], ["市水利综合执法支队", GX], "2026年12月底前"),
            ("完成全市流域面积50平方公里以上河流岸线保护与利用规划编制。",
             ["市水利水电勘测设计院"], ["河湖管理科", "规划计划科"], "2026年10月底前"),
            ("加强河道采砂管理，严厉打击非法采砂行为，规范采砂许可和砂石资源利用。",
             ["市水利综合执法支队"], ["河湖管理科", "政策法规科"], "全年"),
        ]),
    ]),
    ("五、农村水利与水土保持（4项）", [
        (["唐雅琴"], [
            ("实施农村供水保障工程，新建改造农村供水工程42处，农村自来水普及率达到93%。",
             ["市农村供水保障中心"], ["农村水利水电科", "规划计划科", GX], "2026年12月底前"),
            ("推进农村供水工程标准化管理，县级农村供水统一运行管护覆盖率达到85%以上。",
             ["农村水利水电科"], ["市农村供水保障中心"], "2026年11月底前"),
        ]),
        (["柏文涛"], [
            ("完成水土流失综合治理面积62平方公里，建设生态清洁小流域3条。",
             ["水土保持科"], ["规划计划科", GX], "2026年12月底前"),
            ("开展生产建设项目水土保持遥感监管全覆盖，依法查处违法违规行为。",
             ["水土保持科"], ["市水利综合执法支队", "政策法规科"], "2026年12月底前"),
        ]),
    ]),
    ("六、水利改革与行业管理（5项）", [
        (["柏文涛"], [
            ("深化水利工程管理体制改革，推进小型水库专业化管护，实行物业化管理的小型水库占比达到60%以上。",
             ["建设与运行管理科"], ["人事科", "财务审计科", GX], "2026年12月底前"),
            ("推进数字孪生青崖水库建设，完成数据底板和预报调度模型开发。",
             ["市水文水资源勘测中心"], ["规划计划科", "青崖水库管理处"], "2026年11月底前"),
        ]),
        (["邵振华"], [
            ("开展水利安全生产治本攻坚三年行动，全年不发生较大及以上水利生产安全事故。",
             ["安全监督科"], ["局机关各科室", "局属各单位"], "全年"),
            ("加强水利行业法治建设，完成《岚平市青崖水库保护条例》立法调研和草案起草。",
             ["政策法规科"], ["青崖水库管理处", SZ], "2026年10月底前"),
            ("加强水利干部队伍建设，举办水利专业技术人员培训班不少于4期。",
             ["人事科"], ["机关党委", "局属各单位"], "2026年12月底前"),
        ]),
    ]),
]

# ---------------------------------------------------------------- line breaking
OPEN = set("（《“‘〔【")
CLOSE = set("，。、；：）》”’！？%〕】")


def wid(ch):
    return 1 if ord(ch) < 0x2000 else 2


def wrap(text, cap):
    """Greedy break at cap half-width units; closing marks hang, opening marks move down."""
    lines, cur, w = [], "", 0
    for ch in text:
        cw = wid(ch)
        if cur and w + cw > cap and ch not in CLOSE:
            # an opening mark must not end a line
            carry = ""
            while cur and cur[-1] in OPEN:
                carry = cur[-1] + carry
                cur = cur[:-1]
            lines.append(cur)
            cur, w = carry, sum(wid(c) for c in carry)
        cur += ch
        w += cw
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- runs/paras
FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"


def run(text, size_pt, font=FS, color=None, bold=False, spacing=None):
    r = el("w:r")
    rpr = sub(r, "w:rPr")
    latin = "Times New Roman" if font == FS else font
    sub(rpr, "w:rFonts", ascii=latin, hAnsi=latin, eastAsia=font, cs=latin)
    if bold:
        sub(rpr, "w:b")
    if color:
        sub(rpr, "w:color", val=color)
    if spacing:
        sub(rpr, "w:spacing", val=spacing)
    sub(rpr, "w:sz", val=int(size_pt * 2))
    sub(rpr, "w:szCs", val=int(size_pt * 2))
    t = sub(r, "w:t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return r


def framed(text, x, y, w, h, size_pt, font=FS, jc="left", color=None, border_bottom=None,
           border_top=None, spacing=None):
    p = el("w:p")
    ppr = sub(p, "w:pPr")
    sub(ppr, "w:framePr", w=int(w), h=int(h), hRule="exact", wrap="auto",
        vAnchor="page", hAnchor="page", x=int(x), y=int(y))
    if border_bottom or border_top:
        bdr = sub(ppr, "w:pBdr")
        if border_top:
            sub(bdr, "w:top", val="single", sz=border_top[0], space="1", color=border_top[1])
        if border_bottom:
            sub(bdr, "w:bottom", val="single", sz=border_bottom[0], space="1", color=border_bottom[1])
    sub(ppr, "w:spacing", before=0, after=0, line=int(h), lineRule="exact")
    sub(ppr, "w:jc", val=jc)
    if text:
        p.append(run(text, size_pt, font=font, color=color, spacing=spacing))
    return p


def flowing(text, size_pt, font, jc, h):
    p = el("w:p")
    ppr = sub(p, "w:pPr")
    sub(ppr, "w:spacing", before=0, after=0, line=int(h), lineRule="exact")
    sub(ppr, "w:jc", val=jc)
    p.append(run(text, size_pt, font=font))
    return p


def spacer(h):
    p = el("w:p")
    ppr = sub(p, "w:pPr")
    sub(ppr, "w:spacing", before=0, after=0, line=int(h), lineRule="exact")
    rpr = sub(ppr, "w:rPr")
    sub(rpr, "w:sz", val=2)
    return p


def sect_props(landscape, last=False):
    s = el("w:sectPr")
    if landscape:
        sub(s, "w:pgSz", w=16838, h=11906, orient="landscape")
        sub(s, "w:pgMar", top=1587, right=1200, bottom=1474, left=1200, header=0, footer=0, gutter=0)
    else:
        sub(s, "w:pgSz", w=11906, h=16838)
        sub(s, "w:pgMar", top=2098, right=1474, bottom=1984, left=1588, header=0, footer=0, gutter=0)
    sub(s, "w:cols", space=0)
    sub(s, "w:docGrid", linePitch=1)
    return s


def sect_break(landscape):
    p = spacer(20)
    ppr = p.find(qn("w:pPr"))
    ppr.append(sect_props(landscape))
    return p


# ---------------------------------------------------------------- body pages
P_W, P_H = 11906, 16838
LM, TM, BM = 1588, 2098, 1984
TW = 11906 - 1588 - 1474          # 8844
PITCH = 579                       # 22 lines on the page
CHARW = TW / 28.0


def page_number(n, landscape):
    text = "— %d —" % n
    if landscape:
        pw, ph, lm, rm = 16838, 11906, 1200, 1200
        y = ph - 1474 + 340
    else:
        pw, ph, lm, rm = P_W, P_H, LM, 1474
        y = ph - BM + 400
    w = 1800
    if n % 2:
        x = pw - rm - w - 280
        jc = "right"
    else:
        x = lm + 280
        jc = "left"
    return framed(text, x, y, w, 400, 14, font="宋体", jc=jc)


def body_lines():
    """(text, indent_chars) printed lines of the 正文 after the 主送."""
    out = []
    for para in BODY:
        first = wrap(para, 52)[0]
        rest = para[len(first):]
        out.append((first, 2))
        for ln in wrap(rest, 56):
            out.append((ln, 0))
    return out


def build_body_pages():
    pages = []
    cur = []
    y = TM
    # 版头
    cur.append(framed(MARK, LM, 2098 + 300, TW, 1300, 40, font=XBS, jc="center",
                      color="FF0000", spacing=20))
    cur.append(framed(DOCNO, LM, 2098 + 2250, TW, 640, 16, jc="center",
                      border_bottom=(18, "FF0000")))
    y = 2098 + 2250 + 640 + 2 * PITCH
    for t in TITLE_LINES:
        cur.append(framed(t, LM, y, TW, 760, 22, font=XBS, jc="center"))
        y += 760
    y += PITCH
    cur.append(framed(ZHUSONG, LM, y, TW, PITCH, 16))
    y += PITCH
    page_no = 1
    bottom = P_H - BM

    def flush():
        nonlocal cur, page_no, y
        cur.append(page_number(page_no, False))
        pages.append(cur)
        cur = []
        page_no += 1
        y = TM

    for text, ind in body_lines():
        if y + PITCH > bottom:
            flush()
        x = LM + ind * CHARW
        cur.append(framed(text, x, y, TW - ind * CHARW + 300, PITCH, 16))
        y += PITCH
    # attachment note, signature, date, 附注
    tail = [("", 0, "left"), (ATTACH_NOTE, 2, "left"), ("", 0, "left"), ("", 0, "left"),
            (ISSUER, 4, "rightsign"), (SIGN_DATE, 4, "rightdate"), (FUZHU, 2, "left")]
    for text, ind, kind in tail:
        if y + PITCH > bottom:
            flush()
        if kind == "left":
            if text:
                x = LM + ind * CHARW
                cur.append(framed(text, x, y, TW - ind * CHARW + 300, PITCH, 16))
        else:
            # 右空四字: the date ends four characters before the right margin; the
            # signature is centred over the date
            right = LM + TW - 4 * CHARW
            dw = sum(wid(c) for c in SIGN_DATE) / 2.0 * CHARW
            fw = 3600
            if kind == "rightsign":
                cx = right - dw / 2
                cur.append(framed(text, cx - fw / 2, y, fw, PITCH, 16, jc="center"))
            else:
                cur.append(framed(text, right - fw, y, fw, PITCH, 16, jc="right"))
        y += PITCH
    flush()
    return pages, page_no


# ---------------------------------------------------------------- table layout
CAPS = [6, 46, 8, 16, 18, 10]      # half-width units per printed line
# cell width: the printed line plus the cell margins (2 x 57) and some air
COLS = [760, 6054, 1134, 2234, 2634, 1580]   # sum 14396 within the 14438 of the page
ROWH = 380                         # exact height of a printed line of the table
HEADER = [["序号"], ["重点工作任务"], ["责任", "局领导"], ["牵头科室", "（单位）"],
          ["配合科室", "（单位）"], ["完成", "时限"]]


def layout_tasks():
    """Return a list of printed lines of the table (excluding headers).

    Each line is ("sec", text) or ("row", cells, owners) where cells[c] is the
    text printed on that line in column c ("" when none) and owners[c] is the
    id of the visual (ruled) cell the line belongs to in column c.
    """
    lines = []
    gold = []
    for si, (sec, groups) in enumerate(SECTIONS, 1):
        lines.append(("sec", sec))
        n = 0
        for gi, (leaders, tasks) in enumerate(groups):
            span_rows = []
            for task, leads, coops, dl in tasks:
                n += 1
                tid = "%d.%d" % (si, n)
                cells = [[str(n)], wrap(task, CAPS[1]), None,
                         wrap("、".join(leads), CAPS[3]), wrap("、".join(coops), CAPS[4]),
                         wrap(dl, CAPS[5])]
                h = max(len(c) for c in cells if c is not None)
                grid = [[""] * 6 for _ in range(h)]
                for c, cl in enumerate(cells):
                    if cl is None:
                        continue
                    off = (h - len(cl)) // 2
                    for k, t in enumerate(cl):
                        grid[off + k][c] = t
                for k in range(h):
                    span_rows.append((tid, grid[k]))
                gold.append(dict(id=tid, head=task[:12], responsible_units=leads + coops,
                                 lead_units=leads, cooperating_units=coops, leaders=leaders))
            # the leader column: one ruled cell over the whole group, names centred
            H = len(span_rows)
            off = (H - len(leaders)) // 2
            gid = "L%d.%d" % (si, gi)
            for k, (tid, g) in enumerate(span_rows):
                g[2] = leaders[k - off] if 0 <= k - off < len(leaders) else ""
                owners = [tid, tid, gid, tid, tid, tid]
                lines.append(("row", g, owners))
    return lines, gold


def paginate(lines, first_cap, cap):
    pages, cur, c = [], [], first_cap
    i = 0
    while i < len(lines):
        ln = lines[i]
        room = c - len(cur)
        if room <= 0:
            pages.append(cur)
            cur, c = [], cap
            continue
        cur.append(ln)
        i += 1
    if cur:
        pages.append(cur)
    return pages


def border(tcb, side, on):
    if on:
        sub(tcb, "w:" + side, val="single", sz=4, space=0, color="000000")
    else:
        sub(tcb, "w:" + side, val="nil")


def cell(tr, width, text, top, bottom, jc, font=FS, span=1, bold=False):
    tc = sub(tr, "w:tc")
    pr = sub(tc, "w:tcPr")
    sub(pr, "w:tcW", w=width, type="dxa")
    if span > 1:
        sub(pr, "w:gridSpan", val=span)
    b = sub(pr, "w:tcBorders")
    border(b, "top", top)
    border(b, "left", True)
    border(b, "bottom", bottom)
    border(b, "right", True)
    sub(pr, "w:vAlign", val="center")
    p = sub(tc, "w:p")
    ppr = sub(p, "w:pPr")
    sub(ppr, "w:spacing", before=0, after=0, line=240, lineRule="auto")
    sub(ppr, "w:jc", val=jc)
    if text:
        p.append(run(text, 12, font=font, bold=bold))
    return tc


def table_for_page(page_lines):
    tbl = el("w:tbl")
    pr = sub(tbl, "w:tblPr")
    sub(pr, "w:tblW", w=sum(COLS), type="dxa")
    sub(pr, "w:jc", val="center")
    sub(pr, "w:tblLayout", type="fixed")
    mar = sub(pr, "w:tblCellMar")
    sub(mar, "w:top", w=0, type="dxa")
    sub(mar, "w:left", w=57, type="dxa")
    sub(mar, "w:bottom", w=0, type="dxa")
    sub(mar, "w:right", w=57, type="dxa")
    sub(pr, "w:tblLook", val="0000", firstRow=0, lastRow=0, firstColumn=0, lastColumn=0,
        noHBand=1, noVBand=1)
    grid = sub(tbl, "w:tblGrid")
    for w in COLS:
        sub(grid, "w:gridCol", w=w)

    def tr_():
        tr = sub(tbl, "w:tr")
        trpr = sub(tr, "w:trPr")
        sub(trpr, "w:trHeight", val=ROWH, hRule="exact")
        return tr

    # the printed header: two lines, each a row
    for k in range(2):
        tr = tr_()
        for c, w in enumerate(COLS):
            t = HEADER[c][k] if k < len(HEADER[c]) else ""
            cell(tr, w, t, k == 0, k == 1, "center", font=HT)
    n = len(page_lines)
    for i, ln in enumerate(page_lines):
        tr = tr_()
        if ln[0] == "sec":
            cell(tr, sum(COLS), ln[1], True, True, "left", font=HT, span=6)
            continue
        _, g, owners = ln
        prev = page_lines[i - 1] if i > 0 else None
        nxt = page_lines[i + 1] if i + 1 < n else None
        for c, w in enumerate(COLS):
            top = prev is None or prev[0] == "sec" or prev[2][c] != owners[c]
            bot = nxt is None or nxt[0] == "sec" or nxt[2][c] != owners[c]
            jc = "both" if c == 1 else "center"
            cell(tr, w, g[c], top, bot, jc)
    return tbl


# ---------------------------------------------------------------- assemble
def main():
    doc = docx.Document()
    body = doc.element.body
    for child in list(body):
        body.remove(child)
    # default style: 仿宋 16pt, no spacing
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)

    body_pages, next_no = build_body_pages()
    for pg in body_pages:
        for p in pg:
            body.append(p)
        body.append(sect_break(False))

    lines, gold = layout_tasks()
    pages = paginate(lines, 15, 21)
    page_no = next_no
    for pi, pl in enumerate(pages):
        if pi == 0:
            # the converter let the attachment's heading flow (no frame) above the table
            body.append(flowing("附件", 16, HT, "left", 600))
            body.append(flowing(ATT_TITLE, 22, XBS, "center", 800))
            body.append(spacer(700))
        body.append(table_for_page(pl))
        body.append(page_number(page_no, True))
        page_no += 1
        body.append(sect_break(True))

    # 版记 on a last portrait page, at its foot
    y = P_H - BM - 3 * PITCH
    body.append(framed(CC, LM, y, TW, PITCH, 14, border_top=(8, "000000"),
                       border_bottom=(4, "000000")))
    y += PITCH
    body.append(framed(PRINTED_BY[0], LM + CHARW, y, TW / 2, PITCH, 14))
    body.append(framed(PRINTED_BY[1], LM + TW / 2, y, TW / 2 - CHARW, PITCH, 14, jc="right"))
    body.append(framed("", LM, y + PITCH - 120, TW, 120, 4, border_bottom=(8, "000000")))
    body.append(page_number(page_no, False))
    body.append(sect_props(False))

    cp = doc.core_properties
    cp.title = "岚水发〔2026〕12号"
    cp.author = "lslj"
    cp.comments = "PDF to Word"
    import datetime
    cp.created = cp.modified = datetime.datetime(2026, 3, 9, 9, 12, 40)
    cp.last_modified_by = "lslj"
    cp.revision = 1
    doc.save(OUT)

    if "--layout" in sys.argv:
        for pi, pl in enumerate(pages):
            print("=== table page", pi + 1, len(pl))
            for ln in pl:
                if ln[0] == "sec":
                    print("  SEC", ln[1])
                else:
                    g = ln[1]
                    print("  %-3s|%-26s|%-4s|%-9s|%-10s|%s   [%s]" % (
                        g[0], g[1], g[2], g[3], g[4], g[5], ln[2][0]))
    return gold


if __name__ == "__main__":
    main()
