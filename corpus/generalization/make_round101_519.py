#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 101, notice 519: a 市政府办公室 red-header Word notice whose cover
defines a hierarchy among lead units (主牵头单位 / 其他牵头单位, 总牵头单位 /
分项牵头单位) with the same "排在第一位的为…" wording it uses for plain
责任单位 lists -- in 牵头单位 lists the first unit is only the main lead and
the others still lead."""
import os

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

NAME = "519_fengyang_shi_zhu_qiantou_fenxiang_qiantou.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xE6, 0x00, 0x12)


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def para(doc, runs, align=None, indent=True, before=0, after=0, exact=28):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    for text, font, size, bold, color in runs:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def body(doc, text, **kw):
    return para(doc, [(text, FS, 16, False, None)], **kw)


def bottom_border(p, color="E60012", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def task(doc, num, lead_in, rest, clause):
    """`N．` typed, a bold lead-in sentence, the rest in 仿宋, the clause in 楷体."""
    runs = [(num + "．", FS, 16, False, None),
            (lead_in, FS, 16, True, None)]
    if rest:
        runs.append((rest, FS, 16, False, None))
    runs.append((clause, KT, 16, False, None))
    return para(doc, runs)


doc = Document()
sec = doc.sections[0]
sec.page_width = Mm(210)
sec.page_height = Mm(297)
sec.top_margin = Mm(37)
sec.bottom_margin = Mm(35)
sec.left_margin = Mm(28)
sec.right_margin = Mm(26)
page_number_footer(sec)

st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

# ---- 版头 ----
para(doc, [("沣阳市人民政府办公室文件", XBS, 42, False, RED)],
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=60, exact=None)
para(doc, [("", FS, 16, False, None)], indent=False)
p = para(doc, [("沣政办发〔2025〕5号", FS, 16, False, None)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=6)
bottom_border(p)
para(doc, [("", FS, 16, False, None)], indent=False)

# ---- 标题 ----
para(doc, [("沣阳市人民政府办公室", XBS, 22, False, None)],
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
para(doc, [("关于印发沣阳市2025年《政府工作报告》重点", XBS, 22, False, None)],
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
para(doc, [("工作任务分工方案的通知", XBS, 22, False, None)],
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
para(doc, [("", FS, 16, False, None)], indent=False)

body(doc, "各县（市、区）人民政府，沣阳高新区管委会，市政府各部门、各直属机构：",
     indent=False)
body(doc, "市十八届人大四次会议审议通过的《政府工作报告》，对2025年全市经济社会发展"
          "作出了全面部署。为确保各项目标任务落到实处，经市人民政府同意，现将《沣阳市"
          "2025年〈政府工作报告〉重点工作任务分工方案》（以下简称《分工方案》）印发给"
          "你们，并就有关事项通知如下：")
para(doc, [("一、压紧压实工作责任。", HT, 16, False, None),
           ("各责任市领导要加强对分管领域重点工作的统筹调度，及时协调解决推进中的重大"
            "问题。各牵头单位主要负责同志为第一责任人，要逐项制定工作方案，细化年度目标、"
            "推进措施和时间节点，于3月10日前报市政府督查室。", FS, 16, False, None)])
para(doc, [("二、明确牵头配合关系。", HT, 16, False, None),
           ("《分工方案》中，一项任务列有两个及以上牵头单位的，排在第一位的为主牵头单位，"
            "负责统筹协调、汇总报送进展情况，其他牵头单位在各自职责范围内共同牵头推进，"
            "不因排序承担配合责任；设有总牵头单位的，由总牵头单位负责综合协调，分项牵头"
            "单位分别牵头负责括号内所列领域工作。只列明责任单位、未区分牵头和配合的，排在"
            "第一位的为牵头单位，其余为配合单位。配合单位要主动对接、积极支持，形成工作"
            "合力。", FS, 16, False, None)])
para(doc, [("三、强化督查考核。", HT, 16, False, None),
           ("市政府督查室要将《分工方案》确定的任务纳入年度督查重点，实行季度调度、半年"
            "通报，督查结果纳入年度绩效考核。主牵头单位（只有一个牵头单位的，由该单位）"
            "于每季度末月25日前将进展情况报市政府督查室。", FS, 16, False, None)])
para(doc, [("", FS, 16, False, None)], indent=False)
body(doc, "附件：沣阳市2025年《政府工作报告》重点工作任务分工方案")
para(doc, [("", FS, 16, False, None)], indent=False)
para(doc, [("", FS, 16, False, None)], indent=False)
p = body(doc, "沣阳市人民政府办公室", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
p.paragraph_format.right_indent = Pt(64)
p = body(doc, "2025年2月18日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
p.paragraph_format.right_indent = Pt(80)
body(doc, "（此件公开发布）")

# ---- 附件 ----
p = doc.add_paragraph()
p.add_run().add_break(WD_BREAK.PAGE)
para(doc, [("附件", HT, 16, False, None)], indent=False)
para(doc, [("", FS, 16, False, None)], indent=False)
para(doc, [("沣阳市2025年《政府工作报告》", XBS, 22, False, None)],
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
para(doc, [("重点工作任务分工方案", XBS, 22, False, None)],
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
para(doc, [("", FS, 16, False, None)], indent=False)
body(doc, "2025年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算"
          "收入增长5%，固定资产投资增长7%，社会消费品零售总额增长6.5%，城乡居民人均可"
          "支配收入增长与经济增长同步，城镇调查失业率控制在5.5%以内，完成省下达的节能"
          "减排降碳目标任务。围绕上述目标，现将《政府工作报告》确定的重点工作任务分工"
          "如下。")


def part(text):
    para(doc, [(text, HT, 16, False, None)])


part("一、聚焦稳进提质，推动经济持续回升向好")
task(doc, "1", "全力稳住经济基本盘。",
     "加强经济运行监测调度，实行重点指标月调度、季分析，确保地区生产总值增长6%左右、"
     "规模以上工业增加值增长7%。",
     "（责任市领导：罗向东；牵头单位：市发展改革委、市统计局；配合单位：市财政局、"
     "市工业和信息化局、市商务局，各县（市、区）人民政府）")
task(doc, "2", "扩大有效投资。",
     "实施省市重点项目320个，完成年度投资680亿元以上，推行项目“拿地即开工”，全年"
     "新开工亿元以上项目120个。",
     "（责任市领导：罗向东；总牵头单位：市发展改革委；分项牵头单位：市工业和信息化局"
     "（工业项目）、市住房城乡建设局（城建项目）、市交通运输局（交通项目）；配合单位："
     "市自然资源和规划局、市生态环境局）")
task(doc, "3", "提振和扩大消费。",
     "开展“沣享消费”系列促消费活动60场以上，支持汽车、家电以旧换新，培育夜间经济"
     "集聚区3个。",
     "（责任市领导：罗向东、贺兰芳；责任单位：市商务局、市文化广电旅游局、市市场监管局）")
task(doc, "4", "加强财政资源统筹。",
     "深化零基预算改革，严控一般性支出，盘活存量资金和闲置资产，确保“三保”支出足额"
     "保障。",
     "（责任市领导：罗向东；牵头单位：市财政局；配合单位：市税务局、市发展改革委）")
task(doc, "5", "强化金融支持实体经济。",
     "新增各项贷款300亿元以上，扩大普惠小微贷款投放，稳妥处置地方中小金融机构风险。",
     "（责任市领导：罗向东；牵头单位：市委金融办、中国人民银行沣阳市分行；配合单位："
     "国家金融监督管理总局沣阳监管分局、市财政局）")
task(doc, "6", "稳定和扩大就业。",
     "城镇新增就业4.2万人，实施高校毕业生就业创业促进计划，开展补贴性职业技能培训"
     "3万人次。",
     "（责任市领导：邱卫国；责任单位：市人力资源社会保障局）")

part("二、聚焦产业升级，加快构建现代化产业体系")
task(doc, "7", "壮大先进制造业集群。",
     "推进新能源电池、高端装备、绿色食品三大产业集群建设，新增规模以上工业企业80家，"
     "实施技改项目150个。",
     "（责任市领导：邱卫国；牵头单位：市工业和信息化局；配合单位：市科技局、市发展"
     "改革委、沣阳高新区管委会）")
task(doc, "8", "提升科技创新能力。",
     "全社会研发经费投入强度达到2.3%，新增高新技术企业100家，建设市级以上创新平台"
     "20个。",
     "（责任市领导：沈敬之；牵头单位：市科技局、市工业和信息化局（共同牵头）；配合单位："
     "市财政局、市教育局）")
task(doc, "9", "推进数字经济发展。",
     "新建5G基站1200个，培育省级以上智能制造示范工厂8家，推动200家企业“上云用数"
     "赋智”。",
     "（责任市领导：沈敬之；责任单位：市工业和信息化局、市数据局、市发展改革委）")
task(doc, "10", "做强现代农业。",
     "粮食播种面积稳定在420万亩以上，新建高标准农田18万亩，新培育市级以上农业产业化"
     "龙头企业15家。",
     "（责任市领导：梁晓；牵头单位：市农业农村局；配合单位：市自然资源和规划局、市水利局、"
     "市财政局，各县（市、区）人民政府）")
task(doc, "11", "促进文旅体融合发展。",
     "办好沣江文化旅游节、沣阳马拉松等节会赛事，创建国家4A级旅游景区2家，全年接待"
     "游客增长10%以上。",
     "（责任市领导：贺兰芳；牵头单位：市文化广电旅游局、市体育局；配合单位：市商务局、"
     "市交通运输局）")
task(doc, "12", "强化招商引资。",
     "开展产业链精准招商，全年引进亿元以上项目150个，其中10亿元以上项目15个。",
     "（责任市领导：罗向东、邱卫国；牵头单位：市投资促进局、市商务局、市工业和信息化局；"
     "配合单位：各县（市、区）人民政府，沣阳高新区管委会）")

part("三、聚焦改革开放，持续激发发展活力")
task(doc, "13", "持续优化营商环境。",
     "深化“高效办成一件事”改革，新增集成办理事项20项，政务服务事项网上可办率保持在"
     "98%以上。",
     "（责任市领导：沈敬之；牵头单位：市行政审批服务局、市发展改革委（市发展改革委为"
     "主牵头单位）；配合单位：市司法局、市市场监管局、市数据局）")
task(doc, "14", "深化国资国企改革。",
     "推进市属国有企业战略性重组和专业化整合，完成3家市属企业整合重组，健全市场化经营"
     "机制。",
     "（责任市领导：罗向东；责任单位：市国资委、市财政局）")
task(doc, "15", "扩大高水平对外开放。",
     "推进沣阳综合保税区申建，外贸进出口总额增长8%，实际使用外资增长5%。",
     "（责任市领导：贺兰芳；牵头单位：市商务局；配合单位：沣阳海关、市交通运输局、"
     "市发展改革委）")
task(doc, "16", "促进民营经济发展壮大。",
     "落实支持民营经济发展政策措施，开展清理拖欠企业账款专项行动，新增经营主体3.5万户。",
     "（责任市领导：邱卫国；牵头单位：市发展改革委、市市场监管局；配合单位：市工业和"
     "信息化局、市司法局、市工商联）")
task(doc, "17", "统筹推进重点领域改革。",
     "深化农村集体产权制度、土地管理制度和预算管理制度改革，年内形成一批可复制推广的"
     "改革成果。",
     "（责任市领导：罗向东、梁晓；总牵头单位：市发展改革委；分项牵头单位：市农业农村局"
     "（农村集体产权制度改革）、市自然资源和规划局（土地管理制度改革）、市财政局（预算"
     "管理制度改革））")

part("四、聚焦城乡融合，提升城市能级和乡村面貌")
task(doc, "18", "实施城市更新行动。",
     "改造城镇老旧小区120个、城中村3个，新建改造城市燃气、供排水管网300公里。",
     "（责任市领导：唐一鸣；牵头单位：市住房城乡建设局（主牵头）、市自然资源和规划局；"
     "配合单位：市城市管理局、市财政局，各县（市、区）人民政府）")
task(doc, "19", "提升城市精细化管理水平。",
     "开展市容环境综合整治，新增公共停车泊位5000个，治理城市交通拥堵节点20处。",
     "（责任市领导：唐一鸣；责任单位：市城市管理局、市公安局、市住房城乡建设局）")
task(doc, "20", "完善综合交通网络。",
     "加快沣阳至清河高速公路建设，新改建农村公路500公里，开通城乡公交线路10条。",
     "（责任市领导：唐一鸣；牵头单位：市交通运输局；配合单位：市发展改革委、市自然资源"
     "和规划局，各县（市、区）人民政府）")
task(doc, "21", "推进水利基础设施建设。",
     "实施中小河流治理项目12个，完成病险水库除险加固15座，农村自来水普及率达到96%。",
     "（责任市领导：梁晓；牵头单位：市水利局、市农业农村局；配合单位：市财政局、市自然"
     "资源和规划局）")
task(doc, "22", "巩固拓展脱贫攻坚成果。",
     "健全防止返贫动态监测和帮扶机制，确保不发生规模性返贫致贫，脱贫人口人均纯收入增长"
     "10%以上。",
     "（责任市领导：梁晓；牵头单位：市农业农村局；配合单位：市民政局、市人力资源社会"
     "保障局、市医保局、市教育局）")
task(doc, "23", "建设宜居宜业和美乡村。",
     "新创建美丽宜居示范村60个，完成农村户厕改造1.2万户，农村生活垃圾无害化处理率达到"
     "95%。",
     "（责任市领导：梁晓、唐一鸣；牵头单位：市农业农村局；配合单位：市住房城乡建设局、"
     "市生态环境局、市卫生健康委）")

part("五、聚焦绿色低碳，筑牢生态安全屏障")
task(doc, "24", "深入打好蓝天保卫战。",
     "PM2.5平均浓度控制在32微克/立方米以内，空气质量优良天数比例达到85%以上。",
     "（责任市领导：唐一鸣；牵头单位：市生态环境局；配合单位：市工业和信息化局、市公安局、"
     "市住房城乡建设局、市交通运输局）")
task(doc, "25", "持续改善水环境质量。",
     "全面落实河湖长制，沣江干流水质稳定保持Ⅱ类，县级以上集中式饮用水水源地水质达标率"
     "100%。",
     "（责任市领导：梁晓、唐一鸣；牵头单位：市生态环境局、市水利局；配合单位：市农业"
     "农村局、市自然资源和规划局，各县（市、区）人民政府）")
task(doc, "26", "推进生态保护修复。",
     "完成国土绿化面积8万亩，实施历史遗留矿山生态修复2000亩。",
     "（责任市领导：梁晓；责任单位：市林业局、市自然资源和规划局）")

part("六、聚焦民生福祉，提高人民生活品质")
task(doc, "27", "办好人民满意教育。",
     "新建改扩建中小学校、幼儿园18所，新增学位1.5万个，推进县域义务教育优质均衡发展。",
     "（责任市领导：沈敬之；牵头单位：市教育局；配合单位：市财政局、市住房城乡建设局、"
     "市自然资源和规划局）")
task(doc, "28", "推进健康沣阳建设。",
     "深化紧密型县域医共体建设，建成区域医疗中心2个，基层医疗卫生机构标准化建设达标率"
     "达到90%。",
     "（责任市领导：沈敬之；牵头单位：市卫生健康委、市医保局；配合单位：市财政局、市人力"
     "资源社会保障局）")
task(doc, "29", "健全多层次社会保障体系。",
     "城乡居民基本养老保险参保率稳定在95%以上，稳步提高城乡低保标准，新增养老机构床位"
     "1500张。",
     "（责任市领导：邱卫国、沈敬之；牵头单位：市人力资源社会保障局、市民政局、市医保局；"
     "配合单位：市财政局、市税务局）")
task(doc, "30", "加大住房保障力度。",
     "筹集保障性租赁住房3000套，发放公租房租赁补贴2000户。",
     "（责任市领导：唐一鸣；牵头单位：市住房城乡建设局；配合单位：市财政局、市自然资源"
     "和规划局）")
task(doc, "31", "统筹发展和安全。",
     "深入开展安全生产治本攻坚三年行动，健全应急管理体系，坚决遏制重特大安全事故发生。",
     "（责任市领导：罗向东、阎志刚；牵头单位：市应急管理局；配合单位：市安委会各成员单位）")
task(doc, "32", "建设更高水平平安沣阳。",
     "常态化开展扫黑除恶斗争，加强社会治安整体防控，依法打击整治电信网络诈骗犯罪。",
     "（责任市领导：阎志刚；责任单位：市公安局、市司法局）")

# ---- 版记 ----
p = doc.add_paragraph()
p.add_run().add_break(WD_BREAK.PAGE)
for _ in range(18):
    para(doc, [("", FS, 16, False, None)], indent=False)
tbl = doc.add_table(rows=2, cols=1)
tblPr = tbl._tbl.tblPr
borders = OxmlElement("w:tblBorders")
for edge, sz in (("top", 8), ("bottom", 8), ("insideH", 4)):
    e = OxmlElement("w:" + edge)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "0")
    e.set(qn("w:color"), "000000")
    borders.append(e)
tblPr.append(borders)
c0 = tbl.rows[0].cells[0].paragraphs[0]
r = c0.add_run("抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，"
               "沣阳军分区。")
set_font(r, FS, 14)
c1 = tbl.rows[1].cells[0].paragraphs[0]
r = c1.add_run("沣阳市人民政府办公室　　　　　　　　　2025年2月18日印发")
set_font(r, FS, 14)

doc.core_properties.author = "市政府办公室"
doc.core_properties.title = "沣阳市人民政府办公室关于印发沣阳市2025年《政府工作报告》重点工作任务分工方案的通知"
doc.save(OUT)
print("wrote", OUT)
