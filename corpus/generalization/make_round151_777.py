#!/usr/bin/env python3
"""Round 151, notice 777: a county task-division notice kept as Word's 单个文件网页 (.mht).

What the notice is
    蔺阳县人民政府办公室 (invented county) red-header notice 蔺政办发〔2025〕6号, 关于印发2025年《政府工作报告》
    重点工作任务分工的通知, dated 2025年3月14日.  The clerk's Word document (portrait cover, a landscape
    section holding the 附件 table, a portrait 版记 page, page numbers in the footer) was saved with
    Word 2016's 另存为 → 单个文件网页 (*.mht; *.mhtml).  The file is therefore a MIME message:
      * headers `MIME-Version: 1.0` / `Content-Type: multipart/related; boundary="----=_NextPart_01DB94BD.B2F9B280"`
        (as Word writes it: no type= parameter; the root is the first part), then Word's Chinese preamble
        “此文档为“单个文件网页”…” in raw GBK bytes;
      * part 1: the document, `Content-Location: file:///C:/B2F9B280/2025fengong.htm`,
        `Content-Transfer-Encoding: quoted-printable`, `Content-Type: text/html; charset="gb2312"`:
        Word's MsoNormal HTML (Office namespaces, DocumentProperties/WordDocument/LatentStyles XML islands,
        the style sheet with its font definitions, `webarch_temp_base_tag`, VML red rule with image fallback,
        `<span lang=EN-US>` around every ASCII run, `<o:p></o:p>`, section breaks) with the 分工 table
        (`<thead>` header row, colspan section rows, the 责任县领导 cell merged down with rowspan, some unit
        cells holding two `<p>` paragraphs).  The HTML is encoded as code page 936 (Word labels it gb2312 but
        writes GBK: the leader 赵堃's 堃 is GBK-only), its lines wrapped by Word at spaces inside tags,
        then quoted-printable with CRLF line ends and soft breaks `=` at 76 columns that fall between the two
        bytes of a character (`=B8=` / `=C3`), and `=3D` for every `=`;
      * header.htm (the footer's PAGE field, QP), image001.png (the red rule, base64), themedata.thmx
        (base64), colorschememapping.xml and filelist.xml (QP), and the closing boundary.

Files written (in the current directory, /work/round151)
    777_linyang_xian_gzbg_renwu_fengong.mht   the notice
    777.tasks.gold.jsonl                        the gold, from the same TASKS list that builds the table

Needs
    Only the Python 3 standard library (zipfile with fixed timestamps for the theme, zlib for the PNG).
    No outside converter; the output is the same bytes on every run.
"""
import base64
import json
import re
import struct
import zipfile
import io
import zlib

NOTICE = "777_linyang_xian_gzbg_renwu_fengong.mht"
GOLD = "777.tasks.gold.jsonl"
HEAD_LEN = 14

BOUNDARY = "----=_NextPart_01DB94BD.B2F9B280"
FOLDER = "file:///C:/B2F9B280/"
STEM = "2025fengong"
FILES = STEM + ".files"

# ----------------------------------------------------------------------------------------------
# The one description of the tasks.  Each section: heading, then tasks
# (text, 责任县领导, 牵头单位, 配合单位, 完成时限).  In unit cells "、" separates units inside one
# paragraph and "\n" starts a new paragraph of the cell (the clerk pressed Enter).
# ----------------------------------------------------------------------------------------------
SECTIONS = [
    ("一、主要预期目标（6项）", [
        ("全县地区生产总值增长6%左右，总量达到268亿元。", "陈志远",
         "县发展和改革局", "县统计局、各乡（镇）人民政府", "2025年12月底"),
        ("一般公共预算收入增长5%，达到14.6亿元，税收占比稳定在70%以上。", "罗建平",
         "县财政局", "国家税务总局蔺阳县税务局", "2025年12月底"),
        ("规模以上工业增加值增长8%以上，工业用电量增长6%。", "吴德胜",
         "县工业和信息化局", "县统计局、蔺阳经济开发区管委会、国网蔺阳县供电公司", "2025年12月底"),
        ("固定资产投资增长7%以上，其中工业投资增长12%、民间投资占比提高2个百分点。", "罗建平",
         "县发展和改革局", "县工业和信息化局、县住房和城乡建设局、县统计局", "2025年12月底"),
        ("社会消费品零售总额增长6.5%，达到103亿元。", "孙晓梅",
         "县商务局", "县统计局、县市场监督管理局", "2025年12月底"),
        ("城乡居民人均可支配收入分别增长5.5%和7%，城镇调查失业率控制在5.5%以内。", "罗建平、何丽萍",
         "县统计局、县人力资源和社会保障局", "县农业农村局", "2025年12月底"),
    ]),
    ("二、扩大有效投资，加快重点项目建设（7项）", [
        ("全年实施省市县重点项目186个，完成年度投资152亿元以上，新开工项目不少于78个。", "罗建平",
         "县发展和改革局", "县自然资源局、县住房和城乡建设局、县行政审批服务局", "2025年12月底"),
        ("积极争取超长期特别国债和中央预算内投资，全年申报项目不少于40个、争取资金9亿元以上。", "罗建平",
         "县发展和改革局", "县财政局", "2025年10月底"),
        ("争取新增地方政府专项债券额度12亿元，重点支持园区基础设施、老旧小区改造和水利等领域。", "罗建平",
         "县财政局", "县发展和改革局", "2025年9月底"),
        ("加快蔺阳至桐峪高速公路蔺阳段建设，年内完成路基工程量的60%，启动国道蔺阳过境段改线工程。", "马俊豪",
         "县交通运输局", "县自然资源局、县林业局、沿线乡（镇）人民政府", "2025年12月底"),
        ("开工建设县城第二水厂及配套管网，新增日供水能力3万吨。", "马俊豪",
         "县水利局", "县住房和城乡建设局\n蔺阳县城市投资发展集团有限公司", "2025年6月底前开工"),
        ("深入开展“招商引资攻坚年”活动，全年签约亿元以上项目45个，实际到位资金110亿元。", "陈志远",
         "县投资促进中心", "县商务局、蔺阳经济开发区管委会、各乡（镇）人民政府", "2025年12月底"),
        ("落实重点项目县级领导包联制度，每月调度、每季度集中观摩，重点项目开工率达到90%以上。", "罗建平",
         "县政府办公室", "县发展和改革局", "持续推进"),
    ]),
    ("三、推动产业转型升级，壮大县域经济（7项）", [
        ("实施工业企业技术改造项目32个，完成技改投资21亿元。", "吴德胜",
         "县工业和信息化局", "县财政局", "2025年12月底"),
        ("新培育规模以上工业企业15家、“专精特新”中小企业5家以上。", "吴德胜",
         "县工业和信息化局", "县市场监督管理局、县科学技术局", "2025年12月底"),
        ("推进蔺阳经济开发区扩区调规，新建标准化厂房12万平方米，亩均税收提高8%。", "吴德胜",
         "蔺阳经济开发区管委会", "县自然资源局、县住房和城乡建设局", "2025年11月底"),
        ("加快新型建材产业园建设，年内3个在建项目建成投产。", "吴德胜",
         "蔺阳经济开发区管委会", "县工业和信息化局", "2025年10月底"),
        ("培育壮大茶叶、中药材、竹木加工三大特色产业，全产业链产值突破60亿元。", "赵堃",
         "县农业农村局", "县林业局、县工业和信息化局、县商务局", "2025年12月底"),
        ("发展电子商务和直播经济，网络零售额增长15%，新建村级电商服务站20个。", "孙晓梅",
         "县商务局", "县供销合作社联合社、中国邮政集团有限公司蔺阳县分公司", "2025年12月底"),
        ("推进全域旅游，创建国家4A级旅游景区1家，全年接待游客520万人次、旅游综合收入48亿元。", "孙晓梅",
         "县文化旅游体育局", "县发展和改革局、县交通运输局、相关乡（镇）人民政府", "2025年12月底"),
    ]),
    ("四、深化改革开放，持续优化营商环境（5项）", [
        ("深化“高效办成一件事”改革，新增集成服务事项12项，政务服务事项网上可办率达到98%。", "秦国栋",
         "县行政审批服务局", "县数据资源管理局", "2025年8月底"),
        ("开展营商环境提升行动，涉企行政检查事项压减20%以上，推行“综合查一次”。", "秦国栋",
         "县发展和改革局", "县司法局、县市场监督管理局", "持续推进"),
        ("稳妥推进县属国有企业整合重组，完成县城投集团市场化转型，压降融资平台2家。", "罗建平",
         "县财政局", "蔺阳县城市投资发展集团有限公司", "2025年12月底"),
        ("不折不扣落实结构性减税降费政策，全年为经营主体减负2.3亿元以上。", "罗建平",
         "国家税务总局蔺阳县税务局", "县财政局", "全年"),
        ("加强政银企对接，全年新增各项贷款25亿元，县域存贷比提高3个百分点。", "罗建平",
         "县金融工作服务中心", "县财政局、各银行业金融机构", "2025年12月底"),
    ]),
    ("五、全面推进乡村振兴（6项）", [
        ("稳定粮食播种面积46.2万亩，粮食总产量保持在16.8万吨以上。", "赵堃",
         "县农业农村局", "各乡（镇）人民政府", "2025年10月底"),
        ("新建高标准农田3.5万亩，整治耕地“非粮化”问题1200亩。", "赵堃",
         "县农业农村局", "县自然资源局、县财政局", "2025年11月底"),
        ("巩固拓展脱贫攻坚成果，守牢不发生规模性返贫致贫底线，脱贫人口人均纯收入增长10%以上。", "赵堃",
         "县农业农村局", "县人力资源和社会保障局、县医疗保障局、县教育体育局", "持续推进"),
        ("实施农村供水保障工程，农村自来水普及率达到93%。", "赵堃",
         "县水利局", "各乡（镇）人民政府", "2025年12月底"),
        ("持续整治农村人居环境，完成农村户厕改造2800户，创建和美乡村示范村15个。", "赵堃",
         "县农业农村局", "县住房和城乡建设局、市生态环境局蔺阳分局、各乡（镇）人民政府", "2025年12月底"),
        ("发展壮大村级集体经济，年经营性收入10万元以上的村占比达到65%。", "赵堃",
         "县农业农村局", "县委组织部、县财政局", "2025年12月底"),
    ]),
    ("六、加强城乡建设和生态环境保护（6项）", [
        ("实施城镇老旧小区改造23个，惠及居民3100户，同步加装电梯40部。", "马俊豪",
         "县住房和城乡建设局", "县财政局、县城市管理局", "2025年11月底"),
        ("推进城市更新，完成县城雨污分流改造管网18公里，新增公共停车泊位1500个。", "马俊豪",
         "县住房和城乡建设局\n县城市管理局", "县发展和改革局", "2025年12月底"),
        ("稳妥化解房地产领域风险，全面完成保交房任务1260套。", "马俊豪",
         "县住房和城乡建设局", "县自然资源局、县金融工作服务中心", "2025年6月底前"),
        ("打好蓝天碧水净土保卫战，PM2.5平均浓度控制在29微克/立方米以内，县控以上断面水质优良比例保持100%。",
         "马俊豪", "市生态环境局蔺阳分局", "县水利局、县农业农村局、县住房和城乡建设局", "2025年12月底"),
        ("完成营造林4.2万亩，森林覆盖率稳定在67.5%以上，全面落实林长制。", "赵堃",
         "县林业局", "各乡（镇）人民政府", "2025年12月底"),
        ("深化安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。", "秦国栋",
         "县应急管理局", "县安全生产委员会各成员单位", "持续推进"),
    ]),
    ("七、着力保障和改善民生（6项）", [
        ("城镇新增就业3200人以上，农村劳动力转移就业新增2000人。", "何丽萍",
         "县人力资源和社会保障局", "县农业农村局、县工业和信息化局", "2025年12月底"),
        ("新建公办幼儿园2所，改扩建义务教育学校5所，新增学位2700个，县第三高级中学秋季开学招生。", "何丽萍",
         "县教育体育局", "县发展和改革局、县财政局、县自然资源局", "2025年8月底"),
        ("推进紧密型县域医共体建设，县人民医院新住院楼投入使用，乡镇卫生院中医馆实现全覆盖。", "何丽萍",
         "县卫生健康局", "县医疗保障局\n县人民医院、县中医院", "2025年9月底"),
        ("城乡居民基本医疗保险参保率稳定在95%以上。", "何丽萍",
         "县医疗保障局", "国家税务总局蔺阳县税务局、各乡（镇）人民政府", "2025年12月底"),
        ("提高城乡低保标准，城市、农村低保标准分别提高到每人每月760元、560元。", "何丽萍",
         "县民政局", "县财政局", "2025年7月底"),
        ("新建社区嵌入式养老服务中心3个、农村互助养老服务点30个。", "何丽萍",
         "县民政局", "各乡（镇）人民政府", "2025年12月底"),
    ]),
    ("八、加强政府自身建设（3项）", [
        ("严格落实政府过紧日子要求，一般性支出压减5%以上，“三公”经费只减不增。", "罗建平",
         "县财政局", "县直各部门", "全年"),
        ("加强审计监督，实现县直部门预算执行审计全覆盖，审计发现问题整改率达到95%以上。", "罗建平",
         "县审计局", "", "2025年12月底"),
        ("认真办理人大代表建议和政协委员提案，按期办复率达到100%。", "陈志远",
         "县政府办公室", "各承办单位", "2025年9月底"),
    ]),
]


def split_units(cell):
    return [u for u in re.split(r"[、\n]", cell) if u]


def build_gold():
    rows = []
    n = 0
    for _, tasks in SECTIONS:
        for text, leader, lead, coop, deadline in tasks:
            n += 1
            lu = split_units(lead)
            cu = split_units(coop)
            rows.append({
                "id": str(n),
                "marker": str(n),
                "head": text[:HEAD_LEN],
                "responsible_units": lu + cu,
                "lead_units": lu,
                "cooperating_units": cu,
                "leaders": [x for x in leader.split("、") if x],
                "deadline": deadline or None,
            })
    return rows


# ----------------------------------------------------------------------------------------------
# Word-style HTML
# ----------------------------------------------------------------------------------------------
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def en_spans(text):
    """Word tags every run of ASCII characters inside Chinese text with lang=EN-US."""
    out = []
    for part in re.split(r"([\x21-\x7e][\x20-\x7e]*[\x21-\x7e]|[\x21-\x7e])", text):
        if not part:
            continue
        if re.match(r"[\x21-\x7e]", part):
            out.append("<span lang=EN-US>%s</span>" % esc(part))
        else:
            out.append(esc(part))
    return "".join(out)


def wrap(line, indent="", width=78):
    """Word breaks long HTML lines at spaces inside tags; Chinese text is never broken."""
    cands = []
    in_tag = False
    for i, ch in enumerate(line):
        if ch == "<":
            in_tag = True
        elif ch == ">":
            in_tag = False
        elif ch == " " and in_tag:
            cands.append(i)
    out = []
    start = 0
    first = True
    while True:
        pre = "" if first else indent
        if len(pre) + len(line) - start <= width:
            break
        fit = [p for p in cands if p > start and len(pre) + p - start <= width]
        if fit:
            p = fit[-1]
        else:
            later = [p for p in cands if p > start]
            if not later:
                break
            p = later[0]
        out.append(pre + line[start:p])
        start = p + 1
        first = False
    out.append(("" if first else indent) + line[start:])
    return out


class Doc:
    def __init__(self):
        self.lines = []

    def raw(self, s=""):
        self.lines.extend(s.split("\n"))

    def w(self, s, indent=""):
        self.lines.extend(wrap(indent + s, indent))

    def text(self):
        return "\r\n".join(self.lines) + "\r\n"


FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"


def para(doc, inner, style, cls="MsoNormal", align=None, indent=""):
    a = " align=%s" % align if align else ""
    doc.w("<p class=%s%s style='%s'>%s</p>" % (cls, a, style, inner), indent)


def run(text, size, font, extra=""):
    return ("<span style='font-size:%s;font-family:%s;mso-hansi-font-family:%s%s'>%s"
            "<span lang=EN-US><o:p></o:p></span></span>" % (size, font, "宋体" if font != FS else FS,
                                                           extra, en_spans(text)))


BODY_P = "text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly"


def body_para(doc, text, lead=None):
    if lead:
        inner = ("<span style='font-size:16.0pt;font-family:%s;mso-hansi-font-family:宋体'>%s</span>"
                 "<span style='font-size:16.0pt;font-family:%s'>%s<span lang=EN-US><o:p></o:p></span>"
                 "</span>" % (HT, en_spans(lead), FS, en_spans(text)))
    else:
        inner = ("<span style='font-size:16.0pt;font-family:%s'>%s<span lang=EN-US><o:p></o:p></span>"
                 "</span>" % (FS, en_spans(text)))
    para(doc, inner, BODY_P)


def empty_para(doc, size="16.0pt"):
    doc.w("<p class=MsoNormal style='line-height:28.0pt;mso-line-height-rule:exactly'><span lang=EN-US "
          "style='font-size:%s;font-family:%s'><o:p>&nbsp;</o:p></span></p>" % (size, FS))


HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<base href="@FOLDER@@STEM@.htm">
<link rel=File-List href="@FILES@/filelist.xml">
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Administrator</o:Author>
  <o:LastAuthor>lenovo</o:LastAuthor>
  <o:Revision>7</o:Revision>
  <o:TotalTime>96</o:TotalTime>
  <o:LastPrinted>2025-03-14T01:58:00Z</o:LastPrinted>
  <o:Created>2025-03-12T02:16:00Z</o:Created>
  <o:LastSaved>2025-03-14T08:47:00Z</o:LastSaved>
  <o:Pages>9</o:Pages>
  <o:Words>1046</o:Words>
  <o:Characters>5968</o:Characters>
  <o:Company>Microsoft</o:Company>
  <o:Lines>49</o:Lines>
  <o:Paragraphs>14</o:Paragraphs>
  <o:CharactersWithSpaces>7000</o:CharactersWithSpaces>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<link rel=themeData href="@FILES@/themedata.thmx">
<link rel=colorSchemeMapping href="@FILES@/colorschememapping.xml">
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:DrawingGridHorizontalSpacing>7.9 磅</w:DrawingGridHorizontalSpacing>
  <w:DrawingGridVerticalSpacing>14.45 磅</w:DrawingGridVerticalSpacing>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>EN-US</w:LidThemeOther>
  <w:LidThemeAsian>ZH-CN</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
  <w:Compatibility>
   <w:SpaceForUL/>
   <w:BalanceSingleByteDoubleByteWidth/>
   <w:DoNotLeaveBackslashAlone/>
   <w:ULTrailSpace/>
   <w:DoNotExpandShiftReturn/>
   <w:AdjustLineHeightInTable/>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
   <w:UseAsianBreakRules/>
   <w:DontGrowAutofit/>
   <w:SplitPgBreakAndParaMark/>
   <w:EnableOpenTypeKerning/>
   <w:DontFlipMirrorIndents/>
   <w:OverrideTableStyleHps/>
   <w:UseFELayout/>
  </w:Compatibility>
  <w:NoLineBreaksAfter Lang="ZH-CN">$([{£¥·‘“〈《「『【〔〖（．［｛￡￥</w:NoLineBreaksAfter>
  <w:NoLineBreaksBefore Lang="ZH-CN">!%),.:;>?]}¢¨°·ˇˉ―‖’”…‰′″›℃∶、。〃〉》」』】〕〗〞︶︺︾﹀﹄﹚﹜﹞！＂％＇），．：；？］｀｜｝～￠</w:NoLineBreaksBefore>
  <m:mathPr>
   <m:mathFont m:val="Cambria Math"/>
   <m:brkBin m:val="before"/>
   <m:brkBinSub m:val="&#45;-"/>
   <m:smallFrac m:val="off"/>
   <m:dispDef/>
   <m:lMargin m:val="0"/>
   <m:rMargin m:val="0"/>
   <m:defJc m:val="centerGroup"/>
   <m:wrapIndent m:val="1440"/>
   <m:intLim m:val="subSup"/>
   <m:naryLim m:val="undOvr"/>
  </m:mathPr></w:WordDocument>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="false"
  DefSemiHidden="false" DefQFormat="false" DefPriority="99"
  LatentStyleCount="376">
  <w:LsdException Locked="false" Priority="0" QFormat="true" Name="Normal"/>
  <w:LsdException Locked="false" Priority="9" QFormat="true" Name="heading 1"/>
  <w:LsdException Locked="false" Priority="9" SemiHidden="true"
   UnhideWhenUsed="true" QFormat="true" Name="heading 2"/>
  <w:LsdException Locked="false" Priority="9" SemiHidden="true"
   UnhideWhenUsed="true" QFormat="true" Name="heading 3"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="header"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="footer"/>
  <w:LsdException Locked="false" Priority="35" SemiHidden="true"
   UnhideWhenUsed="true" QFormat="true" Name="caption"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="page number"/>
  <w:LsdException Locked="false" Priority="10" QFormat="true" Name="Title"/>
  <w:LsdException Locked="false" Priority="1" SemiHidden="true"
   UnhideWhenUsed="true" Name="Default Paragraph Font"/>
  <w:LsdException Locked="false" Priority="11" QFormat="true" Name="Subtitle"/>
  <w:LsdException Locked="false" Priority="22" QFormat="true" Name="Strong"/>
  <w:LsdException Locked="false" Priority="20" QFormat="true" Name="Emphasis"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Normal (Web)"/>
  <w:LsdException Locked="false" Priority="39" Name="Table Grid"/>
  <w:LsdException Locked="false" Priority="34" QFormat="true"
   Name="List Paragraph"/>
 </w:LatentStyles>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-alt:SimSun;
	mso-font-charset:134;
	mso-generic-font-family:auto;
	mso-font-pitch:variable;
	mso-font-signature:3 680460288 22 0 262145 0;}
@font-face
	{font-family:黑体;
	panose-1:2 1 6 9 6 1 1 1 1 1;
	mso-font-alt:SimHei;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:-2147482945 953122042 22 0 262159 0;}
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:roman;
	mso-font-pitch:variable;
	mso-font-signature:-536869121 1107305727 33554432 0 415 0;}
@font-face
	{font-family:仿宋_GB2312;
	mso-font-alt:仿宋;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}
@font-face
	{font-family:方正小标宋简体;
	mso-font-alt:宋体;
	mso-font-charset:134;
	mso-generic-font-family:script;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}
@font-face
	{font-family:楷体_GB2312;
	mso-font-alt:楷体;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}
@font-face
	{font-family:"\\@宋体";
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-charset:134;
	mso-generic-font-family:auto;
	mso-font-pitch:variable;
	mso-font-signature:3 680460288 22 0 262145 0;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	margin-bottom:.0001pt;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.5pt;
	mso-bidi-font-size:12.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:宋体;
	mso-font-kerning:1.0pt;}
p.MsoHeader, li.MsoHeader, div.MsoHeader
	{mso-style-unhide:no;
	mso-style-link:"页眉 字符";
	margin:0cm;
	margin-bottom:.0001pt;
	text-align:center;
	mso-pagination:none;
	tab-stops:center 207.65pt right 415.3pt;
	layout-grid-mode:char;
	border:none;
	mso-border-bottom-alt:solid windowtext .75pt;
	padding:0cm;
	mso-padding-alt:0cm 0cm 1.0pt 0cm;
	font-size:9.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:宋体;
	mso-font-kerning:1.0pt;}
p.MsoFooter, li.MsoFooter, div.MsoFooter
	{mso-style-unhide:no;
	mso-style-link:"页脚 字符";
	margin:0cm;
	margin-bottom:.0001pt;
	mso-pagination:none;
	tab-stops:center 207.65pt right 415.3pt;
	layout-grid-mode:char;
	font-size:9.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:宋体;
	mso-font-kerning:1.0pt;}
span.a
	{mso-style-name:"页眉 字符";
	mso-style-unhide:no;
	mso-style-locked:yes;
	mso-style-link:页眉;
	mso-ansi-font-size:9.0pt;
	mso-bidi-font-size:9.0pt;
	mso-font-kerning:1.0pt;}
span.a0
	{mso-style-name:"页脚 字符";
	mso-style-unhide:no;
	mso-style-locked:yes;
	mso-style-link:页脚;
	mso-ansi-font-size:9.0pt;
	mso-bidi-font-size:9.0pt;
	mso-font-kerning:1.0pt;}
.MsoChpDefault
	{mso-style-type:export-only;
	mso-default-props:yes;
	font-size:10.0pt;
	mso-ansi-font-size:10.0pt;
	mso-bidi-font-size:10.0pt;
	mso-ascii-font-family:"Times New Roman";
	mso-hansi-font-family:"Times New Roman";
	mso-font-kerning:0pt;}
 /* Page Definitions */
 @page
	{mso-page-border-surround-header:no;
	mso-page-border-surround-footer:no;
	mso-footnote-separator:url("@FILES@/header.htm") fs;
	mso-footnote-continuation-separator:url("@FILES@/header.htm") fcs;
	mso-endnote-separator:url("@FILES@/header.htm") es;
	mso-endnote-continuation-separator:url("@FILES@/header.htm") ecs;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:104.9pt 73.7pt 87.9pt 79.4pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-even-footer:url("@FILES@/header.htm") ef1;
	mso-footer:url("@FILES@/header.htm") f1;
	mso-page-numbers:1;
	mso-title-page:yes;
	mso-first-footer:url("@FILES@/header.htm") ff1;
	layout-grid:28.95pt;}
div.WordSection1
	{page:WordSection1;}
@page WordSection2
	{size:841.9pt 595.3pt;
	mso-page-orientation:landscape;
	margin:79.4pt 73.7pt 73.7pt 79.4pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-even-footer:url("@FILES@/header.htm") ef1;
	mso-footer:url("@FILES@/header.htm") f1;
	layout-grid:15.6pt;}
div.WordSection2
	{page:WordSection2;}
@page WordSection3
	{size:595.3pt 841.9pt;
	margin:104.9pt 73.7pt 87.9pt 79.4pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-even-footer:url("@FILES@/header.htm") ef1;
	mso-footer:url("@FILES@/header.htm") f1;
	layout-grid:28.95pt;}
div.WordSection3
	{page:WordSection3;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:普通表格;
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin:0cm;
	mso-para-margin-bottom:.0001pt;
	mso-pagination:widow-orphan;
	font-size:10.0pt;
	font-family:"Times New Roman",serif;}
table.MsoTableGrid
	{mso-style-name:网格型;
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-unhide:no;
	border:solid windowtext 1.0pt;
	mso-border-alt:solid windowtext .5pt;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-border-insideh:.5pt solid windowtext;
	mso-border-insidev:.5pt solid windowtext;
	mso-para-margin:0cm;
	mso-para-margin-bottom:.0001pt;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.0pt;
	font-family:"Times New Roman",serif;}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="2050"/>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="2"/>
 </o:shapelayout></xml><![endif]-->
</head>
"""


def build_html():
    d = Doc()
    head = HEAD.replace("@FOLDER@", FOLDER).replace("@STEM@", STEM).replace("@FILES@", FILES)
    # Word puts its MHT base tag behind an IE conditional
    head = head.replace('<base href="%s%s.htm">' % (FOLDER, STEM),
                        '<![if IE]>\n<base href="%s%s.htm"\nid="webarch_temp_base_tag">\n<![endif]>'
                        % (FOLDER, STEM))
    d.raw(head.rstrip("\n"))
    d.raw("")
    d.raw("<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>")
    d.raw("")
    d.raw("<div class=WordSection1 style='layout-grid:28.95pt'>")
    d.raw("")
    # 版头
    empty_para(d)
    d.w("<p class=MsoNormal align=center style='text-align:center;line-height:60.0pt;mso-line-height-rule:"
        "exactly'><b style='mso-bidi-font-weight:normal'><span style='font-size:48.0pt;font-family:%s;"
        "mso-hansi-font-family:宋体;color:red;letter-spacing:-2.0pt;mso-font-width:80%%'>蔺阳县人民政府办公室文件"
        "<span lang=EN-US><o:p></o:p></span></span></b></p>" % XBS)
    empty_para(d)
    d.w("<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;mso-line-height-rule:"
        "exactly'><span style='font-size:16.0pt;font-family:%s'>蔺政办发〔<span lang=EN-US>2025</span>〕"
        "<span lang=EN-US>6</span>号<span lang=EN-US><o:p></o:p></span></span></p>" % FS)
    # red rule: VML line with its image fallback
    d.w("<p class=MsoNormal style='line-height:28.0pt;mso-line-height-rule:exactly'><!--[if gte vml 1]>"
        "<v:line id=\"直接连接符_x0020_2\" o:spid=\"_x0000_s2050\" style='position:absolute;left:0;"
        "text-align:left;z-index:251659264;visibility:visible;mso-wrap-style:square;"
        "mso-wrap-distance-left:9pt;mso-wrap-distance-top:0;mso-wrap-distance-right:9pt;"
        "mso-wrap-distance-bottom:0;mso-position-horizontal:absolute;mso-position-horizontal-relative:text;"
        "mso-position-vertical:absolute;mso-position-vertical-relative:text' from=\"0,6.2pt\" "
        "to=\"442.2pt,6.2pt\" o:gfxdata=\"\" strokecolor=\"red\" strokeweight=\"2.25pt\"/><![endif]-->"
        "<![if !vml]><span style='mso-ignore:vglayout;position:absolute;z-index:251659264;left:0px;"
        "margin-left:-2px;margin-top:6px;width:594px;height:4px'><img width=594 height=4 "
        "src=\"%s/image001.png\" v:shapes=\"直接连接符_x0020_2\"></span><![endif]><span lang=EN-US "
        "style='font-size:16.0pt;font-family:%s'><o:p>&nbsp;</o:p></span></p>" % (FILES, FS))
    empty_para(d)
    d.w("<p class=MsoNormal align=center style='text-align:center;line-height:36.0pt;mso-line-height-rule:"
        "exactly'><span style='font-size:22.0pt;font-family:%s;mso-hansi-font-family:宋体'>"
        "蔺阳县人民政府办公室关于印发<span lang=EN-US>2025</span>年<span lang=EN-US><o:p></o:p></span>"
        "</span></p>" % XBS)
    d.w("<p class=MsoNormal align=center style='text-align:center;line-height:36.0pt;mso-line-height-rule:"
        "exactly'><span style='font-size:22.0pt;font-family:%s;mso-hansi-font-family:宋体'>"
        "《政府工作报告》重点工作任务分工的通知<span lang=EN-US><o:p></o:p></span></span></p>" % XBS)
    empty_para(d)
    para(d, "<span style='font-size:16.0pt;font-family:%s'>各乡（镇）人民政府，县政府各部门，各直属机构："
         "<span lang=EN-US><o:p></o:p></span></span>" % FS,
         "line-height:28.0pt;mso-line-height-rule:exactly")
    body_para(d, "《政府工作报告》已经县第十八届人民代表大会第五次会议审议通过。为确保报告确定的各项目标任务落到实处，"
                 "经县人民政府同意，现将《政府工作报告》重点工作任务分工印发给你们，并就有关事项通知如下：")
    body_para(d, "责任县领导要加强对分管领域重点工作的统筹调度，定期听取工作汇报，协调解决推进中的困难和问题。牵头单位"
                 "要切实履行牵头职责，于3月31日前制定具体工作方案，"
                 "细化工作措施，明确时间节点和责任人；配合单位要主动对接、密切配合，形成工作合力。",
              lead="一、压实工作责任。")
    body_para(d, "各项任务落实情况纳入县政府年度督查计划，实行台账管理、跟踪督办、销号管理。各牵头单位于每季度末月"
                 "25日前将工作进展情况（含配合单位工作情况）报送县政府督查室，全年工作总结于12月10日前报送。"
                 "联系电话：6823105，电子邮箱：lyxdcs@163.com。",
              lead="二、强化督查问效。")
    body_para(d, "对推进缓慢、工作不力的，县政府将视情况予以通报、约谈；落实情况作为年度目标绩效考核的重要内容。"
                 "工作推进中遇到重大问题，要及时向责任县领导和县政府报告。",
              lead="三、严格考核问责。")
    empty_para(d)
    para(d, "<span style='font-size:16.0pt;font-family:%s'>附件：<span lang=EN-US>2025</span>年《政府工作报告》"
            "重点工作任务分工<span lang=EN-US><o:p></o:p></span></span>" % FS, BODY_P)
    empty_para(d)
    empty_para(d)
    para(d, "<span lang=EN-US style='font-size:16.0pt;font-family:%s'><span style='mso-spacerun:yes'>"
            "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
            "&nbsp;&nbsp;&nbsp;&nbsp; </span></span><span style='font-size:16.0pt;font-family:%s'>"
            "蔺阳县人民政府办公室<span lang=EN-US><o:p></o:p></span></span>" % (FS, FS),
         "margin-right:16.0pt;line-height:28.0pt;mso-line-height-rule:exactly", align="right")
    para(d, "<span lang=EN-US style='font-size:16.0pt;font-family:%s'>2025</span><span style='font-size:"
            "16.0pt;font-family:%s'>年<span lang=EN-US>3</span>月<span lang=EN-US>14</span>日<span "
            "lang=EN-US><o:p></o:p></span></span>" % (FS, FS),
         "margin-right:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly", align="right")
    empty_para(d)
    para(d, "<span style='font-size:16.0pt;font-family:%s'>（此件公开发布）<span lang=EN-US><o:p></o:p>"
            "</span></span>" % FS, BODY_P)
    d.raw("")
    d.raw("</div>")
    d.raw("")
    d.w("<span lang=EN-US style='font-size:16.0pt;font-family:%s;mso-fareast-font-family:%s;"
        "mso-font-kerning:1.0pt;mso-ansi-language:EN-US;mso-fareast-language:ZH-CN;mso-bidi-language:AR-SA'>"
        "<br clear=all style='page-break-before:always;mso-break-type:section-break'>" % (FS, FS))
    d.raw("</span>")
    d.raw("")
    d.raw("<div class=WordSection2 style='layout-grid:15.6pt'>")
    d.raw("")
    para(d, "<span style='font-size:16.0pt;font-family:%s;mso-hansi-font-family:宋体'>附件<span lang=EN-US>"
            "<o:p></o:p></span></span>" % HT, "line-height:28.0pt;mso-line-height-rule:exactly")
    empty_para(d)
    d.w("<p class=MsoNormal align=center style='text-align:center;line-height:32.0pt;mso-line-height-rule:"
        "exactly'><span lang=EN-US style='font-size:22.0pt;font-family:%s;mso-hansi-font-family:宋体'>2025"
        "</span><span style='font-size:22.0pt;font-family:%s;mso-hansi-font-family:宋体'>年《政府工作报告》"
        "重点工作任务分工<span lang=EN-US><o:p></o:p></span></span></p>" % (XBS, XBS))
    empty_para(d, "12.0pt")
    build_table(d)
    empty_para(d, "12.0pt")
    d.raw("")
    d.raw("</div>")
    d.raw("")
    d.w("<span lang=EN-US style='font-size:12.0pt;font-family:%s;mso-fareast-font-family:%s;"
        "mso-font-kerning:1.0pt;mso-ansi-language:EN-US;mso-fareast-language:ZH-CN;mso-bidi-language:AR-SA'>"
        "<br clear=all style='page-break-before:always;mso-break-type:section-break'>" % (FS, FS))
    d.raw("</span>")
    d.raw("")
    d.raw("<div class=WordSection3 style='layout-grid:28.95pt'>")
    d.raw("")
    for _ in range(14):
        empty_para(d)
    # 版记: 抄送 and 印发 between two rules drawn as paragraph borders
    para(d, "<span style='font-size:14.0pt;font-family:%s'>抄送：县委办公室，县人大常委会办公室，县政协办公室，"
            "县纪委监委，县法院，县检察院。<span lang=EN-US><o:p></o:p></span></span>" % FS,
         "margin-left:14.0pt;margin-right:14.0pt;line-height:28.0pt;mso-line-height-rule:exactly;border:none;"
         "mso-border-top-alt:solid windowtext .75pt;mso-border-bottom-alt:solid windowtext .5pt;"
         "padding:0cm;mso-padding-alt:1.0pt 0cm 1.0pt 0cm")
    para(d, "<span style='font-size:14.0pt;font-family:%s'>蔺阳县人民政府办公室<span lang=EN-US><span "
            "style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
            "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>2025</span>年"
            "<span lang=EN-US>3</span>月<span lang=EN-US>14</span>日印发<span lang=EN-US><o:p></o:p></span>"
            "</span>" % FS,
         "margin-left:14.0pt;margin-right:14.0pt;line-height:28.0pt;mso-line-height-rule:exactly;"
         "tab-stops:right 413.0pt;border:none;mso-border-bottom-alt:solid windowtext .75pt;padding:0cm;"
         "mso-padding-alt:0cm 0cm 1.0pt 0cm")
    d.raw("")
    d.raw("</div>")
    d.raw("")
    d.raw("</body>")
    d.raw("")
    d.raw("</html>")
    return d.text()


COLS = [("序号", 38.0), ("重点工作任务", 272.0), ("责任县领导", 62.0), ("牵头单位", 112.0),
        ("配合单位", 150.0), ("完成时限", 62.0)]
CELL_P = "line-height:16.0pt;mso-line-height-rule:exactly"


def td(d, i_col, paras, height, first_row=False, rowspan=1, colspan=1, align="center", font=FS,
       width=None, bold=False):
    wpt = width if width is not None else COLS[i_col][1]
    border = ("border:solid windowtext 1.0pt;" if (first_row and i_col == 0) else
              "border:solid windowtext 1.0pt;border-left:none;" if first_row else
              "border:solid windowtext 1.0pt;border-top:none;" if i_col == 0 else
              "border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;"
              "border-right:solid windowtext 1.0pt;")
    alt = ("mso-border-alt:solid windowtext .5pt;" if (first_row and i_col == 0) else
           "mso-border-left-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;" if first_row else
           "mso-border-top-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;" if i_col == 0 else
           "mso-border-top-alt:solid windowtext .5pt;mso-border-left-alt:solid windowtext .5pt;"
           "mso-border-alt:solid windowtext .5pt;")
    span = ""
    if colspan > 1:
        span += " colspan=%d" % colspan
    if rowspan > 1:
        span += " rowspan=%d" % rowspan
    d.w("<td width=%d%s style='width:%.1fpt;%s%spadding:0cm 5.4pt 0cm 5.4pt;height:%s'>"
        % (round(wpt * 4 / 3), span, wpt, border, alt, height), "  ")
    for p in paras:
        a = "" if align == "justify" else " align=%s" % align
        st = CELL_P if align == "justify" else "text-align:%s;%s" % (align, CELL_P)
        if p:
            inner = ("<span style='font-size:12.0pt;font-family:%s;mso-hansi-font-family:%s'>%s"
                     "<span lang=EN-US><o:p></o:p></span></span>" % (font, "宋体" if font != FS else FS,
                                                                    en_spans(p)))
        else:
            inner = ("<span lang=EN-US style='font-size:12.0pt;font-family:%s'><o:p>&nbsp;</o:p></span>"
                     % font)
        if bold:
            inner = "<b style='mso-bidi-font-weight:normal'>%s</b>" % inner
        d.w("<p class=MsoNormal%s style='%s'>%s</p>" % (a, st, inner), "  ")
    d.raw("  </td>")


def build_table(d):
    total = sum(w for _, w in COLS)
    d.w("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 width=%d style='width:%.1fpt;"
        "border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;"
        "mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>" % (round(total * 4 / 3), total))
    irow = 0
    d.raw(" <thead>")
    d.w("<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes;page-break-inside:avoid;height:28.35pt'>", " ")
    for i, (name, _) in enumerate(COLS):
        td(d, i, [name], "28.35pt", first_row=True, font=HT)
    d.raw(" </tr>")
    d.raw(" </thead>")
    n = 0
    nsec = len(SECTIONS)
    for si, (heading, tasks) in enumerate(SECTIONS):
        irow += 1
        d.w("<tr style='mso-yfti-irow:%d;page-break-inside:avoid;height:22.7pt'>" % irow, " ")
        td(d, 0, [heading], "22.7pt", colspan=6, align="justify", font=HT, width=total)
        d.raw(" </tr>")
        # leader cell merged down over consecutive rows with the same leader(s)
        spans = []
        k = 0
        while k < len(tasks):
            j = k
            while j + 1 < len(tasks) and tasks[j + 1][1] == tasks[k][1]:
                j += 1
            spans.append((k, j - k + 1))
            k = j + 1
        span_at = dict(spans)
        for ti, (text, leader, lead, coop, deadline) in enumerate(tasks):
            n += 1
            irow += 1
            last = si == nsec - 1 and ti == len(tasks) - 1
            h = "%.1fpt" % (34.0 if len(text) < 40 else 50.0)
            d.w("<tr style='mso-yfti-irow:%d;%spage-break-inside:avoid;height:%s'>"
                % (irow, "mso-yfti-lastrow:yes;" if last else "", h), " ")
            td(d, 0, [str(n)], h)
            td(d, 1, [text], h, align="justify")
            if ti in span_at:
                td(d, 2, [leader], h, rowspan=span_at[ti])
            td(d, 3, lead.split("\n"), h)
            td(d, 4, coop.split("\n") if coop else [""], h)
            td(d, 5, [deadline], h)
            d.raw(" </tr>")
    d.raw("</table>")


HEADER_HTM = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<![if IE]>
<base href="@FOLDER@@FILES@/header.htm"
id="webarch_temp_base_tag">
<![endif]>
<link id=Main-File rel=Main-File href="../@STEM@.htm">
</head>

<body lang=ZH-CN>

<div style='mso-element:footnote-separator' id=fs>

<p class=MsoNormal><span lang=EN-US><span style='mso-special-character:footnote-separator'><![if !supportFootnotes]>

<hr align=left size=1 width="33%">

<![endif]></span></span></p>

</div>

<div style='mso-element:footnote-continuation-separator' id=fcs>

<p class=MsoNormal><span lang=EN-US><span style='mso-special-character:footnote-continuation-separator'><![if !supportFootnotes]>

<hr align=left size=1>

<![endif]></span></span></p>

</div>

<div style='mso-element:endnote-separator' id=es>

<p class=MsoNormal><span lang=EN-US><span style='mso-special-character:footnote-separator'><![if !supportFootnotes]>

<hr align=left size=1 width="33%">

<![endif]></span></span></p>

</div>

<div style='mso-element:endnote-continuation-separator' id=ecs>

<p class=MsoNormal><span lang=EN-US><span style='mso-special-character:footnote-continuation-separator'><![if !supportFootnotes]>

<hr align=left size=1>

<![endif]></span></span></p>

</div>

<div style='mso-element:footer' id=ef1>

<p class=MsoFooter style='margin-left:10.5pt;mso-para-margin-left:1.0gd'><span style='font-size:14.0pt;font-family:宋体;mso-ascii-font-family:"Times New Roman";mso-hansi-font-family:"Times New Roman"'>— </span><!--[if supportFields]><span lang=EN-US style='font-size:14.0pt'><span style='mso-element:field-begin'></span><span style='mso-spacerun:yes'>&nbsp;</span>PAGE<span style='mso-spacerun:yes'>&nbsp;&nbsp; </span>\\* MERGEFORMAT <span style='mso-element:field-separator'></span></span><![endif]--><span lang=EN-US style='font-size:14.0pt;mso-no-proof:yes'>2</span><!--[if supportFields]><span lang=EN-US style='font-size:14.0pt'><span style='mso-element:field-end'></span></span><![endif]--><span style='font-size:14.0pt;font-family:宋体;mso-ascii-font-family:"Times New Roman";mso-hansi-font-family:"Times New Roman"'> —</span><span lang=EN-US style='font-size:14.0pt'><o:p></o:p></span></p>

</div>

<div style='mso-element:footer' id=f1>

<p class=MsoFooter align=right style='margin-right:10.5pt;mso-para-margin-right:1.0gd;text-align:right'><span style='font-size:14.0pt;font-family:宋体;mso-ascii-font-family:"Times New Roman";mso-hansi-font-family:"Times New Roman"'>— </span><!--[if supportFields]><span lang=EN-US style='font-size:14.0pt'><span style='mso-element:field-begin'></span><span style='mso-spacerun:yes'>&nbsp;</span>PAGE<span style='mso-spacerun:yes'>&nbsp;&nbsp; </span>\\* MERGEFORMAT <span style='mso-element:field-separator'></span></span><![endif]--><span lang=EN-US style='font-size:14.0pt;mso-no-proof:yes'>3</span><!--[if supportFields]><span lang=EN-US style='font-size:14.0pt'><span style='mso-element:field-end'></span></span><![endif]--><span style='font-size:14.0pt;font-family:宋体;mso-ascii-font-family:"Times New Roman";mso-hansi-font-family:"Times New Roman"'> —</span><span lang=EN-US style='font-size:14.0pt'><o:p></o:p></span></p>

</div>

<div style='mso-element:footer' id=ff1>

<p class=MsoFooter><span lang=EN-US><o:p>&nbsp;</o:p></span></p>

</div>

</body>

</html>
"""

COLORMAP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<a:clrMap xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" bg1="lt1" tx1="dk1" '
            'bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" '
            'accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>')

FILELIST = """<xml xmlns:o="urn:schemas-microsoft-com:office:office">
 <o:MainFile HRef="../@STEM@.htm"/>
 <o:File HRef="image001.png"/>
 <o:File HRef="header.htm"/>
 <o:File HRef="themedata.thmx"/>
 <o:File HRef="colorschememapping.xml"/>
 <o:File HRef="filelist.xml"/>
</xml>"""

THEME_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
             '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office 主题">'
             '<a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/>'
             '</a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/>'
             '</a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1>'
             '<a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3>'
             '<a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5>'
             '<a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink>'
             '<a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme><a:fontScheme name="Office">'
             '<a:majorFont><a:latin typeface="Calibri Light" panose="020F0302020204030204"/><a:ea typeface=""/>'
             '<a:cs typeface=""/><a:font script="Hans" typeface="等线 Light"/></a:majorFont><a:minorFont>'
             '<a:latin typeface="Calibri" panose="020F0502020204030204"/><a:ea typeface=""/><a:cs typeface=""/>'
             '<a:font script="Hans" typeface="等线"/></a:minorFont></a:fontScheme><a:fmtScheme name="Office">'
             '<a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>'
             '<a:lnStyleLst><a:ln w="6350" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr '
             'val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln></a:lnStyleLst>'
             '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>'
             '<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst>'
             '</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>')

CT_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/theme/theme/theme1.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/></Types>')

RELS_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'theme" Target="theme/theme/theme1.xml"/></Relationships>')


def theme_bytes():
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", CT_XML), ("_rels/.rels", RELS_XML),
                           ("theme/theme/theme1.xml", THEME_XML)):
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0
            z.writestr(zi, data.encode("utf-8"))
    return bio.getvalue()


def png_bytes(w=594, h=4):
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xffffffff)
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"sRGB", b"\x00") + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ----------------------------------------------------------------------------------------------
# MIME writing, as Word does it
# ----------------------------------------------------------------------------------------------
def qp(data):
    """Quoted-printable as Word writes it: every byte above 0x7E and '=' escaped, hard CRLF kept,
    soft breaks '=' so that no line exceeds 76 columns (a break may fall between the two bytes of
    a GBK character, never inside one =XX)."""
    out = []
    for line in data.split(b"\r\n"):
        toks = []
        for i, b in enumerate(line):
            if b == 0x3D or b > 0x7E or (b < 0x20 and b != 0x09):
                toks.append("=%02X" % b)
            elif b in (0x20, 0x09) and i == len(line) - 1:
                toks.append("=%02X" % b)
            else:
                toks.append(chr(b))
        cur = ""
        for k, t in enumerate(toks):
            rest = "".join(toks[k:])
            if len(cur) + len(rest) <= 76:
                cur += rest
                break
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return "\r\n".join(out)


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


PREAMBLE = ("此文档为“单个文件网页”，也称为“Web 档案”文件。如果您看到此消息，但是您的浏览器或编辑器不支持“Web 档案”"
            "文件。请下载支持“Web 档案”的浏览器，如 Microsoft Internet Explorer。")


def build_mht():
    html = build_html().encode("gbk", "xmlcharrefreplace")
    hdr = HEADER_HTM.replace("@FOLDER@", FOLDER).replace("@FILES@", FILES).replace("@STEM@", STEM)
    hdr = "\r\n".join(hdr.split("\n")).encode("gbk")
    parts = [
        (FOLDER + STEM + ".htm", "quoted-printable", 'text/html; charset="gb2312"', qp(html)),
        (FOLDER + FILES + "/image001.png", "base64", "image/png", b64(png_bytes())),
        (FOLDER + FILES + "/header.htm", "quoted-printable", 'text/html; charset="gb2312"', qp(hdr)),
        (FOLDER + FILES + "/themedata.thmx", "base64", "application/vnd.ms-officetheme", b64(theme_bytes())),
        (FOLDER + FILES + "/colorschememapping.xml", "quoted-printable", "text/xml",
         qp(COLORMAP.encode("utf-8"))),
        (FOLDER + FILES + "/filelist.xml", "quoted-printable", 'text/xml; charset="utf-8"',
         qp("\r\n".join(FILELIST.replace("@STEM@", STEM).split("\n")).encode("utf-8"))),
    ]
    out = [b"MIME-Version: 1.0",
           ('Content-Type: multipart/related; boundary="%s"' % BOUNDARY).encode("ascii"),
           b"",
           PREAMBLE.encode("gbk"),
           b""]
    for loc, cte, ctype, body in parts:
        out.append(("--" + BOUNDARY).encode("ascii"))
        out.append(("Content-Location: " + loc).encode("ascii"))
        out.append(("Content-Transfer-Encoding: " + cte).encode("ascii"))
        out.append(("Content-Type: " + ctype).encode("ascii"))
        out.append(b"")
        out.append(body.encode("ascii"))
        out.append(b"")
    out.append(("--" + BOUNDARY + "--").encode("ascii"))
    return b"\r\n".join(out) + b"\r\n"


def main():
    with open(NOTICE, "wb") as f:
        f.write(build_mht())
    with open(GOLD, "w", encoding="utf-8", newline="\n") as f:
        for r in build_gold():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
