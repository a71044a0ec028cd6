#!/usr/bin/env python3
"""Generate 278_heting_mubiao_zerenshu.docx (县政府 年度目标责任书考核指标分解表) and its gold.
Run with /usr/bin/python3 (python-docx). Paths are relative to this script's folder."""
import json, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
SLUG = "278_heting_mubiao_zerenshu"

# (cat1, [(cat2, [rows])]); row = (no, indicator, target, points, leader, lead, coop)
# leader / lead == "^" means vertically merged with the cell above.
DATA = [
 ("一、经济发展类（40分）", [
  ("（一）稳增长（20分）", [
   (1, "地区生产总值增速", "6.5%", "5", "杜明远", "县发展和改革局", "县统计局、县工业和信息化局、县商务局、各乡镇人民政府"),
   (2, "一般公共预算收入", "≥12亿元", "5", "^", "县财政局", "国家税务总局鹤汀县税务局、县自然资源局"),
   (3, "规模以上工业增加值增速", "7.5%", "5", "邵俊杰", "县工业和信息化局", "县统计局、鹤汀经济开发区管委会"),
   (4, "固定资产投资增速", "≥8%", "5", "杜明远", "县发展和改革局", "县住房和城乡建设局、县自然资源局、县交通运输局"),
  ]),
  ("（二）促转型（20分）", [
   (5, "社会消费品零售总额增速", "≥6%", "4", "韩素云", "县商务局", "县统计局、县市场监督管理局"),
   (6, "实际到位省外境内资金", "≥45亿元", "4", "^", "县投资促进中心", "县商务局、各乡镇人民政府、鹤汀经济开发区管委会"),
   (7, "新增规模以上工业企业数", "≥12家", "4", "邵俊杰", "县工业和信息化局", "县统计局、鹤汀经济开发区管委会"),
   (8, "规上工业企业数字化改造覆盖率", "≥60%", "4", "^", "^", "县科学技术局"),
   (9, "高新技术企业净增数", "≥8家", "4", "^", "县科学技术局", "县财政局、国家税务总局鹤汀县税务局"),
  ]),
 ]),
 ("二、社会民生类（35分）", [
  ("（一）保民生（20分）", [
   (10, "城镇新增就业人数", "≥3200人", "4", "罗晓岚", "县人力资源和社会保障局", "县教育体育局、县农业农村局、各乡镇人民政府"),
   (11, "农村居民人均可支配收入增速", "≥7%", "4", "包志刚", "县农业农村局", "县统计局、县人力资源和社会保障局"),
   (12, "城乡居民基本养老保险参保率", "≥95%", "4", "罗晓岚", "县人力资源和社会保障局", "县财政局、各乡镇人民政府"),
   (13, "城乡居民基本医疗保险参保率", "≥96%", "4", "^", "县医疗保障局", "县卫生健康局、县教育体育局、各乡镇人民政府"),
   (14, "民生实事项目完成率", "100%", "4", "杜明远、罗晓岚", "县发展和改革局、县财政局", "民生实事项目承办单位"),
  ]),
  ("（二）兴事业（15分）", [
   (15, "义务教育巩固率", "≥96.5%", "5", "罗晓岚", "县教育体育局", "县公安局、县民政局、各乡镇人民政府"),
   (16, "每千人口拥有执业（助理）医师数", "≥2.9人", "5", "^", "县卫生健康局", "/"),
   (17, "公共文化设施免费开放率", "100%", "5", "^", "县文化广电和旅游局", "县财政局"),
  ]),
 ]),
 ("三、生态安全类（25分）", [
  ("（一）绿色发展（15分）", [
   (18, "PM2.5年均浓度", "≤33微克/立方米", "4", "韩素云", "市生态环境局鹤汀分局", "县住房和城乡建设局、县公安局、县交通运输局、县农业农村局"),
   (19, "地表水国考断面水质达标率", "100%", "4", "^", "^", "县水利局、县农业农村局、各乡镇人民政府"),
   (20, "单位地区生产总值能耗降低率", "完成市下达目标", "3", "^", "县发展和改革局", "县工业和信息化局、县统计局"),
   (21, "森林覆盖率", "≥62.5%", "4", "包志刚", "县林业局", "县自然资源局、各乡镇人民政府"),
  ]),
  ("（二）安全稳定（10分）", [
   (22, "生产安全事故死亡人数", "控制在市下达指标以内", "4", "邵俊杰", "县应急管理局", "县安全生产委员会各成员单位"),
   (23, "食品安全评价性抽检合格率", "≥98%", "3", "罗晓岚", "县市场监督管理局", "县农业农村局、县卫生健康局"),
   (24, "信访事项及时受理率", "100%", "3", "邵俊杰", "县信访局", "县公安局、县司法局、各乡镇人民政府"),
  ]),
 ]),
]

def set_font(run, east="仿宋_GB2312", size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:ascii"), ascii_font); rf.set(qn("w:hAnsi"), ascii_font)
    if color: run.font.color.rgb = RGBColor(*color)

def para(doc, text, east="仿宋_GB2312", size=16, align=None, indent=False, bold=False, color=None,
         space_after=0, line=Pt(28)):
    p = doc.add_paragraph()
    if align is not None: p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0); pf.space_after = Pt(space_after); pf.line_spacing = line
    if indent: pf.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text); set_font(r, east, size, bold, color)
    return p

def cell_text(cell, text, east="仿宋_GB2312", size=12, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_before = Pt(0); p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = Pt(18)
    if text:
        r = p.add_run(text); set_font(r, east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

def border_line(p, where="bottom", sz=12, color="FF0000"):
    pPr = p._p.get_or_add_pPr()
    b = pPr.find(qn("w:pBdr"))
    if b is None:
        b = OxmlElement("w:pBdr"); pPr.append(b)
    e = OxmlElement("w:" + where)
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "1"); e.set(qn("w:color"), color)
    b.append(e)

def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)

def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"; st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    para(doc, "", line=Pt(28)); para(doc, "", line=Pt(28))
    para(doc, "鹤汀县人民政府文件", "方正小标宋简体", 48, WD_ALIGN_PARAGRAPH.CENTER, color=(0xFF, 0, 0), line=Pt(60))
    para(doc, "", line=Pt(28))
    p = para(doc, "鹤政发〔2024〕4号", align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    border_line(p, "bottom", 18)
    para(doc, "")
    para(doc, "鹤汀县人民政府", "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(32))
    para(doc, "关于印发2024年度县政府目标责任书考核指标分解方案的通知", "方正小标宋简体", 22,
         WD_ALIGN_PARAGRAPH.CENTER, line=Pt(32))
    para(doc, "")
    para(doc, "各乡镇人民政府，鹤汀经济开发区管委会，县政府各部门、各直属机构：")
    para(doc, "2024年3月5日，县人民政府与市人民政府签订了《2024年度县（市、区）人民政府目标管理责任书》。为确保全面完成市政府下达的各项考核指标，经县人民政府研究，现将考核指标分解落实到县政府领导和有关单位，并就有关事项通知如下。", indent=True)
    para(doc, "一、明确责任分工", "黑体", indent=True)
    para(doc, "各项考核指标实行“县领导+牵头单位+配合单位”责任制。责任县领导负责统筹调度分管领域指标完成情况；牵头单位对指标完成负总责，要制定工作推进方案，分解到月、落实到人；配合单位要按照职能职责主动配合，形成工作合力。", indent=True)
    para(doc, "二、加强调度监测", "黑体", indent=True)
    para(doc, "县统计局要会同各牵头单位建立考核指标月度监测制度，每月10日前通报上月指标完成情况。对完成进度低于序时进度的指标，牵头单位要分析原因，提出整改措施，报责任县领导审定后抓好落实。", indent=True)
    para(doc, "三、严格考核奖惩", "黑体", indent=True)
    para(doc, "县政府督查室、县考核办要将本分解方案执行情况纳入年度综合考核，考核结果与单位评先评优、干部选拔任用挂钩。因工作不力导致我县在全市目标责任考核中失分的，依规依纪追究相关单位和人员责任。", indent=True)
    para(doc, "")
    para(doc, "附件：2024年度县政府目标责任书考核指标分解表", indent=True)
    para(doc, ""); para(doc, "")
    para(doc, "鹤汀县人民政府　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "2024年3月12日　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "")
    para(doc, "（此件公开发布）", indent=True)

    # landscape section for the attachment
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21)
    s2.top_margin, s2.bottom_margin = Cm(2.5), Cm(2.5)
    s2.left_margin, s2.right_margin = Cm(2.5), Cm(2.5)
    para(doc, "附件", "黑体")
    para(doc, "")
    para(doc, "2024年度县政府目标责任书考核指标分解表", "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(32), space_after=12)

    widths = [Cm(1.3), Cm(5.6), Cm(3.2), Cm(1.4), Cm(2.6), Cm(4.4), Cm(6.2)]
    table = doc.add_table(rows=1, cols=7)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["序号", "考核指标", "目标值", "分值", "责任县领导", "牵头单位", "配合单位"]
    for i, h in enumerate(hdr):
        cell_text(table.rows[0].cells[i], h, "黑体", 12)
    repeat_header(table.rows[0])

    gold = []
    prev = {}  # col -> (row index of merge start)
    merge_start = {4: None, 5: None}
    def close_merges(upto_row, cols=(4, 5)):
        for c in cols:
            st_ = merge_start[c]
            if st_ is not None and st_ < upto_row - 1:
                a = table.cell(st_, c); b = table.cell(upto_row - 1, c)
                a.merge(b)
            merge_start[c] = None

    cur_leader_txt = cur_lead_txt = None
    for cat1, subs in DATA:
        close_merges(len(table.rows))
        r = table.add_row(); m = r.cells[0].merge(r.cells[6])
        cell_text(m, cat1, "黑体", 12, WD_ALIGN_PARAGRAPH.LEFT)
        for cat2, rows in subs:
            close_merges(len(table.rows))
            r = table.add_row(); m = r.cells[0].merge(r.cells[6])
            cell_text(m, cat2, "楷体_GB2312", 12, WD_ALIGN_PARAGRAPH.LEFT, bold=True)
            for (no, ind, tgt, pts, leader, lead, coop) in rows:
                r = table.add_row(); ri = len(table.rows) - 1
                cs = r.cells
                cell_text(cs[0], str(no)); cell_text(cs[1], ind, align=WD_ALIGN_PARAGRAPH.LEFT)
                cell_text(cs[2], tgt); cell_text(cs[3], pts)
                for c, val in ((4, leader), (5, lead)):
                    if val == "^":
                        continue
                    close_merges(ri, cols=(c,))
                    merge_start[c] = ri
                    cell_text(cs[c], val)
                cell_text(cs[6], coop, align=WD_ALIGN_PARAGRAPH.LEFT if coop != "/" else WD_ALIGN_PARAGRAPH.CENTER)
                if leader != "^": cur_leader_txt = leader
                if lead != "^": cur_lead_txt = lead
                leads = cur_lead_txt.split("、")
                coops = [] if coop == "/" else coop.split("、")
                gold.append({"id": str(no), "head": ind[:12],
                             "responsible_units": leads + coops, "lead_units": leads,
                             "cooperating_units": coops, "leaders": cur_leader_txt.split("、")})
    close_merges(len(table.rows))
    r = table.add_row(); m = r.cells[0].merge(r.cells[2])
    cell_text(m, "合计", "黑体", 12)
    cell_text(r.cells[3], "100", "黑体", 12)
    for row in table.rows:
        row.height = Cm(0.9)
        for i, c in enumerate(row.cells):
            c.width = widths[i]
    para(doc, "")
    para(doc, "注：1.目标值为市政府下达我县的年度目标，带“≥”“≤”的为约束性指标；2.各指标考核评分细则以市考核办年度考核办法为准；3.配合单位栏标“/”的，由牵头单位独立完成。", "楷体_GB2312", 12, line=Pt(20))
    para(doc, ""); para(doc, "")
    p = para(doc, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县人武部，县法院，县检察院。", size=14)
    border_line(p, "top", 8, "000000"); border_line(p, "bottom", 4, "000000")
    p = para(doc, "鹤汀县人民政府办公室　　　　　　　　　　　　　　　　　　　2024年3月12日印发", size=14)
    border_line(p, "bottom", 8, "000000")

    doc.core_properties.author = "县政府办文电科"
    doc.core_properties.title = "鹤政发〔2024〕4号"
    doc.save(os.path.join(HERE, SLUG + ".docx"))
    with open(os.path.join(HERE, SLUG + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(len(gold), "tasks")

if __name__ == "__main__":
    main()
