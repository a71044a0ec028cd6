#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Round 78, No. 411 (control case): a 区委办公室 / 区政府办公室 joint notice
circulated as a Word file, dividing the year's 重点工作 among 区领导 and 区直 units.

Attachment: six field-of-work parts 一、…六、, tasks hand-typed 1．–36． running on,
each task a paragraph ending in （牵头区领导：X；牵头单位：A；配合单位：B、C）.
Ordinary Word imperfections: runs split inside words, a clause pressed onto its own
paragraph, a manual line break, two markers typed with an ASCII dot, a half-width
semicolon, a stray space after 、, empty paragraphs, a PAGE field footer.

Run with /usr/bin/python3 (python-docx + lxml).
"""
import os
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "411_yanxi_qu_liangban_zhongdian_gongzuo_fengong.docx")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(32) if indent else None
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def add_runs(p, pieces, name=FS, size=16, bold=False, color=None):
    """pieces: list of strings; each becomes its own run (Word often splits runs
    at odd places because of revision ids)."""
    for s in pieces:
        set_font(p.add_run(s), name, size, bold, color)
    return p


def para(doc, pieces, name=FS, size=16, bold=False, align=None, indent=True,
         line=28, color=None, before=0, after=0):
    if isinstance(pieces, str):
        pieces = [pieces]
    p = doc.add_paragraph()
    fmt(p, align, indent, line, before, after)
    add_runs(p, pieces, name, size, bold, color)
    return p


def bottom_border(p, color="FF0000", sz=12, top=False):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    sides = ("top", "bottom") if top else ("bottom",)
    for side in sides:
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "1")
        e.set(qn("w:color"), color)
        bdr.append(e)
    ppr.append(bdr)


def add_field(p, instr, name=FS, size=14):
    r = p.add_run()
    set_font(r, name, size)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r = p.add_run(); set_font(r, name, size)
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr
    r._r.append(t)
    r = p.add_run(); set_font(r, name, size)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r._r.append(s)
    r = p.add_run("1"); set_font(r, name, size)
    r = p.add_run(); set_font(r, name, size)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r._r.append(e)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


# ---------------------------------------------------------------------------
# Attachment content.  Each task: (marker, text pieces, clause pieces, style)
# style keys: "own_para" -> clause pressed onto its own paragraph;
#             "br" -> index in text pieces after which a manual line break sits.
# ---------------------------------------------------------------------------
PARTS = [
    ("一、坚持项目为王，推动经济稳中提质", [
        ("1．", ["全力稳住经济基本盘。全区地区生产总值增长6.5%左右，规模以上工业增加值增长8%，社会消费品零售总额增长6%，一般公共预算收入增长5%。"],
         ["（牵头区领导：程立军、宋建华；牵头单位：区发", "改局；配合单位：区财政局、区统计局、区工信局、区商务局、各街道）"], {}),
        ("2．", ["扎实推进重大项目建设。全年实施区级重点项目120个、完成投资210亿元以上，新开工亿元以上项目40个，确保华宸新能源电池、晏溪智造产业园二期等项目年内投产。"],
         ["（牵头区领导：宋建华；牵头单位：区发改局；配合单位：区住建局、区行政审批局、市自然资源和规划局晏溪分局、市生态环境局晏溪分局、晏溪经开区管委会）"], {}),
        ("3．", ["强化招商引资“一号工程”。全年签约亿元以上项目50个，到位省外资金180亿元，引进世界500强、中国500强企业投资项目3个以上。"],
         ["（牵头区领导：韩志远、程立军；牵头单位：区投资促进中心；配合单位：晏溪经开区管委会、区商务局、区直各产业部门、各街道）"], {}),
        ("4．", ["积极争取上级资金支持。谋划储备专项债券项目60个以上，争取中央预算内投资、超长期特别国债和地方政府专项债券资金25亿元以上。"],
         ["（牵头区领导：宋建华；牵头单位：区发改局、区财政局；配合单位：区直有关部门）"], {}),
        ("5．", ["全面促进消费扩容提质。开展“乐购晏溪”系列促消费活动30场以上，改造提升滨河夜市、老城坊步行街，新增限额以上商贸企业40家。"],
         ["（牵头区领导：贺晓峰；牵头单位：区商务局；配合单位：区文旅局、区市场监管局、区城管局、区统计局）"], {}),
        ("6．", ["加强财政收支管理。坚持政府过紧日子，一般性支出压减10%以上，加强非税收入征管和国有资产盘活，兜牢“三保”底线。"],
         ["（牵头区领导：宋建华；牵头单位：区财政局；配合单位：区税务局、区审计局、区国资中心）"], {}),
        ("7．", ["防范化解地方债务风险。严格落实化债方案，压降融资平台债务规模，推动区城投集团市场化转型。"],
         ["（牵头区领导：宋建华;牵头单位：区财政局；配合单位：区发改局、区金融服务中心、区城投集团）"], {}),
        ("8．", ["推动民营经济发展壮大。落实支持民营经济发展若干措施，新增经营主体8000户，新培育“四上”企业60家。"],
         ["（牵头区领导：贺晓峰、孟庆芳；牵头单位：区工信局；配合单位：区市场监管局、区工商联、区统计局）"], {}),
    ]),
    ("二、坚持创新驱动，加快产业转型升级", [
        ("9．", ["做强新能源电池主导产业。围绕电芯、正负极材料、电池回收延链补链，新能源电池产业产值突破300亿元。"],
         ["（牵头区领导：贺晓峰；牵头单位：晏溪经开区管委会；配合单位：区工信局、区投资促进中心）"], {}),
        ("10．", ["推进制造业数字化转型。实施技改项目45个，新建省级智能工厂、数字化车间10个，规上工业企业数字化改造覆盖率达到70%。"],
         ["（牵头区领导：贺晓峰；牵头单位：区工信局；配合单位：区数据局、区科技局）"], {}),
        ("11．", ["提升科技创新能力。全社会研发投入强度达到2.6%，新认定高新技术企业35家、科技型中小企业120家，建成晏溪科创走廊孵化器二期。"],
         ["（牵头区领导：贺晓峰；牵头单位：区科技局；配合单位：区财政局、区人社局、晏溪经开区管委会）"], {}),
        ("12.", ["加快现代服务业发展。培育软件信息、现代物流、检验检测等生产性服务业集群，服务业增加值增长6%。"],
         ["（牵头区领导：宋建华；牵头单位：区发改局；配合单位：区商务局、区数据局、区交通运输局）"], {}),
        ("13．", ["推动文旅深度融合发展。推进晏峰山景区创建国家5A级旅游景区，办好第三届晏溪樱花文化旅游节，全年接待游客突破1200万人次。"],
         ["（牵头区领导：邹明、钱丽；牵头单位：区文旅局；配合单位：区委宣传部、区交通运输局、晏峰山景区管委会、晏峰街道）"], {}),
        ("14．", ["发展都市现代农业。稳定粮食播种面积12.5万亩，新建高标准农田1.2万亩，培育市级以上农业产业化龙头企业5家。"],
         ["（牵头区领导：葛红；牵头单位：区农业农村局；配合单位：市自然资源和规划局晏溪分局、区水务局、有关街道）"], {"own_para": True}),
    ]),
    ("三、坚持改革开放，持续优化营商环境", [
        ("15．", ["深化营商环境创新提升行动。全面推行“高效办成一件事”，企业开办时间压缩至1个工作日以内，政务服务事项网上可办率达到98%。"],
         ["（牵头区领导：程立军；牵头单位：区行政审批局；配合单位：区数据局、区市场监管局、区直各部门）"], {}),
        ("16．", ["推进区属国有企业改革。完成区属国有企业整合重组，推动区城投集团主体信用评级提升至AA+。"],
         ["（牵头区领导：宋建华；牵头单位：区国资中心；配合单位：区财政局、区城投集团）"], {}),
        ("17．", ["扩大对外开放。支持企业参加广交会、进博会等展会，外贸进出口总额增长8%，实际使用外资5000万美元。"],
         ["（牵头区领导：贺晓峰；牵头单位：区商务局；配合单位：区投资促进中心、晏溪经开区管委会）"], {}),
        ("18．", ["深化重点领域改革。统筹推进零基预算、要素市场化配置、综合行政执法等改革，全年完成区委深改委确定的改革任务25项。"],
         ["（牵头区领导：林雪梅；牵头单位：区委改革办；配合单位：区委编办、区财政局、区司法局）"], {}),
        ("19．", ["推进法治政府建设。落实重大行政决策程序规定，行政复议纠错率、行政诉讼败诉率控制在全市平均水平以下。"],
         ["（牵头区领导：程立军；牵头单位：区司法局；配合单位：区政府办、区直各部门）"], {}),
    ]),
    ("四、坚持城乡融合，提升城市功能品质", [
        ("20．", ["加快实施城市更新行动。启动老旧小区改造42个、城中村改造3个（6月底前全面开工），完成燕子河片区棚户区改造收尾。"],
         ["（牵头区领导：邵宏伟；牵头单位：区住建局；配合单位：区城投集团、市自然资源和规划局晏溪分局、区城管局、有关街道）"], {}),
        ("21．", ["完善城市交通路网。建成滨江大道北延、学府路打通工程，", "新增公共停车泊位2000个，开通优化公交线路5条。"],
         ["（牵头区领导：邵宏伟；牵头单位：区交通运输局；配合单位：区住建局、区交警大队、区城管局）"], {"br": 0}),
        ("22．", ["提升城市精细化管理水平。深化“马路办公”和“城市管家”机制，推进生活垃圾分类全覆盖，创建市级示范街道3个。"],
         ["（牵头区领导：邵宏伟；牵头单位：区城管局；配合单位：各街道）"], {}),
        ("23．", ["持续打好污染防治攻坚战。PM2.5平均浓度控制在32微克/立方米以内，国省考断面水质达标率100%，完成晏溪河综合治理二期。"],
         ["（牵头区领导：葛红、邵宏伟；牵头单位：市生态环境局晏溪分局；配合单位：区水务局、 区住建局、区城管局、区农业农村局、各街道）"], {}),
        ("24．", ["推进乡村全面振兴。打造和美乡村示范村6个，农村居民人均可支配收入增长7%，村级集体经济收入全部达到20万元以上。"],
         ["（牵头区领导：葛红；牵头单位：区农业农村局；配合单位：区委组织部、区财政局、区乡村振兴服务中心、涉农街道）"], {}),
        ("25．", ["加强水利基础设施建设。完成病险水库除险加固4座（汛前完成），实施中小河流治理12公里，保障城乡供水安全。"],
         ["（牵头区领导：葛红；牵头单位：区水务局；配合单位：区财政局、区应急管理局）"], {}),
    ]),
    ("五、坚持人民至上，持续增进民生福祉", [
        ("26．", ["稳定和扩大就业。城镇新增就业1.2万人，城镇调查失业率控制在5.5%以内，开展职业技能培训1万人次。"],
         ["（牵头区领导：钱丽；牵头单位：区人社局；配合单位：区财政局、区教育局、各街道）"], {}),
        ("27.", ["推进教育优质均衡发展。新建改扩建中小学、幼儿园8所，新增学位6000个，推进集团化办学全覆盖。"],
         ["（牵头区领导：钱丽；牵头单位：区教育局；配合单位：区发改局、区财政局、区住建局、市自然资源和规划局晏溪分局）"], {}),
        ("28．", ["提升医疗卫生服务能力。推进区人民医院新院区主体完工，建设紧密型城市医疗集团，家庭医生签约服务覆盖率达到45%。"],
         ["（牵头区领导：钱丽；牵头单位：区卫健委；配合单位：区医保局、区财政局、区人民医院）"], {}),
        ("29．", ["健全多层次社会保障体系。城乡居民基本养老保险参保率稳定在95%以上，新建社区养老服务综合体4个、老年助餐点20个。"],
         ["（牵头区领导：钱丽；牵头单位：区民政局；配合单位：区人社局、区医保局、区卫健委、各街道）"], {}),
        ("30．", ["丰富群众精神文化生活。新建城市书房5个，开展文化惠民演出200场次以上，推进全民健身公共设施提档升级。"],
         ["（牵头区领导：邹明；牵头单位：区文旅局；配合单位：区委宣传部、区教育局、各街道）"], {}),
        ("31．", ["办好十件民生实事。按照区人代会票决确定的民生实事项目，逐项明确时间表、路线图，年底前全部完成。"],
         ["（牵头区领导：程立军；牵头单位：区政府办；配合单位：民生实事项目各责任单位）"], {}),
    ]),
    ("六、坚持党建引领，提升基层治理效能", [
        ("32．", ["深化党建引领基层治理。推进“红色物业”全覆盖，健全网格化管理服务机制，打造党建引领基层治理示范社区10个。"],
         ["（牵头区领导：许文静；牵头单位：区委社会工作部（区委两新工委）；配合单位：区委组织部、区委政法委、区民政局、区住建局、各街道）"], {}),
        ("33．", ["维护社会大局和谐稳定。深入推进信访工作法治化，常态化开展扫黑除恶斗争，巩固平安晏溪建设成果。"],
         ["（牵头区领导：魏国栋、杜刚；牵头单位：区委政法委；配合单位：市公安局晏溪分局、区信访局、区司法局、各街道）"], {}),
        ("34．", ["统筹推进安全生产和防灾减灾。深化安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。"],
         ["（牵头区领导：程立军、杜刚；牵头单位：区应急管理局；配合单位：区安委会各成员单位、各街道）"], {}),
        ("35．", ["铸牢中华民族共同体意识。深化民族团结进步创建，依法加强宗教事务管理，做好新的社会阶层人士统战工作。"],
         ["（牵头区领导：孟庆芳；牵头单位：区委统战部；配合单位：区民宗局、区工商联、各街道）"], {}),
        ("36．", ["持续深化作风建设。严格落实中央八项规定及其实施细则精神，深化整治形式主义为基层减负，开展“作风建设提升年”活动。"],
         ["（牵头区领导：赵长林；牵头单位：区纪委监委机关；配合单位：区委办、区政府办、区委组织部）"], {}),
    ]),
]


def split_word(s):
    """Split a run string in two at a fixed point, the way Word's rsids do."""
    if len(s) > 30:
        k = len(s) // 3
        return [s[:k], s[k:]]
    return [s]


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)

    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)

    # footer page number — N —
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("— "), "宋体", 14)
    add_field(fp, " PAGE ", "宋体", 14)
    set_font(fp.add_run(" —"), "宋体", 14)

    # ---------------- 版头 ----------------
    for _ in range(2):
        para(doc, "", indent=False)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    c0, c1 = t.rows[0].cells
    t.columns[0].width, t.columns[1].width = Mm(120), Mm(36)
    c0.width, c1.width = Mm(120), Mm(36)
    p = c0.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, False, 40)
    add_runs(p, ["中共晏溪区委办公室"], XBS, 26, color="FF0000")
    p = c0.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, False, 40)
    add_runs(p, ["晏溪区人民政府办公室"], XBS, 26, color="FF0000")
    c1.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = c1.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 40)
    add_runs(p, ["文件"], XBS, 36, color="FF0000")

    para(doc, "", indent=False)
    p = para(doc, ["晏办发〔2024〕", "5号"], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p, "FF0000", 18)
    para(doc, "", indent=False)

    # ---------------- title ----------------
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    add_runs(p, ["中共晏溪区委办公室　晏溪区人民政府办公室"], XBS, 22)
    p.add_run().add_break()
    add_runs(p, ["关于印发《2024年区委区政府重点工作任务"], XBS, 22)
    p.add_run().add_break()
    add_runs(p, ["分工方案》的通知"], XBS, 22)
    para(doc, "", indent=False)

    # ---------------- 主送 and body ----------------
    para(doc, "各街道党工委、办事处，区委各部委办，区直各单位，各人民团体：", indent=False)
    para(doc, ["为全面贯彻落实区委十三届七次全会和区十七届人大四次会议精神，确保2024年区委区政府各项重点工作落地见效，",
               "经区委、区政府同意，现将《2024年区委区政府重点工作任务分工方案》印发给你们，并就有关事项通知如下。"])
    para(doc, "一、提高思想认识", HT)
    para(doc, "各地各部门要把抓好重点工作落实作为践行初心使命的具体行动，对照任务分工，逐项细化工作举措，明确时间节点，确保每项工作有人抓、有人管、有人落实。")
    para(doc, "二、压实工作责任", HT)
    para(doc, ["各牵头区领导要加强统筹调度，定期听取分管领域重点工作推进情况，协调解决重大问题。",
               "牵头单位要切实履行牵头抓总职责，制定具体推进方案；配合单位要主动对接、密切配合，形成工作合力。涉及各街道的工作，各街道要结合实际抓好落实。"])
    para(doc, "三、强化督查问效", HT)
    para(doc, ["区委督查室、区政府督查室要将重点工作纳入年度督查计划，实行清单化管理、台账式推进。各牵头单位于每季度最后一个月25日前，",
               "将工作推进情况报送区委督查室、区政府督查室（联系人：胡晓雯，电话：6872315）。督查结果纳入年度综合考核。"])
    para(doc, "")
    para(doc, "附件：2024年区委区政府重点工作任务分工方案")
    para(doc, "")
    para(doc, "")
    p = para(doc, "中共晏溪区委办公室　　　　　晏溪区人民政府办公室", indent=False,
             align=WD_ALIGN_PARAGRAPH.CENTER)
    p = para(doc, "2024年2月26日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    para(doc, "（此件发至各街道、区直各单位）")

    # ---------------- 附件 ----------------
    p = para(doc, "附件", HT, indent=False)
    p.paragraph_format.page_break_before = True
    para(doc, "", indent=False)
    para(doc, "2024年区委区政府重点工作任务分工方案", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, "", indent=False)
    para(doc, "为确保区委十三届七次全会和区十七届人大四次会议确定的各项目标任务落到实处，现将2024年区委区政府重点工作任务分解如下。")

    for pi, (head, tasks) in enumerate(PARTS):
        if pi:
            para(doc, "")
        para(doc, head + (" " if pi == 4 else ""), HT)
        for marker, text, clause, style in tasks:
            p = doc.add_paragraph()
            fmt(p, None, True, 28)
            add_runs(p, [marker])
            for i, tx in enumerate(text):
                add_runs(p, split_word(tx))
                if style.get("br") == i:
                    p.add_run().add_break(WD_BREAK.LINE)
            pieces = []
            for c in clause:
                pieces += split_word(c)
            if style.get("own_para"):
                p2 = doc.add_paragraph()
                fmt(p2, None, True, 28)
                add_runs(p2, pieces, KT)
            else:
                add_runs(p, pieces, KT)

    # ---------------- 版记 ----------------
    para(doc, "")
    para(doc, "")
    p = para(doc, "抄送：区人大常委会办公室，区政协办公室，区法院，区检察院，区人武部。",
             size=14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    bottom_border(p, "000000", 8, top=True)
    p = para(doc, ["中共晏溪区委办公室", "　　　　　　　　　　", "2024年2月26日印发"],
             size=14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    bottom_border(p, "000000", 12)

    doc.core_properties.title = "关于印发《2024年区委区政府重点工作任务分工方案》的通知"
    doc.core_properties.author = "区委办秘书科"
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
