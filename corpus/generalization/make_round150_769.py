#!/usr/bin/env python3
"""Round 150, notice 769: a county 县政府办 red-header Word notice whose task table
splits the 责任单位 column into three sub-columns by kind of unit.

The notice: 岚渡县人民政府办公室关于印发2025年《政府工作报告》重点任务分解表的通知
(岚政办发〔2025〕8号, invented county, invented people).  The cover (portrait) states the
rule in its 二、: the 责任单位 are listed in three columns 县直部门 / 乡镇（街道） /
企业（单位）; the first unit in the 县直部门 column leads, every other listed unit
cooperates; where the 县直部门 column is “/” the unit in the 企业（单位） column leads.
The 附件 (landscape section) is one Word table with a two-row header:
  序号 | 重点任务 | 责任县领导 | 责任单位 (merged over 县直部门 | 乡镇（街道） | 企业（单位）) | 完成时限
with section rows merged across (一、…（7项）) and 38 tasks numbered 1–38 on through the
sections.  Empty unit cells hold “/”.  A portrait section at the end carries the 版记.

Writes (in the current directory, run in /work/round150):
  769_landu_xian_renwu_fenjie_zeren_danwei_fenlie.docx   the notice
  769.tasks.gold.jsonl                                   the gold, from the same TASKS list

Needs: /usr/bin/python3 with python-docx (no outside converter).  Deterministic: fixed
core properties, zip entries rewritten in the same order with a fixed timestamp.
"""
import io
import json
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
import datetime

NOTICE = "769_landu_xian_renwu_fenjie_zeren_danwei_fenlie.docx"
GOLD = "769.tasks.gold.jsonl"

# ---------------------------------------------------------------------------
# The one description of the tasks.
# (section title, [ (task text, leaders, 县直部门, 乡镇（街道）, 企业（单位）, 完成时限) ])
# Unit cells are lists; an empty list prints as “/”.
# ---------------------------------------------------------------------------
S = [
    ("一、稳增长扩投资", [
        ("全县地区生产总值增长6%左右，规模以上工业增加值增长8%，固定资产投资增长7%，社会消费品零售总额增长6.5%。",
         ["何振东"], ["县发展和改革局", "县科技和工业信息化局", "县统计局", "县商务局"], ["各乡镇（街道）"], [], "12月底前"),
        ("谋划储备重大项目，全年争取超长期特别国债、中央预算内投资和地方政府专项债券资金15亿元以上。",
         ["何振东", "邵丽华"], ["县发展和改革局", "县财政局", "县自然资源局"], [], ["县城投集团"], "12月底前"),
        ("实施“项目建设攻坚年”行动，全年安排县级重点项目120个、完成投资85亿元，新开工项目45个以上。",
         ["邵丽华"], ["县发展和改革局", "县自然资源局", "县住房和城乡建设局", "县行政审批服务局"], ["各乡镇（街道）"],
         ["县城投集团", "县交投公司"], "12月底前"),
        ("建成岚渡大道东延线及渡口大桥，加快G319岚渡过境段改线工程前期工作。",
         ["龙建军"], ["县交通运输局", "县自然资源局"], ["渡口街道", "白沙镇"], ["县交投公司"], "10月底前"),
        ("加快城东片区棚户区改造，完成征拆420户、建成安置房860套。",
         ["邵丽华"], ["县住房和城乡建设局", "县自然资源局", "县财政局"], ["城关街道", "渡口街道"], ["县城投集团"], "12月底前"),
        ("开展“惠购岚渡”促消费活动20场以上，发放消费券500万元，带动消费2亿元以上。",
         ["谭晓梅"], ["县商务局", "县财政局", "县市场监督管理局"], ["城关街道"], ["县农商银行"], "11月底前"),
        ("新增“个转企”80户、“小升规”企业15家、限额以上商贸企业20家。",
         ["谭晓梅"], ["县市场监督管理局", "县科技和工业信息化局", "县商务局", "县统计局", "县税务局"], ["各乡镇（街道）"],
         [], "12月底前"),
    ]),
    ("二、壮大实体经济", [
        ("推进经开区扩区调规，新增标准厂房12万平方米，新引进亿元以上项目18个。",
         ["何振东", "彭志刚"], ["岚渡经济开发区管委会", "县投资促进中心", "县自然资源局"], [], ["县园区开发公司"], "12月底前"),
        ("做强新材料产业集群，推动恒晟新材料二期、锦川电子元件项目建成投产，集群产值突破60亿元。",
         ["彭志刚"], ["县科技和工业信息化局", "岚渡经济开发区管委会"], [], [], "9月底前"),
        ("实施技改项目25个以上，新增省级专精特新中小企业6家、高新技术企业10家。",
         ["彭志刚"], ["县科技和工业信息化局", "县财政局"], [], [], "12月底前"),
        ("新建改造农村电网线路86公里，完成城区配电网增容改造，户均配变容量达到2.6千伏安。",
         ["彭志刚"], [], ["各乡镇（街道）"], ["国网岚渡县供电公司"], "11月底前"),
        ("推进5G网络深度覆盖，新建5G基站150个，行政村5G网络通达率达到100%。",
         ["彭志刚"], ["县科技和工业信息化局"], ["各乡镇（街道）"],
         ["中国移动岚渡分公司", "中国电信岚渡分公司", "中国联通岚渡分公司"], "12月底前"),
        ("新培育市级以上农业产业化龙头企业5家，建设标准化茶园2万亩、油茶基地1.5万亩。",
         ["向明远"], ["县农业农村局", "县林业局"], ["青溪镇", "马坪镇", "石门乡", "桃岭乡"], [], "12月底前"),
        ("创建国家4A级旅游景区1家，推动桃岭古村落、青溪漂流提质升级，全年接待游客680万人次。",
         ["谭晓梅"], ["县文化旅游广电体育局", "县发展和改革局"], ["青溪镇", "桃岭乡"], ["县文旅集团"], "12月底前"),
    ]),
    ("三、全面推进乡村振兴", [
        ("落实粮食安全党政同责，粮食播种面积稳定在42.6万亩以上、总产量17.8万吨以上。",
         ["向明远"], ["县农业农村局", "县自然资源局", "县统计局"], ["各乡镇（街道）"], [], "10月底前"),
        ("新建高标准农田3.2万亩，开展耕地“非农化”“非粮化”整治，恢复耕地1200亩。",
         ["向明远"], ["县农业农村局", "县自然资源局", "县财政局"], ["白沙镇", "马坪镇", "双河镇", "石门乡"], [], "12月底前"),
        ("巩固拓展脱贫攻坚成果，落实防止返贫监测帮扶机制，脱贫人口人均纯收入增长10%以上。",
         ["向明远"], ["县农业农村局", "县人力资源和社会保障局", "县民政局", "县医疗保障局"], ["各乡镇（街道）"], [],
         "12月底前"),
        ("实施农村供水保障工程，新建改造集中供水工程14处，农村自来水普及率达到93%。",
         ["向明远"], ["县水利局"], ["青溪镇", "白沙镇", "马坪镇", "双河镇"], ["县自来水公司"], "11月底前"),
        ("持续改善农村人居环境，新改建农村户厕3000户，建设和美乡村示范村12个。",
         ["向明远"], ["县农业农村局", "县住房和城乡建设局", "市生态环境局岚渡分局"], ["各乡镇（街道）"], [], "12月底前"),
        ("发展壮大新型农村集体经济，村级集体经济经营性收入全部达到10万元以上。",
         ["向明远"], ["县农业农村局", "县委组织部", "县财政局"], ["各乡镇（街道）"], [], "12月底前"),
    ]),
    ("四、提升城乡品质", [
        ("实施城市更新行动，改造老旧小区32个、惠及居民4100户，加装电梯40部。",
         ["邵丽华"], ["县住房和城乡建设局", "县财政局"], ["城关街道", "渡口街道"], ["县城投集团"], "11月底前"),
        ("完成城区雨污分流改造管网28公里，城市生活污水集中收集率达到72%。",
         ["邵丽华"], [], ["城关街道", "渡口街道"], ["县城投集团"], "10月底前"),
        ("建成城北水厂二期工程，新增日供水能力3万吨。",
         ["邵丽华"], [], [], ["县自来水公司"], "9月底前"),
        ("开展城市管理“十乱”专项整治，新增公共停车泊位1200个。",
         ["邵丽华", "田永康"], ["县城市管理和综合执法局", "县公安局"], ["城关街道", "渡口街道"], [], "12月底前"),
        ("深入打好污染防治攻坚战，县城空气质量优良天数比率达到93%，国省控断面水质达标率100%。",
         ["龙建军"], ["市生态环境局岚渡分局", "县水利局", "县农业农村局", "县住房和城乡建设局"], ["各乡镇（街道）"], [],
         "12月底前"),
        ("全面落实河湖长制、林长制，完成营造林3.5万亩，森林覆盖率稳定在66%以上。",
         ["龙建军"], ["县林业局", "县水利局"], ["各乡镇（街道）"], [], "12月底前"),
    ]),
    ("五、深化改革开放", [
        ("深化“高效办成一件事”改革，推出集成化办理事项20个以上，政务服务事项网上可办率达到98%。",
         ["邵丽华"], ["县行政审批服务局", "县数据资源服务中心"], ["各乡镇（街道）"], [], "6月底前"),
        ("推进县属国有企业改革，完成县城投集团市场化转型，县属国有企业资产总额突破200亿元。",
         ["邵丽华"], ["县财政局（县国有资产事务中心）"], [], ["县城投集团", "县交投公司", "县文旅集团"], "12月底前"),
        ("开展“三请三回”精准招商，全年新签约项目60个、签约资金200亿元，实际到位省外资金增长10%。",
         ["何振东"], ["县投资促进中心", "岚渡经济开发区管委会", "县商务局"], ["各乡镇（街道）"], [], "12月底前"),
        ("加大金融支持实体经济力度，新增各项贷款35亿元，普惠小微贷款增速高于各项贷款增速。",
         ["邵丽华"], ["县金融服务中心"], [], ["县农商银行", "岚渡村镇银行"], "12月底前"),
        ("推动外贸稳规模优结构，进出口总额增长12%，新增有进出口实绩企业8家。",
         ["谭晓梅"], ["县商务局", "岚渡经济开发区管委会", "县税务局"], [], [], "12月底前"),
    ]),
    ("六、增进民生福祉", [
        ("城镇新增就业3600人，城镇调查失业率控制在5.5%以内，新增农村劳动力转移就业5000人。",
         ["谭晓梅"], ["县人力资源和社会保障局", "县农业农村局"], ["各乡镇（街道）"], [], "12月底前"),
        ("建成城东九年一贯制学校、渡口幼儿园，新增学位2700个。",
         ["谭晓梅"], ["县教育局", "县住房和城乡建设局", "县自然资源局"], ["城关街道", "渡口街道"], ["县城投集团"], "8月底前"),
        ("推进紧密型县域医共体建设，县人民医院新住院大楼投入使用，建成乡镇卫生院胸痛救治单元8个。",
         ["谭晓梅"], ["县卫生健康局", "县医疗保障局"], [], ["县人民医院"], "12月底前"),
        ("新建社区嵌入式养老服务中心6个、农村互助养老服务点40个。",
         ["谭晓梅"], ["县民政局", "县财政局"], ["各乡镇（街道）"], [], "12月底前"),
        ("开展安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。",
         ["田永康", "龙建军"], ["县应急管理局", "县住房和城乡建设局", "县交通运输局"], ["各乡镇（街道）"], [], "12月底前"),
        ("深化“一村（社区）一辅警”机制，刑事案件立案数下降5%以上。",
         ["田永康"], ["县公安局", "县司法局"], ["各乡镇（街道）"], [], "12月底前"),
        ("办好十件民生实事，全年民生支出占一般公共预算支出的80%以上。",
         ["何振东"], ["县财政局", "县政府办公室"], [], [], "12月底前"),
    ]),
]

HEAD_LEN = 14


def gold_records():
    out = []
    n = 0
    for _title, tasks in S:
        for text, leaders, xz, xiang, qiye, deadline in tasks:
            n += 1
            units = xz + xiang + qiye
            if xz:
                lead, coop = [xz[0]], xz[1:] + xiang + qiye
            else:
                # 县直部门栏为“/”的，由企业（单位）栏所列单位牵头
                lead, coop = list(qiye), list(xiang)
            assert len(lead) == 1
            out.append({
                "id": str(n),
                "marker": str(n),
                "head": text[:HEAD_LEN],
                "responsible_units": units,
                "lead_units": lead,
                "cooperating_units": coop,
                "leaders": leaders,
                "deadline": deadline,
            })
    return out


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)


def set_run(run, font, size, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font)
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text, font=FS, size=16, align=None, indent=False, bold=False, color=None,
         space_after=0, line=Pt(28)):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    if line is not None:
        pf.line_spacing = line
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_run(p.add_run(text), font, size, bold, color)
    return p


def runin(doc, head, rest):
    """黑体 run-in heading followed by 仿宋 text in one paragraph."""
    p = para(doc, None, indent=True)
    set_run(p.add_run(head), HT, 16)
    set_run(p.add_run(rest), FS, 16)
    return p


def bottom_border(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_border(p, sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:top")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "000000")
    bdr.append(b)
    ppr.append(bdr)


def cell_text(cell, text, font=FS, size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    p.alignment = align
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = Pt(15)
    set_run(p.add_run(text), font, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def joined(units):
    return "、".join(units) if units else "/"


def build_docx():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    normal = doc.styles["Normal"]
    normal.font.name = FS
    normal.font.size = Pt(16)
    normal.element.get_or_add_rPr()
    rf = normal.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        normal.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)

    # 版头
    para(doc, "岚渡县人民政府办公室文件", XBS, 36, WD_ALIGN_PARAGRAPH.CENTER, color=RED, line=None,
         space_after=24)
    p = para(doc, "岚政办发〔2025〕8号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER, line=None, space_after=4)
    bottom_border(p)
    para(doc, "", line=None)

    # 标题
    para(doc, "岚渡县人民政府办公室", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    para(doc, "关于印发2025年《政府工作报告》重点任务", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    para(doc, "分解表的通知", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    para(doc, "")

    para(doc, "各乡镇人民政府、街道办事处，县政府各部门，县直及驻县有关单位，县属国有企业：")
    para(doc, "《2025年政府工作报告》已经县第十八届人民代表大会第五次会议审议通过。为确保报告确定的各项目标任务落到实处，"
              "经县人民政府同意，现将《2025年〈政府工作报告〉重点任务分解表》印发给你们，并就有关事项通知如下。",
         indent=True)
    runin(doc, "一、提高思想认识。",
          "《政府工作报告》是县人民政府向全县人民作出的庄严承诺。各乡镇（街道）、各部门、各单位要把落实报告任务作为"
          "今年工作的重中之重，主要负责同志亲自研究、亲自部署、亲自督办，细化工作措施，倒排时间节点，确保按期完成。")
    runin(doc, "二、压实工作责任。",
          "各项任务由责任县领导统筹调度。附件中“责任单位”按县直部门、乡镇（街道）、企业（单位）三栏分列：县直部门栏中"
          "排在第一位的单位为牵头单位，对任务落实负总责，负责统筹协调、汇总报送进展情况；其余所列单位均为配合单位，"
          "要按照职责分工主动做好配合。县直部门栏为“/”的，由企业（单位）栏所列单位牵头。")
    runin(doc, "三、强化督查考核。",
          "各牵头单位要于每季度末月25日前，将任务推进情况（含佐证材料）报送县政府督查室，全年工作总结于12月20日前报送。"
          "县政府督查室要实行清单化管理、台账式推进，对工作不力、进度滞后的单位予以通报，督查结果纳入年度绩效考核。")
    para(doc, "")
    para(doc, "附件：2025年《政府工作报告》重点任务分解表", indent=True)
    para(doc, "")
    para(doc, "")
    para(doc, "岚渡县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Cm(1.2)
    para(doc, "2025年2月26日", align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Cm(1.6)
    para(doc, "（此件公开发布）", indent=True)

    # 附件 — landscape section
    ls = doc.add_section(WD_SECTION.NEW_PAGE)
    ls.orientation = WD_ORIENT.LANDSCAPE
    ls.page_width, ls.page_height = Cm(29.7), Cm(21.0)
    ls.top_margin, ls.bottom_margin = Cm(2.5), Cm(2.2)
    ls.left_margin, ls.right_margin = Cm(2.0), Cm(2.0)
    para(doc, "附件", HT, 16, line=None)
    para(doc, "2025年《政府工作报告》重点任务分解表", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36),
         space_after=6)

    widths = [Cm(1.1), Cm(8.6), Cm(2.3), Cm(5.4), Cm(3.2), Cm(3.0), Cm(2.1)]
    tbl = doc.add_table(rows=2, cols=7)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = tbl.rows
    for c, txt in ((0, "序号"), (1, "重点任务"), (2, "责任县领导"), (6, "完成时限")):
        m = h0.cells[c].merge(h1.cells[c])
        cell_text(m, txt, HT, 11)
    m = h0.cells[3].merge(h0.cells[5])
    cell_text(m, "责任单位", HT, 11)
    for c, txt in ((3, "县直部门"), (4, "乡镇（街道）"), (5, "企业（单位）")):
        cell_text(h1.cells[c], txt, HT, 11)
    repeat_header(h0)
    repeat_header(h1)

    n = 0
    for title, tasks in S:
        row = tbl.add_row()
        cant_split(row)
        m = row.cells[0].merge(row.cells[6])
        cell_text(m, f"{title}（{len(tasks)}项）", HT, 11, WD_ALIGN_PARAGRAPH.LEFT)
        for text, leaders, xz, xiang, qiye, deadline in tasks:
            n += 1
            row = tbl.add_row()
            cant_split(row)
            c = row.cells
            cell_text(c[0], str(n))
            cell_text(c[1], text, align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(c[2], "、".join(leaders))
            cell_text(c[3], joined(xz), align=WD_ALIGN_PARAGRAPH.LEFT if len(xz) > 1 else WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(c[4], joined(xiang))
            cell_text(c[5], joined(qiye))
            cell_text(c[6], deadline)
    tbl.autofit = False
    for i, gc in enumerate(tbl._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i].twips)))
    for row in tbl.rows:
        tcs = row._tr.findall(qn("w:tc"))
        if len(tcs) != 7 or row is h0:
            continue
        for tc, w in zip(tcs, widths):
            tc.get_or_add_tcPr()
            from docx.table import _Cell
            _Cell(tc, tbl).width = w

    # 版记 — portrait section
    bs = doc.add_section(WD_SECTION.NEW_PAGE)
    bs.orientation = WD_ORIENT.PORTRAIT
    bs.page_width, bs.page_height = Cm(21.0), Cm(29.7)
    bs.top_margin, bs.bottom_margin = Cm(3.7), Cm(3.5)
    bs.left_margin, bs.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(14):
        para(doc, "")
    p = para(doc, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县监委，县法院，县检察院，县人武部。",
             FS, 14, line=Pt(24))
    top_border(p)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p = para(doc, "岚渡县人民政府办公室　　　　　　　　　　　2025年2月26日印发", FS, 14, line=Pt(24))
    top_border(p, 4)
    bottom_border(p, "000000", 8)
    p.paragraph_format.left_indent = Pt(14)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 26, 9, 30, 0)
    cp.author = "县政府办秘书科"
    cp.last_modified_by = "县政府办秘书科"
    cp.title = ""
    cp.subject = ""
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""
    cp.revision = 3
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed

    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 26, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(NOTICE, "wb") as f:
        f.write(out.getvalue())


def main():
    build_docx()
    with open(GOLD, "w", encoding="utf-8") as f:
        for rec in gold_records():
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
