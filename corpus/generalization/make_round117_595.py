#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generate 595: 岚沟县人民政府办公室 2025年县政府工作报告重点工作任务分解方案 (control case)."""
import os
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

NAME = "595_langou_xian_zfgzbg_renwu_fenjie.docx"
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


def fixed_spacing(p, pts=28.95, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(pts)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None,
         indent=True, color=None, pts=28.95):
    p = doc_or_cell.add_paragraph()
    fixed_spacing(p, pts)
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def runs(p, parts, size=16):
    for text, font, bold in parts:
        set_font(p.add_run(text), font, size, bold)


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


def top_bottom_border(p, top=True, bottom=True, sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side, on in (("top", top), ("bottom", bottom)):
        if not on:
            continue
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        bdr.append(b)
    ppr.append(bdr)


def page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    set_font(p.add_run(" —"), "宋体", 14)


def cell_text(cell, text, size=12, font=FS, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    p = cell.paragraphs[0]
    p.alignment = align
    fixed_spacing(p, 18)
    if text:
        set_font(p.add_run(text), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trpr.append(c)


def set_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


# ----------------------------------------------------------------------------------------
# Task data: (category heading, [(task text, leader, lead, coop, deadline), ...])
# leader None means: merged with the row above (same leader run).
# ----------------------------------------------------------------------------------------
CATS = [
    ("一、聚焦项目建设，稳住经济增长基本盘", [
        ("全年实施市级以上重点项目86个，完成年度投资185亿元，固定资产投资增长8%以上，力争新开工亿元以上项目30个。",
         "韩立峰", "县发展和改革局", "县财政局、县自然资源局、县住房和城乡建设局、各乡镇（街道）", "2025年12月底"),
        ("用好超长期特别国债、中央预算内投资和地方政府专项债券等政策，全年争取上级资金40亿元以上。",
         None, "县发展和改革局、县财政局", "县直各有关单位", "2025年12月底"),
        ("深化工程建设项目审批制度改革，推行“拿地即开工”，重点项目审批时限压缩30%以上。",
         None, "县行政审批服务局", "县自然资源局、县住房和城乡建设局、县发展和改革局", "2025年6月底"),
        ("开展“招商引资攻坚年”活动，全年签约亿元以上项目50个，实际到位县外资金120亿元。",
         "周启明、石永刚", "县投资促进中心", "岚沟经济开发区管委会、县直各有关单位、各乡镇（街道）", "2025年12月底"),
        ("落实大规模设备更新和消费品以旧换新政策，举办促消费活动20场以上，社会消费品零售总额增长6%。",
         "石永刚", "县商务局", "县工业和信息化局、县财政局、县市场监督管理局", "2025年12月底"),
    ]),
    ("二、坚持工业强县，加快产业转型升级", [
        ("做强新型建材、农副产品精深加工两大主导产业，规模以上工业增加值增长7.5%。",
         "石永刚", "县工业和信息化局", "岚沟经济开发区管委会、县统计局", "2025年12月底"),
        ("推进经济开发区扩区调规和标准化厂房建设，新建标准化厂房15万平方米，亩均税收提高10%。",
         None, "岚沟经济开发区管委会", "县自然资源局、县住房和城乡建设局、县财政局、县税务局", "2025年12月底"),
        ("实施“小升规”培育工程，新增规上工业企业20家，培育国家级专精特新“小巨人”企业1家。",
         None, "县工业和信息化局", "县科学技术局、县市场监督管理局、县统计局", "2025年12月底"),
        ("推动数字经济和实体经济深度融合，新建5G基站120个，完成30家工业企业数字化改造。",
         None, "县数据局", "县工业和信息化局、中国移动岚沟分公司、中国电信岚沟分公司、中国联通岚沟分公司", "2025年11月底"),
        ("落实结构性减税降费和金融支持实体经济政策，新增普惠小微贷款10亿元以上。",
         "韩立峰", "县金融服务中心", "县财政局、县税务局、国家金融监督管理总局岚沟监管支局", "2025年12月底"),
    ]),
    ("三、全面推进乡村振兴，加快农业农村现代化", [
        ("稳定粮食播种面积86万亩以上，新建高标准农田5万亩，粮食总产稳定在36万吨以上。",
         "冯晓燕", "县农业农村局", "县发展和改革局、县财政局、县自然资源局、县水利局、各乡镇（街道）", "2025年10月底"),
        ("巩固拓展脱贫攻坚成果，落实防止返贫致贫动态监测和帮扶机制，坚决守住不发生规模性返贫致贫底线。",
         None, "县农业农村局", "县直各帮扶单位、各乡镇（街道）", "持续推进"),
        ("发展壮大食用菌、中药材、特色林果三大特色产业，新培育市级以上农业产业化龙头企业5家。",
         None, "县农业农村局", "县林业局、县供销合作社联合社", "2025年12月底"),
        ("深入开展农村人居环境整治提升行动，农村卫生厕所普及率达到82%，生活垃圾无害化处理率保持在95%以上。",
         None, "县农业农村局", "县住房和城乡建设局、市生态环境局岚沟分局、县卫生健康局、各乡镇（街道）", "2025年12月底"),
        ("实施农村供水保障工程，完成青石镇、白沙河乡等5处集中供水工程改造提升，农村自来水普及率达到93%。",
         None, "县水利局", "县财政局、青石镇人民政府、白沙河乡人民政府", "2025年9月底"),
        ("发展新型农村集体经济，村级集体经济收入全部达到10万元以上，50万元以上的村达到25个。",
         None, "县农业农村局", "县委组织部、县财政局、各乡镇（街道）", "2025年12月底"),
    ]),
    ("四、推进以县城为重要载体的城镇化建设", [
        ("实施城市更新行动，改造老旧小区32个、城中村2个，新建改造城市燃气管网18公里。",
         "邓宏亮", "县住房和城乡建设局", "城关街道办事处、滨河街道办事处、县城市管理局", "2025年11月底"),
        ("完成县级国土空间总体规划报批，编制县城控制性详细规划，完成实用性村庄规划编制20个。",
         None, "县自然资源局", "各乡镇（街道）", "2025年12月底"),
        ("开工建设国道343线岚沟段改线工程，完成农村公路提质改造150公里，新改建农村桥梁8座。",
         None, "县交通运输局", "县自然资源局、县财政局、沿线乡镇", "2025年12月底"),
        ("深化城市精细化管理，开展市容环境综合整治，新增公共停车泊位2000个，巩固省级文明县城创建成果。",
         "邓宏亮、陶勇", "县城市管理局", "县委宣传部、县公安局、城关街道办事处、滨河街道办事处", "持续推进"),
    ]),
    ("五、坚持生态优先，守牢绿色发展底线", [
        ("深入打好蓝天、碧水、净土保卫战，细颗粒物（PM2.5）平均浓度完成市定目标，国考断面水质稳定达到Ⅲ类。",
         "邓宏亮", "市生态环境局岚沟分局", "县住房和城乡建设局、县交通运输局、县农业农村局、县水利局、各乡镇（街道）", "2025年12月底"),
        ("全面落实河湖长制、林长制，完成营造林3.5万亩，森林覆盖率稳定在46%以上。",
         "冯晓燕", "县水利局、县林业局", "各乡镇（街道）", "2025年12月底"),
        ("推进风电、光伏等新能源项目建设，新增新能源装机容量20万千瓦。",
         "石永刚", "县发展和改革局", "县自然资源局、县林业局、国网岚沟县供电公司", "2025年12月底"),
    ]),
    ("六、坚持以人民为中心，持续增进民生福祉", [
        ("新增城镇就业4500人，农村劳动力转移就业18万人次，城镇调查失业率控制在5.5%以内。",
         "罗佳怡", "县人力资源和社会保障局", "县农业农村局、各乡镇（街道）", "2025年12月底"),
        ("新建改扩建中小学、幼儿园8所，新增学位3600个，实施县域普通高中振兴行动。",
         None, "县教育体育局", "县发展和改革局、县财政局、县自然资源局", "2025年8月底"),
        ("深化紧密型县域医共体建设，县人民医院创成三级医院，乡镇卫生院标准化建设达标率100%。",
         None, "县卫生健康局", "县医疗保障局、县财政局", "2025年12月底"),
        ("完善县乡村三级养老服务网络，新建社区嵌入式养老服务中心6个，改造提升乡镇敬老院4所。",
         None, "县民政局", "县财政局、县卫生健康局、各乡镇（街道）", "2025年12月底"),
        ("推进文旅融合发展，创建国家4A级旅游景区1家，全年接待游客突破600万人次。",
         None, "县文化广电和旅游局", "县发展和改革局、县商务局、鹿鸣山景区管委会", "2025年12月底"),
        ("扎实办好县委、县政府确定的十件民生实事，每季度通报进展情况。",
         "韩立峰", "县政府办公室", "县直各有关单位", "2025年12月底"),
    ]),
    ("七、统筹发展和安全，维护社会和谐稳定", [
        ("深化安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。",
         "韩立峰", "县应急管理局", "县安委会各成员单位、各乡镇（街道）", "持续推进"),
        ("防范化解政府债务风险，严格落实化债方案，确保法定债务按时还本付息。",
         None, "县财政局", "县发展和改革局、县金融服务中心、岚沟县城市建设投资集团有限公司", "持续推进"),
        ("加强食品药品安全监管，争创省级食品安全示范县。",
         "罗佳怡", "县市场监督管理局", "县农业农村局、县卫生健康局、县教育体育局", "2025年12月底"),
        ("推进更高水平平安岚沟、法治岚沟建设，常态化开展扫黑除恶斗争，推进信访工作法治化。",
         "陶勇", "县公安局", "县司法局、县信访局、各乡镇（街道）", "持续推进"),
    ]),
    ("八、加强政府自身建设", [
        ("严格落实党政机关习惯过紧日子要求，一般性支出压减5%以上。",
         "韩立峰", "县财政局", "/", "2025年12月底"),
        ("深化“高效办成一件事”改革，政务服务事项“一网通办”率达到95%以上。",
         None, "县行政审批服务局", "县数据局、县直各有关单位", "2025年10月底"),
    ]),
]


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.footer_distance = Cm(2.5)
    page_number_footer(sec)


    # red header
    for _ in range(2):
        para(doc, "", indent=False)
    p = para(doc, "岚沟县人民政府办公室文件", font=XBS, size=34, align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, color="FF0000", pts=60)
    for _ in range(2):
        para(doc, "", indent=False)
    p = para(doc, "岚政办发〔2025〕6号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p)
    para(doc, "", indent=False)
    para(doc, "岚沟县人民政府办公室", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, pts=35)
    para(doc, "关于印发2025年县政府工作报告重点工作", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, pts=35)
    para(doc, "任务分解方案的通知", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, pts=35)
    para(doc, "", indent=False)
    para(doc, "各乡镇人民政府、街道办事处，县政府各部门、各直属机构：", indent=False)
    para(doc, "《政府工作报告》已经岚沟县第十八届人民代表大会第四次会议审议通过。为确保报告确定的各项目标任务落到实处，"
              "经县政府同意，现将《2025年县政府工作报告重点工作任务分解方案》印发给你们，并就有关事项通知如下，请认真贯彻落实。")
    para(doc, "一、提高思想认识", font=HT)
    para(doc, "《政府工作报告》是县政府全年工作的总纲领，确定的目标任务是县政府向全县人民作出的庄严承诺。"
              "各乡镇（街道）、各部门要进一步提高政治站位，把落实《政府工作报告》作为全年工作的重中之重，"
              "以钉钉子精神抓好各项任务落实，确保全年目标任务圆满完成。")
    para(doc, "二、压实工作责任", font=HT)
    para(doc, "各责任县领导要加强对分管领域重点任务的统筹调度，定期听取汇报，及时协调解决重大问题。"
              "牵头单位对牵头任务负总责，主要负责同志为第一责任人，要于3月10日前制定具体推进方案，"
              "明确时间表、路线图和责任人，主动对接配合单位，形成工作合力；有两个牵头单位的，排在第一位的单位负责统筹协调和汇总报送。"
              "配合单位要按照职责分工主动配合、积极支持，不得推诿扯皮。涉及各乡镇（街道）的任务，"
              "各乡镇（街道）要结合实际细化措施，确保任务在基层落地见效。")
    para(doc, "三、强化督查考核", font=HT)
    para(doc, "县政府督查室要将重点工作任务纳入年度督查计划，实行清单化管理、台账式推进，定期通报任务进展情况。"
              "各牵头单位要于每季度最后一个月的25日前，将任务推进情况（含工作进展、存在问题及下步打算）"
              "经单位主要负责同志签字后书面报送县政府督查室，电子版发送至指定邮箱。"
              "对工作推进不力、进度严重滞后的，按有关规定严肃问责。督查结果纳入年度目标责任考核。")
    para(doc, "联系人：何婷婷；联系电话：6218035；电子邮箱：lgxzfdcs@163.com。")
    para(doc, "", indent=False)
    p = para(doc, "", indent=False)
    p.paragraph_format.left_indent = Pt(16 * 5)
    p.paragraph_format.first_line_indent = Pt(-16 * 3)
    runs(p, [("附件：2025年县政府工作报告重点工作任务分解方案", FS, False)])
    for _ in range(3):
        para(doc, "", indent=False)
    p = para(doc, "岚沟县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(16 * 4)
    p = para(doc, "2025年2月20日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(16 * 4)
    para(doc, "（此件公开发布）")

    # ---- attachment: landscape section
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21.0)
    new.top_margin, new.bottom_margin = Cm(2.6), Cm(2.4)
    new.left_margin, new.right_margin = Cm(2.5), Cm(2.5)

    para(doc, "附件", font=HT, indent=False)
    para(doc, "", indent=False)
    para(doc, "2025年县政府工作报告重点工作任务分解方案", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, pts=35)
    para(doc, "", indent=False, pts=18)

    widths = [Cm(1.3), Cm(10.6), Cm(2.6), Cm(3.6), Cm(5.1), Cm(2.5)]
    ncat = len(CATS)
    ntask = sum(len(t) for _, t in CATS)
    table = doc.add_table(rows=1 + ncat + ntask, cols=6)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    set_borders(table)
    heads = ["序号", "重点工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]
    hdr = table.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(heads):
        cell_text(hdr.cells[i], h, size=12, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
    for i, w in enumerate(widths):
        table.columns[i].width = w
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(lay)

    r = 1
    n = 0
    for cat, tasks in CATS:
        row = table.rows[r]
        cant_split(row)
        merged = row.cells[0].merge(row.cells[5])
        cell_text(merged, cat, size=12, font=HT)
        r += 1
        lead_cell_start = None
        for text, leader, lead, coop, dl in tasks:
            n += 1
            row = table.rows[r]
            cant_split(row)
            c = row.cells
            cell_text(c[0], str(n), align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(c[1], text)
            if leader is None:
                # merge leader cell with the run above
                lead_cell_start = lead_cell_start.merge(c[2])
            else:
                cell_text(c[2], leader, align=WD_ALIGN_PARAGRAPH.CENTER)
                lead_cell_start = c[2]
            cell_text(c[3], lead, align=WD_ALIGN_PARAGRAPH.CENTER if len(lead) <= 10 else WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(c[4], coop, align=WD_ALIGN_PARAGRAPH.CENTER if coop == "/" else WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(c[5], dl, align=WD_ALIGN_PARAGRAPH.CENTER)
            r += 1

    # merged cells may have picked up extra empty paragraphs; strip trailing empty paragraphs
    for row in table.rows:
        for tc in row._tr.findall(qn("w:tc")):
            ps = tc.findall(qn("w:p"))
            while len(ps) > 1 and not "".join(t.text or "" for t in ps[-1].iter(qn("w:t"))):
                tc.remove(ps[-1])
                ps = ps[:-1]

    # ---- 版记: portrait section
    last = doc.add_section(WD_SECTION.NEW_PAGE)
    last.orientation = WD_ORIENT.PORTRAIT
    last.page_width, last.page_height = Cm(21.0), Cm(29.7)
    last.top_margin, last.bottom_margin = Cm(3.7), Cm(3.5)
    last.left_margin, last.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(16):
        para(doc, "", indent=False)
    p = para(doc, "", indent=False, size=14)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    runs(p, [("抄送：县委各部门，县人大常委会办公室，县政协办公室，县监委，县法院，县检察院，县人武部。", FS, False)], size=14)
    top_bottom_border(p, top=True, bottom=True, sz=8)
    p = para(doc, "", indent=False, size=14)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), alignment=2)  # right tab
    runs(p, [("岚沟县人民政府办公室\t2025年2月20日印发", FS, False)], size=14)
    top_bottom_border(p, top=False, bottom=True, sz=8)

    doc.core_properties.author = "县政府办"
    doc.core_properties.title = ""
    doc.save(OUT)
    print("wrote", OUT, ntask, "tasks")


if __name__ == "__main__":
    build()
