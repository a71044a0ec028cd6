#!/usr/bin/python3
"""Round 12 (folder c): two DOCX task-division notices written with python-docx, with hand-typed gold.

77_baiyuan_shi_fenban_biaoge.docx  city; attachment in a landscape section: ONE TABLE PER SECTION. Each section is a
                                   bold paragraph "一、……（牵头市领导：X）" (one section with two leaders) followed by
                                   its own table 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 whose typed 序号 restarts
                                   at 1; the section's leader holds for every task of its table; some 配合单位 cells
                                   hold one unit per paragraph numbered by Word automatic numbering "%1." (numPr,
                                   one w:num per cell, restarting at 1); two leads in some 牵头单位 cells; "/" and
                                   "—" for no cooperating unit; a 配合单位 list broken by a w:br; task cells in two
                                   paragraphs
78_qinghe_xian_youduiqi_zeren.docx county; the tasks are the notice's own body paragraphs under 一、…六、 headings,
                                   numbered by typed "N．" (full-width stop) straight through, each opening with a bold
                                   lead-in ("推进项目建设。"), the number sometimes inside the bold run; after each task a
                                   RIGHT-ALIGNED paragraph in smaller 楷体 "责任单位：A（牵头）、B、C", some followed by a
                                   second right-aligned "责任领导：X"; the body says （牵头） marks the lead and unmarked
                                   lists are shared; section 四's heading says （以下任务由县发改局牵头） and its tasks carry
                                   "配合单位：…" lines (one none); a task in two paragraphs; a unit line broken by a w:br;
                                   a closing 工作要求 section with （一）（二）（三） paragraphs that are no tasks
Names are invented. Run: /usr/bin/python3 make_docx_round12.py  (writes next to this script)
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls

import docx_notice
from docx_notice import G, set_font, base, landscape_section

OUT = os.path.dirname(os.path.abspath(__file__)) + "/"
FS = "仿宋_GB2312"
KT = "楷体_GB2312"


def write_gold(name, golds):
    docx_notice.write_gold(OUT, name, golds)


def para(d, text, font=None, size=None, bold=None, center=False, indent=True):
    p = d.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent:
        p.paragraph_format.first_line_indent = Cm(1.13)
    r = p.add_run(text)
    if font or size or bold is not None:
        set_font(r, font or FS, size, bold=bold)
    return p


def issuer_mark(d, text):
    """发文机关标志 in red above the 文号 that base() writes first"""
    p = d.paragraphs[0].insert_paragraph_before()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    set_font(r, "方正小标宋简体", 36)
    r.font.color.rgb = RGBColor(0xFF, 0, 0)
    d.paragraphs[0].insert_paragraph_before("")  # blank line above the mark


def banji(d, chaosong, yinfa):
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(24)
    set_font(p.add_run(chaosong), FS, 14)
    p = d.add_paragraph()
    set_font(p.add_run(yinfa), FS, 14)


def split_units(text):
    """split a printed unit list on 、，； outside brackets; drop a trailing 等 (cross-check only)"""
    out, cur, depth = [], "", 0
    for ch in text:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if ch in "、，；" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return [u[:-1] if u.endswith("等") else u for u in out]


def set_widths(table, widths):
    table.autofit = False
    for col, w in zip(table.columns, widths):
        col.width = Cm(w)
    for row in table.rows:
        for tc, w in zip(row._tr.tc_lst, widths):
            tc.width = Cm(w)


def repeat_header(row):
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def cell_paras(cell, lines, bold=False, size=12, center=False):
    """lines: list of paragraphs; a paragraph may hold '\n' = a manual line break (w:br) inside it"""
    if isinstance(lines, str):
        lines = [lines]
    cell.text = ""
    for i, l in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        parts = l.split("\n")
        for k, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, FS, size, bold=True if bold else None)
            if k < len(parts) - 1:
                r.add_break()


# ----------------------------------------------------------------------------- automatic numbering in cells
def add_cell_numbering(d, n, absid=771, first_numid=771):
    numbering = d.part.numbering_part.element
    ab = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{absid}"><w:nsid w:val="3F1C77A2"/>'
        f'<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="6E4A1B10"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>')
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(ab)
    else:
        numbering.append(ab)
    ids = []
    for k in range(n):
        nid = first_numid + k
        numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{absid}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
        ids.append(nid)
    return ids


def set_num(p, numid):
    pPr = p._p.get_or_add_pPr()
    pPr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{numid}"/></w:numPr>'))


def cell_numbered(cell, units, numid, size=12):
    cell.text = ""
    for i, u in enumerate(units):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        set_num(p, numid)
        set_font(p.add_run(u), FS, size)


# ==================================================================================================== 77
# coop forms: ("p", "A、B、C")  plain text as printed;  ("n", [A, B, C]) automatic numbered paragraphs;
#             ("x", "/") no cooperating unit
def doc77():
    name = "77_baiyuan_shi_fenban_biaoge"
    d = base(["柏原市人民政府办公室", "关于印发2025年市政府工作报告重点任务分解方案的通知"], "柏政办发〔2025〕9号",
             "各县（市、区）人民政府，柏原高新区管委会，市政府各部门、各直属机构：",
             ["《2025年柏原市人民政府工作报告》已经市十七届人大五次会议审议通过。为推动报告确定的各项目标任务落地见效，"
              "经市政府同意，现将《2025年市政府工作报告重点任务分解方案》印发给你们，并提出以下要求，请认真贯彻落实。",
              "一、落实责任分工。方案按工作板块分列，每个板块明确牵头市领导，板块内各项任务均由该市领导牵头协调推进。"
              "牵头单位对任务落实负总责，主要负责同志要亲自研究、亲自部署；配合单位要按照职责分工主动配合，形成工作合力。",
              "二、细化推进措施。各牵头单位要在3月20日前将所承担任务细化分解为季度目标，明确时间表、路线图，"
              "报市政府督查室备案。有多个牵头单位的，由排在前面的单位负责汇总报送。",
              "三、强化督查考核。市政府督查室要建立任务台账，实行月调度、季通报，督查结果纳入市直单位年度综合考核。"
              "任务推进中遇到的重大问题，要及时报告牵头市领导。"],
             ["附件：2025年市政府工作报告重点任务分解方案"], "柏原市人民政府办公室", "2025年2月26日")
    issuer_mark(d, "柏原市人民政府办公室文件")
    landscape_section(d)
    para(d, "附件", "黑体", 16, indent=False)
    para(d, "2025年市政府工作报告重点任务分解方案", "方正小标宋简体", 20, center=True)

    ALL = "各县（市、区）人民政府"
    FGW, CZ, GXJ, SW, TJ = "市发展改革委", "市财政局", "市工业和信息化局", "市商务局", "市统计局"
    ZRZY, ZJ, STHJ, JT, NY, SL = "市自然资源和规划局", "市住房城乡建设局", "市生态环境局", "市交通运输局", "市农业农村局", "市水利局"
    KJ, WL, SJ, SC, GX = "市科技局", "市文化广电旅游局", "市数据局", "市市场监管局", "柏原高新区管委会"
    SWJ = "国家税务总局柏原市税务局"
    Z, L, H, S, X = "郑文博", "罗建平", "何丽萍", "孙志强", "韩雪梅"

    # section: (heading, leaders, rows); row: (task paragraphs, leads, coop form, coop units (typed), deadline)
    secs = [
        ("一、着力扩大有效需求，推动经济稳中向好（牵头市领导：郑文博）", [Z], [
            (["全市地区生产总值增长6%左右，一般公共预算收入增长3.5%，规模以上工业增加值增长7.5%。"], [FGW],
             ("p", "市统计局、市财政局、市工业和信息化局"), [TJ, CZ, GXJ], "2025年12月底前"),
            (["全年实施市级重点项目300个，完成投资620亿元以上，1—6月完成年度投资计划的50%以上。"], [FGW],
             ("n", [ZRZY, ZJ, STHJ, ALL]), [ZRZY, ZJ, STHJ, ALL], "2025年12月底前"),
            (["积极争取超长期特别国债、中央预算内投资和地方政府专项债券，全年争取上级资金80亿元以上。"], [FGW, CZ],
             ("p", "市直有关部门"), ["市直有关部门"], "2025年10月底前"),
            (["开展“乐购柏原”促消费系列活动100场以上，社会消费品零售总额增长6%。"], [SW],
             ("p", "市文化广电旅游局、市市场监管局、市财政局"), [WL, SC, CZ], "2025年12月底前"),
            (["落实消费品以旧换新政策，推动汽车、家电、家装等大宗消费提质升级。"], [SW],
             ("p", "市财政局"), [CZ], "2025年12月底前"),
            (["外贸进出口总额增长8%，实际使用外资2.5亿美元。"], [SW],
             ("p", "柏原海关、柏原高新区管委会"), ["柏原海关", GX], "2025年12月底前"),
            (["加强经济运行监测调度，按月开展主要经济指标分析研判。"], [TJ],
             ("x", "/"), [], "按月推进"),
        ]),
        ("二、加快产业转型升级，构建现代化产业体系（牵头市领导：罗建平）", [L], [
            (["实施工业技术改造项目200个，技改投资增长12%。"], [GXJ],
             ("p", "市财政局、市发展改革委"), [CZ, FGW], "2025年12月底前"),
            (["新增规模以上工业企业100家，培育国家级专精特新“小巨人”企业5家、省级专精特新中小企业40家。"], [GXJ],
             ("n", [KJ, SC, TJ, ALL]), [KJ, SC, TJ, ALL], "2025年11月底前"),
            (["新增高新技术企业150家，全社会研发经费投入强度达到2.6%。"], [KJ],
             ("p", "市财政局、市统计局、柏原高新区管委会"), [CZ, TJ, GX], "2025年12月底前"),
            (["推动新能源电池、高端装备制造两大产业集群提质扩量，集群产值突破1500亿元。"], [GXJ],
             ("p", "市发展改革委、市科技局、柏原高新区管委会等"), [FGW, KJ, GX], "2025年12月底前"),
            (["加快数字经济发展，新建5G基站2000个，数字经济核心产业增加值占地区生产总值比重达到9.5%。"], [SJ, GXJ],
             ("p", "市通信发展管理办公室"), ["市通信发展管理办公室"], "2025年12月底前"),
            (["大力发展现代服务业，新增省级现代服务业集聚区2个。"], [FGW],
             ("p", "市商务局、市文化广电旅游局"), [SW, WL], "2025年12月底前"),
            (["推进文旅深度融合，接待游客人次增长10%，旅游总收入增长12%。"], [WL],
             ("n", [JT, ZRZY, NY]), [JT, ZRZY, NY], "2025年12月底前"),
        ]),
        ("三、全面推进乡村振兴，加快农业农村现代化（牵头市领导：何丽萍）", [H], [
            (["粮食播种面积稳定在285万亩，总产量保持在120万吨以上。"], [NY],
             ("p", "市财政局、市自然资源和规划局、各县（市、区）人民政府"), [CZ, ZRZY, ALL], "2025年10月底前"),
            (["新建高标准农田12万亩，发展高效节水灌溉面积3万亩。"], [NY],
             ("p", "市财政局、市水利局"), [CZ, SL], "2025年11月底前"),
            (["巩固拓展脱贫攻坚成果，脱贫人口人均纯收入增长10%以上，坚决守住不发生规模性返贫致贫底线。"], [NY],
             ("n", ["市人力资源社会保障局", "市民政局", "市医保局", "市教育局", ALL]),
             ["市人力资源社会保障局", "市民政局", "市医保局", "市教育局", ALL], "2025年12月底前"),
            (["实施农村人居环境整治提升行动，完成农村户厕改造1.2万户。"], [NY],
             ("p", "市卫生健康委、市生态环境局"), ["市卫生健康委", STHJ], "2025年11月底前"),
            (["新改建农村公路500公里，实施危桥改造40座。"], [JT],
             ("p", "各县（市、区）人民政府"), [ALL], "2025年12月底前"),
            (["推进水利基础设施建设。", "开工建设柏河灌区续建配套与现代化改造工程，年内完成投资6亿元。"], [SL],
             ("p", "市发展改革委、市财政局"), [FGW, CZ], "2025年12月底前"),
        ]),
        ("四、推进以人为本的新型城镇化，提升城市功能品质（牵头市领导：罗建平、孙志强）", [L, S], [
            (["实施城市更新项目60个，改造城镇老旧小区120个、惠及居民3.6万户。"], [ZJ],
             ("p", "市财政局、市自然资源和规划局、\n各县（市、区）人民政府"), [CZ, ZRZY, ALL], "2025年11月底前"),
            (["建成柏河东路、迎宾大道北延等城市道路15条，新增城市道路38公里。"], [ZJ],
             ("p", "市交通运输局、市自然资源和规划局"), [JT, ZRZY], "2025年12月底前"),
            (["新增城市公共停车泊位5000个，建成公共充电桩2000个。"], ["市城市管理局"],
             ("n", [ZJ, "市公安局", "国网柏原供电公司"]), [ZJ, "市公安局", "国网柏原供电公司"], "2025年12月底前"),
            (["推进生活垃圾分类，城市生活垃圾回收利用率达到40%。"], ["市城市管理局"],
             ("p", "各县（市、区）人民政府"), [ALL], "持续推进"),
            (["促进房地产市场平稳健康发展，筹集保障性租赁住房3000套。"], [ZJ],
             ("p", "市自然资源和规划局、市财政局、国家税务总局柏原市税务局"), [ZRZY, CZ, SWJ], "2025年12月底前"),
            (["加快柏原综合客运枢纽建设，年内实现主体完工。"], [JT],
             ("p", "市发展改革委"), [FGW], "2025年12月底前"),
        ]),
        ("五、深化改革扩大开放，持续优化营商环境（牵头市领导：郑文博）", [Z], [
            (["深化“高效办成一件事”改革，新增集成服务事项20项。"], ["市行政审批局"],
             ("p", "市数据局、市直有关部门"), [SJ, "市直有关部门"], "2025年6月底前"),
            (["全面落实公平竞争审查制度，开展妨碍统一市场和公平竞争的政策措施清理。"], [SC],
             ("p", "市司法局、市发展改革委"), ["市司法局", FGW], "2025年9月底前"),
            (["深化市属国有企业改革，完成市属国有企业专业化整合。"], ["市国资委"],
             ("p", "市财政局"), [CZ], "2025年12月底前"),
            (["新增经营主体3万户，民营经济增加值占地区生产总值比重提高1个百分点。"], [SC, GXJ],
             ("n", ["市行政审批局", SWJ, "市工商联"]), ["市行政审批局", SWJ, "市工商联"], "2025年12月底前"),
            (["推进零基预算改革，市级一般性支出压减5%以上。"], [CZ],
             ("p", "市直各部门"), ["市直各部门"], "2025年6月底前"),
            (["加大金融支持实体经济力度，新增普惠小微企业贷款80亿元。"], ["市委金融办"],
             ("p", "人民银行柏原市分行、国家金融监督管理总局柏原监管分局"),
             ["人民银行柏原市分行", "国家金融监督管理总局柏原监管分局"], "2025年12月底前"),
        ]),
        ("六、加强生态环境保护，推动绿色低碳发展（牵头市领导：何丽萍）", [H], [
            (["深入打好污染防治攻坚战，PM2.5平均浓度控制在33微克/立方米以下，空气质量优良天数比例达到85%。"], [STHJ],
             ("n", [GXJ, ZJ, JT, "市公安局", ALL]), [GXJ, ZJ, JT, "市公安局", ALL], "2025年12月底前"),
            (["全面落实河湖长制，国省控断面水质优良比例保持100%。"], [SL, STHJ],
             ("p", "各县（市、区）人民政府"), [ALL], "持续推进"),
            (["完成营造林15万亩，森林覆盖率稳定在48.2%。"], ["市林业局"],
             ("p", "市自然资源和规划局"), [ZRZY], "2025年11月底前"),
            (["推进节能降碳，单位地区生产总值能耗下降3%。"], [FGW],
             ("p", "市工业和信息化局、市统计局"), [GXJ, TJ], "2025年12月底前"),
            (["抓好中央生态环境保护督察反馈问题整改，按期完成年度整改销号任务。"], [STHJ],
             ("p", "市直有关部门、各县（市、区）人民政府"), ["市直有关部门", ALL], "2025年12月底前"),
        ]),
        ("七、持续保障和改善民生，统筹发展和安全（牵头市领导：韩雪梅）", [X], [
            (["城镇新增就业4.5万人，城镇调查失业率控制在5.5%以内。"], ["市人力资源社会保障局"],
             ("p", "市教育局、市农业农村局、市总工会、团市委等"), ["市教育局", NY, "市总工会", "团市委"], "2025年12月底前"),
            (["新建改扩建中小学、幼儿园20所，新增学位1.5万个。"], ["市教育局"],
             ("n", [FGW, ZRZY, ZJ, ALL]), [FGW, ZRZY, ZJ, ALL], "2025年8月底前"),
            (["推进市第一人民医院新院区建设，年内投入使用。"], ["市卫生健康委"],
             ("p", "市发展改革委、市第一人民医院"), [FGW, "市第一人民医院"], "2025年9月底前"),
            (["城乡居民基本医疗保险参保率稳定在96%以上。"], ["市医保局"],
             ("p", "国家税务总局柏原市税务局、各县（市、区）人民政府"), [SWJ, ALL], "2025年12月底前"),
            (["新建社区嵌入式养老服务中心30个，城乡特困人员供养服务设施改造提升全覆盖。"], ["市民政局"],
             ("p", "市财政局、市卫生健康委"), [CZ, "市卫生健康委"], "2025年12月底前"),
            (["开展安全生产治本攻坚三年行动。", "生产安全事故起数和死亡人数实现“双下降”，坚决遏制重特大事故发生。"],
             ["市应急管理局"], ("p", "市安委会各成员单位"), ["市安委会各成员单位"], "持续推进"),
            (["推进法治政府建设，提请市人大常委会审议地方性法规草案3件。"], ["市司法局"],
             ("x", "—"), [], "2025年12月底前"),
        ]),
    ]
    n_num = sum(1 for _, _, rows in secs for r in rows if r[2][0] == "n")
    numids = iter(add_cell_numbering(d, n_num))
    golds = []
    for si, (h, leaders, rows) in enumerate(secs, 1):
        # the section heading: a bold paragraph, the leader in brackets at its end
        assert h.endswith("（牵头市领导：" + "、".join(leaders) + "）"), h
        p = d.add_paragraph()
        p.paragraph_format.first_line_indent = Cm(1.13)
        p.paragraph_format.space_before = Pt(12)
        set_font(p.add_run(h), FS, 16, bold=True)
        tb = d.add_table(rows=1 + len(rows), cols=5)
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, t in enumerate(["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]):
            cell_paras(tb.cell(0, j), t, bold=True, center=True)
        repeat_header(tb.rows[0])
        for ti, (task, leads, coop, coop_units, dl) in enumerate(rows, 1):
            r = ti
            cell_paras(tb.cell(r, 0), str(ti), center=True)
            cell_paras(tb.cell(r, 1), task)
            cell_paras(tb.cell(r, 2), "、".join(leads))
            kind, val = coop
            if kind == "n":
                cell_numbered(tb.cell(r, 3), val, next(numids))
                assert val == coop_units
            else:
                cell_paras(tb.cell(r, 3), val, center=(kind == "x"))
                if kind == "x":
                    assert coop_units == []
                else:   # cross-check the typed unit list against the printed text
                    got = split_units(val.replace("\n", ""))
                    assert got == coop_units, (si, ti, got, coop_units)
            cell_paras(tb.cell(r, 4), dl, center=True)
            golds.append(G(f"{si}.{ti}", task[0][:12], leads + coop_units, leads, coop_units, leaders))
        set_widths(tb, [1.3, 11.0, 3.6, 5.6, 2.8])
    d.add_paragraph()
    banji(d, "抄送：市委办公室，市人大常委会办公室，市政协办公室，市中级法院，市检察院。",
          "柏原市人民政府办公室　　　　　　　　　　　　2025年2月26日印发")
    d.save(OUT + name + ".docx")
    write_gold(name, golds)
    return golds


# ==================================================================================================== 78
def doc78():
    name = "78_qinghe_xian_youduiqi_zeren"
    d = base(["青禾县人民政府", "关于下达2025年县政府重点工作任务的通知"], "青政发〔2025〕4号",
             "各乡（镇）人民政府，县政府各部门，县直各单位：",
             ["为全面完成县十八届人大五次会议确定的2025年全县经济社会发展目标任务，经县政府研究，"
              "现将2025年县政府重点工作任务下达给你们，请认真抓好落实。",
              "每项任务后列明责任单位和责任领导。责任单位中标注“（牵头）”的为牵头单位，其余为配合单位；"
              "未标注牵头单位的，由所列单位按照职责分工共同负责。"],
             [], "", "", )
    # base() writes 署名, 日期 and 此件公开发布 right after the body; here the tasks ARE the body, so drop those
    # three paragraphs and the empty 附件 part and write them after the tasks
    body = d.element.body
    for p in d.paragraphs[-3:]:
        body.remove(p._p)
    issuer_mark(d, "青禾县人民政府文件")

    def task_para(no, lead_in, rest, bold_number):
        p = d.add_paragraph()
        p.paragraph_format.first_line_indent = Cm(1.13)
        if bold_number:
            set_font(p.add_run(f"{no}．{lead_in}"), FS, bold=True)
        else:
            p.add_run(f"{no}．")
            set_font(p.add_run(lead_in), FS, bold=True)
        p.add_run(rest)
        return p

    def right_line(text):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        parts = text.split("\n")
        for k, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, KT, 14)
            if k < len(parts) - 1:
                r.add_break()
        return p

    ALL = "各乡（镇）人民政府"
    LZB, CLG, WHT, ZM, SYL, HJJ = "刘振邦", "陈立国", "吴海涛", "赵敏", "孙玉兰", "黄建军"
    # section: (heading, section lead or None, bold_number, tasks)
    # task: (lead-in, rest, second paragraph or None, unit line or None, leaders, resp, lead, coop)
    secs = [
        ("一、聚焦项目建设，全力扩大有效投资", None, False, [
            ("推进项目建设。", "全年实施县级重点项目120个，完成投资150亿元以上，1—6月完成年度投资计划的50%以上。", None,
             "责任单位：县发改局（牵头）、县自然资源局、县住建局、各乡（镇）人民政府", [LZB],
             ["县发改局", "县自然资源局", "县住建局", ALL], ["县发改局"], ["县自然资源局", "县住建局", ALL]),
            ("争取政策资金。", "积极争取超长期特别国债、中央预算内投资和地方政府专项债券，全年争取上级资金30亿元以上。", None,
             "责任单位：县财政局（牵头）、县发改局（牵头）、县直有关单位", [LZB],
             ["县财政局", "县发改局", "县直有关单位"], ["县财政局", "县发改局"], ["县直有关单位"]),
            ("强化要素保障。", "全年供应建设用地3000亩，盘活批而未供和闲置土地1200亩。", None,
             "责任单位：县自然资源局", [],
             ["县自然资源局"], ["县自然资源局"], []),
            ("深化招商引资。", "全年招引亿元以上项目40个，其中10亿元以上项目3个，实际到位资金增长12%。", None,
             "责任单位：县投资促进中心（牵头）、青禾经济开发区管委会、各乡（镇）人民政府", [CLG, LZB],
             ["县投资促进中心", "青禾经济开发区管委会", ALL], ["县投资促进中心"], ["青禾经济开发区管委会", ALL]),
            ("扩大消费需求。", "开展“青禾好物”促消费活动30场以上，社会消费品零售总额增长6%。", None,
             "责任单位：县商务局（牵头）、县文旅局、县市场监管局", [],
             ["县商务局", "县文旅局", "县市场监管局"], ["县商务局"], ["县文旅局", "县市场监管局"]),
            ("发展县域电商。", "网络零售额增长15%，建成乡镇电商服务站10个、村级服务点60个。", None,
             "责任单位：县商务局（牵头）、县供销社、县邮政分公司等", [],
             ["县商务局", "县供销社", "县邮政分公司"], ["县商务局"], ["县供销社", "县邮政分公司"]),
        ]),
        ("二、聚焦产业升级，加快壮大实体经济", None, False, [
            ("加快工业技改。", "实施工业技术改造项目50个，技改投资增长10%以上。", None,
             "责任单位：县工信局（牵头）、县财政局", [WHT],
             ["县工信局", "县财政局"], ["县工信局"], ["县财政局"]),
            ("培育市场主体。", "新增规模以上工业企业20家，培育省级专精特新中小企业8家。", None,
             "责任单位：县工信局（牵头）、县科技局、县市场监管局、县统计局", [],
             ["县工信局", "县科技局", "县市场监管局", "县统计局"], ["县工信局"], ["县科技局", "县市场监管局", "县统计局"]),
            ("建强开发平台。", "推进青禾经济开发区扩区调规，新建标准化厂房12万平方米。", None,
             "责任单位：青禾经济开发区管委会（牵头）、县自然资源局、县住建局", [WHT],
             ["青禾经济开发区管委会", "县自然资源局", "县住建局"], ["青禾经济开发区管委会"], ["县自然资源局", "县住建局"]),
            ("提升创新能力。", "新增高新技术企业15家，全社会研发经费投入强度达到1.8%。", None,
             "责任单位：县科技局（牵头）、县财政局、县统计局、县税务局", [],
             ["县科技局", "县财政局", "县统计局", "县税务局"], ["县科技局"], ["县财政局", "县统计局", "县税务局"]),
            ("做强主导产业。", "推动茶叶、竹木两大主导产业全链条发展，综合产值突破100亿元。",
             "加快建设县茶叶精深加工产业园，新增茶叶精深加工企业5家，新建竹木产品交易中心1个。",
             "责任单位：县农业农村局（牵头）、县林业局（牵头）、县工信局", [WHT, SYL],
             ["县农业农村局", "县林业局", "县工信局"], ["县农业农村局", "县林业局"], ["县工信局"]),
            ("发展全域旅游。", "接待游客量增长12%，旅游综合收入增长15%，创建国家4A级旅游景区1家。", None,
             "责任单位：县文旅局（牵头）、县交通运输局、县自然资源局、县林业局", [ZM],
             ["县文旅局", "县交通运输局", "县自然资源局", "县林业局"], ["县文旅局"],
             ["县交通运输局", "县自然资源局", "县林业局"]),
            ("推动数字经济发展。", "新建5G基站260个，实现行政村5G网络全覆盖。", None,
             "责任单位：县工信局（牵头）、县数据资源局、各通信运营企业", [],
             ["县工信局", "县数据资源局", "各通信运营企业"], ["县工信局"], ["县数据资源局", "各通信运营企业"]),
            ("加强经济运行调度。", "按月开展主要经济指标监测分析，及时研判解决运行中的突出问题。", None,
             "责任单位：县统计局、县发改局", [],
             ["县统计局", "县发改局"], None, None),
        ]),
        ("三、聚焦乡村振兴，推进城乡融合发展", None, True, [
            ("稳定粮食生产。", "粮食播种面积稳定在45.6万亩，总产量达到18万吨。", None,
             "责任单位：县农业农村局（牵头）、县财政局、县自然资源局、各乡（镇）人民政府", [SYL],
             ["县农业农村局", "县财政局", "县自然资源局", ALL], ["县农业农村局"], ["县财政局", "县自然资源局", ALL]),
            ("建设高标准农田。", "新建高标准农田2.8万亩，发展高效节水灌溉面积0.6万亩。", None,
             "责任单位：县农业农村局（牵头）、县水利局、县财政局", [],
             ["县农业农村局", "县水利局", "县财政局"], ["县农业农村局"], ["县水利局", "县财政局"]),
            ("巩固脱贫成果。", "脱贫人口人均纯收入增长10%以上，坚决守住不发生规模性返贫致贫底线。", None,
             "责任单位：县农业农村局（牵头）、县人社局、县民政局、县医保局、县教体局、\n各乡（镇）人民政府", [SYL],
             ["县农业农村局", "县人社局", "县民政局", "县医保局", "县教体局", ALL], ["县农业农村局"],
             ["县人社局", "县民政局", "县医保局", "县教体局", ALL]),
            ("整治人居环境。", "完成农村户厕改造2000户，农村生活污水治理率达到45%。", None,
             "责任单位：县农业农村局（牵头）、县卫健局、市生态环境局青禾分局", [],
             ["县农业农村局", "县卫健局", "市生态环境局青禾分局"], ["县农业农村局"], ["县卫健局", "市生态环境局青禾分局"]),
            ("改善农村交通。", "新改建农村公路100公里，实施危桥改造12座。", None,
             "责任单位：县交通运输局（牵头）、各乡（镇）人民政府", [],
             ["县交通运输局", ALL], ["县交通运输局"], [ALL]),
            ("推进城市更新。", "实施城市更新项目15个，改造城镇老旧小区22个、惠及居民4800户。", None,
             "责任单位：县住建局（牵头）、县财政局、县自然资源局、城关镇人民政府", [HJJ],
             ["县住建局", "县财政局", "县自然资源局", "城关镇人民政府"], ["县住建局"],
             ["县财政局", "县自然资源局", "城关镇人民政府"]),
            ("完善城市功能。", "建成县城滨江路、北环路（9月底前通车），新增城区公共停车泊位1200个。", None,
             "责任单位：县住建局（牵头）、县城管局、县公安局", [HJJ],
             ["县住建局", "县城管局", "县公安局"], ["县住建局"], ["县城管局", "县公安局"]),
            ("深化垃圾分类。", "县城生活垃圾回收利用率达到36%，建成餐厨垃圾处理厂。", None,
             "责任单位：县城管局", [],
             ["县城管局"], ["县城管局"], []),
        ]),
        ("四、聚焦改革攻坚，持续激发发展活力（以下任务由县发改局牵头）", "县发改局", False, [
            ("深化投资审批制度改革。", "推行项目审批“容缺受理＋承诺制”，工程建设项目审批时间压缩至60个工作日以内。", None,
             "配合单位：县行政审批局、县自然资源局、县住建局", [LZB],
             ["县发改局", "县行政审批局", "县自然资源局", "县住建局"], ["县发改局"],
             ["县行政审批局", "县自然资源局", "县住建局"]),
            ("推进要素市场化配置改革。", "完成农村集体经营性建设用地入市3宗，探索建立用水权交易机制。", None,
             "配合单位：县自然资源局、县农业农村局、县水利局", [],
             ["县发改局", "县自然资源局", "县农业农村局", "县水利局"], ["县发改局"],
             ["县自然资源局", "县农业农村局", "县水利局"]),
            ("优化营商环境。", "开展营商环境提升年行动，全县营商环境评价进入全市前三位。", None,
             "配合单位：县直有关单位、各乡（镇）人民政府", [CLG],
             ["县发改局", "县直有关单位", ALL], ["县发改局"], ["县直有关单位", ALL]),
            ("深化价格改革。", "完善居民阶梯水价、气价制度，推进农业水价综合改革。", None,
             "配合单位：县水利局、县市场监管局", [],
             ["县发改局", "县水利局", "县市场监管局"], ["县发改局"], ["县水利局", "县市场监管局"]),
            ("推动社会信用体系建设。", "归集公共信用信息50万条以上，开展信用修复专项行动。", None,
             None, [],
             ["县发改局"], ["县发改局"], []),
            ("推进节能降碳。", "单位地区生产总值能耗下降2.5%，完成省下达的能耗双控目标任务。", None,
             "配合单位：县工信局、县统计局", [LZB],
             ["县发改局", "县工信局", "县统计局"], ["县发改局"], ["县工信局", "县统计局"]),
        ]),
        ("五、聚焦生态优先，建设美丽宜居青禾", None, False, [
            ("打好污染防治攻坚战。", "县城空气质量优良天数比例达到95%以上，PM2.5平均浓度控制在28微克/立方米以下。", None,
             "责任单位：市生态环境局青禾分局（牵头）、县工信局、县住建局、县交通运输局、县农业农村局", [SYL],
             ["市生态环境局青禾分局", "县工信局", "县住建局", "县交通运输局", "县农业农村局"], ["市生态环境局青禾分局"],
             ["县工信局", "县住建局", "县交通运输局", "县农业农村局"]),
            ("落实河湖长制、林长制。", "县控以上断面水质优良比例保持100%，森林覆盖率稳定在68.5%。", None,
             "责任单位：县水利局（牵头）、县林业局（牵头）、各乡（镇）人民政府", [],
             ["县水利局", "县林业局", ALL], ["县水利局", "县林业局"], [ALL]),
            ("抓好督察整改。", "按期完成中央和省生态环境保护督察反馈问题年度整改任务。", None,
             "责任单位：市生态环境局青禾分局（牵头）、县直有关单位", [CLG, SYL],
             ["市生态环境局青禾分局", "县直有关单位"], ["市生态环境局青禾分局"], ["县直有关单位"]),
            ("推进国土绿化。", "完成营造林任务2.5万亩，创建省级森林乡镇2个。", None,
             "责任单位：县林业局", [],
             ["县林业局"], ["县林业局"], []),
        ]),
        ("六、聚焦民生福祉，不断增强群众获得感", None, False, [
            ("稳定扩大就业。", "城镇新增就业3500人，农村劳动力转移就业1万人。", None,
             "责任单位：县人社局（牵头）、县农业农村局、县总工会、团县委、县妇联", [ZM],
             ["县人社局", "县农业农村局", "县总工会", "团县委", "县妇联"], ["县人社局"],
             ["县农业农村局", "县总工会", "团县委", "县妇联"]),
            ("办好人民满意教育。", "建成县第三小学，改扩建公办幼儿园5所，新增学位1800个。", None,
             "责任单位：县教体局（牵头）、县发改局、县自然资源局、县住建局", [],
             ["县教体局", "县发改局", "县自然资源局", "县住建局"], ["县教体局"], ["县发改局", "县自然资源局", "县住建局"]),
            ("提升医疗服务水平。", "推进紧密型县域医共体建设，县域内就诊率达到90%以上。", None,
             "责任单位：县卫健局（牵头）、县医保局、县财政局、县人民医院、县中医院", [ZM],
             ["县卫健局", "县医保局", "县财政局", "县人民医院", "县中医院"], ["县卫健局"],
             ["县医保局", "县财政局", "县人民医院", "县中医院"]),
            ("健全社会保障体系。", "城乡居民基本医疗保险参保率稳定在97%以上，城乡低保标准分别提高5%。", None,
             "责任单位：县医保局、县民政局", [ZM],
             ["县医保局", "县民政局"], None, None),
            ("发展养老服务。", "新建乡镇区域性养老服务中心3个，城乡社区养老服务设施覆盖率达到90%。", None,
             "责任单位：县民政局（牵头）、县卫健局、各乡（镇）人民政府", [],
             ["县民政局", "县卫健局", ALL], ["县民政局"], ["县卫健局", ALL]),
            ("繁荣文化体育事业。", "举办“青禾茶文化节”等群众性文体活动100场次以上。", None,
             "责任单位：县文旅局（牵头）、县教体局、县融媒体中心", [],
             ["县文旅局", "县教体局", "县融媒体中心"], ["县文旅局"], ["县教体局", "县融媒体中心"]),
            ("守牢安全底线。", "深入开展安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。", None,
             "责任单位：县应急管理局（牵头）、县安委会各成员单位", [CLG],
             ["县应急管理局", "县安委会各成员单位"], ["县应急管理局"], ["县安委会各成员单位"]),
            ("加强社会治理。", "坚持和发展新时代“枫桥经验”，矛盾纠纷调解成功率达到98%以上。", None,
             "责任单位：县公安局（牵头）、县司法局、县信访局、各乡（镇）人民政府", [HJJ],
             ["县公安局", "县司法局", "县信访局", ALL], ["县公安局"], ["县司法局", "县信访局", ALL]),
            ("保障电力供应。", "新建改造10千伏线路80公里，农村电网供电可靠率达到99.8%。", None,
             "责任单位：国网青禾县供电公司（牵头）、县发改局", [],
             ["国网青禾县供电公司", "县发改局"], ["国网青禾县供电公司"], ["县发改局"]),
        ]),
    ]
    golds = []
    no = 0
    for h, sec_lead, bold_no, tasks in secs:
        p = para(d, h, "黑体", 16)
        for lead_in, rest, second, line, leaders, resp, lead, coop in tasks:
            no += 1
            task_para(no, lead_in, rest, bold_no)
            if second:
                para(d, second)
            if line:
                right_line(line)
            if leaders:
                right_line("责任领导：" + "、".join(leaders))
            golds.append(G(str(no), (lead_in + rest)[:12], resp, lead, coop, leaders))
            # cross-check the typed gold against the printed line
            flat = (line or "").replace("\n", "")
            if sec_lead:
                assert "由" + sec_lead + "牵头" in h
                got = split_units(flat[5:]) if line else []
                assert (not line) or flat.startswith("配合单位：")
                assert (resp, lead, coop) == ([sec_lead] + got, [sec_lead], got), (no, got)
            else:
                assert flat.startswith("责任单位：")
                units = split_units(flat[5:])
                plain = [u.replace("（牵头）", "") for u in units]
                marked = [u.replace("（牵头）", "") for u in units if u.endswith("（牵头）")]
                assert resp == plain, (no, plain)
                if len(plain) == 1:
                    assert lead == plain and coop == [], no
                elif not marked:
                    assert lead is None and coop is None, no
                else:
                    assert lead == marked and coop == [u for u in plain if u not in marked], no
    # closing requirements: （一）（二）（三） paragraphs, no tasks
    para(d, "七、工作要求", "黑体", 16)
    para(d, "（一）压实工作责任。各牵头单位要切实履行牵头职责，主要负责同志亲自抓、负总责，在3月15日前制定具体推进方案，"
            "明确时间节点和责任人；配合单位要主动对接、密切协作，不得推诿扯皮。")
    para(d, "（二）强化督查问效。县政府督查室要建立重点工作任务台账，实行“月调度、季督查、年考核”，"
            "每季度结束后5个工作日内通报任务进展情况，对工作滞后的单位予以约谈。")
    para(d, "（三）加强宣传引导。各乡（镇）、各部门要及时总结推广工作中的好经验好做法，营造比学赶超、争先进位的浓厚氛围。")
    d.add_paragraph()
    p = d.add_paragraph("青禾县人民政府")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = d.add_paragraph("2025年2月20日")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(d, "（此件公开发布）")
    banji(d, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县人武部，县法院，县检察院。",
          "青禾县人民政府办公室　　　　　　　　　　　　2025年2月20日印发")
    d.save(OUT + name + ".docx")
    write_gold(name, golds)
    return golds


if __name__ == "__main__":
    g77 = doc77()
    g78 = doc78()
    print(len(g77), len(g78))
