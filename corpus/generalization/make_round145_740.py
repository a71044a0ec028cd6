#!/usr/bin/python3
"""Round 145, notice 740: a 市政府办公室 task-division notice whose responsibility
clauses follow GB/T 15834-2011 4.9.3.10 (avoid nesting brackets of one form; when
brackets must nest, use a different form): every bracket inside a task's closing
（…） clause is a 六角括号 〔…〕 — the lead mark `〔牵头〕`, `各县〔市、区〕人民政府`,
a unit's second name `市委宣传部〔市新闻出版局〕`, a leader's post `王勇〔常务副市长〕`.
The cover's rule: a unit marked 〔牵头〕 leads; if none is marked, the first unit leads.

Writes, from the one description TASKS below:
  740_tuanyang_shi_gzbg_renwu_fengong.docx   the notice (python-docx, fixed zip times)
  740.tasks.gold.jsonl                        the gold list
Run twice: the bytes are the same.
"""
import datetime
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = os.path.join(HERE, "740_tuanyang_shi_gzbg_renwu_fengong.docx")
GOLD = os.path.join(HERE, "740.tasks.gold.jsonl")

# ---------------------------------------------------------------- the description
# leaders: (name, post); units: (separator before it, name as printed, mark)
# mark: "" | "〔牵头〕" | "（牵头）" (the clerk's slip: a bracket of the same form nested)
L_SUN = ("孙立群", "市长")
L_WANG = ("王勇", "常务副市长")
L_ZHAO = ("赵敏", "副市长")
L_CHEN = ("陈志刚", "副市长")
L_OY = ("欧阳晓东", "副市长")
L_HUANG = ("黄德明", "副市长")
L_LIU = ("刘卫东", "副市长、市公安局局长")
L_ZHOU = ("周斌", "市政府秘书长")

XIAN = "各县〔市、区〕人民政府"
GX = "湍阳高新区管委会"


def U(*specs):
    """U("A", "B〔牵头〕", "，C") -> [(sep, name, mark)]; a leading "，" sets the separator."""
    out = []
    for i, s in enumerate(specs):
        sep = "" if i == 0 else "、"
        if s.startswith("，"):
            sep, s = "，", s[1:]
        mark = ""
        for m in ("〔牵头〕", "（牵头）"):
            if s.endswith(m):
                s, mark = s[: -len(m)], m
        out.append((sep, s, mark))
    return out


def T(text, leaders, units, deadline, **opt):
    d = {"text": text if isinstance(text, list) else [text], "leaders": leaders,
         "units": units, "deadline": deadline}
    d.update(opt)
    return d


PARTS = [
    ("一、全力稳住经济增长基本盘（5项）", [
        T("全市地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长7.5%，"
          "固定资产投资增长8%，社会消费品零售总额增长6.5%。",
          [L_WANG], U("市发展改革委", "市统计局", "市财政局", "市工业和信息化局", "市商务局",
                      "，" + XIAN, GX), "2025年12月底前"),
        T("全年谋划实施省市重点项目320个以上，完成年度投资650亿元，新开工亿元以上项目150个。"
          "落实《湍阳市重大项目全生命周期服务办法》（湍政〔2024〕15号），全面推行“拿地即开工”。",
          [L_WANG], U("市发展改革委", "市自然资源和规划局", "市住房城乡建设局", "市行政审批服务局",
                      "市生态环境局", "，" + XIAN), "2025年12月底前"),
        T("积极争取超长期特别国债、地方政府专项债券等政策资金，全年争取各类上级资金180亿元以上。",
          [L_WANG], U("市发展改革委〔牵头〕", "市财政局〔牵头〕", "市直有关部门"), "2025年12月底前"),
        T("实施提振消费专项行动，开展“湍品湍购”消费季等促消费活动200场以上，推进汽车、家电以旧换新，"
          "新增限额以上商贸企业100家。",
          [L_CHEN], U("市商务局", "市财政局", "市市场监管局", "市文化广电旅游局", "，" + XIAN),
          "2025年12月底前"),
        T("深化政银企对接，推动金融机构新增贷款350亿元以上，普惠小微贷款增速不低于各项贷款增速。",
          [L_WANG], U("市委金融办", "中国人民银行湍阳市分行", "国家金融监督管理总局湍阳监管分局",
                      "市财政局"), "2025年12月底前"),
    ]),
    ("二、加快构建现代化产业体系（5项）", [
        T("实施先进制造业强链补链行动，做强装备制造、新材料、绿色食品三大主导产业，"
          "规模以上工业企业净增60家，新增“专精特新”中小企业40家。",
          [L_CHEN], U("市工业和信息化局", "市科技局", "市发展改革委", "市市场监管局", "，" + XIAN, GX),
          "2025年12月底前"),
        T("深化工业项目“标准地”改革，新增出让工业用地中“标准地”占比达到90%以上，盘活批而未供和闲置土地8000亩。",
          [L_OY, L_CHEN], U("市工业和信息化局", "市自然资源和规划局〔牵头〕", "市发展改革委"),
          "2025年11月底前"),
        T("加快数字经济发展，新建5G基站800个，推动规模以上工业企业数字化改造全覆盖，培育市级数字化车间30个。",
          [L_CHEN], U("市数据局〔牵头〕", "市工业和信息化局", "市科技局"), "2025年12月底前"),
        T("大力发展文旅产业，创建国家4A级旅游景区2家，全年接待游客突破3200万人次，旅游综合收入增长10%。",
          [L_ZHAO], U("市委宣传部〔市新闻出版局〕", "市文化广电旅游局〔牵头〕", "市交通运输局", "，" + XIAN),
          "2025年12月底前"),
        T("推进现代物流业发展，加快湍阳国际陆港二期建设，全年开行中欧班列40列以上。",
          [L_CHEN], U("市商务局", "市交通运输局", "市发展改革委", "湍阳海关"), "2025年12月底前"),
    ]),
    ("三、强化科技创新驱动（4项）", [
        T("全社会研发经费投入增长15%以上，净增高新技术企业80家，科技型中小企业入库500家。",
          [L_CHEN], U("市科技局", "市财政局", "市统计局", "市税务局", "，" + XIAN, GX), "2025年12月底前"),
        T("支持湍阳高新区创建国家级高新区，新建省级以上创新平台15个。",
          [L_CHEN], U(GX, "市科技局〔牵头〕", "市发展改革委"), "持续推进"),
        T("深化校地、院地合作，引进培育高层次人才团队10个，新增高技能人才5000人以上。",
          [L_ZHAO], U("市委组织部〔牵头〕", "市人力资源社会保障局〔牵头〕", "市科技局", "市教育局"),
          "2025年12月底前"),
        T("加强知识产权创造、保护和运用，全年新增发明专利授权600件，知识产权行政保护案件按期结案率达到95%以上。",
          [L_CHEN], U("市市场监管局〔市知识产权局〕〔牵头〕", "市科技局", "市公安局"), "2025年12月底前"),
    ]),
    ("四、深化改革扩大开放（4项）", [
        T("深化“高效办成一件事”改革，新增重点事项集成办理20项，政务服务事项网上可办率稳定在98%以上。",
          [L_ZHOU], U("市行政审批服务局", "市数据局", "市政府办公室", "市直有关部门"), "2025年10月底前"),
        T("持续优化营商环境，全面落实促进民营经济发展各项政策，深入开展“万人助万企”活动，帮助企业解决问题1000个以上。",
          [L_WANG], U("市工业和信息化局", "市发展改革委", "市市场监管局", "市工商联"), "持续推进"),
        T("深化国资国企改革，推动市属国有企业整合重组，市城投集团主体信用评级提升至AA+。",
          [L_WANG], U("市国资委", "市财政局", "市城投集团"), None),
        T("扩大对外开放，全年实际使用外资1.2亿美元，外贸进出口总额增长8%。",
          [L_CHEN], U("市商务局", "湍阳海关", "市发展改革委", "市税务局", "，" + XIAN), "2025年12月底前",
          deadline_sep="，"),
    ]),
    ("五、全面推进乡村振兴（4项）", [
        T("稳定粮食播种面积520万亩以上，粮食总产量稳定在42亿斤以上，新建高标准农田18万亩。",
          [L_HUANG], U("市农业农村局", "市发展改革委〔市粮食和物资储备局〕", "市财政局", "市水利局", "，" + XIAN),
          "2025年10月底前"),
        T("巩固拓展脱贫攻坚成果，确保脱贫人口务工规模稳定在12万人以上，坚决守住不发生规模性返贫致贫底线。",
          [L_HUANG], U("市农业农村局", "市人力资源社会保障局", "市民政局", "市医疗保障局", "市教育局", "，" + XIAN),
          "持续推进"),
        T("实施农村人居环境整治提升行动，农村卫生厕所普及率达到88%，生活垃圾收运处置体系实现行政村全覆盖。",
          [L_HUANG], U("市农业农村局", "市住房城乡建设局", "市城市管理局", "市生态环境局", "市卫生健康委",
                       "，各县（市、区）人民政府"), "2025年12月底前"),
        T("加快水利基础设施建设，推进湍溪河干流治理二期工程，完成病险水库除险加固12座。",
          [L_HUANG], U("市水利局"), "2025年12月底前"),
    ]),
    ("六、推进城市更新和生态建设（5项）", [
        T("实施城市更新行动，改造老旧小区120个、城中村3个，新建改造城市燃气、供排水管网260公里。",
          [L_OY], U("市住房城乡建设局（牵头）", "市城市管理局", "市发展改革委", "市财政局", "，" + XIAN),
          "2025年12月底前"),
        T("加快交通基础设施建设，确保湍阳至岚川高速公路建成通车，开工建设国道312线湍阳段改建工程，"
          "新改建农村公路300公里。",
          [L_OY], U("市交通运输局", "市自然资源和规划局", "市发展改革委", "市城投集团"), "2025年12月底前",
          clause_own_para=True),
        T("深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在42微克/立方米以下，国省控断面水质优良比例达到90%。",
          [L_OY], U("市生态环境局〔牵头〕", "市住房城乡建设局", "市城市管理局", "市交通运输局", "市公安局",
                    "市农业农村局", "市水利局", "，" + XIAN), "2025年12月底前"),
        T("创建国家森林城市，全年完成国土绿化造林6万亩、森林抚育10万亩，新增城市绿地120公顷。",
          [L_HUANG], U("市林业局", "市自然资源和规划局", "市城市管理局", "，" + XIAN), "2025年11月底前"),
        T("提升城市精细化管理水平，新增城市公共停车泊位5000个，建成口袋公园30个。",
          [L_OY], U("市城市管理局", "市公安局", "市住房城乡建设局", "市自然资源和规划局"), "2025年12月底前"),
    ]),
    ("七、持续增进民生福祉（6项）", [
        T(["千方百计稳就业，城镇新增就业4.5万人，城镇调查失业率控制在5.5%以内。",
           "实施高校毕业生等青年就业服务攻坚行动，开展职业技能培训3万人次，确保零就业家庭动态清零。"],
          [L_ZHAO], U("市人力资源社会保障局", "市教育局", "市财政局", "市工业和信息化局", "市退役军人事务局",
                      "市残联"), "2025年12月底前", trailing_deng=True),
        T("新建、改扩建中小学和幼儿园25所，新增学位1.8万个，确保秋季开学投入使用。",
          [L_ZHAO], U("市教育局", "市发展改革委", "市财政局", "市自然资源和规划局", "市住房城乡建设局", "，" + XIAN),
          "2025年8月底前"),
        T("推进紧密型县域医共体建设，市中心医院新院区建成投入使用，每个县（市、区）至少有1家县级医院达到三级医院服务能力。",
          [L_ZHAO], U("市卫生健康委", "市医疗保障局", "市发展改革委", "市财政局", "，" + XIAN), "2025年12月底前"),
        T("健全养老服务体系，新建社区嵌入式养老服务设施20个，完成县级特困人员供养服务设施（敬老院）改造提升项目8个。",
          [L_ZHAO], U("市民政局", "市卫生健康委", "市医疗保障局"), "2025年12月底前"),
        T("提高医疗保障水平，城乡居民医保财政补助标准提高到每人每年700元，推进门诊慢特病费用跨省直接结算。",
          [L_ZHAO], U("市医疗保障局", "市财政局", "市卫生健康委", "市税务局"), "2025年12月底前"),
        T("扎实办好20件民生实事，全面完成年度目标任务。",
          [L_SUN], U("市政府办公室", "市财政局", "市直有关部门", "，" + XIAN), "2025年12月底前"),
    ]),
    ("八、加强政府自身建设（3项）", [
        T("坚持依法行政，加快法治政府建设，完成政府规章和行政规范性文件集中清理。",
          [L_LIU], U("市司法局", "市政府办公室", "市直有关部门"), "2025年11月底前"),
        T("统筹发展和安全，深化安全生产治本攻坚三年行动，坚决遏制较大及以上安全事故发生，常态化推进扫黑除恶斗争。",
          [L_LIU, L_OY], U("市应急管理局", "市公安局", "市住房城乡建设局", "市交通运输局", "市市场监管局",
                           "，" + XIAN), "持续推进"),
        T("持之以恒落实中央八项规定精神，严格执行“过紧日子”要求，一般性支出压减5%以上。",
          [], U("市财政局", "市审计局", "市直有关部门"), None),
    ]),
]


def clause_of(t):
    fields = []
    if t["leaders"]:
        fields.append("牵头市领导：" + "、".join(f"{n}〔{p}〕" for n, p in t["leaders"]))
    units = "".join(sep + name + mark for sep, name, mark in t["units"])
    if t.get("trailing_deng"):
        units += "等"
    s = "（" + "；".join(fields + ["责任单位：" + units])
    if t["deadline"]:
        s += t.get("deadline_sep", "；") + "完成时限：" + t["deadline"]
    return s + "）"


def gold_of(n, t):
    names = [name for _, name, _ in t["units"]]
    marked = [name for _, name, mark in t["units"] if mark]
    lead = marked if marked else names[:1]
    return {"id": str(n), "marker": f"{n}．",
            "head": "".join(t["text"][0].split())[:12],
            "responsible_units": names, "lead_units": lead,
            "cooperating_units": [x for x in names if x not in lead],
            "leaders": [name for name, _ in t["leaders"]],
            "deadline": t["deadline"]}


# ---------------------------------------------------------------- DOCX helpers
FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"


def font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc, text="", fname=FS, size=16, align=None, indent=True, bold=False, color=None,
         space_after=0, line=Pt(28)):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    pf.line_spacing = line
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        font(p.add_run(text), fname, size, bold, color)
    return p


def bottom_rule(p, color="FF0000", sz="18"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run("— "), "宋体", 14)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)
    font(p.add_run(" —"), "宋体", 14)


def set_cell_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge, val, sz in (("top", "single", "12"), ("bottom", "single", "12"), ("left", "nil", "0"),
                          ("right", "nil", "0"), ("insideH", "single", "6"), ("insideV", "nil", "0")):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), sz)
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        borders.append(e)
    tblPr.append(borders)


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    page_number_footer(sec)

    # 版头
    para(doc, "", indent=False)
    para(doc, "湍阳市人民政府办公室文件", XBS, 36, WD_ALIGN_PARAGRAPH.CENTER, False, color="FF0000",
         line=Pt(60))
    para(doc, "", indent=False)
    p = para(doc, "湍政办发〔2025〕7号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER, False, space_after=6)
    bottom_rule(p)
    para(doc, "", indent=False)
    # 标题
    para(doc, "湍阳市人民政府办公室", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, line=Pt(36))
    para(doc, "关于印发2025年《政府工作报告》重点工作", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, line=Pt(36))
    para(doc, "任务分工方案的通知", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, line=Pt(36))
    para(doc, "", indent=False)
    para(doc, "各县（市、区）人民政府，湍阳高新区管委会，市政府各部门、各直属机构：", indent=False)
    para(doc, "《2025年〈政府工作报告〉重点工作任务分工方案》已经市政府同意，现印发给你们，"
              "请结合实际认真抓好落实。现就有关事项通知如下：")
    cover = [
        ("一、明确责任分工。", "方案中每项任务后的括号内依次列明牵头市领导、责任单位和完成时限。"
         "责任单位中标注“〔牵头〕”的为牵头单位；未作标注的，排在第一位的为牵头单位，其余为配合单位。"
         "标注两个“〔牵头〕”的，两个单位共同牵头，排在前面的负责统筹协调。牵头单位对任务落实负总责，"
         "配合单位要按照职责分工主动配合、形成合力。"),
        ("二、细化推进措施。", "各牵头单位要于3月15日前制定具体推进方案，明确阶段目标、工作措施和时间节点，"
         "经牵头市领导审定后报市政府督查室备案。涉及各县（市、区）的任务，各县（市、区）人民政府要对照分工抓好属地落实。"),
        ("三、强化督查考核。", "市政府督查室将分工方案落实情况纳入年度目标绩效考核，实行季度调度、半年通报、年终考评。"
         "各牵头单位于每季度最后一个月25日前将进展情况报市政府督查室。联系人：刘　洋，联系电话：62160578。"),
    ]
    for head, body in cover:
        p = para(doc)
        font(p.add_run(head), HEI, 16)
        font(p.add_run(body), FS, 16)
    para(doc, "", indent=False)
    para(doc, "附件：2025年《政府工作报告》重点工作任务分工方案")
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, "湍阳市人民政府办公室", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Cm(1.2)
    p = para(doc, "2025年2月26日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Cm(1.6)
    para(doc, "（此件公开发布）")

    # 附件
    p = para(doc, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件", HEI, 16, indent=False)
    para(doc, "", indent=False)
    para(doc, "2025年《政府工作报告》重点工作任务分工方案", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, line=Pt(36))
    para(doc, "", indent=False)
    para(doc, "为全面完成市十届人大四次会议审议通过的《政府工作报告》确定的目标任务，"
              "现将重点工作任务分解如下。")

    gold = []
    n = 0
    for heading, tasks in PARTS:
        para(doc, heading, HEI, 16)
        for t in tasks:
            n += 1
            texts = t["text"]
            clause = clause_of(t)
            for i, tx in enumerate(texts):
                p = para(doc)
                last = i == len(texts) - 1
                font(p.add_run((f"{n}．" if i == 0 else "") + tx), FS, 16)
                if last and not t.get("clause_own_para"):
                    font(p.add_run(clause), KAI, 16)
            if t.get("clause_own_para"):
                p = para(doc)
                font(p.add_run(clause), KAI, 16)
            gold.append(gold_of(n, t))

    # 版记
    p = para(doc, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    for _ in range(3):
        para(doc, "", indent=False)
    tb = doc.add_table(rows=2, cols=1)
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell_borders(tb)
    c0 = tb.rows[0].cells[0].paragraphs[0]
    c0.paragraph_format.left_indent = Pt(14)
    font(c0.add_run("抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级法院，市检察院，湍阳军分区。"),
         FS, 14)
    c1 = tb.rows[1].cells[0].paragraphs[0]
    c1.paragraph_format.left_indent = Pt(14)
    font(c1.add_run("湍阳市人民政府办公室　　　　　　　　　2025年2月26日印发"), FS, 14)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 26, 9, 30, 0)
    cp.author = "湍阳市人民政府办公室"
    cp.last_modified_by = "市政府办公室文电科"
    cp.title = "湍阳市人民政府办公室关于印发2025年《政府工作报告》重点工作任务分工方案的通知"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""

    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue(), gold


def fix_zip(data):
    """Rewrite the package with fixed member times so the bytes do not depend on the clock."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 26, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def main():
    data, gold = build_docx()
    with open(NOTICE, "wb") as f:
        f.write(fix_zip(data))
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {os.path.basename(NOTICE)} and {os.path.basename(GOLD)}: {len(gold)} tasks")


if __name__ == "__main__":
    main()
