#!/usr/bin/python3
"""Generator for round 138, notice 699 (control case).

A 县人民政府 notice splitting its 2024 政府工作报告 into 38 tasks, as published on
the county portal and saved by a clerk: the article selected in the browser
(from the 信息公开 box down to the end of the attachment) and pasted into
Windows Notepad, saved as UTF-8 (no BOM, CRLF line ends).

Each task is a paragraph `N.…。（责任领导：<post><name>；牵头单位：…；责任单位：…）`.
The cover states the rule: 牵头单位 lead, 责任单位 cooperate.

Writes:
  699_lanxi_xian_gzbg_renwu_fengong.txt
  699.tasks.gold.jsonl
Deterministic: pure text output from the data below.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = "699_lanxi_xian_gzbg_renwu_fengong.txt"
GOLD = "699.tasks.gold.jsonl"

# ---------------------------------------------------------------- leaders
# key -> (post as printed, name as printed, name for the gold)
LEADERS = {
    "chen":  ("县委副书记、县长", "陈志远", "陈志远"),
    "wang":  ("县委常委、常务副县长", "王　勇", "王勇"),     # padded 2-char name
    "wang_u": ("县委常委、常务副县长", "王勇", "王勇"),      # same man, unpadded once
    "liu":   ("县委常委、副县长", "刘晓峰", "刘晓峰"),
    "sun":   ("副县长", "孙立军", "孙立军"),
    "zhao":  ("副县长", "赵　斌", "赵斌"),                   # padded 2-char name
    "he":    ("副县长", "何静", "何静"),                     # unpadded 2-char name
    "zhou":  ("副县长、县公安局局长", "周海涛", "周海涛"),
}

# ---------------------------------------------------------------- units
FGJ = "县发展和改革局"
CZJ = "县财政局"
TJJ = "县统计局"
ZRZY = "县自然资源局"
ZJJ = "县住房和城乡建设局"
JXJ = "县经济和信息化局"
KJJ = "县科学技术局"
KFQ = "岚溪经济开发区管委会"
SWJ = "县商务局"
TCZX = "县投资促进中心"
SPJ = "县行政审批服务局（县政务服务中心）"        # bracketed second name
SCJ = "县市场监督管理局"
NYJ = "县农业农村局（县乡村振兴局）"              # bracketed second name
SLJ = "县水利局"
LYJ = "县林业局"
STHJ = "市生态环境局岚溪分局"
JTJ = "县交通运输局"
CGJ = "县城市管理局"
JTJ_EDU = "县教育体育局"
WJJ = "县卫生健康局"
YBJ = "县医疗保障局"
WLJ = "县文化广电旅游局"
MZJ = "县民政局"
RSJ = "县人力资源和社会保障局"
TYJR = "县退役军人事务局"
GAJ = "县公安局"
YJJ = "县应急管理局（县安委办）"                  # bracketed second name
XFJ = "县信访局"
SFJ = "县司法局"
SJJ = "县审计局"
ZFB = "县政府办公室"
JRZX = "县金融服务中心"
SWU = "国家税务总局岚溪县税务局"
XZ = "各乡镇（街道）"                            # generic
ZHIYOU = "县直有关单位"                           # generic

# ---------------------------------------------------------------- tasks
# Each task: number, marker, paragraphs (list), leaders (keys), lead, coop,
# optional 'coop_seps' (separators between coop units, default 、),
# optional 'field_sep_2' (separator before 责任单位：, default ；).
PARTS = [
    ("一、坚持项目为王，全力扩大有效投资", [
        dict(n=1, text=["全力争资争项。抢抓国家增发国债、超长期特别国债等政策机遇，全年谋划储备重大项目200个以上、总投资突破600亿元，争取中央预算内投资、地方政府专项债券等上级资金15亿元以上。"],
             leaders=["wang"], lead=[FGJ], coop=[CZJ, ZRZY, ZJJ, ZHIYOU]),
        dict(n=2, text=["加快重点项目建设。实施省市县重点项目120个，年度完成投资150亿元以上，固定资产投资增长8%。坚持“周调度、月通报、季拉练”推进机制，落实县级领导联系重点项目制度，推动项目早开工、早建成、早见效。"],
             leaders=["chen", "wang"], lead=[FGJ], coop=[TJJ, "县重点项目服务中心", XZ]),
        dict(n=3, text=["完善综合交通网络。加快岚溪至江浦高速公路岚溪段、国道318线县城过境段改线工程建设，开工建设县城至白沙河旅游公路，新改建农村公路120公里，创建“四好农村路”全国示范县。"],
             leaders=["zhao"], lead=[JTJ], coop=[ZRZY, CZJ, "相关乡镇"]),
        dict(n=4, text=["补齐水利设施短板。推进城乡供水一体化工程，建成青龙水库灌区续建配套与节水改造项目，实施中小河流治理3条、病险水库除险加固5座。"],
             leaders=["sun"], lead=[SLJ], coop=[FGJ, CZJ, STHJ]),
        dict(n=5, text=["强化要素保障。深化“标准地”“拿地即开工”改革，全年供应建设用地3000亩以上，盘活批而未供和闲置土地1200亩，保障重点项目用地需求。"],
             leaders=["zhao"], lead=[ZRZY], coop=[SPJ, ZJJ, KFQ]),
        dict(n=6, text=["促进消费扩容提质。开展“岚品惠民”系列促消费活动20场以上，培育夜间经济集聚区2个，新建乡镇商贸中心5个，社会消费品零售总额增长7%。"],
             leaders=["liu"], lead=[SWJ], coop=[CZJ, SCJ, WLJ, XZ],
             coop_seps=["，", "、", "、"]),                # ， where 、 was meant
    ]),
    ("二、坚持工业强县，加快构建现代产业体系", [
        dict(n=7, text=["实施工业倍增行动。规模以上工业增加值增长9%，新增规模以上工业企业25家，工业投资增长12%以上，力争工业总产值突破300亿元。"],
             leaders=["liu"], lead=[JXJ], coop=[TJJ, CZJ, KFQ]),
        dict(n=8, text=["做强主导产业。聚焦新型建材、绿色食品、电子信息三大主导产业，推动海螺新材料二期、华瑞电子元器件等项目建成投产，新型建材产业产值突破80亿元。"],
             leaders=["liu"], lead=[KFQ], coop=[JXJ, FGJ, TCZX]),
        dict(n=9, text=["提升开发区承载能力。加快开发区扩区调位，新建标准化厂房20万平方米，完成开发区污水处理厂提标改造，开发区亩均税收提高10%。"],
             leaders=["liu"], lead=[KFQ], coop=[ZRZY, ZJJ, STHJ, SWU]),
        dict(n=10, text=["增强科技创新能力。新增国家高新技术企业10家、科技型中小企业30家，建成省级以上研发平台3个，全社会研发经费投入强度达到1.8%。"],
             leaders=["liu"], lead=[KJJ], coop=[JXJ, CZJ, TJJ]),
        dict(n=11, text=["全力招商引资。坚持“一把手”招商，开展产业链精准招商，全年引进亿元以上项目40个，其中10亿元以上项目5个，实际到位省外资金增长15%以上。"],
             leaders=["chen", "liu"], lead=[TCZX], coop=[SWJ, KFQ, ZHIYOU, XZ]),
        dict(n=12, marker="12．", text=["加快发展现代服务业。培育现代物流、电子商务、金融服务等生产性服务业，新增限额以上商贸企业30家，网络零售额突破50亿元。"],
             leaders=["liu"], lead=[SWJ], coop=[FGJ, TJJ, JRZX]),
    ]),
    ("三、坚持改革开放，持续优化营商环境", [
        dict(n=13, text=["深化“放管服”改革。推动“高效办成一件事”落地见效，政务服务事项网上可办率达到98%以上，企业开办时间压缩至1个工作日以内。"],
             leaders=["wang"], lead=[SPJ], coop=[SCJ, ZHIYOU]),
        dict(n=14, text=["持续优化营商环境。开展营商环境“体检”行动，全面落实涉企收费清单制度，严肃查处破坏营商环境行为，营商环境评价进入全市前列。"],
             leaders=["wang"], lead=[FGJ], coop=[SPJ, SFJ, SCJ]),
        dict(n=15, text=["深化财税体制改革。加强财源建设，一般公共预算收入增长6%；推进县属国有企业改革，完成县城市建设投资有限公司市场化转型。"],
             leaders=["wang"], lead=[CZJ], coop=[SWU, "县国有资产服务中心", "县城市建设投资有限公司"]),
        dict(n=16, text=["强化金融服务实体经济。新增各项贷款40亿元以上，推动1家企业完成上市辅导备案，守住不发生区域性金融风险底线。"],
             leaders=["wang"], lead=[JRZX], coop=["国家金融监督管理总局岚溪监管支局", CZJ, "各银行业金融机构"]),
        dict(n=17, text=["扩大对外开放。支持企业开拓国际市场，培育外贸实绩企业10家，外贸进出口总额增长10%。"],
             leaders=["liu"], lead=[SWJ], coop=[]),              # 牵头单位 only
    ]),
    ("四、坚持农业农村优先发展，全面推进乡村振兴", [
        dict(n=18, text=["全力稳定粮食生产。落实粮食安全党政同责，建设高标准农田3.5万亩，确保粮食播种面积稳定在42.6万亩以上、总产量稳定在16万吨以上。",
                         "严守耕地保护红线，落实耕地占补平衡，坚决遏制耕地“非农化”、基本农田“非粮化”。"],   # two paragraphs
             leaders=["sun"], lead=[NYJ], coop=[ZRZY, "县发展和改革局（县粮食和物资储备局）", XZ]),
        dict(n=19, text=["巩固拓展脱贫攻坚成果。健全防止返贫动态监测和帮扶机制，脱贫人口人均纯收入增长10%以上，坚决守住不发生规模性返贫底线。"],
             leaders=["sun"], lead=[NYJ], coop=[RSJ, MZJ, YBJ, JTJ_EDU, XZ]),
        dict(n=20, text=["做优特色产业。做大茶叶、中药材、生态畜牧三大特色产业，新增茶园1万亩，培育市级以上农业产业化龙头企业5家，农产品加工产值增长10%。"],
             leaders=["sun"], lead=[NYJ], coop=[LYJ, SCJ, "县供销合作社联合社"]),
        dict(n=21, text=["建设宜居宜业和美乡村。深入推进农村人居环境整治提升，完成农村户厕改造3000户，打造省级和美乡村示范村10个。"],
             leaders=["sun"], lead=[NYJ, ZJJ], coop=[WJJ, STHJ, XZ]),    # two leads
        dict(n=22, text=["深化农村改革。稳慎推进第二轮土地承包到期后再延长30年试点，发展壮大村级集体经济，集体经营性收入10万元以上的村占比达到60%。"],
             leaders=["sun"], lead=[NYJ], coop=["县委组织部", CZJ, XZ]),
        dict(n=23, text=["全面推行林长制。完成人工造林1.5万亩，森林覆盖率稳定在62%以上，扎实做好森林防灭火工作。"],
             leaders=["sun"], lead=[LYJ], coop=[YJJ, XZ]),
    ]),
    ("五、坚持城乡统筹，加快提升城市品质", [
        dict(n=24, text=["推进以县城为重要载体的城镇化建设。完成县城北部新区控制性详细规划修编，常住人口城镇化率提高1.2个百分点。"],
             leaders=["zhao"], lead=[ZRZY, ZJJ], coop=[FGJ, TJJ]),       # two leads
        dict(n=25, text=["实施城市更新行动。改造老旧小区32个、城中村2个，新建城市停车位2000个、口袋公园5个，新建改造城市供排水管网40公里。"],
             leaders=["zhao"], lead=[ZJJ], coop=[CGJ, CZJ, ZRZY, "城关街道办事处", "江南街道办事处"]),
        dict(n=26, text=["提升城市精细化管理水平。深化“城市管家”服务模式，开展市容市貌和交通秩序专项整治，创建省级文明城市。"],
             leaders=["zhao", "zhou"], lead=[CGJ], coop=["县公安局交通管理大队", ZJJ, "城关街道办事处", "江南街道办事处"]),
        dict(n=27, text=["持续打好污染防治攻坚战。空气质量优良天数比例保持在95%以上，县控以上断面水质达标率100%，抓好中央和省生态环境保护督察反馈问题整改。"],
             leaders=["sun"], lead=[STHJ], coop=[ZJJ, NYJ, SLJ, CGJ, XZ],
             field_sep_2=";"),                                            # half-width ; once
        dict(n=28, text=["促进房地产市场平稳健康发展。因城施策优化房地产调控政策，扎实做好保交楼工作，实施保障性住房建设项目2个。"],
             leaders=["zhao"], lead=[ZJJ], coop=[ZRZY, CZJ, JRZX]),
    ]),
    ("六、坚持人民至上，持续增进民生福祉", [
        dict(n=29, text=["稳定和扩大就业。城镇新增就业4500人，农村劳动力转移就业14万人，城镇调查失业率控制在5.5%以内。"],
             leaders=["he"], lead=[RSJ], coop=[NYJ, JTJ_EDU, XZ]),
        dict(n=30, text=["推动教育优质均衡发展。新建改扩建中小学、幼儿园6所，新增学位3000个，推进县域义务教育优质均衡发展国家督导评估。"],
             leaders=["he"], lead=[JTJ_EDU], coop=[FGJ, CZJ, ZRZY, ZJJ]),
        dict(n=31, text=["加快建设健康岚溪。深化紧密型县域医共体建设，县人民医院新院区投入使用，完成5个乡镇卫生院提标改造。"],
             leaders=["he"], lead=[WJJ], coop=[YBJ, FGJ, CZJ]),
        dict(n=32, text=["健全社会保障体系。城乡居民基本养老保险参保率稳定在95%以上，新建社区养老服务中心8个，全面落实困难群众救助帮扶政策。"],
             leaders=["he"], lead=[MZJ], coop=[RSJ, YBJ, TYJR, "县残疾人联合会"]),
        dict(n=33, text=["推动文旅融合发展。创建国家全域旅游示范区，推进白沙河景区提质升级，全年接待游客800万人次、实现旅游综合收入80亿元。"],
             leaders=["he"], lead=[WLJ], coop=["县委宣传部", FGJ, ZRZY, "相关乡镇"]),
        dict(n=34, text=["做好退役军人服务保障工作。深化双拥共建，落实退役军人优待抚恤政策，争创省级双拥模范县“六连冠”。"],
             leaders=["he"], lead=[TYJR], coop=[RSJ, MZJ, "县人民武装部"]),
    ]),
    ("七、坚持统筹发展和安全，全面加强政府自身建设", [
        dict(n=35, text=["抓好安全生产。扎实开展安全生产治本攻坚三年行动，深化燃气、道路交通、自建房、消防等重点行业领域专项整治，坚决遏制较大及以上事故发生。"],
             leaders=["zhou"], lead=[YJJ], coop=[ZJJ, JTJ, GAJ, "县消防救援大队", XZ]),
        dict(n=36, text=["建设更高水平平安岚溪。坚持和发展新时代“枫桥经验”，推进信访工作法治化，常态化开展扫黑除恶斗争，严厉打击电信网络诈骗等违法犯罪。"],
             leaders=["zhou"], lead=[GAJ], coop=[XFJ, SFJ, XZ]),
        dict(n=37, text=["坚持依法行政。自觉接受县人大及其常委会的法律监督和工作监督，主动接受县政协的民主监督，人大代表建议和政协提案办结率100%；加强审计监督。"],
             leaders=["chen"], lead=[ZFB], coop=[SFJ, SJJ, ZHIYOU]),
        dict(n=38, text=["持续改进作风。严格落实中央八项规定及其实施细则精神，坚持政府过紧日子，一般性支出压减5%以上，大力整治形式主义、官僚主义。"],
             leaders=["chen", "wang_u"], lead=[ZFB], coop=[CZJ, "县政府各部门"]),
    ]),
]

IND = "\u3000\u3000"   # two ideographic spaces typed by the web editor

TITLE = "岚溪县人民政府关于印发2024年《政府工作报告》重点工作任务分工的通知"
WENHAO = "岚政发〔2024〕4号"
ATT_TITLE = "岚溪县2024年《政府工作报告》重点工作任务分工"


def clause(t):
    leaders = "，".join(LEADERS[k][0] + LEADERS[k][1] for k in t["leaders"])
    s = "责任领导：" + leaders + "；牵头单位：" + "、".join(t["lead"])
    if t["coop"]:
        cs = t.get("coop_seps", ["、"] * (len(t["coop"]) - 1))
        coop = t["coop"][0]
        for sep, u in zip(cs, t["coop"][1:]):
            coop += sep + u
        s += t.get("field_sep_2", "；") + "责任单位：" + coop
    return "（" + s + "）"


def notice_lines():
    L = []
    # the portal's 信息公开 box (a table: cells parted by tabs on copy)
    L.append("索引号：\t11430928MB1C62054T/2024-00018\t信息分类：\t县政府文件")
    L.append("发布机构：\t岚溪县人民政府\t成文日期：\t2024-03-12")
    L.append("文　　号：\t" + WENHAO + "\t发布日期：\t2024-03-15")
    L.append("名　　称：\t" + TITLE)
    L.append(TITLE)
    L.append("发布时间：2024-03-15 16:42　　来源：县政府办公室　　浏览次数：1286　　【字体：大 中 小】")
    L.append(WENHAO)
    L.append("各乡镇人民政府、街道办事处，县政府各部门，岚溪经济开发区管委会：")
    L.append(IND + "县十八届人民代表大会第三次会议审议通过的《政府工作报告》，明确了2024年全县经济社会发展的主要目标和重点任务。"
             "为确保各项目标任务落到实处，经县人民政府研究同意，现将《政府工作报告》重点工作任务分工印发给你们，并就有关事项通知如下：")
    L.append(IND + "一、压实工作责任。各责任领导要对分管领域的目标任务亲自研究、亲自部署、亲自督办，及时协调解决推进中的重大问题。"
             "牵头单位对所牵头的工作任务负总责，主要负责同志为第一责任人，要主动加强与责任单位的沟通衔接，统筹推进落实；"
             "责任单位要按照职责分工，积极主动配合牵头单位抓好落实，不得推诿扯皮。涉及各乡镇（街道）的任务，各乡镇（街道）要结合实际抓好落实。")
    L.append(IND + "二、细化推进措施。各牵头单位要对照任务分工，逐项制定具体实施方案，明确时间表、路线图和责任人，"
             "于2024年3月25日前报县政府督查室备案。")
    L.append(IND + "三、强化督查考核。县政府督查室要建立重点工作任务台账，实行清单化管理、销号式推进，每季度对推进情况进行督查通报。"
             "各牵头单位于每季度末月20日前将工作进展情况报县政府督查室。任务完成情况纳入年度目标绩效考核，"
             "对工作推进不力、措施不实、进度滞后的，依规依纪严肃问责。")
    L.append(IND + "附件：" + ATT_TITLE)
    L.append("岚溪县人民政府")
    L.append("2024年3月12日 ")          # trailing space left from &nbsp;
    L.append("（此件公开发布）")
    L.append("附件")
    L.append(ATT_TITLE)
    for head, tasks in PARTS:
        L.append(IND + head)
        for t in tasks:
            marker = t.get("marker", f"{t['n']}.")
            paras = t["text"]
            for i, p in enumerate(paras):
                line = IND + (marker + p if i == 0 else p)
                if i == len(paras) - 1:
                    line += clause(t)
                L.append(line)
    return L


def gold_records():
    out = []
    for _, tasks in PARTS:
        for t in tasks:
            marker = t.get("marker", f"{t['n']}.")
            head = "".join(ch for ch in t["text"][0] if not ch.isspace())[:12]
            out.append({
                "id": str(t["n"]),
                "marker": marker,
                "head": head,
                "responsible_units": list(t["lead"]) + list(t["coop"]),
                "lead_units": list(t["lead"]),
                "cooperating_units": list(t["coop"]),
                "leaders": [LEADERS[k][2] for k in t["leaders"]],
                "deadline": None,
            })
    return out


def main():
    text = "\r\n".join(notice_lines()) + "\r\n"
    with open(os.path.join(HERE, NOTICE), "wb") as f:
        f.write(text.encode("utf-8"))          # Notepad (Win10 1903+): UTF-8, no BOM
    with open(os.path.join(HERE, GOLD), "w", encoding="utf-8", newline="\n") as f:
        for r in gold_records():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", NOTICE, GOLD, len(gold_records()), "tasks")


if __name__ == "__main__":
    main()
