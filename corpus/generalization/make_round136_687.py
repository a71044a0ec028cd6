#!/usr/bin/env python3
"""Generate 687: a 两办 (县委办 + 县政府办) red-header Word notice whose 附件 is a
landscape Word table 序号 / 工作事项 / 目标要求 / 县级责任领导 / 责任单位 / 完成时限,
grouped under part rows, and its gold list.  Deterministic: fixed core properties
and fixed zip entry times.

Run: /usr/bin/python3 make_687.py
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
NAME = "687_heyang_xian_liangban_zhongdian_gongzuo_fenjie"
OUT_DOCX = os.path.join(HERE, NAME + ".docx")
OUT_GOLD = os.path.join(HERE, NAME + ".tasks.gold.jsonl")

RED = RGBColor(0xE6, 0x00, 0x12)
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

# ---------------------------------------------------------------------------
# The task table.  Each part: (part heading, [rows]).
# row = (no, name, targets (str or list of paragraphs), leaders (list of cell
#        paragraphs), units (list of cell paragraphs), deadline)
# Gold fields are given separately per row in GOLD below where they differ
# from a plain reading (kept explicit for the checker).
# ---------------------------------------------------------------------------
PARTS = [
    ("一、稳增长促发展（6项）", [
        ("1", "推动经济稳中求进",
         "全县地区生产总值增长6%左右，规模以上工业增加值增长7.5%，固定资产投资增长8%，社会消费品零售总额增长6%，城乡居民人均可支配收入分别增长5.5%、7%，主要经济指标增速高于全市平均水平。",
         ["周振宇"], ["县发改局、县统计局、县工信局、县财政局、县商务局"], "2025年12月底"),
        ("2", "加快重大项目建设",
         ["全年实施县级重点项目120个，完成年度投资150亿元以上。",
          "（1）新开工项目60个以上，其中10亿元以上项目5个；",
          "（2）竣工投产项目40个以上，禾阳抽水蓄能电站、县城第二水厂等项目年内开工；",
          "（3）落实“月调度、季观摩、年考评”机制。"],
         ["孙立新"], ["县发改局、县自然资源局、县住建局、市生态环境局禾阳分局、各乡镇人民政府"], "2025年12月底"),
        ("3", "开展招商引资攻坚",
         "全年引进亿元以上项目30个，其中10亿元以上项目3个，实际到位县外资金120亿元以上；开展“招商引资攻坚年”活动，主要领导带队外出招商不少于4次。",
         ["孙立新"], ["县投资促进中心、县商务局、禾阳经济开发区管委会、各乡镇人民政府"], "2025年12月底"),
        ("4", "抓好财政收支管理",
         "一般公共预算收入增长5%以上，税收占比稳定在70%以上；严格落实过紧日子要求，一般性支出压减5%，“三保”支出足额保障。",
         ["孙立新"], ["县财政局、县税务局"], "2025年12月底"),
        ("5", "积极争取上级政策资金",
         "争取中央预算内投资、超长期特别国债、地方政府专项债券等资金30亿元以上，储备入库项目200个以上。",
         ["孙立新"], ["县发改局、县财政局"], "2025年12月底"),
        ("6", "大力提振消费",
         "落实消费品以旧换新政策，开展促消费活动30场以上；新增限上商贸企业25家；培育夜间经济集聚区2个。",
         ["郑晓岚"], ["县商务局、县市场监管局、县文旅局"], "2025年12月底"),
    ]),
    ("二、推进产业转型升级（6项）", [
        ("7", "实施工业强县战略",
         "新增规模以上工业企业15家，规上工业总产值突破300亿元；新材料、食品加工两大主导产业产值分别增长12%、8%；实施技改项目30个。",
         ["邓　伟"], ["县工信局、禾阳经济开发区管委会、县科技局"], "2025年12月底"),
        ("8", "推动开发区提质扩容",
         "禾阳经济开发区营业收入突破200亿元，新建标准化厂房20万平方米，亩均税收提高10%以上；完成开发区调区扩区报批。",
         ["邓　伟"], ["禾阳经济开发区管委会、县自然资源局、县住建局、县发改局"], "2025年10月底"),
        ("9", "强化科技创新支撑",
         "新增国家高新技术企业10家、科技型中小企业40家，全社会研发投入强度达到1.8%；新建省级以上创新平台2个。",
         ["邓伟"], ["县科技局、县工信局、县财政局"], "2025年12月底"),
        ("10", "促进文旅融合发展",
         "创建国家4A级旅游景区1个，接待游客突破800万人次，旅游综合收入增长10%；办好第三届禾阳油菜花节。",
         ["方雅琳"], ["县文旅局、县委宣传部、县交通运输局、相关乡镇人民政府"], "2025年12月底"),
        ("11", "发展数字经济",
         "数字经济核心产业增加值增长10%；新建5G基站150个，实现行政村5G网络全覆盖；上云企业新增50家。",
         ["邓　伟"], ["县工信局、县数据局、县供电公司"], "2025年12月底"),
        ("12", "提升现代服务业水平",
         "建成县级电商物流配送中心，快递进村覆盖率达到100%；服务业增加值增长6%以上，新增规上服务业企业10家。",
         ["郑晓岚"], ["县商务局、县邮政分公司、县发改局"], "2025年11月底"),
    ]),
    ("三、推进乡村全面振兴（6项）", [
        ("13", "扛牢粮食安全责任",
         "粮食播种面积稳定在68万亩以上，总产量稳定在27万吨以上；严格落实耕地保护和粮食安全党政同责。",
         ["贺春燕"], ["县农业农村局、县自然资源局、县水利局、各乡镇人民政府"], "2025年10月底"),
        ("14", "推进高标准农田建设",
         "新建高标准农田3.5万亩，改造提升1.2万亩，同步实施高效节水灌溉工程。",
         None, ["县农业农村局、县财政局，各乡镇人民政府"], "2025年11月底"),
        ("15", "巩固拓展脱贫攻坚成果",
         "守牢不发生规模性返贫致贫底线，防止返贫监测对象风险消除率达到70%以上；脱贫人口务工规模稳定在2.1万人以上。",
         None, ["县农业农村局（县乡村振兴局）、县人社局、县教体局、县卫健委、县医保局、县民政局"], "2025年12月底"),
        ("16", "建设宜居宜业和美乡村",
         "创建省级和美乡村示范村5个、市级15个；农村卫生厕所普及率达到90%，生活污水治理率达到45%。",
         None, ["县农业农村局、县住建局、市生态环境局禾阳分局、各乡镇人民政府"], "2025年12月底"),
        ("17", "完善水利基础设施",
         "完成青石水库除险加固和3座小（2）型水库标准化建设，实施中小河流治理15公里。",
         ["贺春燕"], ["县水利局"], "2025年6月底前"),
        ("18", "发展壮大村级集体经济",
         "村级集体经济经营性收入全部达到10万元以上，50万元以上的村达到25个。",
         ["唐文博、贺春燕"], ["县委组织部、县农业农村局、县财政局"], "2025年12月底"),
    ]),
    ("四、推进城乡建设和生态保护（5项）", [
        ("19", "实施县城城市更新",
         "改造城镇老旧小区12个、1860户；新建改造城市道路6条，新增停车位1500个；完成城东片区棚户区改造。",
         ["孙立新"], ["县住建局、县城管局、县自然资源局"], "2025年12月底"),
        ("20", "完善交通路网体系",
         "建成禾阳至汾河高速连接线，新改建农村公路120公里，实施危桥改造10座。",
         ["孙立新"], ["县交通运输局、县自然资源局、县发改局"], None),
        ("21", "深入打好污染防治攻坚战",
         "PM2.5平均浓度控制在32微克/立方米以内，空气质量优良天数比率达到88%；国省考断面水质达标率100%；土壤安全利用率保持在95%以上。",
         ["邓　伟"], ["市生态环境局禾阳分局、县住建局、县农业农村局、县水利局、县自然资源局、各乡镇人民政府"], None),
        ("22", "全面落实河湖长制",
         "完成县级河流“一河一策”修编，开展河湖“清四乱”常态化整治，建成幸福河湖2条。",
         ["贺春燕"], ["县水利局、各乡镇人民政府"], "持续推进"),
        ("23", "促进房地产市场平稳健康发展",
         "落实房地产调控政策，推进保交楼、去库存工作，完成存量商品房去化1500套以上。",
         ["孙立新"], ["县住建局、县自然资源局、县财政局"], "2025年12月底"),
    ]),
    ("五、增进民生福祉（6项）", [
        ("24", "稳定和扩大就业",
         "城镇新增就业3200人，城镇调查失业率控制在5.5%以内；开展职业技能培训8000人次。",
         ["郑晓岚"], ["县人社局、县财政局"], "2025年12月底"),
        ("25", "推动教育优质均衡发展",
         "新建改扩建中小学校4所、幼儿园3所，新增学位3600个；普通高中综合录取率达到65%以上。",
         ["郑晓岚"], ["县教体局、县发改局、县财政局、县住建局"], "2025年9月底"),
        ("26", "推进健康禾阳建设",
         "县人民医院创成三级医院，紧密型县域医共体建设评价达到A类；乡镇卫生院服务能力达标率100%。",
         ["郑晓岚"], ["县卫健委、县医保局、县发改局"], "2025年12月底"),
        ("27", "完善社会保障体系",
         "城乡居民基本养老保险参保率稳定在95%以上，基本医疗保险参保率稳定在96%以上；新建乡镇区域养老服务中心2个。",
         ["郑晓岚"], ["县民政局、县人社局、县医保局"], "2025年12月底"),
        ("28", "办好十件民生实事",
         ["①城区新增公办学位3600个；②新建社区嵌入式养老服务站10个；③改造城镇老旧小区12个；"
          "④新改建农村公路120公里；⑤建设城市口袋公园8个；⑥为65岁以上老年人免费健康体检；"
          "⑦新增城区公共停车位1500个；⑧实施农村饮水安全巩固提升工程；⑨开展“两癌”免费筛查；"
          "⑩建设县城第二水厂。"],
         ["孙立新"], ["县政府办、县财政局、县直各相关单位"], "2025年12月底"),
        ("29", "繁荣发展文化事业",
         "建成城市书房5个，开展“送戏下乡”演出200场、公益电影放映2400场；推进县融媒体中心提档升级。",
         ["方雅琳"], ["县委宣传部、县文旅局、县融媒体中心"], "2025年11月底"),
    ]),
    ("六、统筹发展和安全（5项）", [
        ("30", "抓好安全生产和防灾减灾",
         "生产安全事故起数和死亡人数实现“双下降”，坚决遏制较大及以上事故；开展安全生产治本攻坚三年行动。",
         ["孙立新"],
         ["县应急管理局", "县住建局", "县交通运输局", "县市场监管局", "各乡镇人民政府"], "持续推进"),
        ("31", "建设更高水平平安禾阳",
         "深化“枫桥式”派出所、司法所创建，电信网络诈骗发案数下降10%以上；信访积案化解率达到90%以上。",
         ["林涛", "韩启明"], ["县委政法委、县公安局、县信访局、县司法局"], "2025年12月底"),
        ("32", "守牢食品药品安全底线",
         "食品抽检量达到每千人5批次，农产品质量安全监测合格率稳定在98%以上；创建省级食品安全示范县。",
         ["郑晓岚"], ["县市场监管局、县农业农村局、县卫健委"], "2025年12月底"),
        ("33", "持续优化营商环境",
         "政务服务事项“一网通办”率达到95%以上，“高效办成一件事”重点事项全部落地；涉企行政检查频次下降30%。",
         ["周振宇"], ["县发改局、县政务服务中心、县市场监管局、县司法局"], "2025年12月底"),
        ("34", "防范化解债务风险",
         "严格落实化债方案，完成年度化债任务；加快融资平台市场化转型，守住不发生区域性系统性风险底线。",
         ["孙立新"], ["县财政局、县城投集团"], "2025年12月底"),
    ]),
]

# Leader merged down (vMerge): tasks 13–16 under 贺春燕 (rows 14–16 carry None).
# Deadline merged down over tasks 19–21 ("2025年12月底"; rows 20, 21 carry None).
VMERGE_LEADER = ("13", "16")
VMERGE_DEADLINE = ("19", "21")

COVER = [
    "为深入贯彻落实县委十五届九次全会暨县委经济工作会议和县十八届人大四次会议精神，确保全年各项目标任务落到实处，"
    "经县委、县政府同意，现将《禾阳县2025年重点工作任务分解表》印发给你们，并就有关事项通知如下。",
]
RULES = [
    ("一、压紧压实工作责任。",
     "各县级责任领导要切实履行牵头抓总职责，定期听取分管领域重点工作推进情况汇报，协调解决重大问题。"
     "责任单位有两个及以上的，排在第一位的为牵头单位，负总责，其他为配合单位，按职责分工积极配合；"
     "只列一个单位的，由该单位独立承担。各牵头单位要细化工作措施，明确时间节点和具体责任人，"
     "于3月15日前将工作推进方案报县委督查室、县政府督查室。"),
    ("二、建立调度推进机制。",
     "各牵头单位要于每月25日前将当月工作推进情况报县委督查室、县政府督查室，6月20日前、12月20日前分别报送半年和全年工作总结。"
     "县委督查室、县政府督查室要加强跟踪调度，每季度通报一次进展情况。"),
    ("三、严格督查考核问责。",
     "重点工作任务完成情况纳入全县年度综合考核，对工作推进不力、未按时完成任务的单位，按照有关规定予以通报、约谈；"
     "造成严重后果的，依规依纪严肃追责问责。"),
]


# ---------------------------------------------------------------------------
def set_run_font(run, font, size=None, bold=None, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def para(container, text="", font=FS, size=16, bold=False, align=None, indent=True,
         color=None, space_line=28, keep=False):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if space_line:
        pf.line_spacing = Pt(space_line)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        set_run_font(r, font, size, bold, color)
    return p


def cell_para(cell, text, font=FS, size=12, bold=False, align=None, first=True):
    if first:
        p = cell.paragraphs[0]
    else:
        p = cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(18)
    if align is not None:
        p.alignment = align
    if text:
        r = p.add_run(text)
        set_run_font(r, font, size, bold)
    return p


def set_cell_width(cell, cm):
    tcPr = cell._tc.get_or_add_tcPr()
    w = tcPr.find(qn("w:tcW"))
    if w is None:
        w = OxmlElement("w:tcW")
        tcPr.append(w)
    w.set(qn("w:w"), str(int(cm * 567)))
    w.set(qn("w:type"), "dxa")


def table_borders(table, on=True):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        if on:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), "4")
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def set_grid(table, widths_cm):
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trPr.append(e)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit")
    trPr.append(e)


def para_border(p, side, color="E60012", sz=12):
    pPr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    pbdr.append(e)
    pPr.append(pbdr)


def add_page_number_footer(section):
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_run_font(r, "宋体", 14)
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
    r = p.add_run(" —")
    set_run_font(r, "宋体", 14)


def set_margins(sec, top, bottom, left, right):
    sec.top_margin = Cm(top)
    sec.bottom_margin = Cm(bottom)
    sec.left_margin = Cm(left)
    sec.right_margin = Cm(right)


# ---------------------------------------------------------------------------
def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)

    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    set_margins(sec, 3.7, 3.5, 2.8, 2.6)
    add_page_number_footer(sec)

    # --- 版头: two issuers stacked, 文件 merged beside -----------------------
    body = doc.paragraphs[0]._p if doc.paragraphs else None
    hdr = doc.add_table(rows=2, cols=2)
    table_borders(hdr, on=False)
    hdr.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_grid(hdr, [11.5, 4.0])
    c1 = hdr.cell(0, 1).merge(hdr.cell(1, 1))
    for i, t in enumerate(["中共禾阳县委办公室", "禾阳县人民政府办公室"]):
        c = hdr.cell(i, 0)
        set_cell_width(c, 11.5)
        p = cell_para(c, "", align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
        p.paragraph_format.line_spacing = Pt(46)
        r = p.add_run(t)
        set_run_font(r, XBS, 30, False, RED)
    set_cell_width(c1, 4.0)
    c1.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = cell_para(c1, "", align=WD_ALIGN_PARAGRAPH.CENTER)
    r = p.add_run("文件")
    set_run_font(r, XBS, 48, False, RED)
    # drop the template's leading empty paragraph in front of the table
    if body is not None:
        body.getparent().remove(body)

    para(doc, "", indent=False)
    p = para(doc, "禾办发〔2025〕6号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para_border(p, "bottom", sz=18)
    para(doc, "", indent=False)

    # --- 标题 -----------------------------------------------------------------
    for t in ("中共禾阳县委办公室　禾阳县人民政府办公室",
              "关于印发《禾阳县2025年重点工作任务",
              "分解表》的通知"):
        para(doc, t, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
             space_line=35)
    para(doc, "", indent=False)

    # --- 主送 -----------------------------------------------------------------
    para(doc, "各乡镇党委、人民政府，县委各部委，县直各单位，各人民团体：", indent=False)
    for t in COVER:
        para(doc, t)
    for head, rest in RULES:
        p = para(doc, "")
        r = p.add_run(head)
        set_run_font(r, HT, 16)
        r = p.add_run(rest)
        set_run_font(r, FS, 16)
    para(doc, "", indent=False)
    p = para(doc, "附件：禾阳县2025年重点工作任务分解表")
    para(doc, "", indent=False)
    para(doc, "", indent=False)

    # --- 落款 (joint) -----------------------------------------------------------
    lk = doc.add_table(rows=2, cols=2)
    table_borders(lk, on=False)
    lk.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_grid(lk, [7.8, 7.8])
    for j, t in enumerate(["中共禾阳县委办公室", "禾阳县人民政府办公室"]):
        c = lk.cell(0, j)
        set_cell_width(c, 7.8)
        cell_para(c, t, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    d = lk.cell(1, 0).merge(lk.cell(1, 1))
    p = cell_para(d, "2025年2月26日", size=16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    para(doc, "", indent=False)
    para(doc, "（此件发至乡镇）")

    # --- 附件: landscape section ---------------------------------------------
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width = Cm(29.7)
    sec2.page_height = Cm(21.0)
    set_margins(sec2, 2.6, 2.4, 2.5, 2.5)

    para(doc, "附件", font=HT, size=16, indent=False)
    para(doc, "", indent=False)
    para(doc, "禾阳县2025年重点工作任务分解表", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_line=35)
    para(doc, "", indent=False, space_line=14)

    widths = [1.3, 3.2, 10.2, 2.4, 5.4, 2.2]
    heads = ["序号", "工作事项", "目标要求", "县级责任领导", "责任单位", "完成时限"]
    tbl = doc.add_table(rows=1, cols=6)
    table_borders(tbl, on=True)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_grid(tbl, widths)
    hr = tbl.rows[0]
    repeat_header(hr)
    for j, h in enumerate(heads):
        c = hr.cells[j]
        set_cell_width(c, widths[j])
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        cell_para(c, h, font=HT, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)

    leader_top = None
    deadline_top = None
    for part, rows in PARTS:
        r = tbl.add_row()
        cant_split(r)
        for j in range(6):
            set_cell_width(r.cells[j], widths[j])
        m = r.cells[0].merge(r.cells[5])
        cell_para(m, part, font=HT, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
        for (no, name, targets, leaders, units, deadline) in rows:
            r = tbl.add_row()
            cant_split(r)
            cells = r.cells
            for j in range(6):
                set_cell_width(cells[j], widths[j])
                cells[j].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            cell_para(cells[0], no, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_para(cells[1], name, align=WD_ALIGN_PARAGRAPH.LEFT)
            tl = targets if isinstance(targets, list) else [targets]
            for k, t in enumerate(tl):
                cell_para(cells[2], t, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=(k == 0))
            if leaders is not None:
                for k, t in enumerate(leaders):
                    cell_para(cells[3], t, align=WD_ALIGN_PARAGRAPH.CENTER, first=(k == 0))
            for k, t in enumerate(units):
                cell_para(cells[4], t, align=WD_ALIGN_PARAGRAPH.LEFT, first=(k == 0))
            if deadline is not None:
                cell_para(cells[5], deadline, align=WD_ALIGN_PARAGRAPH.CENTER)
            # vertical merges
            if no == VMERGE_LEADER[0]:
                leader_top = cells[3]
            if no == VMERGE_LEADER[1]:
                leader_top.merge(cells[3])
            if no == VMERGE_DEADLINE[0]:
                deadline_top = cells[5]
            if no == VMERGE_DEADLINE[1]:
                deadline_top.merge(cells[5])

    # --- 版记: portrait last page ------------------------------------------
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width = Cm(21.0)
    sec3.page_height = Cm(29.7)
    set_margins(sec3, 3.7, 3.5, 2.8, 2.6)
    for _ in range(18):
        para(doc, "", indent=False)
    bj = doc.add_table(rows=2, cols=1)
    set_grid(bj, [15.6])
    tblPr = bj._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side, val, sz in (("top", "single", "8"), ("insideH", "single", "4"),
                          ("bottom", "single", "8"), ("left", "nil", "0"),
                          ("right", "nil", "0"), ("insideV", "nil", "0")):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), sz)
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)
    c = bj.cell(0, 0)
    set_cell_width(c, 15.6)
    p = cell_para(c, "", size=14)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.line_spacing = Pt(28)
    r = p.add_run("抄送：市委办公室，市政府办公室，县人大常委会办公室，县政协办公室。")
    set_run_font(r, FS, 14)
    c = bj.cell(1, 0)
    set_cell_width(c, 15.6)
    p = cell_para(c, "", size=14)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.line_spacing = Pt(28)
    r = p.add_run("中共禾阳县委办公室　　　　　　　　　2025年2月26日印发")
    set_run_font(r, FS, 14)

    # --- core properties (fixed) ---------------------------------------------
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 26, 9, 30, 0)
    cp.author = "县委办"
    cp.last_modified_by = "县委办"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    cp.title = ""
    cp.subject = ""
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""

    buf = io.BytesIO()
    doc.save(buf)
    # re-zip with fixed entry times so the bytes are the same every run
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 26, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    with open(OUT_DOCX, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------
def split_units(cell_paras):
    out = []
    for t in cell_paras:
        for chunk in t.replace("，", "、").split("、"):
            chunk = chunk.strip()
            if chunk:
                out.append(chunk)
    return out


def gold():
    recs = []
    leader_carry = None
    deadline_carry = None
    for part, rows in PARTS:
        for (no, name, targets, leaders, units, deadline) in rows:
            if leaders is None:
                leaders = leader_carry          # merged down (tasks 14–16)
            else:
                leader_carry = leaders
            if deadline is None:
                deadline = deadline_carry       # merged down (tasks 20, 21)
            else:
                deadline_carry = deadline
            names = []
            for t in leaders:
                for n in t.split("、"):
                    n = n.replace("　", "").replace(" ", "")
                    if n:
                        names.append(n)
            ru = split_units(units)
            recs.append({
                "id": no,
                "marker": no,
                "head": name[:12],
                "responsible_units": ru,
                "lead_units": ru[:1],
                "cooperating_units": ru[1:],
                "leaders": names,
                "deadline": deadline,
            })
    with open(OUT_GOLD, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    build()
    gold()
