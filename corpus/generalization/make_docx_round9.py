#!/usr/bin/python3
"""Round 9 (d): three DOCX task-division notices written with python-docx, with gold.

56_zichuan_xian_bannian_fenjie.docx   two half-year tables 序号/项目/目标任务/责任部门/协办部门/县级联系领导/时间节点,
                                      title row inside each table, 合计 and 备注 rows at the end
57_fengxi_xian_zidong_dunhao.docx     task paragraphs with Word automatic numbering decimal `%1、`, the clause in the
                                      next paragraph in bold/italic 楷体 `（责任单位：…）`, a cover-text lead rule
58_lanwan_qu_hunhe_xuhao.docx         table whose 序号 column holds 一/二 for sections and 1/2 for tasks (restarting),
                                      责任单位 cell `牵头：A` / `配合：B、C` as two paragraphs, 责任人 `李强（局长）`
Names are invented. Run: /usr/bin/python3 make_docx_round9.py  (writes next to this script)
"""
import json
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls

import docx_notice
from docx_notice import G, set_font, base, landscape_section

OUT = os.path.dirname(os.path.abspath(__file__)) + "/"


def write_gold(name, golds):
    docx_notice.write_gold(OUT, name, golds)


def cell_paras(cell, lines):
    cell.text = lines[0]
    for l in lines[1:]:
        cell.add_paragraph(l)


def set_widths(table, widths):
    table.autofit = False
    for col, w in zip(table.columns, widths):
        col.width = Cm(w)
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


# ---------------------------------------------------------------------------------------------------- 56
def doc56():
    name = "56_zichuan_xian_bannian_fenjie"
    d = base(["梓川县人民政府办公室", "关于印发梓川县2024年重点工作半年目标任务分解表的通知"], "梓政办发〔2024〕9号",
             "各乡镇人民政府，县政府各部门，县经济开发区管委会：",
             ["为确保县十八届人大四次会议确定的各项目标任务落到实处，经县政府同意，现将梓川县2024年上半年、下半年重点工作"
              "目标任务分解表印发给你们，请认真抓好落实。",
              "各责任部门要对照时间节点倒排工期，于每月25日前将推进情况报县政府督查室；未按时间节点完成的，要书面说明原因。"],
             ["附件：1．梓川县2024年上半年重点工作目标任务分解表", "2．梓川县2024年下半年重点工作目标任务分解表"],
             "梓川县人民政府办公室", "2024年2月27日")
    hdr = ["序号", "项目", "目标任务", "责任部门", "协办部门", "县级联系领导", "时间节点"]
    note = "1．责任部门为牵头部门，协办部门为配合部门；2．县级联系领导负责统筹调度，每月听取一次工作汇报。"
    # (序号, 项目, 目标任务, 责任部门, 协办部门, 领导 cell, 时间节点, resp, lead, coop, leaders)
    half1 = [
        ("1", "固定资产投资", "完成固定资产投资28亿元，同比增长8%以上", "县发展和改革局", "县统计局、各乡镇人民政府", "赵振华", "6月30日前",
         ["县发展和改革局", "县统计局", "各乡镇人民政府"], ["县发展和改革局"], ["县统计局", "各乡镇人民政府"], ["赵振华"]),
        ("2", "县城污水处理厂提标改造工程", "完成项目可研批复和施工招标，4月底前开工建设", "县住房和城乡建设局", "县发展和改革局、县生态环境分局", "赵振华", "4月30日前",
         ["县住房和城乡建设局", "县发展和改革局", "县生态环境分局"], ["县住房和城乡建设局"], ["县发展和改革局", "县生态环境分局"], ["赵振华"]),
        ("3", "招商引资项目签约落地", "新签约亿元以上项目12个，到位资金15亿元", "县投资促进中心", "县发展和改革局、县工业和信息化局、县经济开发区管委会", "赵振华、孙丽", "6月30日前",
         ["县投资促进中心", "县发展和改革局", "县工业和信息化局", "县经济开发区管委会"], ["县投资促进中心"], ["县发展和改革局", "县工业和信息化局", "县经济开发区管委会"], ["赵振华", "孙丽"]),
        ("4", "规模以上工业企业培育", "新增规模以上工业企业8家", "县工业和信息化局", "县统计局", "孙丽", "6月30日前",
         ["县工业和信息化局", "县统计局"], ["县工业和信息化局"], ["县统计局"], ["孙丽"]),
        ("5", "春季粮食生产", "完成春播粮食作物播种面积32万亩", "县农业农村局", "各乡镇人民政府", "孙丽", "5月31日前",
         ["县农业农村局", "各乡镇人民政府"], ["县农业农村局"], ["各乡镇人民政府"], ["孙丽"]),
        ("6", "城镇新增就业", "城镇新增就业1800人，零就业家庭动态清零", "县人力资源和社会保障局", "/", "周明", "6月30日前",
         ["县人力资源和社会保障局"], ["县人力资源和社会保障局"], [], ["周明"]),
        ("7", "城乡居民医保参保", "城乡居民基本医疗保险参保率达到97%以上", "县医疗保障局、县税务局", "各乡镇人民政府", "周明", "3月31日前",
         ["县医疗保障局", "县税务局", "各乡镇人民政府"], ["县医疗保障局", "县税务局"], ["各乡镇人民政府"], ["周明"]),
    ]
    half2 = [
        ("1", "固定资产投资", "全年完成固定资产投资56亿元，同比增长8%", "县发展和改革局", "县统计局、各乡镇人民政府", "赵振华", "12月31日前",
         ["县发展和改革局", "县统计局", "各乡镇人民政府"], ["县发展和改革局"], ["县统计局", "各乡镇人民政府"], ["赵振华"]),
        ("2", "县城污水处理厂提标改造工程", "完成主体工程建设并通水试运行", "县住房和城乡建设局", "县生态环境分局", "赵振华", "11月30日前",
         ["县住房和城乡建设局", "县生态环境分局"], ["县住房和城乡建设局"], ["县生态环境分局"], ["赵振华"]),
        ("3", "招商引资项目签约落地", "全年新签约亿元以上项目25个，开工率达到60%", "县投资促进中心", "县发展和改革局、县工业和信息化局", "赵振华", "12月31日前",
         ["县投资促进中心", "县发展和改革局", "县工业和信息化局"], ["县投资促进中心"], ["县发展和改革局", "县工业和信息化局"], ["赵振华"]),
        ("4", "规模以上工业企业培育", "全年新增规模以上工业企业15家，规上工业增加值增长7.5%", "县工业和信息化局", "县统计局、县经济开发区管委会", "孙丽", "12月31日前",
         ["县工业和信息化局", "县统计局", "县经济开发区管委会"], ["县工业和信息化局"], ["县统计局", "县经济开发区管委会"], ["孙丽"]),
        ("5", "省级现代农业产业园创建", "完成省级现代农业产业园创建验收", "县农业农村局", "县财政局、县自然资源局", "孙丽", "10月31日前",
         ["县农业农村局", "县财政局", "县自然资源局"], ["县农业农村局"], ["县财政局", "县自然资源局"], ["孙丽"]),
        ("6", "县第二幼儿园建设", "完成主体建设并于秋季学期开园招生", "县教育体育局", "县住房和城乡建设局、县自然资源局", "周明", "9月1日前",
         ["县教育体育局", "县住房和城乡建设局", "县自然资源局"], ["县教育体育局"], ["县住房和城乡建设局", "县自然资源局"], ["周明"]),
        ("7", "农村公路提质改造", "新建改建农村公路120公里，创建“四好农村路”示范乡镇2个", "县交通运输局", "县财政局、各乡镇人民政府", "周明", "11月30日前",
         ["县交通运输局", "县财政局", "各乡镇人民政府"], ["县交通运输局"], ["县财政局", "各乡镇人民政府"], ["周明"]),
    ]
    # leader cells merged downward: (first row index in data, last row index) 0-based within the data rows
    merges = {1: [(0, 1), (5, 6)], 2: [(0, 2), (3, 4), (5, 6)]}
    golds = []
    for ti, (label, title, rows) in enumerate(
            [("附件1", "梓川县2024年上半年重点工作目标任务分解表", half1),
             ("附件2", "梓川县2024年下半年重点工作目标任务分解表", half2)], 1):
        if ti == 1:
            landscape_section(d)
        else:
            d.add_page_break()
        p = d.add_paragraph()
        set_font(p.add_run(label), "黑体")
        extra = 2 if ti == 2 else 1  # 合计 row only in the second table
        tb = d.add_table(rows=2 + len(rows) + extra, cols=7)
        tb.style = "Table Grid"
        c = tb.cell(0, 0).merge(tb.cell(0, 6))      # title row inside the table
        c.text = title
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(c.paragraphs[0].runs[0], "方正小标宋简体", 18)
        for j, h in enumerate(hdr):
            tb.cell(1, j).text = h
            tb.cell(1, j).paragraphs[0].runs[0].bold = True
        for i, r in enumerate(rows):
            ri = 2 + i
            for j in range(7):
                if j == 5:
                    continue
                tb.cell(ri, j).text = r[j]
            golds.append(G(f"{ti}.{r[0]}", r[1][:12], r[7], r[8], r[9], r[10]))
        done = set()
        for a, b in merges[ti]:
            m = tb.cell(2 + a, 5).merge(tb.cell(2 + b, 5))
            m.text = rows[a][5]
            done.update(range(a, b + 1))
        for i, r in enumerate(rows):
            if i not in done:
                tb.cell(2 + i, 5).text = r[5]
        last = 2 + len(rows)
        if ti == 2:
            m = tb.cell(last, 0).merge(tb.cell(last, 1))
            m.text = "合计"
            tb.cell(last, 2).text = "共7项"
            last += 1
        tb.cell(last, 0).text = "备注"
        m = tb.cell(last, 1).merge(tb.cell(last, 6))
        m.text = note if ti == 1 else "同附件1。"
        set_widths(tb, [1.2, 4.0, 6.5, 3.5, 4.5, 2.6, 2.5])
    d.save(OUT + name + ".docx")
    write_gold(name, golds)


# ---------------------------------------------------------------------------------------------------- 57
_absid = [300]


def add_multilevel(d, levels):
    """levels: list of (numFmt, lvlText, left_twips, firstLine_twips). Returns one numId (continuous)."""
    numbering = d.part.numbering_part.element
    aid = _absid[0]
    _absid[0] += 1
    lv = ""
    for i, (fmt, txt, left, first) in enumerate(levels):
        lv += (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
               f'<w:suff w:val="nothing"/><w:lvlText w:val="{txt}"/><w:lvlJc w:val="left"/>'
               f'<w:pPr><w:ind w:left="{left}" w:firstLine="{first}"/></w:pPr></w:lvl>')
    ab = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
                   f'<w:multiLevelType w:val="hybridMultilevel"/>{lv}</w:abstractNum>')
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(ab)
    else:
        numbering.append(ab)
    nid = 300 + len(numbering.findall(qn("w:num")))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    return nid


def set_num(p, numid, ilvl=0):
    pPr = p._p.get_or_add_pPr()
    pPr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{numid}"/></w:numPr>'))


def doc57():
    name = "57_fengxi_xian_zidong_dunhao"
    d = base(["枫溪县人民政府办公室", "关于印发枫溪县2024年县政府重点工作任务分解方案的通知"], "枫政办发〔2024〕4号",
             "各乡镇人民政府，县政府各部门、各直属机构：",
             ["《枫溪县2024年县政府重点工作任务分解方案》已经县政府第36次常务会议研究同意，现印发给你们，请结合实际认真抓好贯彻落实。",
              "各项任务中，责任单位排在第一位的为牵头单位，其余为配合单位。牵头单位要切实履行牵头职责，主动对接配合单位；"
              "配合单位要积极支持，形成工作合力。各牵头单位于每季度最后一个月20日前将工作进展情况报县政府办公室。"],
             [], "枫溪县人民政府办公室", "2024年3月8日")
    d.add_page_break()
    p = d.add_paragraph()
    set_font(p.add_run("附件"), "黑体")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("枫溪县2024年县政府重点工作任务分解方案"), "方正小标宋简体", 22)
    numid = add_multilevel(d, [("decimal", "%1、", 0, 640), ("decimal", "（%2）", 0, 640)])
    # item: (task text, [continuation paragraphs], [sub-items], clause runs [(text, bold, italic)], resp, lead, coop)
    K = "楷体_GB2312"
    secs = [
        ("一、着力扩大有效投资", [
            ("全年实施县级重点项目100个，完成投资75亿元以上，其中新开工项目40个。", [], [],
             [("（责任单位：县发展和改革局、县财政局、县自然资源局）", True, False)],
             ["县发展和改革局", "县财政局", "县自然资源局"], ["县发展和改革局"], ["县财政局", "县自然资源局"]),
            ("争取地方政府专项债券资金12亿元以上，加快债券资金支出进度。", [], [],
             [("（责任单位：县财政局、县发展和改革局）", True, False)],
             ["县财政局", "县发展和改革局"], ["县财政局"], ["县发展和改革局"]),
            ("推进县城城市更新。实施老旧小区改造15个、背街小巷提升20条。",
             ["同步推进燃气、供水管网更新改造，完成雨污分流改造8公里，新增公共停车泊位600个。"], [],
             [("（责任单位：县住房和城乡建设局、县城市管理局；完成时限：2024年11月底前）", True, False)],
             ["县住房和城乡建设局", "县城市管理局"], ["县住房和城乡建设局"], ["县城市管理局"]),
        ]),
        ("二、加快产业转型升级", [
            ("实施工业技术改造项目30个，新增规模以上工业企业10家。", [], [],
             [("（责任单位：县工业和信息化局、县统计局）", True, False)],
             ["县工业和信息化局", "县统计局"], ["县工业和信息化局"], ["县统计局"]),
            ("做强茶叶、竹木两大特色产业，新培育省级农业产业化龙头企业2家。", [],
             ["新建标准化生态茶园1.2万亩，打造“枫溪白茶”区域公用品牌；", "建设竹木精深加工园区一期，引进竹木加工企业5家。"],
             [("（责任单位：县农业农村局、县林业局、县供销社）", True, False)],
             ["县农业农村局", "县林业局", "县供销社"], ["县农业农村局"], ["县林业局", "县供销社"]),
            ("发展全域旅游，创建国家4A级旅游景区1家，接待游客突破500万人次。", [], [],
             [("（责任单位：", True, False), ("县文化和旅游局）", False, False)],
             ["县文化和旅游局"], ["县文化和旅游局"], []),
        ]),
        ("三、持续保障和改善民生", [
            ("新增城镇就业2200人，帮助高校毕业生、退役军人等重点群体就业创业1000人以上。", [], [],
             [("（责任单位：县人力资源和社会保障局、县教育局、县退役军人事务局、团县委）", True, False)],
             ["县人力资源和社会保障局", "县教育局", "县退役军人事务局", "团县委"], ["县人力资源和社会保障局"],
             ["县教育局", "县退役军人事务局", "团县委"]),
            ("新建改扩建公办幼儿园3所，新增学位900个，推进义务教育优质均衡发展。", [], [],
             [("（责任单位：县教育局牵头，县财政局、县自然资源局配合）", True, False)],
             ["县教育局", "县财政局", "县自然资源局"], ["县教育局"], ["县财政局", "县自然资源局"]),
            ("推进紧密型县域医共体建设，县人民医院通过三级医院评审。", [], [],
             [("（责任单位：县卫生健康局、县医疗保障局）", False, True)],
             ["县卫生健康局", "县医疗保障局"], ["县卫生健康局"], ["县医疗保障局"]),
            ("提高城乡低保标准，农村低保标准提高到每人每年7200元。", [], [],
             [("（责任单位：县民政局、县财政局，各乡镇人民政府）", True, False)],
             ["县民政局", "县财政局", "各乡镇人民政府"], ["县民政局"], ["县财政局", "各乡镇人民政府"]),
        ]),
        ("四、加强生态环境保护", [
            ("深入打好蓝天碧水净土保卫战，县城空气质量优良天数比例保持在95%以上。", [], [],
             [("（责任单位：市生态环境局枫溪分局、县住房和城乡建设局、县交通运输局、县公安局）", True, False)],
             ["市生态环境局枫溪分局", "县住房和城乡建设局", "县交通运输局", "县公安局"], ["市生态环境局枫溪分局"],
             ["县住房和城乡建设局", "县交通运输局", "县公安局"]),
            ("全面落实林长制、河湖长制，完成植树造林1.5万亩。", [], [],
             [("（责任单位：县林业局、县水利局，各乡镇人民政府）", True, False)],
             ["县林业局", "县水利局", "各乡镇人民政府"], ["县林业局"], ["县水利局", "各乡镇人民政府"]),
        ]),
    ]
    golds = []
    n = 0
    for h, tasks in secs:
        p = d.add_paragraph()
        p.paragraph_format.first_line_indent = Cm(1.13)
        set_font(p.add_run(h), "黑体")
        for t, cont, subs, clause, r, ld, co in tasks:
            n += 1
            p = d.add_paragraph(t)
            set_num(p, numid, 0)
            for c in cont:
                p = d.add_paragraph(c)
                p.paragraph_format.first_line_indent = Cm(1.13)
            for s in subs:
                p = d.add_paragraph(s)
                set_num(p, numid, 1)
            p = d.add_paragraph()
            p.paragraph_format.first_line_indent = Cm(1.13)
            for txt, b, it in clause:
                set_font(p.add_run(txt), K, bold=b, italic=it)
            golds.append(G(str(n), t[:12], r, ld, co))
    p = d.add_paragraph("县政府督查室将对上述任务落实情况开展季度督查，督查结果纳入年度目标绩效考核。")
    p.paragraph_format.first_line_indent = Cm(1.13)
    d.save(OUT + name + ".docx")
    write_gold(name, golds)


# ---------------------------------------------------------------------------------------------------- 58
def doc58():
    name = "58_lanwan_qu_hunhe_xuhao"
    d = base(["澜湾区人民政府办公室", "关于印发澜湾区2024年生态环境保护重点任务清单的通知"], "澜政办发〔2024〕17号",
             "各街道办事处，区政府各部门：",
             ["为深入打好污染防治攻坚战，持续改善全区生态环境质量，经区政府同意，现将《澜湾区2024年生态环境保护重点任务清单》"
              "印发给你们，请认真组织实施。",
              "各牵头单位主要负责同志为第一责任人，要细化工作措施，每月5日前将上月工作进展报区生态环境保护委员会办公室（设在区生态环境分局）。"],
             ["附件：澜湾区2024年生态环境保护重点任务清单"], "澜湾区人民政府办公室", "2024年3月20日")
    landscape_section(d)
    p = d.add_paragraph()
    set_font(p.add_run("附件"), "黑体")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("澜湾区2024年生态环境保护重点任务清单"), "方正小标宋简体", 22)
    # section: ("一", name, style) style "empty" = other cells left empty, "merged" = cells 2..5 merged
    # task: (no, task, unit paragraphs, person paragraphs, deadline, resp, lead, coop, leaders)
    rows = [
        ("一", "大气污染防治", "empty"),
        ("1", "完成钢铁企业超低排放改造2家，重点行业企业实施深度治理", ["牵头：区生态环境分局", "配合：区工业和信息化局、区发展和改革局"],
         ["李强（局长）"], "2024年10月底前",
         ["区生态环境分局", "区工业和信息化局", "区发展和改革局"], ["区生态环境分局"], ["区工业和信息化局", "区发展和改革局"], ["李强"]),
        ("2", "淘汰国三及以下排放标准营运柴油货车300辆", ["牵头：区交通运输局", "配合：区公安分局、区生态环境分局"],
         ["陈立新（局长）"], "2024年12月底前",
         ["区交通运输局", "区公安分局", "区生态环境分局"], ["区交通运输局"], ["区公安分局", "区生态环境分局"], ["陈立新"]),
        ("3", "加强建筑工地扬尘管控，落实“六个百分之百”要求", ["牵头：区住房和城乡建设局", "配合：区城市管理局、各街道办事处"],
         ["吴海燕（局长）"], "长期坚持",
         ["区住房和城乡建设局", "区城市管理局", "各街道办事处"], ["区住房和城乡建设局"], ["区城市管理局", "各街道办事处"], ["吴海燕"]),
        ("二", "水污染防治", "merged"),
        ("1", "完成入河排污口排查整治45个，建立排污口监管台账", ["牵头：区生态环境分局", "配合：区水利局、各街道办事处"],
         ["李强（局长）"], "2024年9月底前",
         ["区生态环境分局", "区水利局", "各街道办事处"], ["区生态环境分局"], ["区水利局", "各街道办事处"], ["李强"]),
        ("2", "新建改造城镇污水管网28公里，城市生活污水集中收集率达到75%", ["牵头：区住房和城乡建设局、区水利局", "配合：区财政局"],
         ["吴海燕（局长）", "张志刚（局长）"], "2024年12月底前",
         ["区住房和城乡建设局", "区水利局", "区财政局"], ["区住房和城乡建设局", "区水利局"], ["区财政局"], ["吴海燕", "张志刚"]),
        ("3", "集中式饮用水水源地水质达标率保持100%", ["区水利局"],
         ["张志刚（局长）"], "长期坚持",
         ["区水利局"], ["区水利局"], [], ["张志刚"]),
        ("三", "土壤和固体废物污染防治", "empty"),
        ("1", "受污染耕地安全利用率达到93%以上", ["牵头：区农业农村局", "配合：区自然资源局、区生态环境分局"],
         ["黄敏（局长）"], "2024年12月底前",
         ["区农业农村局", "区自然资源局", "区生态环境分局"], ["区农业农村局"], ["区自然资源局", "区生态环境分局"], ["黄敏"]),
        ("2", "推进生活垃圾分类，城区生活垃圾分类覆盖率达到95%", "BR",
         ["刘洋（局长）"], "2024年11月底前",
         ["区城市管理局", "各街道办事处", "区机关事务服务中心"], ["区城市管理局"], ["各街道办事处", "区机关事务服务中心"], ["刘洋"]),
        ("3", "开展危险废物规范化环境管理评估，评估合格率达到90%以上", ["牵头：区生态环境分局", "配合：无"],
         ["李强（局长）"], "2024年8月底前",
         ["区生态环境分局"], ["区生态环境分局"], [], ["李强"]),
        ("四", "生态环境监管", "empty"),
        ("1", "完成中央和省生态环境保护督察反馈问题整改销号", ["牵头：区生态环境分局", "配合：各有关单位"],
         ["李强（局长）", "周文（副局长）"], "2024年12月底前",
         ["区生态环境分局", "各有关单位"], ["区生态环境分局"], ["各有关单位"], ["李强", "周文"]),
        ("2", "开展生态环境“双随机、一公开”执法检查，查处环境违法案件", ["牵头：区生态环境分局", "配合：区公安分局、区市场监督管理局"],
         ["周文（副局长）"], "长期坚持",
         ["区生态环境分局", "区公安分局", "区市场监督管理局"], ["区生态环境分局"], ["区公安分局", "区市场监督管理局"], ["周文"]),
    ]
    tb = d.add_table(rows=1, cols=5)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["序号", "重点任务", "责任单位", "责任人", "完成时限"]):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    golds = []
    sec = 0
    for row in rows:
        cells = tb.add_row().cells
        if len(row) == 3:
            sec += 1
            cells[0].text = row[0]
            if row[2] == "merged":
                m = cells[1].merge(cells[4])
                m.text = row[1]
            else:
                cells[1].text = row[1]
            for c in (cells[0], cells[1]):
                c.paragraphs[0].runs[0].bold = True
            continue
        no, task, units, persons, dl, r, ld, co, lds = row
        cells[0].text = no
        cells[1].text = task
        if units == "BR":   # 牵头/配合 in one paragraph parted by a manual line break (Shift+Enter)
            para = cells[2].paragraphs[0]
            run = para.add_run("牵头：区城市管理局")
            run.add_break()
            para.add_run("配合：各街道办事处、区机关事务服务中心")
        else:
            cell_paras(cells[2], units)
        cell_paras(cells[3], persons)
        cells[4].text = dl
        golds.append(G(f"{sec}.{no}", task[:12], r, ld, co, lds))
    set_widths(tb, [1.4, 9.5, 6.5, 3.5, 3.2])
    d.save(OUT + name + ".docx")
    write_gold(name, golds)


for f in (doc56, doc57, doc58):
    f()
print("ok")
