#!/usr/bin/python3
"""Round 137, notice 694 (control case).

Writes 694_lanping_xian_jjgzhy_gzbg_renwu_fengong.docx and 694.tasks.gold.jsonl
from the one structured description of the tasks below (TASKS).

A joint notice of 中共岚平县委办公室 and 岚平县人民政府办公室 (both invented)
that splits the tasks of the 县委经济工作会议 and the 县政府工作报告: parts
一、… , tasks 1.–38. numbered on across the parts, each followed by the lines
牵头县领导： / 牵头单位： / 责任单位： (责任单位 = the cooperating units).

Deterministic: fixed core properties, and the zip is rewritten with fixed
timestamps and attributes.  Run: /usr/bin/python3 make_694.py
"""
import io
import json
import os
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = "694_lanping_xian_jjgzhy_gzbg_renwu_fengong.docx"
GOLD = "694.tasks.gold.jsonl"

SP = "\u3000"  # the full-width space used to pad two-character names

# ---------------------------------------------------------------------------
# The one structured description of the notice's tasks.
#
# Each task: n (number), paras (its text paragraphs; the first opens with the
# marker), title (the bold first sentence, part of paras[0]), leaders (as
# printed, padded or not), lead / coop (units as printed, one list item per
# unit), and optional print quirks:
#   dot        marker punctuation ("." by default, "．" once)
#   coop_seps  separators between the cooperating units (default all "、")
#   coop_colon colon after 责任单位 (default "：")
#   coop_tail  text after the last unit ("" by default, "。" once)
# coop None = no 责任单位 line is printed.
# ---------------------------------------------------------------------------
PARTS = [
    ("一、全力扩大有效投资，推动经济持续回升向好", [
        dict(n=1, title="全力抓好项目建设。",
             paras=["坚持“项目为王”鲜明导向，全年实施500万元以上项目210个以上，其中新开工项目120个以上，固定资产投资增长8%以上。落实县级领导包抓重点项目机制，推行“周调度、月通报、季观摩”，推动项目早开工、早投产、早见效。"],
             leaders=["王" + SP + "勇"], lead=["县发展和改革局"],
             coop=["各乡镇（街道）", "县直有关单位"]),
        dict(n=2, title="积极争取上级资金支持。",
             paras=["紧盯国家政策导向和资金投向，精准谋划储备一批超长期特别国债、中央预算内投资和地方政府专项债券项目，提高项目前期工作质量，全年争取各类上级资金30亿元以上。"],
             leaders=["王" + SP + "勇"], lead=["县发展和改革局", "县财政局"],
             coop=["县直有关单位"]),
        dict(n=3, title="强化项目要素保障。",
             paras=["统筹用地、用林、用能、资金等要素向重点项目倾斜，全年报批建设用地3000亩以上，盘活批而未供和闲置土地800亩以上，推行“标准地+承诺制”供地模式。"],
             leaders=["黄文斌"], lead=["县自然资源局"],
             coop=["县发展和改革局", "县财政局", "县林业局", "市生态环境局岚平分局"]),
        dict(n=4, title="加大招商引资力度。",
             paras=["深入开展“招商引资提升年”活动，聚焦新材料、农产品精深加工、文化旅游等主导产业开展产业链招商、以商招商，全年引进亿元以上项目25个，到位资金85亿元以上。"],
             leaders=["陈志刚", "郭宏亮"], lead=["县投资促进中心"],
             coop=["岚平经济开发区管委会", "县商务局", "各乡镇（街道）"]),
        dict(n=5, title="促进消费持续恢复。",
             paras=["开展“惠享岚平”系列促消费活动，培育夜间经济、假日经济，支持新能源汽车、家电、家居等大宗消费，推动县城商业综合体提质升级，社会消费品零售总额增长7%。"],
             leaders=["吴丽华"], lead=["县商务局"],
             coop=["县财政局", "县市场监督管理局（县知识产权局）", "县统计局"]),
        dict(n=6, title="加强经济运行监测调度。",
             paras=["健全经济运行分析调度机制，加强重点行业、重点企业、重点指标监测，做好规上工业、限上商贸、资质建筑业等企业入库培育，全年新增“四上”企业40家以上。"],
             leaders=["王" + SP + "勇"], lead=["县统计局"],
             coop=["县发展和改革局", "县工业和信息化局", "县商务局", "县住房和城乡建设局", "各乡镇（街道）"]),
    ]),
    ("二、加快产业转型升级，构建现代化产业体系", [
        dict(n=7, title="做大做强新材料产业。",
             paras=["依托岚平经济开发区，加快推进年产5万吨高性能铝合金型材、2万吨锂电池负极材料等项目建设，推动产业链上下游协同发展，力争新材料产业产值突破60亿元。"],
             leaders=["郭宏亮"], lead=["岚平经济开发区管委会"],
             coop=["县工业和信息化局", "县发展和改革局", "县自然资源局"]),
        dict(n=8, title="推动工业企业技改升级。",
             paras=["实施工业技改项目30个以上，新培育省级“专精特新”中小企业5家、创新型中小企业15家，规模以上工业增加值增长9%。"],
             leaders=["郭宏亮"], lead=["县工业和信息化局"],
             coop=["县科学技术局", "县财政局", "岚平经济开发区管委会"]),
        dict(n=9, title="加快文旅融合发展。",
             paras=["深入挖掘岚河文化、红色文化资源，推进岚山景区提档升级，创建国家4A级旅游景区1个，办好第三届岚平苹果花节，全年接待游客680万人次、实现旅游综合收入55亿元。"],
             leaders=["马俊峰", "吴丽华"], lead=["县文化和旅游局（县文物局）"],
             coop=["县委宣传部", "县交通运输局", "县自然资源局", "相关乡镇"]),
        dict(n=10, title="发展现代服务业。",
             paras=["推动现代物流、电子商务、金融服务等生产性服务业提质增效，建成县级电商公共服务中心和冷链物流集散中心，网络零售额增长15%以上。"],
             leaders=["吴丽华"], lead=["县商务局"],
             coop=["县交通运输局", "县供销合作社联合社", "岚平县邮政分公司"]),
        dict(n=11, title="强化科技创新引领。",
             paras=["深入实施创新驱动发展战略，全社会研发投入强度达到1.5%，新增高新技术企业8家、科技型中小企业30家，建成省级以上创新平台2个。"],
             leaders=["黄文斌"], lead=["县科学技术局"],
             coop=["县工业和信息化局", "县财政局", "县统计局"]),
        dict(n=12, title="推动数字经济发展。",
             paras=["加快新型基础设施建设，新建5G基站150个，实现乡镇以上区域和重点行政村5G网络全覆盖，推进工业互联网、智慧农业、智慧文旅等场景应用。"],
             leaders=["郭宏亮"], lead=["县工业和信息化局"],
             coop=["县行政审批服务局", "中国电信岚平分公司", "中国移动岚平分公司"]),
    ]),
    ("三、全面推进乡村振兴，加快建设农业强县", [
        dict(n=13, title="扛稳粮食安全责任。",
             paras=["严格落实耕地保护和粮食安全党政同责，粮食播种面积稳定在52万亩以上、总产量稳定在20万吨以上，新建高标准农田3.5万亩。"],
             leaders=["孙涛"], lead=["县农业农村局"],
             coop=["县自然资源局", "县发展和改革局", "县水利局", "各乡镇（街道）"]),
        dict(n=14, title="巩固拓展脱贫攻坚成果。",
             paras=["严格落实“四个不摘”要求，健全防止返贫动态监测和帮扶机制，对监测对象做到早发现、早干预、早帮扶，坚决守住不发生规模性返贫底线。",
                    "加强易地扶贫搬迁后续扶持，抓好帮扶车间、公益性岗位等就业帮扶，脱贫人口务工规模稳定在3.2万人以上，推动脱贫群众收入增速高于全县农民平均水平。"],
             leaders=["孙涛"], lead=["县农业农村局"],
             coop=["县人力资源和社会保障局", "县财政局", "县民政局", "各乡镇（街道）"]),
        dict(n=15, dot="．", title="发展壮大特色产业。",
             paras=["做优苹果、中药材、肉牛三大特色产业，新建矮砧苹果示范园5000亩，中药材种植面积稳定在8万亩，肉牛饲养量达到12万头，新培育市级以上农业产业化龙头企业3家。"],
             leaders=["孙涛"], lead=["县农业农村局"],
             coop=["县林业局", "县畜牧兽医中心", "各乡镇（街道）"]),
        dict(n=16, title="实施乡村建设行动。",
             paras=["学习运用“千万工程”经验，建设和美乡村示范村10个，持续开展农村人居环境整治提升，农村卫生厕所普及率达到78%，生活垃圾收运处置体系覆盖所有行政村。"],
             leaders=["孙涛", "赵" + SP + "敏"], lead=["县农业农村局", "县住房和城乡建设局"],
             coop=["县交通运输局", "县水利局", "市生态环境局岚平分局", "各乡镇（街道）"]),
        dict(n=17, title="深化农村改革。",
             paras=["稳妥推进第二轮土地承包到期后再延长30年试点，深化农村集体产权制度改革，发展新型农村集体经济，年内村集体经济收入全部达到10万元以上。"],
             leaders=["张建国", "孙涛"], lead=["县委组织部"],
             coop=["县农业农村局", "县财政局", "县自然资源局", "各乡镇（街道）"]),
        dict(n=18, title="加强水利基础设施建设。",
             paras=["加快推进岚河水库、城乡供水一体化等重点水利工程建设，实施中小河流治理项目3个，农村自来水普及率达到93%。"],
             leaders=["孙涛"], lead=["县水利局"],
             coop=["县发展和改革局", "县财政局", "各乡镇（街道）"]),
    ]),
    ("四、统筹推进城乡融合发展，提升县城综合承载能力", [
        dict(n=19, title="推进以县城为重要载体的新型城镇化。",
             paras=["完善县城市政公用设施和公共服务设施，有序推进农业转移人口市民化，常住人口城镇化率提高1.2个百分点。"],
             leaders=["赵" + SP + "敏"], lead=["县住房和城乡建设局"],
             coop=["县发展和改革局", "县自然资源局", "县公安局"]),
        dict(n=20, title="实施城市更新行动。",
             paras=["改造城镇老旧小区32个、1860户，新建改造城市道路12公里、供热管网15公里，加快推进城区雨污分流改造，新增城市停车泊位1500个。"],
             leaders=["赵" + SP + "敏"], lead=["县住房和城乡建设局"],
             coop=["县城市管理综合执法局", "县财政局", "国网岚平县供电公司", "城关街道办事处"]),
        dict(n=21, title="完善综合交通网络。",
             paras=["全力配合做好岚平至东川高速公路建设，加快推进国道312线岚平段改线工程，新改建农村公路120公里，实施危桥改造12座。"],
             leaders=["王" + SP + "勇"], lead=["县交通运输局"],
             coop=["县自然资源局", "县财政局", "各乡镇（街道）"]),
        dict(n=22, title="提升城市精细化管理水平。",
             paras=["深化城市管理“721”工作法，常态化开展市容市貌、占道经营、违章建筑等专项整治，巩固省级文明城市创建成果。"],
             leaders=["赵" + SP + "敏"], lead=["县城市管理综合执法局"],
             coop=["县住房和城乡建设局", "县公安局", "城关街道办事处"]),
        dict(n=23, title="促进房地产市场平稳健康发展。",
             paras=["因城施策用好房地产调控政策工具箱，支持刚性和改善性住房需求，稳妥处置问题楼盘，扎实做好保交楼工作。"],
             leaders=["赵" + SP + "敏"], lead=["县住房和城乡建设局"],
             coop=["县自然资源局", "县税务局", "县委金融办"], coop_seps=["，", "、"]),
    ]),
    ("五、深化改革扩大开放，持续优化营商环境", [
        dict(n=24, title="持续优化营商环境。",
             paras=["深化“放管服”改革，推进“高效办成一件事”，政务服务事项网上可办率达到98%以上，全面落实涉企收费清单制度，开展营商环境专项整治，打造“岚平速度”服务品牌。"],
             leaders=["王勇"], lead=["县行政审批服务局"],
             coop=["县发展和改革局", "县市场监督管理局（县知识产权局）", "县司法局", "县直有关单位"]),
        dict(n=25, title="深化国资国企改革。",
             paras=["推进国有资本布局优化和结构调整，推动县城投集团市场化转型，健全现代企业制度，提升国有企业资产运营效益。"],
             leaders=["王" + SP + "勇"], lead=["县财政局"],
             coop=["县国有资产服务中心", "岚平县城市建设投资集团有限公司"]),
        dict(n=26, title="防范化解政府债务风险。",
             paras=["严格落实一揽子化债方案，坚决遏制新增隐性债务，稳妥化解存量债务，确保法定债务按时还本付息。"],
             leaders=["王" + SP + "勇"], lead=["县财政局"], coop=None),
        dict(n=27, title="促进民营经济发展壮大。",
             paras=["全面落实支持民营经济发展各项政策，构建亲清政商关系，健全常态化政企沟通机制，依法保护民营企业产权和企业家权益。"],
             leaders=["郭宏亮"], lead=["县发展和改革局"],
             coop=["县委统战部", "县工商业联合会", "县市场监督管理局（县知识产权局）"]),
        dict(n=28, title="扩大对外开放合作。",
             paras=["主动融入共建“一带一路”，支持企业开拓国际市场，加强与东部地区产业协作，全年外贸进出口总额增长10%以上。"],
             leaders=["吴丽华"], lead=["县商务局"],
             coop=["县投资促进中心", "岚平经济开发区管委会"], coop_tail="。"),
    ]),
    ("六、坚持生态优先，推动绿色低碳发展", [
        dict(n=29, title="深入打好污染防治攻坚战。",
             paras=["持续深化大气、水、土壤污染防治，县城空气质量优良天数比例达到85%以上，国省考断面水质稳定达标，完成中央和省级生态环境保护督察反馈问题整改。"],
             leaders=["黄文斌"], lead=["市生态环境局岚平分局"],
             coop=["县住房和城乡建设局", "县农业农村局", "县水利局", "县城市管理综合执法局", "各乡镇（街道）"]),
        dict(n=30, title="全面推行林长制、河湖长制。",
             paras=["深入开展国土绿化行动，完成国土绿化4.5万亩，加强岚河流域生态保护和综合治理，确保河湖水质持续改善。"],
             leaders=["孙涛"], lead=["县林业局", "县水利局"],
             coop=["各乡镇（街道）"]),
        dict(n=31, title="推动绿色低碳转型。",
             paras=["有序推进碳达峰行动，加快分布式光伏、风电等新能源项目建设，新增新能源装机容量20万千瓦，单位地区生产总值能耗完成市定目标。"],
             leaders=["郭宏亮"], lead=["县发改局"],
             coop=["县工业和信息化局", "国网岚平县供电公司"], coop_colon=":"),
    ]),
    ("七、着力保障和改善民生，统筹发展和安全", [
        dict(n=32, title="千方百计稳定和扩大就业。",
             paras=["落实就业优先政策，做好高校毕业生、农民工、退役军人等重点群体就业工作，城镇新增就业2600人，城镇调查失业率控制在5.5%以内。"],
             leaders=["李红梅"], lead=["县人力资源和社会保障局"],
             coop=["县教育局", "县农业农村局", "县退役军人事务局"]),
        dict(n=33, title="办好人民满意的教育。",
             paras=["新建改扩建幼儿园3所、中小学校4所，推进义务教育优质均衡发展，深化县域普通高中振兴行动，加强中小学教师队伍建设。"],
             leaders=["李红梅"], lead=["县教育局"],
             coop=["县财政局", "县住房和城乡建设局", "县自然资源局"]),
        dict(n=34, title="推进健康岚平建设。",
             paras=["深化紧密型县域医共体建设，推进县人民医院新院区建设，提升乡镇卫生院和村卫生室服务能力，做好重点传染病防控工作。"],
             leaders=["李红梅"], lead=["县卫生健康局"],
             coop=["县医疗保障局", "县财政局", "县人力资源和社会保障局"]),
        dict(n=35, title="健全社会保障体系。",
             paras=["扩大社会保险覆盖面，做好城乡低保、特困供养、临时救助等工作，新建社区嵌入式养老服务设施5处，加强残疾人、困境儿童等群体关爱服务。"],
             leaders=["李红梅"], lead=["县民政局"],
             coop=["县人力资源和社会保障局", "县医疗保障局", "县退役军人事务局", "县残疾人联合会"]),
        dict(n=36, title="抓好安全生产和防灾减灾。",
             paras=["深入开展安全生产治本攻坚三年行动，严格落实安全生产责任制，加强道路交通、消防、燃气、建筑施工等重点领域隐患排查整治，坚决遏制较大以上事故发生。"],
             leaders=["王" + SP + "勇"], lead=["县应急管理局"],
             coop=["县直有关单位", "各乡镇（街道）"]),
        dict(n=37, title="建设更高水平的平安岚平。",
             paras=["坚持和发展新时代“枫桥经验”，深化信访工作法治化，常态化开展扫黑除恶斗争，严厉打击电信网络诈骗等违法犯罪，维护社会大局和谐稳定。"],
             leaders=["周立新", "黄文斌"], lead=["县委政法委"],
             coop=["县公安局", "县司法局", "县信访局", "各乡镇（街道）"]),
        dict(n=38, title="加强政府自身建设。",
             paras=["坚持依法行政，自觉接受县人大及其常委会法律监督和县政协民主监督，严格落实过紧日子要求，持续整治形式主义为基层减负，不断提升政府执行力和公信力。"],
             leaders=["陈志刚"], lead=["县政府办公室"],
             coop=["县司法局", "县审计局", "县直各部门"]),
    ]),
]

ISSUER1 = "中共岚平县委办公室"
ISSUER2 = "岚平县人民政府办公室"
WENHAO = "岚委办发〔2024〕6号"
DATE = "2024年2月26日"
ATT_TITLE = "2024年县委经济工作会议和《政府工作报告》重点任务分工"

COVER = [
    "各乡镇党委、人民政府，城关街道党工委、办事处，县委各部委办局，县直各单位，各人民团体，岚平经济开发区管委会：",
    "为全面贯彻落实县委十五届七次全体会议暨县委经济工作会议和县十八届人大四次会议精神，确保县委、县政府确定的2024年各项目标任务落到实处，经县委、县政府同意，现将《2024年县委经济工作会议和〈政府工作报告〉重点任务分工》印发给你们，并就有关事项通知如下。",
    ("一、提高思想认识。", "县委经济工作会议和《政府工作报告》确定的重点任务，是县委、县政府对今年全县经济社会发展作出的重要部署。各乡镇（街道）、各部门要切实把思想和行动统一到县委、县政府决策部署上来，细化工作措施，明确时间节点，确保各项任务按期完成。"),
    ("二、压实工作责任。", "各牵头县领导要加强对分管领域重点任务的统筹调度，定期听取汇报，及时研究解决推进中的困难和问题。牵头单位要切实履行牵头抓总职责，制定具体推进方案，明确时间表、路线图；涉及多个牵头单位的，排在第一位的为主牵头单位，其他单位共同牵头。责任单位要按照职责分工，主动配合、积极作为，形成工作合力。"),
    ("三、强化督查考核。", "各牵头单位于每季度最后一个月25日前，将任务推进情况书面报送县委督查室、县政府督查室（联系电话：0936-5512306），同时报送电子版。县委督查室、县政府督查室要加强跟踪督办，督查结果纳入年度目标责任考核，对工作推进不力、进度滞后的，按有关规定严肃问责。"),
]

# ---------------------------------------------------------------------------

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)


def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold if bold else None
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if name in (FS, KT):
        rfonts.set(qn("w:ascii"), "Times New Roman")
        rfonts.set(qn("w:hAnsi"), "Times New Roman")
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", font=FS, size=16, align=None, indent=True,
         bold=False, color=None, exact=28):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)  # two characters of 三号
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
              "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
              "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
              "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
              "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
              "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def bottom_border(p, color="FF0000", sz="12"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.insert_element_before(bdr, *AFTER_PBDR)


def top_bottom_border(p, top=True, bottom=True, sz="8"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side, on in (("top", top), ("bottom", bottom)):
        if on:
            b = OxmlElement("w:" + side)
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), sz)
            b.set(qn("w:space"), "1")
            b.set(qn("w:color"), "000000")
            bdr.append(b)
    ppr.insert_element_before(bdr, *AFTER_PBDR)


def page_field(p):
    def fld(kind, text=None):
        r = OxmlElement("w:r")
        if kind == "text":
            t = OxmlElement("w:instrText")
            t.set(qn("xml:space"), "preserve")
            t.text = text
            r.append(t)
        else:
            f = OxmlElement("w:fldChar")
            f.set(qn("w:fldCharType"), kind)
            r.append(f)
        return r
    set_font(p.add_run("— "), "宋体", 14)
    p._p.append(fld("begin"))
    p._p.append(fld("text", " PAGE "))
    p._p.append(fld("separate"))
    set_font(p.add_run("1"), "宋体", 14)
    p._p.append(fld("end"))
    set_font(p.add_run(" —"), "宋体", 14)


def unit_line(label, units, seps=None, colon="：", tail=""):
    seps = seps or ["、"] * (len(units) - 1)
    s = label + colon + units[0]
    for sep, u in zip(seps, units[1:]):
        s += sep + u
    return s + tail


def build_doc():
    doc = Document()
    cp = doc.core_properties
    fixed = datetime.datetime(2024, 2, 26, 9, 30, 0)
    cp.author = "县委办"
    cp.last_modified_by = "县委办"
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 3
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed

    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(28)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(fp)

    # --- 版头: the two issuers stacked, 文件 once to their right -----------
    para(doc, "", indent=False)
    t = doc.add_table(rows=2, cols=2)
    t.autofit = False
    t.alignment = 1  # centred
    for col, w in zip(t.columns, (Mm(124), Mm(32))):
        col.width = w
        for c in col.cells:
            c.width = w
    for r, name in enumerate((ISSUER1, ISSUER2)):
        c = t.cell(r, 0)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        set_font(p.add_run(name), XBS, 26, color=RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.width = Mm(32)
    tcpr = m._tc.get_or_add_tcPr()
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), "center")
    tcpr.append(va)
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("文件"), XBS, 36, color=RED)

    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, WENHAO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p)
    para(doc, "", indent=False)

    # --- 标题 (two lines by a line break, as typed in Word) -----------------
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=35)
    set_font(p.add_run(ISSUER1 + SP + ISSUER2), XBS, 22)
    r = p.add_run()
    r.add_break()
    set_font(p.add_run("关于印发《2024年县委经济工作会议和"), XBS, 22)
    r = p.add_run()
    r.add_break()
    set_font(p.add_run("〈政府工作报告〉重点任务分工》的通知"), XBS, 22)
    para(doc, "", indent=False)

    # --- 主送, 正文 ----------------------------------------------------------
    para(doc, COVER[0], indent=False)
    para(doc, COVER[1])
    for head, body in COVER[2:]:
        p = para(doc, "")
        set_font(p.add_run(head), HT, 16)
        set_font(p.add_run(body), FS, 16)
    para(doc, "", indent=False)
    p = para(doc, "附件：" + ATT_TITLE)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    # joint signature, the two issuers side by side, date under them
    p = para(doc, ISSUER1 + SP * 3 + ISSUER2, indent=False,
             align=WD_ALIGN_PARAGRAPH.RIGHT)
    p = para(doc, DATE + SP * 4, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "（此件公开发布）")

    # --- 附件 ---------------------------------------------------------------
    p = para(doc, "附件", font=HT, indent=False)
    p.paragraph_format.page_break_before = True
    para(doc, "", indent=False)
    p = para(doc, ATT_TITLE, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, exact=35)
    para(doc, "", indent=False)

    gold = []
    for part_title, tasks in PARTS:
        para(doc, part_title, font=HT)
        for t in tasks:
            dot = t.get("dot", ".")
            marker = f"{t['n']}{dot}"
            first = t["paras"][0]
            p = para(doc, "")
            set_font(p.add_run(marker + t["title"]), FS, 16, bold=True)
            set_font(p.add_run(first), FS, 16)
            for more in t["paras"][1:]:
                para(doc, more)
            para(doc, "牵头县领导：" + "、".join(t["leaders"]), font=KT)
            para(doc, unit_line("牵头单位", t["lead"]), font=KT)
            if t["coop"] is not None:
                para(doc, unit_line("责任单位", t["coop"], t.get("coop_seps"),
                                    t.get("coop_colon", "："),
                                    t.get("coop_tail", "")), font=KT)
            own = "".join((t["title"] + first).split())
            coop = list(t["coop"] or [])
            gold.append({
                "id": str(t["n"]),
                "marker": marker,
                "head": own[:12],
                "responsible_units": list(t["lead"]) + coop,
                "lead_units": list(t["lead"]),
                "cooperating_units": coop,
                "leaders": [x.replace(SP, "").replace(" ", "") for x in t["leaders"]],
                "deadline": None,
            })

    # --- 版记 ---------------------------------------------------------------
    for _ in range(3):
        para(doc, "", indent=False)
    p = para(doc, "抄送：市委办公室，市政府办公室。县人大常委会办公室，县政协办公室，县纪委监委办公室，县人武部，县人民法院，县人民检察院。",
             size=14, indent=False)
    top_bottom_border(p, top=True, bottom=True)
    p = para(doc, ISSUER1 + SP * 6 + DATE + "印发", size=14, indent=False)
    top_bottom_border(p, top=False, bottom=True, sz="12")
    return doc, gold


def fixed_zip(raw):
    zin = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 2, 26, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def main():
    doc, gold = build_doc()
    buf = io.BytesIO()
    doc.save(buf)
    with open(os.path.join(HERE, NOTICE), "wb") as f:
        f.write(fixed_zip(buf.getvalue()))
    with open(os.path.join(HERE, GOLD), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {NOTICE} and {GOLD} ({len(gold)} tasks)")


if __name__ == "__main__":
    main()
