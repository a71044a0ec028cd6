#!/usr/bin/env python3
"""Round 151, notice 775: a 县政府办 red-header Word notice whose 附件 table gives each
task a BLOCK of labelled rows.

沭岚县人民政府办公室 (invented county) 印发 its 2025年县政府工作报告重点工作任务分解方案
(沭政办发〔2025〕5号): portrait cover (red 发文机关标志, 文号, red rule, title, 主送, a body of
three 黑体 run-in requirements, 附件说明, 落款, 成文日期, （此件公开发布）), then a landscape section
holding 附件 `2025年县政府工作报告重点工作任务分解表`, then a portrait 版记 page.

The table: `序号 | 项目 | 主要内容 | 责任县领导 | 牵头单位 | 配合单位 | 完成时限` (header row repeated on
every page).  Six section rows `一、…（N项）` merged across all seven columns.  Every task
1–38 (numbered on through the sections) is a block of two or three rows whose 项目 cell reads
`工作任务`, `年度目标` (left out for qualitative tasks) and `具体举措`; the 主要内容 cell of the
first row holds the task, the second its quantified target, the third its measures as
`（1）…（2）…` paragraphs.  序号, 牵头单位, 配合单位 and 完成时限 are merged down over the
block (w:vMerge); 责任县领导 is merged down over the block and, where consecutive tasks share a
leader, over all of their blocks.  Two leaders or two lead units stand one per paragraph;
two-character names are padded with a full-width space (`孙　浩`).  A 注 follows the table.

Writes (in the current directory):
  775_shulan_xian_gzbg_renwu_mubiao_jucuo_fenjie.docx   the notice
  775.tasks.gold.jsonl                                  gold, from the same TASKS list

Needs: /usr/bin/python3 with python-docx (0.8.11 used).  No outside converter.
(For a visual check only, not used by the script: soffice --convert-to pdf with the Debian
package fonts-wqy-zenhei installed, then pdftoppm.)
Deterministic: fixed core properties; the package is re-zipped with fixed timestamps and
member order.
"""
import io
import json
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

NOTICE = "775_shulan_xian_gzbg_renwu_mubiao_jucuo_fenjie.docx"
GOLD = "775.tasks.gold.jsonl"
HEAD_LEN = 14

# ---------------------------------------------------------------------------
# The one description of the tasks.
# ---------------------------------------------------------------------------
SECTIONS = [
    "一、聚力工业强县，推动产业转型升级",
    "二、全力扩大有效需求，增强经济发展动能",
    "三、深化改革开放，持续优化营商环境",
    "四、推进乡村全面振兴和城乡融合发展",
    "五、加强生态环境保护，推动绿色低碳发展",
    "六、持续增进民生福祉，提升社会治理水平",
]

XU = "许文涛"
ZHOU = "周建国"
LIN = "林志远"
HE = "何晓燕"
CHEN = "陈立军"
SUN = "孙浩"
SHAO = "邵敏"

KAIFAQU = "沭岚经济开发区管委会"
XIANGZHEN = "各乡镇人民政府（街道办事处）"
FENJU = "市生态环境局沭岚分局"

T = []


def task(sec, text, target, measures, leaders, lead, coop, deadline):
    T.append(dict(sec=sec, text=text, target=target, measures=measures,
                  leaders=leaders, lead=lead, coop=coop, deadline=deadline))


# 一、产业
task(0, "实施新一轮工业倍增计划，做大做强绿色食品、高端装备制造、新型建材三大主导产业。",
     "规模以上工业增加值增长8%以上，新增规模以上工业企业15家，三大主导产业产值占规上工业比重达到68%。",
     ["（1）建立三大主导产业链“链长制”工作机制，每条产业链明确1名县级领导、1个牵头部门、1个工作专班。",
      "（2）实施“小升规”培育行动，建立规上后备企业库，入库企业不少于40家，实行“一企一策”帮扶。",
      "（3）落实工业企业满负荷生产奖补政策，按季度兑现奖补资金。"],
     [XU], ["县工业和信息化局"],
     ["县发展和改革局", "县财政局", "县统计局", KAIFAQU], "2025年12月底前")
task(0, "推进沭岚经济开发区扩区调规和“二次创业”，提升园区承载能力。",
     "开发区新增建成区面积1.2平方公里，建成标准化厂房12万平方米，园区工业总产值突破260亿元。",
     ["（1）6月底前完成开发区扩区调规方案报批。",
      "（2）实施园区污水处理厂二期、集中供热管网延伸等基础设施项目8个。",
      "（3）推行“标准地+承诺制”供地，新出让工业用地全部按“标准地”供应。"],
     [XU], [KAIFAQU],
     ["县发展和改革局", "县自然资源局", "县住房和城乡建设局", FENJU], "2025年12月底前")
task(0, "加快企业技术改造和数字化转型，推动传统产业高端化、智能化、绿色化。",
     "实施投资500万元以上技改项目45个，完成技改投资38亿元；新增省级智能工厂（数字化车间）3家。",
     ["（1）组织开展“智改数转”免费诊断服务，全年诊断企业不少于60家。",
      "（2）落实技改设备购置补助政策，对设备投资额1000万元以上项目按规定给予补助。"],
     [XU], ["县工业和信息化局"],
     ["县科学技术局", "县财政局", "县数据局"], "2025年12月底前")
task(0, "大力培育创新主体，提升企业自主创新能力。",
     "新增高新技术企业18家、入库科技型中小企业90家，全社会研发经费投入强度达到2.1%。",
     ["（1）实施高新技术企业“育苗造林”计划，建立培育库并开展一对一辅导。",
      "（2）新建市级以上研发平台6个，推动规上工业企业研发活动全覆盖。",
      "（3）兑现研发费用加计扣除、首台（套）装备奖励等政策。"],
     [XU], ["县科学技术局"],
     ["县工业和信息化局", "县财政局", "县税务局", "县统计局"], "2025年12月底前")
task(0, "推动文旅深度融合发展，创建全域旅游示范县。",
     "全年接待游客680万人次、实现旅游综合收入62亿元；创建国家4A级旅游景区1家。",
     ["（1）推进岚山湖景区提升改造工程，9月底前完成游客服务中心和环湖步道建设。",
      "（2）举办第三届沭岚槐花文化旅游节等节会活动不少于10场。"],
     [HE], ["县文化和旅游局"],
     ["县发展和改革局", "县交通运输局", "县自然资源局", "岚山湖旅游度假区管理服务中心"], "2025年12月底前")
task(0, "促进现代服务业提质扩容，推动生产性服务业向专业化和价值链高端延伸。",
     "服务业增加值增长6%，新增限额以上服务业企业20家。",
     ["（1）培育现代物流、商务咨询、检验检测等生产性服务业企业，建设沭岚现代物流园二期。",
      "（2）建立限上服务业企业入库培育台账，按月调度。"],
     [ZHOU], ["县发展和改革局", "县商务局"],
     ["县统计局", "县市场监督管理局"], "2025年12月底前")
task(0, "加快发展数字经济，推进数字产业化和产业数字化。",
     "数字经济核心产业增加值增长10%，新建5G基站260个，实现行政村5G网络全覆盖。",
     ["（1）编制县域数字经济发展三年行动方案。",
      "（2）推进城市大脑二期建设，年底前接入部门业务系统不少于30个。"],
     [XU], ["县数据局"],
     ["县工业和信息化局", "中国移动沭岚分公司", "中国电信沭岚分公司", "中国联通沭岚分公司"], "2025年12月底前")

# 二、需求
task(1, "坚持项目为王，全力扩大有效投资。",
     "固定资产投资增长7%，实施县级重点项目120个、年度计划投资185亿元，新开工亿元以上项目40个。",
     ["（1）落实县级领导包联重点项目制度，每月调度、每季度开展一次项目观摩。",
      "（2）建立“要素跟着项目走”机制，优先保障重点项目用地、用能和资金需求。",
      "（3）推行项目审批“容缺受理”“拿地即开工”模式。"],
     [LIN, ZHOU], ["县发展和改革局"],
     ["县自然资源局", "县住房和城乡建设局", "县行政审批服务局", "县财政局", XIANGZHEN], "2025年12月底前")
task(1, "积极争取超长期特别国债、中央预算内投资和地方政府专项债券等政策性资金。",
     "全年争取上级资金45亿元以上，其中专项债券资金12亿元以上。",
     ["（1）围绕国家“两重”“两新”政策方向，滚动储备项目不少于150个、总投资600亿元以上。",
      "（2）建立向上争取资金月通报制度。"],
     [ZHOU], ["县发展和改革局", "县财政局"],
     ["县直有关单位"], "2025年12月底前")
task(1, "突出产业链招商、以商招商，提升招商引资质效。",
     "新签约亿元以上项目50个，其中10亿元以上项目6个，到位县外资金150亿元。",
     ["（1）组建驻长三角、珠三角招商小分队，全年开展外出招商活动不少于40次。",
      "（2）落实招商项目“签约、落地、开工、投产”全流程跟踪服务。"],
     [LIN, XU], ["县投资促进中心"],
     [KAIFAQU, XIANGZHEN, "县直有关单位"], "2025年12月底前")
task(1, "大力提振消费，促进消费扩容升级。",
     "社会消费品零售总额增长6.5%；全年组织开展促消费活动30场以上。",
     ["（1）落实汽车、家电、家装厨卫以旧换新政策，确保补贴资金及时兑付。",
      "（2）完成城区槐花街、岚湖路2条商业街区改造提升。",
      "（3）发展夜间经济，培育夜间消费集聚区3个。"],
     [ZHOU], ["县商务局"],
     ["县财政局", "县市场监督管理局", "县文化和旅游局", "县统计局"], "2025年12月底前")
task(1, "推动外贸稳规模优结构，积极拓展海外市场。",
     "进出口总额增长5%，新增有进出口实绩企业15家。",
     ["（1）组织企业参加广交会、进博会等境内外展会不少于20场次。",
      "（2）推进跨境电商产业园建设，引进跨境电商企业10家。"],
     [ZHOU], ["县商务局"],
     ["县税务局", KAIFAQU], "2025年12月底前")
task(1, "加强财源建设，提升金融服务实体经济质效。",
     "一般公共预算收入增长5%；新增各项贷款60亿元，新增上市后备企业3家。",
     ["（1）开展重点税源企业“一企一档”管理，加强涉税信息共享。",
      "（2）常态化开展政银企对接活动，全年不少于12场。"],
     [ZHOU], ["县财政局", "县委金融办"],
     ["县税务局", "国家金融监督管理总局沭岚监管支局"], "2025年12月底前")

# 三、改革
task(2, "深化“高效办成一件事”改革，提升政务服务效能。",
     "新增“一件事”集成办理事项15项，政务服务事项网上可办率达到98%以上。",
     ["（1）梳理企业和个人全生命周期“一件事”清单，6月底前上线运行第一批8项。",
      "（2）推行“综合窗口”无差别受理，乡镇（街道）便民服务中心全部实现“一窗通办”。"],
     [ZHOU], ["县行政审批服务局"],
     ["县数据局", "县直有关单位"], "2025年12月底前")
task(2, "深化县属国有企业改革，提升国有资本运营效率。",
     "完成县属国有企业整合重组，县城市建设投资集团有限公司主体信用等级提升至AA+。",
     ["（1）制定县属国有企业整合重组方案，9月底前完成资产划转。",
      "（2）推动城投公司市场化转型，新增经营性收入5亿元。"],
     [ZHOU], ["县国有资产事务服务中心"],
     ["县财政局", "县城市建设投资集团有限公司"], "2025年10月底前")
task(2, "促进民营经济发展壮大，激发各类经营主体活力。",
     "新增经营主体8000户，其中企业2200户。",
     ["（1）开展“万企大走访”活动，建立企业诉求“收集—交办—办结—回访”闭环机制。",
      "（2）全面清理拖欠企业账款，做到应清尽清。"],
     [XU], ["县发展和改革局"],
     ["县市场监督管理局", "县工商业联合会", "县工业和信息化局"], "2025年12月底前")
task(2, "持续优化法治化营商环境，依法保护经营主体合法权益。",
     None,
     ["（1）推行涉企行政执法检查“扫码入企”，实现涉企检查事项全程留痕。",
      "（2）建立涉企矛盾纠纷多元化解中心，开展“法律服务进企业”活动。",
      "（3）开展损害营商环境突出问题专项整治。"],
     [SUN], ["县司法局"],
     ["县公安局", "县市场监督管理局", "县人民法院"], "持续推进")
task(2, "推进社会信用体系建设，打造诚信沭岚。",
     "信用修复办理时限压缩至3个工作日以内，公共信用综合评价覆盖全部在册企业。",
     ["（1）推行以信用承诺替代证明事项，拓展“信易贷”等守信激励应用场景。",
      "（2）开展政务诚信专项治理。"],
     [ZHOU], ["县发展和改革局"],
     ["县市场监督管理局", "县数据局"], "2025年12月底前")

# 四、乡村振兴和城乡融合
task(3, "扛牢粮食安全政治责任，稳定粮食生产。",
     "粮食播种面积稳定在86.5万亩以上、总产38万吨以上；新建高标准农田4.2万亩。",
     ["（1）严格落实耕地保护和粮食安全党政同责，分解下达粮食播种面积任务。",
      "（2）推广玉米大豆带状复合种植5万亩。",
      "（3）10月底前完成高标准农田建设项目主体工程。"],
     [CHEN], ["县农业农村局"],
     ["县财政局", "县自然资源局", "县水利局", XIANGZHEN], "2025年12月底前")
task(3, "巩固拓展脱贫攻坚成果，守牢不发生规模性返贫致贫底线。",
     "脱贫人口人均纯收入增长8%以上；衔接推进乡村振兴补助资金用于产业发展的比例不低于60%。",
     ["（1）落实防止返贫动态监测和帮扶机制，每季度开展一次集中排查。",
      "（2）开展脱贫劳动力稳岗就业行动，务工规模稳定在2.6万人以上。"],
     [CHEN], ["县农业农村局"],
     ["县财政局", "县人力资源和社会保障局", "县民政局", "县医疗保障局", "县教育体育局"], "2025年12月底前")
task(3, "做强特色农业和农产品加工业，推进一二三产业融合发展。",
     "新增省级农业产业化重点龙头企业3家；农产品加工业产值增长8%，“沭岚槐蜜”区域公用品牌授权企业达到20家。",
     ["（1）建设槐蜜、食用菌、优质稻米3个全产业链示范基地。",
      "（2）培育家庭农场、农民专业合作社等新型农业经营主体120家。"],
     [CHEN], ["县农业农村局"],
     ["县工业和信息化局", "县市场监督管理局"], "2025年12月底前")
task(3, "学习运用“千万工程”经验，建设宜居宜业和美乡村。",
     "创建省级和美乡村示范村12个；农村生活污水治理率达到45%，农村卫生厕所普及率达到93%。",
     ["（1）开展村庄清洁行动“春夏秋冬”四季战役。",
      "（2）推进农村生活污水治理项目，新增治理行政村26个。"],
     [CHEN], ["县农业农村局"],
     [FENJU, "县住房和城乡建设局", XIANGZHEN], "2025年12月底前")
task(3, "加强水利基础设施建设，提升防汛抗旱和供水保障能力。",
     "完成沭河沭岚段综合治理工程12公里；新建改造农村供水管网160公里，农村自来水普及率达到98.5%。",
     ["（1）汛期前完成病险水库除险加固工程4座。",
      "（2）推进城乡供水一体化工程，11月底前实现县城与8个乡镇管网联通。"],
     [CHEN], ["县水利局"],
     ["县财政局", "县发展和改革局"], "2025年11月底前")
task(3, "实施城市更新行动，提升县城综合承载能力。",
     "改造城镇老旧小区32个、1.1万户；新建改造城市道路8条、雨污分流管网26公里。",
     ["（1）3月底前完成老旧小区改造项目清单确定和方案设计。",
      "（2）实施城区易涝点整治工程，消除易涝积水点10处。",
      "（3）新建口袋公园6个、公共停车泊位1200个。"],
     [SHAO], ["县住房和城乡建设局"],
     ["县自然资源局", "县城市管理局", "县财政局", "岚城街道办事处"], "2025年12月底前")
task(3, "完善综合交通网络，推进“四好农村路”建设。",
     "开工建设省道318线沭岚段改建工程；新改建农村公路120公里，实施危桥改造15座。",
     ["（1）6月底前完成省道318线沭岚段改建工程征地拆迁。",
      "（2）开通城乡公交线路4条，实现具备条件的行政村通客车率100%。"],
     [SHAO], ["县交通运输局"],
     ["县自然资源局", "县财政局", XIANGZHEN], "2025年12月底前")

# 五、生态
task(4, "深入打好蓝天保卫战，持续改善空气质量。",
     "细颗粒物（PM2.5）平均浓度控制在36微克/立方米以下，空气质量优良天数比例达到78%。",
     ["（1）完成重点行业企业超低排放改造5家。",
      "（2）加强建筑工地和道路扬尘管控，城区主次干道机械化清扫率达到95%。",
      "（3）开展柴油货车和非道路移动机械专项执法检查。"],
     [SHAO], [FENJU],
     ["县工业和信息化局", "县住房和城乡建设局", "县交通运输局", "县公安局", "县城市管理局"], "2025年12月底前")
task(4, "深入打好碧水保卫战、净土保卫战。",
     "国省控断面水质优良比例保持100%；受污染耕地安全利用率达到95%以上。",
     ["（1）落实河湖长制，开展入河排污口排查整治。",
      "（2）推进化肥农药减量增效，主要农作物化肥利用率达到43%。"],
     [SHAO], [FENJU],
     ["县水利局", "县农业农村局", "县住房和城乡建设局"], "2025年12月底前")
task(4, "全面推行林长制，科学推进国土绿化。",
     "完成造林绿化1.5万亩，森林覆盖率稳定在31%以上。",
     ["（1）实施沭河沿岸生态廊道绿化工程。",
      "（2）加强森林防火和松材线虫病等林业有害生物防控。"],
     [CHEN], ["县林业局"],
     ["县自然资源局", XIANGZHEN], "2025年12月底前")
task(4, "推动能源绿色低碳转型，稳妥推进碳达峰碳中和。",
     "新增光伏发电装机容量15万千瓦；单位地区生产总值能耗下降2.5%。",
     ["（1）推进整县屋顶分布式光伏开发试点。",
      "（2）对年综合能耗5000吨标准煤以上企业开展节能监察。"],
     [ZHOU], ["县发展和改革局"],
     ["县工业和信息化局", "国网沭岚县供电公司"], "2025年12月底前")
task(4, "抓好中央和省生态环境保护督察反馈问题整改。",
     None,
     ["（1）建立问题清单、责任清单、整改清单，实行销号管理。",
      "（2）每月调度整改进展，对整改不力的单位予以通报。"],
     [SHAO], [FENJU],
     ["县直有关单位", XIANGZHEN], "持续推进")

# 六、民生和社会治理
task(5, "实施就业优先战略，稳定和扩大就业。",
     "城镇新增就业6500人，城镇调查失业率控制在5.5%以内；开展职业技能培训1.2万人次。",
     ["（1）落实稳岗返还、一次性扩岗补助等政策。",
      "（2）举办“春风行动”“民营企业服务月”等招聘活动不少于50场。",
      "（3）支持返乡入乡创业，发放创业担保贷款2亿元。"],
     [HE], ["县人力资源和社会保障局"],
     ["县财政局", "县教育体育局", "县农业农村局", "县总工会", "团县委", "县妇女联合会"], "2025年12月底前")
task(5, "推进义务教育优质均衡发展，扩大优质教育资源供给。",
     "新建改扩建中小学、幼儿园9所，新增学位5400个；普惠性幼儿园覆盖率达到92%。",
     ["（1）8月底前建成县第三实验小学、城南幼儿园并投入使用。",
      "（2）深化集团化办学，组建城乡教育共同体10个。"],
     [HE], ["县教育体育局"],
     ["县发展和改革局", "县财政局", "县自然资源局", "县住房和城乡建设局"], "2025年8月底前")
task(5, "深化医药卫生体制改革，推进紧密型县域医共体建设。",
     "县域内就诊率达到90%以上；建成紧密型县域医共体3个，乡镇卫生院达到服务能力推荐标准的比例达到40%。",
     ["（1）推进县人民医院胸痛、卒中、创伤等五大中心建设。",
      "（2）落实医共体医保基金打包付费改革。"],
     [HE], ["县卫生健康局"],
     ["县医疗保障局", "县财政局", "县人力资源和社会保障局", "县市场监督管理局"], "2025年12月底前")
task(5, "健全多层次社会保障体系，兜牢民生底线。",
     "基本养老保险参保率稳定在95%以上；城乡低保标准分别提高5%。",
     ["（1）开展全民参保扩面行动，重点推动灵活就业人员参保。",
      "（2）新建乡镇区域养老服务中心3个、城市社区嵌入式养老服务站5个。"],
     [HE], ["县人力资源和社会保障局", "县民政局"],
     ["县医疗保障局", "县财政局", "县残疾人联合会"], "2025年12月底前")
task(5, "繁荣发展文化体育事业，丰富群众精神文化生活。",
     "建成城市书房5处；举办群众性体育赛事活动60场次，开展送戏下乡200场。",
     ["（1）推进县全民健身中心建设，年底前主体完工。",
      "（2）组织开展“村晚”“村BA”等群众性文体活动。"],
     [HE], ["县文化和旅游局", "县教育体育局"],
     ["县融媒体中心"], "2025年12月底前")
task(5, "用心用情办好十件民生实事。",
     "十件民生实事年度计划投资不低于5.8亿元，年底前全部按期完成。",
     ["（1）逐项明确责任单位和完成时限，实行周调度、月通报。",
      "（2）邀请人大代表、政协委员和群众代表参与项目验收。"],
     [LIN], ["县政府办公室"],
     ["县发展和改革局", "县财政局", "各民生实事责任单位"], "2025年12月底前")
task(5, "统筹发展和安全，坚决守牢安全生产底线。",
     "生产安全事故起数和死亡人数实现“双下降”，坚决遏制较大以上生产安全事故。",
     ["（1）深入开展安全生产治本攻坚三年行动，聚焦燃气、消防、道路交通、建筑施工等重点领域开展隐患排查整治。",
      "（2）完成城区老旧燃气管道更新改造38公里。"],
     [SUN], ["县应急管理局"],
     ["县安全生产委员会成员单位", XIANGZHEN], "持续推进")
task(5, "推进更高水平的平安沭岚、法治沭岚建设。",
     "命案现案破案率保持100%；信访事项及时受理率达到100%。",
     ["（1）深化电信网络诈骗等突出违法犯罪专项打击整治。",
      "（2）坚持和发展新时代“枫桥经验”，推进县乡两级综治中心规范化建设。"],
     [SUN], ["县公安局", "县司法局"],
     ["县信访局", XIANGZHEN], "持续推进")


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------
def gold_lines():
    out = []
    for n, t in enumerate(T, 1):
        rec = {
            "id": str(n),
            "marker": str(n),
            "head": t["text"][:HEAD_LEN],
            "responsible_units": t["lead"] + t["coop"],
            "lead_units": list(t["lead"]),
            "cooperating_units": list(t["coop"]),
            "leaders": list(t["leaders"]),
            "deadline": t["deadline"],
        }
        out.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)


def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None, indent=False,
         color=None, space_before=0, space_after=0, line=None):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if line is not None:
        pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def run(p, text, font=FS, size=16, bold=False):
    r = p.add_run(text)
    set_font(r, font, size, bold)
    return r


def red_rule(p):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "18")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "FF0000")
    bdr.append(b)
    ppr.append(bdr)


def page_footer(section):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"),
                      ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
        elif txt == " PAGE ":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._r.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = txt
            r._r.append(t)
    r = fp.add_run(" —")
    set_font(r, "宋体", 14)


def cell_text(cell, lines, size=10.5, bold=False, align=None, font=FS, line=15):
    """Write lines into a cell, one paragraph each (first reuses the existing one)."""
    first = True
    for ln in lines:
        if first:
            p = cell.paragraphs[0]
            first = False
        else:
            p = cell.add_paragraph()
        pf = p.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing = Pt(line)
        if align is not None:
            p.alignment = align
        r = p.add_run(ln)
        set_font(r, font, size, bold)


def set_cell_width(cell, mm):
    cell.width = Mm(mm)


def header_repeat(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def pad_name(n):
    return n[0] + "\u3000" + n[1] if len(n) == 2 else n


# ---------------------------------------------------------------------------
# Build the notice
# ---------------------------------------------------------------------------
def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    page_footer(sec)

    para(doc, "沭岚县人民政府办公室文件", XBS, 34, False, WD_ALIGN_PARAGRAPH.CENTER,
         color=RED, space_before=24, space_after=18)
    p = para(doc, "沭政办发〔2025〕5号", FS, 16, False, WD_ALIGN_PARAGRAPH.CENTER,
             space_after=4)
    red_rule(p)
    para(doc, "", space_after=6)
    p = para(doc, "沭岚县人民政府办公室", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, line=33)
    r = p.add_run()
    r.add_break(WD_BREAK.LINE)
    set_font(run(p, "关于印发2025年县政府工作报告重点工作", XBS, 22), XBS, 22)
    r = p.add_run()
    r.add_break(WD_BREAK.LINE)
    run(p, "任务分解方案的通知", XBS, 22)
    para(doc, "", space_after=0)
    para(doc, "各乡镇人民政府、街道办事处，县政府各部门、各直属机构，沭岚经济开发区管委会：",
         line=28)
    para(doc, "《2025年县政府工作报告》已经县十八届人大五次会议审议通过。为确保报告确定的各项"
              "目标任务落到实处，经县政府同意，现将《2025年县政府工作报告重点工作任务分解方案》"
              "印发给你们，并就有关事项通知如下，请认真抓好贯彻落实。", indent=True, line=28)
    p = para(doc, "", indent=True, line=28)
    run(p, "一、压实工作责任。", HT)
    run(p, "各项任务的责任县领导负责统筹调度、协调推进；牵头单位为第一责任单位，负责制定"
           "推进计划、组织实施和跟踪问效，牵头单位有两个的共同牵头；配合单位要按照职责分工"
           "主动认领、积极配合，形成工作合力。")
    p = para(doc, "", indent=True, line=28)
    run(p, "二、细化推进措施。", HT)
    run(p, "各牵头单位要对照分解表中每项任务的“年度目标”“具体举措”，于4月10日前制定具体"
           "推进方案，明确时间表、路线图和责任人，报县政府督查室备案。分解表未列年度目标的"
           "任务，按照具体举措抓好落实。")
    p = para(doc, "", indent=True, line=28)
    run(p, "三、强化督查考核。", HT)
    run(p, "各牵头单位于每季度最后一个月25日前，将任务推进情况书面报送县政府督查室（联系人："
           "刘　洋，电话：7213065，电子邮箱：slxzfdcs@163.com）。县政府督查室将定期调度通报，"
           "任务完成情况纳入年度综合考核。")
    para(doc, "", line=28)
    p = para(doc, "附件：2025年县政府工作报告重点工作任务分解表", indent=True, line=28)
    para(doc, "", line=28)
    para(doc, "", line=28)
    p = para(doc, "沭岚县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2025年3月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）", indent=True, line=28)

    # ---- landscape attachment section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Mm(297), Mm(210)
    sec2.top_margin, sec2.bottom_margin = Mm(25), Mm(22)
    sec2.left_margin, sec2.right_margin = Mm(22), Mm(22)
    page_footer(sec2)

    para(doc, "附件", HT, 16, line=28)
    para(doc, "2025年县政府工作报告重点工作任务分解表", XBS, 22, False,
         WD_ALIGN_PARAGRAPH.CENTER, space_before=6, space_after=12)

    widths = [14, 22, 108, 24, 30, 34, 21]
    heads = ["序号", "项目", "主要内容", "责任县领导", "牵头单位", "配合单位", "完成时限"]

    # count rows
    nrows = 1
    for si in range(len(SECTIONS)):
        nrows += 1
        for t in T:
            if t["sec"] == si:
                nrows += 3 if t["target"] else 2
    table = doc.add_table(rows=nrows, cols=7)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(round(w * 56.6929))))
    for row in table.rows:
        for ci, c in enumerate(row.cells):
            set_cell_width(c, widths[ci])
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    hr = table.rows[0]
    header_repeat(hr)
    for ci, h in enumerate(heads):
        cell_text(hr.cells[ci], [h], 12, False, WD_ALIGN_PARAGRAPH.CENTER, HT)

    C = WD_ALIGN_PARAGRAPH.CENTER
    L = WD_ALIGN_PARAGRAPH.JUSTIFY
    ri = 1
    n = 0
    leader_runs = []  # (start_row, end_row, leaders)
    for si, stitle in enumerate(SECTIONS):
        tasks = [t for t in T if t["sec"] == si]
        row = table.rows[ri]
        m = row.cells[0].merge(row.cells[6])
        cell_text(m, [f"{stitle}（{len(tasks)}项）"], 12, False, WD_ALIGN_PARAGRAPH.LEFT, HT)
        ri += 1
        for t in tasks:
            n += 1
            labels = ["工作任务"] + (["年度目标"] if t["target"] else []) + ["具体举措"]
            contents = [[t["text"]]] + ([[t["target"]]] if t["target"] else []) + [t["measures"]]
            top, bot = ri, ri + len(labels) - 1
            for k, (lab, cont) in enumerate(zip(labels, contents)):
                r = table.rows[ri + k]
                cell_text(r.cells[1], [lab], 10.5, False, C)
                cell_text(r.cells[2], cont, 10.5, lab == "工作任务", L)
            for ci in (0, 4, 5, 6):
                a = table.cell(top, ci).merge(table.cell(bot, ci))
                if ci == 0:
                    cell_text(a, [str(n)], 10.5, False, C)
                elif ci == 4:
                    cell_text(a, t["lead"], 10.5, False, C)
                elif ci == 5:
                    cell_text(a, ["、".join(t["coop"])] if t["coop"] else [""], 10.5, False, L)
                else:
                    cell_text(a, [t["deadline"]], 10.5, False, C)
            if leader_runs and leader_runs[-1][2] == t["leaders"] and leader_runs[-1][1] == top - 1:
                leader_runs[-1][1] = bot
            else:
                leader_runs.append([top, bot, t["leaders"]])
            ri = bot + 1
    assert ri == nrows
    for top, bot, leaders in leader_runs:
        a = table.cell(top, 3).merge(table.cell(bot, 3)) if bot > top else table.cell(top, 3)
        cell_text(a, [pad_name(x) for x in leaders], 10.5, False, C)

    p = para(doc, "注：年度目标中的量化指标以统计部门最终核定数据为准；完成时限为“持续推进”的，"
                  "按年度推进、长期坚持。", FS, 12, line=20, space_before=6)

    # ---- portrait 版记 page
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Mm(210), Mm(297)
    sec3.top_margin, sec3.bottom_margin = Mm(37), Mm(35)
    sec3.left_margin, sec3.right_margin = Mm(28), Mm(26)
    page_footer(sec3)
    for _ in range(14):
        para(doc, "", line=28)
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = bj.cell(0, 0)
    cell_text(c, ["抄送：县委各部门，县人大常委会办公室，县政协办公室，", "　　　县法院，县检察院。"], 14, line=24)
    c.paragraphs[0].paragraph_format.left_indent = Pt(14)
    c = bj.cell(1, 0)
    cell_text(c, ["沭岚县人民政府办公室　　　　　　2025年3月18日印发"], 14, line=24)
    c.paragraphs[0].paragraph_format.left_indent = Pt(14)
    for c in bj.columns[0].cells:
        c.width = Mm(156)
    for rr, top_b in ((0, True), (1, True)):
        tcpr = bj.cell(rr, 0)._tc.get_or_add_tcPr()
        b = OxmlElement("w:tcBorders")
        for side, sz in (("top", "8" if rr else "12"), ("bottom", "12" if rr else "8")):
            e = OxmlElement(f"w:{side}")
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), sz)
            e.set(qn("w:color"), "000000")
            b.append(e)
        for side in ("left", "right"):
            e = OxmlElement(f"w:{side}")
            e.set(qn("w:val"), "nil")
            b.append(e)
        tcpr.append(b)

    cp = doc.core_properties
    cp.author = "县政府办公室"
    cp.last_modified_by = "Administrator"
    cp.title = ""
    cp.revision = 3
    fixed = datetime.datetime(2025, 3, 18, 9, 30, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    return doc


def deterministic_bytes(doc):
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 18, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))
    return out.getvalue()


def main():
    assert 25 <= len(T) <= 60
    doc = build()
    with open(NOTICE, "wb") as f:
        f.write(deterministic_bytes(doc))
    with open(GOLD, "w", encoding="utf-8") as f:
        f.write(gold_lines())
    print(f"wrote {NOTICE} and {GOLD} ({len(T)} tasks)")


if __name__ == "__main__":
    main()
