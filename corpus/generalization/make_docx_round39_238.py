#!/usr/bin/python3
"""Generate 238_hongzhou_renwu_fengong.docx: a city notice whose task numbers are Word SEQ fields."""
import os
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '238_hongzhou_renwu_fengong.docx')

FS = '仿宋_GB2312'
HT = '黑体'
XBS = '方正小标宋简体'

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
sec.left_margin, sec.right_margin = Mm(28), Mm(26)

st = doc.styles['Normal']
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn('w:eastAsia'), FS)
st.paragraph_format.line_spacing = Pt(28.9)
st.paragraph_format.space_after = Pt(0)


def rpr_xml(font=FS, size=32, bold=False, color=None):
    s = f'<w:rPr><w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/>'
    if bold:
        s += '<w:b/>'
    if color:
        s += f'<w:color w:val="{color}"/>'
    s += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
    return s


def para(text='', font=FS, size=16, align=None, indent=True, bold=False, color=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        r.font.name = font
        r.font.size = Pt(size)
        r.font.bold = bold
        r._element.rPr.rFonts.set(qn('w:eastAsia'), font)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return p


def run_xml(text):
    return f'<w:r {nsdecls("w")}>{rpr_xml()}<w:t xml:space="preserve">{text}</w:t></w:r>'


def seq_simple(p, n, instr):
    fld = parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr="{instr}">'
        f'<w:r>{rpr_xml()}<w:t>{n}</w:t></w:r></w:fldSimple>')
    p._p.append(fld)


def seq_complex(p, n, instr_parts):
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}>{rpr_xml()}<w:fldChar w:fldCharType="begin"/></w:r>'))
    for part in instr_parts:
        p._p.append(parse_xml(
            f'<w:r {nsdecls("w")}>{rpr_xml()}<w:instrText xml:space="preserve">{part}</w:instrText></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}>{rpr_xml()}<w:fldChar w:fldCharType="separate"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}>{rpr_xml()}<w:t>{n}</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}>{rpr_xml()}<w:fldChar w:fldCharType="end"/></w:r>'))


# field style per task: 'S' fldSimple, 'C' complex in one instrText, 'X' complex with split instrText
STYLE = 'SSCSXCCSSCXSCSSCXCSSCCSX'
INSTR = ' SEQ 任务 \\* ARABIC '
INSTR_MF = ' SEQ 任务 \\* ARABIC \\* MERGEFORMAT '


def task(n, text, duty):
    p = para()
    kind = STYLE[n - 1]
    if kind == 'S':
        seq_simple(p, n, INSTR if n % 4 else INSTR_MF)
    elif kind == 'C':
        seq_complex(p, n, [INSTR])
    else:
        seq_complex(p, n, [' SEQ ', '任务', ' \\* ARABIC ', '\\* MERGEFORMAT '])
    p._p.append(parse_xml(run_xml('．' + text)))
    para(duty)


# ---- 版头 ----
para('泓州市人民政府办公室文件', font=XBS, size=36, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, color='FF0000')
para()
para('泓政办发〔2024〕15号', align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
rule = para(indent=False)
rule._p.get_or_add_pPr().append(parse_xml(
    f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr>'))
para()
# ---- 主体 ----
para('泓州市人民政府办公室', font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para('关于印发2024年市政府工作报告重点工作任务分工方案的通知', font=XBS, size=22,
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para()
para('各县（市、区）人民政府，泓州高新区管委会，市政府各部门、各直属机构：', indent=False)
para('《2024年市政府工作报告重点工作任务分工方案》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。')
para('各主责部门要切实履行牵头职责，会同协同部门细化工作措施，明确完成时限，于每季度首月10日前将上季度工作进展情况报市政府督查室，同时抄送市发展改革委。')
para()
para('附件：2024年市政府工作报告重点工作任务分工方案')
para()
para('泓州市人民政府办公室', align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
para('2024年2月26日', align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
para('（此件公开发布）')
doc.add_page_break()
# ---- 附件 ----
para('附件', font=HT, indent=False)
para()
para('2024年市政府工作报告重点工作任务分工方案', font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para()
para('为确保市十七届人大三次会议审议通过的《政府工作报告》确定的各项目标任务落到实处，现将重点工作任务分工如下。')

H = para  # headings typed in 黑体
H('一、推动经济质量稳步提升', font=HT)
task(1, '全市地区生产总值增长6%左右，一般公共预算收入增长5.5%，城乡居民人均可支配收入增长与经济增长基本同步。',
     '主责部门：市发展改革委；协同部门：市财政局、市统计局、市人力资源社会保障局；分管领导：陈立群')
task(2, '全年实施市级重点项目200个，完成年度投资650亿元以上，争取超长期特别国债和地方政府专项债券资金80亿元。',
     '主责部门：市发展改革委、市财政局；协同部门：市自然资源和规划局、市住房城乡建设局、各县（市、区）人民政府；分管领导：陈立群')
task(3, '深入实施扩大内需战略，开展“泓州好物”促消费系列活动50场以上，社会消费品零售总额增长6.5%。',
     '主责部门：市商务局；协同部门：市市场监督管理局、市文化广电旅游局、各县（市、区）人民政府；分管领导：许文博')
task(4, '落实支持民营经济高质量发展若干措施，新增经营主体3万户以上，其中企业8000户。',
     '主责部门：市市场监督管理局；协同部门：市发展改革委、市工业和信息化局、市行政审批服务局；分管领导：许文博')
task(5, '全面完成统计数据质量提升三年行动任务，做好第五次全国经济普查数据发布和开发应用。',
     '主责部门：市统计局；分管领导：陈立群')
H('二、加快建设现代化产业体系', font=HT)
task(6, '实施先进制造业集群培育行动，推动新材料、装备制造两个产业集群规模突破千亿元。',
     '主责部门：市工业和信息化局；协同部门：市科技局、泓州高新区管委会；分管领导：梁振宇')
task(7, '新增国家级专精特新“小巨人”企业5家、省级专精特新中小企业60家。',
     '主责部门：市工业和信息化局；协同部门：市财政局、市市场监督管理局；分管领导：梁振宇')
task(8, '全社会研发经费投入增长12%，新增高新技术企业120家，技术合同成交额突破80亿元。',
     '主责部门：市科技局；协同部门：市财政局、市统计局、国家税务总局泓州市税务局；分管领导：梁振宇')
task(9, '加快数字经济发展，新建5G基站1500个，数字经济核心产业增加值占地区生产总值比重达到7%。',
     '主责部门：市数据局；协同部门：市工业和信息化局、市通信发展管理办公室；分管领导：梁振宇')
task(10, '提升现代服务业能级，新增规模以上服务业企业80家，物流业增加值增长7%。',
     '主责部门：市发展改革委；协同部门：市商务局、市交通运输局；分管领导：许文博')
task(11, '推进农业现代化，新建高标准农田12万亩，粮食总产量稳定在180万吨以上。',
     '主责部门：市农业农村局；协同部门：市财政局、市水利局、市自然资源和规划局、各县（市、区）人民政府；分管领导：邓卫东')
H('三、持续深化改革开放', font=HT)
task(12, '深化“高效办成一件事”改革，政务服务事项网上可办率达到98%以上。',
     '主责部门：市行政审批服务局；协同部门：市数据局、市政府各有关部门；分管领导：黄思媛')
task(13, '深化国资国企改革，完成市属国有企业战略性重组和专业化整合。',
     '主责部门：市国资委；协同部门：市财政局；分管领导：陈立群')
task(14, '稳外贸稳外资，进出口总额增长5%，实际使用外资2.5亿美元。',
     '主责部门：市商务局；协同部门：泓州海关、市外事办公室、泓州高新区管委会；分管领导：许文博')
task(15, '高水平建设泓州综合保税区，加快申建跨境电子商务综合试验区。',
     '主责部门：泓州高新区管委会；协同部门：市商务局、泓州海关；分管领导：许文博、梁振宇')
H('四、推进城乡融合和生态文明建设', font=HT)
task(16, '实施城市更新项目60个，改造城镇老旧小区120个，新开工保障性租赁住房3000套。',
     '主责部门：市住房城乡建设局；协同部门：市自然资源和规划局、市发展改革委、市财政局、各县（市、区）人民政府；分管领导：黄思媛')
task(17, '完善综合交通网络，加快泓州至临江高速公路建设，新改建农村公路500公里。',
     '主责部门：市交通运输局；协同部门：市自然资源和规划局、市生态环境局、各县（市、区）人民政府；分管领导：梁振宇')
task(18, '深入打好污染防治攻坚战，细颗粒物（PM2.5）平均浓度控制在33微克/立方米以内，国考断面水质优良比例保持100%。',
     '主责部门：市生态环境局；协同部门：市住房城乡建设局、市交通运输局、市农业农村局、市水利局；分管领导：邓卫东')
task(19, '全面推行林长制和河湖长制，完成营造林8万亩。',
     '主责部门：市林业局；协同部门：市水利局、各县（市、区）人民政府；分管领导：邓卫东')
H('五、持续保障和改善民生', font=HT)
task(20, '城镇新增就业4.5万人，城镇调查失业率控制在5.5%以内，零就业家庭动态清零。',
     '主责部门：市人力资源社会保障局；协同部门：市财政局、市教育局、市农业农村局；分管领导：黄思媛')
task(21, '新建改扩建中小学、幼儿园30所，新增学位2.4万个。',
     '主责部门：市教育局；协同部门：市发展改革委、市财政局、市自然资源和规划局、市住房城乡建设局；分管领导：黄思媛')
task(22, '推进紧密型城市医疗集团建设，争创国家区域医疗中心1个。',
     '主责部门：市卫生健康委；协同部门：市医疗保障局、市发展改革委；分管领导：黄思媛')
task(23, '健全多层次养老服务体系，新增养老床位2000张，建设社区嵌入式养老服务设施20处。',
     '主责部门：市民政局；协同部门：市卫生健康委、市住房城乡建设局；分管领导：黄思媛')
task(24, '统筹发展和安全，深化安全生产治本攻坚三年行动，坚决遏制重特大事故发生。',
     '主责部门：市应急管理局；协同部门：市政府安委会各成员单位、各县（市、区）人民政府；分管领导：陈立群')
para('各主责部门对牵头事项负总责，协同部门按职责分工积极配合；涉及多个主责部门的，排在第一位的部门负责综合协调和情况汇总。')
para()
# ---- 版记 ----
vj = para('抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级法院，市检察院。', indent=False)
vj._p.get_or_add_pPr().append(parse_xml(
    f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/>'
    f'<w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>'))
pr = para('泓州市人民政府办公室\t2024年2月26日印发', indent=False)
pr._p.get_or_add_pPr().append(parse_xml(
    f'<w:tabs {nsdecls("w")}><w:tab w:val="right" w:pos="8844"/></w:tabs>'))
pr._p.get_or_add_pPr().append(parse_xml(
    f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="8" w:space="1" w:color="000000"/></w:pBdr>'))

doc.save(OUT)
print('wrote', OUT)
