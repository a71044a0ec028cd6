#!/usr/bin/python3
"""Round 13 (folder b): two DOCX task-division notices written with python-docx, with hand-typed gold.

82_yulan_shi_fenji_xuhao_biao.docx   city; attachment in a landscape section: ONE TABLE
                                     序号 | 重点任务 | 具体措施 | 责任领导 | 牵头单位 | 配合单位 | 完成时限
                                     whose 序号 is hierarchical "1-1", "1-2", "2-1" … under section rows merged across
                                     the table ("一、……（6项）"); 责任领导 and 牵头单位 cells are merged down (w:vMerge)
                                     over runs of tasks, the two columns' runs NOT aligned (a 牵头单位 run crosses a
                                     leader change, a leader run covers several 牵头单位 runs); a merged leader cell
                                     holding two leaders in two paragraphs; 具体措施 cells holding several paragraphs
                                     typed "1." "2." "3." (one cell "1．" full-width) inside the cell; one task (3-4)
                                     over two rows (序号 and 重点任务 merged down, each row its own measure, lead,
                                     cooperating units and deadline); 配合单位 "—" for none; a 注 under the table
83_zhehu_shi_zidong_kuohao_bianhao.docx
                                     city; 附件1: tasks are body paragraphs numbered by Word AUTOMATIC numbering
                                     (numbering.xml, decimal, lvlText "（%1）", one w:num per section with
                                     startOverride 1, so the number restarts under each typed 黑体 "一、…" heading);
                                     right below each task a separate 楷体, left-indented, smaller paragraph
                                     "责任领导：X副市长　　牵头单位：Y　　配合单位：Z" — labels parted by two full-width
                                     spaces, by a tab, by two tabs or by four ASCII spaces; two leaders; two lead units;
                                     "配合单位：无"; a clause with no 配合单位 label; a task in two paragraphs (the second
                                     unnumbered). 附件2: a small table 序号 | 项目名称 | 主要内容 | 责任领导 | 牵头单位 |
                                     配合单位 (8 民生实事 projects).
Names are invented. Run: /usr/bin/python3 make_docx_round13_b.py  (writes next to this script)
Gold records are typed by hand in the data below (resp / lead / coop / leaders); the script only asserts that
they agree with the printed cells and that every head is the first 12 characters of its task text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx.shared import Pt, Cm
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls

from docx_notice import (G, set_font, write_gold, FS, KT, HT, XBS, new_doc, para, front, banji, landscape, portrait,
                         set_widths, repeat_header, cell_paras, split_units)

OUT = os.path.dirname(os.path.abspath(__file__)) + "/"


# ----------------------------------------------------------------------------------------------- helpers
def check_heads(golds):
    firsts = [g["head"][:6] for g in golds]
    assert len(set(firsts)) == len(firsts), [f for f in firsts if firsts.count(f) > 1]
    ids = [g["id"] for g in golds]
    assert len(set(ids)) == len(ids)


# ==================================================================================================== 82
def doc82():
    name = "82_yulan_shi_fenji_xuhao_biao"
    d = new_doc()
    front(d, "榆岚市人民政府办公室文件", "榆政办发〔2025〕7号",
          ["榆岚市人民政府办公室", "关于印发2025年市政府工作报告重点任务", "责任分工方案的通知"],
          "各县（市、区）人民政府，榆岚高新区管委会，市政府各部门、各直属机构：",
          ["《2025年榆岚市人民政府工作报告》已经市十六届人大四次会议审议通过。为确保报告确定的各项目标任务落到实处，"
           "经市政府同意，现将《2025年市政府工作报告重点任务责任分工方案》印发给你们，请结合实际认真抓好落实。",
           ("h", "一、压实工作责任"),
           "方案按五个方面列出30项重点任务，每项任务明确责任领导、牵头单位、配合单位和完成时限。责任领导负责统筹协调，"
           "牵头单位是任务落实的第一责任主体，主要负责同志要亲自研究部署；配合单位要按照职责分工主动对接、密切配合。"
           "表中“责任领导”“牵头单位”栏为合并单元格的，所跨各项任务由同一领导、同一单位负责。",
           ("h", "二、细化推进措施"),
           "各牵头单位要对照“具体措施”逐条制定推进计划，明确季度目标和责任人，于3月20日前报市政府督查室备案。"
           "一项任务涉及多个牵头单位的，由各牵头单位按照具体措施分别负责。",
           ("h", "三、强化督查考核"),
           "市政府督查室要建立任务台账，实行“月调度、季通报、年考核”，督查结果纳入市直单位年度综合考核。"
           "对进度滞后、落实不力的，按规定进行约谈问责。"],
          ["附件：2025年市政府工作报告重点任务责任分工方案"],
          "榆岚市人民政府办公室", "2025年2月28日")

    landscape(d)
    para(d, "附件", HT, 16, indent=False)
    para(d, "2025年市政府工作报告重点任务责任分工方案", XBS, 20, align="c")

    ALL = "各县（市、区）人民政府"
    FGW, CZ, GXJ, TJ, SW = "市发展改革委", "市财政局", "市工业和信息化局", "市统计局", "市商务局"
    ZRZY, ZJ, JT, NY, SL, STHJ = "市自然资源和规划局", "市住房城乡建设局", "市交通运输局", "市农业农村局", "市水利局", "市生态环境局"
    KJ, WL, SJ, SC = "市科技局", "市文化广电旅游局", "市数据局", "市市场监管局"
    RS, JY, WJ, YB, MZ = "市人力资源社会保障局", "市教育局", "市卫生健康委", "市医保局", "市民政局"
    CG = "市城市管理局"
    GX = "榆岚高新区管委会"
    C, L, Gu, T, X, M = "陈卫东", "林晓梅", "郭振华", "唐思远", "许丽君", "马俊峰"

    # row: (no, task, measures, leader, lead, coop_printed, deadline, gold)
    #   no / task None = the row continues the task above (序号 and 重点任务 merged down)
    #   leader: list of leader paragraphs starting a merged run, or "^" = merged into the cell above
    #   lead:   list of paragraphs starting a merged run, or "^"
    #   gold:   (resp, lead, coop, leaders) typed by hand; None on a continuation row
    secs = [
        ("一、扩大有效需求，推动经济回升向好（6项）", [
            ("1-1", "稳定经济增长",
             ["1.全市地区生产总值增长6%左右。", "2.一般公共预算收入增长4%。", "3.规模以上工业增加值增长7%。"],
             [C], [FGW], "市统计局、市财政局、市工业和信息化局", "2025年12月底前",
             ([FGW, TJ, CZ, GXJ], [FGW], [TJ, CZ, GXJ], [C])),
            ("1-2", "扩大有效投资",
             ["1.全年实施市级重点项目260个，完成投资580亿元以上。",
              "2.争取超长期特别国债和中央预算内投资项目40个以上。"],
             "^", "^", "市财政局、市自然资源和规划局、各县（市、区）人民政府", "2025年12月底前",
             ([FGW, CZ, ZRZY, ALL], [FGW], [CZ, ZRZY, ALL], [C])),
            ("1-3", "用好地方政府专项债券",
             ["争取新增专项债券额度90亿元以上，加快债券资金支出进度，年内支出率达到95%。"],
             "^", [CZ], "市发展改革委", "2025年10月底前",
             ([CZ, FGW], [CZ], [FGW], [C])),
            ("1-4", "提振消费市场",
             ["1.开展“乐享榆岚”促消费活动80场以上。", "2.落实消费品以旧换新政策，带动消费30亿元以上。",
              "3.社会消费品零售总额增长6.5%。"],
             [L], [SW], "市财政局、市文化广电旅游局、市市场监管局", "2025年12月底前",
             ([SW, CZ, WL, SC], [SW], [CZ, WL, SC], [L])),
            ("1-5", "培育消费新场景",
             ["1.建设市级夜间经济集聚区3个。", "2.打造首店经济、银发经济等消费新场景10个。"],
             "^", "^", "市文化广电旅游局、各县（市、区）人民政府", "2025年11月底前",
             ([SW, WL, ALL], [SW], [WL, ALL], [L])),
            ("1-6", "稳住外贸外资基本盘",
             ["外贸进出口总额增长5%，实际使用外资1.8亿美元，新设外资企业25家。"],
             "^", "^", "榆岚海关、市投资促进局", "2025年12月底前",
             ([SW, "榆岚海关", "市投资促进局"], [SW], ["榆岚海关", "市投资促进局"], [L])),
        ]),
        ("二、推动产业转型升级，加快构建现代化产业体系（7项）", [
            ("2-1", "推动先进制造业集群发展壮大",
             ["1.做强新能源汽车零部件、精细化工两大产业集群，集群产值突破1200亿元。",
              "2.新增规模以上工业企业90家。",
              "3.培育省级专精特新中小企业30家。"],
             [Gu], [GXJ], "市发展改革委、市科技局、市统计局", "2025年12月底前",
             ([GXJ, FGW, KJ, TJ], [GXJ], [FGW, KJ, TJ], [Gu])),
            ("2-2", "推进工业技术改造",
             ["实施技改项目180个，工业技改投资增长10%，建成省级智能工厂5家。"],
             "^", "^", "市财政局", "2025年12月底前",
             ([GXJ, CZ], [GXJ], [CZ], [Gu])),
            ("2-3", "加快发展数字经济",
             ["1.新建5G基站1800个。", "2.数字经济核心产业增加值占地区生产总值比重达到9%。"],
             "^", [SJ], "市工业和信息化局、市通信发展管理办公室", "2025年12月底前",
             ([SJ, GXJ, "市通信发展管理办公室"], [SJ], [GXJ, "市通信发展管理办公室"], [Gu])),
            ("2-4", "深化数字政府建设",
             ["1.建成市级一体化数据资源平台。", "2.政务数据共享需求满足率达到95%以上。"],
             [T], "^", "市政务服务管理局", "2025年9月底前",
             ([SJ, "市政务服务管理局"], [SJ], ["市政务服务管理局"], [T])),
            ("2-5", "强化科技创新引领",
             ["1．新增高新技术企业120家、科技型中小企业300家。", "2．全社会研发经费投入强度达到2.5%。",
              "3．新建省级以上创新平台8个。"],
             "^", [KJ], "市财政局、市统计局、榆岚高新区管委会", "2025年12月底前",
             ([KJ, CZ, TJ, GX], [KJ], [CZ, TJ, GX], [T])),
            ("2-6", "大力发展现代服务业",
             ["创建省级现代服务业集聚区2个，规模以上服务业营业收入增长9%，社会物流总费用与地区生产总值比率下降0.2个百分点。"],
             [L], [FGW], "市商务局、市交通运输局", "2025年12月底前",
             ([FGW, SW, JT], [FGW], [SW, JT], [L])),
            ("2-7", "推动文旅深度融合",
             ["1.接待游客人次增长10%，旅游总收入增长12%。", "2.创建国家4A级旅游景区2家。"],
             "^", [WL], "市交通运输局、市自然资源和规划局", "2025年12月底前",
             ([WL, JT, ZRZY], [WL], [JT, ZRZY], [L])),
        ]),
        ("三、全面推进乡村振兴，加快农业农村现代化（6项）", [
            ("3-1", "稳定粮食生产",
             ["1.粮食播种面积稳定在320万亩以上，总产量150万吨以上。", "2.新建高标准农田15万亩。"],
             [X], [NY], "市财政局、市自然资源和规划局、市水利局", "2025年10月底前",
             ([NY, CZ, ZRZY, SL], [NY], [CZ, ZRZY, SL], [X])),
            ("3-2", "巩固拓展脱贫攻坚成果",
             ["1.脱贫人口人均纯收入增长10%以上。", "2.健全防止返贫致贫监测帮扶机制，坚决守住不发生规模性返贫致贫底线。"],
             "^", "^", "市人力资源社会保障局、市民政局、市医保局", "2025年12月底前",
             ([NY, RS, MZ, YB], [NY], [RS, MZ, YB], [X])),
            ("3-3", "发展乡村特色产业",
             ["1.培育农业产业化市级以上龙头企业15家。", "2.农产品加工业产值与农业总产值之比达到2.6∶1。",
              "3.新增“三品一标”农产品40个。"],
             "^", "^", "市商务局、市供销社", "2025年12月底前",
             ([NY, SW, "市供销社"], [NY], [SW, "市供销社"], [X])),
            ("3-4", "建设宜居宜业和美乡村",
             ["1.完成农村户厕改造1万户，农村生活污水治理率达到45%。"],
             "^", "^", "市卫生健康委、市生态环境局", "2025年11月底前",
             ([NY, WJ, STHJ, JT, ALL], [NY, JT], [WJ, STHJ, ALL], [X])),
            (None, None,
             ["2.新改建农村公路400公里，实施危桥改造30座。"],
             "^", [JT], "各县（市、区）人民政府", "2025年12月底前", None),
            ("3-5", "加强水利基础设施建设",
             ["1.开工建设榆河灌区续建配套与现代化改造工程。", "2.全年完成水利投资35亿元。"],
             "^", [SL], "市发展改革委、市财政局", "2025年12月底前",
             ([SL, FGW, CZ], [SL], [FGW, CZ], [X])),
            ("3-6", "推进河湖治理和水土保持",
             ["综合治理水土流失面积120平方公里，完成榆河干流生态修复工程。"],
             "^", "^", "市生态环境局、各县（市、区）人民政府", "2025年12月底前",
             ([SL, STHJ, ALL], [SL], [STHJ, ALL], [X])),
        ]),
        ("四、推进新型城镇化，提升城市功能品质（5项）", [
            ("4-1", "实施城市更新行动",
             ["1.改造城镇老旧小区150个。", "2.实施城中村改造项目3个。", "3.新建改造燃气、供水、排水等地下管网200公里。"],
             [T, C], [ZJ], "市财政局、市自然资源和规划局、各县（市、区）人民政府", "2025年11月底前",
             ([ZJ, CZ, ZRZY, ALL], [ZJ], [CZ, ZRZY, ALL], [T, C])),
            ("4-2", "促进房地产市场平稳健康发展",
             ["1.筹集保障性租赁住房2500套。", "2.稳妥推进商品房现房销售试点。"],
             "^", "^", "市自然资源和规划局、市财政局、国家税务总局榆岚市税务局", "2025年12月底前",
             ([ZJ, ZRZY, CZ, "国家税务总局榆岚市税务局"], [ZJ], [ZRZY, CZ, "国家税务总局榆岚市税务局"], [T, C])),
            ("4-3", "完善城市交通路网",
             ["1.建成榆岚大道东延、北环路等城市道路12条。", "2.新增城市公共停车泊位4000个。"],
             [T], "^", "市交通运输局、市公安局交通警察支队", "2025年12月底前",
             ([ZJ, JT, "市公安局交通警察支队"], [ZJ], [JT, "市公安局交通警察支队"], [T])),
            ("4-4", "提升城市精细化管理水平",
             ["推进“一网统管”城市运行管理服务平台建设，开展市容环境“百日攻坚”行动。"],
             "^", [CG], "各县（市、区）人民政府", "2025年10月底前",
             ([CG, ALL], [CG], [ALL], [T])),
            ("4-5", "推进生活垃圾分类",
             ["城市生活垃圾回收利用率达到38%，建成生活垃圾分类示范小区60个。"],
             "^", "^", "—", "持续推进",
             ([CG], [CG], [], [T])),
        ]),
        ("五、持续保障和改善民生，守牢安全发展底线（6项）", [
            ("5-1", "稳定和扩大就业",
             ["1.城镇新增就业4.5万人。", "2.城镇调查失业率控制在5.5%以内。", "3.开展补贴性职业技能培训3万人次。"],
             [X], [RS], "市教育局、市财政局", "2025年12月底前",
             ([RS, JY, CZ], [RS], [JY, CZ], [X])),
            ("5-2", "健全社会保障体系",
             ["1.基本养老保险参保率稳定在95%以上。", "2.落实城乡低保标准动态调整机制。"],
             "^", "^", "市医保局、市民政局", "2025年12月底前",
             ([RS, YB, MZ], [RS], [YB, MZ], [X])),
            ("5-3", "推进教育优质均衡发展",
             ["1.新建改扩建中小学12所。", "2.新增公办学位1.5万个。"],
             [M], [JY], "市发展改革委、市财政局、市自然资源和规划局", "2025年9月底前",
             ([JY, FGW, CZ, ZRZY], [JY], [FGW, CZ, ZRZY], [M])),
            ("5-4", "提升医疗卫生服务能力",
             ["1.市第一人民医院新院区投入使用。", "2.推进紧密型县域医共体建设全覆盖。"],
             "^", [WJ], "市医保局", "2025年12月底前",
             ([WJ, YB], [WJ], [YB], [M])),
            ("5-5", "发展养老托育服务",
             ["新增养老机构床位1000张，建成社区嵌入式养老服务设施15个、普惠托育机构10家。"],
             "^", [MZ], "市卫生健康委", "2025年12月底前",
             ([MZ, WJ], [MZ], [WJ], [M])),
            ("5-6", "守牢安全生产底线",
             ["1.深化安全生产治本攻坚三年行动。", "2.生产安全事故起数和死亡人数实现“双下降”。"],
             [C], ["市应急管理局"], "市安委会各成员单位", "长期坚持",
             (["市应急管理局", "市安委会各成员单位"], ["市应急管理局"], ["市安委会各成员单位"], [C])),
        ]),
    ]

    hdr = ["序号", "重点任务", "具体措施", "责任领导", "牵头单位", "配合单位", "完成时限"]
    n_rows = 1 + sum(1 + len(rows) for _h, rows in secs)
    tb = d.add_table(rows=n_rows, cols=7)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(hdr):
        cell_paras(tb.cell(0, j), h, bold=True, center=True)
    repeat_header(tb.rows[0])

    golds = []
    r = 1
    for h, rows in secs:
        m = tb.cell(r, 0).merge(tb.cell(r, 6))
        cell_paras(m, h, bold=True)
        r += 1
        first = r
        # vertical runs: (col, start_row, end_row, paragraphs)
        runs = {0: [], 1: [], 3: [], 4: []}
        cur = {}
        printed = []   # per task: dict of what is printed, to check the gold against
        for k, (no, task, meas, ldr, lead, coop, dl, gold) in enumerate(rows):
            rr = first + k
            for col, val in ((3, ldr), (4, lead)):
                if val == "^":
                    runs[col][-1][2] = rr
                else:
                    runs[col].append([col, rr, rr, val])
            if no is None:
                runs[0][-1][2] = rr
                runs[1][-1][2] = rr
            else:
                runs[0].append([0, rr, rr, [no]])
                runs[1].append([1, rr, rr, [task]])
            cell_paras(tb.cell(rr, 2), meas)
            cell_paras(tb.cell(rr, 5), coop)
            cell_paras(tb.cell(rr, 6), dl, center=True)
            cur_leader = runs[3][-1][3]
            cur_lead = runs[4][-1][3]
            c_units = [] if coop == "—" else split_units(coop)
            if no is not None:
                printed.append({"no": no, "task": task, "leaders": list(cur_leader), "lead": list(cur_lead),
                                "coop": list(c_units), "gold": gold})
            else:
                pt = printed[-1]
                pt["lead"] += [u for u in cur_lead if u not in pt["lead"]]
                pt["coop"] += [u for u in c_units if u not in pt["coop"]]
        for col, runl in runs.items():
            for _c, a, b, val in runl:
                c = tb.cell(a, col)
                if b > a:
                    c = c.merge(tb.cell(b, col))
                cell_paras(c, val, center=(col in (0, 3)))
        for pt in printed:
            resp, lead, coop, lds = pt["gold"]
            assert lead == pt["lead"], (pt["no"], lead, pt["lead"])
            assert coop == pt["coop"], (pt["no"], coop, pt["coop"])
            assert sorted(resp) == sorted(lead + coop) and len(resp) == len(lead + coop), pt["no"]
            assert lds == pt["leaders"], (pt["no"], lds, pt["leaders"])
            golds.append(G(pt["no"], pt["task"][:12], resp, lead, coop, lds))
        r += len(rows)
    set_widths(tb, [1.3, 3.2, 8.0, 2.0, 3.2, 4.4, 2.5])
    para(d, "注：“责任领导”“牵头单位”栏为合并单元格的，所跨各项任务由同一领导、同一单位负责；配合单位栏中“—”表示无配合单位。",
         FS, 12, indent=False)
    portrait(d)
    banji(d, "抄送：市委办公室，市人大常委会办公室，市政协办公室，市中级法院，市检察院。",
          "榆岚市人民政府办公室　　　　　　　　　　　　2025年2月28日印发")
    d.save(OUT + name + ".docx")
    check_heads(golds)
    assert len(golds) == 30, len(golds)
    write_gold(OUT, name, golds)
    return golds


# ==================================================================================================== 83
def add_numbering(d, n, absid=831, first_numid=831):
    """abstractNum: decimal, lvlText （%1）, no tab after the number; one w:num per section, each restarting at 1"""
    numbering = d.part.numbering_part.element
    ab = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{absid}"><w:nsid w:val="2B6D4E19"/>'
        f'<w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="7C3A90D2"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/>'
        f'<w:lvlText w:val="（%1）"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        f'<w:rPr><w:rFonts w:ascii="{FS}" w:eastAsia="{FS}" w:hAnsi="{FS}"/></w:rPr></w:lvl></w:abstractNum>')
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


def doc83():
    name = "83_zhehu_shi_zidong_kuohao_bianhao"
    d = new_doc()
    front(d, "柘湖市人民政府办公室文件", "柘政办发〔2025〕11号",
          ["柘湖市人民政府办公室", "关于印发2025年市政府重点工作任务分工方案的通知"],
          "各县（市、区）人民政府，柘湖经济技术开发区管委会，市政府各部门、各直属机构，有关单位：",
          ["为全面完成市十七届人大五次会议确定的目标任务，经市政府同意，现将《2025年市政府重点工作任务分工方案》"
           "和《2025年市级民生实事项目责任分工表》印发给你们，并就有关事项通知如下。",
           ("h", "一、明确责任主体"),
           "每项任务下方列明责任领导、牵头单位和配合单位。责任领导统筹协调，牵头单位对任务落实负总责，"
           "列有两个牵头单位的，由两个单位共同牵头；配合单位要各司其职、主动配合。",
           ("h", "二、加强调度推进"),
           "各牵头单位要于3月25日前制定工作推进方案，明确阶段目标和完成时限，并于每季度末月25日前将进展情况"
           "书面报送市政府督查室，同时抄送责任领导。",
           ("h", "三、严格督查问效"),
           "市政府督查室要会同市统计局等部门加强跟踪问效，对工作推进不力、进度明显滞后的单位予以通报，"
           "督查情况纳入年度目标责任考核。"],
          ["附件：1．2025年市政府重点工作任务分工方案", "2．2025年市级民生实事项目责任分工表"],
          "柘湖市人民政府办公室", "2025年3月6日")

    ALL = "各县（市、区）人民政府"
    FGW, CZ, GXJ, TJ, SW = "市发展改革委", "市财政局", "市工业和信息化局", "市统计局", "市商务局"
    ZRZY, ZJ, JT, NY, SL = "市自然资源和规划局", "市住房城乡建设局", "市交通运输局", "市农业农村局", "市水利局"
    KJ, WL, SJ, SC, STHJ = "市科技局", "市文化广电旅游局", "市数据局", "市市场监管局", "市生态环境局"
    RS, JY, WJ, YB, MZ, GZW = "市人力资源社会保障局", "市教育局", "市卫生健康委", "市医保局", "市民政局", "市国资委"
    KFQ, GK, HG, TZ = "柘湖经济技术开发区管委会", "柘湖港口集团", "柘湖海关", "市投资促进局"
    F, H, Q, Dg, S, Lo = "方国栋", "黄婉清", "秦立伟", "邓志刚", "苏雅琴", "罗永康"
    SP2, TAB, TAB2, SP4 = "　　", "\t", "\t\t", "    "

    # task: (paragraphs, leaders_printed, lead_printed, coop_printed or None (no label), sep, gold)
    #   gold: (resp, lead, coop, leaders) typed by hand
    def cl(ldr, lead, coop, sep):
        s = "责任领导：" + ldr + sep + "牵头单位：" + lead
        if coop is not None:
            s += sep + "配合单位：" + coop
        return s

    secs = [
        ("一、着力扩大内需，推动经济稳中向好", [
            (["全市地区生产总值增长6%左右，一般公共预算收入增长4.5%，城乡居民人均可支配收入增长与经济增长同步。"],
             "方国栋常务副市长", "市发展改革委", "市统计局、市财政局", SP2,
             ([FGW, TJ, CZ], [FGW], [TJ, CZ], [F])),
            (["全年实施省市重点项目320个，完成年度投资700亿元以上，争取超长期特别国债和中央预算内投资项目50个以上。"],
             "方国栋常务副市长", "市发展改革委", "市财政局、市自然资源和规划局、各县（市、区）人民政府", SP2,
             ([FGW, CZ, ZRZY, ALL], [FGW], [CZ, ZRZY, ALL], [F])),
            (["积极争取新增地方政府专项债券额度100亿元以上，加快债券资金使用进度，年内支出率达到95%以上。"],
             "方国栋常务副市长", "市财政局、市发展改革委", "市直有关部门", SP2,
             ([CZ, FGW, "市直有关部门"], [CZ, FGW], ["市直有关部门"], [F])),
            (["开展“惠购柘湖”促消费活动100场以上，落实消费品以旧换新政策，社会消费品零售总额增长6%。"],
             "黄婉清副市长", "市商务局", "市财政局、市市场监管局、市文化广电旅游局", TAB,
             ([SW, CZ, SC, WL], [SW], [CZ, SC, WL], [H])),
            (["外贸进出口总额增长6%，实际使用外资2亿美元，新设外资企业30家以上。"],
             "黄婉清副市长", "市商务局", "柘湖海关、市投资促进局", SP2,
             ([SW, HG, TZ], [SW], [HG, TZ], [H])),
            (["加强经济运行监测调度，建立重点指标月分析、季通报制度。"],
             "方国栋常务副市长", "市统计局", "无", SP2,
             ([TJ], [TJ], [], [F])),
        ]),
        ("二、加快发展新质生产力，构建现代化产业体系", [
            (["实施“制造强市”三年行动，规模以上工业增加值增长7.5%，新增规模以上工业企业110家。"],
             "秦立伟副市长", "市工业和信息化局", "市发展改革委、市统计局、各县（市、区）人民政府", SP2,
             ([GXJ, FGW, TJ, ALL], [GXJ], [FGW, TJ, ALL], [Q])),
            (["推动锂电新能源、高端装备、绿色化工三大产业集群发展，集群产值突破2000亿元。",
              "加快柘湖锂电产业园二期、临港装备制造基地建设，全年引进亿元以上产业项目60个。"],
             "秦立伟副市长", "市工业和信息化局", "市投资促进局、柘湖经济技术开发区管委会", SP2,
             ([GXJ, TZ, KFQ], [GXJ], [TZ, KFQ], [Q])),
            (["新增高新技术企业160家、科技型中小企业400家，全社会研发经费投入强度达到2.6%。"],
             "邓志刚副市长", "市科技局", "市财政局、市统计局", SP4,
             ([KJ, CZ, TJ], [KJ], [CZ, TJ], [Dg])),
            (["加快数字经济发展，新建5G基站2500个，数字经济核心产业增加值增长10%。"],
             "秦立伟副市长", "市数据局", "市工业和信息化局、市通信发展管理办公室", SP2,
             ([SJ, GXJ, "市通信发展管理办公室"], [SJ], [GXJ, "市通信发展管理办公室"], [Q])),
            (["大力发展现代物流，争创国家物流枢纽，社会物流总费用与地区生产总值比率下降0.3个百分点。"],
             "黄婉清副市长", "市发展改革委", "市交通运输局、市商务局、柘湖港口集团", SP2,
             ([FGW, JT, SW, GK], [FGW], [JT, SW, GK], [H])),
            (["推进文旅深度融合，接待游客人次增长8%，创建国家4A级旅游景区2家。"],
             "邓志刚副市长", "市文化广电旅游局", "市交通运输局、市自然资源和规划局", TAB,
             ([WL, JT, ZRZY], [WL], [JT, ZRZY], [Dg])),
        ]),
        ("三、深化改革扩大开放，持续优化营商环境", [
            (["推进“高效办成一件事”，新增集成服务事项20项，政务服务事项全程网办率达到90%。"],
             "罗永康秘书长", "市政务服务管理局", "市数据局、市司法局", SP2,
             (["市政务服务管理局", SJ, "市司法局"], ["市政务服务管理局"], [SJ, "市司法局"], [Lo])),
            (["深化国资国企改革，完成市属国有企业战略性重组2户，国有企业营业收入增长8%。"],
             "方国栋常务副市长", "市国资委", None, SP2,
             ([GZW], [GZW], [], [F])),
            (["开展拖欠企业账款专项清理，建立防范化解拖欠中小企业账款长效机制。"],
             "秦立伟副市长、方国栋常务副市长", "市工业和信息化局", "市财政局、市国资委", SP2,
             ([GXJ, CZ, GZW], [GXJ], [CZ, GZW], [Q, F])),
            (["加快柘湖港临港经济区建设，港口货物吞吐量突破1.2亿吨，集装箱吞吐量增长15%。"],
             "黄婉清副市长", "市交通运输局", "柘湖港口集团、柘湖海关", SP2,
             ([JT, GK, HG], [JT], [GK, HG], [H])),
            (["实施社会信用体系建设提升行动，新增信用应用场景15个。"],
             "罗永康秘书长", "市发展改革委", "中国人民银行柘湖市分行、市市场监管局", SP2,
             ([FGW, "中国人民银行柘湖市分行", SC], [FGW], ["中国人民银行柘湖市分行", SC], [Lo])),
        ]),
        ("四、推进城乡融合发展，建设宜居宜业美丽柘湖", [
            (["粮食播种面积稳定在260万亩以上，新建高标准农田10万亩。"],
             "苏雅琴副市长", "市农业农村局", "市财政局、市自然资源和规划局", SP2,
             ([NY, CZ, ZRZY], [NY], [CZ, ZRZY], [S])),
            (["实施城市更新项目50个，改造城镇老旧小区130个，新建改造燃气、供水、排水等地下管网260公里。"],
             "邓志刚副市长", "市住房城乡建设局", "市城市管理局、市财政局、各县（市、区）人民政府", SP2,
             ([ZJ, "市城市管理局", CZ, ALL], [ZJ], ["市城市管理局", CZ, ALL], [Dg])),
            (["建成湖滨大道快速化改造工程，新改建农村公路450公里。"],
             "邓志刚副市长", "市交通运输局、市住房城乡建设局", "各县（市、区）人民政府", SP2,
             ([JT, ZJ, ALL], [JT, ZJ], [ALL], [Dg])),
            (["深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在32微克/立方米以内，国考断面水质优良比例保持100%。"],
             "苏雅琴副市长", "市生态环境局", "市住房城乡建设局、市农业农村局、市水利局", SP2,
             ([STHJ, ZJ, NY, SL], [STHJ], [ZJ, NY, SL], [S])),
            (["推进柘湖流域生态保护修复，完成造林绿化2万亩。"],
             "苏雅琴副市长", "市林业局", "市自然资源和规划局、市水利局", TAB2,
             (["市林业局", ZRZY, SL], ["市林业局"], [ZRZY, SL], [S])),
        ]),
        ("五、切实保障和改善民生，守牢安全发展底线", [
            (["城镇新增就业5万人，城镇调查失业率控制在5.5%以内。"],
             "邓志刚副市长", "市人力资源社会保障局", "市教育局、市财政局、市工商联", SP2,
             ([RS, JY, CZ, "市工商联"], [RS], [JY, CZ, "市工商联"], [Dg])),
            (["新建改扩建中小学校15所，新增公办学位2万个，推进柘湖职业技术学院新校区建设。"],
             "邓志刚副市长", "市教育局", "市发展改革委、市财政局、市自然资源和规划局", SP2,
             ([JY, FGW, CZ, ZRZY], [JY], [FGW, CZ, ZRZY], [Dg])),
            (["推进紧密型县域医共体建设，市第一人民医院国家区域医疗中心项目主体完工。"],
             "苏雅琴副市长", "市卫生健康委", "市医保局、市发展改革委", SP2,
             ([WJ, YB, FGW], [WJ], [YB, FGW], [S])),
            (["新增养老机构床位1200张，建成社区嵌入式养老服务设施20个。"],
             "苏雅琴副市长", "市民政局", "市卫生健康委、市住房城乡建设局", SP2,
             ([MZ, WJ, ZJ], [MZ], [WJ, ZJ], [S])),
            (["深化安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。"],
             "方国栋常务副市长", "市应急管理局", "市安委会各成员单位", SP2,
             (["市应急管理局", "市安委会各成员单位"], ["市应急管理局"], ["市安委会各成员单位"], [F])),
        ]),
    ]

    numids = add_numbering(d, len(secs))
    d.add_page_break()
    para(d, "附件1", HT, 16, indent=False)
    para(d)
    para(d, "2025年市政府重点工作任务分工方案", XBS, 22, align="c")
    para(d)
    golds = []
    for si, (h, tasks) in enumerate(secs):
        para(d, h, HT, 16)
        for ti, (paras, ldr, lead, coop, sep, gold) in enumerate(tasks):
            for pi, t in enumerate(paras):
                p = d.add_paragraph()
                if pi == 0:
                    set_num(p, numids[si])
                else:
                    p.paragraph_format.first_line_indent = Cm(1.13)
                set_font(p.add_run(t), FS, 16)
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.13)
            p.paragraph_format.space_after = Pt(6)
            set_font(p.add_run(cl(ldr, lead, coop, sep)), KT, 15)
            # cross-check the typed gold against the printed clause
            resp, g_lead, g_coop, lds = gold
            assert g_lead == split_units(lead), (si, ti)
            want_coop = [] if coop in (None, "无") else split_units(coop)
            assert g_coop == want_coop, (si, ti)
            assert resp == g_lead + g_coop, (si, ti)
            for n in lds:
                assert n in ldr
            assert len(lds) == ldr.count("、") + 1
            golds.append(G(f"{si + 1}.{ti + 1}", paras[0][:12], resp, g_lead, g_coop, lds))
    assert len(golds) == 27, len(golds)

    # ------------------------------------------------------------------ 附件2: a small table
    d.add_page_break()
    para(d, "附件2", HT, 16, indent=False)
    para(d)
    para(d, "2025年市级民生实事项目责任分工表", XBS, 22, align="c")
    para(d)
    rows = [
        ("1", "新建城区公办幼儿园", "新建公办幼儿园8所，新增学位2400个", "邓志刚", JY, "市住房城乡建设局、各县（市、区）人民政府",
         ([JY, ZJ, ALL], [JY], [ZJ, ALL], [Dg])),
        ("2", "既有住宅加装电梯", "完成既有住宅加装电梯200部", "邓志刚", ZJ, "市市场监管局、各区人民政府",
         ([ZJ, SC, "各区人民政府"], [ZJ], [SC, "各区人民政府"], [Dg])),
        ("3", "老年人免费健康体检", "为65岁以上老年人免费健康体检20万人次", "苏雅琴", WJ, "市财政局",
         ([WJ, CZ], [WJ], [CZ], [S])),
        ("4", "农村供水保障提升", "新建改造农村供水工程40处，受益人口15万人", "苏雅琴", SL, "市卫生健康委、各县（市、区）人民政府",
         ([SL, WJ, ALL], [SL], [WJ, ALL], [S])),
        ("5", "城区公共停车泊位建设", "新增城区公共停车泊位6000个", "邓志刚", "市城市管理局", "市公安局、市住房城乡建设局",
         (["市城市管理局", "市公安局", ZJ], ["市城市管理局"], ["市公安局", ZJ], [Dg])),
        ("6", "社区老年助餐服务", "建成社区老年助餐点50个", "苏雅琴", MZ, "市商务局、市市场监管局",
         ([MZ, SW, SC], [MZ], [SW, SC], [S])),
        ("7", "补贴性职业技能培训", "开展补贴性职业技能培训2.5万人次", "邓志刚", RS, "市财政局",
         ([RS, CZ], [RS], [CZ], [Dg])),
        ("8", "农贸市场食品安全快检", "在农贸市场建设食品安全快检室30个", "黄婉清", SC, "市商务局、各县（市、区）人民政府",
         ([SC, SW, ALL], [SC], [SW, ALL], [H])),
    ]
    tb = d.add_table(rows=1 + len(rows), cols=6)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, hh in enumerate(["序号", "项目名称", "主要内容", "责任领导", "牵头单位", "配合单位"]):
        cell_paras(tb.cell(0, j), hh, bold=True, center=True)
    repeat_header(tb.rows[0])
    for i, (no, item, cont, ldr, lead, coop, gold) in enumerate(rows, 1):
        for j, v in enumerate((no, item, cont, ldr, lead, coop)):
            cell_paras(tb.cell(i, j), v, center=(j in (0, 3)))
        resp, g_lead, g_coop, lds = gold
        assert g_lead == split_units(lead) and g_coop == split_units(coop) and resp == g_lead + g_coop, no
        assert lds == [ldr]
        golds.append(G(no, item[:12], resp, g_lead, g_coop, lds))
    set_widths(tb, [1.2, 3.2, 4.2, 1.8, 2.4, 3.2])
    para(d)
    banji(d, "抄送：市委办公室，市人大常委会办公室，市政协办公室，柘湖军分区，市中级法院，市检察院。",
          "柘湖市人民政府办公室　　　　　　　　　　　　2025年3月6日印发")
    d.save(OUT + name + ".docx")
    check_heads(golds)
    write_gold(OUT, name, golds)
    return golds


if __name__ == "__main__":
    g82 = doc82()
    g83 = doc83()
    print("82:", len(g82), "tasks;  83:", len(g83), "tasks")
