#!/usr/bin/python3
"""Round 18 (folder c), notice 115: a provincial 实施方案 printed by a 省政府办公厅 印发 notice, its task table in a
LANDSCAPE section with a TWO-LEVEL header:

    row 1: 序号 | 重点任务 | 责任分工 (gridSpan 3)          | 完成时限
    row 2:  ↑   |    ↑     | 牵头单位 | 参与单位 | 省领导 |    ↑

(序号, 重点任务, 完成时限 merged down over both header rows; both header rows marked w:tblHeader to repeat on each
page.) Section rows `（一）……` merged across all six columns; tasks numbered 1–35 straight through them. Units in a
cell are parted by `，` and, between the provincial departments and the local governments, by `；`
(`省财政厅，省医保局；各市、县人民政府`); the generic `省直有关部门，各市、县人民政府` cell; two leads in one
牵头单位 cell; 参与单位 cells left blank; two 省领导 in a cell parted by `，`.

Names are invented. Run: /usr/bin/python3 make_docx_round18_115.py (writes next to this script).
The gold (lead / coop / leaders per row) is typed by hand in the data below, separately from the printed cell
text; the script only asserts that the two agree (each unit in its cell, in printed order, nothing left but the
separators `，` `；`) and that every head is the first 12 characters of its task cell.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from docx_notice import (G, write_gold, KT, HT, XBS, new_doc, para, front, banji, landscape, portrait,
                         set_widths, repeat_header, cell_paras)

OUT = os.path.dirname(os.path.abspath(__file__)) + "/"
NAME = "115_huailing_sheng_tizhen_xiaofei_shishi_fangan"


def shade(cell, fill="D9D9D9"):
    cell._tc.get_or_add_tcPr().append(parse_xml(
        f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def check_cell(printed, units):
    if printed == "":
        assert units == [], (printed, units)
        return
    parts = [p for p in re.split("[，；]", printed) if p]
    assert parts == units, (printed, units)


# ------------------------------------------------------------------------------------------------ units
FGW, SWT, CZT, RST = "省发展改革委", "省商务厅", "省财政厅", "省人力资源社会保障厅"
JYT, WLT, TYJ, WJW = "省教育厅", "省文化和旅游厅", "省体育局", "省卫生健康委"
MZT, ZJT, JTT, SCJ = "省民政厅", "省住房城乡建设厅", "省交通运输厅", "省市场监管局"
JRB, RH, JRJ, ZJJ = "省委金融办", "人民银行淮岭省分行", "淮岭金融监管局", "淮岭证监局"
SWJ, YBJ, NYT, GAT = "省税务局", "省医保局", "省农业农村厅", "省公安厅"
ZRT, GXT, SJJ, STT = "省自然资源厅", "省工业和信息化厅", "省数据局", "省生态环境厅"
ZGH, GSL, GZW, SLT = "省总工会", "省工商联", "省国资委", "省水利厅"
GXS, ZYY, YZJ, TJJ = "省供销社", "省中医药管理局", "省邮政管理局", "省统计局"
DCD, XCB, WXB = "国家统计局淮岭调查总队", "省委宣传部", "省委网信办"
SZ, SX = "省直有关部门", "各市、县人民政府"
SHI, XIAN = "各市人民政府", "各县（市、区）人民政府"
# 省领导
W, S, H, L, Z = "王海平", "孙立群", "何建军", "罗敏", "周宏达"

# row: (no, task, lead cell, coop cell, leader cell, deadline, gold=(lead, coop, leaders) typed by hand)
SECS = [
    ("（一）城乡居民增收促消费", [
        ("1", "实施重点群体就业促进行动，落实一次性扩岗补助、社会保险补贴等政策，全年城镇新增就业60万人以上，"
              "高校毕业生就业去向落实率保持在90%以上。",
         "省人力资源社会保障厅", "省教育厅，省财政厅，省农业农村厅；各市、县人民政府", "孙立群", "2025年12月底前",
         ([RST], [JYT, CZT, NYT, SX], [S])),
        ("2", "完善最低工资标准调整机制，稳慎有序提高最低工资标准，推动企业建立健全工资集体协商和正常增长机制。",
         "省人力资源社会保障厅", "省总工会，省工商联", "孙立群", "2025年10月底前",
         ([RST], [ZGH, GSL], [S])),
        ("3", "拓宽农民增收渠道，深入实施以工代赈，年内发放劳务报酬8亿元以上，培育省级乡村特色产业集群12个。",
         "省农业农村厅，省发展改革委", "省财政厅，省供销社；各市、县人民政府", "何建军", "持续推进",
         ([NYT, FGW], [CZT, GXS, SX], [H])),
        ("4", "多渠道增加居民财产性收入，推动上市公司提升投资价值，规范发展理财、保险等金融产品，"
              "稳步发展长期投资型保险业务。",
         "省委金融办", "淮岭证监局，淮岭金融监管局，人民银行淮岭省分行", "王海平", "持续推进",
         ([JRB], [ZJJ, JRJ, RH], [W])),
        ("5", "健全城乡居民基本养老保险筹资和待遇调整机制，按照国家部署适当提高城乡居民基础养老金最低标准。",
         "省人力资源社会保障厅", "省财政厅；各市、县人民政府", "孙立群", "2025年7月底前",
         ([RST], [CZT, SX], [S])),
    ]),
    ("（二）消费能力保障支持", [
        ("6", "按照国家统一部署实施育儿补贴制度，按规定发放育儿补贴，落实生育保险和生育津贴政策。",
         "省卫生健康委", "省财政厅，省医保局，省人力资源社会保障厅；各市、县人民政府", "罗敏", "2025年12月底前",
         ([WJW], [CZT, YBJ, RST, SX], [L])),
        ("7", "扩大普惠托育服务供给，新增普惠性托位1.5万个，支持有条件的幼儿园开设托班，推进托幼一体化建设。",
         "省卫生健康委，省教育厅", "省发展改革委，省住房城乡建设厅", "罗敏", "2025年12月底前",
         ([WJW, JYT], [FGW, ZJT], [L])),
        ("8", "加大学前教育保障力度，逐步推行免费学前教育，持续扩大优质普惠性学前教育资源供给。",
         "省教育厅", "省财政厅；各市、县人民政府", "罗敏", "2025年9月底前",
         ([JYT], [CZT, SX], [L])),
        ("9", "提高城乡居民基本医疗保险财政补助标准，推进跨省异地就医直接结算扩面提质，"
              "门诊慢特病跨省直接结算覆盖所有统筹地区。",
         "省医保局", "省财政厅，省卫生健康委", "罗敏", "2025年11月底前",
         ([YBJ], [CZT, WJW], [L])),
        ("10", "加大消费信贷支持力度，鼓励金融机构在风险可控前提下合理增加消费信贷，落实个人消费贷款财政贴息政策。",
         "人民银行淮岭省分行，淮岭金融监管局", "省财政厅，省委金融办", "王海平", "2025年12月底前",
         ([RH, JRJ], [CZT, JRB], [W])),
        ("11", "开展清理拖欠企业账款专项行动，健全防范和化解拖欠中小企业账款长效机制，保障农民工工资按时足额支付。",
         "省工业和信息化厅，省人力资源社会保障厅", "省国资委，省住房城乡建设厅，省交通运输厅，省水利厅；各市、县人民政府",
         "王海平，孙立群", "2025年6月底前",
         ([GXT, RST], [GZW, ZJT, JTT, SLT, SX], [W, S])),
    ]),
    ("（三）服务消费提质惠民", [
        ("12", "扩大养老服务消费，发展社区嵌入式养老服务，新建改建老年助餐点1200个，"
               "支持养老机构向居家社区延伸服务。",
         "省民政厅", "省卫生健康委，省财政厅；各市、县人民政府", "罗敏", "2025年12月底前",
         ([MZT], [WJW, CZT, SX], [L])),
        ("13", "扩大健康服务消费，支持医疗机构规范开设特需门诊，发展中医药养生保健服务。",
         "省卫生健康委", "省中医药管理局，省医保局", "罗敏", "持续推进",
         ([WJW], [ZYY, YBJ], [L])),
        ("14", "丰富文旅消费供给，开展“游淮岭·享好礼”文旅惠民活动，打造夜间文旅消费集聚区20个以上。",
         "省文化和旅游厅", "省商务厅，省公安厅，省市场监管局；各市、县人民政府", "周宏达", "2025年10月底前",
         ([WLT], [SWT, GAT, SCJ, SX], [Z])),
        ("15", "实施入境旅游促进计划，优化离境退税服务，扩大“即买即退”离境退税商店覆盖面。",
         "省文化和旅游厅，省商务厅", "省税务局，省公安厅", "周宏达", "2025年12月底前",
         ([WLT, SWT], [SWJ, GAT], [Z])),
        ("16", "办好各类体育赛事活动，全年举办省级以上品牌赛事100场以上，带动体育消费增长。",
         "省体育局", "", "周宏达", "2025年12月底前",
         ([TYJ], [], [Z])),
        ("17", "推动家政服务提质扩容，开展家政服务员技能培训6万人次，推进家政企业和从业人员信用建设。",
         "省商务厅", "省人力资源社会保障厅，省市场监管局", "周宏达", "2025年11月底前",
         ([SWT], [RST, SCJ], [Z])),
        ("18", "大力发展银发经济，培育智慧健康养老产品，支持企业开发适老化产品和服务。",
         "省民政厅，省工业和信息化厅", "省发展改革委，省卫生健康委", "罗敏", "持续推进",
         ([MZT, GXT], [FGW, WJW], [L])),
    ]),
    ("（四）大宗消费更新升级", [
        ("19", "加力推进汽车以旧换新，落实汽车报废更新和置换更新补贴政策，全年汽车以旧换新20万辆以上。",
         "省商务厅", "省财政厅，省公安厅，省生态环境厅", "王海平", "2025年12月底前",
         ([SWT], [CZT, GAT, STT], [W])),
        ("20", "实施家电和数码产品以旧换新，对12类家电产品和手机、平板、智能手表手环等数码产品购新给予补贴。",
         "省商务厅", "省财政厅，省市场监管局；各市、县人民政府", "王海平", "2025年12月底前",
         ([SWT], [CZT, SCJ, SX], [W])),
        ("21", "更好支持刚性和改善性住房需求，用好住房公积金政策，加快推进城中村改造和城市危旧房改造。",
         "省住房城乡建设厅", "省自然资源厅，省财政厅，人民银行淮岭省分行", "何建军", "持续推进",
         ([ZJT], [ZRT, CZT, RH], [H])),
        ("22", "实施家装厨卫“焕新”行动，支持旧房装修、厨卫等局部改造和居家适老化改造，"
               "鼓励开展家装消费品以旧换新。",
         "省商务厅，省住房城乡建设厅", "省民政厅", "王海平", "2025年12月底前",
         ([SWT, ZJT], [MZT], [W])),
        ("23", "完善废旧物品回收网络，建设县域再生资源分拣中心30个，畅通“以旧换新”回收链条。",
         "省商务厅", "省发展改革委，省生态环境厅，省供销社", "王海平", "2025年11月底前",
         ([SWT], [FGW, STT, GXS], [W])),
    ]),
    ("（五）消费品质提升", [
        ("24", "培育壮大新型消费，发展数字消费、绿色消费、健康消费，支持无人机、智能穿戴设备等新产品消费。",
         "省发展改革委", "省工业和信息化厅，省商务厅，省数据局", "何建军", "持续推进",
         ([FGW], [GXT, SWT, SJJ], [H])),
        ("25", "推进首发经济和品牌消费，支持国内外品牌在我省开设首店、旗舰店，全年新引进品牌首店100家以上。",
         "省商务厅", "省市场监管局；各市人民政府", "周宏达", "2025年12月底前",
         ([SWT], [SCJ, SHI], [Z])),
        ("26", "推动“淮岭好品”品牌建设，开展质量品牌提升行动，培育省级区域公用品牌30个。",
         "省市场监管局", "省农业农村厅，省工业和信息化厅", "何建军", "2025年12月底前",
         ([SCJ], [NYT, GXT], [H])),
        ("27", "完善县域商业体系，推动县城商业提质增效，建设改造乡镇商贸中心80个。",
         "省商务厅", "省供销社，省邮政管理局；各县（市、区）人民政府", "周宏达", "2025年12月底前",
         ([SWT], [GXS, YZJ, XIAN], [Z])),
        ("28", "推动农文旅融合发展，建设乡村旅游重点村镇，发展休闲农业和乡村民宿，打造乡村消费新场景。",
         "省农业农村厅，省文化和旅游厅", "各市、县人民政府", "何建军，周宏达", "持续推进",
         ([NYT, WLT], [SX], [H, Z])),
    ]),
    ("（六）消费环境改善优化", [
        ("29", "开展放心消费行动，推进线下实体店无理由退货承诺，创建放心消费示范单位1000家。",
         "省市场监管局", "", "何建军", "2025年12月底前",
         ([SCJ], [], [H])),
        ("30", "落实带薪休假制度，鼓励错峰弹性休假，在有条件的地区推动中小学春秋假试点。",
         "省人力资源社会保障厅，省教育厅", "省总工会", "孙立群，罗敏", "2025年9月底前",
         ([RST, JYT], [ZGH], [S, L])),
        ("31", "完善消费基础设施，推进城市一刻钟便民生活圈建设，全年新建改造便民生活圈200个。",
         "省商务厅", "省住房城乡建设厅，省自然资源厅；各市、县人民政府", "王海平", "2025年12月底前",
         ([SWT], [ZJT, ZRT, SX], [W])),
        ("32", "加强消费者权益保护，畅通投诉举报渠道，严厉打击价格欺诈、虚假宣传等违法违规行为。",
         "省市场监管局", "省公安厅，省委网信办", "何建军", "持续推进",
         ([SCJ], [GAT, WXB], [H])),
    ]),
    ("（七）限制措施清理和组织保障", [
        ("33", "清理消费领域不合理限制措施，因地制宜优化汽车、住房等限购措施，推动限购地区有序放宽。",
         "省发展改革委，省商务厅", "省公安厅，省住房城乡建设厅；各市人民政府", "王海平", "2025年8月底前",
         ([FGW, SWT], [GAT, ZJT, SHI], [W])),
        ("34", "加强消费统计监测，建立消费运行监测分析机制，按月开展消费形势研判。",
         "省统计局", "省商务厅，国家统计局淮岭调查总队", "王海平", "持续推进",
         ([TJJ], [SWT, DCD], [W])),
        ("35", "建立提振消费工作推进机制，细化落实举措，加强政策宣传解读，按季度报送工作进展情况。",
         "省发展改革委", "省直有关部门，各市、县人民政府", "王海平", "每季度末月20日前",
         ([FGW], [SZ, SX], [W])),
    ]),
]


def main():
    d = new_doc()
    front(d, "淮岭省人民政府办公厅文件", "淮政办发〔2025〕14号",
          ["淮岭省人民政府办公厅", "关于印发淮岭省提振消费专项行动实施方案的通知"],
          "各市、县人民政府，省政府各部门、各直属机构：",
          ["《淮岭省提振消费专项行动实施方案》已经省人民政府同意，现印发给你们，请认真贯彻落实。"],
          [], "淮岭省人民政府办公厅", "2025年5月12日")

    # ---------------------------------------------------------------- the 方案 itself (not an attachment)
    p = para(d, "淮岭省提振消费专项行动实施方案", XBS, 22, align="c")
    p.paragraph_format.page_break_before = True
    para(d)
    for b in [
        "为深入贯彻落实党中央、国务院关于大力提振消费、全方位扩大国内需求的决策部署，认真落实中共中央办公厅、"
        "国务院办公厅《提振消费专项行动方案》，着力增收入、稳预期、优供给、强服务、惠民生，推动全省消费加快恢复"
        "和扩容提质，结合我省实际，制定本实施方案。",
        ("h", "一、总体要求"),
        "坚持把提振消费摆在扩大内需的突出位置，以增强消费能力、提升消费意愿、扩大有效供给、优化消费环境为重点，"
        "统筹实施增收减负、服务提质、大宗消费更新、品质消费提升等行动。到2025年底，全省社会消费品零售总额增长"
        "6%左右，服务消费占居民消费支出比重稳步提高；到2027年，消费对经济增长的基础性作用进一步增强。",
        ("h", "二、重点任务"),
        "围绕城乡居民增收促消费、消费能力保障支持、服务消费提质惠民、大宗消费更新升级、消费品质提升、消费环境"
        "改善优化、限制措施清理和组织保障等7个方面，实施35项重点任务。各项任务的牵头单位、参与单位、牵头省领导和"
        "完成时限详见附件。",
        ("h", "三、保障措施"),
        ("k", "（一）加强统筹协调。"),
        "省提振消费工作专班负责统筹推进全省提振消费工作，研究解决重大问题，专班办公室设在省发展改革委。分工表中"
        "所列省领导为牵头省领导，负责统筹协调、督促推进分管领域任务。",
        ("k", "（二）压实工作责任。"),
        "“牵头单位”栏所列单位为牵头单位，列有两个以上单位的均为牵头单位，要共同研究制定具体落实举措；“参与单位”"
        "栏所列单位要按照职责分工积极配合。各市、县人民政府要结合实际抓好贯彻落实，不得层层加码。",
        ("k", "（三）强化督促落实。"),
        "各牵头单位于每季度末月20日前将任务进展情况报送省提振消费工作专班办公室。省政府督查室将重点任务落实情况"
        "纳入年度督查检查计划，对工作推进不力的予以通报。",
    ]:
        if isinstance(b, tuple):
            para(d, b[1], HT if b[0] == "h" else KT, 16)
        else:
            para(d, b)
    para(d)
    para(d, "附件：淮岭省提振消费专项行动重点任务分工表")

    # ---------------------------------------------------------------- 附件: the landscape task table
    landscape(d)
    para(d, "附件", HT, 16, indent=False)
    para(d, "淮岭省提振消费专项行动重点任务分工表", XBS, 20, align="c")

    ncol = 6
    nrows = 2 + sum(1 + len(rows) for _, rows in SECS)
    tb = d.add_table(rows=nrows, cols=ncol)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(tb, [1.3, 9.2, 3.6, 5.8, 2.2, 2.6])

    for c, t in [(0, "序号"), (1, "重点任务"), (5, "完成时限")]:
        m = tb.cell(0, c).merge(tb.cell(1, c))
        cell_paras(m, t, 12, bold=True, center=True, font=HT)
    m = tb.cell(0, 2).merge(tb.cell(0, 4))
    cell_paras(m, "责任分工", 12, bold=True, center=True, font=HT)
    for c, t in [(2, "牵头单位"), (3, "参与单位"), (4, "省领导")]:
        cell_paras(tb.cell(1, c), t, 12, bold=True, center=True, font=HT)
    repeat_header(tb.rows[0])
    repeat_header(tb.rows[1])

    golds = []
    r = 2
    for sec_title, rows in SECS:
        m = tb.cell(r, 0).merge(tb.cell(r, ncol - 1))
        cell_paras(m, sec_title, 12, bold=True, font=HT)
        shade(m)
        r += 1
        for (no, task, lead, coop, leader, deadline, (g_lead, g_coop, g_leaders)) in rows:
            cell_paras(tb.cell(r, 0), no, 11, center=True)
            cell_paras(tb.cell(r, 1), task, 11)
            cell_paras(tb.cell(r, 2), lead, 11)
            cell_paras(tb.cell(r, 3), coop, 11)
            cell_paras(tb.cell(r, 4), leader, 11, center=True)
            cell_paras(tb.cell(r, 5), deadline, 11, center=True)
            check_cell(lead, g_lead)
            check_cell(coop, g_coop)
            assert leader.split("，") == g_leaders, (no, leader, g_leaders)
            resp = g_lead + [u for u in g_coop if u not in g_lead]
            golds.append(G(no, task[:12], resp, g_lead, g_coop, g_leaders))
            r += 1
    assert r == nrows
    assert [g["id"] for g in golds] == [str(i) for i in range(1, 36)]
    firsts = [g["head"][:6] for g in golds]
    assert len(set(firsts)) == len(firsts), [f for f in firsts if firsts.count(f) > 1]

    portrait(d)
    banji(d, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院。",
          "淮岭省人民政府办公厅　　　　　　　　　　　2025年5月13日印发")
    d.save(OUT + NAME + ".docx")
    write_gold(OUT, NAME, golds)
    return len(golds)


if __name__ == "__main__":
    print(main())
