#!/usr/bin/python3
"""Generator for round 145 / test 739.

A 县政府办 red-header Word notice whose landscape 附件 table
`序号 / 重点工作任务 / 责任县领导 / 牵头单位 / 配合单位 / 完成时限` lays out
"分线负责" tasks: a task shared by several county leaders is ONE numbered row
whose 序号, 重点工作任务 (and usually 完成时限) cells are merged down over 2–3
sub-rows, each sub-row carrying one leader with the lead and cooperating units of
his or her line of work.  The sub-rows have no task text of their own; the cover
text says how to read them.

Writes 739_qiyuan_xian_gzbg_renwu_fengong.docx and 739.tasks.gold.jsonl from the
single description TASKS below.  Deterministic: fixed core properties and fixed
zip timestamps.
"""
import io
import json
import os
import re
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX = os.path.join(HERE, "739_qiyuan_xian_gzbg_renwu_fengong.docx")
GOLD = os.path.join(HERE, "739.tasks.gold.jsonl")

ISSUER = "淇源县人民政府办公室"
WENHAO = "淇政办发〔2025〕7号"
DATE = "2025年3月14日"
ATTACH_TITLE = "2025年《政府工作报告》重点工作任务分工方案"

# ---------------------------------------------------------------------------
# The one structured description of the tasks.
# Each task: (category index, text paragraphs, sub-rows, deadline, options)
# A sub-row is (leader cell, lead cell, cooperating cell); a leader cell None
# means the cell is merged with the leader cell above.  A cell given as a list
# is printed one paragraph per item.
# options: "deadline_per_row" -> the 完成时限 is typed in every sub-row
#          instead of one merged cell.
# ---------------------------------------------------------------------------
CATEGORIES = [
    "一、扎实推进项目建设和产业发展（7项）",
    "二、着力扩大有效需求（5项）",
    "三、深化改革创新（5项）",
    "四、推进乡村全面振兴（5项）",
    "五、提升城市功能品质（4项）",
    "六、增进民生福祉（8项）",
    "七、加强政府自身建设（2项）",
]

TASKS = [
    # 一
    (0, ["全力推进项目建设。坚持“项目为王”，全年实施省市县重点项目126个，完成年度投资152亿元以上；新开工亿元以上项目40个，竣工投产亿元以上项目26个，力争更多项目列入省市重点项目盘子。"],
     [("王　勇", "县发改局", "县财政局、县自然资源局"),
      ("李晓明", "县科工信局", "县经开区管委会、县自然资源局"),
      ("刘振东", "县住建局", "县城投集团")],
     "12月底前", {}),
    (0, ["大力开展招商引资。坚持“一把手”招商、产业链招商、以商招商，聚焦新型建材、绿色食品等主导产业精准招引，全年新签约亿元以上项目50个，到位县外资金85亿元以上。"],
     [("周建华", "县投资促进中心", "县直有关单位"),
      ("李晓明", "县经开区管委会", "县科工信局、县商务局")],
     "12月底前", {}),
    (0, ["做强做优主导产业。推动新型建材、绿色食品加工两大主导产业提质扩量，实施技改项目30个，规模以上工业增加值增长8%以上。"],
     [("李晓明", "县科工信局", "县经开区管委会、县统计局")],
     "12月底前", {}),
    (0, ["推动经开区提档升级。深化经开区“管委会+公司”体制改革，完成扩区调区，新建标准化厂房10万平方米，亩均税收提高10%。"],
     [("李晓明", "县经开区管委会", "县发改局、县自然资源局、市生态环境局淇源分局")],
     "10月底前", {}),
    (0, ["培育壮大经营主体。实施“小升规”“规升巨”培育行动，新增规上工业企业12家、限上商贸企业20家，新增经营主体6000户以上。"],
     [("李晓明", "县科工信局、县商务局", "县市场监管局，县税务局")],
     "12月底前", {}),
    (0, ["加快发展数字经济。新建5G基站200个，推进工业互联网标识解析应用，培育数字化车间和智能工厂5个。"],
     [("王　勇", "县数据局", "县科工信局、中国移动淇源分公司、中国电信淇源分公司")],
     "11月底前", {}),
    (0, ["繁荣发展现代服务业。完善县乡村三级物流配送体系，建成县级电商物流分拨中心；推进青屏山景区创建国家4A级旅游景区，全年接待游客突破500万人次。"],
     [("王　勇", "县商务局", "县交通运输局、县邮政分公司"),
      ("陈　静", "县文旅局", "县财政局、县自然资源局")],
     "12月底前", {"deadline_per_row": True}),
    # 二
    (1, ["持续激发消费潜力。落实消费品以旧换新政策，举办各类促消费活动30场以上，社会消费品零售总额增长6%。"],
     [("王　勇", "县商务局", "县财政局、县市场监管局、县统计局")],
     "12月底前", {}),
    (1, ["积极争取政策资金。抢抓超长期特别国债、地方政府专项债券等政策机遇，谋划储备项目200个以上，全年争取上级资金40亿元以上。"],
     [("王　勇", "县发改局", "县自然资源局"),
      (None, "县财政局", "县审计局")],
     "12月底前", {}),
    (1, ["扩大有效投资。落实促进民间投资政策措施，推介民间投资项目30个以上，民间投资占固定资产投资比重提高到55%。"],
     [("王　勇", "县发改局", "县工商联、县行政审批局")],
     "12月底前", {}),
    (1, ["促进房地产市场平稳健康发展。优化房地产调控措施，推进保交房和城中村改造，收购存量商品房用作保障性住房200套。"],
     [("刘振东", "县住建局", "县自然资源局、县财政局、县税务局")],
     "12月底前", {}),
    (1, ["稳住外贸外资基本盘。支持企业参加广交会等重点展会，培育外贸实绩企业5家，进出口总额增长5%。"],
     [("李晓明", "县商务局", "县科工信局、县税务局")],
     "12月底前", {}),
    # 三
    (2, ["深化国资国企改革。推进县属国有企业整合重组和市场化转型，完成国有企业改革深化提升行动年度任务。"],
     [("王　勇", "县财政局（县国资办）", "县城投集团、县交投公司")],
     "9月底前", {}),
    (2, ["持续优化营商环境。深化“高效办成一件事”改革，推行涉企行政检查“扫码入企”，开展营商环境突出问题专项整治，营商环境评价进入全市前三。"],
     [("王　勇", "县行政审批局", "县数据局、县发改局"),
      ("孙立新", "县公安局", "县司法局"),
      ("欧阳红梅", "县市场监管局", "/")],
     "12月底前", {}),
    (2, ["增强科技创新能力。新增高新技术企业8家、科技型中小企业30家，全社会研发经费投入强度提高0.2个百分点。"],
     [("李晓明", "县科工信局", "县财政局、县税务局、县统计局")],
     "12月底前", {}),
    (2, ["深化农业农村改革。稳妥推进第二轮土地承包到期后再延长30年试点，发展壮大新型农村集体经济，村集体经济年收入10万元以上的村达到60%。"],
     [("赵国平", "县农业农村局", "县自然资源局、县财政局、各乡（镇）人民政府")],
     "11月底前", {}),
    (2, ["推进财税金融改革。加强财源建设，防范化解地方债务风险；深化政银企对接，全年新增各项贷款30亿元以上。"],
     [("王　勇", "县财政局", "县税务局、县金融服务中心")],
     "12月底前", {}),
    # 四
    (3, ["扛稳粮食安全责任。粮食播种面积稳定在52万亩以上，新建高标准农田3万亩，粮食产量稳定在22万吨以上。"],
     [("赵国平", "县农业农村局", "县发改局、县自然资源局、县财政局、各乡（镇）人民政府")],
     "10月底前", {}),
    (3, ["巩固拓展脱贫攻坚成果。健全防止返贫动态监测和帮扶机制，落实教育、医疗、住房、饮水安全保障政策，确保不发生规模性返贫致贫。"],
     [("赵国平", "县农业农村局", "县财政局、县人社局、县水利局"),
      ("陈　静", "县教育局、县卫健局", "县医保局")],
     "12月底前", {}),
    (3, ["加强水利基础设施建设。加快推进青屏水库除险加固和淇河综合治理工程。",
         "实施农村供水保障工程，农村自来水普及率达到95%。"],
     [("赵国平", "县水利局", "县发改局、县财政局")],
     "11月底前", {}),
    (3, ["建设宜居宜业和美乡村。深入推进农村人居环境整治，农村卫生厕所普及率达到80%；新改建农村公路120公里。"],
     [("赵国平", "县农业农村局", "县卫健局、各乡（镇）人民政府"),
      ("刘振东", "县交通运输局", "县财政局")],
     "12月底前", {}),
    (3, ["壮大乡村特色产业。发展肉牛、食用菌、中药材等特色产业，新培育市级以上农业产业化龙头企业3家，农村居民人均可支配收入增长7%。"],
     [("赵国平", "县农业农村局", "县商务局、县供销社、县统计局")],
     "12月底前", {}),
    # 五
    (4, ["实施城市更新行动。改造老旧小区22个、城中村2个，新建改造城市道路8条，完善雨污分流管网15公里。"],
     [("刘振东", "县住建局", "县自然资源局、县城投集团、城关镇人民政府")],
     "6月底前启动，12月底前完成", {}),
    (4, ["提升城市精细化管理水平。深化“721”工作法，开展市容环境综合整治，新增停车泊位1500个。"],
     [("刘振东", "县城管局", "县住建局、县公安局、城关镇人民政府")],
     "12月底前", {}),
    (4, ["完善综合交通体系。加快淇源至平川高速公路前期工作，推进国道G207改线工程建设；优化城区交通组织，治理重点路段拥堵。"],
     [("刘振东", "县交通运输局", "县自然资源局、县发改局"),
      ("孙立新", "县公安局", "县城管局")],
     "12月底前", {}),
    (4, ["深入打好污染防治攻坚战。PM2.5平均浓度控制在38微克/立方米以内，县城集中式饮用水水源地水质达标率保持100%。"],
     [("欧阳红梅", "市生态环境局淇源分局", "县住建局、县农业农村局、县城管局、县水利局")],
     "12月底前", {}),
    # 六
    (5, ["守牢安全发展底线。深化安全生产治本攻坚三年行动，严防重特大事故发生；常态化推进扫黑除恶斗争，建设更高水平的平安淇源。"],
     [("王　勇", "县应急管理局", "县直有关单位"),
      ("孙立新", "县公安局", "县司法局、县信访局")],
     "12月底前", {}),
    (5, ["稳定和扩大就业。城镇新增就业3500人，农村劳动力转移就业12万人，城镇调查失业率控制在5.5%以内。"],
     [("欧阳红梅", "县人社局", "县教育局、县农业农村局、县总工会")],
     "12月底前", {}),
    (5, ["推进教育优质均衡发展。新建、改扩建中小学和幼儿园6所，新增学位3000个，迎接县域义务教育优质均衡发展督导评估。"],
     [("陈　静", "县教育局", "县发改局、县财政局、县住建局")],
     "8月底前", {}),
    (5, ["加快建设健康淇源。推进紧密型县域医共体建设，县人民医院新院区投入使用，乡镇卫生院标准化建设达标率100%。"],
     [("陈　静", "县卫健局", "县医保局、县财政局")],
     "12月底前", {}),
    (5, ["健全社会保障体系。扩大养老保险参保覆盖面，城乡居民医保参保率稳定在95%以上，新建社区嵌入式养老服务中心4个。"],
     [("欧阳红梅", "县民政局、县医保局", "县人社局、县财政局")],
     "12月底前", {}),
    (5, ["繁荣发展文化体育事业。实施文化惠民工程，送戏下乡200场；举办县第十届全民运动会，新建全民健身场地10处。"],
     [("陈　静", "县文旅局", ["县委宣传部", "县融媒体中心", "县教育局"])],
     "12月底前", {}),
    (5, ["用心办好民生实事。集中财力办好县人代会票决的十件民生实事，定期公开进展，确保件件有着落、事事有回音。"],
     [("周建华、王　勇", "县政府办公室", "县财政局、各实事牵头单位")],
     "12月底前", {}),
    (5, ["维护社会和谐稳定。深化信访工作法治化，常态化开展矛盾纠纷排查化解，健全社会治安整体防控体系。"],
     [("孙立新", "县公安局", "县信访局、县司法局、各乡（镇）人民政府")],
     "持续推进", {}),
    # 七
    (6, ["加快建设法治政府。严格落实重大行政决策程序规定，规范行政执法行为，提升行政复议质效。"],
     [("王　勇", "县司法局", "县政府各部门")],
     "12月底前", {}),
    (6, ["持之以恒正风肃纪。严格落实中央八项规定及其实施细则精神，加强审计监督，坚持过紧日子，一般性支出压减5%以上。"],
     [("周建华", "县审计局", "县财政局、县政府办公室")],
     "12月底前", {}),
]

COVER = [
    ("", "《政府工作报告》已经县十八届人民代表大会第五次会议审议通过。为确保报告确定的各项目标任务落到实处，经县政府同意，现将《2025年〈政府工作报告〉重点工作任务分工方案》印发给你们，并就有关事项通知如下："),
    ("一、压实工作责任。", "各项任务实行“责任县领导+牵头单位”负责制。“责任县领导”栏所列县领导对该项任务统筹调度、负总责；“牵头单位”为第一责任单位，牵头单位有两个的，排在第一位的为主牵头单位，其他单位共同牵头；“配合单位”按照职责分工积极配合，“/”表示无配合单位。同一项任务分行列出多名责任县领导的，实行分线负责：各责任县领导与同一行所列牵头单位、配合单位相对应，分别抓好该项任务中分管领域的工作，该项任务的序号、内容和完成时限不变。"),
    ("二、细化推进措施。", "各牵头单位要在3月底前制定具体落实方案，明确时间表、路线图和责任人，报县政府督查室备案。分线负责的任务，由各条线牵头单位分别制定方案，排在第一行的牵头单位负责汇总。"),
    ("三、强化督查考核。", "各牵头单位于每季度末月25日前将任务进展情况报县政府督查室，县政府督查室汇总后报县政府。任务完成情况纳入年度目标责任考核，对工作推进不力、进度滞后的单位予以通报。"),
]
CONTACT = "联系人：县政府督查室　何　静；联系电话：0392-7215306。"


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def set_font(run, name, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def para(container, text="", font="仿宋_GB2312", size=16, bold=False, align=None,
         indent=False, color=None, space_after=0, line=None):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    if line:
        pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def add_page_number_footer(section):
    footer = section.footer
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    rr = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    rr.append(t)
    fld.append(rr)
    p._p.append(fld)
    r2 = p.add_run(" —")
    set_font(r2, "宋体", 14)


def cell_text(cell, value, font="仿宋_GB2312", size=11, bold=False, align=None):
    """Fill a cell; value a string or a list of paragraph strings."""
    items = value if isinstance(value, list) else [value]
    first = cell.paragraphs[0]
    for i, it in enumerate(items):
        p = first if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(16)
        if align is not None:
            p.alignment = align
        if it:
            r = p.add_run(it)
            set_font(r, font, size, bold)


def set_cell_width(cell, cm):
    cell.width = Cm(cm)


def set_repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def set_cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trpr.append(c)


# ---------------------------------------------------------------------------
# gold derivation from TASKS
# ---------------------------------------------------------------------------
def split_units(cell):
    items = cell if isinstance(cell, list) else [cell]
    out = []
    for it in items:
        for u in re.split(r"[、，；]", it):
            u = u.strip()
            if u and u != "/":
                out.append(u)
    return out


def dedupe(xs):
    seen, out = set(), []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def gold_records():
    recs = []
    for n, (cat, paras, rows, deadline, opts) in enumerate(TASKS, 1):
        leaders, leads, coops, resp = [], [], [], []
        for ldr, lead, coop in rows:
            if ldr is not None:
                leaders += [x.replace("　", "") for x in split_units(ldr)]
            lu = split_units(lead)
            cu = split_units(coop)
            leads += lu
            coops += cu
            resp += lu + cu
        text = "".join(paras)
        recs.append({
            "id": str(n),
            "marker": str(n),
            "head": re.sub(r"\s", "", text)[:12],
            "responsible_units": dedupe(resp),
            "lead_units": dedupe(leads),
            "cooperating_units": dedupe(coops),
            "leaders": dedupe(leaders),
            "deadline": deadline,
        })
    return recs


# ---------------------------------------------------------------------------
# document
# ---------------------------------------------------------------------------
def build():
    doc = Document()
    # default style
    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    add_page_number_footer(sec)

    # 版头
    para(doc, "", space_after=0)
    para(doc, ISSUER + "文件", font="方正小标宋简体", size=30, align=WD_ALIGN_PARAGRAPH.CENTER,
         color=RGBColor(0xFF, 0x00, 0x00), space_after=24)
    p = para(doc, WENHAO, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    bottom_border(p)
    para(doc, "")
    # title broken by a line break
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    r = p.add_run(ISSUER + "关于印发")
    set_font(r, "方正小标宋简体", 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("2025年《政府工作报告》重点工作任务分工方案的通知")
    set_font(r, "方正小标宋简体", 22)
    para(doc, "")
    para(doc, "各乡（镇）人民政府，淇源经济开发区管委会，县人民政府各部门、各直属机构：", line=28)
    for lead_in, body in COVER:
        p = para(doc, "", indent=True, line=28)
        if lead_in:
            r = p.add_run(lead_in)
            set_font(r, "黑体", 16)
        r = p.add_run(body)
        set_font(r, "仿宋_GB2312", 16)
    para(doc, CONTACT, indent=True, line=28)
    para(doc, "")
    p = para(doc, "", line=28)
    p.paragraph_format.left_indent = Pt(32)
    r = p.add_run("附件：" + ATTACH_TITLE)
    set_font(r, "仿宋_GB2312", 16)
    para(doc, "")
    para(doc, "")
    p = para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）", indent=True, line=28)

    # 附件: landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    sec2.top_margin, sec2.bottom_margin = Cm(2.6), Cm(2.4)
    sec2.left_margin, sec2.right_margin = Cm(2.5), Cm(2.5)
    para(doc, "附件", font="黑体", size=16)
    para(doc, "")
    para(doc, ATTACH_TITLE, font="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
         space_after=12)

    widths = [1.3, 10.1, 2.6, 3.3, 5.0, 2.4]
    heads = ["序号", "重点工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]
    # count rows
    nrows = 1 + len(CATEGORIES) + sum(len(t[2]) for t in TASKS)
    table = doc.add_table(rows=nrows, cols=6)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(round(w * 567))))
    tblw = table._tbl.tblPr.find(qn("w:tblW"))
    if tblw is None:
        tblw = OxmlElement("w:tblW")
        table._tbl.tblPr.append(tblw)
    tblw.set(qn("w:type"), "dxa")
    tblw.set(qn("w:w"), str(int(round(sum(widths) * 567))))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            set_cell_width(c, widths[i])
    hdr = table.rows[0]
    set_repeat_header(hdr)
    for i, h in enumerate(heads):
        cell_text(hdr.cells[i], h, font="黑体", size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
        hdr.cells[i].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    r = 1
    cur_cat = None
    for n, (cat, paras, rows, deadline, opts) in enumerate(TASKS, 1):
        if cat != cur_cat:
            cur_cat = cat
            crow = table.rows[r]
            set_cant_split(crow)
            m = crow.cells[0].merge(crow.cells[5])
            cell_text(m, CATEGORIES[cat], font="黑体", size=12)
            r += 1
        top = r
        k = len(rows)
        for j, (ldr, lead, coop) in enumerate(rows):
            row = table.rows[r + j]
            set_cant_split(row)
            if ldr is not None:
                cell_text(row.cells[2], ldr, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(row.cells[3], lead, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(row.cells[4], coop,
                      align=WD_ALIGN_PARAGRAPH.CENTER if coop == "/" else None)
            if opts.get("deadline_per_row"):
                cell_text(row.cells[5], deadline, align=WD_ALIGN_PARAGRAPH.CENTER)
            for c in row.cells:
                c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        # merged leader cells (None = merged with the one above)
        for j, (ldr, lead, coop) in enumerate(rows):
            if ldr is None:
                table.cell(r + j - 1, 2).merge(table.cell(r + j, 2))
        if k > 1:
            c0 = table.cell(top, 0).merge(table.cell(top + k - 1, 0))
            c1 = table.cell(top, 1).merge(table.cell(top + k - 1, 1))
            if not opts.get("deadline_per_row"):
                c5 = table.cell(top, 5).merge(table.cell(top + k - 1, 5))
            else:
                c5 = None
        else:
            c0, c1, c5 = table.cell(top, 0), table.cell(top, 1), table.cell(top, 5)
        cell_text(c0, str(n), align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(c1, paras)
        if c5 is not None:
            cell_text(c5, deadline, align=WD_ALIGN_PARAGRAPH.CENTER)
        c0.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        c1.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        r += k
    assert r == nrows, (r, nrows)

    p = para(doc, "", size=12, line=20)
    p.paragraph_format.space_before = Pt(6)
    rr = p.add_run("注：同一序号下分行列出多名责任县领导的，为分线负责，责任县领导与同一行的牵头单位、配合单位相对应。")
    set_font(rr, "楷体_GB2312", 12)

    # 版记 on a portrait last page
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(27):
        para(doc, "")
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = bj._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge, sz in (("top", 8), ("bottom", 8), ("insideH", 4)):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    for edge in ("left", "right", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblpr.append(borders)
    c = bj.cell(0, 0)
    cell_text(c, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。", size=14)
    c = bj.cell(1, 0)
    cell_text(c, ISSUER + "　　　　　　　　" + DATE + "印发", size=14)

    # fixed core properties
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 3, 14, 9, 0, 0)
    cp.author = "县政府办公室"
    cp.last_modified_by = "县政府办公室"
    cp.title = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    return doc


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def main():
    assert sum(1 for _ in TASKS) == 36
    # category counts printed in the headings must agree with the tasks
    for ci, name in enumerate(CATEGORIES):
        cnt = sum(1 for t in TASKS if t[0] == ci)
        assert f"（{cnt}项）" in name, (name, cnt)
    doc = build()
    save_deterministic(doc, DOCX)
    with open(GOLD, "w", encoding="utf-8") as f:
        for rec in gold_records():
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", DOCX, "and", GOLD)


if __name__ == "__main__":
    main()
