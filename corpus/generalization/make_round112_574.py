#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 112, notice 574: a 县政府办 red-header Word notice on the year's 重点项目
县级领导包抓责任分工, whose landscape 附件 table carries the project list as the
发改局 compiles it (项目名称 / 建设地点 / 建设规模及内容 / 建设起止年限 / 总投资 /
年度计划投资 / 业主单位) with the 包抓 columns appended (责任单位 / 包抓县级领导).
The roles are set in the cover: 包抓县级领导 负总责, 责任单位 is the 牵头单位
(first of two leads, the other helps), the 业主单位 is the 实施主体 that
配合责任单位; an 业主 that is the 责任单位 itself is one unit; 待招商确定 is none.
"""
import os
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

NAME = "574_yuchuan_xian_zhongdian_xiangmu_yezhu_baozhua.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"
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


def para(doc_or_cell, text="", font=FS, size=16, align=None, indent=False,
         bold=False, color=None, space_after=0, line=None):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    if line is not None:
        pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def run(p, text, font=FS, size=16, bold=False, color=None):
    r = p.add_run(text)
    set_font(r, font, size, bold, color)
    return r


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def border_top_bottom(p, sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        bdr.append(b)
    ppr.append(bdr)


def add_page_field(p, size=14):
    def fld(t):
        r = p.add_run()
        set_font(r, "宋体", size)
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), t)
        r._element.append(fc)
    run(p, "— ", "宋体", size)
    fld("begin")
    r = p.add_run()
    set_font(r, "宋体", size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    fld("separate")
    run(p, "1", "宋体", size)
    fld("end")
    run(p, " —", "宋体", size)


def footer(section):
    section.footer.is_linked_to_previous = False
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(p)


def cell_text(cell, lines, font=FS, size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER,
              bold=False):
    if isinstance(lines, str):
        lines = [lines]
    first = True
    for ln in lines:
        if first:
            p = cell.paragraphs[0]
            first = False
        else:
            p = cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(15)
        if ln:
            r = p.add_run(ln)
            set_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trpr.append(c)


def vmerge(cell, val):
    tcpr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vMerge")
    if val:
        v.set(qn("w:val"), val)
    tcpr.append(v)


# --------------------------------------------------------------------------
# the projects, as the 县发展和改革局 list has them, plus the 包抓 columns
# (序号, 项目名称, 建设地点, 建设规模及内容, 年限, 总投资, 年度计划投资,
#  业主单位, 责任单位 [list], 包抓县级领导 [list] or None = merged from above)
CATS = [
    ("一、工业项目", [
        ("1", "峪川县年产30万吨新型干混砂浆生产线项目", "峪川工业园区",
         "建设干混砂浆生产线2条，配套建设原料仓储及成品库房1.2万平方米",
         "2024—2025", 18000, 12000, "峪川县宏远新型建材有限公司",
         ["峪川工业园区管委会", "县工业和信息化局"], ["魏德林"]),
        ("2", "峪川秦岭特色食品精深加工项目", "东坝镇",
         "新建标准化厂房2.4万平方米，购置核桃乳、魔芋制品生产线4条",
         "2025—2026", 26000, 9000, "峪川秦岭绿色食品有限公司",
         ["县工业和信息化局"], None),
        ("3", "峪川县100兆瓦农光互补光伏发电项目", "石门镇、双河镇",
         "装机容量100兆瓦，配套建设110千伏升压站1座及送出线路14公里",
         "2025—2026", 42000, 25000, "峪川县天和光伏发电有限公司",
         ["县发展和改革局"], ["郭晓峰"]),
        ("4", "峪川工业园区标准化厂房三期项目", "峪川工业园区",
         "新建标准化厂房6栋5.2万平方米，配套建设道路、给排水及供电管网",
         "2024—2025", 15600, 8600, "峪川县城乡建设投资开发有限公司",
         ["峪川工业园区管委会"], None),
        ("5", "年产5000吨食用菌工厂化生产项目", "双河镇",
         "新建菌种研发中心、出菇车间及冷链仓储设施3.1万平方米",
         "2025—2026", 12500, 6000, "峪川县绿源菌业有限公司",
         ["县农业农村局"], ["程立新"]),
        ("6", "峪川县中药材仓储物流及初加工中心项目", "城关街道",
         "建设中药材仓储库房2万平方米、初加工车间8000平方米及交易展示区",
         "2025—2027", 30000, 5000, "待招商确定",
         ["县商务局", "县农业农村局"], ["曹海燕"]),
        ("7", "峪川县再生资源回收利用产业园项目", "峪川工业园区",
         "建设废旧金属、废塑料分拣加工线5条，年处理再生资源15万吨",
         "2025—2026", 21000, 10000, "中恒（峪川）环保科技有限公司",
         ["县工业和信息化局", "峪川工业园区管委会"], ["魏德林"]),
        ("8", "峪川县电子元器件生产项目", "峪川工业园区",
         "租赁标准化厂房1.5万平方米，建设电子元器件贴片及组装生产线6条",
         "2025—2026", 16000, 6000, "待定",
         ["峪川工业园区管委会", "县商务局"], None),
        ("9", "峪川县天然气储气调峰设施项目", "城关街道",
         "新建LNG储罐2座及配套气化、调压设施，储气能力120万立方米",
         "2025", 8500, 8500, "峪川县天然气有限责任公司",
         ["县发展和改革局"], ["郭晓峰"]),
    ]),
    ("二、基础设施项目", [
        ("10", "峪川县城至石门镇公路改建工程", "城关街道、石门镇",
         "按二级公路标准改建18.6公里，新建中桥2座",
         "2024—2026", 54000, 20000, "县交通运输局",
         ["县交通运输局"], ["田志强"]),
        ("11", "峪川县农村公路提质改造工程", "各镇（街道）",
         "实施农村公路提质改造120公里、危桥改造8座、安全生命防护工程60公里",
         "2025", 9600, 9600, "相关镇人民政府",
         ["县交通运输局"], None),
        ("12", "峪川县城区老旧小区改造项目", "城关街道、东城街道",
         "改造2000年以前建成老旧小区23个，涉及住户2860户",
         "2025", 11500, 11500, "县住房和城乡建设局",
         ["县住房和城乡建设局"], ["曹海燕"]),
        ("13", "峪川县城区集中供热扩容工程", "城关街道、东城街道",
         "新建热源厂1座、换热站12座，铺设供热管网26公里",
         "2025—2026", 23000, 12000, "峪川县城乡建设投资开发有限公司",
         ["县住房和城乡建设局", "县发展和改革局"], ["魏德林", "曹海燕"]),
        ("14", "峪川县城区雨污分流改造工程", "城关街道、东城街道",
         "改造雨污合流管网31公里，新建雨水泵站1座",
         "2025—2026", 17800, 9000, "峪川县水务集团有限公司",
         ["县住房和城乡建设局"], ["曹海燕"]),
        ("15", "峪川县双河水库工程", "双河镇",
         "新建小（1）型水库1座，总库容486万立方米，配套输水管线9.8公里",
         "2024—2027", 38000, 10000, "县水利局",
         ["县水利局"], ["程立新"]),
        ("16", "峪川县城乡供水一体化工程", "各镇（街道）",
         "新建水厂1座，日供水能力2万吨，铺设主管网45公里",
         "2025—2026", 19500, 8000, "峪川县水务集团有限公司",
         ["县水利局"], None),
        ("17", "峪川县110千伏东坝输变电工程", "东坝镇",
         "新建110千伏变电站1座，主变容量2×50兆伏安，架设线路22公里",
         "2025", 7800, 7800, "国网峪川县供电公司",
         ["县发展和改革局"], ["郭晓峰"]),
        ("18", "峪川县城市停车场及充电基础设施建设项目", "城关街道、东城街道",
         "新建公共停车场6处、停车位1800个，建设充电桩400个",
         "2025", 6800, 6800, "峪川县城乡建设投资开发有限公司",
         ["县城市管理执法局", "县发展和改革局"], ["田志强"]),
    ]),
    ("三、社会民生项目", [
        ("19", "峪川中学教学综合楼建设项目", "城关街道",
         "新建教学综合楼1栋1.6万平方米，新增学位1200个",
         "2025—2026", 7200, 4500, "峪川中学",
         ["县教育局"], ["党红梅"]),
        ("20", "峪川县第二幼儿园建设项目", "东城街道",
         "新建12个班规模幼儿园1所，建筑面积5400平方米",
         "2025", 3200, 3200, "县教育局",
         ["县教育局"], None),
        ("21", "峪川县人民医院住院综合楼建设项目", "城关街道",
         "新建住院综合楼3.2万平方米，新增床位400张",
         "2024—2026", 28000, 12000, "峪川县人民医院",
         ["县卫生健康局"], None),
        ("22", "峪川县中医医院迁建项目", "东城街道",
         "新建门诊医技楼、住院楼及康复中心4.5万平方米",
         "2025—2027", 36000, 8000, "峪川县中医医院",
         ["县卫生健康局", "县发展和改革局"], None),
        ("23", "峪川县养老服务中心建设项目", "东城街道",
         "新建养老服务中心1处，设置床位300张，配套建设医养结合服务区",
         "2025—2026", 8600, 5000, "县民政局",
         ["县民政局"], ["杜建民"]),
        ("24", "峪川县全民健身中心建设项目", "城关街道",
         "新建全民健身馆1座8000平方米及室外运动场地",
         "2025—2026", 9800, 5000, "峪川县城乡建设投资开发有限公司",
         ["县文化旅游和体育局"], None),
        ("25", "峪川县保障性租赁住房项目", "东城街道",
         "新建保障性租赁住房560套，建筑面积3.4万平方米",
         "2025—2026", 12600, 7000, "峪川县城乡建设投资开发有限公司",
         ["县住房和城乡建设局"], ["曹海燕"]),
        ("26", "峪川县公共实训基地建设项目", "峪川工业园区",
         "新建实训楼及实训车间1.1万平方米，年培训能力5000人次",
         "2025—2026", 5600, 3000, "县人力资源和社会保障局",
         ["县人力资源和社会保障局"], ["杜建民"]),
    ]),
    ("四、生态环保及文化旅游项目", [
        ("27", "峪川河（县城段）综合治理工程", "城关街道、东城街道",
         "治理河道8.2公里，新建堤防11公里，建设滨河生态廊道",
         "2024—2026", 26000, 9000, "县水利局",
         ["县水利局", "市生态环境局峪川分局"], ["程立新"]),
        ("28", "峪川县生活垃圾焚烧发电项目", "双河镇",
         "建设日处理生活垃圾400吨焚烧发电厂1座，装机容量9兆瓦",
         "2025—2027", 32000, 6000, "绿净环保能源（峪川）有限公司",
         ["县城市管理执法局"], ["田志强"]),
        ("29", "峪川县国土绿化及森林质量精准提升项目", "各镇（街道）",
         "完成营造林3.5万亩，实施退化林修复1.2万亩",
         "2025", 4300, 4300, "县林业局",
         ["县林业局"], ["程立新"]),
        ("30", "峪川县石门古镇文化旅游综合开发项目", "石门镇",
         "修缮古街区2.6公里，建设游客服务中心、非遗展示馆及停车场",
         "2025—2027", 24000, 6000, "峪川县文化旅游投资有限公司",
         ["县文化旅游和体育局", "石门镇人民政府"], ["杜建民", "党红梅"]),
    ]),
]


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    footer(s)

    # ---- 版头
    para(doc, "", size=16)
    para(doc, "峪川县人民政府办公室文件", XBS, 36,
         WD_ALIGN_PARAGRAPH.CENTER, color=RED)
    para(doc, "", size=16)
    p = para(doc, "峪政办发〔2025〕7号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p)
    para(doc, "", size=16)

    # ---- 标题
    p = para(doc, "峪川县人民政府办公室", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER,
             line=35)
    run(p, "").add_break()
    run(p, "关于印发峪川县2025年重点项目县级领导", XBS, 22)
    run(p, "").add_break()
    run(p, "包抓责任分工的通知", XBS, 22)
    para(doc, "", size=16)

    para(doc, "各镇人民政府、街道办事处，县政府各工作部门、直属机构，"
              "县属各国有企业，有关企业：", FS, 16, line=29)

    body = [
        (None, "经县政府同意，现将《峪川县2025年重点项目县级领导包抓责任分工表》"
               "印发给你们，并就有关事项通知如下，请认真抓好落实。"),
        ("一、压实包抓责任。",
         "全县2025年确定县级重点项目30个，总投资57.5亿元，年度计划投资25.8亿元。"
         "每个项目按照“一个项目、一名包抓县级领导、一个责任单位、一个业主单位、"
         "一套推进方案”的要求落实责任。包抓县级领导对所包抓项目负总责，统筹协调"
         "项目前期、要素保障和建设推进中的重大问题，每月至少深入项目现场一次。"
         "责任单位是项目推进的牵头单位，负责跟踪服务、协调调度和督促落实，单位主要"
         "负责同志为第一责任人；“责任单位”栏列有两个单位的，排在第一位的为牵头单位，"
         "另一单位配合。业主单位是项目建设的实施主体，对项目前期手续办理、资金筹措、"
         "建设进度和质量安全负主体责任，配合责任单位做好项目推进各项工作；业主单位"
         "与责任单位为同一单位的，由该单位一并负责。标注“待招商确定”“待定”的项目，"
         "由责任单位加快招商洽谈，业主单位确定后10个工作日内报县发展和改革局备案。"),
        ("二、加快项目推进。",
         "各责任单位要会同业主单位对照年度计划投资和建设目标，倒排工期、挂图作战，"
         "新建项目力争上半年全部开工，续建项目加快建设进度。县自然资源局、县住房和城乡"
         "建设局、市生态环境局峪川分局等要素保障部门要开辟审批绿色通道，对重点项目用地、"
         "规划、环评等手续实行并联审批、限时办结。项目所在镇（街道）要主动做好征地拆迁、"
         "矛盾调处等服务保障工作，营造良好建设环境。"),
        ("三、强化调度考核。",
         "县发展和改革局负责重点项目日常调度，建立“月调度、季通报、年考核”工作机制；"
         "县政府督查室对项目推进情况开展跟踪督查。各责任单位于每月5日前将上月项目进展"
         "情况报县发展和改革局（联系人：韩斌，电话：0917-6213058）。项目推进情况纳入"
         "年度目标责任考核，对工作不力、进度滞后的，按规定进行约谈问责。"),
    ]
    for head, text in body:
        p = para(doc, "", FS, 16, indent=True, line=29)
        if head:
            run(p, head, HT, 16)
        run(p, text, FS, 16)

    para(doc, "", size=16, line=29)
    p = para(doc, "", FS, 16, indent=True, line=29)
    run(p, "附件：峪川县2025年重点项目县级领导包抓责任分工表", FS, 16)
    para(doc, "", size=16, line=29)
    para(doc, "", size=16, line=29)
    p = para(doc, "峪川县人民政府办公室", FS, 16, WD_ALIGN_PARAGRAPH.RIGHT, line=29)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2025年2月26日", FS, 16, WD_ALIGN_PARAGRAPH.RIGHT, line=29)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "", size=16, line=29)
    p = para(doc, "（此件公开发布）", FS, 16, indent=True, line=29)

    # ---- 附件: landscape section
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21.0)
    s2.top_margin, s2.bottom_margin = Cm(2.6), Cm(2.4)
    s2.left_margin, s2.right_margin = Cm(2.4), Cm(2.4)
    footer(s2)

    para(doc, "附件", HT, 16)
    para(doc, "", size=12)
    para(doc, "峪川县2025年重点项目县级领导包抓责任分工表", XBS, 20,
         WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "单位：万元", FS, 12, WD_ALIGN_PARAGRAPH.RIGHT)

    widths = [Cm(1.0), Cm(3.7), Cm(2.2), Cm(4.4), Cm(1.8), Cm(1.8),
              Cm(1.8), Cm(3.1), Cm(3.0), Cm(2.1)]
    hdr = ["序号", "项目名称", "建设地点", "建设规模及内容", "建设起止年限",
           "总投资", "2025年计划投资", "业主单位", "责任单位", "包抓县级领导"]
    nrows = 1 + 1 + sum(1 + len(ps) for _, ps in CATS)
    t = doc.add_table(rows=nrows, cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i].twips)))
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, HT, 10.5)
    repeat_header(t.rows[0])

    tot = sum(p[5] for _, ps in CATS for p in ps)
    yr = sum(p[6] for _, ps in CATS for p in ps)
    r = t.rows[1]
    m = r.cells[0].merge(r.cells[4])
    cell_text(m, "合计（30个）", HT, 10.5)
    cell_text(r.cells[5], str(tot), HT, 10.5)
    cell_text(r.cells[6], str(yr), HT, 10.5)
    m2 = r.cells[7].merge(r.cells[9])
    cell_text(m2, "", FS, 10.5)

    ri = 2
    for cname, ps in CATS:
        r = t.rows[ri]
        m = r.cells[0].merge(r.cells[4])
        cell_text(m, "%s（%d个）" % (cname, len(ps)), HT, 10.5,
                  WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(r.cells[5], str(sum(p[5] for p in ps)), HT, 10.5)
        cell_text(r.cells[6], str(sum(p[6] for p in ps)), HT, 10.5)
        m2 = r.cells[7].merge(r.cells[9])
        cell_text(m2, "", FS, 10.5)
        ri += 1
        for k, p in enumerate(ps):
            r = t.rows[ri]
            cant_split(r)
            no, name, place, scale, years, inv, yinv, owner, units, leaders = p
            cell_text(r.cells[0], no)
            cell_text(r.cells[1], name, align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(r.cells[2], place)
            cell_text(r.cells[3], scale, align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(r.cells[4], years)
            cell_text(r.cells[5], str(inv))
            cell_text(r.cells[6], str(yinv))
            cell_text(r.cells[7], owner)
            # two units in the 责任单位 cell: one a paragraph, or by 、
            if len(units) == 2 and no in ("7", "13", "22", "30"):
                cell_text(r.cells[8], units)
            else:
                cell_text(r.cells[8], "、".join(units))
            # 包抓县级领导: merged down when the next projects share the name
            if leaders is None:
                vmerge(r.cells[9], None)
                cell_text(r.cells[9], "")
            else:
                nxt = ps[k + 1][9] if k + 1 < len(ps) else "x"
                if nxt is None:
                    vmerge(r.cells[9], "restart")
                cell_text(r.cells[9], leaders)
            ri += 1

    p = para(doc, "", FS, 12, line=20)
    run(p, "注：1．“责任单位”栏列有两个单位的，排在第一位的为牵头单位。", FS, 12)
    p = para(doc, "", FS, 12, line=20)
    p.paragraph_format.left_indent = Pt(24)
    run(p, "2．业主单位为项目建设实施主体，配合责任单位推进项目建设。", FS, 12)

    # ---- 版记 on a portrait last page
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Cm(21.0), Cm(29.7)
    s3.top_margin, s3.bottom_margin = Cm(3.7), Cm(3.5)
    s3.left_margin, s3.right_margin = Cm(2.8), Cm(2.6)
    footer(s3)
    for _ in range(17):
        para(doc, "", size=16, line=29)
    p = para(doc, "", FS, 14, line=28)
    run(p, "抄送：县委各部门，县人大常委会办公室，县政协办公室。", FS, 14)
    border_top_bottom(p)
    p = para(doc, "", FS, 14, line=28)
    run(p, "峪川县人民政府办公室", FS, 14)
    run(p, "　　　　　　　　　　2025年2月26日印发", FS, 14)
    bottom_border(p, "000000", 8)

    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
