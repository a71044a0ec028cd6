#!/usr/bin/python3
"""Round 149, notice 766: a 市生态环境局's own task-division notice (HARD ISSUER).

What the notice is
    渼州市生态环境局 red-header Word notice 渼环发〔2025〕7号, 关于印发《2025年市政府工作报告涉及
    生态环境领域重点任务及目标分解方案》的通知, sent to 局机关各科室、各直属单位，各区（县）分局、高新区分局.
    The cover (黑体 run-ins 一、–三、) says: the 牵头科室（单位） answers for the task, the 配合科室（单位）
    help, and every 分局 whose cell in the “分局分解目标” block holds a target figure or a work
    requirement is a 配合单位 for that task (“—” = that 分局 carries no share).
    The 附件 (landscape section) is one Word table with a two-row header:
        序号 | 重点任务 | 责任局领导 | 牵头科室（单位） | 配合科室（单位） |
        分局分解目标 (merged over 渼滨分局 | 望岳分局 | 石埠分局 | 渼南分局 | 桃溪分局 | 高新区分局) | 完成时限
    Part rows (一、…（N项）) merged across; tasks 1–39 numbered on through the parts; the six 分局 cells
    hold each district's share of the target (≤32, 85.0%, 7, 3/8, —), or are merged into one cell
    holding a work requirement for 各分局; 直属单位 by their short names (执法支队, 监测中心 …) as a
    注 under the table explains; `/` in 配合 for none; 局领导 by name only (two in some rows).
    A 版记 (抄送, 印发) closes the document on a final portrait page.

Files written (in the current directory, /work/round149)
    766_meizhou_shi_sthjj_fenju_mubiao_fenjie.docx   the notice
    766.tasks.gold.jsonl                             the gold, from the same TASKS list

Needs
    /usr/bin/python3 with python-docx (0.8.11 here). No outside converter, no apt packages.
    Deterministic: fixed core properties, and the DOCX zip is rewritten with a fixed timestamp and a
    fixed member order.
"""
import datetime
import io
import json
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

NOTICE = "766_meizhou_shi_sthjj_fenju_mubiao_fenjie.docx"
GOLD = "766.tasks.gold.jsonl"

FENJU = ["渼滨分局", "望岳分局", "石埠分局", "渼南分局", "桃溪分局", "高新区分局"]
NONE = "—"

# One description of the tasks. Each part: (heading, [task, ...]).
# task: text, leaders, lead units, cooperating units ([] prints "/"),
#       fenju: list of 6 cell texts, or a str = one cell merged across the six (a work requirement
#       for 各分局), deadline.
# MERGED_UNIT names the unit such a merged cell makes responsible.
MERGED_UNIT = "各分局"

PARTS = [
    ("一、约束性指标和主要目标（6项）", [
        ("全市细颗粒物（PM2.5）年均浓度控制在31微克/立方米以内，较2024年下降1.5微克/立方米。",
         ["吴海燕"], ["大气环境科"], ["生态环境监测科", "监测中心"],
         ["≤32", "≤31", "≤33", "≤29", "≤28", "≤32"], "2025年12月底前"),
        ("全市空气质量优良天数比率达到86.5%以上，重污染天数比率控制在0.8%以内。",
         ["吴海燕"], ["大气环境科"], ["生态环境监测科"],
         ["85.0%", "86.0%", "84.5%", "88.5%", "89.0%", "85.0%"], "2025年12月底前"),
        ("全市13个国考、省考断面水质优良（达到或好于Ⅲ类）比例达到92.3%以上，县级及以上集中式饮用水水源地水质达标率保持100%。",
         ["郑立新"], ["水生态环境科"], ["生态环境监测科", "监测中心"],
         ["100%", "100%", "83.3%", "100%", "100%", NONE], "2025年12月底前"),
        ("完成氮氧化物、挥发性有机物重点工程减排量分别为1320吨、610吨，化学需氧量、氨氮减排完成省下达任务。",
         ["吴海燕"], ["环境影响评价与排放管理科"], ["大气环境科", "水生态环境科", "综合规划与财务科"],
         ["260/110", "180/90", "410/150", "150/60", "120/40", "200/160"], "2025年12月底前"),
        ("受污染耕地安全利用率稳定在93%以上，重点建设用地安全利用得到有效保障。",
         ["冯晓东"], ["土壤生态环境科"], ["固体废物与化学品科"],
         [NONE, "93%", "93%", "94%", "94%", NONE], "2025年12月底前"),
        ("全市一般工业固体废物综合利用率达到92%以上，危险废物利用处置能力与产废需求基本匹配。",
         ["冯晓东"], ["固体废物与化学品科"], ["固管中心"],
         ["90%", "92%", "93%", "91%", "92%", "94%"], "2025年12月底前"),
    ]),
    ("二、深入打好蓝天保卫战（7项）", [
        ("实施钢铁、水泥、焦化行业超低排放改造，年内完成渼钢集团烧结机头烟气治理、焦化二期等12个超低排放改造项目。",
         ["吴海燕"], ["大气环境科"], ["环境影响评价与排放管理科", "执法支队"],
         [NONE, "2", "7", "1", "2", NONE], "2025年11月底前"),
        ("开展工业炉窑和燃煤锅炉综合整治，淘汰35蒸吨/小时以下燃煤锅炉28台，完成54家工业炉窑深度治理。",
         ["吴海燕"], ["大气环境科"], ["行政审批科"],
         ["3/8", "6/10", "9/18", "4/7", "5/6", "1/5"], "2025年10月底前"),
        ("推进挥发性有机物源头替代和综合治理，完成120家涉VOCs企业“一企一策”整治，石化、化工等重点企业泄漏检测与修复（LDAR）实现全覆盖。",
         ["吴海燕"], ["大气环境科"], ["环境影响评价与排放管理科"],
         ["18", "14", "36", "12", "10", "30"], "2025年9月底前"),
        ("强化移动源污染防治，配合淘汰国三及以下排放标准营运柴油货车650辆，开展非道路移动机械编码登记和尾气抽测。",
         ["吴海燕"], ["大气环境科"], ["执法支队", "监测中心"],
         ["120", "100", "180", "90", "80", "80"], "2025年12月底前"),
        ("加强扬尘和餐饮油烟精细化管控，建成施工工地扬尘在线监测点位300个，城市建成区餐饮单位油烟净化设施安装率保持100%。",
         ["吴海燕"], ["大气环境科"], ["生态环境监测科"],
         ["95", "70", "60", "30", "25", "20"], "2025年8月底前"),
        ("动态更新重污染天气应急减排清单，纳入企业不少于1200家，秋冬季开展重点行业绩效分级“升A创B”帮扶。",
         ["吴海燕"], ["大气环境科"], ["监测中心"],
         "各分局负责辖区清单修订和应急响应落实", "2025年10月底前"),
        ("开展夏季臭氧污染防治攻坚，5月至9月对涉VOCs企业实施错时生产和精准管控，臭氧浓度同比不上升。",
         ["吴海燕"], ["大气环境科"], ["生态环境监测科", "监测中心"],
         "各分局按属地抓好落实", "2025年9月底前"),
    ]),
    ("三、深入打好碧水保卫战（7项）", [
        ("深化入河排污口排查整治，完成全市已排查的486个入河排污口80%以上的整治任务。",
         ["郑立新"], ["水生态环境科"], ["执法支队", "监测中心"],
         ["85", "60", "72", "90", "74", "8"], "2025年12月底前"),
        ("推进渼江、白沙河流域综合治理，实施白沙河桃溪段、青龙港等7个水生态修复项目，确保渼江干流出境断面稳定达到Ⅱ类。",
         ["郑立新"], ["水生态环境科"], ["自然生态保护科", "综合规划与财务科"],
         ["1", NONE, "2", "2", "2", NONE], "2025年12月底前"),
        ("巩固县级及以上集中式饮用水水源地规范化建设成果，完成11个乡镇级饮用水水源保护区划定和规范化建设。",
         ["郑立新"], ["水生态环境科"], ["法规与标准科"],
         [NONE, "2", "1", "5", "3", NONE], "2025年11月底前"),
        ("加强工业园区水污染治理，全市9个省级以上工业园区污水集中处理设施稳定达标运行，在线监控实现全覆盖。",
         ["郑立新"], ["水生态环境科"], ["环境影响评价与排放管理科", "信息中心"],
         ["1", "1", "3", "2", "1", "1"], "2025年12月底前"),
        ("开展美丽河湖保护与建设，建成省级美丽河湖3条（个），争创省级美丽河湖优秀案例1个。",
         ["郑立新"], ["水生态环境科"], [],
         ["1", NONE, NONE, "1", "1", NONE], "2025年11月底前"),
        ("推进农村生活污水治理，新增完成46个行政村生活污水治理，全市农村生活污水治理率达到45%以上。",
         ["冯晓东"], ["土壤生态环境科"], ["水生态环境科"],
         ["2", "8", "6", "16", "14", NONE], "2025年12月底前"),
        ("实施地下水污染防治，完成2个化工园区地下水环境状况调查评估，建立地下水污染防治重点排污单位名录。",
         ["冯晓东"], ["土壤生态环境科"], ["水生态环境科", "环科所"],
         [NONE, NONE, "1", NONE, NONE, "1"], "2025年10月底前"),
    ]),
    ("四、深入打好净土保卫战和固体废物污染防治（5项）", [
        ("严格建设用地土壤污染风险管控，完成68个地块土壤污染状况调查报告评审，重点建设用地安全利用率保持100%。",
         ["冯晓东"], ["土壤生态环境科"], ["行政审批科"],
         ["22", "15", "12", "8", "5", "6"], "2025年12月底前"),
        ("开展土壤污染源头管控行动，完成22家土壤污染重点监管单位隐患排查“回头看”。",
         ["冯晓东"], ["土壤生态环境科"], ["执法支队"],
         ["2", "3", "9", "3", "2", "3"], "2025年9月底前"),
        ("高质量推进“无废城市”建设，建成“无废细胞”120个，新增一般工业固体废物综合利用能力30万吨。",
         ["冯晓东"], ["固体废物与化学品科"], ["固管中心", "宣传教育科"],
         ["40", "25", "20", "12", "10", "13"], "2025年12月底前"),
        ("强化危险废物全过程监管，开展危险废物规范化环境管理评估，抽查企业不少于150家，小微企业危险废物收集试点实现区县全覆盖。",
         ["冯晓东"], ["固体废物与化学品科"], ["固管中心", "执法支队"],
         ["25", "20", "40", "25", "20", "20"], "2025年11月底前"),
        ("加强新污染物治理，完成重点管控新污染物生产使用企业调查，建立全市新污染物环境风险管控清单。",
         ["褚文涛"], ["固体废物与化学品科"], ["生态环境监测科", "监测中心"],
         [NONE, NONE, NONE, NONE, NONE, NONE], "2025年12月底前"),
    ]),
    ("五、加强生态保护和推动绿色低碳发展（5项）", [
        ("开展“绿盾2025”自然保护地强化监督，国家和省下发问题点位核查率、整改销号率均达到100%。",
         ["郑立新"], ["自然生态保护科"], ["执法支队"],
         ["11", NONE, "6", "23", "17", NONE], "2025年11月底前"),
        ("加强生物多样性保护，完成渼南县、桃溪县生物多样性本底调查，建设生物多样性观测样区4个。",
         ["郑立新"], ["自然生态保护科"], ["环科所"],
         [NONE, NONE, NONE, "2", "2", NONE], "2025年12月底前"),
        ("深化生态文明示范创建，巩固国家生态文明建设示范区创建成果，支持桃溪县申报国家“绿水青山就是金山银山”实践创新基地。",
         ["周建国", "郑立新"], ["自然生态保护科"], ["综合规划与财务科", "宣传教育科"],
         [NONE, NONE, NONE, NONE, "申报创建", NONE], "2025年9月底前"),
        ("积极稳妥推进碳达峰碳中和，做好全国碳市场配额清缴履约，重点排放单位履约率达到100%，开展减污降碳协同增效试点。",
         ["褚文涛"], ["应对气候变化科"], ["环境影响评价与排放管理科"],
         ["1", NONE, "9", "2", "1", "3"], "2025年12月底前"),
        ("深化排污许可“一证式”管理，完成排污许可证质量和执行报告审核抽查200份，固定污染源排污许可实现全覆盖。",
         ["褚文涛"], ["环境影响评价与排放管理科"], ["行政审批科", "执法支队"],
         ["30", "30", "60", "30", "25", "25"], "2025年11月底前"),
    ]),
    ("六、提升生态环境监管执法和治理能力（6项）", [
        ("深化生态环境领域“放管服”改革，环评审批时限压缩至法定时限的50%以内，对省市重大项目开通环评审批“绿色通道”。",
         ["蒋红梅"], ["行政审批科"], ["环境影响评价与排放管理科", "法规与标准科"],
         "各分局做好辖区重大项目环评服务", "2025年12月底前"),
        ("落实生态环境执法正面清单和“双随机、一公开”监管，全年开展执法检查不少于3000家次，非现场监管占比达到40%以上。",
         ["冯晓东"], ["执法支队"], ["法规与标准科"],
         ["500", "450", "800", "450", "400", "400"], "2025年12月底前"),
        ("扎实推进中央和省生态环境保护督察反馈问题整改，年内完成第三轮省级督察反馈问题整改销号29项。",
         ["周建国"], ["督察与督办科"], ["局机关各科室", "各直属单位"],
         ["5", "4", "8", "6", "5", "1"], "2025年12月底前"),
        ("提升生态环境监测能力，新建大气颗粒物组分自动监测站2个、水质自动监测站5个，实现乡镇环境空气质量监测全覆盖。",
         ["褚文涛"], ["生态环境监测科"], ["监测中心", "综合规划与财务科"],
         [NONE, "1", "2", "2", "1", "1"], "2025年10月底前"),
        ("完善生态环境信访投诉办理机制，12345热线生态环境类诉求按期办结率达到100%，群众满意率达到90%以上。",
         ["蒋红梅"], ["办公室"], ["执法支队"],
         "各分局负责辖区投诉办理和回访", "2025年12月底前"),
        ("推进企业环境信息依法披露，督促纳入名单的186家企业按时完成年度环境信息依法披露。",
         ["蒋红梅"], ["法规与标准科"], ["信息中心"],
         ["26", "22", "58", "30", "20", "30"], "2025年3月15日前"),
    ]),
    ("七、办好民生实事和加强机关自身建设（3项）", [
        ("实施环保“体检”惠企民生实事，为500家汽修、干洗、印刷等小微企业提供免费环保诊断和治理帮扶。",
         ["吴海燕"], ["大气环境科"], ["宣传教育科", "环科所"],
         ["120", "100", "110", "70", "60", "40"], "2025年11月底前"),
        ("加强生态环境宣传教育，开展“六五”环境日主题宣传活动，创建省级绿色学校、绿色社区20个。",
         ["郑立新"], ["宣传教育科"], ["办公室"],
         ["5", "4", "3", "4", "3", "1"], "2025年12月底前"),
        ("全面从严治党，落实党风廉政建设主体责任，深入开展生态环境领域群众身边不正之风和腐败问题集中整治。",
         ["周建国", "王敏"], ["机关党委"], ["组织人事科", "局机关各科室", "各直属单位"],
         "各分局抓好落实", "持续推进"),
    ]),
]

HEAD_LEN = 14
ISSUE_DATE = datetime.datetime(2025, 3, 12, 9, 0, 0)

FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- gold
def gold_records():
    recs = []
    n = 0
    for _heading, tasks in PARTS:
        for text, leaders, lead, coop, fenju, deadline in tasks:
            n += 1
            if isinstance(fenju, str):
                fj_units = [MERGED_UNIT]
            else:
                fj_units = [name for name, cell in zip(FENJU, fenju) if cell != NONE]
            cooperating = list(coop) + fj_units
            recs.append({
                "id": str(n),
                "marker": str(n),
                "head": text[:HEAD_LEN],
                "responsible_units": list(lead) + cooperating,
                "lead_units": list(lead),
                "cooperating_units": cooperating,
                "leaders": list(leaders),
                "deadline": deadline,
            })
    return recs


# ---------------------------------------------------------------- docx helpers
def set_font(run, name, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)
    if color is not None:
        run.font.color.rgb = color


def para(container, text="", font=FS, size=16, bold=False, align=None, indent=True,
         line=28, color=None, before=0, after=0):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def border(p, side, color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
        elif txt.strip() == "PAGE":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._r.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = txt
            r._r.append(t)
    set_font(p.add_run(" —"), "宋体", 14)


def cell_text(cell, text, bold=False, font=FS, size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(15)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    set_font(p.add_run(text), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    trpr.append(el)


def fixed_layout(table):
    tblpr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)


# ---------------------------------------------------------------- notice
def build_docx():
    doc = Document()
    cp = doc.core_properties
    cp.author = "渼州市生态环境局"
    cp.last_modified_by = "督察与督办科"
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 3
    cp.created = ISSUE_DATE
    cp.modified = datetime.datetime(2025, 3, 12, 16, 20, 0)
    cp.last_printed = datetime.datetime(2025, 3, 12, 16, 25, 0)

    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    page_number_footer(sec)

    # 版头
    para(doc, indent=False, line=28)
    para(doc, "渼州市生态环境局文件", XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         line=60, color=RED)
    para(doc, indent=False)
    para(doc, indent=False)
    p = para(doc, "渼环发〔2025〕7号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", sz=18, space=8)
    para(doc, indent=False)

    # 标题
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    r = p.add_run("渼州市生态环境局关于印发《2025年市政府工作报告")
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("涉及生态环境领域重点任务及目标分解方案》的通知")
    set_font(r, XBS, 22)
    para(doc, indent=False)

    para(doc, "局机关各科室、各直属单位，各区（县）分局、高新区分局：", indent=False)
    para(doc, "为全面贯彻落实市十七届人大四次会议审议通过的《政府工作报告》和全省生态环境保护"
              "工作会议精神，确保完成2025年全市生态环境保护各项目标任务，经局党组会议研究同意，"
              "现将《2025年市政府工作报告涉及生态环境领域重点任务及目标分解方案》（以下简称"
              "《分解方案》）印发给你们，并就有关事项通知如下，请一并抓好落实。")

    def runin(head, body):
        p = para(doc)
        set_font(p.add_run(head), HT, 16)
        set_font(p.add_run(body), FS, 16)

    runin("一、压实工作责任。",
          "《分解方案》共7个方面39项任务，每项任务明确了责任局领导、牵头科室（单位）、配合科室"
          "（单位）和分局分解目标。责任局领导对分管任务负领导责任；牵头科室（单位）对任务落实负总责，"
          "负责制定推进计划、组织调度和汇总进展；配合科室（单位）按照职责分工积极主动配合。"
          "“分局分解目标”栏列有目标数或工作要求的，相关分局为该项任务的配合单位，对辖区内目标任务"
          "落实负直接责任；标注“—”的，该分局不承担此项分解目标。")
    runin("二、强化调度督办。",
          "实行“月调度、季通报”制度。各牵头科室（单位）于每月25日前将任务推进情况（含分局目标完成"
          "情况）报督察与督办科，督察与督办科汇总后每季度在局长办公会上通报，对进度滞后的任务"
          "下发督办提醒单，连续两次提醒仍未改进的，提请局党组约谈。")
    runin("三、严格考核问效。",
          "任务完成情况纳入局机关科室、直属单位和分局年度目标管理考核。各分局要将分解目标及时报告"
          "区（县）人民政府、高新区管委会，积极争取属地党委政府支持，确保目标任务按期完成。"
          "因工作不力导致目标任务未完成的，按照有关规定严肃追责问责。")
    para(doc)
    p = para(doc)
    set_font(p.add_run("附件：2025年市政府工作报告涉及生态环境领域重点任务及目标分解方案"), FS, 16)
    p.paragraph_format.first_line_indent = Pt(32)
    p.paragraph_format.left_indent = Pt(0)
    para(doc)
    para(doc)
    para(doc, "渼州市生态环境局", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(64)
    para(doc, "2025年3月12日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(64)
    para(doc, "（此件依申请公开）")
    para(doc, "（联系人：督察与督办科　陶　然；联系电话：3826147）")

    # 附件: landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    sec2.top_margin, sec2.bottom_margin = Cm(2.5), Cm(2.2)
    sec2.left_margin, sec2.right_margin = Cm(2.2), Cm(2.2)

    para(doc, "附件", HT, 16, indent=False)
    para(doc, "2025年市政府工作报告涉及生态环境领域重点任务及目标分解方案", XBS, 20,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=8)

    widths = [Cm(1.0), Cm(7.3), Cm(1.7), Cm(2.3), Cm(2.9)] + [Cm(1.35)] * 6 + [Cm(1.9)]
    ncol = len(widths)
    ntask = sum(len(t) for _h, t in PARTS)
    nrows = 2 + len(PARTS) + ntask
    table = doc.add_table(rows=nrows, cols=ncol)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    fixed_layout(table)
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(w.twips))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]

    # header
    h0, h1 = table.rows[0], table.rows[1]
    repeat_header(h0)
    repeat_header(h1)
    heads = ["序号", "重点任务", "责任局领导", "牵头科室（单位）", "配合科室（单位）"]
    for i, t in enumerate(heads):
        m = h0.cells[i].merge(h1.cells[i])
        cell_text(m, t, True, HT, 10.5)
    m = h0.cells[5].merge(h0.cells[10])
    cell_text(m, "分局分解目标", True, HT, 10.5)
    for j, name in enumerate(FENJU):
        cell_text(h1.cells[5 + j], name, True, HT, 9)
    m = h0.cells[11].merge(h1.cells[11])
    cell_text(m, "完成时限", True, HT, 10.5)

    r = 2
    n = 0
    for heading, tasks in PARTS:
        row = table.rows[r]
        m = row.cells[0].merge(row.cells[ncol - 1])
        cell_text(m, heading, True, HT, 11, WD_ALIGN_PARAGRAPH.LEFT)
        r += 1
        for text, leaders, lead, coop, fenju, deadline in tasks:
            n += 1
            row = table.rows[r]
            cells = row.cells
            cell_text(cells[0], str(n))
            cell_text(cells[1], text, align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(cells[2], "、".join(leaders))
            cell_text(cells[3], "、".join(lead))
            cell_text(cells[4], "、".join(coop) if coop else "/")
            if isinstance(fenju, str):
                m = cells[5].merge(cells[10])
                cell_text(m, fenju, size=10)
            else:
                for j, v in enumerate(fenju):
                    cell_text(cells[5 + j], v, size=10)
            cell_text(cells[11], deadline, size=10)
            r += 1

    note = ("注：1．“分局分解目标”栏数字为各分局2025年应完成的目标值，计量单位与“重点任务”栏一致；"
            "第1项单位为微克/立方米，第4项依次为氮氧化物、挥发性有机物减排量（吨），第8项依次为"
            "淘汰燃煤锅炉台数、完成工业炉窑深度治理家数；“—”表示该分局不承担此项分解目标。"
            "2．直属单位使用简称：执法支队为市生态环境保护综合行政执法支队，监测中心为渼州生态环境"
            "监测中心，固管中心为市固体废物与化学品管理中心，信息中心为市生态环境信息中心，"
            "环科所为市环境科学研究所。")
    para(doc, note, FS, 12, indent=False, line=20, before=6)

    # 版记 on a last portrait page
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        para(doc, indent=False)
    p = para(doc, "抄送：市人民政府办公室，市委督查室，市政府督查室。", FS, 14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", color="000000", sz=8, space=4)
    border(p, "bottom", color="000000", sz=4, space=4)
    p = para(doc, "", FS, 14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    set_font(p.add_run("渼州市生态环境局办公室" + "　" * 9 + "2025年3月12日印发"), FS, 14)
    border(p, "bottom", color="000000", sz=8, space=4)

    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def normalise_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 12, 16, 20, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def main():
    with open(NOTICE, "wb") as f:
        f.write(normalise_zip(build_docx()))
    with open(GOLD, "w", encoding="utf-8", newline="\n") as f:
        for rec in gold_records():
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
