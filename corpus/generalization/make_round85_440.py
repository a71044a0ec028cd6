#!/usr/bin/env python3
"""Generate 440_qinglan_zhen_zhongdian_gongzuo_fenjie.docx (round 85, control case).

A 镇人民政府 notice made by its 党政办 in Word: the body and, as 附件, a table
序号 / 工作任务 / 分管领导 / 责任站所 / 完成时限 with category rows spanning the
table and vertically merged 分管领导, 责任站所 and 完成时限 cells.
"""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "440_qinglan_zhen_zhongdian_gongzuo_fenjie.docx")

FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"


def set_font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        from docx.shared import RGBColor
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None,
         indent=False, color=None, space=0, line=28):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space)
    if line:
        pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


# ---------------------------------------------------------------- data
# (序号, 工作任务, 分管领导, 责任站所, 完成时限)
# None in a column = merged with the cell above.
PARTS = [
    ("一、经济发展（6项）", [
        (1, "全年完成固定资产投资5.2亿元，争取县级以上各类项目资金不少于3000万元。", "谢文博", "经发办、财政所", "2024年12月底"),
        (2, "新引进亿元以上产业项目2个，加快推进青岚农产品加工园二期建设，年内完成标准化厂房主体工程。", None, "经发办、自然资源所、村镇建设办", None),
        (3, "新培育规模以上工业企业1家，新增各类市场主体150户以上。", None, "经发办、市场监管所", None),
        (4, "加强镇级财政收支管理，严控一般性支出，兜牢“三保”底线，完成村级财务规范化审计。", None, "财政所、农经站", None),
        (5, "做好第五次全国经济普查后续工作，加强统计数据质量管理。", None, "统计站", "2024年6月底"),
        (6, "深化“放管服”改革，镇便民服务中心事项网上可办率达到95%以上。", "韩立新", "便民服务中心、党政办", "2024年10月底"),
    ]),
    ("二、乡村振兴（7项）", [
        (7, "稳定粮食播种面积4.6万亩以上，完成高标准农田建设3000亩。", "郑晓岚", "农业农村办、自然资源所", "2024年11月底"),
        (8, "发展茶叶、中药材等特色产业，新增标准化茶园800亩，打造“青岚云雾”区域公用品牌。", None, "农业农村办、林业站", "2024年12月底"),
        (9, "巩固拓展脱贫攻坚成果，落实防止返贫动态监测和帮扶机制，守住不发生规模性返贫底线。", None, "乡村振兴办、民政办、各村（社区）", "长期坚持"),
        (10, "发展壮大村级集体经济，年底前所有行政村集体经营性收入达到10万元以上。", None, "农经站、财政所、各村（社区）", "2024年12月底"),
        (11, "实施农村人居环境整治提升行动，完成农村户厕改造400户，创建美丽庭院示范户200户。", "卢国庆", "村镇建设办、农业农村办、妇联、各村（社区）", "2024年11月底"),
        (12, "全面落实河湖长制，完成青岚河流域综合治理二期工程，确保出境断面水质稳定达标。", None, "水利站、生态环境办", "2024年12月底"),
        (13, "抓好森林防火和松材线虫病防控工作，全年不发生重大森林火灾。", None, "林业站、应急办", "长期坚持"),
    ]),
    ("三、社会事业（6项）", [
        (14, "完成镇中心小学和中心幼儿园扩容工程，新增学位240个。", "宋雅琴", "社会事务办、村镇建设办", "2024年8月底"),
        (15, "推进县域医共体建设，镇卫生院家庭医生签约服务重点人群覆盖率达到75%以上。", None, "卫生院、社会事务办", "2024年12月底"),
        (16, "做好城乡居民养老保险和医疗保险征缴工作，参保率分别达到95%、97%以上。", None, "社保所、医保工作站、各村（社区）", None),
        (17, "落实低保、特困、残疾人等困难群体救助保障政策，做到应保尽保。", None, "民政办、残联", "长期坚持"),
        (18, "组织开展“村晚”、村级篮球赛等群众性文体活动20场次以上。", "韩立新", "文化站、团委、妇联", "2024年12月底"),
        (19, "做好退役军人服务保障和双拥工作，高质量完成年度征兵任务。", "孙晨阳", "武装部、退役军人服务站", "2024年9月底"),
    ]),
    ("四、平安建设（6项）", [
        (20, "压紧压实安全生产责任，开展道路交通、消防、燃气等领域专项整治，坚决遏制较大及以上安全事故。", "周明远、卢国庆", "应急办、派出所、交管站、各村（社区）", "长期坚持"),
        (21, "做好防汛抗旱和地质灾害防治工作，修订完善镇村两级应急预案，组织应急演练2次以上。", "卢国庆", "应急办、水利站、自然资源所", "2024年6月底"),
        (22, "推进镇综治中心规范化建设，深化“网格+警格”融合，网格员队伍实现全覆盖。", "韩立新", "综治中心、派出所、司法所", "2024年10月底"),
        (23, "开展信访积案化解攻坚行动，初信初访及时受理率达到100%。", None, "信访办、综治中心", "长期坚持"),
        (24, "常态化开展扫黑除恶斗争，深入实施“八五”普法，创建省级民主法治示范村1个。", None, "综治中心、司法所、派出所", "2024年12月底"),
        (25, "加强食品药品安全监管，完成县级食品安全示范镇创建。", "宋雅琴", "市场监管所、卫生院", "2024年11月底"),
    ]),
    ("五、政府自身建设（4项）", [
        (26, "深入推进法治政府建设，重大行政决策合法性审查率达到100%。", "周明远", "司法所、党政办", "长期坚持"),
        (27, "持续加强作风建设，落实政府系统党风廉政建设责任制，严格执行中央八项规定精神。", None, "党政办、纪委", None),
        (28, "做好政务公开工作，按时办复人大代表建议，办复率达到100%。", "韩立新", "党政办", "2024年11月底"),
        (29, "加强公文、档案、保密和机关后勤管理，完成档案规范化管理达标验收。", None, None, "2024年12月底"),
    ]),
]


def set_cell_margins(table, top=60, bottom=60, left=80, right=80):
    tblPr = table._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for k, v in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        e = OxmlElement("w:" + k)
        e.set(qn("w:w"), str(v))
        e.set(qn("w:type"), "dxa")
        mar.append(e)
    tblPr.append(mar)


def header_repeat(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trPr.append(e)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = Pt(18)
    p.alignment = align
    if text:
        set_font(p.add_run(text), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    C = WD_ALIGN_PARAGRAPH.CENTER
    R = WD_ALIGN_PARAGRAPH.RIGHT
    # 版头
    para(doc, "青岚镇人民政府文件", XBS, 42, align=C, color="FF0000", line=None, space=18)
    para(doc, "青政发〔2024〕5号", FS, 16, align=C)
    rule = para(doc, "", line=None)
    pPr = rule._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("val", "single"), ("sz", "18"), ("space", "1"), ("color", "FF0000")):
        b.set(qn("w:" + k), v)
    bdr.append(b)
    pPr.append(bdr)
    para(doc, "")
    # 标题
    para(doc, "青岚镇人民政府", XBS, 22, align=C, line=34)
    para(doc, "关于印发《青岚镇2024年重点工作任务分解方案》的通知", XBS, 22, align=C, line=34)
    para(doc, "")
    para(doc, "各村（社区），镇直各站所（办）：")
    body = [
        "经镇党委、镇政府研究同意，现将《青岚镇2024年重点工作任务分解方案》印发给你们，并就有关事项通知如下，请认真抓好落实。",
    ]
    for t in body:
        para(doc, t, indent=True)
    para(doc, "一、提高思想认识", HT, 16, indent=True)
    para(doc, "2024年重点工作任务是镇政府向镇人民代表大会作出的承诺，是全年工作的“硬任务”。各分管领导要对分管领域的任务负总责，亲自研究部署、协调推进；各站所（办）、各村（社区）要把任务逐项细化到月、落实到人，确保按时保质完成。", indent=True)
    para(doc, "二、明确工作责任", HT, 16, indent=True)
    para(doc, "责任站所栏中排在第一位的为牵头站所，负责牵头抓总、统筹推进和情况汇总报送；其他站所为配合站所，要按照职责分工主动配合，形成工作合力。涉及各村（社区）的任务，由各村（社区）抓好具体落实。", indent=True)
    para(doc, "三、强化督查考核", HT, 16, indent=True)
    para(doc, "党政办要建立工作台账，实行月调度、季通报制度。各牵头站所于每季度最后一个月25日前将任务推进情况书面报镇党政办。任务完成情况纳入年度站所（办）和村（社区）综合考核，对工作推进不力、影响全镇目标任务完成的，严肃追责问责。", indent=True)
    para(doc, "")
    para(doc, "附件：青岚镇2024年重点工作任务分解方案", indent=True)
    para(doc, "")
    para(doc, "")
    para(doc, "青岚镇人民政府", align=R)
    para(doc, "2024年2月26日", align=R)
    para(doc, "")
    para(doc, "（此件公开发布）", indent=True)

    # 附件：landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21)
    sec2.top_margin, sec2.bottom_margin = Cm(2.5), Cm(2.2)
    sec2.left_margin, sec2.right_margin = Cm(2.5), Cm(2.5)

    para(doc, "附件", HT, 16)
    para(doc, "")
    para(doc, "青岚镇2024年重点工作任务分解方案", XBS, 22, align=C, line=34, space=12)

    ncols = 5
    widths = [Cm(1.5), Cm(11.6), Cm(3.0), Cm(5.5), Cm(3.1)]
    rows = 1 + sum(1 + len(items) for _, items in PARTS)
    table = doc.add_table(rows=rows, cols=ncols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell_margins(table)
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = w
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    hdr = ["序号", "工作任务", "分管领导", "责任站所", "完成时限"]
    for i, h in enumerate(hdr):
        cell_text(table.rows[0].cells[i], h, HT, 12)
    header_repeat(table.rows[0])

    r = 1
    merges = []  # (col, start_row, end_row, text)
    for title, items in PARTS:
        c = table.cell(r, 0).merge(table.cell(r, ncols - 1))
        cell_text(c, title, HT, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
        r += 1
        open_ = {}
        for no, task, leader, units, due in items:
            cell_text(table.cell(r, 0), str(no))
            cell_text(table.cell(r, 1), task, align=WD_ALIGN_PARAGRAPH.LEFT)
            for col, val in ((2, leader), (3, units), (4, due)):
                if val is None:
                    open_[col][1] = r
                else:
                    if col in open_:
                        merges.append((col, *open_[col]))
                    open_[col] = [r, r, val]
            r += 1
        for col, v in open_.items():
            merges.append((col, *v))
    for col, a, b, text in merges:
        c = table.cell(a, col)
        if b > a:
            c = c.merge(table.cell(b, col))
        cell_text(c, text)

    para(doc, "")
    para(doc, "")
    p = para(doc, "抄送：镇党委，镇人大主席团，镇纪委。", FS, 14)
    p = para(doc, "青岚镇党政办公室　　　　　　　　　　　　　　　　　　　　　　　　2024年2月26日印发", FS, 14)
    doc.save(OUT)
    print("wrote", OUT, "rows", rows)


if __name__ == "__main__":
    main()
