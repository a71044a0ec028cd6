#!/usr/bin/env python3
"""Writes 357_yuanting_xian_pdf2htmlex_fenjiebiao.html.

A county government site's article page that previews the published PDF of a
notice through pdf2htmlEX (the CMS injects the converted pages into the article
body), saved by Chrome as "Webpage, Complete".

The PDF: 2 portrait pages of the 公文 (red issuer mark, 文号, title, body with
the responsibility rules, 附件说明, 落款, 此件公开发布), then the 附件 as a ruled
table on landscape pages (序号 | 重点任务 | 责任县领导 | 牵头单位 | 配合单位 |
完成时限), the header row repeated on each page, cells centred vertically,
序号 restarting under each section row, leader and lead cells merged down over
runs of rows, one row split by a page, then a last portrait page with the 版记.

pdf2htmlEX renders every printed line as an absolutely positioned
<div class="t m0 xN hN yN ffN fsN ..."> in content-stream order; fragments
drawn one after another on the same baseline (cells of one row whose lines
happen to share a baseline) are put in one div with spacer spans
<span class="_ _N"> </span>.  Table rules are in the SVG page background.
"""
import os
import base64
import html
import random

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "357_yuanting_xian_pdf2htmlex_fenjiebiao.html")

random.seed(357)

# ------------------------------------------------------------------ fonts
# name -> (pdf2htmlEX ff id used in CSS, ascent, descent, line-height)
FONTS = {
    "fs": dict(ff=1, asc=0.859, desc=0.141, lh=1.0),     # 仿宋_GB2312
    "xbs": dict(ff=2, asc=0.880, desc=0.120, lh=1.0),    # 方正小标宋简体
    "ht": dict(ff=3, asc=0.859, desc=0.141, lh=1.0),     # 黑体
    "kt": dict(ff=4, asc=0.859, desc=0.141, lh=1.0),     # 楷体_GB2312
    "tnr": dict(ff=5, asc=0.891, desc=0.216, lh=1.107),  # Times New Roman
    "ss": dict(ff=6, asc=0.859, desc=0.141, lh=1.0),     # 宋体 (page numbers)
}

TNR_W = {c: 0.5 for c in "0123456789"}
TNR_W.update({".": 0.25, "%": 0.833, "-": 0.333, "A": 0.722, "B": 0.667, "C": 0.667,
              "G": 0.722, "P": 0.556, "M": 0.889, " ": 0.25})


def is_ascii(ch):
    return ord(ch) < 128


def char_w(ch, font):
    if is_ascii(ch):
        if font == "tnr":
            return TNR_W.get(ch, 0.5)
        return 0.5
    return 1.0


def split_runs(text, base, latin="tnr"):
    """Split text into (text, font) runs: ASCII in the Latin font."""
    runs = []
    for ch in text:
        f = latin if (is_ascii(ch) and latin) else base
        if runs and runs[-1][1] == f:
            runs[-1][0] += ch
        else:
            runs.append([ch, f])
    return [(t, f) for t, f in runs]


def runs_width(runs, size):
    return sum(char_w(ch, f) * size for t, f in runs for ch in t)


NO_START = set("，。、；：？！）》”’〕】%％…")
NO_END = set("（《“‘〔【")


def tokens(text):
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if is_ascii(ch) and ch not in " ":
            j = i
            while j < len(text) and is_ascii(text[j]) and text[j] != " ":
                j += 1
            out.append(text[i:j])
            i = j
        else:
            out.append(ch)
            i += 1
    return out


def wrap(text, width, size, base, first_indent=0.0, latin="tnr"):
    """Greedy line breaking with hanging punctuation; returns list of strings."""
    toks = tokens(text)
    lines, cur, curw = [], [], 0.0
    avail = width - first_indent
    for t in toks:
        w = runs_width(split_runs(t, base, latin), size)
        if cur and curw + w > avail + 0.01:
            if t[0] in NO_START:
                cur.append(t)          # hangs into the margin
                curw += w
                continue
            # do not end a line with an opening bracket
            carry = []
            while cur and cur[-1][-1] in NO_END:
                carry.insert(0, cur.pop())
            lines.append("".join(cur))
            cur = carry
            curw = runs_width(split_runs("".join(cur), base, latin), size)
            avail = width
        cur.append(t)
        curw += w
    if cur:
        lines.append("".join(cur))
    return lines


# ------------------------------------------------------------------ fragments
class Frag:
    __slots__ = ("page", "x", "base", "runs", "size", "color", "ls", "m", "spacers")

    def __init__(self, page, x, base, runs, size, color=0, ls=0.0, m=0, spacers=None):
        self.page, self.x, self.base, self.runs = page, x, base, runs
        self.size, self.color, self.ls, self.m = size, color, ls, m
        self.spacers = spacers or {}     # char index -> spacer width (css px inside div)

    def width(self):
        n = sum(len(t) for t, f in self.runs)
        hscale = 0.8 if self.m == 1 else 1.0
        return (runs_width(self.runs, self.size) + self.ls * n + sum(self.spacers.values()) / 4.0) * hscale


PAGES = []        # list of dict(orient, frags[], bg[])


def new_page(orient):
    PAGES.append(dict(orient=orient, frags=[], bg=[]))
    return len(PAGES) - 1


def page_size(p):
    return (595.276, 841.89) if PAGES[p]["orient"] == "P" else (841.89, 595.276)


def put(page, x, base, text, size, font, color=0, ls=0.0, m=0, jitter=False, latin="tnr"):
    runs = split_runs(text, font, latin)
    spacers = {}
    if jitter and len(text) > 6 and random.random() < 0.35:
        k = random.randint(2, len(text) - 2)
        spacers[k] = random.choice([-1.2, -0.96, 0.84, 1.08, 1.44, 0.6])
    PAGES[page]["frags"].append(Frag(page, x, base, runs, size, color, ls, m, spacers))


# ------------------------------------------------------------------ the 公文 (portrait)
P_LEFT = 79.37           # 28 mm
P_WIDTH = 442.2          # 156 mm
P_TOP = 104.88           # 37 mm
P_PITCH = 28.95
P_BOTTOM = 742.68
BODY = 16.0

ISSUER = "沅亭县人民政府办公室文件"
WENHAO = "沅政办发〔2025〕7号"
TITLE_LINES = ["沅亭县人民政府办公室关于印发2025年县政府", "重点工作任务分解表的通知"]
ZHUSONG = "各乡（镇）人民政府，县政府各部门，县直各单位："
PARAS = [
    (None, "为全面完成县第十八届人民代表大会第五次会议审议通过的《政府工作报告》确定的目标任务，经县人民政府同意，现将《2025年县政府重点工作任务分解表》印发给你们，并就有关事项通知如下。"),
    ("一、压实工作责任。", "各责任县领导要切实履行领导责任，定期调度、协调推进分管领域重点任务。分解表中“牵头单位”栏所列单位对任务落实负总责，栏内列有两个单位的，均为牵头单位，共同负责；“配合单位”栏所列单位要按照职责分工主动配合、积极支持，不得推诿扯皮。表中合并单元格所列县领导或单位，对所跨各项任务均负有相应责任。"),
    ("二、细化落实举措。", "各牵头单位要在本通知印发之日起10个工作日内，将承担的任务逐项细化为具体措施，明确时间节点和具体责任人，报县政府督查室备案。"),
    ("三、强化督查考核。", "县政府督查室对重点工作任务实行“月调度、季通报、年考核”，各牵头单位于每季度末月25日前将任务进展情况书面报县政府督查室（联系人：谭晓雯，联系电话：8236157）。督查结果纳入全县年度绩效考核，对工作推进不力、进度严重滞后的，按有关规定予以通报问责。"),
    ("四、做好工作衔接。", "因机构改革、职能调整等原因导致任务牵头单位、配合单位发生变化的，由承接相关职能的单位继续负责，不再另行调整。"),
]
FUJIAN_SM = "附件：2025年县政府重点工作任务分解表"
SIGNER = "沅亭县人民政府办公室"
DATE = "2025年3月12日"
FUZHU = "（此件公开发布）"


def body_pages():
    p = new_page("P")
    W, H = page_size(p)
    # issuer mark: 方正小标宋, red, 32 pt squeezed to 80 % (matrix m1)
    mark_w = len(ISSUER) * 36 * 0.8
    put(p, (W - mark_w) / 2, 158.0, ISSUER, 36, "xbs", color=1, m=1)
    # 文号 centred
    wr = split_runs(WENHAO, "fs")
    put(p, (W - runs_width(wr, BODY)) / 2, 226.0, WENHAO, BODY, "fs")
    PAGES[p]["bg"].append(("line", P_LEFT, 240.5, P_LEFT + P_WIDTH, 240.5, 1.4, "rgb(90.196078%,0%,7.058824%)"))
    base = 302.0
    for t in TITLE_LINES:
        r = split_runs(t, "xbs")
        put(p, (W - runs_width(r, 22)) / 2, base, t, 22, "xbs")
        base += 33.0
    # body on the 28.95 grid
    grid = [base + 28.95 * i for i in range(0, 40)]
    lines = []          # (kind, runs-text pieces, indent, justify?)

    def para_lines(head, text, indent_chars=2):
        full = (head or "") + text
        ls = wrap(full, P_WIDTH, BODY, "fs", first_indent=indent_chars * BODY)
        out = []
        pos = 0
        for i, ln in enumerate(ls):
            out.append(dict(text=ln, start=pos, indent=(indent_chars * BODY if i == 0 else 0.0),
                            last=(i == len(ls) - 1), head=len(head or "")))
            pos += len(ln)
        return out

    seq = [("blank",)]
    seq.append(("line", dict(text=ZHUSONG, start=0, indent=0.0, last=True, head=0)))
    for head, text in PARAS:
        for d in para_lines(head, text):
            seq.append(("line", d))
    seq.append(("blank",))
    seq.append(("line", dict(text=FUJIAN_SM, start=0, indent=2 * BODY, last=True, head=0)))
    seq.append(("blank",))
    seq.append(("blank",))
    seq.append(("sign",))
    seq.append(("date",))
    seq.append(("line", dict(text=FUZHU, start=0, indent=2 * BODY, last=True, head=0)))

    def emit_line(page, basey, d):
        text, head = d["text"], d["head"]
        # runs: the heading part in 黑体, the rest in 仿宋 (ASCII in Times)
        start = d["start"]
        runs = []
        for i, ch in enumerate(text):
            gi = start + i
            f = "ht" if gi < head else "fs"
            if is_ascii(ch):
                f = "tnr"
            if runs and runs[-1][1] == f:
                runs[-1][0] += ch
            else:
                runs.append([ch, f])
        runs = [(t, f) for t, f in runs]
        nat = runs_width(runs, BODY)
        avail = P_WIDTH - d["indent"]
        ls = 0.0
        if not d["last"] and nat < avail:
            ls = round((avail - nat) / max(1, len(text) - 1), 3)
        spacers = {}
        if len(text) > 8 and random.random() < 0.3:
            spacers[random.randint(2, len(text) - 2)] = random.choice([-1.2, 0.96, 1.44, -0.72])
        PAGES[page]["frags"].append(Frag(page, P_LEFT + d["indent"], basey, runs, BODY, 0, ls, 0, spacers))

    gi = 0
    page = p
    for item in seq:
        if grid[gi] > P_BOTTOM:
            page = new_page("P")
            grid = [P_TOP + 22.0 + 28.95 * i for i in range(0, 40)]
            gi = 0
        y = grid[gi]
        if item[0] == "line":
            emit_line(page, y, item[1])
        elif item[0] == "sign":
            # signature centred over the date; the date 4 characters from the right
            dr = split_runs(DATE, "fs")
            dw = runs_width(dr, BODY)
            date_x = P_LEFT + P_WIDTH - 4 * BODY - dw
            sw = len(SIGNER) * BODY
            put(page, date_x + dw / 2 - sw / 2, y, SIGNER, BODY, "fs")
        elif item[0] == "date":
            dr = split_runs(DATE, "fs")
            dw = runs_width(dr, BODY)
            put(page, P_LEFT + P_WIDTH - 4 * BODY - dw, y, DATE, BODY, "fs")
        gi += 1
    return page


# ------------------------------------------------------------------ the 附件 table (landscape)
T_FONT = 12.0
T_PITCH = 15.6
T_PAD = 3.0
C_PAD = 5.4
COLS = [34.0, 318.0, 58.0, 112.0, 156.0, 66.0]
T_X0 = (841.89 - sum(COLS)) / 2
COL_X = [T_X0]
for w in COLS:
    COL_X.append(COL_X[-1] + w)
L_TOP = 52.0
L_BOTTOM = 595.276 - 54.0
HEADER = ["序号", "重点任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]

# (seq, task, leaders, leader_span, leads, lead_span, coop, deadline)
# leaders / leads: list of paragraphs, or None where the cell is merged from above.
SECTIONS = [
    ("一、稳定经济增长（6项）", [
        ("1", "全力扩大有效投资。全年实施省市县重点项目120个、完成投资185亿元以上，新开工亿元以上产业项目30个，固定资产投资增长8%左右。",
         ["邓学谦"], 3, ["县发展和改革局"], 1, "县财政局、县自然资源局、县住房和城乡建设局、县统计局、各乡（镇）人民政府", "12月底前"),
        ("2", "强化项目要素保障。争取新增建设用地计划指标1500亩以上，消化批而未供土地1200亩、处置闲置土地300亩，确保重点项目用地应保尽保。",
         None, 0, ["县自然资源局"], 1, "县发展和改革局、县林业局、市生态环境局沅亭分局、沅亭高新区管委会", "12月底前"),
        ("3", "积极争取上级资金支持。抢抓超长期特别国债、地方政府专项债券等政策机遇，全年争取中央和省预算内投资及各类专项资金12亿元以上。",
         None, 0, ["县发展和改革局", "县财政局"], 1, "县直各有关单位", "持续推进"),
        ("4", "促进消费扩容提质。落实大规模设备更新和消费品以旧换新政策，举办“沅味消费季”等促消费活动20场次以上，社会消费品零售总额增长6%。",
         ["陶成林"], 2, ["县商务局"], 2, "县财政局、县市场监督管理局、县文化旅游广电体育局、县融媒体中心", "12月底前"),
        ("5", "推动外贸稳规模优结构。支持企业参加广交会等重点展会，新增有进出口实绩企业8家以上，全年外贸进出口总额突破9亿元。",
         None, 0, None, 0, "县税务局、县工业和信息化局、沅亭高新区管委会", "12月底前"),
        ("6", "提升金融服务实体经济质效。深化政银企对接，全年新增各项贷款45亿元以上，涉农贷款和普惠小微贷款增速不低于各项贷款平均增速。",
         ["邓学谦"], 1, ["县委金融办"], 1, "国家金融监督管理总局沅亭监管支局、县内各银行业金融机构", "12月底前"),
    ]),
    ("二、加快产业转型升级（7项）", [
        ("1", "做大做强新材料主导产业。推进年产5万吨锂电正极材料、高纯石英砂深加工等项目建设，新材料产业产值增长15%以上。",
         ["蒋卫东"], 3, ["县工业和信息化局"], 1, "县发展和改革局、县科学技术局、沅亭高新区管委会", "12月底前"),
        ("2", "实施制造业技改提质行动。实施技改项目40个以上，新增规模以上工业企业12家、省级专精特新中小企业5家，规模工业增加值增长7.5%。",
         None, 0, ["县工业和信息化局"], 1, "县财政局、县税务局、县统计局、县市场监督管理局", "12月底前"),
        ("3", "推动园区提质扩容。完成沅亭高新区调区扩区，新建标准厂房10万平方米，园区亩均税收提高10%以上。",
         None, 0, ["沅亭高新区管委会"], 1, "县自然资源局、县住房和城乡建设局、县财政局", "10月底前"),
        ("4", "稳定粮食生产。全面落实粮食安全党政同责，粮食播种面积稳定在52.6万亩以上、总产量达到2.1亿斤以上，新建高标准农田2.8万亩。",
         ["欧阳珊"], 2, ["县农业农村局"], 1, "县财政局、县水利局、县自然资源局、县供销合作社、各乡（镇）人民政府", "12月底前"),
        ("5", "壮大油茶和生态养殖特色产业。新造油茶林1.5万亩、低改2万亩，建成标准化生态养殖场15个，农产品加工业产值增长8%。",
         None, 0, ["县林业局、县农业农村局"], 1, "县财政局、县商务局、县市场监督管理局", "12月底前"),
        ("6", "推进文旅融合发展。加快沅水古镇创建国家4A级旅游景区，办好第三届沅亭龙舟文化节，全年接待游客560万人次、旅游综合收入增长10%。",
         ["符　敏"], 1, ["县文化旅游广电体育局"], 1, "县发展和改革局、县交通运输局、县商务局、沅水镇人民政府", "12月底前"),
        ("7", "加快发展数字经济。新建5G基站150个，推动规模以上工业企业数字化改造覆盖率达到70%，培育县级数字化转型示范企业10家。",
         ["蒋卫东", "邓学谦"], 1, ["县工业和信息化局"], 1, "县数据局、县发展和改革局、中国电信沅亭分公司、中国移动沅亭分公司", "12月底前"),
    ]),
    ("三、深化改革开放（6项）", [
        ("1", "持续优化营商环境。深入开展营商环境“优化年”活动，全面推行涉企行政检查“扫码入企”，企业开办时间压缩至1个工作日以内。",
         ["周景川", "邓学谦"], 1, ["县发展和改革局", "县行政审批服务局"], 1, "县司法局、县市场监督管理局、县直各有关单位", "持续推进"),
        ("2", "推进“高效办成一件事”改革。新增上线“一件事”集成服务事项13项，政务服务事项“一网通办”率达到98%以上。",
         ["骆昀"], 1, ["县行政审批服务局"], 1, "/", "11月底前"),
        ("3", "深化国资国企改革。完成县属国有企业整合重组，推动县城市建设投资集团实体化转型，年内化解融资平台经营性债务5亿元。",
         ["邓学谦"], 1, ["县财政局"], 1, "县国有资产事务中心、县城市建设投资集团有限公司", "12月底前"),
        ("4", "强化产业链精准招商。围绕新材料、绿色食品两大产业链开展“以商招商”，全年引进“三类500强”企业2家以上、招商实际到位资金80亿元。",
         ["陶成林"], 2, ["县投资促进事务中心"], 1, "沅亭高新区管委会、县商务局、各乡（镇）人民政府", "12月底前"),
        ("5", "促进民营经济发展壮大。落实民营经济促进法，常态化开展“政企早餐会”，健全防范和化解拖欠企业账款长效机制，新增经营主体4500户以上。",
         None, 0, ["县市场监督管理局"], 1, "县工商联、县工业和信息化局、县财政局、县司法局", "12月底前"),
        ("6", "深化农村集体产权制度改革。稳妥推进第二轮土地承包到期后再延长三十年试点，规范农村集体“三资”管理，村级集体经济收入全部达到10万元以上。",
         ["欧阳珊"], 1, ["县农业农村局"], 1, "县财政局、县农村经营服务站、各乡（镇）人民政府", "持续推进"),
    ]),
    ("四、保障和改善民生（6项）", [
        ("1", "稳定和扩大就业。城镇新增就业3200人，农村劳动力转移就业5000人，城镇调查失业率控制在5.5%以内。",
         ["骆昀"], 2, ["县人力资源和社会保障局"], 1, "县教育局、县农业农村局、县总工会、团县委、县妇联", "12月底前"),
        ("2", "推动教育优质均衡发展。新建改扩建中小学校4所、新增学位2400个，完成县第一中学新校区一期工程，学前教育普惠率达到92%。",
         None, 0, ["县教育局"], 1, "县发展和改革局、县财政局、县住房和城乡建设局、县自然资源局", "8月底前"),
        ("3", "提升医疗卫生服务能力。推进紧密型县域医共体建设，支持县人民医院创建三级医院、县中医医院创建三级中医医院，建成县域医学影像、检验、心电诊断三大共享中心，新建和改扩建村卫生室20所，实现乡镇卫生院远程医疗全覆盖，县域内就诊率稳定在90%以上，基层医疗卫生机构诊疗量占比达到65%。",
         ["符　敏"], 1, ["县卫生健康局"], 1, "县医疗保障局、县人民医院、县中医医院", "12月底前"),
        ("4", "健全养老服务体系。新建乡镇区域养老服务中心3个、城市社区嵌入式养老服务站5个，发展老年助餐点30个。",
         ["符　敏"], 1, ["县民政局"], 1, "县财政局、县卫生健康局、县住房和城乡建设局、各乡（镇）人民政府", "12月底前"),
        ("5", "守牢安全生产底线。深入推进安全生产治本攻坚三年行动，生产安全事故起数和死亡人数“双下降”，坚决遏制较大以上事故发生。",
         ["邓学谦"], 1, ["县应急管理局"], 1, "县安委会各成员单位", "持续推进"),
        ("6", "打好污染防治攻坚战。县城空气质量优良天数比率达到92%以上，沅水干流出境断面水质稳定保持Ⅱ类。",
         ["欧阳珊"], 1, ["市生态环境局沅亭分局"], 1, "县水利局、县农业农村局、县住房和城乡建设局、县城市管理和综合执法局、各乡（镇）人民政府", "12月底前"),
    ]),
]
NOTE = "注：“完成时限”栏为“持续推进”的任务，须于每季度末报送阶段性进展情况。"


def cell_lines(paras, col, align):
    """Wrap the paragraphs of a cell; returns list of (text, align)."""
    w = COLS[col] - 2 * C_PAD
    out = []
    for p in paras:
        for ln in wrap(p, w, T_FONT, "fs"):
            out.append(ln)
    return out


def line_x(text, col, align, font="fs"):
    r = split_runs(text, font)
    w = runs_width(r, T_FONT)
    if align == "c":
        return COL_X[col] + (COLS[col] - w) / 2
    return COL_X[col] + C_PAD


def justify_ls(text, col, last):
    if last:
        return 0.0
    w = runs_width(split_runs(text, "fs"), T_FONT)
    avail = COLS[col] - 2 * C_PAD
    if w >= avail or len(text) < 2:
        return 0.0
    return round((avail - w) / (len(text) - 1), 3)


def put_cell(page, col, top, height, lines, align, font="fs", first=0, count=None, valign="c"):
    """Draw lines[first:first+count] of a cell in the box (top, height)."""
    if count is None:
        count = len(lines) - first
    seg = lines[first:first + count]
    block = len(seg) * T_PITCH
    if valign == "c":
        y0 = top + (height - block) / 2
    else:
        y0 = top + T_PAD
    for i, ln in enumerate(seg):
        base = round(y0 + i * T_PITCH + 11.6, 3)
        last = (first + i == len(lines) - 1)
        if align == "j":
            ls = justify_ls(ln, col, last)
            x = COL_X[col] + C_PAD
        else:
            ls = 0.0
            x = line_x(ln, col, "c", font)
        runs = split_runs(ln, font)
        spacers = {}
        if ln == "骆昀":            # a two-character name spaced out to three
            spacers[1] = T_FONT * 4
            x = COL_X[col] + (COLS[col] - 3 * T_FONT) / 2
        elif align == "j" and len(ln) > 6 and random.random() < 0.3:
            spacers[random.randint(2, len(ln) - 2)] = random.choice([-0.96, 0.72, 1.2, -0.6])
        PAGES[page]["frags"].append(Frag(page, x, base, runs, T_FONT, 0, ls, 0, spacers))


def hline(page, x1, x2, y, w=0.5):
    PAGES[page]["bg"].append(("line", x1, y, x2, y, w, "rgb(0%,0%,0%)"))


def vline(page, x, y1, y2, w=0.5):
    PAGES[page]["bg"].append(("line", x, y1, x, y2, w, "rgb(0%,0%,0%)"))


def header_row(page, top):
    lines = [cell_lines([h], i, "c") for i, h in enumerate(HEADER)]
    h = max(len(l) for l in lines) * T_PITCH + 2 * T_PAD
    for i, l in enumerate(lines):
        put_cell(page, i, top, h, l, "c", font="ht")
    hline(page, COL_X[0], COL_X[-1], top, 0.75)
    for x in COL_X:
        vline(page, x, top, top + h, 0.75 if x in (COL_X[0], COL_X[-1]) else 0.5)
    return top + h


def table_pages():
    page = new_page("L")
    W, H = page_size(page)
    put(page, T_X0, L_TOP + 14.0, "附件", 16.0, "ht")
    title = "2025年县政府重点工作任务分解表"
    tw = runs_width(split_runs(title, "xbs"), 20.0)
    put(page, (W - tw) / 2, L_TOP + 48.0, title, 20.0, "xbs")
    y = header_row(page, L_TOP + 64.0)
    table_top = {page: L_TOP + 64.0}
    spans_open = {}      # col -> rows remaining
    report = []

    def close_page(pg, ybottom):
        hline(pg, COL_X[0], COL_X[-1], ybottom, 0.75)

    def new_table_page(prev, ybottom):
        close_page(prev, ybottom)
        pg = new_page("L")
        return pg, header_row(pg, L_TOP)

    for stitle, rows in SECTIONS:
        sh = T_PITCH + 2 * T_PAD
        if y + sh + 3 * T_PITCH > L_BOTTOM:
            page, y = new_table_page(page, y)
        # section row: one cell over the whole width
        hline(page, COL_X[0], COL_X[-1], y)
        vline(page, COL_X[0], y, y + sh, 0.75)
        vline(page, COL_X[-1], y, y + sh, 0.75)
        put(page, COL_X[0] + C_PAD, round(y + T_PAD + 11.6, 3), stitle, T_FONT, "ht")
        y += sh
        # lay out the rows of the section, groups of merged rows together
        i = 0
        while i < len(rows):
            r = rows[i]
            span = max(r[3], r[5], 1)
            # merged lead inside a merged leader group etc. (spans here always nest)
            group = rows[i:i + span]
            cells = []
            for g in group:
                seq, task, leaders, lsp, leads, lesp, coop, dl = g
                c = dict(seq=cell_lines([seq], 0, "c"), task=cell_lines([task], 1, "j"),
                         leaders=cell_lines(leaders, 2, "c") if leaders else None,
                         leads=cell_lines(leads, 3, "c") if leads else None,
                         coop=cell_lines([coop], 4, "j"), dl=cell_lines([dl], 5, "c"), raw=g)
                own = [len(c["seq"]), len(c["task"]), len(c["coop"]), len(c["dl"])]
                if leaders and lsp == 1:
                    own.append(len(c["leaders"]))
                if leads and lesp == 1:
                    own.append(len(c["leads"]))
                c["h"] = max(own) * T_PITCH + 2 * T_PAD
                cells.append(c)
            total = sum(c["h"] for c in cells)
            if y + total > L_BOTTOM:
                if span > 1:
                    raise SystemExit("merged group %s.%s crosses a page (y=%.1f, h=%.1f)" % (stitle[0], r[0], y, total))
                # split the row by the page (Word: rows may break across pages)
                c = cells[0]
                room = L_BOTTOM - y - 2 * T_PAD
                k = int(room // T_PITCH)
                if k < 2:
                    page, y = new_table_page(page, y)
                else:
                    h1 = L_BOTTOM - y
                    top = y
                    hline(page, COL_X[0], COL_X[-1], top)
                    for x in COL_X:
                        vline(page, x, top, top + h1, 0.75 if x in (COL_X[0], COL_X[-1]) else 0.5)
                    # first part: short cells centred in the part on this page,
                    # long cells from the top, as many lines as fit
                    put_cell(page, 0, top, h1, c["seq"], "c")
                    put_cell(page, 1, top, h1, c["task"], "j", first=0, count=k, valign="t")
                    put_cell(page, 2, top, h1, c["leaders"], "c")
                    put_cell(page, 3, top, h1, c["leads"], "c")
                    kc = min(k, len(c["coop"]))
                    put_cell(page, 4, top, h1, c["coop"], "j", first=0, count=kc,
                             valign="t" if len(c["coop"]) > k else "c")
                    put_cell(page, 5, top, h1, c["dl"], "c")
                    page, y = new_table_page(page, L_BOTTOM)
                    rest_t = len(c["task"]) - k
                    rest_c = len(c["coop"]) - kc
                    h2 = max(rest_t, rest_c, 1) * T_PITCH + 2 * T_PAD
                    top = y
                    hline(page, COL_X[0], COL_X[-1], top)
                    for x in COL_X:
                        vline(page, x, top, top + h2, 0.75 if x in (COL_X[0], COL_X[-1]) else 0.5)
                    if rest_t > 0:
                        put_cell(page, 1, top, h2, c["task"], "j", first=k, count=rest_t, valign="t")
                    if rest_c > 0:
                        put_cell(page, 4, top, h2, c["coop"], "j", first=kc, count=rest_c, valign="t")
                    report.append("split row %s.%s: %d+%d lines, pages %d/%d" % (stitle[0], r[0], k, rest_t, page, page + 1))
                    y = top + h2
                    i += 1
                    continue
            # place the group
            gtop = y
            tops = []
            for c in cells:
                tops.append(y)
                y += c["h"]
            for j, c in enumerate(cells):
                top, h = tops[j], c["h"]
                seq, task, leaders, lsp, leads, lesp, coop, dl = c["raw"]
                # rules: top border except under merged cells continuing from the row above
                cont = set()
                if j > 0 and cells[0]["raw"][3] > j:
                    cont.add(2)
                lead_owner = None
                for jj in range(j, -1, -1):
                    if cells[jj]["raw"][4] is not None:
                        lead_owner = jj
                        break
                if lead_owner is not None and lead_owner < j and cells[lead_owner]["raw"][5] > j - lead_owner:
                    cont.add(3)
                for col in range(6):
                    if col not in cont:
                        hline(page, COL_X[col], COL_X[col + 1], top)
                for x in COL_X:
                    vline(page, x, top, top + h, 0.75 if x in (COL_X[0], COL_X[-1]) else 0.5)
                put_cell(page, 0, top, h, c["seq"], "c")
                put_cell(page, 1, top, h, c["task"], "j")
                if leaders is not None:
                    gh = sum(cc["h"] for cc in cells[j:j + lsp])
                    put_cell(page, 2, top, gh, c["leaders"], "c")
                if leads is not None:
                    gh = sum(cc["h"] for cc in cells[j:j + lesp])
                    put_cell(page, 3, top, gh, c["leads"], "c")
                put_cell(page, 4, top, h, c["coop"], "j")
                put_cell(page, 5, top, h, c["dl"], "c")
            i += span
    close_page(page, y)
    # the note under the table
    put(page, T_X0, round(y + 20.0, 3), NOTE, T_FONT, "fs")
    for r in report:
        print(r)
    return page


def banji_page():
    p = new_page("P")
    # 版记 at the foot of the last (even) page: lines of 0.35 mm / 0.25 mm
    y_top = 680.0
    x1, x2 = P_LEFT, P_LEFT + P_WIDTH
    PAGES[p]["bg"].append(("line", x1, y_top, x2, y_top, 1.0, "rgb(0%,0%,0%)"))
    put(p, x1 + 14.0, y_top + 21.0, "抄送：县委办公室，县人大常委会办公室，县政协办公室。", 14.0, "fs")
    PAGES[p]["bg"].append(("line", x1, y_top + 29.5, x2, y_top + 29.5, 0.7, "rgb(0%,0%,0%)"))
    put(p, x1 + 14.0, y_top + 50.5, "沅亭县人民政府办公室", 14.0, "fs")
    d = "2025年3月12日印发"
    dw = runs_width(split_runs(d, "fs"), 14.0)
    put(p, x2 - 14.0 - dw, y_top + 50.5, d, 14.0, "fs")
    PAGES[p]["bg"].append(("line", x1, y_top + 59.0, x2, y_top + 59.0, 1.0, "rgb(0%,0%,0%)"))
    return p


def page_numbers():
    for i, pg in enumerate(PAGES):
        if pg.get("blank"):
            continue
        n = i + 1
        W, H = page_size(i)
        text = "— %d —" % n
        r = split_runs(text, "ss", latin=None)
        w = runs_width(r, 14.0)
        if pg["orient"] == "P":
            base = 776.0
            x = (W - 79.37 - 14.0 - w) if n % 2 else (79.37 + 14.0)
        else:
            base = H - 26.0
            x = (W - T_X0 - w) if n % 2 else T_X0
        put(i, x, base, text, 14.0, "ss", latin=None)


# ------------------------------------------------------------------ build
body_pages()
last_table = table_pages()
if (len(PAGES) + 1) % 2 == 1:     # 版记 must fall on an even page
    new_page("P")
    PAGES[-1]["blank"] = True
banji_page()
page_numbers()


# ------------------------------------------------------------------ pdf2htmlEX emission
class Reg:
    """pdf2htmlEX-style class registry: ids by first use, CSS sorted by value."""

    def __init__(self, prefix, prop, fmt="%.6fpx", scale_print=4.0 / 3.0, zero_first=True):
        self.prefix, self.prop, self.fmt = prefix, prop, fmt
        self.ids = {}
        self.scale_print = scale_print
        if zero_first:
            self.get(0.0)

    def get(self, v):
        v = round(v, 6)
        if v == 0:
            v = 0.0
        if v not in self.ids:
            self.ids[v] = len(self.ids)
        return self.ids[v]

    def css(self, media_print=False):
        out = []
        for v in sorted(self.ids):
            vv = v * self.scale_print if media_print else v
            unit = "pt" if media_print else "px"
            out.append(".%s%d{%s:%.6f%s;}" % (self.prefix, self.ids[v], self.prop, vv, unit))
        return "\n".join(out)


RX = Reg("x", "left")
RY = Reg("y", "bottom")
RH = Reg("h", "height")
RW = Reg("w", "width", zero_first=False)
RFS = Reg("fs", "font-size", zero_first=False)
RLS = Reg("ls", "letter-spacing")
RWS = Reg("ws", "word-spacing")
SPACE_IDS = {}


def spacer_id(w):
    w = round(w, 6)
    if w not in SPACE_IDS:
        SPACE_IDS[w] = len(SPACE_IDS)
    return SPACE_IDS[w]


FF_USED = []
for pg in PAGES:
    for f in pg["frags"]:
        for t, fo in f.runs:
            if fo not in FF_USED:
                FF_USED.append(fo)


def esc(s):
    return html.escape(s, quote=False)


def frag_html(f, div_ff, div_ls):
    parts = []
    pos = 0
    for t, fo in f.runs:
        chunk = []
        for ch in t:
            if pos in f.spacers:
                sw = f.spacers[pos]
                chunk.append('<span class="_ _%d">%s</span>' % (spacer_id(sw), " " if abs(sw) >= 8 else ""))
            chunk.append(esc(ch))
            pos += 1
        s = "".join(chunk)
        if fo != div_ff:
            s = '<span class="ff%d">%s</span>' % (FONTS[fo]["ff"], s)
        parts.append(s)
    s = "".join(parts)
    if round(f.ls, 3) != round(div_ls, 3):
        s = '<span class="ls%d">%s</span>' % (RLS.get(f.ls * 4), s)
    return s


def page_html(i):
    pg = PAGES[i]
    W, H = page_size(i)
    wid, hid = RW.get(W), RH.get(H)
    frags = pg["frags"]
    # merge consecutive fragments on one baseline into one line
    lines = []
    for f in frags:
        if (lines and lines[-1][-1].base == f.base and lines[-1][-1].size == f.size
                and lines[-1][-1].color == f.color and lines[-1][-1].m == f.m
                and f.x > lines[-1][-1].x + lines[-1][-1].width() - 0.5):
            lines[-1].append(f)
        else:
            lines.append([f])
    divs = []
    for ln in lines:
        f0 = ln[0]
        div_ff = f0.runs[0][1]
        fdesc = FONTS[div_ff]
        hh = (fdesc["asc"] + fdesc["desc"]) * f0.size
        bottom = H - f0.base - fdesc["desc"] * f0.size
        cls = "t m%d x%d h%d y%d ff%d fs%d fc%d sc0 ls%d ws0" % (
            f0.m, RX.get(f0.x), RH.get(hh), RY.get(bottom), fdesc["ff"], RFS.get(f0.size * 4),
            f0.color, RLS.get(f0.ls * 4))
        inner = [frag_html(f0, div_ff, f0.ls)]
        prev = f0
        for f in ln[1:]:
            gap = (f.x - (prev.x + prev.width())) * 4
            inner.append('<span class="_ _%d"> </span>' % spacer_id(gap))
            inner.append(frag_html(f, div_ff, f0.ls))
            prev = f
        divs.append('<div class="%s">%s</div>' % (cls, "".join(inner)))
    # background
    paths = []
    for kind, x1, y1, x2, y2, w, col in pg["bg"]:
        paths.append('<path style="fill:none;stroke-width:%.3f;stroke-linecap:butt;stroke-linejoin:miter;'
                     'stroke:%s;stroke-opacity:1;stroke-miterlimit:10;" d="M %.3f %.3f L %.3f %.3f " '
                     'transform="matrix(1,0,0,-1,0,%.3f)"/>' % (w, col, x1, H - y1, x2, H - y2, H))
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" '
           'xmlns:xlink="http://www.w3.org/1999/xlink" width="%.0fpt" height="%.0fpt" viewBox="0 0 %.0f %.0f" version="1.1">\n'
           '<g id="surface%d">\n%s\n</g>\n</svg>\n' % (W, H, W, H, i * 7 + 1, "\n".join(paths)))
    b64 = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    img = '<img class="bi x0 y%d w%d h%d" alt="" src="data:image/svg+xml;base64,%s"/>' % (RY.get(0), wid, hid, b64)
    no = format(i + 1, "x")
    return ('<div id="pf%s" class="pf w%d h%d" data-page-no="%s"><div class="pc pc%s w%d h%d opened">%s%s</div>'
            '<div class="pi" data-data=\'{"ctm":[1.000000,0.000000,0.000000,1.000000,0.000000,0.000000]}\'></div></div>'
            % (no, wid, hid, no, no, wid, hid, img, "".join(divs)))


PAGES_HTML = [page_html(i) for i in range(len(PAGES))]


def fake_woff(seed, n):
    rnd = random.Random(seed)
    head = b"wOFF\x00\x01\x00\x00" + bytes(rnd.getrandbits(8) for _ in range(n))
    return base64.b64encode(head).decode("ascii")


def dyn_css(media_print=False):
    out = []
    if not media_print:
        out.append(".ff0{font-family:sans-serif;visibility:hidden;}")
        for fo in FF_USED:
            d = FONTS[fo]
            out.append('@font-face{font-family:ff%d;src:url(\'data:application/font-woff;base64,%s\')format("woff");}'
                       '.ff%d{font-family:ff%d;line-height:%.6f;font-style:normal;font-weight:normal;visibility:visible;}'
                       % (d["ff"], fake_woff(d["ff"], 900 + 150 * d["ff"]), d["ff"], d["ff"], d["lh"]))
        out.append(".m0{transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);-ms-transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);-webkit-transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);}")
        out.append(".m1{transform:matrix(0.200000,0.000000,0.000000,0.250000,0,0);-ms-transform:matrix(0.200000,0.000000,0.000000,0.250000,0,0);-webkit-transform:matrix(0.200000,0.000000,0.000000,0.250000,0,0);}")
        out.append(".v0{vertical-align:0.000000px;}")
    else:
        out.append(".v0{vertical-align:0.000000pt;}")
    out.append(RLS.css(media_print))
    out.append(".sc_{text-shadow:none;}\n.sc0{text-shadow:-0.015em 0 transparent,0 0.015em transparent,0.015em 0 transparent,0 -0.015em  transparent;}"
               if not media_print else "")
    out.append(RWS.css(media_print))
    sp = []
    for w in sorted(SPACE_IDS):
        vv = w * (4.0 / 3.0 if media_print else 1.0)
        unit = "pt" if media_print else "px"
        if w < 0:
            sp.append("._%d{margin-left:%.6f%s;}" % (SPACE_IDS[w], vv, unit))
        else:
            sp.append("._%d{width:%.6f%s;}" % (SPACE_IDS[w], vv, unit))
    out.append("\n".join(sp))
    if not media_print:
        out.append(".fc1{color:rgb(230,0,18);}\n.fc0{color:rgb(0,0,0);}")
    out.append(RFS.css(media_print))
    out.append(RY.css(media_print))
    out.append(RH.css(media_print))
    out.append(RW.css(media_print))
    out.append(RX.css(media_print))
    return "\n".join(x for x in out if x)


BASE_CSS = ("/*! \n * Base CSS for pdf2htmlEX\n * Copyright 2012,2013 Lu Wang <coolwanglu@gmail.com> \n"
            " * https://github.com/pdf2htmlEX/pdf2htmlEX/blob/master/share/LICENSE\n */"
            "#sidebar{position:absolute;top:0;left:0;bottom:0;width:250px;padding:0;margin:0;overflow:auto}"
            "#page-container{position:absolute;top:0;left:0;margin:0;padding:0;border:0}"
            "@media screen{#sidebar.opened+#page-container{left:250px}#page-container{bottom:0;right:0;overflow:auto}"
            ".loading-indicator{display:none}.loading-indicator.active{display:block;position:absolute;width:64px;height:64px;"
            "top:50%;left:50%;margin-top:-32px;margin-left:-32px}.loading-indicator img{position:absolute;top:0;left:0;bottom:0;right:0}}"
            "@media print{@page{margin:0}html{margin:0}body{margin:0;-webkit-print-color-adjust:exact}#sidebar{display:none}"
            "#page-container{width:auto;height:auto;overflow:visible;background-color:transparent}.d{display:none}}"
            ".pf{position:relative;background-color:white;overflow:hidden;margin:0;border:0}"
            ".pc{position:absolute;border:0;padding:0;margin:0;top:0;left:0;width:100%;height:100%;overflow:hidden;display:block;"
            "transform-origin:0 0;-ms-transform-origin:0 0;-webkit-transform-origin:0 0}.pc.opened{display:block}"
            ".bf{position:absolute;border:0;margin:0;top:0;bottom:0;width:100%;height:100%;-ms-user-select:none;-moz-user-select:none;"
            "-webkit-user-select:none;user-select:none}.bi{position:absolute;border:0;margin:0;-ms-user-select:none;-moz-user-select:none;"
            "-webkit-user-select:none;user-select:none}@media print{.pf{margin:0;box-shadow:none;page-break-after:always;"
            "page-break-inside:avoid}@-moz-document url-prefix(){.pf{overflow:visible;border:1px solid #fff}.pc{overflow:visible}}}"
            ".c{position:absolute;border:0;padding:0;margin:0;overflow:hidden;display:block}"
            ".t{position:absolute;white-space:pre;font-size:1px;transform-origin:0 100%;-ms-transform-origin:0 100%;"
            "-webkit-transform-origin:0 100%;unicode-bidi:bidi-override;-moz-font-feature-settings:\"liga\" 0}"
            ".t:after{content:''}.t:before{content:'';display:inline-block}.t span{position:relative;unicode-bidi:bidi-override}"
            "._{display:inline-block;color:transparent;z-index:-1}::selection{background:rgba(127,255,255,0.4)}"
            "::-moz-selection{background:rgba(127,255,255,0.4)}.pi{display:none}.d{position:absolute;transform-origin:0 100%;"
            "-ms-transform-origin:0 100%;-webkit-transform-origin:0 100%}.it{border:0;background-color:rgba(255,255,255,0.0)}"
            ".ir:hover{cursor:pointer}")
FANCY_CSS = ("/*! \n * Fancy styles for pdf2htmlEX\n * Copyright 2012,2013 Lu Wang <coolwanglu@gmail.com> \n"
             " * https://github.com/pdf2htmlEX/pdf2htmlEX/blob/master/share/LICENSE\n */"
             "@keyframes fadein{from{opacity:0}to{opacity:1}}@-webkit-keyframes fadein{from{opacity:0}to{opacity:1}}"
             "@keyframes swing{0{transform:rotate(0)}10%{transform:rotate(0)}90%{transform:rotate(720deg)}100%{transform:rotate(720deg)}}"
             "@-webkit-keyframes swing{0{-webkit-transform:rotate(0)}10%{-webkit-transform:rotate(0)}90%{-webkit-transform:rotate(720deg)}"
             "100%{-webkit-transform:rotate(720deg)}}@media screen{#sidebar{background-color:#2f3236}"
             "#outline{font-family:Georgia,Times,\"Times New Roman\",serif;font-size:13px;margin:2em 1em}#outline ul{padding:0}"
             "#outline li{list-style-type:none;margin:1em 0}#outline li>ul{margin-left:1em}#outline a,#outline a:visited,"
             "#outline a:hover,#outline a:active{line-height:1.2;color:#e8e8e8;text-overflow:ellipsis;white-space:nowrap;"
             "text-decoration:none;display:block;overflow:hidden;outline:0}#outline a:hover{color:#0cf}"
             "#page-container{background-color:#9e9e9e;-webkit-transition:left 500ms;transition:left 500ms}"
             ".pf{margin:13px auto;box-shadow:1px 1px 3px 1px #333;border-collapse:separate}"
             ".pc.opened{-webkit-animation:fadein 100ms;animation:fadein 100ms}.loading-indicator.active{-webkit-animation:swing 1.5s "
             "ease-in-out .01s infinite alternate none;animation:swing 1.5s ease-in-out .01s infinite alternate none}"
             ".checked{background:no-repeat url(data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABYAAAAWCAYAAADEtGw7AAAABmJLR0QA/wD/AP+gvaeTAAAACXBIWXMAAAsTAAALEwEAmpwYAAAAB3RJTUUH3goQDSYgDiGofgAAAslJREFUOMvtlM9LFGEYx7/vvOPM6ywuuyPFihWFBUsdNnA6KLIh+QPx4KWExULdHQ8HQ9VDsCGD/QAAABJRU5ErkJggg==)}}")

TITLE_FULL = "沅亭县人民政府办公室关于印发2025年县政府重点工作任务分解表的通知"
URL = "http://www.yuanting.gov.cn/zwgk/zfwj/xzfbwj/202503/t20250314_4127735.html"
FILES = "./%s_沅亭县人民政府_files" % TITLE_FULL

site_head = """<!DOCTYPE html>
<!-- saved from url=(%04d)%s -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="沅亭县人民政府">
<meta name="SiteDomain" content="www.yuanting.gov.cn">
<meta name="SiteIDCode" content="4312290006">
<meta name="ColumnName" content="县政府办文件">
<meta name="ColumnType" content="政府文件">
<meta name="ArticleTitle" content="%s">
<meta name="PubDate" content="2025-03-14 16:21">
<meta name="ContentSource" content="县政府办公室">
<meta name="Keywords" content="重点工作,任务分解">
<title>%s_沅亭县人民政府</title>
<link rel="stylesheet" type="text/css" href="%s/common.css">
<link rel="stylesheet" type="text/css" href="%s/article.css">
<script type="text/javascript" src="%s/jquery.min.js"></script>
<script type="text/javascript" src="%s/pdf2htmlEX.min.js"></script>
<style type="text/css">
.pdf-preview{position:relative;margin:20px 0 10px;background:#9e9e9e;padding:6px 0;}
.pdf-preview #page-container{position:relative;top:auto;left:auto;bottom:auto;right:auto;overflow:visible;}
.pdf-preview #sidebar{display:none;}
.pdf-preview .pf{margin:12px auto;}
</style>
</head>
<body>
<div class="top-bar"><div class="w1200"><span class="fl">欢迎访问沅亭县人民政府门户网站！</span><span class="fr"><a href="javascript:void(0)" id="jianfan">繁體</a> | <a href="javascript:void(0)" class="wza" onclick="aria.start()">无障碍</a> | <a href="http://www.yuanting.gov.cn/mobile/">移动版</a></span></div></div>
<div class="header"><div class="w1200"><a class="logo" href="http://www.yuanting.gov.cn/"><img src="%s/logo.png" alt="沅亭县人民政府"></a>
<div class="search"><form action="http://www.yuanting.gov.cn/search/" method="get" target="_blank"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div></div>
<div class="nav"><div class="w1200"><ul>
<li><a href="http://www.yuanting.gov.cn/">首页</a></li><li><a href="http://www.yuanting.gov.cn/zjyt/">走进沅亭</a></li><li class="on"><a href="http://www.yuanting.gov.cn/zwgk/">政务公开</a></li><li><a href="http://www.yuanting.gov.cn/zwfw/">政务服务</a></li><li><a href="http://www.yuanting.gov.cn/hdjl/">互动交流</a></li><li><a href="http://www.yuanting.gov.cn/ztzl/">专题专栏</a></li>
</ul></div></div>
<div class="w1200 main">
<div class="crumb">当前位置：<a href="http://www.yuanting.gov.cn/">首页</a> &gt; <a href="http://www.yuanting.gov.cn/zwgk/">政务公开</a> &gt; <a href="http://www.yuanting.gov.cn/zwgk/zfwj/">政府文件</a> &gt; <a href="http://www.yuanting.gov.cn/zwgk/zfwj/xzfbwj/">县政府办文件</a></div>
<div class="xxgk-table"><table cellspacing="0" cellpadding="0">
<tbody><tr><th>索&nbsp;引&nbsp;号：</th><td>114312290066173085/2025-00031</td><th>主题分类：</th><td>综合政务\\其他</td></tr>
<tr><th>发布机构：</th><td>沅亭县人民政府办公室</td><th>成文日期：</th><td>2025-03-12</td></tr>
<tr><th>名&nbsp;&nbsp;&nbsp;&nbsp;称：</th><td colspan="3">%s</td></tr>
<tr><th>文&nbsp;&nbsp;&nbsp;&nbsp;号：</th><td>沅政办发〔2025〕7号</td><th>发布日期：</th><td>2025-03-14</td></tr>
<tr><th>有&nbsp;效&nbsp;性：</th><td>有效</td><th>关&nbsp;键&nbsp;词：</th><td>重点工作;任务分解</td></tr>
</tbody></table></div>
<div class="article">
<h1 class="article-title">%s</h1>
<div class="article-info"><span>来源：县政府办公室</span><span>发布时间：2025-03-14 16:21</span><span>浏览次数：<em id="hits">1386</em></span><span class="font-size">字号：<a href="javascript:void(0)" onclick="doZoom(18)">大</a> <a href="javascript:void(0)" onclick="doZoom(16)">中</a> <a href="javascript:void(0)" onclick="doZoom(14)">小</a></span></div>
<div class="article-content" id="zoom">
<p class="pdf-tip">（本文件为PDF原件在线预览，如显示不完整，请下载附件查看。）</p>
<div class="pdf-preview" id="pdfPreview">
""" % (len(URL), URL, TITLE_FULL, TITLE_FULL, FILES, FILES, FILES, FILES, FILES, TITLE_FULL, TITLE_FULL)

pdf_part = ('<style type="text/css">\n%s\n</style>\n<style type="text/css">\n%s\n</style>\n'
            '<style type="text/css">\n%s\n@media print{\n%s\n}\n</style>\n'
            '<div id="sidebar"><div id="outline"></div></div>\n<div id="page-container">\n%s\n</div>\n'
            '<div class="loading-indicator"><img alt="" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAMAAACdt4HsAAAABGdBTUEAALGPC/xhBQAAAAFzUkdCAK7OHOkAAAAgY0hSTQAAeiYAAICEAAD6AAAAgOgAAHUwAADqYAAAOpgAABdwnLpRPAAAAwBQTFRFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlMJ7ZAAAAQB0Uk5TAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AgYKDhIWGh4iJiouMjY6PkJGSk5SVlpeYmZqbnJ2en6ChoqOkpaanqKmqq6ytrq+wsbKztLW2t7i5uru8vb6/wMHCw8TFxsfIycrLzM3Oz9DR0tPU1dbX2Nna29zd3t/g4eLj5OXm5+jp6uvs7e7v8PHy8/T19vf4+fr7/P3+6wjZNQAAAA1JREFUWMPt0EENAAAIA6AHGv5NcYWD9V4Ag0EAAAAASUVORK5CYII="/></div>\n'
            % (BASE_CSS, FANCY_CSS, dyn_css(False), dyn_css(True), "\n".join(PAGES_HTML)))

site_tail = """</div>
<div class="article-attach"><p>附件下载：</p><ul><li><a href="http://www.yuanting.gov.cn/zwgk/zfwj/xzfbwj/202503/P020250314556302719846.pdf" target="_blank">沅政办发〔2025〕7号.pdf</a></li></ul></div>
</div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="http://www.yuanting.gov.cn/zwgk/zfgzbg/202502/t20250221_4119826.html">2025年沅亭县人民政府工作报告</a><span>2025-02-21</span></li>
<li><a href="http://www.yuanting.gov.cn/zwgk/zfwj/xzfbwj/202404/t20240409_3904417.html">沅亭县人民政府办公室关于印发2024年县政府重点工作任务分解表的通知</a><span>2024-04-09</span></li>
</ul></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p>主办：沅亭县人民政府办公室　承办：沅亭县融媒体中心　</p>
<p>网站标识码：4312290006　<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备05012739号</a>　<img src="%s/ghs.png" alt="">湘公网安备 43122902000118号</p>
<p>建议使用1366×768分辨率，IE10以上版本浏览器</p>
<div class="footer-icons"><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=2F31C45B3D7A1E95E053022819AC7E61" target="_blank"><img id="imgConac" src="%s/red.png" alt=""></a></span>
<script id="_jiucuo_" sitecode="4312290006" src="%s/jiucuo.js"></script><span class="jiucuo"><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4312290006&amp;url=http%%3A%%2F%%2Fwww.yuanting.gov.cn%%2Fzwgk%%2Fzfwj%%2Fxzfbwj%%2F202503%%2Ft20250314_4127735.html" target="_blank"><img src="%s/jiucuo.png" alt="政府网站找错"></a></span></div>
</div></div>
<script type="text/javascript">
try{pdf2htmlEX.defaultViewer = new pdf2htmlEX.Viewer({container_id:'page-container',sidebar_id:'sidebar',outline_id:'outline',loading_indicator_cls:'loading-indicator',preload_pages:3,render_timeout:100,scale_step:0.9,key_handler:false,hashchange_handler:false,view_history_handler:false,__dummy__:'no comma'});}catch(e){}
</script>
<script type="text/javascript" src="%s/stat.js"></script>
</body></html>
""" % (FILES, FILES, FILES, FILES, FILES)

with open(OUT, "w", encoding="utf-8") as fh:
    fh.write(site_head + pdf_part + site_tail)
print("pages:", len(PAGES), [p["orient"] for p in PAGES])
