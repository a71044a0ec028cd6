# -*- coding: utf-8 -*-
"""Generate 308_minsheng_shishi.docx: a 区政府办公室 notice with a 民生实事 责任分解表 (Word table)."""
import os
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "308_minsheng_shishi.docx")

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
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None, indent=True,
         line=Pt(28), color=None, space_before=0, space_after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    if line is not None:
        pf.line_spacing = line
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def mixed(doc, parts, size=16):
    """A body paragraph whose first part is a run-in heading in another font."""
    p = doc.add_paragraph()
    p.paragraph_format.line_spacing = Pt(28)
    p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.space_after = Pt(0)
    for text, font in parts:
        set_font(p.add_run(text), font, size)
    return p


def add_page_number(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
    set_font(p.add_run(" —"), "宋体", 14)


def red_rule(doc):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(12)
    ppr = p._element.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "18")
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "FF0000")
    bdr.append(bottom)
    ppr.append(bdr)
    return p


def rule_line(doc, sz="8"):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    ppr = p._element.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), sz)
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "000000")
    bdr.append(bottom)
    ppr.append(bdr)
    return p


# ---------------------------------------------------------------- data
HEADER = ["序号", "项目名称", "建设内容及目标", "责任区领导", "责任单位", "完成时限"]
WIDTHS = [Mm(13), Mm(42), Mm(98), Mm(26), Mm(58), Mm(26)]

# each category: (title, [project, ...]); project = (name, content, leader_or_None, units, deadline)
# leader: a string starts a new merged leader block; None continues the block above (vMerge).
# units: a str (one paragraph) or a list (one unit per paragraph).
CATS = [
    ("一、教育类（4项）", [
        ("新建扩建公办幼儿园",
         "新建禾丰区第三幼儿园，扩建滨河幼儿园，新增公办学前教育学位540个，全区公办园在园幼儿占比达到55%以上。",
         "副区长 李敏", "区教育局（牵头）、区财政局、区住建局", "2026年8月底"),
        ("枫林路小学改扩建及禾丰实验中学北校区建设工程",
         "完成枫林路小学改扩建主体工程，新增小学学位1080个；禾丰实验中学北校区完成立项、用地预审和施工图设计，年内开工建设。",
         None, "区教育局（牵头）、区自然资源局、区住建局、区财政局", "2026年12月底"),
        ("中小学课后服务提质扩面",
         "全区32所义务教育学校课后服务实现“5+2”全覆盖，引进第三方优质资源开设科创、体艺类课程不少于120门。",
         None, "区教育局", "2026年9月底"),
        ("校园食堂“明厨亮灶”全覆盖",
         "全区中小学、幼儿园食堂“互联网+明厨亮灶”覆盖率达到100%，食堂食品安全量化等级B级以上占比达到98%。",
         None, ["区市场监管局（牵头）", "区教育局", "区卫健委"], "2026年6月底"),
    ]),
    ("二、医疗卫生类（4项）", [
        ("社区卫生服务中心标准化提升",
         "改造提升望湖、沙坪2个社区卫生服务中心，完善中医馆、康复科建设，每个中心建成标准化发热诊室。",
         "张建国", "区卫健委、区财政局、区住建局", "2026年10月底"),
        ("家庭医生签约服务扩面提质",
         "重点人群家庭医生签约率达到80%以上，为签约居民提供长处方、延伸处方服务，签约居民在基层就诊医保报销比例提高5个百分点。",
         None, "区卫健委牵头，区医保局配合", "2026年12月底"),
        ("65岁及以上老年人免费健康体检",
         "为辖区65岁及以上常住老年人提供1次免费健康体检，体检人数不少于2.6万人，建立电子健康档案并及时反馈体检结果。",
         None, "区卫健委", "2026年11月底"),
        ("适龄妇女“两癌”免费筛查",
         "为35—64岁适龄妇女开展宫颈癌、乳腺癌免费筛查1.2万人次，对筛查出的阳性病例全部跟踪随访、落实救助。",
         "王志刚、赵雪梅", "区卫健委（牵头）、区妇联、区财政局", "2026年12月底"),
    ]),
    ("三、养老和社会保障类（5项）", [
        ("社区嵌入式养老服务中心建设",
         "新建社区嵌入式养老服务中心5个，每个中心设置养老床位不少于20张，提供日间照料、助浴、康复护理等服务。",
         "刘海峰", ["区民政局（牵头）", "区住建局", "区财政局", "各街道办事处"], "2026年12月底"),
        ("困难老年人家庭适老化改造",
         "为300户经济困难的高龄、失能、残疾老年人家庭实施适老化改造，安装扶手、防滑地面、紧急呼叫设备等。",
         None, "区民政局、区残联", "2026年10月底"),
        ("老年助餐服务点建设",
         "新增老年助餐服务点20个，实现城市社区助餐服务覆盖率达到90%以上，对80岁以上老人给予每餐3元补贴。",
         None, "各街道办事处", "2026年9月底"),
        ("零工市场和“家门口”就业服务站建设",
         "建成区级零工市场1个、“家门口”就业服务站15个，全年开展招聘活动60场以上，城镇新增就业5200人。",
         "副区长 陈思远", "区人社局（牵头）、各街道办事处", "2026年6月底"),
        ("困难群众分层分类救助帮扶",
         "健全低保、特困、低保边缘家庭动态监测机制，按时足额发放各类救助资金，困难群众医疗救助政策落实率100%。",
         None, "区民政局牵头，区人社局、区医保局、区残联配合", "持续推进"),
    ]),
    ("四、城乡建设和交通出行类（5项）", [
        ("城镇老旧小区改造",
         "改造老旧小区28个、惠及居民6200户，同步实施雨污分流、强弱电入地、消防通道打通和小区绿化提升。",
         "周卫东", ["区住建局（牵头）", "区城管局", "国网禾丰供电公司", "各街道办事处"], "2026年11月底"),
        ("既有住宅加装电梯",
         "完成既有住宅加装电梯60台，简化审批流程，落实每台最高20万元财政补助。",
         None, "区住建局、区市场监管局、区自然资源局", "2026年12月底"),
        ("城市易涝点整治",
         "完成人民路下穿通道、沙坪农贸市场周边等12处易涝点整治，新建改造雨水管网8.5公里，汛前全部投入使用。",
         None, "区住建局、区城管局牵头，区水务局、各街道办事处配合", "2026年5月底"),
        ("新增公共停车泊位",
         "利用边角地块、闲置用地新建公共停车场6处，新增公共停车泊位3000个，推动机关企事业单位停车场错时共享。",
         "孙立", "区交通运输局（牵头）、区城管局、市公安局禾丰分局交警大队", "2026年12月底"),
        ("电动自行车集中充电设施建设",
         "在住宅小区、城中村新建电动自行车集中充电端口8000个，消除“飞线充电”、楼道停放等安全隐患。",
         None, "区住建局（牵头）、区消防救援大队、国网禾丰供电公司", "2026年10月底"),
    ]),
    ("五、文体和生态环境类（4项）", [
        ("口袋公园和城市绿道建设",
         "新建口袋公园10个，建成滨河绿道15公里，新增城市绿地面积12公顷。",
         "黄雅琴", "区城管局（牵头）、区自然资源局、区住建局", "2026年11月底"),
        ("全民健身设施补短板",
         "新建社区健身点30个、笼式多功能球场6片，推动12所学校体育场地设施在课余和节假日向社会开放。",
         None, "区文体旅局、区教育局、各街道办事处", "2026年10月底"),
        ("公共文化服务“15分钟文化圈”",
         "建成城市书房5个，开展文化惠民演出、公益电影放映200场次以上，全区公共文化服务设施免费开放率100%。",
         None, "区文体旅局", "2026年12月底"),
        ("农村生活污水治理",
         "完成18个行政村生活污水治理，农村生活污水治理率达到65%以上，已建设施正常运行率达到90%以上。",
         "张建国", "市生态环境局禾丰分局（牵头）、区农业农村局、区水务局", "2026年12月底"),
    ]),
]


def set_cell_width(cell, width):
    tcpr = cell._tc.get_or_add_tcPr()
    tcw = tcpr.find(qn("w:tcW"))
    if tcw is None:
        tcw = OxmlElement("w:tcW")
        tcpr.append(tcw)
    tcw.set(qn("w:w"), str(int(width.twips if hasattr(width, "twips") else width / 635)))
    tcw.set(qn("w:type"), "dxa")


def cell_text(cell, text, font=FS, size=11, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    lines = text if isinstance(text, list) else [text]
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(18)
        set_font(p.add_run(line), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def mark_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)
    cs = OxmlElement("w:cantSplit")
    trpr.append(cs)


def build_table(doc):
    nrows = 1 + sum(1 + len(ps) for _, ps in CATS)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    # grid widths
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), WIDTHS):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        for c, w in zip(row.cells, WIDTHS):
            set_cell_width(c, w)
    hdr = t.rows[0]
    mark_header(hdr)
    for c, h in zip(hdr.cells, HEADER):
        cell_text(c, h, font=HT, size=12)
    r = 1
    n = 0
    leader_start = None
    for title, projects in CATS:
        row = t.rows[r]
        trpr = row._tr.get_or_add_trPr()
        trpr.append(OxmlElement("w:cantSplit"))
        merged = row.cells[0].merge(row.cells[5])
        cell_text(merged, title, font=HT, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
        r += 1
        leader_start = None
        for name, content, leader, units, deadline in projects:
            n += 1
            row = t.rows[r]
            trpr = row._tr.get_or_add_trPr()
            trpr.append(OxmlElement("w:cantSplit"))
            cells = row.cells
            cell_text(cells[0], str(n))
            cell_text(cells[1], name, align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(cells[2], content, align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(cells[4], units, align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(cells[5], deadline)
            if leader is not None:
                cell_text(cells[3], leader)
                leader_start = r
            else:
                top = t.cell(leader_start, 3)
                top.merge(t.cell(r, 3))
                # merge() may append empty paragraphs from the lower cell; drop them
                for p in list(top.paragraphs)[1:]:
                    if not p.text.strip():
                        p._element.getparent().remove(p._element)
            r += 1
    return t


# ---------------------------------------------------------------- document
doc = Document()
st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
sec.left_margin, sec.right_margin = Mm(28), Mm(26)
add_page_number(sec)

# 版头
para(doc, "宁澜市禾丰区人民政府办公室文件", font=XBS, size=36, indent=False,
     align=WD_ALIGN_PARAGRAPH.CENTER, line=None, color=(0xFF, 0, 0), space_before=24, space_after=30)
para(doc, "禾政办发〔2026〕7号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
red_rule(doc)

# 标题
para(doc, "宁澜市禾丰区人民政府办公室", font=XBS, size=22, indent=False,
     align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(35), space_before=12)
para(doc, "关于印发2026年区级民生实事项目实施方案的通知", font=XBS, size=22, indent=False,
     align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(35), space_after=16)

# 主送
para(doc, "各街道办事处，区政府各部门，各有关单位：", indent=False)

body = [
    "《2026年区级民生实事项目实施方案》已经区十九届人民代表大会第五次会议票决确定，并经区政府第42次常务会议研究同意，现印发给你们，请认真组织实施。",
]
for b in body:
    para(doc, b)

para(doc, "2026年区级民生实事项目实施方案", font=XBS, size=18, indent=False,
     align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(32), space_before=12, space_after=12)
para(doc, "为深入践行以人民为中心的发展思想，切实解决群众急难愁盼问题，不断增强人民群众获得感、幸福感、安全感，结合我区实际，制定本方案。")
para(doc, "一、总体目标", font=HT)
para(doc, "坚持尽力而为、量力而行，聚焦“一老一小”、看病就医、住房出行、文体生活等群众关切，全年实施区级民生实事项目22项，计划总投资约9.6亿元，其中区级财政资金4.1亿元。项目清单经人大代表票决产生，年底前由区人大常委会组织满意度测评。")
para(doc, "二、项目安排", font=HT)
para(doc, "2026年区级民生实事项目分为教育类4项、医疗卫生类4项、养老和社会保障类5项、城乡建设和交通出行类5项、文体和生态环境类4项，具体建设内容、目标、责任区领导、责任单位和完成时限详见附件。")
para(doc, "三、保障措施", font=HT)
mixed(doc, [("（一）加强组织领导。", KT),
            ("区政府成立民生实事项目推进工作领导小组，领导小组办公室设在区发展改革局。各责任区领导要靠前指挥、一线调度，定期听取分管项目进展情况，协调解决重大问题。", FS)])
mixed(doc, [("（二）压实工作责任。", KT),
            ("责任单位中标注“牵头”的为牵头单位，牵头单位要细化年度计划，明确时间表、路线图，于3月10日前将项目推进计划报领导小组办公室；配合单位要主动对接、密切配合。各街道办事处要做好项目选址、群众工作等属地保障。", FS)])
mixed(doc, [("（三）强化要素保障。", KT),
            ("区财政局要统筹安排资金，按照项目进度及时拨付；区自然资源局、区住建局等部门要开辟审批绿色通道，优先保障项目用地和规划许可。", FS)])
mixed(doc, [("（四）严格督查考核。", KT),
            ("区政府督查室对民生实事项目实行“月调度、季通报、年考核”，牵头单位于每月25日前报送项目进展情况。考核结果纳入年度绩效考核，对进度滞后、推诿扯皮的单位予以通报并约谈主要负责人。", FS)])
mixed(doc, [("（五）广泛宣传引导。", KT),
            ("各责任单位要通过政府网站、“禾丰发布”微信公众号等渠道及时公开项目进展，主动接受人大代表、政协委员和群众监督。", FS)])

para(doc, "")
p = doc.add_paragraph()
p.paragraph_format.line_spacing = Pt(28)
p.paragraph_format.first_line_indent = Pt(32)
set_font(p.add_run("附件：2026年区级民生实事项目责任分解表"), FS, 16)
para(doc, "")
para(doc, "")
para(doc, "宁澜市禾丰区人民政府办公室", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(64)
para(doc, "2026年2月13日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(80)
para(doc, "（此件公开发布）")

# 附件: landscape section
sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
sec2.orientation = WD_ORIENT.LANDSCAPE
sec2.page_width, sec2.page_height = Mm(297), Mm(210)
sec2.top_margin, sec2.bottom_margin = Mm(28), Mm(26)
sec2.left_margin, sec2.right_margin = Mm(17), Mm(17)
para(doc, "附件", font=HT, size=16, indent=False)
para(doc, "2026年区级民生实事项目责任分解表", font=XBS, size=22, indent=False,
     align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(35), space_before=6, space_after=12)
build_table(doc)

# 版记 on a portrait last page
sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
sec3.orientation = WD_ORIENT.PORTRAIT
sec3.page_width, sec3.page_height = Mm(210), Mm(297)
sec3.top_margin, sec3.bottom_margin = Mm(37), Mm(35)
sec3.left_margin, sec3.right_margin = Mm(28), Mm(26)
for _ in range(14):
    para(doc, "", indent=False)
rule_line(doc, "12")
p = para(doc, "抄送：区委各部门，区人大常委会办公室，区政协办公室，区法院，区检察院，区人武部。", size=14, indent=False)
p.paragraph_format.left_indent = Pt(14)
p.paragraph_format.right_indent = Pt(14)
rule_line(doc, "4")
p = doc.add_paragraph()
p.paragraph_format.left_indent = Pt(14)
p.paragraph_format.tab_stops.add_tab_stop(Mm(151))
set_font(p.add_run("宁澜市禾丰区人民政府办公室\t2026年2月13日印发"), FS, 14)
rule_line(doc, "12")

doc.save(OUT)
print("wrote", OUT)
