#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 124, notice 633 (control case).

A 县人民政府办公室 red-header Word notice (苍政办发〔2025〕5号) that prints its
2025年《政府工作报告》重点任务分工方案 as a landscape 附件 table
  序号 / 重点任务 / 责任县领导 / 责任单位 / 完成时限
with part rows merged across, the 责任县领导 merged down over runs of tasks, and
each 责任单位 cell holding the roles as labelled lines (牵头单位：A ⏎ 配合单位：B、C),
sometimes on one line parted by a full-width space or ；, once by a soft line
break, sometimes only a bare list (the cover's first-leads rule).

Writes (deterministically):
  633_cangtang_xian_zfgzbg_zhongdian_renwu_fengong.docx
  633_cangtang_xian_zfgzbg_zhongdian_renwu_fengong.tasks.gold.jsonl
"""
import datetime
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "633_cangtang_xian_zfgzbg_zhongdian_renwu_fengong"
DOCX = os.path.join(HERE, NAME + ".docx")
GOLD = os.path.join(HERE, NAME + ".tasks.gold.jsonl")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)

# ---------------------------------------------------------------- leaders
ZHOU = "周立新"      # 县长
XIE = "谢振华"       # 常务副县长
WANG = "王　勇"      # 副县长 (padded as printed)
LIN = "林晓燕"       # 副县长
DENG = "邓宏伟"      # 副县长
OUYANG = "欧阳明"    # 副县长
HU = "胡建军"        # 副县长、县公安局局长

# ---------------------------------------------------------------- tasks
# Each part: (title, [task, ...]).  A task:
#   text      the 重点任务 cell
#   lead      ("L", key)  leader block start: key is a leader spec, spans the
#             following rows until the next ("L", ...) -- see LEADER_RUNS
#   units     a cell spec:
#       ("two", [leads], [coops])          two paragraphs 牵头单位：/配合单位：
#       ("sp",  [leads], [coops])          one paragraph, full-width space between
#       ("semi",[leads], [coops])          one paragraph, ；between
#       ("br",  [leads], [coops])          one paragraph, soft line break between
#       ("lead",[leads])                   only 牵头单位：A
#       ("bare",[units])                   A、B、C (first leads by the cover rule)
#     optional extra keys in a dict: sep_override (list of separators), colon2
#   deadline
P = []

P.append(("一、着力扩大有效需求，推动经济稳中向好（6项）", [
    dict(text="抓实重大项目建设。全年实施省市县重点项目156个，完成投资130亿元以上，新开工亿元以上项目40个，力争固定资产投资增长6%。",
         units=("two", ["县发展和改革局"], ["县财政局", "县自然资源局", "县住房和城乡建设局", "县统计局", "各乡镇（街道）"]),
         deadline="2025年12月底"),
    dict(text="积极争取上级政策资金。紧盯超长期特别国债、地方政府专项债券等政策窗口，全年争取上级各类资金20亿元以上，谋划储备项目不少于300个。",
         units=("two", ["县发展和改革局", "县财政局"], ["县直有关单位"]),
         deadline="2025年12月底"),
    dict(text="强化财源建设和收入征管。加强重点税源监控和非税收入征管，全年一般公共预算收入完成11.2亿元，增长5%；严控一般性支出，兜牢“三保”底线。",
         units=("bare", ["县财政局", "县税务局", "县自然资源局"]),
         deadline="2025年12月底"),
    dict(text="提振消费市场活力。开展“苍塘好物”系列促消费活动40场次以上，落实大规模设备更新和消费品以旧换新政策，社会消费品零售总额增长6.5%。",
         units=("sp", ["县商务局"], ["县财政局", "县市场监督管理局", "县文化和旅游局"]),
         deadline="2025年12月底"),
    dict(text="完善县域商业和物流体系。推进县城商业体系建设，新建改造乡镇商贸中心3个、村级寄递物流综合服务站50个，农村电商交易额增长12%。",
         units=("two", ["县商务局"], ["县交通运输局", "中国邮政集团有限公司苍塘县分公司", "各乡镇（街道）"]),
         deadline="2025年11月底前"),
    dict(text="加强经济运行监测调度。建立重点指标月调度、季分析制度，对进度滞后的指标及时预警、专题研究，确保主要经济指标保持在合理区间。",
         units=("semi", ["县发展和改革局"], ["县统计局", "县财政局", "县工业和信息化局", "县商务局"]),
         deadline="长期坚持"),
]))

P.append(("二、坚持工业强县，加快构建现代产业体系（6项）", [
    dict(text="做大做强主导产业。围绕新型建材、食品加工、装备制造三大主导产业实施强链补链行动，规模以上工业增加值增长8%，新增规上工业企业15家。",
         units=("two", ["县工业和信息化局"], ["苍塘经济开发区管委会", "县统计局", "各乡镇（街道）"]),
         deadline="2025年12月底"),
    dict(text="推进园区提质扩容。完成苍塘经济开发区扩区调位，新建标准化厂房12万平方米，完善园区供水、供气、污水处理等配套设施，园区亩均税收提高10%以上。",
         units=("two", ["苍塘经济开发区管委会"], ["县自然资源局", "县财政局", "县住房和城乡建设局"]),
         deadline="2025年12月底"),
    dict(text="强化精准招商引资。聚焦长三角、珠三角开展产业链招商，全年引进亿元以上项目30个，其中10亿元以上项目3个，实际到位资金80亿元以上。",
         units=("two", ["县投资促进中心"], ["苍塘经济开发区管委会", "县直有关单位", "各乡镇（街道）"]),
         coop_seps=["，", "、"],
         deadline="2025年12月底"),
    dict(text="提升科技创新能力。新增高新技术企业8家、科技型中小企业30家，建成市级以上研发平台4个，全社会研发经费投入强度达到1.8%。",
         units=("bare", ["县科学技术局", "县工业和信息化局", "县财政局"]),
         deadline="2025年12月底"),
    dict(text="加快发展数字经济。新建5G基站120个，实施企业数字化改造项目20个，培育省级专精特新中小企业3家，推动规上工业企业数字化转型全覆盖。",
         units=("two", ["县工业和信息化局"], ["县数据资源管理局", "县科学技术局"]),
         deadline="2025年12月底"),
    dict(text="提升金融服务实体经济质效。深化政银企对接，全年新增各项贷款25亿元以上，新增政府性融资担保额度10亿元，稳妥化解地方金融风险。",
         units=("two", ["县地方金融服务中心"], ["县财政局", "国家金融监督管理总局苍塘监管支局", "县融资担保有限公司"]),
         deadline="2025年12月底"),
]))

P.append(("三、全面推进乡村振兴，加快农业农村现代化（5项）", [
    dict(text="稳定粮食生产。严格落实粮食安全党政同责，全年粮食播种面积稳定在52万亩以上，总产量保持在21万吨以上，稳定生猪等重要农产品供给。",
         units=("two", ["县农业农村局"], ["县自然资源局", "县水利局", "县财政局", "各乡镇（街道）"]),
         deadline="2025年10月底"),
    dict(text="建设高标准农田。新建和改造提升高标准农田3.5万亩，实施耕地质量提升工程，坚决遏制耕地“非农化”、基本农田“非粮化”。",
         units=("sp", ["县农业农村局"], ["县自然资源局", "县财政局"]),
         deadline="2025年12月底"),
    dict(text="巩固拓展脱贫攻坚成果。健全防止返贫致贫监测帮扶机制，脱贫人口人均纯收入增长8%以上，确保不发生规模性返贫致贫。",
         units=("two", ["县农业农村局"], ["县人力资源和社会保障局", "县民政局", "县医疗保障局", "县教育局", "各乡镇（街道）"]),
         deadline="长期坚持"),
    dict(text="发展壮大特色产业。做强茶叶、油茶、中药材等特色产业，新增绿色、有机、地理标志农产品10个，培育市级以上农业产业化龙头企业5家。",
         units=("bare", ["县农业农村局", "县林业局"]),
         deadline="2025年12月底"),
    dict(text="加强水利基础设施建设。推进苍溪河流域综合治理和中型灌区续建配套与现代化改造，完成农村饮水安全巩固提升工程12处。",
         units=("lead", ["县水利局"]),
         deadline="2025年11月底前"),
]))

P.append(("四、统筹城乡建设，提升城市功能品质（5项）", [
    dict(text="实施城市更新行动。改造老旧小区22个、城中村2片，新建改造城市道路8公里，完成雨污分流改造15公里，新增城市绿地5万平方米。",
         units=("two", ["县住房和城乡建设局"], ["县自然资源局", "县财政局", "县城市管理局", "城关街道办事处"]),
         deadline="2025年12月底"),
    dict(text="提升城市精细化管理水平。推进“智慧城管”平台二期建设，开展市容环境综合整治，新增公共停车泊位1200个、新能源汽车充电桩300个。",
         units=("semi", ["县城市管理局"], ["县公安局", "县住房和城乡建设局", "县数据资源管理局"]),
         deadline="2025年12月底"),
    dict(text="完善综合交通路网。加快推进S318线苍塘段改建工程，新改建农村公路120公里，实施危旧桥梁改造8座，新增城乡公交线路3条。",
         units=("two", ["县交通运输局"], ["县自然资源局", "县财政局", "各乡镇（街道）"]),
         deadline="2025年12月底"),
    dict(text="促进房地产市场平稳健康发展。因城施策用好房地产调控政策，推进保交房工作，有序推进收购存量商品房用作保障性住房。",
         units=("two", ["县住房和城乡建设局"], ["县自然资源局", "县财政局", "县住房公积金管理中心"]),
         coop_colon=":",
         deadline="长期坚持"),
    dict(text="建设宜居宜业和美乡村。新创建省级美丽乡村示范村5个，完成农村户厕改造3000户，农村生活垃圾收运处置体系实现行政村全覆盖。",
         units=("two", ["县农业农村局", "县住房和城乡建设局"], ["市生态环境局苍塘分局", "县城市管理局", "各乡镇（街道）"]),
         deadline="2025年12月底"),
]))

P.append(("五、深化改革开放，持续优化营商环境（4项）", [
    dict(text="提升政务服务效能。深化“一网通办”“高效办成一件事”改革，政务服务事项网上可办率达到98%以上，企业开办时间压缩至1个工作日以内。",
         units=("two", ["县政务服务管理局"], ["县数据资源管理局", "县直有关单位"]),
         deadline="2025年12月底"),
    dict(text="深化国资国企改革。推进县属国有企业整合重组，完成2家融资平台公司市场化转型，国有资本保值增值率达到102%。",
         units=("two", ["县国有资产服务中心"], ["县财政局"]),
         lead_pad=True,
         deadline="2025年12月底"),
    dict(text="支持民营经济发展壮大。落实惠企政策“免申即享”，开展涉企违规收费专项整治，依法依规清理拖欠企业账款，构建亲清政商关系。",
         units=("bare", ["县发展和改革局", "县工业和信息化局", "县市场监督管理局", "县财政局"]),
         deadline="持续推进"),
    dict(text="扩大对外开放合作。支持企业开拓国际市场，培育外贸实绩企业10家以上，全年外贸进出口总额增长10%，实际利用外资1500万美元。",
         units=("bare", ["县商务局"]),
         deadline="2025年12月底"),
]))

P.append(("六、坚持生态优先，推动绿色低碳发展（3项）", [
    dict(text="全面落实河湖长制林长制。常态化开展河湖“清四乱”，完成营造林2.6万亩，森林覆盖率稳定在62%以上，县域主要河流断面水质达标率100%。",
         units=("br", ["县水利局"], ["县林业局", "市生态环境局苍塘分局", "各乡镇（街道）"]),
         deadline="长期坚持"),
    dict(text="深入打好污染防治攻坚战。实施大气污染防治和扬尘、餐饮油烟专项治理，PM2.5平均浓度控制在32微克/立方米以内，空气质量优良天数比率达到90%以上。",
         units=("two", ["市生态环境局苍塘分局"], ["县住房和城乡建设局", "县交通运输局", "县农业农村局", "县公安局", "各乡镇（街道）"]),
         deadline="2025年12月底"),
    dict(text="推动绿色低碳转型。严格落实能耗双控要求，推进分布式光伏整县开发，新增新能源装机5万千瓦，单位地区生产总值能耗完成市下达目标。",
         units=("two", ["县发展和改革局"], ["县工业和信息化局", "县住房和城乡建设局", "国网苍塘县供电公司"]),
         deadline="2025年12月底"),
]))

P.append(("七、增进民生福祉，提高公共服务水平（5项）", [
    dict(text="千方百计稳定和扩大就业。城镇新增就业3200人，农村劳动力转移就业2000人以上，开展职业技能培训5000人次，城镇调查失业率控制在5.5%以内。",
         units=("two", ["县人力资源和社会保障局"], ["县农业农村局", "县教育局", "县总工会", "各乡镇（街道）"]),
         deadline="2025年12月底"),
    dict(text="办好人民满意的教育。新建改扩建中小学、幼儿园6所，新增学位2400个，推进县域义务教育优质均衡发展，县职业中专创建省级优质中职学校。",
         units=("two", ["县教育局"], ["县发展和改革局", "县财政局", "县自然资源局", "县住房和城乡建设局"]),
         deadline="2025年8月底前"),
    dict(text="加快建设健康苍塘。深化紧密型县域医共体建设，县人民医院新院区投入使用，每个乡镇卫生院至少建成1个特色专科。",
         units=("semi", ["县卫生健康委员会"], ["县医疗保障局", "县财政局"]),
         deadline="2025年12月底"),
    dict(text="健全多层次社会保障体系。推进全民参保计划，城乡居民基本医疗保险参保率稳定在95%以上，新建社区嵌入式养老服务中心3个。",
         units=("bare", ["县民政局", "县人力资源和社会保障局", "县医疗保障局", "县退役军人事务局"]),
         deadline="2025年12月底"),
    dict(text="推动文化旅游融合发展。办好第五届苍塘茶文化旅游节，创建国家4A级旅游景区1个，全年接待游客560万人次，旅游综合收入增长10%。",
         units=("sp", ["县文化和旅游局"], ["县融媒体中心", "县交通运输局", "各乡镇（街道）"]),
         deadline="2025年12月底"),
]))

P.append(("八、统筹发展和安全，推进社会治理现代化（2项）", [
    dict(text="抓好安全生产和防灾减灾。深入开展安全生产治本攻坚三年行动，强化道路交通、燃气、自建房等重点领域隐患排查整治，坚决遏制较大及以上事故。",
         units=("two", ["县应急管理局"], ["县安全生产委员会各成员单位", "各乡镇（街道）"]),
         deadline="长期坚持"),
    dict(text="建设更高水平的平安苍塘。常态化开展扫黑除恶斗争，深化信访工作法治化，加强矛盾纠纷多元化解，群众安全感满意度保持在98%以上。",
         units=("two", ["县公安局"], ["县司法局", "县信访局", "各乡镇（街道）"]),
         deadline="长期坚持"),
]))

# leader runs over the task numbers 1..36: (first, last, [leader paragraphs])
# each leader paragraph is a string; a string with 、 names two persons on one line
LEADER_RUNS = [
    (1, 3, [XIE]), (4, 5, [LIN]), (6, 6, [ZHOU + "、" + XIE]),
    (7, 11, [DENG]), (12, 12, [XIE]),
    (13, 17, [WANG]),
    (18, 21, [OUYANG]), (22, 22, [WANG, OUYANG]),
    (23, 25, [XIE]), (26, 26, [LIN]),
    (27, 27, [WANG]), (28, 29, [OUYANG]),
    (30, 34, [LIN]),
    (35, 36, [HU]),
]


def leaders_of(n):
    for a, b, ps in LEADER_RUNS:
        if a <= n <= b:
            out = []
            for p in ps:
                for x in p.split("、"):
                    out.append(x.replace("　", "").replace(" ", ""))
            return out, (a, b, ps)
    raise KeyError(n)


# ---------------------------------------------------------------- helpers
def set_font(run, east, size=None, bold=None, color=None, ascii_font=None):
    run.font.name = ascii_font or ("Times New Roman" if east in (FS, KT) else east)
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", east=FS, size=16, bold=None, align=None,
         first_indent=None, color=None, line=28, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)
    if text:
        r = p.add_run(text)
        set_font(r, east, size, bold, color)
    return p


def add_run(p, text, east=FS, size=16, bold=None, color=None):
    r = p.add_run(text)
    set_font(r, east, size, bold, color)
    return r


def red_rule(p):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    ppr.insert_element_before(bdr, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku",
                              "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE",
                              "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
                              "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
                              "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                              "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
                              "w:rPr", "w:sectPr", "w:pPrChange")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "24")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "FF0000")
    bdr.append(b)


def cell_para(cell, first=True):
    if first and len(cell.paragraphs) == 1 and not cell.paragraphs[0].text:
        p = cell.paragraphs[0]
    else:
        p = cell.add_paragraph()
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    return p


def cell_text(cell, lines, size=12, east=FS, bold=False, align=None):
    for i, line in enumerate(lines):
        p = cell_para(cell, first=(i == 0))
        if align is not None:
            p.alignment = align
        add_run(p, line, east, size, bold)
    return cell


def set_cell_width(cell, mm):
    cell.width = Mm(mm)


def set_grid(tbl, widths_mm):
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(Mm(w).twips)))
    tblpr = tbl._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.insert_element_before(lay, "w:tblCellMar", "w:tblLook", "w:tblCaption",
                                "w:tblDescription", "w:tblPrChange")


def mark_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trpr.append(c)


def page_footer(section):
    # "— N —" page number, 宋体 4号, centred
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(p, "— ", "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
        elif txt == " PAGE ":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._r.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = txt
            r._r.append(t)
    add_run(p, " —", "宋体", 14)


def units_cell(cell, spec, t):
    kind = spec[0]
    lead_colon = "：" + (" " if t.get("lead_pad") else "")
    coop_colon = t.get("coop_colon", "：")

    def join(units, seps=None):
        if not units:
            return ""
        s = units[0]
        for i, u in enumerate(units[1:]):
            sep = "、"
            if seps and i < len(seps):
                sep = seps[i]
            s += sep + u
        return s

    coop_seps = t.get("coop_seps")
    if kind == "two":
        cell_text(cell, ["牵头单位" + lead_colon + join(spec[1]),
                         "配合单位" + coop_colon + join(spec[2], coop_seps)])
    elif kind == "sp":
        cell_text(cell, ["牵头单位：" + join(spec[1]) + "　配合单位：" + join(spec[2], coop_seps)])
    elif kind == "semi":
        cell_text(cell, ["牵头单位：" + join(spec[1]) + "；配合单位：" + join(spec[2], coop_seps)])
    elif kind == "br":
        p = cell_para(cell)
        r = add_run(p, "牵头单位：" + join(spec[1]), FS, 12)
        r.add_break(WD_BREAK.LINE)
        add_run(p, "配合单位：" + join(spec[2], coop_seps), FS, 12)
    elif kind == "lead":
        cell_text(cell, ["牵头单位：" + join(spec[1])])
    elif kind == "bare":
        cell_text(cell, [join(spec[1])])
    else:
        raise ValueError(kind)


def gold_units(spec):
    kind = spec[0]
    if kind in ("two", "sp", "semi", "br"):
        return spec[1] + spec[2], list(spec[1]), list(spec[2])
    if kind == "lead":
        return list(spec[1]), list(spec[1]), []
    if kind == "bare":
        return list(spec[1]), [spec[1][0]], list(spec[1][1:])
    raise ValueError(kind)


# ---------------------------------------------------------------- document
def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st._element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(28)
    page_footer(sec)

    # the default empty first paragraph of python-docx's template: none
    # ---- 版头
    for _ in range(2):
        para(doc, "", line=28)
    para(doc, "苍塘县人民政府办公室文件", XBS, 34, align=WD_ALIGN_PARAGRAPH.CENTER,
         color=RED, line=None)
    para(doc, "", line=28)
    p = para(doc, "苍政办发〔2025〕5号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    red_rule(p)
    para(doc, "", line=28)

    # ---- 标题
    para(doc, "苍塘县人民政府办公室", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc, "关于印发苍塘县2025年《政府工作报告》", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc, "重点任务分工方案的通知", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc, "", line=28)

    # ---- 主送
    para(doc, "各乡镇人民政府、街道办事处，县政府各部门，县直有关单位：")

    body = [
        "《苍塘县2025年政府工作报告》已经县十八届人大五次会议审议通过。为确保报告确定的各项目标任务落到实处，经县政府同意，现将《苍塘县2025年〈政府工作报告〉重点任务分工方案》印发给你们，并就有关事项通知如下，请认真贯彻落实。",
    ]
    for t in body:
        para(doc, t, first_indent=32)

    reqs = [
        ("一、提高思想认识。", "各乡镇（街道）、各部门要充分认识抓好《政府工作报告》重点任务落实的重要意义，把落实工作作为检验工作作风和执行能力的重要标尺，切实增强责任感和紧迫感，确保各项任务按时保质完成。"),
        ("二、压实工作责任。", "各责任县领导要加强对分管领域任务落实的统筹调度，及时协调解决推进中的重大问题。附件“责任单位”栏中已标明牵头单位、配合单位的，按标明的分工执行；未标明的，排在第一位的为牵头单位，其余为配合单位。牵头单位有两个的，排在第一位的为主牵头单位，负责统筹协调。牵头单位要制定具体工作方案，细化工作措施，明确时间节点和责任人；配合单位要积极主动配合，形成工作合力。"),
        ("三、强化督查考核。", "县政府督查室要将重点任务落实情况纳入年度督查重点，实行清单化管理、台账式推进。各牵头单位于每季度末月25日前将任务推进情况报县政府督查室（联系电话：0739—6821305，电子邮箱：ctxzfdcs@163.com），督查结果纳入年度综合考核。"),
    ]
    for h, t in reqs:
        p = para(doc, "", first_indent=32)
        add_run(p, h, HT, 16)
        add_run(p, t, FS, 16)

    para(doc, "", line=28)
    p = para(doc, "附件：苍塘县2025年《政府工作报告》重点任务分工方案", first_indent=32)
    para(doc, "", line=28)
    para(doc, "", line=28)
    p = para(doc, "苍塘县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2025年2月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）", first_indent=32)

    # ---- 附件: landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Mm(297), Mm(210)
    sec2.top_margin, sec2.bottom_margin = Mm(28), Mm(26)
    sec2.left_margin, sec2.right_margin = Mm(30), Mm(28)

    para(doc, "附件", HT, 16)
    para(doc, "", line=20)
    para(doc, "苍塘县2025年《政府工作报告》重点任务分工方案", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc, "", line=20)

    widths = [14, 112, 26, 58, 29]
    tbl = doc.add_table(rows=1, cols=5)
    tbl.style = doc.styles["Table Grid"]
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl.autofit = False
    set_grid(tbl, widths)
    hdr = tbl.rows[0]
    mark_header(hdr)
    for i, h in enumerate(["序号", "重点任务", "责任县领导", "责任单位", "完成时限"]):
        c = hdr.cells[i]
        set_cell_width(c, widths[i])
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        cell_text(c, [h], 12, HT, align=WD_ALIGN_PARAGRAPH.CENTER)

    gold = []
    n = 0
    leader_first_row = {}
    row_of_task = {}
    for title, tasks in P:
        r = tbl.add_row()
        for i, c in enumerate(r.cells):
            set_cell_width(c, widths[i])
        m = r.cells[0].merge(r.cells[4])
        cell_text(m, [title], 12, HT)
        no_split(r)
        for t in tasks:
            n += 1
            r = tbl.add_row()
            no_split(r)
            row_of_task[n] = r
            cs = r.cells
            for i, c in enumerate(cs):
                set_cell_width(c, widths[i])
                c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            cell_text(cs[0], [str(n)], 12, FS, align=WD_ALIGN_PARAGRAPH.CENTER)
            # the task: bold lead sentence, rest plain
            text = t["text"]
            k = text.index("。") + 1
            p = cell_para(cs[1])
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            add_run(p, text[:k], FS, 12, bold=True)
            add_run(p, text[k:], FS, 12)
            leaders, run = leaders_of(n)
            if run[0] == n:
                cell_text(cs[2], run[2], 12, FS, align=WD_ALIGN_PARAGRAPH.CENTER)
                leader_first_row[n] = run
            units_cell(cs[3], t["units"], t)
            cell_text(cs[4], [t["deadline"]], 12, FS, align=WD_ALIGN_PARAGRAPH.CENTER)

            resp, lead, coop = gold_units(t["units"])
            gold.append({
                "id": str(n),
                "marker": str(n),
                "head": text[:12],
                "responsible_units": resp,
                "lead_units": lead,
                "cooperating_units": coop,
                "leaders": leaders,
                "deadline": t["deadline"],
            })
    # vertical merges of the leader column
    for a, (a_, b, ps) in leader_first_row.items():
        if b > a:
            top = row_of_task[a].cells[2]
            bot = row_of_task[b].cells[2]
            top.merge(bot)
    assert n == 36, n

    # ---- 版记: portrait section
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Mm(210), Mm(297)
    sec3.top_margin, sec3.bottom_margin = Mm(37), Mm(35)
    sec3.left_margin, sec3.right_margin = Mm(28), Mm(26)
    for _ in range(18):
        para(doc, "", line=28)
    bj = doc.add_table(rows=2, cols=1)
    set_grid(bj, [156])
    for i, txt in enumerate([
            "抄送：县委各部门，县人大常委会办公室，县政协办公室，县人武部，县法院，县检察院。",
            "苍塘县人民政府办公室　　　　　　　　　　2025年2月26日印发"]):
        c = bj.rows[i].cells[0]
        set_cell_width(c, 156)
        cell_text(c, [txt], 14, FS)
    # 版记 lines: top/bottom borders only
    tblpr = bj._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4")):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    for side in ("left", "right", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblpr.insert_element_before(borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
                                "w:tblCaption", "w:tblDescription", "w:tblPrChange")

    # ---- core properties (fixed)
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 26, 9, 12, 0)
    cp.author = "县政府办秘书股"
    cp.last_modified_by = "县政府办秘书股"
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 7
    cp.created = fixed
    cp.modified = datetime.datetime(2025, 2, 26, 16, 40, 0)
    cp.last_printed = datetime.datetime(2025, 2, 26, 16, 35, 0)

    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue(), gold


def normalize_zip(data):
    """Rewrite the zip with fixed timestamps and order so the bytes never change."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 26, 16, 40, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def main():
    data, gold = build()
    with open(DOCX, "wb") as f:
        f.write(normalize_zip(data))
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print("wrote", os.path.basename(DOCX), "and", os.path.basename(GOLD), len(gold), "tasks")


if __name__ == "__main__":
    main()
