#!/usr/bin/env python3
"""Render notice 581: a 市发展和改革委员会 red-header notice (printed from Word to PDF
at GB/T 9704: A4, 28 characters x 22 lines) as the text one gets by opening the
PDF in a reader, Ctrl+A, Ctrl+C, and pasting into Notepad (UTF-8, CRLF).

What such a copy looks like:
  * every printed line is a line of its own; paragraph indents and empty lines
    are not copied;
  * Word's CJK/Latin autospace gap is copied as a space (`2025 年`, `5.5% 左右`);
  * the page footer `— N —` follows each page's text;
  * a name or a clause is cut wherever the printed line ended.
"""
import os
import re

NAME = "581_cenling_shi_fagaiwei_jihua_renwu_fengong.txt"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

LINES_PER_PAGE = 22
CHARS_PER_LINE = 28.0

CLOSING = set("，。、；：？！）》」』”’…%〕")
OPENING = set("（《「『“‘〔")


def is_ascii_word(ch):
    return ch.isascii() and (ch.isalnum() or ch == "%")


def width(ch):
    if ch == " ":
        return 0.25
    return 0.5 if ch.isascii() else 1.0


def autospace(text):
    """Insert the space a PDF reader copies for Word's autospace gap."""
    out = []
    for i, ch in enumerate(text):
        if i:
            prev = text[i - 1]
            a, b = is_ascii_word(prev), is_ascii_word(ch)
            cjk_prev = not prev.isascii() and prev not in CLOSING and prev not in OPENING and prev not in "．—"
            cjk_ch = not ch.isascii() and ch not in CLOSING and ch not in OPENING and ch not in "．—"
            if (a and cjk_ch) or (cjk_prev and b):
                out.append(" ")
        out.append(ch)
    return "".join(out)


def tokens(text):
    """Break units: an ASCII run (with its inner spaces) is one unbreakable token."""
    toks = re.findall(r"[0-9A-Za-z.%/+@_\-]+|.", text)
    return toks


def wrap(text, indent=2.0, limit=CHARS_PER_LINE):
    """Word-like line breaking with 避头尾 (closing marks pulled up by compression,
    opening marks pushed down)."""
    text = autospace(text)
    toks = tokens(text)
    lines, cur, w = [], "", indent
    i = 0
    while i < len(toks):
        t = toks[i]
        tw = sum(width(c) for c in t)
        if w + tw <= limit + 1e-9 or not cur:
            cur += t
            w += tw
            i += 1
            continue
        # t does not fit
        if t[0] in CLOSING and len(t) == 1:
            # punctuation compression: squeeze it onto this line
            cur += t
            i += 1
            lines.append(cur)
            cur, w = "", 0.0
            continue
        # do not end a line with an opening mark
        if cur and cur[-1] in OPENING:
            carry = cur[-1]
            cur = cur[:-1]
            lines.append(cur.rstrip(" "))
            cur, w = carry, width(carry)
            continue
        lines.append(cur.rstrip(" "))
        cur, w = "", 0.0
        if t == " ":
            i += 1
    if cur:
        lines.append(cur.rstrip(" "))
    return [l.lstrip(" ") for l in lines]


# ---------------------------------------------------------------- document
# Each block: (kind, text). kinds: 'head' (unit mark, counts 3 lines),
# 'center' (title lines in 二号, count 1.4), 'line' (a single printed line),
# 'para' (a body paragraph, wrapped), 'gap' (vertical space, not copied),
# 'page' (forced page break).

COVER = [
    ("head", "岑陵市发展和改革委员会文件"),
    ("gap", 2),
    ("line", "岑发改综合〔2025〕14号"),
    ("gap", 1),
    ("center", "岑陵市发展和改革委员会"),
    ("center", "关于分解落实2025年全市国民经济和社会发展"),
    ("center", "计划主要任务的通知"),
    ("gap", 1),
    ("line", "市直各有关单位："),
    ("para", "《岑陵市2025年国民经济和社会发展计划》已经市十七届人大五次会议审查批准。为确保计划确定的各项目标任务落到实处，经市政府同意，现将计划主要任务分解落实到有关单位（详见附件），并就有关事项通知如下："),
    ("para", "一、提高思想认识。年度计划是全市经济社会发展的重要依据，各单位要切实把思想和行动统一到市委、市政府决策部署上来，对照分工，细化年度目标、工作举措和时间节点，确保各项任务按期完成。"),
    ("para", "二、压实工作责任。各项任务所列责任单位中，排在第一位的为牵头单位，其他为配合单位；只列一个单位的，由该单位负责落实。牵头单位要主动谋划、加强统筹，配合单位要密切协作、积极支持，形成工作合力。涉及各县（市、区）的任务，请各县（市、区）人民政府结合实际抓好落实。"),
    ("para", "三、加强调度报送。请各牵头单位于每季度末月25日前，将任务推进情况（含工作进展、存在问题及下步打算）报送市发展改革委综合科，7月5日前、12月20日前分别报送上半年和全年完成情况。市发展改革委将定期汇总分析计划执行情况，报市政府并抄送市政府督查室。"),
    ("para", "联系人：韩立新，电话：0736-8826015，邮箱：clfgwzhk@163.com。"),
    ("gap", 1),
    ("para", "附件：岑陵市2025年国民经济和社会发展计划主要任务分工"),
    ("gap", 2),
    ("right", "岑陵市发展和改革委员会"),
    ("right", "2025年3月18日"),
    ("gap", 1),
    ("para", "（此件公开发布）"),
    ("page", None),
]

PARTS = [
    ("一、全力扩大国内需求", [
        ("实施消费提振行动。围绕汽车、家电、家居等大宗商品，开展“岑陵消费季”等促消费活动200场以上，落实消费品以旧换新政策，社会消费品零售总额增长5.5%左右。", "市商务局、市财政局、市市场监管局"),
        ("培育新型消费业态。发展首发经济、夜间经济、银发经济，推进城市一刻钟便民生活圈建设，新建改造便民生活圈12个。", "市商务局、市民政局、市住房城乡建设局"),
        ("扩大有效投资。实施市级重点项目320个、年度计划投资680亿元以上，固定资产投资增长6%左右。", "市发展改革委、市直各有关单位，各县（市、区）人民政府"),
        ("争取上级资金支持。积极争取超长期特别国债、中央预算内投资和地方政府专项债券，全年争取上级资金120亿元以上。", "市发展改革委、市财政局"),
        ("激发民间投资活力。健全向民间资本推介项目长效机制，全年推介项目不少于40个，民间投资占比提高1个百分点。", "市发展改革委"),
    ]),
    ("二、加快构建现代化产业体系", [
        ("推动制造业提质升级。实施工业技术改造项目150个以上，规模以上工业增加值增长7%。", "市工业和信息化局"),
        ("培育壮大新兴产业。聚焦新能源电池、生物医药、先进材料三条产业链，落实链长制，新增规模以上工业企业60家。", "市工业和信息化局、市科技局、市投资促进局"),
        ("加快数字经济发展。新建5G基站600个，推进制造业“智改数转网联”，培育省级数字化车间和智能工厂10个以上。", "市数据局、市工业和信息化局"),
        ("推动服务业扩容提质。大力发展现代物流、科技服务、检验检测等生产性服务业，服务业增加值增长5.5%。", "市发展改革委、市商务局、市交通运输局、市市场监管局"),
        ("促进文旅深度融合。推进龙吟湖景区创建国家5A级旅游景区，办好第三届岑陵山水文化旅游节，全年接待游客增长8%以上。", "市文化广电旅游局"),
    ]),
    ("三、深入实施创新驱动发展战略", [
        ("强化企业科技创新主体地位。新增高新技术企业80家，科技型中小企业评价入库400家以上，全社会研发经费投入强度达到2.3%。", "市科技局、市统计局"),
        ("建设高能级创新平台。加快岑陵科创城建设，新建省级以上研发平台15个。", "市科技局、市工业和信息化局、岑陵高新区管委会"),
        ("加强人才引育。深入实施“岑才回引”计划，全年引进各类人才1.2万人，新建技能大师工作室5个。", "市委人才办、市人力资源社会保障局、市教育局"),
    ]),
    ("四、深化重点领域改革", [
        ("持续优化营商环境。深化“高效办成一件事”改革，新增集成服务事项20项，政务服务事项网上可办率保持在98%以上。", "市政务服务管理局、市数据局"),
        ("推进国资国企改革。深入实施国有企业改革深化提升行动，推动市属国有企业市场化转型。", "市国资委"),
        ("支持民营经济发展壮大。落实促进民营经济发展各项政策，开展防范和化解拖欠企业账款专项行动。", "市发展改革委、市工业和信息化局、市工商联"),
        ("深化要素市场化配置改革。推进公共资源交易平台整合共享，处置批而未供和闲置土地1200亩以上。", "市自然资源和规划局、市公共资源交易中心"),
        ("提升金融服务实体经济质效。全年新增各项贷款300亿元以上，普惠小微贷款增速不低于各项贷款增速。", "市委金融办、人民银行岑陵市分行、国家金融监督管理总局岑陵监管分局"),
    ]),
    ("五、扩大高水平对外开放", [
        ("稳住外贸基本盘。培育壮大外贸经营主体，支持企业参加境内外重点展会，进出口总额增长4%。", "市商务局、岑陵海关"),
        ("提升招商引资质效。开展产业链精准招商，新签约亿元以上项目150个，实际到位内资增长8%。", "市投资促进局、市商务局，各县（市、区）人民政府"),
    ]),
    ("六、推进乡村全面振兴和新型城镇化", [
        ("稳定粮食等重要农产品生产。粮食播种面积稳定在320万亩以上，新建高标准农田18万亩。", "市农业农村局、市自然资源和规划局、市水利局"),
        ("巩固拓展脱贫攻坚成果。守牢不发生规模性返贫致贫底线，脱贫人口人均纯收入增长8%以上。", "市农业农村局"),
        ("实施城市更新行动。改造城镇老旧小区86个，新增城市公共停车泊位3000个，改造燃气、供排水等地下管网120公里。", "市住房城乡建设局、市城市管理局、市自然资源和规划局"),
        ("完善综合交通网络。加快岑溆高速公路建设，开工国省道改造项目5个，新改建农村公路300公里。", "市交通运输局"),
        ("推动县域经济高质量发展。支持各县（市、区）培育壮大主导产业，力争新增全省县域经济先进县1个。", "各县（市、区）人民政府、市发展改革委"),
    ]),
    ("七、推动绿色低碳发展", [
        ("深入打好污染防治攻坚战。细颗粒物平均浓度控制在32微克/立方米以内，国考断面水质优良比例保持100%。", "市生态环境局"),
        ("推进能源结构调整。新增新能源装机50万千瓦，加快推进凤鸣山抽水蓄能电站前期工作。", "市发展改革委、国网岑陵供电公司"),
        ("推动资源节约集约利用。单位地区生产总值能耗下降2.5%，推进大宗固体废弃物综合利用。", "市发展改革委、市工业和信息化局、市统计局"),
    ]),
    ("八、切实保障和改善民生", [
        ("促进高质量充分就业。城镇新增就业4.2万人，城镇调查失业率控制在5.5%以内。", "市人力资源社会保障局"),
        ("办好人民满意的教育。新建改扩建中小学、幼儿园15所，新增学位1.2万个。", "市教育局、市发展改革委、市财政局"),
        ("推进健康岑陵建设。推进紧密型县域医共体建设，市中医医院新院区建成投用。", "市卫生健康委、市医疗保障局"),
        ("健全社会保障体系。城乡居民基本养老保险参保率稳定在95%以上，新增普惠托育托位1500个。", "市人力资源社会保障局、市民政局、市卫生健康委、市医疗保障局"),
        ("统筹发展和安全。深入开展安全生产治本攻坚三年行动，防范化解重点领域风险，守牢安全发展底线。", "市应急管理局、市直各有关单位"),
    ]),
]

ANNEX = [
    ("line", "附件"),
    ("gap", 1),
    ("center", "岑陵市2025年国民经济和社会发展计划"),
    ("center", "主要任务分工"),
    ("gap", 1),
]
n = 0
for head, tasks in PARTS:
    ANNEX.append(("para", head))
    for text, units in tasks:
        n += 1
        ANNEX.append(("para", f"{n}．{text}（责任单位：{units}）"))

ANNEX += [
    ("bottom", 3.6),
    ("rule", None),
    ("para0", "抄送：市委办公室，市人大常委会办公室，市政府办公室，市政协办公室。"),
    ("rule", None),
    ("line", "岑陵市发展和改革委员会办公室 2025年3月18日印发"),
    ("rule", None),
]

DOC = COVER + ANNEX


def render():
    pages = [[]]
    used = 0.0

    def put(line, cost=1.0):
        nonlocal used
        if used + cost > LINES_PER_PAGE + 1e-9:
            new_page()
        pages[-1].append(line)
        used += cost

    def new_page():
        nonlocal used
        pages.append([])
        used = 0.0

    for kind, val in DOC:
        if kind == "head":
            put(val, 3.0)
        elif kind == "gap":
            used = min(used + val, LINES_PER_PAGE)
        elif kind == "bottom":
            # 版记 sits at the foot of the last page
            if used > LINES_PER_PAGE - val:
                new_page()
            used = LINES_PER_PAGE - val
        elif kind == "rule":
            used += 0.2
        elif kind == "center":
            put(autospace(val), 1.4)
        elif kind in ("line", "right"):
            put(autospace(val))
        elif kind == "para":
            for l in wrap(val, 2.0):
                put(l)
        elif kind == "para0":
            for l in wrap(val, 1.0):
                put(l)
        elif kind == "page":
            new_page()
    out = []
    for i, p in enumerate(pages, 1):
        out.extend(p)
        out.append(f"— {i} —")
    return "\r\n".join(out) + "\r\n"


if __name__ == "__main__":
    txt = render()
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(txt)
    print(OUT, n, "tasks")
