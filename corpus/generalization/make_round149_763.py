#!/usr/bin/env python3
"""Round 149, notice 763: a county 县政府办 red-header Word notice whose landscape 附件 table
splits 重点任务 into 子任务 rows under a 总牵头单位.

The notice: 溱坪县人民政府办公室关于印发《溱坪县2025年政府工作报告重点任务分工方案》的通知
(溱政办发〔2025〕8号, invented county, invented persons). Its cover 二、 states the rules; the
附件 is one landscape Word table `序号 | 重点任务 | 责任县领导 | 牵头单位 | 配合单位 | 完成时限`
with seven part rows merged across. 23 重点任务 are numbered 1–23 through the parts. Twelve of
them are split into 子任务: the 重点任务's own row carries its 责任县领导, a cell merged across the
牵头单位 and 配合单位 columns reading `总牵头单位：X` and its own 完成时限; its 子任务 follow as
rows numbered `（1）`, `（2）` … in the 序号 column, each with its own 牵头单位 / 配合单位 /
完成时限. The 责任县领导 cell of the 重点任务 is merged down over the 子任务 that share its
leader; a 子任务 with a leader of its own has its own cell, and a later 子任务 that shares the
重点任务's leader again has an empty cell (the cover: 子任务责任县领导与所属重点任务相同的，表中不再
单独列出). `/` in 配合单位 means none (a 注 under the table says so).

Gold conventions (from one description, TASKS below):
  * a 重点任务 row is a task (numbered, carries 责任县领导 and 总牵头单位 or 牵头/配合):
    id "N", marker "N"; a 重点任务 with 子任务 has responsible = lead = its 总牵头单位, coop [].
  * a 子任务 row is a task: id "N.k", marker "（k）"; its units are its own cells only (the
    总牵头单位 of the parent is not repeated); leaders its own or, by the cover rule, the parent's.
  * labelled columns: lead = 牵头单位 cell (two there → both lead), coop = 配合单位 cell.

Writes (in the current directory, run in /work/round149):
  763_qinping_xian_gzbg_zongqiantou_zirenwu_fenjie.docx
  763.tasks.gold.jsonl
Needs: /usr/bin/python3 with python-docx (0.8.11 used). No outside converter. Output is
byte-stable: fixed core properties, zip entries rewritten with a fixed timestamp and order.
"""
import datetime
import io
import json
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

NOTICE = "763_qinping_xian_gzbg_zongqiantou_zirenwu_fenjie.docx"
GOLD = "763.tasks.gold.jsonl"

# ---------------------------------------------------------------------------
# The one description of the tasks.
# Part: (heading, [task, ...]).
# Task: dict(text, leaders, lead, coop, deadline) for a 重点任务 without 子任务;
#       dict(text, leaders, zong, deadline, subs=[...]) for one with 子任务.
# Sub:  dict(text, lead, coop, deadline, leaders=None (same as the 重点任务) or [names]).
# coop [] prints "/".
# ---------------------------------------------------------------------------
HAN = "韩立峰"      # 县长
SU = "苏文博"       # 常务副县长
QIAO = "乔晓宁"     # 副县长
OUYANG = "欧阳建军"  # 副县长
LIN = "林静"        # 副县长 (printed 林　静)
HE = "贺永清"       # 副县长
WU = "吴振国"       # 副县长、县公安局局长

PRINT_NAME = {LIN: "林　静"}

PARTS = [
    ("一、着力扩大有效需求，推动经济持续回升向好", [
        dict(text="全力扩大有效投资。全年实施县级重点项目126个，固定资产投资增长6%以上。",
             leaders=[HAN, SU], zong=["县发改局"], deadline="2025年12月底前", subs=[
                 dict(text="落实重点项目“一个项目、一名县领导、一个工作专班”推进机制，坚持每月调度、每季度集中开工一批，一季度项目开工率不低于40%。",
                      lead=["县发改局"], coop=["县重点项目服务中心", "各乡（镇）人民政府"], deadline="全年持续推进"),
                 dict(text="积极争取中央预算内投资、超长期特别国债和地方政府专项债券，全年争取上级资金18亿元以上。",
                      lead=["县发改局", "县财政局"], coop=["县直有关部门"], deadline="2025年12月底前"),
                 dict(text="强化项目用地、用林、环评等要素保障，全年报批新增建设用地1200亩以上。",
                      lead=["县自然资源局"], coop=["县林业局", "市生态环境局溱坪分局"], deadline="2025年10月底前"),
             ]),
        dict(text="促进消费提质扩容。开展“溱享消费”系列促消费活动30场以上，落实汽车、家电以旧换新政策，社会消费品零售总额增长5.5%。",
             leaders=[HE], lead=["县商务局"], coop=["县财政局", "县市场监管局", "县文旅局"], deadline="2025年12月底前"),
        dict(text="稳住外贸外资基本盘。外贸进出口总额增长8%，实际利用外资1200万美元。",
             leaders=[HE], zong=["县商务局"], deadline="2025年12月底前", subs=[
                 dict(text="组织外贸企业参加广交会等重点展会20场次以上，新增有进出口实绩企业8家。",
                      lead=["县商务局"], coop=["县财政局", "县税务局"], deadline="2025年11月底前"),
                 dict(text="深化与长三角、粤港澳大湾区产业对接，全年举办专题招商推介活动6场以上。",
                      lead=["县投资促进中心"], coop=["县商务局", "溱坪经济开发区管委会"], deadline="2025年12月底前"),
             ]),
    ]),
    ("二、坚持工业强县，加快构建现代化产业体系", [
        dict(text="做大做强主导产业。规模以上工业增加值增长7.5%，新型建材、农副产品精深加工两大主导产业产值突破180亿元。",
             leaders=[HE], zong=["县工信局"], deadline="2025年12月底前", subs=[
                 dict(text="围绕两大主导产业延链补链强链，新增规模以上工业企业15家。",
                      lead=["县工信局"], coop=["县统计局", "溱坪经济开发区管委会"], deadline="2025年12月底前"),
                 dict(text="推动35家企业实施智能化改造和数字化转型，新培育省级专精特新中小企业4家。",
                      lead=["县工信局"], coop=["县科技局", "县财政局"], deadline="2025年12月底前"),
                 dict(text="落实电价、气价、物流等惠企政策，全年为企业降低成本1.2亿元以上。",
                      lead=["县发改局"], coop=["县供电公司", "县税务局", "县人社局"], deadline="全年持续推进"),
             ]),
        dict(text="提升园区承载能力。经开区规模以上工业产值占全县比重达到65%以上。",
             leaders=[HE], zong=["溱坪经济开发区管委会"], deadline="2025年12月底前", subs=[
                 dict(text="完成经开区扩区调位，新建标准化厂房12万平方米，园区亩均税收提高8%。",
                      lead=["溱坪经济开发区管委会"], coop=["县自然资源局", "县住建局"], deadline="2025年12月底前"),
                 dict(text="建成园区污水处理厂二期工程，新增日处理能力1万吨。",
                      lead=["县住建局"], coop=["市生态环境局溱坪分局", "溱坪经济开发区管委会"], deadline="2025年9月底前",
                      leaders=[OUYANG]),
             ]),
        dict(text="加快科技创新。全社会研发经费投入强度达到1.8%，新认定高新技术企业10家以上，技术合同成交额突破3亿元。",
             leaders=[HE], lead=["县科技局"], coop=["县工信局", "县财政局", "县税务局"], deadline="2025年12月底前"),
        dict(text="培育壮大文旅产业。推进溱水古镇国家5A级旅游景区创建，全年接待游客620万人次、旅游综合收入增长10%。",
             leaders=[LIN], lead=["县文旅局"], coop=["县发改局", "县住建局", "溱水镇人民政府"], deadline="2025年12月底前"),
    ]),
    ("三、全面推进乡村振兴，加快农业农村现代化", [
        dict(text="稳定粮食和重要农产品生产。全面落实粮食安全党政同责，守牢耕地保护红线。",
             leaders=[QIAO], zong=["县农业农村局"], deadline="2025年12月底前", subs=[
                 dict(text="粮食播种面积稳定在52.6万亩以上、总产量稳定在21万吨以上。",
                      lead=["县农业农村局"], coop=["县发改局（县粮食和物资储备局）", "各乡（镇）人民政府"], deadline="2025年10月底前"),
                 dict(text="新建高标准农田3.5万亩，完成年度耕地“进出平衡”任务。",
                      lead=["县农业农村局", "县自然资源局"], coop=["县财政局", "县水利局"], deadline="2025年12月底前"),
                 dict(text="落实生猪产能调控机制，能繁母猪存栏保持在1.9万头左右。",
                      lead=["县农业农村局"], coop=[], deadline="全年持续推进"),
             ]),
        dict(text="巩固拓展脱贫攻坚成果。守牢不发生规模性返贫致贫底线，脱贫人口人均纯收入增长8%以上。",
             leaders=[QIAO], lead=["县农业农村局"], coop=["县人社局", "县民政局", "县医保局", "县教体局"], deadline="2025年12月底前"),
        dict(text="建设宜居宜业和美乡村。深入学习运用“千万工程”经验，整县推进农村人居环境整治提升。",
             leaders=[QIAO], zong=["县农业农村局"], deadline="2025年12月底前", subs=[
                 dict(text="新创建省级美丽乡村示范村6个，农村卫生厕所普及率达到78%。",
                      lead=["县农业农村局"], coop=["县卫健局", "各乡（镇）人民政府"], deadline="2025年11月底前"),
                 dict(text="实施农村供水保障工程12处，农村自来水普及率达到95%。",
                      lead=["县水利局"], coop=["县财政局", "县卫健局"], deadline="2025年10月底前"),
                 dict(text="新改建农村公路85公里，完成危桥改造6座。",
                      lead=["县交通运输局"], coop=["各乡（镇）人民政府"], deadline="2025年11月底前",
                      leaders=[OUYANG]),
                 dict(text="发展壮大村级集体经济，年经营性收入10万元以上的村占比达到60%。",
                      lead=["县委组织部", "县农业农村局"], coop=["县财政局"], deadline="2025年12月底前"),
             ]),
    ]),
    ("四、推进以人为本的新型城镇化，提升城乡建设品质", [
        dict(text="提升县城综合承载能力。常住人口城镇化率提高1个百分点。",
             leaders=[OUYANG], zong=["县住建局"], deadline="2025年12月底前", subs=[
                 dict(text="改造城镇老旧小区28个、惠及居民3600户，启动城中村改造项目1个。",
                      lead=["县住建局"], coop=["县财政局", "县城投公司", "城关街道办事处"], deadline="2025年11月底前"),
                 dict(text="新建改造燃气、供排水等地下管网46公里，推进城市生命线安全工程建设。",
                      lead=["县住建局"], coop=["县城管局", "县应急局"], deadline="2025年12月底前"),
                 dict(text="新增城市公共停车泊位1500个，建成口袋公园8个。",
                      lead=["县城管局"], coop=["县自然资源局", "县公安局交警大队"], deadline="2025年10月底前"),
             ]),
        dict(text="加快交通基础设施建设。推进溱坪至临江高速公路溱坪段建设，年内完成投资9亿元；开工建设县城外环路北段。",
             leaders=[OUYANG], lead=["县交通运输局"], coop=["县自然资源局", "县发改局", "沿线乡（镇）人民政府"], deadline="2025年12月底前"),
        dict(text="促进房地产市场平稳健康发展。落实房地产融资协调机制，收购存量商品房用作保障性住房300套。",
             leaders=[OUYANG], lead=["县住建局"], coop=["县财政局", "县自然资源局", "国家金融监督管理总局溱坪监管支局"], deadline="2025年12月底前"),
    ]),
    ("五、深化改革扩大开放，持续优化营商环境", [
        dict(text="打造一流营商环境。营商环境评价进入全市前三位。",
             leaders=[SU], zong=["县发改局"], deadline="2025年12月底前", subs=[
                 dict(text="推行“高效办成一件事”，新增集成办理事项12项，政务服务事项网上可办率达到98%。",
                      lead=["县政务服务中心"], coop=["县数据局", "县直有关部门"], deadline="2025年9月底前"),
                 dict(text="开展涉企违规收费专项整治，全面推行涉企行政检查“综合查一次”。",
                      lead=["县市场监管局"], coop=["县司法局", "县发改局"], deadline="2025年12月底前"),
                 dict(text="加力清理拖欠企业账款，年内化解存量拖欠2.3亿元。",
                      lead=["县财政局", "县工信局"], coop=[], deadline="2025年12月底前"),
             ]),
        dict(text="深化国资国企改革。完成县属国有企业整合重组，组建溱坪县投资发展集团有限公司。",
             leaders=[SU], lead=["县财政局（县国资办）"], coop=["县城投公司", "县农投公司"], deadline="2025年6月底前"),
        dict(text="防范化解政府债务风险。严控新增隐性债务，全年化解存量债务3.5亿元，推动融资平台市场化转型。",
             leaders=[SU], lead=["县财政局"], coop=["县发改局", "县审计局", "县城投公司"], deadline="2025年12月底前"),
    ]),
    ("六、持续推进生态文明建设，筑牢绿色发展底色", [
        dict(text="深入打好污染防治攻坚战。确保完成市下达的年度生态环境质量目标任务。",
             leaders=[QIAO], zong=["市生态环境局溱坪分局"], deadline="2025年12月底前", subs=[
                 dict(text="县城PM2.5平均浓度控制在32微克/立方米以内，空气质量优良天数比例达到88%。",
                      lead=["市生态环境局溱坪分局"], coop=["县住建局", "县交通运输局", "县公安局"], deadline="2025年12月底前"),
                 dict(text="溱水出境断面水质稳定达到Ⅲ类以上，完成入河排污口整治18个。",
                      lead=["市生态环境局溱坪分局", "县水利局"], coop=["各乡（镇）人民政府"], deadline="2025年11月底前"),
             ]),
        dict(text="全面推行林长制。完成营造林4.2万亩，森林覆盖率保持在56%以上，森林火灾受害率控制在0.9‰以内。",
             leaders=[QIAO], lead=["县林业局"], coop=["县自然资源局", "各乡（镇）人民政府"], deadline="2025年12月底前"),
    ]),
    ("七、持续保障和改善民生，统筹发展和安全", [
        dict(text="促进高质量充分就业。城镇调查失业率控制在5.5%以内。",
             leaders=[LIN], zong=["县人社局"], deadline="2025年12月底前", subs=[
                 dict(text="城镇新增就业4200人，帮扶就业困难人员就业500人。",
                      lead=["县人社局"], coop=["县教体局", "县工信局"], deadline="2025年12月底前"),
                 dict(text="开展职业技能培训6000人次，新建就业帮扶车间10个。",
                      lead=["县人社局", "县农业农村局"], coop=["县总工会", "县妇联"], deadline="2025年11月底前"),
             ]),
        dict(text="办好人民满意的教育。推进学前教育普及普惠、义务教育优质均衡发展。",
             leaders=[LIN], zong=["县教体局"], deadline="2025年12月底前", subs=[
                 dict(text="新建改扩建中小学、幼儿园7所，新增学位3200个。",
                      lead=["县教体局"], coop=["县发改局", "县住建局", "县自然资源局"], deadline="2025年8月底前"),
                 dict(text="实施县域普通高中振兴行动，支持溱坪一中创建省级示范性普通高中。",
                      lead=["县教体局"], coop=[], deadline="2025年12月底前"),
             ]),
        dict(text="推进健康溱坪建设。县人民医院新院区一期建成投用，紧密型县域医共体实现全覆盖。",
             leaders=[LIN], lead=["县卫健局"], coop=["县医保局", "县财政局", "县发改局"], deadline="2025年9月底前"),
        dict(text="健全社会保障体系。城乡居民基本养老保险参保率稳定在95%以上，新建社区嵌入式养老服务中心5个。",
             leaders=[LIN], lead=["县民政局", "县人社局"], coop=["县医保局", "县财政局"], deadline="2025年12月底前"),
        dict(text="统筹高质量发展和高水平安全。坚决防范遏制重特大安全事故，建设更高水平的平安溱坪。",
             leaders=[HAN], zong=["县应急局"], deadline="2025年12月底前", subs=[
                 dict(text="深入开展安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。",
                      lead=["县应急局"], coop=["县安委会各成员单位"], deadline="全年持续推进"),
                 dict(text="完善防汛抗旱指挥体系，完成山洪灾害监测预警设施提升改造40处。",
                      lead=["县水利局", "县应急局"], coop=["县气象局", "各乡（镇）人民政府"], deadline="2025年5月底前",
                      leaders=[QIAO]),
                 dict(text="常态化开展扫黑除恶斗争，深化矛盾纠纷多元化解，信访事项及时受理率达到100%。",
                      lead=["县公安局", "县信访局"], coop=["县司法局", "各乡（镇）人民政府"], deadline="全年持续推进",
                      leaders=[WU]),
             ]),
    ]),
]

CN_NUM = "一二三四五六七八九十"


def rows_of_table():
    """Flatten the description into table rows and gold records."""
    rows = []   # ("part", text) or ("task", dict) or ("sub", dict)
    gold = []
    n = 0
    n_subs = 0
    for heading, tasks in PARTS:
        n_main = len(tasks)
        n_sub_here = sum(len(t.get("subs", [])) for t in tasks)
        label = f"{heading}（{n_main}项重点任务"
        label += f"、{n_sub_here}项子任务）" if n_sub_here else "）"
        rows.append(("part", label))
        for t in tasks:
            n += 1
            subs = t.get("subs")
            if subs:
                lead = list(t["zong"])
                coop = []
            else:
                lead = list(t["lead"])
                coop = list(t["coop"])
            rows.append(("task", dict(t, number=str(n))))
            gold.append(dict(id=str(n), marker=str(n), head=t["text"][:14],
                             responsible_units=lead + coop, lead_units=lead,
                             cooperating_units=coop, leaders=list(t["leaders"]),
                             deadline=t["deadline"]))
            if subs:
                # leader cell: merged down while contiguous with the parent; own; or empty
                merging = True
                for k, s in enumerate(subs, 1):
                    n_subs += 1
                    own = s.get("leaders")
                    if own:
                        mode = "own"
                        merging = False
                    elif merging:
                        mode = "merge"
                    else:
                        mode = "empty"
                    rows.append(("sub", dict(s, marker=f"（{k}）", leader_mode=mode,
                                             parent_leaders=t["leaders"])))
                    gold.append(dict(id=f"{n}.{k}", marker=f"（{k}）", head=s["text"][:14],
                                     responsible_units=list(s["lead"]) + list(s["coop"]),
                                     lead_units=list(s["lead"]),
                                     cooperating_units=list(s["coop"]),
                                     leaders=list(own) if own else list(t["leaders"]),
                                     deadline=s["deadline"]))
    return rows, gold, n, n_subs


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_run_font(run, east, size=None, bold=None, color=None, ascii_font="Times New Roman"):
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    rfonts.set(qn("w:eastAsia"), east)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", east=FS, size=16, bold=None, align=None, indent=False,
         color=None, space_before=0, space_after=0, line=None, keep=False):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if line is not None:
        pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        set_run_font(r, east, size, bold, color)
    return p


def add_run(p, text, east=FS, size=16, bold=None, color=None):
    r = p.add_run(text)
    set_run_font(r, east, size, bold, color)
    return r


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


def top_bottom_border(p, top=True, bottom=True, sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side, on in (("top", top), ("bottom", bottom)):
        if on:
            b = OxmlElement(f"w:{side}")
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), str(sz))
            b.set(qn("w:space"), "1")
            b.set(qn("w:color"), "000000")
            bdr.append(b)
    ppr.append(bdr)


def page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(p, "— ", east="宋体", size=14)
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._r.append(f1)
    r._r.append(it)
    r._r.append(f2)
    r._r.append(t)
    r._r.append(f3)
    add_run(p, " —", east="宋体", size=14)


def cell_text(cell, lines, east=FS, size=11, bold=None, align=WD_ALIGN_PARAGRAPH.LEFT):
    """Write lines (one paragraph each) into an empty cell."""
    first = True
    for line in lines:
        if first:
            p = cell.paragraphs[0]
            first = False
        else:
            p = cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(17)
        if line:
            add_run(p, line, east=east, size=size, bold=bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trpr.append(c)


def shade(cell, fill="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcpr.append(s)


def set_margins(section, top, bottom, left, right):
    section.top_margin = Cm(top)
    section.bottom_margin = Cm(bottom)
    section.left_margin = Cm(left)
    section.right_margin = Cm(right)


# ---------------------------------------------------------------------------
def build_docx(rows, n_main, n_subs):
    n_split = sum(1 for k, d in rows if k == "task" and d.get("subs"))
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(16)
    rpr = normal.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    set_margins(sec, 3.7, 3.5, 2.8, 2.6)
    page_number_footer(sec)

    # 版头
    para(doc, "", size=16)
    para(doc, "溱坪县人民政府办公室文件", east=XBS, size=36, color="FF0000",
         align=WD_ALIGN_PARAGRAPH.CENTER, space_before=24, space_after=12)
    para(doc, "", size=16)
    p = para(doc, "溱政办发〔2025〕8号", size=16, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    bottom_border(para(doc, "", size=6), sz=24)
    para(doc, "", size=16)
    # 标题（两行，行内换行）
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    add_run(p, "溱坪县人民政府办公室", east=XBS, size=22)
    p.add_run().add_break(WD_BREAK.LINE)
    add_run(p, "关于印发《溱坪县2025年政府工作报告重点任务", east=XBS, size=22)
    p.add_run().add_break(WD_BREAK.LINE)
    add_run(p, "分工方案》的通知", east=XBS, size=22)
    para(doc, "", size=16)
    para(doc, "各乡（镇）人民政府、城关街道办事处，溱坪经济开发区管委会，县政府各部门，县直及驻县有关单位：",
         line=29)
    para(doc, "《溱坪县2025年政府工作报告重点任务分工方案》（以下简称《分工方案》）已经县政府第"
              "41次常务会议研究同意，现印发给你们，请结合工作实际，认真抓好贯彻落实。现就有关事项通知如下：",
         indent=True, line=29)

    p = para(doc, "", indent=True, line=29)
    add_run(p, "一、提高思想认识。", east=HT)
    add_run(p, "县十八届人大五次会议审议通过的《政府工作报告》，明确了今年全县经济社会发展的"
               "主要目标和重点任务。各乡（镇）、各部门要把抓好《政府工作报告》确定任务的落实作为"
               "践行“两个维护”的具体行动，细化工作措施，倒排时间节点，确保各项任务按期完成。")
    p = para(doc, "", indent=True, line=29)
    add_run(p, "二、压实工作责任。", east=HT)
    add_run(p, f"《分工方案》共列出重点任务{n_main}项，其中{n_split}项重点任务分设子任务{n_subs}项。"
               "分设子任务的重点任务，由列明的“总牵头单位”负总责，负责统筹协调、跟踪调度和情况汇总"
               "报送；各子任务由其牵头单位牵头组织实施，配合单位按照职责分工积极配合，子任务牵头单位"
               "有两个的，共同牵头。未分设子任务的重点任务，由牵头单位牵头落实，配合单位配合。"
               "子任务责任县领导与所属重点任务相同的，表中不再单独列出。")
    p = para(doc, "", indent=True, line=29)
    add_run(p, "三、强化督查考核。", east=HT)
    add_run(p, "各总牵头单位、未分设子任务的重点任务牵头单位要于每季度末月25日前，将任务推进情况"
               "（含子任务完成情况）经单位主要负责同志审签后报送县政府督查室。县政府督查室将定期"
               "跟踪督办，督查结果纳入年度目标责任考核。")
    para(doc, "联系人：陈　晨，联系电话：6213587，电子邮箱：qpxdcs@163.com。", indent=True, line=29)
    para(doc, "", line=29)
    p = para(doc, "", indent=True, line=29)
    add_run(p, "附件：溱坪县2025年政府工作报告重点任务分工方案")
    para(doc, "", line=29)
    para(doc, "", line=29)
    p = para(doc, "溱坪县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, line=29)
    p.paragraph_format.right_indent = Cm(1.6)
    p = para(doc, "2025年3月14日", align=WD_ALIGN_PARAGRAPH.RIGHT, line=29)
    p.paragraph_format.right_indent = Cm(2.2)
    para(doc, "（此件公开发布）", indent=True, line=29)

    # 附件：横向
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width = Cm(29.7)
    sec2.page_height = Cm(21.0)
    set_margins(sec2, 2.6, 2.4, 2.5, 2.5)
    para(doc, "附件", east=HT, size=16)
    para(doc, "溱坪县2025年政府工作报告重点任务分工方案", east=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_before=6, space_after=12)

    widths = [Cm(1.3), Cm(9.8), Cm(2.3), Cm(3.6), Cm(4.7), Cm(3.0)]
    table = doc.add_table(rows=1, cols=6)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = w
    tblpr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)
    hdr = table.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(["序号", "重点任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]):
        c = hdr.cells[i]
        c.width = widths[i]
        cell_text(c, [h], east=HT, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
        shade(c)

    CENTER = WD_ALIGN_PARAGRAPH.CENTER

    def new_row():
        r = table.add_row()
        cant_split(r)
        for i, w in enumerate(widths):
            r.cells[i].width = w
        return r

    leader_top = None
    for kind, d in rows:
        if kind == "part":
            r = new_row()
            m = r.cells[0].merge(r.cells[5])
            cell_text(m, [d], east=HT, size=12)
            leader_top = None
            continue
        r = new_row()
        cells = r.cells
        if kind == "task":
            cell_text(cells[0], [d["number"]], size=11, align=CENTER)
            cell_text(cells[1], [d["text"]], size=11, bold=True)
            cell_text(cells[2], [PRINT_NAME.get(x, x) for x in d["leaders"]], size=11, align=CENTER)
            if d.get("subs"):
                m = cells[3].merge(cells[4])
                cell_text(m, ["总牵头单位：" + "、".join(d["zong"])], size=11)
                cell_text(cells[5], [d["deadline"]], size=11, align=CENTER)
                leader_top = cells[2]
            else:
                cell_text(cells[3], ["、".join(d["lead"])], size=11, align=CENTER)
                cell_text(cells[4], ["、".join(d["coop"]) or "/"], size=11,
                          align=CENTER if not d["coop"] else WD_ALIGN_PARAGRAPH.LEFT)
                cell_text(cells[5], [d["deadline"]], size=11, align=CENTER)
                leader_top = None
        else:  # sub
            cell_text(cells[0], [d["marker"]], size=11, align=CENTER)
            cell_text(cells[1], [d["text"]], size=11)
            mode = d["leader_mode"]
            if mode == "merge":
                top = leader_top
                merged = top.merge(cells[2])
                leader_top = merged
            elif mode == "own":
                cell_text(cells[2], [PRINT_NAME.get(x, x) for x in d["leaders"]], size=11, align=CENTER)
                leader_top = None
            else:
                cell_text(cells[2], [""], size=11, align=CENTER)
                leader_top = None
            cell_text(cells[3], ["、".join(d["lead"])], size=11, align=CENTER)
            cell_text(cells[4], ["、".join(d["coop"]) or "/"], size=11,
                      align=CENTER if not d["coop"] else WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(cells[5], [d["deadline"]], size=11, align=CENTER)

    p = para(doc, "", size=12, space_before=6)
    add_run(p, "注：", east=HT, size=12)
    add_run(p, "1.重点任务分设子任务的，“总牵头单位”负总责，子任务由其牵头单位牵头、配合单位配合落实；"
               "2.子任务责任县领导与所属重点任务相同的，不再单独列出；3.“/”表示无配合单位。", size=12)

    # 版记：纵向
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width = Cm(21.0)
    sec3.page_height = Cm(29.7)
    set_margins(sec3, 3.7, 3.5, 2.8, 2.6)
    for _ in range(18):
        para(doc, "", size=16, line=29)
    p = para(doc, "", size=14, line=26)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    add_run(p, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。", size=14)
    top_bottom_border(p, top=True, bottom=True, sz=8)
    p = para(doc, "", size=14, line=26)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    add_run(p, "溱坪县人民政府办公室　　　　　　　　　　2025年3月14日印发", size=14)
    top_bottom_border(p, top=False, bottom=True, sz=12)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 3, 14, 9, 30, 0)
    cp.author = "县政府办"
    cp.last_modified_by = "dcs"
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 7
    cp.created = fixed
    cp.modified = datetime.datetime(2025, 3, 14, 16, 12, 0)
    cp.last_printed = datetime.datetime(2025, 3, 14, 16, 10, 0)

    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def stable_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 14, 16, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(name))
    return out.getvalue()


def main():
    rows, gold, n_main, n_subs = rows_of_table()
    assert n_main == 23 and n_subs == 32, (n_main, n_subs)
    data = stable_zip(build_docx(rows, n_main, n_subs))
    with open(NOTICE, "wb") as f:
        f.write(data)
    keys = ["id", "marker", "head", "responsible_units", "lead_units",
            "cooperating_units", "leaders", "deadline"]
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps({k: g[k] for k in keys}, ensure_ascii=False) + "\n")
    print(f"wrote {NOTICE} and {GOLD}: {len(gold)} tasks ({n_main} 重点任务, {n_subs} 子任务)")


if __name__ == "__main__":
    main()
