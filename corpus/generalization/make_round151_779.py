#!/usr/bin/env python3
"""Round 151, notice 779: a county 考核赋分 task table whose lead units are known only from the points.

The notice: 萩阳县人民政府办公室 red-header Word notice (萩政办发〔2025〕10号)
《关于印发2025年县政府重点工作目标任务分解及考核赋分表的通知》. Its cover sets up 分值捆绑考核:
each task's 考核分值 is shared by its units in fixed proportions (one 牵头单位 60 %, the 配合单位
together 40 %; two 牵头单位 40 % each and the 配合单位 together 20 %, or 50 % each with no
配合单位; a single unit takes it all; 配合单位 share equally, one decimal). The landscape 附件 table
`序号 | 重点工作任务 | 分值 | 责任县领导 | 责任单位及承担分值 | 完成时限` has NO 牵头/配合 columns or
marks: its one unit column lists the units in the 县政府工作部门序列 order (排名不分先后, says the
cover) each followed by the points it carries, `县发改局（1.3分）、县科技局（1.3分）、县工信局（6分）`.
The lead is whoever carries the lead's share (the highest points in the cell), wherever it is
printed; two units tied at the top lead together. Part rows merged across (`一、…（6项，80分）`),
tasks 1–37 running on, a 合计 row at the foot, 落款, 此件公开发布 and 版记 after the 附件.

Writes (in the current directory, /work/round151):
  779_qiyang_xian_zhongdian_renwu_kaohe_fufen.docx   the notice
  779.tasks.gold.jsonl                               the gold, from the same TASKS list

Needs: /usr/bin/python3 with python-docx (no outside converter). Deterministic: fixed core
properties and every zip entry rewritten with a fixed timestamp and order.
"""
import io
import json
import zipfile
from datetime import datetime
from decimal import Decimal, ROUND_HALF_UP

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

NOTICE = "779_qiyang_xian_zhongdian_renwu_kaohe_fufen.docx"
GOLD = "779.tasks.gold.jsonl"

# 县政府工作部门序列 (party units first, then departments, 群团, 开发区, 垂管, 企业, 乡镇).
ORDER = [
    "县委组织部", "县委政法委",
    "县发改局", "县教体局", "县科技局", "县工信局", "县公安局", "县民政局", "县司法局",
    "县财政局", "县人社局", "县自然资源局", "市生态环境局萩阳分局", "县住建局",
    "县交通运输局", "县水利局", "县农业农村局", "县商务局", "县文旅局", "县卫健局",
    "县应急局", "县审计局", "县市场监管局", "县统计局", "县医保局", "县林业局", "县城管局",
    "县信访局", "县数据局", "县行政审批服务局", "县投资促进中心", "县人民医院",
    "县总工会",
    "萩阳经开区管委会",
    "县税务局", "国网萩阳县供电公司",
    "县城投集团", "县农投公司",
    "城关镇人民政府", "各乡（镇）人民政府",
]
RANK = {u: i for i, u in enumerate(ORDER)}

ZHOU, HAN, QIAN, LU, LIANG, TAN = "周明远", "韩立成", "钱思雨", "陆建平", "梁雅琴", "谭志国"
X = "各乡（镇）人民政府"

# (part, text, points, leaders, leads, cooperating units, deadline)
PARTS = [
    "稳增长扩投资", "工业强县和开放招商", "乡村全面振兴", "城市更新和生态环境",
    "保障和改善民生", "深化改革和安全发展",
]
TASKS = [
    (0, "全县地区生产总值增长6%左右，规模以上工业增加值增长7.5%，固定资产投资增长8%，社会消费品零售总额增长6.5%。",
     20, [ZHOU], ["县发改局"], ["县工信局", "县商务局", "县统计局"], "2025年12月底"),
    (0, "实施重点项目“攻坚年”行动，全年实施县级重点项目126个，完成投资156亿元，新开工亿元以上项目38个。",
     20, [HAN], ["县发改局"], ["县自然资源局", "县住建局", "萩阳经开区管委会", X], "2025年12月底"),
    (0, "抢抓政策机遇，争取超长期特别国债、中央预算内投资和地方政府专项债券资金18亿元以上，谋划储备项目不少于200个。",
     10, [HAN], ["县发改局", "县财政局"], [], "2025年12月底"),
    (0, "开展“惠享萩阳”消费季活动，组织促消费活动40场以上，落实汽车、家电以旧换新补贴政策，全年发放消费券1500万元。",
     10, [QIAN], ["县商务局"], ["县财政局", "县文旅局", "县市场监管局"], "2025年11月底"),
    (0, "加强企业培育入统，新增“四上”企业60家以上，其中规模以上工业企业25家、限额以上商贸企业20家。",
     10, [HAN], ["县统计局"], ["县工信局", "县住建局", "县商务局", "县文旅局"], "2025年12月底"),
    (0, "落实结构性减税降费政策，全年为经营主体减税降费及退税缓费2.3亿元，一般公共预算收入完成14.6亿元。",
     10, [HAN], ["县财政局"], ["县税务局"], "2025年12月底"),
    (1, "推进新材料产业园二期建设，新增标准化厂房20万平方米，年内入驻企业15家以上。",
     10, [HAN], ["萩阳经开区管委会"], ["县工信局", "县自然资源局", "县住建局"], "2025年10月底"),
    (1, "实施技术改造项目45个，完成工业技改投资32亿元，新增省级专精特新中小企业8家。",
     10, [HAN], ["县工信局"], ["县发改局", "县科技局", "县财政局"], "2025年12月底"),
    (1, "新增高新技术企业12家、科技型中小企业50家，全社会研发经费投入强度达到2.1%。",
     10, [QIAN], ["县科技局"], ["县统计局", "萩阳经开区管委会"], "2025年12月底"),
    (1, "开展“百名干部进千企”服务活动，帮助企业解决融资、用工、用地等问题300个以上。",
     5, [HAN], ["县工信局"], ["县人社局", "县自然资源局"], "2025年12月底"),
    (1, "全力保障工业用电用气，新建改造10千伏线路86公里，新增天然气中压管网42公里。",
     5, [LU], ["县发改局"], ["县住建局", "国网萩阳县供电公司"], "2025年9月底"),
    (1, "完成招商引资到位资金120亿元，引进亿元以上项目45个、10亿元以上项目6个。",
     20, [ZHOU], ["县投资促进中心"], ["县发改局", "县工信局", "县商务局", "萩阳经开区管委会", X], "2025年12月底"),
    (2, "全县粮食播种面积稳定在58.6万亩以上，总产量稳定在24万吨以上，新建高标准农田3.2万亩。",
     20, [LU], ["县农业农村局"], ["县发改局", "县财政局", "县自然资源局", "县水利局", X], "2025年11月底"),
    (2, "巩固拓展脱贫攻坚成果，健全防止返贫致贫动态监测和帮扶机制，确保不发生规模性返贫致贫。",
     20, [LU], ["县农业农村局"], ["县民政局", "县人社局", "县卫健局", "县医保局", X], "2025年12月底"),
    (2, "培育市级以上农业产业化龙头企业6家，新发展家庭农场120家、农民合作社示范社15家。",
     10, [LU], ["县农业农村局"], [], "2025年12月底"),
    (2, "实施农村人居环境整治提升行动，农村卫生厕所普及率达到88%，生活垃圾收运处置体系覆盖所有行政村。",
     10, [LU], ["县农业农村局", X], ["市生态环境局萩阳分局", "县住建局", "县卫健局"], "2025年12月底"),
    (2, "新建改建农村公路120公里，实施危桥改造12座，新增通客车自然村30个。",
     10, [LU], ["县交通运输局"], ["县财政局", X], "2025年11月底"),
    (2, "发展壮大村级集体经济，年经营性收入10万元以上的村占比达到75%。",
     10, [LU], ["县委组织部", "县农业农村局"], ["县财政局"], "2025年12月底"),
    (3, "实施城镇老旧小区改造28个、惠及居民3860户，改造提升城市道路9条、雨污管网26公里。",
     10, [LIANG], ["县住建局"], ["县财政局", "县城管局", "城关镇人民政府"], "2025年11月底"),
    (3, "新建城市公共停车泊位2000个、公共充电桩300个，新增城市绿地12万平方米。",
     10, [LIANG], ["县城管局"], ["县发改局", "县自然资源局", "县住建局", "国网萩阳县供电公司"], "2025年12月底"),
    (3, "促进房地产市场平稳健康发展，落实购房补贴政策，全年商品房销售面积达到38万平方米。",
     5, [LIANG], ["县住建局"], ["县财政局", "县自然资源局", "县税务局"], "2025年12月底"),
    (3, "深入打好蓝天保卫战，空气质量优良天数比例达到85%以上，PM2.5平均浓度控制在32微克/立方米以内。",
     20, [LIANG], ["市生态环境局萩阳分局"], ["县工信局", "县公安局", "县住建局", "县交通运输局", "县城管局"], "2025年12月底"),
    (3, "全面落实河湖长制，国考、省考断面水质达标率100%，县城集中式饮用水水源地水质达标率保持100%。",
     10, [LIANG], ["市生态环境局萩阳分局", "县水利局"], ["县农业农村局", X], "2025年12月底"),
    (3, "完成营造林3.5万亩，森林覆盖率稳定在62.3%以上，开展松材线虫病疫木除治1.2万株。",
     10, [LU], ["县林业局"], [], "2025年12月底"),
    (4, "城镇新增就业3200人，城镇调查失业率控制在5.5%以内，开展职业技能培训6000人次。",
     10, [QIAN], ["县人社局"], ["县教体局", "县财政局", "县总工会"], "2025年12月底"),
    (4, "新建改扩建中小学、幼儿园8所，新增学位4200个，完成县第三中学新校区主体工程。",
     20, [QIAN], ["县教体局"], ["县发改局", "县财政局", "县自然资源局", "县住建局"], "2025年8月底"),
    (4, "推进紧密型县域医共体建设，县人民医院胸痛中心、卒中中心通过国家级认证，乡镇卫生院标准化建设达标率100%。",
     10, [QIAN], ["县卫健局"], ["县医保局", "县人民医院"], "2025年12月底"),
    (4, "城乡居民基本医疗保险参保率稳定在95%以上，推进按病组和病种分值付费改革全覆盖。",
     5, [QIAN], ["县医保局"], ["县卫健局", "县税务局"], "2025年12月底"),
    (4, "新建社区嵌入式养老服务中心4个、农村互助幸福院20个，特殊困难老年人月探访率达到100%。",
     10, [QIAN], ["县民政局"], ["县财政局", "县卫健局", X], "2025年10月底"),
    (4, "筹集保障性租赁住房500套，完成棚户区改造安置房交付1260套。",
     10, [LIANG], ["县住建局"], ["县自然资源局", "县城投集团"], "2025年12月底"),
    (4, "办好“村BA”、乡村马拉松等群众体育赛事，新建全民健身场地25处，建成城市“15分钟健身圈”。",
     5, [QIAN], ["县教体局", "县文旅局"], [], "2025年10月底"),
    (5, "深化“高效办成一件事”改革，政务服务事项网上可办率达到98%，企业开办时间压缩至1个工作日内。",
     10, [TAN], ["县行政审批服务局"], ["县市场监管局", "县数据局"], "2025年9月底"),
    (5, "深化国有企业改革，完成县属国有企业整合重组3户，县属国有企业平均融资成本下降0.5个百分点。",
     10, [HAN], ["县财政局"], ["县城投集团", "县农投公司"], "2025年12月底"),
    (5, "防范化解政府债务风险，严格落实一揽子化债方案，年内化解隐性债务5.2亿元。",
     20, [ZHOU, HAN], ["县财政局"], ["县发改局", "县审计局", "县城投集团"], "2025年12月底"),
    (5, "深入开展安全生产治本攻坚三年行动，全年生产安全事故起数和死亡人数实现“双下降”。",
     20, [TAN], ["县应急局"], ["县工信局", "县住建局", "县交通运输局", "县市场监管局", X], "2025年12月底"),
    (5, "深化平安萩阳建设，常态化开展扫黑除恶斗争，电信网络诈骗案件发案数同比下降15%以上。",
     10, [TAN], ["县公安局"], ["县委政法委", "县司法局"], "2025年12月底"),
    (5, "深化信访工作法治化，化解信访积案，初信初访一次性化解率达到90%以上。",
     5, [TAN], ["县信访局"], ["县司法局", X], "2025年12月底"),
]

CN_NUM = "一二三四五六七八九十"


def fmt(d):
    d = d.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    s = format(d, "f")
    return s[:-2] if s.endswith(".0") else s


def shares(points, leads, coops):
    """Points each unit carries under the cover's 分值捆绑 rule."""
    p = Decimal(points)
    out = {}
    if not coops:
        for u in leads:
            out[u] = p / len(leads)
        return out
    lead_share = Decimal("0.6") if len(leads) == 1 else Decimal("0.4")
    for u in leads:
        out[u] = p * lead_share
    rest = p - p * lead_share * len(leads)
    for u in coops:
        out[u] = rest / len(coops)
    return out


def build_rows():
    rows = []
    for n, (part, text, points, leaders, leads, coops, deadline) in enumerate(TASKS, 1):
        units = sorted(leads + coops, key=lambda u: RANK[u])
        sh = shares(points, leads, coops)
        # the rule must be recoverable: leads carry strictly more than any helper
        top = max(sh.values())
        assert sorted(u for u in units if sh[u] == top) == sorted(leads), n
        cell = "、".join(f"{u}（{fmt(sh[u])}分）" for u in units)
        rows.append(dict(n=n, part=part, text=text, points=points, leaders=leaders,
                         leads=leads, coops=coops, units=units, cell=cell, deadline=deadline))
    return rows


# ---------------------------------------------------------------- docx helpers
FS = "仿宋_GB2312"


def set_font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", name=FS, size=16, bold=False, align=None, indent=False,
         color=None, space_after=0, line=Pt(28)):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    if line is not None:
        pf.line_spacing = line
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        set_font(p.add_run(text), name, size, bold, color)
    return p


def runs(p, parts, size=16):
    for text, name, bold in parts:
        set_font(p.add_run(text), name, size, bold)


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def rule_line(doc, top=True):
    p = para(doc, "", size=10, line=Pt(12))
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:top" if top else "w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "6")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "000000")
    bdr.append(b)
    ppr.append(bdr)
    return p


def cell_text(cell, text, size=10.5, bold=False, name=FS, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = Pt(16)
    set_font(p.add_run(text), name, size, bold)


def set_widths(table, widths):
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._r.append(it)
    set_font(p.add_run(" —"), "宋体", 14)


# ---------------------------------------------------------------- the notice
def write_docx(rows):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    page_number_footer(sec)

    # 版头
    para(doc, "萩阳县人民政府办公室文件", "方正小标宋简体", 36, align=WD_ALIGN_PARAGRAPH.CENTER,
         color="FF0000", line=Pt(60), space_after=18)
    p = para(doc, "萩政办发〔2025〕10号", align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    bottom_border(p)
    para(doc, "")
    # 标题
    para(doc, "萩阳县人民政府办公室", "方正小标宋简体", 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    para(doc, "关于印发2025年县政府重点工作目标任务", "方正小标宋简体", 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    para(doc, "分解及考核赋分表的通知", "方正小标宋简体", 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    para(doc, "")
    para(doc, "各乡（镇）人民政府，萩阳经济开发区管委会，县政府各部门、各直属机构，有关单位：")
    para(doc, "为确保县十八届人大四次会议审议通过的《政府工作报告》确定的各项目标任务落到实处，"
              "经县政府同意，现将《2025年县政府重点工作目标任务分解及考核赋分表》印发给你们，"
              "并就有关事项通知如下，请认真贯彻落实。", indent=True)

    p = para(doc, indent=True)
    runs(p, [("一、压实工作责任。", "黑体", False),
             ("每项任务明确一至两名责任县领导，负责统筹调度、协调解决重大问题。各项任务的牵头单位对任务落实负总责，"
              "负责制定推进计划、组织配合单位、汇总报送进展情况；配合单位按照职责分工做好相关工作，主动对接牵头单位，"
              "不得推诿扯皮。分解表“责任单位及承担分值”栏所列单位，按照县政府工作部门序列排列，排名不分先后。", FS, False)])

    p = para(doc, indent=True)
    runs(p, [("二、实行分值捆绑考核。", "黑体", False),
             ("各项任务的考核分值纳入2025年度全县综合考核“重点工作”部分，由该项任务的牵头单位和配合单位按比例共同承担："
              "有一个牵头单位的，牵头单位承担该项任务分值的60%，配合单位共同承担40%；"
              "有两个牵头单位的，两个牵头单位各承担40%，配合单位共同承担20%，无配合单位的，两个牵头单位各承担50%；"
              "配合单位有两个及以上的，平均分配其承担的分值（保留一位小数）；仅有一个责任单位的，由该单位承担全部分值。"
              "“各乡（镇）人民政府”作为一个责任单位计分，由县考核办在乡镇年度考核中另行分解。"
              "为简化表格，分解表不再单列牵头单位和配合单位，各责任单位承担的分值已按上述比例核定，"
              "标注在单位名称后的括号内。任务未完成的，按各单位承担分值相应扣分。", FS, False)])

    p = para(doc, indent=True)
    runs(p, [("三、强化调度督办。", "黑体", False),
             ("各牵头单位要于3月20日前将任务推进计划报县政府督查室，每季度末月25日前报送进展情况，"
              "全年工作完成情况于12月10日前报送。县政府督查室将会同县考核办对任务落实情况进行跟踪督办，"
              "定期通报进展，对工作不力、进度滞后的单位进行约谈问责。", FS, False)])

    p = para(doc, indent=True)
    runs(p, [("四、及时沟通对接。", "黑体", False),
             ("任务分解确需调整的，由牵头单位商配合单位提出意见，经责任县领导同意后，于4月10日前书面报县政府办公室，"
              "逾期不再调整。联系人：何　静，联系电话：0738－6212305。", FS, False)])

    para(doc, "")
    p = para(doc, indent=True)
    runs(p, [("附件：2025年县政府重点工作目标任务分解及考核赋分表", FS, False)])
    para(doc, "")
    para(doc, "")
    p = para(doc, "萩阳县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2025年3月6日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）", indent=True)

    # 附件 on landscape pages
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21.0)
    new.top_margin, new.bottom_margin = Cm(2.6), Cm(2.4)
    new.left_margin, new.right_margin = Cm(2.5), Cm(2.5)
    para(doc, "附件", "黑体", 16)
    para(doc, "2025年县政府重点工作目标任务分解及考核赋分表", "方正小标宋简体", 20,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36), space_after=8)

    headers = ["序号", "重点工作任务", "分值", "责任县领导", "责任单位及承担分值", "完成时限"]
    widths = [Cm(1.2), Cm(9.0), Cm(1.2), Cm(2.2), Cm(8.5), Cm(2.6)]
    table = doc.add_table(rows=1, cols=6)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(table.rows[0].cells, headers):
        cell_text(c, h, size=11, name="黑体")
    repeat_header(table.rows[0])

    for part in range(len(PARTS)):
        prow = [r for r in rows if r["part"] == part]
        total = sum(r["points"] for r in prow)
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[5])
        cell_text(merged, f"{CN_NUM[part]}、{PARTS[part]}（{len(prow)}项，{total}分）", size=11,
                  name="黑体", align=WD_ALIGN_PARAGRAPH.LEFT)
        for r in prow:
            cells = table.add_row().cells
            cell_text(cells[0], str(r["n"]))
            cell_text(cells[1], r["text"], align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(cells[2], str(r["points"]))
            cell_text(cells[3], "、".join(r["leaders"]))
            cell_text(cells[4], r["cell"], align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(cells[5], r["deadline"])
    row = table.add_row()
    m = row.cells[0].merge(row.cells[1])
    cell_text(m, "合计", size=11, name="黑体")
    cell_text(row.cells[2], str(sum(r["points"] for r in rows)), size=11, name="黑体")
    set_widths(table, widths)

    # 版记 on a last portrait page
    last = doc.add_section()
    last.orientation = WD_ORIENT.PORTRAIT
    last.page_width, last.page_height = Cm(21.0), Cm(29.7)
    last.top_margin, last.bottom_margin = Cm(3.7), Cm(3.5)
    last.left_margin, last.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        para(doc, "")
    rule_line(doc, top=True)
    p = para(doc, "抄送：县委办公室，县人大常委会办公室，县政协办公室，县纪委监委。", size=14, line=Pt(24))
    p.paragraph_format.left_indent = Pt(14)
    p = para(doc, "", size=14, line=Pt(24))
    bottom_border(p, "000000", 6)
    runs(p, [("  萩阳县人民政府办公室", FS, False), ("\u3000" * 8, FS, False),
             ("2025年3月6日印发", FS, False)], size=14)

    cp = doc.core_properties
    fixed = datetime(2025, 3, 6, 9, 12, 0)
    cp.author = "何静"
    cp.last_modified_by = "县政府办督查室"
    cp.title = "萩阳县人民政府办公室关于印发2025年县政府重点工作目标任务分解及考核赋分表的通知"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 3
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps and a fixed entry order
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    names = sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n))
    with zipfile.ZipFile(NOTICE, "w", zipfile.ZIP_DEFLATED) as out:
        for n in names:
            zi = zipfile.ZipInfo(n, date_time=(2025, 3, 6, 9, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(n))


def head_of(text, k=12):
    return text[:k]


def write_gold(rows):
    with open(GOLD, "w", encoding="utf-8") as f:
        for r in rows:
            rec = {
                "id": str(r["n"]),
                "marker": str(r["n"]),
                "head": head_of(r["text"]),
                "responsible_units": r["units"],
                "lead_units": [u for u in r["units"] if u in r["leads"]],
                "cooperating_units": [u for u in r["units"] if u in r["coops"]],
                "leaders": r["leaders"],
                "deadline": r["deadline"],
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main():
    rows = build_rows()
    write_docx(rows)
    write_gold(rows)


if __name__ == "__main__":
    main()
