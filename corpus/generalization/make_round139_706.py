#!/usr/bin/python3
"""Round 139, case 706 (control): a 市发展和改革委员会 notice splitting its 2024 工作要点 among its 科室,
as plain text the way the 委's portal (政府信息公开 page) shows it: UTF-8, no BOM, LF, one line per <p>
with a blank line between paragraphs, body paragraphs indented with two U+3000 as the CMS stores them.

Each 要点 is a numbered paragraph `N.标题。正文……` ending with the unbracketed sentence
`分管委领导：X；牵头科室：A；配合科室：B、C。`.  Notice and gold are both written from TASKS below.

Run: /usr/bin/python3 make_706.py   (deterministic: pure text, no timestamps)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = "706_fengzhou_shi_fgw_2024_gongzuo_yaodian_keshi_fengong.txt"
GOLD = "706.tasks.gold.jsonl"

IND = "\u3000\u3000"          # paragraph indent as stored by the CMS
PAD = "\u3000"                # padding inside a two-character name

CITY = "沣州市"
ISSUER = "沣州市发展和改革委员会"
WENHAO = "沣发改办〔2024〕7号"
TITLE = ISSUER + "关于印发2024年工作要点任务分工的通知"
ATT_TITLE = ISSUER + "2024年工作要点任务分工"

# ---------------------------------------------------------------------------------------------
# The one structured description.  Per task:
#   paras    the task's own text, one string per printed paragraph (marker and clause are added)
#   leaders  委领导 as printed ("王　勇" padded, "孙莉" not)
#   lead, coop  牵头科室 / 配合科室 as printed (coop [] = no 配合科室 label at all)
#   optional printing quirks:
#     dot        marker punctuation ("." default, "．" once)
#     lcolon     colon after 牵头科室 (":" half-width once)
#     lsep       separator before 配合科室 ("，" once instead of "；")
#     cseps      separators between the 配合科室 units (a "，" once where "、" was meant)
#     end        clause end ("" once: final 。 missing)
#     deadline   completion deadline printed in the text, else None
# ---------------------------------------------------------------------------------------------
GEN = "各县（市、区）发展改革局"
SECTIONS = [
    ("一、聚焦稳增长，推动经济持续回升向好", [
        dict(paras=["强化经济运行监测调度。坚持月监测、季分析、半年小结，完善重点指标、重点行业、重点企业监测体系，加强对地区生产总值、固定资产投资、社会消费品零售总额等主要指标的跟踪研判，及时提出针对性措施建议，力争全市地区生产总值增长6%左右。"],
             leaders=["王　勇"], lead=["国民经济综合科"], coop=["产业发展科", "固定资产投资科", "价格科", "市经济信息中心"]),
        dict(paras=["推动宏观政策落地见效。认真落实国家、省出台的一揽子稳经济政策措施，加强政策梳理解读和宣传推介，建立政策落实跟踪评估机制，推动各类惠企政策直达快享，增强宏观政策取向一致性。"],
             leaders=["王　勇"], lead=["国民经济综合科"], coop=["政策法规科", "经济体制综合改革科", GEN]),
        dict(paras=["着力扩大有效投资。坚持把项目建设作为稳增长的主抓手，建立全市重点项目投资台账，强化用地、资金、能耗等要素保障，推动计划投资尽快转化为实物工作量，力争全市固定资产投资增长8%以上。"],
             leaders=["刘晓峰"], lead=["固定资产投资科"], coop=["重大项目推进科", "基础设施发展科", GEN]),
        dict(paras=["积极争取上级资金支持。紧盯中央预算内投资、超长期特别国债、地方政府专项债券等政策投向，加强与省发展改革委的对接汇报，提高项目申报质量和成功率，全年争取上级各类资金规模保持在较高水平。"],
             leaders=["刘晓峰"], lead=["固定资产投资科"], coop=["农村经济科", "社会发展科", "基础设施发展科", "高技术产业科"]),
        dict(paras=["激发民间投资活力。落实促进民间投资健康发展的政策措施，常态化向民间资本推介项目，规范实施政府和社会资本合作新机制，推动民间投资稳中有升。"],
             leaders=["刘晓峰"], lead=["固定资产投资科"], coop=["经济体制综合改革科", "市重点项目服务中心"]),
        dict(paras=["促进消费扩容提质。落实恢复和扩大消费政策措施，培育壮大新型消费，推动汽车、家电等大宗消费，支持发展文旅、体育、养老、托育等服务消费，积极争创省级区域消费中心城市。"],
             leaders=["王　勇"], lead=["国民经济综合科"], coop=["产业发展科", "社会发展科"]),
    ]),
    ("二、聚焦抓项目，夯实高质量发展支撑", [
        dict(paras=["高质量谋划储备项目。围绕国家政策导向和全市产业布局，滚动谋划储备一批打基础、利长远、增后劲的重大项目，完善市级重大项目储备库，力争全年新谋划储备项目300个以上。"],
             leaders=["刘晓峰"], lead=["发展规划科", "重大项目推进科"], coop=["各科室", GEN]),
        dict(paras=["全力推进重点项目建设。精心编制2024年市级重点项目计划，落实重点项目市级领导分包、周调度月通报机制，扎实开展重点项目集中开工和观摩评比活动，推动一批重大项目早开工、早投产、早见效。"],
             leaders=["刘晓峰"], lead=["重大项目推进科"], coop=["市重点项目服务中心", "固定资产投资科"]),
        dict(paras=["提升项目审批服务效能。深化投资审批制度改革，依托全国投资项目在线审批监管平台推行“一网通办”，落实企业投资项目承诺制，进一步压缩审批时限，提升审批服务便利度。"],
             leaders=["孙莉"], lead=["行政审批科"], coop=["政策法规科", "固定资产投资科"]),
        dict(paras=["加强政府投资项目管理。严格政府投资项目决策程序，加强可行性研究报告审查，强化中央预算内投资项目事中事后监管，6月底前完成2023年度中央预算内投资项目专项检查。"],
             leaders=["刘晓峰"], lead=["固定资产投资科"], coop=["财务审计科", GEN], deadline="6月底前"),
    ]),
    ("三、聚焦促转型，加快构建现代化产业体系", [
        dict(paras=["推动制造业高质量发展。支持传统产业改造升级，推动装备制造、新材料、食品加工等主导产业延链补链强链，配合做好重点产业链链长制相关工作。"],
             leaders=["孙莉"], lead=["产业发展科"], coop=["高技术产业科", "能源发展科"]),
        dict(paras=["培育壮大新质生产力。聚焦新能源、生物医药、电子信息等战略性新兴产业，积极争创省级战略性新兴产业集群，支持企业建设工程研究中心、企业技术中心等创新平台。"],
             leaders=["孙莉"], lead=["高技术产业科"], coop=["产业发展科"], dot="．"),
        dict(paras=["推动现代服务业提质增效。促进现代物流、科技服务、金融服务等生产性服务业向专业化和价值链高端延伸，加快国家骨干冷链物流基地建设，推动现代服务业同先进制造业深度融合。"],
             leaders=["孙莉"], lead=["产业发展科"], coop=["基础设施发展科", "重大项目推进科"]),
        dict(paras=["加快发展数字经济。推进新型基础设施建设，加快5G基站、算力中心等项目建设，推动数字技术与实体经济深度融合，配合做好数字沣州建设相关工作。"],
             leaders=["孙莉"], lead=["高技术产业科"], coop=["基础设施发展科", "市经济信息中心"]),
        dict(paras=["保障能源安全稳定供应。加快推进抽水蓄能电站、风电光伏等能源项目建设，完善煤电油气运保障工作机制，做好迎峰度夏、迎峰度冬能源保供工作。"],
             leaders=["王　勇"], lead=["能源发展科"], coop=["基础设施发展科", "产业发展科"], lcolon=":"),
        dict(paras=["推进绿色低碳转型。落实能耗双控逐步转向碳排放双控要求，加强固定资产投资项目节能审查，推进重点领域节能降碳改造，积极申报国家碳达峰试点城市。"],
             leaders=["王　勇"], lead=["资源节约和环境保护科"], coop=["能源发展科", "产业发展科", "行政审批科"]),
    ]),
    ("四、聚焦强统筹，促进城乡区域协调发展", [
        dict(paras=["强化规划统筹引领。开展“十四五”规划实施情况跟踪评估，启动“十五五”规划前期研究，谋划一批重大课题，统筹推进各级各类规划编制实施。"],
             leaders=["王　勇"], lead=["发展规划科"], coop=["各科室"]),
        dict(paras=["深入推进以人为本的新型城镇化。落实新型城镇化实施方案，推进农业转移人口市民化，加快县城补短板强弱项，支持县城产业配套设施提质增效。"],
             leaders=["王　勇"], lead=["发展规划科"], coop=["社会发展科", "基础设施发展科", GEN]),
        dict(paras=["全面推进乡村振兴。统筹推进乡村发展、乡村建设、乡村治理，加大农业农村领域项目谋划争取力度，支持高标准农田、农村供水保障等项目建设，巩固拓展脱贫攻坚成果同乡村振兴有效衔接。",
                    "扎实做好以工代赈工作，在农业农村基础设施建设领域积极推广以工代赈方式，加大劳务报酬发放力度，带动农村低收入群体就地就近就业增收。"],
             leaders=["刘晓峰"], lead=["农村经济科"], coop=["固定资产投资科", GEN]),
        dict(paras=["深化区域开放合作。主动融入区域协调发展战略，深化与周边城市在产业、交通、生态等领域合作，扎实做好对口支援和东西部协作工作，推动开放平台提档升级。"],
             leaders=["孙莉"], lead=["区域开放科（市对口支援办）"], coop=["产业发展科", "基础设施发展科"]),
        dict(paras=["加快基础设施互联互通。推动高铁、高速公路、国省干线等交通项目建设，加快重大水利工程和城市地下管网建设，积极争取更多项目纳入国家和省级规划。"],
             leaders=["刘晓峰"], lead=["基础设施发展科"], coop=["固定资产投资科", "重大项目推进科"], cseps=["，"]),
    ]),
    ("五、聚焦增活力，深化重点领域改革", [
        dict(paras=["统筹推进经济体制改革。研究提出年度经济体制改革重点任务，推进国资国企、要素市场化配置等重点领域改革，加强改革试点经验总结推广。"],
             leaders=["王　勇"], lead=["经济体制综合改革科"], coop=["政策法规科", GEN]),
        dict(paras=["持续优化营商环境。全面落实市场准入负面清单制度，持续破除市场准入壁垒，配合开展营商环境评价，落实促进民营经济发展壮大的政策措施。"],
             leaders=["王　勇"], lead=["经济体制综合改革科"], coop=["行政审批科", "政策法规科"]),
        dict(paras=["加快社会信用体系建设。完善市公共信用信息平台功能，推进信用承诺、信用修复、信用分级分类监管，深化“信易贷”等信用惠民便企应用，力争城市信用监测排名持续提升。"],
             leaders=["孙莉"], lead=["社会信用体系建设科（市信用办）"], coop=["市经济信息中心"]),
        dict(paras=["稳步推进价格改革。深化水、电、气等重点领域价格改革，完善居民阶梯价格制度，做好城市供水价格调整相关工作，推进教育、医疗、养老等公共服务价格改革。"],
             leaders=["赵建平"], lead=["价格科"], coop=["收费管理科", "市价格认证中心"], lsep="，"),
        dict(paras=["加强价格监测和收费监管。做好重要民生商品价格监测预警，落实社会救助和保障标准与物价上涨挂钩联动机制，加强涉企收费目录清单管理，严防各类乱收费行为。"],
             leaders=["赵建平"], lead=["收费管理科"], coop=["价格科", "市价格认证中心"]),
    ]),
    ("六、聚焦惠民生，着力保障和改善民生", [
        dict(paras=["推动社会事业补短板。加快教育、卫生健康、养老托育、文化旅游等领域项目建设，积极争取上级社会事业领域资金支持，推动基本公共服务均等化。"],
             leaders=["孙莉"], lead=["社会发展科"], coop=["固定资产投资科"], end=""),
        dict(paras=["保障粮食和重要物资安全。落实粮食安全党政同责，抓好地方储备粮轮换和监管，推进粮食仓储设施建设，完善应急物资储备体系，确保关键时刻调得出、用得上。"],
             leaders=["陈立新"], lead=["粮食和物资储备科"], coop=[]),
        dict(paras=["抓好市级民生实事。做好2024年市级民生实事项目的征集、论证和推进工作，建立月调度、季通报机制，确保各项民生实事按期完成、群众满意。"],
             leaders=["王　勇", "孙莉"], lead=["社会发展科"], coop=["国民经济综合科", GEN]),
    ]),
    ("七、聚焦强作风，全面加强自身建设", [
        dict(paras=["坚持以党建引领业务工作。深入学习贯彻习近平新时代中国特色社会主义思想，认真落实“第一议题”制度，扎实开展党纪学习教育，推动模范机关创建，推进党建与业务深度融合。"],
             leaders=["张国华"], lead=["机关党委"], coop=["组织人事科", "各科室", "委属各单位"]),
        dict(paras=["加强干部队伍建设。坚持正确选人用人导向，加大干部教育培训和实践锻炼力度，健全干部考核评价机制，打造忠诚干净担当的高素质发展改革干部队伍。"],
             leaders=["张国华"], lead=["组织人事科"], coop=["机关党委"]),
        dict(paras=["推进法治机关建设。落实重大行政决策程序规定，做好规范性文件合法性审核和备案，深入开展“八五”普法，依法办理行政复议和行政应诉案件。"],
             leaders=["赵建平"], lead=["政策法规科"], coop=["各科室"]),
        dict(paras=["提升机关运转效能。加强公文运转、督查督办、信息宣传、保密档案等工作，严格落实过紧日子要求，规范财务管理和资产管理，9月底前完成委属单位财务审计全覆盖。"],
             leaders=["赵建平"], lead=["办公室"], coop=["财务审计科"], deadline="9月底前"),
        dict(paras=["加强党风廉政建设。落实全面从严治党主体责任，深化廉政风险防控，持续纠治“四风”，驰而不息推动作风建设，营造风清气正的政治生态。"],
             leaders=["张国华"], lead=["机关党委"], coop=["办公室", "组织人事科", "委属各单位"]),
    ]),
]


def join_units(units, seps=None):
    out = ""
    for i, u in enumerate(units):
        if i:
            out += (seps[i - 1] if seps and i - 1 < len(seps) else "、")
        out += u
    return out


def clause(t):
    s = "分管委领导：" + "、".join(t["leaders"]) + "；"
    s += "牵头科室" + t.get("lcolon", "：") + join_units(t["lead"])
    if t["coop"]:
        s += t.get("lsep", "；") + "配合科室：" + join_units(t["coop"], t.get("cseps"))
    s += t.get("end", "。")
    return s


def all_tasks():
    n = 0
    for _, tasks in SECTIONS:
        for t in tasks:
            n += 1
            yield n, t


def build_text():
    ntask = sum(len(ts) for _, ts in SECTIONS)
    P = []  # paragraphs (lines); joined with a blank line between
    # 政府信息公开 metadata as the page shows it
    P += ["索引号：11611300MB2951707B/2024-00021",
          "信息分类：计划规划",
          "发布机构：" + ISSUER,
          "成文日期：2024-02-26",
          "文号：" + WENHAO,
          "发布日期：2024-02-28",
          TITLE,
          WENHAO,
          "委机关各科室，委属各单位：",
          IND + "经委党组会议研究同意，现将《" + ATT_TITLE + "》印发给你们，请结合工作实际，认真抓好贯彻落实。",
          IND + "各项工作由分管委领导负总责，牵头科室为第一责任科室，要细化工作措施，明确时间节点，"
                "加强统筹调度；配合科室要主动对接、积极配合，形成工作合力。各牵头科室请于每季度最后一个月25日前"
                "将工作推进情况报送委办公室，12月20日前报送全年工作完成情况。委办公室将定期开展督查通报，"
                "工作推进情况纳入科室年度考核。",
          IND + "附件：" + ATT_TITLE,
          ISSUER,
          "2024年2月26日",
          "（此件主动公开）",
          "附件",
          ATT_TITLE,
          IND + "2024年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。全市发展改革工作的"
                "总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中全会精神，"
                "认真落实中央经济工作会议和省委、市委经济工作会议部署，完整、准确、全面贯彻新发展理念，坚持稳中求进"
                "工作总基调，聚焦稳增长、抓项目、促转型、强统筹、增活力、惠民生，充分发挥发展改革部门综合统筹、"
                "宏观调控、服务保障职能作用，为奋力谱写中国式现代化" + CITY[:2] + "篇章作出发展改革新贡献。"
                "全年重点抓好以下7个方面%d项工作。" % ntask]
    n = 0
    for head, tasks in SECTIONS:
        P.append(IND + head)
        for t in tasks:
            n += 1
            paras = list(t["paras"])
            paras[0] = "%d%s%s" % (n, t.get("dot", "."), paras[0])
            paras[-1] = paras[-1] + clause(t)
            P += [IND + p for p in paras]
    return "\n\n".join(P) + "\n"


def gold_records():
    recs = []
    for n, t in all_tasks():
        head = "".join(ch for ch in t["paras"][0] if not ch.isspace())[:12]
        lead = list(t["lead"])
        coop = list(t["coop"])
        recs.append({
            "id": str(n),
            "marker": "%d%s" % (n, t.get("dot", ".")),
            "head": head,
            "responsible_units": lead + coop,
            "lead_units": lead,
            "cooperating_units": coop,
            "leaders": [l.replace(PAD, "") for l in t["leaders"]],
            "deadline": t.get("deadline"),
        })
    return recs


def main():
    text = build_text()
    with open(os.path.join(HERE, NOTICE), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(os.path.join(HERE, GOLD), "w", encoding="utf-8", newline="\n") as f:
        for r in gold_records():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # sanity: every deadline phrase is printed in its task
    for n, t in all_tasks():
        if t.get("deadline"):
            assert t["deadline"] in "".join(t["paras"]), n
    print("wrote", NOTICE, GOLD, "tasks:", sum(len(ts) for _, ts in SECTIONS))


if __name__ == "__main__":
    main()
