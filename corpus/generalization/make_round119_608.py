#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""608: a 县政府办 red-header Word notice whose 附件 table still holds the drafter's
hidden text (字体 → 隐藏, Ctrl+Shift+H): two withdrawn task rows hidden whole
(w:trPr/w:hidden plus w:vanish on every run and paragraph mark) with their old
序号, a 征求意见 note and a 联系人 line hidden in cells, a removed leader, helper
and deadline hidden in place, an old lead hidden before the new one, a
“（新增）” review mark hidden at a task's start, a hidden 起草说明 in the cover
and a hidden “（征求意见稿）” under the attachment title.  Word shows and prints
none of it (hidden text is off by default); it is all still in document.xml.
Written as raw OOXML with zipfile."""
import os
import zipfile
from xml.sax.saxutils import escape

NAME = "608_pulan_xian_gzbg_fenjie_yincang_wenzi.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

W_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
        'mc:Ignorable="w14"')

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = "FF0000"


class Run:
    def __init__(self, text, hidden=False, font=None, size=None, bold=False, color=None):
        self.text, self.hidden, self.font, self.size = text, hidden, font, size
        self.bold, self.color = bold, color


def rpr(font=None, size=None, bold=False, color=None, hidden=False):
    x = []
    if font:
        x.append('<w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:hint="eastAsia"/>'
                 % (font, font, font))
    if bold:
        x.append('<w:b/><w:bCs/>')
    if hidden:
        x.append('<w:vanish/>')
    if color:
        x.append('<w:color w:val="%s"/>' % color)
    if size:
        x.append('<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size))
    return '<w:rPr>%s</w:rPr>' % ''.join(x) if x else ''


def run_xml(r, dfont, dsize):
    font = r.font or dfont
    size = r.size or dsize
    return ('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>'
            % (rpr(font, size, r.bold, r.color, r.hidden), escape(r.text)))


def para(runs, jc=None, ind_first=None, font=FS, size=32, spacing=None, mark_hidden=False,
         extra_ppr='', keep=False):
    if isinstance(runs, str):
        runs = [Run(runs)]
    ppr = []
    if keep:
        ppr.append('<w:keepNext/>')
    ppr.append(extra_ppr)
    if spacing:
        ppr.append(spacing)
    else:
        ppr.append('<w:spacing w:line="560" w:lineRule="exact"/>')
    if ind_first:
        ppr.append('<w:ind w:firstLineChars="200" w:firstLine="%d"/>' % ind_first)
    if jc:
        ppr.append('<w:jc w:val="%s"/>' % jc)
    ppr.append(rpr(font, size, hidden=mark_hidden))
    return '<w:p><w:pPr>%s</w:pPr>%s</w:p>' % (''.join(ppr),
                                              ''.join(run_xml(r, font, size) for r in runs))


def body(text_runs, hidden=False):
    return para(text_runs, ind_first=640, mark_hidden=hidden)


# ---------------------------------------------------------------- table
COLS = [800, 6000, 1500, 2100, 2900, 1500]   # 14800 twips
TS = 24           # 小四 in the table
CELL_SPACING = '<w:spacing w:line="360" w:lineRule="exact"/>'


def cell_para(runs, jc=None, hidden_mark=False, font=FS):
    if isinstance(runs, str):
        runs = [Run(runs)]
    return para(runs, jc=jc, font=font, size=TS, spacing=CELL_SPACING, mark_hidden=hidden_mark)


def tc(i, paras, vmerge=None, span=None, hidden_row=False):
    """paras: list of (runs, hidden_paragraph_mark) or a single string."""
    if isinstance(paras, str):
        paras = [([Run(paras, hidden=hidden_row)], hidden_row)]
    w = sum(COLS[i:i + span]) if span else COLS[i]
    pr = '<w:tcW w:w="%d" w:type="dxa"/>' % w
    if span:
        pr += '<w:gridSpan w:val="%d"/>' % span
    if vmerge == 'restart':
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == 'continue':
        pr += '<w:vMerge/>'
    pr += '<w:vAlign w:val="center"/>'
    jc = 'both' if i == 1 else 'center'
    if span:
        jc = 'left'
    ps = []
    for runs, hm in paras:
        ps.append(cell_para(runs, jc=jc, hidden_mark=hm))
    return '<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (pr, ''.join(ps))


def tr(cells, header=False, hidden=False):
    pr = '<w:cantSplit/>'
    if header:
        pr += '<w:tblHeader/>'
    if hidden:
        pr += '<w:hidden/>'
    return '<w:tr><w:trPr>%s</w:trPr>%s</w:tr>' % (pr, ''.join(cells))


def R(t, **k):
    return Run(t, **k)


def H(t, **k):
    k.setdefault('color', RED)
    return Run(t, hidden=True, **k)


# each row: (no, task, leader, lead, helpers, deadline, opts)
# a field is either a str or a list of paragraphs [(runs, hidden_mark)]
def P(*runs, hidden=False):
    return (list(runs), hidden)


SECTION = 'section'
rows = [
    (SECTION, '一、推动经济稳进提质（6项）'),
    ('1', '确保全县地区生产总值增长6%左右，一般公共预算收入增长5%，固定资产投资增长8%以上。',
     '周文斌', '县发改局', '县财政局、县统计局、县税务局', '2025年12月底前'),
    ('2', '全年谋划储备重大项目100个以上，争取中央预算内投资、超长期特别国债和地方政府专项债券资金3亿元以上。',
     '周文斌', '县发改局',
     [P(R('县财政局、'), H('县自然资源局、', color=None), R('县住建局'))],
     '2025年12月底前'),
    ('3', '落实一揽子增量政策，开展“蒲购消费季”等促消费活动20场以上，社会消费品零售总额增长6%。',
     '刘晓燕', '县商务局', '县财政局、县市场监管局、县文旅局', '2025年12月底前'),
    ('4', '加大财源建设力度，严格落实党政机关过紧日子要求，“三公”经费只减不增。',
     '周文斌', '县财政局', '县税务局、县审计局', '2025年12月底前'),
    ('5', '深入开展“千企万户大走访”活动，帮助企业解决融资、用工、用地等问题，全年新增企业贷款15亿元以上。',
     '周文斌', '县工信局', '县金融服务中心、县人社局、县工商联', '2025年12月底前'),
    ('6', '夯实统计基础工作，确保统计数据真实准确，做好第五次全国经济普查成果开发应用。',
     '周文斌', '县统计局', '/', '2025年6月底前'),
    (SECTION, '二、加快产业转型升级（6项）'),
    ('7', [P(R('实施工业倍增计划，新增规模以上工业企业12家，规上工业增加值增长8%。')),
           P(H('县工信局反馈意见：新增规上企业目标建议调整为10家。经请示分管县领导，维持12家。'), hidden=True)],
     ('restart', '马俊峰'), '县工信局', '县发改局、县统计局、蒲岚经济开发区管委会', '2025年12月底前'),
    ('8', '推动新材料产业链延链补链强链，力争年内签约亿元以上项目10个、开工8个。',
     ('continue', ''), '蒲岚经济开发区管委会', '县投资促进中心、县工信局', '2025年12月底前'),
    ('HIDDEN', '9', '筹建蒲岚县数字经济产业园，引进数字经济企业20家以上。',
     ('continue', ''), '县工信局', '县发改局、县科技局、县数据局', '2025年12月底前'),
    ('9', '加快传统产业技术改造，实施技改项目25个，完成技改投资12亿元。',
     ('continue', ''), '县工信局', '县发改局、县财政局', '2025年12月底前'),
    ('10', '培育科技型中小企业40家、高新技术企业8家，全社会研发经费投入强度提高0.2个百分点。',
     '韩立群', '县科技局', '县财政局、县税务局、县统计局', '2025年12月底前'),
    ('11', [P(H('（新增）', color=None), R('大力发展文旅融合，创建国家4A级旅游景区1家，全年接待游客突破600万人次。'))],
     '刘晓燕', '县文旅局', '县发改局、县自然资源局、县交通运输局', '2025年12月底前'),
    ('12', '推进现代物流业发展，建成县级物流配送中心，实现快递进村全覆盖。',
     '刘晓燕', '县商务局', '县交通运输局、县邮政分公司、各乡镇人民政府', '2025年10月底前'),
    (SECTION, '三、扎实推进乡村全面振兴（5项）'),
    ('13', '稳定粮食播种面积56万亩以上，粮食总产量稳定在23万吨以上。',
     ('restart', '陈卫东'), '县农业农村局', '县自然资源局、县水利局、各乡镇人民政府', '2025年10月底前'),
    ('14', '新建高标准农田3.5万亩，开展耕地保护和撂荒地专项整治。',
     ('continue', ''),
     [P(H('县自然资源局', color=None), R('县农业农村局'))],
     '县自然资源局、县财政局、县水利局', '2025年11月底前'),
    ('15', '做大花椒、核桃等特色产业，新建标准化基地5万亩，农产品加工转化率达到68%。',
     ('continue', ''), '县农业农村局', '县林草局、县市场监管局、县供销社', '2025年12月底前'),
    ('16', '巩固拓展脱贫攻坚成果，守牢不发生规模性返贫底线，脱贫人口人均纯收入增长10%以上。',
     [P(H('孙德明', color=None), R('陈卫东'))],
     '县农业农村局', '县人社局、县医保局、县教育局、县住建局', '2025年12月底前'),
    ('17', '实施和美乡村建设行动，创建省级和美乡村示范村10个，农村卫生厕所普及率达到85%。',
     '陈卫东', '县农业农村局', '县住建局、县卫健局、市生态环境局蒲岚分局、各乡镇人民政府', '2025年12月底前'),
    (SECTION, '四、提升城乡建设品质（5项）'),
    ('18', '推进县城城市更新，改造老旧小区22个，新建改造供热、燃气管网45公里。',
     [P(R('王海涛'), H('、周文斌', color=None))],
     '县住建局', '县发改局、县财政局、县城市管理局', '2025年11月底前'),
    ('19', '加快蒲岚至兴安高速公路前期工作，完成国道312线蒲岚段改线工程。',
     '王海涛', '县交通运输局', '县自然资源局、县林草局、县公安局', '2025年12月底前'),
    ('20', '深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在32微克/立方米以内。',
     '王海涛', '市生态环境局蒲岚分局', '县住建局、县工信局、县城市管理局、县公安局', '2025年12月底前'),
    ('21', '全面落实河湖长制，完成洮河蒲岚段综合治理工程。',
     '王海涛', '县水利局', '市生态环境局蒲岚分局、县自然资源局、沿河各乡镇人民政府',
     [P(H('2025年6月底前', color=None)), P(R('2025年9月底前'))]),
    ('22', '完成国土空间总体规划实施评估，盘活批而未供和闲置土地1200亩。',
     '王海涛', '县自然资源局', '县住建局、县发改局、蒲岚经济开发区管委会', '2025年12月底前'),
    (SECTION, '五、持续深化改革开放（4项）'),
    ('23', '深化“放管服”改革，推进“高效办成一件事”，政务服务事项网上可办率达到98%以上。',
     '刘晓燕',
     [P(R('县政务服务中心')), P(H('联系人：唐晓琳　电话：6218856'), hidden=True)],
     '县直各有关部门', '2025年12月底前'),
    ('HIDDEN', '25', '组建县属国有资本投资运营集团，推动县城投公司市场化转型。',
     '周文斌', '县财政局', '县城投公司、县审计局、县人社局', '2025年9月底前'),
    ('24', '深化国有企业改革，完善县属国有企业法人治理结构，国有资产保值增值率达到100%。',
     '周文斌', '县财政局', '县城投公司、县审计局', '2025年12月底前'),
    ('25', '持续优化营商环境，开展营商环境突出问题专项整治，民营经济增加值占比提高1个百分点。',
     '周文斌',
     [P(H('县工信局', color=None), R('县发改局'))],
     '县市场监管局、县工商联、县司法局', '2025年12月底前'),
    ('26', '扩大对外开放，组织企业参加进博会、广交会等重点展会10场次，进出口总额增长5%。',
     '刘晓燕', '县商务局', '县投资促进中心、县税务局', '2025年12月底前'),
    (SECTION, '六、用心办好民生实事（4项）'),
    ('27', '实施就业优先战略，城镇新增就业3200人，城镇调查失业率控制在5.5%以内。',
     ('restart', '韩立群'), '县人社局', '县教育局、县财政局、团县委', '2025年12月底前'),
    ('28', '新建城区第三幼儿园，改扩建县第二中学教学楼，推进义务教育优质均衡发展。',
     ('continue', ''), '县教育局',
     [P(R('县发改局、县财政局、县住建局、县自然资源局')),
      P(H('（县财政局意见：教学楼改扩建资金拟列入2026年预算，建议本单位不作为配合单位。未采纳。）'), hidden=True)],
     '2025年12月底前'),
    ('29', '推进紧密型县域医共体建设，县人民医院创建三级乙等医院。',
     ('continue', ''), '县卫健局', '县医保局、县财政局、县人社局', '2025年12月底前'),
    ('30', '健全养老服务体系，新建社区嵌入式养老服务中心5个，高龄津贴惠及1.6万人。',
     ('continue', ''), '县民政局', '县财政局、县卫健局、各乡镇人民政府', '2025年12月底前'),
]


def field(i, v, hidden_row=False):
    if isinstance(v, tuple):      # vmerge
        kind, text = v
        if kind == 'continue':
            return tc(i, [([], hidden_row)], vmerge='continue')
        return tc(i, [([Run(text, hidden=hidden_row)], hidden_row)], vmerge='restart')
    return tc(i, v, hidden_row=hidden_row)


def build_table():
    x = ['<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/>'
         '<w:tblBorders>' % sum(COLS)]
    for b in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x.append('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % b)
    x.append('</w:tblBorders><w:tblLayout w:type="fixed"/>'
             '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
             '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
             '</w:tblPr><w:tblGrid>')
    for c in COLS:
        x.append('<w:gridCol w:w="%d"/>' % c)
    x.append('</w:tblGrid>')
    heads = ['序号', '重点工作任务', '责任县领导', '牵头单位', '配合单位', '完成时限']
    x.append(tr([tc(i, [([Run(h, font=HT)], False)]) for i, h in enumerate(heads)], header=True))
    for row in rows:
        if row[0] == SECTION:
            x.append(tr([tc(0, [([Run(row[1], font=HT)], False)], span=6)]))
            continue
        hidden = row[0] == 'HIDDEN'
        vals = row[1:] if hidden else row
        cells = [field(i, v, hidden_row=hidden) for i, v in enumerate(vals)]
        x.append(tr(cells, hidden=hidden))
    x.append('</w:tbl>')
    return ''.join(x)


def sect(landscape=False, last=False):
    if landscape:
        pg = ('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
              '<w:pgMar w:top="1588" w:right="1440" w:bottom="1474" w:left="1440" '
              'w:header="851" w:footer="992" w:gutter="0"/>')
    else:
        pg = ('<w:pgSz w:w="11906" w:h="16838"/>'
              '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" '
              'w:header="851" w:footer="1304" w:gutter="0"/>')
    s = ('<w:sectPr><w:footerReference w:type="default" r:id="rId4"/>'
         '<w:type w:val="nextPage"/>%s<w:cols w:space="425"/>'
         '<w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>' % pg)
    if last:
        return s
    return '<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/>%s</w:pPr></w:p>' % s


def build_document():
    b = []
    # 版头
    b.append(para([Run('蒲岚县人民政府办公室文件', font=XBS, size=72, color=RED)], jc='distribute',
                  spacing='<w:spacing w:before="600" w:line="240" w:lineRule="auto"/>'))
    b.append(para('', spacing='<w:spacing w:line="560" w:lineRule="exact"/>'))
    b.append(para([Run('蒲政办发〔2025〕7号')], jc='center',
                  extra_ppr='<w:pBdr><w:bottom w:val="single" w:sz="18" w:space="12" w:color="FF0000"/></w:pBdr>'))
    b.append(para(''))
    b.append(para([Run('蒲岚县人民政府办公室', font=XBS, size=44)], jc='center', font=XBS, size=44,
                  spacing='<w:spacing w:line="600" w:lineRule="exact"/>'))
    b.append(para([Run('关于印发2025年《政府工作报告》重点工作', font=XBS, size=44)], jc='center',
                  font=XBS, size=44, spacing='<w:spacing w:line="600" w:lineRule="exact"/>'))
    b.append(para([Run('任务分解方案的通知', font=XBS, size=44)], jc='center', font=XBS, size=44,
                  spacing='<w:spacing w:line="600" w:lineRule="exact"/>'))
    b.append(para(''))
    b.append(para('各乡镇人民政府，县政府各部门、各直属机构：'))
    b.append(body('《2025年〈政府工作报告〉重点工作任务分解方案》已经县政府第27次常务会议研究同意，'
                  '现印发给你们，请结合实际认真抓好贯彻落实。现将有关事项通知如下：'))
    b.append(body([H('【起草说明，印发前删除】根据县政府第27次常务会议意见：原第9项（数字经济产业园）、'
                     '原第25项（组建国有资本投资运营集团）暂不列入本年度分解方案，后续序号依次前移；'
                     '原第15项牵头单位由县自然资源局调整为县农业农村局，原第26项牵头单位由县工信局调整为县发改局；'
                     '原第17项责任县领导由孙德明同志调整为陈卫东同志。请督查室核对后印发。（联系人：唐晓琳）', font=KT)],
                  hidden=True))
    b.append(body([Run('一、压实工作责任。', font=HT),
                   Run('各责任县领导要加强对分管领域重点工作的统筹调度，及时协调解决推进中的重大问题。'
                       '牵头单位对牵头事项负总责，主要负责同志要亲自研究部署，制定具体推进计划，'
                       '明确时间表、路线图；配合单位要按照职责分工主动配合、密切协作，形成工作合力。')]))
    b.append(body([Run('二、强化跟踪问效。', font=HT),
                   Run('各牵头单位要建立工作台账，于每季度最后一个月的25日前，'
                       '将牵头事项推进情况（含配合单位工作情况）书面报送县政府督查室，'
                       '同时报送电子文档。对推进中遇到的困难和问题，要及时报告责任县领导。')]))
    b.append(body([Run('三、严格督查考核。', font=HT),
                   Run('县政府督查室要加强跟踪督办，定期通报工作进展情况，'
                       '并将任务完成情况纳入年度目标责任考核。对工作推进不力、'
                       '未按时限完成任务的单位，将按有关规定严肃问责。')]))
    b.append(para(''))
    b.append(para([Run('附件：2025年《政府工作报告》重点工作任务分解方案')],
                  extra_ppr='<w:ind w:left="1600" w:hangingChars="500" w:hanging="1600"/>'))
    b.append(para(''))
    b.append(para(''))
    b.append(para('蒲岚县人民政府办公室', jc='right',
                  extra_ppr='<w:ind w:right="1280"/>'))
    b.append(para('2025年2月18日', jc='right', extra_ppr='<w:ind w:right="1600"/>'))
    b.append(para(''))
    b.append(body('（此件公开发布）'))
    b.append(sect(landscape=False))
    # 附件
    b.append(para([Run('附件', font=HT)], font=HT))
    b.append(para([Run('2025年《政府工作报告》重点工作任务分解方案', font=XBS, size=40)], jc='center',
                  font=XBS, size=40, spacing='<w:spacing w:before="120" w:line="600" w:lineRule="exact"/>'))
    b.append(para([H('（征求意见稿）', font=KT)], jc='center', mark_hidden=True))
    b.append(para(''))
    b.append(build_table())
    b.append(para(''))
    b.append(sect(landscape=True))
    # 版记 on a portrait last page
    for _ in range(14):
        b.append(para(''))
    b.append(para([Run('抄送：县委各部门，县人大常委会办公室，县政协办公室，县纪委监委，'
                       '县法院，县检察院，县人武部。')],
                  size=28, extra_ppr='<w:pBdr><w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/>'
                  '<w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>'
                  '<w:ind w:left="840" w:right="280" w:hanging="560"/>'))
    b.append(para([Run('蒲岚县人民政府办公室　　　　　　　　2025年2月18日印发')], size=28,
                  extra_ppr='<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" w:color="000000"/></w:pBdr>'
                  '<w:ind w:left="280" w:right="280"/>'))
    b.append(sect(last=True))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<w:document %s><w:body>%s</w:body></w:document>' % (W_NS, ''.join(b)))


STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:docDefaults><w:rPrDefault><w:rPr>'
          '<w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
          '<w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/>'
          '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
          '<w:pPrDefault><w:pPr><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/>'
          '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
          '<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/>'
          '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
          '<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/>'
          '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
          '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
          '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="footer"/><w:basedOn w:val="a"/>'
          '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs>'
          '<w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
          '</w:styles>')

FOOTER = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:p><w:pPr><w:pStyle w:val="a3"/><w:jc w:val="center"/></w:pPr>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:hint="eastAsia"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">— </w:t></w:r>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:hint="eastAsia"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve"> —</w:t></w:r>'
          '</w:p></w:ftr>')

SETTINGS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/>'
            '<w:defaultTabStop w:val="420"/><w:drawingGridHorizontalSpacing w:val="160"/>'
            '<w:drawingGridVerticalSpacing w:val="579"/><w:displayHorizontalDrawingGridEvery w:val="0"/>'
            '<w:characterSpacingControl w:val="compressPunctuation"/><w:compat>'
            '<w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>'
            '<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/>'
            '<w:useFELayout/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
            '</w:compat><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
            '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>')

FONT_TABLE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              + ''.join('<w:font w:name="%s"><w:charset w:val="86"/><w:family w:val="modern"/></w:font>' % f
                        for f in (FS, HT, KT, XBS, '宋体'))
              + '<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/></w:font>'
              '</w:fonts>')

CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
      '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
      '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
      '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
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
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>'
            '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
            '</Relationships>')

CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title></dc:title><dc:creator>唐晓琳</dc:creator><cp:lastModifiedBy>蒲岚县政府办</cp:lastModifiedBy>'
        '<cp:revision>14</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-02-08T01:12:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-02-18T07:46:00Z</dcterms:modified>'
        '</cp:coreProperties>')

APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
       '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
       'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
       '<Template>Normal.dotm</Template><TotalTime>312</TotalTime><Pages>6</Pages>'
       '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
       '<Company></Company><AppVersion>16.0000</AppVersion></Properties>')


def main():
    with zipfile.ZipFile(OUT, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CT)
        z.writestr('_rels/.rels', RELS)
        z.writestr('word/document.xml', build_document())
        z.writestr('word/styles.xml', STYLES)
        z.writestr('word/settings.xml', SETTINGS)
        z.writestr('word/fontTable.xml', FONT_TABLE)
        z.writestr('word/footer1.xml', FOOTER)
        z.writestr('word/_rels/document.xml.rels', DOC_RELS)
        z.writestr('docProps/core.xml', CORE)
        z.writestr('docProps/app.xml', APP)
    print(OUT)


if __name__ == '__main__':
    main()
