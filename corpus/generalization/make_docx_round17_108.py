#!/usr/bin/python3
"""Round 17 (folder b): 108_yuchuan_shi_duban_taizhang_jinzhan.docx, written with python-docx.

A city 督查室 quarterly 通报 whose attachment is a 督查督办台账 in a landscape section.  Columns
    序号 | 重点任务 | 责任单位 | 完成时限 | 完成率 | 状态
Every task takes TWO table rows:
    row 1: 序号, 重点任务, 责任单位, 完成时限, 完成率 (e.g. 78%), 状态 (已完成 / 推进中);
    row 2: the 序号 and 重点任务 cells continue row 1's (w:vMerge restart in row 1, w:vMerge continue in row 2);
           the other four columns are one cell (w:gridSpan 4) holding `进展情况：……` in 楷体, a sentence or two
           that names other units in passing (会同市财政局…, 联合团市委、市妇联…, 省商务厅…) which are NOT
           responsible for the task.
Section rows (`一、扩大有效投资（6项）`) span all six columns; the header row repeats on each page (w:tblHeader).
A 说明 above the table states the lead rule: “责任单位”栏中排在第一位的为牵头单位.

The gold below (GOLD) was typed by hand from the task list; the script only asserts that it agrees with the
printed rows (heads = first 12 characters of the task cell, units = the 责任单位 cell split on 、 outside brackets,
lead = the first unit), and that the saved file holds the merges and every head.
Run: /usr/bin/python3 make_docx_round17_108.py   (writes next to this script)
"""
import json
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn

from docx_notice import (set_font, FS, KT, HT, XBS, new_doc, para, front, banji, landscape, portrait,
                         set_widths, repeat_header, cell_paras, split_units)

OUT = os.path.dirname(os.path.abspath(__file__)) + "/"
NAME = "108_yuchuan_shi_duban_taizhang_jinzhan"

XQ = "各县（市、区）人民政府"
SECTIONS = [
    ("一、扩大有效投资（6项）", [
        ("1", "全年完成固定资产投资增长6%以上，其中工业投资增长10%以上。",
         "市发展改革委、市工业和信息化局、市统计局", "2025年12月底", "78%", "推进中",
         "进展情况：1—9月全市固定资产投资同比增长5.4%，其中工业投资增长9.1%。市发展改革委联合市自然资源和规划局"
         "召开项目要素保障调度会4次，协调解决项目用地问题13个。"),
        ("2", "实施市级重点项目210个，年度完成投资480亿元。",
         "市发展改革委、" + XQ, "2025年12月底", "81%", "推进中",
         "进展情况：市级重点项目已开工192个，完成投资389亿元；会同市财政局争取超长期特别国债资金7.2亿元，"
         "市审计局对其中5个项目开展了跟踪审计。"),
        ("3", "积极争取地方政府专项债券额度45亿元以上。",
         "市财政局、市发展改革委", "2025年10月底", "100%", "已完成",
         "进展情况：累计获批专项债券额度47.6亿元，已全部由省财政厅下达；市人民银行中心支行、市城投集团配合"
         "完成发行前信息披露。"),
        ("4", "开工建设榆川东站综合交通枢纽，同步建设公交首末站和社会停车场。",
         "市交通运输局、榆川高新区管委会", "2025年9月底", "100%", "已完成",
         "进展情况：省发展改革委7月批复项目可研，项目于8月18日开工；市公安局交警支队已完成施工期交通组织方案。"),
        ("5", "招引亿元以上产业项目60个，其中10亿元以上项目8个。",
         "市投资促进局、" + XQ, "2025年12月底", "72%", "推进中",
         "进展情况：新签约亿元以上项目43个、10亿元以上项目6个；市商务局、市工商联协助举办长三角专场推介会2场。"),
        ("6", "社会消费品零售总额增长6.5%，打造“榆川消费季”活动品牌。",
         "市商务局", "2025年12月底", "74%", "推进中",
         "进展情况：1—9月社会消费品零售总额增长5.9%；联合市文化广电旅游局、市总工会举办“榆川消费季”活动36场，"
         "发放消费券3000万元。"),
    ]),
    ("二、推动产业升级（6项）", [
        ("7", "新增规模以上工业企业80家，规上工业增加值增长8%。",
         "市工业和信息化局、市统计局", "2025年12月底", "71%", "推进中",
         "进展情况：新增入库规上工业企业55家，规上工业增加值增长7.2%；国家税务总局榆川市税务局提供企业开票数据，"
         "支撑培育库动态更新。"),
        ("8", "新认定高新技术企业120家，全社会研发经费投入强度达到2.3%。",
         "市科技局、市财政局", "2025年12月底", "65%", "推进中",
         "进展情况：已组织申报高新技术企业146家，预计认定78家；省科技厅专家组9月来榆开展辅导培训。"),
        ("9", "新建5G基站1500个，实现县城以上城区和重点乡镇5G网络全覆盖。",
         "市工业和信息化局、市通信发展管理办公室", "2025年11月底", "100%", "已完成",
         "进展情况：已建成5G基站1632个；中国移动榆川分公司、中国电信榆川分公司、中国联通榆川分公司完成重点乡镇覆盖。"),
        ("10", "创建省级智能工厂和数字化车间15个。",
         "市工业和信息化局", "2025年12月底", "60%", "推进中",
         "进展情况：已获评省级智能工厂3个、数字化车间6个；市财政局兑现智能化改造奖补资金2100万元。"),
        ("11", "培育省级“专精特新”中小企业40家。",
         "市工业和信息化局、市科技局", "2025年10月底", "100%", "已完成",
         "进展情况：省工业和信息化厅9月公布名单，我市入选44家；市市场监管局配合开展企业知识产权辅导。"),
        ("12", "新增国家A级旅游景区3家，全年接待游客人次增长10%。",
         "市文化广电旅游局、" + XQ, "2025年12月底", "70%", "推进中",
         "进展情况：2家景区通过省级评定，1家待评；1—9月接待游客增长8.3%，市交通运输局开通旅游专线4条。"),
    ]),
    ("三、深化改革开放（5项）", [
        ("13", "完成市属国有企业重组整合，市属国有企业资产总额增长8%。",
         "市国资委", "2025年12月底", "85%", "推进中",
         "进展情况：3户企业重组方案已经市政府常务会议审定；市财政局、市人力资源社会保障局配合完成人员安置和资产划转方案审核。"),
        ("14", "外贸进出口总额增长5%以上，培育外贸新业态主体30家。",
         "市商务局、榆川海关", "2025年12月底", "80%", "推进中",
         "进展情况：1—9月外贸进出口总额增长4.1%，培育外贸新业态主体24家；省商务厅将我市列入跨境电商综合试验区培育名单。"),
        ("15", "推进“高效办成一件事”改革，新增集成服务事项15项。",
         "市行政审批服务局、市数据局", "2025年9月底", "100%", "已完成",
         "进展情况：已推出集成服务事项17项；市公安局、市人力资源社会保障局、市医保局完成系统对接。"),
        ("16", "民营经济增加值占全市生产总值比重达到55%。",
         "市发展改革委（市民营经济发展局）、市工商联", "2025年12月底", "76%", "推进中",
         "进展情况：上半年民营经济增加值占比53.8%；市统计局正在开展前三季度核算。"),
        ("17", "建成中欧班列榆川集结中心，全年开行班列300列。",
         "市交通运输局、市商务局、榆川国际陆港管委会", "2025年12月底", "88%", "推进中",
         "进展情况：集结中心主体工程完工，累计开行班列241列；中国铁路榆川货运中心加开周末班列。"),
    ]),
    ("四、保障改善民生（7项）", [
        ("18", "城镇新增就业3.2万人，城镇调查失业率控制在5.5%以内。",
         "市人力资源社会保障局", "2025年12月底", "91%", "推进中",
         "进展情况：城镇新增就业2.91万人；联合团市委、市妇联、市残联开展专场招聘会42场。"),
        ("19", "新建改扩建中小学、幼儿园12所，新增学位1.1万个。",
         "市教育局、市住房城乡建设局", "2025年9月底", "100%", "已完成",
         "进展情况：12所学校全部在秋季开学前交付使用，新增学位1.16万个；市消防救援支队完成全部消防验收。"),
        ("20", "改造城镇老旧小区120个，惠及居民1.6万户。",
         "市住房城乡建设局、" + XQ, "2025年11月底", "100%", "已完成",
         "进展情况：120个小区全部完工；国网榆川供电公司、榆川燃气公司同步完成管线改造。"),
        ("21", "新增养老机构床位1200张，建成社区嵌入式养老服务中心20个。",
         "市民政局", "2025年12月底", "67%", "推进中",
         "进展情况：新增床位810张，建成社区嵌入式养老服务中心13个；市卫生健康委指导7个中心开展医养结合服务。"),
        ("22", "建成市第一人民医院新院区并投入使用。",
         "市卫生健康委、市第一人民医院", "2025年6月底", "100%", "已完成",
         "进展情况：新院区于6月26日开诊；市医保局完成新院区医保定点协议签订，市公交集团开通直达线路2条。"),
        ("23", "全市细颗粒物（PM2.5）平均浓度控制在32微克/立方米以内。",
         "市生态环境局、" + XQ, "2025年12月底", "83%", "推进中",
         "进展情况：1—9月PM2.5平均浓度33.6微克/立方米；市公安局交警支队、市住房城乡建设局配合开展柴油货车和扬尘专项整治。"),
        ("24", "完成城市燃气管道老化更新改造180公里。",
         "市城市管理局、市住房城乡建设局", "2025年10月底", "100%", "已完成",
         "进展情况：累计完成改造186公里；市城市管理局牵头，会同市应急管理局、市市场监管局开展燃气安全专项整治。"),
    ]),
]

# ---------------------------------------------------------------------------------------------- gold, by hand
def G(id, head, resp, lead, coop):
    return {"id": id, "head": head, "responsible_units": resp, "lead_units": lead,
            "cooperating_units": coop, "leaders": []}


GOLD = [
    G("1", "全年完成固定资产投资增长", ["市发展改革委", "市工业和信息化局", "市统计局"], ["市发展改革委"], ["市工业和信息化局", "市统计局"]),
    G("2", "实施市级重点项目210个", ["市发展改革委", "各县（市、区）人民政府"], ["市发展改革委"], ["各县（市、区）人民政府"]),
    G("3", "积极争取地方政府专项债券", ["市财政局", "市发展改革委"], ["市财政局"], ["市发展改革委"]),
    G("4", "开工建设榆川东站综合交通", ["市交通运输局", "榆川高新区管委会"], ["市交通运输局"], ["榆川高新区管委会"]),
    G("5", "招引亿元以上产业项目60", ["市投资促进局", "各县（市、区）人民政府"], ["市投资促进局"], ["各县（市、区）人民政府"]),
    G("6", "社会消费品零售总额增长6", ["市商务局"], ["市商务局"], []),
    G("7", "新增规模以上工业企业80", ["市工业和信息化局", "市统计局"], ["市工业和信息化局"], ["市统计局"]),
    G("8", "新认定高新技术企业120", ["市科技局", "市财政局"], ["市科技局"], ["市财政局"]),
    G("9", "新建5G基站1500个，", ["市工业和信息化局", "市通信发展管理办公室"], ["市工业和信息化局"], ["市通信发展管理办公室"]),
    G("10", "创建省级智能工厂和数字化", ["市工业和信息化局"], ["市工业和信息化局"], []),
    G("11", "培育省级“专精特新”中小", ["市工业和信息化局", "市科技局"], ["市工业和信息化局"], ["市科技局"]),
    G("12", "新增国家A级旅游景区3家", ["市文化广电旅游局", "各县（市、区）人民政府"], ["市文化广电旅游局"], ["各县（市、区）人民政府"]),
    G("13", "完成市属国有企业重组整合", ["市国资委"], ["市国资委"], []),
    G("14", "外贸进出口总额增长5%以", ["市商务局", "榆川海关"], ["市商务局"], ["榆川海关"]),
    G("15", "推进“高效办成一件事”改", ["市行政审批服务局", "市数据局"], ["市行政审批服务局"], ["市数据局"]),
    G("16", "民营经济增加值占全市生产", ["市发展改革委（市民营经济发展局）", "市工商联"], ["市发展改革委（市民营经济发展局）"], ["市工商联"]),
    G("17", "建成中欧班列榆川集结中心", ["市交通运输局", "市商务局", "榆川国际陆港管委会"], ["市交通运输局"], ["市商务局", "榆川国际陆港管委会"]),
    G("18", "城镇新增就业3.2万人，", ["市人力资源社会保障局"], ["市人力资源社会保障局"], []),
    G("19", "新建改扩建中小学、幼儿园", ["市教育局", "市住房城乡建设局"], ["市教育局"], ["市住房城乡建设局"]),
    G("20", "改造城镇老旧小区120个", ["市住房城乡建设局", "各县（市、区）人民政府"], ["市住房城乡建设局"], ["各县（市、区）人民政府"]),
    G("21", "新增养老机构床位1200", ["市民政局"], ["市民政局"], []),
    G("22", "建成市第一人民医院新院区", ["市卫生健康委", "市第一人民医院"], ["市卫生健康委"], ["市第一人民医院"]),
    G("23", "全市细颗粒物（PM2.5", ["市生态环境局", "各县（市、区）人民政府"], ["市生态环境局"], ["各县（市、区）人民政府"]),
    G("24", "完成城市燃气管道老化更新", ["市城市管理局", "市住房城乡建设局"], ["市城市管理局"], ["市住房城乡建设局"]),
]


def check_gold():
    rows = [t for _, ts in SECTIONS for t in ts]
    assert [g["id"] for g in GOLD] == [r[0] for r in rows] == [str(i) for i in range(1, 25)]
    for g, r in zip(GOLD, rows):
        assert g["head"] == r[1][:12], (g["id"], g["head"], r[1][:12])
        units = split_units(r[2])
        assert g["responsible_units"] == units, (g["id"], units)
        assert g["lead_units"] == units[:1] and g["cooperating_units"] == units[1:], g["id"]
        assert r[6].startswith("进展情况：") and r[5] in ("已完成", "推进中")
        assert (r[4] == "100%") == (r[5] == "已完成"), g["id"]
    done = sum(r[5] == "已完成" for r in rows)
    assert (done, len(rows) - done) == (9, 15), done


def vmerge(cell_top, cell_bottom):
    m = cell_top.merge(cell_bottom)
    return m


def build():
    d = new_doc()
    body = [
        "今年以来，各县（市、区）、各有关部门认真落实市委、市政府决策部署，扎实推进2025年市政府重点工作任务。"
        "按照《榆川市人民政府督查督办工作规则》，市政府督查室会同市统计局对24项重点督办任务1—9月推进情况进行了"
        "逐项核查，现将有关情况通报如下。",
        ("h", "一、总体情况"),
        "截至9月30日，24项重点督办任务中，已完成9项，占37.5%；推进中15项，总体进度符合时序要求。其中，"
        "专项债券争取、5G基站建设、“专精特新”企业培育、老旧小区改造等任务提前完成年度目标。",
        ("h", "二、存在问题"),
        "部分任务进度滞后于时序进度，高新技术企业认定、智能工厂创建、养老服务设施建设等3项任务完成率不足70%；"
        "个别单位报送进展情况不及时、数据不准确，有的以会议代替落实、以部署代替推进。",
        ("h", "三、下步要求"),
        "（一）加快推进滞后任务。各牵头单位要对照台账逐项查找原因，制定赶超措施，确保年底前全面完成目标任务。",
        "（二）严格落实报送制度。各牵头单位于每月5日前将上月进展情况报市政府督查室，配合单位于每月3日前将"
        "有关情况报牵头单位。",
        "（三）强化督查问效。市政府督查室将对完成率较低的任务开展实地督查，督查结果纳入年度目标责任考核。",
    ]
    front(d, "榆川市人民政府办公室文件", "榆政办发〔2025〕31号",
          ["榆川市人民政府办公室", "关于2025年市政府重点工作任务", "1—9月推进情况的通报"],
          "各县（市、区）人民政府，榆川高新区管委会、榆川国际陆港管委会，市政府各部门，有关单位：",
          body, ["附件：2025年市政府重点工作任务督查督办台账（截至9月30日）"],
          "榆川市人民政府办公室", "2025年10月15日")

    landscape(d)
    p = para(d, "附件", HT, 16, indent=False)
    para(d, "2025年市政府重点工作任务督查督办台账", XBS, 20, align="c")
    para(d, "（截至2025年9月30日）", KT, 14, align="c")
    p = para(d, indent=False)
    set_font(p.add_run("说明：1．“责任单位”栏中排在第一位的为牵头单位，其余为配合单位。"
                       "2．完成率为截至9月30日年度目标任务完成比例。3．状态分为“已完成”“推进中”。"), KT, 12)

    widths = [1.4, 8.6, 6.4, 3.0, 2.0, 2.2]
    tb = d.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(tb.rows[0].cells, ["序号", "重点任务", "责任单位", "完成时限", "完成率", "状态"]):
        cell_paras(c, h, size=12, bold=True, center=True, font=HT)
    repeat_header(tb.rows[0])
    for sec, tasks in SECTIONS:
        r = tb.add_row()
        m = r.cells[0].merge(r.cells[5])
        cell_paras(m, sec, size=12, bold=True, font=HT)
        for (no, task, units, dl, rate, status, prog) in tasks:
            r1 = tb.add_row()
            r2 = tb.add_row()
            cell_paras(r1.cells[0], no, size=12, center=True)
            cell_paras(r1.cells[1], task, size=12)
            cell_paras(r1.cells[2], units, size=12)
            cell_paras(r1.cells[3], dl, size=12, center=True)
            cell_paras(r1.cells[4], rate, size=12, center=True)
            cell_paras(r1.cells[5], status, size=12, center=True)
            # row 2: the four right-hand columns as one cell holding the progress
            span = r2.cells[2].merge(r2.cells[5])
            cell_paras(span, prog, size=11, font=KT)
            # 序号 and 重点任务 merged down over both rows (w:vMerge)
            for c in (0, 1):
                r1.cells[c].merge(r2.cells[c])
            for c in (0, 4, 5):
                r1.cells[c].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    set_widths(tb, widths)
    # a cell spanning columns gets the sum of their widths (set_widths gives each tc one column's width)
    for row in tb.rows:
        col = 0
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths[col:col + span]))
            col += span

    portrait(d)
    banji(d, "抄送：市委办公室，市人大常委会办公室，市政协办公室，市纪委监委，市中级人民法院，市人民检察院。",
          "榆川市人民政府办公室　　　　　　　　　　　2025年10月15日印发")
    fn = OUT + NAME + ".docx"
    d.save(fn)
    return fn


def check_file(fn):
    xml = zipfile.ZipFile(fn).read("word/document.xml").decode("utf-8")
    for g in GOLD:
        assert g["head"] in xml, g["id"]
    n_restart = len(re.findall(r'<w:vMerge w:val="restart"/>', xml))
    n_cont = len(re.findall(r"<w:vMerge/>", xml)) + len(re.findall(r'<w:vMerge w:val="continue"/>', xml))
    assert n_restart == 48 and n_cont == 48, (n_restart, n_cont)
    assert xml.count('<w:gridSpan w:val="4"/>') == 24 and xml.count('<w:gridSpan w:val="6"/>') == 4
    assert xml.count("进展情况：") == 24
    print("108 file OK: vMerge restart/continue", n_restart, n_cont)


if __name__ == "__main__":
    check_gold()
    fn = build()
    check_file(fn)
    with open(OUT + NAME + ".tasks.gold.jsonl", "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print("wrote", fn, len(GOLD), "tasks")
