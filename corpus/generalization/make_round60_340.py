#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generator for round 60, item 340.

桐溆市发展和改革委员会 internal 科室分工 of the 2026 市政府工作报告 tasks the 委 leads.
The Word file as it stands after the draft went round the 科室 for comments: every tracked
change accepted (no w:ins / w:del left, but runs fragmented with their rsids and track
changes still switched on in settings.xml); the comment threads kept, each marked done
(commentsExtended, w15:done="1").

Layout: 附件1 is a task list of Word-numbered paragraphs (one %1. list running 1-30 under
typed group headings) with no units; 附件2 is a landscape table with one row per 科室
(单位): 分管委领导 merged down, and the 附件1 numbers each 科室 leads and helps with.
The 责任委领导 of a task is derived by rules stated in the body.

Run with /usr/bin/python3 (python-docx 0.8.11 + lxml).
"""
import copy
import os

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "340_tongxu_shi_fagaiwei_keshi_renling_duizhao.docx")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

RSIDS = ["00A31C52", "00B7E019", "003F6D24", "00D25A8E", "0061C4F3", "00E8902B", "004A7D15"]
_rs = [0]


def next_rsid():
    _rs[0] = (_rs[0] + 1) % len(RSIDS)
    return RSIDS[_rs[0]]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run_xml(text, font=FS, size=32, bold=False, color=None, rsid=None, ascii_font="Times New Roman"):
    rpr = '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:hint="eastAsia"/>' % (ascii_font, ascii_font, font)
    if bold:
        rpr += "<w:b/><w:bCs/>"
    if color:
        rpr += '<w:color w:val="%s"/>' % color
    rpr += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size)
    rs = ' w:rsidR="%s"' % (rsid or next_rsid())
    return '<w:r%s><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (rs, rpr, esc(text))


def ppr_xml(align=None, first_chars=None, spacing_line=560, before=0, after=0, numpr=None,
            keep_next=False, extra="", ind=""):
    s = ""
    if keep_next:
        s += "<w:keepNext/>"
    if numpr:
        s += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % numpr
    s += extra
    s += '<w:spacing w:before="%d" w:after="%d" w:line="%d" w:lineRule="exact"/>' % (before, after, spacing_line)
    if first_chars is not None:
        s += '<w:ind w:firstLineChars="%d" w:firstLine="%d"/>' % (first_chars, first_chars * 32 // 10)
    s += ind
    if align:
        s += '<w:jc w:val="%s"/>' % align
    return "<w:pPr>%s</w:pPr>" % s


def para_xml(pieces, **kw):
    """pieces: list of str (raw run/anchor xml)."""
    rsid = next_rsid()
    return '<w:p %s w:rsidR="%s" w:rsidRDefault="%s">%s%s</w:p>' % (
        nsdecls("w"), rsid, rsid, ppr_xml(**kw), "".join(pieces))


def runs(text, cuts=(), **kw):
    """Split text at the given character offsets into runs with changing rsids."""
    out = []
    prev = 0
    for c in list(cuts) + [len(text)]:
        if c > prev:
            out.append(run_xml(text[prev:c], **kw))
            prev = c
    return out


# ---------------------------------------------------------------- comments
COMMENTS = []   # (id, author, initials, date, text, paraId, parent_paraId or None)


def add_comment(author, initials, date, text, parent=None):
    cid = len(COMMENTS)
    para_id = "%08X" % (0x1A2B3C40 + cid * 7)
    COMMENTS.append((cid, author, initials, date, text, para_id, parent))
    return cid, para_id


def c_start(ids):
    return "".join('<w:commentRangeStart w:id="%d"/>' % i for i in ids)


def c_end(ids):
    s = ""
    for i in ids:
        s += '<w:commentRangeEnd w:id="%d"/>' % i
        s += ('<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
              '<w:commentReference w:id="%d"/></w:r>' % i)
    return s


def thread(pairs):
    """pairs: [(author, initials, date, text)], first the comment, then replies."""
    ids = []
    parent = None
    for n, (a, ini, d, t) in enumerate(pairs):
        cid, pid = add_comment(a, ini, d, t, parent)
        if n == 0:
            parent = pid
        ids.append(cid)
    return ids


# ---------------------------------------------------------------- document
doc = docx.Document()
body = doc.element.body

sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
sec.left_margin, sec.right_margin = Mm(28), Mm(26)
sec.footer_distance = Mm(22)

# comment styles
styles_el = doc.styles.element
styles_el.append(parse_xml(
    '<w:style %s w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>'
    '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
    '<w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style>' % nsdecls("w")))
styles_el.append(parse_xml(
    '<w:style %s w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/>'
    '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
    '<w:pPr><w:jc w:val="left"/></w:pPr></w:style>' % nsdecls("w")))

# settings: track changes still on although everything was accepted
settings = doc.settings.element
settings.find(qn("w:defaultTabStop")).addprevious(parse_xml('<w:trackRevisions %s/>' % nsdecls("w")))
old_rsids = settings.find(qn("w:rsids"))
rsids_xml = '<w:rsids %s><w:rsidRoot w:val="00A31C52"/>%s</w:rsids>' % (
    nsdecls("w"), "".join('<w:rsid w:val="%s"/>' % r for r in sorted(RSIDS)))
old_rsids.getparent().replace(old_rsids, parse_xml(rsids_xml))

# footer: — PAGE —
footer = sec.footer
fp = footer.paragraphs[0]
fp._p.getparent().replace(fp._p, parse_xml(
    '<w:p %s><w:pPr><w:jc w:val="center"/></w:pPr>'
    '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">— </w:t></w:r>'
    '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
    '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
    '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r>'
    '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
    '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve"> —</w:t></w:r>'
    '</w:p>' % nsdecls("w")))

# numbering: one decimal list for the 附件1 tasks
numbering = doc.part.numbering_part.element
absnum = parse_xml(
    '<w:abstractNum %s w:abstractNumId="40"><w:nsid w:val="5C2E1A07"/><w:multiLevelType w:val="singleLevel"/>'
    '<w:tmpl w:val="8E6A3C12"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
    '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/>'
    '<w:sz w:val="32"/></w:rPr><w:suff w:val="nothing"/></w:lvl></w:abstractNum>' % nsdecls("w"))
first_num = numbering.find(qn("w:num"))
if first_num is not None:
    first_num.addprevious(absnum)
else:
    numbering.append(absnum)
numbering.append(parse_xml('<w:num %s w:numId="40"><w:abstractNumId w:val="40"/></w:num>' % nsdecls("w")))


def add(xml):
    el = parse_xml(xml)
    body.insert(len(body) - 1, el)   # before the final sectPr
    return el


def blank(n=1, line=560):
    for _ in range(n):
        add(para_xml([], spacing_line=line))


def bodypara(text, cuts=(), font=FS, bold=False, first=2, pieces=None, **kw):
    if pieces is None:
        pieces = runs(text, cuts, font=font, bold=bold)
    return add(para_xml(pieces, first_chars=first * 100 if first else None, align="both", **kw))


# remove python-docx's initial empty paragraph
for p in list(body.findall(qn("w:p"))):
    body.remove(p)

# ---------------------------------------------------------------- 版头
blank(2)
add(para_xml([run_xml("桐溆市发展和改革委员会文件", font=XBS, size=56, color="FF0000",
                      ascii_font=XBS)], align="center", spacing_line=900))
blank(1)
add(para_xml(runs("桐发改办〔2026〕5号", (8,)), align="center",
             extra='<w:pBdr><w:bottom w:val="single" w:sz="18" w:space="12" w:color="FF0000"/></w:pBdr>'))
blank(1)
add(para_xml([run_xml("桐溆市发展和改革委员会", font=XBS, size=44, ascii_font=XBS)], align="center", spacing_line=640))
add(para_xml([run_xml("关于印发2026年市政府工作报告涉及我委", font=XBS, size=44, ascii_font=XBS)],
             align="center", spacing_line=640))
add(para_xml([run_xml("牵头任务科室分工方案的通知", font=XBS, size=44, ascii_font=XBS)],
             align="center", spacing_line=640))
blank(1)
add(para_xml(runs("委机关各科室，各直属单位：", (5,)), align="both"))

bodypara("《桐溆市人民政府办公室关于印发2026年〈政府工作报告〉重点工作任务分工的通知》"
         "（桐政办发〔2026〕6号）明确由我委牵头的重点工作任务共30项。为确保各项任务落地见效，"
         "经委主任办公会议研究，现将任务分解到科室（单位），有关事项通知如下。", (24, 47, 70))

bodypara("一、分工办法", font=HT)
bodypara("（一）任务清单。我委牵头的30项任务按市政府分工原文列入附件1，序号按附件1顺序编排，"
         "各项任务后括号内注明该项任务在市政府分工中的序号，便于与市政府督查室对账。", (6, 40))
bodypara("（二）科室分工。各科室（单位）承担的牵头任务和配合任务见附件2，表中所列序号均为附件1中的任务序号。"
         "每项任务原则上由一个科室牵头，牵头科室对任务推进负总责；附件2中标注“共同牵头”的任务，"
         "由标注的科室共同牵头、共同负责。配合科室（单位）按职责做好配合工作。直属单位只承担配合任务。", (6, 33, 52, 98))

# the 领衔 sentence carries a comment thread (resolved)
c_lx = thread([("办公室 宋雨桐", "宋", "2026-02-24T09:12:00Z",
                "经请示陆主任，原第3项（谋划储备重大项目）不再列入领衔推进事项，已从本句删除。")])
bodypara("", pieces=(
    runs("（三）责任委领导。各项任务的责任委领导为牵头科室的分管委领导；共同牵头的任务，"
         "由各牵头科室的分管委领导共同负责。", (6, 27))
    + [c_start(c_lx)]
    + runs("第1、2、4、21、28项为委主要领导领衔推进事项，由陆承远主任和牵头科室的分管委领导共同负责。", (7, 8, 27))
    + [c_end(c_lx)]
    + runs("附件1中另行注明责任委领导的，以注明的为准。", (12,))))

bodypara("二、工作要求", font=HT)
bodypara("（一）细化推进计划。牵头科室要会同配合科室（单位）对照市政府分工要求，细化年度目标、"
         "季度节点和具体措施，经分管委领导审定后，于3月10日前报办公室。配合科室（单位）要主动对接、"
         "密切配合，不得推诿扯皮。", (10, 41))
bodypara("（二）按季调度报送。每季度最后一个月20日前，牵头科室将任务进展情况、存在问题和下步打算"
         "经责任委领导审核后报办公室，由办公室汇总后报市政府督查室。共同牵头的任务由排在附件2前面的"
         "科室负责汇总报送。", (9, 30, 62))
bodypara("（三）强化督办考核。办公室每季度对任务推进情况进行通报，推进情况纳入科室（单位）年度绩效考核。"
         "因工作调整确需变更牵头科室或完成时限的，由牵头科室提出，经委主任办公会议研究后调整。", (9, 47))
bodypara("联系人：办公室　宋雨桐，电话：0736-2281065。", (4,))
blank(1)
bodypara("附件：1.2026年市政府工作报告涉及我委牵头任务清单", (3,))
add(para_xml(runs("2.各科室（单位）承担任务对照表"), align="both",
             ind='<w:ind w:left="1600" w:firstLine="0"/>'))
blank(2)
add(para_xml(runs("桐溆市发展和改革委员会"), align="right",
             ind='<w:ind w:right="640"/>'))
add(para_xml(runs("2026年2月27日", (5,)), align="right", ind='<w:ind w:right="960"/>'))
bodypara("（此件不公开）")

# ---------------------------------------------------------------- 附件1
add(para_xml([run_xml("附件1", font=HT)], align="left",
             keep_next=False, extra="<w:pageBreakBefore/>"))
blank(1)
add(para_xml([run_xml("2026年市政府工作报告涉及我委牵头任务清单", font=XBS, size=40, ascii_font=XBS)],
             align="center", spacing_line=640))
blank(1)

TASKS = [
    ("一、稳增长，扩大有效需求（共7项）", [
        "全市地区生产总值增长5.5%左右，加强经济运行监测调度，按月分析研判、按季开展形势分析，推动经济运行稳中向好。（市分工第1项）",
        "全市固定资产投资增长6%左右，其中工业投资增长10%以上，民间投资占比稳定在55%以上。（市分工第2项）",
        "谋划储备重大项目300个以上、总投资3000亿元以上，积极争取超长期特别国债、中央预算内投资和地方政府专项债券支持，全年争取上级资金50亿元以上。（市分工第4项）",
        "实施市级重点项目150个，年度计划投资560亿元以上，推动沅江大道快速化改造、桐溆港二期等项目开工建设，力争新开工项目三季度末开工率达到90%。（市分工第5项）",
        "落实政府和社会资本合作新机制，建立向民间资本推介项目长效机制，全年推介项目不少于40个。（市分工第7项）",
        "深入实施大规模设备更新和消费品以旧换新，用好国家支持资金，带动消费20亿元以上。（市分工第9项）",
        "培育壮大文旅、养老、托育等服务消费新增长点，推动生产性服务业向专业化和价值链高端延伸，服务业增加值增长6%左右。（市分工第10项）",
    ]),
    ("二、加快产业转型和创新发展（共4项）", [
        "实施先进制造业集群培育工程，推动新能源装备、生物医药两个产业集群产值分别突破800亿元、300亿元。（市分工第13项）",
        "推进桐溆智算中心二期建设，新增算力规模2000P以上，打造区域算力调度节点。（市分工第15项）",
        "加快发展低空经济，编制低空经济发展规划，开通低空航线5条以上，建成通用机场1个。（市分工第16项）",
        "争创国家级创新平台，新增省级以上工程研究中心、企业技术中心15家以上。（市分工第18项）",
    ]),
    ("三、深化改革扩大开放（共7项）", [
        "深化营商环境综合改革，推行“高效办成一件事”，企业开办实现1个工作日内办结，项目审批“一窗受理、并联审批”全覆盖。（市分工第21项）",
        "健全社会信用体系，推进信用修复“一网通办”，在全省城市信用监测中保持前10位。（市分工第22项）",
        "落实促进民营经济发展若干措施，建立民营企业诉求直达和闭环办理机制，常态化开展政企恳谈。（市分工第23项）",
        "全面落实公平竞争审查制度，开展妨碍全国统一大市场建设的规定和做法专项清理。（市分工第24项）",
        "深度融入沅江中游城市群，推进桐溆—岚州同城化发展，开工跨界通道项目3个。（市分工第26项）",
        "@17",   # built separately (comment on the leader note)
        "稳定开行中欧班列（桐溆），全年开行120列以上，拓展至中亚、东盟新线路。（市分工第29项）",
    ]),
    ("四、推进城乡融合和绿色低碳发展（共6项）", [
        "实施以工代赈项目20个以上，发放劳务报酬3000万元以上，带动农村低收入群体就业增收。（市分工第33项）",
        "@20",   # built separately (comment on the first clause)
        "落实能耗双控向碳排放双控全面转型要求，单位地区生产总值能耗下降2.5%左右，完成省下达的碳排放强度目标。（市分工第38项）",
        "新增新能源装机容量60万千瓦以上，加快推进青崖山抽水蓄能电站前期工作。（市分工第39项）",
        "做好迎峰度夏、迎峰度冬电力和天然气保供，确保不发生拉闸限电。（市分工第40项）",
        "落实粮食安全党政同责，确保地方储备粮数量真实、质量良好、储存安全，新建高标准粮食仓容5万吨。（市分工第42项）",
    ]),
    ("五、保障民生和统筹规划（共6项）", [
        "加强重要民生商品保供稳价，完善价格监测预警机制，居民消费价格涨幅控制在2%左右。（市分工第45项）",
        "稳妥推进供水、供气、供暖等公用事业价格改革，完善居民阶梯价格制度。（市分工第46项）",
        "落实国家基本公共服务标准，实施城乡公共服务设施补短板项目30个。（市分工第49项）",
        "高质量编制“十五五”规划纲要和重点专项规划，按程序提请市人民代表大会审议，做好规划发布解读。（市分工第52项）",
        "建好用好全市经济运行监测平台，推进经济数据归集共享，按月编发经济运行简报。（市分工第53项）",
        "牵头做好市政府重点工作季度调度，按季度汇总报送《政府工作报告》任务落实情况。（市分工第54项）",
    ]),
]


def task_para(pieces):
    # numbered paragraph: the number comes from numbering.xml only
    add(para_xml(pieces, numpr=40, align="both"))


GOBACK = '<w:bookmarkStart w:id="90" w:name="_GoBack"/><w:bookmarkEnd w:id="90"/>'

for head, items in TASKS:
    add(para_xml([run_xml(head, font=HT)], first_chars=200, align="both", keep_next=True))
    for t in items:
        if t == "@17":
            c17 = thread([
                ("区域开放科 许晴", "许", "2026-02-23T15:40:00Z",
                 "对口支援和东西部协作由韩思齐副主任联系（市对口支援工作领导小组办公室主任），请在清单中注明。"),
                ("综合科 宋佳", "宋", "2026-02-24T08:55:00Z", "已注明。"),
            ])
            pieces = (runs("高质量完成对口支援和东西部协作任务，落实援建资金1.2亿元，实施帮扶项目25个。（市分工第27项）",
                           (9, 25, 30))
                      + [c_start(c17)]
                      + runs("（责任委领导：韩思齐）", (7,), font=KT)
                      + [c_end(c17)])
            task_para(pieces)
        elif t == "@20":
            c20 = thread([
                ("发展规划科 周宁", "周", "2026-02-23T10:05:00Z",
                 "新型城镇化工作按“三定”规定由我科承担，建议第20项改由发展规划科牵头，农村经济科、社会发展科配合。"),
                ("综合科 宋佳", "宋", "2026-02-24T08:50:00Z", "已采纳，附件2已同步调整。"),
            ])
            pieces = ([c_start(c20)]
                      + runs("推进以人为本的新型城镇化", (6,))
                      + [c_end(c20)]
                      + runs("，深化农业转移人口市民化，常住人口城镇化率提高1个百分点。（市分工第35项）", (13, 26)))
            task_para(pieces)
        else:
            n = len(t)
            task_para(runs(t, (n // 3, (2 * n) // 3 + 1)))

# ---------------------------------------------------------------- 附件2 (landscape section)
# close the portrait section here: copy the body sectPr into this paragraph
final_sectpr = body.find(qn("w:sectPr"))
portrait = copy.deepcopy(final_sectpr)
p_end = add(para_xml([], spacing_line=560))
p_end.find(qn("w:pPr")).append(portrait)

# the body's final sectPr becomes landscape
pgSz = final_sectpr.find(qn("w:pgSz"))
pgSz.set(qn("w:w"), str(int(Mm(297).twips)))
pgSz.set(qn("w:h"), str(int(Mm(210).twips)))
pgSz.set(qn("w:orient"), "landscape")
pgMar = final_sectpr.find(qn("w:pgMar"))
pgMar.set(qn("w:top"), str(int(Mm(28).twips)))
pgMar.set(qn("w:bottom"), str(int(Mm(26).twips)))
pgMar.set(qn("w:left"), str(int(Mm(37).twips)))
pgMar.set(qn("w:right"), str(int(Mm(35).twips)))

add(para_xml([run_xml("附件2", font=HT)], align="left"))
add(para_xml([run_xml("各科室（单位）承担任务对照表", font=XBS, size=40, ascii_font=XBS)],
             align="center", spacing_line=600, after=120))

# rows: (序号, 科室（单位）, leader-group key, 牵头, 配合, cuts for the unit name)
LEADERS = {
    "H": ["韩思齐", "（党组成员、副主任）"],
    "O": ["欧阳嘉禾", "（副主任）"],
    "D": ["杜明哲", "（副主任）"],
    "J": ["简卫东", "（党组成员、副主任，市粮食和物资储备局局长）"],
    "Z": ["蒋蕴之", "（党组成员、副主任）"],
}
ROWS = [
    ("1", "办公室", "H", "30", "—"),
    ("2", "综合科（政策研究室）", "H", "1、29", "—"),
    ("3", "发展规划科", "H", "20、28", "3、8、16"),
    ("4", "经济体制综合改革科", "H", "12（共同牵头）、14", "5、15"),
    ("5", "市经济信息中心", "H", "—", "1、29"),
    ("6", "固定资产投资科", "O", "2、3、5", "4、9、19、27"),
    ("7", "重点项目建设科", "O", "4", "2、10、16、22"),
    ("8", "区域开放科（市对口支援办公室）", "O", "16—18", "—"),
    ("9", "市重点项目服务中心", "O", "—", "3、4"),
    ("10", "产业发展科", "D", "8、10（共同牵头）", "2、6、11、14、21"),
    ("11", "创新和高技术发展科", "D", "9、10（共同牵头）、11", "8、29"),
    ("12", "服务业发展科", "D", "7", "—"),
    ("13", "能源发展科", "D", "22、23", "9、21"),
    ("14", "资源节约和环境保护科", "D", "21", "—"),
    ("15", "农村经济科", "J", "19", "17、20"),
    ("16", "价格管理科", "J", "25、26", "6、15"),
    ("17", "粮食和物资储备科", "J", "24", "25"),
    ("18", "市价格认证中心", "J", "—", "25、26"),
    ("19", "市粮食和物资储备中心", "J", "—", "24"),
    ("20", "社会发展科", "Z", "27", "7、17、20"),
    ("21", "社会信用建设科", "Z", "13", "12"),
    ("22", "法规科（行政审批科）", "Z", "12（共同牵头）、15", "5、14"),
    ("23", "经济贸易科", "Z", "6", "18"),
    ("24", "市公共信用信息中心", "Z", "—", "12、13"),
    ("25", "委机关各科室、各直属单位", None, "—", "28、30"),
]
# cells with comment threads: (row no, column) -> thread
CELL_COMMENTS = {
    ("16", 4): [("价格管理科 林跃", "林", "2026-02-23T11:30:00Z",
                 "消费品以旧换新补贴兑付在经济贸易科，建议第6项由经济贸易科牵头，我科配合；第26项我科牵头无意见。"),
                ("综合科 宋佳", "宋", "2026-02-24T08:52:00Z", "已按意见调整。")],
    ("13", 3): [("能源发展科 贺川", "贺", "2026-02-23T16:18:00Z",
                 "第23项电力天然气保供建议增加经济贸易科、市经济信息中心配合。"),
                ("综合科 宋佳", "宋", "2026-02-24T09:01:00Z",
                 "经与经济贸易科沟通，保供调度不在其职责范围，维持原分工，由能源发展科负责。")],
    ("8", 3): [("区域开放科 许晴", "许", "2026-02-23T15:44:00Z",
                "第17项请增加农村经济科配合（东西部协作消费帮扶）。"),
               ("综合科 宋佳", "宋", "2026-02-24T08:58:00Z", "已增加。")],
}
# unit names split over two runs (edits accepted)
NAME_CUTS = {"资源节约和环境保护科": (5,), "区域开放科（市对口支援办公室）": (5,),
             "经济体制综合改革科": (4,), "市粮食和物资储备中心": (3,), "委机关各科室、各直属单位": (6,)}

COLW = [Mm(15), Mm(58), Mm(50), Mm(46), Mm(56)]
ncols = 5
table = doc.add_table(rows=2 + len(ROWS), cols=ncols)
table.style = doc.styles["Table Grid"]
tbl = table._tbl
body.remove(tbl)
body.insert(len(body) - 1, tbl)
tblPr = tbl.tblPr
tblW = tblPr.find(qn("w:tblW"))
tblW.set(qn("w:w"), str(sum(int(w.twips) for w in COLW)))
tblW.set(qn("w:type"), "dxa")
tblW.addnext(parse_xml('<w:jc %s w:val="center"/>' % nsdecls("w")))
tblPr.find(qn("w:tblLook")).addprevious(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
for gc, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), COLW):
    gc.set(qn("w:w"), str(int(w.twips)))


def set_cell(cell, paragraphs, bold=False, font=FS, size=28, align="center", comment=None):
    tc = cell._tc
    for p in list(tc.findall(qn("w:p"))):
        tc.remove(p)
    tcPr = tc.get_or_add_tcPr()
    if tcPr.find(qn("w:vAlign")) is None:
        tcPr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))
    for k, ptxt in enumerate(paragraphs):
        if isinstance(ptxt, tuple):
            text, cuts = ptxt
        else:
            text, cuts = ptxt, ()
        pieces = runs(text, cuts, font=font, size=size, bold=bold)
        if comment and k == 0:
            pieces = [c_start(comment)] + pieces + [c_end(comment)]
        tc.append(parse_xml(para_xml(pieces, align=align, spacing_line=400)))


def set_width(cell, w):
    cell.width = w


hdr0, hdr1 = table.rows[0], table.rows[1]
for r in (hdr0, hdr1):
    trPr = r._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
for i, w in enumerate(COLW):
    for r in table.rows:
        set_width(r.cells[i], w)

set_cell(hdr0.cells[0], ["序号"], bold=True, font=HT)
set_cell(hdr0.cells[1], ["科室（单位）"], bold=True, font=HT)
set_cell(hdr0.cells[2], ["分管委领导"], bold=True, font=HT)
set_cell(hdr0.cells[3], ["承担任务（填附件1序号）"], bold=True, font=HT)
set_cell(hdr1.cells[3], ["牵头任务"], bold=True, font=HT)
set_cell(hdr1.cells[4], ["配合任务"], bold=True, font=HT)
for i in range(3):
    hdr0.cells[i].merge(hdr1.cells[i])
hdr0.cells[3].merge(hdr0.cells[4])
# the merge leaves empty paragraphs behind; tidy them
for i in range(5):
    for c in (table.cell(0, i), table.cell(1, i)):
        tc = c._tc
        ps = tc.findall(qn("w:p"))
        for p in ps[1:]:
            if not "".join(p.itertext()).strip():
                tc.remove(p)

group_start = {}
for ri, (no, unit, lk, lead, coop) in enumerate(ROWS):
    row = table.rows[2 + ri]
    set_cell(row.cells[0], [no])
    set_cell(row.cells[1], [(unit, NAME_CUTS.get(unit, ()))], align="left")
    if lk is None:
        set_cell(row.cells[2], ["—"])
    elif lk not in group_start:
        group_start[lk] = ri
        set_cell(row.cells[2], LEADERS[lk])
    else:
        set_cell(row.cells[2], [""])
    for col, val in ((3, lead), (4, coop)):
        com = None
        if (no, col) in CELL_COMMENTS:
            com = thread(CELL_COMMENTS[(no, col)])
        cuts = ()
        if val == "4、9、19、27":
            cuts = (3, 4)          # 19 split as "1" + "9"
        if val == "12（共同牵头）、15":
            cuts = (2, 8)
        set_cell(row.cells[col], [(val, cuts)], comment=com)

# vertical merges of the 分管委领导 column (python-docx merge keeps the first cell's text)
keys = [r[2] for r in ROWS]
for lk, start in group_start.items():
    end = max(i for i, k in enumerate(keys) if k == lk)
    a = table.cell(2 + start, 2)
    b = table.cell(2 + end, 2)
    m = a.merge(b)
    tc = m._tc
    for p in list(tc.findall(qn("w:p"))):
        if not "".join(p.itertext()).strip():
            tc.remove(p)

# a _GoBack bookmark left in the 区域开放科 lead cell
cell = table.cell(2 + 7, 3)
p0 = cell._tc.find(qn("w:p"))
r0 = p0.find(qn("w:r"))
for el in reversed(list(parse_xml('<w:x %s>%s</w:x>' % (nsdecls("w"), GOBACK)))):
    r0.addprevious(el)

notes = [("注：1.表中序号均为附件1的任务序号，“16—18”即第16项至第18项。", (3, 20)),
         ("2.标注“共同牵头”的任务由标注的科室共同牵头，责任委领导按通知第一部分第（三）项确定。", (2, 30)),
         ("3.“委机关各科室、各直属单位”指除牵头科室以外的全委各科室（单位），按职责配合。", (2, 15))]
for k, (t, cuts) in enumerate(notes):
    add(para_xml(runs(t, cuts, size=28), align="both", before=120 if k == 0 else 0, spacing_line=440,
                 ind='<w:ind w:left="%d" w:firstLine="0"/>' % (0 if k == 0 else 840)))

# ---------------------------------------------------------------- 版记 (at the end of the last page)
blank(1)
rule = '<w:pBdr><w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>'
add(para_xml(runs("抄送：委领导。", font=FS, size=28), align="both", extra=rule))
add(para_xml(runs("桐溆市发展和改革委员会办公室　　　　　　　　　　　　　　　2026年2月27日印发", font=FS, size=28),
             align="both",
             extra='<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" w:color="000000"/></w:pBdr>'))

# ---------------------------------------------------------------- comment parts
cxml = ['<w:comments %s xmlns:w14="%s" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14">'
        % (nsdecls("w"), W14)]
for cid, author, ini, date, text, pid, parent in COMMENTS:
    cxml.append(
        '<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s">'
        '<w:p w14:paraId="%s" w14:textId="77777777"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
        '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
        '<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:comment>'
        % (cid, esc(author), date, esc(ini), pid, esc(text)))
cxml.append("</w:comments>")
comments_part = Part(PackURI("/word/comments.xml"),
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
                     ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + "".join(cxml)).encode("utf-8"),
                     doc.part.package)
doc.part.relate_to(comments_part, RT.COMMENTS)

ex = ['<w15:commentsEx xmlns:w15="%s" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'mc:Ignorable="w15">' % W15]
for cid, author, ini, date, text, pid, parent in COMMENTS:
    if parent:
        ex.append('<w15:commentEx w15:paraId="%s" w15:paraIdParent="%s" w15:done="1"/>' % (pid, parent))
    else:
        ex.append('<w15:commentEx w15:paraId="%s" w15:done="1"/>' % pid)
ex.append("</w15:commentsEx>")
ex_part = Part(PackURI("/word/commentsExtended.xml"),
               "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml",
               ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + "".join(ex)).encode("utf-8"),
               doc.part.package)
doc.part.relate_to(ex_part, "http://schemas.microsoft.com/office/2011/relationships/commentsExtended")

cp = doc.core_properties
cp.author = "宋佳"
cp.last_modified_by = "宋雨桐"
cp.title = "关于印发2026年市政府工作报告涉及我委牵头任务科室分工方案的通知"
cp.revision = 14

doc.save(OUT)
print("wrote", OUT, "comments:", len(COMMENTS))
