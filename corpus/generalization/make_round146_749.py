#!/usr/bin/python3
"""Generator for test notice 749.

A Zhejiang-style 市政府办公室 red-header Word notice (栝政办发〔2025〕4号) that issues the
year's 《市政府工作报告重点工作责任分解》.  Its lead rule is the form used by Zhejiang cities
(杭州 2020: “列第一位的责任单位为牵头单位或汇总单位”; 丽水 2023: “（除标注‘分别牵头’外，列第一位为
牵头或汇总单位，下同）”):

* the cover states the general rule: the first listed 责任单位 is the 牵头单位 or 汇总单位;
* the attachment states it again, with its exception, in brackets at the end of task 4's
  `责任单位：` line: units marked `分别牵头` each lead their own share (all of them lead);
* tasks are `N.` paragraphs numbered 1-39 straight through the parts, each followed by a
  `责任单位：…` paragraph; groups of units may be parted by `，` (city departments, then the
  county governments), which does not change who leads.

Writes 749_kuozhou_shi_gzbg_zrfj.docx and 749.tasks.gold.jsonl, deterministically.
Run with /usr/bin/python3 (python-docx 0.8.11).
"""
import datetime
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX = os.path.join(HERE, "749_kuozhou_shi_gzbg_zrfj.docx")
GOLD = os.path.join(HERE, "749.tasks.gold.jsonl")

RULE = "（除标注“分别牵头”外，列第一位为牵头或汇总单位，下同）"
COUNTIES = "各县（市、区）政府"
ZONE = "栝州开发区管委会"

# ---------------------------------------------------------------------------
# The structured description.  Each task: number, marker as printed, text, and
# groups of units (a group is what the printed line parts by `，`).  `sep` marks
# the first group `分别牵头`.  `rule` appends the bracketed rule (task 4).
# `colon` is the colon printed after 责任单位; `br` puts the 责任单位 line in the
# task's paragraph after a manual line break; `tail` is text left after the line.
# ---------------------------------------------------------------------------
def T(n, text, groups, marker=None, sep=False, rule=False, colon="：", br=False, tail=""):
    return dict(n=n, marker=marker or f"{n}.", text=text, groups=groups, sep=sep,
                rule=rule, colon=colon, br=br, tail=tail)


PARTS = [
    ("一、全市经济社会发展主要预期目标", [
        (None, [
            T(1, "生产总值增长6%左右，在实际工作中努力争取更好结果。", [["市发改委"]]),
            T(2, "规上工业增加值增长7.5%。", [["市经信局"]]),
            T(3, "研究与试验发展经费投入强度达到2.5%。", [["市科技局", "市统计局"]]),
            T(4, "固定资产投资增长8%。",
              [["市发改委", "市经信局", "市自然资源和规划局", "市建设局", "市交通运输局",
                "市水利局", "市农业农村局", "市文广旅体局", "市卫生健康委", "市教育局"]], rule=True),
            T(5, "社会消费品零售总额增长5.5%，外贸出口保持稳定增长。", [["市商务局"]]),
            T(6, "城乡居民收入增长与经济增长基本同步，农村居民收入增速快于城镇居民。",
              [["市人力社保局", "市农业农村局"]], sep=True),
            T(7, "一般公共预算收入增长5%左右。", [["市财政局", "市税务局"]]),
            T(8, "居民消费价格涨幅控制在2%左右。", [["市发改委"]]),
            T(9, "城镇调查失业率控制在5%以内，能耗强度下降和主要污染物减排完成省下达任务。",
              [["市人力社保局", "市发改委", "市生态环境局"]], sep=True),
        ]),
    ]),
    ("二、重点抓好七方面工作", [
        ("（一）全力扩大有效需求，推动经济持续回升向好。", [
            T(10, "实施重大项目攻坚行动，全年实施省市县长项目120个以上，完成投资400亿元以上。",
              [["市发改委"], [COUNTIES, ZONE]]),
            T(11, "深化招大引强，力争引进10亿元以上产业项目15个、50亿元以上项目2个，实际利用外资增长5%。",
              [["市投资促进中心", "市发改委", "市经信局", "市商务局"], [COUNTIES, ZONE]]),
            T(12, "实施提振消费专项行动，开展“栝享生活”系列促消费活动100场以上，扎实推进汽车、家电等以旧换新。",
              [["市商务局", "市财政局", "市市场监管局"]]),
            T(13, "推动外贸稳规模优结构，新增有进出口实绩企业120家、跨境电商主体80家。",
              [["市商务局", "栝州海关", "人行栝州市分行"]]),
            T(14, "用足用好超长期特别国债和地方政府专项债券政策，争取上级资金增长10%以上。",
              [["市发改委", "市财政局"], [COUNTIES]], sep=True),
        ]),
        ("（二）加快构建现代化产业体系，夯实高质量发展根基。", [
            T(15, "实施制造业高质量发展“十百千”工程，新增规上工业企业150家，培育专精特新中小企业30家。",
              [["市经信局", "市科技局"], [COUNTIES]]),
            T(16, "做强半导体全链条和精密制造两大产业集群，集群产值增长12%以上。",
              [["市经信局", ZONE]]),
            T(17, "推进科技创新，新增高新技术企业120家、科技型中小企业600家，新建省级重点实验室1家。",
              [["市科技局"]], marker="17．"),
            T(18, "深化人才引育“栝才”计划，全年引进高层次人才300名、大学生4万名。",
              [["市委人才办", "市人力社保局", "市教育局"]]),
            T(19, "做大数字经济，数字经济核心产业增加值增长10%，开展“数据要素×”试点应用。",
              [["市数据局", "市经信局", "市发改委"]]),
            T(20, "推动文旅深度融合，接待游客人次增长8%，力争创成国家5A级旅游景区1家。",
              [["市文广旅体局"], [COUNTIES]]),
        ]),
        ("（三）深化改革扩大开放，持续优化营商环境。", [
            T(21, "深化“高效办成一件事”改革，新增重点事项12个，推进政务服务增值化改革。",
              [["市府办", "市委改革办", "市数据局"]]),
            T(22, "深入实施营商环境优化提升“一号改革工程”，涉企检查事项减少20%以上。",
              [["市发改委", "市司法局", "市市场监管局"]], colon=":"),
            T(23, "推进知识产权强市建设，全年新增发明专利授权1500件。",
              [["市市场监管局（市知识产权局）", "市科技局"]]),
            T(24, "深化国资国企改革，推动市属国有企业资产总额突破2000亿元。",
              [["市国资委", "市财政局"]]),
            T(25, "防范化解重点领域金融风险，全年新增贷款500亿元以上，不良贷款率控制在1%以内。",
              [["市委金融办", "人行栝州市分行", "国家金融监督管理总局栝州监管分局"]]),
        ]),
        ("（四）推进城乡融合发展，提升城市能级品质。", [
            T(26, "推进城市更新，改造城镇老旧小区60个、城中村3个，新增城市公共停车位5000个。",
              [["市建设局", "市自然资源和规划局"], [COUNTIES]]),
            T(27, "加快交通基础设施建设，推进栝云铁路、S22栝州段前期工作，建成市域快速路15公里。",
              [["市交通运输局", "市发改委", "市自然资源和规划局"]], br=True),
            T(28, "深入实施“千万工程”，建设和美乡村示范村30个，村级集体经济经营性收入30万元以上行政村占比达到65%。",
              [["市农业农村局"], [COUNTIES]]),
            T(29, "扛牢粮食安全责任，粮食播种面积稳定在62万亩以上，新建高标准农田3万亩。",
              [["市农业农村局", "市自然资源和规划局", "市发改委"]]),
        ]),
        ("（五）坚持生态优先，推动绿色低碳发展。", [
            T(30, "深入打好蓝天碧水净土保卫战，PM2.5平均浓度控制在22微克/立方米以内。",
              [["市生态环境局", "市建设局", "市交通运输局", "市农业农村局"]]),
            T(31, "深化生态产品价值实现机制改革，完成GEP核算成果应用项目20个。",
              [["市发改委", "市生态环境局", "市自然资源和规划局", "市统计局"]], tail="　"),
            T(32, "加快能源绿色低碳转型，全年新增光伏装机30万千瓦。",
              [["市发改委", "国网栝州供电公司"]]),
        ]),
        ("（六）着力保障和改善民生，提高群众生活品质。", [
            T(33, "稳定和扩大就业，城镇新增就业3.5万人，帮扶困难人员就业2000人。",
              [["市人力社保局"]]),
            T(34, "推进教育优质均衡发展，新建改扩建中小学、幼儿园12所，新增学位8000个。",
              [["市教育局", "市发改委", "市财政局", "市自然资源和规划局", "市建设局"]]),
            T(35, "深化医药卫生体制改革，推进紧密型县域医共体建设和医保支付方式改革。",
              [["市卫生健康委", "市医保局"]], sep=True),
            T(36, "完善养老服务体系，新增养老机构床位800张，建成老年助餐服务点100个。",
              [["市民政局", "市卫生健康委"]]),
        ]),
        ("（七）统筹发展和安全，提升社会治理效能。", [
            T(37, "加强安全生产和防灾减灾救灾，生产安全事故起数和死亡人数实现“双下降”。",
              [["市应急管理局"], ["市级有关单位"], [COUNTIES]]),
            T(38, "坚持和发展新时代“枫桥经验”，深化平安栝州建设，推进信访工作法治化。",
              [["市委政法委", "市公安局", "市司法局", "市信访局"]]),
        ]),
    ]),
    ("三、扎实办好民生实事", [
        (None, [
            T(39, "高质量完成2025年市政府十方面民生实事项目，年底前全部兑现。",
              [["市府办"], ["市级有关单位"], [COUNTIES]]),
        ]),
    ]),
]


def units_line(t):
    """The 责任单位 line exactly as printed."""
    parts = []
    for gi, g in enumerate(t["groups"]):
        s = "、".join(g)
        if gi == 0 and t["sep"]:
            s += "分别牵头"
        parts.append(s)
    line = "责任单位" + t["colon"] + "，".join(parts)
    if t["rule"]:
        line += RULE
    return line + t["tail"]


def gold_record(t):
    units = [u for g in t["groups"] for u in g]
    if t["sep"]:
        lead = list(t["groups"][0])
    else:
        lead = [units[0]]
    coop = [u for u in units if u not in lead]
    head = "".join(t["text"].split())[:12]
    return {"id": str(t["n"]), "marker": t["marker"], "head": head,
            "responsible_units": units, "lead_units": lead, "cooperating_units": coop,
            "leaders": [], "deadline": None}


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


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
        rfonts.set(qn(a), name if a == "w:eastAsia" else ("Times New Roman" if name == FS else name))
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc, text="", font=FS, size=16, bold=False, align=None, indent=True, color=None,
         exact=28, before=0, after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    if indent:
        ind = pf._element.get_or_add_pPr()
        e = OxmlElement("w:ind")
        e.set(qn("w:firstLineChars"), "200")
        e.set(qn("w:firstLine"), "640")
        ind.append(e)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def border(p, side, color="000000", sz="8"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement(f"w:{side}")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), sz)
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    bdr.append(e)


def page_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
        elif txt == "1":
            t = OxmlElement("w:t")
            t.text = "1"
            r._r.append(t)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._r.append(it)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    page_footer(sec)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()

    cp = doc.core_properties
    cp.author = "栝州市人民政府办公室"
    cp.last_modified_by = "szfb-dcs"
    cp.title = ""
    cp.created = datetime.datetime(2025, 3, 18, 9, 12, 0)
    cp.modified = datetime.datetime(2025, 3, 18, 16, 40, 0)
    cp.revision = 7

    # 版头
    para(doc, "", indent=False, exact=28)
    para(doc, "栝州市人民政府办公室文件", XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         color="FF0000", exact=60)
    para(doc, "", indent=False)
    p = para(doc, "栝政办发〔2025〕4号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=6)
    border(p, "bottom", "FF0000", "18")
    para(doc, "", indent=False)
    # 标题
    p = para(doc, "栝州市人民政府办公室关于印发", XBS, 22,
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    for line in ("2025年市政府工作报告重点工作", "责任分解的通知"):
        p.add_run().add_break()
        r = p.add_run(line)
        set_font(r, XBS, 22)
    para(doc, "", indent=False)
    para(doc, "各县（市、区）人民政府，市政府直属各单位：", indent=False)
    for t in [
        "《2025年市政府工作报告重点工作责任分解》已经市政府同意，现印发给你们，请结合以下要求认真贯彻执行。",
        "一、2025年是“十四五”规划收官之年，也是为“十五五”良好开局打牢基础的关键一年。各地、各部门要提高站位，"
        "把市政府工作报告确定的各项目标任务作为全年工作的重中之重，细化实化工作举措，明确时间节点，"
        "第一时间制定具体落实方案，确保各项任务按期保质完成。",
        "二、责任分解中，列第一位的责任单位为牵头单位或汇总单位。各牵头单位和汇总单位要加强统筹协调，"
        "于每季度结束后5个工作日内将重点工作进展情况报送市政府督查室，包括进展情况、存在问题和下一步措施；"
        "其他责任单位要主动对接、密切配合，按时向牵头单位或汇总单位提供相关情况。",
        "三、市政府督查室要将重点工作落实情况作为年度督查重点，实行清单化管理、闭环式推进，"
        "定期通报进展情况，对工作推进不力、进度滞后的单位予以督促提醒，推动各项工作落地见效。",
    ]:
        para(doc, t)
    para(doc, "")
    para(doc, "附件：2025年市政府工作报告重点工作责任分解")
    para(doc, "")
    para(doc, "")
    para(doc, "栝州市人民政府办公室", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p = para(doc, "2025年3月18日　　", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "（此件公开发布）")

    # 附件 on a new page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件", HT, 16, indent=False)
    para(doc, "")
    p = para(doc, "2025年市政府工作报告重点工作责任分解", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, exact=36)
    para(doc, "")
    for part, groups in PARTS:
        para(doc, part, HT, 16)
        for sub, tasks in groups:
            if sub:
                para(doc, sub, KT, 16)
            for t in tasks:
                p = para(doc, t["marker"] + t["text"])
                line = units_line(t)
                if t["br"]:
                    r = p.add_run()
                    r.add_break()
                    r = p.add_run(line)
                    set_font(r, FS, 16)
                else:
                    para(doc, line)
    para(doc, "")
    para(doc, "")
    # 版记
    p = para(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级法院，市检察院，栝州军分区。",
             FS, 14, indent=False)
    p.paragraph_format.left_indent = Cm(0.5)
    border(p, "top", "000000", "12")
    border(p, "bottom", "000000", "4")
    p = para(doc, "栝州市人民政府办公室　　　　　　　　　　　2025年3月18日印发", FS, 14, indent=False)
    p.paragraph_format.left_indent = Cm(0.5)
    border(p, "bottom", "000000", "12")

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so the bytes are reproducible
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 18, 16, 40, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(DOCX, "wb") as f:
        f.write(out.getvalue())


def main():
    build()
    recs = [gold_record(t) for _, groups in PARTS for _, tasks in groups for t in tasks]
    assert [r["id"] for r in recs] == [str(i) for i in range(1, 40)]
    with open(GOLD, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {os.path.basename(DOCX)} and {os.path.basename(GOLD)} ({len(recs)} tasks)")


if __name__ == "__main__":
    main()
