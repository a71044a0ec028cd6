#!/usr/bin/python3
# Generates 251_tangxi_fenguan_lingdao_biao.docx (棠溪县, invented) and its gold.
import json, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "251_tangxi_fenguan_lingdao_biao"

# (leader cell, [tasks]); task = (text, [lead units], lead_sep, [coop units], coop_sep, deadline)
# lead_sep "\n" = the two leads sit in two paragraphs of the cell
LEADERS = [
 ("县长 林思远", [
  ("全力推进“项目建设年”活动，全年实施县级重点项目120个以上，完成年度投资150亿元以上。",
   ["县发展和改革局"], "、", ["县财政局", "县自然资源局", "县住房和城乡建设局", "各乡镇人民政府"], "、", "2024年12月底"),
  ("深化招商引资“一号工程”，全年新引进亿元以上产业项目25个，省外到位资金增长10%以上。",
   ["县投资促进中心", "棠溪经济开发区管委会"], "、", ["县商务局", "县工业和信息化局"], "、", "2024年12月底"),
  ("推进政府职能转变，全面落实“高效办成一件事”重点事项清单，政务服务事项网上可办率达到98%以上。",
   ["县行政审批服务局"], "、", ["县数据局", "县司法局", "县直各有关单位"], "、", "2024年11月底"),
 ]),
 ("常务副县长 周海峰", [
  ("加强财源建设，一般公共预算收入增长6%，严控一般性支出，兜牢“三保”底线。",
   ["县财政局"], "、", ["国家税务总局棠溪县税务局", "县直各有关单位"], "、", "2024年12月底"),
  ("稳妥化解政府债务风险，按期完成年度化债任务，推动融资平台公司市场化转型。",
   ["县财政局", "县发展和改革局"], "、", ["棠溪县城市建设投资集团有限公司"], "、", "2024年12月底"),
  ("开展统计数据质量提升行动，全年新增规上工业企业15家、限上商贸企业20家。",
   ["县统计局"], "、", ["县工业和信息化局", "县商务局", "各乡镇人民政府"], "、", "2024年10月底"),
  ("持续优化营商环境，开展涉企违规收费专项整治，全市营商环境评价力争进入前三名。",
   ["县发展和改革局"], "、", ["县市场监督管理局", "县行政审批服务局", "县司法局"], "、", "2024年12月底"),
  ("推进县域金融改革，全年新增各项贷款40亿元，新增上市后备企业3家。",
   ["县金融发展服务中心"], "、", ["县财政局", "县工业和信息化局"], "、", "2024年12月底"),
 ]),
 ("县委常委、副县长 陈立军", [
  ("学习运用“千万工程”经验，创建省级和美乡村示范村6个，完成农村户厕问题摸排整改。",
   ["县农业农村局"], "、", ["县住房和城乡建设局", "市生态环境局棠溪分局", "各乡镇人民政府"], "、", "2024年11月底"),
  ("稳定粮食生产，粮食播种面积稳定在52.3万亩以上，新建高标准农田3.5万亩。",
   ["县农业农村局", "县自然资源局"], "\n", ["县财政局", "县水利局"], "、", "2024年10月底"),
  ("实施水利补短板工程，完成白沙河治理二期工程，完成小型水库除险加固8座。",
   ["县水利局"], "、", ["县财政局", "相关乡镇人民政府"], "、", "2024年6月底（主汛期前）"),
  ("巩固拓展脱贫攻坚成果，守牢不发生规模性返贫底线，脱贫人口人均纯收入增长8%以上。",
   ["县农业农村局"], "、", ["县人力资源和社会保障局", "县医疗保障局", "县教育体育局", "各乡镇人民政府"], "、", "2024年12月底"),
 ]),
 ("副县长 吴敏", [
  ("实施制造业技改提升行动，完成工业技改投资25亿元，新培育省级专精特新中小企业5家。",
   ["县工业和信息化局"], "、", ["棠溪经济开发区管委会", "县统计局"], "、", "2024年12月底"),
  ("加快开发区扩区调区，新建标准化厂房18万平方米，开发区亩均税收增长10%。",
   ["棠溪经济开发区管委会"], "、", ["县自然资源局", "县住房和城乡建设局"], "、", "2024年9月底"),
  ("促进消费扩容提质，社会消费品零售总额增长7%，开展各类促消费活动20场次以上。",
   ["县商务局"], "、", ["县文化和旅游局", "县市场监督管理局"], "、", "2024年12月底"),
  ("加强安全生产监管，深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故。",
   ["县应急管理局"], "、", ["县直有安全监管职责的部门", "各乡镇人民政府"], "、", "全年常态化推进"),
  ("保障电力和天然气供应，建成棠溪220千伏输变电工程，新建城镇燃气管网12公里。",
   ["县发展和改革局"], "、", ["国网棠溪县供电公司", "县住房和城乡建设局"], "、", "2024年8月底"),
 ]),
 ("副县长 欧阳宏涛", [
  ("推进城市更新，改造城镇老旧小区32个、背街小巷15条，新增公共停车泊位800个。",
   ["县住房和城乡建设局"], "、", ["县城市管理局", "县财政局", "城关镇人民政府"], "、", "2024年11月底"),
  ("加快交通路网建设，建成棠溪至青崖一级公路，完成农村公路提档升级60公里。",
   ["县交通运输局"], "、", ["县自然资源局", "县财政局", "沿线乡镇人民政府"], "、", "2024年12月底"),
  ("深入打好污染防治攻坚战，PM2.5平均浓度控制在32微克/立方米以内，国省控断面水质达标率100%。",
   ["市生态环境局棠溪分局"], "、", ["县住房和城乡建设局", "县农业农村局", "县水利局", "县城市管理局"], "、", "2024年12月底"),
  ("推进生活垃圾分类，县城生活垃圾回收利用率达到35%，建成乡镇垃圾中转站4座。",
   ["县城市管理局"], "、", ["各乡镇人民政府", "县直各有关单位"], "，", "2024年12月底"),
 ]),
 ("副县长 唐晓霞", [
  ("办好人民满意教育，新建（改扩建）中小学校4所，新增学位2700个。",
   ["县教育体育局"], "、", ["县发展和改革局", "县财政局", "县自然资源局"], "、", "2024年8月底"),
  ("推进健康棠溪建设，县人民医院创成三级医院，紧密型县域医共体建设实现全覆盖。",
   ["县卫生健康局"], "、", ["县医疗保障局"], "、", "2024年12月底"),
  ("稳定和扩大就业，城镇新增就业5200人，城镇调查失业率控制在5.5%以内。",
   ["县人力资源和社会保障局"], "、", [], "、", "2024年12月底"),
  ("完善养老服务体系，建成乡镇（街道）区域养老服务中心5个，新增养老床位300张。",
   ["县民政局", "县卫生健康局"], "、", ["各乡镇人民政府"], "、", "2024年10月底"),
  ("繁荣文化旅游，创成国家4A级旅游景区1个，全年接待游客增长12%。",
   ["县文化和旅游局"], "、", ["县交通运输局", "县商务局"], "、", "2024年12月底"),
 ]),
]

FS = "仿宋_GB2312"

def set_font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = color

def para(doc, text, size=16, font=FS, align=None, bold=False, indent=False, color=None, space_after=0):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.line_spacing = Pt(28)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    r = p.add_run(text)
    set_font(r, font, size, bold, color)
    return p

def cell_text(cell, text, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, t in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(t)
        set_font(r, FS, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true")
    trPr.append(e)

def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    red = RGBColor(0xE6, 0x00, 0x12)
    para(doc, "棠溪县人民政府办公室文件", 36, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER, color=red, space_after=12)
    para(doc, "棠政办发〔2024〕6号", 16, FS, WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    para(doc, "", 16)
    para(doc, "棠溪县人民政府办公室", 22, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "关于印发2024年县政府重点工作任务分工", 22, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "方案的通知", 22, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "", 16)
    para(doc, "各乡镇人民政府，棠溪经济开发区管委会，县政府各部门，县直有关单位：")
    para(doc, "经县人民政府同意，现将《棠溪县2024年县政府重点工作任务分工方案》印发给你们，请结合实际，认真抓好贯彻落实。现就有关事项通知如下：", indent=True)
    para(doc, "一、压实工作责任。各分管县领导对分管领域重点工作负领导责任，牵头单位主要负责同志为第一责任人，配合单位要主动担当、密切配合，形成工作合力。", indent=True)
    para(doc, "二、强化调度推进。各牵头单位要于4月10日前制定具体推进计划，每季度末月25日前将工作进展情况书面报送县政府督查室（联系人：邹雨桐，电话：0759-6632185）。", indent=True)
    para(doc, "三、严格督查考核。县政府督查室将对任务落实情况进行跟踪督查，督查结果纳入年度目标管理绩效考核。", indent=True)
    para(doc, "", 16)
    para(doc, "附件：棠溪县2024年县政府重点工作任务分工方案", indent=True)
    para(doc, "", 16)
    para(doc, "", 16)
    para(doc, "棠溪县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "2024年3月22日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "（此件公开发布）", indent=True)

    # landscape section for the attachment
    ns = doc.add_section(WD_SECTION.NEW_PAGE)
    ns.orientation = WD_ORIENT.LANDSCAPE
    ns.page_width, ns.page_height = Cm(29.7), Cm(21)
    ns.top_margin, ns.bottom_margin = Cm(2.6), Cm(2.4)
    ns.left_margin, ns.right_margin = Cm(2.5), Cm(2.5)
    para(doc, "附件", 16, "黑体")
    para(doc, "棠溪县2024年县政府重点工作任务分工方案", 22, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER, space_after=12)

    n = sum(len(t) for _, t in LEADERS)
    table = doc.add_table(rows=1 + n, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(2.6), Cm(1.2), Cm(10.6), Cm(4.0), Cm(4.8), Cm(2.4)]
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    hdr = ["分管县领导", "序号", "工作任务", "牵头单位", "配合单位", "完成时限"]
    for c, h in zip(table.rows[0].cells, hdr):
        cell_text(c, h, 12, True, WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(table.rows[0])

    gold = []
    r = 1
    seq = 0
    for leader, tasks in LEADERS:
        first = r
        name = leader.split(" ")[-1]
        for (text, leads, lsep, coops, csep, dl) in tasks:
            seq += 1
            cells = table.rows[r].cells
            cell_text(cells[1], str(seq), align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(cells[2], text)
            cell_text(cells[3], lsep.join(leads))
            cell_text(cells[4], csep.join(coops))
            cell_text(cells[5], dl, align=WD_ALIGN_PARAGRAPH.CENTER)
            gold.append({"id": str(seq), "head": text[:12],
                         "responsible_units": leads + coops,
                         "lead_units": leads, "cooperating_units": coops,
                         "leaders": [name]})
            r += 1
        top = table.cell(first, 0)
        cell_text(top, leader, align=WD_ALIGN_PARAGRAPH.CENTER)
        top.merge(table.cell(r - 1, 0))

    para(doc, "", 12)
    para(doc, "抄送：县委办公室，县人大常委会办公室，县政协办公室，县纪委监委。", 14)
    para(doc, "棠溪县人民政府办公室　　　　　　　　　　　　　　　　　　　　　2024年3月22日印发", 14)
    para(doc, "校对：邹雨桐（县政府督查室）　　　　　　　　　　　　　　　　　　　　共印60份", 14)

    doc.save(os.path.join(HERE, STEM + ".docx"))
    with open(os.path.join(HERE, STEM + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(len(gold), "tasks")

if __name__ == "__main__":
    main()
