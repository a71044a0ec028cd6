#!/usr/bin/python3
# Writes the DOCX notices of this folder (22–24) with python-docx; the names
# it saves under were renamed to the folder's numbering when they were checked in.
"""Writes 06_*.docx, 07_*.docx, 08_*.docx with python-docx (gen3 generalization round)."""
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

def base(title_lines, wenhao, zhusong, body, sign, date):
    d = Document()
    st = d.styles["Normal"]; st.font.name = "仿宋_GB2312"; st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    for t in title_lines:
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(t); r.font.size = Pt(22); r.bold = True
    p = d.add_paragraph(wenhao); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(zhusong)
    for b in body:
        p = d.add_paragraph(b); p.paragraph_format.first_line_indent = Cm(1.1)
    p = d.add_paragraph(sign); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = d.add_paragraph(date); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return d

# ---------- 06: table, section rows gridSpan, 责任领导/牵头单位 vertically merged across tasks
def write06():
    d = base(["岳城区人民政府办公室", "关于印发岳城区2024年优化营商环境重点任务责任清单的通知"],
             "岳政办发〔2024〕6号", "各街道办事处，区政府各部门：",
             ["《岳城区2024年优化营商环境重点任务责任清单》已经区政府同意，现印发给你们，请认真贯彻落实。"],
             "岳城区人民政府办公室", "2024年3月18日")
    d.add_page_break()
    d.add_paragraph("附件")
    p = d.add_paragraph("岳城区2024年优化营商环境重点任务责任清单"); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rows = [
        ("一、政务服务环境（共5项）",),
        ("1", "推行“高效办成一件事”，新增集成服务事项15项", "孙立群", "区政务服务中心", "区数据局、区司法局", "2024年9月底前"),
        ("2", "企业开办全程网办率达到95%以上", "孙立群", "区政务服务中心", "区市场监管局、区税务局", "2024年6月底前"),
        ("3", "工程建设项目审批时限压减至60个工作日以内", "孙立群", "区政务服务中心", "区住房和城乡建设局、区自然资源分局", "2024年12月底前"),
        ("4", "建成“15分钟政务服务圈”，街道便民服务中心全覆盖", "孙立群", "区数据局", "各街道办事处", "2024年10月底前"),
        ("5", "推行涉企行政执法“综合查一次”", "孙立群", "区司法局", "区市场监管局、区应急管理局、区城市管理局", "2024年12月底前"),
        ("二、市场环境（共5项）",),
        ("6", "清理妨碍统一市场和公平竞争的政策措施", "周海燕", "区市场监管局", "区发展和改革局", "2024年6月底前"),
        ("7", "开展拖欠中小企业账款专项清理", "周海燕", "区工业和信息化局", "区财政局、区国资中心", "2024年12月底前"),
        ("8", "政府采购中小企业预留份额比例提高至40%以上", "周海燕", "区财政局", "无", "2024年12月底前"),
        ("9", "新增政府性融资担保额度8亿元", "周海燕", "区财政局", "区金融服务中心", "2024年12月底前"),
        ("10", "开展“信用+”应用场景建设，新增场景10个", "周海燕", "区发展和改革局", "区市场监管局、区数据局", "2024年11月底前"),
        ("三、要素保障（共4项）",),
        ("11", "新增“标准地”出让面积1500亩", "刘建国", "区自然资源分局", "区发展和改革局、区工业和信息化局", "2024年12月底前"),
        ("12", "推行“拿地即开工”审批模式", "刘建国", "区自然资源分局", "区住房和城乡建设局", "2024年8月底前"),
        ("13", "引进高层次人才和急需紧缺人才300名", "刘建国", "区委人才办", "区人力资源和社会保障局、区教育局", "2024年12月底前"),
        ("14", "建设人才公寓500套", "刘建国", "区住房和城乡建设局", "区委人才办", "2024年12月底前"),
    ]
    hdr = ("序号", "重点任务", "责任领导", "牵头单位", "配合单位", "完成时限")
    t = d.add_table(rows=1 + len(rows), cols=6); t.style = "Table Grid"
    for j, h in enumerate(hdr): t.cell(0, j).text = h
    for i, r in enumerate(rows, 1):
        if len(r) == 1:
            c = t.cell(i, 0).merge(t.cell(i, 5)); c.text = r[0]
        else:
            for j, v in enumerate(r): t.cell(i, j).text = v
    # merge identical 责任领导 (col 2) and 牵头单位 (col 3) cells vertically within a section
    for col in (2, 3):
        i = 1
        while i <= len(rows):
            if len(rows[i - 1]) == 1: i += 1; continue
            k = i
            while k + 1 <= len(rows) and len(rows[k]) > 1 and rows[k][col] == rows[i - 1][col]: k += 1
            if k > i:
                v = rows[i - 1][col]
                m = t.cell(i, col).merge(t.cell(k, col))
                for p in m.paragraphs[1:]: p._element.getparent().remove(p._element)
                m.paragraphs[0].text = v
            i = k + 1
    d.save("06_yuecheng_qu_yingshang_biao.docx")

# ---------- 07: typed numbers with tab, one paragraph of labels with tabs under each task; 主办单位/协办单位
def write07():
    d = base(["临江县人民政府办公室关于印发", "2024年县政府民生实事项目责任分解的通知"],
             "临政办〔2024〕11号", "各乡镇人民政府，县直各有关单位：",
             ["经县政府研究同意，现将2024年县政府民生实事项目责任分解印发给你们。主办单位要切实履行主体责任，协办单位要密切配合，确保各项实事按期完成。"],
             "临江县人民政府办公室", "2024年2月29日")
    d.add_page_break()
    p = d.add_paragraph("2024年县政府民生实事项目责任分解"); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    items = [
        ("一、教育文化", None),
        ("1.\t新建临江县第三实验小学，新增学位1800个。", "责任领导：陈卫东\t主办单位：县教育局\t协办单位：县住房和城乡建设局、县财政局"),
        ("2.\t为全县中小学校教室更换护眼照明灯具3200套。", "责任领导：陈卫东\t主办单位：县教育局\t协办单位：无"),
        ("3.\t新建乡镇综合文化站3个、农家书屋提档升级50个。", "责任领导：陈卫东\t主办单位：县文化和旅游局\t协办单位：各乡镇人民政府"),
        ("二、医疗卫生", None),
        ("4.\t为65岁以上老年人免费健康体检4.5万人次。", "责任领导：杨秀梅\t主办单位：县卫生健康局\t协办单位：各乡镇卫生院"),
        ("5.\t完成适龄女生HPV疫苗免费接种2600人。", "责任领导：杨秀梅\t主办单位：县卫生健康局\t协办单位：县教育局、县妇联"),
        ("6.\t建设县中医院康复楼，新增康复床位120张。", "责任领导：杨秀梅\t主办单位：县中医院\t协办单位：县卫生健康局、县发展和改革局"),
        ("三、城乡建设", None),
        ("7.\t改造提升农村供水工程15处，受益群众3.2万人。", "责任领导：马光辉\t主办单位：县水利局\t协办单位：县财政局、相关乡镇人民政府"),
        ("8.\t新建城区公共停车泊位600个、新能源汽车充电桩200个。", "责任领导：马光辉\t主办单位：县住房和城乡建设局\t协办单位：县公安局交通警察大队、国网临江县供电公司"),
        ("9.\t实施农村道路提质改造80公里。", "责任领导：马光辉\t主办单位：县交通运输局\t协办单位：各乡镇人民政府"),
        ("四、社会保障", None),
        ("10.\t新建农村幸福院10个，为800户困难老人家庭实施适老化改造。", "责任领导：杨秀梅\t主办单位：县民政局\t协办单位：县残联、县财政局"),
        ("11.\t开展职业技能培训5000人次。", "责任领导：陈卫东\t主办单位：县人力资源和社会保障局\t协办单位：县总工会、团县委"),
        ("12.\t为城乡低保对象等困难群众发放取暖补贴。", "责任领导：杨秀梅\t主办单位：县民政局\t协办单位：无"),
    ]
    for a, b in items:
        if b is None:
            p = d.add_paragraph(); r = p.add_run(a); r.bold = True
            p.paragraph_format.first_line_indent = Cm(1.1)
            continue
        p = d.add_paragraph(a); p.paragraph_format.first_line_indent = Cm(1.1)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(2.2))
        p = d.add_paragraph(b); p.paragraph_format.first_line_indent = Cm(1.1)
    d.save("07_linjiang_xian_minsheng_tab.docx")

# ---------- 08: 清单 table 序号|改革事项|具体举措|责任单位|时间安排, 改革事项 merged down, lead rule in a 注 under the table
def write08():
    d = base(["金水区全面深化改革委员会办公室", "关于印发《金水区2024年重点改革任务清单》的通知"],
             "金改办发〔2024〕2号", "各街道党工委、办事处，区直各部门：",
             ["《金水区2024年重点改革任务清单》已经区委全面深化改革委员会第五次会议审议通过，现印发给你们，请认真抓好落实。"],
             "中共金水区委全面深化改革委员会办公室", "2024年4月3日")
    d.add_page_break()
    p = d.add_paragraph("金水区2024年重点改革任务清单"); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    groups = [
        ("深化国资国企改革", [
            ("1", "完成区属国有企业整合重组，组建区城市发展集团", "区国资中心、区财政局", "2024年6月底前"),
            ("2", "建立区属国有企业经理层任期制和契约化管理制度", "区国资中心、区委组织部", "2024年9月底前"),
            ("3", "盘活低效闲置国有资产不少于5亿元", "区国资中心", "2024年12月底前")]),
        ("深化财税体制改革", [
            ("4", "推进零基预算改革，打破支出固化格局", "区财政局", "2024年10月底前"),
            ("5", "健全区与街道财政管理体制", "区财政局、各街道办事处", "2024年12月底前")]),
        ("深化教育综合改革", [
            ("6", "推进集团化办学，新组建教育集团4个", "区教育局、区委编办、区人力资源和社会保障局", "2024年8月底前"),
            ("7", "深化中小学教师“区管校聘”管理改革", "区教育局、区人力资源和社会保障局", "2024年12月底前")]),
        ("深化医药卫生体制改革", [
            ("8", "推进紧密型城市医疗集团建设", "区卫生健康委、区医疗保障局", "2024年12月底前"),
            ("9", "推行医保基金按病组（DRG）付费改革", "区医疗保障局、区卫生健康委", "2024年11月底前"),
            ("10", "建立基层医疗卫生机构薪酬激励机制", "区卫生健康委、区人力资源和社会保障局、区财政局", "2024年12月底前")]),
        ("推进基层治理改革", [
            ("11", "推行街道“大综管”改革，整合街道执法力量", "区司法局、区委编办、区城市管理局", "2024年9月底前")]),
    ]
    n = 1 + sum(len(g[1]) for g in groups)
    t = d.add_table(rows=n, cols=5); t.style = "Table Grid"
    for j, h in enumerate(("序号", "改革事项", "具体举措", "责任单位", "时间安排")): t.cell(0, j).text = h
    i = 1
    for name, rs in groups:
        start = i
        for no, ms, units, when in rs:
            for j, v in ((0, no), (2, ms), (3, units), (4, when)): t.cell(i, j).text = v
            i += 1
        if i - 1 > start:
            m = t.cell(start, 1).merge(t.cell(i - 1, 1))
            for p in m.paragraphs[1:]: p._element.getparent().remove(p._element)
        t.cell(start, 1).paragraphs[0].text = name
    d.add_paragraph("注：责任单位中排在第一位的为牵头单位，其他为配合单位。")
    d.save("08_jinshui_qu_gaige_qingdan.docx")

write06(); write07(); write08()
