#!/usr/bin/python3
"""Round 123, case 629 (control).

A 县人民政府办公室 red-header notice printing the 2025 政府工作报告 重点工作任务分工
as its attachment, published on the county portal as a PDF; the text is what a
reader gets by opening that PDF in Chrome's built-in viewer, Ctrl+A, Ctrl+C and
pasting into Notepad (saved as UTF-8, CRLF).

Real pipeline: python-docx (GB/T 9704 page: A4, 37/35/28/26 mm margins, 16 pt
仿宋 at a fixed 28.95 pt line, `— N —` footers right on odd and left on even
pages) -> `libreoffice --convert-to pdf` -> `pdftotext` (no -layout), then what
Chrome's copy does differently: no form feeds, no blank lines between blocks,
CRLF line ends, no final line end.

Writes 629_quyang_xian_gzbg_renwu_fengong_pdf_chrome_fuzhi.txt and its
.tasks.gold.jsonl.  Deterministic: the text does not depend on PDF dates.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import datetime

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

BLANKS_BEFORE_BANJI = 6
HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "629_quyang_xian_gzbg_renwu_fengong_pdf_chrome_fuzhi"

# ----------------------------------------------------------------------------
# content
# ----------------------------------------------------------------------------
ISSUER_MARK = "蕖阳县人民政府办公室文件"
DOCNO = "蕖政办发〔2025〕6号"
TITLE_LINES = ["蕖阳县人民政府办公室", "关于印发2025年县政府工作报告", "重点工作任务分工的通知"]
ZHUSONG = "各乡镇人民政府，县政府各部门，县直各单位："
COVER = [
    ("p", "《2025年蕖阳县人民政府工作报告》（以下简称《报告》）已经县第十八届人民代表大会第四次会议审议通过。为确保《报告》确定的各项目标任务落到实处，经县人民政府同意，现将《2025年县政府工作报告重点工作任务分工》印发给你们，并就有关事项通知如下。"),
    ("h", "一、提高思想认识。", "《报告》是县人民政府今年工作的总纲领和总遵循。各乡镇、各部门要切实把思想和行动统一到县委、县政府的决策部署上来，坚持目标导向、问题导向和结果导向，以更大的决心、更实的举措抓好《报告》各项任务的落实，确保全年目标任务圆满完成。"),
    ("h", "二、压实工作责任。", "各项任务均明确了责任领导和责任单位。牵头单位对任务落实负总责，主要负责同志是第一责任人，要制定具体工作方案，细化工作措施，明确时间节点；配合单位要按照职责分工积极主动配合，形成工作合力。一项任务由多个单位负责且未明确牵头单位的，排在第一位的为牵头单位。"),
    ("h", "三、强化督查考核。", "县政府督查室要将《报告》重点工作任务落实情况纳入年度督查重点，实行清单化管理、台账式推进，定期通报工作进展。各牵头单位要于每季度最后一个月的25日前将工作进展情况书面报送县政府督查室，全年工作完成情况于12月20日前报送。对工作推进不力、未按要求完成任务的，将按有关规定严肃问责。"),
]
ATTACH_NOTE = "附件：2025年县政府工作报告重点工作任务分工"
SIGNER = "蕖阳县人民政府办公室"
DATE = "2025年3月14日"
FUZHU = "（此件公开发布）"
ATT_TITLE = "2025年县政府工作报告重点工作任务分工"
CC = "抄送：县委各部门，县人大常委会办公室，县政协办公室，县人武部，县法院，县检察院。"
PRINTED = ("蕖阳县人民政府办公室", "2025年3月14日印发")

# Each task: marker, text (before the responsibility), responsibility sentence,
# leader tail, and the gold fields written out by hand.
P = []  # parts: (heading, [tasks])


def T(marker, text, resp, lead_tail, units, lead, coop, leaders):
    return dict(marker=marker, text=text, resp=resp, tail=lead_tail,
                units=units, lead=lead, coop=coop, leaders=leaders)


P.append(("一、全力推动经济平稳增长", [
    T("1．", "扩大有效投资。坚持项目为王，全年实施重点项目120个以上、完成投资150亿元以上，其中新开工项目不少于50个。健全重大项目谋划储备、要素保障、调度推进机制，积极争取超长期特别国债、中央预算内投资和地方政府专项债券资金20亿元以上。",
      "由县发改局牵头，县财政局、县自然资源局、县住建局配合。", "责任领导：周立新",
      ["县发改局", "县财政局", "县自然资源局", "县住建局"], ["县发改局"], ["县财政局", "县自然资源局", "县住建局"], ["周立新"]),
    T("2．", "提振消费需求。认真落实消费品以旧换新政策，培育夜间经济、县域商业综合体等消费新场景，开展“惠购蕖阳”系列促销活动，社会消费品零售总额增长6%。",
      "由县商务局牵头，县财政局、县市场监管局、县文旅局配合。", "责任领导：王勇",
      ["县商务局", "县财政局", "县市场监管局", "县文旅局"], ["县商务局"], ["县财政局", "县市场监管局", "县文旅局"], ["王勇"]),
    T("3．", "强化财政金融支撑。加强财源建设和税收征管，一般公共预算收入增长5%以上；严格落实党政机关过紧日子要求，“三保”支出足额保障。深化政银企对接，全年新增各项贷款40亿元以上。",
      "县财政局、县税务局、县金融服务中心负责。", "责任领导：周立新",
      ["县财政局", "县税务局", "县金融服务中心"], ["县财政局"], ["县税务局", "县金融服务中心"], ["周立新"]),
    T("4．", "持续优化营商环境。深化“高效办成一件事”改革，推行涉企经营许可“证照联办”，政务服务事项网上可办率稳定在98%以上。开展规范涉企行政检查专项行动，依法保护民营企业和企业家合法权益。",
      "由县行政审批局牵头，县市场监管局、县司法局配合。", "责任领导：赵德海",
      ["县行政审批局", "县市场监管局", "县司法局"], ["县行政审批局"], ["县市场监管局", "县司法局"], ["赵德海"]),
    T("5．", "大抓招商引资。聚焦新材料、农产品精深加工等主导产业开展精准招商、以商招商，全年引进亿元以上项目30个，实际到位县外资金80亿元以上。",
      "由县招商服务中心牵头，县发改局、县工信局、县商务局、蕖阳经开区管委会配合。", "责任领导：林国栋、周立新",
      ["县招商服务中心", "县发改局", "县工信局", "县商务局", "蕖阳经开区管委会"], ["县招商服务中心"], ["县发改局", "县工信局", "县商务局", "蕖阳经开区管委会"], ["林国栋", "周立新"]),
]))

P.append(("二、加快构建现代化产业体系", [
    T("6．", "壮大主导产业。实施新材料产业链“链长制”，推动年产5万吨高性能复合材料等项目投产达效，新增规模以上工业企业15家，规模以上工业增加值增长7%。",
      "由县工信局牵头，县发改局、县科技局、蕖阳经开区管委会配合。", "责任领导：王勇",
      ["县工信局", "县发改局", "县科技局", "蕖阳经开区管委会"], ["县工信局"], ["县发改局", "县科技局", "蕖阳经开区管委会"], ["王勇"]),
    T("7．", "推动园区提质增效。完善经开区标准厂房、污水集中处理等配套设施，深化“亩均论英雄”改革，盘活闲置低效工业用地300亩以上。",
      "蕖阳经开区管委会、县自然资源局负责。", "责任领导：王勇",
      ["蕖阳经开区管委会", "县自然资源局"], ["蕖阳经开区管委会"], ["县自然资源局"], ["王勇"]),
    T("8．", "加快发展数字经济。新建5G基站200个，推动20家规模以上工业企业开展数字化改造，培育电商直播基地2个，网络零售额增长12%。",
      "由县工信局牵头，县商务局、县数据局配合。", "责任领导：王　勇",
      ["县工信局", "县商务局", "县数据局"], ["县工信局"], ["县商务局", "县数据局"], ["王勇"]),
    T("9．", "提升科技创新能力。新增高新技术企业10家、科技型中小企业30家，全社会研发经费投入强度提高0.2个百分点。深化校地合作，建设科技成果转化中试平台1个。",
      "县科技局负责。", "责任领导：孙晓燕",
      ["县科技局"], ["县科技局"], [], ["孙晓燕"]),
    T("10．", "发展现代服务业。推动现代物流、文化旅游、健康养老等产业融合发展，建成县城冷链物流中心。加快青螺湖、云岫山景区提质升级，全年接待游客突破600万人次。",
      "由县文旅局、县商务局牵头，县发改局、县交通运输局配合。", "责任领导：孙晓燕、王勇",
      ["县文旅局", "县商务局", "县发改局", "县交通运输局"], ["县文旅局", "县商务局"], ["县发改局", "县交通运输局"], ["孙晓燕", "王勇"]),
]))

P.append(("三、深入推进改革开放", [
    T("11．", "深化国资国企改革。推进县属国有企业整合重组和市场化转型，完成县城投集团实体化改造，健全国有资产监管制度，防止国有资产流失。",
      "由县财政局（县国资办）牵头，县城投集团配合。", "责任领导：周立新",
      ["县财政局（县国资办）", "县城投集团"], ["县财政局（县国资办）"], ["县城投集团"], ["周立新"]),
    T("12.", "推进要素市场化配置改革。全面推行工业项目“标准地”出让，新供工业用地“标准地”出让比例达到60%以上，探索建立低效用地退出机制。",
      "由县自然资源局牵头，县发改局、县工信局配合。", "责任领导：赵德海",
      ["县自然资源局", "县发改局", "县工信局"], ["县自然资源局"], ["县发改局", "县工信局"], ["赵德海"]),
    T("13．", "稳步扩大对外开放。支持企业参加广交会、进博会等重点展会，培育外贸实绩企业10家以上，外贸进出口总额增长8%。",
      "县商务局负责。", "责任领导：王勇",
      ["县商务局"], ["县商务局"], [], ["王勇"]),
    T("14．", "支持民营经济发展壮大。落实支持民营经济发展各项政策措施，常态化开展“企业家接待日”和“政企早餐会”活动，及时协调解决企业反映的困难问题。",
      "县工商联牵头，县发改局、县工信局、县市场监管局配合。", "责任领导：周立新",
      ["县工商联", "县发改局", "县工信局", "县市场监管局"], ["县工商联"], ["县发改局", "县工信局", "县市场监管局"], ["周立新"]),
]))

P.append(("四、统筹推进乡村全面振兴", [
    T("15．", "稳定粮食和重要农产品生产。落实粮食安全党政同责，粮食播种面积稳定在62万亩以上、产量稳定在26万吨以上，新建高标准农田3万亩。",
      "由县农业农村局牵头，县自然资源局、县水利局，各乡镇人民政府配合。", "责任领导：陈　敏",
      ["县农业农村局", "县自然资源局", "县水利局", "各乡镇人民政府"], ["县农业农村局"], ["县自然资源局", "县水利局", "各乡镇人民政府"], ["陈敏"]),
    T("16．", "做强做优特色农业。做大茶叶、油茶、稻虾共作等特色产业，新培育县级以上农业产业化龙头企业5家，新认证绿色食品、有机农产品和地理标志农产品10个。",
      "由县农业农村局牵头，县林业局、县市场监管局配合。", "责任领导：陈　敏",
      ["县农业农村局", "县林业局", "县市场监管局"], ["县农业农村局"], ["县林业局", "县市场监管局"], ["陈敏"]),
    T("17．", "巩固拓展脱贫攻坚成果。健全防止返贫致贫监测和帮扶机制，确保不发生规模性返贫致贫，脱贫人口务工规模稳定在3.5万人以上。",
      "由县乡村振兴服务中心牵头，县人社局、县农业农村局、各乡镇人民政府配合。", "责任领导：陈　敏",
      ["县乡村振兴服务中心", "县人社局", "县农业农村局", "各乡镇人民政府"], ["县乡村振兴服务中心"], ["县人社局", "县农业农村局", "各乡镇人民政府"], ["陈敏"]),
    T("18．", "建设宜居宜业和美乡村。深入推进农村人居环境整治提升，农村卫生厕所普及率达到88%，创建省级美丽乡村示范村3个。",
      "由县农业农村局牵头，县住建局、县卫健局、市生态环境局蕖阳分局、各乡镇人民政府配合。", "责任领导：陈　敏",
      ["县农业农村局", "县住建局", "县卫健局", "市生态环境局蕖阳分局", "各乡镇人民政府"], ["县农业农村局"], ["县住建局", "县卫健局", "市生态环境局蕖阳分局", "各乡镇人民政府"], ["陈敏"]),
    T("19．", "深化农村改革。稳妥推进第二轮土地承包到期后再延长30年试点，发展壮大新型农村集体经济，集体经济年经营性收入10万元以上的村占比达到60%。",
      "县农业农村局、县财政局负责。", "责任领导：陈　敏",
      ["县农业农村局", "县财政局"], ["县农业农村局"], ["县财政局"], ["陈敏"]),
]))

P.append(("五、提升城乡建设和生态环境质量", [
    T("20．", "推进以人为本的新型城镇化。实施城市更新行动，改造城镇老旧小区28个，新建改造城市道路12公里、雨污管网25公里，常住人口城镇化率提高1个百分点。",
      "由县住建局牵头，县发改局、县自然资源局、县城管局配合。", "责任领导：赵德海",
      ["县住建局", "县发改局", "县自然资源局", "县城管局"], ["县住建局"], ["县发改局", "县自然资源局", "县城管局"], ["赵德海"]),
    T("21．", "完善基础设施网络。加快蕖阳至岫川高速公路蕖阳段建设，完成国道蕖阳过境段改线工程主体，新改建农村公路150公里。",
      "由县交通运输局牵头，县自然资源局、县财政局配合。", "责任领导：赵德海",
      ["县交通运输局", "县自然资源局", "县财政局"], ["县交通运输局"], ["县自然资源局", "县财政局"], ["赵德海"]),
    T("22．", "深入打好污染防治攻坚战。扎实推进大气、水、土壤污染防治，县城空气质量优良天数比例达到90%以上，国省控断面水质达标率保持100%。",
      "由市生态环境局蕖阳分局牵头，县发改局、县住建局、县农业农村局、县水利局配合。", "责任领导：赵德海",
      ["市生态环境局蕖阳分局", "县发改局", "县住建局", "县农业农村局", "县水利局"], ["市生态环境局蕖阳分局"], ["县发改局", "县住建局", "县农业农村局", "县水利局"], ["赵德海"]),
    T("23．", "加强生态保护修复。全面落实林长制、河湖长制，完成营造林4万亩，森林覆盖率稳定在63%以上，持续推进长江流域重点水域禁捕退捕。",
      "县林业局、县水利局、县农业农村局负责。", "责任领导：陈　敏",
      ["县林业局", "县水利局", "县农业农村局"], ["县林业局"], ["县水利局", "县农业农村局"], ["陈敏"]),
    T("24．", "推动绿色低碳发展。推进工业、建筑、交通等重点领域节能降碳，新增光伏发电装机5万千瓦，单位地区生产总值能耗下降完成市定目标任务。",
      "由县发展改革局牵头，县工信局、县住建局、县交通运输局配合。", "责任领导：周立新",
      ["县发展改革局", "县工信局", "县住建局", "县交通运输局"], ["县发展改革局"], ["县工信局", "县住建局", "县交通运输局"], ["周立新"]),
]))

P.append(("六、持续增进民生福祉", [
    T("25．", "促进高质量充分就业。城镇新增就业3500人，城镇调查失业率控制在5.5%以内。实施“技能蕖阳”行动，开展各类职业技能培训5000人次。",
      "由县人社局牵头，县教育局、县财政局配合。", "责任领导：孙晓燕",
      ["县人社局", "县教育局", "县财政局"], ["县人社局"], ["县教育局", "县财政局"], ["孙晓燕"]),
    T("26．", "办好人民满意的教育。新建、改扩建公办幼儿园4所、中小学校3所，新增学位3000个。实施县域普通高中振兴行动，推进义务教育优质均衡发展。",
      "由县教育局牵头，县发改局、县财政局、县自然资源局、县住建局配合。", "责任领导：孙晓燕",
      ["县教育局", "县发改局", "县财政局", "县自然资源局", "县住建局"], ["县教育局"], ["县发改局", "县财政局", "县自然资源局", "县住建局"], ["孙晓燕"]),
    T("27．", "推进健康蕖阳建设。深化紧密型县域医共体建设，支持县人民医院创建三级医院，80%以上的乡镇卫生院达到“优质服务基层行”基本标准。",
      "由县卫健局牵头，县医保局、县财政局配合。", "责任领导：孙晓燕",
      ["县卫健局", "县医保局", "县财政局"], ["县卫健局"], ["县医保局", "县财政局"], ["孙晓燕"]),
    T("28．", "完善社会保障体系。基本养老保险参保率稳定在95%以上，基本医疗保险参保率稳定在96%以上。加强低保、特困、残疾人等群体兜底保障，做好困难群众救助帮扶。",
      "县人社局、县医保局、县民政局负责。", "责任领导：孙晓燕",
      ["县人社局", "县医保局", "县民政局"], ["县人社局"], ["县医保局", "县民政局"], ["孙晓燕"]),
    T("29．", "繁荣发展文化事业。深入实施文化惠民工程，全年开展送戏下乡200场以上。加强蕖阳古城、青螺窑址等文物保护利用，加快县图书馆新馆建设。",
      "县委宣传部、县文旅局负责。", "责任领导：孙晓燕",
      ["县委宣传部", "县文旅局"], ["县委宣传部"], ["县文旅局"], ["孙晓燕"]),
    T("30．", "加强“一老一小”服务保障。新建社区嵌入式养老服务设施5个，发展普惠托育服务，每千人口拥有3岁以下婴幼儿托位数达到4.5个。",
      "由县民政局牵头，县卫健局配合。", "责任领导：孙晓燕",
      ["县民政局", "县卫健局"], ["县民政局"], ["县卫健局"], ["孙晓燕"]),
]))

P.append(("七、统筹高质量发展和高水平安全", [
    T("31．", "防范化解重点领域风险。稳妥有序化解地方政府债务风险，严格落实政府债务限额管理。加强房地产市场监测分析，扎实做好保交房工作。",
      "由县财政局牵头，县住建局、县金融服务中心配合。", "责任领导：周立新",
      ["县财政局", "县住建局", "县金融服务中心"], ["县财政局"], ["县住建局", "县金融服务中心"], ["周立新"]),
    T("32．", "抓好安全生产和防灾减灾。深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故。加强防汛抗旱、森林防灭火能力建设。",
      "由县应急管理局牵头，县直各有关单位、各乡镇人民政府配合。", "责任领导：赵德海",
      ["县应急管理局", "县直各有关单位", "各乡镇人民政府"], ["县应急管理局"], ["县直各有关单位", "各乡镇人民政府"], ["赵德海"]),
    T("33．", "建设更高水平的平安蕖阳。坚持和发展新时代“枫桥经验”，常态化开展扫黑除恶斗争，严厉打击电信网络诈骗等违法犯罪，群众安全感保持在98%以上。",
      "由县公安局牵头，县委政法委、县司法局配合。", "责任领导：韩东升",
      ["县公安局", "县委政法委", "县司法局"], ["县公安局"], ["县委政法委", "县司法局"], ["韩东升"]),
]))

P.append(("八、全面加强政府自身建设", [
    T("34．", "加快建设法治政府。严格执行重大行政决策程序规定，全面落实行政执法“三项制度”，认真办理人大代表建议和政协委员提案，办结率达到100%。",
      "由县司法局牵头，县政府办公室配合。", "责任领导：林国栋",
      ["县司法局", "县政府办公室"], ["县司法局"], ["县政府办公室"], ["林国栋"]),
    T("35．", "持之以恒正风肃纪。严格落实中央八项规定及其实施细则精神，持续整治形式主义为基层减负，一般性支出压减5%以上，强化审计监督和财会监督。",
      "县审计局、县财政局负责。", "",
      ["县审计局", "县财政局"], ["县审计局"], ["县财政局"], []),
]))


# ----------------------------------------------------------------------------
# DOCX helpers
# ----------------------------------------------------------------------------
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    if color is not None:
        run.font.color.rgb = color


def para(doc, text="", east=FS, size=16, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
         indent=True, bold=False, color=None, line=28.95, space_after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        set_font(r, east, size, bold=bold, color=color)
    return p


def add_run(p, text, east=FS, size=16, bold=False):
    r = p.add_run(text)
    set_font(r, east, size, bold=bold)
    return r


def border(p, side, color="FF0000", sz=12):
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


def page_field(p, size=14):
    def r_(text=None, fld=None, instr=None):
        r = p.add_run()
        set_font(r, "宋体", size, ascii_font="宋体")
        if fld:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), fld)
            r._element.append(e)
        elif instr:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = instr
            r._element.append(e)
        else:
            r.text = text
        return r
    r_("— ")
    r_(fld="begin")
    r_(instr=" PAGE ")
    r_(fld="separate")
    r_("1")
    r_(fld="end")
    r_(" —")


def footer(container, align):
    p = container.paragraphs[0]
    p.paragraph_format.alignment = align
    if align == WD_ALIGN_PARAGRAPH.RIGHT:
        p.paragraph_format.right_indent = Pt(14)
    else:
        p.paragraph_format.left_indent = Pt(14)
    page_field(p)


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.size = Pt(16)
    st.font.name = "Times New Roman"
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(28)
    sec.header_distance = Mm(15)
    doc.settings.odd_and_even_pages_header_footer = True
    footer(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    footer(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)

    # 版头
    para(doc, "", indent=False)
    p = para(doc, ISSUER_MARK, east=XBS, size=36, align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, color=RGBColor(0xFF, 0, 0), line=60)
    para(doc, "", indent=False)
    p = para(doc, DOCNO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", sz=18)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    for t in TITLE_LINES:
        para(doc, t, east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
    para(doc, "", indent=False)
    para(doc, ZHUSONG, indent=False)
    for item in COVER:
        if item[0] == "p":
            para(doc, item[1])
        else:
            p = para(doc)
            add_run(p, item[1], east=HT)
            add_run(p, item[2])
    para(doc, "")
    para(doc, ATTACH_NOTE)
    para(doc, "")
    para(doc, "")
    p = para(doc, SIGNER, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(16 * 4)
    p = para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(16 * 5)
    para(doc, FUZHU)

    # 附件
    p = para(doc, "附件", east=HT, indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.page_break_before = True
    para(doc, "", indent=False)
    para(doc, ATT_TITLE, east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
    para(doc, "", indent=False)
    for head, tasks in P:
        para(doc, head, east=HT)
        for t in tasks:
            p = para(doc)
            title, rest = t["text"].split("。", 1)
            add_run(p, t["marker"] + title + "。", east=KT, bold=True)
            tail = rest + t["resp"] + t["tail"]
            add_run(p, tail)

    # 版记 at the foot of the last page (pushed down with empty lines, as drafters do)
    for _ in range(BLANKS_BEFORE_BANJI):
        para(doc, "", indent=False)
    p = para(doc, CC, size=14, indent=False, line=28.95)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(0)
    border(p, "top", color="000000", sz=8)
    border(p, "bottom", color="000000", sz=4)
    p = para(doc, "", size=14, indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.left_indent = Pt(14)
    add_run(p, PRINTED[0], size=14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(150), alignment=2)  # right tab
    add_run(p, "\t" + PRINTED[1], size=14)
    border(p, "bottom", color="000000", sz=8)

    cp = doc.core_properties
    cp.author = "县政府办"
    cp.last_modified_by = "县政府办"
    cp.title = ""
    cp.created = datetime.datetime(2025, 3, 14, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 14, 9, 0, 0)
    cp.revision = 1
    doc.save(path)


def chrome_copy(pdftext):
    """What Chrome's PDF viewer's select-all copy gives, pasted into Notepad."""
    lines = []
    for ln in pdftext.replace("\f", "\n").split("\n"):
        ln = ln.rstrip()
        if ln.strip() == "":
            continue
        lines.append(ln)
    return "\r\n".join(lines)


def main():
    tmp = tempfile.mkdtemp(prefix="m629_")
    try:
        dx = os.path.join(tmp, NAME + ".docx")
        build_docx(dx)
        prof = "file://" + os.path.join(tmp, "lo_profile")
        subprocess.run(["libreoffice", "-env:UserInstallation=" + prof, "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, dx],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        pdf = os.path.join(tmp, NAME + ".pdf")
        subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, os.path.join(tmp, "out.txt")], check=True)
        raw = open(os.path.join(tmp, "out.txt"), encoding="utf-8").read()
        if "--keep" in sys.argv:
            shutil.copy(pdf, os.path.join(HERE, "629_build.pdf"))
            shutil.copy(dx, os.path.join(HERE, "629_build.docx"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    text = chrome_copy(raw)
    with open(os.path.join(HERE, NAME + ".txt"), "w", encoding="utf-8", newline="") as f:
        f.write(text)

    gold = []
    for head, tasks in P:
        for t in tasks:
            body = t["text"] + t["resp"] + t["tail"]
            gold.append(dict(id=t["marker"].rstrip("．.")
                             , marker=t["marker"], head=body[:12],
                             responsible_units=t["units"], lead_units=t["lead"],
                             cooperating_units=t["coop"], leaders=t["leaders"],
                             deadline=None))
    with open(os.path.join(HERE, NAME + ".tasks.gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(len(gold), "tasks")


if __name__ == "__main__":
    main()
