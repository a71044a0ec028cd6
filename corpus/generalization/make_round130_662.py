#!/usr/bin/python3
"""Round 130 / 662 — control case.

A 两办 (中共萝溪县委办公室 + 萝溪县人民政府办公室) joint red-header Word notice
issuing the county's 2025年重点工作任务清单.  The 附件 is a landscape Word table
序号 / 重点工作 / 牵头县领导 / 责任单位 / 完成时限; the cover (and a 注 under the
table) states that the first unit in the 责任单位 cell leads and the others
cooperate.  Writes the .docx deterministically and the gold .tasks.gold.jsonl.

Run: /usr/bin/python3 make_662.py
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
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "662_luoxi_xian_liangban_niandu_zhongdian_gongzuo_qingdan"
DOCX = os.path.join(HERE, BASE + ".docx")
GOLD = os.path.join(HERE, BASE + ".tasks.gold.jsonl")

RED = RGBColor(0xFF, 0x00, 0x00)
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

# ---------------------------------------------------------------- leaders
# (post, printed name, clean name)
CAI = ("县委副书记、县长", "蔡明远", "蔡明远")
ZHONG = ("县委副书记", "钟海涛", "钟海涛")
XIAO = ("县委常委、组织部部长", "肖雅琴", "肖雅琴")
YE = ("县委常委、常务副县长", "叶振华", "叶振华")
KE = ("县委常委、宣传部部长", "柯　敏", "柯敏")
WANG = ("副县长", "王　勇", "王勇")
DENG = ("副县长", "邓佳鑫", "邓佳鑫")
TANG = ("副县长", "汤晓雯", "汤晓雯")
HE = ("副县长", "何　斌", "何斌")
HE_U = ("副县长", "何斌", "何斌")          # drafted without the padding once
TAO = ("副县长", "陶丽萍", "陶丽萍")
LUO = ("副县长、县公安局局长", "罗建军", "罗建军")

# ---------------------------------------------------------------- tasks
# Each task: dict(text, leaders=[...], lsep ('p' paragraphs | '、' one line),
#                 units=[...] printed with 、 unless usep given, deadline,
#                 lmerge: leader cell merged with the row above (same leaders),
#                 dmerge: deadline merged with the row above)
PARTS = [
    ("一、稳增长扩投资", [
        dict(text="推动经济运行稳中有进。全县地区生产总值增长6%以上，一般公共预算收入增长5%，规模以上工业增加值增长8%，固定资产投资增长7%。",
             leaders=[CAI, YE], lsep="p",
             units=["县发展和改革局", "县统计局", "县财政局", "县工业和信息化局", "县税务局"],
             deadline="2025年12月底"),
        dict(text="加快重大项目建设。全年实施县级以上重点项目128个，完成投资156亿元以上，新开工亿元以上项目35个，竣工投产项目40个。",
             leaders=[YE],
             units=["县发展和改革局", "县自然资源局", "县住房和城乡建设局", "县财政局", "萝溪经济开发区管委会"],
             deadline="2025年12月底"),
        dict(text="强化项目要素保障。争取新增建设用地计划指标1800亩以上，消化批而未供土地1500亩、处置闲置土地700亩。",
             leaders=[YE], lmerge=True,
             units=["县自然资源局", "县发展和改革局", "市生态环境局萝溪分局", "县林业局"],
             deadline="2025年11月底"),
        dict(text="全力争取上级资金支持。紧盯超长期特别国债、中央预算内投资、地方政府专项债券等政策，全年争取资金25亿元以上。",
             leaders=[YE], lmerge=True,
             units=["县发展和改革局", "县财政局"],
             deadline="2025年12月底"),
        dict(text="加大招商引资力度。开展“招商引资攻坚年”活动，全年新引进亿元以上项目30个、10亿元以上项目3个，实际到位资金80亿元以上。",
             leaders=[CAI, TANG], lsep="p",
             units=["县投资促进中心", "萝溪经济开发区管委会", "县商务局", "各乡镇人民政府"],
             usep=["、", "、", "，"],
             deadline="2025年12月底"),
    ]),
    ("二、产业转型升级", [
        dict(text="壮大先进制造业集群。推动新材料、绿色食品两大主导产业提质扩量，规模以上工业企业净增15家，工业技改投资增长10%。",
             leaders=[TANG],
             units=["县工业和信息化局", "萝溪经济开发区管委会", "县市场监督管理局", "县供电公司"],
             deadline="2025年12月底"),
        dict(text="推进开发区扩区调区。完成萝溪经济开发区扩区调区报批，新建标准化厂房10万平方米，园区“亩均效益”提高8%。",
             leaders=[TANG], lmerge=True,
             units=["萝溪经济开发区管委会", "县自然资源局", "县住房和城乡建设局", "县发展和改革局"],
             deadline="2025年10月底"),
        dict(text="培育科技创新主体。新增国家高新技术企业8家、省级专精特新中小企业5家，全社会研发经费投入强度达到1.6%。",
             leaders=[TANG], lmerge=True,
             units=["县科学技术局", "县工业和信息化局", "县财政局", "县统计局"],
             deadline="2025年12月底"),
        dict(text="促进文旅深度融合。推进青螺湖景区提质升级，创成国家4A级旅游景区1家，全年接待游客520万人次以上。",
             leaders=[KE, HE], lsep="p",
             units=["县文化旅游广电局", "县委宣传部", "县交通运输局", "青螺湖镇人民政府"],
             deadline="2025年12月底"),
        dict(text="激发消费市场活力。开展“乐购萝溪”促消费活动20场以上，社会消费品零售总额增长6.5%，新增限额以上商贸企业25家。",
             leaders=[HE_U],
             units=["县商务局", "县市场监督管理局", "县统计局", "县财政局"],
             deadline="2025年12月底"),
    ]),
    ("三、乡村全面振兴", [
        dict(text="稳定粮食和重要农产品生产。全年粮食播种面积稳定在52.6万亩以上，总产量稳定在21万吨以上，生猪出栏45万头。",
             leaders=[ZHONG, WANG], lsep="p",
             units=["县农业农村局", "县自然资源局", "县水利局", "各乡镇人民政府"],
             deadline="2025年10月底"),
        dict(text="巩固拓展脱贫攻坚成果。健全防止返贫致贫动态监测和帮扶机制，脱贫人口人均纯收入增长8%以上，守牢不发生规模性返贫致贫底线。",
             leaders=[ZHONG],
             units=["县农业农村局", "县民政局", "县人力资源和社会保障局", "县医疗保障局", "县教育体育局", "各乡镇人民政府"],
             deadline="持续推进"),
        dict(text="实施高标准农田建设。新建和改造提升高标准农田4.2万亩，完成红岩灌区续建配套与节水改造工程。",
             leaders=[WANG],
             units=["县农业农村局", "县水利局", "县财政局"],
             deadline="2025年11月底"),
        dict(text="做强特色农业产业。新增市级以上农业产业化龙头企业4家，茶叶、油茶基地面积分别达到8万亩、12万亩，“萝溪茶”区域公用品牌价值提升10%。",
             leaders=[WANG], lmerge=True,
             units=["县农业农村局", "县林业局", "县市场监督管理局", "县供销合作社"],
             deadline="2025年12月底"),
        dict(text="推进宜居宜业和美乡村建设。完成农村户厕改造3500户，创建省级和美乡村示范村6个，农村生活污水治理率达到45%。",
             leaders=[ZHONG, WANG], lsep="、",
             units=["县农业农村局", "县住房和城乡建设局", "市生态环境局萝溪分局", "县卫生健康局", "各乡镇人民政府"],
             deadline="2025年12月底"),
    ]),
    ("四、城乡建设和生态环境", [
        dict(text="实施城市更新行动。改造城镇老旧小区12个、城中村1个，新建改造城市道路8.6公里，完成雨污分流改造15公里。",
             leaders=[DENG],
             units=["县住房和城乡建设局", "县城市管理局", "县自然资源局", "县城投集团"],
             deadline="2025年12月底"),
        dict(text="提升城市精细化管理水平。新增公共停车泊位1500个，城区生活垃圾分类覆盖率达到60%，创成省级文明城市。",
             leaders=[DENG], lmerge=True,
             units=["县城市管理局", "县住房和城乡建设局", "县公安局", "县委宣传部"],
             deadline="2025年12月底"),
        dict(text="完善综合交通网络。建成萝溪至石门铺公路改扩建工程，新改建农村公路120公里，实施危桥改造18座。",
             leaders=[DENG], lmerge=True,
             units=["县交通运输局", "县自然资源局", "县财政局", "各乡镇人民政府"],
             deadline="2025年12月底"),
        dict(text="深入打好污染防治攻坚战。PM2.5平均浓度控制在32微克/立方米以内，国省考断面水质达标率保持100%，完成中央环保督察反馈问题整改。",
             leaders=[YE, DENG], lsep="p",
             units=["市生态环境局萝溪分局", "县住房和城乡建设局", "县农业农村局", "县水利局", "县城市管理局"],
             deadline="2025年12月底"),
        dict(text="全面推行河湖长制、林长制。完成中小河流治理12公里、水土流失治理25平方公里，完成营造林3.5万亩。",
             leaders=[WANG],
             units=["县水利局", "县林业局", "各乡镇人民政府"],
             deadline="2025年11月底"),
    ]),
    ("五、民生保障和社会治理", [
        dict(text="稳定和扩大就业。城镇新增就业2800人，农村劳动力转移就业1500人，城镇调查失业率控制在5.5%以内。",
             leaders=[HE],
             units=["县人力资源和社会保障局", "县财政局", "县农业农村局"],
             deadline="2025年12月底"),
        dict(text="推进义务教育优质均衡发展。建成城区第三小学，新增公办学位1620个，完成县第一中学扩建工程并投入使用。",
             leaders=[TAO],
             units=["县教育体育局", "县发展和改革局", "县住房和城乡建设局", "县财政局"],
             deadline="2025年8月底"),
        dict(text="深化健康萝溪建设。推进紧密型县域医共体建设，县人民医院新院区投入使用，乡镇卫生院标准化建设达标率100%。",
             leaders=[TAO], lmerge=True,
             units=["县卫生健康局", "县医疗保障局", "县人民医院"],
             deadline="2025年10月底"),
        dict(text="健全社会保障体系。城乡居民基本养老保险参保率稳定在95%以上，新建社区嵌入式养老服务设施5个，提质改造敬老院3所。",
             leaders=[TAO], lmerge=True,
             units=["县民政局", "县人力资源和社会保障局", "县医疗保障局", "县财政局"],
             deadline="2025年12月底"),
        dict(text="办好十件民生实事。按照县人大常委会票决结果，逐项细化目标任务、责任分工和时间节点，确保按期完成并接受群众评议。",
             leaders=[CAI, YE], lsep="p",
             units=["县发展和改革局", "县财政局", "县直各有关单位"],
             deadline="2025年12月底"),
        dict(text="建设更高水平平安萝溪。常态化开展扫黑除恶斗争，深化“枫桥式”派出所创建，刑事案件发案率下降5%，群众安全感保持在98%以上。",
             leaders=[LUO],
             units=["县公安局", "县委政法委", "县司法局", "县信访局", "各乡镇人民政府"],
             deadline="持续推进"),
        dict(text="抓好安全生产和防灾减灾。深化安全生产治本攻坚三年行动，严防重特大事故发生，做好防汛抗旱和森林防灭火工作。",
             leaders=[YE],
             units=["县应急管理局", "县消防救援大队", "县直各有关单位", "各乡镇人民政府"],
             deadline="持续推进"),
    ]),
    ("六、重点领域改革", [
        dict(text="深化国资国企改革。完成县属国有企业整合重组，推动县城投集团市场化转型，县属国有企业资产总额突破200亿元。",
             leaders=[YE],
             units=["县财政局（县国资办）", "县城投集团", "县审计局"],
             deadline="2025年9月底"),
        dict(text="持续优化营商环境。推进“高效办成一件事”改革，政务服务事项全程网办率达到90%以上，企业开办时间压缩至1个工作日内。",
             leaders=[TANG],
             units=["县政务服务中心", "县数据资源局", "县市场监督管理局", "县直各有关单位"],
             deadline="2025年12月底"),
        dict(text="深化机构编制资源优化配置。统筹盘活县乡两级编制资源，推动编制资源向乡镇一线和重点领域倾斜。",
             leaders=[XIAO],
             units=["县委编办", "县委组织部", "县人力资源和社会保障局", "县财政局"],
             deadline="2025年6月底"),
    ]),
    ("七、党的建设", [
        dict(text="加强干部队伍建设。实施年轻干部递进培养计划，全年选派60名干部到项目建设、信访维稳一线历练。",
             leaders=[XIAO],
             units=["县委组织部"],
             deadline="2025年12月底"),
        dict(text="抓党建促基层治理能力提升。推进村（社区）“两委”班子运行规范化，整顿提升软弱涣散基层党组织，村级集体经济收入全部达到10万元以上。",
             leaders=[XIAO, ZHONG], lsep="p",
             units=["县委组织部", "县委社会工作部", "县农业农村局", "县民政局", "各乡镇党委"],
             deadline="2025年12月底"),
        dict(text="加强意识形态和宣传思想文化工作。落实意识形态工作责任制，深化新时代文明实践中心（所、站）建设，唱响萝溪发展“好声音”。",
             leaders=[KE],
             units=["县委宣传部", "县委网信办", "县融媒体中心", "各乡镇党委"],
             deadline="持续推进"),
    ]),
]


# ---------------------------------------------------------------- helpers
def set_run_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name if a == "w:eastAsia" else
                   ("Times New Roman" if name in (FS, KT) else name))
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", font=FS, size=16, bold=None, align=None,
         indent=False, color=None, space_before=0, space_after=0, line=28):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if line:
        pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        set_run_font(r, font, size, bold, color)
    return p


def add_runs(p, parts, size=16):
    for text, font, bold in parts:
        r = p.add_run(text)
        set_run_font(r, font, size, bold)


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def top_border(p, color="000000", sz=8):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:top")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.insert(0, b)


def table_borders(table, val="single"):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), "4" if val != "nil" else "0")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000" if val != "nil" else "auto")
        b.append(e)
    tblpr.append(b)


def grid_widths(table, widths):
    cols = table._tbl.tblGrid.findall(qn("w:gridCol"))
    for gc, w in zip(cols, widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def cell_text(cell, paragraphs, font=FS, size=12, bold=False,
              align=WD_ALIGN_PARAGRAPH.CENTER):
    """Write a list of paragraphs into a cell (first reuses the empty one)."""
    first = True
    for t in paragraphs:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(18)
        if isinstance(t, list):
            for text, b in t:
                r = p.add_run(text)
                set_run_font(r, font, size, b)
        elif t:
            r = p.add_run(t)
            set_run_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def page_number_footer(section):
    footer = section.footer
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_run_font(r, "宋体", 14)
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r._r.append(f2)
    r = p.add_run("1")
    set_run_font(r, "宋体", 14)
    r = p.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._r.append(f3)
    r = p.add_run(" —")
    set_run_font(r, "宋体", 14)


def leader_paragraphs(task):
    ls = task["leaders"]
    if task.get("lsep") == "、":
        return ["、".join(post + name for post, name, _ in ls)]
    return [post + name for post, name, _ in ls]


def units_text(task):
    units = task["units"]
    seps = task.get("usep") or ["、"] * (len(units) - 1)
    out = units[0]
    for s, u in zip(seps, units[1:]):
        out += s + u
    return out


# ---------------------------------------------------------------- document
def build():
    doc = Document()
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 18, 9, 30, 0)
    cp.author = "县委办文电科"
    cp.last_modified_by = "县委办文电科"
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3

    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    page_number_footer(sec)

    # ---- 版头: two issuers stacked, 文件 merged beside them
    body = doc._body._body
    # python-docx Document() starts with no paragraph; add spacing lines
    para(doc, "", line=28)
    hdr = doc.add_table(rows=2, cols=2)
    hdr.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(hdr, "nil")
    grid_widths(hdr, [Cm(11.6), Cm(4.0)])
    for i, name in enumerate(["中共萝溪县委办公室", "萝溪县人民政府办公室"]):
        c = hdr.cell(i, 0)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing = Pt(40)
        r = p.add_run(name)
        set_run_font(r, XBS, 26, False, RED)
    m = hdr.cell(0, 1).merge(hdr.cell(1, 1))
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("文件")
    set_run_font(r, XBS, 40, False, RED)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    para(doc, "", line=28)
    para(doc, "", line=28)
    p = para(doc, "萝办发〔2025〕3号", align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p)
    para(doc, "", line=28)

    # ---- 标题
    for t in ["中共萝溪县委办公室　萝溪县人民政府办公室",
              "关于印发《萝溪县2025年重点工作任务清单》的通知"]:
        para(doc, t, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc, "", line=28)

    # ---- 主送
    para(doc, "各乡镇党委、人民政府，县委各部委，县直各单位，各人民团体：")

    # ---- 正文
    para(doc, "《萝溪县2025年重点工作任务清单》已经县委、县政府同意，现印发给你们，"
              "请结合实际认真抓好贯彻落实。现就有关事项通知如下：", indent=True)
    p = para(doc, "", indent=True)
    add_runs(p, [("一、压紧压实工作责任。", HT, False),
                 ("各牵头县领导要切实履行牵头抓总职责，定期听取工作进展情况汇报，"
                  "及时研究解决推进中的困难和问题。清单中责任单位有多个的，排在第一位的为牵头单位，"
                  "负责统筹协调、牵头推进，其他单位为配合单位，要按照职责分工主动配合、协同发力，"
                  "不得推诿扯皮。各牵头单位要在3月10日前将任务细化分解到季度、到月份，"
                  "明确具体责任人，报县委督查室、县政府督查室备案。", FS, False)])
    p = para(doc, "", indent=True)
    add_runs(p, [("二、建立调度推进机制。", HT, False),
                 ("实行“月调度、季通报、年考评”工作机制。各牵头单位要于每月25日前将任务推进情况"
                  "（含工作进度、存在问题及下步打算）书面报送县委督查室、县政府督查室，"
                  "同时报送牵头县领导。对推进缓慢、进度滞后的任务，由牵头县领导专题调度。", FS, False)])
    p = para(doc, "", indent=True)
    add_runs(p, [("三、强化督查考核问效。", HT, False),
                 ("县委督查室、县政府督查室要加强跟踪督办，定期通报完成情况，"
                  "督查结果纳入年度综合考核。对工作不力、造成任务严重滞后的单位和个人，"
                  "按有关规定严肃追责问责。", FS, False)])
    para(doc, "", line=28)
    para(doc, "附件：萝溪县2025年重点工作任务清单", indent=True)
    para(doc, "", line=28)
    para(doc, "", line=28)

    # ---- 落款 (two issuers side by side) and date
    sig = doc.add_table(rows=2, cols=2)
    table_borders(sig, "nil")
    sig.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid_widths(sig, [Cm(7.8), Cm(7.8)])
    cell_text(sig.cell(0, 0), ["中共萝溪县委办公室"], size=16)
    cell_text(sig.cell(0, 1), ["萝溪县人民政府办公室"], size=16)
    m = sig.cell(1, 0).merge(sig.cell(1, 1))
    cell_text(m, ["2025年2月18日"], size=16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "", line=28)
    para(doc, "（此件发至乡镇）", indent=True)

    # ---- 附件: landscape section
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width = Cm(29.7)
    new.page_height = Cm(21.0)
    new.top_margin = Cm(2.6)
    new.bottom_margin = Cm(2.4)
    new.left_margin = Cm(2.5)
    new.right_margin = Cm(2.5)
    para(doc, "附件", font=HT, size=16, line=28)
    para(doc, "", line=20)
    para(doc, "萝溪县2025年重点工作任务清单", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc, "", line=16)

    widths = [Cm(1.4), Cm(11.6), Cm(4.6), Cm(5.7), Cm(2.9)]
    tbl = doc.add_table(rows=1, cols=5)
    tbl.style = doc.styles["Table Grid"]
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid_widths(tbl, widths)
    head = ["序号", "重点工作", "牵头县领导", "责任单位", "完成时限"]
    for i, h in enumerate(head):
        c = tbl.rows[0].cells[i]
        c.width = widths[i]
        cell_text(c, [h], font=HT, size=12)
    repeat_header(tbl.rows[0])

    gold = []
    n = 0
    for title, tasks in PARTS:
        row = tbl.add_row()
        cant_split(row)
        for i, c in enumerate(row.cells):
            c.width = widths[i]
        mc = row.cells[0].merge(row.cells[4])
        cell_text(mc, ["%s（%d项）" % (title, len(tasks))], font=HT, size=12,
                  align=WD_ALIGN_PARAGRAPH.LEFT)
        prev_leader_cell = None
        prev_deadline_cell = None
        for t in tasks:
            n += 1
            row = tbl.add_row()
            cant_split(row)
            for i, c in enumerate(row.cells):
                c.width = widths[i]
            cells = row.cells
            cell_text(cells[0], [str(n)])
            title_sent, rest = t["text"].split("。", 1)
            cell_text(cells[1], [[(title_sent + "。", True), (rest, False)]],
                      align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            if t.get("lmerge") and prev_leader_cell is not None:
                prev_leader_cell = prev_leader_cell.merge(cells[2])
            else:
                cell_text(cells[2], leader_paragraphs(t))
                prev_leader_cell = cells[2]
            cell_text(cells[3], [units_text(t)], align=WD_ALIGN_PARAGRAPH.LEFT)
            if t.get("dmerge") and prev_deadline_cell is not None:
                prev_deadline_cell = prev_deadline_cell.merge(cells[4])
            else:
                cell_text(cells[4], [t["deadline"]])
                prev_deadline_cell = cells[4]

            units = t["units"]
            gold.append({
                "id": str(n),
                "marker": str(n),
                "head": t["text"][:12],
                "responsible_units": list(units),
                "lead_units": [units[0]],
                "cooperating_units": list(units[1:]),
                "leaders": [clean for _, _, clean in t["leaders"]],
                "deadline": t["deadline"],
            })

    # merged cells from python-docx keep one empty paragraph per merged-in
    # cell; drop empty trailing paragraphs as Word does when retyping
    for row in tbl.rows:
        for c in row.cells:
            ps = c.paragraphs
            if len(ps) > 1:
                for p in ps[1:]:
                    if not p.text:
                        p._p.getparent().remove(p._p)

    p = para(doc, "", line=12)
    p = para(doc, "注：责任单位有多个的，排在第一位的为牵头单位，其他为配合单位。",
             font=FS, size=12, line=20)

    # ---- 版记 on a portrait last page
    last = doc.add_section(WD_SECTION.NEW_PAGE)
    last.orientation = WD_ORIENT.PORTRAIT
    last.page_width = Cm(21.0)
    last.page_height = Cm(29.7)
    last.top_margin = Cm(3.7)
    last.bottom_margin = Cm(3.5)
    last.left_margin = Cm(2.8)
    last.right_margin = Cm(2.6)
    for _ in range(19):
        para(doc, "", line=28)
    p = para(doc, "抄送：县委各常委，县人大常委会办公室，县政协办公室，县法院，县检察院，"
                  "县人武部。", size=14, line=22)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    top_border(p, sz=12)
    bottom_border(p, color="000000", sz=4)
    p = para(doc, "", size=14, line=22)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    add_runs(p, [("中共萝溪县委办公室　　　　　　　　2025年2月18日印发", FS, False)], size=14)
    bottom_border(p, color="000000", sz=12)
    return doc, gold


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 18, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def main():
    doc, gold = build()
    save_deterministic(doc, DOCX)
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print("wrote", DOCX, "and", GOLD, "(%d tasks)" % len(gold))


if __name__ == "__main__":
    main()
