#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Write 585_kunyang_shi_gzbg_renwu_fengong.docx: a 市政府办 red-header Word notice
dividing the 2025 市政府工作报告 tasks, with the 分工方案 as a landscape table."""
import os
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

NAME = "585_kunyang_shi_gzbg_renwu_fengong.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), "Times New Roman" if name in (FS, KT) else name)
    rf.set(qn("w:hAnsi"), "Times New Roman" if name in (FS, KT) else name)
    rf.set(qn("w:eastAsia"), name)
    rf.set(qn("w:hint"), "eastAsia")
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None,
         indent=True, exact=28, color=None, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def add_page_number_footer(section):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("— "), "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        elif txt == " PAGE ":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = txt
            r._element.append(t)
    set_font(fp.add_run(" —"), "宋体", 14)


def p_border(p, side, color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)


def cell_text(cell, lines, font=FS, size=11, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    if isinstance(lines, str):
        lines = [lines]
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        pf = p.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(18)
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        if ln:
            set_font(p.add_run(ln), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)
    cs = OxmlElement("w:cantSplit")
    trpr.append(cs)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    cs = OxmlElement("w:cantSplit")
    trpr.append(cs)


# ---------------------------------------------------------------- data
# (part heading, [(task text, leaders (list of cell paragraphs), lead cell, helper cell, deadline)])
PARTS = [
    ("一、主要预期目标（5项）", [
        ("全市地区生产总值增长6%左右。", "周海涛", "市发展改革委", "市统计局，各县（市、区）人民政府", "2025年12月底"),
        ("规模以上工业增加值增长7%左右。", "刘向东", "市工业和信息化局", "市统计局，各县（市、区）人民政府", "2025年12月底"),
        ("社会消费品零售总额增长6.5%左右。", "刘向东", "市商务局", "市统计局，各县（市、区）人民政府", "2025年12月底"),
        ("一般公共预算收入增长5%，税收占比稳定在70%以上。", "周海涛", "市财政局", "市税务局，各县（市、区）人民政府", "2025年12月底"),
        ("城镇调查失业率控制在5.5%以内，居民人均可支配收入增长与经济增长基本同步。", "孙　敏", "市人力资源社会保障局", "市统计局，各县（市、区）人民政府", "2025年12月底"),
    ]),
    ("二、坚持项目为王，持续扩大有效投资（5项）", [
        ("全年实施市级重点项目320个，完成年度投资1200亿元以上，新开工项目180个以上。", "周海涛", "市发展改革委", "市自然资源和规划局、市生态环境局、市住房城乡建设局，各县（市、区）人民政府", "2025年12月底"),
        ("用足用好超长期特别国债、中央预算内投资和地方政府专项债券等政策，全年争取上级资金150亿元以上。", "周海涛", "市发展改革委、市财政局", "市直有关单位，各县（市、区）人民政府", "2025年12月底"),
        ("深化“链长+链主”招商机制，开展产业链精准招商，全年引进亿元以上项目150个，其中10亿元以上项目20个。", "刘向东", "市投资促进局", "市直有关单位，各县（市、区）人民政府，琨阳经济技术开发区管委会", "2025年12月底"),
        ("强化重点项目要素保障，全年报批新增建设用地1.5万亩，盘活批而未供和闲置土地8000亩。", "黄志远", "市自然资源和规划局", "各县（市、区）人民政府", "2025年12月底"),
        ("规范实施政府和社会资本合作新机制，鼓励民间资本参与重大项目建设。", "周海涛", "市发展改革委", "市财政局", "持续推进"),
    ]),
    ("三、加快产业转型升级，构建现代化产业体系（6项）", [
        ("实施重点产业链高质量发展行动，新能源电池、精细化工、装备制造产业链产值分别增长12%、8%、10%。", "刘向东", "市工业和信息化局", "市发展改革委、市科技局，各县（市、区）人民政府", "2025年12月底"),
        ("实施工业企业技术改造提升工程，新增规模以上工业企业80家、省级专精特新中小企业30家。", "刘向东", "市工业和信息化局", "市市场监管局、市统计局", "2025年12月底"),
        ("实施科技型企业倍增计划，高新技术企业达到420家，全社会研发经费投入强度达到2.3%。", "刘向东", "市科技局", "市财政局、市统计局、市税务局", "2025年12月底"),
        ("加快数字琨阳建设，新建5G基站1200个，推进城市运行管理服务平台和公共数据平台整合共享。", "刘向东", "市数据局", "市工业和信息化局、市城市管理局", "2025年12月底"),
        ("大力发展现代物流，加快琨阳港综合物流园和公铁联运枢纽建设，社会物流总费用与地区生产总值的比率下降0.3个百分点。", ["刘向东", "许文斌"], "市发展改革委、市交通运输局", "市商务局、市自然资源和规划局", "2025年12月底"),
        ("推动文旅深度融合，创建国家4A级旅游景区2家，全年接待游客3000万人次、旅游总收入增长10%。", "孙　敏", "市文化和旅游局", "各县（市、区）人民政府", "2025年12月底"),
    ]),
    ("四、全面推进乡村振兴，促进城乡融合发展（5项）", [
        ("稳定粮食播种面积，粮食总产量稳定在140万吨以上，确保“菜篮子”产品稳产保供。", "黄志远", "市农业农村局", "市发展改革委、市财政局，各县（市、区）人民政府", "2025年10月底"),
        ("新建和改造提升高标准农田12万亩，完成撂荒地整治复耕。", "黄志远", "市农业农村局", "市财政局、市自然资源和规划局、市水利局", "2025年12月底"),
        ("健全防止返贫动态监测和帮扶机制，坚决守牢不发生规模性返贫致贫底线。", "黄志远", "市农业农村局", "市民政局、市人力资源社会保障局、市医保局，各县（市、区）人民政府", "持续推进"),
        ("推进琨江干流防洪治理工程，新建改造农村供水工程45处，农村自来水普及率达到93%。", "黄志远", "市水利局", "/", "2025年12月底"),
        ("深入实施农村人居环境整治提升行动，完成农村户厕改造1.2万户，农村生活污水治理率达到45%。", "黄志远", "市农业农村局", "市卫生健康委、市生态环境局", "2025年11月底"),
    ]),
    ("五、深化改革扩大开放，持续优化营商环境（4项）", [
        ("深入实施国有企业改革深化提升行动，推进市属国有企业战略性重组和专业化整合。", "周海涛", "市国资委", "市财政局", "2025年12月底"),
        ("打造“琨事好办”政务服务品牌，推动更多“高效办成一件事”落地，政务服务事项全程网办率达到90%以上。", ["陈立新", "周海涛"], "市政务服务管理局、市数据局", "市直有关单位", "2025年12月底"),
        ("稳定外贸基本盘，支持企业开拓多元市场，全市进出口总额增长8%，实际使用外资增长5%。", "刘向东", "市商务局", "琨阳海关、市税务局", "2025年12月底"),
        ("落实促进民营经济发展各项政策措施，开展清理拖欠企业账款专项行动，构建亲清政商关系。", "周海涛", "市工业和信息化局", "市财政局、市国资委、市司法局", "持续推进"),
    ]),
    ("六、推进城市更新和生态文明建设（5项）", [
        ("实施城市更新行动，改造城镇老旧小区86个、城中村3个，新建改造城市地下管网120公里。", "许文斌", "市住房城乡建设局", "市城市管理局、国网琨阳供电公司，各县（市、区）人民政府", "2025年12月底"),
        ("因城施策促进房地产市场平稳健康发展，推进现房销售试点和保障性住房建设。", "许文斌", "市住房城乡建设局", "市自然资源和规划局、市财政局", "持续推进"),
        ("加快琨阳至临港高速公路、西环快速路建设，完成普通国省道改造80公里。", "许文斌", "市交通运输局", "市发展改革委、市自然资源和规划局", "2025年12月底"),
        ("持续深入打好蓝天保卫战，细颗粒物（PM2.5）平均浓度控制在32微克/立方米以内，空气质量优良天数比率达到85%。", "许文斌", "市生态环境局", "市工业和信息化局、市住房城乡建设局、市交通运输局、市公安局", "2025年12月底"),
        ("全面落实河湖长制，国考省考断面水质优良比例保持100%，县级以上集中式饮用水水源地水质达标率100%。", "许文斌、黄志远", "市生态环境局、市水利局", "各县（市、区）人民政府", "2025年12月底"),
    ]),
    ("七、着力保障和改善民生（6项）", [
        ("实施就业优先战略，城镇新增就业3.5万人，高校毕业生等青年就业率保持在90%以上。", "孙　敏", "市人力资源社会保障局", "市教育局、市财政局", "2025年12月底"),
        ("新建改扩建中小学、幼儿园15所，新增学位1.2万个，推进县域普通高中振兴。", "孙　敏", "市教育局", "市发展改革委、市财政局、市自然资源和规划局", "2025年8月底"),
        ("加快市第一人民医院新院区、市妇幼保健院迁建项目建设，推进紧密型县域医共体建设。", "孙　敏", "市卫生健康委", "市医保局，各县（市、区）人民政府", "2025年12月底"),
        ("健全养老服务体系，新建社区嵌入式养老服务设施20个，改造特困供养服务机构8家。", "孙　敏", "市民政局", "/", "2025年12月底"),
        ("深入开展安全生产治本攻坚三年行动，坚决遏制重特大事故发生。", "韩　磊", "市应急管理局", "市安委会各成员单位", "持续推进"),
        ("常态化开展扫黑除恶斗争，严厉打击电信网络诈骗等违法犯罪，建设更高水平平安琨阳。", "韩　磊", "市公安局", "市中级人民法院、市人民检察院、市司法局，各县（市、区）人民政府", "持续推进"),
    ]),
    ("八、全面加强政府自身建设（2项）", [
        ("深入推进法治政府建设，严格落实重大行政决策程序，全面推行行政执法“三项制度”。", "韩　磊", "市司法局", "市政府各部门", "持续推进"),
        ("坚持政府过紧日子，一般性支出压减5%以上，严控“三公”经费。", "周海涛", "市财政局", "市直各部门", "2025年12月底"),
    ]),
]


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    add_page_number_footer(s)

    # ---- 版头
    para(doc, "", indent=False, exact=28)
    para(doc, "琨阳市人民政府办公室", font=XBS, size=42, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, exact=None, color="FF0000")
    para(doc, "", indent=False)
    p = para(doc, "琨政办发〔2025〕6号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p_border(p, "bottom", sz=18, space=8)
    para(doc, "", indent=False)
    para(doc, "琨阳市人民政府办公室关于印发2025年市政府工作报告重点工作任务分工方案的通知",
         font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=35)
    para(doc, "", indent=False)
    para(doc, "各县（市、区）人民政府，琨阳经济技术开发区管委会，市政府各部门、各直属机构：", indent=False)
    para(doc, "《2025年市政府工作报告》已经琨阳市第十届人民代表大会第五次会议审议通过。"
              "为确保报告确定的各项目标任务落到实处，经市政府同意，现将《2025年市政府工作报告"
              "重点工作任务分工方案》印发给你们，并就有关事项通知如下，请认真贯彻落实。")

    def runin(lead, rest):
        p = para(doc)
        set_font(p.add_run(lead), HT, 16)
        set_font(p.add_run(rest), FS, 16)

    runin("一、压实工作责任。", "各责任市领导要加强对分管领域重点任务的统筹调度，及时研究解决推进中的重大问题。"
          "牵头单位是任务落实的第一责任主体，要制定具体工作措施，明确时间表、路线图和责任人；"
          "牵头单位有两个的，排在第一位的为主牵头单位，负责组织协调。"
          "各责任单位要按照职责分工主动配合，形成工作合力。"
          "各县（市、区）人民政府要结合本地实际，抓好相关任务的贯彻落实。")
    runin("二、强化跟踪落实。", "各牵头单位要会同责任单位于每季度最后一个月25日前，将任务进展情况"
          "（纸质版加盖公章）报送市政府督查室，电子版通过市政务协同办公系统报送。"
          "对推进中遇到的困难和问题，要及时报告责任市领导。")
    runin("三、严格督查考核。", "市政府督查室要加强跟踪督办，定期通报任务推进情况，"
          "督查结果纳入年度高质量发展综合绩效考核。对工作推进不力、任务落实滞后的，依规依纪严肃问责。")
    para(doc, "")
    p = para(doc, "附件：2025年市政府工作报告重点工作任务分工方案")
    para(doc, "")
    para(doc, "")
    p = para(doc, "琨阳市人民政府办公室", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2025年2月20日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）")

    # ---- 附件: landscape section
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Mm(297), Mm(210)
    s2.top_margin, s2.bottom_margin = Mm(28), Mm(26)
    s2.left_margin, s2.right_margin = Mm(25), Mm(25)
    add_page_number_footer(s2)
    para(doc, "附件", font=HT, size=16, indent=False)
    para(doc, "", indent=False)
    para(doc, "2025年市政府工作报告重点工作任务分工方案", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=35, after=12)

    widths = [Mm(13), Mm(108), Mm(22), Mm(36), Mm(48), Mm(20)]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    hdr = ["序号", "工作任务", "责任市领导", "牵头单位", "责任单位", "完成时限"]
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].width = widths[i]
        cell_text(t.rows[0].cells[i], h, font=HT, size=12)
    repeat_header(t.rows[0])
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))

    n = 0
    for part, tasks in PARTS:
        r = t.add_row()
        cant_split(r)
        for i in range(6):
            r.cells[i].width = widths[i]
        m = r.cells[0].merge(r.cells[5])
        cell_text(m, part, font=HT, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
        prev_leader = None
        run_start = None
        rows = []
        for text, leader, lead, helper, due in tasks:
            n += 1
            r = t.add_row()
            cant_split(r)
            for i in range(6):
                r.cells[i].width = widths[i]
            cell_text(r.cells[0], str(n))
            cell_text(r.cells[1], text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            cell_text(r.cells[3], lead)
            cell_text(r.cells[4], helper)
            cell_text(r.cells[5], due)
            rows.append((r, leader))
        # leaders merged down over runs of the same leader within a part
        i = 0
        while i < len(rows):
            j = i
            while j + 1 < len(rows) and rows[j + 1][1] == rows[i][1]:
                j += 1
            top = rows[i][0].cells[2]
            leader = rows[i][1]
            cell_text(top, leader if isinstance(leader, list) else [leader])
            if j > i:
                top.merge(rows[j][0].cells[2])
                # clear the empty paragraphs python-docx moved up from the merged cells
                ps = top.paragraphs
                for extra in ps[len(leader) if isinstance(leader, list) else 1:]:
                    if not extra.text:
                        extra._element.getparent().remove(extra._element)
            i = j + 1

    para(doc, "", indent=False, exact=None)

    # ---- 版记: portrait last page
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Mm(210), Mm(297)
    s3.top_margin, s3.bottom_margin = Mm(37), Mm(35)
    s3.left_margin, s3.right_margin = Mm(28), Mm(26)
    add_page_number_footer(s3)
    for _ in range(16):
        para(doc, "", indent=False)
    p = para(doc, "", indent=False, size=14)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    set_font(p.add_run("抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级人民法院，"
                       "市人民检察院，琨阳军分区。"), FS, 14)
    p_border(p, "top", color="000000", sz=8, space=4)
    p_border(p, "bottom", color="000000", sz=4, space=4)
    p = para(doc, "", indent=False, size=14)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    set_font(p.add_run("琨阳市人民政府办公室　　　　　　2025年2月20日印发"), FS, 14)
    p_border(p, "bottom", color="000000", sz=8, space=4)

    doc.core_properties.author = "市政府办公室秘书二科"
    doc.core_properties.title = "琨阳市人民政府办公室关于印发2025年市政府工作报告重点工作任务分工方案的通知"
    doc.save(OUT)
    print(OUT, n)


if __name__ == "__main__":
    build()
