#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 115, notice 589: a 县政府办 Word notice printing its 2025年县政府工作要点
任务分工, the tasks without clauses, each part closing with a 楷体 “责任分工：”
paragraph that assigns several tasks at once with 分别 (respectively):
第6—8项分别由A、B、C牵头，D配合 / A、B分别牵头第16、17项 /
分别由副县长X（第16—18项）、副县长Y（第19项）负责 / two parallel 分别 lists."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

NAME = "589_mingchuan_xian_gongzuo_yaodian_fenbie_fengong.docx"
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
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc, parts, align=None, indent=True, before=0, after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(28)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    for text, font, size, bold, color in parts:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def body(doc, text, **kw):
    return para(doc, [(text, FS, 16, False, None)], **kw)


def bottom_border(p, color="FF0000", sz="18"):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def top_bottom_border(p):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "6")
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        pbdr.append(b)
    ppr.append(pbdr)


def page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    r._element.append(f1)
    r._element.append(it)
    r._element.append(f2)
    set_font(p.add_run(" —"), "宋体", 14)


PARTS = [
    ("一、坚持项目为王，持续扩大有效投资", [
        "1．抓好重大项目谋划储备。围绕国家政策支持方向和省市产业布局，滚动谋划储备重大项目150个以上，争取超长期特别国债、中央预算内投资和地方政府专项债券资金15亿元以上。",
        "2．加快重点项目建设。实施县级重点项目120个，年度计划投资125亿元，力争新开工项目60个、竣工投产项目35个，全面落实“一个项目、一名县级领导、一个工作专班”推进机制。",
        "3．深化产业链精准招商。聚焦新材料、绿色食品、现代物流三大主导产业，开展驻点招商、以商招商，全年引进亿元以上项目40个，到位县外资金80亿元以上。",
        "4．提升园区承载能力。推进茗川经济开发区扩区调区，新建标准化厂房10万平方米，完成园区污水处理厂提标改造和供热管网二期工程。",
        "5．强化项目要素保障。统筹用地、用能和资金安排，新增建设用地指标优先保障重点项目，全年处置批而未供土地1500亩、闲置土地300亩以上。",
    ], "第1项由常务副县长李振华负责，县发展和改革局牵头，县财政局配合；第2项由常务副县长李振华负责，县发展和改革局、县重点项目服务中心负责；第3、4项分别由副县长韩立新、陶建军负责，分别由县投资促进中心、茗川经济开发区管委会牵头，县工业和信息化局配合；第5项由县自然资源局牵头，县发展和改革局、县财政局配合。"),
    ("二、推动产业转型升级，壮大实体经济", [
        "6．培育壮大新材料产业。支持龙头企业延链补链，推动高性能复合材料、功能膜材料项目投产达效，新材料产业产值突破120亿元。",
        "7．增强科技创新能力。新认定高新技术企业25家、科技型中小企业80家，建成县级以上研发平台10个，全社会研发投入强度达到2.1%。",
        "8．加快发展现代物流。推进县城公铁联运物流园二期建设，完善县乡村三级物流配送体系，新增规模以上物流企业5家。",
        "9．促进数字经济发展。新建5G基站300个，推动规模以上工业企业数字化改造全覆盖，培育省级工业互联网示范项目3个。",
        "10．支持民营经济发展壮大。落实促进民营经济发展各项政策，开展“企业家接待日”活动，全年新增市场主体8000户以上。",
    ], "以上工作由副县长韩立新负责。第6—8项分别由县工业和信息化局、县科学技术局、县商务局牵头，茗川经济开发区管委会配合；第9项由县工业和信息化局牵头，县数据资源管理局配合；第10项由县发展和改革局、县工商业联合会负责。"),
    ("三、全面推进乡村振兴，加快农业农村现代化", [
        "11．稳定粮食和重要农产品生产。全年粮食播种面积稳定在62万亩以上、产量稳定在26万吨以上，新建高标准农田3.5万亩。",
        "12．巩固拓展脱贫攻坚成果。健全防止返贫动态监测和帮扶机制，脱贫人口人均纯收入增长10%以上，坚决守住不发生规模性返贫底线。",
        "13．做强茶叶特色产业。新改建标准化茶园2万亩，培育茶叶加工龙头企业3家，擦亮“茗川春芽”区域公用品牌，茶产业综合产值达到45亿元。",
        "14．推进宜居宜业和美乡村建设。新改建农村户厕3000座，行政村生活垃圾收运处置体系实现全覆盖，创建省级美丽乡村示范村5个。",
        "15．加强水利基础设施建设。开工建设青石岭水库，完成中小河流治理25公里，实施农村供水保障工程12处。",
    ], "以上工作由副县长陶建军负责。第11—13项分别由县农业农村局、县乡村振兴服务中心、县茶产业发展中心牵头，各乡镇人民政府配合；第14项由县农业农村局牵头，县住房和城乡建设局、县生态环境分局、县卫生健康局配合；第15项由县水利局负责。"),
    ("四、深化重点领域改革，持续扩大对外开放", [
        "16．深化“放管服”改革。推行“高效办成一件事”重点事项清单管理，政务服务事项全程网办率达到90%以上，企业开办时间压缩至1个工作日内。",
        "17．深化财税金融改革。推进零基预算改革，加强财政资源统筹，新增普惠小微贷款10亿元以上，不良贷款率控制在2%以内。",
        "18．推进国有企业改革。整合县属国有企业资源，推动县城投公司市场化转型，完成国有企业经理层成员任期制和契约化管理全覆盖。",
        "19．稳住外贸外资基本盘。支持企业参加境内外重点展会，扩大茶叶、新材料产品出口，全年进出口总额增长8%以上。",
    ], "县政务服务管理局、县财政局分别牵头第16、17项，县直有关单位配合；县国有资产事务服务中心牵头第18项；县商务局负责第19项。以上工作分别由常务副县长李振华（第16—18项）、副县长韩立新（第19项）负责。"),
    ("五、统筹城乡建设管理，建设美丽茗川", [
        "20．实施城市更新行动。改造老旧小区32个、城中村2个，新建改造城市道路8条，新增城市停车泊位2000个。",
        "21．完善综合交通网络。加快茗青高速公路茗川段建设，新改建农村公路120公里，实施危桥改造15座。",
        "22．深入打好蓝天保卫战。加强工业企业污染治理和扬尘管控，县城空气质量优良天数比率达到90%以上。",
        "23．全面落实河湖长制。开展河湖“清四乱”常态化规范化整治，县域地表水国控、省控断面水质优良比例保持100%。",
        "24．全面推行林长制。完成人工造林1.2万亩、森林抚育5万亩，森林覆盖率稳定在65%以上。",
    ], "第20、21项由副县长周敏负责，分别由县住房和城乡建设局、县交通运输局牵头，县自然资源局、县财政局配合；第22—24项由副县长陶建军负责，分别由县生态环境分局、县水利局、县林业局牵头，各乡镇人民政府、茗川经济开发区管委会配合。"),
    ("六、持续增进民生福祉，提升群众获得感", [
        "25．稳定和扩大就业。城镇新增就业5200人，农村劳动力转移就业2000人以上，城镇调查失业率控制在5.5%以内。",
        "26．推动教育优质均衡发展。新建改扩建中小学、幼儿园6所，新增学位3600个，启动县第二高级中学建设。",
        "27．深化医药卫生体制改革。推进紧密型县域医共体建设，县人民医院创成三级医院，落实医保支付方式改革。",
        "28．健全养老服务体系。新建城市社区嵌入式养老服务中心3个，乡镇区域养老服务中心覆盖率达到60%以上。",
        "29．繁荣发展文化旅游。办好第十届茗川春茶文化旅游节，推进青石岭景区创建国家4A级旅游景区。",
    ], "以上工作由副县长欧阳丽负责。第25、26项分别由县人力资源和社会保障局、县教育局牵头，县财政局配合；第27项由县卫生健康局、县医疗保障局共同牵头；第28、29项分别由县民政局、县文化和旅游局负责。"),
    ("七、统筹发展和安全，加强政府自身建设", [
        "30．抓好安全生产和防灾减灾。深化安全生产治本攻坚三年行动，严格落实“三管三必须”，坚决遏制较大以上生产安全事故发生。",
        "31．建设更高水平平安茗川。常态化开展扫黑除恶斗争，严厉打击电信网络诈骗等违法犯罪，群众安全感保持在98%以上。",
        "32．扎实做好信访工作。深入推进信访工作法治化，开展矛盾纠纷排查化解专项行动，初信初访一次性化解率达到90%以上。",
        "33．加快建设法治政府。严格落实重大行政决策程序，全面推行行政执法“三项制度”，行政复议纠错率保持在合理区间。",
    ], "第30—33项分别由副县长周敏、马骏、韩立新和常务副县长李振华负责，分别由县应急管理局、县公安局、县信访局、县司法局牵头，县直有关单位配合。"),
]


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    page_number_footer(sec)

    # 版头
    para(doc, [("茗川县人民政府办公室文件", XBS, 36, False, "FF0000")],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=40)
    para(doc, [("", FS, 16, False, None)], indent=False)
    p = para(doc, [("茗政办发〔2025〕7号", FS, 16, False, None)],
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=6)
    bottom_border(p)
    para(doc, [("", FS, 16, False, None)], indent=False)

    para(doc, [("茗川县人民政府办公室\n关于印发2025年县政府工作要点任务分工的通知", XBS, 22, False, None)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, [("", FS, 16, False, None)], indent=False)
    body(doc, "各乡镇人民政府，县政府各部门，县直各单位：", indent=False)
    body(doc, "《茗川县人民政府2025年工作要点》已经县政府第48次常务会议研究通过，现将各项重点工作任务分工印发给你们，请认真抓好贯彻落实。有关事项通知如下：")
    para(doc, [("一、压紧压实工作责任。", HT, 16, False, None),
               ("各项任务的责任分工列于每一部分之后的“责任分工”中。县政府领导按照分工牵头负责，牵头单位对任务落实负总责，配合单位按照职责分工积极主动配合。明确由两个及以上单位负责的，排在第一位的为牵头单位，其余为配合单位；只列一个单位的，由该单位牵头负责。", FS, 16, False, None)])
    para(doc, [("二、细化分解任务。", HT, 16, False, None),
               ("各牵头单位要于2025年3月15日前制定具体推进方案，明确时间表、路线图和责任人，报县政府办公室备案。涉及多个单位的任务，牵头单位要主动加强与配合单位的沟通协调。", FS, 16, False, None)])
    para(doc, [("三、强化督查考核。", HT, 16, False, None),
               ("县政府督查室要将工作要点任务纳入年度督查计划，实行按月调度、按季通报。各牵头单位于每季度末月25日前将工作进展情况书面报县政府督查室（联系人：程晓燕，电话：0000-6213578）。", FS, 16, False, None)])
    para(doc, [("", FS, 16, False, None)], indent=False)
    body(doc, "附件：2025年县政府工作要点任务分工")
    para(doc, [("", FS, 16, False, None)], indent=False)
    para(doc, [("", FS, 16, False, None)], indent=False)
    para(doc, [("茗川县人民政府办公室", FS, 16, False, None)],
         align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, [("2025年2月26日", FS, 16, False, None)],
         align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    body(doc, "（此件公开发布）")

    # 附件
    p = para(doc, [("附件", HT, 16, False, None)], indent=False)
    p.paragraph_format.page_break_before = True
    para(doc, [("", FS, 16, False, None)], indent=False)
    para(doc, [("2025年县政府工作要点任务分工", XBS, 22, False, None)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=12)

    for heading, tasks, duty in PARTS:
        para(doc, [(heading, HT, 16, False, None)])
        for t in tasks:
            num, rest = t.split("．", 1)
            title, more = rest.split("。", 1)
            para(doc, [(num + "．", FS, 16, False, None),
                       (title + "。", FS, 16, True, None),
                       (more, FS, 16, False, None)])
        para(doc, [("责任分工：", KT, 16, True, None), (duty, KT, 16, False, None)])

    # 版记
    para(doc, [("", FS, 16, False, None)], indent=False)
    p = para(doc, [("抄送：县委办公室，县人大常委会办公室，县政协办公室。", FS, 14, False, None)],
             indent=False)
    top_bottom_border(p)
    p = para(doc, [("茗川县人民政府办公室　　　　　　　　　2025年2月26日印发", FS, 14, False, None)],
             indent=False)
    bottom_border(p, color="000000", sz="6")

    doc.core_properties.author = "县政府办公室"
    doc.core_properties.title = "茗川县人民政府办公室关于印发2025年县政府工作要点任务分工的通知"
    doc.save(OUT)


if __name__ == "__main__":
    main()
