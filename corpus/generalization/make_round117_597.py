#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Write 597_lantang_qu_yingshang_gongjian_fengong.docx: a 区委办/区政府办 joint red-header
notice as WPS Office saves it (.docx), dividing the district's 2025 优化营商环境攻坚提升行动
tasks in a landscape 附件 table 序号/工作任务/责任区领导/牵头单位/责任单位/完成时限."""
import os
import re
import zipfile
from xml.sax.saxutils import escape

NAME = "597_lantang_qu_yingshang_gongjian_fengong.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
      'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" '
      'mc:Ignorable="w14 wp14"')

ASCII_RE = re.compile(r"[\x21-\x7e]+(?:[ \x21-\x7e]*[\x21-\x7e])?")


def rpr(font, sz, bold=False, color=None, hint="eastAsia", spacing=None):
    s = ('<w:rPr><w:rFonts w:hint="%s" w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>'
         % (hint, font, font, font, font))
    if bold:
        s += '<w:b/><w:bCs/>'
    if color:
        s += '<w:color w:val="%s"/>' % color
    if spacing is not None:
        s += '<w:spacing w:val="%d"/>' % spacing
    s += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (sz, sz)
    if hint == "default":
        s += '<w:lang w:val="en-US" w:eastAsia="zh-CN"/>'
    s += '</w:rPr>'
    return s


def runs(text, font=FS, sz=32, bold=False, color=None, spacing=None):
    """WPS cuts a run wherever CJK text meets ASCII text (the ASCII part gets w:hint="default")."""
    out = []
    pos = 0
    for m in ASCII_RE.finditer(text):
        if m.start() > pos:
            out.append((text[pos:m.start()], "eastAsia"))
        out.append((m.group(0), "default"))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], "eastAsia"))
    xml = ""
    for seg, hint in out:
        sp = ' xml:space="preserve"' if seg != seg.strip() else ""
        xml += '<w:r>%s<w:t%s>%s</w:t></w:r>' % (rpr(font, sz, bold, color, hint, spacing), sp, escape(seg))
    return xml


def para(content_xml, jc=None, first_line=None, line=560, ind_left=None, ind_right=None,
         before=None, after=None, border=None, sect=None, font=FS, sz=32, keep=False,
         page_break_before=False, snap=True):
    ppr = '<w:pPr>'
    if keep:
        ppr += '<w:keepNext w:val="0"/><w:keepLines w:val="0"/>'
    if page_break_before:
        ppr += '<w:pageBreakBefore w:val="0"/>'
    ppr += '<w:widowControl/>'
    if border:
        ppr += border
    if not snap:
        ppr += '<w:snapToGrid w:val="0"/>'
    sp = '<w:spacing'
    if before is not None:
        sp += ' w:before="%d"' % before
    if after is not None:
        sp += ' w:after="%d"' % after
    if line:
        sp += ' w:line="%d" w:lineRule="exact"' % line
    sp += '/>'
    ppr += sp
    ind = ''
    if ind_left is not None:
        ind += ' w:left="%d"' % ind_left
    if ind_right is not None:
        ind += ' w:right="%d"' % ind_right
    if first_line is not None:
        ind += ' w:firstLine="%d" w:firstLineChars="200"' % first_line
    if ind:
        ppr += '<w:ind%s/>' % ind
    if jc:
        ppr += '<w:jc w:val="%s"/>' % jc
    ppr += '<w:rPr><w:rFonts w:hint="eastAsia" w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>' \
           '<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>' % (font, font, font, font, sz, sz)
    if sect:
        ppr += sect
    ppr += '</w:pPr>'
    return '<w:p>%s%s</w:p>' % (ppr, content_xml)


def body_p(text, **kw):
    return para(runs(text), first_line=640, **kw)


def empty_p(sz=32, line=560, **kw):
    return para('', line=line, sz=sz, **kw)


def sect_pr(landscape=False, final=False):
    if landscape:
        pg = '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' \
             '<w:pgMar w:top="1587" w:right="1984" w:bottom="1474" w:left="1701" w:header="851" w:footer="1134" w:gutter="0"/>'
        grid = '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/>'
    else:
        pg = '<w:pgSz w:w="11906" w:h="16838"/>' \
             '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="1417" w:gutter="0"/>'
        grid = '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/>'
    s = ('<w:sectPr><w:footerReference w:type="default" r:id="rId4"/>'
         '<w:footerReference w:type="even" r:id="rId5"/>'
         '<w:type w:val="nextPage"/>' if not final else
         '<w:sectPr><w:footerReference w:type="default" r:id="rId4"/>'
         '<w:footerReference w:type="even" r:id="rId5"/>')
    s += pg
    s += '<w:pgNumType w:fmt="decimal"/>'
    s += '<w:cols w:space="720" w:num="1"/>'
    s += '<w:titlePg w:val="0"/>' if False else ''
    s += grid
    s += '</w:sectPr>'
    return s


# ---------------------------------------------------------------- the tasks
# (number, bold lead sentence, rest, leader, [leads], cooperating cell text, deadline)
CATS = [
    ("一、聚焦高效便捷，打造一流政务环境（6项）", [
        (1, "深化“高效办成一件事”改革。",
         "在完成国家和省部署的重点事项基础上，拓展企业信息变更、开办餐饮店、新生儿出生等“一件事”场景，年内新增区级特色“一件事”10项以上，实现“一次告知、一表申请、一套材料、一次办成”。",
         "林思雨", ["区行政审批服务局"], "区数据局、区市场监管局、区卫生健康局、区人力资源社会保障局", "2025年12月底"),
        (2, "推进政务服务标准化规范化便利化。",
         "全面实行政务服务事项清单管理，动态调整区级行政许可事项实施规范，推动同一事项在区、街道两级无差别受理、同标准办理。",
         "林思雨", ["区行政审批服务局"], "区级各有关部门，各街道办事处", "2025年6月底"),
        (3, "提升“一网通办”效能。",
         "依托省一体化政务服务平台，推动高频事项“网上办、掌上办、就近办”，全程网办率达到85%以上；加强政务数据共享，推行“免证办”“减材料”。",
         "林思雨", ["区数据局", "区行政审批服务局"], "区级各有关部门", "2025年12月底"),
        (4, "优化工程建设项目审批。",
         "推行社会投资简易低风险项目“拿地即开工”“竣工即交付”，实施分阶段施工许可，一般社会投资项目全流程审批时间压减至35个工作日以内。",
         "唐俊", ["区住房城乡建设局"], "区行政审批服务局、市自然资源和规划局澜塘分局、区发展改革局", "2025年9月底"),
        (5, "推行“水电气网”联合报装。",
         "将供水、供电、供气、网络报装纳入工程建设项目审批系统并联办理，小微企业低压用电报装实行“零上门、零审批、零投资”，接入时间压减至10个工作日以内。",
         "唐俊", ["区住房城乡建设局"], "国网澜塘供电公司、区水务集团、澜塘华润燃气有限公司、区行政审批服务局", "2025年6月底"),
        (6, "畅通政企沟通渠道。",
         "用好12345政务服务便民热线企业诉求专席，健全涉企诉求“接诉即办”闭环机制，企业诉求按期办结率达到98%以上。",
         "贺明远", ["区政府办公室"], "区12345热线中心，区级各有关部门", "长期坚持"),
    ]),
    ("二、聚焦公平竞争，打造开放有序的市场环境（6项）", [
        (7, "深化商事制度改革。",
         "推行经营主体登记“智能审批”，拓展“一照多址”“一证多址”改革，开办企业全流程1个工作日内办结。",
         "周立新", ["区市场监管局"], "区行政审批服务局、区税务局、公安澜塘分局、区人力资源社会保障局", "2025年6月底"),
        (8, "完善经营主体退出机制。",
         "推行简易注销“一网通办”，开展歇业备案，依法清理长期吊销未注销企业。",
         "周立新", ["区市场监管局"], "区税务局、区人力资源社会保障局、区法院", "2025年12月底"),
        (9, "落实公平竞争审查制度。",
         "对新出台涉及经营主体经济活动的政策措施开展公平竞争审查，全面清理妨碍统一市场和公平竞争的存量政策文件。",
         "周立新", ["区市场监管局"], "区司法局，区级各有关部门", "2025年10月底"),
        (10, "规范招标投标和政府采购。",
         "全面推行招标投标全流程电子化，推广远程异地评标；严格落实政府采购支持中小企业政策，预留份额比例不低于40%。",
         "贺明远", ["区发展改革局", "区财政局"], "区公共资源交易中心、区住房城乡建设局、区交通运输局、区水利局", "2025年12月底"),
        (11, "推进包容审慎监管。",
         "全面推行“综合查一次”和涉企行政检查计划管理，动态调整不予处罚、从轻处罚、减轻处罚“三张清单”，减少对企业正常经营活动的干扰。",
         "秦朗、周立新", ["区司法局"], "区市场监管局、区城管执法局、区生态环境分局、区应急管理局、区卫生健康局", "2025年9月底"),
        (12, "加强社会信用体系建设。",
         "推行以专项信用报告替代有无违法违规记录证明，完善信用修复“一网通办”，组织开展诚信经营示范创建活动。",
         "贺明远", ["区发展改革局"], "区市场监管局、区税务局，各街道办事处", "2025年12月底"),
    ]),
    ("三、聚焦降本增效，打造有力的要素保障环境（6项）", [
        (13, "强化金融服务实体经济。",
         "深化“政银企”对接，开展“千企万户”融资对接专项行动，全年新增普惠小微贷款15亿元以上，推广“信易贷”和首贷续贷服务中心服务。",
         "贺明远", ["区委金融办"], "区财政局、区工业和信息化局、区发展改革局，各驻区金融机构", "2025年12月底"),
        (14, "降低企业综合成本。",
         "落实结构性减税降费政策，推动惠企政策“免申即享”“直达快享”，清理规范涉企收费，严禁乱收费、乱罚款、乱摊派。",
         "贺明远", ["区财政局", "区税务局"], "区发展改革局、区市场监管局、区数据局", "2025年12月底"),
        (15, "保障重点项目用地。",
         "推行工业用地“标准地”出让，新增工业用地“标准地”出让比例达到100%；盘活批而未供和闲置土地1200亩以上。",
         "唐俊", ["市自然资源和规划局澜塘分局"], "区发展改革局、区工业和信息化局、澜塘经济开发区管委会", "2025年11月底"),
        (16, "加强人力资源保障。",
         "实施“技能澜塘”行动，开展企业新型学徒制培训，建立重点企业用工服务专员制度，全年帮助企业招聘用工5000人次以上。",
         "林思雨", ["区人力资源社会保障局"], "区教育局、区工业和信息化局、区总工会、团区委，各街道办事处", "2025年12月底"),
        (17, "推进数据要素市场化配置。",
         "稳步推动公共数据授权运营，打造2个以上公共数据开发利用场景，引导企业开展数据资产入表。",
         "林思雨", ["区数据局"], "/", "2025年12月底"),
        (18, "降低企业物流成本。",
         "优化城区货车通行管理，推行货车通行证网上申领“即申即办”；支持建设区域公共仓储配送中心。",
         "唐俊", ["区交通运输局", "公安澜塘分局"], "区商务局", "2025年10月底"),
    ]),
    ("四、聚焦公正透明，打造公平正义的法治环境（5项）", [
        (19, "提升涉企案件审判执行质效。",
         "推行商事案件繁简分流，简易程序审理的商事案件平均审理期限压缩至40天以内；开展涉企积案清理专项行动。",
         "秦朗", ["区法院"], "区司法局、区检察院", "2025年12月底"),
        (20, "开展规范涉企行政执法专项行动。",
         "集中整治违规异地执法、趋利性执法等突出问题，严格落实行政裁量权基准制度。",
         "秦朗", ["区委政法委", "区司法局"], "公安澜塘分局、区市场监管局、区城管执法局，区级各行政执法部门", "2025年9月底"),
        (21, "加强知识产权保护和运用。",
         "建立知识产权纠纷快速处理机制，推进知识产权质押融资，全年专利质押融资额达到3亿元。",
         "周立新", ["区市场监管局"], "区科技局、区委金融办、区法院", "2025年12月底"),
        (22, "健全企业破产处置协调机制。",
         "完善府院联动常态化工作机制，推动破产企业财产处置、信用修复、税务处理等问题高效解决。",
         "秦朗", ["区法院"], "区政府办公室、区税务局、市自然资源和规划局澜塘分局、区市场监管局", "2025年12月底"),
        (23, "深化“法律服务进企业”活动。",
         "组织律师、公证员等开展民营企业“法治体检”，为企业提供合规指导，全年服务企业300家以上。",
         "秦朗", ["区司法局"], "区工商联", "2025年12月底"),
    ]),
    ("五、聚焦亲商安商，打造暖心的企业服务环境（5项）", [
        (24, "落实区领导联系服务重点企业制度。",
         "区领导每季度至少走访联系企业1次，协调解决企业生产经营中的困难问题，建立问题台账，实行销号管理。",
         "贺明远", ["区委办公室", "区政府办公室"], "区工业和信息化局、区商务局、区发展改革局", "长期坚持"),
        (25, "构建亲清政商关系。",
         "健全政商交往正面清单和负面清单，常态化开展“民营企业家沙龙”“政企早餐会”等活动。",
         "许晓燕", ["区委统战部"], "区工商联、区纪委监委机关", "2025年12月底"),
        (26, "加强惠企政策宣传解读。",
         "编制惠企政策“一本通”并动态更新，开展“政策直通车”进园区、进企业活动20场以上。",
         "周立新", ["区工业和信息化局"], "区发展改革局、区商务局、区科技局、区财政局", "2025年12月底"),
        (27, "防范和化解拖欠企业账款。",
         "建立防范和化解拖欠企业账款长效机制，对机关、事业单位和国有企业拖欠中小企业账款实行动态清零。",
         "贺明远", ["区工业和信息化局"], "区财政局、区国资中心、区审计局", "2025年12月底"),
        (28, "弘扬优秀企业家精神。",
         "开展优秀民营企业和企业家评选宣传，在全区营造尊商重商亲商安商的浓厚氛围。",
         "许晓燕", ["区委统战部", "区工商联"], "区委宣传部、区工业和信息化局", "2025年12月底"),
    ]),
    ("六、聚焦创新创造，打造宜业宜居的发展环境（4项）", [
        (29, "强化科技创新服务。",
         "深化科技型中小企业、高新技术企业梯次培育，全年新增高新技术企业30家以上；推行科技创新券“全域通兑”。",
         "周立新", ["区科技局"], "区财政局、区税务局", "2025年12月底"),
        (30, "加强人才引育服务。",
         "落实“泓才计划”配套政策，为人才提供安居、子女入学、配偶就业等“一站式”服务，新建和筹集人才公寓200套。",
         "沈一鸣", ["区委组织部（区委人才办）"], "区人力资源社会保障局、区住房城乡建设局、区教育局", "2025年12月底"),
        (31, "提升城市服务品质。",
         "推进老旧小区改造和完整社区建设，优化中心城区停车设施供给，新增公共停车泊位1500个。",
         "唐俊", ["区住房城乡建设局"], "区城管执法局、公安澜塘分局，各街道办事处", "2025年12月底"),
        (32, "加强营商环境评价和宣传。",
         "配合做好全省营商环境评价工作，开展“营商环境体验官”活动，总结推广一批典型经验做法。",
         "贺明远", ["区发展改革局"], "区委宣传部，区级各有关部门", "2025年12月底"),
    ]),
]

COLS = [700, 5500, 1250, 2050, 3100, 1300]  # sum 13900


def tc_pr(w, vmerge=None, span=None, valign="center"):
    s = '<w:tcPr><w:tcW w:w="%d" w:type="dxa"/>' % w
    if span:
        s += '<w:gridSpan w:val="%d"/>' % span
    if vmerge == "restart":
        s += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont":
        s += '<w:vMerge w:val="continue"/>' if False else '<w:vMerge/>'
    s += '<w:noWrap w:val="0"/><w:vAlign w:val="%s"/></w:tcPr>' % valign
    return s


def cell_p(xml, jc="center", sz=24, font=FS):
    return para(xml, jc=jc, line=360, sz=sz, font=font, snap=False)


def cell(w, paras_xml, vmerge=None, span=None, valign="center"):
    return '<w:tc>%s%s</w:tc>' % (tc_pr(w, vmerge, span, valign), paras_xml)


TR_PREX = ('<w:tblPrEx><w:tblBorders><w:top w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
           '<w:left w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
           '<w:bottom w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
           '<w:right w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
           '<w:insideH w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
           '<w:insideV w:val="single" w:color="auto" w:sz="4" w:space="0"/></w:tblBorders>'
           '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
           '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPrEx>')


def task_table():
    x = '<w:tbl><w:tblPr><w:tblStyle w:val="9"/><w:tblW w:w="13900" w:type="dxa"/><w:jc w:val="center"/>'
    x += '<w:tblInd w:w="0" w:type="dxa"/>'
    x += ('<w:tblBorders><w:top w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
          '<w:left w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
          '<w:bottom w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
          '<w:right w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
          '<w:insideH w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
          '<w:insideV w:val="single" w:color="auto" w:sz="4" w:space="0"/></w:tblBorders>')
    x += '<w:tblLayout w:type="fixed"/>'
    x += ('<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
          '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>')
    x += '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
    x += '</w:tblPr><w:tblGrid>' + ''.join('<w:gridCol w:w="%d"/>' % c for c in COLS) + '</w:tblGrid>'

    # header row, repeated on every page
    heads = ["序号", "工作任务", "责任区领导", "牵头单位", "责任单位", "完成时限"]
    x += '<w:tr>' + TR_PREX + '<w:trPr><w:tblHeader/><w:trHeight w:val="680" w:hRule="atLeast"/><w:jc w:val="center"/></w:trPr>'
    for w, h in zip(COLS, heads):
        x += cell(w, cell_p(runs(h, font=HT, sz=24), sz=24, font=HT))
    x += '</w:tr>'

    for cat, tasks in CATS:
        x += '<w:tr>' + TR_PREX + '<w:trPr><w:trHeight w:val="567" w:hRule="atLeast"/><w:jc w:val="center"/></w:trPr>'
        x += cell(sum(COLS), cell_p(runs(cat, font=HT, sz=24), jc="left", sz=24, font=HT), span=6)
        x += '</w:tr>'
        n = len(tasks)
        for i, (num, bold, rest, leader, leads, coop, due) in enumerate(tasks):
            prev = tasks[i - 1] if i > 0 else None
            nxt = tasks[i + 1] if i + 1 < n else None
            # leader cells merged down over consecutive tasks of one leader within a part
            if prev and prev[3] == leader:
                lv = "cont"
            elif nxt and nxt[3] == leader:
                lv = "restart"
            else:
                lv = None
            # lead cells merged down where leader and lead both repeat
            same_prev = prev and prev[3] == leader and prev[4] == leads
            same_next = nxt and nxt[3] == leader and nxt[4] == leads
            if same_prev:
                dv = "cont"
            elif same_next:
                dv = "restart"
            else:
                dv = None
            x += '<w:tr>' + TR_PREX + '<w:trPr><w:trHeight w:val="850" w:hRule="atLeast"/><w:jc w:val="center"/></w:trPr>'
            x += cell(COLS[0], cell_p(runs(str(num), sz=24)))
            task_xml = runs(bold, sz=24, bold=True) + runs(rest, sz=24)
            x += cell(COLS[1], para(task_xml, jc="both", line=360, sz=24, snap=False))
            if lv == "cont":
                x += cell(COLS[2], cell_p(''), vmerge="cont")
            else:
                x += cell(COLS[2], cell_p(runs(leader, sz=24)), vmerge=lv)
            if dv == "cont":
                x += cell(COLS[3], cell_p(''), vmerge="cont")
            else:
                x += cell(COLS[3], ''.join(cell_p(runs(u, sz=24)) for u in leads), vmerge=dv)
            x += cell(COLS[4], cell_p(runs(coop, sz=24), jc="center" if coop == "/" else "both"))
            x += cell(COLS[5], cell_p(runs(due, sz=24)))
            x += '</w:tr>'
    x += '</w:tbl>'
    return x


def red_head():
    """The joint 发文机关标志: two office names stacked, 文件 on their right (a borderless table, as WPS
    templates for 联合行文 have it), then the 发文字号 and the red line."""
    nob = ('<w:tblBorders><w:top w:val="none" w:color="auto" w:sz="0" w:space="0"/>'
           '<w:left w:val="none" w:color="auto" w:sz="0" w:space="0"/>'
           '<w:bottom w:val="none" w:color="auto" w:sz="0" w:space="0"/>'
           '<w:right w:val="none" w:color="auto" w:sz="0" w:space="0"/>'
           '<w:insideH w:val="none" w:color="auto" w:sz="0" w:space="0"/>'
           '<w:insideV w:val="none" w:color="auto" w:sz="0" w:space="0"/></w:tblBorders>')
    x = '<w:tbl><w:tblPr><w:tblStyle w:val="9"/><w:tblW w:w="8845" w:type="dxa"/><w:jc w:val="center"/>'
    x += nob + '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>'
    x += '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
    x += '<w:tblGrid><w:gridCol w:w="6520"/><w:gridCol w:w="2325"/></w:tblGrid>'
    names = ["中共澜塘区委办公室", "澜塘区人民政府办公室"]
    for i, nm in enumerate(names):
        x += '<w:tr><w:tblPrEx>' + nob + '</w:tblPrEx><w:trPr><w:trHeight w:val="900" w:hRule="exact"/><w:jc w:val="center"/></w:trPr>'
        x += '<w:tc><w:tcPr><w:tcW w:w="6520" w:type="dxa"/><w:noWrap w:val="0"/><w:vAlign w:val="center"/></w:tcPr>'
        x += para(runs(nm, font=XBS, sz=64, color="FF0000", spacing=-20), jc="distribute", line=None, font=XBS, sz=64, snap=False)
        x += '</w:tc>'
        if i == 0:
            x += '<w:tc><w:tcPr><w:tcW w:w="2325" w:type="dxa"/><w:vMerge w:val="restart"/><w:noWrap w:val="0"/><w:vAlign w:val="center"/></w:tcPr>'
            x += para(runs("文件", font=XBS, sz=96, color="FF0000"), jc="center", line=None, font=XBS, sz=96, snap=False)
            x += '</w:tc>'
        else:
            x += '<w:tc><w:tcPr><w:tcW w:w="2325" w:type="dxa"/><w:vMerge/><w:noWrap w:val="0"/><w:vAlign w:val="center"/></w:tcPr>'
            x += para('', jc="center", line=None, font=XBS, sz=96, snap=False)
            x += '</w:tc>'
        x += '</w:tr>'
    x += '</w:tbl>'
    return x


def document():
    b = []
    for _ in range(3):
        b.append(empty_p())
    b.append(red_head())
    b.append(empty_p())
    b.append(empty_p())
    red_line = ('<w:pBdr><w:bottom w:val="single" w:color="FF0000" w:sz="18" w:space="6"/></w:pBdr>')
    b.append(para(runs("澜区委办发〔2025〕7号"), jc="center", border=red_line, after=0))
    b.append(empty_p())
    b.append(empty_p())
    title = (runs("中共澜塘区委办公室　澜塘区人民政府办公室", font=XBS, sz=44) + '<w:r>%s<w:br/></w:r>' % rpr(XBS, 44)
             + runs("关于印发《澜塘区2025年优化营商环境攻坚提升", font=XBS, sz=44) + '<w:r>%s<w:br/></w:r>' % rpr(XBS, 44)
             + runs("行动任务分工方案》的通知", font=XBS, sz=44))
    b.append(para(title, jc="center", line=640, font=XBS, sz=44))
    b.append(empty_p())
    b.append(para(runs("各街道党工委、办事处，区委各部委，区级国家机关各部门，各人民团体，区属各国有企业："), jc="both"))
    b.append(body_p("《澜塘区2025年优化营商环境攻坚提升行动任务分工方案》已经区委、区政府同意，现印发给你们，请结合实际认真抓好贯彻落实。现就有关事项通知如下："))
    b.append(para(runs("一、压实工作责任。", font=HT) + runs(
        "各责任区领导要加强对分管领域任务的统筹调度，定期听取工作汇报，协调解决重大问题。各牵头单位要切实履行牵头职责，"
        "制定具体推进措施，明确时间表、路线图；“牵头单位”栏列有两个单位的，排在第一位的为主要牵头单位，负责统筹协调。"
        "各责任单位要按照职责分工，主动配合、密切协作，形成工作合力。"), first_line=640, jc="both"))
    b.append(para(runs("二、强化调度推进。", font=HT) + runs(
        "区优化营商环境工作领导小组办公室（设在区发展改革局）要建立任务台账，实行月调度、季通报。各牵头单位请于每季度最后一个月25日前，"
        "将任务推进情况（含主要做法、工作成效、存在问题及下步打算）报送区优化营商环境工作领导小组办公室，12月10日前报送全年工作总结。"),
        first_line=640, jc="both"))
    b.append(para(runs("三、严格督查考核。", font=HT) + runs(
        "区委督查室、区政府督查室要将任务落实情况纳入年度重点督查事项，督查结果纳入全区高质量发展综合绩效考核。"
        "对工作推进不力、影响全区营商环境评价结果的，依规依纪严肃问责。"), first_line=640, jc="both"))
    b.append(body_p("联系人：区发展改革局营商环境科　黄蕾，联系电话：6821537。", jc="both"))
    b.append(empty_p())
    b.append(para(runs("附件：澜塘区2025年优化营商环境攻坚提升行动任务分工方案"), first_line=640, jc="both"))
    b.append(empty_p())
    b.append(empty_p())
    b.append(empty_p())
    b.append(para(runs("中共澜塘区委办公室　　　　　澜塘区人民政府办公室"), jc="center"))
    b.append(para(runs("2025年3月12日"), jc="right", ind_right=1280))
    b.append(empty_p())
    b.append(para(runs("（此件公开发布）"), first_line=640, sect=sect_pr(False)))

    # 附件 section, landscape
    b.append(para(runs("附件", font=HT), jc="left", line=560, font=HT))
    b.append(empty_p(line=400))
    b.append(para(runs("澜塘区2025年优化营商环境攻坚提升行动任务分工方案", font=XBS, sz=44), jc="center", line=640, font=XBS, sz=44))
    b.append(empty_p(line=400))
    b.append(body_p("为深入贯彻落实党中央、国务院和省委、省政府，市委、市政府关于优化营商环境的决策部署，持续打造市场化、法治化、"
                    "国际化一流营商环境，根据《泓阳市2025年优化营商环境攻坚提升行动方案》，结合我区实际，制定本任务分工方案。", jc="both"))
    b.append(empty_p(line=300, sz=24))
    b.append(task_table())
    b.append(para('', line=360, sz=24, sect=sect_pr(True)))

    # 版记 on a portrait last page
    for _ in range(20):
        b.append(empty_p())
    top = '<w:pBdr><w:top w:val="single" w:color="auto" w:sz="8" w:space="1"/><w:bottom w:val="single" w:color="auto" w:sz="4" w:space="1"/></w:pBdr>'
    b.append(para(runs("抄送：区委各常委，区人大常委会、区政协主要领导，区法院、区检察院。", sz=28), jc="left",
                  ind_left=280, ind_right=280, border=top, line=None, sz=28))
    bot = '<w:pBdr><w:bottom w:val="single" w:color="auto" w:sz="8" w:space="1"/></w:pBdr>'
    b.append(para(runs("中共澜塘区委办公室", sz=28) + '<w:r>%s<w:tab/></w:r>' % rpr(FS, 28) + runs("2025年3月12日印发", sz=28),
                  jc="left", ind_left=280, ind_right=280, border=bot, line=None, sz=28))
    body = ''.join(b) + sect_pr(False, final=True)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<w:document %s><w:body>%s</w:body></w:document>' % (NS, body))


def footer(jc):
    r = rpr("宋体", 28)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<w:ftr %s><w:sdt><w:sdtPr><w:id w:val="147458200"/><w:docPartObj><w:docPartGallery w:val="AutoText"/></w:docPartObj></w:sdtPr>'
            '<w:sdtContent><w:p><w:pPr><w:pStyle w:val="5"/><w:ind w:left="320" w:leftChars="100" w:right="320" w:rightChars="100"/>'
            '<w:jc w:val="%s"/><w:rPr>%s</w:rPr></w:pPr>'
            '<w:r>%s<w:t xml:space="preserve">— </w:t></w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r>%s<w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r>%s<w:t>1</w:t></w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="end"/></w:r>'
            '<w:r>%s<w:t xml:space="preserve"> —</w:t></w:r></w:p></w:sdtContent></w:sdt></w:ftr>'
            % (NS, jc, r[7:-8], r, r, r, r, r, r, r))


STYLES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults><w:latentStyles w:count="260" w:defQFormat="0" w:defUnhideWhenUsed="1" w:defSemiHidden="1" w:defUIPriority="99" w:defLockedState="0"><w:lsdException w:name="Normal" w:uiPriority="0" w:semiHidden="0" w:unhideWhenUsed="0" w:qFormat="1"/><w:lsdException w:name="footer" w:uiPriority="0" w:semiHidden="0" w:unhideWhenUsed="0" w:qFormat="1"/><w:lsdException w:name="Table Grid" w:uiPriority="0" w:semiHidden="0" w:unhideWhenUsed="0" w:qFormat="1"/></w:latentStyles><w:style w:type="paragraph" w:default="1" w:styleId="1"><w:name w:val="Normal"/><w:qFormat/><w:uiPriority w:val="0"/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:style><w:style w:type="character" w:default="1" w:styleId="7"><w:name w:val="Default Paragraph Font"/><w:semiHidden/><w:uiPriority w:val="0"/></w:style><w:style w:type="table" w:default="1" w:styleId="6"><w:name w:val="Normal Table"/><w:semiHidden/><w:uiPriority w:val="0"/><w:tblPr><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="paragraph" w:styleId="5"><w:name w:val="footer"/><w:basedOn w:val="1"/><w:qFormat/><w:uiPriority w:val="0"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style><w:style w:type="table" w:styleId="9"><w:name w:val="Table Grid"/><w:basedOn w:val="6"/><w:qFormat/><w:uiPriority w:val="0"/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:left w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:bottom w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:right w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:insideH w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:insideV w:val="single" w:color="auto" w:sz="4" w:space="0"/></w:tblBorders></w:tblPr></w:style></w:styles>'''

SETTINGS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" mc:Ignorable="w14"><w:zoom w:percent="100"/><w:embedTrueTypeFonts/><w:saveSubsetFonts/><w:bordersDoNotSurroundHeader w:val="0"/><w:bordersDoNotSurroundFooter w:val="0"/><w:documentProtection w:enforcement="0"/><w:defaultTabStop w:val="420"/><w:evenAndOddHeaders w:val="1"/><w:drawingGridHorizontalSpacing w:val="158"/><w:drawingGridVerticalSpacing w:val="290"/><w:displayHorizontalDrawingGridEvery w:val="1"/><w:displayVerticalDrawingGridEvery w:val="1"/><w:noPunctuationKerning w:val="1"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="14"/><w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/><w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/><w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/></w:compat><w:docVars><w:docVar w:name="commondata" w:val="eyJoZGlkIjoiYzQ3ZjE5MmE4NjE1YWQwZTNmNDM3MmE5MWI2ZDhkNGYifQ=="/></w:docVars><w:rsids><w:rsidRoot w:val="00000000"/><w:rsid w:val="0B6F4A21"/><w:rsid w:val="2E8D1C53"/><w:rsid w:val="5A3C7F18"/></w:rsids><m:mathPr><m:brkBin m:val="before"/><m:brkBinSub m:val="--"/><m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/><m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/><m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/><w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/><w:doNotIncludeSubdocsInStats/></w:settings>'''

FONTTABLE = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font><w:font w:name="宋体"><w:panose1 w:val="02010600030101010101"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="default"/></w:font><w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:panose1 w:val="02010609030101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="default"/></w:font><w:font w:name="黑体"><w:panose1 w:val="02010609060101010101"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="default"/></w:font><w:font w:name="方正小标宋简体"><w:altName w:val="Arial Unicode MS"/><w:panose1 w:val="02000000000000000000"/><w:charset w:val="86"/><w:family w:val="script"/><w:pitch w:val="default"/></w:font><w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/><w:panose1 w:val="02010609030101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="default"/></w:font></w:fonts>'''

CT = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'''

RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>'''

DOC_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'''

APP = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal</Template><Pages>9</Pages><Words>1022</Words><Characters>5831</Characters><Lines>48</Lines><Paragraphs>13</Paragraphs><TotalTime>186</TotalTime><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>6840</CharactersWithSpaces><Application>WPS Office_12.1.0.18912_F1E327BC-269C-435d-A152-05C5408002CA</Application><DocSecurity>0</DocSecurity></Properties>'''

CORE = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Administrator</dc:creator><cp:lastModifiedBy>区委办文电科</cp:lastModifiedBy><cp:lastPrinted>2025-03-12T09:16:00Z</cp:lastPrinted><dcterms:created xsi:type="dcterms:W3CDTF">2025-03-05T01:48:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-12T02:37:41Z</dcterms:modified><cp:revision>6</cp:revision></cp:coreProperties>'''

CUSTOM = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.18912</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV"><vt:lpwstr>6B2F0D3A9C4E4E1B8A57C3D21F09E6B4_13</vt:lpwstr></property></Properties>'''


def main():
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("docProps/app.xml", APP)
        z.writestr("docProps/core.xml", CORE)
        z.writestr("docProps/custom.xml", CUSTOM)
        z.writestr("word/document.xml", document())
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/settings.xml", SETTINGS)
        z.writestr("word/fontTable.xml", FONTTABLE)
        z.writestr("word/footer1.xml", footer("right"))
        z.writestr("word/footer2.xml", footer("left"))
    print(OUT)


if __name__ == "__main__":
    main()
