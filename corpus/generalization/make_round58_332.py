#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 58, notice 332: a 县委办公室/县政府办公室 joint notice as the Word file circulated to units.

中共云水县委办公室 云水县人民政府办公室 — 云办发〔2025〕9号 (all names invented).
附件1 is a landscape task table laid out ONE ROW PER RESPONSIBLE UNIT:
  序号 | 重点任务 | 责任县领导 | 责任单位 | 职责分工 | 完成时限
序号, 重点任务 and 完成时限 are merged down over the unit rows of a task, 责任县领导 is merged down
over runs of tasks, the 职责分工 cell (the only place that says 牵头 or 配合) is merged down where
units share a duty, section rows are merged across and 序号 restarts under each.
附件2 is a 联络员回执 form (no tasks).

Run:  /usr/bin/python3 make_docx_round58_332.py   → 332_yunshui_xian_liangban_zhize_fengong.docx
"""
import copy
import os
import re

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "332_yunshui_xian_liangban_zhize_fengong.docx")

FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"
TNR = "Times New Roman"
RED = RGBColor(0xFF, 0x00, 0x00)

# ---------------------------------------------------------------- helpers

def set_run_font(run, east, size=None, bold=None, ascii_font=None, color=None):
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    a = ascii_font or east
    rfonts.set(qn("w:ascii"), a)
    rfonts.set(qn("w:hAnsi"), a)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:cs"), a)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


ASCII_CHUNK = re.compile(r"([0-9A-Za-z.%]+)")


# Texts typed in two editing sessions: Word keeps them as two runs with different rsids.
LATER_EDITS = {
    "县住房和城乡建设局": 3,
    "配合牵头单位做好征地拆迁和群众工作": 4,
    "县人力资源和社会保障局、县医疗保障局": 11,
    "牵头：负责地方政府专项债券项目争取和资金监管": 3,
    "国家金融监督管理总局云水监管支局": 8,
    "各乡镇人民政府（街道办事处）": 7,
}


def add_text(par, text, east=FS, size=16, bold=None, color=None, split_ascii=True):
    """Add text to a paragraph; ASCII digits go in their own Times New Roman runs, as Word
    leaves them when the 西文字体 differs from the 中文字体."""
    if text in LATER_EDITS:
        k = LATER_EDITS[text]
        for i, part in enumerate((text[:k], text[k:])):
            run = par.add_run(part)
            set_run_font(run, east, size, bold, color=color)
            run._r.set(qn("w:rsidR"), "00A31F5C" if i == 0 else "00D47E21")
        return par
    parts = ASCII_CHUNK.split(text) if split_ascii else [text]
    for i, part in enumerate(parts):
        if not part:
            continue
        run = par.add_run(part)
        if split_ascii and i % 2 == 1:
            set_run_font(run, east, size, bold, ascii_font=TNR, color=color)
        else:
            set_run_font(run, east, size, bold, color=color)
    return par


def fmt_par(par, align=None, first_indent=None, line=None, before=0, after=0, exact=True):
    pf = par.paragraph_format
    if align is not None:
        par.alignment = align
    if first_indent is not None:
        pf.first_line_indent = first_indent
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line is not None:
        pf.line_spacing = Pt(line)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY if exact else WD_LINE_SPACING.AT_LEAST


def body_par(doc, text, indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY, east=FS, bold=None):
    p = doc.add_paragraph()
    fmt_par(p, align=align, first_indent=Pt(32) if indent else None, line=28.95)
    add_text(p, text, east=east, size=16, bold=bold)
    return p


def cell_pars(cell, paras, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT, east=FS):
    """Fill a cell with one paragraph per item of paras (a str or a list)."""
    if isinstance(paras, str):
        paras = [paras]
    first = True
    for text in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        fmt_par(p, align=align, line=18, exact=False)
        add_text(p, text, east=east, size=size, bold=bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_cell_width(cell, cm):
    cell.width = Cm(cm)


def add_page_field(par, size=14):
    """— PAGE — as a complex field."""
    def r(text=None, fld=None, instr=None):
        run = par.add_run()
        set_run_font(run, "宋体", size, ascii_font="宋体")
        if fld is not None:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), fld)
            run._r.append(fc)
        elif instr is not None:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = instr
            run._r.append(it)
        else:
            t = OxmlElement("w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = text
            run._r.append(t)
    r("— ")
    r(fld="begin")
    r(instr=" PAGE ")
    r(fld="separate")
    r("1")
    r(fld="end")
    r(" —")


def par_border(par, side="bottom", color="FF0000", sz=18, space=1):
    ppr = par._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        # pBdr goes after w:pStyle/keepNext/.../numPr/suppressLineNumbers; before shd/tabs/spacing/ind/jc
        anchor = None
        for tag in ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                    "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                    "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                    "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc"):
            anchor = ppr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(bdr)
        else:
            ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def set_margins(section, top, bottom, left, right):
    section.top_margin = Cm(top)
    section.bottom_margin = Cm(bottom)
    section.left_margin = Cm(left)
    section.right_margin = Cm(right)


# ---------------------------------------------------------------- the task table data
# Each task: text (list of paragraphs), rows (one responsible-unit cell per row),
# duties [(rows spanned, text)], deadline [(rows spanned, paragraphs)].
# Each section: title, leaders [(tasks spanned, [names])], tasks.

SECTIONS = [
    {
        "title": "一、坚定不移抓项目扩投资（5项）",
        "leaders": [(3, ["邵鸿飞"]), (1, ["单国华"]), (1, ["邵鸿飞", "欧阳志刚"])],
        "tasks": [
            {
                "text": ["全年实施县级重点项目120个，完成年度投资185亿元以上，其中新开工项目50个以上，固定资产投资增长6%。"],
                "rows": ["县发展和改革局", "县财政局", "县自然资源局", "各乡镇人民政府"],
                "duties": [(1, "牵头：负责重点项目谋划储备、调度推进和考核排名"),
                           (1, "配合：统筹做好项目前期经费和配套资金保障"),
                           (1, "配合：做好项目用地报批和供地保障"),
                           (1, "配合：抓好辖区内项目征地拆迁和施工环境保障")],
                "deadline": [(4, ["2025年12月底前"])],
            },
            {
                "text": ["积极对接国家政策投向，全年争取超长期特别国债、中央预算内投资和地方政府专项债券资金35亿元以上。"],
                "rows": ["县发展和改革局", "县财政局", "县直各有关部门"],
                "duties": [(1, "牵头：负责超长期特别国债、中央预算内投资项目争取"),
                           (1, "牵头：负责地方政府专项债券项目争取和资金监管"),
                           (1, "配合：按行业领域做好项目谋划和申报")],
                "deadline": [(3, ["2025年12月底前"])],
            },
            {
                "text": ["深化“项目为王”攻坚行动，落实县级领导包抓重大项目机制，全面推行“拿地即开工”“交地即交证”审批模式。"],
                "rows": ["县发展和改革局", "县行政审批服务局", "县自然资源局", "县住房和城乡建设局"],
                "duties": [(1, "牵头"),
                           (3, "配合：优化审批流程，推行并联审批和容缺受理")],
                "deadline": [(4, ["2025年6月底前"])],
            },
            {
                "text": ["加快云水至江口高速公路云水段建设，完成国道318线云水段改线工程，开工建设县城西环路。"],
                "rows": ["县交通运输局", "县自然资源局", "沿线各乡镇人民政府"],
                "duties": [(1, "牵头"),
                           (1, "配合：做好项目用地预审和报批"),
                           (1, "配合牵头单位做好征地拆迁和群众工作")],
                "deadline": [(3, ["2025年12月底前"])],
            },
            {
                "text": ["坚持把招商引资作为“一号工程”，全年引进亿元以上项目30个，实际到位县外资金80亿元以上。"],
                "rows": ["县投资促进中心", "云水经济开发区管委会", "县商务局", "各乡镇人民政府"],
                "duties": [(1, "牵头：负责招商项目信息收集、洽谈对接和考核统计"),
                           (3, "配合：按照年度招商任务分解抓好落实")],
                "deadline": [(4, ["2025年12月底前"])],
            },
        ],
    },
    {
        "title": "二、聚力攻坚兴产业强实体（5项）",
        "leaders": [(4, ["欧阳志刚"]), (1, ["顾承志"])],
        "tasks": [
            {
                "text": ["实施工业倍增计划，规模以上工业增加值增长8%以上，新增规模以上工业企业15户。"],
                "rows": ["县工业和信息化局", "云水经济开发区管委会", "县统计局"],
                "duties": [(1, "牵头"),
                           (1, "配合：做好园区企业培育服务"),
                           (1, "配合：做好企业入规统计指导")],
                "deadline": [(3, ["2025年12月底前"])],
            },
            {
                "text": ["推进云水经济开发区扩区调位，新建标准化厂房20万平方米，园区规模以上工业产值突破260亿元。"],
                "rows": ["云水经济开发区管委会", "县自然资源局", "县城投集团"],
                "duties": [(1, "牵头"),
                           (1, "配合"),
                           (1, "配合：负责标准化厂房投资建设")],
                "deadline": [(3, ["2025年12月底前"])],
            },
            {
                "text": ["培育壮大新材料、绿色食品两大主导产业集群，新认定高新技术企业8家、省级专精特新中小企业5家。"],
                "rows": ["县工业和信息化局", "县科学技术局", "县市场监督管理局"],
                "duties": [(1, "牵头：负责产业集群培育和专精特新企业认定"),
                           (1, "牵头：负责高新技术企业培育认定"),
                           (1, "配合")],
                "deadline": [(3, ["2025年12月底前"])],
            },
            {
                "text": ["大力提振消费，开展“云水消费季”系列促消费活动10场以上，社会消费品零售总额增长6%。"],
                "rows": ["县商务局", "县文化和旅游局", "县教育体育局", "县财政局"],
                "duties": [(1, "牵头"),
                           (2, "配合：共同策划组织文旅、体育消费活动"),
                           (1, "配合：落实促消费活动资金")],
                "deadline": [(4, ["2025年11月底前"])],
            },
            {
                "text": ["推进文旅融合发展，青崖山景区创建国家4A级旅游景区，全年接待游客突破800万人次。"],
                "rows": ["县文化和旅游局", "青崖镇人民政府"],
                "duties": [(1, "牵头"),
                           (1, "配合：做好景区周边环境整治和服务保障")],
                "deadline": [(1, ["4A级景区创建2025年10月底前"]),
                             (1, ["2025年12月底前"])],
            },
        ],
    },
    {
        "title": "三、全面推进乡村振兴（5项）",
        "leaders": [(3, ["苗青禾"]), (1, ["蒋立群", "苗青禾"]), (1, ["苗青禾"])],
        "tasks": [
            {
                "text": ["稳定粮食播种面积45万亩以上、总产量19万吨以上，新建高标准农田3.2万亩。"],
                "rows": ["县农业农村局", "县水利局", "县自然资源局", "各乡镇人民政府"],
                "duties": [(1, "牵头"),
                           (2, "配合：做好农田水利配套和耕地保护"),
                           (1, "负责辖区内粮食生产和高标准农田建设任务落实")],
                "deadline": [(4, ["2025年12月底前"])],
            },
            {
                "text": ["巩固拓展脱贫攻坚成果，健全防止返贫致贫监测和帮扶机制，确保不发生规模性返贫致贫。"],
                "rows": ["县农业农村局", "县人力资源和社会保障局、县医疗保障局", "县教育体育局"],
                "duties": [(1, "牵头"),
                           (1, "配合：落实就业帮扶和医疗保障政策"),
                           (1, "配合：落实教育资助政策")],
                "deadline": [(3, ["持续推进"])],
            },
            {
                "text": ["实施“和美乡村”建设行动，打造省级和美乡村示范村5个、市级示范村15个。"],
                "rows": ["县农业农村局", "县住房和城乡建设局", "市生态环境局云水分局"],
                "duties": [(1, "牵头"),
                           (1, "配合"),
                           (1, "配合")],
                "deadline": [(3, ["2025年11月底前"])],
            },
            {
                "text": ["发展壮大村级集体经济，集体经济年经营性收入10万元以上的村占比达到60%以上。",
                         "其中，县委组织部负责抓党建促集体经济发展，县农业农村局负责集体资产管理和项目指导。"],
                "rows": ["县委组织部", "县农业农村局", "县财政局"],
                "duties": [(2, "牵头"),
                           (1, "配合：统筹扶持村级集体经济发展资金")],
                "deadline": [(3, ["2025年12月底前"])],
            },
            {
                "text": ["持续改善农村人居环境，农村卫生厕所普及率达到85%，农村生活垃圾收运处置体系实现行政村全覆盖。"],
                "rows": ["县农业农村局", "县住房和城乡建设局", "县卫生健康局", "各乡镇人民政府"],
                "duties": [(1, "牵头"),
                           (1, "配合"),
                           (1, "配合"),
                           (1, "负责具体实施")],
                "deadline": [(4, ["2025年12月底前"])],
            },
        ],
    },
    {
        "title": "四、持续深化改革开放（4项）",
        "leaders": [(3, ["邵鸿飞"]), (1, ["欧阳志刚"])],
        "tasks": [
            {
                "text": ["深化国资国企改革，完成县属国有企业重组整合，推动县城投集团市场化转型。"],
                "rows": ["县国有资产事务服务中心", "县财政局", "县城投集团"],
                "duties": [(1, "牵头"),
                           (1, "配合"),
                           (1, "配合")],
                "deadline": [(3, ["2025年9月底前"])],
            },
            {
                "text": ["持续优化营商环境，深化“高效办成一件事”改革，政务服务事项网上可办率达到95%以上。"],
                "rows": ["县行政审批服务局", "县发展和改革局", "县直各有关部门"],
                "duties": [(1, "牵头"),
                           (1, "配合：负责营商环境评价迎评工作"),
                           (1, "配合")],
                "deadline": [(3, ["2025年12月底前"])],
            },
            {
                "text": ["深化金融服务实体经济，全县金融机构新增贷款45亿元以上，新增上市后备企业2家。"],
                "rows": ["县委金融办", "中国人民银行云水县支行", "国家金融监督管理总局云水监管支局"],
                "duties": [(1, "牵头"),
                           (2, "配合：引导金融机构加大信贷投放")],
                "deadline": [(3, ["2025年12月底前"])],
            },
            {
                "text": ["扩大对外开放，外贸进出口总额增长10%以上，力争实际使用外资实现新突破。"],
                "rows": ["县商务局"],
                "duties": [(1, "负责")],
                "deadline": [(1, ["2025年12月底前"])],
            },
        ],
    },
    {
        "title": "五、提升城乡品质和民生福祉（5项）",
        "leaders": [(1, ["单国华"]), (3, ["彭雪芹"]), (1, ["贺文彬", "邵鸿飞"])],
        "tasks": [
            {
                "text": ["实施城市更新行动，改造老旧小区32个、城中村2个，新建城市公共停车位1500个。"],
                "rows": ["县住房和城乡建设局", "县城市管理和综合执法局", "县发展和改革局",
                         "城关街道办事处", "东城街道办事处"],
                "duties": [(1, "牵头：负责老旧小区和城中村改造"),
                           (1, "配合：负责城市公共停车设施建设管理"),
                           (1, "配合"),
                           (2, "配合：负责辖区内改造项目群众工作")],
                "deadline": [(5, ["2025年12月底前"])],
            },
            {
                "text": ["新建、改扩建中小学和幼儿园6所，新增公办学位3600个，推进县域普通高中多样化发展。"],
                "rows": ["县教育体育局", "县发展和改革局", "县财政局", "县自然资源局"],
                "duties": [(1, "牵头"),
                           (3, "配合：做好项目立项、资金和用地保障")],
                "deadline": [(4, ["2025年8月底前"])],
            },
            {
                "text": ["深化紧密型县域医共体建设，县人民医院通过三级医院评审，完成12个村卫生室标准化建设。"],
                "rows": ["县卫生健康局", "县人民医院（县医共体总院）", "县医疗保障局"],
                "duties": [(1, "牵头"),
                           (1, "配合"),
                           (1, "配合：深化医保支付方式改革")],
                "deadline": [(3, ["2025年12月底前"])],
            },
            {
                "text": ["落实就业优先政策，城镇新增就业4200人，城镇调查失业率控制在5.5%以内。"],
                "rows": ["县人力资源和社会保障局", "县财政局", "县总工会", "团县委", "县妇联"],
                "duties": [(1, "牵头"),
                           (1, "配合"),
                           (3, "配合：组织开展就业招聘和技能培训活动")],
                "deadline": [(5, ["2025年12月底前"])],
            },
            {
                "text": ["扎实办好2025年县级十件民生实事，确保项目按期建成、群众满意。"],
                "rows": ["县政府办公室", "各民生实事项目责任单位"],
                "duties": [(1, "牵头：负责统筹调度和督促检查"),
                           (1, "配合：按照项目分工抓好落实")],
                "deadline": [(2, ["2025年12月底前"])],
            },
        ],
    },
    {
        "title": "六、加强党的建设和社会治理（4项）",
        "leaders": [(1, ["柳晓岚"]), (1, ["顾承志"]), (1, ["石振宇"]), (1, ["邵鸿飞"])],
        "tasks": [
            {
                "text": ["实施干部能力提升工程，全年举办各类干部专题培训班20期以上、培训干部3000人次以上。"],
                "rows": ["县委组织部", "县委党校"],
                "duties": [(1, "牵头"),
                           (1, "配合")],
                "deadline": [(2, ["2025年12月底前"])],
            },
            {
                "text": ["牢牢掌握意识形态工作领导权，加强网络生态治理，讲好云水发展故事。"],
                "rows": ["县委宣传部", "县委网信办", "县融媒体中心"],
                "duties": [(1, "牵头"),
                           (1, "配合"),
                           (1, "配合")],
                "deadline": [(3, ["持续推进"])],
            },
            {
                "text": ["深化平安云水建设，坚持和发展新时代“枫桥经验”，推进信访工作法治化，化解信访积案。"],
                "rows": ["县委政法委", "县信访局", "县公安局", "县司法局"],
                "duties": [(1, "牵头"),
                           (1, "配合：负责信访积案化解"),
                           (1, "配合"),
                           (1, "配合")],
                "deadline": [(4, ["持续推进"])],
            },
            {
                "text": ["统筹发展和安全，深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故。"],
                "rows": ["县应急管理局", "县直有关行业主管部门", "各乡镇人民政府（街道办事处）"],
                "duties": [(1, "牵头"),
                           (1, "配合：按照“管行业必须管安全”要求落实监管责任"),
                           (1, "配合：落实属地管理责任")],
                "deadline": [(3, ["持续推进"])],
            },
        ],
    },
]


def check_data():
    for s in SECTIONS:
        assert sum(n for n, _ in s["leaders"]) == len(s["tasks"]), s["title"]
        for t in s["tasks"]:
            n = len(t["rows"])
            assert sum(k for k, _ in t["duties"]) == n, t["text"][0]
            assert sum(k for k, _ in t["deadline"]) == n, t["text"][0]


# ---------------------------------------------------------------- document

def build():
    check_data()
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    cp = doc.core_properties
    cp.author = "县委办公室秘书科"
    cp.title = "关于印发重点任务责任分工方案的通知"
    cp.last_modified_by = "文电科"

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    set_margins(sec, 3.7, 3.5, 2.8, 2.6)

    # footer: — N —, on the outside of the page as GB/T 9704 wants (right here, one footer)
    fp = sec.footer.paragraphs[0]
    fmt_par(fp, align=WD_ALIGN_PARAGRAPH.RIGHT)
    fp.paragraph_format.right_indent = Pt(14)
    add_page_field(fp)

    # ---- 版头: the two issuers set 双行合一 before 文件
    for _ in range(2):
        p = doc.add_paragraph()
        fmt_par(p, line=28.95)
    p = doc.add_paragraph()
    fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=60, exact=False)
    r = p.add_run("中共云水县委办公室　云水县人民政府办公室")
    set_run_font(r, XBS, 42, color=RED)
    eal = OxmlElement("w:eastAsianLayout")
    eal.set(qn("w:id"), "-1541512960")
    eal.set(qn("w:combine"), "1")
    r._r.get_or_add_rPr().append(eal)
    r = p.add_run("文件")
    set_run_font(r, XBS, 42, color=RED)

    p = doc.add_paragraph()
    fmt_par(p, line=28.95)
    p = doc.add_paragraph()
    fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=28.95)
    add_text(p, "云办发〔2025〕9号")
    par_border(p, "bottom", "FF0000", 18, 8)

    p = doc.add_paragraph()
    fmt_par(p, line=28.95)

    # ---- title over four lines (paragraphs, as the drafter broke it)
    for line in ("中共云水县委办公室　云水县人民政府办公室",
                 "关于印发《贯彻落实县委十五届八次全会",
                 "暨县委经济工作会议精神重点任务责任分工",
                 "方案》的通知"):
        p = doc.add_paragraph()
        fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
        add_text(p, line, east=XBS, size=22)
    p = doc.add_paragraph()
    fmt_par(p, line=28.95)

    body_par(doc, "各乡镇党委、人民政府，城关、东城街道党工委、办事处，县委各部门，县级国家机关各部门，"
                  "各人民团体，县属各企事业单位：", indent=False)
    body_par(doc, "《贯彻落实县委十五届八次全会暨县委经济工作会议精神重点任务责任分工方案》已经县委、县政府同意，"
                  "现印发给你们，请结合实际认真抓好落实。现就有关事项通知如下。")
    body_par(doc, "一、压紧压实工作责任", east=HT)
    body_par(doc, "各责任县领导要加强对分管领域重点任务的统筹调度，定期听取汇报、研究解决问题。"
                  "方案中“职责分工”栏标注“牵头”的单位为牵头单位，负责制定推进计划、统筹协调和汇总报送进展情况；"
                  "其余单位为配合单位，要按照职责分工主动对接、密切配合，不得推诿扯皮。"
                  "同一任务有两个牵头单位的，由排在前面的单位负责汇总报送。")
    body_par(doc, "二、建立工作推进台账", east=HT)
    body_par(doc, "各牵头单位要对照任务分工，于3月31日前制定具体工作推进计划，明确时间节点、工作措施和责任人，"
                  "报县委督查室、县政府督查室备案；同时确定1名联络员，填写《重点任务联络员回执》（附件2），"
                  "一并报送。")
    body_par(doc, "三、严格督查考核问效", east=HT)
    body_par(doc, "县委督查室、县政府督查室要将重点任务落实情况纳入年度督查计划，实行月调度、季通报。"
                  "各牵头单位于每季度末月25日前将任务进展情况书面报送县委督查室、县政府督查室（电子版发送至"
                  "yswdcs@163.com）。督查结果纳入年度目标责任考核，对工作推进不力、进度严重滞后的，予以通报批评。")
    body_par(doc, "联系人：县委督查室　杜晓明，电话：6218036；县政府督查室　宁佳，电话：6213375。")

    p = doc.add_paragraph()
    fmt_par(p, line=28.95)
    p = body_par(doc, "附件：1．贯彻落实县委十五届八次全会暨县委经济工作会议精神重点任务责任分工方案")
    p.paragraph_format.left_indent = Pt(112)
    p.paragraph_format.first_line_indent = Pt(-80)
    p = body_par(doc, "2．重点任务联络员回执", indent=False)
    p.paragraph_format.left_indent = Pt(112)
    p.paragraph_format.first_line_indent = Pt(-32)

    for _ in range(3):
        p = doc.add_paragraph()
        fmt_par(p, line=28.95)
    # joint signature: the two issuers side by side, the date under them
    p = doc.add_paragraph()
    fmt_par(p, align=WD_ALIGN_PARAGRAPH.LEFT, line=28.95)
    p.paragraph_format.left_indent = Pt(32)
    add_text(p, "中共云水县委办公室　　　　　云水县人民政府办公室")
    p = doc.add_paragraph()
    fmt_par(p, align=WD_ALIGN_PARAGRAPH.RIGHT, line=28.95)
    p.paragraph_format.right_indent = Pt(64)
    add_text(p, "2025年3月14日")
    p = doc.add_paragraph()
    fmt_par(p, line=28.95)
    p = body_par(doc, "（此件发至乡镇和县直各单位）")

    # ---- 附件1, landscape
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    set_margins(sec2, 2.6, 2.4, 2.5, 2.5)

    p = doc.add_paragraph()
    fmt_par(p, line=28.95)
    add_text(p, "附件1", east=HT, size=16)
    p = doc.add_paragraph()
    fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    add_text(p, "贯彻落实县委十五届八次全会暨县委经济工作会议精神", east=XBS, size=20)
    p = doc.add_paragraph()
    fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=32, after=10)
    add_text(p, "重点任务责任分工方案", east=XBS, size=20)

    nrows = 1
    for s in SECTIONS:
        nrows += 1
        for t in s["tasks"]:
            nrows += len(t["rows"])
    table = doc.add_table(rows=nrows, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [1.2, 7.6, 2.2, 5.2, 5.7, 2.8]
    for row in table.rows:
        for i, c in enumerate(row.cells):
            set_cell_width(c, widths[i])
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    table.autofit = False

    hdr = ["序号", "重点任务", "责任县领导", "责任单位", "职责分工", "完成时限"]
    for i, h in enumerate(hdr):
        cell_pars(table.cell(0, i), h, size=12, east=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(table.rows[0])

    merges = []          # (r1, r2, col) vertical
    across = []          # section rows
    r = 1
    for s in SECTIONS:
        cell_pars(table.cell(r, 0), s["title"], size=12, east=HT, bold=False)
        across.append(r)
        r += 1
        # leader groups over tasks
        task_start_rows = []
        rr = r
        for t in s["tasks"]:
            task_start_rows.append(rr)
            rr += len(t["rows"])
        task_end_rows = [a + len(t["rows"]) - 1 for a, t in zip(task_start_rows, s["tasks"])]
        k = 0
        for n, names in s["leaders"]:
            top, bottom = task_start_rows[k], task_end_rows[k + n - 1]
            cell_pars(table.cell(top, 2), names, align=WD_ALIGN_PARAGRAPH.CENTER)
            if bottom > top:
                merges.append((top, bottom, 2))
            k += n
        for no, t in enumerate(s["tasks"], 1):
            top = r
            bottom = r + len(t["rows"]) - 1
            cell_pars(table.cell(top, 0), str(no), align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_pars(table.cell(top, 1), t["text"], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            if bottom > top:
                merges.append((top, bottom, 0))
                merges.append((top, bottom, 1))
            for i, u in enumerate(t["rows"]):
                cell_pars(table.cell(top + i, 3), u, align=WD_ALIGN_PARAGRAPH.LEFT)
            rr = top
            for n, d in t["duties"]:
                cell_pars(table.cell(rr, 4), d, align=WD_ALIGN_PARAGRAPH.LEFT)
                if n > 1:
                    merges.append((rr, rr + n - 1, 4))
                rr += n
            rr = top
            for n, d in t["deadline"]:
                cell_pars(table.cell(rr, 5), d, align=WD_ALIGN_PARAGRAPH.CENTER)
                if n > 1:
                    merges.append((rr, rr + n - 1, 5))
                rr += n
            r = bottom + 1
    assert r == nrows

    for r1, r2, c in merges:
        m = table.cell(r1, c).merge(table.cell(r2, c))
        m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for rr in across:
        table.cell(rr, 0).merge(table.cell(rr, 5))

    # clean empty paragraphs python-docx leaves when merging into a filled cell
    for row in table.rows:
        for tc in row._tr.tc_lst:
            ps = tc.findall(qn("w:p"))
            if len(ps) > 1:
                for pp in ps:
                    if not "".join(pp.itertext()).strip() and len(tc.findall(qn("w:p"))) > 1:
                        tc.remove(pp)

    p = doc.add_paragraph()
    fmt_par(p, line=22, before=6)
    add_text(p, "注：1．“职责分工”栏标注“牵头”的为牵头单位，其余为配合单位；同一任务有两个牵头单位的，"
                "排在前面的单位负责汇总报送。", east=KT, size=12)
    p.paragraph_format.left_indent = Pt(24)
    p.paragraph_format.first_line_indent = Pt(-24)
    p = doc.add_paragraph()
    fmt_par(p, line=22)
    p.paragraph_format.left_indent = Pt(24)
    add_text(p, "2．“完成时限”为“持续推进”的，各牵头单位按季度报送工作进展。", east=KT, size=12)

    # ---- 附件2, portrait: the 回执 (no tasks), then the 版记
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    set_margins(sec3, 3.7, 3.5, 2.8, 2.6)
    p = doc.add_paragraph()
    fmt_par(p, line=28.95)
    add_text(p, "附件2", east=HT, size=16)
    p = doc.add_paragraph()
    fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=36, after=12)
    add_text(p, "重点任务联络员回执", east=XBS, size=22)
    p = doc.add_paragraph()
    fmt_par(p, line=28.95)
    add_text(p, "填报单位（盖章）：　　　　　　　　填报日期：　　年　月　日", size=14)
    t2 = doc.add_table(rows=4, cols=5)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    for gc, w in zip(t2._tbl.tblGrid.findall(qn("w:gridCol")), [4.6, 2.4, 2.6, 3.0, 3.0]):
        gc.set(qn("w:w"), str(int(w * 567)))
    for i, h in enumerate(["单位名称", "联络员", "职务", "办公电话", "手机号码"]):
        cell_pars(t2.cell(0, i), h, size=14, east=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
    for rr in range(1, 4):
        for c in range(5):
            cell_pars(t2.cell(rr, c), "", size=14)
        t2.rows[rr].height = Cm(1.2)
    p = doc.add_paragraph()
    fmt_par(p, line=28.95, before=6)
    add_text(p, "请各牵头单位于2025年3月31日前将回执报送县委督查室。", size=14)

    for _ in range(8):
        p = doc.add_paragraph()
        fmt_par(p, line=28.95)
    # 版记
    p = doc.add_paragraph()
    fmt_par(p, line=28.95)
    par_border(p, "top", "000000", 8, 1)
    par_border(p, "bottom", "000000", 4, 1)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    add_text(p, "抄送：县委各常委，县人大常委会、县政协主要领导，县人民法院，县人民检察院。", size=14)
    p = doc.add_paragraph()
    fmt_par(p, line=28.95)
    par_border(p, "bottom", "000000", 8, 1)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    add_text(p, "中共云水县委办公室　　　　　　　　　　2025年3月14日印发", size=14)

    doc.save(OUT)
    print("wrote", OUT, "table rows", nrows)


if __name__ == "__main__":
    build()
