#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Notice 598: a paper 县政府办 red-header notice, scanned and OCR'd to hOCR.

Pipeline, all real tools:
  1. the notice is typeset as a Word file (python-docx) in the GB/T 9704 layout,
  2. LibreOffice prints it to PDF, pdftoppm rasterises it at 300 dpi,
  3. each page gets what a flatbed/ADF scan of the printed and sealed copy has
     (the red seal over the 落款, paper tone, slight skew, noise, JPEG),
  4. Tesseract 5 (Debian's tesseract-ocr 5.3.0 + chi_sim) reads the page list and
     writes one hOCR file, which the archive keeps as .html.
Output: 598_laichuan_xian_zhongdian_renwu_fenjie_hocr.html next to this script.
"""
import math
import os
import random
import re
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "598_laichuan_xian_zhongdian_renwu_fenjie_hocr.html"
WORK = os.path.join(HERE, "_work598")
SCANDIR = "LCZFB-2025-007"          # the archive's folder for the scanned copy

SONG = "Noto Serif CJK SC"          # stands in for 仿宋_GB2312 / 方正小标宋
HEI = "Noto Sans CJK SC"            # 黑体
KAI = "AR PL UKai CN"               # 楷体_GB2312

# ----------------------------------------------------------------------------
# the notice
# ----------------------------------------------------------------------------
COVER = [
    "《涞川县2025年县政府重点工作任务分解方案》已经县政府第26次常务会议研究同意，现印发给你们，请认真抓好贯彻落实。",
    "各责任单位要对照任务分解，细化工作措施，明确责任人和完成时限，于3月25日前将具体推进方案报县政府督查室。每季度末月20日前报送工作进展情况，12月10日前报送全年完成情况。县政府督查室将对各项任务落实情况进行跟踪督办，督办结果纳入年度目标绩效考核。",
]

PREAMBLE = ("为全面完成县十八届人大四次会议审议通过的《政府工作报告》确定的目标任务，"
            "现将2025年县政府重点工作任务分解如下。各项任务中，责任县领导负责统筹协调，"
            "牵头单位对任务落实负总责，配合单位按照职责分工积极配合、主动作为。")

SECTIONS = [
    ("一、稳增长，推动经济量质齐升", [
        ("全力稳定经济增长。地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长7%，固定资产投资增长8%。",
         "责任县领导：韩立新；牵头单位：县发展和改革局；配合单位：县财政局、县统计局、县工业和信息化局"),
        ("扩大有效消费需求。落实消费品以旧换新政策，举办“涞川消费季”系列促销活动20场以上，社会消费品零售总额增长6%。",
         "责任县领导：宋晓梅；牵头单位：县商务局；配合单位：县财政局、县文化和旅游局、各乡镇人民政府"),
        ("深化财税金融改革。加强财源建设，盘活闲置国有资产，全县新增贷款15亿元以上，不良贷款率控制在2%以内。",
         "责任县领导：韩立新；牵头单位：县财政局；配合单位：县地方金融服务中心、县国有资产事务服务中心"),
        ("持续优化营商环境。深化“一网通办”“高效办成一件事”改革，政务服务事项网上可办率达到98%以上。",
         "责任县领导：杜建国；牵头单位：县政务服务和数据管理局；配合单位：县市场监督管理局、县司法局"),
        ("加力支持民营经济发展。落实惠企纾困政策，开展“千企万户大走访”活动，全年新增经营主体3000户以上。",
         "责任县领导：宋晓梅；牵头单位：县市场监督管理局"),
    ]),
    ("二、抓项目，增强发展后劲", [
        ("扎实推进重点项目建设。全年实施县级重点项目80个、年度计划投资120亿元，新开工项目40个以上。",
         "责任县领导：韩立新；牵头单位：县发展和改革局；配合单位：县重点项目服务中心、各乡镇人民政府"),
        ("全力抓好招商引资。开展产业链精准招商，引进亿元以上项目25个，到位县外资金60亿元。",
         "责任县领导：罗振宇；牵头单位：县投资促进局；配合单位：县工业和信息化局、县商务局、涞川经济开发区管委会"),
        ("强化用地要素保障。做好项目用地报批和征收工作，保障建设用地2000亩以上，盘活批而未供和闲置土地800亩。",
         "责任县领导：杜建国；牵头单位：县自然资源局；配合单位：县林业局、各乡镇人民政府"),
        ("积极争取上级资金支持。围绕超长期特别国债和中央预算内投资，谋划储备项目100个以上，争取上级资金15亿元。",
         "责任县领导：韩立新、罗振宇；牵头单位：县发展和改革局、县财政局；配合单位：县直各有关单位"),
    ]),
    ("三、强产业，构建现代化产业体系", [
        ("推动工业提质增效。实施技术改造项目30个，新增规模以上工业企业15家，培育专精特新中小企业5家。",
         "责任县领导：罗振宇；牵头单位：县工业和信息化局；配合单位：县科学技术局、涞川经济开发区管委会"),
        ("壮大特色农业产业。稳定粮食播种面积52万亩，新建高标准农田3.5万亩，做强茶叶、中药材、生猪三大产业。",
         "责任县领导：贾文清；牵头单位：县农业农村局；配合单位：县林业局、县水利局、各乡镇人民政府"),
        ("加快发展文化旅游产业。推进涞河古镇创建国家4A级旅游景区，全年接待游客500万人次以上。",
         "责任县领导：宋晓梅；牵头单位：县文化和旅游局"),
        ("培育壮大现代服务业。发展现代物流和电子商务，建成县级电商物流配送中心，快递业务量增长15%。",
         "责任县领导：宋晓梅；牵头单位：县商务局；配合单位：县交通运输局、县供销合作社联合社"),
        ("提升科技创新能力。全社会研发经费投入强度达到1.8%，新认定高新技术企业8家以上。",
         "责任县领导：罗振宇；牵头单位：县科学技术局；配合单位：县工业和信息化局、县财政局"),
    ]),
    ("四、促振兴，推进城乡融合发展", [
        ("巩固拓展脱贫攻坚成果。健全防止返贫致贫监测和帮扶机制，确保不发生规模性返贫致贫。",
         "责任县领导：贾文清；牵头单位：县农业农村局；配合单位：县人力资源和社会保障局、县医疗保障局、各乡镇人民政府"),
        ("建设宜居宜业和美乡村。创建和美乡村示范村20个，完成农村户厕改造3000户，农村生活污水治理率达到45%。",
         "责任县领导：贾文清；牵头单位：县农业农村局；配合单位：县住房和城乡建设局、市生态环境局涞川分局"),
        ("提升县城综合承载能力。实施城市更新项目12个，改造老旧小区28个、城市燃气管网15公里。",
         "责任县领导：杜建国；牵头单位：县住房和城乡建设局；配合单位：县城市管理局、县自然资源局"),
        ("完善综合交通网络。加快涞川至青岩高速公路连接线建设，新改建农村公路150公里。",
         "责任县领导：杜建国；牵头单位：县交通运输局"),
        ("加强生态环境保护。PM2.5平均浓度控制在32微克/立方米以下，县控以上断面水质优良比例保持100%。",
         "责任县领导：杜建国；牵头单位：市生态环境局涞川分局；配合单位：县水利局、县林业局、县城市管理局"),
    ]),
    ("五、惠民生，持续增进群众福祉", [
        ("稳定扩大就业。城镇新增就业4500人，农村劳动力转移就业1.2万人，城镇调查失业率控制在5.5%以内。",
         "责任县领导：宋晓梅；牵头单位：县人力资源和社会保障局"),
        ("推动教育优质均衡发展。新建改扩建中小学校5所，新增学位3200个，实施县域普通高中振兴行动。",
         "责任县领导：宋晓梅；牵头单位：县教育体育局；配合单位：县发展和改革局、县财政局"),
        ("提升医疗卫生服务水平。推进紧密型县域医共体建设，县人民医院创成三级医院。",
         "责任县领导：宋晓梅；牵头单位：县卫生健康局；配合单位：县医疗保障局"),
        ("健全社会保障体系。城乡居民基本养老保险参保率稳定在95%以上，新建社区嵌入式养老服务设施6个。",
         "责任县领导：宋晓梅；牵头单位：县民政局、县人力资源和社会保障局；配合单位：县医疗保障局"),
        ("办好十件民生实事。逐项明确时间表和路线图，确保年内全部按期兑现。",
         "责任县领导：韩立新；牵头单位：县政府办公室；配合单位：县直各有关单位、各乡镇人民政府"),
    ]),
    ("六、守底线，统筹发展和安全", [
        ("抓好安全生产。深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。",
         "责任县领导：杜建国；牵头单位：县应急管理局；配合单位：县安全生产委员会各成员单位"),
        ("维护社会大局稳定。深化平安涞川建设，常态化开展扫黑除恶斗争，信访积案化解率达到90%以上。",
         "责任县领导：邢海涛；牵头单位：县公安局；配合单位：县信访局、县司法局"),
        ("防范化解债务风险。严格落实化债方案，坚决遏制新增隐性债务。",
         "责任县领导：韩立新；牵头单位：县财政局；配合单位：县发展和改革局、县审计局"),
    ]),
]


# ----------------------------------------------------------------------------
# 1. Word file
# ----------------------------------------------------------------------------
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


def para(doc, text="", font=SONG, size=16, bold=False, align=None, indent=True,
         color=None, space_line=28.9):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(space_line)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if text:
        set_font(p.add_run(text), font, size, bold, color)
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


def top_border(p, sz=6):
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


def page_field(p, size=14):
    def r(text=None, fld=None, instr=None):
        run = p.add_run()
        set_font(run, SONG, size)
        if fld:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), fld)
            run._element.append(fc)
        elif instr:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = instr
            run._element.append(it)
        else:
            run.text = text
    r("— ")
    r(fld="begin")
    r(instr=" PAGE ")
    r(fld="separate")
    r("1")
    r(fld="end")
    r(" —")


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = SONG
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), SONG)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(25)
    doc.settings.odd_and_even_pages_header_footer = True
    fo = sec.footer.paragraphs[0]
    fo.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fo.paragraph_format.right_indent = Pt(14)
    page_field(fo)
    fe = sec.even_page_footer.paragraphs[0]
    fe.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fe.paragraph_format.left_indent = Pt(14)
    page_field(fe)

    # 版头
    for _ in range(2):
        para(doc, "", indent=False)
    p = para(doc, "涞川县人民政府办公室文件", SONG, 38, True, WD_ALIGN_PARAGRAPH.CENTER,
             False, "E60000", space_line=60)
    scale = OxmlElement("w:w")              # the red header squeezed, as 版头 are
    scale.set(qn("w:val"), "82")
    p.runs[0]._element.get_or_add_rPr().append(scale)
    para(doc, "", indent=False)
    p = para(doc, "涞政办发〔2025〕7号", SONG, 16, False, WD_ALIGN_PARAGRAPH.CENTER, False)
    bottom_border(p)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    para(doc, "涞川县人民政府办公室", SONG, 22, True, WD_ALIGN_PARAGRAPH.CENTER, False, space_line=36)
    para(doc, "关于印发《涞川县2025年县政府重点工作", SONG, 22, True, WD_ALIGN_PARAGRAPH.CENTER, False, space_line=36)
    para(doc, "任务分解方案》的通知", SONG, 22, True, WD_ALIGN_PARAGRAPH.CENTER, False, space_line=36)
    para(doc, "", indent=False)
    para(doc, "各乡镇人民政府，县政府各部门，县直各单位：", indent=False)
    for t in COVER:
        para(doc, t)
    para(doc, "")
    para(doc, "附件：涞川县2025年县政府重点工作任务分解方案")
    para(doc, "")
    para(doc, "")
    p = para(doc, "涞川县人民政府办公室", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2025年3月12日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）")

    # 附件
    p = para(doc, "附件", HEI, 16, False, WD_ALIGN_PARAGRAPH.LEFT, False)
    p.paragraph_format.page_break_before = True
    para(doc, "", indent=False)
    para(doc, "涞川县2025年县政府重点工作任务分解方案", SONG, 22, True,
         WD_ALIGN_PARAGRAPH.CENTER, False, space_line=36)
    para(doc, "", indent=False)
    para(doc, PREAMBLE)
    n = 0
    for head, tasks in SECTIONS:
        para(doc, head, HEI, 16)
        for text, clause in tasks:
            n += 1
            p = para(doc)
            set_font(p.add_run("%d．%s" % (n, text)), SONG, 16)
            set_font(p.add_run("（%s）" % clause), KAI, 16)

    # 版记 on a page of its own at the foot
    p = para(doc, "", indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    for _ in range(14):
        para(doc, "", indent=False)
    p = para(doc, "", indent=False, size=14)
    top_border(p)
    r = p.add_run("抄送：县委办公室，县人大常委会办公室，县政协办公室，县法院，县检察院。")
    set_font(r, SONG, 14)
    p.paragraph_format.left_indent = Pt(14)
    p = para(doc, "", indent=False, size=14)
    r = p.add_run("涞川县人民政府办公室　　　　　　　　　 2025年3月12日印发")
    set_font(r, SONG, 14)
    p.paragraph_format.left_indent = Pt(14)
    bottom_border(p, "000000", 6)
    doc.save(path)
    return n


# ----------------------------------------------------------------------------
# 3. the scan
# ----------------------------------------------------------------------------
def seal(img, cx, cy, dpi=300):
    from PIL import Image, ImageDraw, ImageFont
    mm = dpi / 25.4
    R = int(21 * mm)
    size = 2 * R + 20
    lay = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(lay)
    c = size // 2
    w = int(1.2 * mm)
    d.ellipse((c - R, c - R, c + R, c + R), outline=255, width=w)
    # star
    pts = []
    for k in range(10):
        rr = (8 * mm) if k % 2 == 0 else (3.1 * mm)
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    d.polygon(pts, fill=255)
    font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", int(6.2 * mm), index=2)
    text = "涞川县人民政府办公室"
    span = math.radians(240)
    for i, ch in enumerate(text):
        a = -math.pi / 2 - span / 2 + span * (i + 0.5) / len(text)
        g = Image.new("L", (int(8 * mm), int(8 * mm)), 0)
        ImageDraw.Draw(g).text((int(0.9 * mm), int(0.2 * mm)), ch, fill=255, font=font)
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC, expand=True)
        rr = R - 5.6 * mm
        x = c + rr * math.cos(a) - g.width / 2
        y = c + rr * math.sin(a) - g.height / 2
        lay.paste(255, (int(x), int(y)), g)
    lay = lay.rotate(random.uniform(-8, 8), resample=Image.BICUBIC)
    # uneven ink
    px = lay.load()
    for yy in range(size):
        for xx in range(size):
            v = px[xx, yy]
            if v:
                px[xx, yy] = int(v * random.uniform(0.55, 0.95))
    red = Image.new("RGB", (size, size), (214, 38, 44))
    base = img.crop((cx - c, cy - c, cx - c + size, cy - c + size))
    # multiply-like: ink darkens towards red where the seal is
    from PIL import ImageChops
    mult = ImageChops.multiply(base, red)
    out = Image.composite(mult, base, lay)
    img.paste(out, (cx - c, cy - c))


def scan_pages(pdf, outdir):
    from PIL import Image, ImageFilter
    random.seed(598)
    subprocess.run(["pdftoppm", "-r", "300", "-png", pdf, os.path.join(WORK, "pg")], check=True)
    pages = sorted(f for f in os.listdir(WORK) if re.match(r"pg-\d+\.png$", f))
    # where the 落款 sits (for the seal): the issuer's name set right, then its date
    bbox = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True).stdout
    seal_at = None
    pageno = 0
    for line in bbox.splitlines():
        if line.strip().startswith("<page"):
            pageno += 1
        m = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', line)
        if (m and seal_at is None and m.group(5) == "涞川县人民政府办公室"
                and float(m.group(1)) > 200):
            x0, y0, x1, y1 = (float(m.group(i)) for i in range(1, 5))
            seal_at = (pageno, int((x0 + x1) / 2 * 300 / 72), int((y1 + 8) * 300 / 72))
    os.makedirs(outdir, exist_ok=True)
    names = []
    for i, f in enumerate(pages, 1):
        img = Image.open(os.path.join(WORK, f)).convert("RGB")
        if seal_at and seal_at[0] == i:
            seal(img, seal_at[1], seal_at[2])
        # paper tone and toner
        img = img.point(lambda v: int(26 + v * 0.86))
        img = img.filter(ImageFilter.GaussianBlur(0.35))
        noise = Image.effect_noise(img.size, 6).convert("RGB")
        img = Image.blend(img, noise, 0.07)
        img = img.rotate(random.uniform(-0.5, 0.5), resample=Image.BICUBIC,
                         fillcolor=(236, 235, 230))
        name = "%04d.jpg" % i
        img.save(os.path.join(outdir, name), "JPEG", quality=80, dpi=(300, 300))
        names.append(name)
    return names


def main():
    if os.path.isdir(WORK):
        shutil.rmtree(WORK)
    os.makedirs(WORK)
    docx = os.path.join(WORK, "涞政办发〔2025〕7号.docx")
    n = build_docx(docx)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", WORK, docx],
                   check=True, capture_output=True)
    pdf = docx[:-5] + ".pdf"
    names = scan_pages(pdf, os.path.join(WORK, SCANDIR))
    with open(os.path.join(WORK, "pages.txt"), "w") as fh:
        for nm in names:
            fh.write("%s/%s\n" % (SCANDIR, nm))
    subprocess.run(["tesseract", "pages.txt", "out", "-l", "chi_sim", "hocr"],
                   cwd=WORK, check=True, capture_output=True)
    shutil.copyfile(os.path.join(WORK, "out.hocr"), os.path.join(HERE, NAME))
    print("tasks:", n, "pages:", len(names), "->", NAME)


if __name__ == "__main__":
    main()
