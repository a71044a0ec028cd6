#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 120 / 610 — control case.

An ordinary 自治州人民政府办公室 red-header Word notice (溪州政办发〔2026〕4号) printing the
2026年州《政府工作报告》重点工作任务分工方案 as a landscape 附件 table
序号 / 重点工作任务 / 责任州领导 / 牵头单位 / 配合单位 / 完成时限.

Writes (deterministically):
  610_xilan_zhou_gzbg_zhongdian_gongzuo_renwu_fengong.docx
  610_xilan_zhou_gzbg_zhongdian_gongzuo_renwu_fengong.tasks.gold.jsonl
"""
import datetime
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "610_xilan_zhou_gzbg_zhongdian_gongzuo_renwu_fengong"
DOCX = os.path.join(HERE, BASE + ".docx")
GOLD = os.path.join(HERE, BASE + ".tasks.gold.jsonl")

ISSUER = "溪岚土家族苗族自治州人民政府办公室"
DOCNO = "溪州政办发〔2026〕4号"
TITLE1 = "溪岚土家族苗族自治州人民政府办公室"
TITLE2 = "关于印发2026年州《政府工作报告》重点工作"
TITLE3 = "任务分工方案的通知"
ANNEX_TITLE = "2026年州《政府工作报告》重点工作任务分工方案"

# ---------------------------------------------------------------------------
# The table.  "^" = this cell is merged with the one above (vMerge continue).
# A cell value may be a list: one paragraph per item.
# ---------------------------------------------------------------------------
U = "^"
Y = "2026年12月底前"
XIAN = "各县（市）人民政府"

PARTS = [
    ("一、聚焦扩大有效需求，推动经济持续回升向好（5项）", [
        ("全州地区生产总值增长6%左右，规模以上工业增加值增长7%，固定资产投资增长6%，"
         "社会消费品零售总额增长5.5%，一般公共预算收入增长4%，城乡居民人均可支配收入增长与经济增长基本同步。",
         "田建华、彭志远", "州发展改革委",
         "州统计局、州工业和信息化局、州商务局、州财政局、州税务局，" + XIAN, Y),
        ("全力抓项目扩投资，滚动实施州级重点项目500个以上，完成年度投资600亿元以上，"
         "力争新开工亿元以上项目120个，新入库项目投资额增长15%以上。",
         "彭志远", "州发展改革委",
         "州自然资源和规划局、州住房城乡建设局、州生态环境局、州财政局，" + XIAN + "、溪岚经济开发区管委会", Y),
        ("积极争取超长期特别国债、中央预算内投资和地方政府专项债券等政策资金支持，"
         "全年争取上级各类资金增长5%以上，加快专项债券资金支出进度。",
         U, "州财政局、州发展改革委", "州直有关单位，" + XIAN, "2026年11月底前"),
        ("深入实施提振消费专项行动，落实消费品以旧换新政策，培育“夜经济”“假日经济”等消费新场景，"
         "新增限额以上商贸企业100家，社会消费品零售总额突破400亿元。",
         "向　阳", "州商务局",
         "州发展改革委、州财政局、州文化旅游广电局、州市场监管局，" + XIAN, Y),
        ("加大金融支持实体经济力度，全州本外币各项贷款余额增长8%以上，"
         "推动新增企业上市挂牌2家，稳妥化解地方金融风险。",
         "彭志远", "州委金融办",
         "人民银行溪岚州分行、国家金融监督管理总局溪岚监管分局，" + XIAN, Y),
    ]),
    ("二、聚焦产业转型升级，加快构建现代化产业体系（6项）", [
        ("推进锰锌等传统产业绿色化、智能化改造，加快新材料产业园建设，"
         "新材料产业产值增长10%以上，完成技改投资30亿元。",
         "龙海涛", "州工业和信息化局",
         "州发展改革委、州生态环境局、州自然资源和规划局，峒口县人民政府、保溪县人民政府", Y),
        ("深入实施“工业倍增”行动，新增规模以上工业企业40家，培育省级专精特新中小企业10家以上，"
         "规模以上工业增加值增长7%。",
         U, "州工业和信息化局", "州发展改革委、州科技局、州统计局，" + XIAN + "、溪岚经济开发区管委会", Y),
        ("推进溪岚经济开发区扩区调规和“飞地园区”建设，完善园区基础设施和配套功能，"
         "园区规模以上工业产值占全州比重提高到65%。",
         U, "溪岚经济开发区管委会、州工业和信息化局", "州发展改革委、州自然资源和规划局、州商务局",
         "2026年10月底前"),
        ("加快数字经济发展，新建5G基站800个，推进“数字溪岚”建设，"
         "数字经济核心产业增加值增长12%。",
         "麻晓东", "州数据局",
         "州工业和信息化局、中国电信溪岚分公司、中国移动溪岚分公司、中国联通溪岚分公司", Y),
        ("强化科技创新引领，全社会研发经费投入增长15%，新增高新技术企业30家、"
         "科技型中小企业80家，技术合同成交额突破20亿元。",
         "麻晓东、龙海涛", "州科技局",
         "州财政局、州统计局、州工业和信息化局，" + XIAN, Y),
        ("做强现代物流产业，加快溪岚铁路物流园、保溪公路港建设，"
         "社会物流总费用与地区生产总值的比率下降0.3个百分点。",
         "向　阳", "州发展改革委、州交通运输局", "州商务局、州邮政管理局，保溪县人民政府", Y),
    ]),
    ("三、聚焦乡村全面振兴，推进城乡融合发展（5项）", [
        ("坚决守牢不发生规模性返贫致贫底线，落实常态化防止返贫致贫帮扶政策，"
         "脱贫人口人均纯收入增长8%以上。",
         "覃丽萍", "州农业农村局",
         "州民政局、州人力资源社会保障局、州医保局、州教育体育局，" + XIAN, Y),
        ("稳定粮食播种面积185万亩以上、产量68万吨以上，新建（改造提升）高标准农田12万亩。",
         U, U, "州发展改革委、州财政局、州自然资源和规划局、州水利局，" + XIAN, "2026年10月底前"),
        ("深入实施特色产业提质增效行动，做优茶叶、柑橘、猕猴桃、油茶等特色产业，"
         "新增“两品一标”农产品20个，培育州级以上农业产业化龙头企业15家。",
         U, U, "州市场监管局、州林业局、州商务局，" + XIAN, Y),
        ("学习运用“千万工程”经验，建设和美乡村示范村50个，"
         "农村卫生厕所普及率达到85%，农村生活污水治理率提高到40%。",
         U, U, "州住房城乡建设局、州生态环境局、州卫生健康委，" + XIAN, Y),
        ("推进以县城为重要载体的新型城镇化，完成城镇老旧小区改造120个，"
         "常住人口城镇化率提高1个百分点。",
         "向　阳", "州住房城乡建设局",
         "州发展改革委、州自然资源和规划局、州公安局，" + XIAN, Y),
    ]),
    ("四、聚焦文旅深度融合，打造世界知名旅游目的地（4项）", [
        ("高标准推进文旅融合发展，全年接待游客8000万人次以上、实现旅游综合收入800亿元以上。",
         ["田建华", "麻晓东"], "州文化旅游广电局",
         "州发展改革委、州交通运输局、州商务局，" + XIAN, Y),
        ("推进峒口古城创建国家5A级旅游景区、白河大峡谷创建国家级旅游度假区，"
         "新增国家3A级以上旅游景区5家。",
         "麻晓东", "州文化旅游广电局", "峒口县人民政府、白河县人民政府", "2026年11月底前"),
        ("加强民族文化保护传承，办好第十届溪岚民族文化旅游节，推进土家织锦、苗绣等非遗项目生产性保护。",
         U, "州文化旅游广电局、州民族宗教委", "州财政局，" + XIAN, "2026年10月底前"),
        ("完善旅游交通网络，推进龙栖机场改扩建前期工作，开通旅游直通车线路10条，"
         "实现国家4A级以上旅游景区二级公路全覆盖。",
         "向　阳", "州交通运输局", "州发展改革委、州文化旅游广电局，龙栖市人民政府", Y),
    ]),
    ("五、聚焦改革开放创新，增强发展动力活力（5项）", [
        ("持续优化营商环境，深化“高效办成一件事”改革，政务服务事项网上可办率达到95%以上。",
         "彭志远", "州政务服务中心", "州数据局、州市场监管局，州直各有关单位，" + XIAN, Y),
        ("深化国资国企改革，推进州属国有企业整合重组和市场化转型，州属国有企业营业收入增长8%。",
         U, "州国资委", "州财政局、州委金融办", Y),
        ("大力发展民营经济，落实支持民营经济发展各项政策，健全政企常态化沟通机制，新增经营主体2万户以上。",
         "龙海涛", "州发展改革委、州工商联", "州市场监管局，州税务局、州人力资源社会保障局", Y),
        ("扩大对内对外开放，深化东西部协作和对口支援，外贸进出口总额增长10%，实际使用外资1500万美元。",
         "向　阳", "州商务局", "州发展改革委、州农业农村局、溪岚海关，" + XIAN, Y),
        ("深化财税体制改革，加强财政资源统筹，严控一般性支出，确保“三保”支出足额保障。",
         "彭志远", "州财政局", "/", Y),
    ]),
    ("六、聚焦生态环境保护，筑牢绿色发展屏障（3项）", [
        ("深入打好蓝天、碧水、净土保卫战，州府所在地城市空气质量优良天数比率保持在95%以上，"
         "国控、省控断面水质优良率保持100%。",
         "龙海涛", "州生态环境局",
         "州住房城乡建设局、州农业农村局、州水利局、州交通运输局，" + XIAN, Y),
        ("抓好中央和省生态环境保护督察反馈问题整改，完成锰污染综合整治年度任务。",
         U, "州生态环境局", "州工业和信息化局、州自然资源和规划局，峒口县人民政府、保溪县人民政府", U),
        ("全面推行林长制、河湖长制，完成营造林18万亩，森林覆盖率稳定在70%以上。",
         "覃丽萍", ["州林业局", "州水利局"], "州自然资源和规划局，" + XIAN, U),
    ]),
    ("七、聚焦保障改善民生，增进人民群众福祉（5项）", [
        ("实施就业优先战略，城镇新增就业1.5万人，城镇调查失业率控制在5.5%以内，"
         "新增农村劳动力转移就业1万人。",
         "滕雅琴", "州人力资源社会保障局",
         "州教育体育局、州农业农村局、州财政局，" + XIAN, Y),
        ("推动教育优质均衡发展，新建、改扩建公办幼儿园10所、中小学校12所，"
         "支持溪岚职业技术学院创建省“双高”学校。",
         "麻晓东", "州教育体育局",
         "州发展改革委、州财政局、州人力资源社会保障局，" + XIAN, "2026年9月底前"),
        ("深化紧密型县域医共体建设，推进州人民医院创建省级区域医疗中心，"
         "县域内就诊率稳定在90%以上。",
         U, "州卫生健康委", "州医保局、州发展改革委，" + XIAN, Y),
        ("健全多层次社会保障体系，基本养老保险参保率稳定在95%以上，"
         "稳步提高城乡最低生活保障标准。",
         "滕雅琴", "州人力资源社会保障局、州民政局", "州医保局、州财政局，" + XIAN, Y),
        ("铸牢中华民族共同体意识，深化全国民族团结进步示范州创建，"
         "推进各民族广泛交往交流交融。",
         U, "州民族宗教委", "州教育体育局、州文化旅游广电局，" + XIAN, "持续推进"),
    ]),
    ("八、聚焦安全发展和政府自身建设（3项）", [
        ("统筹发展和安全，深入推进安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故，"
         "生产安全事故起数和死亡人数实现“双下降”。",
         "吴振宇、龙海涛", "州应急管理局",
         "州公安局、州交通运输局、州住房城乡建设局、州市场监管局，" + XIAN, Y),
        ("推进更高水平平安溪岚建设，常态化开展扫黑除恶斗争，严厉打击电信网络诈骗等违法犯罪。",
         "吴振宇", "州公安局", "州司法局，" + XIAN, "持续推进"),
        ("加强政府自身建设，严格落实政府过紧日子要求，州本级“三公”经费只减不增，"
         "持续为基层减负。",
         "田建华", "州人民政府办公室、州财政局", "州司法局、州审计局", Y),
    ]),
]

WIDTHS = [Cm(1.2), Cm(9.3), Cm(2.4), Cm(3.6), Cm(5.6), Cm(2.6)]
HEADER = ["序号", "重点工作任务", "责任州领导", "牵头单位", "配合单位", "完成时限"]


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def set_run_font(run, east="仿宋_GB2312", ascii_="Times New Roman", size=16, bold=False,
                 color=None, scale=None):
    run.font.name = ascii_
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), ascii_)
    rfonts.set(qn("w:hAnsi"), ascii_)
    rfonts.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color
    if scale is not None:
        w = OxmlElement("w:w")
        w.set(qn("w:val"), str(scale))
        rpr.append(w)


def para(container, text="", east="仿宋_GB2312", size=16, bold=False, align=None,
         indent_chars=None, color=None, line=28, scale=None, space_before=0, space_after=0):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if align is not None:
        p.alignment = align
    if indent_chars:
        pf.first_line_indent = Pt(size * indent_chars)
    if text:
        r = p.add_run(text)
        set_run_font(r, east=east, size=size, bold=bold, color=color, scale=scale)
    return p


def body_para(doc, lead, rest):
    """A cover paragraph with a 黑体 run-in heading."""
    p = para(doc, indent_chars=2)
    r = p.add_run(lead)
    set_run_font(r, east="黑体", size=16)
    r = p.add_run(rest)
    set_run_font(r, size=16)
    return p


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "8")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def add_page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_run_font(r, east="宋体", size=14)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    r2 = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "28")
    rpr.append(sz)
    r2.append(rpr)
    t = OxmlElement("w:t")
    t.text = "1"
    r2.append(t)
    fld.append(r2)
    p._p.append(fld)
    r = p.add_run(" —")
    set_run_font(r, east="宋体", size=14)


def set_cell_width(cell, width):
    cell.width = width


def cell_text(cell, value, east="仿宋_GB2312", size=12, bold=False, align=None):
    """Write value (str or list of str) into the cell's paragraphs."""
    values = value if isinstance(value, list) else [value]
    first = True
    for v in values:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        pf = p.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(18)
        if align is not None:
            p.alignment = align
        r = p.add_run(v)
        set_run_font(r, east=east, size=size, bold=bold)


def set_repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def set_cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trpr.append(c)


def table_borders(table):
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblpr.append(borders)


def split_units(s):
    """Split a cell's text on 、 ， ； outside brackets."""
    out, cur, depth = [], "", 0
    for ch in s:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if depth == 0 and ch in "、，；":
            if cur.strip():
                out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out


def cell_items(value):
    values = value if isinstance(value, list) else [value]
    items = []
    for v in values:
        if v.strip() == "/":
            continue
        items.extend(split_units(v))
    return items


# ---------------------------------------------------------------------------
# document
# ---------------------------------------------------------------------------
def build():
    doc = Document()
    # default style
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    st.paragraph_format.space_after = Pt(0)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.footer_distance = Cm(2.5)
    add_page_number_footer(sec)

    # 版头
    for _ in range(2):
        para(doc, line=28)
    para(doc, ISSUER + "文件", east="方正小标宋简体", size=30, align=WD_ALIGN_PARAGRAPH.CENTER,
         color=RGBColor(0xFF, 0x00, 0x00), line=44, scale=70)
    para(doc, line=28)
    p = para(doc, DOCNO, align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p)
    para(doc)
    # 标题
    for t in (TITLE1, TITLE2, TITLE3):
        para(doc, t, east="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    para(doc)
    # 主送
    para(doc, "各县（市）人民政府，州人民政府各工作部门、各直属机构，溪岚经济开发区管委会：")
    para(doc, "《政府工作报告》已经州十五届人大五次会议审议通过。为确保报告确定的各项目标任务落到实处，"
              "经州人民政府同意，现将《2026年州〈政府工作报告〉重点工作任务分工方案》印发给你们，"
              "并就有关事项通知如下，请认真抓好贯彻落实。", indent_chars=2)
    body_para(doc, "一、压紧压实工作责任。",
              "各责任州领导要加强对分管领域重点工作的统筹调度，及时研究解决推进中的困难和问题。"
              "牵头单位是任务落实的第一责任单位，主要负责人是第一责任人，要细化工作措施，"
              "明确时间节点和责任人；牵头单位有两个的，排在第一位的为主牵头单位，负责牵头抓总。"
              "配合单位要按照职责分工主动对接、密切配合，形成工作合力。")
    body_para(doc, "二、健全调度报送机制。",
              "各牵头单位要建立工作台账，实行清单化管理、项目化推进，于每季度最后一个月25日前将工作进展情况"
              "（含电子文档）报送州人民政府督查室，全年工作完成情况于12月10日前报送。"
              "重点工作推进中遇到重大问题的，要及时向责任州领导报告。")
    body_para(doc, "三、强化督查考核问效。",
              "州人民政府督查室要将重点工作落实情况纳入年度督查计划，采取定期调度、实地督查、"
              "跟踪问效等方式加强督促检查，督查结果纳入全州绩效考核。对工作推进不力、"
              "未按时限完成任务的，按有关规定予以通报、约谈。")
    para(doc)
    p = para(doc, "附件：" + ANNEX_TITLE, indent_chars=2)
    para(doc)
    para(doc)
    para(doc)
    p = para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 2)
    p = para(doc, "2026年2月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 4)
    para(doc, "（此件公开发布）", indent_chars=2)

    # ------------------------------------------------------------- 附件 (landscape)
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    sec2.top_margin, sec2.bottom_margin = Cm(2.6), Cm(2.4)
    sec2.left_margin, sec2.right_margin = Cm(2.5), Cm(2.5)

    para(doc, "附件", east="黑体", size=16)
    para(doc)
    para(doc, ANNEX_TITLE, east="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    para(doc, line=14)

    table = doc.add_table(rows=1, cols=6)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    table_borders(table)
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), WIDTHS):
        gc.set(qn("w:w"), str(int(w.twips)))
    hdr = table.rows[0]
    set_repeat_header(hdr)
    for i, h in enumerate(HEADER):
        c = hdr.cells[i]
        set_cell_width(c, WIDTHS[i])
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        cell_text(c, h, east="黑体", size=12, align=WD_ALIGN_PARAGRAPH.CENTER)

    gold = []
    n = 0
    # remember the top cell of each running vertical merge per column
    for part_title, tasks in PARTS:
        row = table.add_row()
        set_cant_split(row)
        a = row.cells[0]
        a = a.merge(row.cells[5])
        cell_text(a, part_title, east="黑体", size=12)
        top = {}        # column -> (cell, value)
        for (text, leader, lead, coop, due) in tasks:
            n += 1
            row = table.add_row()
            set_cant_split(row)
            cells = row.cells
            for i in range(6):
                set_cell_width(cells[i], WIDTHS[i])
                cells[i].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            cell_text(cells[0], str(n), align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(cells[1], text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            vals = {2: leader, 3: lead, 4: coop, 5: due}
            for col, v in vals.items():
                if v == U:
                    tcell, tval = top[col]
                    merged = tcell.merge(cells[col])
                    top[col] = (merged, tval)
                    vals[col] = tval
                else:
                    al = WD_ALIGN_PARAGRAPH.CENTER if col in (2, 5) else WD_ALIGN_PARAGRAPH.LEFT
                    if col == 4 and v == "/":
                        al = WD_ALIGN_PARAGRAPH.CENTER
                    cell_text(cells[col], v, align=al)
                    top[col] = (cells[col], v)
            leader, lead, coop, due = vals[2], vals[3], vals[4], vals[5]
            leads = cell_items(lead)
            coops = cell_items(coop)
            leaders = [x.replace("　", "").replace(" ", "") for x in cell_items(leader)]
            gold.append({
                "id": str(n),
                "marker": str(n),
                "head": text[:12],
                "responsible_units": leads + coops,
                "lead_units": leads,
                "cooperating_units": coops,
                "leaders": leaders,
                "deadline": None if due in ("", "/") else due,
            })

    # ------------------------------------------------------------- 版记 (portrait)
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        para(doc)
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = bj._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4")):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    for edge in ("left", "right", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblpr.append(borders)
    c = bj.rows[0].cells[0]
    cell_text(c, "抄送：州委各部门，州人大常委会办公室，州政协办公室，州纪委监委，"
                 "州中级人民法院，州人民检察院，溪岚军分区。", size=14)
    c = bj.rows[1].cells[0]
    cell_text(c, ISSUER + "　　　　　　2026年2月27日印发", size=14)

    # core properties — fixed
    cp = doc.core_properties
    fixed = datetime.datetime(2026, 2, 26, 9, 0, 0)
    cp.author = "州政府办"
    cp.last_modified_by = "州政府办"
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


def write_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 2, 26, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def main():
    doc, gold = build()
    write_deterministic(doc, DOCX)
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print("wrote", DOCX, "and", GOLD, "tasks:", len(gold))


if __name__ == "__main__":
    main()
