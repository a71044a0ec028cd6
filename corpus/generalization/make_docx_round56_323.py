# -*- coding: utf-8 -*-
"""Generate 323_duban_qingdan.docx: 市政府办公室印发重点工作督查督办清单的通知 (table attachment)."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "323_duban_qingdan.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "仿宋_GB2312"
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)


def setfont(run, name, size, bold=False, color=None):
    run.font.name = name
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(text, font="仿宋_GB2312", size=16, align=None, indent=True, bold=False, color=None,
         space_before=0, line=28):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        setfont(p.add_run(text), font, size, bold, color)
    return p


def hr(p, color="FF0000", sz=12):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), str(sz)); b.set(qn("w:space"), "1"); b.set(qn("w:color"), color)
    bdr.append(b); pPr.append(bdr)


C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT

# ---------------- 版头 ----------------
para("沅溪市人民政府办公室文件", "方正小标宋简体", 36, C, False, color=(0xE6, 0, 0), line=60, space_before=20)
para("", indent=False)
p = para("沅政办发〔2026〕4号", align=C, indent=False)
hr(p)
para("", indent=False)

# ---------------- 主体 ----------------
para("沅溪市人民政府办公室", "方正小标宋简体", 22, C, False, line=36)
para("关于印发《2026年市政府重点工作督查督办清单》的通知", "方正小标宋简体", 22, C, False, line=36)
para("", indent=False)
para("各县（市、区）人民政府，沅溪高新区、沅北经开区管委会，市政府各部门、各直属机构：", indent=False)
body = [
    "为推动市十七届人大五次会议审议通过的《政府工作报告》确定的重点工作落地见效，经市人民政府同意，现将《2026年市政府重点工作督查督办清单》印发给你们，并就有关事项通知如下，请认真抓好落实。",
]
for t in body:
    para(t)
para("一、压实工作责任", "黑体", 16)
para("清单所列26项督办事项，由责任市领导统筹调度，牵头单位主要负责同志为第一责任人。牵头单位要会同责任单位于3月15日前细化工作方案，明确时间表、路线图和责任人；涉及多个牵头单位的，排在前面的单位负责牵头汇总。")
para("二、严格时限要求", "黑体", 16)
para("各牵头单位要于每季度最后一个月的25日前，将督办事项进展情况（附佐证材料）报送市政府督查室，同时抄送责任市领导。办结时限为“持续推进”的事项，按季度报送阶段性成效。确需调整办结时限的，由牵头单位提出书面申请，经责任市领导同意后报市人民政府审定。")
para("三、强化督查问责", "黑体", 16)
para("市政府督查室负责清单事项的统筹督办，采取“月调度、季通报、年考核”方式，对进展滞后的事项实行挂牌督办，督查结果纳入年度综合绩效考核。对推诿扯皮、敷衍塞责造成严重后果的，按有关规定移交纪检监察机关处理。")
para("联系人：市政府督查室  吴  旭，电话：0745-2236017。")
para("", indent=False)
para("附件：2026年市政府重点工作督查督办清单", indent=True)
para("", indent=False)
para("", indent=False)
para("沅溪市人民政府办公室", align=R, indent=False).paragraph_format.right_indent = Cm(1.2)
para("2026年2月26日", align=R, indent=False).paragraph_format.right_indent = Cm(1.6)
para("（此件公开发布）")

# ---------------- 附件: landscape section ----------------
ns = doc.add_section(WD_SECTION.NEW_PAGE)
ns.orientation = WD_ORIENT.LANDSCAPE
ns.page_width, ns.page_height = Cm(29.7), Cm(21)
ns.top_margin, ns.bottom_margin = Cm(2.5), Cm(2.2)
ns.left_margin, ns.right_margin = Cm(2.4), Cm(2.4)

para("附件", "黑体", 16, indent=False)
para("2026年市政府重点工作督查督办清单", "方正小标宋简体", 22, C, False, line=36)
para("（共26项）", "楷体_GB2312", 16, C, False)

HEAD = ["编号", "督办事项", "责任市领导", "牵头单位", "责任单位", "办结时限", "督办方式"]
WID = [1.4, 8.6, 2.2, 3.4, 5.0, 2.4, 2.2]

# rows: ("S", title) section row; or (no, item, leader, lead, resp, deadline, way)
# leader value None = vertically merged with the cell above; item/no None = merged with row above
ROWS = [
    ("S", "一、扩大有效需求（共6项）"),
    ("1", "实施“项目攻坚年”行动，全年实施市级重点项目320个以上、完成投资650亿元以上；新开工亿元以上项目120个（含技改项目30个）。",
     "刘振华\n陈启明", "市发展改革委（市重点项目办）", "市工业和信息化局、市自然资源和规划局、市住房城乡建设局、各县（市、区）人民政府", "2026年12月底", "月调度、季通报、年考核"),
    ("2", "争取超长期特别国债、中央预算内投资、地方政府专项债券等上级资金支持，全年争取资金总额不低于85亿元。",
     "陈启明", "市发展改革委\n市财政局", "市直有关部门，各县（市、区）人民政府", "2026年11月底", "季度调度"),
    ("3", "5G基站新建1200个、累计达到9800个，加快“千兆城市”建设，重点场所5G网络通达率达到100%。",
     "杜卫东", "市工业和信息化局", "中国铁塔沅溪分公司、中国电信沅溪分公司、中国移动沅溪分公司、中国联通沅溪分公司", "2026年10月底", "专项督查"),
    ("4", "开展“沅购沅享”消费季活动，全年举办促消费活动不少于60场次，社会消费品零售总额增长6%左右。",
     "林淑贞", "市商务局", "市文化广电和旅游局、市财政局、市市场监管局、各县（市、区）人民政府", "持续推进", "季度通报"),
    ("5", "牵头推进县域商业体系建设，新建改造乡镇商贸中心15个、村级便民商店200个，配合做好农村寄递物流体系建设。",
     None, "市商务局", "市供销合作社、市邮政管理局、各县（市、区）人民政府", "2026年11月底", "季度通报"),
    ("6", "稳住外贸基本盘，进出口总额增长5%以上；沅溪综合保税区通过国家正式验收。",
     None, "市商务局", "沅溪海关、沅溪高新区管委会", "2026年9月底", "挂牌督办（市政府督查室）"),
    ("S", "二、推动产业转型升级（共6项）"),
    ("7", "推进新型工业化，规模以上工业增加值增长7.5%，新增规模以上工业企业80家。",
     "杜卫东", "市工业和信息化局", "市统计局、市税务局、各县（市、区）人民政府", "2026年12月底", "月调度"),
    ("8", "实施“智改数转”三年行动（2025—2027年），完成智能化改造项目150个、建成省级智能工厂10家。",
     None, "市工业和信息化局", "市科技局、市财政局", "2026年12月底", "季度调度"),
    ("9", "培育“专精特新”中小企业，新增国家级专精特新“小巨人”企业5家、省级专精特新中小企业100家。",
     None, "市工业和信息化局", "市科技局、市市场监管局", "2026年11月底", "季度调度"),
    ("10", "加快沅北经开区扩区调规，完成土地报批3000亩（其中新增建设用地1800亩），新入园项目40个。",
     "欧阳晓峰", "沅北经开区管委会", "市自然资源和规划局、市发展改革委", "2026年9月底", "挂牌督办（市政府督查室）"),
    ("11", "稳定粮食生产，粮食播种面积稳定在215万亩以上、总产量稳定在9.6亿公斤以上；新建高标准农田8万亩。",
     "马骁", "市农业农村局", "市发展改革委（市粮食和储备局）、市财政局、市自然资源和规划局、各县（市、区）人民政府", "2026年10月底", "专项督查"),
    # task 12 spans two rows: 编号/督办事项/责任市领导 merged, units and deadline differ per row
    ("12", "推进文旅深度融合：创建国家4A级旅游景区2家；开通“旅游直通车”线路8条，实现市内主要景区公交直达。",
     "林淑贞", "市文化广电和旅游局", "各县（市、区）人民政府", "2026年12月底", "季度通报"),
    (None, None, None, "市交通运输局", "市公安局", "2026年6月底", "季度通报"),
    ("S", "三、深化改革开放和创新（共5项）"),
    ("13", "深化“高效办成一件事”改革，新增重点事项15项，政务服务事项“一网通办”率达到98%以上。",
     "陈启明", "市行政审批服务局", "市数据局、市直有关部门", "2026年6月底", "月调度"),
    ("14", "落实“两个毫不动摇”，开展“民营企业服务月”活动，帮助企业解决融资、用工等问题不少于500个。",
     "陈启明", "市发展改革委（市民营经济发展局）", "市工商联、市工业和信息化局、人行沅溪市分行", "持续推进", "季度通报"),
    ("15", "全社会研发经费投入强度达到2.35%，高新技术企业数量突破600家，技术合同成交额增长15%。",
     "周岚", "市科技局", "市财政局、市统计局、市税务局", "2026年12月底", "年度考核"),
    ("16", "深化国有企业改革，推动市属国有企业整合重组（由6家整合为4家），资产总额突破1200亿元。",
     "陈启明", "市国资委", "市财政局", "2026年10月底", "专项督查"),
    ("17", "防范化解地方政府债务风险，按期完成年度化债任务，守住不发生系统性风险底线。",
     "陈启明", "市财政局", "人行沅溪市分行、沅溪金融监管分局、各县（市、区）人民政府", "2026年12月底", "专项督查"),
    ("S", "四、保障和改善民生（共6项）"),
    ("18", "城镇新增就业3.2万人，城镇调查失业率控制在5.5%以内，零就业家庭动态清零。",
     "周岚", "市人力资源和社会保障局", "市教育局、市财政局、各县（市、区）人民政府", "2026年12月底", "季度通报"),
    ("19", "新建、改扩建公办幼儿园12所、中小学校8所，新增学位1.1万个。",
     None, "市教育局", "市发展改革委、市财政局、市自然资源和规划局、市住房城乡建设局", "2026年8月底", "挂牌督办（市政府督查室）"),
    ("20", "推进紧密型县域医共体建设，由市第一人民医院牵头组建城市医疗集团2个。",
     None, "市卫生健康委", "市医疗保障局、各县（市、区）人民政府", "2026年9月底", "季度调度"),
    ("21", "改造2000年底前建成的城镇老旧小区186个，惠及居民1.4万户，同步实施水电气管网改造。",
     "欧阳晓峰", "市住房城乡建设局", "国网沅溪供电公司、市城市管理局、各县（市、区）人民政府", "2026年11月底", "月调度"),
    ("22", "筹集保障性租赁住房1500套，完成城中村改造1.2万户（2025年结转项目除外）。",
     "欧阳晓峰", "市住房城乡建设局", "市自然资源和规划局、市财政局", "2026年12月底", "季度通报"),
    ("23", "办好2026年十件民生实事，年底前全部按期办结并向社会公布办理结果。",
     "刘振华", "市政府办公室", "各民生实事牵头单位", "2026年12月底", "挂牌督办（市政府督查室）"),
    ("S", "五、统筹发展和安全（共3项）"),
    ("24", "开展安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。",
     "马骁", "市应急管理局", "市安委会各成员单位", "持续推进", "月调度"),
    ("25", "推进中央生态环境保护督察反馈问题整改，PM2.5平均浓度控制在32微克/立方米以内。",
     "欧阳晓峰", "市生态环境局", "市发展改革委、市工业和信息化局、市住房城乡建设局、市交通运输局、市农业农村局", "2026年12月底", "专项督查"),
    ("26", "完成澧溪河干流（城区段）防洪治理工程主体建设，汛前完成病险水库除险加固12座。",
     "马骁", "市水利局", "—", "2026年5月底", "挂牌督办（市政府督查室）"),
]

ncol = len(HEAD)
table = doc.add_table(rows=1, cols=ncol)
table.style = "Table Grid"
table.alignment = WD_TABLE_ALIGNMENT.CENTER


def fill(cell, text, bold=False, font="仿宋_GB2312", size=11, align=C):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.first_line_indent = Pt(0)
        p.paragraph_format.line_spacing = Pt(16)
        setfont(p.add_run(ln), font, size, bold)


hdr = table.rows[0]
trPr = hdr._tr.get_or_add_trPr()
th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trPr.append(th)
for i, h in enumerate(HEAD):
    fill(hdr.cells[i], h, True, "黑体", 12)

prev_row = None
for r in ROWS:
    row = table.add_row()
    if r[0] == "S":
        m = row.cells[0].merge(row.cells[ncol - 1])
        fill(m, r[1], False, "黑体", 12, WD_ALIGN_PARAGRAPH.LEFT)
        prev_row = None
        continue
    for i, v in enumerate(r):
        if v is None:
            above = table.rows[len(table.rows) - 2].cells[i]
            merged = above.merge(row.cells[i])
            continue
        al = WD_ALIGN_PARAGRAPH.LEFT if i in (1, 4) else C
        fill(row.cells[i], v, align=al)
    prev_row = row

# the vertical merges above copy an empty paragraph into the merged cell; remove empty trailing paragraphs
for row in table.rows:
    for c in row.cells:
        ps = c.paragraphs
        while len(ps) > 1 and not ps[-1].text:
            ps[-1]._p.getparent().remove(ps[-1]._p)
            ps = c.paragraphs

for row in table.rows:
    for i, c in enumerate(row.cells):
        c.width = Cm(WID[i])

para("备注：1.牵头单位对督办事项负总责，牵头单位有2个及以上的，排在第一位的单位负责汇总报送进展情况。", size=12, indent=False, line=20, space_before=6)
para("2.责任单位按照职责分工，积极配合牵头单位抓好落实，并于每季度最后一个月的20日前向牵头单位提供进展情况。", size=12, indent=False, line=20)
para("3.督办方式为“挂牌督办”的事项，由市政府督查室建立专门台账，实行销号管理。", size=12, indent=False, line=20)

# ---------------- 版记: portrait page ----------------
ps = doc.add_section(WD_SECTION.NEW_PAGE)
ps.orientation = WD_ORIENT.PORTRAIT
ps.page_width, ps.page_height = Cm(21), Cm(29.7)
ps.top_margin, ps.bottom_margin = Cm(3.7), Cm(3.5)
ps.left_margin, ps.right_margin = Cm(2.8), Cm(2.6)
for _ in range(18):
    para("", indent=False)
p = para("抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院。", size=14, indent=False)
pPr = p._p.get_or_add_pPr()
bdr = OxmlElement("w:pBdr")
for side in ("top", "bottom"):
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), "8"); b.set(qn("w:space"), "1"); b.set(qn("w:color"), "000000")
    bdr.append(b)
pPr.append(bdr)
p = para("沅溪市人民政府办公室                   2026年2月27日印发", size=14, indent=False)
hr(p, "000000", 8)

doc.save(OUT)
print("wrote", OUT)
