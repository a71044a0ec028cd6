#!/usr/bin/python3
"""Round 149, notice 762 (CONTROL): an ordinary red-header district notice.

What it is: 涧溪区人民政府办公室 (an invented district) 印发 notice 涧政办发〔2025〕3号,
"关于印发2025年《政府工作报告》重点工作任务分工的通知", as a Word document written with
python-docx the way a 区政府办 secretary lays it out: red 发文机关标志 over a red rule with the
文号, a two-paragraph title in 小标宋, 主送, a short cover (一、二、三、 黑体 run-ins; the second says
牵头单位负总责 and 配合单位按照职责分工配合), 附件说明, 落款 and date, （此件公开发布）; then the 附件
in a landscape section: "附件" in 黑体, its title, and one table
    序号 | 工作任务 | 责任区领导 | 牵头单位 | 配合单位 | 完成时限
with the header row repeated on each page (w:tblHeader), seven category rows `一、……（N项）`
merged across the table, 序号 1–45 running on through the categories, each 工作任务 cell opening
with a bold 小标题 ended by 。, two names in a few leader cells, two joint leads in a few 牵头单位
cells, two blank 配合单位 cells; and the 版记 (抄送, 印发) in a last portrait section.
Page numbers `— N —` in the footer (PAGE field).

Writes (in the current directory, meant to be /work/round149):
  762_jianxi_qu_gzbg_zhongdian_renwu_fengong.docx   the notice
  762.tasks.gold.jsonl                                the gold, from the same TASKS list

Needs: /usr/bin/python3 with python-docx (Debian package python3-docx 0.8.11, installed with
`apt-get install -y python3-docx`). No outside converter. Deterministic: fixed core properties,
and the package is re-zipped with a fixed timestamp and fixed member order.
All places, persons and units are invented.
"""
import datetime
import io
import json
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

NOTICE = "762_jianxi_qu_gzbg_zhongdian_renwu_fengong.docx"
GOLD = "762.tasks.gold.jsonl"

# ---------------------------------------------------------------- the tasks (one description)
# Each category: (heading, [task, ...]); task = (text, leaders, lead units, cooperating units, deadline).
# The text's first sentence (up to the first 。) is printed in bold.
Y = "2025年"
CATEGORIES = [
    ("一、稳增长促投资，推动经济质效双升", [
        ("确保主要经济指标稳中有进。全区地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长7%，"
         "固定资产投资增长6.5%，社会消费品零售总额增长5.5%。",
         ["刘振华", "陈立新"], ["区发改局"], ["区统计局", "区财政局", "区工信局", "区商务局", "区住建局"], Y + "12月底前"),
        ("抓实重点项目建设。全年实施区级重点项目126个、完成投资210亿元以上，新开工亿元以上项目45个，"
         "坚持每季度集中开工一批、竣工投产一批。",
         ["陈立新"], ["区发改局"], ["区重点项目服务中心", "涧溪经济开发区管委会", "各镇（街道）"], Y + "12月底前"),
        ("积极争取上级资金支持。围绕超长期特别国债、中央预算内投资和地方政府专项债券支持方向，谋划储备项目80个以上，"
         "全年争取各类上级资金28亿元以上。",
         ["陈立新"], ["区发改局", "区财政局"], ["区直有关部门"], Y + "11月底前"),
        ("促进消费扩容提质。落实汽车、家电以旧换新等政策，举办“乐购涧溪”系列促消费活动30场以上，"
         "新增限额以上商贸企业40家。",
         ["赵敏"], ["区商务局"], ["区财政局", "区市场监管局", "区统计局", "各镇（街道）"], "持续推进"),
        ("加大招商引资力度。深入开展“招商引资突破年”活动，全年引进亿元以上项目60个、10亿元以上项目6个，"
         "实际到位内资150亿元。",
         ["刘振华", "陈立新"], ["区投资促进中心"], ["涧溪经济开发区管委会", "区商务局", "区直有关部门", "各镇（街道）"],
         Y + "12月底前"),
        ("推动外贸稳规模优结构。支持企业参加境内外展会20场次以上，新培育外贸实绩企业30家，全年进出口总额增长8%。",
         ["赵敏"], ["区商务局"], ["区财政局", "区税务局", "涧溪经济开发区管委会"], Y + "12月底前"),
        ("防范化解政府债务风险。严格落实化债方案，按期完成年度化债任务，压减融资平台公司2家，加快推进平台公司市场化转型。",
         ["陈立新"], ["区财政局"], ["区金融服务中心", "区国资中心", "区城投集团"], Y + "12月底前"),
    ]),
    ("二、坚持创新驱动，加快构建现代化产业体系", [
        ("做强先进制造业集群。围绕新能源汽车零部件、高端装备、新材料三大主导产业延链补链，新增规模以上工业企业25家，"
         "工业技改投资增长10%以上。",
         ["孙卫东"], ["区工信局"], ["涧溪经济开发区管委会", "区发改局", "区统计局"], Y + "12月底前"),
        ("推进开发区扩能提质。完成开发区东区1800亩土地平整和道路管网配套，新建标准化厂房20万平方米，"
         "力争开发区规模以上工业企业营业收入突破600亿元。",
         ["孙卫东"], ["涧溪经济开发区管委会"], ["市自然资源和规划局涧溪分局", "区住建局", "区城投集团"], Y + "12月底前"),
        ("培育壮大创新主体。新认定高新技术企业35家，入库科技型中小企业200家以上，全社会研发经费投入强度达到2.6%。",
         ["孙卫东"], ["区科技局"], ["区工信局", "区财政局", "区税务局"], Y + "12月底前"),
        ("加快发展数字经济。新建5G基站300个，推动80家规上工业企业实施数字化改造，建成省级智能工厂2家、数字化车间5个。",
         ["孙卫东"], ["区工信局"], ["区数据资源局", "涧溪经济开发区管委会"], Y + "11月底前"),
        ("提升现代服务业能级。推进涧溪现代物流园二期建设，新增规上服务业企业20家，争创省级现代服务业集聚区1个。",
         ["赵敏"], ["区发改局"], ["区商务局", "区交通运输局", "区统计局"], Y + "12月底前"),
        ("推动文旅深度融合。加快青潭古镇国家5A级旅游景区创建，提升“夜涧溪”特色消费街区，全年接待游客1200万人次、"
         "实现旅游综合收入110亿元。",
         ["周晓燕"], ["区文旅局"], ["区住建局", "区商务局", "青潭镇人民政府"], Y + "12月底前"),
        ("加强人才引育。深入实施“涧才回归”工程，全年引进高层次人才50名、青年大学生4000名，新筹集人才公寓500套。",
         ["陈立新"], ["区委人才办"], ["区人社局", "区住建局", "区科技局"], Y + "12月底前"),
        ("优化金融服务供给。全年新增各项贷款80亿元，推动1家企业在新三板挂牌、3家企业进入上市辅导期。",
         ["陈立新"], ["区金融服务中心"], ["区财政局", "区工信局", "涧溪经济开发区管委会"], Y + "12月底前"),
    ]),
    ("三、统筹城乡发展，全面推进乡村振兴", [
        ("稳定粮食生产。全区粮食播种面积稳定在32.5万亩以上，新建高标准农田2.1万亩，完成撂荒地整治1200亩。",
         ["吴海波"], ["区农业农村局"], ["区财政局", "市自然资源和规划局涧溪分局", "区水利局", "各镇（街道）"], Y + "10月底前"),
        ("壮大特色农业产业。做优优质稻、茶叶、特色水产三大产业，新增省级农业产业化龙头企业3家，农产品加工产值增长8%。",
         ["吴海波"], ["区农业农村局"], ["区市场监管局", "区商务局"], Y + "12月底前"),
        ("扎实推进乡村建设。改造提升农村户厕1500户，新改建“四好农村路”45公里，创建美丽宜居村庄20个。",
         ["吴海波"], ["区农业农村局"], ["区交通运输局", "区卫健局", "市生态环境局涧溪分局", "各镇（街道）"], Y + "12月底前"),
        ("巩固拓展脱贫攻坚成果。健全防止返贫致贫监测帮扶机制，脱贫人口人均纯收入增长10%以上，坚决守住不发生规模性返贫致贫底线。",
         ["吴海波"], ["区农业农村局"], ["区民政局", "区人社局", "区医保局", "各镇（街道）"], "持续推进"),
        ("加快城市更新步伐。改造城镇老旧小区32个、惠及居民6800户，实施城中村改造项目3个，既有住宅加装电梯60部。",
         ["马骏"], ["区住建局"], ["区城投集团", "区财政局", "各街道办事处"], Y + "11月底前"),
        ("完善城市基础设施。建成通江大道西延段、迎宾路改造工程，新建改造雨污管网38公里，新增公共停车泊位2000个。",
         ["马骏"], ["区住建局", "区城投集团"], ["区城管局", "区交通运输局", "市自然资源和规划局涧溪分局"], Y + "12月底前"),
        ("提升城市精细化管理水平。深化“城管进社区”工作，完成背街小巷整治12条，城区生活垃圾分类覆盖率达到95%。",
         ["马骏"], ["区城管局"], ["各街道办事处", "区住建局"], "持续推进"),
    ]),
    ("四、深化改革开放，持续优化营商环境", [
        ("深化国资国企改革。完成区属国有企业整合重组，推动区城投集团主体信用评级提升至AA+。",
         ["陈立新"], ["区国资中心"], ["区财政局", "区城投集团"], Y + "12月底前"),
        ("打造一流营商环境。深化“高效办成一件事”改革，新增集成办理事项15项，政务服务事项全程网办率达到90%以上。",
         ["陈立新"], ["区政务服务中心"], ["区数据资源局", "区市场监管局", "区直有关部门"], Y + "12月底前"),
        ("支持民营经济发展壮大。落实支持民营经济高质量发展“20条”措施，常态化开展“政企面对面”活动，全年新增经营主体8000户。",
         ["陈立新"], ["区工信局"], ["区市场监管局", "区发改局", "区工商联"], "持续推进"),
        ("深化农村综合改革。稳慎推进农村宅基地制度改革试点，村级集体经济经营性收入全部达到20万元以上。",
         ["吴海波"], ["区农业农村局"], ["市自然资源和规划局涧溪分局", "区财政局", "各镇（街道）"], Y + "12月底前"),
        ("深化财政管理改革。全面推进预算管理一体化，实施零基预算改革试点，严控一般性支出，“三公”经费只减不增。",
         ["陈立新"], ["区财政局"], [], Y + "12月底前"),
    ]),
    ("五、加强生态保护，推动绿色低碳发展", [
        ("持续打好蓝天保卫战。全区PM2.5平均浓度控制在33微克/立方米以内，空气质量优良天数比例达到85%以上。",
         ["马骏"], ["市生态环境局涧溪分局"], ["区住建局", "区城管局", "区交通运输局", "区公安分局", "各镇（街道）"],
         Y + "12月底前"),
        ("全面落实河湖长制。确保涧溪河、白沙河国控断面水质稳定达到Ⅲ类，完成12座小型水库除险加固。",
         ["吴海波"], ["区水利局"], ["市生态环境局涧溪分局", "区农业农村局", "各镇（街道）"], Y + "10月底前"),
        ("推进土壤和固废污染防治。受污染耕地安全利用率达到93%以上，建成建筑垃圾资源化利用项目1个。",
         ["马骏"], ["市生态环境局涧溪分局"], ["区农业农村局", "区城管局"], Y + "12月底前"),
        ("推动绿色低碳转型。完成3家重点用能企业节能降碳改造，新增分布式光伏装机容量5万千瓦，城区新能源公交车占比达到100%。",
         ["孙卫东"], ["区发改局"], ["区工信局", "区交通运输局", "国网涧溪区供电公司"], Y + "12月底前"),
        ("加强林业生态建设。完成植树造林3000亩、森林抚育1.5万亩，全面落实林长制，森林覆盖率稳定在46%以上。",
         ["吴海波"], ["区林业局"], ["各镇（街道）"], "持续推进"),
    ]),
    ("六、增进民生福祉，建设更高水平平安涧溪", [
        ("促进高质量充分就业。城镇新增就业6500人，城镇调查失业率控制在5.5%以内，开展职业技能培训8000人次。",
         ["周晓燕"], ["区人社局"], ["区财政局", "区教育局", "各镇（街道）"], Y + "12月底前"),
        ("推动教育优质均衡发展。新建改扩建中小学、幼儿园6所，新增学位4200个，区第二高级中学建成并秋季招生。",
         ["周晓燕"], ["区教育局"], ["区发改局", "区财政局", "区住建局", "市自然资源和规划局涧溪分局"], Y + "8月底前"),
        ("提升医疗卫生服务能力。区人民医院新院区主体工程完工，深化紧密型医共体建设，每千人口执业（助理）医师数达到3.2人。",
         ["周晓燕"], ["区卫健局"], ["区医保局", "区发改局", "区城投集团"], Y + "12月底前"),
        ("健全社会保障体系。城乡居民基本养老保险参保率稳定在95%以上，新建社区嵌入式养老服务设施8个，城乡低保标准提高5%。",
         ["周晓燕"], ["区民政局", "区人社局"], ["区医保局", "区财政局"], Y + "12月底前"),
        ("繁荣文化体育事业。建成区全民健身中心，开展“文化惠民”演出200场以上，新建城市书房5个。",
         ["周晓燕"], ["区文旅局"], ["区教育局", "区财政局", "各镇（街道）"], Y + "12月底前"),
        ("办好十件民生实事。全面完成区人大代表票决的10件民生实事项目，确保资金足额到位、项目按期完工。",
         ["刘振华"], ["区发改局"], ["区财政局", "区直有关部门"], Y + "12月底前"),
        ("守牢安全生产底线。深化安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。",
         ["黄志强"], ["区应急管理局"], ["区安委会各成员单位", "各镇（街道）"], "持续推进"),
        ("加强社会治安综合治理。常态化开展扫黑除恶斗争，严厉打击电信网络诈骗犯罪，刑事案件发案数下降10%。",
         ["黄志强"], ["区公安分局"], ["区司法局", "各镇（街道）"], "持续推进"),
        ("做好信访维稳工作。坚持和发展新时代“枫桥经验”，信访事项及时受理率、按期办结率均达到100%。",
         ["黄志强"], ["区信访局"], ["区司法局", "区直有关部门", "各镇（街道）"], "持续推进"),
        ("保障食品药品安全。完成食品安全监督抽检3200批次，创建省级食品安全示范区。",
         ["赵敏"], ["区市场监管局"], ["区农业农村局", "区卫健局", "区教育局"], Y + "12月底前"),
    ]),
    ("七、加强政府自身建设，提升治理效能", [
        ("加快建设法治政府。严格落实重大行政决策法定程序，行政规范性文件合法性审核率达到100%。",
         ["刘振华"], ["区司法局"], ["区直有关部门"], Y + "12月底前"),
        ("持续改进工作作风。严格落实中央八项规定及其实施细则精神，整治形式主义为基层减负，区级发文和会议数量压减10%以上。",
         ["刘振华"], ["区政府办公室"], ["区直有关部门"], "持续推进"),
        ("强化审计监督。实现区级预算单位审计全覆盖，推动审计发现问题整改到位率达到95%以上。",
         ["陈立新"], ["区审计局"], [], Y + "12月底前"),
    ]),
]

CN_NUM = "零一二三四五六七八九十"

# ---------------------------------------------------------------- helpers
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)


def set_run(run, font=FS, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, first_indent=None, line=Pt(28), before=0, after=0, left=None, right=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = first_indent
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, text="", font=FS, size=16, bold=False, color=None, **kw):
    p = doc.add_paragraph()
    fmt(p, **kw)
    if text:
        set_run(p.add_run(text), font, size, bold, color)
    return p


def border(p, side, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        succ = [qn("w:" + t) for t in ("shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
                                       "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi",
                                       "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
                                       "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
                                       "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr",
                                       "pPrChange")]
        nxt = next((c for c in ppr if c.tag in succ), None)
        if nxt is not None:
            nxt.addprevious(pbdr)
        else:
            ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)


def page_footer(section):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run(fp.add_run("— "), "宋体", 14)
    r = fp.add_run()
    set_run(r, "宋体", 14)
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
    set_run(fp.add_run(" —"), "宋体", 14)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, runs=None):
    p = cell.paragraphs[0]
    fmt(p, align=align, line=Pt(20))
    if runs is None:
        runs = [(text, bold)]
    for t, b in runs:
        if t:
            set_run(p.add_run(t), font, size, b)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def table_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    after = None
    for tag in ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook"):
        after = tblpr.find(qn(tag))
        if after is not None:
            break
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    if after is not None:
        after.addprevious(b)
    else:
        tblpr.append(b)


# ---------------------------------------------------------------- the document
def build():
    doc = Document()
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 26, 9, 12, 0)
    cp.author = "jxqzfb"
    cp.last_modified_by = "jxqzfb"
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 3
    cp.created = fixed
    cp.modified = datetime.datetime(2025, 2, 26, 16, 40, 0)
    cp.last_printed = fixed

    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(20)
    page_footer(sec)

    # 版头
    para(doc, "", line=Pt(28))
    para(doc, "涧溪区人民政府办公室文件", XBS, 42, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(60))
    para(doc, "", line=Pt(28))
    p = para(doc, "涧政办发〔2025〕3号", align=WD_ALIGN_PARAGRAPH.CENTER, after=12)
    border(p, "bottom")
    para(doc, "")
    # 标题
    para(doc, "涧溪区人民政府办公室关于印发2025年《政府工作报告》", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(35))
    para(doc, "重点工作任务分工的通知", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(35))
    para(doc, "")
    # 主送
    para(doc, "涧溪经济开发区管委会，各镇人民政府、街道办事处，区政府各部门、各直属单位：")
    ind = Pt(32)
    para(doc, "《2025年涧溪区政府工作报告》已经区第十八届人民代表大会第四次会议审议通过。为确保报告确定的各项目标任务落到实处，"
              "经区政府同意，现将2025年《政府工作报告》重点工作任务分工印发给你们，并就有关事项通知如下。", first_indent=ind)
    cover = [
        ("一、提高思想认识。", "各镇（街道）、各部门要把落实《政府工作报告》作为全年工作的重中之重，对照分工逐项细化工作措施，"
                          "制定任务推进表，明确时间节点和具体责任人，确保各项工作有序推进、按时完成。"),
        ("二、压实工作责任。", "各项任务的责任区领导要加强统筹调度，及时协调解决工作推进中的重大问题。牵头单位负总责，"
                          "主要负责同志为第一责任人，要主动对接配合单位，牵头制定工作方案；配合单位要按照职责分工积极主动配合，"
                          "形成工作合力。"),
        ("三、强化督查问效。", "区政府督查室要将分工任务纳入全年督查重点，实行清单化管理、台账式推进，定期通报工作进展。"
                          "各牵头单位要于每季度最后一个月20日前，将任务进展情况书面报送区政府督查室（电子版发送至"
                          "jxqzfdcs@163.com）。对工作推进不力、未按时完成任务的，将按有关规定严肃问责。"),
    ]
    for lead, rest in cover:
        p = para(doc, "", first_indent=ind)
        set_run(p.add_run(lead), HT, 16)
        set_run(p.add_run(rest), FS, 16)
    para(doc, "")
    p = para(doc, "", first_indent=ind)
    set_run(p.add_run("附件：2025年《政府工作报告》重点工作任务分工"), FS, 16)
    para(doc, "")
    para(doc, "")
    para(doc, "")
    para(doc, "涧溪区人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(64))
    para(doc, "2025年2月26日", align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(80))
    para(doc, "")
    para(doc, "（此件公开发布）", first_indent=ind)

    # 附件: landscape section
    s2 = doc.add_section()
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Mm(297), Mm(210)
    s2.top_margin, s2.bottom_margin = Mm(28), Mm(26)
    s2.left_margin, s2.right_margin = Mm(25), Mm(25)
    para(doc, "附件", HT, 16, line=Pt(28))
    para(doc, "")
    para(doc, "2025年《政府工作报告》重点工作任务分工", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(35))
    para(doc, "")

    widths = [Mm(13), Mm(104), Mm(24), Mm(34), Mm(48), Mm(24)]
    table = doc.add_table(rows=1, cols=6)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    table_borders(table)
    hdr = table.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(["序号", "工作任务", "责任区领导", "牵头单位", "配合单位", "完成时限"]):
        cell_text(hdr.cells[i], h, HT, 12)
    gold = []
    n = 0
    for ci, (heading, tasks) in enumerate(CATEGORIES):
        row = table.add_row()
        cant_split(row)
        merged = row.cells[0].merge(row.cells[5])
        cell_text(merged, "", runs=[(f"{heading}（{len(tasks)}项）", True)], font=HT, size=12,
                  align=WD_ALIGN_PARAGRAPH.LEFT)
        for text, leaders, leads, coops, deadline in tasks:
            n += 1
            title, rest = text.split("。", 1)
            row = table.add_row()
            cant_split(row)
            c = row.cells
            cell_text(c[0], str(n))
            cell_text(c[1], "", runs=[(title + "。", True), (rest, False)], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            cell_text(c[2], "、".join(leaders))
            cell_text(c[3], "、".join(leads))
            cell_text(c[4], "、".join(coops), align=WD_ALIGN_PARAGRAPH.LEFT if len("、".join(coops)) > 16
                      else WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(c[5], deadline)
            gold.append({
                "id": str(n), "marker": str(n), "head": text[:12],
                "responsible_units": leads + coops, "lead_units": leads, "cooperating_units": coops,
                "leaders": leaders, "deadline": deadline,
            })
    for row in table.rows:
        if row.cells[0]._tc is row.cells[5]._tc:
            row.cells[0].width = sum(widths, Mm(0))
            continue
        for i, w in enumerate(widths):
            row.cells[i].width = w
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    tblpr = table._tbl.tblPr
    tblw = tblpr.find(qn("w:tblW"))
    tblw.set(qn("w:type"), "dxa")
    tblw.set(qn("w:w"), str(sum(int(w.twips) for w in widths)))

    # 版记: last portrait section
    s3 = doc.add_section()
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Mm(210), Mm(297)
    s3.top_margin, s3.bottom_margin = Mm(37), Mm(35)
    s3.left_margin, s3.right_margin = Mm(28), Mm(26)
    for _ in range(18):
        para(doc, "")
    p = para(doc, "", FS, 14, left=Pt(14), right=Pt(14), line=Pt(26))
    set_run(p.add_run("抄送：区委各部门，区人大常委会办公室，区政协办公室，区监委，区法院，区检察院，区人武部。"), FS, 14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = para(doc, "", FS, 14, left=Pt(14), right=Pt(14), line=Pt(26))
    set_run(p.add_run("涧溪区人民政府办公室"), FS, 14)
    set_run(p.add_run("\u3000" * 9 + "2025年2月26日印发"), FS, 14)
    border(p, "bottom", "000000", 8)
    return doc, gold


def fixed_zip(raw):
    zin = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 26, 16, 40, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def main():
    doc, gold = build()
    buf = io.BytesIO()
    doc.save(buf)
    with open(NOTICE, "wb") as f:
        f.write(fixed_zip(buf.getvalue()))
    with open(GOLD, "w", encoding="utf-8", newline="\n") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {NOTICE} and {GOLD} ({len(gold)} tasks)")


if __name__ == "__main__":
    main()
