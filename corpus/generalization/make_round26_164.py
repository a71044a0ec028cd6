#!/usr/bin/python3
"""Round 26 (folder c): 164_zhiyang_xian_pdftotext_layout_gongwen.txt and its gold.

芷阳县人民政府办公室's notice on the 2025 为民办实事 (people's-livelihood projects), set as a county's 公文 is set
(A4, 公文 margins, 16 pt body on a 28-character line, exact 29 pt line pitch, first lines indented two
characters, a running head on every page, `— N —` centred at the foot), printed to PDF by LibreOffice and turned
into text with `pdftotext -layout` (poppler).  The .txt IS poppler's output, byte for byte (form feeds kept).

Tasks: the body's `（一）`…`（九）` (二、工作措施) each closing with `（责任单位：…）`, and the attachment's `1.`… restarting
under each `一、`…`八、` (ids section.number).  The body states once that the first unit leads (下同).
Clauses wrap across lines, several across page breaks; PAD (below) is tuned so that one clause is cut right at
a page break.  Names are invented.

Run: /usr/bin/python3 make_round26_164.py   (python-docx, LibreOffice, poppler-utils)
The GOLD list is typed by hand below (GOLD_BODY, GOLD_ATT); check() compares it with the printed text.
"""
import json
import os
import re
import subprocess
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Inches, Mm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__)) + "/"
NAME = "164_zhiyang_xian_pdftotext_layout_gongwen"
TMP = "/tmp/r26c164/"

FS, KT, HT, XBS = "仿宋_GB2312", "楷体_GB2312", "黑体", "方正小标宋简体"

MARK = "芷阳县人民政府办公室文件"
WENHAO = "芷政办发〔2025〕9号"
TITLE = ["芷阳县人民政府办公室关于做好2025年", "县政府为民办实事工作的通知"]
ZHUSONG = "各乡镇人民政府，县政府各部门、各直属机构："

INTRO = [
    "经县人民政府研究，决定2025年继续组织实施县政府为民办实事工作，集中办好教育惠民、健康医疗、养老托育、就业增收、交通出行、住房保障、文体惠民、平安守护等8个方面30件民生实事（见附件）。为确保各项实事项目按期保质完成、群众满意，现就有关事项通知如下。",
]
H1 = "一、总体要求"
ZONGTI = [
    "坚持以人民为中心的发展思想，坚持尽力而为、量力而行，聚焦群众急难愁盼问题，按照“项目化、清单化、责任化”要求，逐项明确责任单位、建设内容和完成时限，做到件件有着落、事事有回音。本通知所列工作措施和附件所列实事项目，责任单位中排在第一位的为牵头单位，其余为配合单位，下同。牵头单位对项目推进负总责，配合单位要主动对接、密切协作，形成工作合力。",
]
H2 = "二、工作措施"
# (heading, text, clause units) -- the body's tasks
BODY = [
    ("建立项目推进台账。",
     "各牵头单位要对照实事项目清单，于3月20日前制定项目实施方案，逐项细化年度目标、建设内容、资金来源和时间节点，建立“一项目一台账”，实行挂图作战、销号管理。",
     ["县发展和改革局", "县政府督查室", "县财政局"]),
    ("保障项目建设资金。",
     "县财政要将实事项目所需资金优先列入年度预算，统筹用好上级补助资金、地方政府专项债券和县级财力，严格执行资金拨付程序，确保资金及时足额到位、专款专用，严禁截留、挤占、挪用。",
     ["县财政局", "县发展和改革局", "县审计局"]),
    ("加快前期手续办理。",
     "对纳入实事清单的建设类项目，开通审批“绿色通道”，推行并联审批、容缺受理，立项、规划、用地、环评等手续原则上在5月底前办结。",
     ["县行政审批服务局", "县自然资源局", "县住房和城乡建设局", "市生态环境局芷阳分局"]),
    ("强化项目用地保障。",
     "优先保障实事项目新增建设用地指标，对学校、医院、养老服务设施等公益性项目依法依规采取划拨方式供地，做好征地拆迁和群众工作。",
     ["县自然资源局", "城关镇人民政府", "各乡镇人民政府"]),
    ("严把工程质量安全。",
     "严格落实项目法人责任制、招标投标制、工程监理制和合同管理制，加强施工现场安全生产监管，每季度开展一次质量安全专项检查，坚决杜绝“豆腐渣”工程。",
     ["县住房和城乡建设局", "县交通运输局", "县水利局", "县应急管理局"]),
    ("规范项目招标采购。",
     "实事项目涉及的工程建设、货物和服务采购，一律进入县公共资源交易中心公开交易，严禁化整为零规避招标，主动接受社会监督。",
     ["县公共资源交易中心", "县财政局", "县发展和改革局"]),
    ("做好建成项目运营管护。",
     "坚持建管并重，项目建成后及时办理移交手续，明确管护主体、管护责任和管护经费，防止出现“重建设、轻管理”和建成后闲置等问题。",
     ["各项目牵头单位", "县财政局", "各乡镇人民政府"]),
    ("广泛听取群众意见。",
     "通过“芷阳发布”政务新媒体、12345政务服务便民热线、人大代表和政协委员座谈会等渠道，常态化收集群众对实事项目的意见建议，及时回应社会关切。",
     ["县政府办公室", "县信访局", "县融媒体中心"]),
    ("加强宣传引导。",
     "综合运用报刊、广播电视、网络等媒体，全方位宣传实事项目实施进展和成效，讲好民生故事，营造全社会关心支持民生实事的良好氛围。",
     ["县委宣传部", "县融媒体中心"]),
]
H3 = "三、工作要求"
YAOQIU = [
    "一要加强组织领导。各责任单位要把办好民生实事作为践行宗旨的具体行动，主要负责同志亲自研究、亲自部署，分管负责同志靠前指挥、具体推动，确保各项任务落到实处。",
    "二要加强督查考核。县政府督查室要将实事项目纳入年度重点督查事项，实行月调度、季通报、年考评。各牵头单位于每月25日前将项目进展情况报县政府督查室，对进度滞后的项目及时预警、督促整改。",
    "三要加强信息公开。各牵头单位要通过县政府门户网站等渠道，及时公开项目实施进度和资金使用情况，自觉接受人大代表、政协委员和社会各界监督，年底前向社会公布办理结果。",
]
FUJIAN = "附件：芷阳县2025年县政府为民办实事项目责任分工"
SIGN = "芷阳县人民政府办公室"
DATE = "2025年3月6日"

ATT_TITLE = "芷阳县2025年县政府为民办实事项目责任分工"
ATT_TITLE_LINES = ["芷阳县2025年县政府为民办实事项目", "责任分工"]
# (section heading, [(text, units)])
ATT = [
    ("一、教育惠民（4件）", [
        ("新建芷阳县第三实验小学，新增学位1620个，2025年8月底前投入使用。",
         ["县教育体育局", "县住房和城乡建设局", "县自然资源局", "城关镇人民政府"]),
        ("改扩建乡镇公办幼儿园6所，新增普惠性学位540个，公办园在园幼儿占比达到60%以上。",
         ["县教育体育局", "县财政局", "有关乡镇人民政府"]),
        ("为全县义务教育阶段学校更新课桌椅1.2万套，完成28所学校教室照明改造。",
         ["县教育体育局", "县财政局"]),
        ("为农村义务教育学生提供营养膳食补助，受益学生3.1万人。",
         ["县教育体育局", "县财政局", "县市场监督管理局"]),
    ]),
    ("二、健康医疗（4件）", [
        ("建成县人民医院胸痛、卒中、创伤救治中心，完善县域急诊急救网络。",
         ["县卫生健康局", "县人民医院"]),
        ("为全县65周岁及以上老年人免费开展一次健康体检，体检人数达到4.5万人。",
         ["县卫生健康局", "县财政局", "各乡镇人民政府"]),
        ("完成12个村卫生室标准化建设，实现医保结算村级全覆盖。",
         ["县卫生健康局", "县医疗保障局", "有关乡镇人民政府"]),
        ("为适龄女生免费接种HPV疫苗，接种人数1800人以上。",
         ["县卫生健康局", "县教育体育局", "县财政局"]),
    ]),
    ("三、养老托育（4件）", [
        ("新建城区嵌入式养老服务中心3个、农村互助养老服务点20个。",
         ["县民政局", "县住房和城乡建设局", "各乡镇人民政府"]),
        ("为200户特殊困难老年人家庭实施适老化改造。",
         ["县民政局", "县残疾人联合会"]),
        ("新增普惠托育位260个，每千人口拥有3岁以下婴幼儿托位数达到4.5个。",
         ["县卫生健康局", "县发展和改革局", "县教育体育局"]),
        ("为80周岁以上老年人发放高龄津贴，确保按月足额发放到位。",
         ["县民政局", "县财政局"]),
    ]),
    ("四、就业增收（4件）", [
        ("城镇新增就业3200人，城镇调查失业率控制在5.5%以内。",
         ["县人力资源和社会保障局", "县发展和改革局", "各乡镇人民政府"]),
        ("开展职业技能培训5000人次，新建技能大师工作室2个。",
         ["县人力资源和社会保障局", "县总工会", "县职业技术教育中心"]),
        ("建设“家门口”就业服务站15个，为脱贫人口和农村低收入人口提供就业岗位800个。",
         ["县人力资源和社会保障局", "县乡村振兴局", "各乡镇人民政府"]),
        ("开发城乡公益性岗位600个，优先安置就业困难人员。",
         ["县人力资源和社会保障局", "县财政局"]),
    ]),
    ("五、交通出行（4件）", [
        ("新改建农村公路120公里，实施危桥改造8座，完成公路安全生命防护工程200公里。",
         ["县交通运输局", "县财政局", "各乡镇人民政府"]),
        ("新开通城乡公交线路3条，新增公交车20辆，行政村通公交率保持100%。",
         ["县交通运输局", "县公共交通有限公司"]),
        ("新增城区公共停车泊位1500个、新能源汽车充电桩300个。",
         ["县住房和城乡建设局", "县公安局交警大队", "国网芷阳县供电公司"]),
        ("完成城区主次干道“断头路”打通5条，改造提升背街小巷22条。",
         ["县住房和城乡建设局", "县城市管理局", "城关镇人民政府"]),
    ]),
    ("六、住房保障（3件）", [
        ("改造城镇老旧小区32个，惠及居民2860户，同步推进加装电梯40部。",
         ["县住房和城乡建设局", "县财政局", "城关镇人民政府"]),
        ("筹集保障性租赁住房300套，发放城镇住房保障家庭租赁补贴。",
         ["县住房和城乡建设局", "县财政局"]),
        ("实施农村低收入群体等重点对象危房改造150户。",
         ["县住房和城乡建设局", "县民政局", "县乡村振兴局", "各乡镇人民政府"]),
    ]),
    ("七、文体惠民（4件）", [
        ("建成县全民健身中心，新建更新乡村健身路径50条、城市社区多功能运动场8个。",
         ["县教育体育局", "县住房和城乡建设局", "县自然资源局"]),
        ("开展“芷阳大舞台”等群众文化活动200场，送戏下乡120场。",
         ["县文化广电和旅游局", "各乡镇人民政府"]),
        ("新建城市书房5个，乡镇综合文化站免费开放率保持100%。",
         ["县文化广电和旅游局", "县财政局"]),
        ("放映农村公益电影3000场次。",
         ["县文化广电和旅游局"]),
    ]),
    ("八、平安守护（3件）", [
        ("新建改造城乡供水管网80公里，巩固提升农村供水保障水平，农村自来水普及率达到98%。",
         ["县水利局", "县城市管理局", "各乡镇人民政府"]),
        ("在城乡居民小区新增电动自行车集中充电设施3000个。",
         ["县住房和城乡建设局", "县消防救援大队", "县应急管理局"]),
        ("对全县主要农贸市场开展食品快速检测3万批次以上。",
         ["县市场监督管理局", "县农业农村局"]),
    ]),
]
CHAOSONG = "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。"
YINFA_L, YINFA_R = "芷阳县人民政府办公室", "2025年3月6日印发"

CN = "一二三四五六七八九十"

# ------------------------------------------------------------------------------------------ gold, typed by hand
def G(id, head, units):
    return {"id": id, "head": head, "responsible_units": units, "lead_units": [units[0]],
            "cooperating_units": units[1:], "leaders": []}

GOLD_BODY = [
    G("1", "建立项目推进台账。各牵头", ["县发展和改革局", "县政府督查室", "县财政局"]),
    G("2", "保障项目建设资金。县财政", ["县财政局", "县发展和改革局", "县审计局"]),
    G("3", "加快前期手续办理。对纳入", ["县行政审批服务局", "县自然资源局", "县住房和城乡建设局", "市生态环境局芷阳分局"]),
    G("4", "强化项目用地保障。优先保", ["县自然资源局", "城关镇人民政府", "各乡镇人民政府"]),
    G("5", "严把工程质量安全。严格落", ["县住房和城乡建设局", "县交通运输局", "县水利局", "县应急管理局"]),
    G("6", "规范项目招标采购。实事项", ["县公共资源交易中心", "县财政局", "县发展和改革局"]),
    G("7", "做好建成项目运营管护。坚", ["各项目牵头单位", "县财政局", "各乡镇人民政府"]),
    G("8", "广泛听取群众意见。通过“", ["县政府办公室", "县信访局", "县融媒体中心"]),
    G("9", "加强宣传引导。综合运用报", ["县委宣传部", "县融媒体中心"]),
]
GOLD_ATT = [
    G("1.1", "新建芷阳县第三实验小学，", ["县教育体育局", "县住房和城乡建设局", "县自然资源局", "城关镇人民政府"]),
    G("1.2", "改扩建乡镇公办幼儿园6所", ["县教育体育局", "县财政局", "有关乡镇人民政府"]),
    G("1.3", "为全县义务教育阶段学校更", ["县教育体育局", "县财政局"]),
    G("1.4", "为农村义务教育学生提供营", ["县教育体育局", "县财政局", "县市场监督管理局"]),
    G("2.1", "建成县人民医院胸痛、卒中", ["县卫生健康局", "县人民医院"]),
    G("2.2", "为全县65周岁及以上老年", ["县卫生健康局", "县财政局", "各乡镇人民政府"]),
    G("2.3", "完成12个村卫生室标准化", ["县卫生健康局", "县医疗保障局", "有关乡镇人民政府"]),
    G("2.4", "为适龄女生免费接种HPV", ["县卫生健康局", "县教育体育局", "县财政局"]),
    G("3.1", "新建城区嵌入式养老服务中", ["县民政局", "县住房和城乡建设局", "各乡镇人民政府"]),
    G("3.2", "为200户特殊困难老年人", ["县民政局", "县残疾人联合会"]),
    G("3.3", "新增普惠托育位260个，", ["县卫生健康局", "县发展和改革局", "县教育体育局"]),
    G("3.4", "为80周岁以上老年人发放", ["县民政局", "县财政局"]),
    G("4.1", "城镇新增就业3200人，", ["县人力资源和社会保障局", "县发展和改革局", "各乡镇人民政府"]),
    G("4.2", "开展职业技能培训5000", ["县人力资源和社会保障局", "县总工会", "县职业技术教育中心"]),
    G("4.3", "建设“家门口”就业服务站", ["县人力资源和社会保障局", "县乡村振兴局", "各乡镇人民政府"]),
    G("4.4", "开发城乡公益性岗位600", ["县人力资源和社会保障局", "县财政局"]),
    G("5.1", "新改建农村公路120公里", ["县交通运输局", "县财政局", "各乡镇人民政府"]),
    G("5.2", "新开通城乡公交线路3条，", ["县交通运输局", "县公共交通有限公司"]),
    G("5.3", "新增城区公共停车泊位15", ["县住房和城乡建设局", "县公安局交警大队", "国网芷阳县供电公司"]),
    G("5.4", "完成城区主次干道“断头路", ["县住房和城乡建设局", "县城市管理局", "城关镇人民政府"]),
    G("6.1", "改造城镇老旧小区32个，", ["县住房和城乡建设局", "县财政局", "城关镇人民政府"]),
    G("6.2", "筹集保障性租赁住房300", ["县住房和城乡建设局", "县财政局"]),
    G("6.3", "实施农村低收入群体等重点", ["县住房和城乡建设局", "县民政局", "县乡村振兴局", "各乡镇人民政府"]),
    G("7.1", "建成县全民健身中心，新建", ["县教育体育局", "县住房和城乡建设局", "县自然资源局"]),
    G("7.2", "开展“芷阳大舞台”等群众", ["县文化广电和旅游局", "各乡镇人民政府"]),
    G("7.3", "新建城市书房5个，乡镇综", ["县文化广电和旅游局", "县财政局"]),
    G("7.4", "放映农村公益电影3000", ["县文化广电和旅游局"]),
    G("8.1", "新建改造城乡供水管网80", ["县水利局", "县城市管理局", "各乡镇人民政府"]),
    G("8.2", "在城乡居民小区新增电动自", ["县住房和城乡建设局", "县消防救援大队", "县应急管理局"]),
    G("8.3", "对全县主要农贸市场开展食", ["县市场监督管理局", "县农业农村局"]),
]


# ------------------------------------------------------------------------------------------------ the DOCX
def font(run, name, size=16, bold=None, color=None):
    run.font.name = name
    run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color:
        run.font.color.rgb = color


def para(d, text="", fn=FS, size=16, align=None, indent=True, bold=None, color=None, exact=29):
    p = d.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.widow_control = False          # the 22-line grid of a 公文: no widow/orphan control
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            pf.first_line_indent = Pt(32)
    if text:
        font(p.add_run(text), fn, size, bold, color)
    return p


def field(p, instr, fn=FS, size=14):
    r = p.add_run()
    font(r, fn, size)
    fld = parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="{instr}"><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    p._p.append(fld)


def build(pad):
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(27), Mm(24.5)
    sec.header_distance, sec.footer_distance = Mm(20), Mm(22)
    st = d.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    # running head: the issuer on the left, the 文号 at the right (a right tab stop at the text's edge)
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(3.25), WD_TAB_ALIGNMENT.CLEAR)
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.CLEAR)
    hp.paragraph_format.tab_stops.add_tab_stop(Mm(158), WD_TAB_ALIGNMENT.RIGHT)
    font(hp.add_run(SIGN + "\t" + WENHAO), FS, 12)
    hp._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>'))
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), FS, 14)
    field(fp, "PAGE")
    font(fp.add_run(" —"), FS, 14)

    para(d, "")
    para(d, MARK, XBS, 30, align="c", color=RGBColor(0xFF, 0, 0), exact=50)
    para(d, "")
    para(d, WENHAO, align="c")
    p = para(d, "", indent=False, exact=12)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr>'))
    para(d, "")
    for t in TITLE:
        para(d, t, XBS, 22, align="c", exact=36)
    para(d, "")
    para(d, ZHUSONG, indent=False)
    for t in INTRO:
        para(d, t)
    para(d, H1, HT)
    for t in ZONGTI:
        para(d, t)
    para(d, H2, HT)
    for i, (h, t, units) in enumerate(BODY):
        p = para(d, "")
        font(p.add_run("（" + num(i + 1) + "）" + h), KT)
        extra = pad.get(("b", i + 1), "")
        font(p.add_run(t + extra + "（责任单位：" + "、".join(units) + "）"), FS)
    para(d, H3, HT)
    for t in YAOQIU:
        para(d, t)
    para(d, "")
    para(d, FUJIAN)
    para(d, "")
    para(d, "")
    p = para(d, SIGN, align="r")
    p.paragraph_format.right_indent = Pt(64)
    p = para(d, DATE, align="r")
    p.paragraph_format.right_indent = Pt(80)
    para(d, "（此件公开发布）")

    # the attachment on a new page
    p = para(d, "附件", HT, indent=False)
    p.paragraph_format.page_break_before = True
    para(d, "")
    for t in ATT_TITLE_LINES:
        para(d, t, XBS, 22, align="c", exact=36)
    para(d, "")
    for s, (head, items) in enumerate(ATT):
        para(d, head, HT)
        for k, (t, units) in enumerate(items):
            extra = pad.get(("a", s + 1, k + 1), "")
            para(d, f"{k + 1}." + t + extra + "（责任单位：" + "、".join(units) + "）")
    # 版记
    para(d, "")
    p = para(d, "", indent=False, exact=24)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/>'
        f'<w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>'))
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(-14)
    font(p.add_run(CHAOSONG), FS, 14)
    p = para(d, "", indent=False, exact=24)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(154), WD_TAB_ALIGNMENT.RIGHT)
    font(p.add_run("  " + YINFA_L + "\t" + YINFA_R), FS, 14)
    return d


def num(n):
    if n <= 10:
        return CN[n - 1]
    return "十" + CN[n - 11]


PAD = {}


def make(pad):
    os.makedirs(TMP, exist_ok=True)
    d = build(pad)
    docx = TMP + NAME + ".docx"
    d.save(docx)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", TMP, docx],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", TMP + NAME + ".pdf", TMP + NAME + ".txt"],
                   check=True)
    return open(TMP + NAME + ".txt", encoding="utf-8").read()


def check(text):
    """gold against the printed text: ids in order, heads, units verbatim inside the item's clause"""
    gold = GOLD_BODY + GOLD_ATT
    # join the pages' lines into one stream without the running heads, page numbers and form feeds
    lines = []
    for ln in text.replace("\f", "\n").split("\n"):
        s = ln.strip()
        if not s or re.fullmatch(r"— \d+ —", s) or s.startswith(SIGN) and "〔2025〕9号" in s.replace(" ", ""):
            continue
        lines.append(s)
    flat = re.sub(r"\s", "", "".join(lines))   # poppler's spaces around digits and quote marks
    errs = []
    # body
    pos = 0
    for g, (h, t, units) in zip(GOLD_BODY, BODY):
        marker = "（" + num(int(g["id"])) + "）"
        i = flat.find(marker + g["head"], pos)
        if i < 0:
            errs.append("body head " + g["id"])
            continue
        pos = i
        c = flat.find("（责任单位：", i)
        e = flat.find("）", c)
        clause = flat[c + 6:e]
        if clause.split("、") != g["responsible_units"]:
            errs.append(f"body units {g['id']}: {clause}")
    a0 = flat.find("附件" + ATT_TITLE)
    pos = a0
    for g in GOLD_ATT:
        sec, k = g["id"].split(".")
        if k == "1":
            hd = ATT[int(sec) - 1][0]
            j = flat.find(hd, pos)
            if j < 0:
                errs.append("section " + hd)
            pos = j
        i = flat.find(k + "." + g["head"], pos)
        if i < 0:
            errs.append("att head " + g["id"])
            continue
        pos = i
        c = flat.find("（责任单位：", i)
        e = flat.find("）", c)
        clause = flat[c + 6:e]
        if clause.split("、") != g["responsible_units"]:
            errs.append(f"att units {g['id']}: {clause}")
    for g in gold:
        assert len(g["head"]) == 12, g
    return errs


if __name__ == "__main__":
    text = make(PAD)
    errs = check(text)
    print("\n".join(errs) if errs else "gold OK: %d tasks" % len(GOLD_BODY + GOLD_ATT))
    if "--write" in sys.argv:
        open(OUT + NAME + ".txt", "w", encoding="utf-8").write(text)
        with open(OUT + NAME + ".tasks.gold.jsonl", "w", encoding="utf-8") as f:
            for g in GOLD_BODY + GOLD_ATT:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(text)
