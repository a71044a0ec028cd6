#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Notice 582: a 镇人民政府 red-header Word notice dividing its 2025 重点工作 among
班子成员, 站所 and 村（社区）, turned into Markdown the way someone would do it:

    pandoc -t gfm 苈塘镇2025年重点工作任务分工.docx -o X.md

The Word file is built with python-docx in a temp dir (fonts, red header, red rule,
landscape 附件 table with merged part rows and leaders merged down, repeated header
row, 版记 table on a portrait last page, page-number footers); pandoc 2.17 is then
run on it for real and only its Markdown is kept next to this script.
"""
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

NAME = "582_litang_zhen_zhongdian_gongzuo_fengong_pandoc_gfm.md"
HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)


def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None,
         indent=True, color=None, space=None):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(space or 28)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def runs(p, parts, size=16):
    """parts: list of (text, font, bold)."""
    for text, font, bold in parts:
        r = p.add_run(text)
        set_font(r, font, size, bold)
    return p


def red_rule(p):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "18")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "FF0000")
    bdr.append(b)
    ppr.append(bdr)


def page_footer(section):
    ft = section.footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._r.append(it)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    """Fill a cell; a list gives one paragraph per item."""
    items = text if isinstance(text, list) else [text]
    first = True
    for item in items:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(20)
        if isinstance(item, tuple):  # (bold title, rest)
            r = p.add_run(item[0])
            set_font(r, font, size, True)
            r = p.add_run(item[1])
            set_font(r, font, size, False)
        else:
            r = p.add_run(item)
            set_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def set_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


# ------------------------------------------------------------------ the task table
# (part heading, [(task cell, leader(s), 站所, 村（社区）, 时限), ...])
# A leader of None means: merged down from the row above.
PARTS = [
    ("一、做强特色产业（5项）", [
        (("巩固提升茶叶主导产业。", "新建高标准生态茶园1200亩，改造提升低产茶园800亩，推动“苈塘云雾”申报国家地理标志证明商标。"),
         "谭晓东", "农服中心、经发办、市场监管所", "石门村、白沙村、青龙村", "2025年11月底"),
        (("发展壮大林下经济。", "新发展林下中药材种植500亩、林下养殖基地2个，带动200户以上农户增收。"),
         None, "农服中心、林业站", "各村（社区）", "2025年12月底"),
        (("发展壮大村级集体经济。", "全镇所有村集体经济经营性收入达到15万元以上，年内消除集体经济收入20万元以下的村3个。"),
         "何雪梅", "乡村振兴办、财政所、农服中心", "各村（社区）", "2025年12月底"),
        (("推进农文旅融合发展。", "办好第五届苈塘采茶文化节，完善柳湾古村游客服务中心、停车场等配套设施，全年接待游客20万人次以上。"),
         "韦　丽", "文化站、经发办、规建办", "柳湾村、苈塘社区", "2025年10月底"),
        (("培育新型农业经营主体。", "新培育县级以上示范家庭农场5家、农民专业合作社3家，新增“三品一标”农产品2个。"),
         "谭晓东", "农服中心", "/", "2025年12月底"),
    ]),
    ("二、狠抓项目建设和招商引资（5项）", [
        (("全力争取上级项目资金。", "紧盯中央预算内投资、超长期特别国债等政策，全年争取上级项目资金不少于8000万元。"),
         ["吴振华", "许文斌"], "经发办、财政所、规建办", "/", "2025年12月底"),
        (("加快推进重点项目建设。", "加快苈塘工业集中区标准厂房二期建设，年内完成主体工程；推进集镇污水管网提标改造项目开工建设。"),
         "许文斌", "经发办、规建办、自然资源所", "苈塘社区、新庄村", "2025年12月底"),
        (("强化招商引资。", "坚持“一把手”招商，全年引进亿元以上项目2个，实际到位资金3亿元以上。"),
         "吴振华", "经发办", "/", "2025年12月底"),
        (("持续优化营商环境。", "落实首问负责、一次性告知等制度，推行涉企事项“一窗受理、帮办代办”，企业开办时间压缩至1个工作日内。"),
         "许文斌", "便民服务中心、党政办", "/", "2025年6月底"),
        (("做好项目用地保障。", "统筹用好新增建设用地指标，完成重点项目征地拆迁和土地报批，依法依规开展闲置低效用地处置。"),
         None, "自然资源所、规建办、财政所", "相关村（社区）", "2025年12月底"),
    ]),
    ("三、全面推进乡村振兴（5项）", [
        (("巩固拓展脱贫攻坚成果。", "健全防止返贫动态监测和帮扶机制，做到应纳尽纳、应帮尽帮，坚决守住不发生规模性返贫的底线。"),
         "何雪梅", "乡村振兴办、社事办、财政所", "各村（社区）", "持续推进"),
        (("扛牢粮食安全责任。", "落实粮食播种面积2.6万亩以上，遏制耕地“非农化”、防止“非粮化”，完成撂荒地复耕复种。"),
         "谭晓东", "农服中心、自然资源所", "各村（社区）", "2025年10月底"),
        (("推进高标准农田建设。", "新建高标准农田3000亩，同步完善灌排渠系和田间道路，加强建后管护。"),
         None, "农服中心、水利站", "白沙村、双溪村", "2025年11月底"),
        (("深化农村人居环境整治。", "新（改）建农村户厕260户，农村生活垃圾收运处置体系实现全覆盖，开展村庄清洁行动“四季战役”。"),
         ["何雪梅", "谭晓东"], "乡村振兴办、规建办、农服中心", "各村（社区）", "2025年12月底"),
        (("建设宜居宜业和美乡村。", "高标准打造石门村、枫林村两个和美乡村示范村，完善村规民约，推进移风易俗。"),
         "何雪梅", "乡村振兴办、规建办、文化站", "石门村、枫林村", "2025年11月底"),
    ]),
    ("四、提升集镇品质和生态环境（5项）", [
        (("实施集镇提质改造。", "完成苈塘老街立面改造和雨污分流，新增公共停车位120个，规范农贸市场周边经营秩序。"),
         "梁　建", "规建办、执法队", "苈塘社区", "2025年9月底"),
        (("严控违法建设。", "落实“两违”巡查制度，新增违法建设发现一起、制止一起、拆除一起，存量违建年内消化30%以上。"),
         None, "执法队、自然资源所、规建办", "各村（社区）", "2025年12月底"),
        (("全面落实河长制。", "加强苈溪、双溪河道巡查保洁，完成3处入河排污口整治，确保出境断面水质稳定达到Ⅲ类。"),
         None, "水利站、生态环境办", "沿河各村", "持续推进"),
        (("打好污染防治攻坚战。", "抓好中央和省生态环境保护督察反馈问题整改，做好秸秆禁烧和综合利用，禽畜养殖粪污综合利用率达到85%以上。"),
         None, "生态环境办、执法队、农服中心", "各村（社区）", "2025年12月底"),
        (("落实林长制和森林防火。", "完成人工造林和森林抚育1500亩，严格野外火源管控，确保不发生重大森林火灾。"),
         "谭晓东", "林业站、应急办", "各村（社区）", "持续推进"),
    ]),
    ("五、持续增进民生福祉（5项）", [
        (("稳定和扩大就业。", "新增城镇就业300人，转移农村劳动力就业600人，开展技能培训不少于5期。"),
         "罗　敏", "社事办、便民服务中心", "各村（社区）", "2025年12月底"),
        (("促进教育优质均衡发展。", "配合完成镇中心学校教学综合楼建设，落实控辍保学和学生资助政策。"),
         None, "社事办、中心学校", "/", "2025年8月底"),
        (("提升基层医疗服务能力。", "推进镇卫生院发热诊室和村卫生室标准化建设，家庭医生签约服务重点人群覆盖率达到80%以上。"),
         None, "卫生院、社事办", "各村（社区）", "2025年12月底"),
        (("织密社会保障网。", "城乡居民基本医疗保险参保率稳定在98%以上，做好低保、特困、残疾人等群体救助帮扶。"),
         "罗　敏", "社事办、财政所", "各村（社区）", "2025年12月底"),
        (("做好退役军人服务和双拥工作。", "完善镇村两级退役军人服务站，落实优抚政策，创建省级双拥模范镇。"),
         "彭　勇", "退役军人服务站、武装部", "各村（社区）", "2025年12月底"),
    ]),
    ("六、守牢安全稳定底线（5项）", [
        (("抓好安全生产。", "深化安全生产治本攻坚三年行动，重点抓好道路交通、自建房、燃气、非煤矿山等领域隐患排查整治。"),
         "许文斌", "应急办、执法队、派出所", "各村（社区）", "持续推进"),
        (("做好信访维稳工作。", "坚持和发展新时代“枫桥经验”，开展矛盾纠纷“大排查大化解”，及时就地解决群众合理诉求。"),
         "何雪梅", "综治中心、派出所、司法所", "各村（社区）", "持续推进"),
        (("深化平安苈塘建设。", "常态化开展扫黑除恶斗争，严厉打击电信网络诈骗，群众安全感满意度保持在全县前列。"),
         None, "综治中心、派出所", "各村（社区）", "2025年12月底"),
        (("做好防汛抗旱和地质灾害防治。", "修订完善防汛应急预案，落实地质灾害隐患点“群测群防”，汛前完成山塘水库隐患排查。"),
         ["吴振华", "梁　建"], "应急办、水利站、自然资源所", "各村（社区）", "2025年5月底"),
        (("保障食品药品安全。", "加强校园及周边、农村集体聚餐等食品安全监管，全年开展专项检查不少于4次。"),
         "罗　敏", "市场监管所、卫生院", "/", "2025年12月底"),
    ]),
    ("七、加强政府自身建设（3项）", [
        (("推进依法行政。", "严格落实重大行政决策程序，全面推行镇级合法性审查，开展“八五”普法总结验收。"),
         "吴振华", "党政办、司法所", "/", "2025年12月底"),
        (("加强财政和资产管理。", "坚持过紧日子，“三公”经费只减不增，规范村级财务和集体资产管理。"),
         "许文斌", "财政所", "各村（社区）", "2025年12月底"),
        (("持续改进工作作风。", "严格落实中央八项规定精神，整治形式主义为基层减负，加强对重点工作落实情况的监督检查。"),
         "蒋　玲", "纪委办、党政办", "/", "2025年12月底"),
    ]),
]


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    page_footer(sec)

    # red header
    para(doc, "", indent=False)
    para(doc, "苈塘镇人民政府文件", XBS, 48, False, WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, color=RED, space=60)
    para(doc, "", indent=False)
    p = para(doc, "苈政发〔2025〕4号", FS, 16, False, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_rule(p)
    para(doc, "", indent=False)

    # title: two lines by Shift+Enter
    p = para(doc, "", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, space=36)
    r = p.add_run("苈塘镇人民政府关于印发《苈塘镇2025年")
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("重点工作任务分工方案》的通知")
    set_font(r, XBS, 22)
    para(doc, "", indent=False)

    para(doc, "各村（社区），镇直各单位、各站所：", indent=False)
    para(doc, "为全面完成镇第十六届人民代表大会第五次会议确定的各项目标任务，"
              "经镇党委、镇政府研究，现将《苈塘镇2025年重点工作任务分工方案》印发给你们，"
              "并就有关事项通知如下，请认真抓好贯彻落实。")
    p = para(doc)
    runs(p, [("一、提高思想认识。", HT, False),
             ("2025年是“十四五”规划收官之年，做好全年各项工作意义重大。"
              "各村（社区）、各站所要切实把思想和行动统一到镇党委、镇政府的决策部署上来，"
              "对照分工方案逐项细化工作措施，明确时间节点，确保各项任务按期保质完成。", FS, False)])
    p = para(doc)
    runs(p, [("二、压实工作责任。", HT, False),
             ("每项重点工作均明确了责任领导、责任站所和责任村（社区）。"
              "责任领导要加强统筹调度，亲自研究部署、协调解决重大问题；"
              "“责任站所”中排在第一位的为牵头站所，牵头站所负总责，"
              "其他站所和责任村（社区）为配合单位，要按照职责分工主动配合、密切协作，形成工作合力。", FS, False)])
    p = para(doc)
    runs(p, [("三、强化督查考核。", HT, False),
             ("镇党政办要建立重点工作任务台账，实行月调度、季通报，"
              "督查情况纳入年度综合考核。各牵头站所于每季度最后一个月25日前，"
              "将工作进展情况书面报送镇党政办（联系人：邹凯，联系电话：0739—6218035）。", FS, False)])
    para(doc, "")
    p = para(doc, "", indent=False)
    p.paragraph_format.left_indent = Pt(32)
    runs(p, [("附件：苈塘镇2025年重点工作任务分工方案", FS, False)])
    para(doc, "")
    para(doc, "")
    para(doc, "苈塘镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(64)
    para(doc, "2025年2月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(64)
    para(doc, "（此件公开发布）")

    # ------------------------------------------------ 附件 in a landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21)
    sec2.top_margin, sec2.bottom_margin = Cm(2.8), Cm(2.6)
    sec2.left_margin, sec2.right_margin = Cm(3.0), Cm(2.8)

    para(doc, "附件", HT, 16, indent=False)
    para(doc, "", indent=False)
    para(doc, "苈塘镇2025年重点工作任务分工方案", XBS, 22, False,
         WD_ALIGN_PARAGRAPH.CENTER, indent=False, space=36)
    para(doc, "", indent=False)

    ncols = 6
    nrows = 1 + sum(1 + len(t) for _, t in PARTS)
    table = doc.add_table(rows=nrows, cols=ncols)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_borders(table)
    widths = [Cm(1.3), Cm(10.2), Cm(2.6), Cm(4.6), Cm(3.6), Cm(2.6)]
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    head = ["序号", "重点工作任务", "责任领导", "责任站所", "责任村（社区）", "完成时限"]
    for i, h in enumerate(head):
        cell_text(table.rows[0].cells[i], h, HT, 12)
    repeat_header(table.rows[0])

    ri = 1
    n = 0
    for heading, tasks in PARTS:
        row = table.rows[ri]
        merged = row.cells[0].merge(row.cells[ncols - 1])
        cell_text(merged, heading, HT, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
        ri += 1
        lead_start = None
        for (task, leader, zhansuo, cun, shixian) in tasks:
            n += 1
            cells = table.rows[ri].cells
            cell_text(cells[0], str(n))
            cell_text(cells[1], [task], align=WD_ALIGN_PARAGRAPH.LEFT)
            if leader is None:
                top = table.cell(lead_start, 2)
                top.merge(table.cell(ri, 2))
            else:
                cell_text(cells[2], leader)
                lead_start = ri
            cell_text(cells[3], zhansuo)
            cell_text(cells[4], cun)
            cell_text(cells[5], shixian)
            ri += 1

    # the grid Word writes for the table
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))

    # re-assert column widths after merges
    for row in table.rows:
        for i, w in enumerate(widths):
            try:
                row.cells[i].width = w
            except IndexError:
                pass

    # ------------------------------------------------ 版记 on a portrait last page
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        para(doc, "", indent=False)
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = bj._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side, sz in (("top", "12"), ("bottom", "12"), ("insideH", "4")):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)
    for gc in bj._tbl.tblGrid.findall(qn("w:gridCol")):
        gc.set(qn("w:w"), str(int(Cm(15.6).twips)))
    c = bj.rows[0].cells[0]
    cell_text(c, "抄送：镇党委，镇人大主席团，县人民政府办公室。", FS, 14,
              align=WD_ALIGN_PARAGRAPH.LEFT)
    c = bj.rows[1].cells[0]
    cell_text(c, "苈塘镇党政综合办公室　　　　　　　　　　2025年2月18日印发", FS, 14,
              align=WD_ALIGN_PARAGRAPH.LEFT)

    doc.core_properties.author = "dzb"
    doc.core_properties.title = ""
    doc.save(path)


def main():
    tmp = tempfile.mkdtemp()
    try:
        src = os.path.join(tmp, "苈塘镇2025年重点工作任务分工.docx")
        build_docx(src)
        out = os.path.join(HERE, NAME)
        subprocess.run(["pandoc", "-t", "gfm", src, "-o", out], check=True)
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
