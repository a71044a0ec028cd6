#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 76 / 405: a 市国资委 notice 印发ing its 2025 国企改革深化提升行动
重点任务分工表, as an OFD -> DOCX converter writes it in its "保留版式" (exact
layout) mode.

Writes 405_qingxiu_shi_guoziwei_ofd_zhuanhuan_fengong.docx next to this script.

What the converter writes (and what a real conversion of a printed page looks like):
  * one section per printed page (portrait for the notice, landscape for the
    attachment), page margins 0, the page's only body paragraph empty and holding
    every object of the page as floating shapes anchored to the page;
  * every text block a DrawingML text box (wps:wsp txBox) positioned absolutely in
    EMU, inside mc:AlternateContent with a VML v:shape fallback that repeats the
    same w:txbxContent (so the text is in the XML twice);
  * inside a text box, each printed line is its own w:p (the converter does not
    rejoin lines: unit names and sentences are cut where the printed line ends);
  * the attachment's table is not a w:tbl: each cell's text is a text box placed
    where the cell was printed, and the ruling is a set of line shapes.  Cells that
    were merged down (责任委领导, some 牵头处室) are a single text box vertically
    centred on the merged block, emitted with the block's first row; the merge is
    visible only because no rule crosses it;
  * the header row is drawn again on each page; one row breaks across a page;
  * runs are cut where the character spacing of the printed text changes, fonts
    carry the embedded subset names, an odd paragraph style "ofdText";
  * OA furniture of the exported file: a 收文 stamp box on page 1 and a rotated
    download watermark (with a staff member's name) on every page; the electronic
    seal as a picture.
"""
import io
import math
import os
import random
import re
import zipfile
from xml.sax.saxutils import escape

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "405_qingxiu_shi_guoziwei_ofd_zhuanhuan_fengong.docx")
SEAL_PNG = os.path.join(HERE, "work405_seal.png")

RND = random.Random(405)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')

# embedded font names as the OFD carries them (subset prefixes kept)
F_FS = "DCKBGE+FangSong_GB2312"
F_HT = "DCKBHF+SimHei"
F_XBS = "DCKBJH+FZXiaoBiaoSong-B05S"
F_KT = "DCKBKI+KaiTi_GB2312"
F_ST = "DCKBLM+SimSun"

PT = 12700          # EMU per point
MM = 72.0 / 25.4    # points per millimetre

# ---------------------------------------------------------------------------
# text measurement and line breaking
# ---------------------------------------------------------------------------
NO_START = set("，。、；：？！）》」』”’％…—·〕】,.;:!?)%")
NO_END = set("（《「『“‘〔【(")


def em(ch):
    return 0.5 if ord(ch) < 0x2E80 and ch not in "—…“”‘’·" else 1.0


def width_em(s):
    return sum(em(c) for c in s)


def tokens(s):
    out = []
    for m in re.finditer(r"[0-9A-Za-z.%\-:]+|.", s):
        out.append(m.group(0))
    return out


def wrap(s, cap, first_cap=None):
    """Break s into printed lines of at most cap em (first line first_cap)."""
    lines, cur, curw = [], "", 0.0
    limit = first_cap if first_cap is not None else cap
    for t in tokens(s):
        tw = width_em(t)
        if curw + tw <= limit + 1e-6 or not cur:
            cur += t
            curw += tw
            continue
        if t in NO_START:          # hang the punctuation at the line end
            cur += t
            curw += tw
            continue
        carry = ""
        while cur and cur[-1] in NO_END:
            carry = cur[-1] + carry
            cur = cur[:-1]
        lines.append(cur)
        cur = carry + t
        curw = width_em(cur)
        limit = cap
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------------------
# XML writers
# ---------------------------------------------------------------------------
class Ctx:
    def __init__(self):
        self.shape_id = 1
        self.z = 251658240
        self.vml_type_done = False

    def next(self):
        self.shape_id += 1
        self.z += 1
        return self.shape_id, self.z


CTX = Ctx()


def emu(p):
    return int(round(p * PT))


def run_xml(text, font, size, color="000000", bold=False, spacing=None):
    if text == "":
        return ""
    rpr = ['<w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:cs="%s"/>' % (font, font, font, font)]
    if bold:
        rpr.append("<w:b/><w:bCs/>")
    if color != "000000":
        rpr.append('<w:color w:val="%s"/>' % color)
    if spacing:
        rpr.append('<w:spacing w:val="%d"/>' % spacing)
    rpr.append('<w:kern w:val="0"/>')
    rpr.append('<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (round(size * 2), round(size * 2)))
    sp = ' xml:space="preserve"' if text != text.strip() or "  " in text else ""
    return '<w:r><w:rPr>%s</w:rPr><w:t%s>%s</w:t></w:r>' % ("".join(rpr), sp, escape(text))


def split_runs(text):
    """Cut a printed line where the converter saw the glyph spacing change."""
    if len(text) < 4:
        return [text]
    n = RND.choice([1, 1, 2, 2, 3])
    cuts = sorted(RND.sample(range(1, len(text)), min(n - 1, len(text) - 1)))
    parts, prev = [], 0
    for c in cuts + [len(text)]:
        parts.append(text[prev:c])
        prev = c
    return [p for p in parts if p]


def para_xml(line, font, size, pitch, color="000000", bold=False, jc="left",
             base_spacing=0, ind_first=0, ind_left=0):
    runs = []
    for i, part in enumerate(split_runs(line) if line else [""]):
        sp = base_spacing + (RND.choice([0, 0, -1, 1]) if i else 0)
        runs.append(run_xml(part, font, size, color, bold, sp or None))
    ind = ""
    if ind_first or ind_left:
        ind = '<w:ind w:left="%d" w:firstLine="%d"/>' % (round(ind_left * 20), round(ind_first * 20))
    ppr = ('<w:pPr><w:pStyle w:val="ofdText"/><w:widowControl w:val="0"/><w:kinsoku w:val="0"/>'
           '<w:wordWrap w:val="0"/><w:overflowPunct w:val="0"/><w:autoSpaceDE w:val="0"/>'
           '<w:autoSpaceDN w:val="0"/><w:snapToGrid w:val="0"/>'
           '<w:spacing w:before="0" w:after="0" w:line="%d" w:lineRule="exact"/>%s'
           '<w:jc w:val="%s"/><w:textAlignment w:val="baseline"/></w:pPr>'
           % (round(pitch * 20), ind, jc))
    return "<w:p>%s%s</w:p>" % (ppr, "".join(runs))


def anchor_open(x, y, w, h, sid, z, name, behind=False):
    return ('<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="%d" '
            'behindDoc="%d" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="page"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="page"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
            '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
            '<wp:docPr id="%d" name="%s"/><wp:cNvGraphicFramePr/>'
            % (z, 1 if behind else 0, emu(x), emu(y), emu(w), emu(h), sid, name))


def textbox(x, y, w, h, paras_xml, border=None, rot=0, behind=False):
    """A text box at (x, y) pt on the page, w x h pt, holding paragraph xml."""
    sid, z = CTX.next()
    name = "Text %d" % sid
    content = "<w:txbxContent>%s</w:txbxContent>" % "".join(paras_xml)
    ln = ('<a:ln w="%d"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:ln>' % (emu(border[1]), border[0])
          if border else "<a:ln><a:noFill/></a:ln>")
    rot_attr = ' rot="%d"' % (rot * 60000) if rot else ""
    choice = ('<mc:Choice Requires="wps"><w:drawing>%s'
              '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
              '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm%s><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
              '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/>%s</wps:spPr>'
              '<wps:txbx>%s</wps:txbx>'
              '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
              '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
              % (anchor_open(x, y, w, h, sid, z, name, behind), rot_attr, emu(w), emu(h), ln, content))
    shapetype = ""
    if not CTX.vml_type_done:
        CTX.vml_type_done = True
        shapetype = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
                     '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>')
    stroke = ('strokecolor="#%s" strokeweight="%.2fpt"' % (border[0], border[1]) if border else 'stroked="f"')
    rot_css = ";rotation:%d" % rot if rot else ""
    fallback = ('<mc:Fallback><w:pict>%s<v:shape id="%s" o:spid="_x0000_s%d" type="#_x0000_t202" '
                'style="position:absolute;margin-left:%.2fpt;margin-top:%.2fpt;width:%.2fpt;height:%.2fpt;'
                'z-index:%d;mso-position-horizontal-relative:page;mso-position-vertical-relative:page%s" '
                'filled="f" %s><v:textbox inset="0,0,0,0">%s</v:textbox>%s</v:shape></w:pict></mc:Fallback>'
                % (shapetype, name, 1024 + sid, x, y, w, h, (-1 if behind else 1) * (sid), rot_css, stroke, content,
                   '<w10:wrap anchorx="page" anchory="page"/>'))
    return '<w:r><mc:AlternateContent>%s%s</mc:AlternateContent></w:r>' % (choice, fallback)


def line(x1, y1, x2, y2, weight=0.5, color="000000"):
    sid, z = CTX.next()
    name = "Line %d" % sid
    x, y = min(x1, x2), min(y1, y2)
    w, h = abs(x2 - x1), abs(y2 - y1)
    choice = ('<mc:Choice Requires="wps"><w:drawing>%s'
              '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
              '<wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
              '<a:prstGeom prst="line"><a:avLst/></a:prstGeom>'
              '<a:ln w="%d"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:ln></wps:spPr>'
              '<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
              % (anchor_open(x, y, w, h, sid, z, name), emu(w), emu(h), emu(weight), color))
    fallback = ('<mc:Fallback><w:pict><v:line id="%s" o:spid="_x0000_s%d" '
                'style="position:absolute;z-index:%d;mso-position-horizontal-relative:page;mso-position-vertical-relative:page" '
                'from="%.2fpt,%.2fpt" to="%.2fpt,%.2fpt" strokecolor="#%s" strokeweight="%.2fpt">'
                '<w10:wrap anchorx="page" anchory="page"/></v:line></w:pict></mc:Fallback>'
                % (name, 1024 + sid, sid, x1, y1, x2, y2, color, weight))
    return '<w:r><mc:AlternateContent>%s%s</mc:AlternateContent></w:r>' % (choice, fallback)


def picture(x, y, w, h, rid):
    sid, z = CTX.next()
    return ('<w:r><w:drawing>%s<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:pic><pic:nvPicPr><pic:cNvPr id="%d" name="Seal%d.png"/><pic:cNvPicPr/></pic:nvPicPr>'
            '<pic:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
            '</pic:pic></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
            % (anchor_open(x, y, w, h, sid, z, "Picture %d" % sid), sid, sid, rid, emu(w), emu(h)))


# ---------------------------------------------------------------------------
# pages
# ---------------------------------------------------------------------------
A4P = (595.3, 841.9)
A4L = (841.9, 595.3)


class Page:
    def __init__(self, size):
        self.size = size
        self.objs = []

    def add(self, xml):
        self.objs.append(xml)


def text_block(page, x, y, w, lines, font, size, pitch, color="000000", bold=False, jc="left",
               base_spacing=0, ind_first_line0=0, ind_left=0, border=None, rot=0, behind=False, h=None,
               slack=0):
    paras = []
    for i, ln in enumerate(lines):
        paras.append(para_xml(ln, font, size, pitch, color, bold, jc, base_spacing,
                              ind_first_line0 if i == 0 else 0, ind_left))
    hh = h if h is not None else pitch * len(lines)
    if slack:
        if jc == "center":
            x, w = x - slack / 2, w + slack
        elif jc == "right":
            x, w = x - slack, w + slack
        else:
            w = w + slack
    page.add(textbox(x, y, w, hh, paras, border=border, rot=rot, behind=behind))


def watermark(page):
    pw, ph = page.size
    w, h = 330, 70
    text_block(page, (pw - w) / 2, (ph - h) / 2, w,
               ["青岫市城投集团办公室　蒋婷", "2025-03-20 15:42:07"],
               F_ST, 20, 30, color="D9D9D9", jc="center", rot=330, behind=True, h=h)


def page_number(page, n, y):
    pw, _ = page.size
    s = "— %d —" % n
    w = 70
    if n % 2:   # odd: right
        x = pw - (26 * MM if page.size == A4P else 20 * MM) - w
        jc = "right"
    else:
        x = 26 * MM if page.size == A4P else 20 * MM
        jc = "left"
    text_block(page, x, y, w, [s], F_ST, 14, 18, jc=jc)


# ---------------------------------------------------------------------------
# the notice (portrait pages)
# ---------------------------------------------------------------------------
ISSUER_MARK = "青岫市人民政府国有资产监督管理委员会文件"
DOC_NO = "青国资发〔2025〕12号"
TITLE = ["青岫市国资委关于印发《2025年市属国有企业",
         "改革深化提升行动重点任务分工表》的通知"]
ZHUSONG = "委机关各处室，各市属国有企业："
BODY = [
    "为深入贯彻落实国有企业改革深化提升行动部署要求，推动市属国有企业改革向纵深推进，"
    "根据《青岫市国有企业改革深化提升行动实施方案（2023—2025年）》和2025年全市国资国企工作会议安排，"
    "经委党委会研究，确定了2025年市属国有企业改革深化提升行动30项重点任务。"
    "现将分工表印发给你们，请认真抓好落实，并就有关事项通知如下。",
    "一、压实工作责任。责任委领导负责统筹指导、督促推动分管领域改革任务。"
    "牵头处室（单位）要细化推进措施，明确时间节点，会同配合处室（单位）和有关企业抓好落实；"
    "分工表“牵头处室（单位）”栏列有两个处室（单位）的，均为牵头处室（单位），排在第一位的负责统筹协调。"
    "配合处室（单位）要主动对接、积极配合。",
    "二、加强跟踪督办。委办公室对重点任务实行清单化管理、台账式推进，"
    "各牵头处室（单位）于每季度末月25日前报送进展情况。",
    "三、强化结果运用。重点任务完成情况纳入处室年度绩效考评和市属企业负责人经营业绩考核。",
]
FUJIAN = "附件：2025年市属国有企业改革深化提升行动重点任务分工表"
SIGNER = "青岫市人民政府国有资产监督管理委员会"
DATE = "2025年3月18日"
FUZHU = "（此件依申请公开）"
CHAOSONG = "抄送：市委组织部，市委金融办，市发展改革委，市财政局。"
YINFA_L = "青岫市国资委办公室"
YINFA_R = "2025年3月18日印发"

P_LEFT = 28 * MM
P_TOP = 37 * MM
P_W = 156 * MM
P_PITCH = 225 * MM / 22          # 22 lines on the type area
P_FS = 16
P_CAP = 28
P_SPACING = -4                   # 28 characters of 3号 fitted into 156 mm
P_BOTTOM = P_TOP + 225 * MM


def build_notice(rid_seal):
    pages = [Page(A4P), Page(A4P)]
    p1, p2 = pages
    # 版头
    mark_y = P_TOP + 35 * MM
    text_block(p1, P_LEFT, mark_y, P_W, [ISSUER_MARK], F_XBS, 22, 36, color="FF0000",
               jc="center", base_spacing=-2, slack=60)
    no_y = mark_y + 36 + 2 * P_PITCH
    text_block(p1, P_LEFT, no_y, P_W, [DOC_NO], F_FS, 16, P_PITCH, jc="center", slack=40)
    red_y = no_y + P_PITCH + 4 * MM
    p1.add(line(P_LEFT, red_y, P_LEFT + P_W, red_y, weight=1.5, color="FF0000"))
    y = red_y + 2 * P_PITCH
    text_block(p1, P_LEFT, y, P_W, TITLE, F_XBS, 22, 34, jc="center", slack=80)
    y += 34 * len(TITLE) + P_PITCH
    text_block(p1, P_LEFT, y, P_W, [ZHUSONG], F_FS, P_FS, P_PITCH, base_spacing=P_SPACING, slack=36)
    y += P_PITCH

    page, page_i = p1, 0

    def flow(lines, ind_first=0, ind_left=0, jc="left", font=F_FS):
        nonlocal y, page, page_i
        i = 0
        while i < len(lines):
            room = int((P_BOTTOM - y + 0.5) // P_PITCH)
            if room <= 0:
                page_i += 1
                page = pages[page_i]
                y = P_TOP
                continue
            chunk = lines[i:i + room]
            text_block(page, P_LEFT, y, P_W, chunk, font, P_FS, P_PITCH, jc=jc, slack=64,
                       base_spacing=P_SPACING, ind_first_line0=ind_first if i == 0 else 0,
                       ind_left=ind_left)
            y += P_PITCH * len(chunk)
            i += len(chunk)

    for para in BODY:
        flow(wrap(para, P_CAP, P_CAP - 2), ind_first=2 * P_FS)
    y += P_PITCH
    fj = wrap(FUJIAN, P_CAP - 5, P_CAP - 2)
    # 附件说明: first line indented 2, turn lines aligned after "附件："
    flow(fj[:1], ind_first=2 * P_FS)
    flow(fj[1:], ind_left=5 * P_FS)
    y += 2 * P_PITCH
    # 落款 and date: the signer (longer than the date) right-indented 2 characters,
    # the date centred under it
    sign_y = y
    sig_w = width_em(SIGNER) * (P_FS - 0.2)
    sig_x = P_LEFT + P_W - 2 * P_FS - sig_w
    date_w = width_em(DATE) * P_FS
    date_x = sig_x + sig_w / 2 - date_w / 2
    text_block(page, sig_x, sign_y, sig_w, [SIGNER], F_FS, P_FS, P_PITCH, base_spacing=P_SPACING,
               jc="center", slack=40)
    text_block(page, date_x, sign_y + P_PITCH, date_w, [DATE], F_FS, P_FS, P_PITCH, jc="center", slack=40)
    page.add(picture(date_x + date_w / 2 - 60, sign_y - 40, 120, 120, rid_seal))
    y = sign_y + 2 * P_PITCH
    text_block(page, P_LEFT, y, P_W, [FUZHU], F_FS, P_FS, P_PITCH, ind_first_line0=2 * P_FS, slack=40)
    # 版记 at the foot of the last notice page
    vb_bottom = P_BOTTOM
    y2 = vb_bottom - 2 * 26
    page.add(line(P_LEFT, y2 - 4, P_LEFT + P_W, y2 - 4, weight=1.0))
    cs = wrap(CHAOSONG, 29)
    assert len(cs) == 1
    text_block(page, P_LEFT + 14, y2, P_W - 14, cs, F_FS, 14, 22, slack=30)
    page.add(line(P_LEFT, y2 + 24, P_LEFT + P_W, y2 + 24, weight=0.5))
    text_block(page, P_LEFT + 14, y2 + 28, 200, [YINFA_L], F_FS, 14, 22)
    text_block(page, P_LEFT + P_W - 14 - 130, y2 + 28, 130, [YINFA_R], F_FS, 14, 22, jc="right", slack=40)
    page.add(line(P_LEFT, y2 + 52, P_LEFT + P_W, y2 + 52, weight=1.0))
    assert y < y2 - 10, "notice text runs into the 版记"
    for n, pg in enumerate(pages, 1):
        page_number(pg, n, P_BOTTOM + 7 * MM)
    # the receiving unit's 收文 stamp (an OA annotation on page 1)
    text_block(p1, A4P[0] - 20 * MM - 150, 14 * MM, 150,
               ["青岫市城市建设投资集团有限公司", "收文　2025年3月20日", "第 0156 号"],
               F_ST, 9.5, 15, color="C00000", jc="center", border=("C00000", 1.0), h=50)
    return pages


# ---------------------------------------------------------------------------
# the attachment table (landscape pages)
# ---------------------------------------------------------------------------
HEADER = ["序号", "重点任务", "责任委领导", "牵头处室（单位）", "配合处室（单位）", "完成时限"]
COLW = [34, 282, 64, 118, 148, 82.5]
T_LEFT = 20 * MM
T_FS = 10.5
T_PITCH = 15.0
PAD_X, PAD_Y = 5.0, 3.5

# rows: ("S", heading) or (no, task, leader, lead, coop, deadline)
# leader / lead: a string (cell of its own), "^" (merged with the cell above)
ROWS = [
    ("S", "一、优化国有经济布局结构（6项）"),
    ("1", "推进市属国有企业战略性重组和专业化整合，完成城市运营类资产整合，组建市城市运营服务集团。",
     "韩立峰", "企业改革处（董事会工作处）", "产权管理处、规划发展处、市城投集团、市交投集团", "9月底前"),
    ("2", "编制市属国有资本布局优化调整三年行动方案，明确重点投向领域和有序退出清单。",
     "龚振宇", "规划发展处", "企业改革处（董事会工作处）、资本运营与收益管理处", "6月底前"),
    ("3", "聚焦新能源、低空经济、数字经济等战略性新兴产业，全年完成市属企业战新产业投资35亿元以上。",
     "^", "^", "市产投集团、市国投集团、市发展改革委", "12月底前"),
    ("4", "清理退出不具备竞争优势的非主业、非优势业务，压减法人户数10%以上，管理层级控制在三级以内。",
     "邵　明", "产权管理处", "企业改革处（董事会工作处）、各市属国有企业", "12月底前"),
    ("5", "加快“两非”“两资”处置，年内盘活存量资产不少于20亿元。",
     "^", "资本运营与收益管理处、产权管理处", "各市属国有企业", "12月底前"),
    ("6", "支持市属企业参与全市重大基础设施和城市更新项目建设，完成年度投资计划。",
     "韩立峰\n龚振宇", "规划发展处", "市城投集团、市交投集团、市水务集团、市发展改革委、市住房和城乡建设局", "12月底前"),
    ("S", "二、完善中国特色现代企业制度（6项）"),
    ("1", "动态修订市属企业党委前置研究讨论重大经营管理事项清单，推动前置程序规范运行。",
     "卢婉清", "党建工作处（组织部）", "企业改革处（董事会工作处）、法规处", "6月底前"),
    ("2", "推动市属企业董事会应建尽建、配齐建强，外部董事占多数的企业实现全覆盖。",
     "韩立峰", "企业改革处（董事会工作处）", "党建工作处（组织部）", "9月底前"),
    ("3", "健全外部董事选聘、培训、评价和退出机制，建立市属企业外部董事人才库。",
     "^", "^", "党建工作处（组织部）、考核分配处", "10月底前"),
    ("4", "规范董事会向经理层授权管理，推动子企业董事会职权落实扩面。",
     "卢婉清", "企业改革处（董事会工作处）", "法规处、各市属国有企业", "11月底前"),
    ("5", "完善市属企业合规管理体系，重点企业全面设立首席合规官。",
     "邵　明", "法规处", "各市属国有企业", "11月底前"),
    ("6", "修订市属企业章程指引，完成出资企业章程审核备案。",
     "^", "法规处", "—", "8月底前"),
    ("S", "三、健全市场化经营机制（6项）"),
    ("1", "深化劳动、人事、分配三项制度改革，推行管理人员竞争上岗、末等调整和不胜任退出。",
     "卢婉清", "考核分配处、党建工作处（组织部）", "各市属国有企业", "12月底前"),
    ("2", "健全工资总额决定机制，在3家企业开展工资总额预算备案制管理试点。",
     "^", "考核分配处", "财务监督与评价处、市人力资源和社会保障局", "6月底前"),
    ("3", "稳妥有序开展混合所有制改革，引入高匹配度、高认同感、高协同性战略投资者。",
     "韩立峰", "企业改革处（董事会工作处）", "产权管理处、市产投集团、市文旅集团", "12月底前"),
    ("4", "规范实施骨干员工跟投、超额利润分享等中长期激励，年内新增试点企业2家。",
     "卢婉清", "考核分配处", "企业改革处（董事会工作处）", "12月底前"),
    ("5", "完善分类考核评价体系，将研发投入、风险防控等指标纳入经营业绩考核。",
     "^", "考核分配处", "科技创新与社会责任处、财务监督与评价处", "3月底前"),
    ("6", "开展对标一流价值创造行动，推动“一利五率”指标持续改善。",
     "龚振宇", "财务监督与评价处", "考核分配处、各市属国有企业", "持续推进"),
    ("S", "四、提升科技创新能力（5项）"),
    ("1", "加大研发投入力度，市属工业类企业研发经费投入强度达到3%以上。",
     "龚振宇", "科技创新与社会责任处", "财务监督与评价处、市产投集团", "12月底前"),
    ("2", "组建市属企业创新联合体，新建市级以上研发平台2家。",
     "^", "^", "市科学技术局、市产投集团", "12月底前"),
    ("3", "设立市国资国企科技创新基金，首期规模5亿元。",
     "邵　明", "资本运营与收益管理处", "科技创新与社会责任处、市国投集团、市财政局", "9月底前"),
    ("4", "推进市属企业数字化转型，建成国资国企在线监管平台二期。",
     "^", "办公室", "市数据局、各市属国有企业", "10月底前"),
    ("5", "落实科技创新容错纠错机制，研发投入在考核中视同利润加回。",
     "卢婉清", "考核分配处", "科技创新与社会责任处", "12月底前"),
    ("S", "五、加强国有资产监管和风险防控（7项）"),
    ("1", "完善“三重一大”决策和运行监管系统，实现市属企业及其重要子企业全覆盖。",
     "邵　明", "监督追责处", "办公室、各市属国有企业", "10月底前"),
    ("2", "健全违规经营投资责任追究工作体系，开展资产损失风险线索核查。",
     "裴立诚", "监督追责处", "法规处、财务监督与评价处", "持续推进"),
    ("3", "加强债务风险管控，对资产负债率高于管控线的企业实施“一企一策”降杠杆。",
     "龚振宇", "财务监督与评价处", "资本运营与收益管理处、市委金融办、市财政局", "12月底前"),
    ("4", "规范市属企业融资担保和对外借款，全面清理超比例担保。",
     "^", "^", "产权管理处、法规处", "9月底前"),
    ("5", "开展境外资产和参股投资专项检查，年底前完成问题整改。",
     "邵　明", "产权管理处", "监督追责处、财务监督与评价处", "12月底前"),
    ("6", "强化国有产权交易监管，产权转让、资产转让、增资扩股进场交易率达到100%。",
     "^", "产权管理处", "市公共资源交易中心", "持续推进"),
    ("7", "落实企业安全生产主体责任，深入开展市属企业安全生产治本攻坚三年行动。",
     "韩立峰\n邵　明", "科技创新与社会责任处", "各市属国有企业", "12月底前"),
]
NOTE = ("注：1.“牵头处室（单位）”栏列有两个处室（单位）的，均为牵头处室（单位），排在第一位的负责统筹协调。"
        "2.各市属国有企业是本企业改革任务落实的责任主体，要对照本表制定本企业年度改革任务清单。")

L_TOP_FIRST = 25 * MM
L_TOP = 22 * MM
L_BOTTOM = A4L[1] - 18 * MM
# a row allowed to break across a page (the converter keeps what the printer did)
SPLIT_OK = {("5", "7")}


def cell_lines(text, col, bold=False):
    cap = (COLW[col] - 2 * PAD_X) / T_FS
    out = []
    for part in text.split("\n"):
        out += wrap(part, cap)
    return out


def col_x(c):
    return T_LEFT + sum(COLW[:c])


def build_table_pages():
    # 1. lines of every cell, merge groups
    rows = []
    sec = 0
    for r in ROWS:
        if r[0] == "S":
            sec += 1
            rows.append({"kind": "S", "text": r[1]})
            continue
        no, task, leader, lead, coop, dl = r
        rows.append({"kind": "T", "sec": sec, "no": no,
                     "cells": [[no], cell_lines(task, 1),
                               None if leader == "^" else cell_lines(leader, 2),
                               None if lead == "^" else cell_lines(lead, 3),
                               cell_lines(coop, 4), cell_lines(dl, 5)]})
    # merge groups: for col 2 and 3, a run of rows whose cell is None joins the row above
    for i, r in enumerate(rows):
        if r["kind"] != "T":
            continue
        r["span"] = {}
        for c in (2, 3):
            if r["cells"][c] is None:
                continue
            n = 1
            j = i + 1
            while j < len(rows) and rows[j]["kind"] == "T" and rows[j]["cells"][c] is None:
                n += 1
                j += 1
            r["span"][c] = n
    for r in rows:
        if r["kind"] == "T":
            own = [len(r["cells"][c]) for c in (0, 1, 4, 5)]
            r["h"] = max(own) * T_PITCH + 2 * PAD_Y
        else:
            r["h"] = T_PITCH + 2 * PAD_Y + 2
    # merged cells may need more room than their rows give: grow the last row
    for i, r in enumerate(rows):
        if r["kind"] != "T":
            continue
        for c, n in r["span"].items():
            need = len(r["cells"][c]) * T_PITCH + 2 * PAD_Y
            have = sum(rows[k]["h"] for k in range(i, i + n))
            if need > have:
                rows[i + n - 1]["h"] += need - have

    # 2. paginate: merge groups stay on one page; a row in SPLIT_OK may break
    header_h = T_PITCH + 2 * PAD_Y + 2
    pages = []

    def new_page(first):
        pg = Page(A4L)
        pg.rows = []        # (row index, y, h, part) part: None / ("top", k) / ("rest", k)
        top = L_TOP_FIRST if first else L_TOP
        if first:
            text_block(pg, T_LEFT, top, 100, ["附件"], F_HT, 16, 22)
            title = "2025年市属国有企业改革深化提升行动重点任务分工表"
            text_block(pg, T_LEFT, top + 30, sum(COLW), [title], F_XBS, 20, 30, jc="center")
            top += 30 + 30 + 12
        pg.table_top = top
        pg.y = top + header_h
        pages.append(pg)
        return pg

    def group_end(i):
        r = rows[i]
        if r["kind"] != "T":
            return i
        end = i
        for c, n in r["span"].items():
            end = max(end, i + n - 1)
        j = i
        while j <= end:
            rr = rows[j]
            if rr["kind"] == "T":
                for c, n in rr["span"].items():
                    end = max(end, j + n - 1)
            j += 1
        return end

    pg = new_page(True)
    i = 0
    while i < len(rows):
        r = rows[i]
        if r["kind"] == "S":
            # a section row is not left alone at a page foot
            nxt = group_end(i + 1) if i + 1 < len(rows) else i
            need = r["h"] + sum(rows[k]["h"] for k in range(i + 1, nxt + 1))
            if pg.y + need > L_BOTTOM:
                pg = new_page(False)
            pg.rows.append((i, pg.y, r["h"], None))
            pg.y += r["h"]
            i += 1
            continue
        end = group_end(i)
        need = sum(rows[k]["h"] for k in range(i, end + 1))
        if pg.y + need <= L_BOTTOM:
            for k in range(i, end + 1):
                pg.rows.append((k, pg.y, rows[k]["h"], None))
                pg.y += rows[k]["h"]
            i = end + 1
            continue
        key = (str(r.get("sec")), r.get("no"))
        if end == i and key in SPLIT_OK:
            fit = int((L_BOTTOM - pg.y - 2 * PAD_Y) // T_PITCH)
            if fit >= 1:
                h1 = fit * T_PITCH + 2 * PAD_Y
                pg.rows.append((i, pg.y, h1, ("top", fit)))
                pg.y += h1
                pg = new_page(False)
                rest = max(len(rows[i]["cells"][c]) for c in (1, 4)) - fit
                h2 = max(rest, 1) * T_PITCH + 2 * PAD_Y
                pg.rows.append((i, pg.y, h2, ("rest", fit)))
                pg.y += h2
                i += 1
                continue
        pg = new_page(False)

    # 3. draw
    tw = sum(COLW)
    for pg in pages:
        top = pg.table_top
        # header row text
        for c, htext in enumerate(HEADER):
            hl = [htext]
            text_block(pg, col_x(c), top + PAD_Y + 1, COLW[c], hl, F_HT, T_FS, T_PITCH, jc="center", slack=10)
        for (k, y, h, part) in pg.rows:
            r = rows[k]
            if r["kind"] == "S":
                text_block(pg, col_x(0) + PAD_X, y + PAD_Y + 1, tw - 2 * PAD_X, [r["text"]], F_HT, T_FS,
                           T_PITCH, jc="left")
                continue
            for c in range(6):
                lines = r["cells"][c]
                if lines is None:
                    continue
                if part is not None:
                    kind, fit = part
                    if c in (2, 3) and r["span"].get(c, 1) > 1:
                        raise SystemExit("split row inside a merge")
                    lines = lines[:fit] if kind == "top" else lines[fit:]
                    if not lines:
                        continue
                    yy = y + PAD_Y
                else:
                    n = r["span"].get(c, 1) if c in (2, 3) else 1
                    block_h = sum(rows[j]["h"] for j in range(k, k + n))
                    yy = y + (block_h - len(lines) * T_PITCH) / 2
                jc = "left" if c in (1, 4) else "center"
                if c == 3:
                    jc = "center" if len(lines) == 1 else "left"
                font = F_FS
                text_block(pg, col_x(c) + PAD_X, yy, COLW[c] - 2 * PAD_X, lines, font, T_FS, T_PITCH,
                           jc=jc, slack=12)
        # ruling
        bottom = pg.rows[-1][1] + pg.rows[-1][2]
        hb = top + header_h
        pg.add(line(T_LEFT, top, T_LEFT + tw, top, 0.75))
        pg.add(line(T_LEFT, hb, T_LEFT + tw, hb, 0.5))
        # horizontal rules below each row, interrupted where a merged cell goes on
        open_until = {}
        for idx, (k, y, h, part) in enumerate(pg.rows):
            r = rows[k]
            yb = y + h
            if r["kind"] == "T" and part is None:
                for c, n in r["span"].items():
                    if n > 1:
                        open_until[c] = k + n - 1
            skip = {c for c, last in open_until.items() if last > k}
            if idx == len(pg.rows) - 1:
                pg.add(line(T_LEFT, yb, T_LEFT + tw, yb, 0.75))
                continue
            segs, cur = [], None
            for c in range(6):
                if c in skip:
                    if cur is not None:
                        segs.append(cur)
                        cur = None
                    continue
                if cur is None:
                    cur = [col_x(c), col_x(c + 1)]
                else:
                    cur[1] = col_x(c + 1)
            if cur is not None:
                segs.append(cur)
            for x1, x2 in segs:
                pg.add(line(x1, yb, x2, yb, 0.5))
        # vertical rules: outer frame full height, inner ones broken by section rows
        pg.add(line(T_LEFT, top, T_LEFT, bottom, 0.75))
        pg.add(line(T_LEFT + tw, top, T_LEFT + tw, bottom, 0.75))
        spans = [[top, hb]]
        for (k, y, h, part) in pg.rows:
            if rows[k]["kind"] == "S":
                spans.append(None)
                continue
            if spans[-1] is None:
                spans.append([y, y + h])
            else:
                spans[-1][1] = y + h
        for sp in spans:
            if sp is None:
                continue
            for c in range(1, 6):
                pg.add(line(col_x(c), sp[0], col_x(c), sp[1], 0.5))
        pg.bottom = bottom
    # the note under the table on the last page
    last = pages[-1]
    note_lines = wrap(NOTE, (sum(COLW)) / T_FS - 1)
    text_block(last, T_LEFT, last.bottom + 6, sum(COLW) + 4, note_lines, F_FS, T_FS, T_PITCH)
    assert last.bottom + 6 + T_PITCH * len(note_lines) < L_BOTTOM + 10
    return pages


# ---------------------------------------------------------------------------
# seal picture
# ---------------------------------------------------------------------------
def make_seal(path):
    from PIL import Image, ImageDraw, ImageFont
    S = 480
    img = Image.new("RGBA", (S, S), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    red = (220, 20, 30, 235)
    d.ellipse((8, 8, S - 8, S - 8), outline=red, width=14)
    cx = cy = S / 2
    # star
    R, r = 62, 25
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rad = R if k % 2 == 0 else r
        pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    d.polygon(pts, fill=red)
    try:
        font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 44, index=2)
    except Exception:
        font = ImageFont.load_default()
    text = "青岫市人民政府国有资产监督管理委员会"
    n = len(text)
    span = math.radians(250)
    start = -math.pi / 2 - span / 2
    for k, ch in enumerate(text):
        ang = start + span * (k + 0.5) / n
        glyph = Image.new("RGBA", (60, 60), (255, 255, 255, 0))
        gd = ImageDraw.Draw(glyph)
        gd.text((8, 2), ch, font=font, fill=red)
        glyph = glyph.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        rad = S / 2 - 62
        gx = cx + rad * math.cos(ang) - 30
        gy = cy + rad * math.sin(ang) - 30
        img.alpha_composite(glyph, (int(gx), int(gy)))
    img.save(path)


# ---------------------------------------------------------------------------
def main():
    document = docx.Document()
    st = document.styles.add_style("ofdText", WD_STYLE_TYPE.PARAGRAPH)
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    make_seal(SEAL_PNG)
    rid, _ = document.part.get_or_add_image(SEAL_PNG)
    os.remove(SEAL_PNG)

    notice = build_notice(rid)
    table_pages = build_table_pages()
    pages = notice + table_pages
    n0 = len(notice)
    for n, pg in enumerate(table_pages, n0 + 1):
        page_number(pg, n, L_BOTTOM + 6 * MM)
    for pg in pages:
        watermark(pg)

    body = document.element.body
    for child in list(body):
        body.remove(child)

    def sect(size):
        w, h = size
        orient = ' w:orient="landscape"' if w > h else ""
        return ('<w:sectPr><w:pgSz w:w="%d" w:h="%d"%s/>'
                '<w:pgMar w:top="0" w:right="0" w:bottom="0" w:left="0" w:header="0" w:footer="0" w:gutter="0"/>'
                '<w:cols w:space="0"/><w:docGrid w:linePitch="1"/></w:sectPr>' % (round(w * 20), round(h * 20), orient))

    for i, pg in enumerate(pages):
        last = i == len(pages) - 1
        ppr = ('<w:pPr><w:pStyle w:val="ofdText"/><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>'
               '%s</w:pPr>' % ("" if last else sect(pg.size)))
        p = parse_xml('<w:p %s>%s%s</w:p>' % (NSDECL, ppr, "".join(pg.objs)))
        body.append(p)
    body.append(parse_xml('<w:sectPr %s>%s</w:sectPr>' % (NSDECL, sect(pages[-1].size)[len("<w:sectPr>"):-len("</w:sectPr>")])))

    cp = document.core_properties
    cp.author = "ofd2docx"
    cp.last_modified_by = "ofd2docx"
    cp.title = "青岫市国资委关于印发《2025年市属国有企业改革深化提升行动重点任务分工表》的通知"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = "Converted from 青国资发〔2025〕12号.ofd"
    cp.revision = 1
    document.save(OUT)

    # app.xml as the converter writes it
    with zipfile.ZipFile(OUT) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<Template>Normal.dotm</Template><TotalTime>0</TotalTime><Pages>%d</Pages>'
           '<Application>OFD Converter 3.2 (OFD to DOCX, layout retained)</Application>'
           '<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><Company></Company>'
           '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
           '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>3.2000</AppVersion></Properties>' % len(pages))
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in items:
            if info.filename == "docProps/thumbnail.jpeg":
                continue            # the template's Word thumbnail: no converter writes one
            if info.filename == "docProps/app.xml":
                data = app.encode("utf-8")
            if info.filename == "_rels/.rels":
                data = re.sub(rb'<Relationship [^>]*thumbnail\.jpeg"/>', b"", data)
            zout.writestr(info.filename, data)
    print("wrote", OUT, "pages:", len(pages), "table pages:", len(table_pages))
    for n, pg in enumerate(table_pages, n0 + 1):
        print(" page", n, "rows", [(rows_label(k)) for (k, y, h, part) in pg.rows])


def rows_label(k):
    sec = 0
    for i, r in enumerate(ROWS[:k + 1]):
        if r[0] == "S":
            sec += 1
    r = ROWS[k]
    return r[1][:2] if r[0] == "S" else "%d.%s" % (sec, r[0])


if __name__ == "__main__":
    main()
