#!/usr/bin/env python3
"""Round 80, notice 424: what a browser's PDF viewer gives when the whole PDF of a
公文 is selected and copied (Ctrl+A, Ctrl+C) and pasted into Notepad (UTF-8, CRLF).

The PDF was set in Word on the 公文 grid (28 characters a line, 22 lines a page) and
saved as PDF, every glyph placed on its own.  The viewer's copy keeps one printed line a
line, drops indents and empty lines, prints the page number line `— N —` after each
page, and puts a space between every two glyphs of a line that Word stretched to the
right margin (a justified line that was short of the measure: a line holding an odd
number of half-width characters, or one shortened by the line-breaking rules).
"""
import os
import re

W = 28.0           # the measure, in em
HEAD_AVOID = set("，。、；：？！）》」』”’％…—·")     # may not open a line
TAIL_AVOID = set("（《「『“‘")                          # may not close a line
ASCII_RUN = re.compile(r"[0-9A-Za-z./%+\-]+")


def tokens(text):
    out = []
    i = 0
    while i < len(text):
        m = ASCII_RUN.match(text, i)
        if m:
            out.append(m.group(0))
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


def width(tok):
    if tok == " ":
        return 0.5
    if ASCII_RUN.fullmatch(tok):
        return 0.5 * len(tok)
    return 1.0


def layout(text, first_indent):
    """Break a paragraph into lines.  Returns [(line_tokens, short_of_measure)]."""
    toks = tokens(text)
    lines = []
    i = 0
    first = True
    while i < len(toks):
        avail = W - (first_indent if first else 0)
        cur = []
        w = 0.0
        while i < len(toks) and w + width(toks[i]) <= avail + 1e-9:
            cur.append(toks[i])
            w += width(toks[i])
            i += 1
        if i < len(toks):
            # line-breaking rules: push characters down until neither rule is broken
            while cur and (toks[i] in HEAD_AVOID or cur[-1] in TAIL_AVOID):
                i -= 1
                w -= width(cur.pop())
        # a space at either end of a line is not printed
        while cur and cur[-1] == " ":
            w -= width(cur.pop())
        lines.append((cur, avail - w > 1e-9 and i < len(toks)))
        while i < len(toks) and toks[i] == " ":
            i += 1
        first = False
    return lines


def render(line_toks, spaced):
    if not spaced:
        return "".join(line_toks)
    chars = []
    for t in line_toks:
        if t == " ":
            chars.append("")      # the printed space: one more gap
        else:
            chars.extend(t)
    return " ".join(chars)


class Pages:
    def __init__(self):
        self.out = []
        self.page = 1
        self.used = 0
        self.cap = 22

    def line(self, s, rows=1):
        if self.used + rows > self.cap:
            self.close_page()
        if s is not None:
            self.out.append(s)
        self.used += rows

    def close_page(self):
        self.out.append("— %d —" % self.page)
        self.page += 1
        self.used = 0

    def new_page(self):
        if self.used:
            self.close_page()

    def para(self, text, indent=2):
        for toks, short in layout(text, indent):
            self.line(render(toks, short))


# ---------------------------------------------------------------- the notice
COVER = [
    "为深入贯彻落实全国、全省医疗保障工作会议和市委经济工作会议精神，推动全市医疗保障事业高质量发展，经局党组会议研究同意，现将2026年全市医疗保障工作要点任务分工印发给你们，并就有关事项通知如下，请认真抓好落实。",
    "一、明确责任分工。各部分标题后括号内标注的局领导为该部分任务的责任领导；任务后另行标注责任领导的，以任务后标注为准。任务后所列责任单位中，排在第一位的为牵头单位，负责统筹推进和汇总报送，其余为配合单位；明确由两个单位共同牵头或者单独列明牵头单位、配合单位的，按所列执行。",
    "二、强化推进落实。各牵头单位要对照任务分工，细化工作措施，明确完成时限，于每季度最后一个月20日前将任务进展情况（含佐证材料）报局办公室；配合单位要主动对接、密切配合，不得推诿扯皮。各县（市、区）医疗保障局要结合实际，抓好涉及本地任务的落实。",
    "三、严格督查考核。局办公室要建立任务台账，实行清单化管理、销号式推进，对进展滞后的任务及时督办提醒，督查情况纳入年度科室（单位）综合考核。",
    "联系人：赵一鸣（局办公室），联系电话：6218035。",
]

SECTIONS = [
    ("一、深化医疗保障制度改革（责任领导：周明远）", [
        "健全基本医疗保险参保长效机制。落实参保扩面工作方案，加强部门数据共享比对，推动新生儿、新就业形态人员、灵活就业人员等重点人群应保尽保，全市基本医疗保险参保率稳定在95%以上。（责任单位：待遇保障科、市医疗保障事业服务中心、各县（市、区）医疗保障局）",
        "完善职工医保门诊共济保障机制。规范个人账户使用管理，扩大个人账户家庭共济范围，稳步提高门诊统筹支付比例，年度最高支付限额提高至4000元。（责任单位：待遇保障科、规划财务和法规科、市医疗保障事业服务中心）",
        "落实城乡居民医保待遇政策。执行全省统一的居民医保筹资标准和待遇政策，做好大病保险、医疗救助与基本医保的衔接，政策范围内住院费用报销比例稳定在70%左右。（责任单位：待遇保障科）",
        "稳妥推进长期护理保险制度试点。研究制定我市长期护理保险实施细则，确定失能等级评估标准和服务项目，力争2026年10月底前启动试点。（责任领导：方启明、周明远；责任单位：待遇保障科、规划财务和法规科、市医疗保障事业服务中心）",
        "巩固拓展医保脱贫攻坚成果。落实分类资助参保政策，健全防范化解因病返贫致贫长效机制，加强高额医疗费用支出人员监测预警，做到早发现、早干预、早帮扶。（责任单位：待遇保障科、各县（市、区）医疗保障局）",
    ]),
    ("二、深化医保支付方式改革（责任领导：周明远）", [
        "推进支付方式改革提质扩面。全面落实按病组和病种分值付费改革三年行动计划，在全市范围内统一规范执行DRG/DIP 2.0版分组方案，完善特例单议和意见收集反馈机制，实现统筹区内符合条件的开展住院服务的医疗机构全覆盖。（责任单位：医药服务管理科、市医疗保障事业服务中心）",
        "加强定点医药机构协议管理。完善定点医药机构准入、退出和考核评价机制，将考核结果与年度清算、协议续签挂钩。（责任单位：市医疗保障事业服务中心、医药服务管理科）",
        "支持中医药传承创新发展。扩大中医优势病种按病种付费范围，将符合条件的医疗机构中药制剂按规定纳入医保支付。（责任单位：医药服务管理科、医药价格和招标采购科）",
        "推进紧密型县域医共体医保支付改革。对紧密型县域医共体实行医保基金总额付费，落实结余留用、合理超支分担机制，年内在3个县（市）全面推开。（责任领导：何婉清；责任单位：市医疗保障事业服务中心、医药服务管理科、各县（市、区）医疗保障局）",
    ]),
    ("三、深化医药价格和招标采购改革（责任领导：陈立群）", [
        "常态化开展药品和医用耗材集中带量采购。落实国家、省组织集采中选结果，做好协议采购量分配、续约和中选产品进院使用监测，确保中选产品协议量按时完成。（责任单位：医药价格和招标采购科、市医疗保障事业服务中心）",
        "稳妥有序推进医疗服务价格改革。落实省医疗服务价格项目立项指南，开展医疗服务价格动态调整评估，全年调整价格项目不少于2批次。（责任单位：医药价格和招标采购科、规划财务和法规科）",
        "加强医药价格监测和治理。开展定点医药机构药品价格专项治理，推进挂网药品价格一致性治理，畅通价格投诉举报渠道。（责任单位：医药价格和招标采购科、基金监管科）",
        "推进医保基金与医药企业直接结算。在集采药品和医用耗材直接结算基础上扩大结算范围，压缩回款周期，年底前实现全市公立医疗机构全覆盖。（责任单位：规划财务和法规科、医药价格和招标采购科共同牵头，市医疗保障事业服务中心配合；责任领导：陈立群、欧阳东）",
    ]),
    ("四、持续加强医保基金监管，坚决守牢基金安全底线（责任领导：陈立群）", [
        "深入开展医保基金管理突出问题专项整治。聚焦重点领域、重点药品耗材和重点机构，严厉打击欺诈骗保行为，配合开展医保、公安、卫生健康等部门联合检查。（责任单位：基金监管科、市医疗保障基金安全服务中心、各县（市、区）医疗保障局）",
        "推进智能监管全覆盖。完善智能监管知识库、规则库，推动“事前提醒、事中审核、事后监管”全流程监管，年底前智能监管子系统实现定点医药机构全覆盖。（责任单位：市医疗保障基金安全服务中心、基金监管科）",
        "健全医保信用管理和社会监督制度。落实定点医药机构相关人员医保支付资格管理制度，用好社会监督员队伍，落实举报奖励制度。（责任单位：基金监管科）",
        "加强医保基金运行分析和风险预警。按月开展基金运行监测，完善基金预算管理和风险预警机制，确保基金收支平衡、略有结余。（责任领导：欧阳东；责任单位：规划财务和法规科、市医疗保障事业服务中心）",
    ]),
    ("五、持续提升医保经办服务水平（责任领导：何婉清）", [
        "深化医保经办服务“一件事”改革。推进新生儿出生、职工退休等“一件事”医保事项集成办理，实现“高效办成一件事”重点事项医保环节100%网上可办。（责任单位：市医疗保障事业服务中心、各县（市、区）医疗保障局）",
        "推进异地就医直接结算扩面提质。扩大门诊慢特病跨省直接结算病种和定点医疗机构范围，优化异地就医备案流程。（责任单位：市医疗保障事业服务中心、待遇保障科）",
        "加强基层医保服务网络建设。推进医保服务向乡镇（街道）、村（社区）延伸，打造“15分钟医保服务圈”，年内建成标准化基层服务站点120个。（责任单位：各县（市、区）医疗保障局、市医疗保障事业服务中心）",
        "推广医保码和移动支付应用。拓展医保码全流程应用场景，推动二级及以上定点医疗机构实现医保移动支付。（责任领导：欧阳东；责任单位：规划财务和法规科、市医疗保障事业服务中心）",
    ]),
    ("六、夯实医保法治和信息化支撑（责任领导：欧阳东）", [
        "推进医保领域依法行政。落实行政执法“三项制度”，规范行政处罚自由裁量权，开展医保法律法规宣传，办好“医保法治宣传月”活动。（责任单位：规划财务和法规科、基金监管科）",
        "加强医保信息平台运维和数据安全管理。落实网络安全责任制，开展信息系统等级保护测评和数据安全风险评估，保障平台安全平稳运行。（责任单位：规划财务和法规科、市医疗保障事业服务中心）",
        "推进医保数据赋能。依法依规向商业健康保险、医药研发等领域提供数据服务，推动医保数据在卫生健康领域的共享应用。（责任单位：规划财务和法规科、医药服务管理科、待遇保障科）",
    ]),
    ("七、全面加强党的建设（责任领导：方启明）", [
        "深入学习贯彻党的创新理论。落实党组理论学习中心组学习制度，推进模范机关创建，打造“医保为民”党建品牌。（责任单位：机关党委（人事科）、办公室）",
        "加强医保干部队伍建设。优化干部队伍结构，开展医保业务能力提升培训，全年组织集中培训不少于4期。（责任单位：机关党委（人事科））",
        "持续深化作风建设和廉政建设。坚决落实中央八项规定及其实施细则精神，深入整治形式主义为基层减负，加强廉政风险防控。（责任领导：方启明、何婉清；责任单位：办公室、机关党委（人事科）、各县（市、区）医疗保障局）",
    ]),
    ("八、统筹抓好其他重点工作", [
        "做好医保政策宣传解读。围绕群众关心关注的参保缴费、待遇享受等热点，开展医保政策进机关、进企业、进社区、进乡村活动。（责任领导：周明远；责任单位：办公室、待遇保障科、市医疗保障事业服务中心）",
        "抓好安全生产和信访维稳工作。落实安全生产责任制，畅通信访渠道，做好重要节点信访矛盾排查化解。（责任领导：陈立群；牵头单位：办公室；配合单位：基金监管科、市医疗保障事业服务中心）",
        "做好人大代表建议和政协委员提案办理工作。严格落实办理责任制，确保按时办结率、沟通率100%。（责任领导：方启明；责任单位：办公室、局机关各科室、直属各单位）",
    ]),
]


def build():
    p = Pages()
    # 版头 (issuer mark, 文号, red rule) and the title take the top of page 1
    p.line("潆川市医疗保障局文件", rows=4)
    p.line("潆医保发〔2026〕6号", rows=2)
    p.line(None, rows=1)                       # red rule
    p.line("潆川市医疗保障局关于印发2026年全市医疗保障")
    p.line("工作要点任务分工的通知")
    p.line(None)
    p.para("各县（市、区）医疗保障局，局机关各科室、直属各单位：", indent=0)
    for t in COVER:
        p.para(t)
    p.line(None)
    p.para("附件：2026年全市医疗保障工作要点任务分工")
    p.line(None)
    p.line(None)
    p.line(None)
    p.line("潆川市医疗保障局")
    p.line("2026年2月27日")
    p.para("（此件公开发布）")
    # the 附件 begins a new page
    p.new_page()
    p.line("附件")
    p.line(None)
    p.line("2026年全市医疗保障工作要点任务分工", rows=2)
    p.line(None)
    for head, tasks in SECTIONS:
        p.para(head)
        for n, t in enumerate(tasks, 1):
            p.para("%d．%s" % (n, t))
    # 版记 at the foot of the last page; when it does not fit, it goes on the back of a
    # blank page, and neither the blank page nor the 版记 page carries a page number
    banji = ["抄送：市卫生健康委员会，市财政局，国家税务总局潆川市税务局。",
             "潆川市医疗保障局办公室 2026年2月27日印发"]
    if p.used <= p.cap - len(banji):
        p.out.extend(banji)                    # at the foot of the last page
        p.close_page()
    else:
        p.close_page()                         # the last page of the 附件, numbered
        p.out.extend(banji)                    # blank page + 版记 page: unnumbered
    return p.out


if __name__ == "__main__":
    lines = build()
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "424_yingchuan_yibaoju_pdf_fuzhi_zijian_kongge.txt"), "w",
              encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")
    print(len(lines), "lines")
