#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 67, case 367 (control case): a 县人民政府办公室 notice whose 分工方案 is
written in paragraphs.  Parts 一、二、… are typed headings (黑体); the tasks are
body paragraphs numbered by Word's automatic list numbering (w:numPr, %1.,
one list running on 1–36 across the parts); each task ends with a 楷体 bracket
（责任县领导：…；牵头单位：…；配合单位：…）.

Writes 367_tanyuan_xian_gzbg_fengong_zidong_bianhao.docx next to this script.
"""
import os
import copy

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "367_tanyuan_xian_gzbg_fengong_zidong_bianhao.docx")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

ISSUER = "檀源县人民政府办公室"
WENHAO = "檀政办发〔2025〕9号"
TITLE = "檀源县人民政府办公室关于印发2025年县《政府工作报告》重点工作任务分工方案的通知"
DATE = "2025年3月14日"

# ---------------------------------------------------------------- the 方案 text
# (heading, [(task text, clause), ...]); the clause is printed in 楷体 at the end
PARTS = [
    ("一、稳增长扩投资，推动经济运行持续向好", [
        ("全县地区生产总值增长6%左右，规模以上工业增加值增长7%，固定资产投资增长8%，社会消费品零售总额增长6.5%，一般公共预算收入增长5%。",
         "（责任县领导：何振宇；牵头单位：县发展和改革局；配合单位：县统计局、县财政局、县工业和信息化局、县商务局）"),
        ("全年实施县级重点项目120个，完成投资150亿元以上，力争新开工亿元以上项目30个，滨河现代物流园、檀源220千伏输变电工程等项目建成投用。",
         "（责任县领导：唐立新；牵头单位：县发展和改革局；配合单位：县自然资源局、县住房和城乡建设局、国网檀源县供电公司、各乡（镇）人民政府）"),
        ("积极争取超长期特别国债、地方政府专项债券等资金支持，全年争取上级资金25亿元以上。",
         "（责任县领导：唐立新；牵头单位：县财政局、县发展和改革局）"),
        ("坚持把招商引资作为“一号工程”，全年引进亿元以上项目40个，实际到位县外资金80亿元以上。",
         "（责任县领导：何振宇；牵头单位：县投资促进中心；配合单位：檀源经济开发区管委会、县商务局、各乡（镇）人民政府）"),
        ("开展“檀源好物”促消费系列活动20场以上，落实汽车、家电以旧换新政策，培育夜间消费集聚区2个。",
         "（责任县领导：许文涛；牵头单位：县商务局；配合单位：县财政局、县文化和旅游局、县市场监督管理局）"),
        ("强化重点项目用地保障，全年报批建设用地3000亩以上，盘活批而未供和闲置土地1200亩。",
         "（责任县领导：唐立新；牵头单位：县自然资源局）"),
    ]),
    ("二、做强实体经济，加快构建现代化产业体系", [
        ("实施工业倍增行动，新增规模以上工业企业25家，培育省级专精特新中小企业8家。",
         "（责任县领导：曾广平；牵头单位：县工业和信息化局；配合单位：檀源经济开发区管委会、县统计局）"),
        ("推进檀源经济开发区扩区调位，新建标准化厂房20万平方米，园区规模以上工业产值突破200亿元。",
         "（责任县领导：曾广平；牵头单位：檀源经济开发区管委会；配合单位：县自然资源局、县住房和城乡建设局）"),
        ("支持企业技术改造和数字化转型，实施技改项目30个，新增国家高新技术企业10家。",
         "（责任县领导：曾广平；牵头单位：县工业和信息化局、县科学技术局；配合单位：县财政局）"),
        ("推进全域旅游发展，加快青螺湖景区创建国家4A级旅游景区，全年接待游客580万人次。",
         "（责任县领导：苏晓岚；牵头单位：县文化和旅游局；配合单位：县交通运输局、县自然资源局、青螺湖镇人民政府）"),
        ("大力发展现代物流、电子商务等生产性服务业，建成县级电商公共服务中心，农村网络零售额增长15%。",
         "（责任县领导：许文涛；牵头单位：县商务局；配合单位：县交通运输局、县农业农村局）"),
        ("落实结构性减税降费政策，深化“万人助万企”活动，全年新增企业贷款100亿元。",
         "（责任县领导：唐立新；牵头单位：县财政局；配合单位：县税务局、县地方金融服务中心、县工业和信息化局）"),
    ]),
    ("三、全面推进乡村振兴，加快农业农村现代化", [
        ("严格落实粮食安全党政同责，粮食播种面积稳定在68万亩以上，新建高标准农田4.5万亩。",
         "（责任县领导：罗静怡；牵头单位：县农业农村局；配合单位：县财政局、县自然资源局、县水利局、各乡（镇）人民政府）"),
        ("巩固拓展脱贫攻坚成果，健全防止返贫致贫监测和帮扶机制，坚决守住不发生规模性返贫致贫底线。",
         "（责任县领导：罗静怡；牵头单位：县农业农村局；配合单位：县民政局、县医疗保障局、县人力资源和社会保障局、各乡（镇）人民政府）"),
        ("做强茶叶、油茶、生猪等特色产业，新增省级农业产业化龙头企业3家，茶园面积达到12万亩。",
         "（责任县领导：罗静怡；牵头单位：县农业农村局；配合单位：县林业局、县市场监督管理局）"),
        ("深入实施农村人居环境整治提升行动，农村卫生厕所普及率达到92%，打造和美乡村示范村15个。",
         "（责任县领导：罗静怡；牵头单位：县农业农村局；配合单位：县住房和城乡建设局、市生态环境局檀源分局、各乡（镇）人民政府）"),
        ("加快水利基础设施建设，完成大坪水库除险加固，新增和改善灌溉面积3.2万亩。",
         "（责任县领导：罗静怡；牵头单位：县水利局）"),
        ("深化农村集体产权制度改革，集体经济年经营性收入10万元以上的村占比达到60%。",
         "（责任县领导：罗静怡；牵头单位：县农业农村局；配合单位：县财政局、各乡（镇）人民政府）"),
    ]),
    ("四、深化改革开放，持续优化营商环境", [
        ("深化“放管服”改革，推进“高效办成一件事”，政务服务事项全程网办率达到90%以上。",
         "（责任县领导：许文涛；牵头单位：县行政审批服务局；配合单位：县数据资源管理局、县直有关单位）"),
        ("实施国有企业改革深化提升行动，完成县属国有企业整合重组，推动融资平台公司市场化转型。",
         "（责任县领导：唐立新；牵头单位：县国有资产服务中心；配合单位：县财政局、檀源县城市建设投资集团有限公司）"),
        ("开展营商环境对标提升行动，建立涉企诉求“接诉即办”机制，营商环境评价进入全市前三位。",
         "（责任县领导：何振宇；牵头单位：县发展和改革局；配合单位：县行政审批服务局、县市场监督管理局、县司法局）"),
        ("扩大高水平对外开放，支持企业开拓国际市场，外贸进出口总额增长10%。",
         "（责任县领导：许文涛；牵头单位：县商务局；配合单位：檀源经济开发区管委会）"),
    ]),
    ("五、推进城乡融合发展，提升县城综合承载能力", [
        ("实施城市更新行动，改造老旧小区18个、城中村2个，新建改建城市道路6公里。",
         "（责任县领导：曾广平；牵头单位：县住房和城乡建设局；配合单位：县自然资源局、县城市管理局、城关镇人民政府）"),
        ("加快交通基础设施建设，推进省道218线檀源段改建，完成农村公路提质改造120公里。",
         "（责任县领导：曾广平；牵头单位：县交通运输局；配合单位：县自然资源局、各乡（镇）人民政府）"),
        ("深入打好蓝天、碧水、净土保卫战，县城空气质量优良天数比例保持在95%以上，国省控断面水质达标率100%。",
         "（责任县领导：曾广平；牵头单位：市生态环境局檀源分局；配合单位：县住房和城乡建设局、县农业农村局、县水利局、县城市管理局）"),
        ("全面推行林长制，完成人工造林1.5万亩，森林覆盖率稳定在68%以上。",
         "（责任县领导：罗静怡；牵头单位：县林业局）"),
        ("因城施策促进房地产市场平稳健康发展，全面完成保交房任务。",
         "（责任县领导：曾广平；牵头单位：县住房和城乡建设局；配合单位：县自然资源局、县财政局、县税务局）"),
    ]),
    ("六、坚持人民至上，持续增进民生福祉", [
        ("落实就业优先政策，城镇新增就业4200人，城镇调查失业率控制在5.5%以内。",
         "（责任县领导：许文涛；牵头单位：县人力资源和社会保障局）"),
        ("推动义务教育优质均衡发展，新建、改扩建中小学和幼儿园6所，新增学位3600个。",
         "（责任县领导：苏晓岚；牵头单位：县教育体育局；配合单位：县发展和改革局、县财政局、县自然资源局）"),
        ("深化紧密型县域医共体建设，加快县人民医院新院区建设，每千人口执业（助理）医师数达到2.9人。",
         "（责任县领导：苏晓岚；牵头单位：县卫生健康局；配合单位：县医疗保障局、县发展和改革局）"),
        ("健全多层次社会保障体系，城乡居民基本养老保险参保率稳定在95%以上，新建村级互助养老服务点30个。",
         "（责任县领导：许文涛、苏晓岚；牵头单位：县人力资源和社会保障局、县民政局；配合单位：县财政局）"),
        ("用心用情办好十件民生实事，全年投入财政资金不低于5亿元。",
         "（责任县领导：何振宇；牵头单位：县政府办公室；配合单位：县财政局、民生实事各责任单位）"),
        ("统筹发展和安全，深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故。",
         "（责任县领导：唐立新；牵头单位：县应急管理局；配合单位：县安委会各成员单位）"),
        ("深化平安檀源建设，常态化开展扫黑除恶斗争，依法严厉打击电信网络诈骗等违法犯罪。",
         "（责任县领导：彭志刚；牵头单位：县公安局；配合单位：县司法局）"),
    ]),
    ("七、加强政府自身建设，提升依法行政水平", [
        ("自觉接受县人大及其常委会的法律监督和工作监督，人大代表建议和政协委员提案办结率达到100%。",
         "（责任县领导：唐立新；牵头单位：县政府办公室；配合单位：县司法局、县直有关单位）"),
        ("坚持政府过紧日子，一般性支出压减5%以上，强化审计监督和财会监督。",
         "（责任县领导：唐立新；牵头单位：县财政局、县审计局）"),
    ]),
]

REQUIREMENTS = [
    ("（一）加强组织领导。", "各责任县领导要加强对分管领域重点工作的调度，牵头单位要切实履行主体责任，制定具体推进措施，明确时间表、路线图；配合单位要主动对接、密切配合，形成工作合力。"),
    ("（二）强化跟踪问效。", "县政府督查室要将各项任务纳入年度督查重点，实行清单化管理、销号式推进。各牵头单位于每季度最后一个月25日前将工作推进情况报县政府督查室，全年工作完成情况于12月10日前报送。"),
    ("（三）严格考核奖惩。", "任务完成情况纳入全县高质量发展综合绩效考核，对工作推进不力、进度严重滞后的单位，按规定予以通报并约谈。"),
]


# ---------------------------------------------------------------- helpers
def set_run_font(run, font, size=16, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first_indent=True, line=28.9, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first_indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align


def para(doc, text="", font=FS, size=16, align=None, first_indent=True, bold=False,
         color=None, line=28.9, before=0, after=0):
    p = doc.add_paragraph()
    fmt(p, align, first_indent, line, before, after)
    if text:
        set_run_font(p.add_run(text), font, size, bold, color)
    return p


def add_border(p, side, sz=12, color="FF0000", space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        # pBdr goes after keepNext/…/numPr/… and before shd/tabs/spacing/ind/jc
        ppr.insert(0, pbdr)
        # move it to a schema-valid place: before w:spacing if present
        for tag in ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc"):
            el = ppr.find(qn(tag))
            if el is not None:
                el.addprevious(pbdr)
                break
    pbdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                          % (side, nsdecls("w"), sz, space, color)))


def add_numbering(doc):
    """One abstractNum: level 0 decimal '%1.', no suffix tab, first-line indent
    two characters (640 twips), like a 公文 body paragraph."""
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        '<w:abstractNum %s w:abstractNumId="11">'
        '<w:nsid w:val="5A3C2E17"/>'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:tmpl w:val="0A1E2B4C"/>'
        '<w:lvl w:ilvl="0">'
        '<w:start w:val="1"/>'
        '<w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/>'
        '<w:lvlText w:val="%%1."/>'
        '<w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hint="default"/>'
        '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>'
        '</w:lvl>'
        '</w:abstractNum>' % nsdecls("w"))
    used = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    num_id = max(used + [0]) + 1
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="11"/></w:num>'
                    % (nsdecls("w"), num_id))
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(num)
    return num_id


def set_numpr(p, num_id, ilvl=0):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), ilvl, num_id))
    # numPr comes after pStyle/keepNext/keepLines/pageBreakBefore/framePr/widowControl
    anchor = None
    for tag in ("w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl"):
        el = ppr.find(qn(tag))
        if el is not None:
            anchor = el
    if anchor is not None:
        anchor.addnext(numpr)
    else:
        ppr.insert(0, numpr)


def add_page_field(p, font="宋体", size=14):
    def r(text=None, fld=None, instr=None):
        run = p.add_run()
        set_run_font(run, font, size)
        if fld:
            run._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), fld)))
        elif instr:
            el = parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>' % (nsdecls("w"), instr))
            run._r.append(el)
        else:
            run.text = text
    r("— ")
    r(fld="begin")
    r(instr=" PAGE ")
    r(fld="separate")
    r("1")
    r(fld="end")
    r(" —")


# ---------------------------------------------------------------- document
def build():
    doc = Document()

    # page: A4, GB/T 9704 margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(28)

    normal = doc.styles["Normal"]
    normal.font.name = FS
    normal.font.size = Pt(16)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    # footer: — N —, centred
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    num_id = add_numbering(doc)

    # ---- 版头
    para(doc, "", first_indent=False)
    para(doc, "", first_indent=False)
    para(doc, "檀源县人民政府办公室文件", font=XBS, size=36, align=WD_ALIGN_PARAGRAPH.CENTER,
         first_indent=False, color=RGBColor(0xFF, 0, 0), line=60)
    para(doc, "", first_indent=False)
    p = para(doc, WENHAO, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, after=4)
    add_border(p, "bottom", sz=18, space=6)
    para(doc, "", first_indent=False)

    # ---- 标题
    para(doc, TITLE, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
         first_indent=False, line=35)
    para(doc, "", first_indent=False)

    # ---- 主送、正文
    para(doc, "各乡（镇）人民政府，檀源经济开发区管委会，县政府各部门、各直属机构：", first_indent=False)
    para(doc, "《政府工作报告》已经县第十八届人民代表大会第五次会议审议通过。为确保报告确定的各项目标任务落到实处，"
              "经县人民政府同意，现将《2025年县〈政府工作报告〉重点工作任务分工方案》印发给你们，请结合工作实际，"
              "认真抓好贯彻落实。")
    para(doc, "各牵头单位要会同配合单位细化工作措施，明确责任人和完成时限，于3月31日前将具体推进方案报县政府督查室；"
              "工作中遇到的重大问题，要及时向责任县领导报告。")
    para(doc, "")
    para(doc, "")
    para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False).paragraph_format.right_indent = Pt(64)
    para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False).paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）")

    # ---- 方案 on a new page
    p = para(doc, "", first_indent=False)
    p.paragraph_format.page_break_before = True
    para(doc, "2025年县《政府工作报告》重点工作任务分工方案", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=35)
    para(doc, "", first_indent=False)
    para(doc, "为全面完成县第十八届人民代表大会第五次会议审议通过的《政府工作报告》确定的目标任务，"
              "现将重点工作任务分解如下。")

    for heading, tasks in PARTS:
        para(doc, heading, font=HT)
        for text, clause in tasks:
            p = para(doc, "", first_indent=False)
            set_numpr(p, num_id)
            # the level's w:ind gives the first-line indent; no direct ind here
            set_run_font(p.add_run(text), FS, 16)
            set_run_font(p.add_run(clause), KT, 16)

    para(doc, "八、工作要求", font=HT)
    for lead, body in REQUIREMENTS:
        p = para(doc)
        set_run_font(p.add_run(lead), KT, 16)
        set_run_font(p.add_run(body), FS, 16)

    # ---- 版记 (last page): 抄送 and 印发 lines between rules
    para(doc, "")
    para(doc, "")
    p = para(doc, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。", size=14,
             first_indent=False)
    p.paragraph_format.left_indent = Pt(14)
    add_border(p, "top", sz=8, color="000000", space=4)
    add_border(p, "bottom", sz=4, color="000000", space=4)
    p = para(doc, "", size=14, first_indent=False)
    p.paragraph_format.left_indent = Pt(14)
    set_run_font(p.add_run("檀源县人民政府办公室"), FS, 14)
    set_run_font(p.add_run("\t"), FS, 14)
    set_run_font(p.add_run("2025年3月14日印发"), FS, 14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(155), alignment=WD_TAB_ALIGNMENT.RIGHT)
    add_border(p, "bottom", sz=8, color="000000", space=4)

    doc.core_properties.title = TITLE
    doc.core_properties.author = "县政府办公室秘书科"
    doc.save(OUT)
    return OUT


if __name__ == "__main__":
    print(build())
