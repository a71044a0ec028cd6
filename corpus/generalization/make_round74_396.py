#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generator for round 74 / 396: a 市市场监督管理局 Word notice 印发ing the
2025 工作要点 任务分工 (control case: ordinary Word table)."""
import os
import copy
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "396_yuanning_shi_scjgj_gongzuo_yaodian_fengong.docx")

FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"


def set_font(run, font, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), font)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(container, text="", font=FS, size=16, bold=False, align=None,
         indent=True, color=None, space=None):
    p = container.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    pf.line_spacing = Pt(28) if space is None else space
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def add_border(p, side, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)


def add_page_field(p, size=14):
    set_font(p.add_run("— "), "宋体", size)
    r = p.add_run()
    set_font(r, "宋体", size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r = p.add_run()
    set_font(r, "宋体", size)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve")
    it.text = " PAGE   \\* MERGEFORMAT "
    r._r.append(it)
    r = p.add_run()
    set_font(r, "宋体", size)
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    r._r.append(f2)
    r = p.add_run("1")
    set_font(r, "宋体", size)
    r = p.add_run()
    set_font(r, "宋体", size)
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    r._r.append(f3)
    set_font(p.add_run(" —"), "宋体", size)


doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(16)
st.element.get_or_add_rPr()
rf = st.element.rPr.find(qn("w:rFonts"))
if rf is None:
    rf = OxmlElement("w:rFonts"); st.element.rPr.insert(0, rf)
rf.set(qn("w:eastAsia"), FS)

core = doc.core_properties
core.author = "lenovo"
core.last_modified_by = "局办公室 陈晓燕"
core.title = ""

sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
add_page_field(fp)

# ---------------- 版头 ----------------
para(doc, indent=False)
p = para(doc, "沅宁市市场监督管理局文件", XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, color="FF0000", space=Pt(60))
para(doc, indent=False)
p = para(doc, "沅市监发〔2025〕6号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
add_border(p, "bottom", "FF0000", 24)
para(doc, indent=False)

# 标题 (soft line break inside one paragraph, as typed)
p = para(doc, "", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space=Pt(35))
set_font(p.add_run("沅宁市市场监督管理局关于印发2025年全市"), XBS, 22)
r = p.add_run(); r.add_break(WD_BREAK.LINE)
set_font(p.add_run("市场监管工作要点任务分工的通知"), XBS, 22)
para(doc, indent=False)

para(doc, "各区县市场监督管理局，局机关各科室、直属各单位：", indent=False)
para(doc, "为深入贯彻全国、全省市场监管工作会议精神，全面落实市委、市政府决策部署，"
          "确保2025年全市市场监管各项重点工作落地见效，经局党组会议研究，现将《2025年"
          "全市市场监管工作要点》任务分工印发给你们，并提出如下要求，请认真抓好落实。")
para(doc, "一、强化责任落实", HT)
para(doc, "各分管局领导要对分管领域的工作任务亲自研究、亲自部署、亲自督促。牵头科室（单位）"
          "是任务落实的第一责任主体，要细化工作措施，明确时间节点，确保按期完成；配合科室（单位）"
          "要主动对接、密切配合，形成工作合力。各区县市场监督管理局要对照任务分工，结合本地实际，"
          "逐项抓好贯彻落实。")
para(doc, "二、加强督查调度", HT)
para(doc, "局办公室要将任务分工落实情况纳入年度绩效考核，实行季度调度、半年通报、年终考评。"
          "各牵头科室（单位）于每季度最后一个月25日前将工作进展情况（含配合科室落实情况）"
          "报局办公室，联系人：陈晓燕，联系电话：8216633。")
para(doc, "三、做好总结评估", HT)
para(doc, "各牵头科室（单位）于2025年12月15日前报送全年工作完成情况。工作任务如因客观原因"
          "需调整的，须经分管局领导同意后，书面报局办公室备案。")
para(doc)
p = para(doc, "附件：2025年全市市场监管工作要点任务分工")
para(doc)
para(doc)
p = para(doc, "沅宁市市场监督管理局", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
p.paragraph_format.right_indent = Pt(64)
p = para(doc, "2025年2月26日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
p.paragraph_format.right_indent = Pt(80)
para(doc)
para(doc, "（此件公开发布）")

# ---------------- 附件: landscape section ----------------
s2 = doc.add_section(WD_SECTION.NEW_PAGE)
s2.orientation = WD_ORIENT.LANDSCAPE
s2.page_width, s2.page_height = Cm(29.7), Cm(21.0)
s2.top_margin, s2.bottom_margin = Cm(2.6), Cm(2.4)
s2.left_margin, s2.right_margin = Cm(2.5), Cm(2.5)

para(doc, "附件", HT, 16, indent=False)
para(doc, indent=False)
para(doc, "2025年全市市场监管工作要点任务分工", XBS, 22,
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space=Pt(35))
para(doc, indent=False)

HEADER = ["序号", "工作任务", "分管局领导", "牵头科室（单位）", "配合科室（单位）", "完成时限"]
WIDTHS = [Cm(1.3), Cm(11.0), Cm(2.2), Cm(3.6), Cm(4.4), Cm(2.2)]

ZD = "市市场监管综合行政执法支队"
QX = "各区县市场监管局"

# Each section: (title, [tasks]); a task: (no, [bold first sentence, rest] or list of
# paragraphs, leader, lead, coop, deadline, flags)
SECTIONS = [
 ("一、聚焦服务发展，持续优化营商环境（6项）", [
  ("1", ["深化经营主体登记便利化改革。", "推进企业开办、变更、注销“高效办成一件事”，全面推行经营主体登记全程网办，企业开办时间稳定在0.5个工作日以内。"],
   "韩立新", "登记注册科", "市市场监管信息中心、" + QX, "2025年6月底前"),
  ("2", ["做好个体工商户分型分类精准帮扶。", "完善“生存型”“成长型”“发展型”和“名特优新”个体工商户名录，全年新认定“名特优新”个体工商户 200户以上。"],
   "韩立新", "登记注册科", "信用监督管理科、" + QX, "2025年12月底前"),
  ("3", ["强化公平竞争审查刚性约束。", "严格落实《公平竞争审查条例》，开展妨碍统一市场和公平竞争的政策措施清理，组织开展公平竞争审查第三方评估不少于1次。"],
   "冯志刚", "价格监督检查和反不正当竞争科", "政策法规科", "2025年11月底前"),
  ("4", ["健全以信用为基础的新型监管机制。", "全面推行“双随机、一公开”部门联合抽查，推进信用风险分类结果在抽查中的常态化运用，完善经营异常名录和严重违法失信名单管理。"],
   "韩立新", "信用监督管理科", "局机关各相关科室、" + ZD + "、" + QX, "持续推进"),
  ("5", ["推动涉企行政检查规范化。", "制定年度涉企行政检查计划，推行“综合查一次”和“扫码入企”，严禁随意检查、重复检查，切实减轻企业负担。"],
   "孙慧敏", "政策法规科", "信用监督管理科、" + ZD, "2025年12月底前"),
  ("6", ["深化涉企违规收费整治。", "重点查处水电气暖、行业协会商会、中介机构、金融机构等领域违规收费行为，督促退还违规收费。"],
   "冯志刚", "价格监督检查和反不正当竞争科", ZD + "、" + QX, "2025年10月底前"),
 ]),
 ("二、聚焦质量强市，夯实质量技术基础（6项）", [
  ("7", ["深入实施质量强市战略。", "组织开展第五届沅宁市市长质量奖评选，培育质量标杆企业10家以上，建成质量基础设施“一站式”服务站8个。"],
   "邵晓梅", "质量发展科", "标准化科、计量科、认证认可与检验检测科", "2025年12月底前"),
  ("8", ["实施标准化提升行动。", "主导或参与制修订国家标准、行业标准、地方标准15项以上，新增企业标准“领跑者”5家。"],
   "邵晓梅", "标准化科", "/", "2025年12月底前"),
  ("9", ["加强民生计量和能源计量监管。", "开展集贸市场、加油站、眼镜制配场所计量专项检查，完成重点用能单位能源计量审查20家。"],
   "邵晓梅", "计量科", "市计量测试所、" + QX, "2025年9月底前"),
  ("10", ["规范检验检测和认证市场秩序。", "开展检验检测机构“双随机”抽查和机动车检验机构专项整治，严厉打击出具虚假检验检测报告行为。"],
   "邵晓梅", "认证认可与检验检测科", ZD, "2025年11月底前"),
  ("11", ["加强重点工业产品质量安全监管。", "对电动自行车、燃气灶具、儿童用品、电线电缆等重点产品开展监督抽查，全年抽查不少于600批次。"],
   "邵晓梅", "产品质量安全监督管理科", "市综合检验检测中心、" + QX, "2025年12月底前"),
  ("12", ["推进知识产权强市建设。", "开展专利转化运用专项行动，每万人口高价值发明专利拥有量增长10%以上，新建知识产权保护工作站3家。"],
   "孙慧敏", "知识产权促进科", "知识产权保护科", "2025年12月底前"),
 ]),
 ("三、聚焦安全底线，守牢市场安全防线（7项）", [
  ("13", ["压紧压实食品安全“两个责任”。", "督促各级包保干部完成年度包保督导任务，推动食品生产经营企业落实“日管控、周排查、月调度”工作机制。"],
   "唐建军", "食品生产安全监督管理科", "食品经营安全监督管理科、特殊食品安全监督管理科、" + QX, "全年"),
  ("14", ["强化食品生产环节风险防控。", "对乳制品、白酒、肉制品等重点品种生产企业开展体系检查，食品生产企业风险分级管理覆盖率达到100%。"],
   "唐建军", "食品生产安全监督管理科", "食品安全抽检监测科", "2025年12月底前"),
  ("15", ["深化校园食品安全守护行动。", "加强学校食堂和校外供餐单位监管，学校食堂“互联网+明厨亮灶”覆盖率达到100%。"],
   "唐建军", "食品经营安全监督管理科", QX, "2025年9月底前"),
  ("16", ["完成食品安全抽检监测任务。", "全年完成食品抽检不少于4.2批次/千人，不合格食品核查处置率达到100%。"],
   "唐建军", "食品安全抽检监测科", "市综合检验检测中心", "2025年12月底前"),
  ("17", ["加强药品医疗器械化妆品流通使用环节监管。", "开展药品零售企业和医疗机构使用环节专项检查，严厉打击非法渠道购进药品行为。"],
   "唐建军", "药品医疗器械化妆品监督管理科", QX, "2025年12月底前"),
  ("18", ["深化特种设备安全隐患排查整治。", "聚焦电梯、气瓶、压力管道、大型游乐设施等重点设备，深入推进安全生产治本攻坚三年行动，确保隐患整改率100%。"],
   "邵晓梅", "特种设备安全监察科", "市特种设备检验所、" + QX, "2025年12月底前"),
  ("19", ["做好重大活动和节假日市场安全保障。", "统筹做好重大活动食品安全和特种设备安全保障，节假日期间加强重点场所巡查检查。"],
   ["唐建军", "邵晓梅"], "食品经营安全监督管理科、特种设备安全监察科", "办公室、" + QX, "按活动安排"),
 ]),
 ("四、聚焦民生关切，营造放心消费环境（5项）", [
  ("20", ["深入开展民生领域“铁拳”行动。", "聚焦群众反映强烈的食品、药品、重点工业产品、价格等领域突出问题，全年查办各类案件不少于300件，曝光典型案例不少于20个。"],
   "冯志刚", ZD, "食品生产安全监督管理科、产品质量安全监督管理科、价格监督检查和反不正当竞争科", "2025年12月底前", "twopara"),
  ("21", ["加强网络交易和直播带货监管。", "开展网络市场监管与服务示范区创建，督促平台企业落实主体责任，依法查处网络销售假冒伪劣商品等违法行为。"],
   "韩立新", "网络交易监督管理科", "广告监督管理科、" + ZD, "2025年12月底前"),
  ("22", ["规范重点领域价格秩序。", "加强教育、医疗、物业、停车等民生领域收费监管，做好重要节假日和旅游景区价格监督检查。"],
   "冯志刚", "价格监督检查和反不正当竞争科", QX, "持续推进"),
  ("23", ["提升12315诉求处置质效。", "投诉举报按时办结率保持在99%以上，新发展在线消费纠纷解决（ODR）企业50家，推进“放心消费”示范单位创建。"],
   "韩立新", "消费者权益保护科", "市消费者协会秘书处，" + QX, "2025年12月底前"),
  ("24", ["开展虚假违法广告专项治理。", "加强医疗、药品、保健食品、房地产等重点领域广告监测，广告监测覆盖率达到95%以上。"],
   "韩立新", "广告监督管理科", "", "2025年11月底前"),
 ]),
 ("五、聚焦依法行政，提升监管效能（3项）", [
  ("25", ["推进严格规范公正文明执法。", "全面落实行政处罚裁量权基准制度，开展行政执法案卷评查，案卷合格率达到95%以上。"],
   "孙慧敏", "政策法规科", ZD + "、" + QX, "2025年11月底前"),
  ("26", ["推进智慧市场监管建设。", "整合各业务系统数据资源，建成“沅宁市场监管一网通管”平台并上线运行。"],
   "孙慧敏", "市市场监管信息中心", "规划财务科、局机关各科室", "2025年12月底前"),
  ("27", ["加强基层市场监管所标准化规范化建设。", "新创建星级市场监管所5个，改善基层所执法装备和办公条件。"],
   "孙慧敏", "规划财务科", "组织人事科、" + QX, "2025年12月底前"),
 ]),
 ("六、聚焦党建引领，锻造过硬干部队伍（3项）", [
  ("28", ["深入推进全面从严治党。", "落实局党组全面从严治党主体责任，深化模范机关创建，推进党建与业务深度融合。"],
   "周明远", "机关党委", "办公室、组织人事科", "全年"),
  ("29", ["加强干部队伍建设。", "开展全系统业务能力提升培训，全年组织专题培训不少于10期，培训干部1200人次以上。"],
   "周明远", "组织人事科", "局机关各科室、各区县局", "2025年12月底前"),
  ("30", ["持之以恒正风肃纪。", "深化落实中央八项规定精神，加强廉政风险防控，开展警示教育活动不少于2次。"],
   "周明远、郑海燕", "机关纪委", "机关党委、组织人事科", "全年"),
 ]),
]

# leader-column vertical merges (first row no, last row no): same leader, typed once
MERGE_LEADER = [("1", "2"), ("7", "11"), ("13", "17"), ("28", "29")]

table = doc.add_table(rows=1, cols=6)
table.style = doc.styles["Table Grid"]
table.alignment = WD_TABLE_ALIGNMENT.CENTER
table.autofit = False
grid = table._tbl.tblGrid
for gc, w in zip(grid.findall(qn("w:gridCol")), WIDTHS):
    gc.set(qn("w:w"), str(int(w.twips)))
tblPr = table._tbl.tblPr
tblW = tblPr.find(qn("w:tblW"))
if tblW is None:
    tblW = OxmlElement("w:tblW"); tblPr.append(tblW)
tblW.set(qn("w:w"), str(sum(int(w.twips) for w in WIDTHS)))
tblW.set(qn("w:type"), "dxa")


def cell_text(cell, paras, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              first_bold=False):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p0 = cell.paragraphs[0]
    if isinstance(paras, str):
        paras = [paras]
    first = True
    for item in paras:
        p = p0 if first else cell.add_paragraph()
        first = False
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(20)
        if isinstance(item, tuple):
            for t, b in item:
                if t:
                    set_font(p.add_run(t), font, size, b)
        elif item:
            set_font(p.add_run(item), font, size, bold)


hdr = table.rows[0]
trpr = hdr._tr.get_or_add_trPr()
th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trpr.append(th)
for i, h in enumerate(HEADER):
    c = hdr.cells[i]
    c.width = WIDTHS[i]
    cell_text(c, h, HT, 12)

rows_by_no = {}
for title, tasks in SECTIONS:
    r = table.add_row()
    for i in range(6):
        r.cells[i].width = WIDTHS[i]
    m = r.cells[0].merge(r.cells[5])
    cell_text(m, title, HT, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
    for t in tasks:
        no, text, leader, lead, coop, dl = t[:6]
        flags = t[6] if len(t) > 6 else ""
        r = table.add_row()
        rows_by_no[no] = r
        for i in range(6):
            r.cells[i].width = WIDTHS[i]
        # 序号 (one stray empty paragraph after 17, as left by an edit)
        cell_text(r.cells[0], [no, ""] if no == "17" else no)
        if flags == "twopara":
            paras = [((text[0], True),), ((text[1], False),)]
        else:
            paras = [((text[0], True), (text[1], False))]
        cell_text(r.cells[1], paras, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        cell_text(r.cells[2], leader)
        cell_text(r.cells[3], lead)
        cell_text(r.cells[4], coop)
        cell_text(r.cells[5], dl)

# vertical merges of the leader column: keep the name only in the top cell
for a, b in MERGE_LEADER:
    top = rows_by_no[a].cells[2]
    bottom = rows_by_no[b].cells[2]
    # clear the lower cells first so merge() does not concatenate names
    trs = [row._tr for row in table.rows]
    start = trs.index(rows_by_no[a]._tr)
    end = trs.index(rows_by_no[b]._tr)
    for ri in range(start + 1, end + 1):
        c = table.rows[ri].cells[2]
        for p in list(c.paragraphs)[1:]:
            p._p.getparent().remove(p._p)
        for rr in list(c.paragraphs[0].runs):
            rr._r.getparent().remove(rr._r)
    top.merge(bottom)

para(doc, indent=False)
# 版记
p = para(doc, "抄送：市人民政府办公室，省市场监督管理局办公室。", FS, 14, indent=False)
add_border(p, "top", "000000", 8)
add_border(p, "bottom", "000000", 4)
p.paragraph_format.left_indent = Pt(14)
p = para(doc, "沅宁市市场监督管理局办公室　　　　　　　　　　　　　　2025年2月26日印发", FS, 14, indent=False)
add_border(p, "bottom", "000000", 8)
p.paragraph_format.left_indent = Pt(14)

doc.save(OUT)
print("wrote", OUT)
