#!/usr/bin/env python3
"""Writes 242_qilan_xianzhengfu_fenjie.docx and its gold. Run with /usr/bin/python3 (python-docx)."""
import json, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_SECTION, WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "242_qilan_xianzhengfu_fenjie.docx")
GOLD = os.path.join(HERE, "242_qilan_xianzhengfu_fenjie.tasks.gold.jsonl")

LIN = "林卫东（县长）"
HE = "何建国（常务副县长）"
ZHOU = "周海峰（副县长）"
XU = "许丽萍（副县长）"
LIANG = "梁志远（副县长）"
MA = "马振宇（副县长、县公安局局长）"
TANG = "唐明（县长助理）"
XIANG = "各乡（镇）人民政府"

CATS = [
 ("一、稳住经济增长基本盘", [
  ("全县地区生产总值增长6%左右，一般公共预算收入增长5%，固定资产投资增长8%，社会消费品零售总额增长7%。", [HE], ["县发展和改革局", "县统计局", "县财政局", "国家税务总局栖岚县税务局"], "2024年12月底"),
  ("全年谋划储备重大项目120个以上，争取地方政府专项债券资金8亿元以上、超长期特别国债资金2亿元以上。", [HE], ["县发展和改革局", "县财政局"], "2024年12月底"),
  ("实施亿元以上重点项目45个，完成年度投资60亿元，力争栖岚至平川高速公路连接线二期工程开工建设。", [HE, ZHOU], ["县发展和改革局", "县交通运输局", "县自然资源局", XIANG], "2024年12月底"),
  ("开展“招商引资攻坚年”活动，全年新签约亿元以上项目30个，实际到位资金50亿元以上。", [LIN, TANG], ["县投资促进中心", "栖岚经济开发区管委会", XIANG], "持续推进"),
  ("不折不扣落实结构性减税降费政策，全年为各类经营主体减负1.5亿元以上。", [HE], ["国家税务总局栖岚县税务局", "县财政局"], "持续推进"),
 ]),
 ("二、加快产业转型升级", [
  ("实施工业技术改造项目20个，新增规模以上工业企业15家，规模以上工业增加值增长8%。", [ZHOU], ["县工业和信息化局", "县统计局", "栖岚经济开发区管委会"], "2024年12月底"),
  ("推进栖岚经济开发区扩区调位，新建标准化厂房12万平方米，园区亩均税收提高10%。", [ZHOU], ["栖岚经济开发区管委会", "县自然资源局", "县住房和城乡建设局"], "2024年11月底前"),
  ("加快县电子商务产业园建设，全年网络零售额突破18亿元。", [XU], ["县商务局"], "2024年12月底"),
  ("推动云栖山景区创建国家4A级旅游景区，全年接待游客突破600万人次，旅游综合收入增长12%。", [XU], ["县文化广电和旅游局", "县交通运输局", "云岭镇人民政府"], "2024年10月底前"),
  ("新培育高新技术企业8家、科技型中小企业40家，全社会研发经费投入强度达到1.8%。", [TANG], ["县科学技术局", "县统计局"], "2024年12月底"),
 ]),
 ("三、全面推进乡村振兴", [
  ("粮食播种面积稳定在68万亩以上，粮食总产量稳定在26万吨以上。", [LIANG], ["县农业农村局", XIANG], "2024年10月底前"),
  ("新建高标准农田3.5万亩，完成耕地“非农化”“非粮化”专项整治年度任务。", [LIANG], ["县农业农村局", "县自然资源局", "县财政局"], "2024年12月底"),
  ("巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制，守牢不发生规模性返贫底线。", [LIANG], ["县农业农村局", "县人力资源和社会保障局", "县医疗保障局", XIANG], "持续推进"),
  ("实施农村供水保障提升工程，农村自来水普及率达到96%。", [LIANG], ["县水利局"], "2024年11月底前"),
  ("打造和美乡村示范村10个，农村生活垃圾收运处置体系行政村覆盖率保持100%。", [LIANG, TANG], ["县农业农村局", "县住房和城乡建设局", "县城市管理局", XIANG], "2024年12月底"),
 ]),
 ("四、提升城市品质和生态环境", [
  ("完成城镇老旧小区改造14个，惠及居民2860户，新增城市公共停车泊位1500个。", [ZHOU], ["县住房和城乡建设局", "县城市管理局", "县公安局"], "2024年11月底前"),
  ("推进县城污水处理厂提标改造，城市生活污水集中收集率达到72%。", [ZHOU], ["县住房和城乡建设局", "市生态环境局栖岚分局"], "2024年9月底前"),
  ("PM2.5平均浓度控制在35微克/立方米以内，空气质量优良天数比例达到88%以上。", [ZHOU, LIANG], ["市生态环境局栖岚分局", "县工业和信息化局", "县住房和城乡建设局", "县交通运输局", "县公安局"], "2024年12月底"),
  ("完成营造林4.2万亩，全面推行林长制，森林覆盖率稳定在62%以上。", [LIANG], ["县林业局"], "2024年12月底"),
 ]),
 ("五、持续增进民生福祉", [
  ("城镇新增就业3200人，城镇调查失业率控制在5.5%以内。", [XU], ["县人力资源和社会保障局", "县财政局"], "2024年12月底"),
  ("建成县第三小学、城北幼儿园并投入使用，新增学位2400个。", [XU], ["县教育体育局", "县发展和改革局", "县住房和城乡建设局", "县自然资源局"], "2024年8月底前"),
  ("推进紧密型县域医共体建设，县人民医院创成三级医院。", [XU], ["县卫生健康局", "县医疗保障局", "县人民医院"], "2024年12月底"),
  ("提高城乡居民基础养老金最低标准，全面落实困难群众救助保障政策。", [XU], ["县人力资源和社会保障局", "县民政局", "县财政局"], "2024年6月底前"),
  ("深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。", [MA], ["县应急管理局", XIANG, "县直各有关部门"], "持续推进"),
  ("深化平安栖岚建设，常态化开展扫黑除恶斗争，刑事案件发案率同比下降5%。", [MA], ["县公安局"], "持续推进"),
  ("集中力量办好县政府十件民生实事，年底前全部完成。", [LIN, HE], ["县政府办公室", "县直各有关部门"], "2024年12月底"),
 ]),
]

doc = Document()
st = doc.styles["Normal"]
st.font.name = "仿宋_GB2312"; st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

def para(text="", size=16, bold=False, align=None, font=None, color=None, indent=False):
    p = doc.add_paragraph()
    if align is not None: p.alignment = align
    if indent: p.paragraph_format.first_line_indent = Pt(32)
    if text:
        r = p.add_run(text); r.font.size = Pt(size); r.bold = bold
        if font:
            r.font.name = font; r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
        if color: r.font.color.rgb = color
    return p

C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
para("栖岚县人民政府文件", 36, True, C, "方正小标宋简体", RGBColor(0xE0, 0, 0))
para()
para("栖政发〔2024〕3号", 16, False, C)
para()
para("栖岚县人民政府", 22, False, C, "方正小标宋简体")
para("关于印发2024年县政府重点工作任务分解方案的通知", 22, False, C, "方正小标宋简体")
para()
para("各乡（镇）人民政府，栖岚经济开发区管委会，县政府各部门：")
para("为确保县十八届人大三次会议审议通过的《政府工作报告》确定的各项目标任务落到实处，经县政府同意，现将2024年县政府重点工作任务分解方案印发给你们，并就有关事项通知如下。", indent=True)
para("一、压实工作责任。各责任领导要加强对分管领域工作的统筹调度，各责任单位主要负责同志是第一责任人，要逐项制定推进计划，明确时间节点，确保按期完成。", indent=True)
para("二、加强协同配合。牵头单位要主动履职、统筹协调，配合单位要积极支持、密切配合，形成工作合力。", indent=True)
para("三、强化督查问效。各责任单位于每月25日前将任务进展情况报县政府督查室，县政府督查室定期通报，对工作推进不力的予以约谈问责。", indent=True)
para()
para("附件：2024年县政府重点工作任务分解表", indent=True)
para()
para("栖岚县人民政府", align=R)
para("2024年2月26日", align=R)
para("（此件公开发布）", indent=True)

# landscape section for the attachment
s2 = doc.add_section(WD_SECTION.NEW_PAGE)
s2.orientation = WD_ORIENT.LANDSCAPE
s2.page_width, s2.page_height = Cm(29.7), Cm(21)
s2.top_margin, s2.bottom_margin = Cm(2.5), Cm(2.5)
s2.left_margin, s2.right_margin = Cm(2.5), Cm(2.5)
para("附件", 16, False, None, "黑体")
para("2024年县政府重点工作任务分解表", 22, False, C, "方正小标宋简体")

n_rows = 1 + len(CATS) + sum(len(t) for _, t in CATS)
tbl = doc.add_table(rows=n_rows, cols=5)
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [Cm(1.4), Cm(11.5), Cm(4.6), Cm(4.8), Cm(2.4)]

def set_cell(cell, lines, size=12, bold=False, align=None, breaks=False):
    """lines: list of strings. breaks=True -> one paragraph with w:br between lines; else one w:p per line."""
    cell.paragraphs[0].text = ""
    if breaks:
        p = cell.paragraphs[0]
        if align is not None: p.alignment = align
        for i, ln in enumerate(lines):
            r = p.add_run(ln); r.font.size = Pt(size); r.bold = bold
            if i < len(lines) - 1: r.add_break()
        return
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if align is not None: p.alignment = align
        r = p.add_run(ln); r.font.size = Pt(size); r.bold = bold

hdr = tbl.rows[0]
trPr = hdr._tr.get_or_add_trPr(); h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)
for c, t in zip(hdr.cells, ["序号", "工作任务", "责任领导", "责任单位", "完成时限"]):
    set_cell(c, [t], 12, True, C)

gold = []
ri, n = 1, 0
for cat, tasks in CATS:
    row = tbl.rows[ri]; ri += 1
    m = row.cells[0].merge(row.cells[4])
    set_cell(m, [cat], 12, True)
    for text, leaders, units, ddl in tasks:
        n += 1
        row = tbl.rows[ri]; ri += 1
        cs = row.cells
        set_cell(cs[0], [str(n)], 12, False, C)
        set_cell(cs[1], [text])
        set_cell(cs[2], leaders, breaks=True)
        set_cell(cs[3], units)
        set_cell(cs[4], [ddl], 12, False, C)
        gold.append({"id": str(n), "head": text[:12], "responsible_units": list(units),
                     "lead_units": [units[0]], "cooperating_units": list(units[1:]),
                     "leaders": [l.split("（")[0] for l in leaders]})
for row in tbl.rows:
    for c, w in zip(row.cells, widths):
        c.width = w
para("注：责任单位中排在第一位的为牵头单位。", 12)

s3 = doc.add_section(WD_SECTION.NEW_PAGE)
s3.orientation = WD_ORIENT.PORTRAIT
s3.page_width, s3.page_height = Cm(21), Cm(29.7)
for _ in range(3): para()
para("抄送：县委各部门，县人大常委会办公室，县政协办公室，县监委，县人民法院，县人民检察院，县人武部。", 14)
para("栖岚县人民政府办公室　　　　　　　　2024年2月26日印发", 14)
doc.save(OUT)
with open(GOLD, "w", encoding="utf-8") as f:
    for g in gold:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(n, "tasks")
