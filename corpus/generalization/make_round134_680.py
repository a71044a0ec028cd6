#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 134, case 680: a 县政府办 red-header Word notice whose portrait 附件 table
stacks the lead and the cooperating units in ONE column: the 责任单位 column's
header is split in two (上格 `牵头单位` over 下格 `配合单位`) and every task takes
two grid rows, 序号 / 任务 / 责任县领导 / 完成时限 merged down (vMerge) over both,
only the unit column split (拆分单元格) into an upper cell (lead) and a lower cell
(cooperating units).  The rule is in the cover and in a 注: 下格 `/` or blank = no
cooperating unit; the two cells merged again = the listed units all lead.

Writes, deterministically:
  680_qiaochuan_xian_zhongdian_renwu_shangxia_fenge.docx
  680_qiaochuan_xian_zhongdian_renwu_shangxia_fenge.tasks.gold.jsonl
"""
import datetime
import io
import json
import os
import zipfile
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "680_qiaochuan_xian_zhongdian_renwu_shangxia_fenge"
DOCX = os.path.join(HERE, BASE + ".docx")
GOLD = os.path.join(HERE, BASE + ".tasks.gold.jsonl")

DATE = "2025年3月6日"

# ---------------------------------------------------------------- the tasks
# lead / coop: lists of units as printed.  coop_print: how the lower cell is
# printed (list of paragraphs) when it differs from "、".join(coop).
# merged: the unit cell NOT split (upper and lower merged): all listed lead.
# lower: "/" or "" for no cooperating unit.
# leader: key into LEADERS runs (see below); dl_merge: deadline merged with next.

PARTS = [
    ("一、稳住经济增长基本盘（6项）", [
        dict(text=["全力稳住经济增长。全年地区生产总值增长6%左右，规模以上工业增加值增长7%，固定资产投资增长8%，一般公共预算收入增长5%。"],
             lead=["县发展和改革局"], coop=["县统计局", "县财政局", "县工业和信息化局"],
             dl="2025年12月底前"),
        dict(text=["扩大有效投资。全年实施县级重点项目126个、完成投资152亿元以上，谋划储备超长期特别国债和地方政府专项债券项目不少于20个，争取上级资金8亿元以上。"],
             lead=["县发展和改革局", "县财政局"], coop=["县自然资源局", "县住房和城乡建设局", "各乡镇（街道）"],
             dl="2025年12月底前"),
        dict(text=["提振消费需求。落实大规模设备更新和消费品以旧换新政策，举办汽车、家电、家居等促销活动不少于12场，社会消费品零售总额增长5.5%。"],
             lead=["县商务局"], coop=["县财政局", "县市场监督管理局", "县文化和旅游局"],
             coop_print=["县财政局，县市场监督管理局、县文化和旅游局"],
             dl="2025年12月底前"),
        dict(text=["加强财政收支管理。抓好税源培植和非税收入征管，一般性支出压减不低于5%，“三保”支出足额保障。"],
             lead=["县财政局"], coop=["国家税务总局荞川县税务局", "县自然资源局"],
             dl="持续推进"),
        dict(text=["防范化解政府债务风险。严格落实化债方案，稳妥推进融资平台改革转型，全年完成化债任务4.2亿元。"],
             lead=["县财政局"], coop=[], merged=True,
             dl="2025年12月底前"),
        dict(text=["稳定和扩大就业。城镇新增就业3200人，农村劳动力转移就业5.8万人，城镇调查失业率控制在5.5%以内。"],
             lead=["县人力资源和社会保障局"], coop=["县教育局", "县农业农村局", "各乡镇（街道）"],
             dl="2025年12月底前"),
    ]),
    ("二、加快产业转型升级（6项）", [
        dict(text=["推动工业提质增效。实施技术改造项目30个，新增规模以上工业企业15家，培育省级专精特新中小企业5家。"],
             lead=["县工业和信息化局"], coop=["县科学技术局", "县发展和改革局", "荞川经济开发区管委会"],
             dl="2025年12月底前"),
        dict(text=["提升开发区承载能力。完成荞川经济开发区扩区调规，新建标准化厂房10万平方米。",
                   "推进园区污水处理厂提标改造和道路、供热管网配套建设，年底前园区主导产业产值占比达到65%以上。"],
             lead=["荞川经济开发区管委会"], coop=["县自然资源局", "市生态环境局荞川分局", "县住房和城乡建设局"],
             dl="2025年11月底前"),
        dict(text=["强化招商引资。全年新签约亿元以上项目40个，到位市外资金90亿元，开展产业链精准招商活动不少于8次。"],
             lead=["县投资促进服务中心", "县商务局"], coop=["各乡镇（街道）", "荞川经济开发区管委会"],
             dl="2025年12月底前"),
        dict(text=["发展现代特色农业。粮食播种面积稳定在62万亩以上，新建高标准农田3.5万亩，新培育市级以上农业产业化龙头企业4家。"],
             lead=["县农业农村局"], coop=["县水利局", "县自然资源局", "县财政局"],
             dl="2025年10月底前"),
        dict(text=["推动文旅融合发展。创建国家3A级旅游景区2家，办好荞麦花节等节会活动，全年接待游客突破420万人次。"],
             lead=["县文化和旅游局"], coop=[], lower="/",
             dl="2025年12月底前"),
        dict(text=["培育壮大数字经济。新建5G基站260个，推进政务数据共享平台升级，数字经济核心产业增加值增长10%。"],
             lead=["县数据局"], coop=["县工业和信息化局", "中国移动荞川分公司", "中国电信荞川分公司"],
             dl="2025年12月底前"),
    ]),
    ("三、推进城乡融合发展（5项）", [
        dict(text=["实施城市更新行动。改造老旧小区22个、背街小巷35条，新增城市停车位1500个，完成县城供水管网改造18公里。"],
             lead=["县住房和城乡建设局"], coop=["县自然资源局", "县城市管理局", "荞川县城市建设投资集团有限公司"],
             dl="2025年11月底前"),
        dict(text=["完善综合交通网络。积极配合省交通运输厅推进沿江高速荞川段前期工作，建成国道342线荞川段改扩建工程，新改建农村公路120公里。"],
             lead=["县交通运输局"], coop=["县自然资源局", "县财政局", "沿线各乡镇"],
             dl="2025年12月底前"),
        dict(text=["加强水利基础设施建设。开工建设石门水库除险加固工程，完成中小河流治理28公里，农村自来水普及率达到96%。"],
             lead=["县水利局"], coop=[], lower="",
             dl="2025年10月底前"),
        dict(text=["建设宜居宜业和美乡村。完成农村户厕改造2000户，打造省级和美乡村示范村8个，农村生活垃圾收运处置体系行政村覆盖率保持100%。"],
             lead=["县农业农村局", "县住房和城乡建设局"], coop=["县卫生健康局", "县城市管理局", "各乡镇（街道）"],
             dl="2025年12月底前"),
        dict(text=["健全县域商业体系。新建改造乡镇商贸中心5个、村级寄递物流综合服务站60个，农村网络零售额增长12%。"],
             lead=["县商务局"], coop=["县供销合作社联合社", "县交通运输局"],
             dl="2025年9月底前"),
    ]),
    ("四、深化改革扩大开放（5项）", [
        dict(text=["持续优化营商环境。深化“高效办成一件事”改革，推出集成服务事项30项以上，政务服务事项网上可办率达到98%。"],
             lead=["县行政审批服务局"], coop=["县数据局", "县市场监督管理局", "县司法局"],
             dl="2025年12月底前"),
        dict(text=["深化国资国企改革。完成县属国有企业整合重组，推动县城投集团市场化转型，国有企业营业收入增长8%。"],
             lead=["县财政局（县国资办）", "荞川县城市建设投资集团有限公司"], coop=[], merged=True,
             dl="2025年12月底前"),
        dict(text=["提升金融服务实体经济质效。新增各项贷款45亿元以上，普惠小微贷款增长15%，不良贷款率控制在2%以内。"],
             lead=["县金融工作服务中心"], coop=["国家金融监督管理总局荞川监管支局", "各银行业金融机构"],
             dl="2025年12月底前"),
        dict(text=["稳步扩大对外开放。外贸进出口总额增长6%，新增有进出口实绩企业10家，组织企业参加各类展会不少于6场次。"],
             lead=["县商务局"], coop=["县工业和信息化局", "荞川经济开发区管委会"],
             dl="2025年12月底前"),
        dict(text=["深化农村综合改革。稳妥推进第二轮土地承包到期后再延长三十年试点，村级集体经济年收入10万元以上的村占比达到75%。"],
             lead=["县农业农村局"], coop=["县自然资源局", "县财政局", "各乡镇（街道）"],
             dl="2025年12月底前"),
    ]),
    ("五、加强生态环境保护（4项）", [
        dict(text=["深入打好蓝天保卫战。PM2.5平均浓度控制在32微克/立方米以内，空气质量优良天数比例达到86%以上。"],
             lead=["市生态环境局荞川分局"], coop=["县住房和城乡建设局", "县交通运输局", "县城市管理局", "各乡镇（街道）"],
             coop_print=["县住房和城乡建设局、县交通运输局、", "县城市管理局、各乡镇（街道）"],
             dl="2025年12月底前"),
        dict(text=["全面落实河湖长制。开展河湖“清四乱”专项行动，国考、省考断面水质达标率保持100%。"],
             lead=["县水利局"], coop=["市生态环境局荞川分局", "县农业农村局", "各乡镇（街道）"],
             dl="2025年12月底前", dl_merge=True),
        dict(text=["深化林长制改革。完成营造林4.6万亩，森林覆盖率稳定在58%以上，严格落实森林防火责任。"],
             lead=["县林业局"], coop=[], merged=True,
             dl="2025年12月底前"),
        dict(text=["推进节能降碳。完成市下达能耗强度下降目标，新增光伏装机容量5万千瓦，公共机构人均综合能耗下降1.5%。"],
             lead=["县发展和改革局"], coop=["县工业和信息化局", "县机关事务服务中心", "国网荞川县供电公司"],
             dl="2025年12月底前"),
    ]),
    ("六、持续增进民生福祉（6项）", [
        dict(text=["办好人民满意的教育。新建改扩建中小学、幼儿园6所，新增学位2700个，推进县域义务教育优质均衡发展。"],
             lead=["县教育局"], coop=["县财政局", "县住房和城乡建设局", "县自然资源局"],
             dl="2025年8月底前"),
        dict(text=["推进健康荞川建设。支持县人民医院创建三级医院，建成县中医院康复综合楼，紧密型县域医共体建设覆盖所有乡镇卫生院。"],
             lead=["县卫生健康局"], coop=["县医疗保障局", "县财政局"],
             dl="2025年12月底前"),
        dict(text=["完善养老服务体系。新建街道综合养老服务中心2个、农村互助幸福院15个，特困人员供养服务设施（敬老院）护理型床位占比达到55%。"],
             lead=["县民政局"], coop=["县卫生健康局", "县财政局", "各乡镇（街道）"],
             dl="2025年11月底前"),
        dict(text=["织密扎牢社会保障网。城乡居民基本养老保险参保率稳定在97%以上，基本医疗保险参保率稳定在95%以上。"],
             lead=["县人力资源和社会保障局", "县医疗保障局"], coop=["国家税务总局荞川县税务局", "各乡镇（街道）"],
             dl="2025年12月底前"),
        dict(text=["抓好安全生产和防灾减灾。深化安全生产治本攻坚三年行动，实现生产安全事故起数和死亡人数“双下降”。"],
             lead=["县应急管理局"], coop=["县直有关部门", "各乡镇（街道）"],
             coop_print=["县直有关部门，各乡镇（街道）"],
             dl="持续推进"),
        dict(text=["建设更高水平平安荞川。常态化开展扫黑除恶斗争，推进信访工作法治化，命案发案率控制在全市平均水平以下。"],
             lead=["县公安局"], coop=["县委政法委", "县信访局", "县司法局"],
             dl="持续推进"),
    ]),
]

# 责任县领导 column: runs of tasks sharing one (vertically merged) leader cell.
# Each entry: (first task no., last task no., printed paragraphs, names)
LEADER_RUNS = [
    (1, 1, ["周启明"], ["周启明"]),
    (2, 5, ["王　勇"], ["王勇"]),
    (6, 6, ["李海燕"], ["李海燕"]),
    (7, 9, ["赵文博"], ["赵文博"]),
    (10, 10, ["孙　丽"], ["孙丽"]),
    (11, 11, ["刘思远"], ["刘思远"]),
    (12, 12, ["赵文博"], ["赵文博"]),
    (13, 14, ["邓志远"], ["邓志远"]),
    (15, 15, ["孙　丽"], ["孙丽"]),
    (16, 16, ["孙　丽", "邓志远"], ["孙丽", "邓志远"]),
    (17, 17, ["赵文博"], ["赵文博"]),
    (18, 18, ["王勇"], ["王勇"]),
    (19, 20, ["王　勇"], ["王勇"]),
    (21, 21, ["赵文博"], ["赵文博"]),
    (22, 22, ["孙　丽"], ["孙丽"]),
    (23, 23, ["邓志远"], ["邓志远"]),
    (24, 25, ["孙　丽"], ["孙丽"]),
    (26, 26, ["王勇"], ["王勇"]),
    (27, 30, ["李海燕"], ["李海燕"]),
    (31, 31, ["王　勇、马建国"], ["王勇", "马建国"]),
    (32, 32, ["马建国"], ["马建国"]),
]

# ---------------------------------------------------------------- helpers
W = {"no": 624, "task": 3856, "ldr": 1134, "unit": 2098, "dl": 1134}
COLS = ["no", "task", "ldr", "unit", "dl"]
TBL_W = sum(W.values())
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"


def rpr(east, half_pts, bold=False, color=None):
    b = "<w:b/><w:bCs/>" if bold else ""
    c = f'<w:color w:val="{color}"/>' if color else ""
    return (f'<w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="{east}" '
            f'w:hAnsi="Times New Roman" w:cs="Times New Roman"/>{b}{c}'
            f'<w:sz w:val="{half_pts}"/><w:szCs w:val="{half_pts}"/></w:rPr>')


def run_xml(text, east=FS, hp=21, bold=False):
    return f'<w:r>{rpr(east, hp, bold)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para_xml(runs, jc="center", line=280):
    return (f'<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="{line}" '
            f'w:lineRule="auto"/><w:jc w:val="{jc}"/></w:pPr>{"".join(runs)}</w:p>')


def tc_xml(col, paras, vmerge=None, span=None, valign="center", width=None):
    w = width if width is not None else W[col]
    pr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if span:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        pr += '<w:vMerge/>'
    pr += f'<w:vAlign w:val="{valign}"/>'
    if not paras:
        paras = [para_xml([])]
    return f'<w:tc><w:tcPr>{pr}</w:tcPr>{"".join(paras)}</w:tc>'


def tr_xml(cells, header=False):
    pr = "<w:cantSplit/>"
    if header:
        pr += "<w:tblHeader/>"
    pr += '<w:jc w:val="center"/>'
    return f'<w:tr><w:trPr>{pr}</w:trPr>{"".join(cells)}</w:tr>'


def cell_paras(lines, jc="center", east=FS, hp=21, bold=False):
    return [para_xml([run_xml(t, east, hp, bold)] if t else [], jc=jc) for t in lines]


def task_paras(text_pars):
    out = []
    for i, t in enumerate(text_pars):
        if i == 0 and "。" in t:
            k = t.index("。") + 1
            runs = [run_xml(t[:k], FS, 21, True), run_xml(t[k:], FS, 21)]
        else:
            runs = [run_xml(t, FS, 21)]
        out.append(para_xml(runs, jc="both"))
    return out


def build_table():
    rows = []
    hdr = lambda s: cell_paras([s], east=HT, hp=21)
    # header: two rows, only the unit column split
    rows.append(tr_xml([
        tc_xml("no", hdr("序号"), "restart"),
        tc_xml("task", hdr("重点工作任务"), "restart"),
        tc_xml("ldr", hdr("责任县领导"), "restart"),
        tc_xml("unit", hdr("牵头单位")),
        tc_xml("dl", hdr("完成时限"), "restart"),
    ], header=True))
    rows.append(tr_xml([
        tc_xml("no", [], "continue"),
        tc_xml("task", [], "continue"),
        tc_xml("ldr", [], "continue"),
        tc_xml("unit", hdr("配合单位")),
        tc_xml("dl", [], "continue"),
    ], header=True))

    leader_of = {}
    for a, b, printed, names in LEADER_RUNS:
        for n in range(a, b + 1):
            leader_of[n] = (a, b, printed, names)

    n = 0
    dl_carry = False
    for title, tasks in PARTS:
        rows.append(tr_xml([tc_xml("no", cell_paras([title], jc="left", east=HT, hp=21),
                                   span=5, width=TBL_W)]))
        for t in tasks:
            n += 1
            t["n"] = n
            a, b, printed, names = leader_of[n]
            # upper row
            ldr_top = ("restart", cell_paras(printed)) if n == a else ("continue", [])
            if dl_carry:
                dl_top = ("continue", [])
            else:
                dl_top = ("restart", cell_paras([t["dl"]]))
            if t.get("merged"):
                unit_top = tc_xml("unit", cell_paras(["、".join(t["lead"])]), "restart")
                unit_bot = tc_xml("unit", [], "continue")
            else:
                unit_top = tc_xml("unit", cell_paras(["、".join(t["lead"])]))
                if t["coop"]:
                    lines = t.get("coop_print") or ["、".join(t["coop"])]
                else:
                    lines = [t.get("lower", "")]
                unit_bot = tc_xml("unit", cell_paras(lines))
            rows.append(tr_xml([
                tc_xml("no", cell_paras([str(n)]), "restart"),
                tc_xml("task", task_paras(t["text"]), "restart"),
                tc_xml("ldr", ldr_top[1], ldr_top[0]),
                unit_top,
                tc_xml("dl", dl_top[1], dl_top[0]),
            ]))
            rows.append(tr_xml([
                tc_xml("no", [], "continue"),
                tc_xml("task", [], "continue"),
                tc_xml("ldr", [], "continue"),
                unit_bot,
                tc_xml("dl", [], "continue"),
            ]))
            dl_carry = bool(t.get("dl_merge"))
    grid = "".join(f'<w:gridCol w:w="{W[c]}"/>' for c in COLS)
    border = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                     for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tbl = (f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblW w:w="{TBL_W}" w:type="dxa"/>'
           f'<w:jc w:val="center"/><w:tblBorders>{border}</w:tblBorders>'
           f'<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/>'
           f'<w:right w:w="57" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="04A0"/></w:tblPr>'
           f'<w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')
    return parse_xml(tbl)


def banji_table():
    top = '<w:top w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
    mid = '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    bot = '<w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000"/>'

    def cell(runs_xml, borders, jc="left"):
        return (f'<w:tc><w:tcPr><w:tcW w:w="{TBL_W}" w:type="dxa"/><w:tcBorders>{borders}'
                f'</w:tcBorders></w:tcPr><w:p><w:pPr><w:spacing w:before="60" w:after="60"/>'
                f'<w:ind w:left="315" w:right="315"/><w:jc w:val="{jc}"/></w:pPr>{runs_xml}</w:p></w:tc>')
    r1 = cell(run_xml("抄送：县委办公室，县人大常委会办公室，县政协办公室，县人民法院，县人民检察院。", FS, 28),
              top + mid)
    r2 = cell(run_xml("荞川县人民政府办公室", FS, 28) +
              '<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:tab/></w:r>' +
              run_xml(DATE + "印发", FS, 28), bot)
    r2 = r2.replace('<w:jc w:val="left"/>',
                    '<w:tabs><w:tab w:val="right" w:pos="8500"/></w:tabs><w:jc w:val="left"/>')
    tbl = (f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblW w:w="{TBL_W}" w:type="dxa"/><w:jc w:val="center"/>'
           f'<w:tblLayout w:type="fixed"/><w:tblLook w:val="0000"/></w:tblPr>'
           f'<w:tblGrid><w:gridCol w:w="{TBL_W}"/></w:tblGrid>'
           f'<w:tr>{r1}</w:tr><w:tr>{r2}</w:tr></w:tbl>')
    return parse_xml(tbl)


def set_font(run, east, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr_el = run._r.get_or_add_rPr()
    rf = rpr_el.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
        rpr_el.insert(0, rf)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def add_p(doc, text="", east=FS, size=16, bold=False, align=None, indent=True,
          color=None, runs=None, before=0, after=0, line=28.9):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    for t, e, b in (runs or [(text, east, bold)]):
        if t:
            set_font(p.add_run(t), e, size, b, color)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.add_run().add_break(WD_BREAK.PAGE)


def footer(section):
    ft = section.footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    xml = (f'<w:r {nsdecls("w")}>{rpr("宋体", 28)}<w:t xml:space="preserve">— </w:t></w:r>'
           f'<w:r {nsdecls("w")}>{rpr("宋体", 28)}<w:fldChar w:fldCharType="begin"/></w:r>'
           f'<w:r {nsdecls("w")}>{rpr("宋体", 28)}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
           f'<w:r {nsdecls("w")}>{rpr("宋体", 28)}<w:fldChar w:fldCharType="separate"/></w:r>'
           f'<w:r {nsdecls("w")}>{rpr("宋体", 28)}<w:t>1</w:t></w:r>'
           f'<w:r {nsdecls("w")}>{rpr("宋体", 28)}<w:fldChar w:fldCharType="end"/></w:r>'
           f'<w:r {nsdecls("w")}>{rpr("宋体", 28)}<w:t xml:space="preserve"> —</w:t></w:r>')
    for el in parse_xml(f'<w:p {nsdecls("w")}>{xml}</w:p>'):
        p._p.append(el)


def build_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    footer(sec)
    C, R = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT

    add_p(doc, "荞川县人民政府办公室文件", "方正小标宋简体", 36, align=C, indent=False,
          color="FF0000", before=24, after=0, line=48)
    add_p(doc, "", indent=False)
    p = add_p(doc, "荞政办发〔2025〕7号", FS, 16, align=C, indent=False, after=6)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="24" w:space="8" w:color="FF0000"/></w:pBdr>'))
    add_p(doc, "", indent=False)
    p = add_p(doc, "荞川县人民政府办公室关于印发", "方正小标宋简体", 22, align=C, indent=False, line=33)
    r = p.add_run()
    r.add_break()
    set_font(p.add_run("2025年县政府重点工作任务分解方案的通知"), "方正小标宋简体", 22)
    add_p(doc, "", indent=False)
    add_p(doc, "各乡镇人民政府、街道办事处，县政府各部门，县直及驻县各单位：", indent=False)
    add_p(doc, "《2025年县政府重点工作任务分解方案》已经县人民政府同意，现印发给你们，并就有关事项通知如下。")
    add_p(doc, runs=[("一、明确责任分工。", HT, False),
                     ("各项任务实行县领导牵头、单位具体负责的工作机制。责任县领导对分管任务负领导责任，"
                      "牵头单位对任务落实负主要责任，配合单位按照职责积极配合。附件表格“牵头单位／配合单位”一栏，"
                      "每项任务分上下两格填写：上格为牵头单位，下格为配合单位。牵头单位有两个的，排在第一位的为主牵头单位，"
                      "其余单位共同牵头；下格填写“/”或未填写的，该项任务无配合单位；上下两格合并填写的，"
                      "所列单位均为牵头单位，不再明确配合单位。", FS, False)])
    add_p(doc, runs=[("二、细化推进措施。", HT, False),
                     ("各牵头单位要会同配合单位，于3月20日前将任务细化分解到季度、明确到具体责任人，"
                      "报县政府督查室备案。各配合单位要主动对接、密切协作，不得推诿扯皮。", FS, False)])
    add_p(doc, runs=[("三、强化督查考核。", HT, False),
                     ("县政府督查室对各项任务实行季度调度、半年督查、年终考核，考核结果纳入年度目标责任考核。"
                      "各牵头单位于每季度最后一个月25日前报送任务推进情况（联系人：县政府督查室　刘　洋，"
                      "联系电话：6213058）。", FS, False)])
    add_p(doc, "")
    add_p(doc, "附件：2025年县政府重点工作任务分解方案")
    add_p(doc, "")
    add_p(doc, "")
    add_p(doc, "荞川县人民政府办公室", align=R, indent=False)
    p = add_p(doc, DATE, align=R, indent=False)
    p.paragraph_format.right_indent = Pt(32)
    add_p(doc, "（此件公开发布）")
    page_break(doc)

    add_p(doc, "附件", HT, 16, indent=False)
    add_p(doc, "")
    add_p(doc, "2025年县政府重点工作任务分解方案", "方正小标宋简体", 22, align=C, indent=False,
          after=12, line=33)
    anchor = add_p(doc, "", indent=False, line=12)
    anchor._p.addnext(build_table())
    note = add_p(doc, runs=[("注：", HT, False),
                            ("“牵头单位／配合单位”栏上格为牵头单位，下格为配合单位；下格为“/”或空白的，无配合单位；"
                             "上下格合并的，所列单位均为牵头单位。", KT, False)],
                 size=12, indent=False, before=6, line=20)
    page_break(doc)
    for _ in range(16):
        add_p(doc, "", indent=False)
    anchor2 = add_p(doc, "", indent=False, line=12)
    anchor2._p.addnext(banji_table())

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 3, 6, 9, 30, 0)
    cp.author = "县政府办公室"
    cp.last_modified_by = "县政府办公室"
    cp.title = "荞川县人民政府办公室关于印发2025年县政府重点工作任务分解方案的通知"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    return doc


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 6, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(name))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def gold_records():
    leader_of = {}
    for a, b, printed, names in LEADER_RUNS:
        for n in range(a, b + 1):
            leader_of[n] = names
    recs = []
    n = 0
    for _, tasks in PARTS:
        for t in tasks:
            n += 1
            text = t["text"][0]
            recs.append({
                "id": str(n),
                "marker": str(n),
                "head": text[:12],
                "responsible_units": t["lead"] + t["coop"],
                "lead_units": list(t["lead"]),
                "cooperating_units": list(t["coop"]),
                "leaders": list(leader_of[n]),
                "deadline": t["dl"],
            })
    return recs


def main():
    doc = build_doc()
    save_deterministic(doc, DOCX)
    with open(GOLD, "w", encoding="utf-8") as f:
        for r in gold_records():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", os.path.basename(DOCX), "and", os.path.basename(GOLD))


if __name__ == "__main__":
    main()
