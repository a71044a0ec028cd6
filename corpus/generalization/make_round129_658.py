#!/usr/bin/python3
"""Round 129, case 658 (control): a 市人民政府办公室 red-header Word notice dividing
the 市政府工作报告's tasks, the 附件 arranged by 市政府领导 (一、X市长牵头的工作),
tasks 1. … restarting under each leader, each closing （牵头单位：…；配合单位：…）.

Writes 658_lanting_shi_gzbg_renwu_fengong_lingdao.docx and its gold, deterministically.
Run: /usr/bin/python3 make_658.py
"""
import datetime
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "658_lanting_shi_gzbg_renwu_fengong_lingdao"
DOCX = os.path.join(HERE, NAME + ".docx")
GOLD = os.path.join(HERE, NAME + ".tasks.gold.jsonl")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)

GEN = "各县（市、区）人民政府"

# ---------------------------------------------------------------------------
# The 附件: leader sections. Each task: marker as printed, list of paragraphs
# (the clause is printed at the end of the last one, or as given), the clause
# text exactly as printed, and the gold lead / cooperating units.
# ---------------------------------------------------------------------------
SECTIONS = [
    {
        "heading": "一、林振华市长牵头的工作",
        "leaders": ["林振华"],
        "tasks": [
            {
                "marker": "1.",
                "paras": ["全市地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长7%，"
                          "固定资产投资增长6.5%，社会消费品零售总额增长5.5%，城乡居民人均可支配收入增长与经济增长基本同步，"
                          "居民消费价格涨幅3%左右，完成省下达的节能降耗和主要污染物减排目标任务。"],
                "clause": "（牵头单位：市发展改革委；配合单位：市统计局、市财政局、市工业和信息化局、市商务局、市生态环境局，各县（市、区）人民政府）",
                "lead": ["市发展改革委"],
                "coop": ["市统计局", "市财政局", "市工业和信息化局", "市商务局", "市生态环境局", GEN],
            },
            {
                "marker": "2.",
                "paras": ["深入开展“项目攻坚年”行动，全年谋划储备重大项目500个以上，实施省市重点项目320个，"
                          "完成投资1200亿元以上；积极争取超长期特别国债、中央预算内投资和地方政府专项债券资金150亿元以上。"],
                "clause": "（牵头单位：市发展改革委；配合单位：市财政局、市自然资源和规划局、市住房城乡建设局，各县（市、区）人民政府）",
                "lead": ["市发展改革委"],
                "coop": ["市财政局", "市自然资源和规划局", "市住房城乡建设局", GEN],
            },
            {
                "marker": "3.",
                "paras": ["纵深推进重点领域改革，实施国有企业改革深化提升行动，稳妥推进事业单位改革，统筹推进开发区管理体制机制改革，"
                          "持续推进“高效办成一件事”，擦亮“澜事好办”政务服务品牌。"],
                "clause": "（牵头单位：市委改革办、市发展改革委；配合单位：市国资委、市委编办、市政务服务和数据管理局，澜汀高新区管委会）",
                "lead": ["市委改革办", "市发展改革委"],
                "coop": ["市国资委", "市委编办", "市政务服务和数据管理局", "澜汀高新区管委会"],
            },
            {
                "marker": "4.",
                "paras": ["加强政府自身建设，自觉接受市人大及其常委会的法律监督和工作监督，自觉接受市政协的民主监督，"
                          "认真办理人大代表建议和政协委员提案。严格落实政府过紧日子要求，一般性支出压减5%以上。"],
                "clause": "（牵头单位：市政府办公室；配合单位：市财政局、市司法局，市政府各部门）",
                "lead": ["市政府办公室"],
                "coop": ["市财政局", "市司法局", "市政府各部门"],
            },
        ],
    },
    {
        "heading": "二、周建国常务副市长牵头的工作",
        "leaders": ["周建国"],
        "tasks": [
            {
                "marker": "1.",
                "paras": ["加强财政资源统筹，积极争取上级转移支付，全年争取上级资金300亿元以上；深化预算管理制度改革，"
                          "全面实施预算绩效管理，兜牢“三保”底线。"],
                "clause": "（牵头单位：市财政局；配合单位：市发展改革委、市税务局，各县（市、区）人民政府）",
                "lead": ["市财政局"],
                "coop": ["市发展改革委", "市税务局", GEN],
            },
            {
                "marker": "2.",
                "paras": ["持续深化政银企合作，全年新增各项贷款400亿元以上；推动澜汀农商银行改革化险，新增上市企业2家，"
                          "依法严厉打击非法集资，守住不发生区域性金融风险底线。"],
                "clause": "（牵头单位：市委金融办；配合单位：人行澜汀市分行、澜汀金融监管分局、市公安局、市财政局）",
                "lead": ["市委金融办"],
                "coop": ["人行澜汀市分行", "澜汀金融监管分局", "市公安局", "市财政局"],
            },
            {
                "marker": "3.",
                "paras": ["推动市属国有企业战略性重组和专业化整合，加快市城投集团、市交投集团市场化转型，"
                          "市属国有企业营业收入增长8%以上。"],
                "clause": "（牵头单位：市国资委；配合单位：市财政局、市发改委）",
                "lead": ["市国资委"],
                "coop": ["市财政局", "市发改委"],
            },
            {
                "marker": "4.",
                "paras": ["加强审计监督，围绕重大政策措施落实、重点民生资金和国有资产管理开展审计，"
                          "抓好审计整改“下半篇文章”。"],
                "clause": "（牵头单位：市审计局）",
                "lead": ["市审计局"],
                "coop": [],
            },
            {
                "marker": "5.",
                "paras": ["坚持“招大引强”，大力开展产业链精准招商、以商招商，全年新签约亿元以上项目180个以上，"
                          "实际到位市外资金增长10%，实际使用外资1.2亿美元。"],
                "clause": "（牵头单位：市投资促进局；配合单位：市商务局，市工业和信息化局、市发展改革委，各县（市、区）人民政府，澜汀高新区管委会）",
                "lead": ["市投资促进局"],
                "coop": ["市商务局", "市工业和信息化局", "市发展改革委", GEN, "澜汀高新区管委会"],
            },
            {
                "marker": "6.",
                "paras": ["加强统计监督，严肃查处统计造假、弄虚作假行为，切实提高统计数据质量。"],
                "clause": "（牵头单位：市统计局；配合单位：各县（市、区）人民政府）",
                "lead": ["市统计局"],
                "coop": [GEN],
            },
        ],
    },
    {
        "heading": "三、刘　敏副市长牵头的工作",
        "leaders": ["刘敏"],
        "tasks": [
            {
                "marker": "1.",
                "paras": ["大力实施制造业重点产业链高质量发展行动，做强新能源电池、高端装备、绿色食品3个千亿级产业集群，"
                          "新增规模以上工业企业120家，工业技改投资增长12%。"],
                "clause": "（牵头单位：市工业和信息化局；配合单位：市发展改革委、市科技局、市商务局，各县（市、区）人民政府）",
                "lead": ["市工业和信息化局"],
                "coop": ["市发展改革委", "市科技局", "市商务局", GEN],
            },
            {
                "marker": "2.",
                "paras": ["加快发展数字经济，新建5G基站1500个，深入推进“智改数转网联”，新增省级智能工厂（数字化车间）20家，"
                          "数字经济核心产业增加值占地区生产总值比重达到8%。"],
                "clause": "（牵头单位：市工业和信息化局；配合单位：市政务服务和数据管理局、市通信发展管理办公室）",
                "lead": ["市工业和信息化局"],
                "coop": ["市政务服务和数据管理局", "市通信发展管理办公室"],
            },
            {
                "marker": "3．",
                "paras": ["深入实施创新驱动发展战略，全社会研发经费投入增长15%以上，新增高新技术企业100家、科技型中小企业500家，"
                          "技术合同成交额突破80亿元。"],
                "clause": "（牵头单位：市科技局；配合单位：市财政局、市税务局、市统计局）",
                "lead": ["市科技局"],
                "coop": ["市财政局", "市税务局", "市统计局"],
            },
            {
                "marker": "4.",
                "paras": ["深入推进质量强市建设，扎实开展食品安全“守底线、查隐患、保安全”专项行动，"
                          "持续推进知识产权强市建设，每万人口高价值发明专利拥有量达到6件。"],
                "clause": "（牵头单位：市市场监管局；配合单位：市科技局、市农业农村局、市卫生健康委）",
                "lead": ["市市场监管局"],
                "coop": ["市科技局", "市农业农村局", "市卫生健康委"],
            },
            {
                "marker": "5.",
                # a task over two paragraphs; the clause closes the second
                "paras": ["支持民营经济发展壮大。全面落实促进民营经济发展壮大的各项政策措施，常态化开展政企沟通“早餐会”，"
                          "依法保护民营企业产权和企业家权益。",
                          "持续开展清理拖欠企业账款专项行动，建立防范和化解拖欠企业账款长效机制，"
                          "让各类经营主体放心投资、安心经营、专心创业。"],
                "clause": "（牵头单位：市发展改革委、市工业和信息化局；配合单位：市财政局、市司法局、市工商联）",
                "lead": ["市发展改革委", "市工业和信息化局"],
                "coop": ["市财政局", "市司法局", "市工商联"],
            },
        ],
    },
    {
        "heading": "四、陈思远副市长牵头的工作",
        "leaders": ["陈思远"],
        "tasks": [
            {
                "marker": "1.",
                "paras": ["推进以人为本的新型城镇化，实施城市更新行动，改造城镇老旧小区120个，新开工城中村改造项目8个，"
                          "完成燃气、供排水等地下管网改造280公里。"],
                "clause": "（牵头单位：市住房城乡建设局；配合单位：市发展改革委、市财政局、市城市管理局，各县（市、区）人民政府）",
                "lead": ["市住房城乡建设局"],
                "coop": ["市发展改革委", "市财政局", "市城市管理局", GEN],
            },
            {
                "marker": "2.",
                "paras": ["加快构建综合立体交通网，推进澜汀至临岱高速公路、市域快速路二期工程建设，新改建农村公路300公里，"
                          "确保澜汀机场改扩建工程开工建设。"],
                "clause": "（牵头单位：市交通运输局；配合单位：市发展改革委、市自然资源和规划局、市财政局）",
                "lead": ["市交通运输局"],
                "coop": ["市发展改革委", "市自然资源和规划局", "市财政局"],
            },
            {
                "marker": "3.",
                "paras": ["强化自然资源要素保障，完成国土空间规划“一张图”建设，盘活存量建设用地5000亩以上，新增耕地3000亩。"],
                "clause": "（牵头单位：市自然资源和规划局；配合单位：市农业农村局，各县（市、区）人民政府）",
                "lead": ["市自然资源和规划局"],
                "coop": ["市农业农村局", GEN],
            },
            {
                "marker": "4.",
                "paras": ["深入打好蓝天、碧水、净土保卫战，中心城区PM2.5平均浓度控制在33微克/立方米以内，"
                          "国省考断面水质优良比例保持100%，受污染耕地安全利用率达到93%以上。"],
                "clause": "（牵头单位：市生态环境局；配合单位：市发展改革委、市工业和信息化局、市住房城乡建设局、市农业农村局、市水利局，各县（市、区）人民政府）",
                "lead": ["市生态环境局"],
                "coop": ["市发展改革委", "市工业和信息化局", "市住房城乡建设局", "市农业农村局", "市水利局", GEN],
            },
            {
                "marker": "5.",
                "paras": ["提升城市精细化管理水平，深化“城市管家”服务模式，新建改建城市公园和口袋公园20个，"
                          "城市生活垃圾无害化处理率保持100%。"],
                # the drafter put a comma where the semicolon belongs
                "clause": "（牵头单位：市城市管理局，配合单位：市住房城乡建设局、市自然资源和规划局，各县（市、区）人民政府）",
                "lead": ["市城市管理局"],
                "coop": ["市住房城乡建设局", "市自然资源和规划局", GEN],
            },
        ],
    },
    {
        "heading": "五、赵红梅副市长牵头的工作",
        "leaders": ["赵红梅"],
        "tasks": [
            {
                "marker": "1.",
                "paras": ["推进教育优质均衡发展，新建改扩建中小学、幼儿园15所，新增学位1.2万个，深化“双减”工作，"
                          "支持澜汀职业技术学院创建省级高水平高职院校。"],
                "clause": "（牵头单位：市教育局；配合单位：市发展改革委、市财政局、市自然资源和规划局、市住房城乡建设局）",
                "lead": ["市教育局"],
                "coop": ["市发展改革委", "市财政局", "市自然资源和规划局", "市住房城乡建设局"],
            },
            {
                "marker": "2.",
                "paras": ["全力稳就业促增收，城镇新增就业2.8万人，城镇调查失业率控制在5.5%以内，开展职业技能培训3万人次，"
                          "做好高校毕业生、退役军人、农民工等重点群体就业工作。"],
                "clause": "（牵头单位：市人力资源社会保障局、市教育局；配合单位：市退役军人事务局、市农业农村局、市财政局）",
                "lead": ["市人力资源社会保障局", "市教育局"],
                "coop": ["市退役军人事务局", "市农业农村局", "市财政局"],
            },
            {
                "marker": "3.",
                "paras": ["深化医药卫生体制改革，推进紧密型城市医疗集团和县域医共体建设，加快市人民医院新院区、"
                          "市妇幼保健院迁建项目建设，居民健康素养水平达到35%。"],
                "clause": "（牵头单位：市卫生健康委；配合单位：市医保局、市发展改革委、市财政局）",
                "lead": ["市卫生健康委"],
                "coop": ["市医保局", "市发展改革委", "市财政局"],
            },
            {
                "marker": "4.",
                "paras": ["完善养老服务体系，新建社区嵌入式养老服务设施30个、农村互助养老服务点100个；"
                          "健全分层分类社会救助体系，落实“一老一小”等民生保障政策。"],
                "clause": "（牵头单位：市民政局；配合单位：市卫生健康委、市财政局、市医保局，各县（市、区）人民政府）",
                "lead": ["市民政局"],
                "coop": ["市卫生健康委", "市财政局", "市医保局", GEN],
            },
            {
                "marker": "5.",
                "paras": ["推进文旅深度融合发展，打响“山水澜汀”文旅品牌，创建国家4A级旅游景区2家，"
                          "全年接待游客增长10%、旅游总收入增长12%。"],
                "clause": "（牵头单位：市文化广电旅游局；配合单位：市发展改革委、市商务局、市交通运输局）",
                "lead": ["市文化广电旅游局"],
                "coop": ["市发展改革委", "市商务局", "市交通运输局"],
            },
        ],
    },
    {
        "heading": "六、郑凯副市长牵头的工作",
        "leaders": ["郑凯"],
        "tasks": [
            {
                "marker": "1.",
                "paras": ["坚决扛稳粮食安全政治责任，全市粮食播种面积稳定在420万亩以上、产量稳定在32亿斤以上，"
                          "新建高标准农田18万亩。"],
                "clause": "（牵头单位：市农业农村局；配合单位：市发展改革委、市财政局、市自然资源和规划局、市水利局、市粮食和储备局）",
                "lead": ["市农业农村局"],
                "coop": ["市发展改革委", "市财政局", "市自然资源和规划局", "市水利局", "市粮食和储备局"],
            },
            {
                "marker": "2.",
                "paras": ["巩固拓展脱贫攻坚成果，守牢不发生规模性返贫致贫底线，脱贫人口人均纯收入增长10%以上。"],
                "clause": "（牵头单位：市农业农村局；配合单位：市人力资源社会保障局、市教育局、市卫生健康委、市医保局、市民政局，各县（市、区）人民政府）",
                "lead": ["市农业农村局"],
                "coop": ["市人力资源社会保障局", "市教育局", "市卫生健康委", "市医保局", "市民政局", GEN],
            },
            {
                "marker": "3.",
                "paras": ["加快农业产业化发展，新增市级以上农业产业化龙头企业30家，培育区域公用品牌5个，"
                          "农产品加工业产值与农业总产值比达到2.6倍。"],
                "clause": "（牵头单位：市农业农村局；配合单位：市商务局、市市场监管局、市供销社）",
                "lead": ["市农业农村局"],
                "coop": ["市商务局", "市市场监管局", "市供销社"],
            },
            {
                "marker": "4.",
                "paras": ["加强水利基础设施建设，加快推进清溪河水库、澜东灌区续建配套与现代化改造工程，完成中小河流治理80公里，"
                          "农村自来水普及率达到96%。"],
                "clause": "（牵头单位：市水利局；配合单位：市发展改革委、市财政局，各县（市、区）人民政府）",
                "lead": ["市水利局"],
                "coop": ["市发展改革委", "市财政局", GEN],
            },
            {
                "marker": "5.",
                # the clause printed before the final 。
                "paras": ["扎实推进宜居宜业和美乡村建设，农村卫生厕所普及率达到80%以上，创建省级和美乡村示范村40个"],
                "clause": "（牵头单位：市农业农村局；配合单位：市住房城乡建设局、市生态环境局、市卫生健康委，各县（市、区）人民政府）",
                "tail": "。",
                "lead": ["市农业农村局"],
                "coop": ["市住房城乡建设局", "市生态环境局", "市卫生健康委", GEN],
            },
        ],
    },
    {
        "heading": "七、马文斌副市长、市公安局局长牵头的工作",
        "leaders": ["马文斌"],
        "tasks": [
            {
                "marker": "1.",
                "paras": ["深入推进平安澜汀建设，常态化开展扫黑除恶斗争，依法严厉打击电信网络诈骗等违法犯罪，"
                          "群众安全感满意度保持在98%以上。"],
                "clause": "（牵头单位：市公安局；配合单位：市委政法委、市司法局，各县（市、区）人民政府）",
                "lead": ["市公安局"],
                "coop": ["市委政法委", "市司法局", GEN],
            },
            {
                "marker": "2.",
                "paras": ["坚持和发展新时代“枫桥经验”，深入推进信访工作法治化，健全矛盾纠纷多元预防调处化解机制。"],
                "clause": "（牵头单位：市信访局；配合单位：市司法局、市公安局，各县（市、区）人民政府）",
                "lead": ["市信访局"],
                "coop": ["市司法局", "市公安局", GEN],
            },
            {
                "marker": "3.",
                "paras": ["加强法治政府建设，严格落实重大行政决策程序规定，深化行政执法监督，全面推行行政执法“三项制度”。"],
                "clause": "（牵头单位：市司法局；配合单位：市政府各部门）",
                "lead": ["市司法局"],
                "coop": ["市政府各部门"],
            },
            {
                "marker": "4.",
                "paras": ["统筹发展和安全，深化安全生产治本攻坚三年行动，加强防灾减灾救灾能力建设，坚决遏制重特大事故发生。"],
                "clause": "（牵头单位：市应急管理局；配合单位：市公安局、市交通运输局、市住房城乡建设局、市消防救援支队，各县（市、区）人民政府）",
                "lead": ["市应急管理局"],
                "coop": ["市公安局", "市交通运输局", "市住房城乡建设局", "市消防救援支队", GEN],
            },
        ],
    },
]


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def set_run_font(run, font, size, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    if color is not None:
        run.font.color.rgb = color


def para(doc, parts, align=None, indent=True, line=28, before=0, after=0):
    """parts: list of (text, font, size[, bold[, color]])."""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    for part in parts:
        text, font, size = part[:3]
        bold = part[3] if len(part) > 3 else False
        color = part[4] if len(part) > 4 else None
        r = p.add_run(text)
        set_run_font(r, font, size, bold, color)
    return p


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


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_height = Mm(297)
    sec.page_width = Mm(210)
    sec.top_margin = Mm(37)
    sec.bottom_margin = Mm(35)
    sec.left_margin = Mm(28)
    sec.right_margin = Mm(26)

    # ---- 版头 ----
    p = para(doc, [("澜汀市人民政府办公室文件", XBS, 40, False, RED)],
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=24, after=24)
    w = OxmlElement("w:w")  # issuer mark squeezed to fit one line, as offices do
    w.set(qn("w:val"), "72")
    p.runs[0]._element.get_or_add_rPr().append(w)
    para(doc, [("", FS, 16)], indent=False)
    p = para(doc, [("澜政办发〔2025〕7号", FS, 16)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", sz=18)
    para(doc, [("", FS, 16)], indent=False)

    # ---- 标题 ----
    para(doc, [("澜汀市人民政府办公室", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    para(doc, [("关于印发2025年市政府工作报告重点工作", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=35)
    para(doc, [("任务分工的通知", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    para(doc, [("", FS, 16)], indent=False)

    # ---- 主送 ----
    para(doc, [("各县（市、区）人民政府，澜汀高新区管委会，市政府各部门、各直属机构：", FS, 16)], indent=False)

    # ---- 正文 ----
    para(doc, [("为全面贯彻落实市十六届人大四次会议精神，确保市政府工作报告确定的各项目标任务落到实处，"
                "经市政府同意，现将《2025年市政府工作报告重点工作任务分工》印发给你们，并就有关事项通知如下。", FS, 16)])
    para(doc, [("一、提高思想认识。", HT, 16),
               ("市政府工作报告是市人民代表大会审议通过的法定文件，是全市经济社会发展的“施工图”。"
                "各地各部门要切实把思想和行动统一到市委、市政府决策部署上来，进一步增强责任感和紧迫感，"
                "以钉钉子精神抓好各项任务落实。", FS, 16)])
    para(doc, [("二、压实工作责任。", HT, 16),
               ("各项任务由牵头市政府领导统筹推进。各牵头单位要对牵头的工作负总责，细化实化工作措施，"
                "明确时间节点和责任人；牵头单位有两个的，排在第一位的为主要牵头单位，负责组织协调和汇总报送。"
                "各配合单位要按照职责分工，主动对接、积极配合，形成工作合力。各县（市、区）人民政府要结合实际，"
                "抓好相关任务的落实。", FS, 16)])
    para(doc, [("三、强化督查考核。", HT, 16),
               ("市政府督查室要将各项任务纳入年度督查计划，实行清单化管理、台账式推进。各牵头单位要于每季度末月"
                "20日前将任务推进情况报市政府督查室，12月20日前报送全年工作完成情况。督查结果纳入全市高质量发展"
                "综合绩效考核。", FS, 16)])
    para(doc, [("", FS, 16)], indent=False)
    para(doc, [("附件：2025年市政府工作报告重点工作任务分工", FS, 16)])
    para(doc, [("", FS, 16)], indent=False)
    para(doc, [("", FS, 16)], indent=False)
    para(doc, [("澜汀市人民政府办公室", FS, 16)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p = para(doc, [("2025年2月28日", FS, 16)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    para(doc, [("（此件公开发布）", FS, 16)])

    # ---- 附件 ----
    page_break(doc)
    para(doc, [("附件", HT, 16)], indent=False)
    para(doc, [("", FS, 16)], indent=False)
    para(doc, [("2025年市政府工作报告重点工作任务分工", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=35, after=12)
    for s in SECTIONS:
        para(doc, [(s["heading"], HT, 16)])
        for t in s["tasks"]:
            ps = t["paras"]
            for k, text in enumerate(ps):
                parts = []
                if k == 0:
                    parts.append((t["marker"] + text, FS, 16))
                else:
                    parts.append((text, FS, 16))
                if k == len(ps) - 1:
                    parts.append((t["clause"], FS, 16))
                    if t.get("tail"):
                        parts.append((t["tail"], FS, 16))
                para(doc, parts)

    # ---- 版记 ----
    para(doc, [("", FS, 16)], indent=False)
    p = para(doc, [("抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级法院，市检察院，澜汀军分区。", FS, 14)],
             indent=False)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", color="000000", sz=8)
    border(p, "bottom", color="000000", sz=4)
    p = para(doc, [("澜汀市人民政府办公室　　　　　　　　　2025年2月28日印发", FS, 14)], indent=False)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "bottom", color="000000", sz=8)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 28, 9, 0, 0)
    cp.author = "市政府办公室"
    cp.last_modified_by = "市政府办公室"
    cp.title = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    # re-pack with fixed zip timestamps so the bytes are the same on every run
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 28, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(DOCX, "wb") as f:
        f.write(out.getvalue())


def build_gold():
    rows = []
    for si, s in enumerate(SECTIONS, 1):
        for t in s["tasks"]:
            num = t["marker"].rstrip(".．")
            first = t["paras"][0]
            rows.append({
                "id": f"{si}.{num}",
                "marker": t["marker"],
                "head": first[:12],
                "responsible_units": t["lead"] + t["coop"],
                "lead_units": t["lead"],
                "cooperating_units": t["coop"],
                "leaders": s["leaders"],
                "deadline": None,
            })
    with open(GOLD, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    build_docx()
    rows = build_gold()
    print(DOCX)
    print(GOLD, len(rows), "tasks")
