# -*- coding: utf-8 -*-
"""Generate 328_qichuan_renwu_fenjie.docx: a 县人民政府办公室 notice with a landscape 附件 table."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "328_qichuan_renwu_fenjie.docx")

doc = Document()


def set_font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rfonts.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(text, font="仿宋_GB2312", size=16, bold=False, align=None, indent=True, color=None,
         space_after=0, container=None):
    p = (container or doc).add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = Pt(28) if size >= 16 else Pt(16)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def bottom_rule(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_rule(p, sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:top")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "000000")
    bdr.append(b)
    ppr.append(bdr)


# ---------------------------------------------------------------- section 1: the notice (portrait)
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

para("", indent=False)
para("栖川县人民政府办公室文件", font="方正小标宋简体", size=36, align=WD_ALIGN_PARAGRAPH.CENTER,
     indent=False, color=(0xFF, 0, 0))
para("", indent=False)
p = para("栖政办发〔2024〕9号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_after=6)
bottom_rule(p)
para("", indent=False)
para("栖川县人民政府办公室", font="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para("关于印发2024年县政府工作报告重点工作任务分解表的通知", font="方正小标宋简体", size=22,
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para("", indent=False)
para("各乡（镇）人民政府，栖川经济开发区管委会，县政府各部门，县直各单位：", indent=False)
body = [
    "《2024年栖川县人民政府工作报告》已经县第十八届人民代表大会第四次会议审议通过。为确保报告确定的各项目标任务落到实处，"
    "经县人民政府同意，现将《2024年县政府工作报告重点工作任务分解表》印发给你们，并就有关事项通知如下：",
    "一、提高政治站位。各乡（镇）、各部门要把抓好县政府工作报告落实作为检验工作作风和执行能力的重要标尺，"
    "对照分解表逐项细化措施、明确时间节点，确保全年任务按期完成。",
    "二、压实工作责任。各责任领导要加强对分管领域任务的统筹调度，定期听取进展情况汇报。牵头单位是任务落实的"
    "第一责任单位，主要负责同志要亲自抓、负总责，牵头制定推进方案；配合单位要主动对接、积极配合，"
    "不得推诿扯皮。任务涉及多个配合单位的，由牵头单位负责组织协调。",
    "三、强化督查问效。县政府督查室要将分解表所列24项任务全部纳入2024年度督查督办台账，实行“月调度、季通报、"
    "年考核”。各牵头单位请于每季度末月20日前将任务进展情况（含佐证材料）报县政府督查室，"
    "全年工作总结于12月10日前报送。对工作推进不力、进度严重滞后的，按照有关规定予以通报问责。",
]
for t in body:
    para(t)
para("", indent=False)
para("附件：2024年县政府工作报告重点工作任务分解表")
para("", indent=False)
para("", indent=False)
p = para("栖川县人民政府办公室", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
p.paragraph_format.right_indent = Cm(1.2)
p = para("2024年3月11日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
p.paragraph_format.right_indent = Cm(1.6)
para("（此件公开发布）")

# ---------------------------------------------------------------- section 2: the attachment (landscape)
s2 = doc.add_section(WD_SECTION.NEW_PAGE)
s2.orientation = WD_ORIENT.LANDSCAPE
s2.page_width, s2.page_height = Cm(29.7), Cm(21)
s2.top_margin, s2.bottom_margin = Cm(2.5), Cm(2.2)
s2.left_margin, s2.right_margin = Cm(2.0), Cm(2.0)

para("附件", font="黑体", size=16, indent=False)
para("2024年县政府工作报告重点工作任务分解表", font="方正小标宋简体", size=22,
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_after=8)

COLS = ["序号", "工作任务", "具体内容", "责任领导", "牵头单位", "配合单位", "完成时限"]
WIDTHS = [Cm(1.3), Cm(3.4), Cm(9.0), Cm(2.0), Cm(3.2), Cm(4.6), Cm(2.2)]

# Data. A task is a dict; "rows" lists its table rows (具体内容, 牵头, 配合, 时限) when it spans several rows.
# Leader cells may be merged over several tasks: ("merge", key) names a group.
CATS = [
    ("一、稳增长促发展（共7项）", [
        dict(no="1", task="全力推动县域经济稳进提质增效",
             rows=[(["1.地区生产总值增长6.5%左右，一般公共预算收入增长5%；",
                     "2.规模以上工业增加值增长8%以上，固定资产投资增长7%；",
                     "3.社会消费品零售总额增长6%，城乡居民人均可支配收入分别增长5.5%和7%。"],
                    ["县发展和改革局"], ["县统计局、县财政局、县工业和信息化局、县商务局"], "2024年12月底")],
             leader=["周立衡", "吴建华"]),
        dict(no="2", task="2024年省市重点项目建设攻坚行动",
             lead_merged=["县发展和改革局"],
             rows=[(["1.全年实施省市重点项目42个，完成年度投资86亿元以上；",
                     "2.力争云陵至栖川高速公路（栖川段）6月底前开工建设，栖川抽水蓄能电站完成前期工作。"],
                    None, ["县自然资源局、县交通运输局"], "6月底前"),
                   (["3.建立“周调度、月通报、季拉练”推进机制，对进度滞后项目实行县领导牵头包联、专班推进。"],
                    None, ["县政府督查室、各乡（镇）人民政府"], "长期坚持")],
             leader=["吴建华"]),
        dict(no="3", task="深化“链长制”培育壮大主导产业",
             rows=[(["1.围绕新型建材、绿色食品、竹木精深加工三条产业链，落实县级领导联系链主企业制度；",
                     "2.新增规模以上工业企业15家以上，力争新型建材产业产值突破50亿元；",
                     "3.实施技术改造项目20个，新认定专精特新中小企业6家。"],
                    ["县工业和信息化局"], ["县发展和改革局、县科技局、县市场监督管理局、栖川经济开发区管委会"],
                    "2024年12月底")],
             leader=["吴建华"]),
        dict(no="4★", task="招商引资“一号工程”提质扩量行动",
             rows=[(["1.全年新签约亿元以上项目30个，到位县外资金120亿元；",
                     "2.推行“一个项目、一名领导、一个专班、一抓到底”工作机制；",
                     "3.开展产业链精准招商，赴长三角、珠三角等地招商不少于10次。"],
                    ["县招商服务中心", "栖川经济开发区管委会"], ["县直有关单位", "各乡（镇）人民政府"],
                    "2024年12月底")],
             leader=["周立衡"]),
        dict(no="5", task="持续优化营商环境打造“栖事即办”品牌",
             rows=[(["1.推行“高效办成一件事”，年内实现13个重点事项“一件事一次办”；",
                     "2.政务服务事项网上可办率达到98%以上，企业开办时间压缩至0.5个工作日；",
                     "3.落实涉企收费清单制度，开展拖欠企业账款专项清理。"],
                    ["县行政审批服务局"], ["县发展和改革局、县市场监督管理局、县司法局、县税务局"], "2024年11月底")],
             leader=["马腾"]),
        dict(no="6", task="加快数字基础设施建设和应用推广",
             rows=[(["1.新建5G基站120个，实现行政村5G网络全覆盖；",
                     "2.建成县域数据共享交换平台（二期），推动“一网通办”“一网统管”向乡村延伸；",
                     "3.新增新能源汽车公共充电桩200个。"],
                    ["县工业和信息化局"],
                    ["中国移动栖川分公司", "中国电信栖川分公司", "中国联通栖川分公司", "国网栖川县供电公司"],
                    "2024年10月底")],
             leader=["马腾"]),
        dict(no="7", task="稳妥有序防范化解地方政府债务风险",
             rows=[(["1.严格落实一揽子化债方案，按期偿还到期债务本息；",
                     "2.加强政府投资项目资金来源审核，坚决遏制新增隐性债务；",
                     "3.推进县属国有企业市场化转型，年内完成2家融资平台退出。"],
                    ["县财政局"], ["县发展和改革局、县审计局、县金融服务中心、栖川县城市建设投资集团有限公司"],
                    "长期坚持")],
             leader=["吴建华"]),
    ]),
    ("二、城乡建设与乡村振兴（共7项）", [
        dict(no="8", task="牢牢守住粮食安全和耕地保护红线",
             rows=[(["1.粮食播种面积稳定在38.6万亩以上，总产量达到15.2万吨；",
                     "2.新建高标准农田2.5万亩，完成高效节水灌溉0.6万亩；"],
                    ["县农业农村局"], ["县财政局、县水利局"], "10月底前"),
                   (["3.全面落实耕地保护“田长制”，坚决遏制耕地“非农化”、防止“非粮化”，"
                     "耕地保有量不低于市下达目标。"],
                    ["县自然资源局"], ["各乡（镇）人民政府"], "长期坚持")],
             leader=("merge", "ouyang")),
        dict(no="9", task="实施特色产业提质增效三年行动（2024—2026年）",
             rows=[(["1.新发展茶叶1.2万亩、中药材0.8万亩，改造低产茶园3000亩；",
                     "2.新培育市级以上农业产业化龙头企业5家，支持龙头企业牵头组建农业产业化联合体；",
                     "3.新认证绿色食品、有机农产品12个。"],
                    ["县农业农村局"], ["县林业局、县供销社、县市场监督管理局"], "2024年12月底")],
             leader=("merge", "ouyang")),
        dict(no="10", task="巩固拓展脱贫攻坚成果同乡村振兴有效衔接",
             rows=[(["1.健全防止返贫动态监测和帮扶机制，坚决守住不发生规模性返贫底线；",
                     "2.脱贫人口务工规模稳定在2.1万人以上；",
                     "3.衔接推进乡村振兴补助资金用于产业发展的比重不低于60%。"],
                    ["县农业农村局"],
                    ["县民政局、县人力资源和社会保障局、县医疗保障局、县教育体育局、县住房和城乡建设局"],
                    "长期坚持")],
             leader=("merge", "ouyang")),
        dict(no="11", task="推进“和美乡村”建设和农村人居环境整治",
             rows=[(["1.创建省级和美乡村示范村8个、市级精品村15个；",
                     "2.农村卫生厕所普及率达到85%，农村生活污水治理率提高到38%；",
                     "3.建立农村生活垃圾“户分类、村收集、镇转运、县处理”体系。"],
                    ["县农业农村局、县住房和城乡建设局"],
                    ["市生态环境局栖川分局、县城市管理局、各乡（镇）人民政府"], "2024年12月底")],
             leader=("merge", "ouyang")),
        dict(no="12★", task="加快城市更新和老旧小区改造提升",
             lead_merged=["县住房和城乡建设局"],
             rows=[(["1.改造老旧小区26个、惠及居民3100户，同步实施水电气管网改造；",
                     "2.新增城市停车泊位1500个，打通城区“断头路”4条。"],
                    None, ["县财政局、国网栖川县供电公司、栖川华润燃气有限公司"], "11月底前"),
                   (["3.启动城东片区棚户区改造（一期），完成征收480户。"],
                    None, ["县自然资源局、城关镇人民政府"], "2024年12月底")],
             leader=["吴建华"]),
        dict(no="13", task="完善综合交通网络推进“四好农村路”建设",
             rows=[(["1.建成G353线栖川过境段改建工程；",
                     "2.新改建农村公路120公里，实施危桥改造9座；",
                     "3.开通城乡公交线路4条，建制村通客车率保持100%。"],
                    ["县交通运输局"], ["县公安局交通管理大队、县财政局、各乡（镇）人民政府"], "2024年12月底")],
             leader=("merge", "ma")),
        dict(no="14", task="抓好生态环境保护和突出问题整改",
             rows=[(["1.PM2.5平均浓度控制在30微克/立方米以内，优良天数比例达到93%以上；",
                     "2.深入落实河湖长制、林长制，国考、省考断面水质达标率100%；",
                     "3.配合做好中央和省生态环境保护督察反馈问题整改，按期完成整改销号。"],
                    ["市生态环境局栖川分局"],
                    ["县自然资源局、县林业局、县水利局、县农业农村局、县住房和城乡建设局"], "长期坚持")],
             leader=("merge", "ma")),
    ]),
    ("三、民生事业（共6项）", [
        dict(no="15", task="实施“稳岗扩就业”促进工程",
             rows=[(["1.城镇新增就业2600人，城镇调查失业率控制在5.5%以内；",
                     "2.新增农村劳动力转移就业3000人，开展职业技能培训5000人次；",
                     "3.发放创业担保贷款1.5亿元。"],
                    ["县人力资源和社会保障局"], ["县财政局、团县委、县妇联、县退役军人事务局"], "2024年12月底")],
             leader=("merge", "chen")),
        dict(no="16", task="推动义务教育优质均衡发展",
             lead_merged=["县教育体育局"],
             rows=[(["1.建成栖川县第三实验小学（新城校区），9月1日秋季开学投入使用；"],
                    None, ["县发展和改革局、县住房和城乡建设局"], "8月底前"),
                   (["2.新增公办幼儿园学位540个，补充中小学教师60名；",
                     "3.巩固“双减”成果，规范校外培训机构管理。"],
                    None, ["县财政局、县委编办、县人力资源和社会保障局"], "2024年12月底")],
             leader=("merge", "chen")),
        dict(no="17", task="深化紧密型县域医共体建设",
             rows=[(["1.推进县人民医院胸痛、卒中、创伤中心建设，县域内就诊率达到90%；",
                     "2.完成8所乡镇卫生院标准化提升改造；",
                     "3.落实家庭医生签约服务，重点人群签约率达到75%以上。"],
                    ["县卫生健康局"], ["县医疗保障局、县人民医院、县中医医院、各乡（镇）卫生院"], "2024年12月底")],
             leader=("merge", "chen")),
        dict(no="18", task="织密扎牢多层次社会保障网",
             rows=[(["1.城乡居民基本养老保险参保率稳定在95%以上；",
                     "2.提高城乡低保、特困人员供养标准，新建社区嵌入式养老服务中心3个；",
                     "3.落实困难残疾人生活补贴和重度残疾人护理补贴。"],
                    ["县民政局", "县人力资源和社会保障局"], ["县医疗保障局、县残联、县税务局"], "2024年12月底")],
             leader=("merge", "chen")),
        dict(no="19", task="办好2024年十件民生实事",
             rows=[(["1.十件民生实事的具体项目、责任单位和完成时限另文印发；",
                     "2.建立民生实事项目月调度制度，每季度通报一次进展情况。"],
                    ["县人民政府办公室"], ["/"], "2024年12月底")],
             leader=("merge", "chen")),
        dict(no="20", task="繁荣发展文化旅游体育事业",
             rows=[(["1.创建国家4A级旅游景区1个，接待游客增长12%；",
                     "2.办好第三届栖川山地马拉松赛事；",
                     "3.推进县图书馆、文化馆总分馆制建设，完成村级综合文化服务中心提质30个。"],
                    ["县文化和旅游局"], ["县委宣传部、县融媒体中心、县教育体育局"], "2024年12月底")],
             leader=("merge", "chen")),
    ]),
    ("四、安全稳定与政府自身建设（共4项）", [
        dict(no="21", task="统筹抓好安全生产和防灾减灾救灾",
             rows=[(["1.深入开展安全生产治本攻坚三年行动，坚决遏制较大以上生产安全事故；",
                     "2.完成地质灾害隐患点综合治理12处；",
                     "3.修订完善县级自然灾害应急预案，每年组织综合应急演练不少于2次。"],
                    ["县应急管理局"], ["县消防救援大队、县自然资源局、县水利局、县气象局、各乡（镇）人民政府"],
                    "长期坚持")],
             leader=["吴建华"]),
        dict(no="22", task="推进更高水平平安栖川建设",
             rows=[(["1.常态化开展扫黑除恶斗争，严厉打击电信网络诈骗犯罪；",
                     "2.坚持和发展新时代“枫桥经验”，矛盾纠纷调处化解率达到98%以上；",
                     "3.推进县乡村三级综治中心规范化建设。"],
                    ["县公安局"], ["县委政法委、县司法局、县信访局、县人民法院、县人民检察院"], "长期坚持")],
             leader=["李国栋"]),
        dict(no="23★", task="全面加强法治政府和诚信政府建设",
             rows=[(["1.严格落实重大行政决策程序规定，规范性文件合法性审核率达到100%；",
                     "2.深化“双随机、一公开”监管，推进信用分级分类监管；",
                     "3.认真办理人大代表建议和政协委员提案，办复率100%。"],
                    ["县司法局"], ["县发展和改革局、县市场监督管理局、县直有关单位"], "2024年12月底")],
             leader=["李国栋"]),
        dict(no="24", task="驰而不息推进政府系统党风廉政建设",
             rows=[(["1.坚决落实过紧日子要求，一般性支出压减10%以上；",
                     "2.自觉接受人大法律监督、政协民主监督，主动配合做好巡察、审计整改工作；",
                     "3.持续整治形式主义为基层减负，严控发文数量和会议规模。"],
                    ["县人民政府办公室"], ["县审计局、县财政局、县政府各部门"], "长期坚持")],
             leader=["周立衡"]),
    ]),
]

nrows = 1 + sum(1 + sum(len(t["rows"]) for t in tasks) for _, tasks in CATS)
table = doc.add_table(rows=nrows, cols=7)
table.style = "Table Grid"
table.alignment = WD_TABLE_ALIGNMENT.CENTER
table.autofit = False


def row_props(row, header=False):
    trpr = row._tr.get_or_add_trPr()
    cs = OxmlElement("w:cantSplit")
    trpr.append(cs)
    if header:
        th = OxmlElement("w:tblHeader")
        trpr.append(th)


def fill(cell, lines, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, font="仿宋_GB2312", size=10.5):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(16)
        set_font(p.add_run(ln), font, size, bold)


for r in table.rows:
    for i, c in enumerate(r.cells):
        c.width = WIDTHS[i]

hdr = table.rows[0]
row_props(hdr, header=True)
for i, name in enumerate(COLS):
    fill(hdr.cells[i], [name], bold=True, font="黑体", size=11)

ri = 1
merge_groups = {}
for cat, tasks in CATS:
    row = table.rows[ri]
    row_props(row)
    m = row.cells[0].merge(row.cells[6])
    fill(m, [cat], bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, font="黑体", size=11)
    ri += 1
    for t in tasks:
        start = ri
        for (content, lead, coop, due) in t["rows"]:
            row = table.rows[ri]
            row_props(row)
            fill(row.cells[2], content, align=WD_ALIGN_PARAGRAPH.LEFT)
            if lead is not None:
                fill(row.cells[4], lead)
            fill(row.cells[5], coop, align=WD_ALIGN_PARAGRAPH.LEFT if coop != ["/"] else WD_ALIGN_PARAGRAPH.CENTER)
            fill(row.cells[6], [due])
            ri += 1
        end = ri - 1
        c0 = table.cell(start, 0).merge(table.cell(end, 0)) if end > start else table.cell(start, 0)
        fill(c0, [t["no"]])
        c1 = table.cell(start, 1).merge(table.cell(end, 1)) if end > start else table.cell(start, 1)
        fill(c1, [t["task"]], align=WD_ALIGN_PARAGRAPH.LEFT)
        if "lead_merged" in t:
            c4 = table.cell(start, 4).merge(table.cell(end, 4))
            fill(c4, t["lead_merged"])
        if isinstance(t["leader"], tuple):
            merge_groups.setdefault(t["leader"][1], []).append((start, end))
        else:
            c3 = table.cell(start, 3).merge(table.cell(end, 3)) if end > start else table.cell(start, 3)
            fill(c3, t["leader"])

LEADER_OF = {"ouyang": ["欧阳春明"], "ma": ["马腾"], "chen": ["陈晓岚"]}
for key, spans in merge_groups.items():
    s, e = spans[0][0], spans[-1][1]
    c = table.cell(s, 3).merge(table.cell(e, 3))
    fill(c, LEADER_OF[key])

para("", indent=False)
notes = [
    "注：1.序号后标注“★”的任务为纳入市对县高质量发展综合绩效考核的任务。",
    "2.牵头单位栏列有两个单位的，为共同牵头单位，共同对任务落实负总责。",
    "3.完成时限未标明年份的，均指2024年。",
]
for i, n in enumerate(notes):
    p = para(n, size=12, indent=False)
    if i:
        p.paragraph_format.left_indent = Pt(24)

# ---------------------------------------------------------------- section 3: 版记 (portrait)
s3 = doc.add_section(WD_SECTION.NEW_PAGE)
s3.orientation = WD_ORIENT.PORTRAIT
s3.page_width, s3.page_height = Cm(21), Cm(29.7)
s3.top_margin, s3.bottom_margin = Cm(3.7), Cm(3.5)
s3.left_margin, s3.right_margin = Cm(2.8), Cm(2.6)
for _ in range(14):
    para("", indent=False)
p = para("抄送：县委办公室，县人大常委会办公室，县政协办公室，县纪委监委，县人民法院，县人民检察院，县人武部。",
         size=14, indent=False)
top_rule(p, sz=12)
p.paragraph_format.left_indent = Pt(14)
p.paragraph_format.first_line_indent = Pt(-14 * 3) if False else None
p = para("栖川县人民政府办公室                      2024年3月11日印发", size=14, indent=False)
top_rule(p, sz=4)
bottom_rule(p, color="000000", sz=12)

doc.save(OUT)
print("wrote", OUT)
