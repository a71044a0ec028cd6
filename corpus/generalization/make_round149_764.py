#!/usr/bin/python3
"""Round 149, notice 764: a county task-division notice whose responsibility is a prose sentence.

What the notice is
    苎川县人民政府办公室关于印发苎川县2025年政府工作报告重点工作任务分工方案的通知
    (苎政办发〔2025〕7号), as plain text copied from the article page of the county portal
    (navigation lines, a 发布时间/来源 line, the 索引号 box, the body with `　　` indents and a blank
    line between paragraphs, the 附件 printed inline after the 落款, the page footer).
    The 附件 has seven `一、` parts and tasks `1.`–`41.` numbered on through all of them.

    The hard point is the responsibility wording.  Every task closes with one bracket written as a
    running sentence, not as labels: the 县领导 who 协调 first, then who does what —
    `由A会同B、C负责`, `由A负责，B、C配合`, `由A、B共同负责`, `A负责X，B负责Y，C负责Z` (no 由),
    `…；涉及…的，D配合` (a conditional that adds helpers), `其中…由E负责` (an exception that, by the
    cover's rule, makes E a second lead), `各乡（镇）人民政府按属地落实`, and bodies that are only
    reported to, asked for support or asked to approve (`报县人民政府审定`, `每月向县政府督查室报送`,
    `积极争取省水利厅、市水利局项目资金支持`, `向县人大常委会报告`): these bodies are not
    responsible units.  Some unit names hold 牵头 (`各招商专班牵头单位`, `各民生实事牵头单位`).
    The cover's 二、 states the rule: the leaders named first 协调; `由×××负责` / `由×××牵头` →
    ××× leads; `由×××会同×××负责` → the first leads, the second cooperates; otherwise the first-listed
    unit leads; all other units cooperate.

Files written (in the current directory, /work/round149)
    764_zhuchuan_xian_gzbg_renwu_fengong.txt   the notice (UTF-8, no BOM, LF)
    764.tasks.gold.jsonl                        the gold, one task per line in document order

Both come from the one TASKS description below; the script checks every unit, lead and
non-responsible body against the printed clause before it writes anything.

Needs only /usr/bin/python3 (standard library).  No outside converter; output is byte-identical
on every run.
"""
import json
import re
import sys

NOTICE = "764_zhuchuan_xian_gzbg_renwu_fengong.txt"
GOLD = "764.tasks.gold.jsonl"

# County leaders (invented persons) as the clauses name them: name + post.
LEADERS = {
    "陈启航": "县长",
    "周立群": "常务副县长",
    "韩志明": "副县长",
    "田书洁": "副县长",
    "彭国栋": "副县长",
    "罗晓燕": "副县长",
    "蒋卫平": "副县长",
}

# One description of the tasks.  Per task:
#   text     the task's words after its marker, before the bracket
#   leaders  the 县领导 who 协调 (printed first in the bracket, with their posts)
#   duty     the rest of the bracket, verbatim
#   units    every responsible unit, in printed order (names as printed)
#   lead     the lead unit(s) by the cover's rule; every other unit cooperates
#   outside  bodies the bracket names that carry no responsibility (checked, not in the gold)
#   deadline as printed, or None
SECTIONS = [
    ("一、扩大有效投资，推动经济平稳健康发展", [
        dict(text="全年地区生产总值增长6%左右，规模以上工业增加值增长7.5%，固定资产投资增长8%，社会消费品零售总额增长6.5%，一般公共预算收入增长5%。",
             leaders=["陈启航", "周立群"],
             duty="由县发改局会同县统计局、县财政局、县工信局、县商务局负责，每季度向县人民政府报告主要经济指标运行情况",
             units=["县发改局", "县统计局", "县财政局", "县工信局", "县商务局"],
             lead=["县发改局"], outside=["县人民政府"]),
        dict(text="实施重点项目攻坚行动，全年实施县级重点项目120个，完成投资115亿元以上，其中新开工项目48个、竣工投产项目35个。",
             leaders=["周立群"],
             duty="由县发改局负责项目调度，县自然资源局负责用地保障，县财政局负责资金统筹，各乡（镇）人民政府、苎川经济开发区管委会按属地负责征地拆迁和施工环境保障",
             units=["县发改局", "县自然资源局", "县财政局", "各乡（镇）人民政府", "苎川经济开发区管委会"],
             lead=["县发改局"]),
        dict(text="加大向上争取力度，全年争取超长期特别国债、中央预算内投资等上级资金12亿元以上，谋划储备项目200个、总投资380亿元。",
             leaders=["周立群"],
             duty="由县发改局会同县财政局负责，县直有关单位按职责分工配合，积极对接省发展改革委、市发展改革委争取支持",
             units=["县发改局", "县财政局", "县直有关单位"],
             lead=["县发改局"], outside=["省发展改革委", "市发展改革委"]),
        dict(text="加快交通基础设施建设，推进沿江高速苎川段征迁扫尾，完成国道351线苎川绕城段改建工程28公里，新改建农村公路85公里。",
             leaders=["田书洁"],
             duty="由县交通运输局负责，县自然资源局、市生态环境局苎川分局、县林业局配合；涉及征地拆迁的，沿线各乡（镇）人民政府按属地负责；积极争取省交通运输厅、市交通运输局资金支持；2025年12月底前完成",
             units=["县交通运输局", "县自然资源局", "市生态环境局苎川分局", "县林业局", "沿线各乡（镇）人民政府"],
             lead=["县交通运输局"], outside=["省交通运输厅", "市交通运输局"],
             deadline="2025年12月底前完成"),
        dict(text="推进城区水电气网改造，完成城区老旧燃气管网改造32公里、供水管网改造18公里，新建改造10千伏配电线路46公里。",
             leaders=["田书洁"],
             duty="由县住建局负责燃气和供水管网改造，国网苎川县供电公司负责配电网建设，县城管局配合做好道路开挖审批和路面恢复",
             units=["县住建局", "国网苎川县供电公司", "县城管局"],
             lead=["县住建局"]),
        dict(text="促进消费扩容提质，开展“乐购苎川”促消费活动20场以上，落实汽车、家电以旧换新补贴政策，新增限额以上商贸企业25家。",
             leaders=["韩志明"],
             duty="县商务局负责促消费活动和限上企业培育，县财政局负责补贴资金兑付，县市场监管局负责市场秩序监管，县统计局负责入库指导",
             units=["县商务局", "县财政局", "县市场监管局", "县统计局"],
             lead=["县商务局"]),
        dict(text="激发民间投资活力，民间投资增长5%以上，向民间资本推介项目30个以上，总投资不低于60亿元。",
             leaders=["韩志明"],
             duty="由县发改局、县投资促进中心共同负责，县工信局、县商务局配合",
             units=["县发改局", "县投资促进中心", "县工信局", "县商务局"],
             lead=["县发改局", "县投资促进中心"]),
    ]),
    ("二、壮大实体经济，加快产业转型升级", [
        dict(text="做强新材料主导产业，推动年产5万吨锂电正极材料项目二期投产，新材料产业产值突破160亿元。",
             leaders=["韩志明"],
             duty="由苎川经济开发区管委会会同县工信局负责，县发改局、县自然资源局、市生态环境局苎川分局按职责做好要素保障",
             units=["苎川经济开发区管委会", "县工信局", "县发改局", "县自然资源局", "市生态环境局苎川分局"],
             lead=["苎川经济开发区管委会"]),
        dict(text="实施工业技改提升行动，实施技改项目40个，完成技改投资30亿元，新增规模以上工业企业20家。",
             leaders=["韩志明"],
             duty="由县工信局负责，县统计局、县税务局配合；苎川经济开发区内的项目，苎川经济开发区管委会负责具体推进",
             units=["县工信局", "县统计局", "县税务局", "苎川经济开发区管委会"],
             lead=["县工信局"]),
        dict(text="培育壮大创新主体，新认定高新技术企业15家、省级专精特新中小企业8家，全社会研发经费投入强度达到2.1%。",
             leaders=["韩志明"],
             duty="由县科技局负责高新技术企业培育，县工信局负责专精特新企业培育，县统计局配合做好研发投入统计",
             units=["县科技局", "县工信局", "县统计局"],
             lead=["县科技局"]),
        dict(text="推动文旅深度融合，创建国家4A级旅游景区1家，全年接待游客680万人次，实现旅游综合收入62亿元。",
             leaders=["罗晓燕"],
             duty="由县文旅局负责，县发改局、县自然资源局、县交通运输局配合，相关乡（镇）人民政府按属地做好景区周边环境整治",
             units=["县文旅局", "县发改局", "县自然资源局", "县交通运输局", "相关乡（镇）人民政府"],
             lead=["县文旅局"]),
        dict(text="加快发展数字经济，新建5G基站180个，推动50家规上工业企业“上云用数赋智”，数字经济核心产业营业收入增长12%。",
             leaders=["韩志明"],
             duty="县工信局、县数据局按职责分工负责，中国电信苎川分公司、中国移动苎川分公司、中国联通苎川分公司配合做好基站建设",
             units=["县工信局", "县数据局", "中国电信苎川分公司", "中国移动苎川分公司", "中国联通苎川分公司"],
             lead=["县工信局"]),
        dict(text="提升现代服务业水平，建成县域物流分拨中心1个，快递进村覆盖率达到100%，新增电商经营主体300家。",
             leaders=["韩志明"],
             duty="由县商务局会同县交通运输局、县邮政分公司负责，其中县域物流分拨中心建设由县供销合作社联合社负责",
             units=["县商务局", "县交通运输局", "县邮政分公司", "县供销合作社联合社"],
             lead=["县商务局", "县供销合作社联合社"]),
        dict(text="强化金融服务实体经济，全年新增各项贷款45亿元，普惠小微贷款增长15%以上，力争1家企业在新三板挂牌。",
             leaders=["周立群"],
             duty="由县金融服务中心负责，国家金融监督管理总局苎川监管支局、县内各银行业金融机构配合；企业挂牌培育工作由县金融服务中心会同苎川经济开发区管委会负责",
             units=["县金融服务中心", "国家金融监督管理总局苎川监管支局", "县内各银行业金融机构", "苎川经济开发区管委会"],
             lead=["县金融服务中心"]),
    ]),
    ("三、深化改革开放，持续优化营商环境", [
        dict(text="深化“高效办成一件事”改革，年内推出“一件事”集成服务30项，政务服务事项网上可办率达到98%以上。",
             leaders=["周立群"],
             duty="由县行政审批局会同县数据局负责，县直有关单位按职责配合，集成服务事项清单报县人民政府审定后公布，2025年6月底前完成",
             units=["县行政审批局", "县数据局", "县直有关单位"],
             lead=["县行政审批局"], outside=["县人民政府"],
             deadline="2025年6月底前完成"),
        dict(text="深化国资国企改革，完成县属国有企业整合重组，县城投公司资产总额突破200亿元，力争主体信用评级提升至AA+。",
             leaders=["周立群"],
             duty="由县财政局（县国资中心）负责，县城投公司具体实施，重组方案报县委、县政府审定",
             units=["县财政局（县国资中心）", "县城投公司"],
             lead=["县财政局（县国资中心）"], outside=["县委", "县政府"]),
        dict(text="加大招商引资力度，全年引进亿元以上项目60个，其中10亿元以上项目6个，实际到位县外资金150亿元。",
             leaders=["陈启航", "韩志明"],
             duty="由县投资促进中心负责，各招商专班牵头单位、各乡（镇）人民政府、苎川经济开发区管委会按职责分工负责",
             units=["县投资促进中心", "各招商专班牵头单位", "各乡（镇）人民政府", "苎川经济开发区管委会"],
             lead=["县投资促进中心"]),
        dict(text="持续优化营商环境，开展涉企违规收费专项整治，全面推行“综合查一次”，涉企行政检查次数下降30%以上。",
             leaders=["周立群"],
             duty="由县发改局会同县市场监管局、县司法局负责；涉及行政执法检查的，县直各行政执法部门按职责配合",
             units=["县发改局", "县市场监管局", "县司法局", "县直各行政执法部门"],
             lead=["县发改局"]),
        dict(text="稳住外贸外资基本盘，全年实现进出口总额18亿元，实际使用外资1500万美元，新增有进出口实绩企业12家。",
             leaders=["韩志明"],
             duty="县商务局负责，县税务局做好出口退税服务，积极争取市商务局外贸主体培育政策支持",
             units=["县商务局", "县税务局"],
             lead=["县商务局"], outside=["市商务局"]),
    ]),
    ("四、全面推进乡村振兴，促进城乡融合发展", [
        dict(text="稳定粮食生产，粮食播种面积稳定在68万亩以上、总产量27万吨以上，新建高标准农田3.5万亩。",
             leaders=["彭国栋"],
             duty="各乡（镇）人民政府按属地负责粮食生产，县农业农村局负责业务指导和高标准农田建设，县财政局、县自然资源局、县水利局配合",
             units=["各乡（镇）人民政府", "县农业农村局", "县财政局", "县自然资源局", "县水利局"],
             lead=["各乡（镇）人民政府"]),
        dict(text="巩固拓展脱贫攻坚成果，落实防止返贫致贫监测帮扶机制，脱贫人口人均纯收入增长8%以上，坚决守住不发生规模性返贫致贫底线。",
             leaders=["彭国栋"],
             duty="由县农业农村局负责，县人社局、县教体局、县卫健局、县医保局、县住建局、县民政局按职责分工负责，各乡（镇）人民政府抓好落实",
             units=["县农业农村局", "县人社局", "县教体局", "县卫健局", "县医保局", "县住建局", "县民政局", "各乡（镇）人民政府"],
             lead=["县农业农村局"]),
        dict(text="发展特色现代农业，新建标准化茶园1.2万亩，培育县级以上农业产业化龙头企业6家，新认证“三品一标”农产品10个。",
             leaders=["彭国栋"],
             duty="由县农业农村局会同县林业局负责，其中茶产业发展由县茶产业发展中心负责",
             units=["县农业农村局", "县林业局", "县茶产业发展中心"],
             lead=["县农业农村局", "县茶产业发展中心"]),
        dict(text="建设宜居宜业和美乡村，创建省级和美乡村示范村8个，农村卫生厕所普及率达到92%，农村生活污水治理率达到45%。",
             leaders=["彭国栋"],
             duty="由县农业农村局负责，市生态环境局苎川分局负责农村生活污水治理，县住建局、县卫健局配合，各乡（镇）人民政府按属地落实",
             units=["县农业农村局", "市生态环境局苎川分局", "县住建局", "县卫健局", "各乡（镇）人民政府"],
             lead=["县农业农村局"]),
        dict(text="加强水利基础设施建设，完成病险水库除险加固6座，实施中小河流治理18公里，新增农村规模化供水覆盖人口2.6万人。",
             leaders=["彭国栋"],
             duty="由县水利局负责，县财政局、县发改局配合，涉及项目用地报批的，县自然资源局配合；积极争取省水利厅、市水利局项目资金支持",
             units=["县水利局", "县财政局", "县发改局", "县自然资源局"],
             lead=["县水利局"], outside=["省水利厅", "市水利局"]),
        dict(text="深化农村综合改革，稳妥推进第二轮土地承包到期后再延长30年试点，集体经济经营性收入10万元以上的村占比达到60%。",
             leaders=["彭国栋"],
             duty="由县农业农村局、县委组织部共同负责，县财政局、县自然资源局配合",
             units=["县农业农村局", "县委组织部", "县财政局", "县自然资源局"],
             lead=["县农业农村局", "县委组织部"]),
        dict(text="推进以县城为重要载体的新型城镇化，常住人口城镇化率提高1.2个百分点，改造城镇老旧小区26个、惠及居民3100户，建成城中村改造安置房1800套。",
             leaders=["田书洁"],
             duty="由县住建局负责，县发改局、县财政局、县自然资源局配合；城中村改造安置房建设由县城投公司负责，苎城镇人民政府、东关镇人民政府按属地负责征收安置",
             units=["县住建局", "县发改局", "县财政局", "县自然资源局", "县城投公司", "苎城镇人民政府", "东关镇人民政府"],
             lead=["县住建局", "县城投公司"]),
    ]),
    ("五、加强生态环境保护，建设美丽苎川", [
        dict(text="深入打好蓝天保卫战，城区PM2.5平均浓度控制在32微克/立方米以内，空气质量优良天数比例达到88%以上。",
             leaders=["周立群"],
             duty="由市生态环境局苎川分局负责，县住建局、县交通运输局、县公安局、县城管局、县工信局按职责分工负责，各乡（镇）人民政府按属地落实；每月向县政府督查室报送工作进展",
             units=["市生态环境局苎川分局", "县住建局", "县交通运输局", "县公安局", "县城管局", "县工信局", "各乡（镇）人民政府"],
             lead=["市生态环境局苎川分局"], outside=["县政府督查室"]),
        dict(text="深入打好碧水保卫战，国省控断面水质优良比例保持100%，县城污水处理率达到97%，完成入河排污口整治42个。",
             leaders=["周立群"],
             duty="由市生态环境局苎川分局会同县水利局、县住建局负责，县农业农村局配合做好农业面源污染治理",
             units=["市生态环境局苎川分局", "县水利局", "县住建局", "县农业农村局"],
             lead=["市生态环境局苎川分局"]),
        dict(text="推动绿色低碳发展，单位地区生产总值能耗下降2.5%，新增光伏发电装机12万千瓦，新增新能源汽车充电桩600个。",
             leaders=["韩志明"],
             duty="县发改局负责能耗双控和新能源项目推进，县工信局负责工业节能，国网苎川县供电公司负责充电基础设施建设和并网服务，县住建局、县交通运输局配合",
             units=["县发改局", "县工信局", "国网苎川县供电公司", "县住建局", "县交通运输局"],
             lead=["县发改局"]),
        dict(text="加强林业生态建设，完成营造林4.8万亩，森林覆盖率稳定在63.5%以上，全面落实林长制。",
             leaders=["彭国栋"],
             duty="由县林业局负责，县自然资源局配合，各乡（镇）人民政府按属地落实林长制各项工作",
             units=["县林业局", "县自然资源局", "各乡（镇）人民政府"],
             lead=["县林业局"]),
    ]),
    ("六、持续保障和改善民生，增进人民群众福祉", [
        dict(text="稳定和扩大就业，城镇新增就业5200人，农村劳动力转移就业稳定在19万人以上，城镇调查失业率控制在5.5%以内。",
             leaders=["罗晓燕"],
             duty="由县人社局负责，县农业农村局、县教体局、县退役军人事务局、县总工会、团县委、县妇联、县残联按职责分工负责",
             units=["县人社局", "县农业农村局", "县教体局", "县退役军人事务局", "县总工会", "团县委", "县妇联", "县残联"],
             lead=["县人社局"]),
        dict(text="保障农民工工资支付，在建工程项目农民工实名制管理和工资专用账户实现全覆盖，欠薪案件动态清零。",
             leaders=["罗晓燕"],
             duty="由县人社局负责，县住建局、县交通运输局、县水利局按行业监管职责配合；涉及政府投资项目拖欠的，县财政局、县审计局配合",
             units=["县人社局", "县住建局", "县交通运输局", "县水利局", "县财政局", "县审计局"],
             lead=["县人社局"]),
        dict(text="办好人民满意的教育，新建改扩建中小学和幼儿园6所，新增学位4200个，县第一中学新校区秋季投入使用。",
             leaders=["罗晓燕"],
             duty="由县教体局负责，县发改局、县财政局、县自然资源局、县住建局配合，其中县第一中学新校区建设由县政府投资项目代建中心负责，2025年8月底前完工",
             units=["县教体局", "县发改局", "县财政局", "县自然资源局", "县住建局", "县政府投资项目代建中心"],
             lead=["县教体局", "县政府投资项目代建中心"],
             deadline="2025年8月底前完工"),
        dict(text="推进健康苎川建设，县人民医院创成三级医院，紧密型县域医共体建设实现全覆盖，每千人口执业（助理）医师数达到2.9人。",
             leaders=["罗晓燕"],
             duty="由县卫健局负责，县医保局、县人社局、县财政局配合，县人民医院具体实施三级医院创建",
             units=["县卫健局", "县医保局", "县人社局", "县财政局", "县人民医院"],
             lead=["县卫健局"]),
        dict(text="织密社会保障网，城乡居民基本养老保险参保率稳定在95%以上，基本医疗保险参保率稳定在96%以上，新增养老床位300张。",
             leaders=["罗晓燕"],
             duty="县人社局负责养老保险，县医保局负责医疗保险，县民政局负责养老服务，县税务局配合做好征缴工作",
             units=["县人社局", "县医保局", "县民政局", "县税务局"],
             lead=["县人社局"]),
        dict(text="用心办好十件民生实事，确保城乡学校食堂改造、老年助餐服务点建设等十个方面民生项目年内全部建成见效。",
             leaders=["陈启航"],
             duty="由县政府办公室会同县发改局、县财政局负责，各民生实事牵头单位按职责分工负责，完成情况每半年向县人大常委会报告",
             units=["县政府办公室", "县发改局", "县财政局", "各民生实事牵头单位"],
             lead=["县政府办公室"], outside=["县人大常委会"]),
        dict(text="丰富群众精神文化生活，新建城市书房5个，提档升级村级综合性文化服务中心40个，举办“村晚”“村BA”等群众性文体活动200场以上。",
             leaders=["罗晓燕"],
             duty="由县文旅局会同县教体局负责，县融媒体中心配合做好宣传报道，各乡（镇）人民政府按属地组织开展",
             units=["县文旅局", "县教体局", "县融媒体中心", "各乡（镇）人民政府"],
             lead=["县文旅局"]),
    ]),
    ("七、统筹发展和安全，全力维护社会和谐稳定", [
        dict(text="抓好安全生产，深入开展安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。",
             leaders=["蒋卫平"],
             duty="由县应急局负责，县安委会各成员单位按照“管行业必须管安全”要求负责，各乡（镇）人民政府按属地落实",
             units=["县应急局", "县安委会各成员单位", "各乡（镇）人民政府"],
             lead=["县应急局"]),
        dict(text="防范化解政府债务风险，严格落实化债方案，按期完成年度化债任务，确保政府债务风险等级不升级。",
             leaders=["周立群"],
             duty="由县财政局负责，县发改局、县审计局、县城投公司配合，化债方案执行情况按季度报县委、县政府",
             units=["县财政局", "县发改局", "县审计局", "县城投公司"],
             lead=["县财政局"], outside=["县委", "县政府"]),
        dict(text="建设更高水平平安苎川，深化“枫桥式”派出所创建，刑事案件发案数下降8%，信访事项及时受理率达到100%。",
             leaders=["蒋卫平"],
             duty="由县公安局负责平安建设和社会治安防控，县信访局负责信访工作，县司法局配合做好矛盾纠纷调解",
             units=["县公安局", "县信访局", "县司法局"],
             lead=["县公安局"]),
        dict(text="强化食品药品安全监管，完成食品安全抽检4800批次，省级食品安全示范县通过复审。",
             leaders=["罗晓燕"],
             duty="由县市场监管局负责，县农业农村局、县卫健局、县公安局、县教体局按职责分工负责，积极争取市市场监管局业务指导",
             units=["县市场监管局", "县农业农村局", "县卫健局", "县公安局", "县教体局"],
             lead=["县市场监管局"], outside=["市市场监管局"]),
    ]),
]

HEAD_LEN = 12


def clause_of(t):
    who = "、".join(n + LEADERS[n] for n in t["leaders"])
    return "（" + who + "协调，" + t["duty"] + "）"


def check(t, n):
    """Check one task's gold against its printed bracket; fail loudly on any slip."""
    duty = t["duty"]
    # every unit printed, in order of first appearance
    pos = []
    for u in t["units"]:
        i = duty.find(u)
        assert i >= 0, (n, u)
        pos.append(i)
    assert pos == sorted(pos), (n, "unit order", t["units"])
    assert len(set(t["units"])) == len(t["units"]), n
    for u in t["lead"]:
        assert u in t["units"], (n, u)
    for u in t.get("outside", []):
        assert u in duty and u not in t["units"], (n, u)
    # what is left once the units and outside bodies are removed must hold no unit-like word
    rest = duty
    for u in sorted(t["units"] + t.get("outside", []), key=len, reverse=True):
        rest = rest.replace(u, "＿")
    for w in ("局", "委", "办公室", "中心", "公司", "政府", "管委会", "联社", "医院", "部门", "单位", "机构"):
        # 局/委 may sit inside words that are no units; list them so a slip shows
        for m in re.finditer(w, rest):
            ctx = rest[max(0, m.start() - 4):m.end() + 2]
            if ctx not in ALLOWED_RESIDUE.get(n, ()) and ctx not in ALLOWED_ANY:
                raise AssertionError((n, w, ctx, rest))
    # the lead follows the cover's rule: every "由×××负责/牵头/会同" anywhere in the bracket names
    # lead(s); with none, the first-listed unit leads
    leads = []
    for m in re.finditer(r"由([^，；由]+?)(会同|共同负责|负责|牵头)", duty):
        for u in m.group(1).split("、"):
            assert u in t["units"], (n, u)
            if u not in leads:
                leads.append(u)
    if not leads:
        leads = [t["units"][0]]
    assert t["lead"] == leads, (n, leads, t["lead"])


ALLOWED_ANY = set()
# reviewed by hand: these residues are words, not units
ALLOWED_RESIDUE = {13: ("物流分拨中心建设",), 32: ("合；涉及政府投资",), 34: ("实施三级医院创建",)}


def build():
    tasks = []
    n = 0
    for heading, items in SECTIONS:
        for t in items:
            n += 1
            check(t, n)
            tasks.append((n, heading, t))
    assert 25 <= n <= 60
    return tasks


HEADER = """苎川县人民政府门户网站
首页　|　政务公开　|　政务服务　|　互动交流　|　走进苎川
当前位置：首页 > 政务公开 > 政府信息公开目录 > 政府文件 > 县政府办文件

苎川县人民政府办公室关于印发苎川县2025年政府工作报告重点工作任务分工方案的通知

发布时间：2025-03-14 16:32　　来源：苎川县人民政府办公室　　浏览次数：　　字号：【大 中 小】　　【打印】　【关闭】

索引号：ZCX-0102-2025-000213　　主题分类：综合政务\\其他
发文机关：苎川县人民政府办公室　　成文日期：2025年03月12日
发文字号：苎政办发〔2025〕7号　　有效性：有效

苎政办发〔2025〕7号

各乡（镇）人民政府，苎川经济开发区管委会，县人民政府各部门、各直属机构：

　　《苎川县2025年政府工作报告重点工作任务分工方案》已经县人民政府第46次常务会议研究同意，现印发给你们，请结合实际认真抓好贯彻落实。现就有关事项通知如下：

　　一、提高思想认识。县十八届人民代表大会第五次会议审议通过的《政府工作报告》，明确了今年全县经济社会发展的主要目标和重点任务。各乡（镇）、各部门要把落实《政府工作报告》作为当前和今后一个时期的重要工作，细化工作措施，倒排工作时序，确保各项目标任务按时保质完成。

　　二、压实工作责任。方案中每项任务后括号内，首先列明的县政府领导同志负责协调推进。表述为“由×××负责”“由×××牵头”的，×××为牵头单位；表述为“由×××会同×××负责”的，前者为牵头单位、后者为配合单位；未作上述表述的，排在第一位的单位为牵头单位。其余单位均为配合单位。牵头单位对任务落实负总责，要主动加强与配合单位的衔接，研究制定具体推进措施；配合单位要按照职责分工，积极主动做好配合工作，形成工作合力。

　　三、强化督查考核。县政府督查室要将方案确定的重点工作纳入年度督查计划，实行清单化管理、销号式推进。各牵头单位要于每季度末月25日前将工作进展情况报县政府督查室，全年工作完成情况于12月10日前报送。对工作推进不力、进度滞后的，将按有关规定予以通报；情节严重的，按程序移交有关部门严肃问责。

　　附件：苎川县2025年政府工作报告重点工作任务分工方案

苎川县人民政府办公室

2025年3月12日

　　（此件公开发布）

附件

苎川县2025年政府工作报告重点工作任务分工方案

　　为确保县十八届人民代表大会第五次会议审议通过的《政府工作报告》确定的各项目标任务落到实处，现将重点工作任务分解如下：
"""

FOOTER = """
【打印本页】　【关闭窗口】

相关链接：国务院部门网站 | 省政府部门网站 | 市县政府网站

主办：苎川县人民政府办公室　　承办：苎川县政务服务和数据管理局
网站标识码：3699000017　　政府网站找错
本网站由苎川县政务服务和数据管理局负责运行维护
"""


def render(tasks):
    out = [HEADER]
    last = None
    for n, heading, t in tasks:
        if heading != last:
            out.append("\n" + heading + "\n")
            last = heading
        out.append("\n　　%d.%s%s\n" % (n, t["text"], clause_of(t)))
    out.append(FOOTER)
    return "".join(out)


def gold_lines(tasks):
    lines = []
    for n, heading, t in tasks:
        rec = {
            "id": str(n),
            "marker": "%d." % n,
            "head": t["text"][:HEAD_LEN],
            "responsible_units": t["units"],
            "lead_units": t["lead"],
            "cooperating_units": [u for u in t["units"] if u not in t["lead"]],
            "leaders": list(t["leaders"]),
            "deadline": t.get("deadline"),
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def main():
    tasks = build()
    text = render(tasks)
    # every marker+head and every clause lies on one line of the notice
    lines = text.split("\n")
    for n, heading, t in tasks:
        want = "　　%d.%s" % (n, t["text"][:HEAD_LEN])
        hit = [l for l in lines if l.startswith(want)]
        assert len(hit) == 1 and hit[0].endswith(clause_of(t)), n
        for name in t["leaders"]:
            assert name in hit[0]
        if t.get("deadline"):
            assert t["deadline"] in hit[0]
    with open(NOTICE, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(GOLD, "w", encoding="utf-8", newline="\n") as f:
        f.write(gold_lines(tasks))
    print("wrote %s and %s (%d tasks)" % (NOTICE, GOLD, len(tasks)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
