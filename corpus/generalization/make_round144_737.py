#!/usr/bin/python3
"""make_737.py — writer 737 of round 144.

Writes an ordinary 县政府办 red-header Word notice (桐政办发〔2025〕11号) whose 附件 is a landscape task table
序号 / 重点任务 / 责任县领导 / 牵头单位 / 配合单位 / 完成时限, keeps it as 737_source.docx, and puts it through
AbiWord's text exporter (`abiword --to=txt`, Debian package abiword 3.0.5~dfsg-3.2). The notice under test is
AbiWord's output, byte for byte: 737_tongao_xian_gzbg_renwu_fengong.txt. The gold list 737.tasks.gold.jsonl is
written from the same TASKS description below.

Deterministic: the core properties carry fixed dates, the zip is rewritten with fixed timestamps, and AbiWord is
run with a fixed locale and a scratch HOME.
"""
import datetime
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NNN = "737"
SOURCE = os.path.join(HERE, f"{NNN}_source.docx")
NOTICE = os.path.join(HERE, f"{NNN}_tongao_xian_gzbg_renwu_fengong.txt")
GOLD = os.path.join(HERE, f"{NNN}.tasks.gold.jsonl")

# ---------------------------------------------------------------------------------------------------------------
# The structured description of the tasks.
# Each task: (number, task paragraphs, leader cell, lead cell, coop cell, deadline cell)
#   task paragraphs: list of cell paragraphs; a "\n" inside one is a manual line break (Shift+Enter)
#   leader cell: list of cell paragraphs, or "^" = merged down from the row above (vMerge continuation)
#   lead / coop cell: the cell text as typed; "" = empty cell
#   a task cell may end with an empty paragraph ("" as its last paragraph), as a clerk's stray Enter leaves it
# Gold units / leaders are given explicitly, as a careful reader would enter them.
# ---------------------------------------------------------------------------------------------------------------
PARTS = [
    ("一、稳增长扩内需，推动经济持续回升向好（共6项）", [
        dict(n=1, text=["全年地区生产总值增长6%左右，一般公共预算收入增长5%，固定资产投资增长8%，社会消费品零售总额增长6.5%。"],
             leader=["周立新"], lead="县发展和改革局", coop="县统计局、县财政局、县商务局", dl="2025年12月底前",
             g_leaders=["周立新"], g_lead=["县发展和改革局"], g_coop=["县统计局", "县财政局", "县商务局"]),
        dict(n=2, text=["扎实开展“项目建设攻坚年”活动，全年实施县级重点项目120个以上，完成投资85亿元。"],
             leader=["何建平"], lead="县发展和改革局",
             coop="县自然资源局、县住房和城乡建设局、市生态环境局桐岙分局、各乡（镇）人民政府", dl="2025年12月底前",
             g_leaders=["何建平"], g_lead=["县发展和改革局"],
             g_coop=["县自然资源局", "县住房和城乡建设局", "市生态环境局桐岙分局", "各乡（镇）人民政府"]),
        dict(n=3, text=["积极争取超长期特别国债、地方政府专项债券等政策资金，全年争取上级资金12亿元以上。"],
             leader="^", lead="县财政局、县发展和改革局", coop="县直各相关单位", dl="持续推进",
             g_leaders=["何建平"], g_lead=["县财政局", "县发展和改革局"], g_coop=["县直各相关单位"]),
        dict(n=4, text=["开展“桐岙好物”促消费系列活动，落实消费品以旧换新政策，培育夜间经济集聚区2个。"],
             leader=["林海涛"], lead="县商务局", coop="县文化旅游体育局、县市场监督管理局、县财政局",
             dl="2025年12月底前",
             g_leaders=["林海涛"], g_lead=["县商务局"], g_coop=["县文化旅游体育局", "县市场监督管理局", "县财政局"]),
        dict(n=5, text=["推动房地产市场平稳健康发展，支持刚性和改善性住房需求，实施城中村改造项目2个。"],
             leader="^", lead="县住房和城乡建设局", coop="县自然资源局，县财政局", dl="2025年12月底前",
             g_leaders=["林海涛"], g_lead=["县住房和城乡建设局"], g_coop=["县自然资源局", "县财政局"]),
        dict(n=6, text=["加强经济运行监测调度，建立重点企业、重点项目“月调度、季通报”机制。"],
             leader=["何建平"], lead="县发展和改革局", coop="", dl="持续推进",
             g_leaders=["何建平"], g_lead=["县发展和改革局"], g_coop=[]),
    ]),
    ("二、坚持工业强县，加快构建现代化产业体系（共7项）", [
        dict(n=7, text=["实施工业“倍增”计划，规模以上工业增加值增长8%，新增规上工业企业15家以上。"],
             leader=["孙国栋"], lead="县工业和信息化局", coop="县统计局、桐岙经济开发区管委会", dl="2025年12月底前",
             g_leaders=["孙国栋"], g_lead=["县工业和信息化局"], g_coop=["县统计局", "桐岙经济开发区管委会"]),
        dict(n=8, text=["推进纺织服装、绿色建材两条主导产业链延链补链强链，全年引进产业链项目20个以上。"],
             leader="^", lead="县工业和信息化局、县投资促进中心", coop="桐岙经济开发区管委会、各乡（镇）人民政府",
             dl="2025年12月底前",
             g_leaders=["孙国栋"], g_lead=["县工业和信息化局", "县投资促进中心"],
             g_coop=["桐岙经济开发区管委会", "各乡（镇）人民政府"]),
        dict(n=9, text=["加快桐岙经济开发区\n扩区调位，完成新材料产业园基础设施二期工程，新建标准化厂房10万平方米。"],
             leader="^", lead="桐岙经济开发区管委会", coop="县自然资源局、县住房和城乡建设局、县财政局",
             dl="2025年10月底前",
             g_leaders=["孙国栋"], g_lead=["桐岙经济开发区管委会"],
             g_coop=["县自然资源局", "县住房和城乡建设局", "县财政局"]),
        dict(n=10, text=["深入实施招商引资“一号工程”，全年签约亿元以上项目30个，到位资金60亿元以上。"],
             leader=["周立新", "孙国栋"], lead="县投资促进中心", coop="县直各相关单位、各乡（镇）人民政府",
             dl="2025年12月底前",
             g_leaders=["周立新", "孙国栋"], g_lead=["县投资促进中心"], g_coop=["县直各相关单位", "各乡（镇）人民政府"]),
        dict(n=11, text=["实施科技型企业梯次培育工程，高新技术企业达到45家，研发经费投入强度提高0.2个百分点。"],
             leader=["陈雅琴"], lead="县科学技术局", coop="县工业和信息化局、县财政局", dl="2025年12月底前",
             g_leaders=["陈雅琴"], g_lead=["县科学技术局"], g_coop=["县工业和信息化局", "县财政局"]),
        dict(n=12, text=["推动数字经济和实体经济深度融合，新建5G基站150个，培育省级数字化车间3个。"],
             leader="^", lead="县工业和信息化局", coop="中国电信桐岙分公司、中国移动桐岙分公司", dl="",
             g_leaders=["陈雅琴"], g_lead=["县工业和信息化局"], g_coop=["中国电信桐岙分公司", "中国移动桐岙分公司"]),
        dict(n=13, text=["加快发展现代物流业，建成桐岙冷链物流中心并投入运营。"],
             leader=["林海涛"], lead="县商务局", coop="/", dl="2025年9月底前",
             g_leaders=["林海涛"], g_lead=["县商务局"], g_coop=[]),
    ]),
    ("三、全面推进乡村振兴，促进城乡融合发展（共6项）", [
        dict(n=14, text=["坚决扛牢粮食安全政治责任，粮食播种面积稳定在48万亩以上，新建高标准农田3.5万亩。"],
             leader=["赵德明"], lead="县农业农村局", coop="县财政局、县自然资源局、各乡（镇）人民政府",
             dl="2025年11月底前",
             g_leaders=["赵德明"], g_lead=["县农业农村局"], g_coop=["县财政局", "县自然资源局", "各乡（镇）人民政府"]),
        dict(n=15, text=["巩固拓展脱贫攻坚成果，健全防止返贫致贫监测帮扶机制，守牢不发生规模性返贫致贫底线。"],
             leader="^", lead="县农业农村局", coop="县人力资源和社会保障局、县医疗保障局、县教育局", dl="持续推进",
             g_leaders=["赵德明"], g_lead=["县农业农村局"],
             g_coop=["县人力资源和社会保障局", "县医疗保障局", "县教育局"]),
        dict(n=16, text=["做强茶叶、油茶、中药材三大特色产业。",
                         "新增省级农业产业化龙头企业2家，“桐岙白茶”区域公用品牌价值提升10%。"],
             leader="^", lead="县农业农村局、县林业局", coop="县市场监督管理局", dl="2025年12月底前",
             g_leaders=["赵德明"], g_lead=["县农业农村局", "县林业局"], g_coop=["县市场监督管理局"]),
        dict(n=17, text=["实施农村人居环境整治提升行动，农村卫生厕所普及率达到92%，生活垃圾收运处置体系行政村全覆盖。"],
             leader="^", lead="县农业农村局",
             coop="县住房和城乡建设局、市生态环境局桐岙分局、县卫生健康局、各乡（镇）人民政府等", dl="2025年12月底前",
             g_leaders=["赵德明"], g_lead=["县农业农村局"],
             g_coop=["县住房和城乡建设局", "市生态环境局桐岙分局", "县卫生健康局", "各乡（镇）人民政府"]),
        dict(n=18, text=["实施县城城市更新行动，改造老旧小区12个，新建改造城市燃气管网18公里。"],
             leader=["林海涛"], lead="县住房和城乡建设局", coop="县城市管理局、县财政局", dl="2025年11月底前",
             g_leaders=["林海涛"], g_lead=["县住房和城乡建设局"], g_coop=["县城市管理局", "县财政局"]),
        dict(n=19, text=["完善城乡交通路网，建成省道S312线桐岙段改建工程，新改建农村公路80公里。"],
             leader=["王　磊"], lead="县交通运输局", coop="县自然资源局、县财政局、各乡（镇）人民政府",
             dl="2025年12月底前",
             g_leaders=["王磊"], g_lead=["县交通运输局"], g_coop=["县自然资源局", "县财政局", "各乡（镇）人民政府"]),
    ]),
    ("四、深化改革开放，持续优化营商环境（共5项）", [
        dict(n=20, text=["深化“高效办成一件事”改革，新增集成办理事项10项，政务服务事项网上可办率达到98%以上。", ""],
             leader=["何建平"], lead="县政务服务中心", coop="县直各相关单位", dl="2025年6月底前",
             g_leaders=["何建平"], g_lead=["县政务服务中心"], g_coop=["县直各相关单位"]),
        dict(n=21, text=["开展营商环境提升行动，落实涉企收费目录清单制度，全年为企业减税降费2亿元以上。"],
             leader="^", lead="县发展和改革局", coop="县财政局、县税务局、县市场监督管理局", dl="持续推进",
             g_leaders=["何建平"], g_lead=["县发展和改革局"], g_coop=["县财政局", "县税务局", "县市场监督管理局"]),
        dict(n=22, text=["深化县属国有企业改革，推动县城投集团市场化转型，国有资产保值增值率达到100%。"],
             leader="^", lead="县财政局（县国资办）", coop="县城市建设投资集团有限公司", dl="2025年12月底前",
             g_leaders=["何建平"], g_lead=["县财政局（县国资办）"], g_coop=["县城市建设投资集团有限公司"]),
        dict(n=23, text=["稳住外贸外资基本盘，全年进出口总额增长10%，实际使用外资1200万美元。"],
             leader=["林海涛"], lead="县商务局", coop="桐岙经济开发区管委会、县税务局", dl="2025年12月底前",
             g_leaders=["林海涛"], g_lead=["县商务局"], g_coop=["桐岙经济开发区管委会", "县税务局"]),
        dict(n=24, text=["持续开展“万企兴万村”行动，落实促进民营经济发展壮大各项措施，及时清理拖欠企业账款。"],
             leader=["各分管县领导"], lead="县工商业联合会", coop="县工业和信息化局、县财政局", dl="长期坚持",
             g_leaders=[], g_lead=["县工商业联合会"], g_coop=["县工业和信息化局", "县财政局"]),
    ]),
    ("五、加强生态环境保护，推进绿色低碳发展（共4项）", [
        dict(n=25, text=["深入打好蓝天、碧水、净土保卫战，空气质量优良天数比例达到93%以上，县控以上断面水质达标率100%。"],
             leader=["王　磊"], lead="市生态环境局桐岙分局",
             coop="县住房和城乡建设局、县农业农村局、县水利局、县交通运输局", dl="2025年12月底前",
             g_leaders=["王磊"], g_lead=["市生态环境局桐岙分局"],
             g_coop=["县住房和城乡建设局", "县农业农村局", "县水利局", "县交通运输局"]),
        dict(n=26, text=["全面落实河湖长制、林长制，完成营造林2.8万亩，森林覆盖率稳定在68%以上。"],
             leader="^", lead="县水利局、县林业局", coop="各乡（镇）人民政府", dl="2025年12月底前",
             g_leaders=["王磊"], g_lead=["县水利局", "县林业局"], g_coop=["各乡（镇）人民政府"]),
        dict(n=27, text=["推进整县屋顶分布式光伏开发试点，新增新能源装机容量10万千瓦。"],
             leader=["孙国栋"], lead="县发展和改革局", coop="国网桐岙县供电公司、县自然资源局", dl="2025年12月底前",
             g_leaders=["孙国栋"], g_lead=["县发展和改革局"], g_coop=["国网桐岙县供电公司", "县自然资源局"]),
        dict(n=28, text=["抓好中央和省生态环境保护督察反馈问题整改，确保按期整改销号。"],
             leader=["王　磊"], lead="市生态环境局桐岙分局", coop="县直各相关单位、各乡（镇）人民政府",
             dl="按整改方案时限",
             g_leaders=["王磊"], g_lead=["市生态环境局桐岙分局"], g_coop=["县直各相关单位", "各乡（镇）人民政府"]),
    ]),
    ("六、持续保障和改善民生，推进社会治理现代化（共6项）", [
        dict(n=29, text=["实施就业优先战略，城镇新增就业3200人，城镇调查失业率控制在5.5%以内。"],
             leader=["陈雅琴"], lead="县人力资源和社会保障局", coop="县财政局、县教育局", dl="2025年12月底前",
             g_leaders=["陈雅琴"], g_lead=["县人力资源和社会保障局"], g_coop=["县财政局", "县教育局"]),
        dict(n=30, text=["推进城区学校扩容提质，建成县第三实验小学并投入使用，新增学位1800个。"],
             leader="^", lead="县教育局", coop="县发展和改革局、县财政局、县自然资源局、县住房和城乡建设局",
             dl="2025年8月底前",
             g_leaders=["陈雅琴"], g_lead=["县教育局"],
             g_coop=["县发展和改革局", "县财政局", "县自然资源局", "县住房和城乡建设局"]),
        dict(n=31, text=["深化紧密型县域医共体建设，推动县人民医院创成三级医院。"],
             leader="^", lead="县卫生健康局", coop="县医疗保障局、县财政局", dl="2025年12月底前",
             g_leaders=["陈雅琴"], g_lead=["县卫生健康局"], g_coop=["县医疗保障局", "县财政局"]),
        dict(n=32, text=["健全养老服务体系，新建乡镇区域养老服务中心3个，发展老年助餐点30个。"],
             leader="^", lead="县民政局", coop="无", dl="2025年12月底前",
             g_leaders=["陈雅琴"], g_lead=["县民政局"], g_coop=[]),
        dict(n=33, text=["统筹发展和安全，深入推进安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故。"],
             leader=["周立新、何建平"], lead="县应急管理局", coop="县安全生产委员会各成员单位", dl="长期坚持",
             g_leaders=["周立新", "何建平"], g_lead=["县应急管理局"], g_coop=["县安全生产委员会各成员单位"]),
        dict(n=34, text=["扎实办好2025年十件民生实事，确保按时保质完成。"],
             leader=["各分管县领导"], lead="县发展和改革局", coop="民生实事项目各责任单位", dl="2025年12月底前",
             g_leaders=[], g_lead=["县发展和改革局"], g_coop=["民生实事项目各责任单位"]),
    ]),
]

COUNTY = "桐岙县"
ISSUER = "桐岙县人民政府办公室"
WENHAO = "桐政办发〔2025〕11号"
DATE = "2025年3月18日"

COVER_INTRO = ("2025年县政府工作报告已经县第十八届人民代表大会第四次会议审议通过。为确保报告确定的各项目标任务落到"
               "实处，经县人民政府同意，现将《2025年县政府工作报告重点工作任务分工方案》印发给你们，并提出如下要求，"
               "请认真抓好贯彻落实。")
COVER_POINTS = [
    ("压实工作责任。", "责任县领导要加强对分管领域重点工作的统筹调度，定期听取进展情况汇报，协调解决推进中的重大问题。"
     "牵头单位是任务落实的第一责任单位，要制定具体推进计划，明确时间节点和责任人；牵头单位有两个的，排在第一位的为主牵头单位，"
     "负责汇总报送进展情况。配合单位要主动对接、密切配合，按照职责分工抓好相关工作。"),
    ("强化督查问效。", "县政府督查室将重点工作任务纳入年度督查计划，实行清单化管理、台账式推进。各牵头单位要于每季度末月"
     "25日前将进展情况书面报送县政府督查室，全年完成情况于12月15日前报送。对工作推进不力、进度严重滞后的，"
     "将按照有关规定予以通报问责。"),
    ("加强宣传引导。", "各乡（镇）、各部门要及时总结推广推进重点工作的好经验、好做法，主动回应社会关切，"
     "为完成全年目标任务营造良好氛围。"),
]
CONTACT = "（联系人：县政府督查室　吴　静，联系电话：0000-6012345）"
ATTACH_TITLE = "2025年县政府工作报告重点工作任务分工方案"

# ---------------------------------------------------------------------------------------------------------------
FANGSONG = "仿宋_GB2312"
HEITI = "黑体"
KAITI = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.bold = bold if bold else None
    rpr = run._r.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(container, text="", font=FANGSONG, size=16, bold=False, align=None, indent=True, color=None,
         space_before=0, space_after=0, line=28):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    parts = text.split("\n")
    for i, t in enumerate(parts):
        if i:
            r = p.add_run()
            r.add_break()
        if t:
            set_font(p.add_run(t), font, size, bold, color)
    return p


def cell_text(cell, paras, font=FANGSONG, size=12, align=None, bold=False):
    """Fill a cell with one or more paragraphs; "\n" inside a paragraph is a manual line break."""
    first = True
    for t in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(18)
        if align is not None:
            p.alignment = align
        for i, seg in enumerate(t.split("\n")):
            if i:
                p.add_run().add_break()
            if seg:
                set_font(p.add_run(seg), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def add_field_footer(footer, align):
    p = footer.paragraphs[0]
    p.alignment = align
    set_font(p.add_run("— "), "宋体", 14)
    for xml in (f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>',
                f'<w:instrText {nsdecls("w")} xml:space="preserve"> PAGE </w:instrText>',
                f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'):
        r = p.add_run()
        set_font(r, "宋体", 14)
        r._r.append(parse_xml(xml))
    set_font(p.add_run("1"), "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))
    set_font(p.add_run(" —"), "宋体", 14)


def set_cell_borders(cell, **edges):
    tcPr = cell._tc.get_or_add_tcPr()
    b = parse_xml(f'<w:tcBorders {nsdecls("w")}/>')
    for edge in ("top", "left", "bottom", "right"):
        v = edges.get(edge)
        if v:
            b.append(parse_xml(f'<w:{edge} {nsdecls("w")} w:val="single" w:sz="{v}" w:space="0" w:color="000000"/>'))
        else:
            b.append(parse_xml(f'<w:{edge} {nsdecls("w")} w:val="nil"/>'))
    tcPr.append(b)


def build_docx(path):
    doc = Document()
    doc.settings.odd_and_even_pages_header_footer = True
    # numbering for the three cover requirements: 一、 二、 三、 (Word automatic numbering, chineseCounting)
    numbering = doc.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="37"><w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        f'<w:rPr><w:rFonts w:ascii="{HEITI}" w:hAnsi="{HEITI}" w:eastAsia="{HEITI}"/><w:sz w:val="32"/></w:rPr>'
        f'</w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="37"><w:abstractNumId w:val="37"/></w:num>'))

    st = doc.styles["Normal"]
    st.font.name = FANGSONG
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    rf.set(qn("w:eastAsia"), FANGSONG)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(28)
    add_field_footer(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    add_field_footer(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)

    # ---- 版头 ----
    para(doc, "", indent=False)
    para(doc, f"{ISSUER}文件", font=XBS, size=36, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         color="FF0000", line=40)
    para(doc, "", indent=False)
    p = para(doc, WENHAO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="24" w:space="12" w:color="FF0000"/></w:pBdr>'))
    para(doc, "", indent=False)
    # ---- 标题 (one paragraph, a manual line break) ----
    para(doc, f"{ISSUER}\n关于印发2025年县政府工作报告重点工作任务分工方案的通知", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    para(doc, "", indent=False)
    para(doc, "各乡（镇）人民政府，桐岙经济开发区管委会，县人民政府各部门、各直属机构：", indent=False)
    para(doc, COVER_INTRO)
    for head, body in COVER_POINTS:
        p = doc.add_paragraph()
        p.paragraph_format.line_spacing = Pt(28)
        p.paragraph_format.space_after = Pt(0)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="37"/></w:numPr>'))
        set_font(p.add_run(head), HEITI, 16)
        set_font(p.add_run(body), FANGSONG, 16)
    para(doc, CONTACT)
    para(doc, "")
    para(doc, f"附件：{ATTACH_TITLE}")
    para(doc, "")
    para(doc, "")
    para(doc, "")
    para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, DATE + "　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "")
    para(doc, "（此件公开发布）")

    # ---- 附件: landscape section ----
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Mm(297), Mm(210)
    s2.top_margin, s2.bottom_margin = Mm(28), Mm(26)
    s2.left_margin, s2.right_margin = Mm(37), Mm(35)
    para(doc, "附件", font=HEITI, size=16, indent=False)
    para(doc, "", indent=False)
    para(doc, ATTACH_TITLE, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    para(doc, "", indent=False)

    heads = ["序号", "重点任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]
    widths = [Mm(13), Mm(85), Mm(24), Mm(35), Mm(42), Mm(26)]
    nrows = 1 + sum(1 + len(ts) for _, ts in PARTS)
    table = doc.add_table(rows=nrows, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(widths[i].twips))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]
    hdr = table.rows[0]
    hdr._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
    for i, h in enumerate(heads):
        cell_text(hdr.cells[i], [h], font=HEITI, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    r = 1
    runs = []                      # [first_row, last_row] of each leader cell
    for title, tasks in PARTS:
        row = table.rows[r]
        m = row.cells[0].merge(row.cells[5])
        cell_text(m, [title], font=HEITI, size=12)
        r += 1
        for t in tasks:
            cells = table.rows[r].cells
            cell_text(cells[0], [str(t["n"])], align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(cells[1], t["text"])
            if t["leader"] == "^":
                runs[-1][1] = r    # continues the leader cell above (same part only)
            else:
                cell_text(cells[2], t["leader"], align=WD_ALIGN_PARAGRAPH.CENTER)
                runs.append([r, r])
            cell_text(cells[3], [t["lead"]])
            cell_text(cells[4], [t["coop"]])
            cell_text(cells[5], [t["dl"]], align=WD_ALIGN_PARAGRAPH.CENTER)
            r += 1
    for a, b in runs:
        if b > a:
            table.cell(a, 2).merge(table.cell(b, 2))

    # ---- 版记: portrait section, a borderless table with rules ----
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Mm(210), Mm(297)
    s3.top_margin, s3.bottom_margin = Mm(37), Mm(35)
    s3.left_margin, s3.right_margin = Mm(28), Mm(26)
    for _ in range(3):
        para(doc, "", indent=False)
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = bj.cell(0, 0), bj.cell(1, 0)
    cell_text(c0, ["抄送：县委各部门，县人大常委会办公室，县政协办公室，县人民法院，县人民检察院。"], size=14)
    set_cell_borders(c0, top=12, bottom=4)
    p = c1.paragraphs[0]
    set_font(p.add_run(f"{ISSUER}"), FANGSONG, 14)
    p.add_run().add_tab()
    set_font(p.add_run(f"{DATE}印发"), FANGSONG, 14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(154), alignment=2)
    set_cell_borders(c1, bottom=12)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 3, 18, 9, 30, 0)
    cp.author = "县政府办文秘科"
    cp.last_modified_by = "县政府办文秘科"
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 3
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 18, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def ensure_abiword():
    if shutil.which("abiword") is None:
        subprocess.run(["apt-get", "install", "-y", "abiword"], check=True)
    v = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "abiword"], capture_output=True, text=True).stdout
    return v.strip()


def run_abiword(src, dst):
    with tempfile.TemporaryDirectory() as home:
        env = {"PATH": "/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
        tmp_out = os.path.join(home, "out.txt")
        subprocess.run(["abiword", "--to=txt", "-o", tmp_out, src], env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(tmp_out, "rb") as f:
            data = f.read()
    with open(dst, "wb") as f:
        f.write(data)          # byte for byte as AbiWord wrote it


def head12(s):
    s = "".join(ch for ch in s if not ch.isspace())
    return s[:12]


def write_gold(path):
    lines = []
    for _, tasks in PARTS:
        for t in tasks:
            text = "".join(t["text"])
            rec = {
                "id": str(t["n"]),
                "marker": str(t["n"]),
                "head": head12(text),
                "responsible_units": t["g_lead"] + t["g_coop"],
                "lead_units": t["g_lead"],
                "cooperating_units": t["g_coop"],
                "leaders": t["g_leaders"],
                "deadline": t["dl"] or None,
            }
            lines.append(json.dumps(rec, ensure_ascii=False))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    version = ensure_abiword()
    build_docx(SOURCE)
    run_abiword(SOURCE, NOTICE)
    write_gold(GOLD)
    n = sum(len(ts) for _, ts in PARTS)
    print(f"wrote {SOURCE}, {NOTICE} (abiword {version} --to=txt), {GOLD} ({n} tasks)")


if __name__ == "__main__":
    main()
