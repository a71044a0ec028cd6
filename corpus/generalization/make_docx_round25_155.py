#!/usr/bin/python3
"""Round 25 (folder b): 155_lanze_shi_liebiao_yangshi_duoji_bianhao.docx and its hand-typed gold.

A city government's notice (岚泽市人民政府, 岚政发〔2025〕4号) printing 《2025年〈政府工作报告〉重点任务分工方案》 as
Word paragraphs (no table).  Every number in the attachment is Word AUTOMATIC numbering, none is typed:

  * ONE multilevel list defined through a LIST STYLE, as Word writes it after 开始 → 多级列表 → 定义新的列表样式:
      - styles.xml holds a numbering style (w:style w:type="numbering", styleId "a7", 名称 "岚泽任务分解列表")
        whose w:pPr/w:numPr points to w:num 1551;
      - w:num 1551 → w:abstractNum 1551, which carries the levels and w:styleLink "a7";
      - w:num 1552 → w:abstractNum 1552, which has NO w:lvl at all, only w:numStyleLink "a7";
      - every numbered paragraph of the attachment points to w:num 1552.  A reader has to follow
        num 1552 → abstractNum 1552 → numStyleLink a7 → style a7 → numId 1551 → abstractNum 1551 to find the levels.
  * level 0: chineseCounting `%1、` (一、…六、), the section headings (黑体);
    level 1: `%1.%2`, decimal with w:isLgl (正规形式编号), so it shows 1.1, 1.2 … and restarts under each 一、;
             the tasks; the number is followed by a tab (w:suff default);
    level 2: decimal `（%3）`, sub-measures under two tasks (2.2 and 4.1), not tasks;
    levels 3–8 as Word fills them (`%4)` …), unused.
  * after each task an unnumbered 楷体 paragraph
    `责任领导：X副市长　牵头单位：A　配合单位：B、C　完成时限：2025年12月底` (labels parted by U+3000);
    for 2.2 and 4.1 it comes after the （1）–（3） sub-measures; task 4.4 goes on in a second unnumbered paragraph
    before its line; 1.1 has two leaders (`乔振宇市长、郑伯谦常务副市长`); 1.3 two lead units; 3.3 `配合单位：无`.
The numbering part is edited with lxml through python-docx's OxmlElement.  Names are invented.
Run: /usr/bin/python3 make_docx_round25_155.py   (writes the .docx and the gold next to this script)
The gold (id, head, responsible, lead, cooperating, leaders) is typed by hand in SECS; check() only compares it
with the printed responsibility line and the task text.
"""
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__)) + "/"
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx.shared import Pt, Cm
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

import docx_notice
from docx_notice import G, set_font, new_doc, para, front, banji, KT, HT, XBS, FS

NAME = "155_lanze_shi_liebiao_yangshi_duoji_bianhao"
S = "　"
LIST_STYLE = "a7"
ABS_REAL, ABS_LINK = 1551, 1552
NUM_REAL, NUM_LINK = 1551, 1552


# ---------------------------------------------------------------------------------------------------- numbering
def E(tag, **attrs):
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn("w:" + k), str(v))
    return el


def sub(parent, tag, **attrs):
    el = E(tag, **attrs)
    parent.append(el)
    return el


def make_lvl(ilvl, fmt, text, legal=False, suff=None, font=FS, first_line=640, left=0, hanging=None):
    lvl = E("w:lvl", ilvl=ilvl)
    lvl.set(qn("w:tplc"), "04090019" if ilvl else "0409000F")
    sub(lvl, "w:start", val=1)
    sub(lvl, "w:numFmt", val=fmt)
    if legal:
        sub(lvl, "w:isLgl")
    if suff:
        sub(lvl, "w:suff", val=suff)
    sub(lvl, "w:lvlText", val=text)
    sub(lvl, "w:lvlJc", val="left")
    ppr = sub(lvl, "w:pPr")
    ind = sub(ppr, "w:ind", left=left)
    if hanging is not None:
        ind.set(qn("w:hanging"), str(hanging))
    else:
        ind.set(qn("w:firstLine"), str(first_line))
    rpr = sub(lvl, "w:rPr")
    rf = sub(rpr, "w:rFonts", ascii=font, eastAsia=font, hAnsi=font)
    rf.set(qn("w:hint"), "eastAsia")
    return lvl


def add_list_style_numbering(d):
    numbering = d.part.numbering_part.element
    # the abstractNum that holds the levels, linked to the list style
    real = E("w:abstractNum", abstractNumId=ABS_REAL)
    sub(real, "w:nsid", val="5A3C71E2")
    sub(real, "w:multiLevelType", val="multilevel")
    sub(real, "w:tmpl", val="0409001D")
    sub(real, "w:styleLink", val=LIST_STYLE)
    real.append(make_lvl(0, "chineseCounting", "%1、", suff="nothing", font=HT))
    real.append(make_lvl(1, "decimal", "%1.%2", legal=True, font=FS))
    real.append(make_lvl(2, "decimal", "（%3）", suff="nothing", font=FS))
    for i in range(3, 9):
        real.append(make_lvl(i, "decimal" if i % 3 == 0 else ("lowerLetter" if i % 3 == 1 else "lowerRoman"),
                             f"%{i + 1})", left=(i + 1) * 420, hanging=420, font=FS))
    # the abstractNum every paragraph uses: no levels, only the link to the style
    link = E("w:abstractNum", abstractNumId=ABS_LINK)
    sub(link, "w:nsid", val="1F6B0D93")
    sub(link, "w:multiLevelType", val="multilevel")
    sub(link, "w:tmpl", val="0409001D")
    sub(link, "w:numStyleLink", val=LIST_STYLE)
    nums = numbering.findall(qn("w:num"))
    anchor = nums[0] if nums else None
    for ab in (real, link):
        if anchor is not None:
            anchor.addprevious(ab)
        else:
            numbering.append(ab)
    for numid, absid in ((NUM_REAL, ABS_REAL), (NUM_LINK, ABS_LINK)):
        n = E("w:num", numId=numid)
        sub(n, "w:abstractNumId", val=absid)
        numbering.append(n)
    # the list style in styles.xml
    styles = d.styles.element
    st = E("w:style", type="numbering", customStyle=1, styleId=LIST_STYLE)
    sub(st, "w:name", val="岚泽任务分解列表")
    sub(st, "w:uiPriority", val=99)
    ppr = sub(st, "w:pPr")
    npr = sub(ppr, "w:numPr")
    sub(npr, "w:numId", val=NUM_REAL)
    styles.append(st)


def set_num(p, ilvl):
    pPr = p._p.get_or_add_pPr()
    npr = E("w:numPr")
    sub(npr, "w:ilvl", val=ilvl)
    sub(npr, "w:numId", val=NUM_LINK)
    pPr.insert(0, npr)


# ---------------------------------------------------------------------------------------------------- content
QIAO, ZHENG, HE, SUN, LUO, SHAO, TANG, CHENG = "乔振宇", "郑伯谦", "何静怡", "孙启明", "罗建川", "邵可", "唐慧敏", "程立"
QX = "各县（市、区）人民政府"

# (section heading, [ (task paragraphs, sub-measures, 责任领导 as printed, 牵头单位 as printed, 配合单位 as printed,
#                       完成时限, gold: responsible, lead, cooperating, leaders) ])
SECS = [
    ("着力扩大有效需求，推动经济运行稳中向好", [
        (["全市地区生产总值增长6%左右，一般公共预算收入增长4.5%，规模以上工业增加值增长7%，固定资产投资增长5.5%。"], [],
         "乔振宇市长、郑伯谦常务副市长", "市发展改革委", "市统计局、市财政局、市工业和信息化局", "2025年12月底",
         ["市发展改革委", "市统计局", "市财政局", "市工业和信息化局"], ["市发展改革委"],
         ["市统计局", "市财政局", "市工业和信息化局"], [QIAO, ZHENG]),
        (["扎实推进重大项目建设。全年实施市级重点项目280个，完成年度投资920亿元以上，新开工亿元以上项目150个。"], [],
         "郑伯谦常务副市长", "市发展改革委", "市自然资源和规划局、市住房城乡建设局、市生态环境局、各县（市、区）人民政府",
         "2025年12月底",
         ["市发展改革委", "市自然资源和规划局", "市住房城乡建设局", "市生态环境局", QX], ["市发展改革委"],
         ["市自然资源和规划局", "市住房城乡建设局", "市生态环境局", QX], [ZHENG]),
        (["积极争取上级资金支持。用好超长期特别国债、中央预算内投资和地方政府专项债券政策，全年争取上级资金130亿元以上。"], [],
         "郑伯谦常务副市长", "市发展改革委、市财政局", "市直有关部门", "2025年10月底",
         ["市发展改革委", "市财政局", "市直有关部门"], ["市发展改革委", "市财政局"], ["市直有关部门"], [ZHENG]),
        (["大力提振消费。开展“岚购盛夏”等促消费活动120场以上，落实消费品以旧换新政策，社会消费品零售总额增长6%。"], [],
         "孙启明副市长", "市商务局", "市文化广电旅游局、市市场监管局、市财政局", "2025年12月底",
         ["市商务局", "市文化广电旅游局", "市市场监管局", "市财政局"], ["市商务局"],
         ["市文化广电旅游局", "市市场监管局", "市财政局"], [SUN]),
        (["稳住外贸外资基本盘。外贸进出口总额增长5%，实际使用外资增长8%，新增外贸实绩企业100家。"], [],
         "孙启明副市长", "市商务局", "岚泽海关、市税务局、人民银行岚泽市分行", "2025年12月底",
         ["市商务局", "岚泽海关", "市税务局", "人民银行岚泽市分行"], ["市商务局"],
         ["岚泽海关", "市税务局", "人民银行岚泽市分行"], [SUN]),
        (["深化精准招商。全年招引亿元以上项目160个，其中10亿元以上项目25个，实际到位资金增长10%。"], [],
         "乔振宇市长", "市投资促进局", "岚泽高新区管委会、各县（市、区）人民政府", "2025年12月底",
         ["市投资促进局", "岚泽高新区管委会", QX], ["市投资促进局"], ["岚泽高新区管委会", QX], [QIAO]),
    ]),
    ("加快建设现代化产业体系，增强高质量发展新动能", [
        (["推动制造业高端化智能化绿色化发展。新增规上工业企业200家，实施“智改数转网联”项目450个，建成省级智能工厂12家。"], [],
         "何静怡副市长", "市工业和信息化局", "市数据局、市统计局、市财政局", "2025年12月底",
         ["市工业和信息化局", "市数据局", "市统计局", "市财政局"], ["市工业和信息化局"],
         ["市数据局", "市统计局", "市财政局"], [HE]),
        (["培育壮大先进制造业集群。重点抓好以下工作："],
         ["新型储能集群：推进岚泽储能产业园二期建设，集群营业收入增长25%以上；",
          "高端装备集群：培育产值超百亿元企业2家，新增首台（套）重大技术装备8项；",
          "生物医药集群：建成岚泽生物医药中试平台，新增创新药和二类以上医疗器械注册证15个。"],
         "何静怡副市长", "市工业和信息化局", "市发展改革委、市科技局、岚泽高新区管委会", "2025年12月底",
         ["市工业和信息化局", "市发展改革委", "市科技局", "岚泽高新区管委会"], ["市工业和信息化局"],
         ["市发展改革委", "市科技局", "岚泽高新区管委会"], [HE]),
        (["强化科技创新引领。新增高新技术企业320家，全社会研发经费投入强度达到2.8%，技术合同成交额突破200亿元。"], [],
         "罗建川副市长", "市科技局", "市财政局、市统计局、市税务局", "2025年12月底",
         ["市科技局", "市财政局", "市统计局", "市税务局"], ["市科技局"], ["市财政局", "市统计局", "市税务局"], [LUO]),
        (["加快发展数字经济。新建5G基站1800个，数字经济核心产业增加值占地区生产总值比重达到10.5%。"], [],
         "罗建川副市长", "市数据局", "市工业和信息化局、市通信发展管理办公室", "2025年12月底",
         ["市数据局", "市工业和信息化局", "市通信发展管理办公室"], ["市数据局"],
         ["市工业和信息化局", "市通信发展管理办公室"], [LUO]),
        (["推动现代服务业提质增效。新培育省级现代服务业集聚区2个，现代物流业增加值增长8%。"], [],
         "孙启明副市长", "市发展改革委", "市商务局、市交通运输局", "2025年12月底",
         ["市发展改革委", "市商务局", "市交通运输局"], ["市发展改革委"], ["市商务局", "市交通运输局"], [SUN]),
        (["稳定粮食生产。粮食播种面积稳定在230万亩以上，新建和改造提升高标准农田15万亩。"], [],
         "邵可副市长", "市农业农村局", "市财政局、市自然资源和规划局、市水利局", "2025年10月底",
         ["市农业农村局", "市财政局", "市自然资源和规划局", "市水利局"], ["市农业农村局"],
         ["市财政局", "市自然资源和规划局", "市水利局"], [SHAO]),
    ]),
    ("纵深推进改革开放，持续激发市场活力", [
        (["深化“高效办成一件事”改革。新增重点事项15项，企业和群众办事平均跑动次数降至0.2次以下。"], [],
         "郑伯谦常务副市长", "市政务服务管理局", "市数据局、市直有关部门", "2025年9月底",
         ["市政务服务管理局", "市数据局", "市直有关部门"], ["市政务服务管理局"], ["市数据局", "市直有关部门"], [ZHENG]),
        (["全力支持民营经济发展。开展“民营企业服务月”活动，为企业解决问题1200个以上，依法清理拖欠企业账款。"], [],
         "乔振宇市长", "市发展改革委", "市工商联、市工业和信息化局、市财政局", "2025年12月底",
         ["市发展改革委", "市工商联", "市工业和信息化局", "市财政局"], ["市发展改革委"],
         ["市工商联", "市工业和信息化局", "市财政局"], [QIAO]),
        (["深化国资国企改革。完成市属国有企业战略性重组2户，推动市城投集团市场化转型。"], [],
         "郑伯谦常务副市长", "市国资委", "无", "2025年11月底",
         ["市国资委"], ["市国资委"], [], [ZHENG]),
        (["推进综合保税区提质发展。综保区进出口额增长15%，跨境电商交易额突破60亿元。"], [],
         "孙启明副市长", "岚泽综合保税区管委会", "岚泽海关、市商务局", "2025年12月底",
         ["岚泽综合保税区管委会", "岚泽海关", "市商务局"], ["岚泽综合保税区管委会"], ["岚泽海关", "市商务局"], [SUN]),
        (["加强地方政府债务管理。严格落实化债方案，坚决遏制新增隐性债务，守住不发生系统性风险底线。"], [],
         "郑伯谦常务副市长", "市财政局", "市委金融办、市审计局、各县（市、区）人民政府", "长期坚持",
         ["市财政局", "市委金融办", "市审计局", QX], ["市财政局"], ["市委金融办", "市审计局", QX], [ZHENG]),
    ]),
    ("统筹推进城乡融合发展，建设宜居韧性智慧城市", [
        (["实施城市更新行动，重点推进以下项目："],
         ["改造城镇老旧小区160个，惠及居民5.6万户；",
          "完成城中村改造项目9个，建设筹集保障性住房3200套；",
          "新建改造城市道路22条，打通断头路12条。"],
         "罗建川副市长", "市住房城乡建设局", "市自然资源和规划局、市城市管理局、市交通运输局、各县（市、区）人民政府",
         "2025年11月底",
         ["市住房城乡建设局", "市自然资源和规划局", "市城市管理局", "市交通运输局", QX], ["市住房城乡建设局"],
         ["市自然资源和规划局", "市城市管理局", "市交通运输局", QX], [LUO]),
        (["加快综合交通枢纽建设。开工建设岚泽西站综合客运枢纽，建成城市快速路20公里。"], [],
         "罗建川副市长", "市交通运输局", "市住房城乡建设局、市自然资源和规划局、市城投集团", "2025年12月底",
         ["市交通运输局", "市住房城乡建设局", "市自然资源和规划局", "市城投集团"], ["市交通运输局"],
         ["市住房城乡建设局", "市自然资源和规划局", "市城投集团"], [LUO]),
        (["深入打好污染防治攻坚战。PM2.5平均浓度控制在33微克/立方米以下，空气质量优良天数比例达到82%。"], [],
         "邵可副市长", "市生态环境局", "各县（市、区）人民政府、市直有关部门", "2025年12月底",
         ["市生态环境局", QX, "市直有关部门"], ["市生态环境局"], [QX, "市直有关部门"], [SHAO]),
        (["全面推进乡村振兴。创建省级和美乡村45个，农村居民人均可支配收入增长6.5%。",
          "巩固拓展脱贫攻坚成果，确保不发生规模性返贫致贫，脱贫人口人均纯收入增长10%以上。"], [],
         "邵可副市长", "市农业农村局", "市乡村振兴服务中心、市财政局、各县（市、区）人民政府", "2025年12月底",
         ["市农业农村局", "市乡村振兴服务中心", "市财政局", QX], ["市农业农村局"],
         ["市乡村振兴服务中心", "市财政局", QX], [SHAO]),
        (["推进河湖长制提档升级。实施岚江流域综合治理工程，国省考断面水质优良比例达到96%。"], [],
         "邵可副市长", "市水利局", "市生态环境局、市农业农村局", "长期坚持",
         ["市水利局", "市生态环境局", "市农业农村局"], ["市水利局"], ["市生态环境局", "市农业农村局"], [SHAO]),
        (["提升城市精细化管理水平。新增公共停车泊位6000个、公共充电桩3000个，生活垃圾回收利用率达到40%。"], [],
         "罗建川副市长", "市城市管理局", "市住房城乡建设局、市发展改革委、国网岚泽供电公司", "2025年12月底",
         ["市城市管理局", "市住房城乡建设局", "市发展改革委", "国网岚泽供电公司"], ["市城市管理局"],
         ["市住房城乡建设局", "市发展改革委", "国网岚泽供电公司"], [LUO]),
    ]),
    ("坚持在发展中保障和改善民生，不断增进人民福祉", [
        (["千方百计稳定和扩大就业。城镇新增就业7.5万人，城镇调查失业率控制在5.5%以内，开展职业技能培训5万人次。"], [],
         "唐慧敏副市长", "市人力资源社会保障局", "市教育局、市财政局、团市委", "2025年12月底",
         ["市人力资源社会保障局", "市教育局", "市财政局", "团市委"], ["市人力资源社会保障局"],
         ["市教育局", "市财政局", "团市委"], [TANG]),
        (["推进教育优质均衡发展。新建、改扩建中小学和幼儿园28所，新增学位3.1万个。"], [],
         "唐慧敏副市长", "市教育局", "市发展改革委、市财政局、市自然资源和规划局", "2025年8月底",
         ["市教育局", "市发展改革委", "市财政局", "市自然资源和规划局"], ["市教育局"],
         ["市发展改革委", "市财政局", "市自然资源和规划局"], [TANG]),
        (["深化医药卫生体制改革。推进紧密型城市医疗集团建设，市中心医院东院区建成投用。"], [],
         "唐慧敏副市长", "市卫生健康委", "市医保局、市财政局", "2025年12月底",
         ["市卫生健康委", "市医保局", "市财政局"], ["市卫生健康委"], ["市医保局", "市财政局"], [TANG]),
        (["完善养老服务体系。新增养老机构护理型床位1600张，建设社区嵌入式服务设施24个、老年助餐点120个。"], [],
         "唐慧敏副市长", "市民政局", "市卫生健康委、市住房城乡建设局", "2025年11月底",
         ["市民政局", "市卫生健康委", "市住房城乡建设局"], ["市民政局"], ["市卫生健康委", "市住房城乡建设局"], [TANG]),
        (["办好十件民生实事。全力推进市人大代表票决产生的民生实事项目，确保按期完成。"], [],
         "乔振宇市长", "市政府办公室", "各县（市、区）人民政府、市直有关部门", "2025年12月底",
         ["市政府办公室", QX, "市直有关部门"], ["市政府办公室"], [QX, "市直有关部门"], [QIAO]),
        (["筑牢安全生产防线。深入开展安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。"], [],
         "郑伯谦常务副市长", "市应急管理局", "市安委会各成员单位", "长期坚持",
         ["市应急管理局", "市安委会各成员单位"], ["市应急管理局"], ["市安委会各成员单位"], [ZHENG]),
        (["建设更高水平平安岚泽。常态化开展扫黑除恶斗争，推进信访工作法治化，刑事案件发案数下降5%。"], [],
         "程立副市长", "市公安局", "市司法局、市信访局", "长期坚持",
         ["市公安局", "市司法局", "市信访局"], ["市公安局"], ["市司法局", "市信访局"], [CHENG]),
    ]),
    ("全面加强政府自身建设，提升行政效能", [
        (["加快建设法治政府。严格落实重大行政决策程序，推进行政执法监督全覆盖。"], [],
         "郑伯谦常务副市长", "市司法局", "市直有关部门", "长期坚持",
         ["市司法局", "市直有关部门"], ["市司法局"], ["市直有关部门"], [ZHENG]),
        (["坚持政府过紧日子。一般性支出压减10%以上，“三公”经费只减不增。"], [],
         "郑伯谦常务副市长", "市财政局", "市直各部门", "2025年12月底",
         ["市财政局", "市直各部门"], ["市财政局"], ["市直各部门"], [ZHENG]),
        (["持续改进工作作风。深化整治形式主义为基层减负，政府工作报告确定事项按季度督查通报。"], [],
         "乔振宇市长", "市政府办公室（督查室）", "市直各部门", "2025年12月底",
         ["市政府办公室（督查室）", "市直各部门"], ["市政府办公室（督查室）"], ["市直各部门"], [QIAO]),
    ]),
]


def line_text(leader, lead, coop, due):
    return S.join([f"责任领导：{leader}", f"牵头单位：{lead}", f"配合单位：{coop}", f"完成时限：{due}"])


def split(s):
    out, cur, depth = [], "", 0
    for ch in s:
        depth += ch == "（"
        depth -= ch == "）"
        if ch in "、，" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    return out + [cur]


def check(gid, text0, leader, lead, coop, g_resp, g_lead, g_coop, g_lds):
    """compare the typed gold with the printed line (the line is never the source of the gold)"""
    lds = [re.sub(r"(市长|常务副市长|副市长)$", "", x) for x in split(leader)]
    le = split(lead)
    co = [] if coop == "无" else split(coop)
    assert (lds, le, co, le + co) == (g_lds, g_lead, g_coop, g_resp), (gid, lds, le, co)


def build():
    d = new_doc()
    front(d, "岚泽市人民政府文件", "岚政发〔2025〕4号",
          ["岚泽市人民政府", "关于印发2025年《政府工作报告》", "重点任务分工方案的通知"],
          "各县（市、区）人民政府，岚泽高新区管委会，市政府各部门、各直属机构：",
          ["《2025年岚泽市人民政府工作报告》已经市十六届人大四次会议审议通过。为确保报告确定的目标任务落到实处，"
           "市政府研究制定了《2025年〈政府工作报告〉重点任务分工方案》，现印发给你们，请结合实际认真贯彻落实。",
           "一、压实工作责任。每项任务均明确了责任领导、牵头单位、配合单位和完成时限。责任领导负责统筹调度；"
           "牵头单位对任务落实负总责，主要负责同志为第一责任人；配合单位要按照职责分工主动对接、密切配合。",
           "二、细化推进举措。各牵头单位要会同配合单位，于3月15日前将任务细化为年度工作计划，明确季度目标和具体措施，"
           "报市政府督查室备案。",
           "三、强化督查问效。市政府督查室要对分工任务实行清单化、闭环式管理，按季度调度通报，督查结果纳入年度综合考核。"
           "各牵头单位于每季度末月20日前报送任务进展情况。"],
          ["附件：2025年《政府工作报告》重点任务分工方案"], "岚泽市人民政府", "2025年2月26日")
    d.add_page_break()
    para(d, "附件", HT, 16, indent=False)
    para(d, "2025年《政府工作报告》重点任务分工方案", XBS, 22, align="c")
    para(d)
    add_list_style_numbering(d)
    golds = []
    for si, (head, tasks) in enumerate(SECS, 1):
        p = d.add_paragraph()
        set_num(p, 0)
        set_font(p.add_run(head), HT, 16)
        for ti, (texts, subs, leader, lead, coop, due, g_resp, g_lead, g_coop, g_lds) in enumerate(tasks, 1):
            gid = f"{si}.{ti}"
            p = d.add_paragraph()
            set_num(p, 1)
            p.add_run(texts[0])
            for more in texts[1:]:
                para(d, more)
            for s in subs:
                p = d.add_paragraph()
                set_num(p, 2)
                p.add_run(s)
            p = para(d)
            set_font(p.add_run(line_text(leader, lead, coop, due)), KT, 14)
            check(gid, texts[0], leader, lead, coop, g_resp, g_lead, g_coop, g_lds)
            golds.append(G(gid, texts[0][:12], g_resp, g_lead, g_coop, g_lds))
    para(d)
    banji(d, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，岚泽军分区。",
          "岚泽市人民政府办公室　　　　　　　　2025年2月27日印发")
    d.save(HERE + NAME + ".docx")
    docx_notice.write_gold(HERE, NAME, golds)
    # the saved file: every head in document.xml, no typed task number before it
    with zipfile.ZipFile(HERE + NAME + ".docx") as z:
        doc = z.read("word/document.xml").decode("utf-8")
        num = z.read("word/numbering.xml").decode("utf-8")
        sty = z.read("word/styles.xml").decode("utf-8")
    for g in golds:
        assert g["head"] in doc, g["id"]
    assert "numStyleLink" in num and "styleLink" in num and 'w:type="numbering"' in sty
    return golds


if __name__ == "__main__":
    print(len(build()), "tasks")
