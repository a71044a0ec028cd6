#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generate 209_tongwan_xiugai.docx: a 区政府办公室 task-division notice (draft)
saved with Word tracked changes (w:ins / w:del) and comments still in it.

Written with python-docx; tracked changes, paragraph-mark revisions and the
comments part are built through python-docx's oxml / opc layer because
python-docx has no API for them.
"""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.opc.packuri import PackURI

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "209_tongwan_xiugai.docx")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

_rev_id = [100]


def next_id():
    _rev_id[0] += 1
    return str(_rev_id[0])


AUTHORS = {
    "lm": ("刘敏", "2024-02-23T09:41:00Z"),
    "zt": ("张涛", "2024-02-24T15:12:00Z"),
    "lm2": ("刘敏", "2024-02-26T08:30:00Z"),
}


def rpr(font=FS, size=16, bold=False):
    r = OxmlElement("w:rPr")
    f = OxmlElement("w:rFonts")
    f.set(qn("w:ascii"), "Times New Roman")
    f.set(qn("w:hAnsi"), "Times New Roman")
    f.set(qn("w:eastAsia"), font)
    r.append(f)
    if bold:
        r.append(OxmlElement("w:b"))
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(size * 2))
    r.append(sz)
    szcs = OxmlElement("w:szCs")
    szcs.set(qn("w:val"), str(size * 2))
    r.append(szcs)
    return r


def make_run(text, deleted=False, **fmt):
    r = OxmlElement("w:r")
    r.append(rpr(**fmt))
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def rev(tag, who):
    el = OxmlElement(tag)
    el.set(qn("w:id"), next_id())
    el.set(qn("w:author"), AUTHORS[who][0])
    el.set(qn("w:date"), AUTHORS[who][1])
    return el


def build(p, segs, **fmt):
    """segs: list of tuples
    ("t", text) plain; ("i", text, who) inserted; ("d", text, who) deleted;
    ("cs", cid) comment range start; ("ce", cid) comment range end + reference.
    """
    for s in segs:
        kind = s[0]
        if kind == "t":
            p._p.append(make_run(s[1], **fmt))
        elif kind == "i":
            w = rev("w:ins", s[2] if len(s) > 2 else "lm")
            w.append(make_run(s[1], **fmt))
            p._p.append(w)
        elif kind == "d":
            w = rev("w:del", s[2] if len(s) > 2 else "lm")
            w.append(make_run(s[1], deleted=True, **fmt))
            p._p.append(w)
        elif kind == "cs":
            c = OxmlElement("w:commentRangeStart")
            c.set(qn("w:id"), str(s[1]))
            p._p.append(c)
        elif kind == "ce":
            c = OxmlElement("w:commentRangeEnd")
            c.set(qn("w:id"), str(s[1]))
            p._p.append(c)
            r = OxmlElement("w:r")
            rp = OxmlElement("w:rPr")
            rs = OxmlElement("w:rStyle")
            rs.set(qn("w:val"), "CommentReference")
            rp.append(rs)
            r.append(rp)
            cr = OxmlElement("w:commentReference")
            cr.set(qn("w:id"), str(s[1]))
            r.append(cr)
            p._p.append(r)
        else:
            raise ValueError(kind)


def mark_paragraph(p, tag, who):
    """Track the paragraph mark itself as inserted/deleted (w:pPr/w:rPr/w:ins|w:del)."""
    pPr = p._p.get_or_add_pPr()
    r = OxmlElement("w:rPr")
    r.append(rev(tag, who))
    pPr.append(r)


doc = Document()
sec = doc.sections[0]
sec.page_height = Cm(29.7)
sec.page_width = Cm(21.0)
sec.top_margin = Cm(3.7)
sec.bottom_margin = Cm(3.5)
sec.left_margin = Cm(2.8)
sec.right_margin = Cm(2.6)

st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
st.font.size = Pt(16)
st.paragraph_format.line_spacing = Pt(28)
st.paragraph_format.space_after = Pt(0)


def para(segs, align=None, indent=True, font=FS, size=16, bold=False):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    build(p, segs, font=font, size=size, bold=bold)
    return p


def blank():
    return doc.add_paragraph()


# ---------------- 版头 ----------------
para([("t", "岚江市桐湾区人民政府办公室文件")], align=WD_ALIGN_PARAGRAPH.CENTER,
     indent=False, font=XBS, size=26)
blank()
para([("t", "桐政办发〔2024〕"), ("i", "6", "lm2"), ("t", "号")],
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
blank()
# ---------------- 标题 ----------------
para([("t", "岚江市桐湾区人民政府办公室")], align=WD_ALIGN_PARAGRAPH.CENTER,
     indent=False, font=XBS, size=22)
para([("t", "关于印发2024年区政府工作报告重点任务分工的通知")],
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, font=XBS, size=22)
blank()
para([("t", "各镇人民政府、街道办事处，区政府各部门，各直属机构：")], indent=False)
para([("t", "《2024年区政府工作报告重点任务分工》已经"),
      ("d", "区政府常务会议研究", "lm"), ("i", "区政府同意", "lm"),
      ("t", "，现印发给你们，请结合实际认真抓好贯彻落实。有关事项通知如下：")])
para([("t", "一要压实工作责任。各牵头单位要对照分工逐项细化目标、措施和完成时限，"
            "主要负责同志亲自研究部署，确保每项任务有人抓、有人管、有人负责。")])
para([("t", "二要强化协同配合。牵头单位负责统筹推进，配合单位要主动对接、积极支持，"
            "形成工作合力；涉及多个牵头单位的，排在第一位的单位负责汇总报送。")])
para([("t", "三要加强督查考核。区政府督查室将重点任务落实情况纳入年度绩效考核，"
            "各牵头单位于每季度末月"), ("d", "20", "zt"), ("i", "25", "zt"),
      ("t", "日前将进展情况书面报送区政府督查室。")])
blank()
para([("t", "附件：2024年区政府工作报告重点任务分工")])
blank()
blank()
para([("t", "岚江市桐湾区人民政府办公室")], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
para([("t", "2024年2月"), ("d", "20", "lm"), ("i", "26", "lm2"), ("t", "日")],
     align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
para([("t", "（此件公开发布）")])

# page break before the attachment
pb = doc.add_paragraph()
pb.add_run().add_break(WD_BREAK.PAGE)

para([("t", "附件")], indent=False, font=HT)
blank()
para([("t", "2024年区政府工作报告重点任务分工")], align=WD_ALIGN_PARAGRAPH.CENTER,
     indent=False, font=XBS, size=22)
blank()

COMMENTS = {}


def sec_head(text):
    para([("t", text)], font=HT)


# ---------------- 一 ----------------
sec_head("一、聚焦产业升级，推动经济高质量发展")
para([("t", "1.全年地区生产总值增长6%左右，一般公共预算收入增长5%，固定资产投资增长8%，"
            "社会消费品零售总额增长6.5%。（牵头单位：区发展和改革局；配合单位：区财政局、区统计局、区商务局；责任领导："),
      ("d", "王海平", "lm"), ("i", "高振宇", "lm"), ("t", "）")])
para([("t", "2.实施制造业“强链补链”行动，推动新能源汽车零部件、高端装备两大主导产业规上产值突破420亿元，"
            "新增规上工业企业25家以上。（牵头单位：区工业和信息化局；配合单位：区科学技术局、区财政局"),
      ("i", "、区投资促进中心", "zt"), ("t", "；责任领导：陈卫东）")])
COMMENTS[1] = ("张涛", "2024-02-24T15:20:00Z",
               "区发展和改革局意见：数字产业园二期由桐湾经济开发区管委会实施，建议将其调整为牵头单位，区发展和改革局配合。")
para([("t", "3."), ("cs", 1), ("d", "加快", "lm"), ("i", "大力", "lm"),
      ("t", "发展数字经济，推进桐湾数字产业园二期建成投用，新培育省级专精特新中小企业12家，"
            "数字经济核心产业增加值占地区生产总值比重提高1个百分点。"), ("ce", 1),
      ("t", "（牵头单位：区数据资源局；配合单位：区工业和信息化局、桐湾经济开发区管委会；责任领导：陈卫东）")])
para([("t", "4.持续扩大有效投资，全年实施区级重点项目86个、完成投资150亿元以上，"
            "争取中央预算内投资和专项债券资金20亿元。（牵头单位：区发展和改革局；配合单位：区财政局、"),
      ("d", "区统计局、", "zt"),
      ("t", "市自然资源和规划局桐湾分局；责任领导：高振宇）")])
para([("t", "5.深入开展“招大引强”专项行动，全年新引进亿元以上项目40个，实际利用外资1.2亿美元。"
            "（牵头单位：区"), ("d", "招商局", "lm"), ("i", "投资促进中心", "lm"),
      ("t", "；配合单位：区商务局、各镇人民政府、各街道办事处；责任领导：马俊峰）")])
para([("t", "6.提振消费市场，举办“桐湾消费季”系列促消费活动30场以上，推动河滨路步行街创建省级示范步行街。"
            "（牵头单位：区商务局；配合单位：区文化和旅游局、区市场监督管理局、区城市管理局；责任领导：马俊峰）")])
para([("t", "7.加快发展现代都市农业，新建高标准农田1.2万亩，粮食播种面积稳定在8.6万亩以上。"
            "（牵头单位：区农业农村局"), ("d", "；配合单位：区水利局、市自然资源和规划局桐湾分局", "zt"),
      ("t", "；责任领导：许立群）")])

# ---------------- 二 ----------------
sec_head("二、聚焦改革开放，持续激发发展活力")
COMMENTS[2] = ("张涛", "2024-02-24T15:31:00Z",
               "区司法局反馈：我局不承担此项具体工作，建议删除，并增加区市场监督管理局为配合单位。")
para([("t", "1.深化“放管服”改革，推动“高效办成一件事”重点事项清单全部落地，政务服务事项全程网办率达到95%以上。"),
      ("cs", 2),
      ("t", "（牵头单位：区行政审批局；配合单位：区数据资源局、区司法局；责任领导：高振宇）"), ("ce", 2)])
para([("t", "2.持续优化营商环境，开展营商环境“对标提升年”活动，"),
      ("i", "建立营商环境监督员制度，", "lm"),
      ("t", "全面落实“首违不罚”“轻微免罚”清单制度。（牵头单位：区发展和改革局"),
      ("i", "、区政府办公室", "lm"),
      ("t", "；配合单位：区市场监督管理局、区行政审批局；责任领导：高振宇）")])
COMMENTS[3] = ("刘敏", "2024-02-23T09:55:00Z", "此项已并入第2项，删除。")
p = para([("cs", 3),
          ("d", "3.建立营商环境监督员制度，聘请企业家代表担任监督员，每季度开展一次明察暗访。"
                "（牵头单位：区发展和改革局；配合单位：区纪委监委机关、区工商联；责任领导：王海平）", "lm"),
          ("ce", 3)])
mark_paragraph(p, "w:del", "lm")
para([("d", "4", "lm"), ("i", "3", "lm"),
      ("t", ".深化国资国企改革，推进区城投集团市场化转型，年内完成主体信用评级提升至AA+。"
            "（牵头单位：区财政局（区国资办）；配合单位：区城投集团；责任领导：高振宇）")])
para([("d", "5", "lm"), ("i", "4", "lm"),
      ("t", ".推进科技创新平台建设，新增国家高新技术企业45家，全社会研发经费投入强度达到2.8%。"
            "（牵头单位：区科学技术局；配合单位：区财政局、区工业和信息化局、区统计局；责任领导：周晓岚"),
      ("i", "、陈卫东", "zt"), ("t", "）")])
para([("d", "6.", "lm"), ("i", "5.", "lm"),
      ("t", "稳住外贸基本盘，支持企业参加境内外展会60场次以上，跨境电商交易额增长20%。"
            "（牵头单位：区商务局；配合单位：岚江海关驻桐湾办事处、区税务局；责任领导：马俊峰）")])
para([("d", "7", "lm"), ("i", "6", "lm"),
      ("t", ".深化农村集体产权制度改革，村级集体经济经营性收入全部达到30万元以上。"
            "（牵头单位：区农业农村局；配合单位：区财政局、各镇人民政府；责任领导：许立群）")])

# ---------------- 三 ----------------
sec_head("三、聚焦城乡融合，建设宜居宜业新城区")
para([("t", "1.推进城市更新，启动老旧小区改造42个、惠及居民1.3万户，完成城中村改造2个。"
            "（牵头单位：区住房和城乡建设局；配合单位：区城市管理局、各街道办事处；责任领导：周晓岚）")])
# task 3.2 was typed as two paragraphs; the reviewer deleted the paragraph mark
p = para([("t", "2.加快完善综合交通网络，建成通港大道快速化改造工程，")])
mark_paragraph(p, "w:del", "zt")
para([("t", "开工建设桐湾大桥东延段，新改建农村公路35公里。（牵头单位：区交通运输局；"
            "配合单位：市自然资源和规划局桐湾分局、区财政局；责任领导：周晓岚）")], indent=False)
# task 3.3 is a whole new paragraph inserted by the reviewer
p = para([("i", "3.推进“无废城市”建设，生活垃圾分类覆盖率达到98%以上，建成餐厨垃圾资源化处理项目。"
                "（牵头单位：区城市管理局；配合单位：市生态环境局桐湾分局、各街道办事处；责任领导：周晓岚）", "lm2")])
mark_paragraph(p, "w:ins", "lm2")
para([("d", "3", "lm2"), ("i", "4", "lm2"),
      ("t", ".打好污染防治攻坚战，PM2.5平均浓度控制在30微克/立方米以内，国省控断面水质优良比例保持100%。"
            "（牵头单位：市生态环境局桐湾分局；配合单位：区水利局、区城市管理局、各镇人民政府、各街道办事处"),
      ("d", "、区城投集团", "zt"), ("t", "；责任领导：许立群）")])
para([("d", "4", "lm2"), ("i", "5", "lm2"),
      ("t", ".实施乡村建设行动，创建省级美丽宜居村庄6个，农村生活污水治理率达到60%。"
            "（牵头单位：区农业农村局；配合单位：区住房和城乡建设局、市生态环境局桐湾分局、各镇人民政府；责任领导：许立群）")])
para([("d", "5", "lm2"), ("i", "6", "lm2"),
      ("t", ".统筹发展和安全，深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故。"
            "（牵头单位：区应急管理局；配合单位：区安委会各成员单位；责任领导："),
      ("d", "林思远", "lm"), ("i", "高振宇", "lm"), ("t", "）")])

# ---------------- 四 ----------------
sec_head("四、聚焦民生福祉，不断提升群众获得感")
para([("t", "1.城镇新增就业"), ("d", "6000", "zt"), ("i", "6500", "zt"),
      ("t", "人，城镇调查失业率控制在5.5%以内，新建零工市场2个。"
            "（牵头单位：区人力资源和社会保障局；配合单位：区财政局、区商务局；责任领导：周晓岚）")])
para([("t", "2.新建、改扩建中小学和幼儿园5所，新增学位"), ("d", "3000", "lm"), ("i", "3600", "lm"),
      ("t", "个，推进集团化办学全覆盖。（牵头单位：区教育局；配合单位：区住房和城乡建设局、区财政局、"
            "市自然资源和规划局桐湾分局；责任领导：许立群）")])
para([("t", "3.推进紧密型医共体建设，区人民医院新院区主体完工，每个镇卫生院建成一个特色科室。"
            "（牵头单位：区卫生健康局；配合单位：区医疗保障局、区"),
      ("d", "人社局", "zt"), ("i", "人力资源和社会保障局", "zt"), ("t", "；责任领导：许立群）")])
COMMENTS[4] = ("刘敏", "2024-02-26T08:41:00Z",
               "区民政局建议增加区财政局为配合单位，保障运营补贴，请区领导审定。")
para([("t", "4.健全养老服务体系，新建街道综合养老服务中心3个、老年助餐点20个"), ("cs", 4),
      ("d", "，家庭养老床位200张", "lm2"), ("ce", 4),
      ("t", "。（牵头单位：区民政局；配合单位：区卫生健康局、各街道办事处；责任领导：周晓岚）")])
para([("t", "5.繁荣文化体育事业，建成区全民健身中心，全年开展“百姓大舞台”等群众文化活动200场以上。"
            "（牵头单位：区文化和旅游局；配合单位：区教育局、各镇人民政府、各街道办事处；责任领导：马俊峰）")])
para([("t", "6.加强社会保障兜底，城乡低保标准提高5%，困难群众医疗救助政策落实率100%。"
            "（牵头单位：区民政局、区医疗保障局；配合单位：区退役军人事务局、区残联；责任领导：周晓岚）")])
para([("t", "7.办好十件民生实事，实行项目化管理、清单化推进，年底前全部完成。"
            "（牵头单位：区政府办公室；配合单位：区有关部门、各镇人民政府、各街道办事处；责任领导：林思远）")])

blank()
# ---------------- 版记 ----------------
para([("t", "抄送：区委办公室，区人大常委会办公室，区政协办公室，区监委，区法院，区检察院。")],
     indent=False, size=14)
para([("t", "岚江市桐湾区人民政府办公室　　　　　　　2024年2月"), ("d", "20", "lm"), ("i", "26", "lm2"),
      ("t", "日印发")], indent=False, size=14)

# ---------------- comments part ----------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
xml = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
       '<w:comments xmlns:w="%s">' % W_NS]
for cid, (author, date, text) in sorted(COMMENTS.items()):
    xml.append('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s">'
               '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
               '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
               '<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:comment>'
               % (cid, author, date, author[:1], text))
xml.append('</w:comments>')
cpart = Part(PackURI("/word/comments.xml"),
             "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
             "".join(xml).encode("utf-8"), doc.part.package)
doc.part.relate_to(cpart, RT.COMMENTS)

# Word's "track changes" switch is still on in this draft
settings = doc.settings.element
tr = OxmlElement("w:trackRevisions")
settings.find(qn("w:defaultTabStop")).addprevious(tr)  # schema order: after proofState

doc.core_properties.author = "刘敏"
doc.core_properties.title = "关于印发2024年区政府工作报告重点任务分工的通知（修改稿）"
doc.save(OUT)
print("wrote", OUT)
