# -*- coding: utf-8 -*-
"""Generate 243_zhangbu_renwu_fenjie.docx: a notice as WPS 文字 saves it, with a task table
序号 | 重点任务 | 具体措施 | 责任领导 | 牵头单位 | 配合单位, where tasks spanning several rows have
continuation rows that omit the first two cells (w:gridBefore=2 + w:wBefore, only 4 w:tc).

Run with /usr/bin/python3 (python-docx 0.8.11). Output is written next to this script.
"""
import os
import re
import shutil
import tempfile
import zipfile
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor, Twips

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "243_zhangbu_renwu_fenjie.docx")

# ---------------------------------------------------------------- table data
# ("SEC", text) or a task: (no, task_text, [rows]); a row is (measure, leader, lead, coop)
# leader: a name, "" (empty cell) or "^" (vertically merged with the row above)
# lead / coop: a string, "" or a list (= several paragraphs in the cell)
DATA = [
    ("SEC", "一、稳住经济增长基本盘（共5项）"),
    ("1", "推动工业经济稳进提质，规上工业增加值增长8%以上", [
        ("实施“规上倍增”计划，全年新增规模以上工业企业12家。", "方卫国", "县工业和信息化局", "县统计局、县市场监督管理局"),
        ("推进技术改造项目28个，完成工业技改投资15亿元。", "^", "县工业和信息化局", "县发展和改革局、县财政局"),
    ]),
    ("2", "扩大有效投资，固定资产投资增长6.5%", [
        ("全年实施县级重点项目90个，完成年度投资108亿元；争取中央预算内投资和专项债券资金不低于12亿元。",
         "方卫国", "县发展和改革局", "县自然资源局、县住房和城乡建设局、县财政局"),
    ]),
    ("3", "抓好招商引资，全年引进亿元以上项目25个", [
        ("开展驻点招商，组建3支驻外招商小分队。", "方卫国", "县投资促进中心", "县商务局"),
        ("举办樟埠籍企业家恳谈会等招商活动不少于6场。", "", "", "县工商业联合会"),
        ("落实项目“首席服务员”制度，签约项目开工率达到60%以上。", "", "县行政审批服务局",
         "各乡（镇）人民政府、樟埠经济开发区管委会"),
    ]),
    ("4", "促进消费提质扩容，社会消费品零售总额增长6%", [
        ("开展“樟埠好物”促消费活动10场以上，新增限额以上商贸企业20家。", "陈志强", "县商务局",
         "县财政局、县市场监督管理局、县文化广电体育和旅游局"),
    ]),
    ("5", "强化财政金融支撑，一般公共预算收入增长5%", [
        ("加强税源培植和非税收入征管，严格落实过紧日子要求。", "方卫国", "县财政局", "国家税务总局樟埠县税务局"),
        ("推动金融机构新增贷款30亿元，政府性融资担保放大倍数达到3倍。", "陈志强", "县地方金融服务中心",
         "人民银行樟埠县支行、县农村商业银行"),
    ]),
    ("SEC", "二、全面推进乡村振兴（共5项）"),
    ("6", "稳定粮食和重要农产品生产供给", [
        ("粮食播种面积稳定在52万亩以上，总产量4.1亿斤以上。", "黄振宇", "县农业农村局", "各乡（镇）人民政府"),
        ("新建高标准农田2.6万亩，完成高效节水灌溉0.8万亩。", "^", "县农业农村局", "县水利局、县财政局"),
    ]),
    ("7", "做优特色产业，培育壮大茶叶、油茶和中药材产业", [
        ("新发展油茶1.5万亩、中药材0.6万亩，新培育市级以上农业产业化龙头企业4家。", "黄振宇", "县农业农村局",
         "县林业局、县供销合作社联合社"),
    ]),
    ("8", "巩固拓展脱贫攻坚成果，守牢不发生规模性返贫底线", [
        ("健全防止返贫动态监测和帮扶机制，落实“一户一策”帮扶措施。", "黄振宇", "县乡村振兴局", "县民政局、县医疗保障局"),
        ("脱贫劳动力务工规模稳定在1.8万人以上。", "", "县人力资源和社会保障局", ""),
    ]),
    ("9", "实施农村人居环境整治提升行动", [
        ("完成农村户厕改造3500座，农村生活污水治理率达到45%，创建省级美丽宜居村庄6个。", "黄振宇", "县农业农村局",
         ["县住房和城乡建设局", "县卫生健康局", "市生态环境局樟埠分局"]),
    ]),
    ("10", "深化农村集体产权制度改革，发展新型农村集体经济", [
        ("集体经营性收入10万元以上的村占比达到55%。", "黄振宇", "县委农办、县农业农村局", "各乡（镇）人民政府"),
    ]),
    ("SEC", "三、提升城乡建设品质（共4项）"),
    ("11", "实施城市更新行动，改造城镇老旧小区15个", [
        ("完成15个老旧小区水电气路等配套设施改造。", "林秀梅", "县住房和城乡建设局", "樟城街道办事处、城东街道办事处"),
        ("新建改建城市公园游园6处，新增停车泊位800个。", "", "县城市管理局", "县公安局交通管理大队"),
        ("推进县城雨污分流改造22公里。", "", "县住房和城乡建设局", "樟埠县水务投资有限公司"),
    ]),
    ("12", "完善综合交通网络，推进樟枫高速公路前期工作", [
        ("完成樟枫高速公路工可报告编制，新改建农村公路110公里。", "林秀梅", "县交通运输局", "县自然资源局、县发展和改革局"),
    ]),
    ("13", "打好污染防治攻坚战，空气质量优良天数比例保持在90%以上", [
        ("开展扬尘、餐饮油烟和露天焚烧专项整治。", "林秀梅", "市生态环境局樟埠分局", "县住房和城乡建设局、县城市管理局"),
        ("落实河湖长制，县控以上断面水质达标率100%。", "^", "县水利局", "各乡（镇）人民政府"),
    ]),
    ("14", "推进绿色低碳发展，完成造林绿化1.2万亩", [
        ("完成人工造林0.5万亩、封山育林0.7万亩，森林覆盖率稳定在68%以上。", "林秀梅", "县林业局", "各乡（镇）人民政府"),
    ]),
    ("SEC", "四、增进民生福祉（共4项）"),
    ("15", "稳定和扩大就业，城镇新增就业3200人", [
        ("落实稳岗返还、创业担保贷款等政策，城镇调查失业率控制在5.5%以内。", "邓明", "县人力资源和社会保障局", "县财政局"),
        ("开展职业技能培训5000人次。", "", "县人力资源和社会保障局", "县教育局、县农业农村局"),
    ]),
    ("16", "办好人民满意教育，新建改扩建中小学校4所", [
        ("建成樟埠县第三中学，新增学位2400个；推进义务教育优质均衡发展。", "邓明", "县教育局",
         "县发展和改革局、县财政局、县自然资源局"),
    ]),
    ("17", "推进健康樟埠建设，县人民医院创建三级医院", [
        ("推进县人民医院新院区二期建设，年内主体完工。", "邓明", "县卫生健康局", "县人民医院"),
        ("深化紧密型县域医共体建设，乡镇卫生院达到服务能力推荐标准8家。", "", "县卫生健康局", "县医疗保障局"),
    ]),
    ("18", "加强社会保障和安全生产，守牢安全发展底线", [
        ("城乡居民基本养老保险参保率稳定在95%以上。", "邓明", "县人力资源和社会保障局", "国家税务总局樟埠县税务局"),
        ("提高城乡低保标准，做好困难群众兜底保障。", "^", "县民政局", "县财政局"),
        ("深化安全生产治本攻坚三年行动，坚决遏制较大及以上事故。", "方卫国", "县应急管理局",
         "县直有关部门、各乡（镇）人民政府"),
    ]),
]

WIDTHS = [800, 2600, 4700, 1050, 2100, 2700]
FONT = "仿宋_GB2312"


def runs_xml(text, size=21, bold=False, font=FONT):
    """WPS splits runs where the script changes (CJK vs ASCII digits/letters)."""
    out = []
    for m in re.finditer(r"[0-9A-Za-z.%]+|[^0-9A-Za-z.%]+", text):
        seg = m.group(0)
        ascii_seg = bool(re.match(r"[0-9A-Za-z.%]", seg))
        hint = "default" if ascii_seg else "eastAsia"
        af = "Times New Roman" if ascii_seg else font
        out.append(
            '<w:r><w:rPr><w:rFonts w:hint="%s" w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>%s'
            '<w:color w:val="auto"/><w:kern w:val="0"/><w:sz w:val="%d"/><w:szCs w:val="%d"/>'
            '<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
            % (hint, af, af, font, font, "<w:b/><w:bCs/>" if bold else "", size, size, escape(seg)))
    return "".join(out)


def para_xml(text, jc="center", size=21, bold=False, font=FONT):
    return ('<w:p><w:pPr><w:keepNext w:val="0"/><w:keepLines w:val="0"/><w:widowControl/>'
            '<w:suppressLineNumbers w:val="0"/><w:spacing w:before="0" w:beforeAutospacing="0" w:after="0" '
            'w:afterAutospacing="0" w:line="300" w:lineRule="exact"/><w:jc w:val="%s"/><w:textAlignment w:val="center"/>'
            '<w:rPr><w:rFonts w:hint="eastAsia" w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/><w:sz w:val="%d"/></w:rPr>'
            '</w:pPr>%s</w:p>' % (jc, font, font, font, font, size, runs_xml(text, size, bold, font) if text else ""))


def tc_xml(width, content, jc="center", span=1, vmerge=None, size=21, bold=False, font=FONT):
    if isinstance(content, list):
        paras = "".join(para_xml(t, jc, size, bold, font) for t in content)
    else:
        paras = para_xml(content, jc, size, bold, font)
    tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % width
    if span > 1:
        tcpr += '<w:gridSpan w:val="%d"/>' % span
    if vmerge == "restart":
        tcpr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        tcpr += '<w:vMerge/>'
    tcpr += '<w:noWrap w:val="0"/><w:vAlign w:val="center"/>'
    return '<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (tcpr, paras)


def tr_xml(cells, header=False, grid_before=0):
    trpr = ""
    if grid_before:
        trpr += '<w:gridBefore w:val="%d"/><w:wBefore w:w="%d" w:type="dxa"/>' % (
            grid_before, sum(WIDTHS[:grid_before]))
    trpr += '<w:trHeight w:val="567" w:hRule="atLeast"/>'
    if header:
        trpr += '<w:tblHeader/>'
    trpr += '<w:jc w:val="center"/>'
    return '<w:tr><w:trPr>%s</w:trPr>%s</w:tr>' % (trpr, "".join(cells))


def table_xml():
    border = "".join('<w:%s w:val="single" w:color="auto" w:sz="4" w:space="0"/>' % b
                     for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    rows = []
    hdr = ["序号", "重点任务", "具体措施", "责任领导", "牵头单位", "配合单位"]
    rows.append(tr_xml([tc_xml(w, h, bold=True, font="黑体") for w, h in zip(WIDTHS, hdr)], header=True))
    for item in DATA:
        if item[0] == "SEC":
            rows.append(tr_xml([tc_xml(sum(WIDTHS), item[1], jc="left", span=6, bold=True, font="黑体")]))
            continue
        no, task, trows = item
        # which rows start a vertical merge of the 责任领导 cell
        for i, (meas, leader, lead, coop) in enumerate(trows):
            nxt_merged = i + 1 < len(trows) and trows[i + 1][1] == "^"
            if leader == "^":
                lcell = tc_xml(WIDTHS[3], "", vmerge="continue")
            else:
                lcell = tc_xml(WIDTHS[3], leader, vmerge="restart" if nxt_merged else None)
            tail = [tc_xml(WIDTHS[2], meas, jc="both"), lcell,
                    tc_xml(WIDTHS[4], lead), tc_xml(WIDTHS[5], coop)]
            if i == 0:
                rows.append(tr_xml([tc_xml(WIDTHS[0], no), tc_xml(WIDTHS[1], task, jc="both")] + tail))
            else:
                rows.append(tr_xml(tail, grid_before=2))
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in WIDTHS)
    return ('<w:tbl %s><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>'
            '<w:tblBorders>%s</w:tblBorders><w:tblLayout w:type="fixed"/>'
            '<w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
            '</w:tblPr><w:tblGrid>%s</w:tblGrid>%s</w:tbl>' % (nsdecls("w"), border, grid, "".join(rows)))


# ---------------------------------------------------------------- document
def set_font(run, name=FONT, size=16, bold=False, color=None):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def add_p(doc, text, align=None, font=FONT, size=16, bold=False, indent=True, color=None, space_after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(28)
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if align is not None:
        p.alignment = align
    if indent and align is None:
        pf.first_line_indent = Pt(size * 2)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    st.font.size = Pt(16)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    C = WD_ALIGN_PARAGRAPH.CENTER
    R = WD_ALIGN_PARAGRAPH.RIGHT
    add_p(doc, "樟埠县人民政府办公室文件", C, "方正小标宋简体", 36, color="FF0000", space_after=20)
    add_p(doc, "樟政办发〔2024〕7号", C, FONT, 16, space_after=6)
    add_p(doc, "", C)
    add_p(doc, "樟埠县人民政府办公室", C, "方正小标宋简体", 22)
    add_p(doc, "关于印发2024年县政府工作报告重点工作任务分解方案的通知", C, "方正小标宋简体", 22)
    add_p(doc, "", C)
    add_p(doc, "各乡（镇）人民政府，县直各单位：", indent=False)
    add_p(doc, "《2024年樟埠县人民政府工作报告》已经县第十八届人民代表大会第四次会议审议通过。为确保报告确定的各项目标任务"
               "落到实处，经县人民政府同意，现将2024年县政府工作报告重点工作任务分解方案印发给你们，并就有关事项通知如下：")
    add_p(doc, "一、强化责任落实。", font="黑体")
    add_p(doc, "各责任领导要加强对分管领域重点任务的统筹调度。各牵头单位是任务落实的第一责任主体，要细化年度目标、"
               "推进步骤和完成时限；配合单位要主动对接、密切协作，形成工作合力。")
    add_p(doc, "二、加强督查调度。", font="黑体")
    add_p(doc, "县政府督查室对重点任务实行清单化管理、台账式推进，各牵头单位于每季度末月25日前将任务进展情况"
               "报送县政府督查室，全年工作完成情况于12月20日前报送。")
    add_p(doc, "三、严格考核问责。", font="黑体")
    add_p(doc, "任务落实情况纳入年度综合考核。对工作推进不力、进度滞后的单位，视情予以通报、约谈。")
    add_p(doc, "")
    add_p(doc, "附件：2024年县政府工作报告重点工作任务分解表", indent=True)
    add_p(doc, "")
    add_p(doc, "")
    add_p(doc, "樟埠县人民政府办公室", R)
    add_p(doc, "2024年3月12日", R)
    add_p(doc, "（此件公开发布）")

    # attachment in a landscape section
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    new.left_margin = new.right_margin = Twips(1440)
    new.top_margin = new.bottom_margin = Cm(2.5)
    add_p(doc, "附件", None, "黑体", 16, indent=False)
    title = add_p(doc, "2024年县政府工作报告重点工作任务分解表", C, "方正小标宋简体", 20, space_after=10)
    title._p.addnext(parse_xml(table_xml()))
    add_p(doc, "注：重点任务有多项具体措施的，各项措施对应的牵头单位、配合单位按措施分别落实；牵头单位、配合单位栏空白的，"
               "与上一项措施相同。", None, FONT, 12, indent=False)
    add_p(doc, "")
    add_p(doc, "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。", None, FONT, 14, indent=False)
    add_p(doc, "樟埠县人民政府办公室                                   2024年3月12日印发", None, FONT, 14,
          indent=False)
    doc.core_properties.author = "zbzfb"
    doc.core_properties.last_modified_by = "WPS_1700043812"
    doc.save(OUT)


APP_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<Template>Normal.dotm</Template><Pages>5</Pages><Words>2630</Words><Characters>2843</Characters>'
           '<Lines>0</Lines><Paragraphs>0</Paragraphs><TotalTime>37</TotalTime><ScaleCrop>false</ScaleCrop>'
           '<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>2890</CharactersWithSpaces>'
           '<Application>WPS Office_12.1.0.16729_F1E327BC-269C-435d-A152-05C5408002CA</Application>'
           '<DocSecurity>0</DocSecurity></Properties>')
CUSTOM_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
              '<vt:lpwstr>2052-12.1.0.16729</vt:lpwstr></property>'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV">'
              '<vt:lpwstr>7B2E5C1A9F3D4E6A8C0B1D2E3F4A5B6C_12</vt:lpwstr></property></Properties>')


def wpsify():
    """Replace app.xml with a WPS one and add docProps/custom.xml (KSOProductBuildVer) as WPS does."""
    tmp = tempfile.mktemp(suffix=".docx", dir=HERE)
    with zipfile.ZipFile(OUT) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/app.xml":
                data = APP_XML.encode("utf-8")
            elif info.filename == "[Content_Types].xml":
                s = data.decode("utf-8")
                if "/docProps/custom.xml" not in s:
                    s = s.replace("</Types>", '<Override PartName="/docProps/custom.xml" ContentType='
                                  '"application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')
                data = s.encode("utf-8")
            elif info.filename == "_rels/.rels":
                s = data.decode("utf-8")
                if "custom-properties" not in s:
                    s = s.replace("</Relationships>", '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/'
                                  'officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>'
                                  '</Relationships>')
                data = s.encode("utf-8")
            zout.writestr(info.filename, data)
        zout.writestr("docProps/custom.xml", CUSTOM_XML.encode("utf-8"))
    shutil.move(tmp, OUT)


if __name__ == "__main__":
    build()
    wpsify()
    print("wrote", OUT)
