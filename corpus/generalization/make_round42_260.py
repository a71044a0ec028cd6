#!/usr/bin/env python3
"""Generate 260_linfeng_fengong_pdf2htmlex.html and its gold.

Imitates what pdf2htmlEX writes for a 公文 PDF printed from Word: one <div class="pf"> per page, inside
<div class="pc"> one absolutely positioned <div class="t ..."> per printed line (top to bottom), class names
numbered in hexadecimal, ASCII runs in a separate (Times) font span, <span class="_ _N"></span> spacers
where glyph positions jump, per-line letter-spacing on justified lines, page numbers "— N —" at each
page's foot, and the position classes in a <style> block (screen px + print pt).
Lines wrap at 28 character cells (ASCII = half a cell) with simple 避头尾 rules, so a clause, a unit name
or a bracket can break across two divs or across a page.
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "260_linfeng_fengong_pdf2htmlex"

CN = "一二三四五六七八九十"


def cn(n):
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return "十" + CN[n - 11]
    return CN[n // 10 - 1] + "十" + (CN[n % 10 - 1] if n % 10 else "")


# (part heading, [ (lead sentence, rest of text, leaders, lead units, coop units) ])
PARTS = [
 ("坚定不移扩大有效需求", [
  ("加快重大项目建设。", "全年实施市级重点项目300个，完成投资620亿元以上，新开工亿元以上项目150个。",
   ["马骁"], ["市发展和改革委员会"], ["市自然资源和规划局", "市住房和城乡建设局", "各县（市、区）人民政府"]),
  ("扩大有效投资。", "积极争取超长期特别国债、中央预算内投资和地方政府专项债券支持，全年争取上级资金90亿元以上。",
   ["马骁"], ["市财政局", "市发展和改革委员会"], ["市直有关部门"]),
  ("促进消费提质扩容。", "开展“乐购临沣”系列促消费活动，培育夜间消费集聚区5个，社会消费品零售总额增长6.5%。",
   ["欧阳澜"], ["市商务局"], ["市财政局", "市文化广电和旅游局", "市市场监督管理局"]),
  ("推动外贸稳规模优结构。", "进出口总额增长5%，新增有进出口实绩企业100家以上，跨境电商交易额增长20%。",
   ["欧阳澜"], ["市商务局"], ["临沣海关", "国家税务总局临沣市税务局"]),
  ("强化要素保障。", "争取新增建设用地计划指标5000亩，完成“标准地”出让30宗，新增制造业中长期贷款50亿元。",
   ["马骁", "邢远"], ["市自然资源和规划局"], ["市发展和改革委员会", "市生态环境局", "市金融工作局"]),
 ]),
 ("加快建设现代化产业体系", [
  ("壮大先进制造业集群。", "实施工业技术改造项目200个，规模以上工业增加值增长8.5%，新能源装备产业产值突破800亿元。",
   ["丁宁"], ["市工业和信息化局"], ["市发展和改革委员会", "市统计局"]),
  ("推进科技创新。", "全社会研发经费投入强度达到2.3%，新增高新技术企业80家、省级以上创新平台12个。",
   ["丁宁"], ["市科学技术局", "市工业和信息化局"], ["市财政局", "临沣高新技术产业开发区管委会"]),
  ("发展数字经济。", "新建5G基站1500个，推进临沣云计算中心二期建设，数字经济核心产业增加值增长12%。",
   ["丁宁"], ["市数据局"], ["市工业和信息化局", "中国铁塔股份有限公司临沣市分公司"]),
  ("提升现代服务业。", "培育省级现代服务业集聚区2个，社会物流总额增长8%，新增A级物流企业6家。",
   ["欧阳澜"], ["市发展和改革委员会"], ["市商务局", "市交通运输局"]),
  ("做强文化旅游产业。", "推进临沣古城国家5A级旅游景区创建，全年接待游客1800万人次、实现旅游收入190亿元。",
   ["宋玉琪"], ["市文化广电和旅游局"], ["市住房和城乡建设局", "临沣古城保护管理委员会"]),
 ]),
 ("持续深化改革开放", [
  ("优化营商环境。", "深化“高效办成一件事”改革，政务服务事项网上可办率达到98%，企业开办时间压缩至0.5个工作日。",
   ["邢远"], ["市行政审批服务局"], ["市数据局", "市司法局"]),
  ("深化国资国企改革。", "完成市属国有企业战略性重组，国有资本保值增值率达到105%以上。",
   ["马骁"], ["市人民政府国有资产监督管理委员会"], ["市财政局"]),
  ("支持民营经济发展壮大。", "开展“千名干部联千企”活动，全年新增经营主体3万户，民间投资增长6%。",
   ["谢文渊", "邢远"], ["市工商业联合会", "市市场监督管理局"], ["市发展和改革委员会", "市工业和信息化局"]),
  ("扩大高水平对外开放。", "办好第六届临沣投资贸易洽谈会，全年实际使用外资1.5亿美元，引进省外资金480亿元。",
   ["欧阳澜"], ["市投资促进局"], ["市商务局", "市人民政府外事办公室"]),
 ]),
 ("统筹推进城乡融合发展", [
  ("稳定粮食生产。", "粮食播种面积稳定在480万亩以上，新建和改造提升高标准农田25万亩。",
   ["陆家和"], ["市农业农村局"], ["市财政局", "市水利局", "各县（市、区）人民政府"]),
  ("推进和美乡村建设。", "创建省级和美乡村示范村40个，农村生活污水治理率达到45%，农村卫生厕所普及率达到92%。",
   ["陆家和"], ["市农业农村局"], ["市生态环境局", "市住房和城乡建设局", "市卫生健康委员会"]),
  ("实施城市更新行动。", "改造城镇老旧小区120个，新建改建城市道路30公里，新增城市公园绿地60公顷。",
   ["邢远"], ["市住房和城乡建设局"], ["市城市管理局", "市自然资源和规划局"]),
  ("完善综合交通网络。", "加快临沣至崇川高速公路建设，建成沣河港二期工程，开通中欧班列临沣专列。",
   ["邢远"], ["市交通运输局"], ["市发展和改革委员会", "临沣港务集团有限公司"]),
 ]),
 ("持续加强生态文明建设", [
  ("打好蓝天保卫战。", "PM2.5平均浓度下降到34微克/立方米，空气质量优良天数比例达到82%。",
   ["陆家和"], ["市生态环境局"], ["市工业和信息化局", "市公安局", "市住房和城乡建设局"]),
  ("保护沣河流域生态。", "国控断面水质优良比例保持100%，全面落实河湖长制，完成沣河干流生态修复12公里。",
   ["陆家和"], ["市水利局", "市生态环境局"], ["各县（市、区）人民政府"]),
  ("推动绿色低碳转型。", "新增光伏装机容量40万千瓦，单位地区生产总值能耗下降3%，创建省级绿色工厂10家。",
   ["丁宁"], ["市发展和改革委员会"], ["市工业和信息化局", "国网临沣供电公司"]),
 ]),
 ("用心用情保障和改善民生", [
  ("稳定和扩大就业。", "城镇新增就业4.2万人，城镇调查失业率控制在5.5%以内，高校毕业生就业率保持在90%以上。",
   ["宋玉琪"], ["市人力资源和社会保障局"], ["市财政局", "市教育局", "各县（市、区）人民政府"]),
  ("办好人民满意的教育。", "新建改扩建中小学和幼儿园25所，新增学位1.6万个，秋季学期前全部投入使用。",
   ["宋玉琪"], ["市教育局"], ["市发展和改革委员会", "市财政局", "市自然资源和规划局"]),
  ("推进健康临沣建设。", "建成市第一人民医院新院区并投入使用，实现紧密型县域医共体全覆盖。",
   ["宋玉琪"], ["市卫生健康委员会"], ["市医疗保障局", "市财政局"]),
 ]),
]

CLOSING_HEAD = "强化责任落实"
CLOSING = [
    "各责任市领导要加强对分管领域任务的统筹调度，定期听取进展情况汇报，协调解决重大问题。各牵头单位要对照分工，逐项细化年度目标、推进措施和完成时限，于3月15日前报市政府督查室；配合单位要主动对接、密切协作，形成工作合力。",
    "市政府督查室要将上述任务纳入年度督查计划，实行台账管理、按季通报。",
]

# ---------------------------------------------------------------- layout
PAGE_W, PAGE_H = 595.276, 841.89
TOP, LEFT = 104.882, 79.370           # 37mm, 28mm
CELL = 442.205 / 28                   # one character cell at 三号 with the document grid
PITCH = 28.94                         # 22 lines per page
SLOTS = 22
DESC = 6.9

OPEN = set("（《“〔")
CLOSE = set("，。、；：）》”〕！？%")


def cw(ch):
    return 0.5 if ord(ch) < 128 else 1.0


def width(s):
    return sum(cw(c) for c in s)


def wrap(text, first_indent, cells=28):
    """Break text into printed lines (Word-like: ASCII words unbroken, 避头尾)."""
    # tokens: ASCII runs are unbreakable
    toks = re.findall(r"[\x21-\x7e]+|.", text)
    lines, cur, avail = [], "", cells - first_indent
    i = 0
    while i < len(toks):
        t = toks[i]
        if width(cur) + width(t) <= avail:
            cur += t
            i += 1
            continue
        # 避头: a closing punctuation may not start a line; squeeze it in
        if t[0] in CLOSE:
            cur += t
            i += 1
            continue
        # 避尾: an opening bracket may not end a line
        carry = ""
        while cur and cur[-1] in OPEN:
            carry = cur[-1] + carry
            cur = cur[:-1]
        lines.append(cur)
        cur, avail = carry, cells
    if cur:
        lines.append(cur)
    return lines


class Styles:
    """Collect CSS classes in order of first use, named in hex like pdf2htmlEX."""

    def __init__(self):
        self.tab = {}

    def get(self, prefix, value):
        d = self.tab.setdefault(prefix, {})
        if value not in d:
            d[value] = format(len(d), "x")
        return prefix + d[value]


S = Styles()
# reserve the fixed ones so their numbers are stable
S.get("x", 0.0); S.get("y", -0.5); S.get("h", 841.5); S.get("w", 595.5)
S.get("h", 842.0); S.get("w", 595.5)
S.get("ls", 0.0); S.get("ws", 0.0); S.get("fs", 64.0); S.get("_", -1.024)

FONTS = {"fs": "ff1", "hei": "ff2", "kai": "ff3", "xbs": "ff4", "song": "ff5", "tnr": "ff6"}


def runs_html(segments, spacer_switch=True):
    """segments: list of (text, fontkey).  ASCII inside a CJK segment goes to the Times font span."""
    out = []
    base = segments[0][1]
    prev_font = base
    for text, fk in segments:
        for part in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
            f = "tnr" if ord(part[0]) < 128 and fk != "song" else fk
            sp = ""
            if spacer_switch and f != prev_font and out:
                sp = '<span class="_ %s"></span>' % S.get("_", -1.024 if f == "tnr" else 1.536)
            if f == base:
                out.append(sp + part)
            else:
                out.append(sp + '<span class="%s">%s</span>' % (FONTS[f], part))
            prev_font = f
    return "".join(out)


def slot_bottom(slot):
    base = TOP + (slot + 1) * PITCH - DESC
    return round(PAGE_H - base, 6)


class Line:
    def __init__(self, segs, x, y, font, fs, h, ls=0.0, m="m0", fc="fc0", raw_html=None):
        self.segs, self.x, self.y, self.font, self.fs, self.h = segs, x, y, font, fs, h
        self.ls, self.m, self.fc, self.raw_html = ls, m, fc, raw_html

    def html(self):
        cls = "t %s %s %s %s %s %s %s sc0 %s %s" % (
            self.m, S.get("x", round(self.x, 6)), S.get("h", self.h), S.get("y", self.y),
            FONTS[self.font], S.get("fs", self.fs), self.fc, S.get("ls", self.ls), S.get("ws", 0.0))
        inner = self.raw_html if self.raw_html is not None else runs_html(self.segs)
        return '<div class="%s">%s</div>' % (cls, inner)

    def text(self):
        return re.sub(r"<[^>]+>", "", self.html())


def para_lines(segs, indent=2, font="fs", justify=True):
    """Lay a paragraph (list of (text,fontkey)) into Line stubs without y."""
    text = "".join(t for t, _ in segs)
    # font of each char
    fmap = []
    for t, f in segs:
        fmap += [f] * len(t)
    lines = wrap(text, indent)
    out, pos = [], 0
    for k, ln in enumerate(lines):
        ind = indent if k == 0 else 0
        chars = fmap[pos:pos + len(ln)]
        # regroup into segments
        sg = []
        for ch, f in zip(ln, chars):
            if sg and sg[-1][1] == f:
                sg[-1][0] += ch
            else:
                sg.append([ch, f])
        sg = [(a, b) for a, b in sg]
        pos += len(ln)
        w = width(ln) + ind
        ls = 0.0
        last = (k == len(lines) - 1)
        if justify and not last and abs(w - 28) > 0.01 and len(ln) > 1:
            # spread the shortfall (or overflow of a squeezed punctuation) over the glyph gaps, in fs units
            ls = round((28 - w) * CELL * 4 / (len(ln) - 1), 6)
        out.append((sg, LEFT + ind * CELL, font if k == 0 or font != "kai" else "fs", ls))
        del w
    return out


def build():
    pages = []          # list of list of Line
    gold = []

    # ---- page 1 版头 (own positions)
    p1 = []
    mark = "临沣市人民政府文件"
    # 发文机关标志: 小标宋, horizontally compressed (m1), red
    mark_fs = 240.0   # 60pt drawn at 4x
    mark_w = len(mark) * 60 * 0.8
    p1.append(Line([(mark, "xbs")], (PAGE_W - mark_w) / 2, round(PAGE_H - (TOP + 58), 6), "xbs", mark_fs, 222.36,
                   m="m1", fc="fc1"))
    docno = "临政发〔2024〕6号"
    p1.append(Line([(docno, "fs")], (PAGE_W - width(docno) * CELL) / 2, slot_bottom(4), "fs", 64.0, 59.52))
    # title, 二号小标宋, two lines
    tl = ["临沣市人民政府关于做好2024年", "《政府工作报告》重点工作任务分工的通知"]
    for k, t in enumerate(tl):
        p1.append(Line([(t, "xbs")], (PAGE_W - width(t) * 22) / 2, round(PAGE_H - (TOP + 6 * PITCH + 30 + k * 36.5), 6),
                       "xbs", 88.0, 81.84))
    slot = 9
    body_blocks = []    # (segments, indent, font, kind, meta)
    body_blocks.append(([("各县（市、区）人民政府，临沣高新技术产业开发区管委会，市政府各部门、各直属机构：", "fs")], 0, "fs", "zs", None))
    body_blocks.append(([("市十七届人大三次会议审议通过的《政府工作报告》，明确了2024年全市经济社会发展的主要目标任务。为确保各项工作落到实处，经市政府研究同意，现将重点工作任务分工通知如下。", "fs")], 2, "fs", "p", None))
    n = 0
    for pi, (ph, tasks) in enumerate(PARTS, 1):
        body_blocks.append(([(cn(pi) + "、" + ph, "hei")], 2, "hei", "h1", None))
        for lead_s, rest, leaders, lead, coop in tasks:
            n += 1
            marker = "（%s）" % cn(n)
            clause = "（责任市领导：%s；牵头单位：%s；配合单位：%s）" % ("、".join(leaders), "、".join(lead), "、".join(coop))
            segs = [(marker + lead_s, "kai"), (rest + clause, "fs")]
            body_blocks.append((segs, 2, "kai", "task", None))
            gold.append({"id": str(n), "head": (lead_s + rest)[:12], "responsible_units": lead + coop,
                         "lead_units": lead, "cooperating_units": coop, "leaders": leaders})
    body_blocks.append(([(cn(len(PARTS) + 1) + "、" + CLOSING_HEAD, "hei")], 2, "hei", "h1", None))
    for c in CLOSING:
        body_blocks.append(([(c, "fs")], 2, "fs", "p", None))

    cur = p1
    pages.append(cur)

    def place(sg, x, font, ls):
        nonlocal slot, cur
        if slot >= SLOTS:
            cur = []
            pages.append(cur)
            slot = 0
        f = font
        h = 59.52
        cur.append(Line(sg, x, slot_bottom(slot), f, 64.0, h, ls=ls))
        slot += 1

    for segs, ind, font, kind, _ in body_blocks:
        for sg, x, f, ls in para_lines(segs, ind, font, justify=True):
            place(sg, x, sg[0][1] if kind != "zs" else "fs", ls)

    # 落款: one empty line, then signature and date right-aligned with 4 cells right indent,
    # then (此件公开发布) one line below, indented 2
    slot += 1
    sign, date = "临沣市人民政府", "2024年2月20日"
    right = LEFT + 28 * CELL - 4 * CELL
    for t in (sign, date):
        place([(t, "fs")], right - width(t) * CELL, "fs", 0.0)
    slot += 1
    place([("（此件公开发布）", "fs")], LEFT + 2 * CELL, "fs", 0.0)

    # 版记 at the foot of the last page (needs 4 slots); 四号 = 14pt
    if slot > SLOTS - 4:
        cur = []
        pages.append(cur)
    cs = "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级人民法院，市人民检察院，临沣军分区。"
    cell14 = 14.0
    # 抄送 wraps at 30 cells of 四号 with 1 cell indent on each side, continuation aligned after 抄送：
    cut = cs.index("市监委，") + 4
    first, second = cs[:cut], cs[cut:]
    yb = PAGE_H - (TOP + 225 * 72 / 25.4) + 6   # just above the bottom edge of the type area
    cur.append(Line([(first, "fs")], LEFT + cell14, round(yb + 3 * 24 + 10, 6), "fs", 56.0, 52.08))
    cur.append(Line([(second, "fs")], LEFT + cell14 * 4, round(yb + 2 * 24 + 10, 6), "fs", 56.0, 52.08))
    yf_left, yf_right = "临沣市人民政府办公室", "2024年2月21日印发"
    gap = (28 * CELL - 2 * cell14) - (width(yf_left) + width(yf_right)) * cell14
    raw = yf_left + '<span class="_ %s"> </span>' % S.get("_", round(gap * 4, 6)) + runs_html([(yf_right, "fs")])
    cur.append(Line([(yf_left + " " + yf_right, "fs")], LEFT + cell14, round(yb + 8, 6), "fs", 56.0, 52.08,
                    raw_html=raw))

    # page numbers: 四号半角宋体, "— N —", odd pages right (1 cell in), even pages left (1 cell in)
    total = len(pages)
    for i, pg in enumerate(pages, 1):
        t = "— %d —" % i
        wpt = 14 * 0.5 * len(str(i)) + 14 * 2 + 2 * 3.5
        x = (LEFT + 28 * CELL - 14 - wpt) if i % 2 else (LEFT + 14)
        raw = '—<span class="_ %s"> </span>%d<span class="_ %s"> </span>—' % (
            S.get("_", 13.44), i, S.get("_", 13.44))
        pg.append(Line([(t, "song")], x, round(PAGE_H - (TOP + 225 * 72 / 25.4) - 7 * 72 / 25.4 - 14, 6),
                       "song", 56.0, 49.28, raw_html=raw))
    return pages, gold


BASE_CSS = """/*!
 * Base CSS for pdf2htmlEX
 * Copyright 2012,2013 Lu Wang <coolwanglu@gmail.com>
 * https://github.com/pdf2htmlEX/pdf2htmlEX/blob/master/share/LICENSE
 */#sidebar{position:absolute;top:0;left:0;bottom:0;width:250px;padding:0;margin:0;overflow:auto}#page-container{position:absolute;top:0;left:0;margin:0;padding:0;border:0}@media screen{#sidebar.opened+#page-container{left:250px}#page-container{bottom:0;right:0;overflow:auto}.loading-indicator{display:none}.loading-indicator.active{display:block;position:absolute;width:64px;height:64px;top:50%;left:50%;margin-top:-32px;margin-left:-32px}.loading-indicator img{position:absolute;top:0;left:0;bottom:0;right:0}}@media print{@page{margin:0}html{margin:0}body{margin:0;-webkit-print-color-adjust:exact}#sidebar{display:none}#page-container{width:auto;height:auto;overflow:visible;background-color:transparent}.d{display:none}}.pf{position:relative;background-color:white;overflow:hidden;margin:0;border:0}.pc{position:absolute;border:0;padding:0;margin:0;top:0;left:0;width:100%;height:100%;overflow:hidden;display:block;transform-origin:0 0;-ms-transform-origin:0 0;-webkit-transform-origin:0 0}.pc.opened{display:block}.bf{position:absolute;border:0;margin:0;top:0;bottom:0;width:100%;height:100%;-ms-user-select:none;-moz-user-select:none;-webkit-user-select:none;user-select:none}.bi{position:absolute;border:0;margin:0;-ms-user-select:none;-moz-user-select:none;-webkit-user-select:none;user-select:none}@media print{.pf{margin:0;box-shadow:none;page-break-after:always;page-break-inside:avoid}@-moz-document url-prefix(){.pf{overflow:visible;border:1px solid #fff}.pc{overflow:visible}}}.c{position:absolute;border:0;padding:0;margin:0;overflow:hidden;display:block}.t{position:absolute;white-space:pre;font-size:1px;transform-origin:0 100%;-ms-transform-origin:0 100%;-webkit-transform-origin:0 100%;unicode-bidi:bidi-override;-moz-font-feature-settings:"liga" 0}.t:after{content:''}.t:before{content:'';display:inline-block}.t span{position:relative;unicode-bidi:bidi-override}._{display:inline-block;color:transparent;z-index:-1}::selection{background:rgba(127,255,255,0.4)}::-moz-selection{background:rgba(127,255,255,0.4)}.pi{display:none}.d{position:absolute;transform-origin:0 100%;-ms-transform-origin:0 100%;-webkit-transform-origin:0 100%}.it{border:0;background-color:rgba(255,255,255,0.0)}.ir:hover{cursor:pointer}"""

FANCY_CSS = """/*!
 * Fancy styles for pdf2htmlEX
 * Copyright 2012,2013 Lu Wang <coolwanglu@gmail.com>
 * https://github.com/pdf2htmlEX/pdf2htmlEX/blob/master/share/LICENSE
 */@keyframes fadein{from{opacity:0}to{opacity:1}}@-webkit-keyframes fadein{from{opacity:0}to{opacity:1}}@keyframes swing{0{transform:rotate(0)}10%{transform:rotate(0)}90%{transform:rotate(720deg)}100%{transform:rotate(720deg)}}@-webkit-keyframes swing{0{-webkit-transform:rotate(0)}10%{-webkit-transform:rotate(0)}90%{-webkit-transform:rotate(720deg)}100%{-webkit-transform:rotate(720deg)}}@media screen{#sidebar{background-color:#2f3236;background-image:url("data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSI0IiBoZWlnaHQ9IjQiPgo8cmVjdCB3aWR0aD0iNCIgaGVpZ2h0PSI0IiBmaWxsPSIjNDAzYzNmIj48L3JlY3Q+CjxwYXRoIGQ9Ik0wIDBMNCA0Wk00IDBMMCA0WiIgc3Ryb2tlLXdpZHRoPSIxIiBzdHJva2U9IiMxZTI5MmQiPjwvcGF0aD4KPC9zdmc+")}#outline{font-family:Georgia,Times,"Times New Roman",serif;font-size:13px;margin:2em 1em}#outline ul{padding:0}#outline li{list-style-type:none;margin:1em 0}#outline li>ul{margin-left:1em}#outline a,#outline a:visited,#outline a:hover,#outline a:active{line-height:1.2;color:#e8e8e8;text-overflow:ellipsis;white-space:nowrap;text-decoration:none;display:block;overflow:hidden;outline:0}#outline a:hover{color:#0cf}#page-container{background-color:#9e9e9e;background-image:url("data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSI1IiBoZWlnaHQ9IjUiPgo8cmVjdCB3aWR0aD0iNSIgaGVpZ2h0PSI1IiBmaWxsPSIjOWU5ZTllIj48L3JlY3Q+CjxwYXRoIGQ9Ik0wIDVMNSAwWk02IDRMNCA2Wk0tMSAxTDEgLTFaIiBzdHJva2U9IiM4ODgiIHN0cm9rZS13aWR0aD0iMSI+PC9wYXRoPgo8L3N2Zz4=");-webkit-transition:left 500ms;transition:left 500ms}.pf{margin:13px auto;box-shadow:1px 1px 3px 1px #333;border-collapse:separate}.pc.opened{-webkit-animation:fadein 100ms;animation:fadein 100ms}.loading-indicator.active{-webkit-animation:swing 1.5s ease-in-out .01s infinite alternate none;animation:swing 1.5s ease-in-out .01s infinite alternate none}.checked{background:no-repeat url(data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABYAAAAWCAYAAADEtGw7AAAABmJLR0QA/wD/AP+gvaeTAAAACXBIWXMAAAsTAAALEwEAmpwYAAAAB3RJTUUH3goQDSYgDiGofgAAAslJREFUOMvtlM9LFGEYx7/vvOPM6ywuuyPFihWFBUsdNnA6KLIh+QPx4KWExULdHQ/9A9EfUodYmATDYg/iRewQzklFWxcEBcGgEplDkDtI6sw4PzrIbrOuedBb9MALD7zv+3m+z4/3Bf7bZS2bzQIAcrmcMDExcTeXy10DAFVVAQDksgFUVZ1ljD3yfd+0LOuFpmnvVVW9GHhkZAQcxwkNDQ2FSCQyRMgJxnVdy7KstKZpn7nwha6urqqfTqfPBAJAuVymlNLXoigOhfd5nmeiKL5TVTV+lmIKwAOA7u5u6Lped2BsbOwjY6yf4zgQQkAIAcedaPR9H67r3uYBQFEUFItFtLe332lpaVkUBOHK3t5eRtf1DwAwODiIubk5DA8PM8bYW1EU+wEgCIJqsCAIQAiB7/u253k2BQDDMJBKpa4mEon5eDx+UxAESJL0uK2t7XosFlvSdf0QAEmlUnlRFJ9Waho2Qghc1/U9z3uWz+eX+Wr+lL6SZfleEAQIggA8z6OpqSknimIvYyybSCReMsZ6TislhCAIAti2Dc/zejVNWwCAavN8339j27YbTg0AGGM3WltbP4WhlRWq6Q/btrs1TVsYHx+vNgqKoqBUKn2NRqPFxsbGJzzP05puUlpt2ukyOI6z7zjOwNTU1OLo6CgmJyf/gA3DgKIoWF1d/cIY24/FYgOU0pp0z/Ityzo4Pj5OTk9PbwHA+vp6zWghDC+VSiuRSOQgGo32UErJ38CO42wdHR09LBQK3zKZDDY2Nmrmvq4uPM9jZmYGhmFsU0p/RSKRB5RSWgfdtOrOuVgsft/Z2SmusPi6qqrK0tLSPgBkMpnwHEmjo6M9jLHnlNKeU/1ACLEtyzLX1tbmx8fHIUnSxT6flZWV3qamply5XLYPDw9nCoXCDwD1/4LFYuFSuWz6Vy6XL/R7/AZGFF2GIdvJdQAAAABJRU5ErkJggg==)}}"""


def css():
    out = [BASE_CSS, FANCY_CSS, ".ff0{font-family:sans-serif;visibility:hidden;}"]
    lh = {"ff1": "0.859000", "ff2": "0.861000", "ff3": "0.859000", "ff4": "0.926500", "ff5": "0.880000", "ff6": "0.891000"}
    for i in range(1, 7):
        f = "ff%d" % i
        out.append('@font-face{font-family:%s;src:url(f%d.woff)format("woff");}.%s{font-family:%s;line-height:%s;font-style:normal;font-weight:normal;visibility:visible;}' % (f, i, f, f, lh[f]))
    mats = {"m0": "0.250000,0.000000,0.000000,0.250000,0,0", "m1": "0.200000,0.000000,0.000000,0.250000,0,0"}
    for m, v in mats.items():
        out.append(".%s{transform:matrix(%s);-ms-transform:matrix(%s);-webkit-transform:matrix(%s);}" % (m, v, v, v))
    out.append(".v0{vertical-align:0.000000px;}")

    def block(scale, unit):
        b = []
        for v, k in S.tab["ls"].items():
            b.append(".ls%s{letter-spacing:%.6f%s;}" % (k, v * scale, unit))
        if unit == "px":
            b.append(".sc_{text-shadow:none;}")
            b.append(".sc0{text-shadow:-0.015em 0 transparent,0 0.015em transparent,0.015em 0 transparent,0 -0.015em  transparent;}")
            b.append("@media screen and (-webkit-min-device-pixel-ratio:0){.sc_{-webkit-text-stroke:0px transparent;}.sc0{-webkit-text-stroke:0.015em transparent;text-shadow:none;}}")
        for v, k in S.tab["ws"].items():
            b.append(".ws%s{word-spacing:%.6f%s;}" % (k, v * scale, unit))
        for v, k in S.tab["_"].items():
            if v < 0:
                b.append("._%s{margin-left:%.6f%s;}" % (k, v * scale, unit))
            else:
                b.append("._%s{width:%.6f%s;}" % (k, v * scale / 4, unit))
        if unit == "px":
            b.append(".fc1{color:rgb(255,0,0);}")
            b.append(".fc0{color:rgb(0,0,0);}")
        for v, k in S.tab["fs"].items():
            b.append(".fs%s{font-size:%.6f%s;}" % (k, v * scale, unit))
        for v, k in S.tab["y"].items():
            b.append(".y%s{bottom:%.6f%s;}" % (k, v * scale, unit))
        for v, k in S.tab["h"].items():
            b.append(".h%s{height:%.6f%s;}" % (k, v * scale, unit))
        for v, k in S.tab["w"].items():
            b.append(".w%s{width:%.6f%s;}" % (k, v * scale, unit))
        for v, k in S.tab["x"].items():
            b.append(".x%s{left:%.6f%s;}" % (k, v * scale, unit))
        return b

    out += block(1.0, "px")
    out.append("@media print{")
    out.append(".v0{vertical-align:0.000000pt;}")
    out += block(4.0 / 3.0, "pt")
    out.append("}")
    return "\n".join(out)


def main():
    pages, gold = build()
    body = []
    texts = []
    for i, pg in enumerate(pages, 1):
        divs = []
        for ln in pg:
            h = ln.html()
            divs.append(h)
        # background image: red rule on page 1, 版记 rules on the last page
        bg = '<img class="bi x0 y0 w0 h0" alt="" src="bg%d.png"/>' % i
        body.append('<div id="pf%x" class="pf w0 h0" data-page-no="%x"><div class="pc pc%x w0 h0">%s%s</div>'
                    '<div class="pi" data-data=\'{"ctm":[1.000000,0.000000,0.000000,1.000000,0.000000,0.000000]}\'></div></div>'
                    % (i, i, i, bg, "\n".join(divs)))
    head = """<!DOCTYPE html>
<!-- Created by pdf2htmlEX (https://github.com/pdf2htmlex/pdf2htmlex) -->
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8"/>
<meta name="generator" content="pdf2htmlEX"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/>
<style type="text/css">
%s
</style>
<script>
/*
 Copyright 2012 Mozilla Foundation
 Copyright 2013 Lu Wang <coolwanglu@gmail.com>
 Apachine License Version 2.0
*/
</script>
<script src="compatibility.min.js"></script>
<script src="pdf2htmlEX.min.js"></script>
<script>
try{
pdf2htmlEX.defaultViewer = new pdf2htmlEX.Viewer({});
}catch(e){}
</script>
<title>临政发〔2024〕6号</title>
</head>
<body>
<div id="sidebar">
<div id="outline">
</div>
</div>
<div id="page-container">
""" % css()
    tail = """
</div>
<div class="loading-indicator">
<img alt="" src="pdf2htmlEX-64x64.png"/>
</div>
</body>
</html>
"""
    # css() must run after all classes are collected: build pages first, then the head
    html = head + "\n".join(body) + tail
    with open(os.path.join(HERE, STEM + ".html"), "w", encoding="utf-8") as f:
        f.write(html)
    with open(os.path.join(HERE, STEM + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(len(pages), "pages,", len(gold), "tasks")


if __name__ == "__main__":
    main()
