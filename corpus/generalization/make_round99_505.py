# -*- coding: utf-8 -*-
"""Generate 505_wenling_xian_zfgzbg_renwu_fenjie.docx: a 县政府办 red-header notice with a WPS-style task table."""
import os, zipfile, shutil
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

NAME = "505_wenling_xian_zfgzbg_renwu_fenjie.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"; HT = "黑体"; KT = "楷体_GB2312"; XBS = "方正小标宋简体"

doc = Document()
st = doc.styles["Normal"]
st.font.name = FS; st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

sec = doc.sections[0]
sec.page_width = Cm(21); sec.page_height = Cm(29.7)
sec.top_margin = Cm(3.7); sec.bottom_margin = Cm(3.5)
sec.left_margin = Cm(2.8); sec.right_margin = Cm(2.6)


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name; run.font.size = Pt(size); run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(text="", font=FS, size=16, bold=False, align=None, indent=True, color=None, line=28, after=0, before=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(line); pf.space_after = Pt(after); pf.space_before = Pt(before)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr")
    e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "1"); e.set(qn("w:color"), color)
    b.append(e); ppr.append(b)


def border(p, side, sz=8):
    ppr = p._p.get_or_add_pPr()
    b = ppr.find(qn("w:pBdr"))
    if b is None:
        b = OxmlElement("w:pBdr"); ppr.append(b)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "1"); e.set(qn("w:color"), "000000")
    b.append(e)


def page_footer(section):
    section.footer.is_linked_to_previous = False
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    fld = OxmlElement("w:fldSimple"); fld.set(qn("w:instr"), " PAGE  \\* MERGEFORMAT ")
    r = OxmlElement("w:r"); rpr = OxmlElement("w:rPr"); rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), "宋体"); rf.set(qn("w:hAnsi"), "宋体"); rpr.append(rf)
    s = OxmlElement("w:sz"); s.set(qn("w:val"), "28"); rpr.append(s); r.append(rpr)
    t = OxmlElement("w:t"); t.text = "1"; r.append(t); fld.append(r)
    p._p.append(fld)
    set_font(p.add_run(" —"), "宋体", 14)

page_footer(sec)

# ---------- red header ----------
para("", indent=False, line=28)
p = para("汶岭县人民政府办公室文件", font=XBS, size=48, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, color="FF0000", line=60)
para("", indent=False)
p = para("汶政办发〔2025〕4号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=4)
bottom_border(p)
para("", indent=False)

para("汶岭县人民政府办公室", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
para("关于印发2025年《政府工作报告》重点工作", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
para("任务分解方案的通知", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
para("", indent=False)

para("各乡镇人民政府，县政府各部门、各直属机构，有关单位：", indent=False)
para("为全面完成县第十八届人民代表大会第五次会议审议通过的《政府工作报告》确定的各项目标任务，"
     "经县人民政府同意，现将《2025年〈政府工作报告〉重点工作任务分解方案》印发给你们，并就有关事项通知如下，请认真抓好落实。")
p = para(""); set_font(p.add_run("一、提高思想认识。"), HT, 16)
set_font(p.add_run("《政府工作报告》是县人民政府向全县人民作出的郑重承诺，是全年工作的总纲领。各乡镇、各部门要切实把思想和行动统一到县委、县政府决策部署上来，"
                   "对照分解方案逐项细化工作措施，明确时间表、路线图和责任人，确保各项目标任务按期完成。"), FS, 16)
p = para(""); set_font(p.add_run("二、压实工作责任。"), HT, 16)
set_font(p.add_run("各责任县领导要加强统筹协调，定期听取分管领域任务推进情况汇报，及时研究解决重大问题。"
                   "牵头单位对牵头任务负总责，主要负责同志为第一责任人，要主动会同配合单位制定具体推进方案；"
                   "配合单位要按照职责分工积极支持、密切配合，形成工作合力。涉及多个牵头单位的，排在第一位的牵头单位负责统筹协调。"), FS, 16)
p = para(""); set_font(p.add_run("三、强化督查考核。"), HT, 16)
set_font(p.add_run("县政府督查室将重点工作任务落实情况纳入年度督查计划，实行“月调度、季通报、年考核”，考核结果纳入年度目标绩效考核。"
                   "请各牵头单位于每季度末月25日前将工作进展情况（含电子文档）报送县政府督查室，"
                   "全年工作总结于12月10日前报送。对工作推进不力、进度严重滞后的，将按照有关规定进行通报问责。"), FS, 16)
para("联系人：罗文静，电话：0000-5823617，电子邮箱：wlxzfdcs@163.com。")
para("", indent=False)
p = para("附件：2025年《政府工作报告》重点工作任务分解方案", indent=True)
para("", indent=False)
para("", indent=False)
para("", indent=False)
p = para("汶岭县人民政府办公室", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT); p.paragraph_format.right_indent = Pt(64)
p = para("2025年2月18日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT); p.paragraph_format.right_indent = Pt(80)
para("（此件公开发布）")

# ---------- attachment: landscape section ----------
sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
sec2.orientation = WD_ORIENT.LANDSCAPE
sec2.page_width = Cm(29.7); sec2.page_height = Cm(21)
sec2.top_margin = Cm(2.6); sec2.bottom_margin = Cm(2.4)
sec2.left_margin = Cm(2.5); sec2.right_margin = Cm(2.5)
page_footer(sec2)

para("附件", font=HT, size=16, indent=False)
para("", indent=False, line=20)
para("2025年《政府工作报告》重点工作任务分解方案", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, after=12)

END = "2025年12月底"
# (number, task, leader, lead units, cooperating units, deadline); a leader of None continues the merged cell above
ROWS = [
    ("一、全力扩大有效投资，夯实高质量发展基础",),
    ("1", "全年实施县级重点项目120个，完成投资85亿元以上，其中新开工项目不少于50个。", "刘振华", "县发展和改革局", "县财政局、县自然资源局、县住房和城乡建设局、各乡镇人民政府", END),
    ("2", "积极争取超长期特别国债、地方政府专项债券等上级资金，全年争取上级资金30亿元以上。", None, "县发展和改革局、县财政局", "县直各有关单位", END),
    ("3", "开展“招商引资项目攻坚年”活动，全年引进亿元以上项目25个，实际到位县外资金60亿元以上。", "郑　凯", "县招商服务中心", "县经济开发区管委会、各乡镇人民政府", END),
    ("4", "深化“标准地+承诺制”改革，保障重点项目用地3000亩以上，盘活批而未供和闲置土地800亩。", "陈思远", "县自然资源局", "县发展和改革局、县工业和信息化局、县经济开发区管委会", "2025年11月底"),
    ("二、做强特色产业，加快构建现代化产业体系",),
    ("5", "实施工业倍增行动，新增规模以上工业企业15家，规模以上工业增加值增长8%以上。", "郑　凯", "县工业和信息化局", "县统计局、县经济开发区管委会、各乡镇人民政府", END),
    ("6", "推动县经济开发区扩区调位，建成标准化厂房20万平方米，园区营业收入突破200亿元。", None, "县经济开发区管委会", "县自然资源局、县住房和城乡建设局", END),
    ("7", "做强竹木加工、富硒茶叶两条百亿级产业链，落实产业链链长制，新培育省级专精特新中小企业3家。", None, "县工业和信息化局", "县农业农村局、县林业局、县科学技术局", END),
    ("8", "大力发展文化旅游，加快推进汶溪古镇国家5A级旅游景区创建，全年接待游客800万人次以上。", "周晓梅", "县文化和旅游局", "县发展和改革局、县交通运输局、汶溪镇人民政府", END),
    ("9", "举办汽车家电以旧换新、“汶岭好物”进社区等促消费活动20场次以上，社会消费品零售总额增长6%。", "郑　凯", "县商务局", "县市场监督管理局、县财政局", END),
    ("三、全面推进乡村振兴，加快建设农业强县",),
    ("10", "稳定粮食播种面积42.5万亩以上，新建高标准农田3.2万亩，粮食总产量稳定在15万吨以上。", "杨国栋", "县农业农村局", "县财政局、县自然资源局、县水利局、各乡镇人民政府", "2025年10月底"),
    ("11", "健全防止返贫致贫监测和帮扶机制，落实各项帮扶政策，守牢不发生规模性返贫致贫底线。", None, "县农业农村局", "县人力资源和社会保障局、县教育局、县医疗保障局、县住房和城乡建设局、各乡镇人民政府", END),
    ("12", "推进宜居宜业和美乡村建设，创建省级和美乡村示范村8个，农村卫生厕所普及率达到90%以上。", None, "县农业农村局", "县住房和城乡建设局、县卫生健康局、各乡镇人民政府", END),
    ("13", "实施农村供水保障工程，完成12处集中供水工程提质改造，农村自来水普及率达到93%。", None, "县水利局", "/", "2025年9月底"),
    ("14", "发展壮大村级集体经济，年经营性收入10万元以上的村占比达到60%以上。", None, "县农业农村局", "县委组织部、县财政局", END),
    ("四、深化改革扩大开放，持续激发发展活力",),
    ("15", "深化“放管服”改革，推行“高效办成一件事”，政务服务事项“一网通办”率达到95%以上。", "刘振华", "县政务服务和数据管理局", "县直各有关单位", END),
    ("16", "深入实施国有企业改革深化提升行动，推动县属国有企业市场化转型，完成2家融资平台退出。", None, "县财政局", "县城市建设投资集团有限公司、县交通建设投资有限公司", END),
    ("17", "持续优化营商环境，开展涉企违规收费专项整治，建立拖欠企业账款清偿长效机制。", "刘振华、郑凯", "县发展和改革局", "县财政局、县市场监督管理局、县司法局、县工商业联合会", END),
    ("18", "稳住外贸外资基本盘，外贸进出口总额增长10%以上，实际使用外资1000万美元。", "郑　凯", "县商务局", "县经济开发区管委会、县税务局", END),
    ("五、推进以县城为重要载体的城镇化建设",),
    ("19", "实施城镇老旧小区改造32个，新建改造城市燃气、供排水管网45公里，新增城市绿地8万平方米。", "陈思远", "县住房和城乡建设局", "县发展和改革局、县财政局、县城市管理局", END),
    ("20", "加快汶岭至泸川高速公路建设，完成国道347线汶岭段改建工程，新改建农村公路150公里。", None, "县交通运输局", "县自然资源局、县林业局、沿线乡镇人民政府", END),
    ("21", "深化城市精细化管理，开展市容环境综合整治提升行动，新增公共停车泊位1500个。", None, "县城市管理局", "县公安局交通管理大队、县住房和城乡建设局", END),
    ("22", "因城施策促进房地产市场平稳健康发展，扎实做好保交房工作。", None, "县住房和城乡建设局", "县自然资源局、县财政局、县税务局", END),
    ("六、坚持生态优先，建设美丽汶岭",),
    ("23", "深入打好蓝天、碧水、净土保卫战，空气质量优良天数比率达到92%，国控断面水质稳定达到Ⅱ类。", "杨国栋", "市生态环境局汶岭分局", "县住房和城乡建设局、县农业农村局、县水利局、县交通运输局", END),
    ("24", "全面落实河湖长制、林长制，完成营造林5万亩，森林覆盖率稳定在68%以上。", None, "县林业局、县水利局", "各乡镇人民政府", END),
    ("25", "扎实推进中央和省生态环境保护督察反馈问题整改，确保按期整改销号。", None, "市生态环境局汶岭分局", "县直各有关单位、各乡镇人民政府", "按整改时限"),
    ("七、持续保障和改善民生，增进人民福祉",),
    ("26", "落实就业优先政策，城镇新增就业5000人以上，城镇调查失业率控制在5.5%以内。", "周晓梅", "县人力资源和社会保障局", "县教育局、县农业农村局", END),
    ("27", "新建扩建县第三小学、汶岭中学等学校4所，新增学位3200个，实施县域普通高中振兴行动。", None, "县教育局", "县发展和改革局、县财政局、县自然资源局", "2025年8月底"),
    ("28", "推进紧密型县域医共体建设，县人民医院胸痛中心、卒中中心通过国家级认证。", None, "县卫生健康局", "县医疗保障局", END),
    ("29", "城乡居民基本养老保险参保率稳定在95%以上，落实城乡低保标准动态调整机制。", None, "县人力资源和社会保障局、县民政局", "县财政局、县医疗保障局", END),
    ("30", "大力发展银发经济，新建社区嵌入式养老服务中心5个、村级互助养老服务点30个。", None, "县民政局", "/", "2025年11月底"),
    ("八、统筹发展和安全，建设更高水平平安汶岭",),
    ("31", "深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。", "刘振华", "县应急管理局", "县安全生产委员会各成员单位", END),
    ("32", "严格落实化债方案，有效防范化解地方政府债务风险，坚决守住不发生系统性风险底线。", None, "县财政局", "县金融服务中心、县城市建设投资集团有限公司", END),
    ("33", "常态化开展扫黑除恶斗争，严厉打击电信网络诈骗等违法犯罪，深化信访工作法治化。", "韩立军", "县公安局", "县司法局、县信访局", END),
    ("34", "落实食品药品安全“两个责任”，争创省级食品安全示范县。", "周晓梅", "县市场监督管理局", "县农业农村局、县卫生健康局", END),
]

HDR = ["序号", "重点工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]
WID = [Cm(1.4), Cm(9.6), Cm(2.4), Cm(4.2), Cm(4.9), Cm(2.2)]

tbl = doc.add_table(rows=0, cols=6)
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
tbl.autofit = False


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    if text:
        set_font(p.add_run(text), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def vmerge(cell, val):
    tcPr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vMerge")
    if val:
        v.set(qn("w:val"), val)
    tcPr.append(v)

r = tbl.add_row()
trPr = r._tr.get_or_add_trPr(); th = OxmlElement("w:tblHeader"); trPr.append(th)
for i, h in enumerate(HDR):
    r.cells[i].width = WID[i]
    cell_text(r.cells[i], h, HT, 12)

# find, for each leader-starting row, whether the next row continues it
flat = ROWS
for idx, row in enumerate(flat):
    r = tbl.add_row()
    cs = r.cells
    for i in range(6):
        cs[i].width = WID[i]
    if len(row) == 1:
        m = cs[0].merge(cs[5])
        cell_text(m, row[0], HT, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
        continue
    no, task, leader, lead, coop, dl = row
    cell_text(cs[0], no)
    cell_text(cs[1], task, align=WD_ALIGN_PARAGRAPH.LEFT)
    nxt = flat[idx + 1] if idx + 1 < len(flat) else None
    continues = nxt is not None and len(nxt) > 1 and nxt[2] is None
    if leader is None:
        cell_text(cs[2], "")
        vmerge(cs[2], None)
    else:
        cell_text(cs[2], leader)
        if continues:
            vmerge(cs[2], "restart")
    cell_text(cs[3], lead)
    cell_text(cs[4], coop)
    cell_text(cs[5], dl)

# ---------- 版记: back to portrait ----------
sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
sec3.orientation = WD_ORIENT.PORTRAIT
sec3.page_width = Cm(21); sec3.page_height = Cm(29.7)
sec3.top_margin = Cm(3.7); sec3.bottom_margin = Cm(3.5)
sec3.left_margin = Cm(2.8); sec3.right_margin = Cm(2.6)
page_footer(sec3)
for _ in range(14):
    para("", indent=False)
p = para("抄送：县委各部门，县人大常委会办公室，县政协办公室，县纪委监委，县人民法院，县人民检察院，县人武部。", size=14, indent=False)
p.paragraph_format.left_indent = Pt(14); p.paragraph_format.right_indent = Pt(14)
border(p, "top", 8); border(p, "bottom", 4)
p = para("汶岭县人民政府办公室　　　　　　　　　　　2025年2月18日印发", size=14, indent=False)
p.paragraph_format.left_indent = Pt(14)
border(p, "bottom", 8)

doc.core_properties.author = "Administrator"
doc.core_properties.last_modified_by = "罗文静"
doc.core_properties.title = ""
doc.save(OUT)

# ---------- WPS traces: custom.xml with KSOProductBuildVer ----------
CUSTOM = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
          'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
          '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
          '<vt:lpwstr>2052-12.1.0.19770</vt:lpwstr></property>'
          '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV">'
          '<vt:lpwstr>4B2D6E1A8F3C4E0B9A7D21C5E6F8A913_12</vt:lpwstr></property></Properties>')
tmp = OUT + ".tmp"
with zipfile.ZipFile(OUT) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "[Content_Types].xml":
            data = data.replace(b"</Types>", b'<Override PartName="/docProps/custom.xml" '
                                b'ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')
        elif item.filename == "_rels/.rels":
            data = data.replace(b"</Relationships>", b'<Relationship Id="rId9" '
                                b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" '
                                b'Target="docProps/custom.xml"/></Relationships>')
        zout.writestr(item, data)
    zout.writestr("docProps/custom.xml", CUSTOM)
shutil.move(tmp, OUT)
print("wrote", OUT)
