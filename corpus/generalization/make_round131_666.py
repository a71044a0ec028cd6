#!/usr/bin/python3
"""Generate 666_yanbu_zhen_zhongdian_gongzuo_renwu_fenjie.docx and its gold.

A 镇党委/镇人民政府 joint red-header Word notice 关于印发《岩埠镇2025年重点工作任务分解方案》的通知
whose 附件 is a landscape Word table 序号 / 重点工作任务 / 分管领导 / 责任单位 / 完成时限.
The cover says: 责任单位中排在第一位的为牵头单位 … 其他单位为配合单位.
Deterministic: fixed core properties and fixed zip entry dates.
"""
import datetime
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "666_yanbu_zhen_zhongdian_gongzuo_renwu_fenjie"
DOCX = os.path.join(HERE, BASE + ".docx")
GOLD = os.path.join(HERE, BASE + ".tasks.gold.jsonl")

RED = RGBColor(0xE6, 0x00, 0x12)
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

# ---- leaders (name as printed, post) -------------------------------------------------
L = {
    "王": ("王立新", "党委书记"),
    "刘": ("刘振东", "党委副书记、镇长"),
    "陈": ("陈国华", "党委副书记"),
    "周": ("周德明", "人大主席"),
    "胡": ("胡　斌", "党委委员、副镇长"),
    "蒋": ("蒋文静", "党委委员、组织委员"),
    "邓": ("邓海涛", "党委委员、纪委书记"),
    "郑": ("郑凯", "党委委员、政法委员"),
    "杨": ("杨丽萍", "党委委员、宣传委员"),
    "田": ("田志军", "党委委员、武装部长"),
    "罗": ("罗晓燕", "副镇长"),
    "孙": ("孙建平", "副镇长"),
    "黄": ("黄小琴", "副镇长"),
}

D = "2025年12月底前"

# Each part: (heading, [tasks]); a task: (text, leader cell paragraphs, unit cell paragraphs, deadline)
# leader cell: list of paragraphs, each paragraph a list of leader keys joined by 、 on that line.
PARTS = [
    ("一、党的建设（5项）", [
        ("深入学习贯彻党的二十届三中全会精神，严格落实“第一议题”制度，全年开展党委理论学习中心组集体学习12次以上，推动党的创新理论进村（社区）、进站所、进企业。",
         [["王"]], ["党建工作办公室、党政综合办公室、各村（社区）"], D),
        ("抓好基层党组织建设，深化“五星支部”创建，整顿提升软弱涣散村党组织2个，年内新创建三星以上支部6个，规范落实“三会一课”、主题党日等组织生活制度。",
         [["蒋"]], ["党建工作办公室、各村（社区）"], D),
        ("加强干部队伍建设，完成村（社区）“两委”干部年度培训全覆盖，储备村级后备力量30名以上，落实村干部报酬和绩效考核办法。",
         [["蒋"]], ["党建工作办公室、党政综合办公室、财政所"], "2025年11月底前"),
        ("落实全面从严治党主体责任，持续深化作风建设，严格执行中央八项规定及其实施细则精神，开展“清廉村居”建设，完成村级财务和“三资”专项巡察5个村。",
         [["邓"]], ["纪检监察办公室、党政综合办公室、财政所、各村（社区）"], D),
        ("做好意识形态和宣传思想工作，落实意识形态工作责任制，建好用好新时代文明实践站（所），全年开展志愿服务活动100场次以上，评选“岩埠好人”10名。",
         [["杨"]], ["宣传统战办公室、文化综合服务中心、各村（社区）"], D),
    ]),
    ("二、经济发展（7项）", [
        ("全年完成固定资产投资6.8亿元，增长8%以上；规模以上工业增加值增长7%以上；社会消费品零售总额增长6%以上，主要经济指标增速保持全县前列。",
         [["刘"]], ["经济发展办公室、财政所、各村（社区）"], D),
        ("抓好重点项目建设，加快推进岩埠工业集中区标准化厂房二期、岩埠至石门坳公路改建、集镇污水管网延伸等12个重点项目，确保项目按节点推进、按期完工。",
         [["刘"], ["胡"]], ["经济发展办公室、村镇建设办公室、自然资源所、相关村"], D),
        ("强化招商引资，围绕竹木加工、农产品精深加工产业链精准招商，全年引进亿元以上项目2个、5000万元以上项目3个，实际到位资金2.5亿元以上。",
         [["胡"]], ["经济发展办公室、党政综合办公室"], D),
        ("培育壮大市场主体，新增“四上”企业3家，新增个体工商户200户以上，支持岩埠竹业、金穗米业等骨干企业扩能升级。",
         [["胡"]], ["经济发展办公室、市场监管所、财政所"], D),
        ("加强财源建设和税费征管，全年完成一般公共预算收入4200万元，严控一般性支出，“三保”支出足额保障，镇村债务只减不增。",
         [["胡"]], ["财政所"], D),
        ("持续优化营商环境，推进便民服务中心标准化建设，高频政务服务事项“一窗通办”率达到95%以上，落实领导干部联系服务企业制度。",
         [["罗"]], ["便民服务中心、党政综合办公室、市场监管所"], "持续推进"),
        ("发展乡村文旅，完成岩埠老街风貌提升和码头遗址保护利用，办好第三届岩埠油茶文化节，全年接待游客15万人次以上。",
         [["杨"]], ["文化综合服务中心、经济发展办公室、岩埠社区"], "2025年10月底前"),
    ]),
    ("三、乡村振兴（7项）", [
        ("扛牢粮食安全责任，稳定粮食播种面积3.2万亩以上、总产1.3万吨以上，落实耕地保护和撂荒地整治，完成早稻集中育秧2000亩。",
         [["罗"]], ["农业农村服务中心、各村（社区）"], "2025年10月底前"),
        ("实施高标准农田建设5000亩，同步做好项目区土地平整、灌排渠系和机耕道建设，建成后管护责任落实到村到户。",
         [["罗"]], ["农业农村服务中心、财政所、自然资源所、相关村"], "2025年11月底前"),
        ("巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制，做到应纳尽纳、应帮尽帮，确保不发生规模性返贫致贫。",
         [["陈"]], ["农业农村服务中心、社会事务办公室、各村（社区）"], D),
        ("做强特色产业，新增油茶低改2000亩，扩大高山蔬菜、稻虾共作种植规模，新培育市级以上农业龙头企业1家、示范家庭农场5家。",
         [["罗"]], ["农业农村服务中心、经济发展办公室，各村（社区）"], D),
        ("发展壮大村级集体经济，推行“村集体＋合作社＋农户”模式，全面消除年经营性收入10万元以下的村，年收入30万元以上的村达到5个。",
         [["陈", "蒋"]], ["党建工作办公室、农业农村服务中心、财政所、各村（社区）"], D),
        ("建设宜居宜业和美乡村，深入开展农村人居环境整治，完成农村户厕改造300户，生活垃圾收运处置体系覆盖所有自然村，创建“美丽屋场”8个。",
         [["陈"]], ["农业农村服务中心、村镇建设办公室、生态环境办公室、各村（社区）"], "2025年11月底前"),
        ("加强农田水利建设，完成山塘清淤扩容20口、渠道硬化8公里，落实防汛抗旱各项准备工作，修订完善镇村两级防汛应急预案。",
         [["孙"]], ["水利站、应急管理办公室、各村（社区）"], "2025年5月底前"),
    ]),
    ("四、生态环境和城乡建设（5项）", [
        ("全面落实河长制、林长制，常态化开展河道巡查和“清四乱”，加强森林防火和松材线虫病防控，确保不发生重大森林火灾。",
         [["孙"]], ["生态环境办公室、水利站、林业站、各村（社区）"], "长期坚持"),
        ("抓好突出环境问题整改，按时销号各级环保督察交办问题，加强秸秆禁烧和畜禽养殖污染治理，镇域空气、水环境质量稳定达标。",
         [["孙"]], ["生态环境办公室、综合行政执法队、农业农村服务中心、各村（社区）"], D),
        ("推进集镇提质改造，完成新街至车站路段立面改造和雨污分流，规范占道经营和车辆停放，提升集镇管理精细化水平。",
         [["胡"]], ["村镇建设办公室、综合行政执法队、岩埠社区"], D),
        ("加强农村建房和国土空间管理，严格落实“一户一宅”和建房审批制度，坚决遏制新增违法占用耕地建房，完成存量问题整改销号。",
         [["胡"]], ["自然资源所、村镇建设办公室、综合行政执法队、各村（社区）"], "持续推进"),
        ("完善农村交通路网，完成农村公路提质改造12公里、危桥改造2座，落实“路长制”，抓好农村公路养护和道路交通安全劝导。",
         [["孙"]], ["村镇建设办公室、交管站、派出所、相关村"], "2025年11月底前"),
    ]),
    ("五、民生保障（6项）", [
        ("稳定和扩大就业，新增城镇就业400人，新增农村劳动力转移就业600人，开展职业技能培训300人次，城乡居民养老保险应保尽保。",
         [["黄"]], ["劳动保障事务所、社会事务办公室、各村（社区）"], D),
        ("做好城乡居民医疗保险参保征缴，参保率稳定在95%以上，推进镇卫生院和村卫生室一体化管理，落实家庭医生签约服务。",
         [["黄"]], ["医保站、镇卫生院、各村（社区）"], D),
        ("办好人民满意教育，完成镇中心小学运动场改造，配合做好岩埠中学教学楼建设，巩固控辍保学成果。",
         [["黄"]], ["中心学校、社会事务办公室"], "2025年8月底前"),
        ("兜牢民生底线，规范做好低保、特困供养、临时救助工作，推进镇敬老院提质改造，新建村级互助养老服务点3个。",
         [["黄"]], ["社会事务办公室、财政所、各村（社区）"], "持续推进"),
        ("扎实办好年度十件民生实事，认真办理人大代表建议和群众意见，办结率100%，组织人大代表开展视察、调研活动不少于2次。",
         [["周"]], ["人大办公室、党政综合办公室、相关站所"], "2025年11月底前"),
        ("做好国防动员和双拥工作，高质量完成年度征兵任务，抓好基干民兵队伍建设，落实退役军人优待抚恤政策。",
         [["田"]], ["武装部、退役军人服务站、各村（社区）"], "2025年9月底前"),
    ]),
    ("六、平安建设（5项）", [
        ("深化信访工作法治化，坚持和发展新时代“枫桥经验”，常态化开展矛盾纠纷排查化解，确保不发生进京赴省非正常上访和重大群体性事件。",
         [["陈"], ["郑"]], ["综治中心（信访办）、司法所、派出所、各村（社区）"], "持续推进"),
        ("推进扫黑除恶常态化，严厉打击电信网络诈骗、非法集资等违法犯罪，刑事案件发案率同比下降5%以上，群众安全感和满意度保持全县前列。",
         [["郑"]], ["派出所、综治中心（信访办）、司法所"], D),
        ("压实安全生产责任，深入开展安全生产治本攻坚三年行动和消防、道路交通、自建房等重点领域隐患排查整治，坚决防范和遏制较大以上安全事故。",
         [["刘"], ["孙"]], ["应急管理办公室、派出所、市场监管所、村镇建设办公室、", "农业农村服务中心、各村（社区）"], D),
        ("加强食品药品安全监管，开展校园及周边、农村集体聚餐等专项整治，确保不发生区域性食品安全事故。",
         [["胡"]], ["市场监管所、镇卫生院、中心学校"], "持续推进"),
        ("深化法治岩埠建设，扎实开展“八五”普法总结验收，推进网格化服务管理，创建省级民主法治示范村1个。",
         [["郑"]], ["司法所、综治中心（信访办）、各村（社区）"], D),
    ]),
]


# ---- docx helpers ---------------------------------------------------------------------
def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=0, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(indent) if indent else None
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc_or_cell, text="", font=FS, size=16, bold=False, color=None, **kw):
    p = doc_or_cell.add_paragraph()
    fmt(p, **kw)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def runin(doc, head, rest):
    """body paragraph with a 黑体 run-in heading"""
    p = para(doc, indent=32)
    set_font(p.add_run(head), HT, 16)
    set_font(p.add_run(rest), FS, 16)
    return p


def border(p, side, color="E60012", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)
    ppr.append(bdr)


def distribute(p):
    ppr = p._p.get_or_add_pPr()
    jc = ppr.find(qn("w:jc"))
    if jc is None:
        jc = OxmlElement("w:jc")
        ppr.append(jc)
    jc.set(qn("w:val"), "distribute")


def page_footer(section):
    ft = section.footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, None), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        elif txt:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = "1"
            r._element.append(t)
    set_font(p.add_run(" —"), "宋体", 14)


def cell_margins_none(table):
    tblPr = table._tbl.tblPr
    for el in tblPr.findall(qn("w:tblBorders")):
        tblPr.remove(el)
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def set_col_widths(table, widths):
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i].twips)))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(OxmlElement("w:cantSplit"))


def cell_text(cell, lines, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        fmt(p, align=align, line=20)
        set_font(p.add_run(ln), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def leader_lines(spec):
    out = []
    for line in spec:
        out.append("、".join(f"{L[k][0]}（{L[k][1]}）" for k in line))
    return out


# ---- build ----------------------------------------------------------------------------
def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    page_footer(sec)

    # red header: two issuers stacked, 文件 beside them
    hdr = doc.paragraphs[0] if doc.paragraphs else None
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_margins_none(t)
    set_col_widths(t, [Cm(11.6), Cm(3.6)])
    for i, name in enumerate(("中共岩埠镇委员会", "岩埠镇人民政府")):
        c = t.cell(i, 0)
        p = c.paragraphs[0]
        fmt(p, line=40)
        distribute(p)
        set_font(p.add_run(name), XBS, 30, color=RED)
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    m = t.cell(0, 1).merge(t.cell(1, 1))
    p = m.paragraphs[0]
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=40)
    set_font(p.add_run("文件"), XBS, 42, color=RED)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if hdr is not None:
        hdr._p.getparent().remove(hdr._p)

    para(doc, "", line=28)
    para(doc, "", line=28)
    p = para(doc, "岩发〔2025〕2号", align=WD_ALIGN_PARAGRAPH.CENTER)
    p = para(doc, "", line=14)
    border(p, "bottom", sz=18)
    para(doc, "", line=28)

    para(doc, "关于印发《岩埠镇2025年重点工作任务", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "分解方案》的通知", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "")
    para(doc, "各村（社区）党组织、村（居）民委员会，镇直各单位、各站所：")
    para(doc, "为全面贯彻落实镇第十七届人民代表大会第五次会议和镇党委十七届九次全体（扩大）会议精神，"
              "确保全年各项目标任务落到实处，经镇党委、镇政府研究，制定了《岩埠镇2025年重点工作任务分解方案》，"
              "现印发给你们，并就有关事项通知如下，请认真抓好贯彻落实。", indent=32)
    runin(doc, "一、压实工作责任。",
          "各项重点工作实行“分管领导＋责任单位”负责制，分管领导对分管领域的重点工作负领导责任，要亲自研究部署、"
          "协调调度。责任单位中排在第一位的为牵头单位，对任务落实负总责；其他单位为配合单位，要按照职责分工"
          "主动配合、密切协作，形成工作合力。各村（社区）要对照方案，结合实际细化落实措施。")
    runin(doc, "二、加强调度推进。",
          "各牵头单位要将任务细化分解到月、落实到人，于每月25日前将工作推进情况报镇党政综合办公室（督查室），"
          "每季度末形成季度工作小结。对推进中遇到的困难和问题，要及时向分管领导报告，需镇党委、镇政府"
          "研究解决的，提请镇党政联席会议研究。")
    runin(doc, "三、严格督查考核。",
          "镇党政综合办公室（督查室）要加强跟踪督办，每季度通报一次工作进展情况。重点工作完成情况纳入"
          "镇直单位和村（社区）年度综合考评，对工作推进不力、未按时限完成任务的，按有关规定予以通报问责。")
    para(doc, "联系人：曾　敏，联系电话：7218036。", indent=32)
    para(doc, "")
    p = para(doc, "附件：岩埠镇2025年重点工作任务分解方案", indent=32)
    para(doc, "")
    para(doc, "")
    para(doc, "")
    p = para(doc, "中共岩埠镇委员会　　　　　　岩埠镇人民政府", align=WD_ALIGN_PARAGRAPH.LEFT, indent=32)
    p = para(doc, "2025年2月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    para(doc, "")
    para(doc, "（此件公开发布）", indent=32)

    # ---- 附件: landscape section
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21)
    s2.top_margin, s2.bottom_margin = Cm(2.6), Cm(2.4)
    s2.left_margin, s2.right_margin = Cm(2.5), Cm(2.5)
    para(doc, "附件", HT, 16, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "")
    para(doc, "岩埠镇2025年重点工作任务分解方案", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "")

    widths = [Cm(1.3), Cm(11.2), Cm(4.6), Cm(5.0), Cm(2.6)]
    ntask = sum(len(ts) for _, ts in PARTS)
    table = doc.add_table(rows=1, cols=5)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr_row = table.rows[0]
    repeat_header(hdr_row)
    for i, h in enumerate(("序号", "重点工作任务", "分管领导", "责任单位", "完成时限")):
        cell_text(hdr_row.cells[i], [h], HT, 12)

    gold = []
    n = 0
    for heading, tasks in PARTS:
        row = table.add_row()
        cant_split(row)
        m = row.cells[0].merge(row.cells[4])
        cell_text(m, [heading], HT, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
        for text, lspec, ulines, deadline in tasks:
            n += 1
            row = table.add_row()
            cant_split(row)
            c = row.cells
            cell_text(c[0], [str(n)])
            cell_text(c[1], [text], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            cell_text(c[2], leader_lines(lspec))
            cell_text(c[3], ulines)
            cell_text(c[4], [deadline])
            # gold
            joined = "".join(ulines)
            units = [u for part in joined.replace("，", "、").split("、") for u in [part] if u]
            leaders = []
            for line in lspec:
                for k in line:
                    leaders.append(L[k][0].replace("　", ""))
            gold.append({
                "id": str(n),
                "marker": str(n),
                "head": text[:12],
                "responsible_units": units,
                "lead_units": units[:1],
                "cooperating_units": units[1:],
                "leaders": leaders,
                "deadline": deadline,
            })
    set_col_widths(table, widths)

    # ---- 版记 on a portrait last page
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Cm(21), Cm(29.7)
    s3.top_margin, s3.bottom_margin = Cm(3.7), Cm(3.5)
    s3.left_margin, s3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        para(doc, "")
    p = para(doc, "抄送：岚溪县委办公室，县人民政府办公室，县委、县政府督查室。", size=14, indent=14)
    border(p, "top", color="000000", sz=8)
    p = para(doc, "岩埠镇党政综合办公室　　　　　　　　　　2025年2月24日印发", size=14, indent=14)
    border(p, "top", color="000000", sz=4)
    border(p, "bottom", color="000000", sz=8)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 24, 9, 0, 0)
    cp.author = "岩埠镇党政办"
    cp.last_modified_by = "岩埠镇党政办"
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    assert n == ntask
    return doc, gold


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 24, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def main():
    doc, gold = build()
    save_deterministic(doc, DOCX)
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(DOCX, len(gold), "tasks")


if __name__ == "__main__":
    main()
