#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Notice 455: a 县政府办公室 notice whose 附件 table was pasted from the office's
Excel 台账 with 选择性粘贴 -> 粘贴链接 -> HTML 格式 ("keep source formatting").

Word stores such a paste as a LINK field whose result is the table:
  the field's begin / instrText / separate runs sit at the end of the paragraph
  before the table (here the 附件 title), the <w:tbl> is the field result, and
  the end fldChar sits alone in the paragraph after the table.
The table keeps Excel's own formatting (per-cell borders, w:hideMark, w:noWrap,
w:widowControl, kern 0, colour 000000, Excel column widths and row heights),
Excel merged cells as w:gridSpan / w:vMerge and Alt+Enter line breaks as w:br.

Written by hand as OOXML with zipfile (python-docx cannot write a field that
spans a table).  Output next to this script.
"""
import os
import zipfile
from xml.sax.saxutils import escape

NAME = "455_wuyang_xian_gzbg_fenjie_excel_lianjie.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)
THEME_SRC = "/usr/lib/python3/dist-packages/docx/templates/default.docx"

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
      'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'mc:Ignorable="w14 w15 wp14"')

_pid = [0x1A2B3C00]


def pid():
    _pid[0] += 0x1F3
    return 'w14:paraId="%08X" w14:textId="77777777"' % (_pid[0] & 0x7FFFFFFF)


def rpr(font="仿宋_GB2312", sz=32, bold=False, color=None, ascii_font="Times New Roman", extra=""):
    s = '<w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s"/>' % (ascii_font, font, ascii_font)
    if bold:
        s += '<w:b/>'
    if color:
        s += '<w:color w:val="%s"/>' % color
    s += extra
    s += '<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>' % (sz, sz)
    return s


def run(text, rp):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rp, escape(text))


def para(runs_xml, ppr_inner="", rp_mark=""):
    return '<w:p %s w:rsidR="00D61E27" w:rsidRDefault="00D61E27"><w:pPr>%s%s</w:pPr>%s</w:p>' % (
        pid(), ppr_inner, rp_mark, runs_xml)


BODY_PPR = '<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/>'
FS = rpr()            # 仿宋_GB2312 三号
HT = rpr("黑体", ascii_font="黑体")
XBS = rpr("方正小标宋简体", 44, ascii_font="方正小标宋简体")


def body(text):
    return para(run(text, FS), BODY_PPR, FS)


def heading(text):
    return para(run(text, HT), BODY_PPR, HT)


# ---------------------------------------------------------------- the body
parts = []
parts.append(para('', '<w:spacing w:line="560" w:lineRule="exact"/>', FS))
parts.append(para(run("梧阳县人民政府办公室文件", rpr("方正小标宋简体", 84, color="FF0000", ascii_font="方正小标宋简体",
                                           extra='<w:w w:val="80"/>')),
                  '<w:spacing w:line="1200" w:lineRule="exact"/><w:jc w:val="distribute"/>',
                  rpr("方正小标宋简体", 84, color="FF0000", ascii_font="方正小标宋简体")))
parts.append(para('', '<w:spacing w:line="560" w:lineRule="exact"/>', FS))
parts.append(para(run("梧政办发〔2025〕7号", FS),
                  '<w:pBdr><w:bottom w:val="single" w:sz="18" w:space="12" w:color="FF0000"/></w:pBdr>'
                  '<w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="center"/>', FS))
parts.append(para('', '<w:spacing w:line="560" w:lineRule="exact"/>', FS))
parts.append(para(run("梧阳县人民政府办公室", XBS),
                  '<w:spacing w:line="600" w:lineRule="exact"/><w:jc w:val="center"/>', XBS))
parts.append(para(run("关于印发2025年县政府工作报告重点任务分解表的通知", XBS),
                  '<w:spacing w:line="600" w:lineRule="exact"/><w:jc w:val="center"/>', XBS))
parts.append(para('', '<w:spacing w:line="560" w:lineRule="exact"/>', FS))
parts.append(para(run("各乡镇人民政府、街道办事处，县政府各部门，县直各单位：", FS),
                  '<w:spacing w:line="560" w:lineRule="exact"/>', FS))
parts.append(body("《2025年梧阳县人民政府工作报告》已经县第十八届人民代表大会第五次会议审议通过。"
                  "为确保报告确定的各项目标任务落到实处，经县政府同意，现将《2025年县政府工作报告"
                  "重点任务分解表》印发给你们，并就有关事项通知如下。"))
parts.append(heading("一、压实工作责任"))
parts.append(body("各责任县领导要加强对分管领域重点任务的统筹调度。牵头单位对任务落实负总责，"
                  "主要负责同志为第一责任人，要逐项制定推进措施，明确时间节点和具体责任人；"
                  "同一任务有两个牵头单位的，排在前面的单位负责协调推进和进展汇总。配合单位要按照"
                  "职责分工主动对接、通力协作，不得推诿扯皮。"))
parts.append(heading("二、加强调度推进"))
parts.append(body("各牵头单位要于每季度最后一个月的25日前，将任务推进情况（含配合单位落实情况）"
                  "书面报送县政府督查室，全年工作总结于12月20日前报送。分解表实行动态管理，"
                  "因客观原因确需调整任务或责任单位的，由牵头单位书面报县政府同意后调整。"))
parts.append(heading("三、严格督查考核"))
parts.append(body("县政府督查室要会同县目标管理考核办公室，将重点任务落实情况纳入年度综合考核，"
                  "实行季度通报、年终考评。对工作推进不力、进度严重滞后的，按程序予以约谈问责。"))
parts.append(body("联系人：刘芳，电话：7821306。"))
parts.append(para('', '<w:spacing w:line="560" w:lineRule="exact"/>', FS))
parts.append(para(run("附件：2025年县政府工作报告重点任务分解表", FS),
                  '<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:leftChars="200" w:left="1600" '
                  'w:hangingChars="300" w:hanging="960"/>', FS))
parts.append(para('', '<w:spacing w:line="560" w:lineRule="exact"/>', FS))
parts.append(para('', '<w:spacing w:line="560" w:lineRule="exact"/>', FS))
parts.append(para(run("梧阳县人民政府办公室", FS),
                  '<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:rightChars="400" w:right="1280"/>'
                  '<w:jc w:val="right"/>', FS))
parts.append(para(run("2025年2月21日", FS),
                  '<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:rightChars="500" w:right="1600"/>'
                  '<w:jc w:val="right"/>', FS))
parts.append(para('', '<w:spacing w:line="560" w:lineRule="exact"/>', FS))

SECT_PORTRAIT = ('<w:sectPr w:rsidR="00D61E27"><w:footerReference w:type="default" r:id="rId9"/>'
                 '<w:type w:val="%s"/>'
                 '<w:pgSz w:w="11906" w:h="16838"/>'
                 '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" '
                 'w:footer="1417" w:gutter="0"/><w:cols w:space="425"/>'
                 '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>')
SECT_LANDSCAPE = ('<w:sectPr w:rsidR="00D61E27"><w:footerReference w:type="default" r:id="rId9"/>'
                  '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
                  '<w:pgMar w:top="1474" w:right="1440" w:bottom="1474" w:left="1440" w:header="851" '
                  'w:footer="992" w:gutter="0"/><w:cols w:space="425"/>'
                  '<w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr>')

# 此件公开发布 closes the portrait section (the 附件 starts on a landscape page)
parts.append(para(run("（此件公开发布）", FS),
                  '<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/>'
                  + SECT_PORTRAIT % "nextPage", FS))

# ---------------------------------------------------------------- 附件 page
parts.append(para(run("附件", HT), '<w:spacing w:line="560" w:lineRule="exact"/>', HT))
parts.append(para('', '<w:spacing w:line="560" w:lineRule="exact"/>', HT))

# the 附件 title, and at its end the LINK field's begin / instruction / separate
TITLE_RPR = rpr("方正小标宋简体", 40, ascii_font="方正小标宋简体")
link_path = "D:\\\\县政府办\\\\督查室\\\\2025年\\\\2025年政府工作报告重点任务分解表（台账）.xlsx"
instr_runs = (
    '<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r>' % TITLE_RPR
    + '<w:r>%s<w:instrText xml:space="preserve"> LINK </w:instrText></w:r>' % TITLE_RPR
    + '<w:r>%s<w:instrText xml:space="preserve">Excel.Sheet.12 "%s" "分解表!R3C1:R39C6" \\a \\f 5 \\h </w:instrText></w:r>'
    % (TITLE_RPR, escape(link_path))
    + '<w:r>%s<w:instrText xml:space="preserve"> \\* MERGEFORMAT </w:instrText></w:r>' % TITLE_RPR
    + '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r>' % TITLE_RPR
)
parts.append(para(run("2025年县政府工作报告重点任务分解表", TITLE_RPR) + instr_runs,
                  '<w:spacing w:afterLines="50" w:after="156" w:line="560" w:lineRule="exact"/><w:jc w:val="center"/>',
                  TITLE_RPR))

# ---------------------------------------------------------------- the Excel table
# Excel column widths (pixels * 15) and the sheet's fonts
GRID = [675, 5490, 1245, 2145, 3060, 1305]


def xrpr(font="仿宋_GB2312", sz=22, bold=False):
    b = '<w:b/><w:bCs/>' if bold else ''
    return ('<w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:cs="宋体"/>%s'
            '<w:color w:val="000000"/><w:kern w:val="0"/><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>'
            % (font, font, font, b, sz, sz))


BORDERS = ('<w:tcBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
           '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
           '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
           '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tcBorders>')


def xcell(text, col, jc="center", span=1, vmerge=None, nowrap=False, font="仿宋_GB2312", bold=False):
    """text: str, with '\n' for Excel's Alt+Enter; None for a merged-away cell."""
    w = sum(GRID[col:col + span])
    tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % w
    if span > 1:
        tcpr += '<w:gridSpan w:val="%d"/>' % span
    if vmerge == "restart":
        tcpr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont":
        tcpr += '<w:vMerge/>'
    tcpr += BORDERS + '<w:shd w:val="clear" w:color="auto" w:fill="auto"/>'
    if nowrap:
        tcpr += '<w:noWrap/>'
    tcpr += '<w:vAlign w:val="center"/><w:hideMark/>'
    rp = xrpr(font, 22, bold)
    ppr = '<w:widowControl/><w:jc w:val="%s"/>%s' % (jc, rp)
    if not text:
        runs = ''
    else:
        lines = text.split('\n')
        runs = '<w:r>%s<w:t>%s</w:t></w:r>' % (rp, escape(lines[0]))
        for ln in lines[1:]:
            runs += '<w:r>%s<w:br/><w:t>%s</w:t></w:r>' % (rp, escape(ln))
    return '<w:tc><w:tcPr>%s</w:tcPr><w:p %s w:rsidR="00D61E27" w:rsidRDefault="00D61E27"><w:pPr>%s</w:pPr>%s</w:p></w:tc>' % (
        tcpr, pid(), ppr, runs)


def xrow(cells, height):
    return ('<w:tr w:rsidR="00D61E27" w:rsidTr="00D61E27" %s><w:trPr><w:trHeight w:val="%d"/></w:trPr>%s</w:tr>'
            % (pid().replace('w14:textId="77777777"', 'w14:textId="77777777"'), height, ''.join(cells)))


rows = []
rows.append(xrow([
    xcell("序号", 0, nowrap=True, font="黑体"),
    xcell("重点任务", 1, font="黑体"),
    xcell("责任县领导", 2, font="黑体"),
    xcell("牵头单位", 3, font="黑体"),
    xcell("配合单位", 4, font="黑体"),
    xcell("完成时限", 5, nowrap=True, font="黑体"),
], 600))


def section_row(text):
    rows.append(xrow([xcell(text, 0, jc="left", span=6, font="黑体")], 480))


# (序号, 任务, leader or None when merged from above, leader_merge, 牵头, 配合, 时限)
# leader_merge: "restart" starts a merged leader block, "cont" continues it, None = own cell
def task_row(no, task, leader, lm, lead, coop, due):
    cells = [
        xcell(str(no), 0, nowrap=True),
        xcell(task, 1, jc="left"),
        xcell(leader if lm != "cont" else None, 2, vmerge=lm),
        xcell(lead, 3),
        xcell(coop, 4),
        xcell(due, 5, nowrap=True),
    ]
    h = 855 if len(task) > 44 or (coop and len(coop) > 24) else 570
    rows.append(xrow(cells, h))


section_row("一、聚焦项目投资，稳住经济增长基本盘")
task_row(1, "全年实施县级重点项目120个以上，完成投资160亿元，其中新开工项目不少于55个。",
         "周明远", "restart", "县发展和改革局",
         "县财政局、县自然资源局、县住房和城乡建设局、各乡镇（街道）", "2025年12月底")
task_row(2, "积极争取超长期特别国债、中央预算内投资和地方政府专项债券，全年争取上级资金30亿元以上。",
         None, "cont", "县发展和改革局\n县财政局", "县直有关部门", "2025年12月底")
task_row(3, "深化“拿地即开工”改革，推行工业项目“标准地”出让，全年供应工业用地1500亩以上。",
         None, "cont", "县自然资源局", "县行政审批服务局、梧阳经济开发区管委会", "2025年11月底")
task_row(4, "加快梧阳至江城高速公路连接线、国道G345改线工程建设，全年完成交通投资12亿元。",
         "何建平", "restart", "县交通运输局", "县自然资源局、县林业局、沿线乡镇", "2025年12月底")
task_row(5, "扩大消费需求，开展“惠购梧阳”促消费系列活动20场以上，社会消费品零售总额增长6%。",
         None, "cont", "县商务局", "县财政局、县市场监督管理局、县文化广电和旅游局", "2025年12月底")

section_row("二、壮大实体经济，加快构建现代化产业体系")
task_row(6, "实施制造业“强链补链”行动，新增规模以上工业企业15家，规上工业增加值增长8%。",
         "孙绍辉", "restart", "县工业和信息化局", "县统计局、梧阳经济开发区管委会", "2025年12月底")
task_row(7, "推进经济开发区扩区调区，完成污水处理厂二期及标准化厂房12万平方米建设。",
         None, "cont", "梧阳经济开发区管委会", "县住房和城乡建设局、市生态环境局梧阳分局", "2025年10月底")
task_row(8, "开展“招商引资攻坚年”活动，全年签约亿元以上项目40个，到位资金100亿元。",
         "陈立航\n孙绍辉", None, "县投资促进中心", "县直各招商小分队成员单位", "2025年12月底")
task_row(9, "支持企业数字化改造，新增省级智能工厂、数字化车间5个以上。",
         "孙绍辉", "restart", "县工业和信息化局", "/", "2025年12月底")
task_row(10, "培育壮大经营主体，新增“个转企”200户、“小升规”企业10家。",
         None, "cont", "县市场监督管理局、县工业和信息化局", "县统计局、县税务局", "2025年12月底")

section_row("三、全面推进乡村振兴，加快建设农业强县")
task_row(11, "新建高标准农田3.5万亩，粮食播种面积稳定在52万亩以上。",
         "邓欣怡", "restart", "县农业农村局",
         "县财政局、县自然资源局、县水利局、各乡镇（街道）", "2025年9月底")
task_row(12, "实施中型灌区续建配套与现代化改造，完成病险水库除险加固8座。",
         None, "cont", "县水利局", "县财政局", "2025年11月底")
task_row(13, "巩固拓展脱贫攻坚成果，脱贫人口人均纯收入增长10%以上，守住不发生规模性返贫致贫底线。",
         None, "cont", "县农业农村局",
         "县人力资源和社会保障局\n县民政局\n县医疗保障局\n县教育局", "2025年12月底")
task_row(14, "打造“梧阳茶油”区域公用品牌，新增绿色食品、有机农产品认证15个。",
         None, "cont", "县农业农村局", "县市场监督管理局、县林业局", "2025年12月底")
task_row(15, "开展农村人居环境整治提升，建成美丽乡村示范村10个，农村卫生厕所普及率达92%。",
         None, "cont", "县农业农村局",
         "县住房和城乡建设局、县卫生健康局、市生态环境局梧阳分局、各乡镇（街道）", "2025年12月底")

section_row("四、推进城市更新和生态保护，提升县城承载能力")
task_row(16, "改造城镇老旧小区28个、城中村1个，新增公共停车泊位1500个。",
         "何建平", "restart", "县住房和城乡建设局", "县城市管理局、县公安局", "2025年11月底")
task_row(17, "实施城区雨污分流改造工程，新建改造污水管网45公里。",
         None, "cont", "县住房和城乡建设局", "县城市管理局、县水利局", "2025年12月底")
task_row(18, "推进城区供水提质工程，完成第二水厂扩建并通水运行。",
         None, "cont", "县城市管理局", "/", "2025年10月底")
task_row(19, "深入打好污染防治攻坚战，城区空气质量优良天数比例达到90%以上。",
         "马骏", "restart", "市生态环境局梧阳分局",
         "县住房和城乡建设局、县交通运输局、县城市管理局、县公安局", "2025年12月底")
task_row(20, "全面落实河湖长制，县域地表水考核断面水质达标率保持100%。",
         None, "cont", "县水利局\n市生态环境局梧阳分局", "各乡镇（街道）", "2025年12月底")

section_row("五、持续保障和改善民生，增进人民群众福祉")
task_row(21, "新建城东小学、县第三幼儿园，新增公办学位2700个。",
         "邓欣怡", "restart", "县教育局", "县发展和改革局、县财政局、县自然资源局", "2025年8月底")
task_row(22, "推进紧密型县域医共体建设，县人民医院胸痛中心、卒中中心通过省级验收。",
         None, "cont", "县卫生健康局", "县医疗保障局", "2025年12月底")
task_row(23, "城镇新增就业3200人，开展职业技能培训5000人次。",
         None, "cont", "县人力资源和社会保障局", "县教育局、县总工会", "2025年12月底")
task_row(24, "新建社区嵌入式养老服务中心3个，高龄津贴惠及1.2万人。",
         "马骏", None, "县民政局", "县财政局、县卫生健康局", "2025年12月底")
task_row(25, "开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故。",
         "陈立航\n马骏", None, "县应急管理局", "县安委会各成员单位", "2025年12月底")

section_row("六、深化改革和政府自身建设，提升治理效能")
task_row(26, "深化“高效办成一件事”改革，政务服务事项“一网通办”率达到95%以上。",
         "周明远", "restart", "县行政审批服务局", "县数据资源管理局", "2025年12月底")
task_row(27, "持续优化营商环境，开展涉企违规收费专项整治。",
         None, "cont", "县发展和改革局", "县市场监督管理局、县财政局、县司法局", "2025年6月底")
task_row(28, "深化县属国有企业改革，完成县属国有企业整合重组。",
         None, "cont", "县财政局", "/", "2025年12月底")
task_row(29, "严格落实政府过紧日子要求，一般性支出压减5%以上。",
         None, "cont", "县财政局", "县直各单位", "2025年12月底")
task_row(30, "认真办理人大代表建议和政协委员提案，按期办复率达到100%。",
         "陈立航", None, "县政府办公室", "县直有关单位", "2025年10月底")

assert len(rows) == 1 + 6 + 30  # Excel rows 3..39

TBL = ('<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:tblInd w:w="108" w:type="dxa"/>'
       '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" '
       'w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>%s</w:tblGrid>%s</w:tbl>'
       % (sum(GRID), ''.join('<w:gridCol w:w="%d"/>' % g for g in GRID), ''.join(rows)))
parts.append(TBL)

# the paragraph after the table: the LINK field's end, with the title's paragraph
# mark (it was the title's own mark before the paste), closing the landscape section
parts.append('<w:p %s w:rsidR="00D61E27" w:rsidRDefault="00D61E27"><w:pPr><w:spacing w:line="560" w:lineRule="exact"/>'
             '<w:jc w:val="center"/>%s%s</w:pPr><w:r>%s<w:fldChar w:fldCharType="end"/></w:r></w:p>'
             % (pid(), TITLE_RPR, SECT_LANDSCAPE, TITLE_RPR))

# ---------------------------------------------------------------- 版记
for _ in range(14):
    parts.append(para('', '<w:spacing w:line="560" w:lineRule="exact"/>', FS))
BJ = rpr(sz=28)
parts.append(para(run("抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。", BJ),
                  '<w:pBdr><w:top w:val="single" w:sz="8" w:space="1" w:color="auto"/>'
                  '<w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/></w:pBdr>'
                  '<w:spacing w:line="440" w:lineRule="exact"/><w:ind w:leftChars="100" w:left="280" '
                  'w:rightChars="100" w:right="280" w:hangingChars="300" w:hanging="840"/>', BJ))
parts.append(para(run("梧阳县人民政府办公室", BJ) + '<w:r>%s<w:tab/></w:r>' % BJ + run("2025年2月21日印发", BJ),
                  '<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" w:color="auto"/></w:pBdr>'
                  '<w:tabs><w:tab w:val="right" w:pos="8560"/></w:tabs>'
                  '<w:spacing w:line="440" w:lineRule="exact"/><w:ind w:leftChars="100" w:left="280" '
                  'w:rightChars="100" w:right="280"/>', BJ))

FINAL_SECT = SECT_PORTRAIT.replace('<w:type w:val="%s"/>', '')

DOCUMENT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<w:document %s><w:body>%s%s</w:body></w:document>' % (NS, ''.join(parts), FINAL_SECT))

# ---------------------------------------------------------------- footer (— N —)
FT = rpr("宋体", 28, ascii_font="宋体")
FOOTER = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<w:ftr %s><w:p %s><w:pPr><w:pStyle w:val="a5"/><w:jc w:val="center"/>%s</w:pPr>'
          '<w:r>%s<w:t xml:space="preserve">— </w:t></w:r>'
          '<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r>'
          '<w:r>%s<w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>'
          '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r>'
          '<w:r>%s<w:t>1</w:t></w:r>'
          '<w:r>%s<w:fldChar w:fldCharType="end"/></w:r>'
          '<w:r>%s<w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>'
          % (NS, pid(), FT, FT, FT, FT, FT, FT, FT, FT))

STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
          'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" '
          'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/>'
          '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
          '<w:pPrDefault/></w:docDefaults>'
          '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" '
          'w:defQFormat="0" w:count="376"/>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/>'
          '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
          '<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/>'
          '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
          '<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/>'
          '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
          '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
          '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
          '<w:style w:type="numbering" w:default="1" w:styleId="a2"><w:name w:val="No List"/>'
          '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
          '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="header"/><w:basedOn w:val="a"/>'
          '<w:link w:val="a4"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:pBdr><w:bottom w:val="single" '
          'w:sz="6" w:space="1" w:color="auto"/></w:pBdr><w:tabs><w:tab w:val="center" w:pos="4153"/>'
          '<w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:jc w:val="center"/></w:pPr>'
          '<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
          '<w:style w:type="character" w:customStyle="1" w:styleId="a4"><w:name w:val="页眉 字符"/>'
          '<w:basedOn w:val="a0"/><w:link w:val="a3"/><w:uiPriority w:val="99"/><w:rPr><w:sz w:val="18"/>'
          '<w:szCs w:val="18"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="footer"/><w:basedOn w:val="a"/>'
          '<w:link w:val="a6"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs>'
          '<w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/>'
          '<w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
          '<w:style w:type="character" w:customStyle="1" w:styleId="a6"><w:name w:val="页脚 字符"/>'
          '<w:basedOn w:val="a0"/><w:link w:val="a5"/><w:uiPriority w:val="99"/><w:rPr><w:sz w:val="18"/>'
          '<w:szCs w:val="18"/></w:rPr></w:style>'
          '</w:styles>')

SETTINGS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
            'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
            'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
            'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" mc:Ignorable="w14 w15">'
            '<w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/>'
            '<w:proofState w:spelling="clean" w:grammar="clean"/>'
            '<w:defaultTabStop w:val="420"/><w:drawingGridHorizontalSpacing w:val="105"/>'
            '<w:drawingGridVerticalSpacing w:val="156"/><w:displayHorizontalDrawingGridEvery w:val="0"/>'
            '<w:displayVerticalDrawingGridEvery w:val="2"/><w:characterSpacingControl w:val="compressPunctuation"/>'
            '<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>'
            '<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>'
            '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
            '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="differentiateMultirowTableHeaders" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/></w:compat>'
            '<w:rsids><w:rsidRoot w:val="00D61E27"/><w:rsid w:val="00D61E27"/></w:rsids>'
            '<m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/><m:brkBinSub m:val="--"/>'
            '<m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/>'
            '<m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/><m:intLim m:val="subSup"/>'
            '<m:naryLim m:val="undOvr"/></m:mathPr>'
            '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
            '<w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" '
            'w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" '
            'w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>'
            '<w:shapeDefaults><o:shapedefaults v:ext="edit" spidmax="2049"/><o:shapelayout v:ext="edit">'
            '<o:idmap v:ext="edit" data="1"/></o:shapelayout></w:shapeDefaults>'
            '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
            '<w15:chartTrackingRefBased/><w15:docId w15:val="{5B0E2C4A-7D31-4C8E-9F26-3A1D7E5C0B94}"/>'
            '</w:settings>')

FONTS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
         '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         + ''.join('<w:font w:name="%s"><w:charset w:val="%s"/><w:family w:val="%s"/><w:pitch w:val="%s"/></w:font>' % f
                   for f in [("Times New Roman", "00", "roman", "variable"), ("宋体", "86", "auto", "variable"),
                             ("黑体", "86", "modern", "fixed"), ("仿宋_GB2312", "86", "modern", "fixed"),
                             ("方正小标宋简体", "86", "script", "fixed"), ("Calibri", "00", "swiss", "variable")])
         + '</w:fonts>')

WEBSETTINGS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
               '<w:webSettings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
               '<w:optimizeForBrowser/><w:allowPNG/></w:webSettings>')

CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
      '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
      '<Override PartName="/word/webSettings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml"/>'
      '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
      '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
      '<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
      '</Types>')

RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')

DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/webSettings" Target="webSettings.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
            '<Relationship Id="rId11" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>'
            '<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>'
            '</Relationships>')

CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title></dc:title><dc:subject></dc:subject><dc:creator>xzfb</dc:creator><cp:keywords></cp:keywords>'
        '<dc:description></dc:description><cp:lastModifiedBy>督查室</cp:lastModifiedBy><cp:revision>6</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-02-19T01:12:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-02-21T02:47:00Z</dcterms:modified></cp:coreProperties>')

APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
       '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
       'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
       '<Template>Normal.dotm</Template><TotalTime>38</TotalTime><Pages>5</Pages><Words>612</Words>'
       '<Characters>3494</Characters><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
       '<Lines>29</Lines><Paragraphs>8</Paragraphs><ScaleCrop>false</ScaleCrop><Company></Company>'
       '<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>4098</CharactersWithSpaces>'
       '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>'
       '</Properties>')

with zipfile.ZipFile(THEME_SRC) as src:
    THEME = src.read("word/theme/theme1.xml")

with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", CT)
    z.writestr("_rels/.rels", RELS)
    z.writestr("word/document.xml", DOCUMENT)
    z.writestr("word/_rels/document.xml.rels", DOC_RELS)
    z.writestr("word/styles.xml", STYLES)
    z.writestr("word/settings.xml", SETTINGS)
    z.writestr("word/webSettings.xml", WEBSETTINGS)
    z.writestr("word/fontTable.xml", FONTS)
    z.writestr("word/footer1.xml", FOOTER)
    z.writestr("word/theme/theme1.xml", THEME)
    z.writestr("docProps/core.xml", CORE)
    z.writestr("docProps/app.xml", APP)
print("wrote", OUT)
