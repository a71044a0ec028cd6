# Generates 271_qingfeng_qu_renwu_fengong.docx and its gold (run with /usr/bin/python3; paths relative to this script).
import os, json
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
SLUG = '271_qingfeng_qu_renwu_fengong'

# form of the middle cell:
#  'P'  = task / 牵头… / 责任区领导 as separate paragraphs
#  'L'  = task / 责任区领导 / 牵头… (leader first)
#  'B'  = task + w:br + 牵头… in one paragraph (separate runs), leader (if any) as its own paragraph
#  'B1' = as 'B' but text, br and unit line inside ONE run
#  'BB' = task + br + 牵头… + br + 责任区领导 all in the first paragraph
# (序号, 任务, 牵头单位, 配合单位 or None, 责任区领导 or None, 完成时限, form)
SECTIONS = [
 ('一、聚力产业发展，推动经济稳进提质（共9项）', [
  (1, '全区地区生产总值增长6%左右，一般公共预算收入增长4.5%，规模以上工业增加值增长7%。',
   '区发展和改革局', '区财政局、区统计局、区工业和信息化局', '蒋明哲', '2026年12月底前', 'P'),
  (2, '实施重点项目攻坚行动，全年安排区级重点项目120个，完成年度投资180亿元以上。',
   '区发展和改革局', '区自然资源局、区住房和城乡建设局、市生态环境局青枫分局、各镇（街道）', '蒋明哲', '2026年12月底前', 'B'),
  (3, '加快青枫经济开发区扩区调位，完成新材料产业园二期道路、管网等基础设施建设。',
   '青枫经济开发区管委会', '区自然资源局、区财政局', '顾长林', '2026年11月底前', 'L'),
  (4, '新培育国家级专精特新“小巨人”企业2家、省级专精特新中小企业15家，新增规模以上工业企业25家。',
   '区工业和信息化局', '区科学技术局、区市场监督管理局、区统计局', None, '2026年12月底前', 'P'),
  (5, '深化“亩均论英雄”改革，盘活批而未供和闲置土地1200亩。',
   '区自然资源局', '区工业和信息化局、青枫经济开发区管委会、各镇（街道）', '顾长林', '2026年10月底前', 'P'),
  (6, '开展招商引资“攻坚年”活动，新签约亿元以上项目40个，实际到位市外资金增长8%。',
   '区投资促进中心', '区商务局、青枫经济开发区管委会、区直各有关单位', '周立恒、顾长林', '全年推进', 'B1'),
  (7, '促进消费扩容提质，举办“青枫夜市”“枫林啤酒节”等促消费活动20场以上，社会消费品零售总额增长5.5%。',
   '区商务局', '区文化和旅游局、区市场监督管理局、区城市管理局', '许晓岚', '2026年12月底前', 'L'),
  (8, '持续优化营商环境，推行“高效办成一件事”集成服务，政务服务事项网上可办率达到99%。',
   '区行政审批服务局、区数据资源管理局', '区直各有关单位', '蒋明哲', '2026年9月底前', 'P'),
  (9, '推进金融服务实体经济，新增各项贷款余额60亿元，力争1家企业在北京证券交易所上市。',
   '区金融服务中心', '区财政局、区工业和信息化局', None, '2026年12月底前', 'B'),
 ]),
 ('二、建设宜居城区，筑牢生态安全屏障（共8项）', [
  (10, '推进城市更新行动，改造老旧小区26个、城中村2个，完成雨污分流改造管网45公里。',
   '区住房和城乡建设局', '区城市管理局、区财政局、各街道办事处', '邓嘉禾', '2026年11月底前', 'P'),
  (11, '加快枫湖大道北延、滨江路提质改造等8条市政道路建设，打通断头路5条。',
   '区交通运输局', '区住房和城乡建设局、区自然资源局、市公安局青枫分局交通警察大队', '邓嘉禾', '2026年12月底前', 'BB'),
  (12, '深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在32微克/立方米以内，国省考断面水质达标率100%。',
   '市生态环境局青枫分局', '区住房和城乡建设局、区城市管理局、区农业农村局、区水利局、各镇（街道）', '许晓岚', '全年推进', 'P'),
  (13, '全面落实河湖长制，完成枫溪河综合治理二期工程，创建省级美丽河湖1条。',
   '区水利局', '区农业农村局、市生态环境局青枫分局、枫溪镇人民政府', '韦芳菲', '2026年10月底前', 'L'),
  (14, '深入推进生活垃圾分类，城区生活垃圾分类覆盖率达到95%以上。',
   '区城市管理局', '各街道办事处', None, '2026年12月底前', 'P'),
  (15, '实施国土空间生态修复项目3个，新增造林绿化面积3000亩。',
   '区自然资源局', '区农业农村局、各镇人民政府', '韦芳菲', '2026年6月底前', 'P'),
  (16, '实施乡村振兴“千村示范”工程，创建市级美丽乡村示范村8个、和美乡村精品片区1个。',
   '区农业农村局', '区财政局、区乡村振兴服务中心、各镇人民政府', '韦芳菲', '2026年11月底前', 'B'),
  (17, '稳定粮食生产，粮食播种面积稳定在18.5万亩以上，新建高标准农田1.2万亩。',
   '区农业农村局', '区自然资源局、区水利局、区粮食和物资储备中心', '韦芳菲', '2026年10月底前', 'P'),
 ]),
 ('三、增进民生福祉，提升社会治理效能（共7项）', [
  (18, '新增城镇就业6500人，城镇调查失业率控制在5.5%以内，开展补贴性职业技能培训4000人次。',
   '区人力资源和社会保障局', '区教育局、区退役军人事务局、各镇（街道）', '许晓岚', '2026年12月底前', 'P'),
  (19, '新建、改扩建中小学和幼儿园6所，新增学位4800个。',
   '区教育局', '区自然资源局、区住房和城乡建设局、区财政局', '许晓岚', '2026年8月底前', 'L'),
  (20, '推进区人民医院新院区建设，年内完成主体工程并启动内部装修。',
   '区卫生健康局', '区发展和改革局、区住房和城乡建设局', '许晓岚', '2026年12月底前', 'B'),
  (21, '完善养老服务体系，新建社区嵌入式养老服务中心10个、老年助餐点30个。',
   '区民政局', '区卫生健康局、区财政局、各镇（街道）', '许晓岚', '2026年11月底前', 'P'),
  (22, '办好区十件民生实事，民生支出占一般公共预算支出比重保持在80%以上。',
   '区财政局', '区直各有关单位', '周立恒、蒋明哲', '2026年12月底前', 'L'),
  (23, '深化安全生产治本攻坚三年行动，开展燃气、自建房、消防等重点领域隐患排查整治，坚决遏制较大以上生产安全事故发生。',
   '区应急管理局', '区安全生产委员会各成员单位', '蒋明哲', '持续推进', 'P'),
  (24, '推进平安青枫建设，坚持和发展新时代“枫桥经验”，信访事项按期办结率达到100%。',
   '市公安局青枫分局、区信访局', '区委政法委、区司法局、各镇（街道）', '唐卫东', '持续推进', 'P'),
 ]),
]


def set_font(run, name='仿宋_GB2312', size=16, bold=False, color=None):
    run.font.name = name
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color: run.font.color.rgb = color


def para(doc, text, name='仿宋_GB2312', size=16, align=None, bold=False, indent=False, color=None, space_after=0):
    p = doc.add_paragraph()
    if align is not None: p.alignment = align
    if indent: p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.line_spacing = Pt(28)
    set_font(p.add_run(text), name, size, bold, color)
    return p


def cpara(p, text, align=WD_ALIGN_PARAGRAPH.LEFT, size=11, bold=False):
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    if text:
        set_font(p.add_run(text), '仿宋_GB2312', size, bold)
    return p


def gridspan(row, n):
    first = row.cells[0]
    tcPr = first._tc.get_or_add_tcPr()
    gs = OxmlElement('w:gridSpan'); gs.set(qn('w:val'), str(n)); tcPr.append(gs)
    for tc in list(row._tr.tc_lst)[1:]:
        row._tr.remove(tc)
    return first


def split_units(v):
    out, cur, depth = [], '', 0
    for ch in v:
        if ch == '（': depth += 1
        if ch == '）': depth -= 1
        if ch == '、' and depth == 0:
            out.append(cur); cur = ''
        else:
            cur += ch
    out.append(cur)
    return out


doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
RED = RGBColor(0xE6, 0x00, 0x12)

para(doc, '沅北市青枫区人民政府办公室文件', '方正小标宋简体', 34, WD_ALIGN_PARAGRAPH.CENTER, color=RED, space_after=12)
p = para(doc, '青政办发〔2026〕4号', align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
pPr = p._p.get_or_add_pPr(); bdr = OxmlElement('w:pBdr'); b = OxmlElement('w:bottom')
for k, v in (('w:val', 'single'), ('w:sz', '18'), ('w:space', '6'), ('w:color', 'E60012')): b.set(qn(k), v)
bdr.append(b); pPr.append(bdr)
para(doc, '')
para(doc, '沅北市青枫区人民政府办公室关于印发', '方正小标宋简体', 22, WD_ALIGN_PARAGRAPH.CENTER)
para(doc, '2026年区政府工作报告重点工作任务分工的通知', '方正小标宋简体', 22, WD_ALIGN_PARAGRAPH.CENTER)
para(doc, '')
para(doc, '各镇人民政府、街道办事处，青枫经济开发区管委会，区政府各部门、各直属单位：')
para(doc, '《政府工作报告》已经区十八届人民代表大会第五次会议审议通过。为确保报告确定的各项目标任务落到实处，经区人民政府同意，现将《2026年区政府工作报告重点工作任务分工》印发给你们，并提出如下要求，请认真贯彻落实。', indent=True)
para(doc, '一、压实工作责任。各牵头单位是任务落实的第一责任主体，要对照分工逐项制定推进计划，明确时间表、路线图；配合单位要按照职责主动对接、积极配合，形成工作合力。', indent=True)
para(doc, '二、强化督查考核。区政府督查室对重点工作任务实行清单化管理，各牵头单位于每季度末月20日前将推进情况报区政府督查室，督查结果纳入年度绩效考核。', indent=True)
para(doc, '三、及时报告情况。工作推进中遇到的重大问题，牵头单位要及时向责任区领导报告，确需区政府协调解决的，按程序提请区政府常务会议研究。', indent=True)
para(doc, '')
para(doc, '附件：2026年区政府工作报告重点工作任务分工', indent=True)
para(doc, '')
para(doc, '沅北市青枫区人民政府办公室', align=WD_ALIGN_PARAGRAPH.RIGHT)
para(doc, '2026年2月24日', align=WD_ALIGN_PARAGRAPH.RIGHT)
para(doc, '（此件公开发布）', indent=True)

new = doc.add_section(WD_SECTION.NEW_PAGE)
new.orientation = WD_ORIENT.PORTRAIT
para(doc, '附件', '黑体', 16)
para(doc, '2026年区政府工作报告重点工作任务分工', '方正小标宋简体', 20, WD_ALIGN_PARAGRAPH.CENTER, space_after=12)

WIDTHS = [Cm(1.3), Cm(11.9), Cm(2.4)]
t = doc.add_table(rows=1, cols=3)
t.style = 'Table Grid'
for i, h in enumerate(['序号', '工作任务及责任分工', '完成时限']):
    cpara(t.rows[0].cells[i].paragraphs[0], h, WD_ALIGN_PARAGRAPH.CENTER, bold=True)
trPr = t.rows[0]._tr.get_or_add_trPr(); trPr.append(OxmlElement('w:tblHeader'))

gold = []
for title, rows in SECTIONS:
    r = t.add_row()
    c = gridspan(r, 3)
    cpara(c.paragraphs[0], title, bold=True)
    for (no, task, lead, coop, ldr, due, form) in rows:
        r = t.add_row()
        cells = r.cells
        cpara(cells[0].paragraphs[0], str(no), WD_ALIGN_PARAGRAPH.CENTER)
        cpara(cells[2].paragraphs[0], due, WD_ALIGN_PARAGRAPH.CENTER)
        unit_line = '牵头单位：' + lead + ('；配合单位：' + coop if coop else '')
        ldr_line = '责任区领导：' + ldr if ldr else None
        mid = cells[1]
        p1 = mid.paragraphs[0]
        if form == 'P':
            cpara(p1, task)
            cpara(mid.add_paragraph(), unit_line)
            if ldr_line: cpara(mid.add_paragraph(), ldr_line)
        elif form == 'L':
            cpara(p1, task)
            cpara(mid.add_paragraph(), ldr_line)
            cpara(mid.add_paragraph(), unit_line)
        elif form == 'B':
            cpara(p1, task)
            br = p1.add_run(); br.add_break(); set_font(br, '仿宋_GB2312', 11)
            set_font(p1.add_run(unit_line), '仿宋_GB2312', 11)
            if ldr_line: cpara(mid.add_paragraph(), ldr_line)
        elif form == 'B1':
            p1.paragraph_format.space_after = Pt(0)
            run = p1.add_run(task); set_font(run, '仿宋_GB2312', 11)
            run.add_break(WD_BREAK.LINE)
            run.add_text(unit_line)
            if ldr_line: cpara(mid.add_paragraph(), ldr_line)
        elif form == 'BB':
            cpara(p1, task)
            for line in (unit_line, ldr_line):
                br = p1.add_run(); br.add_break(); set_font(br, '仿宋_GB2312', 11)
                set_font(p1.add_run(line), '仿宋_GB2312', 11)
        leads = split_units(lead)
        coops = split_units(coop) if coop else []
        gold.append(dict(id=str(no), head=task[:12], responsible_units=leads + coops,
                         lead_units=leads, cooperating_units=coops,
                         leaders=ldr.split('、') if ldr else []))

from docx.table import _Cell
for tr in t._tbl.tr_lst:
    tcs = tr.tc_lst
    for i, tc in enumerate(tcs):
        _Cell(tc, t).width = sum(WIDTHS, Cm(0)) if len(tcs) == 1 else WIDTHS[i]

para(doc, '')
for _ in range(6): para(doc, '')
para(doc, '抄送：区委各部门，区人大常委会办公室，区政协办公室，区监委，区人民法院，区人民检察院，区人武部。', size=14)
para(doc, '沅北市青枫区人民政府办公室                 2026年2月24日印发', size=14)

doc.save(os.path.join(HERE, SLUG + '.docx'))
with open(os.path.join(HERE, SLUG + '.tasks.gold.jsonl'), 'w', encoding='utf-8') as f:
    for g in gold:
        f.write(json.dumps(g, ensure_ascii=False) + '\n')
print(len(gold))
