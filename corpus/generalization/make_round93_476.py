#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Render 476: a 市人民政府 red-header notice (Word original, GB/T 9704 layout,
A4, 3号仿宋 28 characters x 22 lines) printed to PDF, opened in a PDF reader,
Ctrl+A / Ctrl+C, pasted into Windows Notepad and saved (UTF-8, CRLF).

What the copy keeps: one printed line per line, no paragraph indents, no blank
lines (empty paragraphs carry no text), a space wherever Word's automatic
CJK/Latin spacing left a gap (2025 年), the footer page number `— N —` after
each numbered page's text, the 版记 with its rules gone.
"""
import os
import re

NAME = "476_xiuchuan_shi_gzbg_fengong_pdf_quanxuan_fuzhi.txt"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

LINES_PER_PAGE = 22.0
CHARS_PER_LINE = 28.0

HANG = set("，。、；：？！")            # may hang past the right margin
NOSTART = set("）》”’〕】」』%·")      # may not begin a line
NOEND = set("（《“‘〔【「『")          # may not end a line
CJK_PUNCT = set("，。、；：？！（）《》“”‘’〔〕【】「」『』—…·　")


def is_ideo(ch):
    return "\u4e00" <= ch <= "\u9fff"


def tokens(text):
    """Split into tokens: one per CJK char / punctuation, one per ASCII run."""
    out = []
    for m in re.finditer(r"[A-Za-z0-9.%]+|.", text):
        out.append(m.group(0))
    return out


def tok_width(t):
    if re.match(r"[A-Za-z0-9.%]", t):
        w = 0.0
        for c in t:
            if c.isdigit():
                w += 0.5
            elif c == ".":
                w += 0.25
            elif c == "%":
                w += 0.833
            elif c.isupper():
                w += 0.67
            else:
                w += 0.5
        return w
    return 1.0


def is_ascii_tok(t):
    return bool(re.match(r"[A-Za-z0-9.%]", t))


def gap(a, b):
    """Word's autospace between an ideograph and a Latin/digit run."""
    if (is_ascii_tok(a) and is_ideo(b[0])) or (is_ideo(a[-1]) and is_ascii_tok(b)):
        return 0.25
    return 0.0


def line_width(toks):
    w = 0.0
    for i, t in enumerate(toks):
        w += tok_width(t)
        if i:
            w += gap(toks[i - 1], t)
    return w


def render_line(toks):
    s = ""
    for i, t in enumerate(toks):
        if i and gap(toks[i - 1], t):
            s += " "
        s += t
    return s


def wrap(text, first_cap, cap):
    toks = tokens(text)
    lines = []
    cur = []
    capnow = first_cap
    i = 0
    while i < len(toks):
        t = toks[i]
        if line_width(cur + [t]) <= capnow + 1e-9:
            cur.append(t)
            i += 1
            continue
        # does not fit
        if t in HANG and line_width(cur) <= capnow + 1e-9:
            cur.append(t)  # hanging punctuation
            i += 1
            lines.append(cur)
            cur, capnow = [], cap
            continue
        # kinsoku: the next line may not start with NOSTART / HANG-not-hung
        while cur and (toks[i] in NOSTART or toks[i] in HANG):
            i -= 1
            cur.pop()
        while cur and cur[-1] in NOEND:
            cur.pop()
            i -= 1
        lines.append(cur)
        cur, capnow = [], cap
    if cur:
        lines.append(cur)
    return [render_line(l) for l in lines]


# ---------------------------------------------------------------- content
CLERK = "岫川市人民政府办公室"

BODY = [
    ("p", "2025年是“十四五”规划收官之年，也是谋划“十五五”发展的关键之年。为确保市十七届人大五次会议审议通过的《政府工作报告》确定的各项目标任务落到实处，经市政府同意，现将《政府工作报告》重点工作任务分工印发给你们，并提出如下要求，请认真贯彻落实。"),
    ("p", "一、提高思想认识。各县（市、区）、各部门（单位）要深刻认识做好《政府工作报告》重点工作落实的重要意义，把抓落实作为检验能力作风的试金石，以钉钉子精神推动各项工作落地见效，确保全年目标任务圆满完成。"),
    ("p", "二、压实工作责任。每项重点工作任务均明确了责任市领导、牵头单位和配合单位。责任市领导要加强统筹调度，定期听取工作进展情况汇报，协调解决重大问题。牵头单位要切实履行主体责任，会同配合单位在3月10日前制定具体工作方案，细化目标、措施和时间节点；配合单位要主动对接、积极配合，形成工作合力。"),
    ("p", "三、强化督查考核。各牵头单位要于每季度最后一个月的25日前，将工作推进情况报送市政府督查室。市政府督查室要定期开展专项督查，督查结果纳入年度绩效考核。对工作推进不力、进展滞后的，按照有关规定严肃问责。"),
]

PARTS = [
    ("一、坚持扩大内需，推动经济持续回升向好", [
        ("全力扩大有效投资。实施重大项目攻坚行动，全年安排市级重点项目320个、年度计划投资850亿元以上，固定资产投资增长6%。抢抓超长期特别国债、地方政府专项债券等政策机遇，全年争取上级资金150亿元以上。",
         "责任市领导：许文涛；牵头单位：市发展改革委；配合单位：市财政局、市自然资源和规划局、市住房城乡建设局，各县（市、区）人民政府"),
        ("大力提振消费需求。深入开展“岫川消费季”系列促消费活动，落实大规模设备更新和消费品以旧换新政策，推动汽车、家电、家装等大宗消费提质扩容，社会消费品零售总额增长5.5%。",
         "责任市领导：柯明远；牵头单位：市商务局；配合单位：市财政局、市市场监管局、市文化广电旅游局"),
        ("推进招商引资提质增效。坚持招大引强、招新引优，聚焦主导产业开展产业链精准招商，全年新签约亿元以上项目120个以上，实际到位市外资金增长10%。",
         "责任市领导：钟立恒、许文涛；牵头单位：市投资促进局；配合单位：市商务局、市发展改革委，各县（市、区）人民政府，岫川高新区管委会"),
        ("强化财政金融支撑。严格落实党政机关过紧日子要求，加强财源建设，地方一般公共预算收入增长4%。扩大普惠金融覆盖面，引导金融机构加大对制造业、科技型企业的信贷投放。",
         "责任市领导：许文涛；牵头单位：市财政局、市委金融办；配合单位：人行岫川市分行、岫川金融监管分局、国家税务总局岫川市税务局"),
    ]),
    ("二、坚持创新驱动，加快建设现代化产业体系", [
        ("做强先进制造业集群。围绕新材料、装备制造、绿色食品三大主导产业，深入实施产业链链长制，规模以上工业增加值增长7%，新增规模以上工业企业60家。",
         "责任市领导：柯明远；牵头单位：市工业和信息化局；配合单位：市发展改革委、市科技局、市投资促进局"),
        ("推进数字经济发展。加快推进5G基站、算力中心等新型基础设施建设，新建5G基站800个，推动200家规模以上工业企业实施数字化改造。",
         "责任市领导：柯明远；牵头单位：市数据局、市工业和信息化局；配合单位：市通信发展管理办公室"),
        ("提升科技创新能力。深化科技型企业梯度培育，高新技术企业达到420家，全社会研发经费投入强度提高0.2个百分点，新建省级以上创新平台10个。",
         "责任市领导：骆佳；牵头单位：市科技局；配合单位：市财政局、市工业和信息化局、市教育局"),
        ("加强人才引进培育。深入实施“岫才归巢”工程，全年引进各类高层次人才1200人，新建技能大师工作室8个、博士后科研工作站2个。",
         "责任市领导：贺振宇；牵头单位：市委人才办、市人力资源社会保障局；配合单位：市教育局、市科技局"),
        ("培育壮大经营主体。落实支持民营经济发展壮大政策措施，新增经营主体2.5万户，新增省级“专精特新”中小企业30家。",
         "责任市领导：柯明远；牵头单位：市市场监管局；配合单位：市工业和信息化局、市工商联"),
    ]),
    ("三、坚持改革开放，持续增强发展动力活力", [
        ("深化重点领域改革。推进国有企业改革深化提升行动，完成市属国有企业整合重组，推动国有资本向主责主业集中。",
         "责任市领导：许文涛；牵头单位：市国资委"),
        ("打造一流营商环境。深化“高效办成一件事”改革，政务服务事项“一网通办”率达到98%以上，企业开办时间压缩至1个工作日以内。",
         "责任市领导：范启航；牵头单位：市行政审批服务局；配合单位：市市场监管局、市司法局，各县（市、区）人民政府"),
        ("扩大高水平对外开放。加快岫川综合保税区申建工作，支持企业开拓国际市场，外贸进出口总额增长8%。",
         "责任市领导：柯明远；牵头单位：市商务局；配合单位：岫川海关、市交通运输局"),
    ]),
    ("四、坚持城乡融合，全面推进乡村振兴", [
        ("稳定粮食生产。严格落实耕地保护和粮食安全党政同责，粮食播种面积稳定在310万亩以上，新建高标准农田18万亩。",
         "责任市领导：曹冬；牵头单位：市农业农村局；配合单位：市自然资源和规划局、市水利局、市财政局"),
        ("发展特色农业产业。做强茶叶、中药材、精品果蔬等特色产业，新增市级以上农业产业化龙头企业15家，农产品加工产值增长8%。",
         "责任市领导：曹冬；牵头单位：市农业农村局；配合单位：市林业局、市供销社"),
        ("建设宜居宜业和美乡村。深入实施农村人居环境整治提升行动，农村卫生厕所普及率达到92%，建成和美乡村示范村40个。",
         "责任市领导：曹冬；牵头单位：市农业农村局；配合单位：市住房城乡建设局、市生态环境局、市卫生健康委，各县（市、区）人民政府"),
        ("巩固拓展脱贫攻坚成果。健全防止返贫致贫动态监测和帮扶机制，落实过渡期各项帮扶政策，坚决守住不发生规模性返贫致贫底线。",
         "责任市领导：曹冬；牵头单位：市农业农村局；配合单位：市民政局、市人力资源社会保障局、市医保局"),
    ]),
    ("五、坚持提质扩容，提升城市能级品质", [
        ("稳步推进城市更新。改造城镇老旧小区86个、城中村2个，新建改造城市燃气、供水、排水等地下管网120公里。",
         "责任市领导：骆佳；牵头单位：市住房城乡建设局；配合单位：市城市管理局、市自然资源和规划局、市城投集团"),
        ("完善综合交通网络。加快岫平高速、国道G352线改建等项目建设，新改建农村公路300公里。",
         "责任市领导：骆佳；牵头单位：市交通运输局；配合单位：市发展改革委、市自然资源和规划局"),
        ("提升城市精细化管理水平。深化“马路办公”机制，整治背街小巷60条，城市生活垃圾分类覆盖率达到85%。",
         "责任市领导：骆佳；牵头单位：市城市管理局"),
        ("促进房地产市场平稳健康发展。因城施策调整优化房地产政策，收购存量商品房用作保障性住房，筹集保障性租赁住房1500套。",
         "责任市领导：许文涛、骆佳；牵头单位：市住房城乡建设局；配合单位：市自然资源和规划局、市财政局"),
    ]),
    ("六、坚持绿色发展，筑牢生态安全屏障", [
        ("深入打好污染防治攻坚战。中心城区空气质量优良天数比率达到92%以上，国省考断面水质优良比例保持100%。",
         "责任市领导：范启航；牵头单位：市生态环境局；配合单位：市住房城乡建设局、市水利局、市农业农村局"),
        ("推进绿色低碳转型。积极稳妥推进碳达峰行动，单位地区生产总值能耗下降2.5%，新增新能源装机容量40万千瓦。",
         "责任市领导：许文涛；牵头单位：市发展改革委；配合单位：市工业和信息化局、市生态环境局"),
        ("加强生态保护修复。全面落实林长制、河湖长制，完成营造林12万亩，治理水土流失面积45平方公里。",
         "责任市领导：曹冬；牵头单位：市林业局、市水利局；配合单位：市自然资源和规划局"),
    ]),
    ("七、坚持民生为本，持续增进人民福祉", [
        ("稳定和扩大就业。城镇新增就业3.2万人，城镇调查失业率控制在5.5%以内，开展补贴性职业技能培训2万人次。",
         "责任市领导：贺振宇；牵头单位：市人力资源社会保障局；配合单位：市教育局、市财政局、市总工会、团市委"),
        ("推进教育优质均衡发展。新建改扩建中小学和幼儿园22所，新增学位1.6万个，加快推进市职业技术学院新校区建设。",
         "责任市领导：贺振宇；牵头单位：市教育局；配合单位：市发展改革委、市住房城乡建设局"),
        ("加快建设健康岫川。深化紧密型县域医共体建设，推动优质医疗资源扩容下沉，基本医疗保险参保率稳定在95%以上。",
         "责任市领导：林晓萍；牵头单位：市卫生健康委、市医保局；配合单位：市财政局"),
        ("健全社会保障体系。稳步提高城乡低保标准，新建社区嵌入式养老服务机构20个，完善残疾人、困境儿童关爱服务体系。",
         "责任市领导：林晓萍；牵头单位：市民政局；配合单位：市残联、市妇联、市卫生健康委"),
        ("繁荣发展文化旅游。推进岫川古城保护利用，创建国家4A级旅游景区2家，全年接待游客人次增长10%。",
         "责任市领导：林晓萍；牵头单位：市文化广电旅游局；配合单位：市住房城乡建设局、市自然资源和规划局"),
    ]),
    ("八、坚持统筹发展和安全，加强政府自身建设", [
        ("抓好安全生产和防灾减灾。深化安全生产治本攻坚三年行动，加强森林防灭火和防汛抗旱工作，坚决遏制重特大事故发生。",
         "责任市领导：范启航；牵头单位：市应急管理局；配合单位：市消防救援支队，市安委会各成员单位"),
        ("防范化解重点领域风险。严格落实化债方案，稳妥化解地方政府债务风险，牢牢守住不发生系统性风险底线。",
         "责任市领导：许文涛；牵头单位：市财政局；配合单位：市委金融办、市国资委"),
        ("建设更高水平平安岫川。坚持和发展新时代“枫桥经验”，深入推进信访工作法治化，常态化开展扫黑除恶斗争。",
         "责任市领导：郑国栋；牵头单位：市公安局、市信访局；配合单位：市司法局"),
        ("加强法治政府建设。严格落实重大行政决策程序，依法接受人大监督和政协民主监督，认真办理人大代表建议和政协委员提案。",
         "责任市领导：钟立恒；牵头单位：市政府办公室、市司法局"),
        ("持续改进工作作风。严格落实中央八项规定及其实施细则精神，持续为基层减负，加强审计监督和财会监督。",
         "责任市领导：钟立恒；牵头单位：市政府办公室；配合单位：市审计局、市财政局，市政府各部门"),
    ]),
]

CN = "一二三四五六七八九十"


def cnum(n):
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return "十" + CN[n - 11]
    return CN[n // 10 - 1] + "十" + (CN[n % 10 - 1] if n % 10 else "")


# ------------------------------------------------------------- layout
# items: (height in line slots, text or None, newpage_before)
items = []


def add(h, text=None):
    items.append((h, text))


def para(text, first=2.0, left=0.0):
    for i, ln in enumerate(wrap(text, CHARS_PER_LINE - first - left, CHARS_PER_LINE - left)):
        add(1.0, ln)


PAGEBREAK = ("PB", None)

# page 1: 版头 (标志 in 小标宋 red, well below the top of the 版心), 发文字号, red rule
add(2.5, "岫川市人民政府文件")
add(2.0)
add(1.0, "岫政发〔2025〕3 号")
add(1.0)            # red rule + space below it
add(1.0)
# title in 2号小标宋
add(1.3, "岫川市人民政府")
add(1.3, "关于印发 2025 年《政府工作报告》")
add(1.3, "重点工作任务分工的通知")
add(1.0)
para("各县（市、区）人民政府，市政府各部门、各直属机构：", first=0.0)
for _, t in BODY:
    para(t)
add(1.0)
para("附件：岫川市2025年《政府工作报告》重点工作任务分工")
add(1.0)
add(1.0)
add(1.0)
add(1.0, "岫川市人民政府")
add(1.0, "2025 年 2 月 14 日")
add(1.0, "（此件公开发布）")
items.append(PAGEBREAK)
add(1.0, "附件")
add(1.0)
add(1.3, "岫川市 2025 年《政府工作报告》")
add(1.3, "重点工作任务分工")
add(1.0)
for title, tasks in PARTS:
    para(title)
    for k, (text, clause) in enumerate(tasks, 1):
        para("（%s）%s（%s）" % (cnum(k), text, clause))

# paginate
pages = [[]]
used = 0.0
for it in items:
    if it == PAGEBREAK:
        pages.append([])
        used = 0.0
        continue
    h, text = it
    if used + h > LINES_PER_PAGE + 1e-9:
        pages.append([])
        used = 0.0
        if text is None:      # a blank paragraph at the page top still takes room
            used += h
            continue
    pages[-1].append(text)
    used += h
last_used = used

# 版记 (4号仿宋, rules above and below, at the foot of an even page)
banji = ["抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，",
         "市中级法院，市检察院，岫川军分区。",
         "岫川市人民政府办公室 2025 年 2 月 19 日印发"]
BANJI_H = 4.5
numbered = len(pages)
if len(pages) % 2 == 0 and last_used + BANJI_H <= LINES_PER_PAGE:
    pages[-1].extend(["\x00BJ"])
    extra = []
else:
    # a page of its own (after a blank page when needed), unnumbered
    extra = []
    if len(pages) % 2 == 0:
        extra.append([])          # blank odd page
    extra.append(["\x00BJ"])

out = []
for n, pg in enumerate(pages, 1):
    for t in pg:
        if t is None:
            continue
        if t == "\x00BJ":
            out.extend(banji)
            continue
        out.append(t)
    out.append("— %d —" % n)
for pg in extra:
    for t in pg:
        if t == "\x00BJ":
            out.extend(banji)

data = "\r\n".join(out)
with open(OUT, "wb") as f:
    f.write(data.encode("utf-8"))
print(OUT, len(out), "lines,", len(pages), "numbered pages,", len(extra), "extra")
