#!/usr/bin/python3
"""Round 74, notice 395: a 市人民政府办公室 notice dividing the 2025 《政府工作报告》
tasks, paragraph form, as `pdftotext -layout` prints the PDF posted on the portal.

Steps (all intermediates in work395/):
  1. write work395/395_fengning_shi_zfgzbg_renwu_fengong.docx with python-docx
     (A4, GB/T 9704-like page: 3号 仿宋 body, 28.9 pt exact line pitch,
     odd/even footers `— N —` with a PAGE field);
  2. soffice --headless --convert-to pdf;
  3. pdftotext -layout -enc UTF-8 → the .txt copied to /work/round74/.

Run with /usr/bin/python3.
"""
import os
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(HERE, "work395")
NAME = "395_fengning_shi_zfgzbg_renwu_fengong"

FANGSONG = "仿宋_GB2312"
HEITI = "黑体"
KAITI = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"

BODY_PT = 16          # 3号
LINE_PT = 28.9        # 22 lines a page
INDENT = Pt(32)       # two characters

# ---------------------------------------------------------------- content
ISSUER = "枫宁市人民政府办公室"
WENHAO = "枫政办发〔2025〕6号"
TITLE_LINES = ["枫宁市人民政府办公室", "关于印发2025年《政府工作报告》重点工作", "任务分工的通知"]
ZHUSONG = "各县（市、区）人民政府，枫宁高新区管委会，市政府各部门、各直属机构："
COVER = [
    "《政府工作报告》已经枫宁市第十七届人民代表大会第四次会议审议通过。为确保《政府工作报告》"
    "确定的各项目标任务落到实处，经市人民政府同意，现将2025年《政府工作报告》重点工作任务分工"
    "印发给你们，并就有关事项通知如下。",
    ("一、", "强化责任落实。", "各责任市领导要加强对分管领域重点工作的统筹调度，及时研究解决推进中的重大问题。"
     "各牵头单位要切实履行牵头职责，于3月15日前制定具体工作方案，明确时间表、路线图和责任人；"
     "各配合单位要按照职责分工，主动对接、密切配合，形成工作合力。"),
    ("二、", "加强督查考核。", "市政府督查室要将重点工作任务纳入全年督查重点，实行清单化管理、"
     "销号式推进。各牵头单位要于每季度最后一个月的20日前，将任务进展情况报送市政府督查室。"
     "重点工作任务完成情况纳入市直单位和县（市、区）年度综合考核。"),
    ("三、", "及时报告情况。", "对推进中遇到的重大问题，各牵头单位要及时向责任市领导报告；"
     "需市人民政府协调解决的，要提出具体意见建议，按程序报市人民政府研究。"),
]
FUJIAN_NAME = "2025年《政府工作报告》重点工作任务分工"
SIGN = "枫宁市人民政府办公室"
DATE = "2025年2月27日"
PUBLIC = "（此件公开发布）"

# parts: (heading, [(task text, bracket)])
PARTS = [
    ("一、主要预期目标", [
        ("全市地区生产总值增长6%左右，在实际工作中努力争取更好结果。",
         "责任市领导：程远航、许建林；牵头单位：市发展改革委；配合单位：市统计局、各县（市、区）人民政府、枫宁高新区管委会"),
        ("城镇调查失业率控制在5.5%左右，城镇新增就业4.2万人以上。",
         "责任市领导：陆明哲；牵头单位：市人力资源社会保障局；配合单位：市统计局、各县（市、区）人民政府"),
        ("居民消费价格涨幅控制在2%左右，居民人均可支配收入增长与经济增长同步。",
         "责任市领导：许建林；牵头单位：市发展改革委；配合单位：市统计局、市市场监管局、国家统计局枫宁调查队"),
    ]),
    ("二、加快构建现代化产业体系", [
        ("实施制造业重点产业链高质量发展行动，做强新能源汽车零部件、先进装备制造、绿色食品三大主导产业，"
         "全年新增规模以上工业企业120家以上。",
         "责任市领导：韩晓东；牵头单位：市工业和信息化局；配合单位：市发展改革委、市科技局、市商务局，各县（市、区）人民政府"),
        ("深入推进智能化改造和数字化转型，新增省级智能工厂、数字化车间15个，工业技术改造投资增长10%以上。",
         "责任市领导：韩晓东；牵头单位：市工业和信息化局；配合单位：市数据局、市财政局"),
        ("强化企业科技创新主体地位，高新技术企业总数突破600家，全社会研发经费投入强度达到2.3%。",
         "责任市领导：宋雅琴；牵头单位：市科技局；配合单位：市财政局、市统计局、枫宁高新区管委会"),
        ("加快枫宁高新区扩区提质，推进“一区多园”管理体制改革，力争在全省高新区综合评价中进位升级。",
         "责任市领导：许建林、宋雅琴；牵头单位：枫宁高新区管委会；配合单位：市科技局、市委编办、市自然资源和规划局"),
        ("大力发展数字经济，新建5G基站1200个，推动城市算力中心一期项目投入运营，数字经济核心产业增加值增长12%。",
         "责任市领导：韩晓东；牵头单位：市数据局；配合单位：市工业和信息化局、市通信发展管理办公室"),
        ("培育壮大文化旅游产业，推进青螺湖旅游度假区创建国家级旅游度假区，全年接待游客人次增长8%以上。",
         "责任市领导：宋雅琴；牵头单位：市文化广电旅游局；配合单位：市发展改革委、市自然资源和规划局、青螺湖旅游度假区管委会"),
    ]),
    ("三、全力扩大有效需求", [
        ("实施重点项目攻坚行动，全年安排市级重点项目260个，完成年度投资560亿元以上。",
         "责任市领导：许建林；牵头单位：市发展改革委；配合单位：市重点项目服务中心、各县（市、区）人民政府、枫宁高新区管委会"),
        ("积极争取超长期特别国债、地方政府专项债券等资金支持，全年争取上级资金增长10%以上。",
         "责任市领导：许建林；牵头单位：市发展改革委、市财政局；配合单位：市直有关部门"),
        ("深入实施提振消费专项行动，扎实推进消费品以旧换新，全年社会消费品零售总额增长5.5%。",
         "责任市领导：陆明哲；牵头单位：市商务局；配合单位：市财政局、市市场监管局、市文化广电旅游局"),
        ("推动外贸稳规模优结构，加快跨境电子商务综合试验区建设，全年进出口总额增长5%以上。",
         "责任市领导：陆明哲；牵头单位：市商务局；配合单位：枫宁海关、市税务局、市外事办"),
        ("强化招商引资，开展产业链精准招商，全年引进亿元以上项目150个，实际到位市外资金增长8%。",
         "责任市领导：陆明哲；牵头单位：市投资促进局；配合单位：市商务局、各县（市、区）人民政府、枫宁高新区管委会"),
    ]),
    ("四、深化重点领域改革", [
        ("持续优化营商环境，深化“高效办成一件事”改革，推动更多政务服务事项“一网通办”。",
         "责任市领导：方立新；牵头单位：市政务服务管理局；配合单位：市数据局、市直有关部门"),
        ("深化国资国企改革，推进市属国有企业战略性重组和专业化整合，完成国有企业改革深化提升行动年度任务。",
         "责任市领导：许建林；牵头单位：市国资委"),
        ("支持民营经济发展壮大，落实民营企业融资支持政策，全年新增普惠小微企业贷款80亿元以上。",
         "责任市领导：许建林；牵头单位：市委金融办；配合单位：中国人民银行枫宁市分行、国家金融监督管理总局枫宁监管分局、市工商联"),
        ("深化财税体制改革，推进零基预算改革，加强财政资源统筹，严格落实过紧日子要求。",
         "责任市领导：许建林；牵头单位：市财政局"),
    ]),
    ("五、推进乡村全面振兴", [
        ("坚决扛牢粮食安全责任，粮食播种面积稳定在380万亩以上，新建高标准农田12万亩。",
         "责任市领导：周文斌；牵头单位：市农业农村局；配合单位：市自然资源和规划局、市水利局、市财政局"),
        ("巩固拓展脱贫攻坚成果，守牢不发生规模性返贫致贫底线，脱贫人口人均纯收入增长8%以上。",
         "责任市领导：周文斌；牵头单位：市农业农村局；配合单位：市民政局、市人力资源社会保障局、市医保局"),
        ("大力发展乡村特色产业，培育壮大茶叶、油茶、生态养殖等特色产业集群，新增市级以上农业产业化龙头企业20家。",
         "责任市领导：周文斌；牵头单位：市农业农村局；配合单位：市林业局、市供销社"),
        ("实施农村人居环境整治提升行动，农村卫生厕所普及率达到80%，新建和美乡村示范村30个。",
         "责任市领导：周文斌；牵头单位：市农业农村局；配合单位：市住房城乡建设局、市生态环境局、市城市管理局"),
    ]),
    ("六、推进城市更新和基础设施建设", [
        ("实施城市更新行动，改造城镇老旧小区86个，开工建设城中村改造安置房3200套。",
         "责任市领导：方立新；牵头单位：市住房城乡建设局；配合单位：市自然资源和规划局、市财政局、市城市管理局"),
        ("加快交通基础设施建设，推进枫宁至云渡高速公路、枫宁西站综合交通枢纽建设，建成国省干线公路45公里。",
         "责任市领导：方立新；牵头单位：市交通运输局；配合单位：市发展改革委、市自然资源和规划局"),
        ("推进水利基础设施建设，加快鹭鸣水库、青螺湖引水工程建设，全年完成水利投资30亿元以上。",
         "责任市领导：周文斌；牵头单位：市水利局；配合单位：市发展改革委、市财政局"),
        ("促进房地产市场平稳健康发展，优化住房保障体系，筹集保障性租赁住房1500套。",
         "责任市领导：方立新；牵头单位：市住房城乡建设局；配合单位：市自然资源和规划局、市财政局、中国人民银行枫宁市分行"),
    ]),
    ("七、加强生态环境保护", [
        ("深入打好蓝天保卫战，细颗粒物（PM2.5）平均浓度控制在32微克/立方米以内，空气质量优良天数比率达到88%。",
         "责任市领导：方立新；牵头单位：市生态环境局；配合单位：市工业和信息化局、市住房城乡建设局、市交通运输局、市公安局"),
        ("全面推行河湖长制，国考、省考断面水质优良比例保持100%，县级以上集中式饮用水水源地水质达标率保持100%。",
         "责任市领导：周文斌、方立新；牵头单位：市水利局、市生态环境局；配合单位：市农业农村局、市住房城乡建设局"),
        ("积极稳妥推进碳达峰碳中和，实施节能降碳改造项目40个，单位地区生产总值能耗降低完成省下达目标。",
         "责任市领导：许建林；牵头单位：市发展改革委；配合单位：市工业和信息化局、市生态环境局、市统计局"),
    ]),
    ("八、保障和改善民生", [
        ("实施就业优先战略，抓好高校毕业生、农民工、退役军人等重点群体就业，全年开展补贴性职业技能培训3万人次。",
         "责任市领导：陆明哲；牵头单位：市人力资源社会保障局；配合单位：市教育局、市农业农村局、市退役军人事务局、市财政局"),
        ("推进教育优质均衡发展，新建改扩建中小学校、幼儿园12所，新增学位1.1万个。",
         "责任市领导：宋雅琴；牵头单位：市教育局；配合单位：市发展改革委、市财政局、市自然资源和规划局、市住房城乡建设局"),
        ("深化医药卫生体制改革，推进紧密型县域医共体建设，市人民医院新院区建成投用。",
         "责任市领导：宋雅琴；牵头单位：市卫生健康委；配合单位：市医保局、市发展改革委、市人民医院"),
        ("健全多层次社会保障体系，城乡居民基本养老保险参保率稳定在95%以上，新增养老服务床位1200张。",
         "责任市领导：陆明哲；牵头单位：市人力资源社会保障局、市民政局；配合单位：市财政局、市医保局"),
        ("统筹发展和安全，深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。",
         "责任市领导：邵振宇；牵头单位：市应急管理局；配合单位：市安委会各成员单位"),
        ("推进平安枫宁建设，常态化开展扫黑除恶斗争，依法严厉打击电信网络诈骗等违法犯罪。",
         "责任市领导：邵振宇；牵头单位：市公安局；配合单位：市司法局、市信访局、各县（市、区）人民政府"),
    ]),
    ("九、加强政府自身建设", [
        ("深入推进法治政府建设，严格落实重大行政决策程序，全面推行行政执法“三项制度”。",
         "责任市领导：程远航；牵头单位：市司法局；配合单位：市直各部门"),
        ("持之以恒正风肃纪，锲而不舍落实中央八项规定精神，持续为基层减负。",
         "责任市领导：程远航；牵头单位：市政府办公室；配合单位：市审计局、市直各部门"),
    ]),
]

CHAOSONG = "抄送：市委各部门，枫宁军分区，市人大常委会办公室，市政协办公室，市监委，市中级法院，市检察院。"
YINFA_LEFT = "枫宁市人民政府办公室"
YINFA_RIGHT = "2025年2月27日印发"


# ---------------------------------------------------------------- helpers
def set_run_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    rfonts.set(qn("w:eastAsia"), east)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def fmt_par(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=None, left=None, right=None,
            line=LINE_PT, before=0, after=0):
    pf = p.paragraph_format
    pf.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.widow_control = False
    if first is not None:
        pf.first_line_indent = first
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right
    # snap to grid off, no autospace between CJK and Latin (as 公文 templates set)
    ppr = p._p.get_or_add_pPr()
    for tag in ("w:snapToGrid", "w:autoSpaceDE", "w:autoSpaceDN"):
        el = OxmlElement(tag)
        el.set(qn("w:val"), "0")
        ppr.append(el)


def para(doc, text="", east=FANGSONG, size=BODY_PT, bold=False, color=None, **kw):
    p = doc.add_paragraph()
    fmt_par(p, **kw)
    if text:
        set_run_font(p.add_run(text), east, size, bold, color)
    return p


def border(p, side, color="000000", sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        # pBdr must precede spacing/ind/jc in CT_PPr order: put it early
        ppr.insert(0, bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)


def add_page_field(p, size=14):
    def r(text=None, fld=None, instr=None):
        run = p.add_run()
        set_run_font(run, SONG, size)
        if fld:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), fld)
            run._element.append(fc)
        if instr:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = instr
            run._element.append(it)
        if text:
            run.text = text
        return run
    r("— ")
    r(fld="begin")
    r(instr=" PAGE ")
    r(fld="separate")
    r("1")
    r(fld="end")
    r(" —")


def page_setup(section):
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(37)
    section.bottom_margin = Mm(35)
    section.left_margin = Mm(27)
    section.right_margin = Mm(24)
    section.footer_distance = Mm(28)
    section.header_distance = Mm(15)
    # odd page: right, one character in; even page: left, one character in
    fp = section.footer.paragraphs[0]
    fmt_par(fp, align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(14), line=18)
    add_page_field(fp)
    ep = section.even_page_footer.paragraphs[0]
    fmt_par(ep, align=WD_ALIGN_PARAGRAPH.LEFT, left=Pt(14), line=18)
    add_page_field(ep)


def page_break(doc):
    p = doc.add_paragraph()
    fmt_par(p)
    p.add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- build
def build(path):
    doc = Document()
    doc.settings.odd_and_even_pages_header_footer = True
    st = doc.styles["Normal"]
    st.font.size = Pt(BODY_PT)
    st.element.get_or_add_rPr()
    page_setup(doc.sections[0])

    # 版头
    for _ in range(2):
        para(doc)
    para(doc, ISSUER + "文件", east=XBS, size=30, color="E00000",
         align=WD_ALIGN_PARAGRAPH.CENTER, line=48)
    para(doc)
    p = para(doc, WENHAO, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", color="E00000", sz=18)
    para(doc)

    # 标题
    for t in TITLE_LINES:
        para(doc, t, east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc)
    para(doc, ZHUSONG, first=Pt(0))
    for item in COVER:
        p = para(doc, first=INDENT)
        if isinstance(item, str):
            set_run_font(p.add_run(item), FANGSONG, BODY_PT)
        else:
            num, lead, rest = item
            # the lead-in sentence in 黑体 as offices often set it
            set_run_font(p.add_run(num + lead), HEITI, BODY_PT)
            set_run_font(p.add_run(rest), FANGSONG, BODY_PT)
    para(doc)
    p = para(doc, first=INDENT)
    set_run_font(p.add_run("附件：" + FUJIAN_NAME), FANGSONG, BODY_PT)
    para(doc)
    para(doc)
    para(doc, SIGN, align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(16 * 3))
    para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(16 * 4))
    para(doc, PUBLIC, first=INDENT)

    # 附件
    page_break(doc)
    para(doc, "附件", east=HEITI, first=Pt(0), align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc)
    para(doc, FUJIAN_NAME, east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc)
    n = 0
    for head, tasks in PARTS:
        para(doc, head, east=HEITI, first=INDENT)
        for text, clause in tasks:
            n += 1
            p = para(doc, first=INDENT)
            set_run_font(p.add_run(f"{n}." + text), FANGSONG, BODY_PT)
            set_run_font(p.add_run("（" + clause + "）"), KAITI, BODY_PT)

    # 版记
    para(doc)
    para(doc)
    p = para(doc, CHAOSONG, size=14, left=Pt(14), right=Pt(14), first=Pt(0), line=26)
    border(p, "top", sz=8)
    border(p, "bottom", sz=4)
    p = para(doc, size=14, left=Pt(14), right=Pt(14), first=Pt(0), line=26,
             align=WD_ALIGN_PARAGRAPH.LEFT)
    border(p, "bottom", sz=8)
    sec = doc.sections[0]
    width = sec.page_width - sec.left_margin - sec.right_margin - Pt(28)
    p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    set_run_font(p.add_run(YINFA_LEFT + "\t" + YINFA_RIGHT), FANGSONG, 14)

    doc.save(path)
    return n


def main():
    os.makedirs(WORK, exist_ok=True)
    docx_path = os.path.join(WORK, NAME + ".docx")
    n = build(docx_path)
    print("tasks:", n)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", WORK, docx_path],
                   check=True, stdout=subprocess.DEVNULL)
    pdf = os.path.join(WORK, NAME + ".pdf")
    txt = os.path.join(WORK, NAME + ".pdftotext.txt")
    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", pdf, txt], check=True)
    shutil.copyfile(txt, os.path.join(HERE, NAME + ".txt"))
    print("wrote", os.path.join(HERE, NAME + ".txt"))


if __name__ == "__main__":
    main()
