#!/usr/bin/python3
"""Round 123, case 631: a county 督查室's bundle of 督办通知书 ("一事一书").

The who-does-what lives in the letter form itself: each 督办通知书 is addressed
(主送 / salutation line) to the unit that leads the matter, the body speaks to it
as 你局 / 你委 / 你单位 / 你公司 / 你们, cooperating units are named in prose
(配合 / 会同 / 协助), the responsible county leader is a 责任县领导 line (once in a
sentence of the body, once absent), and the 抄报 / 抄送 lines that close every
letter name leaders and units that only receive a copy. The cover notice states
the rule (主送单位 = 牵头单位; two addressees = 共同牵头 unless the body says
otherwise; 会同/配合/协助 = 配合单位; 抄报、抄送 only informed).

Writes 631_lichuan_xian_duban_tongzhishu_zhusong_qiantou.docx and its gold.
Deterministic: fixed core properties, fixed zip timestamps.
"""
import io
import json
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
import datetime

NAME = "631_lichuan_xian_duban_tongzhishu_zhusong_qiantou"
ISSUER = "郦川县人民政府督查室"
DATE = "2025年3月10日"
CONTACT_A = "联系人：县政府督查室　刘　洋　　联系电话：0739-6821135"
CONTACT_B = "联系人：县政府督查室　龚晓丽　　联系电话：0739-6821137"

# --------------------------------------------------------------------------
# The 32 letters. Each: salutation (printed), matter, body paragraph(s),
# leader line (or None), 抄报, 抄送, and the gold fields.
# --------------------------------------------------------------------------
L = []


def letter(no, salute, matter, body, leader_line, chaobao, chaosong, *,
           resp, lead, coop, leaders, deadline, contact=CONTACT_A):
    L.append(dict(no=no, salute=salute, matter=matter, body=body,
                  leader_line=leader_line, chaobao=chaobao, chaosong=chaosong,
                  resp=resp, lead=lead, coop=coop, leaders=leaders,
                  deadline=deadline, contact=contact))


letter(1, "县发展和改革局：",
       "全年争取中央预算内投资、超长期特别国债等上级资金5亿元以上，谋划储备重大项目120个以上。",
       ["经县人民政府研究，此事项由你局牵头办理，县财政局、县统计局配合。请你局细化工作措施，建立项目储备和资金争取“两张清单”，明确责任股室和责任人，于2025年12月底前办结。"],
       "责任县领导：常务副县长　李　明",
       "抄报：周振华县长，李明常务副县长。",
       "抄送：县委督查室，县财政局，县统计局。",
       resp=["县发展和改革局", "县财政局", "县统计局"], lead=["县发展和改革局"],
       coop=["县财政局", "县统计局"], leaders=["李明"], deadline="2025年12月底前")

letter(2, "县发展和改革局：",
       "全年实施县级重点项目86个，完成年度投资65亿元以上，新开工亿元以上项目20个。",
       ["此事项请你局会同县自然资源局、县住房和城乡建设局、县经济开发区管委会抓好落实，实行“一个项目、一名县级领导、一个专班”推进机制，于2025年12月底前办结。"],
       "责任县领导：县长　周振华；常务副县长　李　明",
       "抄报：周振华县长，李明常务副县长。",
       "抄送：县委督查室，县自然资源局，县住房和城乡建设局，县经济开发区管委会。",
       resp=["县发展和改革局", "县自然资源局", "县住房和城乡建设局", "县经济开发区管委会"],
       lead=["县发展和改革局"],
       coop=["县自然资源局", "县住房和城乡建设局", "县经济开发区管委会"],
       leaders=["周振华", "李明"], deadline="2025年12月底前")

letter(3, "县科技和工业信息化局：",
       "新增规模以上工业企业15家以上，规模以上工业增加值增长8%左右。",
       ["经县人民政府研究，此事项由你局牵头办理，县统计局、国家税务总局郦川县税务局、县经济开发区管委会配合。请你局建立“小升规”培育库，实行月调度，于2025年12月底前办结。"],
       "责任县领导：陈思远副县长",
       "抄报：陈思远副县长。",
       "抄送：县委督查室，县统计局，国家税务总局郦川县税务局，县经济开发区管委会。",
       resp=["县科技和工业信息化局", "县统计局", "国家税务总局郦川县税务局", "县经济开发区管委会"],
       lead=["县科技和工业信息化局"],
       coop=["县统计局", "国家税务总局郦川县税务局", "县经济开发区管委会"],
       leaders=["陈思远"], deadline="2025年12月底前", contact=CONTACT_B)

letter(4, "县经济开发区管委会：",
       "加快开发区扩区调区，新建标准化厂房12万平方米，园区亩均税收增长10%以上。",
       ["此事项由你委牵头办理，县自然资源局、县住房和城乡建设局配合。请你委倒排工期、挂图作战，于2025年10月底前完成。"],
       "责任县领导：副县长　陈思远",
       "抄报：陈思远副县长。",
       "抄送：县委督查室，县自然资源局，县住房和城乡建设局。",
       resp=["县经济开发区管委会", "县自然资源局", "县住房和城乡建设局"],
       lead=["县经济开发区管委会"], coop=["县自然资源局", "县住房和城乡建设局"],
       leaders=["陈思远"], deadline="2025年10月底前", contact=CONTACT_B)

letter(5, "县商务局：",
       "社会消费品零售总额增长6%，举办“郦川好物”系列促消费活动20场以上。",
       ["此事项由你局牵头办理，县市场监督管理局，县文化旅游广电体育局配合。请你局统筹用好促消费资金，于2025年12月底前办结。责任县领导为副县长赵晓红同志。"],
       None,
       "抄报：赵晓红副县长。",
       "抄送：县委督查室，县市场监督管理局，县文化旅游广电体育局。",
       resp=["县商务局", "县市场监督管理局", "县文化旅游广电体育局"], lead=["县商务局"],
       coop=["县市场监督管理局", "县文化旅游广电体育局"], leaders=["赵晓红"],
       deadline="2025年12月底前")

letter(6, "县商务局、县科技和工业信息化局：",
       "外贸进出口总额突破10亿元，培育跨境电商经营主体5家以上。",
       ["经县人民政府研究，此事项由你们两单位共同牵头办理，县财政局配合。请你们加强协作、分工推进，于2025年12月底前办结。"],
       "责任县领导：副县长　赵晓红",
       "抄报：赵晓红副县长。",
       "抄送：县委督查室，县财政局。",
       resp=["县商务局", "县科技和工业信息化局", "县财政局"],
       lead=["县商务局", "县科技和工业信息化局"], coop=["县财政局"],
       leaders=["赵晓红"], deadline="2025年12月底前")

letter(7, "县财政局：",
       "深化县属国有企业改革，推动县城市建设投资集团市场化转型，综合融资成本压降0.5个百分点。",
       ["此事项由你局负责办理。请你局制定工作方案，于2025年9月底前完成。"],
       "责任县领导：常务副县长　李　明",
       "抄报：李明常务副县长。",
       "抄送：县委督查室。",
       resp=["县财政局"], lead=["县财政局"], coop=[], leaders=["李明"],
       deadline="2025年9月底前")

letter(8, "县行政审批服务局：",
       "深化“高效办成一件事”改革，新增集成办理事项13项，企业开办时间压减至1个工作日。",
       ["此事项由你局牵头办理，县数据资源局、县直有关单位配合。请你局于2025年11月底前办结。"],
       "责任县领导：副县长　陈思远",
       "抄报：陈思远副县长。",
       "抄送：县委督查室，县数据资源局。",
       resp=["县行政审批服务局", "县数据资源局", "县直有关单位"], lead=["县行政审批服务局"],
       coop=["县数据资源局", "县直有关单位"], leaders=["陈思远"],
       deadline="2025年11月底前", contact=CONTACT_B)

letter(9, "县农业农村局：",
       "粮食播种面积稳定在52万亩以上，粮食总产量保持在4.6亿斤以上。",
       ["此事项由你局牵头办理，县水利局、县自然资源局、各乡镇（街道）配合。请你局将目标任务分解到乡镇、落实到地块，于2025年10月底前办结。"],
       "责任县领导：副县长　王　勇",
       "抄报：王勇副县长。",
       "抄送：县委督查室，县水利局，县自然资源局，各乡镇（街道）。",
       resp=["县农业农村局", "县水利局", "县自然资源局", "各乡镇（街道）"], lead=["县农业农村局"],
       coop=["县水利局", "县自然资源局", "各乡镇（街道）"], leaders=["王勇"],
       deadline="2025年10月底前")

letter(10, "县农业农村局，各乡镇（街道）：",
       "持续整治提升农村人居环境，完成农村户厕改造2000户，行政村生活垃圾收运处置体系覆盖率保持100%。",
       ["经县人民政府研究，此事项由你们共同牵头办理，县卫生健康局、市生态环境局郦川分局配合。请于2025年11月底前完成。"],
       "责任县领导：副县长　王　勇",
       "抄报：王勇副县长。",
       "抄送：县委督查室，县卫生健康局，市生态环境局郦川分局。",
       resp=["县农业农村局", "各乡镇（街道）", "县卫生健康局", "市生态环境局郦川分局"],
       lead=["县农业农村局", "各乡镇（街道）"],
       coop=["县卫生健康局", "市生态环境局郦川分局"], leaders=["王勇"],
       deadline="2025年11月底前")

letter(11, "县水利局：",
       "完成中小河流治理28公里，新建改造农村供水工程15处，巩固提升农村供水保障水平。",
       ["此事项由你局牵头办理，县财政局、县农业农村局配合。请你局加快项目前期和建设进度，于2025年12月底前办结。"],
       "责任县领导：王勇副县长",
       "抄报：王勇副县长。",
       "抄送：县委督查室，县财政局，县农业农村局。",
       resp=["县水利局", "县财政局", "县农业农村局"], lead=["县水利局"],
       coop=["县财政局", "县农业农村局"], leaders=["王勇"], deadline="2025年12月底前")

letter(12, "县林业局：",
       "完成人工造林和退化林修复1.5万亩，森林覆盖率稳定在62%以上。",
       ["此事项由你局牵头办理，各乡镇（街道）协助。请你局抢抓植树造林季节，于2025年4月底前完成。"],
       "责任县领导：副县长　王　勇",
       "抄报：王勇副县长。",
       "抄送：县委督查室，各乡镇（街道）。",
       resp=["县林业局", "各乡镇（街道）"], lead=["县林业局"], coop=["各乡镇（街道）"],
       leaders=["王勇"], deadline="2025年4月底前")

letter(13, "县交通运输局：",
       "积极配合市交通运输局推进G353国道郦川段改扩建工程，年内完成沿线征地拆迁。",
       ["经县人民政府研究，此事项由你局牵头办理，县自然资源局、沿线各乡镇配合。请你局于2025年12月底前办结。"],
       "责任县领导：副县长　欧阳立新",
       "抄报：欧阳立新副县长。",
       "抄送：县委督查室，县自然资源局，沿线各乡镇。",
       resp=["县交通运输局", "县自然资源局", "沿线各乡镇"], lead=["县交通运输局"],
       coop=["县自然资源局", "沿线各乡镇"], leaders=["欧阳立新"],
       deadline="2025年12月底前", contact=CONTACT_B)

letter(14, "县住房和城乡建设局、县城市管理和综合执法局：",
       "改造城镇老旧小区18个，新增城区公共停车泊位1500个。",
       ["经县人民政府研究，此事项由县住房和城乡建设局牵头，县城市管理和综合执法局、县公安局配合。请于2025年11月底前办结。"],
       "责任县领导：副县长　欧阳立新",
       "抄报：欧阳立新副县长。",
       "抄送：县委督查室，县公安局。",
       resp=["县住房和城乡建设局", "县城市管理和综合执法局", "县公安局"],
       lead=["县住房和城乡建设局"], coop=["县城市管理和综合执法局", "县公安局"],
       leaders=["欧阳立新"], deadline="2025年11月底前", contact=CONTACT_B)

letter(15, "县住房和城乡建设局：",
       "推进城区雨污分流改造，新建改造排水管网35公里，消除城区易涝点6处。",
       ["此事项由你局牵头办理，县城市管理和综合执法局、县财政局配合。请你局规范项目资金使用，于2025年12月底前办结。"],
       "责任县领导：副县长　欧阳立新",
       "抄报：欧阳立新副县长。",
       "抄送：县委督查室，县审计局，县城市管理和综合执法局，县财政局。",
       resp=["县住房和城乡建设局", "县城市管理和综合执法局", "县财政局"],
       lead=["县住房和城乡建设局"], coop=["县城市管理和综合执法局", "县财政局"],
       leaders=["欧阳立新"], deadline="2025年12月底前", contact=CONTACT_B)

letter(16, "县自然资源局：",
       "盘活批而未供和闲置土地2000亩，全力保障重点项目用地需求。",
       ["此事项请你局会同县经济开发区管委会、各乡镇（街道）抓好落实，于2025年12月底前办结。"],
       "责任县领导：常务副县长　李　明",
       "抄报：李明常务副县长。",
       "抄送：县委督查室，县经济开发区管委会，各乡镇（街道）。",
       resp=["县自然资源局", "县经济开发区管委会", "各乡镇（街道）"], lead=["县自然资源局"],
       coop=["县经济开发区管委会", "各乡镇（街道）"], leaders=["李明"],
       deadline="2025年12月底前")

letter(17, "市生态环境局郦川分局：",
       "深入打好蓝天保卫战，县城空气质量优良天数比率达到92%以上。",
       ["此事项由你局牵头办理，县住房和城乡建设局、县城市管理和综合执法局、县公安局、县交通运输局配合。请你局于2025年12月底前办结。"],
       "责任县领导：副县长　赵晓红",
       "抄报：赵晓红副县长。",
       "抄送：县委督查室，县住房和城乡建设局，县城市管理和综合执法局，县公安局，县交通运输局。",
       resp=["市生态环境局郦川分局", "县住房和城乡建设局", "县城市管理和综合执法局", "县公安局", "县交通运输局"],
       lead=["市生态环境局郦川分局"],
       coop=["县住房和城乡建设局", "县城市管理和综合执法局", "县公安局", "县交通运输局"],
       leaders=["赵晓红"], deadline="2025年12月底前")

letter(18, "县教育局：",
       "新建改扩建公办幼儿园4所，新增公办学位1080个，秋季学期投入使用。",
       ["此事项由你局牵头办理，县财政局、县自然资源局、县住房和城乡建设局配合。请你局于2025年8月底前完成。"],
       "责任县领导：副县长　蒋丽华",
       "抄报：蒋丽华副县长。",
       "抄送：县委督查室，县财政局，县自然资源局，县住房和城乡建设局。",
       resp=["县教育局", "县财政局", "县自然资源局", "县住房和城乡建设局"], lead=["县教育局"],
       coop=["县财政局", "县自然资源局", "县住房和城乡建设局"], leaders=["蒋丽华"],
       deadline="2025年8月底前")

letter(19, "县卫生健康局：",
       "推进紧密型县域医共体建设，实现乡镇卫生院远程影像、心电诊断全覆盖。",
       ["此事项请你局会同县医疗保障局、县数据资源局抓好落实，于2025年12月底前办结。"],
       "责任县领导：蒋丽华副县长",
       "抄报：蒋丽华副县长。",
       "抄送：县委督查室，县医疗保障局，县数据资源局。",
       resp=["县卫生健康局", "县医疗保障局", "县数据资源局"], lead=["县卫生健康局"],
       coop=["县医疗保障局", "县数据资源局"], leaders=["蒋丽华"],
       deadline="2025年12月底前")

letter(20, "县人力资源和社会保障局：",
       "城镇新增就业3200人，开展补贴性职业技能培训5000人次以上。",
       ["此事项由你局牵头办理，县总工会、团县委、县妇联协助。请你局于2025年12月底前办结。"],
       "责任县领导：副县长　蒋丽华",
       "抄报：蒋丽华副县长。",
       "抄送：县委督查室，县总工会，团县委，县妇联。",
       resp=["县人力资源和社会保障局", "县总工会", "团县委", "县妇联"],
       lead=["县人力资源和社会保障局"], coop=["县总工会", "团县委", "县妇联"],
       leaders=["蒋丽华"], deadline="2025年12月底前", contact=CONTACT_B)

letter(21, "县民政局：",
       "新建社区嵌入式养老服务中心3个，改造提升特困人员供养服务设施2所。",
       ["此事项由你局牵头办理，县财政局、县卫生健康局配合。请你局于2025年10月底前办结。"],
       "责任县领导：副县长　蒋丽华",
       "抄报：蒋丽华副县长。",
       "抄送：县委督查室，县财政局，县卫生健康局。",
       resp=["县民政局", "县财政局", "县卫生健康局"], lead=["县民政局"],
       coop=["县财政局", "县卫生健康局"], leaders=["蒋丽华"], deadline="2025年10月底前",
       contact=CONTACT_B)

letter(22, "县医疗保障局：",
       "开展医保基金监管专项整治，定点医药机构现场检查实现全覆盖。",
       ["此事项由你局负责办理。请你局于2025年10月底前办结。"],
       "责任县领导：副县长　蒋丽华",
       "抄报：蒋丽华副县长。",
       "抄送：县委督查室。",
       resp=["县医疗保障局"], lead=["县医疗保障局"], coop=[], leaders=["蒋丽华"],
       deadline="2025年10月底前")

letter(23, "县文化旅游广电体育局：",
       "成功创建国家4A级旅游景区1家，全年接待游客突破800万人次。",
       ["此事项由你局牵头办理，县交通运输局、县商务局、县融媒体中心配合。请你局于2025年12月底前办结。"],
       "责任县领导：副县长　赵晓红",
       "抄报：赵晓红副县长。",
       "抄送：县委督查室，县交通运输局，县商务局，县融媒体中心。",
       resp=["县文化旅游广电体育局", "县交通运输局", "县商务局", "县融媒体中心"],
       lead=["县文化旅游广电体育局"], coop=["县交通运输局", "县商务局", "县融媒体中心"],
       leaders=["赵晓红"], deadline="2025年12月底前")

letter(24, "县公安局：",
       "深入推进平安郦川建设，刑事案件立案数同比下降5%以上。",
       ["此事项由你局牵头办理，县委政法委、县司法局配合。请你局于2025年12月底前办结。"],
       "责任县领导：副县长、县公安局局长　孙　浩",
       "抄报：孙浩副县长。",
       "抄送：县委督查室，县委政法委，县司法局。",
       resp=["县公安局", "县委政法委", "县司法局"], lead=["县公安局"],
       coop=["县委政法委", "县司法局"], leaders=["孙浩"], deadline="2025年12月底前")

letter(25, "县应急管理局：",
       "深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故。",
       ["此事项由你局牵头办理，县直有关单位，各乡镇（街道）配合。请你局于2025年12月底前办结。"],
       "责任县领导：常务副县长　李　明；副县长　欧阳立新",
       "抄报：李明常务副县长，欧阳立新副县长。",
       "抄送：县委督查室，各乡镇（街道）。",
       resp=["县应急管理局", "县直有关单位", "各乡镇（街道）"], lead=["县应急管理局"],
       coop=["县直有关单位", "各乡镇（街道）"], leaders=["李明", "欧阳立新"],
       deadline="2025年12月底前", contact=CONTACT_B)

letter(26, "县市场监督管理局：",
       "新增各类经营主体4500户以上，创建省级食品安全示范街区2条。",
       ["此事项由你局牵头办理，县行政审批服务局、县商务局配合。请你局于2025年12月底前办结。"],
       "责任县领导：副县长　陈思远",
       "抄报：陈思远副县长。",
       "抄送：县委督查室，县行政审批服务局，县商务局。",
       resp=["县市场监督管理局", "县行政审批服务局", "县商务局"], lead=["县市场监督管理局"],
       coop=["县行政审批服务局", "县商务局"], leaders=["陈思远"],
       deadline="2025年12月底前", contact=CONTACT_B)

letter(27, "县信访局：",
       "开展信访问题源头治理攻坚，化解信访积案40件以上。",
       ["此事项请你局会同县委政法委、各乡镇（街道）抓好落实，于2025年9月底前办结。"],
       "责任县领导：副县长、县公安局局长　孙　浩",
       "抄报：孙浩副县长。",
       "抄送：县委督查室，县委政法委，各乡镇（街道）。",
       resp=["县信访局", "县委政法委", "各乡镇（街道）"], lead=["县信访局"],
       coop=["县委政法委", "各乡镇（街道）"], leaders=["孙浩"], deadline="2025年9月底前")

letter(28, "县数据资源局：",
       "建成县级城市运行“一网统管”平台，接入部门业务系统20个以上。",
       ["此事项由你局牵头办理，县城市管理和综合执法局、县政府办公室配合。请你局于2025年9月底前完成。"],
       None,
       None,
       "抄送：县委督查室，县城市管理和综合执法局，县政府办公室。",
       resp=["县数据资源局", "县城市管理和综合执法局", "县政府办公室"], lead=["县数据资源局"],
       coop=["县城市管理和综合执法局", "县政府办公室"], leaders=[],
       deadline="2025年9月底前", contact=CONTACT_B)

letter(29, "郦川县城市建设投资集团有限公司：",
       "完成城区棚户区改造安置房600套建设，年内交付使用。",
       ["此事项由你公司牵头办理，县住房和城乡建设局、县财政局配合。请你公司于2025年12月底前完成。"],
       "责任县领导：副县长　欧阳立新",
       "抄报：欧阳立新副县长。",
       "抄送：县委督查室，县住房和城乡建设局，县财政局。",
       resp=["郦川县城市建设投资集团有限公司", "县住房和城乡建设局", "县财政局"],
       lead=["郦川县城市建设投资集团有限公司"], coop=["县住房和城乡建设局", "县财政局"],
       leaders=["欧阳立新"], deadline="2025年12月底前")

letter(30, "县退役军人事务局：",
       "推进退役军人服务保障体系标准化建设，县乡村三级服务站点规范化率达到100%。",
       ["此事项由你局负责办理，请于2025年10月底前办结。"],
       "责任县领导：副县长　蒋丽华",
       "抄报：蒋丽华副县长。",
       "抄送：县委督查室。",
       resp=["县退役军人事务局"], lead=["县退役军人事务局"], coop=[], leaders=["蒋丽华"],
       deadline="2025年10月底前")

letter(31, "县农业农村局、县财政局：",
       "巩固拓展脱贫攻坚成果，脱贫人口人均纯收入增长8%以上，坚决守住不发生规模性返贫底线。",
       ["此事项由你们两单位共同牵头办理，县人力资源和社会保障局、各乡镇（街道）配合。请于2025年12月底前办结。"],
       "责任县领导：副县长　王　勇",
       "抄报：王勇副县长。",
       "抄送：县委督查室，县人力资源和社会保障局，各乡镇（街道）。",
       resp=["县农业农村局", "县财政局", "县人力资源和社会保障局", "各乡镇（街道）"],
       lead=["县农业农村局", "县财政局"], coop=["县人力资源和社会保障局", "各乡镇（街道）"],
       leaders=["王勇"], deadline="2025年12月底前")

letter(32, "县城市管理和综合执法局：",
       "开展城区“马路市场”和占道经营专项整治，规范设置便民疏导点10处。",
       ["此事项由你局牵头办理，县市场监督管理局、县公安局交通警察大队配合。请你局于2025年6月30日前办结。"],
       "责任县领导：副县长　欧阳立新",
       "抄报：欧阳立新副县长。",
       "抄送：县委督查室，县市场监督管理局，县公安局交通警察大队。",
       resp=["县城市管理和综合执法局", "县市场监督管理局", "县公安局交通警察大队"],
       lead=["县城市管理和综合执法局"], coop=["县市场监督管理局", "县公安局交通警察大队"],
       leaders=["欧阳立新"], deadline="2025年6月30日前", contact=CONTACT_B)

assert [x["no"] for x in L] == list(range(1, 33))

# --------------------------------------------------------------------------
# DOCX helpers
# --------------------------------------------------------------------------
FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"
RED = RGBColor(0xE6, 0x00, 0x12)


def set_font(run, name, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def para(doc, text="", *, font=FS, size=16, bold=False, color=None,
         align=None, indent=True, right_indent=None, before=0, after=0,
         page_break=False, line=Pt(28)):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing = line
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if right_indent is not None:
        pf.right_indent = right_indent
    if page_break:
        pf.page_break_before = True
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def border(p, side, color="E60012", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)


def runin(doc, head, rest):
    """A paragraph opening with a 黑体 run-in heading."""
    p = para(doc)
    r = p.add_run(head)
    set_font(r, HT, 16)
    r = p.add_run(rest)
    set_font(r, FS, 16)
    return p


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    C = WD_ALIGN_PARAGRAPH.CENTER
    R = WD_ALIGN_PARAGRAPH.RIGHT
    J = WD_ALIGN_PARAGRAPH.JUSTIFY

    # ---------------- cover notice ----------------
    para(doc, ISSUER, font=XBS, size=36, color=RED, align=C, indent=False,
         before=24, after=12, line=Pt(48))
    p = para(doc, "郦府督〔2025〕3号", align=C, indent=False, after=6)
    border(p, "bottom", sz=18)
    para(doc, "", indent=False)
    para(doc, "郦川县人民政府督查室", font=XBS, size=22, align=C,
         indent=False, line=Pt(34))
    para(doc, "关于印发2025年县政府重点工作督办通知书的通知", font=XBS,
         size=22, align=C, indent=False, line=Pt(34), after=12)
    para(doc, "县直各有关单位，各乡镇人民政府、街道办事处，县经济开发区管委会：",
         indent=False, align=J)
    para(doc, "为推动《2025年郦川县人民政府工作报告》确定的重点工作落地落实，"
              "经县人民政府同意，县政府督查室对第一批32项重点工作实行“一事一书”"
              "督办，现将督办通知书（郦府督通〔2025〕1—32号）一并印发，并就有关"
              "事项通知如下。", align=J)
    runin(doc, "一、明确办理责任。",
          "每份督办通知书的主送单位为该事项的牵头单位，对办理工作负总责；"
          "主送单位有两个的，为共同牵头单位，通知书正文另有明确的，以正文为准。"
          "正文中明确“会同”“配合”“协助”的单位为配合单位，要主动对接、积极支持，"
          "不得推诿扯皮。通知书所列“责任县领导”为该事项的责任领导，负责统筹协调。"
          "通知书抄报的县领导、抄送的单位仅为知悉，不承担办理责任。")
    runin(doc, "二、严格办理时限。",
          "各牵头单位要对照通知书明确的时限倒排工期，于每季度末次月5日前将办理"
          "进展书面报县政府督查室，事项办结后5个工作日内报送办结报告。确需延期"
          "办理的，由牵头单位书面说明理由，经责任县领导同意后报县政府督查室备案。")
    runin(doc, "三、强化督查问效。",
          "县政府督查室将采取定期调度、实地督查、跟踪问效等方式推进督办事项落实，"
          "办理情况纳入年度绩效考核。对工作推进不力、进度严重滞后的，按程序予以"
          "通报。")
    para(doc, "联系人：县政府督查室　刘　洋，联系电话：0739-6821135。", align=J)
    para(doc, "", indent=False)
    p = para(doc, "附件：郦川县人民政府督查室督办通知书（郦府督通〔2025〕1—32号）",
             align=J)
    para(doc, "", indent=False)
    para(doc, ISSUER, align=R, indent=False, right_indent=Cm(1.6))
    para(doc, DATE, align=R, indent=False, right_indent=Cm(2.1))
    para(doc, "（此件发至各承办单位）", indent=True)

    # ---------------- attachment title ----------------
    para(doc, "附件", font=HT, size=16, indent=False, page_break=True)
    para(doc, "", indent=False)
    para(doc, "郦川县人民政府督查室督办通知书", font=XBS, size=22, align=C,
         indent=False, line=Pt(34))
    para(doc, "（郦府督通〔2025〕1—32号）", font=KT, size=16, align=C,
         indent=False)

    # ---------------- the letters ----------------
    for x in L:
        para(doc, ISSUER, font=XBS, size=26, color=RED, align=C, indent=False,
             page_break=True, line=Pt(40))
        para(doc, "督办通知书", font=XBS, size=22, align=C, indent=False,
             line=Pt(36))
        p = para(doc, "郦府督通〔2025〕%d号" % x["no"], align=C, indent=False,
                 after=6)
        border(p, "bottom", sz=12)
        para(doc, "", indent=False)
        para(doc, x["salute"], indent=False, align=J)
        para(doc, "督办事项：" + x["matter"], align=J)
        for b in x["body"]:
            para(doc, b, align=J)
        if x["leader_line"]:
            para(doc, x["leader_line"], align=J)
        para(doc, x["contact"], align=J)
        para(doc, "", indent=False)
        para(doc, ISSUER, align=R, indent=False, right_indent=Cm(1.6))
        para(doc, DATE, align=R, indent=False, right_indent=Cm(2.1))
        para(doc, "", indent=False)
        first = True
        for line in (x["chaobao"], x["chaosong"]):
            if not line:
                continue
            p = para(doc, line, size=14, indent=False, align=J,
                     line=Pt(24))
            p.paragraph_format.left_indent = Pt(14)
            if first:
                border(p, "top", color="000000", sz=8)
                first = False
        border(p, "bottom", color="000000", sz=8)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 3, 10, 9, 0, 0)
    cp.author = "县政府督查室"
    cp.last_modified_by = "县政府督查室"
    cp.title = "关于印发2025年县政府重点工作督办通知书的通知"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 3
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed

    buf = io.BytesIO()
    doc.save(buf)
    # re-zip with fixed timestamps so the bytes never change
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(NAME + ".docx", "wb") as f:
        f.write(out.getvalue())


def gold():
    with open(NAME + ".tasks.gold.jsonl", "w", encoding="utf-8") as f:
        for x in L:
            rec = {
                "id": str(x["no"]),
                "marker": "郦府督通〔2025〕%d号" % x["no"],
                "head": x["matter"][:12],
                "responsible_units": x["resp"],
                "lead_units": x["lead"],
                "cooperating_units": x["coop"],
                "leaders": x["leaders"],
                "deadline": x["deadline"],
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    build()
    gold()
