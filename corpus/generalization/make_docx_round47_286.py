# -*- coding: utf-8 -*-
"""Generate 286_qiyuan_cwhy_duban.docx: 县人民政府常务会议议定事项督办清单 with Word auto-numbering."""
import os
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "286_qiyuan_cwhy_duban.docx")

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

st = doc.styles["Normal"]
st.font.name = "仿宋_GB2312"
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

# ---- decimal numbering definition ----
numbering = doc.part.numbering_part.element
ABS_ID, NUM_ID = 90, 90
absn = OxmlElement("w:abstractNum")
absn.set(qn("w:abstractNumId"), str(ABS_ID))
mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "singleLevel"); absn.append(mlt)
lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                 ("w:lvlText", "%1."), ("w:lvlJc", "left")):
    e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
ppr = OxmlElement("w:pPr"); ind = OxmlElement("w:ind")
ind.set(qn("w:left"), "0"); ind.set(qn("w:firstLine"), "640"); ppr.append(ind); lvl.append(ppr)
absn.append(lvl)
# abstractNum elements must precede num elements
first_num = numbering.find(qn("w:num"))
if first_num is not None:
    first_num.addprevious(absn)
else:
    numbering.append(absn)
num = OxmlElement("w:num"); num.set(qn("w:numId"), str(NUM_ID))
an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), str(ABS_ID)); num.append(an)
numbering.append(num)


def para(text="", align=None, size=None, bold=False, color=None, font=None, indent=True):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent and align is None:
        p.paragraph_format.first_line_indent = Pt(32)
    p.paragraph_format.line_spacing = Pt(28)
    if text:
        r = p.add_run(text)
        if size: r.font.size = Pt(size)
        r.bold = bold
        if color: r.font.color.rgb = color
        if font:
            r.font.name = font
            r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return p


def numbered(text):
    p = para(text, indent=False)
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0"); numPr.append(il)
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(NUM_ID)); numPr.append(ni)
    pPr.insert(0, numPr)
    return p


RED = RGBColor(0xE6, 0x00, 0x12)
para("杞源县人民政府办公室", WD_ALIGN_PARAGRAPH.CENTER, 36, False, RED, "方正小标宋简体")
para("杞政办函〔2024〕21号", WD_ALIGN_PARAGRAPH.CENTER)
p = para("", WD_ALIGN_PARAGRAPH.CENTER)
bdr = OxmlElement("w:pBdr"); b = OxmlElement("w:bottom")
for k, v in (("w:val", "single"), ("w:sz", "18"), ("w:space", "1"), ("w:color", "E60012")):
    b.set(qn(k), v)
bdr.append(b); p._p.get_or_add_pPr().append(bdr)
para("")
para("杞源县人民政府办公室关于印发县人民政府", WD_ALIGN_PARAGRAPH.CENTER, 22, font="方正小标宋简体")
para("第十九次常务会议议定事项督办清单的通知", WD_ALIGN_PARAGRAPH.CENTER, 22, font="方正小标宋简体")
para("")
para("各乡镇人民政府，县政府各部门，县直各单位：", indent=False)
para("2024年5月8日，县人民政府第十九次常务会议研究了城北片区开发、高标准农田建设、义务教育学校布局调整等事项。"
     "为抓好会议议定事项的落实，经县人民政府同意，现将督办清单印发给你们，请认真抓好落实。")
para("各责任单位要按照清单明确的责任分工和完成时限，细化工作措施，于每月25日前将工作进展情况书面报送县政府督查室；"
     "确因客观原因不能按期完成的，须提前书面说明理由。县政府督查室将对落实情况进行跟踪督办，并适时通报。")
para("")
para("附件：县人民政府第十九次常务会议议定事项督办清单")
para("")
para("杞源县人民政府办公室", WD_ALIGN_PARAGRAPH.RIGHT)
para("2024年5月13日", WD_ALIGN_PARAGRAPH.RIGHT)
para("（此件不公开）")
p = para(""); p.runs or p.add_run().add_break(WD_BREAK.PAGE)

para("附件", indent=False, font="黑体")
para("")
para("县人民政府第十九次常务会议议定事项督办清单", WD_ALIGN_PARAGRAPH.CENTER, 22, font="方正小标宋简体")
para("说明：责任单位为多个单位的，第一个为牵头单位，其余为配合单位；已标注“牵头”的，以标注为准。")

FS = "\u3000"
ITEMS = [
    ("一、项目建设和产业发展", None),
    ("关于城北片区综合开发项目推进的事项。会议议定：原则同意城北片区综合开发实施方案，由县城投公司作为实施主体，6月底前完成片区控制性详细规划修编，年内启动一期征收。",
     f"责任领导：刘建平{FS}责任单位：县自然资源局（牵头），县住房和城乡建设局，县城投公司，城关镇人民政府{FS}完成时限：2024年12月底前"),
    ("关于杞源经济开发区标准化厂房二期建设的事项。会议议定：同意追加标准化厂房二期建设资金3200万元，由县财政局统筹安排，确保9月底前主体完工。",
     f"责任领导：刘建平{FS}责任单位：杞源经济开发区管委会，县财政局{FS}完成时限：2024年9月30日前"),
    ("关于新能源电池材料产业园招商引资的事项。会议议定：同意与签约企业开展二轮洽谈，县招商服务中心牵头组建专班，5月底前提出协议文本报县政府审定。",
     "责任领导：刘建平、孙慧\t责任单位：县招商服务中心、杞源经济开发区管委会、县发展和改革局、县司法局\t完成时限：2024年5月31日前"),
    ("关于申报2024年超长期特别国债项目的事项。会议议定：县发展和改革局牵头梳理储备项目，6月10日前完成申报。",
     f"责任领导：刘建平{FS}责任单位：县发展和改革局（牵头），县财政局，县各项目主管部门{FS}完成时限：2024年6月10日前"),
    ("关于规上工业企业培育入库的事项。会议议定：各乡镇要建立培育库，全年新增规上工业企业15家以上。",
     f"责任领导：孙慧副县长{FS}责任单位：县工业和信息化局，县统计局，各乡镇人民政府{FS}完成时限：2024年12月底前"),
    ("关于县域商业体系建设的事项。会议议定：同意实施县域商业体系建设三年行动，年内新建改造乡镇商贸中心6个、村级便民商店40个。",
     f"责任领导：孙慧{FS}责任单位：县商务局{FS}完成时限：2024年11月底前"),
    ("二、乡村振兴和农业农村", None),
    ("关于2024年高标准农田建设项目的事项。会议议定：同意项目实施方案，建设高标准农田3.6万亩，7月底前完成招标，秋收后全面开工。",
     "责任领导：王守义\t责任单位：县农业农村局（牵头），县财政局，县水利局，县自然资源局，有关乡镇人民政府\t完成时限：2024年12月底前"),
    ("关于粮食生产目标任务分解的事项。会议议定：全县粮食播种面积稳定在62万亩以上，总产量稳定在23万吨以上，将目标任务分解到各乡镇。",
     f"责任领导：王守义{FS}责任单位：县农业农村局，各乡镇人民政府{FS}完成时限：2024年10月底前"),
    ("关于农村供水保障工程的事项。会议议定：同意实施农村供水规模化建设项目，年内解决3.2万人供水提质问题。",
     f"责任领导：王守义{FS}责任单位：县财政局，县水利局（牵头），县卫生健康局{FS}完成时限：2024年11月30日前"),
    ("关于防止返贫动态监测帮扶的事项。会议议定：开展防返贫集中排查，对监测对象落实“一户一策”帮扶措施。",
     f"责任领导：王守义{FS}责任单位：县乡村振兴服务中心，县民政局，县医疗保障局，县人力资源和社会保障局，各乡镇人民政府{FS}完成时限：长期坚持"),
    ("关于农村人居环境整治提升的事项。会议议定：持续开展村庄清洁行动，年内完成农村户厕改造2000户。",
     f"责任领导：王守义、李卫东{FS}责任单位：县农业农村局，县卫生健康局，县城市管理局（县综合行政执法局），各乡镇人民政府{FS}完成时限：2024年12月底前"),
    ("三、社会事业和民生保障", None),
    ("关于义务教育学校布局调整的事项。会议议定：原则同意《杞源县义务教育学校布局调整规划（2024—2030年）》，由县教育体育局按程序报批后实施。",
     f"责任领导：赵雅琴{FS}责任单位：县教育体育局（牵头），县发展和改革局，县自然资源局，县财政局{FS}完成时限：2024年8月31日前"),
    ("关于县第二中学扩建工程的事项。会议议定：同意扩建工程纳入年度政府投资计划，确保秋季学期前投入使用。",
     "责任领导：赵雅琴\t责任单位：县教育体育局，县住房和城乡建设局，县城投公司\t完成时限：2024年8月25日前"),
    ("关于县人民医院胸痛中心建设的事项。会议议定：同意购置相关设备，年底前通过国家标准版胸痛中心认证。",
     f"责任领导：赵雅琴{FS}责任单位：县卫生健康局，县人民医院{FS}完成时限：2024年12月底前"),
    ("关于城乡居民医保征缴工作的事项。会议议定：各乡镇要压实征缴责任，参保率稳定在95%以上。",
     f"责任领导：赵雅琴{FS}责任单位：县医疗保障局（牵头），县税务局，各乡镇人民政府{FS}完成时限：2024年12月31日前"),
    ("关于高校毕业生就业见习计划的事项。会议议定：同意开发见习岗位300个，见习补贴按月足额发放。",
     f"责任领导：赵雅琴{FS}责任单位：县人力资源和社会保障局{FS}完成时限：2024年10月底前"),
    ("关于社区居家养老服务设施建设的事项。会议议定：同意在城关镇、河口镇建设2个区域性养老服务中心。",
     f"责任领导：赵雅琴{FS}责任单位：县民政局，城关镇人民政府，河口镇人民政府{FS}完成时限：2024年11月底前"),
    ("四、城市管理和安全稳定", None),
    ("关于老旧小区改造的事项。会议议定：同意2024年老旧小区改造计划，改造小区18个，6月底前全部开工。",
     f"责任领导：李卫东{FS}责任单位：县住房和城乡建设局（牵头），县财政局，国网杞源县供电公司，城关镇人民政府{FS}完成时限：2024年6月30日前开工，年底前完工"),
    ("关于城区停车秩序整治的事项。会议议定：开展为期三个月的停车秩序专项整治，新增公共停车泊位500个。",
     "责任领导：李卫东\t责任单位：县城市管理局（县综合行政执法局），县公安局，县交通运输局\t完成时限：2024年8月底前"),
    ("关于汛期安全防范工作的事项。会议议定：各乡镇、各部门要落实24小时值班值守制度，6月1日前完成山洪灾害危险区隐患排查。",
     "责任领导：周启明（县长）、李卫东\t责任单位：县应急管理局（牵头），县水利局，县自然资源局，县气象局，各乡镇人民政府\t完成时限：2024年6月1日前"),
    ("关于城镇燃气安全专项整治的事项。会议议定：开展燃气管道老化更新改造，年内完成改造管网15公里。",
     f"责任领导：李卫东{FS}责任单位：县住房和城乡建设局，县市场监督管理局，县应急管理局{FS}完成时限：2024年12月底前"),
    ("关于信访积案化解的事项。会议议定：对排查出的12件信访积案逐件落实包案领导，6月底前化解率达到80%以上。",
     f"责任领导：周启明{FS}责任单位：县信访局{FS}完成时限：2024年6月30日前"),
    ("关于政府投资项目审计监督的事项。会议议定：对2023年以来竣工的政府投资项目开展专项审计，审计结果报县政府常务会议。",
     f"责任领导：孙慧{FS}责任单位：县审计局，县财政局{FS}完成时限：2024年10月31日前"),
]
for item, resp in ITEMS:
    if resp is None:
        para(item, font="黑体")
    else:
        numbered(item)
        para(resp)

para("")
para("抄送：县委办公室，县人大常委会办公室，县政协办公室。", indent=False)
para("杞源县人民政府办公室" + FS * 6 + "2024年5月13日印发", indent=False)
doc.save(OUT)
print("wrote", OUT)
