#!/usr/bin/python3
"""Round 143, test notice 727: a 三甲医院's 院长办公室 dividing the hospital's 2025年重点工作 among its
职能部门 and 临床医技科室, as the red-header Word notice the hospital issues (python-docx 0.8.11).

Writes 727_huanyang_shiyiyuan_2025_zhongdian_gongzuo_fenjie.docx and 727.tasks.gold.jsonl from the one
description of the tasks below (SECTIONS). Deterministic: fixed core properties and zip timestamps.
"""
import copy
import io
import json
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

OUT = "727_huanyang_shiyiyuan_2025_zhongdian_gongzuo_fenjie.docx"
GOLD = "727.tasks.gold.jsonl"

HOSP = "澴阳市第一人民医院"
WENHAO = "澴一院发〔2025〕9号"
DATE = "2025年2月18日"

# ---------------------------------------------------------------------------------------------
# The one description of the tasks.
#   n        the 序号 as printed
#   text     paragraphs of the 重点工作任务 cell (the first one carries the head)
#   target   paragraphs of the 预期目标 cell, or rows=[[...],[...]] when the task runs over two rows
#   lead     院领导 cell: ("para"|"dun"|"one", [names as printed]) ; None = merged with the task above
#   units    责任部门（科室） cell: list of (unit, marked_lead) ; usep = "、" | "para" | list of separators
#   deadline 完成时限 cell
# ---------------------------------------------------------------------------------------------
SECTIONS = [
    ("一、党的建设与党风廉政建设（5项）", [
        dict(n=1, text=["深入学习贯彻党的二十届三中全会精神，严格落实党委领导下的院长负责制，修订完善党委会、院长办公会议事规则和“三重一大”决策制度。"],
             target=["议事规则修订印发；“三重一大”事项集体决策率100%"],
             lead=("one", ["张建华"]), units=[("党委办公室", 0), ("院长办公室", 0)], usep="、", deadline="2025年6月底前"),
        dict(n=2, text=["推进党建与业务深度融合，实施“一支部一品牌”创建行动，开展临床医技科室党支部书记“双带头人”培育工程。"],
             target=["创建院级示范党支部3个；“双带头人”党支部书记比例保持100%"],
             lead=None, units=[("党委组织部", 0), ("各党支部", 0)], usep="、", deadline="2025年12月"),
        dict(n=3, text=["加强医院文化建设和新闻宣传工作，完成院史馆布展，策划开展建院八十周年系列纪念活动。"],
             target=["院史馆10月前开馆；市级以上媒体正面报道不少于60篇"],
             lead=None, units=[("党委宣传部", 0), ("工会", 0), ("团委", 0), ("院办", 0)], usep="、", deadline="2025年10月"),
        dict(n=4, text=["持续深化清廉医院建设，开展医药领域腐败问题集中整治“回头看”，规范医药代表院内接待和学术活动管理。"],
             target=["医药代表接待登记备案率100%；发现问题整改销号率100%"],
             lead=("one", ["赵丽君"]),
             units=[("纪检监察室", 0), ("医务部", 0), ("药学部（药剂科）", 0), ("医学装备部", 0), ("采购中心", 0)],
             usep="、", deadline="全年"),
        dict(n=5, text=["加强行风建设，严格执行医疗机构工作人员廉洁从业九项准则，健全收受“红包”、回扣等问题的发现和查处机制。"],
             target=["患者满意度调查中行风评价满意率≥95%"],
             lead=None, units=[("纪检监察室", 0), ("医务部", 0), ("护理部", 0), ("各临床科室", 0)],
             usep=["，", "、", "、"], deadline="持续推进"),
    ]),
    ("二、医疗质量与安全管理（7项）", [
        dict(n=6, text=["全面落实十八项医疗质量安全核心制度，做好全面提升医疗质量行动（2023—2025年）收官工作：",
                        "（1）开展核心制度落实情况季度督导检查；",
                        "（2）完善医疗质量安全不良事件主动报告和分析改进机制；",
                        "（3）组织行动收官评估，形成总结报告。"],
             target=["低风险组病例死亡率控制在0.02%以下；不良事件报告例数≥每百床每年20例"],
             lead=("one", ["李卫东"]),
             units=[("医务部", 0), ("质量管理办公室", 0), ("各临床科室", 0), ("各医技科室", 0)], usep="para",
             deadline="2025年12月"),
        dict(n=7, text=["对照《三级医院评审标准（2022年版）》及其实施细则，做好三级甲等医院复审迎评准备，组织全院逐条自查整改。"],
             target=["完成两轮全院模拟评审；核心条款达标率100%"],
             lead=("para", ["张建华", "周明远"]),
             units=[("质量管理办公室", 1), ("院长办公室", 1), ("各职能部门", 0), ("各临床医技科室", 0)], usep="、",
             deadline="2025年9月底前"),
        dict(n=8, text=["加强手术分级管理和手术授权动态管理，稳步提升四级手术和微创手术占比。"],
             rows=[["四级手术占比≥22%（国考指标）"], ["出院患者微创手术占比≥20%"]],
             lead=("one", ["李卫东"]),
             units=[("医务部", 0), ("麻醉科", 0), ("手术室", 0), ("各手术科室", 0)], usep="、", deadline="全年"),
        dict(n=9, text=["推进单病种质量管理与临床路径信息化管理，扩大临床路径覆盖病种范围。"],
             target=["纳入临床路径管理病例占出院病例比例≥50%；单病种上报及时率100%"],
             lead=None, units=[("医务部", 0), ("质量管理办公室", 0), ("信息中心", 0)], usep="、",
             deadline="2025年12月"),
        dict(n=10, text=["加强护理质量管理和专科护理队伍建设，深化“优质护理服务示范病区”创建，推进延续护理服务。"],
             target=["各病区优质护理服务覆盖率100%；新增省级专科护士12名"],
             lead=("one", ["陈雪梅"]), units=[("护理部", 0), ("各病区", 0)], usep="、", deadline="2025年12月"),
        dict(n=11, text=["强化医院感染防控，落实多重耐药菌监测预警和重点部位感染防控措施，开展手卫生专项督查。"],
             target=["医务人员手卫生依从率≥90%；Ⅰ类切口手术部位感染率≤1%"],
             lead=None,
             units=[("医院感染管理科", 0), ("护理部", 0), ("医务部", 0), ("检验科", 0), ("重症医学科（ICU）", 0)],
             usep="、", deadline="持续推进"),
        dict(n=12, text=["加强合理用药管理，开展抗菌药物、重点监控药品和辅助用药专项处方点评，结果与科室绩效挂钩。"],
             target=["门诊患者基本药物处方占比≥55%；住院患者抗菌药物使用强度≤40DDDs"],
             lead=("one", ["李卫东"]), units=[("药学部（药剂科）", 0), ("医务部", 0), ("医保办", 0)], usep="、",
             deadline="每季度"),
    ]),
    ("三、学科建设与科研教学（4项）", [
        dict(n=13, text=["实施重点学科“登峰计划”，按照“强优势、补短板”思路分层次推进学科建设，争创省级临床重点专科。"],
             target=["新增省级临床重点专科2个、市级重点专科3个"],
             lead=("dun", ["周明远", "王　强"]),
             units=[("科研处", 0), ("医务部", 0), ("相关临床科室", 0)], usep="、", deadline="2025年12月"),
        dict(n=14, text=["巩固提升“五大中心”建设成效，完善院前急救与院内救治无缝衔接机制，缩短急危重症患者救治时间。"],
             target=["胸痛中心D-to-W时间≤90分钟；卒中中心DNT时间≤45分钟"],
             lead=("one", ["李卫东"]),
             units=[("医务部", 0), ("急诊医学科", 0), ("五大中心（胸痛、卒中、创伤、危重孕产妇、危重新生儿救治中心）", 0)],
             usep="、", deadline="2025年11月"),
        dict(n=15, text=["加强科研平台建设和科技成果转化，完善药物临床试验机构质量管理体系，迎接国家药监部门监督检查。"],
             target=["获批省部级以上科研项目8项；新增临床试验项目20项"],
             lead=("one", ["王　强"]),
             units=[("科研处", 0), ("药物临床试验机构办公室（GCP办）", 0)], usep="、", deadline="2025年12月"),
        dict(n=16, text=["做好住院医师规范化培训基地动态评估和教学查房、技能培训等日常管理，提高结业考核通过率。"],
             target=["住培结业理论考核首次通过率≥95%"],
             lead=None, units=[("教学部", 0), ("医务部", 0), ("各专业基地", 0)], usep="、", deadline="2025年8月底前"),
    ]),
    ("四、信息化与智慧医院建设（4项）", [
        dict(n=17, text=["推进电子病历系统应用水平分级评价五级建设，同步推进智慧服务、智慧管理分级评估达标。"],
             target=["通过电子病历系统应用水平五级评审"],
             lead=("one", ["王　强"]),
             units=[("信息中心", 1), ("医务部", 0), ("护理部", 0), ("质量管理办公室", 0)], usep="、",
             deadline="2025年12月"),
        dict(n=18, text=["建设互联网医院二期，拓展线上复诊、处方流转、药品配送和慢病随访等服务功能。"],
             target=["线上复诊服务量较上年增长30%"],
             lead=None,
             units=[("互联网医院办公室", 0), ("信息中心", 0), ("门诊部", 0), ("药学部（药剂科）", 0)], usep="、",
             deadline="2025年10月"),
        dict(n=19, text=["“5G+智慧急救”平台上线运行，实现院前急救车与院内急诊、胸痛中心信息实时互联互通。"],
             target=["平台上线运行，急救车接入率100%"],
             lead=("para", ["李卫东", "王　强"]),
             units=[("急诊医学科", 0), ("信息中心", 0), ("医务部", 0)], usep="、", deadline="2025年6月底前"),
        dict(n=20, text=["加强网络安全和数据安全管理，完成核心业务系统网络安全等级保护三级测评。"],
             target=["等保三级测评全部通过；全年不发生重大网络安全事件"],
             lead=("one", ["王　强"]), units=[("信息中心", 0), ("保卫科", 0)], usep="、", deadline="2025年11月"),
    ]),
    ("五、运营管理与经济管理（5项）", [
        dict(n=21, text=["DIP支付方式改革全面实施后，建立病种成本核算和DIP分值绩效分析机制，按月分析反馈科室运行情况。"],
             target=["DIP结算盈余病种占比稳步提高；医保基金违规使用问题零发生"],
             lead=("one", ["孙海涛"]),
             units=[("医保办", 0), ("运营管理部", 0), ("财务部", 0), ("病案统计科", 0), ("信息中心", 0)], usep="、",
             deadline="全年"),
        dict(n=22, text=["推进全面预算管理和内部控制建设，开展经济合同、科研经费等重点领域内部审计。"],
             target=["预算执行率≥95%；内部审计覆盖全部重点领域"],
             lead=None, units=[("财务部", 0), ("审计科", 0), ("各职能部门", 0)], usep="、", deadline="2025年12月"),
        dict(n=23, text=["深化薪酬制度改革，优化以岗位价值、工作量和质量安全为核心的绩效分配方案。"],
             target=["新版绩效分配方案经职代会审议通过后实施"],
             lead=("para", ["周明远", "孙海涛"]),
             units=[("人力资源部", 0), ("运营管理部", 0), ("财务部", 0), ("工会", 0)], usep="、", deadline="2025年9月"),
        dict(n=24, text=["加强医用耗材和大型医用设备全生命周期管理，开展大型设备使用效益分析。"],
             target=["百元医疗收入（不含药品收入）中消耗的卫生材料≤20元"],
             lead=("one", ["孙海涛"]),
             units=[("医学装备部", 0), ("采购中心", 0), ("财务部", 0), ("审计科", 0)], usep="、", deadline="持续推进"),
        dict(n=25, text=["做好三级公立医院绩效考核指标日常监测，对关键指标实行月监测、季分析、年考核。"],
             target=["国家三级公立医院绩效考核等级保持A"],
             lead=("one", ["周明远"]),
             units=[("运营管理部", 0), ("质量管理办公室", 0), ("病案统计科", 0), ("信息中心", 0)], usep="para",
             deadline="全年"),
    ]),
    ("六、人才队伍建设（3项）", [
        dict(n=26, text=["实施“英才引育”工程，落实高层次人才引进待遇，全年引进博士及高层次人才15名以上。"],
             target=["引进博士及高层次人才≥15名"],
             lead=("one", ["周明远"]), units=[("人力资源部", 0), ("科研处", 0), ("党委组织部", 0)], usep="、",
             deadline="2025年12月"),
        dict(n=27, text=["加强青年医师和护理骨干培养，选派业务骨干赴国内知名医院进修学习。"],
             target=["选派进修人员不少于40人次"],
             lead=None, units=[("人力资源部", 0), ("医务部", 0), ("护理部", 0), ("教学部", 0)], usep="、",
             deadline="全年"),
        dict(n=28, text=["完善专业技术职务评聘和岗位聘用管理办法，做好年度岗位聘任工作。"],
             target=["印发评聘管理办法，按时完成年度聘任"],
             lead=None, units=[("人力资源部", 0), ("院办", 0)], usep="、", deadline="2025年10月"),
    ]),
    ("七、医联体建设与公共卫生服务（4项）", [
        dict(n=29, text=["深化紧密型城市医疗集团建设，推动专家、技术和管理下沉成员单位，提升基层服务能力。"],
             target=["向成员单位派驻专家不少于30人；上转患者平均等待时间≤3天"],
             lead=("dun", ["周明远", "陈雪梅"]),
             units=[("医联体办公室", 0), ("医务部", 0), ("护理部", 0)], usep="、", deadline="全年"),
        dict(n=30, text=["做好重大传染病防控和突发公共卫生事件医疗救治准备，完善应急物资储备和应急演练。"],
             target=["全年组织应急演练不少于4次"],
             lead=("one", ["陈雪梅"]),
             units=[("公共卫生科", 0), ("医务部", 0), ("医院感染管理科", 0), ("后勤保障部", 0)], usep="、",
             deadline="持续推进"),
        dict(n=31, text=["持续改善患者就医体验，推行“一站式”服务和诊间结算，优化门诊分时段预约诊疗流程。"],
             target=["门诊患者预约诊疗率≥70%；门诊患者满意度≥92%"],
             lead=None,
             units=[("门诊部", 0), ("客户服务中心", 0), ("信息中心", 0), ("财务部", 0)], usep="、",
             deadline="2025年6月底前"),
        dict(n=32, text=["开展健康科普进社区、进学校、进企业活动，组织专家团队开展义诊和健康讲座。"],
             target=["全年开展义诊及健康讲座不少于50场"],
             lead=None, units=[("党委宣传部", 0), ("健康管理中心", 0), ("团委", 0)], usep="、", deadline="全年"),
    ]),
    ("八、后勤保障与基本建设（4项）", [
        dict(n=33, text=["加快推进外科综合楼建设，强化工程质量、安全和资金监管，确保主体结构按期封顶。"],
             target=["外科综合楼主体结构封顶"],
             lead=("one", ["刘国栋"]),
             units=[("基建办", 0), ("后勤保障部", 0), ("医学装备部", 0), ("财务部", 0)], usep="、",
             deadline="2025年12月"),
        dict(n=34, text=["推进节约型医院建设，实施能耗分项计量和节能改造，降低万元收入能耗支出。"],
             target=["万元收入能耗支出较上年下降3%"],
             lead=None, units=[("后勤保障部", 0), ("运营管理部", 0)], usep="、", deadline="全年"),
        dict(n=35, text=["落实安全生产责任制，开展消防安全、危险化学品和医疗设备安全隐患排查整治。"],
             target=["全年不发生较大以上安全生产责任事故"],
             lead=None, units=[("保卫科", 0), ("后勤保障部", 0), ("医学装备部", 0)], usep="、",
             deadline="持续推进"),
        dict(n=36, text=["统筹做好迎接上级巡察、审计和各类督查检查工作，建立问题清单，抓好整改落实。"],
             target=["反馈问题按期整改完成率100%"],
             lead=("one", ["全体院领导"]),
             units=[("院办", 0), ("党办", 0), ("纪检监察室", 0), ("审计科", 0)], usep="、", deadline="按上级要求"),
    ]),
]

GENERIC_LEADERS = {"全体院领导"}

# ------------------------------------------------------------------------------- gold
def gold_records():
    recs = []
    cur_lead = None
    for _, tasks in SECTIONS:
        for t in tasks:
            if t["lead"] is not None:
                cur_lead = t["lead"]
            names = [n.replace("　", "").replace(" ", "") for n in cur_lead[1] if n not in GENERIC_LEADERS]
            units = [u for u, _ in t["units"]]
            marked = [u for u, m in t["units"] if m]
            leads = marked if marked else units[:1]
            coop = [u for u in units if u not in leads]
            head = "".join(t["text"][0].split())[:12]
            recs.append(dict(id=str(t["n"]), marker=str(t["n"]), head=head, responsible_units=units,
                             lead_units=leads, cooperating_units=coop, leaders=names, deadline=t["deadline"]))
    return recs


# ------------------------------------------------------------------------------- docx helpers
def set_fonts(run, east, size=None, bold=None, color=None, ascii_font="Times New Roman"):
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)


def pfmt(p, align=None, first_chars=None, line=None, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line is not None:
        pf.line_spacing = Pt(line)
    if first_chars is not None:
        ppr = p._p.get_or_add_pPr()
        ind = OxmlElement("w:ind")
        ind.set(qn("w:firstLineChars"), str(first_chars))
        ind.set(qn("w:firstLine"), str(first_chars * 16 // 5))
        ppr.append(ind)


def para(doc_or_cell, text="", east="仿宋_GB2312", size=16, bold=None, align=None, first_chars=200, line=28,
         color=None):
    p = doc_or_cell.add_paragraph()
    pfmt(p, align=align, first_chars=first_chars, line=line)
    if text:
        r = p.add_run(text)
        set_fonts(r, east, size, bold, color)
    return p


def border_bottom(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def border_top(p, color="000000", sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:top")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def add_page_field(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_fonts(r, "宋体", 14)
    r = fp.add_run()
    set_fonts(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        r._element.append(e)
    r = fp.add_run(" —")
    set_fonts(r, "宋体", 14)


def cell_text(cell, paras, east="仿宋_GB2312", size=10.5, bold=None, align=WD_ALIGN_PARAGRAPH.LEFT):
    # clear
    for p in list(cell.paragraphs):
        p._p.getparent().remove(p._p)
    for s in paras:
        p = cell.add_paragraph()
        pfmt(p, align=align, line=15)
        if s:
            r = p.add_run(s)
            set_fonts(r, east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_col_widths(table, widths):
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(round(Cm(w) / 635))))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def units_cell(t):
    names = [u + ("（牵头）" if m else "") for u, m in t["units"]]
    sep = t["usep"]
    if sep == "para":
        return names
    if isinstance(sep, str):
        return [sep.join(names)]
    s = names[0]
    for sp, nm in zip(sep, names[1:]):
        s += sp + nm
    return [s]


def leader_cell(lead):
    kind, names = lead
    if kind == "para":
        return list(names)
    return ["、".join(names)]


# ------------------------------------------------------------------------------- build
def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    st.font.size = Pt(16)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    add_page_field(sec)

    # python-docx's template starts with one empty paragraph? (it does not; body holds only sectPr)
    # 版头
    for _ in range(2):
        para(doc, first_chars=None)
    p = para(doc, HOSP + "文件", east="方正小标宋简体", size=34, align=WD_ALIGN_PARAGRAPH.CENTER,
             first_chars=None, line=None, color="FF0000")
    para(doc, first_chars=None)
    p = para(doc, WENHAO, align=WD_ALIGN_PARAGRAPH.CENTER, first_chars=None)
    border_bottom(p, "FF0000", 18)
    para(doc, first_chars=None)

    # 标题（两行，行内换行）
    p = doc.add_paragraph()
    pfmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    r = p.add_run(HOSP + "关于印发")
    set_fonts(r, "方正小标宋简体", 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("2025年重点工作任务分解表的通知")
    set_fonts(r, "方正小标宋简体", 22)
    para(doc, first_chars=None)

    para(doc, "各党支部，各职能部门，各临床、医技科室：", first_chars=None)
    para(doc, "为全面贯彻落实全市卫生健康工作会议精神和医院四届三次职工代表大会部署，扎实推进公立医院高质量发展，"
              "医院制定了2025年重点工作任务分解表，已经2025年2月11日院长办公会、2月13日院党委会审议通过，"
              "现印发给你们，请认真抓好落实。现就有关事项通知如下：")

    def runin(head, body):
        p = para(doc)
        r = p.add_run(head)
        set_fonts(r, "黑体", 16)
        r = p.add_run(body)
        set_fonts(r, "仿宋_GB2312", 16)

    runin("一、提高思想认识。", "2025年是“十四五”规划收官之年，也是医院迎接三级甲等医院复审的关键之年。各部门、各科室要充分认识做好"
                         "年度重点工作的重要意义，把任务落实作为检验工作作风和履职能力的重要标尺，确保各项工作按期高质量完成。")
    runin("二、压实工作责任。", "分管院领导是分管任务落实的领导责任人，要加强统筹调度，定期听取进展汇报。“责任部门（科室）”栏中"
                         "排在第一位的为牵头部门，对任务落实负总责；其余为配合部门（科室），要按照职责分工主动配合、形成合力。"
                         "两个部门共同牵头的，已在部门名称后加注“（牵头）”。各牵头部门要于3月10日前细化制定推进计划，"
                         "明确时间节点和责任人，报院长办公室备案。")
    runin("三、强化督查考核。", "院长办公室会同党委办公室对重点工作落实情况实行“月调度、季通报、年考核”。各牵头部门请于每季度"
                         "最后一个月的25日前，通过OA系统报送任务进展情况，全年工作完成情况于12月20日前报送。"
                         "重点工作完成情况纳入科室年度目标责任制考核，对推进不力、进度滞后的部门和科室予以通报。")
    para(doc, "联系人：院长办公室　刘　婷，联系电话（内线）：8021。")
    para(doc, first_chars=None)
    p = para(doc, "附件：" + HOSP + "2025年重点工作任务分解表", first_chars=200)
    para(doc, first_chars=None)
    para(doc, first_chars=None)
    p = para(doc, HOSP, first_chars=None, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Cm(2.2)
    p = para(doc, DATE, first_chars=None, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Cm(2.8)
    para(doc, "（此件院内公开）")

    # 附件：横向
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    sec2.top_margin, sec2.bottom_margin = Cm(2.5), Cm(2.2)
    sec2.left_margin, sec2.right_margin = Cm(2.2), Cm(2.0)
    para(doc, "附件", east="黑体", first_chars=None)
    para(doc, first_chars=None)
    para(doc, HOSP + "2025年重点工作任务分解表", east="方正小标宋简体", size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, first_chars=None, line=None)
    para(doc, first_chars=None)

    widths = [1.3, 8.3, 5.6, 2.6, 5.4, 2.3]
    header = ["序号", "重点工作任务", "预期目标", "分管院领导", "责任部门（科室）", "完成时限"]
    n_rows = 1
    for _, tasks in SECTIONS:
        n_rows += 1
        for t in tasks:
            n_rows += len(t["rows"]) if "rows" in t else 1
    table = doc.add_table(rows=n_rows, cols=6)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(table.rows[0].cells, header):
        cell_text(c, [h], east="黑体", size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(table.rows[0])

    r = 1
    lead_top = None  # (row index of the top of the current 分管院领导 merge, lead)
    pending = []     # (top, bottom, lead) merges to make afterwards

    for heading, tasks in SECTIONS:
        if lead_top is not None:
            pending.append(lead_top)
            lead_top = None
        row = table.rows[r]
        c = row.cells[0].merge(row.cells[5])
        cell_text(c, [heading], east="黑体", size=11)
        r += 1
        for t in tasks:
            span = len(t["rows"]) if "rows" in t else 1
            top, bot = r, r + span - 1
            if t["lead"] is not None:
                if lead_top is not None:
                    pending.append(lead_top)
                lead_top = [top, bot, t["lead"]]
            else:
                lead_top[1] = bot
            if span > 1:
                for col in (0, 1, 4, 5):
                    table.cell(top, col).merge(table.cell(bot, col))
                for i, tg in enumerate(t["rows"]):
                    cell_text(table.cell(top + i, 2), tg)
            else:
                cell_text(table.cell(top, 2), t["target"])
            cell_text(table.cell(top, 0), [str(t["n"])], align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(table.cell(top, 1), t["text"])
            cell_text(table.cell(top, 4), units_cell(t))
            cell_text(table.cell(top, 5), [t["deadline"]], align=WD_ALIGN_PARAGRAPH.CENTER)
            r += span
    if lead_top is not None:
        pending.append(lead_top)
    for top, bot, lead in pending:
        if bot > top:
            table.cell(top, 3).merge(table.cell(bot, 3))
        cell_text(table.cell(top, 3), leader_cell(lead), align=WD_ALIGN_PARAGRAPH.CENTER)
    # empty continuation cells of merges keep one empty paragraph (python-docx leaves none sometimes)
    for tc in table._tbl.iter(qn("w:tc")):
        if tc.find(qn("w:p")) is None:
            tc.append(OxmlElement("w:p"))
    set_col_widths(table, widths)

    # 版记
    for _ in range(2):
        para(doc, first_chars=None)
    p = para(doc, "抄送：澴阳市卫生健康委员会。", size=14, first_chars=None)
    p.paragraph_format.left_indent = Cm(0.5)
    border_top(p, "000000", 8)
    p = para(doc, HOSP + "院长办公室　　　　　　　　　　　　　　　　　　　　　　　　　　　2025年2月18日印发", size=14,
             first_chars=None)
    p.paragraph_format.left_indent = Cm(0.5)
    border_top(p, "000000", 4)
    border_bottom(p, "000000", 8)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 18, 9, 30, 0)
    cp.author = "院长办公室"
    cp.last_modified_by = "院长办公室"
    cp.title = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    return doc


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 18, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def main():
    doc = build()
    save_deterministic(doc, OUT)
    recs = gold_records()
    n = len(recs)
    assert 20 <= n <= 45, n
    # section counts printed in headings must agree
    for heading, tasks in SECTIONS:
        assert heading.endswith("（%d项）" % len(tasks)), heading
    with open(GOLD, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, GOLD, n, "tasks")


if __name__ == "__main__":
    main()
