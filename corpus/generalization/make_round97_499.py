#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes 499_cangling_shi_biaotou_zhuming_qiantou.docx next to itself.

A 市政府办公室 red-header notice printing two 附件 tables. The cover text
speaks of 牵头单位 and 配合单位 but never says how to tell them apart: the
only statement of the rule is inside the 责任单位 column header of each
table, on a second line of the header cell in smaller 楷体
(附件1: 排在第一位的为牵头单位; 附件2: 带“*”的为牵头单位).
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

NAME = "499_cangling_shi_biaotou_zhuming_qiantou.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(container, text="", font=FS, size=16, bold=False, align=None,
         indent=True, color=None, space_after=0, line=28):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    if line:
        pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def add_runs(p, parts):
    for text, font, size, bold in parts:
        set_font(p.add_run(text), font, size, bold)


def bottom_border(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def page_field(p):
    set_font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._element.append(f1)
    r2 = p.add_run()
    set_font(r2, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r2._element.append(it)
    r3 = p.add_run()
    set_font(r3, "宋体", 14)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r3._element.append(f2)
    r4 = p.add_run("1")
    set_font(r4, "宋体", 14)
    r5 = p.add_run()
    set_font(r5, "宋体", 14)
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r5._element.append(f3)
    set_font(p.add_run(" —"), "宋体", 14)


def footer(section):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(fp)


def set_repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def cell_text(cell, lines, font=FS, size=12, bold=False,
              align=WD_ALIGN_PARAGRAPH.CENTER):
    """lines: list of (text, font, size, bold) per paragraph or plain str."""
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    first = True
    for ln in lines:
        if isinstance(ln, str):
            ln = (ln, font, size, bold)
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(ln[2] + 6)
        set_font(p.add_run(ln[0]), ln[1], ln[2], ln[3])


def widths(table, cms):
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)


def build_table(doc, header, colw, groups, task_col_left=(1, 2), lead_col=3,
                leader_col=None, merge_leaders=()):
    """groups: list of (section title or None, [row lists])."""
    ncol = len(header)
    t = doc.add_table(rows=1, cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hr = t.rows[0]
    set_repeat_header(hr)
    for i, h in enumerate(header):
        cell_text(hr.cells[i], [h] if isinstance(h, str) else h,
                  font=HT, size=12)
    row_index = {}
    for sec, rows in groups:
        if sec:
            r = t.add_row()
            cant_split(r)
            m = r.cells[0].merge(r.cells[ncol - 1])
            cell_text(m, [(sec, HT, 12, False)], align=WD_ALIGN_PARAGRAPH.LEFT)
        for vals in rows:
            r = t.add_row()
            cant_split(r)
            row_index[vals[0]] = r
            for i, v in enumerate(vals):
                if v is None:
                    continue
                al = (WD_ALIGN_PARAGRAPH.LEFT if i in task_col_left
                      else WD_ALIGN_PARAGRAPH.CENTER)
                cell_text(r.cells[i], [v] if isinstance(v, str) else v,
                          align=al)
    widths(t, colw)
    for a, b in merge_leaders:
        top = row_index[a].cells[leader_col]
        bot = row_index[b].cells[leader_col]
        top.merge(bot)
    return t


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    s0 = doc.sections[0]
    s0.page_width, s0.page_height = Cm(21), Cm(29.7)
    s0.top_margin, s0.bottom_margin = Cm(3.7), Cm(3.5)
    s0.left_margin, s0.right_margin = Cm(2.8), Cm(2.6)
    footer(s0)

    # 版头
    para(doc, "", indent=False, line=None)
    p = para(doc, "苍岭市人民政府办公室文件", font=XBS, size=42,
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, color="FF0000",
             line=None)
    para(doc, "", indent=False)
    p = para(doc, "苍政办发〔2025〕4号", align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False)
    bottom_border(p, sz=24)
    para(doc, "", indent=False)

    para(doc, "苍岭市人民政府办公室", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    para(doc, "关于印发2025年《政府工作报告》重点工作", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    para(doc, "任务分解方案的通知", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    para(doc, "", indent=False)

    para(doc, "各县（市、区）人民政府，苍岭经开区管委会，市政府各部门、"
              "各直属机构，有关单位：", indent=False)
    body = [
        "为全面完成市十七届人大五次会议审议通过的《政府工作报告》确定的"
        "各项目标任务，经市人民政府同意，现将《2025年〈政府工作报告〉重点"
        "工作任务分解表》《2025年市级十件民生实事项目分解表》印发给你们，"
        "并就有关事项通知如下，请认真贯彻落实。",
    ]
    for b in body:
        para(doc, b)
    p = para(doc, "")
    add_runs(p, [("一、提高思想认识。", HT, 16, False),
                 ("各地各部门要把落实《政府工作报告》作为今年工作的重中之重，"
                  "主要负责同志亲自研究、亲自部署，对照分解表逐项制定工作方案，"
                  "明确时间表、路线图和责任人，确保各项任务按期完成。", FS, 16,
                  False)])
    p = para(doc, "")
    add_runs(p, [("二、压实工作责任。", HT, 16, False),
                 ("各项任务的责任市领导要加强统筹调度，定期听取工作进展，"
                  "协调解决重大问题。牵头单位要切实履行牵头职责，主动加强与配合"
                  "单位的沟通对接，细化分解目标任务；配合单位要按照职责分工积极"
                  "主动配合，形成工作合力。各县（市、区）人民政府要结合实际抓好"
                  "贯彻落实。", FS, 16, False)])
    p = para(doc, "")
    add_runs(p, [("三、强化督查考核。", HT, 16, False),
                 ("各牵头单位要于每季度最后一个月25日前，将任务推进情况书面"
                  "报送市政府督查室（电子版发送至czbdcs@163.com）。市政府督查室"
                  "要加强跟踪督办，定期通报任务进展情况，并将落实情况纳入年度"
                  "绩效考核。", FS, 16, False)])
    para(doc, "")
    p = para(doc, "附件：1．2025年《政府工作报告》重点工作任务分解表")
    p = para(doc, "　　　2．2025年市级十件民生实事项目分解表")
    para(doc, "")
    para(doc, "")
    para(doc, "苍岭市人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT,
         indent=False).paragraph_format.right_indent = Cm(1.2)
    para(doc, "2025年2月18日", align=WD_ALIGN_PARAGRAPH.RIGHT,
         indent=False).paragraph_format.right_indent = Cm(1.6)
    para(doc, "（此件公开发布）")

    # 附件1: landscape section
    s1 = doc.add_section(WD_SECTION.NEW_PAGE)
    s1.orientation = WD_ORIENT.LANDSCAPE
    s1.page_width, s1.page_height = Cm(29.7), Cm(21)
    s1.top_margin, s1.bottom_margin = Cm(2.6), Cm(2.4)
    s1.left_margin, s1.right_margin = Cm(2.5), Cm(2.5)
    footer(s1)
    para(doc, "附件1", font=HT, size=16, indent=False)
    para(doc, "2025年《政府工作报告》重点工作任务分解表", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_after=12,
         line=35)

    hdr1 = [
        "序号", "重点工作任务", "责任市领导",
        [("责任单位", HT, 12, False),
         ("（排在第一位的为牵头单位）", KT, 10.5, False)],
        "完成时限",
    ]
    g1 = [
        ("一、稳住经济增长基本盘", [
            ["1", "全年地区生产总值增长5.5%左右，一般公共预算收入增长4%，规模以上"
                  "工业增加值增长7%，固定资产投资增长6%。", "程永康、宋佳明",
             "市发展改革委、市统计局、市工业和信息化局、市财政局",
             "2025年12月底"],
            ["2", "积极争取超长期特别国债和新增地方政府专项债券资金30亿元以上，"
                  "谋划储备重大项目200个以上，新开工亿元以上项目120个。",
             "宋佳明", "市发展改革委、市财政局", "2025年12月底"],
            ["3", "落实大规模设备更新和消费品以旧换新政策，开展“苍岭消费季”"
                  "系列促消费活动，社会消费品零售总额增长6%。", "陆卫东",
             "市商务局、市发展改革委、市工业和信息化局、市财政局",
             "2025年12月底"],
            ["4", "扎实推进“四上”企业培育，全年新增规模以上工业企业50家、"
                  "限额以上商贸企业80家。", None,
             "市工业和信息化局、市商务局、市统计局", "2025年12月底"],
        ]),
        ("二、推动产业转型升级", [
            ["5", "实施制造业“强链补链”行动，推动新能源电池、绿色建材、特色食品"
                  "三大产业集群产值突破600亿元。", "陆卫东", "市工业和信息化局",
             "2025年12月底"],
            ["6", "新认定国家高新技术企业40家以上，全社会研发经费投入强度达到"
                  "2.1%。", None, "市科技局、市统计局、市财政局", "2025年12月底"],
            ["7", "推进苍岭经开区扩区调位，新建标准化厂房30万平方米，园区规模以上"
                  "工业产值增长10%。", None,
             "苍岭经开区管委会、市自然资源和规划局、市住房城乡建设局",
             "2025年11月底"],
            ["8", "加快数字经济发展，新建5G基站800个，推动200家中小企业数字化"
                  "转型。", None, "市数据局、市工业和信息化局", "2025年12月底"],
        ]),
        ("三、全面深化改革开放", [
            ["9", "深化“高效办成一件事”改革，年内新增重点事项集成服务15项，"
                  "政务服务事项网上可办率达到98%。", "宋佳明",
             "市政务服务中心、市数据局、市司法局", "2025年10月底"],
            ["10", "开展优化营商环境攻坚行动，健全防范和化解拖欠企业账款长效"
                   "机制，及时兑现惠企政策。", None,
             "市发展改革委、市工业和信息化局、市财政局、市国资委",
             "持续推进"],
            ["11", "深化国资国企改革，推动市属国有企业整合重组，完成市城投集团"
                   "市场化转型。", None, "市国资委", "2025年9月底"],
            ["12", "稳住外贸外资基本盘，全年进出口总额增长8%，实际使用外资"
                   "1.2亿美元。", "陆卫东",
             "市商务局、苍岭海关、国家税务总局苍岭市税务局", "2025年12月底"],
        ]),
        ("四、全面推进乡村振兴", [
            ["13", "稳定粮食播种面积265万亩，粮食总产量保持在110万吨以上，"
                   "新建高标准农田12万亩。", "邹海平",
             "市农业农村局、市自然资源和规划局、市水利局、市财政局",
             "2025年12月底"],
            ["14", "巩固拓展脱贫攻坚成果，健全防止返贫致贫监测帮扶机制，"
                   "守牢不发生规模性返贫致贫底线。", None,
             "市农业农村局、各县（市、区）人民政府", "持续推进"],
            ["15", "实施农村人居环境整治提升行动，农村卫生厕所普及率达到80%，"
                   "生活垃圾收运处置体系覆盖所有行政村。", None,
             "市农业农村局、市卫生健康委、市生态环境局", "2025年12月底"],
            ["16", "推进水利基础设施建设，开工建设清河灌区续建配套与现代化改造"
                   "工程。", None, "市水利局", "2025年6月底"],
        ]),
        ("五、提升城市功能品质", [
            ["17", "实施城市更新行动，改造城镇老旧小区86个、城中村1个，"
                   "新开工保障性住房1200套。", "谭志远",
             "市住房城乡建设局、市自然资源和规划局、市财政局",
             "2025年12月底"],
            ["18", "加快交通基础设施建设，确保苍岭至临河高速公路建成通车，"
                   "改造提升农村公路300公里。", None, "市交通运输局",
             "2025年12月底"],
            ["19", "推进城市精细化管理，新建改建城市公园、口袋公园10个，"
                   "完成主城区背街小巷整治50条。", None,
             "市城市管理局、市住房城乡建设局", "2025年10月底"],
            ["20", "深入打好污染防治攻坚战，细颗粒物平均浓度控制在35微克/"
                   "立方米以内，国省控断面水质优良比例保持100%。", "邹海平",
             "市生态环境局、市住房城乡建设局、市交通运输局、市公安局",
             "2025年12月底"],
        ]),
        ("六、持续增进民生福祉", [
            ["21", "实施就业优先战略，城镇新增就业2.3万人，城镇调查失业率"
                   "控制在5.5%以内。", "何晓岚",
             "市人力资源社会保障局、市教育局、市财政局", "2025年12月底"],
            ["22", "推进义务教育优质均衡发展，新建改扩建中小学校8所，新增学位"
                   "6000个。", None,
             "市教育局、市发展改革委、市自然资源和规划局", "2025年8月底"],
            ["23", "深化紧密型县域医共体建设，推进市人民医院省级区域医疗中心"
                   "建设。", None, "市卫生健康委、市医保局", "2025年12月底"],
        ]),
        ("七、统筹发展和安全", [
            ["24", "深入开展安全生产治本攻坚三年行动，加强重点行业领域风险隐患"
                   "排查整治，坚决遏制重特大事故发生。", "孟凡超",
             "市应急管理局、市安委会各成员单位", "持续推进"],
            ["25", "推进更高水平的平安苍岭建设，深化信访工作法治化，常态化开展"
                   "扫黑除恶斗争。", None, "市公安局、市司法局、市信访局",
             "持续推进"],
        ]),
    ]
    build_table(doc, hdr1, [1.3, 11.6, 2.6, 6.7, 2.5], g1, task_col_left=(1,),
                leader_col=2,
                merge_leaders=[("3", "4"), ("5", "8"), ("9", "11"),
                               ("13", "16"), ("17", "19"), ("21", "23"),
                               ("24", "25")])

    # 附件2
    p = para(doc, "", indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件2", font=HT, size=16, indent=False)
    para(doc, "2025年市级十件民生实事项目分解表", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_after=12,
         line=35)
    hdr2 = [
        "序号", "项目名称", "目标任务", "责任市领导",
        [("责任单位", HT, 12, False),
         ("（带“*”的为牵头单位）", KT, 10.5, False)],
        "完成时限",
    ]
    g2 = [(None, [
        ["1", "城镇老旧小区改造提升工程", "改造城镇老旧小区86个，惠及居民1.2万户，"
              "同步加装电梯40部。", "谭志远",
         "市住房城乡建设局*、市财政局、各县（市、区）人民政府", "2025年12月底"],
        ["2", "普惠托育服务扩容工程", "新增普惠性托位600个，每个县（市、区）"
              "至少建成1所公办托育综合服务中心。", "何晓岚",
         "市卫生健康委*、市发展改革委、市民政局", "2025年12月底"],
        ["3", "城乡适龄妇女“两癌”免费筛查", "为3.5万名35—64岁城乡适龄妇女"
              "免费开展宫颈癌、乳腺癌筛查。", None, "市卫生健康委*、市妇联",
         "2025年11月底"],
        ["4", "社区老年助餐服务提质", "新建社区老年食堂（助餐点）60个，"
              "为80周岁以上老年人提供助餐补贴。", None,
         "市民政局*、市商务局、市市场监管局", "2025年10月底"],
        ["5", "困难群众医疗救助“一站式”结算", "在全市定点医疗机构实现基本医保、"
              "大病保险、医疗救助“一站式”结算全覆盖。", None,
         "市民政局、市医保局*", "2025年6月底"],
        ["6", "城区易涝积水点整治", "完成主城区25处易涝积水点改造，新建改造"
              "雨水管网18公里。", "谭志远",
         "市住房城乡建设局*、市城市管理局*、市水利局", "2025年5月底"],
        ["7", "新能源汽车公共充电设施建设", "新建公共充电桩1500个，实现乡镇"
              "公共充电设施全覆盖。", "宋佳明",
         "市发展改革委*、国网苍岭供电公司、市住房城乡建设局", "2025年12月底"],
        ["8", "农村供水保障提升工程", "实施农村供水规模化建设和小型工程标准化"
              "改造，新增受益人口8万人。", "邹海平", "市水利局*",
         "2025年12月底"],
        ["9", "市民服务热线“接诉即办”提质增效", "整合政务服务便民热线，"
              "群众诉求按时办结率达到95%以上。", "宋佳明", "市政务服务中心",
         "2025年9月底"],
        ["10", "零工市场和就业驿站建设", "建成标准化零工市场6个、社区就业驿站"
               "50个。", "何晓岚",
         "市人力资源社会保障局*、各县（市、区）人民政府", "2025年10月底"],
    ])]
    build_table(doc, hdr2, [1.3, 5.0, 8.0, 2.6, 5.8, 2.5], g2,
                task_col_left=(1, 2), leader_col=3,
                merge_leaders=[("2", "5")])

    # 版记 in a portrait section of its own
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.PORTRAIT
    s2.page_width, s2.page_height = Cm(21), Cm(29.7)
    s2.top_margin, s2.bottom_margin = Cm(3.7), Cm(3.5)
    s2.left_margin, s2.right_margin = Cm(2.8), Cm(2.6)
    footer(s2)
    for _ in range(20):
        para(doc, "", indent=False)
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = bj._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side, sz in (("top", 8), ("bottom", 8), ("insideH", 4)):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblpr.append(borders)
    c = bj.rows[0].cells[0]
    cell_text(c, ["抄送：市委各部门，市人大常委会办公室，市政协办公室，"
                  "市监委，市中级法院，市检察院。"], size=14,
              align=WD_ALIGN_PARAGRAPH.LEFT)
    c = bj.rows[1].cells[0]
    cell_text(c, ["苍岭市人民政府办公室　　　　　　　　 2025年2月18日印发"],
              size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
    widths(bj, [15.6])

    doc.core_properties.author = "市政府办公室秘书科"
    doc.core_properties.title = "关于印发2025年《政府工作报告》重点工作任务分解方案的通知"
    doc.save(OUT)


if __name__ == "__main__":
    main()
