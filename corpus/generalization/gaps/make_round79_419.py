#!/usr/bin/python3
"""Round 79, no. 419: a 县城品质提升工作领导小组办公室 notice published as one PDF.

The body (and the 版记 page) were typed in Word; the 附件, the task list, is an
Excel-style sheet printed on A4 portrait without fitting it to the page width.
The sheet is wider than the paper, so the printer cut it into two column bands,
and with the default page order (先列后行, top to bottom, then right) all pages
of the left band (序号 / 重点任务 / 建设内容及年度目标) come first and all pages of
the right band (序号 / 包抓县领导 / 牵头单位 / 配合单位 / 完成时限 / 备注) after
them.  序号 is set as a repeated left column (打印标题·左端标题列) and the header
row as a repeated top row, so a reader pairs the two halves by 序号.

Pipeline (all local, nothing downloaded):
  body.docx (python-docx)  --soffice-->  body.pdf   (pages 1-2 body, page 3 版记)
  qingdan.fods (flat ODS)  --soffice-->  qingdan.pdf (the sheet, optimal row heights)
  pdfseparate/pdfunite: body p1-2 + sheet + body p3  -> 419_....pdf
  pdftotext -layout -enc UTF-8                          -> 419_....txt  (the test text)
"""
import os
import subprocess
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, "build_419")
NAME = "419_lanmu_xian_xiancheng_pinzhi_qingdan_xianliehouhang"

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xE6, 0x00, 0x12)

ISSUER_MARK = "岚沐县县城品质提升工作领导小组办公室"
WENHAO = "岚城提办〔2026〕2号"
TITLE_LINES = [
    "岚沐县县城品质提升工作领导小组办公室",
    "关于印发《岚沐县2026年县城品质提升",
    "重点任务清单》的通知",
]
ZHUSONG = "各乡镇人民政府、城关街道办事处，县城品质提升工作领导小组各成员单位："
BODY = [
    ("p", "为深入推进以县城为重要载体的新型城镇化建设，持续提升县城综合承载能力和宜居品质，"
          "根据《岚沐县县城品质提升三年行动方案（2025—2027年）》和县委、县政府工作部署，"
          "县城品质提升工作领导小组办公室研究制定了《岚沐县2026年县城品质提升重点任务清单》，"
          "经县人民政府同意，现印发给你们，并就有关事项通知如下。"),
    ("h", "一、压实工作责任。", "清单共5个方面30项重点任务，逐项明确了包抓县领导、牵头单位、"
          "配合单位和完成时限。包抓县领导即该项任务的责任县领导，负责统筹调度、协调解决推进中的重大问题；"
          "牵头单位是任务落实的第一责任单位，牵头单位为两个的共同牵头，要制定具体推进计划，"
          "明确责任人和时间节点；配合单位要按照职责分工主动配合、形成合力。"),
    ("h", "二、加强调度推进。", "实行“月调度、季通报”工作机制。各牵头单位要于每月25日前将任务推进情况"
          "及下步工作打算报送县城品质提升工作领导小组办公室（设在县住建局），"
          "联系人：陈思远，联系电话：7221546，电子邮箱：lmxcts@163.com。"),
    ("h", "三、严格督查考核。", "县政府督查室将会同领导小组办公室对清单任务落实情况开展跟踪督查，"
          "督查结果纳入年度目标责任考核。对工作推进不力、进度严重滞后的，按程序报县政府予以通报。"),
]
FUJIAN_SHUOMING = "附件：岚沐县2026年县城品质提升重点任务清单"
QIANSHU = "岚沐县县城品质提升工作领导小组办公室"
DATE = "2026年2月27日"
FUZHU = "（此件公开发布）"
CHAOSONG = "抄送：县委办公室，县人大常委会办公室，县政协办公室。"
YINFA_LEFT = "岚沐县县城品质提升工作领导小组办公室"
YINFA_RIGHT = "2026年2月27日印发"

# ------------------------------------------------------------ the sheet
SHEET_TITLE = "岚沐县2026年县城品质提升重点任务清单"
HEADER = ["序号", "重点任务", "建设内容及年度目标", "包抓县领导", "牵头单位", "配合单位", "完成时限", "备注"]
# column widths in cm: A..H.  A+B+C fits the printable width, A+B+C+D does not,
# so the page cuts after C; A (repeated) + D..H makes the second band.
WIDTHS = [1.25, 3.3, 11.0, 2.3, 2.8, 4.4, 2.3, 2.0]

# (序号, 重点任务, 建设内容及年度目标, 包抓县领导, 牵头单位, 配合单位, 完成时限, 备注)
# a "\n" inside a cell is a line break typed in the cell (Alt+Enter)
PARTS = [
    ("一、基础设施补短板（8项）", [
        (1, "岚沐大道北延段道路工程",
         "新建城市主干道2.8公里，红线宽度40米，同步建设雨污管网、照明、绿化等配套设施。"
         "年内完成路基工程和雨污管网铺设，完成投资1.2亿元。",
         "杜永强", "县交通运输局", "县自然资源局、县住建局、县财政局、岚城镇", "2026年12月底", "省级重点项目"),
        (2, "城区老旧供水管网改造",
         "改造城区老旧供水管网36公里，更换老旧户表4200户，城区公共供水管网漏损率控制在9%以内。",
         "苏明哲", "县住建局", "县供水公司、县财政局、城关街道", "2026年10月底", "县十件民生实事"),
        (3, "县城雨污分流改造（三期）",
         "实施解放路、东风路等12条道路雨污分流改造，新建改造管网18.5公里，"
         "城区生活污水集中收集率达到70%以上。",
         "苏明哲", "县住建局", "市生态环境局岚沐分局、县城投集团、城关街道、岚城镇", "2026年11月底", "续建"),
        (4, "城东片区天然气管网延伸",
         "新建中压燃气管道9公里，新增居民用户3000户，同步完成城区老旧燃气管道和设施更新改造11公里。",
         "苏明哲", "县住建局", "县燃气公司、县应急管理局、县市场监管局", "2026年9月底", ""),
        (5, "县城停车设施建设",
         "新建公共停车场4处，新增公共停车泊位1200个，施划路内停车泊位600个，"
         "建成智慧停车管理平台并投入运行。",
         "魏东\n苏明哲", "县城管局", "县公安局交警大队、县自然资源局、县住建局、县城投集团", "2026年12月底", ""),
        (6, "岚沐河滨河段防洪提升工程",
         "加固提升滨河段堤防4.6公里，改造排涝泵站2座，汛前完成主体工程，县城防洪标准达到50年一遇。",
         "杜永强", "县水利局", "县财政局、县自然资源局、城关街道", "2026年5月底", "省级重点项目"),
        (7, "城区配电网改造升级",
         "新建及改造10千伏线路32公里、配变台区45个，解决城东、城南片区低电压和重过载问题。",
         "汪海川", "县发改局", "国网岚沐县供电公司、县住建局、县城管局", "2026年12月底", ""),
        (8, "5G基站和充电基础设施建设",
         "新建5G基站120个，实现县城重点区域5G网络连续覆盖；新建公共充电桩300个，"
         "在居住小区、公共停车场和加油站配建充电设施。",
         "汪海川", "县工信局\n县发改局",
         "中国移动岚沐分公司、中国电信岚沐分公司、中国联通岚沐分公司、国网岚沐县供电公司", "2026年12月底", ""),
    ]),
    ("二、城市更新（7项）", [
        (9, "城镇老旧小区改造",
         "改造2000年底前建成的城镇老旧小区26个、4380户，同步实施加装电梯、管网更新、适老化改造等内容，"
         "年底前全部完工。",
         "苏明哲", "县住建局", "县财政局、县发改局、城关街道、岚城镇", "2026年11月底", "县十件民生实事"),
        (10, "北关、西街城中村改造",
         "启动北关、西街两个城中村改造项目，完成征收签约1100户，开工建设安置住房960套。",
         "汪海川", "县住建局\n城关街道", "县城投集团、县自然资源局、县财政局", "2026年12月底", "省级重点项目"),
        (11, "岚城历史文化街区保护提升",
         "完成老街传统风貌建筑修缮45栋，改造提升街区供排水、电力、通信等基础设施，打造文旅消费集聚区。",
         "欧阳志远", "县文旅局", "县住建局、县自然资源局、县商务局、岚城镇", "2026年10月底", ""),
        (12, "背街小巷综合整治",
         "整治背街小巷32条，实施路面硬化、管线入地、立面整治和照明提升，规范设置便民设施。",
         "苏明哲", "县城管局", "城关街道、岚城镇、县住建局", "2026年9月底", "县十件民生实事"),
        (13, "完整社区建设试点",
         "在城关街道南苑、东湖2个社区开展完整社区建设试点，补齐养老托育、便民商业、公共活动空间等设施短板。",
         "苏明哲、韩冬梅", "县住建局", "县民政局、县卫健局、县教体局、城关街道", "2026年12月底", ""),
        (14, "城镇房屋安全隐患排查整治",
         "完成县城范围内经营性自建房、老旧住宅安全隐患排查整治，C、D级危房整治率达到100%。",
         "苏明哲", "县住建局", "县应急管理局、县自然资源局、县市场监管局、城关街道、岚城镇", "2026年6月底", ""),
        (15, "闲置低效用地盘活利用",
         "处置批而未供、供而未用土地860亩，盘活城区闲置低效用地320亩，优先保障县城建设项目用地需求。",
         "杜永强", "县自然资源局", "县发改局、县财政局、县工信局、县住建局", "2026年12月底", ""),
    ]),
    ("三、公共服务提升（6项）", [
        (16, "县城第二幼儿园建设",
         "新建12个班规模幼儿园1所，建筑面积5600平方米，秋季学期投入使用，新增学位360个。",
         "韩冬梅", "县教体局", "县发改局、县财政局、县住建局、县自然资源局", "2026年8月底", "县十件民生实事"),
        (17, "县中医院门诊综合楼建设",
         "建设门诊综合楼1栋，建筑面积2.1万平方米，年内完成主体结构封顶，完成投资8000万元。",
         "韩冬梅", "县卫健局", "/", "2026年12月底", "续建"),
        (18, "一刻钟便民生活圈建设",
         "新建改造社区便民商业网点40个，建设标准化菜市场2个，县城一刻钟便民生活圈覆盖率达到85%以上。",
         "欧阳志远", "县商务局", "县市场监管局、县住建局、城关街道、岚城镇", "2026年11月底", ""),
        (19, "社区嵌入式养老服务设施建设",
         "新建社区嵌入式养老服务站6个、老年助餐点10个，为困难老年人家庭实施适老化改造300户。",
         "韩冬梅", "县民政局", "县卫健局、县住建局、县财政局、城关街道、岚城镇", "2026年10月底", "县十件民生实事"),
        (20, "全民健身中心和口袋公园建设",
         "建成县全民健身中心并对外开放；新建口袋公园8个、健身步道5公里。",
         "韩冬梅\n苏明哲", "县教体局\n县城管局", "县自然资源局、县财政局、城关街道", "2026年10月底", ""),
        (21, "城市公共厕所新建改建",
         "新建改建城市公共厕所20座，推进机关、企事业单位内部厕所对外开放，"
         "实现主要街道500米范围内公厕全覆盖。",
         "苏明哲", "县城管局", "县住建局、县自然资源局、县机关事务服务中心、城关街道", "2026年9月底", ""),
    ]),
    ("四、生态环境治理（5项）", [
        (22, "岚沐河城区段水环境综合治理",
         "实施岚沐河城区段8.2公里河道清淤、生态护岸和截污工程，城区段水质稳定达到Ⅲ类。",
         "杜永强", "县水利局", "市生态环境局岚沐分局、县住建局、县城管局、岚城镇", "2026年12月底", "省级重点项目"),
        (23, "县城污水处理厂提标扩容",
         "污水处理规模由2万吨/日扩建至3.5万吨/日，出水水质由一级B标准提升至一级A标准。",
         "苏明哲", "县住建局", "市生态环境局岚沐分局、县发改局、县城投集团", "2026年12月底", ""),
        (24, "城区扬尘污染防治",
         "严格落实建筑工地“六个百分百”要求，城区主次干道机械化清扫率达到95%以上，"
         "PM10年均浓度同比下降3%。",
         "汪海川", "市生态环境局岚沐分局",
         "县住建局、县城管局、县交通运输局、县自然资源局、县公安局交警大队", "全年", ""),
        (25, "城市绿道和生态廊道建设",
         "新建城市绿道12公里，建成滨河生态廊道一期，县城建成区绿地率达到37%。",
         "杜永强", "县自然资源局", "县城管局、县水利局、县文旅局", "2026年11月底", ""),
        (26, "生活垃圾分类示范片区创建",
         "在城关街道创建生活垃圾分类示范片区1个，公共机构生活垃圾分类全覆盖，"
         "县城生活垃圾回收利用率达到35%以上。",
         "苏明哲", "县城管局", "县发改局、县教体局、县商务局、县机关事务服务中心、城关街道", "2026年12月底", ""),
    ]),
    ("五、城市管理提质（4项）", [
        (27, "城市运行管理服务平台建设",
         "建成县级城市运行管理服务平台，整合市政设施、园林绿化、环境卫生等数据，接入市级平台。",
         "汪海川", "县城管局", "县数据局、县公安局、县住建局、县财政局", "2026年10月底", ""),
        (28, "占道经营和违规停车治理",
         "开展市容秩序专项整治，规范设置临时摊点疏导区6处，依法查处违规停车行为，主要街道通行秩序明显改善。",
         "魏东", "县城管局\n县公安局交警大队", "县市场监管局、城关街道、岚城镇", "全年", ""),
        (29, "违法建设治理",
         "开展违法建设“存量清零、增量零增长”攻坚，年内拆除存量违法建设3.5万平方米。",
         "苏明哲", "县城管局", "县自然资源局、县住建局、城关街道、岚城镇", "2026年12月底", ""),
        (30, "住宅小区物业服务提质",
         "县城住宅小区物业服务覆盖率达到80%以上，建立物业服务质量评价和信用管理制度，"
         "开展“红色物业”示范创建10个。",
         "苏明哲", "县住建局", "县市场监管局、县民政局、城关街道、岚城镇", "2026年12月底", ""),
    ]),
]
NOTE = ("注：1.包抓县领导为该项任务的责任县领导。2.牵头单位为两个的，共同牵头。"
        "3.配合单位栏为“/”的，由牵头单位负责落实。")


# ------------------------------------------------------------ the sheet as flat ODS
def fods():
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')

    def cell(v, st, span=None, num=False):
        v = "" if v is None else str(v)
        extra = ""
        if span:
            extra = f' table:number-columns-spanned="{span}" table:number-rows-spanned="1"'
        if num:
            head = f'<table:table-cell table:style-name="{st}" office:value-type="float" office:value="{v}"{extra}>'
        else:
            head = f'<table:table-cell table:style-name="{st}" office:value-type="string"{extra}>'
        ps = "".join(f"<text:p>{escape(x)}</text:p>" for x in v.split("\n")) if v else ""
        out = head + ps + "</table:table-cell>"
        if not v:
            out = f'<table:table-cell table:style-name="{st}"{extra}/>'
        if span:
            out += f'<table:covered-table-cell table:number-columns-repeated="{span - 1}" table:style-name="{st}"/>'
        return out

    def row(cells, rs="ro"):
        return f'<table:table-row table:style-name="{rs}">' + "".join(cells) + "</table:table-row>"

    font = ('style:font-name="宋体" style:font-name-asian="宋体" fo:font-size="10.5pt" '
            'style:font-size-asian="10.5pt"')
    border = 'fo:border="0.5pt solid #000000"'
    styles = []
    for i, w in enumerate(WIDTHS):
        styles.append(f'<style:style style:name="co{i}" style:family="table-column">'
                      f'<style:table-column-properties style:column-width="{w}cm"/></style:style>')
    styles.append('<style:style style:name="ro" style:family="table-row">'
                  '<style:table-row-properties style:use-optimal-row-height="true"/></style:style>')
    styles.append('<style:style style:name="roT" style:family="table-row">'
                  '<style:table-row-properties style:row-height="1.2cm"/></style:style>')

    def cstyle(name, align, b=True, bold=False, size=None, fn=None, valign="middle"):
        f = font
        if size:
            f = (f'style:font-name="{fn}" style:font-name-asian="{fn}" fo:font-size="{size}" '
                 f'style:font-size-asian="{size}"')
        bd = border if b else ""
        bw = ' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else ""
        styles.append(f'<style:style style:name="{name}" style:family="table-cell">'
                      f'<style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="{valign}" {bd}/>'
                      f'<style:paragraph-properties fo:text-align="{align}"/>'
                      f'<style:text-properties {f}{bw}/></style:style>')

    cstyle("cC", "center")
    cstyle("cL", "start")
    cstyle("cH", "center", bold=True, size="11pt", fn="黑体")
    cstyle("cS", "start", bold=True, size="11pt", fn="黑体")
    cstyle("cF", "start", b=False, size="12pt", fn="黑体")
    cstyle("cT", "center", b=False, size="18pt", fn="方正小标宋简体")
    cstyle("cN", "start", b=False)

    page = ('<office:automatic-styles>'
            '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" '
            'fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.9cm" '
            'fo:margin-bottom="1.9cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm" '
            'style:print-page-order="ttb" style:print="charts drawings objects zero-values"/>'
            '<style:header-style/><style:footer-style><style:header-footer-properties '
            'fo:min-height="0.8cm" fo:margin-top="0.3cm"/></style:footer-style>'
            '</style:page-layout></office:automatic-styles>')
    master = ('<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1">'
              '<style:header style:display="false"/>'
              '<style:footer><style:region-center><text:p>第 <text:page-number>1</text:page-number> 页，共 '
              '<text:page-count>1</text:page-count> 页</text:p></style:region-center></style:footer>'
              '</style:master-page></office:master-styles>')

    rows = []
    rows.append(row([cell("附件", "cF")]))
    rows.append(row([cell(SHEET_TITLE, "cT", span=8)], "roT"))
    header = row([cell(h, "cH") for h in HEADER])
    body = []
    for title, tasks in PARTS:
        body.append(row([cell(title, "cS", span=8)]))
        for t in tasks:
            cs = []
            for i, v in enumerate(t):
                st = "cL" if i == 2 else "cC"
                cs.append(cell(v, st, num=(i == 0)))
            body.append(row(cs))
    body.append(row([cell(NOTE, "cN", span=8)]))

    cols_rest = "".join(f'<table:table-column table:style-name="co{i}" table:default-cell-style-name="cC"/>'
                        for i in range(1, 8))
    doc = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {ns} office:version="1.2" '
           f'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
           f'<office:font-face-decls/>'
           f'<office:styles/>{page.replace("<office:automatic-styles>", "<office:automatic-styles>" + "".join(styles))}'
           f'{master}'
           f'<office:body><office:spreadsheet>'
           f'<table:table table:name="重点任务清单" table:print-ranges="重点任务清单.A1:重点任务清单.H{len(body) + 3}">'
           f'<table:table-header-columns><table:table-column table:style-name="co0" '
           f'table:default-cell-style-name="cC"/></table:table-header-columns>'
           f'{cols_rest}'
           f'{"".join(rows)}'
           f'<table:table-header-rows>{header}</table:table-header-rows>'
           f'{"".join(body)}'
           f'</table:table></office:spreadsheet></office:body></office:document>')
    with open(os.path.join(BUILD, "qingdan.fods"), "w", encoding="utf-8") as f:
        f.write(doc)


# ------------------------------------------------------------ the body in Word
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


def fmt(p, align=None, first_indent=None, line=28.9, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if left is not None:
        pf.left_indent = Pt(left)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, text, font=FS, size=16, bold=False, color=None, **kw):
    p = doc.add_paragraph()
    fmt(p, **kw)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def rule(p, color="E60012", sz=12, side="bottom"):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def page_field(p):
    def r(text=None, fld=None, instr=None):
        run = p.add_run()
        set_font(run, "宋体", 14)
        if fld:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), fld)
            run._r.append(e)
        if instr:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = instr
            run._r.append(e)
        if text:
            run.text = text
    r("— ")
    r(fld="begin")
    r(instr=" PAGE ")
    r(fld="separate")
    r("1")
    r(fld="end")
    r(" —")


def body_docx():
    doc = Document()
    doc.settings.odd_and_even_pages_header_footer = True
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.footer_distance = Cm(2.8)
    fo = sec.footer.paragraphs[0]
    fo.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fo.paragraph_format.right_indent = Pt(14)
    page_field(fo)
    fe = sec.even_page_footer.paragraphs[0]
    fe.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fe.paragraph_format.left_indent = Pt(14)
    page_field(fe)

    para(doc, "", line=20)
    para(doc, ISSUER_MARK, XBS, 23, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, line=40)
    para(doc, "", line=20)
    p = para(doc, WENHAO, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, line=28.9)
    rule(p, sz=18)
    para(doc, "", line=28.9)
    for t in TITLE_LINES:
        para(doc, t, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc, "", line=28.9)
    para(doc, ZHUSONG, FS, 16)
    for item in BODY:
        if item[0] == "p":
            para(doc, item[1], FS, 16, first_indent=32, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        else:
            p = doc.add_paragraph()
            fmt(p, first_indent=32, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            set_font(p.add_run(item[1]), HT, 16)
            set_font(p.add_run(item[2]), FS, 16)
    para(doc, "", line=28.9)
    para(doc, FUJIAN_SHUOMING, FS, 16, first_indent=32)
    para(doc, "", line=28.9)
    para(doc, "", line=28.9)
    para(doc, QIANSHU, FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, line=28.9).paragraph_format.right_indent = Pt(32)
    para(doc, DATE, FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, line=28.9).paragraph_format.right_indent = Pt(64)
    para(doc, "", line=28.9)
    para(doc, FUZHU, FS, 16, first_indent=32)
    # the 版记 on a page of its own (printed after the 附件)
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    for _ in range(14):
        para(doc, "", line=28.9)
    p = para(doc, CHAOSONG, FS, 14, left=14, line=28.9)
    rule(p, color="000000", sz=4, side="top")
    rule(p, color="000000", sz=4, side="bottom")
    p = doc.add_paragraph()
    fmt(p, left=14, line=28.9)
    set_font(p.add_run(YINFA_LEFT), FS, 14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), WD_TAB_ALIGNMENT.RIGHT)
    set_font(p.add_run("\t" + YINFA_RIGHT), FS, 14)
    rule(p, color="000000", sz=8, side="bottom")
    doc.save(os.path.join(BUILD, "body.docx"))


def run(*cmd):
    subprocess.run(cmd, check=True, cwd=BUILD, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    os.makedirs(BUILD, exist_ok=True)
    fods()
    body_docx()
    run("soffice", "--headless", "--convert-to", "pdf", "qingdan.fods")
    run("soffice", "--headless", "--convert-to", "pdf", "body.docx")
    run("pdfseparate", "body.pdf", "body-%d.pdf")
    n = len([f for f in os.listdir(BUILD) if f.startswith("body-") and f.endswith(".pdf")])
    parts = [f"body-{i}.pdf" for i in range(1, n)] + ["qingdan.pdf", f"body-{n}.pdf"]
    run("pdfunite", *parts, NAME + ".pdf")
    run("pdftotext", "-layout", "-enc", "UTF-8", NAME + ".pdf", os.path.join(HERE, NAME + ".txt"))
    print("built", NAME + ".txt")


if __name__ == "__main__":
    main()
