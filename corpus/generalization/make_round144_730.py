#!/usr/bin/python3
"""Round 144, case 730 (control): an ordinary 市人民政府办公室 Word notice splitting the
市政府工作报告's key tasks into a six-column table.

Writes, from the one description TASKS below:
  730_cenyang_shi_zfgzbg_renwu_fengong.docx   the notice (red header … 附件 table … 版记)
  730.tasks.gold.jsonl                    the gold list

Deterministic: fixed core properties, zip members rewritten with Word's 1980-01-01 stamp.
Run with /usr/bin/python3 (python-docx).
"""
import io
import json
import os
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX = os.path.join(HERE, "730_cenyang_shi_zfgzbg_renwu_fengong.docx")
GOLD = os.path.join(HERE, "730.tasks.gold.jsonl")

CITY = "涔阳市"
ISSUER = "涔阳市人民政府办公室"
WENHAO = "涔政办发〔2025〕6号"
DATE = "2025年2月24日"
TITLE = "涔阳市人民政府办公室关于印发2025年《政府工作报告》重点工作任务分工的通知"
ATT_TITLE = "2025年《政府工作报告》重点工作任务分工"
ZHUSONG = "各县（市、区）人民政府，市政府各部门、各直属机构："

COVER = [
    "《政府工作报告》已经市十七届人大四次会议审议通过。为确保报告确定的各项目标任务落到实处，"
    "经市政府同意，现将《2025年〈政府工作报告〉重点工作任务分工》印发给你们，请结合实际，认真抓好贯彻落实。",
    "各项任务的牵头单位为第一责任单位，对所牵头的工作负总责，要会同责任单位细化工作措施，明确时间节点，"
    "确保按期完成；责任单位要按照职责分工，主动配合牵头单位抓好落实。各牵头单位于每季度末月25日前将任务进展情况"
    "报送市政府督查室，市政府将把任务完成情况纳入年度目标绩效考核。",
]

CC = "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级法院，市检察院，涔阳军分区。"

# ---------------------------------------------------------------------------------------------
# The one structured description.  Each part: (part row text, [tasks]).
# A task: (task text paragraphs, leader cell paragraphs, lead cell text, responsible cell text,
#          deadline cell text).  Cell texts are exactly as printed, irregularities included.
# ---------------------------------------------------------------------------------------------
PARTS = [
    ("一、全力扩大有效需求", [
        (["实施重大项目攻坚行动，全年谋划实施市级重点项目300个以上，完成投资800亿元以上，固定资产投资增长6%左右。"],
         ["王　勇"], "市发展改革委",
         "市重点项目服务中心、市自然资源和规划局、市生态环境局，各县（市、区）人民政府", "2025年12月底前"),
        (["积极争取超长期特别国债、地方政府专项债券等政策资金，全年争取中央和省预算内投资、专项债券资金150亿元以上。"],
         ["王　勇", "李晓峰"], "市发展改革委、市财政局", "市直各有关部门", "2025年12月底前"),
        (["深入实施提振消费专项行动，落实大规模设备更新和消费品以旧换新政策，社会消费品零售总额增长5.5%。"],
         ["赵明轩"], "市商务局", "市发展改革委、市工业和信息化局、市财政局、市市场监管局", "2025年12月底前"),
        (["培育壮大新型消费，打造夜间消费集聚区5个以上，举办“涔享消费季”等促消费活动100场以上。"],
         ["赵明轩"], "市商务局", "市文化广电和旅游局、市城市管理局，各县（市、区）人民政府", "持续推进"),
        (["加快发展现代服务业，推动生产性服务业向专业化和价值链高端延伸，服务业增加值增长5.5%以上。"],
         ["王　勇"], "市发展改革委", "", "2025年12月底前"),
    ]),
    ("二、加快构建现代化产业体系", [
        (["实施新一轮工业技术改造，推进200个以上技改项目建设，规模以上工业增加值增长7%。"],
         ["刘建国"], "市工业和信息化局", "市发展改革委、市财政局、市统计局，各县（市、区）人民政府", "2025年12月底前"),
        (["做强新能源电池、装备制造、绿色食品三大主导产业链，全面落实“链长+链主”工作机制，开展产业链精准招商和上下游配套对接。",
          "全年新增规上工业企业80家以上，力争新能源电池产业产值突破500亿元。"],
         ["刘建国"], "市工业和信息化局", "市投资促进局、市科技局，各县（市、区）人民政府", "2025年12月底前"),
        (["加快数字经济发展，新建5G基站1200个，培育省级智能工厂、数字化车间20个以上。"],
         ["刘建国"], "市工业和信息化局、市数据局", "市通信发展管理办公室、中国铁塔涔阳市分公司", "2025年12月底前"),
        (["深入实施创新驱动发展战略，全社会研发经费投入增长12%以上，高新技术企业总数突破900家。"],
         ["陈　静"], "市科技局", "市财政局、市工业和信息化局、市统计局", "2025年12月底前"),
        (["推进涔阳科技城建设，新建省级以上创新平台15个，技术合同成交额达到90亿元。"],
         ["陈　静"], "市科技局", "涔阳高新区管委会", "2025年12月底前"),
        (["大力发展全域旅游，推进涔江古镇国家5A级旅游景区创建，全年接待游客人次增长8%以上。"],
         ["孙　立"], "市文化广电和旅游局", "市发展改革委、市自然资源和规划局、市交通运输局", "持续推进"),
    ]),
    ("三、纵深推进改革开放", [
        (["深化国资国企改革，完成市属国有企业功能界定与分类，推动融资平台公司市场化转型。"],
         ["王　勇"], "市国资委", "市财政局", "2025年12月底前"),
        (["持续优化营商环境，深化“高效办成一件事”改革，新增重点事项13个以上，政务服务事项“一网通办”率达到98%。"],
         ["周振华", "李晓峰"], "市政务服务管理局", "市数据局、市直各有关部门，各县（市、区）人民政府", "持续推进"),
        (["大力支持民营经济发展，落实支持民营经济高质量发展政策措施，开展清理拖欠企业账款专项行动。"],
         ["李晓峰"], "市发展改革委", "市工业和信息化局，市财政局、市市场监管局", "持续推进"),
        (["扩大高水平对外开放，推动外贸稳规模优结构，进出口总额增长6%以上，实际使用外资1.5亿美元。"],
         ["赵明轩"], "市商务局", "涔阳海关、市投资促进局、市外办", "2025年12月底前"),
        (["强化招商引资，全年新签约亿元以上项目200个，到位省外资金增长10%。"],
         ["赵明轩"], "市投资促进局", "市直各有关部门，各县（市、区）人民政府", "2025年12月底前"),
    ]),
    ("四、推进乡村全面振兴", [
        (["严守耕地保护红线，新建高标准农田18万亩，粮食播种面积稳定在560万亩以上、总产量稳定在45亿斤以上。"],
         ["孙　立"], "市农业农村局", "市自然资源和规划局、市财政局、市水利局，各县（市、区）人民政府", "2025年12月底前"),
        (["巩固拓展脱贫攻坚成果，守牢不发生规模性返贫致贫底线，脱贫人口人均纯收入增长8%以上。"],
         ["孙　立"], "市农业农村局", "市民政局、市人力资源社会保障局、市医保局，各县（市、区）人民政府", "持续推进"),
        (["做强农业特色产业，新培育市级以上农业产业化龙头企业30家，农产品加工产值与农业总产值之比达到2.6∶1。"],
         ["孙　立"], "市农业农村局", "市供销合作社、市市场监管局", "2025年12月底前"),
        (["实施乡村建设行动，新改建农村公路500公里，农村自来水普及率达到95%，持续提升农村人居环境。"],
         ["孙　立", "何卫东"], "市农业农村局",
         "市交通运输局、市水利局、市住房城乡建设局，各县（市、区）人民政府", "2025年12月底前"),
    ]),
    ("五、提升城市能级和品质", [
        (["推进国土空间规划实施，完成中心城区详细规划编制，盘活批而未供和闲置土地1.2万亩。"],
         ["何卫东"], "市自然资源和规划局", "各县（市、区）人民政府", "2025年9月底前"),
        (["实施城市更新行动，改造城镇老旧小区120个、惠及居民1.8万户，稳步推进城中村改造。",
          "新开工保障性住房2000套，推动房地产市场止跌回稳。"],
         ["何卫东"], "市住房城乡建设局", "市发展改革委、市财政局、市自然资源和规划局", "2025年12月底前"),
        (["加快构建综合交通体系，推进涔阳至安平高速公路、涔江航道整治工程建设，确保沿江铁路涔阳段开工。"],
         ["何卫东", "王　勇"], "市交通运输局",
         "市发展改革委、市自然资源和规划局，各县（市、区）人民政府", "持续推进"),
        (["提升城市精细化管理水平，新增城市停车泊位5000个，改造提升背街小巷60条，争创全国文明城市。"],
         ["何卫东"], "市城市管理局", "市公安局、市住房城乡建设局、市文明办", "持续推进"),
    ]),
    ("六、加强生态环境保护", [
        (["深入打好蓝天、碧水、净土保卫战，中心城区PM2.5平均浓度控制在35微克/立方米以内，国省考断面水质优良比例达到95%。"],
         ["陈　静"], "市生态环境局",
         "市发展改革委、市工业和信息化局、市住房城乡建设局、市农业农村局，各县（市、区）人民政府", "2025年12月底前"),
        (["全面推行河湖长制、林长制，完成营造林8万亩，推进涔江流域生态保护修复。"],
         ["陈　静"], "市水利局、市林业局", "市生态环境局、市自然资源和规划局", "持续推进"),
        (["积极稳妥推进碳达峰碳中和，单位地区生产总值能耗下降完成省下达目标任务。"],
         ["王　勇"], "市发展改革委", "市工业和信息化局、市统计局", "2025年12月底前"),
    ]),
    ("七、持续保障和改善民生", [
        (["千方百计稳定和扩大就业，城镇新增就业4.5万人，城镇调查失业率控制在5.5%以内。"],
         ["邓　婕"], "市人力资源社会保障局",
         "市教育局、市退役军人事务局、市财政局，各县（市、区）人民政府", "2025年12月底前"),
        (["办好人民满意的教育，新建改扩建中小学、幼儿园20所，新增学位1.5万个。"],
         ["邓　婕"], "市教育局", "市发展改革委、市财政局、市自然资源和规划局", "2025年8月底前"),
        (["推进健康涔阳建设，加快市第一人民医院新院区建设，推进紧密型县域医共体建设。"],
         ["邓　婕"], "市卫生健康委", "市医保局、市发改委", "持续推进"),
        (["健全多层次社会保障体系，城乡居民基本养老保险参保率稳定在95%以上，新增养老服务床位1000张。"],
         ["邓　婕", "李晓峰"], "市人力资源社会保障局、市民政局", "市医保局、市财政局", "2025年12月底前"),
        (["繁荣发展文化体育事业，建成市图书馆新馆，举办涔阳马拉松等群众性体育赛事50场以上。"],
         ["孙　立"], "市文化广电和旅游局", "市体育事业发展中心", "2025年10月底前"),
    ]),
    ("八、统筹发展和安全", [
        (["防范化解重点领域风险，稳妥处置地方政府债务风险，严守不发生系统性金融风险底线。"],
         ["王　勇"], "市财政局、市委金融办", "中国人民银行涔阳市分行、涔阳金融监管分局", "持续推进"),
        (["深入开展安全生产治本攻坚三年行动，强化道路交通、燃气、自建房、消防等重点领域隐患排查整治，坚决遏制重特大事故发生。"],
         ["刘建国"], "市应急管理局", "市安委会各成员单位，各县（市、区）人民政府", "持续推进"),
        (["加强食品药品安全监管，开展“守护舌尖安全”专项行动，食品安全抽检合格率保持在98%以上。"],
         ["赵明轩"], "市市场监管局", "市农业农村局、市卫生健康委、市公安局 ", "2025年12月底前"),
        (["推进更高水平平安涔阳建设，深化“八五”普法，坚持和发展新时代“枫桥经验”，常态化开展扫黑除恶斗争。"],
         ["李晓峰"], "市公安局", "市司法局、市信访局，各县（市、区）人民政府", "持续推进"),
    ]),
]

HEADER = ["序号", "重点工作任务", "责任市领导", "牵头单位", "责任单位", "完成时限"]
COL_MM = [10, 58, 16, 24, 30, 18]

FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"


# ------------------------------------------------------------------ gold ---------------------
def split_units(cell):
    """Split a unit cell at 、，； outside brackets; strip each unit."""
    out, cur, depth = [], "", 0
    for ch in cell:
        if ch in "（(〔[【":
            depth += 1
        elif ch in "）)〕]】":
            depth -= 1
        if depth == 0 and ch in "、，；":
            if cur.strip():
                out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out


def gold_records():
    recs, n = [], 0
    for _part, tasks in PARTS:
        for paras, leaders, lead, coop, deadline in tasks:
            n += 1
            text = "".join("".join(p.split()) for p in paras)
            lu, cu = split_units(lead), split_units(coop)
            recs.append({
                "id": str(n),
                "marker": str(n),
                "head": text[:12],
                "responsible_units": lu + cu,
                "lead_units": lu,
                "cooperating_units": cu,
                "leaders": ["".join(x.split()) for x in leaders],
                "deadline": deadline.strip() or None,
            })
    return recs


# ------------------------------------------------------------------ docx helpers -------------
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
        rfonts.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None, indent=False,
         color=None, line=28, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def border(p, side, color="000000", sz=8, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement(f"w:{side}")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    pbdr.append(b)


def cell_text(cell, paras, font=FS, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    first = True
    for t in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        pf = p.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing = Pt(18)
        if t:
            set_font(p.add_run(t), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    def r(t):
        run = p.add_run(t)
        set_font(run, "宋体", 14)
        return run
    r("— ")
    run = r("")
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("t", "1"), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        elif kind == "t":
            el = OxmlElement("w:t")
            el.text = txt
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._element.append(el)
    r(" —")


def build_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    page_number_footer(sec)
    body = doc._body._body
    for el in list(body):
        if el.tag == qn("w:p"):
            body.remove(el)

    # 版头
    para(doc, ISSUER + "文件", XBS, 34, color="FF0000", align=WD_ALIGN_PARAGRAPH.CENTER, line=None,
         before=30, after=24)
    p = para(doc, WENHAO, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, line=28, after=6)
    border(p, "bottom", "FF0000", 18, 6)
    para(doc, "", line=28)
    # 标题
    para(doc, TITLE, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "", line=28)
    para(doc, ZHUSONG)
    for t in COVER:
        para(doc, t, indent=True)
    para(doc, "")
    p = para(doc, "附件：" + ATT_TITLE, indent=True)
    para(doc, "")
    para(doc, "")
    para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(64)
    para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）", indent=True)

    # 附件
    p = para(doc, "")
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件", HT, 16)
    para(doc, "")
    para(doc, ATT_TITLE, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=36, after=12)

    ncol = len(HEADER)
    table = doc.add_table(rows=1, cols=ncol)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    hdr = table.rows[0]
    trpr = hdr._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trpr.append(th)
    for i, h in enumerate(HEADER):
        cell_text(hdr.cells[i], [h], HT, 12)
    n = 0
    for part, tasks in PARTS:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[ncol - 1])
        cell_text(merged, [part], HT, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
        for paras, leaders, lead, coop, deadline in tasks:
            n += 1
            c = table.add_row().cells
            cell_text(c[0], [str(n)])
            cell_text(c[1], paras, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            cell_text(c[2], leaders)
            cell_text(c[3], [lead])
            cell_text(c[4], [coop])
            cell_text(c[5], [deadline])
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            cell.width = Mm(COL_MM[i]) if len(row.cells) == ncol else Mm(sum(COL_MM))
    # grid widths
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), COL_MM):
        gc.set(qn("w:w"), str(int(w * 56.7)))

    # 版记
    for _ in range(3):
        para(doc, "")
    p = para(doc, CC, FS, 14, line=28)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 1)
    border(p, "bottom", "000000", 4, 1)
    p = para(doc, "", FS, 14, line=28)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(154), WD_TAB_ALIGNMENT.RIGHT)
    set_font(p.add_run(ISSUER + "\t" + DATE + "印发"), FS, 14)
    border(p, "bottom", "000000", 8, 1)

    cp = doc.core_properties
    cp.author = "Administrator"
    cp.last_modified_by = "市政府办秘书科"
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 7
    cp.created = datetime(2025, 2, 21, 9, 16, 0)
    cp.modified = datetime(2025, 2, 24, 15, 42, 0)
    cp.last_printed = datetime(2025, 2, 24, 15, 40, 0)
    return doc


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def main():
    recs = gold_records()
    assert 20 <= len(recs) <= 45, len(recs)
    save_deterministic(build_doc(), DOCX)
    with open(GOLD, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {os.path.basename(DOCX)} and {os.path.basename(GOLD)}: {len(recs)} tasks")


if __name__ == "__main__":
    main()
