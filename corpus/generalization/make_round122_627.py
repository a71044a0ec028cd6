#!/usr/bin/python3
"""Round 122, case 627 (control): a 县委办公室 + 县人民政府办公室 joint red-header Word
notice printing two 附件 tables: the 县委全会暨县委经济工作会议 重点任务清单 (29 tasks in
eight part rows, numbered 1-29 running on) and the 民生实事项目清单 (10 items, numbered
from 1 again), both `序号 / 重点任务 / 牵头县领导 / 牵头单位 / 责任单位 / 完成时限`.

Writes 627_tingshan_xian_liangban_jinghui_zhongdian_renwu_qingdan.docx and its
.tasks.gold.jsonl deterministically (fixed core properties, fixed zip timestamps).
"""
import datetime
import io
import json
import os
import re
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "627_tingshan_xian_liangban_jinghui_zhongdian_renwu_qingdan"
DOCX = os.path.join(HERE, BASE + ".docx")
GOLD = os.path.join(HERE, BASE + ".tasks.gold.jsonl")

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xE6, 0x00, 0x12)

ISSUER1 = "中共汀杉县委办公室"
ISSUER2 = "汀杉县人民政府办公室"
WENHAO = "汀办发〔2025〕4号"
DATE = "2025年2月24日"
ANNEX1 = "县委十五届八次全会暨县委经济工作会议重点任务清单"
ANNEX2 = "2025年县委县政府民生实事项目清单"

# ---------------------------------------------------------------- leaders
# post, name as printed
L_LIN = ("县委副书记、县长", "林卫东")
L_DU = ("县委副书记", "杜红梅")
L_SHEN = ("县委常委、常务副县长", "沈建国")
L_WEI = ("县委常委、组织部部长", "韦　丽")
L_MENG = ("县委常委、宣传部部长", "孟晓燕")
L_TAN = ("县委常委、政法委书记", "谭志刚")
L_SHI = ("县委常委、县纪委书记、县监委主任", "石国栋")
L_HE = ("县委常委、副县长", "贺军")
L_QIU = ("副县长", "邱立新")
L_PANG = ("副县长", "庞海涛")
L_JIANG = ("副县长", "蒋　敏")
L_OUYANG = ("副县长、县公安局局长", "欧阳明")

XZ = "各乡镇（街道）党（工）委、政府（办事处）"

# A leader cell: list of paragraphs; each paragraph a list of (post, name)
# joined by 、 inside the paragraph.  None = merged with the cell above.
# A unit cell: list of paragraph strings.  None = merged with the cell above.
# Deadline: string, or None = merged with the cell above.


def P(*leaders):
    """leader cell: one paragraph per leader"""
    return [[l] for l in leaders]


def PJ(*leaders):
    """leader cell: several leaders in one paragraph joined by 、"""
    return [list(leaders)]


# parts of 附件1: (heading, [tasks]); task = (no, title, desc, leaders, lead, coop, deadline)
ANNEX1_PARTS = [
    ("一、扎实推动经济稳进提质", [
        (1, "确保主要经济指标稳中有进。",
         "全年地区生产总值增长6%左右，规模以上工业增加值增长8%，固定资产投资增长7%，社会消费品零售总额增长6.5%，一般公共预算收入增长5%，城乡居民人均可支配收入增长与经济增长基本同步。",
         P(L_LIN, L_SHEN), ["县发改局"],
         ["县统计局、县工信局、县商务局、县财政局、县税务局"], "2025年12月底前"),
        (2, "强化经济运行调度。",
         "建立健全经济运行“月调度、季分析”工作机制，加强重点行业、重点企业、重点项目监测预警，及时研究解决经济运行中的困难和问题。",
         P(L_SHEN), ["县发改局、县统计局"], ["县直各有关单位"], "长期坚持"),
        (3, "积极争取上级政策和资金支持。",
         "紧盯超长期特别国债、中央预算内投资、地方政府专项债券等政策投向，加强项目储备和申报，全年争取上级各类资金25亿元以上。",
         None, ["县财政局、县发改局"], ["县直各有关单位"], "2025年12月底前"),
        (4, "防范化解地方债务风险。",
         "严格落实一揽子化债方案，稳妥推进融资平台改革转型，坚决遏制新增隐性债务，兜牢基层“三保”底线。",
         None, ["县财政局"], ["县发改局、县审计局、县金融服务中心、县城投集团"], "持续推进"),
    ]),
    ("二、加快构建现代化产业体系", [
        (5, "实施工业倍增行动。",
         "围绕新型建材、农副产品精深加工、电子信息三大主导产业，实施强链补链延链工程，新增规模以上工业企业15家以上，力争工业总产值突破200亿元。",
         P(L_HE), ["县工信局"],
         ["县发改局、县科技局、县自然资源局，汀杉高新区管委会"], "2025年12月底前"),
        (6, "推动园区提档升级。",
         "加快园区标准厂房三期、污水处理厂提标改造等项目建设，深化“亩均论英雄”改革，园区规模以上工业产值占全县比重达到70%以上。",
         None, ["汀杉高新区管委会"],
         ["县工信局、县自然资源局、县住建局、市生态环境局汀杉分局"], "2025年12月底前"),
        (7, "大力发展数字经济。",
         "推进5G基站、算力中心等新型基础设施建设，实施中小企业数字化转型行动，全年新建5G基站150个，培育数字化转型示范企业10家。",
         None, ["县工信局", "县数据局"], ["县发改局、县财政局"], "2025年11月底前"),
        (8, "推动文旅深度融合发展。",
         "以杉溪古镇、云台山景区为重点，创建国家4A级旅游景区1个，办好第五届汀杉茶文化旅游节，全年接待游客突破800万人次。",
         PJ(L_MENG, L_PANG), ["县文广旅体局"],
         ["县委宣传部、县发改局、县交通运输局，杉溪镇人民政府"], "2025年12月底前"),
        (9, "提升现代服务业发展水平。",
         "培育壮大现代物流、电子商务、养老托育等服务业，新增限额以上商贸企业20家，建成县级电商公共服务中心。",
         P(L_JIANG), ["县商务局"],
         ["县发改局、县民政局、县卫健局、县市场监管局"], "2025年12月底前"),
    ]),
    ("三、全力扩大有效需求", [
        (10, "全力抓好项目建设。",
         "全年谋划实施重点项目120个，年度完成投资150亿元以上，新开工亿元以上项目30个，落实县级领导联系重点项目制度。",
         P(L_LIN), ["县发改局"],
         ["县自然资源局、县住建局、县财政局、市生态环境局汀杉分局、县政务服务中心", "各乡镇（街道）"],
         "2025年12月底前"),
        (11, "强化招商引资。",
         "坚持“一把手”招商，聚焦主导产业开展精准招商、以商招商，全年引进亿元以上项目25个，到位资金80亿元以上。",
         P(L_HE), ["县投资促进中心"],
         ["县工信局、县商务局、汀杉高新区管委会，" + XZ], None),
        (12, "促进消费扩容升级。",
         "扎实推进大规模设备更新和消费品以旧换新，开展“惠购汀杉”系列促消费活动30场次以上，培育夜间经济集聚区2个。",
         P(L_JIANG), ["县商务局"],
         ["县财政局，县市场监管局、县文广旅体局"], None),
        (13, "推动房地产市场平稳健康发展。",
         "因城施策优化住房政策，稳步推进城中村改造，支持收购存量商品房用作保障性住房，保交房任务全面完成。",
         P(L_QIU), ["县住建局"],
         ["县自然资源局、县财政局、县城投集团"], "持续推进"),
    ]),
    ("四、纵深推进改革开放", [
        (14, "持续优化营商环境。",
         "深化“高效办成一件事”改革，推行涉企经营许可“证照联办”，政务服务事项网上可办率达到98%以上，开展损害营商环境问题专项整治。",
         P(L_SHEN), ["县政务服务中心", "县发改局"],
         ["县市场监管局、县数据局、县司法局"], "2025年12月底前"),
        (15, "深化国资国企改革。",
         "推进县属国有企业整合重组和市场化转型，完善国有企业法人治理结构，提升国有资本运营效率。",
         None, ["县财政局（县国资办）"],
         ["县城投集团、县交投公司"], "2025年10月底前"),
        (16, "深化基层管理体制改革。",
         "统筹推进乡镇（街道）履行职责事项清单落地落实，加强机构编制资源统筹使用，推动更多资源力量向基层倾斜。",
         P(L_WEI), ["县委编办"],
         ["县委组织部、县司法局，" + XZ], "2025年6月底前"),
    ]),
    ("五、统筹推进乡村全面振兴", [
        (17, "牢牢守住粮食安全底线。",
         "全年粮食播种面积稳定在52万亩以上、产量稳定在21万吨以上，新建高标准农田3万亩，严格落实耕地保护和粮食安全党政同责。",
         P(L_DU), ["县农业农村局"],
         ["县自然资源局、县水利局、县财政局，" + XZ], "2025年12月底前"),
        (18, "巩固拓展脱贫攻坚成果。",
         "健全防止返贫致贫动态监测和帮扶机制，加强帮扶项目资产管理，确保不发生规模性返贫致贫。",
         None, None,
         ["县人社局、县教体局、县卫健局、县医保局、县民政局，" + XZ], "长期坚持"),
        (19, "推进宜居宜业和美乡村建设。",
         "深入学习运用“千万工程”经验，完成农村户厕改造2000户，农村生活污水治理率达到45%，创建和美乡村示范村15个。",
         None, ["县委农办、县农业农村局"],
         ["县住建局、市生态环境局汀杉分局、县交通运输局、县水利局，" + XZ], "2025年11月底前"),
        (20, "发展壮大新型农村集体经济。",
         "选派用好驻村第一书记和工作队，推广“党支部＋合作社＋农户”模式，年经营性收入10万元以上的村占比达到60%以上。",
         P(L_WEI), ["县委组织部、县农业农村局"],
         ["县财政局、县供销社"], "2025年12月底前"),
    ]),
    ("六、持续保障和改善民生", [
        (21, "千方百计稳就业促增收。",
         "城镇新增就业3200人，城镇调查失业率控制在5.5%以内，发放创业担保贷款1.5亿元，加强高校毕业生、农民工等重点群体就业帮扶。",
         P(L_PANG), ["县人社局"],
         ["县财政局、县教体局、县总工会、团县委、县妇联"], "2025年12月底前"),
        (22, "推进教育医疗事业高质量发展。",
         "新建、改扩建中小学校5所，推进紧密型县域医共体建设，支持县人民医院创建三级医院。",
         None, ["县教体局", "县卫健局"],
         ["县发改局、县财政局、县医保局"], None),
        (23, "健全多层次社会保障体系。",
         "扩大社会保险覆盖面，落实城乡低保标准动态调整机制，加强困难群众、残疾人、退役军人等群体服务保障。",
         None, ["县民政局"],
         ["县人社局、县医保局、县残联、县退役军人事务局"], "持续推进"),
    ]),
    ("七、统筹发展和安全", [
        (24, "建设更高水平平安汀杉。",
         "深入推进矛盾纠纷排查化解，扎实开展信访工作法治化建设，常态化推进扫黑除恶斗争，加强社会治安整体防控。",
         P(L_TAN), ["县委政法委"],
         ["县公安局、县法院、县检察院、县司法局、县信访局，" + XZ], "长期坚持"),
        (25, "抓好安全生产和防灾减灾。",
         "深入推进安全生产治本攻坚三年行动，抓好道路交通、建筑施工、危险化学品、燃气等重点领域隐患排查整治，坚决遏制较大以上事故发生。",
         P(L_SHEN, L_OUYANG), ["县应急管理局"],
         ["县安委会各成员单位"], None),
        (26, "加强意识形态和网络安全工作。",
         "严格落实意识形态工作责任制，加强网络舆情监测研判和处置，筑牢网络安全防线。",
         P(L_MENG), ["县委宣传部、县委网信办"], ["/"], None),
    ]),
    ("八、全面加强党的建设", [
        (27, "深入贯彻中央八项规定精神。",
         "扎实开展深入贯彻中央八项规定精神学习教育，持续纠治“四风”，一体推进不敢腐、不能腐、不想腐。",
         P(L_SHI), ["县纪委监委机关", "县委组织部"],
         ["县委宣传部、县委办公室"], "2025年7月底前"),
        (28, "锻造高素质干部队伍。",
         "树立重实干重实绩的用人导向，加强年轻干部源头培养和实践锻炼，落实“三个区分开来”，激励干部担当作为。",
         P(L_WEI), ["县委组织部"],
         ["县纪委监委机关、县人社局"], "长期坚持"),
        (29, "持续整治形式主义为基层减负。",
         "严格控制发文数量和会议规模，规范督查检查考核，整治“指尖上的形式主义”，让基层干部把更多精力用在抓落实上。",
         P(L_DU), ["县委办公室、县政府办公室"],
         ["县纪委监委机关、县委组织部、县数据局，县直各单位"], "长期坚持"),
    ]),
]

# 附件2: no part rows
ANNEX2_TASKS = [
    (1, "改造城镇老旧小区12个。",
     "完成城关街道、杉溪街道12个老旧小区水电气路改造，惠及居民1800户。",
     P(L_QIU), ["县住建局"],
     ["县财政局、县自然资源局、城关街道办事处、杉溪街道办事处"], "2025年11月底前"),
    (2, "实施城区停车难治理工程。",
     "新增城区公共停车泊位1500个，建设智慧停车管理平台。",
     None, ["县城管局、县公安局交警大队"],
     ["县住建局、县自然资源局、县城投集团"], "2025年10月底前"),
    (3, "推进农村供水保障提升。",
     "新建改造农村供水工程20处，农村自来水普及率达到92%以上。",
     P(L_JIANG), ["县水利局"],
     ["县财政局，各乡镇（街道）"], "2025年12月底前"),
    (4, "新增普惠性托位300个。",
     "支持公办幼儿园开设托班，建设县级综合托育服务中心1个。",
     P(L_PANG), ["县卫健局"],
     ["县教体局、县民政局、县妇联"], None),
    (5, "提升居家社区养老服务水平。",
     "新建社区嵌入式养老服务中心5个，为1000户特殊困难老年人家庭实施适老化改造。",
     None, ["县民政局"],
     ["县财政局、县残联"], None),
    (6, "实施中小学“暖心午餐”工程。",
     "新建改造学校食堂8所，实现城区义务教育学校学生午餐供餐全覆盖。",
     None, ["县教体局"],
     ["县财政局、县市场监管局"], "2025年8月底前"),
    (7, "开展适龄妇女“两癌”免费筛查。",
     "为1.2万名35—64岁农村和城镇低收入妇女免费开展宫颈癌、乳腺癌筛查。",
     None, ["县卫健局、县妇联"],
     ["县财政局，各乡镇（街道）"], "2025年12月底前"),
    (8, "建设城市口袋公园10个。",
     "利用城区边角地、闲置地建设口袋公园10个，新建改造健身步道20公里。",
     P(L_QIU), ["县城管局"],
     ["县自然资源局、县住建局、县文广旅体局"], None),
    (9, "开展“汀杉工匠”技能培训。",
     "围绕主导产业和家政、养老等急需紧缺工种，开展职业技能培训5000人次以上。",
     P(L_HE), ["县人社局"],
     ["县总工会、县工信局、县职业中专"], None),
    (10, "改造提升农村公路100公里。",
     "实施农村公路提质改造和危桥改造，新增农村客运班线通达20个村。",
     P(L_QIU), ["县交通运输局"],
     ["县财政局，" + XZ], None),
]

# ---------------------------------------------------------------- helpers


def set_font(run, east, size=None, bold=None, color=None, west="Times New Roman"):
    run.font.name = west
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), west)
    rf.set(qn("w:hAnsi"), west)
    rf.set(qn("w:eastAsia"), east)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", east=FS, size=16, bold=None, align=None, indent=False,
         color=None, line=28, space_before=0, space_after=0, first=None):
    p = first if first is not None else doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    if line:
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        set_font(r, east, size, bold, color)
    return p


def runs(p, pieces, size=16):
    """pieces: list of (text, east, bold)"""
    for text, east, bold in pieces:
        r = p.add_run(text)
        set_font(r, east, size, bold)


def border(p, side="bottom", color="E60012", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    pbdr.append(b)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def cell_text(cell, paragraphs, east=FS, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False):
    """paragraphs: list of strings or list of list-of-(text, bold) pieces"""
    first = cell.paragraphs[0]
    for i, ptxt in enumerate(paragraphs):
        p = first if i == 0 else cell.add_paragraph()
        p.alignment = align
        pf = p.paragraph_format
        pf.line_spacing = Pt(18)
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        if isinstance(ptxt, str):
            ptxt = [(ptxt, bold)]
        for text, b in ptxt:
            r = p.add_run(text)
            set_font(r, east, size, b)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    trPr.append(e)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit")
    trPr.append(e)


def add_page_number(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r = p.add_run()
    set_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r._r.append(f2)
    r = p.add_run("1")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._r.append(f3)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def leader_paras(cell_leaders):
    out = []
    for group in cell_leaders:
        out.append("、".join(post + name for post, name in group))
    return out


# widths (cm) of the six columns on a landscape A4 page
WIDTHS = [1.3, 9.6, 4.1, 3.3, 5.0, 2.3]
HEADER = ["序号", "重点任务", "牵头县领导", "牵头单位", "责任单位", "完成时限"]


def build_table(doc, parts, header2=None):
    """parts: list of (heading or None, tasks)."""
    nrows = 1 + sum((1 if h else 0) + len(t) for h, t in parts)
    table = doc.add_table(rows=nrows, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for i, col in enumerate(table.columns):
        col.width = Cm(WIDTHS[i])
    for row in table.rows:
        for i, c in enumerate(row.cells):
            c.width = Cm(WIDTHS[i])
    hdr = table.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(header2 or HEADER):
        cell_text(hdr.cells[i], [h], east=HT, size=12)
    r = 1
    for heading, tasks in parts:
        if heading:
            row = table.rows[r]
            m = row.cells[0].merge(row.cells[5])
            cell_text(m, [heading + "（%d项）" % len(tasks)], east=HT, size=12,
                      align=WD_ALIGN_PARAGRAPH.LEFT)
            r += 1
        start = r
        # first pass: texts
        for k, (no, title, desc, leaders, lead, coop, deadline) in enumerate(tasks):
            row = table.rows[r + k]
            cell_text(row.cells[0], [str(no)])
            cell_text(row.cells[1], [[(title, True), (desc, False)]],
                      align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            if leaders is not None:
                cell_text(row.cells[2], leader_paras(leaders))
            if lead is not None:
                cell_text(row.cells[3], lead)
            cell_text(row.cells[4], coop)
            if deadline is not None:
                cell_text(row.cells[5], [deadline])
        # second pass: vertical merges for None cells (leaders col 2, lead col 3, deadline col 5)
        for col, idx in ((2, 3), (3, 4), (5, 6)):
            k = 0
            while k < len(tasks):
                j = k + 1
                while j < len(tasks) and tasks[j][idx] is None:
                    j += 1
                if j - k > 1:
                    top = table.cell(start + k, col)
                    bottom = table.cell(start + j - 1, col)
                    # remove the empty paragraphs' runs of lower cells before merging
                    top.merge(bottom)
                k = j
        r += len(tasks)
    return table


def clean_merged(table):
    """python-docx leaves the lower cells' empty paragraphs in the merged cell; drop empty
    trailing paragraphs so the merged cell holds only its text."""
    for row in table.rows:
        for tc in row._tr.tc_lst:
            ps = tc.findall(qn("w:p"))
            if len(ps) > 1:
                for p in ps[1:]:
                    if not "".join(t.text or "" for t in p.iter(qn("w:t"))):
                        tc.remove(p)


# ---------------------------------------------------------------- document


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    add_page_number(sec)

    # 版头: two issuers stacked, 文件 beside them
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in t.rows:
        row.cells[0].width = Cm(12.2)
        row.cells[1].width = Cm(3.4)
    t.autofit = False
    t.columns[0].width = Cm(12.2)
    t.columns[1].width = Cm(3.4)
    for i, name in enumerate((ISSUER1, ISSUER2)):
        c = t.cell(i, 0)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing = Pt(48)
        r = p.add_run(name)
        set_font(r, XBS, 30, False, RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("文件")
    set_font(r, XBS, 48, False, RED)

    para(doc, "")
    para(doc, WENHAO, align=WD_ALIGN_PARAGRAPH.CENTER)
    p = para(doc, "", line=10)
    border(p, "bottom", "E60012", 18, 1)
    para(doc, "")

    para(doc, ISSUER1 + "　" + ISSUER2, east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "关于印发《" + ANNEX1 + "》和《" + ANNEX2 + "》的通知", east=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "")
    para(doc, "各乡镇党委、人民政府，各街道党工委、办事处，县委各部委，县直各单位，各人民团体：")
    para(doc, "《" + ANNEX1 + "》和《" + ANNEX2 + "》已经县委、县政府同意，现印发给你们，"
         "请结合实际认真抓好贯彻落实。现将有关事项通知如下。", indent=True)
    p = para(doc, indent=True)
    runs(p, [("一、压紧压实工作责任。", HT, False),
             ("各牵头县领导要加强统筹调度，定期听取分管领域重点任务推进情况汇报，及时协调解决重大问题。"
              "牵头单位要切实履行牵头抓总职责，牵头单位有两个的，排在第一位的为主牵头单位，负责组织协调和情况汇总；"
              "责任单位要按照职责分工主动配合、形成合力，确保每项任务有人抓、有人管、有落实。", FS, False)])
    p = para(doc, indent=True)
    runs(p, [("二、细化落实推进举措。", HT, False),
             ("各牵头单位要对照清单逐项制定推进方案，明确时间表、路线图和责任人，"
              "于3月10日前报县委督查室、县政府督查室备案。涉及乡镇（街道）的任务，"
              "各乡镇（街道）要结合实际抓好落实。", FS, False)])
    p = para(doc, indent=True)
    runs(p, [("三、强化督查考核问效。", HT, False),
             ("县委督查室、县政府督查室要将清单任务纳入年度督查重点，实行季度通报、年终考核。"
              "各牵头单位于每季度末月25日前将任务推进情况书面报县委督查室、县政府督查室，"
              "对工作推进不力、影响全局工作的，按有关规定严肃问责。", FS, False)])
    para(doc, "")
    p = para(doc, "附件：1．" + ANNEX1)
    p.paragraph_format.left_indent = Pt(16 * 5)
    p.paragraph_format.first_line_indent = Pt(-16 * 3)
    p = para(doc, "2．" + ANNEX2)
    p.paragraph_format.left_indent = Pt(16 * 5)
    para(doc, "")
    # joint 落款
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, name in enumerate((ISSUER1, ISSUER2)):
        c = t.cell(0, i)
        c.width = Cm(7.8)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(name)
        set_font(r, FS, 16)
    p = para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 4)
    para(doc, "（此件发至乡镇、街道）", indent=True)

    # 附件1 on a landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    sec2.top_margin, sec2.bottom_margin = Cm(2.6), Cm(2.4)
    sec2.left_margin, sec2.right_margin = Cm(2.4), Cm(2.4)
    para(doc, "附件1", east=HT, size=16, first=sec2_first(doc))
    para(doc, ANNEX1, east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=36,
         space_before=6, space_after=12)
    t1 = build_table(doc, ANNEX1_PARTS)
    clean_merged(t1)
    p = para(doc, "注：牵头单位有两个的，排在第一位的为主牵头单位。", east=KT, size=12, line=20,
             space_before=6)

    # 附件2 on a new page
    p = para(doc, "附件2", east=HT, size=16)
    p.paragraph_format.page_break_before = True
    para(doc, ANNEX2, east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=36,
         space_before=6, space_after=12)
    h2 = ["序号", "实事项目", "牵头县领导", "牵头单位", "责任单位", "完成时限"]
    t2 = build_table(doc, [(None, ANNEX2_TASKS)], header2=h2)
    clean_merged(t2)

    # 版记 on a last portrait page
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        para(doc, "")
    p = para(doc, "抄送：县委各常委，县人大常委会、县政府、县政协领导班子成员，县法院，县检察院，县人武部。",
             size=14, line=26)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 1)
    border(p, "bottom", "000000", 4, 1)
    p = para(doc, "", size=14, line=26)
    runs(p, [(ISSUER1, FS, False), ("　　　　　　　　　　" + DATE + "印发", FS, False)], size=14)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "bottom", "000000", 8, 1)
    return doc


def sec2_first(doc):
    """the first paragraph of the new section is the paragraph after the sectPr carrier;
    python-docx's add_section leaves no empty paragraph, so just add one."""
    return doc.add_paragraph()


def save_deterministic(doc, path):
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 24, 9, 0, 0)
    cp.author = "县委办"
    cp.last_modified_by = "县委办"
    cp.title = ""
    cp.comments = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 24, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- gold

PROTECT = [XZ]


def split_units(cell_paras):
    """Split a unit cell: paragraphs, then 、 and ， outside brackets; the collective
    各乡镇（街道）党（工）委、政府（办事处） is one party (the towns' party committees and
    governments), so it is kept whole.  '/' means none."""
    out = []
    keep = {"\x00%d\x00" % i: w for i, w in enumerate(PROTECT)}
    for ptxt in cell_paras:
        if ptxt.strip() == "/":
            continue
        s = ptxt
        for tok, w in keep.items():
            s = s.replace(w, tok)
        depth = 0
        cur = ""
        for ch in s:
            if ch == "（":
                depth += 1
            elif ch == "）":
                depth -= 1
            if ch in "、，" and depth == 0:
                out.append(cur)
                cur = ""
            else:
                cur += ch
        out.append(cur)
    res = []
    for u in out:
        for tok, w in keep.items():
            u = u.replace(tok, w)
        u = u.strip()
        if u:
            res.append(u)
    return res


def gold_records():
    recs = []

    def walk(annex_no, tasks_in_order):
        prev_leaders = prev_lead = prev_deadline = None
        for (no, title, desc, leaders, lead, coop, deadline, newpart) in tasks_in_order:
            if newpart:
                prev_leaders = prev_lead = prev_deadline = None
            leaders = leaders if leaders is not None else prev_leaders
            lead = lead if lead is not None else prev_lead
            deadline = deadline if deadline is not None else prev_deadline
            assert leaders is not None and lead is not None and deadline is not None, no
            prev_leaders, prev_lead, prev_deadline = leaders, lead, deadline
            text = title + desc
            lu = split_units(lead)
            cu = split_units(coop)
            names = [name.replace("　", "").replace(" ", "") for g in leaders for _, name in g]
            recs.append({
                "id": "%d.%d" % (annex_no, no),
                "marker": str(no),
                "head": text[:12],
                "responsible_units": lu + cu,
                "lead_units": lu,
                "cooperating_units": cu,
                "leaders": names,
                "deadline": deadline,
            })

    seq = []
    for heading, tasks in ANNEX1_PARTS:
        for k, t in enumerate(tasks):
            seq.append(tuple(t) + (k == 0,))
    walk(1, seq)
    seq = [tuple(t) + (k == 0,) for k, t in enumerate(ANNEX2_TASKS)]
    walk(2, seq)
    return recs


def main():
    doc = build()
    save_deterministic(doc, DOCX)
    recs = gold_records()
    with open(GOLD, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(DOCX, GOLD, len(recs), "tasks")


if __name__ == "__main__":
    main()
