#!/usr/bin/env python3
"""Generate notice 304 (县政府办公室 task table in DOCX, python-docx) and its gold."""
import json, os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
HERE = os.path.dirname(os.path.abspath(__file__))
SLUG = "304_xianzhengfu_biaoge_fengong"

LUO = ["罗斌"]; CAI = ["蔡琳"]; ZHOU = ["周晓峰"]; JIANG = ["姜涛"]; QIN = ["秦雅"]
# leader cell forms: list of paragraphs
def L1(title, name): return [f"{title} {name}"]
# style codes: A same paragraph, B second paragraph bracket, C separate lines, D lead-only same para
SECTIONS = [
 ("一、稳增长扩投资", [
  ("A", "全年实施重点项目150个，完成投资185亿元以上，其中新开工项目不少于60个。", ["县发展和改革局"], ["县财政局", "县自然资源局", "县住房和城乡建设局", "各乡（镇）人民政府"], ["副县长 罗斌"], "2024年12月底", LUO),
  ("B", "争取中央预算内投资和地方政府专项债券资金12亿元以上，做好项目前期和资金监管工作。", ["县发展和改革局", "县财政局"], ["县审计局", "各项目业主单位"], ["副县长 罗斌"], "2024年12月底", LUO),
  ("C", "加快霁川高新区标准厂房二期建设，新建标准厂房8万平方米，新引进入园企业20家。", ["霁川高新技术产业开发区管委会"], ["县商务局", "县自然资源局", "县住房和城乡建设局"], ["副县长 罗斌", "副县长 周晓峰"], "2024年10月底", LUO + ZHOU),
  ("A", "开展“招商引资提质年”活动，新签约亿元以上项目28个，实际利用县外资金110亿元。", ["县商务局"], ["霁川高新技术产业开发区管委会", "县发展和改革局", "各乡（镇）人民政府"], ["副县长 周晓峰"], "2024年12月底", ZHOU),
  ("D", "落实支持小微企业和个体工商户发展各项政策，全年新增市场主体5000户以上。", ["县市场监督管理局"], [], ["副县长 周晓峰"], "2024年12月底", ZHOU),
 ]),
 ("二、推动产业转型升级", [
  ("B", "新增规模以上工业企业12家，规模以上工业增加值增长8%，推动20家企业开展智能化改造。", ["县工业和信息化局"], ["县科学技术局", "县财政局", "县统计局"], ["副县长 周晓峰"], "2024年12月底", ZHOU),
  ("C", "建设霁川油茶产业园，新增油茶种植面积1.2万亩，改造低产林2万亩，培育油茶加工龙头企业2家。", ["县林业局"], ["县农业农村局", "县工业和信息化局", "县市场监督管理局", "各乡（镇）人民政府"], ["副县长 姜涛"], "2024年11月底", JIANG),
  ("A", "推进全域旅游示范区创建，完成云岭古镇游客服务中心建设，全年接待游客680万人次。", ["县文化旅游广电体育局"], ["县交通运输局", "县住房和城乡建设局", "云岭镇人民政府"], ["副县长 秦雅"], "2024年9月底", QIN),
  ("C", "加快县城商业体系建设，改造提升农贸市场5个，建成县级电商物流配送中心。", ["县商务局"], ["县供销合作社联合社", "县邮政管理局", "县市场监督管理局"], ["副县长 周晓峰"], "2024年8月底", ZHOU),
 ]),
 ("三、全面推进乡村振兴", [
  ("B", "粮食播种面积稳定在38.6万亩以上，建设高标准农田2.8万亩，确保粮食总产稳定在14万吨以上。", ["县农业农村局"], ["县自然资源局", "县水利局", "县财政局", "各乡（镇）人民政府"], ["副县长 姜涛"], "2024年12月底", JIANG),
  ("A", "实施农村人居环境整治提升行动，农村卫生厕所普及率达到92%，生活垃圾收运处置体系行政村全覆盖。", ["县农业农村局", "县住房和城乡建设局"], ["县卫生健康局", "市生态环境局霁川分局", "各乡（镇）人民政府"], ["副县长 姜涛", "副县长 罗斌"], "2024年12月底", JIANG + LUO),
  ("D", "完成农村供水保障工程12处，农村自来水普及率提高到93%。", ["县水利局"], [], ["副县长 姜涛"], "2024年10月底", JIANG),
 ]),
 ("四、保障和改善民生", [
  ("C", "新建县第三中学和城东幼儿园，新增学位2700个，完成乡村小规模学校办学条件改善项目15个。", ["县教育局"], ["县发展和改革局", "县财政局", "县自然资源局", "县住房和城乡建设局"], ["副县长 秦雅"], "2024年8月底", QIN),
  ("B", "推进紧密型县域医共体建设，县人民医院通过三级医院评审，建成胸痛、卒中等五大中心。", ["县卫生健康局"], ["县医疗保障局", "县人民医院", "县中医医院"], ["副县长 秦雅"], "2024年12月底", QIN),
  ("A", "城镇新增就业3800人，农村劳动力转移就业1500人，城镇调查失业率控制在5.5%以内。", ["县人力资源和社会保障局"], ["县农业农村局", "县工商业联合会", "各乡（镇）人民政府"], ["副县长 蔡琳"], "2024年12月底", CAI),
  ("C", "新建社区嵌入式养老服务中心4个，改造提升乡镇敬老院6所，特困人员集中供养率提高到55%。", ["县民政局"], ["县财政局", "县卫生健康局", "各乡（镇）人民政府"], ["副县长 蔡琳"], "2024年11月底", CAI),
  ("B", "启动城南片区老旧小区改造18个，完成保障性租赁住房筹集300套。", ["县住房和城乡建设局"], ["县财政局", "县自然资源局", "县城市管理综合执法局", "霁川城市发展集团有限公司"], ["副县长 罗斌"], "2024年12月底", LUO),
 ]),
 ("五、守牢安全发展底线", [
  ("A", "深入开展安全生产治本攻坚三年行动，确保不发生较大以上生产安全事故。", ["县应急管理局"], ["县交通运输局", "县住房和城乡建设局", "县市场监督管理局", "县消防救援大队", "各乡（镇）人民政府"], ["副县长 蔡琳"], "2024年12月底", CAI),
  ("C", "严格落实政府债务风险化解方案，坚决遏制新增隐性债务，按期偿还到期政府债务本息。", ["县财政局"], ["县人民政府金融工作办公室", "县审计局", "霁川城市发展集团有限公司"], ["县委常委、常务副县长 叶文华", "副县长 罗斌"], "2024年12月底", ["叶文华"] + LUO),
 ]),
]

def set_font(run, size=16, name="仿宋_GB2312", bold=False):
    run.font.size = Pt(size); run.font.name = name; run.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)

def para(doc, text, size=16, name="仿宋_GB2312", align=None, bold=False, indent=True):
    p = doc.add_paragraph()
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif indent: p.paragraph_format.first_line_indent = Pt(32)
    r = p.add_run(text); set_font(r, size, name, bold)
    return p

def cell_paras(cell, texts, size=11, align=None):
    cell.paragraphs[0].text = ""
    for i, t in enumerate(texts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(t); set_font(r, size)

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5), Cm(2.8), Cm(2.6)
para(doc, "霁川县人民政府办公室文件", 36, "方正小标宋简体", "c")
para(doc, "霁政办发〔2024〕12号", 16, align="c")
para(doc, "", 16)
para(doc, "霁川县人民政府办公室", 22, "方正小标宋简体", "c")
para(doc, "关于印发2024年县政府重点工作任务分工方案的通知", 22, "方正小标宋简体", "c")
para(doc, "", 16)
para(doc, "各乡（镇）人民政府，霁川高新区管委会，县直各单位：", indent=False)
para(doc, "经县人民政府同意，现将《2024年县政府重点工作任务分工方案》印发给你们，请认真抓好贯彻落实。")
para(doc, "各责任领导要加强统筹调度，各牵头单位要对所牵头任务负总责，会同配合单位逐项制定推进措施；配合单位要按照职责分工积极主动配合。各牵头单位于每季度末月20日前将任务推进情况报送县政府督查室。县政府督查室将适时开展专项督查，督查结果纳入年度绩效考核。")
para(doc, "附件：2024年县政府重点工作任务分工方案")
para(doc, "", 16)
para(doc, "霁川县人民政府办公室", align="r")
para(doc, "2024年3月6日", align="r")
para(doc, "（此件公开发布）")
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
para(doc, "附件", 16, "黑体", indent=False)
para(doc, "2024年县政府重点工作任务分工方案", 22, "方正小标宋简体", "c")

table = doc.add_table(rows=1, cols=4)
table.style = "Table Grid"
for c, h in zip(table.rows[0].cells, ["序号", "重点任务及责任分工", "责任领导", "完成时限"]):
    cell_paras(c, [h], 12, "c")
widths = [Cm(1.3), Cm(10.2), Cm(2.8), Cm(2.2)]
gold = []
n = 0
two_count = 0
for stitle, tasks in SECTIONS:
    row = table.add_row()
    m = row.cells[0].merge(row.cells[3])
    cell_paras(m, [f"{stitle}（共{len(tasks)}项）"], 12)
    for style, text, leads, coops, ldr_lines, ddl, names in tasks:
        n += 1
        row = table.add_row().cells
        lead_s = "、".join(leads); coop_s = "、".join(coops)
        if style == "A":
            ps = [f"{text}（牵头单位：{lead_s}；配合单位：{coop_s}）"]
        elif style == "B":
            ps = [text, f"（牵头单位：{lead_s}；配合单位：{coop_s}）"]
        elif style == "C":
            ps = [text, f"牵头单位：{lead_s}", f"配合单位：{coop_s}"]
        else:
            ps = [f"{text}（牵头单位：{lead_s}）"]
        cell_paras(row[0], [str(n)], align="c")
        cell_paras(row[1], ps)
        # two-leader rows: alternate one paragraph joined by 、 and two paragraphs
        if len(ldr_lines) == 2:
            two_count += 1
        if len(ldr_lines) == 2 and two_count == 2:
            cell_paras(row[2], ["、".join(ldr_lines)], align="c")
        else:
            cell_paras(row[2], ldr_lines, align="c")
        cell_paras(row[3], [ddl], align="c")
        gold.append({"id": str(n), "head": text[:12], "responsible_units": leads + coops,
                     "lead_units": leads, "cooperating_units": coops, "leaders": names})
for r in table.rows:
    for c, w in zip(r.cells, widths): c.width = w
para(doc, "", 16)
para(doc, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。", 14, indent=False)
para(doc, "霁川县人民政府办公室　　　　　　　　2024年3月6日印发", 14, indent=False)
doc.save(os.path.join(HERE, SLUG + ".docx"))
with open(os.path.join(HERE, SLUG + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
    for g in gold: f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(n, "tasks")
