# -*- coding: utf-8 -*-
"""Generate 261_chengliang_duchatongbao.docx: 县委督查室/县政府督查室 一季度进展通报 with a progress table."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "261_chengliang_duchatongbao.docx")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), name)
    rf.set(qn("w:ascii"), name)
    rf.set(qn("w:hAnsi"), name)
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(doc, text, font=FS, size=16, align=None, indent=True, bold=False, color=None,
         space_after=0, line=28):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def mixed(doc, parts, size=16):
    """paragraph with several runs: list of (text, font)."""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    pf.first_line_indent = Pt(size * 2)
    for t, f in parts:
        set_font(p.add_run(t), f, size)
    return p


def red_rule(p):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "18")
    b.set(qn("w:space"), "6")
    b.set(qn("w:color"), "FF0000")
    bdr.append(b)
    ppr.append(bdr)


def cell_text(cell, text, size=10.5, bold=False, align=None, font=FS):
    """text may contain \n: each line becomes its own paragraph in the cell."""
    lines = text.split("\n") if text else [""]
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(15)
        if align is not None:
            p.alignment = align
        if ln:
            set_font(p.add_run(ln), font, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


# ---------------------------------------------------------------- table data
SECTIONS = [
    ("一、重大项目建设（8项）", [
        ("1", "加快推进澄梁至桐关高速公路澄梁段建设，一季度完成征地拆迁80%以上", "刘建国", "县交通运输局", "县自然资源局\n县财政局\n沿线各乡镇人民政府",
         "全线应征土地2230亩，已完成征收1860亩，占83.5%；拆迁房屋142户，已签约131户。3月12日，王副县长现场调度，协调解决坟墓迁移、杆线迁改等问题7个，国网澄梁县供电公司已完成10千伏线路迁改2处，县公安局配合做好施工环境保障。",
         "一是个别农户补偿诉求偏高，仍有11户未签约；二是部分地块青苗补偿款尚未兑付到户。下步将会同县司法局、城关镇开展政策宣讲和“一户一策”攻坚，力争4月底前完成全部交地。"),
        ("2", "推进县人民医院新院区建设项目，6月底前主体结构封顶", "陈晓燕", "县卫生健康局", "县住房和城乡建设局、县人民医院",
         "项目累计完成投资1.36亿元，一季度完成投资4100万元。已协调县财政局拨付资金1200万元，门诊医技楼主体施工至第7层，住院楼完成地下室底板浇筑。县审计局已介入开展跟踪审计。",
         "春节后务工人员返岗较慢，住院楼进度较计划滞后约10天。下步将督促施工单位增加作业班组，实行“两班倒”施工，确保6月底前门诊医技楼主体封顶。"),
        ("3", "实施城区雨污分流改造二期工程，完成管网改造12公里", "刘建国", "县住房和城乡建设局", "市生态环境局澄梁分局、县城市管理局、县城投集团",
         "已完成解放路、文昌路等6条道路管网改造4.6公里，完成年度任务的38.3%。县交通运输局、县公安局交警大队配合实施交通导改，施工期间未发生较大交通拥堵。",
         "部分路段地下管线资料不全，施工中多次遇到不明管线。下步将联合通信、燃气等管线权属单位开展联合探测，6月底前完成管网改造8公里以上。"),
        ("4", "推进城北片区老旧小区改造，年内完成改造小区26个、惠及居民3100户", "", "", "县财政局、城关镇人民政府",
         "26个小区改造方案已全部通过县发展和改革局审批，已开工12个；争取中央预算内资金2860万元，已到位1500万元。县民政局同步推进适老化改造。",
         "个别小区居民对加装电梯意见不统一。下步将发挥社区党组织作用，逐栋逐户做好群众工作，力争上半年开工小区达到20个。"),
        ("5", "加快澄江防洪治理工程建设，汛期前完成堤防加固8.5公里", "王海涛", "县水利局", "县自然资源局\n县应急管理局\n澄江沿岸各乡镇人民政府",
         "已完成堤防加固3.2公里、穿堤建筑物改造4座。经县自然资源局审核，临时用地手续已于3月下旬报市自然资源和规划局审批，目前尚未批复。县财政局已拨付前期工作经费600万元。",
         "受临时用地审批滞后影响，进度较序时计划滞后约25%。下步将由县水利局主要负责同志赴市对接，争取4月中旬取得批复，并增加3个作业面，确保5月底前完成主汛期前加固任务。"),
        ("6", "推进澄梁经济开发区标准化厂房三期建设，新建厂房12万平方米", "李振华", "澄梁经济开发区管委会", "县发展和改革局、县自然资源局、县城投集团",
         "一期4.5万平方米已完成主体施工，二期7.5万平方米完成场地平整和桩基施工。已与3家意向企业签订入驻协议，县投资促进中心正在洽谈企业5家。",
         "项目资金需求较大，融资到位率仅为45%。下步将积极对接农发行、国开行等金融机构，争取项目贷款2亿元。"),
        ("7", "加快220千伏澄西输变电工程建设，确保年底前投运", "李振华", "县发展和改革局", "国网澄梁县供电公司、县自然资源局、西岭镇人民政府",
         "变电站土建工程完成45%，线路工程完成塔基浇筑38基。3月28日，县委书记赵明远同志到现场调研，要求加快塔基征地和通道清理。县林业局已完成林地使用审核。",
         "线路走廊内有林木需砍伐，部分村民存在阻工现象。下步将由西岭镇牵头做好群众工作，确保6月底前完成全部塔基浇筑。"),
        ("8", "做好专项债券项目谋划储备，全年争取专项债券资金8亿元以上", "孙立华\n刘建国", "县财政局\n县发展和改革局", "县直有关单位",
         "已组织县直各单位对储备项目逐一“过堂”，入库项目27个、总投资46.8亿元；一季度已获批专项债券资金3.2亿元，完成全年目标的40%。县审计局对已发行债券资金使用情况开展了专项审计。",
         "部分项目前期工作深度不够，收益平衡方案编制质量不高。下步将聘请第三方机构对项目进行包装提升，力争二季度再争取专项债券资金2亿元。"),
    ]),
    ("二、产业发展与营商环境（7项）", [
        ("9", "实施工业技改提升行动，一季度新开工技改项目15个以上", "周敏", "县工业和信息化局", "县发展和改革局、县财政局、县税务局",
         "一季度新开工技改项目17个，完成技改投资5.8亿元，同比增长21.3%。县财政局已兑现2023年度技改奖补资金860万元，县科技局组织5家企业申报省级技术中心。",
         "部分企业受订单减少影响，技改意愿不强。下步将开展“一企一策”上门服务，推动二季度再开工技改项目10个。"),
        ("10", "培育规模以上工业企业，全年新增规上企业20家", "", "县工业和信息化局", "县市场监督管理局、各乡镇人民政府",
         "建立“小升规”培育库，入库企业42家；一季度新增规上工业企业6家。县统计局对入库企业开展统计业务培训2场。",
         "部分企业存在“不愿升、不敢升”思想。下步将落实“小升规”奖励政策，每家奖励10万元，确保上半年新增规上企业12家。"),
        ("11", "深化招商引资“一号工程”，全年引进亿元以上项目30个", "孙立华", "县投资促进中心", "澄梁经济开发区管委会、县直有关单位、各乡镇人民政府",
         "一季度，县委书记赵明远、县长孙立华分别带队赴长三角、粤港澳大湾区开展招商活动4次，签约亿元以上项目9个，协议投资52.6亿元，其中开工项目4个。",
         "签约项目转化率不高，部分项目落地周期较长。下步将建立签约项目“专班+专员”服务机制，由县行政审批服务局提供全程代办服务。"),
        ("12", "推进“一网通办”改革，政务服务事项网上可办率达到95%以上", "吴志刚", "县行政审批服务局", "县大数据发展中心、县直有关单位",
         "全县政务服务事项网上可办率达到92.6%，较去年底提高3.1个百分点；“高效办成一件事”首批13个事项全部上线。县司法局完成涉企行政规范性文件清理43件。",
         "部分部门自建系统与省政务服务平台数据未完全打通。下步将会同县大数据发展中心开展系统对接攻坚，6月底前可办率达到95%以上。"),
        ("13", "开展中小微企业融资服务，新增普惠小微贷款10亿元", "刘建国", "县金融工作服务中心", "/",
         "一季度全县新增普惠小微贷款3.1亿元，举办银企对接会2场，现场签约授信4.6亿元。县财政局安排风险补偿资金1000万元，县融资担保有限公司新增担保业务1.2亿元。",
         "银行机构放贷审慎，首贷户拓展难度较大。下步将推动县内各银行机构开展“千企万户大走访”活动，力争二季度新增贷款4亿元。"),
        ("14", "推进省级现代农业产业园建设，完成年度投资2.5亿元", "王海涛", "县农业农村局", "县财政局、县自然资源局、东坪镇人民政府",
         "一季度完成投资0.42亿元，仅完成年度投资的16.8%。县农业农村局、县财政局已联合制定产业园奖补资金管理办法，冷链物流中心完成招投标。",
         "主导产业龙头企业带动能力不强，社会资本投入不足，投资进度滞后。下步将专题向县政府常务会议汇报，调整优化建设项目清单，力争上半年完成投资1.2亿元。"),
        ("15", "发展全域旅游，创建国家4A级旅游景区1个", "吴志刚", "县文化和旅游局", "县发展和改革局、县交通运输局、云岩镇人民政府",
         "云岩古镇景区创建方案已通过市文化广电和旅游局初审，游客服务中心、生态停车场完成主体建设。县交通运输局完成旅游公路“白改黑”6.3公里。",
         "景区智慧旅游系统建设滞后，旅游厕所数量不达标。下步将加快补齐基础设施短板，9月底前提交评定申请。"),
    ]),
    ("三、民生保障与社会事业（7项）", [
        ("16", "新建改扩建中小学、幼儿园6所，新增学位3600个", "陈晓燕", "县教育体育局", "县住房和城乡建设局、县自然资源局、县财政局",
         "城南实验学校、城东幼儿园等4所学校已开工建设，其余2所完成立项和用地预审。已协调县财政局拨付建设资金2300万元。",
         "城北小学选址涉及基本农田调整，土地报批时间较长。下步将加快报批进度，确保秋季开学前新增学位2000个。"),
        ("17", "实施就业优先政策，城镇新增就业3200人", "陈晓燕", "县人力资源和社会保障局", "县教育体育局、县工商业联合会、各乡镇人民政府",
         "一季度城镇新增就业860人，完成年度目标的26.9%；举办“春风行动”招聘会8场，提供岗位5400余个。县总工会、团县委联合开展青年就业见习活动。",
         "企业招工难与群众就业难并存，技能人才缺口较大。下步将开展订单式职业技能培训1200人次。"),
        ("18", "提升养老服务能力，新建乡镇区域养老服务中心4个", "陈晓燕", "县民政局", "县卫生健康局、县财政局、有关乡镇人民政府",
         "4个区域养老服务中心已完成选址，其中青石镇、石门乡2个中心已开工。县卫生健康局推动医养结合签约服务机构12家。",
         "部分乡镇配套资金筹措困难。下步将积极争取上级福彩公益金支持，确保年底前4个中心全部投入运营。"),
        ("19", "推进城乡供水一体化，农村自来水普及率达到98%", "王海涛", "县水利局", "县城投集团\n县卫生健康局\n各乡镇人民政府",
         "县第二水厂扩建工程完成设备安装，新铺设供水主管网18.6公里，农村自来水普及率达到96.2%。3月20日，县人大常委会组织开展专题视察。",
         "山区部分村组地形复杂，管网延伸成本高。下步将采取“大水厂+小水站”方式，分类推进山区供水保障。"),
        ("20", "开展安全生产治本攻坚三年行动，坚决遏制较大以上事故", "孙立华\n刘建国", "县应急管理局", "县直有关单位、各乡镇人民政府",
         "一季度全县未发生较大以上生产安全事故。县安委办组织开展春节、全国两会期间安全生产大检查，检查企业412家，排查整改隐患1036处，县消防救援大队关停“三合一”场所7处。",
         "部分企业主体责任落实不到位，重大事故隐患判定标准掌握不准。下步将聘请专家开展精准执法检查，实现重点行业领域全覆盖。"),
        ("21", "深化食品安全“两个责任”落实，完成食品抽检1800批次", "周敏", "县市场监督管理局", "县农业农村局、县卫生健康局、县教育体育局",
         "全县包保干部完成督导任务3421次，完成食品安全抽检476批次，不合格样品已全部核查处置。县公安局破获食品安全犯罪案件2起。",
         "农村集体聚餐监管力量薄弱。下步将加强乡村厨师培训备案管理，二季度完成抽检500批次以上。"),
        ("22", "扎实办好2024年县级十件民生实事，年底前全部按期完成", "孙立华", "县政府办公室", "民生实事项目各责任单位",
         "十件民生实事已全部分解落实到责任单位，建立月调度、季通报机制，其中城区停车泊位建设、老年助餐点建设等4件已完成年度进度的30%以上。县人大常委会副主任郑国平同志带队开展了专题督查。",
         "个别项目资金来源尚未落实。下步将由县财政局统筹安排资金，确保各项目按序时进度推进。"),
    ]),
]

HEAD = ["序号", "重点任务", "责任县领导", "牵头单位", "配合单位", "进展情况", "存在问题及下步打算"]
WIDTHS = [Cm(1.1), Cm(4.2), Cm(1.8), Cm(2.6), Cm(3.2), Cm(6.8), Cm(5.6)]


def main():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    C = WD_ALIGN_PARAGRAPH.CENTER
    R = WD_ALIGN_PARAGRAPH.RIGHT
    para(doc, "中共澄梁县委督查室", XBS, 36, C, False, color=(255, 0, 0), line=46)
    para(doc, "澄梁县人民政府督查室", XBS, 36, C, False, color=(255, 0, 0), line=46)
    para(doc, "", indent=False)
    p = para(doc, "澄委督通〔2024〕3号", FS, 16, C, False)
    red_rule(p)
    para(doc, "", indent=False)
    para(doc, "关于2024年一季度县委县政府重点工作", XBS, 22, C, False, line=34)
    para(doc, "任务推进情况的通报", XBS, 22, C, False, line=34)
    para(doc, "", indent=False)
    para(doc, "各乡镇党委、人民政府，澄梁经济开发区党工委、管委会，县委各部委，县直各单位：", indent=False)
    para(doc, "为推动县委十五届六次全会和县十八届人大三次会议确定的重点工作任务落地见效，根据《2024年县委县政府重点工作任务督查方案》安排，3月下旬至4月上旬，县委督查室、县政府督查室采取听取汇报、查阅资料、实地察看等方式，对22项重点工作任务一季度推进情况进行了督查。现将有关情况通报如下。")
    para(doc, "一、总体情况", HT)
    para(doc, "从督查情况看，各责任县领导、牵头单位和配合单位认真履职、主动作为，重点工作任务总体推进有序。22项任务中，完成或超序时进度的15项，基本按序时进度推进的5项，进度滞后的2项（第5项澄江防洪治理工程、第14项省级现代农业产业园建设）。县委书记赵明远、县长孙立华先后对督查发现的问题作出批示，要求限期整改到位。")
    para(doc, "二、表扬和批评情况", HT)
    mixed(doc, [("（一）通报表扬。", KT), ("对工作主动、措施有力、成效明显的县统计局、县林业局、县司法局、青石镇人民政府、石门乡人民政府予以通报表扬。其中，县林业局提前完成输变电工程林地使用审核，青石镇、石门乡率先开工建设区域养老服务中心。", FS)])
    mixed(doc, [("（二）通报批评。", KT), ("县供销合作社、县气象局、白沙镇人民政府未按要求报送一季度进展情况，经督查室两次催报仍未报送；县档案馆报送材料内容空泛、数据失实。对上述单位予以通报批评，请于4月25日前向县委督查室、县政府督查室书面说明情况。", FS)])
    para(doc, "三、下步工作要求", HT)
    mixed(doc, [("（一）压实工作责任。", KT), ("各责任县领导要加强对分管任务的调度，牵头单位要切实履行牵头抓总职责，配合单位要主动对接、密切配合，杜绝“牵头不牵头、配合不配合”现象。", FS)])
    mixed(doc, [("（二）聚焦滞后任务。", KT), ("对进度滞后的2项任务，牵头单位要逐项分析原因，制定赶超措施，于4月30日前将整改方案报县委督查室、县政府督查室。", FS)])
    mixed(doc, [("（三）严格督查问效。", KT), ("县委督查室、县政府督查室将持续跟踪督办，每季度通报一次进展情况，督查结果纳入年度综合考核。对推进不力、严重滞后的，将提请县纪委监委启动问责程序。", FS)])
    para(doc, "", indent=False)
    p = para(doc, "附件：2024年一季度县委县政府重点工作任务推进情况表", indent=True)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    para(doc, "中共澄梁县委督查室　　　澄梁县人民政府督查室", FS, 16, R, False)
    para(doc, "2024年4月15日　　　　　　", FS, 16, R, False)
    para(doc, "", indent=False)
    para(doc, "（此件发至乡镇）", FS, 16, None, True)

    # ---------------------------------------------------- attachment (landscape)
    ns = doc.add_section(WD_SECTION.NEW_PAGE)
    ns.orientation = WD_ORIENT.LANDSCAPE
    ns.page_width, ns.page_height = Cm(29.7), Cm(21.0)
    ns.top_margin, ns.bottom_margin = Cm(2.5), Cm(2.2)
    ns.left_margin, ns.right_margin = Cm(2.2), Cm(2.0)
    para(doc, "附件", HT, 16, None, False)
    para(doc, "2024年一季度县委县政府重点工作任务推进情况表", XBS, 20, C, False, line=32, space_after=6)

    nrows = 1 + sum(1 + len(t) for _, t in SECTIONS)
    tbl = doc.add_table(rows=nrows, cols=7)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, w in enumerate(WIDTHS):
        for r in tbl.rows:
            r.cells[i].width = w
    hr = tbl.rows[0]
    repeat_header(hr)
    for i, h in enumerate(HEAD):
        cell_text(hr.cells[i], h, 11, True, C, HT)
    r = 1
    rowmap = {}
    for title, tasks in SECTIONS:
        row = tbl.rows[r]
        m = row.cells[0].merge(row.cells[6])
        cell_text(m, title, 11, True, None, HT)
        r += 1
        for t in tasks:
            row = tbl.rows[r]
            rowmap[t[0]] = r
            for i, v in enumerate(t):
                cell_text(row.cells[i], v, 10.5, False, C if i in (0, 2) else None)
            r += 1
    # vertical merges: tasks 3-4 share 责任县领导 and 牵头单位; tasks 9-10 share 责任县领导
    a, b = rowmap["3"], rowmap["4"]
    tbl.cell(a, 2).merge(tbl.cell(b, 2))
    tbl.cell(a, 3).merge(tbl.cell(b, 3))
    a, b = rowmap["9"], rowmap["10"]
    tbl.cell(a, 2).merge(tbl.cell(b, 2))

    para(doc, "", indent=False)
    para(doc, "注：进展情况由各牵头单位报送，督查室核实；数据截至2024年3月31日。", FS, 12, None, False)

    # ---------------------------------------------------- 版记
    para(doc, "", indent=False)
    p = para(doc, "抄送：县委书记、副书记，县人大常委会主任，县长、副县长，县政协主席。", FS, 14, None, False)
    p = para(doc, "中共澄梁县委督查室　　　　　　　　　　　　　　　　　　　　2024年4月15日印发", FS, 14, None, False)
    red_rule(p)
    doc.core_properties.author = "县委督查室"
    doc.core_properties.title = "关于2024年一季度县委县政府重点工作任务推进情况的通报"
    doc.save(OUT)


if __name__ == "__main__":
    main()
