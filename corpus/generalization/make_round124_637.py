#!/usr/bin/python3
"""Round 124, notice 637: a 县政府办 red-header Word notice whose portrait 附件
table gives every task two rows ("一项两行"): the task's own row holds its 序号
(merged down over both rows) and the task text spanning the other four columns;
the row under it holds 责任县领导 / 牵头单位 / 配合单位 / 完成时限.  The header is
stacked the same way (序号 | 工作任务, then 责任县领导 | 牵头单位 | 配合单位 |
完成时限).  Part rows span the whole width.

Writes (deterministically):
  637_tiaochuan_xian_zhongdian_renwu_liangxing_qingdan.docx
  637_tiaochuan_xian_zhongdian_renwu_liangxing_qingdan.tasks.gold.jsonl
"""
import io
import json
import os
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "637_tiaochuan_xian_zhongdian_renwu_liangxing_qingdan"
DOCX = os.path.join(HERE, BASE + ".docx")
GOLD = os.path.join(HERE, BASE + ".tasks.gold.jsonl")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
PAD = "\u3000"

# ---------------------------------------------------------------- the tasks
PARTS = [
    "一、稳增长扩投资（6项）",
    "二、推动产业转型升级（6项）",
    "三、全面推进乡村振兴（5项）",
    "四、加强城乡建设和生态保护（5项）",
    "五、深化改革开放（5项）",
    "六、保障和改善民生（5项）",
]

# leaders as printed (two-character names padded with an ideographic space)
ZHOU = "周卫东"      # 县长
LIU = "刘建华"       # 常务副县长
WANG = "王" + PAD + "勇"   # 副县长
CHEN = "陈晓梅"      # 副县长
OUYANG = "欧阳峰"    # 副县长
YANG = "杨" + PAD + "帆"   # 副县长
ZHAO = "赵立新"      # 县政府党组成员

XIANG = "各乡镇（街道）"

T = []


def task(part, text, leaders, leads, coops, deadline, **kw):
    d = dict(part=part, text=text if isinstance(text, list) else [text],
             leaders=leaders, leads=leads, coops=coops, deadline=deadline)
    d.update(kw)
    T.append(d)


# 一、稳增长扩投资
task(0, "地区生产总值增长6%左右，规模以上工业增加值增长7%，固定资产投资增长8%，主要经济指标增速高于全市平均水平。",
     [ZHOU], ["县发展和改革局"], ["县统计局", "县工业和信息化局", "县财政局"], "2025年12月底")
task(0, "实施重大项目攻坚行动，全年实施亿元以上项目120个以上，完成投资150亿元，新开工项目60个以上。",
     [LIU], ["县发展和改革局"],
     ["苕川经济开发区管委会", "县自然资源局", "县住房和城乡建设局", XIANG], "2025年12月底",
     coop_seps=["、", "、", "，"])
task(0, "积极争取上级资金支持，谋划储备超长期特别国债、中央预算内投资和地方政府专项债券项目，全年争取上级资金20亿元以上。",
     [LIU], ["县发展和改革局", "县财政局"], ["县直各有关单位"], "2025年12月底")
task(0, "促进消费提质扩容，落实大规模设备更新和消费品以旧换新政策，举办“苕川好物”促消费活动20场次，社会消费品零售总额增长5.5%。",
     [WANG], ["县商务局"], ["县财政局", "县市场监督管理局", "县文化旅游体育局"], "2025年12月底")
task(0, "加强财源建设，一般公共预算收入增长5%，严格落实过紧日子要求，确保“三保”支出足额保障。",
     [LIU], ["县财政局"], ["国家税务总局苕川县税务局"], "2025年12月底")
task(0, "深化政银企合作，常态化开展融资对接活动，新增各项贷款30亿元以上，普惠小微贷款增速高于各项贷款平均增速。",
     [LIU], ["县金融服务中心"], ["县财政局", "县工业和信息化局", "各驻县金融机构"], "2025年12月底")

# 二、推动产业转型升级
task(1, "推进制造业“智改数转”，实施技术改造项目30个，新增省级专精特新中小企业5家、规模以上工业企业15家。",
     [WANG], ["县工业和信息化局"], ["县科学技术局", "县财政局"], "2025年12月底")
task(1, "做强新能源电池材料产业链，推动年产5万吨正极材料项目二期建成投产，链上企业产值突破80亿元。",
     [ZHOU, WANG], ["苕川经济开发区管委会", "县工业和信息化局"],
     ["县发展和改革局", "县商务局", "国网苕川县供电公司"], "2025年10月底前", leader_layout="para")
task(1, "加大招商引资力度，深入开展“苕商回归”行动，全年引进亿元以上项目40个，实际到位省外资金60亿元。",
     [WANG], ["县投资促进中心"], ["苕川经济开发区管委会", XIANG, "县直各有关单位"], "2025年12月底")
task(1, "培育壮大科技创新主体，新增高新技术企业10家、科技型中小企业50家，全社会研发经费投入强度达到2.2%。",
     [CHEN], ["县科学技术局"], ["县统计局", "县财政局"], "2025年12月底")
task(1, "发展全域旅游，推进苕溪古镇国家5A级旅游景区创建，全年接待游客800万人次，实现旅游综合收入70亿元。",
     [CHEN], ["县文化旅游体育局"], ["县发展和改革局", "县交通运输局", "县自然资源局", "苕溪镇人民政府"], "2025年12月底")
task(1, "加快数字经济发展，新建5G基站200个，推进“数字苕川”城市大脑二期建设，数字经济核心产业增加值增长10%。",
     [ZHAO], ["县数据资源局"], ["县工业和信息化局", "中国电信苕川分公司", "中国移动苕川分公司"], "2025年11月底前")

# 三、全面推进乡村振兴
task(2, "稳定粮食生产，粮食播种面积稳定在68万亩以上、总产量稳定在5.6亿斤以上，新建高标准农田3万亩。",
     [OUYANG], ["县农业农村局"], ["县财政局", "县自然资源局", "县水利局", XIANG], "2025年12月底")
task(2, "巩固拓展脱贫攻坚成果，健全防止返贫致贫监测和帮扶机制，确保不发生规模性返贫致贫。",
     [OUYANG], ["县农业农村局"],
     ["县民政局", "县人力资源和社会保障局", "县医疗保障局", "县教育局", "县住房和城乡建设局"], "持续推进")
task(2, "做强茶叶、油茶、生猪三大主导产业，新增省级农业产业化龙头企业3家，“苕川毛尖”区域公用品牌价值提升10%。",
     [OUYANG], ["县农业农村局"], ["县林业局", "县市场监督管理局"], "2025年12月底")
task(2, "实施农村人居环境整治提升行动，农村卫生厕所普及率达到90%，农村生活垃圾无害化处理率保持100%。",
     [OUYANG], ["县农业农村局"],
     ["县住房和城乡建设局", "县卫生健康局", "市生态环境局苕川分局", XIANG], "2025年12月底",
     labeled=True)
task(2, "深化农村集体产权制度改革，发展壮大新型农村集体经济，集体经济年经营性收入10万元以上的村占比达到60%。",
     [OUYANG], ["县农业农村局"], [], "2025年12月底")

# 四、加强城乡建设和生态保护
task(3, "推进城市更新行动，改造城镇老旧小区26个、惠及居民4200户，新建改造城市道路12公里。",
     [CHEN], ["县住房和城乡建设局"], ["县财政局", "县城市管理局", "县自然资源局"], "2025年11月底前")
task(3, "完成苕川大道东延工程和国道G351线苕川段改建工程，新改建农村公路150公里。",
     [LIU], ["县交通运输局"], ["县自然资源局", "县财政局", "沿线乡镇人民政府"], "2025年12月底")
task(3, "打好污染防治攻坚战，PM2.5平均浓度控制在33微克/立方米以下，县控以上断面水质达标率保持100%。",
     [YANG], ["市生态环境局苕川分局"],
     ["县住房和城乡建设局", "县农业农村局", "县水利局", "县交通运输局", "县公安局"], "2025年12月底")
task(3, "全面推行林长制，完成国土绿化2.5万亩，森林覆盖率稳定在62%以上。",
     [YANG], ["县林业局"], [XIANG], "2025年12月底", nomerge=True)
task(3, "加快水利基础设施建设，完成小型水库除险加固12座，配合省水利厅做好苕溪干流综合治理工程前期工作。",
     [YANG], ["县水利局"], ["县发展和改革局", "县财政局"], "2025年12月底")

# 五、深化改革开放
task(4, "深化“放管服”改革，推进“高效办成一件事”集成服务，企业开办时间压缩至1个工作日以内。",
     [ZHAO], ["县政务服务中心"], ["县市场监督管理局", "国家税务总局苕川县税务局", "县公安局"], "2025年6月底前")
task(4, ["持续优化营商环境，开展涉企行政检查专项整治，规范涉企执法行为。",
         "全面推行“企业安静期”制度和“综合查一次”，企业满意度达到95%以上。"],
     [ZHAO], ["县发展和改革局"], ["县司法局", "县市场监督管理局"], "持续推进")
task(4, "深化国有企业改革，推动县城投集团市场化转型，完成县属国有企业整合重组。",
     [LIU], ["县财政局（县国资办）"], ["县城投集团"], "2025年9月底前")
task(4, "推进开放平台建设，支持苕川经济开发区争创省级高新技术产业开发区，外贸进出口总额增长8%。",
     [WANG], ["苕川经济开发区管委会"], ["县商务局", "县科学技术局"], "2025年12月底")
task(4, "加强社会信用体系建设，完善“信易贷”平台功能，政务诚信、商务诚信建设水平持续提升。",
     [ZHAO], ["县发展和改革局"], ["县金融服务中心", "县市场监督管理局"], "持续推进")

# 六、保障和改善民生
task(5, "稳定和扩大就业，城镇新增就业5000人，城镇调查失业率控制在5.5%以内，新增农村劳动力转移就业2000人。",
     [CHEN], ["县人力资源和社会保障局"], ["县教育局", "县农业农村局", XIANG], "2025年12月底")
task(5, "推进义务教育优质均衡发展，新建改扩建中小学校4所、公办幼儿园3所，新增学位3600个。",
     [CHEN], ["县教育局"], ["县发展和改革局", "县财政局", "县自然资源局", "县住房和城乡建设局"], "2025年9月底前")
task(5, "深化紧密型县域医共体建设，县人民医院胸痛中心、卒中中心通过国家级认证，基层首诊率达到65%。",
     [CHEN], ["县卫生健康局"], ["县医疗保障局", "县财政局"], "2025年12月底")
task(5, "完善养老服务体系，新建乡镇区域养老服务中心3个、城市社区嵌入式养老服务设施5个。",
     [CHEN, YANG], ["县民政局"], ["县发展和改革局", "县财政局", "县卫生健康局"], "2025年12月底",
     leader_layout="dunhao")
task(5, "统筹发展和安全，深入推进安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。",
     [LIU], ["县应急管理局"], ["县安委会各成员单位", XIANG], "持续推进")

assert len(T) == 32


# ---------------------------------------------------------------- helpers
def set_font(run, east=FS, size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), ascii_font)
    rf.set(qn("w:hAnsi"), ascii_font)
    rf.set(qn("w:eastAsia"), east)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def fmt(p, align=None, first=None, before=0, after=0, line=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line is not None:
        pf.line_spacing = Pt(line)


def add_p(container, parts, align=None, first=None, line=28, before=0, after=0):
    """parts: list of (text, east_font, size, bold[, color])"""
    p = container.add_paragraph()
    fmt(p, align, first, before, after, line)
    for part in parts:
        text, east, size, bold = part[:4]
        color = part[4] if len(part) > 4 else None
        r = p.add_run(text)
        set_font(r, east, size, bold, color)
    return p


def fill_cell(cell, paras, east=FS, size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False):
    """Replace the cell's content by one paragraph per string in paras."""
    tc = cell._tc
    for p in tc.findall(qn("w:p")):
        tc.remove(p)
    for text in paras:
        p = cell.add_paragraph()
        fmt(p, align, None, 0, 0, 15)
        if text:
            r = p.add_run(text)
            set_font(r, east, size, bold)
    if not paras:
        cell.add_paragraph()
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def bottom_border(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def mark_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trpr.append(c)


def page_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14, ascii_font="宋体")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    rr = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "28")
    rpr.append(sz)
    rr.append(rpr)
    t = OxmlElement("w:t")
    t.text = "1"
    rr.append(t)
    fld.append(rr)
    p._p.append(fld)
    r2 = OxmlElement("w:r")
    rpr2 = OxmlElement("w:rPr")
    sz2 = OxmlElement("w:sz")
    sz2.set(qn("w:val"), "28")
    rpr2.append(sz2)
    r2.append(rpr2)
    t2 = OxmlElement("w:t")
    t2.set(qn("xml:space"), "preserve")
    t2.text = " —"
    r2.append(t2)
    p._p.append(r2)


def printed_leaders(t):
    return t["leaders"]


def coop_text(t):
    if not t["coops"]:
        return "/"
    seps = t.get("coop_seps") or ["、"] * (len(t["coops"]) - 1)
    s = t["coops"][0]
    for sep, u in zip(seps, t["coops"][1:]):
        s += sep + u
    return s


# ---------------------------------------------------------------- document
def build():
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    page_footer(sec)

    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    # the template's first empty paragraph
    body = doc.element.body
    for p in body.findall(qn("w:p")):
        body.remove(p)

    C = WD_ALIGN_PARAGRAPH.CENTER
    R = WD_ALIGN_PARAGRAPH.RIGHT
    J = WD_ALIGN_PARAGRAPH.JUSTIFY

    # 版头
    add_p(doc, [("", FS, 16, False)], line=28)
    add_p(doc, [("苕川县人民政府办公室文件", XBS, 36, False, "FF0000")], align=C, line=None, before=24, after=12)
    add_p(doc, [("", FS, 16, False)], line=28)
    p = add_p(doc, [("苕政办发〔2025〕7号", FS, 16, False)], align=C, line=28, after=6)
    bottom_border(p)
    add_p(doc, [("", FS, 16, False)], line=28)

    # 标题
    add_p(doc, [("苕川县人民政府办公室", XBS, 22, False)], align=C, line=35)
    add_p(doc, [("关于印发2025年县政府重点工作任务", XBS, 22, False)], align=C, line=35)
    add_p(doc, [("分解清单的通知", XBS, 22, False)], align=C, line=35)
    add_p(doc, [("", FS, 16, False)], line=28)

    add_p(doc, [("各乡镇人民政府、街道办事处，县政府各部门，县直各单位：", FS, 16, False)], line=28)
    add_p(doc, [("为全面完成县十八届人民代表大会第五次会议审议通过的《政府工作报告》确定的目标任务，"
                 "经县人民政府同意，现将《2025年县政府重点工作任务分解清单》印发给你们，"
                 "并就有关事项通知如下，请认真贯彻落实。", FS, 16, False)], align=J, first=32)
    add_p(doc, [("一、压实工作责任。", HT, 16, False),
                ("各项任务的责任县领导要加强统筹调度，定期听取进展情况汇报，协调解决推进中的重大问题。"
                 "牵头单位对所牵头的任务负总责，牵头单位有两个的，排在第一位的为主牵头单位，负责组织协调和汇总报送；"
                 "配合单位要按照职责分工主动对接、积极配合，形成工作合力。", FS, 16, False)], align=J, first=32)
    add_p(doc, [("二、细化推进措施。", HT, 16, False),
                ("各牵头单位要对照清单，将每项任务细化分解到季度、落实到具体科室和责任人，"
                 "于2025年3月20日前将推进方案报县政府督查室。", FS, 16, False)], align=J, first=32)
    add_p(doc, [("三、强化督查考核。", HT, 16, False),
                ("县政府督查室要建立任务台账，实行月调度、季通报，各牵头单位于每季度最后一个月25日前报送任务进展情况；"
                 "重点工作任务完成情况纳入全县年度综合考核。联系人：县政府督查室孙" + PAD + "丽，电话：5212345。",
                 FS, 16, False)], align=J, first=32)
    add_p(doc, [("", FS, 16, False)], line=28)
    add_p(doc, [("附件：2025年县政府重点工作任务分解清单", FS, 16, False)], align=J, first=32)
    add_p(doc, [("", FS, 16, False)], line=28)
    add_p(doc, [("", FS, 16, False)], line=28)
    add_p(doc, [("苕川县人民政府办公室", FS, 16, False)], align=R, line=28)
    add_p(doc, [("2025年3月3日", FS, 16, False)], align=R, line=28)
    add_p(doc, [("（此件公开发布）", FS, 16, False)], align=J, first=32)

    # 附件
    p = add_p(doc, [("附件", HT, 16, False)], line=28)
    p.paragraph_format.page_break_before = True
    add_p(doc, [("", FS, 16, False)], line=20)
    add_p(doc, [("2025年县政府重点工作任务分解清单", XBS, 22, False)], align=C, line=35, after=12)

    widths = [Cm(1.1), Cm(2.6), Cm(3.6), Cm(5.2), Cm(3.1)]
    tbl = doc.add_table(rows=0, cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl.autofit = False
    for i, w in enumerate(widths):
        tbl.columns[i].width = w

    def new_row():
        row = tbl.add_row()
        for i, c in enumerate(row.cells):
            c.width = widths[i]
        return row

    # stacked header
    h1 = new_row()
    h2 = new_row()
    mark_header(h1)
    mark_header(h2)
    task_hdr = h1.cells[1].merge(h1.cells[4])
    fill_cell(task_hdr, ["工作任务"], east=HT, size=12)
    num = h1.cells[0].merge(h2.cells[0])
    fill_cell(num, ["序号"], east=HT, size=12)
    for i, lab in enumerate(["责任县领导", "牵头单位", "配合单位", "完成时限"], start=1):
        fill_cell(h2.cells[i], [lab], east=HT, size=12)

    gold = []
    current = -1
    for n, t in enumerate(T, start=1):
        if t["part"] != current:
            current = t["part"]
            pr = new_row()
            cant_split(pr)
            c = pr.cells[0].merge(pr.cells[4])
            fill_cell(c, [PARTS[current]], east=HT, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
        ra = new_row()
        rb = new_row()
        cant_split(ra)
        cant_split(rb)
        tc = ra.cells[1].merge(ra.cells[4])
        fill_cell(tc, t["text"], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        if t.get("nomerge"):
            fill_cell(ra.cells[0], [str(n)])
            fill_cell(rb.cells[0], [])
        else:
            nc = ra.cells[0].merge(rb.cells[0])
            fill_cell(nc, [str(n)])
        lead_s = "、".join(t["leads"])
        if t.get("labeled"):
            lc = rb.cells[1].merge(rb.cells[4])
            s = ("责任县领导：" + "、".join(t["leaders"]) + PAD * 2 + "牵头单位：" + lead_s + PAD * 2
                 + "配合单位：" + coop_text(t) + PAD * 2 + "完成时限：" + t["deadline"])
            fill_cell(lc, [s], align=WD_ALIGN_PARAGRAPH.LEFT)
        else:
            lay = t.get("leader_layout")
            if lay == "para":
                fill_cell(rb.cells[1], list(t["leaders"]))
            else:
                fill_cell(rb.cells[1], ["、".join(t["leaders"])])
            fill_cell(rb.cells[2], [lead_s])
            fill_cell(rb.cells[3], [coop_text(t)])
            fill_cell(rb.cells[4], [t["deadline"]])

        text0 = t["text"][0]
        gold.append({
            "id": str(n),
            "marker": str(n),
            "head": text0[:12],
            "responsible_units": list(t["leads"]) + list(t["coops"]),
            "lead_units": list(t["leads"]),
            "cooperating_units": list(t["coops"]),
            "leaders": [x.replace(PAD, "") for x in t["leaders"]],
            "deadline": t["deadline"],
        })

    add_p(doc, [("注：牵头单位有两个的，排在第一位的为主牵头单位。", FS, 12, False)], line=22, before=6)

    # 版记 on a page of its own
    p = add_p(doc, [("", FS, 16, False)], line=28)
    p.paragraph_format.page_break_before = True
    for _ in range(14):
        add_p(doc, [("", FS, 16, False)], line=28)
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0 = bj.rows[0].cells[0]
    fill_cell(c0, ["抄送：县委各部门，县人大常委会办公室，县政协办公室，县人民法院，县人民检察院。"],
              size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
    c1 = bj.rows[1].cells[0]
    fill_cell(c1, ["苕川县人民政府办公室" + PAD * 6 + "2025年3月3日印发"], size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
    # 版记 rules: top and bottom of the table, a thin line between rows
    tblpr = bj._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side, sz in (("top", 12), ("bottom", 12), ("insideH", 4)):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "0")
        b.set(qn("w:color"), "000000")
        borders.append(b)
    for side in ("left", "right", "insideV"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "nil")
        borders.append(b)
    tblpr.append(borders)

    cp = doc.core_properties
    cp.author = "苕川县人民政府办公室"
    cp.last_modified_by = "苕川县人民政府办公室"
    cp.title = "苕川县人民政府办公室关于印发2025年县政府重点工作任务分解清单的通知"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 3
    cp.created = datetime(2025, 3, 1, 8, 30, 0)
    cp.modified = datetime(2025, 3, 3, 9, 15, 0)
    cp.last_printed = datetime(2025, 3, 3, 9, 20, 0)
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
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 3, 9, 15, 0))
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
    print("wrote", DOCX)
    print("wrote", GOLD, len(gold), "tasks")


if __name__ == "__main__":
    main()
