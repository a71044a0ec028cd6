#!/usr/bin/python3
"""Round 72, item 390: a 自治县 government office notice whose task table is not a Word
table but five pasted "Microsoft Excel 工作表" OLE objects.

Each object is what Word stores for 选择性粘贴 → Microsoft Excel 工作表 对象:
  * word/embeddings/Microsoft_Excel_Worksheet*.xlsx — the WHOLE workbook the rows were copied
    from, with <oleSize ref="A1:G9"/> in workbook.xml naming the range the object shows;
  * a preview picture (what Word displays and prints) of just that range;
  * <w:object><v:shape><v:imagedata/></v:shape><o:OLEObject ProgID="Excel.Sheet.12"/></w:object>
    in document.xml, and nothing else: no cell text is in document.xml.
After pasting, the clerk double-clicked objects to correct them (in-place editing changes only
that object's copy of the workbook), so each embedded workbook holds stale versions of the rows
shown by the other objects.  What a reader sees (and the gold) is each object's own range.

Run: /usr/bin/python3 make_docx_round72_390.py  → 390_wuling_zizhixian_qianru_excel_duixiang.docx
"""
import io
import os
import zipfile
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw, ImageFont
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "390_wuling_zizhixian_qianru_excel_duixiang.docx")

# ---------------------------------------------------------------- the sheet ----------
# Columns: A 序号 | B 重点工作任务 | C 责任县领导 | D 牵头单位 | E 配合单位 | F 完成时限 | G 备注
COLS = ["A", "B", "C", "D", "E", "F", "G"]
WIDTHS = [5.5, 40, 10.5, 16.5, 24, 11, 7]     # Excel column widths (characters of "0")
HEADER = ["序号", "重点工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限", "备注"]
TITLE = "2025年《政府工作报告》重点工作任务分工表"


def D(y, m, d):
    """An Excel date serial (1900 system)."""
    import datetime
    return ("date", (datetime.date(y, m, d) - datetime.date(1899, 12, 30)).days)


# Each task: (text, leader, lead, coop, deadline, remark).  leader/lead None = covered by
# a vertical merge from the row above (set in MERGES_*).
ORIGINAL = [
    ("cat", "一、稳增长促发展（8项）"),
    ("task", "全县地区生产总值增长6.5%左右，规模以上工业增加值增长8%以上，固定资产投资增长7%，一般公共预算收入增长5%。",
     "盘振华\n赵立群", "县发展和改革局", "县统计局、县工业和信息化局、县财政局、县税务局", "2025年12月底", "省考指标"),
    ("task", "实施重大项目攻坚行动，全年谋划储备项目120个以上，争取中央预算内投资和超长期特别国债资金3亿元以上。",
     "赵立群", "县发展和改革局", "县财政局、县自然资源局、各乡（镇）人民政府", D(2025, 12, 31), ""),
    ("task", "用好用足地方政府专项债券政策，全年争取专项债券额度5亿元以上，加快已发行债券资金支出进度。",
     None, "县财政局", "县发展和改革局、县审计局", "2025年11月底", ""),
    ("task", "推进雾岭工业园提质增效，新建标准厂房8万平方米，新引进规模以上工业企业5家以上。",
     None, "雾岭工业园管委会", "县工业和信息化局、县投资促进服务中心、县自然资源局", "2025年12月底", ""),
    ("task", "实施“个转企、小升规”培育工程，新增“四上”企业20家以上。",
     "黄丽萍", "县工业和信息化局\n县商务局", "县市场监督管理局、县统计局、县税务局", "2025年12月底", ""),
    ("task", "开展“消费提振年”系列活动，社会消费品零售总额增长6%以上。",
     None, "县商务局", "县文化广电体育和旅游局、县财政局、县市场监督管理局", "持续推进", ""),
    ("header",),
    ("task", "持续优化营商环境，深化“高效办成一件事”改革，政务服务事项网上可办率达到98%以上。",
     "黄丽萍", "县政务服务中心", "县数据局、县直各有关单位", D(2025, 10, 31), ""),
    ("task", "加强金融服务实体经济，新增各项贷款15亿元以上，县域存贷比提高2个百分点。",
     "李国栋", "县委金融办", "中国人民银行雾岭县支行、县财政局、各银行业金融机构", "2025年12月底", ""),
    ("cat", "二、推进乡村全面振兴（8项）"),
    ("task", "稳定粮食播种面积28.6万亩、产量9.2万吨以上，新建高标准农田1.5万亩。",
     "邓秋云", "县农业农村局", "县财政局、县自然资源局、县水利局、各乡（镇）人民政府", "2025年10月底", "省考指标"),
    ("task", "巩固拓展脱贫攻坚成果，健全防止返贫致贫监测和帮扶机制，守牢不发生规模性返贫致贫底线。",
     None, "县农业农村局（县乡村振兴局）",
     "县民政局\n县教育局\n县人力资源和社会保障局\n县住房和城乡建设局\n县医疗保障局", "持续推进", ""),
    ("task", "做强茶叶、油茶、中药材三大特色产业，完成油茶低产林改造3万亩，新增茶园5000亩。",
     None, "县林业局", "县农业农村局、县供销合作社联合社", "2025年12月底", ""),
    ("task", "推进瑶山香猪全产业链发展，全年出栏瑶山香猪12万头，培育市级以上农业产业化龙头企业2家。",
     None, "县农业农村局", "县市场监督管理局、县商务局、县财政局", "2025年12月底", ""),
    ("header",),
    ("task", "实施农村人居环境整治提升行动，农村卫生厕所普及率达到80%，生活垃圾收运处置体系行政村全覆盖。",
     "韦明远", "县农业农村局", "县住房和城乡建设局、县卫生健康局、市生态环境局雾岭分局、各乡（镇）人民政府",
     D(2025, 11, 30), ""),
    ("task", "推进“四好农村路”建设，新改建农村公路120公里，实施危桥改造8座。",
     None, "县交通运输局", "县财政局、各乡（镇）人民政府", "2025年12月底", ""),
    ("task", "实施农村供水保障工程，农村自来水普及率达到92%，规模化供水工程覆盖人口比例达到60%。",
     "韦明远", "县水利局", "县卫生健康局、县财政局", "2025年12月底", ""),
    ("task", "深化农村集体产权制度改革，村级集体经济收入全部达到10万元以上。",
     None, "县委组织部\n县农业农村局", "县财政局、各乡（镇）人民政府", "2025年12月底", ""),
    ("cat", "三、建设生态文旅强县（6项）"),
    ("task", "创建国家全域旅游示范区，全年接待游客650万人次、实现旅游总收入65亿元。",
     "黄丽萍", "县文化广电体育和旅游局", "县发展和改革局、县财政局、县交通运输局、瑶山景区管理中心",
     "2025年12月底", ""),
    ("task", "办好第十届盘王节暨瑶族文化旅游节，打造“瑶山雾岭”文旅品牌。",
     None, "县委宣传部\n县文化广电体育和旅游局",
     "县委统战部（县民族宗教事务局）、县公安局、县市场监督管理局、县卫生健康局", "2025年12月", "县委督办"),
    ("header",),
    ("task", "推进瑶族传统村落保护利用，完成10个中国传统村落保护修缮。",
     "黄丽萍", "县住房和城乡建设局", "县文化广电体育和旅游局、县自然资源局、有关乡（镇）人民政府", "2025年12月底", ""),
    ("task", "深入打好蓝天、碧水、净土保卫战，县城空气质量优良天数比例保持在95%以上。",
     "韦明远", "市生态环境局雾岭分局", "县住房和城乡建设局、县农业农村局、县工业和信息化局、县公安局",
     "持续推进", ""),
    ("task", "全面推行林长制，完成植树造林1.2万亩，森林覆盖率稳定在78%以上。",
     None, "县林业局", "/", D(2025, 6, 30), ""),
    ("task", "严格落实河湖长制，推进龙溪河流域综合治理，国控、省控断面水质达标率100%。",
     None, "县水利局", "市生态环境局雾岭分局、县农业农村局、沿河各乡（镇）人民政府", "持续推进", ""),
    ("cat", "四、增进民生福祉（8项）"),
    ("task", "城镇新增就业2800人，农村劳动力转移就业1.2万人，城镇调查失业率控制在5.5%以内。",
     "覃  航", "县人力资源和社会保障局", "县财政局，县农业农村局，县总工会，团县委，县妇联", "2025年12月底", "民生实事"),
    ("task", "新改扩建公办幼儿园3所，实施县第二中学扩建工程，新增学位1500个。",
     None, "县教育局", "县发展和改革局、县财政局、县自然资源局、县住房和城乡建设局", D(2025, 8, 31), "民生实事"),
    ("task", "推进紧密型县域医共体建设，支持县人民医院创建三级医院。",
     "李国栋", "县卫生健康局", "县医疗保障局、县人民医院、县中医医院", "2025年12月底", ""),
    ("header",),
    ("task", "城乡居民基本医疗保险参保率稳定在97%以上，推进医保支付方式改革。",
     "李国栋", "县税务局", "县医疗保障局、县卫生健康局、各乡（镇）人民政府", D(2025, 6, 30), ""),
    ("task", "实施城镇老旧小区改造12个，惠及居民1600户，新增城市停车泊位800个。",
     "韦明远", "县住房和城乡建设局", "县城市管理局、县自然资源局、县公安局", "2025年11月底", "民生实事"),
    ("task", "完善养老服务体系，新建区域性养老服务中心2个，改造提升农村互助幸福院10个。",
     "覃  航", "县民政局", "县卫生健康局、县财政局、有关乡（镇）人民政府", "2025年12月底", "民生实事"),
    ("task", "统筹发展和安全，深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故。",
     "赵立群", "县应急管理局", "县安全生产委员会各成员单位", "持续推进", ""),
    ("task", "推进平安雾岭建设，常态化开展扫黑除恶斗争，群众安全感保持在98%以上。",
     "陆海涛", "县公安局", "县委政法委、县人民法院、县人民检察院、县司法局", "持续推进", ""),
]

# Sheet rows: 1 title, 2 header, then ORIGINAL in order from row 3.
FIRST = 3
ROW_OF_TASK = {}
_r, _n = FIRST, 0
for item in ORIGINAL:
    if item[0] == "task":
        _n += 1
        ROW_OF_TASK[_n] = _r
    _r += 1
LAST_ROW = _r - 1          # 40

# Vertical merges of the original workbook: (column, first task, last task)
MERGES_ORIGINAL = [
    ("C", 2, 4), ("C", 5, 6), ("C", 9, 12), ("C", 13, 14), ("C", 15, 16), ("C", 17, 18), ("C", 20, 22),
    ("C", 23, 24),
]

# Ranges shown by the three pasted objects (oleSize).
def _ole_ranges():
    starts = [1]
    r = FIRST
    for item in ORIGINAL:
        if item[0] == "header":
            starts.append(r)
        r += 1
    ends = [x - 1 for x in starts[1:]] + [LAST_ROW]
    return ["A%d:G%d" % (a, b) for a, b in zip(starts, ends)]


OLE_RANGES = _ole_ranges()


def original_cells():
    """{(row, col): value} and merges for the workbook as first pasted."""
    cells = {(1, "A"): TITLE}
    for i, h in enumerate(HEADER):
        cells[(2, COLS[i])] = h
    merges = ["A1:G1"]
    r, n = FIRST, 0
    for item in ORIGINAL:
        if item[0] == "cat":
            cells[(r, "A")] = item[1]
            merges.append("A%d:G%d" % (r, r))
        elif item[0] == "header":
            for i, h in enumerate(HEADER):
                cells[(r, COLS[i])] = h
        else:
            n += 1
            text, leader, lead, coop, dl, rem = item[1:]
            cells[(r, "A")] = ("formula", "MAX(A$3:A%d)+1" % (r - 1), n)
            cells[(r, "B")] = text
            if leader is not None:
                cells[(r, "C")] = leader
            cells[(r, "D")] = lead
            cells[(r, "E")] = coop
            cells[(r, "F")] = dl
            if rem:
                cells[(r, "G")] = rem
        r += 1
    for col, a, b in MERGES_ORIGINAL:
        merges.append("%s%d:%s%d" % (col, ROW_OF_TASK[a], col, ROW_OF_TASK[b]))
    return cells, merges


def variant(k):
    """The workbook embedded in object k (0..4): the original plus the in-place edits made
    in that object only."""
    cells, merges = original_cells()
    R = ROW_OF_TASK
    if k == 0:
        # task 3: lead corrected to 县发展和改革局, merged with task 2's lead cell
        cells[(R[3], "D")] = None
        cells[(R[3], "E")] = "县财政局、县审计局"
        merges.append("D%d:D%d" % (R[2], R[3]))
    elif k == 1:
        # task 7: 县司法局 added
        cells[(R[7], "E")] = "县司法局、县数据局、县直各有关单位"
        # task 12: 县供销合作社联合社 added
        cells[(R[12], "E")] = "县市场监督管理局、县商务局、县财政局、县供销合作社联合社"
    elif k == 2:
        # task 15: 雾岭县水务投资有限公司 added
        cells[(R[15], "E")] = "县卫生健康局、县财政局、雾岭县水务投资有限公司"
        # task 16: leader changed — the merge C(15..16) undone, 覃航 for 16
        merges.remove("C%d:C%d" % (R[15], R[16]))
        cells[(R[16], "C")] = "覃  航"
    elif k == 3:
        # task 20: 县城市管理局 added
        cells[(R[20], "E")] = "县住房和城乡建设局、县城市管理局、县农业农村局、县工业和信息化局、县公安局"
    elif k == 4:
        # task 26: the lead and the first helper swapped
        cells[(R[26], "D")] = "县医疗保障局"
        cells[(R[26], "E")] = "县税务局、县卫生健康局、各乡（镇）人民政府"
    cells = {key: v for key, v in cells.items() if v is not None}
    return cells, merges


# ---------------------------------------------------------------- rendering ----------
S = 2                      # render at 2x
UNIT = 7.5 * S             # px per Excel width unit
FONT_BODY = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
FONT_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
if not os.path.exists(FONT_BODY):
    FONT_BODY = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
F_BODY = ImageFont.truetype(FONT_BODY, 14 * S, index=2 if "Serif" in FONT_BODY else 2)
F_HEAD = ImageFont.truetype(FONT_BOLD, 14 * S, index=2)
F_CAT = ImageFont.truetype(FONT_BOLD, 14 * S, index=2)
F_TITLE = ImageFont.truetype(FONT_BOLD, 22 * S, index=2)
LINE_H = 20 * S
PAD = 4 * S


def col_x(ci):
    return int(sum(WIDTHS[:ci]) * UNIT)


def display(v):
    if isinstance(v, tuple):
        if v[0] == "formula":
            return str(v[2])
        if v[0] == "date":
            import datetime
            d = datetime.date(1899, 12, 30) + datetime.timedelta(days=v[1])
            return "%d年%d月%d日" % (d.year, d.month, d.day)
    return v


def wrap(text, font, width):
    lines = []
    for para in text.split("\n"):
        cur = ""
        for ch in para:
            if font.getlength(cur + ch) > width and cur:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
    return lines


def parse_ref(ref):
    import re
    m = re.fullmatch(r"([A-Z])(\d+):([A-Z])(\d+)", ref)
    return m.group(1), int(m.group(2)), m.group(3), int(m.group(4))


def style_of(cells, r, c):
    """Which look a cell has: title / header / cat / body."""
    a = cells.get((r, "A"))
    if r == 1:
        return "title"
    if cells.get((r, "B")) == "重点工作任务":
        return "header"
    if isinstance(a, str) and a[:2] in ("一、", "二、", "三、", "四、"):
        return "cat"
    return "body"


def row_heights(cells, merges):
    """Excel row heights in px at render scale, fitted to the wrapped text (merged cells spread
    over their rows)."""
    merged_cover = {}
    for ref in merges:
        c1, r1, c2, r2 = parse_ref(ref)
        for rr in range(r1, r2 + 1):
            for cc in COLS[COLS.index(c1):COLS.index(c2) + 1]:
                merged_cover[(rr, cc)] = (r1, c1, r2, c2)
    h = {}
    for r in range(1, LAST_ROW + 1):
        st = style_of(cells, r, "A")
        if st == "title":
            h[r] = 44 * S
            continue
        need = 1
        for ci, c in enumerate(COLS):
            v = cells.get((r, c))
            if v is None:
                continue
            m = merged_cover.get((r, c))
            if m and (m[0] != m[2]):      # vertical merge: does not drive the row
                continue
            if m and m[1] != m[3]:        # merged across (category row): one line
                continue
            font = F_HEAD if st == "header" else F_BODY
            need = max(need, len(wrap(display(v), font, WIDTHS[ci] * UNIT - 2 * PAD)))
        h[r] = max(need * LINE_H + 2 * PAD, 26 * S)
    return h


def render(cells, merges, ref, heights):
    c1, r1, c2, r2 = parse_ref(ref)
    assert (c1, c2) == ("A", "G")
    rows = list(range(r1, r2 + 1))
    W = col_x(len(COLS)) + 2
    y0 = {}
    y = 0
    for r in rows:
        y0[r] = y
        y += heights[r]
    H = y + 2
    img = Image.new("RGB", (W, H), "white")
    dr = ImageDraw.Draw(img)
    # merged regions inside the range
    regions = []
    covered = set()
    for mref in merges:
        mc1, mr1, mc2, mr2 = parse_ref(mref)
        inside = [rr for rr in range(mr1, mr2 + 1) if r1 <= rr <= r2]
        if not inside:
            continue
        assert mr1 >= r1 and mr2 <= r2, "merge %s cut by the object's range %s" % (mref, ref)
        regions.append((mr1, COLS.index(mc1), mr2, COLS.index(mc2)))
        for rr in range(mr1, mr2 + 1):
            for ci in range(COLS.index(mc1), COLS.index(mc2) + 1):
                covered.add((rr, ci))
    boxes = list(regions)
    for r in rows:
        for ci in range(len(COLS)):
            if (r, ci) not in covered:
                boxes.append((r, ci, r, ci))
    for (ra, ca, rb, cb) in boxes:
        x1, x2 = col_x(ca), col_x(cb + 1)
        ya, yb = y0[ra], y0[rb] + heights[rb]
        st = style_of(cells, ra, COLS[ca])
        if st != "title":
            dr.rectangle([x1, ya, x2, yb], outline="black", width=S)
        v = cells.get((ra, COLS[ca]))
        if v is None:
            continue
        text = display(v)
        if st == "title":
            font = F_TITLE
        elif st == "header":
            font = F_HEAD
        elif st == "cat":
            font = F_CAT
        else:
            font = F_BODY
        left_aligned = st == "cat" or (st == "body" and COLS[ca] in ("B", "E"))
        lines = wrap(text, font, (x2 - x1) - 2 * PAD)
        lh = F_TITLE.size + 8 * S if st == "title" else LINE_H
        ty = ya + ((yb - ya) - lh * len(lines)) / 2
        for ln in lines:
            tw = font.getlength(ln)
            tx = x1 + PAD if left_aligned else x1 + ((x2 - x1) - tw) / 2
            dr.text((tx, ty + (lh - font.size) / 2 - 2 * S), ln, font=font, fill="black")
            ty += lh
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue(), W, H


# ---------------------------------------------------------------- xlsx ---------------
NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="%s"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/></numFmts>
<fonts count="5"><font><sz val="11"/><color theme="1"/><name val="宋体"/><family val="2"/><charset val="134"/><scheme val="minor"/></font>
<font><b/><sz val="16"/><name val="方正小标宋简体"/><charset val="134"/></font>
<font><sz val="11"/><name val="黑体"/><charset val="134"/></font>
<font><sz val="11"/><name val="仿宋_GB2312"/><charset val="134"/></font>
<font><b/><sz val="11"/><name val="黑体"/><charset val="134"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>
<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment vertical="center"/></xf></cellStyleXfs>
<cellXfs count="9">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="center"/></xf>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>
<xf numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
<xf numFmtId="0" fontId="4" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="center"/></xf>
<xf numFmtId="0" fontId="3" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>
<xf numFmtId="0" fontId="3" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="center" wrapText="1"/></xf>
<xf numFmtId="0" fontId="3" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
<xf numFmtId="49" fontId="3" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="center" wrapText="1"/></xf>
<xf numFmtId="176" fontId="3" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
</cellXfs>
<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>
<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>
</styleSheet>""" % NS_MAIN


def cell_style(cells, r, c):
    st = style_of(cells, r, c)
    if st == "title":
        return 1
    if st == "header":
        return 2
    if st == "cat":
        return 3
    if c == "A":
        return 4
    if c == "B":
        return 5
    if c == "E":
        return 7
    v = cells.get((r, c))
    if isinstance(v, tuple) and v[0] == "date":
        return 8
    return 6


def build_xlsx(cells, merges, ole_ref, heights, stats):
    sst = []
    sidx = {}

    def s(text):
        if text not in sidx:
            sidx[text] = len(sst)
            sst.append(text)
        return sidx[text]

    rows_xml = []
    for r in range(1, LAST_ROW + 1):
        cx = []
        for c in COLS:
            ref = "%s%d" % (c, r)
            st = cell_style(cells, r, c)
            v = cells.get((r, c))
            if v is None:
                cx.append('<c r="%s" s="%d"/>' % (ref, st))
            elif isinstance(v, tuple) and v[0] == "formula":
                cx.append('<c r="%s" s="%d"><f>%s</f><v>%d</v></c>' % (ref, st, escape(v[1]), v[2]))
            elif isinstance(v, tuple) and v[0] == "date":
                cx.append('<c r="%s" s="%d"><v>%d</v></c>' % (ref, st, v[1]))
            else:
                cx.append('<c r="%s" s="%d" t="s"><v>%d</v></c>' % (ref, st, s(v)))
        ht = heights[r] / S * 0.75
        rows_xml.append('<row r="%d" spans="1:7" ht="%.2f" customHeight="1">%s</row>'
                        % (r, ht, "".join(cx)))
    c1, r1, _, _ = parse_ref(ole_ref)
    cols_xml = "".join('<col min="%d" max="%d" width="%s" customWidth="1"/>' % (i + 1, i + 1, w)
                       for i, w in enumerate(WIDTHS))
    sheet1 = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="%s" xmlns:r="%s"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
              '<dimension ref="A1:G%d"/><sheetViews><sheetView tabSelected="1" topLeftCell="A%d" '
              'zoomScale="85" zoomScaleNormal="85" workbookViewId="0"><selection activeCell="B%d" '
              'sqref="B%d"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="13.5"/>'
              '<cols>%s</cols><sheetData>%s</sheetData><mergeCells count="%d">%s</mergeCells>'
              '<printOptions horizontalCentered="1"/><pageMargins left="0.55" right="0.55" top="0.79" '
              'bottom="0.79" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" '
              'fitToHeight="0"/></worksheet>'
              % (NS_MAIN, NS_R, LAST_ROW, r1, r1 + 1, r1 + 1, cols_xml, "".join(rows_xml),
                 len(merges), "".join('<mergeCell ref="%s"/>' % m for m in merges)))
    srows = ['<row r="1"><c r="A1" s="2" t="s"><v>%d</v></c><c r="B1" s="2" t="s"><v>%d</v></c></row>'
             % (s("责任县领导"), s("任务数（项）"))]
    for i, (name, cnt) in enumerate(stats, start=2):
        srows.append('<row r="%d"><c r="A%d" s="4" t="s"><v>%d</v></c><c r="B%d" s="4"><v>%d</v></c></row>'
                     % (i, i, s(name), i, cnt))
    sheet2 = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="%s" xmlns:r="%s"><dimension ref="A1:B%d"/><sheetViews><sheetView '
              'workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="13.5"/><cols><col min="1" '
              'max="2" width="14" customWidth="1"/></cols><sheetData>%s</sheetData><pageMargins left="0.7" '
              'right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
              % (NS_MAIN, NS_R, len(stats) + 1, "".join(srows)))
    sst_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="%s" count="%d" '
               'uniqueCount="%d">%s</sst>'
               % (NS_MAIN, len(sst), len(sst),
                  "".join('<si><t xml:space="preserve">%s</t></si>' % escape(t) for t in sst)))
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<workbook xmlns="%s" xmlns:r="%s"><fileVersion appName="xl" lastEdited="7" '
                'lowestEdited="7" rupBuild="27425"/><workbookPr defaultThemeVersion="164011"/>'
                '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12135" '
                'activeTab="0"/></bookViews><sheets><sheet name="分工表" sheetId="1" r:id="rId1"/>'
                '<sheet name="按领导统计" sheetId="2" r:id="rId2"/></sheets><definedNames>'
                '<definedName name="_xlnm.Print_Titles" localSheetId="0">分工表!$2:$2</definedName>'
                '</definedNames><calcPr calcId="171027"/><oleSize ref="%s"/></workbook>'
                % (NS_MAIN, NS_R, ole_ref))
    wb_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
               '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>'
               '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
               '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
               '</Relationships>')
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                 '</Relationships>')
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
              '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
              '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
              '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
              '</Types>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>督查室</dc:creator><cp:lastModifiedBy>秘书股</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-06T01:12:40Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-13T08:41:07Z</dcterms:modified>'
            '</cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
           '<AppVersion>16.0300</AppVersion></Properties>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ctypes)
        z.writestr("_rels/.rels", root_rels)
        z.writestr("docProps/app.xml", app)
        z.writestr("docProps/core.xml", core)
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels", wb_rels)
        z.writestr("xl/styles.xml", STYLES)
        z.writestr("xl/sharedStrings.xml", sst_xml)
        z.writestr("xl/worksheets/sheet1.xml", sheet1)
        z.writestr("xl/worksheets/sheet2.xml", sheet2)
    return buf.getvalue()


def leader_stats(cells, merges):
    """Count tasks per leader as the clerk typed it on the 按领导统计 sheet."""
    owner = {}
    for ref in merges:
        c1, r1, c2, r2 = parse_ref(ref)
        if c1 == c2 == "C":
            for rr in range(r1, r2 + 1):
                owner[rr] = cells.get((r1, "C"))
    counts = {}
    for n, r in ROW_OF_TASK.items():
        who = owner.get(r) or cells.get((r, "C"))
        for name in who.split("\n"):
            name = name.replace(" ", "")
            counts[name] = counts.get(name, 0) + 1
    order = ["盘振华", "赵立群", "黄丽萍", "李国栋", "邓秋云", "韦明远", "覃航", "陆海涛"]
    return [(("覃  航" if k == "覃航" else k), counts.get(k, 0)) for k in order]


# ---------------------------------------------------------------- docx ---------------
FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc, text="", font=FS, size=16, align=None, indent=True, bold=False, color=None,
         line=28, before=0, after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def add_page_field(p, size=14):
    def run_xml(inner):
        return parse_xml(
            '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:rPr>'
            '<w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="%d"/></w:rPr>%s</w:r>'
            % (size * 2, inner))
    p._p.append(run_xml('<w:t xml:space="preserve">— </w:t>'))
    p._p.append(run_xml('<w:fldChar w:fldCharType="begin"/>'))
    p._p.append(run_xml('<w:instrText xml:space="preserve"> PAGE </w:instrText>'))
    p._p.append(run_xml('<w:fldChar w:fldCharType="separate"/>'))
    p._p.append(run_xml('<w:t>1</w:t>'))
    p._p.append(run_xml('<w:fldChar w:fldCharType="end"/>'))
    p._p.append(run_xml('<w:t xml:space="preserve"> —</w:t>'))


SHAPETYPE = (
    '<v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" '
    'path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"><v:stroke joinstyle="miter"/><v:formulas>'
    '<v:f eqn="if lineDrawn pixelLineWidth 0"/><v:f eqn="sum @0 1 0"/><v:f eqn="sum 0 0 @1"/>'
    '<v:f eqn="prod @2 1 2"/><v:f eqn="prod @3 21600 pixelWidth"/><v:f eqn="prod @3 21600 pixelHeight"/>'
    '<v:f eqn="sum @0 0 1"/><v:f eqn="prod @6 1 2"/><v:f eqn="prod @7 21600 pixelWidth"/>'
    '<v:f eqn="sum @8 21600 0"/><v:f eqn="prod @7 21600 pixelHeight"/><v:f eqn="sum @10 21600 0"/>'
    '</v:formulas><v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/>'
    '<o:lock v:ext="edit" aspectratio="t"/></v:shapetype>')


def add_ole(doc, p, k, png, wpx, hpx, xlsx, max_w_pt, max_h_pt):
    """Put a pasted Excel worksheet object into paragraph p."""
    part = doc.part
    img_rid, _ = part.get_or_add_image(io.BytesIO(png))
    name = "/word/embeddings/Microsoft_Excel_Worksheet%s.xlsx" % ("" if k == 0 else k)
    ole_part = Part(PackURI(name),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    xlsx, part.package)
    ole_rid = part.relate_to(ole_part, RT.PACKAGE)
    w_pt = wpx / S * 0.75
    h_pt = hpx / S * 0.75
    scale = min(max_w_pt / w_pt, max_h_pt / h_pt, 1.0)
    sw, sh = w_pt * scale, h_pt * scale
    shape_id = "_x0000_i%d" % (1025 + k)
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<w:object w:dxaOrig="%d" w:dyaOrig="%d">%s'
        '<v:shape id="%s" type="#_x0000_t75" style="width:%.2fpt;height:%.2fpt" o:ole="">'
        '<v:imagedata r:id="%s" o:title=""/></v:shape>'
        '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="%s" DrawAspect="Content" '
        'ObjectID="_18026%05d" r:id="%s"/></w:object></w:r>'
        % (round(w_pt * 20), round(h_pt * 20), SHAPETYPE if k == 0 else "", shape_id, sw, sh,
           img_rid, shape_id, 41733 + 17 * k, ole_rid))
    p._p.append(parse_xml(xml))
    return sw, sh


def set_section(sec, landscape):
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        sec.top_margin, sec.bottom_margin = Cm(2.8), Cm(2.6)
        sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.8)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
        sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.header_distance, sec.footer_distance = Cm(1.5), Cm(2.0)


def border_p(p, where, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = parse_xml('<w:pBdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                     + "".join('<w:%s w:val="single" w:sz="%d" w:space="1" w:color="%s"/>' % (w, sz, color)
                               for w in where) + '</w:pBdr>')
    ppr.append(pbdr)


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    set_section(doc.sections[0], False)
    cp = doc.core_properties
    cp.author = "县政府办公室"
    cp.title = "雾岭瑶族自治县人民政府办公室关于印发2025年《政府工作报告》重点工作任务分工的通知"
    cp.last_modified_by = "秘书股"

    # footer page number
    fp = doc.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    # 版头
    para(doc, "", indent=False, line=28)
    para(doc, "雾岭瑶族自治县人民政府办公室文件", XBS, 26, WD_ALIGN_PARAGRAPH.CENTER, False,
         color="FF0000", line=48, before=24)
    para(doc, "", indent=False)
    p = para(doc, "雾政办发〔2025〕9号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER, False, after=6)
    border_p(p, ["bottom"], "FF0000", 18)
    para(doc, "", indent=False)
    para(doc, "雾岭瑶族自治县人民政府办公室关于印发", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, line=36)
    para(doc, "2025年《政府工作报告》重点工作任务分工的通知", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER,
         False, line=36)
    para(doc, "", indent=False)
    para(doc, "各乡（镇）人民政府，县直各单位，驻县各有关单位：", indent=False)
    body = [
        "经县人民政府同意，现将2025年《政府工作报告》重点工作任务分工印发给你们，并就有关事项通知如下，"
        "请认真抓好贯彻落实。",
        "一、提高思想认识。《政府工作报告》经县第十七届人民代表大会第五次会议审议通过，是全县人民共同意志的"
        "集中体现。各乡（镇）、各部门要把抓好《政府工作报告》确定的目标任务作为检验工作能力和作风的重要标准，"
        "坚持目标不变、标准不降、力度不减，确保全年各项目标任务圆满完成。",
        "二、压实工作责任。分工表所列各项任务，由责任县领导统筹调度，牵头单位负总责，配合单位按照职责分工"
        "积极配合。“牵头单位”栏列有两个单位的，两个单位共同牵头；“配合单位”栏为“/”的，由牵头单位独立完成。"
        "各牵头单位要在4月10日前制定具体工作方案，将任务细化分解到季度、落实到责任人，报县政府督查室备案。",
        "三、强化督查问效。县政府督查室要将各项任务纳入年度督查计划，实行“月调度、季通报、年考核”。各牵头单位"
        "于每季度末月25日前将任务推进情况经单位主要负责人签字后报送县政府督查室（联系人：蒙晓燕，"
        "电话：6612358）。对工作推进不力、进度严重滞后的，按有关规定严肃追责问责。",
    ]
    for t in body:
        if t[:2] in ("一、", "二、", "三、"):
            # 黑体 lead-in as typed in many 县 notices, the rest 仿宋
            p = para(doc)
            head, rest = t.split("。", 1)
            r = p.add_run(head + "。")
            set_font(r, HT, 16)
            r = p.add_run(rest)
            set_font(r, FS, 16)
        else:
            para(doc, t)
    para(doc, "")
    p = para(doc, "附件：2025年《政府工作报告》重点工作任务分工表")
    para(doc, "")
    para(doc, "")
    para(doc, "雾岭瑶族自治县人民政府办公室", FS, 16, WD_ALIGN_PARAGRAPH.RIGHT, False).paragraph_format.right_indent = Pt(32)
    para(doc, "2025年3月14日", FS, 16, WD_ALIGN_PARAGRAPH.RIGHT, False).paragraph_format.right_indent = Pt(64)
    para(doc, "（此件公开发布）")

    # 附件: landscape section with the three pasted objects
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    set_section(sec, True)
    para(doc, "附件", HT, 16, None, False, line=28, after=6)
    max_w = (29.7 - 3.0 - 2.8) / 2.54 * 72
    max_h = (21.0 - 2.8 - 2.6) / 2.54 * 72 - 28
    for k, ref in enumerate(OLE_RANGES):
        cells, merges = variant(k)
        heights = row_heights(cells, merges)
        png, wpx, hpx = render(cells, merges, ref, heights)
        xlsx = build_xlsx(cells, merges, ref, heights, leader_stats(cells, merges))
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.line_spacing = 1.0
        if k > 0:
            p.paragraph_format.page_break_before = True
        sw, sh = add_ole(doc, p, k, png, wpx, hpx, xlsx, max_w, max_h - (0 if k else 34))
        print("object %d %s: %dx%d px -> %.0fx%.0f pt" % (k + 1, ref, wpx, hpx, sw, sh))

    # 版记 on a portrait page of its own
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    set_section(sec, False)
    for _ in range(14):
        para(doc, "", indent=False)
    p = para(doc, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县监委，县人民法院，县人民检察院，"
                  "县人武部。", FS, 14, None, False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(0)
    border_p(p, ["top", "bottom"], "000000", 8)
    p = para(doc, "雾岭瑶族自治县人民政府办公室　　　2025年3月14日印发", FS, 14, None, False,
             line=24)
    p.paragraph_format.left_indent = Pt(14)
    border_p(p, ["bottom"], "000000", 12)

    doc.save(OUT)
    # python-docx leaves the content type of xlsx to a Default or an Override; check it is there
    with zipfile.ZipFile(OUT) as z:
        ct = z.read("[Content_Types].xml").decode()
        assert "spreadsheetml.sheet" in ct, ct
        names = z.namelist()
    print(OUT)
    print([n for n in names if "embeddings" in n or "media" in n])


if __name__ == "__main__":
    main()
