#!/usr/bin/env python3
"""Round 150, notice 771: a county task-division notice as a Redmine (Textile) page.

What it is
    漱溪县人民政府办公室 red-header Word notice (漱政办发〔2025〕7号, 关于印发2025年《政府工作报告》
    重点工作任务分工的通知): 版头 (red 发文机关标志, 文号, red rule), a title broken over two lines by a
    manual line break, 主送, a cover of three 黑体/bold run-ins (the first saying 牵头单位 is the first
    responsible unit, the first of two 牵头单位 is 主牵头, 配合单位 help), 附件说明, 落款, date,
    （此件公开发布）, then on a landscape page the 附件: a six-column table
    序号 | 重点工作任务 | 责任县领导 | 牵头单位 | 配合单位 | 完成时限 with section rows merged over the
    whole width, 责任县领导 merged down over consecutive tasks (and 牵头单位 once), two leads or two
    leaders as two paragraphs in a cell, sub-items (1)(2) after manual line breaks in two task cells;
    版记 as a two-row table (抄送 / 印发).
    The county 督查室 converts the Word file with pandoc to Textile and pastes it into a Redmine wiki page:
    the notice file is pandoc's Textile output kept exactly as pandoc writes it.  pandoc's Textile writer
    cannot express the Word table, so the table arrives as raw HTML (<table>, <thead>/<th>, <td>) inside the
    Textile page; merged cells lose their spans (section rows: text in the first cell, five empty cells;
    vertically merged cells: empty in the continuation rows); bold becomes *...*; characters Textile would
    read as markup become numeric entities (+ -> &#43;, - -> &#45;, @ -> &#64;, " -> &quot;);
    a manual line break is a bare newline.

Files written (in the current directory, /work/round150)
    771_shuxi_xian_gzbg_renwu_fengong_redmine.textile   the notice (pandoc output, byte for byte)
    771.tasks.gold.jsonl                                 the gold, from the same TASKS list
    The intermediate .docx is built in a temporary directory and removed.

Needs
    /usr/bin/python3 with python-docx; pandoc (Debian package `pandoc`, 2.17.1.1 here, installed with
    `apt-get install -y pandoc`), run as `pandoc -f docx -t textile`.  The DOCX has fixed core properties
    and zip timestamps; pandoc's output was checked to be identical over two runs.
"""
import io
import json
import os
import subprocess
import tempfile
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

NOTICE = "771_shuxi_xian_gzbg_renwu_fengong_redmine.textile"
GOLD = "771.tasks.gold.jsonl"

# ---------------------------------------------------------------------------------------------
# The one description of the tasks.  Each section: (heading, [task, ...]).
# task: (text, leaders, leads, coops, deadline, flags)
#   text     : the cell text; "\n" is a manual line break (Shift+Enter) inside the cell
#   leaders  : names as printed in the 责任县领导 cell (one paragraph each; 何　军 padded with U+3000)
#   leads    : units in the 牵头单位 cell, one paragraph each
#   coops    : units in the 配合单位 cell, printed joined by 、 (None -> the cell holds "/")
#   deadline : the 完成时限 cell
#   flags    : "merge_lead_up" -> the 牵头单位 cell is merged with the one above (same unit)
#              "coop_deng"     -> the 配合单位 cell ends with 等 (not part of the last name)
# Consecutive tasks in a section with the same leader cell are merged vertically in 责任县领导.
# ---------------------------------------------------------------------------------------------
ZHONG = ["钟文涛"]
TAN = ["谭启明"]
XIANG = ["向国华"]
PENG = ["彭晓燕"]
TANG = ["汤丽萍"]
HE = ["何　军"]
YANG = ["杨振华"]
LIU = ["刘佳敏"]
XZ = "各乡（镇）人民政府"

SECTIONS = [
    ("一、做大做强实体经济，加快构建现代化产业体系（共8项）", [
        ("全县地区生产总值增长6%左右，规模以上工业增加值增长7.5%以上，一般公共预算收入增长5%，固定资产投资增长8%。",
         ZHONG, ["县发展和改革局"], ["县统计局", "县财政局", "县税务局"], "2025年12月底前", ""),
        ("构建“1+3+N”现代产业体系，做强先进装备制造主导产业，培育新材料、绿色食品、电子信息三大特色产业，全年新增规模以上工业企业12家以上。",
         TAN, ["县工业和信息化局"], ["县发展和改革局", "县商务局", "漱溪经济开发区管委会"], "2025年12月底前", ""),
        ("实施工业技改“百项工程”，完成工业技改投资18亿元以上，推动30家以上规模工业企业开展设备更新和数字化改造。",
         TAN, ["县工业和信息化局"], ["县财政局", "县科学技术局", "县数据局"], "2025年12月底前", "merge_lead_up"),
        ("深化“揭榜挂帅”科技攻关，新增高新技术企业8家、科技型中小企业25家，全社会研发经费投入强度达到2.1%。",
         TAN, ["县科学技术局"], ["县工业和信息化局", "县财政局", "县统计局"], "2025年12月底前", ""),
        ("推动漱溪经济开发区扩区调规，新建标准厂房15万平方米，园区规模工业总产值突破160亿元，亩均税收提高10%。",
         XIANG, ["漱溪经济开发区管委会"], ["县自然资源局", "县住房和城乡建设局", "县工业和信息化局"], "2025年12月底前", ""),
        ("开展“链长制”精准招商，全年引进亿元以上产业项目30个，其中10亿元以上项目3个，实际到位内资110亿元、外资1200万美元。",
         XIANG, ["县投资促进事务中心"], ["县商务局", "漱溪经济开发区管委会", XZ], "2025年12月底前", ""),
        ("大力发展数字经济，新建5G基站120个，推进“上云用数赋智”行动，数字经济核心产业增加值增长12%。",
         PENG, ["县数据局", "县工业和信息化局"], ["中国电信漱溪分公司", "中国移动漱溪分公司", "中国联通漱溪分公司"], "2025年12月底前", ""),
        ("培育壮大经营主体，新增“个转企”150户、“小升规”企业15家，民营经济增加值占地区生产总值比重达到62%。",
         PENG, ["县市场监督管理局"], ["县工业和信息化局", "县统计局", "县税务局"], "2025年12月底前", ""),
    ]),
    ("二、扩大有效投资和消费，增强经济发展动能（共7项）", [
        ("全年实施重点项目200个以上，完成年度投资260亿元，其中新开工项目80个以上。",
         ZHONG, ["县发展和改革局"], ["县财政局", "县自然资源局", "县住房和城乡建设局", "县行政审批服务局"], "2025年12月底前", ""),
        ("加大争资争项力度，争取超长期特别国债、中央预算内投资和地方政府专项债券资金25亿元以上。",
         ZHONG, ["县发展和改革局", "县财政局"], ["县直有关单位"], "2025年9月底前", ""),
        ("加快S236漱溪至河口段改扩建、G5513漱溪互通连接线等交通项目建设，完成交通投资12亿元，新改建农村公路180公里。",
         TANG, ["县交通运输局"], ["县自然资源局", "县林业局", "相关乡（镇）人民政府"], "2025年12月底前", ""),
        ("推进城区更新改造提质，重点抓好以下工作：\n（1）改造老旧小区32个、1860户；\n（2）完成城区雨污分流改造12公里，新建改造城市燃气管网26公里。",
         TANG, ["县住房和城乡建设局"], ["县城市管理和综合执法局", "县财政局", "国网漱溪县供电公司"], "2025年11月底前", ""),
        ("实施消费提振行动，开展以旧换新等促消费活动40场以上，社会消费品零售总额增长6.5%。",
         PENG, ["县商务局"], ["县财政局", "县市场监督管理局", "县统计局"], "2025年12月底前", ""),
        ("推动文旅深度融合，加快漱溪古镇5A级景区创建，全年接待游客1100万人次、实现旅游综合收入95亿元。",
         PENG, ["县文化旅游广电体育局"], ["县发展和改革局", "县自然资源局", "县交通运输局", "漱溪古镇景区管理处"], "2025年12月底前", ""),
        ("促进房地产市场平稳健康发展，落实购房补贴政策，商品房销售面积稳定在45万平方米左右。",
         TANG, ["县住房和城乡建设局"], ["县自然资源局", "县财政局", "县税务局", "市住房公积金管理中心漱溪管理部"], "2025年12月底前", ""),
    ]),
    ("三、深化改革开放，持续优化营商环境（共6项）", [
        ('推行"高效办成一件事"，年内实现企业和个人全生命周期重点事项集成办理20项以上，政务服务事项网上可办率达到98%。',
         HE, ["县行政审批服务局"], ["县数据局", "县直有关单位"], "2025年12月底前", ""),
        ("深化国有企业改革，推进县城投集团市场化转型，完成2家县属国有企业整合重组。",
         ZHONG, ["县国有资产事务中心"], ["县财政局", "县城市建设投资集团有限公司"], "2025年10月底前", ""),
        ("落实结构性减税降费政策，全年为经营主体减负3亿元以上，清理拖欠企业账款，做到应付尽付。",
         ZHONG, ["县财政局", "县税务局"], ["县工业和信息化局", "县人力资源和社会保障局", "县医疗保障局"], "2025年12月底前", ""),
        ("深化“银企对接”，新增普惠小微贷款15亿元，县域存贷比提高3个百分点。",
         ZHONG, ["县金融服务中心"], ["中国人民银行漱溪县支行", "国家金融监督管理总局漱溪监管支局", "县内各银行业金融机构"], "2025年12月底前", ""),
        ("扩大对外开放，支持企业开拓“一带一路”市场，外贸进出口总额增长10%，新增有进出口实绩企业10家。",
         PENG, ["县商务局"], None, "2025年12月底前", ""),
        ("深入推进“放管服”改革和“双随机、一公开”监管，企业开办时间压缩至1个工作日以内。",
         HE, ["县行政审批服务局", "县市场监督管理局"], ["县司法局", "县税务局"], "2025年6月底前", ""),
    ]),
    ("四、推进乡村全面振兴，促进城乡融合发展（共7项）", [
        ("稳定粮食生产，全年粮食播种面积稳定在52.6万亩以上、总产量21.3万吨以上，新建高标准农田3.2万亩。",
         YANG, ["县农业农村局"], ["县自然资源局", "县水利局", "县财政局", XZ], "2025年12月底前", ""),
        ("巩固拓展脱贫攻坚成果，守住不发生规模性返贫致贫底线，脱贫人口人均纯收入增长8%以上。",
         YANG, ["县农业农村局"], ["县民政局", "县人力资源和社会保障局", "县医疗保障局", "县教育局", XZ], "2025年12月底前", ""),
        ("做强茶叶、油茶、生猪三大特色产业，新增茶园面积1.5万亩，油茶综合产值突破30亿元。",
         YANG, ["县农业农村局", "县林业局"], ["县商务局", "县市场监督管理局", "县供销合作社联合社"], "2025年12月底前", ""),
        ("实施农村人居环境整治提升行动：\n（1）农村卫生厕所普及率达到92%；\n（2）创建美丽乡村示范村15个、精品示范村3个。",
         YANG, ["县农业农村局"], ["县住房和城乡建设局", "县卫生健康局", "市生态环境局漱溪分局", XZ], "2025年11月底前", ""),
        ("推进以县城为重要载体的新型城镇化，常住人口城镇化率提高1.2个百分点，完成县城控制性详细规划修编。",
         TANG, ["县自然资源局"], ["县发展和改革局", "县住房和城乡建设局", "县公安局"], "2025年12月底前", "coop_deng"),
        ("加强水利基础设施建设，完成中小河流治理28公里、病险水库除险加固9座，农村自来水普及率达到93%。",
         YANG, ["县水利局"], ["县财政局", "县自然资源局", XZ], "2025年10月底前", ""),
        ("深化农村集体产权制度改革，集体经济年经营性收入10万元以上的村占比达到85%。",
         YANG, ["县农业农村局"], ["县财政局", "县委组织部"], "2025年12月底前", ""),
    ]),
    ("五、加强生态环境保护，推动绿色低碳发展（共5项）", [
        ("深入打好蓝天保卫战，县城空气质量优良天数比率达到90%以上，PM2.5平均浓度控制在35微克/立方米以内。",
         TANG, ["市生态环境局漱溪分局"], ["县住房和城乡建设局", "县交通运输局", "县公安局", "县城市管理和综合执法局"], "2025年12月底前", ""),
        ("全面落实河湖长制，漱溪河、白沙河等重点河流出境断面水质稳定达到Ⅲ类以上，县级集中式饮用水水源地水质达标率100%。",
         YANG, ["县水利局"], ["市生态环境局漱溪分局", "县农业农村局", XZ], "2025年12月底前", ""),
        ("抓好中央和省生态环境保护督察反馈问题整改，按期完成整改销号。",
         TANG, ["市生态环境局漱溪分局"], ["县直有关单位", XZ], "按整改方案时限完成", ""),
        ("推进林长制落实，完成人工造林1.2万亩、森林抚育5万亩，森林覆盖率稳定在68.5%以上。",
         YANG, ["县林业局"], ["县自然资源局", XZ], "2025年12月底前", ""),
        ("推动能耗双控逐步转向碳排放双控，单位地区生产总值能耗下降2.8%，新增光伏装机容量5万千瓦。",
         ZHONG, ["县发展和改革局"], ["县工业和信息化局", "县统计局", "国网漱溪县供电公司"], "2025年12月底前", ""),
    ]),
    ("六、持续保障和改善民生，提升群众获得感（共8项）", [
        ("落实就业优先政策，城镇新增就业4500人，农村劳动力转移就业1500人，城镇调查失业率控制在5.5%以内。",
         HE, ["县人力资源和社会保障局"], ["县财政局", "县农业农村局", "县总工会", "团县委", "县妇联"], "2025年12月底前", ""),
        ("推进城区义务教育学校扩容提质，建成投用漱溪县第三中学、城南小学，新增学位3600个。",
         LIU, ["县教育局"], ["县发展和改革局", "县财政局", "县自然资源局", "县住房和城乡建设局"], "2025年8月底前", ""),
        ("深化紧密型县域医共体建设，县人民医院胸痛、卒中、创伤中心通过省级评审，县域内就诊率达到90%以上。",
         LIU, ["县卫生健康局"], ["县医疗保障局", "县人民医院", "县中医医院"], "2025年12月底前", ""),
        ("健全多层次社会保障体系，城乡居民基本养老保险参保率稳定在95%以上，提高城乡低保标准。",
         HE, ["县人力资源和社会保障局", "县民政局"], ["县财政局", "县医疗保障局", "县税务局"], "2025年12月底前", ""),
        ("办好十件民生实事，确保年度民生实事项目全面完成、群众满意。",
         ["罗志刚", "钟文涛"], ["县人民政府办公室", "县发展和改革局"], ["县财政局", "民生实事项目各责任单位"], "2025年12月底前", ""),
        ("加快发展养老托育服务，新建社区嵌入式养老服务中心6个，每千人口拥有3岁以下婴幼儿托位数达到4.5个。",
         HE, ["县民政局", "县卫生健康局"], ["县发展和改革局", "县财政局", "县住房和城乡建设局"], "2025年12月底前", ""),
        ("繁荣发展文化体育事业，建成县全民健身中心，开展“村晚”“村BA”等群众性文体活动300场次以上。",
         PENG, ["县文化旅游广电体育局"], ["县教育局", "县融媒体中心", XZ], "2025年12月底前", ""),
        ("提升城市管理精细化水平，新增公共停车位1500个，城区生活垃圾无害化处理率保持100%。",
         TANG, ["县城市管理和综合执法局"], ["县住房和城乡建设局", "县公安局交通警察大队", "县自然资源局"], "2025年12月底前", ""),
    ]),
    ("七、统筹发展和安全，建设更高水平平安漱溪（共4项）", [
        ("压实安全生产责任，深化安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。",
         HE, ["县应急管理局"], ["县安全生产委员会各成员单位"], "全年持续推进", ""),
        ("有效防范化解地方政府债务风险，严格落实化债方案，确保法定债务按时还本付息。",
         ZHONG, ["县财政局"], ["县发展和改革局", "县国有资产事务中心", "县城市建设投资集团有限公司"], "2025年12月底前", ""),
        ("深入推进信访工作法治化，持续开展矛盾纠纷排查化解，信访事项及时受理率、按期办结率均达到100%。",
         HE, ["县信访局"], ["县司法局", "县公安局", XZ], "全年持续推进", ""),
        ("加强食品药品安全监管，开展“守护舌尖安全”专项行动，食品抽检量达到每千人5批次。",
         HE, ["县市场监督管理局"], ["县农业农村局", "县卫生健康局", "县教育局"], "2025年12月底前", ""),
    ]),
]

ISSUER = "漱溪县人民政府办公室"
DATE = "2025年3月14日"
ATTACH_TITLE = "漱溪县2025年《政府工作报告》重点工作任务分工"

# ---------------------------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------------------------

def set_font(run, east, size=None, bold=None, color=None, ascii_font="Times New Roman"):
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", east="仿宋_GB2312", size=16, bold=None, color=None, align=None,
         indent=False, space_after=0, line=28):
    p = doc_or_cell.add_paragraph()
    fmt = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        fmt.first_line_indent = Pt(size * 2)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(space_after)
    if line:
        fmt.line_spacing = Pt(line)
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def bottom_border(p, color="FF0000", sz="18"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def cell_write(cell, lines, east="仿宋_GB2312", size=10.5, bold=False, align=None):
    """Write paragraphs into a cell: lines is a list of paragraphs; '\n' inside one is a line break."""
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        parts = line.split("\n")
        for k, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, east, size, bold)
            if k < len(parts) - 1:
                r.add_break(WD_BREAK.LINE)


def set_grid(tbl, widths):
    """Column widths as Word stores them: w:tblGrid/w:gridCol and each cell's w:tcW."""
    for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in tbl.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def fix_zip(path):
    """Rewrite the DOCX with a fixed timestamp and order so the bytes are the same on every run."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------------------------
# Build the DOCX
# ---------------------------------------------------------------------------------------------

def build_docx(path):
    doc = Document()
    cp = doc.core_properties
    cp.author = "县政府办文电股"
    cp.last_modified_by = "县政府办文电股"
    cp.title = ""
    cp.comments = ""
    cp.created = datetime(2025, 3, 14, 9, 0, 0)
    cp.modified = datetime(2025, 3, 14, 9, 30, 0)
    cp.last_printed = datetime(2025, 3, 14, 9, 30, 0)
    cp.revision = 3

    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    # 版头
    para(doc, "", line=None)
    para(doc, ISSUER + "文件", east="方正小标宋简体", size=36, color="FF0000",
         align=WD_ALIGN_PARAGRAPH.CENTER, line=None, space_after=24)
    p = para(doc, "漱政办发〔2025〕7号", align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    bottom_border(p)
    para(doc, "", line=None)

    # 标题 (two lines by a manual line break)
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=36, space_after=18)
    r = p.add_run(ISSUER + "关于印发2025年《政府工作报告》")
    set_font(r, "方正小标宋简体", 22)
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run("重点工作任务分工的通知"), "方正小标宋简体", 22)

    para(doc, "各乡（镇）人民政府，漱溪经济开发区管委会，县人民政府各部门、各直属机构：")
    para(doc, "《政府工作报告》已经县第十八届人民代表大会第五次会议审议通过。为确保报告确定的各项目标任务落到实处，"
              "经县人民政府同意，现将《漱溪县2025年〈政府工作报告〉重点工作任务分工》印发给你们，并就有关事项通知如下。",
         indent=True)

    runins = [
        ("一、压实工作责任。",
         "责任县领导负责统筹调度分管领域任务落实。牵头单位是任务落实的第一责任单位，对任务完成负总责；"
         "牵头单位有两个的，排在第一位的为主牵头单位，负责组织协调和情况汇总；配合单位要按照职责分工主动配合、形成合力，"
         "不得推诿扯皮。"),
        ("二、强化跟踪问效。",
         "各牵头单位要细化工作措施，明确时间节点，于4月10日前将具体推进方案报县政府督查室。"
         "县政府督查室将分工任务纳入县政府重点督查事项，实行“月调度、季通报、年考评”，督查结果纳入年度绩效考核。"),
        ("三、按时报送进展。",
         "各牵头单位于每季度末月25日前、12月20日前分别报送季度和全年任务完成情况（纸质件加盖公章），"
         "电子版同步发送至县政府督查室。联系人：县政府督查室 周　静，联系电话：0738-5213366，电子邮箱：sxdcs2025@163.com。"),
    ]
    for head, body in runins:
        p = para(doc, indent=True)
        set_font(p.add_run(head), "黑体", 16, bold=True)
        set_font(p.add_run(body), "仿宋_GB2312", 16)

    para(doc, "")
    p = para(doc, "附件：" + ATTACH_TITLE, indent=True)
    para(doc, "")
    para(doc, "")
    para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "（此件公开发布）", indent=True)

    # 附件 on a landscape page
    ls = doc.add_section(WD_SECTION.NEW_PAGE)
    ls.orientation = WD_ORIENT.LANDSCAPE
    ls.page_width, ls.page_height = Cm(29.7), Cm(21)
    ls.top_margin, ls.bottom_margin = Cm(2.6), Cm(2.4)
    ls.left_margin, ls.right_margin = Cm(2.5), Cm(2.5)
    para(doc, "附件", east="黑体", size=16)
    para(doc, ATTACH_TITLE, east="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
         line=36, space_after=12)

    nrows = 1 + sum(1 + len(ts) for _, ts in SECTIONS)
    tbl = doc.add_table(rows=nrows, cols=6)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.3), Cm(9.8), Cm(2.3), Cm(3.6), Cm(5.6), Cm(2.1)]
    set_grid(tbl, widths)
    heads = ["序号", "重点工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]
    for i, h in enumerate(heads):
        cell_write(tbl.cell(0, i), [h], east="黑体", size=11, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(tbl.rows[0])

    r = 1
    n = 0
    for title, tasks in SECTIONS:
        m = tbl.cell(r, 0).merge(tbl.cell(r, 5))
        cell_write(m, [title], east="黑体", size=11, bold=True)
        r += 1
        prev_leader = None
        lead_top = None
        leader_top = None
        for text, leaders, leads, coops, deadline, flags in tasks:
            n += 1
            cell_write(tbl.cell(r, 0), [str(n)], align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_write(tbl.cell(r, 1), [text])
            # 责任县领导: merged down while the same leader goes on
            if prev_leader == leaders:
                tbl.cell(leader_top, 2).merge(tbl.cell(r, 2))
            else:
                cell_write(tbl.cell(r, 2), leaders, align=WD_ALIGN_PARAGRAPH.CENTER)
                leader_top = r
            prev_leader = leaders
            # 牵头单位
            if "merge_lead_up" in flags:
                tbl.cell(lead_top, 3).merge(tbl.cell(r, 3))
            else:
                cell_write(tbl.cell(r, 3), leads)
                lead_top = r
            # 配合单位
            if coops is None:
                cell_write(tbl.cell(r, 4), ["/"], align=WD_ALIGN_PARAGRAPH.CENTER)
            else:
                s = "、".join(coops) + ("等" if "coop_deng" in flags else "")
                cell_write(tbl.cell(r, 4), [s])
            cell_write(tbl.cell(r, 5), [deadline], align=WD_ALIGN_PARAGRAPH.CENTER)
            r += 1

    # 版记 on a last portrait page, as a two-row table
    ps = doc.add_section(WD_SECTION.NEW_PAGE)
    ps.orientation = WD_ORIENT.PORTRAIT
    ps.page_width, ps.page_height = Cm(21), Cm(29.7)
    ps.top_margin, ps.bottom_margin = Cm(3.7), Cm(3.5)
    ps.left_margin, ps.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(3):
        para(doc, "")
    bj = doc.add_table(rows=2, cols=2)
    bj.style = "Table Grid"
    set_grid(bj, [Cm(8.3), Cm(7.3)])
    m = bj.cell(0, 0).merge(bj.cell(0, 1))
    cell_write(m, ["抄送：县委办公室，县人大常委会办公室，县政协办公室，县纪委监委，县人民法院，县人民检察院。"], size=14)
    cell_write(bj.cell(1, 0), [ISSUER], size=14)
    cell_write(bj.cell(1, 1), [DATE + "印发"], size=14, align=WD_ALIGN_PARAGRAPH.RIGHT)

    doc.save(path)
    fix_zip(path)
    return n


# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------

def head_of(text):
    """The first 14 characters of the task text after its marker, verbatim (its first line)."""
    first = text.split("\n")[0]
    h = first[:14]
    return h


def gold_records():
    out = []
    n = 0
    for _title, tasks in SECTIONS:
        for text, leaders, leads, coops, deadline, flags in tasks:
            n += 1
            co = [] if coops is None else list(coops)
            out.append({
                "id": str(n),
                "marker": str(n),
                "head": head_of(text),
                "responsible_units": list(leads) + co,
                "lead_units": list(leads),
                "cooperating_units": co,
                "leaders": [x.replace("　", "") for x in leaders],
                "deadline": deadline,
            })
    return out


def main():
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "漱政办发〔2025〕7号.docx")
        n = build_docx(src)
        res = subprocess.run(["pandoc", "-f", "docx", "-t", "textile", src],
                             check=True, stdout=subprocess.PIPE)
        textile = res.stdout
    with open(NOTICE, "wb") as f:
        f.write(textile)
    recs = gold_records()
    assert len(recs) == n
    with open(GOLD, "w", encoding="utf-8", newline="\n") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {NOTICE} ({len(textile)} bytes) and {GOLD} ({len(recs)} tasks)")


if __name__ == "__main__":
    main()
