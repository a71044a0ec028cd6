#!/usr/bin/python3
"""Round 129, case 660: a 县政府办 red-header Word notice whose landscape 附件 table
gives each task's 具体目标及措施 as numbered sub-items inside one cell, and keys the
责任县领导 / 牵头单位 / 配合单位 cells to them by the same sub-item numbers
("1—2．县发展和改革局", "1、3．县自然资源局", "（1）…", "第1项：…"); unnumbered
responsibility lines cover every sub-item (rule in the cover and a 注).

Writes (deterministically):
  660_shuyuan_xian_zhongdian_renwu_fenxiang_duiying.docx
  660_shuyuan_xian_zhongdian_renwu_fenxiang_duiying.tasks.gold.jsonl
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
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "660_shuyuan_xian_zhongdian_renwu_fenxiang_duiying"

# ---------------------------------------------------------------------------
# The task table.  Each responsibility cell is a list of (key, text) lines:
# key "" = applies to the whole task; otherwise the printed sub-item key.
# ---------------------------------------------------------------------------
PARTS = [
    ("一、扩大有效投资，稳住经济基本盘（6项）", [
        dict(t="全年地区生产总值增长6%左右",
             m=["一般公共预算收入增长5%，规模以上工业增加值增长7%，固定资产投资增长8%。"],
             ld=[("", "韩振东")], lu=[("", "县发展和改革局")],
             cu=[("", "县统计局、县财政局、国家税务总局澍源县税务局、县工业和信息化局")],
             dl="2025年12月底前"),
        dict(t="全力推进重大项目建设提速提效",
             m=["1．实施重点项目120个，年度完成投资85亿元以上；",
                "2．新开工亿元以上项目30个以上；",
                "3．争取地方政府专项债券资金8亿元以上。"],
             ld=[("", "刘建华")],
             lu=[("1—2．", "县发展和改革局"), ("3．", "县财政局")],
             cu=[("", "县自然资源局、县住房和城乡建设局、县投资促进中心、各乡镇（街道）")],
             dl="2025年12月底前"),
        dict(t="强化项目用地保障和审批服务",
             m=["1．保障重点项目新增建设用地2000亩以上；",
                "2．推行重大项目“拿地即开工”审批模式；",
                "3．盘活批而未供和闲置土地800亩。"],
             ld=[("", "陈思远")],
             lu=[("1、3．", "县自然资源局"), ("2．", "县行政审批服务局")],
             cu=[("2．", "县住房和城乡建设局、县发展和改革局"), ("3．", "各乡镇（街道）")],
             dl="2025年11月底前"),
        dict(t="大力促进消费扩容提质升级",
             m=["社会消费品零售总额增长6.5%，全年举办各类促消费活动20场以上。"],
             ld=[("", "赵文博")], merge_ld=2, lu=[("", "县商务局")],
             cu=[("", "县财政局、县文化和旅游局、县市场监督管理局")],
             dl="2025年12月底前"),
        dict(t="推动外贸外资稳规模优结构",
             m=["进出口总额增长8%，实际使用外资1500万美元以上。"],
             ld=None, lu=[("", "县商务局、县投资促进中心")],
             cu=[("", "县工业和信息化局、国家税务总局澍源县税务局")],
             dl="2025年12月底前"),
        dict(t="稳妥化解地方政府债务风险",
             m=["1．严格落实化债方案，年内化解隐性债务5亿元；",
                "2．推动县城市建设投资集团有限公司市场化转型。"],
             ld=[("", "刘建华")], lu=[("", "县财政局")],
             cu=[("1．", "县审计局、县金融服务中心"), ("2．", "县城市建设投资集团有限公司")],
             dl="2025年12月底前"),
    ]),
    ("二、加快产业转型升级，构建现代化产业体系（6项）", [
        dict(t="做大做强绿色食品加工产业集群",
             m=["1．新增规模以上工业企业15家；",
                "2．开发区新建标准化厂房10万平方米；",
                "3．推动3家龙头企业实施技术改造。"],
             ld=[("", "陈思远")], merge_ld=2,
             lu=[("1、3．", "县工业和信息化局"), ("2．", "澍源经济开发区管委会")],
             cu=[("", "县发展和改革局、县财政局、县市场监督管理局")],
             dl="2025年12月底前"),
        dict(t="加快数字经济和实体经济深度融合",
             m=["新建5G基站150个，培育数字化转型示范企业5家。"],
             ld=None, lu=[("", "县数据资源局")],
             cu=[("", "县工业和信息化局、县科学技术局、中国移动澍源分公司")],
             dl="2025年12月底前"),
        dict(t="大力培育壮大各类经营主体",
             m=["新增经营主体5000户以上，其中企业1200户以上。"],
             ld=[("", "王　勇")], lu=[("", "县市场监督管理局")],
             cu=[("", "县行政审批服务局，县工商业联合会、国家税务总局澍源县税务局")],
             dl="2025年12月底前"),
        dict(t="推动文化旅游产业提质增效",
             m=["1．创建国家4A级旅游景区1个；",
                "2．举办第五届澍源茶文化旅游节；",
                "3．全年接待游客增长10%以上。"],
             ld=[("1、3．", "赵文博"), ("2．", "孙　丽")],
             lu=[("", "县文化和旅游局")],
             cu=[("1．", "县自然资源局、县林业局"), ("2．", "县委宣传部、县商务局"),
                 ("3．", "各乡镇（街道）")],
             dl="2025年10月底前"),
        dict(t="加快发展现代物流和生产性服务业",
             m=["建成县域物流分拨中心，快递进村覆盖率达到100%。"],
             ld=[("", "赵文博")], lu=[("", "县发展和改革局")],
             cu=[("", "县交通运输局、县商务局、县供销合作社联合社、中国邮政集团有限公司澍源县分公司")],
             dl="2025年9月底前"),
        dict(t="强化科技创新和人才队伍支撑",
             m=["1．新认定高新技术企业8家；",
                "2．引进各类紧缺急需人才200名；",
                "3．全社会研发经费投入强度提高0.2个百分点。"],
             ld=[("", "陈思远")],
             lu=[("1、3．", "县科学技术局"), ("2．", "县委组织部、县人力资源和社会保障局")],
             cu=[("1．", "县工业和信息化局"), ("3．", "县统计局、县财政局")],
             dl="2025年12月底前"),
    ]),
    ("三、推进城乡融合发展，建设宜居宜业家园（5项）", [
        dict(t="推进以县城为重要载体的城镇化建设",
             m=["1．改造城镇老旧小区12个；",
                "2．新建改造城市道路8公里；",
                "3．新增城区公共停车位1500个。"],
             ld=[("", "李晓梅")],
             lu=[("1—2．", "县住房和城乡建设局"), ("3．", "县城市管理局")],
             cu=[("1．", "澍城镇人民政府、青溪街道办事处"), ("2．", "县自然资源局"),
                 ("3．", "县公安局、县自然资源局")],
             dl="2025年11月底前"),
        dict(t="巩固拓展脱贫攻坚成果同乡村振兴有效衔接",
             m=["守牢不发生规模性返贫致贫底线，脱贫人口人均纯收入增长8%以上。"],
             ld=[("", "王　勇")], lu=[("", "县农业农村局")],
             cu=[("", "县财政局、县人力资源和社会保障局、县医疗保障局、各乡镇（街道）")],
             dl="2025年12月底前"),
        dict(t="稳定粮食播种面积和总产量",
             m=["1．粮食播种面积稳定在38万亩以上；",
                "2．新建高标准农田2.5万亩；",
                "3．完成小型水库除险加固6座。"],
             ld=[("", "王勇")],
             lu=[("1．", "县农业农村局"), ("2．", "县农业农村局、县自然资源局"), ("3．", "县水利局")],
             cu=[("", "县财政局、各乡镇（街道）")],
             dl="2025年10月底前"),
        dict(t="扎实推进宜居宜业和美乡村建设",
             m=["完成农村户厕改造3000户，行政村生活污水治理率达到45%。"],
             ld=[("", "王　勇")], lu=[("", "县农业农村局")],
             cu=[("", "市生态环境局澍源分局、县住房和城乡建设局、县水利局、各乡镇（街道）")],
             dl="2025年12月底前"),
        dict(t="加快构建现代综合交通运输体系",
             m=["1．建成G351澍源过境段改线工程；",
                "2．新改建农村公路120公里；",
                "3．完成澍源通用机场选址论证。"],
             ld=[("", "李晓梅")],
             lu=[("1—2．", "县交通运输局"), ("3．", "县发展和改革局")],
             cu=[("1．", "县自然资源局、青溪街道办事处"), ("2．", "各乡镇（街道）"),
                 ("3．", "县自然资源局、市生态环境局澍源分局")],
             dl="2025年12月底前"),
    ]),
    ("四、深化改革开放，激发高质量发展活力（5项）", [
        dict(t="持续打造市场化法治化营商环境",
             m=["营商环境评价进入全市前三位。"],
             ld=[("", "刘建华")], merge_ld=2, lu=[("", "县发展和改革局")],
             cu=[("", "县行政审批服务局、县市场监督管理局、县司法局、县数据资源局")],
             dl="2025年12月底前"),
        dict(t="深化国资国企改革提升运营效益",
             m=["完成县属国有企业整合重组，国有资本运营收益增长10%。"],
             ld=None, lu=[("", "县财政局（县国资办）")],
             cu=[("", "县城市建设投资集团有限公司、县交通投资有限公司")],
             dl="2025年9月底前"),
        dict(t="推进政务服务“高效办成一件事”",
             m=["1．推出“一件事”集成服务事项20个以上；",
                "2．政务服务事项“一网通办”率达到95%。"],
             ld=[("", "马骏")],
             lu=[("1．", "县行政审批服务局"), ("2．", "县数据资源局")],
             cu=[("", "县直各有关单位")],
             dl="2025年6月底前"),
        dict(t="坚持招商引资“一号工程”不动摇",
             m=["1．全年新签约亿元以上项目40个；",
                "2．到位省外资金80亿元以上。"],
             ld=[("", "韩振东")], lu=[("", "县投资促进中心")],
             cu=[("", "澍源经济开发区管委会、各乡镇（街道）、县直各有关单位")],
             dl="2025年12月底前"),
        dict(t="深化农村集体产权制度改革",
             m=["村级集体经济收入10万元以上的村占比达到60%。"],
             ld=[("", "王勇")], lu=[("", "县农业农村局")],
             cu=[("", "/")],
             dl="2025年12月底前"),
    ]),
    ("五、坚持生态优先，推动绿色低碳发展（4项）", [
        dict(t="持续深入打好污染防治攻坚战",
             m=["（1）城区PM2.5平均浓度控制在32微克/立方米以内；",
                "（2）国考断面水质优良比例保持100%；",
                "（3）受污染耕地安全利用率达到93%以上。"],
             ld=[("", "孙丽")],
             lu=[("（1）", "市生态环境局澍源分局、县住房和城乡建设局"),
                 ("（2）", "市生态环境局澍源分局、县水利局"),
                 ("（3）", "县农业农村局")],
             cu=[("", "县公安局、县交通运输局、县城市管理局、各乡镇（街道）")],
             dl="2025年12月底前"),
        dict(t="全面落实河湖长制和林长制责任",
             m=["1．完成河湖“清四乱”问题整治销号；",
                "2．完成植树造林1.2万亩。"],
             ld=[("", "孙丽、王　勇")],
             lu=[("1．", "县水利局"), ("2．", "县林业局")],
             cu=[("1．", "各乡镇（街道）"), ("2．", "县自然资源局、各乡镇（街道）")],
             dl="2025年11月底前"),
        dict(t="稳妥有序推进碳达峰碳中和工作",
             m=["单位地区生产总值能耗下降完成市下达目标。"],
             ld=[("", "陈思远")], lu=[("", "县发展和改革局")],
             cu=[("", "县工业和信息化局、市生态环境局澍源分局、县住房和城乡建设局、县交通运输局")],
             dl="2025年12月底前"),
        dict(t="深化城乡环境综合整治行动",
             m=["1．城乡生活垃圾无害化处理率保持100%；",
                "2．完成城区雨污分流改造15公里。"],
             ld=[("", "李晓梅")],
             lu=[("第1项：", "县城市管理局"), ("第2项：", "县住房和城乡建设局")],
             cu=[("第1项：", "各乡镇（街道）"), ("第2项：", "县水利局、县自然资源局")],
             dl="2025年12月底前"),
    ]),
    ("六、增进民生福祉，提升群众获得感幸福感（6项）", [
        dict(t="千方百计稳定和扩大就业规模",
             m=["1．城镇新增就业4500人；",
                "2．农村劳动力转移就业1.2万人；",
                "3．发放创业担保贷款1.5亿元。"],
             ld=[("", "马骏")], lu=[("", "县人力资源和社会保障局")],
             cu=[("2．", "县农业农村局、各乡镇（街道）"), ("3．", "县财政局、县金融服务中心")],
             dl="2025年12月底前"),
        dict(t="推动义务教育优质均衡发展",
             m=["1．建成澍源县第三小学并投入使用；",
                "2．改扩建乡镇寄宿制学校5所；",
                "3．新增公办幼儿园学位900个。"],
             ld=[("", "孙　丽")], lu=[("", "县教育局")],
             cu=[("1．", "县自然资源局、县住房和城乡建设局"), ("2．", "县财政局"),
                 ("3．", "县财政局、县住房和城乡建设局")],
             dl="2025年8月底前"),
        dict(t="深化紧密型县域医共体建设",
             m=["县域内就诊率达到90%，建成县级胸痛、卒中、创伤三大中心。"],
             ld=[("", "孙丽")], lu=[("", "县卫生健康局")],
             cu=[("", "县医疗保障局、县财政局、县人力资源和社会保障局")],
             dl="2025年12月底前"),
        dict(t="健全县乡村三级养老服务体系",
             m=["1．建成县级失能特困人员集中供养中心；",
                "2．新建农村互助幸福院20个。"],
             ld=[("1．", "马骏"), ("2．", "王　勇")],
             lu=[("", "县民政局")],
             cu=[("1．", "县发展和改革局、县卫生健康局"), ("2．", "县农业农村局、各乡镇（街道）")],
             dl="2025年12月底前"),
        dict(t="统筹发展和安全守牢安全底线",
             m=["生产安全事故起数和死亡人数实现“双下降”。"],
             ld=[("", "韩振东、刘建华")], lu=[("", "县应急管理局")],
             cu=[("", "县公安局、县交通运输局、县住房和城乡建设局、县市场监督管理局、各乡镇（街道）")],
             dl="持续推进"),
        dict(t="办好人大代表票决的十件民生实事",
             m=["十件民生实事项目年底前全部完成。"],
             ld=[("", "刘建华")], lu=[("", "县发展和改革局、县财政局")],
             cu=[("", "县直各有关单位")],
             dl="2025年12月底前"),
    ]),
]

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------------------
# gold
# ---------------------------------------------------------------------------
def split_units(text):
    """Split a printed unit list on 、，； outside brackets."""
    if text.strip() in ("/", "无", "—"):
        return []
    out, cur, depth = [], "", 0
    for ch in text:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if depth == 0 and ch in "、，；":
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return [u.strip() for u in out if u.strip()]


def uniq(seq):
    out = []
    for x in seq:
        if x not in out:
            out.append(x)
    return out


def gold_records():
    recs = []
    n = 0
    last_leaders = None
    for _, tasks in PARTS:
        for t in tasks:
            n += 1
            lead = uniq(u for _, s in t["lu"] for u in split_units(s))
            coop = uniq(u for _, s in t["cu"] for u in split_units(s))
            assert not set(lead) & set(coop), (n, lead, coop)
            if t["ld"] is None:
                leaders = last_leaders          # merged cell (vMerge) above
            else:
                leaders = uniq(x.replace("\u3000", "")
                               for _, s in t["ld"] for x in s.split("、"))
                last_leaders = leaders
            recs.append({
                "id": str(n),
                "marker": str(n),
                "head": t["t"][:12],
                "responsible_units": lead + [u for u in coop if u not in lead],
                "lead_units": lead,
                "cooperating_units": coop,
                "leaders": leaders,
                "deadline": t["dl"],
            })
            assert len(t["t"]) >= 12, t["t"]
    return recs


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def set_font(run, name, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None,
         indent=False, color=None, space_before=0, space_after=0, line=None):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if line is None:
        pf.line_spacing = Pt(28)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    elif line == "single":
        pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def runin(doc, head, body):
    """黑体 run-in heading followed by 仿宋 text, first-line indent 2 chars."""
    p = para(doc, indent=True)
    r = p.add_run(head)
    set_font(r, HT, 16)
    r = p.add_run(body)
    set_font(r, FS, 16)
    return p


def bottom_border(p, color="FF0000", sz="12"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def set_cell_width(cell, cm):
    cell.width = Cm(cm)


def cell_lines(cell, lines, font=FS, size=10.5, bold=False, align=None):
    """Fill a cell with one paragraph per line (first paragraph reused)."""
    first = True
    for line in lines:
        if first:
            p = cell.paragraphs[0]
            first = False
        else:
            p = cell.add_paragraph()
        pf = p.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
        if align is not None:
            p.alignment = align
        if line:
            r = p.add_run(line)
            set_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def set_cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trpr.append(c)


def set_table_borders(table):
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblpr.append(borders)


def set_fixed_layout(table):
    tblpr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)


def lines_of(cell_spec):
    return [k + s for k, s in cell_spec]


# ---------------------------------------------------------------------------
def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    # --- 版头 ---
    para(doc, line="single", space_before=24)
    para(doc, "澍源县人民政府办公室文件", XBS, 36, False, WD_ALIGN_PARAGRAPH.CENTER,
         color=RED, line="single", space_after=24)
    p = para(doc, "澍政办发〔2025〕5号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER,
             space_after=6)
    bottom_border(p)
    para(doc)

    # --- 标题 ---
    para(doc, "澍源县人民政府办公室", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=None)
    para(doc, "关于印发2025年县政府重点工作任务", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "分解方案的通知", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc)

    # --- 主送 ---
    para(doc, "各乡镇人民政府、街道办事处，县政府各部门、各直属机构，澍源经济开发区管委会：")

    # --- 正文 ---
    para(doc, "《政府工作报告》已经澍源县第十八届人民代表大会第五次会议审议通过。为确保报告"
              "确定的各项目标任务落到实处，经县人民政府同意，现将《2025年县政府重点工作任务"
              "分解方案》印发给你们，共分解6个方面32项重点任务，并提出如下要求，请认真贯彻落实。",
         indent=True)
    runin(doc, "一、提高思想认识。",
          "各乡镇（街道）、各部门要把落实《政府工作报告》作为全年工作的主线，对照分解方案"
          "逐项制定推进措施，明确专人负责，确保每项任务有目标、有措施、有时限。")
    runin(doc, "二、压实工作责任。",
          "各项任务的责任县领导、牵头单位和配合单位按附件所列执行。“具体目标及措施”栏未分项"
          "列示的，所列责任县领导和单位对该项任务整体负责；分项列示的，“责任县领导”“牵头单位”"
          "“配合单位”栏内标注的序号与“具体目标及措施”栏的分项序号相对应，未标注序号的对该项"
          "任务所有分项负责。牵头单位为两个及以上的，排在第一位的为主牵头单位，负责统筹协调；"
          "配合单位要按照职责分工主动配合，不得推诿扯皮。")
    runin(doc, "三、强化督查考核。",
          "各牵头单位要于每季度末月25日前将工作进展情况书面报送县政府督查室（联系人：周　敏，"
          "电话：8321765）。县政府督查室将定期对任务推进情况进行跟踪督办，督查结果纳入年度"
          "目标绩效考核。")
    para(doc)
    para(doc, "附件：2025年县政府重点工作任务分解方案", indent=True)
    para(doc)
    para(doc)
    para(doc, "澍源县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p = para(doc, "2025年2月18日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Cm(1.3)
    para(doc, "（此件公开发布）", indent=True)

    # --- 附件: landscape ---
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    sec2.top_margin, sec2.bottom_margin = Cm(2.2), Cm(2.0)
    sec2.left_margin, sec2.right_margin = Cm(2.0), Cm(2.0)

    para(doc, "附件", HT, 16, line="single")
    para(doc, "2025年县政府重点工作任务分解方案", XBS, 20,
         align=WD_ALIGN_PARAGRAPH.CENTER, line="single", space_before=6, space_after=12)

    widths = [1.2, 4.0, 7.5, 2.2, 3.6, 4.6, 2.6]
    headers = ["序号", "重点任务", "具体目标及措施", "责任县领导", "牵头单位", "配合单位", "完成时限"]
    table = doc.add_table(rows=1, cols=7)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(table)
    set_fixed_layout(table)
    for i, w in enumerate(widths):
        table.columns[i].width = Cm(w)
    hdr = table.rows[0]
    set_repeat_header(hdr)
    for i, h in enumerate(headers):
        c = hdr.cells[i]
        set_cell_width(c, widths[i])
        cell_lines(c, [h], HT, 11, align=WD_ALIGN_PARAGRAPH.CENTER)

    n = 0
    for title, tasks in PARTS:
        row = table.add_row()
        set_cant_split(row)
        for i in range(7):
            set_cell_width(row.cells[i], widths[i])
        m = row.cells[0].merge(row.cells[6])
        cell_lines(m, [title], HT, 11)
        merge_from = None
        merge_left = 0
        for t in tasks:
            n += 1
            row = table.add_row()
            set_cant_split(row)
            cells = row.cells
            for i in range(7):
                set_cell_width(cells[i], widths[i])
            cell_lines(cells[0], [str(n)], FS, 10.5, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_lines(cells[1], [t["t"]], FS, 10.5)
            cell_lines(cells[2], t["m"], FS, 10.5)
            if t["ld"] is not None:
                cell_lines(cells[3], lines_of(t["ld"]), FS, 10.5,
                           align=WD_ALIGN_PARAGRAPH.CENTER)
                if t.get("merge_ld"):
                    merge_from = cells[3]
                    merge_left = t["merge_ld"] - 1
                else:
                    merge_from = None
            else:
                assert merge_from is not None and merge_left > 0
                merge_from = merge_from.merge(cells[3])
                merge_left -= 1
            cell_lines(cells[4], lines_of(t["lu"]), FS, 10.5)
            cu = lines_of(t["cu"])
            cell_lines(cells[5], cu, FS, 10.5,
                       align=WD_ALIGN_PARAGRAPH.CENTER if cu == ["/"] else None)
            cell_lines(cells[6], [t["dl"]], FS, 10.5, align=WD_ALIGN_PARAGRAPH.CENTER)

    p = para(doc, "注：“具体目标及措施”栏分项列示的，“责任县领导”“牵头单位”“配合单位”栏中标注的"
                  "“1．”“（1）”“第1项”“1—2．”“1、3．”等序号指对应分项，未标注序号的适用于该项任务"
                  "全部分项；“/”表示无配合单位。", FS, 12, line="single", space_before=6)

    # --- 版记: portrait ---
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        para(doc)
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    bj.columns[0].width = Cm(15.6)
    tblpr = bj._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4")):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblpr.append(borders)
    cell_lines(bj.rows[0].cells[0],
               ["抄送：县委各部门，县人大常委会办公室，县政协办公室，县人民法院，县人民检察院。"],
               FS, 14)
    cell_lines(bj.rows[1].cells[0],
               ["澍源县人民政府办公室　　　　　　　　　　2025年2月18日印发"], FS, 14)

    # --- fixed core properties ---
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 18, 9, 0, 0)
    cp.author = "县政府办公室"
    cp.last_modified_by = "县政府办公室"
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
    return buf.getvalue()


def normalize_zip(data):
    """Rewrite the zip with fixed timestamps so the bytes are identical each run."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    dst = zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED)
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 18, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        zi.create_system = 0
        dst.writestr(zi, src.read(info.filename))
    dst.close()
    return out.getvalue()


def main():
    data = normalize_zip(build_docx())
    with open(os.path.join(HERE, BASE + ".docx"), "wb") as f:
        f.write(data)
    recs = gold_records()
    assert len(recs) == 32, len(recs)
    with open(os.path.join(HERE, BASE + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", BASE + ".docx", "and", len(recs), "gold records")


if __name__ == "__main__":
    main()
