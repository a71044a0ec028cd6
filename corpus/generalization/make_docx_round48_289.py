#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generate 289_chengling_yingshang_renwu.docx (县委办 县政府办 joint notice, task table
with vMerge leader cells, gridSpan category rows, auto-numbered 具体举措 paragraphs) and
its gold list 289_chengling_yingshang_renwu.tasks.gold.jsonl."""
import copy
import json
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "289_chengling_yingshang_renwu"
OUT_DOCX = os.path.join(HERE, STEM + ".docx")
OUT_GOLD = os.path.join(HERE, STEM + ".tasks.gold.jsonl")

# ---------------------------------------------------------------- data
# measure styles: "typed" -> 1. 2. typed; "paren" -> （1）（2） typed; "auto" -> Word numPr, no typed marker
# unit styles: "space", "comma", "lines"
# units: names; a trailing "*" marks the lead -> printed with （牵头）
CATS = [
    ("一、政务服务提质行动（共7项）", [
        ("县委常委、副县长 孙卫东", [
            ("深化“一件事一次办”集成改革，推动高频事项套餐式服务",
             "typed",
             ["梳理企业开办、员工招聘、不动产登记等高频“一件事”清单，年内新增集成服务事项20个以上。",
              "完善“一件事”线上专区，实现申请材料一次提交、审批结果统一送达。",
              "县行政审批服务局每季度通报各部门“一件事”办件量和群众评价情况。"],
             ["县行政审批服务局*", "县大数据中心", "县市场监管局", "县人社局"], "space",
             "2024年9月底前"),
            ("推行涉企经营许可“证照联办”，压缩企业开办时间至1个工作日",
             "auto",
             ["在县政务服务中心设立企业开办专区，实行营业执照、公章刻制、发票申领、社保登记“一窗受理”。",
              "对新开办企业免费刻制首套印章，所需费用由县财政统一保障。",
              "推广电子营业执照和电子印章在银行开户、税务办理等场景的应用。"],
             ["县市场监管局", "县行政审批服务局（牵头）", "县税务局", "县公安局", "县财政局"], "comma",
             "2024年6月底前"),
            ("全面推行工程建设项目审批“拿地即开工”改革，一般社会投资项目审批时限压减至30个工作日以内",
             "paren",
             ["推行“用地清单制”，在土地出让前完成地质灾害、压覆矿产、文物保护等区域评估。",
              "实行“模拟审批+容缺受理”，项目取得土地后即可核发施工许可。",
              "建立重点项目审批专员全程帮办代办制度。"],
             ["县自然资源局", "县住建局", "县行政审批服务局", "县发展和改革局"], "lines",
             "2024年12月底前"),
            ("提升“12345”政务服务便民热线办理质效，群众诉求按期办结率达到98%以上",
             "typed",
             ["优化热线派单规则，实行“接诉即办、首接负责”。",
              "对不满意件实行回访复核，纳入年度绩效考核。"],
             ["县政务服务热线中心"], "space",
             "长期坚持"),
        ]),
        ("副县长 郑雅琴", [
            ("推进政务服务向乡镇（街道）、村（社区）延伸，打造“15分钟便民服务圈”",
             "auto",
             ["年内完成12个乡镇便民服务中心标准化改造，统一标识、统一流程、统一事项清单。",
              "在148个行政村（社区）设立代办点，推动社保、医保、民政等高频事项就近可办。",
              "开展“帮代办员”轮训，每年不少于2次。"],
             ["县行政审批服务局（牵头）", "县民政局", "县医保局", "各乡（镇）人民政府", "潭口街道办事处"], "space",
             "2024年11月底前"),
            ("深化不动产登记“交房即交证”改革，新建商品房项目“交房即交证”比例不低于60%",
             "paren",
             ["建立自然资源、住建、税务部门联合验收机制，实现竣工验收与首次登记并联办理。",
              "推行不动产登记与水、电、气、网络过户联动办理。"],
             ["县税务局", "县自然资源局（牵头）", "县住建局", "国网澄岭县供电公司"], "lines",
             "2024年10月底前"),
            ("健全政务服务“好差评”制度，差评整改率实现100%",
             "typed",
             ["在县乡两级政务服务场所实现评价器全覆盖，推广“扫码评”。",
              "建立差评核实、整改、反馈闭环机制，整改情况在“澄岭发布”公示。",
              "县委督查室、县政府督查室对差评集中的窗口开展专项督查。"],
             ["县行政审批服务局", "县委督查室（牵头）", "县政府督查室（牵头）"], "comma",
             "2024年12月底前"),
        ]),
    ]),
    ("二、要素保障强化行动（共6项）", [
        ("县委常委、常务副县长 李建华", [
            ("加大惠企政策兑现力度，推行涉企资金“免申即享”",
             "auto",
             ["编制全县惠企政策清单，统一在“澄岭惠企通”平台发布。",
              "对符合条件的企业实行“免申即享”，全年兑现各类奖补资金不少于8000万元。",
              "建立政策兑现情况季度通报制度。"],
             ["县财政局（牵头）", "县发展和改革局", "县工业和信息化局", "县科技局", "县商务局"], "comma",
             "2024年12月底前"),
            ("拓宽中小微企业融资渠道，普惠小微贷款余额增速不低于各项贷款平均增速",
             "paren",
             ["扩大县应急转贷资金规模至1.5亿元，单笔转贷费率降至0.05%/天。",
              "组织银企对接活动不少于6场，推广“税易贷”“科创贷”等信用贷款产品。",
              "县融资担保公司年内新增担保额5亿元以上。"],
             ["县金融服务中心", "人行澄岭县支行", "县财政局", "县融资担保有限公司"], "space",
             "长期坚持"),
            ("保障重点项目用地需求，全年供应工业用地不少于1200亩",
             "typed",
             ["推行工业用地“标准地”出让，新增工业用地“标准地”出让比例达到100%。",
              "开展批而未供和闲置土地专项处置，处置率达到国家考核要求。"],
             ["县自然资源局（牵头）", "县经济开发区管委会", "县发展和改革局"], "lines",
             "2024年12月底前"),
            ("降低企业用能用水成本，推进水电气网报装“一链办理”",
             "auto",
             ["低压小微企业用电报装实现“零上门、零审批、零投资”。",
              "用水、用气报装时间分别压减至5个、4个工作日以内。"],
             ["国网澄岭县供电公司", "县城市管理局（牵头）", "县水务集团", "县燃气公司"], "space",
             "2024年8月底前"),
        ]),
        ("副县长 何志远", [
            ("加强人才和用工服务保障，帮助重点企业解决用工需求5000人次以上",
             "typed",
             ["举办“春风行动”“民营企业招聘月”等线上线下招聘活动20场以上。",
              "落实“澄岭英才计划”，全年引进高层次和急需紧缺人才150名。",
              "建设职工人才公寓300套。"],
             ["县人社局", "县委组织部（县委人才办）（牵头）", "县教育局", "县住建局"], "comma",
             "2024年12月底前"),
            ("完善企业家参与涉企政策制定机制，涉企政策出台前听取企业意见",
             "paren",
             ["建立涉企政策制定专家委员会和企业家代表库。",
              "涉企政策出台前公开征求意见时间一般不少于30日。"],
             ["县司法局（牵头）", "县工商联", "县发展和改革局"], "space",
             "2024年7月底前"),
        ]),
    ]),
    ("三、市场环境优化行动（共6项）", [
        ("县委常委、副县长 周涛", [
            ("全面落实公平竞争审查制度，清理妨碍统一市场和公平竞争的政策措施",
             "auto",
             ["对2019年以来县级出台的涉及市场主体经济活动的文件开展全面清理。",
              "建立公平竞争审查第三方评估机制。"],
             ["县市场监管局（牵头）", "县司法局", "县直各部门"], "lines",
             "2024年9月底前"),
            ("规范招标投标和政府采购行为，全面推行电子化交易",
             "typed",
             ["工程建设项目招投标全流程电子化率达到100%。",
              "推行投标保证金、履约保证金以保函方式缴纳。",
              "严厉打击围标串标、借用资质等违法违规行为。"],
             ["县公共资源交易中心", "县发展和改革局（牵头）", "县财政局", "县住建局", "县交通运输局", "县水利局"], "comma",
             "长期坚持"),
            ("深化“双随机、一公开”跨部门联合监管，推行包容审慎监管",
             "paren",
             ["部门联合抽查占比不低于30%。",
              "落实轻微违法行为不予处罚和首次违法免罚清单。"],
             ["县综合行政执法局", "县市场监管局（牵头）", "县司法局"], "space",
             "2024年12月底前"),
        ]),
        ("副县长 罗春燕", [
            ("推进社会信用体系建设，建立健全信用修复机制",
             "auto",
             ["推行以信用报告代替无违法违规证明，覆盖领域不少于30个。",
              "开展政务失信专项治理，对政府机构失信问题实行台账式管理。",
              "年内完成信用修复指导服务不少于200户次。"],
             ["县发展和改革局（牵头）", "人行澄岭县支行", "县法院", "各乡（镇）人民政府"], "lines",
             "2024年11月底前"),
            ("开展拖欠中小企业账款专项清理，确保无分歧欠款应清尽清",
             "typed",
             ["建立拖欠账款问题台账，实行销号管理。",
              "对新增拖欠问题按月通报，纳入政府诚信考核。"],
             ["县工业和信息化局（牵头）", "县财政局", "县国资中心", "县审计局"], "space",
             "2024年10月底前"),
            ("优化外贸企业服务，培育外贸实绩企业新增10家以上",
             "paren",
             ["落实出口信用保险保费补贴政策。",
              "组织企业参加广交会等境内外展会不少于8场次。"],
             ["县商务局"], "space",
             "2024年12月底前"),
        ]),
    ]),
    ("四、法治环境保障行动（共5项）", [
        ("县委常委、政法委书记 许长林", [
            ("依法平等保护各类市场主体产权和合法权益，开展涉企案件专项清理",
             "auto",
             ["对久押不决、久拖不决的涉企案件开展专项清理。",
              "审慎采取查封、扣押、冻结等强制措施，最大限度减少对企业正常生产经营的影响。"],
             ["县公安局", "县委政法委（牵头）", "县法院", "县检察院"], "comma",
             "2024年9月底前"),
            ("提升商事纠纷化解效率，买卖合同纠纷平均审理时间压缩至80天以内",
             "typed",
             ["设立商事纠纷诉前调解中心，引入行业协会、商会参与调解。",
              "推行繁简分流，简易程序适用率达到70%以上。"],
             ["县法院（牵头）", "县司法局", "县工商联"], "lines",
             "2024年12月底前"),
            ("规范涉企行政执法行为，推行“综合查一次”",
             "paren",
             ["制定涉企行政检查事项清单，未列入清单的原则上不得入企检查。",
              "同一部门对同一企业的检查每年原则上不超过1次。",
              "县司法局每半年开展一次涉企执法案卷评查。"],
             ["县司法局（牵头）", "县市场监管局", "县应急管理局", "县生态环境分局", "县综合行政执法局"], "space",
             "长期坚持"),
        ]),
        ("县委常委、纪委书记、监委主任 冯晓岚", [
            ("建立营商环境监督员和特邀观察员制度，畅通企业投诉渠道",
             "typed",
             ["聘请营商环境监督员50名，每季度召开一次座谈会。",
              "在县政务服务中心设立“办不成事”反映窗口。"],
             ["县纪委监委", "县发展和改革局（牵头）", "县行政审批服务局"], "comma",
             "2024年5月底前"),
            ("严肃查处损害营商环境的作风问题，典型案例定期通报曝光",
             "auto",
             ["对吃拿卡要、推诿扯皮、慢作为不作为等问题开展专项整治。",
              "每半年通报曝光一批典型案例。"],
             ["县纪委监委（牵头）", "县委组织部", "县委督查室"], "space",
             "长期坚持"),
        ]),
    ]),
]

# ---------------------------------------------------------------- helpers
FONT_BODY = "仿宋_GB2312"
FONT_TITLE = "方正小标宋简体"
FONT_HEI = "黑体"


def set_run_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text, font=FONT_BODY, size=16, align=None, indent=False, bold=None, color=None,
         space_after=0):
    p = doc_or_cell.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        set_run_font(r, font, size, bold, color)
    return p


def cell_text(cell, lines, size=10.5, font=FONT_BODY, align=None, numid=None):
    """Write lines into a cell, one paragraph per line, reusing the cell's first paragraph."""
    first = True
    for line in lines:
        if first:
            p = cell.paragraphs[0]
            first = False
        else:
            p = cell.add_paragraph()
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        if numid is not None:
            ppr = p._p.get_or_add_pPr()
            numpr = OxmlElement("w:numPr")
            ilvl = OxmlElement("w:ilvl")
            ilvl.set(qn("w:val"), "0")
            nid = OxmlElement("w:numId")
            nid.set(qn("w:val"), str(numid))
            numpr.append(ilvl)
            numpr.append(nid)
            ppr.insert(0, numpr)
        r = p.add_run(line)
        set_run_font(r, font, size)


def set_cell_shading(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def set_repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


class Numbering:
    """Own abstractNum (decimal %1.) plus one w:num per cell, each restarting at 1."""

    def __init__(self, doc):
        self.el = doc.part.numbering_part.element
        self.abs_id = 90
        absn = OxmlElement("w:abstractNum")
        absn.set(qn("w:abstractNumId"), str(self.abs_id))
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "singleLevel")
        absn.append(mlt)
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", "%1."),
                         ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "0")
        ind.set(qn("w:firstLine"), "0")
        ppr.append(ind)
        lvl.append(ppr)
        absn.append(lvl)
        first_num = self.el.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            self.el.append(absn)
        self.next_id = 200

    def new_list(self):
        nid = self.next_id
        self.next_id += 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(nid))
        an = OxmlElement("w:abstractNumId")
        an.set(qn("w:val"), str(self.abs_id))
        num.append(an)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        self.el.append(num)
        return nid


def unit_cell_lines(units, style):
    printed = [u[:-1] + "（牵头）" if u.endswith("*") else u for u in units]
    if style == "lines":
        return printed
    if style == "comma":
        return ["，".join(printed)]
    return [" ".join(printed)]


def unit_gold(units):
    names, leads, coops = [], [], []
    for u in units:
        if u.endswith("*"):
            n = u[:-1]
            leads.append(n)
        elif u.endswith("（牵头）"):
            n = u[: -len("（牵头）")]
            leads.append(n)
        else:
            n = u
            coops.append(n)
        names.append(n)
    if not leads:
        if len(names) == 1:
            return names, list(names), []
        return names, None, None
    return names, leads, coops


# ---------------------------------------------------------------- document
def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FONT_BODY
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT_BODY)
    st.font.size = Pt(16)

    red = RGBColor(0xE6, 0x00, 0x12)
    para(doc, "中共澄岭县委办公室", FONT_TITLE, 30, WD_ALIGN_PARAGRAPH.CENTER, color=red)
    para(doc, "澄岭县人民政府办公室文件", FONT_TITLE, 30, WD_ALIGN_PARAGRAPH.CENTER, color=red)
    para(doc, "")
    para(doc, "澄办发〔2024〕9号", FONT_BODY, 16, WD_ALIGN_PARAGRAPH.CENTER)
    # red rule as a bottom border on an empty paragraph
    p = para(doc, "")
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "18"), ("w:space", "1"), ("w:color", "E60012")):
        bottom.set(qn(k), v)
    pbdr.append(bottom)
    ppr.append(pbdr)
    para(doc, "")
    para(doc, "中共澄岭县委办公室 澄岭县人民政府办公室", FONT_TITLE, 22, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "关于印发《澄岭县2024年优化营商环境攻坚行动", FONT_TITLE, 22, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "任务清单》的通知", FONT_TITLE, 22, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    para(doc, "各乡镇党委和人民政府，潭口街道党工委和办事处，县委各部委，县直各单位，各人民团体：")
    body = [
        "为深入贯彻落实省委、省政府和市委、市政府关于持续优化营商环境的决策部署，加快打造市场化法治化"
        "国际化一流营商环境，经县委、县政府同意，现将《澄岭县2024年优化营商环境攻坚行动任务清单》印发给你们，"
        "请结合实际认真抓好贯彻落实。现就有关事项通知如下。",
    ]
    for t in body:
        para(doc, t, indent=True)
    para(doc, "一、提高思想认识", FONT_HEI, 16, indent=True)
    para(doc, "各乡镇、各部门要把优化营商环境作为“一把手”工程，主要负责同志亲自研究、亲自部署、亲自督办，"
              "切实把各项任务抓在手上、落到实处。", indent=True)
    para(doc, "二、压实工作责任", FONT_HEI, 16, indent=True)
    para(doc, "任务清单中“牵头领导”为该项任务的县级责任领导；“责任单位”中标注“（牵头）”的为牵头单位，"
              "负责统筹推进、汇总报送进展情况，其余为配合单位，要按照职责分工主动配合、密切协作。"
              "各牵头单位要于4月10日前制定具体推进方案，明确时间表、路线图。", indent=True)
    para(doc, "三、强化督查考核", FONT_HEI, 16, indent=True)
    para(doc, "县委督查室、县政府督查室要将任务落实情况纳入重点督查事项，实行“月调度、季通报、年考核”。"
              "各牵头单位于每季度最后一个月25日前将进展情况报县优化营商环境工作领导小组办公室（设在县发展和改革局），"
              "联系人：吴佳宁，联系电话：0739-6623418，电子邮箱：cljyshj@163.com。", indent=True)
    para(doc, "")
    para(doc, "附件：澄岭县2024年优化营商环境攻坚行动任务清单", indent=True)
    para(doc, "")
    para(doc, "")
    para(doc, "中共澄岭县委办公室        澄岭县人民政府办公室", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "2024年3月18日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "")
    para(doc, "（此件发至乡镇）", indent=True)

    # ---------------------------------------------------------- attachment, landscape
    new_sec = doc.add_section()
    new_sec.orientation = WD_ORIENT.LANDSCAPE
    new_sec.page_width = Cm(29.7)
    new_sec.page_height = Cm(21.0)
    new_sec.top_margin = Cm(2.5)
    new_sec.bottom_margin = Cm(2.5)
    new_sec.left_margin = Cm(2.5)
    new_sec.right_margin = Cm(2.5)

    para(doc, "附件", FONT_HEI, 16)
    para(doc, "")
    para(doc, "澄岭县2024年优化营商环境攻坚行动任务清单", FONT_TITLE, 22, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")

    numbering = Numbering(doc)
    n_tasks = sum(len(g[1]) for c in CATS for g in c[1])
    n_rows = 1 + len(CATS) + n_tasks
    table = doc.add_table(rows=n_rows, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.2), Cm(5.0), Cm(9.2), Cm(3.2), Cm(4.6), Cm(2.4)]
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    hdr = ["序号", "工作任务", "具体举措", "牵头领导", "责任单位", "完成时限"]
    for i, h in enumerate(hdr):
        cell_text(table.rows[0].cells[i], [h], 11, FONT_HEI, WD_ALIGN_PARAGRAPH.CENTER)
        set_cell_shading(table.rows[0].cells[i], "D9D9D9")
    set_repeat_header(table.rows[0])

    gold = []
    r = 1
    seq = 0
    for cat_title, groups in CATS:
        row = table.rows[r]
        merged = row.cells[0].merge(row.cells[5])
        cell_text(merged, [cat_title], 11, FONT_HEI)
        r += 1
        for leader_text, tasks in groups:
            start_r = r
            for (task, mstyle, measures, units, ustyle, deadline) in tasks:
                seq += 1
                cells = table.rows[r].cells
                cell_text(cells[0], [str(seq)], 10.5, FONT_BODY, WD_ALIGN_PARAGRAPH.CENTER)
                cell_text(cells[1], [task])
                if mstyle == "typed":
                    cell_text(cells[2], ["%d.%s" % (i + 1, m) for i, m in enumerate(measures)])
                elif mstyle == "paren":
                    cell_text(cells[2], ["（%d）%s" % (i + 1, m) for i, m in enumerate(measures)])
                else:
                    cell_text(cells[2], measures, numid=numbering.new_list())
                cell_text(cells[4], unit_cell_lines(units, ustyle))
                cell_text(cells[5], [deadline], 10.5, FONT_BODY, WD_ALIGN_PARAGRAPH.CENTER)
                names, leads, coops = unit_gold(units)
                leader_names = [leader_text.split(" ")[-1]]
                gold.append({
                    "id": str(seq),
                    "head": task[:12],
                    "responsible_units": names,
                    "lead_units": leads,
                    "cooperating_units": coops,
                    "leaders": leader_names,
                })
                r += 1
            end_r = r - 1
            top = table.rows[start_r].cells[3]
            if end_r > start_r:
                top = top.merge(table.rows[end_r].cells[3])
            cell_text(top, [leader_text], 10.5, FONT_BODY, WD_ALIGN_PARAGRAPH.CENTER)
    assert r == n_rows

    # ---------------------------------------------------------- colophon
    para(doc, "")
    para(doc, "")
    para(doc, "抄送：市委办公室，市政府办公室，县人大常委会办公室，县政协办公室。", size=14)
    para(doc, "中共澄岭县委办公室                         2024年3月19日印发", size=14)
    para(doc, "校对：吴佳宁（县发展和改革局）                                共印80份", size=14)

    doc.save(OUT_DOCX)
    with open(OUT_GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print("tasks:", len(gold))


if __name__ == "__main__":
    build()
