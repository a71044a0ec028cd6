#!/usr/bin/python3
"""Generator for round 138 test notice 700 (control case).

A 镇党委 and 镇人民政府 joint red-header Word notice (槐发〔2024〕6号) that prints, as its 附件,
槐林镇2024年重点工作任务分工: a landscape Word table
  序号 / 重点工作任务 / 包联领导 / 责任站所 / 责任人 / 完成时限
with six part rows merged across the table (一、党的建设（共6项）…) and tasks 1–37 numbered through.
The cover text states the lead rule: 责任站所排在第一位的为牵头站所.

Writes (deterministically, fixed core properties and zip timestamps):
  700_huailin_zhen_2024_zhongdian_gongzuo_renwu_fengong.docx
  700.tasks.gold.jsonl
Run: /usr/bin/python3 make_700.py
"""
import io
import json
import os
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX = "700_huailin_zhen_2024_zhongdian_gongzuo_renwu_fengong.docx"
GOLD = "700.tasks.gold.jsonl"

# ---------------------------------------------------------------------------
# The one structured description of the tasks.
# leaders: names exactly as printed (two-character names padded with U+3000 where the clerk did).
# lmode:  "dun"  several names in one paragraph joined by 、
#         "para" one name per cell paragraph
#         "merge" the 包联领导 cell is merged down from the task above (vMerge continue)
# units:  the 责任站所 cell exactly as printed (split for the gold at 、 and ，, never inside （）)
# text:   the task cell, one string per cell paragraph
# ---------------------------------------------------------------------------
PARTS = [
    ("一、党的建设（共6项）", [
        dict(text=["强化理论武装。严格落实党委理论学习中心组学习制度，全年开展集中学习研讨不少于12次，"
                   "深入开展党纪学习教育，推动学习贯彻习近平新时代中国特色社会主义思想走深走实。"],
             leaders=["刘建国", "周文斌"], lmode="para",
             units="党建办（组织办）、党政办、宣传统战办", person="李　娜", deadline="全年"),
        dict(text=["加强基层党组织建设。深化“五星支部”创建，整顿提升软弱涣散村党组织2个，年内发展党员不少于15名，"
                   "规范落实“三会一课”、主题党日、组织生活会等制度。"],
             leaders=["孙丽娟"], lmode="dun",
             units="党建办（组织办）、各村（社区）", person="李　娜", deadline="2024年12月底"),
        dict(text=["抓好村（社区）干部队伍建设。开展村干部能力提升培训2期，落实村干部坐班值班、述职评议和绩效考核制度，"
                   "储备村级后备力量30名以上。"],
             leaders=["孙丽娟"], lmode="dun",
             units="党建办（组织办）、党政办", person="李　娜、田春雨", deadline="2024年11月底"),
        dict(text=["持续正风肃纪。压紧压实全面从严治党主体责任，聚焦群众身边不正之风和腐败问题开展专项整治，"
                   "对村级“三资”管理开展交叉巡察，实现全覆盖。"],
             leaders=["赵　刚"], lmode="dun",
             units="纪委、党政办、财政所", person="胡晓光", deadline="全年"),
        dict(text=["做好意识形态和宣传工作。落实意识形态工作责任制，办好“槐林发布”微信公众号，"
                   "全年在县级以上媒体刊发宣传稿件不少于60篇。"],
             leaders=["吴晓燕"], lmode="dun",
             units="宣传统战办", person="蒋　欣", deadline="全年"),
        dict(text=["加强机关作风建设。严格执行考勤、请销假和干部下村走访制度，开展“比学赶超”干部作风提升行动，"
                   "推动机关效能持续提升。"],
             leaders=["周文斌"], lmode="dun",
             units="党政综合办公室、纪委、镇直各单位", person="罗建平", deadline="长期坚持"),
    ]),
    ("二、经济发展（共8项）", [
        dict(text=["全力抓好招商引资。围绕农产品精深加工和新型建材两大主导产业开展精准招商，"
                   "全年引进投资额5000万元以上项目不少于2个，完成县下达的招商引资到位资金任务。"],
             leaders=["陈　亮"], lmode="dun",
             units="经发办、财政所、自然资源所", person="许明亮", deadline="2024年12月底"),
        dict(text=["加快重点项目建设。推进槐林工业集中区标准化厂房二期、槐河大桥改建、槐林镇污水处理厂提标改造等"
                   "项目建设，全年完成固定资产投资2.6亿元。"],
             leaders=["陈　亮"], lmode="merge",
             units="经发办、自然资源所、村建办、有关村（社区）", person="许明亮", deadline="2024年12月底"),
        dict(text=["培育壮大市场主体。全面落实减税降费和各项惠企政策，常态化开展“镇干部联企业”走访服务，"
                   "帮助企业解决用工、融资、用地等实际困难。",
                   "全年新增市场主体120户以上，新增规模以上工业企业1家，力争新培育“专精特新”中小企业1家。"],
             leaders=["王　勇"], lmode="dun",
             units="经发办、市场监管所、便民服务中心", person="许明亮", deadline="全年"),
        dict(text=["做好财税征管工作。加强税源培植和综合治税，确保完成县下达的一般公共预算收入任务；"
                   "严格预算执行，从严控制一般性支出，“三公”经费只减不增。"],
             leaders=["王　勇"], lmode="dun",
             units="财政所", person="邓丽华", deadline="2024年12月底"),
        dict(text=["抓好统计基础工作。规范规上工业企业、限上商贸企业统计台账，做好第五次全国经济普查收尾工作，"
                   "确保统计数据真实准确。"],
             leaders=["王勇"], lmode="dun",
             units="经发办（统计站）", person="曹　阳", deadline="2024年6月底前"),
        dict(text=["推动商贸流通发展。改造提升槐林集贸市场，新建村级电商服务站点5个，"
                   "引导农产品经营主体开展网络销售，全年实现社会消费品零售总额增长6%。"],
             leaders=["黄志强"], lmode="dun",
             units="经发办，市场监管所、便民服务中心", person="许明亮", deadline="2024年10月底"),
        dict(text=["加强土地要素保障。做好国土空间规划实施管理，保障重点项目用地需求，"
                   "盘活闲置低效用地50亩以上，严厉查处违法占地行为。"],
             leaders=["黄志强"], lmode="dun",
             units="自然资源所、村建办、各村（社区）", person="彭海军", deadline="全年"),
        dict(text=["推动农文旅融合发展。依托槐林古渡和万亩槐花林资源，办好第三届槐花文化旅游节，"
                   "完善游客服务中心、停车场等配套设施，打造乡村旅游精品线路1条。"],
             leaders=["吴晓燕", "马　超"], lmode="dun",
             units="文化站、经发办、槐树湾村", person="蒋　欣", deadline="2024年5月底前"),
    ]),
    ("三、乡村振兴（共7项）", [
        dict(text=["巩固拓展脱贫攻坚成果。落实防止返贫动态监测和帮扶机制，做到早发现、早干预、早帮扶，"
                   "确保不发生规模性返贫。"],
             leaders=["马　超"], lmode="dun",
             units="农业农村办、社事办（民政所）、社保中心、各村（社区）", person="余国庆", deadline="全年"),
        dict(text=["稳定粮食生产。全面落实粮食安全党政同责，完成粮食播种面积4.2万亩以上、"
                   "高标准农田建设3000亩任务，坚决遏制耕地“非农化”、基本农田“非粮化”。"],
             leaders=["马　超"], lmode="dun",
             units="农业综合服务中心、自然资源所、农业农村办", person="潘志华", deadline="2024年10月底"),
        dict(text=["发展壮大特色产业。扩大槐花蜂蜜、优质稻、稻虾共养等特色种养规模，新增稻虾共养面积800亩，"
                   "培育市级以上农业产业化龙头企业1家、家庭农场5家。"],
             leaders=["马　超"], lmode="dun",
             units="农业综合服务中心、农业农村办", person="潘志华", deadline="全年"),
        dict(text=["壮大村级集体经济。推广“党支部+合作社+农户”模式，年内所有村集体经营性收入达到10万元以上，"
                   "其中30万元以上的村不少于4个。"],
             leaders=["孙丽娟"], lmode="dun",
             units="农业农村办、党建办（组织办）、财政所、各村（社区）", person="余国庆", deadline="2024年12月底"),
        dict(text=["深化农村改革。稳妥推进农村宅基地规范管理和闲置农房盘活利用，规范农村产权流转交易，"
                   "做好第二轮土地承包到期后再延长三十年试点准备工作。"],
             leaders=["王　勇"], lmode="dun",
             units="农业农村办、自然资源所、财政所", person="余国庆", deadline="2024年11月底"),
        dict(text=["建设宜居宜业和美乡村。高标准打造槐树湾、白鹭洲2个省级和美乡村示范村，"
                   "完成村庄规划编制3个。"],
             leaders=["陈　亮", "马　超"], lmode="dun",
             units="农业农村办、村建办、生态环境办、各村（社区）", person="余国庆", deadline="2024年12月底"),
        dict(text=["做好防汛抗旱和水利建设工作。完成小型水库除险加固2座、当家塘清淤扩容20口，"
                   "修订完善防汛应急预案，储备防汛物资，确保安全度汛。"],
             leaders=["郑海涛"], lmode="dun",
             units="农业综合服务中心（水利站）、应急办、各村（社区）", person="潘志华", deadline="2024年9月底"),
    ]),
    ("四、生态环境和城乡建设（共5项）", [
        dict(text=["打好污染防治攻坚战。全面落实河湖长制、林长制，抓好中央和省生态环境保护督察反馈问题整改，"
                   "严格秸秆禁烧管控，确保辖区不发生重大环境污染事件。"],
             leaders=["黄志强"], lmode="dun",
             units="生态环境办、农业综合服务中心、执法大队、各村（社区）", person="龚　伟", deadline="全年"),
        dict(text=["提升集镇管理水平。常态化开展占道经营、乱搭乱建、乱停乱放专项整治，"
                   "完成槐林老街立面改造和雨污分流工程，创建县级文明集镇。"],
             leaders=["黄志强"], lmode="dun",
             units="综合行政执法大队、村建办、市场监管所", person="龚　伟", deadline="长期坚持"),
        dict(text=["推进农村人居环境整治。深化“三清一改”村庄清洁行动，完成农村户厕改造120户，"
                   "农村生活垃圾无害化处理率保持在95%以上。"],
             leaders=["马　超"], lmode="dun",
             units="农业农村办、生态环境办、各村（社区）", person="余国庆", deadline="2024年12月底"),
        dict(text=["加快基础设施建设。新建改建农村公路12公里，实施危桥改造2座，完成自然村通硬化路扫尾工程。",
                   "推进集镇自来水管网延伸改造，新增农村自来水受益人口1500人。"],
             leaders=["王　勇"], lmode="dun",
             units="村建办、经发办、财政所", person="彭海军", deadline="2024年11月底"),
        dict(text=["抓好自建房安全专项整治。对经营性自建房开展全面排查，建立隐患台账，"
                   "限期完成整治销号，落实房屋安全常态化巡查制度。"],
             leaders=["黄志强"], lmode="dun",
             units="村建办、应急办、自然资源所", person="彭海军", deadline="2024年8月底"),
    ]),
    ("五、民生保障（共6项）", [
        dict(text=["做好就业和社会保障工作。开展就业援助月、春风行动等招聘活动，新增城镇就业300人，"
                   "城乡居民基本养老保险参保率、基本医疗保险参保率均保持在95%以上。"],
             leaders=["杨秀梅"], lmode="dun",
             units="社保中心、社事办（民政所）", person="叶小红", deadline="全年"),
        dict(text=["兜牢民生保障底线。规范低保、特困供养、临时救助等工作，落实残疾人两项补贴，"
                   "提升镇敬老院服务水平，做到应保尽保、应退尽退。"],
             leaders=["杨秀梅"], lmode="dun",
             units="社事办（民政所）、各村（社区）", person="叶小红", deadline="全年"),
        dict(text=["推动教育卫生事业发展。配合完成槐林中心学校综合楼建设，巩固义务教育控辍保学成果；"
                   "提升镇卫生院服务能力，做好家庭医生签约服务和重点人群健康管理。"],
             leaders=["吴晓燕"], lmode="dun",
             units="中心学校、卫生院、社事办（民政所）", person="蒋　欣", deadline="2024年9月底"),
        dict(text=["做好退役军人服务和双拥工作。规范退役军人服务站建设，落实优抚政策，"
                   "做好“八一”走访慰问和光荣牌悬挂工作。"],
             leaders=["郑海涛"], lmode="dun",
             units="退役军人服务站、武装部", person="吕国华", deadline="2024年8月底"),
        dict(text=["办好镇级十件民生实事。扎实推进集镇公厕新建、村级养老服务站、农村道路路灯安装等民生实事项目，"
                   "做到件件有着落、事事有回音。"],
             leaders=["陈　亮"], lmode="dun",
             units="党政办、经发办、村建办、社事办（民政所）、镇直各单位", person="罗建平", deadline="2024年12月底"),
        dict(text=["提升政务服务效能。深化“一窗通办”“就近办”改革，推动高频事项全部进驻镇便民服务中心，"
                   "村级代办服务点实现全覆盖。"],
             leaders=["周文斌"], lmode="dun",
             units="便民服务中心、党政办", person="罗建平", deadline="2024年6月底前"),
    ]),
    ("六、平安建设（共5项）", [
        dict(text=["抓好安全生产工作。压实“三个责任”，深入开展安全生产治本攻坚三年行动，"
                   "重点抓好道路交通、消防、燃气、建筑施工等领域隐患排查整治，坚决遏制较大以上事故发生。"],
             leaders=["郑海涛", "黄志强"], lmode="dun",
             units="应急办、执法大队、派出所、镇直各单位", person="宋建军", deadline="全年"),
        dict(text=["做好信访维稳工作。深化“四下基层”，落实领导干部接访下访和包案化解制度，"
                   "推动信访积案清仓见底，确保重要时间节点不发生越级上访和群体性事件。"],
             leaders=["周文斌"], lmode="dun",
             units="平安办（综治中心）、司法所、各村（社区）", person="汪　涛", deadline="长期坚持"),
        dict(text=["深化平安槐林建设。常态化开展扫黑除恶斗争，严厉打击电信网络诈骗等违法犯罪，"
                   "推进网格化服务管理，群众安全感满意度保持在98%以上。"],
             leaders=["周文斌"], lmode="dun",
             units="平安办（综治中心）、派出所、司法所", person="汪　涛", deadline="全年"),
        dict(text=["做好森林防火工作。严格落实森林防火责任制，加强重点时段、重点区域巡山护林和火源管控，"
                   "确保不发生重大森林火灾。"],
             leaders=["郑海涛"], lmode="dun",
             units="应急办、农业综合服务中心、各村（社区）", person="宋建军", deadline="全年"),
        dict(text=["加强国防动员和民兵工作。抓好民兵组织整顿和军事训练，高质量完成年度征兵任务，"
                   "开展全民国防教育宣传活动。"],
             leaders=["郑海涛"], lmode="dun",
             units="武装部、各村（社区）", person="吕国华", deadline="2024年9月底"),
    ]),
]

ISSUER_PARTY = "中共槐林镇委员会"
ISSUER_GOV = "槐林镇人民政府"
WENHAO = "槐发〔2024〕6号"
DATE = "2024年3月8日"
ANNEX_TITLE = "槐林镇2024年重点工作任务分工"

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HEI = "黑体"
KAI = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def para(container, text="", font=FS, size=16, align=None, bold=None, color=None,
         indent_first=False, line=28, before=0, after=0):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if indent_first:
        pf.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def add_runs(p, pieces, size=16):
    for text, font, bold in pieces:
        r = p.add_run(text)
        set_font(r, font, size, bold)


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def table_borders(table, val="single", sz=4, which=("top", "left", "bottom", "right", "insideH", "insideV")):
    tblpr = table._tbl.tblPr
    old = tblpr.find(qn("w:tblBorders"))
    if old is not None:
        tblpr.remove(old)
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        if edge in which:
            e.set(qn("w:val"), val)
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def cell_text(cell, lines, font=FS, size=12, align=None, bold=None):
    """Fill a cell, one paragraph per element of lines."""
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(20)
        if align is not None:
            p.alignment = align
        r = p.add_run(line)
        set_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def fix_grid(table, widths):
    """Write the column widths into tblGrid and make the layout fixed, as Word does for a drawn table."""
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    tblpr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._r.append(el)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def set_margins(section, top, bottom, left, right):
    section.top_margin = Cm(top)
    section.bottom_margin = Cm(bottom)
    section.left_margin = Cm(left)
    section.right_margin = Cm(right)


# ---------------------------------------------------------------------------
# Build the notice
# ---------------------------------------------------------------------------
def build_docx():
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = FS
    normal.font.size = Pt(16)
    normal.element.get_or_add_rPr()
    rf = normal.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        normal.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    set_margins(sec, 3.7, 3.5, 2.8, 2.6)
    page_number_footer(sec)

    # 版头: joint red header, the two issuers stacked, 文件 to their right (borderless table)
    para(doc, "", line=20)
    hdr = doc.add_table(rows=2, cols=2)
    hdr.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(hdr, which=())
    hdr.columns[0].width = Cm(11.5)
    hdr.columns[1].width = Cm(4.0)
    fix_grid(hdr, [Cm(11.5), Cm(4.0)])
    for row in hdr.rows:
        row.cells[0].width = Cm(11.5)
        row.cells[1].width = Cm(4.0)
    cell_text(hdr.cell(0, 0), [ISSUER_PARTY], font=XBS, size=30, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    cell_text(hdr.cell(1, 0), [ISSUER_GOV], font=XBS, size=30, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    m = hdr.cell(0, 1).merge(hdr.cell(1, 1))
    cell_text(m, ["文件"], font=XBS, size=42, align=WD_ALIGN_PARAGRAPH.CENTER)
    for c in (hdr.cell(0, 0), hdr.cell(1, 0), m):
        for p in c.paragraphs:
            p.paragraph_format.line_spacing = None
            for r in p.runs:
                r.font.color.rgb = RED
    para(doc, "", line=28)
    para(doc, "", line=28)
    p = para(doc, WENHAO, align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p)
    para(doc, "", line=28)

    # 标题 (two paragraphs, as the clerk broke it)
    para(doc, ISSUER_PARTY + "　" + ISSUER_GOV, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc, "关于印发槐林镇2024年重点工作任务", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc, "分工的通知", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc, "")

    # 主送
    para(doc, "各村（社区）党组织、村（居）民委员会，镇直各单位、各站所：")

    # 正文
    para(doc, "为深入贯彻落实县委十五届七次全会、县“两会”和镇党委十四届六次全体（扩大）会议、"
              "镇第十八届人民代表大会第四次会议精神，确保全年各项目标任务落到实处，经镇党委、镇政府研究，"
              "现将《" + ANNEX_TITLE + "》印发给你们，并就有关事项通知如下：", indent_first=True)
    p = para(doc, "", indent_first=True)
    add_runs(p, [("一、提高思想认识。", HEI, None),
                 ("今年是实现“十四五”规划目标任务的关键一年，各站所、各村（社区）要切实把思想和行动统一到镇党委、"
                  "镇政府的决策部署上来，对照任务分工，逐项制定推进措施，细化时间节点，确保各项工作有序推进。", FS, None)])
    p = para(doc, "", indent_first=True)
    add_runs(p, [("二、压实工作责任。", HEI, None),
                 ("各项任务的包联领导是该项工作的第一责任领导，要亲自研究、亲自部署、亲自推动。"
                  "责任站所排在第一位的为牵头站所，负责牵头抓总、统筹推进；其他站所为配合站所，要主动对接、积极配合，"
                  "形成工作合力。责任人要具体抓好落实，确保按时保质完成。", FS, None)])
    p = para(doc, "", indent_first=True)
    add_runs(p, [("三、强化督查考核。", HEI, None),
                 ("党政办要会同纪委建立重点工作任务台账，实行“月调度、季通报、年考核”，各牵头站所于每月25日前"
                  "将工作进展情况报党政办。督查结果纳入年度目标绩效考核，对工作推进不力、敷衍塞责、"
                  "影响全镇工作大局的，严肃追责问责。", FS, None)])
    para(doc, "")
    para(doc, "附件：" + ANNEX_TITLE, indent_first=True)
    para(doc, "")
    para(doc, "")
    para(doc, "")
    para(doc, ISSUER_PARTY + "　　　　" + ISSUER_GOV, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p = para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Cm(2.2)
    para(doc, "")
    para(doc, "（此件公开发布）", indent_first=True)

    # 附件: a landscape section
    asec = doc.add_section(WD_SECTION.NEW_PAGE)
    asec.orientation = WD_ORIENT.LANDSCAPE
    asec.page_width, asec.page_height = Cm(29.7), Cm(21.0)
    set_margins(asec, 2.8, 2.6, 3.0, 2.8)
    para(doc, "附件", font=HEI, size=16)
    para(doc, "")
    para(doc, ANNEX_TITLE, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc, "")

    widths = [Cm(1.3), Cm(12.6), Cm(2.6), Cm(4.8), Cm(2.3), Cm(2.3)]
    heads = ["序号", "重点工作任务", "包联领导", "责任站所", "责任人", "完成时限"]
    t = doc.add_table(rows=1, cols=6)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    fix_grid(t, widths)
    for i, h in enumerate(heads):
        c = t.rows[0].cells[i]
        c.width = widths[i]
        cell_text(c, [h], font=HEI, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])

    n = 0
    prev_leader_cell = None
    for part_title, tasks in PARTS:
        row = t.add_row()
        for i, c in enumerate(row.cells):
            c.width = widths[i]
        mc = row.cells[0].merge(row.cells[5])
        cell_text(mc, [part_title], font=HEI, size=12)
        for tk in tasks:
            n += 1
            row = t.add_row()
            cells = row.cells
            for i, c in enumerate(cells):
                c.width = widths[i]
            cell_text(cells[0], [str(n)], align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(cells[1], tk["text"], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            if tk["lmode"] == "merge":
                prev_leader_cell.merge(cells[2])
            elif tk["lmode"] == "para":
                cell_text(cells[2], tk["leaders"], align=WD_ALIGN_PARAGRAPH.CENTER)
            else:
                cell_text(cells[2], ["、".join(tk["leaders"])], align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(cells[3], [tk["units"]], align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(cells[4], [tk["person"]], align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(cells[5], [tk["deadline"]], align=WD_ALIGN_PARAGRAPH.CENTER)
            prev_leader_cell = cells[2]

    # 版记 on a last portrait page
    bsec = doc.add_section(WD_SECTION.NEW_PAGE)
    bsec.orientation = WD_ORIENT.PORTRAIT
    bsec.page_width, bsec.page_height = Cm(21.0), Cm(29.7)
    set_margins(bsec, 3.7, 3.5, 2.8, 2.6)
    for _ in range(17):
        para(doc, "")
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(bj, sz=8, which=("top", "bottom", "insideH"))
    fix_grid(bj, [Cm(15.6)])
    for r in bj.rows:
        r.cells[0].width = Cm(15.6)
    cell_text(bj.cell(0, 0), ["抄送：县委办公室，县政府办公室，县委督查室。"], size=14)
    cell_text(bj.cell(1, 0), ["槐林镇党政综合办公室　　　　　　　　 2024年3月8日印发"], size=14)

    cp = doc.core_properties
    cp.author = "Administrator"
    cp.last_modified_by = "Administrator"
    cp.title = ""
    cp.revision = 3
    cp.created = datetime(2024, 3, 8, 1, 12, 0)
    cp.modified = datetime(2024, 3, 8, 2, 35, 0)
    cp.last_printed = datetime(2024, 3, 8, 2, 36, 0)
    return doc


def write_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 8, 10, 35, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------
def split_units(s):
    out, cur, depth = [], "", 0
    for ch in s:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if depth == 0 and ch in "、，；":
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return [u.strip() for u in out if u.strip()]


def nospace(s):
    return "".join(ch for ch in s if not ch.isspace())


def build_gold():
    rows = []
    n = 0
    for _, tasks in PARTS:
        for tk in tasks:
            n += 1
            units = split_units(tk["units"])
            text = nospace("".join(tk["text"]))
            rows.append({
                "id": str(n),
                "marker": str(n),
                "head": text[:12],
                "responsible_units": units,
                "lead_units": units[:1],          # 责任站所排在第一位的为牵头站所
                "cooperating_units": units[1:],
                "leaders": [nospace(x) for x in tk["leaders"]],   # 包联领导 only; 责任人 are staff
                "deadline": tk["deadline"],
            })
    return rows


def main():
    os.chdir(HERE)
    write_deterministic(build_docx(), DOCX)
    gold = build_gold()
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {DOCX} and {GOLD} ({len(gold)} tasks)")


if __name__ == "__main__":
    main()
