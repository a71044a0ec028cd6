#!/usr/bin/python3
"""Round 145, case 738 (control): 中共青峪县委办公室 notice splitting the tasks of the
2025 县委经济工作会议 among county leaders and units, as a Word file (.docx).

Writes, from the one structured description TASKS below:
  738_qingyu_xianwei_jingji_gongzuo_huiyi_renwu_fengong.docx
  738.tasks.gold.jsonl

Deterministic: core properties are fixed and the zip is rewritten with fixed
timestamps and a fixed member order, so two runs give the same bytes.
Run with /usr/bin/python3 (python-docx 0.8.11).
"""
import io
import json
import os
import re
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX_NAME = "738_qingyu_xianwei_jingji_gongzuo_huiyi_renwu_fengong.docx"
GOLD_NAME = "738.tasks.gold.jsonl"

COUNTY = "青峪县"
ISSUER = "中共青峪县委办公室"
WENHAO = "青办发〔2025〕4号"
DATE = "2025年2月18日"
ATTACH_TITLE = "2025年县委经济工作会议重点任务分工方案"

# ---------------------------------------------------------------------------
# The structured description of the tasks.
# Each task: (序号, bold lead phrase, rest of text  [str, or list of paragraphs: the
# first continues the bold phrase, later ones are extra paragraphs in the same cell],
# 牵头县领导 cell as printed (None = vertically merged with the cell above),
# 牵头单位 cell as printed, 责任单位 cell as printed, 完成时限 cell as printed)
# Printed cell strings carry the irregularities verbatim (padded 王　勇, a `，`
# where `、` was meant, a 责任单位 cell repeating the lead unit, ...).
# ---------------------------------------------------------------------------
PARTS = [
    ("一、坚持项目为王，全力扩大有效投资", [
        (1, "实施重大项目攻坚行动。",
         "全年谋划实施县级重点项目120个以上、完成投资150亿元以上，力争新开工亿元以上项目30个、竣工投产20个，固定资产投资增长8%以上。",
         "李春明、陈立新", "县发展和改革局",
         "县财政局、县自然资源局、县住房和城乡建设局、各乡镇", "2025年12月底前"),
        (2, "强化项目要素保障。",
         "积极争取超长期特别国债、中央预算内投资和地方政府专项债券，全年争取上级资金25亿元以上；统筹用地、用能、环评指标，优先保障重点项目需求。",
         "陈立新", "县财政局",
         "县发展和改革局，县自然资源局、市生态环境局青峪分局", "2025年12月底前"),
        (3, "深化精准招商引资。",
         "坚持“一把手”招商，围绕铝精深加工、特色农产品加工等主导产业开展产业链招商，全年引进亿元以上项目25个以上，到位资金80亿元以上。",
         "周振华、李春明", "县投资促进中心",
         "县发展和改革局、县工业和信息化局、县商务局、青峪经济开发区管委会", "2025年12月底前"),
        (4, "全面促进消费。",
         "落实消费品以旧换新政策，办好“青峪美食文化节”等促消费活动20场以上，社会消费品零售总额增长6%。",
         "何丽娟", "县商务局",
         "县财政局、县市场监督管理局、县文化和旅游局", "2025年12月底前"),
        (5, "加快重大基础设施建设。",
         "推进青峪至安澜高速公路连接线、县城南环路建设，开工建设青峪河水库灌区续建配套与节水改造工程。",
         "黄志远", "县交通运输局",
         "县水利局、县自然资源局、县财政局、沿线各乡镇", "2025年12月底前"),
        (6, "激发民间投资活力。",
         "落实促进民间投资政策措施，向民间资本推介项目30个以上，民间投资占全部投资比重提高2个百分点。",
         "陈立新", "县发展和改革局",
         "县财政局、县工商业联合会", "2025年12月底前"),
    ]),
    ("二、坚持工业强县，加快构建现代化产业体系", [
        (7, "实施制造业提质倍增行动。",
         "规模以上工业增加值增长8%以上，新增规上工业企业15家以上，工业增加值占地区生产总值比重达到38%。",
         "杨建平", "县工业和信息化局",
         "县发展和改革局、县统计局、青峪经济开发区管委会、各乡镇", "2025年12月底前"),
        (8, "壮大新材料主导产业。",
         "推动年产5万吨新型铝合金材料项目达产达效，延伸铝精深加工产业链，新材料产业产值突破60亿元。",
         None, "青峪经济开发区管委会",
         "县工业和信息化局、县自然资源局", "2025年10月底前"),
        (9, "推进企业数字化转型。",
         ["实施“智改数转”三年行动，新建数字化车间和智能工厂8个以上，规上工业企业数字化改造覆盖率达到60%。",
          "支持企业开展新一轮技术改造和设备更新，全年实施技改项目30个以上，工业技改投资增长10%以上。"],
         None, "县工业和信息化局",
         "县科学技术局、县财政局", "2025年12月底前"),
        (10, "推动文旅融合发展。",
         "创建国家4A级旅游景区1家，打造乡村旅游精品线路3条，全年接待游客突破600万人次，实现旅游综合收入50亿元。",
         "马国栋", "县文化和旅游局",
         "县委宣传部、县交通运输局、相关乡镇", "2025年12月底前"),
        (11, "培育壮大经营主体。",
         "新增各类经营主体5000户以上，新认定省级“专精特新”中小企业5家以上，推动“个转企”200户以上。",
         "何丽娟", "县市场监督管理局",
         "县工业和信息化局、县行政审批服务局、国家税务总局青峪县税务局", "2025年12月底前"),
        (12, "加快发展现代服务业。",
         "推进青峪物流园二期建设，培育限额以上商贸企业20家以上，电子商务交易额增长15%。",
         "何丽娟", "县商务局",
         "县发展和改革局、县交通运输局、县供销合作社联合社", "2025年12月底前"),
    ]),
    ("三、坚持改革创新，持续优化营商环境", [
        (13, "深化重点领域改革。",
         "统筹推进国资国企、财税金融、要素市场化配置等重点改革，年内完成县属国有企业整合重组。",
         "陈立新", "县委改革办、县财政局",
         "县发展和改革局、县国有资产服务中心", "2025年9月底前"),
        (14, "持续优化营商环境。",
         "深化“高效办成一件事”改革，推行涉企事项“一网通办”“一窗受理”，政务服务事项网上可办率达到98%以上。",
         "李春明", "县行政审批服务局",
         "县发展和改革局、县司法局、县直有关单位", "2025年12月底前"),
        (15, "强化金融服务实体经济。",
         "常态化开展政银企对接活动，全年新增各项贷款20亿元以上，不良贷款率控制在2%以内。",
         "陈立新", "县财政局",
         "县财政局、国家金融监督管理总局青峪监管支局、县内各银行业金融机构", "2025年12月底前"),
        (16, "提升县域科技创新能力。",
         "全社会研发经费投入强度达到1.8%，新认定高新技术企业8家以上，新建市级以上研发平台3个。",
         "杨建平", "县科学技术局",
         "县工业和信息化局、县财政局、国家税务总局青峪县税务局", "2025年12月底前"),
        (17, "扩大高水平对外开放。",
         "支持企业参加广交会、进博会等重点展会，外贸进出口总额增长10%以上。",
         "何丽娟", "县商务局",
         "青峪经济开发区管委会、县财政局", "2025年12月底前"),
    ]),
    ("四、坚持农业农村优先发展，全面推进乡村振兴", [
        (18, "稳定粮食生产。",
         "严格落实粮食安全党政同责，粮食播种面积稳定在52万亩以上，总产量达到2.3亿斤，新建高标准农田3万亩。",
         "王　勇、刘文博", "县农业农村局",
         "县发展和改革局、县自然资源局、县粮食和物资储备局、各乡镇", "2025年10月底前"),
        (19, "巩固拓展脱贫攻坚成果。",
         "健全防止返贫致贫监测和帮扶机制，坚决守住不发生规模性返贫致贫底线。",
         "王　勇", "县农业农村局",
         "县人力资源和社会保障局、县民政局、县医疗保障局、各乡镇党委", "长期坚持"),
        (20, "做强乡村特色产业。",
         "做大做强小杂粮、中药材、肉牛养殖三大特色产业，新培育市级以上农业产业化龙头企业3家。",
         "刘文博", "县农业农村局",
         "县林业局、县畜牧兽医服务中心、县供销合作社联合社", "2025年12月底前"),
        (21, "扎实推进乡村建设。",
         "完成农村户厕改造2000座，建成和美乡村示范村15个，持续提升农村人居环境。",
         "王　勇", "县农业农村局",
         "县住房和城乡建设局、市生态环境局青峪分局、各乡镇", "2025年11月底前"),
        (22, "深化农村综合改革。",
         "稳妥推进第二轮土地承包到期后再延长30年试点，发展壮大新型农村集体经济，集体经济收入10万元以上的村占比达到60%。",
         "王　勇", "县委农办",
         "县农业农村局、县财政局、各乡镇党委", "2025年12月底前"),
        (23, "抓党建促乡村振兴。",
         "深入实施村党组织带头人“头雁”工程，开展村党组织书记全员轮训，持续整顿软弱涣散村党组织。",
         "赵雅琴", "县委组织部",
         "县委农办、各乡镇党委", "2025年12月底前"),
    ]),
    ("五、坚持城乡融合，提升城市品质和生态环境", [
        (24, "推进以县城为重要载体的新型城镇化。",
         "实施城市更新行动，改造城镇老旧小区12个，常住人口城镇化率提高1个百分点。",
         "黄志远", "县住房和城乡建设局",
         "县发展和改革局、县自然资源局、县城市管理局", "2025年12月底前"),
        (25, "提升城市精细化管理水平。",
         "深化城市管理“十乱”整治，新增公共停车泊位800个，推进背街小巷改造提升。",
         "黄志远", "县城市管理局",
         "县住房和城乡建设局、县公安局", "长期坚持"),
        (26, "深入打好污染防治攻坚战。",
         "PM2.5平均浓度控制在35微克/立方米以下，县级集中式饮用水水源地水质达标率保持100%。",
         "李春明、黄志远", "市生态环境局青峪分局",
         "县住房和城乡建设局、县农业农村局、县水利局、县公安局、各乡镇", "2025年12月底前"),
        (27, "全面推行林长制、河湖长制。",
         "完成营造林3万亩，落实各级河湖长巡河制度，推进青峪河流域综合治理。",
         "刘文博", "县林业局、县水利局",
         "各乡镇", "2025年底前"),
        (28, "推动绿色低碳发展。",
         "严格落实能耗双控向碳排放双控转变要求，单位地区生产总值能耗下降3%。",
         "杨建平", "县发展和改革局",
         "县工业和信息化局、市生态环境局青峪分局、县机关事务服务中心", "2025年12月底前"),
    ]),
    ("六、坚持民生为本，不断增进人民福祉", [
        (29, "稳定和扩大就业。",
         "城镇新增就业3200人，城镇调查失业率控制在5.5%以内，农村劳动力转移就业5万人以上。",
         "张秀梅", "县人力资源和社会保障局",
         "县人力资源和社会保障局、县农业农村局、县总工会、团县委、县妇联", "2025年12月底前"),
        (30, "办好人民满意的教育。",
         "新建、改扩建中小学和幼儿园5所，新增学位2400个，推进县域义务教育优质均衡发展。",
         "张秀梅", "县教育局",
         "县发展和改革局、县财政局、县自然资源局、县住房和城乡建设局", "2025年8月底前"),
        (31, "推进健康青峪建设。",
         "深化紧密型县域医共体建设，县人民医院新院区投入使用，基层医疗卫生机构标准化建设达标率达到100%。",
         "张秀梅", "县卫生健康局",
         "县医疗保障局、县人民医院、各乡镇", "2025年12月底前"),
        (32, "完善社会保障体系。",
         "城乡居民基本养老保险参保率稳定在95%以上，适时提高城乡低保标准，做好困难群众基本生活保障。",
         "张秀梅", "县民政局",
         "县人力资源和社会保障局、县医疗保障局、县财政局", "2025年12月底前"),
        (33, "办好十件民生实事。",
         "聚焦群众急难愁盼，扎实办好县委、县政府确定的十件民生实事，确保件件有着落、事事有回音。",
         "李春明", "县政府办公室",
         "县直有关单位、各乡镇", "2025年12月底前"),
    ]),
    ("七、坚持统筹发展和安全，加强党对经济工作的全面领导", [
        (34, "防范化解重点领域风险。",
         "稳妥化解地方政府债务风险，严控新增隐性债务，坚决守住不发生系统性风险底线。",
         "陈立新", "县财政局",
         "县发展和改革局、县住房和城乡建设局、县国有资产服务中心", "长期坚持"),
        (35, "抓好安全生产。",
         "深入推进安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。",
         "许海涛", "县应急管理局",
         "县安全生产委员会各成员单位、各乡镇", "长期坚持"),
        (36, "维护社会和谐稳定。",
         "坚持和发展新时代“枫桥经验”，深化信访工作法治化，常态化开展扫黑除恶斗争。",
         "郭晓东、许海涛", "县委政法委",
         "县公安局、县信访局、县司法局、县人民法院、县人民检察院、各乡镇党委", "长期坚持"),
        (37, "加强党的全面领导。",
         "坚持把党的领导贯穿经济工作全过程，县委常委会定期研究经济形势和重大问题，严格落实“第一议题”制度。",
         "周振华", "县委办公室",
         "县委各部委、县直各单位党组（党委）", "长期坚持"),
        (38, "锻造过硬干部队伍。",
         "树立重实干重实绩的用人导向，落实“三个区分开来”，完善干部担当作为激励和容错纠错机制。",
         "赵雅琴", "县委组织部",
         "县纪委监委、县委各部委、各乡镇党委", "长期坚持"),
        (39, "持续改进作风。",
         "深入贯彻中央八项规定精神，持续整治形式主义为基层减负，营造风清气正的良好政治生态。",
         "吴振宇", "县纪委监委",
         "县委办公室、县政府办公室、县委组织部", "长期坚持"),
    ]),
]

MAIN_SEND = "各乡镇党委，县委各部委，县直各单位党组（党委），各人民团体："
COVER = [
    "《2025年县委经济工作会议重点任务分工方案》已经县委同意，现印发给你们，请结合实际认真抓好贯彻落实。",
    "各牵头县领导要加强统筹调度，亲自研究部署、协调推进分管领域重点任务。牵头单位对任务落实负总责，"
    "要制定具体落实措施，明确时间表、路线图；责任单位要按照职责分工主动对接、密切配合，形成工作合力。",
    "县委督查室将把重点任务落实情况纳入年度督查重点，定期跟踪督办。请各牵头单位于每季度最后一个月25日前"
    "将任务推进情况书面报送县委督查室，全年工作完成情况于2025年12月20日前报送。",
]
CC_LINE = "抄送：市委办公室，县人大常委会办公室，县政府办公室，县政协办公室，县人武部。"
PRINT_LINE_L = "中共青峪县委办公室"
PRINT_LINE_R = "2025年2月18日印发"

SEPS = "、，；"


def split_units(cell):
    """Split a printed unit cell at 、，； (never inside brackets)."""
    out, cur, depth = [], "", 0
    for ch in cell:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if ch in SEPS and depth == 0:
            out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    out.append(cur.strip())
    return [u for u in out if u]


def gold_records():
    recs = []
    prev_leader = None
    for _, tasks in PARTS:
        for (n, bold, rest, leader_cell, lead_cell, resp_cell, deadline) in tasks:
            if leader_cell is None:
                leader_cell = prev_leader  # vertically merged with the cell above
            prev_leader = leader_cell
            first = rest[0] if isinstance(rest, list) else rest
            text = re.sub(r"\s", "", bold + first)
            leaders = [re.sub(r"\s", "", x) for x in leader_cell.split("、")]
            leads = split_units(lead_cell)
            resp = split_units(resp_cell)
            coop = [u for u in resp if u not in leads]
            responsible = []
            for u in leads + resp:
                if u not in responsible:
                    responsible.append(u)
            recs.append({
                "id": str(n), "marker": str(n), "head": text[:12],
                "responsible_units": responsible, "lead_units": leads,
                "cooperating_units": coop, "leaders": leaders, "deadline": deadline,
            })
    return recs


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
FANGSONG = "仿宋_GB2312"
XBS = "方正小标宋简体"
HEITI = "黑体"
KAITI = "楷体_GB2312"
SONGTI = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)


def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def para(container, text="", font=FANGSONG, size=16, bold=None, align=None, indent=False,
         color=None, line=28.95, before=0, after=0):
    p = container.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
        ind = p._p.get_or_add_pPr().find(qn("w:ind"))
        ind.set(qn("w:firstLineChars"), "200")
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def border(p, side, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        # pBdr must come before spacing/ind/jc in CT_PPr; insert early
        anchor = None
        for tag in ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc"):
            anchor = ppr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(pbdr)
        else:
            ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)


def add_page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, SONGTI, 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        r = p.add_run()
        set_font(r, SONGTI, 14)
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
        elif kind == "text":
            t = OxmlElement("w:t")
            t.text = txt
            r._element.append(t)
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
    r = p.add_run(" —")
    set_font(r, SONGTI, 14)


def set_cell_text(cell, paragraphs, font=FANGSONG, size=11, bold_first=None, align=None):
    """paragraphs: list of strings; bold_first: a prefix of the first paragraph set in bold."""
    cell.paragraphs[0].text = ""
    for i, txt in enumerate(paragraphs):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(18)
        if i == 0 and bold_first:
            r = p.add_run(bold_first)
            set_font(r, font, size, True)
            txt = txt[len(bold_first):]
        if txt:
            r = p.add_run(txt)
            set_font(r, font, size, False)


def vcenter(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vAlign")
    v.set(qn("w:val"), "center")
    tcpr.append(v)


def build_docx():
    doc = Document()
    # Normal style: 仿宋_GB2312 三号
    st = doc.styles["Normal"]
    st.font.name = FANGSONG
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), FANGSONG)

    # --- section 1: A4 portrait, GB/T 9704 margins
    s1 = doc.sections[0]
    s1.page_width, s1.page_height = Cm(21.0), Cm(29.7)
    s1.top_margin, s1.bottom_margin = Cm(3.7), Cm(3.5)
    s1.left_margin, s1.right_margin = Cm(2.8), Cm(2.6)
    add_page_number_footer(s1)

    # 版头
    para(doc, "", line=None)
    para(doc, "", line=None)
    p = para(doc, ISSUER + "文件", font=XBS, size=36, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=RED, line=None, before=12, after=12)
    para(doc, "", line=None)
    p = para(doc, WENHAO, align=WD_ALIGN_PARAGRAPH.CENTER, line=None)
    border(p, "bottom", "FF0000", 24)
    para(doc, "", line=None)

    # 标题 (three paragraphs, as Word users break it)
    for t in ("中共青峪县委办公室", "关于印发《2025年县委经济工作会议", "重点任务分工方案》的通知"):
        para(doc, t, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "")

    # 主送 + 正文
    para(doc, MAIN_SEND)
    for t in COVER:
        para(doc, t, indent=True)
    para(doc, "")
    # 附件说明
    p = para(doc, "附件：" + ATTACH_TITLE, indent=True)
    para(doc, "")
    para(doc, "")
    # 落款 and date, right side
    p = para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Cm(2.0)
    p = para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Cm(2.4)
    # 附注
    para(doc, "（此件公开发布）", indent=True)

    # --- section 2: landscape, the attachment
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21.0)
    s2.top_margin, s2.bottom_margin = Cm(2.8), Cm(2.6)
    s2.left_margin, s2.right_margin = Cm(2.5), Cm(2.5)

    para(doc, "附件", font=HEITI, size=16)
    para(doc, "")
    para(doc, ATTACH_TITLE, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=36, after=12)

    widths = [Cm(1.2), Cm(9.8), Cm(2.6), Cm(3.2), Cm(5.6), Cm(2.3)]
    header = ["序号", "重点任务", "牵头县领导", "牵头单位", "责任单位", "完成时限"]
    n_rows = 1 + sum(1 + len(ts) for _, ts in PARTS)
    table = doc.add_table(rows=n_rows, cols=6)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(w.twips))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    # header row, repeated on every page
    hrow = table.rows[0]
    trpr = hrow._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trpr.append(th)
    for c, h in zip(hrow.cells, header):
        set_cell_text(c, [h], font=HEITI, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
        vcenter(c)

    r = 1
    merge_top = None
    for part_title, tasks in PARTS:
        row = table.rows[r]
        merged = row.cells[0].merge(row.cells[5])
        set_cell_text(merged, [part_title], font=HEITI, size=12)
        r += 1
        for (n, bold, rest, leader_cell, lead_cell, resp_cell, deadline) in tasks:
            row = table.rows[r]
            cells = row.cells
            paras = [bold + rest[0]] + list(rest[1:]) if isinstance(rest, list) else [bold + rest]
            set_cell_text(cells[0], [str(n)], align=WD_ALIGN_PARAGRAPH.CENTER)
            set_cell_text(cells[1], paras, bold_first=bold, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            if leader_cell is None:
                top_cell, _ = merge_top
                top_cell = top_cell.merge(cells[2])
                merge_top = (top_cell, merge_top[1])
            else:
                set_cell_text(cells[2], [leader_cell], align=WD_ALIGN_PARAGRAPH.CENTER)
                merge_top = (cells[2], leader_cell)
            set_cell_text(cells[3], [lead_cell], align=WD_ALIGN_PARAGRAPH.CENTER)
            set_cell_text(cells[4], [resp_cell], align=WD_ALIGN_PARAGRAPH.LEFT)
            set_cell_text(cells[5], [deadline], align=WD_ALIGN_PARAGRAPH.CENTER)
            for c in (cells[0], cells[2], cells[3], cells[5]):
                vcenter(c)
            r += 1

    # after merging, make sure the merged leader cells have a single paragraph with the text
    for row in table.rows[1:]:
        c = row.cells[2]
        ps = c.paragraphs
        if len(ps) > 1:
            # merge() may leave empty paragraphs from the lower cells: drop them
            for extra in ps[1:]:
                if not extra.text.strip():
                    extra._p.getparent().remove(extra._p)

    # --- section 3: portrait, 版记 on the last page
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Cm(21.0), Cm(29.7)
    s3.top_margin, s3.bottom_margin = Cm(3.7), Cm(3.5)
    s3.left_margin, s3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(16):
        para(doc, "", line=None)
    p = para(doc, CC_LINE, size=14, line=None)
    p.paragraph_format.left_indent = Cm(0.35)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = para(doc, "", size=14, line=None)
    p.paragraph_format.left_indent = Cm(0.35)
    r1 = p.add_run(PRINT_LINE_L)
    set_font(r1, FANGSONG, 14)
    r2 = p.add_run("\t" + PRINT_LINE_R)
    set_font(r2, FANGSONG, 14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), alignment=WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "000000", 8)

    # fixed core properties
    cp = doc.core_properties
    cp.author = "Administrator"
    cp.last_modified_by = "Administrator"
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 3
    cp.created = datetime.datetime(2025, 2, 17, 9, 12, 0)
    cp.modified = datetime.datetime(2025, 2, 18, 10, 36, 0)
    cp.last_printed = datetime.datetime(2025, 2, 18, 10, 40, 0)
    return doc


def deterministic_save(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        names = src.namelist()
        order = sorted(names, key=lambda n: (n != "[Content_Types].xml", n))
        for n in order:
            zi = zipfile.ZipInfo(n, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, src.read(n))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def main():
    doc = build_docx()
    deterministic_save(doc, os.path.join(HERE, DOCX_NAME))
    recs = gold_records()
    with open(os.path.join(HERE, GOLD_NAME), "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {DOCX_NAME} and {GOLD_NAME} ({len(recs)} tasks)")


if __name__ == "__main__":
    main()
