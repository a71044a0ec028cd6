#!/usr/bin/python3
"""Round 122 / 620: a 镇人民政府 Word notice (榉政发〔2026〕5号) whose 附件 is a
Word table of the 镇政府工作报告's tasks:
序号 / 工作任务 / 分管领导 / 责任单位（站所、办） / 完成时限, with part rows.

Writes, deterministically:
  620_juxi_zhen_zfgzbg_renwu_fenjie.docx
  620_juxi_zhen_zfgzbg_renwu_fenjie.tasks.gold.jsonl
"""
import datetime
import io
import json
import os
import re
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "620_juxi_zhen_zfgzbg_renwu_fenjie"
DOCX = os.path.join(HERE, BASE + ".docx")
GOLD = os.path.join(HERE, BASE + ".tasks.gold.jsonl")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

# ---------------------------------------------------------------- leaders
# post + name printed in one cell paragraph, as the 党政办 clerk types it
ZHOU = ("镇党委副书记、镇长周海峰", "周海峰")
LONG = ("镇党委副书记龙　静", "龙静")
PENG = ("镇党委委员、常务副镇长彭志刚", "彭志刚")
OUYANG = ("镇党委委员、副镇长欧阳红", "欧阳红")
XIANG = ("镇党委委员、武装部部长向　东", "向东")
SHI = ("镇党委委员、政法委员石　磊", "石磊")
TIAN = ("镇人大主席田茂林", "田茂林")
YANG = ("副镇长杨丽娟", "杨丽娟")

# ---------------------------------------------------------------- tasks
# each task: text paragraphs, leader cell paragraphs (or "M" = merged with the
# row above), leader names, unit cell text, deadline
PARTS = []


def part(title):
    PARTS.append({"title": title, "tasks": []})


def task(text, lead, units, deadline):
    """lead: list of (cell_paragraph, [names]) or 'M' (merged down from above)."""
    PARTS[-1]["tasks"].append({"text": text if isinstance(text, list) else [text],
                               "lead": lead, "units": units, "deadline": deadline})


def L(*people):
    """one cell paragraph per leader"""
    return [(p[0], [p[1]]) for p in people]


part("一、聚力项目建设，夯实经济发展基础（6项）")
task("加快重点项目建设。全年实施重点项目18个，完成固定资产投资5.2亿元以上，确保榉溪工业集中区标准化厂房二期、榉梅公路提质改造、集镇农贸市场迁建等项目按时序推进，力争标准化厂房二期年内投入使用。",
     L(ZHOU, PENG), "经发办、财政所、自然资源所、村镇建设服务中心、各村（社区）", "2026年12月底")
task("强化招商引资。围绕农产品精深加工、竹木加工两大主导产业开展精准招商、以商招商，全年引进投资500万元以上项目4个，新增规模以上工业企业1家，实际到位资金1.5亿元。",
     L(ZHOU), "招商办、经发办、财政所", "2026年12月底")
task("做好项目要素保障。提前谋划用地报批、征地拆迁、水电配套等前期工作，全年完成征地320亩，做到项目建设“零阻工”，重点项目用地应保尽保。",
     L(PENG), "自然资源所、村镇建设服务中心、司法所、派出所、相关村（社区）", "2026年11月底")
task("积极争取上级资金。紧扣“十五五”规划和国家政策投向，储备项目30个以上，全年争取上级各类项目资金8000万元以上。",
     "M", "经发办、财政所、农业综合服务中心、社事办", "2026年12月底")
task("培育壮大市场主体。全面落实减税降费、助企纾困各项政策，开展“企业服务日”活动，新增市场主体150户以上，新增个转企5户。",
     "M", "经发办、市场监管所、便民服务中心、县税务局榉溪税务分局", "2026年12月底")
task("抓好财税征管。强化税源监控和综合治税，完成一般公共预算收入2860万元，同比增长5%；从严从紧编制预算，保障基本民生支出。",
     "M", "财政所、经发办", "2026年12月底")

part("二、聚力乡村振兴，推进农业农村现代化（7项）")
task("巩固拓展脱贫攻坚成果。健全防止返贫致贫动态监测和常态化帮扶机制，落实产业、就业、医保等帮扶政策，坚决守住不发生规模性返贫致贫底线。",
     L(LONG), "乡村振兴办、社事办、社保服务中心、中心卫生院、各村（社区）", "全年")
task("稳定粮食生产。落实粮食安全党政同责，完成粮食播种面积3.6万亩、油菜种植1.2万亩，全面落实田长制，坚决遏制耕地“非农化”、基本农田“非粮化”。",
     L(OUYANG), "农业综合服务中心、自然资源所、各村（社区）", "2026年10月底")
task("做强特色产业。做大榉溪黄桃、高山云雾茶两大特色产业，新增黄桃种植1200亩、茶园改造500亩，办好第三届黄桃文化节，培育市级以上农业产业化龙头企业1家。",
     "M", "农业综合服务中心、经发办、梅溪村、石门村、青冈村", "2026年12月底")
task("推进高标准农田建设。完成高标准农田建设3000亩，同步做好建后管护，确保建一片、成一片、用一片。",
     "M", "农业综合服务中心、财政所、水利站、相关村", "2026年10月底")
task("加强农田水利建设。完成山塘清淤整治12口、渠道硬化8公里，实施农村供水保障工程2处，巩固提升农村饮水安全水平。",
     "M", "水利站、财政所、各村（社区）", "2026年6月底前")
task("建设宜居宜业和美乡村。深入推进农村人居环境整治提升，完成农村户厕改造260户，创建市级美丽乡村示范村1个、美丽屋场10个。",
     [(LONG[0] + "、" + TIAN[0], [LONG[1], TIAN[1]])],
     "村镇建设服务中心、环保办、农业综合服务中心、各村（社区）", "2026年11月底")
task("发展壮大村级集体经济。盘活闲置资源资产，推广“村集体＋合作社＋农户”模式，年经营性收入10万元以上的村达到8个。",
     L(LONG), "农业综合服务中心、财政所、各村（社区）", "2026年12月底")

part("三、聚力城乡建设，提升集镇品质（5项）")
task(["推进集镇提质扩容。实施榉溪老街立面改造和集镇“白改黑”工程，延伸集镇污水管网2.5公里，新增停车位120个。",
      "加强集镇规划管控，严厉打击违法占地、违法建设行为。"],
     L(TIAN), "村镇建设服务中心、自然资源所、环保办、榉溪社区", "2026年10月底")
task("完善交通路网。配合完成榉梅公路提质改造8.6公里，新建通组公路15公里，实施农村公路安全生命防护工程20公里。",
     "M", "交通站、村镇建设服务中心、相关村（社区）", "2026年12月底")
task("加强生态环境保护。全面落实河长制、林长制，抓好中央和省生态环境保护督察反馈问题整改，做好秸秆禁烧和畜禽养殖污染防治，确保榉溪河出境断面水质稳定达到Ⅱ类。",
     L(OUYANG), "环保办、水利站、林业站、农业综合服务中心、各村（社区）", "全年")
task("抓好森林防灭火。严格落实“五个一律”管控措施，加强重点时段、重点区域巡查，确保不发生重大森林火灾。",
     L(XIANG), "林业站、应急办、各村（社区）", "全年")
task("提升城乡环境卫生水平。推行集镇环卫保洁市场化运作，完善“户分类、村收集、镇转运、县处理”垃圾收运体系，农村生活垃圾无害化处理率达到95%以上。",
     L(TIAN), "村镇建设服务中心，各村（社区）", "2026年12月底")

part("四、聚力民生保障，增进群众福祉（7项）")
task("稳定和扩大就业。新增城镇就业120人，新增农村劳动力转移就业400人，开展职业技能培训300人次，确保零就业家庭动态清零。",
     L(YANG), "社保服务中心、社事办、各村（社区）", "2026年12月底")
task("织密社会保障网。城乡居民基本医疗保险参保率稳定在95%以上，基本养老保险应保尽保，规范低保、特困供养、临时救助等工作。",
     "M", "社事办、社保服务中心、医保服务站、各村（社区）", "2026年12月底")
task("办好人民满意教育。完成榉溪中心小学教学综合楼主体建设，改造提升薄弱学校2所，持续规范校外培训，做好控辍保学工作。",
     "M", "中心学校、社事办、村镇建设服务中心", "2026年8月底")
task("提升医疗卫生服务水平。推进紧密型县域医共体建设，完成村卫生室标准化建设3个，家庭医生重点人群签约服务率达到80%以上。",
     "M", "中心卫生院、社事办、各村（社区）", "2026年12月底")
task("完善养老服务体系。建成镇区域养老服务中心并投入运营，新建农村互助养老服务点3个。",
     "M", "社事办", "2026年9月底")
task("繁荣文化体育事业。办好“村晚”“村BA”等群众性文体活动，推进农家书屋提质增效，开展送戏下乡20场次。",
     L(LONG), "文化站、团委、妇联、各村（社区）", "全年")
task("做好退役军人服务和双拥工作。推进退役军人服务站（点）规范化建设，落实优抚政策，完成年度征兵任务。",
     L(XIANG), "退役军人服务站、武装部、各村（社区）", "2026年12月底")

part("五、聚力平安建设，维护社会和谐稳定（5项）")
task("抓实安全生产。开展安全生产治本攻坚行动，重点整治道路交通、消防、农村自建房、非煤矿山等领域安全隐患，坚决遏制较大以上安全事故发生。",
     L(XIANG), "应急办、派出所、交通站、市场监管所、各村（社区）", "全年")
task("做好防汛抗旱和防灾减灾。完善应急预案，加强地质灾害隐患点监测预警，开展应急演练不少于2次。",
     L(OUYANG, XIANG), "应急办、水利站、自然资源所、各村（社区）", "2026年9月底")
task("加强信访维稳。深入践行新时代“枫桥经验”，完善矛盾纠纷多元化解机制，做好重要时间节点信访维稳工作，确保矛盾纠纷化解率达到95%以上。",
     L(SHI), "综治中心、司法所、派出所、各村（社区）", "全年")
task("深化平安榉溪建设。常态化开展扫黑除恶斗争，加大电信网络诈骗、毒品犯罪打击防范力度，群众安全感测评稳居全县前列。",
     "M", "派出所、综治中心、司法所、各村（社区）", "全年")
task("保障食品药品安全。加强校园及周边、农村集体聚餐等重点领域食品安全监管，开展食品安全示范店创建2家。",
     L(YANG), "市场监管所、中心学校、中心卫生院", "2026年11月底")

part("六、聚力自身建设，建设人民满意政府（3项）")
task("坚持依法行政。自觉接受镇人大依法监督，认真办理人大代表建议，严格落实重大行政决策程序，建议办结率达到100%。",
     L(ZHOU), "党政办、司法所、镇直各单位", "2026年10月底")
task("优化政务服务。推进“高效办成一件事”，便民服务中心事项进驻率达到100%，村级代办帮办服务全覆盖。",
     L(PENG), "便民服务中心、党政办、各村（社区）", "2026年6月底前")
task("建设廉洁政府。严格落实政府过紧日子要求，“三公”经费只减不增，加强财政资金和村级“三资”监管。",
     L(ZHOU), "财政所、党政办、各村（社区）", "全年")


# ---------------------------------------------------------------- helpers
def set_run_font(run, font, size, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=False, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(32)


def para(doc_or_cell, text="", font=FS, size=16, align=None, indent=False,
         bold=False, color=None, line=28, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    fmt(p, align, indent, line, before, after)
    if text:
        set_run_font(p.add_run(text), font, size, bold, color)
    return p


def runs(p, parts):
    for text, font, size in parts:
        set_run_font(p.add_run(text), font, size)


def border(p, side, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)


def page_footer(section):
    section.footer.is_linked_to_previous = False
    f = section.footer.paragraphs[0]
    f.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run_font(f.add_run("— "), "宋体", 14)
    r = f.add_run()
    set_run_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
        elif txt == " PAGE ":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._r.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = txt
            r._r.append(t)
    set_run_font(f.add_run(" —"), "宋体", 14)


def cell_text(cell, paragraphs, font=FS, size=12, align=WD_ALIGN_PARAGRAPH.LEFT, bold=False):
    first = True
    for t in paragraphs:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        fmt(p, align, line=20)
        set_run_font(p.add_run(t), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


# ---------------------------------------------------------------- document
def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    page_footer(sec)

    # 版头
    assert not doc.paragraphs
    para(doc, "", line=28)
    para(doc, "榉溪镇人民政府文件", XBS, 42, WD_ALIGN_PARAGRAPH.CENTER,
         color=RGBColor(0xFF, 0, 0), line=60, before=24)
    para(doc, "", line=28)
    p = para(doc, "榉政发〔2026〕5号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER, after=4)
    border(p, "bottom", "FF0000", 24)
    para(doc, "", line=28)

    # 标题
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    set_run_font(p.add_run("榉溪镇人民政府"), XBS, 22)
    r = p.add_run()
    r.add_break()
    set_run_font(p.add_run("关于印发2026年《政府工作报告》重点工作"), XBS, 22)
    r = p.add_run()
    r.add_break()
    set_run_font(p.add_run("任务分解表的通知"), XBS, 22)
    para(doc, "", line=28)

    para(doc, "各村（社区）、镇直各单位：")
    para(doc, "为确保镇第十八届人民代表大会第五次会议审议通过的《政府工作报告》确定的各项目标任务落到实处，"
              "经镇人民政府研究，现将《榉溪镇2026年〈政府工作报告〉重点工作任务分解表》印发给你们，"
              "并就有关事项通知如下，请认真抓好落实。", indent=True)

    p = para(doc, indent=True)
    runs(p, [("一、提高思想认识。", HT, 16),
             ("《政府工作报告》是镇人民政府向全镇人民作出的庄严承诺，是全年工作的总纲。各村（社区）、镇直各单位要进一步统一思想，"
              "把落实《政府工作报告》各项任务作为检验工作作风和工作能力的重要标准，对照分解表逐项制定工作措施，"
              "明确时间节点，确保各项任务按时保质完成。", FS, 16)])
    p = para(doc, indent=True)
    runs(p, [("二、压实工作责任。", HT, 16),
             ("分管领导是所分管任务的第一责任人，要亲自研究、亲自部署、亲自督办。“责任单位（站所、办）”栏中排在第一位的为牵头单位，"
              "其余为配合单位。牵头单位要主动担当、统筹推进，主要负责人为直接责任人；配合单位要按照职责分工密切配合、"
              "主动对接，不得推诿扯皮。涉及村（社区）的任务，各村（社区）要抓好落实。", FS, 16)])
    p = para(doc, indent=True)
    runs(p, [("三、强化督查考核。", HT, 16),
             ("镇党政办要对各项任务实行清单化管理，每季度开展一次专项督查，督查结果纳入年度绩效考核。"
              "各牵头单位请于每季度最后一个月25日前将任务推进情况书面报镇党政办（联系人：吴小兰，联系电话：6821307），"
              "全年工作完成情况于12月20日前报送。对工作推进不力、未按时限完成任务的，"
              "将按有关规定严肃追责问责。", FS, 16)])
    para(doc, "")
    p = para(doc, indent=True)
    runs(p, [("附件：榉溪镇2026年《政府工作报告》重点工作任务分解表", FS, 16)])
    para(doc, "")
    p = para(doc, "榉溪镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2026年3月16日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(72)
    para(doc, "（此件公开发布）", indent=True)

    # ------------------------------------------------------------ 附件 (landscape)
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21)
    sec2.top_margin, sec2.bottom_margin = Cm(2.8), Cm(2.6)
    sec2.left_margin, sec2.right_margin = Cm(3.0), Cm(2.8)
    page_footer(sec2)

    para(doc, "附件", HT, 16)
    para(doc, "")
    para(doc, "榉溪镇2026年《政府工作报告》重点工作任务分解表", XBS, 20,
         WD_ALIGN_PARAGRAPH.CENTER, line=32, after=12)

    widths = [Cm(1.4), Cm(12.6), Cm(4.4), Cm(5.2), Cm(2.3)]
    heads = ["序号", "工作任务", "分管领导", "责任单位（站所、办）", "完成时限"]
    ntask = sum(len(pt["tasks"]) for pt in PARTS)
    table = doc.add_table(rows=1 + len(PARTS) + ntask, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for row in table.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]
    for i, gc in enumerate(table._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i].twips)))
    tblpr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    hdr = table.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(heads):
        cell_text(hdr.cells[i], [h], HT, 12, WD_ALIGN_PARAGRAPH.CENTER)

    gold = []
    r = 1
    n = 0
    for pi, pt in enumerate(PARTS):
        row = table.rows[r]
        cant_split(row)
        m = row.cells[0].merge(row.cells[4])
        cell_text(m, [pt["title"]], HT, 12, WD_ALIGN_PARAGRAPH.LEFT)
        r += 1
        lead_top = None
        cur_names = None
        for t in pt["tasks"]:
            n += 1
            row = table.rows[r]
            cant_split(row)
            cells = row.cells
            cell_text(cells[0], [str(n)], FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(cells[1], t["text"], FS, 12)
            if t["lead"] == "M":
                lead_top = lead_top.merge(cells[2])
            else:
                lead_top = cells[2]
                cell_text(lead_top, [x[0] for x in t["lead"]], FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
                cur_names = [nm for x in t["lead"] for nm in x[1]]
            cell_text(cells[3], [t["units"]], FS, 12)
            cell_text(cells[4], [t["deadline"]], FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
            units = split_units(t["units"])
            first = t["text"][0]
            gold.append({
                "id": str(n),
                "marker": str(n),
                "head": first[:12],
                "responsible_units": units,
                "lead_units": units[:1],
                "cooperating_units": units[1:],
                "leaders": list(cur_names),
                "deadline": t["deadline"],
            })
            r += 1
    assert r == len(table.rows)

    # ------------------------------------------------------------ 版记 (portrait)
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    page_footer(sec3)
    for _ in range(16):
        para(doc, "")
    p = para(doc, "抄送：苕川县人民政府办公室，镇党委，镇人大主席团。", FS, 14)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = para(doc, "", FS, 14)
    p.paragraph_format.left_indent = Pt(14)
    runs(p, [("榉溪镇党政综合办公室　　　　　　　　　2026年3月16日印发", FS, 14)])
    border(p, "bottom", "000000", 8)

    cp = doc.core_properties
    cp.author = "榉溪镇党政办"
    cp.last_modified_by = "榉溪镇党政办"
    cp.title = ""
    cp.comments = ""
    cp.revision = 3
    fixed = datetime.datetime(2026, 3, 16, 9, 12, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    return doc, gold


SEP = "、，；"


def split_units(s):
    out, cur, depth = [], "", 0
    for ch in s:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if ch in SEP and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return [u.strip() for u in out if u.strip()]


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 16, 9, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def main():
    doc, gold = build()
    save_deterministic(doc, DOCX)
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(DOCX, len(gold), "tasks")


if __name__ == "__main__":
    main()
