#!/usr/bin/python3
"""Round 122, case 625 (control): a 区人民政府办公室 red-header Word notice whose 附件 is a
landscape table 序号 / 重点任务 / 责任区领导 / 牵头单位 / 责任单位 / 完成时限 (part rows merged
across, leaders merged down), converted to Markdown for a knowledge base with

    pandoc -f docx -t gfm 槐政办发〔2025〕6号.docx -o 槐政办发〔2025〕6号.md

pandoc is run for real on the .docx made here; its output is kept byte for byte as the notice.

Writes (deterministically):
  625_work/huaipu_zhengbanfa_2025_6.docx        the Word original (fixed zip dates and core properties)
  625_huaipu_qu_gzbg_zhongdian_renwu_fengong_pandoc_gfm.md            the notice (pandoc's output)
  625_huaipu_qu_gzbg_zhongdian_renwu_fengong_pandoc_gfm.tasks.gold.jsonl
"""
import datetime
import io
import json
import os
import subprocess
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "625_huaipu_qu_gzbg_zhongdian_renwu_fengong_pandoc_gfm"
WORK = os.path.join(HERE, "625_work")
DOCX = os.path.join(WORK, "huaipu_zhengbanfa_2025_6.docx")
NOTICE = os.path.join(HERE, BASE + ".md")
GOLD = os.path.join(HERE, BASE + ".tasks.gold.jsonl")

# ---------------------------------------------------------------- content
ISSUER = "槐浦区人民政府办公室"
WENHAO = "槐政办发〔2025〕6号"
TITLE1 = "槐浦区人民政府办公室"
TITLE2 = "关于印发2025年区政府工作报告重点任务分工的通知"
ZHUSONG = "各镇人民政府，各街道办事处，区政府各部门，各直属单位："
BODY = [
    "《2025年槐浦区人民政府工作报告》（以下简称《报告》）已经区第三届人民代表大会第五次会议审议通过。"
    "为确保《报告》确定的各项目标任务落到实处，经区人民政府同意，现将《2025年区政府工作报告重点任务分工》"
    "印发给你们，并就有关事项通知如下，请认真抓好落实。",
    ("一、提高思想认识。", "《报告》是区人民政府向全区人民作出的庄严承诺，是全年经济社会发展的“任务书”和“施工图”。"
     "各镇（街道）、各部门要切实把思想和行动统一到区委、区政府的决策部署上来，把《报告》确定的目标任务"
     "作为全年工作的重中之重，细化工作措施，倒排工作节点，确保件件有着落、事事有回音。"),
    ("二、压实工作责任。", "各项重点任务均明确了责任区领导、牵头单位、责任单位和完成时限。责任区领导要加强统筹调度，"
     "及时协调解决推进中的困难和问题。“牵头单位”为该项任务的第一责任单位，主要负责同志为第一责任人，"
     "负责制定具体推进方案、组织协调和汇总报送；牵头单位有两个的，排在第一位的单位负责统筹协调。"
     "“责任单位”为配合单位，要按照职责分工主动配合牵头单位抓好落实，不得推诿扯皮。"),
    ("三、强化督查考核。", "区政府督查室将《报告》重点任务落实情况纳入区政府重点督查事项，实行月调度、季通报、年考核。"
     "各牵头单位须于每季度最后一个月20日前，将任务推进情况（含工作进展、存在问题及下步打算）经主要负责同志签字后"
     "书面报送区政府督查室，电子版同时发送至hpqdcs@163.com。全年完成情况于12月20日前报送。"
     "任务推进中确需调整的，由牵头单位报经责任区领导同意后，书面报区政府办公室备案。"
     "联系人：区政府督查室　范丽琴，联系电话：6213578。"),
]
FUJIAN_LINE = "附件：2025年区政府工作报告重点任务分工"
DATE = "2025年3月12日"
FUZHU = "（此件公开发布）"
TABLE_TITLE = "2025年区政府工作报告重点任务分工"
HEADER = ["序号", "重点任务", "责任区领导", "牵头单位", "责任单位", "完成时限"]

ZH = "市自然资源和规划局槐浦分局"
EH = "市生态环境局槐浦分局"
KFQ = "槐浦经济开发区管委会"
GZ = "各镇（街道）"

# Each part: (heading, [tasks]); each task: (text, leaders-cell or None=merged with the one above,
# lead units, responsible (=cooperating) units or "/", deadline).
# A leaders cell is a list of cell paragraphs as printed.
PARTS = [
    ("一、全力以赴稳增长，推动经济运行持续向好（共6项）", [
        ("全区地区生产总值增长6%左右，一般公共预算收入增长4%，规模以上工业增加值增长7%，固定资产投资增长6.5%，"
         "社会消费品零售总额增长5.5%，主要经济指标增速高于全市平均水平。",
         ["邓志远"], ["区发展改革局"], ["区财政局", "区统计局", "区工业和信息化局", "区商务局", "区税务局"], "2025年12月底"),
        ("抢抓“两重”“两新”政策机遇，积极争取超长期特别国债、中央预算内投资和地方政府专项债券，"
         "全年争取上级各类资金25亿元以上。",
         None, ["区发展改革局", "区财政局"], ["区级各有关部门", GZ], "2025年12月底"),
        ("全年实施区级重点项目126个，年度计划投资185亿元，新开工项目50个以上，确保槐浦新材料产业园二期、"
         "城北污水处理厂扩建等项目按期建成投用。",
         ["刘海峰"], ["区发展改革局"], ["区住房城乡建设局", ZH, KFQ, GZ], "2025年12月底"),
        ("深入开展“招商引资提升年”活动，全年引进亿元以上项目40个，其中10亿元以上项目6个，实际利用外资1800万美元。",
         ["谢文彬"], ["区投资促进中心"], ["区商务局", KFQ, GZ], "2025年12月底"),
        ("持续释放消费潜力，落实家电、汽车以旧换新等政策，举办“槐浦消费季”系列促销活动20场以上，"
         "培育夜间经济集聚区2个。",
         None, ["区商务局"], ["区财政局", "区市场监管局", "区城市管理局", "各街道办事处"], "2025年12月底"),
        ("加强财源建设和税收征管，严格落实政府过紧日子要求，一般性支出压减5%以上，坚决兜牢“三保”底线。",
         ["邓志远"], ["区财政局"], ["区税务局", "区审计局", "区级各预算单位"], "2025年12月底"),
    ]),
    ("二、坚持创新驱动，加快构建现代化产业体系（共7项）", [
        ("实施制造业“强链补链”行动，新材料、装备制造两大主导产业产值分别增长10%、8%，"
         "新增规模以上工业企业15家。",
         ["谢文彬"], ["区工业和信息化局"], [KFQ, "区统计局", GZ], "2025年12月底"),
        ("推动企业技术改造和数字化转型，实施技改项目35个，新建智能工厂（数字化车间）8个，新增上云企业120家。",
         None, ["区工业和信息化局"], ["区数据局", "区财政局"], "2025年12月底"),
        ("培育壮大优质企业梯队，新增国家级专精特新“小巨人”企业2家、省级专精特新中小企业15家。",
         None, ["区工业和信息化局"], "/", "2025年12月底"),
        ("加快科技创新体系建设，全社会研发投入强度达到2.6%，高新技术企业总数突破180家，"
         "新建省级以上研发平台5个。",
         ["许晓岚"], ["区科技局"], ["区财政局", "区统计局", KFQ], "2025年12月底"),
        ("加强人才引育，深入实施“槐才回归”计划，全年引进高层次人才60名、高校毕业生3000名以上。",
         None, ["区人力资源社会保障局"], ["区委人才办", "区科技局", "区教育局"], "2025年12月底"),
        ("推动现代服务业提质扩容，加快槐浦现代物流园建设，新增规上服务业企业20家、限上商贸企业40家。",
         ["谢文彬"], ["区商务局"], ["区发展改革局", "区交通运输局", "区统计局"], "2025年12月底"),
        ("大力发展文旅产业，推进樟溪古镇景区提升改造，力争创建国家4A级旅游景区1家，全年接待游客突破800万人次。",
         ["许晓岚"], ["区文化旅游体育局"], ["樟溪镇人民政府", ZH, "区交通运输局"], "2025年12月底"),
    ]),
    ("三、深化改革开放，持续优化营商环境（共5项）", [
        ("深化“高效办成一件事”改革，推出重点事项集成办理清单20项以上，政务服务事项全程网办率达到90%以上。",
         ["邓志远"], ["区数据局"], ["区级各有关部门"], "2025年12月底"),
        ("开展营商环境“优化提升年”行动，规范涉企行政检查，推行“扫码入企”，全面清理拖欠企业账款。",
         None, ["区发展改革局"], ["区司法局", "区市场监管局", "区财政局", "区工业和信息化局"], "2025年12月底"),
        ("深化国资国企改革，推动区城投集团市场化转型，年内完成区属国有企业整合重组。",
         None, ["区财政局（区国资办）"], ["区城投集团", "区交投公司"], "2025年9月底"),
        ("深化农村集体产权制度改革，发展壮大新型农村集体经济，年经营性收入20万元以上的村（社区）占比达到60%。",
         ["孟　洁"], ["区农业农村局"], ["区委组织部", "区财政局", GZ], "2025年12月底"),
        ("扩大对外开放，支持企业参加境内外重点展会30场次以上，全年进出口总额增长5%。",
         ["谢文彬"], ["区商务局"], ["区财政局", KFQ], "2025年12月底"),
    ]),
    ("四、统筹城乡发展，推进新型城镇化和乡村全面振兴（共7项）", [
        ("实施城市更新行动，改造城镇老旧小区32个、惠及居民5600户，完成城中村改造项目3个。",
         ["刘海峰"], ["区住房城乡建设局"], ["区财政局", ZH, "各街道办事处"], "2025年12月底"),
        ("完善城市基础设施，建成滨河路、建业大道西延等道路8条，新建改造雨污管网25公里，新增城市停车泊位2000个。",
         None, ["区住房城乡建设局", "区城市管理局"], ["区交通运输局", ZH, "区城投集团"], "2025年12月底"),
        ("深化城市精细化管理，开展市容环境整治提升行动，城区生活垃圾分类覆盖率达到95%以上。",
         None, ["区城市管理局"], ["各街道办事处", "区市场监管局"], "持续推进"),
        ("坚决扛牢粮食安全政治责任，粮食播种面积稳定在26.5万亩以上，新建高标准农田1.2万亩。",
         ["孟　洁"], ["区农业农村局"], [ZH, "区财政局", "区水利局", "各镇人民政府"], "2025年10月底"),
        ("做强特色现代农业，新培育市级以上农业产业化龙头企业5家，新增“三品一标”农产品10个。",
         None, ["区农业农村局"], ["区市场监管局", "区商务局"], "2025年12月底"),
        ("推进宜居宜业和美乡村建设，创建省级和美乡村示范村6个，农村卫生厕所普及率达到95%，改造提升农村公路45公里。",
         None, ["区农业农村局"], ["区交通运输局", "区卫生健康局", EH, "各镇人民政府"], "2025年12月底"),
        ("巩固拓展脱贫攻坚成果，健全防止返贫致贫监测和帮扶机制，确保不发生规模性返贫致贫。",
         None, ["区农业农村局"], ["区民政局", "区人力资源社会保障局", "区医疗保障局", GZ], "长期坚持"),
    ]),
    ("五、坚持生态优先，推动绿色低碳发展（共4项）", [
        ("深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在32微克/立方米以内，国省控断面水质优良比例保持100%。",
         ["刘海峰"], [EH],
         ["区发展改革局", "区住房城乡建设局", "区城市管理局", "区农业农村局", "区交通运输局，", GZ], "2025年12月底"),
        ("全面落实河湖长制，实施槐河流域综合治理工程，完成中小河流治理12公里、病险水库除险加固3座。",
         ["孟洁"], ["区水利局"], ["区农业农村局", EH, GZ], "2025年11月底"),
        ("积极稳妥推进碳达峰碳中和，推动重点用能单位节能降碳改造，单位地区生产总值能耗下降完成市下达目标。",
         ["刘海峰"], ["区发展改革局"], ["区工业和信息化局", "区住房城乡建设局", "区统计局"], "2025年12月底"),
        ("落实耕地保护和节约集约用地制度，完成批而未供土地处置1200亩、闲置土地处置300亩。",
         None, [ZH], ["区发改局", KFQ, GZ], "2025年12月底前"),
    ]),
    ("六、着力保障和改善民生，不断增进人民群众福祉（共7项）", [
        ("落实就业优先政策，城镇新增就业6500人，城镇调查失业率控制在5.5%以内，新增返乡入乡创业1200人。",
         ["许晓岚"], ["区人力资源社会保障局"], ["区财政局", "区农业农村局", "区总工会", GZ], "2025年12月底"),
        ("推进义务教育优质均衡发展，新建、改扩建中小学和幼儿园6所，新增学位3600个，深化集团化办学改革。",
         None, ["区教育局"], ["区发展改革局", "区财政局", ZH, "区住房城乡建设局"], "2025年8月底"),
        ("深化医药卫生体制改革，推进紧密型城市医疗集团建设，区人民医院新院区投入使用，家庭医生签约服务覆盖率达到45%。",
         None, ["区卫生健康局"], ["区医疗保障局", "区财政局"], "2025年12月底"),
        ("健全多层次社会保障体系，基本养老保险参保率稳定在95%以上，新建社区嵌入式养老服务中心5个、老年助餐点20个。",
         None, ["区民政局"], ["区人力资源社会保障局", "区医疗保障局", "区财政局", GZ], "2025年12月底"),
        ("扎实办好年度十件民生实事，建立“一事一专班”推进机制，确保按时保质完成。",
         ["邓志远", "许晓岚"], ["区政府办公室"], ["区发展改革局", "区财政局", "各民生实事牵头单位"], "2025年12月底"),
        ("统筹发展和安全，深入推进安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故，守牢食品药品安全底线。",
         ["赵立军"], ["区应急管理局"], ["区市场监管局", "区住房城乡建设局", "区交通运输局", GZ], "长期坚持"),
        ("推进更高水平平安槐浦建设，常态化开展扫黑除恶斗争，推进信访工作法治化，群众安全感满意度保持在98%以上。",
         None, ["区公安分局"], ["区司法局", "区信访局", GZ], "长期坚持"),
    ]),
    ("七、全面加强政府自身建设（共2项）", [
        ("坚持依法行政，自觉接受区人大及其常委会法律监督和区政协民主监督，人大代表建议和政协提案办复率达到100%。",
         ["邓志远"], ["区政府办公室"], ["区司法局", "区级各有关部门"], "2025年10月底"),
        ("驰而不息纠治“四风”，坚决反对形式主义、官僚主义，落实整治形式主义为基层减负措施，严控发文开会数量。",
         None, ["区政府办公室"], ["区级各部门"], "长期坚持"),
    ]),
]
CC = "抄送：区委各部门，区人大常委会办公室，区政协办公室，区人武部，区法院，区检察院。"
PRINTED = ("槐浦区人民政府办公室", "2025年3月12日印发")


# ---------------------------------------------------------------- docx helpers
def set_font(run, east="仿宋_GB2312", west="Times New Roman", size=16, bold=False, color=None):
    run.font.name = west
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", east="仿宋_GB2312", size=16, bold=False, align=None, indent=False,
         color=None, space_after=0, line=None):
    p = doc_or_cell.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if line:
        pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        set_font(p.add_run(text), east=east, size=size, bold=bold, color=color)
    return p


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


def cell_text(cell, paras, east="仿宋_GB2312", size=12, bold=False, align=None):
    """Fill a cell with one or more paragraphs (the first replaces the cell's empty paragraph)."""
    first = True
    for t in paras:
        if first:
            p = cell.paragraphs[0]
            first = False
        else:
            p = cell.add_paragraph()
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        set_font(p.add_run(t), east=east, size=size, bold=bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.top_margin = Cm(2.6)
    section.bottom_margin = Cm(2.4)
    section.left_margin = Cm(2.6)
    section.right_margin = Cm(2.6)


def portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)


# ---------------------------------------------------------------- build the Word notice
def build_docx():
    doc = Document()
    portrait(doc.sections[0])
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)

    # 版头
    para(doc, "")
    para(doc, ISSUER + "文件", east="方正小标宋简体", size=36, align=WD_ALIGN_PARAGRAPH.CENTER, color="FF0000")
    para(doc, "")
    p = para(doc, WENHAO, align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p)
    para(doc, "")
    # 标题 (two lines with a manual line break)
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER)
    set_font(p.add_run(TITLE1), east="方正小标宋简体", size=22)
    r = p.add_run()
    r.add_break()
    set_font(p.add_run(TITLE2), east="方正小标宋简体", size=22)
    para(doc, "")
    para(doc, ZHUSONG)
    para(doc, BODY[0], indent=True)
    for head, text in BODY[1:]:
        p = para(doc, "", indent=True)
        set_font(p.add_run(head), east="黑体", size=16)
        set_font(p.add_run(text), size=16)
    para(doc, "")
    para(doc, FUJIAN_LINE, indent=True)
    para(doc, "")
    para(doc, "")
    para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, FUZHU, indent=True)

    # 附件: landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    landscape(sec)
    para(doc, "附件", east="黑体", size=16)
    para(doc, TABLE_TITLE, east="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=12)

    nrows = 1 + sum(1 + len(t) for _, t in PARTS)
    table = doc.add_table(rows=nrows, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.3), Cm(10.2), Cm(2.3), Cm(3.6), Cm(5.6), Cm(2.5)]
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    hdr = table.rows[0]
    repeat_header(hdr)
    for c, t in zip(hdr.cells, HEADER):
        cell_text(c, [t], east="黑体", size=12, align=WD_ALIGN_PARAGRAPH.CENTER)

    r = 1
    n = 0
    for heading, tasks in PARTS:
        row = table.rows[r]
        merged = row.cells[0].merge(row.cells[5])
        cell_text(merged, [heading], east="黑体", size=12)
        r += 1
        run_start = None  # row index where the current leader cell starts
        for text, leaders, leads, coops, deadline in tasks:
            n += 1
            cells = table.rows[r].cells
            cell_text(cells[0], [str(n)], align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(cells[1], [text])
            if leaders is not None:
                cell_text(cells[2], leaders, align=WD_ALIGN_PARAGRAPH.CENTER)
                run_start = r
            else:
                top = table.cell(run_start, 2)
                top.merge(table.cell(r, 2))
            cell_text(cells[3], ["、".join(leads)], align=WD_ALIGN_PARAGRAPH.CENTER)
            if coops == "/":
                cell_text(cells[4], ["/"], align=WD_ALIGN_PARAGRAPH.CENTER)
            else:
                s = ""
                for u in coops:
                    if s and not s.endswith("，"):
                        s += "、"
                    s += u
                cell_text(cells[4], [s])
            cell_text(cells[5], [deadline], align=WD_ALIGN_PARAGRAPH.CENTER)
            r += 1
    assert r == nrows

    # 版记: portrait section, a two-row table with rules (as the OA template has it)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    portrait(sec)
    for _ in range(3):
        para(doc, "")
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(bj.cell(0, 0), [CC], size=14)
    cell_text(bj.cell(1, 0), [PRINTED[0] + "　　　　　　　　" + PRINTED[1]], size=14)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 3, 12, 9, 30, 0)
    cp.author = "区政府办秘书科"
    cp.last_modified_by = "区政府办秘书科"
    cp.title = TITLE1 + TITLE2
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    cp.comments = ""
    cp.keywords = ""

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed entry dates so the bytes never change
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 12, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    os.makedirs(WORK, exist_ok=True)
    with open(DOCX, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- gold
def build_gold():
    rows = []
    n = 0
    for _, tasks in PARTS:
        leaders_run = None
        for text, leaders, leads, coops, deadline in tasks:
            n += 1
            if leaders is not None:
                leaders_run = [x.replace("　", "").replace(" ", "") for x in leaders]
            helpers = [] if coops == "/" else [u.rstrip("，") for u in coops]
            rows.append({
                "id": str(n),
                "marker": str(n),
                "head": text[:12],
                "responsible_units": list(leads) + helpers,
                "lead_units": list(leads),
                "cooperating_units": helpers,
                "leaders": list(leaders_run),
                "deadline": deadline,
            })
    with open(GOLD, "w", encoding="utf-8") as f:
        for o in rows:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    return rows


def main():
    build_docx()
    # the clerk's command, run for real (pandoc 2.17.1.1)
    subprocess.run(["pandoc", "-f", "docx", "-t", "gfm", DOCX, "-o", NOTICE], check=True)
    rows = build_gold()
    print(f"wrote {DOCX}\nwrote {NOTICE}\nwrote {GOLD} ({len(rows)} tasks)")


if __name__ == "__main__":
    main()
