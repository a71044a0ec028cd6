#!/usr/bin/python3
"""Generate 617: a 省农业农村厅 2025年工作要点任务分工 as a WeChat 公众号 article
saved by desktop Chrome (网页，全部), plus its task gold.

Deterministic: no clocks, no random numbers; every id and time is a constant.
"""
import html
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "617_kejiang_sheng_nongyenongcunting_gongzuo_yaodian_fengong_weixin"
NOTICE = os.path.join(HERE, NAME + ".html")
GOLD = os.path.join(HERE, NAME + ".tasks.gold.jsonl")

URL = "https://mp.weixin.qq.com/s/Qm7vXk2tRZp8cJwL4aHn0g"
FILES = "./珂江省农业农村厅印发2025年全省农业农村工作要点任务分工_files"
TITLE = "省农业农村厅印发2025年全省农业农村工作要点任务分工"

# ---------------------------------------------------------------- styles
P_BODY = ("text-indent: 2em;margin-bottom: 8px;line-height: 1.75em;"
          "text-align: justify;")
S_BODY = ("font-size: 15px;font-family: 仿宋, 仿宋_GB2312, FangSong;"
          "letter-spacing: 0.5px;color: rgb(62, 62, 62);")
S_KAI = ("font-size: 15px;font-family: 楷体, 楷体_GB2312, KaiTi;"
         "letter-spacing: 0.5px;color: rgb(62, 62, 62);")
S_BOLD = "font-weight: bold;"


def leaf(t):
    return '<span leaf="">%s</span>' % html.escape(t, quote=False)


def span(t, style=S_BODY):
    return '<span style="%s">%s</span>' % (style, leaf(t))


def para(inner, style=P_BODY):
    return '<p style="%s">%s</p>' % (style, inner)


def blank():
    return ('<section style="margin-bottom: 0px;line-height: 1.75em;">'
            '<span leaf=""><br class="ProseMirror-trailingBreak"></span>'
            '</section>')


def centered(t, size="20px", bold=True, color="rgb(0, 0, 0)",
             family="方正小标宋简体, 宋体, SimSun"):
    st = "font-size: %s;font-family: %s;color: %s;" % (size, family, color)
    inner = span(t, st)
    if bold:
        inner = '<strong>%s</strong>' % inner
    return ('<p style="text-align: center;margin-bottom: 8px;line-height: 1.75em;">'
            '%s</p>' % inner)


def right(t):
    return ('<p style="text-align: right;margin-bottom: 0px;line-height: 1.75em;'
            'margin-right: 2em;">%s</p>' % span(t))


def part_heading(t):
    # 135编辑器-style title bar: green badge and a bottom rule
    return (
        '<section class="_135editor" data-tools="135编辑器" data-id="94617" '
        'style="margin: 16px 0px 10px;">'
        '<section style="display: flex;justify-content: flex-start;'
        'align-items: flex-end;border-bottom: 1px solid rgb(46, 125, 50);">'
        '<section style="background-color: rgb(46, 125, 50);padding: 4px 12px;'
        'border-radius: 6px 6px 0px 0px;">'
        '<p style="margin-bottom: 0px;text-align: left;line-height: 1.6em;">'
        '<strong><span style="font-size: 16px;color: rgb(255, 255, 255);'
        'font-family: 黑体, SimHei;letter-spacing: 1px;">%s</span></strong></p>'
        '</section></section></section>' % leaf(t))


def img(fn, ratio, w, kind="png", extra=""):
    src = "https://mmbiz.qpic.cn/sz_mmbiz_%s/%s/640?wx_fmt=%s&amp;from=appmsg" % (
        kind, fn, kind)
    return (
        '<section style="text-align: center;margin-bottom: 0px;">'
        '<img class="rich_pages wxw-img" data-backh="%d" data-backw="578" '
        'data-imgfileid="%s" data-ratio="%s" data-s="300,640" data-src="%s" '
        'data-type="%s" data-w="%d" style="width: 100%%;height: auto !important;'
        'visibility: visible !important;" src="%s/640%s" _width="100%%" '
        'alt="图片" data-fail="0"></section>' % (
            int(578 * float(ratio)), fn[:9], ratio, src, kind, w, FILES, extra))


# ---------------------------------------------------------------- tasks
# (part index, title sentence, rest of text, clause pieces, gold)
# clause pieces: list of (text, style) spans that together print the clause.
# gold: (leaders, leads, coops)
PARTS = [
    "一、全力抓好粮食和重要农产品稳产保供",
    "二、持续巩固拓展脱贫攻坚成果",
    "三、加快推进农业科技和装备支撑",
    "四、做大做强乡村特色产业",
    "五、扎实推进宜居宜业和美乡村建设",
    "六、深化农村改革激发发展活力",
    "七、强化农业绿色发展和质量安全",
    "八、全面加强党的建设和机关自身建设",
]

T = []


def task(part, no, marker, title, rest, clause, leaders, leads, coops,
         clause_own_p=False, split_at=None):
    T.append(dict(part=part, no=no, marker=marker, title=title, rest=rest,
                  clause=clause, leaders=leaders, leads=leads, coops=coops,
                  own=clause_own_p, split=split_at))


task(0, 1, "1.", "稳定粮食播种面积和产量。",
     "严格落实粮食安全党政同责，将粮食生产目标任务分解下达到各市（州），确保全年粮食播种面积稳定在4650万亩以上、产量稳定在328亿斤以上。深入实施粮油作物大面积单产提升行动，建设整建制推进县32个，集成推广一批高产高效技术模式。",
     "（责任厅领导：林晓峰；牵头处室：种植业管理处；配合处室（单位）：发展规划处、计划财务处、省农业技术推广总站、省耕地质量与肥料工作站）",
     ["林晓峰"], ["种植业管理处"],
     ["发展规划处", "计划财务处", "省农业技术推广总站", "省耕地质量与肥料工作站"])
task(0, 2, "2.", "抓好油料和园艺作物生产。",
     "扩大大豆油料种植，推广大豆玉米带状复合种植120万亩，稳定冬油菜种植面积在900万亩以上。推进蔬菜、水果、茶叶等园艺作物标准化生产，新创建标准化生产基地40个。",
     "（责任厅领导：林晓峰；牵头处室：种植业管理处；配合处室（单位）：乡村产业发展处、省农业技术推广总站）",
     ["林晓峰"], ["种植业管理处"], ["乡村产业发展处", "省农业技术推广总站"])
task(0, 3, "3.", "强化耕地保护和质量提升。",
     "配合做好耕地保护和粮食安全责任制考核，分类有序推进撂荒地复耕复种。实施耕地质量保护与提升行动，开展酸化耕地治理45万亩，推广测土配方施肥2800万亩次，完成年度耕地质量等级变更评价。",
     "（责任厅领导：林晓峰；牵头处室：农田建设管理处、种植业管理处；配合处室（单位）：省耕地质量与肥料工作站，各市（州）农业农村局）",
     ["林晓峰"], ["农田建设管理处", "种植业管理处"],
     ["省耕地质量与肥料工作站", "各市（州）农业农村局"])
task(0, 4, "4.", "高质量推进高标准农田建设。",
     "新建和改造提升高标准农田185万亩，同步发展高效节水灌溉。落实高标准农田建设质量“终身责任制”，开展建设项目全过程质量监督，健全建后管护长效机制。",
     "（责任厅领导：林晓峰；牵头处室：农田建设管理处；配合处室（单位）：计划财务处、发展规划处、省耕地质量与肥料工作站）",
     ["林晓峰"], ["农田建设管理处"],
     ["计划财务处", "发展规划处", "省耕地质量与肥料工作站"])
task(0, 5, "5.", "稳定生猪等畜产品生产。",
     "落实生猪产能调控机制，能繁母猪存栏保持在正常保有量的合理区间。实施肉牛肉羊增量提质行动，扶持奶业发展，新创建畜禽养殖标准化示范场30个，肉蛋奶总产量稳定在615万吨以上。",
     "（责任厅领导：苏文清；牵头处室：畜牧兽医处；配合处室（单位）：计划财务处、省畜牧技术推广总站）",
     ["苏文清"], ["畜牧兽医处"], ["计划财务处", "省畜牧技术推广总站"])
task(0, 6, "6.", "推动渔业高质量发展。",
     "稳定水产养殖面积，发展稻渔综合种养210万亩，推进池塘标准化改造和养殖尾水治理。坚决落实长江十年禁渔要求，持续开展禁捕水域执法监管和退捕渔民安置保障工作。",
     "（责任厅领导：苏文清；牵头处室：渔业渔政处；配合处室（单位）：省水产技术推广总站、省农业综合行政执法监督局）",
     ["苏文清"], ["渔业渔政处"], ["省水产技术推广总站", "省农业综合行政执法监督局"])

task(1, 7, "7.", "健全防止返贫致贫监测帮扶机制。",
     "坚持集中排查和常态化监测相结合，对监测对象早发现、早干预、早帮扶，确保不发生规模性返贫致贫。推进防止返贫监测与低收入人口动态监测信息平台数据共享。",
     "（责任厅领导：袁　航；牵头处室：防止返贫监测帮扶处；配合处室（单位）：政策与改革处、省农业农村信息中心）",
     ["袁航"], ["防止返贫监测帮扶处"], ["政策与改革处", "省农业农村信息中心"])
task(1, 8, "8.", "强化产业和就业帮扶。",
     "中央和省级财政衔接推进乡村振兴补助资金用于产业发展的比重稳定在60%以上，支持脱贫地区培育壮大主导产业。稳定脱贫劳动力务工规模在185万人以上，用好帮扶车间和乡村公益性岗位。",
     "（责任厅领导：袁航、贺振宇；牵头处室：防止返贫监测帮扶处、乡村产业发展处；配合处室（单位）：计划财务处）",
     ["袁航", "贺振宇"], ["防止返贫监测帮扶处", "乡村产业发展处"], ["计划财务处"])
task(1, 9, "9.", "加强帮扶项目资产管理。",
     "健全衔接资金项目库，推进项目资产确权登记，分类做好经营性、公益性资产运营管护，确保帮扶项目资产持续发挥效益。",
     "（责任厅领导：袁航；牵头处室：计划财务处；配合处室（单位）：防止返贫监测帮扶处、农村合作经济指导处）",
     ["袁航"], ["计划财务处"], ["防止返贫监测帮扶处", "农村合作经济指导处"])
task(1, 10, "10.", "深化驻村帮扶和社会帮扶。",
     "加强驻村第一书记和工作队选派管理，落实定期轮换和考核激励制度。深化东西部协作和省内对口帮扶，动员引导民营企业、社会组织参与乡村振兴。",
     "（责任厅领导：袁航；牵头处室：驻村帮扶处；配合处室（单位）：社会帮扶处、机关党委（人事处））",
     ["袁航"], ["驻村帮扶处"], ["社会帮扶处", "机关党委（人事处）"])

task(2, 11, "11.", "深入实施种业振兴行动。",
     "加快省级农业种质资源库（圃）建设，开展种质资源精准鉴定。推进育种联合攻关，培育审定一批突破性新品种，建设国家级制种大县和区域性良种繁育基地，开展种业市场净化行动。",
     "（责任厅领导：邵敏；牵头处室：种业管理处；配合处室（单位）：科技教育处、省种业发展中心、省农业综合行政执法监督局）",
     ["邵敏"], ["种业管理处"],
     ["科技教育处", "省种业发展中心", "省农业综合行政执法监督局"])
task(2, 12, "12.", "强化农业科技创新和推广。",
     "优化省级现代农业产业技术体系，围绕产业关键环节组织开展技术攻关。深化基层农技推广体系改革，实施农业重大技术协同推广计划，全省农业科技进步贡献率达到64%。",
     "（责任厅领导：邵敏；牵头处室：科技教育处；配合处室（单位）：种植业管理处，畜牧兽医处、渔业渔政处、省农业技术推广总站）",
     ["邵敏"], ["科技教育处"],
     ["种植业管理处", "畜牧兽医处", "渔业渔政处", "省农业技术推广总站"])
task(2, 13, "13.", "提升农业机械化水平。",
     "落实农机购置与应用补贴政策，加快丘陵山区适用小型机械和园艺机械研发推广，开展农机研发制造推广应用一体化试点，农作物耕种收综合机械化率达到75%。",
     "（责任厅领导：邵敏；牵头处室：农业机械化管理处；配合处室（单位）：计划财务处、省农业机械化技术推广站）",
     ["邵敏"], ["农业机械化管理处"], ["计划财务处", "省农业机械化技术推广站"],
     split_at="省农业机械化")
task(2, 14, "14.", "加快发展智慧农业。",
     "实施智慧农业建设项目，建设数字农业应用场景30个，推进农业农村大数据平台迭代升级，完善重要农产品全产业链监测预警体系。",
     "（责任厅领导：贺振宇；牵头处室：市场与信息化处；配合处室（单位）：省农业农村信息中心）",
     ["贺振宇"], ["市场与信息化处"], ["省农业农村信息中心"])
task(2, 15, "15.", "加强高素质农民培育。",
     "实施高素质农民培育计划，培育高素质农民2.6万人，开展农村实用人才带头人和乡村产业振兴带头人培训，推进乡村工匠培育。",
     "（责任厅领导：邵敏；牵头处室：科技教育处；配合处室（单位）：机关党委（人事处）、省农业广播电视学校）",
     ["邵敏"], ["科技教育处"], ["机关党委（人事处）", "省农业广播电视学校"])

task(3, 16, "16.", "壮大乡村特色产业。",
     "围绕粮油、生猪、茶叶、柑橘、蔬菜、中药材等优势特色产业，打造全产业链，新创建国家级和省级现代农业产业园12个、农业产业强镇20个，培育一批产值超百亿元的县域特色产业集群。",
     "（责任厅领导：贺振宇；牵头处室：乡村产业发展处；配合处室（单位）：计划财务处、市场与信息化处，各市（州）农业农村局）",
     ["贺振宇"], ["乡村产业发展处"],
     ["计划财务处", "市场与信息化处", "各市（州）农业农村局"])
task(3, 17, "17.", "推进农产品加工业提质增效。",
     "实施农产品加工业提升行动，支持农业产业化龙头企业建设标准原料基地和精深加工生产线，农产品加工业产值与农业总产值之比达到2.6∶1。培育壮大乡村休闲旅游、农村电商等新产业新业态。",
     "（责任厅领导：贺振宇；牵头处室：乡村产业发展处；配合处室（单位）：农村合作经济指导处、市场与信息化处）",
     ["贺振宇"], ["乡村产业发展处"], ["农村合作经济指导处", "市场与信息化处"],
     clause_own_p=True)
task(3, 18, "18.", "加强农业品牌建设和市场营销。",
     "实施“珂字号”农业品牌提升行动，培育区域公用品牌、企业品牌和农产品品牌，组织参加中国国际农产品交易会等重大展会，加强农产品产销对接。",
     "（责任厅领导：贺振宇；牵头处室：市场与信息化处；配合处室（单位）：乡村产业发展处、农产品质量安全监管处、省农产品质量安全中心）",
     ["贺振宇"], ["市场与信息化处"],
     ["乡村产业发展处", "农产品质量安全监管处", "省农产品质量安全中心"])
task(3, 19, "19．", "培育新型农业经营主体和服务主体。",
     "开展农民合作社质量提升整县推进和家庭农场示范创建，发展农业社会化服务，农业生产托管服务面积达到3200万亩次。",
     "（责任厅领导：贺振宇；牵头处室：农村合作经济指导处；配合处室（单位）：省农村经营管理站）",
     ["贺振宇"], ["农村合作经济指导处"], ["省农村经营管理站"])
task(3, 20, "20.", "多渠道促进农民增收。",
     "落实促进农民增收若干措施，拓宽农民经营性、工资性、财产性收入渠道，农村居民人均可支配收入增长6.5%左右。",
     "（责任厅领导：郑怀远、贺振宇；牵头处室：政策与改革处、乡村产业发展处；配合处室（单位）：防止返贫监测帮扶处、农村合作经济指导处）",
     ["郑怀远", "贺振宇"], ["政策与改革处", "乡村产业发展处"],
     ["防止返贫监测帮扶处", "农村合作经济指导处"])

task(4, 21, "21.", "学习运用“千万工程”经验。",
     "因地制宜推进宜居宜业和美乡村建设，新建省级和美乡村示范村200个。配合做好乡村建设规划编制实施，推动农村基础设施和基本公共服务向村覆盖、往户延伸。",
     "（责任厅领导：袁　航；牵头处室：乡村建设促进处；配合处室（单位）：发展规划处、计划财务处）",
     ["袁航"], ["乡村建设促进处"], ["发展规划处", "计划财务处"])
task(4, 22, "22.", "深入推进农村人居环境整治提升。",
     "扎实推进农村改厕，农村卫生厕所普及率达到78%，统筹抓好厕所粪污和生活污水治理，健全农村生活垃圾收运处置体系，持续开展村庄清洁行动。",
     "（责任厅领导：袁航；牵头处室:乡村建设促进处；配合处室（单位）：农村社会事业促进处、省农业生态环境保护与农村能源总站）",
     ["袁航"], ["乡村建设促进处"],
     ["农村社会事业促进处", "省农业生态环境保护与农村能源总站"])
task(4, 23, "23.", "提升乡村治理效能。",
     "推广运用积分制、清单制、数字化等治理方式，开展乡村治理示范村镇创建，推进农村移风易俗，整治高额彩礼、大操大办等突出问题。",
     "（责任厅领导：袁航；牵头处室：农村社会事业促进处；配合处室（单位）：政策与改革处、机关党委（人事处））",
     ["袁航"], ["农村社会事业促进处"], ["政策与改革处", "机关党委（人事处）"])
task(4, 24, "24.", "办好中国农民丰收节。",
     "坚持农民主体、因地制宜、节俭热烈，组织开展全省农民丰收节系列庆祝活动，营造全社会关注农业、关心农村、关爱农民的浓厚氛围。",
     "（责任厅领导：袁航；牵头处室：农村社会事业促进处；配合处室（单位）：办公室、市场与信息化处）",
     ["袁航"], ["农村社会事业促进处"], ["办公室", "市场与信息化处"])

task(5, 25, "25.", "巩固和完善农村基本经营制度。",
     "稳妥有序推进第二轮土地承包到期后再延长三十年试点，扩大整县试点范围。健全土地经营权流转服务体系，规范流转交易行为。",
     "（责任厅领导：贺振宇；牵头处室：农村合作经济指导处；配合处室（单位）：政策与改革处、省农村经营管理站）",
     ["贺振宇"], ["农村合作经济指导处"], ["政策与改革处", "省农村经营管理站"])
task(5, 26, "26.", "发展新型农村集体经济。",
     "巩固提升农村集体产权制度改革成果，规范农村集体经济组织运行管理，开展农村集体资产监管提质增效行动，集体经济收入10万元以上的村占比提高到70%。",
     "（责任厅领导：贺振宇；牵头处室：农村合作经济指导处；配合处室（单位）：计划财务处、省农村经营管理站）",
     ["贺振宇"], ["农村合作经济指导处"], ["计划财务处", "省农村经营管理站"])
task(5, 27, "27.", "稳慎推进农村宅基地制度改革。",
     "规范农村宅基地审批管理，配合开展房地一体宅基地确权登记颁证，探索闲置宅基地和闲置住宅盘活利用有效途径。",
     "（责任厅领导：贺振宇；牵头处室：政策与改革处）",
     ["贺振宇"], ["政策与改革处"], [])
task(5, 28, "28.", "强化农业农村投入保障和法治建设。",
     "健全农业农村投入稳定增长机制，用好地方政府专项债券和金融支农政策，扩大农业保险覆盖面。加快《珂江省乡村振兴促进条例》配套制度建设，深入开展农业农村法治宣传教育。",
     "（责任厅领导：郑怀远；牵头处室：计划财务处、法规处；配合处室（单位）：发展规划处、政策与改革处）",
     ["郑怀远"], ["计划财务处", "法规处"], ["发展规划处", "政策与改革处"])

task(6, 29, "29.", "持续推进农业绿色发展。",
     "深入推进化肥农药减量增效，主要农作物化肥、农药利用率稳定在43%以上。秸秆综合利用率达到93%以上，畜禽粪污综合利用率达到80%以上，加强农膜回收处置。",
     "（责任厅领导：林晓峰；牵头处室：农业生态与资源保护处；配合处室（单位）：种植业管理处、畜牧兽医处、省农业生态环境保护与农村能源总站）",
     ["林晓峰"], ["农业生态与资源保护处"],
     ["种植业管理处", "畜牧兽医处", "省农业生态环境保护与农村能源总站"])
task(6, 30, "30.", "加强农产品质量安全监管。",
     "深入实施食用农产品承诺达标合格证制度，开展豇豆等重点品种农药残留突出问题攻坚治理，例行监测总体合格率稳定在98%以上。",
     "（责任厅领导：冯建华；牵头处室：农产品质量安全监管处；配合处室（单位）：省农产品质量安全中心、省农业综合行政执法监督局）",
     ["冯建华"], ["农产品质量安全监管处"],
     ["省农产品质量安全中心", "省农业综合行政执法监督局"])
task(6, 31, "31.", "抓好动物疫病防控。",
     "落实非洲猪瘟、高致病性禽流感等重大动物疫病强制免疫和常态化防控措施，加强动物检疫监督和病死畜禽无害化处理，确保不发生区域性重大动物疫情。",
     "（责任厅领导：唐国栋；牵头处室：畜牧兽医处；配合处室（单位）：省动物疫病预防控制中心、省农业综合行政执法监督局）",
     ["唐国栋"], ["畜牧兽医处"],
     ["省动物疫病预防控制中心", "省农业综合行政执法监督局"])

task(7, 32, "32.", "加强党的政治建设和思想建设。",
     "深入学习贯彻习近平新时代中国特色社会主义思想，落实“第一议题”制度，巩固拓展深入贯彻中央八项规定精神学习教育成果，推进模范机关建设。",
     "（责任厅领导：郑怀远；牵头处室：机关党委（人事处）；配合处室（单位）：办公室、厅机关各处室、各直属单位）",
     ["郑怀远"], ["机关党委（人事处）"], ["办公室", "厅机关各处室", "各直属单位"])
task(7, 33, "33.", "持续深化全面从严治党。",
     "落实全面从严治党主体责任，加强对权力运行的制约和监督，深化农业农村领域群众身边不正之风和腐败问题集中整治，锲而不舍纠治“四风”。",
     "（责任厅领导：厅领导班子成员；牵头处室：机关党委（人事处）；配合处室（单位）：厅机关各处室、各直属单位）",
     [], ["机关党委（人事处）"], ["厅机关各处室", "各直属单位"])
task(7, 34, "34.", "提升机关运行效能。",
     "加强督查督办和政务信息、新闻宣传工作，做好信访维稳和安全生产，统筹抓好农业农村系统“十五五”规划编制前期工作。",
     "（责任厅领导：郑怀远、冯建华；牵头处室：办公室、发展规划处；配合处室（单位）：厅机关各处室、各直属单位）",
     ["郑怀远", "冯建华"], ["办公室", "发展规划处"], ["厅机关各处室", "各直属单位"])


def task_html(t):
    head = '<strong>%s</strong>' % span(t["marker"] + t["title"], S_BODY)
    body = span(t["rest"])
    cl = t["clause"]
    if t["split"]:
        i = cl.index(t["split"]) + len(t["split"])
        clause = span(cl[:i], S_KAI) + span(cl[i:], S_KAI)
    else:
        clause = span(cl, S_KAI)
    if t["own"]:
        return para(head + body) + para(clause)
    return para(head + body + clause)


# ---------------------------------------------------------------- article body
def content():
    c = []
    c.append(img("Wk3QpFz0eYJc8Ld1GqCvRTb5nXh2aMiUoS4PjK7wBZyd", "0.1685185185185185",
                 1080, "gif", ".gif"))
    c.append(para(span("近日，省农业农村厅印发《2025年全省农业农村工作要点任务分工》，"
                       "明确了8个方面34项重点工作的责任厅领导、牵头处室和配合处室（单位）。全文如下：")))
    c.append(blank())
    c.append(centered("珂江省农业农村厅", size="22px", color="rgb(255, 0, 0)"))
    c.append(centered("珂农发〔2025〕4号", size="15px", bold=False,
                      family="仿宋, 仿宋_GB2312, FangSong"))
    c.append(blank())
    c.append(centered("珂江省农业农村厅关于印发《2025年全省农业农村工作要点任务分工》的通知",
                      size="18px"))
    c.append(blank())
    c.append('<p style="margin-bottom: 8px;line-height: 1.75em;text-align: justify;">%s</p>'
             % span("各市（州）农业农村局，厅机关各处室、各直属单位："))
    c.append(para(span("为深入贯彻落实中央农村工作会议、中央一号文件和省委农村工作会议精神，"
                       "扎实推进乡村全面振兴，我厅研究制定了《2025年全省农业农村工作要点任务分工》，"
                       "经厅党组会议审议通过，现印发给你们，请结合实际认真抓好贯彻落实。")))
    c.append(para(span("各项任务的责任厅领导负责统筹调度，牵头处室负总责、抓推进，配合处室（单位）"
                       "按职责分工积极配合、形成合力。牵头处室有两个的，排在第一位的为主牵头处室。"
                       "各市（州）农业农村局要对照任务分工，细化本地区落实措施。厅办公室将会同机关党委"
                       "（人事处）对重点任务落实情况进行跟踪督办，请各牵头处室于每季度最后一个月20日前"
                       "将工作进展情况报厅办公室。")))
    c.append(blank())
    c.append(right("珂江省农业农村厅"))
    c.append(right("2025年2月24日"))
    c.append(para(span("（此件公开发布）")))
    c.append(blank())
    c.append(centered("2025年全省农业农村工作要点任务分工", size="18px"))
    c.append(blank())
    c.append(para(span("2025年是“十四五”规划收官之年，也是谋划“十五五”发展的关键之年。"
                       "全省农业农村工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，"
                       "全面贯彻党的二十大和二十届二中、三中全会精神，深入贯彻习近平总书记关于“三农”"
                       "工作的重要论述，锚定建设农业强省目标，以确保粮食安全、确保不发生规模性返贫"
                       "致贫为底线，以提升乡村产业发展水平、提升乡村建设水平、提升乡村治理水平为重点，"
                       "扎实推进乡村全面振兴。重点抓好以下8个方面34项工作。")))
    cur = None
    for t in T:
        if t["part"] != cur:
            cur = t["part"]
            c.append(part_heading(PARTS[cur]))
        c.append(task_html(t))
    c.append(blank())
    c.append(img("Hn6rTq1LbXc9VeW2sPmZk5GdJ0yAfUo3iR8tNwQ4hB7x", "0.5625", 1080, "jpeg",
                 "(1)"))
    c.append(blank())
    small = ("font-size: 13px;color: rgb(136, 136, 136);font-family: 微软雅黑, "
             "Microsoft YaHei;letter-spacing: 0.5px;")
    for t in ("来源：珂江省农业农村厅办公室", "编辑：方晓蕾　校对：徐子墨",
              "审核：钟立伟"):
        c.append('<p style="text-align: left;margin-bottom: 0px;line-height: 1.75em;">'
                 '%s</p>' % span(t, small))
    c.append(blank())
    c.append('<section style="margin: 10px 0px;"><p style="text-align: center;'
             'margin-bottom: 6px;"><strong>%s</strong></p>' % span(
                 "往期推荐", "font-size: 15px;color: rgb(46, 125, 50);letter-spacing: 2px;"))
    recs = [
        ("全省农业农村工作会议在珂州召开", "2247501533", "1"),
        ("权威发布｜2024年全省粮食总产量再创新高", "2247501498", "1"),
        ("省农业农村厅召开2025年春季农业生产工作调度会", "2247501461", "2"),
    ]
    for tt, mid, idx in recs:
        c.append('<p style="text-align: left;margin-bottom: 4px;line-height: 1.6em;">'
                 '<a target="_blank" href="https://mp.weixin.qq.com/s?__biz=MzI4NTc3MTQ2Mg==&amp;'
                 'mid=%s&amp;idx=%s&amp;sn=5e0f3a7c9b1d24e6a8c0f2b4d6e8a0c2&amp;scene=21#wechat_redirect" '
                 'textvalue="%s" linktype="text" imgurl="" imgdata="null" data-itemshowtype="0" '
                 'tab="innerlink" data-linktype="2"><span style="font-size: 14px;color: '
                 'rgb(2, 30, 170);">%s</span></a></p>' % (mid, idx, tt, leaf(tt)))
    c.append('</section>')
    c.append(img("Pz8sLm2QvRb7XkN0cJdT4gWfYa9eUi1Ho5nKtSqB3Mwy", "0.4444444444444444",
                 1080, "png", "(2).png"))
    c.append('<p style="display: none;"><mp-style-type data-value="3"></mp-style-type></p>')
    return "".join(c)


def page():
    desc = "近日，省农业农村厅印发《2025年全省农业农村工作要点任务分工》，明确了8个方面34项重点工作的责任厅领导、牵头处室和配合处室（单位）。"
    head = f'''<!DOCTYPE html>
<!-- saved from url=(0050){URL} -->
<html class=""><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta name="apple-mobile-web-app-capable" content="yes">
<meta name="apple-mobile-web-app-status-bar-style" content="black">
<meta name="format-detection" content="telephone=no">
<meta name="referrer" content="origin-when-cross-origin">
<meta name="referrer" content="strict-origin-when-cross-origin">

<script type="text/javascript" nonce="1183549807" reportloaderror="">
  window.logs = {{
    pagetime: {{}}
  }};
  window.logs.pagetime['html_begin'] = (+new Date());
</script>

<meta name="description" content="{desc}">
<meta name="author" content="珂江农业农村">
<meta property="og:title" content="{TITLE}">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzI4NTc3MTQ2Mg==&amp;mid=2247501587&amp;idx=1&amp;sn=b3d71f0c9a2e45d8e1c6f7a08b9d2e31&amp;chksm=ebe2d5a1dc955cb7f3a0e6c1d9b48e27a5f0c3d1e6b92a7f4c8d0e3b5a6f1c2d9e7b4a8c0f3e&amp;scene=27#wechat_redirect">
<meta property="og:image" content="https://mmbiz.qpic.cn/sz_mmbiz_jpg/Hn6rTq1LbXc9VeW2sPmZk5GdJ0yAfUo3iR8tNwQ4hB7x/0?wx_fmt=jpeg">
<meta property="og:description" content="{desc}">
<meta property="og:site_name" content="微信公众平台">
<meta property="og:type" content="article">
<meta property="og:article:author" content="珂江农业农村">
<meta property="twitter:card" content="summary">
<meta property="twitter:image" content="https://mmbiz.qpic.cn/sz_mmbiz_jpg/Hn6rTq1LbXc9VeW2sPmZk5GdJ0yAfUo3iR8tNwQ4hB7x/0?wx_fmt=jpeg">
<meta property="twitter:title" content="{TITLE}">
<meta property="twitter:creator" content="珂江农业农村">
<meta property="twitter:site" content="微信公众平台">
<meta property="twitter:description" content="{desc}">

<title>{TITLE}</title>
<link rel="shortcut icon" type="image/x-icon" href="https://res.wx.qq.com/a/wx_fed/assets/res/NTI4MWU5.ico">
<link rel="mask-icon" href="https://res.wx.qq.com/a/wx_fed/assets/res/MjliNWVm.svg" color="#4C4C4C">
<link rel="apple-touch-icon-precomposed" href="https://res.wx.qq.com/a/wx_fed/assets/res/OTE0YTAw.png">

<link rel="stylesheet" href="{FILES}/appmsg.html4a2c7e9.css">
<link rel="stylesheet" href="{FILES}/weui.min.css">
<style>
  .rich_media_content {{ overflow: hidden; color: rgba(0,0,0,0.9); font-size: 17px; line-height: 1.6; }}
  .rich_media_content * {{ max-width: 100% !important; box-sizing: border-box !important; -webkit-box-sizing: border-box !important; word-wrap: break-word !important; }}
  .rich_media_content p {{ clear: both; min-height: 1em; }}
  .rich_media_content em {{ font-style: italic; }}
  .rich_media_content fieldset {{ min-width: 0; }}
  .rich_media_content .list-paddingleft-2 {{ padding-left: 2.2em; }}
  .rich_media_content blockquote {{ margin: 0; padding-left: 10px; border-left: 3px solid #DBDBDB; }}
  img.emotion_img {{ width: 20px; height: 20px; vertical-align: text-bottom; }}
  .wx_tap_link {{ -webkit-tap-highlight-color: transparent; }}
</style>
<script type="text/javascript" nonce="1183549807">
    var biz = "MzI4NTc3MTQ2Mg==" || "";
    var sn = "b3d71f0c9a2e45d8e1c6f7a08b9d2e31" || "" || "";
    var mid = "2247501587" || "" || "";
    var idx = "1" || "" || "";
    window.__allowLoadResFromMp = true;
</script>
<script type="text/javascript" nonce="1183549807">
    var msg_title = '{TITLE}'.html(false);
    var msg_desc = htmlDecode("{desc}");
    var msg_cdn_url = "https://mmbiz.qpic.cn/sz_mmbiz_jpg/Hn6rTq1LbXc9VeW2sPmZk5GdJ0yAfUo3iR8tNwQ4hB7x/0?wx_fmt=jpeg";
    var msg_link = "http://mp.weixin.qq.com/s?__biz=MzI4NTc3MTQ2Mg==&amp;mid=2247501587&amp;idx=1&amp;sn=b3d71f0c9a2e45d8e1c6f7a08b9d2e31&amp;chksm=ebe2d5a1dc955cb7f3a0e6c1d9b48e27a5f0c3d1e6b92a7f4c8d0e3b5a6f1c2d9e7b4a8c0f3e#rd";
    var user_uin = "0" * 1;
    var nickname = htmlDecode("珂江农业农村");
    var user_name = "gh_7c3e1a9f5b2d";
    var ct = "1740651600";
    var create_time = "1740651600" * 1;
    var publish_time = "2025-02-27" || "";
    var source_url = "";
    var copyright_stat = "1";
    var ip_wording = {{ countryName: '中国', countryId: '156', provinceName: '', provinceId: '', cityName: '', cityId: '' }};
    var item_show_type = "0";
    var hd_head_img = "http://wx.qlogo.cn/mmhead/Q3auHgzwzM6bX0rW4bFtqkC1dPyIuHp8vV2GnE3ib0XkY0ib8pCaw/0" || "";
</script>
<script type="text/javascript" src="{FILES}/appmsg.js.下载"></script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg  appmsg_skin_default appmsg_style_default not_in_mm" ontouchstart="">

<script type="text/javascript" nonce="1183549807">
  var __INLINE_SCRIPT__ = true;
  window.logs.pagetime['body_begin'] = (+new Date());
</script>

<div id="js_article" class="rich_media">
  <div id="js_top_ad_area" class="top_banner"></div>
  <div class="rich_media_inner">
    <div id="page-content" class="rich_media_area_primary">
      <div class="rich_media_area_primary_inner">
        <div id="img-content" class="rich_media_wrp">
          <h1 class="rich_media_title " id="activity-name">
            {TITLE}
          </h1>
          <div id="meta_content" class="rich_media_meta_list">
            <span id="copyright_logo" class="wx_tap_link js_wx_tap_highlight rich_media_meta icon_appmsg_tag appmsg_title_tag weui-wa-hotarea">原创</span>
            <span class="rich_media_meta rich_media_meta_text">
              珂江农业农村
            </span>
            <span class="rich_media_meta rich_media_meta_nickname" id="profileBt">
              <a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">
                珂江农业农村
              </a>
              <div id="js_profile_qrcode" aria-hidden="true" class="profile_container" style="display:none;">
                <div class="profile_inner">
                  <strong class="profile_nickname">珂江农业农村</strong>
                  <img class="profile_avatar" id="js_profile_qrcode_img" src="{FILES}/0" alt="">
                  <p class="profile_meta">
                    <label class="profile_meta_label">微信号</label>
                    <span class="profile_meta_value">kejiangnync</span>
                  </p>
                  <p class="profile_meta">
                    <label class="profile_meta_label">功能介绍</label>
                    <span class="profile_meta_value">珂江省农业农村厅官方微信公众号，发布全省农业农村政策、动态和服务信息。</span>
                  </p>
                </div>
                <span class="profile_arrow_wrp" id="js_profile_arrow_wrp">
                  <i class="profile_arrow arrow_out"></i>
                  <i class="profile_arrow arrow_in"></i>
                </span>
              </div>
            </span>
            <em id="publish_time" class="rich_media_meta rich_media_meta_text">2025年02月27日 18:20</em>
            <em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text" style="display: none;"><span id="js_ip_wording"></span></em>
          </div>
          <div id="js_tags_preview_toast" class="article-tag__error-tips" style="display: none;">预览时标签不可点</div>
          <div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: visible;">'''
    tail = f'''</div>
          <script type="text/javascript" nonce="1183549807">
            var first_sceen__time = (+new Date());
            if ("" == 1 && document.getElementById('js_content')) {{
              document.getElementById('js_content').addEventListener("selectstart",function(e){{ e.preventDefault(); }});
            }}
          </script>
          <div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display: none;"></div>
          <div class="reward_area tc reward_area_primary" id="js_preview_reward_author" style="display: none;"></div>
          <div class="article-tag_list-wrp" id="js_tags">
            <span class="article-tag__list-label">收录于合集</span>
            <a class="wx_tap_link js_wx_tap_highlight article-tag__item" href="javascript:void(0);">#工作部署 <span class="article-tag__item-num">36个</span></a>
          </div>
        </div>
        <div class="rich_media_tool_area" id="js_toobar3">
          <div class="rich_media_tool">
            <div id="js_read_area3" class="media_tool_meta tips_global_primary meta_primary" style="display:none;">阅读 <span id="readNum3"></span></div>
            <a class="wx_tap_link js_wx_tap_highlight media_tool_meta meta_extra" href="javascript:void(0);" id="js_view_source" style="display:none;">阅读原文</a>
          </div>
        </div>
        <div id="js_pc_qr_code" class="qr_code_pc_outer" style="display: block;">
          <div class="qr_code_pc_inner">
            <div class="qr_code_pc">
              <img id="js_pc_qr_code_img" class="qr_code_pc_img" src="{FILES}/showqrcode" alt="">
              <p>微信扫一扫<br>关注该公众号</p>
            </div>
          </div>
        </div>
      </div>
    </div>
    <div id="js_bottom_ad_area"></div>
    <div class="rich_media_area_extra">
      <div class="rich_media_area_extra_inner">
        <div id="js_related_area" class="related_area">
          <p class="related_area_title">喜欢此内容的人还喜欢</p>
        </div>
        <div class="weui-dialog__wrp" id="js_cmt_wrp" style="display:none;">
          <p class="discuss_title">留言</p>
          <p class="discuss_tips">暂无留言</p>
        </div>
      </div>
    </div>
  </div>
  <div id="js_pc_weapp_code" class="weapp_code_pc_outer" style="display:none;">
    <div class="weapp_code_pc_inner"><div class="weapp_code_pc"><img id="js_pc_weapp_code_img" class="weapp_code_pc_img" alt=""><p id="js_pc_weapp_code_des">微信扫一扫<br>使用小程序</p></div></div>
  </div>
</div>

<div id="js_minipro_dialog" style="display:none;">
  <div class="weui-mask"></div>
  <div class="weui-dialog">
    <div class="weui-dialog__bd">即将打开"<span id="js_minipro_dialog_name"></span>"小程序</div>
    <div class="weui-dialog__ft">
      <a href="javascript:void(0);" class="weui-dialog__btn weui-dialog__btn_default" id="js_minipro_dialog_cancel">取消</a>
      <a href="javascript:void(0);" class="weui-dialog__btn weui-dialog__btn_primary" id="js_minipro_dialog_ok">打开</a>
    </div>
  </div>
</div>

<div class="weui-dialog__wrp" id="js_alert_panel" style="display:none;">
  <div class="weui-mask"></div>
  <div class="weui-dialog">
    <div class="weui-dialog__bd"><strong class="weui-dialog__title">提示</strong><p class="weui-dialog__desc" id="js_alert_content"></p></div>
    <div class="weui-dialog__ft"><a href="javascript:void(0);" class="weui-dialog__btn weui-dialog__btn_primary" id="js_alert_confirm">知道了</a></div>
  </div>
</div>

<div class="wx_stream_article_slide_tip" id="js_stream_tip" style="display:none;">
  <span class="wx_stream_article_slide_tip_text">继续滑动看下一个</span>
</div>

<div id="unlogin_bottom_bar" class="wx_follow_context" style="display:none;">
  <div class="wx_follow_media">
    <div class="wx_follow_avatar"><img class="wx_follow_avatar_pic" src="{FILES}/0(1)" alt=""></div>
    <div class="wx_follow_info"><div class="wx_follow_nickname">珂江农业农村</div></div>
  </div>
  <div class="wx_follow_btn_wrp"><button type="button" class="weui-btn weui-btn_mini weui-btn_primary wx_follow_btn">关注</button></div>
</div>

<div class="wx_bottom_toolbar" id="js_article_bottom_bar" aria-hidden="true">
  <div class="interaction_bar">
    <span class="wx_tap_link" aria-label="分享">分享</span>
    <span class="wx_tap_link" aria-label="留言">留言</span>
    <span class="wx_tap_link" aria-label="收藏">收藏</span>
    <span class="wx_tap_link" aria-label="听过">听过</span>
  </div>
  <div class="like_bar">
    <button class="sns_opr_btn sns_praise_btn" type="button" aria-label="赞，轻点两下取消赞">赞</button>
    <button class="sns_opr_btn sns_like_btn" type="button" aria-label="在看，轻点两下取消在看">在看</button>
  </div>
</div>

<div class="weui-dialog__wrp" id="js_share_dialog" style="display:none;">
  <div class="weui-mask"></div>
  <div class="weui-dialog">
    <div class="weui-dialog__bd">微信扫一扫可打开此内容，<br>使用完整服务</div>
    <div class="weui-dialog__ft"><a href="javascript:void(0);" class="weui-dialog__btn weui-dialog__btn_default">取消</a><a href="javascript:void(0);" class="weui-dialog__btn weui-dialog__btn_primary">允许</a></div>
  </div>
</div>

<script type="text/javascript" nonce="1183549807">
  window.__second_open__ = false;
  var real_show_page_time = (+new Date());
  var page_begintime = (+new Date());
  window.logs.pagetime['body_end'] = (+new Date());
</script>
<script type="text/javascript" src="{FILES}/appmsg.4a2c7e9.js.下载"></script>
<script type="text/javascript" src="{FILES}/wxwork_hidden.js.下载"></script>

</body></html>'''
    return head + content() + tail


def gold():
    rows = []
    for t in T:
        text = t["title"] + t["rest"]
        rows.append({
            "id": str(t["no"]),
            "marker": t["marker"],
            "head": text[:12],
            "responsible_units": t["leads"] + t["coops"],
            "lead_units": t["leads"],
            "cooperating_units": t["coops"],
            "leaders": t["leaders"],
            "deadline": None,
        })
    return rows


def main():
    with open(NOTICE, "w", encoding="utf-8", newline="\n") as f:
        f.write(page())
    with open(GOLD, "w", encoding="utf-8", newline="\n") as f:
        for r in gold():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(NOTICE, len(T), "tasks")


if __name__ == "__main__":
    main()
