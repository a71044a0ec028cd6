#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Notice 569: a 县政府办 red-header Word notice whose 分工方案 gives, under each
task, a 责任单位及分工 block: one paragraph per unit (or per pair of units) in
the form `单位：职责` — the lead marked by 牵头 inside its duty, by （牵头）
before the colon, or only by order (the cover's rule)."""
import os

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

NAME = "569_diyuan_xian_chengzhenhua_danwei_zhize_fengong.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)

doc = Document()

# ---------------------------------------------------------------- page setup
sec = doc.sections[0]
sec.page_height = Cm(29.7)
sec.page_width = Cm(21.0)
sec.top_margin = Cm(3.7)
sec.bottom_margin = Cm(3.5)
sec.left_margin = Cm(2.8)
sec.right_margin = Cm(2.6)
sec.footer_distance = Cm(2.8)

st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
st.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
st.paragraph_format.line_spacing = Pt(28.9)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.space_after = Pt(0)


def run(p, text, font=FS, size=16, bold=False, color=None):
    r = p.add_run(text)
    r.font.name = font
    r.font.size = Pt(size)
    r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    r.bold = bold
    if color is not None:
        r.font.color.rgb = color
    return r


def para(text="", font=FS, size=16, indent=True, align=None, bold=False,
         color=None):
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        run(p, text, font, size, bold, color)
    return p


def bottom_border(p, color="FF0000", sz="18"):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    pPr.append(bdr)


def page_break():
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


# footer: — N —
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(fp, "— ", "宋体", 14)
r = fp.add_run()
r.font.size = Pt(14)
for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None),
                  (None, "1"), ("end", None)):
    if kind:
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), kind)
        r._element.append(fc)
    else:
        if txt.strip() == "PAGE":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = txt
            r._element.append(t)
run(fp, " —", "宋体", 14)

# ---------------------------------------------------------------- 版头
for _ in range(2):
    para(indent=False)
p = para("棣原县人民政府办公室文件", XBS, 36, indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER, color=RED)
p.paragraph_format.line_spacing = Pt(60)
para(indent=False)
p = para("棣政办发〔2025〕11号", FS, 16, indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER)
bottom_border(p)
para(indent=False)

t1 = para("棣原县人民政府办公室", XBS, 22, indent=False,
          align=WD_ALIGN_PARAGRAPH.CENTER)
t1.paragraph_format.line_spacing = Pt(36)
t2 = para("关于印发《棣原县2025年推进以县城为重要载体的新型城镇化建设重点任务分工方案》的通知",
          XBS, 22, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
t2.paragraph_format.line_spacing = Pt(36)
para(indent=False)

para("各乡镇人民政府、街道办事处，县政府各部门，县直有关单位：", indent=False)

para("为深入实施以人为本的新型城镇化战略，扎实推进以县城为重要载体的城镇化建设，"
     "根据《棣原县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》和"
     "2025年县政府工作报告安排，县发展和改革局会同有关单位研究制定了"
     "《棣原县2025年推进以县城为重要载体的新型城镇化建设重点任务分工方案》。"
     "经县政府同意，现印发给你们，并就有关事项通知如下：")

p = para()
run(p, "一、压实工作责任。", HT)
run(p, "方案对每项任务明确了责任县领导、责任单位，并逐一列明各责任单位的具体职责。"
       "各项任务“责任单位及分工”中，注明“牵头”的单位为牵头单位，负责统筹推进、"
       "协调调度和汇总报送工作进展；未注明“牵头”的，排在第一位的单位为牵头单位；"
       "其余单位为配合单位，按照所列职责抓好落实，不得推诿扯皮。")
p = para()
run(p, "二、细化推进措施。", HT)
run(p, "各牵头单位要会同配合单位于2025年3月31日前制定具体工作推进计划，"
       "明确时间表、路线图，报县发展和改革局备案。")
p = para()
run(p, "三、加强调度督办。", HT)
run(p, "各牵头单位于每季度最后一个月25日前将工作进展情况报县发展和改革局（联系人："
       "何静，电话：0739—6212375，邮箱：dyxfgjghk@163.com），"
       "县政府督查室将适时开展专项督查，督查结果纳入年度绩效考核。")
para(indent=False)
p = para(indent=True)
run(p, "附件：棣原县2025年推进以县城为重要载体的新型城镇化建设重点任务分工方案")
para(indent=False)
para(indent=False)
para("棣原县人民政府办公室", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
para("2025年3月14日　　　", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
para("（此件公开发布）")

# ---------------------------------------------------------------- 附件
page_break()
para("附件", HT, 16, indent=False)
para(indent=False)
for line in ("棣原县2025年推进以县城为重要载体的", "新型城镇化建设重点任务分工方案"):
    p = para(line, XBS, 22, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    p.paragraph_format.line_spacing = Pt(36)
para(indent=False)

para("为加快补齐县城短板弱项，增强县城综合承载能力，推动以县城为重要载体的新型城镇化建设"
     "取得新成效，制定本方案。")
para("一、总体目标", HT)
para("到2025年底，全县常住人口城镇化率达到53.5%以上，县城常住人口达到18.6万人，"
     "县城基础设施和公共服务短板进一步补齐，产业支撑能力和综合承载能力明显增强，"
     "城乡融合发展体制机制更加健全。")
para("二、重点任务及责任分工", HT)

# Each task: (number, bold title, rest, leaders or None, [unit lines], deadline)
# A unit line is (unit text before the colon, duty after it).
PARTS = [
    ("（一）推进县城产业配套设施提质增效", [
        (1, "提升产业园区承载能力。",
         "加快棣原经济开发区标准厂房、污水集中处理设施和公共仓储建设，全年新建标准厂房12万平方米，园区亩均税收增长8%以上。",
         "周立新",
         [("棣原经济开发区管委会", "牵头负责园区规划调整、项目建设和招商运营；"),
          ("县发展和改革局", "负责园区基础设施项目申报，争取中央预算内投资和地方政府专项债券支持；"),
          ("县自然资源局", "负责保障园区新增建设用地指标，加快办理用地手续；"),
          ("县生态环境局", "负责园区规划环评和污水集中处理设施环评审批。")],
         "2025年12月底"),
        (2, "完善县城商贸流通设施。",
         "改造提升城北农贸市场和城南农产品批发市场，新建县级物流配送中心1个，推动快递物流共同配送。",
         "沈秋云",
         [("县商务局", "牵头负责市场改造提升和县级物流配送中心建设；"),
          ("县交通运输局", "负责统筹县域快递物流资源，推动快递企业共同配送和末端网点整合；"),
          ("县市场监督管理局", "负责农贸市场食品安全和计量器具监管；"),
          ("县住房和城乡建设局", "配合县商务局做好市场改造项目施工许可办理。")],
         "2025年11月底"),
        (3, "推动消费基础设施建设。",
         "改造提升县城步行街（商业街）2条，新增城市一刻钟便民生活圈3个，规范发展夜间经济集聚区。",
         "沈秋云",
         [("县商务局、县文化旅游广电体育局", "共同牵头，负责步行街改造提升、便民生活圈建设和夜间经济集聚区培育；"),
          ("县城市管理和综合执法局", "负责夜间经济集聚区占道经营规范管理和环境卫生保洁；"),
          ("城关街道办事处", "负责辖区商户组织动员和日常服务。")],
         "2025年12月底"),
        (4, "加快发展数字经济。",
         "新建5G基站180个，推进县城重点区域千兆光网全覆盖，培育数字化车间5个。",
         "周立新",
         [("县工业和信息化局", "负责5G基站建设协调、千兆光网建设推进和数字化车间培育；"),
          ("县政务服务和数据管理局", "负责公共数据资源开放和县域数字基础设施统筹。")],
         "2025年12月底"),
        (5, "加强县城统计监测。",
         "建立县城新型城镇化统计监测指标体系，按季度开展常住人口、城镇化率等指标监测分析。",
         "周立新",
         [("县统计局", "负责建立统计监测指标体系，按季度开展监测分析并报送结果。")],
         "2025年6月底前建立指标体系，此后按季度报送"),
    ]),
    ("（二）推进县城市政公用设施提档升级", [
        (6, "加快城镇老旧小区改造。",
         "启动改造城镇老旧小区32个、涉及居民3860户，同步推进加装电梯、完善养老托育等配套设施。",
         "吴建军",
         [("县住房和城乡建设局", "牵头负责制定年度改造计划，组织项目实施和竣工验收；"),
          ("县财政局", "负责争取中央和省级补助资金，统筹落实县级配套资金；"),
          ("县发展和改革局", "负责老旧小区改造项目立项审批和中央预算内投资申报；"),
          ("城关街道办事处、龙潭街道办事处", "负责入户动员、意见征集和施工协调；"),
          ("国网棣原县供电公司", "负责小区供电线路改造和配电设施迁改。")],
         "2025年12月底"),
        (7, "推进县城道路畅通工程。",
         "实施滨河东路延伸、迎宾大道改造等道路项目6个，打通断头路3条，新增公共停车泊位1200个。",
         "吴建军、唐国栋",
         [("县住房和城乡建设局", "牵头负责城区道路项目建设和断头路打通；"),
          ("县交通运输局", "负责国省道过境段改造与城区道路衔接；"),
          ("县自然资源局", "负责道路项目规划许可和用地保障；"),
          ("县公安局交通警察大队", "负责公共停车泊位规划设置和交通组织优化。")],
         "2025年12月底"),
        (8, "提升县城供水保障能力。",
         "实施城区第二水厂扩建和老旧供水管网改造，改造管网35公里，城区公共供水管网漏损率控制在9%以内。",
         "唐国栋",
         [("县水利局", "牵头，负责第二水厂扩建工程和饮用水水源地保护；"),
          ("县住房和城乡建设局", "负责老旧供水管网改造和城区供水企业监管；"),
          ("县卫生健康局", "负责城区供水水质卫生监督监测。")],
         "2025年12月底"),
        (9, "推进城市燃气管道等老化更新改造。",
         "完成燃气、供热等老化管道更新改造48公里，全面排查整治燃气安全隐患。",
         "吴建军",
         [("县住房和城乡建设局", "负责燃气、供热老化管道更新改造和燃气经营企业监管；"),
          ("县应急管理局", "负责督促燃气企业落实安全生产主体责任；"),
          ("县市场监督管理局", "负责燃气压力管道和燃气器具产品质量监管；"),
          ("各乡镇（街道）", "负责辖区燃气安全隐患排查整治。")],
         "2025年10月底"),
        (10, "推进城市排水防涝设施建设。",
         "实施城区雨污分流改造12公里，整治易涝点位9处，新建雨水调蓄池2座。",
         "吴建军、唐国栋",
         [("县住房和城乡建设局", "牵头负责雨污分流改造和雨水调蓄池建设；"),
          ("县水利局", "负责城区河道疏浚和排涝泵站运行管理；"),
          ("县城市管理和综合执法局", "负责易涝点位巡查和汛期应急排水；"),
          ("县气象局", "负责暴雨预警信息发布。")],
         "2025年5月底前完成易涝点位整治，其余任务12月底前完成"),
        (11, "推进智慧城市建设。",
         "建设县城运行管理服务平台，整合城市管理、市政设施、应急管理等数据资源，实现“一网统管”。",
         "吴建军",
         [("县城市管理和综合执法局", "牵头负责县城运行管理服务平台建设和运行维护；"),
          ("县政务服务和数据管理局", "负责数据资源归集共享和平台对接；"),
          ("其他县直有关单位", "按职责做好数据共享和业务协同。")],
         "2025年12月底"),
    ]),
    ("（三）推进县城公共服务设施提标扩面（责任县领导：刘芳）", [
        (12, "扩大普惠性学前教育资源。",
         "新建、改扩建城区公办幼儿园3所，新增学位1080个，城区公办园在园幼儿占比达到55%。",
         None,
         [("县教育局", "牵头负责幼儿园建设和学位供给；"),
          ("县自然资源局", "负责幼儿园建设用地供应；"),
          ("县住房和城乡建设局", "负责新建住宅小区配套幼儿园规划建设和移交监管。")],
         "2025年8月底"),
        (13, "推进县城义务教育学校扩容。",
         "建成城东中学、滨河小学，新增学位3600个，基本消除城区义务教育大班额。",
         None,
         [("县教育局", "负责学校建设、教师配备和招生入学；"),
          ("县财政局", "负责落实学校建设资金和教师经费保障；"),
          ("县委机构编制委员会办公室", "负责统筹调配中小学教职工编制。")],
         "2025年8月底"),
        (14, "提升县级医院综合能力。",
         "推进县人民医院新院区二期、县中医院康复楼建设，县人民医院达到三级医院服务能力。",
         None,
         [("县卫生健康局（牵头）", "负责县级医院能力提升和项目建设统筹；"),
          ("县人民医院、县中医院", "负责本院项目建设、学科建设和人才引进；"),
          ("县医疗保障局", "负责医保支付方式改革和医疗服务价格调整。")],
         "2025年12月底"),
        (15, "完善养老托育服务设施。",
         "新建城区社区嵌入式养老服务机构4个、普惠托育机构2个，新增托位300个。",
         None,
         [("县民政局", "负责社区嵌入式养老服务机构建设和运营监管；"),
          ("县卫生健康局", "负责普惠托育机构建设和托育服务指导；"),
          ("县住房和城乡建设局", "负责新建住宅小区养老托育服务设施配建监管；"),
          ("城关街道办事处、龙潭街道办事处", "负责提供设施场地和日常服务管理。")],
         "2025年12月底"),
        (16, "建设县城文化体育设施。",
         "建成县文化艺术中心，新建城市社区嵌入式健身场地8处、口袋公园6个。",
         None,
         [("县文化旅游广电体育局", "牵头负责文化艺术中心建设和健身场地布局建设；"),
          ("县城市管理和综合执法局", "负责口袋公园建设和管护；"),
          ("县自然资源局", "负责健身场地、口袋公园用地规划保障。")],
         "2025年10月底"),
    ]),
    ("（四）推进县城环境基础设施提级扩能", [
        (17, "完善生活垃圾分类处理设施。",
         "城区生活垃圾分类覆盖率达到90%以上，建成厨余垃圾处理厂1座。",
         "吴建军",
         [("县城市管理和综合执法局", "牵头负责生活垃圾分类工作推进和厨余垃圾处理厂建设运营；"),
          ("县发展和改革局", "负责生活垃圾处理收费政策制定；"),
          ("县教育局、县机关事务服务中心", "负责学校、党政机关生活垃圾分类示范创建；"),
          ("各乡镇（街道）", "负责辖区生活垃圾分类组织实施。")],
         "2025年12月底"),
        (18, "提升污水收集处理能力。",
         "实施城区污水处理厂提标扩容，新建污水管网18公里，城区生活污水集中收集率达到75%。",
         "吴建军",
         [("县住房和城乡建设局", "牵头负责污水处理厂提标扩容和配套管网建设；"),
          ("县生态环境局", "负责污水处理厂出水水质监督性监测；"),
          ("县发展和改革局", "负责污水处理收费标准动态调整。")],
         "2025年12月底"),
        (19, "推进医疗废物和危险废物集中处置。",
         "完善县域医疗废物收集转运处置体系，实现乡镇卫生院医疗废物规范处置全覆盖。",
         "刘芳、马骏",
         [("县生态环境局、县卫生健康局", "共同牵头，按职责分别负责危险废物和医疗废物收集处置监管；"),
          ("县交通运输局", "负责危险废物道路运输车辆和驾驶人员资质监管。")],
         "2025年11月底"),
        (20, "开展城区黑臭水体和河道综合治理。",
         "完成滨河、青龙渠综合治理，巩固城区黑臭水体治理成效。",
         "马骏",
         [("县生态环境局", "负责黑臭水体排查监测和治理成效评估；"),
          ("县水利局", "负责滨河、青龙渠河道综合治理工程建设；"),
          ("县住房和城乡建设局", "负责沿河截污纳管工程建设；"),
          ("县农业农村局", "负责上游农业面源污染治理。")],
         "2025年12月底"),
        (21, "加强县城园林绿化建设。",
         "新增城区绿地面积15万平方米，建设城市绿道12公里。",
         "吴建军",
         [("县城市管理和综合执法局", "负责城区公园绿地、城市绿道建设和养护管理。")],
         "2025年12月底"),
    ]),
    ("（五）推进城乡融合发展", [
        (22, "推进农业转移人口市民化。",
         "全面放开县城落户限制，推动城镇基本公共服务覆盖全部常住人口，全年新增城镇落户4500人。",
         "周立新",
         [("县公安局", "牵头负责户籍制度改革和落户服务；"),
          ("县教育局", "负责随迁子女入学保障；"),
          ("县人力资源和社会保障局", "负责农业转移人口职业技能培训和社会保险参保服务；"),
          ("县住房和城乡建设局", "负责将符合条件的新市民纳入住房保障范围；"),
          ("县发展和改革局", "配合县公安局做好农业转移人口市民化统筹协调和政策评估。")],
         "2025年12月底"),
        (23, "推动城乡基础设施一体化。",
         "实施农村公路提质改造120公里，推进城乡供水一体化，农村自来水普及率达到95%。",
         "唐国栋",
         [("县交通运输局", "牵头负责农村公路提质改造；"),
          ("县水利局", "牵头负责城乡供水一体化工程建设；"),
          ("各乡镇人民政府", "负责项目征地拆迁和施工环境保障。")],
         "2025年12月底"),
        (24, "发展县域特色产业。",
         "壮大优质粮油、中药材、预制菜等特色产业，新培育市级以上农业产业化龙头企业6家。",
         "马骏",
         [("县农业农村局", "牵头负责特色产业发展规划和龙头企业培育；"),
          ("县林业局", "负责林下中药材种植基地建设；"),
          ("县商务局", "负责预制菜企业招商和产品市场开拓，配合县农业农村局做好农产品品牌推广。")],
         "2025年12月底"),
        (25, "促进农业转移人口就近就业。",
         "新增城镇就业3200人，开展农民工职业技能培训4000人次。",
         "刘芳",
         [("县人力资源和社会保障局", "牵头负责就业促进和职业技能培训；"),
          ("县总工会、团县委、县妇联", "负责组织开展农民工、青年和妇女就业帮扶活动。")],
         "2025年12月底"),
    ]),
    ("（六）深化体制机制改革", [
        (26, "健全县城建设投融资机制。",
         "积极争取地方政府专项债券和超长期特别国债资金支持县城建设项目，规范实施政府和社会资本合作新机制。",
         "周立新",
         [("县财政局（牵头）", "负责专项债券项目资金争取和管理；"),
          ("县发展和改革局", "负责超长期特别国债项目申报和政府和社会资本合作新机制项目管理；"),
          ("棣原县城市建设投资集团有限公司", "负责县城建设项目融资和市场化运营。")],
         "2025年12月底"),
        (27, "深化土地管理制度改革。",
         "盘活城镇低效用地1200亩，推进工业用地“标准地”出让。",
         "马骏",
         [("县自然资源局", "牵头负责城镇低效用地盘活和工业用地“标准地”出让；"),
          ("棣原经济开发区管委会", "负责园区内低效用地清理处置。")],
         "2025年12月底"),
        (28, "提升县城规划建设管理水平。",
         "完成县城国土空间详细规划编制，开展城市体检，建立城市更新项目库。",
         "吴建军",
         [("县自然资源局", "负责县城国土空间详细规划编制报批；"),
          ("县住房和城乡建设局", "负责开展城市体检和城市更新项目库建设。")],
         "2025年11月底"),
    ]),
]

for heading, tasks in PARTS:
    para(heading, KT)
    for num, title, rest, leaders, units, deadline in tasks:
        p = para()
        run(p, f"{num}．")
        run(p, title, bold=True)
        run(p, rest)
        if leaders:
            p = para()
            run(p, "责任县领导：", KT, bold=True)
            run(p, leaders, KT)
        p = para()
        run(p, "责任单位及分工：", KT, bold=True)
        for unit, duty in units:
            p = para()
            run(p, unit + "：" + duty, KT)
        p = para()
        run(p, "完成时限：", KT, bold=True)
        run(p, deadline, KT)

para("三、保障措施", HT)
p = para()
run(p, "（一）加强组织领导。", KT)
run(p, "县推进新型城镇化工作领导小组负责统筹协调县城建设重大事项，领导小组办公室"
       "（设在县发展和改革局）负责日常调度和督促检查。各乡镇（街道）、各有关单位"
       "主要负责同志要亲自研究部署，分管负责同志具体抓落实。")
p = para()
run(p, "（二）强化要素保障。", KT)
run(p, "县财政局、县自然资源局要统筹资金和用地指标，优先保障县城补短板强弱项项目；"
       "县发展和改革局要建立项目储备库，实行动态管理、滚动推进。")
p = para()
run(p, "（三）严格督查考核。", KT)
run(p, "县政府督查室要将本方案确定的重点任务纳入年度重点督查事项，对推进不力、"
       "进度滞后的单位进行通报，督查结果纳入年度绩效考核。")

# ---------------------------------------------------------------- 版记
para(indent=False)
tbl = doc.add_table(rows=2, cols=1)
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER


def cell_border(cell, top=None, bottom=None):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side, val in (("top", top), ("bottom", bottom)):
        e = OxmlElement(f"w:{side}")
        if val:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), val)
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    for side in ("left", "right"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tcPr.append(b)


c0 = tbl.rows[0].cells[0]
c0.paragraphs[0].paragraph_format.first_line_indent = None
cp = c0.paragraphs[0]
cp.paragraph_format.left_indent = Pt(14)
run(cp, "抄送：县委办公室，县人大常委会办公室，县政协办公室。", FS, 14)
cell_border(c0, top="12", bottom="4")
c1 = tbl.rows[1].cells[0]
cp = c1.paragraphs[0]
cp.paragraph_format.left_indent = Pt(14)
run(cp, "棣原县人民政府办公室　　　　　　　　　2025年3月14日印发", FS, 14)
cell_border(c1, top="4", bottom="12")

doc.core_properties.author = "县政府办公室"
doc.core_properties.title = "棣政办发〔2025〕11号"
doc.save(OUT)
print("wrote", OUT)
