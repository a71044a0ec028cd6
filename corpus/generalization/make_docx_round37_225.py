#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generate 225_jiyang_zfgzbg_fengong_hebing.docx: a 县人民政府办公室 notice whose attachment is a
multi-page task table (序号|重点工作任务|责任县领导|责任单位|完成时限). The header row repeats on every
page (w:tblHeader), rows may break across pages (no w:cantSplit), the 责任县领导 cell is vertically
merged (w:vMerge) over each leader's consecutive tasks, and a trailing * marks the lead unit."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_SECTION, WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.table import _Cell

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "225_jiyang_zfgzbg_fengong_hebing.docx")

# (leader, [(task text, units, deadline), ...]) in table order
BLOCKS = [
    ("赵明远", [
        ("全县地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长8%，固定资产投资增长7%，"
         "社会消费品零售总额增长6.5%，城乡居民人均可支配收入增长与经济增长基本同步。",
         "县发展和改革局*、县财政局、县统计局", "2024年12月底"),
        ("深入实施“项目建设攻坚年”行动，全年谋划储备重点项目120个以上，实施省市县重点项目86个，"
         "争取中央预算内投资和地方政府专项债券资金15亿元以上。",
         "县发展和改革局*、县财政局、县自然资源局", "2024年12月底"),
        ("持续深化“放管服”改革，全面推行“一件事一次办”“跨省通办”，政务服务事项网上可办率达到98%以上，"
         "营商环境评价进入全市前三位。",
         "县行政审批服务局", "2024年10月底"),
    ]),
    ("孙立群", [
        ("严格落实政府过紧日子要求，一般性支出压减10%以上，“三公”经费只减不增，"
         "全力保障基本民生、工资发放和基层运转支出。",
         "县财政局", "持续推进"),
        ("稳妥化解地方政府债务风险，按期偿还到期政府债务本息，完成年度隐性债务化解任务，"
         "坚决守住不发生系统性风险的底线。",
         "县财政局*、县发展和改革局、县审计局", "2024年12月底"),
        ("深化国有企业改革，推动稷阳县城市建设投资有限公司市场化转型，"
         "全年新增经营性收入2亿元，资产总额突破80亿元。",
         "县国有资产服务中心*、县财政局", "2024年11月底"),
        ("加强审计监督，对县直部门预算执行、重大政策落实和重点项目资金开展审计，"
         "实现重点部门和单位审计全覆盖，审计发现问题整改率达到100%。",
         "县审计局", "2024年12月底"),
        ("做好第五次全国经济普查数据发布和成果开发应用工作，加强统计监督，"
         "严肃查处统计造假、弄虚作假行为。",
         "县统计局*、县发展和改革局、县市场监督管理局（县知识产权局）", "2024年9月底"),
    ]),
    ("张海燕", [
        ("实施工业倍增计划，全年新增规模以上工业企业15家，推动稷阳经济开发区营业收入突破200亿元，"
         "争创省级高新技术产业开发区。",
         "县工业和信息化局*、稷阳经济开发区管委会、县统计局", "2024年12月底"),
        ("加快推进年产5万吨新型建材、年产3000台套智能农机装备等12个工业项目建设，"
         "确保8个项目年内竣工投产、4个项目完成主体工程。",
         "稷阳经济开发区管委会*、县工业和信息化局、县自然资源局、市生态环境局稷阳分局", "2024年11月底"),
        ("培育创新型中小企业20家、专精特新中小企业5家，高新技术企业总数达到45家，"
         "全社会研发经费投入强度提高到1.8%。",
         "县科学技术局*、县工业和信息化局", "2024年12月底"),
        ("开展“入企服务月”活动，实行县级领导包联重点企业制度，帮助企业解决用工、融资、用地等难题，"
         "全年新增各项贷款30亿元以上。",
         "县工业和信息化局、县金融服务中心*、县人力资源和社会保障局、县自然资源局", "持续推进"),
    ]),
    ("王建军", [
        ("落实粮食安全党政同责，全年粮食播种面积稳定在68万亩以上，总产量稳定在3.2亿公斤以上，"
         "坚决遏制耕地“非农化”、防止“非粮化”。",
         "县农业农村局*、县自然资源局、各乡（镇）人民政府", "2024年10月底"),
        ("新建高标准农田3.5万亩，完成澄水河灌区续建配套与节水改造工程，"
         "维修改造小型农田水利设施120处。",
         "县农业农村局*、县水利局、县财政局", "2024年12月底"),
        ("巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制，脱贫人口人均纯收入增长10%以上，"
         "确保不发生规模性返贫。",
         "县农业农村局*、县民政局、县教育局、县医疗保障局", "持续推进"),
        ("全面落实河湖长制，完成澄水河稷阳段综合治理工程，实施农村饮水安全巩固提升工程，"
         "农村自来水普及率达到96%。",
         "县水利局", "2024年11月底"),
    ]),
    ("李卫东", [
        ("实施城市更新行动，改造老旧小区16个、惠及居民3200户，新建改造城市道路4.2公里，"
         "新增城市停车泊位1500个。",
         "县住房和城乡建设局*、县自然资源局、县财政局", "2024年11月底"),
        ("启动县污水处理厂提标改造和管网延伸工程，县城生活污水集中收集率达到70%以上，"
         "建成区黑臭水体保持动态清零。",
         "县住房和城乡建设局*、市生态环境局稷阳分局", "2024年12月底"),
        ("深入开展城乡环境综合整治，巩固国家卫生县城创建成果，农村生活垃圾收运处置体系覆盖所有行政村。",
         "县城市管理局*、县住房和城乡建设局、县卫生健康局、各乡（镇）人民政府", "持续推进"),
        ("严格落实安全生产责任制，深入开展重点行业领域安全生产治本攻坚三年行动，"
         "坚决遏制较大及以上生产安全事故发生。",
         "县应急管理局*、县住房和城乡建设局、县交通运输局、县市场监督管理局（县知识产权局）", "持续推进"),
    ]),
    ("刘晓燕", [
        ("新建改扩建幼儿园3所、中小学2所，新增学位2400个，义务教育优质均衡发展县创建通过省级评估。",
         "县教育局*、县发展和改革局、县住房和城乡建设局", "2024年9月底"),
        ("推进紧密型县域医共体建设，县人民医院通过三级医院评审，乡镇卫生院全部达到服务能力基本标准。",
         "县卫生健康局", "2024年12月底"),
        ("城镇新增就业3200人，农村劳动力转移就业6.5万人，城镇调查失业率控制在5.5%以内。",
         "县人力资源和社会保障局*、县农业农村局", "2024年12月底"),
        ("提高城乡低保标准，城乡低保标准分别提高到每人每月760元和560元，"
         "城乡居民基本养老保险参保率稳定在95%以上。",
         "县民政局*、县人力资源和社会保障局、县财政局", "2024年6月底"),
    ]),
    ("陈志", [
        ("深入推进扫黑除恶常态化，严厉打击电信网络诈骗、养老诈骗等违法犯罪，"
         "全面提升立体化社会治安防控体系建设水平。",
         "县公安局*、县司法局", "持续推进"),
        ("坚持和发展新时代“枫桥经验”，完善矛盾纠纷多元化解机制，信访事项及时受理率达到100%。",
         "县信访局*、县司法局、各乡（镇）人民政府", "持续推进"),
        ("实施“八五”普法规划，落实行政执法三项制度，争创省级法治政府建设示范县。",
         "县司法局", "2024年12月底"),
    ]),
]


def set_font(run, east="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = "Times New Roman"
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(container, text="", east="仿宋_GB2312", size=16, bold=False, align=None, indent=False,
         color=None, line=28):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def p_border(p, side, color="000000", sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        # pBdr must precede w:spacing / w:ind / w:jc inside pPr
        anchor = None
        for child in ppr:
            if child.tag in (qn("w:shd"), qn("w:tabs"), qn("w:spacing"), qn("w:ind"), qn("w:jc"), qn("w:rPr")):
                anchor = child
                break
        if anchor is not None:
            anchor.addprevious(bdr)
        else:
            ppr.append(bdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)


def cell_text(cell, text, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT, east="仿宋_GB2312"):
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(20)
    if text:
        set_font(p.add_run(text), east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def set_vmerge(cell, restart):
    tcpr = cell._tc.get_or_add_tcPr()
    vm = OxmlElement("w:vMerge")
    if restart:
        vm.set(qn("w:val"), "restart")
    # w:vMerge goes after tcW/gridSpan, before tcBorders/shd/vAlign
    anchor = None
    for child in tcpr:
        if child.tag in (qn("w:tcBorders"), qn("w:shd"), qn("w:noWrap"), qn("w:tcMar"),
                         qn("w:textDirection"), qn("w:tcFitText"), qn("w:vAlign"), qn("w:hideMark")):
            anchor = child
            break
    if anchor is not None:
        anchor.addprevious(vm)
    else:
        tcpr.append(vm)


def table_borders(table):
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "4")
        b.set(qn("w:space"), "0")
        b.set(qn("w:color"), "000000")
        borders.append(b)
    anchor = None
    for child in tblpr:
        if child.tag in (qn("w:shd"), qn("w:tblLayout"), qn("w:tblCellMar"), qn("w:tblLook")):
            anchor = child
            break
    if anchor is not None:
        anchor.addprevious(borders)
    else:
        tblpr.append(borders)


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    # 版头
    para(doc, "", line=28)
    para(doc, "稷阳县人民政府办公室文件", east="方正小标宋简体", size=36, color="FF0000",
         align=WD_ALIGN_PARAGRAPH.CENTER, line=60)
    para(doc, "", line=28)
    p = para(doc, "稷政办发〔2024〕9号", align=WD_ALIGN_PARAGRAPH.CENTER)
    p_border(p, "bottom", color="FF0000", sz=18)
    para(doc, "")

    para(doc, "稷阳县人民政府办公室", east="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "关于印发2024年《政府工作报告》重点工作", east="方正小标宋简体", size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "任务分工的通知", east="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "")
    para(doc, "各乡（镇）人民政府，县政府各部门，县直各有关单位：")
    body = [
        "2024年《政府工作报告》已经县十八届人民代表大会第三次会议审议通过。为确保报告确定的各项目标任务落到实处，"
        "经县人民政府同意，现将《稷阳县2024年〈政府工作报告〉重点工作任务分工》印发给你们，并就有关事项通知如下，请认真抓好落实。",
    ]
    for t in body:
        para(doc, t, indent=True)
    para(doc, "一、强化责任落实", east="黑体", indent=True)
    para(doc, "各责任县领导要切实履行领导责任，定期听取分管领域任务推进情况汇报，协调解决重点难点问题。"
              "牵头单位要对牵头事项负总责，制定具体推进方案，细化时间表和路线图；配合单位要主动对接、密切配合，形成工作合力。",
         indent=True)
    para(doc, "二、严格督查考核", east="黑体", indent=True)
    para(doc, "县政府督查室要将分工任务纳入年度督查计划，实行清单化管理、台账式推进。各牵头单位于每季度末月25日前，"
              "将任务进展情况书面报送县政府督查室，电子版发送至jyxzfdcs@163.com。督查结果纳入年度目标责任考核。",
         indent=True)
    para(doc, "三、加强信息报送", east="黑体", indent=True)
    para(doc, "对工作推进中遇到的重大问题和重要情况，要及时向县人民政府报告。未经县人民政府同意，不得擅自调整任务分工。",
         indent=True)
    para(doc, "")
    para(doc, "附件：稷阳县2024年《政府工作报告》重点工作任务分工", indent=True)
    para(doc, "")
    para(doc, "")
    para(doc, "稷阳县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "2024年2月8日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "（此件公开发布）", indent=True)

    # 附件: landscape section
    ns = doc.add_section(WD_SECTION.NEW_PAGE)
    ns.orientation = WD_ORIENT.LANDSCAPE
    ns.page_width, ns.page_height = Cm(29.7), Cm(21)
    ns.top_margin, ns.bottom_margin = Cm(2.5), Cm(2.3)
    ns.left_margin, ns.right_margin = Cm(2.5), Cm(2.5)
    para(doc, "附件", east="黑体")
    para(doc, "")
    para(doc, "稷阳县2024年《政府工作报告》重点工作任务分工", east="方正小标宋简体", size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "")

    n_rows = 1 + sum(len(b[1]) for b in BLOCKS)
    table = doc.add_table(rows=n_rows, cols=5)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    table_borders(table)
    widths = [Cm(1.5), Cm(11.2), Cm(2.6), Cm(6.8), Cm(2.6)]
    for gc, w in zip(table._tbl.tblGrid.gridCol_lst, widths):
        gc.w = w
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    hdr = table.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(["序号", "重点工作任务", "责任县领导", "责任单位", "完成时限"]):
        cell_text(hdr.cells[i], h, size=12, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, east="黑体")

    r = 1
    n = 0
    for leader, tasks in BLOCKS:
        for k, (text, units, deadline) in enumerate(tasks):
            n += 1
            tr = table.rows[r]
            cells = tr._tr.tc_lst
            c = [_Cell(tc, table) for tc in cells]
            cell_text(c[0], str(n), align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(c[1], text)
            if k == 0:
                cell_text(c[2], leader, align=WD_ALIGN_PARAGRAPH.CENTER)
                set_vmerge(c[2], restart=True)
            else:
                cell_text(c[2], "", align=WD_ALIGN_PARAGRAPH.CENTER)
                set_vmerge(c[2], restart=False)
            cell_text(c[3], units)
            cell_text(c[4], deadline, align=WD_ALIGN_PARAGRAPH.CENTER)
            r += 1

    para(doc, "注：带“*”的为牵头单位。", size=14, line=24)

    # 版记 on a portrait page
    ps = doc.add_section(WD_SECTION.NEW_PAGE)
    ps.orientation = WD_ORIENT.PORTRAIT
    ps.page_width, ps.page_height = Cm(21), Cm(29.7)
    ps.top_margin, ps.bottom_margin = Cm(3.7), Cm(3.5)
    ps.left_margin, ps.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        para(doc, "")
    p = para(doc, "抄送：县委办公室，县人大常委会办公室，县政协办公室，县纪委监委。", size=14)
    p_border(p, "top", sz=8)
    p_border(p, "bottom", sz=4)
    p = para(doc, "稷阳县人民政府办公室                      2024年2月8日印发", size=14)
    p_border(p, "bottom", sz=8)
    doc.save(OUT)
    return n


if __name__ == "__main__":
    print(build(), "tasks ->", OUT)
