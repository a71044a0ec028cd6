# Generates 266_huaiyang_shizhi_fenjie.docx and its gold (run with /usr/bin/python3).
import os, re, json
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
SLUG = '266_huaiyang_shizhi_fenjie'

M = None  # merged continuation of 牵头单位
# (序号, 工作任务, 牵头单位 or M, 配合单位, 责任市领导, 完成时限)
SECTIONS = [
 ('一、工业经济（共6项）', [
  ('1', '实施制造业重点产业链提升行动，做强装备制造、新材料、食品加工三大主导产业，规上工业增加值增长7%。', '市工业和信息化局', '市发展改革委、市统计局', '刘振东', '2024年12月底前'),
  ('2', '推进企业技术改造，全年实施技改项目150个以上，技改投资增长10%。', M, '同上', '同上', '2024年12月底前'),
  ('3', '开展“智改数转”专项行动，新培育省级智能工厂、数字化车间12个。', M, '市科技局、市数据局', '同上', '2024年11月底前'),
  ('4', '加强科技创新平台建设，新建省级以上研发平台8个，高新技术企业总数突破400家。', '市科技局', '市工业和信息化局、市财政局', '刘振东', '2024年12月底前'),
  ('5', '优化工业用地供给，推行“标准地”出让，盘活闲置低效工业用地3000亩。', '市自然资源和规划局', '市工业和信息化局、槐阳经济技术开发区管委会', '孙静', '2024年10月底前'),
  ('6', '深化“亩均论英雄”改革，完成规上工业企业亩均效益综合评价并公布结果。', '市工业和信息化局', '市统计局、市税务局、市自然资源和规划局', '刘振东', '2024年6月底前'),
 ]),
 ('二、开放与消费（共5项）', [
  ('7', '办好第五届槐阳农产品博览会，现场签约项目金额不低于50亿元。', '市农业农村局', '市商务局、市贸促会', '陈卫国', '2024年9月'),
  ('8', '实施外贸主体培育工程，新增有进出口实绩企业30家，进出口总额增长5%。', '市商务局', '槐阳海关、市税务局', '周立言', '2024年12月底前'),
  ('9', '开展“槐阳好物”促消费系列活动，社会消费品零售总额增长6.5%。', M, '市文化广电旅游局、市市场监管局', '同上', '全年持续推进'),
  ('10', '加快冷链物流基地建设，建成区域性农产品冷链集配中心1个。', '市发展改革委', '市商务局、市交通运输局、市供销合作社', '周立言、陈卫国', '2024年11月底前'),
  ('11', '推进政府投资项目审批“一站式”办理，全流程审批时限压减至60个工作日以内。', '市行政审批服务局', '无', '周立言', '2024年6月底前'),
 ]),
 ('三、城市建设（共6项）', [
  ('12', '编制完成槐阳市国土空间总体规划（2021—2035年）并按程序报批。', '市自然资源和规划局', '市发展改革委、市住房和城乡建设局', '孙静', '2024年6月底前'),
  ('13', '启动中心城区老旧小区改造项目38个，同步完善养老、托育、停车等配套设施。', '市住房和城乡建设局', '市城市管理局、市财政局', '孙静', '2024年12月底前'),
  ('14', '推进城市地下管网更新改造，改造燃气、供水老旧管网120公里。', M, '同上', '同上', '2024年12月底前'),
  ('15', '实施城市内涝治理工程，消除中心城区易涝积水点15处。', M, '市水利局、市城市管理局', '同上', '2024年汛期前'),
  ('16', '推进保障性租赁住房建设，全年筹集房源1500套。', M, '市自然资源和规划局、市财政局', '同上', '2024年12月底前'),
  ('17', '开展城市道路“微改造”，打通断头路8条，新增公共停车泊位2000个。', '市城市管理局', '市公安局交通警察支队、市住房和城乡建设局', '孙静', '2024年10月底前'),
 ]),
 ('四、民生保障（共7项）', [
  ('18', '新增城镇就业2.6万人，开展补贴性职业技能培训3万人次。', '市人力资源社会保障局', '市财政局、市教育局', '马晓红', '2024年12月底前'),
  ('19', '实施义务教育学校校舍改造项目10个，全面消除56人以上大班额。', '市教育局', '—', '马晓红', '2024年8月底前'),
  ('20', '推进市中医院迁建工程，年内完成主体结构封顶。', '市卫生健康委', '市医保局、市财政局', '马晓红', '2024年12月底前'),
  ('21', '推进紧密型县域医共体建设，县域内就诊率达到90%以上。', M, '同上', '同上', '2024年12月底前'),
  ('22', '新建社区嵌入式养老服务中心12个，改造提升农村敬老院5所。', '市民政局', '市财政局、市卫生健康委', '马晓红', '2024年11月底前'),
  ('23', '完善城乡居民基本医疗保险市级统筹，落实大病保险倾斜支付政策。', '市医保局', '市财政局、市税务局', '同上', '长期坚持'),
  ('24', '深化安全生产治本攻坚三年行动，开展燃气、自建房等重点领域隐患排查整治。', '市应急管理局', '市住房和城乡建设局、市城市管理局、各县（市、区）人民政府', '黄振宇', '持续推进'),
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

def cell_text(cell, text, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, size=11):
    p = cell.paragraphs[0]
    p.alignment = align
    if text:
        set_font(p.add_run(text), '仿宋_GB2312', size, bold)

def vmerge(cell, val):
    tcPr = cell._tc.get_or_add_tcPr()
    v = OxmlElement('w:vMerge')
    if val: v.set(qn('w:val'), val)
    tcPr.append(v)

def gridspan(row, n):
    first = row.cells[0]
    tcPr = first._tc.get_or_add_tcPr()
    gs = OxmlElement('w:gridSpan'); gs.set(qn('w:val'), str(n)); tcPr.append(gs)
    for tc in list(row._tr.tc_lst)[1:]:
        row._tr.remove(tc)
    return first

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
RED = RGBColor(0xE6, 0x00, 0x12)

para(doc, '槐阳市人民政府办公室文件', '方正小标宋简体', 36, WD_ALIGN_PARAGRAPH.CENTER, color=RED, space_after=12)
p = para(doc, '槐政办发〔2024〕12号', align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
# red rule under the 文号
pPr = p._p.get_or_add_pPr(); bdr = OxmlElement('w:pBdr'); b = OxmlElement('w:bottom')
for k, v in (('w:val', 'single'), ('w:sz', '18'), ('w:space', '6'), ('w:color', 'E60012')): b.set(qn(k), v)
bdr.append(b); pPr.append(bdr)
para(doc, '')
para(doc, '槐阳市人民政府办公室', '方正小标宋简体', 22, WD_ALIGN_PARAGRAPH.CENTER)
para(doc, '关于印发槐阳市2024年市政府重点工作任务', '方正小标宋简体', 22, WD_ALIGN_PARAGRAPH.CENTER)
para(doc, '市直部门责任分解表的通知', '方正小标宋简体', 22, WD_ALIGN_PARAGRAPH.CENTER)
para(doc, '')
para(doc, '各县（市、区）人民政府，槐阳经济技术开发区管委会，市政府各部门、各直属机构：')
para(doc, '为抓好市十六届人大四次会议审议通过的《政府工作报告》各项任务落实，经市政府同意，现将《槐阳市2024年市政府重点工作任务市直部门责任分解表》印发给你们，请结合实际认真抓好落实。', indent=True)
para(doc, '各牵头单位要逐项细化工作措施，于每季度最后一个月25日前将工作进展情况报送市政府督查室；配合单位要主动对接、密切配合。表中标注“同上”的，与上一项内容相同；牵头单位栏合并的，由该单位统一牵头负责。', indent=True)
para(doc, '')
para(doc, '附件：槐阳市2024年市政府重点工作任务市直部门责任分解表', indent=True)
para(doc, '')
para(doc, '槐阳市人民政府办公室', align=WD_ALIGN_PARAGRAPH.RIGHT)
para(doc, '2024年2月26日', align=WD_ALIGN_PARAGRAPH.RIGHT)
para(doc, '（此件公开发布）', indent=True)

# attachment in a landscape section
new = doc.add_section(WD_SECTION.NEW_PAGE)
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = Cm(29.7), Cm(21)
new.top_margin, new.bottom_margin = Cm(2.5), Cm(2.5)
new.left_margin, new.right_margin = Cm(2.5), Cm(2.5)
para(doc, '附件', '黑体', 16)
para(doc, '槐阳市2024年市政府重点工作任务市直部门责任分解表', '方正小标宋简体', 20, WD_ALIGN_PARAGRAPH.CENTER, space_after=12)

HEAD = ['序号', '工作任务', '牵头单位', '配合单位', '责任市领导', '完成时限']
WIDTHS = [Cm(1.4), Cm(10.5), Cm(3.6), Cm(5.2), Cm(2.6), Cm(2.4)]
t = doc.add_table(rows=1, cols=6)
t.style = 'Table Grid'
for i, h in enumerate(HEAD):
    cell_text(t.rows[0].cells[i], h, bold=True)
trPr = t.rows[0]._tr.get_or_add_trPr(); th = OxmlElement('w:tblHeader'); trPr.append(th)

gold = []
for title, rows in SECTIONS:
    r = t.add_row()
    c = gridspan(r, 6)
    cell_text(c, title, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT)
    prev = None
    for k, (no, task, lead, coop, ldr, due) in enumerate(rows):
        r = t.add_row()
        cells = r.cells
        nxt = rows[k + 1][2] if k + 1 < len(rows) else 'X'
        cell_text(cells[0], no)
        cell_text(cells[1], task, align=WD_ALIGN_PARAGRAPH.LEFT)
        if lead is M:
            vmerge(cells[2], None)          # continuation: empty cell
        else:
            cell_text(cells[2], lead)
            if nxt is M: vmerge(cells[2], 'restart')
        cell_text(cells[3], coop)
        cell_text(cells[4], ldr)
        cell_text(cells[5], due)
        # gold: expand merge and 同上
        g_lead = prev['lead'] if lead is M else lead
        g_coop = prev['coop'] if coop == '同上' else coop
        g_ldr = prev['ldr'] if ldr == '同上' else ldr
        prev = dict(lead=g_lead, coop=g_coop, ldr=g_ldr)
        leads = re.split(r'、(?![^（]*）)', g_lead)
        coops = [] if g_coop in ('无', '—') else re.split(r'、(?![^（]*）)', g_coop)
        gold.append(dict(id=no, head=task[:12], responsible_units=leads + coops,
                         lead_units=leads, cooperating_units=coops, leaders=re.split(r'、(?![^（]*）)', g_ldr)))
from docx.table import _Cell
for tr in t._tbl.tr_lst:
    tcs = tr.tc_lst
    for i, tc in enumerate(tcs):
        _Cell(tc, t).width = sum(WIDTHS, Cm(0)) if len(tcs) == 1 else WIDTHS[i]

# 版记 back in portrait
last = doc.add_section(WD_SECTION.NEW_PAGE)
last.orientation = WD_ORIENT.PORTRAIT
last.page_width, last.page_height = Cm(21), Cm(29.7)
for _ in range(18): para(doc, '')
para(doc, '抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级人民法院，市人民检察院。', size=14)
para(doc, '槐阳市人民政府办公室                     2024年2月26日印发', size=14)

doc.save(os.path.join(HERE, SLUG + '.docx'))
with open(os.path.join(HERE, SLUG + '.tasks.gold.jsonl'), 'w', encoding='utf-8') as f:
    for g in gold:
        f.write(json.dumps(g, ensure_ascii=False) + '\n')
print(len(gold))
