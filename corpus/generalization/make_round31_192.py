#!/usr/bin/python3
"""Round 31 (folder b), notice 192: a 市政府办公室 notice (璟政办发〔2026〕7号) as its page on the city's
government site, saved from a browser ("网页，全部" / Save Page As) as one .html file.

The page: a head with the site's meta tags (SiteName, ColumnName, ArticleTitle, PubDate …), CSS and scripts
(jQuery, font zoom, 无障碍, Baidu statistics); a top bar, the site's navigation, a breadcrumb; the 信息公开
info table (索引号 / 发布机构 / 文号 / 主题分类 / 成文日期 / 发布日期 / 有效性, labels padded with &nbsp;);
the article in a TRS editor div holding HTML pasted from Word (class=MsoNormal paragraphs, mso-* styles,
<o:p></o:p>, <span lang=EN-US> round digits, runs split inside words, lines wrapped inside tags the way Word
writes them); 上一篇/下一篇, print/close links, the footer (主办, 网站标识码, ICP, 公安备案).

The article: the notice (title, 文号, 主送, three numbered requirements — the second saying that where two
lead units are listed both lead — 附件说明, 落款, date, （此件公开发布）) and its 附件, a Word table

    序号 | 重点工作任务 | 责任市领导 | 牵头单位 | 配合单位 | 完成时限

  * section rows one cell with colspan=6 (一、…（N项）), bold 黑体;
  * 责任市领导 with rowspan over 2–4 consecutive tasks inside a section, two-character names padded
    (`刘<span lang=EN-US>&nbsp;&nbsp; </span>敏`), once a cell of its own with two leaders as two <p>;
  * every cell's text inside <p class=MsoNormal>, a task cell of two <p> (task 29), <br> inside a task's text
    (tasks 2, 27), two lead units parted by <br> (tasks 3, 6, 12, 20, 28, 32, 36), a 配合单位 list broken by
    <br> after its 、 (tasks 1, 23) or one unit a line with no 、 (task 29), an empty 配合单位 (`&nbsp;`, task 34);
  * Word's hidden `<![if !supportMisalignedColumns]>` row of empty cells closing the table.

Annotation (NOTES.md): one task per 序号 (1–37, numbered through the sections); head = the first 12 characters
of the task cell's text as a browser shows it; lead_units = the 牵头单位 cell, cooperating_units = the 配合单位
cell ([] when empty); responsible_units = lead then cooperating; leaders = the 责任市领导 cell covering the row
(rowspan), names without their padding.

The gold is typed by hand in GOLD; check() asserts that it agrees with the cells.
Run: /usr/bin/python3 make_192.py (writes next to this script).
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__)) + "/"
NAME = "192_jingzhou_shi_wangye_baocun_word_tiebiao"

# leader cells: name -> how Word wrote it in the cell
PAD = {"刘敏": "刘<span lang=EN-US>&nbsp;&nbsp; </span>敏",
       "王琛": "王<span lang=EN-US>&nbsp;&nbsp; </span>琛",
       "周蕾": "周<span lang=EN-US>&nbsp;&nbsp; </span>蕾",
       "许亮": "许<span lang=EN-US>&nbsp;&nbsp; </span>亮"}

# task: (序号, 任务 (str; a "|" is a <br>; a list = several <p>), leader cell: (names, rowspan) or None when
#        covered by a rowspan above, 牵头单位 (list = lines parted by <br>), 配合单位 (list = lines), 完成时限)
SECTIONS = [
    ("一、着力扩大有效需求，推动经济回升向好（8项）", [
        ("1", "全市地区生产总值增长6%左右，一般公共预算收入增长5%，城镇新增就业5.2万人。",
         (["沈立军"], 3), ["市发展改革委"],
         ["市统计局、市财政局、市人力资源社会保障局、", "各县（市、区）人民政府"], "2026年12月底前"),
        ("2", "实施市级重点项目500个以上，完成年度投资1200亿元，|新开工亿元以上项目180个。",
         None, ["市发展改革委"],
         ["市自然资源和规划局、市住房城乡建设局、市行政审批服务局、各县（市、区）人民政府、璟州高新区管委会、璟州经开区管委会"],
         "2026年12月底前"),
        ("3", "用好超长期特别国债和地方政府专项债券，争取上级各类资金200亿元以上。",
         None, ["市财政局", "市发展改革委"], ["市直有关单位"], "2026年10月底前"),
        ("4", "开展“璟彩消费季”系列活动，落实大规模设备更新和消费品以旧换新政策，社会消费品零售总额增长6%。",
         (["刘敏"], 2), ["市商务局"],
         ["市财政局、市市场监管局、市文化广电旅游局、各县（市、区）人民政府"], "2026年12月底前"),
        ("5", "培育发展首发经济、冰雪经济、银发经济，打造城市核心商圈2个、特色街区5条。",
         None, ["市商务局"], ["市文化广电旅游局、市民政局、市住房城乡建设局"], "2026年11月底前"),
        ("6", "新签约亿元以上项目300个，实际使用外资增长5%，外贸进出口总额突破800亿元。",
         (["郭文涛"], 3), ["市投资促进局", "市商务局"],
         ["璟州海关、市税务局、各县（市、区）人民政府"], "2026年12月底前"),
        ("7", "推进璟州综合保税区二期封关运作，中欧班列（璟州）开行400列以上。",
         None, ["市商务局"], ["璟州海关、市交通运输局、璟州经开区管委会"], "2026年9月底前"),
        ("8", "严格落实过紧日子要求，稳妥化解地方政府债务风险，守牢不发生系统性风险底线。",
         None, ["市财政局"],
         ["市委金融办、人民银行璟州市分行、国家金融监督管理总局璟州监管分局"], "长期坚持"),
    ]),
    ("二、着力构建现代化产业体系，加快发展新质生产力（9项）", [
        ("9", "实施先进制造业集群培育工程，新能源汽车及零部件产业产值突破1000亿元。",
         (["杨建华"], 3), ["市工业和信息化局"], ["市发展改革委、市科技局、璟州经开区管委会"], "2026年12月底前"),
        ("10", "实施“智改数转网联”行动，新增省级智能工厂15家、数字化车间60个。",
         None, ["市工业和信息化局"], ["市数据局、市财政局"], "2026年12月底前"),
        ("11", "净增规模以上工业企业150家，新培育国家级专精特新“小巨人”企业10家。",
         None, ["市工业和信息化局"], ["市市场监管局、市统计局、各县（市、区）人民政府"], "2026年12月底前"),
        ("12", "加快发展低空经济，建成通用机场1个、低空飞行服务站2个，开通低空航线10条。",
         (["杨建华", "郭文涛"], 1), ["市发展改革委", "市交通运输局"],
         ["市工业和信息化局、市公安局、璟州高新区管委会"], "2026年12月底前"),
        ("13", "全社会研发经费投入强度达到2.6%，高新技术企业突破2000家。",
         (["王琛"], 3), ["市科技局"], ["市财政局、市统计局、市税务局"], "2026年12月底前"),
        ("14", "推进璟州实验室建设，新建省级以上创新平台20个。",
         None, ["市科技局"], ["璟州高新区管委会、市发展改革委"], "2026年12月底前"),
        ("15", "深入实施“璟才回归”计划，引进高层次人才1000名、青年人才5万名。",
         None, ["市委人才办"], ["市人力资源社会保障局、市教育局、市科技局"], "2026年12月底前"),
        ("16", "推动文化旅游深度融合，接待游客突破8000万人次，创建国家5A级旅游景区1个。",
         (["刘敏"], 2), ["市文化广电旅游局"],
         ["市交通运输局、市自然资源和规划局、各县（市、区）人民政府"], "2026年12月底前"),
        ("17", "培育现代物流、软件信息等生产性服务业，规模以上服务业营业收入增长8%。",
         None, ["市发展改革委"], ["市交通运输局、市数据局、市统计局"], "2026年12月底前"),
    ]),
    ("三、着力深化改革扩大开放，持续激发发展活力（5项）", [
        ("18", "深化“高效办成一件事”改革，推出重点事项清单30项，政务服务事项“一网通办”率达到98%。",
         (["周蕾"], 3), ["市行政审批服务局"], ["市数据局、市直有关单位"], "2026年12月底前"),
        ("19", "规范涉企行政检查，推行“扫码入企”，涉企检查频次压减30%以上。",
         None, ["市司法局"], ["市市场监管局、市直有关执法部门"], "2026年9月底前"),
        ("20", "落实民营经济促进法，开展清理拖欠企业账款专项行动，全年新增经营主体8万户。",
         None, ["市发展改革委", "市工业和信息化局"], ["市市场监管局、市财政局、市工商联"], "2026年12月底前"),
        ("21", "深化国资国企改革，推动市属国有企业整合重组，组建市产业投资集团。",
         (["郭文涛"], 2), ["市国资委"], ["市财政局、市委组织部"], "2026年6月底前"),
        ("22", "推进政务数据共享和公共数据开发利用，建成城市运行管理服务平台。",
         None, ["市数据局"], ["市城市管理局、市政府办公室"], "2026年11月底前"),
    ]),
    ("四、着力推进城乡融合发展，促进区域协调发展（7项）", [
        ("23", "粮食播种面积稳定在650万亩以上，新建高标准农田25万亩。",
         (["马志强"], 4), ["市农业农村局"],
         ["市财政局、市自然资源和规划局、", "市水利局、各县（市、区）人民政府"], "2026年12月底前"),
        ("24", "健全防止返贫致贫监测帮扶机制，确保不发生规模性返贫致贫。",
         None, ["市农业农村局"], ["市民政局、市人力资源社会保障局、市医保局、市教育局"], "长期坚持"),
        ("25", "建设宜居宜业和美乡村，新创建省级和美乡村示范村40个。",
         None, ["市农业农村局"], ["市住房城乡建设局、市生态环境局、市文化广电旅游局"], "2026年11月底前"),
        ("26", "实施水利工程补短板行动，完成中小河流治理150公里、病险水库除险加固12座。",
         None, ["市水利局"], ["市财政局、市应急管理局、各县（市、区）人民政府"], "2026年汛前"),
        ("27", "实施城市更新行动，改造城镇老旧小区120个、城中村5个，|新建改造燃气、供水、排水管网300公里。",
         (["许亮"], 3), ["市住房城乡建设局"],
         ["市城市管理局、市自然资源和规划局、市城投集团、各县（市、区）人民政府"], "2026年12月底前"),
        ("28", "加快轨道交通2号线建设，新建改造城市道路60公里，新增公共停车泊位1万个。",
         None, ["市交通运输局", "市住房城乡建设局"], ["市城投集团、市公安局、市自然资源和规划局"], "2026年12月底前"),
        ("29", ["深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在33微克/立方米以内。",
                "国省考断面水质优良比例达到95%，持续深化“无废城市”建设。"],
         None, ["市生态环境局"],
         ["市住房城乡建设局", "市交通运输局", "市农业农村局", "市水利局", "各县（市、区）人民政府"], "2026年12月底前"),
    ]),
    ("五、着力保障和改善民生，不断增进人民福祉（5项）", [
        ("30", "新建改扩建中小学、幼儿园30所，新增学位2.5万个。",
         (["王琛"], 2), ["市教育局"],
         ["市发展改革委、市财政局、市自然资源和规划局、市住房城乡建设局"], "2026年8月底前"),
        ("31", "推进紧密型城市医疗集团建设，市第一人民医院新院区投入使用。",
         None, ["市卫生健康委"], ["市医保局、市发展改革委"], "2026年12月底前"),
        ("32", "新建城市社区嵌入式服务设施20个，新增养老、托育床位3000张。",
         (["周蕾"], 3), ["市民政局", "市卫生健康委"], ["市住房城乡建设局、市财政局、市妇联"], "2026年12月底前"),
        ("33", "城乡居民基本医疗保险参保率保持在95%以上，推进医保基金即时结算改革。",
         None, ["市医保局"], ["市税务局、市卫生健康委、市财政局"], "2026年12月底前"),
        ("34", "举办璟州马拉松等品牌赛事，新建社区体育公园10个。",
         None, ["市体育局"], [], "2026年11月底前"),
    ]),
    ("六、着力统筹发展和安全，建设更高水平平安璟州（3项）", [
        ("35", "深化安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。",
         (["许亮"], 3), ["市应急管理局"],
         ["市消防救援支队、市直有关行业主管部门、各县（市、区）人民政府"], "2026年12月底前"),
        ("36", "坚持和发展新时代“枫桥经验”，深化信访工作法治化，矛盾纠纷调处化解率达到98%以上。",
         None, ["市委政法委", "市信访局"], ["市司法局、市公安局、各县（市、区）人民政府"], "长期坚持"),
        ("37", "加强食品药品安全监管，食品安全评价性抽检合格率保持在98%以上。",
         None, ["市市场监管局"], ["市农业农村局、市卫生健康委、市公安局"], "2026年12月底前"),
    ]),
]

# ------------------------------------------------------------------------------------------- the gold
FG, TJ, CZ, RS, XQ = "市发展改革委", "市统计局", "市财政局", "市人力资源社会保障局", "各县（市、区）人民政府"
ZG, ZJ, SP, GX, JK = "市自然资源和规划局", "市住房城乡建设局", "市行政审批服务局", "璟州高新区管委会", "璟州经开区管委会"
ZYDW, SW, SJ, WL, MZ = "市直有关单位", "市商务局", "市市场监管局", "市文化广电旅游局", "市民政局"
TC, HG, SWJ, JT, JRB = "市投资促进局", "璟州海关", "市税务局", "市交通运输局", "市委金融办"
RH, JG, GXJ, KJ, SJJ = "人民银行璟州市分行", "国家金融监督管理总局璟州监管分局", "市工业和信息化局", "市科技局", "市数据局"
GA, RCB, JY, SF, ZFBM = "市公安局", "市委人才办", "市教育局", "市司法局", "市直有关执法部门"
GSL, GZW, ZZB, CG, ZFB = "市工商联", "市国资委", "市委组织部", "市城市管理局", "市政府办公室"
NY, SL, YB, ST, YJ = "市农业农村局", "市水利局", "市医保局", "市生态环境局", "市应急管理局"
CT, WJ, FL, TY = "市城投集团", "市卫生健康委", "市妇联", "市体育局"
XFZD, HYBM, ZFW, XF = "市消防救援支队", "市直有关行业主管部门", "市委政法委", "市信访局"


def G(id, head, lead, coop, leaders):
    return {"id": id, "head": head, "responsible_units": lead + coop, "lead_units": lead,
            "cooperating_units": coop, "leaders": leaders}


GOLD = [
    G("1", "全市地区生产总值增长6%", [FG], [TJ, CZ, RS, XQ], ["沈立军"]),
    G("2", "实施市级重点项目500个", [FG], [ZG, ZJ, SP, XQ, GX, JK], ["沈立军"]),
    G("3", "用好超长期特别国债和地方", [CZ, FG], [ZYDW], ["沈立军"]),
    G("4", "开展“璟彩消费季”系列活", [SW], [CZ, SJ, WL, XQ], ["刘敏"]),
    G("5", "培育发展首发经济、冰雪经", [SW], [WL, MZ, ZJ], ["刘敏"]),
    G("6", "新签约亿元以上项目300", [TC, SW], [HG, SWJ, XQ], ["郭文涛"]),
    G("7", "推进璟州综合保税区二期封", [SW], [HG, JT, JK], ["郭文涛"]),
    G("8", "严格落实过紧日子要求，稳", [CZ], [JRB, RH, JG], ["郭文涛"]),
    G("9", "实施先进制造业集群培育工", [GXJ], [FG, KJ, JK], ["杨建华"]),
    G("10", "实施“智改数转网联”行动", [GXJ], [SJJ, CZ], ["杨建华"]),
    G("11", "净增规模以上工业企业15", [GXJ], [SJ, TJ, XQ], ["杨建华"]),
    G("12", "加快发展低空经济，建成通", [FG, JT], [GXJ, GA, GX], ["杨建华", "郭文涛"]),
    G("13", "全社会研发经费投入强度达", [KJ], [CZ, TJ, SWJ], ["王琛"]),
    G("14", "推进璟州实验室建设，新建", [KJ], [GX, FG], ["王琛"]),
    G("15", "深入实施“璟才回归”计划", [RCB], [RS, JY, KJ], ["王琛"]),
    G("16", "推动文化旅游深度融合，接", [WL], [JT, ZG, XQ], ["刘敏"]),
    G("17", "培育现代物流、软件信息等", [FG], [JT, SJJ, TJ], ["刘敏"]),
    G("18", "深化“高效办成一件事”改", [SP], [SJJ, ZYDW], ["周蕾"]),
    G("19", "规范涉企行政检查，推行“", [SF], [SJ, ZFBM], ["周蕾"]),
    G("20", "落实民营经济促进法，开展", [FG, GXJ], [SJ, CZ, GSL], ["周蕾"]),
    G("21", "深化国资国企改革，推动市", [GZW], [CZ, ZZB], ["郭文涛"]),
    G("22", "推进政务数据共享和公共数", [SJJ], [CG, ZFB], ["郭文涛"]),
    G("23", "粮食播种面积稳定在650", [NY], [CZ, ZG, SL, XQ], ["马志强"]),
    G("24", "健全防止返贫致贫监测帮扶", [NY], [MZ, RS, YB, JY], ["马志强"]),
    G("25", "建设宜居宜业和美乡村，新", [NY], [ZJ, ST, WL], ["马志强"]),
    G("26", "实施水利工程补短板行动，", [SL], [CZ, YJ, XQ], ["马志强"]),
    G("27", "实施城市更新行动，改造城", [ZJ], [CG, ZG, CT, XQ], ["许亮"]),
    G("28", "加快轨道交通2号线建设，", [JT, ZJ], [CT, GA, ZG], ["许亮"]),
    G("29", "深入打好蓝天、碧水、净土", [ST], [ZJ, JT, NY, SL, XQ], ["许亮"]),
    G("30", "新建改扩建中小学、幼儿园", [JY], [FG, CZ, ZG, ZJ], ["王琛"]),
    G("31", "推进紧密型城市医疗集团建", [WJ], [YB, FG], ["王琛"]),
    G("32", "新建城市社区嵌入式服务设", [MZ, WJ], [ZJ, CZ, FL], ["周蕾"]),
    G("33", "城乡居民基本医疗保险参保", [YB], [SWJ, WJ, CZ], ["周蕾"]),
    G("34", "举办璟州马拉松等品牌赛事", [TY], [], ["周蕾"]),
    G("35", "深化安全生产治本攻坚三年", [YJ], [XFZD, HYBM, XQ], ["许亮"]),
    G("36", "坚持和发展新时代“枫桥经", [ZFW, XF], [SF, GA, XQ], ["许亮"]),
    G("37", "加强食品药品安全监管，食", [SJ], [NY, WJ, GA], ["许亮"]),
]


def units_of(lines):
    """split on 、 outside brackets (cross-check only)"""
    out = []
    for l in lines:
        cur, depth = "", 0
        for ch in l:
            depth += ch == "（"
            depth -= ch == "）"
            if ch == "、" and depth == 0:
                out.append(cur)
                cur = ""
            else:
                cur += ch
        out.append(cur)
    return [u for u in out if u]


def check():
    tasks = []
    for _, items in SECTIONS:
        left = 0
        for no, text, ld, lead, coop, dl in items:
            if ld is not None:
                assert left == 0, no
                cur, left = ld
            assert left > 0, no
            left -= 1
            shown = "".join(text) if isinstance(text, list) else text.replace("|", "")
            tasks.append((no, shown[:12], units_of(lead), units_of(coop), cur))
        assert left == 0
    assert len(tasks) == len(GOLD) == 37
    for (no, head, lead, coop, lds), g in zip(tasks, GOLD):
        assert (g["id"], g["head"]) == (no, head), (no, g["head"], head)
        assert g["lead_units"] == lead, (no, g["lead_units"], lead)
        assert g["cooperating_units"] == coop, (no, g["cooperating_units"], coop)
        assert g["leaders"] == lds, (no, g["leaders"], lds)
        assert len(set(g["responsible_units"])) == len(g["responsible_units"]), no
    nums = [int(t[0]) for t in tasks]
    assert nums == list(range(1, 38))
    for sec, items in SECTIONS:
        assert sec.endswith(f"（{len(items)}项）"), sec
    print("gold agrees with the cells:", len(GOLD), "tasks")


# ------------------------------------------------------------------------------------------- the HTML
FSP = "font-size:10.5pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体;mso-bidi-font-family:宋体"
WIDTHS = [(41, "30.8pt"), (265, "198.4pt"), (76, "2.0cm"), (113, "3.0cm"), (189, "5.0cm"), (85, "63.8pt")]


def en(s):
    """wrap runs of ASCII digits/letters the way Word does: <span lang=EN-US>…</span>"""
    return re.sub(r"(&[a-z]+;)|([0-9A-Za-z.%/@-]+)",
                  lambda m: m.group(1) or f"<span lang=EN-US>{m.group(2)}</span>", s)


def split_run(s):
    """Word splits a run where the proofing or the font changes; cut a long run once, inside a word"""
    if len(s) < 20:
        return s
    k = len(s) // 2
    return s[:k] + f"</span><span style='{FSP};mso-font-kerning:0pt'>" + s[k:]


def p(inner, align="center", style=FSP):
    if align == "center":
        a = " align=center style='text-align:center;mso-line-height-rule:exactly;line-height:14.0pt'"
    else:
        a = (" style='text-align:justify;text-justify:inter-ideograph;mso-line-height-rule:exactly;"
             "line-height:14.0pt'")
    return f"<p class=MsoNormal{a}><span style='{style}'>{inner}<span lang=EN-US><o:p></o:p></span></span></p>"


def td(col, inner, rowspan=1, colspan=1, first_row=False):
    """a cell as Word writes it: the first column with all four borders, the others without top and left"""
    w, css = WIDTHS[col]
    span = ""
    if colspan > 1:
        w, css = sum(x for x, _ in WIDTHS), "576.8pt"
        span += f" colspan={colspan}"
    if rowspan > 1:
        span += f" rowspan={rowspan}"
    top = "" if first_row else "border-top:none;mso-border-top-alt:solid windowtext .5pt;"
    if col == 0:
        border = f"border:solid windowtext 1.0pt;{top}mso-border-alt:solid windowtext .5pt;"
    else:
        border = ("border-top:" + ("solid windowtext 1.0pt" if first_row else "none") + ";border-left:none;"
                  "border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;"
                  + ("" if first_row else "mso-border-top-alt:solid windowtext .5pt;")
                  + "mso-border-left-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;")
    return (f"<td width={w}{span} valign=center style='width:{css};{border}\n  padding:0cm 5.4pt 0cm 5.4pt'>\n"
            f"  {inner}\n  </td>")


def cell_lines(lines, align="left"):
    """one <p> whose lines are parted by <br>"""
    if not lines:
        return p("&nbsp;")
    return p("<br>\n  ".join(split_run(l) for l in lines), align)


def leader_cell(names):
    if len(names) == 1:
        return p(PAD.get(names[0], names[0]))
    return "\n  ".join(p(PAD.get(n, n)) for n in names)


def task_cell(text):
    if isinstance(text, list):
        return "\n  ".join(p(en(t), "left") for t in text)
    parts = text.split("|")
    return p("<br>\n  ".join(en(x) for x in parts), "left")


def build_table():
    rows = []
    irow = 0
    hdr = ["序&nbsp;号", "重点工作任务", "责任市领导", "牵头单位", "配合单位", "完成时限"]
    cells = []
    for c, h in enumerate(hdr):
        cells.append(td(c, p(f"<b><span style='font-size:10.5pt;font-family:黑体'>{h}</span></b>"), first_row=True))
    rows.append(f"<tr style='mso-yfti-irow:{irow};mso-yfti-firstrow:yes;height:28.35pt'>\n " + "\n ".join(cells) + "\n</tr>")
    for sec, items in SECTIONS:
        irow += 1
        inner = (f"<p class=MsoNormal style='mso-line-height-rule:exactly;line-height:16.0pt'><b>"
                 f"<span style='font-size:11.0pt;font-family:黑体;mso-hansi-font-family:宋体'>&nbsp;&nbsp;{en(sec)}"
                 f"<span lang=EN-US><o:p></o:p></span></span></b></p>")
        rows.append(f"<tr style='mso-yfti-irow:{irow};height:22.7pt'>\n " + td(0, inner, colspan=6) + "\n</tr>")
        for no, text, ld, lead, coop, dl in items:
            irow += 1
            cells = [td(0, p(f"<span lang=EN-US>{no}</span>")), td(1, task_cell(text))]
            if ld is not None:
                names, n = ld
                cells.append(td(2, leader_cell(names), rowspan=n))
            cells.append(td(3, cell_lines(lead, "center")))
            cells.append(td(4, cell_lines(coop, "left")))
            cells.append(td(5, p(en(dl))))
            rows.append(f"<tr style='mso-yfti-irow:{irow};height:34.0pt'>\n " + "\n ".join(cells) + "\n</tr>")
    rows[-1] = rows[-1].replace("<tr style='mso-yfti-irow:", "<tr style='mso-yfti-irow:").replace(
        ";height:34.0pt'>", ";mso-yfti-lastrow:yes;height:34.0pt'>", 1)
    ghost = ("<![if !supportMisalignedColumns]>\n<tr height=0>\n"
             + "\n".join(f" <td width={w} style='border:none'></td>" for w, _ in WIDTHS)
             + "\n</tr>\n<![endif]>")
    return ("<div align=center>\n<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=769\n"
            " style='width:576.8pt;border-collapse:collapse;mso-table-layout-alt:fixed;border:none;\n"
            " mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt;\n"
            " mso-border-insideh:.5pt solid windowtext;mso-border-insidev:.5pt solid windowtext'>\n"
            + "\n".join(rows) + "\n" + ghost + "\n</table>\n</div>")


def body_p(text, indent=True, align=None, font="仿宋_GB2312", size="16.0pt", bold=False):
    st = "text-indent:32.0pt;mso-char-indent-count:2.0;" if indent else ""
    a = ""
    if align == "center":
        a, st = " align=center", "text-align:center;"
    elif align == "right":
        a, st = " align=right", "text-align:right;"
    inner = en(text)
    if bold:
        inner = f"<b>{inner}</b>"
    return (f"<p class=MsoNormal{a} style='{st}line-height:28.0pt;mso-line-height-rule:exactly'>"
            f"<span style='font-size:{size};font-family:{font};mso-hansi-font-family:宋体'>{inner}"
            f"<span lang=EN-US><o:p></o:p></span></span></p>")


TITLE = "璟州市人民政府办公室关于印发璟州市2026年政府工作报告重点工作任务分工方案的通知"
URL = "http://www.jingzhou.gov.cn/zwgk/zfxxgk/fdzdgknr/szfbwj/202602/t20260224_3387215.html"


def article():
    a = []
    a.append(body_p("璟州市人民政府办公室关于印发璟州市", False, "center", "方正小标宋简体", "22.0pt"))
    a.append(body_p("2026年政府工作报告重点工作任务分工方案的通知", False, "center", "方正小标宋简体", "22.0pt"))
    a.append(body_p("璟政办发〔2026〕7号", False, "center"))
    a.append(body_p("&nbsp;", False))
    a.append(body_p("各县（市、区）人民政府，璟州高新区、璟州经开区管委会，市政府各部门，市直各单位：", False))
    a.append(body_p("《璟州市2026年政府工作报告重点工作任务分工方案》已经市人民政府同意，现印发给你们，"
                    "并提出以下要求，请一并认真贯彻落实。"))
    a.append(body_p("一、提高思想认识。《政府工作报告》经市十七届人大五次会议审议通过，是全市各级各部门做好今年工作的"
                    "重要依据。各县（市、区）、各部门要把抓好报告确定目标任务的落实作为践行初心使命的具体行动，"
                    "细化工作措施，确保各项任务按时保质完成。", font="仿宋_GB2312"))
    a.append(body_p("二、压实工作责任。各责任市领导要加强对分管领域重点任务的统筹调度。牵头单位对牵头任务负总责，"
                    "要制定具体推进方案，于3月10日前报市政府督查室备案；同一项任务有两个牵头单位的，两个单位均为牵头单位，"
                    "排在前面的负责统筹协调和情况汇总。配合单位要主动对接、密切配合，形成工作合力。"))
    a.append(body_p("三、强化督查问效。市政府督查室要将分工方案所列任务全部纳入督查范围，实行季度通报制度。"
                    "各牵头单位于每季度结束后5个工作日内，将任务推进情况报送市政府督查室（联系电话：0719-8862315，"
                    "电子邮箱：jzszfdcs@jingzhou.gov.cn）。对工作推进不力、进度严重滞后的，按程序严肃问责。"))
    a.append(body_p("&nbsp;", False))
    a.append(body_p("附件：璟州市2026年政府工作报告重点工作任务分工方案"))
    a.append(body_p("&nbsp;", False))
    a.append(body_p("璟州市人民政府办公室", False, "right"))
    a.append(body_p("2026年2月20日", False, "right"))
    a.append(body_p("（此件公开发布）"))
    a.append("<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312;mso-fareast-font-family:仿宋_GB2312;"
             "mso-bidi-font-family:\"Times New Roman\";mso-ansi-language:EN-US;mso-fareast-language:ZH-CN;"
             "mso-bidi-language:AR-SA'><br clear=all style='page-break-before:always;mso-break-type:section-break'>\n</span>")
    a.append(body_p("附件", False, font="黑体"))
    a.append(body_p("璟州市2026年政府工作报告重点工作任务分工方案", False, "center", "方正小标宋简体", "18.0pt"))
    a.append(body_p("&nbsp;", False))
    a.append(build_table())
    a.append(body_p("&nbsp;", False))
    return "\n\n".join(a)


PAGE_HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=(0087)""" + URL + """ -->
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>""" + TITLE + """_市政府办公室文件_璟州市人民政府</title>
<meta name="SiteName" content="璟州市人民政府">
<meta name="SiteDomain" content="www.jingzhou.gov.cn">
<meta name="SiteIDCode" content="4210000019">
<meta name="ColumnName" content="市政府办公室文件">
<meta name="ColumnDescription" content="市政府办公室文件">
<meta name="ColumnKeywords" content="市政府办公室文件,璟政办发">
<meta name="ColumnType" content="政府文件">
<meta name="ArticleTitle" content=\"""" + TITLE + """\">
<meta name="PubDate" content="2026-02-24 16:05">
<meta name="ContentSource" content="璟州市人民政府办公室">
<meta name="Keywords" content="政府工作报告,重点工作,任务分工">
<meta name="Author" content="璟州市人民政府办公室">
<meta name="Description" content="《璟州市2026年政府工作报告重点工作任务分工方案》已经市人民政府同意，现印发给你们，并提出以下要求，请一并认真贯彻落实。">
<meta name="Url" content=\"""" + URL + """\">
<link href="./""" + TITLE + """_市政府办公室文件_璟州市人民政府_files/common.css" rel="stylesheet" type="text/css">
<link href="./""" + TITLE + """_市政府办公室文件_璟州市人民政府_files/xxgk_xl.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="./""" + TITLE + """_市政府办公室文件_璟州市人民政府_files/jquery-1.8.3.min.js.下载"></script>
<script type="text/javascript" src="./""" + TITLE + """_市政府办公室文件_璟州市人民政府_files/jquery.SuperSlide.2.1.1.js.下载"></script>
<script type="text/javascript" src="./""" + TITLE + """_市政府办公室文件_璟州市人民政府_files/wza.js.下载" id="wza_js" charset="utf-8"></script>
<script type="text/javascript">
var tt = "";
function doZoom(size){
    var zoom = document.getElementById("zoom");
    var ps = zoom.getElementsByTagName("p");
    for (var i = 0; i < ps.length; i++) { ps[i].style.fontSize = size + "px"; }
    var sp = zoom.getElementsByTagName("span");
    for (var j = 0; j < sp.length; j++) { sp[j].style.fontSize = size + "px"; }
}
function doPrint(){
    var str = "<html>" + document.getElementById("printArea").innerHTML + "</html>";
    var win = window.open("", "", "");
    win.document.write(str); win.document.close(); win.print();
}
</script>
<style type="text/css">
.xxgk_table{width:1000px;margin:0 auto;border:1px solid #dcdcdc;border-collapse:collapse;background:#f8f8f8;}
.xxgk_table td{height:34px;line-height:20px;padding:4px 10px;border:1px solid #dcdcdc;font-size:14px;color:#333;}
.xxgk_table td.bt{width:110px;text-align:right;font-weight:bold;background:#eef3f9;}
#zoom{width:900px;margin:20px auto;font-size:16px;line-height:30px;}
#zoom table{margin:0 auto;}
</style>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?3b8f02cce46e4b0bd3d3f1f57a9e2c61";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
<script src="./""" + TITLE + """_市政府办公室文件_璟州市人民政府_files/hm.js.下载"></script>
</head>

<body>
<div class="topbar">
  <div class="w1200">
    <div class="fl">欢迎访问璟州市人民政府门户网站！ 今天是：<span id="today"></span><script type="text/javascript">var d=new Date();document.getElementById("today").innerHTML=d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日";</script></div>
    <div class="fr"><a href="javascript:void(0);" id="wza_btn">无障碍浏览</a> | <a href="http://www.jingzhou.gov.cn/zhzf/">长者模式</a> | <a href="http://www.jingzhou.gov.cn/wap/">手机版</a> | <a href="http://www.jingzhou.gov.cn/search/">站内搜索</a> | <a href="http://www.jingzhou.gov.cn/ydsy/">English</a></div>
  </div>
</div>
<div class="header">
  <div class="w1200">
    <a href="http://www.jingzhou.gov.cn/" class="logo"><img src="./""" + TITLE + """_市政府办公室文件_璟州市人民政府_files/logo.png" alt="璟州市人民政府"></a>
    <div class="search"><form action="http://www.jingzhou.gov.cn/search/" method="get" target="_blank"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>
  </div>
</div>
<div class="nav">
  <ul class="w1200">
    <li><a href="http://www.jingzhou.gov.cn/">首页</a></li>
    <li><a href="http://www.jingzhou.gov.cn/zjjz/">走进璟州</a></li>
    <li class="on"><a href="http://www.jingzhou.gov.cn/zwgk/">政务公开</a></li>
    <li><a href="http://zwfw.jingzhou.gov.cn/">政务服务</a></li>
    <li><a href="http://www.jingzhou.gov.cn/hdjl/">互动交流</a></li>
    <li><a href="http://www.jingzhou.gov.cn/ztzl/">专题专栏</a></li>
  </ul>
</div>

<div class="w1200 position">
  <span>您当前所在的位置：</span><a href="http://www.jingzhou.gov.cn/">首页</a> &gt; <a href="http://www.jingzhou.gov.cn/zwgk/">政务公开</a> &gt; <a href="http://www.jingzhou.gov.cn/zwgk/zfxxgk/">政府信息公开</a> &gt; <a href="http://www.jingzhou.gov.cn/zwgk/zfxxgk/fdzdgknr/">法定主动公开内容</a> &gt; <a href="http://www.jingzhou.gov.cn/zwgk/zfxxgk/fdzdgknr/szfbwj/">市政府办公室文件</a>
</div>

<div class="w1200 main" id="printArea">
<table class="xxgk_table" cellpadding="0" cellspacing="0">
  <tbody><tr>
    <td class="bt">索&nbsp;&nbsp;引&nbsp;&nbsp;号：</td><td>011423000/2026-08817</td>
    <td class="bt">主题分类：</td><td>综合政务\\政务督查</td>
  </tr>
  <tr>
    <td class="bt">发布机构：</td><td>璟州市人民政府办公室</td>
    <td class="bt">成文日期：</td><td>2026-02-20</td>
  </tr>
  <tr>
    <td class="bt">文&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;号：</td><td>璟政办发〔2026〕7号</td>
    <td class="bt">发布日期：</td><td>2026-02-24</td>
  </tr>
  <tr>
    <td class="bt">标&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;题：</td><td colspan="3">""" + TITLE + """</td>
  </tr>
  <tr>
    <td class="bt">有&nbsp;&nbsp;效&nbsp;&nbsp;性：</td><td>有效</td>
    <td class="bt">浏览次数：</td><td><span id="fwl">1286</span></td>
  </tr>
</tbody></table>

<div class="article">
  <h1 class="title">""" + TITLE + """</h1>
  <div class="info">
    <span>来源：璟州市人民政府办公室</span>&nbsp;&nbsp;&nbsp;&nbsp;<span>发布时间：2026-02-24 16:05</span>&nbsp;&nbsp;&nbsp;&nbsp;<span class="zh">【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
  </div>
  <div id="zoom">
<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{margin-top:0px;margin-bottom:0px;line-height:1.8;font-family:宋体;font-size:12pt;}.TRS_Editor DIV{margin-top:0px;margin-bottom:0px;line-height:1.8;font-family:宋体;font-size:12pt;}.TRS_Editor TD{margin-top:0px;margin-bottom:0px;line-height:1.8;font-family:宋体;font-size:12pt;}.TRS_Editor TH{margin-top:0px;margin-bottom:0px;line-height:1.8;font-family:宋体;font-size:12pt;}.TRS_Editor SPAN{margin-top:0px;margin-bottom:0px;line-height:1.8;font-family:宋体;font-size:12pt;}.TRS_Editor FONT{margin-top:0px;margin-bottom:0px;line-height:1.8;font-family:宋体;font-size:12pt;}.TRS_Editor UL{margin-top:0px;margin-bottom:0px;line-height:1.8;font-family:宋体;font-size:12pt;}.TRS_Editor LI{margin-top:0px;margin-bottom:0px;line-height:1.8;font-family:宋体;font-size:12pt;}.TRS_Editor A{margin-top:0px;margin-bottom:0px;line-height:1.8;font-family:宋体;font-size:12pt;}</style>
<div class=WordSection1 style='layout-grid:15.6pt'>

"""

PAGE_TAIL = """

</div>
</div>
  </div>
  <div class="fujian">
    <p>附件下载：<a href="http://www.jingzhou.gov.cn/zwgk/zfxxgk/fdzdgknr/szfbwj/202602/P020260224593817626311.docx" target="_blank">璟州市2026年政府工作报告重点工作任务分工方案.docx</a></p>
  </div>
  <div class="xgjd">
    <p>相关解读：<a href="http://www.jingzhou.gov.cn/zwgk/zcjd/202602/t20260225_3387902.html" target="_blank">一图读懂《璟州市2026年政府工作报告重点工作任务分工方案》</a></p>
  </div>
  <div class="btns">
    <a href="javascript:doPrint();">【打印本页】</a>&nbsp;&nbsp;<a href="javascript:window.close();">【关闭窗口】</a>
    <div class="share">分享到：<a class="wx" href="javascript:void(0);" title="微信"></a><a class="wb" href="javascript:void(0);" title="微博"></a><a class="qq" href="javascript:void(0);" title="QQ空间"></a></div>
  </div>
  <div class="prenext">
    <p>上一篇：<a href="http://www.jingzhou.gov.cn/zwgk/zfxxgk/fdzdgknr/szfbwj/202602/t20260219_3386540.html">璟州市人民政府办公室关于做好2026年春季农业生产工作的通知</a></p>
    <p>下一篇：<a href="http://www.jingzhou.gov.cn/zwgk/zfxxgk/fdzdgknr/szfbwj/202603/t20260303_3390115.html">璟州市人民政府办公室关于印发璟州市2026年为民办实事项目实施方案的通知</a></p>
  </div>
</div>
</div>

<div class="footer">
  <div class="w1200">
    <div class="dzjg"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/17/000/0000/60420918/CA170000000604209180001.js' type='text/javascript'%3E%3C/script%3E"));</script><span id="_ideConac"></span></div>
    <p><a href="http://www.jingzhou.gov.cn/wzdt/">网站地图</a> | <a href="http://www.jingzhou.gov.cn/lxwm/">联系我们</a> | <a href="http://www.jingzhou.gov.cn/sysm/">使用说明</a> | <a href="http://www.jingzhou.gov.cn/yszc/">隐私政策</a></p>
    <p>主办单位：璟州市人民政府办公室&nbsp;&nbsp;&nbsp;&nbsp;承办单位：璟州市大数据中心</p>
    <p>网站标识码：4210000019&nbsp;&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">鄂ICP备05008127号-1</a>&nbsp;&nbsp;&nbsp;&nbsp;<img src="./""" + TITLE + """_市政府办公室文件_璟州市人民政府_files/beian.png">鄂公网安备 42100002000215号</p>
    <p>建议使用1366×768分辨率，IE9以上版本或谷歌、火狐等浏览器浏览本站</p>
  </div>
</div>
<script type="text/javascript">
$(function(){
  $.ajax({url:"/interface/clickCount.do?docid=3387215&chnlid=1127",type:"get",dataType:"jsonp",success:function(d){ $("#fwl").text(d.count); }});
});
</script>
</body></html>
"""


def main():
    check()
    html = PAGE_HEAD + article() + PAGE_TAIL
    with open(HERE + NAME + ".html", "w", encoding="utf-8") as f:
        f.write(html)
    with open(HERE + NAME + ".tasks.gold.jsonl", "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print("wrote", NAME, len(html), "characters")


if __name__ == "__main__":
    main()
