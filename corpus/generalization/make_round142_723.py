#!/usr/bin/python3
"""Round 142, case 723: a county 任务分工 notice written in Word (.docx, made here
with python-docx) and published as the HTML that `pandoc -f docx -t html -s`
(Debian pandoc 2.17.1.1) writes from it.

Writes, in this folder:
  723_source.docx                               the clerk's Word file
  723_yichuan_xian_gzbg_renwu_fengong.html      the notice under test (pandoc's bytes)
  723.tasks.gold.jsonl                          the gold list
Deterministic: fixed core properties, zip entries rewritten with a fixed time,
pandoc run on a fixed file name in a fixed temporary folder name.
"""
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import datetime

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "723_source.docx")
HTML = os.path.join(HERE, "723_yichuan_xian_gzbg_renwu_fengong.html")
GOLD = os.path.join(HERE, "723.tasks.gold.jsonl")
# the name the clerk gave the file; pandoc uses its stem as <title>
CLERK_NAME = "关于印发2025年县政府工作报告重点工作任务分工方案的通知.docx"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

ISSUER = "峄川县人民政府办公室"
DOCNO = "峄政办发〔2025〕8号"
DATE = "2025年3月14日"
ANNEX_TITLE = "峄川县2025年县政府工作报告重点工作任务分工方案"

# ---------------------------------------------------------------------------
# The one structured description of the task table.
#   ("sec", text)                      a section row spanning the table
#   dict: no      序号 as typed
#         text    content cell: list of paragraphs; **x** bold, ^x^ superscript
#         leader  list of cell paragraphs ("\n" = a soft line break, Shift+Enter);
#                 "^" = merged with the cell above (vMerge continue)
#         rows    list of (牵头单位, 配合单位) per table row ("^" = merged above)
#         dl      完成时限 ("^" = merged above)
# ---------------------------------------------------------------------------
L_XU, L_LI, L_WANG, L_CHEN, L_SUN, L_ZHAO, L_LIU = (
    "许振华", "李　明", "王　勇", "陈晓岚", "孙立群", "赵　磊", "刘德胜")

TABLE = [
    ("sec", "一、扩大有效投资，推动经济稳进提质（7项）"),
    dict(no="1", text=["全县地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长8%，固定资产投资增长7%，社会消费品零售总额增长6%。"],
         leader=[L_LI], rows=[("县发展和改革局", "县统计局、县财政局、县工业和信息化局、国家税务总局峄川县税务局")], dl="2025年12月底前"),
    dict(no="2", text=["全年谋划储备重大项目120个以上，积极争取中央预算内投资、超长期特别国债和地方政府专项债券资金15亿元以上。"],
         leader="^", rows=[("县发展和改革局、县财政局", "县直有关单位")], dl="^"),
    dict(no="3", text=["**推进重点项目建设。**实施投资500万元以上项目160个，完成投资95亿元以上，确保峄川经济开发区光伏玻璃二期、桃源220千伏输变电工程等项目年内建成投产。"],
         leader="^", rows=[("县发展和改革局", "峄川经济开发区管委会、各乡（镇）人民政府")], dl="^"),
    dict(no="4", text=["深化“亩均论英雄”改革，盘活闲置低效用地800亩以上，处置批而未供土地1200亩、闲置土地300亩。"],
         leader=[L_WANG], rows=[("县自然资源局", "县工业和信息化局，峄川经济开发区管委会")], dl="2025年10月底前"),
    dict(no="5", text=["**开展招商引资“攻坚年”活动。**聚焦主导产业开展精准招商，全年引进亿元以上项目20个，到位县外资金60亿元以上。"],
         leader=[L_XU, L_LI], rows=[("县投资促进中心", "峄川经济开发区管委会、各乡（镇）人民政府、县直有关单位")], dl="长期坚持"),
    dict(no="6", text=["持续优化营商环境，全面推行“高效办成一件事”，企业开办时间压缩至1个工作日以内，全年新增经营主体3000户以上。"],
         leader=[L_CHEN], rows=[("县行政审批服务局", "县市场监督管理局、县数据资源管理局、县司法局")], dl="2025年12月底前"),
    dict(no="7", text=["全面落实结构性减税降费政策，全年为企业减税降费2亿元以上，确保政策红利直达快享。"],
         leader=[L_LI], rows=[("国家税务总局峄川县税务局、县财政局", "县人力资源和社会保障局、县医疗保障局")], dl="持续推进"),

    ("sec", "二、坚持工业强县，加快构建现代产业体系（7项）"),
    dict(no="8", text=["**壮大主导产业集群。**推动光伏玻璃、新型建材、食品加工三大主导产业提质扩量，全年规模以上工业企业净增15家。"],
         leader=[L_WANG], rows=[("县工业和信息化局", "峄川经济开发区管委会、县统计局")], dl="2025年12月底前"),
    dict(no="9", text=["**推动传统产业转型升级。**实施技术改造项目40个，新建省级数字化车间3个、智能工厂1个。"],
         leader="^", rows=[("^", "县科学技术局、县财政局")], dl="2025年11月底前"),
    dict(no="10", text=["**加快园区扩容提质。**推进峄川经济开发区扩区调位，建成标准化厂房12万m^2^，新增入园企业25家，园区营业收入突破200亿元。"],
         leader=[L_WANG + "\n" + L_CHEN], rows=[("峄川经济开发区管委会", "县自然资源局、县住房和城乡建设局、县发展和改革局")], dl="2025年9月底前"),
    dict(no="11", text=["**强化科技创新支撑。**新培育高新技术企业8家、科技型中小企业30家，全社会研发经费投入强度达到1.8%。"],
         leader=[L_WANG], rows=[("县科学技术局", "县工业和信息化局、县财政局、县统计局")], dl="2025年12月底前"),
    dict(no="12", text=["**发展全域旅游。**推进花溪湾景区创建国家4A级旅游景区，办好第三届峄川梨花节，全年接待游客400万人次以上。"],
         leader=[L_ZHAO], rows=[("县文化和旅游局", "县交通运输局、县自然资源局、花溪镇人民政府")], dl="2025年12月底前"),
    dict(no="13", text=["**全力提振消费。**举办“峄川好物”消费季活动20场次以上，落实汽车、家电以旧换新政策，培育限额以上商贸企业12家。"],
         leader=[L_CHEN], rows=[("县商务局", "县财政局、县市场监督管理局、县统计局等")], dl="持续推进"),
    dict(no="14", text=["**发展电子商务。**新建县级电商直播基地1个、村级电商服务站30个，农村网络零售额增长15%以上。"],
         leader="^", rows=[("^", "县农业农村局、中国邮政集团有限公司峄川县分公司")], dl="2025年10月底前"),

    ("sec", "三、全面推进乡村振兴，加快农业农村现代化（6项）"),
    dict(no="15", text=["严守耕地保护红线，粮食播种面积稳定在52万亩以上，总产量稳定在24万吨以上。"],
         leader=[L_SUN], rows=[("县农业农村局", "县自然资源局、各乡（镇）人民政府")], dl="2025年10月底前"),
    dict(no="16", text=["新建高标准农田3.5万亩，实施耕地质量提升工程，新增高效节水灌溉面积1万亩。"],
         leader="^", rows=[("^", "县财政局、县水利局、县自然资源局")], dl="2025年11月底前"),
    dict(no="17", text=["巩固拓展脱贫攻坚成果，健全防止返贫致贫监测帮扶机制，确保不发生规模性返贫致贫。"],
         leader="^", rows=[("^", "县民政局、县医疗保障局、县教育体育局、县住房和城乡建设局、各乡(镇)人民政府")], dl="长期坚持"),
    dict(no="18", text=["推进桃源水库除险加固和龙泉河综合治理工程，完成农村供水保障工程12处，农村自来水普及率达到95%。"],
         leader="^", rows=[("县水利局", "县财政局、县发展和改革局、各乡（镇）人民政府")], dl="2025年12月底前"),
    dict(no="19", text=["实施农村人居环境整治提升行动，农村生活垃圾无害化处理率保持在95%以上，新改建农村卫生厕所2000户，创建和美乡村示范村15个。"],
         leader="^", rows=[("县住房和城乡建设局", "各乡（镇）人民政府"),
                           ("县农业农村局", "县卫生健康局、各乡（镇）人民政府")], dl="2025年11月底前"),
    dict(no="20", text=["做强“峄川香梨”区域公用品牌，新增市级以上农业产业化龙头企业3家、绿色食品认证10个。"],
         leader="^", rows=[("县农业农村局", "县市场监督管理局、县林业局、县供销合作社联合社")], dl="2025年12月底前"),

    ("sec", "四、推进城乡融合发展，提升城市功能品质（5项）"),
    dict(no="21", text=["**实施城市更新行动。**改造老旧小区28个、背街小巷35条，新建口袋公园6个，新增城市停车泊位1500个。"],
         leader=[L_CHEN], rows=[("县住房和城乡建设局", "县自然资源局、县城市管理局、城关镇人民政府")], dl="2025年11月底前"),
    dict(no="22", text=["**完善综合交通网络。**推进G345峄川段改线工程，开工建设峄川至桃源快速通道，新改建农村公路120公里。"],
         leader="^", rows=[("县交通运输局", "县自然资源局、县财政局、各乡（镇）人民政府")], dl="2025年12月底前"),
    dict(no="23", text=["深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在35微克/立方米以下，县控以上断面水质优良比例保持100%。"],
         leader=[L_WANG], rows=[("市生态环境局峄川分局", "县住房和城乡建设局、县交通运输局、县农业农村局、县水利局")], dl="长期坚持"),
    dict(no="24", text=["全面推行林长制，完成人工造林1.2万亩、森林抚育3万亩，森林覆盖率达到42.5%。"],
         leader=[L_SUN], rows=[("县林业局", "各乡（镇）人民政府")], dl="2025年11月底前"),
    dict(no="25", text=["实施县城供水管网改造20公里、燃气老旧管网更新15公里，县城污水集中收集率达到75%。"],
         leader=[L_CHEN], rows=[("县城市管理局", "")], dl="2025年10月底前"),

    ("sec", "五、持续增进民生福祉，提高群众生活品质（7项）"),
    dict(no="26", text=["**稳定和扩大就业。**城镇新增就业2800人，农村劳动力转移就业8万人以上，城镇调查失业率控制在5.5%以内。"],
         leader=[L_ZHAO], rows=[("县人力资源和社会保障局", "县财政局、县农业农村局")], dl="2025年12月底前"),
    dict(no="27", text=["**办好人民满意教育。**新建改扩建城区学校3所，新增学位2700个。",
                        "（1）建成县第二实验小学并投入使用；（2）完成城关一中扩建工程；（3）推进县职业中专产教融合实训基地建设。"],
         leader=[L_ZHAO], rows=[("县教育体育局", "县发展和改革局、县财政局、县自然资源局、县住房和城乡建设局")], dl="2025年8月底前"),
    dict(no="28", text=["**推进健康峄川建设。**深化紧密型县域医共体改革，县人民医院创建三级医院，乡镇卫生院达到服务能力推荐标准的12所。"],
         leader=[L_ZHAO], rows=[("县卫生健康局", "县医疗保障局、县财政局")], dl="2025年12月底前"),
    dict(no="29", text=["**完善养老服务体系。**建成乡镇区域养老服务中心3个，新增社区嵌入式养老服务设施5处。"],
         leader=[L_ZHAO], rows=[("县民政局", "县卫生健康局、各乡（镇）人民政府")], dl="2025年10月底前"),
    dict(no="30", text=["**办好十件民生实事。**按照县人大常委会票决确定的民生实事项目，逐项明确责任、细化措施，确保年底前全部完成。"],
         leader=["各分管副县长"], rows=[("县政府办公室", "各责任单位")], dl="2025年12月底前"),
    dict(no="31", text=["**抓好安全生产。**深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。"],
         leader=[L_LIU], rows=[("县应急管理局", "县安全生产委员会各成员单位")], dl="长期坚持"),
    dict(no="32", text=["**建设更高水平平安峄川。**常态化开展扫黑除恶斗争，深化信访工作法治化，推进社会治安整体防控体系建设。"],
         leader=[L_LIU], rows=[("县公安局、县信访局", "县司法局、各乡（镇）人民政府")], dl="持续推进"),

    ("sec", "六、加强政府自身建设（3项）"),
    dict(no="33", text=["坚持依法行政，严格落实重大行政决策程序，县政府部门行政复议纠错率、行政诉讼败诉率明显下降。"],
         leader=[L_XU], rows=[("县司法局", "县政府各部门")], dl="长期坚持"),
    dict(no="34", text=["坚持过紧日子，一般性支出压减10%以上，加强审计监督，推动审计发现问题整改到位。"],
         leader=[L_LI], rows=[("县财政局", "县审计局")], dl="2025年12月底前"),
    dict(no="35", text=["深化政务公开，推进数字政府建设，“12345”政务服务便民热线按时办结率达到98%以上。"],
         leader="^", rows=[("县政府办公室、县数据资源管理局", "县政府各部门")], dl="—"),
]


# ---------------------------------------------------------------------------
# gold
# ---------------------------------------------------------------------------
def split_units(s):
    s = s.strip()
    if s in ("", "—", "/", "无"):
        return []
    out = []
    for u in re.split(r"[、，；]", s):
        u = u.strip()
        if u.endswith("等"):
            u = u[:-1]
        if u:
            out.append(u)
    return out


def plain(par):
    return par.replace("**", "").replace("^", "")


def dedupe(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def make_gold():
    lines = []
    last = {}
    for item in TABLE:
        if isinstance(item, tuple):
            last = {}
            continue
        leader = item["leader"] if item["leader"] != "^" else last["leader"]
        rows = []
        for lead, coop in item["rows"]:
            lead = lead if lead != "^" else last["lead"]
            rows.append((lead, coop))
            last["lead"] = lead
        dl = item["dl"] if item["dl"] != "^" else last["dl"]
        last["leader"], last["dl"] = leader, dl
        leads = dedupe([u for lead, _ in rows for u in split_units(lead)])
        coops = dedupe([u for _, coop in rows for u in split_units(coop)])
        resp = dedupe([u for lead, coop in rows for u in split_units(lead) + split_units(coop)])
        names = []
        for par in leader:
            for ln in par.split("\n"):
                ln = ln.replace("\u3000", "").strip()
                if ln and not ln.startswith("各"):
                    names.append(ln)
        text = "".join(plain(p) for p in item["text"])
        head = re.sub(r"\s", "", text)[:12]
        lines.append({
            "id": item["no"], "marker": item["no"], "head": head,
            "responsible_units": resp, "lead_units": leads,
            "cooperating_units": coops, "leaders": names,
            "deadline": None if dl in ("—", "") else dl,
        })
    return lines


# ---------------------------------------------------------------------------
# the Word file
# ---------------------------------------------------------------------------
def set_font(run, east, size=None, bold=None, color=None, ascii_font="Times New Roman"):
    rpr = run._r.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = parse_xml(f"<w:rFonts {W}/>")
        rpr.insert(0, fonts)
    fonts.set(qn("w:ascii"), ascii_font)
    fonts.set(qn("w:hAnsi"), ascii_font)
    fonts.set(qn("w:eastAsia"), east)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def add_marked(par, text, east="仿宋_GB2312", size=16):
    """Add runs for text with **bold** and ^superscript^ marks."""
    for tok in re.split(r"(\*\*.*?\*\*|\^.*?\^)", text):
        if not tok:
            continue
        if tok.startswith("**"):
            r = par.add_run(tok[2:-2])
            set_font(r, "黑体" if size >= 16 else "仿宋_GB2312", size, bold=size < 16)
        elif tok.startswith("^"):
            r = par.add_run(tok[1:-1])
            set_font(r, east, size)
            r.font.superscript = True
        else:
            r = par.add_run(tok)
            set_font(r, east, size)


def para(doc_or_cell, text="", east="仿宋_GB2312", size=16, align=None, indent=True,
         bold=False, color=None, space_after=0, first=False):
    p = doc_or_cell.paragraphs[0] if first else doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        if bold or color is not None:
            r = p.add_run(text)
            set_font(r, east, size, bold=bold or None, color=color)
        else:
            add_marked(p, text, east, size)
    return p


def add_numbering(doc):
    """一、二、三、 as Word's automatic numbering (chineseCounting)."""
    num = doc.part.numbering_part.element
    num.insert(0, parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="20"><w:nsid w:val="3A1F6C52"/>'
        '<w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="5B7C1E4A"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/></w:rPr></w:lvl></w:abstractNum>'))
    num.append(parse_xml(f'<w:num {W} w:numId="20"><w:abstractNumId w:val="20"/></w:num>'))


def numbered(doc, text):
    p = para(doc, "", indent=False)
    p._p.get_or_add_pPr().insert(0, parse_xml(
        f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="20"/></w:numPr>'))
    add_marked(p, text)
    return p


def cell_shading_none(cell):
    pass


def set_cell(cell, paragraphs, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, east="仿宋_GB2312", bold=False):
    first = True
    for text in paragraphs:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if bold:
                r = p.add_run(part)
                set_font(r, east, size, bold=True)
            else:
                add_marked(p, part, east, size)
            if i < len(parts) - 1:
                p.runs[-1].add_break()


def repeat_header(row):
    row._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {W}/>"))


def build_table(doc):
    ncols = 6
    nrows = 2 + sum(1 if isinstance(x, tuple) else len(x["rows"]) for x in TABLE)
    t = doc.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.3), Cm(10.2), Cm(2.4), Cm(3.6), Cm(5.2), Cm(2.6)]
    for col, w in zip(t.columns, widths):
        col.width = w
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    # header: two rows
    t.cell(0, 3).merge(t.cell(0, 4))
    for c in (0, 1, 2, 5):
        t.cell(0, c).merge(t.cell(1, c))
    hdr = {(0, 0): "序号", (0, 1): "重点工作任务", (0, 2): "责任县领导", (0, 3): "责任单位",
           (1, 3): "牵头单位", (1, 4): "配合单位", (0, 5): "完成时限"}
    for (r, c), s in hdr.items():
        set_cell(t.cell(r, c), [s], east="黑体", size=12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    # body: first pass decides merges, second writes text
    r = 2
    anchors = {}  # column -> row where the current merged block starts
    plan = []
    for item in TABLE:
        if isinstance(item, tuple):
            t.cell(r, 0).merge(t.cell(r, ncols - 1))
            plan.append(("sec", r, item[1]))
            anchors = {}
            r += 1
            continue
        n = len(item["rows"])
        top, bot = r, r + n - 1
        if n > 1:
            for c in (0, 1):
                t.cell(top, c).merge(t.cell(bot, c))
        # leader column
        if item["leader"] == "^":
            t.cell(anchors["leader"], 2).merge(t.cell(bot, 2))
        else:
            if n > 1:
                t.cell(top, 2).merge(t.cell(bot, 2))
            anchors["leader"] = top
        # lead units per row
        for k, (lead, coop) in enumerate(item["rows"]):
            if lead == "^":
                t.cell(anchors["lead"], 3).merge(t.cell(top + k, 3))
            else:
                anchors["lead"] = top + k
        # deadline
        if item["dl"] == "^":
            t.cell(anchors["dl"], 5).merge(t.cell(bot, 5))
        else:
            if n > 1:
                t.cell(top, 5).merge(t.cell(bot, 5))
            anchors["dl"] = top
        plan.append(("task", top, item))
        r = bot + 1
    for kind, row, x in plan:
        if kind == "sec":
            set_cell(t.cell(row, 0), [x], east="黑体", size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
            continue
        item = x
        set_cell(t.cell(row, 0), [item["no"]])
        set_cell(t.cell(row, 1), item["text"], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        if item["leader"] != "^":
            set_cell(t.cell(row, 2), item["leader"])
        for k, (lead, coop) in enumerate(item["rows"]):
            if lead != "^":
                set_cell(t.cell(row + k, 3), [lead])
            set_cell(t.cell(row + k, 4), [coop] if coop else [""])
        if item["dl"] != "^":
            set_cell(t.cell(row, 5), [item["dl"]])
    return t


def build_docx(path):
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = "Administrator"
    cp.last_modified_by = "Administrator"
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 7
    cp.created = datetime.datetime(2025, 3, 12, 8, 41, 0)
    cp.modified = datetime.datetime(2025, 3, 14, 10, 26, 0)
    cp.last_printed = datetime.datetime(2025, 3, 14, 10, 20, 0)

    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋_GB2312")
    add_numbering(doc)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    red = RGBColor(0xFF, 0x00, 0x00)
    C = WD_ALIGN_PARAGRAPH.CENTER
    R = WD_ALIGN_PARAGRAPH.RIGHT
    para(doc, "峄川县人民政府办公室文件", east="方正小标宋简体", size=36, align=C,
         indent=False, color=red, space_after=24)
    p = para(doc, DOCNO, align=C, indent=False)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {W}><w:bottom w:val="single" w:sz="18" w:space="4" w:color="FF0000"/></w:pBdr>'))
    para(doc, "", indent=False)
    # title over two lines by a soft line break
    p = para(doc, "", indent=False, align=C)
    r = p.add_run(ISSUER)
    set_font(r, "方正小标宋简体", 22)
    r.add_break()
    r = p.add_run("关于印发2025年县政府工作报告重点工作任务分工方案的通知")
    set_font(r, "方正小标宋简体", 22)
    para(doc, "", indent=False)
    para(doc, "各乡（镇）人民政府，峄川经济开发区管委会，县人民政府各部门、各直属机构：", indent=False)
    para(doc, "《峄川县2025年县政府工作报告重点工作任务分工方案》已经县人民政府同意，现印发给你们，请结合实际，认真抓好贯彻落实。")
    numbered(doc, "**提高思想认识。**《政府工作报告》是县十八届人大四次会议审议通过的全年工作总纲。各乡（镇）、各部门要切实增强责任感和紧迫感，把落实报告确定的目标任务作为全年工作的重中之重，确保各项工作落地见效。")
    numbered(doc, "**压实工作责任。**各项任务实行“责任县领导+牵头单位+配合单位”工作机制。责任县领导负责统筹调度；牵头单位对任务落实负总责，“牵头单位”栏列有两个单位的均为牵头单位，排在第一位的为主要牵头单位，负责组织协调和情况汇总；“配合单位”要按照职责分工主动对接、密切配合，形成工作合力。各牵头单位要于2025年3月25日前将任务细化分解方案报县政府督查室。")
    numbered(doc, "**强化督查考核。**县政府督查室要建立工作台账，实行季度调度、半年通报、年终考核，对工作推进不力、进度滞后的单位予以通报。各牵头单位要于每季度末月25日前将任务完成情况书面报送县政府督查室（联系人：周　敏，电话：6212345）。")
    para(doc, "", indent=False)
    p = para(doc, "附件：" + ANNEX_TITLE)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    para(doc, ISSUER, align=R, indent=False).paragraph_format.right_indent = Pt(64)
    para(doc, DATE, align=R, indent=False).paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）")

    # 附件: landscape section
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21)
    s2.top_margin, s2.bottom_margin = Cm(2.6), Cm(2.4)
    s2.left_margin, s2.right_margin = Cm(2.5), Cm(2.5)
    para(doc, "附件", east="黑体", indent=False)
    para(doc, "", indent=False)
    para(doc, "峄川县2025年县政府工作报告", east="方正小标宋简体", size=22, align=C, indent=False)
    para(doc, "重点工作任务分工方案", east="方正小标宋简体", size=22, align=C, indent=False)
    para(doc, "", indent=False)
    para(doc, "为确保县十八届人大四次会议审议通过的《政府工作报告》确定的各项目标任务落到实处，现将重点工作任务分解如下：")
    build_table(doc)
    para(doc, "注：1.“牵头单位”栏列有两个单位的，排在第一位的为主要牵头单位。2.完成时限为“长期坚持”“持续推进”的，按季度报送工作进展情况。",
         size=12, indent=False)

    # 版记: portrait again, a two-column table at the foot of the last page
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Cm(21), Cm(29.7)
    s3.top_margin, s3.bottom_margin = Cm(3.7), Cm(3.5)
    s3.left_margin, s3.right_margin = Cm(2.8), Cm(2.6)
    bj = doc.add_table(rows=2, cols=2)
    for col, w in zip(bj.columns, (Cm(8.8), Cm(6.8))):
        col.width = w
    bj.cell(0, 0).merge(bj.cell(0, 1))
    set_cell(bj.cell(0, 0), ["抄送：县委各部门，县人大常委会办公室，县政协办公室，县人民法院，县人民检察院。"],
             size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
    set_cell(bj.cell(1, 0), [ISSUER], size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
    set_cell(bj.cell(1, 1), [DATE + "印发"], size=14, align=WD_ALIGN_PARAGRAPH.RIGHT)

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with a fixed timestamp so the bytes do not depend on the clock
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 14, 10, 26, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def run_pandoc(src, dst):
    ver = subprocess.run(["pandoc", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    tmp = tempfile.mkdtemp(prefix="mk723.")
    try:
        name = os.path.join(tmp, CLERK_NAME)
        shutil.copyfile(src, name)
        res = subprocess.run(["pandoc", "-f", "docx", "-t", "html", "-s", CLERK_NAME, "-o", "out.html"],
                             cwd=tmp, capture_output=True, text=True)
        if res.returncode != 0:
            sys.exit("pandoc failed: " + res.stderr)
        shutil.copyfile(os.path.join(tmp, "out.html"), dst)
        return ver, res.stderr.strip()
    finally:
        shutil.rmtree(tmp)


def main():
    gold = make_gold()
    build_docx(SRC)
    ver, warn = run_pandoc(SRC, HTML)
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"{len(gold)} tasks; ran {ver}")
    if warn:
        print("pandoc said:", warn)


if __name__ == "__main__":
    main()
