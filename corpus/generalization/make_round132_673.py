#!/usr/bin/python3
"""Round 132, notice 673: a county notice as MaxKB's .docx reader gives it.

Path (real): a 县政府办 red-header Word notice with a landscape 附件 table is uploaded to a
MaxKB application (FIT2CLOUD / 1Panel-dev MaxKB v1.x, the on-premises knowledge-base
assistant many Chinese government offices and state enterprises run).  Its 知识库 upload and
its workflow node 文档内容提取 both read a .docx through
apps/common/handle/impl/doc_split_handle.py (DocSplitHandle.to_md / get_content) on top of
python-docx.  The file written here is the text that handler returns.

The handler's behaviour is re-implemented below step for step (own code, same algorithm):
  * body children in order; a w:p becomes one line, a w:tbl a pipe table, joined by "\n";
  * a paragraph is the concatenation of `.text` of every child element of w:p (runs give
    their text, w:pPr / bookmarks give nothing), so Word's automatic numbering is lost and
    an empty paragraph is an empty line; a soft line break stays a newline;
  * a paragraph in a style whose name starts with Heading/标题 becomes "#"*level + " " + text;
    a paragraph of exactly one run set at 30 pt or more becomes "## " (30-36 pt) or "# "
    (36 pt and up) — the red issuer mark at 小初 (36 pt) turns into "# ...文件";
  * a table row is "| " + " | ".join(cells) + " |", the first row followed by "| --- |...";
    cells come from python-docx row.cells, so a horizontally merged cell is repeated in every
    grid column it spans and a vertically merged cell is repeated in every row it spans;
  * a cell's paragraphs are joined with NOTHING between them, then "\n" -> "</br>";
  * the table string ends with "\n", so a blank line follows every table.
MaxKB pins python-docx ^1.1; this machine has 0.8.11.  The two agree on everything used
here (run text of w:t/w:tab/w:br without type, Table._cells, style names); the builder
asserts that the document holds none of the things on which they differ (w:hyperlink,
page/column w:br, images, w:ins/w:sdt/w:smartTag/w:fldSimple).

Writes:
  673_zhenyuan_xian_gzbg_renwu_fengong_maxkb_wendang_tiqu.md   (the notice, UTF-8, LF)
  673_zhenyuan_xian_gzbg_renwu_fengong_maxkb_wendang_tiqu.tasks.gold.jsonl
The intermediate .docx is built in a temporary directory and not kept.
"""
import copy
import datetime
import json
import os
import sys
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "673_zhenyuan_xian_gzbg_renwu_fengong_maxkb_wendang_tiqu"

# ---------------------------------------------------------------------------
# Content
# ---------------------------------------------------------------------------
# A task: (id, task paragraphs, leader cell paragraphs, lead cell paragraphs,
#          coop cell paragraphs, deadline)
# A cell paragraph is a string; "\n" inside it is a soft line break (Shift+Enter).
# Gold data per task: leaders (names), leads, coops (unit lists).

PARTS = [
    ("一、稳增长促发展（6项）", [
        dict(id="1", task=["扩大有效投资。", "全年实施县级重点项目120个以上，完成投资85亿元以上，争取地方政府专项债券资金8亿元以上。"],
             ldr=["欧阳振华"], lead=["县发展和改革局"], coop=["县财政局", "县自然资源局", "县住房和城乡建设局"],
             dl="2025年12月底前",
             g_ldr=["欧阳振华"], g_lead=["县发展和改革局"], g_coop=["县财政局", "县自然资源局", "县住房和城乡建设局"]),
        dict(id="2", task=["全力抓好招商引资，全年签约亿元以上项目30个、落地开工20个以上，到位资金增长10%。"],
             ldr=["欧阳振华"], lead=["县商务局", "县投资促进服务中心"], coop=["县发展和改革局、县工业和信息化局，各乡镇（街道）"],
             dl="2025年12月底前",
             g_ldr=["欧阳振华"], g_lead=["县商务局", "县投资促进服务中心"], g_coop=["县发展和改革局", "县工业和信息化局", "各乡镇（街道）"]),
        dict(id="3", task=["促进消费扩容提质，开展“蓁享生活”系列促消费活动20场以上，社会消费品零售总额增长6%。"],
             ldr=["欧阳振华"], lead=["县商务局"], coop=["县文化和旅游局、县市场监督管理局、县财政局"],
             dl="全年",
             g_ldr=["欧阳振华"], g_lead=["县商务局"], g_coop=["县文化和旅游局", "县市场监督管理局", "县财政局"]),
        dict(id="4", task=["加强财源建设，一般公共预算收入增长5%以上，“三保”支出足额保障，严控一般性支出。"],
             ldr=["王　勇"], lead=["县财政局"], coop=["县税务局", "县自然资源局"],
             dl="2025年12月底前",
             g_ldr=["王勇"], g_lead=["县财政局"], g_coop=["县税务局", "县自然资源局"]),
        dict(id="5", task=["防范化解地方政府债务风险，稳妥推进融资平台市场化转型，守住不发生系统性风险底线。"],
             ldr=["王　勇"], lead=["县财政局"], coop=["县发展和改革局", "县审计局", "县城市建设投资集团有限公司"],
             dl="持续推进",
             g_ldr=["王勇"], g_lead=["县财政局"], g_coop=["县发展和改革局", "县审计局", "县城市建设投资集团有限公司"]),
        dict(id="6", task=["强化金融服务实体经济，全年新增各项贷款40亿元以上，推动1家企业进入上市辅导期。"],
             ldr=["王　勇"], lead=["县金融工作服务中心"], coop=["国家金融监督管理总局蓁原监管支局、县财政局、县工业和信息化局"],
             dl="2025年12月底前",
             g_ldr=["王勇"], g_lead=["县金融工作服务中心"], g_coop=["国家金融监督管理总局蓁原监管支局", "县财政局", "县工业和信息化局"]),
    ]),
    ("二、推动产业转型升级（6项）", [
        dict(id="7", task=["做强新材料主导产业。", "推动年产5万吨新型复合材料等项目建成投产，新材料产业产值突破100亿元。"],
             ldr=["王　勇"], lead=["县工业和信息化局"], coop=["县发展和改革局、县科学技术局、蓁原经济开发区管委会"],
             dl="2025年12月底前",
             g_ldr=["王勇"], g_lead=["县工业和信息化局"], g_coop=["县发展和改革局", "县科学技术局", "蓁原经济开发区管委会"]),
        dict(id="8", task=["实施工业企业技术改造三年行动，全年实施技改项目40个，新增规模以上工业企业15家。"],
             ldr=["王　勇"], lead=["县工业和信息化局"], coop=["县财政局\n县统计局"],
             dl=None,  # merged with 7
             g_ldr=["王勇"], g_lead=["县工业和信息化局"], g_coop=["县财政局", "县统计局"], g_dl="2025年12月底前"),
        dict(id="9", task=["加快数字经济发展，新建5G基站150个，推动30家企业“上云用数赋智”。"],
             ldr=["王　勇"], lead=["县数据局"], coop=["县工业和信息化局、中国电信蓁原分公司、中国移动蓁原分公司"],
             dl="2025年11月底前",
             g_ldr=["王勇"], g_lead=["县数据局"], g_coop=["县工业和信息化局", "中国电信蓁原分公司", "中国移动蓁原分公司"]),
        dict(id="10", task=["培育壮大文旅产业，创建国家4A级旅游景区1家，全年接待游客800万人次、实现旅游综合收入65亿元。"],
             ldr=["陈立军", "何　斌"], lead=["县文化和旅游局"], coop=["县自然资源局、县交通运输局、相关乡镇人民政府"],
             dl="2025年12月底前",
             g_ldr=["陈立军", "何斌"], g_lead=["县文化和旅游局"], g_coop=["县自然资源局", "县交通运输局", "相关乡镇人民政府"]),
        dict(id="11", task=["加快现代物流业发展，建成县级物流配送中心，快递服务进村覆盖率达到100%。"],
             ldr=["陈立军"], lead=["县交通运输局"], coop=["县商务局", "县供销合作社联合社", "中国邮政集团有限公司蓁原县分公司"],
             dl="2025年10月底前",
             g_ldr=["陈立军"], g_lead=["县交通运输局"], g_coop=["县商务局", "县供销合作社联合社", "中国邮政集团有限公司蓁原县分公司"]),
        # task 12: two rows (城区 / 乡镇), 序号, task and deadline merged down
        dict(id="12", task=["推进城乡商贸网点改造提升，城区改造农贸市场4个，乡镇改造农贸市场6个。"],
             rows=[
                 dict(ldr=["陈立军"], lead=["县商务局"], coop=["县住房和城乡建设局、县城市管理局"]),
                 dict(ldr=["何　斌"], lead=["各乡镇人民政府"], coop=["县市场监督管理局"]),
             ],
             dl="2025年9月底前",
             g_ldr=["陈立军", "何斌"], g_lead=["县商务局", "各乡镇人民政府"],
             g_coop=["县住房和城乡建设局", "县城市管理局", "县市场监督管理局"]),
    ]),
    ("三、推进乡村全面振兴（5项）", [
        dict(id="13", task=["稳定粮食生产。", "粮食播种面积稳定在52万亩以上、总产量稳定在2.1亿公斤以上。"],
             ldr=["何　斌"], lead=["县农业农村局"], coop=["县自然资源局、县水利局、县发展和改革局（县粮食和物资储备局），各乡镇（街道）"],
             dl="2025年10月底前",
             g_ldr=["何斌"], g_lead=["县农业农村局"], g_coop=["县自然资源局", "县水利局", "县发展和改革局（县粮食和物资储备局）", "各乡镇（街道）"]),
        dict(id="14", task=["新建高标准农田3.5万亩，实施蓁河灌区续建配套与现代化改造工程。"],
             ldr=["何　斌"], lead=["县农业农村局", "县水利局"], coop=["县财政局、县自然资源局"],
             dl="2025年12月底前",
             g_ldr=["何斌"], g_lead=["县农业农村局", "县水利局"], g_coop=["县财政局", "县自然资源局"]),
        dict(id="15", task=["巩固拓展脱贫攻坚成果，健全防止返贫致贫监测帮扶机制，守牢不发生规模性返贫致贫底线。"],
             ldr=["何　斌"], lead=["县农业农村局"], coop=["县民政局", "县人力资源和社会保障局", "县医疗保障局", "县教育局", "县住房和城乡建设局"],
             dl="持续推进",
             g_ldr=["何斌"], g_lead=["县农业农村局"], g_coop=["县民政局", "县人力资源和社会保障局", "县医疗保障局", "县教育局", "县住房和城乡建设局"]),
        dict(id="16", task=["实施农村人居环境整治提升行动，农村卫生厕所普及率达到80%，生活垃圾收运处置体系行政村全覆盖。"],
             ldr=["何　斌"], lead=["县农业农村局"], coop=["县住房和城乡建设局、市生态环境局蓁原分局、县卫生健康局，各乡镇（街道）"],
             dl="2025年11月底前",
             g_ldr=["何斌"], g_lead=["县农业农村局"], g_coop=["县住房和城乡建设局", "市生态环境局蓁原分局", "县卫生健康局", "各乡镇（街道）"]),
        dict(id="17", task=["发展壮大新型农村集体经济，集体经营性收入10万元以上的村占比达到60%。"],
             ldr=["何　斌"], lead=["县委组织部、县农业农村局"], coop=["县财政局"],
             dl="2025年12月底前",
             g_ldr=["何斌"], g_lead=["县委组织部", "县农业农村局"], g_coop=["县财政局"]),
    ]),
    ("四、加快城乡融合发展（5项）", [
        dict(id="18", task=["推进以县城为重要载体的新型城镇化，常住人口城镇化率提高1个百分点。"],
             ldr=["陈立军"], lead=["县发展和改革局"], coop=["县住房和城乡建设局、县自然资源局、县公安局"],
             dl="2025年12月底前",
             g_ldr=["陈立军"], g_lead=["县发展和改革局"], g_coop=["县住房和城乡建设局", "县自然资源局", "县公安局"]),
        dict(id="19", task=["实施城市更新行动。", "改造城镇老旧小区18个，更新改造城市燃气管道12公里、供水管网9公里。"],
             ldr=["陈立军"], lead=["县住房和城乡建设局"], coop=["县财政局", "县城市管理局", "县城市建设投资集团有限公司"],
             dl="2025年11月底前",
             g_ldr=["陈立军"], g_lead=["县住房和城乡建设局"], g_coop=["县财政局", "县城市管理局", "县城市建设投资集团有限公司"]),
        dict(id="20", task=["加快县城南部新区建设，完成滨河路、迎宾大道等6条道路建设。"],
             ldr=["陈立军"], lead=None,  # merged with 19
             coop=["/"],
             dl="2025年12月底前",
             g_ldr=["陈立军"], g_lead=["县住房和城乡建设局"], g_coop=[]),
        dict(id="21", task=["推进交通基础设施建设，完成国道345线蓁原段改线工程，新改建农村公路120公里。"],
             ldr=["欧阳振华", "陈立军"], lead=["县交通运输局"], coop=["县自然资源局、市生态环境局蓁原分局、县林业局"],
             dl="2025年12月底前",
             g_ldr=["欧阳振华", "陈立军"], g_lead=["县交通运输局"], g_coop=["县自然资源局", "市生态环境局蓁原分局", "县林业局"]),
        dict(id="22", task=["加强生态环境保护，PM2.5平均浓度控制在32微克/立方米以内，地表水考核断面水质优良比例保持100%。"],
             ldr=["陈立军"], lead=["市生态环境局蓁原分局"], coop=["县水利局、县农业农村局、", "县住房和城乡建设局、县交通运输局"],
             dl="2025年12月底前",
             g_ldr=["陈立军"], g_lead=["市生态环境局蓁原分局"], g_coop=["县水利局", "县农业农村局", "县住房和城乡建设局", "县交通运输局"]),
    ]),
    ("五、深化改革开放（5项）", [
        dict(id="23", task=["深化“高效办成一件事”改革，新增“一件事一次办”事项12个，政务服务事项网上可办率达到98%。"],
             ldr=["欧阳振华"], lead=["县政务服务中心"], coop=["县数据局、县司法局、县直各有关单位"],
             dl="2025年6月底前",
             g_ldr=["欧阳振华"], g_lead=["县政务服务中心"], g_coop=["县数据局", "县司法局", "县直各有关单位"]),
        dict(id="24", task=["持续优化营商环境，开展涉企违规收费专项整治，推行包容审慎监管。"],
             ldr=["欧阳振华"], lead=["县发展和改革局", "县市场监督管理局"], coop=["县财政局、县司法局、县工业和信息化局"],
             dl="持续推进",
             g_ldr=["欧阳振华"], g_lead=["县发展和改革局", "县市场监督管理局"], g_coop=["县财政局", "县司法局", "县工业和信息化局"]),
        dict(id="25", task=["深化国资国企改革，完成县属国有企业整合重组，推动城投公司实体化转型。"],
             ldr=["欧阳振华"], lead=["县国有资产服务中心"], coop=[],
             dl="2025年9月底前",
             g_ldr=["欧阳振华"], g_lead=["县国有资产服务中心"], g_coop=[]),
        dict(id="26", task=["主动融入区域协同发展，加强与沿海发达地区产业对接合作，新建“飞地园区”1个。"],
             ldr=["周立新、欧阳振华"], lead=["县发改局"], coop=["县商务局、县工业和信息化局"],
             dl="全年",
             g_ldr=["周立新", "欧阳振华"], g_lead=["县发改局"], g_coop=["县商务局", "县工业和信息化局"]),
        dict(id="27", task=["扩大对外开放，进出口总额增长8%以上，新增有外贸实绩企业10家。"],
             ldr=["周立新"], lead=["县商务局"], coop=["县税务局、县财政局"],
             dl="2025年12月底前",
             g_ldr=["周立新"], g_lead=["县商务局"], g_coop=["县税务局", "县财政局"]),
    ]),
    ("六、增进民生福祉（7项）", [
        dict(id="28", task=["稳定和扩大就业。", "城镇新增就业3200人，城镇调查失业率控制在5.5%以内，农村劳动力转移就业8.5万人。"],
             ldr=["李　娜"], lead=["县人力资源和社会保障局"], coop=["县财政局、县教育局、县农业农村局"],
             dl="2025年12月底前",
             g_ldr=["李娜"], g_lead=["县人力资源和社会保障局"], g_coop=["县财政局", "县教育局", "县农业农村局"]),
        dict(id="29", task=["推进义务教育优质均衡发展，新建改扩建中小学、幼儿园6所，新增学位2400个。"],
             ldr=["李　娜"], lead=["县教育局"], coop=["县发展和改革局", "县财政局", "县自然资源局", "县住房和城乡建设局"],
             dl="2025年8月底前",
             g_ldr=["李娜"], g_lead=["县教育局"], g_coop=["县发展和改革局", "县财政局", "县自然资源局", "县住房和城乡建设局"]),
        dict(id="30", task=["深化紧密型县域医共体建设，推动县人民医院创建三级医院。"],
             ldr=["李　娜"], lead=["县卫生健康局"], coop=["县医疗保障局、县人民医院"],
             dl="2025年12月底前",
             g_ldr=["李娜"], g_lead=["县卫生健康局"], g_coop=["县医疗保障局", "县人民医院"]),
        dict(id="31", task=["健全养老服务体系，新建乡镇区域养老服务中心3个，发展社区老年助餐点20个。"],
             ldr=["李　娜"], lead=["县民政局"], coop=["县卫生健康局、县财政局，各乡镇（街道）"],
             dl="2025年11月底前",
             g_ldr=["李娜"], g_lead=["县民政局"], g_coop=["县卫生健康局", "县财政局", "各乡镇（街道）"]),
        dict(id="32", task=["推进平安蓁原建设，深化矛盾纠纷排查化解，严厉打击电信网络诈骗等违法犯罪。"],
             ldr=["赵海峰\n李　娜"], lead=["县公安局"], coop=["县委政法委、县司法局、县信访局"],
             dl="持续推进",
             g_ldr=["赵海峰", "李娜"], g_lead=["县公安局"], g_coop=["县委政法委", "县司法局", "县信访局"]),
        dict(id="33", task=["强化安全生产和防灾减灾，深入推进安全生产治本攻坚三年行动，坚决遏制较大以上事故发生。"],
             ldr=["赵海峰"], lead=["县应急管理局"], coop=["县直各有关单位，各乡镇（街道）"],
             dl="持续推进",
             g_ldr=["赵海峰"], g_lead=["县应急管理局"], g_coop=["县直各有关单位", "各乡镇（街道）"]),
        dict(id="34", task=["加强食品药品安全监管，创建省级食品安全示范县。"],
             ldr=["李　娜"], lead=["县市场监督管理局"], coop=["县农业农村局、县卫生健康局"],
             dl="2025年12月底前",
             g_ldr=["李娜"], g_lead=["县市场监督管理局"], g_coop=["县农业农村局", "县卫生健康局"]),
    ]),
]

# vertical merges in the table, by task id: (column, first id, last id); task 12 has two rows
LEADER_MERGES = [("1", "3"), ("4", "6"), ("7", "9"), ("11", "12a"), ("13", "17"),
                 ("18", "20"), ("23", "25"), ("28", "31")]
LEAD_MERGES = [("19", "20")]
DEADLINE_MERGES = [("7", "8")]

# ---------------------------------------------------------------------------
# Building the .docx
# ---------------------------------------------------------------------------
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rfonts.set(qn(a), name if a == "w:eastAsia" else ("Times New Roman" if name == FS else name))
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, parts, align=None, indent_first=None, style=None, space=None, num=None):
    """parts: list of (text, font, size, bold, color); text may hold "\n" = soft break."""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    fill_para(p, parts)
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent_first is not None:
        pf.first_line_indent = Pt(indent_first)
    pf.line_spacing = Pt(space or 28)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if num is not None:
        ppr = p._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl"); ilvl.set(qn("w:val"), "0")
        nid = OxmlElement("w:numId"); nid.set(qn("w:val"), str(num))
        numpr.append(ilvl); numpr.append(nid)
        ppr.append(numpr)
    return p


def fill_para(p, parts):
    for text, font, size, bold, color in parts:
        pieces = text.split("\n")
        for k, piece in enumerate(pieces):
            if k > 0:
                r = p.add_run()
                set_font(r, font, size, bold, color)
                r.add_break()  # w:br without type = text wrapping (soft line break)
            if piece:
                r = p.add_run(piece)
                set_font(r, font, size, bold, color)


def add_chinese_numbering(doc):
    numbering = doc.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "90")
    lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1、"), ("w:lvlJc", "left")):
        e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
    ppr = OxmlElement("w:pPr"); ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0"); ind.set(qn("w:firstLine"), "640"); ppr.append(ind); lvl.append(ppr)
    abstract.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = OxmlElement("w:num"); num.set(qn("w:numId"), "90")
    an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), "90"); num.append(an)
    numbering.append(num)
    return 90


def cell_paras(cell, texts, font=FS, size=12, bold_first=False, align=None):
    """Fill a cell with one paragraph per text (the cell's first paragraph reused)."""
    first = True
    for k, t in enumerate(texts):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        fill_para(p, [(t, font, size, bold_first and k == 0 and len(texts) > 1, None)])
        p.paragraph_format.line_spacing = Pt(18)
        if align is not None:
            p.alignment = align


def set_cell_width(cell, cm):
    cell.width = Cm(cm)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    trpr.append(e)


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    numid = add_chinese_numbering(doc)
    C = WD_ALIGN_PARAGRAPH.CENTER
    R = WD_ALIGN_PARAGRAPH.RIGHT

    # --- 版头
    para(doc, [("", FS, 16, None, None)])
    para(doc, [("蓁原县人民政府办公室文件", XBS, 36, None, "FF0000")], align=C, space=48)
    para(doc, [("", FS, 16, None, None)])
    para(doc, [("蓁政办发〔2025〕6号", FS, 16, None, None)], align=C)
    rule = para(doc, [("", FS, 10, None, None)], space=12)
    ppr = rule._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr"); bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "18"), ("w:space", "1"), ("w:color", "FF0000")):
        bottom.set(qn(k), v)
    pbdr.append(bottom); ppr.append(pbdr)
    para(doc, [("", FS, 16, None, None)])
    # --- title (two lines joined by a soft break)
    para(doc, [("蓁原县人民政府办公室\n关于印发《2025年县政府工作报告重点任务分工方案》的通知", XBS, 22, None, None)],
         align=C, space=36)
    para(doc, [("", FS, 16, None, None)])
    para(doc, [("各乡镇人民政府、街道办事处，县政府各部门、各直属机构：", FS, 16, None, None)])
    para(doc, [("《2025年县政府工作报告》已经县第十八届人民代表大会第五次会议审议通过。为确保报告确定的各项目标任务落到实处，"
                "经县人民政府同意，现将《2025年县政府工作报告重点任务分工方案》印发给你们，并就有关事项通知如下：",
                FS, 16, None, None)], indent_first=32)
    para(doc, [("提高思想认识。", HT, 16, None, None),
               ("各乡镇（街道）、各部门要把落实《政府工作报告》作为全年工作的重中之重，主要负责同志亲自抓、负总责，"
                "逐项细化工作措施，明确时间节点，确保各项任务按期完成。", FS, 16, None, None)], num=numid)
    para(doc, [("明确责任分工。", HT, 16, None, None),
               ("分工方案明确的责任县领导对所列任务负总责；“牵头单位”为第一责任单位，负责统筹推进、协调调度；"
                "牵头单位有两个的，排在第一位的为主牵头单位，其他牵头单位共同负责；“配合单位”要按照职责分工主动配合、"
                "形成合力。个别任务按城区、乡镇分列责任分工的，所列责任县领导、牵头单位和配合单位分别对相应部分负责。",
                FS, 16, None, None)], num=numid)
    para(doc, [("加强督查调度。", HT, 16, None, None),
               ("各牵头单位要于每季度末月25日前将任务推进情况报送县政府督查室，县政府督查室将定期督查调度，"
                "督查结果纳入年度目标责任考核。联系人：孙　丽，联系电话：6213578，电子邮箱：zyxdcs@163.com。",
                FS, 16, None, None)], num=numid)
    para(doc, [("", FS, 16, None, None)])
    para(doc, [("附件：2025年县政府工作报告重点任务分工方案", FS, 16, None, None)], indent_first=32)
    para(doc, [("", FS, 16, None, None)])
    para(doc, [("", FS, 16, None, None)])
    p = para(doc, [("蓁原县人民政府办公室", FS, 16, None, None)], align=R)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, [("2025年3月12日", FS, 16, None, None)], align=R)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, [("（此件公开发布）", FS, 16, None, None)], indent_first=32)

    # --- 附件 in a landscape section
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21.0)
    s2.top_margin, s2.bottom_margin = Cm(2.6), Cm(2.4)
    s2.left_margin, s2.right_margin = Cm(3.0), Cm(3.0)
    para(doc, [("附件", HT, 16, None, None)])
    h = para(doc, [("2025年县政府工作报告重点任务分工方案", XBS, 22, None, None)], align=C, style="Heading 1", space=36)
    para(doc, [("", FS, 16, None, None)])

    # rows: 2 header rows, then per part: 1 part row + task rows (task 12 has 2)
    nrows = 2
    for title, tasks in PARTS:
        nrows += 1
        for t in tasks:
            nrows += len(t.get("rows", [None]))
    table = doc.add_table(rows=nrows, cols=6)
    table.style = "Table Grid"
    widths = [1.4, 9.6, 2.4, 3.6, 4.6, 2.1]
    for row in table.rows:
        for c, w in enumerate(widths):
            set_cell_width(row.cells[c], w)
    # header
    hdr = [("序号", 0), ("重点工作任务", 1), ("责任分工", 2), ("完成时限", 5)]
    table.cell(0, 0).merge(table.cell(1, 0))
    table.cell(0, 1).merge(table.cell(1, 1))
    table.cell(0, 2).merge(table.cell(0, 4))
    table.cell(0, 5).merge(table.cell(1, 5))
    for text, c in hdr:
        cell_paras(table.cell(0, c), [text], font=HT, size=12, align=C)
    for text, c in (("责任县领导", 2), ("牵头单位", 3), ("配合单位", 4)):
        cell_paras(table.cell(1, c), [text], font=HT, size=12, align=C)
    repeat_header(table.rows[0]); repeat_header(table.rows[1])

    # index rows
    r = 2
    row_of = {}
    layout = []
    for title, tasks in PARTS:
        layout.append(("part", r, title)); r += 1
        for t in tasks:
            if "rows" in t:
                row_of[t["id"]] = r
                row_of[t["id"] + "a"] = r
                row_of[t["id"] + "b"] = r + 1
                layout.append(("task", r, t)); r += 2
            else:
                row_of[t["id"]] = r
                layout.append(("task", r, t)); r += 1

    # merges first (cells still empty)
    for kind, r, obj in layout:
        if kind == "part":
            table.cell(r, 0).merge(table.cell(r, 5))
        elif "rows" in obj:
            for c in (0, 1, 5):
                table.cell(r, c).merge(table.cell(r + 1, c))
    for a, b in LEADER_MERGES:
        table.cell(row_of[a], 2).merge(table.cell(row_of[b], 2))
    for a, b in LEAD_MERGES:
        table.cell(row_of[a], 3).merge(table.cell(row_of[b], 3))
    for a, b in DEADLINE_MERGES:
        table.cell(row_of[a], 5).merge(table.cell(row_of[b], 5))

    merged_leader_cont = set()
    for a, b in LEADER_MERGES:
        for rr in range(row_of[a] + 1, row_of[b] + 1):
            merged_leader_cont.add(rr)
    merged_lead_cont = set(rr for a, b in LEAD_MERGES for rr in range(row_of[a] + 1, row_of[b] + 1))
    merged_dl_cont = set(rr for a, b in DEADLINE_MERGES for rr in range(row_of[a] + 1, row_of[b] + 1))

    for kind, r, obj in layout:
        if kind == "part":
            cell_paras(table.cell(r, 0), [obj], font=HT, size=12)
            continue
        t = obj
        cell_paras(table.cell(r, 0), [t["id"]], align=C)
        cell_paras(table.cell(r, 1), t["task"], bold_first=True)
        subrows = t.get("rows") or [dict(ldr=t["ldr"], lead=t["lead"], coop=t["coop"])]
        for k, sr in enumerate(subrows):
            rr = r + k
            if rr not in merged_leader_cont:
                cell_paras(table.cell(rr, 2), sr["ldr"], align=C)
            if rr not in merged_lead_cont and sr["lead"] is not None:
                cell_paras(table.cell(rr, 3), sr["lead"])
            if sr["coop"]:
                cell_paras(table.cell(rr, 4), sr["coop"])
        if r not in merged_dl_cont and t["dl"] is not None:
            cell_paras(table.cell(r, 5), [t["dl"]], align=C)

    para(doc, [("", FS, 16, None, None)])

    # --- 版记 on a portrait page
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Cm(21.0), Cm(29.7)
    s3.top_margin, s3.bottom_margin = Cm(3.7), Cm(3.5)
    s3.left_margin, s3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(3):
        para(doc, [("", FS, 16, None, None)])
    bj = doc.add_table(rows=2, cols=2)
    bj.style = "Table Grid"
    bj.cell(0, 0).merge(bj.cell(0, 1))
    cell_paras(bj.cell(0, 0), ["抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。"], size=14)
    cell_paras(bj.cell(1, 0), ["蓁原县人民政府办公室"], size=14)
    cell_paras(bj.cell(1, 1), ["2025年3月12日印发"], size=14, align=R)

    cp = doc.core_properties
    cp.author = "县政府办"
    cp.last_modified_by = "县政府办"
    cp.title = ""
    cp.created = datetime.datetime(2025, 3, 12, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 12, 9, 0, 0)
    cp.revision = 3
    doc.save(path)
    return row_of


# ---------------------------------------------------------------------------
# MaxKB DocSplitHandle.to_md, re-implemented (see module docstring)
# ---------------------------------------------------------------------------
TITLE_SIZES = [(36, 100), (30, 36)]


def _elem_text(el):
    t = el.text  # CT_R.text for runs; lxml text (None) for pPr, bookmarks, ...
    return t if t is not None else ""


def _para_text(p):
    return "".join(_elem_text(e) for e in p._element)


def _title_level(p):
    try:
        if p.style is not None:
            n = p.style.name
            if n.startswith("Heading") or n.startswith("TOC 标题") or n.startswith("标题"):
                return int(n.replace("Heading ", "").replace("TOC 标题", "").replace("标题", ""))
        if len(p.runs) == 1:
            pt = p.runs[0].font.size.pt
            if pt >= 30:
                for k, (lo, hi) in enumerate(TITLE_SIZES):
                    if lo <= pt < hi:
                        return k + 1
    except Exception:
        pass
    return None


def _para_md(p):
    lvl = _title_level(p)
    if lvl is not None:
        return "#" * lvl + " " + p.text
    return _para_text(p)


def _cell_md(cell):
    return "".join(_para_text(p) for p in cell.paragraphs).replace("\n", "</br>")


def _table_md(tbl):
    rows = tbl.rows
    out = "| " + " | ".join(_cell_md(c) for c in rows[0].cells) + " |\n"
    out += "| " + " | ".join("---" for _ in rows[0].cells) + " |\n"
    for row in rows[1:]:
        out += "| " + " | ".join(_cell_md(c) for c in row.cells) + " |\n"
    return out


def maxkb_to_md(path):
    doc = Document(path)
    body = doc.element.body
    # guard: nothing on which python-docx 0.8.11 and 1.1 would read differently
    bad = body.xpath(".//w:hyperlink | .//w:ins | .//w:sdt | .//w:smartTag | .//w:fldSimple"
                     " | .//w:drawing | .//w:pict | .//w:br[@w:type] | .//w:noBreakHyphen | .//w:ptab")
    assert not bad, bad
    parts = []
    for el in body:
        tag = str(el.tag)
        if tag.endswith("tbl"):
            parts.append(_table_md(Table(el, doc)))
        elif tag.endswith("p"):
            parts.append(_para_md(Paragraph(el, doc)))
    return "\n".join(parts)


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------
def gold_records():
    recs = []
    for title, tasks in PARTS:
        for t in tasks:
            text = "".join(t["task"])
            lead = t["g_lead"]
            coop = t["g_coop"]
            resp = []
            for u in lead + coop:
                if u not in resp:
                    resp.append(u)
            recs.append({
                "id": t["id"],
                "marker": t["id"],
                "head": text[:12],
                "responsible_units": resp,
                "lead_units": lead,
                "cooperating_units": coop,
                "leaders": t["g_ldr"],
                "deadline": t.get("g_dl", t["dl"]),
            })
    return recs


def main():
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "蓁政办发〔2025〕6号.docx")
        build_docx(src)
        md = maxkb_to_md(src)
    with open(os.path.join(HERE, NAME + ".md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)
    with open(os.path.join(HERE, NAME + ".tasks.gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for rec in gold_records():
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", NAME + ".md", len(md), "chars;", len(gold_records()), "tasks")


if __name__ == "__main__":
    main()
