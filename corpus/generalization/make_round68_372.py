#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 68, item 372 (control case): a joint 市委督查室 / 市政府督查室 督办通知
with its 督办事项清单 as an ordinary Word table.

Writes 372_yuncen_shi_duban_shixiang_qingdan.docx next to this script.
Run with /usr/bin/python3 (python-docx 0.8.11, lxml).
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor, Twips

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "372_yuncen_shi_duban_shixiang_qingdan.docx")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xE6, 0x00, 0x12)


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


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None,
         indent=True, color=None, exact=28, space_before=0, space_after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def bottom_border(p, color="E60012", sz=18):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def top_bottom_border(p, top=True, bottom=True, sz=8):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    for side, on in (("top", top), ("bottom", bottom)):
        if not on:
            continue
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        pbdr.append(b)
    ppr.append(pbdr)


def add_page_field(paragraph, size=14):
    def run(text=None):
        r = paragraph.add_run(text or "")
        set_font(r, "宋体", size)
        return r
    run("— ")
    r = run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r._r.append(fc)
    r = run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    r = run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r._r.append(fc)
    run("1")
    r = run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r._r.append(fc)
    run(" —")


def set_cell_width(cell, cm):
    cell.width = Cm(cm)
    tcpr = cell._tc.get_or_add_tcPr()
    w = tcpr.find(qn("w:tcW"))
    if w is None:
        w = OxmlElement("w:tcW")
        tcpr.append(w)
    w.set(qn("w:w"), str(int(cm * 567)))
    w.set(qn("w:type"), "dxa")


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(18)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    r = p.add_run(text)
    set_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trpr.append(c)


# ---------------------------------------------------------------- content
HEADER = ["序号", "督办事项", "责任领导", "牵头单位", "责任单位", "办结时限", "督办方式"]
WIDTHS = [1.3, 8.3, 2.4, 3.3, 4.9, 2.4, 2.2]

# (section heading) or (no, matter, leaders, lead, others, deadline, mode)
ROWS = [
    "一、经济高质量发展（10项）",
    ("1", "全力巩固经济回升向好态势，确保上半年全市地区生产总值增长6%以上、规模以上工业增加值增长7%以上，主要经济指标增幅保持全省第一方阵。",
     "韩卫东、彭志远", "市发展改革委", "市统计局、市工业和信息化局、各县（市、区）人民政府", "2024年7月15日前", "定期调度"),
    ("2", "加快推进中岑新材料产业园一期项目建设，6月底前完成主体厂房封顶，年内实现首条生产线试投产。",
     "彭志远", "云岑高新区管委会", "市工业和信息化局、市自然资源和规划局、市生态环境局", "2024年12月底前", "实地督查"),
    ("3", "深入开展“项目攻坚年”活动，全年新开工亿元以上产业项目60个以上，省市重点项目完成年度投资计划的110%以上。",
     "彭志远", "市发展改革委", "市投资促进局、市自然资源和规划局、市住房城乡建设局", "2024年12月底前", "定期调度"),
    ("4", "落实科技创新支持政策，新认定高新技术企业80家以上，规模以上工业企业研发机构覆盖率达到45%。",
     "林晓岚", "市科技局", "市财政局、市工业和信息化局、市税务局", "2024年11月底前", "跟踪督办"),
    ("5", "深化招商引资“一号工程”，全年实际利用省外资金增长10%以上，新签约亿元以上项目50个以上。",
     "韩卫东", "市投资促进局", "市商务局、云岑高新区管委会、各县（市、区）人民政府", "2024年12月底前", "定期调度"),
    ("6", "持续优化营商环境，推动“高效办成一件事”重点事项清单落地落实，政务服务事项网上可办率达到98%以上。",
     "曹文博", "市数据局", "市委编办、市市场监管局、市司法局", "2024年9月底前", "跟踪督办"),
    ("7", "加大惠企政策直达快享力度，全年为经营主体新增减税降费及退税缓费15亿元以上。",
     "彭志远", "市税务局、市财政局", "市工业和信息化局、市人力资源社会保障局", "2024年12月底前", "跟踪督办"),
    ("8", "推动外贸稳规模优结构，组织企业参加境内外重点展会30场次以上，跨境电商交易额增长20%以上。",
     "曹文博", "市商务局", "云岑海关、市财政局、市贸促会", "2024年12月底前", "跟踪督办"),
    ("9", "开展“乐购云岑”城市消费季系列活动，组织汽车、家电以旧换新和文旅消费促进活动不少于50场。",
     "曹文博", "市商务局", "市文化广电旅游局、市市场监管局、市财政局", "2024年10月底前", "跟踪督办"),
    ("10", "完成市属国有企业改革深化提升行动年度任务，推动市城投集团、市交投集团市场化实体化转型。",
     "彭志远", "市国资委", "市财政局、市城投集团、市交投集团", "2024年12月底前", "专项督查"),
    "二、城乡建设与乡村振兴（8项）",
    ("11", "加快推进岑江大道快速化改造工程，9月底前实现主线通车，年底前完成附属工程和绿化景观建设。",
     "董建平", "市住房城乡建设局", "市交通运输局、市公安局交警支队、市城投集团", "2024年12月底前", "实地督查"),
    ("12", "实施城镇老旧小区改造，年内开工改造老旧小区126个、惠及居民2.1万户，既有住宅加装电梯100部以上。",
     "董建平", "市住房城乡建设局", "市财政局、市自然资源和规划局、各县（市、区）人民政府", "2024年11月底前", "实地督查"),
    ("13", "推进城市生命线安全工程建设，完成主城区燃气、供水、排水管网监测感知设备布设并接入市级监测平台。",
     "董建平", "市城管局", "市住房城乡建设局、市应急管理局、市数据局", "2024年12月底前", "跟踪督办"),
    ("14", "落实粮食安全党政同责，全年粮食播种面积稳定在186万亩以上，新建和改造提升高标准农田9.5万亩。",
     "林晓岚", "市农业农村局", "市发展改革委、市财政局、市自然资源和规划局", "2024年10月底前", "定期调度"),
    ("15", "学习运用“千万工程”经验，打造和美乡村示范村40个，农村生活污水治理率提高到45%以上。",
     "林晓岚", "市农业农村局", "市生态环境局、市住房城乡建设局、各县（市、区）人民政府", "2024年12月底前", "实地督查"),
    ("16", "巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制，脱贫人口人均纯收入增长10%以上。",
     "林晓岚", "市农业农村局", "市人力资源社会保障局、市民政局、市医保局", "2024年12月底前", "跟踪督办"),
    ("17", "深入打好碧水保卫战，确保岑江干流出境断面水质稳定达到Ⅱ类，国省控断面水质优良率保持100%。",
     "董建平", "市生态环境局", "市水利局、市农业农村局、市住房城乡建设局", "2024年12月底前", "专项督查"),
    ("18", "抓好中央和省生态环境保护督察反馈问题整改，按期完成年度整改销号任务，坚决防止问题反弹。",
     "韩卫东、董建平", "市生态环境局", "有关市直单位、各县（市、区）党委和人民政府", "2024年12月底前", "专项督查"),
    "三、民生保障与安全稳定（8项）",
    ("19", "办好2024年市级十件民生实事，各项目按月推进、按季通报，年底前全部完成并组织群众满意度测评。",
     "彭志远", "市政府办公室", "市发展改革委、市财政局、民生实事各牵头单位", "2024年12月底前", "定期调度"),
    ("20", "做好高校毕业生、退役军人等重点群体就业工作，全年城镇新增就业3.8万人，城镇调查失业率控制在5.5%以内。",
     "宋雅琴", "市人力资源社会保障局", "市教育局、市退役军人事务局、市财政局", "2024年12月底前", "定期调度"),
    ("21", "新建、改扩建中小学和幼儿园15所，新增学位1.2万个，其中8所学校秋季开学前交付使用。",
     "宋雅琴", "市教育局", "市发展改革委、市自然资源和规划局、市住房城乡建设局", "2024年8月底前", "实地督查"),
    ("22", "推进紧密型县域医疗卫生共同体建设，市第一人民医院新院区门急诊综合楼9月底前投入使用。",
     "宋雅琴", "市卫生健康委", "市医保局、市发展改革委、市财政局", "2024年9月底前", "实地督查"),
    ("23", "完善养老服务体系，新建社区嵌入式养老服务中心20个，改造提升农村区域性养老服务中心12所。",
     "宋雅琴", "市民政局", "市财政局、市住房城乡建设局、市卫生健康委", "2024年11月底前", "跟踪督办"),
    ("24", "加强医保基金使用常态化监管，开展定点医药机构专项检查，实现检查覆盖率100%。",
     "宋雅琴", "市医保局", "—", "2024年10月底前", "跟踪督办"),
    ("25", "做好保交楼工作，推动房地产市场平稳健康发展，年内完成12个问题楼盘交付任务。",
     "董建平", "市住房城乡建设局", "市自然资源和规划局、中国人民银行云岑市分行、国家金融监督管理总局云岑监管分局", "2024年12月底前", "专项督查"),
    ("26", "深入开展安全生产治本攻坚三年行动，推动燃气、道路交通、建筑施工等重点行业领域重大事故隐患动态清零。",
     "彭志远、贾振宇", "市应急管理局", "市住房城乡建设局、市交通运输局、市公安局、市城管局", "2024年12月底前", "专项督查"),
    "四、党的建设与社会治理（6项）",
    ("27", "扎实开展党纪学习教育，7月底前完成各级党组织集中学习研讨、专题党课和警示教育等规定动作。",
     "方慧敏", "市委组织部", "市纪委监委机关、市委宣传部、市直机关工委", "2024年7月底前", "跟踪督办"),
    ("28", "实施年轻干部“墩苗”计划，年内选派100名优秀年轻干部到基层一线和急难险重岗位历练。",
     "方慧敏", "市委组织部", "市人力资源社会保障局", "2024年12月底前", "跟踪督办"),
    ("29", "坚持和发展新时代“枫桥经验”，推进县、乡两级综治中心规范化建设，年内实现全覆盖。",
     "秦永刚", "市委政法委", "市委社会工作部、市信访局、市公安局、各县（市、区）党委和人民政府", "2024年10月底前", "实地督查"),
    ("30", "开展信访积案化解攻坚行动，对交办的信访积案逐案落实包案领导，6月底前化解率达到80%以上。",
     "秦永刚", "市信访局", "市委政法委、市住房城乡建设局、市人力资源社会保障局", "2024年6月底前", "专项督查"),
    ("31", "深化平安云岑建设，严厉打击电信网络诈骗等突出违法犯罪，电诈案件发案数同比下降15%以上。",
     "贾振宇", "市公安局", "市委网信办、市工业和信息化局、中国人民银行云岑市分行", "2024年12月底前", "跟踪督办"),
    ("32", "加强新时代文明实践阵地建设，6月底前完成全市新时代文明实践中心（所、站）提质增效工作。",
     "邵明", "市委宣传部", "市文化广电旅游局、各县（市、区）党委", "2024年6月底前", "实地督查"),
]


def build():
    doc = Document()
    # default style
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    sec.footer_distance = Cm(2.8)

    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    # ---- 版头
    para(doc, "中共云岑市委督查室", XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, color=RED, exact=None)
    para(doc, "云岑市人民政府督查室", XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, color=RED, exact=None)
    para(doc, "", indent=False)
    p = para(doc, "岑委督字〔2024〕9号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p)
    para(doc, "", indent=False)

    # ---- 标题
    para(doc, "关于对2024年市委、市政府重点工作事项", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=35)
    para(doc, "实行清单化督办的通知", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=35)
    para(doc, "", indent=False)

    # ---- 主送
    para(doc, "各县（市、区）党委和人民政府，云岑高新区党工委、管委会，市委各部委，"
              "市级国家机关各部门，各人民团体，中央和省驻云岑有关单位：", indent=False)

    body = [
        "为深入贯彻落实市委八届七次全会、市“两会”和市委常委会会议、市政府常务会议部署要求，"
        "推动年度重点工作落地见效，经市委、市政府主要领导同意，市委督查室、市政府督查室从年度重点工作中"
        "梳理确定32项事项实行清单化督办。现将《2024年市委、市政府重点工作督办事项清单》印发给你们，"
        "并就有关事项通知如下。",
    ]
    for t in body:
        para(doc, t)

    para(doc, "一、压实工作责任", HT, 16)
    para(doc, "各督办事项由责任领导统筹调度。牵头单位对督办事项负总责，负责制定推进方案、"
              "协调相关单位和汇总报送进展情况；责任单位按照职责分工主动配合，及时向牵头单位提供"
              "有关情况。清单中牵头单位有两个的，由排在第一位的单位负责汇总报送。")
    para(doc, "二、按时报送进展", HT, 16)
    para(doc, "请各牵头单位于每月25日前，将督办事项推进情况（含工作进度、存在问题及下步打算）"
              "经单位主要负责同志审签后，同时报送市委督查室和市政府督查室。事项办结后5个工作日内"
              "报送办结报告，并附相关佐证材料。")
    para(doc, "三、严格督查问效", HT, 16)
    para(doc, "市委督查室、市政府督查室将按照清单确定的督办方式，采取定期调度、跟踪督办、"
              "实地督查、专项督查等方式开展督查，督查情况适时通报，并纳入年度目标责任制考核。"
              "对工作推进不力、进度严重滞后的，按有关规定进行约谈问责。")
    para(doc, "联系人：市委督查室 何　静，电话：0736-8201256；"
              "市政府督查室 杨子轩，电话：0736-8203387。")
    para(doc, "")
    p = para(doc, "附件：2024年市委、市政府重点工作督办事项清单", indent=True)
    para(doc, "")
    p = para(doc, "中共云岑市委督查室　　　　云岑市人民政府督查室", indent=False,
             align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 2)
    p = para(doc, "2024年4月12日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 8)

    # ---- 附件 in a landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width = Cm(29.7)
    sec2.page_height = Cm(21.0)
    sec2.top_margin = Cm(2.5)
    sec2.bottom_margin = Cm(2.2)
    sec2.left_margin = Cm(2.3)
    sec2.right_margin = Cm(2.3)
    sec2.footer_distance = Cm(1.2)

    para(doc, "附件", HT, 16, indent=False)
    para(doc, "", indent=False)
    para(doc, "2024年市委、市政府重点工作督办事项清单", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=35, space_after=12)

    table = doc.add_table(rows=1, cols=len(HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    tblpr = table._tbl.tblPr
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblpr.append(tw)
    tw.set(qn("w:w"), str(int(sum(WIDTHS) * 567)))
    tw.set(qn("w:type"), "dxa")
    for gc, wcm in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), WIDTHS):
        gc.set(qn("w:w"), str(int(wcm * 567)))
    hdr = table.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(HEADER):
        c = hdr.cells[i]
        set_cell_width(c, WIDTHS[i])
        cell_text(c, h, HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)

    center = WD_ALIGN_PARAGRAPH.CENTER
    for row in ROWS:
        r = table.add_row()
        cant_split(r)
        for i, c in enumerate(r.cells):
            set_cell_width(c, WIDTHS[i])
        if isinstance(row, str):
            m = r.cells[0].merge(r.cells[-1])
            cell_text(m, row, HT, 12)
            continue
        no, matter, leaders, lead, others, deadline, mode = row
        aligns = [center, WD_ALIGN_PARAGRAPH.JUSTIFY, center, center, WD_ALIGN_PARAGRAPH.LEFT, center, center]
        for i, v in enumerate(row):
            cell_text(r.cells[i], v, FS, 12, align=aligns[i])

    p = para(doc, "注：办结时限为最终完成时限，分阶段目标按事项内容执行；“—”表示无责任单位。",
             KT, 12, indent=False, exact=20, space_before=6)

    # ---- 版记 on a portrait page of its own
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width = Cm(21.0)
    sec3.page_height = Cm(29.7)
    sec3.top_margin = Cm(3.7)
    sec3.bottom_margin = Cm(3.5)
    sec3.left_margin = Cm(2.8)
    sec3.right_margin = Cm(2.6)
    sec3.footer_distance = Cm(2.8)
    for _ in range(18):
        para(doc, "", indent=False)
    p = para(doc, "抄送：市委、市人大常委会、市政府、市政协领导同志，市纪委监委。",
             FS, 14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    top_bottom_border(p, top=True, bottom=True, sz=8)
    p = para(doc, "中共云岑市委督查室　　　　　　　　　　2024年4月12日印发", FS, 14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    top_bottom_border(p, top=False, bottom=True, sz=12)

    props = doc.core_properties
    props.title = "关于对2024年市委、市政府重点工作事项实行清单化督办的通知"
    props.author = "市委督查室"
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
