#!/usr/bin/python3
"""Round 147, case 750 (control): an ordinary 市人民政府办公室 task-division notice as a DOCX.

Writes, from the one description of the tasks in PARTS below:
  750_hongzhou_shi_gzbg_renwu_fengong.docx   the notice (red header, 文号, title, 主送, cover, 附件 line,
                                             落款, date, 公开 line, then 附件 with its table, then 版记)
  750.tasks.gold.jsonl                       the gold list

Deterministic: fixed core properties, and the zip is rewritten with fixed timestamps and a fixed order.
Run with /usr/bin/python3 (python-docx 0.8.11).
"""
import datetime
import io
import json
import os
import re
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX = os.path.join(HERE, "750_hongzhou_shi_gzbg_renwu_fengong.docx")
GOLD = os.path.join(HERE, "750.tasks.gold.jsonl")

ISSUER = "泓州市人民政府办公室"
WENHAO = "泓政办发〔2024〕5号"
TITLE = "泓州市人民政府办公室关于印发2024年《政府工作报告》重点工作任务分工的通知"
ZHUSONG = "各县（市、区）人民政府，泓州高新区管委会，市政府各部门、各直属机构："
COVER = [
    "为确保市十七届人大四次会议审议通过的《政府工作报告》确定的各项目标任务落到实处，经市政府同意，"
    "现将《2024年〈政府工作报告〉重点工作任务分工》印发给你们，请认真抓好落实。",
    "各牵头单位要切实履行牵头责任，会同配合单位细化工作措施，明确时间节点，确保各项任务按期完成；"
    "配合单位要主动对接、密切协作，形成工作合力。各牵头单位请于每季度末月25日前将任务推进情况报市政府督查室，"
    "市政府将适时对重点任务落实情况开展督查，督查结果纳入年度目标责任考核。",
]
FUJIAN_LINE = "附件：2024年《政府工作报告》重点工作任务分工"
DATE = "2024年2月26日"
GONGKAI = "（此件公开发布）"
ATT_TITLE = "2024年《政府工作报告》重点工作任务分工"
CHAOSONG = "抄送：市委各部门，市人大常委会办公室，市政协办公室，泓州军分区，市法院，市检察院。"
YINFA_ORG = "泓州市人民政府办公室"
YINFA_DATE = "2024年2月26日印发"

# Leaders. 周宁 is the one two-character name; the office pads it with a full-width space to align it.
PAD = {"周宁": "周\u3000宁"}

# Each task: (task paragraphs, leaders, leader cell layout, lead units, cooperating units, deadline, sep overrides)
#   leader layout: "p" = one name per cell paragraph, "dun" = names joined by 、 in one paragraph
#   seps: the separators printed between the units of the 配合单位 cell (default all 、)
T = dict
PARTS = [
    ("一、稳住经济基本盘，推动经济实现质的有效提升和量的合理增长", [
        T(text=["全市地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长7.5%，"
                "固定资产投资增长6.5%，社会消费品零售总额增长6%。"],
          leaders=["郑国栋", "林海峰"], layout="p",
          lead=["市发展改革委"],
          coop=["市统计局", "市财政局", "市工业和信息化局", "市商务局", "各县（市、区）人民政府"],
          deadline="2024年12月底前"),
        T(text=["扎实推进项目建设。全年实施市级重点项目320个，完成投资800亿元以上，新开工亿元以上项目150个。"],
          leaders=["林海峰"], lead=["市发展改革委"],
          coop=["市自然资源和规划局", "市住房城乡建设局", "市政务服务管理局", "各县（市、区）人民政府", "泓州高新区管委会"],
          deadline="2024年12月底前"),
        T(text=["积极争取上级资金支持。全年争取超长期特别国债、中央预算内投资和地方政府专项债券资金100亿元以上。"],
          leaders=["林海峰"], lead=["市发展改革委", "市财政局"],
          coop=["各县（市、区）人民政府"],
          deadline="2024年12月底前"),
        T(text=["大力提振消费。开展“泓品泓购”系列促消费活动100场以上，推动汽车、家电等大宗消费以旧换新，"
                "培育夜间经济集聚区5个。"],
          leaders=["周宁"], lead=["市商务局"],
          coop=["市财政局", "市文化广电旅游局", "市市场监管局"], seps=["，", "、"],
          deadline="2024年12月底前"),
        T(text=["强化金融支持实体经济。全年新增各项贷款300亿元以上，新增直接融资50亿元，推动1家企业上市。"],
          leaders=["林海峰"], lead=["市委金融办"],
          coop=["人民银行泓州市分行", "国家金融监督管理总局泓州监管分局", "市国资委"],
          deadline="2024年12月底前"),
        T(text=["落实结构性减税降费政策，全年为经营主体减负20亿元以上。"],
          leaders=["林海峰"], lead=["市税务局"],
          coop=["市财政局", "市发展改革委"],
          deadline="持续推进"),
    ]),
    ("二、坚持创新驱动，加快建设现代化产业体系", [
        T(text=["实施制造业倍增行动，新增规模以上工业企业80家，高新技术企业净增60家。"],
          leaders=["周宁"], lead=["市工业和信息化局"],
          coop=["市科技局", "市统计局", "各县（市、区）人民政府"],
          deadline="2024年12月底前"),
        T(text=["加快新能源电池材料、高端装备制造两大千亿级产业集群建设，推进宁泓锂电新材料产业园二期等项目投产。"],
          leaders=["郑国栋", "周宁"], layout="dun", lead=["市工业和信息化局"],
          coop=["市发展改革委", "市投资促进局", "泓州高新区管委会"],
          deadline="2024年10月底前"),
        T(text=["深入实施创新驱动发展战略。全社会研发经费投入强度达到2.3%，新建省级以上创新平台10个。"],
          leaders=["周宁"], lead=["市科技局"],
          coop=["市财政局", "市教育局"],
          deadline="2024年12月底前"),
        T(text=["大力发展数字经济，新建5G基站1200个，规模以上工业企业数字化改造覆盖率达到70%。"],
          leaders=["周宁"], lead=["市数据局"],
          coop=["市工业和信息化局", "市通信发展管理办公室"],
          deadline="2024年12月底前"),
        T(text=["推动现代服务业提质扩容，加快城北现代物流园区建设，社会物流总费用与地区生产总值的比率下降0.3个百分点。"],
          leaders=["周宁"], lead=["市发展改革委"],
          coop=["市交通运输局", "市商务局"],
          deadline="2024年12月底前"),
        T(text=["大力发展文化旅游产业。推进凤栖湖景区创建国家5A级旅游景区，全年接待游客2800万人次。"],
          leaders=["吴晓梅"], lead=["市文化广电旅游局"],
          coop=[],
          deadline="2024年12月底前"),
        T(text=["强化招商引资。全年引进亿元以上项目120个，实际使用外资增长8%。"],
          leaders=["郑国栋", "周宁"], layout="p", lead=["市投资促进局"],
          coop=["市商务局", "各县（市、区）人民政府", "泓州高新区管委会"],
          deadline="2024年12月底前"),
    ]),
    ("三、深化重点领域改革，持续扩大对外开放", [
        T(text=["深化“放管服”改革，推行“高效办成一件事”，政务服务事项网上可办率保持在98%以上。"],
          leaders=["林海峰"], lead=["市政务服务管理局"],
          coop=["市数据局", "市直有关部门"],
          deadline="2024年12月底前"),
        T(text=["持续优化营商环境，开展营商环境提升年行动，常态化开展政企恳谈会。"],
          leaders=["林海峰"], lead=["市发展改革委"],
          coop=["市政务服务管理局", "市市场监管局", "市司法局"],
          deadline="持续推进"),
        T(text=["深化国资国企改革，完成国有企业改革深化提升行动年度任务，推动市属国有企业整合重组。"],
          leaders=["林海峰"], lead=["市国资委"],
          coop=[],
          deadline="2024年12月底前"),
        T(text=["促进民营经济发展壮大。落实支持民营经济发展“30条”措施，新增经营主体3万户以上。",
                "开展清理拖欠企业账款专项行动，建立防范和化解拖欠企业账款长效机制。"],
          leaders=["周宁"], lead=["市工业和信息化局"],
          coop=["市市场监管局", "市财政局", "市国资委"],
          deadline="2024年12月底前"),
        T(text=["稳住外贸外资基本盘，全市进出口总额增长5%，新增有进出口实绩企业50家。"],
          leaders=["周宁"], lead=["市商务局"],
          coop=["泓州海关", "市税务局"],
          deadline="2024年12月底前"),
        T(text=["深化财税体制改革，推进预算绩效管理全覆盖，防范化解地方政府债务风险。"],
          leaders=["林海峰"], lead=["市财政局"],
          coop=["各县（市、区）人民政府"],
          deadline="持续推进"),
    ]),
    ("四、统筹城乡建设，促进区域协调发展", [
        T(text=["全面推进乡村振兴。粮食播种面积稳定在420万亩以上，总产量稳定在34亿斤以上。"],
          leaders=["何文斌"], lead=["市农业农村局"],
          coop=["市自然资源和规划局", "市统计局", "各县（市、区）人民政府"],
          deadline="2024年10月底前"),
        T(text=["巩固拓展脱贫攻坚成果，守牢不发生规模性返贫底线，脱贫人口人均纯收入增长10%以上。"],
          leaders=["何文斌"], lead=["市农业农村局"],
          coop=["市人力资源社会保障局", "市民政局", "市医保局"],
          deadline="2024年12月底前"),
        T(text=["实施城市更新行动，改造老旧小区86个、城中村5个，新建改造城市燃气管网120公里。"],
          leaders=["黄志远"], lead=["市住房城乡建设局"],
          coop=["市自然资源和规划局", "市城管局", "各县（市、区）人民政府"],
          deadline="2024年11月底前"),
        T(text=["加快交通基础设施建设，推进泓临高速、市区外环路建设，新改建农村公路300公里。"],
          leaders=["黄志远"], lead=["市交通运输局"],
          coop=["市发展改革委", "市自然资源和规划局", "市财政局"],
          deadline="2024年12月底前"),
        T(text=["推进水利基础设施建设，开工建设青龙峡水库，完成病险水库除险加固12座。"],
          leaders=["何文斌"], lead=["市水利局"],
          coop=["市发展改革委", "市财政局"],
          deadline="2024年12月底前"),
        T(text=["提升城市精细化管理水平，深化全国文明城市创建，新建改造口袋公园20个、城市停车泊位5000个。"],
          leaders=["黄志远"], lead=["市城管局"],
          coop=["市住房城乡建设局", "市公安局"],
          deadline="2024年12月底前"),
    ]),
    ("五、持续改善生态环境，推动绿色低碳发展", [
        T(text=["深入打好蓝天碧水净土保卫战，市区PM2.5平均浓度控制在38微克/立方米以内，国省考断面水质优良比例达到90%。"],
          leaders=["黄志远"], lead=["市生态环境局"],
          coop=["市住房城乡建设局", "市交通运输局", "市水利局", "各县（市、区）人民政府"],
          deadline="2024年12月底前"),
        T(text=["全面落实河湖长制、林长制，完成营造林8万亩，森林覆盖率稳定在42%以上。"],
          leaders=["何文斌"], lead=["市林业局"],
          coop=["市水利局"],
          deadline="2024年12月底前"),
        T(text=["稳妥推进碳达峰碳中和。严格能耗强度和总量双控，完成省下达的节能目标任务。",
                "大力发展光伏、风电等新能源，新增新能源装机容量50万千瓦。"],
          leaders=["林海峰", "黄志远"], layout="p", lead=["市发展改革委"],
          coop=["市工业和信息化局", "市生态环境局", "国网泓州供电公司"],
          deadline="2024年12月底前"),
        T(text=["严格落实中央和省生态环境保护督察反馈问题整改。"],
          leaders=["黄志远"], lead=["市生态环境局"],
          coop=["市直有关部门", "各县（市、区）人民政府"],
          deadline="按时序推进"),
    ]),
    ("六、着力保障和改善民生，扎实推进共同富裕", [
        T(text=["千方百计稳定和扩大就业，城镇新增就业4.5万人，城镇调查失业率控制在5.5%以内。"],
          leaders=["吴晓梅"], lead=["市人力资源社会保障局"],
          coop=["市教育局", "市退役军人事务局", "各县（市、区）人民政府"],
          deadline="2024年12月底前"),
        T(text=["推进教育优质均衡发展，新建改扩建中小学和幼儿园15所，新增学位1.2万个。"],
          leaders=["吴晓梅"], lead=["市教育局"],
          coop=["市发展改革委", "市财政局", "市自然资源和规划局"],
          deadline="2024年9月底前"),
        T(text=["深化健康泓州建设，加快市人民医院新院区建设，推进紧密型县域医共体建设全覆盖。"],
          leaders=["吴晓梅"], lead=["市卫生健康委"],
          coop=["市医保局"],
          deadline="2024年12月底前"),
        T(text=["健全社会保障体系，城乡居民基本养老保险参保率稳定在95%以上，新建社区养老服务中心30个。"],
          leaders=["吴晓梅"], lead=["市民政局"],
          coop=["市人力资源社会保障局", "市医保局"],
          deadline="2024年12月底前"),
        T(text=["统筹发展和安全，深入开展安全生产治本攻坚三年行动，坚决遏制较大以上生产安全事故发生。"],
          leaders=["徐立新"], lead=["市应急管理局"],
          coop=["市直有关部门", "各县（市、区）人民政府"],
          deadline="持续推进"),
        T(text=["建设更高水平的平安泓州，常态化开展扫黑除恶斗争，加强信访工作和矛盾纠纷多元化解。"],
          leaders=["徐立新"], lead=["市公安局"],
          coop=["市司法局", "市信访局"],
          deadline="持续推进"),
        T(text=["加强政府自身建设，严格落实政府过紧日子要求，一般性支出压减5%以上。"],
          leaders=["郑国栋"], lead=["市政府办公室", "市财政局"],
          coop=["市审计局"],
          deadline="2024年12月底前"),
    ]),
]

FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"


# ---------------------------------------------------------------- docx helpers
def set_run_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def para(container, text="", font=FS, size=16, align=None, indent_chars=0, bold=None, color=None,
         line_exact=28.95, space_before=0, space_after=0, keep=False):
    p = container.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if line_exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line_exact)
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if indent_chars:
        pf.first_line_indent = Pt(size * indent_chars)
    if keep:
        pf.keep_with_next = True
    if text:
        r = p.add_run(text)
        set_run_font(r, font, size, bold, color)
    return p


def border(p, side, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    bdr.append(e)


def page_number_footer(section):
    ft = section.footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_run_font(r, "宋体", 14)
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        elif txt.strip() == "PAGE":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = txt
            r._element.append(t)
    r = p.add_run(" —")
    set_run_font(r, "宋体", 14)


def cell_text(cell, paragraphs, size=12, align=WD_ALIGN_PARAGRAPH.LEFT, font=FS, bold=None):
    first = True
    for t in paragraphs:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        pf = p.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(20)
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        if t:
            r = p.add_run(t)
            set_run_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    trpr.append(e)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def unit_cell(units, seps=None):
    if not units:
        return ""
    seps = seps or []
    out = units[0]
    for i, u in enumerate(units[1:]):
        out += (seps[i] if i < len(seps) else "、") + u
    return out


# ---------------------------------------------------------------- build
def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.footer_distance = Cm(2.8)
    page_number_footer(sec)

    # 版头
    body = doc
    # python-docx starts with no paragraphs in the default template body; add header
    para(body, "", line_exact=28.95)
    p = para(body, ISSUER + "文件", font=XBS, size=30, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=RGBColor(0xFF, 0x00, 0x00), line_exact=None, space_before=24, space_after=0)
    para(body, "", line_exact=28.95)
    p = para(body, WENHAO, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 18)
    para(body, "")
    para(body, "")
    # 标题 (two lines as printed: break after 关于印发)
    p = para(body, "", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line_exact=36)
    r = p.add_run("泓州市人民政府办公室关于印发2024年")
    set_run_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("《政府工作报告》重点工作任务分工的通知")
    set_run_font(r, XBS, 22)
    para(body, "")
    para(body, ZHUSONG)
    for c in COVER:
        para(body, c, indent_chars=2)
    para(body, "")
    para(body, FUJIAN_LINE, indent_chars=2)
    para(body, "")
    para(body, "")
    para(body, "")
    p = para(body, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 2)
    p = para(body, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 3)
    para(body, "")
    para(body, GONGKAI, indent_chars=2)

    # 附件: new landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    sec2.top_margin, sec2.bottom_margin = Cm(2.8), Cm(2.6)
    sec2.left_margin, sec2.right_margin = Cm(3.0), Cm(2.8)
    sec2.footer_distance = Cm(1.6)
    para(body, "附件", font=HT, size=16)
    para(body, "")
    para(body, ATT_TITLE, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line_exact=36)
    para(body, "")

    widths = [Cm(1.3), Cm(9.4), Cm(2.2), Cm(3.4), Cm(5.1), Cm(2.5)]
    ntask = sum(len(ts) for _, ts in PARTS)
    table = doc.add_table(rows=1, cols=6)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.rows[0]
    repeat_header(hdr)
    cant_split(hdr)
    for i, h in enumerate(["序号", "重点任务", "责任领导", "牵头单位", "配合单位", "完成时限"]):
        cell_text(hdr.cells[i], [h], size=12, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER)

    gold = []
    n = 0
    for part_title, tasks in PARTS:
        row = table.add_row()
        cant_split(row)
        m = row.cells[0].merge(row.cells[5])
        cell_text(m, [part_title], size=12, font=HT, align=WD_ALIGN_PARAGRAPH.LEFT)
        for t in tasks:
            n += 1
            row = table.add_row()
            c = row.cells
            cell_text(c[0], [str(n)], align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(c[1], t["text"])
            shown = [PAD.get(x, x) for x in t["leaders"]]
            if t.get("layout") == "dun":
                cell_text(c[2], ["、".join(shown)], align=WD_ALIGN_PARAGRAPH.CENTER)
            else:
                cell_text(c[2], shown, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(c[3], [unit_cell(t["lead"])])
            cell_text(c[4], [unit_cell(t["coop"], t.get("seps"))])
            cell_text(c[5], [t["deadline"]], align=WD_ALIGN_PARAGRAPH.CENTER)
            head = re.sub(r"\s", "", "".join(t["text"]))[:12]
            gold.append({
                "id": str(n), "marker": str(n), "head": head,
                "responsible_units": t["lead"] + t["coop"],
                "lead_units": list(t["lead"]), "cooperating_units": list(t["coop"]),
                "leaders": list(t["leaders"]), "deadline": t["deadline"],
            })
    assert n == ntask
    # set column widths on every cell of the grid
    for row in table.rows:
        tcs = row._tr.findall(qn("w:tc"))
        if len(tcs) == 6:
            for tc, w in zip(tcs, widths):
                tcpr = tc.get_or_add_tcPr()
                tcw = tcpr.find(qn("w:tcW"))
                if tcw is None:
                    tcw = OxmlElement("w:tcW")
                    tcpr.insert(0, tcw)
                tcw.set(qn("w:w"), str(int(w / 635)))
                tcw.set(qn("w:type"), "dxa")
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w / 635)))

    # 版记 on its own portrait page at the end
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    sec3.footer_distance = Cm(2.8)
    for _ in range(16):
        para(body, "")
    p = para(body, CHAOSONG, size=14, line_exact=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = para(body, "", size=14, line_exact=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    r = p.add_run(YINFA_ORG)
    set_run_font(r, FS, 14)
    r = p.add_run("\t" + YINFA_DATE)
    set_run_font(r, FS, 14)
    tabs = p.paragraph_format.tab_stops
    from docx.enum.text import WD_TAB_ALIGNMENT
    tabs.add_tab_stop(Cm(14.6), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "000000", 8)

    cp = doc.core_properties
    fixed = datetime.datetime(2024, 2, 26, 9, 30, 0)
    cp.author = "泓州市人民政府办公室"
    cp.last_modified_by = "szfb"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 2, 26, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, src.read(info.filename))
    with open(DOCX, "wb") as f:
        f.write(out.getvalue())
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {os.path.basename(DOCX)} and {os.path.basename(GOLD)}: {len(gold)} tasks")


if __name__ == "__main__":
    build()
