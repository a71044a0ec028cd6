#!/usr/bin/python3
"""Round 129, case 661: a 2020 county notice whose body lost every line break
when the county portal was merged into a provincial 集约化 (site-cluster) platform.

The path, layer by layer:

1. 2020: the 县政府办 issues 芫政办发〔2020〕6号 (Word).  The webmaster of the old
   county portal pastes the whole Word document into the old CMS's plain
   <textarea> editor, so the site stores Word's text/plain clipboard form:
   one CRLF per paragraph, a TAB between table cells and a CRLF after each
   table row, a CRLF inside a cell of two paragraphs.  Indents that the clerk
   typed (U+3000) are characters and stay; indents made by paragraph
   formatting are not characters and are gone.  The old site turned CRLF into
   <br> when it showed the page.
2. 2021: the portal moves onto the province's 政府网站集约化平台.  The migration
   copies the stored 正文 field as it is into the new CMS, whose article
   template prints it raw inside <div class="TRS_Editor">.  HTML collapses CR,
   LF and TAB runs to one space, so the browser shows the whole notice as ONE
   paragraph; only U+3000 (not HTML white space) survives.
3. A reader opens the page in Chrome, selects all and pastes into Notepad
   (UTF-8, CRLF).  Step 3 is run for real here: headless Chromium renders the
   page and window.getSelection().selectAllChildren(document.body).toString()
   gives the text/plain that Ctrl+A, Ctrl+C puts on the clipboard (NBSP turned
   into a space as Chrome's clipboard writer does; LF→CRLF as on Windows).

Writes:
  661_yuanshui_xian_gzbg_fengong_qianyi_zhengwen_yihang.txt
  661_yuanshui_xian_gzbg_fengong_qianyi_zhengwen_yihang.tasks.gold.jsonl
Needs /usr/bin/chromium (Debian package chromium).
"""
import html
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "661_yuanshui_xian_gzbg_fengong_qianyi_zhengwen_yihang"
NOTICE = os.path.join(HERE, BASE + ".txt")
GOLD = os.path.join(HERE, BASE + ".tasks.gold.jsonl")

IND = "\u3000\u3000"          # an indent the clerk typed
CRLF = "\r\n"

TITLE = "芫水县人民政府办公室关于印发2020年《政府工作报告》重点工作任务分工方案的通知"

# ---------------------------------------------------------------- the notice
cover = [
    "芫水县人民政府办公室文件",
    "芫政办发〔2020〕6号",
    # the title was set in two lines with a manual break
    "芫水县人民政府办公室关于印发2020年《政府工作报告》",
    "重点工作任务分工方案的通知",
    "各乡镇人民政府、城关街道办事处，县政府各部门，县直及驻县各单位：",
    IND + "《政府工作报告》已经县十七届人大五次会议审议通过。为确保报告确定的各项目标任务落到实处，"
    "经县政府同意，现将《2020年〈政府工作报告〉重点工作任务分工方案》印发给你们，并就有关事项通知如下：",
    # the three requirements were numbered by Word (一、 + TAB), not typed
    "一、\t压实工作责任。各责任县领导要加强对分管领域重点工作的统筹调度。各牵头单位是任务落实的第一责任单位，"
    "主要负责同志要亲自研究部署，逐项制定推进措施；配合单位要按照职责分工主动协同、积极配合。"
    "方案中牵头单位有两个的，排在第一位的为主牵头单位；只列明“责任单位”的，排在第一位的为牵头单位，其余为配合单位。",
    "二、\t加强调度推进。各牵头单位要于每季度最后一个月25日前，将任务推进情况书面报送县政府督查室"
    "（联系人：刘　洋，联系电话：5212345）。",
    "三、\t严格督查考核。县政府督查室将对任务落实情况进行跟踪督查，督查结果纳入年度目标责任考核；"
    "对工作推进不力、进度严重滞后的，按有关规定予以通报。",
    IND + "附件：2020年《政府工作报告》重点工作任务分工方案",
    "\u3000" * 16 + "芫水县人民政府办公室",
    "\u3000" * 16 + "2020年3月16日",
    IND + "（此件公开发布）",
    "附件",
    "2020年《政府工作报告》重点工作任务分工方案",
    IND + "为全面完成县十七届人大五次会议确定的目标任务，现将《政府工作报告》明确的重点工作任务分解如下：",
]

# Each task: (marker, text paragraphs (last one closes with the bracket unless
# 'own' puts the bracket in a paragraph of its own), bracket, gold fields)
# gold: leaders, leads, coops, deadline
T = []


def task(marker, paras, bracket, leaders, leads, coops, deadline=None, own=False, auto=False):
    T.append(dict(marker=marker, paras=paras, bracket=bracket, leaders=leaders,
                  leads=leads, coops=coops, deadline=deadline, own=own, auto=auto))


parts = []  # (heading, [task indices]) filled as we go


def part(heading):
    parts.append((heading, len(T)))


part("一、统筹推进疫情防控和经济社会发展（4项）")
task("1.", ["毫不放松抓好疫情防控。严格落实“外防输入、内防反弹”各项措施，加强重点场所、重点人群管控，"
            "加快县人民医院发热门诊和核酸检测实验室建设，提升疾病预防控制和应急处置能力。"],
     "（责任县领导：周敏；牵头单位：县卫生健康局；配合单位：县公安局、县交通运输局、县市场监督管理局，各乡镇（街道））",
     ["周敏"], ["县卫生健康局"], ["县公安局", "县交通运输局", "县市场监督管理局", "各乡镇（街道）"])
task("2.", ["全力推动复工复产。落实减税降费、援企稳岗、金融支持等惠企政策，帮助企业解决用工、资金、原材料供应等困难，"
            "确保规模以上工业企业全面复工达产。"],
     "（责任县领导：王　勇；牵头单位：县工业和信息化局；配合单位：县发展和改革局、县人力资源和社会保障局、县财政局、国家税务总局芫水县税务局）",
     ["王勇"], ["县工业和信息化局"], ["县发展和改革局", "县人力资源和社会保障局", "县财政局", "国家税务总局芫水县税务局"])
task("3.", ["加大金融支持实体经济力度。建立政银企常态化对接机制，扩大普惠小微企业贷款投放，全年新增各项贷款25亿元以上。"],
     "（责任县领导：王　勇；牵头单位：县金融服务中心；配合单位：人民银行芫水县支行、县财政局）",
     ["王勇"], ["县金融服务中心"], ["人民银行芫水县支行", "县财政局"])
task("4.", ["全力稳定和扩大就业。落实高校毕业生、农民工、退役军人等重点群体就业帮扶措施，城镇新增就业3200人，"
            "城镇登记失业率控制在4.5%以内。"],
     "（责任县领导：李明；牵头单位：县人力资源和社会保障局；配合单位：县教育局、县财政局、县退役军人事务局）",
     ["李明"], ["县人力资源和社会保障局"], ["县教育局", "县财政局", "县退役军人事务局"])

part("二、扩大有效投资（5项）")
task("5.", ["加快重点项目建设。全年安排重点项目110个，完成年度投资135亿元以上，确保芫水经济开发区标准化厂房二期等35个项目开工建设。"],
     "（责任县领导：王勇；牵头单位：县发展和改革局；配合单位：县自然资源局、县住房和城乡建设局、市生态环境局芫水分局，各乡镇（街道））",
     ["王勇"], ["县发展和改革局"], ["县自然资源局", "县住房和城乡建设局", "市生态环境局芫水分局", "各乡镇（街道）"])
task("6.", ["加大项目谋划争取力度。围绕中央预算内投资、地方政府专项债券等政策方向，谋划储备项目200个以上，争取上级资金8亿元以上。"],
     "（责任县领导：王　勇；牵头单位：县发改局、县财政局；配合单位：县直各有关单位）",
     ["王勇"], ["县发改局", "县财政局"], ["县直各有关单位"])
task("7.", ["强化用地要素保障。完成国土空间规划编制阶段性任务，盘活存量建设用地1200亩，保障重点项目用地需求。"],
     "（责任县领导：黄海涛；牵头单位：县自然资源局；配合单位：县林业局、县住房和城乡建设局）",
     ["黄海涛"], ["县自然资源局"], ["县林业局", "县住房和城乡建设局"])
task("8.", ["完善交通基础设施。加快芫水至清河二级公路改建工程建设，新改建农村公路120公里，实施危桥改造15座。"],
     "（责任县领导：黄海涛；牵头单位：县交通运输局；配合单位：县财政局，沿线各乡镇）",
     ["黄海涛"], ["县交通运输局"], ["县财政局", "沿线各乡镇"])
task("9.", ["加强水利基础设施建设。推进白龙潭水库除险加固和芫水河防洪治理工程，完成小型水库除险加固8座。"],
     "（责任县领导：李明；责任单位：县水利局、县财政局、县自然资源局）",
     ["李明"], ["县水利局"], ["县财政局", "县自然资源局"])

part("三、做强实体经济（4项）")
task("10.", ["推动工业提质增效。实施工业企业技术改造项目20个，新增规模以上工业企业15家，规模以上工业增加值增长7%。"],
     "（责任县领导：王勇；牵头单位：县工业和信息化局；配合单位：县科学技术局、芫水经济开发区管委会）",
     ["王勇"], ["县工业和信息化局"], ["县科学技术局", "芫水经济开发区管委会"])
task("11.", ["提升开发区承载能力。完善开发区道路、供水、污水处理等配套设施，新建标准化厂房10万平方米，"
             "开发区规模工业产值占全县比重提高到60%。"],
     "（责任县领导：王　勇；牵头单位：芫水经济开发区管委会；配合单位：县自然资源局、县住房和城乡建设局、县城市建设投资有限公司）",
     ["王勇"], ["芫水经济开发区管委会"], ["县自然资源局", "县住房和城乡建设局", "县城市建设投资有限公司"])
task("12.", ["促进消费回补和潜力释放。开展“惠购芫水”促消费活动，支持发展夜间经济和电子商务，社会消费品零售总额增长8%。"],
     "（责任县领导：陈立新；牵头单位：县商务局；配合单位：县文化和旅游局、县市场监督管理局）",
     ["陈立新"], ["县商务局"], ["县文化和旅游局", "县市场监督管理局"], own=True)
task("13.", ["推动文化旅游产业恢复发展。加快芫水古镇景区提质升级，创建国家AAAA级旅游景区1家，全年接待游客突破300万人次。"],
     "（责任县领导：陈立新；牵头单位：县文化和旅游局；配合单位：县交通运输局、县自然资源局；完成时限：2020年10月底前）",
     ["陈立新"], ["县文化和旅游局"], ["县交通运输局", "县自然资源局"], deadline="2020年10月底前")

part("四、决战决胜脱贫攻坚（4项）")
task("14.", ["高质量完成脱贫攻坚目标任务。确保剩余1260名建档立卡贫困人口全部脱贫，高质量通过脱贫攻坚普查和国家考核评估。"],
     "（责任县领导：李明、周敏；牵头单位：县扶贫开发办公室；配合单位：县脱贫攻坚领导小组各成员单位，各乡镇（街道）；完成时限：2020年12月底前）",
     ["李明", "周敏"], ["县扶贫开发办公室"], ["县脱贫攻坚领导小组各成员单位", "各乡镇（街道）"], deadline="2020年12月底前")
task("15.", ["巩固提升“两不愁三保障”成果。重点抓好以下工作：",
             "（1）控辍保学，确保义务教育阶段适龄儿童少年无失学辍学；",
             "（2）基本医疗，全面落实县域内住院先诊疗后付费和“一站式”结算；",
             "（3）住房安全，完成农村危房改造420户。"],
     "（责任县领导：李明；牵头单位：县扶贫开发办公室；配合单位：县教育局、县卫生健康局、县医疗保障局、县住房和城乡建设局）",
     ["李明"], ["县扶贫开发办公室"], ["县教育局", "县卫生健康局", "县医疗保障局", "县住房和城乡建设局"], own=True)
task("16.", ["发展壮大扶贫产业。每个贫困村培育1个以上特色主导产业，新增农民专业合作社50家，带动贫困户稳定增收。"],
     "（责任县领导：李明；牵头单位：县农业农村局）",
     ["李明"], ["县农业农村局"], [])
task("17．", ["做好易地扶贫搬迁后续扶持。完善青石镇、双河乡集中安置点配套设施，确保搬迁群众稳得住、有就业、逐步能致富。"],
     "（责任县领导：黄海涛；牵头单位：县发展和改革局；配合单位：县人力资源和社会保障局、县扶贫开发办公室、青石镇人民政府、双河乡人民政府）",
     ["黄海涛"], ["县发展和改革局"], ["县人力资源和社会保障局", "县扶贫开发办公室", "青石镇人民政府", "双河乡人民政府"])

part("五、推进乡村振兴（4项）")
task("18.", ["稳定粮食和重要农产品生产。粮食播种面积稳定在52万亩以上，新建高标准农田3.5万亩，生猪出栏恢复到30万头。"],
     "（责任县领导：李明；牵头单位：县农业农村局；配合单位：县发展和改革局、县财政局、县自然资源局；完成时限：2020年11月底前）",
     ["李明"], ["县农业农村局"], ["县发展和改革局", "县财政局", "县自然资源局"], deadline="2020年11月底前")
task("19.", ["持续改善农村人居环境。深入开展村庄清洁行动，农村生活垃圾收运处置体系实现全覆盖。",
             "同步推进农村“厕所革命”，完成农村户厕改造3000户，新建农村公厕60座。"],
     "（责任县领导：黄海涛；牵头单位：县农业农村局；配合单位：县住房和城乡建设局、县卫生健康局、市生态环境局芫水分局）",
     ["黄海涛"], ["县农业农村局"], ["县住房和城乡建设局", "县卫生健康局", "市生态环境局芫水分局"])
task("20.", ["打好污染防治攻坚战。城区空气质量优良天数比例达到90%以上，PM2.5平均浓度控制在38微克/立方米以内，县城污水处理率达到95%。"],
     "（责任县领导：黄海涛；牵头单位:市生态环境局芫水分局；配合单位：县住房和城乡建设局、县交通运输局、县工业和信息化局）",
     ["黄海涛"], ["市生态环境局芫水分局"], ["县住房和城乡建设局", "县交通运输局", "县工业和信息化局"])
task("21.", ["深化农村综合改革。完成农村集体产权制度改革整县推进任务，稳妥推进农村宅基地制度改革试点。"],
     "（责任县领导：李明；责任单位：县农业农村局、县自然资源局）",
     ["李明"], ["县农业农村局"], ["县自然资源局"])

part("六、深化改革开放（4项）")
task("22.", ["持续优化营商环境。深化“放管服”改革，推行“一网通办”“一窗通办”，企业开办时间压缩至2个工作日以内。"],
     "（责任县领导：王　勇；牵头单位：县行政审批服务局；配合单位：县市场监督管理局，县直各有关单位）",
     ["王勇"], ["县行政审批服务局"], ["县市场监督管理局", "县直各有关单位"])
task("23.", ["深化国有企业改革。推进县属国有企业整合重组，组建县城市发展集团，完善现代企业制度。"],
     "（责任县领导：王勇；牵头单位：县财政局；配合单位：县城市建设投资有限公司、县交通建设投资有限公司）",
     ["王勇"], ["县财政局"], ["县城市建设投资有限公司", "县交通建设投资有限公司"])
task("24.", ["扩大招商引资成效。开展产业链精准招商，全年引进亿元以上项目30个，实际利用内资60亿元以上。"],
     "（责任县领导：王勇；牵头单位：县商务局、芫水经济开发区管委会；配合单位：县直各有关单位，各乡镇（街道））",
     ["王勇"], ["县商务局", "芫水经济开发区管委会"], ["县直各有关单位", "各乡镇（街道）"])
task("25.", ["加快数字政府建设。推进政务数据共享交换平台建设，县级政务服务事项网上可办率达到90%以上。"],
     "（责任县领导：陈立新；牵头单位：县行政审批服务局；配合单位：无）",
     ["陈立新"], ["县行政审批服务局"], [])

part("七、保障和改善民生（5项）")
task("26.", ["办好人民满意的教育。新建、改扩建中小学校6所，化解城区大班额，推进义务教育优质均衡发展。"],
     "（责任县领导：陈立新；牵头单位：县教育局；配合单位：县财政局、县住房和城乡建设局、县自然资源局）",
     ["陈立新"], ["县教育局"], ["县财政局", "县住房和城乡建设局", "县自然资源局"], auto=True)
task("27.", ["推进健康芫水建设。深化县域医共体改革，支持县人民医院创建三级综合医院，完善县乡村三级医疗服务网络。"],
     "（责任县领导：周敏；牵头单位：县卫生健康局；配合单位：县医疗保障局、县财政局）",
     ["周敏"], ["县卫生健康局"], ["县医疗保障局", "县财政局"], auto=True)
task("28.", ["健全社会保障体系。城乡居民基本养老保险参保率稳定在95%以上，提高城乡低保和特困人员救助供养标准。"],
     "（责任县领导：周敏；牵头单位：县民政局、县人力资源和社会保障局；配合单位：县财政局，县医疗保障局、县残疾人联合会）",
     ["周敏"], ["县民政局", "县人力资源和社会保障局"], ["县财政局", "县医疗保障局", "县残疾人联合会"], auto=True)
task("29.", ["维护社会和谐稳定。深化平安芫水建设，开展安全生产专项整治三年行动，坚决遏制较大以上安全事故发生。"],
     "（责任县领导：赵立军；牵头单位：县公安局、县应急管理局；配合单位：县司法局、县市场监督管理局，各乡镇（街道））",
     ["赵立军"], ["县公安局", "县应急管理局"], ["县司法局", "县市场监督管理局", "各乡镇（街道）"], auto=True)
task("30.", ["加强政府自身建设。严格落实全面从严治党主体责任，深入推进依法行政，自觉接受县人大及其常委会的法律监督和县政协的民主监督。"],
     "（责任县领导：孙国栋；牵头单位：县政府办公室；配合单位：县司法局、县审计局）",
     ["孙国栋"], ["县政府办公室"], ["县司法局", "县审计局"], auto=True)

part("八、办好民生实事（8项）")
TABLE_INTRO = IND + "县政府今年集中力量办好以下8件民生实事，具体分工如下："
HEADER = ["序号", "项目名称及目标任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]
# cells: each cell a list of its paragraphs
ROWS = [
    (["31"], ["新建城东小学，新增公办学位1350个"], ["陈立新"], ["县教育局"],
     ["县发展和改革局、县自然资源局、县住房和城乡建设局"], ["2020年8月底前"],
     ["陈立新"], ["县教育局"], ["县发展和改革局", "县自然资源局", "县住房和城乡建设局"], "2020年8月底前"),
    (["32"], ["实施乡镇卫生院提质改造，改造提升青石、双河等5所乡镇卫生院"], ["周敏"], ["县卫生健康局"],
     ["县财政局，相关乡镇人民政府"], ["2020年12月底前"],
     ["周敏"], ["县卫生健康局"], ["县财政局", "相关乡镇人民政府"], "2020年12月底前"),
    (["33"], ["改造城区老旧小区12个，惠及居民2100户"], ["王　勇"], ["县住房和城乡建设局"],
     ["县财政局、城关街道办事处"], ["2020年11月底前"],
     ["王勇"], ["县住房和城乡建设局"], ["县财政局", "城关街道办事处"], "2020年11月底前"),
    # the task cell holds a title paragraph and a target paragraph
    (["34"], ["农村饮水安全巩固提升工程", "解决3.2万农村人口饮水安全问题"], ["李明"], ["县水利局"],
     ["县财政局、县卫生健康局"], ["2020年10月底前"],
     ["李明"], ["县水利局"], ["县财政局", "县卫生健康局"], "2020年10月底前"),
    (["35"], ["新建城区公办幼儿园3所，新增学位900个"], ["陈立新"], ["县教育局"],
     ["/"], ["2020年9月底前"],
     ["陈立新"], ["县教育局"], [], "2020年9月底前"),
    # two leaders as two paragraphs of the cell
    (["36"], ["新建城区农贸市场2个、便民停车场3处"], ["黄海涛", "陈立新"], ["县城市管理和综合执法局、县商务局"],
     ["县自然资源局、县市场监督管理局"], ["2020年12月底前"],
     ["黄海涛", "陈立新"], ["县城市管理和综合执法局", "县商务局"], ["县自然资源局", "县市场监督管理局"], "2020年12月底前"),
    (["37"], ["为全县65周岁以上老年人开展免费健康体检"], ["周敏"], ["县卫生健康局"],
     ["县民政局、各乡镇（街道）"], ["全年"],
     ["周敏"], ["县卫生健康局"], ["县民政局", "各乡镇（街道）"], "全年"),
    (["38"], ["开展职业技能培训8000人次"], ["李明"], ["县人力资源和社会保障局"],
     ["县教育局、县扶贫开发办公室"], ["2020年12月底前"],
     ["李明"], ["县人力资源和社会保障局"], ["县教育局", "县扶贫开发办公室"], "2020年12月底前"),
]

COLOPHON = [
    "抄送：县委各部门，县人大常委会办公室，县政协办公室，县人武部，县法院，县检察院。",
    "芫水县人民政府办公室\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30002020年3月16日印发",
]


def stored_text():
    """Word's text/plain of the whole document, as the old CMS stored it."""
    paras = list(cover)
    starts = {i: h for h, i in parts}
    for i, t in enumerate(T):
        if i in starts:
            paras.append(IND + starts[i])
        body = list(t["paras"])
        # the task paragraphs were indented by formatting: no typed indent; part 七 was
        # drafted with Word's automatic numbering, which text/plain gives as "26." + TAB
        body[0] = t["marker"] + ("\t" if t["auto"] else "") + body[0]
        if t["own"]:
            paras.extend(body)
            paras.append(t["bracket"])
        else:
            body[-1] = body[-1] + t["bracket"]
            paras.extend(body)
    paras.append(IND + parts[-1][0])
    paras.append(TABLE_INTRO)
    lines = [CRLF.join(paras)]
    # a table row: cells joined by TAB; a cell's paragraphs by CRLF
    rows = [[[h] for h in HEADER]] + [list(r[:6]) for r in ROWS]
    for r in rows:
        lines.append("\t".join(CRLF.join(c) for c in r))
    text = CRLF.join(lines) + CRLF + CRLF.join(COLOPHON) + CRLF
    return text


PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="芫水县人民政府">
<meta name="SiteDomain" content="www.ysx.gov.cn">
<meta name="ColumnName" content="政府办文件">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2020-03-18 10:26">
<title>{title}_政府办文件_芫水县人民政府</title>
<link rel="stylesheet" href="/images/jyh/common.css">
<link rel="stylesheet" href="/images/jyh/article.css">
</head>
<body>
<div class="topbar"><div class="w1200"><span class="welcome">欢迎访问芫水县人民政府门户网站！</span>
<span class="links"><a href="javascript:;" id="wza">无障碍浏览</a> | <a href="javascript:;" id="zzms">长者模式</a> | <a href="javascript:;" id="jft">繁體</a></span></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/images/jyh/logo.png" alt="芫水县人民政府"></a>
<form class="search" action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul class="w1200">
<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjys/">走进芫水</a></li>
</ul></div>
<div class="w1200 main">
<div class="crumb">您当前的位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zwgk/">政务公开</a>&nbsp;&gt;&nbsp;<a href="/zwgk/fdzdgknr/">法定主动公开内容</a>&nbsp;&gt;&nbsp;<a href="/zwgk/fdzdgknr/zfbwj/">政府办文件</a></div>
<table class="xxgk_table">
<tr><th>索引号：</th><td>743196528/2020-00087</td><th>信息分类：</th><td>政府办文件</td></tr>
<tr><th>发布机构：</th><td>芫水县人民政府办公室</td><th>生成日期：</th><td>2020-03-18</td></tr>
<tr><th>文　　号：</th><td>芫政办发〔2020〕6号</td><th>有 效 性：</th><td>有效</td></tr>
<tr><th>名　　称：</th><td colspan="3">{title}</td></tr>
</table>
<div class="article">
<h1 class="title">{title}</h1>
<div class="info">发布时间：2020-03-18 10:26&nbsp;&nbsp;&nbsp;信息来源：芫水县人民政府办公室&nbsp;&nbsp;&nbsp;阅读次数：<span id="hits"></span>&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div class="article-con" id="zoom"><div class="TRS_Editor">{body}</div></div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="qrcode">扫一扫在手机打开当前页</div>
</div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="/zwgk/fdzdgknr/zfgzbg/">2020年芫水县政府工作报告</a></li>
<li><a href="/zwgk/zcjd/">图解：2020年芫水县政府工作报告</a></li>
</ul></div>
</div>
<div class="footer"><div class="w1200">
<p>主办单位：芫水县人民政府办公室&nbsp;&nbsp;&nbsp;承办单位：芫水县融媒体中心</p>
<p>网站标识码：4399020011&nbsp;&nbsp;&nbsp;ICP备案号：ICP备05013579号-1&nbsp;&nbsp;&nbsp;公安机关备案号：43992002000118号</p>
<p>地址：芫水县城关街道人民路18号&nbsp;&nbsp;&nbsp;邮编：419900&nbsp;&nbsp;&nbsp;联系电话：5212345</p>
</div></div>
{probe}
</body>
</html>
"""

PROBE = """<script>
window.addEventListener("load", function () {
  var s = window.getSelection();
  s.selectAllChildren(document.body);
  var t = s.toString();
  document.body.innerHTML = "";
  var p = document.createElement("pre");
  p.id = "probe-out";
  p.textContent = JSON.stringify(t);
  document.body.appendChild(p);
});
</script>"""


def browser_copy(page):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "content.html")
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(page.replace("{probe}", PROBE))
        out = subprocess.run(
            ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--user-data-dir=" + os.path.join(d, "prof"), "--virtual-time-budget=5000",
             "--dump-dom", "file://" + path],
            capture_output=True, text=True, check=True).stdout
    m = re.search(r'<pre id="probe-out">(.*?)</pre>', out, re.S)
    if not m:
        sys.exit("chromium gave no selection text")
    text = json.loads(html.unescape(m.group(1)))
    text = text.replace("\u00a0", " ")          # Chrome's clipboard writes NBSP as a space
    text = text.replace("\r\n", "\n").replace("\n", "\r\n")  # pasted on Windows
    return text


def make_gold():
    gold = []
    for t in T:
        head = t["paras"][0][:12]
        gold.append(dict(id=t["marker"].rstrip(".．"), marker=t["marker"], head=head,
                         responsible_units=t["leads"] + t["coops"], lead_units=t["leads"],
                         cooperating_units=t["coops"], leaders=t["leaders"], deadline=t["deadline"]))
    for r in ROWS:
        num, cell = r[0][0], " ".join(r[1])
        gold.append(dict(id=num, marker=num, head=cell[:12],
                         responsible_units=r[7] + r[8], lead_units=r[7], cooperating_units=r[8],
                         leaders=r[6], deadline=r[9]))
    return gold


def main():
    body = stored_text()
    page = PAGE.replace("{title}", TITLE).replace("{body}", body)
    notice = browser_copy(page)
    with open(NOTICE, "w", encoding="utf-8", newline="") as f:
        f.write(notice)
    gold = make_gold()
    with open(GOLD, "w", encoding="utf-8", newline="\n") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(NOTICE, len(notice), "chars;", GOLD, len(gold), "tasks")


if __name__ == "__main__":
    main()
