#!/usr/bin/env python3
"""Round 150, notice 773: a county government office's red-header Word notice
(汀政办发〔2025〕7号, 汀岚县人民政府办公室关于印发2025年县政府工作报告重点工作任务分工方案的通知)
whose landscape 附件 table has ONE 责任单位 column.  The lead rule lives only in the cover's
二、: the first unit leads and the rest cooperate, EXCEPT that 乡镇人民政府 (各乡镇人民政府 or a
named 镇) and 汀岚经济开发区管委会 are 属地 units that never lead; when they are listed first,
the first unit after them (a 县直 department or a 驻县 unit) leads and they cooperate.
A 县直 unit whose name holds 乡 (县乡村振兴服务中心, 县住房和城乡建设局) is no 属地 unit.

All places, persons and units are invented.

Writes (in the current directory, run as `/usr/bin/python3 make_round150_773.py` in /work/round150):
  773_tinglan_xian_gzbg_renwu_fengong_shudi_qiantou.docx   the notice
  773.tasks.gold.jsonl                                     the gold, one object per task

Needs: /usr/bin/python3 with python-docx (no outside converter, no apt package).
Deterministic: fixed core properties, zip entries rewritten in the same order with a fixed
timestamp, so every run gives the same bytes.
"""
import io
import json
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

NOTICE = "773_tinglan_xian_gzbg_renwu_fengong_shudi_qiantou.docx"
GOLD = "773.tasks.gold.jsonl"

# ---------------------------------------------------------------------------
# The ONE description of the tasks: (section heading or None), then rows of
# (task text, 责任县领导 cell, 责任单位 cell as printed, 完成时限 cell).
# ---------------------------------------------------------------------------
SECTIONS = [
    ("一、稳增长促消费，推动经济运行持续向好", [
        ("全县地区生产总值增长6.5%左右，一般公共预算收入增长5%，固定资产投资增长8%，社会消费品零售总额增长6%，主要经济指标增速保持全市第一方阵。",
         "赵立新", "县发展和改革局、县财政局、县统计局", "2025年12月底前"),
        ("实施消费提振行动，全年举办汽车、家电、家居、餐饮等促消费活动20场以上，发放消费券500万元，新增限额以上商贸企业15家。",
         "孙卫东", "县商务局、县财政局、县市场监督管理局、县统计局", "2025年12月底前"),
        ("全力争取中央预算内投资、超长期特别国债和地方政府专项债券资金15亿元以上，谋划储备入库项目120个以上。",
         "孙卫东", "县发展和改革局、县财政局、县直各有关单位、各乡镇人民政府", "2025年10月底前"),
        ("全面落实结构性减税降费政策，全年为经营主体减税降费2.8亿元以上；开展拖欠企业账款清理，无分歧欠款做到应清尽清。",
         "孙卫东", "国家税务总局汀岚县税务局、县财政局、县工业和信息化局", "2025年12月底前"),
        ("推进县城商业体系建设，改造提升城关镇农贸市场3个，新建“一刻钟便民生活圈”商业网点12个。",
         "孙卫东", "城关镇人民政府、县商务局、县住房和城乡建设局、县市场监督管理局", "2025年11月底前"),
        ("完善县乡村三级物流体系，建成县级物流配送中心1个、乡镇快递物流服务站18个，村级快递服务站点覆盖率达到95%以上。",
         "周明远", "各乡镇人民政府，县交通运输局、县商务局、汀岚县邮政分公司", "2025年10月底前"),
    ]),
    ("二、抓项目强产业，增强高质量发展动能", [
        ("实施县级重点项目168个，年度计划投资136亿元，其中新开工项目62个、竣工投产项目38个，项目投资完成率达到100%。",
         "赵立新、孙卫东", "县发展和改革局、县自然资源局、县住房和城乡建设局、各乡镇人民政府、汀岚经济开发区管委会", "2025年12月底前"),
        ("推进汀岚经济开发区扩区调位，新建标准化厂房12万平方米，园区规模以上工业产值突破180亿元。",
         "周明远", "汀岚经济开发区管委会、县工业和信息化局、县自然资源局、县发展和改革局", "2025年12月底前"),
        ("做强新材料产业链，推动年产5万吨高性能铝合金型材项目一期投产，新材料产业产值增长15%以上。",
         "周明远", "汀岚经济开发区管委会，县工业和信息化局、县发展和改革局、县科学技术局", "2025年9月底前"),
        ("开展优质中小企业梯度培育，新增规模以上工业企业20家、省级专精特新中小企业5家、高新技术企业10家。",
         "周明远", "县工业和信息化局、县科学技术局、县市场监督管理局（县知识产权局）、汀岚经济开发区管委会", "2025年12月底前"),
        ("实施工业企业数字化改造项目30个，新建5G基站150个，实现行政村5G网络全覆盖。",
         "周明远", "县工业和信息化局、各乡镇人民政府、移动汀岚分公司、电信汀岚分公司、联通汀岚分公司", "2025年12月底前"),
        ("推进柳河古镇创建国家4A级旅游景区，全年接待游客突破600万人次，旅游综合收入增长12%。",
         "郑丽娟", "柳河镇人民政府、县文化和旅游局、县交通运输局、县自然资源局", "2025年11月底前"),
        ("强化精准招商，全年新签约亿元以上项目40个，实际到位县外资金85亿元，引进中国500强、民营500强企业项目2个。",
         "赵立新", "县投资促进服务中心、汀岚经济开发区管委会、各乡镇人民政府、县直各有关单位", "2025年12月底前"),
    ]),
    ("三、全面推进乡村振兴，加快农业农村现代化", [
        ("稳定粮食生产，粮食播种面积稳定在62.5万亩以上、总产量稳定在26万吨以上，新建高标准农田3.2万亩。",
         "钱晓燕", "各乡镇人民政府、县农业农村局、县财政局、县水利局、县自然资源局", "2025年10月底前"),
        ("健全防止返贫致贫监测和帮扶机制，脱贫人口人均纯收入增长8%以上，守牢不发生规模性返贫致贫底线。",
         "钱晓燕", "县乡村振兴服务中心、县农业农村局、县人力资源和社会保障局、各乡镇人民政府", "2025年12月底前"),
        ("实施衔接资金项目86个，衔接资金用于产业发展的比例不低于60%，项目资产确权移交率达到100%。",
         "钱晓燕", "各乡镇人民政府、县乡村振兴服务中心、县财政局、县审计局", "2025年11月底前"),
        ("做优茶叶、中药材等特色产业，新增茶叶基地1.5万亩、中药材基地8000亩，培育市级以上农业产业化龙头企业4家。",
         "钱晓燕", "县农业农村局、县林业局、县供销合作社联合社、各乡镇人民政府", "2025年12月底前"),
        ("扎实推进和美乡村建设，建成省级和美乡村示范村6个、市级12个，农村卫生厕所普及率达到92%。",
         "钱晓燕", "各乡镇人民政府，县农业农村局、县住房和城乡建设局、县卫生健康局、市生态环境局汀岚分局", "2025年12月底前"),
        ("深化农村集体产权制度改革，集体经济年经营性收入10万元以上的村占比达到80%以上。",
         "钱晓燕", "县农业农村局、各乡镇人民政府", "2025年12月底前"),
        ("实施农村供水保障工程，新建改造集中供水工程22处，农村自来水普及率达到95%。",
         "钱晓燕", "县水利局、各乡镇人民政府、县财政局", "2025年9月底前"),
    ]),
    ("四、推进城乡建设和生态保护，提升宜居品质", [
        ("推进城市更新，改造城镇老旧小区27个、惠及居民3260户，建成保障性安置住房800套。",
         "王海鹏", "城关镇人民政府、县住房和城乡建设局、县自然资源局、县财政局", "2025年11月底前"),
        ("新建改造城市道路8条12.6公里、雨污管网18公里，新增公共停车泊位1500个。",
         "王海鹏", "县住房和城乡建设局、县城市管理局、县公安局、城关镇人民政府", "2025年12月底前"),
        ("推进国道汀岚过境段改线工程，完成农村公路提质改造160公里、危旧桥梁改造15座。",
         "王海鹏", "县交通运输局、各乡镇人民政府、县自然资源局、县财政局", "2025年12月底前"),
        ("打好蓝天保卫战，细颗粒物（PM2.5）平均浓度控制在32微克/立方米以内，空气质量优良天数比例达到88%以上。",
         "王海鹏", "市生态环境局汀岚分局、县住房和城乡建设局、县交通运输局、县公安局、各乡镇人民政府", "2025年12月底前"),
        ("全面落实河湖长制，国省控断面水质达标率保持100%，完成入河排污口整治42个。",
         "王海鹏", "各乡镇人民政府、县水利局、市生态环境局汀岚分局、县农业农村局", "2025年10月底前"),
        ("完成营造林5.6万亩，森林覆盖率达到63.5%，抓好森林防灭火和松材线虫病防治。",
         "王海鹏", "各乡镇人民政府、汀岚经济开发区管委会、县林业局、县应急管理局", "2025年12月底前"),
        ("推进秸秆综合利用，秸秆综合利用率达到93%以上，严防秸秆露天焚烧。",
         "钱晓燕", "各乡镇人民政府、县农业农村局、市生态环境局汀岚分局", "2025年11月底前"),
    ]),
    ("五、深化改革开放，持续优化营商环境", [
        ("深化“高效办成一件事”改革，政务服务事项网上可办率达到98%以上，“一件事一次办”事项拓展至30项。",
         "赵立新", "县政务服务和大数据管理局、县直各有关单位、各乡镇人民政府", "2025年6月底前"),
        ("深化国资国企改革，推动汀岚城市建设投资集团有限公司市场化转型，县属国有企业资产总额增长10%。",
         "孙卫东", "县财政局（县国资办）、汀岚城市建设投资集团有限公司", "2025年12月底前"),
        ("开展优化营商环境攻坚行动，建立“企业吹哨、部门报到”机制，涉企行政检查次数同比下降30%。",
         "赵立新", "汀岚经济开发区管委会、县发展和改革局、县司法局、县市场监督管理局（县知识产权局）", "2025年9月底前"),
        ("稳住外贸基本盘，进出口总额增长10%，新增有进出口实绩企业8家，推动跨境电商企业入驻园区。",
         "周明远", "县商务局、汀岚经济开发区管委会、县财政局", "2025年12月底前"),
        ("深化农村金融服务，新增涉农贷款12亿元，普惠小微贷款增速不低于各项贷款平均增速。",
         "孙卫东", "县委金融办、国家金融监督管理总局汀岚监管支局、县农业农村局、各乡镇人民政府", "2025年12月底前"),
    ]),
    ("六、保障和改善民生，增进人民群众福祉", [
        ("城镇新增就业3200人，农村劳动力转移就业稳定在14万人以上，城镇调查失业率控制在5.5%以内。",
         "郑丽娟", "县人力资源和社会保障局、各乡镇人民政府、县农业农村局", "2025年12月底前"),
        ("新建城关第三小学，改扩建乡镇寄宿制学校6所，新增公办学位2400个。",
         "郑丽娟", "城关镇人民政府、县教育体育局、县自然资源局、县住房和城乡建设局", "2025年8月底前"),
        ("推进紧密型县域医共体建设，县人民医院胸痛中心、卒中中心通过国家级认证，乡镇卫生院全部达到“优质服务基层行”基本标准。",
         "郑丽娟", "县卫生健康局、县医疗保障局、各乡镇人民政府", "2025年12月底前"),
        ("完善养老服务体系，新建乡镇区域养老服务中心4个、社区嵌入式养老服务站点10个，新增养老床位300张。",
         "郑丽娟", "各乡镇人民政府、县民政局", "2025年11月底前"),
        ("城乡低保标准分别提高到每人每月780元和每人每年6200元，特困人员集中供养能力提升15%。",
         "郑丽娟", "县民政局、县财政局", "2025年6月底前"),
        ("实施文化惠民工程，送戏下乡200场、放映农村公益电影4200场，建成城市书房5个。",
         "郑丽娟", "县委宣传部、县文化和旅游局、县融媒体中心、各乡镇人民政府", "2025年12月底前"),
        ("新建全民健身路径50处、社区足球场4块，举办县级以上群众性体育赛事30场次。",
         "郑丽娟", "县教育体育局", "2025年10月底前"),
    ]),
    ("七、统筹发展和安全，加强政府自身建设", [
        ("开展安全生产治本攻坚三年行动，深化燃气、自建房、消防等重点行业领域隐患排查整治，生产安全事故起数和死亡人数实现“双下降”。",
         "孙卫东", "县应急管理局、县住房和城乡建设局、县消防救援大队、各乡镇人民政府、汀岚经济开发区管委会", "2025年12月底前"),
        ("深入推进平安汀岚建设，刑事案件发案数下降8%，电信网络诈骗案件发案数下降15%，矛盾纠纷化解率达到98%以上。",
         "吴海峰", "各乡镇人民政府、县公安局、县司法局、县信访局", "2025年12月底前"),
        ("完成食品安全监督抽检3500批次，农贸市场快检室覆盖率达到100%，守住不发生重大食品药品安全事件底线。",
         "郑丽娟", "县市场监督管理局（县知识产权局）", "2025年12月底前"),
        ("推进法治政府建设，行政规范性文件合法性审核率达到100%，县政府常务会议学法每年不少于4次。",
         "赵立新", "县司法局", "2025年12月底前"),
        ("严格落实党政机关过紧日子要求，一般性支出压减5%以上，“三公”经费只减不增。",
         "孙卫东", "县财政局、县审计局、县直各有关单位", "2025年12月底前"),
        ("健全重点工作督查调度机制，县政府重点工作任务按季度调度通报，年度任务办结率达到95%以上。",
         "赵立新", "县政府办公室、县直各有关单位、各乡镇人民政府", "2025年12月底前"),
    ]),
]

KAIFAQU = "汀岚经济开发区管委会"


def is_shudi(unit):
    """属地 unit under the cover's rule: 乡镇人民政府 (all or a named one) and the 开发区管委会."""
    return (unit == "各乡镇人民政府" or unit == KAIFAQU
            or unit.endswith("镇人民政府") or unit.endswith("乡人民政府"))


def split_units(cell):
    """Split a 责任单位 cell on 、，； outside brackets."""
    out, cur, depth = [], "", 0
    for ch in cell:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if depth == 0 and ch in "、，；":
            if cur:
                out.append(cur)
            cur = ""
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def lead_coop(units):
    if len(units) == 1:
        return [units[0]], []
    leads = [u for u in units if not is_shudi(u)]
    lead = leads[0]  # every task in this notice has a non-属地 unit
    return [lead], [u for u in units if u != lead]


def gold_records():
    recs, n = [], 0
    for _, rows in SECTIONS:
        for text, leaders, cell, deadline in rows:
            n += 1
            units = split_units(cell)
            lead, coop = lead_coop(units)
            recs.append({
                "id": str(n), "marker": str(n), "head": text[:12],
                "responsible_units": units, "lead_units": lead, "cooperating_units": coop,
                "leaders": leaders.split("、"), "deadline": deadline,
            })
    return recs


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


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
    if color is not None:
        run.font.color.rgb = color


def fmt_para(p, align=None, first_indent=None, line=28, before=0, after=0, exact=True):
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    if first_indent is not None:
        pf.first_line_indent = first_indent
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)


def add_p(container, parts, align=None, first_indent=None, line=28, before=0, after=0, exact=True):
    """parts: list of (text, font, size, bold, color)."""
    p = container.add_paragraph()
    fmt_para(p, align, first_indent, line, before, after, exact)
    for text, east, size, bold, color in parts:
        r = p.add_run(text)
        set_font(r, east, size, bold, color)
    return p


def body(doc, text, lead=None):
    parts = []
    if lead:
        parts.append((lead, HT, 16, False, None))
    parts.append((text, FS, 16, False, None))
    return add_p(doc, parts, WD_ALIGN_PARAGRAPH.JUSTIFY, Pt(32))


def border(p, side, color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def page_number_footer(section):
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14, ascii_font="宋体")
    r = p.add_run()
    set_font(r, "宋体", 14, ascii_font="宋体")
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        else:
            tag = "w:instrText" if txt == " PAGE " else "w:t"
            t = OxmlElement(tag)
            t.set(qn("xml:space"), "preserve")
            t.text = txt
            r._element.append(t)
    r = p.add_run(" —")
    set_font(r, "宋体", 14, ascii_font="宋体")


def set_cell_width(cell, cm):
    cell.width = Cm(cm)


def cell_text(cell, text, east=FS, size=11, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    p = cell.paragraphs[0]
    fmt_para(p, align, None, 16, 0, 0, exact=False)
    p.paragraph_format.line_spacing = 1.0
    r = p.add_run(text)
    set_font(r, east, size, bold)
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


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    s0 = doc.sections[0]
    s0.page_width, s0.page_height = Cm(21.0), Cm(29.7)
    s0.top_margin, s0.bottom_margin = Cm(3.7), Cm(3.5)
    s0.left_margin, s0.right_margin = Cm(2.8), Cm(2.6)
    s0.footer_distance = Cm(2.5)
    page_number_footer(s0)

    # 版头
    for _ in range(2):
        add_p(doc, [("", FS, 16, False, None)])
    p = add_p(doc, [("汀岚县人民政府办公室文件", XBS, 40, False, RED)],
              WD_ALIGN_PARAGRAPH.CENTER, line=60)
    add_p(doc, [("", FS, 16, False, None)])
    add_p(doc, [("", FS, 16, False, None)])
    p = add_p(doc, [("汀政办发〔2025〕7号", FS, 16, False, None)], WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 24, 8)
    add_p(doc, [("", FS, 16, False, None)])
    add_p(doc, [("", FS, 16, False, None)])

    # 标题
    add_p(doc, [("汀岚县人民政府办公室", XBS, 22, False, None)], WD_ALIGN_PARAGRAPH.CENTER, line=36)
    add_p(doc, [("关于印发2025年县政府工作报告重点工作", XBS, 22, False, None)],
          WD_ALIGN_PARAGRAPH.CENTER, line=36)
    add_p(doc, [("任务分工方案的通知", XBS, 22, False, None)], WD_ALIGN_PARAGRAPH.CENTER, line=36)
    add_p(doc, [("", FS, 16, False, None)])

    add_p(doc, [("各乡镇人民政府，汀岚经济开发区管委会，县政府各部门，县直及驻县各单位：", FS, 16, False, None)],
          WD_ALIGN_PARAGRAPH.JUSTIFY)
    body(doc, "《2025年汀岚县人民政府工作报告》已经县第十八届人民代表大会第五次会议审议通过。为确保报告"
              "确定的各项目标任务落到实处，经县人民政府同意，现将《2025年县政府工作报告重点工作任务分工方案》"
              "印发给你们，并就有关事项通知如下。")
    body(doc, "各乡镇、各部门要把落实政府工作报告作为全年工作的重中之重，主要负责同志亲自研究、"
              "亲自部署，对照任务分工逐项制定推进方案，细化时间节点和具体措施，于3月25日前将推进方案"
              "报县政府督查室。", "一、提高思想认识，狠抓工作落实。")
    body(doc, "各项任务的责任县领导负责统筹调度、协调推进。“责任单位”栏只列一个单位的，由该单位负责；"
              "列有多个单位的，排在第一位的单位为牵头单位，负责制定推进措施、协调配合单位、汇总报送进展情况，"
              "其余单位为配合单位。各乡镇人民政府和汀岚经济开发区管委会按照属地管理原则负责辖区内具体落实，"
              "在各项任务中均作为配合单位，不作为牵头单位；在“责任单位”栏中排在首位的，由其后排在第一位的"
              "县直部门（单位）或驻县单位牵头。列明具体乡镇的，按此执行。牵头单位要主动对接、牵头抓总，"
              "配合单位要各司其职、密切配合，不得推诿扯皮。", "二、明确责任分工，形成工作合力。")
    body(doc, "县政府督查室将政府工作报告重点工作任务纳入年度督查重点，实行清单化管理、台账式推进。"
              "各牵头单位于每季度最后一个月25日前，将任务推进情况（含配合单位落实情况）书面报县政府督查室。"
              "对工作推进不力、进度严重滞后的，按照有关规定严肃问责。年度完成情况纳入全县目标绩效考核。",
         "三、强化督查问效，确保取得实效。")
    body(doc, "联系人：刘　洋（县政府督查室），联系电话：6213578。")
    add_p(doc, [("", FS, 16, False, None)])
    add_p(doc, [("附件：2025年县政府工作报告重点工作任务分工方案", FS, 16, False, None)],
          WD_ALIGN_PARAGRAPH.LEFT, Pt(32))
    for _ in range(3):
        add_p(doc, [("", FS, 16, False, None)])
    p = add_p(doc, [("汀岚县人民政府办公室", FS, 16, False, None)], WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Cm(1.4)
    p = add_p(doc, [("2025年3月12日", FS, 16, False, None)], WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Cm(2.2)
    add_p(doc, [("（此件公开发布）", FS, 16, False, None)], WD_ALIGN_PARAGRAPH.LEFT, Pt(32))

    # 附件: landscape section
    s1 = doc.add_section(WD_SECTION.NEW_PAGE)
    s1.orientation = WD_ORIENT.LANDSCAPE
    s1.page_width, s1.page_height = Cm(29.7), Cm(21.0)
    s1.top_margin, s1.bottom_margin = Cm(2.6), Cm(2.4)
    s1.left_margin, s1.right_margin = Cm(2.5), Cm(2.5)

    add_p(doc, [("附件", HT, 16, False, None)], WD_ALIGN_PARAGRAPH.LEFT)
    add_p(doc, [("2025年县政府工作报告重点工作任务分工方案", XBS, 22, False, None)],
          WD_ALIGN_PARAGRAPH.CENTER, line=36, after=8)

    widths = [1.4, 11.2, 2.6, 6.6, 2.9]
    t = doc.add_table(rows=0, cols=5)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    tblpr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblpr.append(tw)
    tw.set(qn("w:w"), str(sum(int(Cm(w).twips) for w in widths)))
    tw.set(qn("w:type"), "dxa")
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    hdr = t.add_row()
    repeat_header(hdr)
    for i, h in enumerate(["序号", "重点工作任务", "责任县领导", "责任单位", "完成时限"]):
        set_cell_width(hdr.cells[i], widths[i])
        cell_text(hdr.cells[i], h, HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    n = 0
    for heading, rows in SECTIONS:
        r = t.add_row()
        cant_split(r)
        for i in range(5):
            set_cell_width(r.cells[i], widths[i])
        m = r.cells[0].merge(r.cells[4])
        cell_text(m, f"{heading}（{len(rows)}项）", HT, 12)
        for text, leaders, cell, deadline in rows:
            n += 1
            r = t.add_row()
            cant_split(r)
            vals = [str(n), text, leaders, cell, deadline]
            for i, v in enumerate(vals):
                set_cell_width(r.cells[i], widths[i])
                al = WD_ALIGN_PARAGRAPH.CENTER if i in (0, 2, 4) else WD_ALIGN_PARAGRAPH.JUSTIFY
                cell_text(r.cells[i], v, FS, 11, align=al)

    # 版记: last portrait page
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.PORTRAIT
    s2.page_width, s2.page_height = Cm(21.0), Cm(29.7)
    s2.top_margin, s2.bottom_margin = Cm(3.7), Cm(3.5)
    s2.left_margin, s2.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(20):
        add_p(doc, [("", FS, 16, False, None)])
    p = add_p(doc, [("抄送：县委各部门，县人大常委会办公室，县政协办公室，县监委，县法院，县检察院。",
                     FS, 14, False, None)], WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.left_indent = Cm(0.5)
    border(p, "top", "000000", 8, 1)
    border(p, "bottom", "000000", 4, 1)
    p = add_p(doc, [("汀岚县人民政府办公室　　　　　　　　　　　　2025年3月12日印发", FS, 14, False, None)],
              WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.left_indent = Cm(0.5)
    border(p, "bottom", "000000", 8, 1)

    cp = doc.core_properties
    cp.author = "Administrator"
    cp.last_modified_by = "刘洋"
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 4
    cp.created = datetime(2025, 3, 10, 9, 12, 0)
    cp.modified = datetime(2025, 3, 12, 16, 40, 0)
    cp.last_printed = datetime(2025, 3, 12, 16, 38, 0)

    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def normalise_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 12, 16, 40, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def main():
    recs = gold_records()
    assert 25 <= len(recs) <= 60, len(recs)
    with open(NOTICE, "wb") as f:
        f.write(normalise_zip(build_docx()))
    with open(GOLD, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {NOTICE} and {GOLD} ({len(recs)} tasks)")


if __name__ == "__main__":
    main()
