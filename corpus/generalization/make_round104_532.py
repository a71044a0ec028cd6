# -*- coding: utf-8 -*-
"""Generate 532_cenzhou_shi_scjgj_gongzuo_yaodian_fengong.docx: a 市市场监督管理局 red-header
notice dividing its 2025 工作要点 among 科室 and 直属单位 (landscape 附件 table)."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

NAME = "532_cenzhou_shi_scjgj_gongzuo_yaodian_fengong.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None, indent=True,
         line=28, color=None, space_before=0, space_after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
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


def add_run(p, text, font=FS, size=16, bold=False):
    r = p.add_run(text)
    set_font(r, font, size, bold)
    return r


def bottom_border(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def page_footer(section):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(fp, "— ", "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        elif txt.strip() == "PAGE":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = txt
            r._element.append(t)
    add_run(fp, " —", "宋体", 14)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    r = p.add_run(text)
    set_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_cell_width(cell, cm):
    tcpr = cell._tc.get_or_add_tcPr()
    w = tcpr.find(qn("w:tcW"))
    if w is None:
        w = OxmlElement("w:tcW")
        tcpr.insert(0, w)
    w.set(qn("w:w"), str(int(cm * 567)))
    w.set(qn("w:type"), "dxa")


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


# ---------------------------------------------------------------- data
PARTS = [
    ("一、持续优化营商环境，激发经营主体发展活力", [
        ("深化登记注册便利化改革。推进企业开办、变更、注销“高效办成一件事”集成办理，全面推行经营主体登记全程电子化，企业开办时间稳定压缩在1个工作日以内。",
         "韩春雷", "登记注册科、行政审批服务科、市市场监管信息中心", "2025年6月底前"),
        ("落实公平竞争审查制度。严格执行《公平竞争审查条例》，开展妨碍全国统一大市场建设政策措施清理，加强对行政机关滥用行政权力排除、限制竞争行为的监督执法。",
         "韩春雷", "公平竞争审查科、法规科", "全年"),
        ("支持个体工商户和小微企业发展。落实个体工商户分型分类精准帮扶制度，开展“个体工商户服务月”活动，完善“名特优新”个体工商户培育库。",
         "韩春雷", "个体私营经济服务科、登记注册科、各县（市、区）市场监督管理局", "全年"),
        ("健全以信用为基础的新型监管机制。全面推行“双随机、一公开”跨部门联合抽查，推进企业信用风险分类结果在日常监管中的运用，完善信用修复“一网通办”。",
         "韩春雷", "信用监督管理科、各业务科室", "全年"),
        ("规范涉企行政检查。推行“综合查一次”和非现场监管方式，制定年度行政检查计划，严禁随意检查、重复检查，切实减轻企业负担。",
         "韩春雷", "法规科、信用监督管理科、市市场监管综合行政执法支队", "2025年12月底前"),
    ]),
    ("二、坚守安全底线，切实保障人民群众生命财产安全", [
        ("压实食品安全“两个责任”。督促各级包保干部按照频次要求完成包保督导，健全“三张清单+一项承诺”工作机制，实现包保主体全覆盖。",
         "蒋文静", "食品安全协调科、食品生产监督管理科、食品经营监督管理科、各县（市、区）市场监督管理局", "全年"),
        ("加强食品生产环节监管。实施食品生产企业风险分级管理，推进“互联网+明厨亮灶”向食品生产企业延伸，开展食品添加剂超范围超限量使用专项治理。",
         "蒋文静", "食品生产监督管理科", "2025年11月底前"),
        ("开展校园食品安全守护行动。会同教育部门对全市中小学校、幼儿园食堂和校外供餐单位开展全覆盖检查，督促落实校长（园长）陪餐制度。",
         "蒋文静", "食品经营监督管理科、市市场监管综合行政执法支队", "2025年10月底前"),
        ("提升食品安全抽检监测效能。完成食品安全监督抽检不少于5.2批次/千人，问题产品核查处置率达到100%，重点加强食用农产品和学校周边食品抽检。",
         "蒋文静", "食品安全抽检监测科、市食品药品检验所", "2025年12月底前"),
        ("强化药品医疗器械化妆品使用环节监管。开展医疗机构、零售药店药品质量安全专项检查，推进药品追溯体系建设，加强化妆品“线上线下一致”监管。",
         "邵国栋", "药品医疗器械化妆品监督管理科", "全年"),
        ("深化特种设备安全隐患排查整治。聚焦电梯、气瓶、压力管道、大型游乐设施等重点设备，开展安全隐患大排查大整治，推广电梯“保险+服务”新模式。",
         "邵国栋", "特种设备安全监察科、市特种设备检验所", "全年"),
        ("加强重点工业产品质量安全监管。组织开展电动自行车、燃气具、电线电缆、儿童用品等产品监督抽查，对不合格产品依法处置并向社会公布。",
         "邵国栋", "产品质量安全监督管理科、市产品质量检验所", "2025年11月底前"),
        ("深入推进安全生产治本攻坚三年行动。落实“管行业必须管安全”要求，动态更新风险隐患清单，做好汛期、节假日和重大活动期间安全生产工作。",
         "邵国栋、蒋文静", "特种设备安全监察科、产品质量安全监督管理科、食品安全协调科、办公室", "全年"),
    ]),
    ("三、实施质量强市战略，夯实质量技术基础", [
        ("深化质量强市建设。制定年度质量强市工作要点，组织开展第五届岑州市市长质量奖评审，培育一批质量标杆企业，推动首席质量官制度覆盖规模以上工业企业。",
         "任　伟", "质量发展科", "2025年12月底前"),
        ("建设质量基础设施“一站式”服务平台。在重点产业园区新建质量基础设施“一站式”服务站点3个以上，为中小企业提供计量、标准、检验检测、认证认可等集成服务。",
         "任　伟", "质量发展科、标准化科、计量科、认证认可与检验检测监督管理科", "2025年9月底前"),
        ("实施标准化战略。主导或参与制修订国家标准、行业标准和地方标准10项以上，培育发布团体标准15项以上，组织开展企业标准“领跑者”活动。",
         "任　伟", "标准化科、市标准化研究所", "全年"),
        ("加强民生计量监管。开展集贸市场、加油站、眼镜制配场所和医疗机构计量专项检查，完成强制检定计量器具检定任务，推进“计量惠民”进社区。",
         "任　伟", "计量科、市计量测试所", "2025年10月底前"),
        ("规范认证和检验检测市场秩序。开展检验检测机构“双随机”检查和能力验证，严厉打击出具虚假检验检测报告、认证证书等违法行为。",
         "任　伟", "认证认可与检验检测监督管理科", "全年"),
        ("提升知识产权创造运用水平。实施高价值专利培育计划，每万人口高价值发明专利拥有量达到8.5件，推进知识产权质押融资，全年质押融资金额不低于12亿元。",
         "任　伟", "知识产权促进科、计划财务科", "2025年12月底前"),
        ("加强知识产权全链条保护。开展商标、专利侵权假冒专项整治，推进知识产权快速维权，建设知识产权纠纷调解组织5个以上。",
         "任　伟", "知识产权保护科、市市场监管综合行政执法支队、市知识产权保护中心", "全年"),
    ]),
    ("四、规范市场竞争秩序，营造安全放心消费环境", [
        ("深入开展民生领域案件查办“铁拳”行动。聚焦食品、药品、农资、燃气具等领域，严厉查处侵害群众切身利益的违法行为，发布典型案例不少于4批次。",
         "孔德明", "执法稽查科、市市场监管综合行政执法支队、各业务科室", "全年"),
        ("加强价格和收费监管。开展涉企违规收费专项整治，加强教育、医疗、物业、停车等民生领域价格监督检查，做好重要节日期间市场价格监管。",
         "孔德明", "价格监督检查和反不正当竞争科", "全年"),
        ("强化网络交易监管。加强对平台经营者和网络直播营销的监测，开展网络市场监管专项行动，推动平台企业落实主体责任。",
         "孔德明", "网络交易监督管理科、广告监督管理科、市市场监管信息中心", "2025年11月底前"),
        ("规范广告市场秩序。重点整治医疗、药品、医疗器械、保健食品等虚假违法广告，广告监测覆盖率保持在95%以上。",
         "孔德明", "广告监督管理科", "全年"),
        ("提升消费维权效能。畅通12315投诉举报渠道，按时办结率达到99%以上，推进在线消费纠纷解决（ODR）企业建设，扩大线下无理由退货承诺单位覆盖面。",
         "孔德明", "消费者权益保护科、市12315投诉举报中心、市消费者委员会秘书处", "全年"),
        ("深化放心消费环境建设。开展放心消费示范单位创建，新培育放心消费示范街区（商圈）4个、示范单位200家以上。",
         "孔德明", "消费者权益保护科、各县（市、区）市场监督管理局", "2025年11月底前"),
    ]),
    ("五、推进法治建设和基层基础建设，提升监管效能", [
        ("推进法治市场监管建设。严格执行行政执法“三项制度”，开展行政执法案卷评查，落实“谁执法谁普法”普法责任制，办好“3·15”“5·20”等主题宣传。",
         "韩春雷", "法规科、各业务科室", "全年"),
        ("加强基层市场监管所建设。推进市场监管所标准化规范化建设，年内建成“星级”市场监管所6个，持续推进执法装备配备和人员培训。",
         "孔德明", "人事科、计划财务科、办公室、各县（市、区）市场监督管理局", "2025年12月底前"),
        ("推进智慧监管建设。建设全市市场监管一体化监管平台，推进食品安全、特种设备、重点工业产品等领域数据归集共享和风险预警。",
         "韩春雷", "市市场监管信息中心、办公室、各业务科室", "2025年12月底前"),
    ]),
    ("六、全面从严治党，建设过硬干部队伍", [
        ("加强党的政治建设。深入学习贯彻习近平新时代中国特色社会主义思想，落实“第一议题”制度和党组理论学习中心组学习制度，巩固深化党纪学习教育成果。",
         "周立新", "机关党委、办公室", "全年"),
        ("落实全面从严治党主体责任。严格执行中央八项规定及其实施细则精神，深化“清廉市场监管”建设，加强对执法办案、行政审批等重点领域廉政风险防控。",
         "周立新", "机关党委、机关纪委、各科室、各直属单位", "全年"),
        ("加强干部队伍建设。优化干部队伍结构，开展全员业务培训和执法人员资格培训，全年组织专题培训不少于8期。",
         "周立新", "人事科", "2025年12月底前"),
        ("做好新闻宣传和舆情应对工作。围绕市场监管重点工作加强政策解读和典型宣传，完善舆情监测处置机制，及时回应社会关切。",
         "周立新", "办公室、各科室、各直属单位", "全年"),
        ("做好信访维稳工作。落实信访工作责任制，及时化解矛盾纠纷，做好重要时间节点信访维稳工作。",
         "孔德明", "办公室、消费者权益保护科、各县（市、区）市场监督管理局", "全年"),
    ]),
]

# ---------------------------------------------------------------- document
doc = Document()
st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
page_footer(sec)

# 版头
p = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
for _ in range(2):
    para(doc, "", indent=False)
p = para(doc, "岑州市市场监督管理局文件", XBS, 32, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=50, color="FF0000")
p.paragraph_format.space_before = Pt(12)
para(doc, "", indent=False)
p = para(doc, "岑市监发〔2025〕12号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
bottom_border(p, "FF0000", 18)
para(doc, "", indent=False)

# 标题
para(doc, "岑州市市场监督管理局", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
para(doc, "关于印发2025年工作要点任务分工的通知", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER,
     indent=False, line=33)
para(doc, "", indent=False)

para(doc, "各县（市、区）市场监督管理局，局机关各科室、各直属单位：", indent=False)
para(doc, "为深入贯彻落实全国、全省市场监管工作会议和市委经济工作会议精神，确保局党组确定的2025年各项"
     "工作任务落到实处，经局党组会议研究，现将《岑州市市场监督管理局2025年工作要点任务分工》印发给你们，"
     "并就有关事项通知如下，请认真抓好贯彻落实。")

p = para(doc)
add_run(p, "一、提高思想认识。", HT, 16)
add_run(p, "各科室、各直属单位要充分认识抓好年度工作要点落实的重要性，把各项任务纳入本科室（单位）全年"
        "工作总体安排，细化工作措施，明确责任人和时间节点，确保每项任务有人抓、有人管、有落实。")

p = para(doc)
add_run(p, "二、压实工作责任。", HT, 16)
add_run(p, "各分管局领导对分管领域的工作任务负领导责任，要加强统筹调度，及时研究解决工作推进中的困难和问题。"
        "《任务分工》中“责任科室（单位）”栏排在第一位的为牵头科室（单位），其余为配合科室（单位）。牵头科室"
        "（单位）要主动牵头抓总、加强协调，配合科室（单位）要积极支持、密切配合，形成工作合力。涉及各县（市、区）"
        "市场监督管理局的任务，由各县（市、区）市场监督管理局结合实际抓好落实。")

p = para(doc)
add_run(p, "三、强化督查考核。", HT, 16)
add_run(p, "局办公室要加强对工作要点落实情况的跟踪督办，牵头科室（单位）于每季度最后一个月25日前将任务进展"
        "情况报送局办公室（电子版发送至czscjgjbgs@163.com），全年工作完成情况于12月10日前报送。督办情况"
        "将纳入年度绩效考核。")

para(doc, "", indent=False)
p = para(doc)
add_run(p, "附件：岑州市市场监督管理局2025年工作要点任务分工")
para(doc, "", indent=False)
para(doc, "", indent=False)
p = para(doc, "岑州市市场监督管理局", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Cm(1.4)
p = para(doc, "2025年2月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Cm(1.8)
para(doc, "", indent=False)
para(doc, "（此件主动公开）")

# ---------------------------------------------------------------- 附件 (landscape)
sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
sec2.orientation = WD_ORIENT.LANDSCAPE
sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
sec2.top_margin, sec2.bottom_margin = Cm(2.6), Cm(2.4)
sec2.left_margin, sec2.right_margin = Cm(2.5), Cm(2.5)

para(doc, "附件", HT, 16, indent=False)
para(doc, "", indent=False)
para(doc, "岑州市市场监督管理局2025年工作要点任务分工", XBS, 22,
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33, space_after=12)

WIDTHS = [1.4, 12.6, 2.6, 5.6, 2.5]
HEAD = ["序号", "工作任务", "分管局领导", "责任科室（单位）", "完成时限"]
table = doc.add_table(rows=1, cols=5)
table.style = "Table Grid"
table.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, h in enumerate(HEAD):
    c = table.rows[0].cells[i]
    cell_text(c, h, HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_cell_width(c, WIDTHS[i])
repeat_header(table.rows[0])

n = 0
for title, tasks in PARTS:
    row = table.add_row()
    cant_split(row)
    m = row.cells[0].merge(row.cells[4])
    cell_text(m, title, HT, 12)
    start = None      # (row index, leader) of the current leader run
    runs = []
    for text, leader, units, due in tasks:
        n += 1
        row = table.add_row()
        cant_split(row)
        cs = row.cells
        cell_text(cs[0], str(n), FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(cs[1], text, FS, 12)
        cell_text(cs[3], units, FS, 12)
        cell_text(cs[4], due, FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
        idx = len(table.rows) - 1
        if runs and runs[-1][1] == leader:
            runs[-1][2] = idx
        else:
            runs.append([idx, leader, idx])
    for first, leader, last in runs:
        c = table.cell(first, 2)
        if last > first:
            c = c.merge(table.cell(last, 2))
        cell_text(c, leader, FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
# widths on every w:tc (merged continuations included) and on the grid
for tr in table._tbl.tr_lst:
    col = 0
    for tc in tr.tc_lst:
        span = tc.grid_span
        w = sum(WIDTHS[col:col + span])
        tcpr = tc.get_or_add_tcPr()
        tcw = tcpr.find(qn("w:tcW"))
        if tcw is None:
            tcw = OxmlElement("w:tcW")
            tcpr.insert(0, tcw)
        tcw.set(qn("w:w"), str(int(w * 567)))
        tcw.set(qn("w:type"), "dxa")
        col += span
for gc, w in zip(table._tbl.tblGrid.gridCol_lst, WIDTHS):
    gc.w = Cm(w)

# ---------------------------------------------------------------- 版记 (portrait, last page)
sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
sec3.orientation = WD_ORIENT.PORTRAIT
sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
for _ in range(16):
    para(doc, "", indent=False)
bj = doc.add_table(rows=2, cols=1)
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
cell_text(c, "抄送：省市场监督管理局，市人民政府办公室。", FS, 14)
c.paragraphs[0].paragraph_format.left_indent = Pt(14)
c = bj.cell(1, 0)
cell_text(c, "岑州市市场监督管理局办公室\t2025年2月18日印发", FS, 14)
c.paragraphs[0].paragraph_format.left_indent = Pt(14)
from docx.enum.text import WD_TAB_ALIGNMENT
c.paragraphs[0].paragraph_format.tab_stops.add_tab_stop(Cm(15.2), WD_TAB_ALIGNMENT.RIGHT)

doc.core_properties.author = "bgs"
doc.core_properties.title = ""
doc.save(OUT)
print("wrote", OUT, n, "tasks")
