# -*- coding: utf-8 -*-
"""Round 100, notice 514: a 县政府办 交办通知 of 常务会议/县长办公会议 议定事项,
responsibility stated the way meeting decisions are handed out: 请A牵头，B配合 /
请A会同B / 由A牵头，请B积极配合 / 请A、B按职责分工 / 此事项请A牵头办理，B协助 /
请X同志牵头协调 / two 请 sentences in one item; the lead rule only in 有关要求 at the end."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

NAME = "514_yanyu_xian_yiding_shixiang_qing_jiaoban.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name if a == "w:eastAsia" else ("Times New Roman" if name == FS else name))
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc, text="", font=FS, size=16, bold=False, align=None, indent=True, color=None,
         runs=None, space_before=0, space_after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28)
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    if runs is None:
        runs = [(text, font, bold)]
    for t, f, b in runs:
        r = p.add_run(t)
        set_font(r, f, size, b, color)
    return p


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


def page_break(doc):
    p = doc.add_paragraph()
    r = p.add_run()
    br = OxmlElement("w:br")
    br.set(qn("w:type"), "page")
    r._r.append(br)


doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
sec.left_margin, sec.right_margin = Mm(28), Mm(26)

st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

# 版头
para(doc, "砚峪县人民政府办公室文件", font=XBS, size=36, align=WD_ALIGN_PARAGRAPH.CENTER,
     indent=False, color="FF0000", space_before=24)
para(doc, "", indent=False)
p = para(doc, "砚政办发〔2024〕11号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
bottom_border(p)
para(doc, "", indent=False)

# 标题
para(doc, "砚峪县人民政府办公室", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para(doc, "关于交办县政府第21—23次常务会议和", font=XBS, size=22,
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para(doc, "县长办公会议议定事项的通知", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
     indent=False)
para(doc, "", indent=False)

para(doc, "各乡镇人民政府、街道办事处，砚峪经济开发区管委会，县政府各部门，各有关单位：", indent=False)
para(doc, "2024年1月至3月，县政府先后召开第21次、第22次、第23次常务会议和县长办公会议，"
          "研究议定了一批涉及稳增长、惠民生、保安全的重要事项。经县政府领导同意，现将需要"
          "抓好落实的议定事项分解交办如下，请各责任单位对照交办事项，逐项细化措施，确保按时"
          "办结。")

MEETINGS = [
    ("一、县政府第21次常务会议（2024年1月12日）", [
        ("关于2024年县本级政府投资项目计划的事项。",
         "会议原则同意县发展和改革局提交的《砚峪县2024年县本级政府投资项目计划（草案）》。"
         "请县发展和改革局牵头，县财政局、县自然资源局配合，按程序提请县人大常委会审议后，"
         "于3月底前下达执行。（责任县领导：常务副县长周启明）"),
        ("关于城区集中供热二期管网建设资金的事项。",
         "会议听取了县热力有限公司关于城区集中供热二期工程推进情况的汇报。请县财政局会同县住房"
         "和城乡建设局，通过争取专项债券、整合存量资金等方式筹措建设资金，2月底前提出资金筹措"
         "方案报县政府。"),
        ("关于春节期间安全生产和保供稳价的事项。",
         "请县应急管理局牵头，县市场监督管理局、县商务局、县交通运输局、县消防救援大队配合，"
         "春节前完成一轮安全生产隐患排查整治；请县发展和改革局加强重要民生商品价格监测，做好"
         "保供稳价工作。（责任县领导：副县长林雪芬）"),
        ("关于砚峪经济开发区标准化厂房招商的事项。",
         "请砚峪经济开发区管委会负责，会同县投资促进中心制定标准化厂房招商专项方案，一季度内"
         "完成首批3栋厂房签约入驻。"),
        ("关于冬春季森林草原防灭火工作的事项。",
         "请县林业局、县应急管理局按职责分工抓好落实，各乡镇（街道）落实属地责任，严防发生"
         "较大以上森林草原火灾。"),
        ("关于县第二人民医院住院楼竣工验收的事项。",
         "请县卫生健康局牵头，县住房和城乡建设局、县消防救援大队配合，3月底前完成竣工验收并"
         "投入使用。请副县长林雪芬同志牵头协调解决医疗设备采购问题。"),
    ]),
    ("二、县政府第22次常务会议（2024年2月23日）", [
        ("关于2024年为民办实事项目的事项。",
         "会议原则同意县政府办公室提交的2024年十件为民办实事项目安排。请县政府办公室牵头做好"
         "统筹调度，各项目责任单位按月报送进展情况。"),
        ("关于2024年高标准农田建设的事项。",
         "会议听取了县农业农村局关于2024年高标准农田建设计划的汇报。请县农业农村局牵头，县财政"
         "局、县水利局、县自然资源局配合，6月底前完成2.5万亩高标准农田建设任务；涉及土地流转"
         "的，请相关乡镇做好群众工作和矛盾调处。（责任县领导：副县长吴志坚）"),
        ("关于中小学校舍安全隐患整治的事项。",
         "请县教育局负责，3月底前完成全县中小学校舍安全排查，8月底前完成C级危房加固改造。"),
        ("关于县城污水处理厂提标改造的事项。",
         "由县住房和城乡建设局牵头，请市生态环境局砚峪分局、县发展和改革局积极配合，加快项目"
         "前期工作，力争5月底前开工建设。"),
        ("关于返乡入乡创业园建设的事项。",
         "请县人力资源和社会保障局、县农业农村局共同牵头，县财政局、县市场监督管理局配合，"
         "4月底前研究制定返乡入乡创业扶持政策。（责任县领导：副县长吴志坚）"),
        ("关于城区道路交通秩序整治的事项。",
         "请副县长、县公安局局长陈国华同志牵头，县公安局交通警察大队具体负责，县城市管理局、"
         "县交通运输局配合，3月起开展为期三个月的城区交通秩序集中整治。"),
    ]),
    ("三、县长办公会议（2024年3月8日）", [
        ("关于高铁站站前广场综合整治的事项。",
         "请县城市管理局牵头，县住房和城乡建设局、县交通运输局、县城市建设投资集团有限公司配合，"
         "4月底前完成站前广场环境综合整治。"),
        ("关于企业春季用工保障的事项。",
         "请县人力资源和社会保障局负责，组织开展“春风行动”专场招聘会不少于10场。"),
        ("关于县农产品冷链物流中心项目用地的事项。",
         "会议听取了县商务局关于项目推进情况的汇报。请县商务局牵头，县自然资源局、青石镇配合，"
         "4月15日前完成项目用地组卷报批。"),
        ("关于城区背街小巷改造的事项。",
         "请县住房和城乡建设局牵头，城关街道、砚山街道具体实施，5月底前完成12条背街小巷改造。"),
        ("关于县图书馆新馆开放运营的事项。",
         "请县文化广电旅游体育局牵头，县财政局做好运营经费保障，力争“五一”前开馆运营。"),
        ("关于“两违”整治攻坚的事项。",
         "请县自然资源局、县城市管理局分别牵头做好违法用地、违法建设查处工作，各乡镇（街道）"
         "落实属地管理责任。（责任县领导：常务副县长周启明）"),
    ]),
    ("四、县政府第23次常务会议（2024年3月22日）", [
        ("关于城乡居民医保参保扩面的事项。",
         "请县医疗保障局牵头，县税务局、县卫生健康局、县教育局配合，各乡镇（街道）抓好参保"
         "动员，确保参保率稳定在95%以上。"),
        ("关于一季度经济运行的事项。",
         "会议听取了国家统计局砚峪调查队关于一季度主要经济指标运行情况的汇报。请县发展和改革局、"
         "县工业和信息化局、县商务局按职责分工，紧盯固定资产投资、规上工业增加值、社会消费品"
         "零售总额等指标，确保实现“开门红”。"),
        ("关于汛前水利工程安全检查的事项。",
         "请县水利局负责，4月底前完成全县小型水库、山塘汛前安全检查，对发现的问题限期整改。"),
        ("关于县城第三幼儿园建设的事项。",
         "请县教育局牵头，县自然资源局、县住房和城乡建设局配合，加快规划设计和施工招标，确保"
         "秋季开学前投入使用。请县财政局按照项目进度及时拨付建设资金。（责任县领导：副县长"
         "林雪芬）"),
        ("关于企业开办“一日办结”的事项。",
         "请县行政审批服务局牵头，县市场监督管理局、县税务局、县公安局配合，6月底前实现企业"
         "开办全流程“一日办结”。"),
        ("关于信访积案化解的事项。",
         "请县信访局牵头，县公安局、县司法局配合，各有关乡镇（街道）、县直有关单位逐案落实包案"
         "领导和化解措施，确保6月底前积案化解率达到80%以上。（责任县领导：副县长、县公安局局长"
         "陈国华）"),
        ("关于城区停车设施建设的事项。",
         "此事项请县城市管理局牵头办理，县自然资源局、县住房和城乡建设局、县公安局交通警察大队"
         "协助，二季度内新增公共停车泊位800个。"),
        ("关于招商引资签约项目落地的事项。",
         "请县投资促进中心牵头，各乡镇（街道）、砚峪经济开发区管委会配合，建立签约项目“一项目"
         "一专班”推进机制；请县发展和改革局牵头做好项目用地、用能等要素保障协调工作。（责任县"
         "领导：县长韩立群）"),
    ]),
]

n = 0
for head, items in MEETINGS:
    para(doc, head, font=HT)
    for lead_in, body in items:
        n += 1
        para(doc, runs=[(f"{n}．", FS, False), (lead_in, FS, True), (body, FS, False)])

para(doc, "五、有关要求", font=HT)
para(doc, runs=[("（一）压实办理责任。", KT, False),
                ("交办事项明确牵头单位的，由牵头单位负总责，负责统筹推进和汇总报送办理情况，其他"
                 "单位为配合单位，要主动对接、密切配合；未明确牵头单位、由多个单位按职责分工负责"
                 "的，各单位分别对职责范围内的工作负责；只明确一个单位的，由该单位负责办理。", FS,
                 False)])
para(doc, runs=[("（二）严格办理时限。", KT, False),
                ("各牵头单位要对照交办事项制定工作计划，明确具体责任人，于每月25日前将办理进展"
                 "情况（附件）报县政府督查室；办结的事项，于办结后3个工作日内报送办结报告。", FS,
                 False)])
para(doc, runs=[("（三）强化督查问效。", KT, False),
                ("县政府督查室要对交办事项实行台账管理、跟踪督办，办理情况纳入年度目标责任考核。"
                 "对推进不力、逾期未办结的，按程序报请县政府领导约谈相关单位负责人。", FS, False)])
para(doc, "")
para(doc, "联系人：县政府督查室　孙文博　联系电话：6212345", indent=True)
para(doc, "")
para(doc, "附件：县政府议定事项办理情况反馈表", indent=True)
para(doc, "")
para(doc, "")
para(doc, "砚峪县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
para(doc, "2024年4月2日　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
para(doc, "（此件公开发布）", indent=True)

# 附件
page_break(doc)
para(doc, "附件", font=HT, indent=False)
para(doc, "")
para(doc, "县政府议定事项办理情况反馈表", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
     indent=False)
para(doc, "填报单位（盖章）：　　　　　　　　　　　　　填报时间：　　年　　月　　日", size=12,
     indent=False)
cols = ["事项编号", "事项名称", "牵头单位", "办理进展", "存在问题", "下步打算"]
t = doc.add_table(rows=3, cols=len(cols))
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, c in enumerate(cols):
    cell = t.rows[0].cells[i]
    cell.text = ""
    r = cell.paragraphs[0].add_run(c)
    set_font(r, HT, 12)
    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
para(doc, "填报人：　　　　　　　联系电话：　　　　　　　审核人（单位负责人）：", size=12, indent=False)

# 版记
para(doc, "")
p = para(doc, "抄送：县委办公室，县人大常委会办公室，县政协办公室。", size=14, indent=False)
ppr = p._p.get_or_add_pPr()
bdr = OxmlElement("w:pBdr")
for side in ("top", "bottom"):
    b = OxmlElement(f"w:{side}")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "6")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "000000")
    bdr.append(b)
ppr.append(bdr)
para(doc, "砚峪县人民政府办公室　　　　　　　　　　2024年4月2日印发", size=14, indent=False)

doc.save(OUT)
print(OUT, n)
