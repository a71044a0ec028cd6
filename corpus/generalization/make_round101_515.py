#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Write 515_xiuyang_shi_weijianwei_yaodian_fengong.docx:
a 市卫生健康委员会 red-header notice (岫卫发〔2025〕5号) dividing its 2025 工作要点
among 委机关各科室 and 委属各单位, the 工作要点 printed as paragraphs in the 附件,
as a WPS-made Word file."""
import os
import re
import shutil
import tempfile
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

NAME = "515_xiuyang_shi_weijianwei_yaodian_fengong.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)

doc = Document()

# ---- page setup (GB/T 9704) ----
sec = doc.sections[0]
sec.page_width = Cm(21.0)
sec.page_height = Cm(29.7)
sec.top_margin = Cm(3.7)
sec.bottom_margin = Cm(3.5)
sec.left_margin = Cm(2.8)
sec.right_margin = Cm(2.6)
sec.header_distance = Cm(1.5)
sec.footer_distance = Cm(2.8)

# ---- default style ----
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
pf = st.paragraph_format
pf.space_before = Pt(0)
pf.space_after = Pt(0)
pf.line_spacing = Pt(28)


def set_font(run, east, size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.name = ascii_font
    run.font.size = Pt(size)
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:hint"), "eastAsia")
    if bold:
        run.bold = True
    if color is not None:
        run.font.color.rgb = color


def indent2(p):
    ppr = p._p.get_or_add_pPr()
    ind = OxmlElement("w:ind")
    ind.set(qn("w:firstLine"), "640")
    ind.set(qn("w:firstLineChars"), "200")
    ppr.append(ind)


def para(text="", east=FS, size=16, bold=False, align=None, first_indent=True,
         line=28, color=None):
    p = doc.add_paragraph()
    p.paragraph_format.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if first_indent:
        indent2(p)
    if text:
        r = p.add_run(text)
        set_font(r, east, size, bold, color)
    return p


def run(p, text, east=FS, size=16, bold=False):
    r = p.add_run(text)
    set_font(r, east, size, bold)
    return r


def bottom_border(p, color="FF0000", sz="18"):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def top_bottom_border(p):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    for side, sz in (("top", "6"), ("bottom", "6")):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), sz)
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        pbdr.append(b)
    ppr.append(pbdr)


def page_number_footer(section):
    ft = section.footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14, ascii_font="宋体")
    r = p.add_run()
    set_font(r, "宋体", 14, ascii_font="宋体")
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE  \\* MERGEFORMAT "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    r = p.add_run(" —")
    set_font(r, "宋体", 14, ascii_font="宋体")


page_number_footer(sec)

# ---------------- 版头 ----------------
para("", first_indent=False)
para("", first_indent=False)
p = para("岫阳市卫生健康委员会文件", east=XBS, size=44, align=WD_ALIGN_PARAGRAPH.CENTER,
         first_indent=False, line=60, color=RED)
para("", first_indent=False)
p = para("岫卫发〔2025〕5号", align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
bottom_border(p)
para("", first_indent=False)

para("岫阳市卫生健康委员会", east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
     first_indent=False, line=33)
para("关于印发2025年全市卫生健康工作要点", east=XBS, size=22,
     align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=33)
para("任务分工的通知", east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
     first_indent=False, line=33)
para("", first_indent=False)

para("各县（市、区）卫生健康局，委机关各科室、委属各单位：", first_indent=False)
para("经委党组会议研究同意，现将《2025年全市卫生健康工作要点任务分工》印发给你们，"
     "请结合实际认真抓好贯彻落实。现就有关事项通知如下：")
para("一、压实工作责任", east=HT)
para("各项任务明确了责任领导和责任科室（单位）。责任科室（单位）中排在第一位的为牵头科室（单位），"
     "负责牵头抓总、统筹推进，其他为配合科室（单位），要按照职责分工主动配合、密切协作。"
     "标题中已明确责任领导的，该部分各项任务均由其负责。各责任科室（单位）要将承担的任务细化分解，"
     "制定具体措施，明确时间节点和责任人，确保各项任务按期保质完成。")
para("二、加强调度督办", east=HT)
para("实行季度调度制度。各牵头科室（单位）于每季度末月20日前将任务推进情况报委办公室，"
     "年底前形成全年工作总结。委办公室要加强跟踪督办，对进展缓慢的任务及时提醒督促，"
     "并将落实情况纳入科室（单位）年度绩效考核。")
para("三、注重统筹结合", east=HT)
para("各县（市、区）卫生健康局要对照本工作要点，结合本地实际研究制定年度工作计划，"
     "于3月15日前报市卫生健康委办公室。")
para("")
p = para("附件：2025年全市卫生健康工作要点任务分工", first_indent=True)
para("")
para("")
para("")
p = para("岫阳市卫生健康委员会", align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
p.paragraph_format.right_indent = Cm(1.13 * 2)
p = para("2025年2月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
p.paragraph_format.right_indent = Cm(1.13 * 2.5)
para("（此件不公开）")

# ---------------- 附件 ----------------
p = para("", first_indent=False)
r = p.add_run()
r.add_break(WD_BREAK.PAGE)
para("附件", east=HT, first_indent=False)
para("", first_indent=False)
para("2025年全市卫生健康工作要点任务分工", east=XBS, size=22,
     align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=33)
para("", first_indent=False)
para("2025年全市卫生健康工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，"
     "全面贯彻党的二十大和二十届二中、三中全会精神，深入落实新时代党的卫生与健康工作方针，"
     "坚持以人民健康为中心，以深化医药卫生体制改革为动力，以提升医疗卫生服务能力为重点，"
     "推动卫生健康事业高质量发展，为建设健康岫阳提供坚实保障。重点抓好以下7个方面33项工作。")

# (part heading, [(title, body, clause)])
PARTS = [
    ("一、坚持党建引领，全面加强党的建设（责任领导：周立新）", [
        ("深入学习贯彻党的二十届三中全会精神。",
         "把学习贯彻全会精神作为首要政治任务，通过党组理论学习中心组学习、专题读书班、“三会一课”等形式，"
         "推动全会精神在全系统落地见效。",
         "（责任科室（单位）：机关党委，委机关各科室、委属各单位）"),
        ("压紧压实全面从严治党主体责任。",
         "制定全面从严治党主体责任清单，开展党组书记抓基层党建述职评议，持续整治形式主义为基层减负。",
         "（责任科室（单位）：机关党委、人事科，委属各单位）"),
        ("加强公立医院党的建设。",
         "全面执行和落实党委领导下的院长负责制，完善议事决策制度，推进公立医院党建工作质量评价全覆盖。",
         "（责任科室（单位）：机关党委、医政医管科，委属各医院）"),
        ("深化清廉医院建设。",
         "持续开展医药领域腐败问题集中整治，健全行风建设长效机制，严格落实医疗机构工作人员廉洁从业九项准则。",
         "（责任科室（单位）：机关党委、综合监督科、医政医管科，委属各医院）"),
    ]),
    ("二、深化医药卫生体制改革，推动优质资源扩容下沉", [
        ("推进紧密型城市医疗集团建设。",
         "以市人民医院、市中医院为牵头医院，组建2个紧密型城市医疗集团，推动集团内人员、技术、服务、管理一体化。",
         "（责任领导：陈晓峰；责任科室（单位）：体制改革科、医政医管科、财务科，市人民医院、市中医院）"),
        ("深化紧密型县域医共体建设。",
         "指导各县（市）完善医共体运行机制，推进医保基金打包付费，县域内就诊率稳定在90%以上。",
         "（责任领导：陈晓峰；责任科室（单位）：基层卫生健康科、体制改革科，各县（市、区）卫生健康局）"),
        ("深化公立医院薪酬制度改革。",
         "落实“两个允许”要求，合理确定公立医院薪酬水平，提高人员支出占业务支出比例。",
         "（责任领导：刘慧敏；责任科室（单位）：人事科、财务科、体制改革科）"),
        ("推进医疗服务价格和医保支付方式改革协同。",
         "配合医保部门做好医疗服务价格动态调整，全面推行按病组和病种分值付费，规范公立医院收费行为。",
         "（责任领导：陈晓峰；责任科室（单位）：体制改革科、财务科、医政医管科）"),
        ("加强药品耗材供应保障和使用管理。",
         "落实国家和省组织药品耗材集中带量采购中选结果，开展处方点评和合理用药监测，做好短缺药品监测预警。",
         "（责任领导：陈晓峰；责任科室（单位）：药政科，委属各医院）"),
    ]),
    ("三、提升医疗服务能力，改善群众就医体验", [
        ("推进省级区域医疗中心建设。",
         "支持市人民医院创建省级区域医疗中心，加快心血管、肿瘤等专科能力建设，力争年内通过省级评估。",
         "（责任领导：陈晓峰；责任科室（单位）：医政医管科、规划发展与信息化科、财务科，市人民医院）"),
        ("加强临床重点专科建设。",
         "新建市级临床重点专科10个，支持委属医院申报省级临床重点专科，补齐儿科、精神科、康复科等短板。",
         "（责任领导：陈晓峰；责任科室（单位）：医政医管科、科技教育科，委属各医院）"),
        ("深入开展改善就医感受提升患者体验主题活动。",
         "推广预约诊疗、检查检验结果互认、“先诊疗后付费”等便民举措，二级以上公立医院全面实行门诊分时段预约。",
         "（责任领导：陈晓峰；责任科室（单位）：医政医管科）"),
        ("加强医疗质量安全管理。",
         "开展全面提升医疗质量行动，健全市级医疗质量控制中心体系，严格落实医疗质量安全核心制度。",
         "（责任领导：陈晓峰；责任科室（单位）：医政医管科，市医疗质量控制中心办公室）"),
        ("提升院前医疗急救能力。",
         "优化急救站点布局，新增急救站点3个，平均急救呼叫满足率达到95%以上，推进院前院内急救信息衔接。",
         "（责任领导：何志远、陈晓峰；责任科室（单位）：卫生应急办公室、医政医管科，市急救中心）"),
        ("促进中医药传承创新发展。",
         "推进市中医院三级甲等中医医院创建，实施基层中医药服务能力提升工程，社区卫生服务中心和乡镇卫生院中医馆实现全覆盖。",
         "（责任领导：刘慧敏；责任科室（单位）：中医药管理科，市中医院）"),
    ]),
    ("四、强化公共卫生体系建设，筑牢健康安全防线", [
        ("深化疾病预防控制体系改革。",
         "推进疾控机构与医疗机构协同监测，落实医疗机构公共卫生责任清单，加强疾控人才队伍建设。",
         "（责任领导：何志远；责任科室（单位）：疾病预防控制科、人事科，市疾病预防控制中心）"),
        ("做好重点传染病防控。",
         "加强流感、诺如病毒感染等重点传染病监测预警，巩固消除疟疾成果，全市免疫规划疫苗接种率保持在95%以上。",
         "（责任领导：何志远；责任科室（单位）：疾病预防控制科，市疾病预防控制中心、委属各医院）"),
        ("提升突发公共卫生事件应急处置能力。",
         "修订完善突发公共卫生事件应急预案，组建市级紧急医学救援队伍，开展应急演练不少于2次。",
         "（责任领导：何志远；责任科室（单位）：卫生应急办公室，市疾病预防控制中心、市急救中心）"),
        ("深入开展爱国卫生运动。",
         "推进国家卫生城市巩固提升，开展城乡环境卫生整洁行动，新创建省级卫生乡镇5个。",
         "（责任领导：何志远；责任科室（单位）：爱国卫生与健康促进科）"),
        ("加强慢性病和精神卫生综合防治。",
         "推进慢性病综合防控示范区建设，开展高血压、糖尿病“两病”全周期健康管理，加强严重精神障碍患者服务管理。",
         "（责任领导：何志远；责任科室（单位）：疾病预防控制科、基层卫生健康科，市疾病预防控制中心、市第三人民医院）"),
        ("加强职业健康保护。",
         "开展尘肺病防治攻坚行动，推进职业健康达人和健康企业建设，强化重点行业职业病危害专项治理。",
         "（责任领导：何志远；责任科室（单位）：职业健康科，市卫生健康综合监督执法支队、市第三人民医院（市职业病防治院））"),
    ]),
    ("五、促进人口高质量发展，加强“一老一小”健康服务（责任领导：刘慧敏）", [
        ("落实生育支持政策。",
         "配合落实育儿补贴等生育支持措施，推进生育友好医院建设，做好出生人口监测和人口发展形势分析。",
         "（责任科室（单位）：人口监测与家庭发展科、妇幼健康科）"),
        ("发展普惠托育服务。",
         "新增普惠性托位600个，每千人口拥有3岁以下婴幼儿托位数达到4.5个，加强托育机构监督管理。",
         "（责任科室（单位）：人口监测与家庭发展科）"),
        ("保障母婴安全和儿童健康。",
         "严格落实母婴安全五项制度，推进危重孕产妇和新生儿救治中心标准化建设，实施出生缺陷综合防治。",
         "（责任科室（单位）：妇幼健康科，市妇幼保健院）"),
        ("推进医养结合和老年健康服务。",
         "开展老年友善医疗机构建设，二级以上综合医院设置老年医学科比例达到70%，推进社区医养结合能力提升。",
         "（责任科室（单位）：老龄健康科、基层卫生健康科、医政医管科）"),
    ]),
    ("六、夯实发展支撑，提升卫生健康治理效能", [
        ("加强卫生健康人才队伍建设。",
         "实施卫生健康人才“引育留用”工程，招引高层次和紧缺人才50名以上，做好住院医师规范化培训。",
         "（责任领导：刘慧敏；责任科室（单位）：人事科、科技教育科，委属各单位）"),
        ("推进全民健康信息化建设。",
         "完善全民健康信息平台，推进电子健康档案向居民开放，实现二级以上医院检查检验结果互通共享。",
         "（责任领导：陈晓峰；责任科室（单位）：规划发展与信息化科，市卫生健康信息中心）"),
        ("加强卫生健康法治建设和综合监督。",
         "落实行政执法“三项制度”，开展医疗机构依法执业、公共场所卫生等专项监督检查，推进“双随机、一公开”监管。",
         "（责任领导：孙建；责任科室（单位）：法规科、综合监督科，市卫生健康综合监督执法支队）"),
        ("保障临床用血安全。",
         "深入开展无偿献血宣传招募，年采血量增长5%以上，加强临床用血质量管理。",
         "（责任领导：何志远；责任科室（单位）：医政医管科，市中心血站）"),
        ("加强财务管理和内部审计。",
         "严格预算执行和国有资产管理，开展委属单位经济责任审计和公立医院成本核算，防范医院债务风险。",
         "（责任领导：刘慧敏；责任科室（单位）：财务科，委属各单位）"),
    ]),
    ("七、统筹发展和安全，维护行业和谐稳定", [
        ("抓好安全生产和消防安全。",
         "落实医疗卫生机构安全生产主体责任，开展安全隐患排查整治，加强医疗机构消防、燃气、特种设备安全管理。",
         "（责任领导：孙建；责任科室（单位）：办公室、规划发展与信息化科，委属各单位）"),
        ("推进平安医院建设和信访工作。",
         "健全医疗纠纷预防和处理机制，依法严厉打击涉医违法犯罪，及时就地化解信访矛盾。",
         "（责任领导：孙建；责任科室（单位）：医政医管科、办公室，委属各医院）"),
        ("加强宣传引导和舆情处置。",
         "讲好岫阳卫生健康故事，加强健康科普宣传，健全舆情监测研判和应对处置机制。",
         "（责任领导：周立新；责任科室（单位）：宣传科，委机关各科室、委属各单位）"),
    ]),
]

n = 0
for head, tasks in PARTS:
    para(head, east=HT)
    for title, body, clause in tasks:
        n += 1
        p = para("")
        run(p, "%d．" % n)
        run(p, title, bold=True)
        run(p, body)
        run(p, clause, east=KT)

assert n == 33, n

para("各县（市、区）卫生健康局可参照上述分工，明确本地区牵头股室和责任人。")

# ---------------- 版记 ----------------
para("")
para("")
p = para("", first_indent=False)
top_bottom_border(p)
pr = p.paragraph_format
pr.left_indent = Cm(0.35)
pr.right_indent = Cm(0.35)
run(p, "岫阳市卫生健康委员会办公室", size=14)
run(p, "\u3000" * 8, size=14)
run(p, "2025年2月18日印发", size=14)

doc.core_properties.author = "wsjkw"
doc.core_properties.last_modified_by = "办公室-王丽"
doc.core_properties.title = ""
doc.save(OUT)

# ---- make it look saved by WPS: app.xml and custom.xml ----
APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
       'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
       '<Template>Normal</Template><Pages>8</Pages><Words>0</Words><Characters>0</Characters>'
       '<Lines>0</Lines><Paragraphs>0</Paragraphs><TotalTime>0</TotalTime><ScaleCrop>false</ScaleCrop>'
       '<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>0</CharactersWithSpaces>'
       '<Application>WPS Office_12.1.0.18276_F1E327BC-269C-435d-A152-05C5408002CA</Application>'
       '<DocSecurity>0</DocSecurity></Properties>')
CUSTOM = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
          'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
          '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
          '<vt:lpwstr>2052-12.1.0.18276</vt:lpwstr></property>'
          '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV">'
          '<vt:lpwstr>6E1D2A0C5F1B4E5C9A7B3D2E8F4C1A90_12</vt:lpwstr></property></Properties>')

tmp = OUT + ".tmp"
with zipfile.ZipFile(OUT) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
    names = zin.namelist()
    for item in names:
        if item == "docProps/thumbnail.jpeg":
            continue
        data = zin.read(item)
        if item == "docProps/app.xml":
            data = APP.encode("utf-8")
        elif item == "[Content_Types].xml":
            s = data.decode("utf-8")
            if "docProps/custom.xml" not in s:
                s = s.replace("</Types>",
                              '<Override PartName="/docProps/custom.xml" '
                              'ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')
            data = s.encode("utf-8")
        elif item == "_rels/.rels":
            s = data.decode("utf-8")
            s = re.sub(r'<Relationship [^>]*thumbnail[^>]*/>', '', s)
            if "custom.xml" not in s:
                s = s.replace("</Relationships>",
                              '<Relationship Id="rId99" '
                              'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" '
                              'Target="docProps/custom.xml"/></Relationships>')
            data = s.encode("utf-8")
        zout.writestr(item, data)
    if "docProps/custom.xml" not in names:
        zout.writestr("docProps/custom.xml", CUSTOM.encode("utf-8"))
os.replace(tmp, OUT)
print("wrote", OUT)
