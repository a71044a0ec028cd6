#!/usr/bin/python3
"""Round 15: two DOCX task-division notices as drafts passed around an office, with the structures real
Word files carry and python-docx has no API for (written here as raw OOXML and inserted with docx.oxml / lxml).

95_chengwan_qu_xiugai_genzong_biao.docx
    district; 附件 a table 序号 | 工作任务 | 责任领导 | 牵头单位 | 配合单位 | 完成时限 under section rows, kept with
    Track Changes on: a row inserted (w:trPr/w:ins) and a row deleted (w:trPr/w:del, its text in w:delText), the
    序号 of the rows between retyped as tracked changes (w:del "12" + w:ins "13"); units struck out of and
    inserted into 牵头单位 / 配合单位 cells; a unit moved from 配合单位 to 牵头单位 (w:moveFrom / w:moveTo);
    text struck at the start of a task and inserted inside a head. Content controls: run-level drop-down lists
    in 责任领导 (w:sdt in the paragraph), cell-level date pickers (w:sdt wrapping w:tc, one showing its
    placeholder), row-level content controls wrapping the rows of the last section (w:sdt wrapping w:tr) with
    block-level controls inside their 配合单位 cells. w:hyperlink and a complex HYPERLINK field (w:fldChar +
    w:instrText) around unit names, w:customXml around a unit, w:smartTag (PersonName, chsdate), comments in a
    task and around a unit, footnote references in a task and after a unit, a bookmark splitting a unit,
    a soft hyphen inside a unit, a non-breaking hyphen in a task, proofErr marks, rPrChange; a DATE field as the
    成文日期 and a PAGE field in the footer.
96_heping_xian_xiugai_qingdan.docx
    county; 附件 body paragraphs: typed 一、 headings, tasks numbered by Word AUTOMATIC numbering (%1. running on
    through the sections), each followed by a 楷体 clause line （责任领导：…；牵头单位：…；配合单位：…）, kept
    with Track Changes on: a task and its clause inserted (paragraph marks w:ins), a task and its clause deleted
    (w:del + deleted marks), a task and its clause moved to another section (w:moveFrom / w:moveTo paragraphs),
    a continuation paragraph whose numbering was removed (the old w:numPr only inside w:pPrChange), a section
    pasted with typed 1．…6． converted to automatic numbering (typed numbers in w:del, w:pPrChange without
    numPr), units and leaders struck and inserted inside clause lines, a clause label retyped
    (责任单位 → 牵头单位). A block-level content control wrapping a whole section, one wrapping a task paragraph,
    one wrapping a clause line; a drop-down control around a leader; w:hyperlink, a complex HYPERLINK field and
    a w:fldSimple HYPERLINK around unit names; w:smartTag PersonName / chsdate; w:customXml; a comment inside a
    task and one running from a task into its clause line; a footnote; bookmarks splitting units (_Hlk…,
    _GoBack); soft and non-breaking hyphens; a fldSimple date as the 成文日期, PAGE in the footer.
Names are invented. Run: /usr/bin/python3 make_docx_round15.py   (writes next to this script)

The gold (head, lead / coop units, leaders of each task) is typed by hand in the data below, separately from the
printed cells; the script only asserts that the two agree in the ACCEPTED view (deleted and moved-from text
dropped, inserted and moved-to text kept, field results kept, instructions dropped).
"""
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT, CONTENT_TYPE as CT
from docx.shared import Cm

from docx_notice import G, write_gold, FS, KT, HT, XBS, new_doc, landscape, portrait, split_units

OUT = os.path.dirname(os.path.abspath(__file__)) + "/"
WNS = nsdecls("w", "r")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def final(segs):
    """the text a reader of the accepted document sees"""
    out = ""
    for s in segs:
        if isinstance(s, str):
            out += s
            continue
        k = s[0]
        if k in ("ins", "mt", "mtx", "dd", "rpc", "plh"):
            out += s[1]
        elif k in ("hl", "cx", "fld", "fs"):
            out += s[2]
        elif k == "st":
            out += s[3]
        elif k == "nbh":
            out += "\u2011"
        # del, mf, mfx, bs, be, shy, cs, ce, fn, pe, range marks: nothing visible
    return out


def st_(font=FS, sz=24, b=False):
    return {"font": font, "sz": sz, "b": b}


def rpr_xml(st, color=None, u=False, vert=None, change="", mark=""):
    s = mark
    f = st.get("font")
    if f:
        s += f'<w:rFonts w:ascii="{f}" w:eastAsia="{f}" w:hAnsi="{f}"/>'
    if st.get("b"):
        s += "<w:b/><w:bCs/>"
    if color:
        s += f'<w:color w:val="{color}"/>'
    if st.get("sz"):
        s += f'<w:sz w:val="{st["sz"]}"/><w:szCs w:val="{st["sz"]}"/>'
    if u:
        s += '<w:u w:val="single"/>'
    if vert:
        s += f'<w:vertAlign w:val="{vert}"/>'
    s += change
    return f"<w:rPr>{s}</w:rPr>" if s else ""


def ns(xml):
    """declare w: and r: on the outermost element of an XML fragment"""
    return re.sub(r"^<([\w:]+)", lambda m: f"<{m.group(1)} {WNS}", xml, count=1)


class Ctx:
    def __init__(self, d, seed, authors, dates):
        self.d = d
        self.rev = 0
        self.bmids = {}
        self.ranges = {}
        self.rng = random.Random(seed)
        self.authors = authors
        self.dates = dates
        self.comments = {}
        self.footnotes = {}
        self.sdtid = -1298000000 + seed

    def rsid(self):
        return "00%06X" % self.rng.randrange(0x100000, 0xFFFFFF)

    def nid(self):
        self.rev += 1
        return self.rev

    def tr(self, who=0):
        return f'w:id="{self.nid()}" w:author="{esc(self.authors[who])}" w:date="{self.dates[who]}"'

    def sid(self):
        self.sdtid -= 7919
        return self.sdtid

    def r(self, text, st, deleted=False, **kw):
        tag = "w:delText" if deleted else "w:t"
        return f'<w:r>{rpr_xml(st, **kw)}<{tag} xml:space="preserve">{esc(text)}</{tag}></w:r>'

    def plain(self, text, st):
        """Word splits text into runs where editing sessions met (rsids): split some strings at random"""
        if len(text) >= 4 and self.rng.random() < 0.45:
            k = self.rng.randrange(1, len(text))
            return self.r(text[:k], st) + self.r(text[k:], st)
        return self.r(text, st)

    def inl(self, segs, st):
        out = []
        for s in segs:
            if isinstance(s, str):
                out.append(self.plain(s, st))
                continue
            k = s[0]
            who = s[-1] if isinstance(s[-1], int) and k in ("ins", "del", "mf", "mt", "mfx", "mtx", "rpc") else 0
            if k == "ins":
                out.append(f"<w:ins {self.tr(who)}>{self.r(s[1], st)}</w:ins>")
            elif k == "del":
                out.append(f"<w:del {self.tr(who)}>{self.r(s[1], st, deleted=True)}</w:del>")
            elif k in ("mf", "mt"):
                tag = "moveFrom" if k == "mf" else "moveTo"
                rid = self.nid()
                out.append(f'<w:{tag}RangeStart w:id="{rid}" w:author="{esc(self.authors[who])}" '
                           f'w:date="{self.dates[who]}" w:name="{s[2]}"/>'
                           f'<w:{tag} {self.tr(who)}>{self.r(s[1], st)}</w:{tag}>'
                           f'<w:{tag}RangeEnd w:id="{rid}"/>')
            elif k in ("mfx", "mtx"):          # a run inside a move whose range marks stand elsewhere
                tag = "moveFrom" if k == "mfx" else "moveTo"
                out.append(f"<w:{tag} {self.tr(who)}>{self.r(s[1], st)}</w:{tag}>")
            elif k in ("mfS", "mtS"):
                tag = "moveFrom" if k == "mfS" else "moveTo"
                rid = self.nid()
                self.ranges[(tag, s[1])] = rid
                out.append(f'<w:{tag}RangeStart w:id="{rid}" w:author="{esc(self.authors[s[2]])}" '
                           f'w:date="{self.dates[s[2]]}" w:name="{s[1]}"/>')
            elif k in ("mfE", "mtE"):
                tag = "moveFrom" if k == "mfE" else "moveTo"
                out.append(f'<w:{tag}RangeEnd w:id="{self.ranges[(tag, s[1])]}"/>')
            elif k == "bs":
                bid = self.bmids.setdefault(s[1], len(self.bmids))
                out.append(f'<w:bookmarkStart w:id="{bid}" w:name="{s[1]}"/>')
            elif k == "be":
                out.append(f'<w:bookmarkEnd w:id="{self.bmids[s[1]]}"/>')
            elif k == "shy":
                out.append(f"<w:r>{rpr_xml(st)}<w:softHyphen/></w:r>")
            elif k == "nbh":
                out.append(f"<w:r>{rpr_xml(st)}<w:noBreakHyphen/></w:r>")
            elif k == "cs":
                out.append(f'<w:commentRangeStart w:id="{s[1]}"/>')
            elif k == "ce":
                out.append(f'<w:commentRangeEnd w:id="{s[1]}"/><w:r><w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/>'
                           f'</w:rPr><w:commentReference w:id="{s[1]}"/></w:r>')
            elif k == "fn":
                out.append(f'<w:r>{rpr_xml(st, vert="superscript")}<w:footnoteReference w:id="{s[1]}"/></w:r>')
            elif k == "hl":
                rid = self.d.part.relate_to(s[1], RT.HYPERLINK, is_external=True)
                out.append(f'<w:hyperlink r:id="{rid}" w:history="1">'
                           f'{self.r(s[2], st, color="0563C1", u=True)}</w:hyperlink>')
            elif k == "cx":
                out.append(f'<w:customXml w:uri="urn:duban:renwu:2025" w:element="{s[1]}">'
                           f'{self.r(s[2], st)}</w:customXml>')
            elif k == "st":
                attrs = "".join(f'<w:attr w:name="{a}" w:val="{esc(v)}"/>' for a, v in s[2])
                out.append(f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="{s[1]}">'
                           f'<w:smartTagPr>{attrs}</w:smartTagPr>{self.r(s[3], st)}</w:smartTag>')
            elif k == "dd":                     # run-level drop-down list content control
                items = '<w:listItem w:displayText="选择一项。" w:value=""/>' + "".join(
                    f'<w:listItem w:displayText="{x}" w:value="{x}"/>' for x in s[2])
                out.append(f'<w:sdt><w:sdtPr>{rpr_xml(st)}<w:alias w:val="{s[3]}"/><w:tag w:val="{s[3]}"/>'
                           f'<w:id w:val="{self.sid()}"/><w:dropDownList w:lastValue="{s[1]}">{items}'
                           f'</w:dropDownList></w:sdtPr><w:sdtEndPr/><w:sdtContent>{self.r(s[1], st)}'
                           f'</w:sdtContent></w:sdt>')
            elif k == "fld":                    # complex field: begin, instruction, separate, result, end
                out.append(f'<w:r>{rpr_xml(st)}<w:fldChar w:fldCharType="begin"/></w:r>'
                           f'<w:r>{rpr_xml(st)}<w:instrText xml:space="preserve">{esc(s[1])}</w:instrText></w:r>'
                           f'<w:r>{rpr_xml(st)}<w:fldChar w:fldCharType="separate"/></w:r>'
                           + (self.r(s[2], st, color="0563C1", u=True) if "HYPERLINK" in s[1] else self.r(s[2], st))
                           + f'<w:r>{rpr_xml(st)}<w:fldChar w:fldCharType="end"/></w:r>')
            elif k == "fs":
                out.append(f'<w:fldSimple w:instr="{esc(s[1])}">{self.r(s[2], st)}</w:fldSimple>')
            elif k == "pe":
                out.append(f'<w:proofErr w:type="{s[1]}"/>')
            elif k == "rpc":                    # formatting change tracked: the run was bold before
                f = st["font"]
                ch = (f'<w:rPrChange {self.tr(who)}><w:rPr><w:rFonts w:ascii="{f}" w:eastAsia="{f}" w:hAnsi="{f}"/>'
                      f'<w:b/><w:sz w:val="{st["sz"]}"/></w:rPr></w:rPrChange>')
                out.append(self.r(s[1], st, change=ch))
            elif k == "plh":                    # placeholder text of a content control
                out.append(self.r(s[1], st, color="808080"))
            elif k == "lrpb":
                out.append("<w:r><w:lastRenderedPageBreak/></w:r>")
            else:
                raise ValueError(s)
        return "".join(out)

    def p(self, segs, st, jc=None, first=None, left=None, num=None, mark=None, pprchange=None, style=None,
          before=None, who=0):
        ppr = ""
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num is not None:
            ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
        if before:
            ppr += f'<w:spacing w:before="{before}"/>'
        if first is not None or left is not None:
            ppr += "<w:ind" + (f' w:left="{left}"' if left is not None else "") + \
                   (f' w:firstLine="{first}"' if first is not None else "") + "/>"
        if jc:
            ppr += f'<w:jc w:val="{jc}"/>'
        markx = {"ins": "w:ins", "del": "w:del", "mf": "w:moveFrom", "mt": "w:moveTo"}.get(mark)
        ppr += rpr_xml(st, mark=f"<{markx} {self.tr(who)}/>" if markx else "")
        if pprchange is not None:
            ppr += f"<w:pPrChange {self.tr(who)}><w:pPr>{pprchange}</w:pPr></w:pPrChange>"
        return (f'<w:p w:rsidR="{self.rsid()}" w:rsidRDefault="{self.rsid()}">' +
                (f"<w:pPr>{ppr}</w:pPr>" if ppr else "") + self.inl(segs, st) + "</w:p>")

    def body(self, xml):
        self.d.element.body.sectPr.addprevious(parse_xml(ns(xml)))

    # ----------------------------------------------------------------------------------------- parts
    def add_parts(self):
        if self.comments:
            cs = "".join(
                f'<w:comment w:id="{cid}" w:author="{esc(a)}" w:date="{dt}" w:initials="{esc(a[-1])}">'
                f'<w:p><w:r><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>'
                f'</w:comment>' for cid, (a, dt, t) in sorted(self.comments.items()))
            blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {WNS}>{cs}</w:comments>'
                    ).encode("utf-8")
            part = Part(PackURI("/word/comments.xml"), CT.WML_COMMENTS, blob, self.d.part.package)
            self.d.part.relate_to(part, RT.COMMENTS)
        if self.footnotes:
            fs = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
                  'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
                  '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
                  'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
            fs += "".join(
                f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {esc(t)}'
                f'</w:t></w:r></w:p></w:footnote>' for fid, t in sorted(self.footnotes.items()))
            blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {WNS}>{fs}</w:footnotes>'
                    ).encode("utf-8")
            part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob, self.d.part.package)
            self.d.part.relate_to(part, RT.FOOTNOTES)
        # Track Changes left on, as in a draft; footnote separators declared
        settings = self.d.settings.element
        dts = settings.find(qn("w:defaultTabStop"))
        dts.addprevious(parse_xml(f"<w:trackRevisions {nsdecls('w')}/>"))
        if self.footnotes:
            settings.find(qn("w:compat")).addprevious(parse_xml(
                f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'))

    def footer_page(self):
        ft = self.d.sections[0].footer
        p = ft.paragraphs[0]._p
        p.addnext(parse_xml(ns(self.p(["— ", ("fs", " PAGE \\* MERGEFORMAT ", "1"), " —"], st_(FS, 28),
                                       jc="center"))))
        p.getparent().remove(p)

    def header_text(self, text):
        hd = self.d.sections[0].header
        p = hd.paragraphs[0]._p
        p.addnext(parse_xml(ns(self.p([text], st_(HT, 21), jc="right"))))
        p.getparent().remove(p)


# ------------------------------------------------------------------------------------------ front matter
def front(c, mark, wenhao, titles, zhusong, body, fujian, sign, date_segs):
    B = st_(FS, 32)
    c.body(c.p([], B))
    c.body(c.p([mark], dict(st_(XBS, 72)), jc="center"))
    c.body(c.p([], B))
    c.body(c.p(wenhao, B, jc="center"))
    c.body(c.p([], B).replace("<w:pPr>", f'<w:pPr><w:pBdr><w:bottom w:val="single" w:sz="18" w:space="1" '
                                         f'w:color="FF0000"/></w:pBdr>', 1))
    for t in titles:
        c.body(c.p(t, st_(XBS, 44), jc="center"))
    c.body(c.p([], B))
    c.body(c.p(zhusong, B))
    for b in body:
        if isinstance(b, tuple) and b[0] == "h":
            c.body(c.p(b[1], st_(HT, 32), first=640))
        else:
            c.body(c.p(b, B, first=640))
    c.body(c.p([], B))
    for i, f in enumerate(fujian):
        c.body(c.p(f, B, first=640) if i == 0 else c.p(f, B, left=1600))
    c.body(c.p([], B))
    c.body(c.p(sign, B, jc="right"))
    c.body(c.p(date_segs, B, jc="right"))
    c.body(c.p(["（此件公开发布）"], B, first=640))


def banji(c, chaosong, yinfa):
    S = st_(FS, 28)
    x = c.p(chaosong, S, before=480)
    x = x.replace("<w:pPr>", '<w:pPr><w:pBdr><w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/>'
                             '<w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>', 1)
    c.body(x)
    c.body(c.p(yinfa, S))


def check_heads(golds):
    firsts = [g["head"][:6] for g in golds]
    assert len(set(firsts)) == len(firsts), [f for f in firsts if firsts.count(f) > 1]
    ids = [g["id"] for g in golds]
    assert len(set(ids)) == len(ids), ids
    for g in golds:
        assert len(g["head"]) == 12, g["head"]
        for u in g["responsible_units"]:
            assert u and "、" not in u and "，" not in u and not u.endswith("等"), u


def units_of(segs):
    t = final(segs)
    if t in ("", "/", "—", "无"):
        return []
    return split_units(t)


# ==================================================================================================== 95
L95 = ["周启明", "陈国华", "林晓彤", "马骏", "胡卫东", "吴静怡", "苏振林"]


def dd(name):
    return ("dd", name, L95, "责任领导")


def chsdate(y, m, d_):
    return ("st", "chsdate", [("IsROCDate", "False"), ("IsLunarDate", "False"), ("Day", str(d_)),
                              ("Month", str(m)), ("Year", str(y))], f"{y}年{m}月{d_}日")


def person(n):
    return ("st", "PersonName", [("ProductID", n)], n)


def R(no, task, leader, lead, coop, due, gold=None, row=None, due_sdt=None):
    """a task row; gold = (head, lead_units, coop_units, leaders) typed by hand; row = 'ins' / 'del'"""
    return {"no": no, "task": task, "leader": leader, "lead": lead, "coop": coop, "due": due, "gold": gold,
            "row": row, "due_sdt": due_sdt}


def S(title):
    return {"section": title}


ROWS95 = [
    S([("rpc", "一、稳增长扩内需（9项）", 1)]),
    R(["1"], ["全区地区生产总值增长", ("cs", 0), "6%左右", ("ce", 0), "，一般公共预算收入增长5%，规模以上工业增加值增长7%。"],
      [dd("陈国华")], ["区发展改革局"], ["区统计局、区财政局、区税务局"], ["2025年12月底"],
      ("全区地区生产总值增长6%", ["区发展改革局"], ["区统计局", "区财政局", "区税务局"], ["陈国华"])),
    R(["2"], [("del", "力争"), "全年实施区级重点项目120个，完成年度投资280亿元以上", ("fn", 1), "，新开工亿元以上项目40个。"],
      [dd("陈国华")], ["区发展改革局"], ["区住房城乡建设局、区自然资源分局、各街道办事处"], ["2025年12月底"],
      ("全年实施区级重点项目12", ["区发展改革局"], ["区住房城乡建设局", "区自然资源分局", "各街道办事处"], ["陈国华"])),
    R(["3"], ["积极争取超长期特别国债、新增地方政府专项债券等上级资金20亿元以上。"],
      [dd("陈国华")], ["区财政局、区发展改革局"], ["区直有关部门"], ["2025年12月底"],
      ("积极争取超长期特别国债、", ["区财政局", "区发展改革局"], ["区直有关部门"], ["陈国华"])),
    R(["4"], ["开展“乐购澄湾”消费季活动40场以上，社会消费品零售总额增长5.5%。"],
      [dd("林晓彤")], [("del", "区发展改革局", 1), ("ins", "区商务局", 1)],
      ["区文化旅游体育局、区市场", ("shy",), "监管局、", ("del", "区统计局、", 1), "各街道办事处"], ["全年"],
      ("开展“乐购澄湾”消费季活", ["区商务局"], ["区文化旅游体育局", "区市场监管局", "各街道办事处"], ["林晓彤"])),
    R(["5"], ["落实大规模设备更新和消费品以旧换新政策，全年发放汽车、家电等以旧换新补贴1.5亿元。"],
      [dd("林晓彤")], ["区商务局"], ["区工业和信息化局、", ("hl", "http://czj.chengwan.gov.cn/", "区财政局")],
      [chsdate(2025, 12, 31)],
      ("落实大规模设备更新和消费", ["区商务局"], ["区工业和信息化局", "区财政局"], ["林晓彤"])),
    R(["6"], ["外贸进出口总额增长8%，新培育跨境电商经营主体30家、海外仓2个。"],
      [dd("林晓彤")], ["区商务局"], ["澄湾海关、区投资促进中心"], ["2025年12月底"],
      ("外贸进出口总额增长8%，", ["区商务局"], ["澄湾海关", "区投资促进中心"], ["林晓彤"])),
    R(["7"], ["全年引进亿元以上产业项目45个，其中10亿元以上项目6个，实际使用外资1.2亿美元。"],
      [dd("周启明"), "、", dd("林晓彤")], ["区投资促进中心"], ["区商务局、澄湾高新区管委会、各街道办事处"], ["2025年12月底"],
      ("全年引进亿元以上产业项目", ["区投资促进中心"], ["区商务局", "澄湾高新区管委会", "各街道办事处"], ["周启明", "林晓彤"])),
    R(["8"], ["盘活存量低效用地1200亩、闲置国有资产2.3亿元，推动区属国有企业市场化转型。"],
      [dd("陈国华")], ["区财政局"], ["区自然资源分局、区国有资产服务中心"], [chsdate(2025, 11, 30)],
      ("盘活存量低效用地1200", ["区财政局"], ["区自然资源分局", "区国有资产服务中心"], ["陈国华"])),
    R(["9"], ["因城施策稳定房地产市场，收购存量商品房用作保障性住房600套。"],
      [dd("胡卫东")], ["区住房城乡建设局"], ["区财政局、区自然资源分局、澄湾", ("pe", "spellStart"), "城投", ("pe", "spellEnd"), "集团"], ["2025年12月底"],
      ("因城施策稳定房地产市场，", ["区住房城乡建设局"], ["区财政局", "区自然资源分局", "澄湾城投集团"], ["胡卫东"])),

    S(["二、加快产业转型和科技创新（", ("del", "7", 1), ("ins", "8", 1), "项）"]),
    R(["10"], ["新培育", ("ins", "国家级", 2), "专精特新“小巨人”企业5家、省级专精特新中小企业30家。"],
      [dd("马骏")], ["区工业和信息化局"], ["区科技局、区市场监管局"], ["2025年12月底"],
      ("新培育国家级专精特新“小", ["区工业和信息化局"], ["区科技局", "区市场监管局"], ["马骏"])),
    R(["11"], ["推进规模以上工业企业数字化改造全覆盖，新建省级智能工厂和数字化车间8个。"],
      [dd("马骏")], ["区工业和信息化局"], ["区数据局", ("fn", 2), "、区科技局"], ["2025年12月底"],
      ("推进规模以上工业企业数字", ["区工业和信息化局"], ["区数据局", "区科技局"], ["马骏"])),
    # a row inserted by the 区政府办 reviser: everything in it is w:ins, the row itself w:trPr/w:ins
    R([("ins", "12", 1)], [("ins", "加快低空经济产业园建设，引进无人机整机及核心零部件企业10家以上。", 1)],
      [("ins", "马骏", 1)], [("ins", "澄湾高新区管委会", 1)], [("ins", "区工业和信息化局、区投资促进中心", 1)],
      [("ins", "2025年12月底", 1)],
      ("加快低空经济产业园建设，", ["澄湾高新区管委会"], ["区工业和信息化局", "区投资促进中心"], ["马骏"]), row="ins"),
    R([("del", "12", 1), ("ins", "13", 1)], ["高新技术企业总数突破260家，科技型中小企业入库450家。"],
      [dd("马骏")], ["区科技局"], ["区财政局、区税务局"], ["2025年12月底"],
      ("高新技术企业总数突破26", ["区科技局"], ["区财政局", "区税务局"], ["马骏"])),
    R([("del", "13", 1), ("ins", "14", 1)], ["全社会研发投入强度达到2.6%，新建省级以上创新平台6个。"],
      [dd("马骏")], ["区科技局"], ["区统计局、澄湾高新区管委会"], ["2025年12月底"],
      ("全社会研发投入强度达到2", ["区科技局"], ["区统计局", "澄湾高新区管委会"], ["马骏"])),
    R([("del", "14", 1), ("ins", "15", 1)], ["实施“澄才计划”，全年引进高层次人才150名、青年大学生1.2万名。"],
      [dd("吴静怡")], ["区人力资源社会保障局"], ["区科技局、", ("cs", 1), "区教育局", ("ce", 1)], ["2025年12月底"],
      ("实施“澄才计划”，全年引", ["区人力资源社会保障局"], ["区科技局", "区教育局"], ["吴静怡"])),
    R([("del", "15", 1), ("ins", "16", 1)], ["新建5G基站600个，推进5G", ("nbh",), "A网络在重点园区连续覆盖。"],
      [dd("马骏")], ["区工业和信息化局"], ["区城市管理局、国网澄湾供电公司"], ["2025年10月底"],
      ("新建5G基站600个，推", ["区工业和信息化局"], ["区城市管理局", "国网澄湾供电公司"], ["马骏"])),
    R([("del", "16", 1), ("ins", "17", 1)], ["发展数字经济核心产业，数字经济核心产业增加值增长12%。"],
      [dd("马骏")], [("cx", "qiantou", "区数据局")], ["区工业和信息化局、区商务局"], ["2025年12月底"],
      ("发展数字经济核心产业，数", ["区数据局"], ["区工业和信息化局", "区商务局"], ["马骏"])),

    S(["三、推进城乡融合和绿色发展（", ("del", "9", 1), ("ins", "8", 1), "项）"]),
    R([("del", "17", 1), ("ins", "18", 1)], ["持续推进城市更新，实施城市更新项目18个，改造提升背街小巷40条。"],
      [person("胡卫东")], ["区住房城乡", ("bs", "_Hlk190423516"), "建设局", ("be", "_Hlk190423516")],
      ["区城市管理局、各街道办事处"], [chsdate(2025, 12, 31)],
      ("持续推进城市更新，实施城", ["区住房城乡建设局"], ["区城市管理局", "各街道办事处"], ["胡卫东"]),
      due_sdt="2025-12-31"),
    R([("del", "18", 1), ("ins", "19", 1)], ["完成老旧小区改造26个，加装电梯80部，新增公共停车泊位2000个。"],
      [person("胡卫东")], ["区住房城乡建设局"], ["区财政局、区民政局、区城市管理局、各街道办事处"], ["2025年11月30日"],
      ("完成老旧小区改造26个，", ["区住房城乡建设局"], ["区财政局", "区民政局", "区城市管理局", "各街道办事处"], ["胡卫东"]),
      due_sdt="2025-11-30"),
    # 区交通运输局 moved from the 配合单位 cell to the 牵头单位 cell, 区农业农村局 the other way (struck / inserted)
    R([("del", "19", 1), ("ins", "20", 1)], ["新改建农村公路85公里，完成危桥改造6座。"],
      [person("胡卫东")], [("del", "区农业农村局", 2), ("mt", "区交通运输局", "move387110025", 2)],
      [("mf", "区交通运输局、", "move387110025", 2), ("ins", "区农业农村局、", 2), "区财政局"], ["2025年10月31日"],
      ("新改建农村公路85公里，", ["区交通运输局"], ["区农业农村局", "区财政局"], ["胡卫东"]),
      due_sdt="2025-10-31"),
    # a row deleted: not a task of the final document
    R([("del", "20", 1)], [("del", "开展夜间经济示范街区创建，打造特色消费街区3条、“深夜食堂”特色餐饮街区2个。", 1)],
      [("del", "林晓彤", 1)], [("del", "区商务局", 1)], [("del", "区城市管理局、区市场监管局、各街道办事处", 1)],
      [("del", "2025年9月30日", 1)], None, row="del"),
    R(["21"], ["空气质量优良天数比例达到85%，PM2.5平均浓度控制在32微克/立方米以内。"],
      [person("胡卫东")], ["区生态环境分局"], ["区城市管理局、区住房城乡建设局、区交通运输局"], ["2025年12月31日"],
      ("空气质量优良天数比例达到", ["区生态环境分局"], ["区城市管理局", "区住房城乡建设局", "区交通运输局"], ["胡卫东"]),
      due_sdt="2025-12-31"),
    R(["22"], ["全面推行河湖长制，国考、省考断面水质达标率保持100%。"],
      [("del", "胡卫东", 1), ("ins", "苏振林", 1)], ["区水利局"], ["区生态环境分局、区农业农村局、各街道办事处"],
      ["2025年12月31日"],
      ("全面推行河湖长制，国考、", ["区水利局"], ["区生态环境分局", "区农业农村局", "各街道办事处"], ["苏振林"]),
      due_sdt="2025-12-31"),
    R(["23"], ["粮食播种面积稳定在18万亩以上，总产量保持在7.5万吨以上。"],
      [person("苏振林")], ["区农业农村局"], ["区自然资源分局、区统计局、各街道办事处"], ["2025年10月31日"],
      ("粮食播种面积稳定在18万", ["区农业农村局"], ["区自然资源分局", "区统计局", "各街道办事处"], ["苏振林"]),
      due_sdt="2025-10-31"),
    R(["24"], ["新建高标准农田1.5万亩，发展设施农业2000亩。"],
      [person("苏振林")], ["区农业农村局"], ["区财政局、区自然资源分局、区水利局"], ["2025年12月31日"],
      ("新建高标准农田1.5万亩", ["区农业农村局"], ["区财政局", "区自然资源分局", "区水利局"], ["苏振林"]),
      due_sdt="2025-12-31"),
    R(["25"], ["深化安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。"],
      [person("陈国华")], ["区应急管理局"], ["区直有关部门、各街道办事处"], [("plh", "单击或点击此处输入日期。")],
      ("深化安全生产治本攻坚三年", ["区应急管理局"], ["区直有关部门", "各街道办事处"], ["陈国华"]),
      due_sdt="placeholder"),

    S(["四、保障和改善民生（7项）"]),
    {"group": "begin"},
    R(["26"], ["城镇新增就业1.2万人，城镇调查失业率控制在5.5%以内。"],
      ["吴静怡"], ["区人力资源社会保障局"], ["区财政局、区商务局、各街道办事处"], ["2025年12月底"],
      ("城镇新增就业1.2万人，", ["区人力资源社会保障局"], ["区财政局", "区商务局", "各街道办事处"], ["吴静怡"])),
    R(["27"], ["新建、改扩建中小学和幼儿园6所，新增学位5400个。"],
      ["吴静怡"], ["区教育局"], ["区住房城乡建设局、区自然资源分局、区财政局"], ["2025年8月底"],
      ("新建、改扩建中小学和幼儿", ["区教育局"], ["区住房城乡建设局", "区自然资源分局", "区财政局"], ["吴静怡"])),
    R(["28"], ["推进紧密型城市医疗集团建设，新增家庭医生签约服务团队20个。"],
      ["吴静怡"], ["区卫生健康局"], ["区医保局、区财政局"], ["2025年12月底"],
      ("推进紧密型城市医疗集团建", ["区卫生健康局"], ["区医保局", "区财政局"], ["吴静怡"])),
    R(["29"], ["新增养老服务床位300张，建成街道综合养老服务中心4个。"],
      ["吴静怡"], ["区民政局"], ["区卫生健康局、各街道办事处"], ["2025年12月底"],
      ("新增养老服务床位300张", ["区民政局"], ["区卫生健康局", "各街道办事处"], ["吴静怡"])),
    R(["30"], ["开展食品安全“守护”行动，食品抽检量达到每千人6批次。"],
      ["吴静怡"], ["区市场监管局"], ["区农业农村局、区卫生健康局"], ["2025年12月底"],
      ("开展食品安全“守护”行动", ["区市场监管局"], ["区农业农村局", "区卫生健康局"], ["吴静怡"])),
    R(["31"], ["推动“高效办成一件事”重点事项全部落地，政务服务事项全程网办率达到90%。"],
      ["陈国华"], [("fld", ' HYPERLINK "http://zwfw.chengwan.gov.cn/" \\t "_blank" ', "区政务服务中心")],
      ["区数据局、区司法局"], ["2025年12月底"],
      ("推动“高效办成一件事”重", ["区政务服务中心"], ["区数据局", "区司法局"], ["陈国华"])),
    R(["32"], ["严格落实重大行政决策程序，行政复议纠错率、行政诉讼败诉率低于全市平均水平。"],
      ["周启明"], ["区司法局"], ["区直各部门"], ["2025年12月底"],
      ("严格落实重大行政决策程序", ["区司法局"], ["区直各部门"], ["周启明"])),
    {"group": "end"},
]

W95 = [900, 5400, 1300, 2300, 2900, 1200]


def cell(c, w, inner, span=None, shade=None):
    tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if span:
        tcpr += f'<w:gridSpan w:val="{span}"/>'
    if shade:
        tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    tcpr += '<w:vAlign w:val="center"/>'
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{inner}</w:tc>"


def block_sdt(c, inner, alias, tag, kind="<w:richText/>"):
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{c.sid()}"/>{kind}'
            f'</w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>')


def table95(c):
    T = st_(FS, 24)
    H = st_(HT, 24)
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in W95)
    rows = []
    hdr = "".join(cell(c, w, c.p([t], H, jc="center"), shade="D9D9D9")
                  for w, t in zip(W95, ["序号", "工作任务", "责任领导", "牵头单位", "配合单位", "完成时限"]))
    rows.append(f'<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>{hdr}</w:tr>')
    group = None
    for it in ROWS95:
        if "group" in it:
            if it["group"] == "begin":
                group = []
            else:
                rows.append(block_sdt(c, "".join(group), "民生任务", "minsheng", ""))
                group = None
            continue
        if "section" in it:
            x = (f'<w:tr><w:trPr><w:cantSplit/></w:trPr>'
                 f'{cell(c, sum(W95), c.p(it["section"], st_(HT, 24), first=0), span=6)}</w:tr>')
            rows.append(x)
            continue
        mark = {"ins": "ins", "del": "del"}.get(it["row"])
        who = 1
        def P(segs, jc=None):
            return c.p(segs, T, jc=jc, mark=mark, who=who)
        cells = [cell(c, W95[0], P(it["no"], "center")),
                 cell(c, W95[1], P(it["task"], "both")),
                 cell(c, W95[2], P(it["leader"], "center")),
                 cell(c, W95[3], P(it["lead"])),
                 cell(c, W95[4], P(it["coop"]) if group is None else
                      block_sdt(c, P(it["coop"]), "配合单位", "peihe")),
                 ]
        due = it["due_sdt"]
        if due is None:
            cells.append(cell(c, W95[5], P(it["due"], "center")))
        elif due == "placeholder":
            cells.append(f'<w:sdt><w:sdtPr><w:alias w:val="完成时限"/><w:tag w:val="wcsx"/><w:id w:val="{c.sid()}"/>'
                         f'<w:showingPlcHdr/><w:date><w:dateFormat w:val="yyyy年M月d日"/><w:lid w:val="zh-CN"/>'
                         f'<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
                         f'</w:sdtPr><w:sdtContent>{cell(c, W95[5], P(it["due"], "center"))}</w:sdtContent></w:sdt>')
        else:                                   # cell-level date picker: the w:sdt wraps the w:tc
            cells.append(f'<w:sdt><w:sdtPr><w:alias w:val="完成时限"/><w:tag w:val="wcsx"/><w:id w:val="{c.sid()}"/>'
                         f'<w:date w:fullDate="{due}T00:00:00Z"><w:dateFormat w:val="yyyy年M月d日"/>'
                         f'<w:lid w:val="zh-CN"/><w:storeMappedDataAs w:val="dateTime"/>'
                         f'<w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
                         f'<w:sdtContent>{cell(c, W95[5], P(it["due"], "center"))}</w:sdtContent></w:sdt>')
        trpr = "<w:cantSplit/>"
        if mark:
            trpr += f"<w:{mark} {c.tr(1)}/>"
        x = f'<w:tr w:rsidR="{c.rsid()}"><w:trPr>{trpr}</w:trPr>{"".join(cells)}</w:tr>'
        if group is not None:
            group.append(block_sdt(c, x, "任务" + final(it["no"]), "renwu", ""))
        else:
            rows.append(x)
    tbl = (f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{sum(W95)}" w:type="dxa"/>'
           f'<w:jc w:val="center"/><w:tblLayout w:type="fixed"/>'
           f'<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
           f'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')
    c.body(tbl)


def gold95():
    golds = []
    for it in ROWS95:
        if "section" in it or "group" in it:
            continue
        if it["row"] == "del":
            assert it["gold"] is None
            continue
        head, lead, coop, leaders = it["gold"]
        no = final(it["no"])
        task = final(it["task"])
        assert task[:12] == head, (no, task[:12], head)
        assert units_of(it["lead"]) == lead, (no, final(it["lead"]), lead)
        assert units_of(it["coop"]) == coop, (no, final(it["coop"]), coop)
        assert units_of(it["leader"]) == leaders, (no, final(it["leader"]), leaders)
        golds.append(G(no, head, lead + coop, lead, coop, leaders))
    assert [g["id"] for g in golds] == [str(i) for i in range(1, len(golds) + 1)], [g["id"] for g in golds]
    check_heads(golds)
    return golds


def doc95():
    name = "95_chengwan_qu_xiugai_genzong_biao"
    d = new_doc()
    d.core_properties.author = "区政府办 秘书科"
    d.core_properties.last_modified_by = "区政府办 周蕾"
    c = Ctx(d, 95, ["区政府办 周蕾", "区政府办 周蕾", "区发展改革局 韩冬"],
            ["2025-02-27T10:14:00Z", "2025-03-01T16:42:00Z", "2025-02-28T09:05:00Z"])
    c.comments[0] = ("区统计局 王琳", "2025-02-28T11:20:00Z", "市里下达的目标为“6%左右”，建议表述与市政府工作报告保持一致。")
    c.comments[1] = ("区教育局 赵明", "2025-02-28T15:03:00Z", "我局仅负责中小学教育人才引进部分，建议在任务中予以明确。")
    c.footnotes[1] = "区级重点项目名单由区发展改革局另行印发。"
    c.footnotes[2] = "区数据局即区政务服务和数据管理局，下同。"
    c.header_text("送审稿")
    c.footer_page()
    front(c, "澄湾区人民政府办公室文件", ["澄政办发〔2025〕6号"],
          [["澄湾区人民政府办公室"], ["关于印发2025年区政府工作报告重点工作"], ["任务分工方案的通知"]],
          ["各街道办事处，澄湾高新区管委会，区政府各部门，区直各单位："],
          [["《2025年澄湾区人民政府工作报告》已经区十七届人大五次会议审议通过。为确保报告确定的各项目标任务落到实处，"
            "经区政府同意，现将《2025年区政府工作报告重点工作任务分工表》印发给你们，请认真抓好贯彻落实。"],
           ("h", ["一、压实工作责任"]),
           ["分工表共列出32项重点工作任务，逐项明确责任领导、牵头单位、配合单位", ("ins", "和完成时限", 1), "。"
            "牵头单位对任务落实负总责，主要负责同志为第一责任人；配合单位要主动对接、密切配合，形成工作合力。"],
           ("h", ["二、细化推进措施"]),
           ["各牵头单位要于3月", ("del", "10", 1), ("ins", "15", 1), "日前制定具体落实方案，明确时间表、路线图和责任人，"
            "报区政府督查室备案。涉及多个单位的任务，由牵头单位负责召集协调。"],
           ("h", ["三、强化督查考核"]),
           ["区政府督查室对各项任务实行清单化管理，按季度开展督查，督查结果纳入年度绩效考核。各牵头单位于每季度最后一个月"
            "25日前报送任务进展情况，", ("del", "全年任务完成情况于12月20日前报送", 1), ("ins", "年度总结于12月20日前报送", 1), "。"]],
          [["附件：2025年区政府工作报告重点工作任务分工表"]],
          ["澄湾区人民政府办公室"],
          [("fld", ' DATE \\@ "yyyy年M月d日" \\* MERGEFORMAT ', "2025年3月4日")])
    landscape(d)
    c.body(c.p(["附件"], st_(HT, 32)))
    c.body(c.p(["2025年区政府工作报告重点工作任务分工表"], st_(XBS, 40), jc="center"))
    table95(c)
    c.body(c.p([], st_(FS, 24)))
    portrait(d)
    for _ in range(14):
        c.body(c.p([], st_(FS, 32)))
    banji(c, ["抄送：区委办公室，区人大常委会办公室，区政协办公室，区纪委监委。"],
          ["澄湾区人民政府办公室", "　　　　　　　　", "2025年3月4日印发"])
    c.add_parts()
    d.save(OUT + name + ".docx")
    golds = gold95()
    write_gold(OUT, name, golds)
    return golds


# ==================================================================================================== 96
NUM96 = 961


def add_numbering96(d):
    numbering = d.part.numbering_part.element
    ab = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{NUM96}"><w:nsid w:val="5C1E2A77"/>'
        f'<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="A41E4F2C"/>'
        f'<w:lvl w:ilvl="0" w:tplc="0409000F"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        f'<w:rPr><w:rFonts w:ascii="{FS}" w:eastAsia="{FS}" w:hAnsi="{FS}"/></w:rPr></w:lvl>'
        f'<w:lvl w:ilvl="1" w:tplc="04090019"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        f'<w:lvlText w:val="%2)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="840" w:hanging="420"/></w:pPr></w:lvl>'
        f'</w:abstractNum>')
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(ab)
    else:
        numbering.append(ab)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{NUM96}"><w:abstractNumId w:val="{NUM96}"/></w:num>'))


def cl(leaders, lead, coop):
    """a clause line's segments: （责任领导：…；牵头单位：…；配合单位：…）"""
    return ["（责任领导："] + leaders + ["；牵头单位："] + lead + ["；配合单位："] + coop + ["）"]


def T(task, clause, gold, kind="ok", cont=None, typed=None, sdt=None, move=None):
    """kind: ok / ins / del / mf / mt; cont: a continuation paragraph whose numbering was removed;
    typed: a typed number struck out when the paragraph got automatic numbering; sdt: 'task' or 'clause' wraps
    that paragraph in a block-level content control; gold = (id, head, lead, coop, leaders) typed by hand"""
    return {"task": task, "clause": clause, "gold": gold, "kind": kind, "cont": cont, "typed": typed, "sdt": sdt,
            "move": move}


def H(text):
    return {"heading": text}


MOVE96 = "move190537044"
MOVED_TASK = ["实施“禾苗”人才计划，全年引进各类急需紧缺人才300名，新建人才公寓200套。"]
MOVED_CLAUSE = cl(["汤雅琴"], ["县人力资源社会保障局"], ["县科技局、县教育局、县卫生健康局"])

ITEMS96 = [
    H("一、稳住经济基本盘"),
    T(["全县地区生产总值增长6.5%左右，规模以上工业增加值增长8%，固定资产投资增长7%。"],
      cl(["邵立群"], ["县发展", ("bs", "_Hlk190512233"), "改革局"], ["县统计局", ("be", "_Hlk190512233"), "、县工业和信息化局、县财政局"]),
      ("1", "全县地区生产总值增长6.", ["县发展改革局"], ["县统计局", "县工业和信息化局", "县财政局"], ["邵立群"])),
    T(["全年实施县级重点项目80个，完成年度投资", ("cs", 0), "150亿元", ("ce", 0), "以上，新开工亿元以上项目25个。"],
      cl(["邵立群"], ["县发展改革局"], ["县自然资源局、县住房城乡建设局、各乡镇人民政府"]),
      ("2", "全年实施县级重点项目80", ["县发展改革局"], ["县自然资源局", "县住房城乡建设局", "各乡镇人民政府"], ["邵立群"])),
    T(["用好超长期特别国债和新增专项债券政策，全年争取上级资金12亿元以上。"],
      cl(["邵立群"], ["县财政局、县发展改革局"], ["县直有关单位"]),
      ("3", "用好超长期特别国债和新增", ["县财政局", "县发展改革局"], ["县直有关单位"], ["邵立群"]), kind="ins"),
    T(["开展“禾美消费”促消费活动30场以上，社会消费品零售总额增长5%。"],
      cl(["梁海燕"], ["县商务局"], ["县文化旅游体育局、县市场", ("shy",), "监管局、各乡镇人民政府"]),
      ("4", "开展“禾美消费”促消费活", ["县商务局"], ["县文化旅游体育局", "县市场监管局", "各乡镇人民政府"], ["梁海燕"])),
    T(["全年招引亿元以上项目30个，其中10亿元以上项目3个，到位县外资金120亿元。"],
      cl([person("何振宇"), "、", person("梁海燕")], ["县投资促进中心"],
         [("hl", "http://kfq.heping.gov.cn/", "禾坪经济开发区管委会"), "、县商务局、各乡镇人民政府"]),
      ("5", "全年招引亿元以上项目30", ["县投资促进中心"], ["禾坪经济开发区管委会", "县商务局", "各乡镇人民政府"],
       ["何振宇", "梁海燕"])),
    T(["一般公共预算收入增长4%，严格落实政府过紧日子要求，“三保”支出足额保障。"],
      cl(["邵立群"], ["县财政局"], ["县税务局、", ("del", "县统计局、", 1), "县直各单位"]),
      ("6", "一般公共预算收入增长4%", ["县财政局"], ["县税务局", "县直各单位"], ["邵立群"])),
    T(["防范化解地方政府债务风险，严格落实化债方案，全面完成年度化债任务。"],
      ["（责任领导：邵立群；", ("del", "责任", 1), ("ins", "牵头", 1), "单位：县财政局；配合单位：县发展改革局、县审计局）"],
      ("7", "防范化解地方政府债务风险", ["县财政局"], ["县发展改革局", "县审计局"], ["邵立群"]),
      cont=["加快融资平台公司市场化转型，严控新增隐性债务，确保不发生区域性系统性风险。"]),

    H("二、加快产业转型升级"),
    T([("del", "大力", 1), "实施工业“倍增”计划，新增规模以上工业企业20家，工业投资增长12%。"],
      cl([("dd", "彭志远", ["何振宇", "邵立群", "梁海燕", "彭志远", "汤雅琴", "韦建国"], "责任领导")],
         ["县工业和信息化局"], ["禾坪经济开发区管委会、县统计局"]),
      ("8", "实施工业“倍增”计划，新", ["县工业和信息化局"], ["禾坪经济开发区管委会", "县统计局"], ["彭志远"])),
    T(["推动新材料、绿色食品两大主导产业", ("pe", "gramStart"), "延链补链强链", ("pe", "gramEnd"),
       "，新引进链上配套企业15家。"],
      cl(["彭志远"], ["禾坪经济开发区管委会"],
         ["县工业和信息化局、", ("fld", ' HYPERLINK "http://tcj.heping.gov.cn/" ', "县投资促进中心")]),
      ("9", "推动新材料、绿色食品两大", ["禾坪经济开发区管委会"], ["县工业和信息化局", "县投资促进中心"], ["彭志远"])),
    T(["建设县城商贸物流园区一期工程，引进规模以上物流企业5家。"],
      cl(["梁海燕"], ["县商务局"], ["县交通运输局、县自然资源局"]),
      None, kind="del"),
    T(["新增高新技术企业12家、科技型中小企业40家", ("fn", 1), "，全社会研发投入强度达到2%。"],
      cl(["彭志远"], ["县科技局"], ["县工业和信息化局、县财政局、县税务局"]),
      ("10", "新增高新技术企业12家、", ["县科技局"], ["县工业和信息化局", "县财政局", "县税务局"], ["彭志远"])),
    T(MOVED_TASK, MOVED_CLAUSE, None, kind="mf"),
    T([("ins", "加快", 1), "发展数字经济，建成5G基站260个，推进5G", ("nbh",), "A试点应用，推动30家企业“上云用数赋智”。"],
      cl(["彭志远"], ["县数据资源局"], ["县工业和信息化局、县商务局"]),
      ("11", "加快发展数字经济，建成5", ["县数据资源局"], ["县工业和信息化局", "县商务局"], ["彭志远"])),
    T(["推进文旅深度融合，", chsdate(2025, 10, 31), "前完成国家AAAA级旅游景区创建申报，全年接待游客增长10%。"],
      cl(["梁海燕"], [("cx", "qiantou", "县文化旅游体育局")], ["县自然资源局、县交通运输局、各乡镇人民政府"]),
      ("12", "推进文旅深度融合，202", ["县文化旅游体育局"], ["县自然资源局", "县交通运输局", "各乡镇人民政府"], ["梁海燕"])),
    T(["发展县域商贸物流，建设县级冷链物流中心1个、乡镇快递物流服务站12个。"],
      cl([("del", "彭志远", 1), ("ins", "梁海燕", 1)], ["县商务局"], ["县交通运输局、县供销社"]),
      ("13", "发展县域商贸物流，建设县", ["县商务局"], ["县交通运输局", "县供销社"], ["梁海燕"])),

    {"block": "begin"},
    H("三、推进乡村全面振兴"),
    T(["粮食播种面积稳定在42万亩以上，总产量保持在16万吨以上。"],
      cl(["韦建国"], ["县农业农村局"], ["县自然资源局、县统计局、各乡镇人民政府"]),
      ("14", "粮食播种面积稳定在42万", ["县农业农村局"], ["县自然资源局", "县统计局", "各乡镇人民政府"], ["韦建国"]),
      typed="1．"),
    T(["新建高标准农田3万亩，稳妥有序推进耕地“非粮化”整治。"],
      cl(["韦建国"], ["县农业农村局"], ["县财政局、县自然资源局、县水利局"]),
      ("15", "新建高标准农田3万亩，稳", ["县农业农村局"], ["县财政局", "县自然资源局", "县水利局"], ["韦建国"]),
      typed="2．"),
    T(["巩固拓展脱贫攻坚成果，健全防止返贫致贫监测帮扶机制，守住不发生规模性返贫致贫底线。"],
      cl(["韦建国"], ["县农业农村局"], ["县民政局、县人力资源社会保障局、县医保局、各乡镇人民政府"]),
      ("16", "巩固拓展脱贫攻坚成果，健", ["县农业农村局"], ["县民政局", "县人力资源社会保障局", "县医保局", "各乡镇人民政府"],
       ["韦建国"]), typed="3．"),
    T(["实施和美乡村建设“十百千”工程，打造省级和美乡村示范村15个，农村卫生户厕普及率", ("cs", 1), "达到90%。"],
      cl(["韦建国"], ["县农业农村局"], ["县住房城乡建设局、市生态环境局禾坪分局、各乡镇人民政府", ("ce", 1)]),
      ("17", "实施和美乡村建设“十百千", ["县农业农村局"], ["县住房城乡建设局", "市生态环境局禾坪分局", "各乡镇人民政府"],
       ["韦建国"]), typed="4．"),
    T(["新改建农村公路120公里，完成农村公路危桥改造8座。"],
      cl(["韦建国"], ["县交通运输局"], ["县财政局、各乡镇人民政府"]),
      ("18", "新改建农村公路120公里", ["县交通运输局"], ["县财政局", "各乡镇人民政府"], ["韦建国"]), typed="5．"),
    T(["全面推行河湖长制，完成中小河流治理25公里，县城集中式饮用水水源地水质达标率保持100%。"],
      cl(["韦建国"], ["县水利局"], ["市生态环境局禾坪分局、县农业农村局"]),
      ("19", "全面推行河湖长制，完成中", ["县水利局"], ["市生态环境局禾坪分局", "县农业农村局"], ["韦建国"]),
      typed="6．", sdt="clause"),
    {"block": "end"},

    H("四、持续增进民生福祉"),
    T(["城镇新增就业5200人，城镇调查失业率控制在5.5%以内，农村劳动力转移就业稳定在18万人以上。"],
      cl(["汤雅琴"], ["县人力资源社会保障局"], ["县财政局", ("ins", "、县商务局", 1), "、各乡镇人民政府"]),
      ("20", "城镇新增就业5200人，", ["县人力资源社会保障局"], ["县财政局", "县商务局", "各乡镇人民政府"], ["汤雅琴"])),
    T(MOVED_TASK, MOVED_CLAUSE,
      ("21", "实施“禾苗”人才计划，全", ["县人力资源社会保障局"], ["县科技局", "县教育局", "县卫生健康局"], ["汤雅琴"]),
      kind="mt"),
    T(["新建、改扩建中小学校4所，新增学位2700个，推进县域普通高中振兴行动。"],
      cl([person("汤雅琴")], ["县教育局"], ["县发展改革局、县住房城乡建设局、县财政局"]),
      ("22", "新建、改扩建中小学校4所", ["县教育局"], ["县发展改革局", "县住房城乡建设局", "县财政局"], ["汤雅琴"])),
    T(["推进紧密型县域医共体建设，县域内就诊率达到90%以上。"],
      cl(["汤雅琴"], ["县卫生", ("bs", "_GoBack"), ("be", "_GoBack"), "健康局"], ["县医保局、县财政局"]),
      ("23", "推进紧密型县域医共体建设", ["县卫生健康局"], ["县医保局", "县财政局"], ["汤雅琴"])),
    T([("del", "全年", 1), "新增养老服务床位200张，建成乡镇区域养老服务中心3个。"],
      cl(["汤雅琴"], ["县民政局"], ["县卫生健康局、各乡镇人民政府"]),
      ("24", "新增养老服务床位200张", ["县民政局"], ["县卫生健康局", "各乡镇人民政府"], ["汤雅琴"])),
    T(["完成城镇老旧小区改造32个、城中村改造800户。"],
      cl(["梁海燕"], [("del", "县城市管理局", 1), ("ins", "县住房城乡建设局", 1)],
         ["县财政局、县自然资源局、各乡镇人民政府"]),
      ("25", "完成城镇老旧小区改造32", ["县住房城乡建设局"], ["县财政局", "县自然资源局", "各乡镇人民政府"], ["梁海燕"])),
    T(["深化安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。"],
      cl(["邵立群"], ["县应急管理局"], ["县直有关部门、各乡镇人民政府"]),
      ("26", "深化安全生产治本攻坚三年", ["县应急管理局"], ["县直有关部门", "各乡镇人民政府"], ["邵立群"]), sdt="task"),
    T(["开展食品安全“守护”行动，食品抽检量达到每千人5批次。"],
      cl(["汤雅琴"], ["县市场监管局"], [("rpc", "县农业农村局、县卫生健康局", 1)]),
      ("27", "开展食品安全“守护”行动", ["县市场监管局"], ["县农业农村局", "县卫生健康局"], ["汤雅琴"])),

    H("五、加强政府自身建设"),
    T(["深化“放管服”改革，推动“高效办成一件事”重点事项全部落地。"],
      cl(["邵立群"], ["县政务服务中心"],
         [("fs", ' HYPERLINK "http://sjj.heping.gov.cn/" ', "县数据资源局"), "、县司法局、县市场监管局"]),
      ("28", "深化“放管服”改革，推动", ["县政务服务中心"], ["县数据资源局", "县司法局", "县市场监管局"], ["邵立群"])),
    T(["严格落实重大行政决策程序，行政复议纠错率和行政诉讼败诉率保持全市较低水平。"],
      cl(["何振宇"], ["县司法局"], ["县直各单位"]),
      ("29", "严格落实重大行政决策程序", ["县司法局"], ["县直各单位"], ["何振宇"])),
    T(["自觉接受人大法律监督、工作监督和政协民主监督，人大代表建议和政协提案按期办结率100%。"],
      cl(["何振宇"], ["县政府办公室"], ["县直有关单位"]),
      ("30", "自觉接受人大法律监督、工", ["县政府办公室"], ["县直有关单位"], ["何振宇"])),
]

CLAUSE_RE = re.compile(r"^（责任领导：(.*)；牵头单位：(.*)；配合单位：(.*)）$")


def attach96(c):
    B = st_(FS, 32)
    K = st_(KT, 32)
    IND = '<w:ind w:left="0" w:firstLine="640"/>'
    NUMPR = f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{NUM96}"/></w:numPr>'
    buf = None
    out = []

    def emit(x):
        (buf if buf is not None else out).append(x)

    for it in ITEMS96:
        if "block" in it:
            if it["block"] == "begin":
                buf = []
            else:
                out.append(block_sdt(c, "".join(buf), "县农业农村局报送内容", "nyncj"))
                buf = None
            continue
        if "heading" in it:
            toc = "_Toc%d" % (190500000 + 37 * c.nid())
            emit(c.p([("bs", toc), it["heading"], ("be", toc)], st_(HT, 32), first=640))
            continue
        k = it["kind"]
        task, clause = it["task"], it["clause"]
        if k == "ins":
            tp = c.p([("ins", final(task), 1)], B, num=NUM96, mark="ins", who=1)
            cp = c.p([("ins", final(clause), 1)], K, first=640, mark="ins", who=1)
        elif k == "del":
            tp = c.p([("del", final(task), 1)], B, num=NUM96, mark="del", who=1)
            cp = c.p([("del", final(clause), 1)], K, first=640, mark="del", who=1)
        elif k in ("mf", "mt"):
            x = "mfx" if k == "mf" else "mtx"
            tp = c.p([(x[:2] + "S", MOVE96, 1), (x, final(task), 1)], B, num=NUM96, mark=k, who=1)
            cp = c.p([(x, final(clause), 1), (x[:2] + "E", MOVE96)], K, first=640, mark=k, who=1)
        elif it["typed"]:
            # typed number struck out; the paragraph got automatic numbering (w:pPrChange holds the old pPr)
            tp = c.p([("del", it["typed"], 1)] + task, B, num=NUM96, who=1, pprchange=IND)
            cp = c.p(clause, K, first=640)
        else:
            tp = c.p(task, B, num=NUM96)
            cp = c.p(clause, K, first=640)
        if it["sdt"] == "task":
            tp = block_sdt(c, tp, "任务内容", "rwnr", "<w:text/>")
        if it["sdt"] == "clause":
            cp = block_sdt(c, cp, "责任分工", "zrfg", "<w:text/>")
        emit(tp)
        if it["cont"]:
            # a paragraph that was a numbered item of its own: numbering removed, now the task's second paragraph
            emit(c.p(it["cont"], B, first=640, who=1, pprchange=NUMPR + IND))
        emit(cp)
    for x in out:
        c.body(x)


def gold96():
    golds = []
    n = 0
    for it in ITEMS96:
        if "heading" in it or "block" in it:
            continue
        if it["kind"] in ("del", "mf"):
            assert it["gold"] is None
            continue
        n += 1
        gid, head, lead, coop, leaders = it["gold"]
        assert gid == str(n), (gid, n)
        task = final(it["task"])
        assert task[:12] == head, (gid, task[:12], head)
        m = CLAUSE_RE.match(final(it["clause"]))
        assert m, final(it["clause"])
        assert split_units(m.group(1)) == leaders, (gid, m.group(1))
        assert split_units(m.group(2)) == lead, (gid, m.group(2))
        assert split_units(m.group(3)) == coop, (gid, m.group(3))
        golds.append(G(gid, head, lead + coop, lead, coop, leaders))
    check_heads(golds)
    return golds


def doc96():
    name = "96_heping_xian_xiugai_qingdan"
    d = new_doc()
    d.core_properties.author = "Administrator"
    d.core_properties.last_modified_by = "县政府办 刘敏"
    c = Ctx(d, 96, ["县政府办 刘敏", "县政府办 刘敏", "县发展改革局 杜鹏"],
            ["2025-02-20T09:12:00Z", "2025-02-24T17:36:00Z", "2025-02-21T10:48:00Z"])
    c.comments[0] = ("县发展改革局 杜鹏", "2025-02-21T10:50:00Z", "投资口径请与县统计局核实，建议按“完成年度投资150亿元以上”表述。")
    c.comments[1] = ("县政府办 刘敏", "2025-02-24T17:30:00Z", "户厕普及率目标和配合单位请县农业农村局再确认。")
    c.footnotes[1] = "科技型中小企业以全国科技型中小企业信息服务平台入库数为准。"
    add_numbering96(d)
    c.footer_page()
    front(c, "禾坪县人民政府办公室文件", ["禾政办发〔2025〕4号"],
          [["禾坪县人民政府办公室"], ["关于印发2025年县政府重点工作任务清单的通知"]],
          ["各乡镇人民政府，禾坪经济开发区管委会，县直各单位："],
          [["经县人民政府同意，现将《2025年县政府重点工作任务清单》印发给你们，请结合实际，认真抓好落实。"],
           ["一、清单共分五个方面30项重点工作任务，每项任务均明确了", ("del", "责任单位", 1), ("ins", "责任领导、牵头单位和配合单位", 1), "。"
            "牵头单位是任务落实的第一责任主体，要制定推进计划，定期研究调度；配合单位要按照职责分工积极配合，"
            "不得推诿扯皮。"],
           ["二、各牵头单位要于每月5日前将上月任务推进情况报县政府督查室，每季度末形成阶段性总结，"
            "年底前报送全年任务完成情况。"],
           ["三、县政府督查室对任务落实情况实行“月调度、季通报、年考核”，对推进不力、进度滞后的单位进行通报，"
            "考核结果纳入年度综合考核。"]],
          [["附件：2025年县政府重点工作任务清单"]],
          ["禾坪县人民政府办公室"],
          [("fs", ' SAVEDATE \\@ "yyyy年M月d日" \\* MERGEFORMAT ', "2025年2月26日")])
    c.body(c.p([("lrpb",)], st_(FS, 32)).replace("<w:r><w:lastRenderedPageBreak/></w:r>",
                                                '<w:r><w:br w:type="page"/></w:r>'))
    c.body(c.p(["附件"], st_(HT, 32)))
    c.body(c.p(["2025年县政府重点工作任务清单"], st_(XBS, 40), jc="center"))
    c.body(c.p([], st_(FS, 32)))
    attach96(c)
    for _ in range(6):
        c.body(c.p([], st_(FS, 32)))
    banji(c, ["抄送：县委办公室，县人大常委会办公室，县政协办公室。"],
          ["禾坪县人民政府办公室", "　　　　　　　　　", "2025年2月26日印发"])
    c.add_parts()
    d.save(OUT + name + ".docx")
    golds = gold96()
    write_gold(OUT, name, golds)
    return golds


if __name__ == "__main__":
    for f in (doc95, doc96):
        gs = f()
        print(f.__name__, len(gs), "tasks")
