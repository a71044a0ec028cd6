#!/usr/bin/env python3
"""Generate 444_yichuan_shuiliting_gzbg_fengong.docx (round 86, control case)."""
import os

from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "444_yichuan_shuiliting_gzbg_fengong.docx")

SECTIONS = [
    ("一、全力保障水安全", [
        ("加快推进引沂济川二期工程建设，全年完成投资18亿元，力争输水干线主体工程完工。", "韩志强", "建设处", "规划计划处、财务审计处、省调水工程建设管理局"),
        ("开工建设青岚水库，推进石门、白沙2座中型水库前期工作，年内完成可行性研究报告审查。", "韩志强", "规划计划处", "建设处、省水利水电勘测设计研究院"),
        ("实施沂河、乌江河等5条主要支流治理，新增治理河长120公里。", "陈嘉禾", "河湖管理处", "建设处、规划计划处"),
        ("完成32座病险水库除险加固和87座小型水库雨水情测报、大坝安全监测设施建设。", "陈嘉禾", "运行管理处", "建设处、财务审计处"),
        ("修订省级江河洪水调度方案和超标洪水防御预案，汛前完成全部大中型水库汛限水位核定。", "林芳菲", "水旱灾害防御处", "运行管理处、省水文水资源中心"),
        ("建设山洪灾害监测预警系统，新建自动雨量站150处，实现重点防治区预警信息直达到人。", "林芳菲", "水旱灾害防御处", "省水文水资源中心、厅信息中心"),
        ("推进数字孪生沂河流域建设，年底前完成先行先试任务并通过水利部验收。", "许国栋", "科技与对外合作处", "厅信息中心、水旱灾害防御处、省水文水资源中心"),
        ("加强水利工程安全生产监管，开展水利工程建设质量“提升年”行动。", "许国栋", "监督处", "建设处、运行管理处"),
    ]),
    ("二、推进水资源节约集约利用", [
        ("实施国家节水行动沂川方案，全省万元地区生产总值用水量下降3%以上。", "陈嘉禾", "水资源管理处", "农村水利水电处、省节约用水办公室"),
        ("严格用水总量和强度双控，完成8条跨市河流水量分配方案批复。", "陈嘉禾", "水资源管理处", "规划计划处、省水文水资源中心"),
        ("推进地下水超采综合治理，全年压减地下水开采量0.6亿立方米。", "陈嘉禾", "水资源管理处", "省水文水资源中心"),
        ("建成县域节水型社会达标县（区）15个，创建节水型机关、企业和高校200家以上。", "陈嘉禾", "省节约用水办公室", "水资源管理处"),
        ("深化水资源税改革，配合做好取用水户纳税申报的水量核定工作。", "陈嘉禾", "水资源管理处", "财务审计处、政策法规处"),
    ]),
    ("三、强化河湖保护治理", [
        ("全面落实河湖长制，推动省级河湖长巡河调研全覆盖，开展幸福河湖建设20条。", "周维民", "河湖管理处", "水土保持处、省河湖保护中心"),
        ("持续推进河湖“清四乱”常态化规范化，年内完成妨碍河道行洪突出问题整治。", "陈嘉禾", "河湖管理处", "执法监督处、水旱灾害防御处"),
        ("完成全省第一次全面河湖岸线划界成果复核，建立岸线利用项目台账。", "陈嘉禾", "河湖管理处", "省河湖保护中心"),
        ("新增水土流失治理面积1100平方公里，实施坡耕地和侵蚀沟综合治理项目40个。", "林芳菲", "水土保持处", "规划计划处、财务审计处"),
        ("开展生产建设项目水土保持“天地一体化”监管，实现遥感监管全覆盖。", "林芳菲", "水土保持处", "省水土保持监测总站"),
        ("推进乌江河、白马湖生态补水，保障重要河湖生态流量达标率90%以上。", "陈嘉禾", "水资源管理处、河湖管理处", "运行管理处、省水文水资源中心"),
    ]),
    ("四、服务乡村全面振兴", [
        ("巩固提升农村供水保障水平，农村自来水普及率达到93%，规模化供水工程覆盖人口比例达到60%。", "韩志强", "农村水利水电处", "规划计划处、财务审计处"),
        ("实施大中型灌区续建配套与现代化改造项目12处，新增恢复改善灌溉面积45万亩。", "韩志强", "农村水利水电处", "建设处、规划计划处"),
        ("开展小水电站清理整改“回头看”，完成绿色小水电示范电站创建10座。", "韩志强", "农村水利水电处", "运行管理处"),
        ("深化农业水价综合改革，年内新增改革面积80万亩。", "韩志强", "农村水利水电处", "财务审计处、规划计划处"),
    ]),
    ("五、深化水利改革和行业管理", [
        ("扩大水利有效投资，全年完成水利建设投资320亿元以上。", "周维民、韩志强", "规划计划处、财务审计处", "建设处、厅机关各有关处室"),
        ("创新水利投融资机制，推进水利基础设施投资信托基金（REITs）试点，争取地方政府专项债券资金60亿元以上。", "韩志强", "财务审计处", "规划计划处、政策法规处"),
        ("推进水利领域“放管服”改革，水利政务服务事项全程网办率达到95%以上。", "许国栋", "政策法规处", "办公室、厅信息中心"),
        ("推动出台《沂川省节约用水条例》，完成水行政执法规范化建设年度任务。", "许国栋", "政策法规处", "执法监督处、省节约用水办公室"),
        ("加强水利人才队伍建设，引进培养水利高层次人才和急需紧缺人才50名。", "周维民", "人事处", "机关党委、科技与对外合作处"),
        ("推进智慧水利建设，建成省级水利一张图和水利大数据中心二期。", "许国栋", "厅信息中心", ""),
    ]),
]

FS = "仿宋_GB2312"
HEI = "黑体"
XBS = "方正小标宋简体"


def set_font(run, name, size):
    run.font.size = Pt(size)
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rfonts.set(qn(a), name)


def para(doc_or_cell, text, font=FS, size=16, align=None, indent=False, bold=False, space_after=0):
    p = doc_or_cell.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = Pt(28) if size >= 14 else None
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        set_font(r, font, size)
        r.bold = bold
    return p


def cell_text(cell, text, font=FS, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    if text:
        r = p.add_run(text)
        set_font(r, font, size)
        r.bold = bold


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def set_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def vcenter(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vAlign")
    v.set(qn("w:val"), "center")
    tcPr.append(v)


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    para(doc, "沂川省水利厅文件", XBS, 36, WD_ALIGN_PARAGRAPH.CENTER, space_after=12)
    para(doc, "沂水办〔2024〕9号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER, space_after=12)
    para(doc, "", FS, 16)
    para(doc, "沂川省水利厅关于印发2024年《政府工作报告》", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "涉及省水利厅重点工作任务分工方案的通知", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, space_after=12)
    para(doc, "厅机关各处室、厅属各单位：", FS, 16)
    body = [
        "2024年1月22日，省十四届人大二次会议审议通过了省政府工作报告。为认真贯彻落实省委、省政府决策部署，确保《政府工作报告》涉及水利的各项目标任务落到实处，经厅党组会议研究，现将《2024年〈政府工作报告〉涉及省水利厅重点工作任务分工方案》印发给你们，并提出如下要求，请认真抓好落实。",
        "一、提高思想认识。各处室、各单位要把落实《政府工作报告》确定的水利任务作为今年工作的重中之重，按照分工方案逐项细化工作措施，明确时间节点，确保按时保质完成。",
        "二、压实工作责任。责任厅领导对分管任务负领导责任，牵头处室对任务落实负主要责任，要加强统筹协调，主动对接配合处室（单位）；配合处室（单位）要按职责分工积极主动配合，形成工作合力。",
        "三、加强督促检查。各牵头处室请于每季度最后一个月20日前，将任务进展情况报厅办公室，厅办公室汇总后报省政府督查室，并定期通报任务推进情况。工作中遇到的重大问题，要及时向责任厅领导报告。",
    ]
    for t in body:
        para(doc, t, FS, 16, indent=True)
    para(doc, "", FS, 16)
    p = para(doc, "附件：2024年《政府工作报告》涉及省水利厅重点工作任务分工方案", FS, 16, indent=True)
    para(doc, "", FS, 16)
    para(doc, "沂川省水利厅", FS, 16, WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "2024年2月26日", FS, 16, WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "（此件主动公开）", FS, 16, indent=True)

    # attachment in a landscape section
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    new.top_margin, new.bottom_margin = Cm(2.5), Cm(2.5)
    new.left_margin, new.right_margin = Cm(2.5), Cm(2.5)
    para(doc, "附件", HEI, 16)
    para(doc, "2024年《政府工作报告》涉及省水利厅", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "重点工作任务分工方案", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, space_after=12)

    ncols = 5
    table = doc.add_table(rows=1, cols=ncols)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_borders(table)
    widths = [Cm(1.5), Cm(11.5), Cm(2.8), Cm(3.6), Cm(5.3)]
    hdr = ["序号", "重点任务", "责任厅领导", "牵头处室", "配合处室（单位）"]
    for i, h in enumerate(hdr):
        c = table.rows[0].cells[i]
        c.width = widths[i]
        cell_text(c, h, HEI, 12)
        vcenter(c)
    set_repeat_header(table.rows[0])

    n = 0
    for title, tasks in SECTIONS:
        row = table.add_row()
        m = row.cells[0].merge(row.cells[ncols - 1])
        cell_text(m, title, HEI, 12, WD_ALIGN_PARAGRAPH.LEFT)
        for text, leader, lead, coop in tasks:
            n += 1
            row = table.add_row()
            vals = [str(n), text, leader, lead, coop]
            for i, v in enumerate(vals):
                c = row.cells[i]
                c.width = widths[i]
                cell_text(c, v, FS, 12, WD_ALIGN_PARAGRAPH.LEFT if i == 1 else WD_ALIGN_PARAGRAPH.CENTER)
                vcenter(c)

    para(doc, "", FS, 12)
    para(doc, "", FS, 14)
    para(doc, "抄送：省政府办公厅，省政府督查室。", FS, 14)
    para(doc, "沂川省水利厅办公室                        2024年2月26日印发", FS, 14)
    doc.save(OUT)
    return n


if __name__ == "__main__":
    print(main(), "tasks")
