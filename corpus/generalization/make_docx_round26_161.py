#!/usr/bin/python3
"""Round 26 (folder b), notice 161: a 市人民政府 印发 notice whose 附件1 is a 重点工作任务分解表 in one Word table

    序号 | 重点任务 | 具体措施 | 责任领导 | 牵头单位 | 配合单位 | 完成时限

  * section rows `一、扩大有效需求，推动经济持续回升向好（4项）` merged across all seven columns;
  * 序号 restarts at 1 under each section row (ids section.number, as NOTES.md says for restarting numbers);
  * each 重点任务 (with its 序号, both merged down) over 2–4 具体措施 rows; a measure cell opens with its own
    number `（1）`, `（2）`… restarting per task (sub-items, not tasks);
  * 责任领导 per measure row: merged over some measures of a task, over a whole task, and four times ACROSS a
    task boundary (周海峰 over 1.3 and 1.4's first measure; 周海峰 over 2.1 and 2.2's first; 孙建华 over 3.2 and
    3.3's first two; 林佳慧 over the whole of 6.2 and 6.3); one cell with two leaders `孙建华、刘思远`;
  * 牵头单位 merged over some measures, repeated unmerged in others; two leads in one cell;
    a lead named with its other name in brackets, `市发展改革委（市能源局）`;
  * 完成时限 merged over a whole task in 1.1, 2.1, 3.2, 5.1 and 6.1 (6.1 with two different leaders);
  * 配合单位 `无` once;
  * 附件2 a second table, 民生实事, whose header puts 牵头单位 BEFORE 工作任务:
        序号 | 牵头单位 | 工作任务 | 责任领导 | 配合单位 | 完成时限
    numbered 1–10 again (ids plain), 牵头单位 merged over items 3–4, 责任领导 over 3–5 and 6–7.

Annotation (NOTES.md): one task per 序号 (a 重点任务 with all its measure rows); responsible_units = the union of
its measures' units, row by row, 牵头 before 配合, repeats removed; lead_units = the union of its 牵头单位 cells;
cooperating_units = the union of its 配合单位 cells less any unit already a lead; leaders = the union of its
责任领导 cells in row order; `无` names no unit.  head = the first 12 characters of the 重点任务 cell (附件2:
of the 工作任务 cell).

The gold (resp, lead, coop, leaders) is typed by hand in SECS / MSSS; main() only asserts that it follows from
the printed cells by the rule above.  Names are invented.
Run: /usr/bin/python3 make_docx_round26_161.py (writes next to this script; imports
/work/main/corpus/generalization/docx_notice.py).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__)) + "/"
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from docx_notice import (G, write_gold, KT, HT, XBS, new_doc, para, front, banji, landscape, portrait,
                         set_widths, repeat_header, cell_paras, split_units)

NAME = "161_xiuchuan_shi_cuoshi_hang_lingdao_hebing_biao"

# leaders
SJH, ZHF, LJH, CWD, LSY, MXY, HLX = "孙建华", "周海峰", "林佳慧", "陈卫东", "刘思远", "马晓燕", "何立新"
# units
FGW, CZJ, ZRJ, STJ, SWJ, SCJ = "市发展改革委", "市财政局", "市自然资源和规划局", "市生态环境局", "市商务局", "市市场监管局"
WLJ, JTJ, GXJ, TJJ, KJJ, JYJ = "市文化广电旅游局", "市交通运输局", "市工业和信息化局", "市统计局", "市科技局", "市教育局"
SJJ, RSJ, ZJJ, CGJ, GZW, JRJ = "市数据局", "市人力资源社会保障局", "市住房城乡建设局", "市城市管理局", "市国资委", "市地方金融管理局"
NYJ, SLJ, LYJ, MZJ, YBJ, WJW = "市农业农村局", "市水利局", "市林业局", "市民政局", "市医保局", "市卫生健康委"
YJJ, GAJ, SFJ, XFJ, TZJ, SPJ = "市应急管理局", "市公安局", "市司法局", "市信访局", "市投资促进局", "市行政审批服务局"
SZ, GXQ, ZSDW, HG, SWU, GDJ = "各县（市、区）人民政府", "岫川高新区管委会", "市直有关单位", "岫川海关", "市税务局", "国网岫川供电公司"
GSL, TXB, JYZX, ZFBM, RH, NYW = "市工商联", "市通信发展管理办公室", "市公共资源交易中心", "市直有关执法部门", "人民银行岫川市分行", "市发展改革委（市能源局）"
TYJ, AWH, XFZ, CL, ZGH, FL = "市退役军人事务局", "市安委会各成员单位", "市消防救援支队", "市残联", "市总工会", "市妇联"

# measure row: (具体措施 without its number, 责任领导, 牵头单位, 配合单位, 完成时限); "^" = merged with the cell above
# task: (序号, 重点任务, rows, hand-typed gold (responsible, lead, cooperating, leaders))
SECS = [
    ("一、扩大有效需求，推动经济持续回升向好（4项）", [
        ("1", "全力扩大有效投资，确保固定资产投资增长6%以上", [
            ("实施市级重点项目300个，完成年度投资800亿元以上，新开工亿元以上项目120个。",
             SJH, FGW, "各县（市、区）人民政府、岫川高新区管委会", "2025年12月底前"),
            ("积极争取超长期特别国债、中央预算内投资和地方政府专项债券资金100亿元以上。",
             "^", "市发展改革委、市财政局", "市直有关单位", "^"),
            ("落实重点项目用地、用能、环评等要素保障，重点项目用地保障率达到100%。",
             LSY, ZRJ, "市生态环境局、市发展改革委", "^"),
         ], ([FGW, SZ, GXQ, CZJ, ZSDW, ZRJ, STJ], [FGW, CZJ, ZRJ], [SZ, GXQ, ZSDW, STJ], [SJH, LSY])),
        ("2", "大力提振消费，社会消费品零售总额增长6%", [
            ("落实消费品以旧换新政策，开展汽车、家电、家装厨卫等促消费活动200场以上。",
             ZHF, SWJ, "市财政局、市市场监管局", "2025年12月底前"),
            ("培育夜间经济集聚区5个、省级步行街1条，发展首发经济、银发经济。",
             "^", "^", "市文化广电旅游局、各县（市、区）人民政府", "2025年12月底前"),
            ("全年接待游客4500万人次，旅游总收入增长10%以上。",
             LJH, WLJ, "市商务局、市交通运输局", "2025年12月底前"),
         ], ([SWJ, CZJ, SCJ, WLJ, SZ, JTJ], [SWJ, WLJ], [CZJ, SCJ, SZ, JTJ], [ZHF, LJH])),
        ("3", "稳住外贸外资基本盘", [
            ("外贸进出口总额增长5%以上，跨境电商交易额突破80亿元。",
             ZHF, SWJ, "岫川海关、市税务局", "2025年12月底前"),
            ("实际使用外资增长3%，引进世界500强及行业领军企业项目8个以上。",
             "^", TZJ, "市商务局、岫川高新区管委会", "2025年12月底前"),
         ], ([SWJ, HG, SWU, TZJ, GXQ], [SWJ, TZJ], [HG, SWU, GXQ], [ZHF])),
        ("4", "促进民营经济发展壮大", [
            ("开展民营企业“大走访”活动，建立企业诉求收集、办理、反馈闭环机制。",
             "^", FGW, "市工商联、市工业和信息化局", "2025年6月底前"),
            ("开展清理拖欠企业账款专项行动，确保无分歧欠款应付尽付。",
             SJH, GXJ, "市财政局、市国资委", "2025年12月底前"),
            ("新增经营主体5万户以上，其中企业1.2万户以上。",
             ZHF, SCJ, "市行政审批服务局", "2025年12月底前"),
         ], ([FGW, GSL, GXJ, CZJ, GZW, SCJ, SPJ], [FGW, GXJ, SCJ], [GSL, CZJ, GZW, SPJ], [ZHF, SJH])),
    ]),
    ("二、加快构建现代化产业体系（4项）", [
        ("1", "推动制造业高端化智能化绿色化发展", [
            ("实施制造业技术改造项目400个，工业技改投资增长10%以上。",
             ZHF, GXJ, "市财政局、各县（市、区）人民政府", "2025年12月底前"),
            ("新增省级智能工厂10家、数字化车间60个、绿色工厂15家。",
             "^", "^", "市生态环境局", "^"),
            ("新增规模以上工业企业150家，规模以上工业增加值增长7%。",
             "^", "^", "市统计局", "^"),
         ], ([GXJ, CZJ, SZ, STJ, TJJ], [GXJ], [CZJ, SZ, STJ, TJJ], [ZHF])),
        ("2", "培育壮大战略性新兴产业和未来产业", [
            ("做强新能源电池、新型显示两大千亿级产业集群，全年引进产业链项目50个。",
             "^", GXJ, "市投资促进局、岫川高新区管委会", "2025年12月底前"),
            ("布局低空经济、人工智能等未来产业，建成通用机场1个、低空飞行服务站2个。",
             SJH, FGW, "市交通运输局、市自然资源和规划局", "2026年6月底前"),
         ], ([GXJ, TZJ, GXQ, FGW, JTJ, ZRJ], [GXJ, FGW], [TZJ, GXQ, JTJ, ZRJ], [ZHF, SJH])),
        ("3", "强化科技创新引领，建设区域科创高地", [
            ("全社会研发经费投入强度达到2.6%，新增国家高新技术企业120家。",
             ZHF, KJJ, "市财政局、市统计局", "2025年12月底前"),
            ("建设省级以上创新平台15个，推动岫川实验室挂牌运行。",
             "^", KJJ, "岫川高新区管委会", "2025年9月底前"),
            ("落实人才新政，全年引进高层次人才和急需紧缺人才3000人。",
             LJH, RSJ, "市科技局、市教育局", "2025年12月底前"),
         ], ([KJJ, CZJ, TJJ, GXQ, RSJ, JYJ], [KJJ, RSJ], [CZJ, TJJ, GXQ, JYJ], [ZHF, LJH])),
        ("4", "发展数字经济，推进数实深度融合", [
            ("新建5G基站1500个，建成城市算力中心二期，新增算力500P。",
             ZHF, SJJ, "市通信发展管理办公室、国网岫川供电公司", "2025年12月底前"),
            ("数字经济核心产业增加值增长12%，培育数字化转型服务商20家。",
             "^", "市工业和信息化局、市数据局", "市统计局", "2025年12月底前"),
         ], ([SJJ, TXB, GDJ, GXJ, TJJ], [SJJ, GXJ], [TXB, GDJ, TJJ], [ZHF])),
    ]),
    ("三、深化改革扩大开放（3项）", [
        ("1", "持续优化营商环境", [
            ("深化“高效办成一件事”改革，新推出集成服务事项15个。",
             HLX, SPJ, "无", "2025年12月底前"),
            ("开展涉企行政检查专项整治，推行“综合查一次”。",
             CWD, SFJ, "市市场监管局、市直有关执法部门", "2025年9月底前"),
            ("规范招标投标市场秩序，实现公共资源交易全流程电子化。",
             HLX, JYZX, "市发展改革委、市财政局", "2025年12月底前"),
         ], ([SPJ, SFJ, SCJ, ZFBM, JYZX, FGW, CZJ], [SPJ, SFJ, JYZX], [SCJ, ZFBM, FGW, CZJ], [HLX, CWD])),
        ("2", "深化国资国企改革", [
            ("完成市属国有企业战略性重组和专业化整合，管理层级压减至三级以内。",
             SJH, GZW, "市财政局", "2025年12月底前"),
            ("推动市属平台公司市场化转型，经营性收入占比达到60%以上。",
             "^", "^", "市财政局、市地方金融管理局", "^"),
         ], ([GZW, CZJ, JRJ], [GZW], [CZJ, JRJ], [SJH])),
        ("3", "防范化解地方债务和金融风险", [
            ("严格落实化债方案，确保法定债务按时还本付息。",
             "^", CZJ, "各县（市、区）人民政府", "持续推进"),
            ("压降融资平台数量和债务规模，完成年度压降任务。",
             "^", "市财政局、市国资委", "市地方金融管理局", "2025年12月底前"),
            ("严厉打击非法集资，稳妥处置中小金融机构风险。",
             CWD, JRJ, "市公安局、人民银行岫川市分行", "持续推进"),
         ], ([CZJ, SZ, GZW, JRJ, GAJ, RH], [CZJ, GZW, JRJ], [SZ, GAJ, RH], [SJH, CWD])),
    ]),
    ("四、推进城乡融合和区域协调发展（3项）", [
        ("1", "扎实推进乡村全面振兴", [
            ("粮食播种面积稳定在260万亩以上，总产量稳定在110万吨以上。",
             MXY, NYJ, "各县（市、区）人民政府", "2025年10月底前"),
            ("新建高标准农田12万亩，实施农田水利设施提升工程。",
             "^", NYJ, "市水利局、市财政局", "2025年12月底前"),
            ("巩固拓展脱贫攻坚成果，确保不发生规模性返贫致贫。",
             "^", NYJ, "市民政局、市人力资源社会保障局、市医保局", "持续推进"),
         ], ([NYJ, SZ, SLJ, CZJ, MZJ, RSJ, YBJ], [NYJ], [SZ, SLJ, CZJ, MZJ, RSJ, YBJ], [MXY])),
        ("2", "提升城市品质和综合承载能力", [
            ("实施城市更新项目80个，改造城镇老旧小区120个、城中村2个。",
             LSY, ZJJ, "市自然资源和规划局、各县（市、区）人民政府", "2025年12月底前"),
            ("新改建城市燃气、供排水管网300公里，新建城市公共停车泊位5000个。",
             "^", "^", "市城市管理局、市公安局", "2025年12月底前"),
            ("建成岫川东站综合交通枢纽，开通城市公交新线路10条。",
             "^", JTJ, "市住房城乡建设局、市自然资源和规划局", "2025年11月底前"),
         ], ([ZJJ, ZRJ, SZ, CGJ, GAJ, JTJ], [ZJJ, JTJ], [ZRJ, SZ, CGJ, GAJ], [LSY])),
        ("3", "推动县域经济高质量发展", [
            ("支持县城补短板强弱项，每个县（市）实施县城建设项目不少于5个。",
             "孙建华、刘思远", FGW, "市住房城乡建设局、各县（市、区）人民政府", "2025年12月底前"),
            ("开展县域经济“争先进位”评比，培育百亿级县域特色产业集群3个。",
             SJH, "^", "市工业和信息化局", "2025年12月底前"),
         ], ([FGW, ZJJ, SZ, GXJ], [FGW], [ZJJ, SZ, GXJ], [SJH, LSY])),
    ]),
    ("五、加强生态文明建设（2项）", [
        ("1", "深入打好污染防治攻坚战", [
            ("细颗粒物（PM2.5）平均浓度控制在32微克/立方米以内，空气质量优良天数比率达到85%。",
             LSY, STJ, "市工业和信息化局、市住房城乡建设局、市交通运输局", "2025年12月底前"),
            ("国考、省考断面水质优良比例保持100%，县级以上集中式饮用水水源地水质达标率100%。",
             "^", STJ, "市水利局、市农业农村局", "^"),
            ("完成中央生态环境保护督察反馈问题年度整改任务。",
             "^", STJ, "市直有关单位", "^"),
         ], ([STJ, GXJ, ZJJ, JTJ, SLJ, NYJ, ZSDW], [STJ], [GXJ, ZJJ, JTJ, SLJ, NYJ, ZSDW], [LSY])),
        ("2", "稳妥推进绿色低碳转型", [
            ("新增新能源装机容量80万千瓦，非化石能源消费比重提高1个百分点。",
             SJH, NYW, "国网岫川供电公司", "2025年12月底前"),
            ("完成营造林15万亩，实施岫河流域生态保护修复工程。",
             MXY, LYJ, "市自然资源和规划局、市水利局", "2025年12月底前"),
         ], ([NYW, GDJ, LYJ, ZRJ, SLJ], [NYW, LYJ], [GDJ, ZRJ, SLJ], [SJH, MXY])),
    ]),
    ("六、保障和改善民生（4项）", [
        ("1", "千方百计稳就业促增收", [
            ("城镇新增就业5.5万人，城镇调查失业率控制在5.5%以内。",
             LJH, RSJ, "各县（市、区）人民政府", "2025年12月底前"),
            ("开展补贴性职业技能培训3万人次，帮扶高校毕业生、退役军人、农民工等重点群体就业。",
             "^", "^", "市教育局、市退役军人事务局、市农业农村局", "^"),
            ("开展工程建设领域欠薪专项治理，实现欠薪动态清零。",
             CWD, RSJ, "市住房城乡建设局、市交通运输局、市水利局", "^"),
         ], ([RSJ, SZ, JYJ, TYJ, NYJ, ZJJ, JTJ, SLJ], [RSJ], [SZ, JYJ, TYJ, NYJ, ZJJ, JTJ, SLJ], [LJH, CWD])),
        ("2", "办好人民满意的教育", [
            ("新建改扩建中小学校、幼儿园20所，新增学位1.6万个。",
             LJH, JYJ, "市自然资源和规划局、市住房城乡建设局", "2025年8月底前"),
            ("推进岫川职业技术学院新校区建设，支持岫川学院更名大学。",
             "^", "^", "市发展改革委、市财政局", "2025年12月底前"),
         ], ([JYJ, ZRJ, ZJJ, FGW, CZJ], [JYJ], [ZRJ, ZJJ, FGW, CZJ], [LJH])),
        ("3", "加快建设健康岫川", [
            ("深化紧密型县域医共体建设，新建县级区域医疗中心2个。",
             "^", WJW, "市医保局、各县（市、区）人民政府", "2025年12月底前"),
            ("推进医保基金智能监管，异地就医直接结算率达到95%以上。",
             "^", YBJ, "市卫生健康委", "2025年12月底前"),
            ("新增普惠托位1500个，每千人口拥有3岁以下婴幼儿托位数达到4.5个。",
             "^", WJW, "市民政局、市教育局", "2025年12月底前"),
         ], ([WJW, YBJ, SZ, MZJ, JYJ], [WJW, YBJ], [SZ, MZJ, JYJ], [LJH])),
        ("4", "健全社会保障和养老服务体系", [
            ("新建社区嵌入式养老服务设施30个、老年助餐点100个。",
             LJH, MZJ, "市卫生健康委、各县（市、区）人民政府", "2025年12月底前"),
            ("基本养老保险参保率稳定在95%以上，落实城乡居民基础养老金提标政策。",
             "^", RSJ, "市财政局、市税务局", "2025年12月底前"),
            ("做好困难群众、残疾人等群体基本生活保障。",
             "^", MZJ, "市残联", "持续推进"),
         ], ([MZJ, WJW, SZ, RSJ, CZJ, SWU, CL], [MZJ, RSJ], [WJW, SZ, CZJ, SWU, CL], [LJH])),
    ]),
    ("七、统筹发展和安全（2项）", [
        ("1", "抓好安全生产和防灾减灾救灾", [
            ("深入开展安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。",
             CWD, YJJ, "市安委会各成员单位", "2025年12月底前"),
            ("开展城镇燃气、自建房、高层建筑消防等重点领域安全专项整治。",
             "^", ZJJ, "市应急管理局、市消防救援支队", "2025年10月底前"),
            ("完善防汛抗旱指挥体系，实施病险水库除险加固工程8座。",
             MXY, SLJ, "市应急管理局", "2025年5月底前"),
         ], ([YJJ, AWH, ZJJ, XFZ, SLJ], [YJJ, ZJJ, SLJ], [AWH, XFZ], [CWD, MXY])),
        ("2", "建设更高水平的平安岫川", [
            ("常态化开展扫黑除恶斗争，严厉打击电信网络诈骗等违法犯罪。",
             CWD, GAJ, "市通信发展管理办公室、人民银行岫川市分行", "持续推进"),
            ("坚持和发展新时代“枫桥经验”，年内化解信访积案80%以上。",
             "^", XFJ, "市司法局、各县（市、区）人民政府", "2025年12月底前"),
         ], ([GAJ, TXB, RH, XFJ, SFJ, SZ], [GAJ, XFJ], [TXB, RH, SFJ, SZ], [CWD])),
    ]),
]

# 附件2 民生实事: (序号, 牵头单位 or "^", 工作任务, 责任领导 or "^", 配合单位, 完成时限, gold (resp, lead, coop, leaders))
MSSS = [
    ("1", JYJ, "新建城区公办幼儿园6所，新增普惠性学前教育学位2700个。", LJH,
     "市住房城乡建设局、市自然资源和规划局", "2025年8月底前", ([JYJ, ZJJ, ZRJ], [JYJ], [ZJJ, ZRJ], [LJH])),
    ("2", RSJ, "开展“岫川工匠”技能提升培训1万人次，建设零工市场8个。", LJH,
     "市总工会、各县（市、区）人民政府", "2025年12月底前", ([RSJ, ZGH, SZ], [RSJ], [ZGH, SZ], [LJH])),
    ("3", ZJJ, "完成既有住宅加装电梯200部。", LSY,
     "市市场监管局、各县（市、区）人民政府", "2025年12月底前", ([ZJJ, SCJ, SZ], [ZJJ], [SCJ, SZ], [LSY])),
    ("4", "^", "改造老化燃气管道150公里，同步推进“瓶改管”入户。", "^",
     "市城市管理局、市应急管理局", "2025年11月底前", ([ZJJ, CGJ, YJJ], [ZJJ], [CGJ, YJJ], [LSY])),
    ("5", CGJ, "新建改造城市公厕50座、口袋公园20个。", "^",
     "市自然资源和规划局", "2025年10月底前", ([CGJ, ZRJ], [CGJ], [ZRJ], [LSY])),
    ("6", WJW, "为65岁以上老年人免费健康体检25万人次，完成适龄妇女“两癌”筛查3万人。", LJH,
     "市妇联、各县（市、区）人民政府", "2025年12月底前", ([WJW, FL, SZ], [WJW], [FL, SZ], [LJH])),
    ("7", MZJ, "为特殊困难老年人家庭实施适老化改造1000户。", "^",
     "市残联、市财政局", "2025年10月底前", ([MZJ, CL, CZJ], [MZJ], [CL, CZJ], [LJH])),
    ("8", SLJ, "实施农村供水保障工程，提升12万农村人口供水保障水平。", MXY,
     "市农业农村局、市卫生健康委", "2025年12月底前", ([SLJ, NYJ, WJW], [SLJ], [NYJ, WJW], [MXY])),
    ("9", JTJ, "新改建农村公路300公里，新增城乡公交一体化线路15条。", LSY,
     "市财政局、各县（市、区）人民政府", "2025年12月底前", ([JTJ, CZJ, SZ], [JTJ], [CZJ, SZ], [LSY])),
    ("10", SCJ, "建设农贸市场食品安全快检室30个，实现城区农贸市场全覆盖。", ZHF,
     "市商务局", "2025年9月底前", ([SCJ, SWJ], [SCJ], [SWJ], [ZHF])),
]


def shade(cell, fill="D9D9D9"):
    cell._tc.get_or_add_tcPr().append(parse_xml(
        f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def units_of(cell):
    return [] if cell == "无" else split_units(cell)


def add(lst, items):
    for u in items:
        if u not in lst:
            lst.append(u)


def derived(rows, above):
    """the task's (resp, lead, coop, leaders) by the rule in the docstring, from the printed cells;
    above: the leader and lead cells standing above the task (merges may come from there)"""
    resp, lead, coop, leaders = [], [], [], []
    lead_above, leader_above = above
    for (_, ldr, lc, cc, _) in rows:
        ldr = leader_above if ldr == "^" else ldr
        lc = lead_above if lc == "^" else lc
        leader_above, lead_above = ldr, lc
        add(leaders, split_units(ldr))
        add(resp, units_of(lc))
        add(lead, units_of(lc))
        add(resp, units_of(cc))
        add(coop, units_of(cc))
    coop = [u for u in coop if u not in lead]
    return (resp, lead, coop, leaders), (lead_above, leader_above)


def merge_runs(tb, col, rowcells, size=10.5, center=False):
    """rowcells: [(table row, text or '^')]; merge each cell with the '^' cells below it"""
    i = 0
    while i < len(rowcells):
        r0, text = rowcells[i]
        assert text != "^", (col, r0)
        j = i
        while j + 1 < len(rowcells) and rowcells[j + 1][1] == "^":
            j += 1
        c = tb.cell(r0, col)
        if j > i:
            c = c.merge(tb.cell(rowcells[j][0], col))
        cell_paras(c, text, size, center=center)
        i = j + 1


BODY = [
    "为全面完成市十七届人大四次会议审议通过的《政府工作报告》确定的目标任务，市人民政府对报告提出的重点工作"
    "和2025年市级民生实事逐项进行了分解，明确了责任领导、牵头单位、配合单位和完成时限，现印发给你们，请认真"
    "抓好落实。",
    ("h", "一、压实工作责任"),
    "责任领导要对分管领域重点任务亲自部署、亲自推动。附件1中每项重点任务分解为若干具体措施，“责任领导”“牵头"
    "单位”“配合单位”“完成时限”各栏均对应同一行的具体措施，合并单元格对所跨各行具体措施均适用；“牵头单位”栏列有"
    "两个单位的，均为牵头单位。牵头单位要主动牵头协调，配合单位要积极支持配合，形成工作合力。",
    ("h", "二、细化工作举措"),
    "各牵头单位要在本通知印发后15个工作日内，制定具体工作方案，明确时间表、路线图，报市政府督查室备案。涉及"
    "各县（市、区）的任务，各县（市、区）人民政府要结合实际抓好落实。",
    ("h", "三、强化督查考核"),
    "市政府督查室要建立重点工作任务督办台账，实行“月调度、季通报、年考核”。各牵头单位于每季度最后一个月"
    "25日前将工作进展情况报市政府督查室。任务落实情况纳入年度目标责任考核。",
]


def main():
    d = new_doc()
    front(d, "岫川市人民政府文件", "岫政发〔2025〕4号",
          ["岫川市人民政府", "关于印发2025年《政府工作报告》", "重点工作任务分解表的通知"],
          "各县（市、区）人民政府，岫川高新区管委会，市政府各部门、各直属机构：",
          [b if isinstance(b, str) else b for b in BODY],
          ["附件：1．2025年《政府工作报告》重点工作任务分解表", "2．2025年市级民生实事项目责任分解表"],
          "岫川市人民政府", "2025年2月21日")

    # ---------------- 附件1
    landscape(d)
    para(d, "附件1", HT, 16, indent=False)
    para(d, "2025年《政府工作报告》重点工作任务分解表", XBS, 20, align="c")
    ncol = 7
    nrows = 1 + sum(1 + sum(len(t[2]) for t in tasks) for _, tasks in SECS)
    tb = d.add_table(rows=nrows, cols=ncol)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(tb, [1.1, 3.6, 8.6, 2.0, 3.4, 4.3, 2.2])
    for c, t in enumerate(["序号", "重点任务", "具体措施", "责任领导", "牵头单位", "配合单位", "完成时限"]):
        cell_paras(tb.cell(0, c), t, 12, bold=True, center=True, font=HT)
    repeat_header(tb.rows[0])

    golds = []
    r = 1
    nmeasures = 0
    for si, (sec_title, tasks) in enumerate(SECS, 1):
        m = tb.cell(r, 0).merge(tb.cell(r, ncol - 1))
        cell_paras(m, sec_title, 12, bold=True, font=HT)
        shade(m)
        r += 1
        sec_leader, sec_lead, sec_time = [], [], []
        above = (None, None)        # a section row ends any merge
        for (no, task, rows, gold) in tasks:
            r0, r1 = r, r + len(rows) - 1
            c = tb.cell(r0, 0).merge(tb.cell(r1, 0)) if r1 > r0 else tb.cell(r0, 0)
            cell_paras(c, no, 10.5, center=True)
            c = tb.cell(r0, 1).merge(tb.cell(r1, 1)) if r1 > r0 else tb.cell(r0, 1)
            cell_paras(c, task, 10.5)
            times = []
            for k, (meas, ldr, lc, cc, tm) in enumerate(rows):
                cell_paras(tb.cell(r0 + k, 2), f"（{k + 1}）{meas}", 10.5)
                cell_paras(tb.cell(r0 + k, 5), cc, 10.5)
                sec_leader.append((r0 + k, ldr))
                sec_lead.append((r0 + k, lc))
                times.append((r0 + k, tm))
                nmeasures += 1
            assert times[0][1] != "^", no            # a 完成时限 merge stays inside its task
            sec_time += times
            got, above = derived(rows, above)
            assert got == gold, (si, no, got, gold)
            assert 2 <= len(rows) <= 4, no
            golds.append(G(f"{si}.{no}", task[:12], gold[0], gold[1], gold[2], gold[3]))
            r = r1 + 1
        merge_runs(tb, 3, sec_leader, center=True)
        merge_runs(tb, 4, sec_lead)
        merge_runs(tb, 6, sec_time, center=True)
    assert r == nrows
    para(d, "注：“责任领导”“牵头单位”“配合单位”“完成时限”栏对应同一行的具体措施；合并单元格对所跨各行具体措施均适用。",
         KT, 12, indent=False)

    # ---------------- 附件2
    p = para(d, "附件2", HT, 16, indent=False)
    p.paragraph_format.page_break_before = True
    para(d, "2025年市级民生实事项目责任分解表", XBS, 20, align="c")
    t2 = d.add_table(rows=1 + len(MSSS), cols=6)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t2, [1.1, 4.0, 9.6, 2.2, 5.6, 2.6])
    for c, t in enumerate(["序号", "牵头单位", "工作任务", "责任领导", "配合单位", "完成时限"]):
        cell_paras(t2.cell(0, c), t, 12, bold=True, center=True, font=HT)
    repeat_header(t2.rows[0])
    leads2, leaders2 = [], []
    lead_above = leader_above = None
    for i, (no, lc, task, ldr, cc, tm, gold) in enumerate(MSSS, 1):
        cell_paras(t2.cell(i, 0), no, 10.5, center=True)
        cell_paras(t2.cell(i, 2), task, 10.5)
        cell_paras(t2.cell(i, 4), cc, 10.5)
        cell_paras(t2.cell(i, 5), tm, 10.5, center=True)
        leads2.append((i, lc))
        leaders2.append((i, ldr))
        got, (lead_above, leader_above) = derived([(task, ldr, lc, cc, tm)], (lead_above, leader_above))
        assert got == gold, (no, got, gold)
        golds.append(G(no, task[:12], gold[0], gold[1], gold[2], gold[3]))
    merge_runs(t2, 1, leads2)
    merge_runs(t2, 3, leaders2, center=True)

    portrait(d)
    banji(d, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级人民法院，市人民检察院。",
          "岫川市人民政府办公室　　　　　　　　　　　2025年2月21日印发")

    ids = [g["id"] for g in golds]
    assert len(set(ids)) == len(ids)
    firsts = [g["head"][:6] for g in golds]
    assert len(set(firsts)) == len(firsts), [f for f in firsts if firsts.count(f) > 1]
    d.save(HERE + NAME + ".docx")
    write_gold(HERE, NAME, golds)
    return len(golds), nmeasures


if __name__ == "__main__":
    print(main())
