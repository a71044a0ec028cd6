#!/usr/bin/python3
"""make_702.py - round 138, case 702.

A county 政府办 red-header Word notice (茆政办发〔2025〕8号) whose 附件 is the task
table 序号 / 重点工作任务 / 责任县领导 / 牵头单位 / 配合单位 / 完成时限, as a Linux
archive or a RAG loader keeps it: real `pandoc -f docx -t plain` (Debian pandoc
2.17.1.1, default --columns=72, --wrap=auto) of the Word file.

Writes, from the one description TASKS below:
  702_source.docx                         the Word file (kept, not under test)
  702_maoxi_xian_gzbg_renwu_fengong.txt   pandoc's stdout, byte for byte (under test)
  702.tasks.gold.jsonl                    the gold list

Deterministic: fixed core properties, zip rewritten with fixed timestamps and order.
"""
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "702_source.docx")
OUT = os.path.join(HERE, "702_maoxi_xian_gzbg_renwu_fengong.txt")
GOLD = os.path.join(HERE, "702.tasks.gold.jsonl")

# ---------------------------------------------------------------- the tasks
# Each task: (task cell paragraphs, leader cell paragraphs, lead cell paragraphs,
#             cooperating cell paragraphs, deadline).  A list = paragraphs of one cell.
S = []  # sections: (heading, [tasks])

S.append(("一、着力扩大有效需求，推动经济稳中有进（共6项）", [
    (["全县地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长8%，固定资产投资增长7%，社会消费品零售总额增长6.5%。"],
     ["邓国华、周立新"], ["县发展和改革局"], ["县统计局、县财政局、县工业和信息化局、县商务局、县住房和城乡建设局"], "2025年12月底前"),
    (["全力抓项目扩投资。全年实施重点项目120个，年度计划投资85亿元，其中新开工项目45个以上；争取超长期特别国债和中央预算内投资项目15个以上。"],
     ["周立新"], ["县发展和改革局"], ["县财政局、县自然资源局、县行政审批服务局、茆溪经济开发区管委会、各乡（镇）人民政府"], "2025年12月底前"),
    (["加大招商引资力度。坚持“一把手”招商，全年引进亿元以上项目30个，到位资金60亿元以上。"],
     ["邓国华", "周立新"], ["县投资促进中心"], ["茆溪经济开发区管委会、县直有关单位、各乡（镇）人民政府"], "持续推进"),
    (["促进消费提质扩容。落实大规模设备更新和消费品以旧换新政策，举办“茆溪好物”促消费活动20场次以上。"],
     ["许丽娟"], ["县商务局"], ["县财政局，县市场监督管理局、县文化广电和旅游局"], "2025年12月底前"),
    (["加强财政金融保障。严格执行过紧日子要求，“三保”支出足额保障；全县新增各项贷款30亿元以上。"],
     ["周立新"], ["县财政局"], ["县金融服务中心、中国人民银行茆溪县支行、国家金融监督管理总局茆溪监管支局"], "2025年12月底前"),
    (["推进县城建设。完成城市更新项目8个，改造城镇老旧小区12个、1860户，新建改造城市道路6.5公里。"],
     ["王　勇"], ["县住房和城乡建设局", "县自然资源局"], ["县城市管理局、县财政局"], "2025年11月底前"),
]))

S.append(("二、做大做强实体经济，加快产业转型升级（共6项）", [
    (["培育壮大先进制造业。推动新材料、装备制造产业集群发展，新增规模以上工业企业15家，技改投资增长10%以上。"],
     ["陈志刚"], ["县工业和信息化局"], ["茆溪经济开发区管委会、县发展和改革局、县科学技术局"], "2025年12月底前"),
    (["提升开发区承载能力。完成开发区扩区调规，新建标准化厂房10万平方米，开发区营业收入突破260亿元。",
      "年内建成污水处理厂二期工程并投入运行。"],
     ["陈志刚"], ["茆溪经济开发区管委会"], ["县自然资源局、市生态环境局茆溪分局、县住房和城乡建设局"], "2025年10月底前"),
    (["加快发展数字经济。新建5G基站150个，推进“上云用数赋智”，新增上云企业60家。"],
     ["陈志刚"], ["县工业和信息化局"], ["县数据局、中国电信茆溪分公司、中国移动茆溪分公司"], ""),
    (["推动文旅融合发展。创建国家4A级旅游景区1家，全年接待游客突破650万人次，旅游综合收入增长12%。"],
     ["许丽娟"], ["县文化广电和旅游局"], ["县发展和改革局、县交通运输局、相关乡（镇）人民政府"], "2025年12月底前"),
    (["强化科技创新支撑。新认定高新技术企业12家、科技型中小企业40家，全社会研发投入强度达到2.1%。"],
     ["陈志刚"], ["县科学技术局"], ["县工业和信息化局、县财政局、县税务局"], "2025年12月底前"),
    (["发展现代物流和商贸服务业。建成县域物流配送中心，实现快递进村全覆盖。"],
     ["许丽娟"], ["县商务局"], ["县交通运输局", "县邮政管理局、各乡（镇）人民政府"], "2025年9月底前"),
]))

S.append(("三、深化改革开放创新，激发发展动力活力（共5项）", [
    (["持续优化营商环境。深化“高效办成一件事”改革，政务服务事项网上可办率达到98%以上，“免申即享”事项扩大到30项。"],
     ["周立新"], ["县政务服务管理局"], ["县行政审批服务局、县数据局、县直有关单位"], "持续推进"),
    (["深化国资国企改革。完成县属国有企业整合重组，推动城投公司市场化转型。"],
     ["周立新"], ["县国有资产服务中心"], ["县财政局、县审计局"], "2025年6月底前"),
    (["支持民营经济发展壮大。全面落实结构性减税降费政策，清理拖欠企业账款，新增经营主体4000户以上。"],
     ["邓国华"], ["县发展和改革局", "县市场监督管理局"], ["县工业和信息化局、县财政局、县税务局、县司法局"], "2025年12月底前"),
    (["扩大对外开放。支持企业参加广交会等展会，全年外贸进出口总额增长8%。"],
     ["许丽娟"], ["县商务局"], ["无"], "2025年12月底前"),
    (["推进要素市场化配置改革。盘活批而未供和闲置土地1500亩，推进工业用地“标准地”出让。"],
     ["王　勇"], ["县自然资源局"], ["茆溪经济开发区管委会、县发展和改革局"], "2025年12月底前"),
]))

S.append(("四、全面推进乡村振兴，促进城乡融合发展（共5项）", [
    (["稳定粮食生产。粮食播种面积稳定在52万亩以上，总产量稳定在22万吨以上；新建高标准农田3.5万亩。"],
     ["杨海涛"], ["县农业农村局（县乡村振兴局）"], ["县财政局、县自然资源局、县水利局、各乡（镇）人民政府"], "2025年11月底前"),
    (["巩固拓展脱贫攻坚成果。守牢不发生规模性返贫致贫底线，脱贫人口人均纯收入增长8%以上。"],
     ["杨海涛", "刘德明"], ["县农业农村局（县乡村振兴局）"], ["县人力资源和社会保障局、县医疗保障局、县教育局、县民政局、各乡（镇）人民政府"], "持续推进"),
    (["壮大特色产业。做强茶叶、油茶、中药材三大特色产业，新增市级以上农业产业化龙头企业5家。"],
     ["杨海涛"], ["县农业农村局（县乡村振兴局）"], ["县林业局、县市场监督管理局"], "2025年12月底前"),
    (["建设宜居宜业和美乡村。创建省级美丽乡村示范村8个，农村卫生厕所普及率达到88%。"],
     ["杨海涛"], ["县农业农村局（县乡村振兴局）"], ["县住房和城乡建设局、市生态环境局茆溪分局、各乡（镇）人民政府"], "2025年12月底前"),
    (["加强水利基础设施建设。开工建设岚河水库除险加固工程，完成中小河流治理12公里。"],
     ["杨海涛"], ["县水利局"], ["/"], "2025年12月底前"),
]))

S.append(("五、加强生态环境保护，建设美丽茆溪（共4项）", [
    (["深入打好污染防治攻坚战。县城空气质量优良天数比例达到93%以上，国控、省控断面水质达标率100%。"],
     ["王　勇"], ["市生态环境局茆溪分局"], ["县住房和城乡建设局、县农业农村局（县乡村振兴局）、县交通运输局、县城市管理局、县公安局"], "2025年12月底前"),
    (["推进生态保护修复。完成营造林2.3万亩，森林覆盖率稳定在66.5%以上，全面推行林长制。"],
     ["王　勇"], ["县林业局"], ["县自然资源局、各乡（镇）人民政府"], "长期坚持"),
    (["抓好中央和省生态环境保护督察反馈问题整改。按时序完成整改销号。"],
     ["王　勇", "刘德明"], ["市生态环境局茆溪分局"], ["县直有关单位、各乡（镇）人民政府"], "按整改方案时限"),
    (["推动绿色低碳发展。实施节能降碳改造项目10个，单位地区生产总值能耗下降完成市下达目标。"],
     ["周立新"], ["县发展和改革局"], ["县工业和信息化局、县住房和城乡建设局、县交通运输局"], "2025年12月底前"),
]))

S.append(("六、持续保障和改善民生，增进人民福祉（共6项）", [
    (["千方百计稳就业。城镇新增就业4200人以上，城镇调查失业率控制在5.5%以内，新增农村劳动力转移就业3000人。"],
     ["刘德明"], ["县人力资源和社会保障局"], ["县农业农村局（县乡村振兴局）、县教育局、县财政局"], "2025年12月底前"),
    (["办好人民满意的教育。新建、改扩建中小学和幼儿园7所，新增学位3600个；县第三中学年内投入使用。"],
     ["许丽娟"], ["县教育局"], ["县发展和改革局、县财政局", "县自然资源局、县住房和城乡建设局"], "2025年8月底前"),
    (["推进健康茆溪建设。深化紧密型县域医共体建设，县人民医院住院综合楼主体完工。"],
     ["许丽娟"], ["县卫生健康局"], ["县医疗保障局、县发展和改革局、县财政局"], "2025年12月底前"),
    (["织密兜牢民生保障网。城乡居民基本养老保险参保率稳定在95%以上，新建社区嵌入式养老服务设施6个。"],
     ["刘德明"], ["县民政局", "县人力资源和社会保障局"], ["县财政局、县医疗保障局、县退役军人事务局"], "2025年12月底前"),
    (["统筹发展和安全。严格落实安全生产责任制，深化重点行业领域安全生产治本攻坚三年行动，坚决遏制较大以上事故发生。"],
     ["邓国华", "杨海涛"], ["县应急管理局"], ["县安全生产委员会各成员单位、各乡（镇）人民政府"], "长期坚持"),
    (["建设更高水平的平安茆溪。常态化开展扫黑除恶斗争，严厉打击电信网络诈骗等违法犯罪。"],
     ["杨海涛"], ["县公安局"], ["县委政法委、县人民法院、县人民检察院、县司法局"], "长期坚持"),
]))

LEADER_RULE = ("附件中“牵头单位”栏列有两个及以上单位的，排在第一位的为主牵头单位，"
               "其他为共同牵头单位；“配合单位”栏所列单位为配合单位。")

# ---------------------------------------------------------------- docx helpers
FS = "仿宋_GB2312"


def set_font(run, size=16, name=FS, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.name = name
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", size=16, name=FS, bold=False, align=None, indent=True, color=None):
    p = doc_or_cell.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        set_font(p.add_run(text), size, name, bold, color)
    return p


def bottom_border(p, color="FF0000", sz="18"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def cell_write(cell, paras, size=11, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    first = True
    for t in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        set_font(p.add_run(t), size, FS, bold)


def set_widths(table, widths_cm):
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


# ---------------------------------------------------------------- build docx
def build_docx(path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    # python-docx's template starts with no paragraph; body built top-down
    para(doc, "茆溪县人民政府办公室文件", size=36, name="方正小标宋简体",
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, color="FF0000")
    para(doc, "", indent=False)
    p = para(doc, "茆政办发〔2025〕8号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p)
    para(doc, "", indent=False)
    # title over three lines, parted by manual line breaks
    p = para(doc, "", size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    for i, part in enumerate(["茆溪县人民政府办公室",
                              "关于印发2025年《政府工作报告》重点工作",
                              "任务分工的通知"]):
        r = p.add_run(part)
        set_font(r, 22, "方正小标宋简体")
        if i < 2:
            r.add_break()
    para(doc, "", indent=False)
    para(doc, "各乡（镇）人民政府，茆溪经济开发区管委会，县直各有关单位：", indent=False)
    para(doc, "《政府工作报告》已经县第十八届人民代表大会第五次会议审议通过。为确保报告确定的"
              "各项目标任务落到实处，经县人民政府同意，现将2025年《政府工作报告》重点工作任务"
              "分工印发给你们，并就有关事项通知如下：")
    p = para(doc, "")
    set_font(p.add_run("一、提高思想认识。"), 16, "黑体")
    set_font(p.add_run("《政府工作报告》确定的目标任务是县人民政府向全县人民作出的庄严承诺。"
                       "各乡（镇）、各部门要切实增强责任感和紧迫感，把抓落实作为检验工作成效的重要标准，"
                       "确保各项任务不折不扣落到实处。"), 16)
    p = para(doc, "")
    set_font(p.add_run("二、压实工作责任。"), 16, "黑体")
    set_font(p.add_run("各责任县领导要加强对分管领域任务的统筹调度。" + LEADER_RULE +
                       "主牵头单位要制定具体工作方案，细化时间表、路线图，于3月31日前报县政府督查室；"
                       "配合单位要按照职责分工积极主动配合，形成工作合力。"), 16)
    p = para(doc, "")
    set_font(p.add_run("三、强化督查问效。"), 16, "黑体")
    set_font(p.add_run("县政府督查室要建立重点工作任务台账，实行“月调度、季通报、年考核”。"
                       "各主牵头单位于每季度末月25日前将任务进展情况书面报送县政府督查室"
                       "（联系电话：0736—5212368，电子邮箱：mxxzfdcs@163.com）。"
                       "对工作推进不力、进展滞后的，将按规定予以通报问责。"), 16)
    para(doc, "")
    para(doc, "附件：茆溪县2025年《政府工作报告》重点工作任务分工")
    para(doc, "")
    para(doc, "")
    para(doc, "茆溪县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "2025年3月14日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "（此件公开发布）")

    # attachment in a landscape section
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21.0)
    new.top_margin, new.bottom_margin = Cm(2.8), Cm(2.6)
    new.left_margin, new.right_margin = Cm(3.0), Cm(3.0)
    para(doc, "附件", size=16, name="黑体", indent=False)
    para(doc, "")
    para(doc, "茆溪县2025年《政府工作报告》重点工作任务分工", size=22, name="方正小标宋简体",
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "")

    widths = [1.2, 9.6, 2.2, 4.0, 4.5, 2.2]
    nrows = 1 + sum(1 + len(t) for _, t in S)
    table = doc.add_table(rows=nrows, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(table, widths)
    hdr = ["序号", "重点工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]
    for i, h in enumerate(hdr):
        cell_write(table.cell(0, i), [h], size=12, bold=True)
    repeat_header(table.rows[0])
    r = 1
    n = 0
    for heading, tasks in S:
        m = table.cell(r, 0).merge(table.cell(r, 5))
        cell_write(m, [heading], size=12, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT)
        r += 1
        for task, leaders, lead, coop, deadline in tasks:
            n += 1
            cell_write(table.cell(r, 0), [str(n)])
            cell_write(table.cell(r, 1), task, align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_write(table.cell(r, 2), leaders)
            cell_write(table.cell(r, 3), lead)
            cell_write(table.cell(r, 4), coop)
            cell_write(table.cell(r, 5), [deadline])
            r += 1
    assert r == nrows

    # 版记 as a borderless table at the end (抄送 / 印发)
    para(doc, "")
    bj = doc.add_table(rows=2, cols=2)
    bj.style = "Table Grid"
    cell_write(bj.cell(0, 0).merge(bj.cell(0, 1)),
               ["抄送：县委办公室，县人大常委会办公室，县政协办公室，县纪委监委，县人民法院，县人民检察院。"],
               size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_write(bj.cell(1, 0), ["茆溪县人民政府办公室"], size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_write(bj.cell(1, 1), ["2025年3月14日印发"], size=14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    set_widths(bj, [12.0, 11.7])

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 3, 14, 9, 30, 0)
    cp.author = "县政府办秘书科"
    cp.last_modified_by = "县政府办秘书科"
    cp.title = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip: fixed timestamps, fixed order
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    names = zin.namelist()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in names:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))


# ---------------------------------------------------------------- pandoc
def ensure_pandoc():
    if shutil.which("pandoc") is None:
        subprocess.run(["apt-get", "install", "-y", "pandoc"], check=True)
    v = subprocess.run(["pandoc", "--version"], capture_output=True, text=True, check=True)
    return v.stdout.splitlines()[0]


def convert(src, out):
    res = subprocess.run(["pandoc", "-f", "docx", "-t", "plain", src],
                         capture_output=True, check=True)
    with open(out, "wb") as f:
        f.write(res.stdout)


# ---------------------------------------------------------------- gold
SEP = re.compile(r"[、，；]")


def units_of(paras):
    out = []
    for p in paras:
        for u in SEP.split(p):
            u = u.strip()
            if u and u not in ("无", "/"):
                out.append(u)
    return out


def gold_rows():
    rows = []
    n = 0
    for _, tasks in S:
        for task, leaders, lead, coop, deadline in tasks:
            n += 1
            head = re.sub(r"\s", "", task[0])[:12]
            lu = units_of(lead)
            cu = units_of(coop)
            ls = []
            for p in leaders:
                for x in SEP.split(p):
                    x = re.sub(r"\s", "", x)
                    if x:
                        ls.append(x)
            rows.append({
                "id": str(n), "marker": str(n), "head": head,
                "responsible_units": lu + cu,
                "lead_units": lu, "cooperating_units": cu,
                "leaders": ls, "deadline": deadline or None,
            })
    return rows


def main():
    ver = ensure_pandoc()
    build_docx(SRC)
    convert(SRC, OUT)
    rows = gold_rows()
    assert 20 <= len(rows) <= 45, len(rows)
    with open(GOLD, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{ver}; {len(rows)} tasks; wrote {os.path.basename(SRC)}, "
          f"{os.path.basename(OUT)}, {os.path.basename(GOLD)}")


if __name__ == "__main__":
    main()
