#!/usr/bin/env python3
"""Round 135 / 685: a county 重点工作任务书 whose tasks are paragraphs, each followed by
its own small 责任分工表 (a separate Word table under every task), in a few layouts
(header row + value row, label/value column pairs, a label/value grid, a reordered
header, two 分项 rows); the 民生实事 part is one ordinary table.

Writes 685_fengchuan_xian_zhongdian_gongzuo_renwushu_zhuxiang_biao.docx and its gold.
Deterministic: fixed core properties, fixed zip timestamps, fixed member order.
"""
import io
import json
import re
import zipfile
import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

NAME = "685_fengchuan_xian_zhongdian_gongzuo_renwushu_zhuxiang_biao"
OUT_DOCX = NAME + ".docx"
OUT_GOLD = NAME + ".tasks.gold.jsonl"

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

# ---------------------------------------------------------------- helpers

def set_run_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), "Times New Roman" if name == FS else name)
    rfonts.set(qn("w:hAnsi"), "Times New Roman" if name == FS else name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None,
         indent=True, color=None, space_after=0, line=None):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        set_run_font(r, font, size, bold, color)
    fmt = p.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(space_after)
    if line:
        fmt.line_spacing = Pt(line)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        ppr = p._element.get_or_add_pPr()
        ind = OxmlElement("w:ind")
        ind.set(qn("w:firstLineChars"), "200")
        ind.set(qn("w:firstLine"), "640")
        ppr.append(ind)
    return p


def add_run(p, text, font=FS, size=16, bold=False):
    r = p.add_run(text)
    set_run_font(r, font, size, bold)
    return r


def bottom_border(p, color="FF0000", sz="12"):
    ppr = p._element.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_bottom_border(p):
    ppr = p._element.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "6")
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        bdr.append(b)
    ppr.append(bdr)


def cell_text(cell, lines, bold=False, size=12, align="center"):
    """Fill a cell: a list of strings -> one paragraph each."""
    if isinstance(lines, str):
        lines = [lines]
    first = True
    for ln in lines:
        if first:
            p = cell.paragraphs[0]
            first = False
        else:
            p = cell.add_paragraph()
        if ln:
            r = p.add_run(ln)
            set_run_font(r, FS if not bold else HT, size, False)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(0)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "left":
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT


def set_widths(table, widths_cm):
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_cm):
            gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    table.autofit = False
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths_cm):
                c.width = Cm(widths_cm[i])


def new_table(doc, rows, cols):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    return t


def vmerge(table, col, r0, r1):
    a = table.cell(r0, col)
    b = table.cell(r1, col)
    return a.merge(b)


def split_units(s):
    """split a printed unit list on 、，； outside brackets"""
    out, cur, depth = [], "", 0
    for ch in s:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if depth == 0 and ch in "、，；":
            if cur.strip():
                out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out


NONE_MARKS = ("/", "", "／")

# ---------------------------------------------------------------- data
# leader cell: list of paragraphs as printed; names() strips posts/padding
# each task: (marker, title, body, extra_paras, layout, spec)
# spec keys: leaders (printed cell paragraphs), lead (printed), person, coop (printed), deadline

P = {  # 责任人 of the lead unit (printed as in the cell)
    "县发展和改革局": "李卫东（局长）",
    "县商务局": "吴晓东（局长）",
    "县财政局": "张建华（局长）",
    "县统计局": "刘　芳（局长）",
    "县行政审批服务局": "黄　敏（局长）",
    "县工业和信息化局": "宋志刚（局长）",
    "葑川经济开发区管委会": "田　野（常务副主任）",
    "县科学技术局": "罗　静（局长）",
    "县数据资源管理局": "谢　峰（局长）",
    "县文化和旅游局": "彭　丽（局长）",
    "县投资促进中心": "郑　凯（主任）",
    "县农业农村局": "曾国平（局长）",
    "县水利局": "邓　涛（局长）",
    "县林业局": "龚　建（局长）",
    "县住房和城乡建设局": "蒋文斌（局长）",
    "县交通运输局": "韩　冰（局长）",
    "县城市管理局": "钟　磊（局长）",
    "市生态环境局葑川分局": "范　勇（局长）",
    "县应急管理局": "唐　亮（局长）",
    "县人力资源和社会保障局": "梁　红（局长）",
    "县教育局": "袁志华（局长）",
    "县卫生健康局": "陆　洋（局长）",
    "县民政局": "史　磊（局长）",
    "县公安局": "冯　刚（政委）",
}

PARTS = [
    ("一、稳住经济增长基本盘（6项）", [
        ("1．", "全力扩大有效投资。",
         "全年实施县级重点项目120个，完成投资165亿元，固定资产投资增长8%以上；健全项目谋划储备、要素保障和调度推进机制，推动一批重大项目早开工、早投产、早见效。",
         [], "std",
         dict(leaders=["王勇"], lead="县发展和改革局", coop="县财政局、县自然资源局、县住房和城乡建设局",
              deadline="2025年12月底前")),
        ("2．", "持续提振消费需求。",
         "落实大规模设备更新和消费品以旧换新政策，举办“葑川消费季”系列促消费活动20场以上，培育夜间消费集聚区2个，社会消费品零售总额增长6%。",
         [], "std",
         dict(leaders=["陈立新"], lead="县商务局", coop="县财政局、县文化和旅游局、县市场监督管理局",
              deadline="2025年12月底前")),
        ("3．", "强化财政金融支撑。",
         "加强财源建设和收入征管，一般公共预算收入增长5%；扩大普惠金融覆盖面，新增各项贷款40亿元以上，坚决守住不发生区域性金融风险底线。",
         [], "std",
         dict(leaders=["王　勇"], lead="县财政局", coop="国家税务总局葑川县税务局、县发展和改革局",
              deadline="全年")),
        ("4．", "积极争取上级政策资金。",
         "紧盯国家和省政策导向，主动对接省发展改革委、省财政厅，力争争取中央和省预算内投资、超长期特别国债和地方政府专项债券资金18亿元以上。",
         [], "std",
         dict(leaders=["王勇"], lead="县发展和改革局、县财政局", coop="县直各有关单位",
              deadline="2025年11月底前")),
        ("5．", "做好经济运行监测调度。",
         "建立主要经济指标月调度、季分析机制，加强对规上工业企业、限上商贸单位和重点项目的监测服务，确保应统尽统、数据真实。",
         [], "std",
         dict(leaders=["王勇"], lead="县统计局", coop="县发展和改革局、县工业和信息化局、县商务局",
              deadline="持续推进")),
        ("6．", "持续优化营商环境。",
         "深化“高效办成一件事”改革，推行涉企经营许可“一业一证”，政务服务事项网上可办率达到98%以上，营商环境评价保持全市第一方阵。",
         [], "vertical",
         dict(leaders=["林志远（县长）"], lead="县行政审批服务局",
              coop="县发展和改革局、县市场监督管理局、县数据资源管理局，各乡镇（街道）",
              deadline="2025年12月底前")),
    ]),
    ("二、推动产业转型升级（6项）", [
        ("7．", "壮大先进制造业集群。",
         "聚焦新材料、食品加工、装备制造三大主导产业，实施技改项目30个，新增规上工业企业15家，规上工业增加值增长7.5%。",
         [], "std",
         dict(leaders=["陈立新"], lead="县工业和信息化局", coop="县科学技术局、县发展和改革局、葑川经济开发区管委会",
              deadline="2025年12月底前")),
        ("8．", "加快园区提档升级。",
         "推进葑川经济开发区扩区调区，新建标准化厂房15万平方米，完善园区污水处理、供气等配套设施，园区亩均税收提高10%。",
         [], "std",
         dict(leaders=["陈立新"], lead="葑川经济开发区管委会", coop="县自然资源局、县住房和城乡建设局、市生态环境局葑川分局",
              deadline="2025年10月底前")),
        ("9．", "培育壮大科技创新主体。",
         "新认定高新技术企业10家、科技型中小企业30家，全社会研发经费投入强度达到1.8%。",
         ["支持企业与高校、科研院所共建研发平台，新建省级以上创新平台3个，全面落实研发费用加计扣除等政策，推动科技成果就地转化。"],
         "std_gap",
         dict(leaders=["陈立新"], lead="县科学技术局", coop="县工业和信息化局、县财政局",
              deadline="2025年12月底前")),
        ("10．", "推进数字经济发展。",
         "新建5G基站200个，推动30家规上工业企业实施数字化改造，培育数字经济核心产业企业8家，数字经济核心产业增加值增长12%。",
         [], "std",
         dict(leaders=["周海燕"], lead="县数据资源管理局", coop="县工业和信息化局、国网葑川县供电公司",
              deadline="2025年12月底前")),
        ("11．", "促进文旅融合发展。",
         "推进葑湖景区创建国家4A级旅游景区，打造精品旅游线路5条，全年接待游客600万人次、实现旅游综合收入55亿元。",
         [], "std",
         dict(leaders=["周海燕"], lead="县文化和旅游局", coop="县交通运输局、县农业农村局、县融媒体中心",
              deadline="2025年9月底前")),
        ("12．", "加大招商引资力度。",
         "坚持“一把手”招商，开展产业链精准招商和驻点招商，全年引进亿元以上项目40个，实际到位县外资金110亿元。",
         [], "grid",
         dict(leaders=["林志远、王勇"], lead="县投资促进中心", coop="葑川经济开发区管委会，各乡镇（街道）",
              deadline="持续推进")),
    ]),
    ("三、全面推进乡村振兴（6项）", [
        ("13．", "稳定粮食等重要农产品生产。",
         "落实耕地保护和粮食安全党政同责，粮食播种面积稳定在62万亩以上、总产量达到25万吨，新建高标准农田3万亩。",
         [], "std_caption",
         dict(leaders=["欧阳明"], lead="县农业农村局", coop="县自然资源局、县水利局、县供销合作社联合社，各乡镇人民政府",
              deadline="2025年10月底前")),
        ("14．", "巩固拓展脱贫攻坚成果。",
         "健全防止返贫致贫监测和帮扶机制，脱贫人口人均纯收入增长10%以上，坚决守住不发生规模性返贫致贫底线。",
         [], "reordered",
         dict(leaders=["欧阳明"], lead="县农业农村局", coop="县民政局、县人力资源和社会保障局、县医疗保障局、县教育局",
              deadline="持续推进")),
        ("15．", "扎实推进农村人居环境整治。",
         "实施农村厕所革命提升行动，新（改）建农村户厕3000户，农村生活垃圾无害化处理率达到95%，生活污水治理率达到45%。",
         [], "std",
         dict(leaders=["欧阳明"], lead="县农业农村局、县住房和城乡建设局",
              coop="县城市管理局、市生态环境局葑川分局，各乡镇（街道）",
              deadline="2025年12月底前")),
        ("16．", "加强水利基础设施建设。",
         "推进葑河防洪治理工程和中型灌区续建配套与节水改造，新建改造农村供水工程12处，农田有效灌溉面积达到38万亩。",
         [], "std",
         dict(leaders=["欧阳明"], lead="县水利局", coop="/",
              deadline="2025年12月底前")),
        ("17.", "发展壮大特色农业产业。",
         "做强茶叶、油茶、中药材等特色产业，新增省级农业产业化龙头企业3家，农产品网络零售额增长15%。",
         [], "std",
         dict(leaders=["欧阳明"], lead="县农业农村局", coop="县林业局、县商务局、县供销合作社联合社",
              deadline="2025年12月底前")),
        ("18．", "推进林业生态建设。",
         "完成人工造林1.5万亩、森林抚育4万亩，全面推行林长制，森林覆盖率稳定在63%以上。",
         [], "std",
         dict(leaders=["欧阳明"], lead="县林业局", coop="县自然资源局，各乡镇（街道）",
              deadline="2025年6月底前")),
    ]),
    ("四、提升城乡建设品质（5项）", [
        ("19．", "有序推进城市更新。",
         "实施老城片区有机更新，推进城市燃气、供排水等地下管网改造30公里，新建改造城市道路8条，打造口袋公园6个。",
         [], "std",
         dict(leaders=["王　勇", "周海燕"], lead="县住房和城乡建设局",
              coop="县自然资源局、县财政局、葑川县城市建设投资集团有限公司",
              deadline="2025年12月底前")),
        ("20．", "完善综合交通路网。",
         "配合省交通运输厅推进葑川至临江高速公路前期工作，建成县道升级改造工程45公里，新改建农村公路120公里。",
         [], "std_caption",
         dict(leaders=["陈立新"], lead="县交通运输局", coop="县自然资源局、县财政局",
              deadline="2025年12月底前")),
        ("21．", "提升城市精细化管理水平。",
         "深化城市管理“网格化、数字化”，新增城区停车泊位1500个，城区生活垃圾分类覆盖率达到90%。",
         [], "std",
         dict(leaders=["王勇"], lead="县城市管理局", coop="",
              deadline="持续推进")),
        ("22．", "持续加强生态环境保护。",
         "深入打好蓝天、碧水、净土保卫战，县城空气质量优良天数比率达到92%以上，国省控断面水质达标率保持100%。",
         [], "split",
         dict(rows=[("城区", ["王勇"], "市生态环境局葑川分局", "县住房和城乡建设局、县城市管理局"),
                    ("乡镇", ["欧阳明"], "县农业农村局", "各乡镇（街道）")],
              deadline="2025年12月底前")),
        ("23．", "统筹发展和安全。",
         "深化安全生产治本攻坚三年行动，加强道路交通、消防、燃气、自建房等重点领域隐患排查整治，坚决遏制较大及以上生产安全事故。",
         [], "std",
         dict(leaders=["何　斌"], lead="县应急管理局",
              coop="县公安局、县交通运输局、县住房和城乡建设局、县市场监督管理局、县消防救援大队",
              deadline="持续推进")),
    ]),
    ("五、增进民生福祉（5项）", [
        ("24．", "稳定和扩大就业。",
         "城镇新增就业4500人，城镇调查失业率控制在5.5%以内，开展职业技能培训6000人次，帮扶就业困难人员就业500人。",
         [], "std",
         dict(leaders=["周海燕"], lead="县人力资源和社会保障局", coop="县财政局、县教育局、县农业农村局",
              deadline="2025年12月底前")),
        ("25．", "办好人民满意的教育。",
         "推进义务教育优质均衡发展，新建改扩建中小学校4所，新增学位3600个，普惠性幼儿园覆盖率达到92%。",
         [], "label_variant",
         dict(leaders=["周海燕"], lead="县教育局", coop="县财政局、县住房和城乡建设局、县自然资源局",
              deadline="2025年8月底前")),
        ("26．", "推进健康葑川建设。",
         "深化紧密型县域医共体建设，推动优质医疗资源下沉，重点抓好以下工作：",
         ["（1）支持县人民医院创建三级医院，新增床位200张；",
          "（2）建设县域医疗次中心4个，村卫生室标准化建设率达到100%。"],
         "std",
         dict(leaders=["周海燕"], lead="县卫生健康局", coop="县医疗保障局、县财政局、县人民医院",
              deadline="2025年12月底前")),
        ("27．", "健全多层次社会保障体系。",
         "深入实施全民参保计划，基本养老保险参保率达到95%，基本医疗保险参保率稳定在97%以上，适时提高城乡低保标准。",
         [], "std",
         dict(leaders=["周海燕"], lead="县民政局、县医疗保障局", coop="县人力资源和社会保障局、县残疾人联合会",
              deadline="2025年12月底前")),
        ("28．", "维护社会和谐稳定。",
         "坚持和发展新时代“枫桥经验”，深化矛盾纠纷多元化解，常态化开展扫黑除恶斗争，群众安全感满意度保持在98%以上。",
         [], "std",
         dict(leaders=["何斌"], lead="县公安局", coop="县司法局、县信访局，各乡镇（街道）",
              deadline="持续推进")),
    ]),
]

MINSHENG = [  # (序号, text, leaders cell, lead, coop, deadline)
    ("29", "新建改扩建公办幼儿园3所，新增学位900个。", "周海燕", "县教育局", "县住房和城乡建设局、县财政局", "2025年8月底前"),
    ("30", "改造城镇老旧小区12个，惠及居民2800户。", "王　勇", "县住房和城乡建设局", "县财政局，葑城街道办事处", "2025年11月底前"),
    ("31", "新建城乡公共充电桩300个，实现乡镇全覆盖。", "王勇、陈立新", "县发展和改革局", "国网葑川县供电公司、县住房和城乡建设局", "2025年10月底前"),
    ("32", "实施农村饮水安全巩固提升工程，惠及群众5.2万人。", "欧阳明", "县水利局", "/", "2025年9月底前"),
    ("33", "为全县65岁以上老年人免费开展一次健康体检。", "周海燕", "县卫生健康局", "各乡镇（街道）", "2025年12月底前"),
    ("34", "建设城乡社区嵌入式养老服务站10个。", "周海燕", "县民政局", "县财政局，各乡镇（街道）", "2025年12月底前"),
]


def leader_names(cells):
    out = []
    for c in cells:
        for piece in re.split(r"[、，]", c):
            piece = re.sub(r"（.*?）", "", piece).replace("\u3000", "").strip()
            if piece:
                out.append(piece)
    return out


def units(s):
    if s.strip() in NONE_MARKS:
        return []
    return split_units(s)

# ---------------------------------------------------------------- document

def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)

    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    # footer page number
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_run_font(r, "宋体", 14)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    rr = OxmlElement("w:r")
    tt = OxmlElement("w:t")
    tt.text = "1"
    rr.append(tt)
    fld.append(rr)
    fp._element.append(fld)
    r2 = OxmlElement("w:r")
    t2 = OxmlElement("w:t")
    t2.set(qn("xml:space"), "preserve")
    t2.text = " —"
    r2.append(t2)
    fp._element.append(r2)

    # ------------------------------------------------ 版头
    para(doc, "", indent=False)
    p = para(doc, "葑川县人民政府办公室文件", font=XBS, size=36, align="center", indent=False,
             color="FF0000", space_after=12)
    para(doc, "", indent=False)
    p = para(doc, "葑政办发〔2025〕7号", size=16, align="center", indent=False)
    bottom_border(p)
    para(doc, "", indent=False)

    # title (two lines, soft break)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(p, "葑川县人民政府办公室关于印发", XBS, 22)
    add_run(p, "2025年县政府重点工作任务书的通知", XBS, 22)
    p.runs[0].add_break(WD_BREAK.LINE)
    para(doc, "", indent=False)

    para(doc, "各乡镇人民政府、街道办事处，县政府各部门、各直属机构：", indent=False)
    para(doc, "为确保县十八届人大五次会议审议通过的《政府工作报告》确定的各项目标任务落到实处，"
              "经县人民政府同意，现将《2025年县政府重点工作任务书》印发给你们，并就有关事项通知如下，请认真抓好落实。")

    p = para(doc)
    add_run(p, "一、明确责任分工。", HT)
    add_run(p, "《任务书》对每项重点工作逐项列明工作内容，并在该项任务下方附“责任分工表”，表中所列即为其上方该项任务的责任分工。"
               "“责任县领导”负责统筹调度；“牵头单位”对该项任务负总责，列有两个单位的，两个单位共同牵头，排在第一位的为主牵头单位；"
               "“配合单位”按照职责分工积极配合，为“/”或空白的，该项任务由牵头单位独立完成；"
               "“责任人”为牵头单位具体抓落实的负责同志，负责日常调度和信息报送，不作为责任县领导。"
               "个别任务按城区、乡镇分项明确责任的，各分项的责任县领导、牵头单位和配合单位均为该项任务的责任县领导、牵头单位和配合单位。"
               "第六部分民生实事项目以列表形式明确责任分工，执行同一规则。")

    p = para(doc)
    add_run(p, "二、强化调度推进。", HT)
    add_run(p, "各牵头单位要细化工作措施，建立工作台账，于每季度末月25日前将任务推进情况经责任县领导审核后报县政府督查室；"
               "配合单位要主动对接，不得推诿扯皮。县政府督查室联系人：周　敏，电话：0738—6123456。")

    p = para(doc)
    add_run(p, "三、严格督查考核。", HT)
    add_run(p, "县政府督查室要加强跟踪督办，对推进有力、成效明显的予以通报表扬；对工作滞后、敷衍塞责的，按规定约谈问责。"
               "任务落实情况纳入2025年度县直单位和乡镇（街道）绩效考核。")

    para(doc, "")
    p = para(doc, "附件：2025年县政府重点工作任务书", indent=True)
    para(doc, "")
    para(doc, "")
    para(doc, "葑川县人民政府办公室", align="right", indent=False)
    p = para(doc, "2025年2月26日", align="right", indent=False)
    p.paragraph_format.right_indent = Cm(1.2)
    para(doc, "（此件公开发布）")

    # ------------------------------------------------ 附件
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件", font=HT, indent=False)
    para(doc, "")
    para(doc, "2025年县政府重点工作任务书", font=XBS, size=22, align="center", indent=False, space_after=12)

    for heading, tasks in PARTS:
        para(doc, heading, font=HT)
        for marker, title, body, extra, layout, spec in tasks:
            p = para(doc, align="justify")
            add_run(p, marker)
            add_run(p, title, FS, 16, bold=True)
            add_run(p, body)
            for x in extra:
                para(doc, x, align="justify")
            emit_table(doc, layout, spec)
            para(doc, "", size=8, indent=False)

    para(doc, "六、2025年民生实事项目（6项）", font=HT)
    para(doc, "民生实事项目的责任分工列表如下：")
    hdr = ["序号", "项目名称及目标任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]
    t = new_table(doc, 1 + len(MINSHENG), 6)
    for i, h in enumerate(hdr):
        cell_text(t.cell(0, i), h, bold=True)
    for ri, (no, text, lead_cell, lead, coop, dl) in enumerate(MINSHENG, start=1):
        cell_text(t.cell(ri, 0), no)
        cell_text(t.cell(ri, 1), text, align="left")
        cell_text(t.cell(ri, 2), lead_cell)
        cell_text(t.cell(ri, 3), lead)
        cell_text(t.cell(ri, 4), coop)
        cell_text(t.cell(ri, 5), dl)
    set_widths(t, [1.1, 5.2, 2.0, 2.6, 2.9, 2.0])
    mark_header(t)

    para(doc, "")
    p = para(doc, "注：各项任务“牵头单位”列有两个单位的，排在第一位的为主牵头单位；“配合单位”为“/”或空白的，由牵头单位独立完成。",
             size=14, indent=False)

    # ------------------------------------------------ 版记
    para(doc, "")
    p = para(doc, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县人民法院，县人民检察院。", size=14, indent=False)
    top_bottom_border(p)
    p = para(doc, "葑川县人民政府办公室　　　　　　　　　　2025年2月26日印发", size=14, indent=False)
    bottom_border(p, color="000000", sz="6")

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 26, 9, 0, 0)
    cp.author = "县政府办公室"
    cp.last_modified_by = "县政府办公室"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    cp.title = "葑川县人民政府办公室关于印发2025年县政府重点工作任务书的通知"
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    return doc


def mark_header(t):
    tr = t.rows[0]._tr
    trpr = tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def emit_table(doc, layout, spec):
    if layout == "std_caption":
        para(doc, "责任分工：", font=KT, indent=True)
    if layout == "std_gap":
        para(doc, "", size=10, indent=False)
    if layout in ("std", "std_gap", "std_caption", "label_variant"):
        labels = ["责任县领导", "牵头单位", "责任人", "配合单位", "完成时限"]
        if layout == "label_variant":
            labels[0] = "责任领导"
        t = new_table(doc, 2, 5)
        for i, h in enumerate(labels):
            cell_text(t.cell(0, i), h, bold=True)
        main_lead = split_units(spec["lead"])[0]
        cell_text(t.cell(1, 0), spec["leaders"])
        cell_text(t.cell(1, 1), spec["lead"])
        cell_text(t.cell(1, 2), P[main_lead])
        cell_text(t.cell(1, 3), spec["coop"])
        cell_text(t.cell(1, 4), spec["deadline"])
        set_widths(t, [2.4, 3.6, 2.6, 4.8, 2.4])
    elif layout == "reordered":
        labels = ["牵头单位", "配合单位", "责任县领导", "责任人", "完成时限"]
        t = new_table(doc, 2, 5)
        for i, h in enumerate(labels):
            cell_text(t.cell(0, i), h, bold=True)
        main_lead = split_units(spec["lead"])[0]
        cell_text(t.cell(1, 0), spec["lead"])
        cell_text(t.cell(1, 1), spec["coop"])
        cell_text(t.cell(1, 2), spec["leaders"])
        cell_text(t.cell(1, 3), P[main_lead])
        cell_text(t.cell(1, 4), spec["deadline"])
        set_widths(t, [3.2, 5.2, 2.4, 2.6, 2.4])
    elif layout == "vertical":
        t = new_table(doc, 5, 2)
        main_lead = split_units(spec["lead"])[0]
        rows = [("责任县领导", spec["leaders"]), ("牵头单位", spec["lead"]), ("责任人", P[main_lead]),
                ("配合单位", spec["coop"]), ("完成时限", spec["deadline"])]
        for ri, (k, v) in enumerate(rows):
            cell_text(t.cell(ri, 0), k, bold=True)
            cell_text(t.cell(ri, 1), v, align="left")
        set_widths(t, [3.0, 12.8])
    elif layout == "grid":
        t = new_table(doc, 3, 4)
        main_lead = split_units(spec["lead"])[0]
        cell_text(t.cell(0, 0), "责任县领导", bold=True)
        cell_text(t.cell(0, 1), spec["leaders"])
        cell_text(t.cell(0, 2), "完成时限", bold=True)
        cell_text(t.cell(0, 3), spec["deadline"])
        cell_text(t.cell(1, 0), "牵头单位", bold=True)
        cell_text(t.cell(1, 1), spec["lead"])
        cell_text(t.cell(1, 2), "责任人", bold=True)
        cell_text(t.cell(1, 3), P[main_lead])
        cell_text(t.cell(2, 0), "配合单位", bold=True)
        m = t.cell(2, 1).merge(t.cell(2, 3))
        cell_text(m, spec["coop"], align="left")
        set_widths(t, [2.8, 5.2, 2.8, 5.0])
    elif layout == "split":
        labels = ["分项", "责任县领导", "牵头单位", "责任人", "配合单位", "完成时限"]
        t = new_table(doc, 1 + len(spec["rows"]), 6)
        for i, h in enumerate(labels):
            cell_text(t.cell(0, i), h, bold=True)
        for ri, (area, ldr, lead, coop) in enumerate(spec["rows"], start=1):
            cell_text(t.cell(ri, 0), area)
            cell_text(t.cell(ri, 1), ldr)
            cell_text(t.cell(ri, 2), lead)
            cell_text(t.cell(ri, 3), P[split_units(lead)[0]])
            cell_text(t.cell(ri, 4), coop)
        m = vmerge(t, 5, 1, len(spec["rows"]))
        cell_text(m, spec["deadline"])
        set_widths(t, [1.4, 2.2, 3.4, 2.4, 4.4, 2.0])
    else:
        raise ValueError(layout)


def gold_records():
    recs = []
    for heading, tasks in PARTS:
        for marker, title, body, extra, layout, spec in tasks:
            text = title + body
            tid = re.sub(r"[．.]$", "", marker)
            if layout == "split":
                leaders, leads, coops = [], [], []
                for area, ldr, lead, coop in spec["rows"]:
                    leaders += [x for x in leader_names(ldr) if x not in leaders]
                    leads += [x for x in units(lead) if x not in leads]
                    coops += [x for x in units(coop) if x not in coops]
            else:
                leaders = leader_names(spec["leaders"])
                leads = units(spec["lead"])
                coops = units(spec["coop"])
            recs.append(dict(id=tid, marker=marker, head=text[:12],
                             responsible_units=leads + [c for c in coops if c not in leads],
                             lead_units=leads, cooperating_units=coops, leaders=leaders,
                             deadline=spec["deadline"]))
    for no, text, lead_cell, lead, coop, dl in MINSHENG:
        leads = units(lead)
        coops = units(coop)
        recs.append(dict(id=no, marker=no, head=text[:12], responsible_units=leads + coops,
                         lead_units=leads, cooperating_units=coops,
                         leaders=leader_names([lead_cell]), deadline=dl))
    return recs


def deterministic_save(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for info in zin.infolist():
        data = zin.read(info.filename)
        zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 26, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        zout.writestr(zi, data)
    zout.close()
    with open(path, "wb") as f:
        f.write(out.getvalue())


def main():
    doc = build()
    deterministic_save(doc, OUT_DOCX)
    recs = gold_records()
    with open(OUT_GOLD, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(OUT_DOCX, OUT_GOLD, len(recs), "tasks")


if __name__ == "__main__":
    main()
