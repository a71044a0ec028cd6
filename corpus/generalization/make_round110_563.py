#!/usr/bin/env python3
"""Notice 563: a 县政府办 red-header Word notice (its 附件 a landscape task table with
merged cells) as FastGPT's knowledge base reads a .docx: mammoth.convertToHtml
(ignoreEmptyParagraphs: false) -> turndown + joplin-turndown-plugin-gfm on domino-ext
(node_563/fastgpt_docx2md.js, the code of FastGPT's readDocsFile + html2md).
Writes node_563/563_yuanwen.docx (the office's Word file) and, next to this script,
563_meiling_xian_gzbg_fenjie_fastgpt_zhishiku.md (what the knowledge base holds)."""
import os, subprocess
import docx
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_SECTION, WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
NODE_DIR = os.path.join(HERE, 'node_563')
DOCX = os.path.join(NODE_DIR, '563_yuanwen.docx')
MD = os.path.join(HERE, '563_meiling_xian_gzbg_fenjie_fastgpt_zhishiku.md')

FS = '仿宋_GB2312'; HT = '黑体'; KT = '楷体_GB2312'; XBS = '方正小标宋简体'


def font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.insert(0, rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia'):
        rf.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc, text='', name=FS, size=16, bold=False, align=None, indent=True, color=None, runs=None):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(28.95)
    pf.space_before = Pt(0); pf.space_after = Pt(0)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    for t, n, b in (runs or [(text, name, bold)]):
        if t:
            font(p.add_run(t), n, size, b, color)
    return p


def cell_text(cell, lines, name=FS, size=12, align=None):
    """lines: one string per paragraph of the cell."""
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.paragraph_format.space_before = Pt(0); p.paragraph_format.space_after = Pt(0)
        if align is not None:
            p.alignment = align
        font(p.add_run(line), name, size)


doc = docx.Document()
sec = doc.sections[0]
sec.page_width = Cm(21); sec.page_height = Cm(29.7)
sec.top_margin = Cm(3.7); sec.bottom_margin = Cm(3.5)
sec.left_margin = Cm(2.8); sec.right_margin = Cm(2.6)

# ---- 版头 ----
para(doc, '湄岭县人民政府办公室文件', XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, color='FF0000')
para(doc, '', indent=False)
para(doc, '湄政办发〔2025〕6号', FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para(doc, '', indent=False)
para(doc, '湄岭县人民政府办公室', XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para(doc, '关于印发2025年县政府工作报告重点任务分解表的通知', XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para(doc, '', indent=False)
para(doc, '各乡镇人民政府，县政府各部门，县直各单位：', indent=False)
para(doc, '《2025年湄岭县人民政府工作报告》已经县十八届人民代表大会第五次会议审议通过。为确保报告确定的各项目标任务落到实处，经县人民政府同意，现将《2025年县政府工作报告重点任务分解表》印发给你们，并就有关事项通知如下。')
para(doc, runs=[('一、提高思想认识。', HT, False), ('各乡镇、各部门要把落实《政府工作报告》作为全年工作的主线，主要负责同志亲自研究部署，逐项制定具体落实方案，明确时间表、路线图和责任人。', FS, False)])
para(doc, runs=[('二、压实工作责任。', HT, False), ('各项任务的责任县领导要加强统筹调度，定期听取工作进展情况汇报。牵头单位对牵头任务负总责，要主动对接、加强协调；配合单位要按照职责分工积极配合，形成工作合力。表中牵头单位栏列有两个单位的，由两个单位共同牵头。', FS, False)])
para(doc, runs=[('三、强化督查问效。', HT, False), ('县政府督查室将分解表确定的任务纳入年度督查督办重点，实行月调度、季通报。各牵头单位请于每季度最后一个月25日前将任务推进情况书面报县政府督查室（联系电话：6612345，电子邮箱：mlxdcs@163.com），12月10日前报送全年工作完成情况。', FS, False)])
para(doc, '')
para(doc, '附件：2025年县政府工作报告重点任务分解表')
para(doc, '')
para(doc, '')
para(doc, '湄岭县人民政府办公室', indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
para(doc, '2025年3月12日', indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
para(doc, '（此件公开发布）')
para(doc, '')

# ---- 版记 ----
bj = doc.add_table(rows=2, cols=1)
bj.alignment = WD_TABLE_ALIGNMENT.CENTER
cell_text(bj.cell(0, 0), ['抄送：县委办公室，县人大常委会办公室，县政协办公室，县纪委监委，县法院，县检察院，县人武部。'], FS, 14)
cell_text(bj.cell(1, 0), ['湄岭县人民政府办公室\t2025年3月12日印发'], FS, 14)

# ---- 附件 (landscape) ----
sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
sec2.orientation = WD_ORIENT.LANDSCAPE
sec2.page_width = Cm(29.7); sec2.page_height = Cm(21)
sec2.top_margin = Cm(2.6); sec2.bottom_margin = Cm(2.4)
sec2.left_margin = Cm(3.0); sec2.right_margin = Cm(2.8)
para(doc, '附件', HT, 16, indent=False)
para(doc, '')
para(doc, '2025年县政府工作报告重点任务分解表', XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para(doc, '')

HEAD = ['序号', '重点任务', '责任县领导', '牵头单位', '配合单位', '完成时限']
# Rows: ('H', heading) or (no, task, leader, lead, helpers, deadline);
# None in leader/lead/deadline = merged with the cell above (vertical merge).
# A list = several paragraphs in the cell.
ROWS = [
    ('H', '一、坚持项目为王，推动经济量质齐升'),
    ('1', '全力扩大有效投资，全年实施500万元以上项目210个以上，固定资产投资增长8%。', '周明远', '县发展和改革局', '县财政局、县自然资源局、县住房和城乡建设局、各乡镇人民政府', '2025年12月底'),
    ('2', '用好超长期特别国债、地方政府专项债券等政策，争取上级资金项目不少于25个、资金12亿元以上。', None, None, '县财政局', None),
    ('3', '深化产业链“链长制”，围绕新型建材、农产品精深加工两条主导产业链引进补链延链项目15个以上。', '赵永刚', '县工业和信息化局', '县投资促进中心、县发展和改革局、湄岭经济开发区管委会', '2025年12月底'),
    ('4', '开展“招商引资攻坚年”活动，全年新签约亿元以上项目30个，实际到位资金增长10%。', None, '县投资促进中心', '各乡镇人民政府、湄岭经济开发区管委会、县直各有关单位', None),
    ('5', '落实消费品以旧换新政策，开展“惠购湄岭”促消费活动30场次以上，社会消费品零售总额增长6%。', '林雪梅', '县商务局', '县财政局、县市场监督管理局、县文化广电和旅游局', '2025年12月底'),
    ('6', '加强经济运行监测调度，按月分析主要经济指标，及时协调解决企业生产经营中的困难和问题。', '周明远', ['县统计局', '县发展和改革局'], '县工业和信息化局、县商务局、县税务局', '每月'),
    ('H', '二、坚持创新驱动，加快产业转型升级'),
    ('7', '实施规上工业企业“倍增计划”，新增规上工业企业12家，规上工业增加值增长7.5%。', '赵永刚', '县工业和信息化局', '县统计局、县财政局、湄岭经济开发区管委会', '2025年12月底'),
    ('8', '推动湄岭经济开发区扩区调位，建成标准化厂房8万平方米，园区亩均税收提高10%。', None, '湄岭经济开发区管委会', '县自然资源局、县住房和城乡建设局、县财政局', None),
    ('9', '培育高新技术企业8家、科技型中小企业40家，全社会研发经费投入强度提高0.2个百分点。', None, '县科学技术局', '县工业和信息化局、县统计局', None),
    ('10', '推进数字政府建设，整合部门政务信息系统，建成县级数据资源共享交换平台。', '何立新', '县数据局', '县政务服务中心、县财政局', '2025年10月底'),
    ('11', '深化“高效办成一件事”改革，新增“一件事”集成服务事项10项以上。', None, '县政务服务中心', '县数据局、县市场监督管理局、县人力资源和社会保障局', '2025年9月底'),
    ('H', '三、坚持农业农村优先发展，全面推进乡村振兴'),
    ('12', '稳定粮食生产，落实粮食播种面积46.8万亩，新建高标准农田3.2万亩。', '陈卫东', '县农业农村局', '县自然资源局、县水利局、县财政局、各乡镇人民政府', '2025年12月底'),
    ('13', '巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制，守住不发生规模性返贫致贫底线。', None, None, '县民政局、县人力资源和社会保障局、县医疗保障局、县教育局', '持续推进'),
    ('14', '实施和美乡村建设行动，创建省级和美乡村示范村5个，完成农村户厕改造2000户。', None, None, '县住房和城乡建设局、县卫生健康局、各乡镇人民政府', '2025年11月底'),
    ('15', '加快水利基础设施建设，开工建设桐子河水库，完成中小河流治理28公里。', None, '县水利局', '县发展和改革局、县自然资源局、县林业局', '2025年12月底'),
    ('16', '发展林下经济和特色种养业，新增油茶种植面积1.5万亩，培育省级林业产业化龙头企业2家。', None, '县林业局', '县农业农村局、各乡镇人民政府', None),
    ('H', '四、坚持城乡融合，持续提升城市品质'),
    ('17', '实施城市更新行动，改造城镇老旧小区42个，新建改造城市燃气、供排水管网36公里。', '何立新', '县住房和城乡建设局', '县发展和改革局、县财政局、县城市管理局', '2025年12月底'),
    ('18', '落实房地产市场调控政策，扎实做好保交房工作，促进房地产市场平稳健康发展。', '周明远', None, '县自然资源局、县税务局、县地方金融服务中心', '持续推进'),
    ('19', '加快交通路网建设，完成S215线湄岭段改扩建工程，新改建农村公路120公里。', '赵永刚', '县交通运输局', '县自然资源局、县财政局、各乡镇人民政府', '2025年12月底'),
    ('20', '开展城市精细化管理提升行动，集中整治占道经营、违规停车、乱搭乱建等突出问题。', '何立新', '县城市管理局', '县公安局、县市场监督管理局、城关镇人民政府', None),
    ('21', '推进国土空间规划实施，盘活批而未供和闲置土地1200亩。', None, '县自然资源局', '各乡镇人民政府、湄岭经济开发区管委会', '2025年12月底'),
    ('H', '五、坚持生态优先，筑牢绿色发展屏障'),
    ('22', '深入打好蓝天、碧水、净土保卫战，县城空气质量优良天数比例达到92%以上。', '何立新', '市生态环境局湄岭分局', '县住房和城乡建设局、县城市管理局、县交通运输局、县公安局、县农业农村局', '2025年12月底'),
    ('23', '全面落实河湖长制、林长制，完成国土绿化1.2万亩，森林覆盖率保持在63%以上。', '陈卫东', '县水利局、县林业局', '各乡镇人民政府', None),
    ('24', '抓好中央和省生态环境保护督察反馈问题整改，确保按期完成整改销号。', ['何立新', '陈卫东'], '市生态环境局湄岭分局', '县直各有关单位、各乡镇人民政府', '按整改时限'),
    ('H', '六、坚持民生为本，不断增进人民福祉'),
    ('25', '实施就业优先战略，城镇新增就业3000人，农村劳动力转移就业12万人次。', '林雪梅', '县人力资源和社会保障局', '县农业农村局、县教育局、县总工会', '2025年12月底'),
    ('26', '推进义务教育优质均衡发展，新建改扩建城区学校3所，新增学位2700个。', None, '县教育局', '县发展和改革局、县财政局、县住房和城乡建设局、县自然资源局', '2025年8月底'),
    ('27', '深化紧密型县域医共体建设，推动县人民医院胸痛中心、卒中中心通过国家级认证。', None, '县卫生健康局', '县医疗保障局、县人民医院', '2025年12月底'),
    ('28', '健全多层次社会保障体系，城乡居民基本养老保险参保率稳定在95%以上。', None, '县人力资源和社会保障局', '县医疗保障局、县财政局、县税务局', None),
    ('29', '完善养老服务体系，新建乡镇区域养老服务中心3个、村级互助幸福院20个。', None, '县民政局', '县卫生健康局、县财政局、各乡镇人民政府', None),
    ('30', '抓好安全生产和防灾减灾救灾，深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上事故发生。', '赵永刚', '县应急管理局', '县安委会各成员单位', '持续推进'),
    ('31', '推进更高水平的平安湄岭建设，常态化开展扫黑除恶斗争，深化信访工作法治化。', '宋立平', '县公安局', '县司法局、县信访局、各乡镇人民政府', None),
    ('32', '办好十件民生实事，确保各项实事项目年底前全面完成并投入使用。', '林雪梅', '县政府办公室', '各民生实事牵头单位', '2025年12月底'),
]

tbl = doc.add_table(rows=1 + len(ROWS), cols=6)
tbl.style = 'Table Grid'
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [Cm(1.3), Cm(9.2), Cm(2.4), Cm(3.6), Cm(5.0), Cm(2.4)]
for r in tbl.rows:
    for c, w in zip(r.cells, widths):
        c.width = w
for i, h in enumerate(HEAD):
    cell_text(tbl.cell(0, i), [h], HT, 12, WD_ALIGN_PARAGRAPH.CENTER)
trPr = tbl.rows[0]._tr.get_or_add_trPr()
trPr.append(OxmlElement('w:tblHeader'))   # 重复标题行

merges = []   # (col, top_row, bottom_row)
open_run = {}
for ri, row in enumerate(ROWS, start=1):
    if row[0] == 'H':
        for c in list(open_run):
            top, bot = open_run.pop(c)
            if bot > top: merges.append((c, top, bot))
        cell = tbl.cell(ri, 0).merge(tbl.cell(ri, 5))
        cell_text(cell, [row[1]], HT, 12)
        continue
    no, task, leader, lead, helpers, deadline = row
    cell_text(tbl.cell(ri, 0), [no], FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(tbl.cell(ri, 1), [task], FS, 12)
    cell_text(tbl.cell(ri, 4), [helpers], FS, 12)
    for c, v in ((2, leader), (3, lead), (5, deadline)):
        if v is None:
            top, bot = open_run[c]
            open_run[c] = (top, ri)
        else:
            if c in open_run:
                top, bot = open_run.pop(c)
                if bot > top: merges.append((c, top, bot))
            open_run[c] = (ri, ri)
            cell_text(tbl.cell(ri, c), v if isinstance(v, list) else [v], FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
for c in list(open_run):
    top, bot = open_run.pop(c)
    if bot > top: merges.append((c, top, bot))
for c, top, bot in merges:
    tbl.cell(top, c).merge(tbl.cell(bot, c))

doc.save(DOCX)
subprocess.run(['node', os.path.join(NODE_DIR, 'fastgpt_docx2md.js'), DOCX, MD], check=True, cwd=NODE_DIR)
print('wrote', DOCX, 'and', MD)
