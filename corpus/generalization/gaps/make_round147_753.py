#!/usr/bin/python3
"""Round 147, notice 753: a county 任务分工 notice through a real conversion path.

Source path (run here, for real):
  python-docx  -> 753_source.docx  (Word notice: red header, cover text with the lead rule,
                                    landscape 附件 table 序号/重点工作任务/责任县领导/责任单位/完成时限,
                                    版记 on a last portrait page, "— N —" page numbers odd right/even left)
  LibreOffice 7.4 `soffice --headless --convert-to pdf` -> 753_source.pdf
  MuPDF `mutool draw -F txt` (mupdf-tools 1.21.1, Debian bookworm) -> the notice under test,
        753_xichuan_xian_gzbg_renwu_fengong.txt, byte for byte as mutool writes it.

The gold list 753.tasks.gold.jsonl is written from the same TASKS description below.
Deterministic: the DOCX zip gets fixed timestamps and core properties; the PDF's CreationDate/
ModDate and /ID are overwritten with fixed values of equal length (xref offsets stay valid);
mutool's text output does not depend on either.
"""
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NNN = "753"
NOTICE = f"{NNN}_xichuan_xian_gzbg_renwu_fengong.txt"
SRC_DOCX = f"{NNN}_source.docx"
SRC_PDF = f"{NNN}_source.pdf"
GOLD = f"{NNN}.tasks.gold.jsonl"

ISSUER = "浠川县人民政府办公室"
DOCNO = "浠政办发〔2025〕8号"
DATE = "2025年3月14日"
ATT_TITLE = "浠川县2025年《政府工作报告》重点工作任务分工"

# ---------------------------------------------------------------------------
# The one structured description of the tasks.
#   text:     the 重点工作任务 cell, one string per cell paragraph
#   leaders:  the 责任县领导 cell, one string per cell paragraph, as printed (two-character
#             names padded with U+3000 as Word users type them)
#   units:    the 责任单位 cell's units in printed order
#   seps:     {i: sep} the separator printed before units[i] when it is not "、"
#   colead:   k -> "（共同牵头）" printed after units[k-1]; units[:k] all lead
#   deng:     "等" printed before the last unit (a generic 有关部门)
#   deadline: the 完成时限 cell
# Rule printed in the cover text: 排在第一位的为牵头单位，其余为配合单位；标注“共同牵头”的，均为牵头单位。
# ---------------------------------------------------------------------------
CHEN, ZHOU, HE, YANG, LIU, MA, WU = "陈立新", "周　平", "何晓东", "杨春华", "刘　畅", "马俊峰", "吴　海"

SECTIONS = [
    ("一、稳增长扩内需，推动经济量质齐升（共6项）", [
        dict(text=["全县地区生产总值增长6.5%左右，一般公共预算收入增长5%，规模以上工业增加值增长8%，"
                   "固定资产投资增长7%，社会消费品零售总额增长6%，城乡居民人均可支配收入分别增长5.5%、7%。"],
             leaders=[CHEN],
             units=["县发展和改革局", "县统计局", "县财政局", "县工业和信息化局", "县商务局",
                    "县人力资源和社会保障局"],
             deadline="2025年12月底前"),
        dict(text=["实施重点项目攻坚行动，全年实施省市县重点项目120个，完成投资150亿元以上；谋划储备项目200个以上，"
                   "争取中央预算内投资、超长期特别国债和地方政府专项债券资金12亿元以上。"],
             leaders=[ZHOU],
             units=["县发展和改革局", "县财政局", "县自然资源局", "县住房和城乡建设局", "浠川经济开发区管委会"],
             deadline="2025年12月底前"),
        dict(text=["深入实施招商引资“一把手”工程，聚焦新能源电池材料、绿色食品加工、现代纺织三大主导产业链精准招商，"
                   "全年新签约亿元以上项目30个，到位省外资金80亿元以上。"],
             leaders=[CHEN, HE],
             units=["县投资促进中心", "浠川经济开发区管委会", "县工业和信息化局", "县商务局"],
             seps={3: "，"},
             deadline="长期坚持"),
        dict(text=["落实结构性减税降费政策，加强财源建设，强化非税收入征管，全年组织税收收入9.2亿元。"],
             leaders=[ZHOU],
             units=["县财政局", "国家税务总局浠川县税务局"],
             deadline="2025年12月底前"),
        dict(text=["扩大有效消费需求，落实大规模设备更新和消费品以旧换新政策，举办“浠川消费季”等促消费活动20场次以上，"
                   "新增限额以上商贸企业15家。"],
             leaders=[HE],
             units=["县商务局", "县市场监督管理局", "有关部门"],
             deng=True,
             deadline="持续推进"),
        dict(text=["强化金融服务实体经济，开展政银企对接活动4次以上，全县各项贷款余额增长8%以上；"
                   "稳妥有序化解地方政府债务风险，坚决守住不发生系统性风险底线。"],
             leaders=[ZHOU],
             units=["县金融服务中心", "县财政局", "国家金融监督管理总局浠川监管支局"],
             deadline="长期坚持"),
    ]),
    ("二、坚持工业强县，加快构建现代产业体系（共6项）", [
        dict(text=["加快新能源电池材料产业园建设，推动年产5万吨磷酸铁锂正极材料项目二期建成投产，"
                   "全县规模以上工业企业达到160家。"],
             leaders=[HE],
             units=["浠川经济开发区管委会", "县工业和信息化局", "县发展和改革局", "国网浠川县供电公司"],
             deadline="2025年10月底前"),
        dict(text=["实施制造业技术改造升级工程，推动30家以上企业实施技术改造，新增省级专精特新中小企业5家、"
                   "高新技术企业8家。"],
             leaders=[HE],
             units=["县工业和信息化局", "县科学技术局", "县财政局"],
             deadline="2025年12月底前"),
        dict(text=["深化开发区“亩均论英雄”改革，盘活闲置低效工业用地600亩以上。",
                   "新建标准化厂房10万平方米，完善园区污水处理、集中供热等配套设施。"],
             leaders=[HE, ZHOU],
             units=["浠川经济开发区管委会", "县自然资源局", "县住房和城乡建设局"],
             deadline="2025年12月底前"),
        dict(text=["大力发展数字经济，新建5G基站300个，推动50家以上企业“上云用数赋智”。"],
             leaders=[LIU],
             units=["县工业和信息化局", "县政务服务和数据管理局"],
             deadline="2025年11月底前"),
        dict(text=["做强文化旅游产业，推进浠水河国家湿地公园创建国家4A级旅游景区，全年接待游客突破500万人次、"
                   "实现旅游综合收入45亿元。"],
             leaders=[LIU],
             units=["县文化和旅游局", "县林业局", "县自然资源局", "浠水河国家湿地公园管理处"],
             deadline="2025年12月底前"),
        dict(text=["完善县乡村三级物流配送体系，建成县级物流配送中心，新建乡镇快递物流服务站点18个。"],
             leaders=[HE],
             units=["县交通运输局", "县商务局", "各乡（镇）人民政府"],
             deadline="2025年9月底前"),
    ]),
    ("三、全面推进乡村振兴，加快建设农业强县（共5项）", [
        dict(text=["稳定粮食生产，全年粮食播种面积稳定在62万亩以上、总产量稳定在26万吨以上，新建高标准农田3.5万亩。"],
             leaders=[YANG],
             units=["县农业农村局", "县自然资源局", "县财政局", "各乡（镇）人民政府"],
             deadline="2025年12月底前"),
        dict(text=["巩固拓展脱贫攻坚成果，落实防止返贫致贫监测和帮扶机制，确保不发生规模性返贫致贫。"],
             leaders=[YANG],
             units=["县农业农村局", "县人力资源和社会保障局", "县民政局", "县医疗保障局", "各乡（镇）人民政府"],
             deadline="长期坚持"),
        dict(text=["实施农村供水保障工程，完成12处集中供水工程提质增效，农村自来水普及率达到96%。"],
             leaders=[YANG],
             units=["县水利局", "县农业农村局", "县财政局", "各乡（镇）人民政府"],
             colead=2,
             deadline="2025年11月底前"),
        dict(text=["推进和美乡村建设，新创建省级和美乡村示范村10个，农村生活垃圾无害化处理率保持在95%以上。"],
             leaders=[YANG],
             units=["各乡（镇）人民政府", "县农业农村局", "县住房和城乡建设局", "市生态环境局浠川分局"],
             deadline="2025年11月底前"),
        dict(text=["培育新型农业经营主体，新增县级以上农业产业化龙头企业6家、家庭农场50家，"
                   "打响“浠川香米”区域公用品牌。"],
             leaders=[YANG],
             units=["县农业农村局", "县市场监督管理局"],
             deadline="持续推进"),
    ]),
    ("四、推进城乡融合发展，建设美丽浠川（共5项）", [
        dict(text=["实施城市更新行动，改造城镇老旧小区26个、惠及居民3200户，新建改造城市燃气、供排水管网45公里。"],
             leaders=[MA],
             units=["县住房和城乡建设局", "县城市管理局", "县财政局", "浠川县城市建设投资集团有限公司"],
             deadline="2025年11月底前"),
        dict(text=["深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在32微克/立方米以内，"
                   "国控、省控断面水质达标率保持100%。"],
             leaders=[MA],
             units=["市生态环境局浠川分局", "县住房和城乡建设局", "县农业农村局", "县交通运输局", "县城市管理局"],
             deadline="2025年12月底前"),
        dict(text=["全面落实河湖长制、林长制，完成营造林2.1万亩，森林覆盖率稳定在45%以上。"],
             leaders=[YANG],
             units=["县林业局", "县水利局", "各乡（镇）人民政府"],
             deadline="2025年12月底前"),
        dict(text=["加快综合交通建设，建成G348浠川段改扩建工程，新改建农村公路120公里。"],
             leaders=[MA],
             units=["县交通运输局", "县自然资源局", "县财政局"],
             deadline="2025年10月底前"),
        dict(text=["深化城市精细化管理，新增城市公共停车泊位1500个、口袋公园8个。"],
             leaders=[MA],
             units=["县城市管理局", "县住房和城乡建设局", "县公安局"],
             deadline="持续推进"),
    ]),
    ("五、深化改革扩大开放，持续激发发展活力（共4项）", [
        dict(text=["深化“高效办成一件事”改革，推出集成服务事项20项以上，政务服务事项网上可办率达到98%。"],
             leaders=[LIU],
             units=["县政务服务和数据管理局", "县直有关部门"],
             deadline="2025年6月底前"),
        dict(text=["持续优化营商环境，开展涉企行政执法专项整治，落实“首违不罚”清单制度，全年新增经营主体5000户以上。"],
             leaders=[ZHOU],
             units=["县发展和改革局", "县市场监督管理局", "县司法局"],
             deadline="长期坚持"),
        dict(text=["深化国有企业改革，推动县属国有企业整合重组和市场化转型，国有资本经营收益增长10%。"],
             leaders=[ZHOU],
             units=["县财政局（县国资办）", "浠川县城市建设投资集团有限公司"],
             deadline="2025年12月底前"),
        dict(text=["推进高水平对外开放，支持企业开拓“一带一路”沿线市场，全县外贸进出口总额增长10%以上。"],
             leaders=[HE],
             units=["县商务局", "县发展和改革局", "县工业和信息化局"],
             deadline="2025年12月底前"),
    ]),
    ("六、坚持民生为本，增进人民群众福祉（共7项）", [
        dict(text=["落实就业优先政策，城镇新增就业3200人，城镇调查失业率控制在5.5%以内，新增返乡创业1000人以上。"],
             leaders=[LIU],
             units=["县人力资源和社会保障局", "县财政局", "县农业农村局"],
             deadline="2025年12月底前"),
        dict(text=["办好人民满意的教育，新建改扩建中小学、幼儿园6所，新增学位3600个，县第二高级中学秋季投入使用。"],
             leaders=[LIU],
             units=["县教育体育局", "县发展和改革局", "县住房和城乡建设局"],
             deadline="2025年8月底前"),
        dict(text=["推进健康浠川建设，县人民医院新院区主体工程完工，乡镇卫生院和村卫生室标准化建设达标率100%。"],
             leaders=[LIU],
             units=["县卫生健康局", "县医疗保障局"],
             deadline="2025年12月底前"),
        dict(text=["健全社会保障体系，城乡居民基本养老保险参保率稳定在95%以上，新建城市社区嵌入式养老服务中心3个。"],
             leaders=[LIU, MA],
             units=["县民政局", "县人力资源和社会保障局", "县医疗保障局", "县住房和城乡建设局"],
             deadline="2025年12月底前"),
        dict(text=["统筹发展和安全，深化安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。"],
             leaders=[ZHOU],
             units=["县应急管理局", "县直有关部门", "各乡（镇）人民政府"],
             deadline="长期坚持"),
        dict(text=["推进平安浠川、法治浠川建设，健全矛盾纠纷多元化解机制，群众安全感满意度保持在98%以上。"],
             leaders=[WU],
             units=["县公安局", "县司法局", "县信访局"],
             deadline="长期坚持"),
        dict(text=["办好县政府十件民生实事，逐项明确责任单位和完成时限，每季度向社会公布办理进度。"],
             leaders=[ZHOU],
             units=["县政府办公室", "县财政局", "县直有关部门"],
             deadline="2025年12月底前"),
    ]),
    ("七、加强政府自身建设（共1项）", [
        dict(text=["严格落实政府过紧日子要求，一般性支出压减5%以上，“三公”经费只减不增。"],
             leaders=[ZHOU],
             units=["县财政局", "县审计局", "县直各单位"],
             deadline="长期坚持"),
    ]),
]


def units_cell(t):
    """The 责任单位 cell as printed."""
    out = []
    seps = t.get("seps", {})
    units = t["units"]
    for i, u in enumerate(units):
        if i:
            if t.get("deng") and i == len(units) - 1:
                out.append("等")
            else:
                out.append(seps.get(i, "、"))
        out.append(u)
        if t.get("colead") and i == t["colead"] - 1:
            out.append("（共同牵头）")
    return "".join(out)


def gold_records():
    recs = []
    n = 0
    for _, tasks in SECTIONS:
        for t in tasks:
            n += 1
            k = t.get("colead", 1)
            head = re.sub(r"\s", "", "".join(t["text"]))[:12]
            recs.append({
                "id": str(n),
                "marker": str(n),
                "head": head,
                "responsible_units": list(t["units"]),
                "lead_units": list(t["units"][:k]),
                "cooperating_units": list(t["units"][k:]),
                "leaders": [re.sub(r"\s", "", x) for x in t["leaders"]],
                "deadline": t["deadline"],
            })
    return recs


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"


def set_run(run, east=FS, size=16, bold=False, color=None, latin="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = latin
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:ascii"), latin)
    rf.set(qn("w:hAnsi"), latin)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(container, text="", east=FS, size=16, bold=False, align=None, indent=True, color=None,
         line=28.9, before=0, after=0):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_run(p.add_run(text), east=east, size=size, bold=bold, color=color)
    return p


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


def add_page_field(p, east="宋体", size=14):
    def r(text=None, fld=None, instr=None):
        run = p.add_run()
        set_run(run, east=east, size=size, latin="宋体")
        if fld:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), fld)
            run._r.append(e)
        elif instr:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = instr
            run._r.append(e)
        else:
            run.text = text
    r("— ")
    r(fld="begin")
    r(instr=" PAGE ")
    r(fld="separate")
    r("1")
    r(fld="end")
    r(" —")


def set_margins(sec, top, bottom, left, right):
    sec.top_margin, sec.bottom_margin = Cm(top), Cm(bottom)
    sec.left_margin, sec.right_margin = Cm(left), Cm(right)
    sec.footer_distance = Cm(2.2)


def cell_paras(cell, lines, east=FS, size=12, align=None):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        pf = p.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(18)
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        if align is not None:
            p.alignment = align
        set_run(p.add_run(line), east=east, size=size)


def set_col_widths(table, widths):
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trpr.append(e)


def build_docx(path):
    d = Document()
    cp = d.core_properties
    cp.author = "xcxzfb"
    cp.last_modified_by = "xcxzfb"
    cp.title = ""
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    cp.revision = 3
    cp.created = datetime(2025, 3, 13, 8, 42, 0)
    cp.modified = datetime(2025, 3, 14, 10, 5, 0)
    cp.last_printed = datetime(2025, 3, 14, 10, 6, 0)

    st = d.styles["Normal"]
    st.font.size = Pt(16)
    st.font.name = "Times New Roman"
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)

    d.settings.odd_and_even_pages_header_footer = True
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    set_margins(sec, 3.7, 3.5, 2.8, 2.6)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.paragraph_format.right_indent = Pt(14)
    add_page_field(fp)
    ep = sec.even_page_footer.paragraphs[0]
    ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
    ep.paragraph_format.left_indent = Pt(14)
    add_page_field(ep)

    # ---- 版头
    para(d, "", indent=False, line=28.9)
    para(d, ISSUER + "文件", east=XBS, size=32, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         color="FF0000", line=60, before=40)
    para(d, "", indent=False)
    p = para(d, DOCNO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p)
    para(d, "", indent=False)
    # ---- 标题
    p = para(d, "", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    r = p.add_run(ISSUER)
    set_run(r, east=XBS, size=22)
    r.add_break()
    r = p.add_run("关于印发浠川县2025年《政府工作报告》")
    set_run(r, east=XBS, size=22)
    r.add_break()
    r = p.add_run("重点工作任务分工的通知")
    set_run(r, east=XBS, size=22)
    para(d, "", indent=False)
    # ---- 主送
    para(d, "各乡（镇）人民政府，县政府各部门，县直各有关单位：", indent=False)
    # ---- 正文
    para(d, "为全面完成县十八届人民代表大会第五次会议审议通过的《政府工作报告》确定的目标任务，经县人民政府同意，"
            "现将《浠川县2025年〈政府工作报告〉重点工作任务分工》（以下简称《任务分工》）印发给你们，"
            "并就有关事项通知如下。")

    def runin(head, rest, east=HT):
        p = para(d)
        set_run(p.add_run(head), east=east)
        set_run(p.add_run(rest))
    runin("一、压实工作责任。", "各乡（镇）、各部门要把落实《政府工作报告》作为全年工作的重中之重，逐项制定推进措施，"
          "明确责任人和时间节点。《任务分工》“责任单位”栏中排在第一位的为牵头单位，其余为配合单位；"
          "标注“共同牵头”的，均为牵头单位。牵头单位要切实履行牵头职责，主动协调配合单位；"
          "配合单位要积极主动配合，共同抓好落实。")
    runin("二、强化协调联动。", "责任县领导要加强对分管领域任务的调度推进，及时研究解决工作中的重大问题。"
          "涉及多个部门的工作，牵头单位要加强统筹，配合单位要按职责分工做好相关工作，确保各项任务不推诿、不扯皮。")
    runin("三、严格督查考核。", "各牵头单位于每季度末月25日前将任务推进情况报送县政府督查室"
          "（联系人：黄蕾，联系电话：0713-4238516）。县政府督查室将定期开展督查，"
          "督查结果纳入年度目标责任考核。")
    para(d, "")
    p = para(d, "", indent=True)
    set_run(p.add_run("附件：" + ATT_TITLE))
    para(d, "")
    para(d, "")
    p = para(d, ISSUER, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 4)
    p = para(d, DATE, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 4)
    para(d, "（此件公开发布）")

    # ---- 附件: landscape section
    sec2 = d.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21)
    set_margins(sec2, 2.8, 2.6, 2.5, 2.5)
    para(d, "附件", east=HT, indent=False)
    para(d, ATT_TITLE, east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36,
         after=12)
    widths = [Cm(1.4), Cm(11.6), Cm(2.3), Cm(6.2), Cm(3.2)]
    tab = d.add_table(rows=1, cols=5)
    tab.style = "Table Grid"
    tab.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["序号", "重点工作任务", "责任县领导", "责任单位", "完成时限"]
    for c, h in zip(tab.rows[0].cells, hdr):
        cell_paras(c, [h], east=HT, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(tab.rows[0])
    n = 0
    for title, tasks in SECTIONS:
        row = tab.add_row()
        m = row.cells[0].merge(row.cells[4])
        cell_paras(m, [title], east=HT, size=12)
        for t in tasks:
            n += 1
            cells = tab.add_row().cells
            cell_paras(cells[0], [str(n)], align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_paras(cells[1], t["text"])
            cell_paras(cells[2], t["leaders"], align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_paras(cells[3], [units_cell(t)])
            cell_paras(cells[4], [t["deadline"]], align=WD_ALIGN_PARAGRAPH.CENTER)
    set_col_widths(tab, widths)

    # ---- 版记: last page, portrait
    sec3 = d.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21), Cm(29.7)
    set_margins(sec3, 3.7, 3.5, 2.8, 2.6)
    for _ in range(16):
        para(d, "", indent=False)
    bj = d.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = bj.rows[0].cells[0], bj.rows[1].cells[0]
    cell_paras(c0, ["抄送：县委各部门，县人大常委会办公室，县政协办公室，县人民法院，县人民检察院。"], size=14)
    c0.paragraphs[0].paragraph_format.left_indent = Pt(14)
    p = c1.paragraphs[0]
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(22)
    pf.left_indent = Pt(14)
    set_run(p.add_run(ISSUER + "\u3000" * 10 + "2025年3月14日印发"), size=14)
    # rules: thick top of row 1, thin between, thick bottom
    for cell, edges in ((c0, {"top": 12, "bottom": 4}), (c1, {"bottom": 12})):
        tcpr = cell._tc.get_or_add_tcPr()
        b = OxmlElement("w:tcBorders")
        for edge in ("top", "left", "bottom", "right"):
            e = OxmlElement(f"w:{edge}")
            if edge in edges:
                e.set(qn("w:val"), "single")
                e.set(qn("w:sz"), str(edges[edge]))
                e.set(qn("w:color"), "000000")
            else:
                e.set(qn("w:val"), "nil")
            b.append(e)
        tcpr.append(b)
    for c in (c0, c1):
        c.width = Cm(15.6)

    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps, same entry order
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 14, 10, 5, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def fix_pdf(path):
    """Overwrite LibreOffice's run-time dates and /ID with fixed values of equal length."""
    b = open(path, "rb").read()

    def date(m):
        s = m.group(1)  # keep LibreOffice's own suffix (Z' or +hh'mm'), fix the 14 digits
        return m.group(0).replace(s, b"D:20250314100600" + s[16:])
    b = re.sub(rb"/CreationDate\s*\((D:[^)]*)\)", date, b)
    b = re.sub(rb"/ModDate\s*\((D:[^)]*)\)", date, b)
    b = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]",
               lambda m: re.sub(rb"[0-9A-Fa-f]{32}", b"7" * 32, m.group(0)), b)
    b = re.sub(rb"/DocChecksum\s*/([0-9A-Fa-f]{32})",
               lambda m: m.group(0).replace(m.group(1), b"0" * 32), b)
    open(path, "wb").write(b)


def version(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True).stdout.strip().splitlines()[0]
    except Exception as e:  # pragma: no cover
        return f"unavailable ({e})"


def main():
    os.chdir(HERE)
    for tool in ("soffice", "mutool"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} not found: apt-get install -y libreoffice-writer-nogui mupdf-tools")
    build_docx(SRC_DOCX)
    with tempfile.TemporaryDirectory() as tmp:
        prof = os.path.join(tmp, "profile")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, os.path.join(HERE, SRC_DOCX)],
                       check=True, capture_output=True)
        shutil.copyfile(os.path.join(tmp, SRC_DOCX[:-5] + ".pdf"), SRC_PDF)
    fix_pdf(SRC_PDF)
    # the conversion under test, its output kept byte for byte
    subprocess.run(["mutool", "draw", "-F", "txt", "-o", NOTICE, SRC_PDF], check=True,
                   capture_output=True)
    recs = gold_records()
    with open(GOLD, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(recs)} tasks; wrote {SRC_DOCX}, {SRC_PDF}, {NOTICE}, {GOLD}")
    print("soffice:", version(["soffice", "--version"]))
    r = subprocess.run(["mutool", "-v"], capture_output=True, text=True)
    print("mutool -v:", (r.stdout + r.stderr).strip())


if __name__ == "__main__":
    main()
