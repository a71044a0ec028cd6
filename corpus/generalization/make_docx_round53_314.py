# -*- coding: utf-8 -*-
"""Generate round53 notice 314: joint 县委办公室/县政府办公室 notice; 附件 has one heading + one table per part."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "314_jichuan_liangban_zhongdian_fengong.docx")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

doc = Document()
sec = doc.sections[0]
sec.page_height = Cm(29.7)
sec.page_width = Cm(21.0)
sec.top_margin = Cm(3.7)
sec.bottom_margin = Cm(3.5)
sec.left_margin = Cm(2.8)
sec.right_margin = Cm(2.6)

st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if color:
        run.font.color.rgb = RGBColor(*color)
    return run


def fmt(p, indent=True, align=None, line=28):
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align


def para(text="", name=FS, size=16, bold=False, align=None, indent=True, color=None, line=28):
    p = doc.add_paragraph()
    fmt(p, indent, align, line)
    if text:
        font(p.add_run(text), name, size, bold, color)
    return p


def border(p, side="bottom", color="FF0000", sz="12"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        # schema order: pBdr precedes shd/tabs/spacing/ind/jc
        after = None
        for tag in ("w:shd", "w:tabs", "w:snapToGrid", "w:spacing", "w:ind", "w:jc"):
            after = ppr.find(qn(tag))
            if after is not None:
                break
        if after is not None:
            after.addprevious(bdr)
        else:
            ppr.append(bdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    if side == "top" and len(bdr):
        bdr.insert(0, b)
    else:
        bdr.append(b)


# ---------------- 版头 (joint issuer mark) ----------------
para("中共霁川县委办公室", XBS, 36, False, WD_ALIGN_PARAGRAPH.CENTER, False, (255, 0, 0), line=48)
para("霁川县人民政府办公室文件", XBS, 36, False, WD_ALIGN_PARAGRAPH.CENTER, False, (255, 0, 0), line=48)
para("", indent=False)
p = para("霁办发〔2026〕3号", FS, 16, False, WD_ALIGN_PARAGRAPH.CENTER, False)
border(p)
para("", indent=False)

# ---------------- 主体 ----------------
para("中共霁川县委办公室　霁川县人民政府办公室", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, False, line=36)
para("关于印发《2026年县委县政府重点工作任务", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, False, line=36)
para("分工方案》的通知", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, False, line=36)
para("", indent=False)
para("各乡镇党委和人民政府，县委各部委，县直各单位，各人民团体：", indent=False)
para("《2026年县委县政府重点工作任务分工方案》已经县委、县政府同意，现印发给你们，请结合实际认真抓好落实。")

reqs = [
    ("一、", "各责任县领导要对分管领域重点工作任务亲自部署、亲自调度，定期听取工作进展情况汇报，协调解决推进中的困难和问题。"),
    ("二、", "各牵头单位要切实履行主体责任，于3月10日前细化制定工作推进方案，明确阶段目标和具体措施；"
     "各责任单位要按照职责分工主动配合，形成工作合力。"),
    ("三、", "县委督查室、县政府督查室要将重点工作任务纳入年度督查计划，实行清单化管理、台账式推进。"
     "各牵头单位于每季度最后一个月20日前将工作进展情况报县委督查室、县政府督查室，"
     "落实情况纳入年度高质量发展综合绩效考核。"),
]
for h, t in reqs:
    p = para()
    font(p.add_run(h), FS, 16)
    font(p.add_run(t), FS, 16)

para("")
para("附件：2026年县委县政府重点工作任务分工方案")
para("")
para("")
p = para("中共霁川县委办公室　　　霁川县人民政府办公室", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
p = para("2026年2月24日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Pt(64)
para("")
para("（此件发至乡镇）")

p = doc.add_paragraph()
p.add_run().add_break(WD_BREAK.PAGE)

# ---------------- 附件 ----------------
para("附件", HT, 16, indent=False)
para("", indent=False)
para("2026年县委县政府重点工作任务分工方案", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, False, line=36)
para("", indent=False)
para("为全面贯彻落实县委十五届八次全会和县十八届人大五次会议精神，确保全年各项目标任务落到实处，"
     "现将2026年县委县政府重点工作任务分工如下。")

# each task: (task_paragraphs, lead_paragraphs, coop_paragraphs, deadline)
# lead None => merged (vMerge continue) with the cell above
PARTS = [
    ("一、经济发展和产业升级（责任县领导：韩立群、宋文博）", [
        (["全县地区生产总值增长6%左右，规模以上工业增加值增长8%，固定资产投资增长7%以上。"],
         ["县发展和改革局"], ["县统计局、县工业和信息化局、县财政局"], "2026年12月底"),
        (["实施工业技改项目30个以上，新增规模以上工业企业15家，推动新材料产业集群产值突破80亿元。"],
         ["县工业和信息化局"], ["霁川经济开发区管委会", "县科技局"], "2026年12月底"),
        (["新认定国家高新技术企业12家、省级专精特新中小企业8家，全社会研发经费投入强度达到2%。"],
         ["县科技局"], ["县工业和信息化局、县财政局"], "2026年11月底"),
        (["开展“招商引资攻坚年”行动，全年引进亿元以上产业项目25个，到位县外资金60亿元。"],
         ["县商务局"], ["霁川经济开发区管委会、各乡镇人民政府"], "持续推进"),
        (["加快霁川经济开发区扩区调位，完成标准化厂房建设20万平方米。"],
         ["霁川经济开发区管委会"], [], "2026年10月底"),
    ]),
    ("二、乡村全面振兴（责任县领导：梁晓燕）", [
        (["稳定粮食播种面积42.6万亩，粮食总产量稳定在18万吨以上，新建高标准农田2.5万亩。"],
         ["县农业农村局"], ["县财政局、县自然资源局、县水利局"], "2026年10月底"),
        (["做强茶叶、油茶、生猪三大主导产业，新增市级以上农业产业化龙头企业5家。"],
         ["县农业农村局"], ["县林业局", "县供销合作社"], "2026年12月底"),
        (["深入实施和美乡村建设行动，打造省级和美乡村示范村6个、市级示范村15个。",
          "同步推进农村厕所革命和生活污水治理，农村卫生厕所普及率达到95%以上。"],
         ["县农业农村局"], ["县住房和城乡建设局、市生态环境局霁川分局、各乡镇人民政府"], "2026年12月底"),
        (["巩固拓展脱贫攻坚成果，脱贫人口人均纯收入增长8%以上，坚决守住不发生规模性返贫致贫底线。"],
         ["县农业农村局"], ["县民政局、县人力资源和社会保障局、县医疗保障局"], "持续推进"),
        (["新建和改造提升农村公路80公里，完成危桥改造12座。"],
         ["县交通运输局"], [], "2026年11月底"),
    ]),
    ("三、城乡建设和生态环境保护（责任县领导：邓志刚）", [
        (["完成中心城区详细规划编制，盘活批而未供和闲置土地1200亩。"],
         ["县自然资源局"], ["县住房和城乡建设局、霁川经济开发区管委会"], "2026年9月底"),
        (["严格落实耕地保护和永久基本农田特殊保护制度，完成耕地“进出平衡”年度任务。"],
         None, ["县农业农村局", "各乡镇人民政府"], "2026年12月底"),
        (["实施城镇老旧小区改造23个，改造城市燃气、供排水老旧管网35公里。"],
         ["县住房和城乡建设局"], ["县城市管理局、县财政局"], "2026年11月底"),
        (["深入打好蓝天碧水净土保卫战，县城空气质量优良天数比例达到93%以上，国省控断面水质达标率100%。"],
         ["市生态环境局霁川分局"], ["县城市管理局、县农业农村局、县水利局、县林业局"], "2026年12月底"),
    ]),
    ("四、深化改革和优化营商环境（责任县领导：宋文博、许海峰）", [
        (["深化国资国企改革，完成县属国有企业整合重组，推动城投公司市场化转型。"],
         ["县财政局"], ["县委改革办"], "2026年8月底"),
        (["推进“高效办成一件事”改革，新增集成办事场景10个以上，政务服务事项网上可办率达到98%。"],
         ["县行政审批服务局、县政务服务和大数据管理局"], ["县直各有关单位"], "2026年6月底"),
        (["开展优化营商环境“清单制+责任制”专项行动，全面清理妨碍统一市场和公平竞争的政策措施。"],
         ["县发展和改革局"], ["县市场监督管理局、县司法局"], "2026年9月底"),
        (["全年外贸进出口总额增长10%，新增有进出口实绩企业10家。"],
         ["县商务局"], [], "2026年12月底"),
    ]),
    ("五、民生保障和社会事业（责任县领导：龚明远）", [
        (["城镇新增就业3200人，城镇调查失业率控制在5.5%以内，新增返乡入乡创业2000人。"],
         ["县人力资源和社会保障局"], ["县财政局", "县农业农村局", "各乡镇人民政府"], "2026年12月底"),
        (["新建改扩建中小学校4所、公办幼儿园3所，新增学位2700个。"],
         ["县教育体育局"], ["县发展和改革局、县财政局、县自然资源局"], "2026年8月底"),
        (["推进紧密型县域医共体建设，县人民医院创建三级综合医院，乡镇卫生院服务能力全部达到基本标准。"],
         ["县卫生健康局"], ["县医疗保障局"], "2026年12月底"),
        (["新建城乡社区嵌入式养老服务设施8个，特困人员基本生活供养标准提高5%。"],
         ["县民政局"], ["县财政局、县卫生健康局"], "2026年10月底"),
        (["办好县第五届全民运动会，实施文化惠民工程，送戏下乡200场以上。"],
         ["县文化和旅游局"], ["县教育体育局"], "2026年11月底"),
    ]),
    ("六、全面加强党的建设", [
        (["持续深化党的创新理论武装，全年组织县委理论学习中心组集体学习12次以上。"],
         ["县委宣传部"], ["县委组织部"], "2026年12月底"),
        (["实施基层党组织建设提质增效工程，整顿提升软弱涣散村（社区）党组织。"],
         ["县委组织部"], ["各乡镇党委"], "2026年11月底"),
        (["深入推进全面从严治党，持续整治群众身边不正之风和腐败问题。"],
         ["县纪委监委"], ["县直各有关单位"], "持续推进"),
    ]),
]

HEAD = ["序号", "工作任务", "牵头单位", "责任单位", "完成时限"]
WIDTHS = [Cm(1.3), Cm(7.4), Cm(2.9), Cm(3.2), Cm(2.0)]


def cell_paras(cell, texts, name=FS, size=12, bold=False, align=None):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    first = cell.paragraphs[0]
    for i, t in enumerate(texts):
        p = first if i == 0 else cell.add_paragraph()
        fmt(p, indent=False, align=align, line=20)
        font(p.add_run(t), name, size, bold)


def mark_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trPr.append(h)


for heading, tasks in PARTS:
    p = para(heading, HT, 16, True, indent=True)
    t = doc.add_table(rows=1 + len(tasks), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    mark_header(hdr)
    for j, h in enumerate(HEAD):
        cell_paras(hdr.cells[j], [h], HT, 12, False, WD_ALIGN_PARAGRAPH.CENTER)
    merges = []
    for i, (task, lead, coop, dl) in enumerate(tasks, start=1):
        cells = t.rows[i].cells
        cell_paras(cells[0], [str(i)], align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_paras(cells[1], task)
        if lead is None:
            merges.append(i)
        else:
            cell_paras(cells[2], lead, align=WD_ALIGN_PARAGRAPH.CENTER)
        if coop:
            cell_paras(cells[3], coop, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_paras(cells[4], [dl], align=WD_ALIGN_PARAGRAPH.CENTER)
    for i in merges:
        t.cell(i - 1, 2).merge(t.cell(i, 2))
    for row in t.rows:
        for j, w in enumerate(WIDTHS):
            row.cells[j].width = w
    para("", indent=False)

# ---------------- 版记 ----------------
para("", indent=False)
p = para("抄送：县人大常委会办公室，县政协办公室，县纪委监委办公室，县人武部。", FS, 14, indent=False)
border(p, "top", "000000", "8")
p = para("中共霁川县委办公室　　　　　　　　　2026年2月24日印发", FS, 14, indent=False)
border(p, "top", "000000", "4")
border(p, "bottom", "000000", "8")

doc.save(OUT)
print(OUT)
