#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Round 93, notice 477 (control case).

A 省教育厅 notice printing its 2025年工作要点, each item closing with the
responsible 处室（单位）, as the department's website shows it, saved from
Chrome with "网页，全部" (saved-from comment, links rewritten to the _files
folder, the DOM serialised: LF line ends, entities resolved except &nbsp;).
"""
import os

NAME = "477_tingchuan_sheng_jiaoyuting_gongzuo_yaodian.html"
FILES = "./汀川省教育厅关于印发《汀川省教育厅2025年工作要点》的通知_files"
URL = "http://jyt.tingchuan.gov.cn/zwgk/tzgg/202502/t20250219_1187654.html"

P_STYLE = 'style="text-indent: 2em; text-align: justify; line-height: 1.75em; margin-bottom: 0px;"'
FS = 'style="font-family: 仿宋_GB2312, 仿宋; font-size: 16px;"'
HT = 'style="font-family: 黑体, SimHei; font-size: 16px;"'
KT = 'style="font-family: 楷体_GB2312, 楷体; font-size: 16px;"'

COVER = [
    "各市（州）教育局，厅机关各处室、各直属单位，各高等学校：",
    "现将《汀川省教育厅2025年工作要点》印发给你们，请结合实际，认真抓好贯彻落实。",
    "厅机关各处室、各直属单位要对照工作要点明确的任务分工，细化工作举措，明确时间节点，"
    "抓紧制定具体落实方案。各项任务的牵头处室（单位）负总责，要主动协调配合处室（单位），"
    "加强工作统筹；配合处室（单位）要按照职责分工积极参与、密切配合，形成工作合力。"
    "厅办公室将会同机关党委对工作要点落实情况进行跟踪督办，并于6月底、11月底分两次通报进展情况。",
    "各市（州）教育局、各高等学校要参照本工作要点，结合本地本校实际，研究制定年度工作计划，"
    "于3月15日前报送厅办公室。",
]

INTRO = (
    "2025年是“十四五”规划收官之年，是教育强省建设全面推进的关键之年。全省教育工作的总体要求是："
    "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，"
    "深入落实全国教育大会和省委教育工作会议部署，坚持社会主义办学方向，落实立德树人根本任务，"
    "以教育强省建设规划纲要实施为主线，统筹推进教育科技人才体制机制一体改革，"
    "加快建设高质量教育体系，办好人民满意的教育，为谱写中国式现代化汀川篇章提供有力支撑。"
)

# (part heading, [(title, body, clause), ...])
PARTS = [
    ("一、坚持党建引领，全面加强党对教育工作的领导", [
        ("深入学习贯彻党的二十届三中全会精神。",
         "把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，完善厅党组理论学习中心组学习制度，"
         "组织开展全省教育系统学习贯彻党的二十届三中全会精神专题培训，推动全会部署的教育改革任务落地见效。",
         "（牵头处室（单位）：办公室；配合处室（单位）：省委教育工委宣传部、机关党委）"),
        ("加强高校党的建设。",
         "全面落实高校党委领导下的校长负责制，修订高校党委会议和校长办公会议议事规则示范文本，"
         "深入实施新时代高校党建“双创”工作，开展第三批省级党建工作标杆院系、样板支部创建。",
         "（牵头处室（单位）：省委教育工委组织部）"),
        ("持续推进全面从严治党。",
         "深化教育系统“清廉学校”建设，聚焦招生考试、基建后勤、科研经费、校办企业等重点领域开展专项整治，"
         "持续纠治“四风”特别是形式主义、官僚主义，切实为基层学校减负。",
         "（牵头处室（单位）：机关党委；配合处室（单位）：人事处、审计处、基础教育处）"),
        ("牢牢掌握意识形态工作领导权。",
         "落实意识形态工作责任制，加强高校课堂、教材、讲座论坛、网络阵地管理，健全教育舆情监测研判和应对处置机制。",
         "（牵头处室（单位）：省委教育工委宣传部；配合处室（单位）：思想政治工作处、高等教育处、各直属单位）"),
    ]),
    ("二、落实立德树人根本任务，培养德智体美劳全面发展的社会主义建设者和接班人", [
        ("推进大中小学思政课一体化建设。",
         "实施新时代立德树人工程，建设10个省级大中小学思政课一体化共同体，遴选一批思政“金课”，"
         "配齐建强高校专职思政课教师队伍，推动“大思政课”实践教学基地共建共享。",
         "（牵头处室（单位）：思想政治工作处；配合处室（单位）：基础教育处、职业教育与成人教育处、省教育科学研究院）"),
        ("加强学生心理健康工作。",
         "实施学生心理健康促进行动，推动中小学心理健康教育专职教师配备，开展全省学生心理健康测评，"
         "健全家校医协同的心理危机预防干预机制。",
         "（牵头处室（单位）：体育卫生与艺术教育处；配合处室（单位）：思想政治工作处、基础教育处、高校学生处）"),
        ("深化体教融合和美育浸润行动。",
         "落实中小学生每天综合体育活动时间不低于2小时要求，办好全省学生运动会和中小学生艺术展演，"
         "推进学校体育场馆向社会开放。",
         "（牵头处室（单位）：体育卫生与艺术教育处）"),
        ("加强劳动教育和国防教育。",
         "建设一批省级劳动教育实践基地，组织开展高校学生军事技能训练和中小学国防教育示范学校创建。",
         "（牵头处室（单位）：基础教育处、高校学生处；配合处室（单位）：体育卫生与艺术教育处）"),
        ("推广普及国家通用语言文字。",
         "深入实施国家通用语言文字普及提升工程和推普助力乡村振兴计划，开展第27届全国推广普通话宣传周活动，"
         "推进语言文字规范化示范校建设。",
         "（牵头处室（单位）：语言文字工作处（省语委办）；配合处室（单位）：基础教育处、教师工作处）"),
    ]),
    ("三、推进基础教育扩优提质，办好人民满意的基础教育", [
        ("推进学前教育普及普惠安全优质发展。",
         "全面贯彻实施《中华人民共和国学前教育法》，逐步推行免费学前教育，新增公办学位1.2万个，"
         "学前三年毛入园率保持在92%以上。",
         "（牵头处室（单位）：基础教育处；配合处室（单位）：发展规划处、财务处）"),
        ("推进义务教育优质均衡发展。",
         "实施义务教育优质均衡推进行动，深化集团化办学和城乡学校共同体建设，"
         "新增5个县（市、区）通过国家义务教育优质均衡发展督导评估。",
         "（牵头处室（单位）：基础教育处；配合处室（单位）：教育督导处、发展规划处、财务处）"),
        ("实施县域普通高中振兴行动。",
         "严格落实普通高中招生“属地招生、公民同招”政策，推进县中托管帮扶，扩大优质普通高中学位供给。",
         "（牵头处室（单位）：基础教育处）"),
        ("持续深化校外培训治理。",
         "巩固“双减”工作成果，完善校外培训监管平台功能，常态化开展隐形变异培训排查整治，"
         "规范非学科类校外培训机构审批。",
         "（牵头处室（单位）：校外教育培训监管处；配合处室（单位）：基础教育处、政策法规处）"),
        ("办好特殊教育和专门教育。",
         "实施特殊教育发展提升行动，推动20万人口以上的县（市、区）办好一所特殊教育学校，"
         "完善适龄残疾儿童少年入学安置“一人一案”工作机制。",
         "（牵头处室（单位）：基础教育处；配合处室（单位）：发展规划处、教师工作处）"),
        ("深化基础教育课程教学改革。",
         "推进义务教育课程方案和课程标准落地，遴选200个省级基础教育精品课，开展基础教育教学成果培育推广。",
         "（牵头处室（单位）：省教育科学研究院；配合处室（单位）：基础教育处、省电化教育馆）"),
    ]),
    ("四、推动职业教育提质培优，增强职业教育适应性", [
        ("加快构建现代职业教育体系。",
         "推进省域现代职业教育体系建设改革，打造3个市域产教联合体和10个行业产教融合共同体，"
         "实施“双高计划”和中职“强基工程”。",
         "（牵头处室（单位）：职业教育与成人教育处；配合处室（单位）：发展规划处、财务处）"),
        ("深化产教融合校企合作。",
         "推动职业院校专业设置与产业需求精准对接，建设一批省级高水平专业化产教融合实训基地，"
         "推行现代学徒制和订单培养。",
         "（牵头处室（单位）：职业教育与成人教育处）"),
        ("扩大继续教育和老年教育供给。",
         "推进学习型社会建设，支持汀川开放大学办好老年大学，建设一批社区教育示范街道（乡镇）。",
         "（牵头处室（单位）：职业教育与成人教育处；配合处室（单位）：汀川开放大学）"),
    ]),
    ("五、加快高等教育高质量发展，提升服务创新发展能力", [
        ("推进一流大学和一流学科建设。",
         "实施新一轮高水平大学和优势特色学科建设工程，支持汀川大学冲击世界一流学科，完善建设成效评价和动态调整机制。",
         "（牵头处室（单位）：高等教育处、发展规划处；配合处室（单位）：财务处、科学技术与信息化处）"),
        ("优化学科专业结构。",
         "建立学科专业设置与调整预警机制，增设一批集成电路、人工智能、现代农业等急需学科专业，"
         "撤销或停招一批就业率持续偏低的专业。",
         "（牵头处室（单位）：高等教育处；配合处室（单位）：学位管理与研究生教育处）"),
        ("提升高校科技创新能力。",
         "推进有组织科研，建设一批省级重点实验室和协同创新中心，深化科技成果转化改革试点。",
         "（牵头处室（单位）：科学技术与信息化处；配合处室（单位）：高等教育处、学位管理与研究生教育处）"),
        ("做好高校毕业生就业创业工作。",
         "深入实施“访企拓岗促就业”专项行动，健全就业困难毕业生“一人一档”帮扶机制，"
         "确保高校毕业生去向落实率不低于上年水平。",
         "（牵头处室（单位）：高校学生处；配合处室（单位）：高等教育处、职业教育与成人教育处、"
         "省大中专学校学生信息咨询与就业指导中心）"),
        ("规范民办教育发展。",
         "落实民办学校分类管理，开展民办学校年度检查和办学水平评估，规范民办义务教育发展。",
         "（牵头处室（单位）：民办教育管理处；配合处室（单位）：发展规划处、政策法规处、财务处）"),
    ]),
    ("六、建设高素质专业化教师队伍", [
        ("加强师德师风建设。",
         "把师德师风作为评价教师队伍素质的第一标准，健全师德失范行为通报警示制度，开展教育家精神宣传月活动。",
         "（牵头处室（单位）：教师工作处；配合处室（单位）：省委教育工委组织部、思想政治工作处）"),
        ("深化教师管理制度改革。",
         "深入推进义务教育教师“县管校聘”管理改革，完善中小学教师职称评聘办法，"
         "落实义务教育教师平均工资收入水平不低于当地公务员平均工资收入水平。",
         "（牵头处室（单位）：教师工作处；配合处室（单位）：人事处、财务处）"),
        ("加强教师培训和教师教育。",
         "实施“国培计划”和“省培计划”，培训中小学幼儿园教师和校（园）长12万人次，"
         "支持师范院校建设教师教育学院。",
         "（牵头处室（单位）：教师工作处）"),
    ]),
    ("七、深化教育综合改革，扩大教育对外开放", [
        ("深化新时代教育评价改革。",
         "落实深化新时代教育评价改革总体方案，开展教育评价改革典型案例遴选，坚决破除“唯分数、唯升学、唯文凭、唯论文、唯帽子”。",
         "（牵头处室（单位）：政策法规处；配合处室（单位）：基础教育处、高等教育处、职业教育与成人教育处、教师工作处）"),
        ("稳妥推进考试招生制度改革。",
         "做好新高考首考后评估总结和综合改革平稳运行，完善高职分类考试招生，严格规范特殊类型招生。",
         "（牵头处室（单位）：省教育考试院；配合处室（单位）：基础教育处、高等教育处、高校学生处）"),
        ("推进教育数字化转型。",
         "实施教育数字化战略行动，建好用好省智慧教育平台，开展人工智能赋能教育教学试点，推进校园网络安全等级保护。",
         "（牵头处室（单位）：科学技术与信息化处；配合处室（单位）：省电化教育馆、基础教育处、高等教育处）"),
        ("扩大教育对外开放。",
         "深化与东盟国家教育交流合作，支持高校建设海外分校和“鲁班工坊”，规范中外合作办学。",
         "（牵头处室（单位）：国际合作与交流处；配合处室（单位）：高等教育处、职业教育与成人教育处）"),
    ]),
    ("八、强化教育保障，维护教育系统安全稳定", [
        ("加强教育经费投入和管理。",
         "确保一般公共预算教育支出只增不减、按在校学生人数平均的一般公共预算教育支出逐年只增不减，"
         "加强教育经费绩效管理和内部审计。",
         "（牵头处室（单位）：财务处；配合处室（单位）：审计处、发展规划处）"),
        ("完善学生资助体系。",
         "落实各学段学生资助政策，推进资助工作精准化，做好生源地信用助学贷款工作。",
         "（牵头处室（单位）：省学生资助管理中心；配合处室（单位）：财务处）"),
        ("推进依法治教和教育督导。",
         "推动《汀川省学校安全条例》修订，深化教育领域“放管服”改革，完善督政、督学、评估监测“三位一体”督导体系。",
         "（牵头处室（单位）：政策法规处、教育督导处）"),
        ("维护校园安全稳定。",
         "压实学校安全主体责任，深入开展校园安全专项整治，加强学生防溺水、交通安全和食品安全工作，"
         "推进平安校园建设。",
         "（牵头处室（单位）：安全稳定工作处；配合处室（单位）：基础教育处、高校学生处、体育卫生与艺术教育处、各直属单位）"),
        ("持续改进机关作风。",
         "精简文件会议和督查检查考核，提高公文办理质量，完善厅机关内部管理制度，打造模范机关。",
         "（牵头处室（单位）：办公室；配合处室（单位）：机关党委、厅机关各处室）"),
    ]),
]


def p(inner, style=P_STYLE):
    return f'<p {style}>{inner}</p>'


def build():
    art = []
    for line in COVER[:1]:
        art.append(f'<p style="text-align: justify; line-height: 1.75em; margin-bottom: 0px;"><span {FS}>{line}</span></p>')
    for line in COVER[1:]:
        art.append(p(f'<span {FS}>{line}</span>'))
    art.append(p('<span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16px;">&nbsp;</span>'))
    art.append('<p style="text-align: right; line-height: 1.75em; margin-bottom: 0px;">'
               f'<span {FS}>汀川省教育厅&nbsp; &nbsp; &nbsp; &nbsp;</span></p>')
    art.append('<p style="text-align: right; line-height: 1.75em; margin-bottom: 0px;">'
               f'<span {FS}>2025年2月17日&nbsp; &nbsp; &nbsp;</span></p>')
    art.append(p(f'<span {FS}>（此件主动公开）</span>'))
    art.append(p(f'<span {FS}>&nbsp;</span>'))
    art.append('<p style="text-align: center; line-height: 1.75em; margin-bottom: 0px;">'
               '<strong><span style="font-family: 方正小标宋简体, 宋体; font-size: 22px;">汀川省教育厅2025年工作要点</span></strong></p>')
    art.append(p(f'<span {FS}>&nbsp;</span>'))
    art.append(p(f'<span {FS}>{INTRO}</span>'))
    n = 0
    for head, items in PARTS:
        art.append(p(f'<span {HT}>{head}</span>'))
        for title, body, clause in items:
            n += 1
            art.append(p(f'<span {FS}><strong>{n}.{title}</strong>{body}</span><span {KT}>{clause}</span>'))
    art.append(p(f'<span {FS}>&nbsp;</span>'))
    article = "\n".join(art)

    html = f'''<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="汀川省教育厅">
<meta name="SiteDomain" content="jyt.tingchuan.gov.cn">
<meta name="SiteIDCode" content="TC00000017">
<meta name="ColumnName" content="通知公告">
<meta name="ColumnType" content="通知公告">
<meta name="ArticleTitle" content="汀川省教育厅关于印发《汀川省教育厅2025年工作要点》的通知">
<meta name="PubDate" content="2025-02-19 10:32">
<meta name="ContentSource" content="办公室">
<meta name="Keywords" content="工作要点">
<meta name="Description" content="现将《汀川省教育厅2025年工作要点》印发给你们，请结合实际，认真抓好贯彻落实。">
<title>汀川省教育厅关于印发《汀川省教育厅2025年工作要点》的通知_通知公告_汀川省教育厅</title>
<link rel="stylesheet" type="text/css" href="{FILES}/base.css">
<link rel="stylesheet" type="text/css" href="{FILES}/common.css">
<link rel="stylesheet" type="text/css" href="{FILES}/xxgk_detail.css">
<script type="text/javascript" src="{FILES}/jquery-1.11.3.min.js.下载"></script>
<script type="text/javascript" src="{FILES}/common.js.下载"></script>
<script src="{FILES}/hm.js"></script><script type="text/javascript" src="{FILES}/jquery.SuperSlide.2.1.1.js.下载"></script>
<style type="text/css">
.TRS_Editor P{{margin-top:0;margin-bottom:0;line-height:1.75;font-family:仿宋_GB2312;font-size:16px;}}
.TRS_Editor DIV{{margin-top:0;margin-bottom:0;line-height:1.75;font-family:仿宋_GB2312;font-size:16px;}}
.TRS_Editor TD{{margin-top:0;margin-bottom:0;line-height:1.75;font-family:仿宋_GB2312;font-size:16px;}}
.TRS_Editor TH{{margin-top:0;margin-bottom:0;line-height:1.75;font-family:仿宋_GB2312;font-size:16px;}}
.TRS_Editor SPAN{{margin-top:0;margin-bottom:0;line-height:1.75;font-family:仿宋_GB2312;font-size:16px;}}
.TRS_Editor FONT{{margin-top:0;margin-bottom:0;line-height:1.75;font-family:仿宋_GB2312;font-size:16px;}}
.TRS_Editor UL{{margin-top:0;margin-bottom:0;line-height:1.75;font-family:仿宋_GB2312;font-size:16px;}}
.TRS_Editor LI{{margin-top:0;margin-bottom:0;line-height:1.75;font-family:仿宋_GB2312;font-size:16px;}}
.TRS_Editor A{{margin-top:0;margin-bottom:0;line-height:1.75;font-family:仿宋_GB2312;font-size:16px;}}
</style>
</head>
<body>
<div class="top_bar">
  <div class="w1200 clearfix">
    <div class="fl">您好！欢迎访问汀川省教育厅网站</div>
    <div class="fr">
      <a href="javascript:void(0);" id="zt_jt">简</a>|<a href="javascript:void(0);" id="zt_ft">繁</a>
      <a href="http://jyt.tingchuan.gov.cn/wza/" class="wza">无障碍浏览</a>
      <a href="http://jyt.tingchuan.gov.cn/znss/" class="old">长者模式</a>
    </div>
  </div>
</div>
<div class="header">
  <div class="w1200">
    <a href="http://jyt.tingchuan.gov.cn/" class="logo"><img src="{FILES}/logo.png" alt="汀川省教育厅"></a>
    <div class="search">
      <form action="http://jyt.tingchuan.gov.cn/search/" method="get" target="_blank">
        <input type="text" name="searchWord" class="txt" placeholder="请输入关键字">
        <input type="submit" class="btn" value="">
      </form>
    </div>
  </div>
</div>
<div class="nav">
  <ul class="w1200">
    <li><a href="http://jyt.tingchuan.gov.cn/">首页</a></li>
    <li><a href="http://jyt.tingchuan.gov.cn/jgzn/">机构职能</a></li>
    <li class="on"><a href="http://jyt.tingchuan.gov.cn/zwgk/">政务公开</a></li>
    <li><a href="http://jyt.tingchuan.gov.cn/jydt/">教育动态</a></li>
    <li><a href="http://jyt.tingchuan.gov.cn/zcfg/">政策法规</a></li>
    <li><a href="http://jyt.tingchuan.gov.cn/bsfw/">办事服务</a></li>
    <li><a href="http://jyt.tingchuan.gov.cn/hdjl/">互动交流</a></li>
    <li><a href="http://jyt.tingchuan.gov.cn/ztzl/">专题专栏</a></li>
  </ul>
</div>
<div class="w1200 main">
  <div class="position">当前位置：<a href="http://jyt.tingchuan.gov.cn/" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="http://jyt.tingchuan.gov.cn/zwgk/" title="政务公开" class="CurrChnlCls">政务公开</a>&nbsp;&gt;&nbsp;<a href="http://jyt.tingchuan.gov.cn/zwgk/tzgg/" title="通知公告" class="CurrChnlCls">通知公告</a></div>
  <div class="xxgk_table">
    <table width="100%" border="0" cellspacing="0" cellpadding="0">
      <tbody><tr>
        <td class="t1">索&nbsp;&nbsp;引&nbsp;&nbsp;号：</td><td class="t2">11520000MB1748265X/2025-00034</td>
        <td class="t1">主题分类：</td><td class="t2">教育</td>
      </tr>
      <tr>
        <td class="t1">发布机构：</td><td class="t2">汀川省教育厅</td>
        <td class="t1">成文日期：</td><td class="t2">2025-02-17</td>
      </tr>
      <tr>
        <td class="t1">标&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;题：</td><td class="t2" colspan="3">汀川省教育厅关于印发《汀川省教育厅2025年工作要点》的通知</td>
      </tr>
      <tr>
        <td class="t1">文&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;号：</td><td class="t2">汀教发〔2025〕3号</td>
        <td class="t1">发布日期：</td><td class="t2">2025-02-19</td>
      </tr>
      <tr>
        <td class="t1">有&nbsp;&nbsp;效&nbsp;&nbsp;性：</td><td class="t2">有效</td>
        <td class="t1">公开方式：</td><td class="t2">主动公开</td>
      </tr>
    </tbody></table>
  </div>
  <div class="article">
    <h1 class="title">汀川省教育厅关于印发《汀川省教育厅2025年工作要点》的通知</h1>
    <div class="info">
      <span>来源：办公室</span>
      <span>发布时间：2025-02-19 10:32</span>
      <span>浏览次数：<em id="readCount">3,462</em></span>
      <span class="zh">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span>
    </div>
    <div class="content" id="zoom">
      <div class="TRS_Editor"><div class="Custom_UnionStyle">
<p style="text-align: center; line-height: 1.75em; margin-bottom: 0px;"><span {FS}>汀教发〔2025〕3号</span></p>
<p style="text-align: center; line-height: 1.75em; margin-bottom: 0px;"><span {FS}>&nbsp;</span></p>
<p style="text-align: center; line-height: 1.75em; margin-bottom: 0px;"><strong><span style="font-family: 方正小标宋简体, 宋体; font-size: 22px;">汀川省教育厅关于印发《汀川省教育厅2025年工作要点》的通知</span></strong></p>
<p style="text-align: center; line-height: 1.75em; margin-bottom: 0px;"><span {FS}>&nbsp;</span></p>
{article}
</div></div>
    </div>
    <div class="fj">
      <p>附件下载：</p>
      <p><a href="http://jyt.tingchuan.gov.cn/zwgk/tzgg/202502/P020250219386417203915.pdf" target="_blank">汀川省教育厅关于印发《汀川省教育厅2025年工作要点》的通知.pdf</a></p>
    </div>
    <div class="share clearfix">
      <div class="fl bdsharebuttonbox bdshare-button-style0-16" data-bd-bind="1739934825462"><span>分享到：</span><a href="http://jyt.tingchuan.gov.cn/zwgk/tzgg/202502/t20250219_1187654.html#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="http://jyt.tingchuan.gov.cn/zwgk/tzgg/202502/t20250219_1187654.html#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="http://jyt.tingchuan.gov.cn/zwgk/tzgg/202502/t20250219_1187654.html#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>
      <div class="fr"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div>
    </div>
    <div class="xgwz">
      <h3>相关阅读</h3>
      <ul>
        <li><a href="http://jyt.tingchuan.gov.cn/zwgk/tzgg/202402/t20240226_1093318.html" target="_blank">汀川省教育厅关于印发《汀川省教育厅2024年工作要点》的通知</a><span>2024-02-26</span></li>
        <li><a href="http://jyt.tingchuan.gov.cn/jydt/202502/t20250213_1185902.html" target="_blank">2025年全省教育工作会议在汀州召开</a><span>2025-02-13</span></li>
        <li><a href="http://jyt.tingchuan.gov.cn/zwgk/zcjd/202502/t20250220_1187811.html" target="_blank">图解：一图读懂汀川省教育厅2025年工作要点</a><span>2025-02-20</span></li>
      </ul>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w1200">
    <p>主办单位：汀川省教育厅&nbsp;&nbsp;&nbsp;地址：汀州市文昌路28号&nbsp;&nbsp;&nbsp;邮编：561002</p>
    <p>联系电话：0851-86203517&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">汀ICP备05003128号-1</a>&nbsp;&nbsp;&nbsp;<img src="{FILES}/gongan.png">汀公网安备 52010302000451号</p>
    <p>网站标识码：TC00000017&nbsp;&nbsp;&nbsp;建议使用1366×768分辨率、IE10以上版本浏览器</p>
    <div class="dzjg"><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=1A4F3E5C7B2D0816E0530A0A8C0B4D92" target="_blank"><img id="imgConac" vspace="0" hspace="0" border="0" src="{FILES}/red.png" data-bd-imgshare-binded="1"></a></span><span id="_span_jiucuo"><img onclick="Link(&#39;TC00000017&#39;)" style="margin:0;border:0;cursor: pointer;" src="{FILES}/jiucuo.png"></span></div>
  </div>
</div>
<script type="text/javascript">
  $(function(){{
    var size = 16;
    window.doZoom = function(s){{ $("#zoom .TRS_Editor p, #zoom .TRS_Editor span").css("font-size", s + "px"); }};
  }});
</script>
<script type="text/javascript" src="{FILES}/count.js.下载"></script>
<script id="_jiucuo_" sitecode="TC00000017" src="{FILES}/jiucuo.js.下载"></script>


</body></html>'''
    return html


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(build())
    print(out)
