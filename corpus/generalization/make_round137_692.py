#!/usr/bin/python3
"""Round 137, case 692 (control): a provincial 省人民政府办公厅 notice splitting the
2024 省《政府工作报告》 into tasks for 省直部门 and 各市人民政府, as a provincial portal's
政务公开 page gives it when dumped to plain text.

The page is written here as HTML (the portal's article template) and dumped to text
with w3m (Debian bookworm package w3m 0.5.3+git20230121-2):
    w3m -dump -cols 4000 -O UTF-8 -T text/html page.html
The gold list is written from the same task description (TASKS below).

Deterministic: no dates, no randomness; w3m's dump of a fixed file is fixed.
Writes: 692_chunan_sheng_gzbg_zhongdian_gongzuo_fengong.txt, 692.tasks.gold.jsonl
"""
import html
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = "692_chunan_sheng_gzbg_zhongdian_gongzuo_fengong.txt"
GOLD = "692.tasks.gold.jsonl"
IND = "\u3000\u3000"  # two ideographic spaces, as the portal's editor types them

# ---------------------------------------------------------------------------
# The task description.  Each task: marker as printed, its paragraphs (the last
# one gets the bracket), the printed leader names, the printed lead units, the
# printed cooperating units, and how the bracket is worded:
#   seps  : separators printed between the cooperating units (default all "、")
#   deng  : whether "等" follows the last cooperating unit
#   kind  : "fengong" -> "X牵头，Y等按职责分工负责"; "single" -> "X负责"
# ---------------------------------------------------------------------------
WY = "王\u3000勇"  # padded two-character name as the drafters typed it

PARTS = [
    ("一、2024年经济社会发展主要预期目标", [
        dict(m="1.", p=["全省地区生产总值增长5.5%左右，规模以上工业增加值增长6.5%左右，固定资产投资增长6%左右，社会消费品零售总额增长6%左右，一般公共预算收入增长3%左右。"],
             ld=[WY], lead=["省发展改革委", "省统计局"],
             coop=["省工业和信息化厅", "省财政厅", "省商务厅", "各市人民政府"]),
        dict(m="2.", p=["城镇新增就业60万人以上，城镇调查失业率控制在5.5%左右；居民人均可支配收入增长与经济增长基本同步，居民消费价格涨幅3%左右。"],
             ld=["李红梅"], lead=["省人力资源社会保障厅"],
             coop=["省统计局", "省发展改革委", "国家统计局楚南调查总队"]),
        dict(m="3.", p=["粮食产量稳定在620亿斤以上；单位地区生产总值能耗和二氧化碳排放降低完成国家下达任务，主要污染物排放总量持续下降。"],
             ld=[WY, "何平"], lead=["省发展改革委"],
             coop=["省农业农村厅", "省生态环境厅", "省统计局"]),
    ]),
    ("二、着力扩大有效需求，推动经济持续回升向好", [
        dict(m="4.", p=["深入开展重大项目攻坚年活动，全年实施省重点建设项目1200个以上、完成年度投资5500亿元以上，新开工亿元以上项目3000个以上。健全项目谋划储备、要素保障、调度督办机制，推动项目早开工、早投产、早见效。"],
             ld=[WY], lead=["省发展改革委"],
             coop=["省自然资源厅", "省生态环境厅", "省住房城乡建设厅", "各市人民政府"]),
        dict(m="5.", p=["积极争取超长期特别国债、地方政府专项债券和中央预算内投资支持，全年争取新增专项债券额度1000亿元以上，用足用好各类政策性金融工具。"],
             ld=[WY], lead=["省财政厅"],
             coop=["省发展改革委", "人民银行楚南省分行"], seps=["，"]),
        dict(m="6.", p=["激发民间投资活力，常态化向民间资本推介重大项目，规范实施政府和社会资本合作新机制，民间投资占全部投资比重稳定在55%以上。"],
             ld=[WY], lead=["省发展改革委"],
             coop=["省工业和信息化厅", "省工商联"]),
        dict(m="7.", p=["实施消费提振行动，开展“楚南购物季”系列促消费活动，推动汽车、家电、家居等大宗消费更新换代，培育壮大数字消费、绿色消费、健康消费，打造省级以上步行街和智慧商圈20个以上。"],
             ld=["孙海涛"], lead=["省商务厅"],
             coop=["省发展改革委", "省财政厅", "省市场监管局"]),
        dict(m="8.", p=["推动文化和旅游深度融合，实施文旅消费惠民工程，持续擦亮“山水楚南”文旅品牌，全年接待游客人次增长10%以上，新创建国家5A级旅游景区1家、国家级旅游度假区1家。"],
             ld=["李红梅"], lead=["省文化和旅游厅"],
             coop=["省发展改革委", "省商务厅", "省自然资源厅"]),
        dict(m="9.", p=["办好第十五届省运会，广泛开展全民健身活动，新建改扩建体育公园20个、社区多功能运动场100个以上。"],
             ld=["李红梅"], lead=["省体育局"], coop=[], kind="single"),
    ]),
    ("三、加快构建现代化产业体系，推动制造业高质量发展", [
        dict(m="10.", p=["实施先进制造业强省建设行动，推进工程机械、先进轨道交通装备、新材料、电子信息等优势产业链延链补链强链，规模以上工业企业数量突破2万家。"],
             ld=["陈志刚"], lead=["省工业和信息化厅"],
             coop=["省发展改革委", "省科技厅", "省商务厅"]),
        dict(m="11.", p=["加快传统产业转型升级，实施新一轮技术改造和设备更新工程，工业技改投资增长10%以上，新培育省级智能制造示范企业100家。"],
             ld=["陈志刚"], lead=["省工业和信息化厅"],
             coop=["省发展改革委", "省财政厅"]),
        dict(m="12.", p=["大力培育专精特新企业，新增国家级专精特新“小巨人”企业50家以上、省级专精特新中小企业500家以上，落实好中小企业纾困帮扶政策。"],
             ld=["陈志刚"], lead=["省工业和信息化厅"],
             coop=["省财政厅", "省市场监管局", "省委金融办（省地方金融管理局）"]),
        dict(m="13.", p=["加快发展数字经济，适度超前建设5G基站、算力中心等新型基础设施，推进数据要素市场化配置改革，数字经济核心产业增加值增长12%以上。"],
             ld=["陈志刚"], lead=["省数据局"],
             coop=["省工业和信息化厅", "省通信管理局", "省发展改革委"]),
        dict(m="14.", p=["推动现代服务业同先进制造业深度融合，加快发展现代物流、研发设计、检验检测等生产性服务业，有效降低全社会物流成本。"],
             ld=["孙海涛"], lead=["省发展改革委"],
             coop=["省商务厅", "省交通运输厅", "省邮政管理局"]),
    ]),
    ("四、深入实施创新驱动发展战略，加快建设科技强省", [
        dict(m="15.", p=["加快建设区域科技创新高地，推进楚江实验室等重大创新平台建设，力争新增国家级创新平台5家以上，全社会研发经费投入增长12%以上。"],
             ld=["陈志刚"], lead=["省科技厅"],
             coop=["省发展改革委", "省教育厅", "省财政厅"]),
        dict(m="16.", p=["强化企业科技创新主体地位，落实研发费用加计扣除等政策，高新技术企业总数突破1.6万家，科技型中小企业评价入库2.5万家以上。"],
             ld=["陈志刚"], lead=["省科技厅"],
             coop=["省税务局", "省财政厅", "省工业和信息化厅"]),
        dict(m="17.", p=["深化人才发展体制机制改革，实施高层次人才集聚工程，新引进培育高层次人才2000名以上，吸引更多高校毕业生来楚南就业创业。"],
             ld=["李红梅"], lead=["省人力资源社会保障厅"],
             coop=["省委人才办", "省科技厅", "省教育厅"]),
    ]),
    ("五、深化重点领域改革，持续激发发展活力", [
        dict(m="18.", p=["深入实施国有企业改革深化提升行动，推动省属国有资本向重要行业和关键领域集中，完成省属企业战略性重组和专业化整合3户以上。"],
             ld=[WY], lead=["省国资委"],
             coop=["省财政厅", "省发展改革委"]),
        dict(m="19.", p=["持续优化营商环境。深入开展营商环境优化提升行动，全面落实公平竞争审查制度，依法平等保护各类经营主体产权和合法权益，开展拖欠企业账款清理专项行动。",
                          "推进“高效办成一件事”，年内实现企业开办、不动产登记、企业破产等重点事项“一次告知、一表申请、一窗受理”，政务服务事项网上可办率达到98%以上。"],
             ld=[WY], lead=["省发展改革委"],
             coop=["省市场监管局", "省司法厅", "省政务服务中心", "各市人民政府"]),
        dict(m="20.", p=["深化财税体制改革，推进省以下财政体制改革，加强财政资源统筹，加大对市县财力性转移支付力度，坚决兜牢基层“三保”底线。"],
             ld=[WY], lead=["省财政厅"],
             coop=["省税务局", "各市人民政府"]),
        dict(m="21.", p=["有效防范化解重点领域风险，稳妥推进地方中小金融机构改革化险，严厉打击非法金融活动，守住不发生系统性风险底线。"],
             ld=[WY], lead=["省委金融办（省地方金融管理局）"],
             coop=["人民银行楚南省分行", "国家金融监督管理总局楚南监管局", "楚南证监局", "省公安厅"]),
    ]),
    ("六、扩大高水平对外开放，积极融入新发展格局", [
        dict(m="22.", p=["稳住外贸基本盘，实施外贸经营主体培育行动，大力发展跨境电商、市场采购贸易等新业态，全年进出口总额增长5%以上。"],
             ld=["孙海涛"], lead=["省商务厅"],
             coop=["楚南海关", "省税务局", "人民银行楚南省分行"]),
        dict(m="23.", p=["加大招商引资力度，开展“楚商回归”等系列招商活动，实际使用外资增长10%以上；深化与东盟、欧盟和共建“一带一路”国家经贸合作，拓展国际友城交流。"],
             ld=["孙海涛"], lead=["省商务厅"],
             coop=["省政府外办（省港澳办）", "省发展改革委", "省工商联"]),
        dict(m="24.", p=["提升开放平台能级，推动楚江新区、综合保税区和国家级经济技术开发区高质量发展，加快国际货运班列和航空货运枢纽建设。"],
             ld=["孙海涛"], lead=["省商务厅"],
             coop=["楚江新区管委会", "楚南海关", "省交通运输厅", "有关市人民政府"]),
    ]),
    ("七、全面推进乡村振兴，加快建设农业强省", [
        dict(m="25.", p=["毫不放松抓好粮食生产，严格落实粮食安全党政同责，新建和改造提升高标准农田200万亩，稳定生猪等重要农产品供给。"],
             ld=["何平"], lead=["省农业农村厅"],
             coop=["省发展改革委", "省自然资源厅", "省水利厅", "省粮食和储备局"]),
        dict(m="26．", p=["巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制，确保不发生规模性返贫，脱贫人口务工规模稳定在150万人以上。"],
             ld=["何平"], lead=["省农业农村厅"],
             coop=["省人力资源社会保障厅", "省民政厅", "省医保局"]),
        dict(m="27.", p=["学习运用“千万工程”经验，建设宜居宜业和美乡村，农村卫生厕所普及率达到80%，农村生活污水治理率达到40%以上。"],
             ld=["何平"], lead=["省农业农村厅"],
             coop=["省住房城乡建设厅", "省生态环境厅", "省水利厅", "各县（市、区）人民政府", "各乡镇（街道）"]),
        dict(m="28.", p=["加强水利基础设施建设，加快推进重大水利工程，实施中小河流治理和病险水库除险加固，全年完成水利投资400亿元以上。"],
             ld=["何平"], lead=["省水利厅"],
             coop=["省发展改革委", "省财政厅", "省自然资源厅"]),
    ]),
    ("八、推进新型城镇化和区域协调发展，加强生态文明建设", [
        dict(m="29.", p=["实施城市更新行动，新开工改造城镇老旧小区1500个，稳步推进城中村改造和保障性住房建设，促进房地产市场平稳健康发展。"],
             ld=["周建国"], lead=["省住房城乡建设厅"],
             coop=["省发展改革委", "省财政厅", "省自然资源厅", "各市人民政府"]),
        dict(m="30.", p=["完善综合立体交通网，加快推进高速铁路、高速公路和机场建设，全年完成交通投资800亿元以上，新增高速公路通车里程200公里。"],
             ld=["周建国"], lead=["省交通运输厅"],
             coop=["省发展改革委", "省自然资源厅", "楚南机场集团"]),
        dict(m="31.", p=["深入打好蓝天、碧水、净土保卫战，全省地级城市空气质量优良天数比率达到88%以上，国考断面水质优良比例稳定在95%以上。"],
             ld=["周建国"], lead=["省生态环境厅"],
             coop=["省发展改革委", "省工业和信息化厅", "省住房城乡建设厅", "省农业农村厅"]),
        dict(m="32.", p=["积极稳妥推进碳达峰碳中和，加快发展新能源，新增风电、光伏发电装机300万千瓦以上，推动能源结构持续优化。"],
             ld=[WY], lead=["省发展改革委"],
             coop=["省能源局", "省生态环境厅", "省工业和信息化厅"]),
    ]),
    ("九、持续保障和改善民生，扎实推进共同富裕", [
        dict(m="33.", p=["落实就业优先政策，统筹做好高校毕业生、农民工、退役军人等重点群体就业，开展大规模职业技能培训30万人次以上。"],
             ld=["李红梅"], lead=["省人力资源社会保障厅"],
             coop=["省教育厅", "省财政厅", "省农业农村厅", "省退役军人事务厅"]),
        dict(m="34.", p=["办好人民满意的教育，新增公办幼儿园学位3万个，推进县域普通高中振兴，支持高校“双一流”建设。"],
             ld=["李红梅"], lead=["省教育厅"],
             coop=["省发展改革委", "省财政厅", "省人力资源社会保障厅"]),
        dict(m="35.", p=["推进健康楚南建设，深化医药卫生体制改革，推进国家和省级区域医疗中心建设，加强紧密型县域医共体建设。"],
             ld=["李红梅"], lead=["省卫生健康委"],
             coop=["省医保局", "省药监局", "省发展改革委"]),
        dict(m="36.", p=["健全社会保障体系，稳步提高城乡居民基础养老金，发展银发经济，新增养老机构护理型床位1万张，加强困难群众兜底保障。"],
             ld=["李红梅"], lead=["省民政厅"],
             coop=["省人力资源社会保障厅", "省财政厅", "省医保局", "省卫生健康委"]),
        dict(m="37.", p=["统筹发展和安全，深化安全生产治本攻坚三年行动，加强防汛抗旱、森林防火和地质灾害防治，提升防灾减灾救灾能力。"],
             ld=["林国栋"], lead=["省应急厅"],
             coop=["省自然资源厅", "省水利厅", "省林业局", "省住房城乡建设厅", "省交通运输厅"]),
        dict(m="38.", p=["推进平安楚南建设，坚持和发展新时代“枫桥经验”，常态化开展扫黑除恶斗争，加强基层社会治理和矛盾纠纷多元化解。"],
             ld=["林国栋"], lead=["省公安厅"],
             coop=["省司法厅", "省信访局", "各县（市、区）人民政府"]),
    ]),
    ("十、全面加强政府自身建设", [
        dict(m="39.", p=["坚持依法行政，健全重大行政决策程序，深化行政执法体制改革，全面推行行政执法“三项制度”，认真办理人大代表建议和政协提案。"],
             ld=["刘晓燕"], lead=["省司法厅"],
             coop=["省政府办公厅", "省直有关部门"]),
        dict(m="40.", p=["坚持政府过紧日子，严控一般性支出，加强审计监督和财会监督，锲而不舍落实中央八项规定精神，持续为基层减负。"],
             ld=["王勇"], lead=["省财政厅"],
             coop=["省审计厅", "省机关事务管理局", "省直各部门", "各市人民政府"], deng=False),
    ]),
]


def bracket(t):
    leaders = "、".join(t["ld"])
    if t.get("kind") == "single":
        clause = "、".join(t["lead"]) + "负责"
    else:
        seps = t.get("seps") or []
        coop = ""
        for i, u in enumerate(t["coop"]):
            if i:
                coop += seps[i - 1] if i - 1 < len(seps) else "、"
            coop += u
        clause = "、".join(t["lead"]) + "牵头，" + coop + ("等" if t.get("deng", True) else "") + "按职责分工负责"
    return "（责任省领导：" + leaders + "；" + clause + "）"


def gold_rows():
    rows = []
    for _, tasks in PARTS:
        for t in tasks:
            m = t["m"]
            tid = m.rstrip(".．")
            head = "".join(ch for ch in t["p"][0] if not ch.isspace())[:12]
            rows.append({
                "id": tid,
                "marker": m,
                "head": head,
                "responsible_units": t["lead"] + t["coop"],
                "lead_units": list(t["lead"]),
                "cooperating_units": list(t["coop"]),
                "leaders": [n.replace("\u3000", "") for n in t["ld"]],
                "deadline": None,
            })
    return rows


def e(s):
    return html.escape(s, quote=False)


def p(text, cls=None, style=None):
    a = ""
    if cls:
        a += f' class="{cls}"'
    if style:
        a += f' style="{style}"'
    return f"<p{a}>{e(text)}</p>"


TITLE = "楚南省人民政府办公厅关于分解落实2024年省《政府工作报告》重点工作任务的通知"
WENHAO = "楚政办发〔2024〕5号"


def page_html():
    out = []
    out.append('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">')
    out.append(f"<title>{e(TITLE)}_省政府办公厅文件_楚南省人民政府门户网站</title></head><body>")
    out.append('<div class="top-bar"><span>楚南省人民政府门户网站</span> | <a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">繁體</a></div>')
    out.append('<div class="nav"><a href="#">首页</a> | <a href="#">要闻动态</a> | <a href="#">政务公开</a> | <a href="#">政务服务</a> | <a href="#">互动交流</a> | <a href="#">走进楚南</a></div>')
    out.append('<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">政策文件</a> &gt; <a href="#">省政府办公厅文件</a></div>')
    meta = [
        ("索引号：", "114300000061288302/2024-00037", "主题分类：", "综合政务\\其他"),
        ("发布机构：", "楚南省人民政府办公厅", "成文日期：", "2024-02-06"),
        ("文号：", WENHAO, "发布日期：", "2024-02-08"),
        ("标题：", TITLE, "有效性：", "有效"),
    ]
    out.append('<table class="xxgk-meta">')
    for a, b, c, d in meta:
        out.append(f"<tr><th>{e(a)}</th><td>{e(b)}</td><th>{e(c)}</th><td>{e(d)}</td></tr>")
    out.append("</table>")
    out.append(f'<h1 class="article-title">{e(TITLE)}</h1>')
    out.append('<div class="article-info">发布时间：2024-02-08 16:42　来源：省政府办公厅　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　<a href="#">【打印】</a></div>')
    out.append('<div class="TRS_Editor">')
    # The body as the editor pasted it from the Word file: title on two centred lines.
    out.append(p("楚南省人民政府办公厅关于分解落实", style="text-align:center"))
    out.append(p("2024年省《政府工作报告》重点工作任务的通知", style="text-align:center"))
    out.append(p(WENHAO, style="text-align:center"))
    out.append(p("各市人民政府，楚江新区管委会，省政府各部门、各直属机构："))
    cover = [
        "为全面完成省十四届人大二次会议审议通过的《政府工作报告》确定的目标任务，经省人民政府同意，现将《政府工作报告》重点工作任务分解落实到省直有关部门（单位）和各市人民政府，并就有关事项通知如下。",
        "各地、各部门要深入贯彻党的二十大和二十届二中全会精神，全面落实省委经济工作会议部署，把落实《政府工作报告》作为践行“两个维护”的具体行动，逐项细化工作措施，明确时间表、路线图和责任人，确保全年目标任务圆满完成。",
        "各项任务中，列明的牵头单位对任务落实负总责，要主动牵头、统筹协调，及时研究解决推进中的重大问题；有两个牵头单位的，排在第一位的单位负责组织协调。按职责分工负责的单位要积极主动配合，形成工作合力。责任省领导要加强对分管领域任务的调度推进。涉及各市的任务，各市人民政府要结合实际抓好贯彻落实。",
        "各牵头单位要于2月底前将细化的工作措施报省政府督查室，并于每季度最后一个月25日前报送工作进展情况，12月10日前报送全年工作完成情况。省政府督查室要将《政府工作报告》重点工作落实情况纳入年度督查计划，定期通报进展情况。",
    ]
    for c in cover:
        out.append(p(IND + c))
    out.append(p(IND + "附件：2024年省《政府工作报告》重点工作分工"))
    out.append(p("楚南省人民政府办公厅", style="text-align:right"))
    out.append(p("2024年2月6日", style="text-align:right"))
    out.append(p(IND + "（此件公开发布）"))
    out.append(p("附件"))
    out.append(p("2024年省《政府工作报告》重点工作分工", style="text-align:center"))
    for heading, tasks in PARTS:
        out.append(p(IND + heading))
        for t in tasks:
            paras = list(t["p"])
            paras[-1] = paras[-1] + bracket(t)
            out.append(p(IND + t["m"] + paras[0]))
            for more in paras[1:]:
                out.append(p(IND + more))
    out.append("</div>")
    out.append('<div class="article-tools"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>')
    out.append('<div class="qr">扫一扫在手机打开当前页</div>')
    out.append('<div class="footer"><p>主办：楚南省人民政府办公厅　承办：楚南省大数据中心</p>'
               '<p>网站标识码：4300000001　楚ICP备05001234号　楚公网安备43010202000123号</p></div>')
    out.append("</body></html>\n")
    return "\n".join(out)


def w3m_dump(html_text):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "page.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html_text)
        r = subprocess.run(["w3m", "-dump", "-cols", "4000", "-O", "UTF-8", "-T", "text/html", src],
                           check=True, capture_output=True, env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": d})
        return r.stdout


def main():
    txt = w3m_dump(page_html())
    with open(os.path.join(HERE, NOTICE), "wb") as f:
        f.write(txt)
    rows = gold_rows()
    with open(os.path.join(HERE, GOLD), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {NOTICE} ({len(txt)} bytes) and {GOLD} ({len(rows)} tasks)")


if __name__ == "__main__":
    sys.exit(main())
