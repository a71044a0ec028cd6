#!/usr/bin/python3
"""Round 150, notice 772: a rural commercial bank splits its own 工作要点 among 总行部室 and 支行.

The notice is the red-header Word document that the head office of an invented county bank,
莼溪农村商业银行股份有限公司 (莼溪农商银行), sends on its OA system to 总行各部室，各支行（营业部）:

  * 版头: red issuer mark 莼溪农村商业银行股份有限公司文件, 文号 莼农商银发〔2025〕9号, red rule;
  * title 关于印发《莼溪农商银行2025年工作要点》任务分解表的通知, 主送, a cover of three 黑体 run-ins
    (一、 says 牵头部室 carry the task as a whole and 配合部室（单位） cooperate, and that a 支行 named in
    the 配合 column carries the work out in its own branch), 附件说明 for two attachments, 落款 and date,
    附注 （此件发至各支行，不对外公开）;
  * 附件1 on landscape pages: one Word table
    序号 | 工作任务 | 分管行领导 | 牵头部室 | 配合部室（单位） | 完成时限
    with six part rows merged across (`一、…（6项）`), tasks 1–42 numbered on through the parts, the
    分管行领导 cell merged down over runs of one leader inside a part, two-character names padded
    with a full-width space (何　静), bank department names carrying their second name in brackets
    (办公室（党委办公室）, 零售业务部（普惠金融部）, 内控合规部（法律事务部）), named 支行, 营业部,
    各支行（营业部）, 各涉农支行, two 牵头部室 in some cells, `/` when no 配合 unit;
  * 附件2: the blank 季度推进情况报送表 template (header only, empty rows; not tasks);
  * 版记 on a last portrait page: 抄报, 抄送, 印发 line.

Files written (in the current directory, /work/round150):
  772_chunxi_nongshang_yinhang_gongzuo_yaodian_renwu_fenjie.docx   the notice
  772.tasks.gold.jsonl                                             the gold, one task per line

Both come from the single TASKS description below. Needs only /usr/bin/python3 with python-docx
(no outside converter). The DOCX is made deterministic by fixed core properties and by rewriting the
zip with fixed member timestamps in python-docx's member order.
"""
import io
import json
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

NOTICE = "772_chunxi_nongshang_yinhang_gongzuo_yaodian_renwu_fenjie.docx"
GOLD = "772.tasks.gold.jsonl"

# --------------------------------------------------------------------------------------------
# Leaders of the bank (invented). Printed in the table by name only; two-character names padded.
LEADERS = {
    "陈立新": "党委书记、董事长",
    "许文博": "党委副书记、行长",
    "何静": "党委委员、副行长",
    "欧阳立军": "党委委员、副行长",
    "孟广川": "党委委员、纪委书记",
    "梁秀云": "监事长",
    "唐志远": "党委委员、行长助理",
}


def pad(name):
    return name[0] + "\u3000" + name[1] if len(name) == 2 else name


# Units
BGS = "办公室（党委办公室）"
RLZ = "人力资源部（党委组织部）"
DJB = "党建工作部（党委宣传部）"
JWB = "纪委办公室（监察室）"
GH = "工会办公室"
TW = "团委"
DSH = "董事会办公室"
JSH = "监事会办公室"
JCB = "计划财务部"
GSB = "公司业务部"
LSB = "零售业务部（普惠金融部）"
SNB = "三农金融部"
JRS = "金融市场部"
SZB = "数字银行部（网络金融部）"
SXB = "授信审批部"
FXB = "风险管理部"
ZCB = "资产保全部"
NKB = "内控合规部（法律事务部）"
SJB = "审计部"
YYB = "运营管理部"
KJB = "科技信息部"
ABB = "安全保卫部"
XBB = "消费者权益保护部"
YYE = "营业部"
GZH = "各支行（营业部）"
SNZ = "各涉农支行"

# --------------------------------------------------------------------------------------------
# The one description of the tasks: parts, then (text, leaders, lead units, cooperating units, deadline)
TASKS = [
    ("一、坚持党建引领，推动全面从严治党向纵深发展", [
        ("深入学习贯彻党的二十届三中全会精神，严格落实“第一议题”制度，全年开展党委理论学习中心组集中学习不少于12次，每季度至少开展1次专题研讨。",
         ["陈立新"], [BGS], [DJB], "全年"),
        ("推进党建与经营深度融合，深化“党建+网格”金融服务模式，年内创建党员先锋岗30个、党员示范支行5家，党员客户经理包片到村（社区）覆盖率100%。",
         ["陈立新"], [DJB], [RLZ, GZH], "2025年12月底前"),
        ("优化干部队伍结构，完成中层干部任期届满考核和竞聘上岗，35岁以下中层干部占比提升至20%以上，支行行长交流轮岗不少于6人。",
         ["陈立新"], [RLZ], [JWB], "2025年9月底前"),
        ("实施“青蓝工程”人才培养计划，全年组织条线业务培训不少于40期，新招录大学生员工25名，持证上岗率达到100%。",
         ["许文博"], [RLZ], [GSB, LSB, FXB, TW], "全年"),
        ("落实全面从严治党主体责任和行领导“一岗双责”，逐级签订党风廉政建设责任书，开展廉洁从业警示教育不少于4次。",
         ["孟广川"], [JWB], [BGS, GZH], "2025年3月底前签订，全年推进"),
        ("深化员工行为管理，每季度开展一次员工异常行为排查，对信贷、柜面、财务等重点岗位人员家访覆盖率达到100%。",
         ["孟广川"], [JWB], [RLZ, NKB, GZH], "每季度末"),
    ]),
    ("二、坚守支农支小定位，做好金融“五篇大文章”", [
        ("深化整村授信，完成全县168个行政村（社区）整村授信“回头看”，新增授信农户6000户、授信金额8亿元，用信率提升至45%。",
         ["何静"], [SNB], [SXB, SNZ], "2025年10月底前"),
        ("加大粮食生产和乡村特色产业信贷投放，涉农贷款余额增长8%以上，新增高标准农田建设、茶叶、油茶产业贷款3亿元。",
         ["何静"], [SNB], [GSB, JCB, GZH], "2025年12月底前"),
        ("推进普惠小微“首贷户”拓展，新增首贷户800户，普惠型小微企业贷款余额较年初增长10%以上，实现“两增两控”监管目标。",
         ["许文博", "何静"], [LSB], [GSB, SXB], "2025年12月底前"),
        ("落实支持小微企业融资协调工作机制，对县级“推荐清单”内企业实现走访全覆盖，清单内企业授信金额不低于5亿元。",
         ["许文博"], [GSB, LSB], [SXB, "城关支行", "工业园区支行"], "2025年6月底前"),
        ("发展科技金融，推出“科创积分贷”产品，支持县内专精特新企业和科技型中小企业30户以上，科技型企业贷款余额达到4亿元。",
         ["欧阳立军"], [GSB], [SZB, "工业园区支行"], "2025年9月底前"),
        ("发展绿色金融，绿色贷款余额突破6亿元，试点开展林业碳汇收益权质押贷款，推广“光伏贷”“竹林贷”等特色产品。",
         ["欧阳立军"], [GSB], [SNB, FXB, "柳坪支行", "白鹤支行"], "2025年12月底前"),
        ("发展养老金融，推进社会保障卡“一卡通”应用，新增社保卡发卡1.2万张，打造养老金融服务示范网点3个。",
         ["何静"], [LSB], [YYB, "城东支行", "城南支行", "石桥支行"], "2025年11月底前"),
        ("发展数字金融，上线手机银行6.0版本和线上“惠农e贷”，线上贷款余额占比提升至15%，手机银行有效客户新增2万户。",
         ["唐志远"], [SZB], [KJB, LSB], "2025年8月底前"),
        ("完善县域金融服务网络，新建和提档升级农村普惠金融服务站40个，服务站行政村覆盖率保持100%，助农取款服务点交易量增长20%。",
         ["何静"], [SNB], [YYB, ABB, SNZ], "2025年12月底前"),
    ]),
    ("三、聚焦稳存增贷，推动业务高质量发展", [
        ("全年各项存款净增18亿元，余额达到262亿元，储蓄存款占比稳定在85%以上，存款市场份额保持全县第一。",
         ["许文博"], [JCB], [LSB, GSB, GZH], "2025年12月底前"),
        ("组织“开门红”“金秋攻坚”两轮存款营销活动，一季度实现各项存款净增10亿元以上，四季度净增不低于3亿元。",
         ["许文博"], [LSB], [JCB, GZH], "一季度、四季度"),
        ("各项贷款净增12亿元，存贷比控制在65%至70%之间，单户500万元（含）以下贷款占比不低于60%。",
         ["许文博"], [JCB], [GSB, LSB, SNB], "2025年12月底前"),
        ("做实对公客户分层营销，新增对公基本结算账户1200户、代发工资单位60家，机关事业单位代发覆盖率提升至70%。",
         ["欧阳立军"], [GSB], [YYB, YYE], "2025年12月底前"),
        ("推进城区网格化营销，按“一街一档、一户一策”完成城区商户建档1.5万户，新增收单商户3000户。",
         ["欧阳立军"], [LSB], ["城关支行", "城东支行", "城南支行", "河西支行", YYE], "2025年10月底前"),
        ("规范开展金融市场业务，在风险可控前提下优化同业资产和债券投资配置，全年金融市场业务收益不低于1.6亿元。",
         ["唐志远"], [JRS], [JCB, FXB], "2025年12月底前"),
        ("加强负债成本管控，存款付息率较上年下降15个基点，净息差保持在1.8%以上。",
         ["许文博"], [JCB], [JRS, GZH], "2025年12月底前"),
        ("拓展中间业务，代理保险、贵金属、银行卡等中间业务收入增长10%，信用卡新增发卡8000张。",
         ["何静"], [LSB], [SZB, YYE], "2025年12月底前"),
    ]),
    ("四、强化全面风险管理，守牢风险底线", [
        ("严控新增不良，当年新发放贷款不良率控制在0.8%以内，全行不良贷款率控制在1.5%以内，关注类贷款占比下降0.5个百分点。",
         ["许文博", "唐志远"], [FXB], [SXB, GZH], "2025年12月底前"),
        ("加大不良资产清收处置力度，全年清收处置不良贷款3.5亿元，其中现金清收不低于1.2亿元，核销后清收不低于3000万元。",
         ["唐志远"], [ZCB], [FXB, NKB, GZH], "2025年12月底前"),
        ("稳妥化解大额风险，对单户1000万元以上风险贷款逐户制定化解方案，实行“一户一名行领导、一个专班”包保。",
         ["陈立新"], [FXB], [ZCB, GSB], "2025年6月底前制定方案，持续推进"),
        ("完善授信审批机制，推行“审贷分离、分级审批”，小额农户贷款平均审批时限压缩至3个工作日以内。",
         ["唐志远"], [SXB], [SNB, KJB], "2025年5月底前"),
        ("拨备覆盖率保持在180%以上，资本充足率不低于13%，流动性比例不低于40%，主要监管指标持续达标。",
         ["许文博"], [JCB], [FXB], "2025年12月底前"),
        ("开展信贷资金流向专项检查，重点排查贷款资金违规流入房地产、股市和被挪用等问题，检查覆盖率达到100%。",
         ["孟广川"], [SJB], [FXB, SXB], "2025年9月底前"),
        ("加强关联交易管理，每半年开展一次关联方名单更新和关联交易专项审计，关联交易审批备案率100%。",
         ["梁秀云"], [DSH], [SJB, JSH], "2025年6月底、12月底前"),
        ("落实反洗钱工作要求，完成存量客户身份信息治理，治理完成率达到98%以上，可疑交易报告质量评估达到良好。",
         ["何静"], [YYB], [NKB, KJB, GZH], "2025年11月底前"),
    ]),
    ("五、深化改革转型，提升内生发展动力", [
        ("完善公司治理，规范召开股东大会、董事会、监事会，完成第三届董事会、监事会换届工作。",
         ["陈立新"], [DSH], [JSH, BGS], "2025年6月底前"),
        ("深化绩效考核改革，建立以经济增加值（EVA）为核心的支行综合考核办法，提高存款增长和不良清收考核权重。",
         ["许文博"], [JCB, RLZ], [FXB], "2025年3月底前"),
        ("优化网点布局，完成城南支行迁址和莼湖支行、双溪支行装修改造，撤并低效网点2个。",
         ["欧阳立军"], [BGS], [YYB, ABB, "城南支行", "莼湖支行", "双溪支行"], "2025年10月底前"),
        ("推进数字化转型，建成信贷管理、营销管理、数据分析“三个平台”，完成数据治理项目一期建设。",
         ["唐志远"], [KJB], [SZB, FXB], "2025年12月底前"),
        ("深化柜面业务改革，推行“柜面+智能设备”服务模式，柜面业务分流率达到70%，优化调整柜员20人充实营销岗位。",
         ["何静"], [YYB], [RLZ, KJB], "2025年9月底前"),
        ("加强企业文化建设，开展“莼农好声音”“最美莼农人”评选，组织员工运动会、青年联谊等活动，增强员工归属感。",
         ["孟广川"], [DJB], [GH, TW], "全年"),
    ]),
    ("六、加强内控合规与安全保卫，夯实发展基础", [
        ("开展“合规提升年”活动，全年修订完善制度不少于30项，组织全员合规考试4次，违规积分管理覆盖全体员工。",
         ["孟广川"], [NKB], [SJB, GZH], "2025年12月底前"),
        ("强化内部审计监督，完成10家支行常规审计和4名中层干部离任（经济责任）审计，审计发现问题整改率达到100%。",
         ["梁秀云"], [SJB], [RLZ, JWB], "2025年11月底前"),
        ("加强金融消费者权益保护，客户投诉办结率100%，监管转送投诉量较上年下降20%，开展金融知识宣传进村入户活动不少于200场。",
         ["何静"], [XBB], [BGS, GZH], "2025年12月底前"),
        ("落实安全生产责任制，完成全辖营业网点安防设施改造升级，每季度开展应急演练不少于1次，全年实现“零案件、零事故”。",
         ["欧阳立军"], [ABB], [YYB, KJB, GZH], "全年"),
        ("做好网络和信息安全工作，核心系统可用率达到99.99%，完成网络安全等级保护测评和灾备切换演练。",
         ["唐志远"], [KJB], [ABB], "2025年10月底前"),
    ]),
]

CN_NUM = "一二三四五六七八九十"
ISSUER = "莼溪农村商业银行股份有限公司"
WENHAO = "莼农商银发〔2025〕9号"
DATE = "2025年2月18日"

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xE6, 0x00, 0x12)


def set_font(run, east, size, bold=False, color=None, ascii_font=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font or ("Times New Roman" if east == FS else east)
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", east=FS, size=16, bold=False, align=None, indent=False, color=None,
         line=28, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        r = p.add_run(text)
        set_font(r, east, size, bold, color)
    return p


def runin(doc, head, body):
    """A cover paragraph with a 黑体 run-in heading."""
    p = para(doc, indent=True)
    set_font(p.add_run(head), HT, 16)
    set_font(p.add_run(body), FS, 16)
    return p


def bottom_border(p, color="E60012", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_bottom_border(p, top=True, bottom=True, sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side, on in (("top", top), ("bottom", bottom)):
        if on:
            b = OxmlElement("w:" + side)
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), str(sz))
            b.set(qn("w:space"), "1")
            b.set(qn("w:color"), "000000")
            bdr.append(b)
    ppr.append(bdr)


def page_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14, ascii_font="宋体")
    r = p.add_run()
    set_font(r, "宋体", 14, ascii_font="宋体")
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        elif txt.strip() == "PAGE":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = txt
            r._element.append(t)
    set_font(p.add_run(" —"), "宋体", 14, ascii_font="宋体")


def cell_text(cell, text, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(18)
    if text:
        set_font(p.add_run(text), east, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def set_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def build_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)

    s0 = doc.sections[0]
    s0.page_width, s0.page_height = Cm(21.0), Cm(29.7)
    s0.top_margin, s0.bottom_margin = Cm(3.7), Cm(3.5)
    s0.left_margin, s0.right_margin = Cm(2.8), Cm(2.6)
    page_footer(s0)

    # ---------------- 版头
    para(doc, line=28)
    p = para(doc, ISSUER + "文件", XBS, 30, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, line=44)
    rpr = p.runs[0]._element.get_or_add_rPr()
    w = OxmlElement("w:w")
    w.set(qn("w:val"), "72")
    rpr.append(w)
    para(doc, line=28)
    p = para(doc, WENHAO, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p)
    para(doc, line=28)

    # ---------------- 标题、主送
    para(doc, ISSUER, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc, "关于印发《莼溪农商银行2025年工作要点》", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc, "任务分解表的通知", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc, line=28)
    para(doc, "总行各部室，各支行（营业部）：")

    # ---------------- 正文
    para(doc, "《莼溪农商银行2025年工作要点》已经2025年度工作会议暨第三届职工代表大会第五次会议审议通过。"
              "为确保全年各项工作任务落地见效，经总行党委会、行长办公会研究，现将工作要点细化分解为42项重点任务，"
              "明确分管行领导、牵头部室和配合部室（单位）及完成时限，印发给你们，请认真抓好落实。", indent=True)
    runin(doc, "一、压实工作责任。",
          "分管行领导对分管条线任务负领导责任，定期听取推进情况，协调解决重点难点问题。牵头部室是任务落实的"
          "第一责任主体，对任务负总责，负责制定推进措施、统筹调度和进度报送；牵头部室有两个的，均为牵头部室，"
          "共同负责。配合部室（单位）按照职责分工主动配合，不得推诿扯皮。配合部室（单位）栏列明支行或"
          "“各支行（营业部）”“各涉农支行”的，由相关支行行长对本行落实情况负责。")
    runin(doc, "二、强化督办考核。",
          "总行办公室（党委办公室）负责重点任务的跟踪督办，每季度末月25日前各牵头部室将推进情况按附件2格式"
          "报总行办公室（党委办公室），纸质版经部室负责人签字后报送，电子版通过OA系统报送。推进情况纳入部室"
          "和支行年度综合绩效考核，对推进迟缓、工作不力的，由分管行领导约谈部室和支行负责人。")
    runin(doc, "三、注重统筹推进。",
          "各部室、各支行（营业部）要把重点任务落实与“开门红”营销、风险防控、合规建设等日常工作结合起来，"
          "一体部署、一体推进。工作推进中遇有重大问题，要及时向分管行领导报告；需要调整任务或时限的，"
          "由牵头部室提出书面申请，经分管行领导同意后报行长办公会研究。")
    para(doc, line=28)
    p = para(doc, "附件：1.莼溪农商银行2025年工作要点任务分解表", indent=True)
    p = para(doc)
    p.paragraph_format.left_indent = Pt(16 * 5)
    set_font(p.add_run("2.2025年重点工作推进情况季度报送表"), FS, 16)
    para(doc, line=28)
    para(doc, line=28)
    p = para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 2)
    p = para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 4)
    para(doc, line=28)
    para(doc, "（此件发至各支行，不对外公开）", indent=True)

    # ---------------- 附件1 (landscape)
    s1 = doc.add_section(WD_SECTION.NEW_PAGE)
    s1.orientation = WD_ORIENT.LANDSCAPE
    s1.page_width, s1.page_height = Cm(29.7), Cm(21.0)
    s1.top_margin, s1.bottom_margin = Cm(2.6), Cm(2.4)
    s1.left_margin, s1.right_margin = Cm(2.5), Cm(2.5)
    para(doc, "附件1", HT, 16)
    para(doc, "莼溪农商银行2025年工作要点任务分解表", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=36,
         after=6)

    heads = ["序号", "工作任务", "分管行领导", "牵头部室", "配合部室（单位）", "完成时限"]
    widths = [1.3, 11.4, 2.4, 3.5, 4.6, 3.0]
    nrows = 1 + sum(1 + len(ts) for _, ts in TASKS)
    table = doc.add_table(rows=nrows, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(heads):
        cell_text(table.rows[0].cells[i], h, HT, 12)
    repeat_header(table.rows[0])

    gold = []
    r = 1
    n = 0
    for pi, (ptitle, tasks) in enumerate(TASKS):
        row = table.rows[r]
        m = row.cells[0].merge(row.cells[5])
        cell_text(m, "%s（%d项）" % (ptitle, len(tasks)), HT, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
        r += 1
        run_start = None
        prev = None
        for ti, (text, leaders, leads, coops, deadline) in enumerate(tasks):
            n += 1
            cells = table.rows[r].cells
            cell_text(cells[0], str(n))
            cell_text(cells[1], text, align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(cells[3], "、".join(leads))
            cell_text(cells[4], "、".join(coops) if coops else "/")
            cell_text(cells[5], deadline)
            key = tuple(leaders)
            if key == prev:
                pass
            else:
                if run_start is not None:
                    _leader_cell(table, run_start, r - 1, prev)
                run_start = r
                prev = key
            gold.append({
                "id": str(n),
                "marker": str(n),
                "head": text[:14],
                "responsible_units": leads + coops,
                "lead_units": list(leads),
                "cooperating_units": list(coops),
                "leaders": list(leaders),
                "deadline": deadline,
            })
            r += 1
        _leader_cell(table, run_start, r - 1, prev)
    set_widths(table, widths)

    # ---------------- 附件2 (blank template, same landscape section)
    p = para(doc, "", line=28)
    p.paragraph_format.page_break_before = True
    set_font(p.add_run("附件2"), HT, 16)
    para(doc, "2025年重点工作推进情况季度报送表", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=36, after=6)
    p = para(doc, "报送部室（盖章）：　　　　　　　　　　部室负责人（签字）：　　　　　　　　　　报送时间：　　年　　月　　日",
             FS, 14, line=24, after=4)
    t2 = doc.add_table(rows=7, cols=7)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(["任务序号", "工作任务", "牵头部室", "本季度推进情况", "累计完成情况", "存在问题及原因",
                           "下步工作措施"]):
        cell_text(t2.rows[0].cells[i], h, HT, 12)
    repeat_header(t2.rows[0])
    for row in t2.rows[1:]:
        row.height = Cm(1.4)
        for c in row.cells:
            cell_text(c, "")
    set_widths(t2, [1.8, 5.6, 2.8, 5.0, 3.6, 3.6, 3.8])
    para(doc, "注：1.“任务序号”按附件1填写；2.已完成的任务请注明完成时间并附佐证材料；"
              "3.本表每季度末月25日前报总行办公室（党委办公室）。", FS, 12, line=20, before=4)

    # ---------------- 版记 (last portrait page)
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.PORTRAIT
    s2.page_width, s2.page_height = Cm(21.0), Cm(29.7)
    s2.top_margin, s2.bottom_margin = Cm(3.7), Cm(3.5)
    s2.left_margin, s2.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        para(doc, line=28)
    p = para(doc, "", FS, 14, line=28)
    top_bottom_border(p, top=True, bottom=True)
    p.paragraph_format.left_indent = Pt(14)
    set_font(p.add_run("抄报：省农村信用社联合社莼州审计中心。"), FS, 14)
    p = para(doc, "", FS, 14, line=28)
    top_bottom_border(p, top=False, bottom=True, sz=4)
    p.paragraph_format.left_indent = Pt(14)
    set_font(p.add_run("抄送：行领导，董事会办公室，监事会办公室。"), FS, 14)
    p = para(doc, "", FS, 14, line=28)
    top_bottom_border(p, top=False, bottom=True)
    p.paragraph_format.left_indent = Pt(14)
    set_font(p.add_run("莼溪农村商业银行股份有限公司办公室　　　　　　　" + DATE + "印发"), FS, 14)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 18, 9, 12, 0)
    cp.author = "莼溪农商银行办公室"
    cp.last_modified_by = "郑晓燕"
    cp.title = "莼溪农商银行2025年工作要点任务分解表"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    return doc, gold


def _leader_cell(table, start, end, leaders):
    c = table.rows[start].cells[2]
    if end > start:
        c = c.merge(table.rows[end].cells[2])
    cell_text(c, pad(leaders[0]) if len(leaders) == 1 else "、".join(leaders))


def deterministic_zip(raw):
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 18, 9, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def main():
    doc, gold = build_doc()
    assert len(gold) == 42, len(gold)
    buf = io.BytesIO()
    doc.save(buf)
    with open(NOTICE, "wb") as f:
        f.write(deterministic_zip(buf.getvalue()))
    with open(GOLD, "w", encoding="utf-8", newline="\n") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
