#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Write 534_xianglan_xian_gaige_jiebang_guashuai_xiangmu.docx: a 县委改革办 notice
publishing the year's 改革攻坚“揭榜挂帅”项目清单 (挂帅县领导 / 揭榜单位 / 协同单位)."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

NAME = "534_xianglan_xian_gaige_jiebang_guashuai_xiangmu.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xE6, 0x00, 0x12)


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


def para(doc_or_cell, text="", font=FS, size=16, align=None, bold=False,
         indent=True, color=None, line=28, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def bottom_border(p, color="E60012", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_bottom_border(p, top=True, bottom=True, sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side, on in (("top", top), ("bottom", bottom)):
        if on:
            b = OxmlElement("w:" + side)
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), str(sz))
            b.set(qn("w:space"), "1")
            b.set(qn("w:color"), "000000")
            bdr.append(b)
    ppr.append(bdr)


def cell_text(cell, lines, font=FS, size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER,
              bold=False):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    first = True
    for ln in lines:
        if first:
            p = cell.paragraphs[0]
            first = False
        else:
            p = cell.add_paragraph()
        p.alignment = align
        pf = p.paragraph_format
        pf.line_spacing = Pt(15)
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        if ln:
            set_font(p.add_run(ln), font, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


# ---------------------------------------------------------------- content
MAIN_TO = "各乡镇党委、人民政府，各街道党工委、办事处，县委各部委，县直各单位："

BODY = [
    "为深入贯彻落实党的二十届三中全会精神和省委、市委关于进一步全面深化改革的部署要求，"
    "充分激发各地各部门改革创新活力，今年1月，县委改革办面向全县发布了2025年度改革攻坚"
    "“揭榜挂帅”榜单。经各单位自主揭榜、各专项小组初审、县委改革办综合评审，并报县委全面"
    "深化改革委员会第十二次会议审定，确定26个改革项目为2025年度全县改革攻坚“揭榜挂帅”"
    "项目。现将项目清单予以公布，并就有关事项通知如下。",
]

ITEMS = [
    ("一、明确责任分工。",
     "“揭榜挂帅”项目实行县领导挂帅、单位揭榜、部门协同的推进机制。挂帅县领导负责统筹"
     "协调、亲自推动，帮助解决改革推进中的重大问题；揭榜单位是改革项目的实施主体，作为"
     "牵头单位对项目推进负总责，两个单位联合揭榜的，共同牵头；协同单位要按照职责分工"
     "密切配合，主动承担相关改革任务，不得推诿扯皮。"),
    ("二、细化推进方案。",
     "各揭榜单位要在4月15日前制定项目实施方案，明确改革路径、阶段目标、时间节点和预期"
     "成果，经挂帅县领导审定后报县委改革办备案。实施方案确需调整的，由揭榜单位提出，"
     "经挂帅县领导同意后报县委改革办。"),
    ("三、强化督导评估。",
     "县委改革办将会同县委督查室对“揭榜挂帅”项目实行“月调度、季通报、年评估”，每季度"
     "末5日前，各揭榜单位将项目推进情况报县委改革办。年底组织项目成效评估，对成效明显、"
     "形成可复制可推广经验的项目，在年度综合考核中予以加分；对推进不力、进度滞后的，"
     "予以通报并督促整改。"),
]

SECTIONS = [
    ("一、经济体制和生态文明体制改革（7项）", [
        ("1", "深化工业用地“标准地+承诺制”出让改革",
         "新批工业用地全部按“标准地”出让，推行“承诺即入库、拿地即开工”，全年完成“标准地”出让不少于15宗，形成可复制的操作指引。",
         ["刘建平"], ["县自然资源局"],
         ["县发展和改革局、县行政审批服务局、芗岚经济开发区管委会"], "2025年11月底"),
        ("2", "推进财政惠企资金“免申即享”改革",
         "梳理惠企政策事项清单，建设惠企资金兑付平台，符合条件的惠企资金“免申即享”比例达到60%以上。",
         ["刘建平"], ["县财政局"],
         ["县工业和信息化局、县商务局、国家税务总局芗岚县税务局"], "2025年10月底"),
        ("3", "开展农村集体经营性建设用地入市试点",
         "在青石镇、白沙乡选取不少于3宗地块开展入市试点，建立土地增值收益分配机制，形成入市交易规则。",
         ["杨　帆"], ["县自然资源局", "县农业农村局", "（联合揭榜）"],
         ["县财政局、青石镇、白沙乡"], "2025年12月底"),
        ("4", "探索森林生态产品价值实现机制改革",
         "完成全县森林生态系统生产总值（GEP）核算，探索林业碳汇项目开发交易，推动1个以上生态产品价值转化项目落地。",
         ["马文涛"], ["县林业局"],
         ["市生态环境局芗岚分局、县发展和改革局、县统计局"], "2025年12月底"),
        ("5", "推进县属国有企业整合重组改革",
         "将县属国有企业整合为城建、产业、文旅三大集团，完成市场化经营主体转型，健全现代企业法人治理结构。",
         ["刘建平"], ["县财政局（县国有资产服务中心）"],
         ["县委组织部、县人力资源和社会保障局、县城市建设投资集团有限公司"], "2025年9月底"),
        ("6", "深化供销合作社“三位一体”综合改革",
         "建成县级为农服务中心1个、乡镇为农服务中心5个，推进生产、供销、信用“三位一体”综合合作。",
         ["杨　帆"], ["县供销合作社联合社"],
         ["县农业农村局、县商务局、芗岚农商银行"], "2025年12月底"),
        ("7", "推行河湖库“一河一策”数字化管护改革",
         "建成县级智慧河湖监管平台，县级以上河道视频监控全覆盖，问题发现处置闭环率达到95%以上。",
         ["马文涛"], ["县水利局"], ["/"], "2025年11月底"),
    ]),
    ("二、营商环境和数字政府改革（5项）", [
        ("8", "推进“高效办成一件事”集成改革",
         "新推出企业信息变更、开办运输企业等“一件事”12项以上，实现一次告知、一表申请、一窗受理、一次办结。",
         ["欧阳敏"], ["县行政审批服务局"],
         ["县政务服务和大数据中心、县公安局、县人力资源和社会保障局、县医疗保障局"], "2025年10月底"),
        ("9", "推行涉企行政执法“综合查一次”改革",
         "制定涉企检查事项清单，推行跨部门联合检查，涉企检查频次同比下降30%以上，建立轻微违法行为首违不罚清单。",
         ["欧阳敏", "郑国强"], ["县司法局、县市场监督管理局（联合揭榜）"],
         ["县应急管理局、县城市管理局、市生态环境局芗岚分局"], "2025年12月底"),
        ("10", "深化工程建设项目审批制度改革",
         "推行社会投资小型低风险项目“拿地即开工”“竣工即交付”，工程建设项目审批总用时压缩至25个工作日以内。",
         ["欧阳敏"], ["县住房和城乡建设局"],
         ["县自然资源局、县行政审批服务局"], "2025年9月底"),
        ("11", "探索公共数据资源授权运营改革",
         "出台公共数据授权运营管理办法，开放医疗、交通、文旅等领域数据集20个以上，培育数据应用场景3个以上。",
         ["何志勇"], ["县政务服务和大数据中心"],
         ["县委网信办、县财政局、县卫生健康局"], "2025年12月底"),
        ("12", "建立企业信用修复“一件事”办理机制",
         "整合行政处罚信息信用修复流程，实现信用修复“一口受理、协同办理、结果互认”，办理时限压缩50%以上。",
         ["欧阳敏"], ["县发展和改革局"], ["/"], "2025年8月底"),
    ]),
    ("三、民生领域改革（6项）", [
        ("13", "推进紧密型县域医共体建设改革",
         "实行医保基金打包付费、结余留用，县域内就诊率达到90%以上，基层医疗卫生机构诊疗量占比提升5个百分点。",
         ["唐　蕾"], ["县卫生健康局", "县医疗保障局", "（联合揭榜）"],
         ["县财政局、县委编办、县人民医院"], "2025年12月底"),
        ("14", "推进县域普通高中集团化办学改革",
         "组建2个普通高中教育集团，实行管理、师资、课程、评价“四统一”，集团内教师交流轮岗比例不低于15%。",
         ["唐　蕾"], ["县教育局"],
         ["县委编办、县人力资源和社会保障局"], "2025年8月底"),
        ("15", "探索居家社区养老服务“时间银行”改革",
         "在城关街道、东门街道开展试点，建立志愿服务时长储蓄、兑换、转移机制，注册志愿者达到2000人以上。",
         ["唐　蕾"], ["城关街道"],
         ["县民政局、东门街道、团县委"], "2025年11月底"),
        ("16", "推进“家门口”零工市场建设改革",
         "建成县级零工市场1个、乡镇（街道）零工驿站8个，实现求职招聘线上线下“一键对接”。",
         ["唐　蕾"], ["县人力资源和社会保障局"],
         ["县总工会、各乡镇（街道）"], "2025年10月底"),
        ("17", "深化医保基金智能监管改革",
         "建成医保基金智能监管系统，实现定点医药机构事前提醒、事中审核、事后监管全覆盖。",
         ["唐　蕾"], ["县医疗保障局"],
         ["县卫生健康局、县公安局、县市场监督管理局"], "2025年12月底"),
        ("18", "推进城乡供水一体化“县管镇包村用”管护改革",
         "组建县级供水管护公司，农村集中供水工程专业化管护全覆盖，农村自来水普及率达到96%以上。",
         ["马文涛"], ["县城市建设投资集团有限公司"],
         ["县水利局、县卫生健康局、各乡镇人民政府"], "2025年12月底"),
    ]),
    ("四、党的建设制度改革（3项）", [
        ("19", "建立年轻干部“墩苗历练”培养机制",
         "选派30名优秀年轻干部到乡村振兴、项目建设、信访维稳一线墩苗历练，建立实绩档案和跟踪考察机制。",
         ["陈　静"], ["县委组织部"], ["/"], "2025年12月底"),
        ("20", "深化村级集体经济“强村公司”改革",
         "以乡镇为单位组建强村公司8家以上，全县村级集体经济经营性收入全部达到10万元以上。",
         ["陈　静", "杨　帆"], ["县委组织部、县农业农村局（联合揭榜）"],
         ["县财政局、各乡镇人民政府"], "2025年12月底"),
        ("21", "推进基层报表“一表通”减负改革",
         "整合乡镇（街道）、村（社区）各类报表，建立基础数据共享库，基层报表数量精简40%以上。",
         ["何志勇"], ["县委办公室", "县政府办公室", "（联合揭榜）"],
         ["县政务服务和大数据中心、县委社会工作部"], "2025年10月底"),
    ]),
    ("五、平安建设和社会治理改革（3项）", [
        ("22", "推进矛盾纠纷多元化解“一站式”改革",
         "规范化建设县乡两级综治中心，整合信访、调解、诉讼服务等力量，矛盾纠纷化解率达到98%以上。",
         ["郑国强"], ["县委政法委"],
         ["县人民法院、县司法局、县信访局、县公安局"], "2025年9月底"),
        ("23", "深化乡镇“一支队伍管执法”改革试点",
         "在青石镇整合执法力量组建综合行政执法队，承接县级赋权事项，建立“乡镇吹哨、部门报到”执法协作机制。",
         ["郑国强"], ["青石镇"],
         ["县委编办、县司法局、县城市管理局"], "2025年11月底"),
        ("24", "推进城市社区“网格+物业”融合治理改革",
         "在城关街道12个社区推行网格员与物业服务人员融合履职，物业小区纳入网格管理比例达到100%。",
         ["郑国强"], ["城关街道"],
         ["县委社会工作部、县住房和城乡建设局、县委政法委"], "2025年12月底"),
    ]),
    ("六、文化和纪检监察体制改革（2项）", [
        ("25", "深化县级融媒体中心“策采编发”一体化改革",
         "建成“中央厨房”式指挥调度平台，推进融媒体中心与新时代文明实践中心融合发展，新媒体用户总量突破50万。",
         ["吴海燕"], ["县融媒体中心"],
         ["县委宣传部、县财政局"], "2025年11月底"),
        ("26", "推进村级“小微权力”监督改革",
         "制定村级小微权力清单和运行流程图，建成“阳光村务”监督平台，实现全县村（社区）全覆盖。",
         ["孙立伟"], ["县纪委监委"],
         ["县委组织部、县农业农村局、县民政局"], "2025年12月底"),
    ]),
]


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)

    # 版头
    for _ in range(2):
        para(doc, "", indent=False)
    p = para(doc, "中共芗岚县委全面深化改革", XBS, 30, WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, color=RED, line=40)
    p = para(doc, "委员会办公室", XBS, 30, WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, color=RED, line=40)
    para(doc, "", indent=False)
    p = para(doc, "岚改办发〔2025〕2号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p)
    para(doc, "", indent=False)

    # 标题
    para(doc, "中共芗岚县委全面深化改革委员会办公室", XBS, 22,
         WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
    para(doc, "关于公布2025年度全县改革攻坚“揭榜挂帅”", XBS, 22,
         WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
    para(doc, "项目清单的通知", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
    para(doc, "", indent=False)

    para(doc, MAIN_TO, indent=False)
    for t in BODY:
        para(doc, t)
    for head, rest in ITEMS:
        p = para(doc, "")
        set_font(p.add_run(head), HT, 16)
        set_font(p.add_run(rest), FS, 16)
    para(doc, "", indent=False)
    p = para(doc, "")
    set_font(p.add_run("附件：2025年度全县改革攻坚“揭榜挂帅”项目清单"), FS, 16)
    para(doc, "", indent=False)
    p = para(doc, "中共芗岚县委全面深化改革委员会办公室", FS, 16,
             WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(32)
    p = para(doc, "2025年3月18日", FS, 16, WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "（此件发至乡镇、街道）", FS, 16, indent=True)

    # 附件：横向
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Mm(297), Mm(210)
    new.top_margin, new.bottom_margin = Mm(28), Mm(26)
    new.left_margin, new.right_margin = Mm(30), Mm(28)

    para(doc, "附件", HT, 16, indent=False)
    para(doc, "2025年度全县改革攻坚“揭榜挂帅”项目清单", XBS, 22,
         WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, after=6)

    headers = ["序号", "改革项目", "改革目标及预期成果", "挂帅县领导",
               "揭榜单位", "协同单位", "完成时限"]
    widths = [Mm(12), Mm(44), Mm(70), Mm(20), Mm(32), Mm(40), Mm(21)]
    tbl = doc.add_table(rows=1, cols=len(headers))
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl.autofit = False
    for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    hdr = tbl.rows[0]
    repeat_header(hdr)
    for c, h, w in zip(hdr.cells, headers, widths):
        c.width = w
        cell_text(c, [h], HT, 11)
    for sec_title, rows in SECTIONS:
        r = tbl.add_row()
        cant_split(r)
        m = r.cells[0].merge(r.cells[-1])
        cell_text(m, [sec_title], HT, 11, WD_ALIGN_PARAGRAPH.LEFT)
        for no, proj, goal, leaders, jiebang, xietong, due in rows:
            r = tbl.add_row()
            cant_split(r)
            cs = r.cells
            for c, w in zip(cs, widths):
                c.width = w
            cell_text(cs[0], [no])
            cell_text(cs[1], [proj], align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(cs[2], [goal], align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(cs[3], leaders)
            cell_text(cs[4], jiebang)
            cell_text(cs[5], xietong)
            cell_text(cs[6], [due])

    # 版记：纵向末页
    last = doc.add_section()
    last.orientation = WD_ORIENT.PORTRAIT
    last.page_width, last.page_height = Mm(210), Mm(297)
    last.top_margin, last.bottom_margin = Mm(37), Mm(35)
    last.left_margin, last.right_margin = Mm(28), Mm(26)
    for _ in range(18):
        para(doc, "", indent=False)
    p = para(doc, "", indent=False, size=14)
    p.paragraph_format.left_indent = Pt(14)
    set_font(p.add_run("抄送：市委改革办。县委办公室，县人大常委会办公室，县政府办公室，"
                       "县政协办公室，县委督查室。"), FS, 14)
    top_bottom_border(p, True, True, 12)
    p = para(doc, "", indent=False, size=14)
    p.paragraph_format.left_indent = Pt(14)
    set_font(p.add_run("中共芗岚县委全面深化改革委员会办公室"), FS, 14)
    p.add_run("\t")
    set_font(p.add_run("2025年3月18日印发"), FS, 14)
    tabs = p.paragraph_format.tab_stops
    tabs.add_tab_stop(Mm(150))
    top_bottom_border(p, False, True, 12)

    doc.core_properties.author = "县委改革办"
    doc.core_properties.title = "关于公布2025年度全县改革攻坚“揭榜挂帅”项目清单的通知"
    doc.save(OUT)


if __name__ == "__main__":
    build()
    print(OUT)
