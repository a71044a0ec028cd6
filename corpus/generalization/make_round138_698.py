#!/usr/bin/python3
"""Round 138, case 698 (control): a 市生态环境局's internal notice that divides its
2024 工作要点 among its 科室 and 直属单位, as a red-header Word file whose 附件 is a
landscape table 序号 | 工作任务 | 责任局领导 | 牵头科室（单位） | 配合科室（单位） | 完成时限.

Writes 698_lanzhou_shi_shengtai_huanjingju_gongzuo_yaodian_renwu_fengong.docx and
698.tasks.gold.jsonl from the single description TASKS below. Deterministic: fixed core
properties, zip members rewritten with a fixed timestamp.

Run: /usr/bin/python3 make_698.py
"""
import datetime
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX = os.path.join(HERE, "698_lanzhou_shi_shengtai_huanjingju_gongzuo_yaodian_renwu_fengong.docx")
GOLD = os.path.join(HERE, "698.tasks.gold.jsonl")

# ---------------------------------------------------------------------------
# The one structured description.  Each cell list is printed joined by its
# separator; "\n" means one cell paragraph per item.  Leaders are printed as
# typed (王　勇 padded with U+3000, 周敏 not).
# ---------------------------------------------------------------------------
ZJG, WY, SLH, CXF, ZM = "赵建国", "王　勇", "孙丽华", "陈晓峰", "周敏"
ZFZD = "市生态环境保护综合行政执法支队"
JCZX = "市生态环境监测中心"
FJ = "各县（市、区）分局"
YJZX = "市环境应急与事故调查中心"


def T(text, leaders, lead, coop, deadline, lsep="、", leadsep="、", coopsep="、"):
    if isinstance(text, str):
        text = [text]
    return dict(text=text, leaders=leaders, lead=lead, coop=coop, deadline=deadline,
                lsep=lsep, leadsep=leadsep, coopsep=coopsep)


PARTS = [
    ("持续深入打好蓝天保卫战", [
        T("制定印发《岚州市2024年大气污染防治工作方案》，将空气质量改善目标分解下达至各县（市、区），"
          "全市PM2.5平均浓度控制在34微克/立方米以内，优良天数比率达到82.5%以上，重污染天数比率控制在1%以内。",
          [WY], ["大气环境科"], [FJ, JCZX], "12月底"),
        T("推进重点行业超低排放改造。督促岚州钢铁集团完成有组织、无组织和清洁运输超低排放评估监测，"
          "推动3家水泥企业、2家焦化企业实施深度治理，完成12台燃煤锅炉淘汰或清洁能源替代。",
          [WY], ["大气环境科"], ["环境影响评价与排放管理科", FJ], "2024年10月底前"),
        T(["开展挥发性有机物综合治理。对全市126家涉VOCs重点企业开展“一企一策”治理帮扶，"
           "推进低挥发性有机物含量原辅材料源头替代，完成石化、化工企业泄漏检测与修复（LDAR）年度评估。",
           "加强汽修、干洗、餐饮油烟等生活源污染治理，城市建成区餐饮服务单位油烟净化设施安装率保持100%。"],
          [WY], ["大气环境科"], [ZFZD, FJ], "11月底"),
        T("加强移动源污染防治。配合公安、交通运输部门开展柴油货车路检路查和入户抽检，"
          "完成非道路移动机械编码登记和排放检验，全年抽检柴油货车不少于3000辆次。",
          [WY], ["大气环境科"], [JCZX, ZFZD], "12月底"),
        T("强化重污染天气应对。修订《岚州市重污染天气应急预案》，更新应急减排清单，"
          "落实重点行业绩效分级差异化管控措施，做好重污染天气预警会商和应急响应。",
          [WY], ["大气环境科", YJZX], [JCZX], "9月底"),
        T("开展秋冬季大气污染综合治理攻坚行动，加强建筑工地、道路扬尘和露天焚烧等面源污染管控，"
          "严防“散乱污”企业反弹。",
          [WY], ["大气环境科"], [FJ], "2025年3月底"),
        T("积极稳妥推进碳达峰碳中和。编制《岚州市减污降碳协同增效实施方案》，开展近零碳排放区试点，"
          "做好全国碳排放权交易市场第二个履约周期配额清缴收尾工作，重点排放单位配额清缴率达到100%。",
          [WY], ["应对气候变化科"], ["规划财务科", "法规与标准科"], "12月底"),
    ]),
    ("持续深入打好碧水保卫战", [
        T("巩固提升国省考断面水质。全市8个国考断面、15个省考断面水质优良比例分别达到87.5%、86.7%以上，"
          "全面消除劣Ⅴ类水体，对水质不稳定断面实施“一断面一策”精准治理。",
          [SLH], ["水生态环境科"], [JCZX, FJ], "12月底"),
        T("推进入河排污口排查整治。完成岚河、清水河干流及主要支流入河排污口溯源，"
          "建立排污口整治销号台账，整治完成率达到60%以上。",
          [SLH], ["水生态环境科"], [FJ], "11月底"),
        T("加强饮用水水源地保护。完成县级及以上集中式饮用水水源地环境状况评估，"
          "推进“千吨万人”饮用水水源保护区规范化建设，县级及以上城市集中式饮用水水源水质达标率保持100%。",
          [SLH], ["水生态环境科"], ["自然生态保护科", JCZX], "10月底"),
        T("推进美丽河湖保护与建设。组织开展美丽河湖优秀案例创建，争创省级美丽河湖2条，"
          "推动水资源、水环境、水生态统筹治理。",
          [SLH], ["水生态环境科"], ["综合科（市环委办）"], "12月底"),
        T("加强工业园区水污染整治。开展省级以上工业园区污水收集处理设施排查，"
          "督促园区污水集中处理设施稳定达标运行，依法查处超标排放等违法行为。",
          [SLH, WY], ["水生态环境科"], [ZFZD, FJ], "9月底"),
        T("推进农业农村污染治理。新增完成30个行政村环境整治，农村生活污水治理率达到36%以上，"
          "动态清零农村黑臭水体，加强畜禽养殖污染防治监管。",
          [SLH], ["土壤生态环境科"], ["水生态环境科", FJ], "12月底"),
        T("开展地下水污染防治。完成2个化工园区地下水环境状况调查评估，"
          "落实地下水污染防治重点排污单位名录管理，国考地下水点位水质保持稳定。",
          [SLH], ["土壤生态环境科"], ["水生态环境科", JCZX], "12月底"),
    ]),
    ("持续深入打好净土保卫战", [
        T("严格建设用地土壤污染风险管控和修复。落实建设用地土壤污染状况调查、风险评估和效果评估报告评审制度，"
          "重点建设用地安全利用率保持100%。",
          [SLH], ["土壤生态环境科"], ["行政审批科"], "12月底"),
        T("加强土壤污染重点监管单位监管。动态更新重点监管单位名录，督促68家重点监管单位完成土壤污染隐患排查和自行监测。",
          [SLH], ["土壤生态环境科"], [ZFZD], "11月底"),
        T("扎实推进“无废城市”建设。制定年度工作任务清单，培育“无废工厂”“无废园区”“无废学校”等“无废细胞”不少于50个。",
          [SLH], ["固体废物与化学品科"], ["综合科（市环委办）", "市固体废物管理中心"], "12月底"),
        T("强化危险废物监管和利用处置能力建设。推进危险废物全过程信息化监管，开展危险废物规范化环境管理评估，"
          "小微企业危险废物收集试点覆盖全部县（市、区）。",
          [SLH], ["固体废物与化学品科", "市固体废物管理中心"], [ZFZD], "12月底", leadsep="\n"),
        T("加强新污染物治理。开展重点管控新污染物生产使用情况调查，落实禁止、限制、限排等环境风险管控措施。",
          [SLH], ["固体废物与化学品科"], [JCZX, "市环境科学研究所"], "12月底"),
    ]),
    ("加强生态保护和生态环境安全监管", [
        T("开展“绿盾”自然保护地强化监督。对生态保护红线和自然保护地内人类活动问题开展遥感监测和实地核查，"
          "问题整改销号率达到90%以上。",
          [CXF], ["自然生态保护科"], [ZFZD, FJ], "11月底"),
        T("推进生物多样性保护和生态文明示范创建。开展岚山生物多样性本底调查，"
          "指导2个县（市、区）争创省级生态文明建设示范区。",
          [CXF], ["自然生态保护科"], ["规划财务科"], "12月底"),
        T("加强核与辐射安全监管。开展放射源安全检查和废旧放射源收贮，确保核技术利用单位辐射安全许可证持证率100%。",
          [CXF], ["核与辐射安全科"], ["市生态环境执法支队"], "12月底"),
        T("强化环境风险防范和应急处置。修订《岚州市突发生态环境事件应急预案》，开展岚河流域跨市界突发水污染事件应急演练，"
          "妥善处置各类突发环境事件。",
          [WY], [YJZX], ["水生态环境科", FJ], "6月底"),
        T("完善生态环境监测网络。新建乡镇空气自动监测站10个、水质自动监测站3个，"
          "加强社会化监测机构监督检查，严厉打击监测数据弄虚作假行为。",
          [CXF], ["生态环境监测科"], [JCZX], "12月底"),
    ]),
    ("深化改革创新，服务高质量发展", [
        T("深化环评审批制度改革。落实重大项目环评审批“绿色通道”，对省市重点项目实行提前介入、专人服务，"
          "法定审批时限压缩50%以上。",
          [CXF], ["行政审批科"], ["环境影响评价与排放管理科"], "12月底"),
        T("全面实行排污许可制。推进排污许可“一证式”管理，开展排污许可证执行报告质量抽查，"
          "持证排污单位执行报告提交率达到95%以上。",
          [CXF], ["环境影响评价与排放管理科"], [ZFZD, FJ], "12月底"),
        T("推行生态环境包容审慎监管。动态调整监督执法正面清单，完善轻微违法行为不予处罚清单，"
          "扩大非现场执法应用范围，全年开展“双随机、一公开”抽查不少于400家次。",
          [WY], [ZFZD], ["法规与标准科"], "12月底"),
        T("推进生态环境损害赔偿制度改革。建立生态环境损害赔偿案件线索筛查移送机制，全年办理赔偿案件不少于20件。",
          [ZM], ["法规与标准科"], [FJ, ZFZD], "12月底"),
        T(["抓好中央和省生态环境保护督察反馈问题整改。对照整改方案逐项对账销号，"
           "建立问题清单、任务清单、责任清单，",
           "实行“一月一调度、一季一通报”，确保按期完成整改任务，坚决防止问题反弹。"],
          [ZJG, WY], ["综合科（市环委办）"], ["局机关各科室", "各直属单位"], "按整改方案时限", lsep="\n"),
        T("加强生态环境资金项目谋划储备。建立项目储备库，积极争取中央和省级生态环境专项资金，"
          "全年争取资金不少于2.5亿元。",
          [ZM], ["规划财务科"], ["大气环境科", "水生态环境科", "土壤生态环境科"], "12月底"),
    ]),
    ("全面加强党的建设和干部队伍建设", [
        T("深入学习贯彻习近平新时代中国特色社会主义思想和习近平生态文明思想，巩固拓展主题教育成果，"
          "落实“第一议题”制度，推进模范机关创建。",
          [ZJG], ["机关党委（人事科）"], ["局机关各科室", "各直属单位"], "全年"),
        T("落实全面从严治党主体责任。深入开展党纪学习教育，加强党风廉政建设，"
          "持之以恒纠治“四风”，配合驻局纪检监察组做好监督工作。",
          [ZJG], ["机关党委（人事科）"], ["办公室"], "全年"),
        T("加强干部队伍建设。开展生态环境系统业务大培训、大练兵，完善干部考核评价机制，建设生态环境保护铁军。",
          [ZJG], ["机关党委（人事科）"], [], "12月底"),
        T("加强生态环境宣传教育。组织开展六五环境日、全国低碳日等主题宣传活动，推进环保设施向公众开放，"
          "及时回应社会关切。",
          [ZM], ["办公室"], ["市生态环境宣传教育中心"], "12月底"),
        T("做好信访、政务公开、保密、档案和安全生产等工作，按时办结人大代表建议和政协委员提案，办复率达到100%。",
          [ZM], ["办公室"], ["法规与标准科", "规划财务科"], "全年", coopsep="，"),
    ]),
]

CN_NUM = "一二三四五六七八九十"

# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------

def set_run_font(run, east, size, bold=False, color=None, ascii_font=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    a = ascii_font or "Times New Roman"
    rfonts.set(qn("w:ascii"), a)
    rfonts.set(qn("w:hAnsi"), a)
    rfonts.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", east="仿宋_GB2312", size=16, bold=False, align=None,
         indent=False, color=None, line=28, space_before=0, space_after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    pf.line_spacing = Pt(line) if line else None
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if text:
        r = p.add_run(text)
        set_run_font(r, east, size, bold, color)
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


def top_bottom_border(p, top=True, bottom=True, sz=8):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    for side, on in (("top", top), ("bottom", bottom)):
        if on:
            b = OxmlElement("w:" + side)
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), str(sz))
            b.set(qn("w:space"), "1")
            b.set(qn("w:color"), "000000")
            pbdr.append(b)
    ppr.append(pbdr)


def cell_text(cell, lines, east="仿宋_GB2312", size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              indent=False):
    """Write lines into a cell, one paragraph per line (the cell's first paragraph reused)."""
    first = True
    for ln in lines:
        if first:
            p = cell.paragraphs[0]
            first = False
        else:
            p = cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(18)
        if indent:
            p.paragraph_format.first_line_indent = Pt(size * 2)
        if ln:
            r = p.add_run(ln)
            set_run_font(r, east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def joined(items, sep):
    return [sep.join(items)] if sep != "\n" else list(items)


# ---------------------------------------------------------------------------
# Build the document
# ---------------------------------------------------------------------------

def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.size = Pt(16)
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    RED = RGBColor(0xFF, 0x00, 0x00)
    # 版头
    para(doc, line=None)
    para(doc, "岚州市生态环境局文件", east="方正小标宋简体", size=42, color=RED,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=None)
    para(doc, line=None)
    p = para(doc, "岚环发〔2024〕9号", align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p)
    para(doc)
    # 标题
    para(doc, "岚州市生态环境局关于印发2024年全市生态环境保护工作要点任务分工的通知",
         east="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc)
    # 主送
    para(doc, "各县（市、区）分局，局机关各科室、各直属单位：")
    body = [
        "为深入贯彻落实全国、全省生态环境保护工作会议和市委经济工作会议精神，扎实推进《2024年全市生态环境保护工作要点》"
        "（以下简称《工作要点》）各项任务落实，经局党组会议研究同意，现将《工作要点》任务分工印发给你们，"
        "并提出如下要求，请认真贯彻落实。",
    ]
    for t in body:
        para(doc, t, indent=True)
    para(doc, "一、提高思想认识", east="黑体", indent=True)
    para(doc, "各科室、各单位要充分认识做好今年生态环境保护工作的重要意义，把《工作要点》确定的各项任务作为年度工作的重中之重，"
         "对照分工逐项细化措施，确保各项任务落地见效。", indent=True)
    para(doc, "二、压实工作责任", east="黑体", indent=True)
    para(doc, "各项任务的牵头科室（单位）为第一责任单位，其主要负责人为第一责任人，负责制定具体推进措施，明确时间节点，"
         "牵头组织实施；配合科室（单位）要按照职责分工，积极主动配合，形成工作合力。"
         "涉及各县（市、区）分局的任务，各分局要对照分工抓好辖区落实。各责任局领导要加强对分管领域任务的调度指导。",
         indent=True)
    para(doc, "三、强化督促落实", east="黑体", indent=True)
    para(doc, "局办公室要将《工作要点》任务纳入局重点工作督查督办台账，实行月调度、季通报。"
         "各牵头科室（单位）要于每季度最后一个月25日前，将任务进展情况书面报送局办公室，"
         "12月10日前报送全年工作完成情况。对工作推进不力、进度滞后的，将在全局范围内通报。", indent=True)
    para(doc)
    para(doc, "附件：2024年全市生态环境保护工作要点任务分工", indent=True)
    para(doc)
    para(doc)
    para(doc, "岚州市生态环境局", align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(64)
    para(doc, "2024年3月8日", align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(64)
    para(doc, "（此件公开发布）", indent=True)

    # 附件: landscape section
    sec2 = doc.add_section()
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    sec2.top_margin, sec2.bottom_margin = Cm(2.6), Cm(2.4)
    sec2.left_margin, sec2.right_margin = Cm(2.5), Cm(2.5)
    para(doc, "附件", east="黑体", size=16)
    para(doc)
    para(doc, "2024年全市生态环境保护工作要点任务分工", east="方正小标宋简体", size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=35, space_after=12)

    headers = ["序号", "工作任务", "责任局领导", "牵头科室（单位）", "配合科室（单位）", "完成时限"]
    widths = [Cm(1.3), Cm(12.0), Cm(2.3), Cm(3.3), Cm(3.6), Cm(2.2)]
    table = doc.add_table(rows=1, cols=6)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    hdr = table.rows[0]
    set_repeat_header(hdr)
    for i, h in enumerate(headers):
        cell_text(hdr.cells[i], [h], east="黑体", size=12)

    gold = []
    n = 0
    for pi, (ptitle, tasks) in enumerate(PARTS):
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[5])
        cell_text(merged, ["%s、%s（%d项）" % (CN_NUM[pi], ptitle, len(tasks))], east="黑体", size=12,
                  align=WD_ALIGN_PARAGRAPH.LEFT)
        for t in tasks:
            n += 1
            row = table.add_row()
            c = row.cells
            cell_text(c[0], [str(n)])
            cell_text(c[1], t["text"], align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=False)
            cell_text(c[2], joined(t["leaders"], t["lsep"]))
            cell_text(c[3], joined(t["lead"], t["leadsep"]))
            cell_text(c[4], joined(t["coop"], t["coopsep"]) if t["coop"] else [""])
            cell_text(c[5], [t["deadline"]])
            first = "".join(t["text"][0].split())
            gold.append({
                "id": str(n),
                "marker": str(n),
                "head": first[:12],
                "responsible_units": list(t["lead"]) + list(t["coop"]),
                "lead_units": list(t["lead"]),
                "cooperating_units": list(t["coop"]),
                "leaders": [x.replace("\u3000", "") for x in t["leaders"]],
                "deadline": t["deadline"],
            })
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w / 635)))
    for row in table.rows:
        tcs = row._tr.findall(qn("w:tc"))
        if len(tcs) == len(widths):
            for tc, w in zip(tcs, widths):
                tcpr = tc.get_or_add_tcPr()
                tcw = tcpr.find(qn("w:tcW"))
                if tcw is None:
                    tcw = OxmlElement("w:tcW")
                    tcpr.insert(0, tcw)
                tcw.set(qn("w:w"), str(int(w / 635)))
                tcw.set(qn("w:type"), "dxa")

    # 版记: last page, portrait
    sec3 = doc.add_section()
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        para(doc)
    p = para(doc, "抄送：市纪委监委驻市生态环境局纪检监察组。", size=14, line=None)
    p.paragraph_format.left_indent = Pt(14)
    top_bottom_border(p, top=True, bottom=True, sz=8)
    p = para(doc, "岚州市生态环境局办公室　　　　　　　　　　2024年3月8日印发", size=14, line=None)
    p.paragraph_format.left_indent = Pt(14)
    top_bottom_border(p, top=False, bottom=True, sz=12)

    cp = doc.core_properties
    fixed = datetime.datetime(2024, 3, 8, 9, 30, 0)
    cp.author = "hbj-bgs"
    cp.last_modified_by = "hbj-bgs"
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 3
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    return doc, gold


def deterministic_save(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 8, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def main():
    doc, gold = build()
    deterministic_save(doc, DOCX)
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print("wrote", os.path.basename(DOCX), "and", os.path.basename(GOLD), len(gold), "tasks")


if __name__ == "__main__":
    main()
