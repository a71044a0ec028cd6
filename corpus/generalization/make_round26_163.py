#!/usr/bin/python3
"""Round 26 (folder c): 163_qiling_xian_wangye_baocun_html_biaoge.html and its gold.

A county government site's article page as a browser's "save page, HTML only" keeps it: the server's source,
<head> with the CMS's meta tags, CSS and scripts, the site header, navigation and breadcrumb, the 政府信息公开
table (索引号 / 发布机构 / 发文日期 / 文号 …), the article as the CMS (a TRS UEditor) stores it -- all of it on ONE
line, <p> paragraphs (some `style="text-indent:2em"`, some indented with &nbsp; / &emsp;), `<p><br/></p>` blank
lines, entities (&ldquo; &rdquo; &mdash; &nbsp; &emsp;) -- then the attachment's task table as the editor writes a
table: a two-row header (序号 / 重点工作任务 / 完成时限 merged down, 责任分工 over 责任领导 / 牵头单位 / 配合单位),
section rows `colspan="6"`, 责任领导 merged down over 2–4 rows (two leaders in one cell, names of two characters
padded `周&nbsp;&nbsp;岩`), 牵头单位 and 完成时限 merged down too, units parted by `<br/>` or `、` (once `、<br/>`),
cells ending in a stray `<br/>`, a task cell with `（1）（2）` lines, an empty 配合单位 cell and one holding 无;
then the related-links box and the footer (主办单位, 网站标识码, ICP 备案号, 公安备案号).

Names are invented.  Run: /usr/bin/python3 make_round26_163.py  -- writes the .html; with --write also the gold.
The gold (GOLD below) is typed by hand; check() parses the written HTML with html.parser, resolves the
rowspans and colspans into a grid and compares every row with it.
"""
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

OUT = os.path.dirname(os.path.abspath(__file__)) + "/"
NAME = "163_qiling_xian_wangye_baocun_html_biaoge"

NB = "&nbsp;"
# ----------------------------------------------------------------------------------------------- the table
# Each task row: number, task cell (HTML), then the cells the row itself holds for 责任领导, 牵头单位, 配合单位,
# 完成时限 -- (html, rowspan) or None where a cell above covers it.
SECTIONS = [
    ("一、稳增长扩内需，推动经济运行持续回升向好（7项）", [
        (1, "全县地区生产总值增长6%左右，规模以上工业增加值增长7.5%，固定资产投资增长6%，社会消费品零售总额增长5.5%，一般公共预算收入增长5%。",
         ("周" + NB * 2 + "岩<br/>陈立峰", 1), ("县发展和改革局", 1), ("县统计局、县财政局、县工业和信息化局、县商务局", 1), ("2026年12月底", 7)),
        (2, "实施县级重点项目150个，年度计划投资210亿元，新开工亿元以上项目60个以上，项目开工率、投资完成率均达到90%以上。",
         ("陈立峰", 3), ("县发展和改革局", 2), ("县自然资源局<br/>县住房和城乡建设局<br/>县行政审批服务局<br/>", 1), None),
        (3, "积极争取超长期特别国债、中央预算内投资、地方政府专项债券等资金20亿元以上，谋划储备项目不少于200个。",
         None, None, ("县财政局、县审计局", 1), None),
        (4, "加强财源建设，严格落实过紧日子要求，&ldquo;三保&rdquo;支出足额保障，县级政府债务风险等级保持绿色。",
         None, ("县财政局", 1), ("县发展和改革局、县税务局<br/>", 1), None),
        (5, "开展&ldquo;乐购杞岭&rdquo;促消费系列活动60场以上，推进消费品以旧换新，培育夜间消费集聚区2个。",
         ("王" + NB * 2 + "宁", 3), ("县商务局", 2), ("县文化旅游广电体育局、县市场监督管理局", 1), None),
        (6, "完善县乡村三级物流配送体系，新建村级寄递物流综合服务站30个，快递进村覆盖率达到100%。",
         None, None, ("县交通运输局、<br/>县邮政分公司", 1), None),
        (7, "坚持招大引强，全年新签约亿元以上项目40个，其中10亿元以上项目5个，实际到位县外资金150亿元。",
         None, ("县招商服务中心", 1), ("杞岭经济开发区管委会<br/>各乡镇人民政府", 1), None),
    ]),
    ("二、抓产业强实体，加快构建现代化产业体系（7项）", [
        (8, "实施工业倍增行动，新增规模以上工业企业25家，规模以上工业营业收入突破300亿元。",
         ("王" + NB * 2 + "宁", 3), ("县工业和信息化局", 1), ("杞岭经济开发区管委会、县发展和改革局、县统计局", 1), ("2026年12月底", 1)),
        (9, "做强新能源电池材料产业链，推进年产5万吨正极材料、10万吨电解液项目建成投产。",
         None, ("杞岭经济开发区管委会<br/>县工业和信息化局", 1), ("县招商服务中心", 1), ("2026年10月底", 1)),
        (10, "推进数字经济和实体经济深度融合，新建5G基站260个，培育省级数字化转型标杆企业3家。",
         None, ("县数据局", 1), ("县工业和信息化局、中国电信杞岭分公司、中国移动杞岭分公司", 1), ("2026年12月底", 4)),
        (11, "做优茶叶、油茶、中药材三大特色产业，新建标准化茶园2万亩、高产油茶林3万亩，农产品加工产值增长8%。",
         ("孙启明", 4), ("县农业农村局", 1), ("县林业局、县市场监督管理局、各乡镇人民政府", 1), None),
        (12, "实施文旅融合提质行动，创建国家4A级旅游景区1家，全年接待游客680万人次、实现旅游综合收入65亿元。",
         None, ("县文化旅游广电体育局", 1), ("县交通运输局、县自然资源局、有关乡镇人民政府", 1), None),
        (13, "加大科技创新投入，新增高新技术企业12家、科技型中小企业40家，全社会研发经费投入强度达到1.8%。",
         None, ("县科学技术局", 1), ("县工业和信息化局、县财政局、县统计局", 1), None),
        (14, "推进杞岭现代物流园二期建设，培育A级物流企业2家，社会物流总费用占GDP比重下降0.3个百分点。",
         None, ("县发展和改革局", 1), ("县商务局<br/>县交通运输局", 1), ("2026年11月底", 1)),
    ]),
    ("三、促改革优环境，持续激发经营主体活力（5项）", [
        (15, "深化&ldquo;高效办成一件事&rdquo;改革，政务服务事项网上可办率达到98%，企业开办时间压缩至1个工作日以内。",
         ("陈立峰", 3), ("县行政审批服务局", 1), ("县政务服务中心、县市场监督管理局、县数据局", 1), ("2026年12月底", 5)),
        (16, "深化国资国企改革，完成县属国有企业整合重组，县城投公司实现市场化转型。",
         None, ("县国有资产事务中心", 1), ("县财政局", 1), None),
        (17, "完善政银企对接机制，新增各项贷款40亿元，普惠小微贷款增速不低于各项贷款平均增速。",
         None, ("县金融服务中心", 1), ("人民银行杞岭县支行<br/>国家金融监督管理总局杞岭监管支局<br/>县内各银行业金融机构", 1), None),
        (18, "落实支持民营经济发展各项政策，开展&ldquo;企业家接待日&rdquo;活动12期，清理拖欠企业账款，新增经营主体5000户。",
         ("赵春燕", 2), ("县工商业联合会、县市场监督管理局", 1), ("县发展和改革局、县司法局", 1), None),
        (19, "推进法治政府建设，重大行政决策合法性审查率达到100%，行政复议案件纠错率保持合理区间。",
         None, ("县司法局", 1), ("县政府办公室", 1), None),
    ]),
    ("四、兴乡村美城乡，推动城乡融合发展（6项）", [
        (20, "全年粮食播种面积稳定在42万亩以上，总产量保持在16万吨以上。",
         ("孙启明", 3), ("县农业农村局", 2), ("县发展和改革局、县财政局、各乡镇人民政府", 1), ("2026年10月底", 1)),
        (21, "新建高标准农田2.5万亩，改造提升1.2万亩，新建小型农田水利设施120处。",
         None, None, ("县水利局<br/>县自然资源局<br/>县财政局", 1), ("2026年12月底", 1)),
        (22, "巩固拓展脱贫攻坚成果，守住不发生规模性返贫致贫底线；打造和美乡村示范村15个，农村卫生厕所普及率达到92%。",
         None, ("县农业农村局", 1), ("县住房和城乡建设局、市生态环境局杞岭分局、县卫生健康局、各乡镇人民政府", 1), ("2026年12月底", 4)),
        (23, "实施城市更新行动，改造城镇老旧小区18个，新建改造城市燃气、供排水管网45公里。",
         ("赵春燕", 3), ("县住房和城乡建设局", 1), ("县城市管理局、城关街道办事处", 1), None),
        (24, "加快杞岭至东塘高速公路、国道G356杞岭段改线工程建设，新改建农村公路150公里。",
         None, ("县交通运输局", 1), ("县自然资源局、县林业局、沿线乡镇人民政府", 1), None),
        (25, "深入打好蓝天、碧水、净土保卫战，县城空气质量优良天数比例达到93%，国省控断面水质达标率保持100%。",
         None, ("市生态环境局杞岭分局", 1), ("县水利局、县林业局、县农业农村局、县城市管理局", 1), None),
    ]),
    ("五、办实事惠民生，不断增进人民群众福祉（7项）", [
        (26, "城镇新增就业3500人，农村劳动力转移就业新增2000人，零就业家庭动态清零。",
         ("赵春燕", 4), ("县人力资源和社会保障局", 1), ("县财政局、县总工会、各乡镇人民政府", 1), ("2026年12月底", 7)),
        (27, "推进城区义务教育扩容提质：<br/>（1）建成县第二中学新校区，新增学位2400个；<br/>（2）改扩建乡镇寄宿制学校6所。",
         None, ("县教育局", 1), ("县住房和城乡建设局、县自然资源局、县财政局", 1), None),
        (28, "深化紧密型县域医共体建设，县人民医院创建三级医院，乡镇卫生院基本达到服务能力推荐标准。",
         None, ("县卫生健康局", 1), ("县医疗保障局、县人民医院", 1), None),
        (29, "新建社区嵌入式养老服务中心2个、农村幸福院20个，特殊困难老年人居家适老化改造300户。",
         None, ("县民政局", 1), ("县卫生健康局、县财政局", 1), None),
        (30, "巩固全民参保成果，基本医疗保险参保率稳定在95%以上，推进医保基金监管常态化。",
         ("马" + NB * 2 + "骏", 3), ("县医疗保障局", 1), (NB, 1), None),
        (31, "举办第二届杞岭茶文化旅游节和&ldquo;村BA&rdquo;篮球赛等群众性文体活动100场次以上。",
         None, ("县文化旅游广电体育局", 1), ("无", 1), None),
        (32, "深化安全生产治本攻坚三年行动，严防较大及以上生产安全事故发生，全力维护社会大局和谐稳定。",
         None, ("县应急管理局", 1), ("县公安局、县消防救援大队、各乡镇人民政府", 1), None),
    ]),
]

# ------------------------------------------------------------------------------------------ gold, typed by hand
def G(id, head, lead, coop, leaders):
    resp = lead + [u for u in coop if u not in lead]
    return {"id": str(id), "head": head, "responsible_units": resp, "lead_units": lead,
            "cooperating_units": coop, "leaders": leaders}

FG = "县发展和改革局"
GOLD = [
    G(1, "全县地区生产总值增长6%", [FG], ["县统计局", "县财政局", "县工业和信息化局", "县商务局"], ["周岩", "陈立峰"]),
    G(2, "实施县级重点项目150个", [FG], ["县自然资源局", "县住房和城乡建设局", "县行政审批服务局"], ["陈立峰"]),
    G(3, "积极争取超长期特别国债、", [FG], ["县财政局", "县审计局"], ["陈立峰"]),
    G(4, "加强财源建设，严格落实过", ["县财政局"], [FG, "县税务局"], ["陈立峰"]),
    G(5, "开展“乐购杞岭”促消费系", ["县商务局"], ["县文化旅游广电体育局", "县市场监督管理局"], ["王宁"]),
    G(6, "完善县乡村三级物流配送体", ["县商务局"], ["县交通运输局", "县邮政分公司"], ["王宁"]),
    G(7, "坚持招大引强，全年新签约", ["县招商服务中心"], ["杞岭经济开发区管委会", "各乡镇人民政府"], ["王宁"]),
    G(8, "实施工业倍增行动，新增规", ["县工业和信息化局"], ["杞岭经济开发区管委会", FG, "县统计局"], ["王宁"]),
    G(9, "做强新能源电池材料产业链", ["杞岭经济开发区管委会", "县工业和信息化局"], ["县招商服务中心"], ["王宁"]),
    G(10, "推进数字经济和实体经济深", ["县数据局"], ["县工业和信息化局", "中国电信杞岭分公司", "中国移动杞岭分公司"], ["王宁"]),
    G(11, "做优茶叶、油茶、中药材三", ["县农业农村局"], ["县林业局", "县市场监督管理局", "各乡镇人民政府"], ["孙启明"]),
    G(12, "实施文旅融合提质行动，创", ["县文化旅游广电体育局"], ["县交通运输局", "县自然资源局", "有关乡镇人民政府"], ["孙启明"]),
    G(13, "加大科技创新投入，新增高", ["县科学技术局"], ["县工业和信息化局", "县财政局", "县统计局"], ["孙启明"]),
    G(14, "推进杞岭现代物流园二期建", [FG], ["县商务局", "县交通运输局"], ["孙启明"]),
    G(15, "深化“高效办成一件事”改", ["县行政审批服务局"], ["县政务服务中心", "县市场监督管理局", "县数据局"], ["陈立峰"]),
    G(16, "深化国资国企改革，完成县", ["县国有资产事务中心"], ["县财政局"], ["陈立峰"]),
    G(17, "完善政银企对接机制，新增", ["县金融服务中心"], ["人民银行杞岭县支行", "国家金融监督管理总局杞岭监管支局", "县内各银行业金融机构"], ["陈立峰"]),
    G(18, "落实支持民营经济发展各项", ["县工商业联合会", "县市场监督管理局"], [FG, "县司法局"], ["赵春燕"]),
    G(19, "推进法治政府建设，重大行", ["县司法局"], ["县政府办公室"], ["赵春燕"]),
    G(20, "全年粮食播种面积稳定在4", ["县农业农村局"], [FG, "县财政局", "各乡镇人民政府"], ["孙启明"]),
    G(21, "新建高标准农田2.5万亩", ["县农业农村局"], ["县水利局", "县自然资源局", "县财政局"], ["孙启明"]),
    G(22, "巩固拓展脱贫攻坚成果，守", ["县农业农村局"], ["县住房和城乡建设局", "市生态环境局杞岭分局", "县卫生健康局", "各乡镇人民政府"], ["孙启明"]),
    G(23, "实施城市更新行动，改造城", ["县住房和城乡建设局"], ["县城市管理局", "城关街道办事处"], ["赵春燕"]),
    G(24, "加快杞岭至东塘高速公路、", ["县交通运输局"], ["县自然资源局", "县林业局", "沿线乡镇人民政府"], ["赵春燕"]),
    G(25, "深入打好蓝天、碧水、净土", ["市生态环境局杞岭分局"], ["县水利局", "县林业局", "县农业农村局", "县城市管理局"], ["赵春燕"]),
    G(26, "城镇新增就业3500人，", ["县人力资源和社会保障局"], ["县财政局", "县总工会", "各乡镇人民政府"], ["赵春燕"]),
    G(27, "推进城区义务教育扩容提质", ["县教育局"], ["县住房和城乡建设局", "县自然资源局", "县财政局"], ["赵春燕"]),
    G(28, "深化紧密型县域医共体建设", ["县卫生健康局"], ["县医疗保障局", "县人民医院"], ["赵春燕"]),
    G(29, "新建社区嵌入式养老服务中", ["县民政局"], ["县卫生健康局", "县财政局"], ["赵春燕"]),
    G(30, "巩固全民参保成果，基本医", ["县医疗保障局"], [], ["马骏"]),
    G(31, "举办第二届杞岭茶文化旅游", ["县文化旅游广电体育局"], [], ["马骏"]),
    G(32, "深化安全生产治本攻坚三年", ["县应急管理局"], ["县公安局", "县消防救援大队", "各乡镇人民政府"], ["马骏"]),
]

# ------------------------------------------------------------------------------------------------ the page
SITE = "杞岭县人民政府"
DOMAIN = "www.qiling.gov.cn"
ISSUER = "杞岭县人民政府办公室"
WENHAO = "杞政办发〔2026〕3号"
TITLE = "杞岭县人民政府办公室关于印发2026年县政府工作报告重点工作任务分解方案的通知"
ATT = "2026年县政府工作报告重点工作任务分解方案"
URL = "http://www.qiling.gov.cn/zwgk/zfxxgkml/zfwj/xzbwj/202602/t20260213_2418835.html"

TD = 'style="border-width: 1px; border-style: solid; border-color: rgb(0, 0, 0); word-break: break-all;"'


def td(content, rowspan=1, colspan=1, width=None, align="center", strong=False):
    a = ""
    if rowspan > 1:
        a += f' rowspan="{rowspan}"'
    if colspan > 1:
        a += f' colspan="{colspan}"'
    if width:
        a += f' width="{width}"'
    a += f' valign="middle" align="{align}" {TD}'
    if strong:
        content = f"<strong>{content}</strong>"
    return f"<td{a}>{content}</td>"


def table_html():
    rows = []
    rows.append('<tr class="firstRow">' + td("序号", 2, width=40, strong=True) + td("重点工作任务", 2, width=300, strong=True)
                + td("责任分工", 1, 3, strong=True) + td("完成时限", 2, width=80, strong=True) + "</tr>")
    rows.append("<tr>" + td("责任领导", width=70, strong=True) + td("牵头单位", width=110, strong=True)
                + td("配合单位", width=160, strong=True) + "</tr>")
    for head, items in SECTIONS:
        rows.append("<tr>" + td(NB * 2 + head, 1, 6, align="left", strong=True) + "</tr>")
        for no, text, leader, lead, coop, dl in items:
            cells = [td(str(no)), td(text, align="left")]
            for c in (leader, lead, coop, dl):
                if c is not None:
                    cells.append(td(c[0], c[1]))
            rows.append("<tr>" + "".join(cells) + "</tr>")
    return ('<table data-sort="sortDisabled" align="center" width="700" style="border-collapse: collapse;">'
            "<tbody>" + "".join(rows) + "</tbody></table>")


P = '<p style="text-indent: 2em; line-height: 2em; text-align: justify;">'
P2 = '<p style="line-height: 2em; text-align: justify;">'
BODY = (
    '<p style="text-align: center; line-height: 2em;"><strong><span style="font-size: 22px; color: rgb(255, 0, 0);">杞岭县人民政府办公室文件</span></strong></p>'
    '<p style="text-align: center; line-height: 2em;">' + WENHAO + '</p>'
    '<p><br/></p>'
    '<p style="text-align: center; line-height: 2em;"><strong><span style="font-size: 20px;">杞岭县人民政府办公室<br/>关于印发2026年县政府工作报告重点工作任务分解方案的通知</span></strong></p>'
    '<p><br/></p>'
    + P2 + '各乡镇人民政府，杞岭经济开发区管委会，县政府各部门，县直各单位：</p>'
    + P + '《2026年杞岭县人民政府工作报告》已经县第十八届人民代表大会第六次会议审议通过。为确保报告确定的各项目标任务落到实处，经县人民政府同意，现将《2026年县政府工作报告重点工作任务分解方案》印发给你们，并就有关事项通知如下。</p>'
    + P + '<strong>一、强化责任落实。</strong>各责任县领导要加强对分管领域重点工作的统筹调度，及时协调解决工作推进中的重大问题。牵头单位是任务落实的第一责任单位，主要负责同志要亲自抓、负总责；配合单位要按照职责分工，主动对接、密切配合，形成工作合力。</p>'
    + P2 + '&emsp;&emsp;<strong>二、细化工作举措。</strong>各牵头单位要对照《分解方案》，逐项制定具体实施计划，明确时间表、路线图和责任人，于2月28日前将实施计划报县政府督查室备案。涉及多个牵头单位的任务，由排在第一位的牵头单位负责汇总报送。</p>'
    + P2 + NB * 4 + '<strong>三、加强督查考核。</strong>县政府督查室要将《分解方案》所列任务纳入&ldquo;杞岭督办通&rdquo;平台，实行月调度、季通报、年终考核。各牵头单位于每季度最后一个月20日前报送任务进展情况，对工作推进不力、进度滞后的单位予以通报，情节严重的按有关规定追责问责。</p>'
    '<p><br/></p>'
    + P + '附件：' + ATT + '</p>'
    '<p><br/></p>'
    '<p style="text-align: right; line-height: 2em;">杞岭县人民政府办公室' + NB * 4 + '</p>'
    '<p style="text-align: right; line-height: 2em;">2026年2月10日' + NB * 6 + '</p>'
    + P + '（此件公开发布）</p>'
    '<p><br/></p>'
    '<p style="line-height: 2em;"><span style="font-family: 黑体, SimHei;">附件</span></p>'
    '<p style="text-align: center; line-height: 2em;"><strong><span style="font-size: 20px;">' + ATT + '</span></strong></p>'
    '<p><br/></p>'
    + table_html()
    + '<p><br/></p>'
)

PAGE = f'''<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="renderer" content="webkit">
<title>{TITLE}_政府文件_{SITE}</title>
<meta name="SiteName" content="{SITE}">
<meta name="SiteDomain" content="{DOMAIN}">
<meta name="SiteIDCode" content="4310250012">
<meta name="ColumnName" content="县政府办文件">
<meta name="ColumnType" content="政府文件">
<meta name="ColumnDescription" content="县政府办文件">
<meta name="ColumnKeywords" content="县政府办文件">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2026-02-13 10:26">
<meta name="ContentSource" content="{ISSUER}">
<meta name="Keywords" content="政府工作报告 重点工作 任务分解">
<meta name="Author" content="{ISSUER}">
<meta name="Description" content="经县人民政府同意，现将《2026年县政府工作报告重点工作任务分解方案》印发给你们，并就有关事项通知如下。">
<meta name="Url" content="{URL}">
<link rel="stylesheet" type="text/css" href="/images/2024/css/base.css">
<link rel="stylesheet" type="text/css" href="/images/2024/css/xxgk_detail.css">
<style type="text/css">
.xl_table{{width:100%;border:1px solid #e3e3e3;border-collapse:collapse;background:#fbfbfb;}}
.xl_table td{{padding:8px 12px;border:1px solid #e3e3e3;font-size:14px;}}
.xl_table td.t{{width:100px;text-align:right;color:#555;}}
.trs_editor_view table td{{padding:4px 6px;font-size:14px;line-height:22px;}}
</style>
<script type="text/javascript" src="/images/2024/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="/images/2024/js/common.js"></script>
<script type="text/javascript">
    var _title = "{TITLE}";
    var _docid = "2418835", _chnlid = "61027";
    function doZoom(size) {{
        $(".trs_editor_view").find("p,span,td").css("font-size", size + "px");
    }}
    function doPrint() {{ window.print(); }}
</script>
<script>
var _hmt = _hmt || [];
(function() {{
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?7d2c0b3e51a94f68ad10c2e9b6f4a713";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
}})();
</script>
</head>
<body>
<div class="top-bar"><div class="container"><span class="welcome">今天是<script type="text/javascript">document.write(new Date().toLocaleDateString());</script></span><span class="links"><a href="javascript:void(0)" id="toolbarBtn">无障碍</a> | <a href="javascript:void(0)" class="elder">长者模式</a> | <a href="http://{DOMAIN}/wap/">手机版</a> | <a href="http://{DOMAIN}/wzdt/">网站地图</a></span></div></div>
<div class="header"><div class="container">
<a class="logo" href="http://{DOMAIN}/"><img src="/images/2024/images/logo.png" alt="{SITE}"></a>
<div class="search-box"><form name="searchform" action="http://{DOMAIN}/search/search.html" method="get" target="_blank"><input type="text" name="searchword" class="ipt" placeholder="请输入关键词"><input type="submit" class="btn" value="搜索"></form></div>
</div></div>
<div class="nav"><ul class="container">
<li><a href="http://{DOMAIN}/">首页</a></li>
<li><a href="http://{DOMAIN}/zjql/">走进杞岭</a></li>
<li><a href="http://{DOMAIN}/xwzx/">新闻中心</a></li>
<li class="on"><a href="http://{DOMAIN}/zwgk/">政务公开</a></li>
<li><a href="https://zwfw.example.gov.cn/qiling/">政务服务</a></li>
<li><a href="http://{DOMAIN}/hdjl/">互动交流</a></li>
</ul></div>
<div class="container main">
<div class="crumbs">当前位置：<a href="../../../../" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../../../" title="政务公开" class="CurrChnlCls">政务公开</a>&nbsp;&gt;&nbsp;<a href="../../" title="政府信息公开目录" class="CurrChnlCls">政府信息公开目录</a>&nbsp;&gt;&nbsp;<a href="../" title="政府文件" class="CurrChnlCls">政府文件</a>&nbsp;&gt;&nbsp;<a href="./" title="县政府办文件" class="CurrChnlCls">县政府办文件</a></div>
<div class="xxgk-info">
<table class="xl_table" cellspacing="0" cellpadding="0">
<tbody>
<tr><td class="t">索&nbsp;&nbsp;引&nbsp;&nbsp;号：</td><td>11431025MB0F29741X/2026-00031</td><td class="t">主题分类：</td><td>综合政务/政务公开</td></tr>
<tr><td class="t">发布机构：</td><td>{ISSUER}</td><td class="t">发文日期：</td><td>2026-02-10</td></tr>
<tr><td class="t">文&emsp;&emsp;号：</td><td>{WENHAO}</td><td class="t">发布日期：</td><td>2026-02-13</td></tr>
<tr><td class="t">标&emsp;&emsp;题：</td><td colspan="3">{TITLE}</td></tr>
<tr><td class="t">有&nbsp;&nbsp;效&nbsp;&nbsp;性：</td><td>有效</td><td class="t">访问量：</td><td><span id="clickCount"></span><script type="text/javascript">$.get("/api/visit?docid=2418835",function(d){{$("#clickCount").text(d);}});</script></td></tr>
</tbody>
</table>
</div>
<div class="article">
<h1 class="article-title">{TITLE}</h1>
<div class="article-attr"><span>来源：{ISSUER}</span><span>发布时间：2026-02-13 10:26</span><span class="zoom">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>
<div class="article-content" id="zoom">
<div class="view TRS_UEDITOR trs_paper_default trs_web">{BODY}</div>
</div>
<div class="article-appendix">
<p>相关附件：</p>
<ul><li><a href="./P020260213398812746352.docx" oldsrc="/protect/P0202602/P020260213398812746352.docx">附件：{ATT}.docx</a></li></ul>
</div>
<div class="article-tools"><a href="javascript:doPrint()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a>
<span class="share">分享到：<a href="javascript:void(0)" class="wx">微信</a><a href="javascript:void(0)" class="wb">微博</a></span></div>
</div>
<div class="related"><h3>相关信息</h3><ul>
<li><a href="./t20260130_2411207.html" target="_blank">杞岭县人民政府办公室关于印发2026年县政府为民办实事项目的通知</a><span>2026-01-30</span></li>
<li><a href="../../zcjd/202602/t20260214_2419010.html" target="_blank">图解：2026年县政府工作报告重点工作任务分解方案</a><span>2026-02-14</span></li>
<li><a href="./t20250221_2287735.html" target="_blank">杞岭县人民政府办公室关于印发2025年县政府工作报告重点工作任务分解方案的通知</a><span>2025-02-21</span></li>
</ul></div>
</div>
<div class="footer"><div class="container">
<div class="footer-links"><a href="http://{DOMAIN}/gywm/">关于我们</a> | <a href="http://{DOMAIN}/wzdt/">网站地图</a> | <a href="http://{DOMAIN}/lxwm/">联系我们</a></div>
<p>主办单位：{ISSUER}&nbsp;&nbsp;&nbsp;&nbsp;承办单位：杞岭县政务服务中心</p>
<p>网站标识码：4310250012&nbsp;&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备05012837号-1</a>&nbsp;&nbsp;&nbsp;&nbsp;<img src="/images/2024/images/ga.png" alt="">湘公网安备 43102502000117号</p>
<p>联系电话：0735-6612345&nbsp;&nbsp;&nbsp;&nbsp;建议使用1920×1080分辨率浏览</p>
<div class="dzjg"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/18/000/0000/60912345/CA180000000609123450001.js' type='text/javascript'%3E%3C/script%3E"));</script><script id="_jiucuo_" sitecode="4310250012" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>
</div></div>
</body></html>
'''


# ---------------------------------------------------------------------------------------------- cross-check
class Grid(HTMLParser):
    """the task table (the one after the 附件 title) as rows of cell texts, rowspans and colspans resolved"""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self.stack = [], []
        self.cell = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self.stack.append([])
        elif tag == "tr" and self.stack:
            self.stack[-1].append([])
        elif tag == "td" and self.stack:
            self.cell = {"text": "", "rs": int(a.get("rowspan", 1)), "cs": int(a.get("colspan", 1))}
            self.stack[-1][-1].append(self.cell)
        elif tag == "br" and self.cell is not None:
            self.cell["text"] += "\n"

    def handle_endtag(self, tag):
        if tag == "table":
            self.tables.append(self.stack.pop())
        elif tag == "td":
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell["text"] += data


def grid(rows):
    out, pending = [], {}
    for r in rows:
        line, col, it = [], 0, iter(r)
        while True:
            if col in pending and pending[col][0] > 0:
                line.append(pending[col][1])
                pending[col][0] -= 1
                col += 1
                continue
            c = next(it, None)
            if c is None:
                break
            for k in range(c["cs"]):
                line.append(c["text"])
                if c["rs"] > 1:
                    pending[col] = [c["rs"] - 1, c["text"]]
                col += 1
        out.append(line)
    return out


def units(cell):
    s = cell.replace("\xa0", " ").strip()
    if s in ("", "无"):
        return []
    return [u.strip() for u in re.split(r"[、\n]", s) if u.strip()]


def check(page):
    p = Grid()
    p.feed(page)
    task_table = [t for t in p.tables if any("责任分工" == c["text"].strip() for r in t for c in r)][0]
    rows = grid(task_table)
    tasks = [r for r in rows if len(r) == 6 and r[0].strip().isdigit()]
    errs = []
    if len(tasks) != len(GOLD):
        errs.append(f"{len(tasks)} rows, {len(GOLD)} gold")
    for r, g in zip(tasks, GOLD):
        text = r[1].replace("\n", "")
        leaders = [re.sub(r"\s", "", x) for x in r[2].split("\n") if x.strip()]
        lead, coop = units(r[3]), units(r[4])
        got = {"id": r[0].strip(), "head": text[:12], "lead_units": lead, "cooperating_units": coop,
               "responsible_units": lead + [u for u in coop if u not in lead], "leaders": leaders}
        for k in got:
            if got[k] != g[k]:
                errs.append(f"{g['id']} {k}: {got[k]} != {g[k]}")
    return errs


if __name__ == "__main__":
    with open(OUT + NAME + ".html", "w", encoding="utf-8", newline="\n") as f:
        f.write(PAGE)
    errs = check(open(OUT + NAME + ".html", encoding="utf-8").read())
    print("\n".join(errs) if errs else f"gold OK: {len(GOLD)} tasks")
    if "--write" in sys.argv and not errs:
        with open(OUT + NAME + ".tasks.gold.jsonl", "w", encoding="utf-8") as f:
            for g in GOLD:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")
