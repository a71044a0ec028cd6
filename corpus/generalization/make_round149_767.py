#!/usr/bin/env python3
"""Round 149, notice 767: a 县政府办 red-header Word notice whose lead units follow “谁分管、谁牵头”.

What it is
    芗岭县人民政府办公室 (芗政办发〔2025〕9号) issues the 2025《政府工作报告》重点工作任务分解.
    附件1 is a landscape Word table  序号 | 重点工作任务 | 责任县领导 | 责任单位 | 完成时限  with
    part rows merged across; tasks 1–41 run on through seven parts. The 责任单位 cell lists
    every unit of a task in the county's 县直单位序列 order ("排名不分先后"), with no mark of
    the lead. The lead is given only by the cover's rule (二、压实工作责任):
      * a unit that the task's 责任县领导 分管 or 联系 is a 牵头单位, the others are 配合单位;
      * with two or more leaders, the first-listed is the 牵头县领导 and only HIS/HER units lead;
      * when the first leader is the 县长, the second leader's 分管/联系 units lead;
      * two or more such units lead together.
    Each leader's 分管 and 联系 units are listed in 附件2 (县政府领导分管（联系）单位一览表),
    which is itself a numbered table (序号 1–8) that holds no tasks.

Files written (in the current directory, /work/round149)
    767_xiangling_xian_gzbg_fenguan_qiantou.docx   the notice
    767.tasks.gold.jsonl                           the gold, one task per line

Both come from the single TASKS list below; lead/cooperating units are computed from the
PORTFOLIO table (the same data that prints 附件2) by the rule above, and units are printed in
SEQ order, exactly as the notice says.

Needs: /usr/bin/python3 with python-docx (0.8.11 used). No outside converter, no apt packages.
Determinism: fixed core properties; the package is rewritten with fixed zip timestamps and order.
"""
import datetime
import io
import json
import re
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

NOTICE = "767_xiangling_xian_gzbg_fenguan_qiantou.docx"
GOLD = "767.tasks.gold.jsonl"

COUNTY_HEAD = "周明远"  # the 县长: the rule passes to the second leader

# 县政府领导分管（联系）单位 — printed as 附件2 and used for the gold
PORTFOLIO = [
    ("周明远", "县委副书记、县长", "主持县人民政府全面工作。",
     ["县审计局"], ["县人武部"]),
    ("韩志诚", "县委常委、常务副县长",
     "负责县人民政府常务工作；负责发展改革、财政、统计、国有资产、金融、医疗保障、数据和政务服务等方面工作。",
     ["县政府办公室", "县发展和改革局", "县财政局", "县统计局", "县医疗保障局", "县数据局", "县国有资产服务中心"],
     ["国家税务总局芗岭县税务局", "县城投集团"]),
    ("罗晓岚", "副县长", "负责工业和信息化、科技、商务、招商引资、开发区建设等方面工作。",
     ["县科学技术局", "县工业和信息化局", "县商务局", "县投资促进中心"],
     ["芗岭经济开发区管委会", "国网芗岭县供电公司"]),
    ("汪德胜", "副县长", "负责农业农村、水利、林业、供销、气象等方面工作。",
     ["县水利局", "县农业农村局", "县林业局"],
     ["县供销合作社", "县气象局"]),
    ("任雅琴", "副县长", "负责自然资源、住房城乡建设、交通运输、城市管理、生态环境保护等方面工作。",
     ["县自然资源局", "县住房和城乡建设局", "县交通运输局", "县城市管理局"],
     ["市生态环境局芗岭分局", "县公路事业发展中心"]),
    ("苏定邦", "副县长、县公安局局长", "负责公安、司法行政等方面工作。",
     ["县公安局", "县司法局"],
     ["县人民法院", "县人民检察院"]),
    ("黎晓峰", "副县长", "负责教育、民政、人力资源和社会保障、退役军人事务等方面工作。",
     ["县教育局", "县民政局", "县人力资源和社会保障局", "县退役军人事务局"],
     ["县残疾人联合会", "县红十字会"]),
    ("方可欣", "副县长", "负责卫生健康、文化旅游体育、应急管理、市场监管等方面工作。",
     ["县文化广电旅游体育局", "县卫生健康局", "县应急管理局", "县市场监督管理局"],
     ["县消防救援大队"]),
]

# 县直单位序列: the order units are printed in (the cover says so)
SEQ = [
    "县委组织部", "县委宣传部", "县委政法委", "县政府办公室", "县发展和改革局", "县教育局",
    "县科学技术局", "县工业和信息化局", "县公安局", "县民政局", "县司法局", "县财政局",
    "县人力资源和社会保障局", "县自然资源局", "市生态环境局芗岭分局", "县住房和城乡建设局",
    "县交通运输局", "县水利局", "县农业农村局", "县商务局", "县文化广电旅游体育局",
    "县卫生健康局", "县退役军人事务局", "县应急管理局", "县审计局", "县市场监督管理局",
    "县统计局", "县医疗保障局", "县林业局", "县城市管理局", "县数据局", "县国有资产服务中心",
    "县投资促进中心", "县供销合作社", "县残疾人联合会", "县人民法院", "县人民检察院",
    "国家税务总局芗岭县税务局", "县消防救援大队", "县气象局", "国网芗岭县供电公司",
    "县城投集团", "县融资担保公司", "县直各有关单位", "各乡（镇）人民政府", "芗岭经济开发区管委会",
]

PARTS = [
    "一、聚力项目建设，推动经济稳进提质",
    "二、壮大实体经济，加快产业转型升级",
    "三、深化改革开放，激发发展动力活力",
    "四、推进乡村全面振兴，促进城乡融合发展",
    "五、加强生态环境保护，推动绿色低碳发展",
    "六、持续保障和改善民生，增进人民福祉",
    "七、统筹发展和安全，推进治理能力现代化",
]

Y12 = "2025年12月底前"
# (part index, task text, leaders, units (any order; printed in SEQ order), deadline)
TASKS = [
    (0, "全县地区生产总值增长6%左右，规模以上工业增加值增长7.5%，一般公共预算收入增长5%，固定资产投资增长8%。",
     ["韩志诚"], ["县发展和改革局", "县工业和信息化局", "县财政局", "县统计局"], Y12),
    (0, "全年实施省市县重点项目120个、完成投资150亿元以上，其中新开工项目55个以上，力争4个项目纳入省重点项目。",
     ["韩志诚", "罗晓岚", "任雅琴"],
     ["县发展和改革局", "县自然资源局", "县住房和城乡建设局", "各乡（镇）人民政府", "芗岭经济开发区管委会"], Y12),
    (0, "积极争取超长期特别国债、地方政府专项债券和中央预算内投资等政策资金，全年争取上级资金20亿元以上。",
     ["韩志诚"], ["县发展和改革局", "县财政局", "县直各有关单位"], Y12),
    (0, "深入开展“项目攻坚年”活动，落实县领导包抓重点项目机制，推行“一个项目、一名县领导、一个工作专班”，重点项目开工率达到90%以上。",
     ["韩志诚"], ["县政府办公室", "县发展和改革局", "县投资促进中心"], "2025年6月底前"),
    (0, "强化用地要素保障，全年争取新增建设用地指标1200亩以上，盘活批而未供和闲置土地800亩。",
     ["任雅琴"], ["县发展和改革局", "县自然资源局", "芗岭经济开发区管委会"], Y12),
    (0, "扩大有效消费，举办汽车、家电、家居等促消费活动20场以上，社会消费品零售总额增长6%。",
     ["罗晓岚"], ["县财政局", "县商务局", "县文化广电旅游体育局", "县市场监督管理局"], Y12),
    (0, "统筹推进城市更新，改造城镇老旧小区23个、惠及居民2860户，新建改造城市燃气管网18公里、雨污管网26公里。",
     ["任雅琴"], ["县发展和改革局", "县财政局", "县住房和城乡建设局", "县城市管理局"], "2025年11月底前"),

    (1, "实施工业倍增行动，新增规模以上工业企业25家，规上工业营业收入突破300亿元。",
     ["罗晓岚"], ["县工业和信息化局", "县统计局", "芗岭经济开发区管委会"], Y12),
    (1, "推动芗岭经济开发区扩区调位，建成标准化厂房20万平方米，园区亩均税收提高到18万元。",
     ["罗晓岚", "任雅琴"], ["县自然资源局", "县住房和城乡建设局", "芗岭经济开发区管委会"], Y12),
    (1, "坚持招大引强，全年新签约亿元以上项目40个、50亿元以上项目2个，实际到位省外资金110亿元。",
     ["罗晓岚"], ["县商务局", "县投资促进中心", "各乡（镇）人民政府", "芗岭经济开发区管委会"], Y12),
    (1, "实施科技型企业培育工程，新认定高新技术企业15家、科技型中小企业60家，全社会研发经费投入强度达到2.1%。",
     ["罗晓岚"], ["县科学技术局", "县工业和信息化局", "县财政局", "县统计局"], "2025年10月底前"),
    (1, "加快数字经济发展，新建5G基站150个，推动30家规上工业企业实施数字化改造。",
     ["罗晓岚", "韩志诚"], ["县工业和信息化局", "县数据局"], Y12),
    (1, "发展壮大文旅产业，推进青螺湖景区创建国家4A级旅游景区，全年接待游客650万人次、实现旅游综合收入58亿元。",
     ["方可欣"], ["县发展和改革局", "县交通运输局", "县文化广电旅游体育局"], Y12),
    (1, "做优现代服务业，新增限额以上商贸企业30家，建成县级物流配送中心1个、乡镇快递物流服务站12个。",
     ["罗晓岚"], ["县交通运输局", "县商务局", "县供销合作社"], "2025年9月底前"),

    (2, "深化国有企业改革，完成县属国有企业整合重组，县城投集团主体信用评级争创AA+。",
     ["韩志诚"], ["县财政局", "县审计局", "县国有资产服务中心", "县城投集团"], "2025年9月底前"),
    (2, "持续优化营商环境，推进“高效办成一件事”，年内20项重点事项全部上线运行，政务服务事项“一网通办”率达到98%。",
     ["韩志诚"], ["县政府办公室", "县市场监督管理局", "县数据局"], Y12),
    (2, "健全政府性融资担保体系，县融资担保公司新增担保额5亿元，全年新增普惠小微贷款15亿元。",
     ["韩志诚"], ["县工业和信息化局", "县财政局", "县农业农村局", "县融资担保公司"], Y12),
    (2, "扩大对外开放，全年外贸进出口总额突破12亿元，新增有进出口实绩企业10家。",
     ["罗晓岚"], ["县财政局", "县商务局", "国家税务总局芗岭县税务局", "芗岭经济开发区管委会"], Y12),
    (2, "争创全省县域经济高质量发展先进县，县域经济综合排名进入全省前30位。",
     ["周明远", "韩志诚"], ["县政府办公室", "县发展和改革局", "县统计局", "县直各有关单位"], Y12),

    (3, "稳定粮食生产，全年粮食播种面积稳定在52万亩以上、总产量稳定在21万吨以上，新建高标准农田3.2万亩。",
     ["汪德胜"], ["县财政局", "县自然资源局", "县农业农村局", "各乡（镇）人民政府"], "2025年11月底前"),
    (3, "巩固拓展脱贫攻坚成果，守住不发生规模性返贫致贫底线，脱贫人口人均纯收入增长10%以上。",
     ["汪德胜"],
     ["县教育局", "县民政局", "县人力资源和社会保障局", "县农业农村局", "县卫生健康局", "县医疗保障局",
      "各乡（镇）人民政府"], Y12),
    (3, "做强特色产业，新增茶叶种植面积1.5万亩、油茶低产林改造2万亩，培育市级以上农业产业化龙头企业5家。",
     ["汪德胜"], ["县农业农村局", "县商务局", "县林业局", "县供销合作社"], Y12),
    (3, "加强水利基础设施建设，完成小型水库除险加固14座，新增农村供水保障人口2.6万人。",
     ["汪德胜"], ["县发展和改革局", "县财政局", "县水利局", "各乡（镇）人民政府"], "2025年10月底前"),
    (3, "推进和美乡村建设，建成省级和美乡村示范村12个，农村卫生厕所普及率达到92%，农村生活垃圾收运处置体系行政村覆盖率保持100%。",
     ["汪德胜", "任雅琴"],
     ["市生态环境局芗岭分局", "县住房和城乡建设局", "县农业农村局", "县城市管理局", "各乡（镇）人民政府"], Y12),
    (3, "深化农村集体产权制度改革，发展壮大新型农村集体经济，集体经济年经营性收入10万元以上的村占比达到80%。",
     ["汪德胜"], ["县委组织部", "县财政局", "县农业农村局"], Y12),

    (4, "深入打好蓝天碧水净土保卫战，县城空气质量优良天数比率达到93%以上，国、省控断面水质达标率保持100%。",
     ["任雅琴"],
     ["县发展和改革局", "县工业和信息化局", "县公安局", "市生态环境局芗岭分局", "县农业农村局"], Y12),
    (4, "全面推行林长制，完成国土绿化1.8万亩，森林覆盖率稳定在68.5%以上。",
     ["汪德胜"], ["县自然资源局", "县林业局", "各乡（镇）人民政府"], "2025年6月底前"),
    (4, "积极稳妥推进碳达峰碳中和，新增光伏装机容量8万千瓦，单位地区生产总值能耗下降2.5%。",
     ["韩志诚", "罗晓岚"], ["县发展和改革局", "县工业和信息化局", "县统计局", "国网芗岭县供电公司"], Y12),
    (4, "提升城市精细化管理水平，县城生活垃圾无害化处理率保持100%，新建口袋公园和街头绿地6处。",
     ["任雅琴"], ["县城市管理局"], "2025年10月底前"),

    (5, "落实就业优先政策，城镇新增就业3800人，城镇调查失业率控制在5.5%以内，农村劳动力转移就业稳定在16万人以上。",
     ["黎晓峰"], ["县人力资源和社会保障局", "县农业农村局", "各乡（镇）人民政府"], Y12),
    (5, "办好人民满意教育，新建改扩建中小学、幼儿园8所，新增学位5400个，普惠性幼儿园覆盖率达到92%。",
     ["黎晓峰"],
     ["县发展和改革局", "县教育局", "县财政局", "县自然资源局", "县住房和城乡建设局"], "2025年8月底前"),
    (5, "推进健康芗岭建设，县人民医院新院区投入使用，每千人口执业（助理）医师数达到2.9人。",
     ["方可欣"], ["县发展和改革局", "县财政局", "县卫生健康局", "县医疗保障局"], "2025年9月底前"),
    (5, "健全社会保障体系，城乡居民基本养老保险参保率稳定在95%以上，基本医疗保险参保率稳定在96%以上。",
     ["黎晓峰", "韩志诚"], ["县人力资源和社会保障局", "县医疗保障局", "国家税务总局芗岭县税务局"], Y12),
    (5, "加强“一老一小”服务，新建社区嵌入式养老服务设施6个、普惠托育机构3家，新增普惠托位300个。",
     ["黎晓峰", "方可欣"], ["县民政局", "县卫生健康局"], Y12),
    (5, "繁荣文化体育事业，建成城市书房5个，举办“村BA”、龙舟赛等群众性文体活动100场以上。",
     ["方可欣"], ["县委宣传部", "县文化广电旅游体育局"], Y12),
    (5, "扎实办好10件民生实事，逐项明确建设内容和进度安排，确保年底前全部建成见效。",
     ["周明远", "韩志诚"], ["县政府办公室", "县财政局", "县直各有关单位", "各乡（镇）人民政府"], Y12),
    (5, "加强残疾人关爱服务，残疾儿童康复救助覆盖率达到100%，新建乡镇残疾人之家6个。",
     ["黎晓峰"], ["县民政局", "县卫生健康局", "县残疾人联合会"], "2025年11月底前"),

    (6, "严格落实安全生产责任制，深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故。",
     ["方可欣"],
     ["县工业和信息化局", "县住房和城乡建设局", "县交通运输局", "县应急管理局", "县消防救援大队"], "持续推进"),
    (6, "加强食品药品安全监管，食品安全抽检量达到每千人5批次，通过省级食品安全示范县复审。",
     ["方可欣"], ["县农业农村局", "县卫生健康局", "县市场监督管理局"], Y12),
    (6, "推进更高水平的平安芗岭建设，常态化开展扫黑除恶斗争，电信网络诈骗案件发案数下降10%。",
     ["苏定邦"], ["县委政法委", "县公安局", "各乡（镇）人民政府"], "持续推进"),
    (6, "深化法治政府建设，重大行政决策合法性审查率保持100%，行政复议案件办结率达到100%。",
     ["苏定邦"], ["县政府办公室", "县司法局"], Y12),
]

CN_NUM = "一二三四五六七八九十"


def set_font(run, east="仿宋_GB2312", size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    rfonts.set(qn("w:eastAsia"), east)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(container, text="", east="仿宋_GB2312", size=16, bold=False, align=None, indent=False,
         color=None, line=28, space_before=0, space_after=0):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def runs(p, pieces, size=16):
    for text, east, bold in pieces:
        set_font(p.add_run(text), east, size, bold)


def border_bottom(p, color="FF0000", sz="18"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def border_top_bottom(p, sz="8"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), sz)
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        bdr.append(b)
    ppr.append(bdr)


def add_page_field(p):
    set_font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        else:
            if text.strip() == "PAGE":
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = text
                r._element.append(it)
            else:
                t = OxmlElement("w:t")
                t.text = text
                r._element.append(t)
    set_font(p.add_run(" —"), "宋体", 14)


def cell_text(cell, text, east="仿宋_GB2312", size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    set_font(p.add_run(text), east, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def set_widths(table, widths_mm):
    for row in table.rows:
        for cell, w in zip(row.cells, widths_mm):
            cell.width = Mm(w)


def build_gold():
    port = {name: set(fen) | set(lian) for name, _, _, fen, lian in PORTFOLIO}
    seen = {}
    for name, _, _, fen, lian in PORTFOLIO:
        for u in fen + lian:
            assert u not in seen, (u, name, seen.get(u))
            seen[u] = name
    rank = {u: i for i, u in enumerate(SEQ)}
    gold, printed = [], []
    for n, (part, text, leaders, units, deadline) in enumerate(TASKS, 1):
        assert len(set(units)) == len(units)
        for u in units:
            assert u in rank, u
        units = sorted(units, key=lambda u: rank[u])
        eff = leaders[0] if leaders[0] != COUNTY_HEAD else leaders[1]
        lead = [u for u in units if u in port[eff]]
        coop = [u for u in units if u not in port[eff]]
        assert lead, (n, text)
        gold.append({
            "id": str(n), "marker": str(n), "head": text[:14],
            "responsible_units": units, "lead_units": lead, "cooperating_units": coop,
            "leaders": list(leaders), "deadline": deadline,
        })
        printed.append((part, n, text, "、".join(leaders), "、".join(units), deadline))
    return gold, printed


def build_doc(printed):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    # 版头
    for _ in range(2):
        para(doc, "", line=28)
    para(doc, "芗岭县人民政府办公室文件", "方正小标宋简体", 42, color="FF0000",
         align=WD_ALIGN_PARAGRAPH.CENTER, line=60)
    para(doc, "", line=28)
    para(doc, "", line=28)
    p = para(doc, "芗政办发〔2025〕9号", align=WD_ALIGN_PARAGRAPH.CENTER)
    border_bottom(p)
    para(doc, "", line=28)

    # 标题
    para(doc, "芗岭县人民政府办公室", "方正小标宋简体", 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "关于印发2025年《政府工作报告》重点工作", "方正小标宋简体", 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "任务分解的通知", "方正小标宋简体", 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "", line=28)

    para(doc, "各乡（镇）人民政府，芗岭经济开发区管委会，县人民政府各部门、各直属机构：")
    para(doc, "《政府工作报告》已经县第十八届人民代表大会第五次会议审议通过。为确保报告确定的各项目标任务"
              "落到实处，经县人民政府同意，现将2025年《政府工作报告》重点工作任务分解印发给你们，"
              "并就有关事项通知如下，请认真抓好落实。", indent=True)

    p = para(doc, indent=True)
    runs(p, [("一、提高思想认识。", "黑体", False),
             ("《政府工作报告》是县人民政府全年工作的总纲领，各乡（镇）、各部门要切实把思想和行动统一到"
              "县委、县政府决策部署上来，对照分解表逐项制定具体措施，细化工作节点，明确责任人，"
              "确保各项任务按时保质完成。", "仿宋_GB2312", False)])
    p = para(doc, indent=True)
    runs(p, [("二、压实工作责任。", "黑体", False),
             ("各项任务实行县领导牵头、部门负责制。附件1所列责任单位按县直单位序列排列，排名不分先后。"
              "按照“谁分管、谁牵头”的原则，责任单位中由该项任务责任县领导分管或联系的单位为牵头单位，"
              "其余单位为配合单位；一项任务有两位以上责任县领导的，排在第一位的为牵头县领导，"
              "以其分管或联系的单位为牵头单位；排在第一位的责任县领导为县长的，以排在第二位的"
              "责任县领导分管或联系的单位为牵头单位。符合上述条件的单位有两个以上的，共同牵头。"
              "县人民政府领导分管、联系单位以附件2为准。牵头单位对任务落实负总责，要主动对接、"
              "统筹推进；配合单位要按照职责分工积极支持，形成工作合力。", "仿宋_GB2312", False)])
    p = para(doc, indent=True)
    runs(p, [("三、强化督查考核。", "黑体", False),
             ("县政府督查室要将各项任务纳入年度督查督办重点内容，实行清单化管理、季度通报。"
              "各牵头单位请于每季度末月25日前将任务推进情况（含进度、存在问题和下步打算）"
              "书面报送县政府督查室，电子版发送至xlxdcs@163.com，全年完成情况于12月10日前报送。"
              "任务推进情况纳入年度目标管理绩效考核。", "仿宋_GB2312", False)])
    para(doc, "联系人：县政府督查室　陈嘉怡，电话：0739-6821307。", indent=True)
    para(doc, "")

    p = para(doc, indent=True)
    runs(p, [("附件：1．芗岭县2025年《政府工作报告》重点工作任务分解表", "仿宋_GB2312", False)])
    p = para(doc)
    p.paragraph_format.left_indent = Pt(16 * 5)
    runs(p, [("2．芗岭县人民政府领导分管（联系）单位一览表", "仿宋_GB2312", False)])
    para(doc, "")
    para(doc, "")
    p = para(doc, "芗岭县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 4)
    p = para(doc, "2025年2月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 5)
    para(doc, "（此件公开发布）", indent=True)

    # 附件1: landscape
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Mm(297), Mm(210)
    sec2.top_margin, sec2.bottom_margin = Mm(28), Mm(26)
    sec2.left_margin, sec2.right_margin = Mm(30), Mm(28)
    para(doc, "附件1", "黑体", 16)
    para(doc, "芗岭县2025年《政府工作报告》重点工作任务分解表", "方正小标宋简体", 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36, space_after=8)

    widths = [14, 128, 27, 48, 22]
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.rows[0]
    repeat_header(hdr)
    for c, t in zip(hdr.cells, ["序号", "重点工作任务", "责任县领导", "责任单位", "完成时限"]):
        cell_text(c, t, "黑体", 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    counts = [sum(1 for x in printed if x[0] == k) for k in range(len(PARTS))]
    cur = -1
    for part, n, text, leaders, units, deadline in printed:
        if part != cur:
            cur = part
            row = table.add_row()
            m = row.cells[0].merge(row.cells[4])
            cell_text(m, f"{PARTS[part]}（{counts[part]}项）", "黑体", 12)
        row = table.add_row()
        c = row.cells
        cell_text(c[0], str(n), align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(c[1], text)
        cell_text(c[2], leaders, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(c[3], units)
        cell_text(c[4], deadline, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_widths(table, widths)
    para(doc, "注：责任单位按县直单位序列排列，牵头单位按通知第二条规定确定。", "楷体_GB2312", 12,
         line=20, space_before=6)

    # 附件2: portrait
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Mm(210), Mm(297)
    sec3.top_margin, sec3.bottom_margin = Mm(37), Mm(35)
    sec3.left_margin, sec3.right_margin = Mm(28), Mm(26)
    para(doc, "附件2", "黑体", 16)
    para(doc, "芗岭县人民政府领导分管（联系）单位一览表", "方正小标宋简体", 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36, space_after=8)
    t2 = doc.add_table(rows=1, cols=5)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    repeat_header(t2.rows[0])
    for c, t in zip(t2.rows[0].cells, ["序号", "县政府领导", "工作分工", "分管单位", "联系单位"]):
        cell_text(c, t, "黑体", 11, align=WD_ALIGN_PARAGRAPH.CENTER)
    for i, (name, post, duty, fen, lian) in enumerate(PORTFOLIO, 1):
        c = t2.add_row().cells
        cell_text(c[0], str(i), size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(c[1], name, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
        p2 = c[1].add_paragraph()
        p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(p2.add_run(f"（{post}）"), "仿宋_GB2312", 10)
        cell_text(c[2], duty, size=11)
        cell_text(c[3], "、".join(fen), size=11)
        cell_text(c[4], "、".join(lian), size=11)
    set_widths(t2, [10, 28, 52, 42, 24])
    para(doc, "注：县人民政府领导分工如有调整，以调整后的分工为准。", "楷体_GB2312", 12, line=20,
         space_before=6)

    # 版记
    p = para(doc, "")
    p.add_run().add_break(WD_BREAK.PAGE)
    for _ in range(14):
        para(doc, "", line=28)
    p = para(doc, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县人民法院，县人民检察院，县人武部。",
             size=14)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border_top_bottom(p)
    p = para(doc, "", size=14)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    set_font(p.add_run("芗岭县人民政府办公室" + "　" * 7 + "2025年2月26日印发"), "仿宋_GB2312", 14)
    border_top_bottom(p)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 26, 9, 30, 0)
    cp.author = "xlzfb"
    cp.last_modified_by = "xlzfb"
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    return doc


def stable_zip(raw):
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename == "docProps/thumbnail.jpeg":  # python-docx template's thumbnail: drop it
                continue
            data = src.read(info.filename)
            if info.filename == "_rels/.rels":
                data = re.sub(rb'<Relationship [^>]*thumbnail\.jpeg"/>', b"", data)
                assert b"thumbnail" not in data
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 26, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, data)
    return out.getvalue()


def main():
    gold, printed = build_gold()
    doc = build_doc(printed)
    buf = io.BytesIO()
    doc.save(buf)
    with open(NOTICE, "wb") as f:
        f.write(stable_zip(buf.getvalue()))
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    first = sum(1 for g in gold if g["responsible_units"][0] in g["lead_units"])
    print(f"{NOTICE}: {len(gold)} tasks; lead listed first in {first}, "
          f"several leads in {sum(1 for g in gold if len(g['lead_units']) > 1)}")


if __name__ == "__main__":
    main()
