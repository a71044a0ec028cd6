#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 69, no. 375 (control case): 桑溪市农业农村局关于印发2024年工作要点的通知.

An ordinary Word file of a city bureau: red head, 文号, title, 主送, three-point
body stating the first-listed-leads rule, 附件说明, 落款, 附注; then the 附件 (the
工作要点 itself) with 一、 sections and typed （一） items restarting in each section,
each item closing with （分管领导：X；责任科室：A、B）; a 版记 at the end.
Ordinary imperfections: a clause pressed onto a paragraph of its own, an item whose
text runs over two paragraphs, a half-width colon, a half-width (三), an empty
paragraph, a stray 。 inside a clause, runs split inside words, a _GoBack bookmark,
some paragraphs indented with full-width spaces instead of the paragraph indent.
"""
import os

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "375_sangxi_shi_nongyenongcunju_gongzuo_yaodian.docx")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
sec.footer_distance = Cm(2.5)

# default style: 仿宋_GB2312 三号
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = Pt(28)

_rsid = [0x00A1B2C3]


def run(p, text, font=FS, size=16, bold=False, color=None):
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.font.name = "Times New Roman"
    rpr = r._element.get_or_add_rPr()
    rpr.rFonts.set(qn("w:eastAsia"), font)
    if font != FS:
        rpr.rFonts.set(qn("w:hint"), "eastAsia")
    if bold:
        r.bold = True
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    # Word's revision-save ids on runs, as an edited file has them
    _rsid[0] += 0x1111
    r._element.set(qn("w:rsidR"), "%08X" % (_rsid[0] & 0xFFFFFFFF))
    return r


def para(align=None, indent=True):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        ind = OxmlElement("w:ind")
        ind.set(qn("w:firstLineChars"), "200")
        ind.set(qn("w:firstLine"), "640")
        p._p.get_or_add_pPr().append(ind)
    return p


def text_para(parts, indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY):
    """parts: list of (text, font, bold) or plain strings (仿宋, several runs)."""
    p = para(align, indent)
    for part in parts:
        if isinstance(part, str):
            run(p, part)
        else:
            t, f, b = part
            run(p, t, font=f, bold=b)
    return p


def border(p, side, color="FF0000", sz=12, space=1):
    pPr = p._p.get_or_add_pPr()
    pbdr = pPr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        pPr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    pbdr.append(b)


def page_field(p):
    run(p, "— ", font="宋体", size=14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        r = p.add_run()
        r.font.size = Pt(14)
        r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
        elif kind == "text":
            r.text = txt
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
    run(p, " —", font="宋体", size=14)


# footer with the page number
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
page_field(fp)

# ---------------------------------------------------------------- 版头
p = para(WD_ALIGN_PARAGRAPH.CENTER, indent=False)
p.paragraph_format.space_before = Pt(36)
p.paragraph_format.line_spacing = Pt(60)
run(p, "桑溪市农业农村局文件", font=XBS, size=40, color="FF0000")

para(WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para(WD_ALIGN_PARAGRAPH.CENTER, indent=False)
p = para(WD_ALIGN_PARAGRAPH.CENTER, indent=False)
run(p, "桑农发〔2024〕6号")
border(p, "bottom", sz=18, space=8)
para(WD_ALIGN_PARAGRAPH.CENTER, indent=False)

# ---------------------------------------------------------------- 标题
p = para(WD_ALIGN_PARAGRAPH.CENTER, indent=False)
p.paragraph_format.line_spacing = Pt(32)
run(p, "桑溪市农业农村局", font=XBS, size=22)
r = run(p, "", font=XBS, size=22)
r.add_break()
run(p, "关于印发2024年工作要点的通知", font=XBS, size=22)
para(indent=False)

p = para(WD_ALIGN_PARAGRAPH.JUSTIFY, indent=False)
run(p, "局机关各科室，局属各单位：")

text_para(["现将《桑溪市农业农村局2024年工作要点》印发给你们，请结合工作实际，认真抓好贯彻落实。",
           "现就有关事项通知如下："])
text_para([("一、明确责任分工。", HT, False),
           "工作要点各项任务已明确分管领导和责任科室（单位）。",
           "责任科室（单位）为两个及以上的，排在第一位的为牵头科室（单位），负责牵头抓总、统筹推进；",
           "其他为配合科室（单位），要按照职责分工积极配合、主动对接，形成工作合力。"])
text_para([("二、细化工作措施。", HT, False),
           "各牵头科室（单位）要围绕承担的任务，于3月10日前制定具体工作方案，",
           "明确时间节点、责任人和工作措施，报局办公室备案。"])
text_para([("三、加强督促检查。", HT, False),
           "局办公室将把工作要点落实情况纳入年度目标考核，实行季度调度、半年通报。",
           "各科室（单位）于每季度最后一个月25日前将工作进展情况书面报送局办公室，",
           "电子版发送至sxnyncjbgs@163.com。"])
para(indent=False)
p = para(WD_ALIGN_PARAGRAPH.JUSTIFY)
run(p, "附件：桑溪市农业农村局2024年工作要点")
para(indent=False)
para(indent=False)
p = para(WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Pt(64)
run(p, "桑溪市农业农村局")
p = para(WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Pt(64)
run(p, "2024年2月26日")
para(indent=False)
p = para(WD_ALIGN_PARAGRAPH.JUSTIFY)
run(p, "（此件主动公开）")

# ---------------------------------------------------------------- 附件
p = para(indent=False)
run(p, "").add_break(WD_BREAK.PAGE)
p = para(WD_ALIGN_PARAGRAPH.LEFT, indent=False)
run(p, "附件", font=HT)
para(indent=False)
p = para(WD_ALIGN_PARAGRAPH.CENTER, indent=False)
p.paragraph_format.line_spacing = Pt(32)
run(p, "桑溪市农业农村局2024年工作要点", font=XBS, size=22)
para(indent=False)

text_para(["2024年全市农业农村工作的总体思路是：坚持以习近平新时代中国特色社会主义思想为指导，",
           "全面贯彻党的二十大和二十届二中全会精神，深入学习运用“千万工程”经验，",
           "锚定建设农业强市目标，守牢确保粮食安全、防止规模性返贫底线，",
           "扎实推进乡村发展、乡村建设、乡村治理等重点工作，加快推进农业农村现代化。"])
text_para(["主要预期目标是：粮食播种面积稳定在186万亩以上、总产量稳定在78万吨以上；",
           "生猪出栏稳定在90万头以上；新建高标准农田12万亩；",
           "农村居民人均可支配收入增长7%左右。"])

# Each item: marker, lead-in, body runs, clause runs, options.
# options: clause_own_para, body2 (second paragraph of the task), fw_indent
S = []  # (section heading, items)

S.append(("一、稳住农业基本盘，全力保障粮食和重要农产品稳定安全供给", [
    ("（一）", "稳定粮食生产。",
     ["严格落实粮食安全党政同责，将粮食播种面积和产量目标任务分解落实到各县（市、区）。",
      "全年粮食播种面积稳定在186万亩以上，总产量稳定在78万吨以上。",
      "深入实施粮食单产提升行动，建设整建制推进示范片15个。"],
     ["（分管领导：王立成；责任科室：种植", "业管理科、市农业技术推广中心）"], {}),
    ("（二）", "扩大大豆油料种植。",
     ["落实大豆生产者补贴和油菜种植奖补政策，推广大豆玉米带状复合种植8万亩，",
      "油菜种植面积稳定在30万亩以上。"],
     ["（分管领导：王立成；责任科室：种植业管理科、计划财务科、市农业技术推广中心）"], {}),
    ("（三）", "稳定生猪等畜禽生产。",
     ["落实生猪产能调控机制，能繁母猪存栏稳定在5.2万头左右，生猪出栏稳定在90万头以上。",
      "推进肉牛肉羊增量提质，新建和改扩建规模养殖场20个。"],
     ["（分管领导：何丽群；责任科室：畜牧兽医科、市畜牧兽医发展中心）"], {}),
    ("（四）", "抓好重大动物疫病防控。",
     ["扎实开展春秋两季集中免疫，强化非洲猪瘟、高致病性禽流感等重大动物疫病监测排查，",
      "规范病死畜禽无害化处理，严厉打击违法违规调运畜禽行为。"],
     ["（分管领导：何丽群；责任科室：市畜牧兽医发展中心、畜牧兽医科、市农业综合行政执法支队）"],
     {"clause_own_para": True}),
    ("（五）", "推进渔业健康养殖。",
     ["水产品总产量稳定在4.6万吨以上。实施池塘标准化改造1.2万亩，",
      "深入开展水产绿色健康养殖技术推广“五大行动”，严格落实禁渔期制度。"],
     ["（分管领导：何丽群；责任科室：渔业渔政科、市水产技术推广站）"], {}),
    ("（六）", "做好农业防灾减灾。",
     ["健全农业气象灾害监测预警和应急处置机制，加强小麦条锈病、草地贪夜蛾、稻飞虱等重大病虫害监测防控，",
      "主要农作物病虫害统防统治覆盖率达到45%以上；做好汛期畜禽水产养殖防灾和农机抢收抢种工作。"],
     ["（分管领导：王立成、何丽群；责任科室：种植业管理科、畜牧兽医科、农业机械化管理科、市农业技术推广中心）"], {}),
]))

S.append(("二、强化农业科技和装备支撑，夯实农业现代化基础", [
    ("（一）", "高质量推进高标准农田建设。",
     ["新建高标准农田12万亩、改造提升4.5万亩，同步发展高效节水灌溉。",
      "完善建后管护机制，落实管护主体和管护经费。"],
     ["（分管领导：陈志远；责任科室：农田建设管理科、计划财务科）"], {"fw_indent": True}),
    ("（二）", "加强耕地保护和质量建设。",
     ["开展耕地质量等级调查评价，实施耕地轮作休耕、酸化耕地治理试点3万亩；",
      "稳妥有序开展撂荒地复耕复种，坚决遏制耕地“非粮化”。"],
     ["（分管领导：陈志远；责任科室：农田建设管理科、种植业管理科、市农业技术推广中心）"], {}),
    ("（三）", "推进种业振兴行动。",
     ["加强农作物和畜禽种质资源保护利用，建设良种繁育基地5万亩。",
      "开展种子市场专项整治和品种权保护行动，严厉打击制售假劣种子行为。"],
     ["（分管领导：王立成；责任科室：种植业管理科、科技教育科、市农业综合行政执法支队）"], {}),
    ("（四）", "提升农机装备水平。",
     ["落实农机购置与应用补贴政策，主要农作物耕种收综合机械化率达到88%以上。",
      "推进丘陵山区适用小型机械和设施农业装备推广应用，开展农机安全生产检查。"],
     ["（分管领导：陈志远；责任科室", ":", "农业机械化管理科、市农业机械化技术推广站）"], {}),
    ("（五）", "强化农业科技和人才支撑。",
     ["实施农业主推技术到位工程，遴选发布主推技术30项。",
      "培育高素质农民1200人，推进基层农技推广体系改革与建设。"],
     ["（分管领导：陈志远；责任科室：科技教育科）"], {}),
]))

S.append(("三、推动乡村产业全链条升级，促进农民持续增收", [
    ("（一）", "壮大农业产业化龙头企业。",
     ["新认定市级以上农业产业化龙头企业15家，支持龙头企业牵头组建农业产业化联合体。",
      "全市农产品加工业产值与农业总产值之比达到2.5∶1。"],
     ["（分管领导：郑海燕；责任科室：乡村产业发展科）"], {}),
    ("（二）", "打造优势特色产业集群。",
     ["围绕优质稻米、茶叶、柑橘、生猪四条重点产业链，落实链长制，",
      "推进桑溪茶叶省级现代农业产业园创建。"],
     ["（分管领导：郑海燕、王立成；责任科室：乡村产业发展科、计划财务科、种植业管理科）"],
     {"body2": ["加快建设一批农业产业强镇和“一村一品”示范村镇，力争新增省级农业产业强镇2个。"]}),
    ("（三）", "加强农业品牌建设。",
     ["深入推进农产品“三品一标”行动，新认证绿色食品、有机农产品和农产品地理标志20个以上。",
      "持续打造“桑溪好物”区域公用品牌，组织企业参加农业农村部等举办的展示展销活动。"],
     ["（分管领导：郑海燕；责任科室：市场与信息化科、农产品质量安全监管科、乡村产业发展科）"], {}),
    ("（四）", "培育乡村新产业新业态。",
     ["发展休闲农业和乡村旅游，推介休闲农业精品线路10条。",
      "实施“互联网+”农产品出村进城工程，全市农产品网络零售额增长15%以上。"],
     ["（分管领导：郑海燕；责任科室：乡村产业发展科、市场与信息化科）"], {}),
    ("(五)", "加大农业招商引资力度。",
     ["围绕重点产业链开展精准招商，全年引进农业产业化项目20个以上，到位资金25亿元以上。"],
     ["（分管领导：周建平；责任科室：计划财务科、乡村产业发展科、局属各单位）"], {"fw_indent": True}),
    ("（六）", "培育新型农业经营主体。",
     ["开展家庭农场和农民合作社质量提升行动，新培育市级示范家庭农场50家、示范社30家；",
      "发展农业社会化服务组织，农业社会化服务面积达到150万亩次。"],
     ["（分管领导：郑海燕；责任科室：农村合作经济指导科、市农村经济经营管理站）"], {}),
]))

S.append(("四、扎实推进宜居宜业和美乡村建设", [
    ("（一）", "推进农村人居环境整治提升。",
     ["扎实推进农村厕所革命，新（改）建农村卫生户厕8000户，农村卫生厕所普及率达到82%以上。",
      "协同推进农村生活垃圾和污水治理，常态化开展村庄清洁行动。"],
     ["（分管领导：郑海燕；责任科室：农村社会事业促进科）"], {}),
    ("（二）", "加强农业面源污染防治。",
     ["推进化肥农药减量增效，主要农作物化肥、农药利用率均达到42%以上；",
      "畜禽粪污综合利用率稳定在80%以上，秸秆综合利用率稳定在92%以上；推进农膜科学使用回收。"],
     ["（分管领导：王立成、何丽群；责任科室：科技教育科、种植业管理科、畜牧兽医科、市农业技术推广中心）"], {}),
    ("（三）", "加强和改进乡村治理。",
     ["推广积分制、清单制等务实管用的治理方式，开展乡村治理示范村镇创建，",
      "推进农村移风易俗，整治高价彩礼、大操大办等突出问题。"],
     ["（分管领导：郑海燕；责任科室：农村社会事业促进科、政策法规科）"], {}),
    ("（四）", "巩固拓展脱贫攻坚成果。",
     ["健全防止返贫动态监测和帮扶机制，落实“一户一策”帮扶措施，确保不发生规模性返贫。",
      "用好衔接推进乡村振兴补助资金，用于产业发展的比重不低于60%。"],
     ["（分管领导：周建平、陈志远；责任科室：乡村振兴促进科、计划财务科、农村社会事业促进科）"], {}),
]))

S.append(("五、深化农村改革，激发农业农村发展活力", [
    ("（一）", "巩固和完善农村基本经营制度。",
     ["稳妥推进第二轮土地承包到期后再延长30年试点，健全土地经营权流转服务体系，规范土地流转行为。"],
     ["（分管领导：郑海燕；责任科室：农村合作经济指导科、政策法规科、市农村经济经营管理站）"], {}),
    ("（二）", "发展新型农村集体经济。",
     ["深化农村集体产权制度改革成果运用，年底前集体经济年收入10万元以上的村占比达到60%。"],
     ["（分管领导：郑海燕；责任科室：农村合作经济指导科、市农村经济经营管理站。）"], {}),
    ("(三)", "加强农村集体“三资”监管。",
     ["推进农村集体资产监督管理平台应用，开展农村集体经济组织财务审计和集体经济合同清理规范专项行动。"],
     ["（分管领导：郑海燕；责任科室：市农村经济经营管理站、农村合作经济指导科）"], {}),
    ("（四）", "稳慎推进农村宅基地制度改革。",
     ["配合做好宅基地确权登记颁证工作，规范农村宅基地审批管理，妥善处置农村乱占耕地建房问题。"],
     ["（分管领导：陈志远；责任科室：政策法规科、农村合作经济指导科）"], {}),
]))

S.append(("六、加强党的建设和自身建设，全面提升履职能力", [
    ("（一）", "全面加强党的建设。",
     ["深入开展党纪学习教育，落实全面从严治党主体责任和“一岗双责”，",
      "推进模范机关创建，巩固拓展主题教育成果。"],
     ["（分管领导：周建平；责任科室：机关党委、人事科、各科室、局属各单位）"], {}),
    ("（二）", "推进农业综合行政执法。",
     ["开展农资打假“春雷行动”和农业执法“护农”专项行动，全年办理农业行政处罚案件150件以上。",
      "落实“谁执法谁普法”责任制，做好行政复议和行政应诉工作。"],
     ["（分管领导：陈志远；责任科室：政策法规科、市农业综合行政执法支队）"], {}),
    ("（三）", "强化农产品质量安全监管。",
     ["全面推行食用农产品承诺达标合格证制度，开展农产品质量安全例行监测5000批次以上，",
      "例行监测合格率稳定在98%以上。"],
     ["（分管领导：何丽群；责任科室：农产品质量安全监管科、市农产品质量安全检测中心、市农业综合行政执法支队）"], {}),
    ("（四）", "加强财务和项目资金管理。",
     ["严格执行预算管理制度，加快项目资金支出进度，开展专项资金绩效评价和重点项目审计，确保资金安全高效使用。"],
     ["（分管领导：周建平；责任科室：计划财务科）"], {}),
    ("（五）", "加强干部队伍建设。",
     ["优化干部队伍结构，开展干部能力提升培训，做好年度考核和公务员平时考核工作。"],
     ["（分管领导：周建平；责任科室：人事科）"], {}),
    ("（六）", "抓好安全生产和信访维稳。",
     ["落实农业农村领域安全生产“三管三必须”要求，开展农机、渔业船舶、农药等领域安全隐患排查整治；",
      "及时化解信访矛盾，维护农村社会和谐稳定。"],
     ["（分管领导：陈志远；责任科室：办公室、农业机械化管理科、渔业渔政科、政策法规科）"], {}),
    ("（七）", "提升机关运行效能。",
     ["加强公文、会务、政务信息和保密工作，推进政务公开和“互联网+政务服务”，",
      "认真办理人大代表建议和政协委员提案。"],
     ["（分管领导：周建平；责任科室：办公室、政策法规科）"], {}),
]))

gob = False
for si, (heading, items) in enumerate(S):
    p = para(WD_ALIGN_PARAGRAPH.JUSTIFY)
    run(p, heading, font=HT)
    if si == 2:
        para()  # an empty paragraph left after the heading
    for marker, lead, body, clause, opt in items:
        fw = opt.get("fw_indent")
        p = para(WD_ALIGN_PARAGRAPH.JUSTIFY, indent=not fw)
        if fw:
            run(p, "　　")
        run(p, marker + lead, font=KT, bold=True)
        for t in body:
            run(p, t)
        if opt.get("body2"):
            p = para(WD_ALIGN_PARAGRAPH.JUSTIFY)
            for t in opt["body2"]:
                run(p, t)
        if opt.get("clause_own_para"):
            p = para(WD_ALIGN_PARAGRAPH.JUSTIFY)
        for t in clause:
            run(p, t)
        if not gob and si == 3:
            # Word's _GoBack bookmark where the last edit was
            bs = OxmlElement("w:bookmarkStart")
            bs.set(qn("w:id"), "0")
            bs.set(qn("w:name"), "_GoBack")
            be = OxmlElement("w:bookmarkEnd")
            be.set(qn("w:id"), "0")
            p._p.append(bs)
            p._p.append(be)
            gob = True

para(indent=False)
para(indent=False)

# ---------------------------------------------------------------- 版记
p = para(WD_ALIGN_PARAGRAPH.JUSTIFY, indent=False)
p.paragraph_format.left_indent = Pt(14)
p.paragraph_format.right_indent = Pt(14)
border(p, "top", color="000000", sz=8, space=1)
border(p, "bottom", color="000000", sz=4, space=1)
run(p, "抄送：驻市农业农村局纪检监察组。", size=14)
p = para(WD_ALIGN_PARAGRAPH.JUSTIFY, indent=False)
p.paragraph_format.left_indent = Pt(14)
p.paragraph_format.right_indent = Pt(14)
border(p, "bottom", color="000000", sz=8, space=1)
run(p, "桑溪市农业农村局办公室", size=14)
run(p, "　　　　　　　　", size=14)
run(p, "2024年2月26日印发", size=14)

doc.core_properties.author = "sxnyj-bgs"
doc.core_properties.title = "桑溪市农业农村局关于印发2024年工作要点的通知"
doc.save(OUT)
print(OUT)
