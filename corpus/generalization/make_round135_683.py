#!/usr/bin/env python3
"""Round 135, notice 683 (control case).

Writes 683_tanyang_shi_zhongdian_gongzuo_zeren_fengong.docx -- an ordinary red-header
市人民政府办公室 notice 关于印发市政府2025年重点工作责任分工的通知 whose 附件 is a Word
table 序号 / 重点工作 / 具体任务 / 责任市领导 / 责任单位 / 完成时限: each 重点工作 cell
merged down over its 具体任务 rows, one task a row, 序号 running on through the table,
and the cover saying that the first unit listed in 责任单位 leads -- and its gold file.

Deterministic: fixed core properties, fixed zip entry dates, fixed entry order.
Run with /usr/bin/python3 make_683.py
"""
import io
import json
import os
import re
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "683_tanyang_shi_zhongdian_gongzuo_zeren_fengong"
DOCX = os.path.join(HERE, BASE + ".docx")
GOLD = os.path.join(HERE, BASE + ".tasks.gold.jsonl")

FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"

D12 = "2025年12月底前"

# ---------------------------------------------------------------------------
# The attachment's content.  Each 重点工作 is (name, rows); each row is
#   (task paragraphs, leader cell or None = merged with the cell above,
#    unit cell paragraphs, deadline cell or None = merged with the cell above)
# ---------------------------------------------------------------------------
GROUPS = [
    ("全力扩大有效需求", [
        (["全年地区生产总值增长6%左右，规模以上工业增加值增长7%，一般公共预算收入增长5%以上，主要经济指标增速高于全省平均水平。"],
         "周明远、陈立新",
         ["市发展改革委、市财政局、市统计局、各县（市、区）人民政府、潭阳经济技术开发区管委会"], D12),
        (["实施重点项目建设攻坚行动，全年实施市级重点项目320个、完成投资680亿元以上，新开工亿元以上项目120个。"],
         "陈立新",
         ["市发展改革委、市自然资源和规划局、市住房城乡建设局、市生态环境局、各县（市、区）人民政府"], D12),
        (["抢抓超长期特别国债、地方政府专项债券等政策机遇，全年争取上级资金85亿元以上。"],
         None,
         ["市发展改革委、市财政局"], D12),
        (["落实大规模设备更新和消费品以旧换新政策，开展“乐购潭阳”系列促消费活动200场以上，社会消费品零售总额增长5.5%。"],
         "刘慧敏",
         ["市商务局、市财政局、市文化广电旅游局、市市场监管局"], D12),
        (["完善县域商业体系，新建改造乡镇商贸中心10个、村级便民商店60个，推动快递进村全覆盖。"],
         None,
         ["市商务局、市农业农村局、市邮政管理局、市供销社"], "2025年11月底前"),
    ]),
    ("加快发展新质生产力", [
        (["实施制造业重点产业链高质量发展行动，新能源电池、高端装备、绿色食品三大产业链产值分别增长15%、10%、8%。"],
         "孙志刚",
         ["市工业和信息化局、市发展改革委、市科技局、市投资促进局"], D12),
        (["推进工业企业技术改造，实施亿元以上技改项目150个，新增规模以上工业企业80家、省级专精特新中小企业30家。"],
         None,
         ["市工业和信息化局、市财政局、市统计局"], D12),
        (["加快数字经济发展，新建5G基站800个，推动200家企业“上云用数赋智”，数字经济核心产业增加值增长12%。"],
         None,
         ["市数据局、市工业和信息化局、中国电信潭阳分公司、中国移动潭阳分公司、中国联通潭阳分公司"], D12),
        (["培育壮大科技创新主体，高新技术企业总数突破500家，科技型中小企业入库评价600家以上。"],
         "王　勇",
         ["市科技局、市财政局、国家税务总局潭阳市税务局"], D12),
        (["全社会研发经费投入强度提高0.1个百分点，新建省级以上创新平台10家，技术合同成交额增长20%。"],
         None,
         ["市科技局、市发展改革委、市工业和信息化局、市统计局"], D12),
    ]),
    ("深化重点领域改革", [
        (["深入实施国有企业改革深化提升行动，完成市属国有企业战略性重组和专业化整合，推动市属融资平台市场化转型。"],
         "陈立新",
         ["市国资委、市财政局、市委金融办"], "2025年10月底前"),
        (["持续优化营商环境，深化“高效办成一件事”改革，新增重点事项13项以上，政务服务事项全程网办率达到90%。"],
         "郑　凯",
         ["市政务服务管理局、市数据局、市司法局、各县（市、区）人民政府"], D12),
        (["落实支持民营经济发展壮大各项举措，常态化开展政企恳谈活动，健全防范和化解拖欠企业账款长效机制。"],
         "孙志刚",
         ["市发展改革委、市工业和信息化局、市财政局、市工商联"], "持续推进"),
        (["深化金融服务实体经济，全年新增贷款不低于260亿元，新增直接融资50亿元以上。"],
         "陈立新",
         ["市委金融办、人民银行潭阳市分行、国家金融监督管理总局潭阳监管分局、市财政局"], D12),
    ]),
    ("扩大高水平对外开放", [
        (["稳住外贸基本盘，全年进出口总额增长5%，跨境电商交易额突破30亿元，新增有进出口实绩企业60家。"],
         "刘慧敏",
         ["市商务局、潭阳海关、国家税务总局潭阳市税务局、人民银行潭阳市分行"], D12),
        (["强化招商引资“一号工程”，全年新签约亿元以上项目150个，实际到位市外资金450亿元以上。"],
         "陈立新",
         ["市投资促进局、市商务局、各县（市、区）人民政府、潭阳经济技术开发区管委会"], D12),
        (["推进潭阳经济技术开发区扩区调规，完成开发区管理体制改革，争创国家级经济技术开发区。"],
         None,
         ["潭阳经济技术开发区管委会"], D12),
    ]),
    ("全面推进乡村振兴", [
        (["稳定粮食生产，粮食播种面积稳定在320万亩以上、总产量稳定在28亿斤以上，新建高标准农田12万亩。"],
         "黄建平",
         ["市农业农村局、市发展改革委、市财政局、市自然资源和规划局"], "2025年10月底前"),
        (["做强特色优势产业，培育省级以上农业产业化龙头企业8家，“潭阳好粮油”区域公用品牌销售额增长10%。"],
         None,
         ["市农业农村局、市市场监管局、市商务局"], D12),
        (["巩固拓展脱贫攻坚成果，健全防止返贫致贫监测帮扶机制，坚决守住不发生规模性返贫致贫底线。"],
         None,
         ["市农业农村局、市民政局、市人力资源社会保障局、市医保局、市教育局"], "持续推进"),
        (["实施农村人居环境整治提升行动，农村卫生厕所普及率达到85%，创建和美乡村示范村50个。"],
         None,
         ["市农业农村局、市住房城乡建设局、市生态环境局、市卫生健康委、各县（市、区）人民政府"], "2025年11月底前"),
    ]),
    ("推进城市更新和交通建设", [
        (["实施城市更新行动，改造城镇老旧小区86个、城中村1200户，新建改造燃气、供排水等地下管网160公里。"],
         "赵海峰",
         ["市住房城乡建设局、市城市管理局、市发展改革委、市财政局、各县（市、区）人民政府"], D12),
        (["加快交通基础设施建设，推动潭阳至临川高速公路建成通车，开工建设国道潭阳过境段改线工程。"],
         None,
         ["市交通运输局、市自然资源和规划局、市生态环境局、市林业局"], D12),
        (["深入推进以县城为重要载体的新型城镇化，常住人口城镇化率提高1个百分点以上。"],
         None,
         ["市发展改革委、市公安局、市住房城乡建设局、市统计局"], "2025年年底前"),
    ]),
    ("加强生态文明建设", [
        (["深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在32微克/立方米以内，国省考断面水质优良比例保持100%。"],
         "赵海峰",
         ["市生态环境局、市发展改革委、市工业和信息化局、",
          "市住房城乡建设局、市交通运输局、市农业农村局、市水利局"], D12),
        (["全面推行河湖长制和林长制，完成营造林8万亩，新增水土流失综合治理面积60平方公里。"],
         "黄建平",
         ["市林业局、市水利局、市自然资源和规划局"], D12),
        (["积极稳妥推进碳达峰碳中和，单位地区生产总值能耗下降完成省定目标任务。"],
         "孙志刚",
         ["市发展改革委、市工业和信息化局，市生态环境局、市统计局"], D12),
    ]),
    ("持续保障和改善民生", [
        (["千方百计稳定扩大就业，城镇新增就业3.5万人，城镇调查失业率控制在5.5%以内。"],
         "王　勇",
         ["市人力资源社会保障局、市教育局、市财政局、市退役军人事务局"], D12),
        (["推动教育优质均衡发展，新建改扩建中小学、幼儿园15所，新增学位1.2万个。"],
         None,
         ["市教育局、市发展改革委、市财政局、市自然资源和规划局、市住房城乡建设局"], "2025年8月底前"),
        (["深化紧密型县域医共体建设，提升基层医疗卫生服务能力。",
          "推进市人民医院新院区二期、市妇幼保健院迁建项目建设。"],
         None,
         ["市卫生健康委、市医保局、市发展改革委"], D12),
        (["完善养老服务体系，新建社区嵌入式养老服务设施20个、乡镇（街道）区域养老服务中心8个。"],
         "刘慧敏",
         ["市民政局、市卫生健康委、市财政局、各县（市、区）人民政府"], D12),
        (["繁荣发展文化体育事业，成功举办潭阳市第三届运动会，新建城市书房10个、社区全民健身中心12个。"],
         None,
         ["市体育局、市文化广电旅游局、市教育局"], "2025年10月底前"),
        (["扎实办好市政府十件民生实事，确保按期完成年度目标任务。"],
         "周明远",
         ["市政府办公室、市财政局、各县（市、区）人民政府、市直有关单位"], D12),
    ]),
    ("统筹发展和安全", [
        (["深化安全生产治本攻坚三年行动，强化道路交通、建筑施工、危险化学品等重点行业领域隐患排查整治，坚决遏制较大以上生产安全事故。"],
         "李卫东",
         ["市应急管理局、市安委会各成员单位"], "持续推进"),
        (["深入推进平安潭阳建设，常态化开展扫黑除恶斗争，严厉打击电信网络诈骗等违法犯罪。"],
         None,
         ["市公安局、市司法局、市信访局"], "持续推进"),
        (["防范化解地方政府债务风险，确保法定债务按时还本付息，坚决遏制新增隐性债务。"],
         "陈立新",
         ["市财政局、市委金融办、市国资委、各县（市、区）人民政府"], "持续推进"),
        (["加强食品药品安全监管，全年完成食品安全抽检1.2万批次以上。"],
         "孙志刚",
         ["市市场监管局"], D12),
    ]),
    ("加强政府自身建设", [
        (["坚持依法行政，深入推进法治政府建设，市政府常务会议会前学法每年不少于4次。"],
         "郑　凯",
         ["市司法局、市政府办公室"], D12),
        (["持续深化作风建设，严格落实过紧日子要求，一般性支出压减5%以上。"],
         "陈立新",
         ["市财政局、市机关事务管理局"], None),
    ]),
]


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def set_run_font(run, east, size=None, bold=None, color=None, ascii_font=None):
    run.font.name = ascii_font or "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)


def para(container, text="", east=FS, size=16, align=None, bold=None, color=None,
         indent_chars=None, line=28, space_before=0, space_after=0):
    p = container.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if line:
        pf.line_spacing = Pt(line)
    if indent_chars:
        pf.first_line_indent = Pt(size * indent_chars)
    if text:
        r = p.add_run(text)
        set_run_font(r, east, size, bold, color)
    return p


def add_run(p, text, east=FS, size=16, bold=None, color=None):
    r = p.add_run(text)
    set_run_font(r, east, size, bold, color)
    return r


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_bottom_border(p, top=True, bottom=True, sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side, on in (("top", top), ("bottom", bottom)):
        if on:
            b = OxmlElement("w:" + side)
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), str(sz))
            b.set(qn("w:space"), "1")
            b.set(qn("w:color"), "000000")
            bdr.append(b)
    ppr.append(bdr)


def page_footer(section):
    section.footer.is_linked_to_previous = False
    ft = section.footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(p, "— ", east="宋体", size=14)
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    for kind, text in (("begin", None), ("instr", " PAGE "), ("separate", None), ("t", "1"), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        elif kind == "t":
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        r._element.append(el)
    add_run(p, " —", east="宋体", size=14)


def cell_text(cell, paragraphs, east=FS, size=11, align=WD_ALIGN_PARAGRAPH.LEFT, bold=None):
    first = True
    for t in paragraphs:
        if first:
            p = cell.paragraphs[0]
            first = False
        else:
            p = cell.add_paragraph()
        p.alignment = align
        pf = p.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing = Pt(18)
        add_run(p, t, east=east, size=size, bold=bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def split_units(text):
    """split on 、，； outside brackets"""
    out, cur, depth = [], "", 0
    for ch in text:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if ch in "、，；" and depth == 0:
            if cur:
                out.append(cur)
            cur = ""
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:cantSplit")
    trpr.insert(0, h)


def table_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


# ---------------------------------------------------------------------------
# the document
# ---------------------------------------------------------------------------
def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    page_footer(sec)

    # 版头
    para(doc, "", line=28)
    para(doc, "潭阳市人民政府办公室文件", east=XBS, size=34, color="FF0000",
         align=WD_ALIGN_PARAGRAPH.CENTER, line=None, space_before=12, space_after=12)
    para(doc, "", line=28)
    p = para(doc, "潭政办发〔2025〕7号", align=WD_ALIGN_PARAGRAPH.CENTER, space_after=4)
    bottom_border(p)
    para(doc, "", line=28)

    # 标题
    para(doc, "潭阳市人民政府办公室关于印发", east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "市政府2025年重点工作责任分工的通知", east=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "", line=28)

    # 主送
    para(doc, "各县（市、区）人民政府，潭阳经济技术开发区管委会，市政府各部门，各直属机构：")

    body = [
        (None, "经市政府同意，现将《市政府2025年重点工作责任分工》（以下简称《责任分工》）印发给你们，"
               "请认真贯彻落实。现就有关事项通知如下："),
        ("一、提高思想认识。", "今年是“十四五”规划收官之年，也是为“十五五”良好开局打牢基础的关键之年。"
               "市十八届人大五次会议审议通过的《政府工作报告》，明确了今年全市经济社会发展的主要目标和重点任务。"
               "各地各部门要切实把思想和行动统一到市委、市政府决策部署上来，以只争朝夕、奋发有为的精神状态，"
               "确保各项目标任务落到实处。"),
        ("二、压实工作责任。", "各责任市领导要加强对分管领域重点工作的统筹调度，及时协调解决工作推进中的重大问题。"
               "《责任分工》中列明的责任单位，排在第一位的为牵头单位，其他为配合单位。"
               "牵头单位要对所牵头的工作负总责，主要负责同志要亲自研究部署，制定具体工作方案，细化分解任务，"
               "明确时间节点，于3月10日前报市政府督查室；配合单位要按照职责分工，积极主动配合，形成工作合力。"
               "涉及各县（市、区）的工作任务，各县（市、区）人民政府要结合实际抓好落实。"),
        ("三、强化督查考核。", "市政府督查室要将重点工作落实情况纳入年度督查计划，实行清单化管理、台账式推进，"
               "定期通报工作进展情况。各牵头单位要于每季度最后一个月的25日前，将牵头工作进展情况书面报送市政府督查室"
               "（联系人：何静，电话：8236015）。对工作推进不力、进度严重滞后的，将按有关规定予以通报、约谈。"
               "督查结果纳入年度目标管理绩效考核。"),
    ]
    for lead, text in body:
        p = para(doc, indent_chars=2)
        if lead:
            add_run(p, lead, east=HT)
        add_run(p, text)

    para(doc, "")
    p = para(doc, indent_chars=2)
    add_run(p, "附件：市政府2025年重点工作责任分工")
    para(doc, "")
    p = para(doc, "潭阳市人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 4)
    p = para(doc, "2025年2月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 5)
    para(doc, "（此件公开发布）", indent_chars=2)

    # 附件: landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    sec2.top_margin, sec2.bottom_margin = Cm(2.6), Cm(2.4)
    sec2.left_margin, sec2.right_margin = Cm(2.5), Cm(2.5)

    para(doc, "附件", east=HT)
    para(doc, "市政府2025年重点工作责任分工", east=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=35, space_before=6, space_after=12)

    nrows = 1 + sum(len(rows) for _, rows in GROUPS)
    widths = [Cm(1.4), Cm(2.8), Cm(9.8), Cm(2.4), Cm(5.7), Cm(2.6)]
    table = doc.add_table(rows=nrows, cols=6)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    table_borders(table)
    for i, gc in enumerate(table._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i].twips)))
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    for row in table.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]

    hdr = table.rows[0]
    repeat_header(hdr)
    for i, t in enumerate(["序号", "重点工作", "具体任务", "责任市领导", "责任单位", "完成时限"]):
        cell_text(hdr.cells[i], [t], east=HT, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)

    # merges first (on empty cells), then text
    r = 1
    spans = []  # (col, top, bottom, text paragraphs, align)
    gold = []
    n = 0
    for work, rows in GROUPS:
        top = r
        spans.append((1, top, top + len(rows) - 1, [work], WD_ALIGN_PARAGRAPH.CENTER))
        # leader and deadline merges
        for col, idx in ((3, 1), (5, 3)):
            k = 0
            while k < len(rows):
                j = k + 1
                while j < len(rows) and rows[j][idx] is None:
                    j += 1
                spans.append((col, top + k, top + j - 1, [rows[k][idx]], WD_ALIGN_PARAGRAPH.CENTER))
                k = j
        for k, (task, leader, units, deadline) in enumerate(rows):
            n += 1
            cant_split(table.rows[top + k])
            cell_text(table.cell(top + k, 0), [str(n)], align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(table.cell(top + k, 2), task, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            cell_text(table.cell(top + k, 4), units, align=WD_ALIGN_PARAGRAPH.LEFT)
            # gold
            kk = k
            while rows[kk][1] is None:
                kk -= 1
            lead_cell = rows[kk][1]
            kk = k
            while rows[kk][3] is None:
                kk -= 1
            dl = rows[kk][3]
            us = split_units("".join(units))
            gold.append({
                "id": str(n),
                "marker": str(n),
                "head": task[0][:12],
                "responsible_units": us,
                "lead_units": us[:1],
                "cooperating_units": us[1:],
                "leaders": [x.replace("　", "") for x in lead_cell.split("、")],
                "deadline": dl,
            })
        r += len(rows)
    for col, a, b, text, align in spans:
        c = table.cell(a, col)
        if b > a:
            c = c.merge(table.cell(b, col))
        cell_text(c, text, align=align)

    # 版记: portrait again, on a page of its own
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        para(doc, "")
    p = para(doc, size=14, line=None)
    add_run(p, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市纪委监委，", size=14)
    add_run(p, "市中级人民法院，市人民检察院，潭阳军分区。", size=14)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    top_bottom_border(p, top=True, bottom=True, sz=8)
    p = para(doc, size=14, line=None)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    add_run(p, "潭阳市人民政府办公室", size=14)
    p.add_run("\t")
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), alignment=2)  # right
    add_run(p, "2025年2月24日印发", size=14)
    top_bottom_border(p, top=False, bottom=True, sz=12)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 24, 9, 0, 0)
    cp.author = "市政府办公室"
    cp.last_modified_by = "市政府办公室"
    cp.title = "关于印发市政府2025年重点工作责任分工的通知"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    return doc, gold


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 24, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def main():
    doc, gold = build()
    save_deterministic(doc, DOCX)
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {DOCX} and {GOLD} ({len(gold)} tasks)")


if __name__ == "__main__":
    main()
