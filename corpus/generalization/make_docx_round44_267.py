# Generates 267_zhangling_oa_sdt_renwu_fengong.docx and its gold (paths relative to this script).
# Imitates a notice exported from an OA system's Word template: content controls (w:sdt) around the
# head fields, the body paragraphs, the task table's rows (w15:repeatingSection / repeatingSectionItem)
# and single cells' contents. Run with /usr/bin/python3 (python-docx + lxml).
import json, os, copy
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
SLUG = "267_zhangling_oa_sdt_renwu_fengong"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
PLACEHOLDER = "单击或点击此处输入文字。"

# ---------------------------------------------------------------- task data
# (text, leaders_cell (list of paragraphs), leader_names, lead_cell (paragraphs), lead_units,
#  coop_cell (paragraphs or None = placeholder), coop_units, deadline)
FZY, HLC, SWQ, CGD, WMJ, ZQM, LJJ = "方志远", "黄立成", "苏婉清", "曹国栋", "韦明杰", "周启明", "龙建军"
XZ = "各乡（镇）人民政府"
SEC1 = ("一、推动经济高质量发展（共13项）", [
 ("全县地区生产总值增长6%左右，规模以上工业增加值增长8%，固定资产投资增长7%，社会消费品零售总额增长6.5%。",
  ["方志远、黄立成"], [FZY, HLC], ["县发展和改革局"], ["县发展和改革局"],
  ["县统计局、县工业和信息化局、县财政局"], ["县统计局", "县工业和信息化局", "县财政局"], "2024年12月底"),
 ("全年实施重点项目120个以上，完成投资150亿元，力争新开工亿元以上项目35个。",
  ["黄立成"], [HLC], ["县发展和改革局"], ["县发展和改革局"],
  ["樟岭经济开发区管委会、" + XZ], ["樟岭经济开发区管委会", XZ], "2024年12月底"),
 ("加快樟岭经济开发区扩区调区，新建标准厂房20万平方米，园区规模以上工业企业达到150家。",
  ["曹国栋"], [CGD], ["樟岭经济开发区管委会"], ["樟岭经济开发区管委会"],
  ["县自然资源局、县工业和信息化局"], ["县自然资源局", "县工业和信息化局"], "2024年11月底"),
 ("推进新材料、电子信息两大主导产业延链补链强链，全年新增规模以上工业企业25家、高新技术企业12家。",
  ["曹国栋"], [CGD], ["县工业和信息化局"], ["县工业和信息化局"],
  ["县科学技术局、县统计局、樟岭经济开发区管委会"], ["县科学技术局", "县统计局", "樟岭经济开发区管委会"], "2024年12月底"),
 ("开展“招商引资攻坚年”活动，全年签约项目60个以上，实际到位省外资金80亿元。",
  ["方志远"], [FZY], ["县商务局"], ["县商务局"],
  ["县招商服务中心、樟岭经济开发区管委会、" + XZ], ["县招商服务中心", "樟岭经济开发区管委会", XZ], "2024年12月底"),
 ("深化“放管服”改革，推进“高效办成一件事”，政务服务事项“一网通办”率达到95%以上。",
  ["苏婉清"], [SWQ], ["县政务服务和大数据管理局"], ["县政务服务和大数据管理局"],
  ["县司法局", "县直各有关单位"], ["县司法局", "县直各有关单位"], "2024年10月底"),
 ("不折不扣落实结构性减税降费政策，全年新增减税降费及退税缓费3亿元以上。",
  ["黄立成"], [HLC], ["国家税务总局樟岭县税务局"], ["国家税务总局樟岭县税务局"],
  ["县财政局"], ["县财政局"], "2024年12月底"),
 ("新建高标准农田3.2万亩，粮食播种面积稳定在42万亩以上，总产量稳定在16万吨以上。",
  ["韦明杰"], [WMJ], ["县农业农村局"], ["县农业农村局"],
  ["县财政局、县自然资源局、县水利局、" + XZ], ["县财政局", "县自然资源局", "县水利局", XZ], "2024年9月底"),
 ("做大茶叶、油茶、中药材特色产业，新增茶园面积5000亩，培育市级以上农业产业化龙头企业3家。",
  ["韦明杰"], [WMJ], ["县农业农村局"], ["县农业农村局"],
  ["县林业局、县供销合作社联合社"], ["县林业局", "县供销合作社联合社"], "2024年12月底"),
 ("推进全域旅游发展，创建樟溪湖国家4A级旅游景区，全年接待游客突破800万人次。",
  ["苏婉清"], [SWQ], ["县文化广电旅游体育局"], ["县文化广电旅游体育局"],
  ["县发展和改革局、樟溪湖景区管理处"], ["县发展和改革局", "樟溪湖景区管理处"], "2024年12月底"),
 ("加快县城北部新区路网建设，建成迎宾大道北延线、樟溪二桥并通车。",
  ["周启明"], [ZQM], ["县住房和城乡建设局、县交通运输局"], ["县住房和城乡建设局", "县交通运输局"],
  ["县自然资源局、樟岭县城市建设投资有限公司"], ["县自然资源局", "樟岭县城市建设投资有限公司"], "2024年11月底"),
 ("实施农村公路提质改造120公里，新改建危旧桥梁8座，创建“四好农村路”省级示范县。",
  ["周启明"], [ZQM], ["县交通运输局"], ["县交通运输局"],
  [XZ], [XZ], "2024年12月底"),
 ("统筹推进县域商业体系建设，建成县级物流配送中心1个、乡镇快递物流站点16个。",
  ["曹国栋"], [CGD], ["县商务局"], ["县商务局"],
  ["县邮政管理局、县供销合作社联合社"], ["县邮政管理局", "县供销合作社联合社"], "2024年10月底"),
])
SEC2 = ("二、保障和改善民生（共11项）", [
 ("城镇新增就业4200人，城镇调查失业率控制在5.5%以内，新增农村劳动力转移就业3000人。",
  ["苏婉清"], [SWQ], ["县人力资源和社会保障局"], ["县人力资源和社会保障局"],
  ["县农业农村局、" + XZ], ["县农业农村局", XZ], "2024年12月底"),
 ("新建、改扩建中小学和幼儿园6所，新增学位3600个，基本消除城区学校“大班额”。",
  ["苏婉清"], [SWQ], ["县教育局"], ["县教育局"],
  ["县发展和改革局、县财政局、县自然资源局"], ["县发展和改革局", "县财政局", "县自然资源局"], "2024年8月底"),
 ("推进紧密型县域医共体建设，县人民医院创建三级医院，完成村卫生室标准化建设20个。",
  ["苏婉清"], [SWQ], ["县卫生健康局"], ["县卫生健康局"],
  ["县医疗保障局、县人民医院"], ["县医疗保障局", "县人民医院"], "2024年12月底"),
 ("城乡居民基本医疗保险参保率稳定在96%以上，全面推行按病种分值付费改革。",
  ["苏婉清"], [SWQ], ["县医疗保障局"], ["县医疗保障局"],
  None, [], "2024年12月底"),
 ("改造城镇老旧小区22个，惠及居民2600户，建成保障性安置住房860套。",
  ["周启明"], [ZQM], ["县住房和城乡建设局"], ["县住房和城乡建设局"],
  ["县财政局、县自然资源局、樟岭县城市建设投资有限公司"], ["县财政局", "县自然资源局", "樟岭县城市建设投资有限公司"], "2024年12月底"),
 ("新建区域性养老服务中心3个，提质改造乡镇敬老院5所，发放各类救助资金8000万元。",
  ["苏婉清"], [SWQ], ["县民政局"], ["县民政局"],
  ["县财政局、县卫生健康局"], ["县财政局", "县卫生健康局"], "2024年12月底"),
 ("实施城乡供水一体化工程，农村自来水普及率达到92%，规模化供水工程覆盖农村人口比例达到65%。",
  ["韦明杰"], [WMJ], ["县水利局"], ["县水利局"],
  ["樟岭县城市建设投资有限公司、" + XZ], ["樟岭县城市建设投资有限公司", XZ], "2024年12月底"),
 ("打好蓝天、碧水、净土保卫战，县城空气质量优良天数比例达到92%以上，樟溪出境断面水质稳定达到Ⅱ类。",
  ["周启明"], [ZQM], ["市生态环境局樟岭分局"], ["市生态环境局樟岭分局"],
  ["县水利局、县农业农村局、县住房和城乡建设局"], ["县水利局", "县农业农村局", "县住房和城乡建设局"], "长期坚持"),
 ("深化安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。",
  ["黄立成", "龙建军"], [HLC, LJJ], ["县应急管理局"], ["县应急管理局"],
  ["县公安局", "县交通运输局", "县市场监督管理局", XZ], ["县公安局", "县交通运输局", "县市场监督管理局", XZ], "长期坚持"),
 ("推进更高水平平安樟岭建设，常态化开展扫黑除恶斗争，群众安全感保持在98%以上。",
  ["龙建军"], [LJJ], ["县公安局"], ["县公安局"],
  ["县司法局、县信访局"], ["县司法局", "县信访局"], "2024年12月底"),
 ("加强食品药品安全监管，创建省级食品安全示范县，全年食品抽检不少于2000批次。",
  ["苏婉清"], [SWQ], ["县市场监督管理局"], ["县市场监督管理局"],
  ["县卫生健康局、县农业农村局、县教育局"], ["县卫生健康局", "县农业农村局", "县教育局"], "2024年11月底"),
])

# ---------------------------------------------------------------- sdt helpers
_id = [-1873402210]


def next_id():
    _id[0] += 7919
    return str(_id[0])


def w(tag):
    return "{%s}%s" % (W, tag)


def make_sdt(alias, tag, placeholder=False, date=None, extra=None, endpr_rpr=None):
    sdt = etree.Element(w("sdt"))
    pr = etree.SubElement(sdt, w("sdtPr"))
    if endpr_rpr is not None:
        pr.append(copy.deepcopy(endpr_rpr))
    if alias:
        etree.SubElement(pr, w("alias")).set(w("val"), alias)
    if tag:
        etree.SubElement(pr, w("tag")).set(w("val"), tag)
    etree.SubElement(pr, w("id")).set(w("val"), next_id())
    if placeholder or date is not None:
        ph = etree.SubElement(pr, w("placeholder"))
        dp = etree.SubElement(ph, w("docPart"))
        dp.set(w("val"), "DefaultPlaceholder_-1854013437" if date is not None else "DefaultPlaceholder_-1854013440")
    if placeholder:
        etree.SubElement(pr, w("showingPlcHdr"))
    if date is not None:
        d = etree.SubElement(pr, w("date"))
        d.set(w("fullDate"), date + "T00:00:00Z")
        etree.SubElement(d, w("dateFormat")).set(w("val"), "yyyy'年'M'月'd'日'")
        etree.SubElement(d, w("lid")).set(w("val"), "zh-CN")
        etree.SubElement(d, w("storeMappedDataAs")).set(w("val"), "dateTime")
        etree.SubElement(d, w("calendar")).set(w("val"), "gregorian")
    if extra is not None:
        etree.SubElement(pr, "{%s}%s" % (W15, extra), nsmap={"w15": W15})
    etree.SubElement(sdt, w("sdtEndPr"))
    content = etree.SubElement(sdt, w("sdtContent"))
    return sdt, content


def wrap_block(elems, alias, tag, **kw):
    """Wrap consecutive sibling elements (w:p / w:tr / w:sdt) in one block/row-level sdt."""
    elems = [getattr(e, "_p", e) for e in elems]
    first = elems[0]
    sdt, content = make_sdt(alias, tag, **kw)
    first.addprevious(sdt)
    for e in elems:
        content.append(e)
    return sdt


def wrap_runs(par, runs, alias, tag, **kw):
    """Wrap runs of a paragraph in a run-level sdt."""
    sdt, content = make_sdt(alias, tag, **kw)
    runs[0]._r.addprevious(sdt)
    for r in runs:
        content.append(r._r)
    return sdt


# ---------------------------------------------------------------- document
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

st = doc.styles["Normal"]
st.font.name = "仿宋_GB2312"
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
ph_style = doc.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
ph_style.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
ph_style.element.get_or_add_name().set(qn("w:val"), "Placeholder Text")  # Word's built-in 占位符文本
ph_style.hidden = False
ph_style.element.attrib.pop(qn("w:customStyle"), None)


def para(text="", align=None, size=None, font=None, bold=False, indent=True, red=False, space_after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(0), Pt(space_after)
    pf.line_spacing = Pt(28)
    if align is not None:
        p.alignment = align
    if indent and align is None:
        pf.first_line_indent = Pt(32)
    if text:
        run(p, text, size, font, bold, red)
    return p


def run(p, text, size=None, font=None, bold=False, red=False, style=None):
    r = p.add_run(text, style=style)
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
        r._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    r.bold = bold
    if red:
        r.font.color.rgb = RGBColor(0xFF, 0x00, 0x00)
    return r


# 版头: the template's 密级 field, not used for a public notice, still shows its placeholder
mj = para(indent=False)
rmj = run(mj, PLACEHOLDER, 16, font="黑体", style="Placeholder Text")
wrap_runs(mj, [rmj], "密级和保密期限", "MJ", placeholder=True)
p = para(align=WD_ALIGN_PARAGRAPH.CENTER, space_after=12)
r = run(p, "樟岭县人民政府办公室文件", 36, "方正小标宋简体", red=True)
p = para(align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
p.paragraph_format.left_indent = Pt(16)
r1 = run(p, "樟政办发〔2024〕9号")
wrap_runs(p, [r1], "发文字号", "FWZH")
run(p, "\u3000" * 9 + "签发人：")
r2 = run(p, "方志远", font="楷体_GB2312")
wrap_runs(p, [r2], "签发人", "QFR")
p = para(align=WD_ALIGN_PARAGRAPH.CENTER)
p.paragraph_format.space_after = Pt(18)
run(p, "━" * 20, red=True)

title_p = para("樟岭县人民政府办公室关于印发2024年《政府工作报告》重点工作任务分工的通知",
               align=WD_ALIGN_PARAGRAPH.CENTER, size=22, font="方正小标宋简体", space_after=12)
wrap_block([title_p], "标题", "BT")
zs = para("各乡（镇）人民政府，县政府各工作部门、直属机构，樟岭经济开发区管委会，县直有关单位：", indent=False)
wrap_block([zs], "主送机关", "ZSJG")

body = [
 "《政府工作报告》已经县第十八届人民代表大会第四次会议审议通过。为确保报告确定的各项目标任务落到实处，经县人民政府同意，现将《2024年〈政府工作报告〉重点工作任务分工》印发给你们，并提出如下要求，请认真抓好落实。",
 "一、强化责任落实。各责任领导要对分管领域的目标任务亲自部署、亲自督促；牵头单位要切实履行牵头职责，制定具体工作方案，明确时间表、路线图；配合单位要主动对接、积极配合，形成工作合力。",
 "二、强化督查考核。县政府督查室要将重点工作任务纳入县政府督查督办系统，实行清单化管理、销号式推进，每季度通报一次进展情况，督查结果纳入年度绩效考核。",
 "三、强化信息报送。各牵头单位请于每季度最后一个月的25日前，通过县政府协同办公系统“督查督办”模块报送任务进展情况，全年工作总结于2024年12月20日前报送县政府督查室。",
]
body_ps = [para(t) for t in body]
wrap_block([body_ps[0]], "正文", "ZW_1")
wrap_block(body_ps[1:], "正文（工作要求）", "ZW_2")
# a contact line in its own control
lx = para("联系人：县政府督查室  杨晓岚，联系电话：0738-5126093。")
wrap_block([lx], "联系方式", "LXFS")
para()
fj = para("附件：2024年《政府工作报告》重点工作任务分工", indent=True)
wrap_block([fj], "附件说明", "FJSM")
para()
para()
qm = para("樟岭县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
qm.paragraph_format.right_indent = Pt(64)
wrap_block([qm], "发文机关署名", "FWJG")
dp = para(align=WD_ALIGN_PARAGRAPH.RIGHT)
dp.paragraph_format.right_indent = Pt(80)
rd = run(dp, "2024年3月18日")
wrap_runs(dp, [rd], "成文日期", "CWRQ", date="2024-03-18")
fz = para(indent=True)
run(fz, "（此件公开发布）")
# 附注 control in the template; the operator typed into it
wrap_block([fz], "附注", "FZ")

# 附件
p = para(indent=False)
p.add_run().add_break(WD_BREAK.PAGE)
run(p, "附件", font="黑体_GB2312")
p = para("2024年《政府工作报告》重点工作任务分工", align=WD_ALIGN_PARAGRAPH.CENTER, size=22,
         font="方正小标宋简体", space_after=12)

HEAD = ["序号", "工作任务", "责任领导", "牵头单位", "配合单位", "完成时限"]
WIDTHS = [Cm(1.2), Cm(6.4), Cm(1.8), Cm(2.4), Cm(2.6), Cm(1.8)]
tbl = doc.add_table(rows=1, cols=6)
tbl.style = "Table Grid"
tbl.autofit = False
for gc, wd in zip(tbl._tbl.tblGrid.gridCol_lst, WIDTHS):
    gc.w = wd
for i, h in enumerate(HEAD):
    c = tbl.rows[0].cells[i]
    c.width = WIDTHS[i]
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(c.paragraphs[0], h, 12, "黑体", bold=True)
# repeat header row on each page
trPr = tbl.rows[0]._tr.get_or_add_trPr()
etree.SubElement(trPr, w("tblHeader"))


def fill_cell(cell, paragraphs, size=12, align=None):
    first = True
    for t in paragraphs:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if align is not None:
            p.alignment = align
        run(p, t, size)


def sdt_in_cell(cell, alias, tag, placeholder=False):
    ps = [p._p for p in cell.paragraphs]
    wrap_block(ps, alias, tag, placeholder=placeholder)


# pass 1: build the plain table (python-docx's row/cell indexing only works before rows move into sdts)
built = []  # (section_tr, [(tr, cells, placeholder_flag)])
n = 0
for sec_title, tasks in (SEC1, SEC2):
    row = tbl.add_row()
    tcs = row._tr.tc_lst
    for tc in tcs[1:]:
        row._tr.remove(tc)
    tcPr = tcs[0].get_or_add_tcPr()
    gs = etree.SubElement(tcPr, w("gridSpan"))
    gs.set(w("val"), "6")
    row.cells[0].width = sum(WIDTHS, Cm(0))
    run(row.cells[0].paragraphs[0], sec_title, 12, "黑体", bold=True)
    rows = []
    for (text, lcell, lnames, leadcell, leads, coopcell, coops, dl) in tasks:
        n += 1
        row = tbl.add_row()
        cs = row.cells
        fill_cell(cs[0], [str(n)], align=WD_ALIGN_PARAGRAPH.CENTER)
        fill_cell(cs[1], [text])
        fill_cell(cs[2], lcell, align=WD_ALIGN_PARAGRAPH.CENTER)
        fill_cell(cs[3], leadcell)
        if coopcell is None:
            run(cs[4].paragraphs[0], PLACEHOLDER, 12, style="Placeholder Text")
        else:
            fill_cell(cs[4], coopcell)
        fill_cell(cs[5], [dl], align=WD_ALIGN_PARAGRAPH.CENTER)
        for c, wd in zip(cs, WIDTHS):
            c.width = wd
        rows.append((row._tr, list(cs), coopcell is None))
    built.append(rows)

# pass 2: content controls
for rows in built:
    item_sdts = []
    for tr, cs, ph in rows:
        sdt_in_cell(cs[1], "工作任务", "GZRW")
        sdt_in_cell(cs[2], "责任领导", "ZRLD")
        sdt_in_cell(cs[3], "牵头单位", "QTDW")
        sdt_in_cell(cs[4], "配合单位", "PHDW", placeholder=ph)
        sdt_in_cell(cs[5], "完成时限", "WCSX")
        item_sdts.append(wrap_block([tr], None, None, extra="repeatingSectionItem"))
    wrap_block(item_sdts, "重点工作任务", "ZDGZRW", extra="repeatingSection")

# 版记
para()
bj = para(indent=False)
run(bj, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。", 14)
wrap_block([bj], "抄送", "CS")
yf = para(indent=False)
run(yf, "樟岭县人民政府办公室" + "\u3000" * 8 + "2024年3月18日印发", 14)
wrap_block([yf], "印发机关和印发日期", "YFJG")

out = os.path.join(HERE, SLUG + ".docx")
doc.save(out)

# ---------------------------------------------------------------- gold
gold = []
n = 0
for _, tasks in (SEC1, SEC2):
    for (text, lcell, lnames, leadcell, leads, coopcell, coops, dl) in tasks:
        n += 1
        gold.append({"id": str(n), "head": text[:12], "responsible_units": leads + coops,
                     "lead_units": leads, "cooperating_units": coops, "leaders": lnames})
with open(os.path.join(HERE, SLUG + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
    for g in gold:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print("wrote", out, len(gold), "tasks")
