#!/usr/bin/python3
"""make_728.py — round 143, notice 728 (a hard case: a source path).

A 滏川县人民政府办公室 red-header Word notice (滏政办发〔2025〕9号) whose 附件 is a landscape task table
(序号 / 重点工作任务 / 责任县领导 / 牵头单位 / 配合单位 / 完成时限, part rows spanning it), as a county
policy library's full-text indexer keeps it: the portal's PDF, made from the Word file by LibreOffice
(`soffice --headless --convert-to pdf`), run through poppler's `pdftotext -raw -enc UTF-8` (content-stream
order, not `-layout` and not the default reading order).  The notice under test is pdftotext's output,
byte for byte.

Writes, in the folder of this script:
  728_source.docx   the Word file (python-docx, fixed core properties, fixed zip timestamps)
  728_source.pdf    LibreOffice's PDF of it (its /CreationDate, trailer /ID and /DocChecksum overwritten in
                    place with fixed values of the same length, so the file is reproducible; nothing else
                    touched, xref offsets unchanged)
  728_fuchuan_xian_2025_zfgzbg_renwu_fengong.txt   `pdftotext -raw -enc UTF-8 728_source.pdf` — the notice
  728.tasks.gold.jsonl   the gold list, from the same TASKS description

Programs run (versions printed at the end of a run): LibreOffice 7.4.7.2 (Debian 4:7.4.7-1+deb12u*),
poppler-utils pdftotext 22.12.0 (Debian 22.12.0-2+deb12u3).
"""
import copy
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NNN = "728"
NOTICE = f"{NNN}_fuchuan_xian_2025_zfgzbg_renwu_fengong.txt"

# ---------------------------------------------------------------------------------------------
# The one structured description of the tasks.
#   t  : task text; a list of two strings = a task cell of two paragraphs
#   l  : 责任县领导, each name as typed in the cell (two-character names padded with a full-width space);
#        several names = one cell paragraph each
#   lead / coop : the 牵头单位 and 配合单位 cells as lists of units; coop may be the string "无" or "/"
#   csep: separator typed between the cooperating units (default "、")
#   d  : 完成时限 cell
# ---------------------------------------------------------------------------------------------
PARTS = [
    ("一、着力扩大有效需求，推动经济持续回升向好", [
        dict(t="全县地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长8%，固定资产投资增长7%，社会消费品零售总额增长6.5%。",
             l=["李　明"], lead=["县发展和改革局"], coop=["县统计局", "县财政局", "县工业和信息化局", "县商务局"], d="2025年12月底前"),
        dict(t="扎实推进项目建设，全年实施重点项目120个、总投资286亿元，年度计划投资98亿元，其中新开工项目52个。落实县级领导包联重点项目制度，实行“一月一调度、一季一观摩”。",
             l=["李　明"], lead=["县发展和改革局"], coop=["县自然资源和规划局", "县住房和城乡建设局", "县投资促进中心", "各乡（镇）人民政府"], d="2025年12月底前"),
        dict(t="积极争取超长期特别国债、中央预算内投资和地方政府专项债券等政策资金，全年争取各类上级资金不低于25亿元。",
             l=["李　明"], lead=["县发展和改革局", "县财政局"], coop=["县直有关单位"], d="2025年12月底前"),
        dict(t="大力提振消费，组织开展“滏川好物节”等促消费活动30场以上，落实汽车、家电以旧换新政策，新增限额以上商贸企业20家。",
             l=["王　勇"], lead=["县商务局"], coop=["县财政局", "县市场监督管理局", "县文化和旅游局"], csep=["、", "，"], d="2025年12月底前"),
        dict(t="加大招商引资力度，全年新签约亿元以上项目40个，其中10亿元以上项目5个，到位省外资金增长10%。",
             l=["周建华", "王　勇"], lead=["县投资促进中心"], coop=["滏川经济开发区管委会", "县商务局", "各乡（镇）人民政府"], d="2025年12月底前"),
        dict(t="加快城东农贸市场和县城商业街区改造提升，打造“一刻钟便民生活圈”3个。",
             l=["王　勇"], lead=["县商务局"], coop=["县住房和城乡建设局", "县市场监督管理局", "城关镇人民政府"], d="2025年10月底前"),
    ]),
    ("二、着力壮大实体经济，加快构建现代化产业体系", [
        dict(t="实施工业倍增行动，新增规模以上工业企业15家，工业技改投资增长10%以上。",
             l=["王　勇"], lead=["县工业和信息化局"], coop=["县统计局", "滏川经济开发区管委会", "各乡（镇）人民政府"], d="2025年12月底前"),
        dict(t="做大做强新能源装备产业集群，推动年产2GW光伏组件项目一期建成投产，力争产业集群产值突破80亿元。",
             l=["王　勇", "孙立新"], lead=["滏川经济开发区管委会"], coop=["县工业和信息化局", "县发展和改革局", "国网滏川县供电公司"], d="2025年9月底前"),
        dict(t="推进滏川经济开发区扩区调区，建成标准化厂房12万平方米，实施园区污水处理厂提标改造。",
             l=["孙立新"], lead=["滏川经济开发区管委会"], coop=["县自然资源和规划局", "市生态环境局滏川分局", "县住房和城乡建设局"], d="2025年12月底前"),
        dict(t="加快数字化转型，新建5G基站180个，推动30家规模以上工业企业“智改数转”，培育省级数字化车间（智能工厂）3个。",
             l=["王　勇"], lead=["县工业和信息化局"], coop=["县数据资源局", "中国移动滏川分公司", "中国联通滏川分公司", "中国电信滏川分公司"], d="2025年12月底前"),
        dict(t="强化企业创新主体地位，新增高新技术企业12家、科技型中小企业50家，全社会研发经费投入强度达到1.8%。",
             l=["张晓燕"], lead=["县科学技术局"], coop=["县工业和信息化局", "县财政局", "县统计局"], d="2025年12月底前"),
        dict(t="推进文旅融合发展，加快滏水古镇国家4A级旅游景区创建，全年接待游客突破500万人次。",
             l=["张晓燕"], lead=["县文化和旅游局"], coop=["滏水镇人民政府", "县交通运输局", "县自然资源和规划局"], d="2025年11月底前"),
        dict(t="发展现代物流和电子商务，建成县级电商物流分拨中心，实现村级寄递物流综合服务站全覆盖。",
             l=["王　勇"], lead=["县商务局"], coop=["县交通运输局", "滏川县邮政分公司", "各乡（镇）人民政府"], d="2025年8月底前"),
    ]),
    ("三、着力深化改革开放，持续优化营商环境", [
        dict(t="深化“高效办成一件事”改革，新增集成办理事项15项，政务服务事项全程网办率达到90%以上。",
             l=["李　明"], lead=["县政务服务管理局"], coop=["县数据资源局", "县直有关单位"], d="2025年12月底前"),
        dict(t="持续开展营商环境提升行动，落实“企业服务日”制度，建立惠企政策“免申即享”清单，12345热线涉企诉求按期办结率达到100%。",
             l=["李　明"], lead=["县发展和改革局"], coop=["县政务服务管理局", "县市场监督管理局", "县工业和信息化局", "县12345政务服务便民热线管理中心"], d="长期坚持"),
        dict(t="深化国资国企改革，完成县城市建设投资集团有限公司市场化转型，推动国有资本向重点产业集聚。",
             l=["李　明"], lead=["县财政局"], coop=["县城市建设投资集团有限公司"], d="2025年12月底前"),
        dict(t="稳慎推进农村宅基地制度改革试点，深化农村集体产权制度改革，村级集体经济收入全部达到10万元以上。",
             l=["陈志刚"], lead=["县农业农村局"], coop=["县自然资源和规划局", "各乡（镇）人民政府"], d="2025年12月底前"),
        dict(t="防范化解地方债务风险，严格落实化债方案，坚决遏制新增隐性债务。",
             l=["李　明"], lead=["县财政局"], coop=["县审计局", "县金融服务中心", "县城市建设投资集团有限公司"], d="长期坚持"),
    ]),
    ("四、着力推进乡村全面振兴，促进城乡融合发展", [
        dict(t="稳定粮食生产，全县粮食播种面积稳定在62万亩以上、总产量达到27万吨，新建高标准农田3.5万亩。",
             l=["陈志刚"], lead=["县农业农村局"], coop=["县自然资源和规划局", "县水利局", "县财政局", "各乡（镇）人民政府"], d="2025年10月底前"),
        dict(t="巩固拓展脱贫攻坚成果，守牢不发生规模性返贫致贫底线，脱贫人口人均纯收入增长10%以上。",
             l=["陈志刚"], lead=["县农业农村局"], coop=["县人力资源和社会保障局", "县医疗保障局", "县教育和体育局", "县民政局", "各乡（镇）人民政府"], d="长期坚持"),
        dict(t="做优特色农业，推进“滏川小米”“滏川黄花菜”区域公用品牌建设，新增市级以上农业产业化龙头企业5家。",
             l=["陈志刚"], lead=["县农业农村局"], coop=["县市场监督管理局", "县商务局"], d="2025年12月底前"),
        dict(t="实施城市更新行动，改造城镇老旧小区26个、城中村2个，新建改造城市道路8条。",
             l=["赵雪梅"], lead=["县住房和城乡建设局"], coop=["县自然资源和规划局", "县城市管理局", "城关镇人民政府"], d="2025年11月底前"),
        dict(t=["加快水利基础设施建设，推进滏河综合治理工程和农村供水保障工程，新增和改善灌溉面积1.2万亩。",
                "其中，农村供水保障工程6月底前完工通水。"],
             l=["陈志刚"], lead=["县水利局"], coop=["县发展和改革局", "县财政局", "相关乡（镇）人民政府"], d="2025年12月底前"),
        dict(t="推进“四好农村路”建设，新改建农村公路120公里，实施危桥改造10座。",
             l=["赵雪梅"], lead=["县交通运输局"], coop=["县财政局", "各乡（镇）人民政府"], d="2025年10月底前"),
    ]),
    ("五、着力加强生态环境保护，推动绿色低碳发展", [
        dict(t="深入打好蓝天保卫战，PM2.5平均浓度控制在38微克/立方米以内，空气质量优良天数比率达到75%以上。",
             l=["赵雪梅"], lead=["市生态环境局滏川分局"], coop=["县住房和城乡建设局", "县公安局", "县交通运输局", "县城市管理局", "各乡（镇）人民政府"], d="2025年12月底前"),
        dict(t="持续打好碧水保卫战，全面落实河湖长制，滏河出境断面水质稳定达到Ⅲ类。",
             l=["陈志刚", "赵雪梅"], lead=["县水利局", "市生态环境局滏川分局"], coop=["县农业农村局", "各乡（镇）人民政府"], d="长期坚持"),
        dict(t="严格耕地保护和节约集约用地，严守耕地保护红线，完成批而未供和闲置土地处置1200亩。",
             l=["赵雪梅"], lead=["县自然资源和规划局"], coop=["滏川经济开发区管委会", "各乡（镇）人民政府"], d="2025年12月底前"),
        dict(t="科学开展国土绿化，完成营造林2.8万亩，创建省级森林乡镇2个。",
             l=["陈志刚"], lead=["县林业局"], coop=["各乡（镇）人民政府"], d="2025年6月底前"),
    ]),
    ("六、着力保障和改善民生，不断增进民生福祉", [
        dict(t="千方百计稳定和扩大就业，城镇新增就业3200人，城镇调查失业率控制在5.5%以内。",
             l=["张晓燕"], lead=["县人力资源和社会保障局"], coop=["县财政局", "县农业农村局", "县退役军人事务局"], d="2025年12月底前"),
        dict(t="办好人民满意的教育，新建改扩建中小学和幼儿园6所，新增学位2700个，推进县域普通高中振兴。",
             l=["张晓燕"], lead=["县教育和体育局"], coop=["县发展和改革局", "县财政局", "县自然资源和规划局"], d="2025年8月底前"),
        dict(t="推进健康滏川建设，加快县人民医院新院区建设，深化紧密型县域医疗卫生共同体建设。",
             l=["张晓燕"], lead=["县卫生健康局"], coop=["县医疗保障局", "县发展和改革局"], d="2025年12月底前"),
        dict(t="完善社会保障体系，城乡居民基本养老保险参保率稳定在95%以上，新建社区嵌入式养老服务中心3个。",
             l=["张晓燕"], lead=["县民政局", "县人力资源和社会保障局"], coop=["县财政局", "县医疗保障局"], d="2025年12月底前"),
        dict(t="用心办好十件民生实事，逐项明确责任和时限，确保按期完成、群众满意。",
             l=["周建华"], lead=["县政府办公室"], coop="无", d="2025年12月底前"),
        dict(t="深化安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故。",
             l=["刘海涛"], lm=2, lead=["县应急管理局"], coop=["县安全生产委员会各成员单位"], d="长期坚持"),
        dict(t="推进更高水平平安滏川建设，常态化开展扫黑除恶斗争，依法严厉打击电信网络诈骗等违法犯罪。",
             l=["刘海涛"], lead=["县公安局"], coop=["县司法局", "各乡（镇）人民政府"], d="长期坚持"),
    ]),
    ("七、着力加强政府自身建设", [
        dict(t="坚持依法行政，自觉接受县人大及其常委会法律监督和县政协民主监督，人大代表建议和政协提案按期办复率达到100%。",
             l=["周建华"], lead=["县政府办公室"], coop=["县司法局", "县直有关单位"], d="2025年10月底前"),
        dict(t="坚持政府过紧日子，一般性支出压减5%以上，“三公”经费只减不增。",
             l=["李　明"], lead=["县财政局"], coop="/", d="2025年12月底前"),
        dict(t="持续深化作风建设，坚决纠治形式主义、官僚主义，切实为基层减负。",
             l=["周建华"], lead=["县政府办公室"], coop="无", d="长期坚持"),
    ]),
]

ISSUER = "滏川县人民政府办公室"
DOCNO = "滏政办发〔2025〕9号"
TITLE = "滏川县人民政府办公室关于印发2025年《政府工作报告》重点工作任务分工的通知"
ATT_TITLE = "滏川县2025年《政府工作报告》重点工作任务分工"
DATE = "2025年3月18日"

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xE6, 0x00, 0x12)


# ---------------------------------------------------------------------------------------------
def fmt_run(run, font=FS, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font if a == "w:eastAsia" else ("Times New Roman" if font == FS else font))
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", font=FS, size=16, bold=False, color=None, align=None, indent=0,
         line=28.0, before=0, after=0, first=None):
    p = doc_or_cell.add_paragraph() if first is None else first
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * indent)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if text:
        r = p.add_run(text)
        fmt_run(r, font, size, bold, color)
    return p


def border_bottom(p, color="E60012", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), str(sz)); b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def add_page_field(p, size=14):
    def r(text=None, fld=None, instr=None):
        run = p.add_run(text or "")
        fmt_run(run, "宋体", size)
        if fld:
            fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), fld); run._r.append(fc)
        if instr:
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
            run._r.append(it)
    r("— ")
    r(fld="begin"); r(instr=" PAGE "); r(fld="separate"); r("1"); r(fld="end")
    r(" —")


def setup_footers(section):
    section.footer.is_linked_to_previous = False
    section.even_page_footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.paragraph_format.right_indent = Pt(14)
    add_page_field(fp)
    ep = section.even_page_footer.paragraphs[0]
    ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
    ep.paragraph_format.left_indent = Pt(14)
    add_page_field(ep)


def cell_text(cell, lines, size=12, align=None, font=FS, bold=False):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    first = cell.paragraphs[0]
    for i, t in enumerate(lines):
        p = para(cell, t, font=font, size=size, bold=bold, align=align, line=18, first=first if i == 0 else None)


def set_col_widths(table, widths):
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w / 2.54 * 1440)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


def header_repeat(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true")
    trpr.append(e)


def coop_cell(task):
    c = task["coop"]
    if isinstance(c, str):
        return c
    seps = task.get("csep") or []
    out = c[0]
    for i, u in enumerate(c[1:]):
        out += (seps[i] if i < len(seps) else "、") + u
    return out


def build_docx(path):
    doc = Document()
    # styles
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    # even/odd footers
    s = doc.settings.element
    eo = OxmlElement("w:evenAndOddHeaders")
    s.insert(0, eo)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.footer_distance = Cm(2.8)
    setup_footers(sec)

    # 版头
    para(doc, "", line=28)
    para(doc, "", line=28)
    para(doc, ISSUER + "文件", font=XBS, size=36, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, line=60)
    para(doc, "", line=28)
    p = para(doc, DOCNO, align=WD_ALIGN_PARAGRAPH.CENTER)
    border_bottom(p, sz=18, space=8)
    para(doc, "", line=28)
    para(doc, TITLE, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "", line=28)
    para(doc, "各乡（镇）人民政府，滏川经济开发区管委会，县人民政府各部门、各直属机构：")
    cover = [
        "《滏川县2025年政府工作报告》已经县十八届人大五次会议审议通过。为确保报告确定的各项目标任务落到实处，经县人民政府同意，现将《滏川县2025年〈政府工作报告〉重点工作任务分工》印发给你们，并就有关事项通知如下。",
    ]
    for t in cover:
        para(doc, t, indent=2)
    heads = [
        ("一、压实工作责任。", "各责任县领导要加强对分管领域重点工作的统筹调度，及时研究解决推进中的重大问题。牵头单位对任务落实负总责，主要负责同志为第一责任人，要制定具体推进方案，细化工作举措，明确时间节点；配合单位要按照职责分工主动配合、协同推进，形成工作合力。"),
        ("二、强化跟踪问效。", "各牵头单位要建立工作台账，实行月调度、季通报制度，于每季度末月25日前将任务推进情况（含配合单位工作情况）书面报送县人民政府督查室，同时报送电子版。县人民政府督查室将把任务落实情况纳入年度目标责任考核。"),
        ("三、严肃工作纪律。", "对工作推进不力、进度严重滞后或弄虚作假的单位，县人民政府将予以通报批评；造成严重后果的，依规依纪追究相关人员责任。"),
    ]
    for h, t in heads:
        p = para(doc, "", indent=2)
        r = p.add_run(h); fmt_run(r, HT, 16)
        r = p.add_run(t); fmt_run(r, FS, 16)
    para(doc, "", line=28)
    p = para(doc, "附件：" + ATT_TITLE)
    p.paragraph_format.left_indent = Pt(32)
    para(doc, "", line=28)
    para(doc, "", line=28)
    para(doc, "", line=28)
    p = para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）", indent=2)

    # 附件: landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    sec2.top_margin, sec2.bottom_margin = Cm(2.6), Cm(2.4)
    sec2.left_margin, sec2.right_margin = Cm(2.5), Cm(2.5)
    sec2.footer_distance = Cm(1.6)
    para(doc, "附件", font=HT, size=16, line=28)
    para(doc, "", line=20)
    para(doc, ATT_TITLE, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    para(doc, "", line=20)

    widths = [1.3, 9.6, 2.4, 3.9, 5.0, 2.5]
    hdr = ["序号", "重点工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]
    n_rows = 1 + sum(1 + len(ts) for _, ts in PARTS)
    table = doc.add_table(rows=n_rows, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(table, widths)
    for i, h in enumerate(hdr):
        cell_text(table.rows[0].cells[i], [h], size=12, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
    header_repeat(table.rows[0])
    ri = 1
    n = 0
    merges = []
    for title, tasks in PARTS:
        row = table.rows[ri]; ri += 1
        m = row.cells[0].merge(row.cells[5])
        cell_text(m, [f"{title}（共{len(tasks)}项）"], size=12, font=HT, align=WD_ALIGN_PARAGRAPH.LEFT)
        for t in tasks:
            n += 1
            row = table.rows[ri]; ri += 1
            c = row.cells
            cell_text(c[0], [str(n)], align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(c[1], t["t"] if isinstance(t["t"], list) else [t["t"]], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            if t.get("lm"):
                merges.append((ri - 1, t["lm"]))
                cell_text(c[2], t["l"], align=WD_ALIGN_PARAGRAPH.CENTER)
            elif any(r0 < ri - 1 < r0 + k for r0, k in merges):
                pass  # covered by the merged leader cell above
            else:
                cell_text(c[2], t["l"], align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(c[3], ["、".join(t["lead"])], align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(c[4], [coop_cell(t)], align=WD_ALIGN_PARAGRAPH.LEFT if not isinstance(t["coop"], str) else WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(c[5], [t["d"]], align=WD_ALIGN_PARAGRAPH.CENTER)
    for r0, k in merges:
        table.rows[r0].cells[2].merge(table.rows[r0 + k - 1].cells[2])
    set_col_widths(table, widths)

    # 版记: a portrait section after the attachment
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    sec3.footer_distance = Cm(2.8)
    for _ in range(14):
        para(doc, "", line=28)
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0 = bj.rows[0].cells[0]
    p = para(c0, "", size=14, first=c0.paragraphs[0])
    p.paragraph_format.left_indent = Pt(14); p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(-0)
    r = p.add_run("抄送：县委各部门，县人大常委会办公室，县政协办公室，县监委，县法院，县检察院。")
    fmt_run(r, FS, 14)
    c1 = bj.rows[1].cells[0]
    p = para(c1, "", size=14, first=c1.paragraphs[0])
    p.paragraph_format.left_indent = Pt(14); p.paragraph_format.right_indent = Pt(14)
    r = p.add_run(ISSUER + "　　　　　　　" + "2025年3月18日印发")
    fmt_run(r, FS, 14)
    # 版记 rules: top and bottom thick, middle thin (table borders)
    tblPr = bj._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side, sz in (("top", 12), ("bottom", 12), ("insideH", 4)):
        e = OxmlElement(f"w:{side}"); e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0"); e.set(qn("w:color"), "000000"); b.append(e)
    for side in ("left", "right", "insideV"):
        e = OxmlElement(f"w:{side}"); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)
    set_col_widths(bj, [15.6])

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 3, 18, 9, 12, 0)
    cp.author = "滏川县政府办"
    cp.last_modified_by = "滏川县政府办"
    cp.title = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps and a fixed member order
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 18, 9, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


def normalise_pdf(path):
    """Overwrite LibreOffice's /CreationDate, trailer /ID and /DocChecksum with fixed values of the same length."""
    data = open(path, "rb").read()

    def fix_date(m):
        s = m.group(1)
        fixed = b"D:20250318091500+08'00'"
        return b"/CreationDate(" + (fixed + b" " * len(s))[:len(s)] + b")"
    data = re.sub(rb"/CreationDate\(([^)]*)\)", fix_date, data)

    def fix_id(m):
        return b"<" + b"0" * len(m.group(1)) + b">"
    def fix_ids(m):
        return re.sub(rb"<([0-9A-Fa-f]+)>", fix_id, m.group(0))
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", fix_ids, data)
    # LibreOffice's private trailer key /DocChecksum changes with the time of the export as well
    data = re.sub(rb"(?<=/DocChecksum /)([0-9A-Fa-f]+)", lambda m: b"0" * len(m.group(1)), data)
    open(path, "wb").write(data)


def to_pdf(docx_path, pdf_path):
    tmp = tempfile.mkdtemp(prefix="lo728_")
    try:
        prof = os.path.join(tmp, "profile")
        out = os.path.join(tmp, "out")
        os.makedirs(out)
        env = dict(os.environ, HOME=tmp, LC_ALL="C.UTF-8", TZ="Asia/Shanghai")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--norestore",
                        "--convert-to", "pdf", "--outdir", out, docx_path],
                       check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(out, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def gold_records():
    recs = []
    n = 0
    for _, tasks in PARTS:
        for t in tasks:
            n += 1
            text = t["t"] if isinstance(t["t"], str) else "".join(t["t"])
            head = re.sub(r"\s", "", text)[:12]
            coop = [] if isinstance(t["coop"], str) else list(t["coop"])
            lead = list(t["lead"])
            recs.append({
                "id": str(n),
                "marker": str(n),
                "head": head,
                "responsible_units": lead + coop,
                "lead_units": lead,
                "cooperating_units": coop,
                "leaders": [re.sub(r"\s", "", x) for x in t["l"]],
                "deadline": t["d"],
            })
    return recs


def versions():
    v = []
    try:
        v.append(subprocess.run(["soffice", "--version"], capture_output=True, text=True).stdout.strip())
    except Exception as e:  # pragma: no cover
        v.append(f"soffice: {e}")
    r = subprocess.run(["pdftotext", "-v"], capture_output=True, text=True)
    v.append((r.stdout + r.stderr).splitlines()[0])
    return v


def main():
    for prog in ("soffice", "pdftotext"):
        if shutil.which(prog) is None:
            sys.exit(f"{prog} not found: apt-get install -y libreoffice-writer poppler-utils")
    src_docx = os.path.join(HERE, f"{NNN}_source.docx")
    src_pdf = os.path.join(HERE, f"{NNN}_source.pdf")
    build_docx(src_docx)
    to_pdf(src_docx, src_pdf)
    normalise_pdf(src_pdf)
    subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", src_pdf, os.path.join(HERE, NOTICE)], check=True)
    with open(os.path.join(HERE, f"{NNN}.tasks.gold.jsonl"), "w", encoding="utf-8") as f:
        for r in gold_records():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for line in versions():
        print(line)
    print("wrote", NOTICE, f"{NNN}_source.docx", f"{NNN}_source.pdf", f"{NNN}.tasks.gold.jsonl")


if __name__ == "__main__":
    main()
