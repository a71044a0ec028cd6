#!/usr/bin/env python3
"""Round 123, case 630 (control).

Writes 630_zhuoyang_shi_gzbg_zhongdian_renwu_fengong_xxgk.html -- a 市人民政府办公室
notice as the city portal's 政府信息公开 article page serves it (TRS WCM template,
TRS_Editor body pasted from Word: MsoNormal paragraphs, a MsoNormalTable with
mso- styles, <span> runs inside cells, &nbsp;) -- and its gold list.
Deterministic: no clocks, no random numbers.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "630_zhuoyang_shi_gzbg_zhongdian_renwu_fengong_xxgk"

CITY = "濯阳"
WENHAO = "濯政办发〔2025〕6号"
TITLE = "濯阳市人民政府办公室关于印发2025年《政府工作报告》重点工作任务分工的通知"
ATT_TITLE = "2025年《政府工作报告》重点工作任务分工"

# ---------------------------------------------------------------------------
# The task table.  Each part: (part title, [task, ...]).
# A task: dict(no, text, bold (title sentence set bold or None), units (cell as
# printed: list of <p> strings), deadline, and optional layout hints).
# ---------------------------------------------------------------------------
T = []


def task(no, text, units, deadline, bold=None, cut=None, dl_span=1, dl_merged=False,
         units_paras=None, tail_nbsp=False):
    T.append(dict(no=no, text=text, units=units, deadline=deadline, bold=bold, cut=cut,
                  dl_span=dl_span, dl_merged=dl_merged, units_paras=units_paras,
                  tail_nbsp=tail_nbsp))


PARTS = []


def part(title):
    PARTS.append((title, len(T)))


part("一、全力稳增长促发展，推动经济运行持续向好（6项）")
task(1, "全市地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长7.5%，固定资产投资增长6%，社会消费品零售总额增长6.5%。",
     "市发展改革委、市统计局、市财政局、市工业和信息化局、市商务局，各县（市、区）人民政府", "2025年12月底前")
task(2, "扩大有效投资。全年实施市级重点项目300个以上，完成年度投资600亿元以上，新开工亿元以上项目120个。",
     "市发展改革委、市自然资源和规划局、市住房城乡建设局、市生态环境局", "2025年12月底前", bold="扩大有效投资。")
task(3, "积极争取中央预算内投资、超长期特别国债和地方政府专项债券支持，全年争取上级各类资金150亿元以上。",
     "市发展改革委、市财政局", "2025年12月底前")
task(4, "全面提振消费。落实大规模设备更新和消费品以旧换新政策，开展“惠购濯阳”系列促消费活动60场以上。",
     "市商务局、市财政局、市市场监管局、市文化旅游广电局", "持续推进", bold="全面提振消费。")
task(5, "推动文旅深度融合，办好第三届濯阳山水旅游节，全年接待游客3200万人次以上，实现旅游综合收入310亿元。",
     "市文化旅游广电局", "2025年10月底前")
task(6, "加大金融支持实体经济力度，全年新增各项贷款350亿元以上，力争新增上市企业1家。",
     "市委金融办、中国人民银行濯阳市分行、国家金融监督管理总局濯阳监管分局", "2025年12月底前")

part("二、坚持创新驱动，加快构建现代化产业体系（6项）")
task(7, "实施先进制造业集群培育行动，推动新材料、装备制造、绿色食品三大产业集群产值分别增长10%以上。",
     "市工业和信息化局、市发展改革委、市科技局", "2025年12月底前")
task(8, "新增规模以上工业企业80家、国家级专精特新“小巨人”企业3家、省级专精特新中小企业30家。",
     "市工业和信息化局、市科技局、市市场监管局", "2025年12月底前")
task(9, "加快数字经济发展，新建5G基站800个，数字经济核心产业营业收入增长15%以上。",
     "市工业和信息化局、市政务服务和数据管理局", "2025年12月底前")
task(10, "全社会研发经费投入增长12%以上，高新技术企业总数突破600家，科技型中小企业评价入库1200家。",
     "市科技局、市财政局、市统计局", "2025年12月底前")
task(11, "深化产学研用协同创新，新建省级以上创新平台10个，技术合同成交额达到80亿元。",
     "市科技局、市教育局、濯阳高新区管委会", "2025年12月底前")
task(12, "支持濯阳高新区争创国家级高新技术产业开发区，园区规模工业增加值增长10%以上。",
     "濯阳高新区管委会、市发展改革委、市科技局、市商务局", "持续推进")

part("三、深化改革扩大开放，持续激发发展活力（5项）")
task(13, "深化国资国企改革，推动市属国有企业战略性重组和专业化整合，完成3家平台公司市场化转型。",
     "市国资委、市财政局", "2025年9月底前")
task(14, "持续优化营商环境，深入推进“高效办成一件事”，新增重点事项集成办理13项，企业开办时间压缩至1个工作日以内。",
     "市政务服务和数据管理局、市司法局、市市场监管局，市直有关单位", "2025年6月底前")
task(15, "支持民营经济发展壮大，全面落实促进民营经济发展政策措施，持续开展清理拖欠企业账款专项行动。",
     "市发展改革委、市工业和信息化局、市工商联", "持续推进")
task(16, "推进高水平对外开放，全年外贸进出口总额增长8%，实际使用外资增长5%。",
     "市商务局、濯阳海关", "2025年12月底前")
task(17, "精准开展产业链招商，全年引进“三类500强”企业投资项目8个以上，实际到位内资增长10%。",
     "市投资促进局、市商务局，各县（市、区）人民政府", "2025年12月底前")

part("四、统筹城乡融合发展，扎实推进乡村全面振兴（5项）")
task(18, "稳定粮食生产，粮食播种面积稳定在280万亩以上，粮食总产量保持在19亿斤以上。",
     "市农业农村局、市发展改革委、市财政局", "2025年10月底前")
task(19, "新建高标准农田12万亩，完成小型农田水利设施建设项目30个。",
     "市农业农村局、市水利局、市财政局、市自然资源和规划局", "2025年12月底前")
task(20, "巩固拓展脱贫攻坚成果，守牢不发生规模性返贫致贫底线，脱贫人口人均纯收入增长8%以上。",
     "市农业农村局、市人力资源社会保障局、市民政局、市医保局", "持续推进")
task(21, "深入推进以县城为重要载体的新型城镇化，常住人口城镇化率提高1个百分点。",
     "市发展改革委、市住建局、市自然资源和规划局、市公安局", "2025年12月底前")
task(22, "实施城市更新行动，改造城镇老旧小区120个，新开工保障性住房1500套，更新改造城市燃气老化管道200公里。",
     "市住房城乡建设局、市发展改革委、市财政局、市城市管理局", "2025年11月底前",
     cut=("市住房城乡", "建设局"))

part("五、加强生态环境保护，推动发展方式绿色转型（4项）")
task(23, "深入打好蓝天、碧水、净土保卫战，中心城区空气质量优良天数比例达到90%以上，国省控断面水质优良率保持100%。",
     "市生态环境局、市住房城乡建设局、市水利局、市农业农村局，各县（市、区）人民政府", "2025年12月底前",
     dl_span=2)
task(24, "抓好中央和省生态环境保护督察反馈问题整改，按时完成年度整改销号任务。",
     "市生态环境局、市直有关单位", "2025年12月底前", dl_merged=True)
task(25, "全面推行林长制，完成营造林18万亩，森林覆盖率稳定在62%以上。",
     "市林业局", "2025年12月底前")
task(26, "推动能源结构优化调整，新增新能源装机容量40万千瓦，单位地区生产总值能耗下降2.5%。",
     "市发展改革委、市工业和信息化局、国网濯阳供电公司", "2025年12月底前")

part("六、着力保障和改善民生，不断增进人民福祉（6项）")
task(27, "全年城镇新增就业3.2万人，城镇调查失业率控制在5.5%以内，新增农村劳动力转移就业1.5万人。",
     "市人力资源社会保障局、市发展改革委、市财政局", "2025年12月底前")
task(28, "新建、改扩建中小学校和幼儿园15所，新增学位1.2万个，加快推进市第十中学建设。",
     None, "2025年8月底前",
     units_paras=["市教育局、市发展改革委、市财政局、市自然资源和规划局", "各县（市、区）人民政府"])
task(29, "推进紧密型县域医共体建设，新增三级医院1家，建成区域医疗中心2个。",
     "市卫生健康委、市医保局", "2025年12月底前")
task(30, "完善养老服务体系，新建街道（乡镇）综合养老服务中心10个、村级互助养老服务点200个。",
     "市民政局、市卫生健康委、市财政局", "2025年12月底前", tail_nbsp=True)
task(31, "高质量办好十件民生实事，确保按时保质保量完成。",
     "市政府办公室、市财政局、市直有关单位", "2025年12月底前")
task(32, "广泛开展全民健身活动，建成市全民健身中心1个、社区运动场地50个。",
     "市体育局、市文化旅游广电局", "2025年12月底前")

part("七、统筹发展和安全，建设更高水平平安濯阳（3项）")
task(33, "压紧压实安全生产责任，深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上安全事故发生。",
     "市应急管理局、市公安局、市交通运输局、市住房城乡建设局", "长期坚持")
task(34, "防范化解地方债务风险，严格落实化债方案，确保债务风险等级稳中有降。",
     "市财政局、市委金融办、市国资委", "持续推进")
task(35, "深化平安濯阳、法治濯阳建设，常态化开展扫黑除恶斗争，群众安全感满意度保持在95%以上。",
     "市公安局、市司法局、市信访局", "持续推进")

part("八、加强政府自身建设（2项）")
task(36, "深入落实中央八项规定及其实施细则精神，严控一般性支出，“三公”经费只减不增。",
     "市财政局、市审计局、市直各单位", "长期坚持")
task(37, "自觉接受人大法律监督、工作监督和政协民主监督，人大代表建议和政协委员提案按时办复率达到100%。",
     "市政府办公室、市直有关单位", "2025年10月底前")

# ---------------------------------------------------------------------------
# Word-run helpers
# ---------------------------------------------------------------------------
FS = "仿宋_GB2312"


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("“", "&ldquo;").replace("”", "&rdquo;"))


def runs(text, size="12pt", font=FS, bold=False):
    """Split text into Word runs: ASCII runs in Times New Roman with lang=EN-US."""
    out = []
    for m in re.finditer(r"[\x21-\x7e]+|[^\x21-\x7e]+", text):
        seg = m.group(0)
        if seg[0] < "\x7f":
            out.append(f'<span lang="EN-US" style="font-size: {size}; font-family: \'Times New Roman\'; '
                       f'mso-fareast-font-family: {font}; mso-font-kerning: 0pt">{esc(seg)}</span>')
        else:
            out.append(f'<span style="font-size: {size}; font-family: {font}; mso-hansi-font-family: 宋体; '
                       f'mso-bidi-font-family: 宋体; mso-font-kerning: 0pt">{esc(seg)}</span>')
    s = "".join(out)
    return f"<b>{s}</b>" if bold else s


def body_p(text, indent=True, size="16pt", font=FS, align=None, extra=""):
    st = "line-height: 28pt; mso-line-height-rule: exactly"
    if indent:
        st = "text-indent: 32pt; " + st + "; mso-char-indent-count: 2.0"
    attr = ""
    if align:
        st = f"text-align: {align}; " + st
        attr = f' align="{align}"'
    return f'<p class="MsoNormal" style="{st}"{attr}>{extra}{runs(text, size, font)}</p>'


BORDER_FIRST = ("border-right: windowtext 1pt solid; padding-right: 5.4pt; border-top: windowtext 1pt solid; "
                "padding-left: 5.4pt; padding-bottom: 0cm; border-left: windowtext 1pt solid; padding-top: 0cm; "
                "border-bottom: windowtext 1pt solid; mso-border-alt: solid windowtext .5pt")
BORDER_NEXT = ("border-right: windowtext 1pt solid; padding-right: 5.4pt; border-top: #f0f0f0; "
               "padding-left: 5.4pt; padding-bottom: 0cm; border-left: #f0f0f0; padding-top: 0cm; "
               "border-bottom: windowtext 1pt solid; mso-border-left-alt: solid windowtext .5pt; "
               "mso-border-top-alt: solid windowtext .5pt; mso-border-alt: solid windowtext .5pt")
WIDTHS = [("36.2pt", 48), ("241.1pt", 321), ("148.8pt", 198), ("70.9pt", 95)]


def cell_p(inner, align="center", opt=True):
    a = f'text-align: {align}; ' if align else ""
    at = f' align="{align}"' if align else ""
    o = "<o:p></o:p>" if opt else ""
    return (f'<p class="MsoNormal" style="{a}line-height: 18pt; mso-line-height-rule: exactly; '
            f'mso-pagination: widow-orphan"{at}>{inner}{o}</p>')


def td(i, paras, height, rowspan=1, colspan=1, first_row=False, valign="center"):
    w, wa = WIDTHS[i]
    if colspan > 1:
        w, wa = "497pt", 662
    border = BORDER_FIRST if i == 0 else BORDER_NEXT
    if first_row and i > 0:
        border = border.replace("border-top: #f0f0f0", "border-top: windowtext 1pt solid")
    attrs = ""
    if rowspan > 1:
        attrs += f' rowspan="{rowspan}"'
    if colspan > 1:
        attrs += f' colspan="{colspan}"'
    return (f'<td style="{border}; width: {w}; height: {height}; background-color: transparent"{attrs} '
            f'valign="{valign}" width="{wa}">\n' + "\n".join(paras) + "</td>")


def build_table():
    rows = []
    irow = 0
    # header
    heads = ["序号", "重点任务", "责任单位", "完成时限"]
    cells = []
    for i, h in enumerate(heads):
        inner = runs(h, "12pt", "黑体")
        cells.append(td(i, [cell_p(inner)], "30.6pt", first_row=True))
    rows.append(f'<tr style="mso-yfti-irow: {irow}; mso-yfti-firstrow: yes; mso-yfti-lastrow: no; height: 30.6pt; page-break-inside: avoid">\n'
                + "\n".join(cells) + "</tr>")
    irow += 1
    part_at = {start: title for title, start in PARTS}
    for k, t in enumerate(T):
        if k in part_at:
            inner = runs(part_at[k], "12pt", "黑体")
            c = td(0, [cell_p(inner, align="left")], "24.95pt", colspan=4)
            rows.append(f'<tr style="mso-yfti-irow: {irow}; height: 24.95pt; page-break-inside: avoid">\n{c}</tr>')
            irow += 1
        last = (k == len(T) - 1)
        cells = []
        # 序号
        cells.append(td(0, [cell_p(runs(str(t["no"]), "12pt"))], "45pt"))
        # 重点任务
        text = t["text"]
        if t["bold"]:
            b = t["bold"]
            assert text.startswith(b)
            inner = runs(b, "12pt", bold=True) + runs(text[len(b):], "12pt")
        else:
            inner = runs(text, "12pt")
        cells.append(td(1, [cell_p(inner, align="justify", opt=False)], "45pt"))
        # 责任单位
        if t["units_paras"]:
            paras = [cell_p(runs(p, "12pt"), align="center", opt=False) for p in t["units_paras"]]
        else:
            u = t["units"]
            if t["cut"]:
                a, b = t["cut"]
                assert u.startswith(a + b)
                inner = runs(a, "12pt") + runs(b + u[len(a + b):], "12pt")
            else:
                inner = runs(u, "12pt")
            if t["tail_nbsp"]:
                inner += '<span lang="EN-US" style="font-size: 12pt">&nbsp;</span>'
            paras = [cell_p(inner, align="center", opt=False)]
        cells.append(td(2, paras, "45pt"))
        # 完成时限
        if not t["dl_merged"]:
            cells.append(td(3, [cell_p(runs(t["deadline"], "12pt"))], "45pt", rowspan=t["dl_span"]))
        lr = "yes" if last else "no"
        rows.append(f'<tr style="mso-yfti-irow: {irow}; mso-yfti-lastrow: {lr}; height: 45pt; page-break-inside: avoid">\n'
                    + "\n".join(cells) + "</tr>")
        irow += 1
    return ('<table class="MsoNormalTable" style="border-collapse: collapse; mso-table-layout-alt: fixed; '
            'mso-padding-alt: 0cm 5.4pt 0cm 5.4pt; mso-yfti-tbllook: 1184; mso-border-alt: solid windowtext .5pt; '
            'border: medium none" cellspacing="0" cellpadding="0" width="662" border="1" align="center">\n'
            '<tbody>\n' + "\n".join(rows) + "\n</tbody></table>")


# ---------------------------------------------------------------------------
# The article body (TRS_Editor)
# ---------------------------------------------------------------------------
def build_body():
    P = []
    P.append(body_p(WENHAO, indent=False, align="center"))
    P.append('<p class="MsoNormal" style="line-height: 28pt; mso-line-height-rule: exactly"><span lang="EN-US" style="font-size: 16pt; font-family: 仿宋_GB2312">&nbsp;</span></p>')
    P.append('<p class="MsoNormal" style="text-align: center; line-height: 28pt; mso-line-height-rule: exactly" align="center">'
             + runs("濯阳市人民政府办公室", "22pt", "方正小标宋简体") + "<span lang=\"EN-US\" style=\"font-size: 22pt\"><br /></span>"
             + runs("关于印发2025年《政府工作报告》重点工作任务分工的通知", "22pt", "方正小标宋简体") + "</p>")
    P.append('<p class="MsoNormal" style="line-height: 28pt; mso-line-height-rule: exactly"><span lang="EN-US" style="font-size: 16pt; font-family: 仿宋_GB2312">&nbsp;</span></p>')
    P.append(body_p("各县（市、区）人民政府，濯阳高新区管委会，市政府各部门、各直属机构：", indent=False))
    P.append(body_p("《2025年濯阳市人民政府工作报告》已经市十七届人大五次会议审议通过。为确保报告确定的各项目标任务落到实处，"
                    "经市人民政府同意，现将2025年《政府工作报告》重点工作任务分工印发给你们，并就有关事项通知如下，请认真贯彻落实。"))
    P.append('<p class="MsoNormal" style="text-indent: 32pt; line-height: 28pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0">'
             + runs("一、提高思想认识。", "16pt", "黑体")
             + runs("《政府工作报告》是市人民政府向市人民代表大会作出的郑重承诺。各地各部门要切实把思想和行动统一到市委、市政府决策部署上来，"
                    "对照分工逐项细化工作方案，明确时间表、路线图，确保各项任务按期完成。") + "</p>")
    P.append('<p class="MsoNormal" style="text-indent: 32pt; line-height: 28pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0">'
             + runs("二、压实工作责任。", "16pt", "黑体")
             + runs("各项任务的责任单位中，排在第一位的为牵头单位，其他为配合单位。牵头单位要切实履行牵头职责，加强统筹协调，"
                    "主要负责同志要亲自研究、亲自部署、亲自督促；配合单位要按照职责分工，主动对接、积极配合，形成工作合力。"
                    "涉及各县（市、区）人民政府的任务，各县（市、区）人民政府要结合实际抓好落实。") + "</p>")
    P.append('<p class="MsoNormal" style="text-indent: 32pt; line-height: 28pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0">'
             + runs("三、强化督查考核。", "16pt", "黑体")
             + runs("市政府督查室将对重点工作任务落实情况实行清单化管理、台账式推进，并将完成情况纳入年度绩效考核。"
                    "各牵头单位要于每季度最后一个月的25日前，将工作进展情况书面报送市政府督查室，同时发送电子文档至指定邮箱。"
                    "对工作推进不力、未按时限完成任务的，将按有关规定予以通报。") + "</p>")
    P.append(body_p("联系人：苗思远，联系电话：0736-8823157。"))
    P.append('<p class="MsoNormal" style="line-height: 28pt; mso-line-height-rule: exactly"><span lang="EN-US" style="font-size: 16pt; font-family: 仿宋_GB2312">&nbsp;</span></p>')
    P.append(body_p("附件：" + ATT_TITLE))
    P.append('<p class="MsoNormal" style="line-height: 28pt; mso-line-height-rule: exactly"><span lang="EN-US" style="font-size: 16pt; font-family: 仿宋_GB2312">&nbsp;</span></p>')
    P.append('<p class="MsoNormal" style="line-height: 28pt; mso-line-height-rule: exactly"><span lang="EN-US" style="font-size: 16pt; font-family: 仿宋_GB2312">&nbsp;</span></p>')
    P.append('<p class="MsoNormal" style="text-align: right; line-height: 28pt; mso-line-height-rule: exactly" align="right">'
             + runs("濯阳市人民政府办公室", "16pt") + '<span lang="EN-US" style="font-size: 16pt">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></p>')
    P.append('<p class="MsoNormal" style="text-align: right; line-height: 28pt; mso-line-height-rule: exactly" align="right">'
             + runs("2025年3月12日", "16pt") + '<span lang="EN-US" style="font-size: 16pt">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></p>')
    P.append(body_p("（此件公开发布）"))
    P.append('<p class="MsoNormal" style="line-height: 28pt; mso-line-height-rule: exactly"><span lang="EN-US" style="font-size: 16pt; font-family: 仿宋_GB2312">&nbsp;</span></p>')
    P.append('<p class="MsoNormal" style="line-height: 28pt; mso-line-height-rule: exactly">' + runs("附件", "16pt", "黑体") + "</p>")
    P.append('<p class="MsoNormal" style="text-align: center; line-height: 28pt; mso-line-height-rule: exactly" align="center">'
             + runs(ATT_TITLE, "18pt", "方正小标宋简体") + "</p>")
    P.append('<p class="MsoNormal" style="line-height: 20pt; mso-line-height-rule: exactly"><span lang="EN-US" style="font-size: 12pt">&nbsp;</span></p>')
    P.append(build_table())
    P.append('<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>')
    return "\n".join(P)


HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<meta name="renderer" content="webkit" />
<title>{title}_市政府办公室文件_濯阳市人民政府</title>
<meta name="SiteName" content="濯阳市人民政府" />
<meta name="SiteDomain" content="www.zhuoyang.gov.cn" />
<meta name="SiteIDCode" content="4399000021" />
<meta name="ColumnName" content="市政府办公室文件" />
<meta name="ColumnDescription" content="市政府办公室文件" />
<meta name="ColumnKeywords" content="市政府办公室文件" />
<meta name="ColumnType" content="政府文件" />
<meta name="ArticleTitle" content="{title}" />
<meta name="PubDate" content="2025-03-14 16:32" />
<meta name="ContentSource" content="濯阳市人民政府办公室" />
<meta name="Keywords" content="政府工作报告,重点工作,任务分工" />
<meta name="Description" content="{title}" />
<meta name="Url" content="http://www.zhuoyang.gov.cn/zwgk/xxgkml/szfbgswj/202503/t20250314_1208846.html" />
<link href="../../../images/common.css" rel="stylesheet" type="text/css" />
<link href="../../../images/xxgk_detail.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="../../../js/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="../../../js/jquery.SuperSlide.2.1.1.js"></script>
<script type="text/javascript" src="../../../js/common.js"></script>
<!--[if lt IE 9]>
<script src="../../../js/html5shiv.min.js"></script>
<![endif]-->
</head>
"""

TOP = """<body>
<div class="top_bar">
  <div class="w1200">
    <div class="fl">欢迎访问濯阳市人民政府门户网站！&nbsp;&nbsp;今天是：<span id="today"></span></div>
    <div class="fr"><a href="javascript:void(0);" id="cniil_wza">无障碍浏览</a> | <a href="javascript:void(0);" class="zhzb">长者模式</a> | <a href="http://www.zhuoyang.gov.cn/wzdt/">网站地图</a> | <a href="https://zwfw.zhuoyang.gov.cn/" target="_blank">个人登录</a> | <a href="https://zwfw.zhuoyang.gov.cn/" target="_blank">法人登录</a></div>
  </div>
</div>
<div class="header">
  <div class="w1200">
    <a href="http://www.zhuoyang.gov.cn/" class="logo"><img src="../../../images/logo.png" alt="濯阳市人民政府" /></a>
    <div class="search"><form action="http://www.zhuoyang.gov.cn/search/" method="get" target="_blank"><input type="text" name="searchword" class="s_txt" placeholder="请输入关键字" /><input type="submit" class="s_btn" value="搜索" /></form></div>
  </div>
</div>
<div class="nav">
  <ul class="w1200">
    <li><a href="http://www.zhuoyang.gov.cn/">首页</a></li>
    <li><a href="http://www.zhuoyang.gov.cn/zjzy/">走进濯阳</a></li>
    <li class="on"><a href="http://www.zhuoyang.gov.cn/zwgk/">政务公开</a></li>
    <li><a href="https://zwfw.zhuoyang.gov.cn/" target="_blank">政务服务</a></li>
    <li><a href="http://www.zhuoyang.gov.cn/hdjl/">互动交流</a></li>
    <li><a href="http://www.zhuoyang.gov.cn/ztzl/">专题专栏</a></li>
  </ul>
</div>
<div class="w1200 main">
  <div class="position">当前位置：<a href="../../../">首页</a>&nbsp;&gt;&nbsp;<a href="../../">政务公开</a>&nbsp;&gt;&nbsp;<a href="../">政府信息公开目录</a>&nbsp;&gt;&nbsp;<a href="./">市政府办公室文件</a></div>
  <div class="xxgk_left">
    <div class="ml_tit">公开目录</div>
    <ul class="ml_list">
      <li><a href="../../xxgkzn/">政府信息公开指南</a></li>
      <li><a href="../../xxgkzd/">政府信息公开制度</a></li>
      <li class="on"><a href="../">法定主动公开内容</a>
        <ul>
          <li><a href="../szfwj/">市政府文件</a></li>
          <li class="cur"><a href="./">市政府办公室文件</a></li>
          <li><a href="../zcjd/">政策解读</a></li>
          <li><a href="../ghxx/">规划信息</a></li>
          <li><a href="../czxx/">财政信息</a></li>
        </ul>
      </li>
      <li><a href="../../ysqgk/">依申请公开</a></li>
      <li><a href="../../xxgknb/">政府信息公开年报</a></li>
    </ul>
  </div>
  <div class="xxgk_right">
    <table class="xxgk_info" width="100%" cellspacing="0" cellpadding="0" border="0">
      <tr>
        <td class="t1">索&nbsp;&nbsp;引&nbsp;&nbsp;号：</td><td class="t2">11439900MB0D23416K/2025-00318</td>
        <td class="t1">主题分类：</td><td class="t2">综合政务\\其他</td>
      </tr>
      <tr>
        <td class="t1">发文机关：</td><td class="t2">濯阳市人民政府办公室</td>
        <td class="t1">成文日期：</td><td class="t2">2025-03-12</td>
      </tr>
      <tr>
        <td class="t1">文&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;号：</td><td class="t2">{wenhao}</td>
        <td class="t1">发布日期：</td><td class="t2">2025-03-14</td>
      </tr>
      <tr>
        <td class="t1">标&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;题：</td><td class="t2" colspan="3">{title}</td>
      </tr>
      <tr>
        <td class="t1">有&nbsp;&nbsp;效&nbsp;&nbsp;性：</td><td class="t2" colspan="3">有效</td>
      </tr>
    </table>
    <div class="article">
      <h1 class="art_tit">{title}</h1>
      <div class="art_info">
        <span>发布时间：2025-03-14 16:32</span>
        <span>来源：市政府办公室</span>
        <span>浏览次数：<script type="text/javascript" src="http://www.zhuoyang.gov.cn/trs/count.jsp?docid=1208846"></script></span>
        <span class="zh">【字体：<a href="javascript:doZoom(18)">大</a>&nbsp;<a href="javascript:doZoom(16)">中</a>&nbsp;<a href="javascript:doZoom(14)">小</a>】</span>
      </div>
      <div class="art_con" id="zoom">
<!--ContentStart--><div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}.TRS_Editor DIV{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}.TRS_Editor TD{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}.TRS_Editor TH{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}.TRS_Editor SPAN{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}.TRS_Editor FONT{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}.TRS_Editor UL{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}.TRS_Editor LI{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}.TRS_Editor A{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}</style>
<div class="Custom_UnionStyle">
"""

BOTTOM = """
</div></div><!--ContentEnd-->
      </div>
      <script type="text/javascript">
        var fjlink = '';
        if (fjlink != '') {{
          document.write('<div class="fujian"><span>附件下载：</span>' + fjlink + '</div>');
        }}
      </script>
      <div class="art_tools">
        <a href="javascript:window.print();">【打印本页】</a>
        <a href="javascript:window.close();">【关闭窗口】</a>
        <div class="share">分享到：<a href="javascript:void(0);" class="wx" title="微信"></a><a href="javascript:void(0);" class="wb" title="微博"></a><a href="javascript:void(0);" class="qq" title="QQ空间"></a></div>
      </div>
      <div class="xgjd">
        <div class="xg_tit">相关解读</div>
        <ul>
          <li><a href="../zcjd/202503/t20250314_1208851.html">图解：一图读懂2025年濯阳市《政府工作报告》</a><span>2025-03-14</span></li>
          <li><a href="../zcjd/202502/t20250227_1205530.html">文字解读：2025年濯阳市人民政府工作报告</a><span>2025-02-27</span></li>
        </ul>
      </div>
      <div class="xgyd">
        <div class="xg_tit">相关阅读</div>
        <ul>
          <li><a href="./202503/t20250307_1207702.html">濯阳市人民政府办公室关于印发《濯阳市2025年优化营商环境工作要点》的通知</a><span>2025-03-07</span></li>
          <li><a href="./202502/t20250221_1204318.html">濯阳市人民政府办公室关于做好2025年春季农业生产工作的通知</a><span>2025-02-21</span></li>
          <li><a href="./202501/t20250110_1199867.html">濯阳市人民政府办公室关于调整市政府领导工作分工的通知</a><span>2025-01-10</span></li>
        </ul>
      </div>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w1200">
    <div class="f_links">
      <a href="http://www.zhuoyang.gov.cn/wzdt/">网站地图</a> | <a href="http://www.zhuoyang.gov.cn/lxwm/">联系我们</a> | <a href="http://www.zhuoyang.gov.cn/mzsm/">免责声明</a>
    </div>
    <div class="f_txt">
      <p>主办单位：濯阳市人民政府办公室&nbsp;&nbsp;&nbsp;承办单位：濯阳市政务服务和数据管理局</p>
      <p>地址：濯阳市濯水区政通路18号&nbsp;&nbsp;&nbsp;邮编：419000&nbsp;&nbsp;&nbsp;联系电话：0736-8823000</p>
      <p>网站标识码：4399000021&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备05001736号</a>&nbsp;&nbsp;&nbsp;<img src="../../../images/ga.png" />湘公网安备 43990002000118号</p>
    </div>
    <div class="f_img">
      <script id="_jiucuo_" sitecode="4399000021" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>
      <a href="javascript:void(0);"><img src="../../../images/dzjg.png" alt="党政机关" /></a>
    </div>
  </div>
</div>
<script type="text/javascript">
  $(function () {{
    var d = new Date();
    $("#today").text(d.getFullYear() + "年" + (d.getMonth() + 1) + "月" + d.getDate() + "日");
  }});
  function doZoom(size) {{
    $("#zoom, #zoom p, #zoom span, #zoom td").css("font-size", size + "px");
  }}
</script>
</body>
</html>
"""


def units_of(t):
    s = "、".join(t["units_paras"]) if t["units_paras"] else t["units"]
    out, cur, depth = [], "", 0
    for ch in s:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if ch in "、，；" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    assert all(out), s
    return out


def main():
    html = (HEAD.format(title=TITLE) + TOP.format(title=TITLE, wenhao=WENHAO)
            + build_body() + BOTTOM.format())
    with open(os.path.join(HERE, NAME + ".html"), "w", encoding="utf-8", newline="\n") as f:
        f.write(html)
    # gold
    nums = [t["no"] for t in T]
    assert nums == list(range(1, len(T) + 1)), nums
    # part counts
    starts = [s for _, s in PARTS] + [len(T)]
    for (title, s), e in zip(PARTS, starts[1:]):
        n = int(re.search(r"（(\d+)项）", title).group(1))
        assert n == e - s, (title, n, e - s)
    lines = []
    for t in T:
        us = units_of(t)
        rec = {
            "id": str(t["no"]),
            "marker": str(t["no"]),
            "head": t["text"][:12],
            "responsible_units": us,
            "lead_units": us[:1],
            "cooperating_units": us[1:],
            "leaders": [],
            "deadline": t["deadline"],
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(HERE, NAME + ".tasks.gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(len(T), "tasks")


if __name__ == "__main__":
    main()
