#!/usr/bin/python3
"""Generator for round 137 / case 693 (control case).

Writes
  693_yuening_shi_shida_minsheng_shishi.docx  -- 岳宁市人民政府关于印发2024年市十大民生实事项目的通知
  693.tasks.gold.jsonl                       -- the gold task list
from the one structured description PROJECTS below.

Deterministic: core properties carry fixed dates and the DOCX zip is rewritten with fixed
member timestamps and a fixed member order, so two runs give the same bytes.
Run: /usr/bin/python3 make_693.py
"""
import io
import json
import os
import re
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX = os.path.join(HERE, "693_yuening_shi_shida_minsheng_shishi.docx")
GOLD = os.path.join(HERE, "693.tasks.gold.jsonl")

# --------------------------------------------------------------------------------------------
# The one structured description.
# A category is (heading, [project, ...]).
# A project is a dict:
#   no      序号 as printed
#   name    项目 cell
#   tasks   目标任务 cell: a list of paragraphs (a plain project)
#   leaders 责任市领导 cell: a list of cell paragraphs, printed as written (padding included)
#   lead    牵头单位 cell: a list of units
#   coop    责任单位 cell: a list of units
#   seps    optional {index: separator} printed before unit[index] of coop instead of 、
#   dl      完成时限 cell
#   subs    instead of tasks/lead/coop/dl: sub-rows, each {text, lead, coop, dl, seps}; the
#           序号, 项目 and 责任市领导 cells are merged down over the sub-rows; consecutive
#           sub-rows with the same lead get the 牵头单位 cell merged as well.
# --------------------------------------------------------------------------------------------
XIAN = "各县（市、区）人民政府"

PROJECTS = [
    ("一、促进就业增收（3项）", [
        dict(no="1", name="高校毕业生等青年就业促进行动",
             tasks=["城镇新增就业3.2万人，其中高校毕业生等青年就业1.2万人以上；募集就业见习岗位2000个，组织各类线上线下招聘活动150场次以上。"],
             leaders=["陈静"], lead=["市人力资源社会保障局"],
             coop=["市教育局", "市财政局", "团市委", XIAN], dl="2024年12月底前"),
        dict(no="2", name="零工市场规范化建设",
             tasks=["新建规范化零工市场（驿站）12个，实现县（市、区）全覆盖，全年服务灵活就业人员5万人次以上。"],
             leaders=["陈静"], lead=["市人力资源社会保障局"],
             coop=["市民政局", "市总工会", XIAN], dl="2024年10月底前"),
        dict(no="3", name="职业技能培训提升行动",
             tasks=["开展补贴性职业技能培训3万人次，新增技能人才1.5万人，其中高技能人才6000人。"],
             leaders=["陈静"], lead=["市人社局"],
             coop=["市财政局", "市教育局", XIAN], seps={1: "，"}, dl="2024年12月底前"),
    ]),
    ("二、提升教育质量（3项）", [
        dict(no="4", name="学前教育扩容提质工程",
             tasks=["新建、改扩建公办幼儿园15所，新增公办学位4500个，公办园在园幼儿占比达到55%以上。"],
             leaders=["刘　芳"], lead=["市教育局"],
             coop=["市发展改革委", "市财政局", "市自然资源和规划局", XIAN], dl="2024年9月底前"),
        dict(no="5", name="义务教育学校建设工程", leaders=["刘　芳"], subs=[
            dict(text="（1）新建、改扩建中小学校10所，新增学位1.5万个。",
                 lead=["市教育局"], coop=["市发展改革委", "市住房城乡建设局", XIAN], dl="2024年秋季开学前"),
            dict(text="（2）改造提升农村寄宿制学校食堂、宿舍50所，改善1.2万名农村学生食宿条件。",
                 lead=["市教育局"], coop=["市财政局", XIAN], dl="2024年12月底前"),
        ]),
        dict(no="6", name="中小学课后服务提质行动",
             tasks=["义务教育学校课后服务实现全覆盖，课后服务学生参与率达到95%以上；开展暑期托管服务，覆盖城区学校80所以上。"],
             leaders=["刘　芳"], lead=["市教育局"],
             coop=["市财政局", "市体育局", "市科协", "团市委"], dl="2024年12月底前"),
    ]),
    ("三、提高医疗卫生服务水平（3项）", [
        dict(no="7", name="基层医疗卫生能力提升工程",
             tasks=["完成30个乡镇卫生院（社区卫生服务中心）提档升级，新建标准化村卫生室100个。"],
             leaders=["刘　芳"], lead=["市卫生健康委"],
             coop=["市发展改革委", "市财政局", XIAN], dl="2024年12月底前"),
        dict(no="8", name="适龄妇女“两癌”免费筛查",
             tasks=["为6万名35—64岁农村适龄妇女开展免费宫颈癌筛查，为3万名开展免费乳腺癌筛查，筛查结果异常人员随访率达到95%以上。"],
             leaders=["刘　芳"], lead=["市卫生健康委", "市妇联"],
             coop=["市财政局", XIAN], dl="2024年11月底前"),
        dict(no="9", name="医保便民服务提升行动",
             tasks=["实现门诊慢特病跨省直接结算县域全覆盖；建成医保服务站（点）300个，打造城乡“15分钟医保服务圈”。"],
             leaders=["刘　芳"], lead=["市医保局"],
             coop=["市卫生健康委", "市政务服务管理局（市大数据局）", XIAN], dl="2024年12月底前"),
    ]),
    ("四、完善养老托育服务（2项）", [
        dict(no="10", name="社区居家养老服务提升工程",
             tasks=["新建社区老年食堂（助餐点）80个、街道综合养老服务中心10个，城市社区养老服务设施覆盖率达到100%。",
                    "为3000户经济困难的高龄、失能、残疾老年人家庭实施居家适老化改造，每户补助标准不超过3000元。"],
             leaders=["陈静"], lead=["市民政局"],
             coop=["市财政局", "市住房城乡建设局", "市卫生健康委", "市残联", XIAN], dl="2024年12月底前"),
        dict(no="11", name="普惠托育服务扩容工程",
             tasks=["新增普惠性托位2000个，每千人口拥有3岁以下婴幼儿托位数达到4.0个。"],
             leaders=["刘　芳"], lead=["市卫生健康委"],
             coop=["市发展改革委", "市教育局", "市妇联", XIAN], dl="2024年12月底前"),
    ]),
    ("五、改善城乡居住条件（3项）", [
        dict(no="12", name="城镇老旧小区改造提升", leaders=["王　勇"], subs=[
            dict(text="（1）改造城镇老旧小区120个，惠及居民2.3万户。",
                 lead=["市住房城乡建设局"], coop=["市发展改革委", "市财政局", "市自然资源和规划局", XIAN],
                 dl="2024年11月底前"),
            dict(text="（2）既有住宅加装电梯150部。",
                 lead=["市住房城乡建设局"], coop=["市市场监管局", "国网岳宁供电公司", XIAN],
                 dl="2024年12月底前"),
            dict(text="（3）完成20个老旧小区雨污分流改造。",
                 lead=["市城市管理局"], coop=["市住房城乡建设局", "市生态环境局", "市水务集团"],
                 dl="2024年10月底前"),
        ]),
        dict(no="13", name="保障性住房建设工程",
             tasks=["筹集保障性租赁住房3000套（间），新开工配售型保障性住房500套，发放城镇住房保障家庭租赁补贴4000户。"],
             leaders=["王　勇"], lead=["市住房城乡建设局"],
             coop=["市发展改革委", "市财政局", "市自然资源和规划局", "市住房公积金管理中心"], dl="2024年12月底前"),
        dict(no="14", name="农村供水保障工程",
             tasks=["实施农村供水保障工程20处，提升15万农村人口供水保障水平，农村自来水普及率达到96%。"],
             leaders=["赵国平"], lead=["市水利局"],
             coop=["市农业农村局（市乡村振兴局）", "市财政局", "市卫生健康委", XIAN], dl="2024年12月底前"),
    ]),
    ("六、便利群众交通出行（3项）", [
        dict(no="15", name="城市道路畅通工程",
             tasks=["打通城区断头路8条，改造提升背街小巷50条，新增公共停车泊位5000个。"],
             leaders=["王　勇"], lead=["市住房城乡建设局"],
             coop=["市城市管理局", "市公安局交警支队", "市自然资源和规划局", "岳宁高新区管委会"], dl="2024年12月底前"),
        dict(no="16", name="城乡公交惠民工程",
             tasks=["新增、更新新能源公交车100辆，优化调整公交线路15条；65周岁以上老年人免费乘坐市区公交。"],
             leaders=["王　勇"], lead=["市交通运输局"],
             coop=["市财政局", "市公交集团"], dl="2024年6月底前"),
        dict(no="17", name="农村公路提档升级工程",
             tasks=["新改建农村公路300公里，实施危桥改造20座，新增通客车20户以上自然村30个。"],
             leaders=["王　勇"], lead=["市交通运输局"],
             coop=["市财政局", "市农业农村局（市乡村振兴局）", XIAN], dl="2024年12月底前"),
    ]),
    ("七、提升城市宜居品质（2项）", [
        dict(no="18", name="城市公园绿地建设",
             tasks=["新建改造口袋公园30个、城市绿道50公里，新增城市绿地面积60万平方米。"],
             leaders=["王　勇"], lead=["市城市管理局"],
             coop=["市自然资源和规划局", "市住房城乡建设局", XIAN], dl="2024年10月底前"),
        dict(no="19", name="一刻钟便民生活圈建设", leaders=["李晓东", "王　勇"], subs=[
            dict(text="（1）新建改造标准化菜市场10个。",
                 lead=["市商务局"], coop=["市市场监管局", "市城市管理局", XIAN], dl="2024年12月底前"),
            dict(text="（2）建设城市一刻钟便民生活圈20个，配齐便利店、早餐店、家政、维修等基本便民业态。",
                 lead=["市商务局"], coop=["市住房城乡建设局", "市自然资源和规划局", XIAN], dl="2024年12月底前"),
        ]),
    ]),
    ("八、丰富群众文体生活（2项）", [
        dict(no="20", name="文化惠民工程",
             tasks=["开展“送戏下乡”演出600场、农村公益电影放映1.2万场，新建城市书房15个。"],
             leaders=["刘　芳"], lead=["市文化和旅游局"],
             coop=["市委宣传部", "市财政局", XIAN], dl="2024年11月底前"),
        dict(no="21", name="全民健身设施建设工程",
             tasks=["新建改造体育公园5个、社会足球场地20块、全民健身路径200条，推进公共体育场馆免费或低收费开放。"],
             leaders=["刘芳"], lead=["市体育局"],
             coop=["市教育局", "市自然资源和规划局", "市住房城乡建设局"], dl="2024年12月底前"),
    ]),
    ("九、改善城乡生态环境（2项）", [
        dict(no="22", name="农村人居环境整治提升",
             tasks=["新建改造农村卫生厕所1万户，完成200个行政村生活污水治理，农村生活垃圾收运处置体系实现自然村全覆盖。"],
             leaders=["赵国平"], lead=["市农业农村局（市乡村振兴局）"],
             coop=["市生态环境局", "市卫生健康委", "市城市管理局", XIAN, "各乡镇（街道）"], dl="2024年11月底前"),
        dict(no="23", name="城镇污水管网建设工程",
             tasks=["新建改造城镇污水管网80公里，完成3座城镇污水处理厂提标改造，城市生活污水集中收集率达到72%以上。"],
             leaders=["赵国平、王　勇"], lead=["市城市管理局"],
             coop=["市生态环境局", "市住房城乡建设局", "市水务集团"], dl="12月底前"),
    ]),
    ("十、守护群众安全健康（3项）", [
        dict(no="24", name="电动自行车充电设施建设",
             tasks=["新建电动自行车集中充电桩（口）5万个，实现城区住宅小区集中充电设施全覆盖。",
                    "开展电动自行车“进楼入户”、违规充电专项整治，全年清理整治隐患1万处以上。"],
             leaders=["孙立新", "王　勇"], lead=["市消防救援支队", "市住房城乡建设局"],
             coop=["市城市管理局", "市市场监管局", "国网岳宁供电公司", XIAN], dl="2024年10月底前"),
        dict(no="25", name="食品安全放心工程",
             tasks=["完成食品安全抽检1.5万批次，“互联网+明厨亮灶”覆盖全市学校食堂，新建放心消费示范街区10条。"],
             leaders=["李晓东"], lead=["市市场监管局"],
             coop=["市教育局", "市卫生健康委", "市商务局"], dl="2024年12月底前"),
        dict(no="26", name="城市内涝治理工程",
             tasks=["完成城区30处易涝积水点改造，新建改造雨水管网40公里。"],
             leaders=["王　勇"], lead=["市城市管理局"],
             coop=["市水利局", "市住房城乡建设局", "市应急管理局"], dl="2024年6月底前"),
    ]),
]

HEADER = ["序号", "项目", "目标任务", "责任市领导", "牵头单位", "责任单位", "完成时限"]
COL_W = [Cm(1.3), Cm(3.3), Cm(7.6), Cm(2.2), Cm(3.4), Cm(5.4), Cm(2.4)]

FANGSONG = "仿宋_GB2312"
XBS = "方正小标宋简体"
HEITI = "黑体"
KAITI = "楷体_GB2312"


# --------------------------------------------------------------------------------------------
def join_units(units, seps=None):
    seps = seps or {}
    out = ""
    for i, u in enumerate(units):
        if i:
            out += seps.get(i, "、")
        out += u
    return out


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", font=FANGSONG, size=16, align=None, bold=False, color=None,
         indent=False, line=Pt(28), before=0, after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def border(p, side, color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def cell_text(cell, paragraphs, font=FANGSONG, size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False):
    """Write a list of paragraphs into a cell (its first, empty paragraph reused)."""
    first = True
    for t in paragraphs:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(16)
        p.paragraph_format.space_after = Pt(0)
        if t:
            set_font(p.add_run(t), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def table_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def set_page(section, landscape=False):
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    w, h = Cm(21.0), Cm(29.7)
    section.page_width, section.page_height = (h, w) if landscape else (w, h)
    if landscape:
        section.top_margin = section.bottom_margin = Cm(2.6)
        section.left_margin, section.right_margin = Cm(3.0), Cm(2.6)
    else:
        section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
        section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)


# --------------------------------------------------------------------------------------------
def build_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FANGSONG
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FANGSONG)
    set_page(doc.sections[0])

    # ---- 版头 ----
    para(doc, "岳宁市人民政府文件", XBS, 40, WD_ALIGN_PARAGRAPH.CENTER, color="FF0000",
         line=Pt(60), before=12)
    para(doc)
    p = para(doc, "岳政发〔2024〕3号", FANGSONG, 16, WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", sz=24, space=6)
    para(doc)

    # ---- 标题 (one paragraph with a line break, as Word files of this kind have it) ----
    p = para(doc, "", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    r = p.add_run("岳宁市人民政府")
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("关于印发2024年市十大民生实事项目的通知")
    set_font(r, XBS, 22)
    para(doc)

    # ---- 主送 ----
    para(doc, "各县（市、区）人民政府，岳宁高新区、岳宁经开区管委会，市政府各部门、各直属机构：")

    # ---- 正文 ----
    body = [
        "经市十七届人大三次会议审议通过，2024年市十大民生实事项目已经确定。现印发给你们，并就有关事项通知如下：",
        "一、提高思想认识。办好民生实事是践行以人民为中心的发展思想的具体体现，是市政府向全市人民作出的庄严承诺。"
        "各地、各有关部门要把民生实事项目作为今年的重要政治任务，摆上重要议事日程，主要负责同志亲自研究、亲自推动，"
        "确保件件有着落、事事有回音。",
        "二、压实工作责任。每个项目明确责任市领导统筹调度。牵头单位对项目实施负总责，要会同责任单位于2月底前制定具体实施方案，"
        "细化目标任务、工作措施和时间节点，报市政府办公室备案。责任单位要按照职责分工，主动对接、密切配合，形成工作合力。"
        "各县（市、区）人民政府是本辖区民生实事项目实施的责任主体，要抓好项目选址、征地拆迁、要素保障等工作。",
        "三、强化要素保障。市、县两级财政要按照事权和支出责任足额安排项目资金，及时拨付到位，严格资金监管，"
        "提高资金使用效益。自然资源和规划、生态环境、住房城乡建设等部门要开辟绿色通道，加快办理项目审批手续。",
        "四、加强督查考核。建立民生实事项目月调度、季通报、年考核制度。各牵头单位于每月5日前将上月项目进展情况"
        "报市政府督查室，12月20日前报送全年完成情况。市政府督查室要加强跟踪督办，督查结果纳入年度目标责任考核，"
        "对工作推进不力、进度滞后的予以通报。",
        "五、注重宣传引导。各地、各有关部门要通过多种渠道及时发布项目进展情况，主动接受人大代表、政协委员和社会各界监督，"
        "广泛听取群众意见建议，让群众参与民生实事项目建设全过程。",
    ]
    for t in body:
        para(doc, t, indent=True)
    para(doc)
    para(doc, "附件：2024年市十大民生实事项目任务分解表", indent=True)
    para(doc)
    p = para(doc, "岳宁市人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Cm(2.0)
    p = para(doc, "2024年2月6日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Cm(2.2)
    para(doc, "（此件公开发布）", indent=True)

    # ---- 附件 (landscape section) ----
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    set_page(sec, landscape=True)
    para(doc, "附件", HEITI, 16)
    para(doc, "2024年市十大民生实事项目任务分解表", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36), after=12)

    nrows = 1
    for _, projs in PROJECTS:
        nrows += 1
        for pj in projs:
            nrows += len(pj["subs"]) if "subs" in pj else 1
    tbl = doc.add_table(rows=nrows, cols=len(HEADER))
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(tbl)
    tbl.autofit = False
    for ci, w in enumerate(COL_W):
        tbl._tbl.tblGrid.findall(qn("w:gridCol"))[ci].set(qn("w:w"), str(int(w.twips)))
        for cell in tbl.columns[ci].cells:
            cell.width = w
    hdr = tbl.rows[0]
    repeat_header(hdr)
    for ci, h in enumerate(HEADER):
        cell_text(hdr.cells[ci], [h], HEITI, 12)

    ri = 1
    left = WD_ALIGN_PARAGRAPH.LEFT
    for cat, projs in PROJECTS:
        row = tbl.rows[ri]
        m = row.cells[0].merge(row.cells[-1])
        cell_text(m, [cat], HEITI, 12, align=left)
        ri += 1
        for pj in projs:
            if "subs" not in pj:
                c = tbl.rows[ri].cells
                cell_text(c[0], [pj["no"]])
                cell_text(c[1], [pj["name"]])
                cell_text(c[2], pj["tasks"], align=left)
                cell_text(c[3], pj["leaders"])
                cell_text(c[4], [join_units(pj["lead"])])
                cell_text(c[5], [join_units(pj["coop"], pj.get("seps"))], align=left)
                cell_text(c[6], [pj["dl"]])
                ri += 1
                continue
            subs = pj["subs"]
            top, bot = ri, ri + len(subs) - 1
            for ci, content in ((0, [pj["no"]]), (1, [pj["name"]]), (3, pj["leaders"])):
                m = tbl.cell(top, ci).merge(tbl.cell(bot, ci))
                cell_text(m, content)
            # 牵头单位 merged over runs of equal leads
            k = 0
            while k < len(subs):
                j = k
                while j + 1 < len(subs) and subs[j + 1]["lead"] == subs[k]["lead"]:
                    j += 1
                m = tbl.cell(top + k, 4)
                if j > k:
                    m = m.merge(tbl.cell(top + j, 4))
                cell_text(m, [join_units(subs[k]["lead"])])
                k = j + 1
            for k, s in enumerate(subs):
                c = tbl.rows[top + k].cells
                cell_text(c[2], [s["text"]], align=left)
                cell_text(c[5], [join_units(s["coop"], s.get("seps"))], align=left)
                cell_text(c[6], [s["dl"]])
            ri = bot + 1
    assert ri == nrows

    # ---- 版记 (portrait section) ----
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    set_page(sec)
    for _ in range(14):
        para(doc)
    p = para(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，岳宁军分区。",
             FANGSONG, 14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p.paragraph_format.left_indent = Pt(14)
    p = para(doc, "岳宁市人民政府办公室　　　　　　　　2024年2月6日印发", FANGSONG, 14)
    border(p, "bottom", "000000", 8)
    p.paragraph_format.left_indent = Pt(14)

    cp = doc.core_properties
    fixed = datetime(2024, 2, 6, 9, 30, 0)
    cp.author = "岳宁市人民政府办公室"
    cp.last_modified_by = "岳宁市人民政府办公室"
    cp.title = "岳宁市人民政府关于印发2024年市十大民生实事项目的通知"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    cp.comments = ""
    return doc


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():  # keep python-docx's own member order ([Content_Types].xml first)
            zi = zipfile.ZipInfo(name, date_time=(2024, 2, 6, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(name))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# --------------------------------------------------------------------------------------------
def head12(text):
    return re.sub(r"\s", "", text)[:12]


def leader_names(cell_paras):
    out = []
    for p in cell_paras:
        for n in re.split(r"[、，]", p):
            n = n.replace("\u3000", "").replace(" ", "")
            if n:
                out.append(n)
    return out


def rec(id_, marker, head, lead, coop, leaders, dl):
    return {"id": id_, "marker": marker, "head": head,
            "responsible_units": list(lead) + list(coop),
            "lead_units": list(lead), "cooperating_units": list(coop),
            "leaders": leaders, "deadline": dl}


def build_gold():
    gold = []
    for _, projs in PROJECTS:
        for pj in projs:
            names = leader_names(pj["leaders"])
            if "subs" not in pj:
                gold.append(rec(pj["no"], pj["no"], head12(pj["name"]), pj["lead"], pj["coop"], names, pj["dl"]))
                continue
            for s in pj["subs"]:
                mm = re.match(r"（([0-9]+)）", s["text"])
                gold.append(rec(f'{pj["no"]}.{mm.group(1)}', mm.group(0), head12(s["text"][mm.end():]),
                                s["lead"], s["coop"], names, s["dl"]))
    return gold


def main():
    save_deterministic(build_doc(), DOCX)
    gold = build_gold()
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {os.path.basename(DOCX)} and {os.path.basename(GOLD)} ({len(gold)} tasks)")


if __name__ == "__main__":
    main()
