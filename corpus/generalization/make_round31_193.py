#!/usr/bin/python3
"""Round 31 (folder c): 193_fengpu_qu_pdftotext_layout_jiouye_yema.txt

枫浦区人民政府 (a district government, not its office) prints the 2025 政府工作报告 task breakdown as a typeset
公文 with no table, set as GB/T 9704-2012 sets it: A4, 16 pt body on a 28-character line, 22 lines a page (exact
29 pt pitch), first lines indented two characters, NO running head, the page number `－ N －` in 14 pt at the foot,
odd pages at the right (one character in from the edge), even pages at the left (odd/even footers), form feeds
between pages.  The DOCX is printed to PDF by LibreOffice and turned into text by poppler's `pdftotext -layout`;
the .txt IS poppler's output, byte for byte.

Tasks are the attachment's `1.`…`38.` numbered through seven `一、` sections, each closing with a bracket
`（责任区领导：X；牵头单位：A；责任单位：B、C）` (some with `；完成时限：…`, some without 牵头单位, one with the lead
repeated among the 责任单位, task 30 with `（1）`–`（3）` sub-items whose last carries the clause).

This script only makes the text.  The gold is typed by hand in gold_193.py; check_gold.py compares the two.
Run: /usr/bin/python3 make_193.py [--write]
"""
import os
import subprocess
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__)) + "/"
NAME = "193_fengpu_qu_pdftotext_layout_jiouye_yema"
TMP = "/tmp/r31c193/"

FS, KT, HT, XBS, ST = "仿宋_GB2312", "楷体_GB2312", "黑体", "方正小标宋简体", "宋体"

MARK = "枫浦区人民政府文件"
WENHAO = "枫政发〔2025〕4号"
TITLE = ["枫浦区人民政府关于印发《2025年区政府", "工作报告重点任务分解方案》的通知"]
ZHUSONG = "各街道办事处、石桥镇人民政府，枫浦经济技术开发区管委会，区政府各部门、各直属单位："

INTRO = [
    "《2025年枫浦区人民政府工作报告》已经区十八届人大五次会议审议通过。为确保报告确定的各项目标任务落到实处，区政府研究制定了《2025年区政府工作报告重点任务分解方案》，现印发给你们，请认真抓好贯彻落实。",
]
BODY = [
    ("一、压紧压实工作责任", [
        "各责任区领导要加强对分管领域重点任务的统筹调度，及时协调解决推进中的困难和问题。方案中明确牵头单位的，牵头单位对任务落实负总责，责任单位按照职责分工积极配合；未明确牵头单位的，责任单位中排在第一位的为牵头单位，其余为配合单位。各牵头单位要于3月15日前制定具体推进方案，将任务分解到季度、落实到岗位、明确到人头。",
    ]),
    ("二、强化督查考核问效", [
        "区政府督查室要将重点任务纳入年度督查计划，实行月调度、季通报、半年评估、年终考核，督查结果纳入全区高质量发展综合绩效考评。各牵头单位于每月25日前通过区督查督办系统报送任务进展情况，对进度滞后的任务说明原因、提出措施。",
    ]),
    ("三、及时报告重大事项", [
        "任务推进中遇到的重大问题，牵头单位要及时向责任区领导报告，需提请区政府研究的，按程序报区政府。因政策调整等原因确需变更任务内容或完成时限的，由牵头单位提出书面申请，经责任区领导同意后报区政府督查室备案。",
    ]),
]
FUJIAN = "附件：2025年区政府工作报告重点任务分解方案"
SIGN = "枫浦区人民政府"
DATE = "2025年2月26日"
FUZHU = "（此件公开发布）"

ATT_TITLE_LINES = ["2025年区政府工作报告", "重点任务分解方案"]
ATT_INTRO = "为全面完成区十八届人大五次会议确定的目标任务，现将《2025年枫浦区人民政府工作报告》明确的重点工作分解如下。"

# (section heading, [task paragraphs]); a task is a list of paragraphs, its first opening with `N.`
ATT = [
    ("一、着力稳增长扩投资，推动经济持续回升向好", [
        ["全区地区生产总值增长5.5%左右，一般公共预算收入增长4%，规模以上工业增加值增长7%，社会消费品零售总额增长5.5%，固定资产投资增长6%。（责任区领导：林卓然、赵明川；牵头单位：区发改局；责任单位：区财政局、区统计局、区工信局、区商务局、各街道办事处、石桥镇人民政府）"],
        ["全力抓好项目建设。全年实施区级重点项目120个，完成投资260亿元以上，新开工亿元以上项目35个，推行重点项目“赛马比拼”机制，每季度开展一次集中开工和现场观摩活动。（责任区领导：赵明川；牵头单位：区发改局；责任单位：区财政局、各街道办事处）"],
        ["积极争取上级资金支持。紧盯中央预算内投资、超长期特别国债和地方政府专项债券投向，储备项目不少于80个，全年争取各类上级资金35亿元以上。（责任区领导：赵明川；牵头单位：区发改局、区财政局；责任单位：区直有关部门）"],
        ["提振消费市场。开展“乐购枫浦”系列促消费活动50场以上，落实汽车、家电以旧换新政策，培育夜间经济集聚区2个，新增限额以上商贸企业60家。（责任区领导：韩松；牵头单位：区商务局；责任单位：区财政局、区市场监管局、区文旅体局、各街道办事处）"],
        ["加强财政收支管理。落实政府过紧日子要求，一般性支出压减5%以上，盘活存量资金和闲置资产，确保“三保”支出足额保障。（责任区领导：赵明川；牵头单位：区财政局）"],
        ["做好经济运行监测。建立重点企业、重点项目、重点指标“三张清单”，按月开展经济运行分析，及时研判解决苗头性、倾向性问题。（责任区领导：赵明川；牵头单位：区统计局；责任单位：区发改局、区工信局、区商务局、国家税务总局沣湖市枫浦区税务局；完成时限：每月15日前）"],
    ]),
    ("二、着力抓产业强创新，加快构建现代化产业体系", [
        ["壮大先进制造业集群。围绕智能装备、新材料、生物医药三大主导产业，深入实施产业链“链长制”，全年引进产业链上下游项目30个，规模以上工业企业达到420家。（责任区领导：韩松；牵头单位：区工信局；责任单位：区投资促进局、区科技局、枫浦经济技术开发区管委会）"],
        ["实施技术改造提升工程。推动规模以上工业企业数字化改造全覆盖，新增省级智能工厂和数字化车间6个，工业技改投资增长10%。（责任区领导：韩松；牵头单位：区工信局；责任单位：区财政局、区数据局；完成时限：2025年11月底前）"],
        ["培育壮大创新主体。新认定高新技术企业80家、科技型中小企业300家，全社会研发经费投入强度达到2.9%。（责任区领导：韩松；责任单位：区科技局、区工信局、区财政局、区统计局）"],
        ["建设枫浦科创走廊。加快石桥科创园二期建设，引进新型研发机构3家，建成中试基地2个，孵化器、众创空间在孵企业达到500家。（责任区领导：韩松；牵头单位：区科技局；责任单位：枫浦经济技术开发区管委会、石桥镇人民政府、区住建局）"],
        ["加快现代服务业发展。推进现代物流、检验检测、工业设计等生产性服务业集聚发展，新增规模以上服务业企业40家。（责任区领导：韩松、赵明川；牵头单位：区发改局、区商务局；责任单位：区统计局、各街道办事处）"],
        ["强化人才智力支撑。深入实施“枫浦英才计划”，全年引进高层次人才150名、青年大学生8000名，新建筹集人才公寓1000套。（责任区领导：林卓然；牵头单位：区委组织部（区委人才办）；责任单位：区人社局、区科技局、区住建局）"],
    ]),
    ("三、着力优环境促改革，持续激发市场主体活力", [
        ["深化“高效办成一件事”改革。新增“一件事”集成服务场景20个，政务服务事项全程网办率达到90%以上，企业开办时间压缩至1个工作日以内。（责任区领导：潘立；牵头单位：区政务服务中心；责任单位：区数据局、区市场监管局、区直有关部门）"],
        ["优化法治化营商环境。开展涉企行政执法专项监督，推行包容审慎监管和“综合查一次”，涉企检查频次同比下降30%。（责任区领导：潘立；牵头单位：区司法局；责任单位：区市场监管局、区城管局、区应急管理局、市生态环境局枫浦分局）"],
        ["扎实推进招商引资。聚焦长三角、粤港澳大湾区开展驻点招商，全年签约亿元以上项目60个，实际到位内资180亿元。（责任区领导：韩松；牵头单位：区投资促进局；责任单位：区商务局、区工信局、枫浦经济技术开发区管委会、各街道办事处、石桥镇人民政府；完成时限：2025年12月底前）"],
        ["深化国资国企改革。推动区属国有企业整合重组，完成区城投集团市场化转型，国有企业资产负债率控制在65%以内。（责任区领导：赵明川；牵头单位：区国资中心；责任单位：区财政局、区城投集团）"],
        ["支持民营经济发展壮大。常态化开展政企恳谈活动，清理拖欠企业账款，全年兑现惠企政策资金5亿元以上。（责任区领导：韩松；牵头单位：区工信局、区发改局；责任单位：区财政局、区工商联、区市场监管局）"],
    ]),
    ("四、着力提品质强功能，推进城市更新和城乡融合", [
        ["推进城市更新行动。改造老旧小区36个、城中村2个，加装电梯60部，新建改造城市排水管网25公里。（责任区领导：郑国栋；牵头单位：区住建局；责任单位：区城管局、区财政局、各街道办事处）"],
        ["完善城市交通路网。建成通车沿河东路、科创大道北延段，打通断头路6条，新增公共停车泊位2000个。（责任区领导：郑国栋；牵头单位：区交通运输局；责任单位：区住建局、市自然资源和规划局枫浦分局、市公安局枫浦分局交警大队）"],
        ["提升城市精细化管理水平。开展市容环境“十大专项整治”，实施背街小巷提升工程40条，生活垃圾分类覆盖率保持100%。（责任区领导：郑国栋；牵头单位：区城管局；责任单位：各街道办事处）"],
        ["推进乡村全面振兴。粮食播种面积稳定在8.6万亩以上，建设高标准农田1.2万亩，打造和美乡村示范村5个，村级集体经济收入全部达到30万元以上。（责任区领导：马晓岚；牵头单位：区农业农村局；责任单位：区财政局、市自然资源和规划局枫浦分局、石桥镇人民政府）"],
        ["加强土地要素保障。全年供应国有建设用地3000亩以上，盘活批而未供和闲置土地1200亩。（责任区领导：郑国栋；牵头单位：市自然资源和规划局枫浦分局；责任单位：枫浦经济技术开发区管委会、各街道办事处、石桥镇人民政府）"],
        ["实施水利基础设施提升工程。完成枫溪河综合治理二期工程，除险加固小型水库4座，新建改造农村供水管网60公里。（责任区领导：马晓岚；牵头单位：区水利局；完成时限：2025年10月底前）"],
    ]),
    ("五、着力护生态守底线，推动绿色低碳发展", [
        ["深入打好蓝天碧水净土保卫战。PM2.5平均浓度控制在30微克/立方米以内，空气质量优良天数比率达到85%，国省考断面水质优良率保持100%。（责任区领导：郑国栋；牵头单位：市生态环境局枫浦分局；责任单位：区住建局、区交通运输局、区农业农村局、区城管局、各街道办事处）"],
        ["抓好生态环境保护督察反馈问题整改。建立问题清单、责任清单和整改清单，确保年度整改任务按期销号。（责任区领导：郑国栋；牵头单位：市生态环境局枫浦分局；责任单位：区直有关部门、各街道办事处、石桥镇人民政府）"],
        ["推动绿色低碳转型。推进分布式光伏开发，新增光伏装机容量5万千瓦，完成重点用能单位节能诊断30家。（责任区领导：韩松；牵头单位：区发改局；责任单位：区工信局、区机关事务服务中心）"],
        ["落实林长制和河湖长制。完成植树造林1500亩，巡河巡林全覆盖，河湖“清四乱”问题动态清零。（责任区领导：马晓岚；责任单位：区水利局、市自然资源和规划局枫浦分局）"],
    ]),
    ("六、着力惠民生增福祉，提升群众获得感幸福感", [
        ["稳定和扩大就业。城镇新增就业1.1万人，开展职业技能培训1.5万人次，城镇登记失业率控制在3%以内，零就业家庭动态清零。（责任区领导：许静怡；牵头单位：区人社局；责任单位：区财政局、区总工会、团区委、区妇联、各街道办事处）"],
        ["办好人民满意教育。新建改扩建中小学、幼儿园5所，新增学位4500个，推进集团化办学全覆盖。（责任区领导：许静怡；牵头单位：区教育局；责任单位：区发改局、区财政局、区住建局、市自然资源和规划局枫浦分局）"],
        ["推进健康枫浦建设，重点抓好以下工作：",
         "（1）区人民医院新院区主体工程完工，区中医院创成三级中医医院；",
         "（2）建设紧密型医疗卫生共同体，基层医疗卫生机构诊疗量占比达到65%；",
         "（3）为65岁以上老年人免费开展健康体检4.2万人次。（责任区领导：许静怡；牵头单位：区卫生健康局；责任单位：区发改局、区医保局、区人民医院、区中医院）"],
        ["完善养老服务体系。新建街道综合养老服务中心3个、社区嵌入式养老服务站10个，完成困难老年人家庭适老化改造300户。（责任区领导：许静怡；牵头单位：区民政局；责任单位：区民政局、区卫生健康局、区住建局、各街道办事处）"],
        ["加强社会救助兜底保障。落实低保、特困供养标准动态调整机制，及时将符合条件的困难群众纳入救助范围。（责任区领导：许静怡；牵头单位：区民政局；责任单位：区财政局、区医保局、区残联）"],
        ["繁荣文化体育事业。举办“枫浦文化节”等群众性文化活动300场次，建成城市书房8个，新建更新全民健身设施50处。（责任区领导：许静怡；牵头单位：区文旅体局；责任单位：区委宣传部、区融媒体中心、区教育局）"],
        ["提高医疗保障水平。基本医疗保险参保率稳定在97%以上，深化医保支付方式改革，提高门诊共济保障水平。（责任区领导：许静怡；牵头单位：区医保局；责任单位：区卫生健康局、国家税务总局沣湖市枫浦区税务局）"],
        ["做好退役军人服务保障。推进退役军人服务中心（站）规范化建设，全年组织退役军人专场招聘会4场。（责任区领导：潘立；牵头单位：区退役军人事务局；责任单位：区人社局、区民政局、区人武部）"],
    ]),
    ("七、着力防风险保安全，建设更高水平平安枫浦", [
        ["抓好安全生产和防灾减灾。深入开展安全生产治本攻坚三年行动，重点行业领域重大事故隐患整改率达到100%，生产安全事故起数和死亡人数实现“双下降”。（责任区领导：潘立；牵头单位：区应急管理局；责任单位：区住建局、区交通运输局、区市场监管局、区消防救援大队、各街道办事处、石桥镇人民政府）"],
        ["守牢食品药品安全底线。食品安全抽检量达到每千人5批次，药品安全专项整治覆盖率100%。（责任区领导：潘立；牵头单位：区市场监管局；责任单位：区农业农村局、区卫生健康局）"],
        ["深化平安枫浦建设。常态化推进扫黑除恶斗争，完善信访工作“一站式”化解机制，信访事项按期办结率达到98%以上。（责任区领导：林卓然、潘立；牵头单位：市公安局枫浦分局、区信访局；责任单位：区司法局、各街道办事处、石桥镇人民政府；完成时限：2025年12月底前）"],
    ]),
]
CHAOSONG = "抄送：区委各部门，区人大常委会办公室，区政协办公室，区法院，区检察院，区人武部。"
YINFA_L, YINFA_R = "枫浦区人民政府办公室", "2025年2月26日印发"


def font(run, name, size=16, bold=None, color=None):
    run.font.name = name
    run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color:
        run.font.color.rgb = color


def para(container, text="", fn=FS, size=16, align=None, indent=True, color=None, exact=29):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.widow_control = False
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            pf.first_line_indent = Pt(32)
    if text:
        font(p.add_run(text), fn, size, None, color)
    return p


def page_field(p):
    r = p.add_run()
    font(r, ST, 14)
    p._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:rPr><w:rFonts w:ascii="{ST}" w:hAnsi="{ST}"/>'
        f'<w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'))


def footer(p, side):
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    if side == "r":      # odd pages: at the right, one character in
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.right_indent = Pt(14)
    else:                # even pages: at the left, one character in
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.left_indent = Pt(14)
    font(p.add_run("－  "), ST, 14)
    page_field(p)
    r = p.add_run("  －")
    font(r, ST, 14)


def build(pad):
    d = Document()
    d.settings.odd_and_even_pages_header_footer = True
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(27), Mm(24.5)
    sec.header_distance, sec.footer_distance = Mm(20), Mm(24)
    st = d.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    footer(sec.footer.paragraphs[0], "r")
    footer(sec.even_page_footer.paragraphs[0], "l")

    para(d, "")
    para(d, MARK, XBS, 34, align="c", color=RGBColor(0xFF, 0, 0), exact=54)
    para(d, "")
    para(d, WENHAO, align="c")
    p = para(d, "", indent=False, exact=12)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr>'))
    para(d, "")
    for t in TITLE:
        para(d, t, XBS, 22, align="c", exact=36)
    para(d, "")
    para(d, ZHUSONG, indent=False)
    for t in INTRO:
        para(d, t)
    for h, ps in BODY:
        para(d, h, HT)
        for t in ps:
            para(d, t)
    para(d, "")
    para(d, FUJIAN)
    para(d, "")
    para(d, "")
    p = para(d, SIGN, align="r")
    p.paragraph_format.right_indent = Pt(64)
    p = para(d, DATE, align="r")
    p.paragraph_format.right_indent = Pt(64)
    para(d, FUZHU)

    p = para(d, "附件", HT, indent=False)
    p.paragraph_format.page_break_before = True
    para(d, "")
    for t in ATT_TITLE_LINES:
        para(d, t, XBS, 22, align="c", exact=36)
    para(d, "")
    para(d, ATT_INTRO)
    n = 0
    for head, tasks in ATT:
        para(d, head, HT)
        for paras in tasks:
            n += 1
            for k, t in enumerate(paras):
                if k == 0:
                    t = f"{n}." + t
                if k == len(paras) - 1 and n in pad:
                    i = t.rindex("（责任区领导")
                    t = t[:i] + pad[n] + t[i:]
                para(d, t)
    # 版记 on the last page
    para(d, "")
    para(d, "")
    p = para(d, "", indent=False, exact=24)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/>'
        f'<w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>'))
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(-14)
    font(p.add_run(CHAOSONG), FS, 14)
    p = para(d, "", indent=False, exact=24)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="8" w:space="1" w:color="000000"/></w:pBdr>'))
    p.paragraph_format.tab_stops.add_tab_stop(Mm(154), WD_TAB_ALIGNMENT.RIGHT)
    font(p.add_run("  " + YINFA_L + "\t" + YINFA_R), FS, 14)
    return d


PAD = {}


def make(pad):
    os.makedirs(TMP, exist_ok=True)
    d = build(pad)
    docx = TMP + NAME + ".docx"
    d.save(docx)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", TMP, docx],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", TMP + NAME + ".pdf", TMP + NAME + ".txt"],
                   check=True)
    return open(TMP + NAME + ".txt", encoding="utf-8").read()


if __name__ == "__main__":
    text = make(PAD)
    if "--write" in sys.argv:
        open(OUT + NAME + ".txt", "w", encoding="utf-8").write(text)
        print("written", OUT + NAME + ".txt")
    else:
        sys.stdout.write(text)
