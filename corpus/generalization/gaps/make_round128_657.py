#!/usr/bin/python3
"""Round 128, case 657: a county notice whose task table reaches the reader as
pdf-parse text.

Path made for real, step by step:
  1. python-docx writes the 县政府办 red-header notice (portrait cover, landscape
     附件 table, portrait 版记) as the drafter's .docx;
  2. LibreOffice 7.4 (headless, fresh profile, a fontconfig file mapping the
     Windows 公文 fonts to Debian's CJK fonts) prints it to PDF, as the portal's
     PDF of the notice;
  3. npm pdf-parse 1.1.1 (its bundled pdf.js v1.10.100 and its default
     render_page: text items of one baseline joined with nothing, a new
     baseline starting a new line, pages joined with blank lines) reads the
     PDF, and its data.text is written as the .txt - what LangChain.js's
     PDFLoader (parsedItemSeparator "") and the Node RAG tools built on it
     (Flowise, AnythingLLM's collector) keep of such a PDF.

Writes 657_zhangning_xian_gzbg_fengong_pdfparse.txt and its
.tasks.gold.jsonl. Intermediates go to 657_build/.
Needs: soffice, node, `npm install pdf-parse@1.1.1` inside 657_tools/, and the
Debian fonts fonts-arphic-ukai / fonts-arphic-uming (657_tools/657_fonts.conf).
The table keeps Word's default that rows may break across pages, so four rows
(5, 10, 23, 34) are cut by a page.
"""
import datetime
import json
import os
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, "657_build")
# In the repository the reader script and the font aliases stand beside this file
# (make_round128_657_pdfparse.js, make_round128_657_fonts.conf) and are copied into TOOLS, which must
# hold `npm install pdf-parse@1.1.1` (PDFPARSE_TOOLS_DIR; the round's own folder was 657_tools/).
TOOLS = os.environ.get("PDFPARSE_TOOLS_DIR", os.path.join(HERE, "657_tools"))
NAME = "657_zhangning_xian_gzbg_fengong_pdfparse"

FS = "仿宋_GB2312"
HEI = "黑体"
XBS = "方正小标宋简体"
KAI = "楷体_GB2312"

# ---------------------------------------------------------------- content
# leaders: list of printed names; lsep: how two leaders are printed in the cell
# ("、" in one paragraph, or "p" = one paragraph each)
# coop: [] prints "/"; csep: separators between cooperating units (default 、)
PARTS = [
    ("一、稳住经济增长（6项）", [
        dict(text=["全县地区生产总值增长6%左右，规模以上工业增加值增长8%，固定资产投资增长7%，社会消费品零售总额增长6.5%。"],
             leaders=["周海峰"], leads=["县发展和改革局"],
             coop=["县统计局", "县工业和信息化局", "县商务局", "县财政局"], deadline="2025年12月底前"),
        dict(text=["滚动实施重点项目120个，年度完成投资150亿元以上。",
                   "新开工项目40个、竣工投产项目30个，力争3个项目纳入省重点项目。"],
             leaders=["陈立军"], leads=["县发展和改革局"],
             coop=["县财政局", "县自然资源局", "县住房和城乡建设局", "樟宁经济开发区管委会", "各乡镇（街道）"],
             deadline="2025年12月底前"),
        dict(text=["积极争取超长期特别国债、地方政府专项债券等政策资金，全年争取上级资金25亿元以上，其中专项债券资金8亿元以上。"],
             leaders=["陈立军"], leads=["县财政局", "县发展和改革局"],
             coop=["县直各有关单位"], deadline="2025年12月底前"),
        dict(text=["开展“樟宁好物”消费季系列活动，落实汽车、家电以旧换新政策，培育夜间经济街区2个，全年举办促消费活动20场以上。"],
             leaders=["赵雅琴"], leads=["县商务局"],
             coop=["县财政局", "县市场监督管理局", "县文化广电旅游体育局"], deadline="2025年12月底前"),
        dict(text=["深化招商引资“一把手”工程，全年引进亿元以上项目20个、10亿元以上项目3个，实际到位县外资金60亿元。"],
             leaders=["周海峰"], leads=["县投资促进中心"],
             coop=["樟宁经济开发区管委会", "县商务局", "县发展和改革局", "各乡镇（街道）"],
             csep=["、", "、", "，"], deadline="2025年12月底前"),
        dict(text=["推动民营经济健康发展，落实支持民营企业发展各项措施，建立县领导联系重点企业制度，新增经营主体3000户以上。"],
             leaders=["赵雅琴"], leads=["县工业和信息化局"],
             coop=["县市场监督管理局", "县工商业联合会", "县行政审批服务局"], deadline="持续推进"),
    ]),
    ("二、壮大实体经济（6项）", [
        dict(text=["加快樟宁经济开发区扩区调区，完成园区道路、供排水管网等基础设施建设，新建标准化厂房10万平方米。"],
             leaders=["陈立军"], leads=["樟宁经济开发区管委会"],
             coop=["县自然资源局", "县住房和城乡建设局", "县城投集团"], deadline="2025年10月底前"),
        dict(text=["实施工业企业技改提升行动，推动50家规模以上工业企业开展技术改造，新增规模以上工业企业15家。"],
             leaders=["赵雅琴"], leads=["县工业和信息化局"],
             coop=["县财政局", "县统计局", "县科学技术局"], deadline="2025年12月底前"),
        dict(text=["5G网络提质扩面，新建5G基站120个，实现乡镇以上区域和重点行政村连续覆盖，工业互联网标识解析接入企业50家。"],
             leaders=["赵雅琴"], leads=["县数据局"],
             coop=["县工业和信息化局", "中国移动樟宁分公司", "中国电信樟宁分公司", "中国联通樟宁分公司"],
             deadline="2025年12月底前"),
        dict(text=["培育壮大新能源电池材料产业链，推进年产5万吨正极材料项目建成投产，产业链产值突破80亿元。"],
             leaders=["周海峰"], leads=["樟宁经济开发区管委会"],
             coop=["县工业和信息化局", "县发展和改革局", "国网樟宁县供电公司"], deadline="2025年12月底前"),
        dict(text=["实施科技型企业梯次培育工程，新认定高新技术企业12家、科技型中小企业40家，全社会研发经费投入增长15%。"],
             leaders=["欧阳明"], leads=["县科学技术局"],
             coop=["县财政局", "县统计局", "县工业和信息化局"], deadline="2025年12月底前"),
        dict(text=["推进文旅融合发展，提升樟溪古镇景区品质，创建国家4A级旅游景区1个，全年接待游客突破600万人次。"],
             leaders=["欧阳明"], leads=["县文化广电旅游体育局"],
             coop=["县住房和城乡建设局", "县交通运输局", "樟溪镇人民政府"], deadline="2025年12月底前"),
    ]),
    ("三、推进乡村全面振兴（6项）", [
        dict(text=["严格落实耕地保护和粮食安全党政同责，粮食播种面积稳定在42万亩以上，总产量稳定在16万吨以上。"],
             leaders=["孙建华"], leads=["县农业农村局"],
             coop=["县自然资源局", "县发展和改革局", "各乡镇（街道）"], deadline="2025年10月底前"),
        dict(text=["新建高标准农田2.5万亩，实施小型农田水利设施提升工程，新增恢复有效灌溉面积1万亩。"],
             leaders=["孙建华"], leads=["县农业农村局", "县水利局"],
             coop=["县财政局", "县自然资源局"], deadline="2025年12月底前"),
        dict(text=["巩固拓展脱贫攻坚成果，落实防止返贫致贫监测和帮扶机制，脱贫人口人均纯收入增长10%以上。"],
             leaders=["孙建华"], leads=["县农业农村局"],
             coop=["县人力资源和社会保障局", "县民政局", "县医疗保障局", "县教育局", "县住房和城乡建设局"],
             deadline="持续推进"),
        dict(text=["发展油茶、中药材等特色产业，新建特色产业基地3万亩，新增市级以上农业产业化龙头企业5家。"],
             leaders=["孙建华"], leads=["县农业农村局"],
             coop=["县林业局", "县市场监督管理局"], deadline="2025年12月底前"),
        dict(text=["实施农村人居环境整治提升行动，农村卫生厕所普及率达到92%，生活垃圾收运处置体系行政村覆盖率达到100%。"],
             leaders=["陈立军", "孙建华"], lsep="p", leads=["县农业农村局"],
             coop=["县住房和城乡建设局", "县卫生健康局", "市生态环境局樟宁分局", "各乡镇（街道）"],
             deadline="2025年11月底前"),
        dict(text=["推进农村公路提质改造，完成农村公路提质改造120公里、危桥改造15座，争取省交通运输厅项目资金1.2亿元。"],
             leaders=["王　勇"], leads=["县交通运输局"], coop=[], deadline="2025年12月底前"),
    ]),
    ("四、提升城市功能品质（5项）", [
        dict(text=["实施城市更新行动，改造城镇老旧小区15个、1860户，完成城区雨污分流改造12公里。"],
             leaders=["王　勇"], leads=["县住房和城乡建设局"],
             coop=["县城投集团", "县财政局", "县城市管理局"], deadline="2025年11月底前"),
        dict(text=["推进县城停车设施建设，新增公共停车泊位1500个，新建公共充电桩300个。"],
             leaders=["王　勇"], leads=["县城市管理局"],
             coop=["县住房和城乡建设局", "县自然资源局", "国网樟宁县供电公司"], deadline="2025年12月底前"),
        dict(text=["加快樟宁高铁站片区开发，完成站前大道及配套路网建设，启动综合客运枢纽主体工程。"],
             leaders=["陈立军", "王　勇"], lsep="、", leads=["县交通运输局", "县城投集团"],
             coop=["县自然资源局", "县住房和城乡建设局", "樟江街道办事处"], deadline="2025年12月底前"),
        dict(text=["促进房地产市场平稳健康发展，落实住房公积金支持政策，收购存量商品房500套用作保障性住房。"],
             leaders=["王勇"], leads=["县住房和城乡建设局"],
             coop=["县财政局", "县自然资源局", "市住房公积金管理中心樟宁管理部"], deadline="2025年12月底前"),
        dict(text=["打好蓝天、碧水、净土保卫战，县城空气质量优良天数比率达到92%以上，国省考断面水质达标率100%。"],
             leaders=["欧阳明"], leads=["市生态环境局樟宁分局"],
             coop=["县住房和城乡建设局", "县农业农村局", "县水利局", "县自然资源局", "县交通运输局", "各乡镇（街道）"],
             deadline="持续推进"),
    ]),
    ("五、增进民生福祉（6项）", [
        dict(text=["落实就业优先政策，城镇新增就业3200人以上，农村劳动力转移就业1500人，城镇调查失业率控制在5.5%以内。"],
             leaders=["赵雅琴"], leads=["县人力资源和社会保障局"],
             coop=["县教育局", "县农业农村局", "县总工会", "团县委"], deadline="2025年12月底前"),
        dict(text=["新建、改扩建中小学和幼儿园5所，新增学位3000个，推进县域普通高中发展提升行动。"],
             leaders=["欧阳明"], leads=["县教育局"],
             coop=["县发展和改革局", "县财政局", "县自然资源局", "县住房和城乡建设局"], deadline="2025年9月底前"),
        dict(text=["推进紧密型县域医共体建设，支持县人民医院创建三级医院，建成乡镇卫生院中心化建设示范点3个。"],
             leaders=["欧阳明"], leads=["县卫生健康局"],
             coop=["县医疗保障局", "县财政局", "县人力资源和社会保障局"], deadline="2025年12月底前"),
        dict(text=["完善养老服务体系，新建街道综合养老服务中心2个、村级互助养老服务点20个，高龄津贴惠及1.8万人。"],
             leaders=["赵雅琴"], leads=["县民政局"],
             coop=["县财政局", "县卫生健康局", "各乡镇（街道）"], deadline="2025年12月底前"),
        dict(text=["扎实办好十件民生实事，确保民生支出占一般公共预算支出比重保持在80%以上。"],
             leaders=["周海峰"], leads=["县人民政府办公室", "县财政局"],
             coop=["县直各有关单位"], deadline="全年"),
        dict(text=["开展全民健身惠民工程，新建社区体育公园3个、健身步道20公里，举办县级以上赛事活动15场。"],
             leaders=["欧阳明"], leads=["县文化广电旅游体育局"],
             coop=["县住房和城乡建设局", "县教育局", "县总工会"], deadline="2025年11月底前"),
    ]),
    ("六、统筹发展和安全（3项）", [
        dict(text=["深化安全生产治本攻坚三年行动，开展燃气、自建房、道路交通等重点行业领域专项整治，坚决遏制较大以上事故发生。"],
             leaders=["陈立军"], leads=["县应急管理局"],
             coop=["县住房和城乡建设局", "县交通运输局", "县公安局", "县市场监督管理局", "县消防救援大队"],
             deadline="持续推进"),
        dict(text=["防范化解重点领域风险，稳妥化解地方政府债务风险，严厉打击非法集资等违法犯罪活动。"],
             leaders=["陈立军", "刘晓东"], lsep="、", leads=["县财政局", "县公安局"],
             coop=["县委金融办", "国家金融监督管理总局樟宁监管支局"], deadline="持续推进"),
        dict(text=["推进平安樟宁建设，深化矛盾纠纷排查化解，常态化开展扫黑除恶斗争，群众安全感保持在98%以上。"],
             leaders=["刘晓东"], leads=["县公安局"],
             coop=["县司法局", "县信访局", "各乡镇（街道）"], deadline="持续推进"),
    ]),
    ("七、加强政府自身建设（3项）", [
        dict(text=["加快数字政府建设，推进“高效办成一件事”，政务服务事项网上可办率达到98%以上。"],
             leaders=["赵雅琴"], leads=["县数据局"],
             coop=["县行政审批服务局", "县直各有关单位"], deadline="2025年12月底前"),
        dict(text=["全面推行行政执法“三项制度”，开展行政执法质量提升行动，县政府重大行政决策合法性审查率100%。"],
             leaders=["陈立军"], leads=["县司法局"],
             coop=["县直各行政执法单位"], deadline="2025年12月底前"),
        dict(text=["严格落实政府过紧日子要求，一般性支出压减5%以上，“三公”经费只减不增。"],
             leaders=["陈立军"], leads=["县财政局"], coop=[], deadline="全年"),
    ]),
]

COVER = [
    "《政府工作报告》已经樟宁县第十八届人民代表大会第五次会议审议通过。为确保报告确定的各项目标任务落到实处，经县人民政府同意，现将《樟宁县2025年政府工作报告重点任务分工方案》印发给你们，并就有关事项通知如下：",
    "一、压实工作责任。责任县领导对分管领域任务负领导责任，加强统筹调度。牵头单位对牵头任务负总责，牵头单位有两个的，排在第一位的为主牵头单位，其他牵头单位共同承担牵头责任；配合单位要按照职责分工主动配合、通力协作。配合单位栏为“/”的，由牵头单位独立完成。",
    "二、强化调度督办。各牵头单位要细化工作措施，明确时间节点，于每季度末月25日前将任务推进情况报县政府督查室。县政府督查室定期对任务推进情况进行督查通报。",
    "三、严格考核问效。任务完成情况纳入年度绩效考核。对工作推进不力、未按时限完成任务的，按有关规定严肃问责。",
    "联系人：刘　洋（县政府督查室），联系电话：6821056。",
]

FIXED = datetime.datetime(2025, 3, 12, 9, 0, 0)


# ---------------------------------------------------------------- docx helpers
def set_run_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    rfonts.set(qn("w:eastAsia"), east)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(container, text="", east=FS, size=16, bold=False, align=None, first_indent=False,
         exact=28.95, color=None, right_chars=None, space_before=0, space_after=0, breaks=None):
    p = container.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if exact:
        pf.line_spacing = Pt(exact)
        ppr = p._element.get_or_add_pPr()
        sp = ppr.find(qn("w:spacing"))
        sp.set(qn("w:lineRule"), "exact")
    ppr = p._element.get_or_add_pPr()
    if first_indent or right_chars:
        ind = ppr.get_or_add_ind()
        if first_indent:
            ind.set(qn("w:firstLineChars"), "200")
            ind.set(qn("w:firstLine"), str(int(size * 2 * 20)))
        if right_chars:
            ind.set(qn("w:rightChars"), str(right_chars * 100))
            ind.set(qn("w:right"), str(int(size * right_chars * 20)))
    pieces = [text] if breaks is None else breaks
    for i, piece in enumerate(pieces):
        r = p.add_run(piece)
        set_run_font(r, east, size, bold, color)
        if breaks is not None and i < len(pieces) - 1:
            r.add_break()
    return p


PPR_AFTER_BDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                 "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
                 "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                 "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                 "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                 "w:pPrChange")


def add_bottom_border(p, color="FF0000", sz=12):
    ppr = p._element.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.insert_element_before(bdr, *PPR_AFTER_BDR)


def add_top_bottom_border(p):
    ppr = p._element.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "6")
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        bdr.append(b)
    ppr.insert_element_before(bdr, *PPR_AFTER_BDR)


def footer_page_number(section):
    ft = section.footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_run_font(r, "宋体", 14, ascii_font="宋体")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), "宋体")
    rf.set(qn("w:hAnsi"), "宋体")
    rf.set(qn("w:eastAsia"), "宋体")
    rpr.append(rf)
    szz = OxmlElement("w:sz")
    szz.set(qn("w:val"), "28")
    rpr.append(szz)
    rr.append(rpr)
    t = OxmlElement("w:t")
    t.text = "1"
    rr.append(t)
    fld.append(rr)
    p._element.append(fld)
    r2 = p.add_run(" —")
    set_run_font(r2, "宋体", 14, ascii_font="宋体")


def portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(37)
    section.bottom_margin = Mm(35)
    section.left_margin = Mm(28)
    section.right_margin = Mm(26)
    section.footer_distance = Mm(25)


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Mm(297)
    section.page_height = Mm(210)
    section.top_margin = Mm(26)
    section.bottom_margin = Mm(24)
    section.left_margin = Mm(25)
    section.right_margin = Mm(25)
    section.footer_distance = Mm(12)


COLS_MM = [12, 98, 24, 38, 46, 27]   # 245 mm across


def cell_setup(cell, width_mm, valign="center"):
    tcpr = cell._tc.get_or_add_tcPr()
    w = tcpr.find(qn("w:tcW"))
    if w is None:
        w = OxmlElement("w:tcW")
        tcpr.append(w)
    w.set(qn("w:w"), str(int(width_mm * 56.7)))
    w.set(qn("w:type"), "dxa")
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), valign)
    tcpr.append(va)


def cell_paras(cell, texts, east=FS, bold=False, align=None):
    """Fill a cell with one paragraph per text (the first reuses the empty one)."""
    for i, t in enumerate(texts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if align is not None:
            p.alignment = align
        pf = p.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing = Pt(20)
        sp = p._element.get_or_add_pPr().find(qn("w:spacing"))
        sp.set(qn("w:lineRule"), "exact")
        r = p.add_run(t)
        set_run_font(r, east, 12, bold)


def row_props(row, header=False, cant_split=False):
    trpr = row._tr.get_or_add_trPr()
    if cant_split:
        trpr.append(OxmlElement("w:cantSplit"))
    if header:
        th = OxmlElement("w:tblHeader")
        trpr.append(th)


def build_docx(path):
    doc = Document()
    cp = doc.core_properties
    cp.author = "县政府办"
    cp.last_modified_by = "县政府办"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(16)
    normal.element.get_or_add_rPr()
    rf = normal.element.rPr.find(qn("w:rFonts"))
    rf.set(qn("w:eastAsia"), FS)

    s1 = doc.sections[0]
    portrait(s1)
    footer_page_number(s1)
    body = doc

    # 版头
    para(body, "", exact=28.95)
    para(body, "樟宁县人民政府办公室文件", east=XBS, size=34, align=WD_ALIGN_PARAGRAPH.CENTER,
         exact=None, color="FF0000", space_before=12)
    para(body, "", exact=28.95)
    p = para(body, "樟政办发〔2025〕6号", align=WD_ALIGN_PARAGRAPH.CENTER)
    add_bottom_border(p)
    para(body, "", exact=28.95)
    para(body, east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, exact=36,
         breaks=["樟宁县人民政府办公室", "关于印发2025年县政府工作报告", "重点任务分工方案的通知"])
    para(body, "", exact=28.95)
    para(body, "各乡镇人民政府、街道办事处，县政府各部门，县直及驻县各单位：")
    for t in COVER:
        para(body, t, first_indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(body, "", exact=28.95)
    para(body, "附件：樟宁县2025年政府工作报告重点任务分工方案", first_indent=True)
    para(body, "", exact=28.95)
    para(body, "", exact=28.95)
    para(body, "樟宁县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4)
    para(body, "2025年3月12日", align=WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4)
    para(body, "（此件公开发布）", first_indent=True)

    # 附件: landscape section
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    landscape(s2)
    para(body, "附件", east=HEI, size=16)
    para(body, "樟宁县2025年政府工作报告重点任务分工方案", east=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, exact=36, space_after=12)
    table = doc.add_table(rows=0, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.insert_element_before(lay, "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription")
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblpr.insert_element_before(tw, "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd",
                                    "w:tblLayout", "w:tblCellMar", "w:tblLook")
    tw.set(qn("w:w"), str(int(sum(COLS_MM) * 56.7)))
    tw.set(qn("w:type"), "dxa")
    grid = table._tbl.tblGrid
    for gc, wmm in zip(grid.findall(qn("w:gridCol")), COLS_MM):
        gc.set(qn("w:w"), str(int(wmm * 56.7)))

    hdr = table.add_row()
    row_props(hdr, header=True)
    for c, h, wmm in zip(hdr.cells, ["序号", "重点任务", "责任县领导", "牵头单位", "配合单位", "完成时限"], COLS_MM):
        cell_setup(c, wmm)
        cell_paras(c, [h], east=HEI, align=WD_ALIGN_PARAGRAPH.CENTER)

    n = 0
    for ptitle, tasks in PARTS:
        r = table.add_row()
        row_props(r)
        merged = r.cells[0].merge(r.cells[5])
        cell_setup(merged, sum(COLS_MM))
        cell_paras(merged, [ptitle], east=HEI)
        for t in tasks:
            n += 1
            t["id"] = n
            r = table.add_row()
            row_props(r)
            cells = r.cells
            for c, wmm in zip(cells, COLS_MM):
                cell_setup(c, wmm)
            cell_paras(cells[0], [str(n)], align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_paras(cells[1], t["text"], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            if len(t["leaders"]) > 1 and t.get("lsep") == "p":
                lead_texts = t["leaders"]
            else:
                lead_texts = [t.get("lsep", "、").join(t["leaders"])]
            cell_paras(cells[2], lead_texts, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_paras(cells[3], ["、".join(t["leads"])])
            if t["coop"]:
                seps = t.get("csep") or ["、"] * (len(t["coop"]) - 1)
                s = t["coop"][0]
                for sep, u in zip(seps, t["coop"][1:]):
                    s += sep + u
                cell_paras(cells[4], [s])
            else:
                cell_paras(cells[4], ["/"], align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_paras(cells[5], [t["deadline"]], align=WD_ALIGN_PARAGRAPH.CENTER)
    note = para(body, "注：1．牵头单位有两个的，排在第一位的为主牵头单位。2．配合单位栏“/”表示无配合单位。",
                size=12, exact=20, space_before=6)

    # 版记: portrait section
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    portrait(s3)
    for _ in range(14):
        para(body, "", exact=28.95)
    p = para(body, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。", size=14)
    add_top_bottom_border(p)
    para(body, "樟宁县人民政府办公室　　　　　　　　　2025年3月12日印发", size=14)
    doc.save(path)


# ---------------------------------------------------------------- convert
def run(cmd, env=None):
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def convert(docx_path, pdf_path, txt_path):
    for mine, theirs in (("make_round128_657_pdfparse.js", "657_pdfparse.js"),
                         ("make_round128_657_fonts.conf", "657_fonts.conf")):
        if os.path.exists(os.path.join(HERE, mine)):
            shutil.copy(os.path.join(HERE, mine), os.path.join(TOOLS, theirs))
    env = dict(os.environ)
    env["FONTCONFIG_FILE"] = os.path.join(TOOLS, "657_fonts.conf")
    profile = os.path.join(BUILD, "lo_profile")
    shutil.rmtree(profile, ignore_errors=True)
    run(["soffice", "-env:UserInstallation=file://" + profile, "--headless",
         "--convert-to", "pdf", "--outdir", BUILD, docx_path], env=env)
    shutil.rmtree(profile, ignore_errors=True)
    run(["node", os.path.join(TOOLS, "657_pdfparse.js"), pdf_path, txt_path])


# ---------------------------------------------------------------- gold
def gold_records():
    out = []
    for _, tasks in PARTS:
        for t in tasks:
            text = "".join(t["text"])
            out.append({
                "id": str(t["id"]),
                "marker": str(t["id"]),
                "head": text[:12],
                "responsible_units": t["leads"] + t["coop"],
                "lead_units": list(t["leads"]),
                "cooperating_units": list(t["coop"]),
                "leaders": [x.replace("\u3000", "") for x in t["leaders"]],
                "deadline": t["deadline"],
            })
    return out


def main():
    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, "657_source.docx")
    build_docx(src)
    pdf_path = os.path.join(BUILD, "657_source.pdf")
    txt_path = os.path.join(HERE, NAME + ".txt")
    convert(src, pdf_path, txt_path)
    gold = gold_records()
    with open(os.path.join(HERE, NAME + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(len(gold), "tasks")


if __name__ == "__main__":
    main()
