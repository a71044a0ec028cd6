#!/usr/bin/env python3
"""Generate 436_chengyang_shi_jiaoyuju_yaodian_fengong.docx (round 84, control case)."""
import json, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "436_chengyang_shi_jiaoyuju_yaodian_fengong.docx")

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

st = doc.styles["Normal"]
st.font.name = "仿宋_GB2312"
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
st.paragraph_format.line_spacing = Pt(28)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.space_after = Pt(0)


def para(text="", font=None, size=16, bold=False, align=None, indent=True,
         color=None, runs=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent and align is None:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    for t, f in (runs or [(text, font)]):
        r = p.add_run(t)
        r.font.size = Pt(size)
        r.bold = bold
        if f:
            r.font.name = f
            r._element.rPr.rFonts.set(qn("w:eastAsia"), f)
        if color:
            r.font.color.rgb = color
    return p


def page_break():
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def rule_line(color="FF0000", sz="12"):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1"); b.set(qn("w:color"), color)
    bdr.append(b); pPr.append(bdr)
    return p

# ---------------- 版头 ----------------
para("澄阳市教育局文件", font="方正小标宋简体", size=36, align=WD_ALIGN_PARAGRAPH.CENTER,
     color=RGBColor(0xFF, 0, 0))
para("")
para("澄教发〔2025〕8号", align=WD_ALIGN_PARAGRAPH.CENTER)
rule_line()
para("")
para("澄阳市教育局关于印发2025年工作要点", font="方正小标宋简体", size=22,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para("任务分工的通知", font="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER)
para("")
para("局机关各科室、局属各单位：", indent=False)
BODY = [
    "经局党组会议研究同意，现将《澄阳市教育局2025年工作要点任务分工》印发给你们，请结合工作实际，认真抓好贯彻落实。现就有关事项通知如下：",
    "一、压实工作责任。各项任务均明确了责任领导和责任科室（单位）。责任科室（单位）排在第一位的为牵头科室（单位），其余为配合科室（单位）。牵头科室（单位）要制定具体推进措施，明确时间节点和责任人；配合科室（单位）要主动对接、密切协作，形成工作合力。",
    "二、加强督查调度。局办公室将把工作要点落实情况纳入年度督查督办事项，实行季度调度。各牵头科室（单位）于每季度最后一个月25日前，将任务推进情况报局办公室。",
    "三、注重总结宣传。各科室（单位）要及时总结工作中的好经验、好做法，于2025年12月10日前将全年工作总结报局办公室。",
]
for t in BODY:
    para(t)
para("")
para("附件：澄阳市教育局2025年工作要点任务分工")
para("")
para("")
para("澄阳市教育局", align=WD_ALIGN_PARAGRAPH.RIGHT)
para("2025年2月26日　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
para("")
para("（此件不公开）")

# ---------------- 附件 ----------------
page_break()
para("附件", font="黑体", indent=False)
para("")
para("澄阳市教育局2025年工作要点任务分工", font="方正小标宋简体", size=22,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para("")


PARTS = [
  ("一、坚持党建引领，全面加强教育系统党的建设", [
    ("深入学习贯彻党的二十届三中全会精神，落实“第一议题”制度，完善局党组理论学习中心组学习和局属单位党组织书记轮训机制。", "周文博", "机关党委、办公室"),
    ("全面落实中小学校党组织领导的校长负责制，年内实现全市公办中小学全覆盖，健全学校党组织会议和校长办公会议议事决策制度。", "周文博", "组织人事科、机关党委"),
    ("持续深化清廉学校建设，围绕招生入学、食堂管理、校服采购、工程建设等重点领域开展专项整治，健全廉政风险防控机制。", "周文博", "机关党委、计划财务科、体育卫生与艺术教育科"),
    ("落实意识形态工作责任制，加强教育系统网络阵地建设和网络舆情监测处置，每半年开展一次意识形态工作专题研判。", "林秀芳", "德育与宣传科、办公室"),
  ]),
  ("二、推进基础教育优质均衡发展", [
    ("实施学前教育普及普惠提升行动，新建、改扩建公办幼儿园6所，新增公办学位1800个，公办园在园幼儿占比达到55%以上。", "陈国栋", "基础教育科、发展规划科、计划财务科"),
    ("推进县域义务教育优质均衡发展，指导江北区、松溪县做好国家义务教育优质均衡发展县督导评估申报工作。", "陈国栋、何佳", "基础教育科、教育督导室"),
    ("深化集团化办学改革，新组建紧密型教育集团5个，实现城乡学校结对帮扶全覆盖。", "陈国栋", "基础教育科"),
    ("规范义务教育招生入学管理，严格落实免试就近入学和公办民办学校同步招生政策，全面推行网上报名。", "陈国栋", "基础教育科、民办教育管理科、办公室"),
    ("推动普通高中多样化特色发展，新创建省级特色示范普通高中2所，稳妥做好新高考综合改革各项工作。", "赵明远", "基础教育科、市教育考试院"),
    ("加强特殊教育和专门教育，适龄残疾儿童少年义务教育入学率保持在97%以上，完善送教上门工作机制。", "陈国栋", "基础教育科、计划财务科"),
  ]),
  ("三、落实立德树人根本任务", [
    ("推进大中小学思政课一体化建设，开展“大思政课”实践教学基地和示范学校创建，评选市级思政课精品课例50节。", "林秀芳", "德育与宣传科、基础教育科"),
    ("实施学生体质健康促进工程，保障中小学生每天综合体育活动时间不低于2小时，国家学生体质健康标准优良率提高2个百分点。", "林秀芳", "体育卫生与艺术教育科"),
    ("加强学生心理健康教育，配齐配强专兼职心理健康教育教师，建立健全学生心理危机早期识别和预警干预机制。", "林秀芳", "体育卫生与艺术教育科、德育与宣传科、安全稳定科"),
    ("持续巩固“双减”工作成果，提升课后服务质量，加强校外培训机构常态化监管和预收费资金监管。", "陈国栋", "校外教育培训监管科、基础教育科"),
    ("统筹推进劳动教育和科学教育，新建市级中小学劳动教育实践基地3个，举办全市青少年科技创新大赛。", "林秀芳", "德育与宣传科、基础教育科、市教育科学研究所"),
  ]),
  ("四、提升职业教育和终身教育服务能力", [
    ("深化职业教育产教融合，牵头组建市域产教联合体1个，新增校企合作项目20个以上，推动中职学校专业设置与本地产业需求对接。", "赵明远", "职业与成人教育科"),
    ("实施中等职业学校办学条件达标工程，完成市第二职业中专、松溪县职教中心改扩建项目。", "赵明远", "职业与成人教育科、发展规划科、计划财务科"),
    ("大力发展社区教育和老年教育，办好2025年全民终身学习活动周，新建社区学习中心10个。", "赵明远", "职业与成人教育科"),
    ("规范民办教育发展，做好民办学校年度检查和办学行为专项督查，推进民办学校分类管理。", "赵明远", "民办教育管理科、政策法规科"),
  ]),
  ("五、建设高素质专业化教师队伍", [
    ("加强师德师风建设，严格落实师德失范行为负面清单和通报警示制度，开展师德师风专项检查。", "林秀芳", "教师工作科、机关党委"),
    ("深化中小学教师“县管校聘”管理改革，推进义务教育学校校长教师交流轮岗，交流比例不低于符合条件教师总数的10%。", "周文博", "组织人事科、教师工作科"),
    ("实施名师名校长培养工程，认定市级骨干教师200名、学科带头人50名，完成中小学教师全员培训。", "林秀芳", "教师工作科、市教师发展中心"),
    ("落实教师待遇保障政策，确保义务教育教师平均工资收入水平不低于当地公务员平均工资收入水平。", "周文博", "计划财务科、组织人事科"),
  ]),
  ("六、强化教育保障和安全稳定", [
    ("优化教育经费投入和使用结构，全面实施预算绩效管理，开展局属单位经济责任审计和内部审计。", "周文博", "计划财务科"),
    ("推进教育数字化转型，建成澄阳智慧教育平台二期，实现全市中小学千兆网络和多媒体教室全覆盖。", "赵明远", "信息化与装备科、市电化教育馆"),
    ("落实学生资助政策，完善各学段家庭经济困难学生认定机制，确保应助尽助。", "陈国栋", "学生资助管理中心、计划财务科"),
    ("深化平安校园建设，常态化开展校园安全隐患排查整治和防溺水专项行动，加强校园食品安全管理。", "何佳", "安全稳定科、体育卫生与艺术教育科"),
    ("推进依法治教，完善教育系统法律顾问制度，做好行政复议、行政诉讼应诉和行政规范性文件合法性审核工作。", "何佳", "政策法规科"),
    ("加强教育督导，完成对各县（市、区）人民政府履行教育职责评价，深化中小学校责任督学挂牌督导。", "何佳", "教育督导室"),
    ("做好信访维稳、政务公开和12345政务服务便民热线办理工作，群众诉求按时办结率达到100%。", "林秀芳", "办公室、安全稳定科"),
  ]),
]

n = 0
for heading, tasks in PARTS:
    para(heading, font="黑体")
    for text, leader, units in tasks:
        n += 1
        para(runs=[(f"{n}.{text}", None),
                   (f"（责任领导：{leader}；责任科室：{units}）", "楷体_GB2312")])

# ---------------- 版记 ----------------
para("")
para("")
rule_line(color="000000", sz="8")
para("抄送：驻市教育局纪检监察组。", size=14, indent=False)
rule_line(color="000000", sz="4")
para(runs=[("澄阳市教育局办公室", None), ("　　　　　　　　", None), ("2025年2月26日印发", None)],
     size=14, indent=False)
rule_line(color="000000", sz="8")

doc.core_properties.title = "澄阳市教育局关于印发2025年工作要点任务分工的通知"
doc.core_properties.author = "澄阳市教育局办公室"
doc.save(OUT)
print(OUT, n, "tasks")
