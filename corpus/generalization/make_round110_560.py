#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Build 560_yicheng_shi_zhujianju_gzbg_renwu_fenjie.docx: a 市住房和城乡建设局
red-header Word notice dividing its share of the 市政府工作报告 among 局领导,
科室 and 直属单位 (landscape 附件 table, portrait 版记 page)."""
import os
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor, Twips

NAME = "560_yicheng_shi_zhujianju_gzbg_renwu_fenjie.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)


def set_font(run, east, size, bold=False, color=None, ascii_font=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._r.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    a = ascii_font or ("Times New Roman" if east in (FS, KT) else east)
    rf.set(qn("w:ascii"), a)
    rf.set(qn("w:hAnsi"), a)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:cs"), a)
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", east=FS, size=16, bold=False, align=None,
         indent=True, color=None, line=28, before=0, after=0, runs=None):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if runs is None:
        runs = [(text, east, bold)]
    for t, e, b in runs:
        if t:
            r = p.add_run(t)
            set_font(r, e, size, b, color)
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


def page_footer(section):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14, ascii_font="宋体")
    r = fp.add_run()
    set_font(r, "宋体", 14, ascii_font="宋体")
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        r._r.append(e)
    r = fp.add_run(" —")
    set_font(r, "宋体", 14, ascii_font="宋体")


def cell_text(cell, lines, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    if isinstance(lines, str):
        lines = [lines]
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        pf = p.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(18)
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        r = p.add_run(ln)
        set_font(r, east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trpr.append(c)


def table_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


# ---------------------------------------------------------------- data
# (序号, 报告任务, 具体工作措施, [leaders], [leads], [cooperating] or "/", 时限)
PARTS = [
    ("一、持续扩大有效投资（4项）", [
        ("1", "全年实施城市更新项目120个，完成投资200亿元以上。",
         "建立城市更新项目库，实行“月调度、季通报”，对投资进度滞后项目挂牌督办，确保年度投资目标完成。",
         ["陶振华", "韩立新"], ["城市更新科"], ["综合规划科、财务审计科"], "2025年12月底"),
        ("2", "加快推进保障性住房建设，新开工配售型保障性住房1500套。",
         "落实项目选址和建设资金，3月底前全部项目开工手续办结，年底前完成新开工任务。",
         ["邹晓梅"], ["住房保障科", "市住房保障服务中心"], ["财务审计科"], "2025年10月底"),
        ("3", "积极争取超长期特别国债、中央预算内投资等资金支持城市基础设施建设。",
         "加强政策研究和项目谋划，储备项目不少于50个，全年争取上级资金15亿元以上。",
         ["韩立新"], ["综合规划科"], ["城市更新科、城市建设科、财务审计科"], "2025年12月底"),
        ("4", "推进城市地下管网更新改造，改造燃气、供排水等老旧管网260公里。",
         "分年度制定管网改造计划，同步实施“马路拉链”管控，年底前完成改造任务。",
         ["吴德明"], ["公用事业科"], ["城市建设科、市城市排水管理处"], "2025年11月底"),
    ]),
    ("二、促进房地产市场平稳健康发展（5项）", [
        ("5", "因城施策优化房地产调控措施，更好支持刚性和改善性住房需求。",
         "开展房地产市场运行监测分析，适时出台支持住房消费的政策措施，组织房交会2次以上。",
         ["邹晓梅"], ["房地产市场监管科"], ["政策法规科、市房地产市场服务中心"], "2025年12月底"),
        ("6", "稳妥推进收购存量商品房用作保障性住房。",
         "制定收购工作方案，明确收购标准、价格和程序，全年收购存量商品房500套。",
         ["邹晓梅"], ["住房保障科"], ["房地产市场监管科、市住房保障服务中心"], "2025年12月底"),
        ("7", "扎实做好保交房工作，确保已售难交付住宅项目应交尽交。",
         "落实“一项目一策”，强化预售资金监管，按月通报项目交付进度。",
         ["陶振华", "邹晓梅"], ["房地产市场监管科"],
         ["建筑市场监管科、工程质量安全监管科，各县（市、区）住房和城乡建设局"], "2025年12月底"),
        ("8", "稳步推进城中村改造，新启动城中村改造项目5个。",
         "指导各县（市、区）完善改造方案，做好征收安置和资金平衡，推动项目纳入国家城中村改造支持范围。",
         ["韩立新"], ["城市更新科"], ["住房保障科"], "2025年12月底"),
        ("9", "开展物业服务质量提升行动，住宅小区业主委员会组建率达到60%。",
         "推进党建引领物业管理，开展物业服务企业信用评价，曝光一批违法违规典型案例。",
         ["吴德明"], ["物业管理科"], ["市物业管理服务中心"], "2025年12月底"),
    ]),
    ("三、推动建筑业转型升级（4项）", [
        ("10", "培育壮大建筑业骨干企业，新增特级资质企业1家、一级资质企业10家。",
         "建立重点企业培育清单，落实“一企一策”帮扶，支持本地企业组建联合体参与重大项目建设。",
         ["贺　静"], ["建筑市场监管科"], ["行政审批科、市建筑业发展服务中心"], "2025年12月底"),
        ("11", "大力发展装配式建筑，新开工装配式建筑占新建建筑面积比例达到35%。",
         "在土地出让、施工图审查等环节落实装配式建筑要求，开展装配式建筑项目专项检查。",
         ["贺　静"], ["建筑节能与科技科"], ["建筑市场监管科、市建设工程质量安全监督站"], "2025年12月底"),
        ("12", "推进智能建造试点城市建设，培育智能建造示范项目5个。",
         "制定智能建造试点项目评价细则，组织现场观摩会，推广一批智能建造新技术。",
         ["贺　静"], ["建筑节能与科技科"], "/", "2025年11月底"),
        ("13", "加强农民工工资支付保障，根治建设领域拖欠农民工工资问题。",
         "落实工资专户、实名制管理和工资保证金制度，春节、中秋前开展专项检查。",
         ["吴德明"], ["建筑市场监管科"], ["市建筑业发展服务中心，各县（市、区）住房和城乡建设局"], "2025年12月底"),
    ]),
    ("四、提升城市品质和安全韧性（7项）", [
        ("14", "改造城镇老旧小区210个，惠及居民2.6万户。",
         "4月底前全面开工，同步推进加装电梯、完善养老托育等配套设施，年底前完成主体改造。",
         ["韩立新"], ["城市更新科"], ["物业管理科、市城市更新服务中心"], "2025年12月底"),
        ("15", "新建改造口袋公园20个、城市绿道30公里。",
         "结合城市更新见缝插绿，6月底前完成选址设计，年底前全部建成开放。",
         ["吴德明"], ["市园林绿化服务中心"], ["城市建设科"], "2025年12月底"),
        ("16", "系统化全域推进海绵城市建设，新增海绵城市达标面积8平方公里。",
         "严格落实海绵城市建设管控指标，在新建项目和改造项目中同步落实海绵设施。",
         ["吴德明"], ["城市建设科"], ["综合规划科、市城市排水管理处"], "2025年12月底"),
        ("17", "加强城镇燃气安全管理，完成老旧燃气用户设施更新改造2.3万户。",
         "推广安装燃气泄漏报警装置和金属软管，开展燃气经营企业安全评估。",
         ["吴德明"], ["公用事业科"], ["工程质量安全监管科"], "2025年12月底"),
        ("18", "开展房屋建筑安全隐患排查整治，试点推进城镇房屋体检制度。",
         "对经营性自建房、老旧房屋开展拉网式排查，建立隐患台账，实行销号管理。",
         ["贺　静"], ["工程质量安全监管科"],
         ["房地产市场监管科、村镇建设科，各县（市、区）住房和城乡建设局"], "2025年12月底"),
        ("19", "深化工程质量提升行动，创建省级优质工程8项以上。",
         "推行工程质量潜在缺陷保险，开展住宅工程质量常见问题专项治理。",
         ["贺　静"], ["市建设工程质量安全监督站"], ["工程质量安全监管科"], "2025年12月底"),
        ("20", "做好城市防汛排涝工作，确保城市安全度汛。",
         "汛前完成易涝点整治和排水管网清淤，修订完善城市排涝应急预案，组织应急演练。",
         ["吴德明"], ["市城市排水管理处"], ["城市建设科、公用事业科"], "2025年5月底"),
    ]),
    ("五、推进以县城为重要载体的城镇化和乡村建设（3项）", [
        ("21", "实施农村低收入群体等重点对象危房改造和农房抗震改造300户。",
         "分解下达改造任务，加强农房建设质量安全巡查，10月底前全部竣工。",
         ["韩立新"], ["村镇建设科"], ["财务审计科，各县（市、区）住房和城乡建设局"], "2025年10月底"),
        ("22", "加强传统村落保护利用，新增省级传统村落5个。",
         "开展传统村落调查推荐，编制保护发展规划，建立挂牌保护制度。",
         ["韩立新"], ["村镇建设科"], ["综合规划科"], "2025年12月底"),
        ("23", "补齐县城市政设施短板，提升县城综合承载能力。",
         "指导各县（市）实施县城市政基础设施补短板项目，建立项目清单，按季度调度。",
         ["吴德明"], ["城市建设科"], ["村镇建设科"], "2025年12月底"),
    ]),
    ("六、优化营商环境和政务服务（4项）", [
        ("24", "深化工程建设项目审批制度改革，全流程审批时间压减至60个工作日以内。",
         "推行“拿地即开工”“竣工即交付”，完善联合审图、联合验收工作机制。",
         ["陶振华"], ["行政审批科"],
         ["建筑市场监管科、工程质量安全监管科、市城市建设档案馆"], "2025年12月底"),
        ("25", "推行新建商品房“交房即交证”，实现应推尽推。",
         "会同市自然资源和规划局完善联办机制，将“交房即交证”纳入土地出让合同约定。",
         ["邹晓梅"], ["房地产市场监管科"], ["行政审批科、市房地产市场服务中心"], "2025年12月底"),
        ("26", "扩大保障性租赁住房供给，筹集保障性租赁住房2000套（间）。",
         "盘活存量闲置房屋，支持企事业单位利用自有土地建设保障性租赁住房。",
         ["邹晓梅"], ["住房保障科", "市住房保障服务中心"], ["房地产市场监管科"], "2025年12月底"),
        ("27", "持续推进住建领域“高效办成一件事”改革，提升政务服务便利度。",
         "梳理住建领域“一件事”事项清单，推动更多事项“网上办、掌上办”。",
         ["陶振华"], ["行政审批科"], ["办公室，各科室、各直属单位"], "2025年12月底"),
    ]),
]

# ---------------------------------------------------------------- document
doc = Document()
st = doc.styles["Normal"]
st.font.size = Pt(16)
rpr = st.element.get_or_add_rPr()
rf = OxmlElement("w:rFonts")
rf.set(qn("w:ascii"), "Times New Roman"); rf.set(qn("w:hAnsi"), "Times New Roman")
rf.set(qn("w:eastAsia"), FS)
rpr.insert(0, rf)

sec = doc.sections[0]
sec.page_width = Mm(210); sec.page_height = Mm(297)
sec.top_margin = Mm(37); sec.bottom_margin = Mm(35)
sec.left_margin = Mm(28); sec.right_margin = Mm(26)
sec.footer_distance = Mm(28)
page_footer(sec)

# 红头
p = para(doc, "漪城市住房和城乡建设局文件", XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, color=RED, line=60, before=30)
_w = OxmlElement("w:w"); _w.set(qn("w:val"), "85")
p.runs[0]._r.get_or_add_rPr().append(_w)
para(doc, "", indent=False)
p = para(doc, "漪住建发〔2025〕6号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
bottom_border(p)
para(doc, "", indent=False)
para(doc, "漪城市住房和城乡建设局", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
para(doc, "关于印发2025年市政府工作报告涉及我局", XBS, 22,
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
para(doc, "重点工作任务分解表的通知", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
para(doc, "", indent=False)
para(doc, "局机关各科室，各直属单位：", indent=False)
para(doc, "为全面完成2025年市政府工作报告确定的目标任务，根据《漪城市人民政府办公室关于印发"
          "〈2025年政府工作报告重点工作任务分解方案〉的通知》（漪政办发〔2025〕4号）要求，"
          "经局党组会议研究，现将市政府工作报告涉及我局的重点工作任务分解到局领导、科室和直属单位，"
          "现印发给你们，并就有关事项通知如下。")
para(doc, runs=[("一、提高思想认识。", HT, False),
                ("市政府工作报告是全市今年经济社会发展的总纲，涉及我局的任务事关城市发展质量和群众切身利益。"
                 "各科室、各直属单位要切实增强责任感和紧迫感，把落实工作报告任务作为全年工作的重中之重，"
                 "确保各项任务按时保质完成。", FS, False)])
para(doc, runs=[("二、压实工作责任。", HT, False),
                ("各项任务实行责任局领导、牵头科室（单位）、配合科室（单位）分工负责制。责任局领导对分管任务负领导责任，"
                 "牵头科室（单位）为第一责任单位，负责制定推进计划、组织实施和报送进展；"
                 "一项任务有两个牵头科室（单位）的，排在第一位的为主牵头科室（单位），负责统筹协调；"
                 "配合科室（单位）要积极主动支持配合，按职责做好相关工作。", FS, False)])
para(doc, runs=[("三、强化督查调度。", HT, False),
                ("局办公室对照分解表建立工作台账，实行月调度、季通报。各牵头科室（单位）于每月25日前将任务进展情况"
                 "（含电子版）报局办公室，局办公室汇总后报市政府督查室。对工作推进不力、进度滞后的，"
                 "将在局务会上通报，并纳入年度绩效考核。联系人：唐雨桐，电话：0768-6231057。", FS, False)])
para(doc, "", indent=False)
p = para(doc, runs=[("附件：", FS, False),
                    ("2025年市政府工作报告涉及市住房和城乡建设局重点工作任务分解表", FS, False)])
para(doc, "", indent=False)
para(doc, "", indent=False)
para(doc, "", indent=False)
p = para(doc, "漪城市住房和城乡建设局", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Pt(64)
p = para(doc, "2025年2月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Pt(80)
para(doc, "", indent=False)
para(doc, "（此件不公开）", indent=True)

# ---- landscape 附件 section
sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
sec2.orientation = WD_ORIENT.LANDSCAPE
sec2.page_width = Mm(297); sec2.page_height = Mm(210)
sec2.top_margin = Mm(26); sec2.bottom_margin = Mm(24)
sec2.left_margin = Mm(25); sec2.right_margin = Mm(25)
sec2.footer_distance = Mm(15)

para(doc, "附件", HT, 16, indent=False)
para(doc, "", indent=False, line=20)
para(doc, "2025年市政府工作报告涉及市住房和城乡建设局", XBS, 22,
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
para(doc, "重点工作任务分解表", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
para(doc, "", indent=False, line=20)

widths = [Mm(12), Mm(60), Mm(64), Mm(20), Mm(30), Mm(38), Mm(22)]
headers = ["序号", "市政府工作报告重点任务", "具体工作措施", "责任局领导",
           "牵头科室（单位）", "配合科室（单位）", "完成时限"]
nrows = 1 + sum(1 + len(ts) for _, ts in PARTS)
tbl = doc.add_table(rows=nrows, cols=7)
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
tbl.autofit = False
table_borders(tbl)
grid = tbl._tbl.tblGrid
for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
    gc.set(qn("w:w"), str(int(w.twips)))
for row in tbl.rows:
    for c, w in zip(row.cells, widths):
        c.width = w
tw = tbl._tbl.tblPr.find(qn("w:tblW"))
tw.set(qn("w:type"), "dxa"); tw.set(qn("w:w"), str(sum(int(w.twips) for w in widths)))
lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed")
tbl._tbl.tblPr.append(lay)

hdr = tbl.rows[0]
repeat_header(hdr)
for c, h in zip(hdr.cells, headers):
    cell_text(c, h, HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)

ri = 1
for title, tasks in PARTS:
    row = tbl.rows[ri]
    cant_split(row)
    m = row.cells[0].merge(row.cells[6])
    cell_text(m, title, HT, 12)
    ri += 1
    for (no, rep, meas, leaders, leads, coop, due) in tasks:
        row = tbl.rows[ri]
        cant_split(row)
        c = row.cells
        cell_text(c[0], no, FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(c[1], rep, FS, 12)
        cell_text(c[2], meas, FS, 12)
        cell_text(c[3], leaders, FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(c[4], leads, FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(c[5], coop, FS, 12,
                  align=WD_ALIGN_PARAGRAPH.CENTER if coop == "/" else WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(c[6], due, FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
        ri += 1

# merge 责任局领导 down where a leader's run continues inside a part (as clerks do)
def merge_leader(first_row, last_row):
    top = tbl.cell(first_row, 3)
    for r in range(first_row + 1, last_row + 1):
        cl = tbl.cell(r, 3)
        for p in list(cl.paragraphs):
            p._p.getparent().remove(p._p)
        cl._tc.append(OxmlElement("w:p"))
    top.merge(tbl.cell(last_row, 3))

# rows: 0 header; 1 part一; 2..5 tasks 1-4; 6 part二; 7..11 tasks 5-9; 12 part三; 13..16 tasks 10-13;
# 17 part四; 18..24 tasks 14-20; 25 part五; 26..28 tasks 21-23; 29 part六; 30..33 tasks 24-27
merge_leader(7, 8)     # 5-6 邹晓梅
merge_leader(13, 15)   # 10-12 贺静
merge_leader(19, 21)   # 15-17 吴德明
merge_leader(26, 27)   # 21-22 韩立新

para(doc, "", indent=False, line=20)

# ---- portrait 版记 section
sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
sec3.orientation = WD_ORIENT.PORTRAIT
sec3.page_width = Mm(210); sec3.page_height = Mm(297)
sec3.top_margin = Mm(37); sec3.bottom_margin = Mm(35)
sec3.left_margin = Mm(28); sec3.right_margin = Mm(26)
for _ in range(18):
    para(doc, "", indent=False)
bj = doc.add_table(rows=2, cols=1)
bj.alignment = WD_TABLE_ALIGNMENT.CENTER
tblpr = bj._tbl.tblPr
b = OxmlElement("w:tblBorders")
for side, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4")):
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), sz); e.set(qn("w:space"), "0")
    e.set(qn("w:color"), "000000")
    b.append(e)
for side in ("left", "right", "insideV"):
    e = OxmlElement("w:" + side); e.set(qn("w:val"), "nil"); b.append(e)
tblpr.append(b)
c0 = bj.cell(0, 0)
cell_text(c0, "抄送：市政府督查室。", FS, 14)
c0.paragraphs[0].paragraph_format.left_indent = Pt(14)
c1 = bj.cell(1, 0)
cell_text(c1, "漪城市住房和城乡建设局办公室　　　　　　　　　2025年2月18日印发", FS, 14)
c1.paragraphs[0].paragraph_format.left_indent = Pt(14)

doc.core_properties.author = "唐雨桐"
doc.core_properties.title = ""
doc.save(OUT)
print("wrote", OUT)
