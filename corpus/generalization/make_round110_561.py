#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Notice 561: a 县委办 red-header Word notice printing the 县委工作要点任务分工方案,
as the text a reader ends up with after the office's PDF (Word -> PDF) goes through
`pdftotext -layout` (poppler): printed lines kept, indents and centring as spaces,
page footers and form feeds between pages.

Real pipeline: python-docx writes the .docx, LibreOffice (soffice --headless) prints it
to PDF, poppler's pdftotext -layout -enc UTF-8 extracts the text.  Only the .txt is kept.
"""
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

N_BLANK_BEFORE_BANJI = 18
HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "561_yuntang_xianwei_gongzuo_yaodian_renwu_fengong.txt"

FS = "仿宋_GB2312"
KT = "楷体_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)


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
    if color is not None:
        run.font.color.rgb = color


def para(doc, text="", font=FS, size=16, align=None, first_indent=None, left=None,
         right=None, bold=False, color=None, exact=28.95, before=0, after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def add_page_field(p, font, size):
    def run_with(text=None, fld=None, instr=None):
        r = p.add_run()
        set_font(r, font, size)
        if fld:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), fld)
            r._element.append(fc)
        elif instr:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = instr
            r._element.append(it)
        else:
            t = OxmlElement("w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = text
            r._element.append(t)
    run_with("— ")
    run_with(fld="begin")
    run_with(instr=" PAGE ")
    run_with(fld="separate")
    run_with("1")
    run_with(fld="end")
    run_with(" —")


def cell_border(cell, **edges):
    tcPr = cell._element.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement("w:" + edge)
        spec = edges.get(edge)
        if spec:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(spec[0]))
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), spec[1])
        else:
            el.set(qn("w:val"), "nil")
        b.append(el)
    tcPr.append(b)


def cell_para(cell, text, font, size, align, color=None, left=None, right=None):
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, color=color)
    return p


# ---------------------------------------------------------------- content
COVER = [
    "《中共筠塘县委2025年工作要点》已经县委常委会会议审议通过。为确保县委各项决策部署落地见效，经县委同意，现将《中共筠塘县委2025年工作要点任务分工方案》印发给你们，请结合实际认真抓好贯彻落实。现就有关事项通知如下。",
]
RULES = [
    ("一、提高政治站位。", "各乡镇、各单位要把落实县委工作要点作为检验“两个维护”的具体行动，主要负责同志要亲自研究、亲自部署、亲自推动，结合实际细化工作措施，明确时间节点和责任人，于3月10日前将细化落实方案报县委办公室。"),
    ("二、压实工作责任。", "各项任务的牵头县领导负责统筹协调、督促推进；牵头单位对任务落实负总责，列有两个以上牵头单位的，排在第一位的为主牵头单位，负责组织协调和情况汇总；责任单位要按照职责分工主动配合、密切协作，形成工作合力。"),
    ("三、强化督查问效。", "县委督查室要将分工方案确定的任务纳入年度督查重点，实行清单化管理、销号式推进。各牵头单位要于每季度末月25日前将任务推进情况（含责任单位落实情况）书面报送县委督查室，全年工作完成情况于12月10日前报送。县委将把落实情况作为年度综合考核的重要内容。联系人：彭佳，电话：0739—6212035。"),
]

PARTS = [
    ("一、坚持以党的政治建设为统领，坚定拥护“两个确立”、坚决做到“两个维护”", [
        ("1", "深入学习贯彻习近平新时代中国特色社会主义思想和党的二十大、二十届三中全会精神，严格落实“第一议题”制度，健全县委理论学习中心组学习制度，全年开展集体学习研讨不少于12次。",
         "牵头县领导：严若琳；牵头单位：县委宣传部；责任单位：县委办、县委组织部、县委党校"),
        ("2", "严格执行重大事项请示报告制度，完善贯彻落实党中央决策部署和省委、市委工作要求的督查问效机制，确保政令畅通、令行禁止。",
         "牵头县领导：龚海；牵头单位：县委办；责任单位：各乡镇党委，县直各单位"),
        ("3", "全面落实意识形态工作责任制，加强网络意识形态阵地建设管理，健全网络舆情监测研判、应急处置和舆论引导机制。",
         "牵头县领导：严若琳；牵头单位：县委宣传部、县委网信办；责任单位：县公安局、县融媒体中心"),
    ]),
    ("二、聚焦高质量发展首要任务，加快构建现代化产业体系", [
        ("4", "坚持“项目为王”，实施重大项目攻坚行动，全年谋划储备项目150个以上，争取中央预算内投资和超长期特别国债等资金取得新突破。",
         "牵头县领导：韦立峰、石振国；牵头单位：县发展改革局；责任单位：县财政局、县自然资源局、县住房城乡建设局"),
        ("5", "做强新材料、绿色食品两大主导产业，推动规模以上工业企业数字化改造全覆盖，全年新增规上工业企业15家。",
         "牵头县领导：闵志远；牵头单位：县工业和信息化局；责任单位：筠塘经济开发区管委会、县科技局、县市场监管局"),
        ("6", "深化招商引资“一把手”工程，实行县领导领衔招商，全年引进亿元以上项目20个以上，实际到位资金增长10%。",
         "牵头县领导：杜鸿远、韦立峰；牵头单位：县投资促进中心、筠塘经济开发区管委会；责任单位：县商务局，各乡镇党委"),
        ("7", "持续优化营商环境，深化“高效办成一件事”改革，落实促进民营经济发展壮大各项政策，依法保护民营企业产权和企业家权益。",
         "牵头县领导：石振国、卢雯；牵头单位：县行政审批服务局；责任单位：县发展改革局、县委统战部、县工商联、县司法局"),
        ("8", "完善县域商业体系，培育直播电商、夜间经济等消费新场景，社会消费品零售总额增长6%。",
         "牵头县领导：柯振宇；牵头单位：县商务局"),
    ]),
    ("三、全面推进乡村振兴，加快建设农业强县", [
        ("9", "坚决扛牢粮食安全政治责任，严格落实耕地保护和粮食安全党政同责，粮食播种面积稳定在52万亩以上，新建高标准农田3万亩。",
         "牵头县领导：黎晓春；牵头单位：县农业农村局、县自然资源局；责任单位：县财政局、县水利局，各乡镇党委"),
        ("10", "巩固拓展脱贫攻坚成果，健全防止返贫致贫监测和帮扶机制，坚决守住不发生规模性返贫致贫底线。",
         "牵头县领导：黎晓春；牵头单位：县农业农村局（县乡村振兴局）；责任单位：县人力资源社会保障局、县医保局、县教育局，各乡镇党委"),
        ("11", "学习运用“千万工程”经验，扎实推进和美乡村建设，完成农村户厕改造2000户，农村生活污水治理率提高到45%。",
         "牵头县领导：程丽；牵头单位：县农业农村局；责任单位：市生态环境局筠塘分局、县住房城乡建设局、县卫生健康局"),
        ("12", "深化农村集体产权制度改革，发展新型农村集体经济，年经营性收入10万元以上的村占比达到60%。",
         "牵头县领导：黎晓春、冯玉洁；牵头单位：县委组织部、县农业农村局；责任单位：县财政局"),
        ("13", "抓党建促乡村振兴，常态化整顿软弱涣散村党组织，加强驻村第一书记和工作队选派管理。",
         "牵头县领导：冯玉洁；牵头单位：县委组织部；责任单位：县农业农村局，各乡镇党委"),
    ]),
    ("四、深化重点领域改革，持续扩大高水平开放", [
        ("14", "制定县委全面深化改革年度工作要点，建立重点改革任务台账，实行清单化管理、项目化推进。",
         "牵头县领导：杜鸿远；牵头单位：县委改革办"),
        ("15", "深化财税体制改革，全面实施预算绩效管理，稳妥有序化解地方政府债务风险。",
         "牵头县领导：石振国；牵头单位：县财政局；责任单位：县发展改革局、县审计局、县城投集团"),
        ("16", "实施国有企业改革深化提升行动，完成县属国有企业整合重组，推动市场化转型。",
         "牵头县领导：石振国；牵头单位：县国资中心；责任单位：县财政局、县城投集团、县交投公司"),
        ("17", "主动对接融入区域协调发展战略，推进与结对地区产业合作园区建设，扩大外贸进出口规模。",
         "牵头县领导：闵志远；牵头单位：县发展改革局、县商务局；责任单位：筠塘经济开发区管委会"),
    ]),
    ("五、坚持以人民为中心，扎实推进共同富裕", [
        ("18", "落实就业优先政策，抓好高校毕业生、农民工、退役军人等重点群体就业，城镇新增就业3500人。",
         "牵头县领导：柯振宇；牵头单位：县人力资源社会保障局；责任单位：县退役军人事务局、县教育局、县总工会、团县委"),
        ("19", "推进义务教育优质均衡发展，新建改扩建中小学、幼儿园6所，新增学位2400个。",
         "牵头县领导：邝国华；牵头单位：县教育局；责任单位：县发展改革局、县财政局、县住房城乡建设局"),
        ("20", "深化紧密型县域医共体建设，提升县人民医院、县中医院服务能力，推动优质医疗资源下沉。",
         "牵头县领导：邝国华；牵头单位：县卫生健康局；责任单位：县医保局、县人民医院、县中医院"),
        ("21", "健全分层分类社会救助体系，加强“一老一小”服务，新建村级互助养老服务点30个。",
         "牵头县领导：程丽；牵头单位：县民政局；责任单位：县卫生健康局、县妇联，各乡镇党委"),
        ("22", "繁荣发展文化事业，深化县级融媒体中心和新时代文明实践中心建设，创建省级文明县城。",
         "牵头县领导：严若琳；牵头单位：县委宣传部；责任单位：县文化广电旅游体育局、县融媒体中心，各乡镇党委"),
    ]),
    ("六、统筹发展和安全，建设更高水平的平安筠塘", [
        ("23", "坚持和发展新时代“枫桥经验”，推进信访工作法治化，深化县乡村三级综治中心规范化建设。",
         "牵头县领导：贺建平；牵头单位：县委政法委、县信访局；责任单位：县公安局、县司法局、县法院、县检察院，各乡镇党委"),
        ("24", "常态化开展扫黑除恶斗争，依法严厉打击电信网络诈骗、养老诈骗等违法犯罪。",
         "牵头县领导：贺建平；牵头单位：县公安局；责任单位：县法院、县检察院、县司法局"),
        ("25", "压紧压实安全生产责任，深入推进安全生产治本攻坚三年行动，开展燃气、自建房、交通运输等重点领域隐患排查整治。",
         "牵头县领导：石振国；牵头单位：县应急管理局；责任单位：县住房城乡建设局、县交通运输局、县消防救援大队，各乡镇党委"),
        ("26", "加强国防动员和后备力量建设，深化双拥共建，争创全省双拥模范县。",
         "牵头县领导：邵坤；牵头单位：县人武部、县退役军人事务局"),
    ]),
    ("七、加强民主法治建设，巩固和发展团结奋进的良好局面", [
        ("27", "支持和保证县人大及其常委会依法行使职权，支持县政协围绕中心工作履职尽责。",
         "牵头县领导：黎晓春；牵头单位：县委办；责任单位：县人大常委会办公室、县政协办公室"),
        ("28", "做好新时代统一战线工作，加强民族宗教工作，铸牢中华民族共同体意识。",
         "牵头县领导：卢雯；牵头单位：县委统战部；责任单位：县委政法委、县公安局"),
        ("29", "深化法治筠塘建设，落实党政主要负责人履行推进法治建设第一责任人职责，做好“八五”普法总结验收。",
         "牵头县领导：贺建平；牵头单位：县委依法治县办、县司法局"),
        ("30", "加强党对群团工作的领导，支持工会、共青团、妇联等群团组织围绕中心、服务大局开展工作。",
         "牵头县领导：黎晓春；牵头单位：县委办；责任单位：县总工会、团县委、县妇联、县科协"),
    ]),
    ("八、全面从严治党，以高质量党建引领保障高质量发展", [
        ("31", "巩固拓展深入贯彻中央八项规定精神学习教育成果，持续纠治“四风”，深化整治形式主义为基层减负。",
         "牵头县领导：汤正刚、冯玉洁；牵头单位：县纪委监委机关；责任单位：县委组织部、县委办"),
        ("32", "树立正确选人用人导向，加强年轻干部培养选拔，推进干部能上能下。",
         "牵头县领导：冯玉洁；牵头单位：县委组织部"),
        ("33", "深化政治巡察，高质量完成十五届县委第七轮、第八轮巡察，推进巡察整改和成果运用。",
         "牵头县领导：汤正刚；牵头单位：县委巡察办；责任单位：县纪委监委机关、县委组织部"),
        ("34", "坚定不移推进反腐败斗争，一体推进不敢腐、不能腐、不想腐，加强新时代廉洁文化建设。",
         "牵头县领导：汤正刚；牵头单位：县纪委监委机关"),
    ]),
]


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    # A4, GB/T 9704 margins
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    sec.footer_distance = Cm(2.5)
    sec.header_distance = Cm(1.5)
    doc.settings.odd_and_even_pages_header_footer = True

    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.paragraph_format.right_indent = Pt(14)
    add_page_field(fp, SONG, 14)
    ep = sec.even_page_footer.paragraphs[0]
    ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
    ep.paragraph_format.left_indent = Pt(14)
    add_page_field(ep, SONG, 14)

    # ---- 版头
    para(doc, "", exact=None, before=0)
    para(doc, "中共筠塘县委办公室文件", font=XBS, size=36, align=WD_ALIGN_PARAGRAPH.CENTER,
         color=RED, exact=None, before=12, after=0)
    para(doc, "", exact=28.95)
    para(doc, "筠委办发〔2025〕3号", align=WD_ALIGN_PARAGRAPH.CENTER)
    # red rule with a star: borderless 1x3 table
    t = doc.add_table(rows=1, cols=3)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(7.3), Cm(1.0), Cm(7.3))
    for i, c in enumerate(t.rows[0].cells):
        c.width = widths[i]
    l, m, r = t.rows[0].cells
    cell_border(l, bottom=(18, "FF0000"))
    cell_border(m)
    cell_border(r, bottom=(18, "FF0000"))
    cell_para(l, "", FS, 8, WD_ALIGN_PARAGRAPH.LEFT)
    cell_para(m, "★", SONG, 14, WD_ALIGN_PARAGRAPH.CENTER, color=RED)
    cell_para(r, "", FS, 8, WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "")

    # ---- title (two lines, Shift+Enter)
    p = para(doc, "", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    r = p.add_run("中共筠塘县委办公室")
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("关于印发《中共筠塘县委2025年工作要点")
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r2 = p.add_run("任务分工方案》的通知")
    set_font(r2, XBS, 22)
    para(doc, "")
    para(doc, "各乡镇党委，县委各部委，县直各单位党组（党委），各人民团体：")
    for t_ in COVER:
        para(doc, t_, first_indent=32)
    for head, body in RULES:
        p = para(doc, "", first_indent=32)
        r = p.add_run(head)
        set_font(r, HT, 16)
        r = p.add_run(body)
        set_font(r, FS, 16)
    para(doc, "")
    para(doc, "附件：中共筠塘县委2025年工作要点任务分工方案", first_indent=32)
    para(doc, "")
    para(doc, "")
    para(doc, "中共筠塘县委办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, right=72)
    para(doc, "2025年2月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, right=64)
    para(doc, "")
    para(doc, "（此件发至乡镇党委）", first_indent=32)

    # ---- 附件
    p = para(doc, "")
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件", font=HT, size=16)
    para(doc, "")
    para(doc, "中共筠塘县委2025年工作要点任务分工方案", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    para(doc, "")
    for head, tasks in PARTS:
        para(doc, head, font=HT, size=16, first_indent=32)
        for num, text, clause in tasks:
            p = para(doc, "", first_indent=32)
            r = p.add_run(num + "．" + text)
            set_font(r, FS, 16)
            r = p.add_run("（" + clause + "）")
            set_font(r, KT, 16)

    # ---- 版记 on its own last page, at the bottom
    for _ in range(N_BLANK_BEFORE_BANJI):
        para(doc, "")
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a, b = t.rows[0].cells
    a.width = Cm(8.0)
    b.width = Cm(7.6)
    cell_border(a, top=(8, "000000"), bottom=(8, "000000"))
    cell_border(b, top=(8, "000000"), bottom=(8, "000000"))
    cell_para(a, "中共筠塘县委办公室", FS, 14, WD_ALIGN_PARAGRAPH.LEFT, left=14)
    cell_para(b, "2025年2月18日印发", FS, 14, WD_ALIGN_PARAGRAPH.RIGHT, right=14)
    for row in t.rows:
        row.height = Cm(1.0)
    doc.save(path)


def main():
    tmp = tempfile.mkdtemp(prefix="n561_")
    try:
        docx_path = os.path.join(tmp, "筠委办发〔2025〕3号.docx")
        build_docx(docx_path)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/lo",
                        "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        pdf_path = os.path.splitext(docx_path)[0] + ".pdf"
        out = os.path.join(HERE, NAME)
        subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", pdf_path, out], check=True)
        info = subprocess.run(["pdfinfo", pdf_path], capture_output=True, text=True).stdout
        print([l for l in info.splitlines() if l.startswith("Pages")])
        print("wrote", out)
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
