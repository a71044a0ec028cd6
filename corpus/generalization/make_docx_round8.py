#!/usr/bin/python3
"""Writes 51_tongling_qu_wenzeng_qingdan.docx with python-docx.

清单 table 序号 | 工作任务 | 具体措施 | 责任领导 | 责任单位 | 完成时限:
- section rows merged across all six columns (一、稳增长（8项）);
- 责任单位 cells: first paragraph `A（牵头）`, further units in following paragraphs of
  the same cell (one cell has two `（牵头）` units, one has `B、C` in one paragraph,
  one has a single unit with no mark);
- 责任领导 cells with two names: separate paragraphs (tasks 1, 6) or a line break
  inside one paragraph (tasks 12, 17);
- task 2 split over two rows: 序号, 工作任务 and 责任领导 merged vertically, each row
  with its own 具体措施, 责任单位 and 完成时限.
"""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "51_tongling_qu_wenzeng_qingdan.docx")

d = Document()
st = d.styles["Normal"]; st.font.name = "仿宋_GB2312"; st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

def para(text, center=False, right=False, indent=True, size=None, bold=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    if size: r.font.size = Pt(size)
    r.bold = bold
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif right: p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif indent: p.paragraph_format.first_line_indent = Cm(1.1)
    return p

para("桐岭区人民政府办公室", center=True, size=22, bold=True)
para("关于印发《桐岭区2024年稳增长促发展重点工作任务清单》的通知", center=True, size=22, bold=True)
para("桐政办发〔2024〕9号", center=True)
para("各街道办事处，区政府各部门，各有关单位：", indent=False)
para("《桐岭区2024年稳增长促发展重点工作任务清单》已经区政府第十五次常务会议审议通过，现印发给你们，请认真抓好落实。")
para("各责任单位要对照清单逐项制定推进计划，标注“牵头”的单位要加强统筹协调，其他责任单位积极配合。每月5日前将上月工作进展报区政府督查室。")
para("附件：桐岭区2024年稳增长促发展重点工作任务清单")
para("桐岭区人民政府办公室", right=True)
para("2024年3月8日", right=True)
d.add_page_break()
para("附件", indent=False)
para("桐岭区2024年稳增长促发展重点工作任务清单", center=True, size=20, bold=True)

# rows: ("S", section) or (no, task, measure, leaders[list or "br:" list], units[list of paragraphs], deadline)
# a task continued on the next row is written with no=None, task=None, leaders=None.
BR = "br"
rows = [
 ("S", "一、稳增长（8项）"),
 ("1", "全力扩大有效投资", "全年实施区级重点项目150个，完成年度投资200亿元以上，固定资产投资增长7%。",
  ["张立新", "王海峰"], ["区发展和改革局（牵头）", "区财政局", "区自然资源分局"], "2024年12月底前"),
 ("2", "加快重大项目建设", "推进桐岭大道快速化改造、城北污水处理厂扩建等20个重大基础设施项目，年内完工8个。",
  ["王海峰"], ["区住房和城乡建设局（牵头）", "区城市管理局", "区水务局"], "2024年12月底前"),
 (None, None, "推进新能源电池材料产业园、智能装备制造基地等15个重大产业项目，年内竣工投产6个。",
  None, ["区工业和信息化局（牵头）", "区投资促进中心"], "2024年10月底前"),
 ("3", "促进消费提质扩容", "开展“桐岭购物节”等促消费活动30场以上，社会消费品零售总额增长6%。",
  ["李晓燕"], ["区商务局（牵头）", "区财政局", "区文化旅游体育局", "各街道办事处"], "2024年12月底前"),
 ("4", "稳住外贸外资基本盘", "组织企业参加境内外重点展会20场次，外贸进出口总额增长5%，实际使用外资3000万美元。",
  ["李晓燕"], ["区商务局"], "2024年12月底前"),
 ("5", "做大做强规上工业", "新增规模以上工业企业30家，规模以上工业增加值增长8%。",
  ["王海峰"], ["区工业和信息化局（牵头）", "区统计局"], "2024年12月底前"),
 ("6", "积极争取上级资金支持", "争取超长期特别国债、地方政府专项债券等上级资金30亿元以上。",
  ["张立新", "王海峰"], ["区发展和改革局（牵头）", "区财政局（牵头）", "区直各有关部门"], "2024年11月底前"),
 ("7", "强化金融服务实体经济", "新增各项贷款120亿元，普惠小微贷款增速不低于各项贷款增速。",
  ["刘志强"], ["区金融服务中心（牵头）", "人民银行桐岭支行、区财政局"], "2024年12月底前"),
 ("8", "做好经济运行监测调度", "建立重点指标月调度、季分析机制，加强“四上”企业培育入库。",
  ["张立新"], ["区统计局（牵头）", "区发展和改革局", "各街道办事处"], "长期坚持"),
 ("S", "二、强产业（5项）"),
 ("9", "培育壮大先进制造业集群", "做强新能源电池、智能装备两大主导产业，产业集群规模突破500亿元。",
  ["王海峰"], ["区工业和信息化局（牵头）", "区科技局", "区投资促进中心"], "2024年12月底前"),
 ("10", "加快发展数字经济", "新建5G基站300个，培育数字化转型标杆企业10家。",
  ["刘志强"], ["区数据局（牵头）", "区工业和信息化局"], "2024年12月底前"),
 ("11", "推动现代服务业提质增效", "培育省级现代服务业集聚区1个，规模以上服务业营业收入增长10%。",
  ["李晓燕"], ["区发展和改革局（牵头）", "区商务局", "区文化旅游体育局"], "2024年12月底前"),
 ("12", "强化科技创新引领", "新增高新技术企业40家，全社会研发投入强度达到2.8%。",
  (BR, ["刘志强", "陈静"]), ["区科技局（牵头）", "区教育局", "区人力资源和社会保障局"], "2024年12月底前"),
 ("13", "精准开展招商引资", "全年新引进亿元以上项目50个，到位资金150亿元。",
  ["张立新"], ["区投资促进中心（牵头）", "区直各招商单位", "各街道办事处"], "2024年12月底前"),
 ("S", "三、优环境（4项）"),
 ("14", "持续优化营商环境", "开展营商环境提升年行动，营商环境评价进入全市前三。",
  ["陈静"], ["区发展和改革局（牵头）", "区行政审批服务局", "区市场监督管理局"], "2024年12月底前"),
 ("15", "深化“高效办成一件事”改革", "推出企业开办、项目开工等“一件事”集成服务事项20项。",
  ["陈静"], ["区行政审批服务局（牵头）", "区数据局"], "2024年9月底前"),
 ("16", "强化用地用能要素保障", "新增工业用地“标准地”出让1500亩，保障重点项目用电需求。",
  ["王海峰"], ["区自然资源分局（牵头）", "区发展和改革局", "国网桐岭供电公司"], "2024年12月底前"),
 ("17", "防范化解重点领域风险", "稳妥化解地方政府债务风险，做好保交楼工作，守住不发生系统性风险底线。",
  (BR, ["张立新", "刘志强"]), ["区财政局（牵头）", "区金融服务中心", "区住房和城乡建设局"], "长期坚持"),
 ("S", "四、惠民生（5项）"),
 ("18", "千方百计稳定和扩大就业", "城镇新增就业8000人，城镇调查失业率控制在5.5%以内。",
  ["陈静"], ["区人力资源和社会保障局（牵头）", "各街道办事处"], "2024年12月底前"),
 ("19", "推进教育优质均衡发展", "新建改扩建中小学、幼儿园6所，新增学位4200个。",
  ["陈静"], ["区教育局（牵头）", "区财政局", "区住房和城乡建设局"], "2024年8月底前"),
 ("20", "提升医疗卫生服务能力", "推进区人民医院新院区建设，建成社区医院2家。",
  ["陈静"], ["区卫生健康局（牵头）", "区医疗保障局"], "2024年12月底前"),
 ("21", "完善养老服务体系建设", "新建街道综合养老服务中心3个，发展老年助餐点30个。",
  ["李晓燕"], ["区民政局（牵头）", "区卫生健康局", "各街道办事处"], "2024年12月底前"),
 ("22", "加强安全生产和应急管理", "深化安全生产治本攻坚三年行动，坚决遏制较大以上生产安全事故。",
  ["刘志强"], ["区应急管理局（牵头）", "区安委会各成员单位"], "长期坚持"),
]

HDR = ("序号", "工作任务", "具体措施", "责任领导", "责任单位", "完成时限")
t = d.add_table(rows=1 + len(rows), cols=6)
t.style = "Table Grid"
for j, h in enumerate(HDR):
    c = t.cell(0, j); c.text = ""
    r = c.paragraphs[0].add_run(h); r.bold = True
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
# repeat header row on every page
trPr = t.rows[0]._tr.get_or_add_trPr()
th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trPr.append(th)

def fill(cell, parts):
    """parts: list of paragraph texts, or (BR, [a, b]) for one paragraph with line breaks."""
    cell.text = ""
    p0 = cell.paragraphs[0]
    if isinstance(parts, tuple) and parts[0] == BR:
        names = parts[1]
        run = p0.add_run(names[0])
        for n in names[1:]:
            run.add_break(); run = p0.add_run(n)
        return
    if isinstance(parts, str):
        parts = [parts]
    p0.add_run(parts[0])
    for s in parts[1:]:
        cell.add_paragraph(s)

def strip_extra(cell):
    for p in cell.paragraphs[1:]:
        p._element.getparent().remove(p._element)

for i, row in enumerate(rows, 1):
    if row[0] == "S":
        m = t.cell(i, 0).merge(t.cell(i, 5))
        strip_extra(m)
        m.paragraphs[0].text = ""
        r = m.paragraphs[0].add_run(row[1]); r.bold = True
        continue
    no, task, measure, leaders, units, when = row
    if no is None:   # continuation row of the previous task
        fill(t.cell(i, 2), measure); fill(t.cell(i, 4), units); fill(t.cell(i, 5), when)
        for col in (0, 1, 3):
            top = t.cell(i - 1, col)
            keep = [p.text for p in top.paragraphs]
            m = top.merge(t.cell(i, col))
            # merge appends the (empty) lower cell's paragraph; keep the top text only
            while len(m.paragraphs) > len(keep):
                m.paragraphs[-1]._element.getparent().remove(m.paragraphs[-1]._element)
        continue
    fill(t.cell(i, 0), no); fill(t.cell(i, 1), task); fill(t.cell(i, 2), measure)
    fill(t.cell(i, 3), leaders); fill(t.cell(i, 4), units); fill(t.cell(i, 5), when)

widths = (Cm(1.2), Cm(3.0), Cm(5.6), Cm(1.8), Cm(3.6), Cm(2.2))
for r in t.rows:
    for j, c in enumerate(r.cells):
        c.width = widths[j]

para("抄送：区委办公室，区人大常委会办公室，区政协办公室。", indent=False)
para("桐岭区人民政府办公室　　　　　　2024年3月8日印发", indent=False)
d.save(OUT)
print("wrote", OUT)
