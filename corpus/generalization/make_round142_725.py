#!/usr/bin/python3
"""Round 142, notice 725: a 县政府办 red-header Word notice whose 附件 divides the
《政府工作报告》 tasks in paragraphs, each closing with one 楷体 bracket naming FOUR
roles: 责任领导 / 牵头单位 / 协作单位 / 配合单位 / 完成时限 (the Gansu-county three-tier
unit vocabulary 牵头 - 协作 - 配合, defined once in the cover).

Writes 725_taoling_xian_gzbg_renwu_fenjie.docx and 725.tasks.gold.jsonl from the one
structured description below.  Deterministic: fixed core properties and zip dates.

Run: /usr/bin/python3 make_725.py
"""
import io
import json
import os
import re
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for readers of the script)
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX = os.path.join(HERE, "725_taoling_xian_gzbg_renwu_fenjie.docx")
GOLD = os.path.join(HERE, "725.tasks.gold.jsonl")

ISSUER = "洮岭县人民政府办公室"
DOCNO = "洮政办发〔2025〕9号"
TITLE = "洮岭县人民政府办公室关于印发2025年县政府重点工作任务分解方案的通知"
ATT_TITLE = "2025年县政府重点工作任务分解方案"
DATE = "2025年3月12日"

ZHUSONG = "各乡镇人民政府，县政府各部门，县直及驻县各单位："

COVER = [
    "《2025年县政府重点工作任务分解方案》已经县政府第42次常务会议研究同意，现印发给你们，并就有关事项通知如下。",
    ("一、明确责任分工。", "方案对县十八届人大五次会议审议通过的《政府工作报告》确定的重点工作，逐项明确了责任领导、牵头单位、协作单位、配合单位和完成时限。责任领导对分管任务负领导责任，统筹调度推进。牵头单位负责牵头抓总、组织实施，对任务完成负总责；牵头单位有两个的，排在第一位的为主牵头单位，负责统筹协调和汇总报送，其他单位共同牵头。协作单位承担与本单位职能相关的具体工作，要主动与牵头单位衔接，协同推进；配合单位要按照牵头单位的要求，积极做好配合工作。协作单位标注“无”的，表示该项任务不设协作单位。"),
    ("二、强化协调推进。", "各牵头单位要于3月31日前制定具体推进方案，细化工作措施，明确时间节点，报责任领导审定后送县政府督查室备案。各协作和配合单位要积极主动与牵头单位衔接联系，形成工作合力。对推进中遇到的重大问题，牵头单位要及时向责任领导报告，提请县政府研究解决。"),
    ("三、严格督查考核。", "实行季度调度、半年督查、年终考核制度。各牵头单位于每季度末月25日前将任务进展情况书面报县政府督查室（联系人：李　娜，电话：0932-6621357，邮箱：tlxdcs@163.com）。县政府督查室将对任务落实情况跟踪督办，结果纳入年度目标责任考核。"),
]

INTRO = "为确保县十八届人大五次会议审议通过的《政府工作报告》确定的各项目标任务落到实处，现将2025年县政府重点工作任务分解如下。"

# ---------------------------------------------------------------------------
# The tasks.  Each clause is an ordered list of (label, value) pairs printed as
# （label：value；label：value；…）.  `sep` overrides the separator printed before a
# field (a clerk's half-width ';' once).  `own_para` puts the bracket in a paragraph
# of its own.  `subs` are （1）（2） points printed as paragraphs of their own after
# the task paragraph (the bracket then closes the last of them).
# ---------------------------------------------------------------------------
L, Q, X, P, T = "责任领导", "牵头单位", "协作单位", "配合单位", "完成时限"

PARTS = [
    ("一、全力以赴稳增长，推动经济运行持续向好", [
        dict(n="1", m="1.", t="确保主要经济指标稳中有进。",
             b="全县地区生产总值增长6%左右，规模以上工业增加值增长8%，固定资产投资增长7%，社会消费品零售总额增长6.5%，一般公共预算收入增长5%，城乡居民人均可支配收入分别增长5.5%和7.5%。",
             c=[(L, "杨立军、张海涛"), (Q, "县发展和改革局"), (X, "县统计局、县财政局、县工业和信息化局、县商务局"), (P, "各乡镇人民政府，县直有关单位"), (T, "2025年12月底前")]),
        dict(n="2", m="2.", t="全力扩大有效投资。",
             b="全年实施500万元以上项目150个以上，新开工项目80个以上；围绕“两重”“两新”政策谋划储备项目，争取中央预算内投资、超长期特别国债和地方政府专项债券资金12亿元以上。",
             c=[(L, "张海涛"), (Q, "县发展和改革局、县财政局"), (X, "县自然资源局、县住房和城乡建设局"), (P, "县直有关单位"), (T, "2025年12月底前")]),
        dict(n="3", m="3.", t="持续提振消费市场。",
             b="落实汽车、家电、家装厨卫以旧换新政策，开展“洮岭味道”等促消费活动20场次以上，培育夜间经济街区2个，限额以上商贸企业新增入库10户以上。",
             c=[(L, "王勇"), (Q, "县商务局"), (X, "县财政局、县市场监督管理局"), (P, "县文体广电和旅游局、各乡镇人民政府"), (T, "2025年12月底前")]),
        dict(n="4", m="4.", t="狠抓招商引资和项目落地。",
             b="聚焦中药材精深加工、新能源、农产品加工等产业链开展精准招商，全年新签约项目50个以上，到位资金60亿元以上，签约项目开工率达到70%以上。",
             c=[(L, "王勇"), (Q, "县招商引资服务中心"), (X, "洮岭工业园区管委会"), (P, "县直各部门，各乡镇人民政府"), (T, "2025年12月底前")]),
        dict(n="5", m="5.", t="持续优化营商环境。",
             b="深化“放管服”改革，推行“高效办成一件事”，政务服务事项网上可办率保持在98%以上；落实涉企行政检查“扫码入企”制度，常态化开展“局长走流程”活动。",
             c=[(L, "张海涛"), (Q, "县政务服务中心"), (X, "县市场监督管理局、县司法局、县数据局"), (P, "县直有关单位"), (T, "持续推进")]),
        dict(n="6", m="6.", t="加强财源建设和税收征管。",
             b="落实结构性减税降费政策，加强重点税源监控和非税收入征管，盘活闲置低效国有资产，确保一般公共预算收入完成4.2亿元。",
             c=[(L, "张海涛"), (Q, "县财政局"), (X, "国家税务总局洮岭县税务局"), (T, "2025年12月底前")]),
    ]),
    ("二、坚定不移强工业，加快构建现代产业体系", [
        dict(n="7", m="7.", t="做大做强中药材产业。",
             b="中药材种植面积稳定在30万亩，建设标准化种植基地5万亩，新培育年产值亿元以上加工企业2户，中药材产业全产业链产值突破65亿元。",
             c=[(L, "马正清"), (Q, "县农业农村局"), (X, "县工业和信息化局、县市场监督管理局"), (P, "各乡镇人民政府"), (T, "2025年10月底前")]),
        dict(n="8", m="8.", t="推进工业园区提质扩容。",
             b="完成园区东区道路、供排水等基础设施配套，新建标准化厂房3万平方米，园区规上工业产值增长10%以上。",
             c=[(L, "王勇"), (Q, "洮岭工业园区管委会"), (X, "县自然资源局、县住房和城乡建设局、县发展和改革局"), (P, "国网洮岭县供电公司、县水务局"), (T, "2025年11月底前")]),
        dict(n="9", m="9.", t="培育壮大市场主体。",
             b="实施“小升规”培育行动，新增规上工业企业5户、专精特新中小企业3户，全县经营主体总量突破2.6万户。",
             c=[(L, "王勇"), (Q, "县工业和信息化局"), (X, "县统计局"), (P, "县市场监督管理局、县财政局"), (T, "2025年12月底前")]),
        dict(n="10", m="10.", t="推动文旅产业融合发展。",
             b="提升洮河湿地公园、莲峰山景区服务功能，打造乡村旅游精品线路3条，全年接待游客320万人次，实现旅游综合收入18亿元。",
             c=[(L, "李晓燕"), (Q, "县文体广电和旅游局"), (X, "县交通运输局、县林业和草原局"), (P, "县融媒体中心、相关乡镇人民政府"), (T, "2025年10月底前")]),
        dict(n="11", m="11.", t="完善县域商贸物流体系。",
             b="建成县级冷链物流集配中心1个，改造提升乡镇商贸中心4个，农村电商网络零售额增长12%。",
             c=[(L, "王　勇"), (Q, "县商务局"), (X, "县交通运输局、县供销合作社联合社"), (P, "中国邮政集团有限公司洮岭县分公司"), (T, "2025年9月底前")]),
        dict(n="12", m="12.", t="增强科技创新能力。",
             b="全社会研发投入强度提高0.1个百分点，新认定高新技术企业3户、科技型中小企业15户，技术合同成交额达到1.5亿元。",
             c=[(L, "周博"), (Q, "县科学技术局"), (X, "县工业和信息化局"), (P, "洮岭工业园区管委会"), (T, "2025年12月底前")]),
    ]),
    ("三、全面推进乡村振兴，加快农业农村现代化", [
        dict(n="13", m="13.", t="巩固拓展脱贫攻坚成果。",
             b="健全防止返贫致贫监测和帮扶机制，落实产业、就业、教育、医疗、住房、饮水等帮扶政策，坚决守住不发生规模性返贫致贫底线。",
             c=[(L, "马正清"), (Q, "县农业农村局"), (X, "县教育局、县卫生健康局、县住房和城乡建设局、县水务局、县医疗保障局"), (P, "各乡镇人民政府"), (T, "持续推进")]),
        dict(n="14", m="14.", t="稳定粮食和重要农产品生产。",
             b="粮食播种面积稳定在60万亩以上、产量稳定在18万吨以上，新建高标准农田3.2万亩，推广全膜双垄沟播技术40万亩。",
             c=[(L, "马正清"), (Q, "县农业农村局"), (X, "县自然资源局、县财政局"), (P, "各乡镇人民政府"), (T, "2025年11月底前")]),
        dict(n="15", m="15．", t="发展现代草食畜牧业。",
             b="新建改造规模养殖场20个，牛存栏达到9万头、羊饲养量达到120万只，肉蛋奶总产量增长6%。",
             c=[(L, "马正清"), (Q, "县农业农村局"), (X, "县市场监督管理局"), (P, "各乡镇人民政府"), (T, "2025年12月底前")]),
        dict(n="16", m="16.", t="建设宜居宜业和美乡村。",
             b="深入开展农村人居环境整治提升行动，新改建农村卫生户厕3000座，农村生活垃圾收运处置体系行政村覆盖率保持100%，创建省级和美乡村示范村5个。",
             c=[(L, "马正清、赵文斌"), (Q, "县农业农村局、县住房和城乡建设局"), (X, "市生态环境局洮岭分局、县水务局"), (P, "各乡镇人民政府"), (T, "2025年11月底前")]),
        dict(n="17", m="17.", t="加强水利基础设施建设。",
             b="加快引洮供水二期配套工程洮岭段建设，实施农村供水保障工程12处，新增和改善灌溉面积1.5万亩。",
             c=[(L, "马正清"), (Q, "县水务局"), (X, "县发展和改革局、县财政局"), (P, "有关乡镇人民政府"), (T, "2025年10月底前")]),
        dict(n="18", m="18.", t="科学推进国土绿化。",
             b="完成人工造林4.5万亩、退化草原修复3万亩，实施南北二山造林绿化工程，森林覆盖率提高0.3个百分点。",
             own_para=True,
             c=[(L, "马正清"), (Q, "县林业和草原局"), (X, "县自然资源局"), (P, "各乡镇人民政府、县直各部门"), (T, "2025年6月底前")]),
    ]),
    ("四、统筹城乡建设和生态保护，提升县城承载能力", [
        dict(n="19", m="19.", t="提升县城功能品质。",
             b="实施城镇老旧小区改造12个、1850户，改造城市燃气、供排水管网18公里，新增城市停车位800个，推进洮河南岸片区更新改造。",
             c=[(L, "赵文斌"), (Q, "县住房和城乡建设局"), (X, "县城市管理综合执法局、县自然资源局"), (P, "县财政局、国网洮岭县供电公司等"), (T, "2025年10月底前")]),
        dict(n="20", m="20.", t="完善综合交通路网。",
             b="加快渭洮高速洮岭段征地拆迁和建设服务保障，新改建农村公路120公里，实施危桥改造8座，建制村通客车率保持100%。",
             c=[(L, "赵文斌"), (Q, "县交通运输局"), (X, "县自然资源局、市生态环境局洮岭分局"), (P, "沿线乡镇人民政府"), (T, "2025年12月底前")]),
        dict(n="21", m="21.", t="深入打好污染防治攻坚战。",
             b="持续推进大气、水、土壤污染防治，县城空气质量优良天数比例稳定在90%以上，洮河洮岭段出境断面水质稳定达到Ⅱ类。",
             c=[(L, "赵文斌"), (Q, "市生态环境局洮岭分局"), (X, "县住房和城乡建设局、县农业农村局、县工业和信息化局、县交通运输局"), (P, "各乡镇人民政府"), (T, "持续推进")]),
        dict(n="22", m="22.", t="严格耕地保护和节约集约用地。",
             b="落实耕地保护党政同责，坚决遏制耕地“非农化”、防止“非粮化”，批而未供和闲置土地处置率达到省市考核要求。",
             c=[(L, "赵文斌"), (X, "县农业农村局"), (Q, "县自然资源局"), (P, "各乡镇人民政府"), (T, "2025年12月底前")]),
        dict(n="23", m="23.", t="加强城市精细化管理。",
             b="深化“721”工作法，开展市容环境、占道经营、违法建设集中整治，新增城市绿地5万平方米。",
             c=[(L, "赵文斌"), (Q, "县城市管理综合执法局"), (P, "县公安局、县市场监督管理局"), (T, "2025年12月底前")]),
    ]),
    ("五、持续保障和改善民生，增进人民群众福祉", [
        dict(n="24", m="24.", t="稳定和扩大就业。",
             b="城镇新增就业2800人，输转城乡富余劳动力8万人次，创劳务收入20亿元，城镇调查失业率控制在5.5%以内。",
             c=[(L, "李晓燕"), (Q, "县人力资源和社会保障局"), (X, "县农业农村局、县商务局"), (P, "各乡镇人民政府"), (T, "2025年12月底前")]),
        dict(n="25", m="25.", t="办好人民满意的教育。",
             b="推进义务教育优质均衡发展，重点抓好以下工作：",
             subs=["（1）建成县第三幼儿园、城关第四小学，新增学位1800个；",
                   "（2）实施县第一中学教学楼改扩建工程，力争普通高中省级示范性高中创建通过验收。"],
             c=[(L, "李晓燕"), (Q, "县教育局"), (X, "县财政局、县住房和城乡建设局"), (P, "县委编办、县人力资源和社会保障局"), (T, "2025年9月底前")]),
        dict(n="26", m="26.", t="推进健康洮岭建设。",
             b="深化紧密型县域医共体建设，县人民医院胸痛、卒中中心通过省级验收，乡镇卫生院中医馆实现全覆盖。",
             c=[(L, "李晓燕"), (Q, "县卫生健康局"), (X, "县医疗保障局"), (P, "各乡镇人民政府"), (T, "2025年12月底前")]),
        dict(n="27", m="27.", t="健全多层次社会保障体系。",
             b="城乡居民基本养老保险参保率稳定在95%以上，提高城乡低保标准，新建乡镇综合养老服务中心3个、村级互助老人幸福院10个。",
             c=[(L, "李晓燕"), (Q, "县民政局、县人力资源和社会保障局"), (X, "县医疗保障局、县残疾人联合会"), (P, "各乡镇人民政府"), (T, "2025年12月底前")],
             sep={X: ";"}),
        dict(n="28", m="28.", t="办好十件民生实事。",
             b="统筹推进县委、县政府确定的十件民生实事，确保年度投资、工程进度和群众满意度“三达标”。",
             c=[(L, "杨立军"), (Q, "县政府办公室"), (X, "县财政局"), (P, "县直有关单位"), (T, "2025年12月底前")]),
        dict(n="29", m="29.", t="维护社会安全稳定。",
             b="深化安全生产治本攻坚三年行动，开展道路交通、燃气、自建房等领域隐患排查整治，坚决遏制较大及以上生产安全事故；深化平安洮岭建设，推进信访工作法治化。",
             c=[(L, "韩志刚"), (Q, "县应急管理局、县公安局"), (X, "县市场监督管理局、县交通运输局、县信访局"), (P, "各乡镇人民政府"), (T, "2025年12月底前")]),
    ]),
    ("六、加强政府自身建设，提升行政效能", [
        dict(n="30", m="30.", t="全面推进依法行政。",
             b="严格落实重大行政决策程序规定，行政规范性文件合法性审核率达到100%，深化行政执法监督，提升行政复议应诉工作质效。",
             c=[(L, "张海涛"), (Q, "县司法局"), (X, "县政府办公室"), (P, "县政府各部门"), (T, "持续推进")]),
        dict(n="31", m="31.", t="强化审计监督。",
             b="加强对重大政策措施落实、重点项目建设和政府债务的审计监督，做好审计查出问题整改“下半篇文章”。",
             c=[(L, "杨立军"), (Q, "县审计局"), (X, "无"), (P, "县直有关单位"), (T, "2025年12月底前")]),
        dict(n="32", m="32.", t="坚持政府过紧日子。",
             b="严控一般性支出和“三公”经费，压减非刚性、非重点支出，把有限资金用在发展紧要处、民生急需上。",
             c=[(L, "张海涛"), (Q, "县财政局"), (X, "县政府办公室"), (P, "县政府各部门"), (T, "持续推进")]),
    ]),
]

CC = "抄送：县委办公室，县人大常委会办公室，县政协办公室，县纪委监委，县法院，县检察院。"

# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------
OPEN = "（【[〔"
CLOSE = "）】]〕"


def split_units(s):
    out, cur, depth = [], "", 0
    for ch in s:
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth -= 1
        if depth == 0 and ch in "、，,；;":
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    res = []
    for u in out:
        u = u.strip()
        if u.endswith("等"):
            u = u[:-1]
        if u and u != "无":
            res.append(u)
    return res


def clause_text(c, sep=None):
    sep = sep or {}
    parts = []
    for i, (lab, val) in enumerate(c):
        if i:
            parts.append(sep.get(lab, "；"))
        parts.append(f"{lab}：{val}")
    return "（" + "".join(parts) + "）"


def gold_record(task):
    resp, lead, coop, leaders, deadline = [], [], [], [], None
    for lab, val in task["c"]:
        if lab == L:
            leaders = ["".join(x.split()) for x in val.split("、")]
        elif lab == T:
            deadline = val
        else:
            us = split_units(val)
            resp += us
            if lab == Q:
                lead += us
            else:
                coop += us
    head = "".join((task["t"] + task["b"]).split())[:12]
    return {"id": task["n"], "marker": task["m"], "head": head,
            "responsible_units": resp, "lead_units": lead,
            "cooperating_units": coop, "leaders": leaders, "deadline": deadline}


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def para(doc, text="", font=FS, size=16, bold=False, align=None, indent=True,
         color=None, line=28, before=0, after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def border(p, side, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    pbdr.append(el)


def page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), FS, 14)
    r = p.add_run()
    set_font(r, FS, 14)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        elif text.strip() == "PAGE":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            r._element.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = text
            r._element.append(t)
    set_font(p.add_run(" —"), FS, 14)


def build_docx():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    page_number_footer(sec)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    # 版头
    para(doc, "", indent=False, line=28)
    para(doc, ISSUER + "文件", font=XBS, size=36, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=60, before=24)
    para(doc, "", indent=False)
    p = para(doc, DOCNO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=4)
    border(p, "bottom", "FF0000", 24)
    para(doc, "", indent=False)
    # 标题 (two lines by a line break, as drafters set it)
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    i = TITLE.index("印发") + 2
    set_font(p.add_run(TITLE[:i]), XBS, 22)
    p.runs[-1].add_break(WD_BREAK.LINE)
    set_font(p.add_run(TITLE[i:]), XBS, 22)
    para(doc, "", indent=False)
    para(doc, ZHUSONG, indent=False)
    para(doc, COVER[0])
    for head, body in COVER[1:]:
        p = para(doc, "")
        set_font(p.add_run(head), HT, 16)
        set_font(p.add_run(body), FS, 16)
    para(doc, "")
    para(doc, "附件：" + ATT_TITLE)
    para(doc, "")
    para(doc, "")
    p = para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）")
    doc.paragraphs[-1].runs[-1].add_break(WD_BREAK.PAGE)

    # 附件
    para(doc, "附件", font=HT, size=16, indent=False)
    para(doc, "")
    para(doc, ATT_TITLE, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, "")
    para(doc, INTRO)
    for ptitle, tasks in PARTS:
        para(doc, ptitle, font=HT)
        for task in tasks:
            p = para(doc, "")
            set_font(p.add_run(task["m"] + task["t"]), FS, 16, bold=True)
            set_font(p.add_run(task["b"]), FS, 16)
            last = p
            for s in task.get("subs", []):
                last = para(doc, s)
            ct = clause_text(task["c"], task.get("sep"))
            if task.get("own_para"):
                para(doc, ct, font=KT)
            else:
                set_font(last.add_run(ct), KT, 16)
    # 版记 on its own page
    doc.paragraphs[-1].runs[-1].add_break(WD_BREAK.PAGE)
    for _ in range(14):
        para(doc, "", indent=False)
    p = para(doc, CC, size=14, indent=False, line=26)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = para(doc, "", size=14, indent=False, line=26)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    set_font(p.add_run(ISSUER + "\u3000" * 9 + DATE + "印发"), FS, 14)
    border(p, "bottom", "000000", 8)

    cp = doc.core_properties
    fixed = datetime(2025, 3, 12, 9, 30, 0)
    cp.author = "Administrator"
    cp.last_modified_by = "县政府办秘书科"
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.created = fixed
    cp.modified = datetime(2025, 3, 12, 16, 5, 0)
    cp.last_printed = fixed
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed member dates so the bytes are reproducible
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 12, 16, 5, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(DOCX, "wb") as f:
        f.write(out.getvalue())


def main():
    build_docx()
    ids = []
    with open(GOLD, "w", encoding="utf-8", newline="\n") as f:
        for _, tasks in PARTS:
            for task in tasks:
                rec = gold_record(task)
                ids.append(rec["id"])
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    assert ids == [str(i) for i in range(1, len(ids) + 1)], ids
    print(f"wrote {os.path.basename(DOCX)} and {os.path.basename(GOLD)} ({len(ids)} tasks)")


if __name__ == "__main__":
    main()
