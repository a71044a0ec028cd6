#!/usr/bin/python3
"""Generator for round 141, notice 721.

A 县政府办公室 red-header Word notice (芸政办发〔2025〕6号) whose 附件 prints the
year's 《政府工作报告》 tasks as typed paragraphs `N．…`, each closed by a RUN OF
SEPARATE BRACKETS, one per field:

    （责任县领导：X）（牵头单位：A）（配合单位：B、C）（完成时限：2025年12月底前）

The cover says the brackets give, in this order, leader, lead, helpers and
deadline; that two 牵头单位 lead jointly; that a bracket `（责任单位：…）` alone
means the first listed unit leads; that no 配合单位 bracket means the lead works
alone.  Irregularities (see 721_COVERED.md): the run pushed into a paragraph of
its own, after a manual line break, spaces between brackets, fields out of
order, one bracket half-width, a content bracket just before the run, a unit
with brackets of its own closing the run (`…（县医共体总院））`), `，` once
between units, titles before some leaders' names, a padded `王　勇`, a task
over two paragraphs, tasks with no 配合 or no 时限 bracket.

Writes 721_yunxi_xian_2025_gzbg_renwu_fenjie.docx and 721.tasks.gold.jsonl
deterministically (fixed core properties, fixed zip timestamps, sorted order).
"""
import datetime
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (portrait throughout)
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = os.path.join(HERE, "721_yunxi_xian_2025_gzbg_renwu_fenjie.docx")
GOLD = os.path.join(HERE, "721.tasks.gold.jsonl")

# ---------------------------------------------------------------------------
# The one structured description of the tasks.
#   text: the task's paragraphs (the first one follows the typed marker)
#   f:    the fields in printed order:
#         ("L", printed, [names])      责任县领导
#         ("Q", [units], seps)         牵头单位
#         ("P", [units], seps)         配合单位
#         ("Z", [units], seps)         责任单位 (first leads, by the cover)
#         ("T", printed)               完成时限
#         seps None = all "、"
#   run:  "same" (default) | "para" (the brackets a paragraph of their own)
#         | "br" (after a manual line break)
#   gap:  {i: s} text put between bracket i-1 and bracket i
#   half: set of bracket indexes printed with half-width ( )
# ---------------------------------------------------------------------------
ZX = "周立新"
LMH = "李明华"
ZZG = "赵志刚"
WY = "王勇"
CXY = "陈晓燕"
SGD = "孙国栋"
LJP = "刘建平"
XZ = "各乡（镇）人民政府"

PARTS = [
    (1, "一、稳增长促发展，全力推动经济运行回升向好"),
    (7, "二、抓产业强实体，加快构建现代化产业体系"),
    (13, "三、兴农业美乡村，全面推进乡村振兴"),
    (19, "四、优功能提品质，扎实推进新型城镇化"),
    (25, "五、惠民生增福祉，持续提升群众获得感"),
    (31, "六、守底线保安全，建设更高水平平安芸溪"),
]

TASKS = [
    dict(n=1, text=["全年地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长8%，固定资产投资增长6.5%，社会消费品零售总额增长5.5%。"],
         f=[("L", ZX, [ZX]), ("Q", ["县发展和改革局"], None),
            ("P", ["县财政局", "县统计局", "县工业和信息化局", "县商务局"], None),
            ("T", "2025年12月底前")]),
    dict(n=2, text=["实施重点项目攻坚行动，全年谋划储备项目200个以上，争取超长期特别国债和中央预算内投资项目20个以上、地方政府专项债券项目15个以上。"],
         f=[("L", "常务副县长" + LMH, [LMH]), ("Q", ["县发展和改革局"], None),
            ("P", ["县财政局", "县自然资源局", "县行政审批服务局"], None),
            ("T", "2025年12月底前")]),
    dict(n=3, text=["落实“一个项目、一名县领导、一个专班”推进机制，确保128个县级重点项目完成年度投资120亿元以上，新开工项目60个以上。"],
         f=[("L", LMH, [LMH]), ("Q", ["县发展和改革局"], None),
            ("P", [XZ, "县直有关单位"], ["，"]),
            ("T", "2025年12月底前")], run="para"),
    dict(n=4, text=["提振消费市场，开展“芸溪好物”等促消费活动30场以上，落实汽车、家电等以旧换新政策，新增限额以上商贸企业20家。"],
         f=[("L", ZZG, [ZZG]), ("Q", ["县商务局"], None),
            ("P", ["县财政局", "县市场监督管理局", "县统计局"], None),
            ("T", "2025年11月底前")], gap={1: "　"}),
    dict(n=5, text=["深化财源建设，加强税源培植和非税收入征管，盘活闲置低效资产，确保一般公共预算收入完成8.6亿元。"],
         f=[("L", LMH, [LMH]), ("Z", ["县财政局", "县税务局", "县自然资源局"], None)]),
    dict(n=6, text=["强化金融服务实体经济，全年新增各项贷款25亿元以上，推动1家企业在区域性股权市场挂牌。"],
         f=[("L", LMH, [LMH]), ("Q", ["县财政局"], None), ("T", "2025年12月底前")]),

    dict(n=7, text=["做强新材料主导产业，推进年产5万吨高性能铝合金型材、2万吨锂电池负极材料等项目建设，规模以上工业企业技改投资增长10%以上（含设备购置更新）。"],
         f=[("L", ZZG, [ZZG]), ("Q", ["县工业和信息化局"], None),
            ("P", ["县发展和改革局", "芸溪经济开发区管委会"], None),
            ("T", "2025年12月底前")]),
    dict(n=8, text=["提升芸溪经济开发区承载能力，建成标准化厂房10万平方米，完成园区污水处理厂提标改造，亩均税收提高8%。"],
         f=[("L", ZZG, [ZZG]), ("Q", ["芸溪经济开发区管委会"], None),
            ("T", "2025年10月底前"),
            ("P", ["县自然资源局", "县住房和城乡建设局", "市生态环境局芸溪分局"], None)]),
    dict(n=9, text=["开展精准招商，全年新签约亿元以上项目30个，到位县外资金60亿元以上。"],
         f=[("L", ZX + "、" + ZZG, [ZX, ZZG]), ("Q", ["县投资促进中心"], None),
            ("P", ["芸溪经济开发区管委会", XZ], None),
            ("T", "2025年12月底前")]),
    dict(n=10, text=["培育壮大市场主体，新增“四上”企业40家、高新技术企业8家、专精特新中小企业5家。"],
         f=[("L", ZZG, [ZZG]), ("Q", ["县工业和信息化局", "县商务局"], None),
            ("P", ["县市场监督管理局", "县统计局"], None),
            ("T", "2025年12月底前")]),
    dict(n=11, text=["发展文旅融合产业，推进芸溪古镇国家5A级旅游景区创建，办好油菜花节、民俗文化节等节会活动，全年接待游客500万人次。"],
         f=[("L", CXY, [CXY]), ("Q", ["县文化和旅游局"], None),
            ("P", ["县交通运输局", "县融媒体中心", "芸溪镇人民政府"], None),
            ("T", "2025年12月底前")], half={2}),
    dict(n=12, text=["推进数字经济发展，新建5G基站120个，推动30家企业“上云用数赋智”。"],
         f=[("L", ZZG, [ZZG]), ("Z", ["县数据局", "县工业和信息化局"], None),
            ("T", "2025年12月底前")]),

    dict(n=13, text=["稳定粮食生产，粮食播种面积稳定在52万亩以上、总产量稳定在20万吨以上，新建高标准农田3万亩。"],
         f=[("L", "王　勇", [WY]), ("Q", ["县农业农村局"], None),
            ("P", ["县财政局", "县自然资源局", "县水利局", XZ], ["、", "、", "，"]),
            ("T", "2025年10月底前")]),
    dict(n=14, text=["巩固拓展脱贫攻坚成果，健全防止返贫致贫动态监测和帮扶机制，确保不发生规模性返贫致贫。"],
         f=[("L", "王　勇", [WY]), ("Q", ["县农业农村局"], None),
            ("P", ["县人力资源和社会保障局", "县医疗保障局", "县教育体育局", "县民政局"], None),
            ("T", "长期坚持")], run="br"),
    dict(n=15, text=["做强特色农业，发展茶叶、中药材、油茶等特色产业基地5万亩，新增省级农业产业化龙头企业2家，新认证绿色、有机和地理标志农产品10个。"],
         f=[("L", "王　勇", [WY]), ("Q", ["县农业农村局"], None),
            ("P", ["县林业局", "县市场监督管理局"], None),
            ("T", "2025年12月底前")]),
    dict(n=16, text=["实施和美乡村建设行动，建成省级精品示范村3个、市级美丽乡村示范点10个。",
                     "持续开展农村人居环境整治提升，农村卫生厕所普及率达到90%以上，生活垃圾收运处置体系实现行政村全覆盖。"],
         f=[("L", "王　勇", [WY]), ("Q", ["县农业农村局"], None),
            ("P", ["县住房和城乡建设局", "市生态环境局芸溪分局", "县城市管理局", XZ], ["、", "、", "，"]),
            ("T", "2025年11月底前")]),
    dict(n=17, text=["推进水利基础设施建设，加快青龙水库除险加固、芸溪河综合治理等项目，新增和改善灌溉面积2万亩。"],
         f=[("Q", ["县水利局"], None), ("P", ["县发展和改革局", "县财政局"], None),
            ("T", "2025年12月底前"), ("L", "王　勇", [WY])]),
    dict(n=18, text=["深化农村改革，稳慎推进第二轮土地承包到期后再延长30年试点，全县村级集体经济收入全部达到10万元以上。"],
         f=[("L", "王　勇", [WY]), ("Q", ["县农业农村局"], None),
            ("P", ["县委组织部", "县财政局"], None),
            ("T", "2025年12月底前")]),

    dict(n=19, text=["加快县城扩容提质，推进城东新区路网建设，实施城镇老旧小区改造28个，完成棚户区改造600套。"],
         f=[("L", LJP, [LJP]), ("Q", ["县住房和城乡建设局"], None),
            ("P", ["县自然资源局", "县财政局", "芸溪镇人民政府"], None),
            ("T", "2025年11月底前")], run="para"),
    dict(n=20, text=["完善交通路网，建成芸溪至清江二级公路，完成农村公路提质改造120公里，新增城乡公交线路3条。"],
         f=[("L", LJP, [LJP]), ("Q", ["县交通运输局"], None),
            ("P", ["县自然资源局", "县公安局交通警察大队", XZ], ["、", "，"]),
            ("T", "2025年12月底前")]),
    dict(n=21, text=["提升城市精细化管理水平，新增公共停车位1000个，改造提升背街小巷15条，规范占道经营和户外广告设置。"],
         f=[("L", LJP + "、" + SGD, [LJP, SGD]), ("Q", ["县城市管理局"], None),
            ("P", ["县住房和城乡建设局", "县公安局", "县市场监督管理局", "芸溪镇人民政府"], None),
            ("T", "2025年12月底前")]),
    dict(n=22, text=["持续打好蓝天、碧水、净土保卫战，县城空气质量优良天数比例达到90%以上，国省控断面水质达标率保持100%。"],
         f=[("L", LJP, [LJP]), ("Q", ["市生态环境局芸溪分局"], None),
            ("P", ["县住房和城乡建设局", "县农业农村局", "县水利局", "县工业和信息化局", "县交通运输局"], None),
            ("T", "2025年12月底前")], gap={2: " "}),
    dict(n=23, text=["保障电力供应，建成110千伏城南输变电工程，完成农网改造升级项目20个。"],
         f=[("L", ZZG, [ZZG]), ("Q", ["国网芸溪县供电公司"], None),
            ("P", ["县发展和改革局", "县自然资源局"], None),
            ("T", "2025年9月底前")]),
    dict(n=24, text=["推进城市地下管网更新改造，新建改造供水管网30公里、燃气管网20公里，实施城区雨污分流改造。"],
         f=[("L", LJP, [LJP]), ("Z", ["县住房和城乡建设局", "县城市管理局", "县水利局"], None),
            ("T", "2025年10月底前")]),

    dict(n=25, text=["落实就业优先政策，城镇新增就业3200人，农村劳动力转移就业稳定在18万人以上，城镇调查失业率控制在5.5%以内。"],
         f=[("L", CXY, [CXY]), ("Q", ["县人力资源和社会保障局"], None),
            ("P", ["县农业农村局", "县财政局", "县统计局"], None),
            ("T", "2025年12月底前")]),
    dict(n=26, text=["推进义务教育优质均衡发展，新建、改扩建中小学校5所，新增学位2400个，启动芸溪一中新校区建设。"],
         f=[("L", CXY, [CXY]), ("Q", ["县教育体育局"], None),
            ("P", ["县发展和改革局", "县财政局", "县自然资源局", "县住房和城乡建设局"], None),
            ("T", "2025年8月底前")], run="para"),
    dict(n=27, text=["深化紧密型县域医共体建设，县人民医院胸痛中心、卒中中心通过国家级认证，乡镇卫生院全部达到“优质服务基层行”基本标准。"],
         f=[("L", CXY, [CXY]), ("Q", ["县卫生健康局"], None),
            ("P", ["县医疗保障局", "县人民医院（县医共体总院）"], None),
            ("T", "2025年12月底前")]),
    dict(n=28, text=["健全社会保障体系，城乡居民基本养老保险参保率稳定在95%以上，落实困难群众救助政策，新建农村互助幸福院8个。"],
         f=[("L", CXY, [CXY]), ("Q", ["县民政局", "县人力资源和社会保障局"], None),
            ("P", ["县财政局", "县医疗保障局"], None),
            ("T", "2025年12月底前")]),
    dict(n=29, text=["办好十件民生实事，逐项明确责任单位和完成时限，实行清单化管理、项目化推进，确保年底前全部完成。"],
         f=[("L", ZX, [ZX]), ("Q", ["县政府办公室"], None),
            ("P", ["县财政局", "县直有关单位"], None),
            ("T", "2025年12月底前")]),
    dict(n=30, text=["繁荣文化体育事业，建成县全民健身中心，开展“送戏下乡”200场次，举办县第五届运动会。"],
         f=[("L", CXY, [CXY]), ("Q", ["县文化和旅游局"], None),
            ("P", ["县教育体育局", XZ], ["，"]),
            ("T", "2025年10月底前")]),

    dict(n=31, text=["抓好安全生产，深化安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。"],
         f=[("L", LMH, [LMH]), ("Q", ["县应急管理局"], None),
            ("P", ["县安委会各成员单位"], None),
            ("T", "长期坚持")]),
    dict(n=32, text=["推进平安芸溪建设，常态化开展扫黑除恶斗争，严厉打击电信网络诈骗等违法犯罪，群众安全感保持在98%以上。"],
         f=[("L", "副县长" + SGD, [SGD]), ("Q", ["县公安局"], None),
            ("P", ["县司法局", "县信访局", XZ], ["、", "，"]),
            ("T", "全年持续推进")]),
    dict(n=33, text=["做好信访工作，深化信访工作法治化，信访事项及时受理率、按期办结率均达到100%。"],
         f=[("L", SGD, [SGD]), ("Q", ["县信访局"], None), ("T", "长期坚持")]),
    dict(n=34, text=["加强政府自身建设，自觉接受县人大及其常委会的法律监督和县政协的民主监督，高质量办理人大代表建议和政协委员提案，办复率达到100%。"],
         f=[("L", "县长" + ZX, [ZX]), ("Q", ["县政府办公室"], None),
            ("P", ["县直有关单位"], None),
            ("T", "2025年10月底前")]),
]

LABEL = {"L": "责任县领导", "Q": "牵头单位", "P": "配合单位", "Z": "责任单位", "T": "完成时限"}


def join_units(units, seps):
    if seps is None:
        seps = ["、"] * (len(units) - 1)
    out = units[0]
    for s, u in zip(seps, units[1:]):
        out += s + u
    return out


def bracket_texts(task):
    """The printed brackets of a task, in order."""
    half = task.get("half", set())
    out = []
    for i, fld in enumerate(task["f"]):
        kind = fld[0]
        if kind in ("L", "T"):
            val = fld[1]
        else:
            val = join_units(fld[1], fld[2])
        o, c = ("(", ")") if i in half else ("（", "）")
        out.append(o + LABEL[kind] + "：" + val + c)
    return out


def clause_string(task):
    gap = task.get("gap", {})
    s = ""
    for i, b in enumerate(bracket_texts(task)):
        s += gap.get(i, "") + b
    return s


def gold_record(task):
    marker = f"{task['n']}．"
    head = "".join(ch for ch in task["text"][0] if not ch.isspace())[:12]
    resp, lead, coop, leaders, deadline = [], [], [], [], None
    has_coop_field = False
    for fld in task["f"]:
        kind = fld[0]
        if kind == "L":
            leaders.extend(fld[2])
        elif kind == "T":
            deadline = fld[1]
        elif kind == "Q":
            resp.extend(fld[1]); lead.extend(fld[1])
        elif kind == "P":
            resp.extend(fld[1]); coop.extend(fld[1]); has_coop_field = True
        elif kind == "Z":
            resp.extend(fld[1]); lead.append(fld[1][0]); coop.extend(fld[1][1:])
    # 未注明配合单位的，由牵头单位独立负责 -> cooperating [] (already so)
    return {"id": str(task["n"]), "marker": marker, "head": head,
            "responsible_units": resp, "lead_units": lead,
            "cooperating_units": coop, "leaders": leaders, "deadline": deadline}


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def para(doc, text="", font=FS, size=16, align=None, indent=True, bold=False,
         color=None, space_before=0, space_after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(28)
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def border(p, side, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    pbdr.append(el)


def page_number_footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("— "), "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "separate")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = " PAGE "
        r._element.append(el)
    r2 = fp.add_run("1")
    set_font(r2, "宋体", 14)
    r3 = fp.add_run()
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), "end")
    r3._element.append(el)
    set_font(fp.add_run(" —"), "宋体", 14)


def build_docx():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    page_number_footer(sec)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    red = RGBColor(0xFF, 0x00, 0x00)
    # 版头
    para(doc, "芸溪县人民政府办公室文件", XBS, 36, WD_ALIGN_PARAGRAPH.CENTER, False,
         color=red, space_before=40, space_after=24)
    p = para(doc, "芸政办发〔2025〕6号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER, False, space_after=6)
    border(p, "bottom", "FF0000", 18)
    para(doc, "", indent=False)
    # 标题 (two lines by a manual line break)
    p = para(doc, "", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False)
    r = p.add_run("芸溪县人民政府办公室")
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("关于印发芸溪县2025年《政府工作报告》重点工作任务分解的通知")
    set_font(r, XBS, 22)
    para(doc, "", indent=False)
    para(doc, "各乡（镇）人民政府，芸溪经济开发区管委会，县政府各部门、各直属机构：", indent=False)
    para(doc, "《芸溪县2025年〈政府工作报告〉重点工作任务分解》已经县人民政府同意，现印发给你们，"
              "并就有关事项通知如下，请认真贯彻落实。")
    p = para(doc)
    set_font(p.add_run("一、提高思想认识。"), HT, 16)
    set_font(p.add_run("县十八届人大五次会议审议通过的《政府工作报告》，是县人民政府向全县人民作出的庄严承诺。"
                       "各乡（镇）、各部门要切实把思想和行动统一到县委、县政府决策部署上来，对照任务分解，"
                       "细化工作措施，明确时间节点，确保各项目标任务按时保质完成。"), FS, 16)
    p = para(doc)
    set_font(p.add_run("二、压实工作责任。"), HT, 16)
    set_font(p.add_run("各项任务后依次以括号注明责任县领导、牵头单位、配合单位和完成时限。"
                       "责任县领导负责统筹协调、督促推进；牵头单位对任务落实负总责，牵头单位有两个的，共同牵头；"
                       "配合单位要按照职责分工主动对接、积极配合。只注明“责任单位”的，排在第一位的为牵头单位，"
                       "其余为配合单位；未注明配合单位的，由牵头单位独立负责。"), FS, 16)
    p = para(doc)
    set_font(p.add_run("三、强化督查考核。"), HT, 16)
    set_font(p.add_run("各牵头单位要建立工作台账，于每季度末月25日前将任务进展情况经责任县领导审核后报县政府督查室。"
                       "县政府督查室将定期开展督查，督查结果纳入年度目标责任考核。"), FS, 16)
    para(doc, "联系人：刘　洋；联系电话：0745-5221876。")
    para(doc, "", indent=False)
    para(doc, "附件：芸溪县2025年《政府工作报告》重点工作任务分解")
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, "芸溪县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2025年3月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）")

    # 附件
    p = para(doc, "", indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件", HT, 16, indent=False)
    para(doc, "", indent=False)
    para(doc, "芸溪县2025年《政府工作报告》重点工作任务分解", XBS, 22,
         WD_ALIGN_PARAGRAPH.CENTER, False, space_after=12)

    part_at = dict(PARTS)
    for t in TASKS:
        if t["n"] in part_at:
            para(doc, part_at[t["n"]], HT, 16)
        run = t.get("run", "same")
        clause = clause_string(t)
        paras = t["text"]
        for k, txt in enumerate(paras):
            p = para(doc)
            if k == 0:
                set_font(p.add_run(f"{t['n']}．"), FS, 16)
            set_font(p.add_run(txt), FS, 16)
            if k == len(paras) - 1:
                if run == "same":
                    set_font(p.add_run(clause), KT, 16)
                elif run == "br":
                    r = p.add_run()
                    set_font(r, FS, 16)
                    r.add_break(WD_BREAK.LINE)
                    set_font(p.add_run(clause), KT, 16)
        if run == "para":
            p = para(doc)
            set_font(p.add_run(clause), KT, 16)

    # 版记
    para(doc, "", indent=False)
    p = para(doc, "", indent=False)
    border(p, "bottom", "000000", 8)
    p = para(doc, "", FS, 14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    set_font(p.add_run("抄送：县委办公室，县人大常委会办公室，县政协办公室，县纪委监委办公室。"), FS, 14)
    border(p, "bottom", "000000", 4)
    p = para(doc, "", FS, 14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    set_font(p.add_run("芸溪县人民政府办公室　　　　　　　　　　2025年3月18日印发"), FS, 14)
    border(p, "bottom", "000000", 8)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 3, 18, 9, 30, 0)
    cp.author = "县政府办秘书科"
    cp.last_modified_by = "县政府办秘书科"
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.revision = 3
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    return doc


def deterministic_save(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 18, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def main():
    assert [t["n"] for t in TASKS] == list(range(1, len(TASKS) + 1))
    deterministic_save(build_docx(), NOTICE)
    with open(GOLD, "w", encoding="utf-8") as f:
        for t in TASKS:
            f.write(json.dumps(gold_record(t), ensure_ascii=False) + "\n")
    print(f"wrote {os.path.basename(NOTICE)} and {os.path.basename(GOLD)}: {len(TASKS)} tasks")


if __name__ == "__main__":
    main()
