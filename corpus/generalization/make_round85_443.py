#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 85, No. 443: 苇川县人民政府办公室 — a county task table whose narrow merged
cells (类别, 责任县领导) are typed vertically, one character per paragraph, as clerks do
in Word (padding paragraphs above and below, 、 on its own line between two leaders,
a full-width space line inside a two-character name); one leader cell set with
textDirection instead; leader and lead merges that do not line up with the categories."""
import os
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "443_weichuan_xian_shupai_hebing_biao.docx")


def set_font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rfonts.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(doc_or_cell, text="", font="仿宋_GB2312", size=16, bold=False,
         align=None, indent=False, color=None, first=False):
    if first:
        p = doc_or_cell.paragraphs[0]
    else:
        p = doc_or_cell.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def add_page_field(p):
    def fld(t):
        r = OxmlElement("w:r")
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), t)
        r.append(fc)
        return r
    set_font(p.add_run("— "), "宋体", 14)
    p._p.append(fld("begin"))
    r = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r.append(it)
    p._p.append(r)
    p._p.append(fld("separate"))
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    p._p.append(r)
    p._p.append(fld("end"))
    set_font(p.add_run(" —"), "宋体", 14)


def footer(section):
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(p)


doc = Document()
st = doc.styles["Normal"]
st.font.name = "仿宋_GB2312"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
st.font.size = Pt(16)

sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
footer(sec)

# ---- 版头 ----
para(doc, "苇川县人民政府办公室文件", "方正小标宋简体", 40,
     align=WD_ALIGN_PARAGRAPH.CENTER, color=(0xE0, 0, 0))
para(doc)
para(doc, "苇政办发〔2025〕9号", align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "━━━━━━━━━━━━━━━━━━━━━━━━", "宋体", 14,
     align=WD_ALIGN_PARAGRAPH.CENTER, color=(0xE0, 0, 0))
para(doc)
para(doc, "苇川县人民政府办公室", "方正小标宋简体", 22, align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "关于印发2025年县城品质提升和城乡环境", "方正小标宋简体", 22,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "综合整治重点任务分工的通知", "方正小标宋简体", 22,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc)
para(doc, "各乡（镇）人民政府，县工业园区管委会，县直各部门，驻苇有关单位：")
body = [
    "为深入推进县城品质提升和城乡环境综合整治，经县人民政府同意，现将《2025年县城品质提升和城乡环境综合整治重点任务分工》印发给你们，并就有关事项通知如下：",
]
for t in body:
    para(doc, t, indent=True)
para(doc, "一、压实工作责任", "黑体", 16, indent=True)
para(doc, "各责任县领导要加强对分管领域任务的调度指导，牵头单位要切实履行牵头职责，制定具体推进方案，"
          "明确时间节点和责任人；配合单位要主动对接、密切配合，形成工作合力。", indent=True)
para(doc, "二、加强调度督查", "黑体", 16, indent=True)
para(doc, "各牵头单位于每月25日前将任务推进情况报县住建局（县城品质提升工作专班办公室），"
          "由县住建局汇总后报县人民政府。县政府督查室将把任务完成情况纳入年度目标责任考核。", indent=True)
para(doc, "三、强化宣传引导", "黑体", 16, indent=True)
para(doc, "县融媒体中心要开设专栏，及时宣传各地各部门的好经验、好做法，营造全社会共同参与的良好氛围。",
     indent=True)
para(doc)
para(doc, "附件：2025年县城品质提升和城乡环境综合整治重点任务分工", indent=True)
para(doc)
para(doc)
para(doc, "苇川县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
para(doc, "2025年3月14日　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
para(doc)
para(doc, "（此件公开发布）", indent=True)

# ---- 附件 on a landscape section ----
new = doc.add_section()
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = Cm(29.7), Cm(21)
new.top_margin, new.bottom_margin = Cm(2.5), Cm(2.2)
new.left_margin, new.right_margin = Cm(2.2), Cm(2.2)

para(doc, "附件", "黑体", 16, first=False)
para(doc, "2025年县城品质提升和城乡环境综合整治", "方正小标宋简体", 20,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "重点任务分工", "方正小标宋简体", 20, align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc)

# rows: (no, task, lead_paragraphs, coop_paragraphs, deadline)
ROWS = [
    (1, "完成城关镇解放路、东湖路等12个老旧小区改造，同步实施加装电梯、雨污分流和停车位配建，惠及居民1860户。",
     ["县住建局"], ["县财政局、县发展改革局、城关镇人民政府"], "2025年10月底前"),
    (2, "启动北门片区城中村改造，完成房屋征收评估、安置方案编制和首批征收签约工作。",
     None, ["县自然资源局、县财政局、城关镇人民政府"], "2025年12月底前"),
    (3, "推进鼓楼街历史文化街区保护利用，完成沿街建筑立面修缮，引进文创、餐饮等特色业态20家以上。",
     ["县文化广电和旅游局"], ["县住建局、县商务局"], "2025年9月底前"),
    (4, "开展县城闲置低效用地清查处置，盘活存量建设用地300亩以上。",
     ["县自然资源局"], ["县住建局、县财政局、县工业园区管委会"], "2025年11月底前"),
    (5, "新建改造口袋公园8个、街角游园4处，新增城区绿地面积5万平方米。",
     ["县城市管理局"], ["县住建局、县自然资源局"], "2025年10月底前"),
    (6, "推进“一刻钟便民生活圈”建设，新建改造社区综合服务站6个、便民菜市场2个。",
     ["县商务局", "县民政局"], ["城关镇人民政府"], "2025年12月底前"),
    (7, "实施县城雨污分流改造，新建改造雨污管网28公里，消除污水直排口11处。",
     ["县住建局"], ["县水利局、市生态环境局苇川分局"], "2025年11月底前"),
    (8, "实施县城供水管网更新改造，公共供水管网漏损率控制在9%以内。",
     ["县水利局"], ["/"], "2025年12月底前"),
    (9, "新建公共停车泊位1200个、公共充电桩300个，推动机关企事业单位停车场错时开放。",
     ["县住建局"], ["县公安局交通管理大队", "县发展改革局", "县供电公司"], "2025年11月底前"),
    (10, "推进城市燃气管道老化更新改造，完成老旧燃气管道改造15公里、用户端安全装置加装4000户。",
     None, ["县应急管理局、县市场监管局"], "2025年12月底前"),
    (11, "实施人民路、苇河大道等9条主次干道“白改黑”和人行道提升工程。",
     ["县交通运输局"], ["县住建局、县城市管理局"], "2025年10月底前"),
    (12, "开展“乱停乱放、乱搭乱建、乱贴乱画”专项整治，拆除违法建设2万平方米以上。",
     ["县城市管理局"], ["县公安局、县市场监管局、城关镇人民政府"], "2025年6月底前"),
    (13, "全面推行生活垃圾分类，县城生活垃圾分类覆盖率达到85%以上。",
     None, ["县教育局、县机关事务服务中心、城关镇人民政府"], "2025年12月底前"),
    (14, "开展餐饮油烟和建筑工地扬尘综合治理，县城PM2.5平均浓度同比下降3%。",
     ["市生态环境局苇川分局"], ["县住建局", "县城市管理局", "县市场监管局"], "2025年12月底前"),
    (15, "整治城区河道黑臭水体，完成苇河城区段清淤护岸3.2公里。",
     ["县水利局"], ["市生态环境局苇川分局、县城市管理局"], "2025年9月底前"),
    (16, "规范户外广告和店招店牌设置，完成解放路、人民路沿街店招改造500户。",
     ["县城市管理局"], ["县市场监管局、城关镇人民政府"], "2025年8月底前"),
    (17, "深化农村人居环境整治提升，创建美丽宜居示范村20个。",
     ["县农业农村局"], ["各乡（镇）人民政府"], "2025年11月底前"),
    (18, "推进农村生活污水治理，新增完成治理的行政村15个。",
     ["市生态环境局苇川分局"], ["县农业农村局、县水利局、各乡（镇）人民政府"], "2025年12月底前"),
    (19, "实施农村公路提档升级，完成县乡道改造45公里、危桥改造6座。",
     ["县交通运输局"], ["各乡（镇）人民政府"], "2025年11月底前"),
    (20, "加强农房风貌管控，编制乡村建设风貌导则，完成农房风貌整治示范点10个。",
     ["县住建局"], ["县自然资源局、各乡（镇）人民政府"], "2025年12月底前"),
]

# merges
CATS = [  # (first row no, last row no, paragraphs, use textDirection)
    (1, 6, ["", "县", "城", "更", "新", ""], False),
    (7, 11, ["设", "施", "提", "升"], False),
    (12, 16, ["环境整治"], True),
    (17, 20, ["", "乡", "村", "风", "貌", ""], False),
]
LEADERS = [
    (1, 4, ["", "吕", "承", "远", ""], False),
    (5, 8, ["欧", "阳", "明", "哲"], False),
    (9, 10, ["邵文清"], True),
    (11, 11, ["韩　蕾"], False),
    (12, 14, ["唐", "安", "、", "葛", "书", "平"], False),
    (15, 17, ["", "葛", "书", "平"], False),
    (18, 20, ["唐", "　", "安"], False),
]
LEAD_MERGES = [(1, 2, ["县住建局"]), (9, 10, ["县住建局"]), (12, 13, ["县城市管理局"])]

HEAD = ["类别", "序号", "重点任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]
WIDTHS = [Cm(1.3), Cm(1.2), Cm(10.6), Cm(1.6), Cm(3.4), Cm(4.6), Cm(2.6)]

tbl = doc.add_table(rows=1 + len(ROWS), cols=7)
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
tbl.autofit = False

# header row repeated on each page
trPr = tbl.rows[0]._tr.get_or_add_trPr()
h = OxmlElement("w:tblHeader")
trPr.append(h)
for i, t in enumerate(HEAD):
    c = tbl.cell(0, i)
    para(c, t, "黑体", 12, align=WD_ALIGN_PARAGRAPH.CENTER, first=True)
    c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

grid = tbl._tbl.tblGrid
for gc, w in zip(grid.findall(qn("w:gridCol")), WIDTHS):
    gc.set(qn("w:w"), str(int(w.twips)))
tblPr = tbl._tbl.tblPr
lay = OxmlElement("w:tblLayout")
lay.set(qn("w:type"), "fixed")
tblPr.append(lay)
for r in range(len(tbl.rows)):
    for i, w in enumerate(WIDTHS):
        tbl.cell(r, i).width = w


def fill(cell, paras, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, vertical=False):
    # clear
    for p in list(cell.paragraphs)[1:]:
        p._p.getparent().remove(p._p)
    p0 = cell.paragraphs[0]
    for r in list(p0.runs):
        r._r.getparent().remove(r._r)
    for k, t in enumerate(paras):
        p = para(cell, t, size=size, align=align, first=(k == 0))
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if vertical:
        tcPr = cell._tc.get_or_add_tcPr()
        td = OxmlElement("w:textDirection")
        td.set(qn("w:val"), "tbRlV")
        # textDirection must come before vAlign in CT_TcPr
        va = tcPr.find(qn("w:vAlign"))
        if va is not None:
            va.addprevious(td)
        else:
            tcPr.append(td)


# plain cells
for no, task, lead, coop, dl in ROWS:
    r = no
    fill(tbl.cell(r, 1), [str(no)])
    fill(tbl.cell(r, 2), [task], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    if lead is not None:
        fill(tbl.cell(r, 4), lead)
    fill(tbl.cell(r, 5), coop, align=WD_ALIGN_PARAGRAPH.CENTER if coop == ["/"] else WD_ALIGN_PARAGRAPH.LEFT)
    fill(tbl.cell(r, 6), [dl])

# merged cells: merge first (empty), then fill the top cell
for a, b, paras, vert in CATS:
    c = tbl.cell(a, 0).merge(tbl.cell(b, 0)) if b > a else tbl.cell(a, 0)
    fill(c, paras, size=12, vertical=vert)
for a, b, paras, vert in LEADERS:
    c = tbl.cell(a, 3).merge(tbl.cell(b, 3)) if b > a else tbl.cell(a, 3)
    fill(c, paras, size=12, vertical=vert)
for a, b, paras in LEAD_MERGES:
    c = tbl.cell(a, 4).merge(tbl.cell(b, 4))
    fill(c, paras, size=12)

para(doc)
para(doc, "注：1.“责任县领导”“牵头单位”栏为合并单元格的，所对应的各项任务均由该县领导负责、该单位牵头。",
     size=12)
para(doc, "　　2.“配合单位”栏标注“/”的，表示该项任务无配合单位。", size=12)
# the landscape section keeps the first section's footer (linked to previous)

doc.save(OUT)
print("wrote", OUT)
