#!/usr/bin/python3
"""Generator for round 136, notice 691.

Form: a 县政府办 red-header Word notice whose landscape 附件 table is a
two-level "重点工作—具体任务" (parent row / child row) task tree, the way a
督查督办 system's 任务树 export or an Excel 台账 with 一级/二级任务 rows is
pasted into Word:

  * part rows `一、…（N项）` merged across the table;
  * 重点工作 rows `（一）…` (grey shading, bold title, NOT merged) that carry the
    责任县领导 and 牵头单位 in their own cells and leave 配合单位/完成时限 empty;
  * 具体任务 rows `1`–`32` (the tasks) that carry 配合单位 and 完成时限 and leave
    责任县领导/牵头单位 blank to take the parent row's, or fill them to replace
    the parent's (rule in the cover's 二、 and in a 注 under the table).

Writes 691_<name>.docx (deterministic bytes) and its .tasks.gold.jsonl.
Run: /usr/bin/python3 make_691.py
"""
import datetime
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "691_chengxi_xian_zhongdian_gongzuo_fuhang_jicheng_fenjie"
DOCX = os.path.join(HERE, NAME + ".docx")
GOLD = os.path.join(HERE, NAME + ".tasks.gold.jsonl")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

# --------------------------------------------------------------------------
# The 附件 data.  A group is (marker, title, leaders, leads, tasks); leaders
# and leads are lists of the strings printed in the parent row's cells (one
# string per cell paragraph; "" = blank cell).  A task is a dict:
#   n, text (list of paragraphs), leader (printed override or None),
#   lead (printed override or None), helpers (printed cell text), dl.
# --------------------------------------------------------------------------


def T(n, text, helpers, dl, lead=None, leader=None):
    if isinstance(text, str):
        text = [text]
    return dict(n=n, text=text, helpers=helpers, dl=dl, lead=lead, leader=leader)


PARTS = [
    ("一、稳增长促发展（8项）", [
        ("（一）", "扩大有效投资", ["王　勇"], ["县发展和改革局"], [
            T(1, "全年实施县级重点项目120个以上，固定资产投资增长6%以上。",
              "县财政局、县自然资源局、县住房和城乡建设局", "2025年12月底"),
            T(2, "积极争取超长期特别国债、地方政府专项债券等上级资金15亿元以上。",
              "县发展和改革局", "2025年12月底", lead="县财政局"),
            T(3, "开展“项目攻坚季”活动，每季度集中开工一批、竣工投产一批重点项目。",
              "各乡镇人民政府、街道办事处，柽溪经济开发区管委会", "每季度末"),
        ]),
        ("（二）", "提振消费需求", ["孙　丽"], ["县商务局"], [
            T(4, "举办汽车、家电、餐饮等促消费活动10场以上，社会消费品零售总额增长5.5%。",
              "县财政局、县市场监督管理局", "2025年12月底"),
            T(5, "推进县城老街商业街区改造提升，建成一刻钟便民生活圈3个。",
              "县住房和城乡建设局、县城市管理局、溪口街道办事处", "2025年10月底"),
        ]),
        ("（三）", "壮大实体经济", ["赵海峰", "王　勇"],
         ["县工业和信息化局、柽溪经济开发区管委会"], [
            T(6, "新增规模以上工业企业15家，规模以上工业增加值增长7%以上。",
              "县统计局、县税务局", "2025年12月底"),
            T(7, "推进柽溪经济开发区扩区调位，新建标准化厂房10万平方米。",
              "县自然资源局、县住房和城乡建设局", "2025年11月底",
              lead="柽溪经济开发区管委会", leader="王勇"),
            T(8, "实施工业技术改造项目20个，培育省级专精特新中小企业3家。",
              "/", "2025年12月底"),
        ]),
    ]),
    ("二、深化改革开放（6项）", [
        ("（四）", "持续优化营商环境", ["何斌"], ["县行政审批局（县政务服务中心）"], [
            T(9, "推行“高效办成一件事”，新增集成办理事项10项以上，企业开办1个工作日内办结。",
              "县市场监督管理局、县公安局、县人力资源和社会保障局", "2025年9月底"),
            T(10, "开展涉企收费和中介服务专项治理，坚决纠治乱收费、乱罚款、乱摊派。",
              "县发展和改革局，县司法局、县财政局", "2025年8月底",
              lead="县市场监督管理局"),
        ]),
        ("（五）", "推进重点领域改革", ["王勇"], [""], [
            T(11, "深化县属国有企业改革，完成县城投集团与县交投集团整合重组。",
              "柽溪县城市建设投资集团有限公司", "2025年10月底",
              lead="县财政局（县国资办）"),
            T(12, "深化农村集体产权制度改革，集体经济年收入10万元以上的村占比达到80%。",
              "各乡镇人民政府、街道办事处", "2025年12月底",
              lead="县农业农村局", leader="欧阳振华"),
            T(13, "深化预算管理制度改革，全面推行零基预算，一般性支出压减5%以上。",
              "", "2025年12月底", lead="县财政局"),
        ]),
        ("（六）", "扩大对外开放合作", ["赵海峰"], ["县商务局", "县投资促进服务中心"], [
            T(14, "围绕主导产业开展精准招商，全年引进亿元以上项目25个，到位县外资金80亿元。",
              "柽溪经济开发区管委会，各乡镇人民政府、街道办事处", "2025年12月底"),
        ]),
    ]),
    ("三、推进乡村振兴和城乡融合发展（7项）", [
        ("（七）", "稳定粮食和重要农产品供给", ["欧阳振华"], ["县农业农村局"], [
            T(15, "落实粮食播种面积52万亩以上，新建高标准农田3.5万亩。",
              "县自然资源局、县水利局、县财政局", "2025年10月底"),
            T(16, "巩固拓展脱贫攻坚成果，守牢不发生规模性返贫致贫底线。",
              "县乡村振兴服务中心、县人力资源和社会保障局、县民政局", "持续推进"),
        ]),
        ("（八）", "建设宜居宜业和美乡村", ["欧阳振华"], ["县农业农村局"], [
            T(17, "实施农村人居环境整治提升行动，农村卫生厕所普及率达到92%。",
              "县卫生健康委员会、市生态环境局柽溪分局", "2025年11月底"),
            T(18, "新改建农村公路120公里，完成农村公路危旧桥梁改造8座。",
              "县财政局", "2025年11月底", lead="县交通运输局"),
            T(19, "实施农村供水保障工程，农村自来水普及率达到95%。",
              "/", "2025年12月底", lead="县水利局"),
        ]),
        ("（九）", "提升县城综合承载能力", ["王　勇"], ["县住房和城乡建设局"], [
            T(20, ["改造城镇老旧小区18个，新建改造燃气、供排水等地下管网50公里。",
                   "同步推进小区加装电梯、停车及充电设施建设。"],
              "县财政局、县城市管理局、县供电公司", "2025年12月底"),
            T(21, "开展城市体检，完成县城北部片区城市更新规划编制并报市人民政府审批。",
              "县住房和城乡建设局、县发展和改革局", "2025年9月底",
              lead="县自然资源局"),
        ]),
    ]),
    ("四、加强生态环境保护（5项）", [
        ("（十）", "深入打好污染防治攻坚战", ["孙丽"], ["市生态环境局柽溪分局"], [
            T(22, "PM2.5平均浓度控制在30微克/立方米以内，空气质量优良天数比率达到88%。",
              "县工业和信息化局、县住房和城乡建设局、县交通运输局、县公安局", "2025年12月底"),
            T(23, "全面落实河湖长制，国、省控断面水质达标率保持100%。",
              "市生态环境局柽溪分局、各乡镇人民政府、街道办事处", "持续推进",
              lead="县水利局"),
            T(24, "完成重点行业企业超低排放改造5家。",
              "县工业和信息化局", "2025年10月底"),
        ]),
        ("（十一）", "推动绿色低碳发展", ["孙丽"], ["县发展和改革局"], [
            T(25, "新增光伏、风电装机容量10万千瓦，推进县城公共领域车辆电动化。",
              "县供电公司、县交通运输局、县机关事务服务中心", "2025年12月底"),
            T(26, "完成营造林3万亩，创建省级森林乡镇2个。",
              "各乡镇人民政府、街道办事处", "2025年6月底", lead="县林业局"),
        ]),
    ]),
    ("五、保障和改善民生（6项）", [
        ("（十二）", "促进就业和完善社会保障", ["何　斌"], ["县人力资源和社会保障局"], [
            T(27, "城镇新增就业3200人，城镇调查失业率控制在5.5%以内。",
              "县发展和改革局、县财政局、县总工会、团县委", "2025年12月底"),
            T(28, "提高城乡居民基础养老金标准，城乡居民基本医疗保险参保率稳定在95%以上。",
              "县财政局、县税务局", "2025年12月底",
              lead="县医疗保障局、县人力资源和社会保障局"),
        ]),
        ("（十三）", "办好教育卫生事业", ["何斌"], ["县教育局"], [
            T(29, "新建改扩建中小学和幼儿园6所，新增学位3600个，消除城区义务教育大班额。",
              "县发展和改革局、县财政局、县自然资源局、县住房和城乡建设局", "2025年8月底"),
            T(30, "推进紧密型县域医共体建设，县人民医院胸痛中心、卒中中心通过省级验收。",
              "县医疗保障局、县人民医院", "2025年11月底", lead="县卫生健康委员会"),
        ]),
        ("（十四）", "守牢安全发展底线", [""], [""], [
            T(31, "深化安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。",
              "县直各有关行业主管部门，各乡镇人民政府、街道办事处", "持续推进",
              lead="县应急管理局", leader="王　勇"),
            T(32, "常态化开展扫黑除恶斗争，推进“枫桥式”派出所创建，群众安全感保持在98%以上。",
              "县委政法委、县司法局、县人民法院、县人民检察院", "持续推进",
              lead="县公安局", leader="刘建国"),
        ]),
    ]),
]


def split_units(s):
    out = []
    cur = ""
    depth = 0
    for ch in s:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if depth == 0 and ch in "、，,；;":
            if cur.strip():
                out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    return [u for u in out if u != "/"]


def leader_names(cells):
    out = []
    for c in cells:
        for x in split_units(c):
            out.append(x.replace("\u3000", "").replace(" ", ""))
    return out


# --------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------

def set_run_font(run, font, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(container, text="", font=FS, size=16, bold=False, align=None,
         indent=False, color=None, space_after=0, line=Pt(28)):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    if line is not None:
        pf.line_spacing = line
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        set_run_font(r, font, size, bold, color)
    return p


def add_runs(p, parts, size=16):
    for text, font, bold in parts:
        r = p.add_run(text)
        set_run_font(r, font, size, bold)


def p_border(p, side, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    bdr.append(e)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def cell_text(cell, paras, font=FS, size=12, bold=False, align=None, keep=False):
    """Write paragraphs into a cell (first paragraph reuses the empty one)."""
    if isinstance(paras, str):
        paras = [paras]
    first = True
    for t in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        pf = p.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing = Pt(18)
        if keep:
            pf.keep_with_next = True
        if align is not None:
            p.alignment = align
        if t:
            r = p.add_run(t)
            set_run_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    trpr.append(e)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit")
    trpr.append(e)


# --------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------

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

    # 版头
    para(doc, "柽溪县人民政府办公室文件", XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER,
         color="FF0000", line=Pt(60), space_after=24)
    p = para(doc, "柽政办发〔2025〕6号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER,
             space_after=6)
    p_border(p, "bottom", "FF0000", 18)
    para(doc, "")
    p = para(doc, "", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(34))
    r = p.add_run("柽溪县人民政府办公室关于印发")
    set_run_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("2025年县政府工作报告重点工作任务分解表的通知")
    set_run_font(r, XBS, 22)
    para(doc, "")
    para(doc, "各乡镇人民政府、街道办事处，县政府各部门、各直属机构，柽溪经济开发区管委会：")
    para(doc, "县十八届人大四次会议审议通过的《政府工作报告》，明确了2025年全县经济社会发展"
              "的主要目标和重点任务。为确保各项任务落到实处，经县人民政府同意，现将《2025年县"
              "政府工作报告重点工作任务分解表》印发给你们，并就有关事项通知如下。", indent=True)
    p = para(doc, "", indent=True)
    add_runs(p, [("一、压紧压实责任。", HT, False),
                 ("各责任县领导要加强统筹调度，及时协调解决任务推进中的重大问题。各牵头单位要"
                  "切实履行牵头抓总职责，细化工作措施，明确时间节点，落实到岗到人；各配合单位要"
                  "主动对接、密切配合，形成工作合力。", FS, False)])
    p = para(doc, "", indent=True)
    add_runs(p, [("二、准确把握分工。", HT, False),
                 ("分解表按“重点工作—具体任务”两级编排，以序号为阿拉伯数字的具体任务为单位组织"
                  "实施和督查考核，共32项；序号为“（一）”“（二）”等的重点工作行不单独计为任务。"
                  "重点工作行所列责任县领导、牵头单位，为该项重点工作下各项具体任务的责任县领导、"
                  "牵头单位；具体任务行另行列明责任县领导或者牵头单位的，以具体任务行所列为准，"
                  "重点工作行所列相应领导或者单位不再作为该项任务的责任县领导或者牵头单位（需要其"
                  "配合的，已在配合单位栏列明）。配合单位、完成时限以具体任务行所列为准，配合单位"
                  "栏为“/”或者空白的，该项任务无配合单位。同一栏列有两个牵头单位的，排在第一位的"
                  "为主牵头单位，负责统筹协调和情况汇总。", FS, False)])
    p = para(doc, "", indent=True)
    add_runs(p, [("三、强化督查问效。", HT, False),
                 ("各牵头单位要于每季度末月25日前，将所牵头任务的推进情况经单位主要负责同志审签后"
                  "报送县政府督查室。县政府督查室要加强跟踪督办，对工作推进不力、进度滞后的，按"
                  "有关规定予以通报。", FS, False)])
    para(doc, "联系人：县政府督查室　周　敏，电话：7216358。", indent=True)
    p = para(doc, "附件：2025年县政府工作报告重点工作任务分解表", indent=True)
    para(doc, "")
    p = para(doc, "柽溪县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2025年2月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）", indent=True)

    # 附件: landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    sec2.top_margin, sec2.bottom_margin = Cm(2.6), Cm(2.4)
    sec2.left_margin, sec2.right_margin = Cm(2.5), Cm(2.5)

    para(doc, "附件", HT, 16)
    para(doc, "2025年县政府工作报告重点工作任务分解表", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36), space_after=12)

    widths = [Cm(2.1), Cm(9.9), Cm(2.6), Cm(4.8), Cm(4.8), Cm(2.5)]
    tbl = doc.add_table(rows=0, cols=6)
    tbl.style = doc.styles["Table Grid"]
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl.autofit = False

    # fixed layout with explicit grid widths (LibreOffice and WPS honour these)
    tblpr = tbl._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblpr.append(tw)
    tw.set(qn("w:type"), "dxa")
    tw.set(qn("w:w"), str(sum(int(w.twips) for w in widths)))
    for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))

    def new_row():
        row = tbl.add_row()
        for c, w in zip(row.cells, widths):
            c.width = w
        return row

    C = WD_ALIGN_PARAGRAPH.CENTER
    hdr = new_row()
    repeat_header(hdr)
    for c, t in zip(hdr.cells, ["序号", "重点工作及具体任务", "责任县领导", "牵头单位",
                                "配合单位", "完成时限"]):
        cell_text(c, t, HT, 12, align=C)
        shade(c, "D9D9D9")

    gold = []
    for part_title, groups in PARTS:
        row = new_row()
        cant_split(row)
        m = row.cells[0].merge(row.cells[5])
        cell_text(m, part_title, HT, 12, keep=True)
        for marker, title, leaders, leads, tasks in groups:
            row = new_row()
            cant_split(row)
            cs = row.cells
            cell_text(cs[0], marker, FS, 12, align=C, keep=True)
            cell_text(cs[1], title, FS, 12, bold=True, keep=True)
            cell_text(cs[2], leaders, FS, 12, align=C, keep=True)
            cell_text(cs[3], leads, FS, 12, keep=True)
            cell_text(cs[4], "", FS, 12, keep=True)
            cell_text(cs[5], "", FS, 12, align=C, keep=True)
            for c in cs:
                shade(c, "F2F2F2")
            g_leaders = leader_names(leaders)
            g_leads = split_units("、".join(x for x in leads if x))
            for t in tasks:
                row = new_row()
                cant_split(row)
                cs = row.cells
                cell_text(cs[0], str(t["n"]), FS, 12, align=C)
                cell_text(cs[1], t["text"], FS, 12)
                cell_text(cs[2], t["leader"] or "", FS, 12, align=C)
                cell_text(cs[3], t["lead"] or "", FS, 12)
                cell_text(cs[4], t["helpers"], FS, 12)
                cell_text(cs[5], t["dl"], FS, 12, align=C)
                leaders_ = leader_names([t["leader"]]) if t["leader"] else g_leaders
                leads_ = split_units(t["lead"]) if t["lead"] else g_leads
                helpers_ = split_units(t["helpers"])
                assert leaders_ and leads_, t["n"]
                gold.append({
                    "id": str(t["n"]),
                    "marker": str(t["n"]),
                    "head": t["text"][0][:12],
                    "responsible_units": leads_ + [h for h in helpers_ if h not in leads_],
                    "lead_units": leads_,
                    "cooperating_units": helpers_,
                    "leaders": leaders_,
                    "deadline": t["dl"],
                })

    para(doc, "")
    p = para(doc, "", FS, 12, line=Pt(20))
    add_runs(p, [("注：1．重点工作行（序号为“（一）”“（二）”等）所列责任县领导、牵头单位适用于"
                  "其下各项具体任务，具体任务行另有列明的，以具体任务行为准。", FS, False)], 12)
    p = para(doc, "2．配合单位栏为“/”或者空白的，表示该项任务无配合单位。", FS, 12, line=Pt(20))
    p.paragraph_format.left_indent = Pt(24)
    p = para(doc, "3．同一栏列有两个牵头单位的，排在第一位的为主牵头单位。", FS, 12, line=Pt(20))
    p.paragraph_format.left_indent = Pt(24)

    # 版记: portrait last page
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(14):
        para(doc, "")
    p = para(doc, "抄送：县委办公室，县人大常委会办公室，县政协办公室，县纪委监委机关。", FS, 14)
    p_border(p, "top", "000000", 8)
    p_border(p, "bottom", "000000", 4)
    p.paragraph_format.left_indent = Pt(14)
    p = para(doc, "柽溪县人民政府办公室　　　　　　　　　　2025年2月26日印发", FS, 14)
    p_border(p, "bottom", "000000", 8)
    p.paragraph_format.left_indent = Pt(14)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 26, 9, 0, 0)
    cp.author = "县政府办公室"
    cp.last_modified_by = "县政府督查室"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    cp.title = "柽溪县人民政府办公室关于印发2025年县政府工作报告重点工作任务分解表的通知"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""

    buf = io.BytesIO()
    doc.save(buf)
    # re-zip with fixed timestamps so the bytes are the same on every run
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 26, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(DOCX, "wb") as f:
        f.write(out.getvalue())

    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    return gold


if __name__ == "__main__":
    g = build()
    print(len(g), "tasks;", DOCX)
