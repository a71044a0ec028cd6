#!/usr/bin/python3
"""Generate 229_jichuan_zidong_bianhao.docx and its gold.

A 市人民政府办公室 notice whose attachment numbers its section headings (一、二、…) and its tasks
(1. 2. … restarting per section) with Word's automatic multi-level list only: no number is typed.
numbering.xml is written here by hand.
"""
import copy
import json
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "229_jichuan_zidong_bianhao"

CN = "一二三四五六七八九十"

# ---------------------------------------------------------------- content
SECTIONS = [
    ("稳住经济增长基本盘，推动经济运行持续回升向好", [
        ("全力稳定经济运行。地区生产总值增长6%左右，一般公共预算收入增长5%，固定资产投资增长7%以上。",
         ["沈立言"], ["市发展改革委"], ["市统计局", "市财政局", "市税务局", "各县（市、区）人民政府"], ""),
        ("加快重大项目建设。全年实施市级重点项目300个以上，完成投资600亿元，新开工亿元以上项目120个。",
         [], ["市发展改革委"], ["市自然资源和规划局", "市住房城乡建设局", "市生态环境局", "霁川高新区管委会"], ""),
        ("积极扩大有效消费。举办“惠购霁川”等促消费活动50场以上，社会消费品零售总额增长6.5%。",
         [], ["市商务局"], ["市文化广电旅游局", "市财政局", "市市场监管局"], "br"),
        ("强化招商引资。全年引进亿元以上产业项目150个，实际利用外资1.2亿美元。",
         ["沈立言"], ["市投资促进局", "市商务局"], ["各县（市、区）人民政府", "霁川高新区管委会"], ""),
        ("防范化解重点领域风险。稳妥化解存量债务，严格控制新增隐性债务，守住不发生系统性金融风险底线。",
         [], ["市财政局"], ["市委金融办", "人民银行霁川市分行", "国家金融监督管理总局霁川监管分局"], ""),
    ]),
    ("加快构建现代化产业体系，增强高质量发展动能", [
        ("推动制造业高端化、智能化、绿色化发展，实施技术改造项目200项，新增省级智能工厂10家。",
         ["顾海平"], ["市工业和信息化局"], ["市发展改革委", "市财政局", "市科技局"], ""),
        ("培育壮大新能源电池、高端装备、生物医药三大主导产业集群，规模以上工业增加值增长8%。",
         [], ["市工业和信息化局"], ["霁川高新区管委会", "各县（市、区）人民政府"], ""),
        ("强化科技创新驱动。全社会研发经费投入强度达到2.6%，新认定高新技术企业100家以上。",
         ["顾海平"], ["市科技局"], ["市财政局", "市税务局", "市工业和信息化局"], "br"),
        ("加快数字霁川建设，新建5G基站1500个，推进政务数据共享和城市运行“一网统管”。",
         [], ["市数据资源局"], ["市工业和信息化局", "市城市管理局", "中国铁塔霁川市分公司"], ""),
        ("大力发展现代服务业，推动现代物流、研发设计、检验检测等生产性服务业提质增效。",
         [], ["市发展改革委"], ["市商务局", "市交通运输局", "市市场监管局"], ""),
    ]),
    ("全面推进乡村振兴，加快农业农村现代化", [
        ("稳定粮食生产。全市粮食播种面积稳定在210万亩以上，新建和改造提升高标准农田8万亩。",
         ["程雪"], ["市农业农村局"], ["市自然资源和规划局", "市财政局", "市水利局"], ""),
        ("发展乡村特色产业，新培育市级以上农业产业化龙头企业15家，农村居民人均可支配收入增长7%。",
         [], ["市农业农村局"], ["市商务局", "市供销社", "各县（市、区）人民政府"], ""),
        ("实施农村人居环境整治提升行动，农村卫生厕所普及率达到92%，生活污水治理率达到45%。",
         ["程雪"], ["市农业农村局", "市生态环境局"], ["市住房城乡建设局", "市卫生健康委"], ""),
        "（以上三项纳入市级乡村振兴实绩考核，由各牵头单位于每季度末报送进展情况。）",
        ("加强水利基础设施建设，开工建设青石岭水库扩容工程，完成中小河流治理120公里。",
         [], ["市水利局"], ["市发展改革委", "市自然资源和规划局", "市生态环境局"], ""),
        ("深化农村改革，稳慎推进农村宅基地制度改革试点，发展壮大新型农村集体经济。",
         ["程雪"], ["市农业农村局"], ["市委组织部", "市自然资源和规划局", "市财政局"], ""),
    ]),
    ("持续改善生态环境质量，加快发展方式绿色转型", [
        ("深入打好蓝天保卫战，PM2.5平均浓度控制在32微克/立方米以内，空气质量优良天数比例达到85%。",
         ["蒋国栋"], ["市生态环境局"], ["市工业和信息化局", "市住房城乡建设局", "市交通运输局", "市公安局"], ""),
        ("深入打好碧水保卫战，国省考断面水质优良比例保持100%，县级以上集中式饮用水水源地水质达标率100%。",
         [], ["市生态环境局"], ["市水利局", "市农业农村局", "市住房城乡建设局"], ""),
        ("推进土壤污染防治，受污染耕地安全利用率达到93%以上，重点建设用地安全利用得到有效保障。",
         [], ["市生态环境局"], ["市农业农村局", "市自然资源和规划局"], "br"),
        ("实施国土绿化行动，完成造林绿化1.5万亩，森林覆盖率稳定在46%以上。",
         ["蒋国栋"], ["市林业局"], ["市自然资源和规划局", "各县（市、区）人民政府"], ""),
        ("稳妥推进碳达峰碳中和，单位地区生产总值能耗下降完成省下达目标任务。",
         [], ["市发展改革委"], ["市生态环境局", "市工业和信息化局", "市统计局"], ""),
    ]),
    ("扎实办好民生实事，不断增进人民群众福祉", [
        ("促进高质量充分就业，城镇新增就业3.5万人，城镇调查失业率控制在5.5%以内。",
         ["邵凌峰"], ["市人力资源社会保障局"], ["市财政局", "市教育局", "市农业农村局"], ""),
        ("新建改扩建中小学和幼儿园12所，新增学位9000个，推进义务教育优质均衡发展。",
         ["邵凌峰"], ["市教育局"], ["市发展改革委", "市自然资源和规划局", "市住房城乡建设局", "市财政局"], ""),
        ("推进健康霁川建设，市第一人民医院新院区投入使用，新建社区卫生服务中心6个。",
         [], ["市卫生健康委"], ["市医保局", "市财政局", "市发展改革委"], ""),
        ("健全养老服务体系，新增养老机构床位1200张，建设街道综合养老服务中心20个。",
         [], ["市民政局"], ["市卫生健康委", "市财政局", "各县（市、区）人民政府"], "br"),
        ("改造城镇老旧小区180个，筹集保障性租赁住房3000套，既有住宅加装电梯200部。",
         ["邵凌峰"], ["市住房城乡建设局"], ["市住房公积金管理中心", "市城市管理局", "市自然资源和规划局"], ""),
        ("强化安全生产和防灾减灾，深入开展安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现双下降。",
         ["沈立言", "邵凌峰"], ["市应急管理局"], ["市公安局", "市交通运输局", "市住房城乡建设局", "市市场监管局"], ""),
    ]),
]

# ---------------------------------------------------------------- numbering.xml
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def lvl(ilvl, fmt, text, ind_left, hanging, font=None, bold=False, suff="nothing"):
    rpr = ""
    if font or bold:
        rpr = "<w:rPr>"
        if font:
            rpr += f'<w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}" w:hint="eastAsia"/>'
        if bold:
            rpr += "<w:b/>"
        rpr += "</w:rPr>"
    return (f'<w:lvl w:ilvl="{ilvl}" w:tplc="0409000F"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:suff w:val="{suff}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{ind_left}" w:firstLine="{hanging}"/></w:pPr>{rpr}</w:lvl>')


def abstract(aid, nsid, levels):
    return (f'<w:abstractNum w:abstractNumId="{aid}"><w:nsid w:val="{nsid}"/>'
            f'<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="9A3C1E2{aid}"/>'
            + "".join(levels) + "</w:abstractNum>")


def deep_levels(start):
    out = []
    for i in range(start, 9):
        out.append(lvl(i, "decimal", "".join(f"%{k + 1}." for k in range(i + 1)), 0, 640))
    return out


# abstractNum 0: the attachment's two-level list (一、 then 1.)
A0 = abstract(0, "3B8E51C4", [
    lvl(0, "chineseCounting", "%1、", 0, 640, font="黑体"),
    lvl(1, "decimal", "%2.", 0, 640, font="仿宋_GB2312"),
] + deep_levels(2))
# abstractNum 1: the covering notice's own requirements 一、二、三、 (a separate list)
A1 = abstract(1, "6F0D2A17", [
    lvl(0, "chineseCounting", "%1、", 0, 640, font="黑体"),
    lvl(1, "chineseCounting", "（%2）", 0, 640),
] + deep_levels(2))

NUMBERING = (f'<w:numbering {W}>' + A0 + A1 +
             '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
             '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>'
             '</w:numbering>')

# ---------------------------------------------------------------- helpers
FS = "仿宋_GB2312"


def set_font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc, text="", align=None, font=FS, size=16, bold=False, indent=True, color=None):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(28)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif indent:
        pf.first_line_indent = Pt(32)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def numbered(doc, num_id, ilvl):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(28)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return p


# ---------------------------------------------------------------- document
def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)

    # replace the template's numbering part with our own definitions
    npart = doc.part.numbering_part
    npart._element = parse_xml(NUMBERING)

    # 版头
    para(doc, "霁川市人民政府办公室文件", "c", "方正小标宋简体", 36, color="E60012")
    para(doc)
    para(doc, "霁政办发〔2024〕7号", "c")
    p = para(doc)
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="18" w:space="1" w:color="E60012"/></w:pBdr>'))
    para(doc)
    para(doc, "霁川市人民政府办公室", "c", "方正小标宋简体", 22)
    para(doc, "关于印发2024年市政府重点工作任务分工方案的通知", "c", "方正小标宋简体", 22)
    para(doc)
    para(doc, "各县（市、区）人民政府，霁川高新区管委会，市政府各部门、各直属机构：", indent=False)
    para(doc, "《2024年市政府重点工作任务分工方案》已经市政府同意，现印发给你们，请结合实际认真抓好贯彻落实。")

    reqs = [
        ("提高思想认识。", "市政府重点工作是全年经济社会发展的“任务书”，各地各部门要把抓落实作为第一责任，主要负责同志亲自研究部署，确保各项工作按时保质完成。"),
        ("压实工作责任。", "各项任务的牵头单位对牵头事项负总责，要制定具体推进计划，明确时间节点；配合单位要按照职责分工主动配合、密切协作，形成工作合力。"),
        ("强化督查考核。", "市政府督查室要加强跟踪督办，每季度通报一次工作进展。对推进不力、进度滞后的，按规定予以通报问责。"),
    ]
    for head, rest in reqs:
        p = numbered(doc, 1, 0)
        set_font(p.add_run(head), "黑体")
        set_font(p.add_run(rest))
    para(doc)
    para(doc, "附件：2024年市政府重点工作任务分工方案", indent=True)
    para(doc)
    para(doc)
    para(doc, "霁川市人民政府办公室", "r")
    para(doc, "2024年2月26日", "r")
    para(doc, "（此件公开发布）")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # 附件
    para(doc, "附件", indent=False, font="黑体")
    para(doc)
    para(doc, "2024年市政府重点工作任务分工方案", "c", "方正小标宋简体", 22)
    para(doc)
    para(doc, "为全面完成市十七届人大三次会议审议通过的《政府工作报告》确定的目标任务，现将2024年市政府重点工作任务分解如下：")

    gold = []
    for s_i, (sec_title, items) in enumerate(SECTIONS, 1):
        p = numbered(doc, 2, 0)
        set_font(p.add_run(sec_title), "黑体")
        t_i = 0
        for item in items:
            if isinstance(item, str):  # un-numbered note paragraph between tasks
                para(doc, item)
                continue
            t_i += 1
            text, leaders, lead, coop, quirk = item
            p = numbered(doc, 2, 1)
            set_font(p.add_run(text))
            if quirk == "br":
                r = p.add_run()
                r.add_break()
            if leaders:
                set_font(p.add_run("责任领导："), bold=True)
                set_font(p.add_run("、".join(leaders) + "；"))
            set_font(p.add_run("牵头单位："), bold=True)
            set_font(p.add_run("、".join(lead) + "；"))
            set_font(p.add_run("配合单位："), bold=True)
            set_font(p.add_run("、".join(coop) + "。"))
            gold.append({
                "id": f"{s_i}.{t_i}",
                "head": text[:12],
                "responsible_units": lead + coop,
                "lead_units": lead,
                "cooperating_units": coop,
                "leaders": leaders,
            })

    # 版记
    para(doc)
    para(doc)
    p = para(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院。", indent=False, size=14)
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/>'
        f'<w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>'))
    p = para(doc, "霁川市人民政府办公室　　　　　　　　　2024年2月26日印发", indent=False, size=14)
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="8" w:space="1" w:color="000000"/></w:pBdr>'))

    doc.save(os.path.join(HERE, STEM + ".docx"))
    with open(os.path.join(HERE, STEM + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(len(gold), "tasks")


if __name__ == "__main__":
    build()
