#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Round 119, notice 607 (control case).

A 县委办公室 red-header notice printed from Word at GB/T 9704 (A4, 仿宋_GB2312
三号, 28 characters x 22 lines), exported to PDF, opened in Chrome's built-in PDF
viewer (PDFium) on Windows, Ctrl+A, Ctrl+C, pasted into a text editor and saved
as UTF-8.  What the clipboard holds is reproduced:

* every printed line is a line; no first-line indents (they are paragraph
  indents in Word, not characters), no blank lines;
* PDFium separates the lines of one page with CRLF; Chrome joins the pages'
  selections with a bare LF (PDFiumEngine::GetSelectedText, FormatStringForOS
  does nothing on Windows), so each page boundary is a lone LF;
* Word's autospace between Chinese and Latin/digits comes out as a space
  (`2025 年`, `7.5% 以上`);
* the footer page number `— N —` after each page's text; hanging punctuation
  at a line's end; no trailing newline.
"""
import os

NAME = "607_tangling_xianwei_changweihui_yaodian_fengong_chrome_fuzhi.txt"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

LINE_EM = 28.0
LINES_PER_PAGE = 22

CLOSE = set("，。、；：？！）》」』”’〕】%…")
OPEN = set("（《「『“‘〔【")


def is_cjk(c):
    o = ord(c)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF


def is_latin(c):
    return c.isascii() and (c.isalnum())


def char_w(c):
    if c.isascii():
        if c.isdigit():
            return 0.5
        if c == "%":
            return 0.83
        if c in ".,":
            return 0.25
        if c == " ":
            return 0.25
        return 0.5
    return 1.0


def tokens(text):
    """Split into unbreakable units: runs of ASCII (digits, %, .) or single
    CJK chars."""
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c.isascii() and c != " ":
            j = i
            while j < len(text) and text[j].isascii() and text[j] != " ":
                j += 1
            out.append(text[i:j])
            i = j
        else:
            out.append(c)
            i += 1
    return out


def wrap(text, first_indent=2.0, width=LINE_EM):
    """Wrap a paragraph as Word would (roughly): returns printed lines as
    PDFium copies them (autospace as a single space)."""
    toks = tokens(text)
    lines = []
    cur = []  # tokens
    avail = width - first_indent
    used = 0.0

    def tok_w(t):
        return sum(char_w(c) for c in t)

    def gap(prev, t):
        if prev is None:
            return 0.0
        a, b = prev[-1], t[0]
        if (is_cjk(a) and is_latin(b)) or ((is_latin(b) is False) and is_cjk(b) and (is_latin(a) or a == "%")):
            return 0.25
        return 0.0

    k = 0
    while k < len(toks):
        t = toks[k]
        prev = cur[-1] if cur else None
        w = tok_w(t) + gap(prev, t)
        if used + w <= avail + 1e-6:
            cur.append(t)
            used += w
            k += 1
            continue
        # does not fit
        if t in CLOSE and cur:
            # hanging punctuation
            cur.append(t)
            k += 1
            lines.append(cur)
            cur, used, avail = [], 0.0, width
            continue
        # an opening bracket may not end a line
        if cur and cur[-1] in OPEN:
            o = cur.pop()
            lines.append(cur)
            cur, used, avail = [o], tok_w(o), width
            continue
        lines.append(cur)
        cur, used, avail = [], 0.0, width
    if cur:
        lines.append(cur)

    res = []
    for ln in lines:
        s = ""
        prev = None
        for t in ln:
            if prev is not None and gap(prev, t) > 0:
                s += " "
            s += t
            prev = t
        res.append(s)
    return res


# ---------------------------------------------------------------- content
COUNTY = "棠岭县"

cover_paras = [
    "为深入贯彻落实县委十五届八次全体会议精神，确保《中共棠岭县委常委会2025年工作要点》（棠发〔2025〕1号）各项任务落到实处，经县委同意，现将《中共棠岭县委常委会2025年工作要点任务分工方案》印发给你们，并就有关事项通知如下。",
    "一、提高思想认识。县委常委会年度工作要点是县委全年工作的总体安排。各乡镇、县直各单位要把抓好工作要点落实作为践行“两个维护”的具体行动，结合实际细化工作举措，明确时间节点，确保各项任务按期高质量完成。",
    "二、压实工作责任。牵头县领导要加强对牵头任务的统筹调度，定期听取工作汇报，协调解决重大问题。牵头单位要履行牵头抓总职责，会同责任单位制定具体推进方案；责任单位要按照职责分工主动配合、密切协作。列有多个牵头单位的，排在第一位的为主牵头单位；未列牵头单位的，责任单位中排在第一位的为牵头单位。",
    "三、强化督查问效。各牵头单位于每季度末月25日前将工作推进情况书面报县委督查室，同时抄送县委办公室综合科。县委督查室将对照分工方案开展跟踪督办，督查结果纳入年度综合考核，对工作推进不力的予以通报。",
]

parts = [
    ("一、坚持以党的创新理论凝心铸魂，始终在思想上政治上行动上同党中央保持高度一致", [
        "严格落实“第一议题”制度，县委常委会会议第一时间传达学习习近平总书记重要讲话重要指示批示精神和党中央决策部署，建立学习贯彻落实情况跟踪督办机制，全年开展县委理论学习中心组集体学习不少于12次。（牵头县领导：陶正清；牵头单位：县委办公室、县委宣传部；责任单位：县委政研室、县委党校）",
        "深入学习贯彻党的二十届三中全会精神，组织县委常委会成员到基层开展宣讲，举办县级领导干部专题读书班，推动全会精神进机关、进农村、进社区、进企业、进学校。（牵头县领导：邱文彬；牵头单位：县委宣传部；责任单位：县委组织部、县委党校、县融媒体中心，各乡镇党委）",
        "深化新时代文明实践中心建设，推进县、乡、村三级阵地提质增效，常态化开展志愿服务活动，巩固省级文明县城创建成果。（牵头县领导：邱文彬；牵头单位：县委宣传部（县文明办）；责任单位：县文化广电旅游体育局、团县委、县妇联，各乡镇党委）",
        "严格落实意识形态工作责任制，加强网络阵地建设管理和网络舆情监测处置，持续开展“清朗·棠岭”网络生态治理专项行动。（责任单位：县委网信办、县委宣传部、县公安局）",
    ]),
    ("二、坚定不移推动高质量发展，加快建设“工业强县、生态名县”", [
        "扎实推进“工业强县”战略，聚焦新材料、绿色食品、装备制造三大主导产业，实施重点工业项目42个，力争规模以上工业增加值增长7.5%以上。（牵头县领导：方启明、吕航；牵头单位：县工业和信息化局；责任单位：县发展和改革局、县投资促进中心、棠岭经济开发区管委会）",
        "坚持项目为王，全年谋划储备重大项目150个以上，积极争取中央预算内投资、超长期特别国债和地方政府专项债券资金12亿元以上。（牵头县领导：贺春林；牵头单位：县发展和改革局、县财政局；责任单位：县自然资源和规划局、县住房和城乡建设局、市生态环境局棠岭分局）",
        "深入实施招商引资“一把手”工程，开展产业链精准招商和以商招商，全年新签约亿元以上项目30个，实际到位省外资金增长10%。（牵头县领导：方启明；牵头单位：县投资促进中心；责任单位：县工业和信息化局、县商务局，各乡镇）",
        "持续优化营商环境，深化“高效办成一件事”改革，规范涉企行政执法检查，常态化开展政企恳谈，依法保护民营企业产权和企业家权益。（牵头县领导：贺春林、汪婷；牵头单位：县数据资源局、县司法局；责任单位：县市场监督管理局、县工商联）",
        "大力发展县域商贸物流和文旅消费，推进县城老街商业街区改造和农村电商服务站点建设，办好第三届棠岭油茶文化旅游节。（牵头县领导：吕航；牵头单位：县商务局；责任单位：县文化广电旅游体育局、县农业农村局、县供销合作社）",
    ]),
    ("三、全面深化改革，持续增强发展动力活力", [
        "制定县委贯彻落实党的二十届三中全会精神重点改革任务清单，健全改革任务台账管理、督察问效机制，推出一批具有棠岭辨识度的改革成果。（牵头县领导：陶正清；牵头单位：县委政研室（县委改革办）；责任单位：县委全面深化改革委员会各专项小组）",
        "深化国有企业改革，推进县属国有企业整合重组和市场化转型，稳妥化解融资平台债务风险。（牵头县领导：贺春林；牵头单位：县财政局（县国资中心）；责任单位：县发展和改革局、县审计局、县城投集团）",
        "深化农村集体产权制度改革，稳妥推进第二轮土地承包到期后再延长三十年试点，发展壮大新型农村集体经济，集体经营性收入10万元以上的村占比达到60%。（牵头县领导：唐晓鸥；牵头单位：县农业农村局；责任单位：县委组织部、县自然资源和规划局、县财政局）",
    ]),
    ("四、全面推进乡村振兴，加快城乡融合发展", [
        "坚决扛牢粮食安全政治责任，全面落实耕地保护和粮食安全党政同责，新建高标准农田3.2万亩，粮食播种面积稳定在48万亩以上。（牵头县领导：唐晓鸥；牵头单位：县农业农村局；责任单位：县自然资源和规划局、县水利局、县财政局）",
        "巩固拓展脱贫攻坚成果，健全防止返贫致贫监测和帮扶机制，守牢不发生规模性返贫致贫底线。（牵头县领导：唐晓鸥；责任单位：县农业农村局、县人力资源和社会保障局、县医疗保障局、县教育局、县民政局）",
        "深入学习运用“千万工程”经验，扎实推进和美乡村建设，完成农村户厕改造4500户，打造省级和美乡村示范村8个。（牵头县领导：唐晓鸥、吕航；牵头单位：县农业农村局、县住房和城乡建设局；责任单位：市生态环境局棠岭分局、县交通运输局，各乡镇）",
        "推进以县城为重要载体的新型城镇化，实施城镇老旧小区改造12个、城市燃气管道老化更新改造28公里，完成县城北部片区路网建设。（牵头县领导：吕航；牵头单位：县住房和城乡建设局；责任单位：县自然资源和规划局、县城市管理局、县城投集团）",
    ]),
    ("五、坚持以人民为中心，着力保障和改善民生", [
        "实施就业优先战略，统筹做好高校毕业生、农民工、退役军人等重点群体就业，全年城镇新增就业3800人以上。（牵头县领导：方启明；牵头单位：县人力资源和社会保障局；责任单位：县退役军人事务局、县教育局、县总工会、团县委）",
        "推动义务教育优质均衡发展，新建改扩建中小学校5所；深化紧密型县域医共体建设，推进县人民医院胸痛中心、卒中中心提质升级。（牵头县领导：方启明；责任单位：县教育局、县卫生健康局、县发展和改革局、县财政局）",
        "扎实办好县级民生实事，完善“一老一小”服务保障，新建社区嵌入式养老服务设施6个、普惠托育机构2个。（牵头县领导：贺春林；牵头单位：县民政局、县卫生健康局；责任单位：县财政局、县妇联）",
    ]),
    ("六、统筹发展和安全，建设更高水平的平安棠岭", [
        "坚持和发展新时代“枫桥经验”，推进县、乡、村三级综治中心规范化建设，深化信访工作法治化，常态化开展矛盾纠纷排查化解。（牵头县领导：彭立新；牵头单位：县委政法委；责任单位：县信访局、县公安局、县司法局、县人民法院，各乡镇）",
        "常态化开展扫黑除恶斗争，依法严厉打击电信网络诈骗、养老诈骗等违法犯罪，持续推进“平安棠岭”建设。（牵头县领导：彭立新；牵头单位：县公安局；责任单位：县委政法委、县人民检察院、县人民法院）",
        "压紧压实安全生产责任，深化安全生产治本攻坚三年行动，加强防汛抗旱、森林防灭火工作，坚决遏制较大以上事故发生。（牵头县领导：方启明、贺春林；牵头单位：县应急管理局；责任单位：县安委会各成员单位）",
        "防范化解重点领域风险，加强政府债务管理，稳妥处置房地产、中小金融机构等领域风险隐患。（牵头县领导：贺春林；牵头单位：县财政局；责任单位：县住房和城乡建设局、县发展和改革局）",
    ]),
    ("七、坚持和完善人民代表大会制度，巩固和发展最广泛的爱国统一战线", [
        "支持县人大及其常委会依法行使职权，支持县政协聚焦中心工作履职尽责，加强新时代县人大和政协工作。（牵头县领导：陶正清；牵头单位：县委办公室；责任单位：县人大常委会办公室、县政协办公室）",
        "做好民族宗教、党外知识分子和新的社会阶层人士工作，促进非公有制经济健康发展和非公有制经济人士健康成长。（牵头县领导：汪婷；牵头单位：县委统战部；责任单位：县民族宗教事务局、县工商联）",
        "全面加强国防动员和后备力量建设，深化军地共建和双拥工作，争创省级双拥模范县“九连冠”。（牵头县领导：严凯；牵头单位：县人武部、县退役军人事务局）",
    ]),
    ("八、坚定不移全面从严治党，加强县委自身建设", [
        "深入贯彻新时代党的组织路线，树立正确用人导向，优化领导班子结构，加强年轻干部培养选拔。（牵头县领导：苏蔓；牵头单位：县委组织部）",
        "实施基层党建“整县提升”行动，持续整顿软弱涣散基层党组织，加强新经济组织、新社会组织、新就业群体党建工作。（牵头县领导：苏蔓；牵头单位：县委组织部；责任单位：县委社会工作部、县市场监督管理局，各乡镇党委）",
        "深入贯彻中央八项规定精神，持续整治形式主义为基层减负，驰而不息纠“四风”树新风。（牵头县领导：钟毅、胡建斌；牵头单位：县纪委监委、县委办公室；责任单位：县委组织部、县政府办公室）",
        "一体推进不敢腐、不能腐、不想腐，深化整治群众身边不正之风和腐败问题，高质量完成县委第七轮、第八轮巡察。（牵头县领导：钟毅；责任单位：县纪委监委、县委巡察办）",
        "加强县委常委会自身建设，严格执行民主集中制，落实县委常委会向县委全会报告工作制度，带头践行“四下基层”工作制度。（牵头县领导：陶正清；牵头单位：县委办公室；责任单位：县委组织部）",
    ]),
]


# ---------------------------------------------------------------- layout
pages = []          # list of list of lines
cur = []
cap = 11            # body lines left on page 1 under the 版头 and title


def new_page(capacity=LINES_PER_PAGE):
    global cur, cap
    pages.append(cur)
    cur = []
    cap = capacity


def put(line, cost=1):
    global cap
    if cap < cost:
        new_page()
    cur.append(line)
    cap -= cost


# 版头 and title (page 1, outside the 11 body lines)
cur += [
    "中共棠岭县委办公室文件",
    "棠委办发〔2025〕5 号",
    "★",
    "中共棠岭县委办公室",
    "关于印发《中共棠岭县委常委会 2025 年",
    "工作要点》任务分工方案的通知",
]
for ln in wrap("各乡镇党委，县委各部委，县直各单位党组（党委），各人民团体：", first_indent=0):
    put(ln)
for p in cover_paras:
    for ln in wrap(p):
        put(ln)
# 落款 (blank lines above it take room) and 附注
if cap < 4:
    new_page()
cap -= 2
put("中共棠岭县委办公室")
put("2025 年 3 月 11 日")
put("（此件发至乡镇党委）")

# 方案 on a new page: title in 二号 takes about 3.5 lines
new_page(LINES_PER_PAGE - 4)
cur += ["中共棠岭县委常委会 2025 年工作要点", "任务分工方案"]
n = 0
for head, tasks in parts:
    for ln in wrap(head):
        put(ln)
    for t in tasks:
        n += 1
        for ln in wrap("%d．%s" % (n, t)):
            put(ln)
# 版记 at the foot of the last page, which must be an even page: when the
# 方案 ends on an odd page, the 版记 goes alone on the next one
if cap < 3 or (len(pages) + 1) % 2 == 1:
    new_page()
put("中共棠岭县委办公室 2025 年 3 月 11 日印发")
pages.append(cur)

out_pages = []
for i, pg in enumerate(pages, 1):
    out_pages.append("\r\n".join(pg + ["— %d —" % i]))
text = "\n".join(out_pages)

with open(OUT, "wb") as f:
    f.write(text.encode("utf-8"))
print(OUT, n, "tasks,", len(pages), "pages")
