#!/usr/bin/python3
"""Round 124, case 636 (control): a 省交通运输厅 red-header Word notice dividing its
2026 工作要点 among its 处室, 直属单位 and the 各市州交通运输局.

The task part is paragraphs, not a table: parts 一、 in 黑体, items 1.–35. typed and
running on through the parts, each item closed by a 楷体 bracket on a line of its own
（厅领导：X；牵头处室：A；配合处室（单位）：B、C；各市州交通运输局）.
The cover's 二、 says 各市州交通运输局 act as 配合单位 wherever they are listed.

Writes 636_jingyue_sheng_jiaotongting_gongzuo_yaodian_fengong.docx and its gold,
byte-identical on every run.
"""
import io
import json
import datetime
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Mm, RGBColor

BASE = "636_jingyue_sheng_jiaotongting_gongzuo_yaodian_fengong"
NOTICE = BASE + ".docx"
GOLD = BASE + ".tasks.gold.jsonl"

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)

SJ = "各市州交通运输局"

# Each part: heading, then tasks.
# Each task: (marker, text, bracket, layout, leaders, leads, coops)
#   layout: "line" = bracket in its own paragraph; "inline" = 楷体 run at the end of the
#   task paragraph; "br" = after a soft line break in the task paragraph.
PARTS = [
    ("一、坚持规划引领，加快建设交通强省", [
        ("1.", "高质量编制“十五五”交通运输发展规划。统筹推进综合交通运输、公路、水路、运输服务等“十五五”专项规划编制，加强与国土空间规划、流域综合规划的衔接，做好规划报批和发布实施工作。开展交通强省建设纲要实施中期评估。",
         "（厅领导：贺知远、唐立军；牵头处室：综合规划处；配合处室（单位）：公路管理处、水运管理处、运输服务处、财务审计处，省交通运输科学研究院；各市州交通运输局）", "line",
         ["贺知远", "唐立军"], ["综合规划处"], ["公路管理处", "水运管理处", "运输服务处", "财务审计处", "省交通运输科学研究院", SJ]),
        ("2.", "深入推进交通强国建设试点。加快推进国家交通强国建设试点任务实施，力争智慧公路、农村公路高质量发展等3个试点任务通过交通运输部验收。遴选第二批交通强省建设示范市州和示范县。",
         "（厅领导：唐立军；牵头处室：综合规划处；配合处室（单位）：公路管理处、科技与信息化处；各市州交通运输局）", "line",
         ["唐立军"], ["综合规划处"], ["公路管理处", "科技与信息化处", SJ]),
        ("3.", "加快构建综合立体交通网。推进“五纵五横”高速公路主骨架和“一江三水”高等级航道建设，加快打通省际出口通道和断头路、瓶颈路，提升青岑、澜坪等区域中心城市对外通达能力。",
         "（厅领导：唐立军；牵头处室：综合规划处；配合处室（单位）：公路管理处、水运管理处，省公路事务中心、省水运事务中心）", "line",
         ["唐立军"], ["综合规划处"], ["公路管理处", "水运管理处", "省公路事务中心", "省水运事务中心"]),
        ("4.", "推动区域交通协调发展。深化与周边省份交通运输合作，加快省际通道项目前期工作。支持革命老区、民族地区、欠发达地区交通基础设施建设，继续实施“交通+旅游”融合发展工程。",
         "（厅领导：唐立军；牵头处室：综合规划处；配合处室（单位）：财务审计处、运输服务处；各市州交通运输局）", "line",
         ["唐立军"], ["综合规划处"], ["财务审计处", "运输服务处", SJ]),
        ("5.", "强化交通建设资金保障。积极争取车购税、中央预算内投资和超长期特别国债等资金支持，用足用好地方政府专项债券，规范推进政府和社会资本合作新机制，加强资金使用绩效管理。",
         "（厅领导：贺知远；牵头处室：财务审计处、综合规划处；配合处室（单位）：建设管理处、公路管理处、水运管理处，省交通投资集团）", "line",
         ["贺知远"], ["财务审计处", "综合规划处"], ["建设管理处", "公路管理处", "水运管理处", "省交通投资集团"]),
    ]),
    ("二、全力抓好重大项目建设，持续扩大有效投资", [
        ("6.", "全力完成年度投资目标。全年完成交通固定资产投资850亿元以上，其中公路水路投资760亿元以上。落实重点项目“月调度、季通报”机制，及时协调解决项目用地、环评、资金等制约因素。",
         "（厅领导：庞　凯；牵头处室：建设管理处；配合处室（单位）：综合规划处、财务审计处，省交通投资集团；各市州交通运输局）", "line",
         ["庞凯"], ["建设管理处"], ["综合规划处", "财务审计处", "省交通投资集团", SJ]),
        ("7.", "加快高速公路项目建设。建成通车青岑至梧溪、澜坪至白沙等高速公路3条220公里，加快续建项目建设进度，新开工泾江至岳口高速公路等项目4个，高速公路通车总里程突破8000公里。",
         "（厅领导：庞　凯；牵头处室：建设管理处；配合处室（单位）：综合规划处、安全监督处，省交通运输工程质量安全中心、省交通投资集团）", "line",
         ["庞凯"], ["建设管理处"], ["综合规划处", "安全监督处", "省交通运输工程质量安全中心", "省交通投资集团"]),
        ("8.", "推进普通国省干线提质改造。完成普通国省道新改建1200公里，实施国省干线穿城路段改造和拥堵节点治理，加快普通国省道服务区和停车区建设。",
         "（厅领导：庞凯；牵头处室：公路管理处；配合处室（单位）：建设管理处，省公路事务中心；各市州交通运输局）", "line",
         ["庞凯"], ["公路管理处"], ["建设管理处", "省公路事务中心", SJ]),
        ("9.", "深化“四好农村路”建设。新改建农村公路5000公里，实施农村公路危旧桥梁改造300座，推进较大人口规模自然村（组）通硬化路，深化农村公路管理养护体制改革。",
         "（厅领导：庞　凯；牵头处室：公路管理处；配合处室（单位）：各市州交通运输局）", "line",
         ["庞凯"], ["公路管理处"], [SJ]),
        ("10.", "加快内河水运发展。推进泾江高等级航道扩能升级工程，加快青岑港、澜坪港规模化专业化码头建设，全年完成水运建设投资45亿元。",
         "（厅领导：施文涛；牵头处室：水运管理处；配合处室（单位）：建设管理处，省水运事务中心）", "line",
         ["施文涛"], ["水运管理处"], ["建设管理处", "省水运事务中心"]),
        ("11.", "推进综合交通枢纽建设。加快青岑国家综合货运枢纽补链强链城市建设，推进澜坪高铁站综合客运枢纽等项目建设，推动枢纽场站与城市交通高效衔接。",
         "（厅领导：唐立军；牵头处室：综合规划处；配合处室（单位）：运输服务处、建设管理处；各市州交通运输局）", "line",
         ["唐立军"], ["综合规划处"], ["运输服务处", "建设管理处", SJ]),
        ("12．", "严格工程建设质量管理。深入开展公路水运“品质工程”创建，加强工程质量安全监督抽查，严厉打击转包、违法分包等行为，持续推进工程建设领域农民工工资支付专项治理。",
         "（厅领导：覃国平；牵头处室：建设管理处；配合处室（单位）：安全监督处，省交通运输工程质量安全中心）", "line",
         ["覃国平"], ["建设管理处"], ["安全监督处", "省交通运输工程质量安全中心"]),
    ]),
    ("三、提升运输服务质效，更好服务经济社会发展", [
        ("13.", "推进城乡交通运输一体化。深入开展城乡交通运输一体化示范县创建，推广“农村客货邮”融合发展模式，新增融合发展线路100条以上，建制村通客车率保持100%。",
         "（厅领导：施文涛；牵头处室：运输服务处；配合处室（单位）：省道路运输事务中心；各市州交通运输局）", "line",
         ["施文涛"], ["运输服务处"], ["省道路运输事务中心", SJ]),
        ("14.", "大力发展多式联运。推进铁水、公铁等多式联运发展，加快港口集疏运铁路和公路建设，力争集装箱铁水联运量增长15%以上。",
         "（厅领导：施文涛；牵头处室：运输服务处；配合处室（单位）：综合规划处、水运管理处，省道路运输事务中心、省水运事务中心）", "line",
         ["施文涛"], ["运输服务处"], ["综合规划处", "水运管理处", "省道路运输事务中心", "省水运事务中心"]),
        ("15.", "有效降低全社会物流成本。落实鲜活农产品运输“绿色通道”、国际标准集装箱运输车辆通行费优惠等政策，推进高速公路差异化收费，推动物流降本提质增效。",
         "（厅领导：施文涛；牵头处室:运输服务处；配合处室（单位）：公路管理处、财务审计处，省道路运输事务中心）", "line",
         ["施文涛"], ["运输服务处"], ["公路管理处", "财务审计处", "省道路运输事务中心"]),
        ("16.", "提升出行服务品质。推进城市公共交通优先发展，深化出租汽车行业改革，规范网约车发展，推动道路客运定制服务扩面提质，持续开展“司机之家”建设。",
         "（厅领导：施文涛；牵头处室：运输服务处；配合处室（单位）：科技与信息化处，省道路运输事务中心；各市州交通运输局）", "line",
         ["施文涛"], ["运输服务处"], ["科技与信息化处", "省道路运输事务中心", SJ]),
        ("17.", "做好重点时段运输服务保障。精心组织春运、暑运和“五一”“国庆”等节假日运输，加强重点物资运输和应急运输保障，确保路网运行平稳有序。",
         "（厅领导：施文涛；牵头处室：运输服务处；配合处室（单位）：安全监督处、公路管理处、水运管理处，省交通运输综合行政执法监督局；各市州交通运输局）", "line",
         ["施文涛"], ["运输服务处"], ["安全监督处", "公路管理处", "水运管理处", "省交通运输综合行政执法监督局", SJ]),
    ]),
    ("四、深化改革创新，提升行业治理能力", [
        ("18.", "深化交通运输重点领域改革。稳步推进公路管理养护体制改革和收费公路政策改革，做好交通运输事业单位改革后续工作，完善综合交通运输管理体制机制。",
         "（厅领导：唐立军；牵头处室：政策法规处；配合处室（单位）：公路管理处、财务审计处、人事教育处）", "inline",
         ["唐立军"], ["政策法规处"], ["公路管理处", "财务审计处", "人事教育处"]),
        ("19.", "加强交通运输法治建设。推动《泾岳省农村公路条例》修订出台，开展《泾岳省道路运输条例》立法后评估，落实行政规范性文件合法性审核机制，做好“八五”普法总结验收。",
         "（厅领导：唐立军；牵头处室：政策法规处；配合处室（单位）：厅机关各处室、各直属单位）", "line",
         ["唐立军"], ["政策法规处"], ["厅机关各处室", "各直属单位"]),
        ("20.", "提升交通运输综合执法效能。深化交通运输综合行政执法改革，推进非现场执法，持续开展货车违法超限超载治理，加强执法队伍规范化建设。",
         "（厅领导：龙海燕；牵头处室（单位）：省交通运输综合行政执法监督局；配合处室（单位）：政策法规处、公路管理处；各市州交通运输局）", "line",
         ["龙海燕"], ["省交通运输综合行政执法监督局"], ["政策法规处", "公路管理处", SJ]),
        ("21.", "持续优化交通运输营商环境。深化“高效办成一件事”改革，推进交通运输政务服务事项“一网通办”“跨省通办”，规范涉企行政检查，加强公平竞争审查。",
         "（厅领导：龙海燕；牵头处室：政策法规处；配合处室（单位）：运输服务处、科技与信息化处，省道路运输事务中心）", "line",
         ["龙海燕"], ["政策法规处"], ["运输服务处", "科技与信息化处", "省道路运输事务中心"]),
        ("22.", "加快交通运输信用体系建设。完善公路水运建设市场和运输市场信用评价办法，推进信用信息共享和联合奖惩，探索开展信用分级分类监管。",
         "（厅领导：龙海燕；牵头处室：政策法规处；配合处室（单位）：运输服务处，建设管理处）", "br",
         ["龙海燕"], ["政策法规处"], ["运输服务处", "建设管理处"]),
    ]),
    ("五、推动绿色智慧发展，增强创新驱动能力", [
        ("23.", "加快数字交通建设。推进交通运输数字化转型，实施智慧公路、智慧港口建设工程，完善省级综合交通运输大数据中心，推进“一张图”“一张网”建设应用。",
         "（厅领导：覃国平；牵头处室：科技与信息化处；配合处室（单位）：公路管理处、水运管理处、运输服务处，厅信息中心、省交通运输科学研究院）", "line",
         ["覃国平"], ["科技与信息化处"], ["公路管理处", "水运管理处", "运输服务处", "厅信息中心", "省交通运输科学研究院"]),
        ("24.", "强化交通运输科技创新。组织实施重点科技项目20项以上，推动建设省级交通运输重点实验室和科研平台，加快科技成果转化应用，加强交通运输标准化建设。",
         "（厅领导：覃国平；牵头处室：科技与信息化处；配合处室（单位）：省交通运输科学研究院）", "line",
         ["覃国平"], ["科技与信息化处"], ["省交通运输科学研究院"]),
        ("25.", "推动交通运输绿色低碳转型。推广应用新能源和清洁能源车船，加快公路沿线充电基础设施建设，推进港口岸电设施常态化使用，新增及更新城市公交车中新能源车辆比例达到95%以上。",
         "（厅领导：覃国平；牵头处室：综合规划处；配合处室（单位）：运输服务处、水运管理处、科技与信息化处，各市州交通运输局）", "line",
         ["覃国平"], ["综合规划处"], ["运输服务处", "水运管理处", "科技与信息化处", SJ]),
        ("26.", "加强交通运输生态环境保护。抓好中央和省生态环境保护督察反馈问题整改，加强公路水运工程建设环境保护和水土保持，推进船舶和港口污染防治。",
         "（厅领导：覃国平；牵头处室：建设管理处；配合处室：水运管理处、省水运事务中心）", "line",
         ["覃国平"], ["建设管理处"], ["水运管理处", "省水运事务中心"]),
    ]),
    ("六、统筹发展和安全，守牢安全生产底线", [
        ("27.", "深入推进安全生产治本攻坚。扎实做好安全生产治本攻坚三年行动收官工作，压紧压实安全生产责任，推动重大事故隐患动态清零，强化“两客一危一重”等重点领域安全监管。",
         "（厅领导：龙海燕；牵头处室：安全监督处；配合处室（单位）：厅机关各处室、各直属单位；各市州交通运输局）", "line",
         ["龙海燕"], ["安全监督处"], ["厅机关各处室", "各直属单位", SJ]),
        ("28.", "提升基础设施安全耐久水平。实施公路安全生命防护工程1500公里，完成危旧桥梁隧道改造加固任务，加强公路水运基础设施风险隐患排查整治。",
         "（厅领导：庞　凯；牵头处室：公路管理处；配合处室（单位）：安全监督处、水运管理处，省公路事务中心、省水运事务中心）", "line",
         ["庞凯"], ["公路管理处"], ["安全监督处", "水运管理处", "省公路事务中心", "省水运事务中心"]),
        ("29.", "增强应急处置保障能力。完善交通运输应急预案体系，加强应急物资储备和应急队伍建设，做好汛期、冰冻雨雪等极端天气交通运输应急保障。",
         "（厅领导：龙海燕；牵头处室：安全监督处；配合处室（单位）：交通战备办公室、公路管理处、水运管理处，省交通运输综合行政执法监督局；各市州交通运输局）", "line",
         ["龙海燕"], ["安全监督处"], ["交通战备办公室", "公路管理处", "水运管理处", "省交通运输综合行政执法监督局", SJ]),
        ("30.", "做好国防交通工作。加强国防交通战备设施建设与管理，组织开展国防交通保障演练，推动交通基础设施建设贯彻国防要求。",
         "（厅领导：龙海燕；牵头处室：交通战备办公室）", "line",
         ["龙海燕"], ["交通战备办公室"], []),
        ("31.", "维护行业和谐稳定。做好交通运输信访工作，加强矛盾纠纷排查化解，妥善处置出租汽车、网约车等领域不稳定因素。",
         "（厅领导：唐立军；牵头处室：办公室；配合处室（单位）：运输服务处、安全监督处，省道路运输事务中心；各市州交通运输局）", "line",
         ["唐立军"], ["办公室"], ["运输服务处", "安全监督处", "省道路运输事务中心", SJ]),
    ]),
    ("七、全面加强党的建设，为交通运输高质量发展提供坚强保证", [
        ("32.", "加强党的政治建设。深入学习贯彻习近平新时代中国特色社会主义思想和党的二十届四中全会精神，严格落实“第一议题”制度，巩固拓展深入贯彻中央八项规定精神学习教育成果。",
         "（厅领导：贺知远；牵头处室：机关党委（党建工作处）；配合处室（单位）：办公室、人事教育处）", "line",
         ["贺知远"], ["机关党委（党建工作处）"], ["办公室", "人事教育处"]),
        ("33.", "建设高素质专业化干部队伍。坚持正确选人用人导向，加强年轻干部培养选拔，实施交通运输人才培育工程，做好干部教育培训工作。",
         "（厅领导：贺知远；牵头处室：人事教育处；配合处室（单位）：机关党委（党建工作处）、各直属单位）", "line",
         ["贺知远"], ["人事教育处"], ["机关党委（党建工作处）", "各直属单位"]),
        ("34.", "持之以恒正风肃纪反腐。落实全面从严治党主体责任，深化交通运输工程建设等重点领域腐败问题整治，加强廉洁文化建设，驰而不息纠治“四风”。",
         "（厅领导：贺知远、曾　毅；牵头处室：机关党委（党建工作处）；配合处室（单位）：办公室、财务审计处、建设管理处、人事教育处）", "line",
         ["贺知远", "曾毅"], ["机关党委（党建工作处）"], ["办公室", "财务审计处", "建设管理处", "人事教育处"]),
        ("35.", "加强新闻宣传和机关建设。讲好新时代交通运输故事，做好政务公开和舆情应对工作，加强机关作风建设和精神文明建设，做好离退休干部服务管理工作。",
         "（厅领导：唐立军；牵头处室：办公室；配合处室（单位）：机关党委（党建工作处）、离退休人员工作处，厅机关服务中心）", "line",
         ["唐立军"], ["办公室"], ["机关党委（党建工作处）", "离退休人员工作处", "厅机关服务中心"]),
    ]),
]

COVER = [
    ("一、提高思想认识。", "2026年是“十五五”开局之年，做好全年交通运输工作意义重大。各处室（单位）、各市州交通运输局要把落实工作要点作为全年工作的主线，统筹谋划、精心组织，确保各项任务按期保质完成。"),
    ("二、压实工作责任。", "每项任务明确的厅领导负责统筹调度；牵头处室（单位）对任务落实负总责，要细化工作措施、明确时间节点，牵头处室（单位）有两个的，排在第一位的负责统筹协调；配合处室（单位）要按照职责分工主动配合，形成工作合力。任务中列有各市州交通运输局的，各市州交通运输局作为配合单位，要主动对接厅牵头处室（单位），抓好本地区贯彻落实。"),
    ("三、加强督促检查。", "厅办公室要将工作要点任务纳入厅重点工作督办事项，实行季度调度、年终考评。各牵头处室（单位）要于每季度末月25日前将任务推进情况书面报厅办公室，全年工作总结于12月10日前报送。联系人：厅办公室　周　敏，联系电话：88652017。"),
]


def font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def para(doc, text="", fname=FS, size=16, bold=False, align=None, indent=True,
         color=None, space_before=0, space_after=0, exact=29):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    if text:
        font(p.add_run(text), fname, size, bold, color)
    return p


def border(p, side, sz, color):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:pBdr %s><w:%s w:val="single" w:sz="%d" w:space="4" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), side, sz, color)))


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(28)

    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)

    # footer page number — N —
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), "宋体", 14)
    fp._p.append(parse_xml('<w:fldSimple %s w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:rPr>'
                           '<w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/>'
                           '</w:rPr><w:t>1</w:t></w:r></w:fldSimple>' % nsdecls("w")))
    font(fp.add_run(" —"), "宋体", 14)

    # 版头
    for _ in range(2):
        para(doc, indent=False)
    h = para(doc, "泾岳省交通运输厅文件", XBS, 42, align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, color=RED, exact=60)
    h.runs[0]._r.get_or_add_rPr().append(parse_xml('<w:spacing %s w:val="-20"/>' % nsdecls("w")))
    para(doc, indent=False)
    p = para(doc, "泾交发〔2026〕6号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
             space_after=6)
    border(p, "bottom", 18, "FF0000")
    para(doc, indent=False)

    # 标题
    para(doc, "泾岳省交通运输厅关于印发2026年", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=35)
    para(doc, "全省交通运输工作要点任务分工的通知", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=35)
    para(doc, indent=False)
    para(doc, "厅机关各处室、各直属单位，各市州交通运输局：", indent=False)
    para(doc, "为深入贯彻落实全省交通运输工作会议部署，确保2026年各项目标任务落到实处，"
              "经厅党组会议研究，现将《2026年全省交通运输工作要点任务分工》印发给你们，"
              "并就有关事项通知如下。")
    for lead, body in COVER:
        p = para(doc)
        font(p.add_run(lead), HT, 16)
        font(p.add_run(body), FS, 16)
    para(doc)
    para(doc, "附件：2026年全省交通运输工作要点任务分工")
    para(doc)
    para(doc)
    para(doc, "泾岳省交通运输厅　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "2026年3月4日　　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "（此件主动公开）")

    # 附件
    p = para(doc, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件", HT, 16, indent=False)
    para(doc, indent=False)
    para(doc, "2026年全省交通运输工作要点任务分工", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=35)
    para(doc, indent=False)
    para(doc, "2026年全省交通运输工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，"
              "全面贯彻党的二十大和二十届历次全会精神，完整准确全面贯彻新发展理念，"
              "坚持稳中求进工作总基调，以加快建设交通强省为统领，统筹发展和安全，"
              "为谱写中国式现代化泾岳篇章当好先行。主要预期目标是：全年完成交通固定资产投资"
              "850亿元以上，新增高速公路通车里程220公里，新改建农村公路5000公里，"
              "道路运输较大及以上等级行车事故起数、死亡人数稳中有降。")

    gold = []
    for head, tasks in PARTS:
        para(doc, head, HT, 16)
        for marker, text, bracket, layout, leaders, leads, coops in tasks:
            lead_in, rest = text.split("。", 1)
            p = para(doc)
            font(p.add_run(marker + lead_in + "。"), FS, 16, bold=True)
            font(p.add_run(rest), FS, 16)
            if layout == "line":
                para(doc, bracket, KT, 16)
            elif layout == "inline":
                font(p.add_run(bracket), KT, 16)
            elif layout == "br":
                r = p.add_run()
                r.add_break()
                font(r, FS, 16)
                font(p.add_run(bracket), KT, 16)
            gold.append({
                "id": marker.rstrip(".．"),
                "marker": marker,
                "head": text[:12],
                "responsible_units": leads + coops,
                "lead_units": leads,
                "cooperating_units": coops,
                "leaders": leaders,
                "deadline": None,
            })

    # 版记
    for _ in range(3):
        para(doc, indent=False)
    p = para(doc, "抄送：交通运输部办公厅，省委办公厅，省政府办公厅。", FS, 14,
             indent=False)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", 8, "000000")
    p = para(doc, "泾岳省交通运输厅办公室　　　　　　2026年3月4日印发", FS, 14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "bottom", 8, "000000")

    cp = doc.core_properties
    fixed = datetime.datetime(2026, 3, 4, 9, 30, 0)
    cp.author = "jtt-bgs"
    cp.last_modified_by = "jtt-bgs"
    cp.title = "泾岳省交通运输厅关于印发2026年全省交通运输工作要点任务分工的通知"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 3
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    return doc, gold


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 4, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def main():
    doc, gold = build()
    assert 25 <= len(gold) <= 40, len(gold)
    save_deterministic(doc, NOTICE)
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(NOTICE, GOLD, len(gold), "tasks")


if __name__ == "__main__":
    main()
