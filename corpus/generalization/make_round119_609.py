#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 119, notice 609: a 县政府办 red-header Word notice printing a
创建国家卫生县城 攻坚行动 任务分工方案 whose tasks are grouped under 专项工作组.
Each group opens with label paragraphs  组　　长 / 副 组 长 (persons) and
组长单位 / 副组长单位 / 成员单位 (units) that apply to the group's clause-less
tasks; the roles are given only in the 方案's rule paragraph (组长、副组长 =
责任县领导, 组长单位 = 牵头, 副组长单位、成员单位 = 配合); five tasks carry
their own bracket that replaces the group's units."""
import os

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

NAME = "609_pulan_xian_chuangwei_zhuanxiangzu_zuzhang_danwei.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SAN = Pt(16)  # 三号

doc = Document()

# page setup (GB/T 9704: A4, 版心 156×225)
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
sec.left_margin, sec.right_margin = Mm(28), Mm(26)
sec.footer_distance = Mm(25)

st = doc.styles["Normal"]
st.font.name = FS
st.font.size = SAN
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
st.paragraph_format.line_spacing = Pt(28)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.space_after = Pt(0)


def run(p, text, font=FS, size=SAN, bold=False, color=None):
    r = p.add_run(text)
    r.font.name = font
    r._element.get_or_add_rPr()
    rf = r._element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        r._element.rPr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), font if a == "w:eastAsia" else ("Times New Roman" if font == FS else font))
    r.font.size = size
    r.font.bold = bold
    if color:
        r.font.color.rgb = color
    return r


def para(text="", font=FS, size=SAN, bold=False, indent=True, align=None, color=None):
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    if text:
        run(p, text, font, size, bold, color)
    return p


def border_bottom(p, color="FF0000", sz="12"):
    pPr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr")
    e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), sz)
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    b.append(e)
    pPr.append(b)


def page_footer(section):
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "— ", "宋体", Pt(14))
    r = p.add_run()
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
        elif txt == " PAGE ":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._r.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = txt
            r._r.append(t)
    r.font.size = Pt(14)
    run(p, " —", "宋体", Pt(14))


page_footer(sec)

RED = RGBColor(0xFF, 0x00, 0x00)

# ---- 版头 ----
for _ in range(2):
    para(indent=False)
p = para("蒲岚县人民政府办公室文件", XBS, Pt(42), color=RED, indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER)
p.paragraph_format.line_spacing = Pt(60)
para(indent=False)
p = para("蒲政办发〔2025〕9号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
border_bottom(p)
para(indent=False)
para(indent=False)

p = para("蒲岚县人民政府办公室", XBS, Pt(22), indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
p.paragraph_format.line_spacing = Pt(32)
p = para("关于印发蒲岚县创建国家卫生县城攻坚行动", XBS, Pt(22), indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER)
p.paragraph_format.line_spacing = Pt(32)
p = para("任务分工方案的通知", XBS, Pt(22), indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
p.paragraph_format.line_spacing = Pt(32)
para(indent=False)

para("各乡镇人民政府、街道办事处，县政府各部门，县直各有关单位：", indent=False)
para("《蒲岚县创建国家卫生县城攻坚行动任务分工方案》已经县人民政府同意，现印发给你们，请认真组织实施。")
para(indent=False)
para(indent=False)
para(indent=False)
p = para("蒲岚县人民政府办公室", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
p.paragraph_format.right_indent = Pt(64)
p = para("2025年3月18日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
p.paragraph_format.right_indent = Pt(80)
para("（此件公开发布）")

p = doc.add_paragraph()
p.add_run().add_break(WD_BREAK.PAGE)

# ---- 方案 ----
p = para("蒲岚县创建国家卫生县城攻坚行动", XBS, Pt(22), indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER)
p.paragraph_format.line_spacing = Pt(32)
p = para("任务分工方案", XBS, Pt(22), indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
p.paragraph_format.line_spacing = Pt(32)
para(indent=False)

para("为全面落实县委、县人民政府关于创建国家卫生县城的决策部署，对照《国家卫生城镇标准（2021版）》"
     "和《国家卫生城镇评审管理办法》，确保2025年底前通过省级初审、2026年通过国家技术评估，"
     "结合我县实际，制定本方案。")

para("一、工作目标", HT)
para("2025年，县城建成区各项指标全面达到国家卫生县城标准，群众对卫生状况满意率达到90%以上；"
     "10月底前完成省级暗访评估前的自查整改，12月底前通过省级初审。")

para("二、组织机构", HT)
para("县创建国家卫生县城工作指挥部（以下简称县创卫指挥部）统筹全县创卫工作，指挥部组成人员按照"
     "《蒲岚县人民政府办公室关于调整蒲岚县创建国家卫生县城工作指挥部组成人员的通知》"
     "（蒲政办〔2025〕3号）执行。县创卫指挥部下设办公室和九个专项工作组，办公室设在县爱卫办，"
     "负责日常协调、督促检查和资料汇总工作。")

para("三、专项工作组及任务分工", HT)
para("各专项工作组组长、副组长为本组任务的责任县领导；组长单位为本组任务的牵头单位，对本组任务"
     "负总责，副组长单位、成员单位为配合单位，按照职责分工抓好落实。个别任务另行明确牵头单位、"
     "配合单位或责任单位的，以该项任务所列为准。")

GROUPS = [
    ("（一）综合协调组", [
        "组　　长：孙立平（县委常委、常务副县长）",
        "组长单位：县爱卫办",
        "副组长单位：县卫健局",
        "成员单位：县发改局、县财政局、县机关事务服务中心、城关镇人民政府、东城街道办事处、西城街道办事处",
    ], [
        "1．制定创卫年度推进计划，对照国家卫生县城标准逐项分解指标，建立“周调度、月通报、季讲评”工作机制。",
        "2．统筹安排创卫工作经费，将病媒生物防制、环境卫生基础设施建设等所需资金纳入年度财政预算，及时足额拨付。（由县财政局负责）",
        "3．规范收集整理创卫档案资料，按评审要求分类建档，9月底前完成资料自查。",
    ]),
    ("（二）健康教育和宣传发动组", [
        "组　　长：马　骏（县委常委、宣传部部长）",
        "组长单位：县委宣传部",
        "副组长单位：县卫健局",
        "成员单位：县委网信办、县文明办、县教育局、县融媒体中心、团县委、各乡镇（街道）",
    ], [
        "1．在县城主次干道、公园广场、车站、医院等公共场所设置健康教育宣传栏和公益广告，每季度更新一次内容。",
        "2．依托县融媒体中心开设“创卫进行时”专栏，每月刊播创卫动态和曝光台不少于4期，公布创卫监督电话。",
        "3．在全县中小学校开设健康教育课，每学期不少于6课时，学生健康知识知晓率达到90%以上。（牵头单位：县教育局；配合单位：县卫健局、县疾控中心）",
    ]),
    ("（三）市容环境组", [
        "组　　长：韩晓东（副县长）",
        "副 组 长：秦　海（县长助理）",
        "组长单位：县住建局、县城管局",
        "成员单位：县自然资源局、县交通运输局、县公安局交通管理大队、县市场监管局、城关镇人民政府、东城街道办事处、西城街道办事处",
    ], [
        "1．集中整治县城主次干道乱搭乱建、乱堆乱放、乱贴乱画，规范设置户外广告和门头招牌。",
        "2．新建、改建县城公厕12座，全部达到二类以上标准，主次干道公厕服务半径不超过500米。",
        "3．规范占道经营和流动摊点管理，合理设置便民疏导点8处，实行定时定点经营。",
        "4．整治县城机动车、非机动车乱停乱放，新施划停车泊位1500个。（牵头单位：县公安局交通管理大队；配合单位：县城管局、县交通运输局）",
    ]),
    ("（四）垃圾污水治理组", [
        "组　　长：罗建军（副县长）",
        "组长单位：县城管局　　副组长单位：霁州市生态环境局蒲岚分局",
        "成员单位：县住建局、县水利局、县农业农村局、城关镇人民政府",
    ], [
        "1．完善县城生活垃圾收运处置体系，推行垃圾分类，年内新建垃圾分类示范小区10个。",
        "2．实施县城污水处理厂提标改造，县城生活污水集中收集率达到70%以上。",
        "3．规范建筑垃圾清运处置，渣土运输车辆全部实行密闭运输和定位监控。",
    ]),
    ("（五）农贸市场和食品安全组", [
        "组　　长：周雅琴（副县长）",
        "副 组 长：黄思远（县政府党组成员）",
        "组长单位：县市场监管局",
        "副组长单位：县商务局",
        "成员单位：县住建局、县城管局、县卫健局、城关镇人民政府",
    ], [
        "1．完成县城3个农贸市场标准化改造，做到功能分区、生熟分开、干湿分离，设置公共卫生间和垃圾收集点。",
        "2．开展“小餐饮、小作坊、小食杂店”专项整治，餐饮服务单位持证率和从业人员健康证持有率均达到100%。",
        "3．取缔县城马路市场，在县城规划区内全面禁止活禽散养，设置活禽集中屠宰点1处。",
    ]),
    ("（六）公共场所和重点单位组", [
        "组　　长：彭志远（副县长）",
        "组长单位：县卫健局",
        "成员单位：县文化和旅游局、县商务局、县教育局、县交通运输局、县市场监管局",
    ], [
        "1．对县城住宿、沐浴、美容美发等公共场所实施卫生监督量化分级管理，卫生许可证持证率达到100%。",
        "2．落实学校、托幼机构晨午检和因病缺课追踪登记制度，规范设置学校卫生室和饮水设施。（由县教育局负责）",
        "3．加强县汽车客运站、高铁站候车区域日常保洁和通风消毒，公共卫生间达到二类以上标准。",
    ]),
    ("（七）病媒生物防制组", [
        "组　　长：周雅琴（副县长）",
        "组长单位：县爱卫办",
        "副组长单位：县疾控中心",
        "成员单位：县住建局、县城管局、县市场监管局、县教育局、各乡镇（街道）",
    ], [
        "1．每年春秋两季组织开展全县统一灭鼠、灭蟑行动，鼠、蚊、蝇、蟑密度控制水平达到国家标准C级以上。",
        "2．督促餐饮、食品生产经营等重点行业规范设置防鼠设施，防鼠设施合格率达到95%以上。",
    ]),
    ("（八）医疗卫生组", [
        "组　　长：彭志远（副县长）",
        "组长单位：县卫健局",
        "副组长单位：县疾控中心",
        "成员单位：县人民医院、县中医医院、县妇幼保健院、霁州市生态环境局蒲岚分局",
    ], [
        "1．规范医疗机构预检分诊和发热门诊设置，二级以上医疗机构院感防控达标率达到100%。",
        "2．加强医疗废物分类收集、暂存和转运处置管理，建立医疗废物交接登记台账。（牵头单位：霁州市生态环境局蒲岚分局；配合单位：县卫健局）",
        "3．落实法定传染病疫情报告制度，报告率和及时报告率均达到100%。",
    ]),
    ("（九）城中村和城乡接合部组", [
        "组　　长：韩晓东（副县长）、罗建军（副县长）",
        "组长单位：城关镇人民政府",
        "副组长单位：县住建局",
        "成员单位：县自然资源局、县城管局、县农业农村局、县水利局、东城街道办事处、西城街道办事处",
    ], [
        "1．全面清理城中村和城乡接合部积存垃圾，拆除违章搭建和破旧棚圈。",
        "2．推进城乡接合部道路硬化和排水管网建设，年内完成道路硬化3.5公里。",
        "3．开展庭院环境整治，引导群众落实“门前三包”责任，建立村（居）保洁长效机制。",
    ]),
]

for head, labels, tasks in GROUPS:
    para(head, KT)
    for ln in labels:
        para(ln)
    para("主要任务：")
    for t in tasks:
        para(t)

para("四、工作要求", HT)
p = para("（一）压实工作责任。", KT)
run(p, "各专项工作组要按照本方案细化工作措施，组长单位于3月31日前将本组实施方案报县创卫指挥部办公室，"
       "每月25日前报送工作进展情况。")
p = para("（二）强化督查考核。", KT)
run(p, "县创卫指挥部将对各组任务落实情况开展定期督查，督查结果纳入年度目标绩效考核，"
       "对工作推进不力、影响创卫进程的予以通报。")
p = para("（三）营造浓厚氛围。", KT)
run(p, "各乡镇（街道）、各部门要广泛发动干部群众参与创卫工作，形成全民参与、共建共享的良好局面。")

# ---- 版记 ----
for _ in range(3):
    para(indent=False)
tbl = doc.add_table(rows=2, cols=1)
tbl.alignment = 1
tblPr = tbl._tbl.tblPr
bd = OxmlElement("w:tblBorders")
for edge, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4")):
    e = OxmlElement("w:" + edge)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), sz)
    e.set(qn("w:space"), "0")
    e.set(qn("w:color"), "000000")
    bd.append(e)
tblPr.append(bd)
c0 = tbl.rows[0].cells[0].paragraphs[0]
c0.paragraph_format.first_line_indent = None
run(c0, "抄送：县委办公室，县人大常委会办公室，县政协办公室。", size=Pt(14))
c1 = tbl.rows[1].cells[0].paragraphs[0]
run(c1, "蒲岚县人民政府办公室　　　　　　　　　　2025年3月18日印发", size=Pt(14))

doc.core_properties.author = "县政府办文电科"
doc.core_properties.title = "蒲岚县人民政府办公室关于印发蒲岚县创建国家卫生县城攻坚行动任务分工方案的通知"
doc.save(OUT)
print(OUT)
