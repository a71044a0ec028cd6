#!/usr/bin/env python3
"""Writes 349_guojia_wenwuju_fengong_juling_fenzu_biao.html.

A 国家局 (国家文物局) site's article page as the browser saved it ("网页，仅 HTML"): the site's template is
lowercase XHTML of old nested layout tables (Hanweb style, ZJEG_RSS markers, the 政府网站 <meta> set); the
article body was pasted from Word through the CMS's IE-era editor, so it is IE's serialisation: upper-case tags,
unquoted attributes, upper-case CSS, <?xml:namespace ?> and <o:p>, digits in runs of their own.
The 附件 is one table grouped by 牵头局领导: a group row (序号 cell 一 … 七, the leader in a cell spanning the
rest), tasks numbered 1, 2, … again under each group.
"""

import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "349_guojia_wenwuju_fengong_juling_fenzu_biao.html")

# ---------------------------------------------------------------- cell helpers (IE/Word paste style)
BD = "windowtext 1pt solid"
TD_FIRST = (f"BORDER-BOTTOM: {BD}; BORDER-LEFT: {BD}; PADDING-BOTTOM: 0cm; PADDING-LEFT: 5.4pt; "
            f"PADDING-RIGHT: 5.4pt; BORDER-TOP: {BD}; BORDER-RIGHT: {BD}; PADDING-TOP: 0cm")
TD = (f"BORDER-BOTTOM: {BD}; BORDER-LEFT: {BD}; PADDING-BOTTOM: 0cm; PADDING-LEFT: 5.4pt; "
      f"PADDING-RIGHT: 5.4pt; BORDER-TOP: #f0f0f0; BORDER-RIGHT: {BD}; PADDING-TOP: 0cm; "
      f"mso-border-top-alt: solid windowtext .5pt; mso-border-alt: solid windowtext .5pt")
FS = "FONT-FAMILY: 仿宋_GB2312; FONT-SIZE: 12pt; mso-hansi-font-family: 宋体"
FS_H = "FONT-FAMILY: 黑体; FONT-SIZE: 12pt; mso-hansi-font-family: 宋体; mso-bidi-font-family: 宋体"
EMPTY = '<SPAN lang=EN-US><o:p>&nbsp;</o:p></SPAN>'


def p(inner, center=False, op=True):
    al = ' align=center' if center else ''
    st = "TEXT-ALIGN: center; " if center else "TEXT-ALIGN: left; "
    tail = '<SPAN lang=EN-US><o:p></o:p></SPAN>' if op else ''
    return (f'<P style="{st}LINE-HEIGHT: 16pt; mso-line-height-rule: exactly" class=MsoNormal{al}>'
            f'{inner}{tail}</P>')


def s(text, style=FS):
    return f'<SPAN style="{style}">{text}</SPAN>'


def num(text, style=FS):
    return f'<SPAN style="{style}" lang=EN-US>{text}</SPAN>'


def td(inner, width=None, extra="", first=False):
    w = f' width={width}' if width else ''
    return f'<TD style="{TD_FIRST if first else TD}"{w}{extra}>{inner}</TD>'


def row(cells, h="28.5pt"):
    return f'<TR style="HEIGHT: {h}; mso-yfti-irow: 1">\r\n' + "\r\n".join(cells) + '</TR>\r\n'


def group_row(no, leader_html, count):
    return row([
        td(p(s(no, FS_H), center=True), width=44),
        td(p(f'<B>{s(leader_html, FS_H)}</B>{s("（" + count + "）", FS)}'), width=800, extra=' colSpan=5'),
    ], h="22pt")


def task_row(n, task_html, lead_html, coop_html, due_html, note_html="", lead_span=None,
             lead_skip=False, rows=None):
    """One table row for a task; rows=2 puts rowSpan=2 on 序号, 重点任务 and 备注."""
    rs = f' rowSpan={rows}' if rows else ''
    cells = [td(p(num(str(n)), center=True), width=44, extra=f' vAlign=center align=middle{rs}'),
             td(task_html, width=330, extra=f' vAlign=center{rs}')]
    if not lead_skip:
        ls = f' rowSpan={lead_span}' if lead_span else ''
        cells.append(td(lead_html, width=130, extra=f' vAlign=center{ls}'))
    cells.append(td(coop_html, width=160, extra=' vAlign=center'))
    cells.append(td(due_html, width=90, extra=' vAlign=center'))
    cells.append(td(note_html or p(EMPTY, center=True, op=False), width=90, extra=f' vAlign=center{rs}'))
    return row(cells)


def cont_row(lead_html, coop_html, due_html):
    """The second row of a task printed over two rows (序号/重点任务/备注 merged from above)."""
    return row([td(lead_html, width=130, extra=' vAlign=center'),
                td(coop_html, width=160, extra=' vAlign=center'),
                td(due_html, width=90, extra=' vAlign=center')])


def tp(*parts):
    """A task cell's paragraph (left aligned) from text parts; ints become EN-US runs."""
    out = []
    for x in parts:
        out.append(num(x) if x.isascii() else s(x))
    return p("".join(out))


def cp(text):
    return p(s(text), center=True)


def due(y, rest):
    return p(num(y) + s(rest), center=True)


# ---------------------------------------------------------------- the table
rows = []
header = row([
    td(p(f'<B>{s("序号", FS_H)}</B>', center=True), width=44, first=True, extra=' vAlign=center'),
    td(p(f'<B>{s("重点任务", FS_H)}</B>', center=True), width=330, first=True, extra=' vAlign=center'),
    td(p(f'<B>{s("牵头单位", FS_H)}</B>', center=True), width=130, first=True, extra=' vAlign=center'),
    td(p(f'<B>{s("参加单位", FS_H)}</B>', center=True), width=160, first=True, extra=' vAlign=center'),
    td(p(f'<B>{s("完成时限", FS_H)}</B>', center=True), width=90, first=True, extra=' vAlign=center'),
    td(p(f'<B>{s("备注", FS_H)}</B>', center=True), width=90, first=True, extra=' vAlign=center'),
], h="30pt")
# the first <o:p> after a Word paste in IE carries the namespace declaration
header = header.replace('<SPAN lang=EN-US><o:p></o:p></SPAN>',
                        '<SPAN lang=EN-US><?xml:namespace prefix = o ns = '
                        '"urn:schemas-microsoft-com:office:office" /><o:p></o:p></SPAN>', 1)
rows.append(header)

# 一 ------------------------------------------------------------
rows.append(group_row("一", "局党组书记、局长甄怀远同志牵头", "4项"))
rows.append(task_row(
    1, tp("&ldquo;十四五&rdquo;文物事业发展规划编制。深化重大问题研究，广泛征求各方面意见，年底前形成《国家文物事业发展&ldquo;十四五&rdquo;规划》送审稿。"),
    cp("政策法规司"), cp("各司室、各直属单位"), due("2020", "年12月底前"),
    cp("协助局领导：邵明川")))
rows.append(task_row(
    2, tp("推动文物保护法修订。配合立法机关做好《中华人民共和国文物保护法》修订草案审议相关工作，同步研究配套法规规章立改废释计划。"),
    cp("政策法规司"),
    p(s("办公室<BR>督察司<BR>文物古迹司（世界文化遗产司）<BR>考古司<BR>博物馆与社会文物司（科技司）<BR>革命文物司"), center=True),
    cp("全年持续推进")))
rows.append(task_row(
    3, tp("落实全面从严治党主体责任。制定局党组落实全面从严治党主体责任清单，巩固深化&ldquo;不忘初心、牢记使命&rdquo;主题教育成果，加强对直属单位党建工作指导。"),
    cp("机关党委"), cp("人事司、各司室、各直属单位"),
    p(num("4") + s("月底前制定清单，全年推进"), center=True)))
rows.append(task_row(
    4, tp("统筹做好文物系统疫情防控和复工复产。指导各地博物馆、纪念馆有序恢复开放，实行限量、预约、错峰参观，推动文物保护工程和考古项目有序复工。"),
    p(s("办&nbsp;公&nbsp;室<BR>博物馆与社会文物司（科技司）"), center=True),
    cp("督察司、革命文物司、各直属单位"), cp("根据疫情形势动态调整")))

# 二 ------------------------------------------------------------
rows.append(group_row("二", "局党组成员、副局长邵明川同志牵头", "5项"))
rows.append(task_row(
    1, tp("加强石窟寺保护利用。开展全国石窟寺专项调查，编制石窟寺保护利用专项规划，实施一批重点石窟寺保护工程。"),
    cp("文物古迹司（世界文化遗产司）"), cp("考古司、中国文化遗产研究院"), due("2020", "年12月底前")))
rows.append(task_row(
    2, tp("推进长城保护。实施长城保护重点工程，开展长城资源保护状况评估，落实长城保护员制度。"),
    cp("文物古迹司（世界文化遗产司）"), cp("督察司、中国文化遗产研究院"), cp("全年持续推进"),
    lead_span=2))
rows.append(task_row(
    3, tp("推进大运河文化遗产保护。配合做好大运河国家文化公园建设有关工作，开展大运河遗产监测和档案建设。"),
    "", cp("政策法规司、中国文物信息咨询中心（国家文物局数据中心）"), cp("全年持续推进"),
    lead_skip=True))
rows.append(task_row(
    4, tp("做好世界文化遗产申报和保护管理。完成", "2021", "年世界文化遗产申报项目文本修改完善和迎检准备；推进海上丝绸之路等预备名单项目考古研究和价值阐释。"),
    cp("文物古迹司（世界文化遗产司）"), cp("中国文化遗产研究院"), due("2020", "年9月底前"), rows=2))
rows.append(cont_row(cp("考古司"), cp("国家文物局水下文化遗产保护中心"), due("2020", "年12月底前")))
rows.append(task_row(
    5, tp("加强文物保护工程管理。修订文物保护工程管理办法，开展文物保护工程质量专项检查，推进工程资质资格管理改革。"),
    cp("文物古迹司（世界文化遗产司）"), cp("政策法规司，督察司"), due("2020", "年10月底前")))

# 三 ------------------------------------------------------------
rows.append(group_row("三", "局党组成员、副局长蒲澄同志牵头", "5项"))
rows.append(task_row(
    1, tp("实施&ldquo;考古中国&rdquo;重大项目。聚焦中华文明起源和早期发展等重大课题，统筹推进重点区域考古发掘和研究阐释。"),
    cp("考古司"), p(s("中国文化遗产研究院<BR>国家文物局水下文化遗产保护中心"), center=True),
    cp("全年持续推进")))
rows.append(task_row(
    2, tp("加强水下文化遗产保护。开展重点海域水下文化遗产调查，推进水下文化遗产保护区划定和公布。"),
    cp("考古司"), cp("国家文物局水下文化遗产保护中心"), due("2020", "年11月底前")))
rows.append(task_row(
    3, tp("推进革命文物保护利用片区工程。指导各片区编制整体规划，推动跨区域协同保护和展示利用。"),
    cp("革命文物司"), cp("—"), cp("全年持续推进")))
rows.append(task_row(
    4, p(s("加强革命文物陈列展示和宣传传播。<BR>（") + num("1") + s("）推出一批革命文物主题展览精品；<BR>（")
         + num("2") + s("）开展革命文物保护利用优秀案例推介；<BR>（") + num("3")
         + s("）加强革命文物资源数据库建设。")),
    cp("革命文物司"), cp("博物馆与社会文物司（科技司）、中国文物报社、中国文物信息咨询中心（国家文物局数据中心）"),
    due("2020", "年12月底前")))
rows.append(task_row(
    5, tp("规范基本建设考古工作。研究制定建设工程考古调查勘探发掘管理办法，推动&ldquo;先考古、后出让&rdquo;制度落实。"),
    cp("考古司"), cp("政策法规司"), due("2020", "年9月底前"), cp("协助局领导：谷予安")))

# 四 ------------------------------------------------------------
rows.append(group_row("四", "局党组成员、副局长柏静姝同志牵头", "5项"))
rows.append(task_row(
    1, tp("推动博物馆高质量发展。推出一批&ldquo;云展览&rdquo;&ldquo;云教育&rdquo;精品项目，开展第四次国家一级博物馆评估定级。"),
    p(s("博物馆与社会文物司") + '<SPAN style="FONT-FAMILY: 仿宋_GB2312; FONT-SIZE: 12pt; mso-bidi-font-weight: bold">（科技司）</SPAN>', center=True),
    cp("中国文物交流中心、中国文物报社"), cp("全年持续推进")))
rows.append(task_row(
    2, tp("加强文物科技创新。实施文物保护科技重点研发任务，推进重点科研基地和行业标准体系建设。"),
    cp("博物馆与社会文物司（科技司）、中国文化遗产研究院"), cp("各直属单位"), due("2020", "年12月底前")))
rows.append(task_row(
    3, tp("规范社会文物管理。推动文物市场主体信用体系建设，开展文物拍卖标的审核网上办理试点。"),
    cp("博物馆与社会文物司（科技司）"), cp("督察司、中国文物信息咨询中心（国家文物局数据中心）"),
    due("2020", "年10月底前")))
rows.append(task_row(
    4, tp("优化文物进出境审核管理。修订文物进出境审核标准，推进审核管理信息系统全国联网。"),
    cp("博物馆与社会文物司（科技司）"), cp("无"), due("2020", "年12月底前")))
rows.append(task_row(
    5, tp("加大流失文物追索返还力度。加强流失文物信息发布平台建设，推动典型案例追索返还工作。"),
    cp("政策法规司"), cp("博物馆与社会文物司（科技司）、中国文物交流中心"), cp("全年持续推进")))

# 五 ------------------------------------------------------------
rows.append(group_row("五", "局党组成员、副局长谷予安同志牵头", "4项"))
rows.append(task_row(
    1, tp("深化文物安全督察。组织开展文物安全专项督察和重大案件挂牌督办，完善文物安全长效机制。"),
    cp("督察司"), cp("文物古迹司（世界文化遗产司）、考古司、革命文物司"), cp("全年持续推进")))
rows.append(task_row(
    2, tp("严厉打击文物犯罪。配合公安机关开展打击文物犯罪专项行动，加强涉案文物鉴定和移交工作。"),
    cp("督察司"), cp("博物馆与社会文物司（科技司），考古司"), cp("全年持续推进"),
    cp("协助局领导：蒲&nbsp;&nbsp;澄")))
rows.append(task_row(
    3, tp("推进文物信息化建设。建设国家文物资源大数据库，推进局机关政务信息系统整合共享。"),
    p(s("中国文物信息咨询中") + '<SPAN style="FONT-FAMILY: 仿宋_GB2312; FONT-SIZE: 12pt; mso-ascii-font-family: 仿宋_GB2312">心（国家文物局数据中心）</SPAN>'
      + s("<BR>办公室"), center=True),
    cp("各司室、各直属单位"), due("2020", "年12月底前")))
rows.append(task_row(
    4, tp("加强文物宣传工作。做好&ldquo;文化和自然遗产日&rdquo;主场城市活动宣传，组织重大考古发现新闻发布。"),
    cp("办&nbsp;公&nbsp;室"), cp("中国文物报社、文物出版社"), cp("全年持续推进")))

# 六 ------------------------------------------------------------
rows.append(group_row("六", "局党组成员、副局长邵明川同志，局党组成员、副局长柏静姝同志共同牵头", "2项"))
rows.append(task_row(
    1, tp("深化文物领域国际交流合作。推动亚洲文化遗产保护联盟筹建，办好赴境外文物展览和中外合作考古项目。"),
    cp("政策法规司"),
    cp("文物古迹司（世界文化遗产司）") + "\r\n" + cp("考古司") + "\r\n" + cp("中国文物交流中心") + "\r\n" + cp("中国文化遗产研究院"),
    cp("全年持续推进")))
rows.append(task_row(
    2, tp("推进文物保护利用改革试点。总结文物保护利用改革先行区经验，研究出台支持社会力量参与文物保护的政策措施。"),
    cp("政策法规司"), cp("文物古迹司（世界文化遗产司）、博物馆与社会文物司（科技司）"), due("2020", "年11月底前")))

# 七 ------------------------------------------------------------
rows.append(group_row("七", "局领导班子成员按分工负责", "3项"))
rows.append(task_row(
    1, tp("加强文博人才队伍建设。实施文博人才培养&ldquo;金鼎工程&rdquo;，完善直属单位领导班子考核评价办法。"),
    cp("人　事　司"), cp("各司室、各直属单位"), cp("全年持续推进")))
rows.append(task_row(
    2, tp("强化预算管理和内部审计。严格落实过紧日子要求，压减一般性支出，开展直属单位主要负责人经济责任审计。"),
    cp("办公室"), cp("各直属单位（故宫博物院除外）"), due("2020", "年11月底前")))
rows.append(task_row(
    3, tp("做好机关运行保障和安全生产。加强机关办公区疫情防控和安全管理，推进节约型机关建设。"),
    cp("国家文物局机关服务中心"), cp("办公室、机关党委"), cp("全年持续推进")))

TABLE = ('<TABLE style="BORDER-BOTTOM: medium none; BORDER-LEFT: medium none; WIDTH: 100%; BORDER-COLLAPSE: collapse; '
         'BORDER-TOP: medium none; BORDER-RIGHT: medium none; mso-border-alt: solid windowtext .5pt; '
         'mso-yfti-tbllook: 1184; mso-padding-alt: 0cm 5.4pt 0cm 5.4pt" class=MsoNormalTable border=1 '
         'cellSpacing=0 cellPadding=0 width="100%">\r\n<TBODY>\r\n' + "".join(rows) + '</TBODY></TABLE>')

# ---------------------------------------------------------------- the article body (IE editor output)
BP = 'style="TEXT-INDENT: 2em; LINE-HEIGHT: 2; MARGIN: 0px"'


def bp(text, style=BP):
    return f'<P {style}><FONT face=仿宋_GB2312 size=4>{text}</FONT></P>\r\n'


BODY = (
    '<P style="TEXT-ALIGN: center; LINE-HEIGHT: 2; MARGIN: 0px" align=center><FONT face=仿宋_GB2312 size=4>'
    '文物办发〔2020〕9号</FONT></P>\r\n'
    '<P style="LINE-HEIGHT: 2; MARGIN: 0px">&nbsp;</P>\r\n'
    '<P style="LINE-HEIGHT: 2; MARGIN: 0px"><FONT face=仿宋_GB2312 size=4>局机关各司室，各直属单位：</FONT></P>\r\n'
    + bp('为贯彻落实全国文物局长会议部署，确保《国家文物局2020年工作要点》（以下简称《要点》）各项任务落到实处，'
         '经局党组会议审议同意，现将《国家文物局2020年工作要点任务分工方案》（以下简称《分工方案》）印发给你们，'
         '并就有关事项通知如下。')
    + bp('<STRONG><FONT face=黑体>一、压实领导责任</FONT></STRONG>')
    + bp('《分工方案》按牵头局领导分为七组，共28项任务，各组任务单独编号。每项任务由本组牵头局领导统筹协调、'
         '推动落实；“备注”栏注明协助局领导的，由牵头局领导和协助局领导共同负责。第七组任务由局领导班子成员按照'
         '分工分别抓好落实。')
    + bp('<STRONG><FONT face=黑体>二、明确单位分工</FONT></STRONG>')
    + bp('“牵头单位”栏所列单位对任务落实负总责；列有两个单位的，为共同牵头单位，排在前面的单位负责汇总报送进展情况。'
         '“参加单位”栏所列单位按照职责分工积极配合，主动提供材料和意见。'
         '一项任务分两行列明牵头单位、参加单位的，分别对应该项任务的不同工作内容。')
    + bp('<STRONG><FONT face=黑体>三、加强督促检查</FONT></STRONG>')
    + bp('各牵头单位要细化工作措施，于每季度末月25日前将任务进展情况报送办公室（督查工作联系人：范晓菁，'
         '联系电话：010-5988××××）。办公室将定期汇总进展情况，报局党组会议审议，并纳入年度考核。')
    + '<P style="LINE-HEIGHT: 2; MARGIN: 0px">&nbsp;</P>\r\n'
    + bp('附件：国家文物局2020年工作要点任务分工方案')
    + '<P style="LINE-HEIGHT: 2; MARGIN: 0px">&nbsp;</P>\r\n'
    + '<P style="TEXT-ALIGN: right; LINE-HEIGHT: 2; MARGIN: 0px; PADDING-RIGHT: 4em" align=right>'
      '<FONT face=仿宋_GB2312 size=4>国家文物局办公室</FONT></P>\r\n'
    + '<P style="TEXT-ALIGN: right; LINE-HEIGHT: 2; MARGIN: 0px; PADDING-RIGHT: 4em" align=right>'
      '<FONT face=仿宋_GB2312 size=4>2020年3月20日</FONT></P>\r\n'
    + bp('（此件公开发布）')
    + '<P style="LINE-HEIGHT: 2; MARGIN: 0px">&nbsp;</P>\r\n'
    + '<P style="LINE-HEIGHT: 2; MARGIN: 0px"><STRONG><FONT face=黑体 size=4>附件</FONT></STRONG></P>\r\n'
    + '<P style="TEXT-ALIGN: center; LINE-HEIGHT: 2; MARGIN: 0px" align=center><STRONG><FONT face=方正小标宋简体 size=5>'
      '国家文物局2020年工作要点任务分工方案</FONT></STRONG></P>\r\n'
    + TABLE + '\r\n'
    + '<P style="LINE-HEIGHT: 1.8; MARGIN: 6px 0px 0px"><FONT face=仿宋_GB2312 size=3>注：1．各组任务单独编号。'
      '2．“牵头单位”栏列有两个单位的，为共同牵头单位。3．“各司室”指局机关各司室，“各直属单位”指局各直属单位。'
      '</FONT></P>\r\n'
)

# ---------------------------------------------------------------- the site template (lowercase)
TITLE = "国家文物局办公室关于印发《国家文物局2020年工作要点任务分工方案》的通知"
PAGE = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE8" />
<title>{TITLE}_通知公告_国家文物局</title>
<meta name="SiteName" content="国家文物局" />
<meta name="SiteDomain" content="www.ncha.gov.cn" />
<meta name="SiteIDCode" content="bm23000001" />
<meta name="ColumnName" content="通知公告" />
<meta name="ColumnDescription" content="发布国家文物局及局办公室印发的通知、公告" />
<meta name="ColumnKeywords" content="通知公告" />
<meta name="ColumnType" content="通知公告" />
<meta name="ArticleTitle" content="{TITLE}" />
<meta name="PubDate" content="2020-03-24 17:05" />
<meta name="ContentSource" content="办公室" />
<meta name="Keywords" content="工作要点 任务分工 局领导 牵头单位" />
<meta name="Description" content="国家文物局办公室印发《国家文物局2020年工作要点任务分工方案》，按牵头局领导分七组明确28项任务的牵头单位、参加单位和完成时限。" />
<link href="/module/jslib/zoom/zoom.css" rel="stylesheet" type="text/css" />
<link href="/script/4/2003111029401.css" rel="stylesheet" type="text/css" />
<style type="text/css">
.bt_content {{ font-size:16px; line-height:2; color:#333; }}
.bt_content table {{ margin:0 auto; }}
.xxgk_tab td {{ border:1px solid #dcdcdc; padding:4px 8px; font-size:13px; }}
.xxgk_tab .lab {{ background:#f4f4f4; width:90px; text-align:right; }}
</style>
<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>
<script type="text/javascript" src="/script/ainfo.js"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {{
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?4c1f2b3e9d7a80e6f5c4b3a29180d7e6";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
}})();
function doZoom(size) {{
  var zoom = document.getElementById("zoom");
  zoom.style.fontSize = size + "px";
}}
</script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="32" class="topbar">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr>
          <td align="left">今天是：<script type="text/javascript">document.write(new Date().getFullYear()+"年"+(new Date().getMonth()+1)+"月"+new Date().getDate()+"日");</script></td>
          <td align="right"><a href="/">网站首页</a> | <a href="/col/col2150/index.html">无障碍浏览</a> | <a href="/col/col2151/index.html">English</a> | <a href="javascript:void(0)" onclick="AddFavorite()">加入收藏</a></td>
        </tr>
      </table>
    </td>
  </tr>
  <tr>
    <td height="120"><img src="/images/2019banner.jpg" width="1000" height="120" alt="国家文物局" /></td>
  </tr>
  <tr>
    <td class="nav">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr>
          <td><a href="/">首页</a></td>
          <td><a href="/col/col2258/index.html">机构概况</a></td>
          <td><a href="/col/col722/index.html">新闻动态</a></td>
          <td><a href="/col/col2259/index.html">政务公开</a></td>
          <td><a href="/col/col2262/index.html">政务服务</a></td>
          <td><a href="/col/col2263/index.html">互动交流</a></td>
          <td><a href="/col/col2264/index.html">专题专栏</a></td>
        </tr>
      </table>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="main">
  <tr>
    <td height="36" class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/col/col2259/index.html">政务公开</a> &gt; <a href="/col/col2266/index.html">通知公告</a></td>
  </tr>
  <tr>
    <td valign="top" style="padding:16px 30px;">
      <table width="100%" border="0" cellspacing="0" cellpadding="0" class="xxgk_tab">
        <tr>
          <td class="lab">索&nbsp;引&nbsp;号：</td><td>bm23-01-2020-0031</td>
          <td class="lab">主题分类：</td><td>文化、广电、新闻出版\\文物</td>
        </tr>
        <tr>
          <td class="lab">发文机关：</td><td>国家文物局办公室</td>
          <td class="lab">成文日期：</td><td>2020年03月20日</td>
        </tr>
        <tr>
          <td class="lab">标&nbsp;&nbsp;&nbsp;&nbsp;题：</td><td colspan="3">{TITLE}</td>
        </tr>
        <tr>
          <td class="lab">发文字号：</td><td>文物办发〔2020〕9号</td>
          <td class="lab">发布日期：</td><td>2020年03月24日</td>
        </tr>
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr>
          <td align="center" class="title" style="padding-top:24px;font-size:24px;font-weight:bold;color:#9a0000;line-height:1.6;">国家文物局办公室关于印发<br />《国家文物局2020年工作要点任务分工方案》的通知</td>
        </tr>
        <tr>
          <td align="center" class="info" style="border-bottom:1px dashed #ccc;padding:8px 0;font-size:12px;color:#666;">发布时间：2020-03-24&nbsp;&nbsp;&nbsp;来源：办公室&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits"><script type="text/javascript" src="/module/visitcount/articlehits.jsp?colid=2266&amp;artid=1744320"></script></span>&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</td>
        </tr>
        <tr>
          <td class="bt_content" id="zoom" style="padding-top:18px;">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart"/>{BODY}<meta name="ContentEnd"/><!--ZJEG_RSS.content.end-->
          </td>
        </tr>
        <tr>
          <td style="padding-top:20px;font-size:14px;">附件：<a href="/module/download/downfile.jsp?classid=0&amp;filename=2003241705312.docx" target="_blank">国家文物局2020年工作要点任务分工方案.docx</a></td>
        </tr>
        <tr>
          <td align="right" style="padding:20px 0;font-size:12px;">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td>
        </tr>
        <tr>
          <td class="xgwz" style="border-top:2px solid #9a0000;padding-top:10px;">
            <div style="font-weight:bold;font-size:14px;">相关文章</div>
            <ul style="font-size:13px;line-height:2;">
              <li><a href="/art/2020/1/21/art_2266_43591.html">国家文物局关于印发《国家文物局2020年工作要点》的通知</a>（2020-01-21）</li>
              <li><a href="/art/2020/2/5/art_2266_43602.html">国家文物局办公室关于做好文物系统新型冠状病毒感染的肺炎疫情防控工作的通知</a>（2020-02-05）</li>
              <li><a href="/art/2019/3/28/art_2266_42877.html">国家文物局办公室关于印发《国家文物局2019年工作要点任务分工方案》的通知</a>（2019-03-28）</li>
            </ul>
          </td>
        </tr>
      </table>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="footer">
  <tr>
    <td align="center" style="padding:16px 0;font-size:12px;line-height:2;color:#666;border-top:3px solid #9a0000;">
      <a href="/col/col2270/index.html">网站地图</a> | <a href="/col/col2271/index.html">联系我们</a> | <a href="/col/col2272/index.html">网站声明</a><br />
      主办单位：国家文物局&nbsp;&nbsp;&nbsp;承办单位：中国文物信息咨询中心（国家文物局数据中心）<br />
      地址：北京市东城区××大街××号&nbsp;&nbsp;&nbsp;邮编：100×××<br />
      京ICP备05××××××号&nbsp;&nbsp;&nbsp;京公网安备 1101010200××××号&nbsp;&nbsp;&nbsp;网站标识码：bm23000001<br />
      <script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='http://dcs.conac.cn/js/33/000/0000/60443345/CA330000000604433450001.js' type='text/javascript'%3E%3C/script%3E"));</script>
    </td>
  </tr>
</table>
</body>
</html>
'''

with open(OUT, "w", encoding="utf-8", newline="") as f:
    f.write(PAGE.replace("\r\n", "\n").replace("\n", "\r\n"))
print("wrote", OUT)
