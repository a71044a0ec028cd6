#!/usr/bin/python3
"""Round 64, no. 355: 国家税务总局苓州市税务局 2025年全市税务重点工作任务分工 (DOCX).

A city tax bureau's 印发 notice as its 办公室 circulates it in Word: red issuer mark, 文号, red rule, title,
主送, body (一、二、三、 requirements, the responsibility rule in 一、), 附件说明, signature, date, 附注;
then a landscape section with the 附件: one table `序号 | 重点工作任务 | 协同部门（单位） | 完成时限 | 备注`
whose rows are grouped in two levels:
  * leader rows merged across the table: `一、党委书记、局长　卢振邦（主持局全面工作，分管办公室、…）`;
  * department rows under them (序号 cell empty, the rest merged): `（一）征收管理科（4项）`.
No column names the lead department or the leader: each task takes its 主责部门 from the department row above it
and its 责任局领导 from the leader row above that; 备注 cells override or add (`责任局领导：X`,
`协管局领导：X`, `与X共同牵头`); a department row naming two departments means both lead.
序号 comes from Word's automatic numbering only (one list running 1–36 through all groups, nothing typed).
One task spans two rows (序号 and task merged down, units and deadlines per row).  A 注 under the table.
Last portrait section: the 版记.

Run: /usr/bin/python3 make_round64_355.py  ->  355_lingzhou_shuiwuju_tiaoxian_keshi_fenzu_biao.docx
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor
from lxml import etree

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "355_lingzhou_shuiwuju_tiaoxian_keshi_fenzu_biao.docx")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xE6, 0x00, 0x12)


# ---------------------------------------------------------------- run / paragraph helpers
def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def add_runs(p, text, font=FS, size=16, bold=False, color=None):
    """Add text as runs; a '|' in text only splits the run there (as Word's editing leaves runs)."""
    for seg in text.split("|"):
        if seg:
            r = p.add_run(seg)
            set_font(r, font, size, bold, color)


def para(container, text="", font=FS, size=16, bold=False, align=None, indent=True, color=None,
         space_before=0, space_after=0, line=28):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if line is not None:
        pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        add_runs(p, text, font, size, bold, color)
    return p


PPR_AFTER_PBDR = ("shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct",
                  "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
                  "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
                  "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange")


def put_pbdr(ppr, pbdr):
    for child in ppr:
        if etree.QName(child).localname in PPR_AFTER_PBDR:
            child.addprevious(pbdr)
            return
    ppr.append(pbdr)


def border(p, top=False, bottom=True, color="000000", sz=8):
    ppr = p._p.get_or_add_pPr()
    inner = ""
    if top:
        inner += f'<w:top w:val="single" w:sz="{sz}" w:space="1" w:color="{color}"/>'
    if bottom:
        inner += f'<w:bottom w:val="single" w:sz="{sz}" w:space="1" w:color="{color}"/>'
    put_pbdr(ppr, parse_xml(f'<w:pBdr {nsdecls("w")}>{inner}</w:pBdr>'))


def page_setup(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width = Cm(29.7)
        section.page_height = Cm(21.0)
        section.top_margin = Cm(2.5)
        section.bottom_margin = Cm(2.3)
        section.left_margin = Cm(2.4)
        section.right_margin = Cm(2.4)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width = Cm(21.0)
        section.page_height = Cm(29.7)
        section.top_margin = Cm(3.7)
        section.bottom_margin = Cm(3.5)
        section.left_margin = Cm(2.8)
        section.right_margin = Cm(2.6)


def page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(p, "— ", "宋体", 14)
    for frag in ('<w:fldChar {ns} w:fldCharType="begin"/>',
                 '<w:instrText {ns} xml:space="preserve"> PAGE </w:instrText>',
                 '<w:fldChar {ns} w:fldCharType="separate"/>'):
        r = p.add_run()
        set_font(r, "宋体", 14)
        r._element.append(parse_xml(frag.format(ns=nsdecls("w"))))
    add_runs(p, "1", "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._element.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))
    add_runs(p, " —", "宋体", 14)


# ---------------------------------------------------------------- numbering (序号 column)
NUM_ID = 12
ABS_ID = 9


def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    absnum = parse_xml(f'''
<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABS_ID}">
  <w:nsid w:val="3B7D20C4"/>
  <w:multiLevelType w:val="singleLevel"/>
  <w:tmpl w:val="0A1E6F3D"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="1"/>
    <w:numFmt w:val="decimal"/>
    <w:suff w:val="nothing"/>
    <w:lvlText w:val="%1"/>
    <w:lvlJc w:val="center"/>
    <w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman" w:hint="default"/><w:sz w:val="21"/></w:rPr>
  </w:lvl>
</w:abstractNum>''')
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{ABS_ID}"/></w:num>'))


def set_num(p):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{NUM_ID}"/></w:numPr>')
    ps = ppr.find(qn("w:pStyle"))
    if ps is not None:
        ps.addnext(numpr)
    else:
        ppr.insert(0, numpr)


# ---------------------------------------------------------------- table helpers
def fmt_cell_para(p, align):
    p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(15)


def fill(cell, content, size=10.5, font=FS, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    """content: str (one paragraph), list (one paragraph each), ('br', [lines]) (one paragraph, w:br between),
    or ('runs', [(text, bold), ...]) (one paragraph of mixed runs)."""
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = cell.paragraphs[0]
    fmt_cell_para(p, align)
    if isinstance(content, tuple) and content[0] == "br":
        for i, line in enumerate(content[1]):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
            add_runs(p, line, font, size, bold)
        return
    if isinstance(content, tuple) and content[0] == "runs":
        for seg, b in content[1]:
            add_runs(p, seg, font, size, b)
        return
    paras = content if isinstance(content, list) else [content]
    for i, t in enumerate(paras):
        if i:
            p = cell.add_paragraph()
            fmt_cell_para(p, align)
        if t:
            add_runs(p, t, font, size, bold)


def shade(cell, fill_hex):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill_hex}"/>')
    for child in tcpr:  # keep the schema order: shd before noWrap, tcMar, textDirection, vAlign, ...
        if etree.QName(child).localname in ("noWrap", "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark"):
            child.addprevious(shd)
            return
    tcpr.append(shd)


def tbl_header_row(row):
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def cant_split(row):
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))


def fixed_layout(table):
    tblpr = table._tbl.tblPr
    layout = parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>')
    look = tblpr.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(layout)
    else:
        tblpr.append(layout)


# ---------------------------------------------------------------- content of the 附件 table
# Leader groups: (heading, [department groups]); department group: (title, count_text, [tasks]);
# task: dict(t=task text or ('runs', ...), co=cooperating cell, due=deadline, note=备注) or
#       dict(t=..., rows=[(co, due, note), (co, due, note)]) for a task over two rows.
GROUPS = [
    ("一、党委书记、局长　卢振邦（主持局全面工作，分管办公室、人事科、教育科、机关党委办公室（党建工作科））", [
        ("（一）办公室", "（3项）", [
            dict(t="统筹做好“十四五”税收工作总结评估和“十五五”时期全市税收发展思路研究，形成研究报告报局党委审定。",
                 co="收入规划核算科、法制科、各县（市、区）税务局", due="10月底前", note=""),
            dict(t="健全局党委会议、局长办公会议议定事项督查督办机制，实行台账管理、按月通报、办结销号。",
                 co="考核考评科", due="持续推进", note=""),
            dict(t="加强政务公开、保密和档案管理，完成2024年度文书档案归档和涉密设备专项检查。",
                 co="信息中心、机关服务中心", due="11月底前", note=""),
        ]),
        ("（二）人事科", "（2项）", [
            dict(t="深化“数字人事”两测结果运用，完善干部选拔任用、职级晋升与绩效考评结果挂钩机制。",
                 co="考核考评科、教育科", due="12月底前", note=""),
            dict(t="实施年轻干部“墩苗壮干”培养计划，全年选派不少于20名青年干部到基层分局和办税服务厅一线锻炼。",
                 co=["教育科", "第一税务分局", "第二税务分局", "各县（市、区）税务局"], due="12月底前", note=""),
        ]),
        ("（三）机关党委办公室（党建工作科）", "（1项）", [
            dict(t="落实全面从严治党主体责任，制定局党委年度党建工作要点和责任清单，深化“一局一品”党建品牌创建。",
                 co="办公室、人事科", due="3月底前", note="协管局领导：覃立"),
        ]),
    ]),
    ("二、党委委员、副局长　温雅琴（分管征收管理科、纳税服务科、社会保险费科、第一税务分局、第二税务分局）", [
        ("（一）征收|管理科", "（4项）", [
            dict(t=("runs", [("深化税收征管改革。", True),
                             ("推进“以数治税”分类分级精准监管，完善“事前提醒—事中阻断—事后处置”的动态“信用+风险”监管体系。",
                              False)]),
                 co=["税收风险管理局", "信息中心", "各县（市、区）税务局"], due="12月底前", note=""),
            dict(t="全面推广应用全面数字化的电子发票，做好存量纳税人数电发票推广和发票额度动态调整。",
                 rows=[("信息中心、纳税服务科", "6月底前", "完成存量纳税人推广"),
                       (("br", ["第一税务分局、第二税务分局、", "各县（市、区）税务局"]), "12月底前",
                        "巩固推广成效，实现全覆盖")]),
            dict(t="推进自然人税费服务与监管体系建设，做好2024年度个人所得税综合所得汇算清缴。",
                 co="税政二科、信息中心、各县（市、区）税务局", due="6月底前", note="与纳税服务科共同牵头"),
            dict(t="加强欠税管理和非正常户清理，依法采取税收保全和强制执行措施，欠税余额较上年末下降10%以上。",
                 co="法制科、第一稽查局", due="按季推进", note=""),
        ]),
        ("（二）纳税服务科", "（3项）", [
            dict(t="持续开展“便民办税春风行动”，推行“高效办成一件事”税费服务场景，拓展“非接触式”办税缴费事项。",
                 co="征收管理科、信息中心、各县（市、区）税务局", due="12月底前", note=""),
            dict(t="对标全省营商环境评价指标，开展“纳税”指标提升专项行动，进一步压缩办税时间和环节。",
                 co="办公室、法制科、征收|管理科", due="9月底前", note="责任局领导：卢振邦"),
            dict(t="健全纳税人缴费人诉求快速响应机制，12366热线、征纳互动平台诉求按期办结率达到100%。",
                 co="—", due="持续推进", note=""),
        ]),
        ("（三）社会保险费科", "（2项）", [
            dict(t="稳妥推进社会保险费征缴，配合做好企业职工基本养老保险全国统筹相关工作。",
                 co="征收管理科、信息中心", due="12月底前", note="按省局统一部署推进"),
            dict(t="做好2026年度城乡居民基本医疗保险集中征缴，提升线上缴费比例。",
                 co="纳税服务科、各县（市、区）税务局", due="12月底前", note=""),
        ]),
        ("（四）第一税务分局", "（2项）", [
            dict(t="落实重点税源企业“一户式”管理和“团队式”服务，建立重点企业涉税诉求清单。",
                 co="收入规划核算科、税收风险管理局", due="持续推进", note=""),
            dict(t="开展辖区新办企业“开业第一课”税费辅导，新办纳税人首次辅导覆盖率达到100%。",
                 co="纳税服务科", due="12月底前", note=""),
        ]),
    ]),
    ("三、党委委员、副局长　邱光耀（分管法制科、税收风险管理局、第一稽查局、第二稽查局）", [
        ("（一）法制科", "（2项）", [
            dict(t="深入推进依法治税，完成“八五”普法总结验收，落实税务规范性文件合法性审核和公平竞争审查制度。",
                 co="办公室、各县（市、区）税务局", due="11月底前", note=""),
            dict(t="推行包容审慎监管，落实税务行政处罚“首违不罚”事项清单和裁量基准。",
                 co=["第一稽查局", "第二稽查局", "征收管理科"], due="持续推进", note=""),
        ]),
        ("（二）税收风险管理局", "（2项）", [
            dict(t="健全风险“统筹、分析、应对、评价”闭环管理机制，风险应对任务按期完成率保持在95%以上。",
                 co="征收管理科、第一稽查局、信息中心", due="按季推进", note=""),
            dict(t="开展房地产、医药、平台经济等重点行业税收风险分析，形成行业风险特征库。",
                 co="税政一科、税政二科、收入规划核算科", due="10月底前", note=""),
        ]),
        ("（三）第一稽查局", "（2项）", [
            dict(t="常态化打击虚开骗税等涉税违法犯罪行为，依法查处一批典型案件并适时曝光。",
                 co="第二稽查局、法制科", due="持续推进", note="纳入常态化打击虚开骗税工作机制"),
            dict(t="规范检举案件受理、转办和答复，实行检举事项“一案一档”管理。",
                 co="第二稽查局", due="6月底前", note=""),
        ]),
    ]),
    ("四、党委委员、副局长　欧阳启明（分管财务管理科、非税收入科、信息中心、机关服务中心）", [
        ("（一）财务管理科", "（2项）", [
            dict(t="严格预算执行和政府采购管理，压减一般性支出，“三公”经费只减不增。",
                 co="督察内审科、机关服务中心", due="12月底前", note=""),
            dict(t="推进第一税务分局、第二税务分局办税服务厅适老化和标准化改造。",
                 co="机关服务中心、第一税务分局、第二税务分局", due="9月底前", note="协管局领导：温雅琴"),
        ]),
        ("（二）非税收入科", "（1项）", [
            dict(t="做好划转非税收入征管，推进非税收入数据与财政部门信息共享，确保应征尽征。",
                 co=["征收管理科", "信息中心", "各县（市、区）税务局"], due="12月底前", note=""),
        ]),
        ("（三）信息中心", "（2项）", [
            dict(t="做好新一代电子税务局和税务数字账户推广应用的运维保障，系统可用率保持在99.9%以上。",
                 co="征收管理科、纳税服务科", due="持续推进", note=""),
            dict(t="开展网络安全和数据安全风险排查，落实等级保护测评和数据分类分级管理。",
                 co="办公室、督察内审科", due="11月底前", note=""),
        ]),
        ("（四）机关服务中心", "（1项）", [
            dict(t="推进节约型机关建设，完成机关办公用房维修改造和职工食堂管理提升。",
                 co="财务管理科", due="10月底前", note="纳入公共机构节能考核"),
        ]),
    ]),
    ("五、党委委员、总经济师　司徒静（分管税政一科、税政二科、收入规划核算科）", [
        ("（一）税政一科、税政二科", "（2项）", [
            dict(t="不折不扣落实延续优化的结构性减税降费政策，确保符合条件的经营主体应享尽享。",
                 co="收入规划核算科、纳税服务科、各县（市、区）税务局", due="持续推进", note=""),
            dict(t="开展税费优惠政策落实情况后续管理和效应分析，按季形成分析报告。",
                 co="税收风险管理局", due="按季推进", note=""),
        ]),
        ("（二）收入规划核算科", "（2项）", [
            dict(t="坚持依法依规组织税费收入，坚决防止收“过头税费”，确保全年税费收入平稳运行。",
                 co="各科室、各县（市、区）税务局", due="12月底前", note=""),
            dict(t="加强税收经济分析，编发《税收经济分析月报》，重大经济运行情况按月报送市委、市政府。",
                 co="税政一科、税政二科", due="按月推进", note=""),
        ]),
    ]),
    ("六、党委委员、纪检组组长　覃　立（分管督察内审科、考核考评科）", [
        ("（一）督察内审科", "（2项）", [
            dict(t="开展税收执法督察和经济责任审计，全年完成不少于2个县（市、区）税务局执法督察。",
                 co="法制科、财务管理科", due="11月底前", note=""),
            dict(t="深化内控监督平台应用，推进执法风险信息化防控提质增效。",
                 co="信息中心、征收管理科", due="12月底前", note=""),
        ]),
        ("（二）考核考评科", "（1项）", [
            dict(t="完善组织绩效和个人绩效管理，将本分工表各项任务纳入2025年度绩效考评指标。",
                 co="办公室、各科室、各局属单位", due="4月底前", note=""),
        ]),
    ]),
]

COLW = [1.3, 12.6, 5.4, 2.3, 3.3]  # 24.9 cm
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT


def set_widths(row):
    for i, c in enumerate(row.cells):
        if i < len(COLW):
            c.width = Cm(COLW[i])


def build_table(doc):
    table = doc.add_table(rows=1, cols=5)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    fixed_layout(table)
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), COLW):
        gc.set(qn("w:w"), str(int(w * 567)))
    hdr = table.rows[0]
    tbl_header_row(hdr)
    set_widths(hdr)
    for i, h in enumerate(["序号", "重点工作任务", "协同部门（单位）", "完成时限", "备注"]):
        fill(hdr.cells[i], h, size=11, font=HT, align=C)
        shade(hdr.cells[i], "F2F2F2")

    ntask = 0
    for lhead, depts in GROUPS:
        # leader row: one cell across the table
        row = table.add_row()
        cant_split(row)
        set_widths(row)
        a = row.cells[0].merge(row.cells[4])
        fill(a, lhead, size=11, font=HT, align=L)
        shade(a, "D9D9D9")
        for dtitle, dcount, tasks in depts:
            row = table.add_row()
            cant_split(row)
            set_widths(row)
            b = row.cells[1].merge(row.cells[4])
            fill(row.cells[0], "", align=C)
            fill(b, ("runs", [(dtitle, True), (dcount, False)]), size=11, font=KT, align=L)
            shade(b, "F2F2F2")
            shade(row.cells[0], "F2F2F2")
            for t in tasks:
                ntask += 1
                rows = t.get("rows") or [(t["co"], t["due"], t["note"])]
                first = None
                for k, (co, due, note) in enumerate(rows):
                    row = table.add_row()
                    set_widths(row)
                    if k == 0:
                        first = row
                        cant_split(row)
                        p = row.cells[0].paragraphs[0]
                        fmt_cell_para(p, C)
                        set_num(p)
                        row.cells[0].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                        fill(row.cells[1], t["t"], align=L)
                    fill(row.cells[2], co, align=C if co == "—" else L)
                    fill(row.cells[3], due, align=C)
                    fill(row.cells[4], note, size=10, align=L)
                if len(rows) > 1:
                    last = table.rows[len(table.rows) - 1]
                    first.cells[0].merge(last.cells[0])
                    first.cells[1].merge(last.cells[1])
    return ntask


# ---------------------------------------------------------------- the document
def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    add_numbering(doc)

    sec = doc.sections[0]
    page_setup(sec)
    page_number_footer(sec)

    # ---- 版头
    para(doc, "", indent=False)
    para(doc, "国家税务总局苓州市税务局文件", font=XBS, size=30, align=C, indent=False, color=RED,
         space_before=24, line=None)
    para(doc, "", indent=False)
    p = para(doc, "苓税发〔2025〕5号", size=16, align=C, indent=False, space_after=4)
    border(p, bottom=True, color="E60012", sz=18)
    para(doc, "", indent=False)

    # ---- 标题、主送
    para(doc, "国家税务总局苓州市税务局关于印发", font=XBS, size=22, align=C, indent=False, line=32)
    para(doc, "2025年全市税务重点工作任务分工的通知", font=XBS, size=22, align=C, indent=False, line=32)
    para(doc, "", indent=False)
    para(doc, "国家税务总局各县（市、区）税务局、苓州经济技术开发区税务局，市局各科室、各局属单位：", indent=False)

    # ---- 正文
    para(doc, "为贯彻落实全国税务工作会议和全省税务工作会议部署，推动市局2025年工作会议确定的各项目标任务落地"
              "见效，经局党委会议研究，现将《2025年全市税务重点工作任务分工表》印发给你们，并就有关事项通知如下。")
    p = para(doc, "")
    add_runs(p, "一、明确责任分工。", HT, 16)
    add_runs(p, "分工表按照“分管局领导—主责部门（单位）—具体任务”分级列示，共36项任务。各项任务的责任局领导为"
                "所在条线的分管局领导；主责部门（单位）为任务所在栏目标明的部门（单位），对任务落实负主要责任，"
                "栏目列有两个部门（单位）的，由两个部门（单位）共同牵头；协同部门（单位）按照职责积极配合，主动"
                "提供数据、人员和技术支持。备注栏对责任局领导、牵头部门另有注明的，以备注为准。", FS, 16)
    p = para(doc, "")
    add_runs(p, "二、强化跟踪问效。", HT, 16)
    add_runs(p, "办公室会同考核考评科建立重点工作任务台账，实行月调度、季通报。各主责部门（单位）于每季度末月"
                "25日前通过内部办公平台报送任务进展情况，协同部门（单位）的配合情况一并报送。", FS, 16)
    p = para(doc, "")
    add_runs(p, "三、严格考核问责。", HT, 16)
    add_runs(p, "各项任务完成情况纳入2025年度组织绩效考评。对推进不力、工作滞后的，由督察内审科会同考核考评科"
                "提出问责建议，报局党委研究。各县（市、区）税务局要参照本分工，结合实际细化分解本单位重点工作"
                "任务，于3月10日前报市局考核考评科备案。", FS, 16)
    para(doc, "")
    para(doc, "附件：2025年全市税务重点工作任务分工表")
    para(doc, "")
    para(doc, "")
    para(doc, "国家税务总局苓州市税务局", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(40)
    para(doc, "2025年2月17日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(64)
    para(doc, "")
    para(doc, "（此件不公开）")

    # ---- 附件 (landscape)
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec2, landscape=True)
    para(doc, "附件", font=HT, size=16, indent=False, line=None)
    para(doc, "2025年全市税务重点工作任务分工表", font=XBS, size=20, align=C, indent=False,
         space_before=6, space_after=10, line=None)
    n = build_table(doc)
    assert n == 36, n
    notes = [
        "注：1．表中“一、”至“六、”栏为局领导分管条线，各项任务的责任局领导为所在条线的分管局领导；“（一）”“（二）”"
        "等栏目标明的部门（单位）为主责部门（单位），栏目列有两个部门（单位）的，两个部门（单位）共同牵头。",
        "2．备注栏注明“责任局领导：××”的，以备注为准；注明“协管局领导：××”的，由该局领导协助分管局领导共同"
        "负责；注明“与××共同牵头”的，该部门（单位）与栏目标明的部门（单位）共同牵头。",
        "3．协同部门（单位）栏为“—”的，由主责部门（单位）独立完成。",
    ]
    for i, t in enumerate(notes):
        p = para(doc, t, font=FS, size=12, indent=False, line=20, space_before=6 if i == 0 else 0)
        if i:
            p.paragraph_format.left_indent = Pt(24)

    # ---- 版记 (portrait)
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec3)
    for _ in range(18):
        para(doc, "", indent=False)
    p = para(doc, "抄送：国家税务总局沅岭省税务局办公室，苓州市人民政府办公室。", size=14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    border(p, top=True, bottom=True, sz=8)
    p = para(doc, "", size=14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    add_runs(p, "国家税务总局苓州市税务局办公室", FS, 14)
    add_runs(p, "　　　", FS, 14)
    add_runs(p, "2025年2月17日印发", FS, 14)
    border(p, bottom=True, sz=8)

    doc.core_properties.title = "国家税务总局苓州市税务局关于印发2025年全市税务重点工作任务分工的通知"
    doc.core_properties.author = "苓州市税务局办公室"
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
