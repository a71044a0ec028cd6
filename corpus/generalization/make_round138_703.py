#!/usr/bin/python3
"""Generator for round 138 case 703.

A 县政府办 red-header Word notice printing a 专项行动方案 whose task division is
laid out by phase (分阶段推进): the tasks sit under `（一）…阶段（time window）`
headings in the 方案's `四、阶段任务及责任分工`, typed `1．` numbering restarts under
each phase, and a task's deadline is its phase's window unless the task names its
own date (the cover says so).  Writes 703_lizhang_xian_weisheng_xiancheng_baiti_gongjian_fangan.docx
and 703.tasks.gold.jsonl from the one description below.  Deterministic: fixed core
properties and fixed zip timestamps.
"""
import io
import json
import os
import re
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = os.path.join(HERE, "703_lizhang_xian_weisheng_xiancheng_baiti_gongjian_fangan.docx")
GOLD = os.path.join(HERE, "703.tasks.gold.jsonl")

ISSUER = "藜塘县人民政府办公室"
WENHAO = "藜政办发〔2025〕11号"
DATE = "2025年5月9日"
FANGAN = "藜塘县国家卫生县城复审迎检“百日攻坚”行动方案"

# ---------------------------------------------------------------------------
# The one structured description of the tasks.
# Each phase: number (chinese), name, window as printed, and its tasks.
# Each task: lead-in (bold), text, optional second paragraph, clause spec.
#   clause kind "L": labelled 责任县领导/牵头单位/配合单位 ; kind "R": 责任单位 only
#   leaders: list of (post, printed name)
#   lead / coop / resp: unit lists in printed order; seps: the separators printed
#   between the units of that list (default "、")
#   own: a deadline printed inside the task text (overrides the phase window)
#   place: "inline" (clause closes the paragraph) or "para" (clause alone in the
#   next paragraph)
#   dot: the typed dot after the number ("．" normally)
# ---------------------------------------------------------------------------
PHASES = [
    {
        "cn": "一", "name": "动员部署阶段", "window": "2025年5月12日—5月20日",
        "tasks": [
            dict(lead_in="制定攻坚方案。",
                 text="对照《国家卫生城镇评审管理办法》和《国家卫生县标准》，逐项梳理复审迎检指标，细化任务清单、责任清单和时限清单，报县政府审定后印发实施。",
                 kind="R", resp=["县爱卫办"]),
            dict(lead_in="召开动员大会。",
                 text="召开全县国家卫生县城复审迎检“百日攻坚”行动动员大会，部署攻坚任务，与各乡镇（街道）和县直有关单位签订目标责任书。",
                 kind="R", resp=["县爱卫办", "县政府办公室"]),
            dict(lead_in="开展宣传发动。",
                 text="通过电视、广播、户外大屏、公交站台、社区宣传栏等载体，集中宣传复审迎检的重要意义和《藜塘县市民卫生公约》，营造全民参与的浓厚氛围。",
                 kind="R", resp=["县委宣传部", "县融媒体中心", "各街道办事处"]),
            dict(lead_in="建立推进机制。",
                 text="建立指挥部周例会、问题交办、限时整改、督查通报“四项机制”，各责任单位明确一名分管负责同志和一名联络员，报县爱卫办备案。",
                 kind="R", resp=["县爱卫办", "县政府督查室"]),
        ],
    },
    {
        "cn": "二", "name": "集中攻坚阶段", "window": "2025年5月21日—7月20日",
        "tasks": [
            dict(lead_in="市容环境整治。",
                 text="全面清理城区主次干道、背街小巷、城乡结合部的卫生死角和积存垃圾，规范设置垃圾收集容器，生活垃圾做到日产日清，主次干道机械化清扫率达到90%以上。",
                 kind="L", leaders=[("副县长", "马　骁")],
                 lead=["县城市管理局"], coop=["县住房和城乡建设局", "各街道办事处"]),
            dict(lead_in="农贸市场达标提升。",
                 text="对城区6个农贸市场实施达标提升，落实防蝇、防鼠、防尘设施和活禽宰杀区隔离，健全市场保洁和休市消毒制度，6月30日前全部通过县级验收。",
                 kind="L", leaders=[("副县长", "杜文静")],
                 lead=["县市场监督管理局（县知识产权局）"], coop=["县商务局", "县城市管理局"],
                 own="6月30日前"),
            dict(lead_in="“五小”行业整治。",
                 text="对城区小餐饮店、小食杂店、小美容美发店、小旅馆、小浴室逐户排查，督促证照齐全、从业人员持证上岗、卫生设施达标，对拒不整改的依法查处。",
                 kind="L", leaders=[("副县长", "杜文静")],
                 lead=["县市场监督管理局（县知识产权局）", "县卫生健康局"], coop=["各街道办事处"]),
            dict(lead_in="病媒生物防制。",
                 text="组织开展夏季灭鼠、灭蚊、灭蝇、灭蟑集中行动，重点行业和单位病媒生物防制设施达标率达到95%以上，鼠、蚊、蝇、蟑密度控制水平达到国家标准C级以上。",
                 kind="L", leaders=[("副县长", "杜文静")],
                 lead=["县卫生健康局"], coop=["县疾病预防控制中心", "各乡镇人民政府", "各街道办事处"],
                 coop_seps=["，", "，"]),
            dict(lead_in="饮用水安全保障。",
                 text="加强城区集中式供水水源地保护和二次供水设施管理，每月开展出厂水、末梢水水质检测并向社会公布，二次供水设施清洗消毒每半年不少于一次。",
                 kind="L", leaders=[("副县长", "马　骁")],
                 lead=["县水利局"], coop=["县卫生健康局", "藜塘县供排水有限公司"]),
            dict(lead_in="医疗废物和医疗污水管理。",
                 text="规范全县医疗机构医疗废物分类收集、暂存和转运交接，医疗污水处理设施正常运行、达标排放。",
                 kind="L", leaders=[("副县长", "杜文静")],
                 lead=["县卫生健康局"], coop=["市生态环境局藜塘分局"]),
            dict(lead_in="大气和噪声污染治理。",
                 text="严格落实建筑工地扬尘治理“六个百分之百”，城区餐饮油烟净化设施安装使用率达到100%，依法查处夜间违规施工和社会生活噪声扰民行为。",
                 kind="L", leaders=[("副县长", "马　骁")],
                 lead=["市生态环境局藜塘分局"], coop=["县住房和城乡建设局", "县城市管理局", "县公安局"],
                 coop_seps=["，", "、"]),
            dict(lead_in="交通秩序整治。",
                 text="集中整治机动车乱停乱放、非机动车逆行和占道经营等行为，规范设置停车泊位和非机动车停放点，客运车站周边秩序井然。",
                 kind="L", leaders=[("副县长、县公安局局长", "严国栋")],
                 lead=["县公安局"], coop=["县城市管理局", "县交通运输局"], dot="."),
            dict(lead_in="学校卫生整治。",
                 text="城区中小学校和幼儿园全面落实晨午检、因病缺课追踪和传染病报告制度，学校食堂全部达到“明厨亮灶”标准，校园周边200米范围内无无证食品经营户。",
                 kind="L", leaders=[("副县长", "杜文静")],
                 lead=["县教育体育局"], coop=["县卫生健康局", "县市场监督管理局（县知识产权局）"]),
            dict(lead_in="公共厕所提档。",
                 text="城区公共厕所全部达到二类以上标准，主次干道公厕设置间距符合要求，落实专人保洁和免费开放。",
                 kind="L", leaders=[("副县长", "马　骁")],
                 lead=["县城市管理局"], coop=["县住房和城乡建设局", "县文化和旅游局"]),
            dict(lead_in="老旧小区和城中村整治。",
                 text="对城区老旧小区、城中村开展环境卫生专项整治，清理楼道杂物和乱搭乱建，修复破损路面和排水设施。",
                 text2="无物业管理的老旧小区由所在街道落实托管保洁，做到有人管、有制度、有经费。",
                 kind="L", leaders=[("副县长", "马　骁")],
                 lead=["县住房和城乡建设局"], coop=["各街道办事处"]),
            dict(lead_in="单位和居民区卫生。",
                 text="全面落实“门前三包”责任制，机关、企事业单位和居民小区开展“周末大扫除”，内部环境整洁有序。",
                 kind="L", leaders=[("县政府党组成员", "葛长青")],
                 lead=["各街道办事处"], coop=["县直各有关单位"]),
            dict(lead_in="控烟工作。",
                 text="全面建成无烟党政机关、无烟医疗卫生机构和无烟学校，公共场所禁烟标识规范张贴，室内公共场所无吸烟现象。",
                 kind="L", leaders=[("副县长", "杜文静")],
                 lead=["县卫生健康局"], coop=["县直机关工委", "县教育体育局"]),
            dict(lead_in="健康教育和健康促进。",
                 text="社区、学校、医院、机关和企业健康教育阵地全覆盖，居民健康素养水平达到全省平均水平以上。",
                 kind="L", leaders=[("副县长", "杜文静")],
                 lead=["县卫生健康局"], coop=["县委宣传部", "县融媒体中心"], place="para"),
            dict(lead_in="城乡结合部和铁路沿线环境整治。",
                 text="集中清理城乡结合部、铁路和国省道沿线的垃圾杂物、违规广告和残垣断壁，",
                 text2="对沿线可视范围内的裸露土地实施绿化或覆盖，做到无暴露垃圾、无卫生死角。",
                 kind="L", leaders=[("副县长", "马　骁")],
                 lead=["县交通运输局"], coop=["县自然资源局", "县农业农村局", "各乡镇人民政府"]),
            dict(lead_in="重点公共场所卫生。",
                 text="车站、公园、广场、宾馆、商场等重点公共场所卫生许可证照齐全，公共用品用具清洗消毒规范，卫生检测合格率达到95%以上。",
                 kind="L", leaders=[("副县长", "马　骁"), ("县政府党组成员", "葛长青")],
                 lead=["县卫生健康局"], coop=["县交通运输局", "县文化和旅游局", "县商务局"]),
        ],
    },
    {
        "cn": "三", "name": "迎检冲刺阶段", "window": "2025年7月21日至8月10日",
        "tasks": [
            dict(lead_in="问题清单销号。",
                 text="对照县级暗访和市级预评估发现的问题建立台账，逐项明确整改责任人和整改时限，7月31日前全部整改销号。",
                 kind="L", leaders=[("常务副县长", "陆　峰")],
                 lead=["县爱卫办"], coop=["县政府督查室", "县委督查室"], own="7月31日前"),
            dict(lead_in="档案资料规范。",
                 text="按照国家卫生县城复审资料目录，分类整理近三年创卫工作档案资料，做到资料真实、齐全、规范。",
                 kind="L", leaders=[("副县长", "杜文静")],
                 lead=["县爱卫办"], coop=["县直各有关单位"]),
            dict(lead_in="模拟评估。",
                 text="委托第三方机构对照评审标准开展一次全覆盖模拟评估，形成问题清单交办各责任单位立行立改。",
                 kind="L", leaders=[("副县长", "杜文静")],
                 lead=["县爱卫办"], coop=["县财政局"]),
            dict(lead_in="迎检点位提升。",
                 text="对可能抽查的农贸市场、“五小”门店、居民小区、公共厕所等点位实行“一点一策”，逐一落实包保责任人。",
                 kind="L", leaders=[("副县长", "马　骁")],
                 lead=["县城市管理局"], coop=["县市场监督管理局（县知识产权局）", "各街道办事处"]),
            dict(lead_in="群众满意度提升。",
                 text="组织志愿者开展入户宣传和问卷调查，城区居民对卫生县城创建工作的知晓率和满意度均达到90%以上。",
                 kind="L", leaders=[("县政府党组成员", "葛长青")],
                 lead=["县委宣传部"], coop=["县文明办", "各街道办事处"]),
            dict(lead_in="经费保障。",
                 text="统筹安排复审迎检工作经费，对各责任单位的攻坚整治项目资金及时审核拨付，确保不因资金问题影响工作进度。",
                 kind="L", leaders=[("常务副县长", "陆峰")],
                 lead=["县财政局"], coop=["县爱卫办"]),
        ],
    },
    {
        "cn": "四", "name": "巩固提升阶段", "window": "2025年8月11日—8月19日",
        "tasks": [
            dict(lead_in="全面总结评估。",
                 text="对“百日攻坚”行动开展情况进行全面总结，形成总结报告报县委、县政府。",
                 kind="R", resp=["县爱卫办"]),
            dict(lead_in="建立长效机制。",
                 text="将行之有效的做法固化为制度，健全环境卫生常态化管理、农贸市场长效管理和病媒生物防制长效机制。",
                 kind="R", resp=["县爱卫办", "县城市管理局", "县市场监督管理局（县知识产权局）"]),
            dict(lead_in="严格奖惩问责。",
                 text="对攻坚行动中表现突出的单位和个人予以通报表扬，对工作不力、影响复审结果的单位和个人按规定严肃问责。",
                 kind="R", resp=["县政府督查室", "县爱卫办"], place="para"),
        ],
    },
    {
        "cn": "五", "name": "贯穿全程的工作", "window": "2025年5月12日—8月19日",
        "tasks": [
            dict(lead_in="督查督办。",
                 text="每周开展一次暗访督查，编发督查通报，对问题突出、整改不力的单位进行约谈。",
                 kind="R", resp=["县政府督查室", "县委督查室"]),
            dict(lead_in="舆论监督。",
                 text="在县电视台、“藜塘发布”微信公众号开设“曝光台”栏目，每周曝光一批不文明、不卫生行为和整改不到位问题。",
                 kind="R", resp=["县融媒体中心", "县委宣传部"]),
            dict(lead_in="信息报送。",
                 text="各责任单位每周五17时前向县爱卫办报送工作进展，县爱卫办每周汇总报指挥部。",
                 kind="R", resp=["县爱卫办"]),
        ],
    },
]

SEP_DEFAULT = "、"


def join_units(units, seps=None):
    seps = seps or [SEP_DEFAULT] * (len(units) - 1)
    assert len(seps) == len(units) - 1
    out = units[0]
    for s, u in zip(seps, units[1:]):
        out += s + u
    return out


def clause_text(t):
    if t["kind"] == "R":
        return "（责任单位：" + join_units(t["resp"], t.get("resp_seps")) + "）"
    leaders = "、".join(post + " " + name for post, name in t["leaders"])
    return ("（责任县领导：" + leaders + "；牵头单位：" + join_units(t["lead"])
            + "；配合单位：" + join_units(t["coop"], t.get("coop_seps")) + "）")


def gold_records():
    recs = []
    for pi, ph in enumerate(PHASES, 1):
        for ti, t in enumerate(ph["tasks"], 1):
            dot = t.get("dot", "．")
            full = t["lead_in"] + t["text"]
            head = re.sub(r"\s", "", full)[:12]
            if t["kind"] == "R":
                resp = list(t["resp"])
                lead = [resp[0]]
                coop = resp[1:]
                leaders = []
            else:
                lead = list(t["lead"])
                coop = list(t["coop"])
                resp = lead + coop
                leaders = [re.sub(r"[\s\u3000]", "", n) for _, n in t["leaders"]]
            own = t.get("own")
            if own:
                assert own in full
            recs.append({
                "id": f"{pi}.{ti}",
                "marker": f"{ti}{dot}",
                "head": head,
                "responsible_units": resp,
                "lead_units": lead,
                "cooperating_units": coop,
                "leaders": leaders,
                "deadline": own if own else ph["window"],
            })
    return recs


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, east, size=16, bold=False, color=None, ascii_font="Times New Roman"):
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


def fmt_par(p, align=None, indent=True, exact=28.95, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)


def add_par(doc, text="", east=FS, size=16, bold=False, align=None, indent=True, color=None, exact=28.95):
    p = doc.add_paragraph()
    fmt_par(p, align=align, indent=indent, exact=exact)
    if text:
        r = p.add_run(text)
        set_font(r, east, size, bold, color)
    return p


def add_runs(p, parts):
    for text, east, bold in parts:
        r = p.add_run(text)
        set_font(r, east, 16, bold)


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def page_footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14, ascii_font="宋体")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE   \\* MERGEFORMAT ")
    rr = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "28")
    rpr.append(sz)
    rr.append(rpr)
    t = OxmlElement("w:t")
    t.text = "1"
    rr.append(t)
    fld.append(rr)
    fp._p.append(fld)
    r = fp.add_run(" —")
    set_font(r, "宋体", 14, ascii_font="宋体")


def cell_border(cell, top=None, bottom=None):
    tcpr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for side, val in (("top", top), ("left", None), ("bottom", bottom), ("right", None)):
        e = OxmlElement(f"w:{side}")
        if val:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(val))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        borders.append(e)
    tcpr.append(borders)


def build_docx():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(20)
    page_footer(sec)

    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    # 版头
    for _ in range(2):
        add_par(doc, indent=False)
    add_par(doc, ISSUER + "文件", XBS, 36, False, WD_ALIGN_PARAGRAPH.CENTER, False, "FF0000", exact=60)
    add_par(doc, indent=False)
    p = add_par(doc, WENHAO, FS, 16, False, WD_ALIGN_PARAGRAPH.CENTER, False)
    bottom_border(p)
    add_par(doc, indent=False)

    # 标题 (two lines by a line break)
    p = doc.add_paragraph()
    fmt_par(p, WD_ALIGN_PARAGRAPH.CENTER, False, exact=35)
    r = p.add_run(ISSUER)
    set_font(r, XBS, 22)
    r.add_break()
    r = p.add_run("关于印发" + FANGAN + "的通知")
    set_font(r, XBS, 22)
    add_par(doc, indent=False)

    add_par(doc, "各乡镇人民政府、街道办事处，县政府各部门、各直属机构：", indent=False)
    add_par(doc, "《" + FANGAN + "》已经县政府同意，现印发给你们，请结合实际，认真抓好贯彻落实。")
    add_par(doc, "方案第四部分按攻坚推进阶段列明各项任务的责任县领导和责任单位。"
                 "列明“牵头单位”“配合单位”的，按列明的执行；只列“责任单位”的，排在第一位的为牵头单位，其他为配合单位。"
                 "各项任务须在所在阶段截止日期前完成；任务中另有时限要求的，按规定时限完成。"
                 "各牵头单位每周五17时前将工作进展报县爱卫办（联系人：彭　静，电话：0743-6212365）。")
    add_par(doc, indent=False)
    add_par(doc, indent=False)
    p = add_par(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(80)
    add_par(doc, "（此件公开发布）")

    # 方案 on a new page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p = add_par(doc, FANGAN, XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, False, exact=35)
    add_par(doc, indent=False)

    add_par(doc, "为巩固国家卫生县城创建成果，确保我县以优异成绩通过2025年国家卫生县城复审，"
                 "县政府决定自2025年5月12日起，在全县开展国家卫生县城复审迎检“百日攻坚”行动。现制定如下方案。")
    add_par(doc, "一、总体要求", HT)
    add_par(doc, "坚持以人民为中心的发展思想，以国家卫生县城标准为遵循，以问题整改为抓手，"
                 "聚焦城市环境卫生、农贸市场、“五小”行业、病媒生物防制等薄弱环节，集中力量、集中时间、集中攻坚，"
                 "推动城乡环境面貌持续改善，群众健康素养不断提升。")
    add_par(doc, "二、工作目标", HT)
    add_par(doc, "通过100天集中攻坚，国家卫生县城标准各项指标全面达标，暗访和预评估发现的问题全部整改到位，"
                 "群众对卫生县城创建工作的知晓率、满意度均达到90%以上，确保顺利通过国家卫生县城复审。")
    add_par(doc, "三、组织领导", HT)
    add_par(doc, "成立藜塘县国家卫生县城复审迎检“百日攻坚”行动指挥部，由县长韩立新任指挥长，"
                 "常务副县长陆峰、副县长杜文静、副县长马骁任副指挥长，县政府办公室、县爱卫办、县卫生健康局、"
                 "县城市管理局、县市场监督管理局、县住房和城乡建设局主要负责同志为成员。"
                 "指挥部办公室设在县爱卫办，县卫生健康局局长吴振华兼任办公室主任，负责日常调度、督促推进和情况汇总。")
    add_par(doc, "四、阶段任务及责任分工", HT)

    for ph in PHASES:
        add_par(doc, "（" + ph["cn"] + "）" + ph["name"] + "（" + ph["window"] + "）", KT)
        for ti, t in enumerate(ph["tasks"], 1):
            dot = t.get("dot", "．")
            p = add_par(doc)
            parts = [(f"{ti}{dot}", FS, False), (t["lead_in"], FS, True), (t["text"], FS, False)]
            place = t.get("place", "inline")
            if "text2" in t:
                p2 = add_par(doc)
                add_runs(p, parts)
                tail = [(t["text2"], FS, False)]
                if place == "inline":
                    tail.append((clause_text(t), KT, False))
                add_runs(p2, tail)
            else:
                if place == "inline":
                    parts.append((clause_text(t), KT, False))
                add_runs(p, parts)
            if place == "para":
                add_par(doc, clause_text(t), KT)

    add_par(doc, "五、保障措施", HT)
    p = add_par(doc)
    add_runs(p, [("（一）强化组织领导。", KT, False),
                 ("各乡镇（街道）、各有关单位要把复审迎检作为当前一项重要政治任务，主要负责同志亲自抓，"
                  "分管负责同志具体抓，确保人员、措施、经费“三到位”。", FS, False)])
    p = add_par(doc)
    add_runs(p, [("（二）强化协调配合。", KT, False),
                 ("牵头单位要主动牵头、统筹推进，配合单位要各司其职、密切配合，"
                  "涉及多个部门的问题由县爱卫办提请指挥部协调解决。", FS, False)])
    p = add_par(doc)
    add_runs(p, [("（三）强化督查问责。", KT, False),
                 ("县纪委监委、县委督查室、县政府督查室要全程跟踪督查，对推进不力、敷衍塞责、"
                  "影响复审结果的，依规依纪严肃追责问责。", FS, False)])

    # 版记 on the last page: a borderless table with rules
    add_par(doc, indent=False)
    tbl = doc.add_table(rows=2, cols=1)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    c1, c2 = tbl.rows[0].cells[0], tbl.rows[1].cells[0]
    cell_border(c1, top=12, bottom=4)
    cell_border(c2, top=4, bottom=12)
    p = c1.paragraphs[0]
    p.paragraph_format.left_indent = Pt(14)
    r = p.add_run("抄送：县委办公室，县人大常委会办公室，县政协办公室，县纪委监委。")
    set_font(r, FS, 14)
    p = c2.paragraphs[0]
    p.paragraph_format.left_indent = Pt(14)
    r = p.add_run(ISSUER + "　　　　　　　　　　" + DATE + "印发")
    set_font(r, FS, 14)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 5, 9, 8, 30, 0)
    cp.author = "县政府办秘书股"
    cp.last_modified_by = "县政府办秘书股"
    cp.title = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def deterministic_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2025, 5, 9, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(name))
    return out.getvalue()


def main():
    recs = gold_records()
    assert 20 <= len(recs) <= 45, len(recs)
    # self-check: every unit of a task appears, in order, in its printed clause
    for ph in PHASES:
        for t in ph["tasks"]:
            c = clause_text(t)
            units = t["resp"] if t["kind"] == "R" else t["lead"] + t["coop"]
            pos = 0
            for u in units:
                i = c.find(u, pos)
                assert i >= 0, (u, c)
                pos = i + len(u)
    with open(NOTICE, "wb") as f:
        f.write(deterministic_zip(build_docx()))
    with open(GOLD, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {os.path.basename(NOTICE)} and {os.path.basename(GOLD)}: {len(recs)} tasks")


if __name__ == "__main__":
    main()
