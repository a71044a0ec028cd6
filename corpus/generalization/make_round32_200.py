#!/usr/bin/python3
"""Round 32 (folder c): 200_tingmei_qu_pdf_yuedu_fuzhi_zhehang.txt

汀湄区人民政府 (a district government) prints its 2025 政府工作报告 重点任务分工 as a typeset 公文 with no table:
A4, 16 pt on a 28-character line, 22 lines a page (exact 29 pt pitch), first lines indented two characters.  The
page head `汀湄区人民政府文件` (small, centred, ruled) stands on every page after the first, as an OA system's
电子公文 template prints it; the page number `-N-` is centred at the foot of every page.  LibreOffice prints the
DOCX to PDF; MuPDF (the engine of SumatraPDF and other viewers) gives the page text as a viewer's select-all + copy
does: one line per printed line, the page's head before and its number after the page's text.  Two changes are
made to MuPDF's output, both what a viewer's copy does: the empty lines MuPDF puts between text blocks and pages
are not copied, and no line keeps leading or trailing spaces (the first-line indent is no character in the PDF;
the 印发 line's typed spaces are dropped).  The spaces around digits (`增长 6%左右`, `〔2025〕3 号`, `4.5% ，`)
are LibreOffice's gap between Chinese and Latin text, which the copy turns into a space; they are kept.

Only WenQuanYi Micro Hei is installed here, so every run is set in it (see font()); the declared 公文 fonts would
fall back per script and split printed lines in the PDF's text.

Tasks are the attachment's `1.`…`40.` through eight `一、` sections, each closing with
`（牵头单位：A；配合单位：B、C）` (two without 配合单位, three with two 牵头单位); task 22 runs over two paragraphs.

This script only makes the text.  The gold is typed by hand in gold_200.py; check_gold.py compares the two.
Run: /usr/bin/python3 make_200.py [--write]
"""
import os
import subprocess
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__)) + "/"
NAME = "200_tingmei_qu_pdf_yuedu_fuzhi_zhehang"
TMP = "/tmp/r32c200/"

FS, KT, HT, XBS, ST = "仿宋_GB2312", "楷体_GB2312", "黑体", "方正小标宋简体", "宋体"

MARK = "汀湄区人民政府文件"
WENHAO = "汀政发〔2025〕3号"
TITLE = ["汀湄区人民政府关于印发2025年区政府", "工作报告重点任务分工的通知"]
ZHUSONG = "各街道办事处、镇人民政府，汀湄经济开发区管理委员会，区政府各部门、各直属机构："

INTRO = [
    "《2025年汀湄区人民政府工作报告》已经区十八届人民代表大会第五次会议审议通过。为确保报告确定的各项目标任务落到实处，经区政府研究，现将报告确定的重点任务分工印发给你们，并提出如下要求，请认真贯彻落实。",
]
BODY = [
    ("一、强化责任落实", [
        "各牵头单位对牵头任务负总责，主要负责同志为第一责任人，要逐项制定推进计划，明确时间表、路线图和责任人；配合单位要按照职责分工主动对接、协同推进。列有两个牵头单位的，由两个单位共同牵头，排在前面的单位负责综合协调和进度汇总。",
    ]),
    ("二、加强督查督办", [
        "区政府督查室要将重点任务纳入年度督查计划，实行“月调度、季通报、年考评”，督查结果纳入年度高质量发展绩效考核。各牵头单位于每季度最后一个月25日前将任务进展情况书面报送区政府督查室，对进度滞后的任务说明原因、提出措施。",
    ]),
    ("三、注重宣传引导", [
        "各街道、镇和区直各部门要及时总结推广重点任务落实中的好经验好做法，主动回应社会关切，为完成全年目标任务营造良好氛围。",
    ]),
]
FUJIAN = "附件：2025年区政府工作报告重点任务分工"
SIGN = "汀湄区人民政府"
DATE = "2025年2月27日"
FUZHU = "（此件公开发布）"

ATT_TITLE_LINES = ["2025年区政府工作报告", "重点任务分工"]

FG, CZ, TJ, GX, KJ, SW = "区发展和改革局", "区财政局", "区统计局", "区工业和信息化局", "区科学技术局", "区商务局"
TC, ZJ, ZR, JT, NY, SL = "区投资促进中心", "区住房和城乡建设局", "市自然资源和规划局汀湄分局", "区交通运输局", "区农业农村局", "区水利局"
JY, WJ, RS, MZ, WL, SC = "区教育局", "区卫生健康局", "区人力资源和社会保障局", "区民政局", "区文化和旅游体育局", "区市场监督管理局"
ST_, CG, YJ, SJ, SP, YB = "市生态环境局汀湄分局", "区城市管理和综合执法局", "区应急管理局", "区数据资源管理局", "区行政审批服务局", "区医疗保障局"
TY, KF, JD, ZZ, SWU, JR = "区退役军人事务局", "汀湄经济开发区管理委员会", "各街道办事处", "各镇人民政府", "国家税务总局栖川市汀湄区税务局", "区金融工作服务中心"
SF, GA, XF, XC, GSL, ZGH = "区司法局", "市公安局汀湄分局", "区信访局", "区委宣传部", "区工商业联合会", "区总工会"
FL, CL, ZX, ZF, GD = "区妇女联合会", "区残疾人联合会", "区直有关部门", "区直各行政执法部门", "国网栖川市汀湄区供电公司"


def C(lead, coop=()):
    s = "（牵头单位：" + "、".join(lead)
    if coop:
        s += "；配合单位：" + "、".join(coop)
    return s + "）"


# (section heading, [task]); a task is a list of paragraphs; the clause is added to the last one
ATT = [
    ("一、扩大有效需求，推动经济运行持续向好", [
        (["全区地区生产总值增长6%左右，一般公共预算收入增长4.5%，固定资产投资增长7%，社会消费品零售总额增长6.5%，城乡居民人均可支配收入增长与经济增长同步。"], [FG], [TJ, CZ, SW, GX]),
        (["实施重大项目攻坚年行动，全年实施区级重点项目186个，完成年度投资245亿元以上，新开工亿元以上项目60个。"], [FG], [ZJ, ZR, SP, KF, JD, ZZ]),
        (["积极争取超长期特别国债、地方政府专项债券等上级资金支持，全年争取上级资金30亿元以上。"], [CZ, FG], [ZX]),
        (["开展“汀湄惠购”系列促消费活动，落实大规模设备更新和消费品以旧换新政策，全年举办各类促消费活动50场以上。"], [SW], [WL, SC, CZ]),
        (["加快湄江路步行街、滨湖里商业综合体提档升级，培育夜间经济集聚区3个。"], [SW], [CG, ZJ, GA]),
        (["强化招商引资，全年新签约亿元以上项目80个，实际到位区外资金160亿元，实际使用外资2800万美元。"], [TC], [SW, KF, JD, ZZ]),
    ]),
    ("二、壮大实体经济，加快构建现代化产业体系", [
        (["实施制造业重点产业链高质量发展行动，规模以上工业增加值增长8%，新增规模以上工业企业25家。"], [GX], [TJ, KF]),
        (["推动新能源装备产业园二期、精密光学产业园建成投用，全年新增标准化厂房18.6万平方米。"], [KF], [GX, ZJ]),
        (["实施企业技术改造提升工程，完成技改投资45亿元，新增省级智能工厂和数字化车间8个。"], [GX], []),
        (["新增高新技术企业40家、科技型中小企业120家，全社会研发经费投入强度达到2.8%。"], [KJ], [CZ, TJ, SWU]),
        (["推进生产性服务业提质扩容，培育现代物流、检验检测、工业设计等服务业集聚区，规模以上服务业营业收入增长10%。"], [FG], [SW, JT, TJ]),
        (["推动数字经济核心产业加快发展，新建5G基站300个，建成区级城市运行管理服务平台。"], [SJ], [GX, CG]),
    ]),
    ("三、深化改革开放，持续优化营商环境", [
        (["深化“高效办成一件事”改革，推出企业和个人全生命周期重点事项集成服务20项，政务服务事项网上可办率达到98%以上。"], [SP], [SJ, ZX]),
        (["落实公平竞争审查制度，开展妨碍统一市场和公平竞争的政策措施清理，规范涉企行政检查，推行“综合查一次”。"], [SC, SF], [ZF]),
        (["健全政企常态化沟通机制，落实区领导联系重点企业制度，企业诉求办结率达到95%以上。"], [FG], [GSL, GX]),
        (["深化国有企业改革，推动区属国有企业整合重组和市场化转型，区属国有企业营业收入增长8%以上。"], [CZ], []),
        (["加强金融服务实体经济，新增普惠小微贷款15亿元，推动3家企业在区域性股权市场挂牌。"], [JR], [CZ, GX]),
        (["扩大对外开放，支持企业参加广交会、进博会等重点展会，全年进出口总额增长5%。"], [SW], [KF]),
    ]),
    ("四、推进城市更新，提升城乡建设管理水平", [
        (["实施城市更新行动，改造城镇老旧小区32个（涉及居民4860户），加装电梯60部，完成城中村改造项目4个。"], [ZJ], [CZ, ZR, JD]),
        (["推进交通基础设施建设，建成湄江大道东延、栖霞路改造等道路工程12条，新增公共停车泊位2000个。"], [JT], [ZJ, CG, GA]),
        (["推进城市精细化管理，深化“一巡多处”工作机制，打造精品示范街区10条，生活垃圾分类覆盖率保持100%。"], [CG], [JD]),
        (["加快地下管网建设改造，改造老旧燃气、供水、排水管网86公里，同步推进雨污分流和管网智能化监测。",
          "健全城市排水防涝体系，完成城区易涝点整治15处，汛前完成排水管渠清疏。"], [ZJ], [SL, CG, YJ]),
        (["促进房地产市场平稳健康发展，扎实推进保交房工作，收购存量商品房用作保障性住房500套。"], [ZJ], [CZ, ZR, JR]),
        (["加强城市公园绿地建设，新建口袋公园8个、绿道25公里。"], [CG], [ZR, JD, ZZ]),
    ]),
    ("五、全面推进乡村振兴，促进城乡融合发展", [
        (["稳定粮食生产，落实粮食播种面积12.5万亩、粮食总产量5.8万吨以上，新建高标准农田1.2万亩。"], [NY], [CZ, SL, ZZ]),
        (["发展特色现代农业，做强湄江鲜莲、汀湄茶叶等特色产业，新增市级以上农业产业化龙头企业5家。"], [NY], [SW, SC]),
        (["实施乡村建设行动，新改建农村公路35公里，农村生活污水治理率达到65%，打造和美乡村示范村10个。"], [NY, JT], [ST_, SL, ZZ]),
        (["巩固拓展脱贫攻坚成果，健全防止返贫致贫监测和帮扶机制，坚决守住不发生规模性返贫致贫底线。"], [NY], [MZ, RS, YB, JY, ZZ]),
    ]),
    ("六、加强生态环境保护，推动绿色低碳发展", [
        (["深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在30微克/立方米以内，国省控断面水质优良比例保持100%。"], [ST_], [ZJ, CG, NY, SL, JD, ZZ]),
        (["全面落实河湖长制，完成湄江干流生态修复工程，创建美丽幸福河湖3条。"], [SL], [NY, ST_]),
        (["推动绿色低碳转型，新增分布式光伏装机容量5万千瓦，完成重点用能单位节能诊断20家。"], [FG], [GX, GD]),
    ]),
    ("七、持续增进民生福祉，提升公共服务水平", [
        (["落实就业优先政策，城镇新增就业8500人，城镇调查失业率控制在5.5%以内，开展职业技能培训1.2万人次。"], [RS], [JY, CZ, ZGH, FL]),
        (["推进教育优质均衡发展，新建改扩建中小学和幼儿园6所，新增学位5400个。"], [JY], [FG, CZ, ZR, ZJ]),
        (["深化紧密型医疗集团建设，推进区人民医院新院区建设，每千人口执业（助理）医师数达到3.6人。"], [WJ], [YB, FG]),
        (["完善养老服务体系，新建街道综合养老服务中心3个、社区老年助餐点20个，完成特殊困难老年人家庭适老化改造500户。"], [MZ], [WJ, CZ, JD, ZZ]),
        (["健全社会救助体系，落实城乡低保、特困供养等政策，做好退役军人、残疾人等群体服务保障工作。"], [MZ], [TY, CL, YB]),
        (["繁荣文化体育事业，举办湄江文化旅游节等群众性文体活动200场以上，新建智慧健身驿站10个。"], [WL], [XC, JD]),
    ]),
    ("八、统筹发展和安全，推进社会治理现代化", [
        (["持续开展安全生产治本攻坚三年行动，强化燃气、自建房、消防、道路交通等重点领域隐患排查整治，坚决遏制重特大事故发生。"], [YJ], [ZJ, JT, CG, SC, JD, ZZ]),
        (["深化信访工作法治化，推进矛盾纠纷多元化解，信访事项及时受理率、按期办结率均达到100%。"], [XF], [SF, GA, JD, ZZ]),
        (["加强政府自身建设，严格落实过紧日子要求，区级一般性支出压减5%以上。"], [CZ], [ZX]),
    ]),
]
CHAOSONG = "抄送：区委各部门，区人大常委会办公室，区政协办公室，区监委，区法院，区检察院，区人武部。"
YINFA_L, YINFA_R = "汀湄区人民政府办公室", "2025年2月27日印发"


# Only WenQuanYi Micro Hei is installed here; LibreOffice would set the 公文 fonts' digits and quote marks in
# fallback fonts whose metrics split a printed line in two in the PDF's text.  One real font for all scripts
# keeps each printed line one line of text, as in a PDF made where the 公文 fonts are installed.
REAL = "WenQuanYi Micro Hei"


def font(run, name, size=16, bold=None, color=None):
    run.font.name = REAL
    rf = run._r.get_or_add_rPr().get_or_add_rFonts()
    rf.set(qn("w:eastAsia"), REAL)
    rf.set(qn("w:hint"), "eastAsia")
    run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color:
        run.font.color.rgb = color


def para(container, text="", fn=FS, size=16, align=None, indent=True, color=None, exact=29):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.widow_control = False
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            pf.first_line_indent = Pt(32)
    if text:
        font(p.add_run(text), fn, size, None, color)
    return p


def page_field(p):
    p._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:rPr><w:rFonts w:ascii="{REAL}" w:hAnsi="{REAL}"/>'
        f'<w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'))


def footer(p):
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run("-"), ST, 14)
    page_field(p)
    font(p.add_run("-"), ST, 14)


def header(p):
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run(MARK), ST, 10.5)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>'))


def build(pad):
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(34.5)
    sec.left_margin, sec.right_margin = Mm(27), Mm(24.5)
    sec.header_distance, sec.footer_distance = Mm(18), Mm(24)
    sec.different_first_page_header_footer = True
    st = d.styles["Normal"]
    st.font.name = REAL
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), REAL)
    header(sec.header.paragraphs[0])
    footer(sec.footer.paragraphs[0])
    footer(sec.first_page_footer.paragraphs[0])

    para(d, "")
    para(d, MARK, XBS, 34, align="c", color=RGBColor(0xFF, 0, 0), exact=54)
    para(d, "")
    para(d, WENHAO, align="c")
    p = para(d, "", indent=False, exact=12)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr>'))
    para(d, "")
    for t in TITLE:
        para(d, t, XBS, 22, align="c", exact=36)
    para(d, "")
    para(d, ZHUSONG, indent=False)
    for t in INTRO:
        para(d, t)
    for h, ps in BODY:
        para(d, h, HT)
        for t in ps:
            para(d, t)
    para(d, "")
    para(d, FUJIAN)
    para(d, "")
    para(d, "")
    p = para(d, SIGN, align="r")
    p.paragraph_format.right_indent = Pt(64)
    p = para(d, DATE, align="r")
    p.paragraph_format.right_indent = Pt(64)
    para(d, FUZHU)

    p = para(d, "附件", HT, indent=False)
    p.paragraph_format.page_break_before = True
    para(d, "")
    for t in ATT_TITLE_LINES:
        para(d, t, XBS, 22, align="c", exact=36)
    para(d, "")
    n = 0
    for head, tasks in ATT:
        para(d, head, HT)
        for paras, lead, coop in tasks:
            n += 1
            for k, t in enumerate(paras):
                if k == 0:
                    t = f"{n}." + t
                if k == len(paras) - 1:
                    t = t + pad.get(n, "") + C(lead, coop)
                para(d, t)
    para(d, "")
    para(d, "")
    p = para(d, "", indent=False, exact=24)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/>'
        f'<w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>'))
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(-14)
    font(p.add_run(CHAOSONG), FS, 14)
    p = para(d, "", indent=False, exact=24)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="8" w:space="1" w:color="000000"/></w:pBdr>'))
    p.paragraph_format.tab_stops.add_tab_stop(Mm(154), WD_TAB_ALIGNMENT.RIGHT)
    font(p.add_run("  " + YINFA_L + "\t" + YINFA_R), FS, 14)
    return d


PAD = {}


def make(pad):
    os.makedirs(TMP, exist_ok=True)
    d = build(pad)
    docx = TMP + NAME + ".docx"
    d.save(docx)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", TMP, docx],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    raw = subprocess.run(["mutool", "draw", "-q", "-F", "txt", "-o", "-", TMP + NAME + ".pdf"],
                         check=True, capture_output=True).stdout.decode("utf-8")
    open(TMP + NAME + ".mutool.txt", "w", encoding="utf-8").write(raw)
    # a viewer's copy: MuPDF's empty lines between blocks and pages are not copied; trailing spaces dropped
    lines = [ln.strip() for ln in raw.replace("\f", "\n").split("\n")]
    return "\n".join(ln for ln in lines if ln.strip()) + "\n"


if __name__ == "__main__":
    text = make(PAD)
    if "--write" in sys.argv:
        open(OUT + NAME + ".txt", "w", encoding="utf-8").write(text)
        print("written", OUT + NAME + ".txt")
    else:
        sys.stdout.write(text)
