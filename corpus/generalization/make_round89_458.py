#!/usr/bin/env python3
"""Notice 458: a 县政府办 task-division notice as a reader gets it by opening the
published PDF in Adobe Acrobat Reader, Ctrl+A, Ctrl+C, and pasting into Notepad
(UTF-8, CRLF).

What the copy keeps of the typeset page (GB/T 9704 layout, 仿宋 三号, 28 characters
a line, 22 lines a page):
  * every printed line is a line of its own; paragraphs are not marked (no
    indent, no blank line); centred and right-aligned lines lose their spacing;
  * Word's gap between CJK and Latin text (autospace) comes out as a space
    (`2026 年`, `S215 泷阜段`);
  * the page number `— N —` follows each page's text;
  * the red 发文机关标志 and 发文字号 come first, the 版记 last.
"""
import os

NAME = "458_longfu_xian_gzbg_fengong_pdf_fuzhi.txt"

NO_START = set("，。、；：）”》！？％…—")
NO_END = set("（“《")


def is_cjk(ch):
    return "\u4e00" <= ch <= "\u9fff"


def is_latin(ch):
    return ch.isascii() and (ch.isalnum() or ch in "%")


def width(ch):
    return 0.5 if ch.isascii() else 1.0


def tokens(text):
    """Latin runs stay together (Word does not break a number)."""
    out, i = [], 0
    while i < len(text):
        if text[i].isascii():
            j = i
            while j < len(text) and text[j].isascii() and text[j] != " ":
                j += 1
            out.append(text[i:j])
            i = j
        else:
            out.append(text[i])
            i += 1
    return out


def tok_width(t, prev):
    w = sum(width(c) for c in t)
    # autospace: a quarter em between an ideograph and a Latin run
    if prev and ((is_cjk(prev[-1]) and is_latin(t[0])) or (is_latin(prev[-1]) and is_cjk(t[0]))):
        w += 0.25
    return w


def wrap(text, cap=28.0, indent=2.0):
    toks = tokens(text)
    lines, cur, used, first = [], [], indent, True
    i = 0
    while i < len(toks):
        t = toks[i]
        w = tok_width(t, cur[-1] if cur else None)
        limit = cap
        if used + w <= limit + 1e-9 or not cur:
            cur.append(t)
            used += w
            i += 1
            continue
        # the token does not fit
        if t[0] in NO_START:
            # punctuation squeezed onto the line (标点挤压)
            cur.append(t)
            used += w
            i += 1
            continue
        if len(cur) > 1 and cur[-1][-1] in NO_END:
            cur.pop()
            i -= 1
        lines.append(cur)
        cur, used = [], 0.0
    if cur:
        lines.append(cur)
    return [render(l) for l in lines]


def render(toks):
    s = ""
    for t in toks:
        if s and ((is_cjk(s[-1]) and is_latin(t[0])) or (is_latin(s[-1]) and is_cjk(t[0]))):
            s += " "
        s += t
    return s


def sp(s):
    """autospace for lines set without wrapping."""
    return render(tokens(s))


# ---------------------------------------------------------------- content
COUNTY = "泷阜县"

TASK_PARTS = [
    ("一、聚力扩大有效投资，推动经济稳中提质", [
        "扎实推进重点项目建设。全年安排县级重点项目120个，完成年度投资150亿元以上，新开工亿元以上项目40个以上。（责任县领导：周明远；牵头单位：县发展和改革局；配合单位：县财政局、县自然资源局、县住房和城乡建设局，各乡镇（街道））",
        "积极争取政策资金支持。紧盯超长期特别国债、中央预算内投资、地方政府专项债券等政策，全年争取上级资金30亿元以上。（责任县领导：周明远；牵头单位：县发展和改革局、县财政局；配合单位：县直各有关部门）",
        "大力促进消费提质扩容。落实消费品以旧换新政策，举办汽车、家电、家居等促消费活动20场次以上，社会消费品零售总额增长6%。（责任县领导：刘佳慧；牵头单位：县商务局；配合单位：县财政局、县市场监督管理局）",
        "持续抓好招商引资。坚持“一把手”招商，全年引进亿元以上项目35个，到位县外资金80亿元以上。（责任县领导：周明远、刘佳慧；牵头单位：县投资促进中心；配合单位：泷阜经济开发区管委会，各乡镇（街道））",
        "强化财政收支管理。加强税源培育和收入征管，严格落实过紧日子要求，一般公共预算收入增长5%以上。（责任县领导：周明远；牵头单位：县财政局；配合单位：国家税务总局泷阜县税务局）",
    ]),
    ("二、坚持工业强县，加快构建现代化产业体系", [
        "做强主导产业集群。围绕新材料、绿色食品、装备制造三大主导产业，实施技改项目30个，新增规上工业企业15家。（责任县领导：杨光耀；牵头单位：县工业和信息化局；配合单位：泷阜经济开发区管委会、县统计局）",
        "提升园区承载能力。推进开发区标准厂房三期、污水处理厂提标改造等项目建设，新增标准厂房20万平方米。（责任县领导：杨光耀；牵头单位：泷阜经济开发区管委会；配合单位：县自然资源局、市生态环境局泷阜分局）",
        "加快数字经济发展。新建5G基站200个，推动50家企业“上云用数赋智”，培育省级数字化转型示范企业3家。（责任县领导：杨光耀；牵头单位：县数据局；配合单位：县工业和信息化局）",
        "推动科技创新。新增国家高新技术企业12家、科技型中小企业40家，全社会研发经费投入强度达到1.8%。（责任县领导：杨光耀；牵头单位：县科学技术局）",
        "持续优化营商环境。深化“高效办成一件事”改革，推行涉企行政检查“扫码入企”，政务服务事项网上可办率保持100%。（责任县领导：刘佳慧；牵头单位：县政务服务管理局；配合单位：县司法局、县市场监督管理局）",
    ]),
    ("三、全面推进乡村振兴，加快建设农业强县", [
        "稳定粮食生产。落实粮食安全党政同责，全年粮食播种面积稳定在65万亩以上，总产量达到26万吨。（责任县领导：吕春燕；牵头单位：县农业农村局；配合单位：县自然资源局、县粮食和物资储备中心，各乡镇（街道））",
        "实施高标准农田建设。新建和改造提升高标准农田5.2万亩，完成小型农田水利设施维修养护。（责任县领导：吕春燕；牵头单位：县农业农村局、县水利局；配合单位：县财政局）",
        "巩固拓展脱贫攻坚成果。健全防止返贫致贫监测帮扶机制，确保不发生规模性返贫致贫。（责任县领导：吕春燕；牵头单位：县农业农村局；配合单位：县民政局、县人力资源和社会保障局、县医疗保障局、县教育体育局）",
        "发展壮大特色产业。做强茶叶、中药材、生态养殖等特色产业，新增“三品一标”农产品8个，培育市级以上农业产业化龙头企业5家。（责任县领导：吕春燕；牵头单位：县农业农村局；配合单位：县林业局、县市场监督管理局）",
        "推进和美乡村建设。完成农村户厕改造1500户，新建农村公路60公里，行政村生活垃圾收运处置体系实现全覆盖。（责任县领导：吕春燕、陈立军；牵头单位：县农业农村局；配合单位：县交通运输局、县城市管理局、县卫生健康局，各乡镇（街道））",
    ]),
    ("四、推进以人为本的新型城镇化，提升城乡品质", [
        "加快实施城市更新。改造城镇老旧小区12个、城中村2个，新建改造城市燃气、供排水管网30公里。（责任县领导：陈立军；牵头单位：县住房和城乡建设局；配合单位：县发展和改革局、县财政局、县城市管理局）",
        "完善交通基础设施。加快推进S215泷阜段改扩建工程，建成县城东外环路，推进通用机场前期工作。（责任县领导：陈立军；牵头单位：县交通运输局；配合单位：县自然资源局、县发展和改革局）",
        "加强城市精细化管理。开展市容环境综合整治，新增公共停车泊位800个，新建口袋公园5个。（责任县领导：陈立军；牵头单位：县城市管理局；配合单位：县公安局、县住房和城乡建设局）",
        "促进房地产市场平稳健康发展。稳妥推进保交房工作，支持刚性和改善性住房需求，推进商品房去库存。（责任县领导：陈立军；牵头单位：县住房和城乡建设局；配合单位：县自然资源局、县财政局、国家税务总局泷阜县税务局）",
    ]),
    ("五、坚定不移推进绿色发展，筑牢生态安全屏障", [
        "深入打好污染防治攻坚战。持续开展大气污染联防联控，县城空气质量优良天数比率达到92%以上，国省控断面水质达标率100%。（责任县领导：杨光耀；牵头单位：市生态环境局泷阜分局；配合单位：县住房和城乡建设局、县交通运输局、县农业农村局、县城市管理局）",
        "全面落实河湖长制、林长制。推进河湖“清四乱”常态化规范化，完成营造林3万亩，森林覆盖率稳定在62%以上。（责任县领导：吕春燕；牵头单位：县水利局、县林业局；配合单位：各乡镇（街道））",
        "积极稳妥推进节能降碳。严格能耗强度和总量双控，完成重点用能单位节能改造10家，新增分布式光伏装机5万千瓦。（责任县领导：周明远；牵头单位：县发展和改革局；配合单位：县工业和信息化局、国网泷阜县供电公司）",
    ]),
    ("六、持续增进民生福祉，提高人民生活品质", [
        "稳定和扩大就业。城镇新增就业4500人，城镇调查失业率控制在5.5%以内，开展职业技能培训6000人次。（责任县领导：刘佳慧；牵头单位：县人力资源和社会保障局）",
        "办好人民满意的教育。新建改扩建中小学、幼儿园6所，新增学位3600个，推进县域义务教育优质均衡发展。（责任县领导：何晓婷；牵头单位：县教育体育局；配合单位：县发展和改革局、县财政局、县住房和城乡建设局）",
        "推进健康泷阜建设。深化紧密型县域医共体建设，县人民医院新院区投入使用，乡镇卫生院标准化建设达标率100%。（责任县领导：何晓婷；牵头单位：县卫生健康局；配合单位：县医疗保障局）",
        "健全社会保障体系。城乡居民基本养老保险参保率稳定在95%以上，提高城乡低保、特困人员救助供养标准。（责任县领导：刘佳慧、何晓婷；牵头单位：县人力资源和社会保障局、县民政局；配合单位：县财政局、县医疗保障局）",
        "繁荣文化旅游事业。创建国家AAAA级旅游景区1个，举办第三届泷阜茶文化旅游节，全年接待游客突破600万人次。（责任县领导：何晓婷；牵头单位：县文化和旅游局；配合单位：县融媒体中心、县商务局）",
        "办好十件民生实事。认真落实县人大代表票决产生的十件民生实事项目，确保年底前全部建成见效。（责任县领导：刘佳慧；牵头单位：县发展和改革局；配合单位：县直各有关部门）",
    ]),
    ("七、统筹发展和安全，推进社会治理现代化", [
        "防范化解重点领域风险。稳妥化解地方政府债务风险，严厉打击非法集资，守住不发生区域性系统性金融风险底线。（责任县领导：周明远；牵头单位：县财政局；配合单位：县金融服务中心、县公安局）",
        "抓好安全生产和防灾减灾。深化安全生产治本攻坚三年行动，加强道路交通、燃气、自建房等重点领域隐患排查整治。（责任县领导：何振宇、陈立军；牵头单位：县应急管理局；配合单位：县公安局、县住房和城乡建设局、县交通运输局，各乡镇（街道））",
        "推进平安泷阜建设。常态化开展扫黑除恶斗争，坚持和发展新时代“枫桥经验”，依法打击各类违法犯罪活动。（责任县领导：何振宇；牵头单位：县公安局；配合单位：县司法局、县信访局）",
        "加强政府自身建设。深入推进依法行政，认真办理人大代表建议和政协委员提案，办结率达到100%。（责任县领导：周明远；牵头单位：县政府办公室；配合单位：县司法局、县审计局）",
    ]),
]

COVER_PARAS = [
    "《2026年泷阜县人民政府工作报告》已经县第十八届人民代表大会第五次会议审议通过。为确保报告确定的各项目标任务落到实处，经县人民政府同意，现将《2026年县政府工作报告重点工作任务分工方案》印发给你们，并就有关事项通知如下。",
    "一、各责任县领导要加强对分管领域工作的领导和督促，及时协调解决工作推进中的重大问题。",
    "二、各牵头单位要对牵头负责的工作任务细化分解，制定具体推进措施，明确时间节点和责任人；各配合单位要按照职责分工，主动配合，形成工作合力。",
    "三、各乡镇（街道）、各部门要于每季度最后一个月的25日前，将任务推进情况书面报送县政府督查室，同时发送电子文档至lfxdcs@163.com。县政府督查室将定期开展督查，督查结果纳入年度绩效考核。",
]

ANNEX_INTRO = "为全面完成县第十八届人民代表大会第五次会议确定的各项目标任务，现将《2026年泷阜县人民政府工作报告》确定的重点工作任务分解如下。"

CHAOSONG = "抄送：县委各部门，县人大常委会办公室，县政协办公室，县人武部，县法院，县检察院。"


def build():
    # (lines, height in body lines) blocks; a page holds 22 body lines
    pages, cur, used = [], [], 0.0
    CAP = 22.0

    def put(line, h=1.0):
        nonlocal cur, used
        if used + h > CAP + 1e-9:
            pages.append(cur)
            cur, used = [], 0.0
        cur.append(line)
        used += h

    def newpage():
        nonlocal cur, used
        pages.append(cur)
        cur, used = [], 0.0

    # page 1 head: 发文机关标志 (about 3.5 lines) and the space under it
    put("泷阜县人民政府办公室文件", 4.5)
    put(sp("泷政办发〔2026〕4号"), 2.0)   # with the red rule under it
    put("泷阜县人民政府办公室", 1.5)
    put(sp("关于印发2026年县政府工作报告重点工作"), 1.5)
    put("任务分工方案的通知", 2.0)
    put("各乡镇人民政府、街道办事处，县政府各部门，县直各单位：")
    for p in COVER_PARAS:
        for l in wrap(p):
            put(l)
    # 附件说明 with a hanging indent, then the 落款 three lines down
    att = wrap("附件：2026年县政府工作报告重点工作任务分工方案", cap=28.0, indent=2.0)
    used += 1.0
    for l in att:
        put(l)
    used += 2.0
    put("泷阜县人民政府办公室")
    put(sp("2026年2月24日"))
    put("（此件公开发布）")
    newpage()

    # the annex
    put("附件", 1.5)
    put(sp("2026年县政府工作报告重点工作任务"), 1.6)
    put("分工方案", 2.2)
    for l in wrap(ANNEX_INTRO):
        put(l)
    n = 0
    for head, tasks in TASK_PARTS:
        for l in wrap(head):
            put(l)
        for t in tasks:
            n += 1
            for l in wrap(f"{n}.{t}"):
                put(l)
    # 版记 at the foot of the last page (an even page: a blank one is added
    # when needed)
    last_pages = len(pages) + 1
    if last_pages % 2 == 1:
        # the 版记 goes on a page of its own
        newpage()
        cur.append(None)  # a page with nothing but the 版记
    pages.append(cur)

    out = []
    for i, pg in enumerate(pages, 1):
        for l in pg:
            if l is not None:
                out.append(l)
        if i == len(pages):
            out.extend(wrap(CHAOSONG, cap=31.0, indent=0.5))
            out.append("泷阜县人民政府办公室 " + sp("2026年2月26日印发"))
        out.append(f"— {i} —")
    return out, n


def main():
    lines, n = build()
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    print(path, n, "tasks", len(lines), "lines")


if __name__ == "__main__":
    main()
