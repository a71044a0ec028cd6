#!/usr/bin/python3
"""Generator for round 140, case 712 (control case).

Writes the plain-text portal copy of an ordinary 县委办公室 notice that splits the
year's 党建工作要点 among 县委 departments and 县直单位, and its gold list, both from
the structured description of the tasks kept below (TASKS).

Output (in this folder):
  712_fenghe_xian_dangjian_yaodian_zeren_fengong.txt   the notice (UTF-8, LF)
  712.tasks.gold.jsonl                                   the gold list

Deterministic: no dates, no randomness; running twice gives the same bytes.
Everything (county, people, units, 文号) is invented.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = os.path.join(HERE, "712_fenghe_xian_dangjian_yaodian_zeren_fengong.txt")
GOLD = os.path.join(HERE, "712.tasks.gold.jsonl")

IND = "\u3000\u3000"  # the two ideographic spaces a portal copy keeps at paragraph starts

# ---------------------------------------------------------------------------
# Structured description of the attachment.
# Each task: n (number), text (list of paragraphs; the clause is appended to the
# last one), leaders (as printed; a padded two-character name keeps its U+3000),
# leads (牵头单位), resp (责任单位), deadline (完成时限) and optional style keys:
#   marker      printed marker instead of "N."
#   resp_seps   {i: sep} separator printed after resp[i] instead of "、"
#   lead_seps   same for leads
#   colon       {label: colon} colon printed after a label instead of "："
#   field_seps  {label: sep} separator printed before a field instead of "；"
#   stop_after  the full stop comes after the clause: "…回潮（…）。"
#   own_line    the clause is printed on its own line after the text
# ---------------------------------------------------------------------------
PARTS = [
    ("一", "坚持用党的创新理论凝心铸魂，筑牢团结奋斗的共同思想基础", [
        dict(n=1, text=["深入学习贯彻习近平新时代中国特色社会主义思想。坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，严格落实“第一议题”制度，完善党委（党组）理论学习中心组学习制度，县委理论学习中心组全年集体学习不少于12次，各级党组织书记带头讲党课。"],
             leaders=["李秀芳"], leads=["县委宣传部"],
             resp=["县委办公室", "县委组织部", "县委党校（县行政学校）", "各乡镇（街道）党（工）委", "县直各单位党组（党委）"]),
        dict(n=2, text=["巩固拓展主题教育成果。认真总结运用学习贯彻习近平新时代中国特色社会主义思想主题教育经验，建立健全以学铸魂、以学增智、以学正风、以学促干长效机制，持续抓好主题教育检视问题整改和专项整治，推动理论学习成果转化为推动高质量发展的实际成效。"],
             leaders=["陈晓东", "王\u3000勇"], leads=["县委组织部", "县委宣传部"],
             resp=["县直机关工委", "各乡镇（街道）党（工）委"]),
        dict(n=3, text=["抓好党员干部教育培训。发挥县委党校主阵地、主渠道作用，举办县管干部进修班、中青年干部培训班、基层党组织书记示范培训班等主体班次，全年调训县管干部300人次以上，实现基层党组织书记轮训全覆盖。"],
             leaders=["王\u3000勇"], leads=["县委组织部"],
             resp=["县委党校（县行政学校）", "县人力资源和社会保障局", "各乡镇（街道）党（工）委"]),
        dict(n=4, text=["牢牢掌握意识形态工作领导权。严格落实意识形态工作责任制，每半年至少专题研究一次意识形态工作，加强对各类意识形态阵地的管理，健全网络舆情监测、研判、处置机制，坚决守住不发生重大意识形态问题的底线。"],
             leaders=["李秀芳"], leads=["县委宣传部"],
             resp=["县委网信办", "县公安局", "县教育局", "县融媒体中心"]),
        dict(n=5, text=["深化新时代文明实践中心建设。整合基层宣传文化、党员教育、科学普及、体育健身等阵地资源，推动新时代文明实践所（站）提档升级，常态化开展“文明实践进万家”志愿服务活动，持续深化群众性精神文明创建。"],
             leaders=["李秀芳"], leads=["县委宣传部"],
             resp=["县文化和旅游局", "团县委", "各乡镇（街道）"]),
    ]),
    ("二", "坚持把党的政治建设摆在首位，坚决做到“两个维护”", [
        dict(n=6, text=["严明政治纪律和政治规矩。把“两个维护”作为最高政治原则和根本政治规矩，建立健全贯彻落实习近平总书记重要指示批示精神和党中央决策部署闭环落实机制，对省委、市委和县委重大决策部署落实情况开展跟踪督办，确保政令畅通、令行禁止。"],
             leaders=["郑\u3000凯"], leads=["县委办公室"],
             resp=["县纪委监委", "县委组织部"]),
        dict(n=7, text=["严肃党内政治生活。严格执行新形势下党内政治生活若干准则，高质量召开主题教育专题民主生活会和组织生活会，加强对各乡镇（街道）、县直各单位领导班子民主生活会的督导，用好批评和自我批评武器。"],
             leaders=["王\u3000勇"], leads=["县委组织部"],
             resp=["县纪委监委"], deadline="2024年3月底前"),
        dict(n=8, text=["强化政治监督。围绕贯彻落实党中央重大决策部署和省委、市委、县委工作要求，加强监督检查，推动政治监督具体化、精准化、常态化，严肃查处搞“上有政策、下有对策”等问题。"],
             leaders=["赵\u3000亮"], leads=["县纪委监委"], resp=[]),
        dict(n=9, text=["落实请示报告制度。严格执行《中国共产党重大事项请示报告条例》，规范请示报告内容、程序和方式，各乡镇（街道）、县直各单位党组（党委）每年向县委书面报告履行全面从严治党主体责任和落实党建工作责任制情况。"],
             leaders=["郑\u3000凯"], leads=["县委办公室"],
             resp=["县委组织部", "县纪委监委"], resp_seps={0: "，"}),
    ]),
    ("三", "建设堪当现代化建设重任的高素质干部队伍", [
        dict(n=10, text=["坚持正确选人用人导向。坚持新时代好干部标准，树立重实干、重实绩、重担当的鲜明导向，完善干部考核评价体系，统筹用好各年龄段干部，持续优化乡镇（街道）和县直部门领导班子结构。"],
             leaders=["王勇"], leads=["县委组织部"],
             resp=["县纪委监委", "各乡镇（街道）党（工）委"]),
        dict(n=11, text=["加强干部日常管理监督。严格落实领导干部个人有关事项报告、经济责任审计、干部档案专项审核等制度，常态化开展谈心谈话，对苗头性、倾向性问题早发现、早提醒、早纠正。"],
             leaders=["王勇"], leads=["县委组织部"],
             resp=["县纪委监委", "县审计局", "县档案馆"]),
        dict(n=12, text=["大力发现培养选拔优秀年轻干部。实施年轻干部“墩苗壮骨”计划，选派优秀年轻干部到乡村振兴、项目建设、信访维稳等一线岗位和艰苦地区实践锻炼，全年选派不少于50名。",
                         "建立优秀年轻干部动态储备库，定期分析研判，对经过实践检验、实绩突出的及时大胆使用。"],
             leaders=["王\u3000勇"], leads=["县委组织部"],
             resp=["县委党校（县行政学校）", "各乡镇（街道）党（工）委"]),
        dict(n=13, text=["激励干部担当作为。落实“三个区分开来”要求，健全容错纠错和澄清正名机制，严肃查处诬告陷害行为，用好干部召回管理等办法，推动干部能上能下常态化。"],
             leaders=["王\u3000勇"], leads=["县委组织部", "县纪委监委"],
             resp=["县人力资源和社会保障局"]),
        dict(n=14, text=["深入实施人才强县战略。落实人才引进培育激励政策，深化“丰河英才”计划，全年引进各类急需紧缺人才100名以上，健全县级领导干部联系服务专家人才制度。"],
             leaders=["王\u3000勇"], leads=["县委组织部"],
             resp=["县人力资源和社会保障局", "县科技和工业信息化局", "县教育局", "县卫生健康局"]),
    ]),
    ("四", "推动基层党组织全面进步全面过硬", [
        dict(n=15, text=["深入推进抓党建促乡村振兴。持续整顿软弱涣散村党组织，加强村党组织书记队伍建设，实施村级集体经济“清零攻坚”行动，推动年经营性收入10万元以上的村占比达到60%以上。"],
             leaders=["陈晓东", "王勇"], leads=["县委组织部", "县农业农村局"],
             resp=["县财政局", "各乡镇（街道）"]),
        dict(n=16, text=["加强城市基层党建。深化街道、社区、驻区单位、“两新”组织党建联建共建，推进党群服务中心规范化建设，完善社区网格化管理服务体系，健全“街道吹哨、部门报到”工作机制。"],
             leaders=["陈晓东"], leads=["县委社会工作部"],
             resp=["县委组织部", "县民政局", "县住房和城乡建设局", "各街道党工委"], deadline="2024年10月底前"),
        dict(n=17, marker="17．", text=["加强机关党的建设。深化模范机关创建，开展“机关联基层、党建促发展”活动，推动机关党建与业务工作深度融合，着力解决“两张皮”问题。"],
             leaders=[], leads=["县直机关工委"],
             resp=["县直各单位党组（党委）"]),
        dict(n=18, text=["加强国有企业党的建设。落实“两个一以贯之”要求，推动党的领导融入公司治理各环节，完善“三重一大”事项党委前置研究讨论清单。"],
             leaders=["王\u3000勇"], leads=["县委组织部"],
             resp=["县财政局", "县属国有企业党委"], colon={"牵头单位": ":"}),
        dict(n=19, text=["加强新经济组织、新社会组织和新就业群体党建工作。扩大“两新”组织党的组织和工作覆盖，针对快递员、外卖送餐员、网约车司机等新就业群体建设“暖新驿站”，推动新就业群体融入基层治理。"],
             leaders=["陈晓东"], leads=["县委社会工作部"],
             resp=["县市场监督管理局", "县民政局", "县交通运输局", "县总工会"]),
        dict(n=20, text=["加强党员队伍建设。严格落实发展党员工作规程，注重在青年农民、产业工人和高知识群体中发展党员，稳妥有序做好不合格党员组织处置工作，认真做好“七一”走访慰问困难党员和老党员工作。"],
             leaders=["王\u3000勇"], leads=["县委组织部"],
             resp=["县直机关工委", "各乡镇（街道）党（工）委"]),
    ]),
    ("五", "坚定不移推进全面从严治党，一体推进不敢腐、不能腐、不想腐", [
        dict(n=21, text=["锲而不舍落实中央八项规定精神。紧盯节假日等关键节点，深挖细查隐形变异“四风”问题，重点纠治形式主义、官僚主义，坚决防止享乐主义、奢靡之风反弹回潮。"],
             leaders=["赵\u3000亮"], leads=["县纪委监委"],
             resp=["县委办公室", "县政府办公室", "县财政局", "县机关事务服务中心"], stop_after=True),
        dict(n=22, text=["深化整治群众身边不正之风和腐败问题。聚焦乡村振兴、教育医疗、养老社保、生态环保等民生领域开展专项整治，严肃查处侵害群众利益的“微腐败”。"],
             leaders=["赵\u3000亮"], leads=["县纪委监委"],
             resp=["县农业农村局", "县教育局", "县卫生健康局", "县民政局", "县医疗保障局", "各乡镇（街道）"]),
        dict(n=23, text=["高质量推进巡察工作。制定十五届县委巡察工作规划，全年开展2轮常规巡察，统筹开展村（社区）巡察，强化巡察整改和成果运用。"],
             leaders=["赵\u3000亮", "王\u3000勇"], leads=["县委巡察办"],
             resp=["县纪委监委", "县委组织部", "县审计局"]),
        dict(n=24, text=["加强新时代廉洁文化建设。深化党章党规党纪教育，用好本地红色资源和廉洁文化阵地，持续开展警示教育，推动廉洁文化进机关、进乡村、进校园、进企业。"],
             leaders=["赵\u3000亮"], leads=["县纪委监委", "县委宣传部"],
             resp=["县文化和旅游局", "县教育局", "县融媒体中心"]),
        dict(n=25, text=["持续为基层减负。严格落实精文简会、督查检查考核计划管理等制度，整治过多过频的填表报数和“指尖上的形式主义”，让基层干部把更多精力用在抓落实上。"],
             leaders=["郑\u3000凯"], leads=["县委办公室", "县政府办公室"],
             resp=["县纪委监委", "县委组织部", "县委网信办"]),
    ]),
    ("六", "加强党对各方面工作的全面领导", [
        dict(n=26, text=["巩固和发展爱国统一战线。召开全县统战工作会议，做好党外代表人士队伍建设、民族宗教、非公有制经济人士思想政治引领等工作，促进“两个健康”。"],
             leaders=["马丽"], leads=["县委统战部（县民宗局）"],
             resp=["县工商联", "各乡镇（街道）党（工）委"]),
        dict(n=27, text=["加强党对群团工作的领导。支持工会、共青团、妇联等群团组织依照法律和各自章程独立负责、协调一致地开展工作，推动群团组织深化改革、强化功能。"],
             leaders=["陈晓东"], leads=["县委组织部"],
             resp=["县总工会", "团县委", "县妇联", "县科协"], field_seps={"责任单位": "，"}),
        dict(n=28, text=["加强党对政法工作的领导。贯彻落实《中国共产党政法工作条例》，深入推进更高水平的平安丰河、法治丰河建设，坚持和发展新时代“枫桥经验”。"],
             leaders=["周海峰"], leads=["县委政法委"],
             resp=["县法院", "县检察院", "县公安局", "县司法局"], own_line=True),
        dict(n=29, text=["做好老干部工作。落实老干部政治、生活待遇，加强离退休干部党的建设，引导老同志为丰河发展贡献智慧和力量。"],
             leaders=["王勇"], leads=["县委老干部局"],
             resp=["县委组织部", "县财政局"]),
        dict(n=30, text=["做好党史和档案工作。加强党史研究宣传教育，推进县志（党史）资料编纂，加强档案资源收集和档案数字化建设。"],
             leaders=[], leads=["县委党史研究室", "县档案馆"], resp=[]),
    ]),
    ("七", "压紧压实管党治党政治责任", [
        dict(n=31, text=["落实全面从严治党主体责任。制定县委落实全面从严治党主体责任清单，压紧压实各级党组织书记第一责任人职责和班子成员“一岗双责”，推动主体责任和监督责任贯通协同。"],
             leaders=["刘建国", "赵\u3000亮"], leads=["县委办公室", "县纪委监委"],
             resp=["县委组织部", "各乡镇（街道）党（工）委", "县直各单位党组（党委）"]),
        dict(n=32, text=["严格落实基层党建工作责任制。开展2024年度乡镇（街道）和县直单位党组织书记抓基层党建工作述职评议考核，考核结果与年度综合考核、干部选拔任用挂钩。"],
             leaders=["王\u3000勇"], leads=["县委组织部"],
             resp=["县直机关工委", "各乡镇（街道）党（工）委"], deadline="2025年1月底前"),
        dict(n=33, text=["加强党内法规制度建设。做好党内规范性文件备案审查和清理工作，开展党内法规执行情况监督检查，推动党内法规制度落地见效。"],
             leaders=["郑\u3000凯"], leads=["县委办公室"],
             resp=["县委组织部", "县纪委监委", "县司法局"]),
    ]),
]


def join_units(units, seps):
    out = ""
    for i, u in enumerate(units):
        out += u
        if i < len(units) - 1:
            out += seps.get(i, "、")
    return out


def clause(t):
    colon = t.get("colon", {})
    fsep = t.get("field_seps", {})
    fields = []
    if t["leaders"]:
        fields.append(("牵头县领导", "、".join(t["leaders"])))
    fields.append(("牵头单位", join_units(t["leads"], t.get("lead_seps", {}))))
    if t["resp"]:
        fields.append(("责任单位", join_units(t["resp"], t.get("resp_seps", {}))))
    if t.get("deadline"):
        fields.append(("完成时限", t["deadline"]))
    s = ""
    for i, (lab, val) in enumerate(fields):
        if i:
            s += fsep.get(lab, "；")
        s += lab + colon.get(lab, "：") + val
    return "（" + s + "）"


def task_lines(t):
    marker = t.get("marker", f"{t['n']}.")
    paras = list(t["text"])
    c = clause(t)
    lines = []
    for i, p in enumerate(paras):
        last = i == len(paras) - 1
        s = (marker if i == 0 else "") + p
        if last and not t.get("own_line"):
            if t.get("stop_after"):
                assert s.endswith("。")
                s = s[:-1] + c + "。"
            else:
                s = s + c
        lines.append(IND + s)
    if t.get("own_line"):
        lines.append(IND + c)
    return lines


def notice_text():
    L = []
    title = "中共丰河县委办公室关于印发《2024年全县党建工作要点》责任分工方案的通知"
    # portal page chrome, as the page text copies
    L += [title,
          "发布时间：2024-03-15 10:26　　信息来源：中共丰河县委办公室　　【字体：大 中 小】",
          ""]
    # the document
    L += ["中共丰河县委办公室文件",
          "",
          "丰办发〔2024〕7号",
          "",
          "中共丰河县委办公室",
          "关于印发《2024年全县党建工作要点》",
          "责任分工方案的通知",
          "",
          "各乡镇（街道）党（工）委，县委各部委，县级国家机关各部门党组（党委），各人民团体党组，县属国有企业党委：",
          IND + "《2024年全县党建工作要点》已经县委常委会会议审议通过，并以丰发〔2024〕4号文件印发。为推动各项任务落地落实，经县委同意，现将《2024年全县党建工作要点》责任分工方案印发给你们，请结合实际认真抓好贯彻落实。",
          IND + "各牵头县领导要加强统筹调度，及时研究解决工作推进中的重大问题。各牵头单位要切实履行牵头抓总职责，细化工作措施，明确时间节点，推动任务落实；牵头单位有两个的，排在第一位的为主办单位，负责组织协调和情况汇总。各责任单位要按照职责分工，主动配合、积极参与，形成工作合力。",
          IND + "各牵头单位请于2024年6月25日、12月20日前，分别将半年、全年工作推进情况书面报送县委办公室（县委督查室），同时报送电子版。县委办公室将把任务落实情况纳入年度督查检查和党建工作考核内容。",
          IND + "联系人：张\u3000琳；联系电话：0931-6823157；电子邮箱：fhxwdcs@163.com",
          "",
          IND + "附件：2024年全县党建工作要点责任分工方案",
          "",
          "\u3000" * 16 + "中共丰河县委办公室",
          "\u3000" * 17 + "2024年3月12日",
          IND + "（此件公开发布）",
          "",
          "附件",
          "",
          "2024年全县党建工作要点责任分工方案",
          ""]
    for num, head, tasks in PARTS:
        L.append(IND + f"{num}、{head}")
        for t in tasks:
            L += task_lines(t)
    L += ["",
          "抄送：市委办公室。",
          "中共丰河县委办公室" + "\u3000" * 7 + "2024年3月13日印发",
          "",
          "【打印本页】　　【关闭窗口】",
          ""]
    return "\n".join(L)


def gold_records():
    recs = []
    for _num, _head, tasks in PARTS:
        for t in tasks:
            marker = t.get("marker", f"{t['n']}.")
            own = "".join(ch for ch in t["text"][0] if not ch.isspace())
            leads = list(t["leads"])
            coop = list(t["resp"])
            recs.append({
                "id": str(t["n"]),
                "marker": marker,
                "head": own[:12],
                "responsible_units": leads + coop,
                "lead_units": leads,
                "cooperating_units": coop,
                "leaders": [x.replace("\u3000", "").replace(" ", "") for x in t["leaders"]],
                "deadline": t.get("deadline"),
            })
    return recs


def main():
    nums = [t["n"] for _a, _b, ts in PARTS for t in ts]
    assert nums == list(range(1, len(nums) + 1)), nums
    with open(NOTICE, "w", encoding="utf-8", newline="\n") as f:
        f.write(notice_text())
    with open(GOLD, "w", encoding="utf-8", newline="\n") as f:
        for r in gold_records():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {os.path.basename(NOTICE)} and {os.path.basename(GOLD)} ({len(nums)} tasks)")


if __name__ == "__main__":
    main()
