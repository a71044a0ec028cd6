#!/usr/bin/python3
"""Round 61 / 344: a 区委办 区政府办 joint notice whose 附件 is a deck of 任务卡,
one small Word table per task (cards restart numbering in each part; two pairs of
cards were pasted without a separating paragraph and so are one Word table)."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "344_qingshi_qu_qwqzf_zhongdian_renwuka.docx")
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

st = doc.styles["Normal"]
st.font.name = "仿宋_GB2312"
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")


def font(run, name=None, size=None, bold=None, color=None):
    if name:
        run.font.name = name
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def para(text="", align=None, name=None, size=None, bold=None, indent=True, color=None, space_after=0):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.line_spacing = Pt(28)
    if indent and align not in ("c", "r"):
        pf.first_line_indent = Pt(32)
    if text:
        font(p.add_run(text), name, size, bold, color)
    return p


def add_field(p, instr, size=14, name="宋体"):
    r = p.add_run()
    font(r, name, size)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r._r.append(fc)
    r = p.add_run(); font(r, name, size)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "; r._r.append(it)
    r = p.add_run(); font(r, name, size)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r._r.append(fc)
    r = p.add_run("1"); font(r, name, size)
    r = p.add_run(); font(r, name, size)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r._r.append(fc)


# ---------------- 版头 ----------------
para("000127", align=None, name="黑体", size=16, indent=False)
for t in ("中共澜州市青石区委办公室", "澜州市青石区人民政府办公室"):
    para(t, align="c", name="方正小标宋简体", size=30, color="FF0000", indent=False)
p = para("", align="c", indent=False)
font(p.add_run("文件"), "方正小标宋简体", 30, color="FF0000")
para("", indent=False)
para("青区委办发〔2024〕6号", align="c", size=16, indent=False)
p = para("", indent=False)
pPr = p._p.get_or_add_pPr()
bdr = OxmlElement("w:pBdr"); b = OxmlElement("w:bottom")
for k, v in (("w:val", "single"), ("w:sz", "18"), ("w:space", "1"), ("w:color", "FF0000")):
    b.set(qn(k), v)
bdr.append(b); pPr.append(bdr)
para("", indent=False)

# ---------------- 主体 ----------------
para("中共澜州市青石区委办公室　澜州市青石区人民政府办公室", align="c", name="方正小标宋简体", size=22, indent=False)
para("关于印发《2024年区委区政府重点工作任务卡》的通知", align="c", name="方正小标宋简体", size=22, indent=False)
para("", indent=False)
para("各街道党工委、办事处，区委各部委，区级国家机关各部门，各人民团体，青石经济开发区党工委、管委会：", indent=False)
for t in (
    "为深入贯彻落实区委十二届六次全会和区十八届人大三次会议精神，确保2024年区委区政府各项重点工作落地见效，经区委、区政府同意，现将《2024年区委区政府重点工作任务卡》印发给你们，并就有关事项通知如下。",
):
    para(t, align="j")
para("一、压实工作责任", name="黑体", align="j")
para("各责任区领导要对照任务卡亲自研究部署、靠前指挥调度。各牵头单位是任务落实的第一责任主体，要细化工作措施，明确时间节点，主动协调配合单位共同推进；各配合单位要按照职责分工，积极支持配合，形成工作合力。", align="j")
para("二、实行挂图作战", name="黑体", align="j")
para("各牵头单位要于3月10日前将任务卡分解细化为月度工作计划，报区委督查室、区政府督查室备案。每月5日前通过全区“督查通”平台报送上月任务进展情况，季度末月25日前报送季度推进情况。", align="j")
para("三、强化督查考核", name="黑体", align="j")
para("区委督查室、区政府督查室要会同区委组织部、区考核办对任务卡落实情况实行“红黄绿”三色管理，按季度通报，结果纳入年度目标绩效考核。对工作推进不力、进度严重滞后的，按有关规定严肃问责。", align="j")
para("", indent=False)
p = para("附件：2024年区委区政府重点工作任务卡", align="j")
para("", indent=False)
para("", indent=False)
para("中共澜州市青石区委办公室　　　澜州市青石区人民政府办公室", align="r", indent=False)
para("2024年2月26日　　　　　　　　", align="r", indent=False)
para("", indent=False)
para("（此件发至街道）", indent=True)

# the 附件 in a section of its own (its own running header)
sec2 = doc.add_section(WD_SECTION.NEW_PAGE)

# ---------------- 附件 ----------------
para("附件", name="黑体", size=16, indent=False)
para("", indent=False)
para("2024年区委区政府重点工作任务卡", align="c", name="方正小标宋简体", size=22, indent=False)
para("", indent=False)
para("填卡说明：", name="黑体", size=14, indent=False)
for t in (
    "1．本任务卡按工作板块分为五个部分，每项任务一张卡，各部分任务卡单独编号。",
    "2．“牵头单位”栏所列单位为牵头单位，列两个及以上单位的，共同牵头；“配合单位”栏所列单位为配合单位，“无”表示无配合单位。",
    "3．“责任区领导”栏列两位领导的，均为该项任务责任区领导，其中标注“牵头”的为牵头区领导，标注“协管”的为协管区领导。",
    "4．第五部分民生实事任务卡“责任单位”栏中，排在第一位的为牵头单位，其余为配合单位。",
    "5．“备注”栏所列督办单位不作为任务责任单位。",
):
    para(t, size=14, align="j")
para("", indent=False)

W = [Cm(1.4), Cm(2.4), Cm(5.6), Cm(2.2), Cm(4.0)]


def set_cell(cell, lines, size=12, bold=False, align=None, name="仿宋_GB2312", br=False):
    """lines: list of paragraphs; a paragraph may be a list of segments joined by w:br"""
    cell.text = ""
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.space_after = Pt(0)
        segs = line if isinstance(line, list) else [line]
        for i, s in enumerate(segs):
            if i:
                r = p.add_run(); r.add_break()
            font(p.add_run(s), name, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def shade(cell, fill="E7E6E6"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def fill_card(tbl, r0, card, kind):
    """kind 'std': 任务名称/目标要求/责任区领导+完成时限/牵头单位/配合单位[/备注]
       kind 'ms' : 项目名称/建设内容及目标/责任区领导+完成时限/责任单位[/备注]"""
    rows = []
    if kind == "std":
        rows = [("任务名称", card["name"]), ("目标要求", card["goal"]), ("LEADER", None),
                ("牵头单位", card["lead"]), ("配合单位", card["coop"])]
    else:
        rows = [("项目名称", card["name"]), ("建设内容\n及目标", card["goal"]), ("LEADER", None),
                ("责任单位", card["units"])]
    if card.get("note"):
        rows.append(("备　　注", card["note"]))
    n = len(rows)
    for i, (lab, val) in enumerate(rows):
        r = r0 + i
        c = tbl.rows[r].cells
        if lab == "LEADER":
            set_cell(c[1], ["责任区领导"], bold=True, align="c", name="黑体"); shade(c[1])
            set_cell(c[2], card["leader"])
            set_cell(c[3], ["完成时限"], bold=True, align="c", name="黑体"); shade(c[3])
            set_cell(c[4], [card["due"]])
        else:
            set_cell(c[1], lab.split("\n"), bold=True, align="c", name="黑体"); shade(c[1])
            m = c[2].merge(c[4])
            set_cell(m, val if isinstance(val, list) else [val])
    num = tbl.cell(r0, 0).merge(tbl.cell(r0 + n - 1, 0))
    set_cell(num, ["任务"], size=10, align="c", name="黑体")
    p = num.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run(str(card["no"])), "Times New Roman", 22, True)
    shade(num, "D9E2F3")
    return n


def rows_needed(card, kind):
    return (5 if kind == "std" else 4) + (1 if card.get("note") else 0)


def card_table(cards, kind):
    total = sum(rows_needed(c, kind) for c in cards)
    tbl = doc.add_table(rows=total, cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblPr = tbl._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), W):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in tbl.rows:
        trPr = row._tr.get_or_add_trPr()
        cs = OxmlElement("w:cantSplit"); trPr.append(cs)
        for i, c in enumerate(row.cells):
            c.width = W[i]
    r0 = 0
    for c in cards:
        r0 += fill_card(tbl, r0, c, kind)
    return tbl


def part(title):
    p = para(title, name="黑体", size=16, indent=True, align="j")
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.space_after = Pt(6)
    p.paragraph_format.keep_with_next = True


def gap():
    p = para("", indent=False)
    p.paragraph_format.line_spacing = Pt(12)


P1 = [
    dict(no=1, name="推动全区经济保持平稳较快增长，主要经济指标增速高于全市平均水平",
         goal="全年地区生产总值增长6%左右，一般公共预算收入增长5%，固定资产投资增长8%，社会消费品零售总额增长6.5%。按季度会同区统计局、区税务局开展经济运行分析，对指标滞后的行业和街道实行专项调度。",
         leader=["陈立明（区委副书记、区长）"], due="2024年12月底",
         lead="区发展改革委", coop="区财政局、区统计局、区税务局、各街道办事处"),
    dict(no=2, name="实施重点项目攻坚行动，全年实施区级重点项目120个以上",
         goal="完成重点项目投资180亿元以上，新开工项目45个、竣工投产项目30个。建立“一个项目、一名领导、一个专班”推进机制，6月底前滨江数字产业园一期主体完工。",
         leader=["王振宇（区委常委、常务副区长）"], due="2024年12月底",
         lead=["区发展改革委", "区重点项目服务中心"],
         coop="区自然资源分局、区住建局、区生态环境分局、区行政审批局",
         note="每月5日前报送项目进展，区政府督查室按月通报。"),
    dict(no=3, name="培育壮大先进制造业集群，加快新型工业化步伐",
         goal="规模以上工业增加值增长7%，新增规模以上工业企业25家，培育省级专精特新中小企业12家。推动新材料、智能装备两大产业集群产值突破300亿元。",
         leader=["副区长　欧阳晓东"], due="2024年11月底",
         lead="区工信局", coop="区科技局，区商务局，青石经济开发区管委会"),
    dict(no=4, name="深入开展“招商引资攻坚年”活动，引进一批强链补链项目",
         goal="全年新签约亿元以上项目60个，其中10亿元以上项目8个；实际到位内资250亿元。区四大班子领导带队外出招商不少于20批次。",
         leader=["陈立明（区委副书记、区长）", "王振宇（区委常委、常务副区长）"], due="2024年12月底",
         lead="区投资促进局", coop="区发展改革委、区工信局、区商务局、青石经济开发区管委会、各街道办事处"),
    dict(no=5, name="全面促进消费提质扩容，打造区域消费中心",
         goal="开展“乐享青石”系列促消费活动40场以上，完成青石老街特色商业街区提升改造，新增限上商贸企业50家。",
         leader=["李思远副区长"], due="2024年10月底",
         lead="区商务局", coop="区文旅局、区市场监管局（区知识产权局）、区财政局"),
    dict(no=6, name="强化科技创新策源能力，新增国家高新技术企业30家",
         goal="全社会研发经费投入强度达到2.8%，新建省级以上研发平台5个，技术合同成交额突破40亿元。",
         leader=["欧阳晓东（副区长）"], due="2024年12月底",
         lead="区科技局", coop="无"),
    dict(no=7, name="持续优化营商环境，擦亮“青事好办”服务品牌",
         goal="企业开办全流程压缩至1个工作日，推行涉企经营许可事项“一业一证”改革，全年为市场主体减税降费8亿元以上。",
         leader=[["牵头：陈立明（区委副书记、区长）", "协管：刘建军（副区长）"]], due="2024年9月底",
         lead="区行政审批局", coop=[["区市场监管局", "区司法局", "区税务局"]]),
]
P2 = [
    dict(no=1, name="深化区属国有企业改革，推动国有资本做强做优做大",
         goal="完成区属国有企业整合重组，组建青石城市发展集团；国有企业资产负债率控制在65%以内，经营性国有资产集中统一监管比例达到100%。",
         leader=["王振宇（区委常委、常务副区长）"], due="2024年8月底",
         lead="区国资委", coop="区财政局、区委组织部、区人社局"),
    dict(no=2, name="纵深推进“放管服”改革，提升政务服务效能",
         goal="政务服务事项网上可办率达到98%以上，“跨省通办”事项扩展至160项，12345热线按时办结率保持在99%以上。",
         leader=["刘建军（副区长）"], due="2024年12月底",
         lead="区行政审批局", coop="区政务服务中心、区大数据中心、各有关部门"),
    dict(no=3, name="推进青石经济开发区管理体制改革，激发园区发展活力",
         goal="落实“党工委（管委会）+公司”运营模式，完成开发区机构编制和人事薪酬制度改革，推行全员岗位聘任制。",
         leader=["区委常委、开发区党工委书记　周明哲"], due="2024年6月底",
         lead="青石经济开发区管委会", coop="区委编办、区人社局、区财政局"),
    dict(no=4, name="稳住外贸外资基本盘，推动对外开放水平再提升",
         goal="进出口总额增长5%，实际使用外资1.2亿美元，新增有进出口实绩企业40家，组织企业参加境内外重点展会20场以上。",
         leader=["李思远副区长"], due="2024年12月底",
         lead="区商务局", coop="区发展改革委，区财政局；区金融服务中心"),
    dict(no=5, name="深化农村集体产权制度改革，壮大村级集体经济",
         goal="集体经营性收入50万元以上的社区（村）占比达到60%，完成农村集体资产清产核资成果动态更新，规范农村产权流转交易。",
         leader=["赵志刚（副区长）"], due="2024年11月底",
         lead="区农业农村局", coop="区自然资源分局、区财政局、各街道办事处"),
]
P3 = [
    dict(no=1, name="实施城市更新行动，改造老旧小区42个",
         goal="完成老旧小区改造42个、惠及居民1.3万户，同步加装电梯100部，完成城中村改造项目3个。",
         leader=["赵志刚（副区长）"], due="2024年11月底",
         lead="区住建局", coop="区财政局、区城管局、各街道办事处"),
    dict(no=2, name="提升城市精细化管理水平，创建全市城市管理示范区",
         goal="完成主次干道“白改黑”15公里，新建改造口袋公园20个，背街小巷整治60条，生活垃圾分类覆盖率达到100%。",
         leader=["副区长　赵志刚、刘建军"], due="2024年12月底",
         lead="区城管局、区住建局", coop="区交通运输局、交警青石大队"),
    dict(no=3, name="坚决打好污染防治攻坚战，持续改善生态环境质量",
         goal="PM2.5平均浓度控制在32微克/立方米以内，空气质量优良天数比例达到82%，国省控断面水质优良比例保持100%。",
         leader=["张海川（区委书记）", "陈立明（区委副书记、区长）"], due="2024年12月底",
         lead="区生态环境分局",
         coop="区住建局、区城管局、区农业农村局、区水务局、各街道办事处",
         note="列入区委区政府重点督查事项，由区委督查室、区政府督查室联合督办。"),
    dict(no=4, name="全面落实河湖长制，推进幸福河湖建设",
         goal="完成青石河、白鹭溪综合治理工程，建成区级幸福河湖3条，河湖“清四乱”问题动态清零。",
         leader=["赵志刚（副区长）"], due="2024年10月底",
         lead="区水务局", coop="区生态环境分局、区农业农村局"),
    dict(no=5, name="全面推进乡村振兴，建设宜居宜业和美乡村",
         goal="粮食播种面积稳定在3.2万亩以上，新建高标准农田5000亩，打造市级和美乡村示范点6个，农村居民人均可支配收入增长7%。",
         leader=["区委常委、副区长　孙慧"], due="2024年12月底",
         lead="区农业农村局", coop="区乡村振兴服务中心、区财政局"),
]
P4 = [
    dict(no=1, name="深入学习贯彻习近平新时代中国特色社会主义思想，巩固拓展主题教育成果",
         goal="落实区委理论学习中心组学习制度，全年开展集体学习12次以上；组建区级宣讲团，开展基层宣讲300场以上。",
         leader=["区委常委、宣传部部长　刘芳"], due="2024年12月底",
         lead="区委宣传部", coop="区委组织部、区委党校、区直各部门"),
    dict(no=2, name="实施基层党建“强基提质”工程，增强基层党组织政治功能和组织功能",
         goal="整顿软弱涣散基层党组织15个，完成社区“两委”干部全员轮训，新建“红色驿站”党群服务阵地20个。",
         leader=["区委常委、组织部部长　郑晓燕"], due="2024年11月底",
         lead="区委组织部", coop="区委社会工作部、各街道党工委"),
    dict(no=3, name="一体推进不敢腐、不能腐、不想腐，持续深化正风肃纪反腐",
         goal="完成区委第十五轮、第十六轮巡察，开展群众身边不正之风和腐败问题集中整治，建设廉洁文化示范点10个。",
         leader=["区委常委、区纪委书记、区监委主任　黄文斌"], due="2024年12月底",
         lead="区纪委监委", coop="区委组织部、区委巡察办、区审计局"),
    dict(no=4, name="建设更高水平平安青石，推进市域社会治理现代化",
         goal="命案发案保持低位，电信网络诈骗发案数下降15%，矛盾纠纷调处化解率达到98%以上，创建“枫桥式”派出所2个。",
         leader=[["牵头：张海川（区委书记）", "协管：区委常委、政法委书记　马骏"]], due="2024年12月底",
         lead="区委政法委", coop="区公安分局、区司法局、区信访局、各街道党工委"),
]
P5 = [
    dict(no=1, name="新建改扩建中小学、幼儿园4所，新增学位3600个",
         goal="建成青石实验学校、滨江第二小学，完成青石中学改扩建工程，新建白鹭湾幼儿园，秋季学期投入使用。",
         leader=["李思远副区长"], due="2024年8月底", units="区教体局、区发展改革委、区财政局"),
    dict(no=2, name="建设社区老年助餐服务点30个，提升居家养老服务水平",
         goal="新建社区老年助餐点30个，实现街道全覆盖；为1000户特殊困难老年人家庭实施适老化改造。",
         leader=["李思远（副区长）"], due="2024年10月底", units="区民政局、区财政局、各街道办事处"),
    dict(no=3, name="提升基层医疗卫生服务能力，改造社区卫生服务中心5个",
         goal="完成5个社区卫生服务中心提升改造，全部纳入医保定点，家庭医生签约服务重点人群覆盖率达到80%。",
         leader=["李思远（副区长）"], due="2024年11月底", units="区卫健委、区医保局（负责医保定点纳入）"),
    dict(no=4, name="实施就业优先战略，城镇新增就业8000人以上",
         goal="城镇新增就业8000人，城镇调查失业率控制在5.5%以内，开展职业技能培训1.5万人次，零就业家庭动态清零。",
         leader=["刘建军（副区长）"], due="2024年12月底", units="区人社局"),
    dict(no=5, name="缓解群众“停车难”，新增公共停车泊位2000个",
         goal="利用边角地、闲置地建设公共停车场10处，新增公共停车泊位2000个，推动机关企事业单位停车场错时共享。",
         leader=["赵志刚（副区长）"], due="2024年11月底",
         units="区城管局、区住建局、交警青石大队、各街道办事处"),
    dict(no=6, name="实施城镇燃气管道老化更新改造，消除燃气安全隐患",
         goal="完成老化燃气管道更新改造45公里，居民用户燃气安全装置加装率达到100%。",
         leader=["赵志刚（副区长）"], due="2024年10月底",
         units="区住建局、区财政局（资金保障）、青石港华燃气有限公司",
         note="纳入区城镇燃气安全专项整治督办，区安委办按月调度。"),
]

part("一、扎实推动经济高质量发展（共7项）")
for c in P1:
    card_table([c], "std"); gap()
part("二、全面深化改革扩大开放（共5项）")
card_table([P2[0]], "std"); gap()
card_table([P2[1], P2[2]], "std"); gap()      # pasted without a separating paragraph
for c in P2[3:]:
    card_table([c], "std"); gap()
part("三、持续提升城乡建设和生态环境品质（共5项）")
for c in P3[:3]:
    card_table([c], "std"); gap()
card_table([P3[3], P3[4]], "std"); gap()      # pasted without a separating paragraph
part("四、全面从严治党和加强党的建设（共4项）")
for c in P4:
    card_table([c], "std"); gap()
part("五、2024年区级民生实事（共6项）")
for c in P5:
    card_table([c], "ms"); gap()

# ---------------- 版记 ----------------
p = para("", indent=False)
p.add_run().add_break(WD_BREAK.PAGE)
for _ in range(6):
    para("", indent=False)
vt = doc.add_table(rows=2, cols=1)
set_cell(vt.cell(0, 0), ["抄送：市委办公室，市政府办公室。区人大常委会办公室，区政协办公室。"], size=14)
set_cell(vt.cell(1, 0), ["中共澜州市青石区委办公室　　　　　　2024年2月26日印发"], size=14)
tblPr = vt._tbl.tblPr
borders = OxmlElement("w:tblBorders")
for side, sz in (("top", "12"), ("bottom", "12"), ("insideH", "4")):
    e = OxmlElement(f"w:{side}"); e.set(qn("w:val"), "single"); e.set(qn("w:sz"), sz); e.set(qn("w:color"), "000000")
    borders.append(e)
for side in ("left", "right", "insideV"):
    e = OxmlElement(f"w:{side}"); e.set(qn("w:val"), "nil"); borders.append(e)
tblPr.append(borders)

# ---------------- page furniture ----------------
ft = sec.footer.paragraphs[0]
ft.alignment = WD_ALIGN_PARAGRAPH.CENTER
font(ft.add_run("— "), "宋体", 14)
add_field(ft, "PAGE")
font(ft.add_run(" —"), "宋体", 14)
sec2.header.is_linked_to_previous = False
hd = sec2.header.paragraphs[0]
hd.alignment = WD_ALIGN_PARAGRAPH.RIGHT
font(hd.add_run("青石区重点工作任务卡（2024）"), "宋体", 9)

doc.save(OUT)
print("wrote", OUT)
