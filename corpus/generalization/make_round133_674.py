#!/usr/bin/python3
"""Generate 674: a county government office's red-header notice
关于印发《2025年县政府重点工作目标任务分解方案》的通知 with its 附件 table
序号 / 工作目标任务 / 责任县领导 / 牵头单位 / 责任单位 / 完成时限,
and the gold file.  Deterministic output (fixed core properties, fixed zip
timestamps)."""
import datetime
import io
import json
import os
import re
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "674_huaiyu_xian_zhongdian_gongzuo_mubiao_fenjie"
DOCX = os.path.join(HERE, BASE + ".docx")
GOLD = os.path.join(HERE, BASE + ".tasks.gold.jsonl")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

# ---------------------------------------------------------------------------
# The attachment's content.  Each part: (part row text, [tasks]).
# Task: (text, leader cell or None when merged from the row above,
#        lead cell, responsible (cooperating) cell, deadline)
# A leader cell is a list of paragraphs; "^" means "merged from above".
# ---------------------------------------------------------------------------
WY = "王　勇"  # padded two-character name as set in the leader column
PARTS = [
    ("一、主要预期目标（5项）", [
        ("地区生产总值增长6%左右。", ["林国栋、陈建华"], "县发改局",
         "县统计局、县直有关单位、各乡镇人民政府", "2025年12月底"),
        ("一般公共预算收入增长5%，税收收入占比稳定在70%以上。", ["陈建华"], "县财政局",
         "县税务局、县自然资源局、县市场监管局", "2025年12月底"),
        ("规模以上工业增加值增长8%。", [WY], "县工信局",
         "县统计局、槐峪经济开发区管委会", "2025年12月底"),
        ("固定资产投资增长7%，其中工业投资增长10%。", ["陈建华"], "县发改局",
         "县住建局、县自然资源局、县统计局", "2025年12月底"),
        ("城乡居民人均可支配收入分别增长5.5%和7%。", ["刘晓燕、赵立新"], "县人社局、县农业农村局",
         "县统计局、各乡镇人民政府", "2025年12月底"),
    ]),
    ("二、扩大有效投资（5项）", [
        ("全年谋划储备重大项目150个以上，争取中央预算内投资和超长期特别国债资金3亿元以上。",
         ["陈建华"], "县发改局", "县财政局、县直有关单位", "2025年12月底"),
        ("实施县级重点项目80个，完成年度投资65亿元，新开工项目40个以上，竣工投产项目30个以上。",
         "^", "县发改局", "县自然资源局、县住建局、县行政审批局、各乡镇人民政府", "2025年12月底"),
        ("用好地方政府专项债券，全年争取专项债券资金8亿元以上，确保债券资金及时形成实物工作量。",
         "^", "县财政局", "县发改局、县城投公司", "2025年12月底"),
        ("深化“双招双引”，全年引进亿元以上项目25个，实际到位县外资金50亿元以上。",
         [WY], "县投资促进中心", "县商务局、槐峪经济开发区管委会、各乡镇人民政府", "2025年12月底"),
        ("强化要素保障，全年争取新增建设用地指标800亩以上，盘活批而未供和闲置土地1200亩。",
         "^", "县自然资源局", "县发改局，县住建局、槐峪经济开发区管委会", "2025年11月底前"),
    ]),
    ("三、推动产业转型升级（6项）", [
        ("实施工业技改项目30个，新增规模以上工业企业15家。",
         [WY], "县工信局", "县统计局、县税务局、槐峪经济开发区管委会", "2025年12月底"),
        ("加快槐峪经济开发区扩区调位，完成园区污水处理厂提标改造，新建标准化厂房10万平方米。",
         "^", "槐峪经济开发区管委会", "县发改局、县自然资源局、市生态环境局槐峪分局、县住建局", "2025年10月底前"),
        ("新培育省级专精特新中小企业5家、高新技术企业8家。",
         "^", "县科技局、县工信局", "县市场监管局", "2025年12月底"),
        ("培育壮大县域商贸消费，社会消费品零售总额增长6%，新增限额以上商贸企业20家。",
         ["陈建华"], "县商务局", "县统计局、县市场监管局、县文旅局", "2025年12月底"),
        ("推进文旅融合发展，创建国家3A级以上旅游景区1家，全年接待游客400万人次。",
         ["黄志刚"], "县文旅局", "县发改局、县交通运输局、各乡镇人民政府", "2025年12月底"),
        ("加快发展数字经济，新建5G基站120个，实现“电商进村”行政村全覆盖。",
         "^", "县工信局", "县商务局、各乡镇人民政府", "2025年11月底前"),
    ]),
    ("四、全面推进乡村振兴（6项）", [
        ("稳定粮食播种面积56万亩以上，粮食总产量稳定在22万吨以上。",
         ["赵立新"], "县农业农村局", "县自然资源局、县水利局、县统计局、各乡镇人民政府", "2025年10月底前"),
        ("新建高标准农田3.5万亩。",
         "^", "县农业农村局", "县财政局、县水利局、县自然资源局", "2025年12月底前"),
        ("巩固拓展脱贫攻坚成果，健全防止返贫致贫监测帮扶机制，守牢不发生规模性返贫致贫底线。",
         "^", "县农业农村局", "县民政局、县医保局、县教育体育局、县住建局、县人社局、各乡镇人民政府", "持续推进"),
        ("做强茶叶、中药材等特色产业，新增市级以上农业产业化龙头企业3家。",
         "^", "县农业农村局", "县林业局、县市场监管局", "2025年12月底"),
        ("实施农村人居环境整治提升行动，农村卫生厕所普及率达到85%，生活垃圾收运处置体系行政村全覆盖。",
         ["赵立新", WY], "县农业农村局",
         "县住建局、县城管局、县卫健局、市生态环境局槐峪分局、各乡镇人民政府", "2025年11月底前"),
        ("完成病险水库除险加固4座，新增和改善农村供水保障人口1.2万人。",
         ["赵立新"], "县水利局", "/", "2025年12月底"),
    ]),
    ("五、推进城乡建设和生态环境保护（5项）", [
        ("推进城市更新，改造老旧小区12个、城中村1个，新建改造城市道路8公里。",
         [WY], "县住建局", "县城管局、县自然资源局、县城投公司、槐城镇人民政府", "2025年12月底"),
        ("开展城市精细化管理，新增公共停车泊位800个，巩固省级卫生县城创建成果。",
         "^", "县城管局", "县住建局、县公安局、县市场监管局", "持续推进"),
        ("深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在32微克/立方米以内，国省控断面水质达标率100%。",
         ["赵立新"], "市生态环境局槐峪分局",
         "县住建局、县交通运输局、县农业农村局、县水利局、各乡镇人民政府", "2025年12月底"),
        ("全面落实林长制，完成人工造林1.5万亩、森林抚育3万亩。",
         "^", "县林业局", "各乡镇人民政府", "2025年11月底前"),
        ("加快交通基础设施建设，建成槐峪至澄岚一级公路，完成农村公路提质改造60公里。",
         [WY], "县交通运输局", "县发改局、县自然资源局、县财政局、沿线乡镇人民政府", "2025年12月底"),
    ]),
    ("六、持续增进民生福祉（6项）", [
        ("全年城镇新增就业3200人，城镇调查失业率控制在5.5%以内。",
         ["刘晓燕"], "县人社局", "县财政局、县统计局、各乡镇人民政府", "2025年12月底"),
        ("新建、改扩建中小学和幼儿园5所，新增学位2400个，推进义务教育优质均衡发展。",
         "^", "县教育体育局", "县发改局、县财政局、县住建局、县自然资源局", "2025年8月底前"),
        ("深化紧密型县域医共体建设，建成县人民医院急诊急救中心，40%以上乡镇卫生院达到“优质服务基层行”推荐标准。",
         "^", "县卫健局", "县医保局、县发改局", "2025年12月底"),
        ("加强养老服务体系建设，新建社区（村）养老服务站10个，适当提高城乡低保标准。",
         "^", "县民政局", "县财政局、各乡镇人民政府", "2025年12月底"),
        ("深化平安槐峪建设，常态化开展扫黑除恶斗争，刑事案件发案率下降5%。",
         ["孙海波"], "县公安局", "县司法局、县信访局、各乡镇人民政府", "持续推进"),
        ("扎实抓好安全生产和防灾减灾，坚决遏制较大以上生产安全事故发生。",
         "^", "县应急局", "县直有关单位、各乡镇人民政府", "全年"),
    ]),
    ("七、加强政府自身建设", [
        ("深化“放管服”改革，政务服务事项“一网通办”率达到95%以上，营商环境评价位次进入全市前3名。",
         ["陈建华"], "县行政审批局（县政务服务中心）", "县发改局、县司法局、县市场监管局", "2025年12月底"),
        ("严格落实政府过紧日子要求，一般性支出压减5%以上，“三公”经费只减不增。",
         "^", "县财政局", "县直各部门", "全年"),
        ("自觉接受县人大及其常委会的法律监督和工作监督、县政协的民主监督，人大代表建议和政协提案按时办结率100%。",
         ["林国栋"], "县政府办", "县直有关单位", "2025年10月底前"),
    ]),
]

FIXED = datetime.datetime(2025, 2, 18, 9, 0, 0)


# ---------------------------------------------------------------------------
def set_run_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)


def para(container, text="", font=FS, size=16, align=None, indent=False,
         bold=None, color=None, space_before=0, space_after=0, line=28):
    p = container.add_paragraph()
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


def add_run(p, text, font=FS, size=16, bold=None):
    r = p.add_run(text)
    set_run_font(r, font, size, bold)
    return r


def border(p, side, sz, color):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    bdr.append(e)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, lines, font=FS, size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER, bold=None):
    """Fill a cell with one paragraph per item of lines."""
    if isinstance(lines, str):
        lines = [lines]
    first = True
    for t in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(16)
        if t:
            r = p.add_run(t)
            set_run_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def footer_page_number(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(p, "— ", font="宋体", size=14)
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        elif txt == " PAGE ":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = txt
            r._element.append(t)
    add_run(p, " —", font="宋体", size=14)


# ---------------------------------------------------------------------------
def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    footer_page_number(sec)

    # --- 版头 ---
    para(doc, "", line=None, space_before=30)
    para(doc, "槐峪县人民政府办公室文件", font=XBS, size=36, align=WD_ALIGN_PARAGRAPH.CENTER,
         color="FF0000", line=None, space_after=18)
    para(doc, "", line=None)
    p = para(doc, "槐政办发〔2025〕4号", align=WD_ALIGN_PARAGRAPH.CENTER, line=None, space_after=6)
    border(p, "bottom", 18, "FF0000")
    para(doc, "", line=None)

    # --- 标题 / 主送 / 正文 ---
    para(doc, "槐峪县人民政府办公室关于印发《2025年县政府重点工作目标任务分解方案》的通知",
         font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "")
    para(doc, "各乡镇人民政府，县政府各部门，县直各单位：")
    para(doc, "《2025年县政府重点工作目标任务分解方案》已经县政府第48次常务会议研究同意，现印发给你们，"
              "并就有关事项通知如下，请认真抓好贯彻落实。", indent=True)

    p = para(doc, "", indent=True)
    add_run(p, "一、提高思想认识。", font=HT)
    add_run(p, "今年是“十四五”规划收官之年，也是谋划“十五五”发展的关键之年。县十八届人大五次会议审议通过的"
               "《政府工作报告》，明确了全年经济社会发展的主要目标和重点任务。各乡镇、各部门要进一步统一思想，"
               "把完成全年目标任务作为检验工作成效的重要标准，以钉钉子精神抓好落实，确保各项任务落地见效。")
    p = para(doc, "", indent=True)
    add_run(p, "二、压实工作责任。", font=HT)
    add_run(p, "分解方案对每项目标任务均明确了责任县领导、牵头单位和责任单位。责任县领导要加强统筹调度，"
               "及时协调解决推进中的困难和问题；牵头单位是任务落实的第一责任主体，要细化工作措施，明确时间节点，"
               "主动牵头抓总；责任单位要按照职责分工，积极配合牵头单位做好相关工作，形成工作合力。"
               "涉及多个牵头单位的，由排在前面的单位负责综合协调。")
    p = para(doc, "", indent=True)
    add_run(p, "三、强化督查考核。", font=HT)
    add_run(p, "县政府督查室要将分解方案确定的目标任务纳入年度督查重点，实行清单化管理、台账式推进。"
               "各牵头单位要于每季度最后一个月的25日前，将任务推进情况书面报送县政府督查室"
               "（联系人：何　静，电话：5213467，邮箱：hyxdcs@163.com）。"
               "督查结果纳入全县年度综合考核，对工作推进不力、未按时限完成任务的，予以通报。")
    para(doc, "")
    p = para(doc, "", indent=True)
    add_run(p, "附件：2025年县政府重点工作目标任务分解方案")
    para(doc, "")
    para(doc, "")
    p = para(doc, "槐峪县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(32)
    p = para(doc, "2025年2月18日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    para(doc, "（此件公开发布）", indent=True)

    # --- 附件 ---
    page_break(doc)
    para(doc, "附件", font=HT, size=16)
    para(doc, "")
    para(doc, "2025年县政府重点工作目标任务分解方案", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=35, space_after=12)

    widths = [Cm(1.0), Cm(5.5), Cm(1.7), Cm(2.4), Cm(3.2), Cm(1.8)]
    nrows = 1 + sum(1 + len(ts) for _, ts in PARTS)
    table = doc.add_table(rows=nrows, cols=6)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    # fixed layout
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for i, w in enumerate(widths):
        table.columns[i].width = w
        for c in table.columns[i].cells:
            c.width = w

    hdr = ["序号", "工作目标任务", "责任县领导", "牵头单位", "责任单位", "完成时限"]
    row0 = table.rows[0]
    trPr = row0._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trPr.append(th)
    for i, h in enumerate(hdr):
        cell_text(row0.cells[i], h, font=HT, size=11)

    gold = []
    r = 1
    n = 0
    for part, tasks in PARTS:
        row = table.rows[r]
        c = row.cells[0].merge(row.cells[5])
        cell_text(c, part, font=HT, size=11, align=WD_ALIGN_PARAGRAPH.LEFT)
        r += 1
        leader_top = None
        cur_leaders = None
        for text, leaders, lead, coop, deadline in tasks:
            n += 1
            row = table.rows[r]
            cells = row.cells
            cell_text(cells[0], str(n))
            cell_text(cells[1], text, align=WD_ALIGN_PARAGRAPH.LEFT)
            if leaders == "^":
                leader_top = leader_top.merge(cells[2])
            else:
                cell_text(cells[2], leaders)
                leader_top = cells[2]
                cur_leaders = leaders
            cell_text(cells[3], lead)
            cell_text(cells[4], coop, align=WD_ALIGN_PARAGRAPH.LEFT if len(coop) > 8 else WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(cells[5], deadline)
            r += 1

            def split(s):
                if s.strip() in ("/", "无", "—", ""):
                    return []
                return [u.strip() for u in re.split("[、，；]", s) if u.strip()]
            leads = split(lead)
            coops = split(coop)
            names = []
            for ln in cur_leaders:
                for nm in ln.split("、"):
                    names.append(nm.replace("\u3000", "").strip())
            gold.append({
                "id": str(n),
                "marker": str(n),
                "head": text[:12],
                "responsible_units": leads + coops,
                "lead_units": leads,
                "cooperating_units": coops,
                "leaders": names,
                "deadline": deadline,
            })
    assert r == nrows

    # --- 版记 on its own page ---
    page_break(doc)
    for _ in range(14):
        para(doc, "")
    p = para(doc, "", size=14)
    border(p, "top", 8, "000000")
    border(p, "bottom", 4, "000000")
    p.paragraph_format.left_indent = Pt(14)
    add_run(p, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。", size=14)
    p = para(doc, "", size=14)
    border(p, "bottom", 8, "000000")
    p.paragraph_format.left_indent = Pt(14)
    add_run(p, "槐峪县人民政府办公室　　　　　　　　　　2025年2月18日印发", size=14)

    # --- core properties ---
    cp = doc.core_properties
    cp.author = "县政府办"
    cp.last_modified_by = "县政府办"
    cp.title = "槐峪县人民政府办公室关于印发《2025年县政府重点工作目标任务分解方案》的通知"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 3
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    return doc, gold


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 18, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def main():
    doc, gold = build()
    save_deterministic(doc, DOCX)
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(DOCX, len(gold), "tasks")


if __name__ == "__main__":
    main()
