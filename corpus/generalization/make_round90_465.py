#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Write 465_xiumei_xian_qiye_wenti_jiaoban_qingdan.docx next to this script.

A county 助企办 (服务企业专项行动领导小组办公室) notice handing out the problems
enterprises raised at a quarterly 政企恳谈会: 附件1 is a landscape 交办清单 whose
rows are problems grouped by enterprise (企业名称 with its 联系人, 包联县领导 and
首席服务官 merged down over the enterprise's problems), 主办单位 / 协办单位
columns; 附件2 is a blank 办理情况反馈表.
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

NAME = "465_xiumei_xian_qiye_wenti_jiaoban_qingdan.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
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


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None,
         indent=False, color=None, line=None, space_after=0):
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
        set_font(p.add_run(text), font, size, bold, color)
    return p


def body(doc, text, lead=None):
    """A 正文 paragraph: optional 黑体 lead-in, then 仿宋."""
    p = para(doc, indent=True, line=28.9)
    if lead:
        set_font(p.add_run(lead), HT, 16)
    set_font(p.add_run(text), FS, 16)
    return p


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


def cell_text(cell, lines, font=FS, size=10.5, align=WD_ALIGN_PARAGRAPH.LEFT,
              bold=False):
    """Fill a cell with one paragraph per line."""
    if isinstance(lines, str):
        lines = [lines]
    first = cell.paragraphs[0]
    for i, t in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = 1.0
        set_font(p.add_run(t), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def set_widths(table, widths):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def new_section(doc, landscape):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        sec.top_margin = sec.bottom_margin = Cm(2.2)
        sec.left_margin = sec.right_margin = Cm(2.0)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
        sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    return sec


# ---------------------------------------------------------------- the list
# (group heading, [enterprise, ...]); an enterprise is
# (name, contact, [leaders], 首席服务官, [(类别, 问题描述, 主办, 协办, 时限), ...])
GROUPS = [
    ("一、县产业集聚区（14个）", [
        ("岫湄华晟纺织有限公司", "联系人：杜卫东", ["程志刚", "韩立军"],
         "刘建明（县工业和信息化局副局长）", [
             ("用电保障",
              "企业二期纺纱车间计划7月投产，需将用电容量由2500千伏安增至5000千伏安，增容申请已于3月中旬提交，配套线路改造至今尚未排期。",
              "国网岫湄县供电公司", "县发展改革委、县产业集聚区管委会", "6月30日前"),
             ("用工服务",
              "一线挡车工缺口约150人，企业自主招聘效果不佳，希望协助组织专场招聘会并开展岗前技能培训。",
              "县人力资源社会保障局", "各乡镇人民政府（街道办事处）", "7月15日前"),
             ("政策兑现",
              "企业2023年度技术改造设备购置奖补资金86万元已审核公示，至今未拨付。",
              "县工业和信息化局、县财政局", "/", "6月20日前"),
         ]),
        ("岫湄恒达新材料科技有限公司", "联系人：彭海燕", ["周明远"],
         "王莉（县发展改革委副主任）", [
             ("项目用地",
              "企业三期项目用地约42亩位于产业集聚区规划调整范围内，用地预审手续无法办理，项目不能按期开工。",
              "县自然资源局", "县产业集聚区管委会、县发展改革委", "8月31日前"),
             ("审批服务",
              "企业年产3万吨改性塑料粒子技改项目环境影响报告书已于4月报送，希望加快审批进度。",
              "潇宁市生态环境局岫湄分局", "县政务服务和大数据管理局", "6月30日前"),
             ("基础设施",
              "企业门前纬三路东段约600米未硬化，雨天泥泞，大型货车通行困难。",
              "县产业集聚区管委会", "县住房城乡建设局、县交通运输局", "9月30日前"),
         ]),
        ("岫湄县金穗粮油食品有限公司", "联系人：吴长庚", ["唐晓梅"],
         "许文斌（县农业农村局副局长）", [
             ("融资服务",
              "夏粮收购需流动资金约3000万元，现有1200万元贷款将于7月到期，希望协调续贷并新增授信。",
              "县金融工作服务中心", "国家金融监督管理总局岫湄监管支局、岫湄农商银行", "7月10日前"),
             ("资质认定",
              "企业拟申报市级农业产业化重点龙头企业，希望在申报材料和监测指标方面给予指导。",
              "县农业农村局", "/", "9月30日前"),
         ]),
        ("岫湄锦程汽车零部件有限公司", "联系人：骆　成", ["韩立军"],
         "陈晓峰（县商务局副局长）", [
             ("外贸服务",
              "企业出口退税办理周期平均在20个工作日以上，资金周转压力较大，希望压缩退税办理时间。",
              "国家税务总局岫湄县税务局", "县商务局", "6月30日前"),
             ("交通出行",
              "企业员工约400人，上下班通勤不便，希望调整公交线路并在厂区门口增设站点。",
              "县交通运输局", "岫湄县公共交通有限公司、县产业集聚区管委会", "7月31日前"),
             ("消防验收",
              "企业新建成品仓库已竣工，消防验收因部分资料需补正尚未通过。",
              "县住房城乡建设局", "县消防救援大队", "6月25日前"),
         ]),
        ("岫湄县瑞康药业有限公司", "联系人：宋　佳", ["周明远"],
         "陈红（县市场监管局副局长）", [
             ("人才服务",
              "企业今年引进的3名硕士研究生申请人才公寓和安家补贴，希望明确申请渠道和办理时限。",
              "县委人才办", "县人力资源社会保障局、县住房城乡建设局", "7月31日前"),
             ("要素保障",
              "企业生产用蒸汽由园区集中供应，近期多次因检修临时停供，希望提前告知并保障稳定供汽。",
              "县产业集聚区管委会", "岫湄县城投热力有限公司", "6月30日前"),
             ("网络通信",
              "企业新建质检楼移动网络信号弱，影响生产数据上传，希望加快5G基站建设。",
              "县工业和信息化局", "中国移动岫湄分公司、中国联通岫湄分公司、中国电信岫湄分公司", "8月31日前"),
         ]),
    ]),
    ("二、城关镇、东湖街道（6个）", [
        ("岫湄县天禾物流有限公司", "联系人：蔡志明", ["吕文涛"],
         "周斌（县交通运输局副局长）", [
             ("审批服务",
              "企业冷链仓储项目已取得建设用地规划许可证，施工图审查意见反复修改，施工许可未能办理。",
              "县住房城乡建设局", "县政务服务和大数据管理局", "7月15日前"),
             ("治安环境",
              "企业仓储区周边夜间常有不明车辆长时间停放，存在安全隐患，希望加强巡逻防控。",
              "县公安局", "城关镇人民政府", "6月15日前"),
         ]),
        ("岫湄县鸿运商贸有限公司", "联系人：郑丽华", [],
         "孟凡（县商务局商贸流通股股长）", [
             ("政策兑现",
              "企业参加2023年“岫湄消费季”促销活动，承诺的销售额奖励资金尚未兑付。",
              "县商务局", "县财政局", "6月30日前"),
         ]),
        ("岫湄县东湖文旅开发有限公司", "联系人：顾晓东", ["唐晓梅"],
         "杜娟（县文化广电旅游局副局长）", [
             ("项目建设",
              "东湖景区二期游客服务中心项目涉及林地约12亩，使用林地审核手续尚未办结。",
              "县林业局", "县自然资源局、东湖街道办事处", "8月31日前"),
             ("配套设施",
              "景区停车场车位不足，节假日周边道路拥堵，希望协调建设临时停车场并优化交通组织。",
              "东湖街道办事处、县公安局交通警察大队", "县自然资源局", "7月31日前"),
             ("宣传推介",
              "希望将东湖景区纳入全县文旅宣传推介重点线路和中小学研学实践基地。",
              "县文化广电旅游局", "县教育局", "9月30日前"),
         ]),
    ]),
    ("三、其他乡镇（6个）", [
        ("岫湄县青溪茶业有限公司", "联系人：方志强", ["郭振华"],
         "韦宁（县农业农村局农村经营管理股股长）", [
             ("基础设施",
              "茶园基地至加工厂约3公里道路狭窄破损，运茶车辆通行困难，希望纳入农村公路提档改造计划。",
              "县交通运输局", "青溪镇人民政府", "10月31日前"),
             ("品牌建设",
              "希望支持企业取得“岫湄红茶”地理标志证明商标使用授权，并组织参加省茶业博览会。",
              "县市场监管局", "县农业农村局、青溪镇人民政府", "9月30日前"),
         ]),
        ("岫湄县永兴建材有限公司", "联系人：罗建业", ["沈冰"],
         "江涛（县自然资源局副局长）", [
             ("矿产资源",
              "企业采矿许可证将于今年10月到期，延续登记所需的资源储量核实报告编制进度较慢。",
              "县自然资源局", "/", "9月30日前"),
             ("环境治理",
              "企业已完成粉尘深度治理改造，希望尽快组织评估，将环保绩效等级由C级调整为B级，减少重污染天气管控停限产影响。",
              "潇宁市生态环境局岫湄分局", "柳河镇人民政府", "7月31日前"),
         ]),
        ("岫湄县丰源农业发展有限公司", "联系人：何德兵", ["郭振华"],
         "韦宁（县农业农村局农村经营管理股股长）", [
             ("用水保障",
              "企业蔬菜基地灌溉依靠小型水库供水，今年以来降水偏少，希望协调提灌设施和抗旱用电。",
              "县水利局", "国网岫湄县供电公司、白沙乡人民政府", "6月20日前"),
             ("农业保险",
              "企业设施大棚面积扩大至800亩，希望将新建大棚纳入政策性农业保险并适当提高保额。",
              "县财政局", "县农业农村局、中国人民财产保险股份有限公司岫湄支公司", "7月31日前"),
         ]),
    ]),
]

# where each enterprise sits (second paragraph of its name cell)
PLACE = {
    "岫湄县青溪茶业有限公司": "（青溪镇）",
    "岫湄县永兴建材有限公司": "（柳河镇）",
    "岫湄县丰源农业发展有限公司": "（白沙乡）",
}


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    # ---- 版头
    para(doc, "岫湄县服务企业专项行动领导小组办公室", XBS, 24,
         align=WD_ALIGN_PARAGRAPH.CENTER, color=RED)
    para(doc)
    p = para(doc, "岫助企办〔2024〕7号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p)
    para(doc)

    # ---- title
    para(doc, "关于交办2024年第二季度政企恳谈会", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc, "企业反映问题的通知", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc)

    para(doc, "各乡镇人民政府、街道办事处，县产业集聚区管委会，县直有关单位，"
              "有关驻县单位，各首席服务官：", line=28.9)

    body(doc, "5月28日，县政府召开2024年第二季度政企恳谈会，县委副书记、县长程志刚"
              "出席并讲话，县委常委、常务副县长韩立军主持，24家企业负责人参加座谈。"
              "会前通过首席服务官走访、“岫湄助企”服务平台和12345政务服务便民热线"
              "收集企业反映问题28个，会上企业现场提出问题9个，经梳理合并为37个。"
              "其中，政策咨询类问题11个已由相关部门在会上当场答复，需会后办理的"
              "26个问题经县政府领导审定，现予以交办（见附件1）。请各承办单位按照"
              "以下要求抓好办理落实。")
    body(doc, "清单中的“主办单位”为问题办理的牵头责任单位，单位主要负责同志为"
              "第一责任人，要明确分管领导和具体经办人员，逐项研究提出解决措施；"
              "“协办单位”要主动对接、积极配合，不得推诿扯皮。主办单位栏列有两个"
              "单位的，由两个单位按各自职责分别办理、分别反馈。包联县领导负责协调"
              "解决办理过程中的重大问题。",
         lead="一、压实办理责任。")
    body(doc, "各主办单位要在收到本通知后3个工作日内与企业取得联系，核实问题情况，"
              "在清单明确的时限内办结，并将办理结果书面答复企业。因客观原因不能按期"
              "办结的，应提前3个工作日向县助企办书面说明理由，明确办结时限。每个问题"
              "办结后5个工作日内，填写《企业反映问题办理情况反馈表》（见附件2），经"
              "企业签署意见、主办单位主要负责同志签字并加盖公章后报县助企办。",
         lead="二、限时办结反馈。")
    body(doc, "各首席服务官要全程跟踪所服务企业反映问题的办理情况，每半月向县助企办"
              "报告一次进展，对进度滞后的问题及时提醒主办单位，并做好向企业的解释"
              "沟通工作。",
         lead="三、发挥首席服务官作用。")
    body(doc, "县助企办将会同县委督查室、县政府督查室，对问题办理实行“交办—办理—"
              "反馈—回访—销号”闭环管理，每月通报办理进展，企业不满意的问题重新交办。"
              "对办理不力、久拖不决的，提请县委、县政府严肃问责。",
         lead="四、强化督查问效。")
    body(doc, "联系人：县助企办（设在县工业和信息化局）赵雅琴，联系电话：6623517。")
    para(doc, line=28.9)
    p = para(doc, line=28.9, indent=True)
    set_font(p.add_run("附件：1．2024年第二季度政企恳谈会企业反映问题交办清单"), FS, 16)
    p = para(doc, line=28.9)
    p.paragraph_format.left_indent = Pt(16 * 5)
    set_font(p.add_run("2．企业反映问题办理情况反馈表"), FS, 16)
    para(doc, line=28.9)
    para(doc, line=28.9)
    p = para(doc, "岫湄县服务企业专项行动领导小组办公室", line=28.9,
             align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 2)
    p = para(doc, "2024年6月4日", line=28.9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 6)
    para(doc, "（此件发至承办单位）", line=28.9, indent=True)

    # ---- 附件1, landscape
    new_section(doc, landscape=True)
    para(doc, "附件1", HT, 16)
    para(doc)
    para(doc, "2024年第二季度政企恳谈会企业反映问题交办清单", XBS, 20,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, space_after=6, size=10.5)

    heads = ["序号", "企业名称", "问题类别", "问题描述", "包联县领导",
             "首席服务官", "主办单位", "协办单位", "办结时限"]
    widths = [1.1, 3.2, 1.5, 6.8, 1.7, 2.8, 3.0, 3.6, 1.9]
    nrows = 1 + sum(1 + sum(len(e[4]) for e in ents) for _, ents in GROUPS)
    t = doc.add_table(rows=nrows, cols=len(heads))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, widths)
    hdr = t.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(heads):
        cell_text(hdr.cells[i], h, HT, 11, WD_ALIGN_PARAGRAPH.CENTER)

    r = 1
    n = 0
    C = WD_ALIGN_PARAGRAPH.CENTER
    for gname, ents in GROUPS:
        row = t.rows[r]
        cant_split(row)
        m = row.cells[0].merge(row.cells[len(heads) - 1])
        cell_text(m, gname, HT, 11)
        r += 1
        for (ename, contact, leaders, fuwuguan, probs) in ents:
            top = r
            for (lei, desc, zhu, xie, when) in probs:
                row = t.rows[r]
                cant_split(row)
                n += 1
                cell_text(row.cells[0], str(n), FS, 10.5, C)
                cell_text(row.cells[2], lei, FS, 10.5, C)
                cell_text(row.cells[3], desc, FS, 10.5)
                cell_text(row.cells[6], zhu, FS, 10.5)
                cell_text(row.cells[7], xie, FS, 10.5,
                          C if xie == "/" else WD_ALIGN_PARAGRAPH.LEFT)
                cell_text(row.cells[8], when, FS, 10.5, C)
                r += 1
            bot = r - 1
            for col, lines, al in (
                    (1, [ename] + ([PLACE[ename]] if ename in PLACE else [])
                        + [contact], WD_ALIGN_PARAGRAPH.LEFT),
                    (4, leaders or ["/"], C),
                    (5, [fuwuguan], WD_ALIGN_PARAGRAPH.LEFT)):
                cell = t.cell(top, col)
                if bot > top:
                    cell = cell.merge(t.cell(bot, col))
                cell_text(cell, lines, FS, 10.5, al)
    assert r == nrows, (r, nrows)
    set_widths(t, widths)

    para(doc, space_after=0, size=10.5)
    for line in ("注：1．“主办单位”为问题办理的牵头责任单位，“协办单位”配合主办单位办理。",
                 "　　2．主办单位栏列有两个单位的，按各自职责分别办理、分别反馈。",
                 "　　3．办结时限均为2024年内；“/”表示无。"):
        para(doc, line, FS, 12)

    # ---- 附件2, portrait: a blank form
    new_section(doc, landscape=False)
    para(doc, "附件2", HT, 16)
    para(doc)
    para(doc, "企业反映问题办理情况反馈表", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, space_after=6, size=12)
    f = doc.add_table(rows=7, cols=4)
    f.style = "Table Grid"
    f.alignment = WD_TABLE_ALIGNMENT.CENTER
    fw = [3.6, 4.4, 3.2, 4.4]
    set_widths(f, fw)
    cell_text(f.cell(0, 0), "清单序号", FS, 14, C)
    cell_text(f.cell(0, 2), "企业名称", FS, 14, C)
    cell_text(f.cell(1, 0), "反映问题", FS, 14, C)
    f.cell(1, 1).merge(f.cell(1, 3))
    cell_text(f.cell(2, 0), "主办单位", FS, 14, C)
    cell_text(f.cell(2, 2), "协办单位", FS, 14, C)
    cell_text(f.cell(3, 0), ["办理情况", "及结果"], FS, 14, C)
    m = f.cell(3, 1).merge(f.cell(3, 3))
    cell_text(m, ["", "", "", "", "", "", "",
                  "主办单位（盖章）　　　　　年　　月　　日"], FS, 14,
              WD_ALIGN_PARAGRAPH.RIGHT)
    cell_text(f.cell(4, 0), "企业意见", FS, 14, C)
    m = f.cell(4, 1).merge(f.cell(4, 3))
    cell_text(m, ["□满意　　　□基本满意　　　□不满意", "",
                  "不满意的理由：", "", "",
                  "企业负责人（签字）：　　　　　年　　月　　日"], FS, 14)
    cell_text(f.cell(5, 0), ["主办单位", "负责人（签字）"], FS, 14, C)
    cell_text(f.cell(5, 2), "经办人及电话", FS, 14, C)
    cell_text(f.cell(6, 0), "备注", FS, 14, C)
    f.cell(6, 1).merge(f.cell(6, 3))
    for i in (1, 3, 4):
        f.rows[i].height = Cm({1: 2.0, 3: 7.0, 4: 4.2}[i])
    for i in (0, 2, 5, 6):
        f.rows[i].height = Cm(1.4)
    para(doc, "注：本表一事一表，由主办单位填写，报县助企办（设在县工业和信息化局）。", FS, 12)

    # ---- 版记
    para(doc)
    para(doc)
    v = doc.add_table(rows=2, cols=1)
    v.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(v.cell(0, 0), "抄送：县委办公室，县政府办公室，县委督查室，县政府督查室。",
              FS, 14)
    cell_text(v.cell(1, 0), "岫湄县服务企业专项行动领导小组办公室　　　　2024年6月4日印发",
              FS, 14)
    tblpr = v._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge, sz in (("top", 8), ("bottom", 8), ("insideH", 4)):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblpr.append(borders)

    doc.core_properties.author = "zqb"
    doc.core_properties.title = ""
    doc.save(OUT)
    return n


if __name__ == "__main__":
    print(build(), "problems ->", OUT)
