#!/usr/bin/python3
"""Round 17 (folder a): 106_liuting_shi_tongshang_fuhao_biao.docx, with its hand-typed gold.

A city notice whose attachment is one Word table  序号 | 重点任务 | 责任领导 | 牵头单位 | 配合单位 | 完成时限
(header row repeated on each page, section rows merged across all six columns, 序号 1..40 running on through the
sections).  The typist saved keystrokes the way many offices do:
  * DITTO MARKS in 责任领导 / 牵头单位 / 配合单位 / 完成时限 cells: `同上`, `〃` (U+3003), `同前`, an ASCII `"`, and
    once a Word smart quote `“` (what Word's AutoFormat makes of a `"` typed at the start of a cell).  A ditto means
    the value of the cell above in the same column; dittos chain (row 9 is 同前 in all four columns, row 12 is `"`
    under 同上); a ditto under a multi-unit cell repeats every unit; a ditto under `无` repeats "no unit".
    No ditto stands directly under a section row.
  * several units in one cell parted NOT by `、` but by ASCII spaces (once two), by full-width spaces `　`, by
    separate paragraphs in the cell, by `，`, or by `，` and a space mixed; a unit name with `、` inside its brackets
    (`各县（市、区）人民政府`); two leads in one 牵头单位 cell parted by a space; two leaders as two paragraphs.
Names are invented.  Run: /usr/bin/python3 make_docx_round17_106.py  (writes next to this script).

GOLD below is typed by hand from the rows; the script only cross-checks it against the printed cells with an
independent ditto resolver and writes it out.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx import Document

from docx_notice import (set_font, FS, KT, HT, XBS, new_doc, para, front, banji, landscape, portrait,
                         set_widths, repeat_header, cell_paras)

OUT = os.path.dirname(os.path.abspath(__file__)) + "/"
NAME = "106_liuting_shi_tongshang_fuhao_biao"

# ------------------------------------------------------------------------------------------------ printed rows
# (no, task, leader cell, lead cell, coop cell, deadline); a cell is a string (one paragraph) or a list (paragraphs)
SECS = [
    ("一、扩大有效投资和消费（9项）", [
        ("1", "实施重大项目攻坚行动，全年安排市级重点项目260个，完成年度投资680亿元。",
         "赵振华", "市发展改革委", "市财政局 市自然资源和规划局 市住房城乡建设局", "2025年12月底"),
        ("2", "积极争取超长期特别国债、中央预算内投资和地方政府专项债券资金120亿元以上。",
         "同上", "同上", "市财政局，市委金融办", "〃"),
        ("3", "深化招商引资“一号工程”，全年引进亿元以上项目150个，实际到位资金增长15%。",
         "钱立新", "市投资促进局", ["市商务局", "市发展改革委", "市工业和信息化局", "各县（市、区）人民政府"],
         "2025年12月底"),
        ("4", "落实消费品以旧换新政策，举办“乐购柳汀”促消费活动50场以上。",
         "〃", "市商务局", "市财政局 市市场监管局", "〃"),
        ("5", "培育夜间经济集聚区和特色商业街区，发展首店经济、首发经济。",
         "〃", "同上", "同上", "2025年10月底"),
        ("6", "推进文旅消费提质扩容，全年接待游客量增长10%，旅游总收入增长12%。",
         "孙慧敏", "市文化广电旅游局", "市商务局，市交通运输局，各县（市、区）人民政府", "2025年12月底"),
        ("7", "推动房地产市场止跌回稳，落实住房“以旧换新”和住房公积金支持政策。",
         "李国栋", "市住房城乡建设局", "市住房公积金中心", "同上"),
        ("8", "加快建设保障性住房，筹集配售型保障性住房1200套。",
         "同上", "〃", "市财政局　市自然资源和规划局", "2025年11月底"),
        ("9", "稳步推进城中村改造，全年启动改造项目8个。",
         "同前", "同前", "同前", "同前"),
    ]),
    ("二、推动产业转型升级（9项）", [
        ("10", "实施先进制造业集群培育工程，规模以上工业增加值增长8%。",
         "周晓燕", "市工业和信息化局", "市发展改革委 市科技局 市统计局", "2025年12月底"),
        ("11", "推动新能源电池产业链延链补链强链，新增电池产能20吉瓦时。",
         "同上", "同上", "市发展改革委  市投资促进局", "同上"),
        ("12", "实施“智改数转网联”三年行动，新建省级智能工厂12家、数字化车间40个。",
         '"', '"', ["市科技局", "市大数据局"], '"'),
        ("13", "培育高新技术企业120家、科技型中小企业600家。",
         "周晓燕", "市科技局", "市工业和信息化局，市税务局", "2025年12月底"),
        ("14", "建设柳汀科创走廊，新建省级以上研发平台15个。",
         "同上", "同上", "市发展改革委，市教育局", "2025年12月底"),
        ("15", "深化产学研合作，技术合同成交额突破80亿元。",
         "同上", "〃", "无", "〃"),
        ("16", "推动现代服务业同先进制造业深度融合，培育两业融合试点企业20家。",
         "赵振华", "市发展改革委 市工业和信息化局", "市商务局", "2025年12月底"),
        ("17", "大力发展数字经济，数字经济核心产业增加值增长12%。",
         "〃", "〃", "市大数据局 市统计局", "〃"),
        ("18", "推动金融更好服务实体经济，制造业中长期贷款增长15%以上。",
         "钱立新", "市委金融办", ["中国人民银行柳汀市分行", "国家金融监督管理总局柳汀监管分局"], "2025年12月底"),
    ]),
    ("三、推进城市更新和乡村振兴（9项）", [
        ("19", "实施城市更新行动，改造城镇老旧小区86个、惠及居民2.1万户。",
         "李国栋", "市住房城乡建设局", "市财政局，市城市管理局，各县（市、区）人民政府", "2025年11月底"),
        ("20", "新建改造城市燃气、供排水等地下管网180公里。",
         "同上", "同上", "同上", "同上"),
        ("21", "推进城市快速路二期、滨江大道东延等工程，新增城市道路25公里。",
         "〃", "市交通运输局", "市住房城乡建设局 市自然资源和规划局", "2025年12月底"),
        ("22", "开展城市精细化管理提升行动，新建口袋公园30个。",
         "〃", "市城市管理局", "同上", "〃"),
        ("23", "稳定粮食播种面积420万亩以上，粮食总产量保持在38亿斤以上。",
         "吴建平", "市农业农村局", "各县（市、区）人民政府", "2025年10月底"),
        ("24", "新建和改造提升高标准农田28万亩。",
         "同上", "同上", "市自然资源和规划局 市水利局 市财政局", "2025年12月底"),
        ("25", "壮大乡村特色产业，新增省级农业产业化龙头企业10家。",
         "同上", "同上", "〃", "同上"),
        ("26", "巩固拓展脱贫攻坚成果，脱贫人口人均纯收入增长8%以上。",
         "〃", "〃", "市人力资源社会保障局，市民政局 市医保局", "2025年12月底"),
        ("27", "推进和美乡村建设，创建省级和美乡村示范村50个。",
         ["吴建平", "李国栋"], "市农业农村局", ["市住房城乡建设局", "市生态环境局", "各县（市、区）人民政府"],
         "2025年12月底"),
    ]),
    ("四、保障和改善民生（10项）", [
        ("28", "实施就业优先战略，城镇新增就业5.2万人，城镇调查失业率控制在5.5%以内。",
         "孙慧敏", "市人力资源社会保障局", "市教育局 市财政局 市总工会", "2025年12月底"),
        ("29", "开展高校毕业生等青年就业服务攻坚行动，举办招聘活动200场以上。",
         "同上", "同上", "市教育局，团市委", "同上"),
        ("30", "新建、改扩建中小学和幼儿园22所，新增学位1.8万个。",
         "孙慧敏", "市教育局", "市发展改革委 市财政局 市自然资源和规划局 市住房城乡建设局", "2025年8月底"),
        ("31", "推进县域普通高中振兴行动，创建省级示范性高中3所。",
         "〃", "“", "市财政局", "2025年12月底"),
        ("32", "推进国家区域医疗中心建设，市第一人民医院新院区投入使用。",
         ["孙慧敏", "李国栋"], "市卫生健康委", "市发展改革委，市住房城乡建设局", "2025年9月底"),
        ("33", "建设市公共卫生临床中心，新增传染病救治床位600张。",
         "同上", "同上", "同上", "2025年12月底"),
        ("34", "新增普惠托育托位1500个，完善生育支持政策体系。",
         "孙慧敏", "市卫生健康委", "市教育局 市民政局", "2025年12月底"),
        ("35", "提高城乡居民基础养老金最低标准，新建社区嵌入式养老服务中心20个。",
         "〃", "市民政局 市人力资源社会保障局", "市财政局", "〃"),
        ("36", "实施“一老一小”关爱工程，新建老年助餐点120个。",
         "〃", "市民政局", "无", "2025年12月底"),
        ("37", "加强困难群众基本生活保障，按时足额发放各类救助资金。",
         "〃", "同上", "同上", "〃"),
    ]),
    ("五、统筹发展和安全（3项）", [
        ("38", "扎实推进安全生产治本攻坚三年行动，坚决遏制较大以上生产安全事故。",
         "赵振华", "市应急管理局", "市直有关部门 各县（市、区）人民政府", "持续推进"),
        ("39", "开展城镇燃气、自建房等重点领域隐患排查整治。",
         "同上", "市住房城乡建设局", "市应急管理局，市城市管理局", "〃"),
        ("40", "强化防汛抗旱和地质灾害防治，完成病险水库除险加固12座。",
         "〃", "市水利局", "市应急管理局　市自然资源和规划局", "2025年5月底"),
    ]),
]

# ------------------------------------------------------------------------------------------------ gold, by hand
# (id, head, lead_units, cooperating_units, leaders); responsible = lead + cooperating
Z, Q, S, L, ZH, W = "赵振华", "钱立新", "孙慧敏", "李国栋", "周晓燕", "吴建平"
GOLD = [
    ("1", "实施重大项目攻坚行动，全", ["市发展改革委"], ["市财政局", "市自然资源和规划局", "市住房城乡建设局"], [Z]),
    ("2", "积极争取超长期特别国债、", ["市发展改革委"], ["市财政局", "市委金融办"], [Z]),
    ("3", "深化招商引资“一号工程”", ["市投资促进局"],
     ["市商务局", "市发展改革委", "市工业和信息化局", "各县（市、区）人民政府"], [Q]),
    ("4", "落实消费品以旧换新政策，", ["市商务局"], ["市财政局", "市市场监管局"], [Q]),
    ("5", "培育夜间经济集聚区和特色", ["市商务局"], ["市财政局", "市市场监管局"], [Q]),
    ("6", "推进文旅消费提质扩容，全", ["市文化广电旅游局"], ["市商务局", "市交通运输局", "各县（市、区）人民政府"], [S]),
    ("7", "推动房地产市场止跌回稳，", ["市住房城乡建设局"], ["市住房公积金中心"], [L]),
    ("8", "加快建设保障性住房，筹集", ["市住房城乡建设局"], ["市财政局", "市自然资源和规划局"], [L]),
    ("9", "稳步推进城中村改造，全年", ["市住房城乡建设局"], ["市财政局", "市自然资源和规划局"], [L]),
    ("10", "实施先进制造业集群培育工", ["市工业和信息化局"], ["市发展改革委", "市科技局", "市统计局"], [ZH]),
    ("11", "推动新能源电池产业链延链", ["市工业和信息化局"], ["市发展改革委", "市投资促进局"], [ZH]),
    ("12", "实施“智改数转网联”三年", ["市工业和信息化局"], ["市科技局", "市大数据局"], [ZH]),
    ("13", "培育高新技术企业120家", ["市科技局"], ["市工业和信息化局", "市税务局"], [ZH]),
    ("14", "建设柳汀科创走廊，新建省", ["市科技局"], ["市发展改革委", "市教育局"], [ZH]),
    ("15", "深化产学研合作，技术合同", ["市科技局"], [], [ZH]),
    ("16", "推动现代服务业同先进制造", ["市发展改革委", "市工业和信息化局"], ["市商务局"], [Z]),
    ("17", "大力发展数字经济，数字经", ["市发展改革委", "市工业和信息化局"], ["市大数据局", "市统计局"], [Z]),
    ("18", "推动金融更好服务实体经济", ["市委金融办"], ["中国人民银行柳汀市分行", "国家金融监督管理总局柳汀监管分局"], [Q]),
    ("19", "实施城市更新行动，改造城", ["市住房城乡建设局"], ["市财政局", "市城市管理局", "各县（市、区）人民政府"], [L]),
    ("20", "新建改造城市燃气、供排水", ["市住房城乡建设局"], ["市财政局", "市城市管理局", "各县（市、区）人民政府"], [L]),
    ("21", "推进城市快速路二期、滨江", ["市交通运输局"], ["市住房城乡建设局", "市自然资源和规划局"], [L]),
    ("22", "开展城市精细化管理提升行", ["市城市管理局"], ["市住房城乡建设局", "市自然资源和规划局"], [L]),
    ("23", "稳定粮食播种面积420万", ["市农业农村局"], ["各县（市、区）人民政府"], [W]),
    ("24", "新建和改造提升高标准农田", ["市农业农村局"], ["市自然资源和规划局", "市水利局", "市财政局"], [W]),
    ("25", "壮大乡村特色产业，新增省", ["市农业农村局"], ["市自然资源和规划局", "市水利局", "市财政局"], [W]),
    ("26", "巩固拓展脱贫攻坚成果，脱", ["市农业农村局"], ["市人力资源社会保障局", "市民政局", "市医保局"], [W]),
    ("27", "推进和美乡村建设，创建省", ["市农业农村局"], ["市住房城乡建设局", "市生态环境局", "各县（市、区）人民政府"],
     [W, L]),
    ("28", "实施就业优先战略，城镇新", ["市人力资源社会保障局"], ["市教育局", "市财政局", "市总工会"], [S]),
    ("29", "开展高校毕业生等青年就业", ["市人力资源社会保障局"], ["市教育局", "团市委"], [S]),
    ("30", "新建、改扩建中小学和幼儿", ["市教育局"], ["市发展改革委", "市财政局", "市自然资源和规划局", "市住房城乡建设局"], [S]),
    ("31", "推进县域普通高中振兴行动", ["市教育局"], ["市财政局"], [S]),
    ("32", "推进国家区域医疗中心建设", ["市卫生健康委"], ["市发展改革委", "市住房城乡建设局"], [S, L]),
    ("33", "建设市公共卫生临床中心，", ["市卫生健康委"], ["市发展改革委", "市住房城乡建设局"], [S, L]),
    ("34", "新增普惠托育托位1500", ["市卫生健康委"], ["市教育局", "市民政局"], [S]),
    ("35", "提高城乡居民基础养老金最", ["市民政局", "市人力资源社会保障局"], ["市财政局"], [S]),
    ("36", "实施“一老一小”关爱工程", ["市民政局"], [], [S]),
    ("37", "加强困难群众基本生活保障", ["市民政局"], [], [S]),
    ("38", "扎实推进安全生产治本攻坚", ["市应急管理局"], ["市直有关部门", "各县（市、区）人民政府"], [Z]),
    ("39", "开展城镇燃气、自建房等重", ["市住房城乡建设局"], ["市应急管理局", "市城市管理局"], [Z]),
    ("40", "强化防汛抗旱和地质灾害防", ["市水利局"], ["市应急管理局", "市自然资源和规划局"], [Z]),
]

DITTO = {"同上", "〃", "同前", '"', "“"}
NONE = {"无", "/", "—"}


def cell_values(cell):
    """independent reading of a printed cell: paragraphs, then spaces of either width, then ， and 、 outside brackets"""
    lines = cell if isinstance(cell, list) else [cell]
    out = []
    for l in lines:
        for part in re.split(r"[ 　]+", l.strip()):
            depth, cur = 0, ""
            for ch in part + "，":
                depth += ch == "（"
                depth -= ch == "）"
                if ch in "，、" and depth == 0:
                    if cur:
                        out.append(cur)
                    cur = ""
                else:
                    cur += ch
    return [] if out in ([n] for n in NONE) else out


def cross_check():
    prev = [None] * 4
    got = []
    for title, rows in SECS:
        assert f"（{len(rows)}项）" in title
        prev = [None] * 4           # a ditto never follows a section row
        for no, task, *cells in rows:
            vals = []
            for k, c in enumerate(cells):
                if isinstance(c, str) and c in DITTO:
                    assert prev[k] is not None, (no, k)
                    vals.append(prev[k])
                else:
                    vals.append(c if k == 3 else cell_values(c))
            prev = vals
            got.append((no, task, vals))
    assert [g[0] for g in GOLD] == [str(i) for i in range(1, 41)]
    assert len(got) == len(GOLD)
    for (no, task, (leaders, lead, coop, _dl)), (gid, head, glead, gcoop, gleaders) in zip(got, GOLD):
        assert no == gid
        assert head == task[:12], (no, head, task[:12])
        assert glead == lead, (no, glead, lead)
        assert gcoop == coop, (no, gcoop, coop)
        assert gleaders == leaders, (no, gleaders, leaders)
        assert not set(glead) & set(gcoop), no


def shade(cell):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="F2F2F2"/>'))


def build():
    d = new_doc()
    front(d, "柳汀市人民政府办公室文件", "柳政办发〔2025〕14号",
          ["柳汀市人民政府办公室", "关于印发2025年市政府重点工作任务分解表的通知"],
          "各县（市、区）人民政府，柳汀高新区管委会，市政府各部门，各直属机构：",
          ["《2025年柳汀市人民政府工作报告》已经市十六届人大四次会议审议通过。为确保报告确定的目标任务落到实处，"
           "经市人民政府同意，现将《2025年市政府重点工作任务分解表》印发给你们，并就有关事项通知如下。",
           ("h", "一、压紧压实责任"),
           "各项任务明确了责任领导、牵头单位、配合单位和完成时限。责任领导要加强统筹调度，及时研究解决推进中的困难问题；"
           "牵头单位要切实履行主体责任，主要负责同志亲自抓；配合单位要主动对接、积极配合，形成工作合力。",
           ("h", "二、细化推进措施"),
           "各牵头单位要于3月20日前制定任务推进方案，明确阶段目标和具体措施，报市政府督查室备案。"
           "涉及多个牵头单位的任务，由排在第一位的牵头单位负责统筹和报送进展情况。",
           ("h", "三、强化督查问效"),
           "市政府督查室按月调度、按季通报任务推进情况，结果纳入市直单位年度绩效考核。各牵头单位于每月25日前"
           "通过市政府督查督办系统报送进展情况。"],
          ["附件：2025年市政府重点工作任务分解表"],
          "柳汀市人民政府办公室", "2025年3月11日")

    landscape(d)
    para(d, "附件", HT, 16, indent=False)
    para(d, "2025年市政府重点工作任务分解表", XBS, 20, align="c")

    hdr = ["序号", "重点任务", "责任领导", "牵头单位", "配合单位", "完成时限"]
    ncol = len(hdr)
    nrows = 1 + sum(1 + len(rows) for _, rows in SECS)
    tb = d.add_table(rows=nrows, cols=ncol)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(tb, [1.3, 9.8, 2.4, 4.0, 5.6, 2.6])
    for c, t in enumerate(hdr):
        cell_paras(tb.cell(0, c), t, 12, bold=True, center=True, font=HT)
    repeat_header(tb.rows[0])
    r = 1
    for title, rows in SECS:
        m = tb.cell(r, 0).merge(tb.cell(r, ncol - 1))
        cell_paras(m, title, 12, bold=True, font=HT)
        shade(m)
        r += 1
        for no, task, leader, lead, coop, dl in rows:
            cell_paras(tb.cell(r, 0), no, 11, center=True)
            cell_paras(tb.cell(r, 1), task, 11)
            cell_paras(tb.cell(r, 2), leader, 11, center=True)
            cell_paras(tb.cell(r, 3), lead, 11)
            cell_paras(tb.cell(r, 4), coop, 11)
            cell_paras(tb.cell(r, 5), dl, 11, center=True)
            r += 1
    assert r == nrows
    portrait(d)
    banji(d, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级法院，市检察院。",
          "柳汀市人民政府办公室　　　　　　　　　　2025年3月11日印发")
    d.save(OUT + NAME + ".docx")


def write_gold():
    with open(OUT + NAME + ".tasks.gold.jsonl", "w", encoding="utf-8") as f:
        for gid, head, lead, coop, leaders in GOLD:
            f.write(json.dumps({"id": gid, "head": head, "responsible_units": lead + coop, "lead_units": lead,
                                "cooperating_units": coop, "leaders": leaders}, ensure_ascii=False) + "\n")


def reread():
    """the saved file holds every task, and the ditto cells as printed"""
    d = Document(OUT + NAME + ".docx")
    tb = d.tables[0]
    seen = {}
    for row in tb.rows[1:]:
        cells = [c.text for c in row.cells]
        if cells[0].isdigit():
            seen[cells[0]] = cells
    assert sorted(seen, key=int) == [g[0] for g in GOLD]
    for gid, head, *_ in GOLD:
        assert seen[gid][1].startswith(head)
    n = sum(1 for c in seen.values() for x in c[2:] if x in DITTO)
    return n


if __name__ == "__main__":
    cross_check()
    build()
    write_gold()
    print("ok", len(GOLD), "tasks,", reread(), "ditto cells")
