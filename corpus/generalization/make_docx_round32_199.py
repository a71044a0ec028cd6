#!/usr/bin/python3
"""Round 32 (folder c), notice 199: 199_tangzhou_shi_shuangceng_biaotou_yuandian_biao.docx

A 市人民政府 印发 notice (棠政发〔2025〕4号) as a city government's secretariat types it in Word:
  * red issuer mark, 文号, red rule, the title in 方正小标宋 on three lines, 主送, a cover of three 黑体 `一、` points
    that carry no units (no tasks), 附件说明, 落款, date, （此件公开发布）;
  * a landscape section: `附件` (黑体), the attachment title and ONE Word table whose header takes two rows:

        序号 | 重点任务 |          责任分工           | 完成时限
             |          | 市领导 | 牵头单位 | 配合单位 |

    序号, 重点任务 and 完成时限 merged down over both header rows (vMerge), 责任分工 merged across three columns
    (gridSpan); both header rows repeat on each page (w:tblHeader);
    - section rows `一、扩大有效需求（6项）` merged across all six columns;
    - 序号 1–34 straight through the sections;
    - 重点任务 cells of one paragraph, or a first sentence followed by typed `●` lines (points of the task, not
      tasks);
    - 市领导 merged down over runs of tasks, two leaders as two paragraphs or parted by `、`, two-character names
      padded with an ideographic space (`周　敏`);
    - 牵头单位 one unit, two units parted by `、`, two paragraphs, or two `●` lines; merged down once (19–20);
    - 配合单位 parted by `、`, one `●` line per unit, a `、` paragraph followed by a second paragraph, `—` for none,
      `市发展改革委（市粮食和物资储备局）`, `各县（市、区）人民政府`;
    - 完成时限 one or two paragraphs, merged down once (19–21);
  * a `注：` of three numbered lines under the table (the first-listed 市领导 leads; of two 牵头单位 the first
    coordinates);
  * a portrait section with the 版记 (抄送, 印发).

The gold is typed by hand in gold_199.py; check_gold.py reads the table back and compares.  Names are invented.
Run: /usr/bin/python3 make_docx_199.py  (writes the .docx next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__)) + "/"
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_ALIGN_VERTICAL
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from docx_notice import (set_font, new_doc, para, front, banji, landscape, portrait, set_widths, repeat_header,
                         cell_paras, FS, HT, XBS)

NAME = "199_tangzhou_shi_shuangceng_biaotou_yuandian_biao"

MARK = "棠州市人民政府文件"
WENHAO = "棠政发〔2025〕4号"
TITLE = ["棠州市人民政府关于印发", "2025年《政府工作报告》重点任务", "责任分工的通知"]
ZHUSONG = "各县（市、区）人民政府，棠州高新区、棠州经开区管委会，市政府各部门、各直属机构："
BODY = [
    "《政府工作报告》已经市十七届人大五次会议审议通过。为确保报告确定的目标任务落到实处，现将《2025年〈政府工作报告〉重点任务责任分工表》印发给你们，并就有关事项通知如下。",
    ("h", "一、压实工作责任"),
    "各位市领导按照分工牵头抓总、统筹协调；各牵头单位要对所牵头任务负总责，主要负责同志亲自抓；各配合单位要积极主动支持配合，形成工作合力。",
    ("h", "二、细化推进措施"),
    "各牵头单位要于3月10日前，对照分工表逐项制定工作推进方案，明确阶段目标、具体措施和时间节点，报市政府督查室备案。",
    ("h", "三、强化督查考核"),
    "市政府督查室要加强跟踪督办，实行“月调度、季通报、年考核”，对工作推进不力、进度滞后的单位按规定予以通报，督查结果纳入市直部门年度绩效考核。",
]
FUJIAN = ["附件：2025年《政府工作报告》重点任务责任分工表"]
SIGN, DATE = "棠州市人民政府", "2025年2月18日"
ATT_TITLE = "2025年《政府工作报告》重点任务责任分工表"
NOTE = [
    "注：1.市领导栏中排在第一位的为牵头市领导。",
    "2.列有两个牵头单位的，排在第一位的单位负责统筹协调和进度汇总。",
    "3.完成时限为“持续推进”的，牵头单位每季度末报送一次进展情况。",
]
CHAOSONG = "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级法院，市检察院，棠州军分区。"
YINFA = "棠州市人民政府办公室　　　　　　　　　　　2025年2月18日印发"

# rows: (序号, 重点任务 paragraphs, 市领导 paragraphs or "^", 牵头单位 paragraphs or "^", 配合单位 paragraphs,
#        完成时限 paragraphs or "^");  "^" = merged with the cell above
SECTIONS = [
    ("一、扩大有效需求（6项）", [
        ("1", ["全市地区生产总值增长6%左右，规模以上工业增加值增长7%，固定资产投资增长6%，社会消费品零售总额增长6%，一般公共预算收入增长4%。"],
         ["林振华", "陈启明"], ["市发展改革委"], ["●市统计局", "●市工业和信息化局", "●市财政局", "●市商务局"], ["2025年12月底前"]),
        ("2", ["实施重大项目建设攻坚行动，推动项目早开工、早投产、早见效。",
               "●全年安排市级重点项目500个，年度计划投资1200亿元；",
               "●新开工10亿元以上项目40个，竣工投产项目150个以上。"],
         ["陈启明"], ["市发展改革委"], ["市自然资源和规划局、市住房城乡建设局、市生态环境局、市政务服务管理局、各县（市、区）人民政府"], ["2025年12月底前"]),
        ("3", ["用好超长期特别国债和地方政府专项债券政策，全年争取各类上级资金280亿元以上。"],
         "^", ["●市财政局", "●市发展改革委"], ["市直有关部门"], ["2025年12月底前"]),
        ("4", ["深入实施提振消费专项行动，落实消费品以旧换新政策，培育“棠州夜市”“湖畔生活节”等消费品牌，全年举办促消费活动100场以上。"],
         ["周　敏"], ["市商务局"], ["市文化广电旅游局、市市场监管局、市财政局、各县（市、区）人民政府"], ["2025年12月底前"]),
        ("5", ["推动外贸稳规模优结构，进出口总额增长5%，跨境电商交易额增长15%。"],
         "^", ["市商务局"], ["棠州海关、市税务局、中国人民银行棠州市分行"], ["2025年12月底前"]),
        ("6", ["强化招商引资“一号工程”，全年新签约亿元以上项目260个，实际使用外资增长5%。"],
         "^", ["市投资促进局"], ["●市商务局", "●棠州高新区管委会", "●棠州经开区管委会", "●各县（市、区）人民政府"],
         ["2025年6月底前完成签约目标过半", "2025年12月底前全面完成"]),
    ]),
    ("二、加快构建现代化产业体系（7项）", [
        ("7", ["实施先进制造业集群培育行动。",
               "●新能源汽车及零部件产业产值突破800亿元；",
               "●电子信息产业产值增长12%以上；",
               "●新增国家级专精特新“小巨人”企业6家。"],
         ["赵立新"], ["市工业和信息化局"], ["市发展改革委、市科技局、棠州高新区管委会、棠州经开区管委会"], ["2025年12月底前"]),
        ("8", ["推进制造业智能化改造和数字化转型，新增省级智能工厂15家、数字化车间40个，工业技改投资增长10%。"],
         "^", ["市工业和信息化局"], ["市数据局、市财政局"], ["2025年11月底前"]),
        ("9", ["实施创新驱动发展战略，全社会研发经费投入强度达到2.6%，新增高新技术企业200家。"],
         ["黄晓岚"], ["市科技局"], ["市财政局、市统计局、市税务局"], ["2025年12月底前"]),
        ("10", ["推动棠州实验室、市产业技术研究院建设，新建省级以上创新平台20个。"],
         "^", ["市科技局"], ["—"], ["2025年12月底前"]),
        ("11", ["加快发展数字经济，建成5G基站2000个，数字经济核心产业增加值占地区生产总值比重达到9%。"],
         ["赵立新"], ["市数据局"], ["市工业和信息化局", "市通信发展管理办公室"], ["2025年12月底前"]),
        ("12", ["推动现代服务业提质增效，培育省级服务业集聚区2个，规模以上服务业营业收入增长8%。"],
         ["陈启明"], ["市发展改革委"], ["市商务局、市交通运输局、市统计局"], ["持续推进"]),
        ("13", ["发展现代物流，推进棠州国际陆港二期建设，社会物流总费用与地区生产总值比率下降0.2个百分点。"],
         "^", ["市交通运输局、市发展改革委"], ["市商务局、棠州海关"], ["2025年12月底前"]),
    ]),
    ("三、深化重点领域改革（5项）", [
        ("14", ["深化“高效办成一件事”改革，新推出重点事项“一件事”15项，政务服务事项全程网办率达到90%以上。"],
         ["吴建国"], ["市政务服务管理局"], ["市数据局、市直有关部门"], ["2025年10月底前"]),
        ("15", ["持续优化营商环境，开展营商环境提升年活动，落实公平竞争审查制度，规范涉企行政检查。"],
         "^", ["市发展改革委"], ["●市市场监管局", "●市司法局", "●市政务服务管理局", "●市直各行政执法部门"], ["持续推进"]),
        ("16", ["深化国资国企改革，推动市属国有企业战略性重组和专业化整合，市属国有企业营业收入增长6%。"],
         ["陈启明"], ["市国资委"], ["市财政局"], ["2025年12月底前"]),
        ("17", ["深化财税金融改革，新增普惠小微贷款80亿元，新增境内外上市公司2家。"],
         "^", ["市委金融办", "市财政局"], ["中国人民银行棠州市分行、国家金融监督管理总局棠州监管分局、市税务局"], ["2025年12月底前"]),
        ("18", ["稳慎推进农村集体产权制度改革和农村宅基地制度改革试点。"],
         ["黄晓岚"], ["市农业农村局"], ["市自然资源和规划局、各县（市、区）人民政府"], ["持续推进"]),
    ]),
    ("四、推进新型城镇化和乡村全面振兴（6项）", [
        ("19", ["实施城市更新行动，提升城市功能品质。",
                "●改造城镇老旧小区120个，加装电梯300部；",
                "●推进城中村改造项目15个，新开工保障性住房2000套。"],
         ["吴建国"], ["市住房城乡建设局"], ["市发展改革委、市财政局、市自然资源和规划局、各县（市、区）人民政府"], ["2025年12月底前"]),
        ("20", ["加快城市地下管网建设改造，改造燃气、供水、排水等老旧管网300公里。"],
         "^", "^", ["市城市管理局、市水利局"], "^"),
        ("21", ["推进交通基础设施建设，加快棠州至澄阳高速公路、城市轨道交通1号线二期建设，完成交通投资150亿元。"],
         "^", ["市交通运输局"], ["市发展改革委、市自然资源和规划局", "相关县（市、区）人民政府"], "^"),
        ("22", ["落实粮食安全党政同责，粮食播种面积稳定在520万亩以上，新建高标准农田15万亩。"],
         ["黄晓岚"], ["市农业农村局"], ["市发展改革委（市粮食和物资储备局）、市水利局、市自然资源和规划局"], ["2025年10月底前"]),
        ("23", ["实施乡村建设行动，新建和美乡村示范村100个，农村生活污水治理率提高到55%。"],
         "^", ["市农业农村局"], ["●市生态环境局", "●市住房城乡建设局", "●各县（市、区）人民政府"], ["2025年12月底前"]),
        ("24", ["巩固拓展脱贫攻坚成果，脱贫劳动力务工就业规模稳定在12万人以上。"],
         "^", ["市农业农村局"], ["市人力资源社会保障局、市民政局、市医保局"], ["持续推进"]),
    ]),
    ("五、推动绿色低碳发展（4项）", [
        ("25", ["深入打好污染防治攻坚战，PM2.5平均浓度控制在32微克/立方米以内，空气质量优良天数比率达到85%以上。"],
         ["赵立新"], ["市生态环境局"], ["市工业和信息化局、市住房城乡建设局、市交通运输局、市公安局、各县（市、区）人民政府"], ["2025年12月底前"]),
        ("26", ["全面推行河湖长制，国省考断面水质优良比例保持100%，完成棠江流域综合治理项目3个。"],
         "^", ["●市水利局", "●市生态环境局"], ["各县（市、区）人民政府"], ["2025年11月底前"]),
        ("27", ["稳妥推进碳达峰碳中和，新增新能源装机容量60万千瓦，单位地区生产总值能耗下降2.5%。"],
         ["陈启明、赵立新"], ["市发展改革委"], ["市工业和信息化局、市统计局、国网棠州供电公司"], ["2025年12月底前"]),
        ("28", ["推进国土绿化和生态修复，完成营造林8万亩，建设城市口袋公园30个。"],
         ["赵立新"], ["市林业局、市城市管理局"], ["各县（市、区）人民政府"], ["2025年11月底前"]),
    ]),
    ("六、持续保障和改善民生（6项）", [
        ("29", ["落实就业优先战略，城镇新增就业5.5万人，城镇调查失业率控制在5.5%左右。"],
         ["周　敏"], ["市人力资源社会保障局"], ["市教育局、市财政局、市农业农村局、市总工会、团市委"], ["2025年12月底前"]),
        ("30", ["推进基础教育扩优提质，新建改扩建中小学、幼儿园30所，新增学位2.4万个。"],
         "^", ["市教育局"], ["市发展改革委、市财政局、市自然资源和规划局、市住房城乡建设局、各县（市、区）人民政府"], ["2025年8月底前"]),
        ("31", ["推进健康棠州建设，提升医疗卫生服务水平。",
                "●建成市第一人民医院东院区；",
                "●推进紧密型县域医共体建设全覆盖；",
                "●实现医保异地就医直接结算定点医疗机构全覆盖。"],
         "^", ["●市卫生健康委", "●市医保局"], ["市财政局", "各县（市、区）人民政府"], ["2025年12月底前"]),
        ("32", ["完善养老托育服务，新建社区嵌入式养老服务设施40个，每千人口拥有3岁以下婴幼儿托位数达到4.5个。"],
         "^", ["市民政局、市卫生健康委"], ["市发展改革委、市住房城乡建设局"], ["2025年12月底前"]),
        ("33", ["繁荣发展文化旅游事业，举办第五届棠州文化旅游节，全年接待游客增长8%以上。"],
         ["刘家豪"], ["市文化广电旅游局"], ["市委宣传部、各县（市、区）人民政府"], ["2025年10月底前"]),
        ("34", ["统筹发展和安全，深入开展安全生产治本攻坚三年行动，强化燃气、自建房、消防、交通等重点领域风险隐患排查整治，坚决遏制重特大事故发生。"],
         ["林振华", "吴建国"], ["市应急管理局"],
         ["●市住房城乡建设局", "●市交通运输局", "●市市场监管局", "●市消防救援支队", "●各县（市、区）人民政府"], ["持续推进"]),
    ]),
]

WIDTHS = [1.3, 9.0, 2.2, 3.6, 5.6, 3.0]   # 24.7 cm of a landscape A4 with 2.5 cm margins


def vcenter(cell):
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


def build():
    d = new_doc()
    front(d, MARK, WENHAO, TITLE, ZHUSONG, BODY, FUJIAN, SIGN, DATE)

    landscape(d)
    p = para(d, "附件", HT, 16, indent=False)
    p.paragraph_format.page_break_before = False
    para(d, ATT_TITLE, XBS, 18, align="c")

    nrows = 2 + sum(1 + len(rows) for _, rows in SECTIONS)
    t = d.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, WIDTHS)

    # ---- the two header rows
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    c_no = h0[0].merge(h1[0])
    c_task = h0[1].merge(h1[1])
    c_fg = h0[2].merge(h0[4])
    c_time = h0[5].merge(h1[5])
    for c, s in ((c_no, "序号"), (c_task, "重点任务"), (c_fg, "责任分工"), (c_time, "完成时限"),
                 (h1[2], "市领导"), (h1[3], "牵头单位"), (h1[4], "配合单位")):
        cell_paras(c, s, size=12, center=True, font=HT)
        vcenter(c)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])

    # ---- body rows
    r = 2
    runs = {2: [], 3: [], 5: []}   # column -> list of (first row, last row) to merge down
    for sec, rows in SECTIONS:
        row = t.rows[r].cells
        c = row[0].merge(row[5])
        cell_paras(c, sec, size=12, font=HT)
        r += 1
        for no, task, ld, lead, coop, time in rows:
            cells = t.rows[r].cells
            cell_paras(cells[0], no, size=11, center=True)
            vcenter(cells[0])
            cell_paras(cells[1], task, size=11)
            for col, val in ((2, ld), (3, lead), (5, time)):
                if val == "^":
                    runs[col][-1][1] = r
                else:
                    runs[col].append([r, r])
                    cell_paras(cells[col], val, size=11, center=(col in (2, 5)))
                    vcenter(cells[col])
            cell_paras(cells[4], coop, size=11, center=(coop == ["—"]))
            vcenter(cells[4])
            r += 1
    assert r == nrows
    for col, rs in runs.items():
        for a, b in rs:
            if b > a:
                top = t.cell(a, col)
                keep = [p_.text for p_ in top.paragraphs]
                m = top.merge(t.cell(b, col))
                cell_paras(m, keep, size=11, center=(col in (2, 5)))
                vcenter(m)

    for i, n in enumerate(NOTE):
        p = para(d, n, FS, 12, indent=False, left=(0 if i == 0 else 0.85))

    portrait(d)
    para(d)
    banji(d, CHAOSONG, YINFA)
    return d


if __name__ == "__main__":
    d = build()
    d.save(HERE + NAME + ".docx")
    print("written", HERE + NAME + ".docx")
