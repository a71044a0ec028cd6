#!/usr/bin/python3
"""Round 146, notice 745: a county 分工表 whose cells are merged ACROSS columns (横向合并).

A 县政府办 red-header Word notice (淯政办发〔2025〕10号) with a landscape 附件 table
序号 / 重点工作 / 目标要求 / 责任县领导 / 牵头单位 / 配合单位 / 完成时限.  Wherever a task's
content fills two or three neighbouring columns the drafter merged the cells across
(gridSpan) instead of splitting the text:
  * 重点工作 + 目标要求 merged for tasks with no separate target;
  * 牵头单位 + 配合单位 merged for tasks whose responsibility is not a lead/helper split:
    one unit alone, `A、B按职责分工负责`, a sentence `A牵头，B、C配合`, `A（牵头）、B`, or two
    labelled paragraphs `牵头：…` / `配合：…`;
  * 责任县领导 + 牵头单位 + 配合单位 merged for whole-government tasks
    (`县政府领导班子成员按分工负责，…`);
  * one block merged across 牵头单位 + 配合单位 AND down over three tasks.
Ordinary vertical merges too (leaders over runs, one 完成时限 over three tasks).

Writes 745_yuchuan_xian_zhongdian_renwu_fenjie.docx and 745.tasks.gold.jsonl from the
structured description TASKS below.  Deterministic: fixed core properties and zip
timestamps.  Run: /usr/bin/python3 make_745.py
"""
import io
import json
import os
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = os.path.join(HERE, "745_yuchuan_xian_zhongdian_renwu_fenjie.docx")
GOLD = os.path.join(HERE, "745.tasks.gold.jsonl")

# ---------------------------------------------------------------------------
# The structured description.  Each task:
#   no, task (重点工作 text), target (目标要求 or None = merged across with 重点工作),
#   lead: list of leader names as printed (None for a 3-column merged cell),
#   lgrp: leader vertical-merge group id (consecutive equal ids are merged),
#   resp: responsibility spec (see render_resp), deadline, dgrp (deadline merge group).
# resp kinds:
#   ("cols", lead_units, coop_units_or_None, opts)   ordinary two cells; None -> "/"
#   ("lc", style, lead_units, coop_units)            牵头单位+配合单位 merged across
#        style: single | joint | prose | marked | labelled
#   ("block", blockid)                               part of a 2-D merged block (BLOCKS)
#   ("rlc", style, lead_units, coop_units)           责任县领导+牵头+配合 merged across
#        style: all (units only, no lead) | prose (A牵头，B配合)
# ---------------------------------------------------------------------------
BLOCKS = {
    "kfq": ("prose", ["淯川经济开发区管委会"], ["县直有关部门"]),
}

CATS = [
    ("一、稳增长扩投资", [
        dict(no=1, task="全力扩大有效投资，确保全县固定资产投资增长8%以上",
             target="全年实施亿元以上重点项目120个，完成投资150亿元以上",
             lead=["陈国栋"], lgrp="a",
             resp=("cols", ["县发展和改革局"], ["县财政局", "县自然资源局", "县住房和城乡建设局", "县统计局"], {}),
             deadline="12月底前"),
        dict(no=2, task="积极争取中央预算内投资和超长期特别国债项目",
             target="争取上级资金30亿元以上，储备专项债券项目40个以上",
             lead=["陈国栋"], lgrp="a",
             resp=("cols", ["县发展和改革局", "县财政局"], ["县直各有关部门"], {}),
             deadline="12月底前"),
        dict(no=3, task="加强经济运行监测调度，按月分析研判主要经济指标，及时提出应对措施",
             target=None,
             lead=["陈国栋"], lgrp="a",
             resp=("lc", "single", ["县统计局"], []),
             deadline="持续推进"),
        dict(no=4, task="激发消费活力，开展“惠购淯川”系列促消费活动",
             target="社会消费品零售总额增长6%以上，全年举办促消费活动20场以上",
             lead=["陈国栋"], lgrp="a",
             resp=("cols", ["县商务局"], ["县财政局", "县市场监督管理局", "县文化和旅游局", "各乡镇人民政府", "街道办事处"], {}),
             deadline="12月底前"),
        dict(no=5, task="优化营商环境，深化“高效办成一件事”改革",
             target="新增“一件事”集成服务事项15项以上，企业开办压缩至0.5个工作日",
             lead=["王立新", "陈国栋"], lgrp="b",
             resp=("cols", ["县行政审批服务局"], ["县发展和改革局", "县市场监督管理局", "县数据局"], {}),
             deadline="10月底前"),
        dict(no=6, task="持续开展“万企帮扶”行动，推动惠企政策直达快享",
             target=None,
             lead=["王立新"], lgrp="c",
             resp=("lc", "joint", ["县工业和信息化局", "县发展和改革局", "县财政局", "国家税务总局淯川县税务局"], []),
             deadline="12月底前"),
    ]),
    ("二、产业转型升级", [
        dict(no=7, task="实施制造业“智改数转”行动，推动规上工业企业技术改造",
             target="完成技改投资25亿元，新增省级智能工厂（数字化车间）5个",
             lead=["李志刚"], lgrp="d",
             resp=("cols", ["县工业和信息化局"], ["县发展和改革局", "县科学技术局", "县财政局"], {"deng": True}),
             deadline="12月底前"),
        dict(no=8, task="加快淯川经济开发区扩区调位和基础设施建设",
             target="新建标准化厂房20万平方米，完成园区道路、供排水管网配套",
             lead=["李志刚"], lgrp="d",
             resp=("block", "kfq"),
             deadline="11月底前"),
        dict(no=9, task="强化招商引资，围绕新材料、绿色食品产业链精准招商",
             target="引进亿元以上项目30个，实际到位资金100亿元以上",
             lead=["李志刚"], lgrp="d",
             resp=("block", "kfq"),
             deadline="12月底前"),
        dict(no=10, task="开展工业企业“亩均效益”综合评价，盘活低效闲置用地",
             target="盘活低效闲置工业用地1000亩以上",
             lead=["李志刚"], lgrp="d",
             resp=("block", "kfq"),
             deadline="10月底前"),
        dict(no=11, task="培育壮大市场主体，实施“个转企、小升规”培育工程",
             target="新增规上工业企业20家，完成“个转企”200户",
             lead=["李志刚"], lgrp="d",
             resp=("cols", ["县市场监督管理局"], ["县工业和信息化局", "县统计局", "国家税务总局淯川县税务局"], {}),
             deadline="12月底前"),
        dict(no=12, task="推进文旅融合发展，创建国家4A级旅游景区1个，提升淯水古镇旅游品质",
             target=None,
             lead=["赵红梅"], lgrp="e",
             resp=("lc", "prose", ["县文化和旅游局"], ["淯水镇人民政府", "县交通运输局"]),
             deadline="12月底前"),
    ]),
    ("三、全面推进乡村振兴", [
        dict(no=13, task="严守耕地保护红线，稳定粮食播种面积60万亩以上",
             target="粮食总产量稳定在26万吨以上，新建高标准农田3.5万亩",
             lead=["周　敏"], lgrp="f",
             resp=("cols", ["县农业农村局"], ["县自然资源局", "县财政局", "县水利局", "各乡镇人民政府"], {}),
             deadline="10月底前"),
        dict(no=14, task="巩固拓展脱贫攻坚成果，守住不发生规模性返贫致贫底线",
             target="脱贫人口人均纯收入增长10%以上",
             lead=["周　敏"], lgrp="f",
             resp=("cols", ["县农业农村局"], ["县人力资源和社会保障局", "县民政局", "县医疗保障局", "县教育局", "县住房和城乡建设局"], {"comma_at": 2}),
             deadline="12月底前"),
        dict(no=15, task="发展壮大村级集体经济，全面消除集体经济薄弱村",
             target="集体经营性收入10万元以上的村占比达到60%",
             lead=["周　敏"], lgrp="f",
             resp=("lc", "labelled", ["县委组织部"], ["县农业农村局", "县财政局", "各乡镇人民政府"]),
             deadline="11月底前"),
        dict(no=16, task="实施和美乡村建设，深入开展农村人居环境整治提升行动",
             target=None,
             lead=["周　敏"], lgrp="f",
             resp=("cols", ["县农业农村局"], ["县住房和城乡建设局", "市生态环境局淯川分局", "县城市管理局", "各乡镇人民政府"], {}),
             deadline="12月底前"),
        dict(no=17, task="推进水利基础设施建设，实施农村供水保障提升工程",
             target="新改建农村供水工程15处，农村自来水普及率达到96%",
             lead=["周　敏"], lgrp="f",
             resp=("lc", "single", ["县水利局"], []),
             deadline="11月底前"),
        dict(no=18, task="加强森林防灭火和林业有害生物防治工作",
             target="森林火灾受害率控制在0.9‰以内，松材线虫病疫情发生面积持续下降",
             lead=["周　敏"], lgrp="f",
             resp=("cols", ["县林业局"], ["县应急管理局", "县消防救援大队", "各乡镇人民政府"], {}),
             deadline="12月底前"),
    ]),
    ("四、城乡建设与生态环境", [
        dict(no=19, task="实施城市更新行动，加快推进城镇老旧小区改造",
             target="改造老旧小区32个，惠及居民4800户",
             lead=["赵红梅"], lgrp="g",
             resp=("cols", ["县住房和城乡建设局"], ["县财政局", "县自然资源局", "国网淯川县供电公司", "街道办事处"], {}),
             deadline="11月底前"),
        dict(no=20, task="完善县城路网，新建改造城市道路和公共停车设施",
             target="新建改造城市道路8条，新增公共停车泊位1200个",
             lead=["赵红梅"], lgrp="g",
             resp=("cols", ["县住房和城乡建设局", "县城市管理局"], ["县自然资源局", "县公安局"], {}),
             deadline="12月底前"),
        dict(no=21, task="深入打好蓝天、碧水、净土保卫战",
             target="空气质量优良天数比例达到85%以上，国省考断面水质达标率100%",
             lead=["赵红梅"], lgrp="g",
             resp=("lc", "joint", ["市生态环境局淯川分局", "县住房和城乡建设局", "县农业农村局", "县水利局"], []),
             deadline="12月底前"),
        dict(no=22, task="推进交通基础设施建设，加快国道G345淯川段改建工程",
             target="完成年度投资6亿元，新改建农村公路120公里",
             lead=["赵红梅"], lgrp="g",
             resp=("cols", ["县交通运输局"], ["县自然资源局", "县林业局", "沿线各乡镇人民政府"], {}),
             deadline="12月底前"),
        dict(no=23, task="推进城乡环卫一体化，提升生活垃圾分类和无害化处理水平",
             target=None,
             lead=["赵红梅"], lgrp="g",
             resp=("cols", ["县城市管理局"], None, {}),
             deadline="12月底前"),
        dict(no=24, task="抓好中央和省生态环境保护督察反馈问题整改",
             target=None,
             lead=["赵红梅"], lgrp="g",
             resp=("lc", "marked", ["市生态环境局淯川分局"], ["县直有关部门", "各乡镇人民政府"]),
             deadline="按整改方案时限完成"),
    ]),
    ("五、增进民生福祉", [
        dict(no=25, task="稳定和扩大就业，实施高校毕业生等重点群体就业促进行动",
             target="城镇新增就业5000人，城镇调查失业率控制在5.5%以内",
             lead=["吴海涛"], lgrp="h",
             resp=("cols", ["县人力资源和社会保障局"], ["县教育局", "县财政局", "县退役军人事务局", "县残疾人联合会"], {"paras": True}),
             deadline="12月底前"),
        dict(no=26, task="推进义务教育优质均衡发展，新建改扩建中小学校",
             target="新建改扩建学校6所，新增学位3600个",
             lead=["吴海涛"], lgrp="h",
             resp=("cols", ["县教育局"], ["县发展和改革局", "县财政局", "县自然资源局", "县住房和城乡建设局"], {}),
             deadline="8月底前"),
        dict(no=27, task="深化紧密型县域医共体建设，提升基层医疗卫生服务能力",
             target=None,
             lead=["吴海涛"], lgrp="h",
             resp=("cols", ["县卫生健康局"], ["县医疗保障局", "县财政局", "县人力资源和社会保障局"], {}),
             deadline="12月底前"),
        dict(no=28, task="完善多层次社会保障体系，扩大城乡居民养老保险覆盖面",
             target="城乡居民基本养老保险参保率稳定在95%以上",
             lead=["吴海涛"], lgrp="h",
             resp=("lc", "prose", ["县人力资源和社会保障局"], ["县医疗保障局", "国家税务总局淯川县税务局"]),
             deadline="12月底前"),
        dict(no=29, task="加强养老服务体系建设，推进社区居家养老服务全覆盖",
             target="新建社区养老服务中心8个，改造提升特困人员供养服务设施3所",
             lead=["周　敏"], lgrp="i",
             resp=("cols", ["县民政局"], ["县财政局", "县卫生健康局", "各乡镇人民政府", "街道办事处"], {}),
             deadline="12月底前"),
        dict(no=30, task="加强住房保障，推进保障性租赁住房筹集建设",
             target="筹集保障性租赁住房500套",
             lead=["赵红梅"], lgrp="j",
             resp=("cols", ["县住房和城乡建设局"], ["县自然资源局", "县财政局", "市住房公积金管理中心淯川管理部"], {}),
             deadline="12月底前"),
        dict(no=31, task="繁荣发展文化体育事业，办好全民健身和群众性文化活动",
             target=None,
             lead=["赵红梅"], lgrp="j",
             resp=("lc", "single", ["县文化和旅游局"], []),
             deadline="12月底前"),
    ]),
    ("六、安全稳定和政府自身建设", [
        dict(no=32, task="统筹发展和安全，深入推进安全生产治本攻坚三年行动",
             target="生产安全事故起数和死亡人数实现“双下降”",
             lead=["孙建华"], lgrp="k",
             resp=("cols", ["县应急管理局"], ["县直有关行业部门", "各乡镇人民政府", "街道办事处"], {}),
             deadline="12月底前", dgrp="z"),
        dict(no=33, task="推进更高水平平安淯川建设，常态化开展扫黑除恶斗争",
             target="群众安全感满意度保持在98%以上",
             lead=["孙建华"], lgrp="k",
             resp=("cols", ["县公安局"], ["县司法局", "县信访局", "各乡镇人民政府", "街道办事处"], {}),
             deadline="12月底前", dgrp="z"),
        dict(no=34, task="防范化解重点领域风险，守住不发生区域性系统性风险底线",
             target=None,
             lead=["陈国栋"], lgrp="l",
             resp=("lc", "joint", ["县财政局", "县金融服务中心", "县住房和城乡建设局"], []),
             deadline="12月底前", dgrp="z"),
        dict(no=35, task="坚持党的全面领导，加强政府系统党的建设和党风廉政建设",
             target=None,
             lead=None, lgrp=None,
             resp=("rlc", "all", [], ["县政府各部门", "各直属机构"]),
             deadline="持续推进"),
        dict(no=36, task="坚持依法行政，持续提升政府执行力和公信力",
             target="重大行政决策事项合法性审查率达到100%",
             lead=None, lgrp=None,
             resp=("rlc", "prose", ["县司法局"], ["县政府各部门"]),
             deadline="12月底前"),
    ]),
]

# ---------------------------------------------------------------------------
# Rendering of the responsibility cell texts (paragraph lists) from the structure
# ---------------------------------------------------------------------------

def join_units(units, comma_at=None, deng=False):
    s = ""
    for i, u in enumerate(units):
        if i:
            s += "，" if comma_at == i else "、"
        s += u
    if deng:
        s += "等"
    return s


def render_lc(style, lead, coop):
    """Text (list of paragraphs) of a cell merged across 牵头单位+配合单位."""
    if style == "single":
        return [lead[0]]
    if style == "joint":
        return [join_units(lead) + "按职责分工负责"]
    if style == "prose":
        return [join_units(lead) + "牵头，" + join_units(coop) + "配合"]
    if style == "marked":
        return [lead[0] + "（牵头）、" + join_units(coop)]
    if style == "labelled":
        return ["牵头：" + join_units(lead), "配合：" + join_units(coop)]
    raise ValueError(style)


def render_rlc(style, lead, coop):
    if style == "all":
        return ["县政府领导班子成员按分工负责，" + join_units(coop) + "抓好落实"]
    if style == "prose":
        return ["县政府领导班子成员按分工负责；" + join_units(lead) + "牵头，" + join_units(coop) + "配合"]
    raise ValueError(style)


def gold_resp(t):
    """responsible_units, lead_units, cooperating_units for a task."""
    r = t["resp"]
    kind = r[0]
    if kind == "cols":
        lead, coop = r[1], r[2]
        coop = coop or []
        return lead + coop, list(lead), list(coop)
    if kind == "block":
        style, lead, coop = BLOCKS[r[1]]
        return lead + coop, list(lead), list(coop)
    if kind == "lc":
        style, lead, coop = r[1], r[2], r[3]
        if style == "joint":
            return list(lead), None, None
        return lead + coop, list(lead), list(coop)
    if kind == "rlc":
        style, lead, coop = r[1], r[2], r[3]
        if style == "all":
            return list(coop), None, None
        return lead + coop, list(lead), list(coop)
    raise ValueError(kind)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_run_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", font=FS, size=16, bold=None, align=None, indent=None,
         color=None, space_after=0, line=None):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    if line is not None:
        pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if indent is not None:
        pf.first_line_indent = Pt(indent)
    if text:
        r = p.add_run(text)
        set_run_font(r, font, size, bold, color)
    return p


def runs(p, parts):
    """parts: list of (text, font, size, bold)."""
    for text, font, size, bold in parts:
        r = p.add_run(text)
        set_run_font(r, font, size, bold)


def bottom_border(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "4")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def add_page_field_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_run_font(r, "宋体", 14)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    rr = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    rr.append(t)
    fld.append(rr)
    p._p.append(fld)
    r2 = p.add_run(" —")
    set_run_font(r2, "宋体", 14)


def set_cell_text(cell, paras, font=FS, size=11, bold=None, align=None):
    """Write paragraphs into a (possibly merged) cell; the cell holds one empty paragraph."""
    first = cell.paragraphs[0]
    for i, text in enumerate(paras):
        p = first if i == 0 else cell.add_paragraph()
        pf = p.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing = Pt(15)
        if align is not None:
            p.alignment = align
        r = p.add_run(text)
        set_run_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_table_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblPr.append(borders)


def fix_tc_widths(table, widths):
    """Give every w:tc the width of the grid columns it spans (after merging)."""
    tw = [int(w / 635) for w in widths]
    for tr in table._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = OxmlElement("w:tcW")
                tcPr.insert(0, tcW)
            tcW.set(qn("w:w"), str(sum(tw[col:col + span])))
            tcW.set(qn("w:type"), "dxa")
            col += span


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trPr.append(h)


def no_split_row(row):
    trPr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trPr.append(c)


# ---------------------------------------------------------------------------
# Build the notice
# ---------------------------------------------------------------------------

def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    add_page_field_footer(sec)

    # 版头
    para(doc, "", size=16)
    para(doc, "淯川县人民政府办公室文件", font=XBS, size=42, align=WD_ALIGN_PARAGRAPH.CENTER,
         color="FF0000", line=60)
    para(doc, "", size=16)
    p = para(doc, "淯政办发〔2025〕10号", font=FS, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p, "FF0000", 18)
    para(doc, "", size=16)
    # title: two lines by a line break
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    r = p.add_run("淯川县人民政府办公室")
    set_run_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r2 = p.add_run("关于印发2025年县政府重点工作任务分解表的通知")
    set_run_font(r2, XBS, 22)
    para(doc, "", size=16)
    para(doc, "各乡镇人民政府、街道办事处，县政府各部门、各直属机构：", line=28)
    body_paras = [
        [("《2025年县政府重点工作任务分解表》已经县政府第31次常务会议研究同意，现印发给你们，请结合实际，认真抓好贯彻落实。现就有关事项通知如下：", FS, 16, None)],
        [("一、压实工作责任。", HT, 16, None),
         ("各责任县领导要加强对分管领域重点工作的统筹调度，及时协调解决推进中的困难和问题。牵头单位是任务落实的第一责任单位，主要负责同志为第一责任人，要制定推进方案，明确时间表、路线图，牵头单位有两个的共同牵头；配合单位要按照职责分工主动对接、积极配合，形成工作合力。分解表中未明确牵头单位的，相关单位按职责分工各负其责。", FS, 16, None)],
        [("二、强化跟踪调度。", HT, 16, None),
         ("各牵头单位要于每季度最后一个月的25日前，将任务推进情况书面报送县政府督查室，全年工作完成情况于12月20日前报送。县政府每季度召开一次重点工作调度会，听取任务推进情况汇报。", FS, 16, None)],
        [("三、严格督查考核。", HT, 16, None),
         ("县政府督查室要加强跟踪督办，对重点工作推进情况实行季度通报，通报结果纳入年度目标责任考核。对工作不力、进度滞后、敷衍塞责的，按照有关规定严肃追责问责。", FS, 16, None)],
        [("联系人：县政府督查室　马　丽，联系电话：0377-6923158。", FS, 16, None)],
    ]
    for parts in body_paras:
        p = para(doc, "", indent=32, line=28)
        runs(p, parts)
    para(doc, "", line=28)
    p = para(doc, "", indent=32, line=28)
    runs(p, [("附件：2025年县政府重点工作任务分解表", FS, 16, None)])
    para(doc, "", line=28)
    para(doc, "", line=28)
    p = para(doc, "淯川县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2025年3月6日", align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
    p.paragraph_format.right_indent = Pt(80)
    p = para(doc, "（此件公开发布）", indent=32, line=28)

    # 附件: landscape section
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21.0)
    s2.top_margin, s2.bottom_margin = Cm(2.6), Cm(2.4)
    s2.left_margin, s2.right_margin = Cm(2.5), Cm(2.5)
    para(doc, "附件", font=HT, size=16, line=28)
    para(doc, "2025年县政府重点工作任务分解表", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36, space_after=8)

    headers = ["序号", "重点工作", "目标要求", "责任县领导", "牵头单位", "配合单位", "完成时限"]
    widths = [Cm(1.3), Cm(6.6), Cm(5.6), Cm(2.3), Cm(3.4), Cm(4.2), Cm(2.3)]
    table = doc.add_table(rows=1, cols=7)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(table)
    hdr = table.rows[0]
    mark_header_row(hdr)
    for i, h in enumerate(headers):
        set_cell_text(hdr.cells[i], [h], font=HT, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)

    # rows: remember row index of each task and category
    layout = []   # (kind, payload, row_index)
    for cat_title, tasks in CATS:
        row = table.add_row()
        no_split_row(row)
        layout.append(("cat", (cat_title, len(tasks)), len(table.rows) - 1))
        for t in tasks:
            row = table.add_row()
            no_split_row(row)
            layout.append(("task", t, len(table.rows) - 1))

    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w / 635)))

    # 1) horizontal merges per row, then text of the non-merged cells
    for kind, payload, ri in layout:
        if kind == "cat":
            title, n = payload
            c = table.cell(ri, 0).merge(table.cell(ri, 6))
            set_cell_text(c, ["%s（%d项）" % (title, n)], font=HT, size=11)
            continue
        t = payload
        set_cell_text(table.cell(ri, 0), [str(t["no"])], align=WD_ALIGN_PARAGRAPH.CENTER)
        if t["target"] is None:
            c = table.cell(ri, 1).merge(table.cell(ri, 2))
            set_cell_text(c, [t["task"]])
        else:
            set_cell_text(table.cell(ri, 1), [t["task"]])
            set_cell_text(table.cell(ri, 2), [t["target"]])
        r = t["resp"]
        if r[0] == "rlc":
            c = table.cell(ri, 3).merge(table.cell(ri, 5))
            set_cell_text(c, render_rlc(r[1], r[2], r[3]))
        elif r[0] == "lc":
            c = table.cell(ri, 4).merge(table.cell(ri, 5))
            set_cell_text(c, render_lc(r[1], r[2], r[3]))
        elif r[0] == "cols":
            lead, coop, opts = r[1], r[2], r[3]
            set_cell_text(table.cell(ri, 4), [join_units(lead)])
            if coop is None:
                set_cell_text(table.cell(ri, 5), ["/"], align=WD_ALIGN_PARAGRAPH.CENTER)
            elif opts.get("paras"):
                set_cell_text(table.cell(ri, 5), list(coop))
            else:
                set_cell_text(table.cell(ri, 5),
                              [join_units(coop, opts.get("comma_at"), opts.get("deng", False))])
        # blocks handled below

    # 2) 2-D blocks (across 牵头单位+配合单位 and down)
    for bid, spec in BLOCKS.items():
        rows = [ri for kind, t, ri in layout if kind == "task" and t["resp"][0] == "block" and t["resp"][1] == bid]
        c = table.cell(rows[0], 4).merge(table.cell(rows[-1], 5))
        style, lead, coop = spec
        set_cell_text(c, render_lc(style, lead, coop))

    # 3) vertical merges: leaders and deadlines
    def runs_of(key):
        out, cur = [], None
        for kind, t, ri in layout:
            g = t.get(key) if kind == "task" else None
            if g is not None and cur is not None and cur[0] == g and cur[2] == ri - 1:
                cur[2] = ri
            else:
                if cur is not None:
                    out.append(cur)
                cur = [g, ri, ri, t] if g is not None else None
        if cur is not None:
            out.append(cur)
        return out

    for g, r0, r1, t in runs_of("lgrp"):
        c = table.cell(r0, 3).merge(table.cell(r1, 3)) if r1 > r0 else table.cell(r0, 3)
        set_cell_text(c, list(t["lead"]), align=WD_ALIGN_PARAGRAPH.CENTER)
    dgrp_rows = set()
    for g, r0, r1, t in runs_of("dgrp"):
        c = table.cell(r0, 6).merge(table.cell(r1, 6)) if r1 > r0 else table.cell(r0, 6)
        set_cell_text(c, [t["deadline"]], align=WD_ALIGN_PARAGRAPH.CENTER)
        dgrp_rows.update(range(r0, r1 + 1))
    for kind, t, ri in layout:
        if kind == "task" and ri not in dgrp_rows:
            set_cell_text(table.cell(ri, 6), [t["deadline"]], align=WD_ALIGN_PARAGRAPH.CENTER)

    fix_tc_widths(table, widths)

    # 版记: portrait last page
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Cm(21.0), Cm(29.7)
    s3.top_margin, s3.bottom_margin = Cm(3.7), Cm(3.5)
    s3.left_margin, s3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        para(doc, "", line=28)
    bj = doc.add_table(rows=2, cols=1)
    tbl = bj._tbl
    borders = OxmlElement("w:tblBorders")
    for edge, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4")):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tbl.tblPr.append(borders)
    set_cell_text(bj.cell(0, 0), ["抄送：县委各部门，县人大常委会办公室，县政协办公室，县人民法院，县人民检察院，县人武部，各人民团体。"], size=14)
    set_cell_text(bj.cell(1, 0), ["淯川县人民政府办公室　　　　　　　　　　2025年3月6日印发"], size=14)

    # fixed core properties
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 3, 6, 9, 30, 0)
    cp.author = "县政府办督查室"
    cp.last_modified_by = "县政府办督查室"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    cp.title = ""
    cp.comments = ""
    return doc


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 6, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def head12(text):
    s = "".join(ch for ch in text if not ch.isspace())
    return s[:12]


def write_gold(path):
    lines = []
    for _, tasks in CATS:
        for t in tasks:
            resp, lead, coop = gold_resp(t)
            leaders = [] if t["lead"] is None else [n.replace("　", "").replace(" ", "") for n in t["lead"]]
            rec = {
                "id": str(t["no"]),
                "marker": str(t["no"]),
                "head": head12(t["task"]),
                "responsible_units": resp,
                "lead_units": lead,
                "cooperating_units": coop,
                "leaders": leaders,
                "deadline": t["deadline"],
            }
            lines.append(json.dumps(rec, ensure_ascii=False))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    n = sum(len(ts) for _, ts in CATS)
    assert n == 36, n
    for _, ts in CATS:
        for t in ts:
            assert len(head12(t["task"])) == 12, t["task"]
    save_deterministic(build(), NOTICE)
    write_gold(GOLD)
    print("wrote", NOTICE, "and", GOLD, "(%d tasks)" % n)
