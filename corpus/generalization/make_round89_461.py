#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 89, notice 461: a 市政府办公室 notice printing a 执行委员会 工作机构及职责分工方案
for a provincial games the city hosts: the work is divided among 工作部（组）, each a block of
its duties and 部长 / 副部长 / 牵头单位 / 成员单位 lines."""
import os

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

NAME = "461_fenglan_shi_shengyunhui_gongzuobu_zhize_fengong.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SZ3 = Pt(16)   # 三号
SZ2 = Pt(22)   # 二号
SZ4 = Pt(14)   # 四号

doc = Document()

# ---- styles / page -------------------------------------------------------
st = doc.styles["Normal"]
st.font.name = FS
st.font.size = SZ3
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = Pt(28.9)

sec = doc.sections[0]
sec.page_width = Cm(21.0)
sec.page_height = Cm(29.7)
sec.top_margin = Cm(3.7)
sec.bottom_margin = Cm(3.5)
sec.left_margin = Cm(2.8)
sec.right_margin = Cm(2.6)


def set_font(run, font, size=SZ3, bold=False, color=None):
    run.font.name = font
    run.font.size = size
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rfonts.set(qn(a), font)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(runs, indent=True, align=None, font=FS, size=SZ3, keep=False):
    """runs: a str or a list of (text, font) pairs."""
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    if isinstance(runs, str):
        runs = [(runs, font)]
    for text, f in runs:
        r = p.add_run(text)
        set_font(r, f, size)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def blank():
    return doc.add_paragraph()


def bottom_border(p, color="FF0000", sz="18"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def page_break():
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


# footer: — N —
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("— ")
set_font(r, "宋体", SZ4)
fld = OxmlElement("w:fldSimple")
fld.set(qn("w:instr"), " PAGE ")
fr = OxmlElement("w:r")
ft = OxmlElement("w:t")
ft.text = "1"
fr.append(ft)
fld.append(fr)
fp._p.append(fld)
r = fp.add_run(" —")
set_font(r, "宋体", SZ4)

# ---- head ------------------------------------------------------------------
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.line_spacing = Pt(60)
r = p.add_run("沣岚市人民政府办公室文件")
set_font(r, XBS, Pt(42), color="FF0000")
blank()
p = para("沣政办发〔2025〕9号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
bottom_border(p)
blank()

for line in ("沣岚市人民政府办公室",
             "关于印发云澜省第十六届运动会沣岚市执行委员会",
             "工作机构及职责分工方案的通知"):
    p = para(line, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, font=XBS, size=SZ2)
    p.paragraph_format.line_spacing = Pt(35)
blank()

para("各县（市、区）人民政府，市政府各部门，各有关单位：", indent=False)
para("经市政府同意，现将《云澜省第十六届运动会沣岚市执行委员会工作机构及职责分工方案》"
     "印发给你们，请认真抓好落实。")
para("承办省运会是省委、省政府交给我市的一项重大政治任务。各工作部（组）要按照方案明确的"
     "职责分工，抓紧组建工作专班，细化工作任务，制定本部（组）工作方案，于2025年3月31日前"
     "报执委会办公室（市体育局）。请各工作部（组）牵头单位确定1名联络员，填写《执委会各工作部"
     "（组）联络员名单回执》（附件2），于3月20日前报执委会办公室。")
blank()
para("附件：1．云澜省第十六届运动会沣岚市执行委员会工作机构及职责分工方案")
para("　　　2．执委会各工作部（组）联络员名单回执")
blank()
blank()
p = para("沣岚市人民政府办公室", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
p.paragraph_format.right_indent = Pt(64)
p = para("2025年3月10日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
p.paragraph_format.right_indent = Pt(80)
para("（此件公开发布）")

# ---- 附件1 ------------------------------------------------------------------
page_break()
para("附件1", indent=False, font=HT)
blank()
for line in ("云澜省第十六届运动会沣岚市执行委员会",
             "工作机构及职责分工方案"):
    p = para(line, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, font=XBS, size=SZ2)
    p.paragraph_format.line_spacing = Pt(35)
blank()

para("云澜省第十六届运动会（以下简称省运会）定于2026年8月在我市举办。为全面做好省运会筹备和"
     "举办工作，根据省运会组委会《关于成立云澜省第十六届运动会组织委员会的通知》（云运组发"
     "〔2025〕1号）要求，经市政府研究，成立云澜省第十六届运动会沣岚市执行委员会（以下简称"
     "执委会），现就执委会工作机构及职责分工制定如下方案。")

para("一、执委会组成", font=HT)
for line in ("主　　任：王立成　市委副书记、市长",
             "常务副主任：陈思远　市委常委、常务副市长",
             "副 主 任：林晓岚　市委常委、宣传部部长",
             "　　　　　刘思洋　副市长",
             "　　　　　孙立军　副市长、市公安局局长",
             "　　　　　黄雅琴　副市长",
             "　　　　　范德明　副市长",
             "秘 书 长：马建平　市政府秘书长",
             "成　　员：市委宣传部、市委政法委、市委网信办、市发展改革委、市教育局、"
             "市工业和信息化局、市公安局、市财政局、市自然资源和规划局、市生态环境局、"
             "市住房城乡建设局、市城市管理局、市交通运输局、市商务局、市文化广电和旅游局、"
             "市卫生健康委、市审计局、市市场监管局、市体育局、市大数据局、市气象局、团市委、"
             "各县（市、区）人民政府主要负责同志。"):
    para(line)
para("执委会下设办公室和17个工作部（组），具体负责省运会筹备和举办期间的各项工作。"
     "执委会办公室设在市体育局，办公室主任由市政府副秘书长赵明远兼任。")

para("二、工作部（组）及职责分工", font=HT)

GROUPS = [
    ("（一）执委会办公室。",
     "负责执委会日常工作，统筹协调各工作部（组）开展筹备工作；负责制定省运会筹备工作总体方案和"
     "工作计划，建立筹备工作例会、督办和信息报送制度；负责与省运会组委会办公室的联络对接；负责"
     "执委会会议的组织和重要文件的起草；承办执委会交办的其他事项。",
     ["主　　任：赵明远（市政府副秘书长）",
      "副 主 任：郑国华（市体育局局长）、杜海燕（市政府办公室副主任）",
      "牵头单位：市体育局",
      "成员单位：市政府办公室、市财政局、市政府督查室"]),
    ("（二）竞赛组织部。",
     "负责制定省运会竞赛总体计划、竞赛日程和各项目竞赛规程；负责竞赛场馆功能用房、竞赛器材的"
     "配置和验收；负责技术官员、裁判员的选派、培训和管理；负责组建沣岚市体育代表团，做好运动员"
     "选拔、集训和参赛工作。",
     ["部　　长：刘思洋（副市长）",
      "副 部 长：郑国华（市体育局局长）",
      "牵头单位：市体育局",
      "成员单位：市教育局、市财政局、市卫生健康委、各县（市、区）人民政府"]),
    ("（三）场馆建设部。",
     "负责省运会比赛场馆、训练场馆新建和改造项目的规划、建设、验收及移交；负责场馆周边配套道路、"
     "停车场、无障碍设施建设；负责场馆建设资金的统筹和项目进度调度，确保2026年5月底前全部竣工"
     "验收。",
     ["部　　长：黄雅琴（副市长）",
      "副 部 长：市住房城乡建设局局长　韩志刚",
      "　　　　　市体育局副局长　冯立新",
      "牵头单位：市住房城乡建设局",
      "成员单位：市发展改革委、市财政局、市自然资源和规划局、市体育局、市城市管理局、市城投集团、"
      "场馆所在地县（市、区）人民政府"]),
    ("（四）新闻宣传部。",
     "负责省运会宣传工作总体方案的制定和实施；负责新闻发布会的组织和新闻中心的建设运行；负责"
     "境内外媒体记者的注册、接待和服务；负责网络舆情监测、研判和处置；负责城市形象宣传和省运会"
     "氛围营造。",
     ["部　　长：林晓岚（市委常委、宣传部部长）",
      "副 部 长：市委宣传部常务副部长　高文涛",
      "牵头单位：市委宣传部",
      "成员单位：市委网信办、市文化广电和旅游局、市体育局、市公安局、沣岚日报社、市广播电视台"]),
    ("（五）大型活动部。",
     "负责省运会开幕式、闭幕式及火炬传递活动的总体策划、创作编排和组织实施；负责文艺演出人员的"
     "选调和排练保障；负责开闭幕式现场观众组织和场地布置。",
     ["部　　长：林晓岚（市委常委、宣传部部长）",
      "　　　　　黄雅琴（副市长）",
      "副 部 长：市文化广电和旅游局局长　唐海鹰",
      "牵头单位：市文化广电和旅游局、市委宣传部",
      "成员单位：市教育局、市体育局、市公安局、市财政局、市文联、团市委"]),
    ("（六）安全保卫部。",
     "负责制定省运会安全保卫工作总体方案和各类应急处置预案；负责比赛场馆、驻地、开闭幕式现场的"
     "安全保卫和秩序维护；负责重要人员警卫、证件查验和安检工作；负责消防安全检查和隐患整治；负责"
     "反恐防范和社会面治安管控。",
     ["部　　长：孙立军（副市长、市公安局局长）",
      "副 部 长：周振华（市委政法委常务副书记）、吴国栋（市公安局党委副书记、常务副局长）",
      "牵头单位：市公安局",
      "成员单位：市委政法委、市应急管理局、市消防救援支队、武警沣岚支队、市市场监管局、"
      "市住房城乡建设局、各县（市、区）人民政府"]),
    ("（七）交通保障部。",
     "负责制定省运会交通保障方案，做好赛事期间交通组织、交通管制和道路疏导；负责代表团、技术官员、"
     "媒体记者等客户群的接驳运输保障；负责开通比赛场馆公交专线，做好机场、火车站迎送服务；负责"
     "赛事车辆的调配和管理。",
     ["部　　长：孙立军（副市长、市公安局局长）",
      "副 部 长：市交通运输局局长　钟永和",
      "　　　　　市公安局副局长、交通警察支队支队长　袁俊峰",
      "牵头单位：市交通运输局",
      "成员单位：市公安局交通警察支队、市城市管理局、市机关事务服务中心、沣岚火车站、"
      "沣岚机场公司、市公交集团"]),
    ("（八）医疗卫生部。",
     "负责制定省运会医疗卫生保障方案；负责各比赛场馆、驻地的医疗救护、卫生监督和疾病预防控制工作；"
     "负责兴奋剂检测的协调配合和运动员伤病救治；负责定点医院的确定和突发公共卫生事件应急处置。",
     ["部　　长：黄雅琴（副市长）",
      "副 部 长：市卫生健康委主任　许卫民",
      "牵头单位：市卫生健康委",
      "成员单位：市疾病预防控制中心、市红十字会、市市场监管局、市体育局、市第一人民医院、"
      "市中医医院"]),
    ("（九）接待服务部。",
     "负责省领导、省运会组委会领导及嘉宾的接待服务；负责各代表团、技术官员和媒体记者的住宿、餐饮"
     "安排；负责签约接待酒店的遴选、培训和服务质量监督；负责制定接待服务标准和应急预案。",
     ["部　　长：马建平（市政府秘书长）",
      "副 部 长：杜海燕（市政府办公室副主任）、谭文博（市商务局局长）",
      "牵头单位：市政府办公室",
      "成员单位：市商务局、市文化广电和旅游局、市机关事务服务中心、市市场监管局、市体育局"]),
    ("（十）志愿者工作部。",
     "负责省运会志愿者的招募、选拔、培训、管理和激励；负责志愿者岗位设置和上岗调度；负责城市志愿"
     "服务站点的建设和运行；负责开展“文明观赛”主题宣传活动。",
     ["部　　长：林晓岚（市委常委、宣传部部长）",
      "副 部 长：团市委书记　丁晓雯",
      "牵头单位：团市委",
      "成员单位：市委文明办、市教育局、市民政局、市红十字会、沣岚学院、沣岚职业技术学院"]),
    ("（十一）市场开发部。",
     "负责制定省运会市场开发计划；负责赞助企业的征集、洽谈和权益保障；负责省运会特许商品的开发、"
     "生产和销售管理；负责省运会无形资产的保护和标志使用管理。",
     ["部　　长：陈思远（市委常委、常务副市长）",
      "副 部 长：市体育局副局长　冯立新",
      "牵头单位：市体育局",
      "成员单位：市财政局、市商务局、市国资委、市市场监管局"]),
    ("（十二）信息技术部。",
     "负责省运会信息系统的规划、建设和运行维护；负责成绩处理、赛事管理、证件管理等系统建设；负责"
     "比赛场馆通信网络和无线电频率保障；负责网络安全防护和数据安全管理。",
     ["部　　长：刘思洋（副市长）",
      "副 部 长：市大数据局局长　蒋宏伟",
      "牵头单位：市大数据局",
      "成员单位：市委网信办、市工业和信息化局、市公安局、中国电信沣岚分公司、中国移动沣岚分公司、"
      "中国联通沣岚分公司、中国铁塔沣岚分公司"]),
    ("（十三）城市环境保障部。",
     "负责开展城市环境综合整治，重点做好比赛场馆周边、城市主次干道、出入城口的市容市貌整治和绿化"
     "美化亮化；负责大气污染防治和噪声管控；负责赛事期间城市景观布置和环境卫生保洁。",
     ["部　　长：范德明（副市长）",
      "副 部 长：市城市管理局局长　曹建军",
      "　　　　　市生态环境局局长　廖春生",
      "牵头单位：市城市管理局、市住房城乡建设局",
      "成员单位：市生态环境局、市自然资源和规划局、市交通运输局、市园林绿化服务中心、"
      "各县（市、区）人民政府"]),
    ("（十四）食品药品安全保障部。",
     "负责制定省运会食品药品安全保障方案；负责接待酒店、比赛场馆餐饮服务单位的食品安全监管；负责"
     "运动员餐饮食材的溯源管理和检验检测；负责防范食源性兴奋剂工作。",
     ["部　　长：范德明（副市长）",
      "副 部 长：市市场监管局局长　彭玉华",
      "牵头单位：市市场监管局",
      "成员单位：市卫生健康委、市农业农村局、市公安局、市商务局"]),
    ("（十五）能源保障部。",
     "负责省运会期间电力、燃气、供水的安全稳定供应；负责比赛场馆双回路供电改造和应急电源配置；"
     "负责能源供应突发事件应急处置。",
     ["部　　长：范德明（副市长）",
      "副 部 长：市发展改革委副主任、市能源局局长　付国强",
      "牵头单位：市发展改革委（市能源局）",
      "成员单位：国网沣岚供电公司、市住房城乡建设局、市水务集团、沣岚港华燃气有限公司"]),
    ("（十六）财务审计部。",
     "负责编制省运会筹备和举办经费预算；负责资金筹措、拨付和使用管理；负责政府采购的组织实施；负责"
     "省运会资金使用和项目建设的全过程审计监督。",
     ["部　　长：陈思远（市委常委、常务副市长）",
      "副 部 长：市财政局局长　俞立群",
      "　　　　　市审计局局长　孟庆和",
      "牵头单位：市财政局",
      "成员单位：市审计局、市体育局"]),
    ("（十七）纪检监察部。",
     "负责对省运会筹备和举办工作中各单位及其工作人员履职情况进行监督检查；负责对资金使用、工程建设、"
     "物资采购等重点环节开展专项监督；负责受理相关信访举报和问题线索处置。",
     ["部　　长：市纪委副书记、市监委副主任孙建明",
      "牵头单位：市纪委监委",
      "成员单位：市委组织部、市财政局、市审计局"]),
    ("（十八）气象服务组。",
     "负责省运会期间天气预报和气象服务保障；负责开闭幕式及户外项目专项气象预报；负责人工影响天气"
     "作业的组织实施。",
     ["组　　长：潘志远（市气象局局长）",
      "牵头单位：市气象局"]),
]

for lead, duty, lines in GROUPS:
    para([(lead, KT), (duty, FS)])
    for line in lines:
        para(line)

para("三、工作要求", font=HT)
para([("（一）实行部长负责制。", KT),
      ("各工作部（组）部长（组长）对本部（组）工作负总责；牵头单位承担工作部（组）的组建和日常运转"
       "工作，成员单位按照职责分工密切配合，形成工作合力。各工作部（组）原则上设在牵头单位，于2025年"
       "3月底前完成组建并报执委会办公室备案。", FS)])
para([("（二）建立工作机制。", KT),
      ("执委会实行例会制度，原则上每季度召开一次全体会议，执委会办公室每月召开一次工作部（组）联席"
       "会议，研究解决筹备工作中的重大问题。各工作部（组）要于每月25日前将工作进展情况报执委会办公室。",
       FS)])
para([("（三）强化督查考核。", KT),
      ("将省运会筹备工作纳入市委、市政府年度重点督查事项，定期通报工作进展。对工作不力、影响筹备进度"
       "的，依规依纪严肃问责。", FS)])

# ---- 附件2 ------------------------------------------------------------------
page_break()
para("附件2", indent=False, font=HT)
blank()
p = para("执委会各工作部（组）联络员名单回执", indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER, font=XBS, size=SZ2)
blank()
para("工作部（组）名称：　　　　　　　　　牵头单位（盖章）：", indent=False, size=SZ4)
tbl = doc.add_table(rows=4, cols=5)
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, h in enumerate(("姓　名", "单位及职务", "办公电话", "手机号码", "备　注")):
    c = tbl.rows[0].cells[i]
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = c.paragraphs[0].add_run(h)
    set_font(r, HT, SZ4)
for row in tbl.rows[1:]:
    row.height = Cm(1.2)
blank()
para("注：请于2025年3月20日前将回执报执委会办公室（市体育局竞技体育科），电子版发送至"
     "flsyh2026@163.com。", indent=False, size=SZ4)

# ---- 版记 -------------------------------------------------------------------
page_break()
for _ in range(18):
    blank()
p = para("抄送：市委各部门，市人大常委会办公室，市政协办公室，沣岚军分区，省运会组委会办公室。",
         indent=False, size=SZ4)
p.paragraph_format.left_indent = Pt(14)
p = para("沣岚市人民政府办公室　　　　　　　　　　2025年3月10日印发", indent=False, size=SZ4)
p.paragraph_format.left_indent = Pt(14)
bottom_border(p, color="000000", sz="8")

doc.save(OUT)
print(OUT)
