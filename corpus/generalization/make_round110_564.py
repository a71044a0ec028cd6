#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Notice 564: a 县政府办 red-header Word notice whose 附件 table names each task's
county leaders as an A角 and a B角 (县级责任领导 over two sub-columns A角 | B角)."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

NAME = "564_qinzhe_xian_ab_jiao_zeren_fenjie.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

RED = RGBColor(0xE6, 0x00, 0x12)


def font(run, ea="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = "Times New Roman"
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), ea)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", ea="仿宋_GB2312", size=16, bold=False, align=None,
         indent=False, color=None, space_after=0, line=None):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    if line is not None:
        pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        r = p.add_run(text)
        font(r, ea, size, bold, color)
    return p


def runin(doc, head, body):
    """A cover paragraph with a 黑体 run-in heading."""
    p = para(doc, indent=True, line=28)
    r = p.add_run(head)
    font(r, "黑体", 16)
    r = p.add_run(body)
    font(r, "仿宋_GB2312", 16)
    return p


def bottom_rule(p, color="E60012", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def cell_text(cell, lines, ea="仿宋_GB2312", size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    """Write one paragraph per line into a cell (replacing the empty first one)."""
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
            font(r, ea, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trpr.append(c)


def set_borders(table):
    tbl = table._tbl
    tblpr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblpr.append(borders)


# ---------------------------------------------------------------- content
PARTS = [
    ("一、稳增长扩投资（5项）", [
        ("1", "扩大有效投资。全年实施县级重点项目126个，完成投资158亿元以上，新开工亿元以上项目不少于40个，确保固定资产投资增长8%。",
         "周振华", "王建国", ["县发展和改革局"], ["县财政局", "县自然资源局", "县住房和城乡建设局", "各乡镇（街道）"], "2025年12月底"),
        ("2", "积极争取上级资金。抢抓超长期特别国债、中央预算内投资和地方政府专项债券政策机遇，全年争取各类上级资金30亿元以上。",
         "王建国", "马　骏", ["县发展和改革局", "县财政局"], ["县直各有关单位"], "2025年12月底"),
        ("3", "促进消费提质扩容。落实大规模设备更新和消费品以旧换新政策，培育夜间经济街区2个，社会消费品零售总额增长6%。",
         "陈　立", "王建国", ["县商务局"], ["县发展和改革局", "县财政局", "县市场监督管理局", "县文化旅游广电局"], "2025年12月底"),
        ("4", "强化项目要素保障。统筹新增建设用地计划和存量土地盘活，保障重点项目用地3000亩以上，推行“拿地即开工”审批模式。",
         "王建国", "赵　刚", ["县自然资源局"], ["县行政审批服务局", "市生态环境局沁柘分局", "县林业局"], "2025年10月底"),
        ("5", "稳定工业经济运行。落实工业稳增长若干措施，新增规模以上工业企业15家，规模以上工业增加值增长7%以上。",
         "陈　立", "—", ["县工业和信息化局"], ["县统计局", "国网沁柘县供电公司"], "2025年12月底"),
    ]),
    ("二、推动产业转型升级（5项）", [
        ("6", "壮大新材料主导产业集群。围绕铝基新材料产业链延链补链，引进配套企业8家，产业集群产值突破120亿元。",
         "周振华", "陈　立", ["县工业和信息化局"], ["县发展和改革局", "县科学技术局", "沁柘经济开发区管委会"], "2025年12月底"),
        ("7", "推进开发区提档升级。完成开发区扩区调区，新建标准化厂房10万平方米，亩均税收提高10%以上。",
         "陈　立", "马　骏", ["沁柘经济开发区管委会"], ["县自然资源局", "县住房和城乡建设局", "沁柘县城市建设投资集团有限公司"], "2025年11月底"),
        ("8", "培育壮大创新主体。新增高新技术企业12家、科技型中小企业30家，全社会研发经费投入强度达到1.8%。",
         "陈　立", "张　敏", ["县科学技术局"], ["县工业和信息化局", "县财政局", "国家税务总局沁柘县税务局"], "2025年12月底"),
        ("9", "加快文旅融合发展。推进青崖山景区创建国家4A级旅游景区，举办“沁柘山水文化旅游节”，全年接待游客突破500万人次。",
         "张　敏", "李　华", ["县文化旅游广电局"], ["县交通运输局", "县林业局", "县商务局"], "2025年10月底"),
        ("10", "发展数字经济。新建5G基站200个，推动规模以上工业企业数字化改造全覆盖，建成县级城市运行管理平台。",
         "马　骏", "—", ["县数据局"], ["县工业和信息化局", "中国电信沁柘分公司", "中国移动沁柘分公司"], "2025年12月底"),
    ]),
    ("三、全面推进乡村振兴（5项）", [
        ("11", "稳定粮食生产。粮食播种面积稳定在52万亩以上，新建高标准农田3.2万亩，粮食总产量保持在20万吨以上。",
         "李　华", "刘思远", ["县农业农村局"], ["县自然资源局", "县水利局", "县财政局", "各乡镇（街道）"], "2025年10月底"),
        ("12", "巩固拓展脱贫攻坚成果。健全防止返贫致贫监测帮扶机制，脱贫劳动力务工规模稳定在2.6万人以上，坚决守住不发生规模性返贫致贫底线。",
         "李　华", "陈　立", ["县农业农村局"], ["县民政局", "县人力资源和社会保障局", "县医疗保障局", "县教育和体育局", "各乡镇（街道）"], "持续推进"),
        ("13", "建设宜居宜业和美乡村。完成农村户厕改造1800户，行政村生活污水治理率达到45%，创建省级和美乡村示范村6个。",
         "李　华", ["赵　刚", "刘思远"], ["县农业农村局"], ["县住房和城乡建设局", "县交通运输局", "市生态环境局沁柘分局", "各乡镇（街道）"], "2025年11月底"),
        ("14", "做强特色农业品牌。发展核桃、中药材等特色种植18万亩，新增“三品一标”认证农产品10个，农产品网络零售额增长15%。",
         "李　华", "—", ["县农业农村局", "县供销合作社"], ["县市场监督管理局", "县商务局"], "2025年12月底"),
        ("15", "完善农村水利设施。实施中小河流治理3条，完成小型水库除险加固8座，农村自来水普及率达到93%。",
         "赵　刚", "李　华", ["县水利局"], ["县发展和改革局", "县财政局"], "2025年6月底"),
    ]),
    ("四、提升城乡建设和生态环境品质（5项）", [
        ("16", "实施城市更新行动。改造城镇老旧小区32个、1.1万户，新建改造城市燃气、供排水管网45公里，打通城区断头路4条。",
         "赵　刚", "王建国", ["县住房和城乡建设局"], ["县自然资源局", "县城市管理局", "县财政局", "城关街道办事处"], "2025年11月底"),
        ("17", "完善综合交通网络。加快沁柘至青崖二级公路建设，新改建农村公路120公里，建成城乡公交一体化示范县。",
         "赵　刚", "马　骏", ["县交通运输局"], ["县自然资源局", "县林业局", "各乡镇（街道）"], "2025年12月底"),
        ("18", "深入打好污染防治攻坚战。县城空气质量优良天数比例达到88%，国控、省控断面水质达标率100%，受污染耕地安全利用率保持在93%以上。",
         "赵　刚", "刘思远", ["市生态环境局沁柘分局"], ["县住房和城乡建设局", "县农业农村局", "县公安局", "县城市管理局"], "2025年12月底"),
        ("19", "全面推行林长制。完成营造林5.5万亩，森林覆盖率提高到63.5%，森林火灾受害率控制在0.9‰以内。",
         "李　华", "赵　刚", ["县林业局"], ["县自然资源局", "县应急管理局", "各乡镇（街道）"], "2025年12月底"),
        ("20", "提升城市精细化管理水平。开展市容市貌和占道经营专项整治，新增公共停车泊位1500个，生活垃圾分类覆盖率达到80%。",
         "赵　刚", "—", ["县城市管理局"], ["县公安局", "县市场监督管理局", "城关街道办事处"], "2025年12月底"),
    ]),
    ("五、深化改革扩大开放（4项）", [
        ("21", "持续优化营商环境。深化“高效办成一件事”改革，政务服务事项全程网办率达到85%，开展涉企行政检查专项治理。",
         "周振华", ["王建国", "马　骏"], ["县行政审批服务局", "县发展和改革局"], ["县市场监督管理局", "县司法局", "县数据局"], "2025年12月底"),
        ("22", "深化县属国有企业改革。推进县城投集团市场化转型，完成2家国有企业整合重组，国有资产保值增值率达到102%。",
         "王建国", "马　骏", ["县国有资产服务中心"], ["县财政局", "沁柘县城市建设投资集团有限公司"], "2025年9月底"),
        ("23", "大力开展精准招商。坚持“一把手”招商和产业链招商，全年引进亿元以上项目35个，到位市外资金90亿元以上。",
         "周振华", "陈　立", ["县投资促进中心"], ["县直各有关单位", "各乡镇（街道）"], "2025年12月底"),
        ("24", "防范化解财政金融风险。严格落实政府债务化解方案，兜牢“三保”底线，县域存贷比提高3个百分点。",
         "王建国", "—", ["县财政局"], ["县金融服务中心", "国家税务总局沁柘县税务局"], "持续推进"),
    ]),
    ("六、办好民生实事（6项）", [
        ("25", "稳定和扩大就业。城镇新增就业4500人，农村劳动力转移就业12万人，城镇调查失业率控制在5.5%以内。",
         "张　敏", "陈　立", ["县人力资源和社会保障局"], ["县教育和体育局", "县农业农村局", "县总工会"], "2025年12月底"),
        ("26", "办好人民满意教育。新建改扩建中小学、幼儿园7所，新增学位3600个，县城高中新校区秋季开学投入使用。",
         "张　敏", "—", ["县教育和体育局"], ["县发展和改革局", "县财政局", "县住房和城乡建设局"], "2025年8月底"),
        ("27", "推进健康沁柘建设。深化紧密型县域医共体建设，县人民医院新院区主体完工，每千人口执业（助理）医师数达到2.9人。",
         "张　敏", "马　骏", ["县卫生健康局"], ["县医疗保障局", "县财政局"], "2025年12月底"),
        ("28", "完善养老托育服务。建成乡镇区域养老服务中心4个，新增普惠托位300个，实施特殊困难老年人家庭适老化改造600户。",
         "张　敏", "李　华", ["县民政局"], ["县卫生健康局", "县住房和城乡建设局"], "2025年11月底"),
        ("29", "筑牢安全生产防线。深入推进安全生产治本攻坚三年行动，较大以上生产安全事故零发生，事故起数和死亡人数“双下降”。",
         "刘思远", "王建国", ["县应急管理局"], ["县安委会各成员单位", "各乡镇（街道）"], "持续推进"),
        ("30", "建设更高水平平安沁柘。常态化开展扫黑除恶斗争，推进电信网络诈骗综合治理，群众安全感满意度保持在98%以上。",
         "刘思远", "—", ["县公安局"], ["—"], "持续推进"),
    ]),
]

# runs of merged A角 cells (first row number, last row number) and merged 牵头单位 cells
A_MERGE = [(11, 14), (26, 28)]
LEAD_MERGE = [(11, 13)]


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    # ---- 版头
    para(doc, "", size=16)
    para(doc, "沁柘县人民政府办公室文件", ea="方正小标宋简体", size=36, align=WD_ALIGN_PARAGRAPH.CENTER,
         color=RED, space_after=12)
    p = para(doc, "沁政办发〔2025〕6号", size=16, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=4)
    bottom_rule(p)
    para(doc, "")
    para(doc, "沁柘县人民政府办公室", ea="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "关于印发《2025年县政府重点工作任务A、B角", ea="方正小标宋简体", size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "责任分解方案》的通知", ea="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    para(doc, "各乡镇人民政府、城关街道办事处，县政府各部门，县直及驻县各单位：", line=28)
    para(doc, "《2025年县政府重点工作任务A、B角责任分解方案》已经县人民政府第42次常务会议研究同意，"
              "现印发给你们，并就有关事项通知如下，请认真抓好贯彻落实。", indent=True, line=28)
    runin(doc, "一、落实A、B角领导责任。",
          "县政府重点工作任务实行县级领导A、B角负责制，每项任务明确A角、B角县级领导各一名（个别任务明确两名B角）。"
          "A角为第一责任领导，对任务推进负总责，定期听取工作汇报，协调解决重大问题；B角为协助责任领导，协助A角抓好日常调度，"
          "A角因公外出、学习培训或工作冲突时由B角代为履职。B角栏标注“—”的，由A角全面负责。")
    runin(doc, "二、压实单位工作责任。",
          "牵头单位对任务落实负主体责任，要细化工作方案，建立工作台账，主动对接责任单位，每季度末向A角、B角县级领导汇报推进情况；"
          "牵头单位栏列有两个单位的，共同牵头，排在第一位的负责汇总报送。责任单位要按照职责分工主动配合、各司其职，"
          "不得推诿扯皮。")
    runin(doc, "三、强化督查考核问效。",
          "县政府督查室要将重点工作任务纳入年度督查计划，实行月调度、季通报、年考核，考核结果纳入年度目标责任考核。"
          "对工作推进不力、进度严重滞后的，按程序进行约谈问责。各牵头单位请于每季度末月25日前将推进情况报县政府督查室"
          "（联系人：唐小燕，联系电话：0913—6218302）。")
    para(doc, "")
    para(doc, "附件：2025年县政府重点工作任务A、B角责任分解表", indent=True, line=28)
    para(doc, "")
    para(doc, "")
    para(doc, "沁柘县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, line=28).paragraph_format.right_indent = Pt(48)
    para(doc, "2025年2月20日", align=WD_ALIGN_PARAGRAPH.RIGHT, line=28).paragraph_format.right_indent = Pt(64)
    para(doc, "（此件公开发布）", indent=True, line=28)

    # ---- 附件 on a landscape section
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21.0)
    new.top_margin, new.bottom_margin = Cm(2.6), Cm(2.4)
    new.left_margin, new.right_margin = Cm(2.4), Cm(2.4)

    para(doc, "附件", ea="黑体", size=16)
    para(doc, "")
    para(doc, "2025年县政府重点工作任务A、B角责任分解表", ea="方正小标宋简体", size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_after=10)

    widths = [Cm(1.3), Cm(9.6), Cm(1.9), Cm(1.9), Cm(3.6), Cm(4.9), Cm(2.2)]
    nrows = 2 + sum(1 + len(t) for _, t in PARTS)
    table = doc.add_table(rows=nrows, cols=7)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_borders(table)
    for row in table.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]

    # header: two rows, 县级责任领导 over A角 | B角
    h1, h2 = table.rows[0], table.rows[1]
    repeat_header(h1)
    repeat_header(h2)
    for i, lab in enumerate(["序号", "重点工作任务", "县级责任领导", "", "牵头单位", "责任单位", "完成时限"]):
        if lab:
            cell_text(h1.cells[i], lab, ea="黑体", size=12)
    cell_text(h2.cells[2], "A角", ea="黑体", size=12)
    cell_text(h2.cells[3], "B角", ea="黑体", size=12)
    h1.cells[2].merge(h1.cells[3])
    for i in (0, 1, 4, 5, 6):
        h1.cells[i].merge(h2.cells[i])

    r = 2
    rowidx = {}
    for title, tasks in PARTS:
        row = table.rows[r]
        cell_text(row.cells[0], title, ea="黑体", size=11, align=WD_ALIGN_PARAGRAPH.LEFT)
        row.cells[0].merge(row.cells[6])
        cant_split(row)
        r += 1
        for (num, text, a, b, leads, coops, due) in tasks:
            row = table.rows[r]
            cant_split(row)
            rowidx[int(num)] = r
            cell_text(row.cells[0], num)
            cell_text(row.cells[1], text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            cell_text(row.cells[2], a)
            cell_text(row.cells[3], b)
            cell_text(row.cells[4], "、".join(leads))
            cell_text(row.cells[5], "、".join(coops))
            cell_text(row.cells[6], due)
            r += 1

    # merge A角 cells down runs of the same leader (text kept only in the top cell)
    for first, last in A_MERGE:
        top = table.rows[rowidx[first]].cells[2]
        for n in range(first + 1, last + 1):
            c = table.rows[rowidx[n]].cells[2]
            for p in c.paragraphs:
                for run in list(p.runs):
                    run._element.getparent().remove(run._element)
        top.merge(table.rows[rowidx[last]].cells[2])
        # python-docx appends the emptied paragraphs; drop them
        for p in top.paragraphs[1:]:
            if not p.text:
                p._element.getparent().remove(p._element)
    for first, last in LEAD_MERGE:
        top = table.rows[rowidx[first]].cells[4]
        for n in range(first + 1, last + 1):
            c = table.rows[rowidx[n]].cells[4]
            for p in c.paragraphs:
                for run in list(p.runs):
                    run._element.getparent().remove(run._element)
        top.merge(table.rows[rowidx[last]].cells[4])
        for p in top.paragraphs[1:]:
            if not p.text:
                p._element.getparent().remove(p._element)

    para(doc, "注：1．县级责任领导栏中，A角为第一责任领导，B角为协助责任领导；B角栏标注“—”的，由A角全面负责。",
         size=12, line=18)
    para(doc, "　　2．牵头单位栏列有两个单位的，共同牵头；责任单位栏标注“—”的，由牵头单位独立负责。", size=12, line=18)

    # ---- 版记
    para(doc, "")
    p = para(doc, "抄送：县委办公室，县人大常委会办公室，县政协办公室，县纪委监委机关，县法院，县检察院。", size=14, line=22)
    bottom_rule(p, color="000000", sz=4)
    para(doc, "沁柘县人民政府办公室　　　　　　　　　　　　　　　　　　　2025年2月20日印发", size=14, line=22)

    doc.core_properties.author = "县政府办公室"
    doc.core_properties.title = "沁柘县人民政府办公室关于印发《2025年县政府重点工作任务A、B角责任分解方案》的通知"
    doc.save(OUT)


if __name__ == "__main__":
    build()
    print("wrote", OUT)
