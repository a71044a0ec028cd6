#!/usr/bin/python3
"""Round 10 (f): three DOCX task-division notices written with python-docx, with hand-typed gold.

62_sanglin_xian_jiaoban_dan.docx     each task is a form table of its own (任务交办单): 编号 | N | 完成时限 | … /
                                     任务名称 / 目标要求 (numbered 1．2． paragraphs inside the cell) / 责任领导 /
                                     牵头单位 / 配合单位, repeated down the page under 一、 section headings
63_chengling_shi_duoji_liebiao.docx  one Word multilevel list: sections 一、 are numbered through a paragraph style
                                     (numPr in styles.xml, not on the paragraph), tasks （一） chineseCounting at
                                     level 2 restarting per section, sub-items 1. at level 3; the clause is a 楷体 run
                                     inside the task paragraph, sometimes split (（牵头单位：A）…（配合单位：B）) or
                                     two clauses in one task; numbered items without clauses (总体要求, 保障措施)
64_baijiang_qu_leibie_qingdan.docx   landscape table 类别 | 序号 | 重点任务 | 责任分工 (责任单位 | 责任人) | 完成时限:
                                     header over two rows, 类别 merged down, 责任单位 written as prose
                                     (A牵头，B、C配合 / A负责 / A会同B负责 / A、B按职责分工负责), one 责任单位 and 责任人
                                     cell merged down over three different tasks
Names are invented. Run: /usr/bin/python3 make_docx_round10.py  (writes next to this script)
"""
import json
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls

import docx_notice
from docx_notice import G, set_font, base, landscape_section

OUT = os.path.dirname(os.path.abspath(__file__)) + "/"


def write_gold(name, golds):
    docx_notice.write_gold(OUT, name, golds)


def heading(d, text, font="黑体", center=False, size=None):
    p = d.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        p.paragraph_format.first_line_indent = Cm(1.13)
    set_font(p.add_run(text), font, size)
    return p


def cell_set(cell, lines, bold=False, font=None, size=None):
    if isinstance(lines, str):
        lines = [lines]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, l in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(l)
        if bold:
            r.bold = True
        if font or size:
            set_font(r, font or "仿宋_GB2312", size)


def set_widths(table, widths):
    """grid columns, and each cell's own width (the sum over the columns it spans)"""
    table.autofit = False
    for col, w in zip(table.columns, widths):
        col.width = Cm(w)
    for row in table.rows:
        j = 0
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths[j:j + span]))
            j += span


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


# ---------------------------------------------------------------------------------------------------- 62
def doc62():
    name = "62_sanglin_xian_jiaoban_dan"
    d = base(["桑林县人民政府办公室", "关于印发2024年县政府重点工作任务交办单的通知"], "桑政办发〔2024〕6号",
             "各乡（镇）人民政府，县政府各部门，县直各单位：",
             ["经县政府第28次常务会议研究同意，现将2024年县政府重点工作任务交办单印发给你们，请认真抓好落实。",
              "交办单所列牵头单位是任务落实的第一责任单位，主要负责同志为第一责任人；配合单位要按照职责分工主动对接、"
              "积极配合。各牵头单位要于每月25日前将任务推进情况书面报县政府督查室，遇有重大问题及时报告。"],
             ["附件：2024年县政府重点工作任务交办单（共9项）"], "桑林县人民政府办公室", "2024年3月4日")
    d.add_page_break()
    heading(d, "附件")
    heading(d, "2024年县政府重点工作任务交办单", "方正小标宋简体", center=True, size=20)
    # card: (no, 任务名称, [目标要求 paragraphs], 责任领导 cell, 牵头单位 cell, 配合单位 cell, 完成时限,
    #        resp, lead, coop, leaders)
    secs = [
        ("一、项目建设", [
            ("1", "县城北部新区路网建设工程",
             ["建成纬三路、经五路等4条城市道路，新增城市道路里程6.8公里，同步完成雨污管网、照明和绿化配套。"],
             "郑晓东（副县长）", "县住房和城乡建设局", "县自然资源局、县财政局、北部新区管委会", "2024年11月底前",
             ["县住房和城乡建设局", "县自然资源局", "县财政局", "北部新区管委会"], ["县住房和城乡建设局"],
             ["县自然资源局", "县财政局", "北部新区管委会"], ["郑晓东"]),
            ("2", "争取上级资金和专项债券",
             ["1．争取中央和省预算内投资项目资金3.5亿元以上；",
              "2．争取地方政府专项债券额度6亿元以上，债券资金6月底前支出进度达到60%。"],
             "林涛（县委常委、常务副县长）", "县发展和改革局、县财政局", "县直有关部门", "2024年12月底前",
             ["县发展和改革局", "县财政局", "县直有关部门"], ["县发展和改革局", "县财政局"], ["县直有关部门"], ["林涛"]),
            ("3", "桑林工业园区标准化厂房二期",
             ["新建标准化厂房12万平方米，年底前完成主体工程并引进入驻企业10家以上。"],
             "郑晓东、周文斌", "桑林工业园区管委会", "县工业和信息化局、县投资促进中心", "2024年12月底前",
             ["桑林工业园区管委会", "县工业和信息化局", "县投资促进中心"], ["桑林工业园区管委会"],
             ["县工业和信息化局", "县投资促进中心"], ["郑晓东", "周文斌"]),
        ]),
        ("二、乡村振兴", [
            ("4", "粮食生产和高标准农田建设",
             ["1．粮食播种面积稳定在46万亩以上，总产量达到19万吨；",
              "2．新建高标准农田3.2万亩，6月底前完成项目招标，11月底前完成竣工验收。"],
             "周文斌（副县长）", "县农业农村局", "县财政局、县水利局、各乡（镇）人民政府", "2024年11月底前",
             ["县农业农村局", "县财政局", "县水利局", "各乡（镇）人民政府"], ["县农业农村局"],
             ["县财政局", "县水利局", "各乡（镇）人民政府"], ["周文斌"]),
            ("5", "农村人居环境整治提升",
             ["完成农村户厕改造2000户，行政村生活垃圾收运处置体系覆盖率保持100%，创建美丽乡村示范村6个。"],
             "周文斌（副县长）", "县农业农村局", "县住房和城乡建设局、县卫生健康局、市生态环境局桑林分局等",
             "2024年12月底前",
             ["县农业农村局", "县住房和城乡建设局", "县卫生健康局", "市生态环境局桑林分局"], ["县农业农村局"],
             ["县住房和城乡建设局", "县卫生健康局", "市生态环境局桑林分局"], ["周文斌"]),
            ("6", "茶产业全链条提质增效",
             ["新建标准化茶园5000亩，培育茶叶规模以上加工企业2家，“桑林云雾”品牌茶叶综合产值突破18亿元。"],
             "周文斌（副县长）", "县茶产业发展中心", "无", "2024年12月底前",
             ["县茶产业发展中心"], ["县茶产业发展中心"], [], ["周文斌"]),
        ]),
        ("三、民生保障", [
            ("7", "县第三中学迁建及学位扩容",
             ["完成县第三中学迁建主体工程，秋季学期新增初中学位1500个；新建乡镇公办幼儿园2所。"],
             "吴静（副县长）", "县教育体育局", "县发展和改革局、县自然资源局、县住房和城乡建设局", "2024年8月底前",
             ["县教育体育局", "县发展和改革局", "县自然资源局", "县住房和城乡建设局"], ["县教育体育局"],
             ["县发展和改革局", "县自然资源局", "县住房和城乡建设局"], ["吴静"]),
            ("8", "医共体建设和基层医疗服务能力提升",
             ["推进紧密型县域医共体建设，县人民医院胸痛、卒中中心通过省级评审，乡镇卫生院全部达到“优质服务基层行”基本标准。"],
             "吴静（副县长）", "县卫生健康局", "县医疗保障局、县人民医院、县中医院", "2024年12月底前",
             ["县卫生健康局", "县医疗保障局", "县人民医院", "县中医院"], ["县卫生健康局"],
             ["县医疗保障局", "县人民医院", "县中医院"], ["吴静"]),
            ("9", "困难群众基本生活保障",
             ["农村低保标准提高到每人每年6600元，特困人员基本生活标准不低于当地低保标准的1.3倍。"],
             "吴静（副县长）", "县民政局", "县财政局、县乡村振兴服务中心，各乡（镇）人民政府", "持续推进",
             ["县民政局", "县财政局", "县乡村振兴服务中心", "各乡（镇）人民政府"], ["县民政局"],
             ["县财政局", "县乡村振兴服务中心", "各乡（镇）人民政府"], ["吴静"]),
        ]),
    ]
    golds = []
    for h, cards in secs:
        heading(d, h)
        for k, (no, tname, goal, ldr, lead, coop, dl, r, ld, co, lds) in enumerate(cards):
            if k:
                d.add_paragraph()      # Word needs a paragraph between two tables, else they merge
            tb = d.add_table(rows=6, cols=4)
            tb.style = "Table Grid"
            tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            cell_set(tb.cell(0, 0), "编号", bold=True)
            cell_set(tb.cell(0, 1), no)
            cell_set(tb.cell(0, 2), "完成时限", bold=True)
            cell_set(tb.cell(0, 3), dl)
            for ri, (label, val) in enumerate([("任务名称", tname), ("目标要求", goal), ("责任领导", ldr),
                                               ("牵头单位", lead), ("配合单位", coop)], 1):
                cell_set(tb.cell(ri, 0), label, bold=True)
                m = tb.cell(ri, 1).merge(tb.cell(ri, 3))
                cell_set(m, val)
            set_widths(tb, [2.6, 5.2, 2.6, 4.6])
            golds.append(G(no, tname[:12], r, ld, co, lds))
    heading(d, "注：各牵头单位要对照交办单细化工作方案，明确进度安排，于3月20日前报县政府督查室备案。", "仿宋_GB2312")
    d.save(OUT + name + ".docx")
    write_gold(name, golds)


# ---------------------------------------------------------------------------------------------------- 63
def add_style_linked_list(d, style_id, levels, absid=700, numid=70):
    """One multilevel abstractNum; level 0 is linked to paragraph style `style_id` (numPr lives in styles.xml)."""
    numbering = d.part.numbering_part.element
    lv = ""
    for i, (fmt, txt, left, first) in enumerate(levels):
        link = f'<w:pStyle w:val="{style_id}"/>' if i == 0 else ""
        lv += (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{link}'
               f'<w:suff w:val="nothing"/><w:lvlText w:val="{txt}"/><w:lvlJc w:val="left"/>'
               f'<w:pPr><w:ind w:left="{left}" w:firstLine="{first}"/></w:pPr></w:lvl>')
    ab = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{absid}">'
                   f'<w:multiLevelType w:val="multilevel"/>{lv}</w:abstractNum>')
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(ab)
    else:
        numbering.append(ab)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{numid}"><w:abstractNumId w:val="{absid}"/></w:num>'))
    return numid


def set_num(p, numid, ilvl):
    pPr = p._p.get_or_add_pPr()
    pPr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{numid}"/></w:numPr>'))


def doc63():
    name = "63_chengling_shi_duoji_liebiao"
    d = base(["澄岭市人民政府办公室", "关于印发2024年市政府重点工作任务分工方案的通知"], "澄政办发〔2024〕8号",
             "各县（市、区）人民政府，市政府各部门、各直属机构：",
             ["《2024年市政府重点工作任务分工方案》已经市政府同意，现印发给你们，请认真组织实施。",
              "方案中每项任务已标注牵头单位和配合单位；只标注“责任单位”的，排在第一位的为牵头单位，其余为配合单位。"
              "各牵头单位要于每季度结束后10日内将工作进展情况报市政府督查室。"],
             ["附件：2024年市政府重点工作任务分工方案"], "澄岭市人民政府办公室", "2024年2月29日")
    d.add_page_break()
    heading(d, "附件")
    heading(d, "2024年市政府重点工作任务分工方案", "方正小标宋简体", center=True, size=22)
    p = d.add_paragraph("为全面完成市十七届人大三次会议确定的目标任务，现就2024年市政府重点工作任务分工制定如下方案。")
    p.paragraph_format.first_line_indent = Cm(1.13)

    # paragraph style whose numbering lives in styles.xml (Word's "link level to style")
    st = d.styles.add_style("方案一级标题", WD_STYLE_TYPE.PARAGRAPH)
    st.style_id = "a7"                           # what Word gives a Chinese-named custom style
    st.base_style = d.styles["Normal"]
    st.font.name = "黑体"
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "黑体")
    style_id = st.style_id
    numid = add_style_linked_list(d, style_id, [("chineseCounting", "%1、", 0, 640),
                                                ("chineseCounting", "（%2）", 0, 640),
                                                ("decimal", "%3.", 0, 640)])
    st.element.get_or_add_pPr().insert(0, parse_xml(
        f'<w:numPr {nsdecls("w")}><w:numId w:val="{numid}"/></w:numPr>'))

    K = "楷体_GB2312"
    # run kinds: b = bold lead sentence, n = normal, k = 楷体 clause, kb = 楷体 bold clause
    # task: (runs, [sub-items], resp, lead, coop) ; an item with resp None is a numbered item without a clause
    secs = [
        ("总体要求", None, [
            ([("b", "指导思想。"), ("n", "坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，统筹扩大内需和深化供给侧结构性改革，"
                                  "着力推动高质量发展。")], [], None, None, None),
            ([("b", "主要目标。"), ("n", "全市地区生产总值增长6%左右，一般公共预算收入增长5%，城镇调查失业率控制在5.5%以内，"
                                  "居民人均可支配收入增长与经济增长基本同步。")], [], None, None, None),
        ]),
        ("着力扩大有效需求", "body", [
            ([("b", "抓好重大项目建设。"), ("n", "全年实施市级重点项目200个，完成投资380亿元以上，新开工项目85个。"),
              ("k", "（牵头单位：市发展改革委；配合单位：市财政局、市自然资源和规划局、市住房城乡建设局）")], [],
             ["市发展改革委", "市财政局", "市自然资源和规划局", "市住房城乡建设局"], ["市发展改革委"],
             ["市财政局", "市自然资源和规划局", "市住房城乡建设局"]),
            ([("b", "促进消费提质扩容。"), ("n", "举办“澄岭消费季”系列促销活动50场以上，社会消费品零售总额增长6.5%。"),
              ("k", "（牵头单位：市商务局；配合单位：市文化广电旅游局、市市场监"), ("k", "管局）")], [],
             ["市商务局", "市文化广电旅游局", "市市场监管局"], ["市商务局"], ["市文化广电旅游局", "市市场监管局"]),
            ([("b", "加快城市更新。"), ("n", "实施城镇老旧小区改造120个"), ("k", "（牵头单位：市住房城乡建设局）"),
              ("n", "，同步完成供水、供气管网改造和既有住宅加装电梯300部"),
              ("k", "（配合单位：市城管局、市市场监管局、各区人民政府）"), ("n", "。")], [],
             ["市住房城乡建设局", "市城管局", "市市场监管局", "各区人民政府"], ["市住房城乡建设局"],
             ["市城管局", "市市场监管局", "各区人民政府"]),
        ]),
        ("推动产业转型升级", "body", [
            ([("b", "稳定工业经济运行。"), ("n", "规模以上工业增加值增长7%，新增规模以上工业企业60家。"),
              ("kb", "（牵头单位：市工业和信息化局；配合单位：市统计局、市税务局）")], [],
             ["市工业和信息化局", "市统计局", "市税务局"], ["市工业和信息化局"], ["市统计局", "市税务局"]),
            ([("b", "加快数字经济发展。"), ("n", "数字经济核心产业增加值占地区生产总值比重达到9%。"),
              ("k", "（牵头单位：市数据局；配合单位：市工业和信息化局、市通信发展管理办公室）")],
             ["新建5G基站1200个，实现乡镇以上区域5G网络连续覆盖。", "培育数字化转型示范企业20家，建设智能工厂和数字化车间15个。"],
             ["市数据局", "市工业和信息化局", "市通信发展管理办公室"], ["市数据局"],
             ["市工业和信息化局", "市通信发展管理办公室"]),
            ([("b", "培育壮大创新主体。"), ("n", "新增高新技术企业80家、科技型中小企业300家，全社会研发投入强度达到2.3%。"),
              ("k", "（责任单位：市科技局、市工业和信息化局、市财政局）")], [],
             ["市科技局", "市工业和信息化局", "市财政局"], ["市科技局"], ["市工业和信息化局", "市财政局"]),
            ([("b", "发展现代农业。"), ("n", "粮食播种面积稳定在210万亩以上"),
              ("k", "（牵头单位：市农业农村局；配合单位：各县（市、区）人民政府）"),
              ("n", "。新建高标准农田8万亩，高效节水灌溉面积2万亩"),
              ("k", "（牵头单位：市农业农村局；配合单位：市财政局、市自然资源和规划局、市水利局）"), ("n", "。")], [],
             ["市农业农村局", "各县（市、区）人民政府", "市财政局", "市自然资源和规划局", "市水利局"], ["市农业农村局"],
             ["各县（市、区）人民政府", "市财政局", "市自然资源和规划局", "市水利局"]),
        ]),
        ("持续增进民生福祉", "body", [
            ([("b", "稳定和扩大就业。"), ("n", "城镇新增就业3.5万人，帮助高校毕业生等青年就业创业1.2万人。"),
              ("k", "（牵头单位：市人力资源社会保障局；配合单位：市教育局、市退役军人事务局、团市委）")], [],
             ["市人力资源社会保障局", "市教育局", "市退役军人事务局", "团市委"], ["市人力资源社会保障局"],
             ["市教育局", "市退役军人事务局", "团市委"]),
            ([("b", "扩大优质教育和托育资源。"), ("n", "新建改扩建中小学、幼儿园12所"),
              ("k", "（牵头单位：市教育局；配合单位：市财政局）"), ("n", "；新建社区嵌入式托育点20个，每千人口拥有3岁以下婴幼儿托位数达到4.5个"),
              ("k", "（牵头单位：市卫生健康委；配合单位：市民政局）"), ("n", "。")], [],
             ["市教育局", "市财政局", "市卫生健康委", "市民政局"], ["市教育局", "市卫生健康委"],
             ["市财政局", "市民政局"]),
            ([("b", "提升养老服务水平。"), ("n", "新建街道综合养老服务中心10个，发展老年助餐点150个。"),
              ("k", "（责任单位：市民政局）")], [],
             ["市民政局"], ["市民政局"], []),
            ([("b", "织密社会保障网。"), ("n", "基本养老保险参保率稳定在95%以上，全面推行门诊共济保障机制。"),
              ("k", "（牵头单位：市医保局、市人力资源社会保障局；配合单位：市税务局）")], [],
             ["市医保局", "市人力资源社会保障局", "市税务局"], ["市医保局", "市人力资源社会保障局"], ["市税务局"]),
        ]),
        ("保障措施", None, [
            ([("b", "加强组织领导。"), ("n", "各牵头单位主要负责同志是任务落实的第一责任人，要会同配合单位制定具体措施，"
                                   "明确时间表、路线图，确保各项任务按期完成。")], [], None, None, None),
            ([("b", "强化督查考核。"), ("n", "市政府督查室要将本方案确定的任务纳入年度督查计划，实行季度通报，督查结果作为年度绩效考核的重要依据。")],
             [], None, None, None),
        ]),
    ]
    golds = []
    for si, (h, _kind, items) in enumerate(secs, 1):
        p = d.add_paragraph(h, style=st)          # numbering 一、 comes from the style
        for ti, (runs, subs, r, ld, co) in enumerate(items, 1):
            p = d.add_paragraph()
            set_num(p, numid, 1)
            for kind, txt in runs:
                run = p.add_run(txt)
                if kind == "b":
                    run.bold = True
                elif kind == "k":
                    set_font(run, K)
                elif kind == "kb":
                    set_font(run, K, bold=True)
            for s in subs:
                sp = d.add_paragraph(s)
                set_num(sp, numid, 2)
            if r is not None:
                text = "".join(t for _k, t in runs)
                golds.append(G(f"{si}.{ti}", text[:12], r, ld, co))
    p = d.add_paragraph("本方案未列明的其他工作，按照各部门职责分工抓好落实。")
    p.paragraph_format.first_line_indent = Cm(1.13)
    d.save(OUT + name + ".docx")
    write_gold(name, golds)


# ---------------------------------------------------------------------------------------------------- 64
def doc64():
    name = "64_baijiang_qu_leibie_qingdan"
    d = base(["柏江区人民政府办公室", "关于印发柏江区2024年区政府重点任务清单的通知"], "柏政办发〔2024〕15号",
             "各街道办事处，区政府各部门、各直属机构：",
             ["经区政府第41次常务会议审议通过，现将《柏江区2024年区政府重点任务清单》印发给你们，请结合工作实际认真抓好落实。",
              "各责任单位要对照清单明确的任务和时限，逐项制定推进计划，每月底前将推进情况报区政府办公室。"],
             ["附件：柏江区2024年区政府重点任务清单"], "柏江区人民政府办公室", "2024年3月12日")
    landscape_section(d)
    heading(d, "附件")
    heading(d, "柏江区2024年区政府重点任务清单", "方正小标宋简体", center=True, size=20)
    # task: (序号, 重点任务, 责任单位 prose, 责任人 paragraphs, 完成时限, resp, lead, coop, leaders)
    cats = [
        ("经济发展", [
            ("1", "地区生产总值增长6.5%，一般公共预算收入增长5%",
             "区发展和改革局牵头，区财政局、区统计局配合", ["陈建华"], "2024年12月底",
             ["区发展和改革局", "区财政局", "区统计局"], ["区发展和改革局"], ["区财政局", "区统计局"], ["陈建华"]),
            ("2", "新增规模以上工业企业25家，规上工业增加值增长8%",
             "区工业和信息化局牵头，区科技局、区投资促进局配合", ["陈建华", "刘芳"], "2024年12月底",
             ["区工业和信息化局", "区科技局", "区投资促进局"], ["区工业和信息化局"], ["区科技局", "区投资促进局"],
             ["陈建华", "刘芳"]),
            ("3", "举办促消费活动30场以上，社会消费品零售总额增长7%",
             "区商务局负责", ["刘芳"], "2024年12月底",
             ["区商务局"], ["区商务局"], [], ["刘芳"]),
            ("4", "争取地方政府专项债券资金10亿元，债券项目开工率达到100%",
             "区发展和改革局、区财政局牵头，各街道办事处配合", ["陈建华"], "2024年9月底",
             ["区发展和改革局", "区财政局", "各街道办事处"], ["区发展和改革局", "区财政局"], ["各街道办事处"], ["陈建华"]),
        ]),
        ("城市建设", [
            ("5", "完成城中村改造2个、老旧小区改造36个",
             "区住房和城乡建设局会同区自然资源分局、区城市管理局负责", ["赵明远"], "2024年11月底",
             ["区住房和城乡建设局", "区自然资源分局", "区城市管理局"], ["区住房和城乡建设局"],
             ["区自然资源分局", "区城市管理局"], ["赵明远"]),
            ("6", "打通断头路5条，新增公共停车泊位2000个",
             "区交通运输局牵头，区公安分局交通警察大队、区住房和城乡建设局配合", ["赵明远（副区长）"], "2024年12月底",
             ["区交通运输局", "区公安分局交通警察大队", "区住房和城乡建设局"], ["区交通运输局"],
             ["区公安分局交通警察大队", "区住房和城乡建设局"], ["赵明远"]),
            ("7", "推进生活垃圾分类，城区覆盖率达到95%以上",
             "区城市管理局、区住房和城乡建设局按职责分工负责", ["赵明远"], "长期坚持",
             ["区城市管理局", "区住房和城乡建设局"], None, None, ["赵明远"]),
        ]),
        ("营商环境", [
            ("8", "深化“一件事一次办”改革，新增集成办理事项20项", None, None, "2024年6月底",
             ["区行政审批服务局", "区直有关部门"], ["区行政审批服务局"], ["区直有关部门"], ["孙国强"]),
            ("9", "工程建设项目审批时间压缩至60个工作日以内", None, None, "2024年12月底",
             ["区行政审批服务局", "区直有关部门"], ["区行政审批服务局"], ["区直有关部门"], ["孙国强"]),
            ("10", "推行“综合查一次”联合执法，涉企检查频次下降30%", None, None, "长期坚持",
             ["区行政审批服务局", "区直有关部门"], ["区行政审批服务局"], ["区直有关部门"], ["孙国强"]),
        ]),
        ("民生保障", [
            ("11", "城镇新增就业5000人，城镇调查失业率控制在5.5%以内",
             "区人力资源和社会保障局牵头，区教育局、团区委配合", ["孙国强"], "2024年12月底",
             ["区人力资源和社会保障局", "区教育局", "团区委"], ["区人力资源和社会保障局"], ["区教育局", "团区委"],
             ["孙国强"]),
            ("12", "新建中小学2所、幼儿园3所，新增学位3600个",
             "区教育局牵头，区财政局配合，各街道办事处具体落实", ["孙国强", "王丽华"], "2024年8月底",
             ["区教育局", "区财政局", "各街道办事处"], ["区教育局"], ["区财政局", "各街道办事处"], ["孙国强", "王丽华"]),
            ("13", "新建社区卫生服务中心2个，家庭医生签约服务覆盖率达到45%",
             "区卫生健康局牵头，区医疗保障局、区市场监督管理局配合。", ["王丽华"], "2024年10月底",
             ["区卫生健康局", "区医疗保障局", "区市场监督管理局"], ["区卫生健康局"],
             ["区医疗保障局", "区市场监督管理局"], ["王丽华"]),
            ("14", "新建社区养老服务站8个、老年食堂12个",
             "区民政局牵头，区财政局、区卫生健康局等部门配合", ["王丽华"], "2024年12月底",
             ["区民政局", "区财政局", "区卫生健康局"], ["区民政局"], ["区财政局", "区卫生健康局"], ["王丽华"]),
        ]),
    ]
    merged_unit = ("区行政审批服务局牵头，区直有关部门配合", ["孙国强"])
    CN = "一二三四五六七八九十"
    n_rows = 2 + sum(len(t) for _c, t in cats)
    tb = d.add_table(rows=n_rows, cols=6)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    # two header rows: 类别 / 序号 / 重点任务 / 完成时限 merged down; 责任分工 across 责任单位 | 责任人
    for c, h in [(0, "类别"), (1, "序号"), (2, "重点任务"), (5, "完成时限")]:
        m = tb.cell(0, c).merge(tb.cell(1, c))
        cell_set(m, h, bold=True, font="黑体")
    m = tb.cell(0, 3).merge(tb.cell(0, 4))
    cell_set(m, "责任分工", bold=True, font="黑体")
    cell_set(tb.cell(1, 3), "责任单位", bold=True, font="黑体")
    cell_set(tb.cell(1, 4), "责任人", bold=True, font="黑体")
    repeat_header(tb.rows[0])
    repeat_header(tb.rows[1])
    golds = []
    r0 = 2
    for ci, (cat, tasks) in enumerate(cats):
        m = tb.cell(r0, 0).merge(tb.cell(r0 + len(tasks) - 1, 0))
        cell_set(m, f"{CN[ci]}、{cat}", bold=True)
        merged_from = None
        for k, (no, task, unit, persons, dl, r, ld, co, lds) in enumerate(tasks):
            ri = r0 + k
            cell_set(tb.cell(ri, 1), no)
            cell_set(tb.cell(ri, 2), task)
            cell_set(tb.cell(ri, 5), dl)
            if unit is None:
                if merged_from is None:
                    merged_from = ri
            else:
                cell_set(tb.cell(ri, 3), unit)
                cell_set(tb.cell(ri, 4), persons)
            golds.append(G(no, task[:12], r, ld, co, lds))
        if merged_from is not None:
            last = r0 + len(tasks) - 1
            m = tb.cell(merged_from, 3).merge(tb.cell(last, 3))
            cell_set(m, merged_unit[0])
            m = tb.cell(merged_from, 4).merge(tb.cell(last, 4))
            cell_set(m, merged_unit[1])
        r0 += len(tasks)
    set_widths(tb, [2.4, 1.4, 9.0, 6.8, 2.8, 2.8])
    p = d.add_paragraph("注：涉及街道的任务，由各街道办事处按照属地管理原则负责落实，清单中不再一一列出。")
    p.paragraph_format.first_line_indent = Cm(1.13)
    d.save(OUT + name + ".docx")
    write_gold(name, golds)


for f in (doc62, doc63, doc64):
    f()
print("ok")
