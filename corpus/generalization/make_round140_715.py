#!/usr/bin/python3
"""Generator for round 140, test 715.

A 县人民政府办公室 red-header Word notice dividing a 三年行动方案 (2024—2026年) among
county leaders and units.  Its landscape 附件 is the form 三年行动 task lists take in
real county and city notices: a 分年度目标 block of one column per year
(2024年 / 2025年 / 2026年) under a two-row header, between the task and the
responsibility columns, with a final 完成时限 column:

    序号 | 重点任务 | 分年度目标 (2024年 | 2025年 | 2026年) | 责任县领导 | 牵头单位 | 配合单位 | 完成时限

A target that spans years is written once in cells merged across its years
(gridSpan 2 or 3); `—` marks a year with no target; 责任县领导 is merged down over
runs of tasks; category rows are merged across the table.

Writes 715_huanxi_xian_chengzhenhua_sannian_fengong.docx and 715.tasks.gold.jsonl
from the single description TASKS below.  Deterministic: fixed core properties and
fixed zip timestamps.
"""
import copy
import datetime
import io
import json
import os
import re
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = os.path.join(HERE, "715_huanxi_xian_chengzhenhua_sannian_fengong.docx")
GOLD = os.path.join(HERE, "715.tasks.gold.jsonl")

ISSUER = "澴溪县人民政府办公室"
WENHAO = "澴政办发〔2024〕9号"
DATE = "2024年4月12日"
PLAN = "澴溪县以县城为重要载体的新型城镇化建设三年行动方案（2024—2026年）"
ANNEX_TITLE = "澴溪县以县城为重要载体的新型城镇化建设三年行动重点任务分工表"

# ---------------------------------------------------------------------------
# The structured description.  Each category: (heading, [tasks]).
# A task: dict with
#   text   : list of cell paragraphs of the 重点任务 cell
#   years  : list of (span, text) covering the three year columns
#   lead   : 牵头单位 cell paragraphs (printed text)
#   coop   : 配合单位 cell paragraphs (printed text) -- "/" for none
#   leader : leader cell paragraphs, or None when the cell above is merged down
#   due    : 完成时限 text
# Gold units are derived from the printed text by the notice's own splitting rule
# (split at 、，； and paragraph breaks, never inside brackets).
# ---------------------------------------------------------------------------
Y = lambda *a: list(a)  # noqa: E731

CATS = [
    ("一、增强县城产业支撑能力（7项）", [
        dict(text=["推进经开区扩区调区。完成澴溪经济开发区扩区调区申报，新增工业用地2000亩以上，推动园区“亩均效益”稳步提升。"],
             years=Y((1, "完成扩区调区申报，新建标准化厂房8万平方米"), (1, "新建标准化厂房10万平方米"), (1, "累计建成标准化厂房30万平方米")),
             leader=["黄志刚"], lead=["澴溪经济开发区管委会"],
             coop=["县发展和改革局、县自然资源和规划局、县科技和工业信息化局"], due="2026年底"),
        dict(text=["培育壮大主导产业。围绕新型建材、农产品精深加工两大主导产业开展延链补链强链，每年引进亿元以上项目10个以上。"],
             years=Y((1, "规上工业企业达到120家"), (1, "规上工业企业达到135家"), (1, "规上工业企业达到150家")),
             leader=None, lead=["县科技和工业信息化局"],
             coop=["澴溪经济开发区管委会、县发展和改革局、县商务局"], due="2026年底"),
        dict(text=["完善县城商业体系。改造提升人民路步行街，推进一刻钟便民生活圈建设，引导连锁商超、品牌店向县城集聚。"],
             years=Y((1, "完成人民路步行街改造提升"), (2, "建成一刻钟便民生活圈5个")),
             leader=["周建国"], lead=["县商务局"],
             coop=["县住房和城乡建设局、县市场监督管理局、城关镇人民政府"], due="2026年底"),
        dict(text=["建设县级物流配送中心。整合邮政、快递、供销物流资源，建成县级物流配送中心，实现县乡村三级物流共同配送。"],
             years=Y((1, "完成选址和前期工作"), (1, "建成投入运营"), (1, "—")),
             leader=["周建国、黄志刚"], lead=["县交通运输局、县商务局"],
             coop=["澴溪县邮政分公司、县供销合作社联合社"], due="2025年底"),
        dict(text=["发展县城文化旅游。依托澴水古渡、文庙街区等资源，打造特色文旅街区和夜间消费集聚区。"],
             years=Y((1, "创建国家3A级旅游景区1个"), (1, "—"), (1, "创建国家4A级旅游景区1个")),
             leader=["李晓燕"], lead=["县文化和旅游局"],
             coop=["县住建局、县自然资源和规划局、城关镇人民政府"], due="2026年底"),
        dict(text=["促进农业转移人口就业。实施职业技能提升行动，加强县城零工市场建设，帮助农业转移人口在县城稳定就业。"],
             years=Y((3, "每年新增城镇就业1500人以上，开展职业技能培训3000人次以上")),
             leader=None, lead=["县人力资源和社会保障局"],
             coop=["县财政局、县农业农村局、各乡镇人民政府"], due="逐年推进"),
        dict(text=["持续优化营商环境。深化“高效办成一件事”改革，推进政务服务事项“一网通办”，企业开办全程网办压缩至1个工作日内。"],
             years=Y((2, "“高效办成一件事”重点事项全部落地"), (1, "政务服务事项网上可办率达到98%以上")),
             leader=["周建国"], lead=["县行政审批服务局（县政务服务中心）"],
             coop=["县市场监督管理局、县数据资源管理局、县直有关单位"], due="2026年底"),
    ]),
    ("二、完善县城市政设施体系（8项）", [
        dict(text=["实施城镇老旧小区改造。", "对2000年底前建成的城镇老旧小区实施改造，同步完善水电气、停车、充电、养老托育等配套设施。"],
             years=Y((1, "改造老旧小区12个"), (1, "改造老旧小区15个"), (1, "改造老旧小区10个")),
             leader=["王　勇"], lead=["县住房和城乡建设局"],
             coop=["县财政局，县城市管理局、城关镇人民政府、国网澴溪县供电公司"], due="2026年底"),
        dict(text=["完善县城道路交通网络。新建改造县城道路，打通断头路、瓶颈路，优化公交线网和站点布局。"],
             years=Y((1, "打通断头路3条"), (1, "新建改造县城道路8公里"), (1, "累计新建改造县城道路20公里")),
             leader=None, lead=["县住房和城乡建设局、县交通运输局"],
             coop=["县自然资源和规划局、县公安局"], due="2026年底"),
        dict(text=["建设县城停车设施。新增公共停车泊位，推进智慧停车系统建设，规范路内停车管理。"],
             years=Y((1, "新增公共停车泊位800个"), (1, "新增公共停车泊位1000个"), (1, "建成县城智慧停车管理平台")),
             leader=None, lead=["县城市管理局"],
             coop=["县住建局、县公安局、澴溪县城市建设投资集团有限公司"], due="2026年底"),
        dict(text=["提升县城供水保障能力。实施第二水厂扩建和供水管网改造，降低公共供水管网漏损率。"],
             years=Y((2, "完成第二水厂扩建，新增日供水能力3万吨"), (1, "公共供水管网漏损率控制在9%以内")),
             leader=["赵丽萍"], lead=["县水利局"],
             coop=["县住房和城乡建设局、澴溪县自来水有限公司"], due="2026年底"),
        dict(text=["加强县城排水防涝设施建设。开展易涝积水点整治，推进雨污分流改造，建设城市内涝监测预警系统。"],
             years=Y((2, "完成县城15处易涝积水点整治"), (1, "—")),
             leader=["王　勇", "赵丽萍"], lead=["县住房和城乡建设局"],
             coop=["县水利局、县城市管理局、县应急管理局"], due="2025年底"),
        dict(text=["推进燃气管道老化更新改造。全面排查县城燃气管道，对老化管道和设施实施更新改造。"],
             years=Y((1, "完成排查和改造计划编制，改造燃气管网10公里"), (1, "改造燃气管网15公里"), (1, "—")),
             leader=["王　勇"], lead=["县住房和城乡建设局"],
             coop=["县市场监督管理局、县应急管理局、澴溪华润燃气有限公司"], due="2025年底"),
        dict(text=["完善县城配电网和充电设施。实施县城配电网改造升级，加快公共充电桩建设。"],
             years=Y((1, "新建公共充电桩200个"), (1, "新建公共充电桩300个"), (1, "县城配电网供电可靠率达到99.9%")),
             leader=["周建国"], lead=["县发展和改革局"],
             coop=["国网澴溪县供电公司、县住建局、县自然资源和规划局"], due="2026年底"),
        dict(text=["加快新型基础设施建设。推进5G网络和千兆光网县城全覆盖，建设县城运行管理服务平台。"],
             years=Y((1, "新建5G基站150个"), (1, "建成县城运行管理服务平台"), (1, "县城重点场所5G网络全覆盖")),
             leader=["黄志刚"], lead=["县科技和工业信息化局"],
             coop=["县数据资源管理局、中国移动澴溪分公司、中国电信澴溪分公司、中国联通澴溪分公司"], due="2026年底"),
    ]),
    ("三、强化县城公共服务供给（7项）", [
        dict(text=["扩大县城优质教育资源供给。", "新建改扩建县城中小学和幼儿园，有序扩大县城学位供给，保障随迁子女平等接受义务教育。"],
             years=Y((1, "建成城北小学，新增学位1620个"), (1, "建成县第二高级中学新校区"), (1, "—")),
             leader=["李晓燕"], lead=["县教育局"],
             coop=["县发展和改革局、县财政局、县自然资源和规划局、县住房和城乡建设局"], due="2025年底"),
        dict(text=["提升县级医院综合能力。推进县人民医院、县中医院提标扩能，深化紧密型县域医共体建设。"],
             years=Y((1, "县人民医院新院区主体完工"), (1, "县人民医院新院区投入使用"), (1, "县中医院达到二级甲等标准")),
             leader=None, lead=["县卫生健康局"],
             coop=["县发展和改革局、县财政局、县医疗保障局"], due="2026年底"),
        dict(text=["完善养老托育服务体系。建设县级失能照护服务机构，发展社区嵌入式养老和普惠托育服务。"],
             years=Y((1, "建成县级失能照护服务机构"), (2, "每千人口拥有3岁以下婴幼儿托位数达到4.5个")),
             leader=None, lead=["县民政局、县卫生健康局"],
             coop=["县住建局、县财政局、各乡镇人民政府"], due="2026年底"),
        dict(text=["完善县城文化体育设施。推进县图书馆、文化馆总分馆制建设，建设全民健身中心和城市社区“15分钟健身圈”。"],
             years=Y((1, "建成全民健身中心"), (1, "建成城市书房5个"), (1, "县城社区“15分钟健身圈”全覆盖")),
             leader=None, lead=["县文化和旅游局"],
             coop=["县教育局、县住房和城乡建设局、县融媒体中心"], due="2026年底"),
        dict(text=["深化户籍制度改革。全面放开县城落户限制，推行以经常居住地登记户口制度，推动城镇基本公共服务覆盖未落户常住人口。"],
             years=Y((1, "出台县城落户实施细则"), (2, "常住人口城镇化率年均提高1个百分点以上")),
             leader=["马骏"], lead=["县公安局"],
             coop=["县教育局、县人力资源和社会保障局、县医疗保障局、县统计局"], due="2026年底"),
        dict(text=["完善住房保障体系。筹集保障性租赁住房，加大公租房保障力度，支持农业转移人口购房安居。"],
             years=Y((1, "筹集保障性租赁住房300套"), (1, "筹集保障性租赁住房300套"), (1, "筹集保障性租赁住房200套")),
             leader=["王勇"], lead=["县住房和城乡建设局"],
             coop=["县财政局、县自然资源和规划局、澴溪县城市建设投资集团有限公司"], due="2026年底"),
        dict(text=["推进公共服务数字化。推动教育、医疗、社保、养老等公共服务事项“掌上办”“一码通”。"],
             years=Y((1, "建成县级政务数据共享平台"), (1, "高频公共服务事项“掌上办”达到90%"), (1, "—")),
             leader=["周建国"], lead=["县数据资源管理局"],
             coop=["/"], due="2025年6月底"),
    ]),
    ("四、提升县城人居环境质量（6项）", [
        dict(text=["深入打好蓝天保卫战。强化扬尘、机动车尾气和餐饮油烟综合治理，推进重点行业超低排放改造。"],
             years=Y((3, "县城空气质量优良天数比率稳定在90%以上")),
             leader=["赵丽萍、王　勇"], lead=["市生态环境局澴溪分局"],
             coop=["县住建局、县城市管理局、县交通运输局、县公安局"], due="逐年推进"),
        dict(text=["推进生活垃圾分类处理。完善县城生活垃圾分类投放、收集、运输、处理体系，建设厨余垃圾处理设施。"],
             years=Y((1, "县城生活垃圾分类覆盖率达到60%"), (1, "建成厨余垃圾处理设施"), (1, "县城生活垃圾分类覆盖率达到90%")),
             leader=["王　勇"], lead=["县城市管理局"],
             coop=["县发展和改革局、市生态环境局澴溪分局、城关镇人民政府"], due="2026年底"),
        dict(text=["提升县城园林绿化水平。推进澴水沿岸生态廊道和口袋公园建设，开展县城绿化补植增绿。"],
             years=Y((1, "建成口袋公园8个"), (1, "建成澴水沿岸生态廊道一期"), (1, "县城人均公园绿地面积达到14平方米")),
             leader=None, lead=["县城市管理局"],
             coop=["县自然资源和规划局、县住房和城乡建设局"], due="2026年底"),
        dict(text=["加快污水处理设施提质增效。实施县城污水处理厂扩容提标，推进污水管网排查修复。"],
             years=Y((1, "完成污水处理厂扩容提标工程"), (2, "县城生活污水集中收集率达到70%以上")),
             leader=["赵丽萍"], lead=["县住房和城乡建设局"],
             coop=["市生态环境局澴溪分局、县水利局"], due="2026年底"),
        dict(text=["加强历史文化保护传承。编制县城历史文化街区保护规划，开展历史建筑测绘建档和活化利用。"],
             years=Y((1, "完成历史文化街区保护规划编制"), (1, "完成历史建筑测绘建档"), (1, "—")),
             leader=["周建国"], lead=["县自然资源和规划局、县住房和城乡建设局"],
             coop=["县文化和旅游局"], due="2025年底"),
        dict(text=["推进城市管理精细化。建设数字化城市管理平台，推行“街长制”，整治背街小巷环境秩序。"],
             years=Y((1, "完成背街小巷整治20条"), (1, "完成背街小巷整治25条"), (1, "数字化城市管理平台实现县城全覆盖")),
             leader=["王　勇"], lead=["县城市管理局"],
             coop=["/"], due="2026年底"),
    ]),
    ("五、健全城乡融合发展体制机制（5项）", [
        dict(text=["健全“人地钱”挂钩机制。落实城镇建设用地增加规模同吸纳农业转移人口落户数量挂钩政策，统筹安排财政转移支付。"],
             years=Y((1, "出台“人地钱”挂钩实施办法"), (2, "按年度落实挂钩政策")),
             leader=["周建国"], lead=["县自然资源和规划局"],
             coop=["县财政局、县发展和改革局、县公安局"], due="2026年底"),
        dict(text=["创新县城建设投融资机制。积极争取超长期特别国债和地方政府专项债券，推动城投公司市场化转型。"],
             years=Y((3, "每年争取县城建设类专项债券和政策性资金5亿元以上")),
             leader=None, lead=["县财政局、县发展和改革局"],
             coop=["澴溪县城市建设投资集团有限公司、县地方金融服务中心"], due="逐年推进"),
        dict(text=["推进县域规划一体化。编制实施县域国土空间总体规划和乡镇国土空间规划，统筹县城、乡镇、村庄功能布局。"],
             years=Y((1, "县域国土空间总体规划获批实施"), (1, "完成乡镇国土空间规划编制"), (1, "—")),
             leader=None, lead=["县自然资源和规划局"],
             coop=["各乡镇人民政府"], due="2025年底"),
        dict(text=["推动县城基础设施向乡镇延伸。", "推进城乡供水一体化和农村公路提档升级，打造一批特色鲜明的示范镇。"],
             years=Y((1, "白沙镇、河口镇完成镇区风貌提升"), (1, "新增县级示范镇3个"), (1, "城乡供水一体化覆盖率达到95%")),
             leader=["王　勇"], lead=["县住房和城乡建设局"],
             coop=["县水利局、县交通运输局、县农业农村局、各乡镇人民政府"], due="2026年底"),
        dict(text=["加强新型城镇化统计监测。建立县城建设重点指标监测体系，定期开展评估。"],
             years=Y((1, "建立新型城镇化统计监测指标体系"), (2, "每年开展一次实施情况评估")),
             leader=["周建国"], lead=["县统计局"],
             coop=["县发展和改革局、县公安局"], due="长期坚持"),
    ]),
]

SEP = re.compile(r"[、，；]")


def split_units(paras):
    """Split cell paragraphs into units at 、，； outside brackets."""
    out = []
    for p in paras:
        p = p.strip()
        if p in ("/", "—", ""):
            continue
        depth, cur = 0, ""
        for ch in p:
            if ch in "（(":
                depth += 1
            elif ch in "）)":
                depth -= 1
            if depth == 0 and SEP.match(ch):
                if cur:
                    out.append(cur)
                cur = ""
            else:
                cur += ch
        if cur:
            out.append(cur)
    return out


def split_leaders(paras):
    out = []
    for p in paras:
        for n in p.split("、"):
            n = n.replace("\u3000", "").replace(" ", "")
            if n:
                out.append(n)
    return out


def head12(paras):
    s = "".join(paras)
    s = "".join(ch for ch in s if not ch.isspace())
    return s[:12]


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_run_font(run, name, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")
    if color is not None:
        run.font.color.rgb = color


def para(container, text="", font=FS, size=16, align=None, bold=False, indent=False,
         color=None, line=28, before=0, after=0):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        r = p.add_run(text)
        set_run_font(r, font, size, bold, color)
    return p


def add_runs(p, parts, size=16):
    for text, font, bold in parts:
        r = p.add_run(text)
        set_run_font(r, font, size, bold)


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def add_page_field(p, size=14):
    r = p.add_run("— ")
    set_run_font(r, "宋体", size)
    r = p.add_run()
    set_run_font(r, "宋体", size)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r = p.add_run()
    set_run_font(r, "宋体", size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    r = p.add_run()
    set_run_font(r, "宋体", size)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r._r.append(f2)
    r = p.add_run("1")
    set_run_font(r, "宋体", size)
    r = p.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._r.append(f3)
    r = p.add_run(" —")
    set_run_font(r, "宋体", size)


def set_cell_text(cell, paras, font=FS, size=10.5, bold=False, align=None):
    tc = cell._tc
    ps = tc.findall(qn("w:p"))
    for p in ps[1:]:
        tc.remove(p)
    p0 = ps[0]
    for child in list(p0):
        if child.tag != qn("w:pPr"):
            p0.remove(child)
    first = True
    for t in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(15)
        if align is not None:
            p.alignment = align
        if t:
            r = p.add_run(t)
            set_run_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def set_cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:cantSplit")
    trpr.append(h)


def table_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


def set_widths(table, widths):
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for tr in table._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = OxmlElement("w:tcW")
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(sum(widths[col:col + span]) * 567)))
            tcw.set(qn("w:type"), "dxa")
            col += span


# ---------------------------------------------------------------------------
def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    red = RGBColor(0xFF, 0x00, 0x00)
    para(doc, "", line=28)
    para(doc, ISSUER + "文件", font=XBS, size=34, align=WD_ALIGN_PARAGRAPH.CENTER,
         color=red, line=60, before=30)
    para(doc, "", line=28)
    p = para(doc, WENHAO, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
    bottom_border(p)
    para(doc, "", line=28)

    p = para(doc, "", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    for k, line in enumerate(("澴溪县人民政府办公室关于印发以县城为",
                              "重要载体的新型城镇化建设三年行动",
                              "重点任务分工的通知")):
        r = p.add_run(line)
        set_run_font(r, XBS, 22)
        if k < 2:
            r.add_break(WD_BREAK.LINE)
    para(doc, "", line=28)

    para(doc, "各乡镇人民政府，县政府各部门、各直属机构：")
    para(doc, "《" + PLAN + "》已经县人民政府同意并印发实施。为确保各项任务落地见效，经县人民政府同意，"
         "现将《" + ANNEX_TITLE + "》印发给你们，并就有关事项通知如下：", indent=True)
    p = para(doc, "", indent=True)
    add_runs(p, [("一、明确责任分工。", HT, False),
                 ("各项任务的责任县领导负责统筹协调、督促推进；牵头单位是任务落实的第一责任单位，"
                  "负责制定推进计划、牵头抓总，牵头单位有两个的，排在第一位的为主牵头单位；"
                  "配合单位要按照职责分工主动配合、密切协作，不得推诿扯皮。", FS, False)])
    p = para(doc, "", indent=True)
    add_runs(p, [("二、抓好年度推进。", HT, False),
                 ("分工表所列分年度目标是各项任务的年度推进节点，跨年度合并填写的为该时段累计目标；"
                  "完成时限是任务的最终完成时间。各牵头单位要对照分年度目标细化工作措施，"
                  "于每年1月底前将本年度推进计划报县发展和改革局（县新型城镇化工作领导小组办公室）。", FS, False)])
    p = para(doc, "", indent=True)
    add_runs(p, [("三、强化督查考核。", HT, False),
                 ("县政府督查室会同县发展和改革局对任务推进情况实行季度调度，各牵头单位于每季度末月25日前"
                  "报送推进情况。推进情况纳入年度综合考核，对工作推进不力、未完成分年度目标的，予以通报。", FS, False)])
    para(doc, "")
    para(doc, "附件：" + ANNEX_TITLE, indent=True)
    para(doc, "")
    para(doc, "")
    para(doc, ISSUER + "　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, DATE + "　　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "（此件公开发布）", indent=True)

    # ---- landscape annex section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    sec2.top_margin, sec2.bottom_margin = Cm(2.8), Cm(2.6)
    sec2.left_margin, sec2.right_margin = Cm(2.2), Cm(2.2)
    para(doc, "附件", font=HT, size=16, line=28)
    para(doc, "")
    para(doc, ANNEX_TITLE, font=XBS, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    para(doc, "")

    widths = [1.1, 6.6, 2.5, 2.5, 2.5, 1.8, 2.8, 3.6, 1.9]
    ncol = len(widths)
    t = doc.add_table(rows=2, cols=ncol)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    set_widths(t, widths)
    h0, h1 = t.rows[0], t.rows[1]
    heads = ["序号", "重点任务", "分年度目标", None, None, "责任县领导", "牵头单位", "配合单位", "完成时限"]
    for i, h in enumerate(heads):
        if h is not None:
            set_cell_text(h0.cells[i], [h], font=HT, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
    for i, y in zip((2, 3, 4), ("2024年", "2025年", "2026年")):
        set_cell_text(h1.cells[i], [y], font=HT, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
    # merges in header
    a = h0.cells[2].merge(h0.cells[4])
    set_cell_text(a, ["分年度目标"], font=HT, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
    for i in (0, 1, 5, 6, 7, 8):
        txt = heads[i]
        m = t.cell(0, i).merge(t.cell(1, i))
        set_cell_text(m, [txt], font=HT, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_repeat_header(h0)
    set_repeat_header(h1)

    gold = []
    n = 0
    C = WD_ALIGN_PARAGRAPH.CENTER
    for cat, tasks in CATS:
        row = t.add_row()
        c = row.cells[0].merge(row.cells[ncol - 1])
        set_cell_text(c, [cat], font=HT, size=11)
        run_start = None   # row index where the current leader run starts
        leader_cur = None
        for k, tk in enumerate(tasks):
            n += 1
            row = t.add_row()
            set_cant_split(row)
            ri = len(t.rows) - 1
            cells = row.cells
            set_cell_text(cells[0], [str(n)], align=C)
            set_cell_text(cells[1], tk["text"])
            # year cells
            col = 2
            spans = []
            for span, txt in tk["years"]:
                spans.append((col, span, txt))
                col += span
            assert col == 5, (n, tk["years"])
            for c0, span, txt in spans:
                set_cell_text(cells[c0], [txt], align=C)
            for c0, span, txt in spans:
                if span > 1:
                    m = t.cell(ri, c0).merge(t.cell(ri, c0 + span - 1))
                    set_cell_text(m, [txt], align=C)
            # after merging, python-docx row.cells still maps grid cols
            cells = t.rows[ri].cells
            set_cell_text(cells[6], tk["lead"], align=C)
            set_cell_text(cells[7], tk["coop"], align=C)
            set_cell_text(cells[8], [tk["due"]], align=C)
            if tk["leader"] is not None:
                set_cell_text(cells[5], tk["leader"], align=C)
                leader_cur = tk["leader"]
                run_start = ri
            else:
                m = t.cell(run_start, 5).merge(t.cell(ri, 5))
                set_cell_text(m, leader_cur, align=C)
            lead = split_units(tk["lead"])
            coop = split_units(tk["coop"])
            gold.append({
                "id": str(n),
                "marker": str(n),
                "head": head12(tk["text"]),
                "responsible_units": lead + coop,
                "lead_units": lead,
                "cooperating_units": coop,
                "leaders": split_leaders(leader_cur),
                "deadline": tk["due"],
            })
    set_widths(t, widths)

    para(doc, "", line=20)
    para(doc, "注：1.牵头单位有两个的，排在第一位的为主牵头单位。", font=FS, size=12, line=20)
    para(doc, "　　2.分年度目标栏中“—”表示该年度无分年度目标；跨年度合并填写的为该时段累计目标。", font=FS, size=12, line=20)
    para(doc, "　　3.配合单位栏中“/”表示无配合单位。", font=FS, size=12, line=20)

    # ---- portrait 版记 page
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        para(doc, "")
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = bj._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4")):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    for side in ("left", "right", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)
    set_cell_text(bj.cell(0, 0), ["抄送：县委办公室，县人大常委会办公室，县政协办公室，县纪委监委。"], size=14)
    set_cell_text(bj.cell(1, 0), [ISSUER + "　　　　　　　　　　" + DATE + "印发"], size=14)
    for c in (bj.cell(0, 0), bj.cell(1, 0)):
        c.width = Cm(15.6)
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    cp = doc.core_properties
    fixed = datetime.datetime(2024, 4, 12, 9, 30, 0)
    cp.author = "县政府办公室"
    cp.last_modified_by = "县政府办公室"
    cp.title = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    return doc, gold


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 4, 12, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def main():
    doc, gold = build()
    save_deterministic(doc, NOTICE)
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {os.path.basename(NOTICE)} and {os.path.basename(GOLD)}: {len(gold)} tasks")


if __name__ == "__main__":
    main()
