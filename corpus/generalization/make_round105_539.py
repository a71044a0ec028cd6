#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""539: a 市政府办公室 notice printing the city government's annual 立法工作计划.

Responsibility is stated the way such plans state it: 起草单位：/责任单位：/评估单位：
lines under title-only items (with 报送时间 lines), or `（X、Y起草）` after a `（修订）`
bracket; the lead only through the cover's 牵头起草单位 rule.
"""
import os

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

NAME = "539_yuechuan_shi_lifa_gongzuo_jihua_qicao_danwei.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

doc = Document()
sec = doc.sections[0]
sec.page_height = Cm(29.7)
sec.page_width = Cm(21.0)
sec.top_margin = Cm(3.7)
sec.bottom_margin = Cm(3.5)
sec.left_margin = Cm(2.8)
sec.right_margin = Cm(2.6)

st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = Pt(28.9)


def run(p, text, font=FS, size=16, bold=False, color=None):
    r = p.add_run(text)
    r.font.name = font
    r.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    r.font.size = Pt(size)
    r.bold = bold
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def para(text="", font=FS, size=16, align=None, indent=True, bold=False, color=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if text:
        run(p, text, font, size, bold, color)
    return p


def bottom_rule(p, color="FF0000", sz="12"):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    pPr.append(bdr)


# ---- 版头 ----
p = para("樾川市人民政府办公室文件", XBS, 36, WD_ALIGN_PARAGRAPH.CENTER, False, color="FF0000")
p.paragraph_format.line_spacing = Pt(60)
para(indent=False)
p = para("樾政办发〔2025〕6号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER, False)
bottom_rule(p)
para(indent=False)

p = para("樾川市人民政府办公室", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False)
p = para("关于印发樾川市人民政府2025年度立法工作计划的通知", XBS, 22,
         WD_ALIGN_PARAGRAPH.CENTER, False)
para(indent=False)

para("各县（市、区）人民政府，樾川高新区管委会，市政府各部门、各直属机构：", indent=False)
para("《樾川市人民政府2025年度立法工作计划》已经市政府第48次常务会议研究同意，"
     "现印发给你们，请结合以下要求认真组织实施。")
para("一、提高思想认识。政府立法工作是推进法治政府建设的重要内容。各起草单位要把立法项目"
     "作为本部门年度重点工作，主要负责同志要亲自过问、研究解决起草中的重大问题，"
     "做到人员、经费、时间“三落实”，确保按计划完成起草任务。")
para("二、明确起草责任。本计划所列项目有两个以上起草单位、责任单位或者评估单位的，"
     "排在第一位的为牵头单位，其他为配合单位。牵头单位负责组织起草（调研论证、评估）"
     "工作、协调各方意见并按时报送；配合单位要指定专人，在职责范围内积极做好相关工作。")
para("三、严格审查程序。正式项目的起草单位应当按计划时间将送审稿及起草说明、征求意见情况、"
     "合法性审核意见等材料报送市司法局。市司法局要加强统筹协调和督促指导，提前介入重点"
     "项目起草工作，依法做好审查、论证和协调工作，每季度向市政府报告计划执行情况。")
para("四、规范计划调整。列入计划的项目确需调整或者不能按期完成的，起草单位应当书面说明理由，"
     "经市司法局审核后报市政府同意。预备项目、调研论证项目条件成熟的，可以按程序申请转为正式项目。")
para()
para("附件：樾川市人民政府2025年度立法工作计划", indent=True)
para()
para()
p = para("樾川市人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Pt(64)
p = para("2025年3月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Pt(80)
para("（此件公开发布）")

# ---- 附件 ----
p = para(indent=False)
p.add_run().add_break(WD_BREAK.PAGE)
run(p, "附件", HT, 16)
para(indent=False)
para("樾川市人民政府2025年度立法工作计划", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False)
para(indent=False)
para("为深入贯彻习近平法治思想，充分发挥立法引领、推动和保障作用，根据《中华人民共和国立法法》"
     "《樾川市地方立法条例》《樾川市人民政府拟定地方性法规草案和制定规章程序规定》，"
     "围绕市委、市政府中心工作，在公开征集立法建议、深入调研论证的基础上，制定本计划。")

H = lambda t: para(t, HT, 16)


def item(num, title, labels):
    para(f"{num}．{title}")
    for lab, val in labels:
        para(f"{lab}：{val}")


T = "报送市政府审议时间"

H("一、地方性法规草案拟定项目（4件）")
item(1, "樾川市城市绿化条例（修订）",
     [("起草单位", "市城市管理局、市自然资源和规划局"), (T, "2025年5月")])
item(2, "樾川市养犬管理条例",
     [("起草单位", "市公安局、市城市管理局、市农业农村局、市卫生健康委"), (T, "2025年7月")])
item(3, "樾川市樾江流域水生态环境保护条例",
     [("起草单位", "市生态环境局、市水利局"), (T, "2025年8月")])
item(4, "樾川市传统村落保护条例",
     [("起草单位", "市住房城乡建设局"), (T, "2025年9月")])

H("二、市政府规章制定项目（5件）")
item(1, "樾川市电动自行车停放充电安全管理办法",
     [("起草单位", "市消防救援支队、市住房城乡建设局"), (T, "2025年6月")])
item(2, "樾川市公共数据管理办法",
     [("起草单位", "市数据局"), (T, "2025年9月")])
item(3, "樾川市城市地下管线管理办法（修订）",
     [("起草单位", "市住房城乡建设局"), (T, "2025年10月")])
item(4, "樾川市政府投资项目管理办法",
     [("起草单位", "市发展改革委、市财政局"), (T, "2025年10月")])
item(5, "樾川市人民政府重大行政决策程序规定（修订）",
     [("起草单位", "市司法局"), (T, "2025年11月")])

H("三、预备项目（6件）")
para("以下项目由起草单位抓紧开展调研起草工作，条件成熟时适时提请市政府审议。")
para("1．樾川市物业管理条例（修订）（市住房城乡建设局起草）")
para("2．樾川市无障碍环境建设条例（市残联、市住房城乡建设局起草）")
para("3．樾川市户外广告设置管理办法（市城市管理局、市市场监管局起草）")
para("4．樾川市国有土地上房屋征收与补偿办法（修订）（市住房城乡建设局起草）")
para("5．樾川市住宅小区电梯安全管理办法（市市场监管局起草）")
para("6．樾川市白鹭湖湿地保护办法（市林业局、市水利局、白鹭湖景区管委会起草）")

H("四、调研论证项目（8件）")
para("以下项目由责任单位开展立法调研和必要性、可行性论证，于2025年11月底前将调研论证报告报送市司法局。")
item(1, "樾川市文明行为促进条例（修订）", [("责任单位", "市文明办")])
item(2, "樾川市烟花爆竹燃放管理条例", [("责任单位", "市公安局、市应急管理局")])
item(3, "樾川市农村生活垃圾治理条例", [("责任单位", "市农业农村局、市城市管理局")])
item(4, "樾川市非物质文化遗产保护条例", [("责任单位", "市文化广电旅游局")])
item(5, "樾川市居家养老服务条例", [("责任单位", "市民政局")])
item(6, "樾川市公共信用信息管理办法", [("责任单位", "市发展改革委")])
item(7, "樾川市城市供水用水管理办法", [("责任单位", "市水利局、市住房城乡建设局")])
item(8, "樾川市优化营商环境条例", [("责任单位", "市营商环境建设局、市司法局")])

H("五、立法后评估项目（2件）")
item(1, "《樾川市城市市容和环境卫生管理条例》立法后评估",
     [("评估单位", "市城市管理局"), ("完成时间", "2025年10月")])
item(2, "《樾川市扬尘污染防治办法》立法后评估",
     [("评估单位", "市生态环境局、市住房城乡建设局"), ("完成时间", "2025年11月")])

# ---- 版记 ----
para()
para()
p = para("抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级法院，市检察院。",
         FS, 14, indent=False)
pPr = p._p.get_or_add_pPr()
bdr = OxmlElement("w:pBdr")
for side in ("top", "bottom"):
    b = OxmlElement(f"w:{side}")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "8")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "000000")
    bdr.append(b)
pPr.append(bdr)
p = para("樾川市人民政府办公室　　　　　　　　　　2025年3月18日印发", FS, 14, indent=False)
bottom_rule(p, "000000", "8")

doc.save(OUT)
print("wrote", OUT)
