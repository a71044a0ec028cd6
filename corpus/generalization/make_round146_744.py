#!/usr/bin/python3
"""Generate notice 744 (a county 政府办 task-division notice copied as plain text
from the county portal's article page) and its gold task list.

Run:  /usr/bin/python3 make_744.py
Writes 744_tongxi_xian_gzbg_renwu_fengong.txt and 744.tasks.gold.jsonl.
Deterministic: no clocks, no randomness; the output is a pure function of DATA.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = os.path.join(HERE, "744_tongxi_xian_gzbg_renwu_fengong.txt")
GOLD = os.path.join(HERE, "744.tasks.gold.jsonl")

IND = "\u3000\u3000"     # the two full-width spaces the Word paste keeps at each paragraph start
SEP = "\u3000"           # the full-width space between the fields of a responsibility line

# Leaders as printed in the Word file (two-character names padded with a full-width space).
ZHOU = "周建华"      # 县长
LI = "李\u3000军"    # 常务副县长 (padded)
WANG = "王海涛"      # 副县长
LIU = "刘晓燕"       # 副县长
CHEN = "陈志远"      # 副县长
ZHAO = "赵德明"      # 副县长、县公安局局长

FZ = "县发展和改革局"
CZ = "县财政局"
ZR = "县自然资源局"
ZJ = "县住房和城乡建设局"
XZ = "各乡镇人民政府"
SW = "县商务局"
GX = "县工业和信息化局"
SJ = "县市场监督管理局"
WL = "县文化和旅游局"
JT = "县交通运输局"
KJ = "县科学技术局"
NY = "县农业农村局"
SL = "县水利局"
HB = "市生态环境局桐溪分局"
RS = "县人力资源和社会保障局"
JY = "县教育局"
YB = "县医疗保障局"
KFQ = "桐溪经济开发区管理委员会"
ZSDW = "县直有关单位"

# One entry per task: (text paragraphs, leaders as printed, lead units, cooperating units or
# None when the line has no 配合单位 field, deadline, options).
# options: marker_sep ("." default), coop_joiners (list of joiners between cooperating units),
# wrap_after (index of cooperating unit after which the line is wrapped), gap (text between
# 牵头单位 and 配合单位 fields).
PARTS = [
    ("一、全力稳增长，推动经济持续回升向好", [
        (["扩大有效投资。坚持“项目为王”，全年实施县级重点项目120个，完成投资180亿元，固定资产投资增长6%以上；力争新开工亿元以上项目30个、竣工投产20个。"],
         [ZHOU, LI], [FZ], [CZ, ZR, ZJ, XZ], "2025年12月底", {}),
        (["强化项目要素保障。积极争取超长期特别国债、地方政府专项债券等政策资金，全年争取上级资金15亿元以上；盘活存量建设用地1200亩，保障重点项目用地需求。"],
         [LI], [CZ, FZ], [ZR, HB], "2025年12月底", {}),
        (["促进消费扩容提质。用足用好消费品以旧换新政策，举办“桐溪美食节”“年货节”等促消费活动20场次以上，社会消费品零售总额增长5.5%。"],
         [WANG], [SW], [CZ, SJ, WL], "2025年12月底", {}),
        (["推动外贸稳规模优结构。支持企业拓展“一带一路”沿线市场，新增有进出口实绩企业8家，外贸进出口总额增长5%以上。"],
         [WANG], [SW], ["县税务局", CZ], "2025年12月底", {}),
        (["加强财政收支管理。一般公共预算收入增长4%，坚持政府过紧日子，严控一般性支出，兜牢基层“三保”底线，稳妥化解地方政府债务风险。"],
         [LI], [CZ], ["县税务局", ZR], "2025年12月底", {}),
        (["强化金融服务实体经济。深化政银企对接，新增各项贷款30亿元以上，普惠小微贷款增速不低于各项贷款增速。"],
         [LI], ["县地方金融服务中心"], ["国家金融监督管理总局桐溪监管支局", "各银行业金融机构"], "2025年12月底", {}),
    ]),
    ("二、坚持产业强县，加快构建现代化产业体系", [
        (["做强新材料主导产业。推进年产5万吨高性能复合材料等12个项目建设，新材料产业产值突破150亿元，争创省级特色产业集群。"],
         [CHEN], [GX], [KFQ, FZ, KJ], "2025年12月底", {}),
        (["推动传统产业转型升级。实施技术改造项目25个，新增省级智能工厂、数字化车间3个，规上工业增加值增长7%。"],
         [CHEN], [GX], [CZ, KFQ], "2025年12月底", {}),
        (["培育壮大经营主体。新增规上工业企业15家、“个转企”100户，新增经营主体3000户以上。"],
         [CHEN], [SJ], [GX, "县统计局"], "2025年12月底", {"gap": SEP + SEP}),
        (["加快文旅融合发展。推进青岚山景区提档升级，创建国家4A级旅游景区1家，全年接待游客突破600万人次，旅游综合收入增长10%。"],
         [LIU], [WL], [JT, ZR, "相关乡镇人民政府"], "2025年12月底", {}),
        (["发展现代服务业。完善县乡村三级物流配送体系，建成县级电商物流分拨中心，快递进村覆盖率达到100%。"],
         [WANG], [SW], [JT, "县邮政分公司"], "2025年9月底", {}),
        (["强化科技创新支撑。新增高新技术企业8家、科技型中小企业30家，全社会研发投入强度达到1.8%。"],
         [CHEN], [KJ], [GX, CZ, KFQ], "2025年12月底", {"coop_joiners": ["，", "、"]}),
    ]),
    ("三、深化改革开放，持续优化营商环境", [
        (["深化“高效办成一件事”改革。年内实现“一件事”集成办理事项20项以上，政务服务事项网上可办率达到98%。"],
         [WANG], ["县行政审批服务局"], [ZSDW, XZ], "2025年12月底", {}),
        (["持续优化营商环境。落实营商环境评价反馈问题整改，开展涉企违规收费专项整治，推行“综合查一次”联合执法，营商环境评价位次保持全市前列。"],
         [ZHOU, WANG], [FZ], ["县行政审批服务局", SJ, "县司法局"], "长期坚持", {}),
        (["深化国资国企改革。推进县属国有企业整合重组和市场化转型，完善现代企业制度，县属国有企业营业收入增长10%。"],
         [LI], [CZ], ["县城市建设投资集团有限公司"], "2025年12月底", {}),
        (["加大招商引资力度。坚持“一把手”招商，开展产业链精准招商，全年引进亿元以上项目40个，实际到位资金120亿元。"],
         [ZHOU], ["县投资促进中心"], [KFQ, XZ, ZSDW], "2025年12月底", {}),
        (["推进开发区改革提升。深化开发区“管委会＋公司”体制改革，完善基础设施配套，亩均税收提高5%以上。"],
         [CHEN], [KFQ], [ZR, CZ], "2025年12月底", {}),
    ]),
    ("四、全面推进乡村振兴，促进城乡融合发展", [
        (["稳定粮食生产。全年粮食播种面积稳定在52万亩以上，总产量达到4.3亿斤；新建高标准农田3万亩。"],
         [LIU], [NY], [ZR, SL, CZ, XZ], "2025年10月底", {}),
        (["巩固拓展脱贫攻坚成果。健全防止返贫致贫监测和帮扶机制，脱贫人口人均纯收入增长8%以上，坚决守住不发生规模性返贫致贫底线。"],
         [LIU], [NY], [RS, YB, JY, ZJ, XZ], "长期坚持", {"marker_sep": "．"}),
        (["推进和美乡村建设。开展农村人居环境整治提升行动，新改建农村卫生户厕2000座，创建省级和美乡村示范村5个。"],
         [LIU], [NY], [ZJ, HB, XZ], "2025年12月底", {}),
        (["推进以县城为重要载体的新型城镇化。实施城镇老旧小区改造12个、城中村改造项目2个，常住人口城镇化率提高1个百分点。"],
         [WANG], [ZJ], [FZ, ZR, "县城市管理局"], "2025年12月底", {}),
        (["完善交通基础设施。推进国道234线桐溪段改建工程，新改建农村公路80公里，实施危桥改造10座。"],
         [WANG], [JT], [ZR, CZ, "沿线乡镇人民政府"], "2025年11月底", {}),
    ]),
    ("五、加强生态环境保护，推动绿色低碳发展", [
        (["深入打好污染防治攻坚战。细颗粒物（PM2.5）平均浓度控制在34微克/立方米以内，国控断面水质优良比例保持100%，受污染耕地安全利用率达到93%以上。"],
         [CHEN], [HB], [ZJ, JT, NY, "县城市管理局", SL, XZ], "2025年12月底", {"wrap_after": 2}),
        (["全面推行河湖长制。开展河湖“清四乱”常态化规范化行动，完成中小河流治理20公里，全县农村自来水普及率达到95%。"],
         [CHEN], [SL], [HB, NY, XZ], "2025年12月底", {}),
        (["推进林长制和国土绿化。完成人工造林1.5万亩、森林抚育3万亩，森林覆盖率稳定在48%以上。"],
         [CHEN], ["县林业局"], [ZR, XZ], "2025年12月底", {}),
    ]),
    ("六、着力保障和改善民生，增进人民群众福祉", [
        (["稳定和扩大就业。城镇新增就业3200人，城镇调查失业率控制在5.5%以内，农村劳动力转移就业稳定在18万人以上。"],
         [LIU], [RS], [CZ, NY, JY], "2025年12月底", {}),
        (["办好人民满意的教育。新建、改扩建中小学校4所，新增学位2400个，推进县域义务教育优质均衡发展。",
          "加强教师队伍建设，招聘补充中小学教师120名，落实中小学教师平均工资收入水平不低于当地公务员平均工资收入水平。"],
         [LIU], [JY], [CZ, ZJ, ZR], "2025年8月底", {}),
        (["推进健康桐溪建设。深化紧密型县域医共体建设，县人民医院新住院楼投入使用，乡镇卫生院基本医疗服务能力达标率达到100%。"],
         [LIU], ["县卫生健康局"], [YB, CZ], "2025年12月底", {}),
        (["完善社会保障体系。城乡居民基本养老保险参保率稳定在95%以上，基本医疗保险参保率达到96%，提高城乡低保和特困人员供养标准。"],
         [LIU], [RS, YB], ["县民政局", CZ], "2025年12月底", {}),
        (["扎实办好十件民生实事。确保各项民生实事年底前全部完成并投入使用，让群众可感可及。"],
         [ZHOU, LIU], ["县政府办公室"], [ZSDW, XZ], "2025年12月底", {}),
    ]),
    ("七、统筹发展和安全，加强政府自身建设", [
        (["抓好安全生产。压紧压实安全生产责任，深化重点行业领域安全生产治本攻坚三年行动，坚决遏制较大以上生产安全事故发生。"],
         [ZHAO], ["县应急管理局"], [ZSDW, XZ], "长期坚持", {}),
        (["建设更高水平的平安桐溪。常态化开展扫黑除恶斗争，深化矛盾纠纷排查化解，持续推进信访工作法治化。"],
         [ZHAO], ["县公安局"], ["县司法局", "县信访局", XZ], "长期坚持", {}),
        (["加强审计监督。开展重大政策措施落实情况跟踪审计，实现审计监督全覆盖，抓好审计发现问题整改。"],
         [ZHOU], ["县审计局"], None, "2025年12月底", {}),
        (["加强政府自身建设。严格落实中央八项规定及其实施细则精神，持续为基层减负，提高政府执行力和公信力。"],
         [ZHOU], ["县政府办公室"], ["县司法局", "县直各单位"], "长期坚持", {}),
    ]),
]

HEADER = [
    "桐溪县人民政府办公室文件",
    "桐政办发〔2025〕4号",
    "桐溪县人民政府办公室关于印发2025年县政府工作报告重点工作任务分工的通知",
    "各乡镇人民政府，县政府各部门，县直各单位：",
    IND + "《2025年县政府工作报告》已经县第十八届人民代表大会第五次会议审议通过。为确保报告确定的各项目标任务落到实处，经县政府同意，现将《2025年县政府工作报告重点工作任务分工》印发给你们，并就有关事项通知如下：",
    IND + "一、提高思想认识。各乡镇、各部门要把抓好《政府工作报告》确定的重点工作作为全年工作的主线，切实增强责任感和紧迫感，确保各项目标任务按时保质完成。",
    IND + "二、压实工作责任。各责任领导要加强对分管领域重点工作的统筹调度。各牵头单位是任务落实的第一责任单位，主要负责同志为第一责任人，要制定具体推进方案，明确时间表、路线图；各配合单位要按照职责分工，主动对接、积极配合，形成工作合力。",
    IND + "三、强化督查考核。各牵头单位要于每月25日前将任务推进情况报县政府督查室，6月25日前、12月20日前分别报送半年和全年工作完成情况。县政府督查室要加强跟踪督办，督查结果纳入年度目标责任考核。",
    IND + "附件：2025年县政府工作报告重点工作任务分工",
    "桐溪县人民政府办公室",
    "2025年3月7日",
    "（此件公开发布）",
    "附件",
    "2025年县政府工作报告重点工作任务分工",
]


def resp_line(leaders, lead, coop, deadline, opt):
    """The responsibility paragraph as the portal shows it; returns a list of lines
    (two lines when the Word paragraph held a manual line break)."""
    s = "责任领导：" + "、".join(leaders) + SEP + "牵头单位：" + "、".join(lead)
    if coop is not None:
        joiners = list(opt.get("coop_joiners") or [])
        joiners += ["、"] * (len(coop) - 1 - len(joiners))
        s += opt.get("gap", SEP) + "配合单位：" + coop[0]
        for i, u in enumerate(coop[1:]):
            s += joiners[i]
            if opt.get("wrap_after") == i:
                s += "\n"      # manual line break kept by the portal (a <br>, no blank line)
            s += u
    s += SEP + "完成时限：" + deadline
    return [IND + s]


def head12(text):
    t = "".join(ch for ch in text if not ch.isspace())
    return t[:12]


def build():
    out = []          # paragraphs; each is a list of lines shown without a blank line between
    gold = []
    for h in HEADER:
        out.append([h])
    n = 0
    for title, tasks in PARTS:
        out.append([IND + title])
        for paras, leaders, lead, coop, deadline, opt in tasks:
            n += 1
            marker = f"{n}{opt.get('marker_sep', '.')}"
            out.append([IND + marker + paras[0]])
            for p in paras[1:]:
                out.append([IND + p])
            out.append(resp_line(leaders, lead, coop, deadline, opt))
            coop_list = list(coop) if coop is not None else []
            gold.append({
                "id": str(n),
                "marker": marker,
                "head": head12(paras[0]),
                "responsible_units": list(lead) + coop_list,
                "lead_units": list(lead),
                "cooperating_units": coop_list,
                "leaders": [l.replace("\u3000", "") for l in leaders],
                "deadline": deadline,
            })
    text = "\n\n".join("\n".join(p) for p in out) + "\n"
    return text, gold


def main():
    text, gold = build()
    with open(NOTICE, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(GOLD, "w", encoding="utf-8", newline="\n") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {os.path.basename(NOTICE)} ({len(text)} chars) and {len(gold)} gold tasks")


if __name__ == "__main__":
    main()
