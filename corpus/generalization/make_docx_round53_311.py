# -*- coding: utf-8 -*-
"""Generate 311_chengtou_jituan_zhongdian_gongzuo.docx (blind round 53, notice 311).

A 市属国有企业集团 joint party-committee / company notice 关于印发集团公司2026年重点工作任务分解方案的通知,
with the 分解方案 as a Word table in the 附件.  Run with /usr/bin/python3; output next to this script.
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "311_chengtou_jituan_zhongdian_gongzuo.docx")

PARTY = "中共澜江城市发展投资集团有限公司委员会"
CORP = "澜江城市发展投资集团有限公司"


def set_font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        rfonts.set(qn(k), name)
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", font="仿宋_GB2312", size=16, bold=False, align=None,
         indent=True, color=None, space_after=0, line=28):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if line:
        pf.line_spacing = Pt(line)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def cell_text(cell, text, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT, font="仿宋_GB2312"):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    lines = text.split("\n")
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(16)
        if line:
            set_font(p.add_run(line), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def red_rule(doc):
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "18")
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "FF0000")
    bdr.append(bottom)
    ppr.append(bdr)
    p.paragraph_format.space_after = Pt(12)


def rule_line(doc, size="6"):
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), size)
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "000000")
    bdr.append(bottom)
    ppr.append(bdr)
    p.paragraph_format.space_after = Pt(0)
    return p


# ---------------------------------------------------------------- table data
# Each category: (heading, [rows]); a row is
# (seq, work, measure, leader, lead, coop, due); seq None / work None / leader None mean
# "continuation of a vertical merge from the row above".
L_CHAIR = "董事长 陈国栋"
L_GM = "党委副书记、总经理 刘晓峰"
L_HUANG = "党委副书记、工会主席 黄丽"
L_SUN = "纪委书记 孙明远"
L_ZHENG = "总会计师 郑雅琴"
L_WANG = "副总经理 王海"
L_HE = "副总经理 何建军"
L_WU = "副总经理 吴迪"
M = None  # merged continuation

CATS = [
    ("一、聚焦主责主业，提升城市功能服务能级（6项）", [
        ("1", "高质量编制集团“十五五”发展规划",
         "对标市委、市政府赋予集团的城市综合开发运营商定位，完成集团“十五五”发展战略规划及投资、产业、人才、数字化等专项规划编制，6月底前按程序报市国资委备案。",
         L_CHAIR, "战略投资部", "各部门、各二级公司", "2026年6月底"),
        ("2", "全力推进城市更新重点项目建设",
         "加快老城西片区、滨江里片区有机更新项目实施，年度完成投资不低于28亿元；启动棚户区改造安置房建设3个，新开工面积35万平方米。",
         L_GM, "工程管理部、澜江置业公司", "财务管理部（资金中心）、安全生产监督部", "2026年12月底"),
        ("3", "加快澜江新城基础设施配套完善",
         "建成通江大道北延、金桥路等6条市政道路，完成雨污分流管网改造18公里；配合做好新城片区学校、社区用房配建移交。",
         M, "澜江城建公司", "工程管理部", "2026年12月底"),
        ("4", "稳步推进保障性住房筹集建设和运营",
         "多渠道筹集配租型保障性住房1200套（间），推进存量商品房收购用作保障性住房试点，保障房租金收缴率达到95%以上。",
         "副总经理　吴迪、王海", "澜江置业公司", "工程管理部", "2026年11月底"),
        # task 5 spans two rows: 序号, 重点工作 and 分管领导 merged down
        ("5", "提升城市供水保障和水务服务水平",
         "（1）完成城北水厂二期扩建工程并通水试运行，新增日供水能力10万吨。",
         L_WANG, "澜江水务公司", "工程管理部", "2026年9月底"),
        (M, M,
         "（2）推进老旧供水管网更新和漏损治理，年内改造管网42公里，公共供水管网漏损率控制在9%以内。",
         M, "澜江水务公司", "安全生产监督部", "2026年12月底"),
        ("6", "做强做优城市停车和公共交通配套运营",
         "新增智慧停车泊位3000个，建成公交首末站2处、充电桩400个，城市运营板块营业收入同比增长10%以上。",
         L_HE, "澜江城市运营公司", "", "2026年12月底"),
    ]),
    ("二、深化改革创新，激发企业发展活力（5项）", [
        ("7", "深入实施国有企业改革深化提升行动",
         "对照改革台账逐项销号，年底前完成改革深化提升行动主要任务的85%以上；推动集团主业聚焦城市开发建设、城市运营服务、产业投资三大板块。",
         L_CHAIR, "战略投资部", "党委组织部（人力资源部）、财务管理部（资金中心）", "2026年12月底"),
        ("8", "推进集团市场化转型和实体化经营",
         "①完成2家二级公司业务整合重组；②经营性收入占营业收入比重提高到60%以上；③压减法人层级至三级以内，清理退出“空壳”企业5户。",
         "总经理 刘晓峰", "战略投资部", "各二级公司", "2026年12月底"),
        ("9", "全面推行经理层成员任期制和契约化管理",
         "二级公司经理层成员任期制和契约化管理签约率保持100%，刚性兑现年度考核结果，末等调整和不胜任退出比例不低于5%。",
         L_GM, "党委组织部（人力资源部）", "各二级公司", "2026年6月底"),
        ("10", "健全市场化薪酬分配和考核激励机制",
         "修订集团工资总额管理办法和二级公司负责人经营业绩考核办法，建立与经营效益、劳动生产率挂钩的工资总额决定机制。",
         M, "党委组织部（人力资源部）", "财务管理部（资金中心）", "2026年10月底"),
        ("11", "稳妥推进低效无效资产盘活处置",
         "全面摸清存量资产底数，建立资产盘活台账，年内盘活闲置厂房、商铺等存量资产不少于12万平方米，回笼资金5亿元以上。",
         L_ZHENG, "城发资产运营公司", "财务管理部（资金中心）、战略投资部", "2026年12月底"),
    ]),
    ("三、强化投融资管理，守牢风险底线（6项）", [
        ("12", "拓宽多元化融资渠道，优化债务结构",
         "积极争取超长期特别国债、专项债券及政策性开发性金融工具支持，力争发行公司债、中期票据等直接融资30亿元，综合融资成本较上年下降0.2个百分点。",
         L_ZHENG, "财务管理部（资金中心）", "各二级公司", "全年"),
        ("13", "严格管控投资项目全生命周期",
         "严格执行投资负面清单和“三重一大”决策制度，主业投资占比不低于90%，开展已完工项目投资后评价不少于4个。",
         M, "战略投资部", "财务管理部（资金中心）、工程管理部", "全年"),
        ("14", "加强融资担保业务风险防控",
         "新增融资担保业务规模12亿元，代偿率控制在1.5%以内，完善反担保措施和代偿追偿机制。",
         M, "澜江融资担保公司", "财务管理部（资金中心）", "持续推进"),
        ("15", "扎实做好安全生产和应急管理工作",
         "落实全员安全生产责任制，深化安全生产治本攻坚三年行动，开展隐患排查整治“回头看”，确保不发生较大及以上生产安全事故。",
         "总经理 刘晓峰\n副总经理 何建军", "安全生产监督部", "各部门、各二级公司", "全年"),
        ("16", "开展在建工程质量安全专项整治",
         "对集团在建项目开展全覆盖质量安全巡查不少于4轮，重点整治深基坑、高支模、起重机械等危大工程，问题整改率100%。",
         L_WU, "工程管理部、安全生产监督部", "各二级公司", "2026年8月底"),
        ("17", "健全合规管理和内控监督体系",
         "出台集团合规管理基本制度，建立重点领域合规风险清单；推进审计整改“清零”，年内开展二级公司经济责任审计5项。",
         L_ZHENG, "法务审计部", "纪委办公室、财务管理部（资金中心）", "2026年12月底"),
    ]),
    ("四、坚持全面从严治党，以高质量党建引领发展（5项）", [
        ("18", "深入推进党的创新理论学习贯彻",
         "落实“第一议题”制度，全年开展党委理论学习中心组集体学习不少于12次，推动党委前置研究讨论重大经营管理事项清单动态更新。",
         L_CHAIR, "党委宣传部（企业文化部）", "集团办公室", "全年"),
        ("19", "加强基层党组织标准化规范化建设",
         "开展基层党支部星级评定，创建“红色引擎”党建品牌示范点6个，推动党建工作与生产经营深度融合。",
         L_HUANG, "党委组织部（人力资源部）", "各二级公司", "2026年11月底"),
        ("20", "实施年轻干部“墩苗”培养工程",
         "选派30名优秀年轻干部到项目一线、基层单位挂职锻炼，建立集团优秀年轻干部库，35岁以下中层管理人员占比提高到15%。",
         M, "党委组织部（人力资源部）", "", "2026年12月底"),
        ("21", "一体推进不敢腐不能腐不想腐",
         "聚焦工程建设、招标采购、融资担保、资产处置等重点领域开展专项监督，运用“四种形态”处理问题线索，开展警示教育不少于4次。",
         L_SUN, "纪委办公室", "各部门、各二级公司", "全年"),
        ("22", "持续深化作风建设和群众身边不正之风治理",
         "严格落实中央八项规定及其实施细则精神，常态化开展“四风”问题明察暗访，整治形式主义为基层减负。",
         M, "纪委办公室", "集团办公室、党委组织部（人力资源部）", "全年"),
    ]),
    ("五、提升治理效能，加强自身建设（3项）", [
        ("23", "推进集团数字化智慧管理平台建设",
         "建成集团财务共享、投资项目管理、资产管理“三位一体”数字化平台，二级公司上线率100%。",
         L_WANG, "集团办公室", "战略投资部、财务管理部（资金中心）", "2026年10月底"),
        ("24", "深化职工关爱和民主管理工作",
         "召开集团第二届职工代表大会第三次会议，办好职工“微心愿”等关爱实事10件，推进厂务公开民主管理规范化。",
         L_HUANG, "集团工会", "党委组织部（人力资源部）", "全年"),
        ("25", "加强督查督办和重点工作考核",
         "建立重点工作月调度、季通报、年考核机制，考核结果与部门、二级公司年度绩效和负责人薪酬直接挂钩。",
         L_CHAIR, "集团办公室", "各部门、各二级公司", "全年"),
    ]),
]


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    red = RGBColor(0xFF, 0x00, 0x00)
    # 版头: joint issuer mark
    for t in (PARTY, CORP):
        para(doc, t, "方正小标宋简体", 24, False, WD_ALIGN_PARAGRAPH.DISTRIBUTE, False, red, 0, 36)
    para(doc, "文件", "方正小标宋简体", 36, False, WD_ALIGN_PARAGRAPH.CENTER, False, red, 6, 44)
    para(doc, "")
    para(doc, "澜城投党〔2026〕5号", size=16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_rule(doc)

    # 标题 (two lines, as printed)
    para(doc, PARTY, "方正小标宋简体", 22, False, WD_ALIGN_PARAGRAPH.CENTER, False, line=32)
    para(doc, CORP + "关于印发集团公司", "方正小标宋简体", 22, False, WD_ALIGN_PARAGRAPH.CENTER, False, line=32)
    para(doc, "2026年重点工作任务分解方案的通知", "方正小标宋简体", 22, False,
         WD_ALIGN_PARAGRAPH.CENTER, False, line=32, space_after=12)

    para(doc, "集团各部门、各二级公司党组织，各二级公司：", indent=False)
    body = [
        "为深入贯彻落实市委、市政府和市国资委关于国有企业高质量发展的部署要求，全面完成集团公司第二届职工代表大会第三次会议暨2026年工作会议确定的目标任务，经集团党委会、董事会研究同意，现将《集团公司2026年重点工作任务分解方案》印发给你们，请结合实际认真抓好落实。现就有关事项通知如下：",
    ]
    for t in body:
        para(doc, t)
    para(doc, "一、提高思想认识", "黑体", 16)
    para(doc, "各部门、各二级公司要把重点工作落实作为检验干部担当作为的“试金石”，主要负责人要亲自研究、亲自部署、亲自督办，确保各项任务按时保质完成。")
    para(doc, "二、压实工作责任", "黑体", 16)
    para(doc, "（一）分管领导要加强对分管领域重点工作的统筹调度，及时协调解决推进中的困难和问题。")
    para(doc, "（二）牵头部门（单位）对牵头任务负总责，要细化工作措施，明确责任人和时间节点，于3月15日前将细化方案报集团办公室；协同部门（单位）要积极主动配合，形成工作合力。表中同一栏列有两个牵头部门（单位）的，由两个部门（单位）共同牵头。")
    para(doc, "（三）涉及各二级公司的任务，各二级公司要对照分解方案逐项制定落实计划，纳入本单位年度工作安排。")
    para(doc, "三、强化督查考核", "黑体", 16)
    para(doc, "集团办公室要建立重点工作任务台账，实行“月调度、季通报、年考核”。各牵头部门（单位）于每季度末月25日前报送工作进展情况，全年工作完成情况于12月10日前报送。重点工作完成情况纳入部门和二级公司年度综合考核，对工作推进不力、进度滞后的，按规定进行约谈问责。")
    para(doc, "")
    p = para(doc, "附件：集团公司2026年重点工作任务分解方案")
    para(doc, "")
    para(doc, "")
    para(doc, PARTY, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, CORP, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "2026年2月26日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "（此件发至各二级公司）")

    # 附件: landscape section
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    new.top_margin, new.bottom_margin = Cm(2.5), Cm(2.5)
    new.left_margin, new.right_margin = Cm(2.5), Cm(2.5)
    para(doc, "附件", "黑体", 16, indent=False)
    para(doc, "集团公司2026年重点工作任务分解方案", "方正小标宋简体", 22, False,
         WD_ALIGN_PARAGRAPH.CENTER, False, line=32, space_after=12)

    headers = ["序号", "重点工作", "具体举措及目标", "分管领导", "牵头部门", "协同部门", "完成时间"]
    widths = [Cm(1.3), Cm(4.0), Cm(8.6), Cm(3.0), Cm(3.2), Cm(3.3), Cm(2.3)]
    table = doc.add_table(rows=1, cols=7)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(headers):
        cell_text(hdr.cells[i], h, 12, True, WD_ALIGN_PARAGRAPH.CENTER, "黑体")

    for cat, rows in CATS:
        r = table.add_row()
        cant_split(r)
        m = r.cells[0].merge(r.cells[6])
        cell_text(m, cat, 12, True, WD_ALIGN_PARAGRAPH.LEFT, "黑体")
        prev = None
        for row in rows:
            r = table.add_row()
            cant_split(r)
            cells = r.cells
            seq, work, meas, leader, lead, coop, due = row
            center = WD_ALIGN_PARAGRAPH.CENTER
            for ci, val, al in ((0, seq, center), (1, work, WD_ALIGN_PARAGRAPH.LEFT),
                                (3, leader, center)):
                if val is None:
                    above = prev.cells[ci]
                    above.merge(cells[ci])
                else:
                    cell_text(cells[ci], val, 10.5, False, al)
            cell_text(cells[2], meas, 10.5, False, WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(cells[4], lead, 10.5, False, center)
            cell_text(cells[5], coop, 10.5, False, center)
            cell_text(cells[6], due, 10.5, False, center)
            prev = r
    for i, w in enumerate(widths):
        table.columns[i].width = w
    for row in table.rows:
        cs = row.cells
        if len({id(c._tc) for c in cs}) == 1:
            cs[0].width = sum(widths, Cm(0))
            continue
        for i, w in enumerate(widths):
            cs[i].width = w

    # 版记 on a final portrait page
    last = doc.add_section()
    last.orientation = WD_ORIENT.PORTRAIT
    last.page_width, last.page_height = Cm(21), Cm(29.7)
    last.top_margin, last.bottom_margin = Cm(3.7), Cm(3.5)
    last.left_margin, last.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(14):
        para(doc, "", indent=False)
    rule_line(doc, "12")
    para(doc, "抄送：市国资委，市委第三巡察组，市审计局。", size=14, indent=False)
    rule_line(doc, "6")
    para(doc, "澜江城市发展投资集团有限公司集团办公室　　　　2026年2月26日印发", size=14, indent=False)
    rule_line(doc, "12")
    doc.save(OUT)
    return OUT


if __name__ == "__main__":
    print(build())
