#!/usr/bin/python3
"""Round 144, notice 731: a 县政府办 red-header Word notice whose landscape 附件 table
breaks its quantifiable tasks down to the 乡镇（街道）in rows ("目标任务分解到乡镇"):
each such task's 序号 / 目标任务 / 牵头单位 / 配合单位 / 完成时限 cells are merged down over
one row per 乡镇（街道）(or unit) holding its own 分解任务量, usually under a first row
"全县" with the county total.  Other tasks are a single row whose 责任乡镇（街道）cell reads
`各乡镇（街道）`, names one or a few 乡镇, or `/`.

Writes 731_yuhe_xian_mubiao_renwu_fenjie_xiangzhen.docx and 731.tasks.gold.jsonl from
the one description in PARTS below.  Deterministic: fixed core properties and a re-zip
with fixed timestamps.

Run: /usr/bin/python3 make_731.py
"""
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = os.path.join(HERE, "731_yuhe_xian_mubiao_renwu_fenjie_xiangzhen.docx")
GOLD = os.path.join(HERE, "731.tasks.gold.jsonl")

# --------------------------------------------------------------------------------------
# The one structured description of the tasks.
#   text     : list of paragraphs of the 目标任务 cell
#   lgroup   : leader-run key; consecutive tasks with the same key share one merged cell
#   leaders  : leader cell paragraphs as printed (padded names kept here; gold strips)
#   lead     : lead units as printed (joined with 、)
#   coop     : the 配合单位 cell as printed ("/" for none)
#   coop_first_only : the 配合单位 written in the first sub-row only, cells below left
#              empty and not merged (a drafting slip)
#   towns    : "/" | a string for a single row (with quota "/") |
#              list of (责任乡镇 cell, 分解任务量 cell) rows
#   deadline : 完成时限 as printed
# --------------------------------------------------------------------------------------
TOTAL_LABELS = ("全县", "合计")

PARTS = [
    ("一、稳增长扩投资（5项）", [
        dict(id="1", text=["全力扩大有效投资。实施省市县重点项目60个以上，其中新开工项目40个以上，固定资产投资增长8%左右。"],
             lgroup="A", leaders=["王　勇"], lead=["县发改局"],
             coop="县财政局、县自然资源局、县住建局、县统计局",
             towns=[("全县", "新开工项目40个"), ("县经济开发区", "14个"), ("东城街道", "4个"),
                    ("西城街道", "4个"), ("青石镇", "4个"), ("柳河镇", "3个"), ("龙泉镇", "3个"),
                    ("峪口镇", "3个"), ("石桥乡", "3个"), ("白沙乡", "2个")],
             deadline="12月底前"),
        dict(id="2", text=["积极争取上级资金支持。紧盯国家政策导向，谋划储备项目200个以上，争取中央预算内投资、超长期特别国债和地方政府专项债券资金10亿元以上。"],
             lgroup="A", leaders=["王　勇"], lead=["县发改局", "县财政局"],
             coop="各项目主管部门", towns="/", deadline="持续推进"),
        dict(id="3", text=["抓实招商引资。围绕新材料、农产品精深加工等主导产业开展精准招商，全年引进亿元以上项目15个，到位资金50亿元以上。"],
             lgroup="B", leaders=["陈志远", "王　勇"], lead=["县投资促进中心"],
             coop="县商务局、县工信局、县经济开发区管委会",
             towns=[("全县", "15个"), ("县经济开发区", "6个"), ("东城街道", "2个"), ("西城街道", "2个"),
                    ("青石镇、柳河镇", "各1个"), ("龙泉镇、峪口镇", "各1个"), ("石桥乡", "1个")],
             deadline="12月底前"),
        dict(id="4", text=["促进消费扩容提质。开展“峪河购物节”等促消费活动20场次以上，社会消费品零售总额增长6%。"],
             lgroup="C", leaders=["张建军"], lead=["县商务局"],
             coop="县财政局、县文化和旅游局、县市场监管局", towns="各乡镇（街道）", deadline="12月底前"),
        dict(id="5", text=["加强财源建设。一般公共预算收入增长5%，严控一般性支出，兜牢“三保”底线。"],
             lgroup="D", leaders=["王　勇"], lead=["县财政局"],
             coop="县税务局、县审计局", towns="/", deadline="12月底前"),
    ]),
    ("二、推动产业转型升级（5项）", [
        dict(id="6", text=["壮大工业经济。实施技改项目30个，新增规上工业企业12户，规上工业增加值增长8.5%。"],
             lgroup="E", leaders=["张建军"], lead=["县工信局"],
             coop="县发改局、县统计局、县税务局",
             towns=[("县经济开发区", "6户"), ("东城街道", "1户"), ("西城街道", "1户"), ("青石镇", "1户"),
                    ("柳河镇", "1户"), ("龙泉镇", "1户"), ("峪口镇", "1户")],
             deadline="12月底前"),
        dict(id="7", text=["推动县经济开发区提档升级。完成开发区扩区调位，新建标准化厂房10万平方米，园区营业收入突破120亿元。"],
             lgroup="F", leaders=["张建军", "马晓东"], lead=["县经济开发区管委会"],
             coop="县自然资源局、县发改局、县住建局", towns="/", deadline="11月底前"),
        dict(id="8", text=["加快数字经济发展。新建5G基站150个，推动5G网络向行政村延伸，新增上云企业50家。"],
             lgroup="G", leaders=["张建军"], lead=["县工信局"],
             coop="中国移动峪河分公司，中国联通峪河分公司、中国电信峪河分公司",
             towns=[("全县", "150个"), ("东城街道", "30个"), ("西城街道", "30个"), ("县经济开发区", "20个"),
                    ("青石镇", "15个"), ("柳河镇", "15个"), ("龙泉镇", "12个"), ("峪口镇", "12个"),
                    ("石桥乡、白沙乡", "各8个")],
             deadline="12月底前"),
        dict(id="9", text=["做强文化旅游产业。推进峪河古镇景区创建国家4A级旅游景区，全年接待游客增长10%以上。"],
             lgroup="H", leaders=["刘　洋"], lead=["县文化和旅游局"],
             coop="县发改局、县住建局、县交通运输局", towns="峪口镇", deadline="12月底前"),
        dict(id="10", text=["培育壮大经营主体。新增经营主体3000户以上，其中新增企业800户以上。"],
             lgroup="I", leaders=["张建军"], lead=["县市场监管局"],
             coop="县行政审批服务局、县税务局",
             towns=[("全县", "3000户"), ("东城街道", "650户"), ("西城街道", "650户"), ("县经济开发区", "300户"),
                    ("青石镇", "300户"), ("柳河镇", "300户"), ("龙泉镇", "250户"), ("峪口镇", "250户"),
                    ("石桥乡", "150户"), ("白沙乡", "150户")],
             deadline="12月底前"),
    ]),
    ("三、推进乡村全面振兴（7项）", [
        dict(id="11", text=["稳定粮食生产。粮食播种面积稳定在45万亩以上，总产量保持在18万吨以上。"],
             lgroup="J", leaders=["李娜"], lead=["县农业农村局"],
             coop="县自然资源局、县水利局、县统计局",
             towns=[("全县", "45万亩"), ("青石镇", "8万亩"), ("柳河镇", "8万亩"), ("龙泉镇", "7万亩"),
                    ("峪口镇", "7万亩"), ("石桥乡", "6万亩"), ("白沙乡", "6万亩"), ("东城街道、西城街道", "各1.5万亩")],
             deadline="12月底前"),
        dict(id="12", text=["新建高标准农田2万亩，同步推进高效节水灌溉。"],
             lgroup="J", leaders=["李娜"], lead=["县农业农村局", "县水利局"],
             coop="县财政局、县自然资源局",
             towns=[("全县", "20000亩"), ("青石镇", "4000亩"), ("柳河镇", "4000亩"), ("龙泉镇", "3500亩"),
                    ("峪口镇", "3500亩"), ("石桥乡", "2500亩"), ("白沙乡", "2500亩")],
             deadline="11月底前"),
        dict(id="13", text=["巩固拓展脱贫攻坚成果。健全防止返贫致贫监测帮扶机制，确保不发生规模性返贫致贫。"],
             lgroup="J", leaders=["李娜"], lead=["县农业农村局"],
             coop="县民政局、县人社局、县医保局、县教育局、县住建局", towns="各乡镇（街道）", deadline="持续推进"),
        dict(id="14", text=["推进农村人居环境整治提升。完成农村户厕改造3000户。",
                            "农村生活垃圾收运处置体系行政村覆盖率保持100%，创建美丽宜居村庄20个。"],
             lgroup="J", leaders=["李娜"], lead=["县农业农村局"],
             coop="县卫健局、县住建局、市生态环境局峪河分局",
             towns=[("全县", "3000户"), ("青石镇", "600户"), ("柳河镇", "600户"), ("龙泉镇", "550户"),
                    ("峪口镇", "550户"), ("石桥乡、白沙乡", "各200户"), ("东城街道", "150户"), ("西城街道", "150户")],
             deadline="10月底前"),
        dict(id="15", text=["保障农村供水安全。实施农村供水保障工程12处，农村自来水普及率达到93%。"],
             lgroup="J", leaders=["李娜"], lead=["县水利局"],
             coop="县财政局、县卫健局", towns="各乡镇（街道）", deadline="9月底前"),
        dict(id="16", text=["深入推进国土绿化。完成植树造林1.5万亩，森林覆盖率提高0.3个百分点。"],
             lgroup="J", leaders=["李娜"], lead=["县林业局"],
             coop="县自然资源局、县财政局",
             towns=[("全县", "15000亩"), ("县国有峪河林场", "3000亩"), ("青石镇", "2500亩"), ("柳河镇", "2000亩"),
                    ("龙泉镇", "2500亩"), ("峪口镇", "2000亩"), ("石桥乡", "1500亩"), ("白沙乡", "1500亩")],
             deadline="5月底前"),
        dict(id="17", text=["发展壮大村级集体经济。集体经济年收入10万元以上的村占比达到80%以上。"],
             lgroup="J", leaders=["李娜"], lead=["县农业农村局"],
             coop="县委组织部、县财政局", towns="各乡镇（街道）", deadline="12月底前"),
    ]),
    ("四、加强城乡建设和生态环境保护（6项）", [
        dict(id="18", text=["改造城镇老旧小区24个，同步实施供水、排水、燃气等管网改造。"],
             lgroup="K", leaders=["张建军"], lead=["县住建局"],
             coop="县财政局、县发改局、国网峪河县供电公司",
             towns=[("全县", "24个"), ("东城街道", "14个"), ("西城街道", "10个")],
             deadline="11月底前"),
        dict(id="19", text=["新改建农村公路80公里，实施危桥改造8座。"],
             lgroup="K", leaders=["张建军"], lead=["县交通运输局"],
             coop="县财政局、县自然资源局", coop_first_only=True,
             towns=[("全县", "80公里"), ("青石镇", "15公里"), ("柳河镇", "15公里"), ("龙泉镇", "12公里"),
                    ("峪口镇", "12公里"), ("石桥乡", "13公里"), ("白沙乡", "13公里")],
             deadline="12月底前"),
        dict(id="20", text=["提升城市精细化管理水平。开展市容环境、违法建设、占道经营等专项整治，城区生活垃圾无害化处理率保持100%。"],
             lgroup="K", leaders=["张建军"], lead=["县城市管理局"],
             coop="县公安局、县住建局、县市场监管局", towns="东城街道、西城街道", deadline="持续推进"),
        dict(id="21", text=["打好蓝天碧水净土保卫战。PM2.5平均浓度控制在市下达目标以内，地表水国控断面水质稳定达到Ⅲ类。"],
             lgroup="L", leaders=["周敏"], lead=["市生态环境局峪河分局"],
             coop="县发改局、县工信局、县住建局、县农业农村局、县水利局", towns="各乡镇（街道）", deadline="12月底前"),
        dict(id="22", text=["全面落实河湖长制。开展河湖“清四乱”专项行动，完成峪河干流生态修复治理5公里。"],
             lgroup="L", leaders=["周敏"], lead=["县水利局"],
             coop="县林业局、市生态环境局峪河分局", towns="青石镇、柳河镇、峪口镇", deadline="10月底前"),
        dict(id="23", text=["严格耕地保护。落实耕地保护党政同责，完成耕地占补平衡和进出平衡任务，坚决遏制耕地“非农化”。"],
             lgroup="L", leaders=["周敏"], lead=["县自然资源局"],
             coop="县农业农村局、县林业局", towns="各乡镇（街道）", deadline="持续推进"),
    ]),
    ("五、保障和改善民生（7项）", [
        dict(id="24", text=["稳定和扩大就业。城镇新增就业3200人，农村劳动力转移就业6万人次，城镇调查失业率控制在5.5%以内。"],
             lgroup="M", leaders=["刘　洋"], lead=["县人社局"],
             coop="县发改局、县教育局、县财政局",
             towns=[("东城街道", "900人"), ("西城街道", "900人"), ("县经济开发区", "500人"), ("青石镇", "200人"),
                    ("柳河镇", "200人"), ("龙泉镇", "150人"), ("峪口镇", "150人"), ("石桥乡", "100人"),
                    ("白沙乡", "100人"), ("合计", "3200人")],
             deadline="12月底前"),
        dict(id="25", text=["促进教育优质均衡发展。新建、改扩建中小学和幼儿园5所，新增学位2400个。"],
             lgroup="M", leaders=["刘　洋"], lead=["县教育局"],
             coop="县发改局、县财政局、县自然资源局、县住建局", towns="/", deadline="8月底前"),
        dict(id="26", text=["推进健康峪河建设。县人民医院新院区投入使用，乡镇卫生院标准化建设达标率100%。"],
             lgroup="M", leaders=["刘　洋"], lead=["县卫健局"],
             coop="县发改局、县财政局、县医保局", towns="/", deadline="12月底前"),
        dict(id="27", text=["完善养老服务体系。新建村级互助幸福院16个，为特殊困难老年人实施居家适老化改造200户。"],
             lgroup="M", leaders=["刘　洋"], lead=["县民政局"],
             coop="县财政局、县住建局",
             towns=[("全县", "互助幸福院16个"), ("青石镇", "3个"), ("柳河镇", "3个"), ("龙泉镇", "3个"),
                    ("峪口镇", "3个"), ("石桥乡、白沙乡", "各2个")],
             deadline="10月底前"),
        dict(id="28", text=["织密社会保障网。城乡居民基本养老保险参保率稳定在95%以上，基本医疗保险参保率稳定在96%以上。"],
             lgroup="M", leaders=["刘　洋"], lead=["县人社局", "县医保局"],
             coop="县税务局", towns="各乡镇（街道）", deadline="12月底前"),
        dict(id="29", text=["统筹发展和安全。深化安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故。"],
             lgroup="N", leaders=["王　勇"], lead=["县应急管理局"],
             coop="县安委会各成员单位", towns="各乡镇（街道）", deadline="持续推进"),
        dict(id="30", text=["维护社会和谐稳定。深化信访工作法治化，常态化开展扫黑除恶斗争，群众安全感满意度保持在98%以上。"],
             lgroup="O", leaders=["赵峰"], lead=["县公安局", "县信访局"],
             coop="县司法局、县人民法院、县人民检察院", towns="各乡镇（街道）", deadline="持续推进"),
    ]),
    ("六、加强政府自身建设（2项）", [
        dict(id="31", text=["建设法治政府。严格落实重大行政决策程序，县政府规范性文件备案审查率达到100%。"],
             lgroup="P", leaders=["王　勇"], lead=["县司法局"],
             coop="县政府各部门", towns="/", deadline="持续推进"),
        dict(id="32", text=["持续优化营商环境。深化“高效办成一件事”改革，企业开办时间压缩至1个工作日以内。"],
             lgroup="Q", leaders=["陈志远"], lead=["县行政审批服务局"],
             coop="县发改局、县市场监管局、县税务局", towns="/", deadline="6月底前"),
    ]),
]

# --------------------------------------------------------------------------------------
# gold
# --------------------------------------------------------------------------------------

def split_units(s):
    """Split a printed unit list on 、，； outside brackets; drop '/' and totals."""
    out, buf, depth = [], "", 0
    for ch in s:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if ch in "、，；" and depth == 0:
            out.append(buf)
            buf = ""
        else:
            buf += ch
    out.append(buf)
    return [u.strip() for u in out if u.strip() and u.strip() != "/" and u.strip() not in TOTAL_LABELS]


def gold_records():
    recs = []
    for _part, tasks in PARTS:
        for t in tasks:
            head = "".join(("".join(t["text"])).split())[:12]
            lead = list(t["lead"])
            coop = split_units(t["coop"])
            towns = []
            if isinstance(t["towns"], str):
                towns = split_units(t["towns"])
            else:
                for town, _q in t["towns"]:
                    towns += split_units(town)
            cooperating = coop + [u for u in towns if u not in coop]
            resp = lead + [u for u in cooperating if u not in lead]
            leaders = ["".join(x.split()).replace("\u3000", "") for x in t["leaders"]]
            recs.append({
                "id": t["id"], "marker": t["id"], "head": head,
                "responsible_units": resp, "lead_units": lead,
                "cooperating_units": cooperating, "leaders": leaders,
                "deadline": t["deadline"],
            })
    return recs

# --------------------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------------------
FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"


def set_run_font(run, name, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None, indent_chars=0,
         color=None, space_after=0, line=None, runs=None):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    if line:
        pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if indent_chars:
        pf.first_line_indent = Pt(size * indent_chars)
    if runs is None:
        runs = [(text, font, bold)]
    for txt, fnt, bld in runs:
        r = p.add_run(txt)
        set_run_font(r, fnt, size, bld, color)
    return p


def cell_write(cell, paragraphs, font=FS, size=11, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    """Write paragraphs into a (fresh) cell: first into the existing paragraph."""
    first = cell.paragraphs[0]
    for i, txt in enumerate(paragraphs):
        p = first if i == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(16)
        if txt:
            r = p.add_run(txt)
            set_run_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_cell_width(cell, cm):
    tcPr = cell._tc.get_or_add_tcPr()
    w = tcPr.find(qn("w:tcW"))
    if w is None:
        w = OxmlElement("w:tcW")
        tcPr.insert(0, w)
    w.set(qn("w:w"), str(int(cm * 567)))
    w.set(qn("w:type"), "dxa")


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trPr.append(h)
    cs = OxmlElement("w:cantSplit")
    trPr.append(cs)


def red_rule(doc):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "18")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "FF0000")
    bdr.append(b)
    pPr.append(bdr)
    p.paragraph_format.space_after = Pt(12)
    return p


def rule_para(doc, text, top=False, bottom=True, size=14):
    p = para(doc, text, size=size)
    p.paragraph_format.left_indent = Pt(size)
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side, on in (("top", top), ("bottom", bottom)):
        if on:
            b = OxmlElement("w:" + side)
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), "6")
            b.set(qn("w:space"), "1")
            b.set(qn("w:color"), "000000")
            bdr.append(b)
    pPr.append(bdr)
    return p


def add_page_number_footer(section):
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_run_font(r, "宋体", 14)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    rr = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    rr.append(t)
    fld.append(rr)
    p._p.append(fld)
    r2 = p.add_run(" —")
    set_run_font(r2, "宋体", 14)

# --------------------------------------------------------------------------------------
# the notice
# --------------------------------------------------------------------------------------

def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    add_page_number_footer(sec)

    # 版头
    para(doc, "", size=16)
    para(doc, "峪河县人民政府办公室文件", font=XBS, size=30, align=WD_ALIGN_PARAGRAPH.CENTER,
         color="FF0000")
    para(doc, "", size=16)
    para(doc, "峪政办发〔2025〕6号", size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    red_rule(doc)

    # 标题 (line break inside one paragraph)
    tp = para(doc, "峪河县人民政府办公室", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER)
    tp.runs[0].add_break(WD_BREAK.LINE)
    r = tp.add_run("关于印发2025年县政府重点工作目标任务分解方案的通知")
    set_run_font(r, XBS, 22)
    para(doc, "", size=16)

    para(doc, "各乡镇人民政府、街道办事处，县经济开发区管委会，县政府各部门、各直属机构：", size=16)
    para(doc, "《峪河县2025年县政府重点工作目标任务分解方案》已经县政府第48次常务会议研究同意，现印发给你们，请结合实际认真抓好贯彻落实。", size=16, indent_chars=2)
    para(doc, size=16, indent_chars=2, runs=[
        ("一、压紧压实责任。", HT, False),
        ("责任县领导对分管领域的目标任务负总责，定期听取汇报、协调解决重大问题。“牵头单位”为第一责任单位，负责制定推进方案、统筹调度和情况汇总；牵头单位有两个的，排在第一位的为主牵头单位。“配合单位”和“责任乡镇（街道）”按照职责分工和分解任务量抓好落实，主动与牵头单位对接。", FS, False)])
    para(doc, size=16, indent_chars=2, runs=[
        ("二、细化分解落实。", HT, False),
        ("可量化的目标任务已分解到相关乡镇（街道）和单位，“分解任务量”栏所列为各乡镇（街道）和单位2025年必须完成的任务量，标注“全县”或“合计”的一行为全县任务总量。未分解任务量的，“责任乡镇（街道）”栏标注“各乡镇（街道）”的，由各乡镇（街道）按属地职责抓好落实；标注“/”的，不涉及乡镇（街道）。各乡镇（街道）要将分解任务量逐项落实到村（社区）和具体责任人。", FS, False)])
    para(doc, size=16, indent_chars=2, runs=[
        ("三、强化督查问效。", HT, False),
        ("各牵头单位于每季度末月25日前将目标任务推进情况报县政府督查室，12月10日前报送全年完成情况。县政府督查室要加强跟踪督办，推进情况纳入年度目标责任考核。联系人：孙　丽，电话：0917-6212345。", FS, False)])
    para(doc, "", size=16)
    para(doc, "附件：峪河县2025年县政府重点工作目标任务分解方案", size=16, indent_chars=2)
    para(doc, "", size=16)
    para(doc, "", size=16)
    p = para(doc, "峪河县人民政府办公室", size=16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2025年3月14日", size=16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "", size=16)
    para(doc, "（此件公开发布）", size=16, indent_chars=2)

    # 附件 in a landscape section
    sec2 = doc.add_section()
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    sec2.top_margin, sec2.bottom_margin = Cm(2.6), Cm(2.4)
    sec2.left_margin, sec2.right_margin = Cm(2.5), Cm(2.5)

    para(doc, "附件", font=HT, size=16)
    para(doc, "", size=12)
    para(doc, "峪河县2025年县政府重点工作目标任务分解方案", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_after=10)

    widths = [1.1, 7.2, 1.9, 3.0, 4.2, 2.9, 2.3, 1.9]
    header = ["序号", "目标任务", "责任县领导", "牵头单位", "配合单位", "责任乡镇（街道）", "分解任务量", "完成时限"]

    # plan the rows: ("part", title) | ("task", task, k) for the k-th sub-row
    plan = []
    for ptitle, tasks in PARTS:
        plan.append(("part", ptitle))
        for t in tasks:
            n = 1 if isinstance(t["towns"], str) else len(t["towns"])
            for k in range(n):
                plan.append(("task", t, k))

    table = doc.add_table(rows=1 + len(plan), cols=8)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for i, col in enumerate(table.columns):
        col.width = Cm(widths[i])
    for row in table.rows:
        for i, c in enumerate(row.cells):
            set_cell_width(c, widths[i])
    hdr = table.rows[0]
    mark_header_row(hdr)
    for i, h in enumerate(header):
        cell_write(hdr.cells[i], [h], font=HT, size=12)

    # merges first (cells are still empty), then text into the top cells
    def rng(r0, r1, c0, c1):
        a = table.cell(r0, c0)
        b = table.cell(r1, c1)
        return a.merge(b) if (r0, c0) != (r1, c1) else a

    # part rows across
    for ri, item in enumerate(plan, start=1):
        if item[0] == "part":
            c = rng(ri, ri, 0, 7)
            cell_write(c, [item[1]], font=HT, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)

    # per-task row spans
    spans = {}
    for ri, item in enumerate(plan, start=1):
        if item[0] == "task":
            t = item[1]
            spans.setdefault(t["id"], [ri, ri])[1] = ri
    # leader runs: consecutive tasks sharing lgroup within a part
    lruns = []
    for ptitle, tasks in PARTS:
        cur = None
        for t in tasks:
            r0, r1 = spans[t["id"]]
            if cur and cur["g"] == t["lgroup"]:
                cur["r1"] = r1
            else:
                cur = {"g": t["lgroup"], "r0": r0, "r1": r1, "leaders": t["leaders"]}
                lruns.append(cur)

    tasks_by_id = {t["id"]: t for _p, ts in PARTS for t in ts}
    for tid, (r0, r1) in spans.items():
        t = tasks_by_id[tid]
        c = rng(r0, r1, 0, 0)
        cell_write(c, [t["id"]])
        c = rng(r0, r1, 1, 1)
        cell_write(c, t["text"], align=WD_ALIGN_PARAGRAPH.LEFT)
        c = rng(r0, r1, 3, 3)
        cell_write(c, ["、".join(t["lead"])])
        if t.get("coop_first_only"):
            cell_write(table.cell(r0, 4), [t["coop"]])
        else:
            c = rng(r0, r1, 4, 4)
            cell_write(c, [t["coop"]])
        c = rng(r0, r1, 7, 7)
        cell_write(c, [t["deadline"]])
        if isinstance(t["towns"], str):
            cell_write(table.cell(r0, 5), [t["towns"]])
            cell_write(table.cell(r0, 6), ["/"])
        else:
            for k, (town, q) in enumerate(t["towns"]):
                cell_write(table.cell(r0 + k, 5), [town])
                cell_write(table.cell(r0 + k, 6), [q])
    for run in lruns:
        c = rng(run["r0"], run["r1"], 2, 2)
        cell_write(c, run["leaders"])

    # 版记 on a portrait last page
    sec3 = doc.add_section()
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        para(doc, "", size=16)
    rule_para(doc, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县人民法院，县人民检察院。", top=True, bottom=True)
    rule_para(doc, "峪河县人民政府办公室　　　　　　　　　　2025年3月14日印发", top=False, bottom=True)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 3, 14, 9, 30, 0)
    cp.author = "县政府办公室"
    cp.last_modified_by = "县政府办公室"
    cp.title = "峪河县人民政府办公室关于印发2025年县政府重点工作目标任务分解方案的通知"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    return doc


def deterministic_save(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def main():
    doc = build_docx()
    deterministic_save(doc, NOTICE)
    recs = gold_records()
    with open(GOLD, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {os.path.basename(NOTICE)} and {os.path.basename(GOLD)} ({len(recs)} tasks)")


if __name__ == "__main__":
    main()
