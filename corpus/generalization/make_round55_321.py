#!/usr/bin/env python3
"""Writes 321_cangpu_zhongdian_fenjie.html (a saved 政府信息公开 page, TRS/UEditor table)
and its gold. Paths are relative to this script's folder."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
SLUG = "321_cangpu_zhongdian_fenjie"

FONT = 'font-family: 仿宋_GB2312, 仿宋; font-size: 14px;'
TD = ('border-width: 1px; border-style: solid; border-color: windowtext; '
      'padding: 0px 7px; word-break: break-all;')

# Sections, then tasks:
# (no, text, leaders_cell, leaders_gold, lead_cell, lead_gold, coop_cell, coop_gold, deadline)
# text: '¦' splits <span>s, '\n' splits <p>s.
# cells: ('join', [..]) 、-joined; ('p', [..]) one <p> each; ('br', [..]) <br/>-joined;
#        ('raw', 'html') literal; None = covered by the rowspan above.
S = [
 ("一、坚持产业强区，推动经济高质量发展（共9项）", [
  ("1", "全区地区生产总值增长6%左右¦，规上工业增加值增长8%，固定资产投资增长7%，一般公共预算收入增长5%。",
   ('br', ["林国栋", "陈永康"]), ["林国栋", "陈永康"],
   ('join', ["区发改局"]), ["区发改局"],
   ('join', ["区统计局", "区工信局", "区财政局"]), ["区统计局", "区工信局", "区财政局"], "2026年12月底"),
  ("2", "实施“强链补链”行动¦，围绕新能源装备、生物医药两大主导产业，全年引进亿元以上产业项目25个（含10亿元以上项目6个）。",
   ('rs2', ["马骏"]), ["马骏"],
   ('join', ["区投促中心", "沧浦经开区管委会"]), ["区投促中心", "沧浦经开区管委会"],
   ('join', ["区商务局", "区工信局", "各镇（街道）"]), ["区商务局", "区工信局", "各镇（街道）"], "2026年12月底"),
  ("3", "推动工业企业技术改造，实施“智改数转”项目60个，新增国家级专精特新“小巨人”企业3家、省级专精特新中小企业20家以上。",
   None, ["马骏"],
   ('join', ["区工信局"]), ["区工信局"],
   ('join', ["区科技局", "区财政局", "沧浦经开区管委会"]), ["区科技局", "区财政局", "沧浦经开区管委会"], "2026年12月底"),
  ("4", "¦5G-A¦基站新建¦200¦个，建成区级工业互联网平台1个，数字经济核心产业增加值占地区生产总值比重达到9.5%。",
   ('join', ["郑家豪"]), ["郑家豪"],
   ('join', ["区数据局"]), ["区数据局"],
   ('raw', '区工信局、国网沧浦区供电公司、中国移动沧浦分公司、中国电信沧浦分公司、中国联通沧浦分公司'),
   ["区工信局", "国网沧浦区供电公司", "中国移动沧浦分公司", "中国电信沧浦分公司", "中国联通沧浦分公司"], "2026年11月底"),
  ("5", "落实《泓州市加快服务业高质量发展的若干意见》（泓政发〔2025〕12号），培育规上服务业企业30家，社会消费品零售总额增长6.5%。",
   ('join', ["郑家豪"]), ["郑家豪"],
   ('join', ["区商务局"]), ["区商务局"],
   ('join', ["区发改局", "区统计局", "区市场监管局"]), ["区发改局", "区统计局", "区市场监管局"], "2026年12月底"),
  ("6", "深化“亩均论英雄”改革¦，盘活低效用地2000亩以上，完成工业用地“标准地”出让（含“带方案出让”）15宗。",
   ('join', ["陈永康"]), ["陈永康"],
   ('join', ["市自然资源和规划局沧浦分局"]), ["市自然资源和规划局沧浦分局"],
   ('join', ["区工信局", "沧浦经开区管委会", "各镇（街道）"]), ["区工信局", "沧浦经开区管委会", "各镇（街道）"], "2026年12月底"),
  ("7", "强化要素保障，建立区领导牵头包联重点项目制度，全年实施省市区重点项目120个，完成投资210亿元，其中：\n10亿元以上项目8个；\n5亿元以上项目21个。",
   ('raw', '陈永康（牵头）<br/>马骏'), ["陈永康", "马骏"],
   ('join', ["区发改局"]), ["区发改局"],
   ('raw', '区财政局、市自然资源和规划局沧浦分局、市生态环境局沧浦分局、各项目业主单位'),
   ["区财政局", "市自然资源和规划局沧浦分局", "市生态环境局沧浦分局", "各项目业主单位"], "2026年12月底"),
  ("8", "培育壮大市场主体，新增经营主体1.2万户，新增规上工业企业40家（其中“小升规”企业不少于30家）。",
   ('join', ["郑家豪"]), ["郑家豪"],
   ('p', ["区市场监管局", "区工信局"]), ["区市场监管局", "区工信局"],
   ('join', ["区税务局", "区统计局"]), ["区税务局", "区统计局"], "2026年12月底"),
  ("9", "推进农业现代化，新建高标准农田1.6万亩，粮食播种面积稳定在18.5万亩以上，培育市级以上农业龙头企业5家。",
   ('join', ["欧阳文清"]), ["欧阳文清"],
   ('join', ["区农业农村局"]), ["区农业农村局"],
   ('join', ["区财政局", "区水利局", "市自然资源和规划局沧浦分局", "各镇（街道）"]),
   ["区财政局", "区水利局", "市自然资源和规划局沧浦分局", "各镇（街道）"], "2026年10月底"),
 ]),
 ("二、坚持改革开放，持续激发发展活力（共5项）", [
  ("10", "深化“放管服”改革，推进“高效办成一件事”，全年新增集成办理事项15项，政务服务事项“一网通办”率达到95%以上。",
   ('join', ["郑家豪"]), ["郑家豪"],
   ('join', ["区行政审批服务局"]), ["区行政审批服务局"],
   ('join', ["区数据局", "区直有关部门"]), ["区数据局", "区直有关部门"], "2026年12月底"),
  ("11", "优化营商环境，开展“营商环境提升年”活动，落实涉企收费目录清单制度，全面清理拖欠企业账款。",
   ('rs3', ["陈永康"]), ["陈永康"],
   ('join', ["区发改局（区营商办）"]), ["区发改局（区营商办）"],
   ('raw', '区工信局、区财政局、区司法局、&nbsp;区市场监管局'),
   ["区工信局", "区财政局", "区司法局", "区市场监管局"], "持续推进"),
  ("12", "深化国资国企改革，推动区城投集团、区交投集团整合重组，加快市场化转型，年内实现“AA+”主体信用评级。",
   None, ["陈永康"],
   ('join', ["区财政局（区国资办）"]), ["区财政局（区国资办）"],
   ('join', ["区城投集团", "区交投集团", "区审计局"]), ["区城投集团", "区交投集团", "区审计局"], "2026年9月底"),
  ("13", "开展金融服务实体经济行动，新增各项贷款90亿元，推动1家企业在境内外上市、3家企业进入上市辅导期。",
   None, ["陈永康"],
   ('join', ["区政府办公室（区金融工作中心）"]), ["区政府办公室（区金融工作中心）"],
   ('join', ["国家金融监督管理总局泓州监管分局沧浦监管支局", "区财政局"]),
   ["国家金融监督管理总局泓州监管分局沧浦监管支局", "区财政局"], "2026年12月底"),
  ("14", "扩大对外开放，实现外贸进出口总额85亿元、实际使用外资4500万美元，组织企业参加境内外展会20场次。",
   ('join', ["马骏"]), ["马骏"],
   ('join', ["区商务局"]), ["区商务局"],
   ('join', ["泓州海关驻沧浦办事处", "区投促中心"]), ["泓州海关驻沧浦办事处", "区投促中心"], "2026年12月底"),
 ]),
 ("三、坚持城乡融合，建设宜居品质城区（共6项）", [
  ("15", "推进高铁新城开发建设，完成站前广场及配套路网（一期）工程，新建城市道路10.8公里。",
   ('rs2', ["王瑞"]), ["王瑞"],
   ('join', ["高铁新城建设指挥部"]), ["高铁新城建设指挥部"],
   ('join', ["区住建局", "区交通运输局", "区城投集团"]), ["区住建局", "区交通运输局", "区城投集团"], "2026年10月底"),
  ("16", "实施城市更新“四项行动”，全年完成：\n（1）老旧小区改造12个、惠及居民4300户；\n（2）城中村改造2个；\n（3）新建改造城市燃气管网18公里；\n（4）新增公共停车泊位1500个。",
   None, ["王瑞"],
   ('join', ["区住建局"]), ["区住建局"],
   ('p', ["区城管局", "市自然资源和规划局沧浦分局", "石桥街道", "东湖街道"]),
   ["区城管局", "市自然资源和规划局沧浦分局", "石桥街道", "东湖街道"], "2026年12月底"),
  ("17", "持续深化污染防治攻坚，PM2.5平均浓度控制在28微克/立方米以内，地表水国控、省控断面水质达标率100%。",
   ('join', ["许慧敏"]), ["许慧敏"],
   ('join', ["市生态环境局沧浦分局"]), ["市生态环境局沧浦分局"],
   ('join', ["区住建局", "区农业农村局", "区水利局", "区城管局", "各镇（街道）"]),
   ["区住建局", "区农业农村局", "区水利局", "区城管局", "各镇（街道）"], "2026年12月底"),
  ("18", "全面推行河湖长制，完成沧浦河（临湖段）综合治理工程，新建改造农村供水管网60公里。",
   ('rs2', ["欧阳文清"]), ["欧阳文清"],
   ('join', ["区水利局"]), ["区水利局"],
   ('join', ["临湖镇人民政府", "区农业农村局"]), ["临湖镇人民政府", "区农业农村局"], "2026年11月底"),
  ("19", "深入实施乡村振兴战略，创建省级未来乡村3个、市级和美乡村示范村10个，集体经济经营性收入30万元以上的村占比达到60%。",
   None, ["欧阳文清"],
   ('join', ["区委农办", "区农业农村局"]), ["区委农办", "区农业农村局"],
   ('join', ["区财政局", "区文广旅体局", "各镇人民政府", "各街道办事处"]),
   ["区财政局", "区文广旅体局", "各镇人民政府", "各街道办事处"], "2026年12月底"),
  ("20", "推进安全生产治本攻坚三年行动，开展燃气、自建房、电动自行车等重点领域隐患排查整治，实现生产安全事故起数和死亡人数“双下降”。",
   ('join', ["许慧敏"]), ["许慧敏"],
   ('join', ["区应急管理局"]), ["区应急管理局"],
   ('br', ["区住建局", "区市场监管局", "区消防救援大队", "市公安局沧浦分局", "各镇（街道）"]),
   ["区住建局", "区市场监管局", "区消防救援大队", "市公安局沧浦分局", "各镇（街道）"], "持续推进"),
 ]),
 ("四、坚持民生优先，增进人民群众福祉（共7项）", [
  ("21", "城镇新增就业1.1万人，城镇调查失业率控制在5.5%以内，开展职业技能培训8000人次。",
   ('join', ["许慧敏"]), ["许慧敏"],
   ('join', ["区人力社保局"]), ["区人力社保局"],
   ('join', ["区财政局", "团区委", "区妇联", "各镇（街道）"]), ["区财政局", "团区委", "区妇联", "各镇（街道）"], "2026年12月底"),
  ("22", "新建改扩建中小学、幼儿园6所，新增学位4200个，推进集团化办学（覆盖率达到80%）。",
   ('rs3', ["周蓓"]), ["周蓓"],
   ('join', ["区教育局"]), ["区教育局"],
   ('join', ["区发改局", "区财政局", "市自然资源和规划局沧浦分局", "区住建局"]),
   ["区发改局", "区财政局", "市自然资源和规划局沧浦分局", "区住建局"], "2026年8月底"),
  ("23", "深化医药卫生体制改革，推动区人民医院与泓州市第一人民医院组建紧密型医联体，区中医院创成三级乙等中医医院。",
   None, ["周蓓"],
   ('join', ["区卫生健康局"]), ["区卫生健康局"],
   ('join', ["区医保局", "区人民医院", "区中医院"]), ["区医保局", "区人民医院", "区中医院"], "2026年12月底"),
  ("24", "完善养老服务体系，新增养老床位300张，建成镇（街道）区域性养老服务中心3个，每千名老年人拥有养老护理员数达到2.5人。",
   None, ["周蓓"],
   ('join', ["区民政局"]), ["区民政局"],
   ('join', ["区卫生健康局", "区医保局"]), ["区卫生健康局", "区医保局"], "2026年12月底"),
  ("25", "办好十件民生实事，实事项目年度完成率100%（具体项目由区政府另行发文明确）。",
   ('join', ["林国栋"]), ["林国栋"],
   ('join', ["区政府办公室（区政府督查室）"]), ["区政府办公室（区政府督查室）"],
   ('join', ["各实事项目牵头单位"]), ["各实事项目牵头单位"], "2026年12月底"),
  ("26", "加强食品药品安全监管，守牢“菜篮子”“米袋子”安全底线，食品安全评价性抽检合格率98%以上。",
   ('rs2', ["郑家豪"]), ["郑家豪"],
   ('rs2', ["区市场监管局"]), ["区市场监管局"],
   ('raw', '/'), [], "持续推进"),
  ("27", "深化质量强区建设，新增“品字标”企业5家，主导制（修）订国家、行业标准10项。",
   None, ["郑家豪"],
   None, ["区市场监管局"],
   ('join', ["区工信局", "区科技局"]), ["区工信局", "区科技局"], "2026年12月底"),
 ]),
]

# rowspans: a cell marked 'rsN' spans N rows
def p(html, align="center"):
    return ('<p style="text-align: %s; line-height: 20px;"><span style="%s">%s</span></p>'
            % (align, FONT, html))

def span_text(text):
    # '¦' splits spans (as Word's rsid runs do); digits runs get lang="EN-US"
    parts = text.split('¦')
    out = []
    for part in parts:
        if part == "":
            continue
        if part.isascii():
            out.append('<span lang="EN-US" style="%s">%s</span>' % (FONT, part))
        else:
            out.append('<span style="%s">%s</span>' % (FONT, part))
    return "".join(out)

def cell_html(spec):
    kind, val = spec[0], spec[1]
    if kind == 'join' or kind.startswith('rs'):
        return p("、".join(val))
    if kind == 'br':
        return p("<br/>".join(val))
    if kind == 'p':
        return "".join(p(u) for u in val)
    if kind == 'raw':
        return p(val)
    raise ValueError(kind)

def td(width, inner, rowspan=1, colspan=1, align="center"):
    attrs = ' width="%d" valign="middle"' % width
    if rowspan > 1:
        attrs += ' rowspan="%d"' % rowspan
    if colspan > 1:
        attrs += ' colspan="%d"' % colspan
    return '<td%s style="%s" align="%s">%s</td>' % (attrs, TD, align, inner)

W = [38, 287, 62, 108, 160, 70]

rows = []
rows.append('<tr style="height: 21px;" class="firstRow">'
            + td(W[0], p("<strong>序号</strong>"), rowspan=2)
            + td(W[1], p("<strong>目标任务</strong>"), rowspan=2)
            + td(W[2], p("<strong>责任区领导</strong>"), rowspan=2)
            + td(W[3] + W[4], p("<strong>责任单位</strong>"), colspan=2)
            + td(W[5], p("<strong>完成时限</strong>"), rowspan=2)
            + '</tr>')
rows.append('<tr style="height: 21px;">'
            + td(W[3], p("<strong>牵头单位</strong>"))
            + td(W[4], p("<strong>配合单位</strong>"))
            + '</tr>')

gold = []
for title, tasks in S:
    rows.append('<tr style="height: 24px;">' + td(sum(W), '<p style="text-align: left; line-height: 20px;"><strong><span style="font-family: 黑体; font-size: 14px;">%s</span></strong></p>' % title, colspan=6, align="left") + '</tr>')
    for (no, text, lcell, lgold, leadcell, leadgold, coopcell, coopgold, dl) in tasks:
        # 序号: two-digit numbers sometimes split in two runs, as pasted from Word
        if no in ("12", "21"):
            nohtml = '<span lang="EN-US">%s</span><span lang="EN-US">%s</span>' % (no[0], no[1])
            nocell = '<p style="text-align: center; line-height: 20px;">%s</p>' % nohtml
        else:
            nocell = p('<span lang="EN-US">%s</span>' % no)
        paras = text.split("\n")
        tcell = "".join('<p style="text-align: justify; line-height: 20px;">%s</p>' % span_text(x) for x in paras)
        r = '<tr style="height: 48px;">' + td(W[0], nocell) + td(W[1], tcell, align="left")
        if lcell is not None:
            rs = int(lcell[0][2:]) if lcell[0].startswith('rs') else 1
            r += td(W[2], cell_html(lcell), rowspan=rs)
        if leadcell is not None:
            rs = int(leadcell[0][2:]) if leadcell[0].startswith('rs') else 1
            r += td(W[3], cell_html(leadcell), rowspan=rs)
        r += td(W[4], cell_html(coopcell))
        r += td(W[5], p(dl))
        r += '</tr>'
        rows.append(r)
        plain = text.replace('¦', '').replace('\n', '')
        gold.append({"id": no, "head": plain[:12],
                     "responsible_units": leadgold + coopgold,
                     "lead_units": leadgold, "cooperating_units": coopgold,
                     "leaders": lgold})

TABLE = ('<table width="725" border="1" cellspacing="0" cellpadding="0" align="center" '
         'style="border-collapse: collapse; border: none; width: 725px;"><tbody>'
         + "\n".join(rows) + '</tbody></table>')

BODY_P = '<p style="text-indent: 2em; line-height: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16px;">%s</span></p>'

ARTICLE = "\n".join([
 '<p style="text-align: center; line-height: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16px;">沧政办发〔2026〕5号</span></p>',
 '<p style="text-align: center; line-height: 2em;"><strong><span style="font-family: 方正小标宋简体; font-size: 22px;">沧浦区人民政府办公室关于印发《2026年区政府</span></strong></p>',
 '<p style="text-align: center; line-height: 2em;"><strong><span style="font-family: 方正小标宋简体; font-size: 22px;">重点工作目标任务分解》的通知</span></strong></p>',
 '<p style="line-height: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16px;">各镇人民政府、街道办事处，区政府各部门、各直属单位：</span></p>',
 BODY_P % '经区政府同意，现将《2026年区政府重点工作目标任务分解》印发给你们，请结合实际，认真抓好贯彻落实。现就有关事项通知如下：',
 BODY_P % '<strong>一、压实工作责任。</strong>各责任区领导要加强对分管领域重点工作的指导、协调和督促。牵头单位要切实履行牵头职责，主要负责同志为第一责任人，制定具体推进计划，细化工作措施，明确时间节点；配合单位要积极主动配合，形成工作合力。',
 BODY_P % '<strong>二、强化协调联动。</strong>涉及多个单位的工作任务，由牵头单位负责召集协调；遇有重大问题，及时报请责任区领导协调解决。各镇（街道）要对照分解表，主动认领涉及本辖区的工作任务。',
 BODY_P % '<strong>三、严格督查考核。</strong>区政府督查室要将目标任务纳入区政府督查督办系统，实行“月调度、季通报、年考核”。各牵头单位于每季度最后一个月25日前，将工作进展情况（含工作成效、存在问题和下步打算）报区政府督查室，联系电话：86021357。',
 BODY_P % '附件：2026年区政府重点工作目标任务分解',
 '<p style="text-align: right; line-height: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16px;">沧浦区人民政府办公室</span></p>',
 '<p style="text-align: right; line-height: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16px;">2026年2月27日</span></p>',
 BODY_P % '（此件公开发布）',
 '<p style="line-height: 2em;"><span style="font-family: 黑体; font-size: 16px;">附件</span></p>',
 '<p style="text-align: center; line-height: 2em;"><span style="font-family: 方正小标宋简体; font-size: 20px;">2026年区政府重点工作目标任务分解</span></p>',
 TABLE,
 '<p><br/></p>',
 '<p style="line-height: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 14px;">抄送：区委各部门，区人大常委会办公室，区政协办公室，区法院，区检察院，区人武部。</span></p>',
 '<p style="line-height: 2em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 14px;">沧浦区人民政府办公室&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;2026年2月27日印发</span></p>',
])

PAGE = '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>沧浦区人民政府办公室关于印发《2026年区政府重点工作目标任务分解》的通知_政府文件_泓州市沧浦区人民政府</title>
<meta name="SiteName" content="泓州市沧浦区人民政府" />
<meta name="SiteDomain" content="www.cangpu.gov.cn" />
<meta name="SiteIDCode" content="3390000014" />
<meta name="ColumnName" content="区政府办文件" />
<meta name="ColumnType" content="政府文件" />
<meta name="ArticleTitle" content="沧浦区人民政府办公室关于印发《2026年区政府重点工作目标任务分解》的通知" />
<meta name="PubDate" content="2026-03-02 09:41" />
<meta name="ContentSource" content="沧浦区人民政府办公室" />
<meta name="Keywords" content="重点工作,目标任务,分解" />
<meta name="Description" content="经区政府同意，现将《2026年区政府重点工作目标任务分解》印发给你们，请结合实际，认真抓好贯彻落实。" />
<link href="../../../images/common.css" rel="stylesheet" type="text/css" />
<link href="../../../images/xxgk.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="../../../images/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="../../../images/jquery.SuperSlide.2.1.1.js"></script>
</head>
<body>
<div class="top-bar">
  <div class="w1200">
    <span class="fl">今天是：<span id="today"></span></span>
    <span class="fr"><a href="javascript:void(0);" id="wza">无障碍</a>｜<a href="javascript:void(0);" id="zhjt">长辈版</a>｜<a href="../../../wzdt/">网站地图</a></span>
  </div>
</div>
<div class="header">
  <div class="w1200">
    <div class="logo"><a href="../../../"><img src="../../../images/logo.png" alt="泓州市沧浦区人民政府" /></a></div>
    <div class="search"><form action="/search/search.jsp" method="get" target="_blank"><input type="text" name="q" class="s-input" placeholder="请输入关键字" /><input type="submit" class="s-btn" value="搜索" /></form></div>
  </div>
</div>
<div class="nav">
  <ul class="w1200">
    <li><a href="../../../">首页</a></li>
    <li><a href="../../../zwdt/">政务动态</a></li>
    <li class="on"><a href="../../../zfxxgk/">政府信息公开</a></li>
    <li><a href="../../../zwfw/">政务服务</a></li>
    <li><a href="../../../hdjl/">互动交流</a></li>
    <li><a href="../../../zjcp/">走进沧浦</a></li>
  </ul>
</div>
<div class="w1200 xxgk-main">
  <div class="location">您当前的位置：<a href="../../../">首页</a>&nbsp;&gt;&nbsp;<a href="../../../zfxxgk/">政府信息公开</a>&nbsp;&gt;&nbsp;<a href="../../">法定主动公开内容</a>&nbsp;&gt;&nbsp;<a href="../">政府文件</a>&nbsp;&gt;&nbsp;<a href="./">区政府办文件</a></div>
  <div class="xxgk-left">
    <div class="xxgk-menu">
      <h3>政府信息公开</h3>
      <ul>
        <li><a href="../../../zfxxgk/zn/">政府信息公开指南</a></li>
        <li><a href="../../../zfxxgk/zd/">政府信息公开制度</a></li>
        <li class="on"><a href="../../">法定主动公开内容</a></li>
        <li><a href="../../../zfxxgk/nb/">政府信息公开年报</a></li>
        <li><a href="../../../zfxxgk/ysqgk/">依申请公开</a></li>
      </ul>
    </div>
  </div>
  <div class="xxgk-right">
    <table class="xxgk-meta" width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr>
        <th width="12%">索&nbsp;&nbsp;引&nbsp;&nbsp;号：</th><td width="38%">001339012/2026-00027</td>
        <th width="12%">信息分类：</th><td width="38%">政府文件</td>
      </tr>
      <tr>
        <th>发布机构：</th><td>沧浦区人民政府办公室</td>
        <th>生成日期：</th><td>2026-02-27</td>
      </tr>
      <tr>
        <th>文&nbsp;&nbsp;&nbsp;&nbsp;号：</th><td>沧政办发〔2026〕5号</td>
        <th>有&nbsp;&nbsp;效&nbsp;&nbsp;性：</th><td>有效</td>
      </tr>
      <tr>
        <th>名&nbsp;&nbsp;&nbsp;&nbsp;称：</th><td colspan="3">沧浦区人民政府办公室关于印发《2026年区政府重点工作目标任务分解》的通知</td>
      </tr>
      <tr>
        <th>主题分类：</th><td>综合政务/其他</td>
        <th>公开方式：</th><td>主动公开</td>
      </tr>
    </table>
    <div class="article">
      <h1 class="article-title">沧浦区人民政府办公室关于印发《2026年区政府重点工作目标任务分解》的通知</h1>
      <div class="article-info">
        <span>发布时间：2026-03-02 09:41</span>
        <span>来源：区政府办公室</span>
        <span>浏览次数：<span id="visitCount">--</span></span>
        <span class="zh">【字体：<a href="javascript:doZoom(18)">大</a>&nbsp;<a href="javascript:doZoom(16)">中</a>&nbsp;<a href="javascript:doZoom(14)">小</a>】</span>
      </div>
      <div class="article-content" id="zoom">
<div class="view TRS_UEDITOR trs_paper_default trs_web">
@@ARTICLE@@
</div>
      </div>
      <div class="article-fj">
        <script type="text/javascript">
          var fjHtml = '';
          var fjName = '2026年区政府重点工作目标任务分解.docx';
          if (fjName != '') {
            fjHtml = '附件下载：<a href="./P020260302394157386211.docx" target="_blank">' + fjName + '</a>';
          }
          document.write(fjHtml);
        </script>
      </div>
      <div class="article-jd">
        <span>相关解读：</span><a href="../../../zcjd/202603/t20260302_2211406.html" target="_blank">一图读懂《2026年区政府重点工作目标任务分解》</a>
      </div>
      <div class="article-tools">
        <a href="javascript:window.print();">【打印本页】</a>&nbsp;&nbsp;<a href="javascript:window.close();">【关闭窗口】</a>
        <div class="bshare">分享到：<a class="wx" title="微信"></a><a class="wb" title="微博"></a></div>
      </div>
      <div class="article-xg">
        <h4>相关文件</h4>
        <ul>
          <li><span>1.</span><a href="./202602/t20260214_2209518.html" target="_blank">沧浦区人民政府办公室关于印发《沧浦区2026年民生实事项目实施方案》的通知</a><em>2026-02-14</em></li>
          <li><span>2.</span><a href="./202601/t20260128_2207730.html" target="_blank">沧浦区人民政府关于下达2026年国民经济和社会发展计划的通知</a><em>2026-01-28</em></li>
          <li><span>3.</span><a href="./202503/t20250306_2148812.html" target="_blank">沧浦区人民政府办公室关于印发《2025年区政府重点工作目标任务分解》的通知</a><em>2025-03-06</em></li>
        </ul>
      </div>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w1200">
    <div class="footer-links"><a href="../../../gywm/">关于我们</a>｜<a href="../../../wzdt/">网站地图</a>｜<a href="../../../lxwm/">联系我们</a>｜<a href="../../../sybz/">使用帮助</a></div>
    <p>主办单位：泓州市沧浦区人民政府办公室&nbsp;&nbsp;&nbsp;承办单位：沧浦区大数据发展中心</p>
    <p>地址：沧浦区府前路1号&nbsp;&nbsp;&nbsp;联系电话：86021000&nbsp;&nbsp;&nbsp;网站标识码：3390000014</p>
    <p><a href="javascript:void(0);" class="jiucuo"><img src="../../../images/jiucuo.png" alt="政府网站找错" /></a>&nbsp;&nbsp;<img src="../../../images/dzjg.png" alt="党政机关" /></p>
  </div>
</div>
<script type="text/javascript">
  $(function () {
    var d = new Date();
    $("#today").text(d.getFullYear() + "年" + (d.getMonth() + 1) + "月" + d.getDate() + "日");
  });
  function doZoom(size) {
    document.getElementById("zoom").style.fontSize = size + "px";
  }
</script>
<script type="text/javascript">
  var _trsPageId = "2211398", _trsChannelId = "41207", _trsSiteId = "63";
  (function () {
    var s = document.createElement("script");
    s.src = "../../../images/trs_stat.js";
    document.getElementsByTagName("head")[0].appendChild(s);
  })();
</script>
</body>
</html>
'''.replace('@@ARTICLE@@', ARTICLE)

with open(os.path.join(HERE, SLUG + ".html"), "w", encoding="utf-8") as f:
    f.write(PAGE)
with open(os.path.join(HERE, SLUG + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
    for g in gold:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(len(gold), "tasks")
