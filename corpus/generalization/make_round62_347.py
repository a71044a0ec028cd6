#!/usr/bin/python3
"""Round 62, no. 347: 滢川港航集团有限公司 2025 年度重点工作任务分解 (DOCX).

A state-owned port group's notice as its 办公室 circulates it in Word: red issuer mark, 文号, title, 主送, body,
附件说明, signature, date, 附注; 附件1 a landscape task table whose 序号 come from Word's automatic multi-level
numbering (category rows `一、` chineseCounting in a row merged across, task numbers `%2` restarting under each),
except one category pasted with typed numbers; a two-row header (责任分工 over 集团领导 / 责任部门（单位） /
协办部门（单位）) repeated on every page; a 督办部门 column (not responsible) merged down; leader cells merged down;
six rows where 责任部门 and 协办部门 are one horizontally merged cell worded in prose; a 注 with the rules.
附件2 a quarterly report template with a filled-in 示例 row; 版记 at the end.

Run: /usr/bin/python3 make_round62_347.py  ->  347_yingchuan_ganghang_jituan_zhongdian_renwu_fenjie.docx
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor
from lxml import etree

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "347_yingchuan_ganghang_jituan_zhongdian_renwu_fenjie.docx")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xE6, 0x00, 0x12)


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


def para(container, text="", font=FS, size=16, bold=False, align=None, indent=True, color=None,
         space_before=0, space_after=0, line=None):
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
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def add_run(p, text, font=FS, size=16, bold=False):
    r = p.add_run(text)
    set_font(r, font, size, bold)
    return r


PPR_AFTER_PBDR = ("shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct",
                  "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
                  "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
                  "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange")


def put_pbdr(ppr, pbdr):
    """Insert w:pBdr where the schema wants it (before shd, tabs, spacing, ind, jc, ...)."""
    for child in ppr:
        if etree.QName(child).localname in PPR_AFTER_PBDR:
            child.addprevious(pbdr)
            return
    ppr.append(pbdr)


def bottom_border(p, color="E60012", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{sz}" w:space="1" w:color="{color}"/></w:pBdr>')
    put_pbdr(ppr, pbdr)


def top_bottom_border(p, top=True, bottom=True, sz=8):
    ppr = p._p.get_or_add_pPr()
    inner = ""
    if top:
        inner += f'<w:top w:val="single" w:sz="{sz}" w:space="1" w:color="000000"/>'
    if bottom:
        inner += f'<w:bottom w:val="single" w:sz="{sz}" w:space="1" w:color="000000"/>'
    put_pbdr(ppr, parse_xml(f'<w:pBdr {nsdecls("w")}>{inner}</w:pBdr>'))


def page_setup(section, landscape=False):
    section.page_height = Cm(29.7)
    section.page_width = Cm(21.0)
    section.orientation = WD_ORIENT.PORTRAIT
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width = Cm(29.7)
        section.page_height = Cm(21.0)
        section.top_margin = Cm(2.6)
        section.bottom_margin = Cm(2.4)
        section.left_margin = Cm(2.5)
        section.right_margin = Cm(2.5)


def page_number_footer(section):
    ft = section.footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(p, "— ", font="宋体", size=14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._element.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    r2 = p.add_run()
    set_font(r2, "宋体", 14)
    r2._element.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> PAGE </w:instrText>'))
    r3 = p.add_run()
    set_font(r3, "宋体", 14)
    r3._element.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    r4 = add_run(p, "1", font="宋体", size=14)
    r5 = p.add_run()
    set_font(r5, "宋体", 14)
    r5._element.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))
    add_run(p, " —", font="宋体", size=14)


# ---------------------------------------------------------------- numbering
NUM_ID = 47
ABS_ID = 47


def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    absxml = f'''
<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABS_ID}">
  <w:nsid w:val="5A3C1E47"/>
  <w:multiLevelType w:val="multilevel"/>
  <w:tmpl w:val="2F6E0B12"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="1"/>
    <w:numFmt w:val="chineseCounting"/>
    <w:suff w:val="nothing"/>
    <w:lvlText w:val="%1、"/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体" w:hint="eastAsia"/><w:b w:val="0"/><w:sz w:val="24"/></w:rPr>
  </w:lvl>
  <w:lvl w:ilvl="1">
    <w:start w:val="1"/>
    <w:numFmt w:val="decimal"/>
    <w:suff w:val="nothing"/>
    <w:lvlText w:val="%2"/>
    <w:lvlJc w:val="center"/>
    <w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman" w:hint="default"/><w:sz w:val="21"/></w:rPr>
  </w:lvl>
  <w:lvl w:ilvl="2">
    <w:start w:val="1"/>
    <w:numFmt w:val="decimal"/>
    <w:lvlText w:val="（%3）"/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>
  </w:lvl>
</w:abstractNum>'''
    absnum = parse_xml(absxml)
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absnum)
    else:
        numbering.append(absnum)
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{ABS_ID}"/></w:num>')
    numbering.append(num)


def set_num(p, ilvl):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{NUM_ID}"/></w:numPr>')
    # numPr goes after pStyle / keepNext etc.; put it first unless pStyle exists
    ps = ppr.find(qn("w:pStyle"))
    if ps is not None:
        ps.addnext(numpr)
    else:
        ppr.insert(0, numpr)


# ---------------------------------------------------------------- table helpers
def cell_text(cell, text, size=10.5, bold=False, font=FS, align=WD_ALIGN_PARAGRAPH.LEFT, br_lines=None):
    """Fill a cell: text may be a str or a list of paragraphs; a paragraph may be a list of (text, bold)
    runs; br_lines: a list of strings put in one paragraph parted by w:br."""
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = cell.paragraphs[0]
    paras = text if isinstance(text, list) else [text]
    first = True
    for t in paras:
        if not first:
            p = cell.add_paragraph()
        first = False
        p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(15)
        if isinstance(t, tuple):
            for seg, b in t:
                add_run(p, seg, font=font, size=size, bold=b)
        elif t:
            add_run(p, t, font=font, size=size, bold=bold)
    if br_lines:
        p = cell.paragraphs[0]
        p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        for i, line in enumerate(br_lines):
            if i:
                r = p.add_run()
                r.add_break(WD_BREAK.LINE)
            add_run(p, line, font=font, size=size)
    return cell


def tbl_header_row(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))


def fixed_layout(table):
    tblpr = table._tbl.tblPr
    layout = parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>')
    look = tblpr.find(qn("w:tblLook"))
    cellmar = tblpr.find(qn("w:tblCellMar"))
    nxt = cellmar if cellmar is not None else look
    if nxt is not None:
        nxt.addprevious(layout)
    else:
        tblpr.append(layout)


# ---------------------------------------------------------------- content
# Each category: (title, typed_numbers?, supervise spans, rows)
# row: dict(task=(title, rest), leader=<spec>, lead=str|None, coop=str|None, merged=str|None, due=str)
# leader spec: str | ("paras", [..]) | ("br", [..]) | "^" (merged with the cell above)
# supervise spans: list of (count, text)

CATS = [
    ("深化改革攻坚，提升公司治理效能（共5项）", False, [(5, "企业管理部")], [
        dict(t=("完成国企改革深化提升行动收官任务。",
                "对照集团改革台账79项任务逐项销号，12月底前改革任务完成率达到100%，迎接省国资委专项评估。"),
             ld="郑怀远、韦振邦", lead="企业管理部", coop="总部各部门、各二级公司", due="2025年12月底"),
        dict(t=("健全中国特色现代企业制度。",
                "修订党委前置研究讨论重大经营管理事项清单，完善董事会授权管理制度，推动二级公司董事会应建尽建、外部董事占多数。"),
             ld="党委书记、董事长　郑怀远",
             lead="办公室（党委办公室、董事会办公室）、党委组织部（人力资源部）", coop="法务合规部、各二级公司",
             due="2025年6月底"),
        dict(t=("深化三项制度改革。",
                "全面推行经理层成员任期制和契约化管理，管理人员末等调整和不胜任退出比例不低于3%，推行全员绩效考核。"),
             ld="党委副书记　柯明霞", lead="党委组织部（人力资源部）", coop="各二级公司", due="2025年12月底"),
        dict(t=("推进内部专业化整合。",
                "完成集团内港口装卸资源整合，将临港仓储业务整体划转物流公司，管理层级压减至三级以内。"),
             ld=("paras", ["韦振邦", "欧阳立诚"]),
             merged="战略发展部牵头，港务公司、物流公司、投资管理部配合", due="2025年9月底"),
        dict(t=("加快“两非”“两资”清理处置。",
                "年内完成8户低效无效参股企业退出，盘活处置闲置土地、房产等存量资产。"),
             ld="屈海生（总会计师）", lead="投资管理部、财务资产部", coop="法务合规部、各二级公司",
             due="2025年11月底"),
    ]),
    ("聚焦主责主业，推动高质量发展（共7项）", False, [(7, "企业管理部")], [
        dict(t=("确保完成年度经营目标。",
                "实现营业收入186亿元、利润总额9.2亿元，港口货物吞吐量突破1.35亿吨、集装箱吞吐量达到260万标箱。"),
             ld="韦振邦", lead="运营管理部、财务资产部", coop="各二级公司", due="2025年12月底"),
        dict(t=("推进滢川港区三期集装箱码头建设。", "完成5号、6号泊位主体工程，全年完成投资14.6亿元。"),
             ld="副总经理　欧阳立诚", lead="建设公司", coop="投资管理部、安全环保部（应急管理办公室）",
             due="2025年12月底"),
        dict(t=("提升港口集疏运能力。",
                "开通“滢川—乾州”海铁联运班列，海铁联运量增长20%以上，完成进港铁路专用线扩能改造。"),
             ld="^", lead="港务公司、物流公司", coop="运营管理部", due="2025年10月底"),
        dict(t=("做强现代物流板块。", "新增冷链仓储能力5万吨，供应链服务收入突破30亿元。"),
             ld="蔺洁", lead="物流公司", coop="—", due="2025年12月底"),
        dict(t=("培育壮大临港产业。", "引进临港制造和加工项目不少于6个，临港产业园营业收入增长15%。"),
             ld="^", merged="临港产业事业部会同战略发展部、投资管理部负责", due="2025年12月底"),
        dict(t=("拓展腹地市场和客户网络。", "新设内陆无水港2个，巩固前十大客户货量，新开集装箱航线3条。"),
             ld="^", lead="运营管理部", coop="港务公司、物流公司", due="2025年12月底"),
        dict(t=("提升资金集中管控水平。", "资金归集率保持在95%以上，财务公司结算业务量增长10%。"),
             ld="总会计师屈海生", lead="财务资产部", coop="财务公司、各二级公司", due="2025年12月底"),
    ]),
    ("强化科技创新，加快数字化转型（共5项）", False, [(5, "企业管理部")], [
        dict(t=("加快智慧港口建设。", "完成自动化轨道吊改造12台，建成港口智能生产调度平台并投入运行。"),
             ld="总工程师　储晓峰", lead="科技信息部、港务公司", coop="数字事业部", due="2025年11月底"),
        dict(t=("推进管理数字化。", "上线集团一体化业务管理平台，财务、人力、采购业务线上化率达到100%。"),
             ld=("br", ["储晓峰", "屈海生"]),
             merged="科技信息部、共享服务中心共同牵头，财务资产部、党委组织部（人力资源部）配合",
             due="2025年10月底"),
        dict(t=("加大研发投入力度。", "研发经费投入强度不低于2.5%，新申请发明专利15件以上，创建省级企业技术中心。"),
             ld="储晓峰", lead="科技信息部", coop="研发中心、各二级公司", due="2025年12月底"),
        dict(t=("培育数字港航产业。", "数字事业部对外营业收入突破3亿元，孵化港航数据服务产品3项。"),
             ld="^", lead="数字事业部", coop="—", due="2025年12月底"),
        dict(t=("筑牢网络和数据安全防线。", "开展网络攻防实战演练2次，关键信息系统等级保护测评全覆盖。"),
             ld="^", lead="科技信息部", coop="办公室（党委办公室、董事会办公室）、各二级公司", due="2025年9月底"),
    ]),
    ("防范化解重大风险，守牢发展底线（共5项）", True,
     [(3, "企业管理部"), (2, "办公室（党委办公室、董事会办公室）")], [
        dict(t=("健全合规管理体系。",
                "完成合规管理体系有效性评价，重点领域合规指引全覆盖，“三重一大”事项合规审查率100%。"),
             ld="苏禾（总法律顾问）", lead="法务合规部", coop="总部各部门、各二级公司", due="2025年12月底"),
        dict(t=("严控债务风险。", "集团资产负债率控制在62%以内，带息负债规模不增加，二级公司对外担保清零。"),
             ld="屈海生", lead="财务资产部", coop="财务公司", due="2025年12月底"),
        dict(t=("加强投资风险管控。", "严格执行投资项目负面清单，重大投资项目后评价比例不低于30%。"),
             ld="^", lead="投资管理部", coop="审计部、法务合规部", due="2025年12月底"),
        dict(t=("深化内部审计监督。", "完成二级公司主要负责人经济责任审计6项，审计发现问题整改完成率100%。"),
             ld="郑怀远", lead="审计部", coop="纪委办公室、财务资产部", due="2025年12月底"),
        dict(t=("加强重点领域廉洁风险防控。", "开展工程建设、物资采购领域专项监督检查，建立廉洁风险防控清单。"),
             ld="纪委书记　谭乐", merged="纪委办公室牵头，建设公司、共享服务中心配合", due="2025年10月底"),
    ]),
    ("加强党的建设，锻造高素质干部人才队伍（共5项）", False,
     [(5, "办公室（党委办公室、董事会办公室）")], [
        dict(t=("深化党的创新理论学习。", "制定党委理论学习中心组年度学习计划，举办基层党组织书记专题读书班2期。"),
             ld="郑怀远", lead="党委宣传部（企业文化部）", coop="党委组织部（人力资源部）、各二级公司党委",
             due="2025年3月底"),
        dict(t=("加强基层党组织建设。",
                "推进党建与生产经营深度融合，创建党建工作示范点10个，基层党组织按期换届率100%。"),
             ld="柯明霞", lead="党委组织部（人力资源部）", coop="各二级公司党委", due="2025年12月底"),
        dict(t=("实施人才强企工程。", "引进高校毕业生120名，选拔优秀年轻干部30名，完成首席技师评聘。"),
             ld="^", lead="党委组织部（人力资源部）", coop="—", due="2025年12月底"),
        dict(t=("加强企业文化和品牌建设。", "发布集团品牌建设手册，开展“滢港先锋”品牌宣传，讲好港航故事。"),
             ld="^", merged="党委宣传部（企业文化部）牵头，办公室（党委办公室、董事会办公室）、工会配合",
             due="2025年12月底"),
        dict(t=("持之以恒正风肃纪反腐。", "开展作风建设专项整治，严肃查处违反中央八项规定精神问题。"),
             ld="谭乐", lead="纪委办公室", coop="党委组织部（人力资源部）、各二级公司纪委", due="持续推进"),
    ]),
    ("守牢安全环保底线，增进职工福祉（共4项）", False,
     [(2, "企业管理部"), (2, "办公室（党委办公室、董事会办公室）")], [
        dict(t=("抓好安全生产工作。", "深入开展安全生产治本攻坚三年行动，实现较大及以上生产安全事故为零。"),
             ld="欧阳立诚", lead="安全环保部（应急管理办公室）", coop="各二级公司", due="持续推进"),
        dict(t=("建设绿色低碳港口。", "港口岸电使用量增长25%，新能源集卡占比达到40%，单位营业收入综合能耗下降3%。"),
             ld="^", lead="安全环保部（应急管理办公室）、港务公司", coop="建设公司、物流公司", due="2025年12月底"),
        dict(t=("办好职工“十件实事”。", "完成职工食堂和倒班宿舍改造，职工健康体检全覆盖。"),
             ld="柯明霞", merged="工会牵头，办公室（党委办公室、董事会办公室）、共享服务中心配合", due="2025年11月底"),
        dict(t=("健全职工收入增长机制。", "职工平均工资增长与企业经济效益增长相适应，推进企业年金扩面。"),
             ld="^", lead="党委组织部（人力资源部）、财务资产部", coop="工会", due="2025年12月底"),
    ]),
]

COLW = [1.2, 8.9, 2.6, 3.6, 3.6, 2.5, 2.2]  # 24.6 cm


def build_task_table(doc):
    ncols = 7
    table = doc.add_table(rows=2, cols=ncols)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    fixed_layout(table)
    # --- two-row header
    h1, h2 = table.rows
    for r in (h1, h2):
        tbl_header_row(r)
    hdr = dict(size=11, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(h1.cells[0], "序号", **hdr)
    cell_text(h1.cells[1], "重点工作任务", **hdr)
    cell_text(h1.cells[2], "责任分工", **hdr)
    cell_text(h1.cells[5], "督办部门", **hdr)
    cell_text(h1.cells[6], "完成时限", **hdr)
    cell_text(h2.cells[2], "集团领导", **hdr)
    cell_text(h2.cells[3], "责任部门（单位）", **hdr)
    cell_text(h2.cells[4], "协办部门（单位）", **hdr)
    h1.cells[2].merge(h1.cells[4])
    for c in (0, 1, 5, 6):
        table.cell(0, c).merge(table.cell(1, c))

    vmerges = []  # (col, first_row_idx, last_row_idx)
    hmerges = []  # row index
    body = dict(size=10.5, font=FS)
    for ci, (ctitle, typed, sup, rows) in enumerate(CATS):
        row = table.add_row()
        cant_split(row)
        c0 = row.cells[0]
        p = c0.paragraphs[0]
        p.paragraph_format.space_before = Pt(2)
        p.paragraph_format.space_after = Pt(2)
        set_num(p, 0)
        add_run(p, ctitle, font=HT, size=12)
        c0.merge(row.cells[ncols - 1])
        first_task_idx = len(table.rows)
        leader_start = None
        for ti, t in enumerate(rows):
            row = table.add_row()
            cant_split(row)
            ridx = len(table.rows) - 1
            cells = row.cells
            # 序号
            if typed:
                cell_text(cells[0], str(ti + 1), size=10.5, font="Times New Roman", align=WD_ALIGN_PARAGRAPH.CENTER)
            else:
                cells[0].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                p = cells[0].paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                set_num(p, 1)
            # task
            cell_text(cells[1], [((t["t"][0], True), (t["t"][1], False))], **body)
            # leader
            ld = t["ld"]
            if ld == "^":
                pass
            else:
                if leader_start is not None and leader_start[1] > leader_start[0]:
                    vmerges.append((2, leader_start[0], ridx - 1))
                leader_start = [ridx, ridx]
                if isinstance(ld, tuple) and ld[0] == "paras":
                    cell_text(cells[2], ld[1], align=WD_ALIGN_PARAGRAPH.CENTER, **body)
                elif isinstance(ld, tuple) and ld[0] == "br":
                    cell_text(cells[2], "", br_lines=ld[1], align=WD_ALIGN_PARAGRAPH.CENTER, **body)
                else:
                    cell_text(cells[2], ld, align=WD_ALIGN_PARAGRAPH.CENTER, **body)
            if ld == "^":
                leader_start[1] = ridx
            # units
            if t.get("merged"):
                cell_text(cells[3], t["merged"], **body)
                hmerges.append(ridx)
            else:
                al = WD_ALIGN_PARAGRAPH.CENTER if t["coop"] == "—" else WD_ALIGN_PARAGRAPH.LEFT
                cell_text(cells[3], t["lead"], **body)
                cell_text(cells[4], t["coop"], align=al, **body)
            cell_text(cells[6], t["due"], align=WD_ALIGN_PARAGRAPH.CENTER, **body)
        if leader_start is not None and leader_start[1] > leader_start[0]:
            vmerges.append((2, leader_start[0], leader_start[1]))
        # supervising department spans
        r0 = first_task_idx
        for n, text in sup:
            cell_text(table.cell(r0, 5), text, align=WD_ALIGN_PARAGRAPH.CENTER, **body)
            if n > 1:
                vmerges.append((5, r0, r0 + n - 1))
            r0 += n
    # horizontal merges first (責任+协办), then vertical merges
    for ridx in hmerges:
        table.cell(ridx, 3).merge(table.cell(ridx, 4))
    for col, a, b in vmerges:
        table.cell(a, col).merge(table.cell(b, col))
    return table


def fix_grid(table, widths):
    grid = table._tbl.tblGrid
    gcs = grid.findall(qn("w:gridCol"))
    for gc, w in zip(gcs, widths):
        gc.set(qn("w:w"), str(round(w / 2.54 * 1440)))
    # tcW for each real cell according to its span
    for tr in table._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            w = sum(widths[col:col + span])
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = OxmlElement("w:tcW")
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(round(w / 2.54 * 1440)))
            tcw.set(qn("w:type"), "dxa")
            col += span


def build_report_table(doc):
    cols = ["序号", "任务编号", "重点工作任务", "责任部门（单位）", "集团领导", "本季度推进情况", "存在问题及下步措施",
            "完成进度"]
    widths = [1.3, 1.7, 5.0, 3.0, 2.0, 5.6, 4.4, 1.6]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    fixed_layout(t)
    tbl_header_row(t.rows[0])
    for i, h in enumerate(cols):
        cell_text(t.rows[0].cells[i], h, size=11, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
    ex = t.add_row()
    vals = ["示例", "1.1", "完成国企改革深化提升行动收官任务", "企业管理部", "郑怀远、韦振邦",
            "一季度完成改革台账任务销号21项，累计完成率26.6%；修订完善改革任务督办机制。",
            "个别二级公司任期制契约化考核指标设置偏软，下步由企业管理部督促整改。", "26.6%"]
    for i, v in enumerate(vals):
        al = WD_ALIGN_PARAGRAPH.CENTER if i in (0, 1, 4, 7) else WD_ALIGN_PARAGRAPH.LEFT
        cell_text(ex.cells[i], v, size=10.5, font=KT, align=al)
    for _ in range(4):
        r = t.add_row()
        r.height = Cm(1.0)
    fix_grid(t, widths)
    return t


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    add_numbering(doc)

    sec = doc.sections[0]
    page_setup(sec)
    page_number_footer(sec)

    # ---- 版头
    para(doc, "内部资料　注意保存", font=HT, size=16, indent=False)
    para(doc, "", indent=False)
    para(doc, "滢川港航集团有限公司文件", font=XBS, size=36, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         color=RED, space_before=12, space_after=12)
    para(doc, "", indent=False)
    p = para(doc, "滢港航发〔2025〕12号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_after=4)
    bottom_border(p)
    para(doc, "", indent=False)
    # ---- 标题
    para(doc, "滢川港航集团有限公司", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "关于印发《集团公司2025年度重点工作任务", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False)
    para(doc, "分解方案》的通知", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "", indent=False)
    para(doc, "总部各部门，各二级公司、事业部、中心：", indent=False, line=28)
    B = dict(line=28)
    para(doc, "《集团公司2025年度重点工作任务分解方案》已经集团公司2025年第3次党委会、第2次总经理办公会审议通过，"
              "现印发给你们，请结合实际认真抓好落实。有关事项通知如下：", **B)
    p = para(doc, "", **B)
    add_run(p, "一、压实工作责任。", font=HT)
    add_run(p, "各项重点工作任务实行“集团领导+责任部门（单位）+协办部门（单位）”责任机制。集团领导对分管任务负领导责任；"
               "责任部门（单位）是任务落实的第一责任主体，同一任务列有两个及以上责任部门（单位）的，共同牵头、协同推进；"
               "协办部门（单位）要主动配合、积极作为，不得推诿扯皮。各二级公司要将涉及本单位的任务纳入年度经营计划，"
               "逐项明确责任人和时间节点。")
    p = para(doc, "", **B)
    add_run(p, "二、强化跟踪督办。", font=HT)
    add_run(p, "企业管理部、办公室（党委办公室、董事会办公室）按照附件1“督办部门”栏分工，对重点工作任务实行清单化管理、"
               "季度调度。各责任部门（单位）于每季度末月25日前，按附件2格式将推进情况报送督办部门，"
               "同时抄送企业管理部汇总。")
    p = para(doc, "", **B)
    add_run(p, "三、严格考核问效。", font=HT)
    add_run(p, "重点工作任务完成情况纳入2025年度总部部门绩效考核和二级公司经营业绩考核。对推进不力、"
               "进度滞后的，由企业管理部会同党委组织部（人力资源部）提出考核意见；造成重大损失的，"
               "移交纪委办公室依规依纪处理。")
    para(doc, "", **B)
    p = para(doc, "附件：1.集团公司2025年度重点工作任务分解表", **B)
    p = para(doc, "2.重点工作任务推进情况季度报送表", **B)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.left_indent = Pt(16 * 5)
    para(doc, "", **B)
    para(doc, "", **B)
    para(doc, "滢川港航集团有限公司", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, **B).paragraph_format.right_indent = Pt(32)
    para(doc, "2025年2月24日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, **B).paragraph_format.right_indent = Pt(48)
    para(doc, "（此件发至二级公司）", **B)

    # ---- 附件1, landscape
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec2, landscape=True)
    para(doc, "附件1", font=HT, size=16, indent=False)
    para(doc, "集团公司2025年度重点工作任务分解表", font=XBS, size=20, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, space_before=6, space_after=10)
    table = build_task_table(doc)
    fix_grid(table, COLW)
    N = dict(font=FS, size=12, indent=False, line=20)
    para(doc, "", **N)
    para(doc, "注：1.“责任部门（单位）”栏所列为任务牵头落实主体，列有两个及以上部门（单位）的，共同牵头；"
              "“协办部门（单位）”栏所列为配合主体，“—”表示无协办部门（单位）。", **N)
    notes = [
        "2.责任部门（单位）与协办部门（单位）两栏合并填写的，以栏内“牵头”“会同”“配合”表述为准。",
        "3.“督办部门”负责任务的跟踪督办和季度调度，不承担任务落实责任。",
        "4.表中“港务公司”“物流公司”“建设公司”“财务公司”分别为滢川港务有限公司、滢川港航物流有限公司、"
        "滢川港航建设工程有限公司、滢川港航集团财务有限公司的简称。",
    ]
    for n in notes:
        p = para(doc, n, **N)
        p.paragraph_format.left_indent = Pt(24)

    # ---- 附件2 on a new page in the same landscape section
    p = para(doc, "", indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件2", font=HT, size=16, indent=False)
    para(doc, "重点工作任务推进情况季度报送表", font=XBS, size=20, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, space_before=6, space_after=6)
    para(doc, "（　　　季度）", font=KT, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_after=6)
    para(doc, "填报部门（单位）（盖章）：　　　　　　　　填报人：　　　　　　联系电话：　　　　　　"
              "填报日期：　　年　　月　　日", font=FS, size=12, indent=False, space_after=4)
    build_report_table(doc)
    para(doc, "", **N)
    para(doc, "填报说明：1.“任务编号”与附件1一致，按“类别序号.任务序号”填写，如第一类第1项填“1.1”。", **N)
    for n in ["2.由责任部门（单位）填报，涉及多个责任部门（单位）的，由列第一位的部门（单位）汇总填报。",
              "3.“完成进度”填写截至本季度末累计完成比例。示例行仅供参考，填报时请删除。"]:
        p = para(doc, n, **N)
        p.paragraph_format.left_indent = Pt(60)

    # ---- 版记, portrait, last page
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec3)
    for _ in range(20):
        para(doc, "", indent=False)
    p = para(doc, "抄送：集团公司外部董事，监事会。", size=14, indent=False, line=26)
    p.paragraph_format.left_indent = Pt(14)
    top_bottom_border(p, top=True, bottom=True, sz=8)
    p = para(doc, "", size=14, indent=False, line=26)
    add_run(p, "滢川港航集团有限公司办公室\t2025年2月24日印发", size=14)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(14.6), WD_TAB_ALIGNMENT.RIGHT)
    top_bottom_border(p, top=False, bottom=True, sz=12)

    doc.core_properties.title = "关于印发《集团公司2025年度重点工作任务分解方案》的通知"
    doc.core_properties.author = "集团办公室"
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
