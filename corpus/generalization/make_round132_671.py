#!/usr/bin/python3
"""Round 132, case 671 (control): a 区人民政府办公室 notice 关于印发2025年区政府工作报告
重点任务分工的通知 as the district portal's article page serves it (HTML).

The 分工 is printed in the article after the 落款: 一、 parts, （一） headings, tasks 1.–36.
running on through the parts, each closing with a 楷体 bracket
（责任单位：A（牵头）、B、C） or （责任区领导：X；责任单位：A（牵头）、B）.
Cover rule: 标注“（牵头）”的为牵头单位，其余为配合单位；只列一个单位的，由该单位牵头负责；
未标注牵头单位的，排在第一位的为牵头单位.

Writes 671_tongbu_qu_gzbg_zhongdian_renwu_fengong_menhu.html and its .tasks.gold.jsonl.
Deterministic: no clocks, no randomness.
"""
import html
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "671_tongbu_qu_gzbg_zhongdian_renwu_fengong_menhu"

KAI = 'font-family: 楷体, 楷体_GB2312; font-size: 16pt;'
FS = 'font-family: 仿宋, 仿宋_GB2312; font-size: 16pt;'
HEI = 'font-family: 黑体; font-size: 16pt;'

# Each task: marker, text (without marker), clause (printed, with brackets),
# gold: units, leads, helpers, leaders; flags for HTML shape.
# "tail": what follows the clause (normally "", once "。" when the bracket sits before the full stop).
T = []


def task(marker, text, clause, units, leads, coops, leaders, tail="", shape="span"):
    T.append(dict(marker=marker, text=text, clause=clause, units=units, leads=leads,
                  coops=coops, leaders=leaders, tail=tail, shape=shape))


PARTS = []  # (part heading, [(section heading, [task indexes])])


def part(h):
    PARTS.append((h, []))


def sec(h):
    PARTS[-1][1].append((h, []))


def add(*a, **k):
    task(*a, **k)
    PARTS[-1][1][-1][1].append(len(T) - 1)


FZ = "区发展改革局"
CZ = "区财政局"
GX = "区工业和信息化局"
ZJ = "区住房和城乡建设局"
ZR = "市自然资源和规划局桐埠分局"
SH = "市生态环境局桐埠分局"
GA = "市公安局桐埠分局"
KF = "桐埠经济开发区管委会"
ZJD = "各镇（街道）"

# ---------------------------------------------------------------- 一
part("一、坚持项目为王，全力推动经济稳中提质")
sec("（一）扩大有效投资")
add("1.", "全年实施区级重点项目120个以上，完成年度投资185亿元以上，新开工项目60个以上。健全“周调度、月通报、季观摩”推进机制，落实重点项目“一名区领导、一个专班、一抓到底”包联责任，推动项目早开工、早投产、早见效。",
    "（责任区领导：王勇；责任单位：区发展改革局（牵头）、区财政局、市自然资源和规划局桐埠分局、桐埠经济开发区管委会、各镇（街道））",
    [FZ, CZ, ZR, KF, ZJD], [FZ], [CZ, ZR, KF, ZJD], ["王勇"])
add("2.", "抢抓国家政策机遇，积极争取超长期特别国债、中央预算内投资和地方政府专项债券支持，全年争取上级资金30亿元以上，建立储备项目动态管理机制，谋划储备重大项目200个以上。",
    "（责任单位：区发展改革局（牵头）、区财政局（牵头）、区直有关单位）",
    [FZ, CZ, "区直有关单位"], [FZ, CZ], ["区直有关单位"], [])
add("3.", "加快桐埠港物流园二期、滨江大道东延、城东片区综合管廊等基础设施项目建设，全年完成基础设施投资42亿元。",
    "（责任单位：区住房和城乡建设局（牵头）、区交通运输局、区城投集团）",
    [ZJ, "区交通运输局", "区城投集团"], [ZJ], ["区交通运输局", "区城投集团"], [])
sec("（二）持续扩大消费")
add("4.", "落实消费品以旧换新政策，举办“桐享消费”系列促消费活动50场以上，发放消费券1000万元，社会消费品零售总额增长6%左右。",
    "（责任单位：区商务局（牵头）、区财政局、区市场监督管理局、各镇（街道））",
    ["区商务局", CZ, "区市场监督管理局", ZJD], ["区商务局"], [CZ, "区市场监督管理局", ZJD], [])
add("5.", "推动桐埠老街、滨江商业区提档升级，培育夜间经济集聚区2个，创建省级特色商业步行街1条，引进品牌首店10家以上。",
    "（责任单位：区商务局（牵头）、区文化和旅游局（牵头）、区住房和城乡建设局、桐埠街道办事处）",
    ["区商务局", "区文化和旅游局", ZJ, "桐埠街道办事处"], ["区商务局", "区文化和旅游局"], [ZJ, "桐埠街道办事处"], [])
add("6.", "因城施策促进房地产市场止跌回稳，支持刚性和改善性住房需求，推进现房销售试点，稳妥化解房地产风险。",
    "（责任单位：区住房和城乡建设局）",
    [ZJ], [ZJ], [], [])

# ---------------------------------------------------------------- 二
part("二、坚持产业强区，加快构建现代化产业体系")
sec("（一）做强先进制造业")
add("7.", "实施制造业重点产业链高质量发展行动，壮大新能源汽车零部件、高端装备、新材料三大主导产业，规模以上工业增加值增长8%以上。",
    "（责任区领导：刘志远；责任单位：区工业和信息化局（牵头）、桐埠经济开发区管委会、区统计局）",
    [GX, KF, "区统计局"], [GX], [KF, "区统计局"], ["刘志远"])
add("8.", "深入开展“智改数转网联”行动，新增省级智能工厂2家、数字化车间10个，工业技改投资增长10%以上。",
    "（责任单位：区工业和信息化局（牵头）、区科技局、区财政局）",
    [GX, "区科技局", CZ], [GX], ["区科技局", CZ], [])
add("9.", "实施优质企业梯度培育工程，新增规模以上工业企业30家以上、专精特新中小企业15家以上，支持骨干企业开展兼并重组。",
    "（责任单位：区工业和信息化局（牵头）、区市场监督管理局、区金融服务中心、各镇（街道））",
    [GX, "区市场监督管理局", "区金融服务中心", ZJD], [GX], ["区市场监督管理局", "区金融服务中心", ZJD], [])
sec("（二）提升科技创新能力")
add("10.", "实施高新技术企业“育苗扶壮”工程，高新技术企业总数达到210家，科技型中小企业入库评价300家以上，全社会研发经费投入强度达到2.6%。",
    "（责任区领导：陈晓梅；责任单位：区科技局（牵头）、区财政局、区税务局、区统计局）",
    ["区科技局", CZ, "区税务局", "区统计局"], ["区科技局"], [CZ, "区税务局", "区统计局"], ["陈晓梅"])
add("11.", "支持重点企业与岚州大学、市农业科学院共建研发平台，新建省级以上创新平台5个，技术合同成交额突破15亿元。",
    "（责任单位：区科技局（牵头）、区工业和信息化局、区农业农村局）",
    ["区科技局", GX, "区农业农村局"], ["区科技局"], [GX, "区农业农村局"], [])
add("12.", "深入实施“桐聚英才”计划，全年引进高层次人才和创新团队50个以上，新增高校毕业生留桐来桐就业创业8000人，建成人才公寓1000套。",
    "（责任单位：区委人才办（牵头）、区人力资源和社会保障局（牵头）、区科技局、区住房和城乡建设局）",
    ["区委人才办", "区人力资源和社会保障局", "区科技局", ZJ], ["区委人才办", "区人力资源和社会保障局"], ["区科技局", ZJ], [])
sec("（三）加快发展现代服务业")
add("13.", "大力发展现代物流，推进多式联运示范工程，培育规模以上物流企业5家，社会物流总费用与地区生产总值的比率下降0.5个百分点。",
    "（责任区领导：王勇、刘志远；责任单位：区发展改革局（牵头）、区交通运输局、区商务局、桐埠经济开发区管委会）",
    [FZ, "区交通运输局", "区商务局", KF], [FZ], ["区交通运输局", "区商务局", KF], ["王勇", "刘志远"])
add("14.", "推动文旅深度融合，加快凤栖湖景区提质扩容，创建国家4A级旅游景区1个，全年接待游客突破800万人次。",
    "（责任单位：区文化和旅游局（牵头）、区农业农村局、市自然资源和规划局桐埠分局、凤栖镇人民政府）",
    ["区文化和旅游局", "区农业农村局", ZR, "凤栖镇人民政府"], ["区文化和旅游局"], ["区农业农村局", ZR, "凤栖镇人民政府"], [])
add("15.", "深化企业上市“育苗”行动，新增上市挂牌企业3家，全年新增各类贷款60亿元以上，推动政府性融资担保扩面增量。",
    "（责任单位：区金融服务中心（牵头）、区财政局、区工业和信息化局、人民银行桐埠支行）",
    ["区金融服务中心", CZ, GX, "人民银行桐埠支行"], ["区金融服务中心"], [CZ, GX, "人民银行桐埠支行"], [])

# ---------------------------------------------------------------- 三
part("三、坚持改革开放，持续激发发展活力")
sec("（一）深化重点领域改革")
add("16.", "深化区属国有企业改革，推动区城投集团、区交投集团整合重组和市场化转型，全年区属国有企业营业收入增长10%以上。",
    "（责任区领导：王　勇；责任单位：区财政局（区国资办）（牵头）、区城投集团、区交投集团）",
    ["区财政局（区国资办）", "区城投集团", "区交投集团"], ["区财政局（区国资办）"], ["区城投集团", "区交投集团"], ["王勇"])
add("17．", "深化零基预算改革，加强财政资源统筹，严格落实政府过紧日子要求，一般性支出压减5%以上。",
    "（责任单位：区财政局）",
    [CZ], [CZ], [], [])
add("18.", "持续优化营商环境，推进“高效办成一件事”重点事项清单落地，深化“一网通办”“综合窗口”改革，政务服务事项网上可办率达到98%以上。",
    "（责任区领导：陈晓梅；责任单位：区行政审批服务局（牵头）、区数据资源局、区市场监督管理局、区直有关单位）",
    ["区行政审批服务局", "区数据资源局", "区市场监督管理局", "区直有关单位"], ["区行政审批服务局"],
    ["区数据资源局", "区市场监督管理局", "区直有关单位"], ["陈晓梅"])
add("19.", "落实民营经济促进政策，开展“万人助万企”活动，建立健全政企常态化沟通交流机制，全年新增经营主体1.2万户。",
    "（责任单位：区工业和信息化局（牵头）、区市场监督管理局（牵头）、区工商联、区行政审批服务局）",
    [GX, "区市场监督管理局", "区工商联", "区行政审批服务局"], [GX, "区市场监督管理局"], ["区工商联", "区行政审批服务局"], [])
sec("（二）扩大高水平对外开放")
add("20.", "坚持招商引资“一号工程”，聚焦主导产业开展产业链精准招商，全年新签约亿元以上项目100个，实际到位区外资金280亿元。",
    "（责任区领导：赵海涛；责任单位：区投资促进中心（牵头）、桐埠经济开发区管委会、各镇（街道）、区直有关单位）",
    ["区投资促进中心", KF, ZJD, "区直有关单位"], ["区投资促进中心"], [KF, ZJD, "区直有关单位"], ["赵海涛"])
add("21.", "稳外贸稳外资，支持企业拓展“一带一路”市场，培育跨境电商主体20家，进出口总额增长5%以上。",
    "（责任单位：区商务局（牵头）、区税务局、区金融服务中心）",
    ["区商务局", "区税务局", "区金融服务中心"], ["区商务局"], ["区税务局", "区金融服务中心"], [])

# ---------------------------------------------------------------- 四
part("四、坚持城乡融合，统筹推进新型城镇化和乡村全面振兴")
sec("（一）提升城市功能品质")
add("22.", "实施城市更新行动，改造城镇老旧小区45个、城中村3个，加装电梯80部，新建改造城市燃气、供水、排水等地下管网60公里。",
    "（责任区领导：黄振东；责任单位：区住房和城乡建设局（牵头）、区城市管理局、市自然资源和规划局桐埠分局、各街道办事处）",
    [ZJ, "区城市管理局", ZR, "各街道办事处"], [ZJ], ["区城市管理局", ZR, "各街道办事处"], ["黄振东"])
add("23.", "完善城市路网体系，建成通江路、学府路等城市道路8条，新增公共停车泊位3000个，配合市交通运输局做好轨道交通1号线桐埠段建设服务保障。",
    "（责任单位：区交通运输局（牵头）、区住房和城乡建设局、区城市管理局、市公安局桐埠分局）",
    ["区交通运输局", ZJ, "区城市管理局", GA], ["区交通运输局"], [ZJ, "区城市管理局", GA], [])
add("24.", "推进城市精细化管理，巩固全国文明城区创建成果，生活垃圾分类覆盖率达到95%以上，新建口袋公园10个。",
    "（责任单位：区城市管理局（牵头）、区委宣传部（区文明办）、各镇（街道））",
    ["区城市管理局", "区委宣传部（区文明办）", ZJD], ["区城市管理局"], ["区委宣传部（区文明办）", ZJD], [])
sec("（二）全面推进乡村振兴")
add("25.", "严守耕地保护红线，粮食播种面积稳定在28万亩以上，新建高标准农田1.5万亩，粮食总产量稳定在12万吨以上。",
    "（责任区领导：孙丽娟；责任单位：区农业农村局（牵头）、市自然资源和规划局桐埠分局、区财政局、区水利局、各镇人民政府）",
    ["区农业农村局", ZR, CZ, "区水利局", "各镇人民政府"], ["区农业农村局"], [ZR, CZ, "区水利局", "各镇人民政府"], ["孙丽娟"])
add("26.", "做强特色农业产业，培育市级以上农业产业化龙头企业5家，发展农产品电商主体100家，农村居民人均可支配收入增长7%。",
    "（责任单位：区农业农村局（牵头）、区商务局，区供销合作社、各镇人民政府）",
    ["区农业农村局", "区商务局", "区供销合作社", "各镇人民政府"], ["区农业农村局"], ["区商务局", "区供销合作社", "各镇人民政府"], [])
add("27.", "扎实推进宜居宜业和美乡村建设，完成农村改厕3000户，农村生活污水治理率达到50%，创建省级和美乡村示范村6个",
    "（责任单位：区农业农村局（牵头）、区住房和城乡建设局、市生态环境局桐埠分局、各镇人民政府）",
    ["区农业农村局", ZJ, SH, "各镇人民政府"], ["区农业农村局"], [ZJ, SH, "各镇人民政府"], [], tail="。")
sec("（三）持续改善生态环境")
add("28.", "深入打好蓝天保卫战，强化扬尘、餐饮油烟和机动车尾气治理，PM2.5平均浓度控制在32微克/立方米以内，空气质量优良天数比率达到85%。",
    "（责任区领导：黄振东；责任单位：市生态环境局桐埠分局（牵头）、区住房和城乡建设局、区交通运输局、区城市管理局、市公安局桐埠分局、各镇（街道））",
    [SH, ZJ, "区交通运输局", "区城市管理局", GA, ZJD], [SH], [ZJ, "区交通运输局", "区城市管理局", GA, ZJD], ["黄振东"],
    shape="split")
add("29.", "全面落实河湖长制，推进桐河、凤栖河流域综合治理，国省控断面水质优良比例保持100%，完成水土流失治理面积8平方公里。",
    "（责任单位：区水利局（牵头）、市生态环境局桐埠分局（牵头）、区农业农村局、各镇（街道））",
    ["区水利局", SH, "区农业农村局", ZJD], ["区水利局", SH], ["区农业农村局", ZJD], [])

# ---------------------------------------------------------------- 五
part("五、坚持民生为本，不断增进人民群众福祉")
sec("（一）促进高质量充分就业")
add("30.", "落实就业优先政策，城镇新增就业1.1万人，城镇调查失业率控制在5.5%以内，开展职业技能培训1.5万人次，确保零就业家庭动态清零。",
    "（责任单位:区人力资源和社会保障局）",
    ["区人力资源和社会保障局"], ["区人力资源和社会保障局"], [], [])
sec("（二）办好人民满意教育")
add("31.", "新建改扩建中小学、幼儿园6所，新增学位5400个，推进集团化办学和普通高中多样化发展，深化“双减”工作，全面落实课后服务。",
    "（责任区领导：马骏；责任单位：区教育局（牵头）、区发改局、区财政局、市自然资源和规划局桐埠分局）",
    ["区教育局", "区发改局", CZ, ZR], ["区教育局"], ["区发改局", CZ, ZR], ["马骏"])
sec("（三）健全医疗卫生和社会保障体系")
add("32.", "深化紧密型医疗集团建设，加快区人民医院新院区建设，推进区中医院创建三级中医医院，新增家庭医生签约服务团队20个。",
    "（责任区领导：马骏；责任单位：区卫生健康局（牵头）、区医疗保障局、区发展改革局）",
    ["区卫生健康局", "区医疗保障局", FZ], ["区卫生健康局"], ["区医疗保障局", FZ], ["马骏"])
add("33.", "完善养老服务体系，新建社区嵌入式养老服务中心8个、老年助餐点30个，完成特殊困难老年人家庭适老化改造500户，发展普惠托育服务。",
    "（责任单位：区民政局（牵头）、区卫生健康局、区住房和城乡建设局，各镇（街道））",
    ["区民政局", "区卫生健康局", ZJ, ZJD], ["区民政局"], ["区卫生健康局", ZJ, ZJD], [])
add("34.", "繁荣发展文化事业，新建城市书房5个，开展送戏下乡、文化惠民活动300场次以上，推进区图书馆、文化馆总分馆制建设。",
    "（责任单位：区委宣传部、区文化和旅游局（牵头）、区融媒体中心）",
    ["区委宣传部", "区文化和旅游局", "区融媒体中心"], ["区文化和旅游局"], ["区委宣传部", "区融媒体中心"], [])

# ---------------------------------------------------------------- 六
part("六、坚持统筹发展和安全，加强政府自身建设")
sec("（一）守牢安全发展底线")
add("35.", "深入开展安全生产治本攻坚三年行动，聚焦燃气、道路交通、建筑施工、消防等重点领域开展隐患排查整治，坚决遏制较大及以上安全事故发生。",
    "（责任区领导：赵海涛、黄振东；责任单位：区应急管理局（牵头）、区住房和城乡建设局、区交通运输局、区消防救援大队、各镇（街道））",
    ["区应急管理局", ZJ, "区交通运输局", "区消防救援大队", ZJD], ["区应急管理局"], [ZJ, "区交通运输局", "区消防救援大队", ZJD],
    ["赵海涛", "黄振东"])
add("36.", "坚持和发展新时代“枫桥经验”，深化信访工作法治化，推进矛盾纠纷多元化解，常态化开展扫黑除恶斗争，建设更高水平的平安桐埠。",
    "（责任单位：区委政法委（牵头）、区信访局、市公安局桐埠分局、区司法局、各镇（街道））",
    ["区委政法委", "区信访局", GA, "区司法局", ZJD], ["区委政法委"], ["区信访局", GA, "区司法局", ZJD], [])
sec("（二）建设人民满意政府")
add("37.", "坚持依法行政，严格落实重大行政决策程序，深化行政执法监督，自觉接受区人大及其常委会法律监督、区政协民主监督。",
    "（责任单位：区司法局（牵头）、区政府办公室）",
    ["区司法局", "区政府办公室"], ["区司法局"], ["区政府办公室"], [])
add("38.", "持之以恒正风肃纪，加强审计监督和统计监督，持续整治形式主义为基层减负，提升政府执行力和公信力。",
    "（责任单位：区政府办公室、区审计局、区统计局、区直各单位）",
    ["区政府办公室", "区审计局", "区统计局", "区直各单位"], ["区政府办公室"], ["区审计局", "区统计局", "区直各单位"], [])

assert 25 <= len(T) <= 40, len(T)

# ---------------------------------------------------------------- HTML
TITLE = "桐埠区人民政府办公室关于印发2025年区政府工作报告重点任务分工的通知"
WENHAO = "桐政办发〔2025〕6号"


def p(inner, style="text-indent: 2em; line-height: 2em; text-align: justify;"):
    return f'<p style="{style}">{inner}</p>'


def fs(s):
    return f'<span style="{FS}">{html.escape(s, quote=False)}</span>'


def kai(s):
    return f'<span style="{KAI}">{html.escape(s, quote=False)}</span>'


body = []
body.append(p(fs(WENHAO), "text-align: center; line-height: 2em;"))
body.append(p(fs("各镇人民政府、街道办事处，区政府各部门、各直属单位，桐埠经济开发区管委会："), "line-height: 2em; text-align: justify;"))
body.append(p(fs("《政府工作报告》已经区十八届人民代表大会第五次会议审议通过。为确保报告确定的各项目标任务落到实处，经区政府同意，现将《2025年区政府工作报告重点任务分工》印发给你们，请结合实际认真抓好贯彻落实。")))
body.append(p(fs("各责任区领导要加强统筹调度，及时协调解决重点任务推进中的困难和问题。各责任单位要切实扛起责任，细化工作举措，明确时间节点，确保各项任务按期保质完成。责任单位中标注“（牵头）”的为牵头单位，其余为配合单位；只列一个责任单位的，由该单位牵头负责；未标注牵头单位的，排在第一位的为牵头单位。牵头单位要主动牵头抓总，配合单位要积极支持配合，形成工作合力。")))
body.append(p(fs("区政府督查室将把重点任务完成情况纳入年度综合考核，实行月调度、季通报、年考评。请各牵头单位汇总配合单位工作情况后，于每季度末月25日前将工作进展情况书面报区政府督查室。")))
body.append(p(fs("联系人：区政府督查室　李　娜，联系电话：0736-6512078。")))
body.append(p("&nbsp;", "line-height: 2em;"))
body.append(p(fs("桐埠区人民政府办公室"), "text-align: right; line-height: 2em; margin-right: 4em;"))
body.append(p(fs("2025年3月7日"), "text-align: right; line-height: 2em; margin-right: 5em;"))
body.append(p(fs("（此件公开发布）")))
body.append(p("&nbsp;", "line-height: 2em;"))
body.append(p(f'<span style="{HEI}">附件</span>', "line-height: 2em;"))
body.append(p('<strong><span style="font-family: 方正小标宋简体; font-size: 22pt;">2025年区政府工作报告重点任务分工</span></strong>',
              "text-align: center; line-height: 2em;"))

for ph, secs in PARTS:
    body.append(p(f'<span style="{HEI}">{html.escape(ph)}</span>'))
    for sh, idxs in secs:
        body.append(p(f'<strong><span style="{KAI}">{html.escape(sh)}</span></strong>'))
        for i in idxs:
            t = T[i]
            inner = fs(t["marker"] + t["text"])
            if t["shape"] == "split":
                # the editor cut the bracket into two runs after a separator
                c = t["clause"]
                cut = c.index("区交通运输局")
                inner += kai(c[:cut]) + kai(c[cut:])
            else:
                inner += kai(t["clause"])
            if t["tail"]:
                inner += fs(t["tail"])
            body.append(p(inner))

ARTICLE = "\n".join(body)

PAGE = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="岚州市桐埠区人民政府">
<meta name="SiteDomain" content="www.lztongbu.gov.cn">
<meta name="SiteIDCode" content="4311030017">
<meta name="ColumnName" content="区政府办文件">
<meta name="ColumnDescription" content="区政府办公室发布的规范性文件和其他文件">
<meta name="ColumnKeywords" content="区政府办文件">
<meta name="ColumnType" content="政府文件">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2025-03-10 09:30">
<meta name="ContentSource" content="桐埠区人民政府办公室">
<meta name="Keywords" content="政府工作报告,重点任务,分工">
<meta name="Author" content="桐埠区人民政府办公室">
<meta name="Description" content="{TITLE}">
<meta name="Url" content="http://www.lztongbu.gov.cn/zwgk/zfwj/qzbwj/202503/t20250310_2186453.html">
<title>{TITLE}_区政府办文件_岚州市桐埠区人民政府</title>
<link rel="stylesheet" href="/static/css/common.css">
<link rel="stylesheet" href="/static/css/article.css">
<script src="/static/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="top-bar">
	<div class="w1200">
		<span class="welcome">欢迎访问岚州市桐埠区人民政府网站！</span>
		<span class="top-links"><a href="javascript:;" id="jtfz">繁体</a> | <a href="javascript:;" class="wza">无障碍</a> | <a href="/zhuanti/olds/">长者模式</a> | <a href="/">网站地图</a></span>
	</div>
</div>
<div class="header">
	<div class="w1200">
		<a href="/" class="logo"><img src="/static/images/logo.png" alt="岚州市桐埠区人民政府"></a>
		<div class="search"><form action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>
	</div>
</div>
<div class="nav">
	<ul class="w1200">
		<li><a href="/">首页</a></li>
		<li><a href="/zwdt/">政务动态</a></li>
		<li class="on"><a href="/zwgk/">政务公开</a></li>
		<li><a href="/zwfw/">政务服务</a></li>
		<li><a href="/hdjl/">互动交流</a></li>
		<li><a href="/zjtb/">走进桐埠</a></li>
	</ul>
</div>
<div class="w1200 main">
	<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfwj/">政府文件</a> &gt; <a href="/zwgk/zfwj/qzbwj/">区政府办文件</a></div>
	<div class="xxgk-table">
		<table>
			<tr><th>索 引 号：</th><td>11431103MB1957206X/2025-00318</td><th>主题分类：</th><td>综合政务/其他</td></tr>
			<tr><th>发布机构：</th><td>桐埠区人民政府办公室</td><th>成文日期：</th><td>2025-03-07</td></tr>
			<tr><th>名　　称：</th><td colspan="3">{TITLE}</td></tr>
			<tr><th>文　　号：</th><td>{WENHAO}</td><th>发布日期：</th><td>2025-03-10</td></tr>
			<tr><th>有 效 性：</th><td colspan="3">有效</td></tr>
		</table>
	</div>
	<div class="article">
		<h1 class="article-title">{TITLE}</h1>
		<div class="article-info">
			<span>发布时间：2025-03-10 09:30</span>
			<span>来源：桐埠区人民政府办公室</span>
			<span>浏览次数：<em id="viewCount">--</em></span>
			<span class="fontsize">字号：<a href="javascript:doZoom(18);">大</a> <a href="javascript:doZoom(16);">中</a> <a href="javascript:doZoom(14);">小</a></span>
		</div>
		<div class="article-content" id="zoom">
<!--ContentStart-->
{ARTICLE}
<!--ContentEnd-->
		</div>
		<div class="article-tools">
			<a href="javascript:window.print();">【打印本页】</a>
			<a href="javascript:window.close();">【关闭窗口】</a>
		</div>
		<div class="article-page">
			<p>上一篇：<a href="/zwgk/zfwj/qzbwj/202503/t20250305_2185917.html">桐埠区人民政府办公室关于做好2025年春季农业生产工作的通知</a></p>
			<p>下一篇：<a href="/zwgk/zfwj/qzbwj/202503/t20250314_2187102.html">桐埠区人民政府办公室关于印发桐埠区2025年为民办实事项目实施方案的通知</a></p>
		</div>
		<div class="related">
			<h3>相关链接</h3>
			<ul>
				<li><a href="/zwgk/zfgzbg/202502/t20250226_2183341.html">2025年桐埠区政府工作报告</a><span>2025-02-26</span></li>
				<li><a href="/zwgk/zcjd/202503/t20250311_2186520.html">图解：2025年区政府工作报告重点任务分工</a><span>2025-03-11</span></li>
			</ul>
		</div>
	</div>
</div>
<div class="footer">
	<div class="w1200">
		<p>主办单位：岚州市桐埠区人民政府办公室　承办单位：桐埠区融媒体中心</p>
		<p>地址：岚州市桐埠区滨江大道188号　邮编：415100　联系电话：0736-6512001</p>
		<p>网站标识码：4311030017　<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备05012748号-1</a>　<img src="/static/images/gaba.png" alt="">公网安备 43110302000118号</p>
		<p><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='/static/js/conac.js' type='text/javascript'%3E%3C/script%3E"));</script></p>
	</div>
</div>
<script src="/static/js/common.js"></script>
<script>
function doZoom(size){{var el=document.getElementById('zoom');if(!el)return;el.style.fontSize=size+'px';var ps=el.getElementsByTagName('span');for(var i=0;i<ps.length;i++){{ps[i].style.fontSize=size+'px';}}}}
$(function(){{$.get('/api/visit/count',{{id:'2186453'}},function(d){{$('#viewCount').text(d.count);}});}});
</script>
</body>
</html>
"""

notice = os.path.join(HERE, BASE + ".html")
with open(notice, "w", encoding="utf-8", newline="\n") as f:
    f.write(PAGE)

with open(os.path.join(HERE, BASE + ".tasks.gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
    for t in T:
        mid = t["marker"].rstrip(".．")
        rec = {"id": mid, "marker": t["marker"], "head": t["text"][:12],
               "responsible_units": t["units"], "lead_units": t["leads"],
               "cooperating_units": t["coops"], "leaders": t["leaders"], "deadline": None}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", notice, len(T), "tasks")
