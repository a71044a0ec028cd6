#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 78 / 414: a 县“项目攻坚年”活动领导小组 notice 印发ing its 实施方案, whose
task list names no leader and no unit at all, only the 工作专班 (task force)
that carries each task.

Writes 414_liqiao_xian_zhuanban_zhidu_renwu_qingdan.docx next to this script.

The form (see 414.notes.md):
  * portrait section: 发文机关标志 `澧桥县“项目攻坚年”活动领导小组文件`, 文号
    `澧项攻组发〔2025〕1号`, red rule, title, 主送, one 印发 paragraph, 落款
    (the 领导小组), date, 附注 `（此件发至乡镇人民政府、县直各单位）`;
  * the 实施方案 on a new page: 一、总体要求; 二、组建攻坚专班 with six
    paragraphs `（一）…专班（以下简称“项目专班”）。召集人：…；副召集人：…；
    牵头单位：…；成员单位：…。专班办公室设在…` (they look exactly like tasks,
    but they define the task forces); 三、重点任务及责任分工 with the four rules
    that turn a 专班 into a leader, a lead unit and cooperating units;
    四、工作机制 and 五、保障措施 with more `（一）` paragraphs naming units and
    persons; `附件：` line;
  * landscape section: `附件`, the title and one ruled table
    `序号 | 攻坚任务 | 年度目标 | 责任专班（单位） | 完成时限`: six category rows
    spanning it, 序号 running 1–32, the 责任专班 cell carrying a short name
    (`项目专班`) merged down (vMerge) over runs of tasks, or `专班⏎（X具体牵头）`
    in two paragraphs, or `专班（X具体牵头）` in one, or `专班、X` (an extra
    unit), or both, or - for two tasks outside any 专班 - the units themselves;
    the header row repeated; a 注 under the table;
  * portrait section: 版记 (抄送, 印发 line).
"""
import os

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "414_liqiao_xian_zhuanban_zhidu_renwu_qingdan.docx")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
ST = "宋体"

ISSUER = "澧桥县“项目攻坚年”活动领导小组"

# --------------------------------------------------------------------------
# text of the 实施方案
# each body paragraph: (kind, text) ; kind "h1" = 黑体 一、 heading,
# "p" = plain indented paragraph, "h2p" = 楷体 lead-in then 仿宋 rest
# (text given as (lead_in, rest)).  "|" in text splits runs.
# --------------------------------------------------------------------------
FANGAN = [
    ("p", "为深入贯彻落实县委十五届八次全会和县第十八届人民代表大会第五次会议精神，"
          "坚持“项目为王、实干争先”，以项目攻坚推动县域经济高质量发展，县委、县政府决定"
          "在全县开展2025年“项目攻坚年”活动。为确保活动取得实效，制定本方案。"),
    ("h1", "一、总体要求"),
    ("p", "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、"
          "三中全会精神，牢固树立“抓项目就是抓发展”的鲜明导向，聚焦重大项目建设、招商引资、"
          "产业园区提质、城乡建设、要素保障五大攻坚行动，以专班推进、清单管理、限时办结为抓手，"
          "推动项目快签约、快落地、快建设、快投产。"),
    ("p", "主要目标：全年实施亿元以上项目200个以上，固定资产投资增长8%以上；引进亿元以上产业项目"
          "60个、到位资金150亿元以上；澧桥经济开发区规模以上工业增加值增长10%以上。"),
    ("h1", "二、组建攻坚专班"),
    ("p", "按照“一个专班、一名县领导、一个牵头单位、一张任务清单”的要求，组建6个攻坚专班，"
          "统筹推进五大攻坚行动。"),
    ("h2p", ("（一）重大项目建设攻坚专班（以下简称“项目专班”）。",
             "召集人：许文澜（县委常委、常务副县长）；副召集人：唐一鸣（县发展和改革局局长）；"
             "牵头单位：县发展和改革局；成员单位：县财政局、县自然资源局、县住房和城乡建设局、"
             "县交通运输局、县水利局、沅衡市生态环境局澧桥分局、县行政审批服务局、县统计局。"
             "专班办公室设在县发展和改革局，办公室主任由唐一鸣同志兼任。")),
    ("h2p", ("（二）招商引资攻坚专班（以下简称“招商专班”）。",
             "召集人：韦丛山（县委常委、副县长）；副召集人：龚晓帆（县投资促进服务中心主任）；"
             "牵头单位：县投资促进服务中心；成员单位：县商务局、县工业和信息化局、"
             "澧桥经济开发区管理委员会、县文化旅游广电体育局、县农业农村局、县市场监督管理局。"
             "专班办公室设在县投资促进服务中心。")),
    ("h2p", ("（三）产业园区提质攻坚专班（以下简称“园区专班”）。",
             "召集人：贺启明（县委常委，澧桥经济开发区党工委书记）、欧阳澈（副县长）；"
             "副召集人：邹岩（澧桥经济开发区管理委员会主任）；牵头单位：澧桥经济开发区管理委员会；"
             "成员单位：县工业和信息化局、县科学技术局、县人力资源和社会保障局、县应急管理局、"
             "国网澧桥县供电公司。专班办公室设在澧桥经济开发区管理委员会经济发展局。")),
    ("h2p", ("（四）城市更新攻坚专班（以下简称“城建专班”）。",
             "召集人：丁若岚（副县长）；副召集人：严楚（县住房和城乡建设局局长）；"
             "牵头单位：县住房和城乡建设局；成员单位：县城市管理和综合执法局、县自然资源局、"
             "县城市建设投资集团有限公司、澧城街道办事处、东湖街道办事处。"
             "专班办公室设在县住房和城乡建设局。")),
    ("h2p", ("（五）乡村振兴项目攻坚专班（以下简称“乡村专班”）。",
             "召集人：田仲禾（县委常委、副县长）；牵头单位：县农业农村局；成员单位：县水利局、"
             "县林业局、县交通运输局、县供销合作社联合社、各乡镇人民政府。"
             "专班办公室设在县农业农村局。")),
    ("h2p", ("（六）要素保障攻坚专班（以下简称“要素专班”）。",
             "召集人：陆启航（副县长）；副召集人：范可钦（县财政局局长）；牵头单位：县财政局；"
             "成员单位：县自然资源局、县人力资源和社会保障局、县行政审批服务局、县金融服务中心、"
             "澧桥金融监管支局。专班办公室设在县财政局。")),
    ("p", "专班召集人、副召集人因工作变动需要调整的，由接任同志自然递补，不再另行发文。"),
    ("h1", "三、重点任务及责任分工"),
    ("p", "围绕五大攻坚行动和综合保障工作，确定2025年重点任务32项（详见附件）。"
          "各项任务的责任按以下方式确定："),
    ("h2p", ("（一）只列专班的任务。",
             "“责任专班（单位）”栏只列专班名称的，该专班召集人为任务的责任县领导，"
             "专班牵头单位为任务的牵头单位，专班成员单位为任务的配合单位。")),
    ("h2p", ("（二）注明具体牵头单位的任务。",
             "专班名称后括号内注明“××具体牵头”的，由括号内单位牵头，专班牵头单位和其他成员单位"
             "配合，责任县领导仍为该专班召集人。")),
    ("h2p", ("（三）另列其他单位的任务。",
             "专班名称后另列其他单位的，所列单位作为配合单位参与该项任务。")),
    ("h2p", ("（四）未纳入专班的任务。",
             "“责任专班（单位）”栏直接列明责任单位，排在第一位的为牵头单位，其余为配合单位。")),
    ("h1", "四、工作机制"),
    ("h2p", ("（一）周调度。",
             "各专班每周召开一次调度会，专班办公室于每周五下班前将任务推进情况报领导小组办公室。")),
    ("h2p", ("（二）月通报。",
             "领导小组办公室每月汇总各专班任务推进情况，由县委督查室、县政府督查室在全县通报，"
             "对进度滞后的任务，约谈专班牵头单位主要负责人。")),
    ("h2p", ("（三）季拉练。",
             "每季度末由县委、县政府主要领导带队，组织开展项目观摩拉练，现场点评、现场交办。")),
    ("h2p", ("（四）年考评。",
             "活动开展情况纳入年度综合绩效考核，考核结果作为干部评先评优和选拔任用的重要依据。")),
    ("h1", "五、保障措施"),
    ("h2p", ("（一）加强组织领导。",
             "成立澧桥县“项目攻坚年”活动领导小组，县委书记沈砚秋任组长，县委副书记、县长林朝晖任"
             "第一副组长，县委副书记祝明远和各专班召集人任副组长，县直有关单位主要负责人为成员。"
             "领导小组办公室设在县发展和改革局，唐一鸣同志兼任办公室主任。")),
    ("h2p", ("（二）压实工作责任。",
             "各牵头单位要履行牵头抓总责任，细化工作措施，明确时间节点；各配合单位要主动对接、"
             "密切配合；各乡镇人民政府要做好项目征地拆迁、矛盾调处和施工环境保障等工作。")),
    ("h2p", ("（三）严格督查问效。",
             "县委督查室、县政府督查室要将重点任务纳入年度督查计划，实行“红黄绿”三色管理，"
             "对工作不力、进度严重滞后的单位和个人，按有关规定严肃问责。")),
]

# --------------------------------------------------------------------------
# the attachment's table
# ("CAT", text)
# (no, task, target, zhuanban_cell, deadline)   zhuanban_cell: "\n" = new
# paragraph in the cell; None = continuation of a vertical merge
# --------------------------------------------------------------------------
ROWS = [
    ("CAT", "一、重大项目建设攻坚行动（8项）"),
    ("1", "加快沅衡至澧桥高速公路澧桥段建设",
     "完成路基工程量80%，桥梁下部结构全部完工，年度完成投资12亿元。",
     "项目专班\n（县交通运输局具体牵头）", "2025年12月底"),
    ("2", "推进澧水澧桥段防洪能力提升工程",
     "完成堤防加固18公里、穿堤建筑物改造6处，汛前完成度汛节点工程。",
     "项目专班\n（县水利局具体牵头）", "2025年11月底"),
    ("3", "实施重大项目“四个一批”滚动推进",
     "全年新开工亿元以上项目40个、竣工25个、投产达效20个。",
     "项目专班", "每季度末"),
    ("4", "推进省市重点项目建设提速提效",
     "12个省重点项目、35个市重点项目年度投资完成率达到100%。",
     None, "2025年12月底"),
    ("5", "加强重大项目谋划储备和前期工作",
     "新谋划储备亿元以上项目120个，完成可研批复项目50个以上。",
     None, "2025年10月底"),
    ("6", "争取中央预算内投资和专项债券项目",
     "争取中央预算内投资、超长期特别国债和地方政府专项债券资金25亿元以上。",
     None, "全年"),
    ("7", "推行重大产业项目“拿地即开工”审批",
     "工业项目“拿地即开工”比例达到80%以上，审批时限压减50%。",
     "项目专班（县行政审批服务局具体牵头）", "2025年6月底"),
    ("8", "规范重大项目统计入库和固投核算",
     "项目入库率达到100%，做到应统尽统、依法依规。",
     "项目专班\n（县统计局具体牵头）", "每月"),
    ("CAT", "二、招商引资攻坚行动（6项）"),
    ("9", "开展新能源新材料产业链精准招商",
     "围绕锂电新材料、光伏组件等产业链，引进亿元以上项目20个。",
     "招商专班", "2025年12月底"),
    ("10", "组织“澧商回归”系列招商活动",
     "举办澧商大会1次，引进回归项目15个以上，到位资金30亿元以上。",
     None, "2025年10月底"),
    ("11", "推进招商签约项目落地转化",
     "签约项目履约率达到90%以上，资金到位率达到60%以上。",
     None, "2025年12月底"),
    ("12", "建立招商项目全流程跟踪服务机制",
     "对重大招商项目实行首席服务专员制度，从签约到投产全程跟踪服务。",
     None, "2025年3月底"),
    ("13", "开展文旅康养项目专题招商推介",
     "引进文旅康养项目5个以上，推进澧溪古镇提质改造项目签约落地。",
     "招商专班\n（县文化旅游广电体育局具体牵头）", "2025年11月底"),
    ("14", "培育外贸主体和扩大利用外资",
     "新增有进出口实绩企业15家，实际使用外资1500万美元。",
     "招商专班（县商务局具体牵头）", "2025年12月底"),
    ("CAT", "三、产业园区提质攻坚行动（5项）"),
    ("15", "推进澧桥经济开发区扩区调区",
     "完成扩区调区报批，新增规划面积6.5平方公里。",
     "园区专班、县自然资源局", "2025年9月底"),
    ("16", "建设标准化厂房和“工业上楼”项目",
     "新建标准化厂房30万平方米，建成“工业上楼”示范项目2个。",
     "园区专班", "2025年12月底"),
    ("17", "推进园区污水处理厂提标扩能改造",
     "完成园区污水处理厂二期工程，日处理能力达到3万吨。",
     "园区专班、沅衡市生态环境局澧桥分局", "2025年10月底"),
    ("18", "开展工业企业“亩均论英雄”综合评价",
     "完成规模以上工业企业亩均效益评价全覆盖，盘活低效用地800亩。",
     "园区专班\n（县工业和信息化局具体牵头）", "2025年8月底"),
    ("19", "开展园区安全生产和消防隐患整治",
     "完成园区企业安全风险评估全覆盖，重大隐患动态清零。",
     "园区专班（县应急管理局具体牵头）、县消防救援大队", "2025年6月底"),
    ("CAT", "四、城乡建设攻坚行动（7项）"),
    ("20", "实施城镇老旧小区改造提升工程",
     "完成老旧小区改造42个，惠及居民6800户。",
     "城建专班", "2025年11月底"),
    ("21", "推进城市地下管网更新改造",
     "更新改造燃气、供水、排水管网86公里。",
     None, "2025年12月底"),
    ("22", "推进澧城片区城中村改造项目",
     "完成征收签约1200户，安置房开工2000套。",
     "城建专班\n（县城市建设投资集团有限公司具体牵头）", "2025年12月底"),
    ("23", "开展城市“清脏治乱”专项攻坚",
     "整治背街小巷80条，新增公共停车泊位3000个。",
     "城建专班（县城市管理和综合执法局具体牵头）", "2025年9月底"),
    ("24", "建设高标准农田和耕地质量提升",
     "新建改造高标准农田3.2万亩。",
     "乡村专班", "2025年10月底"),
    ("25", "实施农村供水保障和水质提升工程",
     "新建改造农村供水工程28处，农村自来水普及率达到93%。",
     "乡村专班\n（县水利局具体牵头）", "2025年11月底"),
    ("26", "打造和美乡村示范片和精品线路",
     "建成和美乡村示范片3个、精品线路2条。",
     "乡村专班", "2025年12月底"),
    ("CAT", "五、要素保障攻坚行动（4项）"),
    ("27", "保障重大项目用地和用林需求",
     "完成新增建设用地报批5000亩，重点项目用地保障率100%。",
     "要素专班\n（县自然资源局具体牵头）", "2025年12月底"),
    ("28", "强化重大项目建设资金保障",
     "统筹安排项目前期经费和配套资金3亿元，用好政府专项债券资金。",
     "要素专班", "全年"),
    ("29", "深化政银企对接和融资服务",
     "组织政银企对接活动6场以上，新增项目贷款40亿元。",
     "要素专班\n（县金融服务中心具体牵头）", "2025年11月底"),
    ("30", "保障重点项目和重点企业用工",
     "为重点企业和项目招用工5000人次以上。",
     "要素专班（县人力资源和社会保障局具体牵头）", "2025年12月底"),
    ("CAT", "六、综合保障（2项）"),
    ("31", "开展“项目攻坚年”督查考核",
     "按月通报、按季拉练、年终考核，结果纳入年度综合绩效考核。",
     "县委督查室、县政府督查室、县发展和改革局", "2025年12月底"),
    ("32", "加强“项目攻坚年”宣传报道",
     "在县融媒体中心开设专栏，推出典型报道50篇以上。",
     "县委宣传部", "全年"),
]


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def set_font(run, font, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = True if bold else None
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    ascii_font = "Times New Roman" if font in (FS, KT, ST) else font
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:hint"), "eastAsia")
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def add_runs(p, text, font, size, bold=False, color=None):
    for chunk in text.split("|"):
        if chunk:
            set_font(p.add_run(chunk), font, size, bold, color)


def para(container, text="", font=FS, size=16, bold=False, align=None, indent=False,
         line=28, color=None, before=0, after=0):
    p = container.add_paragraph()
    pf = p.paragraph_format
    if line:
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    add_runs(p, text, font, size, bold, color)
    return p


def bottom_rule(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def top_bottom_rule(p, sz=8):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    for edge in ("top", "bottom"):
        b = OxmlElement("w:" + edge)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        pbdr.append(b)
    ppr.append(pbdr)


def add_page_number_footer(section, size=14):
    footer = section.footer
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), ST, size)
    for kind in ("begin", None, "separate", "1", "end"):
        r = p.add_run()
        set_font(r, ST, size)
        if kind is None:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = " PAGE   \\* MERGEFORMAT "
            r._r.append(it)
        elif kind == "1":
            r.text = "1"
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
    set_font(p.add_run(" —"), ST, size)


def cell_text(cell, text, font=FS, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    parts = text.split("\n")
    first = cell.paragraphs[0]
    for i, part in enumerate(parts):
        p = first if i == 0 else cell.add_paragraph()
        p.alignment = align
        pf = p.paragraph_format
        pf.line_spacing = Pt(18)
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        add_runs(p, part, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_cell_width(cell, mm):
    tcpr = cell._tc.get_or_add_tcPr()
    w = tcpr.find(qn("w:tcW"))
    if w is None:
        w = OxmlElement("w:tcW")
        tcpr.insert(0, w)
    w.set(qn("w:w"), str(int(mm * 56.7)))
    w.set(qn("w:type"), "dxa")


def table_borders(table):
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblpr.append(borders)


def repeat_header(row):
    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def cant_split(row):
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def new_section(doc, landscape):
    sec = doc.add_section()
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
        sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
        sec.left_margin, sec.right_margin = Mm(30), Mm(28)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
        sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    add_page_number_footer(sec)
    return sec


# --------------------------------------------------------------------------
def build():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.size = Pt(16)
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.paragraph_format.space_after = Pt(0)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    add_page_number_footer(sec)

    # ---- 版头
    para(doc, "", line=None)
    para(doc, ISSUER + "文件", font=XBS, size=24, align=WD_ALIGN_PARAGRAPH.CENTER,
         color="FF0000", line=None)
    para(doc, "", line=None)
    p = para(doc, "澧项攻组发〔2025〕1号", align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    bottom_rule(p)
    para(doc, "")

    # ---- 标题 (two lines, as printed)
    para(doc, ISSUER, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    para(doc, "关于印发《澧桥县2025年“项目攻坚年”活动", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    para(doc, "实施方案》的通知", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    para(doc, "")
    para(doc, "各乡镇人民政府，县直各单位：")
    para(doc, "《澧桥县2025年“项目攻坚年”活动实施方案》已经县委、县政府同意，现印发给你们，"
              "请结合实际认真抓好贯彻落实。各专班于每月5日前将上月任务推进情况报领导小组办公室"
              "（县发展和改革局重点项目股，联系电话：0736-5821406）。", indent=True)
    para(doc, "")
    para(doc, ISSUER + "　　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "2025年2月18日　　　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "")
    para(doc, "（此件发至乡镇人民政府、县直各单位）", indent=True)

    # ---- 实施方案, new page
    p = para(doc, "")
    r = p.add_run()
    r.add_break(WD_BREAK.PAGE)
    para(doc, "澧桥县2025年“项目攻坚年”活动实施方案", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    para(doc, "")
    for kind, text in FANGAN:
        if kind == "h1":
            para(doc, text, font=HT, indent=True)
        elif kind == "p":
            para(doc, text, indent=True)
        else:
            lead, rest = text
            p = para(doc, "", indent=True)
            add_runs(p, lead, KT, 16)
            add_runs(p, rest, FS, 16)
    para(doc, "")
    para(doc, "附件：澧桥县2025年“项目攻坚年”重点任务清单", indent=True)

    # ---- 附件, landscape
    new_section(doc, landscape=True)
    para(doc, "附件", font=HT, line=28)
    para(doc, "")
    para(doc, "澧桥县2025年“项目攻坚年”重点任务清单", font=XBS, size=20,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=32, after=8)

    widths = [14, 62, 80, 50, 31]  # mm, sums to 237
    heads = ["序号", "攻坚任务", "年度目标", "责任专班（单位）", "完成时限"]
    table = doc.add_table(rows=1, cols=5)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(table)
    for gc, mm in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(mm * 56.7)))
    tblpr = table._tbl.tblPr
    tblw = tblpr.find(qn("w:tblW"))
    tblw.set(qn("w:w"), str(int(sum(widths) * 56.7)))
    tblw.set(qn("w:type"), "dxa")
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    for i, h in enumerate(heads):
        c = table.rows[0].cells[i]
        set_cell_width(c, widths[i])
        cell_text(c, h, font=HT, size=12)
    repeat_header(table.rows[0])
    cant_split(table.rows[0])

    for row in ROWS:
        r = table.add_row()
        cant_split(r)
        cells = r.cells
        for i, c in enumerate(cells):
            set_cell_width(c, widths[i])
        if row[0] == "CAT":
            m = cells[0].merge(cells[4])
            cell_text(m, row[1], font=HT, size=11, align=WD_ALIGN_PARAGRAPH.LEFT)
            continue
        no, task, target, zb, dl = row
        cell_text(cells[0], no)
        cell_text(cells[1], task, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(cells[2], target, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(cells[4], dl)
        if zb is None:
            set_vmerge_tc(cells[3]._tc, restart=False)
            cells[3].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        else:
            cell_text(cells[3], zb)
    # vMerge restart on cells whose next row continues them
    trs = table.rows
    for idx in range(1, len(trs) - 1):
        nxt = trs[idx + 1]._tr
        tcs_n = nxt.findall(qn("w:tc"))
        if len(tcs_n) == 5:
            tcpr = tcs_n[3].find(qn("w:tcPr"))
            if tcpr is not None and tcpr.find(qn("w:vMerge")) is not None \
                    and tcpr.find(qn("w:vMerge")).get(qn("w:val")) is None:
                cur = trs[idx]._tr.findall(qn("w:tc"))
                cpr = cur[3].find(qn("w:tcPr"))
                vm = cpr.find(qn("w:vMerge"))
                if vm is None:
                    set_vmerge_tc(cur[3], restart=True)

    para(doc, "", line=20)
    para(doc, "注：1.各专班召集人、牵头单位和成员单位见实施方案第二部分，责任确定方式见实施方案第三部分。",
         size=12, line=22)
    para(doc, "　　2.完成时限为“全年”“每月”“每季度末”的，按月报送进度，年底前全面完成。",
         size=12, line=22)

    # ---- 版记, portrait
    new_section(doc, landscape=False)
    for _ in range(14):
        para(doc, "")
    p = para(doc, "抄送：县委各部门，县人大常委会办公室，县政协办公室。", size=14)
    top_bottom_rule(p)
    p = para(doc, "澧桥县“项目攻坚年”活动领导小组办公室　　　2025年2月18日印发", size=14)
    bottom_rule(p, color="000000", sz=8)

    doc.save(OUT)
    print("wrote", OUT)


def set_vmerge_tc(tc, restart):
    tcpr = tc.find(qn("w:tcPr"))
    if tcpr is None:
        tcpr = OxmlElement("w:tcPr")
        tc.insert(0, tcpr)
    vm = OxmlElement("w:vMerge")
    if restart:
        vm.set(qn("w:val"), "restart")
    # keep schema order: tcW, gridSpan, vMerge, ..., vAlign
    valign = tcpr.find(qn("w:vAlign"))
    if valign is not None:
        valign.addprevious(vm)
    else:
        tcpr.append(vm)


if __name__ == "__main__":
    build()
