#!/usr/bin/python3
"""Round 149, notice 765: a county 县政府办 red-header Word notice, archived as RTF, read back by unrtf.

What the notice is
    澴川县人民政府办公室 澴政办发〔2025〕6号 关于印发2025年《政府工作报告》重点工作任务分工的通知: red
    文件 header, 文号 over a red rule, a title over two lines (manual line break), 主送, cover 一、–三、 with
    黑体 run-ins (二、 gives the lead rule: the 牵头单位 column leads, the first of two is 主牵头, 配合单位
    column cooperates), 附件 line, 落款, date, （此件公开发布）; then a landscape 附件 with a 6-column 分工
    table (序号 | 重点工作任务 | 责任县领导 | 牵头单位 | 配合单位 | 完成时限), six section rows merged across
    the table, 40 tasks numbered 1–40 straight through, 责任县领导 cells merged down over runs of tasks,
    some cells holding several paragraphs (two leaders, or one unit a line); last a 版记 (抄送, 印发).
    Every run is set as a Chinese 公文 template sets it: ascii/hAnsi Times New Roman, eastAsia
    仿宋_GB2312 / 黑体 / 楷体_GB2312 / 方正小标宋简体.

The conversion path (all run for real)
    1. python-docx writes the DOCX (fixed core properties; the zip is rewritten with fixed timestamps).
    2. LibreOffice 7.4 headless saves it as RTF (`soffice --convert-to rtf`, a private profile dir), as
       OA/archive systems keep Word files. Because the runs' western font is Times New Roman, LibreOffice
       writes each Han character as \\uN with a one-byte fallback `\\'3f` ("?").
    3. Debian's unrtf 0.21.10 reads the RTF. DEVIATION FROM THE BRIEF: the brief asked for
       `unrtf --text`. With Debian's stock text personality (/usr/share/unrtf/text.conf has no
       `unisymbol_print`) unrtf --text prints each \\uN's fallback instead of the character, so every
       Han character of this RTF comes out as "?" (and, when LibreOffice writes GBK fallbacks, as the low
       byte of the code point): no text is left to read or annotate. The notice is therefore
       `unrtf --html` output (the personality indexers such as Recoll call for RTF), kept exactly as
       unrtf writes it: its DOCTYPE/meta/comment header, every Han character as a decimal character
       reference `&#NNNNN;`, `<font>`/`<span>` soup, paragraphs ended by `<br>` + LF, a `<table border="2">`
       with no rowspan/colspan (merged-down leader cells arrive as empty <td>, a section row as a single
       <td>), cell paragraphs parted by `<br>`. The script also runs `unrtf --text` once and asserts that
       it is unusable (only "?" where the Han text was), so the deviation is checked, not assumed.

Files written (in the current directory, /work/round149)
    765_huanchuan_xian_gzbg_renwu_fengong_unrtf.html   the notice (unrtf's stdout, bytes as they come)
    765.tasks.gold.jsonl                                the gold, from the same TASKS list

Needs
    /usr/bin/python3 with python-docx (Debian python3-docx 0.8.11);
    apt-get install -y unrtf libreoffice-writer-nogui  (unrtf 0.21.10, LibreOffice 7.4.7).
    Stability: the intermediate DOCX/RTF live in a temporary directory that is removed; unrtf prints no
    run date (its creation/revision dates come from the fixed core properties), so nothing is stripped.
    Running the script twice gives identical bytes (checked).
"""
import datetime
from html.parser import HTMLParser
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

NNN = "765"
NOTICE = "765_huanchuan_xian_gzbg_renwu_fengong_unrtf.html"
GOLD = "765.tasks.gold.jsonl"

# ---------------------------------------------------------------------------------------------
# ONE description of the tasks.  Each section: (section row text, [tasks]).
# Task: (text, leaders, lead_units, coop_units, deadline, opts)
#   leaders: list of names; "^" = the 责任县领导 cell is merged down from the task above.
#   opts: "L" = leaders printed one a paragraph in the cell (else joined by 、);
#         "C" = 配合单位 printed one a paragraph (else joined by 、).
# ---------------------------------------------------------------------------------------------
SECTIONS = [
    ("一、稳增长促发展（共8项）", [
        ("全县地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长8%，固定资产投资增长7%。",
         ["彭立新", "贺建平"], ["县发展和改革局"], ["县统计局", "县财政局", "县工业和信息化局", "县商务局"], "2025年12月底", ""),
        ("全年谋划储备重大项目120个以上，争取中央预算内投资和超长期特别国债资金5亿元以上，争取新增地方政府专项债券额度8亿元以上。",
         ["贺建平"], ["县发展和改革局", "县财政局"], ["澴川经济开发区管委会", "各乡（镇）人民政府"], "2025年12月底", ""),
        ("实施省市县重点项目86个，年度计划投资112亿元，项目开工率、投资完成率均达到90%以上。",
         "^", ["县发展和改革局"], ["县自然资源和规划局", "县住房和城乡建设局", "县行政审批服务局"], "2025年12月底", "C"),
        ("落实结构性减税降费政策，全年为经营主体减税降费1.2亿元以上；严格预算执行，“三保”支出足额保障，一般性支出压减5%以上。",
         "^", ["县财政局"], ["国家税务总局澴川县税务局"], "全年", ""),
        ("深化政银企对接，举办融资对接活动12场以上，全年新增各项贷款20亿元以上，县域存贷比提高到68%。",
         ["贺建平"], ["县金融服务中心"], ["国家金融监督管理总局澴川监管支局", "县财政局"], "2025年12月底", ""),
        ("实施提振消费专项行动，开展“澴川好物”促消费活动20场以上，社会消费品零售总额增长6.5%。",
         ["卢国栋"], ["县商务局"], ["县文化和旅游局", "县市场监督管理局", "各乡（镇）人民政府"], "2025年12月底", ""),
        ("健全县乡村三级商贸流通体系，新改建乡镇商贸中心3个、村级寄递物流综合服务站50个。",
         ["卢国栋"], ["县商务局"], ["县交通运输局", "中国邮政集团有限公司澴川县分公司", "县供销合作社"], "11月底前", ""),
        ("坚持招商引资“一号工程”，全年引进亿元以上项目30个，实际到位县外资金65亿元以上，实际利用外资1200万美元。",
         ["彭立新"], ["县投资促进中心"], ["县商务局", "澴川经济开发区管委会", "各乡（镇）人民政府"], "2025年12月底", ""),
    ]),
    ("二、推进产业转型升级（共7项）", [
        ("实施工业强县战略，新增规模以上工业企业25家以上，规上工业营业收入突破300亿元。",
         ["卢国栋"], ["县工业和信息化局"], ["县统计局", "澴川经济开发区管委会"], "2025年12月底", ""),
        ("推进企业技术改造，实施500万元以上技改项目40个，完成工业技改投资25亿元，新增省级专精特新中小企业8家。",
         "^", ["县工业和信息化局"], ["县科学技术局", "县财政局"], "2025年12月底", ""),
        ("加快开发区扩区调规，新建标准化厂房15万平方米，开发区规上工业产值占全县比重提高到70%以上。",
         "^", ["澴川经济开发区管委会"], ["县自然资源和规划局", "县工业和信息化局"], "10月底前", ""),
        ("全社会研发经费投入强度达到2.1%，新增高新技术企业12家、科技型中小企业60家，技术合同成交额达到3亿元。",
         ["卢国栋"], ["县科学技术局"], ["县财政局", "县统计局", "县工业和信息化局"], "2025年12月底", ""),
        ("推动全域旅游发展，创建国家4A级旅游景区1家，全年接待游客突破800万人次，实现旅游综合收入75亿元。",
         ["邵文静"], ["县文化和旅游局"], ["县交通运输局", "县自然资源和规划局", "县林业局"], "2025年12月底", ""),
        ("加快数字经济发展，新建5G基站180个，实现行政村5G网络全覆盖，数字经济核心产业增加值增长10%。",
         ["卢国栋"], ["县工业和信息化局"], ["县数据局", "县住房和城乡建设局"], "2025年12月底", ""),
        ("培育壮大经营主体，新增各类经营主体5000户以上，其中企业1200户以上，“个转企”200户以上。",
         ["贺建平"], ["县市场监督管理局"], ["县行政审批服务局", "县工商业联合会"], "2025年12月底", ""),
    ]),
    ("三、深化改革扩大开放（共5项）", [
        ("深化“高效办成一件事”改革，年内新增“一件事”集成服务事项12项，政务服务事项网上可办率达到98%以上。",
         ["贺建平"], ["县行政审批服务局"], ["县数据局", "县司法局"], "2025年12月底", ""),
        ("深化国资国企改革，完成县属国有企业整合重组，推动县城投公司市场化转型，县属国有企业资产总额达到260亿元。",
         ["贺建平"], ["县国有资产事务中心"], [], "2025年12月底", ""),
        ("持续优化营商环境，开展涉企违规收费专项整治，全面落实“企业宁静日”制度，营商环境评价进入全市前三位。",
         ["彭立新"], ["县发展和改革局"], ["县市场监督管理局", "县司法局", "县行政审批服务局", "县工商业联合会"], "2025年12月底", "C"),
        ("深化农村集体产权制度改革成果运用，集体经济年经营性收入10万元以上的村达到85%以上。",
         ["田振宇"], ["县农业农村局"], ["各乡（镇）人民政府"], "2025年12月底", ""),
        ("深化紧密型县域医共体建设，推进医保支付方式改革，县域内就诊率达到90%以上。",
         ["邵文静"], ["县卫生健康局"], ["县医疗保障局", "县财政局"], "2025年12月底", ""),
    ]),
    ("四、全面推进乡村振兴（共6项）", [
        ("落实粮食安全党政同责，全县粮食播种面积稳定在52万亩以上，总产量达到22万吨以上。",
         ["田振宇"], ["县农业农村局"], ["各乡（镇）人民政府"], "2025年10月底", ""),
        ("新建高标准农田3.2万亩，改造提升2万亩，完成撂荒地整治复耕4500亩。",
         "^", ["县农业农村局"], ["县财政局", "县自然资源和规划局", "县水利局"], "2025年12月底", ""),
        ("巩固拓展脱贫攻坚成果，守牢不发生规模性返贫致贫底线，脱贫人口人均纯收入增长10%以上。",
         "^", ["县农业农村局"], ["县人力资源和社会保障局", "县民政局", "县医疗保障局", "县教育局"], "全年", "C"),
        ("实施水利基础设施提升工程，完成小型水库除险加固9座、中小河流治理28公里，新增农村供水保障人口1.5万人。",
         ["田振宇"], ["县水利局"], ["县财政局", "各乡（镇）人民政府"], "2025年12月底", ""),
        ("做强茶叶、油茶、稻虾等特色产业，新增油茶林1.5万亩，培育省级农业产业化龙头企业2家，农产品加工业产值增长8%。",
         ["田振宇", "卢国栋"], ["县农业农村局", "县林业局"], ["县商务局", "县市场监督管理局"], "2025年12月底", "L"),
        ("扎实推进和美乡村建设，建成省级美丽乡村示范村6个，农村卫生厕所普及率达到92%，生活垃圾无害化处理率保持100%。",
         ["田振宇"], ["县农业农村局"], ["县住房和城乡建设局", "市生态环境局澴川分局", "县卫生健康局", "各乡（镇）人民政府"], "11月底前", ""),
    ]),
    ("五、加强城乡建设和生态环境保护（共6项）", [
        ("实施城市更新项目18个，改造老旧小区32个、惠及居民4100户，完成棚户区改造安置房建设1200套。",
         ["宋晓梅"], ["县住房和城乡建设局"], ["县自然资源和规划局", "县财政局", "县城市管理局"], "2025年12月底", ""),
        ("新建改造城市道路12公里，新增城市停车泊位2000个，新建口袋公园8个，城市生活污水集中收集率达到75%。",
         "^", ["县住房和城乡建设局"], ["县城市管理局", "县交通运输局"], "2025年12月底", ""),
        ("推进S318线澴川段改扩建，新改建农村公路120公里，实施危旧桥梁改造15座，建制村通双车道比例达到45%。",
         "^", ["县交通运输局"], ["县自然资源和规划局", "县公安局", "各乡（镇）人民政府"], "2025年12月底", ""),
        ("深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在32微克/立方米以内，国省控断面水质优良率保持100%。",
         ["宋晓梅"], ["市生态环境局澴川分局"], ["县住房和城乡建设局", "县农业农村局", "县水利局", "县城市管理局", "县交通运输局"], "2025年12月底", "C"),
        ("加强耕地保护和节约集约用地，完成批而未供土地处置1800亩、闲置土地处置400亩。",
         ["宋晓梅"], ["县自然资源和规划局"], ["澴川经济开发区管委会", "各乡（镇）人民政府"], "11月底前", ""),
        ("全面推行林长制，完成人工造林1.2万亩、森林抚育3万亩，森林覆盖率稳定在61.5%以上。",
         ["田振宇"], ["县林业局"], ["各乡（镇）人民政府"], "2025年12月底", ""),
    ]),
    ("六、持续增进民生福祉（共8项）", [
        ("城镇新增就业3200人，新增农村劳动力转移就业2500人，城镇调查失业率控制在5.5%以内。",
         ["邵文静"], ["县人力资源和社会保障局"], ["县财政局", "县农业农村局", "县总工会", "团县委"], "2025年12月底", ""),
        ("新建改扩建公办幼儿园3所、中小学校5所，新增学位2700个，完成县第二高级中学新校区主体工程。",
         ["邵文静"], ["县教育局"], ["县发展和改革局", "县财政局", "县自然资源和规划局", "县住房和城乡建设局"], "2025年12月底", ""),
        ("推进县人民医院新院区二期和县中医院康复大楼建设，完成村卫生室标准化改造40个。",
         "^", ["县卫生健康局"], ["县发展和改革局", "县财政局"], "2025年12月底", ""),
        ("城乡居民基本养老保险参保率稳定在95%以上，基本医疗保险参保率稳定在96%以上。",
         "^", ["县人力资源和社会保障局", "县医疗保障局"], ["国家税务总局澴川县税务局", "各乡（镇）人民政府"], "2025年12月底", ""),
        ("健全养老服务体系，新建乡镇区域养老服务中心3个、农村互助养老服务点30个，特困人员集中供养率达到60%以上。",
         ["邵文静"], ["县民政局"], ["县卫生健康局", "县财政局"], "2025年12月底", ""),
        ("开展安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。",
         ["江海涛"], ["县应急管理局"], ["县安委会各成员单位"], "持续推进", ""),
        ("深化平安澴川建设，常态化开展扫黑除恶斗争，群众安全感满意度保持在98%以上。",
         ["江海涛"], ["县公安局"], ["县司法局", "县信访局", "各乡（镇）人民政府"], "持续推进", ""),
        ("扎实办好十件民生实事，每件实事明确项目清单和时间节点，确保年内全面完成。",
         ["彭立新"], ["县人民政府办公室"], ["民生实事各牵头单位"], "2025年12月底", ""),
    ]),
]

HEAD_LEN = 14


def task_rows():
    """Flatten SECTIONS into numbered tasks, resolving merged leader cells."""
    out, n, prev = [], 0, None
    for sec, tasks in SECTIONS:
        assert sec.endswith("（共%d项）" % len(tasks)), sec
        for text, leaders, lead, coop, deadline, opts in tasks:
            n += 1
            merged = leaders == "^"
            if merged:
                leaders = prev
            prev = leaders
            out.append(dict(n=n, section=sec, text=text, leaders=leaders, merged=merged, lead=lead,
                            coop=coop, deadline=deadline, opts=opts))
    return out


# ---------------------------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------------------------
FS = "仿宋_GB2312"


def set_run(r, ea=FS, size=16, bold=False, color=None):
    r.font.name = "Times New Roman"
    r.font.size = Pt(size)
    r.font.bold = bold
    rpr = r._element.get_or_add_rPr()
    rf = rpr.rFonts
    rf.set(qn("w:eastAsia"), ea)
    rf.set(qn("w:hint"), "eastAsia")
    if color:
        r.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", ea=FS, size=16, align=None, indent=False, bold=False, color=None,
         line=28, space_before=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(0)
    pf.space_before = Pt(space_before)
    if line:
        pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_run(p.add_run(text), ea, size, bold, color)
    return p


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_bottom_border(p, sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        bdr.append(b)
    ppr.append(bdr)


def page_footer(section):
    ft = section.footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run(p.add_run("— "), FS, 14)
    r = p.add_run()
    set_run(r, FS, 14)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    r2 = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r2.append(t)
    fld.append(r2)
    p._p.append(fld)
    set_run(p.add_run(" —"), FS, 14)


def cell_text(cell, lines, size=12, align=WD_ALIGN_PARAGRAPH.LEFT, ea=FS, bold=False):
    """Fill a cell: one paragraph per item of lines."""
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(18)
        set_run(p.add_run(ln), ea, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def build_docx(path, rows):
    doc = Document()
    cp = doc.core_properties
    cp.author = "Administrator"
    cp.last_modified_by = "Administrator"
    cp.title = ""
    cp.subject = ""
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""
    cp.revision = 4
    cp.created = datetime.datetime(2025, 3, 13, 8, 41, 0)
    cp.modified = datetime.datetime(2025, 3, 14, 16, 7, 0)
    cp.last_printed = datetime.datetime(2025, 3, 14, 16, 9, 0)

    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().rFonts.set(qn("w:eastAsia"), FS)

    s0 = doc.sections[0]
    s0.page_width, s0.page_height = Cm(21.0), Cm(29.7)
    s0.top_margin, s0.bottom_margin = Cm(3.7), Cm(3.5)
    s0.left_margin, s0.right_margin = Cm(2.8), Cm(2.6)
    s0.footer_distance = Cm(2.8)
    page_footer(s0)

    C = WD_ALIGN_PARAGRAPH.CENTER
    # 版头
    para(doc, "", line=None)
    para(doc, "澴川县人民政府办公室文件", "方正小标宋简体", 36, C, color="FF0000", line=None)
    para(doc, "", line=None)
    p = para(doc, "澴政办发〔2025〕6号", FS, 16, C)
    bottom_border(p)
    para(doc, "")
    # 标题: two lines by a manual line break
    p = para(doc, "澴川县人民政府办公室", "方正小标宋简体", 22, C, line=35)
    r = p.add_run()
    r.add_break(WD_BREAK.LINE)
    set_run(r, "方正小标宋简体", 22)
    set_run(p.add_run("关于印发2025年《政府工作报告》重点工作任务分工的通知"), "方正小标宋简体", 22)
    para(doc, "")
    para(doc, "各乡（镇）人民政府，澴川经济开发区管委会，县人民政府各部门、各直属机构：")
    para(doc, "经县人民政府同意，现将2025年《政府工作报告》重点工作任务分工印发给你们，"
              "并就有关事项通知如下，请认真抓好贯彻落实。", indent=True)
    cover = [
        ("一、提高政治站位。",
         "《政府工作报告》经县十八届人民代表大会第五次会议审议通过，是全县人民对县人民政府的郑重承诺。"
         "各乡（镇）、各部门要把抓好《政府工作报告》落实作为践行“两个维护”的具体行动，"
         "对照分工逐项细化措施，确保各项目标任务落地见效。"),
        ("二、压实工作责任。",
         "责任县领导要加强对分管领域任务的调度推进，及时研究解决重大问题。牵头单位负责组织实施，"
         "牵头单位有两个的，排在第一位的为主牵头单位，其他为共同牵头单位；配合单位要按照职责分工"
         "主动做好配合工作，不得推诿扯皮。"),
        ("三、强化督查考核。",
         "各牵头单位要于2025年3月28日前将任务推进方案报县政府督查室；从4月起，每季度末月20日前"
         "将任务推进情况书面报县政府督查室。县政府督查室将定期跟踪督办，督查结果纳入年度综合考核。"
         "（联系人：陈　晨，联系电话：7812306）"),
    ]
    for head, body in cover:
        p = para(doc, "", indent=True)
        set_run(p.add_run(head), "黑体", 16)
        set_run(p.add_run(body), FS, 16)
    para(doc, "")
    p = para(doc, "附件：2025年《政府工作报告》重点工作任务分工", indent=True)
    para(doc, "")
    para(doc, "")
    p = para(doc, "澴川县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2025年3月14日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "")
    para(doc, "（此件公开发布）", indent=True)

    # 附件: landscape section
    s1 = doc.add_section(WD_SECTION.NEW_PAGE)
    s1.orientation = WD_ORIENT.LANDSCAPE
    s1.page_width, s1.page_height = Cm(29.7), Cm(21.0)
    s1.top_margin, s1.bottom_margin = Cm(2.6), Cm(2.4)
    s1.left_margin, s1.right_margin = Cm(2.5), Cm(2.5)
    para(doc, "附件", "黑体", 16)
    para(doc, "")
    para(doc, "2025年《政府工作报告》重点工作任务分工", "方正小标宋简体", 22, C, line=35)
    para(doc, "")

    header = ["序号", "重点工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]
    widths = [Cm(1.4), Cm(10.4), Cm(2.6), Cm(3.9), Cm(4.6), Cm(2.6)]
    nrows = 1 + len(SECTIONS) + len(rows)
    tbl = doc.add_table(rows=nrows, cols=6)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl.autofit = False
    for j, gc in enumerate(tbl._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j].twips)))
    for row in tbl.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]
    trpr = tbl.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trpr.append(th)
    for j, h in enumerate(header):
        cell_text(tbl.cell(0, j), [h], 12, C, "黑体")

    ri = 1
    merge_from = None  # (row index, leaders) of the cell being merged down
    by_sec = {}
    for t in rows:
        by_sec.setdefault(t["section"], []).append(t)
    pending = []  # (top_row, bottom_row) leader merges
    for sec, _ in SECTIONS:
        a = tbl.cell(ri, 0).merge(tbl.cell(ri, 5))
        cell_text(a, [sec], 12, WD_ALIGN_PARAGRAPH.LEFT, "黑体")
        ri += 1
        for t in by_sec[sec]:
            cell_text(tbl.cell(ri, 0), [str(t["n"])], 12, C)
            cell_text(tbl.cell(ri, 1), [t["text"]], 12)
            if t["merged"]:
                top = merge_from
                pending.append((top, ri))
            else:
                lines = t["leaders"] if "L" in t["opts"] else ["、".join(t["leaders"])]
                cell_text(tbl.cell(ri, 2), lines, 12, C)
                merge_from = ri
            cell_text(tbl.cell(ri, 3), ["、".join(t["lead"])], 12, C)
            coop = t["coop"] if "C" in t["opts"] else (["、".join(t["coop"])] if t["coop"] else [])
            if coop:
                cell_text(tbl.cell(ri, 4), coop, 12, C)
            else:
                tbl.cell(ri, 4).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            cell_text(tbl.cell(ri, 5), [t["deadline"]], 12, C)
            ri += 1
        merge_from = None
    assert ri == nrows
    # merge leader cells down (top row keeps the text)
    spans = {}
    for top, bottom in pending:
        spans[top] = max(spans.get(top, top), bottom)
    for top, bottom in spans.items():
        tbl.cell(top, 2).merge(tbl.cell(bottom, 2))

    # 版记 on a last portrait page
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.PORTRAIT
    s2.page_width, s2.page_height = Cm(21.0), Cm(29.7)
    s2.top_margin, s2.bottom_margin = Cm(3.7), Cm(3.5)
    s2.left_margin, s2.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(14):
        para(doc, "")
    p = para(doc, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县监委，县法院，县检察院，县人武部。",
             FS, 14, line=None)
    p.paragraph_format.left_indent = Pt(14)
    top_bottom_border(p)
    p = para(doc, "澴川县人民政府办公室　　　　　　　　　　　2025年3月14日印发", FS, 14, line=None)
    p.paragraph_format.left_indent = Pt(14)
    bottom_border(p, "000000", 8)

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so the DOCX is byte-stable too
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():
            zi = zipfile.ZipInfo(it.filename, date_time=(2025, 3, 14, 16, 7, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(it.filename))


# ---------------------------------------------------------------------------------------------
# conversion
# ---------------------------------------------------------------------------------------------
def convert(tmp, docx):
    prof = os.path.join(tmp, "lo_profile")
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--norestore",
                    "--convert-to", "rtf", "--outdir", tmp, docx],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    rtf = os.path.splitext(docx)[0] + ".rtf"
    assert os.path.exists(rtf), "LibreOffice wrote no RTF"
    html_out = subprocess.run(["unrtf", "--html", rtf], check=True, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL).stdout
    text_out = subprocess.run(["unrtf", "--text", rtf], check=True, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL).stdout
    return html_out, text_out


class _Reader(HTMLParser):
    """A plain reading of unrtf's HTML, only for the self-check: text, and table rows as cell lists."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.rows, self.cell = [], [], None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag == "td":
            self.cell = []
            self.rows[-1].append(self.cell)
        elif tag == "br":
            (self.cell if self.cell is not None else self.text).append("\n")

    def handle_endtag(self, tag):
        if tag == "td":
            self.cell = None

    def handle_data(self, data):
        (self.cell if self.cell is not None else self.text).append(data)


def read_notice(notice_bytes):
    r = _Reader()
    r.feed(notice_bytes.decode("ascii"))
    rows = [["".join(c).strip("\n") for c in row] for row in r.rows]
    return "".join(r.text), rows


def gold_records(rows):
    recs = []
    for t in rows:
        recs.append({
            "id": str(t["n"]),
            "marker": str(t["n"]),
            "head": t["text"][:HEAD_LEN],
            "responsible_units": t["lead"] + t["coop"],
            "lead_units": list(t["lead"]),
            "cooperating_units": list(t["coop"]),
            "leaders": list(t["leaders"]),
            "deadline": t["deadline"],
        })
    return recs


def self_check(notice, text_out, rows):
    # the --text reading is unusable: no Han character survives, only "?"
    body = text_out.split(b"-----------------", 1)[1]
    qs = body.count(b"?")
    assert qs > 1500, qs
    for probe in ("澴", "县", "牵头"):
        assert probe.encode("utf-8") not in text_out
    # the --html reading holds every task, unit, leader and deadline, row by row
    text, trows = read_notice(notice)
    assert "?" not in text and all("?" not in c for row in trows for c in row)
    assert "（此件公开发布）" in text and "澴政办发〔2025〕6号" in text
    assert trows[0] == ["序号", "重点工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限"], trows[0]
    body = trows[1:]
    assert len(body) == len(SECTIONS) + len(rows)
    assert [r for r in body if len(r) == 1] == [[sec] for sec, _ in SECTIONS]
    k = 0
    for row in body:
        if len(row) == 1:
            continue
        t = rows[k]
        k += 1
        assert len(row) == 6, row
        assert row[0] == str(t["n"]) and row[1] == t["text"], (row, t["n"])
        want_lead = "、".join(t["leaders"]) if "L" not in t["opts"] else "\n".join(t["leaders"])
        assert re.sub("\n+", "\n", row[2]) == ("" if t["merged"] else want_lead), (row[2], t["n"])
        assert row[3] == "、".join(t["lead"]), (row[3], t["n"])
        sep = "\n" if "C" in t["opts"] else "、"
        assert re.sub("\n+", "\n", row[4]) == sep.join(t["coop"]), (row[4], t["n"])
        assert row[5] == t["deadline"], (row[5], t["n"])
    assert k == len(rows)
    assert notice.count(b"&#") > 3000


def main():
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    rows = task_rows()
    assert len(rows) == 40
    tmp = tempfile.mkdtemp(prefix="r149_765_")
    try:
        docx = os.path.join(tmp, "765.docx")
        build_docx(docx, rows)
        notice, text_out = convert(tmp, docx)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    self_check(notice, text_out, rows)
    with open(NOTICE, "wb") as f:
        f.write(notice)
    with open(GOLD, "w", encoding="utf-8", newline="\n") as f:
        for r in gold_records(rows):
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", NOTICE, len(notice), "bytes;", GOLD, len(rows), "tasks")


if __name__ == "__main__":
    sys.exit(main())
