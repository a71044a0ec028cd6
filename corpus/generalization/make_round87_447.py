#!/usr/bin/env python3
"""Write 447_suyang_xian_gzbg_renwu_fenjie.docx: an ordinary county 县政府办 notice
with its task table as 附件 (OOXML written by hand with zipfile)."""
import os
import zipfile
from xml.sax.saxutils import escape

NAME = "447_suyang_xian_gzbg_renwu_fenjie.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"

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


def rpr(font=FS, size=32, bold=False, color=None):
    s = ('<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="Times New Roman"/>'
         % ("Times New Roman", "Times New Roman", font))
    if bold:
        s += '<w:b/><w:bCs/>'
    if color:
        s += '<w:color w:val="%s"/>' % color
    s += '<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>' % (size, size)
    return s


def run(text, **kw):
    parts = text.split("\n")
    out = '<w:r>' + rpr(**kw)
    for i, p in enumerate(parts):
        if i:
            out += '<w:br/>'
        out += '<w:t xml:space="preserve">%s</w:t>' % escape(p)
    return out + '</w:r>'


def para(runs, jc=None, line=560, rule="exact", before=0, after=0,
         extra_ppr="", font=FS, size=32):
    ppr = '<w:pPr>' + extra_ppr
    ppr += '<w:spacing w:before="%d" w:after="%d" w:line="%d" w:lineRule="%s"/>' % (before, after, line, rule)
    if jc:
        ppr += '<w:jc w:val="%s"/>' % jc
    ppr += rpr(font=font, size=size) + '</w:pPr>'
    if isinstance(runs, str):
        runs = run(runs, font=font, size=size)
    return '<w:p>' + ppr + runs + '</w:p>'


def body_p(text_runs):
    # 首行缩进两字（16磅字，firstLineChars=200 -> 640 twips）
    return ('<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/>'
            '<w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/>'
            + rpr() + '</w:pPr>' + text_runs + '</w:p>')


def empty_p(line=560):
    return ('<w:p><w:pPr><w:spacing w:line="%d" w:lineRule="exact"/>' % line + rpr() + '</w:pPr></w:p>')


# ---------------------------------------------------------------- the tasks
SECTIONS = [
    ("一、稳增长促发展，全力推动经济量质齐升", [
        ("全县地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长7%，固定资产投资增长8%，社会消费品零售总额增长6%。",
         "韩志远", "县发展和改革局", "县统计局、县财政局、县工业和信息化局、县商务局", "12月底"),
        ("围绕中央预算内投资、超长期特别国债、地方政府专项债券等政策支持方向，全年谋划储备项目200个以上，争取上级资金15亿元以上。",
         "韩志远", "县发展和改革局、县财政局", "县直各有关单位", "全年"),
        ("实施县级重点项目120个，年度计划投资150亿元，落实“周调度、月通报、季观摩”推进机制，确保新开工项目50个以上、竣工投产项目30个以上。",
         "韩志远", "县重点项目服务中心", "县发展和改革局、各乡镇人民政府", "12月底"),
        ("深入实施提振消费专项行动，落实汽车、家电以旧换新等政策，开展“乐享宿阳”系列促消费活动20场以上，新增限额以上商贸企业30家。",
         "刘晓梅", "县商务局", "县财政局、县市场监督管理局、县文化和旅游局", "全年"),
        ("支持外贸企业参加境内外重点展会，培育外贸新主体15家，全年进出口总额增长10%以上。",
         "刘晓梅", "县商务局", "县税务局、县经济开发区管委会", "全年"),
    ]),
    ("二、强产业优结构，加快构建现代化产业体系", [
        ("实施工业倍增计划，新增规模以上工业企业25家，培育省级专精特新中小企业8家，推动50家企业实施技术改造。",
         "陈国栋", "县工业和信息化局", "县科学技术局、县统计局、县经济开发区管委会", "12月底"),
        ("推进县经济开发区扩区调规，新建标准化厂房20万平方米，完成园区污水处理厂提标改造，开发区营业收入突破300亿元。",
         "陈国栋、韩志远", "县经济开发区管委会", "县自然资源和规划局、县住房和城乡建设局、市生态环境局宿阳分局", "12月底"),
        ("加快数字基础设施建设，新建5G基站150个，推动规上工业企业数字化改造全覆盖，打造省级数字化车间2个。",
         "陈国栋", "县工业和信息化局", "县政务服务和数据管理局、各通信运营企业", "12月底"),
        ("强化企业创新主体地位，新增高新技术企业12家、科技型中小企业60家，全社会研发经费投入强度达到2%。",
         "陈国栋", "县科学技术局", "县财政局、县税务局、县统计局", "全年"),
        ("推进文旅融合发展，加快青溪湖景区创建国家4A级旅游景区，全年接待游客突破800万人次，旅游综合收入增长12%。",
         "刘晓梅", "县文化和旅游局", "县交通运输局、县自然资源和规划局、青溪湖镇人民政府", "12月底"),
        ("加快县城综合物流园建设，完善县乡村三级物流配送体系，实现快递进村全覆盖。",
         "刘晓梅", "县商务局", "县交通运输局、县供销合作社联合社", "10月底"),
    ]),
    ("三、抓改革扩开放，持续激发发展活力", [
        ("深化“高效办成一件事”改革，新推出集成化办理事项20个，政务服务事项网上可办率保持在98%以上。",
         "韩志远", "县政务服务和数据管理局", "县直各有关单位", "全年"),
        ("深化国有企业改革，推动县属国有企业市场化转型，全年县城投集团融资20亿元以上。",
         "韩志远", "县财政局（县国资办）", "县城市建设投资集团有限公司", "12月底"),
        ("坚持“一把手”招商，全年签约亿元以上项目50个、10亿元以上项目5个，到位县外资金120亿元。",
         "周立新、韩志远", "县投资促进服务中心", "县经济开发区管委会、县直各有关单位、各乡镇人民政府", "全年"),
        ("落实支持民营经济发展各项政策，开展“政银企”对接活动10场以上，全年新增各项贷款40亿元。",
         "马永平", "县金融工作服务中心", "国家金融监督管理总局宿阳监管支局、县工商业联合会、各银行业金融机构", "全年"),
    ]),
    ("四、促振兴强县城，推动城乡融合发展", [
        ("扛稳粮食安全责任，粮食播种面积稳定在85万亩以上、总产量稳定在7亿斤以上，新建高标准农田3万亩。",
         "马永平", "县农业农村局", "县财政局、县自然资源和规划局、各乡镇人民政府", "10月底"),
        ("巩固拓展脱贫攻坚成果，健全防止返贫致贫监测和帮扶机制，脱贫人口人均纯收入增长10%以上。",
         "马永平", "县农业农村局", "县人力资源和社会保障局、县民政局、县医疗保障局、县教育局", "全年"),
        ("扎实推进和美乡村建设，创建省级和美乡村示范村5个，农村卫生厕所普及率达到92%，生活污水治理率达到45%。",
         "马永平", "县农业农村局", "县住房和城乡建设局、市生态环境局宿阳分局、各乡镇人民政府", "11月底"),
        ("实施城市更新行动，改造城镇老旧小区32个、城中村2个，新建改造城市燃气管网18公里。",
         "杨帆", "县住房和城乡建设局", "县城市管理局、县财政局、城关街道办事处", "11月底"),
        ("加快推进省道S312宿阳段改建工程，新改建农村公路120公里，实施危桥改造12座。",
         "杨帆", "县交通运输局", "县自然资源和规划局、县财政局、沿线乡镇人民政府", "12月底"),
        ("实施中小河流治理项目3个、病险水库除险加固4座，完成农村供水保障工程建设，农村自来水普及率达到96%。",
         "马永平", "县水利局", "县财政局、县发展和改革局、相关乡镇人民政府", "12月底"),
    ]),
    ("五、重保护抓治理，建设美丽宿阳", [
        ("深入打好蓝天保卫战，加强扬尘、机动车尾气和工业废气综合治理，PM2.5平均浓度控制在36微克/立方米以内，空气质量优良天数比例达到82%。",
         "杨帆", "市生态环境局宿阳分局", "县工业和信息化局、县住房和城乡建设局、县交通运输局、县公安局、县城市管理局", "全年"),
        ("全面落实河湖长制，确保国省控断面水质达标率100%，县城集中式饮用水水源地水质达标率100%。",
         "马永平", "县水利局、市生态环境局宿阳分局", "县农业农村局、各乡镇人民政府", "全年"),
        ("推进节能降碳，完成市下达的单位地区生产总值能耗下降目标，新增光伏装机容量10万千瓦。",
         "韩志远", "县发展和改革局", "县工业和信息化局、县机关事务服务中心、国网宿阳县供电公司", "12月底"),
    ]),
    ("六、惠民生增福祉，不断提升群众获得感", [
        ("实施就业优先战略，城镇新增就业4200人，农村劳动力转移就业1.2万人，城镇调查失业率控制在5.5%以内。",
         "刘晓梅", "县人力资源和社会保障局", "县财政局、县农业农村局、团县委", "全年"),
        ("新建改扩建中小学、幼儿园6所，新增学位3600个，推进县域义务教育优质均衡发展。",
         "刘晓梅", "县教育局", "县发展和改革局、县财政局、县自然资源和规划局、县住房和城乡建设局", "8月底"),
        ("深化紧密型县域医共体建设，县人民医院新住院楼建成投用，乡镇卫生院标准化建设达标率100%。",
         "刘晓梅", "县卫生健康局", "县医疗保障局、县财政局", "12月底"),
        ("新建乡镇区域养老服务中心3个、城市社区嵌入式养老服务站点5个，发展老年助餐服务。",
         "刘晓梅", "县民政局", "县卫生健康局", "12月底"),
        ("持续扩大社会保险覆盖面，城乡居民基本医疗保险参保率稳定在95%以上。",
         "刘晓梅", "县医疗保障局", "", "全年"),
        ("严格落实安全生产责任制，深入开展安全生产治本攻坚三年行动，坚决遏制较大以上生产安全事故发生。",
         "韩志远", "县应急管理局", "县安全生产委员会各成员单位", "全年"),
        ("深入推进平安宿阳建设，常态化开展扫黑除恶斗争，严厉打击电信网络诈骗等违法犯罪。",
         "赵文杰", "县公安局", "县司法局、县信访局、各乡镇人民政府", "全年"),
        ("落实食品安全“两个责任”，创建省级食品安全示范县，食用农产品抽检合格率保持在98%以上。",
         "杨帆", "县市场监督管理局", "县农业农村局、县卫生健康局、县教育局", "12月底"),
    ]),
    ("七、加强政府自身建设", [
        ("推进严格规范公正文明执法，全面推行行政执法“三项制度”，提升行政复议规范化水平。",
         "韩志远", "县司法局", "县政府各部门", "全年"),
        ("坚持政府过紧日子，从严控制一般性支出，“三公”经费只减不增。",
         "韩志远", "县财政局", "县审计局、县机关事务服务中心", "全年"),
    ]),
]

# column widths in twips (landscape A4, margins 1418 each side -> 16838-2836 = 14002)
COLS = [700, 5900, 1300, 2000, 3100, 1002]
HEAD = ["序号", "重点工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]


def cell(text, width, jc="center", font=FS, size=24, span=None, bold=False, valign="center"):
    tcpr = '<w:tcPr><w:tcW w:w="%d" w:type="dxa"/>' % width
    if span:
        tcpr += '<w:gridSpan w:val="%d"/>' % span
    tcpr += '<w:vAlign w:val="%s"/></w:tcPr>' % valign
    ppr = ('<w:pPr><w:spacing w:line="320" w:lineRule="exact"/><w:jc w:val="%s"/>' % jc
           + rpr(font=font, size=size, bold=bold) + '</w:pPr>')
    r = run(text, font=font, size=size, bold=bold) if text else ''
    return '<w:tc>' + tcpr + '<w:p>' + ppr + r + '</w:p></w:tc>'


def table():
    borders = ''.join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % b
                      for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    t = ('<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/>'
         '<w:tblBorders>%s</w:tblBorders><w:tblLayout w:type="fixed"/>'
         '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
         '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/>'
         '</w:tblPr><w:tblGrid>' % (sum(COLS), borders))
    t += ''.join('<w:gridCol w:w="%d"/>' % c for c in COLS) + '</w:tblGrid>'
    # header row, repeated on each page
    t += '<w:tr><w:trPr><w:tblHeader/><w:trHeight w:val="567"/><w:jc w:val="center"/></w:trPr>'
    t += ''.join(cell(h, w, font=HT, size=24) for h, w in zip(HEAD, COLS)) + '</w:tr>'
    n = 0
    for title, tasks in SECTIONS:
        t += '<w:tr><w:trPr><w:trHeight w:val="454"/><w:jc w:val="center"/></w:trPr>'
        t += cell(title, sum(COLS), jc="left", font=HT, size=24, span=len(COLS)) + '</w:tr>'
        for text, leader, lead, coop, due in tasks:
            n += 1
            t += '<w:tr><w:trPr><w:cantSplit/><w:jc w:val="center"/></w:trPr>'
            t += cell(str(n), COLS[0])
            t += cell(text, COLS[1], jc="both")
            t += cell(leader, COLS[2])
            t += cell(lead, COLS[3])
            t += cell(coop, COLS[4], jc="both" if len(coop) > 12 else "center")
            t += cell(due, COLS[5])
            t += '</w:tr>'
    return t + '</w:tbl>'


def sect(orient, ref=True, last=False):
    if orient == "portrait":
        pg = '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1417" w:gutter="0"/>'
    else:
        pg = '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1588" w:right="1418" w:bottom="1474" w:left="1418" w:header="851" w:footer="992" w:gutter="0"/>'
    s = '<w:sectPr>'
    if ref:
        s += '<w:footerReference w:type="default" r:id="rIdFooter1"/>'
    s += pg + '<w:cols w:space="425"/><w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>'
    if last:
        return s
    return '<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/>' + s + '</w:pPr></w:p>'


def document():
    b = []
    # 发文机关标志（红头）
    b.append(empty_p())
    b.append(empty_p())
    b.append(para(run("宿阳县人民政府办公室文件", font=XBS, size=88, color="FF0000"),
                  jc="center", line=1200, font=XBS, size=88))
    b.append(empty_p())
    # 发文字号，下有红色分隔线
    red_line = ('<w:pBdr><w:bottom w:val="single" w:sz="18" w:space="6" w:color="FF0000"/></w:pBdr>')
    b.append(para(run("宿政办发〔2025〕6号"), jc="center", extra_ppr=red_line))
    b.append(empty_p())
    b.append(para(run("宿阳县人民政府办公室\n关于印发2025年县政府工作报告重点工作\n任务分解方案的通知", font=XBS, size=44),
                  jc="center", line=640, font=XBS, size=44))
    b.append(empty_p())
    b.append(para(run("各乡镇人民政府、街道办事处，县政府各部门，县直各单位："), line=560))
    b.append(body_p(run("《政府工作报告》已经宿阳县第十八届人民代表大会第四次会议审议通过。为确保报告确定的各项目标任务落到实处，"
                        "经县人民政府同意，现将《2025年县政府工作报告重点工作任务分解方案》印发给你们，并就有关事项通知如下，请认真贯彻落实。")))
    b.append(body_p(run("一、压实工作责任。", font=HT)
                    + run("各责任县领导要加强对分管领域重点工作的统筹调度，及时研究解决推进中的困难和问题。牵头单位是任务落实的第一责任单位，"
                          "主要负责同志为第一责任人，要细化工作措施，明确时间节点，主动协调配合单位共同推进；配合单位要按照职责分工，"
                          "积极主动做好配合工作，形成工作合力，确保各项任务按期完成。")))
    b.append(body_p(run("二、强化调度报送。", font=HT)
                    + run("各牵头单位要建立工作台账，实行清单化管理、项目化推进，于每季度最后一个月20日前将任务推进情况（含电子版，需经单位主要负责同志审核）"
                          "报送县政府督查室，全年工作完成情况于12月10日前报送。联系人：孙晓燕，联系电话：5218636，电子邮箱：syxzfdcs@126.com。")))
    b.append(body_p(run("三、严格督查考核。", font=HT)
                    + run("县政府督查室将把重点工作任务落实情况纳入全县年度目标绩效考核，定期开展跟踪督查，对工作推进不力、进展缓慢、"
                          "未按期完成任务的单位予以通报，并按有关规定追究责任。")))
    b.append(empty_p())
    b.append(('<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:left="1600" w:hangingChars="500" w:hanging="1600"/>'
              + rpr() + '</w:pPr>' + run("附件：2025年县政府工作报告重点工作任务分解方案") + '</w:p>'))
    b.append(empty_p())
    b.append(empty_p())
    b.append(empty_p())
    b.append(('<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:right="1280"/><w:jc w:val="right"/>'
              + rpr() + '</w:pPr>' + run("宿阳县人民政府办公室") + '</w:p>'))
    b.append(('<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:right="1600"/><w:jc w:val="right"/>'
              + rpr() + '</w:pPr>' + run("2025年2月20日") + '</w:p>'))
    b.append(body_p(run("（此件公开发布）")))
    b.append(sect("portrait"))
    # 附件（横向）
    b.append(para(run("附件", font=HT), line=560, font=HT))
    b.append(para(run("2025年县政府工作报告重点工作任务分解方案", font=XBS, size=40),
                  jc="center", line=600, after=200, font=XBS, size=40))
    b.append(table())
    b.append(sect("landscape"))
    # 版记
    for _ in range(12):
        b.append(empty_p())
    top = '<w:pBdr><w:top w:val="single" w:sz="12" w:space="1" w:color="000000"/><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>'
    b.append(('<w:p><w:pPr>' + top + '<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:left="1120" w:rightChars="100" w:right="280" w:hangingChars="300" w:hanging="840"/>'
              + rpr(size=28) + '</w:pPr>' + run("抄送：县委办公室，县人大常委会办公室，县政协办公室，县纪委监委，县人民法院，县人民检察院。", size=28) + '</w:p>'))
    bot = '<w:pBdr><w:bottom w:val="single" w:sz="12" w:space="1" w:color="000000"/></w:pBdr>'
    b.append(('<w:p><w:pPr>' + bot + '<w:tabs><w:tab w:val="right" w:pos="8504"/></w:tabs><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:leftChars="100" w:left="280" w:rightChars="100" w:right="280"/>'
              + rpr(size=28) + '</w:pPr>' + run("宿阳县人民政府办公室", size=28)
              + '<w:r>' + rpr(size=28) + '<w:tab/></w:r>' + run("2025年2月21日印发", size=28) + '</w:p>'))
    b.append(sect("portrait", last=True))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s</w:body></w:document>'
            % (W_NS, ''.join(b)))


FOOTER = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr %s>'
          '<w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>'
          '<w:r>' + rpr(font="宋体", size=28) + '<w:t xml:space="preserve">— </w:t></w:r>'
          '<w:r>' + rpr(font="宋体", size=28) + '<w:fldChar w:fldCharType="begin"/></w:r>'
          '<w:r>' + rpr(font="宋体", size=28) + '<w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>'
          '<w:r>' + rpr(font="宋体", size=28) + '<w:fldChar w:fldCharType="separate"/></w:r>'
          '<w:r>' + rpr(font="宋体", size=28) + '<w:t>1</w:t></w:r>'
          '<w:r>' + rpr(font="宋体", size=28) + '<w:fldChar w:fldCharType="end"/></w:r>'
          '<w:r>' + rpr(font="宋体", size=28) + '<w:t xml:space="preserve"> —</w:t></w:r>'
          '</w:p></w:ftr>') % W_NS

STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="宋体" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
          '<w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
          '<w:pPrDefault/></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
          '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
          '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>'
          '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>'
          '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
          '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
          '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:semiHidden/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr>'
          '<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
          '</w:styles>')

SETTINGS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/>'
            '<w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="579"/>'
            '<w:displayHorizontalDrawingGridEvery w:val="0"/><w:characterSpacingControl w:val="compressPunctuation"/>'
            '<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/>'
            '<w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>'
            '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="14"/></w:compat>'
            '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>')

CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
      '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
      '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
      '</Types>')

RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '</Relationships>')

DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
            '<Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
            '</Relationships>')

CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title></dc:title><dc:creator>Administrator</dc:creator><cp:lastModifiedBy>dcs</cp:lastModifiedBy>'
        '<cp:revision>7</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-02-17T01:12:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-02-20T08:46:00Z</dcterms:modified>'
        '</cp:coreProperties>')

APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
       'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
       '<Template>Normal.dotm</Template><TotalTime>95</TotalTime><Pages>7</Pages>'
       '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
       '<AppVersion>16.0000</AppVersion></Properties>')


def main():
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("docProps/core.xml", CORE)
        z.writestr("docProps/app.xml", APP)
        z.writestr("word/document.xml", document())
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/settings.xml", SETTINGS)
        z.writestr("word/footer1.xml", FOOTER)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
