#!/usr/bin/python3
"""Round 27 (folder c): 170_zheyuan_xian_xianwei_xianzhengfu_gongzuo_yaodian.docx and its hand-typed gold.

A joint 县委/县政府 notice (中共柘源县委 柘源县人民政府, 柘发〔2025〕2号) printing 《柘源县2025年经济社会发展
工作要点》 as Word paragraphs:
  * the red head a borderless 2x2 table (the two issuers stacked on the left, 文件 merged down on the right);
  * in the attachment, section headings `一、`…`七、` typed, in the built-in Heading 2 style (python-docx's
    styleId "Heading2", restyled 黑体 三号, no colour);
  * tasks `（一）`…`（三十）` typed (no automatic numbering), numbered through the sections;
  * after most tasks an unnumbered paragraph in 楷体_GB2312 `（牵头县领导：X、Y；牵头单位：A；责任单位：B、C）`;
    five tasks ((三), (八), (十四), (二十), (二十七)) carry the clause inline at their end instead, four as a
    楷体 run, (二十) in the body font; (十一) has no 责任单位; (九) goes on in a second, unnumbered paragraph
    (`同时，…`) with its clause after that; (十八) names the unit `县财政局（县国资办）`;
  * at the end `附表：柘源县2025年县级重大项目清单`, a table 序号 | 项目名称 | 年度建设内容 | 年度计划投资（亿元）
    | 责任县领导 | 责任单位 whose 序号 go on from the paragraphs (31–40), two leaders in one cell as two
    paragraphs, a two-character name padded with an ideographic space (`郑　涛`), and under it
    `注：项目责任单位中排在第一位的为牵头单位。`;
  * the 版记 (抄送, 印发) after the attachment.
Names are invented. Run: /usr/bin/python3 make_170.py  (writes next to this script).
The gold (lead, cooperating, leaders) is typed by hand in TASKS / PROJECTS; check() compares it with the
printed clause text only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__)) + "/"
sys.path.insert(0, HERE)
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls

from docx_notice import set_font, new_doc, para, banji, landscape, set_widths, KT, XBS, HT, FS

NAME = "170_zheyuan_xian_xianwei_xianzhengfu_gongzuo_yaodian"

CHEN, ZHOU, YANG, LIU, MA, SUN, HE, HUANG, LUO, ZHENG, TANG = (
    "陈立军", "周文斌", "杨书恒", "刘晓燕", "马国栋", "孙志远", "何丽娟", "黄振宇", "罗晓东", "郑涛", "唐建平")
KFQ = "柘源经济开发区管委会"
XZ = "各乡镇人民政府"

CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]


def cn(n):
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return "十" + CN[n - 11]
    t, u = divmod(n, 10)
    return CN[t - 1] + "十" + (CN[u - 1] if u else "")


# per task: (paragraphs, clause mode, leaders as printed, leads as printed, 责任单位 as printed or None,
#            gold leaders, gold leads, gold cooperating)
# mode: "p" clause paragraph after; "i" inline 楷体 run; "i0" inline in the body font
SECTIONS = [
    ("一、聚力项目建设，持续扩大有效投资", [
        (["全年实施县级重点项目150个，完成年度投资210亿元以上，新开工项目一季度开工率达到50%以上。"], "p",
         f"{CHEN}、{ZHOU}", "县发改局", "县自然资源局、县住建局、各乡镇人民政府",
         [CHEN, ZHOU], ["县发改局"], ["县自然资源局", "县住建局", XZ]),
        (["积极争取超长期特别国债、中央预算内投资和地方政府专项债券，全年争取上级资金25亿元以上。"], "p",
         ZHOU, "县发改局、县财政局", "县直有关单位",
         [ZHOU], ["县发改局", "县财政局"], ["县直有关单位"]),
        (["全年招引亿元以上项目40个、10亿元以上项目5个，实际到位资金增长12%。"], "i",
         CHEN, "县投资促进中心", "柘源经济开发区管委会、各乡镇人民政府",
         [CHEN], ["县投资促进中心"], [KFQ, XZ]),
        (["加快柘源至临渡高速公路连接线、国道G353柘源段改线工程建设，新改建农村公路120公里。"], "p",
         LIU, "县交通运输局", "县自然资源局、县城投集团",
         [LIU], ["县交通运输局"], ["县自然资源局", "县城投集团"]),
        (["强化重点项目要素保障，全年盘活批而未供和闲置土地3000亩以上，新增建设用地优先保障重点项目。"], "p",
         ZHOU, "县自然资源局", "柘源经济开发区管委会、各乡镇人民政府",
         [ZHOU], ["县自然资源局"], [KFQ, XZ]),
    ]),
    ("二、聚力产业升级，做大做强实体经济", [
        (["规模以上工业增加值增长8%，新增规上工业企业25家，规上工业总产值突破400亿元。"], "p",
         SUN, "县工信局", "县统计局、柘源经济开发区管委会",
         [SUN], ["县工信局"], ["县统计局", KFQ]),
        (["做强新材料、绿色食品两大主导产业，推动柘源经开区新材料产业园三期建成投用，两大产业产值增长15%以上。"], "p",
         f"{CHEN}、{SUN}", "柘源经济开发区管委会", "县工信局、县发改局",
         [CHEN, SUN], [KFQ], ["县工信局", "县发改局"]),
        (["实施“智改数转”项目40个，新增省级专精特新中小企业8家、高新技术企业15家。"], "i",
         SUN, "县工信局", "县科技局",
         [SUN], ["县工信局"], ["县科技局"]),
        (["推进文旅融合发展，加快柘源古镇国家4A级旅游景区创建，办好第三届柘源山地文化旅游节。",
          "同时，培育民宿集群3个、夜间消费街区2个，全年接待游客突破800万人次，旅游综合收入增长10%以上。"], "p",
         HE, "县文旅局", "县商务局、县住建局、柘源古镇景区管委会",
         [HE], ["县文旅局"], ["县商务局", "县住建局", "柘源古镇景区管委会"]),
        (["开展“柘源好物”促消费系列活动，落实消费品以旧换新政策，社会消费品零售总额增长6%。"], "p",
         HE, "县商务局", "县财政局、县市场监管局",
         [HE], ["县商务局"], ["县财政局", "县市场监管局"]),
        (["完善县乡村三级电商物流体系，实现乡镇电商物流服务站全覆盖，农村网络零售额增长12%。"], "p",
         HE, "县商务局", None,
         [HE], ["县商务局"], []),
    ]),
    ("三、聚力乡村振兴，推进城乡融合发展", [
        (["粮食播种面积稳定在45万亩以上、总产量18万吨以上，新建高标准农田3.5万亩。"], "p",
         MA, "县农业农村局", "县财政局、县自然资源局、县水利局",
         [MA], ["县农业农村局"], ["县财政局", "县自然资源局", "县水利局"]),
        (["巩固拓展脱贫攻坚成果，守牢不发生规模性返贫致贫底线，脱贫人口人均纯收入增长10%以上。"], "p",
         f"{YANG}、{MA}", "县农业农村局", "县人社局、县民政局、县医保局、各乡镇人民政府",
         [YANG, MA], ["县农业农村局"], ["县人社局", "县民政局", "县医保局", XZ]),
        (["做优茶叶、中药材、高山蔬菜三大特色产业，新增市级以上农业产业化龙头企业3家。"], "i",
         MA, "县农业农村局", "县林业局、县供销社",
         [MA], ["县农业农村局"], ["县林业局", "县供销社"]),
        (["推进县城扩容提质，实施城市更新项目12个，改造城镇老旧小区1200户，常住人口城镇化率提高1.2个百分点。"], "p",
         LIU, "县住建局", "县自然资源局、县城投集团、城关镇人民政府",
         [LIU], ["县住建局"], ["县自然资源局", "县城投集团", "城关镇人民政府"]),
        (["实施和美乡村建设行动，创建省级和美乡村示范村5个，农村卫生厕所普及率达到90%。"], "p",
         MA, "县农业农村局", "县住建局、县卫健局、市生态环境局柘源分局、各乡镇人民政府",
         [MA], ["县农业农村局"], ["县住建局", "县卫健局", "市生态环境局柘源分局", XZ]),
    ]),
    ("四、聚力改革开放，持续激发发展活力", [
        (["深化“高效办成一件事”改革，新增集成办理事项15个，政务服务事项网上可办率达到98%。"], "p",
         HUANG, "县行政审批局", "县数据局、县直有关单位",
         [HUANG], ["县行政审批局"], ["县数据局", "县直有关单位"]),
        (["深化国有企业改革，推动县城投集团市场化转型，县属国有企业资产总额增长8%。"], "p",
         ZHOU, "县财政局（县国资办）", "县城投集团、县交投公司",
         [ZHOU], ["县财政局（县国资办）"], ["县城投集团", "县交投公司"]),
        (["持续优化营商环境，开展拖欠企业账款清理专项行动，营商环境评价进入全市前三位。"], "p",
         f"{CHEN}、{HUANG}", "县发改局", "县市场监管局、县司法局、县行政审批局",
         [CHEN, HUANG], ["县发改局"], ["县市场监管局", "县司法局", "县行政审批局"]),
        (["扩大对外开放，全年外贸进出口总额增长8%，实际利用外资500万美元以上。"], "i0",
         HE, "县商务局", "柘源经济开发区管委会、县税务局",
         [HE], ["县商务局"], [KFQ, "县税务局"]),
    ]),
    ("五、聚力生态文明，建设美丽柘源", [
        (["深入打好蓝天、碧水、净土保卫战，县城空气质量优良天数比率达到95%以上，国省控断面水质达标率100%。"], "p",
         HUANG, "市生态环境局柘源分局", "县住建局、县农业农村局、县水利局、各乡镇人民政府",
         [HUANG], ["市生态环境局柘源分局"], ["县住建局", "县农业农村局", "县水利局", XZ]),
        (["全面推行林长制、河湖长制，完成营造林2.5万亩，森林覆盖率稳定在68%以上。"], "p",
         MA, "县林业局、县水利局", "各乡镇人民政府",
         [MA], ["县林业局", "县水利局"], [XZ]),
        (["推进绿色低碳发展，新增光伏装机容量5万千瓦，单位地区生产总值能耗下降2.5%。"], "p",
         SUN, "县发改局", "县工信局、县供电公司",
         [SUN], ["县发改局"], ["县工信局", "县供电公司"]),
    ]),
    ("六、聚力民生保障，增进人民福祉", [
        (["城镇新增就业3800人，农村劳动力转移就业18万人，城镇调查失业率控制在5.5%以内。"], "p",
         HUANG, "县人社局", "县教体局、县农业农村局、各乡镇人民政府",
         [HUANG], ["县人社局"], ["县教体局", "县农业农村局", XZ]),
        (["新建改扩建中小学、幼儿园6所，新增学位3000个，县域义务教育优质均衡发展通过省级评估。"], "p",
         LUO, "县教体局", "县财政局、县住建局、县自然资源局",
         [LUO], ["县教体局"], ["县财政局", "县住建局", "县自然资源局"]),
        (["深化紧密型县域医共体建设，县人民医院新院区建成投用，县域内就诊率达到90%以上。"], "p",
         LUO, "县卫健局", "县医保局、县人民医院、县中医院",
         [LUO], ["县卫健局"], ["县医保局", "县人民医院", "县中医院"]),
        (["完善养老服务体系，建成乡镇区域养老服务中心6个，发展社区老年助餐点30个。"], "i",
         LUO, "县民政局", "县卫健局、各乡镇人民政府",
         [LUO], ["县民政局"], ["县卫健局", XZ]),
        (["实施县城供水管网改造和农村饮水安全巩固提升工程，农村自来水普及率达到95%。"], "p",
         MA, "县水利局", "县住建局、县自来水公司",
         [MA], ["县水利局"], ["县住建局", "县自来水公司"]),
    ]),
    ("七、聚力安全稳定，建设更高水平平安柘源", [
        (["坚持和发展新时代“枫桥经验”，深化矛盾纠纷排查化解，信访事项及时受理率达到100%。"], "p",
         TANG, "县委政法委", "县信访局、县公安局、县司法局、各乡镇人民政府",
         [TANG], ["县委政法委"], ["县信访局", "县公安局", "县司法局", XZ]),
        (["深化安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。"], "p",
         ZHENG, "县应急管理局", "县住建局、县交通运输局、县市场监管局、县消防救援大队",
         [ZHENG], ["县应急管理局"], ["县住建局", "县交通运输局", "县市场监管局", "县消防救援大队"]),
    ]),
]

# (序号, 项目名称, 年度建设内容, 投资, [leader paragraphs], 责任单位 as printed, gold leaders, gold units)
PROJECTS = [
    (31, "柘源经开区新材料产业园三期项目", "建成标准化厂房12万平方米及配套道路、管网，引进入园企业8家以上。", "6.5",
     [SUN], "柘源经济开发区管委会、县工信局", [SUN], [KFQ, "县工信局"]),
    (32, "柘源至临渡高速公路连接线工程", "完成路基工程80%、桥梁下部结构60%。", "4.2",
     [LIU], "县交通运输局、县自然资源局、县城投集团", [LIU], ["县交通运输局", "县自然资源局", "县城投集团"]),
    (33, "国道G353柘源段改线工程", "完成改线段路基路面工程，年底前建成通车。", "3.0",
     [LIU], "县交通运输局", [LIU], ["县交通运输局"]),
    (34, "县人民医院新院区建设项目", "完成内部装修和设备安装，年内投入使用。", "2.8",
     [LUO], "县卫健局、县人民医院", [LUO], ["县卫健局", "县人民医院"]),
    (35, "柘源古镇文旅综合开发项目", "完成古街区风貌提升、游客服务中心和停车场建设。", "2.5",
     [HE], "县文旅局、柘源古镇景区管委会", [HE], ["县文旅局", "柘源古镇景区管委会"]),
    (36, "县城城市更新和老旧小区改造项目", "改造老旧小区1200户，配套建设口袋公园5个。", "1.9",
     [LIU], "县住建局、城关镇人民政府、县城投集团", [LIU], ["县住建局", "城关镇人民政府", "县城投集团"]),
    (37, "柘源县第二水厂及配套管网工程", "建成日供水5万吨水厂一座，铺设供水主管网18公里。", "1.6",
     [MA], "县水利局、县住建局、县自来水公司", [MA], ["县水利局", "县住建局", "县自来水公司"]),
    (38, "2025年高标准农田建设项目", "新建高标准农田3.5万亩，配套建设灌排设施。", "1.2",
     [MA], "县农业农村局、各乡镇人民政府", [MA], ["县农业农村局", XZ]),
    (39, "柘源县城东污水处理厂扩建工程", "新增日处理能力2万吨，出水水质达到一级A标准。", "0.9",
     [HUANG, LIU], "市生态环境局柘源分局、县住建局", [HUANG, LIU], ["市生态环境局柘源分局", "县住建局"]),
    (40, "县应急指挥中心及应急物资储备库项目", "建成应急指挥中心1处、县级物资储备库1座。", "0.6",
     ["郑　涛"], "县应急管理局、县发改局", [ZHENG], ["县应急管理局", "县发改局"]),
]


def split_units(text):
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
    return [u for u in out if u]


def clause_text(leaders, leads, resp):
    s = f"（牵头县领导：{leaders}；牵头单位：{leads}"
    if resp:
        s += f"；责任单位：{resp}"
    return s + "）"


def check():
    n = 0
    for _, tasks in SECTIONS:
        for paras, mode, ld, leads, resp, gl, glead, gcoop in tasks:
            n += 1
            assert split_units(ld) == gl, n
            assert split_units(leads) == glead, n
            assert split_units(resp or "") == gcoop, n
    assert n == 30
    for no, name, content, inv, lds, units, gl, gu in PROJECTS:
        n += 1
        assert no == n
        assert [x.replace("　", "") for x in lds] == gl
        assert split_units(units) == gu


def chinese_heading2(d):
    st = d.styles["Heading 2"]
    rpr = st.element.rPr
    for tag in ("w:color", "w:b", "w:bCs", "w:rFonts", "w:sz", "w:szCs", "w:i", "w:iCs"):
        el = rpr.find(qn(tag))
        if el is not None:
            rpr.remove(el)
    st.font.name = HT
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), HT)
    st.font.size = Pt(16)
    st.font.bold = False
    pf = st.paragraph_format
    pf.first_line_indent = Cm(1.13)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.keep_with_next = True
    return st


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + '</w:tblBorders>'))


def all_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + '</w:tblBorders>'))


def red_run(p, text, size):
    r = p.add_run(text)
    set_font(r, XBS, size)
    r.font.color.rgb = RGBColor(0xFF, 0, 0)
    return r


def cell_text(cell, lines, size=12, center=False, font=FS, bold=False):
    if isinstance(lines, str):
        lines = [lines]
    cell.text = ""
    for i, l in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(p.add_run(l), font, size, bold=True if bold else None)


def build():
    d = new_doc()
    chinese_heading2(d)

    # red head: issuers stacked on the left, 文件 merged down on the right
    para(d, indent=False)
    t = d.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    set_widths(t, [11.0, 4.0])
    for i, name in enumerate(["中共柘源县委", "柘源县人民政府"]):
        p = t.cell(i, 0).paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        red_run(p, name, 30)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.vertical_alignment = 1  # center
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    red_run(p, "文件", 40)
    if len(m.paragraphs) > 1:
        for extra in m.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
    para(d, indent=False)
    para(d, "柘发〔2025〕2号", align="c")
    p = para(d, indent=False)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr>'))
    para(d)
    para(d, "中共柘源县委　柘源县人民政府", XBS, 22, align="c")
    para(d, "关于印发《柘源县2025年经济社会发展工作要点》的通知", XBS, 22, align="c")
    para(d)
    para(d, "各乡镇党委、人民政府，县委各部门，县级国家机关各部门，各人民团体：", indent=False)
    for b in [
        "现将《柘源县2025年经济社会发展工作要点》印发给你们，请结合实际认真贯彻落实。",
        "各牵头县领导要加强统筹调度，定期听取分管领域工作推进情况，及时协调解决重大问题；各牵头单位要履行主体责任，"
        "制定具体推进方案，细化目标任务和时间节点；各责任单位要按照职责分工密切配合、协同推进。各牵头单位于每季度"
        "最后一个月25日前将工作进展情况报县委督查室、县政府督查室，县委督查室、县政府督查室要加强跟踪督办，督办结果"
        "纳入年度目标绩效考核。",
    ]:
        para(d, b)
    para(d)
    para(d, "附件：柘源县2025年经济社会发展工作要点")
    para(d)
    para(d, "中共柘源县委　　　　　　柘源县人民政府", align="r")
    para(d, "2025年2月18日", align="r")
    para(d, "（此件发至乡镇）")

    # attachment
    p = para(d, indent=False)
    p.paragraph_format.page_break_before = True
    set_font(p.add_run("附件"), HT, 16)
    para(d)
    para(d, "柘源县2025年经济社会发展工作要点", XBS, 22, align="c")
    para(d)
    for b in [
        "2025年是“十四五”规划收官之年，也是谋划“十五五”发展的关键之年。全县经济社会发展的主要预期目标是：地区生产"
        "总值增长6%左右，一般公共预算收入增长4%，规模以上工业增加值增长8%，固定资产投资增长7%，社会消费品零售总额"
        "增长6%，城乡居民人均可支配收入分别增长5.5%和7%，完成市下达的节能减排降碳目标任务。",
        "围绕上述目标，重点抓好以下七个方面30项工作和10个县级重大项目。",
    ]:
        para(d, b)

    golds = []
    n = 0
    for title, tasks in SECTIONS:
        d.add_paragraph(title, style="Heading 2")
        for paras, mode, ld, leads, resp, gl, glead, gcoop in tasks:
            n += 1
            mark = f"（{cn(n)}）"
            cl = clause_text(ld, leads, resp)
            for k, ptext in enumerate(paras):
                p = para(d, mark + ptext if k == 0 else ptext)
                if k == len(paras) - 1 and mode in ("i", "i0"):
                    r = p.add_run(cl)
                    if mode == "i":
                        set_font(r, KT)
            if mode == "p":
                p = para(d)
                set_font(p.add_run(cl), KT)
            golds.append({"id": str(n), "head": paras[0][:12], "responsible_units": glead + gcoop,
                          "lead_units": glead, "cooperating_units": gcoop, "leaders": gl})

    # the project table
    para(d)
    p = para(d, align="c")
    set_font(p.add_run("附表：柘源县2025年县级重大项目清单"), HT, 16)
    t = d.add_table(rows=1 + len(PROJECTS), cols=6)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    all_borders(t)
    widths = [1.2, 3.6, 5.2, 1.8, 1.8, 3.0]
    hdr = ["序号", "项目名称", "年度建设内容", "年度计划投资（亿元）", "责任县领导", "责任单位"]
    for j, h in enumerate(hdr):
        cell_text(t.cell(0, j), h, size=12, center=True, font=HT)
    t.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
    for i, (no, name, content, inv, lds, units, gl, gu) in enumerate(PROJECTS, start=1):
        cell_text(t.cell(i, 0), str(no), center=True)
        cell_text(t.cell(i, 1), name)
        cell_text(t.cell(i, 2), content)
        cell_text(t.cell(i, 3), inv, center=True)
        cell_text(t.cell(i, 4), lds, center=True)
        cell_text(t.cell(i, 5), units)
        n += 1
        golds.append({"id": str(no), "head": name[:12],
                      "responsible_units": gu,
                      "lead_units": gu[:1], "cooperating_units": gu[1:], "leaders": gl})
    set_widths(t, widths)
    p = para(d, indent=False)
    set_font(p.add_run("注：项目责任单位中排在第一位的为牵头单位。"), FS, 12)

    para(d)
    banji(d, "抄送：市委办公室，市政府办公室。",
          "中共柘源县委办公室　　　　　　　　　　　2025年2月18日印发")
    d.save(HERE + NAME + ".docx")
    with open(HERE + NAME + ".tasks.gold.jsonl", "w", encoding="utf-8") as f:
        for g in golds:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(len(golds), "tasks")


if __name__ == "__main__":
    check()
    build()
