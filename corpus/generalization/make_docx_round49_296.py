#!/usr/bin/env python3
"""Round 49 / 296: 岚峪县人民政府关于印发2024年《政府工作报告》重点工作任务分工的通知 (.docx, python-docx).
Body: headings 一、… in 黑体, tasks as first-line-indented paragraphs 1.–18. ending in
（牵头单位：…；配合单位：…）.  附件 (after a page break): table of 民生实事 continuing the numbering
(序号 19–30 | 民生实事项目 | 牵头单位 | 配合单位 | 责任领导).  Writes the .docx and its gold next to this script."""
import json, os
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
SLUG = "296_lanyu_xian_renwu_fengong_minshengshishi"

# Body tasks: (text, lead, coop)   -- bracket is built from lead/coop; gold typed as the same lists
BODY = [
("一、全力推动经济稳进提质", [
 ("地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长8%。",
  ["县发展和改革局"], ["县财政局", "县工业和信息化局", "县统计局", "各乡镇人民政府"]),
 ("全年实施省市县重点项目120个以上，完成投资210亿元，力争新开工亿元以上项目35个。",
  ["县发展和改革局"], ["县自然资源局", "县住房和城乡建设局", "县行政审批服务局"]),
 ("开展“招大引强”攻坚行动，全年签约亿元以上项目30个，实际到位市外资金90亿元。",
  ["县招商服务中心"], ["岚峪经济开发区管委会", "各乡镇人民政府"]),
 ("落实结构性减税降费政策，全年为经营主体减负3亿元以上，兑现惠企资金不少于1.5亿元。",
  ["国家税务总局岚峪县税务局", "县财政局"], ["县工业和信息化局"]),
 ("扩大有效消费，举办“岚峪好物”等促消费活动20场以上，社会消费品零售总额增长6.5%。",
  ["县商务局"], []),
]),
("二、加快产业转型升级", [
 ("做强新材料、绿色食品两大主导产业，新增规模以上工业企业18家，培育专精特新企业6家。",
  ["县工业和信息化局"], ["县科学技术局", "岚峪经济开发区管委会"]),
 ("推进岚峪经济开发区扩区调位，完成标准化厂房建设15万平方米，园区亩均税收提高10%。",
  ["岚峪经济开发区管委会"], ["县自然资源局", "县财政局"]),
 ("稳定粮食播种面积42万亩以上，新建高标准农田3.2万亩，粮食总产稳定在16万吨以上。",
  ["县农业农村局"], ["县财政局", "县自然资源局", "县水利局", "各乡镇人民政府"]),
 ("创建省级全域旅游示范区，提升峪口古镇、青崖湖景区品质，全年接待游客增长12%。",
  ["县文化和旅游局"], ["县交通运输局", "峪口镇人民政府", "青崖湖旅游发展有限公司"]),
]),
("三、统筹推进新型城镇化和乡村振兴", [
 ("完成县城北部新区路网建设，打通断头路5条，新建城市停车泊位1200个。",
  ["县住房和城乡建设局"], ["县城市管理局", "县公安局交通管理大队"]),
 ("巩固拓展脱贫攻坚成果，守牢不发生规模性返贫底线，脱贫人口人均纯收入增长10%以上。",
  ["县乡村振兴局"], ["县农业农村局", "县人力资源和社会保障局", "各乡镇人民政府"]),
 ("实施农村人居环境整治提升行动，农村卫生厕所普及率达到88%，生活垃圾收运处置体系行政村全覆盖。",
  ["县农业农村局"], ["县城市管理局", "县卫生健康局", "市生态环境局岚峪分局", "各乡镇人民政府"]),
 ("推进“四好农村路”提质扩面，实施自然村通硬化路工程，城乡公交一体化率达到100%。",
  ["县交通运输局"], ["县财政局"]),
]),
("四、持续深化改革开放", [
 ("深化“放管服”改革，推行“高效办成一件事”，政务服务事项全程网办率达到90%以上。",
  ["县行政审批服务局"], ["县政务服务和大数据管理中心", "县直各有关部门"]),
 ("推进县属国有企业改革，完成县城投集团市场化转型，国有资产保值增值率达到102%。",
  ["县财政局（县国资办）"], ["县审计局", "县城市建设投资集团有限公司"]),
 ("加强知识产权保护和质量品牌建设，新增有效发明专利30件、地理标志证明商标1件。",
  ["县市场监督管理局（县知识产权局）"], ["县科学技术局", "县农业农村局"]),
]),
("五、持续改善生态环境质量", [
 ("深入打好污染防治攻坚战，县城空气质量优良天数比例达到90%以上，国省考断面水质达标率100%。",
  ["市生态环境局岚峪分局"], ["县水利局", "县住房和城乡建设局", "县农业农村局", "各乡镇人民政府"]),
 ("全面落实河湖长制和林长制，完成营造林2.5万亩，森林覆盖率稳定在61%以上。",
  ["县林业局", "县水利局"], ["各乡镇人民政府"]),
]),
]

# 民生实事 rows: (序号, project text, lead cell paragraphs, coop cell paragraphs (or ["—"]), leader cell)
#   gold: (responsible, lead, coop, leaders) typed by hand
MSSS = [
 (19, "新建改建农村公路60公里，实施危桥改造8座、安全生命防护工程120公里。",
  ["县交通运输局"], ["县财政局", "各乡镇人民政府"], "刘志强",
  (["县交通运输局","县财政局","各乡镇人民政府"], ["县交通运输局"], ["县财政局","各乡镇人民政府"], ["刘志强"])),
 (20, "实施农村饮水安全巩固提升工程，新建改造供水管网85公里，受益群众3.6万人。",
  ["县水利局"], ["县财政局", "县卫生健康局"], None,   # 责任领导 merged with row 19
  (["县水利局","县财政局","县卫生健康局"], ["县水利局"], ["县财政局","县卫生健康局"], ["刘志强"])),
 (21, "新建县第三幼儿园、城北小学，改扩建乡镇寄宿制学校4所，新增学位2100个。",
  ["县教育体育局"], ["县发展和改革局", "县财政局", "县自然资源局"], "韩雪",
  (["县教育体育局","县发展和改革局","县财政局","县自然资源局"], ["县教育体育局"],
   ["县发展和改革局","县财政局","县自然资源局"], ["韩雪"])),
 (22, "为全县适龄女生免费接种HPV疫苗，为65岁以上老年人免费开展健康体检。",
  ["县卫生健康局"], ["县财政局", "县教育体育局"], "韩雪",
  (["县卫生健康局","县财政局","县教育体育局"], ["县卫生健康局"], ["县财政局","县教育体育局"], ["韩雪"])),
 (23, "改造城镇老旧小区22个、1860户，加装电梯30部。",
  ["县住房和城乡建设局"], ["县财政局", "县城市管理局", "城关镇人民政府"], "王树林",
  (["县住房和城乡建设局","县财政局","县城市管理局","城关镇人民政府"], ["县住房和城乡建设局"],
   ["县财政局","县城市管理局","城关镇人民政府"], ["王树林"])),
 (24, "新建城乡社区养老服务站10个、老年助餐点25个，为1000户特殊困难老年人家庭实施适老化改造。",
  ["县民政局"], ["县财政局", "县卫生健康局", "各乡镇人民政府"], "韩雪",
  (["县民政局","县财政局","县卫生健康局","各乡镇人民政府"], ["县民政局"],
   ["县财政局","县卫生健康局","各乡镇人民政府"], ["韩雪"])),
 (25, "城镇新增就业5200人，开展职业技能培训8000人次，发放创业担保贷款1.2亿元。",
  ["县人力资源和社会保障局"], ["县财政局", "中国人民银行岚峪县支行"], "王树林",
  (["县人力资源和社会保障局","县财政局","中国人民银行岚峪县支行"], ["县人力资源和社会保障局"],
   ["县财政局","中国人民银行岚峪县支行"], ["王树林"])),
 (26, "实施城区雨污分流改造工程，改造雨污管网26公里，消除城区易涝点6处。",
  ["县住房和城乡建设局", "县城市管理局"], ["—"], "王树林",
  (["县住房和城乡建设局","县城市管理局"], ["县住房和城乡建设局","县城市管理局"], [], ["王树林"])),
 (27, "建成县全民健身中心，新建农村健身广场15个、城市社区“15分钟健身圈”8个。",
  ["县教育体育局"], ["县住房和城乡建设局", "各乡镇人民政府"], "韩雪",
  (["县教育体育局","县住房和城乡建设局","各乡镇人民政府"], ["县教育体育局"],
   ["县住房和城乡建设局","各乡镇人民政府"], ["韩雪"])),
 (28, "新建改造农贸市场4个，规范提升城区早夜市2处，开展食品安全“你点我检”活动。",
  ["县市场监督管理局（县知识产权局）"], ["县商务局", "县城市管理局"], "刘志强",
  (["县市场监督管理局（县知识产权局）","县商务局","县城市管理局"], ["县市场监督管理局（县知识产权局）"],
   ["县商务局","县城市管理局"], ["刘志强"])),
 (29, "为困难群众、残疾人等提供法律援助1200件，实现村（社区）法律顾问全覆盖。",
  ["县司法局"], ["县残疾人联合会", "各乡镇人民政府"], "张宏远",
  (["县司法局","县残疾人联合会","各乡镇人民政府"], ["县司法局"], ["县残疾人联合会","各乡镇人民政府"], ["张宏远"])),
 (30, "实施城乡电网升级改造，新建改造10千伏线路120公里、配电台区45个。",
  ["国网岚峪县供电公司"], ["县发展和改革局", "县自然资源局"], "刘志强\n张宏远",
  (["国网岚峪县供电公司","县发展和改革局","县自然资源局"], ["国网岚峪县供电公司"],
   ["县发展和改革局","县自然资源局"], ["刘志强","张宏远"])),
]

FS, HEI, KAI, SONG = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体"

def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run._element.get_or_add_rPr()
    rfonts = run._element.rPr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts"); run._element.rPr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)

def para(doc_or_cell, text, font=FS, size=16, indent=True, align=None, bold=False, color=None, space=None):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    if indent:
        pf.first_line_indent = Pt(size * 2)
    pf.line_spacing = Pt(28) if size >= 14 else None
    pf.space_before = Pt(0); pf.space_after = Pt(0)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p

def cell_text(cell, lines, size=11, align=WD_ALIGN_PARAGRAPH.LEFT, font=FS, bold=False):
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        set_font(p.add_run(line), font, size, bold)

def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS; st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    C = WD_ALIGN_PARAGRAPH.CENTER
    para(doc, "岚峪县人民政府文件", SONG, 42, False, C, color=(0xE0, 0, 0))
    para(doc, "", indent=False)
    para(doc, "岚政发〔2024〕3号", FS, 16, False, C)
    p = para(doc, "", indent=False)  # red rule
    pPr = p._p.get_or_add_pPr(); bdr = OxmlElement("w:pBdr"); b = OxmlElement("w:bottom")
    for k, v in (("val", "single"), ("sz", "18"), ("space", "1"), ("color", "E00000")):
        b.set(qn("w:" + k), v)
    bdr.append(b); pPr.append(bdr)
    para(doc, "", indent=False)
    para(doc, "岚峪县人民政府", SONG, 22, False, C)
    para(doc, "关于印发2024年《政府工作报告》重点工作任务分工的通知", SONG, 22, False, C)
    para(doc, "", indent=False)
    para(doc, "各乡镇人民政府，县政府各部门、各直属机构，驻县有关单位：", indent=False)
    para(doc, "县十八届人大四次会议审议通过的《政府工作报告》，明确了今年全县经济社会发展的主要目标和重点任务。为确保各项目标任务落到实处，经县政府研究同意，现将重点工作任务分工通知如下。")
    para(doc, "本分工共30项任务，统一编号、统一调度：正文所列重点工作为第1—18项；附件所列2024年县政府民生实事项目为同一清单的第19—30项，序号接续正文编排。各项任务括注单位中，“牵头单位”对任务落实负总责，“配合单位”按照职责分工积极配合。")

    gold = []
    n = 0
    for heading, tasks in BODY:
        para(doc, heading, HEI, 16)
        for text, lead, coop in tasks:
            n += 1
            br = "（牵头单位：%s" % "、".join(lead)
            if coop:
                br += "；配合单位：%s" % "、".join(coop)
            br += "）"
            para(doc, "%d.%s%s" % (n, text, br))
            gold.append({"id": str(n), "head": text[:12], "responsible_units": lead + coop,
                         "lead_units": lead, "cooperating_units": coop, "leaders": []})
    para(doc, "六、工作要求", HEI, 16)
    p = para(doc, "")
    set_font(p.add_run("（一）压实工作责任。"), KAI, 16)
    set_font(p.add_run("各牵头单位主要负责同志为第一责任人，要逐项制定推进方案，细化时间节点，于2024年3月底前报县政府督查室备案。配合单位要主动对接，形成工作合力。"), FS, 16)
    p = para(doc, "")
    set_font(p.add_run("（二）强化督查考核。"), KAI, 16)
    set_font(p.add_run("县政府督查室对30项任务实行月调度、季通报，民生实事项目每月公开进展。任务落实情况纳入年度目标责任考核。"), FS, 16)
    p = para(doc, "")
    set_font(p.add_run("（三）及时报送进展。"), KAI, 16)
    set_font(p.add_run("各牵头单位于每季度末月20日前将任务进展情况报送县政府督查室，年终形成总结报告。"), FS, 16)
    para(doc, "", indent=False)
    para(doc, "附件：2024年岚峪县人民政府民生实事项目分工表（第19—30项）")
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, "岚峪县人民政府", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT); p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2024年3月8日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT); p.paragraph_format.right_indent = Pt(64)
    para(doc, "（此件公开发布）")

    # 附件 after a page break
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件", HEI, 16, False)
    para(doc, "", indent=False)
    para(doc, "2024年岚峪县人民政府民生实事项目分工表", SONG, 22, False, C)
    para(doc, "", indent=False)
    hdr = ["序号", "民生实事项目", "牵头单位", "配合单位", "责任领导"]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.3), Cm(6.6), Cm(3.2), Cm(3.3), Cm(1.9)]
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], [h], 12, C, HEI)
    rows = {}
    for num, proj, lead, coop, leader, g in MSSS:
        r = t.add_row(); rows[num] = r
        cell_text(r.cells[0], [str(num)], 11, C)
        cell_text(r.cells[1], [proj])
        cell_text(r.cells[2], lead, 11, C)
        cell_text(r.cells[3], coop, 11, C)
        if leader is not None:
            cell_text(r.cells[4], leader.split("\n"), 11, C)
        resp, lg, cg, leaders = g
        gold.append({"id": str(num), "head": proj[:12], "responsible_units": resp,
                     "lead_units": lg, "cooperating_units": cg, "leaders": leaders})
    rows[19].cells[4].merge(rows[20].cells[4])
    for r in t.rows:
        for i, w in enumerate(widths):
            r.cells[i].width = w
    # 版记
    para(doc, "", indent=False)
    p = para(doc, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院，县人武部。", FS, 14, False)
    p = para(doc, "岚峪县人民政府办公室                     2024年3月8日印发", FS, 14, False)
    doc.save(os.path.join(HERE, SLUG + ".docx"))
    return gold

if __name__ == "__main__":
    gold = build()
    with open(os.path.join(HERE, SLUG + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(len(gold), "tasks")
