#!/usr/bin/env python3
"""Generate 276_tinglan_duoji_bianhao.docx (市政府办公室 印发 重点任务分工方案, tasks numbered by Word's
multi-level automatic numbering) and its gold. Run with /usr/bin/python3 (python-docx + lxml).
Paths are relative to this script's folder.

numbering.xml is written by hand with lxml:
  abstractNum 1: lvl0 chineseCounting "%1、", lvl1 chineseCounting "（%2）", lvl2 decimal "%3." with
                 w:lvlRestart w:val="1" (level 3 restarts only after a level-1 item, i.e. after 一、, not after （一）).
  num 1 -> abstractNum 1                      (headings and most tasks)
  num 2 -> abstractNum 1 + lvlOverride ilvl 2 startOverride 1   (the tasks under 二、（二）: "restart at 1")
  numId 0 on one task paragraph whose number "5." is typed by hand.
"""
import json, os
from lxml import etree
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement, parse_xml

HERE = os.path.dirname(os.path.abspath(__file__))
SLUG = "276_tinglan_duoji_bianhao"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XQ = "各县（市、区）人民政府"

# Structure: (part heading, restart_per_sub, [ (sub heading or None, numId for its tasks, [tasks]) ])
# task = (text, leaders, lead_units, coop_units, typed_marker or None)
PARTS = [
 ("扩大有效需求，巩固经济回升向好态势", False, [
  ("扩大有效投资", 1, [
   ("加快重大项目建设。全年实施市级重大项目320个，完成年度投资680亿元以上，新开工亿元以上项目110个。",
    ["林承泽"], ["市发展改革委"], ["市自然资源和规划局", "市住房城乡建设局", XQ], None),
   ("用好政府债券资金。争取新增专项债券额度45亿元以上，加快债券资金支出进度，三季度末支出率达到85%。",
    ["郑雅琴"], ["市财政局"], ["市发展改革委"], None),
  ]),
  ("促进消费提质扩容", 1, [
   ("开展“悦购汀岚”促消费系列活动。全年举办汽车、家居、餐饮等主题促消费活动60场以上，社会消费品零售总额增长6%。",
    ["钟浩然"], ["市商务局"], ["市财政局", "市市场监管局", XQ], None),
   ("培育文旅消费新场景。打造夜间文旅消费街区4条，全年接待游客2800万人次。",
    ["钟浩然"], ["市文化广电旅游局"], ["市商务局", "市城市管理局"], None),
   ("扩大养老育幼等服务消费。新增普惠托位1200个，建成社区老年助餐点80个。",
    ["邱明轩"], ["市民政局", "市卫生健康委"], ["市发展改革委", "市财政局"], None),
  ]),
  ("稳住外贸外资基本盘", 1, [
   ("支持外贸企业拓市场。组织企业参加广交会等重点展会80场次，外贸进出口总额增长4%以上。",
    ["钟浩然"], ["市商务局"], ["汀岚海关", "中国出口信用保险公司汀岚营业管理部"], None),
   ("提升利用外资水平。全年实际使用外资1.2亿美元，新设外商投资企业25家。",
    ["林承泽"], ["市投资促进局"], ["市商务局", "汀岚经济技术开发区管委会"], None),
  ]),
 ]),
 ("建设现代化产业体系，增强发展新动能", True, [
  ("做强先进制造业", 1, [
   ("实施制造业重点产业链高质量发展行动。聚焦锂电新能源、智能装备、绿色食品三条主导产业链，规模以上工业增加值增长8%。",
    ["程思远"], ["市工业和信息化局"], ["市发展改革委", "市科技局", XQ], None),
   ("推进工业企业技术改造。实施亿元以上技改项目90个，工业技改投资增长10%。",
    ["程思远"], ["市工业和信息化局"], ["市财政局"], None),
   ("培育专精特新企业。新增国家级专精特新“小巨人”企业5家、省级专精特新中小企业40家。",
    ["程思远"], ["市工业和信息化局"], ["市科技局", "市市场监管局"], None),
  ]),
  ("壮大现代服务业", 2, [
   ("发展现代物流业。推进汀岚综合物流园二期建设，社会物流总费用与地区生产总值的比率下降0.3个百分点。",
    ["郑雅琴"], ["市发展改革委"], ["市交通运输局", "市商务局", "汀岚经济技术开发区管委会"], None),
   ("推动科技服务业发展。新增省级科技企业孵化器、众创空间6家，技术合同成交额突破40亿元。",
    ["程思远"], ["市科技局"], ["市教育局", "市财政局"], None),
   ("加快数字经济发展。新建5G基站1500个，数字经济核心产业增加值占地区生产总值比重达到8%。",
    ["程思远"], ["市数据资源局", "市工业和信息化局"], ["市通信发展管理办公室"], None),
  ]),
 ]),
 ("深化重点领域改革，激发市场主体活力", False, [
  (None, 1, [
   ("持续优化营商环境。深化“一件事一次办”改革，新增高频集成服务事项15项，企业开办时间压缩至1个工作日以内。",
    ["林承泽"], ["市政务服务管理局"], ["市市场监管局", "市数据资源局", "市司法局"], None),
   ("深化国资国企改革。完成市属国有企业功能界定与分类，推动市城投集团市场化转型。",
    ["郑雅琴"], ["市国资委"], ["市财政局"], None),
   ("促进民营经济发展壮大。全面落实支持民营经济发展政策措施，建立常态化政企沟通机制，每季度召开民营企业座谈会。",
    ["林承泽"], ["市发展改革委", "市工商联"], ["市工业和信息化局", "市市场监管局"], None),
   ("推进要素市场化配置改革。推行工业用地“标准地”出让，新增工业用地“标准地”供应比例达到90%。",
    ["邱明轩"], ["市自然资源和规划局"], [], None),
   ("深化财税金融改革。推进预算管理一体化，全市各项贷款余额增长9%以上，直接融资规模突破80亿元。",
    ["郑雅琴"], ["市财政局"], ["人民银行汀岚市分行", "国家金融监督管理总局汀岚监管分局", "市委金融办"], "5."),
  ]),
 ]),
 ("保障和改善民生，增进人民群众福祉", False, [
  (None, 1, [
   ("全力稳定就业。城镇新增就业3.6万人，城镇调查失业率控制在5.5%以内，开展职业技能培训3万人次。",
    ["邱明轩"], ["市人力资源社会保障局"], ["市教育局", "市退役军人事务局", XQ], None),
   ("推进教育优质均衡发展。新建、改扩建中小学、幼儿园18所，新增学位1.2万个。",
    ["邱明轩"], ["市教育局"], ["市发展改革委", "市财政局", "市自然资源和规划局", XQ], None),
   ("提升医疗卫生服务能力。推进紧密型县域医共体建设，市第一人民医院新院区年底前投入使用。",
    ["邱明轩"], ["市卫生健康委"], ["市医保局", "市第一人民医院"], None),
   ("守牢安全生产底线。深入开展安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。",
    ["林承泽", "钟浩然"], ["市应急管理局"], ["市安全生产委员会各成员单位", XQ], None),
  ]),
 ]),
]

NUMERALS = "一二三四五六七八九十"

# ---------------------------------------------------------------- numbering.xml (hand-written, lxml)
def w(tag):
    return "{%s}%s" % (W, tag)

def sub(parent, tag, **attrs):
    el = etree.SubElement(parent, w(tag))
    for k, v in attrs.items():
        el.set(w(k), str(v))
    return el

def make_lvl(parent, ilvl, fmt, text, east, first_line, restart=None):
    lvl = sub(parent, "lvl", ilvl=ilvl)
    sub(lvl, "start", val=1)
    sub(lvl, "numFmt", val=fmt)
    if restart is not None:
        sub(lvl, "lvlRestart", val=restart)
    sub(lvl, "suff", val="nothing")
    sub(lvl, "lvlText", val=text)
    sub(lvl, "lvlJc", val="left")
    ppr = sub(lvl, "pPr")
    sub(ppr, "ind", left=0, firstLine=first_line)
    rpr = sub(lvl, "rPr")
    sub(rpr, "rFonts", ascii="Times New Roman", hAnsi="Times New Roman", eastAsia=east, hint="eastAsia")
    sub(rpr, "sz", val=32)
    return lvl

def numbering_xml():
    root = etree.Element(w("numbering"), nsmap={"w": W})
    an = sub(root, "abstractNum", abstractNumId=1)
    sub(an, "nsid", val="5A3C1E27")
    sub(an, "multiLevelType", val="multilevel")
    sub(an, "tmpl", val="0409001F")
    make_lvl(an, 0, "chineseCounting", "%1、", "黑体", 640)
    make_lvl(an, 1, "chineseCounting", "（%2）", "楷体_GB2312", 640)
    make_lvl(an, 2, "decimal", "%3.", "仿宋_GB2312", 640, restart=1)
    for i in range(3, 9):
        make_lvl(an, i, "decimal", "".join("%%%d." % (k + 1) for k in range(i + 1)), "仿宋_GB2312", 640)
    n1 = sub(root, "num", numId=1)
    sub(n1, "abstractNumId", val=1)
    n2 = sub(root, "num", numId=2)
    sub(n2, "abstractNumId", val=1)
    ov = sub(n2, "lvlOverride", ilvl=2)
    sub(ov, "startOverride", val=1)
    return etree.tostring(root, xml_declaration=False, encoding="unicode")

# ---------------------------------------------------------------- helpers
def set_font(run, east="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.size = Pt(size); run.font.bold = bold; run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), east)
    if color: run.font.color.rgb = RGBColor(*color)

def para(doc, text, east="仿宋_GB2312", size=16, align=None, indent=True, bold=False, color=None):
    p = doc.add_paragraph()
    if align is not None: p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0); pf.space_after = Pt(0); pf.line_spacing = Pt(28)
    if indent: pf.first_line_indent = Pt(32)
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p

def set_num(p, num_id, ilvl):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), str(ilvl)); numpr.append(il)
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(num_id)); numpr.append(ni)
    # numPr goes after pStyle/keepNext..., before spacing/ind; insert at the front after pStyle
    pstyle = ppr.find(qn("w:pStyle"))
    if pstyle is not None: pstyle.addnext(numpr)
    else: ppr.insert(0, numpr)
    # numbering supplies the first-line indent
    ind = ppr.find(qn("w:ind"))
    if ind is not None: ppr.remove(ind)

def rule(p, sz=12, color="FF0000", where="bottom"):
    ppr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr"); e = OxmlElement("w:" + where)
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "1"); e.set(qn("w:color"), color)
    b.append(e)
    ppr.insert_element_before(b, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
        "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
        "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap",
        "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
        "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")

def main():
    doc = Document()
    # strip the template's numbered list styles so numbering.xml holds only our definitions
    for st in doc.styles.element.findall(qn("w:style")):
        ppr = st.find(qn("w:pPr"))
        if ppr is not None and ppr.find(qn("w:numPr")) is not None:
            ppr.remove(ppr.find(qn("w:numPr")))
    npart = doc.part.numbering_part
    npart._element = parse_xml(numbering_xml())

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    normal = doc.styles["Normal"]; normal.font.size = Pt(16)

    for _ in range(2): para(doc, "", indent=False)
    para(doc, "汀岚市人民政府办公室文件", "方正小标宋简体", 36, WD_ALIGN_PARAGRAPH.CENTER, False, color=(0xFF, 0, 0))
    para(doc, "", indent=False)
    p = para(doc, "汀政办发〔2024〕9号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    rule(p, 18)
    para(doc, "", indent=False)
    para(doc, "汀岚市人民政府办公室关于印发汀岚市2024年推动", "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER, False)
    para(doc, "经济高质量发展重点任务分工方案的通知", "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER, False)
    para(doc, "", indent=False)
    para(doc, "各县（市、区）人民政府，市政府各部门、各直属机构：", indent=False)
    para(doc, "《汀岚市2024年推动经济高质量发展重点任务分工方案》已经市政府同意，现印发给你们，请结合实际认真抓好落实。各牵头单位要于每季度终了后10日内将工作进展情况报市政府督查室。")
    para(doc, "")
    para(doc, "")
    para(doc, "汀岚市人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "2024年3月8日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "（此件公开发布）")
    p = para(doc, "", indent=False); p.add_run().add_break(WD_BREAK.PAGE)

    para(doc, "汀岚市2024年推动经济高质量发展", "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER, False)
    para(doc, "重点任务分工方案", "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER, False)
    para(doc, "", indent=False)
    para(doc, "为全面落实市十六届人大三次会议审议通过的《政府工作报告》部署，推动全市经济高质量发展，制定如下任务分工。")

    gold = []
    for pi, (ptitle, per_sub, subs) in enumerate(PARTS, 1):
        hp = para(doc, ptitle, "黑体"); set_num(hp, 1, 0)
        counter = 0
        for si, (stitle, num_id, tasks) in enumerate(subs, 1):
            if stitle:
                sp = para(doc, stitle, "楷体_GB2312"); set_num(sp, 1, 1)
            if per_sub:
                counter = 0
            for text, leaders, lead, coop, typed in tasks:
                counter += 1
                if typed:
                    assert typed == "%d." % counter
                    tp = para(doc, typed + text); set_num(tp, 0, 0)
                    tp.paragraph_format.first_line_indent = Pt(32)
                else:
                    tp = para(doc, text); set_num(tp, num_id, 2)
                line = "责任领导：%s　牵头单位：%s" % ("、".join(leaders), "、".join(lead))
                if coop:
                    line += "　配合单位：" + "、".join(coop)
                para(doc, line)
                tid = "%d.%d.%d" % (pi, si, counter) if per_sub else "%d.%d" % (pi, counter)
                gold.append({"id": tid, "head": text[:12], "responsible_units": lead + coop,
                             "lead_units": lead, "cooperating_units": coop, "leaders": leaders})
    para(doc, "")
    para(doc, "")
    p = para(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市纪委监委，市法院，市检察院。", size=14, indent=False)
    rule(p, 6, "000000", "top"); rule(p, 6, "000000", "bottom")
    p = para(doc, "汀岚市人民政府办公室　　　　　　　　　2024年3月8日印发", size=14, indent=False)
    rule(p, 6, "000000", "bottom")

    doc.save(os.path.join(HERE, SLUG + ".docx"))
    with open(os.path.join(HERE, SLUG + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(len(gold), "tasks")

if __name__ == "__main__":
    main()
