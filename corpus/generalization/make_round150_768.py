#!/usr/bin/env python3
"""Round 150, notice 768 (CONTROL case).

What the notice is
------------------
An ordinary 市人民政府办公室 task-division notice: 滢川市人民政府办公室关于印发滢川市2025年
《政府工作报告》重点工作任务分工的通知 (滢政办发〔2025〕7号), as the (invented) city portal
publishes it on its 政府信息公开 article page, saved by Chrome as "网页，仅HTML" (one .html file, the
server's TRS-style template with a saved-from comment, header, navigation, breadcrumb, 索引号 metadata
table, article title and info bar, the TRS_Editor body, print/close links, 相关文件 and the footer).

The body is the cover notice (文号, 主送, two unnumbered paragraphs, 附件说明, 落款, date,
（此件公开发布）) followed inline by the 附件 itself: nine parts 一、–九、 in 黑体, each holding tasks
numbered 1. 2. … that restart under every part (gold ids are part.number, e.g. "2.3").  Every task
paragraph closes with a 楷体 bracket of the usual form
    （责任市领导：X、Y；牵头单位：A、B；配合单位：C、D，各县（市、区）人民政府）
Two 牵头单位 under the label are both leads; a bracket without 配合单位 has no cooperating units.
All places, persons and unit names are invented.

Files written (in the current directory, /work/round150)
---------------------------------------------------------
  768_yingchuan_shi_gzbg_renwu_fengong_menhu.html   the notice (UTF-8, LF)
  768.tasks.gold.jsonl                               the gold task list (one object per task)

Both are generated from the single PARTS description below, so notice and gold cannot disagree.

Needs: /usr/bin/python3 standard library only (no outside converter); output is byte-identical on
every run (no clocks, no randomness).
"""
import json

CITY = "滢川"
NOTICE = "768_yingchuan_shi_gzbg_renwu_fengong_menhu.html"
GOLD = "768.tasks.gold.jsonl"
HEAD_LEN = 12

# ---------------------------------------------------------------------------------------------
# The one description of the tasks.  Each task: (text, leaders, lead units, cooperating
# departments, cooperating generic bodies printed after a "，", deadline as printed or None).
# ---------------------------------------------------------------------------------------------
GOV_ALL = "各县（市、区）人民政府"
GXQ = "滢川高新区管委会"

PARTS = [
    ("一、全力扩大有效需求，推动经济持续回升向好", [
        ("全市地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长7.5%，固定资产投资增长6.5%，"
         "社会消费品零售总额增长6%，城乡居民人均可支配收入增长与经济增长基本同步。",
         ["贺文涛", "孙立民"], ["市发展改革委"],
         ["市统计局", "市财政局", "市工业和信息化局", "市商务局"], [GOV_ALL, GXQ], None),
        ("深入实施项目攻坚行动，全年谋划储备重大项目500个以上，实施市级重点项目320个、年度计划投资680亿元以上，"
         "新开工亿元以上项目150个，推动滢川港二期、城北综合能源站等项目开工建设。",
         ["孙立民"], ["市发展改革委"],
         ["市自然资源和规划局", "市住房和城乡建设局", "市生态环境局", "市交通运输局"], [GOV_ALL], None),
        ("积极争取超长期特别国债、地方政府专项债券等政策资金，全年争取上级各类资金120亿元以上，"
         "发行新增专项债券45亿元以上，加快债券资金使用进度，尽快形成实物工作量。",
         ["孙立民"], ["市财政局", "市发展改革委"], ["市直有关部门"], [GOV_ALL], None),
        ("大力提振消费，落实汽车、家电、家装厨卫等以旧换新政策，开展“滢购季”等促消费活动150场以上，"
         "新培育市级夜间经济集聚区5个、特色商业街区3条。",
         ["钟晓岚"], ["市商务局"], ["市财政局", "市文化广电旅游局", "市市场监督管理局"], [], None),
        ("推动房地产市场平稳健康发展，因城施策优化住房消费政策，稳步推进城中村改造和收购存量商品房用作保障性住房，"
         "全年筹集保障性租赁住房2000套（间）。",
         ["吕建国"], ["市住房和城乡建设局"], ["市自然资源和规划局", "市财政局", "市住房公积金管理中心"], [], None),
    ]),
    ("二、加快建设现代化产业体系，增强高质量发展新动能", [
        ("实施制造业重点产业链高质量发展行动，做大做强新能源电池、先进装备制造、绿色食品三大主导产业，"
         "力争新能源电池产业产值突破600亿元，先进装备制造产业产值增长10%以上。",
         ["蒋海峰"], ["市工业和信息化局"], ["市发展改革委", "市科技局", "市投资促进局"], [GXQ], None),
        ("扎实推进工业技术改造，全年实施技改项目200个以上，新增省级智能工厂和数字化车间15个，"
         "新增规模以上工业企业100家以上。",
         ["蒋海峰"], ["市工业和信息化局"], ["市统计局", "市财政局"], [GOV_ALL], None),
        ("加快科技创新平台建设，推动滢川实验室挂牌运行，新增省级以上研发平台12家，高新技术企业总数达到680家，"
         "全社会研发经费投入强度提高到2.3%。",
         ["周敏"], ["市科技局"], ["市财政局", "市教育局"], [GXQ], None),
        ("深入实施招商引资“一号工程”，全年引进亿元以上产业项目160个、50亿元以上项目3个，"
         "实际到位市外资金增长10%以上。",
         ["贺文涛", "蒋海峰"], ["市投资促进局"], ["市商务局"], [GOV_ALL, GXQ], None),
        ("加快发展数字经济，新建5G基站1200个，培育数字经济核心产业企业30家，推进城市大脑二期建设，"
         "6月底前建成全市一体化政务数据平台。",
         ["周敏"], ["市数据局"], ["市工业和信息化局", "市政务服务中心"], [], "6月底前"),
        ("推动现代服务业提质增效，加快滢川现代物流园、滢川综合保税区建设，新增A级物流企业8家，"
         "社会物流总费用与地区生产总值的比率下降到14%以内。",
         ["钟晓岚"], ["市发展改革委"], ["市商务局", "市交通运输局", "市邮政管理局"], [], None),
    ]),
    ("三、深化改革扩大开放，持续优化营商环境", [
        ("深化国资国企改革，推进市属国有企业战略性重组和专业化整合，推动市城投集团、市交投集团加快市场化转型。",
         ["孙立民"], ["市国资委"], ["市财政局", "市委金融办"], [], None),
        ("持续优化营商环境，深化“高效办成一件事”改革，新推出“一件事”集成服务事项20个，"
         "政务服务事项网上可办率保持在99%以上。",
         ["周敏"], ["市政务服务中心"], ["市数据局", "市司法局"], [GOV_ALL], None),
        ("支持民营经济发展壮大，全面落实民营经济促进政策，开展清理拖欠企业账款专项行动，新增市场经营主体3万户以上。",
         ["蒋海峰"], ["市工业和信息化局", "市市场监督管理局"], ["市发展改革委", "市财政局", "市工商联"], [], None),
        ("加强金融服务实体经济，全年新增各项贷款300亿元以上，普惠小微贷款增速不低于各项贷款增速，"
         "推动1家企业在境内外上市。",
         ["孙立民"], ["市委金融办"],
         ["中国人民银行滢川市分行", "国家金融监督管理总局滢川监管分局"], [], None),
        ("推动高水平对外开放，支持企业参加境内外重点展会50场以上，全年外贸进出口总额增长5%，实际使用外资1.2亿美元。",
         ["钟晓岚"], ["市商务局"], ["滢川海关", "市贸促会"], [], None),
    ]),
    ("四、推进城乡融合发展，全面推进乡村振兴", [
        ("扛牢粮食安全政治责任，全年粮食播种面积稳定在410万亩以上、总产量稳定在32亿斤以上，新建高标准农田18万亩。",
         ["杜鹏程"], ["市农业农村局"], ["市发展改革委", "市财政局", "市自然资源和规划局", "市水利局"], [], None),
        ("巩固拓展脱贫攻坚成果，健全防止返贫致贫监测和帮扶机制，守牢不发生规模性返贫致贫底线，"
         "脱贫人口人均纯收入增长8%以上。",
         ["杜鹏程"], ["市农业农村局"], ["市人力资源和社会保障局", "市医疗保障局", "市教育局"], [GOV_ALL], None),
        ("发展壮大乡村特色产业，新培育市级以上农业产业化龙头企业20家，农产品加工业产值增长8%，"
         "新增绿色、有机和地理标志农产品30个。",
         ["杜鹏程"], ["市农业农村局"], ["市市场监督管理局", "市商务局"], [], None),
        ("扎实推进乡村建设行动，新改建农村公路350公里，完成农村户厕改造1.2万户，农村生活污水治理率达到45%。",
         ["杜鹏程"], ["市农业农村局"],
         ["市交通运输局", "市生态环境局", "市住房和城乡建设局", "市卫生健康委员会"], [], None),
        ("推进以县城为重要载体的新型城镇化建设，支持县城补短板强弱项，常住人口城镇化率提高1个百分点。",
         ["吕建国"], ["市发展改革委"], ["市公安局", "市住房和城乡建设局"], [GOV_ALL], None),
    ]),
    ("五、提升城市功能品质，建设宜居韧性智慧城市", [
        ("深入实施城市更新行动，改造城镇老旧小区120个、惠及居民1.8万户，新建改造城市燃气、供排水等地下管网260公里。",
         ["吕建国"], ["市住房和城乡建设局"], ["市城市管理局", "市财政局", "市自然资源和规划局"], ["各区人民政府"], None),
        ("加快综合立体交通网建设，建成滢川至云岭高速公路，推进滢川西站综合交通枢纽建设，新开通和优化城市公交线路15条。",
         ["吕建国"], ["市交通运输局"], ["市发展改革委", "市自然资源和规划局", "市公安局交通警察支队"], [], None),
        ("提升城市精细化管理水平，新建改造城市公园和口袋公园30个，新增公共停车泊位5000个，生活垃圾回收利用率达到38%。",
         ["吕建国"], ["市城市管理局"], ["市住房和城乡建设局", "市自然资源和规划局"], ["各区人民政府"], None),
        ("加强水利基础设施建设，加快北干渠灌区续建配套与现代化改造，完成病险水库除险加固12座，"
         "年底前完成城区防洪排涝能力提升工程一期。",
         ["杜鹏程"], ["市水利局"], ["市发展改革委", "市财政局", "市应急管理局"], [], "年底前"),
    ]),
    ("六、加强生态环境保护，推动绿色低碳发展", [
        ("深入打好蓝天保卫战，细颗粒物（PM2.5）平均浓度控制在36微克/立方米以内，空气质量优良天数比率达到80%以上。",
         ["蒋海峰"], ["市生态环境局"],
         ["市工业和信息化局", "市住房和城乡建设局", "市交通运输局", "市公安局"], [GOV_ALL], None),
        ("深入打好碧水、净土保卫战，国考断面水质优良比例保持100%，县级以上集中式饮用水水源地水质达标率100%，"
         "受污染耕地安全利用率达到93%以上。",
         ["蒋海峰", "杜鹏程"], ["市生态环境局"], ["市水利局", "市农业农村局", "市自然资源和规划局"], [], None),
        ("积极稳妥推进绿色低碳转型，完成能耗强度下降年度目标任务，新增光伏、风电装机40万千瓦，推广新能源汽车1.5万辆。",
         ["孙立民"], ["市发展改革委"], ["市工业和信息化局", "市商务局", "国网滢川供电公司"], [], None),
        ("加强林业生态建设，完成营造林5.5万亩，全面推行林长制，森林覆盖率稳定在42%以上。",
         ["杜鹏程"], ["市林业局"], ["市自然资源和规划局"], [GOV_ALL], None),
    ]),
    ("七、着力保障和改善民生，不断增进人民福祉", [
        ("全面落实就业优先政策，城镇新增就业4.2万人，城镇调查失业率控制在5.5%以内，开展职业技能培训3万人次。",
         ["钟晓岚"], ["市人力资源和社会保障局"],
         ["市教育局", "市财政局", "市农业农村局", "市退役军人事务局"], [], None),
        ("推进教育优质均衡发展，新建改扩建中小学和幼儿园25所、新增学位1.6万个，滢川职业技术学院新校区9月份投入使用。",
         ["周敏"], ["市教育局"],
         ["市发展改革委", "市财政局", "市自然资源和规划局", "市住房和城乡建设局"], [], "9月份"),
        ("加快建设健康滢川，推进市第一人民医院新院区、市妇幼保健院迁建项目建设，推动紧密型县域医共体建设全覆盖，"
         "每千人口拥有执业（助理）医师达到3.3人。",
         ["钟晓岚"], ["市卫生健康委员会"], ["市医疗保障局", "市发展改革委", "市财政局"], [], None),
        ("健全多层次社会保障体系，基本养老保险参保率稳定在95%以上，新建社区嵌入式养老服务设施20个，"
         "适时提高城乡低保标准。",
         ["钟晓岚"], ["市人力资源和社会保障局", "市民政局"], ["市医疗保障局", "市财政局"], [], None),
        ("繁荣发展文化旅游事业，办好第三届滢川文化旅游节，全年接待游客4500万人次、实现旅游收入420亿元，"
         "新创建国家4A级旅游景区2家。",
         ["钟晓岚"], ["市文化广电旅游局"], ["市商务局", "市交通运输局"], [GOV_ALL], None),
        ("用心用情办好市政府15件民生实事，逐项明确责任单位和时间节点，确保年内全部按期完成。",
         ["孙立民"], ["市政府督查室"], [], [], None),
    ]),
    ("八、统筹发展和安全，推进社会治理现代化", [
        ("防范化解重点领域风险，稳妥有序推进地方政府债务风险化解，依法严厉打击非法集资，守住不发生系统性风险的底线。",
         ["孙立民"], ["市财政局", "市委金融办"], ["市公安局", "市国资委", "中国人民银行滢川市分行"], [], None),
        ("强化安全生产和防灾减灾救灾，深入推进安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。",
         ["杜鹏程"], ["市应急管理局"], ["市安委会各成员单位"], [], None),
        ("加强食品药品安全监管，食品安全抽检量达到每千人5批次，国家食品安全示范城市创建通过验收。",
         ["蒋海峰"], ["市市场监督管理局"], ["市农业农村局", "市卫生健康委员会", "市公安局"], [], None),
        ("推进更高水平的平安滢川、法治滢川建设，常态化开展扫黑除恶斗争，深化“八五”普法，完善矛盾纠纷多元化解机制。",
         ["魏长河"], ["市公安局", "市司法局"], ["市信访局"], [GOV_ALL], None),
        ("加强国防动员和双拥共建工作，做好退役军人服务保障，争创全国双拥模范城“五连冠”。",
         ["贺文涛"], ["市退役军人事务局"], ["市国防动员办公室", "市民政局"], [], None),
    ]),
    ("九、加强政府自身建设，提升行政效能", [
        ("坚持依法行政，认真执行市人大及其常委会的决议决定，人大代表建议和政协委员提案办复率达到100%。",
         ["孙立民"], ["市政府办公室"], ["市司法局"], ["市政府各部门"], None),
        ("坚持过紧日子，严控一般性支出，“三公”经费只减不增，强化审计监督全覆盖。",
         ["孙立民"], ["市财政局", "市审计局"], [], [], None),
        ("深化政务公开和督查督办，健全市政府重点工作“月调度、季通报、年考核”推进机制。",
         ["孙立民"], ["市政府办公室"], ["市政府各部门"], [GOV_ALL], None),
    ]),
]

NUMS = "一二三四五六七八九"


def clause(leaders, lead, coop, generic):
    parts = ["责任市领导：" + "、".join(leaders), "牵头单位：" + "、".join(lead)]
    if coop or generic:
        s = "、".join(coop)
        if generic:
            s = (s + "，" if s else "") + "，".join(generic)
        parts.append("配合单位：" + s)
    return "（" + "；".join(parts) + "）"


def tasks():
    for pi, (heading, items) in enumerate(PARTS, 1):
        assert heading.startswith(NUMS[pi - 1] + "、")
        for ti, (text, leaders, lead, coop, generic, deadline) in enumerate(items, 1):
            yield pi, ti, text, leaders, lead, coop, generic, deadline


def gold_lines():
    out = []
    for pi, ti, text, leaders, lead, coop, generic, deadline in tasks():
        if deadline is not None:
            assert deadline in text
        units = lead + coop + generic
        assert len(units) == len(set(units))
        out.append(json.dumps({
            "id": f"{pi}.{ti}",
            "marker": f"{ti}.",
            "head": text[:HEAD_LEN],
            "responsible_units": units,
            "lead_units": lead,
            "cooperating_units": coop + generic,
            "leaders": list(leaders),
            "deadline": deadline,
        }, ensure_ascii=False))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------
# The page
# ---------------------------------------------------------------------------------------------
FS = "font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;"
HT = "font-family: 黑体, SimHei; font-size: 16pt;"
KT = "font-family: 楷体_GB2312, 楷体; font-size: 16pt;"


def p(text, style="text-indent: 2em; text-align: justify; line-height: 2em;", span=FS):
    return f'<p style="{style}"><span style="{span}">{text}</span></p>'


def body_html():
    L = []
    L.append('<p style="text-align: center; line-height: 2em;"><span style="' + FS + '">滢政办发〔2025〕7号</span></p>')
    L.append('<p style="line-height: 2em;"><br/></p>')
    L.append('<p style="text-align: center; line-height: 2em;"><span style="font-family: 方正小标宋简体; font-size: 22pt;">'
             '滢川市人民政府办公室<br/>关于印发滢川市2025年《政府工作报告》<br/>重点工作任务分工的通知</span></p>')
    L.append('<p style="line-height: 2em;"><br/></p>')
    L.append('<p style="text-align: justify; line-height: 2em;"><span style="' + FS + '">'
             '各县（市、区）人民政府，滢川高新区管委会，市政府各部门、各直属机构：</span></p>')
    L.append(p("《政府工作报告》已经滢川市第十七届人民代表大会第四次会议审议通过。为确保报告确定的各项目标任务落到实处，"
               "经市政府同意，现将《滢川市2025年〈政府工作报告〉重点工作任务分工》印发给你们，请认真抓好贯彻落实。"))
    L.append(p("各责任市领导要加强统筹调度，协调解决工作推进中的重大问题；各牵头单位要切实履行牵头职责，细化工作措施，"
               "明确时间节点，会同配合单位共同抓好落实；各配合单位要主动对接、积极配合，形成工作合力。"
               "各牵头单位请于每季度最后一个月20日前，将任务推进情况报送市政府督查室（联系电话：6128735，"
               "电子邮箱：ycszfdcs@yingchuan.gov.cn），市政府督查室将定期开展督查，督查结果纳入年度绩效考核。"))
    L.append('<p style="line-height: 2em;"><br/></p>')
    L.append(p("附件：滢川市2025年《政府工作报告》重点工作任务分工"))
    L.append('<p style="line-height: 2em;"><br/></p>')
    L.append('<p style="text-align: right; line-height: 2em; padding-right: 4em;"><span style="' + FS + '">滢川市人民政府办公室</span></p>')
    L.append('<p style="text-align: right; line-height: 2em; padding-right: 5em;"><span style="' + FS + '">2025年3月7日</span></p>')
    L.append(p("（此件公开发布）"))
    L.append('<p style="line-height: 2em;"><br/></p>')
    L.append('<p style="text-align: justify; line-height: 2em;"><span style="' + HT + '">附件</span></p>')
    L.append('<p style="text-align: center; line-height: 2em;"><span style="font-family: 方正小标宋简体; font-size: 22pt;">'
             '滢川市2025年《政府工作报告》<br/>重点工作任务分工</span></p>')
    for pi, (heading, items) in enumerate(PARTS, 1):
        L.append(p(heading, span=HT))
        for ti, (text, leaders, lead, coop, generic, deadline) in enumerate(items, 1):
            L.append('<p style="text-indent: 2em; text-align: justify; line-height: 2em;">'
                     f'<span style="{FS}">{ti}.{text}</span>'
                     f'<span style="{KT}">{clause(leaders, lead, coop, generic)}</span></p>')
    return "\n".join(L)


TITLE = "滢川市人民政府办公室关于印发滢川市2025年《政府工作报告》重点工作任务分工的通知"
URL = "http://www.yingchuan.gov.cn/zwgk/zfxxgk/zfwj/szfbwj/202503/t20250312_1846207.html"

PAGE_HEAD = f"""<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{TITLE}_市政府办文件_滢川市人民政府</title>
<meta name="SiteName" content="滢川市人民政府">
<meta name="SiteDomain" content="www.yingchuan.gov.cn">
<meta name="SiteIDCode" content="4399000027">
<meta name="ColumnName" content="市政府办文件">
<meta name="ColumnType" content="政府文件">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2025-03-12 10:26">
<meta name="ContentSource" content="市政府办公室">
<meta name="Keywords" content="政府工作报告,任务分工">
<meta name="Description" content="{TITLE}">
<link rel="stylesheet" type="text/css" href="http://www.yingchuan.gov.cn/images/common.css">
<link rel="stylesheet" type="text/css" href="http://www.yingchuan.gov.cn/images/xxgk_detail.css">
<script type="text/javascript" src="http://www.yingchuan.gov.cn/images/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="http://www.yingchuan.gov.cn/images/common.js"></script>
</head>
<body>
<div class="top-bar">
  <div class="w1200">
    <span class="fl">今天是：<span id="today"></span></span>
    <span class="fr"><a href="javascript:void(0);" id="wza">无障碍</a> | <a href="javascript:void(0);" id="zzms">长者模式</a> | <a href="javascript:void(0);" id="jft">繁體</a> | <a href="http://www.yingchuan.gov.cn/wap/">手机版</a> | <a href="https://zwfw.yingchuan.gov.cn/">登录</a></span>
  </div>
</div>
<div class="header">
  <div class="w1200">
    <a class="logo" href="http://www.yingchuan.gov.cn/"><img src="http://www.yingchuan.gov.cn/images/logo.png" alt="滢川市人民政府"></a>
    <div class="search">
      <form action="http://www.yingchuan.gov.cn/search/" method="get" target="_blank">
        <input type="text" name="q" class="sinput" placeholder="请输入关键字">
        <input type="submit" class="sbtn" value="搜索">
      </form>
    </div>
  </div>
</div>
<div class="nav">
  <ul class="w1200">
    <li><a href="http://www.yingchuan.gov.cn/">首页</a></li>
    <li><a href="http://www.yingchuan.gov.cn/zjyc/">走进滢川</a></li>
    <li class="on"><a href="http://www.yingchuan.gov.cn/zwgk/">政务公开</a></li>
    <li><a href="https://zwfw.yingchuan.gov.cn/">政务服务</a></li>
    <li><a href="http://www.yingchuan.gov.cn/hdjl/">互动交流</a></li>
    <li><a href="http://www.yingchuan.gov.cn/ztzl/">专题专栏</a></li>
  </ul>
</div>
<div class="w1200 main">
  <div class="position">当前位置：<a href="http://www.yingchuan.gov.cn/">首页</a> &gt; <a href="http://www.yingchuan.gov.cn/zwgk/">政务公开</a> &gt; <a href="http://www.yingchuan.gov.cn/zwgk/zfxxgk/">政府信息公开</a> &gt; <a href="http://www.yingchuan.gov.cn/zwgk/zfxxgk/zfwj/">政府文件</a> &gt; <a href="http://www.yingchuan.gov.cn/zwgk/zfxxgk/zfwj/szfbwj/">市政府办文件</a></div>
  <div class="xxgk-info">
    <table class="xxgk-table" cellspacing="0" cellpadding="0">
      <tbody>
        <tr><th>索&nbsp;引&nbsp;号：</th><td>114399000071592K3H/2025-00217</td><th>主题分类：</th><td>综合政务\\其他</td></tr>
        <tr><th>发布机构：</th><td>滢川市人民政府办公室</td><th>成文日期：</th><td>2025-03-07</td></tr>
        <tr><th>发文字号：</th><td>滢政办发〔2025〕7号</td><th>发布日期：</th><td>2025-03-12</td></tr>
        <tr><th>标&nbsp;&nbsp;&nbsp;&nbsp;题：</th><td colspan="3">{TITLE}</td></tr>
        <tr><th>有&nbsp;效&nbsp;性：</th><td>有效</td><th>废止日期：</th><td></td></tr>
      </tbody>
    </table>
  </div>
  <div class="article">
    <h1 class="article-title">{TITLE}</h1>
    <div class="article-info">
      <span>发布时间：2025-03-12 10:26</span>
      <span>来源：市政府办公室</span>
      <span>浏览次数：<em id="hits">1286</em></span>
      <span class="fontsize">字号：<a href="javascript:doZoom(18);">大</a> <a href="javascript:doZoom(16);">中</a> <a href="javascript:doZoom(14);">小</a></span>
    </div>
    <div class="article-content" id="zoom">
<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{{margin-top:0px;margin-bottom:0px;line-height:2;font-family:仿宋_GB2312;font-size:16pt;}}.TRS_Editor DIV,.TRS_Editor TD,.TRS_Editor TH,.TRS_Editor SPAN,.TRS_Editor FONT,.TRS_Editor UL,.TRS_Editor LI,.TRS_Editor A{{margin-top:0px;margin-bottom:0px;line-height:2;font-family:仿宋_GB2312;font-size:16pt;}}
</style>
"""

PAGE_TAIL = """
</div>
    </div>
    <div class="article-tools">
      <a href="javascript:window.print();">【打印本页】</a>
      <a href="javascript:window.close();">【关闭窗口】</a>
      <div class="share">分享到：<a class="wx" href="javascript:void(0);" title="微信"></a><a class="wb" href="javascript:void(0);" title="微博"></a><a class="qq" href="javascript:void(0);" title="QQ空间"></a></div>
    </div>
    <div class="related">
      <div class="related-title">相关文件</div>
      <ul>
        <li><a href="http://www.yingchuan.gov.cn/zwgk/zfxxgk/zfwj/szfbwj/202403/t20240315_1712054.html" target="_blank">滢川市人民政府办公室关于印发滢川市2024年《政府工作报告》重点工作任务分工的通知</a><span>2024-03-15</span></li>
        <li><a href="http://www.yingchuan.gov.cn/zwgk/zfxxgk/zfwj/szfbwj/202502/t20250221_1839512.html" target="_blank">滢川市人民政府办公室关于印发滢川市2025年重点项目建设计划的通知</a><span>2025-02-21</span></li>
        <li><a href="http://www.yingchuan.gov.cn/zwgk/zcjd/202503/t20250313_1846533.html" target="_blank">图解：滢川市2025年《政府工作报告》重点工作任务分工</a><span>2025-03-13</span></li>
      </ul>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w1200">
    <div class="footer-links"><a href="http://www.yingchuan.gov.cn/gywm/">关于我们</a> | <a href="http://www.yingchuan.gov.cn/wzdt/">网站地图</a> | <a href="http://www.yingchuan.gov.cn/lxwm/">联系我们</a> | <a href="http://www.yingchuan.gov.cn/sybz/">使用帮助</a></div>
    <p>主办单位：滢川市人民政府办公室　　承办单位：滢川市大数据中心</p>
    <p>网站标识码：4399000027　　<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备05003127号</a>　　<img src="http://www.yingchuan.gov.cn/images/ga.png" alt="">湘公网安备 43990202000318号</p>
    <p>联系电话：6128700（工作日9:00-12:00，14:30-17:30）　　建议使用1366×768以上分辨率浏览本站</p>
    <div class="footer-logo"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=4A1C7E9B2D3F0865E0530A0A0A0A1234" target="_blank"><img src="http://www.yingchuan.gov.cn/images/dzjg.png" alt="党政机关"></a><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4399000027" target="_blank"><img src="http://www.yingchuan.gov.cn/images/jiucuo.png" alt="政府网站找错"></a></div>
  </div>
</div>
<script type="text/javascript">
function doZoom(size){ var z=document.getElementById('zoom'); if(!z) return; var els=z.getElementsByTagName('*'); for(var i=0;i<els.length;i++){ els[i].style.fontSize=size+'pt'; } }
</script>
<script type="text/javascript" src="http://www.yingchuan.gov.cn/images/hits.js"></script>

</body></html>"""


def main():
    page = PAGE_HEAD + body_html() + PAGE_TAIL
    with open(NOTICE, "w", encoding="utf-8", newline="\n") as f:
        f.write(page)
    with open(GOLD, "w", encoding="utf-8", newline="\n") as f:
        f.write(gold_lines())


if __name__ == "__main__":
    main()
