#!/usr/bin/env python3
"""Round 49 / 298: 汶溪区人民政府办公室关于2024年1—6月区政府重点工作推进情况的通报 (.docx, python-docx).
Portrait 通报 body, then a landscape section with the 督查台账 table:
序号 | 重点任务 | 牵头单位 | 配合单位 | 责任领导 | 1月 … 6月, header on two rows (月度进展 merged over the
month columns, the first five header cells merged vertically), category rows merged across all columns,
task 4 spanning two rows (序号/任务/单位/领导 vMerged; the second row only continues the month notes).
Then a portrait section with the 版记.  Writes the .docx and its gold next to this script."""
import json, os
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
SLUG = "298_wenxi_qu_duchataizhang_yuedu_jinzhan"
FS, HT, KT, XBS = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体"

# category, tasks: (task, lead, coop, leaders, [month notes row1], optional [month notes row2])
CATS = [
("一、重大项目建设（共6项）", [
 ("檀汶快速路汶溪段建设，全年完成投资8亿元，主线路基工程完工。", ["区交通运输局"],
  ["区自然资源局", "区财政局", "溪口街道办事处"], ["程立新"],
  ["完成征迁协议签订126户", "区财政局拨付征迁补偿资金3000万元", "主线桩基完成40%，推进中",
   "市交通运输局批复施工图设计", "路基完成2.1公里，推进中", "累计完成投资4.3亿元，推进中"]),
 ("汶溪新能源电池产业园二期，年内建成厂房12万平方米并交付使用。", ["汶溪经济开发区管委会"],
  ["区发展和改革局", "檀州市生态环境局汶溪分局"], ["程立新"],
  ["环评报告报市生态环境局审查", "取得环评批复", "1#、2#厂房开工", "主体结构完成30%",
   "会同区住房和城乡建设局开展质量巡查", "完成主体结构封顶4栋，推进中"]),
 ("城东片区老旧小区改造15个，惠及居民4200户。", ["区住房和城乡建设局"],
  ["区城市管理局", "东城街道办事处", "西湖街道办事处"], ["冯雅琴"],
  ["完成居民意愿征询", "设计方案公示", "开工6个", "开工11个，国网汶溪供电公司同步迁改线路",
   "15个全部开工", "完工4个，推进中"]),
 ("区第二人民医院迁建项目，门诊医技楼、住院楼主体结构封顶。", ["区卫生健康局"],
  ["区发展和改革局", "汶溪区城市建设投资集团有限公司"], ["唐建华"],
  ["门诊医技楼：基坑支护完成", "门诊医技楼：地下室底板浇筑", "门诊医技楼：地上3层",
   "门诊医技楼：地上6层", "门诊医技楼：地上9层", "门诊医技楼：主体封顶，已完成"],
  ["住院楼：桩基检测", "住院楼：春节停工", "住院楼：地下室施工", "住院楼：地上2层",
   "住院楼：地上5层，区审计局开展跟踪审计", "住院楼：地上8层，推进中"]),
 ("汶溪河生态补水及河道综合整治工程，完成河道整治6.5公里。", ["区水利局"],
  ["檀州市生态环境局汶溪分局", "溪口街道办事处"], ["唐建华"],
  ["完成招标", "—", "清淤1.2公里", "清淤3.0公里，新建生态护岸1.1公里", "整治4.6公里",
   "整治6.5公里，已完成"]),
 ("智慧停车一期项目，新增智慧泊位2000个。", ["区城市管理局"],
  ["檀州市公安局汶溪分局交通警察大队", "区数据资源管理局"], ["冯雅琴"],
  ["—", "完成点位踏勘", "平台招标", "安装地磁设备600个", "新增泊位1350个",
   "新增泊位2000个并接入平台，已完成"]),
]),
("二、产业转型发展（共6项）", [
 ("规模以上工业增加值增长7%，新增规上工业企业20家。", ["区工业和信息化局"], ["区统计局"], ["程立新"],
  ["同比增长5.1%", "—", "一季度增长6.2%，新增入规企业4家", "同比增长6.8%", "同比增长7.0%",
   "上半年增长7.2%，新增入规企业11家，推进中"]),
 ("招商引资签约亿元以上项目40个，到位市外资金120亿元。", ["区投资促进局"],
  ["汶溪经济开发区管委会", "各街道办事处"], ["孙浩然", "程立新"],
  ["签约3个", "赴长三角招商，签约5个", "累计签约12个", "累计签约17个，到位资金41亿元",
   "累计签约22个", "累计签约26个，到位资金63亿元，推进中"]),
 ("新认定高新技术企业30家，研发费用加计扣除惠及企业200家以上。", ["区科学技术局"],
  ["区财政局", "国家税务总局檀州市汶溪区税务局"], ["邹文静"],
  ["摸排后备企业58家", "组织申报培训2场", "申报材料辅导", "第一批申报23家",
   "市科技局完成形式审查", "加计扣除惠及企业176家，推进中"]),
 ("稳定粮食播种面积12万亩，新建高标准农田1.5万亩。", ["区农业农村局"], ["各镇人民政府"], ["邹文静"],
  ["冬小麦田管", "春耕备耕", "春播面积5.2万亩", "高标准农田开工0.8万亩", "夏粮收获，单产增长2.3%",
   "高标准农田完工1.1万亩，推进中"]),
 ("创建省级旅游休闲街区，全年接待游客增长12%。", ["区文化广电旅游体育局"],
  ["区商务局", "汶溪古镇景区管理处"], ["冯雅琴"],
  ["春节文旅活动接待游客38万人次", "—", "创建方案报省文化和旅游厅", "“五一”接待游客52万人次",
   "省级专家组现场评审", "上半年接待游客增长14.6%，已完成创建申报"]),
 ("社会消费品零售总额增长6.5%，举办促消费活动20场。", ["区商务局"], [], ["邹文静"],
  ["举办年货节", "增长5.8%", "举办汽车展销会，联合区市场监督管理局开展放心消费行动",
   "累计举办活动9场", "累计举办活动13场", "增长6.6%，推进中"]),
]),
("三、民生保障改善（共6项）", [
 ("城镇新增就业6500人，开展职业技能培训5000人次。", ["区人力资源和社会保障局"],
  ["区财政局", "区就业服务中心"], ["唐建华"],
  ["新增就业420人", "春风行动招聘会3场", "新增就业1860人", "培训1650人次", "新增就业3020人",
   "新增就业3710人，培训2980人次，推进中"]),
 ("新建改扩建中小学、幼儿园4所，新增学位3600个。", ["区教育局"],
  ["区住房和城乡建设局", "区自然资源局"], ["唐建华"],
  ["—", "汶溪三小扩建开工", "城北幼儿园开工", "区发展和改革局批复东湖中学可研", "东湖中学开工",
   "4所全部开工，推进中"]),
 ("新建社区养老服务站10个，发放高龄津贴覆盖率100%。", ["区民政局"],
  ["各街道办事处", "各镇人民政府"], ["唐建华"],
  ["选址摸排", "确定站点10个", "改造施工", "建成4个", "建成7个", "建成10个，已完成"]),
 ("开展食品安全“守底线、查隐患、保安全”专项行动，抽检食品3000批次。", ["区市场监督管理局"],
  ["区农业农村局", "区卫生健康局"], ["冯雅琴"],
  ["抽检210批次", "抽检380批次", "抽检700批次", "抽检1150批次，立案12件", "抽检1520批次",
   "抽检1860批次，推进中"]),
 ("开展安全生产治本攻坚三年行动，较大以上生产安全事故零发生。", ["区应急管理局"], ["区直有关部门"], ["孙浩然"],
  ["节前安全检查", "复工复产检查企业312家", "排查隐患860项", "整改隐患790项",
   "会同区消防救援大队开展“安全生产月”活动", "未发生较大以上事故，推进中"]),
 ("化解信访积案，初信初访一次性化解率达到90%以上。", ["区信访局", "区司法局"],
  ["各街道办事处"], ["何嘉"],
  ["梳理积案27件", "化解5件", "化解11件", "化解16件", "化解20件", "化解23件，一次性化解率91.2%，推进中"]),
]),
]

def set_font(run, name, size, bold=False, color=None):
    run.font.name = name; run.font.size = Pt(size); run.font.bold = bold
    if color: run.font.color.rgb = RGBColor(*color)
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None: rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for k in ("w:eastAsia", "w:ascii", "w:hAnsi"): rf.set(qn(k), name)

def para(doc, text, font=FS, size=16, indent=True, align=None, bold=False, color=None):
    p = doc.add_paragraph()
    pf = p.paragraph_format; pf.space_before = Pt(0); pf.space_after = Pt(0); pf.line_spacing = Pt(28)
    if indent: pf.first_line_indent = Pt(size * 2)
    if align is not None: p.alignment = align
    if text: set_font(p.add_run(text), font, size, bold, color)
    return p

def cell_set(cell, text, size=9, font=FS, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.text = ""
    p = cell.paragraphs[0]; p.alignment = align
    p.paragraph_format.space_after = Pt(0); p.paragraph_format.line_spacing = 1.0
    set_font(p.add_run(text), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

def bottom_rule(p, color="FF0000", sz="18"):
    pPr = p._p.get_or_add_pPr(); b = OxmlElement("w:pBdr"); e = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", sz), ("w:space", "1"), ("w:color", color)): e.set(qn(k), v)
    b.append(e); pPr.append(b)

def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr(); h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)

def build():
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Cm(3.7), Cm(3.5), Cm(2.8), Cm(2.6)
    C = WD_ALIGN_PARAGRAPH.CENTER
    para(d, "汶溪区人民政府办公室", XBS, 30, False, C, color=(255, 0, 0))
    para(d, "", indent=False)
    p = para(d, "汶政办函〔2024〕41号", FS, 16, False, C); bottom_rule(p)
    para(d, "", indent=False)
    para(d, "汶溪区人民政府办公室", XBS, 22, False, C)
    para(d, "关于2024年1—6月区政府重点工作推进情况的通报", XBS, 22, False, C)
    para(d, "", indent=False)
    para(d, "各镇人民政府、街道办事处，汶溪经济开发区管委会，区政府各部门、各直属单位：", indent=False)
    para(d, "按照《汶溪区2024年区政府重点工作任务分工方案》（汶政发〔2024〕5号）要求，区政府督查室会同区发展和改革局、区统计局，对2024年1—6月区政府重点工作推进情况进行了逐月调度和实地督查。现将有关情况通报如下。")
    para(d, "一、总体情况", HT)
    para(d, "纳入督查台账的18项重点任务中，已完成3项，序时推进15项，无滞后任务。各牵头单位能够按月报送进展，配合单位协作较为顺畅，责任区领导多次现场调度重点项目。")
    para(d, "二、存在问题", HT)
    para(d, "一是部分项目要素保障不足，征迁、用地报批进度慢于预期；二是个别单位报送进展内容笼统，只报过程、不报数据；三是部分民生项目资金拨付滞后。")
    para(d, "三、下步要求", HT)
    para(d, "各牵头单位要对照台账逐项梳理，对序时推进的任务倒排工期、挂图作战，确保三季度末完成年度目标的75%以上；责任区领导要加强调度，协调解决跨部门问题。7月起，各单位于每月5日前通过“汶溪督查通”系统报送上月进展，区政府督查室将适时开展专项督查，对进展滞后的予以通报。")
    para(d, "")
    para(d, "附件：汶溪区2024年区政府重点工作督查台账（1—6月）")
    para(d, ""); para(d, "")
    para(d, "汶溪区人民政府办公室", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(d, "2024年7月9日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(d, "（此件不公开）")

    # landscape section with the 台账
    ls = d.add_section(WD_SECTION.NEW_PAGE)
    ls.orientation = WD_ORIENT.LANDSCAPE
    ls.page_width, ls.page_height = Cm(29.7), Cm(21)
    ls.top_margin, ls.bottom_margin, ls.left_margin, ls.right_margin = Cm(2.2), Cm(2.0), Cm(2.0), Cm(2.0)
    para(d, "附件", HT, 16, False)
    para(d, "汶溪区2024年区政府重点工作督查台账（1—6月）", XBS, 20, False, C)
    para(d, "填报单位：区政府督查室　　　　　　　　　　　　　　　　　　　　　　　　截止时间：2024年6月30日", FS, 12, False)
    ncol = 11
    widths = [Cm(1.0), Cm(5.0), Cm(2.6), Cm(3.2), Cm(1.6)] + [Cm(2.3)] * 6
    t = d.add_table(rows=2, cols=ncol); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["序号", "重点任务", "牵头单位", "配合单位", "责任领导"]
    for i, h in enumerate(hdr):
        m = t.cell(0, i).merge(t.cell(1, i)); cell_set(m, h, 10, HT, align=C)
    m = t.cell(0, 5).merge(t.cell(0, 10)); cell_set(m, "月度进展", 10, HT, align=C)
    for k in range(6): cell_set(t.cell(1, 5 + k), "%d月" % (k + 1), 10, HT, align=C)
    set_repeat_header(t.rows[0]); set_repeat_header(t.rows[1])
    gold = []; n = 0
    for cat, tasks in CATS:
        r = t.add_row(); m = r.cells[0].merge(r.cells[ncol - 1]); cell_set(m, cat, 10, HT)
        for task, lead, coop, leaders, m1, *m2 in tasks:
            n += 1
            r1 = t.add_row(); rows = [r1]
            if m2: rows.append(t.add_row())
            vals = [str(n), task, "、".join(lead), "、".join(coop) if coop else "—", "、".join(leaders)]
            for i, v in enumerate(vals):
                c = r1.cells[i]
                if len(rows) == 2: c = c.merge(rows[1].cells[i])
                cell_set(c, v, 9, align=C if i in (0, 4) else WD_ALIGN_PARAGRAPH.LEFT)
            for ri, notes in zip(rows, [m1] + m2):
                for k, v in enumerate(notes): cell_set(ri.cells[5 + k], v, 8)
            gold.append({"id": str(n), "head": task[:12], "responsible_units": lead + coop,
                         "lead_units": lead, "cooperating_units": coop, "leaders": leaders})
    for row in t.rows:
        for i, c in enumerate(row.cells): c.width = widths[i]
    para(d, "说明：1.月度进展由牵头单位填报，配合单位对照分工提供数据；2.“已完成”指年度目标任务全部完成；3.“推进中”指按序时推进。", FS, 10, False)

    # portrait section for the 版记
    ps = d.add_section(WD_SECTION.NEW_PAGE)
    ps.orientation = WD_ORIENT.PORTRAIT
    ps.page_width, ps.page_height = Cm(21), Cm(29.7)
    ps.top_margin, ps.bottom_margin, ps.left_margin, ps.right_margin = Cm(3.7), Cm(3.5), Cm(2.8), Cm(2.6)
    for _ in range(18): para(d, "", indent=False)
    p = para(d, "抄送：区委办公室，区人大常委会办公室，区政协办公室，区纪委监委。", FS, 14, False); bottom_rule(p, "000000", "4")
    para(d, "汶溪区人民政府办公室　　　　　　　　　　2024年7月9日印发", FS, 14, False)
    d.save(os.path.join(HERE, SLUG + ".docx"))
    with open(os.path.join(HERE, SLUG + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold: f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(SLUG, n, "tasks")

build()
