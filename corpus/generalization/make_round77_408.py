#!/usr/bin/python3
"""Round 77, case 408 (control): a 县委办公室 notice printing the county's 2024
全面深化改革工作要点, each task closing with the ordinary labelled bracket
（牵头县领导：X；牵头单位：A；配合单位：B、C）.

Writes 408_wenping_xian_shengai_gongzuo_yaodian.docx laid out as GB/T 9704
prints a 公文 (A4, 仿宋 3号, 28 pt lines, red issuer mark and rule, page numbers
`— N —` at the foot, right on odd and left on even pages, 版记 at the end).
The PDF is made by `soffice --headless --convert-to pdf` and the notice's text
by `pdftotext` (no -layout), which this script runs too (intermediates in work408/).
"""
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "408_wenping_xian_shengai_gongzuo_yaodian"
WORK = os.path.join(HERE, "work408")
OUT = os.path.join(WORK, NAME + ".docx")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

ISSUER = "中共汶坪县委办公室"
WENHAO = "汶办发〔2024〕7号"
DATE = "2024年3月15日"

TITLE_LINES = ["中共汶坪县委办公室", "关于印发《汶坪县2024年全面深化改革",
               "工作要点》的通知"]

ZHUSONG = "各乡镇党委，县委各部委，县直各单位党组（党委），各人民团体党组："

BODY = [
    "《汶坪县2024年全面深化改革工作要点》已经县委全面深化改革委员会第十一次会议审议通过，现印发给你们，请结合实际认真抓好贯彻落实。",
    "各牵头县领导要加强对牵头改革任务的统筹协调和督促指导，亲自研究部署、协调推动重大改革事项。各牵头单位要切实履行主体责任，会同配合单位细化工作方案，明确时间表、路线图，确保各项改革任务落地见效；各配合单位要主动对接、积极支持，形成工作合力。",
    "各牵头单位要于2024年6月20日、11月20日前将改革任务推进情况（含取得的成效、存在的问题及下步打算）书面报送县委改革办。县委改革办要会同县委督查室加强跟踪督办，督查情况纳入年度综合考核。",
]

PREAMBLE = [
    "2024年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。全县全面深化改革工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中全会精神，认真落实省委、市委全面深化改革委员会会议部署，紧扣县委十四届六次全会确定的目标任务，坚持问题导向、目标导向、效果导向，突出抓好牵引性、撬动性改革，以改革激发活力、增强动力，为奋力谱写中国式现代化汶坪篇章提供强大动力和制度保障。",
]

# (part heading, [(task text, leaders, leads, helpers), ...])
PARTS = [
    ("一、深化经济体制改革，激发高质量发展动力", [
        ("深化国资国企改革。推进县属国有企业整合重组和市场化转型，完善国有企业法人治理结构，健全国有资本经营预算制度，年内完成县城投集团、县交投公司实体化转型。",
         ["范志诚"], ["县国有资产服务中心"], ["县财政局", "县发展改革局", "县人力资源社会保障局"]),
        ("持续优化营商环境。深化“放管服”改革，推行“高效办成一件事”，拓展“一网通办”事项覆盖面，全面推行涉企经营许可“证照分离”改革，开展营商环境“体验官”活动。",
         ["范志诚"], ["县发展改革局", "县行政审批服务局"], ["县市场监管局", "县司法局", "县大数据中心"]),
        ("推进全国统一大市场建设。全面清理妨碍统一市场和公平竞争的政策措施，落实公平竞争审查制度，健全以信用为基础的新型监管机制。",
         ["尹立新"], ["县市场监管局"], ["县发展改革局", "县司法局", "县商务局"]),
        ("深化财税体制改革。推进预算管理一体化，深化零基预算改革，全面实施预算绩效管理，健全县乡财政体制，强化政府债务风险防控。",
         ["范志诚"], ["县财政局"], ["县税务局", "县审计局", "各乡镇"]),
        ("推进投融资体制改革。创新政府投资项目管理方式，规范实施政府和社会资本合作新机制，鼓励民间资本参与重点领域建设，建立“政银企”常态化对接机制。",
         ["尹立新"], ["县发展改革局"], ["县财政局", "县金融工作服务中心", "国家金融监督管理总局汶坪监管支局"]),
        ("深化农村集体产权制度改革。发展壮大新型农村集体经济，规范农村集体资产管理，探索资源发包、物业出租、居间服务等经营路径，年内集体经营性收入10万元以上的村占比达到50%。",
         ["季春燕"], ["县委农办（县农业农村局）"], ["县财政局", "县自然资源局", "各乡镇"]),
        ("深化农村土地制度改革。稳妥推进第二轮土地承包到期后再延长三十年试点，规范农村土地经营权流转，稳慎推进农村宅基地制度改革，盘活利用闲置宅基地和闲置农房。",
         ["季春燕"], ["县农业农村局"], ["县自然资源局", "县住房城乡建设局", "各乡镇"]),
        ("推进开发区体制机制改革。深化汶坪经济开发区“管委会+公司”运营模式改革，全面推行全员聘任制和绩效薪酬制度，完善“亩均论英雄”综合评价机制。",
         ["柳文杰"], ["汶坪经济开发区管委会"], ["县委编办", "县人力资源社会保障局", "县工业和信息化局", "县自然资源局"]),
        ("深化科技体制改革。完善以企业为主体的技术创新体系，落实研发费用加计扣除等政策，推行“揭榜挂帅”项目攻关机制，建设县级科技成果转化服务平台。",
         ["尹立新"], ["县科技局"], ["县工业和信息化局", "县财政局", "县税务局"]),
    ]),
    ("二、深化民主法治领域改革，提升依法治县水平", [
        ("深化法治政府建设。全面落实重大行政决策程序规定，严格执行行政执法“三项制度”，深化乡镇综合行政执法改革，推动执法力量向基层下沉。",
         ["高明远"], ["县司法局"], ["县委编办", "县综合行政执法局", "各乡镇"]),
        ("深化司法体制综合配套改革。全面落实司法责任制，健全矛盾纠纷多元化解机制，深化诉源治理，推广“调解+司法确认”模式。",
         ["鲁国栋"], ["县委政法委"], ["县人民法院", "县人民检察院", "县公安局", "县司法局"]),
        ("深化公安改革。推进派出所“一室两队”勤务模式改革，完善“情指行”一体化运行机制，深化户籍制度改革，推进公安政务服务“一窗通办”。",
         ["贺东阳"], ["县公安局"], ["县委政法委", "县行政审批服务局"]),
        ("完善党建引领基层治理体系。深化网格化治理，健全村（社区）工作事务准入制度，推进乡镇（街道）履行职责事项清单动态调整，持续为基层减负赋能。",
         ["柳文杰", "鲁国栋"], ["县委社会工作部"], ["县委组织部", "县委政法委", "县民政局", "各乡镇（街道）"]),
    ]),
    ("三、深化文化体制改革，增强文化发展活力", [
        ("深化县级融媒体中心改革。推动县融媒体中心与新时代文明实践中心融合发展，完善“策采编发”一体化流程，探索“媒体+政务服务商务”运营模式。",
         ["韦晓岚"], ["县委宣传部"], ["县融媒体中心", "县委网信办"]),
        ("推进文化和旅游融合发展体制改革。整合文旅国有资源，推行景区所有权、管理权、经营权“三权分置”改革，健全文旅市场综合监管机制。",
         ["韦晓岚", "施红英"], ["县文化广电和旅游局"], ["县发展改革局", "县国有资产服务中心", "县市场监管局"]),
    ]),
    ("四、深化社会民生领域改革，增进群众福祉", [
        ("深化教育综合改革。推进县域义务教育优质均衡发展，深化集团化办学和城乡教育共同体建设，深入推进“县管校聘”管理改革。",
         ["施红英"], ["县教育局"], ["县委编办", "县人力资源社会保障局", "县财政局"]),
        ("深化医药卫生体制改革。推进紧密型县域医共体建设，深化公立医院薪酬制度改革，推进医保支付方式改革，健全分级诊疗制度。",
         ["施红英"], ["县卫生健康局", "县医疗保障局"], ["县财政局", "县人力资源社会保障局", "县人民医院", "县中医医院"]),
        ("健全就业促进机制。完善重点群体就业支持体系，推进“家门口”就业服务站建设，健全根治欠薪长效机制。",
         ["尹立新"], ["县人力资源社会保障局"], ["县总工会", "团县委", "县妇联", "各乡镇"]),
        ("完善社会保障体系。落实企业职工基本养老保险全国统筹，扩大灵活就业人员参保覆盖面，健全分层分类社会救助体系。",
         ["尹立新"], ["县人力资源社会保障局", "县民政局"], ["县医疗保障局", "县财政局", "县税务局"]),
        ("推进养老服务体系改革。构建居家社区机构相协调、医养康养相结合的养老服务体系，推进公办养老机构公建民营改革，发展农村互助养老。",
         ["施红英"], ["县民政局"], ["县卫生健康局", "县发展改革局", "各乡镇"]),
        ("深化住房制度改革。完善“人、房、地、钱”要素联动机制，规范发展保障性住房，建立城镇老旧小区改造后长效管理机制。",
         ["葛振宇"], ["县住房城乡建设局"], ["县自然资源局", "县财政局", "市住房公积金中心汶坪管理部"]),
        ("深化应急管理体制改革。健全安全生产责任体系，推进应急指挥“一张图”建设，加强乡镇应急管理机构和队伍建设，深化消防执法改革。",
         ["葛振宇"], ["县应急管理局"], ["县消防救援大队", "县公安局", "各乡镇"]),
    ]),
    ("五、深化生态文明体制改革，建设美丽汶坪", [
        ("深化河湖长制林长制改革。完善河湖长制、林长制工作机制，推行“河湖长+检察长+警长”协作模式，健全生态环境损害赔偿制度。",
         ["季春燕"], ["县水利局", "县林业局"], ["县人民检察院", "县公安局", "市生态环境局汶坪分局"]),
        ("推进生态产品价值实现机制改革。开展生态产品总值（GEP）核算，探索碳汇交易、林权抵押贷款等生态产品价值转化路径。",
         ["季春燕"], ["县发展改革局"], ["县林业局", "县自然资源局", "县统计局", "市生态环境局汶坪分局"]),
        ("深化环境治理体系改革。落实排污许可“一证式”管理，完善生态环境执法“正面清单”制度，推进农村生活污水治理设施建管一体化。",
         ["葛振宇"], ["市生态环境局汶坪分局"], ["县住房城乡建设局", "县农业农村局", "各乡镇"]),
    ]),
    ("六、深化党的建设制度改革，提高党的建设质量", [
        ("深化干部人事制度改革。完善干部考核评价体系，健全担当作为激励和容错纠错机制，推进年轻干部常态化培养选拔。",
         ["邵佳琪"], ["县委组织部"], []),
        ("深化机构编制管理改革。严控机构编制总量，推进编制资源动态调整，加强机构编制执行情况评估。",
         ["邵佳琪"], ["县委编办"], ["县财政局", "县人力资源社会保障局"]),
        ("深化纪检监察体制改革。推进派驻机构改革，完善“室组地”联动监督机制，推动基层监督与村务监督有效衔接。",
         ["商振华"], ["县纪委监委机关"], []),
        ("健全改革落实督察机制。完善改革任务清单化、项目化管理，推行改革事项“月调度、季通报、年考核”，开展改革典型案例评选。",
         ["温启航"], ["县委改革办"], ["县委督查室", "县政府督查室"]),
    ]),
]

CLOSING = [
    "各牵头单位要对照本工作要点，抓紧制定具体实施方案，于4月10日前报县委改革办备案。县委改革办要加强统筹协调和跟踪问效，及时总结推广改革经验，确保全年改革任务圆满完成。",
]

CHAOSONG = "抄送：县人大常委会党组，县政府党组，县政协党组，县法院党组，县检察院党组。"
YINFA_L = "中共汶坪县委办公室"
YINFA_R = "2024年3月15日印发"


def clause(leaders, leads, helpers):
    s = "（牵头县领导：" + "、".join(leaders) + "；牵头单位：" + "、".join(leads)
    if helpers:
        s += "；配合单位：" + "、".join(helpers)
    return s + "）"


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
        rfonts.set(qn(a), name if a != "w:ascii" and a != "w:hAnsi" else
                   ("Times New Roman" if name == FS else name))
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc, text="", font=FS, size=16, bold=False, align=None, indent=True,
         color=None, space_before=0, space_after=0, line=28.95):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def border(p, side, color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    pbdr.append(b)


def page_field(p, size=14):
    def r(text=None, fld=None, instr=None):
        run = p.add_run()
        set_font(run, "宋体", size)
        if fld:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), fld)
            run._r.append(fc)
        elif instr:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = instr
            run._r.append(it)
        else:
            run.text = text
    r("— ")
    r(fld="begin")
    r(instr=" PAGE ")
    r(fld="separate")
    r("1")
    r(fld="end")
    r(" —")


def footers(section):
    section.footer.is_linked_to_previous = False
    section.even_page_footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.paragraph_format.right_indent = Pt(14)
    page_field(fp)
    ep = section.even_page_footer.paragraphs[0]
    ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
    ep.paragraph_format.left_indent = Pt(14)
    page_field(ep)


def main():
    doc = Document()
    doc.settings.odd_and_even_pages_header_footer = True
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(20)
    footers(sec)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    # 版头
    para(doc, "", indent=False)
    para(doc, ISSUER + "文件", XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, color="FF0000", line=60, space_before=30)
    para(doc, "", indent=False)
    wh = para(doc, WENHAO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
              space_after=6)
    border(wh, "bottom", sz=18, space=8)
    para(doc, "", indent=False)

    # 标题
    for t in TITLE_LINES:
        para(doc, t, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
             line=36)
    para(doc, "", indent=False)
    para(doc, ZHUSONG, indent=False)
    for t in BODY:
        para(doc, t)
    para(doc, "")
    para(doc, "")
    para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(64)
    para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）")

    # 印发的工作要点: new page
    p = para(doc, "", indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "汶坪县2024年全面深化改革工作要点", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36,
         space_after=14)
    for t in PREAMBLE:
        para(doc, t)
    n = 0
    for head, tasks in PARTS:
        para(doc, head, HT, 16)
        for text, leaders, leads, helpers in tasks:
            n += 1
            p = para(doc, "")
            first, rest = text.split("。", 1)
            set_font(p.add_run("%d." % n), FS, 16)
            set_font(p.add_run(first + "。"), FS, 16, bold=True)
            set_font(p.add_run(rest), FS, 16)
            set_font(p.add_run(clause(leaders, leads, helpers)), KT, 16)
    for t in CLOSING:
        para(doc, t)

    # 版记 on a page of its own at the end
    for i in range(14):
        b = para(doc, "", indent=False)
        if i == 0:
            b.paragraph_format.page_break_before = True
    cs = para(doc, CHAOSONG, size=14, indent=False, line=26)
    cs.paragraph_format.left_indent = Pt(14)
    cs.paragraph_format.right_indent = Pt(14)
    cs.paragraph_format.first_line_indent = Pt(-0)
    border(cs, "top", color="000000", sz=8, space=4)
    border(cs, "bottom", color="000000", sz=4, space=4)
    yf = para(doc, "", size=14, indent=False, line=26)
    yf.paragraph_format.left_indent = Pt(14)
    yf.paragraph_format.right_indent = Pt(14)
    # right tab for the date
    ppr = yf._p.get_or_add_pPr()
    tabs = OxmlElement("w:tabs")
    tab = OxmlElement("w:tab")
    tab.set(qn("w:val"), "right")
    tab.set(qn("w:pos"), str(int((210 - 28 - 26) / 25.4 * 1440) - 280))
    tabs.append(tab)
    ppr.append(tabs)
    set_font(yf.add_run(YINFA_L + "\t" + YINFA_R), FS, 14)
    border(yf, "bottom", color="000000", sz=8, space=4)

    os.makedirs(WORK, exist_ok=True)
    doc.save(OUT)
    print("wrote", OUT, "tasks", n)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_round77_408", "--convert-to",
                    "pdf", "--outdir", WORK, OUT], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(WORK, NAME + ".pdf"),
                    os.path.join(HERE, NAME + ".txt")], check=True)


if __name__ == "__main__":
    main()
