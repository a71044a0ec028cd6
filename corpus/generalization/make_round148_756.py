#!/usr/bin/python3
"""Round 148, case 756 (control): a joint 县委办公室 + 县政府办公室 notice as plain text
copied from a county portal's article page, with its gold task list.

Writes, next to this script:
  756_qinglan_xian_zhongdian_gongzuo_renwu_fenjie.txt   the notice (UTF-8, LF, no BOM)
  756.tasks.gold.jsonl                                 one gold record per task

Deterministic: only fixed data below, no clock, no randomness.
The portal text: every <p> is one line, with one blank line between paragraphs (as a
browser copy of the article gives); body paragraphs keep the two full-width spaces
(U+3000 U+3000) of first-line indent that the CMS pasted from Word.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = os.path.join(HERE, "756_qinglan_xian_zhongdian_gongzuo_renwu_fenjie.txt")
GOLD = os.path.join(HERE, "756.tasks.gold.jsonl")

IND = "\u3000\u3000"          # first-line indent as pasted
FS = "\u3000"                 # full-width space

COUNTY = "青岚县"
ISSUER_PARTY = "中共青岚县委办公室"
ISSUER_GOV = "青岚县人民政府办公室"
DOCNO = "青办发〔2024〕7号"
PLAN = "2024年全县重点工作任务分解方案"
TITLE = f"{ISSUER_PARTY}{FS}{ISSUER_GOV}关于印发《{PLAN}》的通知"
ADDRESSEES = "各乡镇党委和人民政府，县委各部委，县直各单位，各人民团体："
DATE = "2024年3月8日"

COVER = [
    f"《{PLAN}》已经县委、县政府同意，现印发给你们，请结合实际认真抓好贯彻落实。现就有关事项通知如下：",
    "一、提高思想认识。今年是实现“十四五”规划目标任务的关键一年，做好全年各项工作意义重大。各乡镇、各单位要切实把思想和行动统一到县委、县政府决策部署上来，把重点工作任务作为推动高质量发展的重要抓手，以钉钉子精神抓好落实。",
    "二、压实工作责任。各责任领导要加强对分管领域重点工作的统筹调度，及时研究解决推进中的困难和问题。牵头单位是任务落实的责任主体，主要负责同志要亲自抓、负总责，制定具体工作方案，细化工作措施，明确时间节点；配合单位要各司其职、主动对接、密切配合，形成工作合力。",
    "三、强化督查考核。县委督查室、县政府督查室要将重点工作任务纳入年度督查计划，实行清单化管理、台账式推进。各牵头单位要于每季度最后一个月25日前将任务推进情况书面报送县委督查室、县政府督查室。督查结果纳入年度综合绩效考核，对工作不力、进度滞后的，按有关规定严肃问责。",
]

INTRO = ("为深入贯彻落实县委十五届七次全会暨县委经济工作会议和县十八届人大四次会议精神，"
         "确保全年目标任务全面完成，现将2024年全县重点工作任务分解如下：")

# One structured description of the tasks.
#   text:    list of paragraphs (the first carries the number; a second one is a continuation)
#   leaders: names exactly as printed (two-character names padded with U+3000)
#   lead, coop: unit lists (coop None = no 配合单位 field in the bracket)
#   coop_seps: separators actually printed between cooperating units (default all 、)
#   tail: what follows the closing bracket (a stray 。 once)
PARTS = [
    ("一、扎实推进项目建设，持续扩大有效投资", [
        dict(text=["全力抓好项目谋划储备。围绕国家政策导向和产业发展方向，全年谋划储备重大项目100个以上、总投资300亿元以上，争取中央预算内投资、超长期特别国债和地方政府专项债券资金10亿元以上。"],
             leaders=["周文斌", "王　磊"], lead=["县发展和改革局"], coop=["县财政局", "县直各相关单位"],
             deadline="2024年12月底前"),
        dict(text=["加快重点项目建设进度。实施县级重点项目120个，完成年度投资150亿元以上，确保固定资产投资增长8%以上。落实县级领导联系重点项目制度，推行“周调度、月通报、季观摩”工作机制。"],
             leaders=["王　磊"], lead=["县发展和改革局"], coop=["县自然资源局", "县住房和城乡建设局", "各乡镇人民政府"],
             coop_seps=["，", "、"], deadline="2024年12月底前"),
        dict(text=["强化项目要素保障。统筹用好新增建设用地计划指标，全年供应建设用地3000亩以上，盘活批而未供和闲置土地800亩以上，保障重点项目用地需求。"],
             leaders=["黄建华"], lead=["县自然资源局"], coop=["县财政局", "县发展和改革局", "青岚经济开发区管委会"],
             deadline="2024年12月底前"),
        dict(text=["加大招商引资力度。坚持“一把手”招商，围绕新材料、农产品精深加工、现代物流等主导产业开展精准招商，全年引进亿元以上项目30个以上，实际到位资金80亿元以上。"],
             leaders=["李红梅"], lead=["县商务局"], coop=["青岚经济开发区管委会", "各乡镇人民政府"],
             deadline="2024年12月底前"),
        dict(text=["完善综合交通网络。加快G353线青岚段改扩建工程建设，建成通车县城至白沙镇二级公路，新改建农村公路120公里，实施危桥改造10座。"],
             leaders=["陈　刚"], lead=["县交通运输局"], coop=["县自然资源局", "县财政局"],
             deadline="2024年12月底前"),
        dict(text=["推进水利基础设施建设。开工建设青龙水库，完成中小河流治理15公里，实施农村供水保障工程，农村自来水普及率达到92%以上。"],
             leaders=["陈　刚"], lead=["县水利局"], coop=["县发展和改革局", "县财政局", "各乡镇人民政府"],
             deadline="2024年12月底前"),
    ]),
    ("二、加快产业转型升级，壮大实体经济", [
        dict(text=["推动工业提质增效。深入实施“工业倍增”行动，新增规模以上工业企业15家，规模以上工业增加值增长9%以上，完成工业技改投资20亿元。"],
             leaders=["李红梅"], lead=["县工业和信息化局"], coop=["县统计局", "青岚经济开发区管委会"],
             deadline="2024年12月底前"),
        dict(text=["提升园区承载能力。推进经开区扩区调区，新建标准化厂房10万平方米，完善园区污水处理、供气等配套设施，园区规模以上工业产值突破200亿元。"],
             leaders=["李红梅"], lead=["青岚经济开发区管委会"], coop=["县自然资源局", "县住房和城乡建设局", "市生态环境局青岚分局"],
             deadline="2024年12月底前"),
        dict(text=["加强科技创新。新认定高新技术企业8家、科技型中小企业30家，全社会研发经费投入强度提高0.2个百分点。"],
             leaders=["李红梅"], lead=["县科学技术局"], coop=None,
             deadline="2024年12月底前"),
        dict(text=["繁荣商贸消费。开展各类促消费活动20场次以上，推进县城步行街改造提升，社会消费品零售总额增长7%以上。"],
             leaders=["黄建华"], lead=["县商务局"], coop=["县市场监督管理局", "县财政局"],
             deadline="2024年12月底前"),
        dict(text=["做强文化旅游产业。推进云台山国家4A级旅游景区创建，办好第三届青岚油茶文化旅游节，全年接待游客500万人次以上，实现旅游综合收入45亿元。"],
             leaders=["赵德明", "吴晓燕"], lead=["县文化广电和旅游局"], coop=["县委宣传部", "县交通运输局", "各乡镇人民政府"],
             deadline="2024年12月底前"),
        dict(text=["促进民营经济发展壮大。全面落实支持民营经济发展的政策措施，深入开展“万企兴万村”行动，构建亲清政商关系，全年新增经营主体5000户以上。"],
             leaders=["马　骏"], lead=["县委统战部", "县工商联"], coop=["县市场监督管理局", "县发展和改革局"],
             deadline="长期坚持"),
    ]),
    ("三、全面推进乡村振兴，促进城乡融合发展", [
        dict(text=["保障粮食安全。严格落实耕地保护和粮食安全党政同责，粮食播种面积稳定在45万亩以上、总产量达到18万吨以上，新建高标准农田3万亩。"],
             leaders=["刘　洋"], lead=["县农业农村局"], coop=["县自然资源局", "县财政局", "各乡镇人民政府"],
             deadline="2024年12月底前"),
        dict(text=["巩固拓展脱贫攻坚成果。严格落实过渡期“四个不摘”要求，健全防止返贫动态监测和帮扶机制，对监测对象做到早发现、早干预、早帮扶，坚决守住不发生规模性返贫底线。",
                   "用好财政衔接推进乡村振兴补助资金，用于产业发展的比例不低于60%，脱贫人口务工规模稳定在3.5万人以上。"],
             leaders=["刘　洋"], lead=["县农业农村局"], coop=["县财政局", "县人力资源和社会保障局", "各乡镇人民政府"],
             deadline="2024年12月底前"),
        dict(text=["发展特色农业产业。做优油茶、茶叶、中药材三大特色产业，新造油茶林2万亩，培育市级以上农业产业化龙头企业5家。"],
             leaders=["刘　洋"], lead=["县农业农村局"], coop=["县林业局", "县市场监督管理局", "各乡镇人民政府"],
             deadline="2024年12月底前"),
        dict(text=["建设宜居宜业和美乡村。深入推进农村人居环境整治提升，新（改）建农村户厕3000户，农村生活垃圾无害化处理率达到95%以上，创建省级美丽乡村示范村5个。"],
             leaders=["刘　洋"], lead=["县农业农村局"], coop=["县住房和城乡建设局", "市生态环境局青岚分局", "各乡镇人民政府"],
             deadline="2024年12月底前"),
        dict(text=["深化农村改革。稳妥推进第二轮土地承包到期后再延长30年试点，发展壮大新型农村集体经济，村级集体经济收入全部达到10万元以上。"],
             leaders=["杨志远", "刘　洋"], lead=["县委农办"], coop=["县委组织部", "县农业农村局", "各乡镇人民政府"],
             deadline="2024年12月底前"),
        dict(text=["推进以县城为重要载体的新型城镇化。实施城市更新行动，改造老旧小区12个，新建改造城市道路5公里，常住人口城镇化率提高1.2个百分点。"],
             leaders=["陈　刚"], lead=["县住房和城乡建设局"], coop=["县自然资源局", "县城市管理局", "县城市建设投资有限公司"],
             deadline="2024年12月底前"),
    ]),
    ("四、深化改革开放，持续优化营商环境", [
        dict(text=["深化重点领域改革。稳步推进国资国企改革，完成县属国有企业整合重组，深化事业单位改革，抓好县委确定的年度重点改革任务落实。"],
             leaders=["王　磊"], lead=["县财政局", "县委编办"], coop=["县直各相关单位"],
             deadline="2024年12月底前"),
        dict(text=["持续优化营商环境。深入开展营商环境“提质年”活动，推动“高效办成一件事”改革，政务服务事项“一网通办”率达到95%以上。"],
             leaders=["王　磊"], lead=["县行政审批服务局"], coop=["县发展和改革局", "县市场监督管理局", "县司法局"],
             deadline="长期坚持"),
        dict(text=["加强财源建设。一般公共预算收入增长6%以上，严格落实政府过紧日子要求，兜牢“三保”底线。"],
             leaders=["王磊"], lead=["县财政局"], coop=["县税务局", "县自然资源局"],
             deadline="2024年12月底前"),
        dict(text=["防范化解地方债务风险。严格落实一揽子化债方案，坚决遏制新增隐性债务，推动融资平台市场化转型。"],
             leaders=["王　磊"], lead=["县财政局"], coop=["县发展和改革局", "县审计局", "县城市建设投资有限公司"],
             deadline="持续推进"),
        dict(text=["扩大对外开放合作。主动对接粤港澳大湾区，积极承接产业转移，外贸进出口总额增长10%以上。"],
             leaders=["李红梅"], lead=["县商务局"], coop=None,
             deadline="2024年12月底前"),
    ]),
    ("五、加强生态环境保护，推动绿色低碳发展", [
        dict(text=["深入打好污染防治攻坚战。县城空气质量优良天数比例保持在95%以上，地表水国控、省控断面水质达标率100%，受污染耕地安全利用率达到93%以上。"],
             leaders=["黄建华"], lead=["市生态环境局青岚分局"], coop=["县住房和城乡建设局", "县农业农村局", "县交通运输局", "各乡镇人民政府"],
             deadline="2024年12月底前"),
        dict(text=["抓好中央和省生态环境保护督察反馈问题整改。按期完成年度整改任务，举一反三开展排查整治，防止问题反弹。"],
             leaders=["黄建华"], lead=["市生态环境局青岚分局"], coop=["县直各相关单位", "各乡镇人民政府"],
             deadline="2024年6月底前"),
        dict(text=["全面推行林长制。完成人工造林1.5万亩，森林覆盖率稳定在68%以上，严厉打击破坏森林资源违法行为。"],
             leaders=["陈　刚"], lead=["县林业局"], coop=["各乡镇人民政府"],
             deadline="2024年12月底前", tail="。"),
        dict(text=["全面落实河湖长制。深入开展河湖“清四乱”专项行动，推进幸福河湖建设。"],
             leaders=["陈　刚"], lead=["县水利局"], coop=None,
             deadline="长期坚持"),
    ]),
    ("六、增进民生福祉，提升公共服务水平", [
        dict(text=["稳定和扩大就业。城镇新增就业4000人以上，城镇调查失业率控制在5.5%以内，新增农村劳动力转移就业3000人。"],
             leaders=["吴晓燕"], lead=["县人力资源和社会保障局"], coop=["县农业农村局", "各乡镇人民政府"],
             deadline="2024年12月底前"),
        dict(text=["办好人民满意的教育。新建县第三小学，改扩建公办幼儿园4所，新增学位2400个，巩固拓展“双减”成果。"],
             leaders=["吴晓燕"], lead=["县教育局"], coop=["县发展和改革局", "县财政局", "县自然资源局"],
             deadline="2024年9月底前"),
        dict(text=["推进健康青岚建设。深化紧密型县域医共体建设，推动县人民医院创建三级医院，乡镇卫生院标准化建设达标率100%。"],
             leaders=["吴晓燕"], lead=["县卫生健康局"], coop=["县医疗保障局", "县财政局"],
             deadline="2024年12月底前"),
        dict(text=["健全社会保障体系。城乡居民基本养老保险参保率稳定在95%以上，新建村级互助养老服务点20个，做好困难群众基本生活保障。"],
             leaders=["吴晓燕"], lead=["县民政局", "县人力资源和社会保障局"], coop=["县医疗保障局", "各乡镇人民政府"],
             deadline="2024年12月底前"),
        dict(text=["繁荣发展文化事业。加强新时代文明实践中心（所、站）建设，深入实施文化惠民工程，全年送戏下乡200场次以上。"],
             leaders=["赵德明"], lead=["县委宣传部"], coop=["县文化广电和旅游局", "县融媒体中心"],
             deadline="2024年12月底前"),
    ]),
    ("七、统筹发展和安全，维护社会大局稳定", [
        dict(text=["抓好安全生产。深入开展安全生产治本攻坚三年行动，加强道路交通、建筑施工、危险化学品等重点行业领域隐患排查整治，坚决遏制较大以上安全事故发生。"],
             leaders=["王　磊"], lead=["县应急管理局"], coop=["县直各相关单位", "各乡镇人民政府"],
             deadline="长期坚持"),
        dict(text=["推进平安青岚建设。坚持和发展新时代“枫桥经验”，常态化开展扫黑除恶斗争，群众安全感满意度保持在95%以上。"],
             leaders=["孙立新"], lead=["县委政法委"], coop=["县公安局", "县司法局", "县信访局", "各乡镇人民政府"],
             deadline="长期坚持"),
        dict(text=["加强食品药品安全监管。严格落实食品安全“两个责任”，开展食品药品安全专项整治，确保不发生重大食品药品安全事件。"],
             leaders=["吴晓燕"], lead=["县市场监督管理局"], coop=["县农业农村局", "县卫生健康局", "县教育局"],
             deadline="2024年12月底前"),
        dict(text=["抓好意识形态和网络安全工作。严格落实意识形态工作责任制，加强网络舆情监测和处置，营造风清气正的网络空间。"],
             leaders=["赵德明"], lead=["县委网信办"], coop=["县公安局", "县融媒体中心"],
             deadline="长期坚持"),
    ]),
]


def join_units(units, seps=None):
    if not units:
        return ""
    seps = seps or ["、"] * (len(units) - 1)
    assert len(seps) == len(units) - 1
    out = units[0]
    for s, u in zip(seps, units[1:]):
        out += s + u
    return out


def bracket(t):
    fields = ["责任领导：" + "、".join(t["leaders"]),
              "牵头单位：" + join_units(t["lead"])]
    if t.get("coop") is not None:
        fields.append("配合单位：" + join_units(t["coop"], t.get("coop_seps")))
    fields.append("完成时限：" + t["deadline"])
    return "（" + "；".join(fields) + "）" + t.get("tail", "")


def build():
    paras = []   # one entry per <p>
    gold = []
    paras.append(f"{ISSUER_PARTY}{FS}{ISSUER_GOV}")
    paras.append(DOCNO)
    paras.append(TITLE)
    paras.append(ADDRESSEES)
    for c in COVER:
        paras.append(IND + c)
    paras.append(IND + f"附件：{PLAN}")
    paras.append(f"{ISSUER_PARTY}{FS * 6}{ISSUER_GOV}")
    paras.append(DATE)
    paras.append("（此件公开发布）")
    paras.append("附件")
    paras.append(PLAN)
    paras.append(IND + INTRO)
    n = 0
    for heading, tasks in PARTS:
        paras.append(IND + heading)
        for t in tasks:
            n += 1
            marker = f"{n}."
            body = list(t["text"])
            body[-1] = body[-1] + bracket(t)
            paras.append(IND + marker + body[0])
            for extra in body[1:]:
                paras.append(IND + extra)
            own = "".join(t["text"])
            head = "".join(ch for ch in own if not ch.isspace())[:12]
            lead = list(t["lead"])
            coop = list(t["coop"]) if t.get("coop") is not None else []
            gold.append({
                "id": str(n),
                "marker": marker,
                "head": head,
                "responsible_units": lead + coop,
                "lead_units": lead,
                "cooperating_units": coop,
                "leaders": [name.replace("\u3000", "") for name in t["leaders"]],
                "deadline": t["deadline"],
            })
    text = "\n\n".join(paras) + "\n"
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
