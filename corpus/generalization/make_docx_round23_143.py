#!/usr/bin/python3
"""Round 23 (folder b), notice 143: a provincial 实施方案 printed by a 省政府办公厅 印发 notice, its attachment a
landscape table

    序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 | 完成时限

where each 重点任务 (with its 序号, both merged down) holds 2–4 具体措施 rows, each measure with its own units:
  * section rows `一、夯实数字基础设施（3项）` merged across all six columns (shaded);
  * 牵头单位 cells merged down over some of a task's measures (task 1: measures 1–2; task 4: all three;
    tasks 8, 11, 13, 16), once ACROSS a task boundary (省商务厅 over task 9's measures 2–3 and task 10's
    measure 1), the other measures with cells of their own, some repeating the unit above unmerged (task 5);
  * two leads in one measure's 牵头单位 cell (`省发展改革委、省数据局`), which the body says both lead;
  * 配合单位 `无` in several measures (task 13 measure 3, task 18 measure 1, …);
  * 完成时限 merged down over a whole task in tasks 4 and 14, per measure in the others;
  * a unit that leads one measure and cooperates in another of the same task (tasks 1, 2, 6, 8, 9, 10, 12, 15,
    17, 18, 20).

Annotation (see NOTES.md): one task per 序号; responsible_units = the union of its measures' units in printed
order (row by row, 牵头 before 配合, repeats removed); lead_units = the union of its measures' 牵头单位;
cooperating_units = the union of its measures' 配合单位 less any unit already a lead (so lead and cooperating
partition the responsible units, as in every gold of the corpus); `无` names no unit; leaders [] (no leader
column).  head = the first 12 characters of the 重点任务 cell.

The gold per task (resp, lead, coop) is typed by hand in SECS, separately from the printed cells; main() only
asserts that it follows from the cells by the rule above.  Names are invented.
Run: /usr/bin/python3 make_docx_round23_143.py (writes next to this script; needs
/work/main/corpus/generalization/docx_notice.py).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__)) + "/"
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from docx_notice import (G, write_gold, KT, HT, XBS, new_doc, para, front, banji, landscape, portrait,
                         set_widths, repeat_header, cell_paras, split_units)

NAME = "143_wenlan_sheng_shuzi_jingji_cuoshi_hebing_biao"

# units
TXJ, GXT, FGW, SJJ = "省通信管理局", "省工业和信息化厅", "省发展改革委", "省数据局"
NYJ, DW, JTT, ZJT = "省能源局", "国网汶澜省电力公司", "省交通运输厅", "省住房城乡建设厅"
YJT, SZ, SWT, KJT = "省应急管理厅", "各市（州）人民政府", "省商务厅", "省科技厅"
CZT, SCJ, WXB, HG = "省财政厅", "省市场监管局", "省委网信办", "汶澜海关"
NYT, GXS, YZJ, WLT = "省农业农村厅", "省供销合作社", "省邮政管理局", "省文化和旅游厅"
RH, JRB, SZBM, GZW = "人民银行汶澜省分行", "省委金融办", "省直有关部门", "省国资委"
SFT, GAT, ZWJ, BGT = "省司法厅", "省公安厅", "省政务服务管理局", "省政府办公厅"
ZRT, JYT, WJW, YBJ = "省自然资源厅", "省教育厅", "省卫生健康委", "省医保局"
RST, MZT, CL, RCB = "省人力资源社会保障厅", "省民政厅", "省残联", "省委人才办"

# row of a task: (具体措施, 牵头单位 cell or "^" = merged with the cell above, 配合单位 cell, 完成时限 or "^")
# task: (序号, 重点任务, rows, hand-typed gold (responsible, lead, cooperating))
SECS = [
    ("一、夯实数字基础设施（3项）", [
        ("1", "加快5G和千兆光网建设，提升网络覆盖和承载能力", [
            ("新建5G基站2.5万个，实现乡镇以上区域和重点行政村5G网络全覆盖，每万人拥有5G基站数达到30个。",
             "省通信管理局", "省工业和信息化厅、各市（州）人民政府", "2025年12月底前"),
            ("推进千兆光网“光纤到户”改造，城市家庭千兆光纤网络覆盖率达到95%，千兆宽带用户占比达到30%以上。",
             "^", "省住房城乡建设厅", "2026年12月底前"),
            ("推动5G网络向工业园区、交通枢纽、医院、学校等重点场所深度覆盖，打造5G精品网络示范区20个。",
             "省工业和信息化厅", "省通信管理局、省交通运输厅、省教育厅、省卫生健康委", "2027年底前"),
         ], ([TXJ, GXT, SZ, ZJT, JTT, JYT, WJW], [TXJ, GXT], [SZ, ZJT, JTT, JYT, WJW])),
        ("2", "统筹布局算力基础设施，打造西部算力枢纽节点", [
            ("建设汶澜智能计算中心一期工程，新增智能算力5000P以上，全省算力总规模达到1.2万P。",
             "省发展改革委、省数据局", "省工业和信息化厅、省能源局", "2026年6月底前"),
            ("推动存量数据中心绿色化改造，新建大型及以上数据中心电能利用效率（PUE）降至1.25以下。",
             "省工业和信息化厅", "省能源局、国网汶澜省电力公司", "2027年底前"),
            ("建设全省算力调度服务平台，推动通用算力、智能算力、超算算力“一网统调”。",
             "省数据局", "省通信管理局", "2025年12月底前"),
         ], ([FGW, SJJ, GXT, NYJ, DW, TXJ], [FGW, SJJ, GXT], [NYJ, DW, TXJ])),
        ("3", "推进传统基础设施数字化改造", [
            ("实施智慧交通建设工程，完成高速公路智慧化改造500公里，建设数字航道200公里。",
             "省交通运输厅", "省发展改革委", "2026年12月底前"),
            ("推进城市生命线安全工程建设，燃气、供水、排水、桥梁等监测预警系统覆盖全部设区市。",
             "省住房城乡建设厅", "省应急管理厅、各市（州）人民政府", "2027年底前"),
         ], ([JTT, FGW, ZJT, YJT, SZ], [JTT, ZJT], [FGW, YJT, SZ])),
    ]),
    ("二、推动数字产业化（4项）", [
        ("4", "壮大电子信息制造业，打造千亿级产业集群", [
            ("做大做强新型显示、智能终端、集成电路封装测试等产业链，电子信息制造业营业收入突破3000亿元。",
             "省工业和信息化厅", "省发展改革委、省商务厅", "2027年底前"),
            ("实施电子信息产业“强链补链”招商行动，每年引进产业链重大项目50个以上。",
             "^", "省商务厅、各市（州）人民政府", "^"),
            ("支持龙头企业牵头组建创新联合体，突破关键核心技术20项以上。",
             "^", "省科技厅", "^"),
         ], ([GXT, FGW, SWT, SZ, KJT], [GXT], [FGW, SWT, SZ, KJT])),
        ("5", "加快软件和信息技术服务业发展", [
            ("培育省级软件名园2个、重点软件企业100家，软件业务收入年均增长12%以上。",
             "省工业和信息化厅", "省科技厅、省财政厅", "2027年底前"),
            ("推进工业软件、基础软件攻关和推广应用，每年认定首版次软件产品50个。",
             "省工业和信息化厅", "无", "每年12月底前"),
         ], ([GXT, KJT, CZT], [GXT], [KJT, CZT])),
        ("6", "培育人工智能产业，深入实施“人工智能+”行动", [
            ("在制造、能源、交通、医疗、教育等领域打造人工智能典型应用场景100个。",
             "省数据局", "省工业和信息化厅、省科技厅", "2026年12月底前"),
            ("支持建设行业大模型训练和推理平台，推动算法、算力、数据协同创新。",
             "省科技厅", "省数据局", "2026年12月底前"),
            ("建设人工智能产业园3个，集聚人工智能企业200家以上。",
             "省发展改革委", "各市（州）人民政府", "2027年底前"),
         ], ([SJJ, GXT, KJT, FGW, SZ], [SJJ, KJT, FGW], [GXT, SZ])),
        ("7", "发展平台经济和数字贸易", [
            ("支持平台企业在引领发展、创造就业、国际竞争中发挥作用，培育营业收入超10亿元的平台企业5家。",
             "省发展改革委", "省市场监管局、省委网信办", "持续推进"),
            ("建设汶澜数字贸易示范区，跨境电商进出口额年均增长15%以上。",
             "省商务厅", "汶澜海关", "2027年底前"),
         ], ([FGW, SCJ, WXB, SWT, HG], [FGW, SWT], [SCJ, WXB, HG])),
    ]),
    ("三、推进产业数字化转型（5项）", [
        ("8", "推动制造业数字化转型，实施“智改数转网联”工程", [
            ("每年实施制造业技术改造项目1500个，工业企业关键工序数控化率达到65%。",
             "省工业和信息化厅", "省财政厅", "每年12月底前"),
            ("新建省级智能工厂50家、数字化车间200个。",
             "^", "各市（州）人民政府", "2027年底前"),
            ("开展中小企业数字化转型城市试点，带动1万家中小企业“上云用数赋智”。",
             "省工业和信息化厅", "省财政厅、省通信管理局", "2027年底前"),
            ("建设工业互联网标识解析二级节点10个，标识注册量突破50亿。",
             "省通信管理局", "省工业和信息化厅", "2026年12月底前"),
         ], ([GXT, CZT, SZ, TXJ], [GXT, TXJ], [CZT, SZ])),
        ("9", "加快农业农村数字化", [
            ("建设数字农业示范基地50个，推广物联网、遥感监测、智能农机等技术装备。",
             "省农业农村厅", "省科技厅", "2027年底前"),
            ("推进“互联网+”农产品出村进城，农产品网络零售额年均增长12%以上。",
             "省商务厅", "省农业农村厅、省供销合作社", "持续推进"),
            ("完善农村寄递物流体系，建设县级电子商务公共服务中心30个。",
             "^", "省邮政管理局", "2026年12月底前"),
         ], ([NYT, KJT, SWT, GXS, YZJ], [NYT, SWT], [KJT, GXS, YZJ])),
        ("10", "推动服务业数字化，发展智慧商贸物流和智慧文旅", [
            ("打造智慧商圈20个、智慧商店500家，推广即时零售、直播电商等新模式。",
             "^", "省文化和旅游厅、各市（州）人民政府", "2026年12月底前"),
            ("推进智慧物流发展，建设数字化物流园区10个。",
             "省发展改革委", "省交通运输厅、省邮政管理局", "2027年底前"),
            ("发展智慧文旅，建设省级智慧景区30家。",
             "省文化和旅游厅", "无", "2027年底前"),
         ], ([SWT, WLT, SZ, FGW, JTT, YZJ], [SWT, FGW, WLT], [SZ, JTT, YZJ])),
        ("11", "推进能源领域数字化，建设新型电力系统", [
            ("建设全省能源大数据中心，实现煤、电、油、气等能源数据汇聚共享。",
             "省能源局", "国网汶澜省电力公司", "2025年12月底前"),
            ("推进智能电网和虚拟电厂建设，虚拟电厂调节能力达到100万千瓦。",
             "^", "国网汶澜省电力公司、省发展改革委", "2027年底前"),
         ], ([NYJ, DW, FGW], [NYJ], [DW, FGW])),
        ("12", "发展数字金融，提升金融服务数字化水平", [
            ("扩大数字人民币试点应用场景，在交通出行、政务缴费等领域新增应用场景1000个。",
             "人民银行汶澜省分行", "省委金融办", "2026年12月底前"),
            ("建设全省企业融资综合信用服务平台，归集涉企信用信息，支持银行开展线上信用贷款。",
             "省委金融办", "省数据局、省发展改革委", "2025年12月底前"),
         ], ([RH, JRB, SJJ, FGW], [RH, JRB], [SJJ, FGW])),
    ]),
    ("四、加快培育数据要素市场（3项）", [
        ("13", "推进公共数据资源开发利用", [
            ("建设全省一体化公共数据平台，公共数据按需共享率达到95%以上。",
             "省数据局", "省直有关部门", "2025年12月底前"),
            ("开展公共数据授权运营试点，形成高质量数据产品50个以上。",
             "^", "省财政厅、省国资委", "2026年12月底前"),
            ("制定公共数据资源登记和授权运营管理办法。",
             "省数据局、省司法厅", "无", "2025年9月底前"),
         ], ([SJJ, SZBM, CZT, GZW, SFT], [SJJ, SFT], [SZBM, CZT, GZW])),
        ("14", "培育数据交易流通市场", [
            ("建设汶澜数据交易所，年数据交易额突破20亿元。",
             "省数据局、省委金融办", "省商务厅", "2027年底前"),
            ("培育数据商和合规评估、资产评估等第三方专业服务机构100家。",
             "省数据局", "省市场监管局", "^"),
         ], ([SJJ, JRB, SWT, SCJ], [SJJ, JRB], [SWT, SCJ])),
        ("15", "加强数据安全和个人信息保护", [
            ("落实数据分类分级保护制度，制定重要数据目录。",
             "省委网信办", "省公安厅、省数据局", "2025年12月底前"),
            ("开展数据安全风险评估和专项执法检查，依法打击非法获取、买卖个人信息等违法犯罪行为。",
             "省公安厅", "省委网信办、省通信管理局", "持续推进"),
         ], ([WXB, GAT, SJJ, TXJ], [WXB, GAT], [SJJ, TXJ])),
    ]),
    ("五、提升数字治理能力（3项）", [
        ("16", "深化数字政府建设，提升政务服务效能", [
            ("推进“高效办成一件事”，每年新增重点事项20个。",
             "省政务服务管理局", "省直有关部门", "每年12月底前"),
            ("推动政务服务“一网通办”“掌上办”，政务服务事项网上可办率达到99%。",
             "^", "各市（州）人民政府", "2025年12月底前"),
            ("建设“汶政通”协同办公平台，实现省、市、县、乡四级全覆盖。",
             "省政府办公厅", "省数据局", "2026年6月底前"),
         ], ([ZWJ, SZBM, SZ, BGT, SJJ], [ZWJ, BGT], [SZBM, SZ, SJJ])),
        ("17", "建设新型智慧城市和数字孪生城市", [
            ("推进城市运行管理服务平台建设，实现设区市全覆盖。",
             "省住房城乡建设厅", "各市（州）人民政府", "2026年12月底前"),
            ("开展数字孪生城市建设试点3个，建设全省实景三维数据底座。",
             "省自然资源厅", "省住房城乡建设厅、省数据局", "2027年底前"),
         ], ([ZJT, SZ, ZRT, SJJ], [ZJT, ZRT], [SZ, SJJ])),
        ("18", "推进社会服务数字化普惠化", [
            ("建设智慧教育平台，中小学校智慧校园建设达标率达到80%。",
             "省教育厅", "无", "2027年底前"),
            ("推进互联网医院建设和电子病历、检查检验结果跨机构共享互认。",
             "省卫生健康委", "省医保局", "2026年12月底前"),
            ("推进社会保障卡居民服务“一卡通”，在交通出行、就医购药、文化旅游等领域实现一卡通用。",
             "省人力资源社会保障厅", "省公安厅、省卫生健康委、省交通运输厅", "2026年12月底前"),
            ("开展互联网应用适老化和无障碍改造，完成改造网站和手机应用500个。",
             "省工业和信息化厅", "省民政厅、省残联", "2025年12月底前"),
         ], ([JYT, WJW, YBJ, RST, GAT, JTT, GXT, MZT, CL], [JYT, WJW, RST, GXT], [YBJ, GAT, JTT, MZT, CL])),
    ]),
    ("六、强化保障支撑（2项）", [
        ("19", "加大财政金融支持力度", [
            ("统筹省级数字经济发展专项资金每年10亿元，支持重大项目和公共平台建设。",
             "省财政厅", "省工业和信息化厅、省数据局", "每年12月底前"),
            ("设立省数字经济产业投资基金，总规模100亿元。",
             "省国资委、省财政厅", "省委金融办", "2025年12月底前"),
         ], ([CZT, GXT, SJJ, GZW, JRB], [CZT, GZW], [GXT, SJJ, JRB])),
        ("20", "加强数字人才队伍建设", [
            ("实施数字技能提升行动，每年开展数字技能培训10万人次。",
             "省人力资源社会保障厅", "省教育厅", "每年12月底前"),
            ("支持高校设置人工智能、大数据、集成电路等相关专业，每年培养相关专业毕业生2万人。",
             "省教育厅", "无", "持续推进"),
            ("引进数字经济领域高层次人才团队50个。",
             "省委人才办", "省人力资源社会保障厅、省科技厅", "2027年底前"),
         ], ([RST, JYT, RCB, KJT], [RST, JYT, RCB], [KJT])),
    ]),
]


def shade(cell, fill="D9D9D9"):
    cell._tc.get_or_add_tcPr().append(parse_xml(
        f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def units_of(cell):
    return [] if cell == "无" else split_units(cell)


def derived(rows, lead_above):
    """the task's (resp, lead, coop) following the rule in the docstring, from the printed cells"""
    resp, lead, coop = [], [], []
    for (_, lcell, ccell, _) in rows:
        lc = lead_above if lcell == "^" else lcell
        lead_above = lc
        for u in units_of(lc):
            if u not in resp:
                resp.append(u)
            if u not in lead:
                lead.append(u)
        for u in units_of(ccell):
            if u not in resp:
                resp.append(u)
            if u not in coop:
                coop.append(u)
    coop = [u for u in coop if u not in lead]
    return (resp, lead, coop), lead_above


def merge_runs(tb, col, rowcells):
    """rowcells: [(table row, text or '^')]; merge each cell with the '^' cells below it"""
    i = 0
    while i < len(rowcells):
        r0, text = rowcells[i]
        assert text != "^", (col, r0)
        j = i
        while j + 1 < len(rowcells) and rowcells[j + 1][1] == "^":
            j += 1
        c = tb.cell(r0, col)
        if j > i:
            c = c.merge(tb.cell(rowcells[j][0], col))
        cell_paras(c, text, 10.5, center=(col in (3, 5)))
        i = j + 1


BODY = [
    "为深入贯彻落实党中央、国务院关于发展数字经济的决策部署，加快推进数字产业化和产业数字化，推动数字技术与"
    "实体经济深度融合，结合我省实际，制定本实施方案。",
    ("h", "一、总体要求"),
    "坚持以数据资源为关键要素，以数字技术创新为核心驱动力，以数字基础设施为支撑，统筹推进数字产业化、产业"
    "数字化、数据价值化和治理数字化。到2027年，全省数字经济核心产业增加值占地区生产总值比重达到12%，数字经济"
    "规模突破1.5万亿元，建成西部数字经济发展高地。",
    ("h", "二、重点任务"),
    "围绕夯实数字基础设施、推动数字产业化、推进产业数字化转型、加快培育数据要素市场、提升数字治理能力、强化"
    "保障支撑等6个方面，实施20项重点任务、53条具体措施。各项重点任务的具体措施、牵头单位、配合单位和完成时限"
    "详见附件。",
    ("h", "三、保障措施"),
    ("k", "（一）加强组织领导。"),
    "省数字经济发展领导小组负责统筹推进全省数字经济发展工作，领导小组办公室设在省发展改革委，会同省数据局、"
    "省工业和信息化厅承担日常工作。",
    ("k", "（二）压实工作责任。"),
    "附件所列每条具体措施由该措施对应的牵头单位牵头落实，“牵头单位”栏列有两个单位的，均为牵头单位；配合单位"
    "要按照职责分工主动配合。一项重点任务涉及多个牵头单位的，各牵头单位分别对所牵头的具体措施负责。各市（州）"
    "人民政府要结合实际制定具体落实举措。",
    ("k", "（三）强化督促落实。"),
    "各牵头单位于每年6月底和12月底前将具体措施落实情况报送省数字经济发展领导小组办公室。省政府督查室将重点"
    "任务落实情况纳入年度督查检查计划。",
]


def main():
    d = new_doc()
    front(d, "汶澜省人民政府办公厅文件", "汶政办发〔2025〕21号",
          ["汶澜省人民政府办公厅", "关于印发汶澜省加快推进数字经济高质量发展", "实施方案（2025—2027年）的通知"],
          "各市（州）人民政府，省政府各部门、各直属机构：",
          ["《汶澜省加快推进数字经济高质量发展实施方案（2025—2027年）》已经省人民政府同意，现印发给你们，请认真"
           "贯彻落实。"],
          [], "汶澜省人民政府办公厅", "2025年4月17日")

    p = para(d, "汶澜省加快推进数字经济高质量发展实施方案", XBS, 22, align="c")
    p.paragraph_format.page_break_before = True
    para(d, "（2025—2027年）", KT, 16, align="c")
    para(d)
    for b in BODY:
        if isinstance(b, tuple):
            para(d, b[1], HT if b[0] == "h" else KT, 16)
        else:
            para(d, b)
    para(d)
    para(d, "附件：汶澜省加快推进数字经济高质量发展重点任务清单")

    landscape(d)
    para(d, "附件", HT, 16, indent=False)
    para(d, "汶澜省加快推进数字经济高质量发展重点任务清单", XBS, 20, align="c")

    ncol = 6
    nrows = 1 + sum(1 + sum(len(t[2]) for t in tasks) for _, tasks in SECS)
    tb = d.add_table(rows=nrows, cols=ncol)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(tb, [1.2, 4.2, 9.0, 3.6, 4.4, 2.3])
    for c, t in enumerate(["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"]):
        cell_paras(tb.cell(0, c), t, 12, bold=True, center=True, font=HT)
    repeat_header(tb.rows[0])

    golds = []
    lead_cells, time_cells = [], []      # (row, text) for the whole table, so a merge may cross tasks
    lead_above = None
    r = 1
    nmeasures = 0
    for sec_title, tasks in SECS:
        m = tb.cell(r, 0).merge(tb.cell(r, ncol - 1))
        cell_paras(m, sec_title, 12, bold=True, font=HT)
        shade(m)
        # a section row ends any merge run
        r += 1
        sec_lead, sec_time = [], []
        for (no, task, rows, gold) in tasks:
            r0, r1 = r, r + len(rows) - 1
            c = tb.cell(r0, 0).merge(tb.cell(r1, 0)) if r1 > r0 else tb.cell(r0, 0)
            cell_paras(c, no, 10.5, center=True)
            c = tb.cell(r0, 1).merge(tb.cell(r1, 1)) if r1 > r0 else tb.cell(r0, 1)
            cell_paras(c, task, 10.5)
            for k, (meas, lcell, ccell, tcell) in enumerate(rows):
                cell_paras(tb.cell(r0 + k, 2), meas, 10.5)
                cell_paras(tb.cell(r0 + k, 4), ccell, 10.5)
                sec_lead.append((r0 + k, lcell))
                sec_time.append((r0 + k, tcell))
                nmeasures += 1
            got, lead_above = derived(rows, lead_above)
            assert got == gold, (no, got, gold)
            assert 2 <= len(rows) <= 4, no
            golds.append(G(no, task[:12], gold[0], gold[1], gold[2]))
            r = r1 + 1
        lead_cells.append(sec_lead)
        time_cells.append(sec_time)
    assert r == nrows
    for sl, st in zip(lead_cells, time_cells):
        merge_runs(tb, 3, sl)
        merge_runs(tb, 5, st)
    assert nmeasures == 53, nmeasures
    assert [g["id"] for g in golds] == [str(i) for i in range(1, 21)]
    firsts = [g["head"][:6] for g in golds]
    assert len(set(firsts)) == len(firsts), [f for f in firsts if firsts.count(f) > 1]

    para(d)
    para(d, "注：表中“牵头单位”“配合单位”栏所列单位对应同一行的具体措施；合并单元格所列单位对所跨各行具体措施均负责。",
         KT, 12, indent=False)

    portrait(d)
    banji(d, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院。",
          "汶澜省人民政府办公厅　　　　　　　　　　　2025年4月18日印发")
    d.save(HERE + NAME + ".docx")
    write_gold(HERE, NAME, golds)
    return len(golds)


if __name__ == "__main__":
    print(main())
