#!/usr/bin/python3
"""Round 139, case 709: a 县政府办 notice printing its year's 重点工作推进配档表.

The form: a Shandong-style 配档表 (work schedule) as county offices attach it to a
红头 通知: a landscape Word table 序号 / 重点工作 / 责任县领导 / 牵头单位 / 配合单位 /
推进时间（2025年） whose last header cell spans twelve month columns (1月…12月).
There is no 完成时限 column: each task's time is drawn as a 横道 (the months of work
shaded grey), with "●" in the months of a stage node and "★" in the completion
month, as the cover text and a 注 under the table explain; ongoing tasks have the
twelve month cells merged into one cell reading 全年持续推进.

Writes 709_mengchuan_xian_zhongdian_gongzuo_peidangbiao.docx and
709.tasks.gold.jsonl from the one description below.  Deterministic: fixed core
properties and fixed zip timestamps.

Run: /usr/bin/python3 make_709.py
"""
import io
import json
import os
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = os.path.join(HERE, "709_mengchuan_xian_zhongdian_gongzuo_peidangbiao.docx")
GOLD = os.path.join(HERE, "709.tasks.gold.jsonl")

# ---------------------------------------------------------------------------
# The one structured description of the tasks.
#   text    : paragraphs of the 重点工作 cell
#   leaders : paragraphs of the 责任县领导 cell, or None = merged with the cell above
#   lead    : units of the 牵头单位 cell (printed joined by 、)
#   coop    : paragraphs of the 配合单位 cell as printed; coop_units the units in them
#   sched   : ("year",) = the 12 month cells merged, 全年持续推进
#             (start, end, [stage months], star month) = a bar with its nodes
# ---------------------------------------------------------------------------
Z = "周振华"      # 县长
L = "李晓东"      # 县委常委、常务副县长
ZM = "赵明远"     # 县委常委、副县长
SL = "孙　丽"     # 副县长 (padded in the table)
ZX = "张学军"     # 副县长
CL = "陈立峰"     # 副县长
MW = "马卫东"     # 副县长

KF = "蒙川经济开发区管委会"
ZJ = "各镇（街道）"

CATS = [
    ("一、扩大有效投资（6项）", [
        dict(text=["全年实施省市县重点项目120个以上，完成投资150亿元以上，其中新开工项目不少于60个。"],
             leaders=[L], lead=["县发展和改革局"],
             coop=["各镇（街道）、蒙川经济开发区管委会"], coop_units=[ZJ, KF],
             sched=("year",)),
        dict(text=["积极争取超长期特别国债、中央预算内投资和地方政府专项债券资金15亿元以上，做好项目储备和申报。"],
             leaders=None, lead=["县发展和改革局", "县财政局"],
             coop=["县自然资源局、县住房和城乡建设局"], coop_units=["县自然资源局", "县住房和城乡建设局"],
             sched=(1, 11, [6], 11)),
        dict(text=["开工建设化工园区封闭化管理提升工程（二期），完成园区智慧安全监管平台升级。"],
             leaders=None, lead=[KF],
             coop=["县应急管理局，市生态环境局蒙川分局"], coop_units=["县应急管理局", "市生态环境局蒙川分局"],
             sched=(3, 10, [], 10)),
        dict(text=["推进蒙山抽水蓄能电站上水库及输水系统工程建设，完成年度投资8亿元。"],
             leaders=[ZX], lead=["县发展和改革局"],
             coop=["县自然资源局、县水利局、县林业发展中心、国网蒙川县供电公司"],
             coop_units=["县自然资源局", "县水利局", "县林业发展中心", "国网蒙川县供电公司"],
             sched=(1, 12, [6], 12)),
        dict(text=["建立重点项目要素保障清单，新增建设用地指标优先保障省市重点项目，全年供应建设用地3000亩以上。"],
             leaders=[L, SL], lead=["县自然资源局"],
             coop=["县发展和改革局"], coop_units=["县发展和改革局"],
             sched=(2, 6, [], 6)),
        dict(text=["开展重点项目“集中开工”“观摩评比”活动，每季度组织一次，通报项目推进情况。"],
             leaders=[L], lead=["县发展和改革局"],
             coop=["县委宣传部、县融媒体中心、各镇（街道）"], coop_units=["县委宣传部", "县融媒体中心", ZJ],
             sched=(3, 12, [3, 6, 9], 12)),
    ]),
    ("二、推动工业经济提质增效（5项）", [
        dict(text=["规模以上工业增加值增长7%以上，新增规模以上工业企业15家。"],
             leaders=[ZM], lead=["县工业和信息化局"],
             coop=["县统计局、各镇（街道）"], coop_units=["县统计局", ZJ],
             sched=("year",)),
        dict(text=["实施技术改造项目60个，推动30家规上企业完成数字化转型诊断，新建省级智能工厂2家。"],
             leaders=None, lead=["县工业和信息化局"],
             coop=["县大数据中心、县财政局"], coop_units=["县大数据中心", "县财政局"],
             sched=(1, 12, [6], 12)),
        dict(text=["培育省级“专精特新”中小企业10家以上、高新技术企业12家以上。"],
             leaders=None, lead=["县工业和信息化局", "县科学技术局"],
             coop=["县财政局"], coop_units=["县财政局"],
             sched=(2, 11, [], 11)),
        dict(text=["加快新能源电池材料产业园二期建设，年底前完成主体工程，引进配套企业5家以上。"],
             leaders=None, lead=[KF],
             coop=["县投资促进服务中心", "国网蒙川县供电公司"],
             coop_units=["县投资促进服务中心", "国网蒙川县供电公司"],
             sched=(1, 12, [6, 9], 12)),
        dict(text=["开展工业企业“亩产效益”综合评价，盘活闲置低效工业用地800亩。"],
             leaders=[ZM, L], lead=["县自然资源局"],
             coop=["县工业和信息化局、国家税务总局蒙川县税务局"],
             coop_units=["县工业和信息化局", "国家税务总局蒙川县税务局"],
             sched=(3, 9, [], 9)),
    ]),
    ("三、全面推进乡村振兴（5项）", [
        dict(text=["稳定粮食播种面积86万亩以上，新建高标准农田3.5万亩，粮食总产稳定在35万吨以上。"],
             leaders=[SL], lead=["县农业农村局"],
             coop=["县财政局、县自然资源局、各镇（街道）"], coop_units=["县财政局", "县自然资源局", ZJ],
             sched=(1, 10, [6], 10)),
        dict(text=["实施蔬菜产业提升行动，新建智能化温室大棚500个，培育县级以上农业产业化龙头企业6家。"],
             leaders=None, lead=["县农业农村局"],
             coop=["县供销合作社联合社"], coop_units=["县供销合作社联合社"],
             sched=(2, 10, [], 10)),
        dict(text=["推进和美乡村建设，创建省级和美乡村示范村8个、市级示范村20个。",
                   "完成农村生活污水治理行政村40个，农村改厕规范升级3000户。"],
             leaders=None, lead=["县农业农村局"],
             coop=["县住房和城乡建设局、市生态环境局蒙川分局、各镇（街道）"],
             coop_units=["县住房和城乡建设局", "市生态环境局蒙川分局", ZJ],
             sched=(3, 11, [7], 11)),
        dict(text=["巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制，守住不发生规模性返贫底线。"],
             leaders=None, lead=["县农业农村局"],
             coop=["县民政局、县医疗保障局、县人力资源和社会保障局"],
             coop_units=["县民政局", "县医疗保障局", "县人力资源和社会保障局"],
             sched=("year",)),
        dict(text=["实施农村供水保障工程改造提升，新铺设改造供水管网120公里，农村自来水普及率保持100%。"],
             leaders=[ZX], lead=["县水利局"],
             coop=["县财政局、各镇（街道）"], coop_units=["县财政局", ZJ],
             sched=(3, 11, [6], 11)),
    ]),
    ("四、提升城市功能品质（5项）", [
        dict(text=["实施城镇老旧小区改造32个，惠及居民5100户，同步完善养老、托育、停车等配套设施。"],
             leaders=[CL], lead=["县住房和城乡建设局"],
             coop=["县财政局", "国网蒙川县供电公司", "各镇（街道）"],
             coop_units=["县财政局", "国网蒙川县供电公司", ZJ],
             sched=(3, 11, [], 11)),
        dict(text=["新建改造城区道路6条，打通“断头路”3条，新增公共停车泊位1500个。"],
             leaders=None, lead=["县住房和城乡建设局"],
             coop=["县自然资源局、县综合行政执法局（县城市管理局）"],
             coop_units=["县自然资源局", "县综合行政执法局（县城市管理局）"],
             sched=(3, 10, [], 10)),
        dict(text=["推进蒙河大桥改建工程和县乡道提级改造，完成农村公路新改建80公里。"],
             leaders=[ZX], lead=["县交通运输局"],
             coop=["县自然资源局、县公安局交通管理大队"],
             coop_units=["县自然资源局", "县公安局交通管理大队"],
             sched=(2, 12, [6], 12)),
        dict(text=["开展城市管理精细化提升年活动，创建市级城市管理示范街道5条。"],
             leaders=[CL], lead=["县综合行政执法局（县城市管理局）"],
             coop=["各镇（街道）"], coop_units=[ZJ],
             sched=("year",)),
        dict(text=["完成城区雨污分流改造28公里，实施城市污水处理厂扩建工程，新增日处理能力2万吨。"],
             leaders=[CL, ZX], lead=["县住房和城乡建设局"],
             coop=["县水利局、市生态环境局蒙川分局"], coop_units=["县水利局", "市生态环境局蒙川分局"],
             sched=(4, 12, [9], 12)),
    ]),
    ("五、持续优化营商环境（5项）", [
        dict(text=["深化“高效办成一件事”改革，年内推出集成服务事项20项以上，政务服务事项全程网办率达到90%。"],
             leaders=[L], lead=["县行政审批服务局"],
             coop=["县大数据中心、县司法局"], coop_units=["县大数据中心", "县司法局"],
             sched=(1, 12, [6], 12)),
        dict(text=["推进“无证明城市”建设，实现高频证明事项免于提交，涉企证明事项清单动态调整。"],
             leaders=None, lead=["县司法局"],
             coop=["县行政审批服务局、县大数据中心"], coop_units=["县行政审批服务局", "县大数据中心"],
             sched=(2, 9, [], 9)),
        dict(text=["全年新签约过亿元项目30个以上，实际到位省外资金60亿元以上。"],
             leaders=[Z], lead=["县投资促进服务中心"],
             coop=["县商务局、蒙川经济开发区管委会、各镇（街道）"], coop_units=["县商务局", KF, ZJ],
             sched=("year",)),
        dict(text=["外贸进出口总额增长8%以上，组织企业参加境内外重点展会20场次。"],
             leaders=[ZM], lead=["县商务局"],
             coop=["—"], coop_units=[],
             sched=(1, 12, [], 12)),
        dict(text=["实施国有企业改革深化提升行动，完成县属国有企业整合重组，组建县城市发展集团。"],
             leaders=[L], lead=["县财政局（县国有资产服务中心）"],
             coop=["县审计局"], coop_units=["县审计局"],
             sched=(1, 8, [4], 8)),
    ]),
    ("六、增进民生福祉（6项）", [
        dict(text=["城镇新增就业6000人以上，发放创业担保贷款2亿元，城镇调查失业率控制在5.5%以内。"],
             leaders=[MW], lead=["县人力资源和社会保障局"],
             coop=["县财政局，各镇（街道）"], coop_units=["县财政局", ZJ],
             sched=("year",)),
        dict(text=["新建、改扩建中小学校和幼儿园6所，新增学位3200个，秋季开学前投入使用。"],
             leaders=None, lead=["县教育和体育局"],
             coop=["县发展和改革局、县自然资源局、县住房和城乡建设局"],
             coop_units=["县发展和改革局", "县自然资源局", "县住房和城乡建设局"],
             sched=(1, 8, [5], 8)),
        dict(text=["推进紧密型县域医共体建设，县人民医院新院区投入使用。"],
             leaders=None, lead=["县卫生健康局"],
             coop=["县医疗保障局、县人民医院"], coop_units=["县医疗保障局", "县人民医院"],
             sched=(1, 10, [6], 10)),
        dict(text=["新建长者食堂20处、社区嵌入式养老服务机构3处，发展老年助餐服务。"],
             leaders=None, lead=["县民政局"],
             coop=["各镇（街道）"], coop_units=[ZJ],
             sched=(2, 11, [], 11)),
        dict(text=["推进文旅融合发展，办好第十届蒙山文化旅游节，创建省级精品旅游特色村3个。"],
             leaders=None, lead=["县文化和旅游局"],
             coop=["县委宣传部、县融媒体中心"], coop_units=["县委宣传部", "县融媒体中心"],
             sched=(4, 10, [5], 10)),
        dict(text=["深入开展安全生产治本攻坚三年行动，扎实推进重点行业领域隐患排查整治。"],
             leaders=[Z + "、" + L], lead=["县应急管理局"],
             coop=["县安委会各成员单位"], coop_units=["县安委会各成员单位"],
             sched=("year",)),
    ]),
]

MONTHS = [f"{m}月" for m in range(1, 13)]
GREY = "BFBFBF"


def leader_names(paragraphs):
    out = []
    for p in paragraphs:
        for n in p.split("、"):
            out.append(n.replace("　", "").replace(" ", ""))
    return out


def build_gold():
    gold = []
    n = 0
    last_leaders = None
    for _title, tasks in CATS:
        last_leaders = None  # a merge never crosses a category row
        for t in tasks:
            n += 1
            if t["leaders"] is None:
                assert last_leaders is not None, f"task {n}: merge with nothing above"
                leaders = last_leaders
            else:
                leaders = leader_names(t["leaders"])
                last_leaders = leaders
            joined = "".join(t["text"])
            head = "".join(ch for ch in joined if not ch.isspace())[:12]
            for u in t["coop_units"]:
                assert any(u in p for p in t["coop"]), (n, u)
            sched = t["sched"]
            deadline = "全年持续推进" if sched[0] == "year" else f"{sched[3]}月"
            gold.append({
                "id": str(n), "marker": str(n), "head": head,
                "responsible_units": list(t["lead"]) + list(t["coop_units"]),
                "lead_units": list(t["lead"]),
                "cooperating_units": list(t["coop_units"]),
                "leaders": leaders,
                "deadline": deadline,
            })
    return gold


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def set_run_font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", font="仿宋_GB2312", size=16, bold=False, align=None,
         indent=False, color=None, space_after=0, line=None):
    p = doc_or_cell.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if line:
        pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        set_run_font(r, font, size, bold, color)
    return p


def runin(doc, head, rest, size=16):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.first_line_indent = Pt(size * 2)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    r = p.add_run(head)
    set_run_font(r, "黑体", size)
    r = p.add_run(rest)
    set_run_font(r, "仿宋_GB2312", size)
    return p


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


def top_bottom_border(p):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "8")
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        pbdr.append(b)
    ppr.append(pbdr)


_TCPR_AFTER_SHD = {qn(t) for t in ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText",
                                    "w:vAlign", "w:hideMark", "w:headers", "w:cellIns",
                                    "w:cellDel", "w:cellMerge", "w:tcPrChange")}


def shade(cell, fill=GREY):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    for i, child in enumerate(tcpr):
        if child.tag in _TCPR_AFTER_SHD:
            tcpr.insert(i, shd)
            break
    else:
        tcpr.append(shd)


def cell_text(cell, paragraphs, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT,
              font="仿宋_GB2312"):
    first = True
    for text in paragraphs:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = 1.0
        if text:
            r = p.add_run(text)
            set_run_font(r, font, size, bold)


def header_repeat(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trpr.insert(0, c)


def add_page_field(paragraph):
    def fld(kind, text=None):
        r = OxmlElement("w:r")
        if kind == "begin" or kind == "end" or kind == "separate":
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            r.append(it)
        return r
    r0 = paragraph.add_run("— ")
    set_run_font(r0, "宋体", 14)
    for el in (fld("begin"), fld("instr", " PAGE "), fld("separate")):
        paragraph._p.append(el)
    r1 = paragraph.add_run("1")
    set_run_font(r1, "宋体", 14)
    paragraph._p.append(fld("end"))
    r2 = paragraph.add_run(" —")
    set_run_font(r2, "宋体", 14)


# ---------------------------------------------------------------------------
def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), "仿宋_GB2312")

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    # 版头
    para(doc, "", size=16)
    para(doc, "蒙川县人民政府办公室文件", font="方正小标宋简体", size=32,
         align=WD_ALIGN_PARAGRAPH.CENTER, color="FF0000", space_after=18)
    p = para(doc, "蒙政办字〔2025〕5号", size=16, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    bottom_border(p)
    para(doc, "", size=16)

    # 标题 (two lines by a manual line break)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = Pt(33)
    r = p.add_run("蒙川县人民政府办公室")
    set_run_font(r, "方正小标宋简体", 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("关于印发2025年县政府重点工作推进配档表的通知")
    set_run_font(r, "方正小标宋简体", 22)
    para(doc, "", size=16)

    para(doc, "各镇人民政府、街道办事处，蒙川经济开发区管委会，县政府各部门、各直属机构：",
         size=16, line=28)
    para(doc, "《2025年县政府重点工作推进配档表》已经县政府同意，现印发给你们，请结合实际，"
              "认真抓好落实。现就有关事项通知如下：", indent=True, line=28)
    runin(doc, "一、压实工作责任。",
          "配档表对每项重点工作明确了责任县领导、牵头单位和配合单位。责任县领导负责统筹调度，"
          "牵头单位负总责，配合单位按照职责分工积极配合、主动对接。牵头单位有两个的，"
          "排在第一位的为主牵头单位，负责牵头抓总和情况汇总。")
    runin(doc, "二、严格按档推进。",
          "各牵头单位要对照配档表确定的时间节点，倒排工期、挂图作战，确保按月有进展、"
          "按季见成效。配档表“推进时间”栏中，灰色底纹为推进时段，“●”为阶段性节点，"
          "“★”为完成节点；标注“全年持续推进”的事项实行按月调度，年底前全面完成年度目标任务。")
    runin(doc, "三、加强调度督查。",
          "各牵头单位于每月25日前将当月推进情况报县政府督查室，节点任务完成后5个工作日内报送"
          "完成情况。县政府督查室每月通报推进情况，对未按节点推进的事项下发督办通知，"
          "情况严重的提请县政府约谈。（联系人：刘洋，电话：7212345）")
    para(doc, "", size=16)
    p = para(doc, "附件：2025年县政府重点工作推进配档表", line=28)
    p.paragraph_format.left_indent = Pt(32)
    para(doc, "", size=16)
    para(doc, "", size=16)
    p = para(doc, "蒙川县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2025年2月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）", indent=True, line=28)

    # 附件: landscape section
    land = doc.add_section(WD_SECTION.NEW_PAGE)
    land.orientation = WD_ORIENT.LANDSCAPE
    land.page_width, land.page_height = Cm(29.7), Cm(21.0)
    land.top_margin, land.bottom_margin = Cm(2.6), Cm(2.4)
    land.left_margin, land.right_margin = Cm(2.2), Cm(2.0)
    para(doc, "附件", font="黑体", size=16)
    para(doc, "2025年县政府重点工作推进配档表", font="方正小标宋简体", size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_after=8)

    widths = [Cm(1.0), Cm(6.8), Cm(1.7), Cm(2.5), Cm(3.4)] + [Cm(0.85)] * 12
    ntask = sum(len(t) for _c, t in CATS)
    nrows = 2 + len(CATS) + ntask
    table = doc.add_table(rows=nrows, cols=17)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    C = WD_ALIGN_PARAGRAPH.CENTER
    heads = ["序号", "重点工作", "责任县领导", "牵头单位", "配合单位"]
    for i, h in enumerate(heads):
        cell_text(table.cell(0, i), [h], size=11, font="黑体", align=C)
    cell_text(table.cell(0, 5), ["推进时间（2025年）"], size=11, font="黑体", align=C)
    for m in range(12):
        cell_text(table.cell(1, 5 + m), [MONTHS[m]], size=9, font="黑体", align=C)
    for i in range(5):
        table.cell(0, i).merge(table.cell(1, i))
    table.cell(0, 5).merge(table.cell(0, 16))
    header_repeat(table.rows[0])
    header_repeat(table.rows[1])

    r = 2
    n = 0
    for title, tasks in CATS:
        cell_text(table.cell(r, 0), [title], size=11, font="黑体")
        table.cell(r, 0).merge(table.cell(r, 16))
        cant_split(table.rows[r])
        r += 1
        lead_top = None
        for t in tasks:
            n += 1
            cant_split(table.rows[r])
            cell_text(table.cell(r, 0), [str(n)], align=C)
            cell_text(table.cell(r, 1), t["text"])
            if t["leaders"] is None:
                table.cell(lead_top, 2).merge(table.cell(r, 2))
            else:
                cell_text(table.cell(r, 2), t["leaders"], align=C)
                lead_top = r
            cell_text(table.cell(r, 3), ["、".join(t["lead"])], align=C)
            cell_text(table.cell(r, 4), t["coop"], align=C)
            s = t["sched"]
            if s[0] == "year":
                cell_text(table.cell(r, 5), ["全年持续推进"], size=10, align=C)
                table.cell(r, 5).merge(table.cell(r, 16))
                shade(table.cell(r, 5))
            else:
                start, end, stages, star = s
                for m in range(1, 13):
                    c = table.cell(r, 4 + m)
                    if start <= m <= end:
                        shade(c)
                    if m == star:
                        cell_text(c, ["★"], size=9, align=C)
                    elif m in stages:
                        cell_text(c, ["●"], size=9, align=C)
            r += 1
    assert r == nrows
    p = para(doc, "注：“推进时间”栏中，灰色底纹为推进时段，“●”为阶段性节点，“★”为完成节点。",
             size=12, space_after=0)
    p.paragraph_format.space_before = Pt(6)

    # 版记 on a portrait page
    last = doc.add_section(WD_SECTION.NEW_PAGE)
    last.orientation = WD_ORIENT.PORTRAIT
    last.page_width, last.page_height = Cm(21.0), Cm(29.7)
    last.top_margin, last.bottom_margin = Cm(3.7), Cm(3.5)
    last.left_margin, last.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(23):
        para(doc, "", size=16)
    p = para(doc, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县监委，县法院，"
                  "县检察院，县人武部。", size=14, line=26)
    top_bottom_border(p)
    p = para(doc, "蒙川县人民政府办公室　　　　　　　　　2025年2月18日印发", size=14, line=26)
    top_bottom_border(p)

    cp = doc.core_properties
    fixed = datetime(2025, 2, 18, 9, 0, 0)
    cp.author = "县政府办公室"
    cp.last_modified_by = "县政府办公室"
    cp.title = "蒙川县人民政府办公室关于印发2025年县政府重点工作推进配档表的通知"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    return normalise_zip(buf.getvalue())


def normalise_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 18, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def main():
    gold = build_gold()
    assert 20 <= len(gold) <= 45, len(gold)
    with open(NOTICE, "wb") as f:
        f.write(build_docx())
    with open(GOLD, "w", encoding="utf-8", newline="\n") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {os.path.basename(NOTICE)} and {os.path.basename(GOLD)} ({len(gold)} tasks)")


if __name__ == "__main__":
    main()
