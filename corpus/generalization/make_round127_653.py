#!/usr/bin/python3
"""Round 127, case 653 (control): a 区人民政府办公室 task-division notice as the
district portal serves its article page (Hanweb-JCMS-like template, UTF-8, CRLF),
the 附件 a Word table pasted into the site's editor, two-row header
序号 / 重点任务 / 责任区领导 / 责任单位 (牵头单位 | 配合单位) / 完成时限.

Writes 653_hengtang_qu_gzbg_zhongdian_renwu_fengong_menhu.html and its gold.
Deterministic: no clock, no randomness.
"""
import html
import json
import re

BASE = "653_hengtang_qu_gzbg_zhongdian_renwu_fengong_menhu"
NL = "\r\n"

FS = "font-family:仿宋_GB2312;font-size:14px"          # cell text
FSN = "font-family:'Times New Roman';font-size:14px"    # ASCII runs in cells


def esc(s):
    return html.escape(s, quote=False)


def runs(s, style=FS, nstyle=FSN):
    """Word-paste runs: '|' in s marks a cut between two runs of the same style;
    ASCII digit runs go into their own EN-US span (as Word pastes them)."""
    out = []
    for piece in s.split("|"):
        if not piece:
            continue
        for part in re.split(r"([0-9][0-9.%]*)", piece):
            if not part:
                continue
            if re.fullmatch(r"[0-9][0-9.%]*", part):
                out.append('<span lang="EN-US" style="%s">%s</span>' % (nstyle, esc(part)))
            else:
                out.append('<span style="%s">%s</span>' % (style, esc(part).replace("&amp;nbsp;", "&nbsp;")))
    return "".join(out)


def plain(s):
    return s.replace("|", "").replace("&nbsp;", "\u00a0")


# ---------------------------------------------------------------------------
# The tasks.  Cells: a list of paragraphs; None = merged with the cell above.
# ---------------------------------------------------------------------------
P = []  # parts: (title, [tasks])


def T(text, leaders, lead, coop, deadline):
    return dict(text=text, leaders=leaders, lead=lead, coop=coop, deadline=deadline)


P.append(("一、稳增长扩内需（6项）", [
    T(["全力推动经济稳进提质。全区地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长7%，固定资产投资增长8%，社会消费品零售总额增长6.5%。"],
      ["区长 周立新"], ["区发展改革局"], ["区财政局、区统计局、区工业和信息化局、区商务局、区税务局"], ["2025年12月底前"]),
    T(["扎实推进重大项目建设。实施区级重点项目120个，年度计划投资150亿元以上，力争新开工亿元以上项目40个、竣工投产25个。"],
      ["副区长 陈志远"], ["区发展改革局"], ["区自然资源局、区住房和城乡建设局、区行政审批服务局、蘅塘经济开发区管委会，各镇（街道）"], ["2025年12月底前"]),
    T(["积极争取上级资金支持。谋划储备超长期特别国债、中央预算内投资和地方政府专项债券项目，全年争取上级资金30亿元以上。"],
      None, ["区发展改革局、区财政局"], ["区直有关部门"], ["持续推进"]),
    T(["加强财政资源统筹。严格落实党政机关过紧日子要求，一般性支出压减10%以上，盘活存量资产和闲置资金，兜牢“三保”底线。"],
      ["常务副区长 韩　松"], ["区财政局"], ["区审计局、区机关事务服务中心"], ["长期坚持"]),
    T(["防范化解地方债务风险。严格落实化债方案，稳妥推进融资平台市场化转型，确保不发生区域性系统性风险。"],
      None, ["区财政局"], ["区金融服务中心、区城投集团"], ["2025年12月底前"]),
    T(["提振消费扩大内需。开展“乐购蘅塘”等促消费活动30场以上，落实消费品以旧换新政策，培育夜间经济集聚区2个。"],
      ["副区长 陈志远"], ["区商务局"], ["区财政局、区文化旅游体育局、区市场监督管理局、各街道办事处"], ["2025年12月底前"]),
]))

P.append(("二、推动产业转型升级（6项）", [
    T(["做大做强先进制造业。聚焦装备制造、新材料、食品加工三大主导产业，新增规模以上工业企业15家，工业技改投资增长10%。"],
      ["副区长 陈志远"], ["区工业和信息化局"], ["区发展改革局、区科学技术局、蘅塘经济开发区管委会"], ["2025年12月底前"]),
    T(["推进开发区提档升级。完善园区基础设施和配套服务，开发区亩均税收提高8%，争创省级高新技术产业开发区。"],
      None, ["蘅塘经济开发区管委会"], ["区工业和信息化局、区自然资源局、区生态环境分局"], ["2025年12月底前"]),
    T(["加快数字经济发展。新建5G基站200个，推动50家规模以上工业企业实施数字化改造，数字经济核心产业增加值增长12%。"],
      None, ["区工业和信息化局"], ["区数据局、区发改局"], ["2025年11月底前"]),
    T(["增强科技创新能力。新认定高新技术企业20家、科技型中小企业60家，全社会研发经费投入强度提高0.2个百分点。"],
      ["副区长 林思慧"], ["区科学技术局"], ["区财政局、区工业和信息化局、区税务局"], ["2025年12月底前"]),
    T(["加快现代服务业发展。推动现代物流、商贸流通、科技金融等服务业提质扩容，新增限额以上商贸企业30家。"],
      None, ["区商务局"], ["区发展改革局、区金融服务中心、区市场监督管理局"], ["12月底前"]),
    T(["大力发展文旅产业。推进蘅溪古镇创建国家4A级旅游景区，全年接待游客增长10%以上，旅游综合收入增长12%。"],
      ["副区长 刘晓红"], ["区文化旅游体育局"], ["蘅溪镇人民政府、区交通运输局、区自然资源局"], ["2025年10月底前"]),
]))

P.append(("三、深化改革扩大开放（5项）", [
    T(["持续优化营商环境。深化“高效办成一件事”改革，推进政务服务“一网通办”，政务服务事项网上可办率保持100%。"],
      ["常务副区长 韩　松"], ["区行政审批服务局"], ["区数据局、区司法局、区直有关部门"], ["2025年12月底前"]),
    T(["提升政务服务效能。推进“免申即享”“无证明城市”建设，企业开办时间压缩至1个工作日以内。"],
      None, None, ["区市场监督管理局、区人力资源和社会保障局、区税务局"], None),
    T(["深化国资国企改革。推动区属国有企业整合重组，完成区城投集团市场化转型，国有资产保值增值率达到100%。"],
      ["区长 周立新", "常务副区长 韩　松"], ["区财政局（区国资办）"], ["区城投集团、区交通投资集团"], ["2025年9月底前"]),
    T(["提升招商引资实效。开展产业链精准招商，全年引进亿元以上项目50个，到位省外资金100亿元以上。"],
      ["副区长 陈志远"], ["区投资促进中心"], ["区商务局、蘅塘经济开发区管委会、各镇（街道）"], ["2025年12月底前"]),
    T(["推动外贸稳规模优结构。支持企业参加境内外展会20场以上，培育外贸实绩企业10家，进出口总额增长5%。"],
      None, ["区商务局"], ["区财政局、区税务局"], None),
]))

P.append(("四、推进城乡融合发展（6项）", [
    T(["扎实推进乡村全面振兴。稳定粮食播种面积15.2万亩，新建高标准农田1.2万亩，粮食总产量稳定在6万吨以上。"],
      ["副区长 王勇"], ["区农业农村局"], ["区财政局、区自然资源局、区水利局、各镇人民政府"], ["2025年10月底前"]),
    T(["发展壮大村级集体经济。村级集体经济经营性收入全部达到10万元以上，30万元以上的村占比达到40%。"],
      None, ["区农业农村局"], ["区委组织部、区财政局、各镇人民政府"], ["2025年12月底前"]),
    T(["加快水利基础设施建设。完成中小河流治理12公里，实施农村供水保障提升工程，农村自来水普及率达到98%。"],
      None, ["区水利局"], ["/"], ["2025年11月底前"]),
    T(["提升城市功能品质。实施城市更新项目15个，改造老旧小区42个，新建改造城市道路8公里。"],
      ["副区长 邓家明"], ["区住房和|城乡建设局"], ["区自然资源局、区城市管理局、区城投集团、各街道办事处"], ["2025年12月底前"]),
    T(["加强城市精细化管理。深化城市管理网格化，新建口袋公园10个，城区生活垃圾分类覆盖率达到95%。"],
      None, ["区城市管理局"], ["区住房和城乡建设局、各街道办事处"], ["长期坚持"]),
    T(["完善综合交通网络。推进S218蘅塘段改扩建工程，新改建农村公路50公里，新增城乡公交线路3条。"],
      None, ["区交通运输局"], ["区自然资源局、区财政局、各镇人民政府"], ["2025年12月底前"]),
]))

P.append(("五、加强生态文明建设（4项）", [
    T(["深入打好污染防治攻坚战。PM2.5平均浓度控制在32微克/立方米以内，空气质量优良天数比率达到85%。"],
      ["副区长&nbsp;邓家明"], ["区生态环境分局"], ["区发展改革局、区住房和城乡建设局、区城市管理局、区交通运输局"], ["2025年12月底前"]),
    T(["持续改善水环境质量。巩固河湖长制工作成效，国省控断面水质优良比例保持100%，城市黑臭水体动态清零。"],
      ["副区长 王　勇"], ["区生态环境分局", "区水利局"], ["区住房和城乡建设局、区农业农村局、各镇（街道）"], ["持续推进"]),
    T(["推进绿色低碳转型。完成单位地区生产总值能耗下降目标任务，新增光伏装机容量2万千瓦。"],
      None, ["区发展改革局"], ["区工业和信息化局、国网蘅塘区供电公司"], ["2025年12月底前"]),
    T(["加强生态保护修复。完成植树造林3000亩，实施废弃矿山生态修复项目2个，森林覆盖率稳定在38%以上。"],
      None, ["区自然资源局"], ["区农业农村局、各镇人民政府"], ["2025年11月底前"]),
]))

P.append(("六、持续保障和改善民生（7项）", [
    T(["抓好安全生产和防灾减灾。深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。"],
      ["区长 周立新、副区长 邓家明"], ["区应急管理局"], ["区直有关部门、各镇（街道）"], ["长期坚持"]),
    T(["稳定和扩大就业。城镇新增就业5000人以上，城镇调查失业率控制在5.5%以内，零就业家庭动态清零。"],
      ["副区长 林思慧"], ["区人力资源和社会保障局"], ["区财政局、区教育局、区农业农村局"], ["2025年12月底前"]),
    T(["健全社会保障体系。基本养老保险参保率稳定在95%以上，落实城乡低保标准动态调整机制。"],
      None, ["区人力资源和社会保障局、区民政局"], ["区医疗保障局、区财政局"], ["2025年12月底前"]),
    T(["办好人民满意教育。新建改扩建中小学、幼儿园5所，新增学位3600个，推进义务教育优质均衡发展。"],
      ["副区长 刘晓红"], ["区教育局"], ["区发展改革局、区财政局、区自然资源局、区住房和城乡建设局"], ["2025年8月底前"]),
    T(["推进健康蘅塘建设。深化紧密型县域医共体建设，推动区人民医院创成三级医院，每千人口执业（助理）医师数达到3.2人。"],
      None, ["区卫生健康局"], ["区医疗保障局、区财政局"], ["2025年12月底前"]),
    T(["繁荣发展文化体育事业。建成区全民健身中心，开展“村晚”“村BA”等群众性文体活动200场次以上。"],
      None, ["区文化旅游体育局"], [""], ["2025年12月底前"]),
    T(["加强基层治理和平安建设。坚持和发展新时代“枫桥经验”，扎实开展矛盾纠纷排查化解，推进信访工作法治化，全力维护社会大局稳定。"],
      ["副区长 孙立军"], ["区公安分局、区司法局"], ["区信访局、区民政局、各镇（街道）"], ["长期坚持"]),
]))

NCOL = 6


def rowspans(tasks, key):
    """for each task: the rowspan its cell gets (0 = covered by a cell above)."""
    spans = []
    for i, t in enumerate(tasks):
        if t[key] is None:
            spans.append(0)
            continue
        n = 1
        j = i + 1
        while j < len(tasks) and tasks[j][key] is None:
            n += 1
            j += 1
        spans.append(n)
    return spans


def resolved(tasks, key):
    out, last = [], None
    for t in tasks:
        if t[key] is not None:
            last = t[key]
        out.append(last)
    return out


TD_STYLE = ("border:solid windowtext 1.0pt;border-top:none;mso-border-top-alt:solid windowtext .5pt;"
            "mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt")
WIDTHS = [38, 300, 88, 120, 170, 74]


def cell(paras, width, center=True, rowspan=1, valign="center", para_style=None):
    attrs = ' width="%d"' % width
    if rowspan > 1:
        attrs = ' rowspan="%d"' % rowspan + attrs
    ps = []
    for p in paras:
        if center:
            pst = 'class="MsoNormal" align="center" style="text-align:center;line-height:20px;mso-line-height-rule:exactly"'
        else:
            pst = 'class="MsoNormal" style="text-align:justify;text-justify:inter-ideograph;line-height:20px;mso-line-height-rule:exactly"'
        if p == "":
            body = '<span lang="EN-US" style="%s">&nbsp;</span>' % FS
        else:
            body = runs(p)
        ps.append("<p %s>%s</p>" % (pst, body))
    return '<td%s valign="%s" style="width:%dpt;%s">%s</td>' % (attrs, valign, width * 3 // 4, TD_STYLE, "".join(ps))


def table_html():
    L = []
    L.append('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="790" '
             'style="width:592.5pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;'
             'mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt">')
    L.append("<tbody>")
    hs = "font-family:黑体;font-size:14px"
    hp = 'class="MsoNormal" align="center" style="text-align:center;line-height:20px;mso-line-height-rule:exactly"'

    def hcell(text, width, rs=1, cs=1):
        a = ""
        if rs > 1:
            a += ' rowspan="%d"' % rs
        if cs > 1:
            a += ' colspan="%d"' % cs
        if width:
            a += ' width="%d"' % width
        return '<td%s valign="center" style="%s"><p %s><span style="%s">%s</span></p></td>' % (
            a, "border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt", hp, hs, text)

    L.append('<tr style="mso-yfti-irow:0;mso-yfti-firstrow:yes;height:22.5pt">'
             + hcell("序号", 38, rs=2) + hcell("重点任务", 300, rs=2) + hcell("责任区领导", 88, rs=2)
             + hcell("责任单位", 0, cs=2) + hcell("完成时限", 74, rs=2) + "</tr>")
    L.append('<tr style="mso-yfti-irow:1;height:22.5pt">' + hcell("牵头单位", 120) + hcell("配合单位", 170) + "</tr>")
    irow = 2
    n = 0
    for title, tasks in P:
        L.append('<tr style="mso-yfti-irow:%d;height:24.0pt"><td colspan="%d" valign="center" style="width:592.5pt;%s">'
                 '<p class="MsoNormal" style="line-height:20px;mso-line-height-rule:exactly"><span style="font-family:黑体;font-size:14px">%s</span></p></td></tr>'
                 % (irow, NCOL, TD_STYLE, esc(title)))
        irow += 1
        sp = {k: rowspans(tasks, k) for k in ("leaders", "lead", "coop", "deadline")}
        for i, t in enumerate(tasks):
            n += 1
            tds = [cell([str(n)], WIDTHS[0]), cell(t["text"], WIDTHS[1], center=False)]
            for k, w in (("leaders", WIDTHS[2]), ("lead", WIDTHS[3]), ("coop", WIDTHS[4]), ("deadline", WIDTHS[5])):
                if sp[k][i]:
                    tds.append(cell(t[k], w, center=(k != "coop"), rowspan=sp[k][i]))
            L.append('<tr style="mso-yfti-irow:%d">%s</tr>' % (irow, "".join(tds)))
            irow += 1
    L.append("</tbody>")
    L.append("</table>")
    return L


def split_units(paras):
    out = []
    for p in paras:
        for u in re.split(r"[、，]", plain(p)):
            u = u.strip()
            if u and u != "/":
                out.append(u)
    return out


def leader_names(paras):
    out = []
    for p in paras:
        for seg in re.split(r"、", plain(p)):
            seg = seg.strip()
            if not seg:
                continue
            post, name = re.split(r"[ \u00a0]", seg, maxsplit=1)
            out.append(name.replace("\u3000", "").strip())
    return out


def gold():
    recs = []
    n = 0
    for title, tasks in P:
        R = {k: resolved(tasks, k) for k in ("leaders", "lead", "coop", "deadline")}
        for i, t in enumerate(tasks):
            n += 1
            text = plain("".join(t["text"]))
            lead = split_units(R["lead"][i])
            coop = split_units(R["coop"][i])
            recs.append({
                "id": str(n),
                "marker": str(n),
                "head": text[:12],
                "responsible_units": lead + coop,
                "lead_units": lead,
                "cooperating_units": coop,
                "leaders": leader_names(R["leaders"][i]),
                "deadline": plain(R["deadline"][i][0]),
            })
    return recs


# ---------------------------------------------------------------------------
# The page
# ---------------------------------------------------------------------------
TITLE = "蘅塘区人民政府办公室关于印发2025年区《政府工作报告》重点工作任务分工的通知"
WH = "蘅政办发〔2025〕5号"

BP = 'class="MsoNormal" style="text-indent:2em;line-height:37px;mso-line-height-rule:exactly"'
BS = "font-family:仿宋_GB2312;font-size:21px"
BN = "font-family:'Times New Roman';font-size:21px"
HS = "font-family:黑体;font-size:21px"


def bp(text, lead_in=None, style=BP):
    s = ""
    if lead_in:
        s += '<span style="%s">%s</span>' % (HS, esc(lead_in))
    s += runs(text, BS, BN)
    return "<p %s>%s</p>" % (style, s)


def body_html():
    L = []
    L.append('<p class="MsoNormal" align="center" style="text-align:center;line-height:37px">%s</p>' % runs(WH, BS, BN))
    L.append('<p class="MsoNormal" style="line-height:37px;mso-line-height-rule:exactly">%s</p>'
             % runs("各镇人民政府、街道办事处，区政府各部门、各直属单位，蘅塘经济开发区管委会：", BS, BN))
    L.append(bp("《政府工作报告》已经区十七届人大五次会议审议通过。为确保报告确定的各项目标任务落到实处，经区政府同意，现将《2025年区〈政府工作报告〉重点工作任务分工》印发给你们，并就有关事项通知如下："))
    L.append(bp("《政府工作报告》是区政府向全区人民作出的庄严承诺。各镇（街道）、各部门要切实增强责任感和紧迫感，把抓好报告确定任务的落实作为检验工作成效的重要标准，紧盯目标不放松，确保各项任务按时保质完成。", "一、提高思想认识。"))
    L.append(bp("各责任区领导要加强对分管领域重点工作的统筹调度，定期听取汇报、研究解决重点难点问题。牵头单位对牵头事项负总责，要制定具体推进措施，明确时间节点和责任人；牵头单位有两个的，排在第一位的为主要牵头单位，负责组织协调。配合单位要按照职责分工主动配合，形成工作合力。", "二、压实工作责任。"))
    L.append(bp("区政府督查室要将重点工作任务落实情况纳入年度督查计划，实行清单化管理、台账式推进，定期通报进展情况，并将落实情况作为年度综合考核的重要内容。请各牵头单位于每季度末月25日前将工作进展情况报送区政府督查室，全年工作完成情况于12月10日前报送。", "三、强化督查考核。"))
    L.append(bp("联系人：区政府督查室 吴晓岚，联系电话：0761-5823016，电子邮箱：htqdcs@163.com。"))
    L.append('<p class="MsoNormal" style="text-indent:2em;line-height:37px;mso-line-height-rule:exactly">&nbsp;</p>')
    L.append(bp("附件：2025年区《政府工作报告》重点工作任务分工"))
    L.append('<p class="MsoNormal" style="text-indent:2em;line-height:37px;mso-line-height-rule:exactly">&nbsp;</p>')
    L.append('<p class="MsoNormal" align="right" style="text-align:right;margin-right:2em;line-height:37px">%s</p>'
             % runs("蘅塘区人民政府办公室", BS, BN))
    L.append('<p class="MsoNormal" align="right" style="text-align:right;margin-right:3em;line-height:37px">%s</p>'
             % runs("2025年3月14日", BS, BN))
    L.append(bp("（此件公开发布）"))
    L.append('<p class="MsoNormal" style="line-height:37px"><span lang="EN-US" style="%s">&nbsp;</span></p>' % BS)
    L.append('<p class="MsoNormal" style="line-height:37px"><span style="%s">附件</span></p>' % HS)
    L.append('<p class="MsoNormal" align="center" style="text-align:center;line-height:37px">'
             '<span style="font-family:方正小标宋简体;font-size:29px">%s</span></p>'
             % runs("2025年区《政府工作报告》重点工作任务分工", "font-family:方正小标宋简体;font-size:29px",
                    "font-family:方正小标宋简体;font-size:29px"))
    L += table_html()
    L.append('<p class="MsoNormal"><span lang="EN-US" style="%s">&nbsp;</span></p>' % BS)
    return L


def page():
    L = []
    A = L.append
    A('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
    A('<html xmlns="http://www.w3.org/1999/xhtml">')
    A("<head>")
    A('<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />')
    A('<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />')
    A('<meta name="viewport" content="width=device-width, initial-scale=1.0" />')
    A('<meta name="SiteName" content="蘅塘区人民政府" />')
    A('<meta name="SiteDomain" content="www.hengtang.gov.cn" />')
    A('<meta name="SiteIDCode" content="4419040009" />')
    A('<meta name="ColumnName" content="区政府办文件" />')
    A('<meta name="ColumnDescription" content="区政府办公室发布的规范性文件和其他文件" />')
    A('<meta name="ColumnKeywords" content="区政府办文件" />')
    A('<meta name="ColumnType" content="政府文件" />')
    A('<meta name="ArticleTitle" content="%s" />' % TITLE)
    A('<meta name="PubDate" content="2025-03-17 09:32" />')
    A('<meta name="ContentSource" content="区政府办公室" />')
    A('<meta name="Keywords" content="政府工作报告,重点工作,任务分工" />')
    A('<meta name="Author" content="区政府办公室" />')
    A('<meta name="Description" content="%s" />' % TITLE)
    A('<meta name="Url" content="http://www.hengtang.gov.cn/art/2025/3/17/art_5032_2998765.html" />')
    A("<title>%s_区政府办文件_蘅塘区人民政府</title>" % TITLE)
    A('<link href="/images/2021/css/base.css" rel="stylesheet" type="text/css" />')
    A('<link href="/images/2021/css/article.css" rel="stylesheet" type="text/css" />')
    A('<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>')
    A('<script type="text/javascript" src="/images/2021/js/common.js"></script>')
    A('<script type="text/javascript" src="/module/jslib/urite/urite.min.js"></script>')
    A('<script type="text/javascript">')
    A("\tfunction doZoom(size){")
    A("\t\tvar z = document.getElementById('zoom');")
    A("\t\tz.style.fontSize = size + 'px';")
    A("\t\tvar ps = z.getElementsByTagName('p');")
    A("\t\tfor (var i = 0; i < ps.length; i++) { ps[i].style.fontSize = size + 'px'; }")
    A("\t}")
    A("</script>")
    A("</head>")
    A("<body>")
    A('<div id="barrierfree_container">')
    A('<div class="top-bar"><div class="w1200">')
    A('\t<span class="fl">欢迎访问蘅塘区人民政府门户网站！</span>')
    A('\t<span class="fr"><a href="javascript:void(0);" id="cniil_wza">无障碍浏览</a> | <a href="/col/col5120/index.html">长者模式</a> | '
      '<a href="http://www.hengtang.gov.cn/module/wap/index.html">手机版</a> | <a href="/col/col5101/index.html">English</a></span>')
    A("</div></div>")
    A('<div class="header"><div class="w1200">')
    A('\t<div class="logo"><a href="/"><img src="/images/2021/images/logo.png" alt="蘅塘区人民政府" /></a></div>')
    A('\t<div class="search"><form action="/jrobot/search.do" method="get" target="_blank">'
      '<input type="hidden" name="webid" value="1" /><input type="text" name="q" class="search-input" placeholder="请输入关键字" />'
      '<input type="submit" class="search-btn" value="搜索" /></form></div>')
    A("</div></div>")
    A('<div class="nav"><ul class="w1200">')
    for href, name in (("/", "首页"), ("/col/col5001/index.html", "走进蘅塘"), ("/col/col5002/index.html", "政务动态"),
                       ("/col/col5003/index.html", "政务公开"), ("/col/col5004/index.html", "政务服务"),
                       ("/col/col5005/index.html", "互动交流"), ("/col/col5006/index.html", "专题专栏")):
        A('\t<li><a href="%s">%s</a></li>' % (href, name))
    A("</ul></div>")
    A('<div class="w1200 main">')
    A('\t<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col5003/index.html">政务公开</a> &gt; '
      '<a href="/col/col5030/index.html">政府信息公开目录</a> &gt; <a href="/col/col5032/index.html">区政府办文件</a></div>')
    A('\t<div class="xxgk-info">')
    A('\t\t<table width="100%" border="0" cellspacing="0" cellpadding="0" class="xxgk_table">')
    A("\t\t\t<tr><th>索&nbsp;引&nbsp;号：</th><td>11441904MB2C81576K/2025-00031</td><th>信息分类：</th><td>区政府办文件</td></tr>")
    A("\t\t\t<tr><th>发布机构：</th><td>蘅塘区人民政府办公室</td><th>主题分类：</th><td>综合政务</td></tr>")
    A("\t\t\t<tr><th>成文日期：</th><td>2025-03-14</td><th>发布日期：</th><td>2025-03-17</td></tr>")
    A("\t\t\t<tr><th>文&emsp;&emsp;号：</th><td>%s</td><th>有&nbsp;效&nbsp;性：</th><td>有效</td></tr>" % WH)
    A("\t\t\t<tr><th>名&emsp;&emsp;称：</th><td colspan=\"3\">%s</td></tr>" % TITLE)
    A("\t\t</table>")
    A("\t</div>")
    A('\t<div class="article">')
    A('\t\t<h1 class="title">%s</h1>' % TITLE)
    A('\t\t<div class="info">发布时间：2025-03-17 09:32&emsp;来源：区政府办公室&emsp;浏览次数：'
      '<script language="javascript" src="/module/visitcount/articlehits.jsp?colid=5032&amp;artid=2998765"></script>'
      '&emsp;字号：[ <a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a> ]</div>')
    A('\t\t<div class="content" id="zoom">')
    A("<!--<$[信息内容]>begin--><div id=\"ivs_content\" name=\"ivs_content\">")
    L.extend(body_html())
    A("</div><!--<$[信息内容]>end-->")
    A("\t\t</div>")
    A('\t\t<div class="fj">')
    A('\t\t\t<p>附件下载：<a href="/module/download/downfile.jsp?classid=0&amp;filename=2503171032584187.pdf">蘅政办发〔2025〕5号.pdf</a></p>')
    A("\t\t</div>")
    A('\t\t<div class="jd">')
    A('\t\t\t<p class="jd-tit">相关解读</p>')
    A('\t\t\t<ul><li><a href="/art/2025/3/17/art_5036_2998771.html" target="_blank">图解：2025年区《政府工作报告》重点工作任务分工</a></li></ul>')
    A("\t\t</div>")
    A('\t\t<div class="tools"><span class="share">分享到：<a href="javascript:void(0);" class="wx">微信</a><a href="javascript:void(0);" class="wb">微博</a></span>'
      '<span class="fr">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</span></div>')
    A('\t\t<div class="sxp">')
    A('\t\t\t<p>上一篇：<a href="/art/2025/3/11/art_5032_2997820.html">蘅塘区人民政府办公室关于做好2025年春季森林防灭火工作的通知</a></p>')
    A('\t\t\t<p>下一篇：<a href="/art/2025/3/21/art_5032_2999104.html">蘅塘区人民政府办公室关于印发蘅塘区2025年为民办实事项目实施方案的通知</a></p>')
    A("\t\t</div>")
    A("\t</div>")
    A("</div>")
    A('<div class="footer"><div class="w1200">')
    A('\t<div class="jiucuo"><script id="_jiucuo_" sitecode="4419040009" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>')
    A("\t<p>主办：蘅塘区人民政府办公室&emsp;承办：蘅塘区数据局&emsp;地址：蘅塘区府前路1号&emsp;邮编：512104</p>")
    A("\t<p>网站标识码：4419040009&emsp;联系电话：0761-5821234&emsp;建议使用1366×768分辨率浏览本网站</p>")
    A("</div></div>")
    A("</div>")
    A('<script type="text/javascript" src="/images/2021/js/footer.js"></script>')
    A("</body>")
    A("</html>")
    return NL.join(L) + NL


def main():
    with open(BASE + ".html", "w", encoding="utf-8", newline="") as f:
        f.write(page())
    with open(BASE + ".tasks.gold.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for r in gold():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
