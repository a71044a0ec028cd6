#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generate 221_hezhu_zhen_zdgz_fenjie.docx: a 镇人民政府 notice whose attachment is a
年度重点工作任务分解表 (序号|工作任务|包联领导|责任站所|责任人|完成时限) with ★ marking the lead 站所."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor, Twips
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_SECTION, WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "221_hezhu_zhen_zdgz_fenjie.docx")


def set_font(run, east="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = "Times New Roman"
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", east="仿宋_GB2312", size=16, bold=False, align=None,
         indent=False, color=None, space_after=0, line=None):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    if line:
        pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


PBDR_SUCC = ["w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
             "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
             "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
             "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
             "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange"]


def get_pbdr(p):
    """Return the paragraph's w:pBdr, creating it at its schema position inside w:pPr."""
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        succ = {qn(t) for t in PBDR_SUCC}
        for child in ppr:
            if child.tag in succ:
                child.addprevious(bdr)
                break
        else:
            ppr.append(bdr)
    return bdr


def add_border(p, side, color="000000", sz=8):
    bdr = get_pbdr(p)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    order = ["top", "left", "bottom", "right", "between", "bar"]
    for child in bdr:
        if order.index(child.tag.split("}")[1]) > order.index(side):
            child.addprevious(b)
            break
    else:
        bdr.append(b)


def bottom_rule(p, color="FF0000", sz=12):
    add_border(p, "bottom", color, sz)


def top_rule(p, sz=8):
    add_border(p, "top", "000000", sz)


def cell_text(cell, text, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT, east="仿宋_GB2312"):
    """Write text into a cell; '\n' in text starts a new paragraph (as typed with Enter)."""
    parts = text.split("\n")
    first = cell.paragraphs[0]
    for i, part in enumerate(parts):
        p = first if i == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(0)
        if part:
            set_font(p.add_run(part), east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


# ---------------------------------------------------------------- content
SECTIONS = [
    ("一、产业发展与项目建设（6项）", [
        ("全年完成地区生产总值增长6.5%以上，固定资产投资增长8%，规模以上工业增加值增长7%。",
         "周立新", "★经发办、财政所、统计站", "李志强", "2024年12月底"),
        ("围绕农产品精深加工和新型建材两大主导产业开展精准招商，全年招引亿元以上项目3个、5000万元以上项目5个。",
         "周立新 刘建波", "★经发办、招商服务中心、自然资源所", "李志强、许亮", "2024年12月底"),
        ("推进鹤渚工业集中区标准化厂房二期建设，6月底前完成主体工程，年底前交付使用。",
         "刘建波", "★规划建设办、经发办、应急管理办", "黄晓东", "2024年12月底"),
        ("做好规上企业培育和“小升规”工作，新增规上工业企业2家，新入库“四上”企业4家。",
         "刘建波", "经发办", "许亮", "2024年11月底"),
        ("抓好项目谋划储备和向上争取，全年争取中央预算内投资、地方政府专项债券项目不少于4个。",
         "周立新", "★财政所、经发办", "王海燕", "2024年10月底"),
        ("持续优化营商环境，落实“首问负责”“一次性告知”制度，企业开办、不动产登记等事项实现“一窗通办”。",
         "马晓静", "便民服务中心、★党政办", "宋丽娟", "长期坚持"),
    ]),
    ("二、乡村振兴（7项）", [
        ("稳定粮食生产，全年粮食播种面积稳定在6.2万亩以上，完成高标准农田建设1.2万亩。",
         "孙涛", "★农业服务中心、自然资源所、财政所", "赵敏", "2024年10月底"),
        ("落实耕地保护“田长制”，坚决遏制耕地“非农化”、防止“非粮化”，按期完成年度耕地流出问题整改。",
         "孙涛 刘建波", "★自然资源所、农业服务中心、综合执法队、各村（社区）", "郑浩", "2024年12月底"),
        ("巩固拓展脱贫攻坚成果，常态化开展防止返贫动态监测帮扶，确保不发生规模性返贫。",
         "蒋红梅", "★乡村振兴办、民政办、医保站、各村（社区）", "何超", "全年"),
        ("发展壮大村级集体经济，年底前集体经营性收入10万元以上的村达到12个。",
         "蒋红梅", "农经站、★党建办", "胡晓梅、方圆", "2024年12月底"),
        ("推进和美乡村建设，完成杨湾村、柳林村2个省级和美乡村精品示范村创建。",
         "孙涛", "★规划建设办、农业服务中心、财政所、文化站", "黄晓东", "2024年11月底"),
        ("实施农村人居环境整治提升行动，农村卫生厕所普及率达到92%，生活垃圾无害化处理率保持100%。",
         "孙涛", "环卫所、规划建设办、卫生院", "田野", "全年"),
        ("加强农田水利基础设施建设，完成小型水库除险加固2座、塘坝清淤整治15口。",
         "孙涛", "★水利站", "曹磊", "2024年5月底"),
    ]),
    ("三、生态环保与安全稳定（6项）", [
        ("深入打好蓝天、碧水、净土保卫战，秸秆禁烧实现“零火点”，辖区国考断面水质稳定达到Ⅲ类。",
         "马晓静", "★生态环境办、农业服务中心、综合执法队、各村（社区）", "彭娟", "全年"),
        ("全面落实林长制，完成植树造林1500亩，确保森林火灾“零发生”。",
         "杜志刚", "★林业站、应急管理办", "袁帅", "2024年4月底"),
        ("强化安全生产监管，开展道路交通、燃气、自建房、消防等重点领域隐患排查整治，坚决遏制较大以上事故。",
         "刘建波", "★应急管理办、派出所、规划建设办、市场监管所、综合执法队", "程琳", "长期坚持"),
        ("做好防汛抗旱工作，修订完善镇村两级应急预案，汛前完成防汛物资储备和抢险队伍组建。",
         "杜志刚 刘建波", "★应急管理办、水利站、武装部", "程琳、曹磊", "2024年5月底"),
        ("推进信访积案化解和矛盾纠纷多元化解，重复信访化解率达到90%以上。",
         "吴磊", "★综治中心、★信访办、司法所、派出所", "陈静", "全年"),
        ("深化平安鹤渚建设，常态化开展扫黑除恶斗争，完善“网格化+”基层治理体系。",
         "韩卫东", "★综治中心、派出所、司法所、各村（社区）", "陈静、各村（社区）党组织书记", "长期坚持"),
    ]),
    ("四、民生保障（6项）", [
        ("城镇新增就业300人，完成农村劳动力转移就业技能培训500人次。",
         "马晓静", "★社会事务办、劳动保障所", "林晓芳", "2024年11月底"),
        ("做好城乡居民基本养老保险和基本医疗保险征缴，参保率分别稳定在98%、97%以上。",
         "马晓静", "★劳动保障所、医保站、财政所、各村（社区）", "林晓芳", "2024年12月底"),
        ("推进鹤渚镇中心幼儿园改扩建工程，秋季学期开学前投入使用。",
         "梁燕", "★中心学校、规划建设办、财政所", "石建华", "2024年8月底"),
        ("提升镇卫生院服务能力，建成胸痛救治单元，家庭医生签约服务覆盖率达到75%。",
         "梁燕", "卫生院", "于洪波", "2024年12月底"),
        ("落实退役军人优待抚恤政策，规范化建设镇、村两级退役军人服务站。",
         "杜志刚", "★退役军人服务站、\n民政办", "郭伟", "2024年9月底"),
        ("加强社会救助兜底保障，做好低保、特困供养、临时救助工作，做到“应保尽保”。",
         "蒋红梅", "★民政办、残联、各村（社区）", "唐静", "全年"),
    ]),
    ("五、党的建设和自身建设（4项）", [
        ("抓好基层党组织标准化规范化建设，完成村级后备力量培养20人。",
         "韩卫东 蒋红梅", "★党建办、党政办", "方圆", "2024年12月底"),
        ("持续整治形式主义为基层减负，严格落实中央八项规定精神，加强对惠民惠农资金的监督。",
         "吴磊", "★纪委、党政办、财政所", "段宏", "长期坚持"),
        ("加强意识形态和精神文明建设，开展“移风易俗”专项行动，评选“最美家庭”30户。",
         "梁燕", "★宣传办、文化站、妇联、各村（社区）", "冯雪", "2024年10月底"),
        ("加强政务公开和机关效能建设，全年办理人大代表建议8件，办结率100%。",
         "邓国庆 周立新", "★党政办、人大办", "宋丽娟", "2024年11月底"),
    ]),
]


def build():
    doc = Document()
    # A4 portrait, GB/T 9704 margins
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)

    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    # 版头
    p = para(doc, "鹤渚镇人民政府文件", east="方正小标宋简体", size=48, align=WD_ALIGN_PARAGRAPH.CENTER,
             color="FF0000")
    para(doc)
    p = para(doc, "鹤政发〔2024〕4号", align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_rule(p)
    para(doc)
    para(doc, "鹤渚镇人民政府", east="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "关于印发《鹤渚镇2024年重点工作任务分解表》的通知", east="方正小标宋简体", size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc)
    para(doc, "各村（社区）党组织、村（居）民委员会，镇直各站所：")
    body = [
        "为确保镇第十八届人民代表大会第四次会议确定的各项目标任务落到实处，经镇党委、政府研究，现将"
        "《鹤渚镇2024年重点工作任务分解表》印发给你们，并就有关事项通知如下，请认真抓好落实。",
    ]
    for t in body:
        para(doc, t, indent=True)
    para(doc, "一、压实工作责任", east="黑体", indent=True)
    para(doc, "各包联领导要切实履行“一岗双责”，定期调度分管领域重点工作；牵头站所负总责，"
              "配合站所要主动对接、密切协作，不得推诿扯皮。各站所要将任务细化到月、落实到人。", indent=True)
    para(doc, "二、建立调度机制", east="黑体", indent=True)
    para(doc, "实行“月调度、季通报、年考核”制度。各牵头站所于每月25日前将工作进展报送镇党政办，"
              "镇党政办汇总后在镇党政联席会上通报。", indent=True)
    para(doc, "三、严格督查考核", east="黑体", indent=True)
    para(doc, "任务完成情况纳入各站所年度目标管理考核，对工作推进不力、未按期完成的，"
              "由镇纪委对相关责任人进行约谈问责。", indent=True)
    para(doc)
    p = para(doc, "附件：鹤渚镇2024年重点工作任务分解表", indent=True)
    para(doc)
    para(doc)
    para(doc, "鹤渚镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(64)
    para(doc, "2024年2月26日", align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(64)
    para(doc, "（此件主动公开）", indent=True)

    # 附件 on a landscape page
    ns = doc.add_section(WD_SECTION.NEW_PAGE)
    ns.orientation = WD_ORIENT.LANDSCAPE
    ns.page_width, ns.page_height = Cm(29.7), Cm(21)
    ns.top_margin, ns.bottom_margin = Cm(2.6), Cm(2.4)
    ns.left_margin, ns.right_margin = Cm(2.5), Cm(2.5)

    para(doc, "附件", east="黑体")
    para(doc, "鹤渚镇2024年重点工作任务分解表", east="方正小标宋简体", size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_after=8)

    headers = ["序号", "工作任务", "包联领导", "责任站所", "责任人", "完成时限"]
    widths = [Cm(1.3), Cm(10.6), Cm(2.6), Cm(5.4), Cm(2.8), Cm(2.0)]
    table = doc.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(headers):
        cell_text(hdr.cells[i], h, size=12, east="黑体", align=WD_ALIGN_PARAGRAPH.CENTER)

    n = 0
    for title, tasks in SECTIONS:
        row = table.add_row()
        cant_split(row)
        merged = row.cells[0].merge(row.cells[5])
        cell_text(merged, title, size=12, east="黑体")
        for text, leaders, units, person, deadline in tasks:
            n += 1
            row = table.add_row()
            cant_split(row)
            c = row.cells
            cell_text(c[0], str(n), align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(c[1], text)
            cell_text(c[2], leaders, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(c[3], units)
            cell_text(c[4], person, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(c[5], deadline, align=WD_ALIGN_PARAGRAPH.CENTER)
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    para(doc, "注：责任站所中标★的为牵头站所，其余为配合站所；包联领导对包联任务负领导责任。",
         size=12, space_after=0).paragraph_format.space_before = Pt(6)

    # 版记 on the last page
    para(doc)
    p = para(doc, "抄送：县委办公室，县政府办公室，县委督查室，县政府督查室。", size=14)
    top_rule(p)
    p = para(doc, "鹤渚镇党政综合办公室　　　　　　　　　　　　　　　　　　　　　　　2024年2月27日印发", size=14)
    top_rule(p, sz=4)
    bottom_rule(p, color="000000", sz=8)

    doc.core_properties.title = "鹤渚镇人民政府关于印发《鹤渚镇2024年重点工作任务分解表》的通知"
    doc.core_properties.author = "鹤渚镇党政办"
    doc.save(OUT)
    print("wrote", OUT, "tasks", n)


if __name__ == "__main__":
    build()
