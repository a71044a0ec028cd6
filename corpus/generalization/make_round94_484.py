#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Notice 484: a 县政府办公室 印发 of a 行动方案 whose twenty actions (1．…) each
carry labelled, numbered sub-items （1）目标任务 （2）主要措施 [（3）年度安排]
（3）/（4）责任分工 — the responsibility sits inside a numbered sub-item of the
action, not on the action's own line."""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

NAME = "484_tongjing_xian_pinzhi_xingdong_zixiang_fengong.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name if a != "w:ascii" and a != "w:hAnsi" else
                   ("Times New Roman" if name == FS else name))
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc, text="", font=FS, size=16, bold=False, indent=True,
         align=None, color=None, before=0, after=0, exact=28.95):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        pf.alignment = align
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def runs(doc, parts, indent=True):
    """parts: list of (text, font, bold)"""
    p = para(doc, indent=indent)
    for text, font, bold in parts:
        r = p.add_run(text)
        set_font(r, font, 16, bold)
    return p


def border(p, side, color="FF0000", sz=12, space=1):
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
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._element.append(b)
    r = p.add_run()
    set_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    r = p.add_run()
    set_font(r, "宋体", 14)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r._element.append(s)
    r = p.add_run("1")
    set_font(r, "宋体", 14)
    r = p.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._element.append(e)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def page_break(doc):
    p = doc.add_paragraph()
    r = p.add_run()
    br = OxmlElement("w:br")
    br.set(qn("w:type"), "page")
    r._element.append(br)


# ------------------------------------------------------------------ content
GROUPS = [
    ("（一）城市功能完善行动", [
        ("城区路网畅通和停车设施提升行动", [
            ("目标任务", "到2027年，打通城区“断头路”8条，新改建城市道路15公里，新增公共停车泊位3000个以上，城区主干道高峰时段平均车速提高10%。"),
            ("主要措施", "①实施金桥路西延、纬三路贯通等项目，加快城东片区路网建设；②对城区23处拥堵节点开展渠化改造，优化信号灯配时；③利用边角地、闲置地建设立体停车场和临时停车场，推动机关企事业单位停车泊位错时共享。"),
        ], "牵头县领导：韩志远；牵头单位：县住建局；配合单位：县交通运输局、县自然资源局、县公安局交警大队、城关街道办事处。"),
        ("老旧小区和背街小巷改造提升行动", [
            ("目标任务", "三年改造2000年底前建成的老旧小区46个、惠及居民8600户，整治背街小巷62条。"),
            ("主要措施", "坚持“一小区一方案”，重点改造水电气路、屋面防水和适老化设施，同步推进加装电梯、充电桩和便民服务设施建设；背街小巷实施路面硬化、雨污分流、杆线规整和立面整治。"),
            ("年度安排", "2025年改造老旧小区15个、背街小巷20条；2026年改造老旧小区16个、背街小巷22条；2027年改造老旧小区15个、背街小巷20条。"),
        ], "牵头县领导：韩志远；牵头单位：县住建局；配合单位：县发展和改革局、县财政局、城关街道办事处、凤鸣街道办事处。"),
        ("城市地下管网更新改造和排水防涝能力提升行动", [
            ("目标任务", "到2027年，完成城区老旧燃气、供水、排水管网更新改造120公里，消除易涝积水点12处，城市生活污水集中收集率达到75%以上。"),
            ("主要措施", "开展地下管网普查，建立管网地理信息系统；实施雨污分流改造和污水处理厂提标扩容工程；加快建设城北排涝泵站，完善城区防洪排涝应急预案。"),
        ], "牵头县领导：韩志远；牵头单位：县住建局、县水利局；配合单位：县城管执法局、县应急管理局、桐泾县自来水有限公司。"),
        ("城市公园绿地和滨水空间建设提升行动", [
            ("目标任务", "新建口袋公园20个、城市绿道25公里，建成桐溪滨水公园二期，城区人均公园绿地面积达到14平方米。"),
            ("主要措施", "推进“300米见绿、500米见园”，利用拆违腾退空间建设口袋公园；沿桐溪两岸贯通滨水步道，配建休憩、健身和公共卫生间设施。"),
        ], "牵头县领导：孟凡东；牵头单位：县城管执法局；配合单位：县自然资源局、县林业局、县水利局、县文化广电旅游体育局。"),
    ]),
    ("（二）城市管理精细化行动", [
        ("市容环境秩序综合整治提升行动", [
            ("目标任务", "到2025年底，城区主次干道占道经营、乱搭乱建、乱贴乱画等问题基本消除；到2027年，建成市容示范街区10条。"),
            ("主要措施", "推行“街长制”，划定城区网格126个；规范设置夜市、早市和临时摊点疏导区；联合县公安局、县市场监管局开展夜间经济区域秩序整治，严查渣土车抛洒滴漏。"),
        ], "牵头县领导：孟凡东；牵头单位：县城管执法局；配合单位：县市场监管局、县公安局、县交通运输局、城关街道办事处、凤鸣街道办事处。"),
        ("生活垃圾分类和环卫保洁水平提升行动", [
            ("目标任务", "到2027年，城区生活垃圾分类覆盖率达到100%，农村生活垃圾收运处置体系行政村覆盖率保持100%，城区主次干道机械化清扫率达到90%。"),
            ("主要措施", "建成县餐厨垃圾处理中心和大件垃圾拆解中心；推行环卫作业市场化改革，实施“以克论净”考核；完善“户分类、村收集、镇转运、县处理”体系。"),
        ], "牵头县领导：孟凡东；牵头单位：县城管执法局；配合单位：县商务局、市生态环境局桐泾分局、各乡镇人民政府（街道办事处）。"),
        ("智慧城管和数字化治理能力提升行动", [
            ("目标任务", "2025年底前建成县城市运行管理服务平台，到2027年实现市政设施、燃气、桥梁、排水等重点领域运行监测全覆盖。"),
            ("主要措施", "整合数字城管、雪亮工程、智慧停车等系统数据，推进“一网统管”；在城区重点路段布设物联感知设备，建立问题发现、派单、处置、核查闭环机制。"),
        ], "牵头县领导：孟凡东、邵立新；牵头单位：县城管执法局、县数据资源局；配合单位：县公安局、县住建局、县财政局。"),
        ("物业服务管理质量和住宅小区治理提升行动", [
            ("目标任务", "到2027年，城区住宅小区物业服务覆盖率达到90%以上，业主委员会（物业管理委员会）组建率达到80%以上。"),
            ("主要措施", "推行“红色物业”，将物业服务纳入社区治理体系；对无物业老旧小区实行街道兜底、社区托管；开展物业服务质量星级评定，建立物业企业信用档案。"),
            ("年度安排", "2025年完成无物业小区摸底并制定分类管理办法；2026年物业服务覆盖率达到80%；2027年全面达到目标要求。"),
        ], "牵头县领导：韩志远；牵头单位：县住建局；配合单位：县民政局、县市场监管局、城关街道办事处、凤鸣街道办事处。"),
    ]),
    ("（三）乡村面貌提升行动", [
        ("农村人居环境整治和美丽庭院创建行动", [
            ("目标任务", "到2027年，农村卫生厕所普及率达到92%，生活污水治理率达到45%，创建省级美丽宜居村庄15个、美丽庭院示范户3000户。"),
            ("主要措施", "分类推进农村改厕和厕所粪污资源化利用；以乡镇为单元推进农村生活污水治理；开展“清脏、治乱、拆违、增绿”村庄清洁行动，每季度组织一次评比。"),
        ], ["牵头县领导：钱晓玲", "牵头单位：县农业农村局",
            "配合单位：市生态环境局桐泾分局、县卫生健康局、县妇联、各乡镇人民政府"]),
        ("农村公路提档升级和城乡客运一体化行动", [
            ("目标任务", "三年新改建农村公路180公里，实施危桥改造22座，具备条件的建制村通客车率保持100%，城乡交通运输一体化发展水平达到4A级。"),
            ("主要措施", "推进“四好农村路”示范创建，实施窄路基路面拓宽改造；优化城乡客运线路，发展农村客货邮融合；落实县、乡、村三级路长制。"),
        ], ["牵头县领导：钱晓玲、韩志远", "牵头单位：县交通运输局",
            "配合单位：县财政局、县自然资源局、县邮政分公司、各乡镇人民政府"]),
        ("农村供水保障和水系连通治理行动", [
            ("目标任务", "到2027年，农村自来水普及率达到95%，规模化供水工程覆盖农村人口比例达到75%，完成桐溪、白沙河等中小河流治理38公里。"),
            ("主要措施", "实施城乡供水一体化工程，推进小型供水工程标准化改造；开展水系连通及水美乡村建设，落实农村供水工程管护主体和经费。"),
        ], ["牵头县领导：钱晓玲", "牵头单位：县水利局",
            "配合单位：县卫生健康局、市生态环境局桐泾分局、桐泾县自来水有限公司、各乡镇人民政府"]),
        ("传统村落保护和乡村风貌管控行动", [
            ("目标任务", "完成全县17个中国传统村落、省级传统村落保护发展规划修编，新建农房设计通用图集推广应用率达到80%。"),
            ("主要措施", "实行传统村落挂牌保护，建立传统建筑保护名录；编制乡村风貌导则，推行农房建设“带图审批”；培育乡村建设工匠队伍。"),
            ("年度安排", "2025年完成规划修编和保护名录建立；2026年完成10个村落环境整治；2027年全面完成保护利用任务。"),
        ], ["牵头县领导：钱晓玲", "牵头单位：县住建局、县文化广电旅游体育局",
            "配合单位：县自然资源局、县农业农村局、有关乡镇人民政府"]),
    ]),
    ("（四）公共服务优化行动", [
        ("优质教育资源扩容提质行动", [
            ("目标任务", "到2027年，新建、改扩建中小学和幼儿园12所，新增学位6500个，城区中小学大班额全部消除，公办园在园幼儿占比达到60%以上。"),
            ("主要措施", "加快桐泾二中新校区、城东小学等项目建设；推进集团化办学，组建城乡教育共同体8个；实施乡村教师支持计划。"),
        ], "牵头县领导：徐卫华；牵头单位：县教育局；配合单位：县发展和改革局、县财政局、县自然资源局、县住建局。"),
        ("县域医疗卫生服务能力提升行动", [
            ("目标任务", "县人民医院创建三级医院，县中医医院达到二级甲等标准，建成紧密型县域医共体，县域内就诊率达到90%。"),
            ("主要措施", "推动县人民医院胸痛、卒中、创伤等五大中心建设；完善乡镇卫生院和村卫生室服务网络，推进基层检查、上级诊断和结果互认。"),
        ], "牵头县领导：徐卫华；牵头单位：县卫生健康局；配合单位：县医疗保障局、县人民医院、县中医医院。"),
        ("“一老一小”服务设施完善行动", [
            ("目标任务", "到2027年，街道综合养老服务中心覆盖率达到100%，乡镇区域养老服务中心达到8个，每千人口拥有3岁以下婴幼儿托位数达到4.5个。"),
            ("主要措施", "新建小区按标准配建养老服务和托育设施；推进公办养老机构改革和普惠托育服务试点；实施特殊困难老年人家庭适老化改造600户。"),
        ], "牵头县领导：徐卫华；牵头单位：县民政局、县卫生健康局；配合单位：县住建局、县妇联、各乡镇人民政府（街道办事处）。"),
        ("全民健身和公共文化设施提升行动", [
            ("目标任务", "建成县全民健身中心，新建社区多功能运动场15个、城市书房10个，人均体育场地面积达到2.8平方米。"),
            ("主要措施", "依托县图书馆、县文化馆建设城市书房和文化驿站；推动学校体育场地设施向社会开放；利用公园绿地嵌入式建设健身设施。"),
        ], "牵头县领导：徐卫华；牵头单位：县文化广电旅游体育局；配合单位：县教育局、县住建局、县城管执法局。"),
    ]),
    ("（五）安全韧性和共建共享行动", [
        ("城乡燃气和自建房安全隐患整治行动", [
            ("目标任务", "2025年底前完成城镇燃气用户安全检查全覆盖，2026年底前完成经营性自建房安全隐患整治，到2027年建立常态化安全管理机制。"),
            ("主要措施", "推进瓶装液化气用户“换管、换阀、装报警器”；对经营性自建房逐栋建档、分类处置；严厉打击违规改扩建和违法经营行为。"),
            ("年度安排", "2025年完成排查建档；2026年完成隐患整治；2027年开展“回头看”并建立长效机制。"),
        ], "牵头县领导：韩志远；牵头单位：县住建局；配合单位：县应急管理局、县市场监管局、县消防救援大队、各乡镇人民政府（街道办事处）。"),
        ("城乡交通安全和道路秩序治理行动", [
            ("目标任务", "到2027年，道路交通事故万车死亡率下降15%，国省道穿村镇路段安全设施完善率达到100%。"),
            ("主要措施", "常态化开展“一盔一带”、酒驾醉驾、超限超载等专项整治；完善农村道路“两站两员”交通安全劝导体系。"),
        ], "牵头县领导：邵立新；责任单位：县公安局。"),
        ("一刻钟便民生活圈建设行动", [
            ("目标任务", "到2027年，城区建成一刻钟便民生活圈12个，每个生活圈配齐菜市场、便利店、早餐店等基本保障类业态。"),
            ("主要措施", "实施农贸市场标准化改造，引导品牌连锁便利店进社区；在老旧小区改造中同步配建便民服务设施。"),
        ], "牵头县领导：孟凡东；牵头单位：县商务局；配合单位：县住建局、县市场监管局、城关街道办事处、凤鸣街道办事处。"),
        ("城乡品质提升宣传和群众参与行动", [
            ("目标任务", "群众对城乡品质提升工作的知晓率、参与率、满意率分别达到95%、80%、90%以上。"),
            ("主要措施", "开设“品质桐泾”专栏，组织“我为城乡品质提升献一策”活动；建立市民体验官和“随手拍”有奖举报制度。"),
        ], "牵头县领导：曹雪；牵头单位：县委宣传部；配合单位：县融媒体中心、县住建局、团县委、县城管执法局。"),
    ]),
]



def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(20)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    page_number_footer(sec)

    # 版头
    para(doc, "", indent=False)
    para(doc, "桐泾县人民政府办公室文件", XBS, 30, indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER, color="FF0000", exact=40, before=40)
    para(doc, "", indent=False)
    p = para(doc, "桐政办发〔2025〕9号", FS, 16, indent=False,
             align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    border(p, "bottom", "FF0000", 18, 8)
    para(doc, "", indent=False)
    para(doc, "桐泾县人民政府办公室", XBS, 22, indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER, exact=35)
    para(doc, "关于印发《桐泾县城乡品质提升“二十项行动”", XBS, 22,
         indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, exact=35)
    para(doc, "实施方案（2025—2027年）》的通知", XBS, 22, indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER, exact=35)
    para(doc, "", indent=False)
    para(doc, "各乡镇人民政府、街道办事处，县政府各部门，县直各单位：",
         indent=False)
    para(doc, "《桐泾县城乡品质提升“二十项行动”实施方案（2025—2027年）》"
              "已经县政府第41次常务会议审议通过，现印发给你们，请认真抓好"
              "贯彻落实。")
    para(doc, "各项行动的牵头县领导要加强统筹调度，及时研究解决推进中的重大"
              "问题；牵头单位要切实履行牵头抓总职责，会同配合单位细化年度"
              "工作计划，明确项目清单、时间节点和责任人，于2025年4月10日前"
              "报县城乡品质提升行动领导小组办公室（设在县住建局）；配合单位"
              "要按照职责分工主动对接、密切配合，形成工作合力。各牵头单位"
              "每季度末月25日前报送行动推进情况，县政府督查室将定期开展督查，"
              "督查结果纳入年度综合考核。")
    para(doc, "")
    para(doc, "")
    para(doc, "桐泾县人民政府办公室", indent=False,
         align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(64)
    para(doc, "2025年3月18日", indent=False,
         align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）")
    page_break(doc)

    # 方案
    para(doc, "桐泾县城乡品质提升“二十项行动”实施方案", XBS, 22,
         indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, exact=35)
    para(doc, "（2025—2027年）", KT, 16, indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    para(doc, "为深入践行人民城市理念，加快补齐城乡功能短板，全面提升城乡"
              "建设管理水平和群众生活品质，根据《中共桐泾县委关于推进城乡"
              "品质提升的决定》，结合我县实际，制定本方案。")
    para(doc, "一、总体要求", HT)
    para(doc, "坚持以人民为中心的发展思想，坚持城乡统筹、规划引领、项目支撑、"
              "共建共享，以城市更新和乡村建设为抓手，集中实施城乡品质提升"
              "“二十项行动”，着力解决群众急难愁盼问题。到2027年，城乡基础"
              "设施更加完善，公共服务更加均衡，人居环境明显改善，城乡治理"
              "效能显著提升，群众获得感、幸福感、安全感持续增强。")
    para(doc, "二、重点行动", HT)
    para(doc, "围绕补短板、强功能、提品质，分五大类实施二十项行动。")
    n = 0
    for gtitle, acts in GROUPS:
        para(doc, gtitle, KT)
        for title, subs, duty in acts:
            n += 1
            para(doc, "%d．%s" % (n, title), FS, 16, bold=True)
            k = 0
            for label, text in subs:
                k += 1
                para(doc, "（%d）%s。%s" % (k, label, text))
            k += 1
            if isinstance(duty, list):
                para(doc, "（%d）责任分工。" % k)
                for line in duty:
                    para(doc, line)
            else:
                para(doc, "（%d）责任分工。%s" % (k, duty))
    para(doc, "三、保障措施", HT)
    runs(doc, [("（一）加强组织领导。", KT, False),
               ("成立县城乡品质提升行动领导小组，由县长任组长，常务副县长和"
                "分管副县长任副组长，相关部门和乡镇（街道）主要负责同志为成员，"
                "统筹推进各项行动。领导小组办公室设在县住建局，负责日常调度、"
                "信息汇总和综合协调。", FS, False)])
    runs(doc, [("（二）强化要素保障。", KT, False),
               ("统筹整合中央预算内投资、地方政府专项债券和各类涉农资金，"
                "积极引入社会资本参与城乡品质提升项目建设运营；优先保障重点"
                "项目用地需求，建立项目审批绿色通道。", FS, False)])
    runs(doc, [("（三）严格督查考核。", KT, False),
               ("实行“月调度、季通报、年考核”，对推进有力、成效明显的单位"
                "予以通报表扬，对工作滞后、推诿扯皮的单位进行约谈问责。县政府"
                "督查室将各项行动纳入重点督查事项，全程跟踪问效。", FS, False)])
    para(doc, "")
    para(doc, "")
    # 版记
    p = para(doc, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，"
                  "县检察院，县人武部。", FS, 14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(0)
    border(p, "top", "000000", 8, 1)
    border(p, "bottom", "000000", 4, 1)
    p = para(doc, "桐泾县人民政府办公室　　　　　　　　　2025年3月18日印发",
             FS, 14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "bottom", "000000", 8, 1)
    doc.core_properties.author = "县政府办公室"
    doc.core_properties.title = ""
    doc.save(OUT)
    return n


if __name__ == "__main__":
    print(build(), "actions ->", OUT)
