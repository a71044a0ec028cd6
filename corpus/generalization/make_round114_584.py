#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Notice 584: a county 重点工作挂图作战总指挥部 (the command body a county sets up when it
runs its year's key work by 挂图作战, as 烟台 did with its 总指挥部 / 作战指挥部 and
莱西 with project 特派员) sending out the year's 作战任务图.

How it states who is responsible (the point of the case):
  * the tasks are grouped under the five 作战指挥部; each group row (merged across the
    table) names the group's 指挥长 and 副指挥长 (county leaders, name（post）) — no
    "领导" anywhere in the label; they answer for every task in the group;
  * each task's 责任单位 cell lists the units, the first leading (cover and 注);
  * a 特派员 column names the cadre the 县委组织部 sends to each task, with the unit he
    or she comes from — by the cover neither a leader of the task nor a unit of it;
  * 作战节点 by quarter under a two-row header, one node naming a 市 unit that only
    approves.
Written with python-docx plus raw XML for merges, borders and the red rule.
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "584_cangyan_xian_guatu_zuozhan_renwutu.docx"

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None,
         indent=True, color=None, space_line=28, runs=None):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if space_line:
        pf.line_spacing = Pt(space_line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if runs is None:
        runs = [(text, font, bold)]
    for t, f, b in runs:
        r = p.add_run(t)
        set_font(r, f, size, b, color)
    return p


def bottom_rule(p, color="FF0000", sz=24):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_bottom_rules(p, top=True, bottom=True):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side, on in (("w:top", top), ("w:bottom", bottom)):
        if not on:
            continue
        b = OxmlElement(side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "8")
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        bdr.append(b)
    ppr.append(bdr)


def cell_text(cell, lines, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT,
              font=FS):
    """Fill a cell with one paragraph per line (first paragraph reused)."""
    first = True
    for line in lines:
        if first:
            p = cell.paragraphs[0]
            first = False
        else:
            p = cell.add_paragraph()
        pf = p.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing = 1.0
        p.alignment = align
        if isinstance(line, tuple):
            for t, f, b in line:
                r = p.add_run(t)
                set_font(r, f, size, b)
        else:
            r = p.add_run(line)
            set_font(r, font, size, bold)


TCPR_ORDER = ["w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders",
              "w:shd", "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign",
              "w:hideMark"]


def _put(tcpr, el):
    """Put el into tcPr once, in schema order."""
    tag = el.tag
    for old in tcpr.findall(tag):
        tcpr.remove(old)
    rank = {qn(t): i for i, t in enumerate(TCPR_ORDER)}
    mine = rank[tag]
    for i, child in enumerate(list(tcpr)):
        if rank.get(child.tag, -1) > mine:
            child.addprevious(el)
            return
    tcpr.append(el)


def vcenter(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vAlign")
    v.set(qn("w:val"), "center")
    _put(tcpr, v)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    _put(tcpr, s)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:cantSplit")
    trpr.append(h)


def table_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


def fixed_layout(table, widths_cm):
    tblpr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    for tr in table._tbl.findall(qn("w:tr")):
        col = 0
        for tc in tr.findall(qn("w:tc")):
            tcpr = tc.get_or_add_tcPr()
            gs = tcpr.find(qn("w:gridSpan"))
            span = int(gs.get(qn("w:val"))) if gs is not None else 1
            w = sum(widths_cm[col:col + span])
            tcw = OxmlElement("w:tcW")
            tcw.set(qn("w:w"), str(int(round(w * 567))))
            tcw.set(qn("w:type"), "dxa")
            _put(tcpr, tcw)
            col += span
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))


def set_margins(section, top, bottom, left, right):
    section.top_margin = Cm(top)
    section.bottom_margin = Cm(bottom)
    section.left_margin = Cm(left)
    section.right_margin = Cm(right)


def page_number_footer(section):
    ft = section.footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r2 = p.add_run()
    set_font(r2, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r2._r.append(f1)
    r2._r.append(it)
    r2._r.append(f2)
    r2._r.append(t)
    r2._r.append(f3)
    r3 = p.add_run(" —")
    set_font(r3, "宋体", 14)


# ---------------------------------------------------------------- the 作战任务图
# (group title, count, command line, tasks)
# task: (序号, 作战任务, 年度目标, [Q1, Q2, Q3, Q4], 责任单位, 特派员)
GROUPS = [
    ("一、项目建设作战指挥部（7项）",
     "指挥长：周立军（县委常委、常务副县长）　　副指挥长：韩　松（副县长）",
     [
         ("1", "重大项目谋划储备",
          "谋划储备亿元以上项目60个以上、总投资500亿元以上，15个以上项目纳入省、市重点项目库",
          ["完成项目储备库动态调整", "新增谋划项目20个", "新增谋划项目20个", "完成年度谋划储备任务"],
          "县发改局、县工信局、县住建局、县交通运输局、苍岩经开区管委会",
          "陈思远（县审计局）"),
         ("2", "专项债券和超长期特别国债项目争取",
          "争取地方政府专项债券资金8亿元、超长期特别国债资金2亿元以上",
          ["完成首批项目申报", "首批资金到位", "完成第二批项目申报", "完成年度争取任务"],
          "县发改局、县财政局",
          "王　卓（县委党校）"),
         ("3", "苍岩至云州快速通道建设",
          "完成投资4.5亿元，路基工程完成80%，启动桥梁工程",
          ["完成征地拆迁扫尾", "路基工程完成30%", "路基工程完成60%，桥梁工程开工", "路基工程完成80%"],
          "县交通运输局、县自然资源局、城关镇、青石镇",
          "赵一鸣（县档案馆）"),
         ("4", "县城第二水厂及配套管网建设",
          "水厂建成投用，新增日供水能力3万吨，改造配套供水管网12公里",
          ["完成设备安装调试", "试运行", "正式通水", "完成配套管网改造"],
          "县水利局、县住建局、县城投集团",
          "孙　悦（团县委）"),
         ("5", "工业项目“拿地即开工”",
          "新开工亿元以上工业项目12个，“拿地即开工”项目占比达到60%以上",
          ["开工3个", "累计开工6个", "累计开工9个", "累计开工12个"],
          "苍岩经开区管委会、县行政审批服务局、县自然资源局、县住建局",
          "李沐阳（县科协）"),
         ("6", "重点项目要素保障",
          "保障重点项目新增建设用地3000亩以上，使用林地、能耗指标应保尽保",
          ["完成首批用地组卷报批", "完成用地报批1200亩", "完成用地报批2200亩", "完成用地报批3000亩"],
          "县自然资源局、县林业局、市生态环境局苍岩分局、县发改局",
          "周　宁（县工商联）"),
         ("7", "固定资产投资入库纳统",
          "全年固定资产投资增长8%以上，新入库项目150个以上",
          ["新入库项目30个", "新入库项目70个", "新入库项目110个", "新入库项目150个"],
          "县发改局、县统计局、各乡镇人民政府",
          "郑　可（县总工会）"),
     ]),
    ("二、产业发展作战指挥部（7项）",
     "指挥长：欧阳明（县委副书记）　　副指挥长：马晓红（副县长）、石　磊（县政府党组成员）",
     [
         ("8", "新能源电池材料产业链延链补链",
          "引进产业链上下游项目5个，产业链产值突破80亿元",
          ["梳理产业链招商图谱", "引进项目2个", "引进项目4个", "引进项目5个，产值突破80亿元"],
          "县工信局、苍岩经开区管委会、县商务局",
          "何　静（县妇联）"),
         ("9", "规上工业企业培育",
          "新增规模以上工业企业15家，规上工业增加值增长7.5%",
          ["建立培育企业库", "新增3家", "新增8家", "新增15家"],
          "县工信局、县统计局、县税务局",
          "冯　博（县残联）"),
         ("10", "招商引资“一号工程”",
          "签约亿元以上项目30个，实际到位资金60亿元",
          ["签约8个", "签约15个", "签约23个", "签约30个，到位资金60亿元"],
          "县商务局、苍岩经开区管委会、各乡镇人民政府",
          "贾　晓（县文联）"),
         ("11", "茶叶和中药材全产业链建设",
          "改造提升茶园5000亩，中药材种植面积稳定在3万亩以上，新培育市级以上龙头企业3家",
          ["完成春茶采制", "完成茶园提质2000亩", "完成茶园提质4000亩", "完成年度目标"],
          "县农业农村局、县林业局、白沙镇、柳河乡",
          "许　嘉（县供销社）"),
         ("12", "苍岩山景区创建国家5A级旅游景区",
          "完成创建提升工程，通过省级景观质量评审，全年接待游客500万人次",
          ["完成创建提升规划", "游客服务中心主体完工", "通过省级景观质量评审", "完成创建资料申报"],
          "县文化和旅游局、苍岩山景区管委会、县住建局、县交通运输局",
          "韦　琳（县政协办公室）"),
         ("13", "县域商业体系建设",
          "新建乡镇商贸中心3个、村级便民商店40个，社会消费品零售总额增长6%",
          ["完成选址", "建成乡镇商贸中心1个", "建成乡镇商贸中心2个、便民商店25个", "完成年度建设任务"],
          "县商务局",
          "邓　文（县红十字会）"),
         ("14", "科技型企业梯度培育",
          "新增高新技术企业10家、科技型中小企业30家，研发经费投入强度提高0.2个百分点",
          ["完成企业摸底", "入库科技型中小企业15家", "申报高新技术企业14家", "完成年度认定任务"],
          "县科技局、县工信局、县财政局",
          "杨　帆（县委史志研究室）"),
     ]),
    ("三、城乡建设作战指挥部（6项）",
     "指挥长：顾长河（县委常委、副县长）　　副指挥长：唐　宁（副县长）",
     [
         ("15", "城镇老旧小区改造",
          "改造城镇老旧小区26个、惠及居民2800户，同步实施水电气管网改造",
          ["完成施工招标", "开工18个", "开工26个，完工10个", "完工26个"],
          "县住建局、县财政局、城关镇、国网苍岩县供电公司",
          "袁　野（县机关事务服务中心）"),
         ("16", "城市燃气管道等老化更新改造",
          "更新改造城市燃气、供水、排水老化管道45公里",
          ["完成可研报告编制并报市发展改革委审批", "开工建设", "完成改造25公里", "完成改造45公里"],
          "县住建局、县城投集团、县应急管理局",
          "谭　晶（县融媒体中心）"),
         ("17", "县城内涝治理",
          "完成雨污分流改造18公里，新建排涝泵站2座，消除易涝点9处",
          ["完成易涝点排查", "汛前消除易涝点4处", "新建泵站主体完工", "完成年度治理任务"],
          "县住建局、县水利局、县城管局",
          "蒋　毅（县信访局）"),
         ("18", "农村人居环境整治提升",
          "农村卫生厕所普及率达到80%，农村生活垃圾收运处置体系行政村全覆盖，农村生活污水治理率达到40%",
          ["开展春季村庄清洁行动", "完成户厕改造1200户", "完成户厕改造2500户", "完成年度目标"],
          "县农业农村局、县住建局、县卫健局、市生态环境局苍岩分局、各乡镇人民政府",
          "汪　洁（县委老干部局）"),
         ("19", "和美乡村示范创建",
          "建成省级和美乡村精品示范村5个、市级示范村12个",
          ["确定创建村名单", "完成规划编制", "建成市级示范村6个", "完成年度创建任务"],
          "县农业农村局、县财政局、县自然资源局",
          "丁　岚（县人大常委会办公室）"),
         ("20", "城市精细化管理",
          "推行“城市管家”服务模式，城区主次干道机械化清扫率达到95%",
          ["完成服务采购", "城区全面推行", "开展中期考评", "完成年度考评"],
          "县城管局",
          "吕　昊（县地方志编纂中心）"),
     ]),
    ("四、改革创新作战指挥部（5项）",
     "指挥长：邹文博（县委常委、县委办公室主任）　　副指挥长：林　海（副县长）",
     [
         ("21", "县属国有企业改革深化提升",
          "完成县属国有企业整合重组，组建市场化运营主体2家，国有资产保值增值率达到100%",
          ["制定整合重组方案", "完成清产核资", "完成整合重组", "完成年度考核"],
          "县财政局（县国资办）、县城投集团",
          "曹　颖（县委编办）"),
         ("22", "“高效办成一件事”改革",
          "推出“一件事”集成服务20个以上，企业开办、不动产登记全流程1个工作日内办结",
          ["推出首批8个", "推出14个", "推出20个", "开展评估"],
          "县行政审批服务局、县数据局、县市场监管局",
          "段　瑞（县统计局）"),
         ("23", "村级集体经济发展壮大",
          "集体经营性收入10万元以上的村占比达到60%，消除5万元以下薄弱村",
          ["完成村级集体经济摸底", "确定扶持村32个", "扶持项目全部开工", "完成年度目标"],
          "县委组织部、县农业农村局、县财政局",
          "龚　鑫（县委巡察办）"),
         ("24", "数字政府建设",
          "建成县级一体化政务数据平台，政务服务事项网上可办率达到95%",
          ["完成平台招标", "完成数据归集", "平台上线试运行", "通过验收"],
          "县数据局、县委网信办",
          "于　洋（县委统战部）"),
         ("25", "地方政府债务风险防范化解",
          "严格落实化债方案，确保法定债务按时还本付息，隐性债务只减不增",
          ["完成年度化债计划分解", "完成年度化债任务40%", "完成年度化债任务75%", "完成年度化债任务"],
          "县财政局、县委金融办、县城投集团",
          "范晓东（县审计局）"),
     ]),
    ("五、民生保障作战指挥部（5项）",
     "指挥长：黄丽萍（副县长）　　副指挥长：程　浩（副县长）",
     [
         ("26", "高质量充分就业",
          "城镇新增就业3200人，农村劳动力转移就业新增3000人，城镇调查失业率控制在5.5%以内",
          ["开展“春风行动”", "完成年度目标50%", "完成年度目标75%", "完成年度目标"],
          "县人社局、县教体局、各乡镇人民政府",
          "秦　悦（县委党校）"),
         ("27", "紧密型县域医共体建设",
          "县域就诊率达到90%以上，建成县级胸痛、卒中、创伤中心",
          ["完成医共体章程修订", "建成胸痛中心", "建成卒中中心", "建成创伤中心，通过评估"],
          "县卫健局、县医保局、县人民医院",
          "陶　然（县红十字会）"),
         ("28", "城区学校建设和学位扩容",
          "建成苍岩县第三小学，新增义务教育学位1620个",
          ["主体封顶", "完成装修", "完成验收", "秋季开学投用"],
          "县教体局、县住建局、县自然资源局、城关镇",
          "沈　琪（团县委）"),
         ("29", "养老服务体系建设",
          "建成乡镇区域养老服务中心3个、城市社区嵌入式养老服务站5个",
          ["完成选址和设计", "开工建设", "主体完工", "建成投用"],
          "县民政局、县卫健局",
          "宋　雨（县工商联）"),
         ("30", "安全生产治本攻坚",
          "生产安全事故起数和死亡人数“双下降”，坚决遏制较大及以上事故",
          ["开展节后复工复产检查", "开展汛前安全大检查", "开展“百日攻坚”行动", "完成年度考核"],
          "县应急管理局、县住建局、县交通运输局、各乡镇人民政府",
          "彭　晨（县总工会）"),
     ]),
]


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    set_margins(sec, 3.7, 3.5, 2.8, 2.6)
    page_number_footer(sec)

    # ---- 版头
    p = para(doc, "苍岩县重点工作挂图作战总指挥部文件", font=XBS, size=28,
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, color=RED, space_line=None)
    for r in p.runs:
        sc = OxmlElement("w:w")
        sc.set(qn("w:val"), "72")
        rpr = r._element.get_or_add_rPr()
        rpr.find(qn("w:sz")).addprevious(sc)
    p.paragraph_format.space_before = Pt(60)
    p.paragraph_format.space_after = Pt(30)
    p = para(doc, "苍挂指〔2025〕1号", size=16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_rule(p)
    para(doc, "", indent=False)

    # ---- 标题
    para(doc, "苍岩县重点工作挂图作战总指挥部", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_line=36)
    para(doc, "关于印发《苍岩县2025年重点工作挂图作战任务图》的通知", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_line=36)
    para(doc, "", indent=False)

    # ---- 主送
    para(doc, "各乡镇人民政府，县直各单位，各作战指挥部：", indent=False)

    body = [
        "为深入贯彻县委十五届八次全会暨县委经济工作会议精神，全面落实县十八届人大五次会议审议通过的《政府工作报告》确定的目标任务，县委、县政府决定，2025年继续对全县重点工作实行挂图作战。经县委、县政府同意，现将《苍岩县2025年重点工作挂图作战任务图》印发给你们，并就有关事项通知如下。",
    ]
    for t in body:
        para(doc, t)

    sections = [
        ("一、健全作战体系。",
         "总指挥部由县委、县政府主要负责同志任总指挥，下设项目建设、产业发展、城乡建设、改革创新、民生保障五个作战指挥部。每个作战指挥部由一名县级领导同志任指挥长、一至两名县级领导同志任副指挥长，对本指挥部的作战任务负总责，每月至少调度一次。每项作战任务按照“一项任务、一个牵头单位、一张作战图、一名特派员”的要求推进，任务图“责任单位”栏中排在第一位的为牵头单位，负责制定推进方案、组织实施并按月报送进度，其余为配合单位，要主动对接、密切配合。"),
        ("二、选派作战特派员。",
         "每项作战任务由县委组织部从县直单位选派一名特派员，持任务图深入项目一线跟踪服务、收集问题、协调对接，并按月填写《作战日志》。特派员不替代牵头单位和配合单位履行职责，特派员及其派出单位不承担所联系任务的牵头、配合责任。"),
        ("三、实行节点管理。",
         "任务图按季度明确作战节点。牵头单位要在每月25日前将任务推进情况报所属作战指挥部，各作战指挥部汇总后报总指挥部办公室（设在县发改局）。总指挥部每季度开展一次“比拼晾晒”，按期完成节点的插红旗，滞后的插黄旗，严重滞后的插黑旗，结果在全县通报。"),
        ("四、强化督战问效。",
         "县委督查室、县政府督查室要把挂图作战任务纳入重点督查内容，对连续两次插黄旗或插黑旗的任务，约谈牵头单位主要负责同志；挂图作战任务完成情况纳入年度综合考核。"),
    ]
    for head, rest in sections:
        para(doc, runs=[(head, HT, False), (rest, FS, False)])
    para(doc, "联系人：总指挥部办公室　吴　敏，联系电话：7821566。")
    para(doc, "", indent=False)
    para(doc, runs=[("附件：苍岩县2025年重点工作挂图作战任务图", FS, False)])
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, "苍岩县重点工作挂图作战总指挥部", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(32)
    p = para(doc, "2025年2月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    para(doc, "（此件公开发布）", indent=True)

    # ---- 附件: landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width = Cm(29.7)
    sec2.page_height = Cm(21.0)
    set_margins(sec2, 2.5, 2.3, 2.2, 2.2)

    para(doc, "附件", font=HT, size=16, indent=False)
    para(doc, "", indent=False)
    para(doc, "苍岩县2025年重点工作挂图作战任务图", font=XBS, size=20,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_line=32)
    para(doc, "", indent=False, size=12)

    widths = [1.0, 3.0, 4.6, 2.3, 2.3, 2.5, 2.3, 4.2, 3.1]
    ncol = len(widths)
    table = doc.add_table(rows=2, cols=ncol)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(table)

    h1, h2 = table.rows
    heads = ["序号", "作战任务", "年度目标", "作战节点", None, None, None, "责任单位", "特派员"]
    for i, h in enumerate(heads):
        if h:
            cell_text(h1.cells[i], [h], size=11, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
    for i, h in enumerate(["一季度", "二季度", "三季度", "四季度"]):
        cell_text(h2.cells[3 + i], [h], size=11, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
    # merges
    for i in (0, 1, 2, 7, 8):
        h1.cells[i].merge(h2.cells[i])
    h1.cells[3].merge(h1.cells[6])
    for tc in h2._tr.findall(qn("w:tc")):
        tcpr = tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), "F2F2F2")
        _put(tcpr, sh)
    for r in (h1, h2):
        repeat_header(r)
        seen = set()
        for c in r.cells:
            if id(c._tc) in seen:
                continue
            seen.add(id(c._tc))
            shade(c, "F2F2F2")
            vcenter(c)

    for gtitle, gcmd, tasks in GROUPS:
        row = table.add_row()
        cant_split(row)
        a = row.cells[0].merge(row.cells[ncol - 1])
        cell_text(a, [gtitle], size=11, font=HT)
        cell_text_extra = a.add_paragraph()
        pf = cell_text_extra.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing = 1.0
        r = cell_text_extra.add_run(gcmd)
        set_font(r, KT, 11)
        for no, name, goal, nodes, units, tpy in tasks:
            row = table.add_row()
            cant_split(row)
            c = row.cells
            cell_text(c[0], [no], align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(c[1], [name])
            cell_text(c[2], [goal])
            for k in range(4):
                cell_text(c[3 + k], [nodes[k]])
            cell_text(c[7], [units])
            cell_text(c[8], [tpy], align=WD_ALIGN_PARAGRAPH.CENTER)
            for cc in c:
                vcenter(cc)

    fixed_layout(table, widths)

    p = para(doc, "", indent=False, size=10.5, space_line=16)
    p = para(doc, "注：1．“责任单位”栏中排在第一位的为牵头单位，其余为配合单位。", size=12,
             indent=False, space_line=20)
    para(doc, "　　2．特派员由县委组织部选派，括号内为其派出单位，特派员不承担所联系任务的牵头、配合责任。",
         size=12, indent=False, space_line=20)
    para(doc, "　　3．作战节点为各季度末应完成的形象进度。", size=12, indent=False, space_line=20)

    # ---- 版记: last page, portrait
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width = Cm(21.0)
    sec3.page_height = Cm(29.7)
    set_margins(sec3, 3.7, 3.5, 2.8, 2.6)
    for _ in range(18):
        para(doc, "", indent=False)
    p = para(doc, "抄送：县委办公室，县人大常委会办公室，县政府办公室，县政协办公室。",
             size=14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    top_bottom_rules(p, top=True, bottom=True)
    p = para(doc, runs=[("苍岩县重点工作挂图作战总指挥部办公室", FS, False),
                        ("　　　　　2025年2月18日印发", FS, False)],
             size=14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    top_bottom_rules(p, top=False, bottom=True)

    core = doc.core_properties
    core.author = "zzb"
    core.title = ""
    core.last_modified_by = "县发改局综合股"
    doc.save(os.path.join(HERE, NAME))


if __name__ == "__main__":
    build()
    print(os.path.join(HERE, NAME))
