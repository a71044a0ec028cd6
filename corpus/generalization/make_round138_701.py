#!/usr/bin/python3
"""Round 138, case 701 (control): a provincial 发展和改革委员会 notice that splits
among its 处室 and 直属单位 the tasks a 省委省政府 document gives the commission.

Form: plain text as WPS 文字 "另存为 → 纯文本(*.txt)" writes it on a Windows office PC:
GB18030 (all characters inside GBK), CRLF line ends, one line per Word paragraph,
empty paragraphs as empty lines, typed full-width indents kept, paragraph-format
indents (the 附件's tasks) lost, 落款 pushed right with typed spaces.

Writes (deterministically, from TASKS below):
  701_minchuan_sheng_fgw_zhongdian_renwu_fengong.txt
  701.tasks.gold.jsonl
No external program is involved: the .txt is written as WPS writes it (no BOM,
CRLF, GBK-range bytes), so nothing is run besides this script.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = os.path.join(HERE, "701_minchuan_sheng_fgw_zhongdian_renwu_fengong.txt")
GOLD = os.path.join(HERE, "701.tasks.gold.jsonl")

# ---------------------------------------------------------------------------
# Structured description of the tasks.
# Each task: number, marker punctuation ("." or "．"), text paragraphs (the last
# one gets the bracket appended), leaders (as printed; gold strips U+3000),
# leader separator, lead label + lead units (+ separator), coop label + coop
# units (+ separator), deadline (printed as 完成时限 in the bracket), colon style.
# ---------------------------------------------------------------------------
L_ZHANG = "张建国"
L_WANG_P = "王　勇"   # padded two-character name
L_WANG = "王勇"
L_LIU = "刘晓梅"
L_CHEN = "陈志刚"
L_ZHAO_P = "赵　瑞"
L_ZHAO = "赵瑞"
L_LI = "李卫东"

U_TZ = "固定资产投资处"
U_GH = "发展规划处"
U_ZH = "国民经济综合处"
U_TG = "经济体制综合改革处"
U_CJ = "财政金融和信用建设处"
U_DQ = "地区经济处"
U_NJ = "农村经济处"
U_JC = "基础产业处"
U_CY = "产业发展处"
U_GX = "创新和高技术发展处（省数字经济办公室）"
U_FW = "服务业发展处"
U_HZ = "资源节约和环境保护处"
U_SF = "社会发展处"
U_JS = "就业收入分配和消费处"
U_JM = "经济贸易处"
U_WZ = "利用外资和境外投资处"
U_JG = "价格调控处"
U_SFG = "收费管理处"
U_FG = "法规处"
U_YS = "营商环境处"
U_MY = "民营经济发展处"
U_XX = "委信息中心（省公共信用信息中心）"
U_YJY = "省宏观经济研究院"
U_PS = "省投资项目评审中心"
U_JCB = "省重点项目稽察特派员办公室"
U_JCZX = "省价格监测中心（省成本调查监审局）"
U_NY = "省能源局"
U_LC = "省粮食和物资储备局"
G_WN = "委内各有关处室"
G_SZ = "各市（州）发展改革委"

LEAD = "牵头处室"
LEAD_U = "牵头处室（单位）"
COOP = "配合处室"
COOP_U = "配合处室（单位）"
COOP_D = "配合单位"


def T(n, paras, leaders, lead, coop=(), deadline=None, *, dot=".", lsep="、",
      lead_label=LEAD, lead_sep="、", coop_label=COOP, coop_seps=None, colon_coop="："):
    if isinstance(paras, str):
        paras = [paras]
    return dict(n=n, paras=paras, leaders=list(leaders), lsep=lsep, lead=list(lead),
                coop=list(coop), deadline=deadline, dot=dot, lead_label=lead_label,
                lead_sep=lead_sep, coop_label=coop_label, coop_seps=coop_seps,
                colon_coop=colon_coop)


PARTS = [
    ("一、着力扩大有效需求（8项）", [
        T(1, "实施扩大有效投资攻坚行动。聚焦国家“两重”建设和省“十四五”规划重大工程，滚动实施省级重点项目1500个以上，年度完成投资1.2万亿元以上，推动一批重大项目早开工、早投产、早见效。",
          [L_ZHANG], [U_TZ], [U_GH, U_JCB], "2024年12月底前"),
        T(2, "加强重大项目谋划储备。健全省、市、县三级重大项目储备库，常态化开展项目谋划“百日攻坚”，确保储备项目总投资规模保持在5万亿元以上，提高项目前期工作质量。",
          [L_ZHANG], [U_TZ], [G_WN, G_SZ, U_PS], coop_label=COOP_U),
        T(3, "积极争取中央资金支持。用好中央预算内投资、超长期特别国债等资金，加强项目申报审核和资金下达后的监督管理，推动资金尽快形成实物工作量。",
          [L_ZHANG], [U_TZ], [U_CJ, U_DQ, U_NJ, U_SF]),
        T(4, "用好地方政府专项债券。做好专项债券项目储备和需求申报，扩大专项债券用作项目资本金范围，加快债券发行使用进度，发挥好政府投资带动放大效应。",
          [L_ZHANG], [U_CJ], [U_TZ]),
        T(5, "激发民间投资活力。建立向民间资本推介项目长效机制，每年分批次向民间资本推介重点领域项目，规范实施政府和社会资本合作新机制，稳妥推进基础设施领域不动产投资信托基金（REITs）试点。",
          [L_WANG_P], [U_TZ], [U_TG, U_CJ], coop_seps=["，"]),
        T(6, "促进消费扩容提质。培育壮大新型消费，积极发展数字消费、绿色消费、健康消费，推动餐饮、住宿、文旅、体育等服务消费提质惠民，稳定和扩大汽车、家居等大宗消费。",
          [L_LIU], [U_JS], [U_JM, U_FW, U_JG]),
        T(7, "推动大规模设备更新和消费品以旧换新。制定我省实施方案，推进重点行业设备更新改造，完善废旧产品回收利用体系，支持居民汽车、家电等耐用消费品更新换代。",
          [L_LIU, L_WANG_P], [U_CY, U_JS], [U_HZ, U_TZ, U_JM], "2024年6月底前"),
        T(8, "加强经济运行监测分析。健全宏观经济监测预警体系，加强重点行业、重点企业、重点项目运行监测调度，按月开展经济形势分析，及时提出政策建议。",
          [L_LI], [U_ZH], [U_XX, U_YJY], "按月", coop_label=COOP_U),
    ]),
    ("二、加快建设现代化产业体系（7项）", [
        T(9, "实施先进制造业集群培育行动。围绕电子信息、装备制造、食品饮料、先进材料、能源化工等优势产业，培育一批国家级和省级先进制造业集群，推动产业链上下游协同发展。",
          [L_WANG_P], [U_CY], [U_GX, U_GH]),
        T(10, "培育壮大战略性新兴产业和未来产业。实施战略性新兴产业集群发展工程，谋划布局人工智能、低空经济、商业航天、生物制造等未来产业，争创国家战略性新兴产业集群。",
          [L_WANG_P], [U_GX], [U_CY, U_TZ]),
        T(11, "推动数字经济和实体经济深度融合。加快建设全国一体化算力网络国家枢纽节点，推进5G、千兆光网等新型基础设施建设，开展数字化转型促进行动。",
          [L_WANG], [U_GX], [U_JC, U_CY]),
        T(12, "加快发展现代服务业。推动现代物流、研发设计、检验检测、人力资源服务等生产性服务业向专业化和价值链高端延伸，培育一批服务业集聚区和领军企业。",
          [L_LIU], [U_FW], [U_CY, U_JM]),
        T(13, "加快建设现代化综合交通运输体系。推进岷成城际铁路、沿江高速公路等重大交通项目建设，加快民用机场和内河航运项目前期工作，提升综合运输服务水平。",
          [L_CHEN], [U_JC], [U_TZ, U_DQ]),
        T(14, "加快构建新型能源体系。推进水风光一体化基地建设，加快抽水蓄能电站和新型储能项目建设，完善油气管网和储备设施，提升能源安全保障能力。",
          [L_CHEN], [U_NY], [U_JC, U_HZ], lead_label=LEAD_U),
        T(15, "加快构建现代水网。推进重大引调水工程和骨干水源工程建设，实施大中型灌区续建配套和现代化改造，完善城乡供水保障体系。",
          [L_CHEN], [U_NJ], [U_JC, "投资处"]),
    ]),
    ("三、深化重点领域改革（6项）", [
        T(16, "深化要素市场化配置改革。推动土地、劳动力、资本、技术、数据等要素市场化配置，健全要素市场交易规则和服务体系，落实全国统一大市场建设部署。",
          [L_WANG], [U_TG], [U_JG, U_FG]),
        T(17, "推进社会信用体系建设。完善省公共信用信息平台功能，全面推行信用承诺制度，健全以信用为基础的新型监管机制，推进信用修复“一网通办”。",
          [L_ZHAO], [U_CJ], [U_XX], coop_label=COOP_D),
        T(18, "持续优化营商环境。深入开展营商环境对标提升行动，组织实施全省营商环境评价，推动涉企政策“免申即享”、惠企资金“直达快享”。",
          [L_WANG_P], [U_YS], [U_FG, U_TG, G_WN]),
        T(19, "深化价格改革。完善居民阶梯电价、分时电价政策，推进天然气上下游价格联动，健全城镇供水、污水处理价格形成机制，做好成本监审工作。",
          [L_ZHAO_P], [U_JG], [U_SFG, U_JCZX], "2024年9月底前"),
        T(20, "促进民营经济发展壮大。落实促进民营经济发展壮大的政策措施，完善政府与民营企业常态化沟通交流机制，依法保护民营企业产权和企业家权益。",
          [L_WANG], [U_MY], [U_TG, U_FG, U_YS]),
        T(21, "全面落实市场准入负面清单制度。开展违背市场准入负面清单案例排查归集，破除市场准入壁垒，确保“全国一张清单”管理模式在我省落地。",
          [L_WANG], [U_TG], [U_FG]),
    ]),
    ("四、推进高水平对外开放和区域协调发展（6项）", [
        T(22, "深度融入共建“一带一路”。加快建设西部陆海新通道重要节点，推动中欧班列高质量发展，高质量推进境外经贸合作区建设，扩大利用外资规模。",
          [L_LIU], [U_WZ], [U_JM, U_DQ]),
        T(23, "推动区域协调发展。实施主体功能区战略，推进省内区域板块协同发展，支持革命老区、民族地区、欠发达地区加快发展，深化省内对口帮扶协作。",
          [L_LI], [U_DQ], [U_GH, G_SZ], dot="．"),
        T(24, "深入推进以人为本的新型城镇化。推进农业转移人口市民化，加快都市圈同城化发展，实施城市更新行动，推动中心城市提能级、县城补短板。",
          [L_ZHANG], [U_GH], [U_DQ, U_SF, U_TZ]),
        T(25, "全面推进乡村振兴。巩固拓展脱贫攻坚成果，扎实推进以工代赈工作，支持脱贫地区发展特色产业，推动城乡融合发展。",
          [L_ZHAO], [U_NJ], [U_DQ, U_TZ]),
        T(26, ["大力发展县域经济。实施县域经济高质量发展“百强进位、百亿跃升”行动，分类推进县域经济发展，支持经济强县做大做强、欠发达县加快发展。",
               "支持县城补短板强弱项，推进县城市政公用设施、环境卫生设施、公共服务设施和产业配套设施提级扩能，增强县城综合承载能力。"],
          [L_ZHANG, L_LI], [U_DQ], [U_GH, U_TZ, G_SZ]),
        T(27, "推进开发区高质量发展。优化开发区布局和功能定位，推动开发区扩区调区和整合提升，支持符合条件的省级开发区申报国家级开发区。",
          [L_WANG], [U_DQ], [U_CY, U_WZ]),
    ]),
    ("五、推动绿色低碳转型（4项）", [
        T(28, "推动能耗双控逐步转向碳排放双控。完善能源消费总量和强度调控，加强重点用能单位节能管理，有序推进重点行业节能降碳改造。",
          [L_CHEN], [U_HZ], [U_NY, U_CY]),
        T(29, "推进生态产品价值实现。健全生态产品价值实现机制，开展生态产品总值核算试点，探索生态产品价格形成机制和生态保护补偿机制。",
          [L_CHEN], [U_HZ], [U_JG, U_GH]),
        T(30, "大力发展循环经济。推进园区循环化改造，加快废旧物资循环利用体系建设，推动大宗固体废弃物综合利用。",
          [L_CHEN], [U_HZ], [U_CY], colon_coop=":"),
        T(31, "积极稳妥推进碳达峰碳中和。落实碳达峰实施方案，推动能源、工业、城乡建设、交通运输等重点领域碳达峰行动，开展碳达峰试点城市和园区建设。",
          [L_CHEN], [U_HZ], [U_NY, G_SZ], "持续推进", coop_label=COOP_U),
    ]),
    ("六、保障和改善民生（5项）", [
        T(32, "促进高质量充分就业和居民增收。落实就业优先政策，实施重点群体就业促进行动，完善工资正常增长机制，多渠道增加城乡居民财产性收入。",
          [L_LIU], [U_JS, U_SF], [U_ZH]),
        T(33, "推进基本公共服务均等化。落实基本公共服务标准，补齐教育、医疗、养老、托育等领域短板，推进“一老一小”服务体系建设。",
          [L_LIU], [U_SF], [U_TZ, U_JS]),
        T(34, "加强粮食和重要物资储备。严格落实粮食安全党政同责，完善省级储备粮管理机制，加强救灾物资和应急物资储备体系建设。",
          [L_ZHAO_P], [U_LC], [U_JM, U_JG]),
        T(35, "做好重要民生商品保供稳价。加强重要民生商品价格监测预警，落实社会救助和保障标准与物价上涨挂钩联动机制，维护市场价格秩序。",
          [L_ZHAO], [U_JG], [U_LC, U_JCZX]),
        T(36, "开展“十五五”规划前期研究。组织开展重大问题研究，谋划一批重大战略、重大工程、重大项目、重大政策，为编制全省“十五五”规划纲要打好基础。",
          [L_LI], [U_GH], [G_WN, U_YJY], "2024年12月底前", coop_label=COOP_U),
    ]),
]


def bracket(t):
    parts = ["分管委领导：" + t["lsep"].join(t["leaders"])]
    parts.append(t["lead_label"] + "：" + t["lead_sep"].join(t["lead"]))
    if t["coop"]:
        seps = t["coop_seps"] or []
        s = t["coop"][0]
        for i, u in enumerate(t["coop"][1:]):
            s += (seps[i] if i < len(seps) else "、") + u
        parts.append(t["coop_label"] + t["colon_coop"] + s)
    if t["deadline"]:
        parts.append("完成时限：" + t["deadline"])
    return "（" + "；".join(parts) + "）"


TITLE_DOC = "《中共岷川省委　岷川省人民政府关于扎实推动高质量发展加快建设现代化经济体系的意见》"
N_TASKS = sum(len(ts) for _, ts in PARTS)

COVER = [
    "岷川省发展和改革委员会",
    "",
    "岷发改办〔2024〕58号",
    "",
    "岷川省发展和改革委员会关于分解落实",
    "《中共岷川省委　岷川省人民政府关于扎实推动高质量",
    "发展加快建设现代化经济体系的意见》重点任务的通知",
    "",
    "委机关各处室、各直属单位，省能源局，省粮食和物资储备局：",
    "　　近日，省委、省政府印发了" + TITLE_DOC + "（岷发〔2024〕3号，以下简称《意见》），对全省今后一个时期扎实推动高质量发展、加快建设现代化经济体系作出全面部署。经梳理，《意见》明确由我委牵头或参与的重点任务共" + str(N_TASKS) + "项。为确保各项任务落地见效，经委党组会议研究同意，现将《意见》重点任务分工方案印发给你们，并就有关事项通知如下。",
    "　　一、提高思想认识。各处室（单位）要深刻认识《意见》对全省推动高质量发展的重大意义，把抓好《意见》贯彻落实作为当前和今后一个时期的重要政治任务，主要负责同志要亲自研究、亲自部署、亲自推动。",
    "　　二、压实工作责任。每项任务均明确了分管委领导、牵头处室（单位）和配合处室（单位）。牵头处室（单位）对任务落实负总责，要制定具体工作方案，明确时间表、路线图和责任人，主动协调配合处室（单位）共同推进；列有两个牵头处室（单位）的，排在第一位的为主办处室（单位），负责牵头汇总报送。配合处室（单位）要按照职责分工积极主动配合，形成工作合力。未列入分工的处室（单位）也要结合职能做好相关工作。 ",
    "　　三、加强调度督导。建立季度调度制度，各牵头处室（单位）于每季度最后一个月20日前将任务推进情况书面报送委评估督导处，同时抄报分管委领导；标注完成时限的任务，要在时限到期后5个工作日内报送完成情况。评估督导处将会同委办公室适时对任务落实情况进行督导，督导结果纳入处室（单位）年度目标绩效考核。",
    "　　联系人：评估督导处　孙　磊，联系电话：0826-2816354。",
    "",
    "　　附件：" + TITLE_DOC + "重点任务分工方案",
    "",
    "",
    "                                  岷川省发展和改革委员会",
    "                                      2024年3月15日",
    "　　（此件依申请公开）",
    "",
    "",
    "附件",
    "",
    TITLE_DOC,
    "重点任务分工方案",
    "",
]

TAIL = [
    "",
    "",
    "",
    "抄送：委领导，驻委纪检监察组。",
    "岷川省发展和改革委员会办公室                  2024年3月18日印发",
]


def build():
    lines = list(COVER)
    gold = []
    for heading, tasks in PARTS:
        lines.append(heading)
        for t in tasks:
            marker = f"{t['n']}{t['dot']}"
            paras = list(t["paras"])
            paras[-1] = paras[-1] + bracket(t)
            lines.append(marker + paras[0])
            lines.extend(paras[1:])
            own = "".join(ch for ch in t["paras"][0] if not ch.isspace())
            lead = list(t["lead"])
            coop = list(t["coop"])
            gold.append({
                "id": str(t["n"]),
                "marker": marker,
                "head": own[:12],
                "responsible_units": lead + coop,
                "lead_units": lead,
                "cooperating_units": coop,
                "leaders": [x.replace("\u3000", "") for x in t["leaders"]],
                "deadline": t["deadline"],
            })
    lines.extend(TAIL)
    text = "\r\n".join(lines) + "\r\n"
    return text, gold


def main():
    text, gold = build()
    assert 20 <= len(gold) <= 45, len(gold)
    ids = [int(g["id"]) for g in gold]
    assert ids == list(range(1, len(ids) + 1))
    data = text.encode("gbk")            # every character must be inside GBK
    assert data == text.encode("gb18030")
    with open(NOTICE, "wb") as f:
        f.write(data)
    with open(GOLD, "w", encoding="utf-8", newline="\n") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {os.path.basename(NOTICE)} ({len(data)} bytes) and {len(gold)} gold tasks")


if __name__ == "__main__":
    main()
