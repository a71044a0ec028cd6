#!/usr/bin/python3
"""Round 21 (folder c): 134_zhexi_qu_pizhu_jiaozhu_renwu_biao.docx, with its hand-typed gold.

A district notice (柘溪区人民政府办公室, 柘政办发〔2025〕9号) printing 《2025年区政府重点工作任务分解表》 as one
Word table  序号 | 重点任务 | 责任区领导 | 牵头单位 | 配合单位 | 完成时限  with four section rows merged across
(gridSpan) and 序号 1..24 straight through them.  The file went out with the reviewers' Word comments (批注)
still in it and with real footnotes (脚注):

  * comments.xml: ten w:comment, anchored with w:commentRangeStart / w:commentRangeEnd and a
    w:commentReference run, on a whole 牵头单位 cell (`建议改为区发改局牵头，区市场监管局配合。`), on ONE unit inside
    a 配合单位 list (区统计局, 区法院), on a 责任区领导 cell (`…建议改为陈志远。`), on a 序号 cell (`建议合并`), on a
    完成时限 cell, on a phrase inside a 重点任务 cell, on a section row, one range that opens in the 牵头单位
    cell and closes in the 配合单位 cell of the same row, and one reply (commentsExtended.xml,
    w15:paraIdParent) under the comment of task 12.  Every comment names units; none changes the task.
  * footnotes.xml: five numbered footnotes (w:footnoteReference) -- on the header cell 配合单位 (what 各街道
    means), after “三旧” and after “一件事一次办” in task cells (what they mean), after 区城运中心 in task 8's
    牵头单位 cell (the abbreviation's full name, 下同), after 区农发集团 in the middle of task 15's 配合单位 list --
    and one footnote with a CUSTOM MARK (w:footnoteReference w:customMarkFollows="1" followed by a run `※`)
    after 区融媒体中心 in task 19's 配合单位 cell.  The footnote texts name units too.
The gold comes from the table cells only, as printed, with the reference marks (the auto number and the `※`)
left out of the unit names.

How it is written: python-docx builds the notice and the table with placeholder runs (⟦Cns⟧ comment n starts,
⟦Cne⟧ comment n ends + its reference run, ⟦Fn⟧ footnote n, ⟦Mn⟧ footnote n with custom mark ※); then the
package is edited with zipfile + lxml: the placeholder runs replaced by the OOXML, word/comments.xml,
word/commentsExtended.xml, word/footnotes.xml added with their relationships and content types, the
CommentReference/CommentText/FootnoteReference/FootnoteText styles and settings' w:footnotePr added.
Names are invented.  Run: /usr/bin/python3 make_docx_round21_134.py  (writes next to this script).
GOLD is typed by hand; cross_check() reads the written .docx back (python-docx opens it; then its own XML
reading of the cells) and only compares.
"""
import io
import json
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lxml import etree
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

from docx_notice import (set_font, FS, HT, XBS, new_doc, para, banji, landscape, portrait, set_widths,
                         repeat_header, front)

OUT = os.path.dirname(os.path.abspath(__file__)) + "/"
NAME = "134_zhexi_qu_pizhu_jiaozhu_renwu_biao"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"
W = "{%s}" % W_NS
FZ = "市自然资源和规划局柘溪分局"

# ------------------------------------------------------------------------------------------------ printed rows
# (序号, 重点任务, 责任区领导, 牵头单位, 配合单位, 完成时限); placeholders ⟦…⟧ become comment/footnote XML.
SECS = [
    ("⟦C0s⟧一、扩大有效投资（6项）⟦C0e⟧", [
        ("1", "全年实施区级重点项目86个，完成投资165亿元以上，其中新开工项目42个。", "沈立波",
         "区发改局", f"区财政局、{FZ}、区住建局、各街道", "2025年12月底前"),
        ("2", "积极争取超长期特别国债、中央预算内投资和地方政府专项债券资金18亿元以上。", "沈立波",
         "区发改局、区财政局", "区审计局", "2025年10月底前"),
        ("3", "深化“标准地+承诺制”改革，新供应工业用地1200亩，“拿地即开工”项目占比达到60%。", "陈志远",
         FZ, "⟦C1s⟧区行政审批局、区住建局、区工信局⟦C1e⟧", "2025年12月底前"),
        ("4", "推进“三旧”⟦F2⟧改造，完成旧厂房改造面积30万平方米，盘活低效用地800亩。", "陈志远",
         "区住建局", f"{FZ}、区城投集团、各街道", "2025年12月底前"),
        ("5", "新签约亿元以上产业项目40个，实际到位内资120亿元。", "顾云峰",
         "⟦C2s⟧区投促中心", "区商务局、区工信局、柘溪经济开发区管委会⟦C2e⟧", "2025年12月底前"),
        ("6", "实施重点产业链“链长制”，新增规模以上工业企业30家、省级专精特新中小企业15家。", "顾云峰、陈志远",
         "区工信局", "⟦C3s⟧区统计局⟦C3e⟧、区财政局、区市场监管局", "2025年12月底前"),
    ]),
    ("二、优化营商环境（6项）", [
        ("7", "推行“⟦C4s⟧一件事一次办⟦C4e⟧”⟦F3⟧集成服务，新增上线“一件事”套餐20个，全程网办率达到85%。", "许晴",
         "区行政审批局", "区数据局、区人社局、区市场监管局", "2025年9月底前"),
        ("8", "建设“城市大脑”区级平台，接入城市运行管理事件类型120类，事件按期办结率达到98%以上。", "许晴",
         "区城运中心⟦F4⟧", "区数据局、区城管局、区应急管理局", "2025年11月底前"),
        ("9", "开展涉企违规收费专项整治，惠企政策“免申即享”事项达到50项。", "许晴",
         "⟦C5s⟧区市场监管局⟦C5e⟧", "区发改局、区财政局、区税务局", "2025年10月底前"),
        ("10", "新增各类经营主体6000户，其中企业2200户。", "许晴",
         "区市场监管局", "区行政审批局、各街道", "2025年12月底前"),
        ("11", "推进公共法律服务进园区，为企业开展“法治体检”200家次。", "周卫国",
         "区司法局", "区工商联、柘溪经济开发区管委会", "2025年11月底前"),
        ("12", "完善“12345”热线与网格化联动机制，群众诉求按时办结率保持在99%以上。", "许晴",
         "⟦C6s⟧⟦C7s⟧区信访局⟦C6e⟧⟦C7e⟧", "区城运中心、各街道、柘溪镇政府", "2025年12月底前"),
    ]),
    ("三、保障改善民生（7项）", [
        ("13", "新建柘溪实验学校（九年一贯制），新增学位2160个。", "周卫国",
         "区教育局", "区发改局、区财政局、区住建局、区城投集团", "2025年8月底前"),
        ("14", "建成区人民医院门急诊综合楼并投入使用，新增床位300张。", "⟦C8s⟧周卫国⟦C8e⟧",
         "区卫健局", "区发改局、区城投集团", "2025年12月底前"),
        ("15", "实施农村人居环境整治提升，新建改建农村公厕35座，完成“美丽庭院”创建1500户。", "陈志远",
         "区农业农村局", "区农发集团⟦F5⟧、柘溪镇政府、区妇联", "2025年11月底前"),
        ("16", "新增城镇就业5200人，开展补贴性职业技能培训4000人次。", "周卫国",
         "区人社局", "区财政局、区教育局、各街道", "2025年12月底前"),
        ("17", "新建社区嵌入式养老服务中心4个、老年助餐点12个。", "周卫国",
         "区民政局", "各街道、柘溪镇政府", "2025年10月底前"),
        ("18", "改造城镇老旧小区23个，同步加装电梯60部。", "沈立波",
         "区住建局", "区财政局、区市场监管局、各街道", "2025年12月底前"),
        ("19", "开展“文化惠民”系列活动，举办群众性文化体育活动200场以上。", "周卫国",
         "区文旅局", "区体育中心、区融媒体中心⟦M6⟧、各街道", "2025年12月底前"),
    ]),
    ("四、守牢安全底线（5项）", [
        ("⟦C9s⟧20⟦C9e⟧", "深化安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。", "顾云峰",
         "区应急管理局", "区安委会各成员单位", "2025年12月底前"),
        ("21", "完成城镇燃气管道老化更新改造28公里。", "沈立波",
         "区城管局", "区住建局、区市场监管局、柘溪港华燃气有限公司", "2025年11月底前"),
        ("22", "推进防汛排涝能力提升，完成易涝点整治15处、河道清淤20公里。", "陈志远",
         "区水利局", "区城管局、区城运中心、柘溪镇政府", "⟦C10s⟧2025年5月底前⟦C10e⟧"),
        ("23", "开展食品安全“守底线、查隐患、保安全”专项行动，食品抽检量达到每千人6批次。", "许晴",
         "区市场监管局", "—", "2025年12月底前"),
        ("24", "健全矛盾纠纷多元化解机制，初次信访事项及时受理率达到100%。", "周卫国",
         "区信访局", "区司法局、⟦C11s⟧区法院⟦C11e⟧、各街道", "2025年12月底前"),
    ]),
]
HEADER = ["序号", "重点任务", "责任区领导", "牵头单位", "配合单位⟦F1⟧", "完成时限"]

# id: (author, date, text, parent id or None)
COMMENTS = {
    0: ("区政府办 刘洋", "2025-02-20T09:12:00Z", "本部分原为7项，第7项已调整至“二、优化营商环境”，请区发改局核对项数。", None),
    1: ("区发改局 陈晨", "2025-02-20T10:03:00Z", "建议增加区发改局、区数据局为配合单位。", None),
    2: ("区商务局 吴婷", "2025-02-20T15:41:00Z", "牵头、配合单位请再核实：签约项目由区投促中心牵头，到位资金建议改为区商务局牵头统计。", None),
    3: ("区统计局 黄磊", "2025-02-21T08:30:00Z", "区统计局不承担企业培育任务，建议删除区统计局，改为区科技局。", None),
    4: ("区政府办 刘洋", "2025-02-21T09:05:00Z", "建议改为“高效办成一件事”，与国务院及省市表述一致。", None),
    5: ("区市场监管局 赵敏", "2025-02-21T11:20:00Z", "涉企收费整治由区发改局（区物价所）负责，建议改为区发改局牵头，区市场监管局、区财政局配合。", None),
    6: ("区信访局 钱涛", "2025-02-21T14:02:00Z", "12345热线已整体划转区城运中心，建议改为区城运中心牵头，区信访局配合。", None),
    7: ("区政府办 刘洋", "2025-02-21T16:45:00Z", "暂按区政府第48次常务会议确定的分工执行，划转完成后再作调整。", 6),
    8: ("区政府办 孙悦", "2025-02-22T09:10:00Z", "周卫国同志分工已调整，医疗卫生工作建议改为陈志远同志负责。", None),
    9: ("区应急管理局 郑宇", "2025-02-22T10:26:00Z", "此项与第21项燃气管道更新内容交叉，建议合并，牵头单位为区应急管理局、区城管局。", None),
    10: ("区水利局 冯军", "2025-02-22T11:02:00Z", "建议改为2025年6月底前（汛前），与市防指要求一致。", None),
    11: ("区司法局 何静", "2025-02-22T15:18:00Z", "区法院不是区政府组成部门，建议删除或表述为“商请区法院”。", None),
}
# id: text; id 6 carries the custom mark ※
FOOTNOTES = {
    1: "“各街道”指城关街道、柘东街道、柘西街道、龙湾街道4个街道办事处，下同。",
    2: "“三旧”指旧城镇、旧厂房、旧村庄。",
    3: "“一件事一次办”指将企业和群众眼中的“一件事”所涉及的多个部门事项集成办理，由区行政审批局会同区数据局统筹推进。",
    4: "区城运中心：柘溪区城市运行管理服务中心的简称，下同。",
    5: "区农发集团：柘溪区农业发展投资集团有限公司的简称。",
    6: "区融媒体中心负责活动宣传报道，不参与本项任务考核。",
}
CUSTOM_MARK = {6: "※"}

# ------------------------------------------------------------------------------------------------ gold, typed
GOLD = [
    ("1", "全年实施区级重点项目86", ["区发改局"], ["区财政局", "市自然资源和规划局柘溪分局", "区住建局", "各街道"], ["沈立波"]),
    ("2", "积极争取超长期特别国债、", ["区发改局", "区财政局"], ["区审计局"], ["沈立波"]),
    ("3", "深化“标准地+承诺制”改", ["市自然资源和规划局柘溪分局"], ["区行政审批局", "区住建局", "区工信局"], ["陈志远"]),
    ("4", "推进“三旧”改造，完成旧", ["区住建局"], ["市自然资源和规划局柘溪分局", "区城投集团", "各街道"], ["陈志远"]),
    ("5", "新签约亿元以上产业项目4", ["区投促中心"], ["区商务局", "区工信局", "柘溪经济开发区管委会"], ["顾云峰"]),
    ("6", "实施重点产业链“链长制”", ["区工信局"], ["区统计局", "区财政局", "区市场监管局"], ["顾云峰", "陈志远"]),
    ("7", "推行“一件事一次办”集成", ["区行政审批局"], ["区数据局", "区人社局", "区市场监管局"], ["许晴"]),
    ("8", "建设“城市大脑”区级平台", ["区城运中心"], ["区数据局", "区城管局", "区应急管理局"], ["许晴"]),
    ("9", "开展涉企违规收费专项整治", ["区市场监管局"], ["区发改局", "区财政局", "区税务局"], ["许晴"]),
    ("10", "新增各类经营主体6000", ["区市场监管局"], ["区行政审批局", "各街道"], ["许晴"]),
    ("11", "推进公共法律服务进园区，", ["区司法局"], ["区工商联", "柘溪经济开发区管委会"], ["周卫国"]),
    ("12", "完善“12345”热线与", ["区信访局"], ["区城运中心", "各街道", "柘溪镇政府"], ["许晴"]),
    ("13", "新建柘溪实验学校（九年一", ["区教育局"], ["区发改局", "区财政局", "区住建局", "区城投集团"], ["周卫国"]),
    ("14", "建成区人民医院门急诊综合", ["区卫健局"], ["区发改局", "区城投集团"], ["周卫国"]),
    ("15", "实施农村人居环境整治提升", ["区农业农村局"], ["区农发集团", "柘溪镇政府", "区妇联"], ["陈志远"]),
    ("16", "新增城镇就业5200人，", ["区人社局"], ["区财政局", "区教育局", "各街道"], ["周卫国"]),
    ("17", "新建社区嵌入式养老服务中", ["区民政局"], ["各街道", "柘溪镇政府"], ["周卫国"]),
    ("18", "改造城镇老旧小区23个，", ["区住建局"], ["区财政局", "区市场监管局", "各街道"], ["沈立波"]),
    ("19", "开展“文化惠民”系列活动", ["区文旅局"], ["区体育中心", "区融媒体中心", "各街道"], ["周卫国"]),
    ("20", "深化安全生产治本攻坚三年", ["区应急管理局"], ["区安委会各成员单位"], ["顾云峰"]),
    ("21", "完成城镇燃气管道老化更新", ["区城管局"], ["区住建局", "区市场监管局", "柘溪港华燃气有限公司"], ["沈立波"]),
    ("22", "推进防汛排涝能力提升，完", ["区水利局"], ["区城管局", "区城运中心", "柘溪镇政府"], ["陈志远"]),
    ("23", "开展食品安全“守底线、查", ["区市场监管局"], [], ["许晴"]),
    ("24", "健全矛盾纠纷多元化解机制", ["区信访局"], ["区司法局", "区法院", "各街道"], ["周卫国"]),
]

CID_BASE = 20   # comment ids 20..31 in the XML: LibreOffice loses footnote text when comment and footnote ids collide
TOK = re.compile(r"(⟦[A-Z]\d+[se]?⟧)")


# ------------------------------------------------------------------------------------------------ building
def fill(cell, text, size=12, center=False, font=FS, bold=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for piece in TOK.split(text):
        if piece:
            set_font(p.add_run(piece), font, size, bold=bold)


def build_with_placeholders():
    d = new_doc()
    body = [
        "《2025年区政府重点工作任务分解表》已经区政府第48次常务会议研究同意，现印发给你们，请认真抓好贯彻落实。",
        ("h", "一、明确工作责任"),
        "分解表共列重点任务24项，逐项明确了责任区领导、牵头单位、配合单位和完成时限。责任区领导要加强统筹调度，"
        "及时协调解决推进中的重大问题；“牵头单位”栏所列单位对该项任务负总责，列有两个单位的共同牵头；"
        "“配合单位”栏所列单位要按照职责分工主动配合、形成合力。",
        ("h", "二、细化推进措施"),
        "各牵头单位要于3月15日前制定具体推进方案，明确时间表、路线图和责任人，报区政府督查室备案。",
        ("h", "三、强化督查考核"),
        "各牵头单位要于每月25日前通过区督查督办平台报送工作进展情况。区政府督查室将定期通报任务推进情况，"
        "对工作推进不力、进度滞后的单位予以督办，督查结果纳入年度综合考核。",
    ]
    front(d, "柘溪区人民政府办公室文件", "柘政办发〔2025〕9号",
          ["柘溪区人民政府办公室关于印发《2025年区政府", "重点工作任务分解表》的通知"],
          "各街道办事处，柘溪镇人民政府，柘溪经济开发区管委会，区政府各部门、各直属单位：",
          body, ["附件：2025年区政府重点工作任务分解表"], "柘溪区人民政府办公室", "2025年2月28日")

    landscape(d)
    para(d, "附件", HT, 16, indent=False)
    para(d, "2025年区政府重点工作任务分解表", XBS, 22, align="c")
    widths = [1.3, 9.8, 2.4, 3.6, 5.6, 2.6]
    n_rows = 1 + sum(1 + len(rows) for _, rows in SECS)
    t = d.add_table(rows=n_rows, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, widths)
    repeat_header(t.rows[0])
    for c, h in zip(t.rows[0].cells, HEADER):
        fill(c, h, center=True, font=HT)
    ri = 1
    for title, rows in SECS:
        row = t.rows[ri]
        merged = row.cells[0].merge(row.cells[5])
        fill(merged, title, font=HT)
        ri += 1
        for no, task, leader, lead, coop, dl in rows:
            cells = t.rows[ri].cells
            fill(cells[0], no, center=True)
            fill(cells[1], task)
            fill(cells[2], leader, center=True)
            fill(cells[3], lead, center=True)
            fill(cells[4], coop, center=(coop == "—"))
            fill(cells[5], dl, center=True)
            ri += 1
    p = para(d, indent=False)
    set_font(p.add_run("注：“配合单位”栏标“—”的，该项任务不设配合单位。"), FS, 12)

    portrait(d)
    for _ in range(12):
        para(d)
    banji(d, "抄送：区委办公室，区人大常委会办公室，区政协办公室，区纪委监委办公室，区法院，区检察院。",
          "柘溪区人民政府办公室　　　　　　　　　　2025年2月28日印发")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


# ------------------------------------------------------------------------------------------------ package edit
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para_id(cid):
    return "%08X" % (0x1A2B3C00 + cid)


def replace_placeholders(doc_xml):
    root = etree.fromstring(doc_xml)
    seen = set()
    for t in list(root.iter(W + "t")):
        m = re.fullmatch(r"⟦([A-Z])(\d+)([se]?)⟧", t.text or "")
        if not m:
            continue
        kind, n, se = m.group(1), int(m.group(2)), m.group(3)
        seen.add(m.group(0))
        r = t.getparent()
        rpr = r.find(W + "rPr")
        font_xml = ('<w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/>'
                    '<w:sz w:val="24"/>')
        new = []
        if kind == "C" and se == "s":
            new.append(f'<w:commentRangeStart {nsdecls("w")} w:id="{n + CID_BASE}"/>')
        elif kind == "C" and se == "e":
            new.append(f'<w:commentRangeEnd {nsdecls("w")} w:id="{n + CID_BASE}"/>')
            new.append(f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                       f'<w:commentReference w:id="{n + CID_BASE}"/></w:r>')
        elif kind == "F":
            new.append(f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="FootnoteReference"/>{font_xml}'
                       f'<w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>')
        elif kind == "M":
            new.append(f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="FootnoteReference"/>{font_xml}'
                       f'<w:vertAlign w:val="superscript"/></w:rPr>'
                       f'<w:footnoteReference w:customMarkFollows="1" w:id="{n}"/>'
                       f'<w:t>{CUSTOM_MARK[n]}</w:t></w:r>')
        else:
            raise ValueError(t.text)
        for x in new:
            r.addprevious(etree.fromstring(x))
        r.getparent().remove(r)
    for r in list(root.iter(W + "r")):          # python-docx's cell.text = "" leaves an empty <w:r/>
        if len(r) == 0:
            r.getparent().remove(r)
    left = [t.text for t in root.iter(W + "t") if "⟦" in (t.text or "")]
    assert not left, left
    # comment 7 (a reply) shares comment 6's range: Word writes the reply's start/end next to its parent's.
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True), seen


def comments_xml():
    body = []
    for cid, (author, date, text, parent) in sorted(COMMENTS.items()):
        initials = author.split()[-1][0]
        body.append(
            f'<w:comment w:id="{cid + CID_BASE}" w:author="{esc(author)}" w:date="{date}" w:initials="{esc(initials)}">'
            f'<w:p w14:paraId="{para_id(cid)}" w14:textId="77777777"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
            f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
            f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p></w:comment>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:comments xmlns:w="{W_NS}" xmlns:w14="{W14_NS}">' + "".join(body) + "</w:comments>").encode()


def comments_ext_xml():
    body = []
    for cid, (_, _, _, parent) in sorted(COMMENTS.items()):
        extra = f' w15:paraIdParent="{para_id(parent)}"' if parent is not None else ""
        body.append(f'<w15:commentEx w15:paraId="{para_id(cid)}"{extra} w15:done="0"/>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w15:commentsEx xmlns:w15="{W15_NS}">' + "".join(body) + "</w15:commentsEx>").encode()


def footnotes_xml():
    body = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
            'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for n, text in sorted(FOOTNOTES.items()):
        if n in CUSTOM_MARK:
            mark = (f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                    f'<w:t>{CUSTOM_MARK[n]}</w:t></w:r>')
        else:
            mark = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
        body.append(f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>{mark}'
                    f'<w:r><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:footnotes xmlns:w="{W_NS}">' + "".join(body) + "</w:footnotes>").encode()


STYLES = [
    ('paragraph', 'CommentText', 'annotation text',
     '<w:basedOn w:val="Normal"/><w:link w:val="CommentTextChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
     '<w:pPr><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="21"/></w:rPr>'),
    ('character', 'CommentTextChar', 'annotation text Char',
     '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="CommentText"/><w:uiPriority w:val="99"/>'
     '<w:rPr><w:sz w:val="21"/></w:rPr>'),
    ('character', 'CommentReference', 'annotation reference',
     '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
     '<w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr>'),
    ('paragraph', 'FootnoteText', 'footnote text',
     '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
     '<w:pPr><w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr>'),
    ('character', 'FootnoteReference', 'footnote reference',
     '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
     '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'),
]


def edit_package(raw):
    zin = zipfile.ZipFile(io.BytesIO(raw))
    files = {n: zin.read(n) for n in zin.namelist()}
    order = zin.namelist()
    files["word/document.xml"], seen = replace_placeholders(files["word/document.xml"])
    files["word/comments.xml"] = comments_xml()
    files["word/commentsExtended.xml"] = comments_ext_xml()
    files["word/footnotes.xml"] = footnotes_xml()
    # relationships
    rels = etree.fromstring(files["word/_rels/document.xml.rels"])
    RNS = "http://schemas.openxmlformats.org/package/2006/relationships"
    ids = {int(r.get("Id")[3:]) for r in rels}
    nxt = max(ids) + 1
    for target, rtype in [
            ("comments.xml", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"),
            ("commentsExtended.xml", "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"),
            ("footnotes.xml", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes")]:
        e = etree.SubElement(rels, "{%s}Relationship" % RNS)
        e.set("Id", f"rId{nxt}")
        e.set("Type", rtype)
        e.set("Target", target)
        nxt += 1
    files["word/_rels/document.xml.rels"] = etree.tostring(rels, xml_declaration=True, encoding="UTF-8",
                                                          standalone=True)
    # content types
    ct = etree.fromstring(files["[Content_Types].xml"])
    CNS = "http://schemas.openxmlformats.org/package/2006/content-types"
    for part, ctype in [
            ("/word/comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"),
            ("/word/commentsExtended.xml",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"),
            ("/word/footnotes.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml")]:
        e = etree.SubElement(ct, "{%s}Override" % CNS)
        e.set("PartName", part)
        e.set("ContentType", ctype)
    files["[Content_Types].xml"] = etree.tostring(ct, xml_declaration=True, encoding="UTF-8", standalone=True)
    # styles
    st = etree.fromstring(files["word/styles.xml"])
    have = {s.get(W + "styleId") for s in st.findall(W + "style")}
    for typ, sid, name, inner in STYLES:
        if sid in have:
            continue
        st.append(etree.fromstring(f'<w:style {nsdecls("w")} w:type="{typ}" w:styleId="{sid}">'
                                   f'<w:name w:val="{name}"/>{inner}</w:style>'))
    files["word/styles.xml"] = etree.tostring(st, xml_declaration=True, encoding="UTF-8", standalone=True)
    # settings: footnotePr (CT_Settings order: before w:compat)
    se = etree.fromstring(files["word/settings.xml"])
    fpr = etree.fromstring(f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/>'
                           f'</w:footnotePr>')
    compat = se.find(W + "compat")
    if compat is not None:
        compat.addprevious(fpr)
    else:
        se.append(fpr)
    files["word/settings.xml"] = etree.tostring(se, xml_declaration=True, encoding="UTF-8", standalone=True)

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in order + [n for n in files if n not in order]:
            z.writestr(n, files[n])
    return out.getvalue(), seen


def write_gold():
    with open(OUT + NAME + ".tasks.gold.jsonl", "w", encoding="utf-8") as f:
        for id_, head, lead, coop, leaders in GOLD:
            rec = {"id": id_, "head": head, "responsible_units": lead + coop, "lead_units": lead,
                   "cooperating_units": coop, "leaders": leaders}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


# ------------------------------------------------------------------------------------------------ cross-check
def cross_check():
    path = OUT + NAME + ".docx"
    d = Document(path)                                   # python-docx opens it
    assert len(d.tables) == 1 and len(d.tables[0].rows) == 29, len(d.tables[0].rows)
    z = zipfile.ZipFile(path)
    for part in ["word/comments.xml", "word/commentsExtended.xml", "word/footnotes.xml"]:
        etree.fromstring(z.read(part))
    doc = etree.fromstring(z.read("word/document.xml"))
    cm = etree.fromstring(z.read("word/comments.xml"))
    fn = etree.fromstring(z.read("word/footnotes.xml"))
    # every reference resolves, every comment is anchored once with start, end and reference
    cids = {c.get(W + "id") for c in cm.findall(W + "comment")}
    for tag in ["commentRangeStart", "commentRangeEnd", "commentReference"]:
        got = sorted(e.get(W + "id") for e in doc.iter(W + tag))
        assert got == sorted(cids), (tag, got)
    fids = {f.get(W + "id") for f in fn.findall(W + "footnote")} - {"-1", "0"}
    assert sorted(e.get(W + "id") for e in doc.iter(W + "footnoteReference")) == sorted(fids)

    def cell_text(tc, with_marks):
        out = []
        for el in tc.iter(W + "t", W + "footnoteReference"):
            if el.tag == W + "footnoteReference":
                if with_marks and el.get(W + "customMarkFollows") != "1":
                    out.append("[fn]")
                continue
            out.append(el.text or "")
        s = "".join(out)
        return s if with_marks else s.replace("※", "")

    tbl = doc.find(".//" + W + "tbl")
    rows = tbl.findall(W + "tr")
    tasks, fn_in_lead = [], []
    for tr in rows[1:]:
        tcs = tr.findall(W + "tc")
        if len(tcs) == 1:
            continue
        c = [cell_text(tc, False) for tc in tcs]
        if "[fn]" in cell_text(tcs[3], True):
            fn_in_lead.append(c[0])
        tasks.append(c)
    assert fn_in_lead == ["8"], fn_in_lead
    assert len(tasks) == len(GOLD) == 24

    def split(s):
        return [] if s == "—" else s.split("、")
    bad = []
    for c, (id_, head, lead, coop, leaders) in zip(tasks, GOLD):
        assert c[0] == id_, (c[0], id_)
        if c[1][:12] != head:
            bad.append((id_, c[1][:12], head))
        assert split(c[2]) == leaders, (id_, c[2])
        assert split(c[3]) == lead, (id_, c[3])
        assert split(c[4]) == coop, (id_, c[4])
    assert not bad, bad
    gold = [json.loads(l) for l in open(OUT + NAME + ".tasks.gold.jsonl", encoding="utf-8")]
    assert [g["id"] for g in gold] == [str(i) for i in range(1, 25)]
    print("134 OK:", len(gold), "tasks;", len(cids), "comments;", len(fids), "footnotes")


if __name__ == "__main__":
    raw = build_with_placeholders()
    data, seen = edit_package(raw)
    with open(OUT + NAME + ".docx", "wb") as f:
        f.write(data)
    write_gold()
    cross_check()
