#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generate 479_fengzhang_xian_huanjing_fenqu_fengong.docx: a 县政府办 notice whose
task division assigns responsibility by area, category, stage or period
(城区由A负责，集镇由B负责 / A（城区）、B（集镇） / 城区：A；集镇：B / 其余由C负责)."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

NAME = "479_fengzhang_xian_huanjing_fenqu_fengong.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = Pt(28)


def run(p, text, font=FS, size=16, bold=False, color=None):
    r = p.add_run(text)
    r.font.name = font
    r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    r.font.size = Pt(size)
    r.bold = bold
    if color:
        r.font.color.rgb = RGBColor(*color)
    return r


def para(text="", font=FS, size=16, align=None, indent=True, bold=False, color=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if text:
        run(p, text, font, size, bold, color)
    return p


def bottom_rule(p, color="FF0000", sz="18"):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    pPr.append(bdr)


def task(num, text, clause):
    p = para()
    run(p, num + "．" + text)
    run(p, clause, font=KT)
    return p


# ---- 版头 ----
para()
para("枫漳县人民政府办公室文件", XBS, 36, WD_ALIGN_PARAGRAPH.CENTER, False, color=(0xFF, 0, 0))
para()
p = para("枫政办发〔2025〕12号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER, False)
bottom_rule(p)
para()
para("枫漳县人民政府办公室", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False)
para("关于印发枫漳县2025年城乡环境综合整治", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False)
para("重点任务分工方案的通知", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False)
para()
para("各乡镇人民政府，县政府各部门，县直及驻县有关单位：", indent=False)
para("《枫漳县2025年城乡环境综合整治重点任务分工方案》已经县人民政府同意，现印发给你们，请结合实际认真抓好落实。现就有关事项通知如下：")
p = para()
run(p, "一、压实工作责任。", HT)
run(p, "各责任县领导要加强对分管领域整治任务的统筹调度。各项任务中，未分区域、类别或环节的，排在第一位的责任单位为牵头单位，其余为配合单位；分区域、类别或环节（时段）明确责任单位的，各责任单位在各自范围内牵头负责，注明“配合”的为配合单位。牵头单位要主动谋划、加强协调，配合单位要积极支持、密切配合。")
p = para()
run(p, "二、加强调度推进。", HT)
run(p, "各牵头单位要于每季度末月25日前，将任务推进情况书面报送县城乡环境综合整治工作领导小组办公室（设在县城市管理局）。分区域负责的任务，由各责任单位分别报送。")
p = para()
run(p, "三、严格督查考核。", HT)
run(p, "县政府督查室将会同县城乡环境综合整治工作领导小组办公室，对各项任务落实情况开展常态化督查，督查结果纳入年度综合考核。")
para()
para("附件：枫漳县2025年城乡环境综合整治重点任务分工方案")
para()
para()
p = para("枫漳县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Cm(1.2)
p = para("2025年3月12日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Cm(1.6)
para("（此件公开发布）")

# ---- 附件 ----
p = para(indent=False)
p.add_run().add_break(WD_BREAK.PAGE)
run(p, "附件", HT)
para()
para("枫漳县2025年城乡环境综合整治", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False)
para("重点任务分工方案", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False)
para()
para("为深入推进城乡环境综合整治，持续改善城乡人居环境，巩固提升省级文明城市创建成果，结合我县实际，制定本方案。")

para("一、市容市貌整治", HT)
task("1", "开展城区主次干道“门前三包”责任制落实专项行动，规范临街店铺出店经营、占道经营行为，城区主次干道沿街商铺“门前三包”签约率达到100%。",
     "（责任县领导：周正和；城区由县城市管理局负责，县市场监督管理局配合；集镇由各乡镇人民政府负责）")
task("2", "整治户外广告招牌和楼顶大型广告设施，依法拆除违规设置、存在安全隐患的户外广告设施，年内完成城区主要街道店招店牌规范提升。",
     "（责任县领导：周正和；责任单位：县城市管理局、县自然资源局、县市场监督管理局）")
task("3", "规范城区机动车、非机动车停放秩序，新施划停车泊位800个以上，集中清理“僵尸车”，严查乱停乱放行为。",
     "（责任县领导：孙浩；责任单位：县公安局交通警察大队（城市道路范围内）、县城市管理局（人行道及公共广场）、县住房和城乡建设局（住宅小区内））")
task("4", "加强城区道路设施日常维护，及时修复破损路面、人行道板和井盖，城区主干道设施完好率保持在95%以上。",
     "（责任县领导：周正和；国省道城区过境段由县公路事业发展中心负责，市政道路由县住房和城乡建设局负责，背街小巷由城关镇人民政府负责）")
task("5", "推进城区公共停车场建设和路内泊位智能化改造，建成城东公共停车场，新增公共停车泊位300个。",
     "（责任县领导：周正和；建设阶段由县城市建设投资有限公司负责，2025年10月移交后由县城市管理局负责运营管理，县公安局交通警察大队配合）")

para("二、环境卫生整治", HT)
task("6", "推行城区道路机械化清扫保洁，城区主次干道机械化清扫率达到90%以上，集镇主街道达到70%以上。",
     "（城区：县城市管理局；集镇：各乡镇人民政府）")
task("7", "推进城乡生活垃圾分类，县城公共机构、相关企业生活垃圾分类全覆盖，建成区居民小区分类设施覆盖率达到60%。",
     "（责任县领导：周正和；责任单位：县城市管理局、县机关事务服务中心、县住房和城乡建设局、县商务局、各乡镇人民政府）")
task("8", "开展农贸市场环境综合整治，推进标准化菜市场改造提升，年内完成4个农贸市场改造，实现市场内外环境整洁有序。",
     "（责任县领导：赵启明；国有农贸市场由县商务局负责，民营农贸市场由所在地乡镇人民政府负责，县市场监督管理局、县卫生健康局配合）")
task("9", "开展公共厕所提质改造，新建、改建城区公厕12座，推动旅游景区、加油站、医疗机构等单位内部厕所对外开放。",
     "（责任县领导：周正和；城区公厕：县城市管理局；旅游景区：县文化广电和旅游局；加油站：县商务局；医疗机构：县卫生健康局）")
task("10", "开展“六小”门店环境卫生专项整治，督促小餐饮、小食杂、小美容美发、小旅馆、小网吧等落实卫生管理制度，证照齐全、环境整洁。",
     "（责任县领导：林秀梅；小餐饮、小食杂由县市场监督管理局负责，小美容美发、小旅馆由县卫生健康局负责，小网吧由县文化广电和旅游局负责，其余由所在地乡镇人民政府负责）")
task("11", "加强病媒生物防制，开展春秋两季集中灭鼠、灭蚊、灭蝇、灭蟑活动，城区病媒生物密度控制水平达到国家C级标准。",
     "（责任县领导：林秀梅；责任单位：县卫生健康局、县城市管理局、县农业农村局、各乡镇人民政府）")

para("三、交通秩序和道路沿线环境整治", HT)
task("12", "开展国省道、县乡道沿线环境整治，清理沿线垃圾、柴草堆和违规广告牌，国省道沿线可视范围内无成片垃圾和乱堆乱放。",
     "（责任县领导：何建东；国省道由县公路事业发展中心牵头，县乡道由县交通运输局牵头，村道由各乡镇人民政府负责，县自然资源局、县城市管理局配合）")
task("13", "整治货运车辆抛洒滴漏和渣土车违规运输行为，渣土运输车辆全部实行密闭化运输和定位监控。",
     "（责任县领导：孙浩；责任单位：县公安局交通警察大队、县城市管理局、县交通运输局、县住房和城乡建设局）")
task("14", "加强城区学校、医院周边交通秩序管理，上下学和就诊高峰时段落实疏导力量，规范设置接送区和临时停车区。",
     "（责任县领导：林秀梅、孙浩；涉及学校周边的，由县教育局牵头；涉及医院周边的，由县卫生健康局牵头；县公安局交通警察大队、县城市管理局配合）")

para("四、水环境和生态环境整治", HT)
task("15", "深入落实河湖长制，开展河湖“清四乱”常态化整治，全县主要河道水面无成片漂浮物、岸线无垃圾堆放。",
     "（责任县领导：何建东；县级河道由县水利局负责，乡级及以下河道由各乡镇人民政府负责，市生态环境局枫漳分局、县农业农村局配合）")
task("16", "开展城区黑臭水体排查整治和雨污分流改造，完成城区雨污分流改造管网15公里，城区建成区黑臭水体动态清零。",
     "（责任县领导：周正和；牵头单位：县住房和城乡建设局；配合单位：市生态环境局枫漳分局、县水利局、城关镇人民政府）")
task("17", "推进农村生活污水治理，新增完成农村生活污水治理行政村12个，已建设施正常运行率达到90%以上。",
     "（责任县领导：何建东；建设环节由市生态环境局枫漳分局牵头，运行维护环节由各乡镇人民政府负责，县农业农村局、县财政局配合）")
task("18", "加强秸秆禁烧和综合利用，落实网格化监管，全县秸秆综合利用率达到92%以上。",
     "（责任县领导：何建东；责任单位：县农业农村局、市生态环境局枫漳分局、各乡镇人民政府）")
task("19", "开展建筑工地扬尘专项治理，严格落实施工工地“六个百分之百”防尘措施，对违规工地依法查处并公开曝光。",
     "（房屋建筑和市政工程工地由县住房和城乡建设局负责，交通工程工地由县交通运输局负责，水利工程工地由县水利局负责，市生态环境局枫漳分局配合）")

para("五、农村人居环境和老旧小区整治", HT)
task("20", "实施农村人居环境整治提升行动，深入开展村庄清洁行动“春夏秋冬”四季战役，创建美丽宜居示范村10个。",
     "（责任县领导：何建东；责任单位：县农业农村局、县住房和城乡建设局、县卫生健康局、各乡镇人民政府）")
task("21", "推进农村户厕问题摸排整改，年内完成问题户厕整改1200户，建立农村改厕长效管护机制。",
     "（责任县领导：何建东；责任单位：县农业农村局、各乡镇人民政府）")
task("22", "开展背街小巷和老旧小区环境整治，完成老旧小区改造16个，清理楼道堆物和私搭乱建。",
     "（责任县领导：周正和；有物业管理的小区由县住房和城乡建设局负责，无物业管理的老旧小区由城关镇人民政府负责，县城市管理局、国网枫漳县供电公司配合）")
task("23", "开展城区架空线缆“蜘蛛网”整治，完成主次干道架空线缆入地或规整，清除废弃线缆和线杆。",
     "（责任县领导：周正和；责任单位：县工业和信息化局、国网枫漳县供电公司、县城市管理局、各通信运营企业）")
task("24", "开展“最美街道”“最美庭院”评选活动，年内评选“最美街道”5条、“最美庭院”100户，发挥示范带动作用。",
     "（责任县领导：周正和（城区）、何建东（农村）；城区由县城市管理局负责，农村由县妇女联合会负责）")

para("六、长效管理机制", HT)
task("25", "健全城乡环境综合整治经费保障机制，将环卫保洁、设施维护等经费纳入年度财政预算，保障整治工作正常开展。",
     "（责任县领导：赵启明；责任单位：县财政局）")
task("26", "建立城乡环境综合整治“红黑榜”制度，每月对各乡镇、各责任单位整治情况进行排名通报，在县融媒体平台公开曝光。",
     "（责任单位：县城乡环境综合整治工作领导小组办公室、县融媒体中心）")
task("27", "将城乡环境综合整治工作纳入全县年度综合考核，对工作推进不力、问题整改不到位的单位进行约谈问责。",
     "（责任县领导：赵启明；责任单位：县政府办公室（县政府督查室））")

# ---- 版记 ----
para()
p = para(indent=False)
bottom_rule(p, "000000", "8")
p = para(indent=False, size=14)
p.paragraph_format.left_indent = Pt(14)
run(p, "抄送：县委办公室，县人大常委会办公室，县政协办公室。", size=14)
bottom_rule(p, "000000", "4")
p = para(indent=False)
p.paragraph_format.left_indent = Pt(14)
run(p, "枫漳县人民政府办公室　　　　　　　　　2025年3月12日印发", size=14)
bottom_rule(p, "000000", "8")

doc.save(OUT)
print(OUT)
