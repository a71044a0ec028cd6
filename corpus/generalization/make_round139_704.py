#!/usr/bin/python3
"""Round 139, notice 704 (control case).

Writes 704_chengbei_qu_youhua_yingshang_huanjing_renwu_qingdan.docx, an ordinary
区人民政府办公室 notice issuing the district's 2025 优化营商环境工作方案, whose 附件 is the
重点任务清单 table (序号 | 重点任务 | 具体举措 | 责任区领导 | 责任单位 | 完成时限), tasks grouped under
一、… section rows, and 704.tasks.gold.jsonl, both from the TASKS description below.

Deterministic: core properties fixed, the zip rewritten with fixed timestamps.
Run: /usr/bin/python3 make_704.py   (python-docx 0.8.11)
"""
import io
import json
import os
import re
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX = os.path.join(HERE, "704_chengbei_qu_youhua_yingshang_huanjing_renwu_qingdan.docx")
GOLD = os.path.join(HERE, "704.tasks.gold.jsonl")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)
PAD = "\u3000"  # full-width space used to pad two-character names

# ---------------------------------------------------------------------------
# The structured description of the 任务清单.
# Each task: (重点任务 paragraphs, 具体举措 paragraphs, leader cell paragraphs,
#             责任单位 cell paragraphs, 完成时限, gold units/lead/coop override)
# Units cell is printed exactly as given; the gold split is given explicitly
# (so the checker, which parses the printed cell, is an independent test).
# ---------------------------------------------------------------------------
L_WANG = "王" + PAD + "勇"   # padded two-character name (常务副区长)
L_ZHAO = "赵峰"              # unpadded two-character name
L_LI = "李国华"
L_CHEN = "陈晓燕"
L_SUN = "孙立新"
L_ZHOU = "周丽萍"

SPJ = "区行政审批服务局（区政务服务中心）"

SECTIONS = [
    ("一、提升政务服务效能（6项）", [
        dict(task=["深化“高效办成一件事”", "集成改革"],   # the task name on two cell lines
             acts=["聚焦企业和群众全生命周期重点事项，在落实国家、省、市部署的“一件事”基础上，新推出企业信息变更、开办餐饮店、二手房转移登记及水电气联办等区级“一件事”场景不少于5个，实现“一次告知、一表申请、一套材料、一窗受理、一次办结”。"],
             leaders=[L_WANG],
             units=["区数据局、" + SPJ + "、区市场监管局、区住房城乡建设局、区直各有关单位"],
             deadline="2025年12月底前"),
        dict(task=["推动政务服务事项集中进驻办理"],
             acts=["按照“应进必进”原则，推动依申请政务服务事项全部进驻区政务服务中心，实行“前台综合受理、后台分类审批、统一窗口出件”，年内综合窗口受理事项覆盖率达到90%以上。"],
             leaders=[L_WANG],
             units=[SPJ + "、区委编办、区直各有关单位"],
             deadline="2025年9月底前"),
        dict(task=["提升乡镇（街道）便民服务中心服务能力"],
             acts=["推动高频政务服务事项向乡镇（街道）便民服务中心、村（社区）便民服务站延伸，推行“就近办、帮代办”，每个乡镇（街道）至少配备2名专职帮办代办员。"],
             leaders=[L_WANG],
             units=[SPJ + "、各乡镇（街道）"],
             deadline="2025年6月底前"),
        dict(task=["推行涉企经营许可“证照联办”"],
             acts=["深化“照后减证”和简化审批，对餐饮、药店、便利店等高频经营许可事项实行“一业一证”“证照联办”。",
                   "年内实现经营主体登记与经营许可同步申请、并联审批、同步发证，涉企经营许可事项平均办理时限压减50%以上。"],
             leaders=[L_WANG],
             units=["区市场监管局、" + SPJ + "、区卫生健康局"],
             deadline="2025年10月底前"),
        dict(task=["推进政务服务“跨域通办”和“掌上办”"],
             acts=["拓展“跨省通办”“省内通办”事项范围，依托省政务服务网和“澄e办”移动端，推动高频事项“掌上办”“指尖办”，全程网办率达到85%以上。"],
             leaders=[L_WANG],
             units=["区数据局、" + SPJ],
             deadline="持续推进"),
        dict(task=["健全“办不成事”反映窗口工作机制"],
             acts=["在区、乡镇（街道）两级政务服务中心全面设立“办不成事”反映窗口，建立问题受理、协调解决、跟踪回访闭环机制，推动“办不成”向“办得成”“办得好”转变。"],
             leaders=[L_WANG],
             units=[SPJ + "、区信访局、各乡镇（街道）"],
             deadline="2025年6月底前"),
    ]),
    ("二、优化市场准入和要素保障（7项）", [
        dict(task=["持续深化企业开办便利化改革"],
             acts=["推行企业开办“一网通办”，将企业登记、公章刻制、发票申领、社保登记、公积金缴存登记、银行预约开户纳入“一次办”，企业开办时间压缩至0.5个工作日以内，全面推行新开办企业免费刻制公章。"],
             leaders=[L_ZHAO],
             units=["区市场监管局、区税务局、区人社局、市公安局澄北分局、市住房公积金管理中心澄北管理部"],
             deadline="2025年6月底前"),
        dict(task=["便利经营主体退出和歇业备案"],
             acts=["推行企业简易注销“容缺办理”，对未开业、无债权债务的企业实行简易注销承诺制；落实歇业备案制度，为经营困难企业提供低成本“休眠”选择。"],
             leaders=[L_ZHAO],
             units=["区市场监管局，区税务局、区人社局"],   # a ， where 、 was meant
             deadline="持续推进"),
        dict(task=["优化工程建设项目审批服务"],
             acts=["深化工程建设项目审批制度改革，推行“拿地即开工”“竣工即交付”，社会投资简易低风险项目审批全流程时间压缩至15个工作日以内，一般社会投资项目压缩至40个工作日以内。"],
             leaders=[L_LI, L_WANG],          # two leaders, two cell paragraphs
             units=["区住房城乡建设局、市自然资源和规划局澄北分局、" + SPJ + "、区发展改革局、市生态环境局澄北分局"],
             deadline="2025年12月底前"),
        dict(task=["推行水电气网联合报装服务"],
             acts=["实行用水、用电、用气、宽带报装“一表申请、一窗受理、联合踏勘、一站服务”，对低压小微企业用电报装实行“零上门、零审批、零投资”，全过程办电时间压缩至15个工作日以内。"],
             leaders=[L_LI],
             units=["区住房城乡建设局、国网澄州市澄北区供电公司、区城市管理局、区水务局、澄北新源燃气有限公司"],
             deadline="2025年9月底前"),
        dict(task=["强化项目建设用地用能要素保障"],
             acts=["推行“标准地”出让，新增工业用地“标准地”出让比例达到50%以上；盘活批而未供和闲置土地，统筹保障重点项目能耗指标。"],
             leaders=[L_LI],
             units=["市自然资源和规划局澄北分局、区发展改革局、区工业和信息化局"],
             deadline="持续推进"),
        dict(task=["破解企业融资难融资贵问题"],
             acts=["常态化开展政银企对接活动，全年举办融资对接会不少于6场；推广“信易贷”平台，扩大首贷、续贷、信用贷规模；落实政府性融资担保降费政策，综合担保费率降至1%以下。"],
             leaders=[L_CHEN],
             units=["区金融服务中心、区发展改革局、区财政局、区工业和信息化局"],
             deadline="2025年12月底前"),
        dict(task=["加强企业人才引进和用工保障"],
             acts=["落实“澄才聚北”人才新政，全年引进各类人才不少于800人；搭建企业用工服务平台，开展“春风行动”等招聘活动不少于20场，帮助重点企业解决用工需求。"],
             leaders=[L_CHEN, L_SUN],          # two leaders
             units=["区委组织部（区委人才办）、区人社局共同牵头，区教育局、区工业和信息化局、各乡镇（街道）配合"],
             gold_units=["区委组织部（区委人才办）", "区人社局", "区教育局", "区工业和信息化局", "各乡镇（街道）"],
             gold_lead=["区委组织部（区委人才办）", "区人社局"],
             gold_coop=["区教育局", "区工业和信息化局", "各乡镇（街道）"],
             deadline="2025年12月底前"),
    ]),
    ("三、加强法治保障和公平竞争（6项）", [
        dict(task=["全面落实公平竞争审查制度"],
             acts=["严格落实公平竞争审查制度，对涉及经营主体经济活动的政策措施应审尽审；开展妨碍统一市场和公平竞争的政策措施清理，及时废止或修订存量文件。"],
             leaders=[L_ZHAO],
             units=["区市场监督管理局、区司法局、区直各有关单位"],   # spelled in full here only
             deadline="持续推进"),
        dict(task=["规范涉企行政检查和行政执法行为"],
             acts=["全面推行“双随机、一公开”监管和“综合查一次”，合理确定检查频次，同一部门对同一企业的检查原则上每年不超过1次，坚决杜绝随意检查、多头检查、重复检查。",
                   "落实包容审慎监管，动态调整“免罚轻罚”清单，对首次轻微违法行为依法不予行政处罚。"],
             leaders=[L_ZHAO, L_WANG],         # two leaders, padded beside unpadded
             units=["区司法局、区市场监管局、区城市管理局、市生态环境局澄北分局、区应急管理局、区直各行政执法部门"],
             deadline="2025年6月底前"),
        dict(task=["加强知识产权创造保护和运用"],
             acts=["开展知识产权质押融资“入园惠企”行动，全年知识产权质押融资额达到1亿元以上；加大商标、专利侵权行为查处力度。"],
             leaders=[L_SUN],
             units=["区市场监管局（区知识产权局）、区科技局、区金融服务中心"],
             deadline="2025年12月底前"),
        dict(task=["提升涉企纠纷多元化解质效"],
             acts=["完善诉调对接、商事调解机制，发挥区商会人民调解委员会作用，推动涉企纠纷化解在诉前；压缩涉企案件审理和执行周期。"],
             leaders=[L_ZHAO],
             units=["区法院、区司法局、区检察院、区工商联（区总商会）"],
             deadline="持续推进"),
        dict(task=["防范和化解拖欠企业账款问题"],
             acts=["建立拖欠企业账款问题台账，对机关、事业单位和国有企业拖欠民营企业、中小企业账款实行清单管理、销号办理，做到应付尽付、应清尽清。"],
             leaders=[L_CHEN],
             units=["区工业和信息化局、区财政局、区国资中心"],
             deadline="2025年12月底前"),
        dict(task=["加强政务诚信和社会信用体系建设"],
             acts=["开展政府失信违诺专项治理，杜绝“新官不理旧账”；推行信用承诺制，拓展信用报告代替无违法违规证明应用范围，帮助企业完成信用修复。"],
             leaders=[L_CHEN],
             units=["区发展改革局、区政府办公室、区司法局、区直各有关单位"],
             deadline="2025年12月底前"),
    ]),
    ("四、营造开放便利的投资贸易环境（3项）", [
        dict(task=["健全重大项目全流程服务机制"],
             acts=["落实重大项目“专班+专员”服务机制，为签约落地项目全程提供手续代办、要素协调服务，推动项目早落地、早开工、早投产。"],
             leaders=[L_WANG, L_SUN],          # two leaders
             units=["区投资促进中心、区发展改革局、" + SPJ],
             deadline="持续推进"),
        dict(task=["促进外贸外资稳规模优结构"],
             acts=["落实出口退税、出口信用保险等支持政策，正常出口退税平均办理时间压缩至3个工作日以内；组织企业参加广交会等重点展会不少于10场次。"],
             leaders=[L_SUN],
             units=["区商务局、区税务局、区财政局"],
             deadline="2025年12月底前"),
        dict(task=["规范招标投标和政府采购行为"],
             acts=["全面推行招标投标全流程电子化，推广远程异地评标；清理政府采购领域设置不合理条件、排斥潜在供应商等行为，中小企业预留份额不低于40%。"],
             leaders=[L_LI],
             units=["区发展改革局", "区财政局", "区住房城乡建设局", "区交通运输局", "区水务局"],   # one unit a cell line
             deadline="持续推进"),
    ]),
    ("五、激发经营主体发展活力（5项）", [
        dict(task=["推动惠企政策“免申即享”直达快享"],
             acts=["依托“惠企通”平台集中发布、精准推送惠企政策，梳理“免申即享”政策清单，推动符合条件的奖补资金直达企业。"],
             leaders=[L_CHEN],
             units=["区发展改革局、区财政局、区工业和信息化局、区科技局、区人社局、区税务局、区数据局"],
             deadline="2025年9月底前"),
        dict(task=["支持民营经济和中小企业发展壮大"],
             acts=["落实促进民营经济发展壮大各项举措，建立中小企业梯度培育库，全年新增专精特新中小企业10家以上。"],
             leaders=[L_SUN],
             units=["区工业和信息化局、区发展改革局、区工商联（区总商会）、区市场监管局"],
             deadline="持续推进"),
        dict(task=["健全常态化政企沟通交流机制"],
             acts=["落实区领导联系重点企业制度，每季度至少召开1次政企恳谈会；完善企业诉求“接诉即办”机制，",
                   "企业反映问题办结率达到100%，满意率达到95%以上。"],   # one sentence cut over two paragraphs
             leaders=[L_WANG],
             units=["区发展改革局、区工商联（区总商会）、区直各有关单位、各乡镇(街道)"],   # half-width brackets
             deadline="持续推进"),
        dict(task=["推进科技创新赋能企业发展"],
             acts=["支持企业建设研发机构，全年新增高新技术企业15家以上；落实研发费用加计扣除政策，推动科技成果在区内转化。"],
             leaders=[L_SUN],
             units=["区科技局、区工业和信息化局、区税务局"],
             deadline="2025年12月底前"),
        dict(task=["依法保护企业和企业家合法权益"],
             acts=["依法严厉打击侵害企业合法权益的违法犯罪行为，审慎采取查封、扣押、冻结等强制措施，最大限度减少对企业正常生产经营的影响。"],
             leaders=[L_ZHAO],
             units=["市公安局澄北分局、区法院、区检察院、区司法局"],
             deadline="持续推进"),
    ]),
    ("六、优化宜居宜业环境和强化工作保障（5项）", [
        dict(task=["提升企业人才子女入学就医服务"],
             acts=["为符合条件的企业高层次人才子女入学提供统筹安排服务，开通就医绿色通道，落实人才安居保障政策。"],
             leaders=[L_ZHOU],
             units=["区教育局、区卫生健康局、区人社局、区住房城乡建设局"],
             deadline="2025年8月底前"),
        dict(task=["改善园区周边交通和配套设施"],
             acts=["优化经开区公交线路和站点设置，新增公共停车泊位300个以上，完善园区餐饮、商超等生活配套。"],
             leaders=[L_LI],
             units=["澄北经济开发区管委会、区交通运输局、区城市管理局、区住房城乡建设局"],
             deadline="2025年12月底前"),
        dict(task=["开展营商环境常态化监测评价"],
             acts=["对照省、市营商环境评价指标体系，开展区级营商环境自评和第三方评估，建立问题清单，逐项整改销号。"],
             leaders=[L_WANG],
             units=["区发展改革局、区直各有关单位"],
             deadline="2025年11月底前"),
        dict(task=["强化营商环境问题线索督查问效"],
             acts=["建立损害营商环境问题线索受理、转办、督办机制，对推诿扯皮、吃拿卡要等问题严肃追责问责，定期通报典型案例。"],
             leaders=["王勇"],                  # the same leader unpadded this once
             units=["区政府办公室（区政府督查室）、区发展改革局、区数据局"],
             deadline="持续推进"),
        dict(task=["加大营商环境宣传推广力度"],
             acts=["利用区融媒体中心、政府门户网站和政务新媒体，宣传解读惠企政策，推广典型经验做法，营造“人人都是营商环境”的良好氛围。"],
             leaders=[L_WANG],
             units=["区委宣传部、区发展改革局、区融媒体中心"],
             deadline="2025年12月底前"),
    ]),
]

SEP_RE = re.compile(r"[、，；]")


def split_units(paras):
    """Generator-side split (the checker has its own): paragraphs, then 、，；."""
    out = []
    for p in paras:
        out += [u for u in SEP_RE.split(p) if u]
    return out


def gold_records():
    recs = []
    n = 0
    for _, tasks in SECTIONS:
        for t in tasks:
            n += 1
            units = t.get("gold_units") or split_units(t["units"])
            lead = t.get("gold_lead") or units[:1]
            coop = t.get("gold_coop") if "gold_coop" in t else units[1:]
            head = "".join("".join(t["task"]).split())[:12]
            recs.append({
                "id": str(n),
                "marker": str(n),
                "head": head,
                "responsible_units": units,
                "lead_units": lead,
                "cooperating_units": coop,
                "leaders": ["".join(x.replace(PAD, "").split()) for x in t["leaders"]],
                "deadline": t["deadline"],
            })
    return recs


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------

def set_run_font(run, name, size=None, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if size:
        run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None, indent=False,
         color=None, line=28, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        set_run_font(p.add_run(text), font, size, bold, color)
    return p


def runs(p, parts, size=16):
    for text, font, bold in parts:
        set_run_font(p.add_run(text), font, size, bold)


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
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "6")
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        pbdr.append(b)
    ppr.append(pbdr)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, paras, font=FS, size=11, bold=False, align=None):
    first = True
    for t in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        pf = p.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing = Pt(16)
        if align is not None:
            p.alignment = align
        set_run_font(p.add_run(t), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def set_widths(table, widths):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips if hasattr(Cm(w), "twips") else Cm(w) / 635)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


def portrait(section):
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.orientation = WD_ORIENT.PORTRAIT
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Cm(29.7)
    section.page_height = Cm(21.0)
    section.top_margin = Cm(2.6)
    section.bottom_margin = Cm(2.4)
    section.left_margin = Cm(2.2)
    section.right_margin = Cm(2.2)


# ---------------------------------------------------------------------------

def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    portrait(doc.sections[0])

    C = WD_ALIGN_PARAGRAPH.CENTER
    R = WD_ALIGN_PARAGRAPH.RIGHT
    J = WD_ALIGN_PARAGRAPH.JUSTIFY

    # 版头
    para(doc, "", line=None, before=24)
    para(doc, "澄北区人民政府办公室文件", XBS, 36, align=C, color=RED, line=None, after=18)
    para(doc, "", line=None)
    p = para(doc, "澄北政办发〔2025〕5号", FS, 16, align=C, line=28, after=4)
    bottom_border(p)
    para(doc, "")

    # 标题
    para(doc, "澄北区人民政府办公室", XBS, 22, align=C, line=35)
    para(doc, "关于印发澄北区2025年优化营商环境工作方案的通知", XBS, 22, align=C, line=35)
    para(doc, "")

    para(doc, "各乡镇人民政府、街道办事处，区政府各部门，各有关单位：", align=J)
    para(doc, "《澄北区2025年优化营商环境工作方案》已经区政府第47次常务会议研究同意，现印发给你们，请结合实际，认真抓好贯彻落实。", align=J, indent=True)
    para(doc, "")
    para(doc, "")
    para(doc, "澄北区人民政府办公室", align=R)
    para(doc, "2025年3月18日", align=R)
    para(doc, "（此件公开发布）", indent=True)
    page_break(doc)

    # 方案
    para(doc, "澄北区2025年优化营商环境工作方案", XBS, 22, align=C, line=35, after=12)
    body = [
        "为深入贯彻落实党中央、国务院和省委、省政府关于优化营商环境的决策部署，持续打造市场化、法治化、国际化一流营商环境，根据《澄州市2025年优化营商环境工作要点》，结合我区实际，制定本方案。",
    ]
    for t in body:
        para(doc, t, align=J, indent=True)
    para(doc, "一、总体要求", HT, indent=True)
    para(doc, "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，以经营主体和群众感受为第一评价标准，对标先进地区，聚焦企业全生命周期和项目建设全流程，着力破解营商环境堵点难点问题，为全区经济高质量发展提供有力保障。", align=J, indent=True)
    para(doc, "二、工作目标", HT, indent=True)
    para(doc, "到2025年底，政务服务效能明显提升，要素保障更加有力，法治环境更加公平透明，经营主体活跃度和满意度持续提高，在全市营商环境评价中力争进入第一方阵。", align=J, indent=True)
    para(doc, "三、重点任务", HT, indent=True)
    para(doc, "围绕提升政务服务效能、优化市场准入和要素保障、加强法治保障和公平竞争、营造开放便利的投资贸易环境、激发经营主体发展活力、优化宜居宜业环境和强化工作保障等6个方面，实施32项重点任务（详见附件）。", align=J, indent=True)
    para(doc, "四、保障措施", HT, indent=True)
    p = para(doc, "", align=J, indent=True)
    runs(p, [("（一）加强组织领导。", KT, False),
             ("区优化营商环境工作领导小组负责统筹推进全区优化营商环境工作，领导小组办公室设在区发展改革局，负责日常协调、调度和督促落实。各乡镇（街道）、各部门要把优化营商环境作为“一把手”工程，主要负责同志亲自抓、负总责。", FS, False)])
    p = para(doc, "", align=J, indent=True)
    runs(p, [("（二）压实工作责任。", KT, False),
             ("各责任区领导要加强对分管领域任务的指导推动。《重点任务清单》中责任单位排在第一位的为牵头单位，其他为配合单位。牵头单位要细化工作措施，明确时间节点，抓好组织实施；配合单位要主动对接，积极支持，形成工作合力。各牵头单位于每季度最后一个月20日前，将任务推进情况报送区优化营商环境工作领导小组办公室。", FS, False)])
    p = para(doc, "", align=J, indent=True)
    runs(p, [("（三）强化督查考核。", KT, False),
             ("将重点任务落实情况纳入全区年度目标责任考核，区政府督查室会同领导小组办公室定期开展督查，对工作推进不力、进度滞后的单位予以通报。", FS, False)])
    p = para(doc, "", align=J, indent=True)
    runs(p, [("（四）加强宣传引导。", KT, False),
             ("及时总结推广优化营商环境的好经验好做法，加强政策宣传解读，回应企业关切，营造全社会共同参与优化营商环境的良好氛围。", FS, False)])
    para(doc, "")
    p = para(doc, "附件：澄北区2025年优化营商环境重点任务清单", align=J, indent=True)

    # 附件 in a landscape section
    sec = doc.add_section()
    landscape(sec)
    para(doc, "附件", HT, 16, line=28)
    para(doc, "澄北区2025年优化营商环境重点任务清单", XBS, 22, align=C, line=35, after=10)

    widths = [1.2, 3.8, 10.4, 2.5, 5.0, 2.4]
    table = doc.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["序号", "重点任务", "具体举措", "责任区领导", "责任单位", "完成时限"]
    for c, h in zip(table.rows[0].cells, hdr):
        cell_text(c, [h], HT, 12, align=C)
    repeat_header(table.rows[0])

    n = 0
    for title, tasks in SECTIONS:
        row = table.add_row()
        m = row.cells[0].merge(row.cells[5])
        cell_text(m, [title], HT, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
        for t in tasks:
            n += 1
            cells = table.add_row().cells
            cell_text(cells[0], [str(n)], FS, 11, align=C)
            cell_text(cells[1], t["task"], FS, 11)
            cell_text(cells[2], t["acts"], FS, 11, align=J)
            cell_text(cells[3], t["leaders"], FS, 11, align=C)
            cell_text(cells[4], t["units"], FS, 11)
            cell_text(cells[5], [t["deadline"]], FS, 11, align=C)
    set_widths(table, widths)

    # 版记 on its own portrait page
    sec = doc.add_section()
    portrait(sec)
    for _ in range(14):
        para(doc, "")
    p = para(doc, "", size=14, line=28)
    top_bottom_border(p)
    runs(p, [("抄送：区委各部门，区人大常委会办公室，区政协办公室，区法院，区检察院。", FS, False)], size=14)
    p = para(doc, "", size=14, line=28)
    runs(p, [("澄北区人民政府办公室　　　　　　　　2025年3月18日印发", FS, False)], size=14)
    bottom_border(p, "000000", 6)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 3, 18, 9, 30, 0)
    cp.author = "区政府办"
    cp.last_modified_by = "区政府办"
    cp.title = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so that the bytes are reproducible
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 18, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    with open(DOCX, "wb") as f:
        f.write(out.getvalue())

    with open(GOLD, "w", encoding="utf-8") as f:
        for r in gold_records():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    build()
    print("wrote", os.path.basename(DOCX), "and", os.path.basename(GOLD))
