#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generate 575_danxi_xian_weijianju_yaodian_fenjie.docx: a 县卫生健康局 red-header
notice dividing its 2025 工作要点 among 局领导, 股室 and 局属医疗卫生单位 (Word table
in a landscape 附件 section)."""
import os
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

NAME = "575_danxi_xian_weijianju_yaodian_fenjie.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

doc = Document()

# ---- styles -------------------------------------------------------------
st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
pf = st.paragraph_format
pf.space_before = Pt(0)
pf.space_after = Pt(0)
pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
pf.line_spacing = Pt(28)


def set_run_font(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(text="", font=FS, size=16, bold=False, align=None, indent=True,
         color=None, line=28, before=0, after=0, container=None):
    p = (container or doc).add_paragraph()
    if align is not None:
        p.alignment = align
    f = p.paragraph_format
    f.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    f.line_spacing = Pt(line)
    f.space_before = Pt(before)
    f.space_after = Pt(after)
    if indent:
        f.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        set_run_font(r, font, size, bold, color)
    return p


def runs(p, parts):
    for text, font, bold in parts:
        r = p.add_run(text)
        set_run_font(r, font, 16, bold)


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
    set_run_font(r, "宋体", 14)
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    for tag, val in (("fldChar", "begin"), ("instrText", " PAGE "),
                     ("fldChar", "separate"), ("t", "1"), ("fldChar", "end")):
        e = OxmlElement("w:" + tag)
        if tag == "fldChar":
            e.set(qn("w:fldCharType"), val)
        else:
            e.set(qn("xml:space"), "preserve")
            e.text = val
        r._r.append(e)
    r = p.add_run(" —")
    set_run_font(r, "宋体", 14)


# ---- page 1: portrait ---------------------------------------------------
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
add_page_number_footer(sec)

para("澹溪县卫生健康局文件", XBS, 40, False, WD_ALIGN_PARAGRAPH.CENTER, False,
     "FF0000", line=60, before=30)
para("", indent=False, line=28)
para("", indent=False, line=28)
p = para("澹卫健发〔2025〕3号", FS, 16, False, WD_ALIGN_PARAGRAPH.CENTER, False)
bottom_border(p)
para("", indent=False)
para("澹溪县卫生健康局", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, False, line=34)
para("关于印发2025年全县卫生健康工作要点", XBS, 22, False,
     WD_ALIGN_PARAGRAPH.CENTER, False, line=34)
para("任务分解表的通知", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, False, line=34)
para("", indent=False)
para("局机关各股室，局属各医疗卫生单位，各乡镇卫生院：", indent=False)
para("为认真贯彻落实全省、全市卫生健康工作会议和县委经济工作会议精神，"
     "确保2025年全县卫生健康工作要点各项任务落到实处，经局党组会议研究，"
     "将工作要点确定的重点任务逐项分解到局领导、股室和局属单位，现将"
     "《2025年全县卫生健康工作要点任务分解表》印发给你们，并就有关事项"
     "通知如下，请认真抓好贯彻落实。")
p = para()
runs(p, [("一、压实工作责任。", HT, False),
         ("各分管局领导要按照任务分解表，加强对分管领域重点任务的统筹调度和"
          "督促指导，及时研究解决推进中的困难和问题。各股室、各单位主要负责人"
          "是本股室、本单位任务落实的第一责任人，要细化工作措施，明确时间节点，"
          "确保按期完成。", FS, False)])
p = para()
runs(p, [("二、明确分工要求。", HT, False),
         ("“责任股室”栏中排在第一位的为牵头股室，负责统筹推进、协调调度和"
          "汇总报送工作进展，其他股室按职责配合；“责任单位”栏所列局属单位和"
          "医疗卫生机构负责具体组织实施。未列责任股室的任务，由“责任单位”栏中"
          "排在第一位的单位牵头。", FS, False)])
p = para()
runs(p, [("三、加强督查考核。", HT, False),
         ("局办公室将任务落实情况纳入季度督查和年度目标管理考核。各牵头股室"
          "（单位）于每季度最后一个月25日前将工作进展情况报局办公室，"
          "全年工作总结于12月10日前报送。（联系人：朱丽萍，"
          "电话：0795—6123418，邮箱：dxxwjjbgs@163.com）", FS, False)])
para("")
p = para("附件：2025年全县卫生健康工作要点任务分解表", indent=True)
para("")
para("")
para("澹溪县卫生健康局", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(64)
para("2025年2月21日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(72)
para("（此件公开发布）")

# ---- attachment: landscape ----------------------------------------------
sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
sec2.orientation = WD_ORIENT.LANDSCAPE
sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
sec2.top_margin, sec2.bottom_margin = Cm(2.6), Cm(2.4)
sec2.left_margin, sec2.right_margin = Cm(2.5), Cm(2.5)

para("附件", HT, 16, False, indent=False)
para("", indent=False)
para("2025年全县卫生健康工作要点任务分解表", XBS, 22, False,
     WD_ALIGN_PARAGRAPH.CENTER, False, line=34)
para("", indent=False, line=20)

# (part heading, [(task, leaders, 股室, 单位, 时限)])
PARTS = [
    ("一、深化医药卫生体制改革（5项）", [
        ("推进紧密型县域医共体建设，完善医共体总院与成员单位人员、财务、药品耗材"
         "统一管理机制，年内实现县域内医学检验、医学影像、心电诊断结果互认。",
         "孔令军", "体改股、医政医管股、规划财务股",
         "县人民医院（县医共体总院）、县中医医院、各乡镇卫生院", "2025年12月"),
        ("深化公立医院薪酬制度改革，落实“两个允许”要求，合理确定县级公立医院"
         "薪酬水平和绩效工资总量，提高人员支出占业务支出比例。",
         "孔令军", "人事股、规划财务股",
         "县人民医院、县中医医院、县妇幼保健院", "2025年10月"),
        ("配合县医保局推进医保支付方式改革，全面落实按病种分值付费（DIP），"
         "加强医疗机构医保基金使用管理。",
         "孔令军", "体改股、医政医管股", "县医共体各成员单位", "2025年12月"),
        ("巩固完善国家基本药物制度，落实药品耗材集中带量采购中选结果，"
         "推进县域药品耗材统一目录、统一采购、统一配送。",
         "孔令军", "医政医管股", "县人民医院（县医共体总院）", "2025年12月"),
        ("加快全民健康信息化建设，推进电子健康档案向居民本人开放，县人民医院"
         "电子病历系统应用水平分级评价达到4级。",
         "孔令军", "/", "县卫生健康信息中心、县人民医院、县中医医院", "2025年11月"),
    ]),
    ("二、提升公共卫生服务能力（6项）", [
        ("加强重大传染病防控，做好流感、登革热、诺如病毒感染等重点传染病监测"
         "预警和疫情处置，法定传染病报告率、及时率保持100%。",
         "陆晓燕", "疾病预防控制股、卫生应急办公室",
         "县疾病预防控制中心、县人民医院、县中医医院、各乡镇卫生院", "全年"),
        ("巩固艾滋病、结核病、病毒性肝炎防治成果，肺结核患者成功治疗率达到"
         "90%以上。",
         "陆晓燕", "疾病预防控制股", "县疾病预防控制中心、县人民医院", "2025年12月"),
        ("规范开展免疫规划工作，适龄儿童国家免疫规划疫苗接种率保持在90%以上，"
         "完成数字化预防接种门诊建设3家。",
         "陆晓燕", "/", "县疾病预防控制中心、各乡镇卫生院", "2025年10月"),
        ("实施国家基本公共卫生服务项目，提高家庭医生签约服务质量，重点人群"
         "签约服务覆盖率达到75%以上。",
         "陆晓燕", "基层卫生健康股、规划财务股", "各乡镇卫生院、各村卫生室", "2025年12月"),
        ("加强慢性病综合防控，推进高血压、糖尿病医防融合，患者规范管理率达到"
         "65%以上。",
         "陆晓燕", "疾病预防控制股、基层卫生健康股",
         "县疾病预防控制中心、县人民医院、各乡镇卫生院", "2025年12月"),
        ("完善卫生应急体系，修订突发公共卫生事件应急预案，开展卫生应急综合演练"
         "不少于2次，提升院前急救调度能力。",
         "陆晓燕", "卫生应急办公室",
         "县120急救指挥中心、县人民医院、县中医医院", "2025年9月"),
    ]),
    ("三、提升医疗服务水平（6项）", [
        ("推进县人民医院三级医院创建，加强胸痛、卒中、创伤、危重孕产妇、"
         "危重新生儿救治“五大中心”建设。",
         "孔令军", "医政医管股、妇幼健康股", "县人民医院", "2025年12月"),
        ("实施县级医院临床专科能力提升工程，新增市级临床重点专科1个以上。",
         "孔令军", "医政医管股", "县人民医院、县中医医院", "2025年12月"),
        ("开展“优质服务基层行”活动，年内新增3家乡镇卫生院达到推荐标准，"
         "建成社区医院1家。",
         "孔令军、陆晓燕", "基层卫生健康股、医政医管股", "各乡镇卫生院", "2025年11月"),
        ("加强医疗质量安全管理，开展医疗质量安全专项整治，持续推进改善就医感受"
         "提升患者体验主题活动。",
         "孔令军", "医政医管股", "县医共体各成员单位、县妇幼保健院", "全年"),
        ("推广“先诊疗后付费”“一站式结算”便民服务，推行预约诊疗、检查检验集中"
         "预约和诊间结算。",
         "孔令军", "医政医管股、规划财务股",
         "县人民医院、县中医医院、县妇幼保健院", "2025年8月"),
        ("加强卫生健康人才队伍建设，招聘医学类本科以上毕业生不少于40名，"
         "落实乡村医生“乡聘村用”。",
         "韦东", "人事股、基层卫生健康股", "县医共体各成员单位", "2025年12月"),
    ]),
    ("四、推进中医药传承创新发展（3项）", [
        ("推进县中医医院二级甲等中医医院复审，建设中医药特色专科2个。",
         "韦东", "中医股", "县中医医院", "2025年11月"),
        ("实施基层中医药服务能力提升工程，实现乡镇卫生院中医馆全覆盖，80%以上的"
         "村卫生室能够提供中医药服务。",
         "韦东", "中医股、基层卫生健康股", "县中医医院、各乡镇卫生院", "2025年12月"),
        ("开展中医药健康文化推进行动，举办中医药文化进校园、进社区活动不少于"
         "10场。",
         "韦东", "/", "县中医医院", "2025年10月"),
    ]),
    ("五、加强重点人群健康服务（5项）", [
        ("落实母婴安全五项制度，孕产妇死亡率、婴儿死亡率分别控制在12/10万、"
         "5‰以下。",
         "陆晓燕", "妇幼健康股、医政医管股",
         "县妇幼保健院、县人民医院、县中医医院", "全年"),
        ("推进出生缺陷综合防治，免费婚前医学检查率、孕前优生健康检查目标人群"
         "覆盖率均达到80%以上。",
         "陆晓燕", "妇幼健康股", "县妇幼保健院、各乡镇卫生院", "2025年12月"),
        ("发展普惠托育服务，新增普惠托位200个，每千人口拥有3岁以下婴幼儿托位数"
         "达到4.5个。",
         "陆晓燕", "人口家庭与老龄健康股、规划财务股", "/", "2025年12月"),
        ("推进医养结合，开展老年友善医疗机构创建，二级以上综合医院设立老年医学科"
         "比例达到80%。",
         "陆晓燕", "人口家庭与老龄健康股、医政医管股",
         "县人民医院、县中医医院", "2025年11月"),
        ("落实计划生育家庭奖励扶助和特别扶助政策，做好计生特殊家庭“双岗”联系人"
         "制度和就医绿色通道工作。",
         "陆晓燕", "人口家庭与老龄健康股", "县计划生育协会、各乡镇卫生院", "2025年12月"),
    ]),
    ("六、推进健康澹溪建设（3项）", [
        ("深入开展爱国卫生运动，巩固国家卫生县城创建成果，新创建省级卫生乡镇2个、"
         "卫生村10个。",
         "韦东", "县爱卫办、疾病预防控制股",
         "县疾病预防控制中心、各乡镇卫生院", "2025年11月"),
        ("实施健康澹溪行动，广泛开展健康知识普及，居民健康素养水平达到31%以上。",
         "韦东", "/", "县健康教育所、县人民医院、县中医医院", "2025年12月"),
        ("加强职业病防治，开展重点行业领域职业病危害专项治理，重点人群职业健康"
         "检查覆盖率达到90%以上。",
         "韦东", "法规监督股、疾病预防控制股",
         "县卫生健康综合执法大队、县疾病预防控制中心", "2025年12月"),
    ]),
    ("七、强化卫生健康行业监管（3项）", [
        ("深入开展医药领域腐败问题集中整治，规范医疗服务行为，严肃查处收受回扣、"
         "过度诊疗等问题。",
         "谭志远、孔令军", "医政医管股、法规监督股、党建办",
         "县医共体各成员单位、县妇幼保健院", "全年"),
        ("深化“双随机、一公开”监管，开展医疗机构、公共场所、生活饮用水卫生监督"
         "检查，案件查办率保持100%。",
         "孔令军", "法规监督股", "县卫生健康综合执法大队", "全年"),
        ("统筹抓好安全生产和消防安全，开展医疗机构安全隐患排查整治，加强医院"
         "安全秩序管理。",
         "孔令军", "办公室、规划财务股", "局属各医疗卫生单位", "全年"),
    ]),
    ("八、加强党的建设和机关自身建设（3项）", [
        ("落实全面从严治党主体责任，深化公立医院党委领导下的院长负责制，推进清廉"
         "医院建设。",
         "谭志远", "党建办、人事股", "局属各医疗卫生单位", "全年"),
        ("加强意识形态和卫生健康宣传工作，做好涉卫舆情监测和应对处置。",
         "谭志远", "办公室", "/", "全年"),
        ("加强机关作风建设，抓好政务信息、督查督办、档案管理、保密等工作。",
         "谭志远", "办公室、局机关各股室", "/", "全年"),
    ]),
]

HEAD = ["序号", "工作任务", "责任领导", "责任股室", "责任单位", "完成时限"]
WIDTHS = [Cm(1.3), Cm(9.6), Cm(2.2), Cm(4.2), Cm(4.8), Cm(2.6)]


def disp_leader(s):
    # 2-character names are padded with a full-width space, as typists do
    return "、".join(n if len(n) != 2 else n[0] + "　" + n[1] for n in s.split("、"))


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = cell.paragraphs[0]
    p.alignment = align
    f = p.paragraph_format
    f.first_line_indent = None
    f.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    f.line_spacing = Pt(18)
    if text:
        r = p.add_run(text)
        set_run_font(r, font, size, bold)


def set_repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def set_cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trpr.append(c)


nrows = 1 + sum(1 + len(t) for _, t in PARTS)
table = doc.add_table(rows=nrows, cols=6)
table.style = "Table Grid"
table.alignment = WD_TABLE_ALIGNMENT.CENTER
table.autofit = False
for row in table.rows:
    for i, w in enumerate(WIDTHS):
        row.cells[i].width = w

tbl = table._tbl
grid = tbl.tblGrid
for gc, w in zip(grid.findall(qn("w:gridCol")), WIDTHS):
    gc.set(qn("w:w"), str(int(w.twips)))
tblpr = tbl.tblPr
lay = OxmlElement("w:tblLayout")
lay.set(qn("w:type"), "fixed")
tblpr.append(lay)

hdr = table.rows[0]
set_repeat_header(hdr)
for i, h in enumerate(HEAD):
    cell_text(hdr.cells[i], h, HT, 12)

r = 1
n = 0
for heading, tasks in PARTS:
    prow = table.rows[r]
    merged = prow.cells[0].merge(prow.cells[5])
    cell_text(merged, heading, HT, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
    set_cant_split(prow)
    r += 1
    start = r
    # run-level merging of leader cells
    run_start = r
    prev = None
    for j, (task, leaders, gushi, danwei, shixian) in enumerate(tasks):
        n += 1
        row = table.rows[r]
        set_cant_split(row)
        cell_text(row.cells[0], str(n), FS, 12)
        cell_text(row.cells[1], task, FS, 12, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        cell_text(row.cells[3], gushi, FS, 12)
        cell_text(row.cells[4], danwei, FS, 12)
        cell_text(row.cells[5], shixian, FS, 12)
        r += 1
    # leaders: merge consecutive equal values within the part
    i = 0
    while i < len(tasks):
        k = i
        while k + 1 < len(tasks) and tasks[k + 1][1] == tasks[i][1]:
            k += 1
        top = table.cell(start + i, 2)
        if k > i:
            top = top.merge(table.cell(start + k, 2))
        cell_text(top, disp_leader(tasks[i][1]), FS, 12)
        i = k + 1

# remove stray empty paragraphs python-docx leaves in merged cells
for row in table.rows:
    for c in row.cells:
        ps = c.paragraphs
        for pp in ps[1:]:
            if not pp.text.strip():
                pp._p.getparent().remove(pp._p)

# ---- 版记 -----------------------------------------------------------------
para("", indent=False)
bj = doc.add_table(rows=1, cols=1)
bj.alignment = WD_TABLE_ALIGNMENT.CENTER
c = bj.rows[0].cells[0]
c.width = Cm(24.7)
tcpr = c._tc.get_or_add_tcPr()
borders = OxmlElement("w:tcBorders")
for side, sz in (("top", 8), ("bottom", 8)):
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:color"), "000000")
    borders.append(e)
for side in ("left", "right"):
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "nil")
    borders.append(e)
tcpr.append(borders)
p = c.paragraphs[0]
p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
p.paragraph_format.line_spacing = Pt(28)
rr = p.add_run("　澹溪县卫生健康局办公室　　　　　　　　　　　　　　　　　　　　　　2025年2月21日印发")
set_run_font(rr, FS, 14)

doc.core_properties.author = "Administrator"
doc.core_properties.title = ""
doc.save(OUT)
print("wrote", OUT, "tasks", n)
