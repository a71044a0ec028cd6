#!/usr/bin/env python3
"""Round 125, case 638 (control): a 中共槿岚县委办公室 red-header Word notice issuing the
task division of the 县委's 2025 工作要点. Parts 一、 with （一） sub-parts (two parts have
none), tasks 1．–34． running on, each closing with a 楷体 bracket
（牵头县领导：X；牵头单位：A；责任单位：B、C）. The cover says 牵头单位 lead and 责任单位 cooperate.

Writes 638_jinlan_xianwei_gongzuo_yaodian_renwu_fengong.docx and its .tasks.gold.jsonl,
byte-identical on every run.
"""
import io
import json
import os
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "638_jinlan_xianwei_gongzuo_yaodian_renwu_fengong"
DOCX = os.path.join(HERE, BASE + ".docx")
GOLD = os.path.join(HERE, BASE + ".tasks.gold.jsonl")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)

# ---------------------------------------------------------------- content
# A part is ("一、…", [sub-parts]) where a sub-part is ("（一）…" or None, [tasks]).
# A task is (text, leaders, leads, helpers, style) — leaders as printed (padding kept),
# helpers None when the bracket has no 责任单位, style "inline" or "own" (bracket in its
# own paragraph), sep: separator string list between helpers (default 、).
PARTS = [
    ("一、坚持以党的政治建设为统领，坚定拥护“两个确立”、坚决做到“两个维护”", [
        ("（一）深入学习贯彻习近平新时代中国特色社会主义思想", [
            ("持续深化党的创新理论武装。认真落实“第一议题”制度，健全县委理论学习中心组学习、党员干部教育培训、基层理论宣讲等常态化机制，推动党的二十届三中全会精神进机关、进农村、进企业、进校园、进社区。",
             ["陈雅琴"], ["县委宣传部"], ["县委组织部", "县委党校", "县融媒体中心", "各乡镇党委"]),
            ("坚决贯彻落实党中央决策部署。健全落实党中央决策部署和省委、市委工作要求的督查问效机制，对重大决策部署执行情况实行清单化管理、闭环式落实，确保政令畅通、令行禁止。",
             ["韩晓峰"], ["县委办公室"], ["县政府办公室", "县委督查室"]),
        ]),
        ("（二）严明党的政治纪律和政治规矩", [
            ("严格执行新形势下党内政治生活若干准则，高质量开好县委常委会班子和各级领导班子民主生活会，认真落实重大事项请示报告制度，持续净化优化政治生态。",
             ["刘　畅", "孙国栋"], ["县委组织部"], ["县纪委监委机关", "县委办公室"]),
        ]),
    ]),
    ("二、聚焦高质量发展首要任务，推动县域经济量质齐升", [
        ("（一）做强做优实体经济", [
            ("做大绿色食品和竹木精深加工两大主导产业，全面落实重点产业链“链长制”，新培育规模以上工业企业10家以上，规模以上工业增加值增长8%左右。",
             ["周建平"], ["县工业和信息化局"], ["县发展和改革局", "县财政局", "县林业局", "县市场监督管理局", "县统计局"]),
            ("加快槿岚经济开发区扩区调区，完善标准厂房、污水集中处理等配套设施，深化“亩均论英雄”改革，力争开发区营业收入突破120亿元。",
             ["黄卫东"], ["槿岚经济开发区管委会"], ["县自然资源局", "县住房和城乡建设局", "市生态环境局槿岚分局"]),
            ("大力发展现代服务业，推动商贸流通、电子商务、现代物流提质扩容，深入开展消费品以旧换新，社会消费品零售总额增长6%以上。",
             ["唐宏亮"], ["县商务局"], ["县发展和改革局", "县交通运输局", "县文化广电旅游局", "县统计局"]),
        ]),
        ("（二）持续扩大有效投资", [
            ("坚持“项目为王”，全年谋划储备项目200个以上，积极争取超长期特别国债、地方政府专项债券等资金10亿元以上，固定资产投资增长7%左右。",
             ["赵明远", "周建平"], ["县发展和改革局"], ["县财政局", "县自然资源局", "县住房和城乡建设局", "县统计局"]),
            ("强化精准招商，聚焦主导产业开展产业链招商、以商招商、基金招商，全年引进亿元以上项目20个以上，实际到位资金增长10%以上。",
             ["赵明远"], ["县投资促进中心"], ["县商务局", "县工业和信息化局", "槿岚经济开发区管委会"]),
            ("深入开展“项目建设攻坚年”活动，落实县领导联系重点项目制度，常态化开展项目集中开工、现场观摩和季度调度，推动项目早落地、早投产、早见效。",
             ["周建平"], ["县发展和改革局", "县重点项目服务中心"], ["县自然资源局", "县住房和城乡建设局", "县行政审批服务局"]),
        ]),
        ("（三）纵深推进改革开放", [
            ("统筹推进重点领域改革。谋划实施年度全面深化改革重点任务，深化国资国企、财税金融、农村集体产权制度等改革，推动改革成果转化为发展实效。",
             ["韩晓峰"], ["县委改革办"], ["县财政局", "县农业农村局", "县国有资产服务中心"]),
            ("持续优化营商环境。深入推进“高效办成一件事”，开展营商环境突出问题专项整治，落实涉企行政检查“扫码入企”，全面清理拖欠企业账款。",
             ["黄卫东"], ["县行政审批服务局"], ["县发展和改革局", "县市场监督管理局", "县司法局", "县数据局"]),
        ]),
    ]),
    ("三、全面推进乡村振兴，加快建设农业强县", [
        ("（一）守牢“三农”工作底线", [
            ("落实粮食安全党政同责，稳定粮食播种面积38万亩以上，新建高标准农田2.5万亩，坚决遏制耕地“非农化”、基本农田“非粮化”。",
             ["冯晓燕"], ["县农业农村局"], ["县自然资源局", "县水利局", "县财政局", "县发展和改革局"]),
            ("巩固拓展脱贫攻坚成果，健全防止返贫致贫监测和帮扶机制，加强易地扶贫搬迁后续扶持，确保不发生规模性返贫致贫。",
             ["韩晓峰", "冯晓燕"], ["县农业农村局"], ["县人力资源和社会保障局", "县民政局", "县医疗保障局", "县教育体育局", "各乡镇党委"], "own"),
        ]),
        ("（二）建设宜居宜业和美乡村", [
            ("学习运用“千万工程”经验，深入开展农村人居环境整治提升行动，统筹推进农村改厕、生活污水和垃圾治理，建成省级和美乡村示范村6个。",
             ["冯晓燕"], ["县农业农村局"], ["县住房和城乡建设局", "市生态环境局槿岚分局", "县卫生健康局"]),
            ("发展壮大新型农村集体经济，规范村级集体经济组织运行管理，全县村级集体经济经营性收入全部达到10万元以上。",
             ["刘畅"], ["县委组织部"], ["县农业农村局", "县财政局"]),
            ("深化党建引领乡村治理，推广积分制、清单制、数字化等务实管用做法，持续推进移风易俗，整治高额彩礼、大操大办等突出问题。",
             ["刘畅"], ["县委社会工作部"], ["县委组织部", "县民政局", "县农业农村局"]),
        ]),
    ]),
    ("四、坚持以人民为中心的发展思想，持续增进民生福祉", [
        ("（一）稳就业促增收", [
            ("落实就业优先政策，加强高校毕业生、农民工、退役军人等重点群体就业帮扶，城镇新增就业2200人以上，城镇调查失业率控制在5.5%以内。",
             ["唐宏亮"], ["县人力资源和社会保障局"], ["县财政局", "县退役军人事务局", "县总工会", "团县委", "县妇联"]),
        ]),
        ("（二）推进教育医疗事业发展", [
            ("推动义务教育优质均衡发展，新建改扩建中小学、幼儿园5所，深化县域普通高中振兴行动，办好人民满意的教育。",
             ["林　静"], ["县教育体育局"], ["县发展和改革局", "县财政局", "县住房和城乡建设局"]),
            ("深化紧密型县域医共体建设，推进县人民医院创建三级医院，加强乡镇卫生院和村卫生室标准化建设，提升基层医疗服务能力。",
             ["林　静"], ["县卫生健康局"], ["县医疗保障局", "县财政局", "县人力资源和社会保障局"]),
        ]),
        ("（三）织密社会保障网", [
            ("完善“一老一小”服务体系，新建社区嵌入式养老服务设施3个、普惠托育机构2家，加强困难群众基本生活保障。",
             ["唐宏亮"], ["县民政局"], None),
        ]),
    ]),
    ("五、统筹发展和安全，建设更高水平的平安槿岚", [
        ("（一）维护社会大局稳定", [
            ("坚持和发展新时代“枫桥经验”，深化信访工作法治化，推进县乡两级综治中心规范化建设，实现矛盾纠纷“一站式”多元化解。",
             ["马志强"], ["县委政法委"], ["县信访局", "县司法局", "县公安局", "县人民法院", "县人民检察院"], "inline", {3: "，"}),
            ("常态化开展扫黑除恶斗争，依法严厉打击电信网络诈骗、养老诈骗等违法犯罪，持续提升群众安全感和满意度。",
             ["邓立新"], ["县公安局"], ["县委政法委", "县人民法院", "县人民检察院", "县司法局"]),
        ]),
        ("（二）守牢安全发展底线", [
            ("压紧压实安全生产责任，深入开展安全生产治本攻坚三年行动，扎实做好道路交通、建筑施工、燃气、消防等重点行业领域隐患排查整治。",
             ["周建平"], ["县应急管理局"], ["县交通运输局", "县住房和城乡建设局", "县市场监督管理局", "县消防救援大队"]),
            ("统筹做好地方政府债务、房地产、中小金融机构等重点领域风险防范化解，坚决守住不发生系统性风险的底线。",
             ["周建平"], ["县财政局"], ["县发展和改革局", "县住房和城乡建设局", "县金融工作服务中心"]),
        ]),
    ]),
    ("六、发展全过程人民民主，巩固和发展最广泛的爱国统一战线", [
        (None, [
            ("支持和保证县人大及其常委会依法行使监督权、决定权、任免权，加强人大代表工作能力建设，认真办理人大代表建议。",
             ["罗振华"], ["县人大常委会办公室"], ["县委办公室", "县政府办公室"]),
            ("支持县政协围绕中心工作开展协商议政、民主监督，深化“有事好商量”协商议事平台建设，认真办理政协委员提案。",
             ["许文斌"], ["县政协办公室"], ["县委统战部", "县政府办公室"]),
            ("做好新时代统一战线工作，加强党外代表人士队伍建设，促进非公有制经济健康发展和非公有制经济人士健康成长，做好民族宗教工作。",
             ["杨慧敏"], ["县委统战部"], ["县民族宗教事务局", "县工商联"]),
        ]),
    ]),
    ("七、坚持守正创新，繁荣发展社会主义文化", [
        (None, [
            ("牢牢掌握意识形态工作领导权，严格落实意识形态工作责任制，加强网络生态治理，做强主流思想舆论。",
             ["陈雅琴"], ["县委宣传部"], ["县委网信办", "县公安局", "县融媒体中心"]),
            ("深化群众性精神文明创建，扎实推进全国文明城市创建工作，开展“槿岚好人”评选和新时代文明实践活动。",
             ["陈雅琴"], ["县委宣传部"], ["县文化广电旅游局", "县住房和城乡建设局", "县城市管理局", "团县委"]),
        ]),
    ]),
    ("八、坚定不移全面从严治党，为现代化槿岚建设提供坚强保证", [
        ("（一）建设高素质专业化干部队伍", [
            ("坚持新时代好干部标准，树立重实干重实绩的用人导向，落实“三个区分开来”，完善干部担当作为激励和保护机制。",
             ["刘　畅"], ["县委组织部"], ["县纪委监委机关", "县人力资源和社会保障局"]),
            ("深入推进抓党建促基层治理能力提升，持续整顿软弱涣散基层党组织，加强新经济组织、新社会组织和新就业群体党建工作。",
             ["刘　畅"], ["县委组织部"], ["县委社会工作部", "县民政局", "各乡镇党委"]),
        ]),
        ("（二）持之以恒正风肃纪反腐", [
            ("深入贯彻中央八项规定及其实施细则精神，锲而不舍纠治“四风”，集中整治群众身边不正之风和腐败问题。",
             ["孙国栋"], ["县纪委监委机关"], ["县委办公室", "县政府办公室", "县财政局", "县审计局"]),
            ("一体推进不敢腐、不能腐、不想腐，高质量完成县委第七、八轮巡察，推动巡察监督与纪检监察监督、审计监督贯通协同。",
             ["孙国栋"], ["县纪委监委机关", "县委巡察办"], ["县委组织部", "县审计局"]),
        ]),
        ("（三）持续改进工作作风", [
            ("巩固拓展党纪学习教育成果，持续深化整治形式主义为基层减负，严格控制发文、会议和督查检查考核总量。",
             ["韩晓峰", "郭　磊"], ["县委办公室"], ["县政府办公室", "县委组织部", "县纪委监委机关"]),
        ]),
    ]),
]


def norm_task(t):
    text, leaders, leads, helpers = t[:4]
    style = t[4] if len(t) > 4 else "inline"
    seps = t[5] if len(t) > 5 else {}
    return text, leaders, leads, helpers, style, seps


def bracket(leaders, leads, helpers, seps):
    s = "（牵头县领导：" + "、".join(leaders) + "；牵头单位：" + "、".join(leads)
    if helpers:
        s += "；责任单位："
        for i, h in enumerate(helpers):
            if i:
                s += seps.get(i, "、")
            s += h
    return s + "）"


# ---------------------------------------------------------------- docx helpers
def set_font(run, east, size=16, bold=False, color=None, ascii_font="Times New Roman"):
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
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=True, line=29, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(32) if indent else None
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para(doc, runs, align=None, indent=True, line=29, before=0, after=0):
    p = doc.add_paragraph()
    fmt(p, align, indent, line, before, after)
    for text, east, kw in runs:
        r = p.add_run(text)
        set_font(r, east, **kw)
    return p


def border(p, side, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.insert_element_before(
            bdr, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
            "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
            "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
            "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
            "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
            "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    bdr.append(e)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def footer_pagenum(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14, ascii_font="宋体")
    r = p.add_run()
    set_font(r, "宋体", 14, ascii_font="宋体")
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), kind)
        else:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = text
        r._element.append(e)
    r = p.add_run(" —")
    set_font(r, "宋体", 14, ascii_font="宋体")


# ---------------------------------------------------------------- build
def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.footer_distance = Cm(2.4)
    footer_pagenum(sec)

    # 版头
    for _ in range(2):
        para(doc, [("", FS, {})], indent=False)
    para(doc, [("中共槿岚县委办公室文件", XBS, dict(size=40, color=RED))],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60)
    para(doc, [("", FS, {})], indent=False)
    p = para(doc, [("槿委办发〔2025〕6号", FS, {})], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", sz=18)
    para(doc, [("", FS, {})], indent=False)

    # 标题
    para(doc, [("中共槿岚县委办公室", XBS, dict(size=22))], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=35)
    para(doc, [("关于印发《中共槿岚县委2025年工作要点》", XBS, dict(size=22))],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    para(doc, [("任务分工的通知", XBS, dict(size=22))], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=35)
    para(doc, [("", FS, {})], indent=False)

    # 主送
    para(doc, [("各乡镇党委，县委各部委，县直各单位党组（党委），各人民团体：", FS, {})], indent=False)

    body = [
        "《中共槿岚县委2025年工作要点》已经县委十五届八次全会审议通过。为推动各项目标任务落地落实，经县委同意，现将《中共槿岚县委2025年工作要点任务分工》印发给你们，并就有关事项通知如下。",
    ]
    for t in body:
        para(doc, [(t, FS, {})])
    req = [
        ("一、提高思想认识。", "县委工作要点是全县今年工作的总纲和行动指南。各乡镇、各部门要切实把思想和行动统一到县委决策部署上来，主要负责同志要亲自研究、亲自部署、亲自推动，结合实际细化工作举措，确保各项任务不折不扣落到实处。"),
        ("二、压实工作责任。", "各项任务中，牵头县领导负责统筹协调、督促推动；牵头单位负责牵头抓总，制定具体推进方案，对任务落实负主要责任，有两个牵头单位的共同牵头；责任单位按照职责分工积极配合牵头单位抓好落实，主动对接、协同推进，不得推诿扯皮。"),
        ("三、强化督查问效。", "县委督查室要将各项任务纳入年度督查重点，实行“月调度、季通报、年考核”。各牵头单位于每季度最后一个月25日前将任务推进情况书面报送县委督查室（电子版发送至县委督查室邮箱），全年工作完成情况于12月10日前报送。督查结果纳入年度综合考核。"),
    ]
    for head, t in req:
        para(doc, [(head, HT, {}), (t, FS, {})])
    para(doc, [("", FS, {})], indent=False)
    para(doc, [("附件：中共槿岚县委2025年工作要点任务分工", FS, {})])
    for _ in range(3):
        para(doc, [("", FS, {})], indent=False)
    p = para(doc, [("中共槿岚县委办公室", FS, {})], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, [("2025年2月26日", FS, {})], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, [("（此件发至乡镇党委）", FS, {})])

    # 附件
    page_break(doc)
    para(doc, [("附件", HT, {})], indent=False)
    para(doc, [("", FS, {})], indent=False)
    para(doc, [("中共槿岚县委2025年工作要点任务分工", XBS, dict(size=22))],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    para(doc, [("", FS, {})], indent=False)

    gold = []
    n = 0
    for part, subs in PARTS:
        para(doc, [(part, HT, {})])
        for sub, tasks in subs:
            if sub:
                para(doc, [(sub, KT, {})])
            for t in tasks:
                text, leaders, leads, helpers, style, seps = norm_task(t)
                n += 1
                marker = "%d．" % n
                br = bracket(leaders, leads, helpers, seps)
                if style == "inline":
                    para(doc, [(marker + text, FS, {}), (br, KT, {})])
                else:
                    para(doc, [(marker + text, FS, {})])
                    para(doc, [(br, KT, {})])
                helpers = helpers or []
                gold.append({
                    "id": str(n),
                    "marker": marker,
                    "head": text[:12],
                    "responsible_units": list(leads) + list(helpers),
                    "lead_units": list(leads),
                    "cooperating_units": list(helpers),
                    "leaders": [x.replace("　", "") for x in leaders],
                    "deadline": None,
                })

    # 版记 on the last page
    para(doc, [("", FS, {})], indent=False)
    para(doc, [("", FS, {})], indent=False)
    p = para(doc, [("中共槿岚县委办公室", FS, dict(size=14)), ("\t", FS, dict(size=14)),
                   ("2025年2月27日印发", FS, dict(size=14))], indent=False)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6) - Pt(28), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "top", color="000000", sz=8)
    border(p, "bottom", color="000000", sz=8)

    cp = doc.core_properties
    cp.author = "县委办"
    cp.last_modified_by = "县委办"
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 3
    fixed = datetime(2025, 2, 26, 16, 40, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed

    buf = io.BytesIO()
    doc.save(buf)
    # re-pack with fixed member timestamps so the bytes never change
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 26, 16, 40, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(DOCX, "wb") as f:
        f.write(out.getvalue())
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    return n


if __name__ == "__main__":
    print("tasks:", build())
