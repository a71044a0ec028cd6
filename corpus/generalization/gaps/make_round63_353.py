#!/usr/bin/env python3
"""Writes 353_queshan_zhen_cms_renwu_kapian.html: a township sub-site article
page of a county portal (Nuxt/Element UI CMS), as Chrome's "save as, webpage
complete" serialises it.  The attachment is a task board: Element UI tabs (one
per part), a banner with the part's 包抓领导, cards with a <dl> of duties."""
import os
import json
import re

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "353_queshan_zhen_cms_renwu_kapian.html")
V = 'data-v-7c1e2b4a=""'        # scoped-style attribute of the board component
VA = 'data-v-3f5d90c2=""'       # the article page component

TITLE = "中共鹊山镇委员会 鹊山镇人民政府关于印发《鹊山镇2025年重点工作任务分解方案》的通知"
FILES = "./" + TITLE + "_通知公告_蒲阳县人民政府_files"
URL = "https://www.puyangxian.gov.cn/xzjd/qsz/zwgk_qsz/tzgg_qsz/202502/t20250219_1183064.html"

# ---------------------------------------------------------------- the board
# Each card: text, tags, lead, assist, duty, villages, leader, deadline, note, sub
# Unit lists hold the chips as stored (a clerk sometimes typed two units into one chip).
PARTS = [
    dict(key="cyfz", label="一、产业发展", leaders=[("石光耀", "镇党委副书记、镇长")], cards=[
        dict(text="培育壮大茶产业，新扩建生态茶园1200亩、改造提升低产茶园800亩，全镇茶叶综合产值突破2.6亿元，新培育茶叶类市级以上农业产业化龙头企业1家。",
             tags=[("danger", "县考核指标")], lead=["镇农业综合服务中心"], assist=["镇经济发展办公室", "镇财政所"],
             villages=["云台村", "茶坪村", "石门村"], leader="副镇长 罗敏", deadline="2025年11月底前"),
        dict(text="加快鹊山农产品加工园二期建设，完成标准化厂房1.5万平方米主体工程，新引进农产品精深加工企业2家以上，园区年产值达到4.5亿元。",
             tags=[("warning", "省市重点项目")], lead=["镇经济发展办公室"],
             assist=["镇自然资源和规划建设办公室", "镇财政所、镇应急管理办公室"], deadline="2025年12月底前"),
        dict(text="全力抓好招商引资，全年到位资金不低于5亿元，签约亿元以上项目3个、开工2个，回引在外鹊山籍人才返乡创业20人以上。",
             tags=[("danger", "县考核指标")], lead=["镇经济发展办公室"], assist=["镇党建工作办公室", "镇社会保障服务中心"],
             leader="邵怀瑾（镇党委书记）、石光耀（镇长）", deadline="全年"),
        dict(text="做活古镇文旅文章，完成鹊山古街立面改造二期工程，举办第三届鹊山茶文化旅游节，全年接待游客60万人次以上、实现旅游综合收入3亿元。",
             tags=[], lead=["镇文化服务中心"], assist=["镇经济发展办公室", "镇自然资源和规划建设办公室", "镇综合行政执法队"],
             villages=["鹊山社区", "老街社区"], leader="党委委员、宣传委员葛佩", deadline="2025年10月底前"),
        dict(text="发展壮大村级集体经济，全镇村集体经济经营性收入全部达到15万元以上，其中50万元以上的村不少于4个；规范村级“三资”管理，完成清产核资数据动态更新。",
             tags=[], lead=["镇农业农村办公室"], assist=["镇财政所", "镇党建工作办公室"], villages=["各村（社区）"],
             deadline="2025年12月底前"),
        dict(text="优化营商环境，常态化开展“一企一策”走访服务，全年帮助企业解决用工、融资、用地等问题不少于30件，新增规模以上工业企业1家、个体工商户150户。",
             tags=[], lead=["镇经济发展办公室"], assist=["镇便民服务中心", "镇社会保障服务中心", "县市场监管局鹊山市场监管所"],
             deadline="全年"),
        dict(text="坚决扛牢粮食安全责任，粮食播种面积稳定在3.2万亩以上、总产量1.3万吨以上，完成撂荒地复耕复种1100亩、高标准农田建设2000亩。",
             tags=[("danger", "县考核指标")], lead=["镇农业农村办公室", "镇农业综合服务中心"],
             assist=["镇财政所", "县自然资源局鹊山自然资源所"], villages=["各村（社区）"], leader="罗　敏", deadline="2025年10月底前"),
    ]),
    dict(key="xcjs", label="二、乡村建设和生态环境", leaders=[("韩立川", "镇党委委员、副镇长")], cards=[
        dict(text="实施和美乡村示范创建，建成云台村、茶坪村2个市级和美乡村示范村，完成农村户厕问题摸排整改“回头看”全覆盖。",
             tags=[], lead=["镇农业农村办公室"], assist=["镇自然资源和规划建设办公室", "镇生态环境保护办公室", "镇财政所"],
             villages=["云台村", "茶坪村"], deadline="2025年11月底前"),
        dict(text="推进集镇提质改造，完成鹊山大道雨污分流管网改造3.8公里，新增公共停车位200个，集镇主次干道“白改黑”2.1公里。",
             tags=[("warning", "县重点项目")], lead=["镇自然资源和规划建设办公室"], assist=["镇综合行政执法队", "镇财政所"],
             villages=["鹊山社区", "老街社区"], deadline="2025年12月底前"),
        dict(text="全面落实河湖长制，完成鹊山河、白沙溪河道清障和生态护岸建设6公里，出境断面水质稳定达到Ⅲ类以上。",
             tags=[], lead=["镇生态环境保护办公室"], assist=["镇水利站", "镇综合行政执法队"], villages=["沿河各村"],
             leader="镇党委书记、镇级总河长 邵怀瑾", deadline="全年"),
        dict(text="压紧压实林长制和森林防灭火责任，全年不发生较大以上森林火灾，完成植树造林1500亩、油茶低产林改造2000亩。",
             tags=[("danger", "县考核指标")], lead=["镇林业站"], assist=["镇应急管理办公室", "镇综合行政执法队"],
             villages=["各村（社区）"], leader="武装部长谭振宇", deadline="全年"),
        dict(text="深化农村人居环境整治，农村生活垃圾收运处置体系覆盖所有自然村，全年开展村庄清洁行动不少于4次。",
             tags=[], lead=["镇生态环境保护办公室"], assist=["镇综合行政执法队", "镇农业农村办公室"], villages=["各村（社区）"],
             sub=["（1）3月底前完成农村生活垃圾清运市场化招标；", "（2）每季度开展一次“美丽庭院”评选并通报。"],
             deadline="2025年12月底前"),
        dict(text="推进“四好农村路”建设，新改建通组公路12公里，实施危桥改造3座，完成农村公路安全生命防护工程8公里。",
             tags=[], lead=["镇自然资源和规划建设办公室"], assist=["镇应急管理办公室", "镇财政所"], villages=["有关村"],
             deadline="2025年11月底前"),
        dict(text="严守耕地保护红线，新增违法占用耕地实现“零增长”，卫片执法图斑整改销号率达到100%。",
             tags=[("danger", "县考核指标")], lead=["县自然资源局鹊山自然资源所", "镇综合行政执法队"],
             assist=["镇自然资源和规划建设办公室", "镇农业农村办公室"], villages=["各村（社区）"], deadline="全年"),
    ]),
    dict(key="msss", label="三、民生实事", leaders=[("方嘉禾", "镇党委副书记"), ("罗　敏", "副镇长")], cards=[
        dict(text="新建鹊山镇第二幼儿园，新增学前教育学位270个，9月秋季学期投入使用。",
             tags=[("success", "民生实事")], duty=["镇社会事务办公室、镇中心学校", "镇自然资源和规划建设办公室"],
             deadline="2025年8月底前"),
        dict(text="改造提升镇卫生院门诊综合楼，建成标准化村卫生室3个，65岁以上老年人健康体检覆盖率达到70%以上。",
             tags=[("success", "民生实事")], duty=["镇社会事务办公室", "镇卫生院", "镇财政所"],
             note="镇社会事务办公室、镇卫生院共同牵头。", deadline="2025年11月底前"),
        dict(text="新建农村老年助餐点4个、村级互助养老服务站2个，为全镇80岁以上老年人发放“暖心包”。",
             tags=[("success", "民生实事")], duty=["镇社会保障服务中心", "镇财政所"], villages=["有关村（社区）"],
             deadline="2025年9月底前"),
        dict(text="实施农村饮水安全巩固提升工程，完成白沙、石门片区供水管网延伸改造21公里，惠及群众4600人。",
             tags=[("success", "民生实事")], duty=["镇水利站", "镇财政所"], villages=["白沙村", "石门村"],
             note="项目资金由县级统筹安排，镇财政所负责配套资金拨付。", deadline="2025年10月底前"),
        dict(text="开展“鹊山就业驿站”暖心服务，全年新增城镇就业350人、农村劳动力转移就业800人，开展职业技能培训500人次。",
             tags=[("success", "民生实事")], duty=["镇社会保障服务中心"], deadline="全年"),
        dict(text="完成老街小区、供销社家属区2个老旧小区改造，惠及住户218户，同步加装电梯4部。",
             tags=[("success", "民生实事")], duty=["镇自然资源和规划建设办公室"], villages=["老街社区"],
             leader="副镇长 韩立川", deadline="2025年11月底前"),
        dict(text="实施困难群众“暖心助困”行动，动态落实低保、特困供养和临时救助政策，全年为困难群众办实事不少于100件。",
             tags=[("success", "民生实事")], duty=["镇社会事务办公室，镇社会保障服务中心"], villages=["各村（社区）"],
             leader="镇人大主席　钟岳", deadline="全年"),
    ]),
    dict(key="pawd", label="四、平安稳定", leaders=[("陆文澜", "镇党委委员、政法委员")], cards=[
        dict(text="坚持和发展新时代“枫桥经验”，矛盾纠纷调处成功率达到98%以上，信访总量同比下降10%。",
             tags=[], lead=["镇平安建设办公室（综治中心）"], assist=["镇司法所", "鹊山派出所"], villages=["各村（社区）"],
             deadline="全年"),
        dict(text="严格落实安全生产“三管三必须”，深入开展道路交通、燃气、经营性自建房等重点领域隐患排查整治，全年不发生较大以上安全事故。",
             tags=[("danger", "县考核指标")], lead=["镇应急管理办公室"],
             assist=["镇综合行政执法队", "镇自然资源和规划建设办公室", "鹊山派出所", "县市场监管局鹊山市场监管所"],
             leader="石光耀、韩立川", deadline="全年"),
        dict(text="做好防汛抗旱和地质灾害防治，完善22处地质灾害隐患点监测预警，汛期严格落实24小时值班值守制度。",
             tags=[], lead=["镇应急管理办公室"], assist=["县自然资源局鹊山自然资源所", "镇水利站"], villages=["有关村"],
             leader="谭振宇（党委委员、武装部长）", deadline="2025年9月底前"),
        dict(text="常态化开展扫黑除恶斗争，推进“雪亮工程”村级视频监控全覆盖，群众安全感测评达到98%以上。",
             tags=[], lead=["鹊山派出所"], assist=["镇平安建设办公室（综治中心）"], deadline="全年"),
        dict(text="加强食品药品安全监管，农村集体聚餐备案指导实现全覆盖，全年不发生较大食品安全事故。",
             tags=[], lead=["县市场监管局鹊山市场监管所"], assist=[], deadline="全年"),
    ]),
    dict(key="ddjs", label="五、党的建设", leaders=[("程　雪", "镇党委委员、组织委员")], cards=[
        dict(text="推进基层党组织标准化规范化建设，年内创建五星级党支部3个，整顿提升软弱涣散村党组织2个。",
             tags=[], lead=["镇党建工作办公室"], assist=["镇党政综合办公室"], villages=["各村（社区）"], deadline="2025年12月底前"),
        dict(text="深入实施村级“头雁”培育工程，储备村级后备力量60名，完成村（社区）“两委”干部学历提升40人。",
             tags=[], lead=["镇党建工作办公室"], assist=["镇社会保障服务中心"], deadline="2025年12月底前"),
        dict(text="落实全面从严治党“两个责任”，深化群众身边不正之风和腐败问题集中整治，开展村级“小微权力”专项监督。",
             tags=[], lead=["镇纪委"], assist=["镇党政综合办公室", "镇财政所"], leader="党委委员、纪委书记袁立诚",
             deadline="全年"),
        dict(text="严格落实意识形态工作责任制，全年开展新时代文明实践活动不少于120场次，建成村级文明实践站点示范点3个。",
             tags=[], lead=["镇党政综合办公室"], assist=["镇文化服务中心"], villages=["各村（社区）"], leader="葛　佩",
             deadline="全年"),
        dict(text="深化“效能提升年”活动，镇便民服务中心政务服务事项“一窗受理”率达到100%，群众满意度保持在99%以上。",
             tags=[], lead=["镇便民服务中心"], assist=["镇党政综合办公室"], deadline="全年"),
    ]),
]


def chips(units):
    if not units:
        return f'<dd {V} class="is-empty">—</dd>'
    return f'<dd {V}>' + "".join(f'<span {V} class="unit-chip">{u}</span>' for u in units) + "</dd>"


def row(cls, icon, label, dd):
    return (f'<div {V} class="duty-row duty-row--{cls}"><dt {V}><i {V} class="iconfont icon-{icon}"></i>{label}</dt>'
            f'{dd}</div>')


def card(n, c):
    tags = "".join(f'<span {V} class="el-tag el-tag--{t} el-tag--mini el-tag--plain">{s}</span>' for t, s in c["tags"])
    hd = (f'<div {V} class="task-card__hd"><span {V} class="task-card__no">{n:02d}</span>'
          f'<div {V} class="task-card__tags">{tags or "<!---->"}</div>'
          f'<span {V} class="task-card__deadline"><i {V} class="el-icon-time"></i>{c["deadline"]}</span></div>')
    body = f'<p {V} class="task-card__text line-clamp">{c["text"]}</p>'
    if c.get("sub"):
        body += f'<ol {V} class="task-card__sub">' + "".join(f'<li {V}>{s}</li>' for s in c["sub"]) + "</ol>"
    else:
        body += "<!---->"
    dl = ""
    dl += row("lead", "qiantou", "牵头单位", chips(c["lead"])) if "lead" in c else "<!---->"
    dl += row("assist", "peihe", "配合单位", chips(c["assist"])) if "assist" in c else "<!---->"
    dl += row("duty", "zeren", "责任单位", chips(c["duty"])) if "duty" in c else "<!---->"
    dl += row("village", "cun", "责任村（社区）", chips(c["villages"])) if c.get("villages") else "<!---->"
    dl += (row("leader", "lingdao", "包抓领导", f'<dd {V} class="leader-text">{c["leader"]}</dd>')
           if c.get("leader") else "<!---->")
    dl += row("note", "beizhu", "备注", f'<dd {V}>{c["note"]}</dd>') if c.get("note") else "<!---->"
    return (f'<div {V} class="task-card"><div {V} class="task-card__inner">{hd}<div {V} class="task-card__bd">{body}'
            f'<dl {V} class="task-card__duty">{dl}</dl></div>'
            f'<div {V} class="task-card__ft"><a {V} href="javascript:;" class="task-card__more">查看详情<i {V} class="el-icon-arrow-right"></i></a></div>'
            f'</div></div>')


def board():
    total = sum(len(p["cards"]) for p in PARTS)
    nav = ""
    for i, p in enumerate(PARTS):
        active = " is-active" if i == 0 else ""
        sel = "true" if i == 0 else "false"
        tabindex = "0" if i == 0 else "-1"
        nav += (f'<div id="tab-{p["key"]}" aria-controls="pane-{p["key"]}" role="tab" aria-selected="{sel}" tabindex="{tabindex}" '
                f'class="el-tabs__item is-top{active}"><div {V} class="el-badge tab-badge">{p["label"]}'
                f'<sup class="el-badge__content el-badge__content--primary is-fixed">{len(p["cards"])}</sup></div></div>')
    panes = ""
    for i, p in enumerate(PARTS):
        hidden = "" if i == 0 else ' aria-hidden="true" style="display: none;"'
        ppl = "".join(f'<span {V} class="pane-banner__person"><b {V}>{n}</b><small {V}>{t}</small></span>'
                      for n, t in p["leaders"])
        banner = (f'<div {V} class="pane-banner"><i {V} class="el-icon-user-solid"></i>'
                  f'<span {V} class="pane-banner__label">板块包抓领导：</span>{ppl}'
                  f'<span {V} class="pane-banner__count">共{len(p["cards"])}项</span></div>')
        cards = "".join(card(n, c) for n, c in enumerate(p["cards"], 1))
        panes += (f'<div role="tabpanel"{hidden} id="pane-{p["key"]}" aria-labelledby="tab-{p["key"]}" class="el-tab-pane">'
                  f'<div {V} class="pane-wrap">{banner}<div {V} class="card-grid">{cards}</div></div></div>')
    return (f'<div {V} class="task-board"><div {V} class="task-board__hd"><span {V} class="task-board__attach">附件</span>'
            f'<h3 {V} class="task-board__title">鹊山镇2025年重点工作任务分解方案</h3>'
            f'<p {V} class="task-board__sum">共{len(PARTS)}个板块{total}项任务　点击板块名称切换查看</p></div>'
            f'<div {V} class="el-tabs el-tabs--top el-tabs--card"><div class="el-tabs__header is-top"><div class="el-tabs__nav-wrap is-top">'
            f'<div class="el-tabs__nav-scroll"><div role="tablist" class="el-tabs__nav is-top" style="transform: translateX(0px);">'
            f'{nav}</div></div></div></div><div class="el-tabs__content">{panes}</div></div>'
            f'<div {V} class="task-board__legend"><i {V} class="el-icon-info"></i>任务卡说明见正文第二条。</div></div>')


# ---------------------------------------------------------------- the article (stored rich text, v-html)
ARTICLE = """<p style="text-align: center; line-height: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">鹊党发〔2025〕5号</span></p>
<p style="text-align: center; line-height: 2em;"><strong><span style="font-family: 方正小标宋简体; font-size: 22pt;">中共鹊山镇委员会　鹊山镇人民政府</span></strong><br/><strong><span style="font-family: 方正小标宋简体; font-size: 22pt;">关于印发《鹊山镇2025年重点工作任务分解方案》的通知</span></strong></p>
<p style="line-height: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">各村（社区）党组织、村（居）民委员会，镇直各办公室、站所，驻镇各单位：</span></p>
<p style="text-indent: 2em; line-height: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">为全面完成镇第十八届人民代表大会第五次会议确定的目标任务，经镇党委、镇政府研究，现将《鹊山镇2025年重点工作任务分解方案》印发给你们，请结合实际认真抓好贯彻落实。现就有关事项通知如下：</span></p>
<p style="text-indent: 2em; line-height: 2em;"><span style="font-family: 黑体; font-size: 16pt;">一、提高思想认识</span></p>
<p style="text-indent: 2em; line-height: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">今年是“十四五”规划收官之年，也是鹊山加快建设“茶旅名镇、和美鹊山”的关键之年。方案围绕产业发展、乡村建设和生态环境、民生实事、平安稳定、党的建设5个板块，梳理形成31项重点任务。各村（社区）、各单位要把抓落实作为检验工作成效的重要标准，主要负责同志亲自研究、亲自部署、亲自推动。</span></p>
<p style="text-indent: 2em; line-height: 2em;"><span style="font-family: 黑体; font-size: 16pt;">二、明确责任分工</span></p>
<p style="text-indent: 2em; line-height: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">方案以任务卡形式逐项明确包抓领导、责任单位和完成时限。每个板块明确板块包抓领导，统筹推进本板块全部任务；任务卡中另行标注“包抓领导”的，该项任务由卡片标注的领导包抓，不再由板块包抓领导包抓。</span></p>
<p style="text-indent: 2em; line-height: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">任务卡“牵头单位”栏所列单位为牵头单位，“配合单位”栏所列单位为配合单位；只列“责任单位”栏的，排在第一位的为牵头单位，其余为配合单位，“备注”栏对牵头单位另有说明的，以备注为准。“责任村（社区）”栏所列村（社区）作为配合单位，在牵头单位指导下抓好落实。牵头单位要主动牵头、统筹协调，配合单位要各司其职、密切配合，形成工作合力。</span></p>
<p style="text-indent: 2em; line-height: 2em;"><span style="font-family: 黑体; font-size: 16pt;">三、强化督查考核</span></p>
<p style="text-indent: 2em; line-height: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">镇党政综合办公室（督查室）负责对重点工作任务实行清单化管理、台账式推进。各牵头单位于每月25日前将任务进展情况报送镇督查室，镇督查室每季度通报一次进展情况，结果纳入年度综合考核。对工作推进不力、影响全镇目标完成的，按有关规定严肃问责。</span></p>
<p style="text-indent: 2em; line-height: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">&nbsp;</span></p>
<p style="text-indent: 2em; line-height: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">附件：鹊山镇2025年重点工作任务分解方案</span></p>
<p style="text-indent: 2em; line-height: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">&nbsp;</span></p>
<p style="text-align: right; line-height: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">中共鹊山镇委员会　　　　鹊山镇人民政府</span></p>
<p style="text-align: right; line-height: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">2025年2月17日&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></p>
<p style="text-indent: 2em; line-height: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">（此件公开发布）</span></p>
"""


# ---------------------------------------------------------------- Nuxt payload (devalue-like)
def js(v, var):
    if isinstance(v, str):
        if v in var:
            return var[v]
        return json.dumps(v, ensure_ascii=False).replace("<", "\\u003C").replace("/", "\\u002F")
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return "null"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, list):
        return "[" + ",".join(js(x, var) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ",".join(f"{k}:{js(x, var)}" for k, x in v.items()) + "}"
    raise TypeError(v)


def payload():
    groups = []
    for p in PARTS:
        tasks = []
        for n, c in enumerate(p["cards"], 1):
            tasks.append(dict(sort=n, content=c["text"], tagList=[s for _, s in c["tags"]],
                              leadDept=c.get("lead", []), assistDept=c.get("assist", []), dutyDept=c.get("duty", []),
                              village=c.get("villages", []), leader=c.get("leader", ""), remark=c.get("note", ""),
                              deadline=c["deadline"], status=0))
        groups.append(dict(groupName=p["label"][2:], groupSort=len(groups) + 1,
                           leaders=[dict(name=n.replace("　", ""), post=t) for n, t in p["leaders"]], tasks=tasks))
    detail = dict(id=1183064, channelId=20317, title=TITLE, docNo="鹊党发〔2025〕5号", publisher="鹊山镇人民政府",
                  indexNo="115303270150123456\u002F2025-00031", writeDate="2025-02-17", publishDate="2025-02-19 10:32:16",
                  hits=1306, attachBoard=dict(boardTitle="鹊山镇2025年重点工作任务分解方案", groups=groups),
                  files=[dict(name="鹊山镇2025年重点工作任务分解方案.pdf", size="412KB",
                              url="\u002Fuploads\u002F2025\u002F02\u002F19\u002F1183064_01.pdf")])
    # repeated strings become function parameters, as devalue does
    cnt = {}

    def walk(v):
        if isinstance(v, str):
            cnt[v] = cnt.get(v, 0) + 1
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)
    walk(detail)
    reps = [s for s, k in sorted(cnt.items(), key=lambda kv: -kv[1]) if k >= 2 and len(s) > 1]
    letters = "abcdefghijklmnopqrstuvwxyz"
    names = [letters[i] if i < 26 else letters[i // 26 - 1] + letters[i % 26] for i in range(len(reps))]
    var = dict(zip(reps, names))
    args = ",".join(js(s, {}) for s in reps)
    body = js(detail, var)
    return (f'window.__NUXT__=(function({",".join(names)}){{return {{layout:"default",data:[{{detail:{body},'
            f'crumbs:[{{name:"首页",path:"\\u002F"}},{{name:"乡镇街道",path:"\\u002Fxzjd\\u002F"}},{{name:"鹊山镇",path:"\\u002Fxzjd\\u002Fqsz\\u002F"}},'
            f'{{name:"通知公告",path:"\\u002Fxzjd\\u002Fqsz\\u002Fzwgk_qsz\\u002Ftzgg_qsz\\u002F"}}]}}],fetch:{{}},error:null,'
            f'state:{{site:{{siteId:27,siteName:"蒲阳县人民政府"}}}},serverRendered:true,routePath:"\\u002Fxzjd\\u002Fqsz\\u002Fzwgk_qsz\\u002Ftzgg_qsz\\u002F202502\\u002Ft20250219_1183064.html",config:{{}}}}}}({args}));')


# ---------------------------------------------------------------- page chrome
def page():
    meta = [("索引号", "115303270150123456/2025-00031"), ("发布机构", "鹊山镇人民政府"), ("主题分类", "综合政务\\其他"),
            ("发文字号", "鹊党发〔2025〕5号"), ("成文日期", "2025-02-17"), ("发布日期", "2025-02-19"), ("有效性", "有效")]
    gk = f'<dl {VA} class="gk-meta">' + "".join(
        f'<div {VA} class="gk-meta__item"><dt {VA}>{k}：</dt><dd {VA}>{v}</dd></div>' for k, v in meta) + "</dl>"
    side_nav = ["镇情概况", "领导之窗", "机构职能", "政策文件", "通知公告", "工作动态", "财政信息", "重点领域信息公开"]
    side = (f'<aside {VA} class="side"><div {VA} class="side-box"><h4 {VA} class="side-box__hd">鹊山镇</h4><ul {VA} class="side-nav">'
            + "".join(f'<li {VA} class="{"is-active" if s == "通知公告" else ""}"><a {VA} href="https://www.puyangxian.gov.cn/xzjd/qsz/">{s}</a></li>' for s in side_nav)
            + f'</ul></div><div {VA} class="side-box"><h4 {VA} class="side-box__hd">热点信息</h4><ol {VA} class="hot-list">'
            + "".join(f'<li {VA}><span {VA} class="hot-list__no">{i}</span><a {VA} href="javascript:;">{t}</a></li>' for i, t in enumerate([
                "鹊山镇2025年春季森林防火“十不准”", "关于开展2025年度城乡居民医疗保险集中缴费的通知",
                "鹊山镇召开2025年经济工作暨“三级干部”大会", "鹊山镇2024年度财政预算执行情况公示",
                "关于公布鹊山镇2025年第一批公益性岗位人员名单的公告"], 1))
            + "</ol></div></aside>")
    header = (f'<header {VA} class="site-header"><div {VA} class="top-bar"><div {VA} class="w1200"><span {VA}>2025年02月19日 星期三</span>'
              f'<span {VA} class="top-bar__links"><a {VA} href="javascript:;">无障碍浏览</a><a {VA} href="javascript:;">长者模式</a>'
              f'<a {VA} href="javascript:;">English</a><a {VA} href="javascript:;">登录</a></span></div></div>'
              f'<div {VA} class="logo-bar w1200"><img {VA} src="{FILES}/logo.7a9e31c.png" alt="蒲阳县人民政府" class="logo">'
              f'<div {VA} class="search"><input {VA} type="text" placeholder="请输入关键词" class="search__input"><button {VA} class="search__btn">搜索</button></div></div>'
              f'<nav {VA} class="main-nav"><ul {VA} class="w1200">'
              + "".join(f'<li {VA} class="{"is-active" if s == "乡镇街道" else ""}"><a {VA} href="javascript:;">{s}</a></li>'
                        for s in ["首页", "走进蒲阳", "政务公开", "政务服务", "互动交流", "乡镇街道", "专题专栏"])
              + "</ul></nav></header>")
    crumbs = (f'<div {VA} class="crumbs w1200"><i {VA} class="el-icon-location-outline"></i>当前位置：'
              f'<a {VA} href="https://www.puyangxian.gov.cn/">首页</a><span {VA} class="sep">&gt;</span>'
              f'<a {VA} href="https://www.puyangxian.gov.cn/xzjd/">乡镇街道</a><span {VA} class="sep">&gt;</span>'
              f'<a {VA} href="https://www.puyangxian.gov.cn/xzjd/qsz/">鹊山镇</a><span {VA} class="sep">&gt;</span>'
              f'<a {VA} href="https://www.puyangxian.gov.cn/xzjd/qsz/zwgk_qsz/tzgg_qsz/">通知公告</a></div>')
    art_head = (f'<div {VA} class="article__hd"><h1 {VA} class="article__title">{TITLE}</h1>'
                f'<div {VA} class="article__info"><span {VA}>来源：鹊山镇人民政府</span><span {VA}>发布时间：2025-02-19 10:32</span>'
                f'<span {VA}>浏览次数：<em {VA} id="hits">1306</em></span><span {VA} class="font-size">字号：'
                f'<a {VA} href="javascript:;">大</a><a {VA} href="javascript:;" class="is-active">中</a><a {VA} href="javascript:;">小</a></span></div></div>')
    files = (f'<div {VA} class="article__files"><h4 {VA}>相关附件：</h4><ul {VA}><li {VA}><i {VA} class="el-icon-paperclip"></i>'
             f'<a {VA} href="https://www.puyangxian.gov.cn/uploads/2025/02/19/1183064_01.pdf" target="_blank">鹊山镇2025年重点工作任务分解方案.pdf</a>'
             f'<span {VA} class="size">（412KB）</span></li></ul></div>')
    tools = (f'<div {VA} class="article__tools"><div {VA} class="share">分享到：<a {VA} href="javascript:;" class="share__wx" title="微信"></a>'
             f'<a {VA} href="javascript:;" class="share__wb" title="微博"></a></div><div {VA} class="ops"><a {VA} href="javascript:window.print();">【打印本页】</a>'
             f'<a {VA} href="javascript:window.close();">【关闭窗口】</a></div></div>'
             f'<div {VA} class="article__pager"><p {VA}>上一篇：<a {VA} href="javascript:;">关于做好2025年春节期间安全生产工作的通知</a></p>'
             f'<p {VA}>下一篇：<a {VA} href="javascript:;">鹊山镇2025年度“三资”清产核资工作方案</a></p></div>')
    footer = (f'<footer {VA} class="site-footer"><div {VA} class="w1200"><div {VA} class="footer__links"><a {VA} href="javascript:;">网站地图</a>'
              f'<a {VA} href="javascript:;">联系我们</a><a {VA} href="javascript:;">隐私声明</a></div>'
              f'<p {VA}>主办：蒲阳县人民政府办公室　承办：蒲阳县融媒体中心　联系电话：0734-6821006</p>'
              f'<p {VA}>网站标识码：4304270019　<a {VA} href="javascript:;">湘ICP备18021637号-1</a>　<img {VA} src="{FILES}/gongan.png" alt="">湘公网安备 43042702000118号</p>'
              f'<div {VA} class="footer__badges"><img {VA} src="{FILES}/red.png" alt="党政机关"><img {VA} src="{FILES}/jiucuo.png" alt="政府网站找错"></div></div></footer>')
    article = (f'<div {VA} class="article">{art_head}{gk}<div {VA} class="article__content" id="zoom">{ARTICLE}</div>'
               f'{board()}{files}{tools}</div>')
    app = (f'<div id="__nuxt"><!----><div id="__layout"><div {VA} class="page page-detail">{header}{crumbs}'
           f'<div {VA} class="main w1200">{side}{article}</div>{footer}'
           f'<div {VA} class="back-top" style="display: none;"><i {VA} class="el-icon-caret-top"></i></div></div></div></div>')
    head = f"""<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html data-n-head-ssr="" lang="zh-CN" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22zh-CN%22%7D%7D"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>{TITLE}_通知公告_蒲阳县人民政府</title><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" name="SiteName" content="蒲阳县人民政府"><meta data-n-head="ssr" name="SiteDomain" content="www.puyangxian.gov.cn"><meta data-n-head="ssr" name="SiteIDCode" content="4304270019"><meta data-n-head="ssr" name="ColumnName" content="通知公告"><meta data-n-head="ssr" name="ArticleTitle" content="{TITLE}"><meta data-n-head="ssr" name="PubDate" content="2025-02-19 10:32"><meta data-n-head="ssr" name="ContentSource" content="鹊山镇人民政府"><link rel="preload" href="{FILES}/runtime.3b1a2f0.js" as="script"><link rel="preload" href="{FILES}/commons.app.9d0c4e7.js" as="script"><link rel="preload" href="{FILES}/app.51e2b88.js" as="script"><link rel="stylesheet" href="{FILES}/element-ui.1f0c2d4.css"><link rel="stylesheet" href="{FILES}/app.8ac3e01.css"><link rel="stylesheet" href="{FILES}/pages_detail.c47d2a9.css"></head>
<body>"""
    tail = (f'<script>{payload()}</script><script src="{FILES}/runtime.3b1a2f0.js" defer=""></script>'
            f'<script src="{FILES}/pages_detail.6f2b0d1.js" defer=""></script><script src="{FILES}/commons.app.9d0c4e7.js" defer=""></script>'
            f'<script src="{FILES}/app.51e2b88.js" defer=""></script>\n'
            f'<script type="text/javascript" src="{FILES}/jiucuo.js" id="_jiucuo_" sitecode="4304270019"></script>\n'
            f'<script>var _hmt = _hmt || [];</script>\n\n</body></html>\n')
    return head + app + tail


if __name__ == "__main__":
    html = page()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(html)
    print(OUT, len(html))
