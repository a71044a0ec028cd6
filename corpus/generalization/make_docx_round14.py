#!/usr/bin/python3
"""Round 14 (folder c): two DOCX task-division notices written with python-docx, with hand-typed gold.

91_qingya_xian_zeren_zhuti_biao.docx
    county; 附件 in a landscape section: ONE TABLE whose header is TWO ROWS:
        row 1: 序号 | 重点任务 | 目标要求 | 责任主体 (gridSpan 3)            | 完成时限 | 备注
        row 2:  ↑   |    ↑     |    ↑     | 牵头领导 | 牵头单位 | 责任单位 |    ↑     |  ↑
    (序号, 重点任务, 目标要求, 完成时限, 备注 merged vertically over the two header rows, w:vMerge; both header rows
    marked w:tblHeader). Section rows merged across all eight columns ("一、经济发展（12项）"). 序号 1..36 runs on
    through the sections. 牵头领导 cells merged down (w:vMerge) over runs of tasks; one leader cell "A、B", one with
    two paragraphs. 目标要求 cells sometimes hold typed "1." / "（1）" paragraphs. 责任单位 cells: "—", a trailing 等,
    a "，" between groups. 备注 column: "会同各乡镇", "会同各乡镇、青崖经济开发区管委会",
    "县安委会成员单位按职责落实", "省对县考核指标" ... : NOT annotated as units (see NOTES.md).
92_liuwan_qu_wu_xuhao_fenjie_biao.docx
    district; 附件1: table WITHOUT a 序号 column — 工作任务 | 责任领导 | 牵头单位 | 配合单位 | 完成时限 — one row per
    task, under section rows merged across the five columns; 责任领导 merged down over runs; 配合单位 "/" for none.
    ids by position: section.position ("1.1" … "4.5"). 附件2: a second table 序号 | 项目名称 | 主要内容 | 责任领导 |
    牵头单位 | 配合单位 | 完成时限 whose 序号 restarts at 1 (ids "1" … "12", the printed numbers).
Names are invented. Run: /usr/bin/python3 make_docx_round14_c.py  (writes next to this script)
The gold (lead / coop / leaders per row) is typed by hand in the data below, separately from the printed cell
text; the script only asserts that the two agree (every unit in its cell, in printed order, nothing else left but
separators, 等, "—" and "/") and that every head is the first 12 characters of its task cell.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from docx_notice import (G, write_gold, KT, HT, XBS, new_doc, para, front, banji, landscape, portrait,
                         set_widths, repeat_header, cell_paras, split_units)

OUT = os.path.dirname(os.path.abspath(__file__)) + "/"


# ----------------------------------------------------------------------------------------------- helpers
def shade(cell, fill="D9D9D9"):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def check_cell(printed, units):
    """the hand-typed units must be exactly the printed cell, split, with a trailing 等 and 无-marks removed"""
    if printed in ("—", "/", "无", ""):
        assert units == [], (printed, units)
        return
    parts = split_units(printed)
    if parts[-1].endswith("等"):
        parts[-1] = parts[-1][:-1]
    assert parts == units, (printed, units)


def check_golds(golds):
    firsts = [g["head"][:6] for g in golds]
    assert len(set(firsts)) == len(firsts), [f for f in firsts if firsts.count(f) > 1]
    ids = [g["id"] for g in golds]
    assert len(set(ids)) == len(ids)
    for g in golds:
        for u in g["responsible_units"]:
            assert u and "、" not in u and "，" not in u and not u.endswith("等"), u


# ==================================================================================================== 91
def doc91():
    name = "91_qingya_xian_zeren_zhuti_biao"
    d = new_doc()
    front(d, "青崖县人民政府办公室文件", "青政办发〔2025〕9号",
          ["青崖县人民政府办公室", "关于印发《2025年县政府工作报告重点任务", "责任分解表》的通知"],
          "各乡镇人民政府，青崖经济开发区管委会，县直各单位：",
          ["《2025年青崖县人民政府工作报告》已经县十八届人大五次会议审议通过。为确保报告确定的各项目标任务落到实处，"
           "经县人民政府同意，现将《2025年县政府工作报告重点任务责任分解表》印发给你们，并就有关事项通知如下。",
           ("h", "一、落实责任主体"),
           "分解表按六个方面列出36项重点任务，每项任务明确牵头领导、牵头单位、责任单位和完成时限。牵头领导负责统筹协调、"
           "定期调度；牵头单位对任务落实负总责，主要负责同志为第一责任人；责任单位按照职责分工主动配合、协同推进。"
           "“牵头领导”栏为合并单元格的，所跨各项任务由同一县领导牵头。",
           ("h", "二、细化工作措施"),
           "各牵头单位要于3月15日前制定具体工作方案，将任务分解到季度、落实到岗位、明确到人头，报县政府督查室备案。"
           "备注栏注明的工作要求，由牵头单位在工作方案中一并予以落实。",
           ("h", "三、强化督查考核"),
           "县政府督查室每季度对重点任务推进情况进行督查，督查结果纳入年度综合考核。各牵头单位于每季度末月25日前将"
           "任务进展情况书面报送县政府督查室，电子版发送至县政府督查室邮箱。对工作推进不力、未按时限完成任务的，"
           "按照有关规定予以通报问责。"],
          ["附件：2025年县政府工作报告重点任务责任分解表"],
          "青崖县人民政府办公室", "2025年2月26日")

    landscape(d)
    p = para(d, "附件", HT, 16, indent=False)
    para(d, "2025年县政府工作报告重点任务责任分解表", XBS, 20, align="c")

    FGJ, CZJ, TJJ, GXJ, KJJ, SWJ = "县发改局", "县财政局", "县统计局", "县工信局", "县科技局", "县商务局"
    SWU, ZRJ, ZJJ, JTJ, SLJ, NYJ = "县税务局", "县自然资源局", "县住建局", "县交通运输局", "县水利局", "县农业农村局"
    WLJ, JYJ, WJJ, RSJ, MZJ, YBJ = "县文旅局", "县教育局", "县卫健局", "县人社局", "县民政局", "县医保局"
    SCJ, SJJ, SPJ, CTG = "县市场监管局", "县数据局", "县行政审批局", "县城投公司"
    KFQ, XZ, XZYG = "青崖经济开发区管委会", "各乡镇人民政府", "县直有关单位"
    HB, LYJ, CGJ = "市生态环境局青崖分局", "县林业局", "县城管局"
    S, H, P, Z, M, T, L = "宋立新", "韩志刚", "彭晓东", "周佩玲", "马文博", "唐思远", "罗建华"

    # row: (no, task, target paragraphs, leader cell (list of paragraphs starting a merged run, or "^" = merged
    #       into the cell above), lead cell, coop cell, deadline, note, gold=(lead, coop, leaders) typed by hand)
    secs = [
        ("一、经济发展（12项）", [
            ("1", "稳定经济增长",
             ["地区生产总值增长6%左右，一般公共预算收入增长5%，全社会固定资产投资增长8%。"],
             [S], "县发改局", "县统计局、县财政局", "2025年12月底", "省对县考核指标",
             ([FGJ], [TJJ, CZJ], [S])),
            ("2", "抓好财源建设",
             ["一般公共预算收入完成9.8亿元，税收收入占比稳定在70%以上。"],
             [H], "县财政局、县税务局", "县直有关单位", "2025年12月底", "",
             ([CZJ, SWU], [XZYG], [H])),
            ("3", "扩大有效投资",
             ["争取超长期特别国债、中央预算内投资项目15个以上，争取新增地方政府专项债券资金12亿元。"],
             "^", "县发改局", "县财政局、县自然资源局、县住建局", "2025年10月底", "",
             ([FGJ], [CZJ, ZRJ, ZJJ], [H])),
            ("4", "推进工业稳增长",
             ["规模以上工业增加值增长7.5%，新增规模以上工业企业15家。"],
             [P], "县工信局", "县统计局、青崖经济开发区管委会", "2025年12月底", "会同各乡镇",
             ([GXJ], [TJJ, KFQ], [P])),
            ("5", "壮大主导产业集群",
             ["1.新能源电池材料产业产值突破80亿元；", "2.绿色食品加工产业产值增长10%；",
              "3.新培育省级专精特新中小企业6家。"],
             "^", "县工信局", "县农业农村局、县科技局、青崖经济开发区管委会", "2025年12月底", "",
             ([GXJ], [NYJ, KJJ, KFQ], [P])),
            ("6", "推动科技创新",
             ["新增高新技术企业8家、科技型中小企业30家，全社会研发经费投入强度达到1.6%。"],
             "^", "县科技局", "县工信局、县财政局、县统计局", "2025年11月底", "",
             ([KJJ], [GXJ, CZJ, TJJ], [P])),
            ("7", "提振消费市场",
             ["社会消费品零售总额增长6%，开展“乐购青崖”促消费活动20场以上。"],
             [Z], "县商务局", "县文旅局、县市场监管局、各乡镇人民政府", "2025年12月底", "",
             ([SWJ], [WLJ, SCJ, XZ], [Z])),
            ("8", "发展县域商贸物流",
             ["建成县级物流分拨中心，村级寄递物流综合服务站覆盖率达到100%。"],
             "^", "县商务局", "县交通运输局、县邮政分公司", "2025年9月底", "会同各乡镇",
             ([SWJ], [JTJ, "县邮政分公司"], [Z])),
            ("9", "强化招商引资",
             ["引进亿元以上项目25个，其中10亿元以上项目3个，实际到位省外资金增长10%。"],
             ["宋立新、韩志刚"], "县投资促进中心", "青崖经济开发区管委会，各乡镇人民政府，县直有关单位",
             "2025年12月底", "县委县政府专项督办",
             (["县投资促进中心"], [KFQ, XZ, XZYG], [S, H])),
            ("10", "持续优化营商环境",
             ["开展营商环境提升行动，“高效办成一件事”重点事项清单全部落地，企业开办时间压缩至1个工作日以内。"],
             [H], "县行政审批局", "县数据局、县市场监管局等", "2025年6月底前", "",
             ([SPJ], [SJJ, SCJ], [H])),
            ("11", "防范化解债务风险",
             ["县属国有企业资产负债率控制在65%以内，政府债务风险等级保持在绿色区间。"],
             "^", "县财政局", "县金融服务中心、县城投公司", "全年", "",
             ([CZJ], ["县金融服务中心", CTG], [H])),
            ("12", "提高统计数据质量",
             ["做好第五次全国经济普查成果开发应用，开展统计造假、弄虚作假专项治理。"],
             "^", "县统计局", "—", "2025年12月底", "",
             ([TJJ], [], [H])),
        ]),
        ("二、项目建设（6项）", [
            ("13", "重点项目攻坚",
             ["实施县级重点项目100个，完成年度投资120亿元，新开工项目40个、竣工项目30个。"],
             [H], "县发改局", "县自然资源局、县住建局、各乡镇人民政府", "2025年12月底", "每月5日前报送进度",
             ([FGJ], [ZRJ, ZJJ, XZ], [H])),
            ("14", "推进开发区扩区调位",
             ["完成青崖经济开发区扩区调位申报，新建标准化厂房10万平方米。"],
             [P], "青崖经济开发区管委会", "县自然资源局、县发改局", "2025年10月底", "",
             ([KFQ], [ZRJ, FGJ], [P])),
            ("15", "加快交通基础设施建设",
             ["（1）G351青崖绕城段完成路基工程；", "（2）新改建农村公路120公里，实施危桥改造15座。"],
             [T], "县交通运输局", "县自然资源局、县财政局，沿线各乡镇", "2025年11月底", "",
             ([JTJ], [ZRJ, CZJ, "沿线各乡镇"], [T])),
            ("16", "推进水利工程建设",
             ["开工建设白龙河水库，完成中小河流治理18公里、病险水库除险加固6座。"],
             [M], "县水利局", "县自然资源局、县财政局", "2025年12月底", "省重点项目",
             ([SLJ], [ZRJ, CZJ], [M])),
            ("17", "布局新型基础设施",
             ["新建5G基站260个，实现行政村千兆光网全覆盖。"],
             [P], "县数据局", "县通信发展办公室、县供电公司", "2025年9月底", "",
             ([SJJ], ["县通信发展办公室", "县供电公司"], [P])),
            ("18", "强化项目要素保障",
             ["保障建设用地3000亩以上，完成批而未供土地处置600亩、闲置土地处置150亩。"],
             [T], "县自然资源局", "县发改局、县林业局", "2025年12月底", "会同各乡镇",
             ([ZRJ], [FGJ, LYJ], [T])),
        ]),
        ("三、乡村振兴（5项）", [
            ("19", "稳定粮食生产",
             ["粮食播种面积稳定在58万亩以上，粮食产量稳定在23万吨以上。"],
             [M], "县农业农村局", "县财政局、县自然资源局、各乡镇人民政府", "2025年10月底", "省对县考核指标",
             ([NYJ], [CZJ, ZRJ, XZ], [M])),
            ("20", "建设高标准农田",
             ["新建高标准农田5万亩，实施高效节水灌溉1.2万亩。"],
             "^", "县农业农村局", "县财政局、县水利局", "2025年12月底", "会同各乡镇",
             ([NYJ], [CZJ, SLJ], [M])),
            ("21", "巩固拓展脱贫攻坚成果",
             ["防止返贫动态监测帮扶全覆盖，脱贫人口人均纯收入增长8%以上。"],
             "^", "县农业农村局", "县人社局、县医保局、县教育局，各乡镇人民政府", "全年", "",
             ([NYJ], [RSJ, YBJ, JYJ, XZ], [M])),
            ("22", "发展乡村特色产业",
             ["茶叶全产业链综合产值突破25亿元，创建省级现代农业产业园1个、“一村一品”示范村5个。"],
             "^", "县农业农村局、县供销社", "县市场监管局、县商务局", "2025年12月底", "",
             ([NYJ, "县供销社"], [SCJ, SWJ], [M])),
            ("23", "建设宜居宜业和美乡村",
             ["创建省级和美乡村示范村10个，农村卫生厕所普及率达到92%，生活污水治理率达到45%。"],
             [M, T], "县农业农村局", "县住建局、市生态环境局青崖分局、县卫健局", "2025年11月底",
             "会同各乡镇、青崖经济开发区管委会",
             ([NYJ], [ZJJ, HB, WJJ], [M, T])),
        ]),
        ("四、城乡建设与生态环保（5项）", [
            ("24", "推进城市更新",
             ["改造城镇老旧小区22个，完成城中村改造800户，新建改造城市燃气管网35公里。"],
             [T], "县住建局", "县自然资源局、县财政局、县城投公司", "2025年12月底", "",
             ([ZJJ], [ZRJ, CZJ, CTG], [T])),
            ("25", "提升城市管理水平",
             ["新增城区公共停车泊位1500个，城区生活垃圾分类覆盖率达到80%。"],
             "^", "县城管局", "县公安局、县住建局", "2025年10月底", "",
             ([CGJ], ["县公安局", ZJJ], [T])),
            ("26", "促进房地产市场平稳健康发展",
             ["收购存量商品房用作保障性住房300套，“保交房”项目全部按期交付。"],
             "^", "县住建局", "县财政局、县城投公司", "2025年12月底", "",
             ([ZJJ], [CZJ, CTG], [T])),
            ("27", "深入打好污染防治攻坚战",
             ["城区PM2.5年均浓度控制在30微克/立方米以内，国控断面水质达标率保持100%。"],
             [L], "市生态环境局青崖分局", "县住建局、县农业农村局、县水利局、县交通运输局", "2025年12月底",
             "省对县考核指标",
             ([HB], [ZJJ, NYJ, SLJ, JTJ], [L])),
            ("28", "全面推行林长制",
             ["完成营造林2.5万亩，森林覆盖率稳定在68%以上，松材线虫病疫情防控面积保持下降。"],
             "^", "县林业局", "县自然资源局、各乡镇人民政府", "2025年12月底", "",
             ([LYJ], [ZRJ, XZ], [L])),
        ]),
        ("五、民生保障（6项）", [
            ("29", "稳定和扩大就业",
             ["城镇新增就业3200人，城镇调查失业率控制在5.5%以内，农村劳动力转移就业1.5万人。"],
             [L], "县人社局", "县财政局、县农业农村局", "2025年12月底", "",
             ([RSJ], [CZJ, NYJ], [L])),
            ("30", "办好人民满意教育",
             ["1.新建城南第二小学，新增学位1800个；", "2.实施县域普通高中发展提升行动，创建省级优质特色高中1所。"],
             [Z], "县教育局", "县住建局、县财政局、县自然资源局", "2025年8月底", "县级民生实事",
             ([JYJ], [ZJJ, CZJ, ZRJ], [Z])),
            ("31", "推进健康青崖建设",
             ["县人民医院创建三级医院，紧密型县域医共体建设评价达到A类。"],
             "^", "县卫健局", "县医保局、县财政局", "2025年12月底", "",
             ([WJJ], [YBJ, CZJ], [Z])),
            ("32", "繁荣发展文化旅游",
             ["全年接待游客突破800万人次，旅游综合收入增长12%，创建国家4A级旅游景区1个。"],
             "^", "县文旅局", "县交通运输局、县市场监管局，各乡镇人民政府", "2025年12月底", "会同各乡镇",
             ([WLJ], [JTJ, SCJ, XZ], [Z])),
            ("33", "完善社会保障体系",
             ["城乡居民基本养老保险参保率达到95%，新建社区嵌入式养老服务中心5个。"],
             [L], "县民政局、县人社局", "县医保局、县财政局", "2025年11月底", "",
             ([MZJ, RSJ], [YBJ, CZJ], [L])),
            ("34", "守牢安全发展底线",
             ["生产安全事故起数和死亡人数实现“双下降”，坚决防范遏制较大及以上生产安全事故。"],
             [H], "县应急管理局", "县直有关单位，各乡镇人民政府", "全年", "县安委会各成员单位按职责落实",
             (["县应急管理局"], [XZYG, XZ], [H])),
        ]),
        ("六、政府自身建设（2项）", [
            ("35", "推进依法行政",
             ["重大行政决策合法性审查率达到100%，行政复议纠错率保持在合理区间。"],
             [S], "县司法局", "县政府办公室", "全年", "",
             (["县司法局"], ["县政府办公室"], [S])),
            ("36", "深化政务公开",
             ["政府信息主动公开率达到100%，人大代表建议和政协提案办理满意率达到95%以上。"],
             "^", "县政府办公室", "县直各单位", "2025年10月底", "会同各乡镇",
             (["县政府办公室"], ["县直各单位"], [S])),
        ]),
    ]

    ncol = 8
    nrows = 2 + sum(1 + len(rows) for _, rows in secs)
    tb = d.add_table(rows=nrows, cols=ncol)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [1.2, 3.2, 7.0, 2.2, 2.8, 4.6, 2.2, 2.4]
    set_widths(tb, widths)

    # two-row header
    for c, t in [(0, "序号"), (1, "重点任务"), (2, "目标要求"), (6, "完成时限"), (7, "备注")]:
        m = tb.cell(0, c).merge(tb.cell(1, c))
        cell_paras(m, t, 12, bold=True, center=True, font=HT)
    m = tb.cell(0, 3).merge(tb.cell(0, 5))
    cell_paras(m, "责任主体", 12, bold=True, center=True, font=HT)
    for c, t in [(3, "牵头领导"), (4, "牵头单位"), (5, "责任单位")]:
        cell_paras(tb.cell(1, c), t, 12, bold=True, center=True, font=HT)
    repeat_header(tb.rows[0])
    repeat_header(tb.rows[1])

    golds = []
    r = 2
    run_start = None      # row where the current 牵头领导 run starts
    run_lines = None

    def close_run(end_row):
        if run_start is None:
            return
        c = tb.cell(run_start, 3)
        if end_row > run_start:
            c = c.merge(tb.cell(end_row, 3))
        cell_paras(c, run_lines, 11, center=True)

    for sec_title, rows in secs:
        m = tb.cell(r, 0).merge(tb.cell(r, ncol - 1))
        cell_paras(m, sec_title, 12, bold=True, font=HT)
        shade(m)
        r += 1
        first_in_sec = True
        for (no, task, target, leader, lead, coop, deadline, note, (g_lead, g_coop, g_leaders)) in rows:
            if leader == "^":
                assert not first_in_sec, no
            else:
                if run_start is not None:
                    close_run(r - 1)
                run_start, run_lines = r, leader
            cell_paras(tb.cell(r, 0), no, 11, center=True)
            cell_paras(tb.cell(r, 1), task, 11)
            cell_paras(tb.cell(r, 2), target, 11)
            cell_paras(tb.cell(r, 4), lead, 11)
            cell_paras(tb.cell(r, 5), coop, 11)
            cell_paras(tb.cell(r, 6), deadline, 11, center=True)
            cell_paras(tb.cell(r, 7), note, 10.5)
            run_end = r
            first_in_sec = False
            # cross-checks of the hand-typed gold against the printed cells
            check_cell(lead, g_lead)
            check_cell(coop, g_coop)
            printed_leaders = (leader if leader != "^" else run_lines)
            assert "、".join(printed_leaders).split("、") == g_leaders, (no, printed_leaders, g_leaders)
            resp = g_lead + [u for u in g_coop if u not in g_lead]
            golds.append(G(no, task[:12], resp, g_lead, g_coop, g_leaders))
            r += 1
        # a leader run never crosses a section row
        close_run(run_end)
        run_start = None
    assert r == nrows
    # section counts printed in the section rows
    for sec_title, rows in secs:
        assert f"（{len(rows)}项）" in sec_title, sec_title
    assert [g["id"] for g in golds] == [str(i) for i in range(1, 37)]

    para(d)
    p = para(d, "注：“牵头领导”栏为合并单元格的，所跨各项任务由同一县领导牵头；“—”表示无责任单位。", KT, 12, indent=False)
    portrait(d)
    banji(d, "抄送：县委办公室，县人大常委会办公室，县政协办公室。",
          "青崖县人民政府办公室　　　　　　　　　　2025年2月26日印发")
    d.save(OUT + name + ".docx")
    check_golds(golds)
    write_gold(OUT, name, golds)
    return len(golds)


# ==================================================================================================== 92
def doc92():
    name = "92_liuwan_qu_wu_xuhao_fenjie_biao"
    d = new_doc()
    front(d, "柳湾区人民政府办公室文件", "柳政办发〔2025〕4号",
          ["柳湾区人民政府办公室", "关于印发2025年区政府重点工作任务分解方案的通知"],
          "各街道办事处，柳湾高新区管委会，区政府各部门、各直属单位：",
          ["为全面完成区十七届人大四次会议确定的目标任务，经区政府研究同意，现将《2025年区政府重点工作任务分解表》"
           "《2025年区级民生实事项目责任分工表》印发给你们，请认真贯彻落实。",
           "一、各责任领导要加强对分管领域重点工作的统筹调度，及时协调解决工作推进中的困难和问题。",
           "二、各牵头单位是任务落实的责任主体，要细化工作举措，明确时间节点，牵头抓好落实；各配合单位要按照职责分工"
           "主动对接、积极配合，形成工作合力。",
           "三、区政府督查室要加强跟踪督办，实行月调度、季通报、年考核。各牵头单位于每月25日前将工作进展情况报区政府"
           "督查室，民生实事项目进展情况同时抄送区发改局。"],
          ["附件：1.2025年区政府重点工作任务分解表", "2.2025年区级民生实事项目责任分工表"],
          "柳湾区人民政府办公室", "2025年3月3日")

    C, D, X, G_, LV, SO = "陈嘉树", "邓海波", "许婉清", "高云峰", "吕振宇", "宋安澜"
    FG, CZ, TJ, GX, SW, KJ = "区发改局", "区财政局", "区统计局", "区工信局", "区商务局", "区科技局"
    ZJ, CG, ZR, JT, SWU = "区住建局", "区城管局", "区自然资源和规划分局", "区交通运输局", "区水务局"
    NY, WLT, JY, WJ, RS, MZ = "区农业农村局", "区文旅体局", "区教育局", "区卫健局", "区人社局", "区民政局"
    YJ, SC, SJ, SWJ, SP, GZ = "区应急局", "区市场监管局", "区数据资源局", "区税务局", "区行政审批局", "区国资中心"
    JD, CT, GXQ, HB = "各街道办事处", "区城投集团", "柳湾高新区管委会", "市生态环境局柳湾分局"

    # ---------------------------------------------------------------- 附件1: no 序号 column
    # row: (task, leader cell (list of paragraphs starting a merged run, or "^"), lead cell, coop cell, deadline,
    #       gold=(lead, coop, leaders) typed by hand). ids: section.position
    secs = [
        ("一、稳增长扩内需", [
            ("全区地区生产总值增长6%，一般公共预算收入增长4.5%，固定资产投资增长7%。",
             [C], "区发改局", "区统计局、区财政局", "12月底",
             ([FG], [TJ, CZ], [C])),
            ("实施区级重点项目85个，完成年度投资160亿元，其中新开工项目35个、竣工项目28个。",
             [D], "区发改局", "区住建局、区自然资源和规划分局、各街道办事处", "12月底",
             ([FG], [ZJ, ZR, JD], [D])),
            ("积极争取超长期特别国债和地方政府专项债券资金18亿元以上，加快资金支出进度。",
             "^", "区财政局、区发改局", "/", "10月底",
             ([CZ, FG], [], [D])),
            ("落实大规模设备更新和消费品以旧换新政策，争取中央和省级资金1.2亿元。",
             "^", "区商务局", "区工信局、区发改局、区财政局", "11月底",
             ([SW], [GX, FG, CZ], [D])),
            ("社会消费品零售总额增长6.5%，打造柳湾夜市等特色消费街区3条。",
             [X], "区商务局", "区文旅体局、区城管局、区市场监管局", "12月底",
             ([SW], [WLT, CG, SC], [X])),
            ("全年接待游客1200万人次，旅游总收入增长10%，创建国家4A级旅游景区1个。",
             "^", "区文旅体局", "区交通运输局、区自然资源和规划分局", "12月底",
             ([WLT], [JT, ZR], [X])),
            ("新增各类市场经营主体8000户，其中企业2500户。",
             "^", "区市场监管局", "区税务局、区行政审批局", "12月底",
             ([SC], [SWJ, SP], [X])),
        ]),
        ("二、推动产业转型升级", [
            ("规模以上工业增加值增长8%，新增规模以上工业企业20家。",
             [G_], "区工信局", "区统计局、柳湾高新区管委会", "12月底",
             ([GX], [TJ, GXQ], [G_])),
            ("实施“智改数转”项目50个，新建省级智能工厂2个、数字化车间10个。",
             "^", "区工信局", "区数据资源局、区财政局", "11月底",
             ([GX], [SJ, CZ], [G_])),
            ("新增国家高新技术企业30家、专精特新中小企业15家，全社会研发投入强度达到2.8%。",
             "^", "区科技局", "区工信局、区统计局", "12月底",
             ([KJ], [GX, TJ], [G_])),
            ("柳湾高新区新能源汽车零部件产业园二期竣工投产，新增标准厂房12万平方米。",
             "^", "柳湾高新区管委会", "区工信局、区住建局", "9月底",
             ([GXQ], [GX, ZJ], [G_])),
            ("引进亿元以上产业项目30个，其中10亿元以上项目3个，实际使用外资增长5%。",
             [C, G_], "区投促局", "柳湾高新区管委会，各街道办事处，区直有关部门", "12月底",
             (["区投促局"], [GXQ, JD, "区直有关部门"], [C, G_])),
            ("发展都市现代农业，新建高标准农田1.2万亩，农村居民人均可支配收入增长6.5%。",
             [LV], "区农业农村局", "区财政局、区水务局、相关街道办事处", "12月底",
             ([NY], [CZ, SWU, "相关街道办事处"], [LV])),
        ]),
        ("三、推进城市更新和生态建设", [
            ("改造城镇老旧小区30个，完成城中村改造1500户，新开工保障性住房600套。",
             [SO], "区住建局", "区财政局、区城投集团、各街道办事处", "12月底",
             ([ZJ], [CZ, CT, JD], [SO])),
            ("建成滨河东路快速化改造工程，打通城区断头路5条。",
             "^", "区交通运输局", "区自然资源和规划分局、区城投集团", "10月底",
             ([JT], [ZR, CT], [SO])),
            ("新增城区公共停车泊位3000个、公共充电桩1500个。",
             "^", "区城管局、区住建局", "国网柳湾供电公司", "12月底",
             ([CG, ZJ], ["国网柳湾供电公司"], [SO])),
            ("PM2.5年均浓度控制在32微克/立方米以内，空气质量优良天数比率达到85%。",
             [LV], "市生态环境局柳湾分局", "区住建局、区城管局、区交通运输局、区工信局", "12月底",
             ([HB], [ZJ, CG, JT, GX], [LV])),
            ("完成城区雨污分流改造28公里，国控、省控断面水质稳定达标。",
             "^", "区水务局", "市生态环境局柳湾分局、各街道办事处", "11月底",
             ([SWU], [HB, JD], [LV])),
            ("新增城市绿地40公顷，建成开放口袋公园12个。",
             "^", "区城管局", "/", "9月底",
             ([CG], [], [LV])),
        ]),
        ("四、深化改革和安全发展", [
            ("深化“高效办成一件事”改革，政务服务事项全程网办率达到90%。",
             [D], "区行政审批局", "区数据资源局、区直有关部门", "6月底",
             ([SP], [SJ, "区直有关部门"], [D])),
            ("深化区属国有企业改革，完成区城投集团市场化转型。",
             "^", "区国资中心", "区财政局、区城投集团", "12月底",
             ([GZ], [CZ, CT], [D])),
            ("防范化解地方债务风险，政府债务风险等级保持在绿色区间。",
             "^", "区财政局", "区国资中心、区城投集团", "全年",
             ([CZ], [GZ, CT], [D])),
            ("外贸进出口总额增长8%，新增有进出口实绩企业25家。",
             [X], "区商务局", "柳湾海关、区税务局", "12月底",
             ([SW], ["柳湾海关", SWJ], [X])),
            ("开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故。",
             [C], "区应急局", "区安委会各成员单位，各街道办事处", "全年",
             ([YJ], ["区安委会各成员单位", JD], [C])),
        ]),
    ]

    landscape(d)
    para(d, "附件1", HT, 16, indent=False)
    para(d, "2025年区政府重点工作任务分解表", XBS, 20, align="c")
    ncol = 5
    nrows = 1 + sum(1 + len(rows) for _, rows in secs)
    tb = d.add_table(rows=nrows, cols=ncol)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(tb, [11.5, 2.6, 3.6, 5.6, 2.0])
    for c, t in enumerate(["工作任务", "责任领导", "牵头单位", "配合单位", "完成时限"]):
        cell_paras(tb.cell(0, c), t, 12, bold=True, center=True, font=HT)
    repeat_header(tb.rows[0])

    golds = []
    r = 1
    for si, (sec_title, rows) in enumerate(secs, 1):
        m = tb.cell(r, 0).merge(tb.cell(r, ncol - 1))
        cell_paras(m, sec_title, 12, bold=True, font=HT)
        r += 1
        run_start = run_lines = None
        for k, (task, leader, lead, coop, deadline, (g_lead, g_coop, g_leaders)) in enumerate(rows, 1):
            if leader != "^":
                if run_start is not None:
                    c = tb.cell(run_start, 1)
                    if r - 1 > run_start:
                        c = c.merge(tb.cell(r - 1, 1))
                    cell_paras(c, run_lines, 11, center=True)
                run_start, run_lines = r, leader
            else:
                assert k > 1
            cell_paras(tb.cell(r, 0), task, 11)
            cell_paras(tb.cell(r, 2), lead, 11)
            cell_paras(tb.cell(r, 3), coop, 11)
            cell_paras(tb.cell(r, 4), deadline, 11, center=True)
            check_cell(lead, g_lead)
            check_cell(coop, g_coop)
            assert run_lines == g_leaders, (task, run_lines, g_leaders)
            resp = g_lead + [u for u in g_coop if u not in g_lead]
            golds.append(G(f"{si}.{k}", task[:12], resp, g_lead, g_coop, g_leaders))
            r += 1
        c = tb.cell(run_start, 1)
        if r - 1 > run_start:
            c = c.merge(tb.cell(r - 1, 1))
        cell_paras(c, run_lines, 11, center=True)
    assert r == nrows

    # ---------------------------------------------------------------- 附件2: 序号 restarting at 1
    ms = [
        ("1", "新建改扩建中小学幼儿园", "新建柳湾实验第二小学等学校4所，新增学位3600个。", X, "区教育局",
         "区住建局、区自然资源和规划分局", "8月底", ([JY], [ZJ, ZR], [X])),
        ("2", "社区嵌入式服务设施建设", "建设社区嵌入式服务设施10处，提供托育、助餐、康养等服务。", X, "区民政局",
         "区发改局、各街道办事处", "11月底", ([MZ], [FG, JD], [X])),
        ("3", "老年助餐服务提质扩面", "新增社区老年食堂15个，为80岁以上老年人提供助餐补贴。", X, "区民政局",
         "区市场监管局", "10月底", ([MZ], [SC], [X])),
        ("4", "基层医疗服务能力提升", "改造提升社区卫生服务中心6个，新增家庭医生签约服务2万人。", X, "区卫健局",
         "区财政局", "12月底", ([WJ], [CZ], [X])),
        ("5", "老年人免费健康体检", "为65岁以上常住老年人免费健康体检4.5万人次。", X, "区卫健局",
         "各街道办事处", "12月底", ([WJ], [JD], [X])),
        ("6", "就业创业服务", "城镇新增就业1.5万人，开展补贴性职业技能培训8000人次。", D, "区人社局",
         "区财政局、区教育局", "12月底", ([RS], [CZ, JY], [D])),
        ("7", "既有住宅加装电梯", "完成既有住宅加装电梯120部。", SO, "区住建局",
         "区市场监管局、各街道办事处", "12月底", ([ZJ], [SC, JD], [SO])),
        ("8", "农贸市场改造提升", "改造提升城区农贸市场8个。", X, "区商务局",
         "区市场监管局、区城管局", "9月底", ([SW], [SC, CG], [X])),
        ("9", "城市燃气管道老化更新", "更新改造老化燃气管道65公里。", SO, "区住建局",
         "区应急局、柳湾燃气公司", "11月底", ([ZJ], [YJ, "柳湾燃气公司"], [SO])),
        ("10", "农村供水保障提升", "改造农村供水管网80公里，惠及群众2.3万人。", LV, "区水务局",
         "区农业农村局、相关街道办事处", "10月底", ([SWU], [NY, "相关街道办事处"], [LV])),
        ("11", "全民健身设施建设", "新建改建社区健身点40个、口袋体育公园3个。", X, "区文旅体局",
         "区城管局", "9月底", ([WLT], [CG], [X])),
        ("12", "残疾人康复救助", "为1200名残疾人提供基本康复服务，为困难残疾人适配辅具600件。", X, "区残联",
         "区卫健局、区民政局", "12月底", (["区残联"], [WJ, MZ], [X])),
    ]
    para(d)
    p = para(d, "附件2", HT, 16, indent=False)
    p.paragraph_format.page_break_before = True
    para(d, "2025年区级民生实事项目责任分工表", XBS, 20, align="c")
    hdr = ["序号", "项目名称", "主要内容", "责任领导", "牵头单位", "配合单位", "完成时限"]
    tb2 = d.add_table(rows=1 + len(ms), cols=len(hdr))
    tb2.style = "Table Grid"
    tb2.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(tb2, [1.2, 4.0, 8.0, 2.2, 2.8, 5.0, 2.0])
    for c, t in enumerate(hdr):
        cell_paras(tb2.cell(0, c), t, 12, bold=True, center=True, font=HT)
    repeat_header(tb2.rows[0])
    for i, (no, proj, content, leader, lead, coop, deadline, (g_lead, g_coop, g_leaders)) in enumerate(ms, 1):
        assert no == str(i)
        row = tb2.rows[i]
        for c, t in enumerate([no, proj, content, leader, lead, coop, deadline]):
            cell_paras(row.cells[c], t, 11, center=c in (0, 3, 6))
        check_cell(lead, g_lead)
        check_cell(coop, g_coop)
        assert [leader] == g_leaders
        resp = g_lead + [u for u in g_coop if u not in g_lead]
        golds.append(G(no, proj[:12], resp, g_lead, g_coop, g_leaders))

    portrait(d)
    banji(d, "抄送：区委办公室，区人大常委会办公室，区政协办公室，区纪委监委。",
          "柳湾区人民政府办公室　　　　　　　　　　2025年3月3日印发")
    d.save(OUT + name + ".docx")
    check_golds(golds)
    write_gold(OUT, name, golds)
    return len(golds)


if __name__ == "__main__":
    print("91:", doc91(), "tasks")
    print("92:", doc92(), "tasks")
