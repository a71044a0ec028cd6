#!/usr/bin/python3
"""Round 73, No. 393 (control case): a 县委办公室 县政府办公室 joint notice (两办)
印发ing the county's 2025 优化营商环境攻坚行动任务清单, as the Word file circulated to
the 乡镇 and 县直 units.

The 清单 is in ordinary Word paragraphs, no table: part headings 一、…（N项） in 黑体,
tasks numbered by hand 1．…30． running on across the parts, the task's short title in
bold, and under each task label paragraphs 责任县领导： / 牵头单位： / 配合单位： with the
labels in bold. Ordinary imperfections of a hand-typed file: most paragraphs indented by
paragraph format, some by typed full-width spaces; one number typed with a half-width
dot (17.); two tasks over two paragraphs; one task with 牵头单位 and 配合单位 on one line
parted by full-width spaces; two-character names padded with a full-width space
(方　锐); one value closing with 。; runs split where the clerk edited.

Writes 393_chengyang_liangban_yingshang_gongjian_qingdan.docx next to this script.
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "393_chengyang_liangban_yingshang_gongjian_qingdan.docx")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = "FF0000"
SP = "\u3000"  # full-width space


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(container, runs=(), font=FS, size=16, align=None, indent=False,
         line=28, before=0, after=0):
    """runs: a str or a list of (text, bold) / (text, bold, font)."""
    p = container.add_paragraph()
    pf = p.paragraph_format
    if line:
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if isinstance(runs, str):
        runs = [(runs, False)]
    for r in runs:
        text, bold = r[0], r[1]
        f = r[2] if len(r) > 2 else font
        set_font(p.add_run(text), f, size, bold)
    return p


def border(p, side, color=RED, sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def field_run(p, instr, font="宋体", size=14):
    def r(elem):
        run = p.add_run()
        set_font(run, font, size)
        run._r.append(elem)
        return run
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r(b)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "; r(it)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r(s)
    t = p.add_run("1"); set_font(t, font, size)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r(e)


def footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    field_run(p, "PAGE")
    set_font(p.add_run(" —"), "宋体", 14)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


# ---------------------------------------------------------------- the 清单
# Each task: (number as typed, bold title, rest of paragraph 1, [more paragraphs],
#             label lines).  Label lines: list of lists of (label, value) on one line.
PARTS = [
    ("一、政务服务提效行动（7项）", [
        ("1．", "推行“高效办成一件事”。",
         "聚焦企业和群众办事高频事项，年内新增上线企业信息变更、开办运输企业、水电气网联合报装等“一件事”场景10个以上，实现“一次告知、一表申请、一套材料、一窗（端）受理、一网办理”。",
         [],
         [[("责任县领导：", "邹文博")],
          [("牵头单位：", "县行政审批服务局")],
          [("配合单位：", "县数据局、县公安局、县人社局、县医保局、县市场监管局")]]),
        ("2．", "深化“一网通办”“跨域通办”。",
         "依托省一体化政务服务平台，推动政务服务事项网上可办率稳定在98%以上；与周边5个县（市）建立“跨域通办”合作机制，新增通办事项50项以上。",
         [],
         [[("责任县领导：", "邹文博")],
          [("牵头单位：", "县数据局")],
          [("配合单位：", "县行政审批服务局，县直有关单位")]]),
        ("3．", "推进惠企政策“免申即享”。",
         "全面梳理县级惠企政策，建立政策清单、兑现清单，年底前“免申即享”“即申即享”政策事项占比达到30%以上，政策兑现平均时长压缩至15个工作日以内。",
         [],
         [[("责任县领导：", "蒋若冰")],
          [("牵头单位：", "县财政局、县工信局")],
          [("配合单位：", "县发改局、县科技局、县商务局、县人社局")]]),
        ("4．", "规范涉审中介服务。",
         "清理规范行政审批中介服务事项，全面推行网上中介服务超市，严禁指定中介机构，中介服务平均时限较法定时限压减30%以上。",
         [],
         [[("责任县领导：", "蒋若冰")],
          [("牵头单位：", "县行政审批服务局")],
          [("配合单位：", "县发改局、县住建局、县自然资源局、市生态环境局澄阳分局")]]),
        ("5．", "深化工程建设项目审批制度改革。",
         "推行“拿地即开工”“竣工即交付”，社会投资低风险项目全流程审批时间压缩至15个工作日以内，一般社会投资项目全流程审批时间压缩至60个工作日以内。",
         [],
         [[("责任县领导：", "韩立新")],
          [("牵头单位：", "县住建局、县行政审批服务局")],
          [("配合单位：", "县自然资源局、县发改局、市生态环境局澄阳分局、县水利局")]]),
        ("6．", "推进“证照分离”和“照后减证”。",
         "深化“证照分离”改革全覆盖，推行“一业一证”改革，将一个行业准入涉及的多张许可证整合为一张行业综合许可证，年内新增“一业一证”行业5个。",
         [],
         [[("责任县领导：", "祁海燕")],
          [("牵头单位：", "县市场监管局")],
          [("配合单位：", "县行政审批服务局，县直有关部门")]]),
        ("7．", "提升12345政务服务便民热线效能。",
         "健全涉企诉求“接诉即办”工作机制，企业诉求按时办结率达到100%，满意率达到95%以上，对企业反映集中的共性问题开展专题分析、推动解决。",
         [],
         [[("责任县领导：", "方" + SP + "锐")],
          [("牵头单位：", "县政府办公室")],
          [("配合单位：", "县直各单位、各乡镇")]]),
    ]),
    ("二、要素保障攻坚行动（6项）", [
        ("8．", "强化用地保障。",
         "盘活批而未供和闲置土地1500亩以上；推行工业用地“标准地”出让，新出让工业用地“标准地”供应比例达到100%，探索工业用地长期租赁、先租后让、弹性年期供应。",
         [],
         [[("责任县领导：", "韩立新")],
          [("牵头单位：", "县自然资源局")],
          [("配合单位：", "县发改局、县工信局、澄阳经济开发区管委会、各乡镇")]]),
        ("9．", "提升水电气网报装服务水平。",
         "推行水电气网联合报装“一件事”，低压小微企业用电报装实行“零上门、零审批、零投资”服务，160千瓦及以下小微企业实现低压接入全覆盖。",
         ["供水、供气报装时间分别压缩至5个、6个工作日以内；对市政公用基础设施接入涉及的规划、占掘路、绿化等行政审批实行并联办理、限时办结。"],
         [[("责任县领导：", "韩立新")],
          [("牵头单位：", "县住建局")],
          [("配合单位：", "县发改局、县自然资源局、县城管局、国网澄阳县供电公司、澄阳县水务集团有限公司、澄阳县燃气有限公司")]]),
        ("10．", "加大金融支持力度。",
         "深化“银企对接”常态化机制，开展首贷续贷拓展行动，全年新增普惠小微企业贷款10亿元以上，政府性融资担保平均费率降至1%以下。",
         [],
         [[("责任县领导：", "蒋若冰")],
          [("牵头单位：", "县委金融办")],
          [("配合单位：", "县财政局、县融资担保有限公司、县内各银行业金融机构")]]),
        ("11．", "保障企业用工需求。",
         "建立重点企业用工监测服务机制，常态化开展“春风行动”等招聘活动，全年组织专场招聘会20场以上，开展企业职工技能培训3000人次以上。",
         [],
         [[("责任县领导：", "祁海燕")],
          [("牵头单位：", "县人社局")],
          [("配合单位：", "县教育局、县工信局、县总工会、各乡镇")]]),
        ("12．", "加强人才引育服务。",
         "落实“澄才回归”人才政策，在住房保障、子女入学、医疗服务等方面为企业高层次人才提供“一站式”服务，全年引进各类人才500名以上。",
         [],
         [[("责任县领导：", "魏清远")],
          [("牵头单位：", "县委人才办")],
          [("配合单位：", "县人社局、县教育局、县卫健局、县科技局")]]),
        ("13．", "降低企业物流成本。",
         "加快县域物流园区和乡镇快递物流站点建设，推动“客货邮”融合发展，支持企业发展多式联运，社会物流总费用与地区生产总值的比率持续下降。",
         [],
         [[("责任县领导：", "邹文博")],
          [("牵头单位：", "县交通运输局")],
          [("配合单位：", "县商务局、县发改局、中国邮政集团有限公司澄阳县分公司")]]),
    ]),
    ("三、市场环境优化行动（6项）", [
        ("14．", "落实公平竞争审查制度。",
         "对新出台的涉及经营主体经济活动的政策措施全部开展公平竞争审查，全面清理妨碍统一市场和公平竞争的政策措施，不得设置地方保护和市场分割的不合理条件。",
         [],
         [[("责任县领导：", "祁海燕")],
          [("牵头单位：", "县市场监管局")],
          [("配合单位：", "县司法局，县直各单位")]]),
        ("15．", "规范招标投标活动。",
         "全面推行招标投标全流程电子化，推广“评定分离”，严厉打击围标串标、弄虚作假等违法行为，不得以任何形式限制或排斥外地企业参与投标。",
         [],
         [[("责任县领导：", "邹文博")],
          [("牵头单位：", "县发改局"), ("配合单位：", "县公共资源交易中心、县住建局、县交通运输局、县水利局")]]),
        ("16．", "优化政府采购服务。",
         "全面推行政府采购电子化交易，降低政府采购交易成本，政府采购项目资金支付时间压缩至10个工作日以内，提高中小企业政府采购合同份额。",
         [],
         [[("责任县领导：", "邹文博")],
          [("牵头单位：", "县财政局")],
          [("配合单位：", "县公共资源交易中心")]]),
        ("17.", "加强社会信用体系建设。",
         "推行以专用信用报告替代有无违法违规记录证明，健全信用修复机制，落实守信激励和失信惩戒措施，开展政务诚信专项治理。",
         [],
         [[("责任县领导：", "邹文博")],
          [("牵头单位：", "县发改局")],
          [("配合单位：", "县市场监管局、县法院，县直有关单位")]]),
        ("18．", "防范和化解拖欠企业账款。",
         "建立拖欠企业账款台账，实行“清单化”管理、“销号式”推进，确保无分歧欠款应清尽清、有分歧欠款加快解决。",
         ["严格落实政府投资项目审核和资金来源论证，严禁未批先建、未落实资金来源开工建设，坚决防止新增拖欠。"],
         [[("责任县领导：", "邹文博、蒋若冰")],
          [("牵头单位：", "县工信局、县财政局")],
          [("配合单位：", "县发改局、县审计局、县国资中心、各乡镇")]]),
        ("19．", "清理规范涉企收费。",
         "开展涉企违规收费专项整治，重点整治行业协会商会、中介机构和水电气等公用事业领域违规收费行为，动态更新涉企收费目录清单。",
         [],
         [[("责任县领导：", "祁海燕")],
          [("牵头单位：", "县市场监管局、县发改局")],
          [("配合单位：", "县财政局、县住建局、县交通运输局")]]),
    ]),
    ("四、法治保障护航行动（5项）", [
        ("20．", "推行包容审慎监管。",
         "动态调整“首违不罚”“轻微免罚”事项清单，推行说服教育、劝导示范、警示告诫等柔性执法方式，避免“一刀切”执法和运动式执法。",
         [],
         [[("责任县领导：", "杜晓鸥")],
          [("牵头单位：", "县司法局")],
          [("配合单位：", "县直各行政执法单位")]]),
        ("21．", "规范涉企行政检查。",
         "全面推行“扫码入企”，统筹制定年度检查计划，推行“综合查一次”，同一部门对同一企业的检查原则上一年不超过一次，无正当理由不得实施检查。",
         [],
         [[("责任县领导：", "杜晓鸥")],
          [("牵头单位：", "县司法局")],
          [("配合单位：", "县市场监管局、县应急管理局、县自然资源局、市生态环境局澄阳分局、县城管局")]]),
        ("22．", "依法保护企业合法权益。",
         "依法严厉打击侵害企业合法权益的违法犯罪行为，审慎适用查封、扣押、冻结等强制措施，加快涉企案件审理执行，全年涉企案件执行到位率提高5个百分点。",
         [],
         [[("责任县领导：", "卢" + SP + "震")],
          [("牵头单位：", "县委政法委")],
          [("配合单位：", "县法院、县检察院、县公安局、县司法局")]]),
        ("23．", "加强知识产权保护。",
         "开展知识产权执法专项行动，建立知识产权纠纷快速处理机制，推动知识产权质押融资，全年新增有效发明专利60件以上。",
         [],
         [[("责任县领导：", "祁海燕")],
          [("牵头单位：", "县市场监管局")],
          [("配合单位：", "县公安局、县法院、县检察院")]]),
        ("24．", "提升办理破产质效。",
         "健全府院联动机制，推行简易破产案件快速审理，协调解决破产企业职工安置、财产处置、信用修复、税务处理等问题，简易破产案件平均审理周期压缩至6个月以内。",
         [],
         [[("责任县领导：", "卢" + SP + "震")],
          [("牵头单位：", "县法院")],
          [("配合单位：", "县人社局、县自然资源局、县税务局、县市场监管局")]]),
    ]),
    ("五、服务企业暖心行动（6项）", [
        ("25．", "健全常态化政企沟通机制。",
         "每季度召开一次政企恳谈会，建立县领导联系重点企业制度，开通涉企问题“直通车”，企业反映的问题实行闭环办理、限时反馈。",
         [],
         [[("责任县领导：", "聂崇山")],
          [("牵头单位：", "县委统战部、县工商联")],
          [("配合单位：", "县工信局、县商务局，各乡镇")]]),
        ("26．", "落实企业服务专员制度。",
         "为全县规模以上工业企业和重点项目配备企业服务专员，实行“一企一专员”“一项目一专班”，常态化开展入企走访，帮助企业解决实际困难。",
         [],
         [[("责任县领导：", "蒋若冰")],
          [("牵头单位：", "县工信局")],
          [("配合单位：", "澄阳经济开发区管委会、各乡镇，县直有关单位")]]),
        ("27．", "强化营商环境监督问效。",
         "设立营商环境监督联系点，聘请营商环境义务监督员，严肃查处损害营商环境的不作为、慢作为、乱作为等问题，定期通报典型案例。",
         [],
         [[("责任县领导：", "彭" + SP + "程")],
          [("牵头单位：", "县纪委监委")],
          [("配合单位：", "县委督查室、县政府督查室")]]),
        ("28．", "加强营商环境宣传引导。",
         "在县融媒体中心开设优化营商环境专栏，宣传政策举措和典型经验，曝光反面典型，营造“人人都是营商环境、个个都是开放形象”的浓厚氛围。",
         [],
         [[("责任县领导：", "孟书瑶")],
          [("牵头单位：", "县委宣传部")],
          [("配合单位：", "县融媒体中心、县发改局")]]),
        ("29．", "开展营商环境评价。",
         "对标全省营商环境评价指标体系，开展县内营商环境自评，建立问题整改清单，推动评价排名较上年进位。",
         [],
         [[("责任县领导：", "邹文博")],
          [("牵头单位：", "县发改局")],
          [("配合单位：", "县统计局，县直有关单位。")]]),
        ("30．", "做优招商项目全周期服务。",
         "对新签约招商引资项目实行“全程代办”，推行“签约即服务、拿地即开工、竣工即投产”，重点项目开工前审批手续办理时间压缩30%以上。",
         [],
         [[("责任县领导：", "高建平、邹文博")],
          [("牵头单位：", "县投资促进中心")],
          [("配合单位：", "县行政审批服务局、澄阳经济开发区管委会、各乡镇")]]),
    ]),
]

# Paragraphs indented by typed full-width spaces rather than by format (by task number).
TYPED_INDENT_TASKS = {"8．", "9．", "10．", "17.", "21．", "22．"}


def add_task(doc, task):
    num, title, rest, more, labels = task
    typed = num in TYPED_INDENT_TASKS
    lead = SP + SP if typed else ""
    # the clerk's edit left the title cut into two runs in some tasks
    if num in ("5．", "18．", "26．"):
        cut = len(title) // 2
        runs = [(lead + num + title[:cut], True), (title[cut:], True), (rest, False)]
    else:
        runs = [(lead + num + title, True), (rest, False)]
    para(doc, runs, indent=not typed)
    for m in more:
        # continuation paragraphs are typed with full-width spaces
        para(doc, [(SP + SP + m, False)])
    for line in labels:
        runs = [(SP + SP, False)]
        for i, (lab, val) in enumerate(line):
            if i:
                runs.append((SP + SP, False))
            runs.append((lab, True))
            runs.append((val, False))
        para(doc, runs)


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    footer(sec)

    # ---- 版头: joint 发文机关标志 in a borderless table, 文件 to the right
    para(doc, "", line=28)
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    left, right = t.rows[0].cells
    t.autofit = False
    for col, w in zip(t.columns, (Mm(118), Mm(38))):
        col.width = w
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), (Mm(118), Mm(38))):
        gc.set(qn("w:w"), str(int(w.twips)))
    left.width, right.width = Mm(118), Mm(38)
    for i, name in enumerate(("中共澄阳县委办公室", "澄阳县人民政府办公室")):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing = Pt(50)
        set_font(p.add_run(name), XBS, 30, color=RED)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = right.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("文件"), XBS, 48, color=RED)
    para(doc, "")
    para(doc, "")
    p = para(doc, "澄办发〔2025〕6号", align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    border(p, "bottom", RED, 24)
    para(doc, "")

    # ---- title
    p = para(doc, [], font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    set_font(p.add_run("中共澄阳县委办公室" + SP + "澄阳县人民政府办公室"), XBS, 22)
    p.add_run().add_break()
    set_font(p.add_run("关于印发《澄阳县2025年优化营商环境"), XBS, 22)
    p.add_run().add_break()
    set_font(p.add_run("攻坚行动任务清单》的通知"), XBS, 22)
    para(doc, "")

    # ---- 主送 and body
    para(doc, "各乡镇党委、人民政府，澄阳经济开发区党工委、管委会，县委各部委，县直各单位，各人民团体：")
    para(doc, "《澄阳县2025年优化营商环境攻坚行动任务清单》已经县委、县政府同意，现印发给你们，请结合实际认真抓好贯彻落实。", indent=True)
    para(doc, "优化营商环境是“一把手”工程。各责任县领导要加强对分管领域任务的统筹调度，各牵头单位要切实履行牵头抓总职责，制定具体推进措施，明确时间节点和责任人；各配合单位要主动对接、密切配合，形成工作合力。", indent=True)
    para(doc, "各牵头单位要于每季度最后一个月的25日前，将任务推进情况报县优化营商环境工作领导小组办公室（设在县发改局）。县委督查室、县政府督查室将把任务落实情况纳入年度督查计划，定期开展督查通报，对工作推进不力、造成不良影响的，依规依纪严肃问责。", indent=True)
    para(doc, "")
    para(doc, "附件：澄阳县2025年优化营商环境攻坚行动任务清单", indent=True)
    para(doc, "")
    para(doc, "")
    para(doc, "中共澄阳县委办公室" + SP * 4 + "澄阳县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "2025年3月14日" + SP * 5, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "（此件发至乡镇）", indent=True)

    # ---- 附件
    page_break(doc)
    para(doc, "附件", font=HT)
    para(doc, "")
    p = para(doc, [("澄阳县2025年优化营商环境", False, XBS)], size=22,
             align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    p.add_run().add_break()
    set_font(p.add_run("攻坚行动任务清单"), XBS, 22)
    para(doc, "")
    para(doc, "为深入贯彻落实省、市关于持续优化营商环境的部署要求，对标一流、补齐短板，全力打造市场化、法治化、国际化一流营商环境，结合我县实际，制定本任务清单。", indent=True)
    para(doc, [("注：", True), ("责任县领导为该项任务的牵头县领导；牵头单位负责统筹推进、督促落实，配合单位按职责分工抓好落实。", False)], indent=True)
    for heading, tasks in PARTS:
        para(doc, [(heading, False, HT)], indent=True)
        for task in tasks:
            add_task(doc, task)

    # ---- 版记 at the end of the file
    para(doc, "")
    para(doc, "")
    p = para(doc, "抄送：市委办公室，市政府办公室，县人大常委会办公室，县政协办公室，县法院，县检察院。",
             size=14, line=22)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = para(doc, "中共澄阳县委办公室" + SP * 8 + "2025年3月14日印发", size=14, line=22)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "bottom", "000000", 8)

    doc.core_properties.author = "xwb"
    doc.core_properties.title = ""
    doc.save(OUT)
    print(OUT)


if __name__ == "__main__":
    build()
