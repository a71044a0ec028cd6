#!/usr/bin/python3
"""Round 122 / 623: a 县委办+县政府办 notice issuing the county's
乡镇（街道）履行职责事项清单 (the 2024–2025 national 清单 work), whose roles are
set by which of the three lists an item sits in:

  一、基本履行职责事项   -> 各乡镇（街道） alone; the 县级业务指导部门 column is
                            guidance only, not responsibility (cover rule)
  二、配合履行职责事项   -> the 县级部门（单位） column leads (first of several),
                            its other units and 各乡镇（街道） cooperate; units
                            named in the duty prose do not count (cover rule)
  三、上级部门收回事项   -> the 县级部门（单位） column alone (first leads)

Parallel duty columns per party; 序号 restarting per list (ids list.number).
Writes 623_<name>.docx deterministically and its gold jsonl.
"""
import io
import json
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

NAME = "623_ronglan_xian_xiangzhen_lvzhi_shixiang_qingdan"
GENERIC = "各乡镇（街道）"

# ---------------------------------------------------------------- content
BASIC = [  # (category, item, guidance departments)
    ("党的建设", "落实全面从严治党主体责任，加强乡镇（街道）党（工）委自身建设", "县委组织部"),
    ("党的建设", "抓好村（社区）党组织建设和党员发展、教育、管理、监督", "县委组织部"),
    ("党的建设", "做好意识形态、精神文明建设和新时代文明实践工作", "县委宣传部"),
    ("经济发展", "做好辖区招商引资、项目服务和营商环境优化工作", "县发展和改革局、县商务局"),
    ("经济发展", "发展壮大村级集体经济，监督指导农村集体“三资”管理", "县农业农村局"),
    ("民生服务", "做好辖区最低生活保障、特困供养等社会救助对象的受理和初审", "县民政局"),
    ("民生服务", "开展就业创业政策宣传、就业失业登记和就业困难人员帮扶", "县人力资源和社会保障局"),
    ("民生服务", "组织开展城乡居民基本医疗保险参保动员和缴费服务", "县医疗保障局"),
    ("平安法治", "开展矛盾纠纷排查化解和人民调解工作，防止矛盾上交", "县委政法委、县司法局"),
    ("平安法治", "落实信访工作属地责任，做好来信来访的登记、受理和办理", "县信访局"),
    ("乡村建设", "组织开展农村人居环境整治和村庄清洁行动", "县农业农村局"),
    ("乡村建设", "做好辖区统计调查的组织实施和基层统计基础工作", "县统计局"),
]

# (category, item, county units as printed cell paragraphs, county duty, township duty)
COOP = [
    ("自然资源", "违法占用耕地和违法用地行为的巡查发现与查处",
     ["县自然资源局"],
     "负责违法用地的立案调查、行政处罚和案件移送，组织开展卫片执法检查",
     "负责辖区日常巡查，发现违法用地行为及时劝阻、制止并报告，配合做好调查取证和拆除复耕"),
    ("自然资源", "耕地“非粮化”整治和撂荒耕地复耕复种",
     ["县农业农村局，县自然资源局"],
     "负责制定整治方案和复耕复种支持政策，开展技术指导和监督检查",
     "负责摸清撂荒耕地底数，组织村（社区）动员农户复耕复种"),
    ("生态环境", "畜禽养殖污染防治和禁养区内违规养殖整治",
     ["市生态环境局榕岚分局、县农业农村局"],
     "负责禁养区划定和养殖污染执法监管，指导规模养殖场粪污资源化利用",
     "负责排查登记辖区养殖户，发现禁养区内违规养殖及时报告，配合做好关停搬迁"),
    ("生态环境", "农作物秸秆露天焚烧管控和综合利用",
     ["县农业农村局、市生态环境局榕岚分局"],
     "负责秸秆综合利用技术推广和补贴发放，依法查处露天焚烧行为",
     "负责落实网格化巡查，发现焚烧火点及时处置并报告"),
    ("城乡建设", "农村村民住房建设的事中事后监管",
     ["县住房和城乡建设局、县自然资源局"],
     "负责农房建设技术指导、建筑工匠培训和质量安全监管，依法查处违规建房",
     "负责开展开工放样、基槽验线、竣工验收等现场巡查，发现问题及时制止并报告"),
    ("城乡建设", "城镇建成区内违法建设行为的查处",
     ["县城市管理局"],
     "负责违法建设的认定、立案和查处",
     "负责日常巡查，发现违法建设及时劝阻并报告，配合做好拆除工作"),
    ("安全生产", "农村道路交通安全劝导和隐患排查",
     ["县公安局交通警察大队"],
     "负责道路交通违法行为查处和交通事故处理，会同县交通运输局开展隐患路段排查治理",
     "负责设立农村交通安全劝导站，组织劝导员开展劝导，排查报告交通安全隐患"),
    ("安全生产", "经营性自建房安全隐患排查整治",
     ["县住房和城乡建设局、县应急管理局、县自然资源局"],
     "负责制定排查整治方案，组织房屋安全鉴定，督导隐患整治",
     "负责组织村（社区）开展摸底排查，督促产权人落实整改，对危险房屋及时设置警示并组织人员撤离"),
    ("安全生产", "森林防火巡护和野外火源管控",
     ["县林业局、县应急管理局"],
     "负责森林防火宣传、监测预警和扑火队伍建设，依法查处违规野外用火",
     "负责组织护林员巡山护林，重点时段在重点部位设卡值守，发现火情及时报告并组织先期处置"),
    ("安全生产", "消防安全网格化巡查和“九小场所”火灾隐患排查",
     ["县消防救援大队", "县应急管理局"],
     "负责消防监督检查和火灾隐患执法，开展网格员业务培训",
     "负责组织网格员开展日常巡查，发现隐患督促整改，对拒不整改的及时报告"),
    ("市场监管", "食品安全风险隐患排查和农村集体聚餐备案指导",
     ["县市场监督管理局"],
     "负责食品安全监督检查、抽样检验和违法行为查处",
     "负责食品安全协管员队伍管理，开展风险隐患排查，做好农村集体聚餐申报备案和现场指导"),
    ("农业农村", "重大动物疫病强制免疫和病死畜禽无害化处理",
     ["县农业农村局"],
     "负责疫苗供应、免疫效果监测和无害化处理监管",
     "负责组织村级防疫员开展强制免疫，督促养殖户落实病死畜禽无害化处理"),
    ("交通运输", "农村公路日常养护和路域环境整治",
     ["县交通运输局"],
     "负责农村公路养护计划编制、资金安排和养护质量监管",
     "负责组织开展乡道、村道日常养护，清理路域环境"),
    ("社会事业", "适龄儿童少年失学辍学劝返和控辍保学",
     ["县教育局"],
     "负责控辍保学工作统筹和学籍管理，落实学生资助政策",
     "负责配合学校开展失学辍学学生摸排和劝返复学"),
    ("社会事业", "征兵宣传、兵役登记和应征青年初审初检",
     ["县人民武装部"],
     "负责征兵工作组织实施和役前教育训练",
     "负责开展征兵宣传，组织适龄青年兵役登记，配合做好初审初检和政治考核"),
]

WITHDRAWN = [  # (item, county units as printed, note)
    ("农村危险房屋的安全性鉴定", "县住房和城乡建设局",
     "由县级部门委托专业机构实施鉴定，乡镇（街道）不再出具鉴定意见"),
    ("建筑工程施工质量安全的监督检查", "县住房和城乡建设局",
     "乡镇（街道）不再承担建筑工程质量安全监管责任"),
    ("特种设备使用单位的安全监督检查", "县市场监督管理局",
     "乡镇（街道）不再组织特种设备专项检查"),
    ("工贸企业安全生产的行政执法检查", "县应急管理局",
     "乡镇（街道）不再承担执法检查职责"),
    ("电力设施保护区内违章作业的巡查处置", "县发展和改革局、国网榕岚县供电公司",
     "乡镇（街道）不再签订电力设施保护责任书"),
    ("河道非法采砂行为的巡查和查处", "县水利局、县公安局",
     "乡镇（街道）不再承担河道采砂巡查任务"),
    ("校外培训机构的设立审批和日常监管", "县教育局",
     "乡镇（街道）不再承担校外培训机构日常巡查"),
    ("医疗机构执业活动和非法行医的监督", "县卫生健康局",
     "乡镇（街道）不再承担非法行医打击整治牵头职责"),
]


def split_units(cells):
    out = []
    for para in cells:
        for sep in "，":
            para = para.replace(sep, "、")
        out.extend(u for u in para.split("、") if u)
    return out


def gold_records():
    recs = []
    for i, (_, item, _) in enumerate(BASIC, 1):
        recs.append(dict(id="1.%d" % i, marker=str(i), head=item[:12],
                         responsible_units=[GENERIC], lead_units=[GENERIC],
                         cooperating_units=[], leaders=[], deadline=None))
    for i, (_, item, cells, _, _) in enumerate(COOP, 1):
        units = split_units(cells)
        recs.append(dict(id="2.%d" % i, marker=str(i), head=item[:12],
                         responsible_units=units + [GENERIC], lead_units=units[:1],
                         cooperating_units=units[1:] + [GENERIC], leaders=[],
                         deadline=None))
    for i, (item, cell, _) in enumerate(WITHDRAWN, 1):
        units = split_units([cell])
        recs.append(dict(id="3.%d" % i, marker=str(i), head=item[:12],
                         responsible_units=units, lead_units=units[:1],
                         cooperating_units=units[1:], leaders=[], deadline=None))
    return recs


# ---------------------------------------------------------------- docx helpers
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(container, text="", east=FS, size=16, bold=False, align=None, indent=True,
         color=None, space_after=0, line=28):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def runs(p, parts, size=16):
    for text, east, bold in parts:
        set_font(p.add_run(text), east, size, bold)


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


def table_borders(table, val="single"):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), "4" if val != "nil" else "0")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000" if val != "nil" else "auto")
        b.append(e)
    tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trPr.append(h)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(OxmlElement("w:cantSplit"))


def cell_text(cell, paragraphs, east=FS, size=12, bold=False, align=None):
    cell.text = ""
    first = True
    for t in paragraphs:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        pf = p.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing = Pt(18)
        if align is not None:
            p.alignment = align
        if t:
            set_font(p.add_run(t), east, size, bold)


def v_center(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vAlign")
    v.set(qn("w:val"), "center")
    tcPr.append(v)


def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblPr = table._tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblPr.append(tw)
    tw.set(qn("w:type"), "dxa")
    tw.set(qn("w:w"), str(int(Cm(sum(cms)).twips)))
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for row in table.rows:
        for c, w in zip(row._tr.tc_lst, cms):
            tcPr = c.get_or_add_tcPr()
            tcw = tcPr.find(qn("w:tcW"))
            if tcw is None:
                tcw = OxmlElement("w:tcW")
                tcPr.insert(0, tcw)
            span = tcPr.find(qn("w:gridSpan"))
            tcw.set(qn("w:type"), "dxa")
            tcw.set(qn("w:w"), str(int(Cm(w).twips)))


def page_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)
    set_font(p.add_run(" —"), "宋体", 14)


# ---------------------------------------------------------------- build
def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    page_footer(sec)

    # 版头: two issuers stacked, 文件 beside them
    head = doc.add_table(rows=2, cols=2)
    table_borders(head, "nil")
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, name in enumerate(("中共榕岚县委办公室", "榕岚县人民政府办公室")):
        cell_text(head.cell(r, 0), [name], XBS, 26, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
        for run in head.cell(r, 0).paragraphs[0].runs:
            run.font.color.rgb = RGBColor.from_string("FF0000")
    m = head.cell(0, 1).merge(head.cell(1, 1))
    cell_text(m, ["文件"], XBS, 48, align=WD_ALIGN_PARAGRAPH.CENTER)
    for run in m.paragraphs[0].runs:
        run.font.color.rgb = RGBColor.from_string("FF0000")
    v_center(m)
    widths(head, [11.6, 3.9])

    para(doc, "", indent=False)
    p = para(doc, "榕办发〔2025〕9号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p)
    para(doc, "", indent=False)

    t = para(doc, "中共榕岚县委办公室　榕岚县人民政府办公室", XBS, 22,
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    t.add_run().add_break()
    set_font(t.add_run("关于印发《榕岚县乡镇（街道）履行职责事项清单》的通知"), XBS, 22)
    para(doc, "", indent=False)

    para(doc, "各乡镇党委和人民政府，各街道党工委和办事处，县委各部委，县直各单位，驻县各单位：",
         indent=False)
    para(doc, "《榕岚县乡镇（街道）履行职责事项清单》（以下简称《清单》）已经县委、县政府同意，"
              "现印发给你们，并就有关事项通知如下，请认真抓好贯彻落实。")
    p = para(doc)
    runs(p, [("一、准确把握清单定位。", HT, False),
             ("《清单》按照“基本履行职责事项、配合履行职责事项、上级部门收回事项”三类编制，"
              "共35项，是乡镇（街道）依法履职、县级部门（单位）向乡镇（街道）安排工作的基本依据。"
              "各乡镇（街道）要对照《清单》逐项明确承办站所和责任人员，县级部门（单位）要对照《清单》"
              "做好工作衔接和业务指导。", FS, False)])
    p = para(doc)
    runs(p, [("二、明确责任分工。", HT, False),
             ("基本履行职责事项由各乡镇（街道）承担主体责任、自行履行，表中“县级业务指导部门”栏所列部门"
              "只负责业务指导，不作为责任单位。配合履行职责事项由表中“县级部门（单位）”栏所列单位承担主体责任，"
              "所列单位有两个及以上的，排在第一位的为牵头单位，其余单位为配合单位；"
              "各乡镇（街道）按照“乡镇（街道）配合职责”栏所列内容承担配合责任；"
              "该类事项的责任单位以“县级部门（单位）”栏为准，职责表述中提及的其他部门不作为责任单位。"
              "上级部门收回事项由表中“县级部门（单位）”栏所列单位承担全部责任，所列单位有两个及以上的，"
              "排在第一位的为牵头单位，其余单位为配合单位，各乡镇（街道）不再承担。", FS, False)])
    p = para(doc)
    runs(p, [("三、严格事项准入。", HT, False),
             ("《清单》之外，县级部门（单位）不得擅自将工作任务交由乡镇（街道）承担，不得以属地管理、"
              "签订责任书、考核评比等方式转嫁责任。确需新增事项的，由县级部门（单位）提出申请，"
              "经县委编办会同县司法局审核，报县委、县政府同意后纳入《清单》。", FS, False)])
    p = para(doc)
    runs(p, [("四、强化监督检查。", HT, False),
             ("县委编办要会同县委督查室、县政府督查室，将《清单》执行情况纳入年度督查检查内容，"
              "对违规向乡镇（街道）摊派任务的，及时督促纠正并通报。", FS, False)])
    para(doc, "联系人：县委编办　王　勇；联系电话：0795—6821307。")
    para(doc, "")
    para(doc, "附件：榕岚县乡镇（街道）履行职责事项清单")
    para(doc, "")
    para(doc, "中共榕岚县委办公室　　　　榕岚县人民政府办公室", indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "2025年4月18日　　　　", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "（此件公开发布）")

    # ---------------------------------------------------------- 附件 (landscape)
    sec2 = doc.add_section()
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    sec2.top_margin, sec2.bottom_margin = Cm(2.6), Cm(2.4)
    sec2.left_margin, sec2.right_margin = Cm(2.5), Cm(2.5)

    para(doc, "附件", HT, 16, indent=False)
    para(doc, "榕岚县乡镇（街道）履行职责事项清单", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=35)
    para(doc, "（本清单适用于全县9个乡镇和2个街道）", KT, 14, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False)

    # 一、基本履行职责事项
    para(doc, "一、基本履行职责事项（12项）", HT, 16, indent=False, space_after=4)
    tb = doc.add_table(rows=1 + len(BASIC), cols=4)
    table_borders(tb)
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["序号", "职责类别", "履职事项", "县级业务指导部门"]
    for j, h in enumerate(hdr):
        cell_text(tb.cell(0, j), [h], HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
        v_center(tb.cell(0, j))
    repeat_header(tb.rows[0])
    prev, start = None, None
    for i, (cat, item, guide) in enumerate(BASIC, 1):
        cell_text(tb.cell(i, 0), [str(i)], FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
        if cat != prev:
            cell_text(tb.cell(i, 1), [cat], FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
            prev, start = cat, i
        cell_text(tb.cell(i, 2), [item], FS, 12)
        cell_text(tb.cell(i, 3), [guide], FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
        for j in (0, 3):
            v_center(tb.cell(i, j))
        cant_split(tb.rows[i])
    merge_runs(tb, [c for c, _, _ in BASIC])
    widths(tb, [1.5, 3.0, 14.2, 5.9])

    para(doc, "", indent=False)
    # 二、配合履行职责事项
    para(doc, "二、配合履行职责事项（15项）", HT, 16, indent=False, space_after=4)
    tc = doc.add_table(rows=1 + len(COOP), cols=6)
    table_borders(tc)
    tc.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["序号", "职责类别", "事项名称", "县级部门（单位）", "县级部门（单位）职责", "乡镇（街道）配合职责"]
    for j, h in enumerate(hdr):
        cell_text(tc.cell(0, j), [h], HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
        v_center(tc.cell(0, j))
    repeat_header(tc.rows[0])
    prev = None
    for i, (cat, item, units, cduty, tduty) in enumerate(COOP, 1):
        cell_text(tc.cell(i, 0), [str(i)], FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
        if cat != prev:
            cell_text(tc.cell(i, 1), [cat], FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
            prev = cat
        cell_text(tc.cell(i, 2), [item], FS, 12)
        cell_text(tc.cell(i, 3), units, FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(tc.cell(i, 4), [cduty], FS, 12)
        cell_text(tc.cell(i, 5), [tduty], FS, 12)
        for j in (0, 3):
            v_center(tc.cell(i, j))
        cant_split(tc.rows[i])
    merge_runs(tc, [c[0] for c in COOP])
    widths(tc, [1.2, 2.0, 4.6, 4.0, 6.4, 6.4])

    para(doc, "", indent=False)
    # 三、上级部门收回事项
    para(doc, "三、上级部门收回事项（8项）", HT, 16, indent=False, space_after=4)
    tw = doc.add_table(rows=1 + len(WITHDRAWN), cols=4)
    table_borders(tw)
    tw.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["序号", "事项名称", "县级部门（单位）", "备注"]
    for j, h in enumerate(hdr):
        cell_text(tw.cell(0, j), [h], HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
        v_center(tw.cell(0, j))
    repeat_header(tw.rows[0])
    for i, (item, units, note) in enumerate(WITHDRAWN, 1):
        cell_text(tw.cell(i, 0), [str(i)], FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(tw.cell(i, 1), [item], FS, 12)
        cell_text(tw.cell(i, 2), [units], FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(tw.cell(i, 3), [note], FS, 12)
        for j in (0, 2):
            v_center(tw.cell(i, j))
        cant_split(tw.rows[i])
    widths(tw, [1.5, 8.5, 6.6, 8.0])

    # ---------------------------------------------------------- 版记 (portrait)
    sec3 = doc.add_section()
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        para(doc, "", indent=False)
    bj = doc.add_table(rows=2, cols=1)
    table_borders(bj, "nil")
    tblPr = bj._tbl.tblPr
    b = tblPr.find(qn("w:tblBorders"))
    for edge in ("top", "bottom", "insideH"):
        e = b.find(qn("w:" + edge))
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "8" if edge != "insideH" else "4")
        e.set(qn("w:color"), "000000")
    cell_text(bj.cell(0, 0), ["抄送：县委各部门，县人大常委会办公室，县政协办公室，县纪委监委机关，"
                              "县人武部，县法院，县检察院。"], FS, 14)
    cell_text(bj.cell(1, 0), ["中共榕岚县委办公室　　　　　　　　　　2025年4月18日印发"], FS, 14)

    # core properties (fixed)
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 4, 18, 9, 30, 0)
    cp.author = "县委办文电科"
    cp.last_modified_by = "县委办文电科"
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 3
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    return doc


def merge_runs(table, cats):
    """Merge the 职责类别 column (index 1) down over each category's rows."""
    i = 0
    while i < len(cats):
        j = i
        while j + 1 < len(cats) and cats[j + 1] == cats[i]:
            j += 1
        if j > i:
            top = table.cell(i + 1, 1)
            m = top.merge(table.cell(j + 1, 1))
            v_center(m)
        else:
            v_center(table.cell(i + 1, 1))
        i = j + 1


def deterministic(blob):
    src = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def main():
    doc = build()
    buf = io.BytesIO()
    doc.save(buf)
    with open(NAME + ".docx", "wb") as f:
        f.write(deterministic(buf.getvalue()))
    with open(NAME + ".tasks.gold.jsonl", "w", encoding="utf-8") as f:
        for r in gold_records():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
