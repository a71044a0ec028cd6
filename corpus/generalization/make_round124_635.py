#!/usr/bin/python3
"""Round 124, case 635 (control): a 区人民政府办公室 task-division notice as an AI
pipeline's DOCX->Markdown step gives it.

MarkItDown (PyPI) cannot be installed here (PyPI unreachable, no Debian
package), so, as the brief allows, the Word file is converted with the npm
package `mammoth` 1.13.0 (the library MarkItDown uses for DOCX) and its own
Markdown writer:

    node 635_node/node_modules/mammoth/bin/mammoth 635_X.docx 635_X.md --output-format=markdown

Run:  /usr/bin/python3 make_635.py
Writes (deterministically):
    635_rongtang_qu_gzbg_renwu_fengong_mammoth_md.docx   (the Word notice, fixed zip dates)
    635_rongtang_qu_gzbg_renwu_fengong_mammoth_md.md     (the notice under test)
    635_rongtang_qu_gzbg_renwu_fengong_mammoth_md.tasks.gold.jsonl
"""
import datetime
import json
import os
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "635_rongtang_qu_gzbg_renwu_fengong_mammoth_md"
DOCX = os.path.join(HERE, NAME + ".docx")
MD = os.path.join(HERE, NAME + ".md")
GOLD = os.path.join(HERE, NAME + ".tasks.gold.jsonl")
MAMMOTH = os.path.join(HERE, "635_node", "node_modules", "mammoth", "bin", "mammoth")

FS = "\u3000"  # full-width space used to pad two-character names

# ---------------------------------------------------------------- the tasks
# Each part: (part row text, [tasks]); each task:
#   (text, leader cell paragraphs or None = merged with the cell above,
#    lead cell text, cooperating cell text, deadline cell text)
PARTS = [
    ("一、聚力产业转型升级，夯实高质量发展根基（共7项）", [
        ("全力稳住经济增长基本盘。全区地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长8%，固定资产投资增长7%。",
         ["郑明远", "陈立新"], "区发改局", "区统计局、区财政局、区工信局、各镇（街道）", "2025年12月底"),
        ("加快推进新型工业化。围绕电子信息、新材料、装备制造三大主导产业，全面落实产业链“链长制”，新增规模以上工业企业15家以上。",
         ["王" + FS + "勇"], "区工信局", "区发改局、区商务局、榕塘经济开发区管委会", "2025年12月底"),
        ("实施企业技术改造提升行动，推动30家以上规上工业企业开展智能化改造和数字化转型，新增省级专精特新中小企业8家。",
         None, "区工信局", "区科技局、区财政局", "2025年12月底"),
        ("强化科技创新引领。全社会研发经费投入强度达到2.6%，新增高新技术企业20家，建成区级以上科技创新平台3个。",
         None, "区科技局", "区财政局、区统计局、区工信局", "2025年12月底"),
        ("大力发展现代服务业。推动现代物流、电子商务、文化旅游等服务业提质扩容，服务业增加值增长7%。",
         ["陈立新"], "区发改局", "区商务局、区文化和旅游局、区交通运输局", "2025年12月底"),
        ("推进金融服务实体经济。全年新增各项贷款40亿元以上，支持1家以上企业在区域性股权市场挂牌。",
         None, "区金融服务中心", "区财政局、区工信局", "2025年12月底"),
        ("加快数字经济发展。新建5G基站300个，培育数字经济核心产业企业10家，推进“城市大脑”二期项目建设。",
         ["王勇"], "区数据局、区工信局", "区发改局、区财政局", "2025年11月底"),
    ]),
    ("二、扩大有效投资和消费，增强经济发展动能（共6项）", [
        ("坚持项目为王。全年实施重点项目120个、年度计划投资150亿元，其中新开工项目45个，竣工项目30个。",
         ["陈立新"], "区发改局", "区财政局、区自然资源分局、区住建局、各镇（街道）", "2025年12月底"),
        ("积极争取上级资金支持，全年争取中央预算内投资、超长期特别国债和地方政府专项债券资金20亿元以上。",
         None, "区发改局、区财政局", "区直有关单位", "2025年12月底"),
        ("强化项目要素保障，完成土地征收3000亩、供地2500亩，盘活批而未供和闲置土地800亩。",
         None, "区自然资源分局", "各镇（街道）、区财政局", "2025年10月底前"),
        ("精准开展招商引资。全年引进亿元以上项目25个，实际利用外资2000万美元，招商引资到位资金90亿元。",
         ["王" + FS + "勇"], "区投资促进中心", "区商务局、区工信局、榕塘经济开发区管委会、各镇（街道）", "2025年12月底"),
        ("促进消费扩容提质，落实好消费品以旧换新政策，举办“榕塘购物节”等促消费活动20场以上，社会消费品零售总额增长6.5%。",
         None, "区商务局", "区财政局、区市场监管局、区文化和旅游局", "2025年12月底"),
        ("推动外贸稳规模优结构，新培育有进出口实绩的外贸主体15家，进出口总额增长5%以上。",
         None, "区商务局", "/", "2025年12月底"),
    ]),
    ("三、深化改革开放，持续优化营商环境（共5项）", [
        ("深化“高效办成一件事”改革，新增“一件事”集成服务事项10个以上，政务服务事项网上可办率保持在98%以上。",
         ["陈立新"], "区行政审批局", "区数据局、区直有关单位", "2025年12月底"),
        ("持续优化营商环境，开展营商环境“体检”行动，全面落实惠企政策“免申即享”，常态化开展政企恳谈会。",
         None, "区发改局", "区行政审批局、区市场监管局、区司法局", "长期坚持"),
        ("深化国资国企改革，推动区属国有企业整合重组，完成区城投集团市场化转型。",
         None, "区财政局（区国资办）", "区城投集团", "2025年12月底"),
        ("深入推进财政预算管理一体化改革，严格落实过紧日子要求，“三公”经费只减不增",
         None, "区财政局", "区直各单位", "持续推进"),
        ("推进开发区体制机制改革，实施“管委会+公司”运营模式，开发区亩均税收提高10%。",
         ["王" + FS + "勇"], "榕塘经济开发区管委会", "区委编办、区人社局、区财政局", "2025年9月底"),
    ]),
    ("四、推进城乡融合发展，建设宜居宜业美丽榕塘（共7项）", [
        ("加快推进城市更新，改造老旧小区32个、城中村2个，新增城市公共停车泊位1500个。",
         ["刘志刚"], "区住建局", "区城管局、区财政局、各街道", "2025年12月底"),
        ("完善城市路网体系，建成滨江大道二期、学府路等道路6条，打通断头路4条。",
         None, "区交通运输局、区住建局", "区自然资源分局、区城投集团", "2025年12月底"),
        ("深化城市精细化管理，开展市容环境综合整治，城区生活垃圾分类覆盖率达到90%以上。",
         None, "区城管局", "各镇（街道），区住建局", "长期坚持"),
        ("全面推进乡村振兴。粮食播种面积稳定在12.5万亩以上，新建高标准农田1.2万亩。",
         ["苏" + FS + "婷"], "区农业农村局", "区自然资源分局、区财政局、区水利局、各镇人民政府", "2025年10月底"),
        ("做强特色农业产业，发展茶叶、水果、花卉等特色产业，新增市级以上农业产业化龙头企业3家。",
         None, "区农业农村局", "区商务局", "2025年12月底"),
        ("实施和美乡村建设行动，打造省级乡村振兴示范村5个，农村生活污水治理率达到70%。",
         None, "区农业农村局", "市生态环境局榕塘分局、区住建局、各镇（街道）", "2025年12月底"),
        ("加强水利基础设施建设，完成中小河流治理12公里，实施农村供水保障工程8处。",
         None, "区水利局", "/", "2025年11月底"),
    ]),
    ("五、坚持绿色低碳发展，筑牢生态安全屏障（共4项）", [
        ("持续打好蓝天保卫战，PM2.5平均浓度控制在26微克/立方米以内，空气质量优良天数比例达到96%。",
         ["苏" + FS + "婷"], "市生态环境局榕塘分局", "区工信局、区住建局、区交通运输局、区城管局", "2025年12月底"),
        ("深入推进碧水保卫战，全面落实河湖长制，国控、省控断面水质达标率保持100%。",
         None, "区水利局、市生态环境局榕塘分局", "各镇（街道）", "长期坚持"),
        ("稳妥推进碳达峰碳中和，实施节能降碳改造项目10个，单位地区生产总值能耗下降完成市下达目标。",
         None, "区发改局", "区工信局、区统计局", "2025年12月底"),
        ("抓好中央和省生态环境保护督察反馈问题整改，按期完成整改销号任务。",
         ["苏" + FS + "婷", "刘志刚"], "市生态环境局榕塘分局", "区直有关单位、各镇（街道）", "按督察要求时限完成"),
    ]),
    ("六、持续增进民生福祉，提升群众获得感幸福感（共6项）", [
        ("办好人民满意的教育，新建、改扩建中小学和幼儿园5所，新增公办学位3600个。",
         ["黄晓梅"], "区教育局", "区发展改革局、区财政局、区住建局、区自然资源分局", "2025年9月底"),
        ("推进健康榕塘建设，加快区人民医院新院区建设，完成15家村卫生室标准化提升。",
         None, "区卫健局", "区发改局、区财政局、区医保局", "2025年12月底"),
        ("稳定和扩大就业，城镇新增就业5500人，城镇调查失业率控制在5.5%以内。",
         None, "区人社局", "区教育局、区财政局、区农业农村局", "2025年12月底"),
        ("健全社会保障体系，提高城乡居民基础养老金标准，新建社区嵌入式养老服务设施6个。",
         None, "区民政局、区人社局", "区财政局、区医保局", "2025年底前"),
        ("统筹发展和安全，深入开展安全生产治本攻坚三年行动，坚决遏制较大以上生产安全事故发生。",
         ["周振华"], "区应急局", "区安委会各成员单位", "长期坚持"),
        ("推进平安榕塘建设，深化信访工作法治化，常态化开展扫黑除恶斗争，群众安全感保持在98%以上。",
         None, "市公安局榕塘分局、区信访局", "区司法局、各镇（街道）", "持续推进"),
    ]),
]


# ---------------------------------------------------------------- helpers
def set_run_font(run, east="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if bold:
        run.bold = True
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", east="仿宋_GB2312", size=16, bold=False, align=None,
         indent=True, color=None, space=None):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(28) if space is None else space
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if align is not None:
        p.alignment = align
    if indent and align is None:
        pf.first_line_indent = Pt(size * 2)
    if text:
        set_run_font(p.add_run(text), east, size, bold, color)
    return p


def runs(p, pieces, size=16):
    """pieces: list of (text, eastAsia font, bold)."""
    for text, east, bold in pieces:
        set_run_font(p.add_run(text), east, size, bold)


def bottom_border(p, color="FF0000", sz="12"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def cell_text(cell, texts, east="仿宋_GB2312", size=12, bold=False, center=True):
    """Write one paragraph per string into an (empty) cell."""
    first = True
    for t in texts:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.paragraph_format.line_spacing = Pt(18)
        p.paragraph_format.space_after = Pt(0)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if t:
            set_run_font(p.add_run(t), east, size, bold)


def mark_header_row(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def table_borders(table):
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblpr.append(borders)


# ---------------------------------------------------------------- document
def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    # drop the default empty first paragraph python-docx documents have none; ok

    # 版头
    para(doc, "榕塘区人民政府办公室文件", east="方正小标宋简体", size=40,
         align=WD_ALIGN_PARAGRAPH.CENTER, color="FF0000", space=Pt(60))
    para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER)
    p = para(doc, "榕政办发〔2025〕4号", align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p)
    para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER)

    # 标题 (two lines, a soft line break between them)
    p = para(doc, "", east="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER, space=Pt(36))
    r = p.add_run("榕塘区人民政府办公室")
    set_run_font(r, "方正小标宋简体", 22, bold=True)
    r.add_break()
    r2 = p.add_run("关于印发2025年区政府工作报告重点工作任务分工方案的通知")
    set_run_font(r2, "方正小标宋简体", 22, bold=True)
    para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER)

    # 主送
    para(doc, "各镇人民政府，各街道办事处，区政府各部门，区直各单位：", indent=False)

    para(doc, "《2025年榕塘区人民政府工作报告》已经区十八届人大五次会议审议通过。为确保报告确定的"
              "各项目标任务落到实处，经区政府同意，现将《2025年区政府工作报告重点工作任务分工方案》"
              "印发给你们，并就有关事项通知如下：")

    p = para(doc)
    runs(p, [("一、提高思想认识，狠抓责任落实。", "黑体", False),
             ("《政府工作报告》是区政府向全区人民作出的庄严承诺。各镇（街道）、各部门（单位）要把"
              "抓落实作为开展工作的主基调，对照分工方案，逐项细化工作措施，明确时间节点，"
              "确保按时保质完成各项目标任务。", "仿宋_GB2312", False)])

    p = para(doc)
    runs(p, [("二、明确职责分工，加强协调配合。", "黑体", False),
             ("《方案》中“责任区领导”栏列有两位区领导的，排在前面的为第一责任领导；上下相邻任务"
              "责任区领导相同的，该栏合并填写。“牵头单位”为任务落实的第一责任单位，对任务完成负总责；"
              "牵头单位有两个的，排在第一位的为主牵头单位，负责组织协调。“配合单位”要按照职责分工"
              "主动配合、积极支持，形成工作合力；“配合单位”栏标注“/”的，由牵头单位独立负责落实。"
              "涉及各镇（街道）的任务，各镇（街道）要结合实际抓好落实。", "仿宋_GB2312", False)])

    p = para(doc)
    runs(p, [("三、强化督查考核，确保取得实效。", "黑体", False),
             ("区政府督查室要将《方案》确定的任务纳入年度督查计划，实行清单化管理、台账式推进。"
              "各牵头单位要于每季度末月25日前，将工作进展情况书面报送区政府督查室，"
              "全年工作完成情况于12月10日前报送。督查结果纳入年度绩效考核。", "仿宋_GB2312", False)])

    para(doc, "联系人：林" + FS + "珊，联系电话：6821307，传真：6821309。")
    para(doc, "")
    para(doc, "附件：2025年区政府工作报告重点工作任务分工方案")
    para(doc, "")
    para(doc, "")
    para(doc, "榕塘区人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "2025年3月14日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "")
    para(doc, "（此件公开发布）")

    # 附件: landscape section
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    new.top_margin, new.bottom_margin = Cm(2.6), Cm(2.4)
    new.left_margin, new.right_margin = Cm(3.0), Cm(2.8)

    para(doc, "附件", east="黑体", indent=False)
    para(doc, "")
    para(doc, "2025年区政府工作报告重点工作任务分工方案", east="方正小标宋简体", size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, space=Pt(36))
    para(doc, "")

    ntasks = sum(len(t) for _, t in PARTS)
    nrows = 1 + len(PARTS) + ntasks
    table = doc.add_table(rows=nrows, cols=6)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(table)
    widths = [Cm(1.4), Cm(10.4), Cm(2.4), Cm(3.6), Cm(4.8), Cm(2.4)]
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    hdr = ["序号", "重点任务", "责任区领导", "牵头单位", "配合单位", "完成时限"]
    for c, t in zip(table.rows[0].cells, hdr):
        cell_text(c, [t], east="黑体", bold=True)
    mark_header_row(table.rows[0])

    gold = []
    r = 1
    n = 0
    for part, tasks in PARTS:
        row = table.rows[r]
        merged = row.cells[0].merge(row.cells[5])
        cell_text(merged, [part], east="黑体", bold=True, center=False)
        r += 1
        group_start = None
        group_leaders = None
        groups = []
        cur = []
        for (text, leaders, lead, coop, deadline) in tasks:
            n += 1
            cells = table.rows[r].cells
            cell_text(cells[0], [str(n)])
            cell_text(cells[1], [text], center=False)
            cell_text(cells[3], [lead])
            cell_text(cells[4], [coop])
            cell_text(cells[5], [deadline])
            if leaders is not None:
                if cur:
                    groups.append(cur)
                cur = [(r, leaders)]
            else:
                cur.append((r, None))
            # gold
            if leaders is not None:
                group_leaders = [l.replace(FS, "") for l in leaders]
            leads = lead.split("、")
            coops = [] if coop == "/" else [u for x in coop.split("，") for u in x.split("、")]
            gold.append({
                "id": str(n),
                "marker": str(n),
                "head": text[:12],
                "responsible_units": leads + coops,
                "lead_units": leads,
                "cooperating_units": coops,
                "leaders": list(group_leaders),
                "deadline": deadline,
            })
            r += 1
        if cur:
            groups.append(cur)
        for g in groups:
            top_r, leaders = g[0]
            top = table.rows[top_r].cells[2]
            if len(g) > 1:
                top = top.merge(table.rows[g[-1][0]].cells[2])
            cell_text(top, leaders)

    para(doc, "")
    para(doc, "注：完成时限为“长期坚持”“持续推进”的，各牵头单位每季度报送一次工作进展。", size=14)

    # 版记 (one-column table with horizontal rules, as drafters usually make it)
    para(doc, "")
    bj = doc.add_table(rows=2, cols=1)
    cell_text(bj.rows[0].cells[0], ["抄送：区委办公室，区人大常委会办公室，区政协办公室，区监委。"],
              size=14, center=False)
    cell_text(bj.rows[1].cells[0], ["榕塘区人民政府办公室" + FS * 6 + "2025年3月14日印发"],
              size=14, center=False)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 3, 14, 9, 30, 0)
    cp.author = "rtzfb"
    cp.last_modified_by = "rtzfb"
    cp.title = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    cp.comments = ""
    doc.save(DOCX)
    return gold


def fix_zip(path):
    """Rewrite the zip with fixed member dates so the .docx is byte-stable."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


def main():
    gold = build()
    fix_zip(DOCX)
    assert len(gold) == 35, len(gold)
    res = subprocess.run(["node", MAMMOTH, DOCX, MD, "--output-format=markdown"],
                         capture_output=True, text=True)
    if res.returncode != 0:
        sys.stderr.write(res.stderr)
        sys.exit("mammoth failed")
    if res.stderr.strip():
        sys.stderr.write("mammoth messages:\n" + res.stderr)
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print("wrote", os.path.basename(DOCX), os.path.basename(MD), os.path.basename(GOLD), len(gold), "tasks")


if __name__ == "__main__":
    main()
