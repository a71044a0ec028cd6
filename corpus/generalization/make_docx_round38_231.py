#!/usr/bin/env python3
"""Generate 231_chengshui_shuanglan.docx: a 县人民政府办公室 notice whose attachment task table is printed
"double-wide" (two tasks per row: 序号|重点任务|牵头单位|配合单位 twice), left half 1..14, right half 15..27,
last row's right half empty. Also writes the gold. Paths are relative to this script's folder."""
import json
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
SLUG = "231_chengshui_shuanglan"

# (id, task text, lead cell units, lead separator, coop cell units, coop separator)
# separator "、" = one line with 、 ; "\n" = each unit on its own line inside the cell ; coop [] printed as "/"
TASKS = [
    (1, "全县地区生产总值增长6%左右，一般公共预算收入增长5%。", ["县发展和改革局", "县财政局"], "、", ["县统计局", "县税务局"], "、"),
    (2, "新开工亿元以上项目30个以上，固定资产投资增长8%。", ["县发展和改革局"], "、", ["县自然资源局", "县住房和城乡建设局", "澄水经济开发区管委会"], "\n"),
    (3, "推进澄水经济开发区扩区调位，新增标准化厂房10万平方米。", ["澄水经济开发区管委会"], "、", ["县自然资源局", "县工业和信息化局"], "、"),
    (4, "实施规上工业企业倍增行动，新增规上工业企业15家。", ["县工业和信息化局"], "、", ["县统计局", "各乡（镇）人民政府"], "、"),
    (5, "推动12家企业实施智能化技术改造，争创省级专精特新企业3家。", ["县工业和信息化局"], "、", ["县科学技术局"], "、"),
    (6, "高新技术企业达到42家，全社会研发投入强度达到1.8%。", ["县科学技术局"], "、", ["县统计局", "县财政局"], "、"),
    (7, "社会消费品零售总额增长7%，举办“澄水好物”消费季活动4场以上。", ["县商务局"], "、", ["县市场监督管理局", "县融媒体中心"], "、"),
    (8, "新建高标准农田2.5万亩，粮食播种面积稳定在48万亩以上。", ["县农业农村局"], "、", ["县财政局", "县自然资源局", "各乡（镇）人民政府"], "\n"),
    (9, "做强茶叶、油茶特色产业，新增油茶低产林改造1.2万亩。", ["县林业局"], "、", ["县农业农村局"], "、"),
    (10, "实施和美乡村建设，打造省级和美乡村示范村5个。", ["县农业农村局"], "、", ["县住房和城乡建设局", "市生态环境局澄水分局", "各乡（镇）人民政府"], "、"),
    (11, "改造提升农村公路86公里，完成危桥改造7座。", ["县交通运输局"], "、", [], "、"),
    (12, "完成城区老旧小区改造14个，惠及居民2100户。", ["县住房和城乡建设局"], "、", ["县财政局", "城关镇人民政府"], "、"),
    (13, "推进城区雨污分流改造，新建改造污水管网18公里。", ["县住房和城乡建设局", "县城市管理局"], "\n", ["市生态环境局澄水分局"], "、"),
    (14, "PM2.5平均浓度控制在30微克/立方米以内，县控以上断面水质达标率100%。", ["市生态环境局澄水分局"], "、", ["县住房和城乡建设局", "县交通运输局", "县农业农村局", "县水利局"], "、"),
    (15, "完成河湖“清四乱”整治，推进城乡供水一体化工程建设。", ["县水利局"], "、", ["各乡（镇）人民政府"], "、"),
    (16, "深化“一件事一次办”改革，政务服务事项网上可办率达到98%。", ["县行政审批服务局"], "、", ["县直各有关单位"], "、"),
    (17, "开展营商环境提升行动，持续清理拖欠中小企业账款。", ["县发展和改革局"], "、", ["县工业和信息化局", "县财政局", "县司法局"], "、"),
    (18, "城镇新增就业3200人，农村劳动力转移就业1.5万人。", ["县人力资源和社会保障局"], "、", ["县农业农村局", "各乡（镇）人民政府"], "、"),
    (19, "建成县第二实验小学，新增公办学位1350个。", ["县教育局"], "、", ["县发展和改革局", "县自然资源局", "县住房和城乡建设局"], "\n"),
    (20, "推进紧密型县域医共体建设，县人民医院创成三级医院。", ["县卫生健康局"], "、", ["县医疗保障局", "县人民医院"], "、"),
    (21, "落实城乡居民基本医保财政补助政策，参保率稳定在95%以上。", ["县医疗保障局"], "、", ["县税务局", "县财政局"], "、"),
    (22, "新建社区嵌入式养老服务站6个，改造提升特困供养服务机构2所。", ["县民政局"], "、", ["县财政局"], "、"),
    (23, "落实低保、特困人员救助供养政策，保障困难群众基本生活。", ["县民政局"], "、", ["县财政局", "县残疾人联合会"], "、"),
    (24, "举办澄水茶文化旅游节，全年接待游客增长10%以上。", ["县文化和旅游局"], "、", ["县商务局", "县融媒体中心", "相关乡（镇）人民政府"], "、"),
    (25, "开展安全生产治本攻坚三年行动，坚决遏制较大以上事故。", ["县应急管理局"], "、", ["县直有关部门", "各乡（镇）人民政府"], "、"),
    (26, "压实食品安全“两个责任”，全年完成食品抽检1800批次。", ["县市场监督管理局"], "、", ["各乡（镇）人民政府"], "、"),
    (27, "推进平安澄水建设，常态化开展扫黑除恶斗争。", ["县公安局"], "、", ["县司法局", "县信访局", "各乡（镇）人民政府"], "、"),
]

FS = "仿宋_GB2312"


def set_font(run, size=16, east=FS, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(doc, text, size=16, east=FS, align=None, indent=True, bold=False, color=None, space_after=0):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = Pt(28)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        set_font(p.add_run(text), size, east, bold, color)
    return p


def cell_text(cell, text, size=10.5, align=None):
    lines = text.split("\n")
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = 1.0
        if align is not None:
            p.alignment = align
        if line:
            set_font(p.add_run(line), size, FS)


def mark_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def main():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    # 版头
    para(doc, "澄水县人民政府办公室文件", size=36, east="方正小标宋简体", align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, color=(0xE0, 0, 0), space_after=18)
    para(doc, "澄政办发〔2024〕9号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_after=6)
    para(doc, "", indent=False)
    # 标题
    para(doc, "澄水县人民政府办公室", size=22, east="方正小标宋简体", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "关于印发2024年县政府工作报告重点任务分工的通知", size=22, east="方正小标宋简体",
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "", indent=False)
    para(doc, "各乡（镇）人民政府，澄水经济开发区管委会，县直各单位：", indent=False)
    para(doc, "《2024年县政府工作报告重点任务分工》已经县人民政府同意，现印发给你们，请结合实际认真抓好落实。现将有关事项通知如下：")
    para(doc, "一、压实工作责任。《政府工作报告》经县十八届人大三次会议审议通过，是县人民政府向全县人民作出的郑重承诺。"
              "各牵头单位是任务落实的第一责任单位，主要负责同志要亲自研究、亲自推动；各配合单位要按照职责分工主动对接、密切配合，形成工作合力。")
    para(doc, "二、细化推进措施。各牵头单位要对照分工表，会同配合单位于3月20日前制定具体推进方案，明确时间表、路线图，"
              "确保每项任务有人抓、有人管、有人负责。")
    para(doc, "三、强化督查督办。县政府督查室将任务落实情况纳入年度目标管理考核，实行季度通报制度。各牵头单位请于每季度末月25日前，"
              "将任务推进情况书面报送县政府督查室（联系电话：0797—6625138，电子邮箱：csxdcs@163.com）。")
    para(doc, "")
    para(doc, "附件：2024年县政府工作报告重点任务分工表")
    para(doc, "")
    para(doc, "")
    para(doc, "澄水县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "2024年3月8日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "（此件公开发布）")

    # 附件 in a landscape section
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    new.top_margin, new.bottom_margin = Cm(2.0), Cm(2.0)
    new.left_margin, new.right_margin = Cm(1.8), Cm(1.8)
    para(doc, "附件", east="黑体", indent=False)
    para(doc, "2024年县政府工作报告重点任务分工表", size=22, east="方正小标宋简体",
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_after=6)

    n = len(TASKS)
    half = (n + 1) // 2
    left, right = TASKS[:half], TASKS[half:]
    heads = ["序号", "重点任务", "牵头单位", "配合单位"] * 2
    table = doc.add_table(rows=1 + half, cols=8)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.0), Cm(6.0), Cm(2.6), Cm(3.4)] * 2
    for j, h in enumerate(heads):
        c = table.rows[0].cells[j]
        cell_text(c, h, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
        for r in c.paragraphs[0].runs:
            r.font.bold = True
    mark_header(table.rows[0])

    def fill(row, off, t):
        tid, text, lead, lsep, coop, csep = t
        cell_text(row.cells[off], str(tid), align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(row.cells[off + 1], text)
        cell_text(row.cells[off + 2], lsep.join(lead), align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(row.cells[off + 3], csep.join(coop) if coop else "/", align=WD_ALIGN_PARAGRAPH.CENTER)

    for i in range(half):
        row = table.rows[1 + i]
        fill(row, 0, left[i])
        if i < len(right):
            fill(row, 4, right[i])
    for row in table.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w

    # 版记
    para(doc, "")
    para(doc, "抄送：县委办公室，县人大常委会办公室，县政协办公室。", size=14, indent=False)
    para(doc, "澄水县人民政府办公室                            2024年3月8日印发", size=14, indent=False)

    doc.save(os.path.join(HERE, SLUG + ".docx"))

    with open(os.path.join(HERE, SLUG + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
        for tid, text, lead, _, coop, _ in TASKS:
            rec = {"id": str(tid), "head": text[:12], "responsible_units": lead + coop,
                   "lead_units": lead, "cooperating_units": coop, "leaders": []}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
