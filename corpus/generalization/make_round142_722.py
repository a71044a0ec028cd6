#!/usr/bin/python3
"""Round 142, notice 722: a county 县政府办 red-header Word notice whose 附件 is a
task table, put through `pandoc -f docx -t rst` (Debian pandoc 2.17.1.1, defaults:
72 columns, wrap=auto) -- the reStructuredText a Sphinx-based 知识库 / 文档中心 keeps
when a clerk converts the Word file for it.  The notice under test is pandoc's
output, byte for byte; the Word file is kept as 722_source.docx.

Writes, in this script's folder:
  722_source.docx                              the Word notice (deterministic zip)
  722_fengqiu_xian_gzbg_renwu_fengong.txt      pandoc -t rst of it (the notice under test)
  722.tasks.gold.jsonl                         the gold list

Everything comes from the one description below (META, SECTIONS).
"""
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor, Twips

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "722_source.docx")
NOTICE = os.path.join(HERE, "722_fengqiu_xian_gzbg_renwu_fengong.txt")
GOLD = os.path.join(HERE, "722.tasks.gold.jsonl")
PANDOC_EXPECTED = "2.17.1.1"

# ---------------------------------------------------------------- description
META = {
    "mark": "枫丘县人民政府办公室文件",
    "wenhao": "枫政办发〔2025〕8号",
    "title": "枫丘县人民政府办公室关于印发2025年县政府工作报告重点工作任务分工的通知",
    "zhusong": "各乡（镇）人民政府，枫丘经济开发区管委会，县政府各部门、各直属机构：",
    "intro": "经县人民政府同意，现将《2025年县政府工作报告重点工作任务分工》印发给你们，"
             "并就有关事项通知如下，请认真抓好贯彻落实。",
    "rules": [
        ("一、压实工作责任。",
         "各责任县领导要加强对分管领域重点工作的统筹调度，定期听取进展情况汇报。各牵头单位是任务落实的"
         "第一责任单位，主要负责同志要亲自研究部署、亲自督促落实；牵头单位有两个的，排在第一位的为主牵头单位，"
         "负责统筹协调和情况汇总；配合单位要按照职责分工主动对接、积极配合，形成工作合力。"),
        ("二、加强调度推进。",
         "各牵头单位要对照任务分工，逐项细化工作措施，明确时间节点，于2025年3月31日前将工作推进方案报县政府"
         "办公室。自4月起，每月5日前报送上月工作进展情况，6月25日前、12月20日前分别报送半年和全年工作完成情况。"),
        ("三、强化督查考核。",
         "县政府办公室将会同县委督查室对重点工作任务落实情况进行跟踪督办，督查结果纳入年度绩效考核。"
         "对工作推进不力、未按时限完成任务的，予以通报批评；造成严重后果的，依规依纪追究责任。"),
    ],
    "contact": "联系人：县政府办公室督查室　李　娜，联系电话：0798—6623517。",
    "fujian_line": "附件：2025年县政府工作报告重点工作任务分工",
    "signer": "枫丘县人民政府办公室",
    "date": "2025年3月14日",
    "public": "（此件公开发布）",
    "att_title": "2025年县政府工作报告重点工作任务分工",
    "header": ["序号", "重点工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限"],
    "chaosong": "抄送：县委各部门，县人大常委会办公室，县政协办公室，县监委，县法院，县检察院。",
    "yinfa": ("枫丘县人民政府办公室", "2025年3月14日印发"),
}

# Each task: text (list of paragraphs in the task cell), leaders (list of
# printed names; list of paragraphs in the cell unless lsep given), cont (leader
# cell merged with the row above -- same leaders, nothing printed by pandoc),
# lead / coop (units, gold order), and optional printed forms:
#   lead_paras  -> lead cell as one paragraph per unit
#   coop_print  -> the coop cell exactly as printed (must contain the units in order)
#   coop_none   -> printed mark for "no cooperating unit" ('/')
# deadline printed in the 完成时限 cell.
L_CHEN, L_LIU, L_WANG, L_ZHOU, L_MA, L_OUYANG, L_ZHAO = (
    "陈卫东", "刘建华", "王　强", "周　敏", "马骏驰", "欧阳晓峰", "赵立群")
ALL_TOWNS = "各乡（镇）人民政府"

SECTIONS = [
    ("一、扩大有效投资，推动经济稳定增长", [
        dict(text=["全县地区生产总值增长6%左右，一般公共预算收入增长5%，固定资产投资增长8%以上，"
                   "社会消费品零售总额增长6%。"],
             leaders=[L_CHEN, L_LIU], lead=["县发展和改革局", "县财政局"],
             coop=["县统计局", "县税务局", ALL_TOWNS], deadline="2025年12月底前"),
        dict(text=["谋划储备重大项目120个以上，争取超长期特别国债、中央预算内投资和地方政府专项债券资金"
                   "15亿元以上。"],
             leaders=[L_LIU], lead=["县发展和改革局"],
             coop=["县财政局", "县自然资源局", "县住房和城乡建设局"], deadline="2025年12月底前"),
        dict(text=["实施亿元以上重点项目86个，年度完成投资95亿元，确保枫丘至临川一级公路、县城污水处理厂"
                   "提标改造等项目按期竣工。"],
             leaders=[L_LIU], cont=True, lead=["县发展和改革局"],
             coop=["县交通运输局", "县住房和城乡建设局", ALL_TOWNS], deadline="2025年12月底前"),
        dict(text=["开展“项目攻坚年”活动，落实县级领导包联重点项目制度，每月调度、每季度观摩，及时协调解决"
                   "用地、资金、环评等要素保障问题。"],
             leaders=[L_LIU], cont=True, lead=["县发展和改革局"],
             coop=["县自然资源局", "市生态环境局枫丘分局", "县行政审批服务局"], deadline="持续推进"),
        dict(text=["落实促消费政策，组织开展“枫丘消费季”等促消费活动20场以上，培育夜间经济集聚区2个。"],
             leaders=[L_ZHOU], lead=["县商务局"],
             coop=["县财政局", "县市场监督管理局", "县文化广电和旅游局"], deadline="2025年12月底前"),
        dict(text=["深化财源建设，加强税收征管和非税收入管理，严控一般性支出，“三公”经费只减不增，"
                   "兜牢基层“三保”底线。"],
             leaders=[L_LIU], lead=["县财政局"],
             coop=["县税务局", "县审计局"], coop_print="县税务局，县审计局", deadline="持续推进"),
    ]),
    ("二、坚持工业强县，加快产业转型升级", [
        dict(text=["推进枫丘经济开发区扩区调区和“标准地”改革，新增工业用地1200亩以上，新建标准化厂房"
                   "10万平方米。"],
             leaders=[L_WANG], lead=["枫丘经济开发区管委会"],
             coop=["县自然资源局", "县发展和改革局", "县工业和信息化局"], deadline="2025年10月底前"),
        dict(text=["围绕新型建材、绿色食品、装备制造三大主导产业实施“链长制”，新增规模以上工业企业15家，"
                   "规上工业增加值增长8%。"],
             leaders=[L_WANG], cont=True, lead=["县工业和信息化局"],
             coop=["县统计局", "枫丘经济开发区管委会", ALL_TOWNS], deadline="2025年12月底前"),
        dict(text=["实施工业技术改造项目30个以上，推动5家企业开展智能化改造和数字化转型，新认定高新技术企业"
                   "8家、专精特新中小企业5家。"],
             leaders=[L_WANG], cont=True, lead=["县工业和信息化局", "县发展和改革局"], lead_paras=True,
             coop=["县财政局"], deadline="2025年12月底前"),
        dict(text=["加快110千伏青岚输变电工程和经济开发区增量配电网建设，保障重点企业用电需求。"],
             leaders=[L_MA], lead=["县发展和改革局"],
             coop=["国网枫丘县供电公司", "枫丘经济开发区管委会"], deadline="2025年9月底前"),
        dict(text=["实施招商引资“一号工程”，全年引进亿元以上项目25个、到位资金60亿元以上，实行项目签约、"
                   "落地、开工、投产全周期跟踪服务。"],
             leaders=[L_CHEN, L_WANG], lead=["县投资促进中心"],
             coop=["枫丘经济开发区管委会", "县商务局", ALL_TOWNS], deadline="持续推进"),
        dict(text=["推动文旅融合发展，提升枫丘古镇、青岚山景区品质，力争青岚山景区创成国家4A级旅游景区，"
                   "全年接待游客突破500万人次。"],
             leaders=[L_ZHOU], lead=["县文化广电和旅游局"],
             coop=["县自然资源局", "县交通运输局", "县林业局", "青岚镇人民政府"], deadline="2025年11月底前"),
    ]),
    ("三、推进乡村全面振兴，促进城乡融合发展", [
        dict(text=["稳定粮食播种面积52万亩以上，粮食总产量稳定在22万吨以上，新建高标准农田3.5万亩。"],
             leaders=[L_MA], lead=["县农业农村局"],
             coop=["县财政局", "县自然资源局", "县水利局", ALL_TOWNS], deadline="2025年10月底前"),
        dict(text=["巩固拓展脱贫攻坚成果，落实防止返贫动态监测和帮扶机制，确保不发生规模性返贫致贫。"],
             leaders=[L_MA], cont=True, lead=["县农业农村局"],
             coop=["县民政局", "县人力资源和社会保障局", "县医疗保障局", "县教育体育局", "相关单位"],
             coop_print="县民政局、县人力资源和社会保障局、县医疗保障局、县教育体育局等相关单位",
             deadline="持续推进"),
        dict(text=["发展特色农业，做强茶叶、油茶、中药材产业，新增市级以上农业产业化龙头企业3家，"
                   "新培育“三品一标”农产品5个。"],
             leaders=[L_MA], cont=True, lead=["县农业农村局", "县林业局"],
             coop=["县市场监督管理局"], deadline="2025年12月底前"),
        dict(text=["实施农村人居环境整治提升行动，农村卫生厕所普及率达到88%，生活垃圾收运处置体系"
                   "行政村全覆盖。"],
             leaders=[L_MA], cont=True, lead=["县农业农村局"],
             coop=["县住房和城乡建设局", "县卫生健康局", "市生态环境局枫丘分局", ALL_TOWNS],
             deadline="2025年12月底前"),
        dict(text=["推进城市更新，改造城镇老旧小区23个、1860户，新建改造城市道路4.2公里，新增公共停车泊位"
                   "800个。"],
             leaders=[L_OUYANG], lead=["县住房和城乡建设局"],
             coop=["县城市管理局", "县财政局", "县公安局"], deadline="2025年11月底前"),
        dict(text=["完成县城供水管网改造35公里，推进县城生活污水处理厂扩容工程，城市生活污水集中收集率"
                   "达到70%。"],
             leaders=[L_OUYANG], lead=["县住房和城乡建设局"],
             coop=["县水利局", "市生态环境局枫丘分局"], deadline="2025年12月底前"),
    ]),
    ("四、深化改革开放，持续优化营商环境", [
        dict(text=["深化“高效办成一件事”改革，新增上线“一件事”集成服务事项15项，政务服务事项网上可办率"
                   "达到98%。"],
             leaders=[L_ZHAO], lead=["县行政审批服务局"],
             coop=["县司法局", "县市场监督管理局", "县直各有关单位"], deadline="2025年12月底前"),
        dict(text=["开展营商环境提升行动，落实“首违不罚”“轻微免罚”清单制度，规范涉企行政检查，"
                   "涉企检查频次下降20%以上。"],
             leaders=[L_ZHAO], lead=["县司法局"],
             coop=["县市场监督管理局", "县发展和改革局", "县直各行政执法单位"], deadline="持续推进"),
        dict(text=["深化国资国企改革，推进县城市建设投资集团市场化转型，完成县属国有企业整合重组。"],
             leaders=[L_LIU], lead=["县财政局"], coop=[], coop_none="/", deadline="2025年6月底前"),
        dict(text=["推进“个转企”“小升规”，新增经营主体5000户以上。",
                   "落实结构性减税降费政策，全年为经营主体减负3亿元以上。"],
             leaders=[L_LIU, L_ZHOU], lead=["县市场监督管理局"],
             coop=["县税务局", "县财政局", "县统计局"], deadline="2025年12月底前"),
        dict(text=["加强金融服务实体经济，全年新增各项贷款25亿元以上，推进农村信用体系建设，"
                   "稳妥化解地方金融风险。"],
             leaders=[L_LIU], lead=["县金融工作服务中心"],
             coop=["国家金融监督管理总局枫丘监管支局", "县财政局"], deadline="持续推进"),
    ]),
    ("五、增进民生福祉，办好十件民生实事", [
        dict(text=["落实就业优先政策，城镇新增就业2800人，农村劳动力转移就业1.2万人，城镇调查失业率控制在"
                   "5.5%以内。"],
             leaders=[L_ZHOU], lead=["县人力资源和社会保障局"],
             coop=["县财政局", "县农业农村局", ALL_TOWNS], deadline="2025年12月底前"),
        dict(text=["新建县第三幼儿园、县城第二初级中学，新增学位2160个，推进义务教育优质均衡发展。"],
             leaders=[L_ZHOU], cont=True, lead=["县教育体育局"],
             coop=["县发展和改革局", "县财政局", "县自然资源局", "县住房和城乡建设局"], deadline="2025年8月底前"),
        dict(text=["推进紧密型县域医共体建设，县人民医院创成三级医院，完成8个乡镇卫生院提质改造。"],
             leaders=[L_ZHOU], cont=True, lead=["县卫生健康局"],
             coop=["县医疗保障局", "县人民医院"], deadline="2025年12月底前"),
        dict(text=["提高城乡居民基础养老金和低保、特困供养标准，新建乡镇区域养老服务中心3个，"
                   "发展老年助餐服务点20个。"],
             leaders=[L_MA], lead=["县民政局"], coop=[], coop_none="/", deadline="2025年10月底前"),
        dict(text=["完善住房保障体系，筹集保障性租赁住房300套，实施城镇棚户区改造420户。"],
             leaders=[L_OUYANG], lead=["县住房和城乡建设局"],
             coop=["县自然资源局", "县财政局", "县住房公积金管理中心"], deadline="2025年12月底前"),
        dict(text=["加强退役军人服务保障，推进残疾人康复和托养服务，做好“一老一小”、困难群众等重点群体"
                   "关爱帮扶。"],
             leaders=[L_MA], lead=["县退役军人事务局", "县残疾人联合会"],
             coop=["县民政局"], deadline="持续推进"),
    ]),
    ("六、加强生态保护，守牢安全发展底线", [
        dict(text=["深入打好蓝天、碧水、净土保卫战，PM2.5年均浓度控制在30微克/立方米以内，县域国考、省考断面"
                   "水质达标率100%。"],
             leaders=[L_OUYANG], lead=["市生态环境局枫丘分局"],
             coop=["县住房和城乡建设局", "县交通运输局", "县农业农村局", "县水利局", "县林业局"],
             deadline="2025年12月底前"),
        dict(text=["全面推行林长制、河湖长制，完成人工造林1.5万亩，森林覆盖率稳定在68%以上。"],
             leaders=[L_OUYANG], cont=True, lead=["县林业局", "县水利局"],
             coop=[ALL_TOWNS], deadline="2025年12月底前"),
        dict(text=["落实安全生产治本攻坚三年行动，深化道路交通、燃气、自建房、消防等重点领域专项整治，"
                   "坚决遏制较大及以上生产安全事故。"],
             leaders=[L_WANG], lead=["县应急管理局"],
             coop=["县公安局", "县住房和城乡建设局", "县交通运输局", "县消防救援大队", ALL_TOWNS],
             deadline="持续推进"),
        dict(text=["推进平安枫丘建设，常态化开展扫黑除恶斗争，坚持和发展新时代“枫桥经验”，及时就地化解"
                   "矛盾纠纷。"],
             leaders=[L_ZHAO], lead=["县委政法委", "县公安局"],
             coop=["县司法局", "县信访局"], deadline="持续推进"),
    ]),
]

# ---------------------------------------------------------------- docx helpers
FS = "仿宋_GB2312"


def set_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", east=FS, size=16, bold=False, align=None, indent=False,
         color=None, space_after=0, first=None):
    p = first if first is not None else doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    pf.line_spacing = Pt(28) if size >= 14 else None
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def bottom_border(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def cell_set(cell, paras, size=11, bold=False, align=None):
    """Fill a cell with one paragraph per item of paras."""
    first = cell.paragraphs[0]
    for i, t in enumerate(paras):
        p = para(cell, t, east=FS if not bold else "黑体", size=size, bold=bold, align=align,
                 first=first if i == 0 else None)
        p.paragraph_format.line_spacing = None


def vmerge(cell, val):
    tcpr = cell._tc.get_or_add_tcPr()
    vm = OxmlElement("w:vMerge")
    if val:
        vm.set(qn("w:val"), val)
    tcpr.append(vm)


def set_widths(table, widths_twips):
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_twips):
        gc.set(qn("w:w"), str(w))
    for row in table.rows:
        for c, w in zip(row.cells, widths_twips):
            c.width = Twips(w)


def header_repeat(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


# ---------------------------------------------------------------- build docx
def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 3, 14, 9, 30, 0)
    cp.author = "县政府办公室"
    cp.last_modified_by = "县政府办公室"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    cp.title = ""

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    first = doc.paragraphs[0] if doc.paragraphs else None
    para(doc, META["mark"], east="方正小标宋简体", size=36, align=WD_ALIGN_PARAGRAPH.CENTER,
         color="FF0000", space_after=24, first=first)
    p = para(doc, META["wenhao"], align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    bottom_border(p)
    para(doc, "")
    para(doc, META["title"], east="方正小标宋简体", size=22, bold=True,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    para(doc, META["zhusong"])
    para(doc, META["intro"], indent=True)
    for head, body in META["rules"]:
        p = para(doc, "", indent=True)
        set_font(p.add_run(head), "黑体", 16, bold=True)
        set_font(p.add_run(body), FS, 16)
    para(doc, META["contact"], indent=True)
    para(doc, "")
    para(doc, META["fujian_line"], indent=True)
    para(doc, "")
    para(doc, "")
    para(doc, META["signer"], align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(64)
    para(doc, META["date"], align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(80)
    para(doc, META["public"], indent=True)

    # attachment on a landscape section
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    new.top_margin, new.bottom_margin = Cm(2.6), Cm(2.4)
    new.left_margin, new.right_margin = Cm(2.5), Cm(2.5)
    para(doc, "附件", east="黑体", size=16)
    para(doc, "")
    para(doc, META["att_title"], east="方正小标宋简体", size=22, bold=True,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_after=12)

    ntasks = sum(len(t) for _, t in SECTIONS)
    nrows = 1 + len(SECTIONS) + ntasks
    table = doc.add_table(rows=nrows, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(table, [1000, 4900, 1650, 2050, 2700, 1450])
    hdr = table.rows[0]
    header_repeat(hdr)
    for c, h in zip(hdr.cells, META["header"]):
        cell_set(c, [h], size=12, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    r = 1
    n = 0
    for title, tasks in SECTIONS:
        row = table.rows[r]
        merged = row.cells[0].merge(row.cells[5])
        cell_set(merged, [f"{title}（共{len(tasks)}项）"], size=12, bold=True)
        r += 1
        for t in tasks:
            n += 1
            row = table.rows[r]
            cells = row.cells
            cell_set(cells[0], [str(n)], align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_set(cells[1], t["text"])
            if t.get("cont"):
                vmerge(cells[2], None)
            else:
                # does the next task continue this leader cell?
                vmerge_next = False
                idx = tasks.index(t)
                if idx + 1 < len(tasks) and tasks[idx + 1].get("cont"):
                    vmerge_next = True
                if vmerge_next:
                    vmerge(cells[2], "restart")
                cell_set(cells[2], t["leaders"], align=WD_ALIGN_PARAGRAPH.CENTER)
            if t.get("lead_paras"):
                cell_set(cells[3], t["lead"])
            else:
                cell_set(cells[3], ["、".join(t["lead"])])
            if t["coop"]:
                cell_set(cells[4], [t.get("coop_print") or "、".join(t["coop"])])
            else:
                cell_set(cells[4], [t["coop_none"]], align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_set(cells[5], [t["deadline"]], align=WD_ALIGN_PARAGRAPH.CENTER)
            r += 1
    assert r == nrows

    # 版记
    para(doc, "")
    bj = doc.add_table(rows=2, cols=2)
    bj.style = "Table Grid"
    set_widths(bj, [7000, 6650])
    c = bj.rows[0].cells[0].merge(bj.rows[0].cells[1])
    cell_set(c, [META["chaosong"]], size=14)
    cell_set(bj.rows[1].cells[0], [META["yinfa"][0]], size=14)
    cell_set(bj.rows[1].cells[1], [META["yinfa"][1]], size=14, align=WD_ALIGN_PARAGRAPH.RIGHT)

    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue())


def normalize_zip(data):
    """Rewrite the package with fixed timestamps and a fixed member order."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- pandoc
def ensure_pandoc():
    if shutil.which("pandoc") is None:
        subprocess.run(["apt-get", "install", "-y", "pandoc"], check=True)
    v = subprocess.run(["pandoc", "--version"], capture_output=True, text=True, check=True)
    ver = v.stdout.split("\n")[0].split()[1]
    if ver != PANDOC_EXPECTED:
        print(f"warning: pandoc {ver}, the frozen notice was made with {PANDOC_EXPECTED}",
              file=sys.stderr)
    return ver


# ---------------------------------------------------------------- gold
def head12(paras):
    s = "".join("".join(p.split()) for p in paras)
    return s[:12]


def gold_records():
    out = []
    n = 0
    for _, tasks in SECTIONS:
        for t in tasks:
            n += 1
            if t.get("coop_print"):
                pos = 0
                for u in t["coop"]:
                    k = t["coop_print"].find(u, pos)
                    assert k >= 0, (u, t["coop_print"])
                    pos = k + len(u)
            leaders = ["".join(x.replace("　", "").split()) for x in t["leaders"]]
            out.append({
                "id": str(n),
                "marker": str(n),
                "head": head12(t["text"]),
                "responsible_units": list(t["lead"]) + list(t["coop"]),
                "lead_units": list(t["lead"]),
                "cooperating_units": list(t["coop"]),
                "leaders": leaders,
                "deadline": t["deadline"],
            })
    # the cont rows repeat the leaders of the row their cell is merged with
    return out


def main():
    ver = ensure_pandoc()
    data = build_docx()
    with open(SOURCE, "wb") as f:
        f.write(data)
    # the conversion: pandoc's defaults (rst writer, 72 columns, wrap=auto)
    subprocess.run(["pandoc", "-f", "docx", "-t", "rst", SOURCE, "-o", NOTICE], check=True)
    recs = gold_records()
    assert 20 <= len(recs) <= 45
    with open(GOLD, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"pandoc {ver}; {len(recs)} tasks; wrote {os.path.basename(SOURCE)}, "
          f"{os.path.basename(NOTICE)}, {os.path.basename(GOLD)}")


if __name__ == "__main__":
    main()
