# -*- coding: utf-8 -*-
"""Generate 215_zheyang_zdgz_fenjie.docx (柘阳市人民政府办公室, footnotes + endnotes + borderless leader tables).

Run with /usr/bin/python3 (python-docx 0.8.11). Output is written next to this script.
"""
import copy
import os

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "215_zheyang_zdgz_fenjie.docx")

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# ---------------------------------------------------------------- content
# Each task: (text_before_clause, lead_units, resp_units, footnote_text, fn_pos)
# fn_pos: "in"  -> reference placed right before the closing bracket "）"
#         "out" -> reference placed right after the closing bracket
# A text may contain "{EN:n}" where endnote n's reference is placed.
SECTIONS = [
    ("一、坚持项目为王，推动经济稳进提质", "责任领导：许文博", [
        ("确保主要经济指标稳中有进。全市地区生产总值增长6%左右{EN:2}，一般公共预算收入增长5%，规模以上工业增加值增长7%，固定资产投资增长8%以上",
         ["市发展改革委"], ["市统计局", "市财政局", "市工业和信息化局", "各县（市、区）人民政府"],
         "该项列入省政府对市政府年度目标责任考核。", "in"),
        ("加快推进重大项目建设。全年实施市级重点项目320个，完成年度投资580亿元以上，力争新开工亿元以上项目120个、竣工投产80个",
         ["市发展改革委"], ["市自然资源和规划局", "市住房城乡建设局", "市生态环境局", "柘阳经济技术开发区管委会"],
         "该项为市人大代表建议重点督办事项。", "out"),
        ("全力争取上级资金支持。围绕中央预算内投资、地方政府专项债券、超长期特别国债等政策方向，谋划储备项目200个以上，争取上级资金60亿元以上",
         ["市发展改革委", "市财政局"], ["市审计局", "市政府投资评审中心"],
         "该项由市发展改革委会同市自然资源和规划局按月调度。", "in"),
        ("强化要素保障。新增建设用地报批3000亩以上，盘活批而未供和闲置土地1500亩，确保重点项目用能、用水、环境容量应保尽保",
         ["市自然资源和规划局"], ["市发展改革委", "市水利局", "市生态环境局"],
         "该项为市人大代表建议重点督办事项。", "out"),
    ]),
    ("二、壮大实体经济，加快构建现代化产业体系", "责任领导：周立新、何敏", [
        ("实施制造业倍增行动。新增规模以上工业企业60家，培育省级专精特新中小企业25家，新材料产业集群产值突破400亿元",
         ["市工业和信息化局"], ["市科技局", "市市场监管局", "各县（市、区）人民政府"],
         "该项纳入市政府年度绩效考核。", "in"),
        ("推动数字经济提速发展。新建5G基站800个，打造市级智能工厂10家、数字化车间30个，数字经济核心产业增加值增长12%",
         ["市大数据局"], ["市工业和信息化局", "市通信发展管理办公室"],
         "该项为市政协委员提案重点督办事项。", "out"),
        ("促进文旅消费扩容提质。办好第六届柘阳山水旅游节，创建国家4A级旅游景区2家，全年接待游客增长15%以上",
         ["市文化广电和旅游局"], ["市商务局", "市交通运输局", "市公安局"],
         "该项为市人大代表建议重点督办事项。", "in"),
        ("大力发展现代服务业。培育限额以上商贸企业80家，建设县域商业体系示范县2个，社会消费品零售总额增长7%",
         ["市商务局"], [],
         "该项纳入市政府年度绩效考核，由市统计局提供数据。", "out"),
        ("推进金融服务实体经济。新增境内外上市企业2家，全年新增贷款260亿元以上，普惠小微贷款增速高于各项贷款平均增速",
         ["市委金融办"], ["人行柘阳市分行", "国家金融监督管理总局柘阳监管分局", "市财政局"],
         "该项为市人大代表建议重点督办事项。", "in"),
    ]),
    ("三、深化改革开放，持续激发发展活力", "责任领导：陈少平", [
        ("深化“放管服”改革。推行“高效办成一件事”重点事项清单，政务服务事项“一网通办”率达到95%以上",
         ["市政务服务和数据管理局"], ["市司法局", "市市场监管局"],
         "该项为市政协委员提案重点督办事项。", "out"),
        ("扎实推进国资国企改革。完成市属国有企业整合重组，市属国有企业营业收入增长10%以上",
         ["市国资委"], ["市财政局"],
         "该项列入省政府对市政府年度目标责任考核。", "in"),
        ("提升开放平台能级。推动柘阳综合保税区封关运作，进出口总额增长10%，实际使用外资增长5%",
         ["市商务局", "柘阳经济技术开发区管委会"], ["柘阳海关", "市税务局"],
         "该项由市商务局会同市交通运输局、市口岸办每月通报进展。", "out"),
        ("优化营商环境。开展营商环境提升攻坚行动，全面落实各项减税降费政策，新增市场经营主体3万户以上",
         ["市发展改革委"], ["市市场监管局", "市税务局", "市政务服务和数据管理局"],
         "该项为市人大代表建议重点督办事项。", "in"),
    ]),
    ("四、推进城乡融合，全面实施乡村振兴战略", "责任领导：何敏", [
        ("稳定粮食生产。全市粮食播种面积稳定在320万亩以上，新建高标准农田12万亩，粮食总产量稳定在28亿斤以上",
         ["市农业农村局"], ["市自然资源和规划局", "市水利局", "各县（市、区）人民政府"],
         "该项列入省政府对市政府年度目标责任考核。", "out"),
        ("巩固拓展脱贫攻坚成果。落实防止返贫动态监测和帮扶机制，脱贫人口人均纯收入增长10%以上",
         ["市乡村振兴局"], ["市民政局", "市人力资源社会保障局", "市医保局"],
         "该项为市人大代表建议重点督办事项。", "in"),
        ("推进以人为核心的新型城镇化。实施城市更新项目45个，改造城镇老旧小区120个，常住人口城镇化率提高1个百分点",
         ["市住房城乡建设局"], ["市自然资源和规划局", "市城市管理局", "市公安局"],
         "该项为市政协委员提案重点督办事项。", "out"),
        ("完善综合交通网络。建成柘阳至岚溪高速公路，开工建设国道G348柘阳段改扩建工程，新改建农村公路600公里",
         ["市交通运输局"], ["市公路事业发展中心", "市自然资源和规划局"],
         "该项为市人大代表建议重点督办事项。", "in"),
    ]),
    ("五、坚持绿色发展，建设美丽柘阳", "责任领导：王家栋", [
        ("深入打好污染防治攻坚战。中心城区空气质量优良天数比率达到88%以上，国省考断面水质优良比例保持100%",
         ["市生态环境局"], ["市住房城乡建设局", "市水利局", "市农业农村局", "市公安局交通管理支队"],
         "该项列入省政府对市政府年度目标责任考核。", "in"),
        ("推进生态保护修复。完成营造林8万亩，治理水土流失面积60平方公里，推进柘溪河流域综合治理",
         ["市林业局", "市水利局"], ["市自然资源和规划局"],
         "该项由市林业局会同市水利局每半年报告一次。", "out"),
        ("积极稳妥推进碳达峰碳中和。单位地区生产总值能耗下降3%，新增新能源装机容量30万千瓦",
         ["市发展改革委"], ["市工业和信息化局", "市统计局", "国网柘阳供电公司"],
         "该项纳入市政府年度绩效考核。", "in"),
    ]),
    ("六、增进民生福祉，提升群众获得感", "责任领导：刘婧", [
        ("抓好稳就业工作。城镇新增就业2.8万人，城镇调查失业率控制在5.5%以内，开展职业技能培训3万人次",
         ["市人力资源社会保障局"], ["市教育局", "市财政局", "市总工会"],
         "该项为市人大代表建议重点督办事项。", "out"),
        ("推进教育优质均衡发展。新建改扩建中小学和幼儿园25所，新增学位1.2万个，柘阳职业技术学院新校区投入使用",
         ["市教育局"], ["市发展改革委", "市财政局", "市自然资源和规划局"],
         "该项为市政协委员提案重点督办事项。", "in"),
        ("深化健康柘阳建设。推进紧密型县域医共体建设，市第一人民医院新院区主体完工，每千人口执业（助理）医师数达到3.2人",
         ["市卫生健康委"], ["市医保局", "市发展改革委"],
         "该项为市人大代表建议重点督办事项。", "out"),
        ("办好十件民生实事。确保各项民生实事按期完成，年底前逐项对账销号",
         ["市政府办公室"], ["市财政局", "各民生实事牵头单位"],
         "民生实事具体项目见《柘阳市2024年十件民生实事项目清单》。", "in"),
        ("统筹发展和安全。深化安全生产治本攻坚三年行动，坚决遏制较大以上生产安全事故",
         ["市应急管理局"], ["市公安局", "市住房城乡建设局", "市交通运输局", "各县（市、区）人民政府"],
         "该项列入省政府对市政府年度目标责任考核。", "out"),
    ]),
]

ENDNOTES = {
    1: "本方案依据柘阳市第十七届人民代表大会第三次会议审议通过的《政府工作报告》编制。",
    2: "预期性指标，统计口径以市统计局、国家统计局柘阳调查队发布数据为准。",
    3: "“市直各单位”含中央、省驻柘阳单位。",
}

CN_NUM = "一二三四五六七八九十"


def cn(n):
    if n <= 10:
        return CN_NUM[n - 1]
    if n < 20:
        return "十" + CN_NUM[n - 11]
    t, o = divmod(n, 10)
    return CN_NUM[t - 1] + "十" + (CN_NUM[o - 1] if o else "")


# ---------------------------------------------------------------- helpers
def set_font(run, east="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if color:
        run.font.color.rgb = color


def para(doc_or_cell, text="", east="仿宋_GB2312", size=16, bold=False, align=None, indent=True, color=None):
    p = doc_or_cell.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    if indent:
        pf.first_line_indent = Pt(32)
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def note_ref_run(p, kind, nid):
    """Append a run holding w:footnoteReference / w:endnoteReference."""
    tag = "footnoteReference" if kind == "fn" else "endnoteReference"
    r = parse_xml(
        '<w:r %s><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>'
        '<w:vertAlign w:val="superscript"/><w:sz w:val="32"/></w:rPr>'
        '<w:%s w:id="%d"/></w:r>' % (nsdecls("w"), tag, nid))
    p._p.append(r)


def text_with_endnotes(p, text, east="仿宋_GB2312", size=16, bold=False):
    """Write text, turning {EN:n} into endnote references."""
    import re
    pos = 0
    for m in re.finditer(r"\{EN:(\d+)\}", text):
        if m.start() > pos:
            set_font(p.add_run(text[pos:m.start()]), east, size, bold)
        note_ref_run(p, "en", int(m.group(1)))
        pos = m.end()
    if pos < len(text):
        set_font(p.add_run(text[pos:]), east, size, bold)


def notes_xml(kind, notes):
    root = "footnotes" if kind == "fn" else "endnotes"
    one = "footnote" if kind == "fn" else "endnote"
    ref = "footnoteRef" if kind == "fn" else "endnoteRef"
    parts = ['<w:%s xmlns:w="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
             % (root, W_NS)]
    parts.append('<w:%s w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                 '<w:r><w:separator/></w:r></w:p></w:%s>' % (one, one))
    parts.append('<w:%s w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                 '<w:r><w:continuationSeparator/></w:r></w:p></w:%s>' % (one, one))
    for nid, txt in notes:
        parts.append(
            '<w:%s w:id="%d"><w:p><w:pPr><w:snapToGrid w:val="0"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:%s/></w:r>'
            '<w:r><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="18"/></w:rPr>'
            '<w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:%s>' % (one, nid, ref, txt, one))
    parts.append("</w:%s>" % root)
    return "".join(parts).encode("utf-8")


def borderless_table(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    for old in tblPr.findall(qn("w:tblBorders")):
        tblPr.remove(old)
    for old in tblPr.findall(qn("w:tblStyle")):
        tblPr.remove(old)
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))


def rule_line(doc, color="FF0000"):
    p = para(doc, indent=False)
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="18" w:space="1" w:color="%s"/></w:pBdr>' % (nsdecls("w"), color)))
    return p


def thin_rule(doc):
    p = para(doc, indent=False)
    p._p.get_or_add_pPr().append(parse_xml(
        '<w:pBdr %s><w:top w:val="single" w:sz="6" w:space="1" w:color="000000"/>'
        '</w:pBdr>' % nsdecls("w")))
    return p


# ---------------------------------------------------------------- build
def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    # remove the empty first paragraph python-docx's template may carry
    body = doc.element.body
    for p in list(body.findall(qn("w:p"))):
        body.remove(p)

    # 版头
    para(doc, "柘阳市人民政府办公室文件", "方正小标宋简体", 36, False, WD_ALIGN_PARAGRAPH.CENTER, False,
         RGBColor(0xFF, 0, 0))
    para(doc, indent=False)
    para(doc, "柘政办发〔2024〕9号", "仿宋_GB2312", 16, False, WD_ALIGN_PARAGRAPH.CENTER, False)
    rule_line(doc)
    para(doc, indent=False)
    # 标题
    para(doc, "柘阳市人民政府办公室", "方正小标宋简体", 22, False, WD_ALIGN_PARAGRAPH.CENTER, False)
    para(doc, "关于印发2024年市政府重点工作任务分解方案的通知", "方正小标宋简体", 22, False,
         WD_ALIGN_PARAGRAPH.CENTER, False)
    para(doc, indent=False)
    para(doc, "各县（市、区）人民政府，柘阳经济技术开发区管委会，市政府各部门、各直属机构：", indent=False)
    p = para(doc)
    text_with_endnotes(p, "《2024年市政府重点工作任务分解方案》已经市政府同意，现印发给你们，请认真组织实施，并就有关事项通知如下。")
    para(doc, "一、压实工作责任。各责任领导要加强对分管领域重点工作的统筹调度。牵头单位对牵头事项负总责，"
              "主要负责同志为第一责任人；责任单位要按照职责分工主动配合，形成工作合力。")
    p = para(doc)
    text_with_endnotes(p, "二、强化督查考核。市政府督查室对各项任务实行清单化管理、台账式推进，"
                          "每季度末通报一次进展情况。市直各单位{EN:3}于每季度最后一个月25日前将工作进展报市政府督查室。")
    para(doc, "三、做好跟踪问效。标注为人大代表建议、政协委员提案重点督办的事项，牵头单位要同步做好答复办理工作；"
              "因客观原因确需调整的任务，须报分管市领导同意后书面报市政府办公室备案。")
    para(doc)
    para(doc, "附件：2024年市政府重点工作任务分解方案")
    para(doc)
    para(doc)
    para(doc, "柘阳市人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "2024年3月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "（此件公开发布）")

    # 附件
    p = para(doc, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件", "黑体", 16, False, indent=False)
    para(doc, indent=False)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    set_font(p.add_run("2024年市政府重点工作任务分解方案"), "方正小标宋简体", 22)
    note_ref_run(p, "en", 1)
    para(doc, indent=False)

    footnotes = []
    fn_id = 1
    for si, (heading, leader, tasks) in enumerate(SECTIONS, 1):
        t = doc.add_table(rows=1, cols=2)
        borderless_table(t)
        widths = (Cm(10.6), Cm(5.0))
        for ci, w in enumerate(widths):
            t.columns[ci].width = w
            t.rows[0].cells[ci].width = w
        c0, c1 = t.rows[0].cells
        c0.paragraphs[0].paragraph_format.space_after = Pt(0)
        set_font(c0.paragraphs[0].add_run(heading), "黑体", 16)
        c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        set_font(c1.paragraphs[0].add_run(leader), "楷体_GB2312", 16)
        for ti, (text, leads, resp, fn_text, pos) in enumerate(tasks, 1):
            p = para(doc)
            head, _, rest = text.partition("。")
            set_font(p.add_run("（%s）" % cn(ti)), "仿宋_GB2312", 16, False)
            set_font(p.add_run(head + "。"), "楷体_GB2312", 16, True)
            text_with_endnotes(p, rest)
            clause = "（牵头单位：" + "、".join(leads)
            if resp:
                clause += "；责任单位：" + "、".join(resp)
            if pos == "in":
                set_font(p.add_run(clause), "仿宋_GB2312", 16)
                note_ref_run(p, "fn", fn_id)
                set_font(p.add_run("）"), "仿宋_GB2312", 16)
            else:
                set_font(p.add_run(clause + "）"), "仿宋_GB2312", 16)
                note_ref_run(p, "fn", fn_id)
            footnotes.append((fn_id, fn_text))
            fn_id += 1

    # 版记
    para(doc)
    thin_rule(doc)
    para(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级人民法院，市人民检察院，柘阳军分区。",
         size=14, indent=False)
    p = para(doc, size=14, indent=False)
    set_font(p.add_run("柘阳市人民政府办公室"), size=14)
    set_font(p.add_run("\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30002024年3月19日印发"), size=14)
    p._p.get_or_add_pPr().append(parse_xml(
        '<w:pBdr %s><w:top w:val="single" w:sz="4" w:space="1" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>' % nsdecls("w")))

    # notes parts
    doc_part = doc.part
    fn_part = Part(PackURI("/word/footnotes.xml"),
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                   notes_xml("fn", footnotes), doc_part.package)
    en_part = Part(PackURI("/word/endnotes.xml"),
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
                   notes_xml("en", sorted(ENDNOTES.items())), doc_part.package)
    doc_part.relate_to(fn_part, RT.FOOTNOTES)
    doc_part.relate_to(en_part, RT.ENDNOTES)

    doc.core_properties.title = "柘阳市人民政府办公室关于印发2024年市政府重点工作任务分解方案的通知"
    doc.core_properties.author = "市政府办公室秘书科"
    doc.save(OUT)
    return OUT


if __name__ == "__main__":
    print(build())
