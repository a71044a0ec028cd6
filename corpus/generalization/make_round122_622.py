#!/usr/bin/env python3
"""Round 122, notice 622 (control case).

A 省人民政府办公厅 notice as its provincial portal serves it on the 政府信息公开
article page: meta tags, header nav, breadcrumb, the 索引号/主题分类/发文机关/
成文日期/文号 info table, 【字体：大 中 小】 bar, the TRS editor body, 附件下载,
相关链接 and the footer.  The body holds the cover (主送, 一、–三、 with the lead
rule, 落款, date, 此件公开发布) and then the 分工方案 in the State Council style:
`一、` / `（一）` headings, tasks `1.`–`37.` numbered straight through, each
closing with `（A、B牵头，C、D按职责分工负责）` and no leaders.

Writes (deterministically, no timestamps):
  622_langchuan_sheng_gzbg_zhongdian_gongzuo_fengong_xxgk.html
  622_langchuan_sheng_gzbg_zhongdian_gongzuo_fengong_xxgk.tasks.gold.jsonl
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "622_langchuan_sheng_gzbg_zhongdian_gongzuo_fengong_xxgk"

TITLE = "琅川省人民政府办公厅关于印发2025年《政府工作报告》重点工作分工方案的通知"
WENHAO = "琅政办发〔2025〕5号"

# ---------------------------------------------------------------------------
# The 分工方案.  Each task: (id, marker, text-before-clause, clause(s) as
# printed, layout, gold units).  `layout` says how the paragraph is written in
# the HTML ("p" plain, "span" clause in a 楷体 span, "split" clause cut over two
# spans, "ownp" clause in a <p> of its own, "nbsp" &nbsp; before the clause).
# Gold: (responsible, lead, coop, deadline) written by hand from the printed
# clause and the cover's rule (标明“牵头”的为牵头单位；其他为配合单位；
# 未标明牵头单位的，排在第一位的为牵头单位).
# ---------------------------------------------------------------------------

PARTS = []   # list of ("h1", text) | ("h2", text) | ("task", dict)


def h1(t):
    PARTS.append(("h1", t))


def h2(t):
    PARTS.append(("h2", t))


def task(num, text, clause, resp, lead, coop, deadline=None, layout="span",
         marker=None):
    PARTS.append(("task", dict(id=str(num), marker=marker or f"{num}.",
                               text=text, clause=clause, resp=resp, lead=lead,
                               coop=coop, deadline=deadline, layout=layout)))


h1("一、2025年经济社会发展主要预期目标")
task(1,
     "全省地区生产总值增长5.5%左右，一般公共预算收入增长4%左右，规模以上工业增加值增长7%左右，"
     "固定资产投资增长5%左右，社会消费品零售总额增长5.5%左右；城乡居民人均可支配收入增长与经济增长同步；"
     "城镇新增就业40万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅2%左右；粮食产量稳定在1250万吨以上；"
     "单位地区生产总值能耗和二氧化碳排放完成国家下达的目标任务。",
     "（省发展改革委、省财政厅牵头，省有关部门和各市州人民政府按职责分工负责）",
     ["省发展改革委", "省财政厅", "省有关部门", "各市州人民政府"],
     ["省发展改革委", "省财政厅"], ["省有关部门", "各市州人民政府"])

h1("二、2025年重点工作")
h2("（一）着力扩大有效需求，推动经济持续回升向好。")
task(2,
     "大力提振消费。实施提振消费专项行动，加力扩围实施消费品以旧换新，支持汽车、家电、家装厨卫等大宗消费，"
     "培育文旅、体育、养老、托育等服务消费新增长点，开展“琅川好物”系列促消费活动。",
     "（省商务厅牵头，省发展改革委、省财政厅、省文化和旅游厅、省体育局、省民政厅按职责分工负责）",
     ["省商务厅", "省发展改革委", "省财政厅", "省文化和旅游厅", "省体育局", "省民政厅"],
     ["省商务厅"], ["省发展改革委", "省财政厅", "省文化和旅游厅", "省体育局", "省民政厅"])
task(3,
     "扩大有效投资。全年实施省重点项目1200个以上、完成年度投资4000亿元以上，用好超长期特别国债和地方政府专项债券，"
     "加强项目前期工作和用地、用能、环评等要素保障。",
     "（省发展改革委牵头，省财政厅、省自然资源厅、省生态环境厅、省住房城乡建设厅按职责分工负责）",
     ["省发展改革委", "省财政厅", "省自然资源厅", "省生态环境厅", "省住房城乡建设厅"],
     ["省发展改革委"], ["省财政厅", "省自然资源厅", "省生态环境厅", "省住房城乡建设厅"])
task(4,
     "激发民间投资活力。常态化向民间资本推介重大项目不少于300个，规范实施政府和社会资本合作新机制，"
     "支持民间资本参与交通、水利、新型基础设施等领域建设。",
     "（省发展改革委、省工商联牵头，省财政厅、省住房城乡建设厅，省交通运输厅、省水利厅按职责分工负责）",
     ["省发展改革委", "省工商联", "省财政厅", "省住房城乡建设厅", "省交通运输厅", "省水利厅"],
     ["省发展改革委", "省工商联"], ["省财政厅", "省住房城乡建设厅", "省交通运输厅", "省水利厅"])
task(5,
     "稳定外贸外资。实施外贸主体培育行动，支持企业开拓多元化市场，推动跨境电商综合试验区扩容提质；"
     "落实外资准入负面清单，全年实际使用外资增长5%以上。",
     "（省商务厅牵头，人民银行琅川省分行、琅州海关、省贸促会按职责分工负责）",
     ["省商务厅", "人民银行琅川省分行", "琅州海关", "省贸促会"],
     ["省商务厅"], ["人民银行琅川省分行", "琅州海关", "省贸促会"])

h2("（二）加快构建现代化产业体系，培育发展新质生产力。")
task(6,
     "推进制造业高端化智能化绿色化发展。实施制造业重点产业链高质量发展行动，推动1000家以上规模以上工业企业数字化改造，"
     "新增国家级专精特新“小巨人”企业30家以上。",
     "（省工业和信息化厅牵头，省发展改革委、省科技厅、省财政厅按职责分工负责）",
     ["省工业和信息化厅", "省发展改革委", "省科技厅", "省财政厅"],
     ["省工业和信息化厅"], ["省发展改革委", "省科技厅", "省财政厅"])
task(7,
     "培育壮大战略性新兴产业和未来产业。聚焦新能源、新材料、生物医药、低空经济等领域，"
     "布局建设一批省级未来产业先导区。",
     "（省发展改革委、省工业和信息化厅牵头，省科技厅、省数据局、省能源局按职责分工负责）",
     ["省发展改革委", "省工业和信息化厅", "省科技厅", "省数据局", "省能源局"],
     ["省发展改革委", "省工业和信息化厅"], ["省科技厅", "省数据局", "省能源局"])
task(8,
     "加快发展数字经济。深入实施“数据要素×”行动，新建5G基站1.2万个，推进全省一体化算力网络建设，"
     "数字经济核心产业增加值增长10%以上。",
     "（省数据局牵头，省委网信办、省工业和信息化厅、省通信管理局按职责分工负责）",
     ["省数据局", "省委网信办", "省工业和信息化厅", "省通信管理局"],
     ["省数据局"], ["省委网信办", "省工业和信息化厅", "省通信管理局"],
     layout="split")
task(9,
     "推动现代服务业提质增效。推进现代服务业同先进制造业、现代农业深度融合，"
     "大力发展现代物流、科技服务、金融服务等生产性服务业。",
     "（省发展改革委牵头，省商务厅、省交通运输厅、省委金融办按职责分工负责）",
     ["省发展改革委", "省商务厅", "省交通运输厅", "省委金融办"],
     ["省发展改革委"], ["省商务厅", "省交通运输厅", "省委金融办"])

h2("（三）深入实施科教兴省战略，增强创新发展动能。")
task(10,
     "强化科技创新平台建设。加快建设琅江实验室，新建省重点实验室、技术创新中心20家以上，"
     "争取更多国家级创新平台在我省布局。",
     "（省科技厅牵头，省发展改革委、省教育厅、省工业和信息化厅按职责分工负责）",
     ["省科技厅", "省发展改革委", "省教育厅", "省工业和信息化厅"],
     ["省科技厅"], ["省发展改革委", "省教育厅", "省工业和信息化厅"])
task(11,
     "强化企业科技创新主体地位。落实研发费用加计扣除等政策，全社会研发经费投入增长10%以上，"
     "高新技术企业数量突破8000家。",
     "（省科技厅负责）",
     ["省科技厅"], ["省科技厅"], [])
task(12,
     "办好人民满意的教育。实施基础教育扩优提质行动，新建改扩建公办幼儿园和中小学校150所，"
     "推进“双一流”和高水平大学建设，加快职业教育产教融合。",
     "（省教育厅牵头，省发展改革委、省财政厅、省人力资源社会保障厅、省住房城乡建设厅按职责分工负责）",
     ["省教育厅", "省发展改革委", "省财政厅", "省人力资源社会保障厅", "省住房城乡建设厅"],
     ["省教育厅"], ["省发展改革委", "省财政厅", "省人力资源社会保障厅", "省住房城乡建设厅"],
     layout="nbsp")
task(13,
     "加强人才队伍建设。深入实施“琅川英才”计划，引进培育高层次人才和急需紧缺人才，"
     "新培养高技能人才5万人以上。",
     "（省人力资源社会保障厅、省科技厅、省教育厅按职责分工负责）",
     ["省人力资源社会保障厅", "省科技厅", "省教育厅"],
     ["省人力资源社会保障厅"], ["省科技厅", "省教育厅"])

h2("（四）深化重点领域改革，持续优化营商环境。")
task(14,
     "持续优化营商环境。深化“高效办成一件事”改革，推进涉企审批事项“一网通办”，"
     "开展营商环境评价和“局长走流程”活动。",
     "（省发展改革委牵头，省政务服务中心、省市场监管局、省司法厅按职责分工负责）",
     ["省发展改革委", "省政务服务中心", "省市场监管局", "省司法厅"],
     ["省发展改革委"], ["省政务服务中心", "省市场监管局", "省司法厅"])
task(15,
     "深化国资国企改革。深入实施国有企业改革深化提升行动，推动省属国有资本向重要行业和关键领域集中，"
     "完善中国特色现代企业制度。",
     "（省国资委负责）",
     ["省国资委"], ["省国资委"], [])
task(16,
     "促进民营经济发展壮大。全面落实支持民营经济发展各项政策，开展清理拖欠企业账款专项行动，"
     "依法保护民营企业产权和企业家权益。",
     "（省发展改革委、省工业和信息化厅牵头，省财政厅、省市场监管局、省工商联按职责分工负责）",
     ["省发展改革委", "省工业和信息化厅", "省财政厅", "省市场监管局", "省工商联"],
     ["省发展改革委", "省工业和信息化厅"], ["省财政厅", "省市场监管局", "省工商联"])
task(17,
     "深化财税金融体制改革。推进省以下财政体制改革，加强财政资源统筹，深化零基预算改革；"
     "推动金融机构加大对实体经济的支持力度，力争新增直接融资800亿元以上。",
     "（省财政厅、省委金融办牵头，省税务局、人民银行琅川省分行、国家金融监督管理总局琅川监管局按职责分工负责）",
     ["省财政厅", "省委金融办", "省税务局", "人民银行琅川省分行", "国家金融监督管理总局琅川监管局"],
     ["省财政厅", "省委金融办"], ["省税务局", "人民银行琅川省分行", "国家金融监督管理总局琅川监管局"],
     marker="17．")

h2("（五）全面推进乡村振兴，加快建设农业强省。")
task(18,
     "毫不放松抓好粮食生产。稳定粮食播种面积，新建和改造提升高标准农田150万亩，"
     "落实粮食种植收益保障政策，确保粮食总产量稳定在1250万吨以上。",
     "（省农业农村厅牵头，省发展改革委、省财政厅、省自然资源厅、省水利厅、省粮食和物资储备局按职责分工负责）",
     ["省农业农村厅", "省发展改革委", "省财政厅", "省自然资源厅", "省水利厅", "省粮食和物资储备局"],
     ["省农业农村厅"], ["省发展改革委", "省财政厅", "省自然资源厅", "省水利厅", "省粮食和物资储备局"])
task(19,
     "巩固拓展脱贫攻坚成果。健全防止返贫致贫监测和帮扶机制，守住不发生规模性返贫致贫底线，"
     "脱贫人口务工规模稳定在120万人以上。",
     "（省农业农村厅牵头，省民政厅、省人力资源社会保障厅、省医保局，各市州人民政府按职责分工负责）",
     ["省农业农村厅", "省民政厅", "省人力资源社会保障厅", "省医保局", "各市州人民政府"],
     ["省农业农村厅"], ["省民政厅", "省人力资源社会保障厅", "省医保局", "各市州人民政府"],
     layout="ownp")
task(20,
     "建设宜居宜业和美乡村。深入推进农村人居环境整治提升，农村卫生厕所普及率达到80%，"
     "完成500个行政村生活污水治理。",
     "（省农业农村厅、省住房城乡建设厅牵头，省生态环境厅、省交通运输厅、省水利厅按职责分工负责）",
     ["省农业农村厅", "省住房城乡建设厅", "省生态环境厅", "省交通运输厅", "省水利厅"],
     ["省农业农村厅", "省住房城乡建设厅"], ["省生态环境厅", "省交通运输厅", "省水利厅"])

h2("（六）推进新型城镇化和区域协调发展，优化发展空间布局。")
task(21,
     "深入推进以人为本的新型城镇化。推动符合条件的农业转移人口落户城镇，"
     "推进基本公共服务由常住地提供，常住人口城镇化率提高1个百分点。",
     "（省发展改革委牵头，省公安厅、省住房城乡建设厅、省人力资源社会保障厅、省教育厅按职责分工负责）",
     ["省发展改革委", "省公安厅", "省住房城乡建设厅", "省人力资源社会保障厅", "省教育厅"],
     ["省发展改革委"], ["省公安厅", "省住房城乡建设厅", "省人力资源社会保障厅", "省教育厅"])
task(22,
     "实施城市更新行动。新开工改造城镇老旧小区1500个，推进城中村改造和危旧房改造，"
     "新建改造城市燃气、供排水等地下管网2000公里。",
     "（省住房城乡建设厅牵头，省发展改革委、省财政厅按职责分工负责；2025年10月底前完成年度开工任务）",
     ["省住房城乡建设厅", "省发展改革委", "省财政厅"],
     ["省住房城乡建设厅"], ["省发展改革委", "省财政厅"],
     deadline="2025年10月底前完成年度开工任务")
task(23,
     "加快综合交通运输体系建设。建成琅州至云岫高速公路，加快沿江高铁琅川段建设，"
     "推进琅州机场改扩建和内河航道提等升级。",
     "（省交通运输厅牵头，省发展改革委、省自然资源厅、省财政厅按职责分工负责）",
     ["省交通运输厅", "省发展改革委", "省自然资源厅", "省财政厅"],
     ["省交通运输厅"], ["省发展改革委", "省自然资源厅", "省财政厅"])
task(24,
     "推进水利基础设施建设。加快推进青岚水库、云岫引水等重大水利工程建设",
     "（省水利厅牵头，省发展改革委按职责分工负责）。实施中小河流治理和病险水库除险加固，"
     "提升防洪排涝能力（省水利厅、省应急管理厅按职责分工负责）",
     ["省水利厅", "省发展改革委", "省应急管理厅"],
     ["省水利厅"], ["省发展改革委", "省应急管理厅"],
     layout="two")
task(25,
     "推动区域协调发展。支持琅州都市圈扩容提质，推动东部山区、西部湖区各扬所长、协同发展，"
     "深化与周边省份交流合作。",
     "（省发展改革委牵头，省有关部门和各市州人民政府按职责分工负责）",
     ["省发展改革委", "省有关部门", "各市州人民政府"],
     ["省发展改革委"], ["省有关部门", "各市州人民政府"])

h2("（七）加强生态文明建设，推动绿色低碳发展。")
task(26,
     "持续深入打好污染防治攻坚战。深入实施空气质量持续改善行动，加强重点流域水环境综合治理，"
     "推进土壤污染源头防控，地级城市空气质量优良天数比率达到90%以上。",
     "（省生态环境厅牵头，省发展改革委、省工业和信息化厅、省住房城乡建设厅、省农业农村厅按职责分工负责）",
     ["省生态环境厅", "省发展改革委", "省工业和信息化厅", "省住房城乡建设厅", "省农业农村厅"],
     ["省生态环境厅"], ["省发展改革委", "省工业和信息化厅", "省住房城乡建设厅", "省农业农村厅"])
task(27,
     "积极稳妥推进碳达峰碳中和。有序推进重点行业节能降碳改造，加快新能源开发利用，"
     "新增新能源装机300万千瓦以上。",
     "（省发展改革委、省生态环境厅牵头，省能源局、省工业和信息化厅按职责分工负责）",
     ["省发展改革委", "省生态环境厅", "省能源局", "省工业和信息化厅"],
     ["省发展改革委", "省生态环境厅"], ["省能源局", "省工业和信息化厅"])
task(28,
     "加强生态保护修复。统筹推进山水林田湖草沙一体化保护和系统治理，全面推行林长制，"
     "完成营造林200万亩。",
     "（省林业局、省自然资源厅牵头，省生态环境厅、省水利厅按职责分工负责）",
     ["省林业局", "省自然资源厅", "省生态环境厅", "省水利厅"],
     ["省林业局", "省自然资源厅"], ["省生态环境厅", "省水利厅"])

h2("（八）切实保障和改善民生，不断增进人民福祉。")
task(29,
     "千方百计稳定和扩大就业。落实就业优先政策，统筹抓好高校毕业生、农民工、退役军人等重点群体就业，"
     "开展职业技能培训30万人次以上。",
     "（省人力资源社会保障厅牵头，省教育厅、省财政厅、省退役军人事务厅、省农业农村厅按职责分工负责）",
     ["省人力资源社会保障厅", "省教育厅", "省财政厅", "省退役军人事务厅", "省农业农村厅"],
     ["省人力资源社会保障厅"], ["省教育厅", "省财政厅", "省退役军人事务厅", "省农业农村厅"])
task(30,
     "健全社会保障体系。稳步提高城乡居民基础养老金，推进基本医疗保险省级统筹，"
     "完善社会救助和养老服务体系。",
     "（省人力资源社会保障厅会同省医保局、省民政厅、省财政厅负责）",
     ["省人力资源社会保障厅", "省医保局", "省民政厅", "省财政厅"],
     ["省人力资源社会保障厅"], ["省医保局", "省民政厅", "省财政厅"])
task(31,
     "推进健康琅川建设。深化医药卫生体制改革，推进紧密型县域医共体建设，"
     "新建省级区域医疗中心2个，提升基层医疗卫生服务能力。",
     "（省卫生健康委牵头，省医保局、省药监局、省发展改革委按职责分工负责）",
     ["省卫生健康委", "省医保局", "省药监局", "省发展改革委"],
     ["省卫生健康委"], ["省医保局", "省药监局", "省发展改革委"])
task(32,
     "繁荣发展文化事业和文化产业。推进文化惠民工程，加强历史文化遗产保护传承，"
     "推动文旅深度融合发展，接待游客人次增长8%以上。",
     "（省委宣传部、省文化和旅游厅牵头，省广电局、省财政厅按职责分工负责）",
     ["省委宣传部", "省文化和旅游厅", "省广电局", "省财政厅"],
     ["省委宣传部", "省文化和旅游厅"], ["省广电局", "省财政厅"])
task(33,
     "办好省政府十件民生实事。聚焦“一老一小”、就业、教育、医疗、住房等群众急难愁盼问题，"
     "确保民生实事项目按期完成、群众满意。",
     "（省政府办公厅牵头，省有关部门和各市州人民政府按职责分工负责）",
     ["省政府办公厅", "省有关部门", "各市州人民政府"],
     ["省政府办公厅"], ["省有关部门", "各市州人民政府"])

h2("（九）统筹发展和安全，维护社会和谐稳定。")
task(34,
     "防范化解重点领域风险。稳妥有序推进地方中小金融机构改革化险，防范化解地方政府债务风险，"
     "推动房地产市场止跌回稳。",
     "（省委金融办、省财政厅、省住房城乡建设厅牵头，人民银行琅川省分行、国家金融监督管理总局琅川监管局按职责分工负责）",
     ["省委金融办", "省财政厅", "省住房城乡建设厅", "人民银行琅川省分行", "国家金融监督管理总局琅川监管局"],
     ["省委金融办", "省财政厅", "省住房城乡建设厅"], ["人民银行琅川省分行", "国家金融监督管理总局琅川监管局"])
task(35,
     "抓好安全生产和防灾减灾救灾。深入推进安全生产治本攻坚三年行动，加强自然灾害监测预警和应急救援能力建设，"
     "坚决遏制重特大事故发生。",
     "（省应急管理厅牵头，省公安厅、省交通运输厅、省住房城乡建设厅、省消防救援总队按职责分工负责）",
     ["省应急管理厅", "省公安厅", "省交通运输厅", "省住房城乡建设厅", "省消防救援总队"],
     ["省应急管理厅"], ["省公安厅", "省交通运输厅", "省住房城乡建设厅", "省消防救援总队"])
task(36,
     "加强和创新社会治理。坚持和发展新时代“枫桥经验”，深化信访工作法治化，"
     "推进常态化扫黑除恶斗争，建设更高水平的平安琅川。",
     "（省委政法委、省公安厅牵头，省司法厅、省信访局、省民政厅按职责分工负责）",
     ["省委政法委", "省公安厅", "省司法厅", "省信访局", "省民政厅"],
     ["省委政法委", "省公安厅"], ["省司法厅", "省信访局", "省民政厅"])

h1("三、全面加强政府自身建设")
task(37,
     "坚持依法行政、从严治政。严格执行重大行政决策程序，深化政务公开，持续纠治形式主义、官僚主义，"
     "切实为基层减负，认真落实过紧日子要求。",
     "（省司法厅、省政府办公厅牵头，省政府各部门按职责分工负责）",
     ["省司法厅", "省政府办公厅", "省政府各部门"],
     ["省司法厅", "省政府办公厅"], ["省政府各部门"])

# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

P = '<p style="text-indent: 2em; line-height: 2em; margin-top: 0px; margin-bottom: 0px;">'
P0 = '<p style="text-indent: 2em; line-height: 2em; margin-top: 0px; margin-bottom: 0px;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">'
KAI = '<span style="font-family: 楷体_GB2312, 楷体; font-size: 16pt;">'
FS = '<span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">'
HEI = '<span style="font-family: 黑体; font-size: 16pt;">'
KAIB = '<span style="font-family: 楷体_GB2312, 楷体; font-size: 16pt;"><strong>'


def para(inner, style=P):
    return f"{style}{inner}</p>"


def fs(t):
    return f"{FS}{t}</span>"


def task_html(t):
    num = t["marker"]
    text = t["text"]
    clause = t["clause"]
    lay = t["layout"]
    lines = []
    if lay == "span":
        lines.append(para(fs(num + text) + KAI + clause + "</span>"))
    elif lay == "nbsp":
        lines.append(para(fs(num + text + "&nbsp;") + KAI + clause + "</span>"))
    elif lay == "split":
        cut = clause.index("、省工业") + 1  # the editor cut the 楷体 run after 、
        lines.append(para(fs(num + text) + KAI + clause[:cut] + "</span>"
                          + '<span style="font-family: 楷体_GB2312, 楷体; font-size: 16pt; color: rgb(0, 0, 0);">'
                          + clause[cut:] + "</span>"))
    elif lay == "ownp":
        lines.append(para(fs(num + text)))
        lines.append(para(KAI + clause + "</span>"))
    elif lay == "two":
        first, rest = clause.split("）。", 1)
        first += "）"
        second_text, second_clause = rest.split("（", 1)
        second_clause = "（" + second_clause
        lines.append(para(fs(num + text) + KAI + first + "</span>" + fs("。" + second_text)
                          + KAI + second_clause + "</span>" + fs("。")))
        return lines
    else:
        lines.append(para(fs(num + text + clause)))
    return lines


def body_html():
    out = []
    a = out.append
    a('<p style="line-height: 2em; margin-top: 0px; margin-bottom: 0px;">' + fs("各市州人民政府，省政府各部门、各直属机构：") + "</p>")
    a(para(fs("《2025年〈政府工作报告〉重点工作分工方案》已经省人民政府同意，现印发给你们，"
              "请结合实际认真抓好贯彻落实，并就有关事项通知如下：")))
    a(para(HEI + "一、提高政治站位。</span>" + fs(
        "《政府工作报告》经省十四届人大三次会议审议通过，是省人民政府向全省人民作出的庄严承诺。各地各部门要坚持以"
        "习近平新时代中国特色社会主义思想为指导，切实增强责任感和紧迫感，把落实《政府工作报告》作为全年工作的重中之重，"
        "确保各项目标任务按时保质完成。")))
    a(para(HEI + "二、压实工作责任。</span>" + fs(
        "各项工作中，标明“牵头”的单位为牵头单位，对牵头任务负总责，要会同有关单位制定具体落实措施，明确时间表、路线图；"
        "有多个牵头单位的，排在第一位的单位负责统筹协调；其他单位为配合单位，要按照职责分工主动支持、密切配合。"
        "未标明牵头单位的，排在第一位的单位为牵头单位。涉及各市州的工作，各市州人民政府要结合实际抓好落实。")))
    a(para(HEI + "三、强化督查落实。</span>" + fs(
        "各牵头单位要于每季度最后一个月的25日前，将重点工作进展情况报送省政府办公厅（省政府督查室），"
        "全年工作完成情况于12月20日前报送。省政府督查室将把《政府工作报告》重点工作落实情况纳入省政府督查检查和"
        "年度绩效考核，对工作推进不力的进行通报。")))
    a('<p style="text-indent: 2em; line-height: 2em; margin-top: 0px; margin-bottom: 0px;"><br/></p>')
    a('<p style="text-align: right; line-height: 2em; margin-top: 0px; margin-bottom: 0px;">' + fs("琅川省人民政府办公厅") + "</p>")
    a('<p style="text-align: right; line-height: 2em; margin-top: 0px; margin-bottom: 0px;">' + fs("2025年2月28日") + "</p>")
    a(para(fs("（此件公开发布）")))
    a('<p style="text-indent: 2em; line-height: 2em; margin-top: 0px; margin-bottom: 0px;"><br/></p>')
    a('<p style="text-align: center; line-height: 2em; margin-top: 0px; margin-bottom: 0px;">'
      '<span style="font-family: 方正小标宋简体, 宋体; font-size: 22pt;">2025年《政府工作报告》重点工作分工方案</span></p>')
    a('<p style="text-indent: 2em; line-height: 2em; margin-top: 0px; margin-bottom: 0px;"><br/></p>')
    a(para(fs("为全面完成省十四届人大三次会议审议通过的《政府工作报告》确定的目标任务，现对重点工作分工如下：")))
    for kind, x in PARTS:
        if kind == "h1":
            a(para(HEI + x + "</span>"))
        elif kind == "h2":
            a(para(KAIB + x + "</strong></span>"))
        else:
            out.extend(task_html(x))
    return "\n".join(out)


def page():
    body = body_html()
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="琅川省人民政府">
<meta name="SiteDomain" content="www.langchuan.gov.cn">
<meta name="SiteIDCode" content="3600000031">
<meta name="ColumnName" content="省政府办公厅文件">
<meta name="ColumnDescription" content="省政府办公厅文件">
<meta name="ColumnKeywords" content="政府信息公开,省政府办公厅文件">
<meta name="ColumnType" content="省政府办公厅文件">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2025-03-04 17:32">
<meta name="ContentSource" content="琅川省人民政府办公厅">
<meta name="Keywords" content="政府工作报告,重点工作,分工方案">
<meta name="Author" content="琅川省人民政府办公厅">
<meta name="Description" content="{TITLE}">
<meta name="Image" content="">
<meta name="Url" content="http://www.langchuan.gov.cn/art/2025/3/4/art_4968_712205.html">
<title>{TITLE}　琅政办发〔2025〕5号_省政府办公厅文件_琅川省人民政府</title>
<link rel="stylesheet" type="text/css" href="/module/xxgk/css/xxgk_detail.css">
<link rel="stylesheet" type="text/css" href="/images/1/index/css/common.css">
<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>
<script type="text/javascript" src="/module/xxgk/js/xxgk_detail.js"></script>
<!--  <meta name="ColumnName" content="政府文件"> 旧栏目 -->
</head>
<body>
<div class="topbar"><div class="w1200"><span class="fl">欢迎访问琅川省人民政府门户网站</span><span class="fr"><a href="/col/col1/index.html">无障碍浏览</a>&nbsp;|&nbsp;<a href="javascript:void(0)" id="jft">繁體</a>&nbsp;|&nbsp;<a href="/col/col5/index.html">English</a>&nbsp;|&nbsp;<a href="/col/col6/index.html">长者模式</a></span></div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/images/1/index/images/logo.png" alt="琅川省人民政府"></a>
<div class="search"><form action="/jsearchfront/search.do" method="get" target="_blank"><input type="hidden" name="websiteid" value="360000000000000"><input type="text" name="q" placeholder="请输入关键字"><input type="submit" value="搜索"></form></div></div></div>
<div class="nav"><ul class="w1200">
<li><a href="/">首页</a></li>
<li><a href="/col/col4960/index.html">要闻动态</a></li>
<li class="on"><a href="/col/col4961/index.html">政府信息公开</a></li>
<li><a href="/col/col4962/index.html">政务服务</a></li>
<li><a href="/col/col4963/index.html">政民互动</a></li>
<li><a href="/col/col4964/index.html">数据发布</a></li>
<li><a href="/col/col4965/index.html">走进琅川</a></li>
</ul></div>
<div class="w1200 main">
<div class="location">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/col/col4961/index.html">政府信息公开</a>&nbsp;&gt;&nbsp;<a href="/col/col4966/index.html">法定主动公开内容</a>&nbsp;&gt;&nbsp;<a href="/col/col4967/index.html">政府文件</a>&nbsp;&gt;&nbsp;<a href="/col/col4968/index.html">省政府办公厅文件</a></div>
<div class="xxgk_left"><div class="xxgk_tit">政府信息公开</div>
<ul class="xxgk_menu">
<li><a href="/col/col4970/index.html">信息公开指南</a></li>
<li><a href="/col/col4971/index.html">信息公开制度</a></li>
<li class="on"><a href="/col/col4966/index.html">法定主动公开内容</a></li>
<li><a href="/col/col4972/index.html">信息公开年报</a></li>
<li><a href="/col/col4973/index.html">依申请公开</a></li>
</ul></div>
<div class="xxgk_right">
<table class="xxgk_table" width="100%" border="0" cellspacing="0" cellpadding="0">
<tbody>
<tr><td class="bt">索&nbsp;引&nbsp;号：</td><td>11360000014367520X/2025-00021</td><td class="bt">主题分类：</td><td>综合政务\\其他</td></tr>
<tr><td class="bt">发文机关：</td><td>琅川省人民政府办公厅</td><td class="bt">成文日期：</td><td>2025-02-28</td></tr>
<tr><td class="bt">标&emsp;&emsp;题：</td><td colspan="3">{TITLE}</td></tr>
<tr><td class="bt">文&emsp;&emsp;号：</td><td>{WENHAO}</td><td class="bt">发布日期：</td><td>2025-03-04</td></tr>
<tr><td class="bt">有&nbsp;效&nbsp;性：</td><td>有效</td><td class="bt">体裁分类：</td><td>通知</td></tr>
</tbody>
</table>
<div class="article">
<h1 class="art_title">{TITLE}</h1>
<div class="art_info"><span>来源：琅川省人民政府办公厅</span><span>发布时间：2025-03-04 17:32</span><span class="zoom">【字体：<a href="javascript:doZoom(20)">大</a>&nbsp;<a href="javascript:doZoom(16)">中</a>&nbsp;<a href="javascript:doZoom(14)">小</a>】</span><span><a href="javascript:window.print()">打印</a></span></div>
<div class="art_wh" style="text-align:center;">{WENHAO}</div>
<div id="zoom" class="art_con">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
<div class="TRS_Editor">
{body}
</div>
<!--ZJEG_RSS.content.end--><meta name="ContentEnd">
</div>
<div class="art_fj">附件下载：<a href="/module/download/downfile.jsp?classid=0&amp;filename=a7c3e21d05f64b3c9d1e.pdf">琅政办发〔2025〕5号.pdf</a></div>
<div class="art_xgjd"><span class="tit">相关解读：</span><a href="/art/2025/3/5/art_5012_712318.html">【图解】2025年《政府工作报告》重点工作分工方案</a></div>
<div class="art_share">分享到：<a href="javascript:void(0)" class="wx">微信</a><a href="javascript:void(0)" class="wb">微博</a><a href="javascript:void(0)" class="qq">QQ空间</a><span class="ewm">扫一扫在手机打开当前页</span></div>
<div class="art_xglj"><div class="tit">相关链接</div><ul>
<li><a href="/art/2025/2/14/art_4979_709811.html">2025年琅川省人民政府工作报告</a><span>2025-02-14</span></li>
<li><a href="/art/2024/3/8/art_4968_683102.html">琅川省人民政府办公厅关于印发2024年《政府工作报告》重点工作分工方案的通知</a><span>2024-03-08</span></li>
<li><a href="/art/2025/2/21/art_4968_710457.html">琅川省人民政府办公厅关于印发琅川省2025年十件民生实事实施方案的通知</a><span>2025-02-21</span></li>
</ul></div>
</div>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="/col/col4990/index.html">网站地图</a>&nbsp;|&nbsp;<a href="/col/col4991/index.html">联系我们</a>&nbsp;|&nbsp;<a href="/col/col4992/index.html">网站声明</a></p>
<p>主办单位：琅川省人民政府办公厅&nbsp;&nbsp;&nbsp;承办单位：琅川省大数据中心</p>
<p>网站标识码：3600000031&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">琅ICP备05002018号</a>&nbsp;&nbsp;&nbsp;琅公网安备 36010202000215号</p>
<p><a href="https://bszs.conac.cn/"><img src="/images/1/index/images/dzjg.png" alt="党政机关"></a><a href="/col/col4993/index.html"><img src="/images/1/index/images/jiucuo.png" alt="政府网站找错"></a></p>
</div></div>
<script type="text/javascript">
$(function(){{ if(typeof xxgkInit=="function"){{ xxgkInit(); }} }});
function doZoom(size){{ $("#zoom *").css("font-size", size + "px"); }}
</script>
<script type="text/javascript" src="/module/visitcount/visit.js?webid=1&amp;wzid=3600000031"></script>
</body>
</html>
"""


def gold_records():
    recs = []
    for kind, x in PARTS:
        if kind != "task":
            continue
        text = x["text"]
        head = text[:12]
        recs.append({
            "id": x["id"],
            "marker": x["marker"],
            "head": head,
            "responsible_units": x["resp"],
            "lead_units": x["lead"],
            "cooperating_units": x["coop"],
            "leaders": [],
            "deadline": x["deadline"],
        })
    return recs


def main():
    html = page()
    with open(os.path.join(HERE, BASE + ".html"), "w", encoding="utf-8", newline="\n") as f:
        f.write(html)
    with open(os.path.join(HERE, BASE + ".tasks.gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in gold_records():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
