#!/usr/bin/python3
"""Generator for round-140 test notice 711.

A 市人民政府办公室 notice (沣州市, invented) on its government portal, as a clerk
saves it with the browser's 另存为 → 网页，仅HTML: the file is the HTML the server
sent (portal template from a TRS-style CMS, UTF-8, CRLF line ends), with the
article body as the CMS rich-text editor keeps a paste from Word (MsoNormal
paragraphs, <o:p>, lang="EN-US" spans round Latin runs, &ldquo;/&rdquo;), and the
附件 task table with Word's rowspan/colspan.

"HTML only" in Chromium/Firefox writes the response body unchanged (no DOM
serialisation, no "saved from url" comment), so no program transforms the page;
it is written here byte for byte as the server sends it.

Writes 711_fengzhou_shi_gzbg_renwu_fengong.html and 711.tasks.gold.jsonl.
Deterministic: no clock, no randomness.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = "711_fengzhou_shi_gzbg_renwu_fengong.html"
GOLD = "711.tasks.gold.jsonl"

CITY = "沣州市"
ISSUER = "沣州市人民政府办公室"
WENHAO = "沣政办〔2024〕6号"
TITLE = "沣州市人民政府办公室关于印发2024年《政府工作报告》重点工作任务分工的通知"
ATT_TITLE = "2024年《政府工作报告》重点工作任务分工"
DATE_CN = "2024年2月26日"

# ---------------------------------------------------------------------------
# The one structured description of the attachment table.
# Each task: (no, [task paragraphs], leader paragraphs | None, lead cell | None,
#             coop cell, deadline cell | None)
# None = the cell is vertically merged with the one above (Word rowspan).
# "|" inside a string marks a Word run break (rendered as </span><span>), not text.
# ---------------------------------------------------------------------------
SECTIONS = [
    ("一、主要预期目标（共4项）", [
        (1, ["全市地区生产总值增长6%左右。"],
         ["陈立新"], "市发展改革委", "市统计局、各县（市、区）人民政府", "2024年12月底前"),
        (2, ["一般公共预算收入增长5%左右。"],
         ["赵国强"], "市财政局", "市税务局、各县（市、区）人民政府", None),
        (3, ["规模以上工业增加值增长7%左右，固定资产投资增长6.5%左右。"],
         ["赵国强", "何　平"], "市发展改革委、市工业和信息化局", "市统计局", None),
        (4, ["城镇新增就业3.2万人，城镇调查失业率控制在5.5%以内，居民人均可支配收入增长与经济增长基本同步。"],
         ["孙晓梅"], "市人力资源社会保障局", "市统计局、国家统计局沣州调查队", None),
    ]),
    ("二、扩大有效需求，稳住经济增长基本盘（共7项）", [
        (5, ["全力扩大有效投资。全年实施市级重点项目300个以上、完成投资800亿元以上，其中产业项目投资占比达到55%以上；积极争取超长期特别国债、中央预算内投资和地方政府专项债券资金60亿元以上。"],
         ["赵国强"], "市发展改革委", "市财政局、市自然资源和规划局，市住房城乡建设局", "2024年12月底前"),
        (6, ["强化项目要素保障。深化“标准地”出让改革，新增建设用地报批1.2万亩以上，盘活批而未供和闲置土地3000亩以上；统筹做好重点项目能耗、环境容量等要素保障。"],
         None, "市自然资源和规划局", "市发展改革委、市生态环境局", "2024年12月底前"),
        (7, ["突出抓好招商引资。坚持“一把手”招商，聚焦主导产业开展精准招商，全年新签约亿元以上项目120个以上，实际到位省外资金增长8%以上。"],
         None, "市投资促进局", "各县（市、区）人民政府、沣州高新区管委会", "2024年12月底前"),
        (8, ["促进消费扩容提质。持续开展“乐购沣州”系列促消费活动，推动汽车、家电等大宗消费，培育夜间经济集聚区3个，社会消费品零售总额增长6.5%左右。"],
         ["何　平"], "市商务局", "市文化广电旅游局、市市场监管局", "全年持续推进"),
        (9, ["推动文旅融合发展。加快沣水古镇、白石山景区提档升级，争创国家4A级旅游景区1家；全年接待游客增长10%以上，旅游综合收入增长12%以上。"],
         None, "市文化广电旅游局", "市发展改革委、市交通运输局", "2024年12月底前"),
        (10, ["加快重大基础设施建设。推进沣州至临河高速公路建设，开工建设G343沣州绕城段改线工程，完成农村公路提质改造260公里。"],
         ["郑宏伟"], "市交通运输局", "市发展|改革委、市自然资源和规划局", "2024年12月底前"),
        (11, ["防范化解重点领域风险。稳妥化解地方政府债务风险，坚决遏制新增隐性债务；扎实做好保交楼、保民生、保稳定工作，守住不发生系统性金融风险底线。"],
         ["赵国强"], "市财政局", "市委金融办、市住房城乡建设局、人民银行沣州市分行", "持续推进"),
    ]),
    ("三、坚持创新驱动，加快构建现代化产业体系（共6项）", [
        (12, ["做大做强先进制造业。聚焦新能源汽车零部件、新材料、高端装备三大主导产业，深入实施“链长制”，全年新增规模以上工业企业80家以上，工业投资增长10%以上。"],
         ["何　平"], "市工业和信息化局", "市发展改革委、市科技局", "2024年12月底前"),
        (13, ["加快数字经济发展。新建5G基站1500个，推进工业互联网标识解析二级节点建设，数字经济核心产业增加值增长12%以上。"],
         None, None, "市数据局、市通信发展管理办公室", "2024年12月底前"),
        (14, ["实施优质企业梯度培育。新增国家级专精特新“小巨人”企业5家、省级专精特新中小企业60家，新增上市企业1家。"],
         None, None, "市科技局、市市场监管局、市委金融办", "2024年12月底前"),
        (15, ["强化科技创新支撑。全社会研发经费投入|强度达到2.3%，高新技术企业达到450家，新建省级以上创新平台15个。"],
         ["刘　洋"], "市科技局", "市财政局、市统计局、沣州高新区管委会", "2024年12月底前"),
        (16, ["加强人才引育。深入实施“沣州英才计划”，全年引进高层次人才200名以上、新增高技能人才5000人以上。"],
         ["刘洋"], "市委组织部（市委人才办）", "市人力资源社会保障局、市科技局", "2024年12月底前"),
        (17, ["推动现代服务业提质增效。加快沣州国际陆港物流园建设，社会物流总费用与地区生产总值的比率下降0.3个百分点；新培育省级服务业集聚区2个。"],
         ["何　平"], "市发展改革委", "市商务局、市交通运输局", "2024年12月底前"),
    ]),
    ("四、深化改革开放，持续优化营商环境（共5项）", [
        (18, ["深化“放管服”改革。全面推行“高效办成一件事”，推出第一批重点事项清单13项，政务服务事项“一网通办”率达到95%以上。",
              "持续开展“减证便民”行动，推进“证照分离”改革全覆盖，企业开办全流程压缩至1个工作日以内。"],
         ["赵国强"], "市行政审批服务局（市政务服务中心）", "市数据局、市直有关部门", "2024年6月底前"),
        (19, ["深化国资国企改革。深入实施国有企业改革深化提升行动，推动市属国有企业整合重组、转型发展，国有资产保值增值率达到100%以上。"],
         None, "市国资委", "", "2024年12月底前"),
        (20, ["支持民营经济发展壮大。落实支持民营经济发展各项政策措施，常态化开展“政企面对面”活动，依法依规清理拖欠中小企业账款。"],
         ["何　平"], "市发展改革委", "市工业和信息化局、市工商联", "持续推进"),
        (21, ["扩大高水平对外开放。支持企业开拓国际市场，进出口总额增长5%以上，实际使用外资1.5亿美元。"],
         None, "市商务局", "沣州海关、市交通运输局", "2024年12月底前"),
        (22, ["打造法治化营商环境。深化“双随机、一公开”监管，推行包容审慎监管，开展涉企行政执法检查专项整治。"],
         ["李　军"], "市司法局", "市市场监管局、市公安局", "持续推进"),
    ]),
    ("五、推进乡村全面振兴和城乡融合发展（共5项）", [
        (23, ["稳定粮食生产。粮食播种面积稳定在310万亩以上，总产量保持在120万吨以上；新建高标准农田12万亩。"],
         ["郑宏伟"], "市农业农村局（市乡村振兴局）", "各县（市、区）人民政府", "2024年10月底前"),
        (24, ["巩固拓展脱贫攻坚成果。健全防止返贫动态监测和帮扶机制，脱贫人口人均纯收入增长10%以上，坚决守住不发生规模性返贫底线。"],
         None, None, "市财政局、市人力资源社会保障局", "持续推进"),
        (25, ["加强水利基础设施建设。加快沣河综合治理二期工程、白石水库除险加固工程建设，新增恢复灌溉面积5万亩。"],
         None, "市水利局", "市发展改革委、市财政局", "2024年12月底前"),
        (26, ["推进城市更新行动。改造城镇老旧小区86个、城市燃气管道等老化管道120公里，新建城市口袋公园20个。"],
         ["刘　洋"], "市住房城乡建设局", "市城市管理局、市自然资源和规划局、各县（市、区）人民政府", "2024年12月底前"),
        (27, ["持续改善生态环境质量。深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在38微克/立方米以内，国考断面水质优良比例达到100%。"],
         ["郑宏伟"], "市生态环境局", "市发展改革委、市工业和信息化局、市住房城乡建设局、市交通运输局", "2024年12月底前"),
    ]),
    ("六、持续保障和改善民生，守牢安全发展底线（共6项）", [
        (28, ["办好人民满意的教育。新建、改扩建中小学校和幼儿园12所，新增学位8000个。",
              "推进义务教育优质均衡发展，加快沣州职业技术学院新校区建设。"],
         ["孙晓梅"], "市教育局", "市发展改革委、市财政局、市自然资源和规划局", "2024年8月底前"),
        (29, ["推进健康沣州建设。深化紧密型县域医共体建设，支持市中心医院创建三级甲等医院，基本公共卫生服务经费人均财政补助标准提高到94元。"],
         None, "市卫生健康委", "市医保局、市财政局", "2024年12月底前"),
        (30, ["健全社会保障体系。深入实施全民参保计划，基本养老保险参保率达到95%以上，城乡居民医保参保率稳定在95%以上。"],
         None, "市人力资源社会保障局", "市医保局、市税务局", "2024年12月底前"),
        (31, ["发展养老托育服务。新建街道综合养老服务中心10个、社区嵌入式养老服务设施30个，每千人口拥有3岁以下婴幼儿托位数达到4个。"],
         None, "市民政局", "市卫生健康委", "2024年12月底前"),
        (32, ["坚决守牢安全生产底线。深化安全生产治本攻坚三年行动，扎实开展重点行业领域安全隐患排查整治，坚决遏制重特大事故发生。"],
         ["李　军"], "市应急管理局", "市直有关部门、各县（市、区）人民政府", "持续推进"),
        (33, ["维护社会和谐稳定。深化平安沣州建设，坚持和发展新时代“枫桥经验”，依法严厉打击各类违法犯罪活动。"],
         None, "市公安局、市司法局", "市信访局", "持续推进"),
    ]),
]

COVER = [
    ("p", "为全面完成市十六届人大三次会议审议通过的《政府工作报告》确定的目标任务，经市政府同意，现将2024年《政府工作报告》重点工作任务分工印发给你们，并就有关事项通知如下："),
    ("h", "一、强化责任落实。", "各县（市、区）政府、市政府各部门要把落实《政府工作报告》作为全年工作的重中之重，对照任务分工，逐项细化分解，制定具体落实措施，明确时间表、路线图和责任人，确保各项任务按期保质完成。"),
    ("h", "二、加强协调配合。", "各项任务的牵头单位要切实履行牵头职责，主要负责同志亲自抓，对牵头的工作负总责；涉及多个牵头单位的，排在第一位的为主要牵头单位。配合单位要主动对接、积极配合，形成工作合力。"),
    ("h", "三、严格督查考核。", "市政府督查室要将《政府工作报告》重点工作任务纳入督查督办重点，定期调度通报，督查结果纳入年度绩效考核。各牵头单位要于每季度最后一个月25日前将工作进展情况书面报送市政府督查室，同时发送电子版至fzszfdcs@163.com。"),
]

# ---------------------------------------------------------------------------
# Gold from the description.
# ---------------------------------------------------------------------------
def clean(s):
    return s.replace("|", "")


def split_units(cell):
    cell = clean(cell)
    out, cur, depth = [], "", 0
    for ch in cell:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if depth == 0 and ch in "、，；":
            if cur.strip():
                out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out


def gold_records():
    recs = []
    for _title, tasks in SECTIONS:
        leader = lead = deadline = None
        for no, paras, ldr, ld, coop, dl in tasks:
            leader = ldr if ldr is not None else leader
            lead = ld if ld is not None else lead
            deadline = dl if dl is not None else deadline
            text = "".join(re.sub(r"\s+", "", clean(p)) for p in paras)
            lu = split_units(lead)
            cu = split_units(coop)
            recs.append({
                "id": str(no),
                "marker": str(no),
                "head": text[:12],
                "responsible_units": lu + cu,
                "lead_units": lu,
                "cooperating_units": cu,
                "leaders": [clean(x).replace("\u3000", "").replace(" ", "") for x in leader],
                "deadline": deadline,
            })
    return recs


# ---------------------------------------------------------------------------
# HTML rendering (Word paste as the CMS editor keeps it).
# ---------------------------------------------------------------------------
FS = "font-family: 仿宋_GB2312; font-size: 16pt"
FS_T = "font-family: 仿宋_GB2312; font-size: 11pt"


def esc(s):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return s.replace("“", "&ldquo;").replace("”", "&rdquo;")


def runs(text, style):
    """Word puts Latin/digit runs in their own lang="EN-US" span; "|" = run break."""
    out = []
    for piece in text.split("|"):
        for m in re.finditer(r"[0-9A-Za-z.%@/]+|[^0-9A-Za-z.%@/]+", piece):
            t = m.group(0)
            if re.match(r"[0-9A-Za-z.%@/]", t):
                out.append('<span lang="EN-US" style="%s">%s</span>' % (style, esc(t)))
            else:
                out.append('<span style="%s">%s</span>' % (style, esc(t)))
    return "".join(out)


def cell_p(text, align="center"):
    ps = 'text-align: %s; line-height: 15pt; mso-line-height-rule: exactly' % (
        "justify" if align == "justify" else "center")
    if text == "":
        return ('<p class="MsoNormal" align="center" style="%s"><span style="%s"><o:p>&nbsp;</o:p></span></p>'
                % (ps, FS_T))
    body = runs(text, FS_T)
    # the closing <o:p></o:p> sits inside the last run
    body = body[:-len("</span>")] + "<o:p></o:p></span>"
    return '<p class="MsoNormal" align="%s" style="%s">%s</p>' % (align, ps, body)


TD_STYLE = ("border-top: medium none; border-right: windowtext 1pt solid; border-bottom: windowtext 1pt solid; "
            "border-left: windowtext 1pt solid; padding-bottom: 0cm; padding-top: 0cm; padding-left: 5.4pt; "
            "padding-right: 5.4pt; width: %spt")
WIDTHS = [("41", "30.6"), ("300", "225.0"), ("60", "45.0"), ("104", "78.0"), ("136", "102.0"), ("74", "55.5")]


def td(col, paras, rowspan=1, colspan=1, align="center"):
    w, pt = WIDTHS[col]
    attrs = ' width="%s"' % w
    if rowspan > 1:
        attrs += ' rowspan="%d"' % rowspan
    if colspan > 1:
        attrs += ' colspan="%d"' % colspan
    inner = "".join(cell_p(p, align) for p in paras)
    return '<td%s valign="center" style="%s">%s</td>' % (attrs, TD_STYLE % pt, inner)


def header_rows():
    hs = "font-family: 黑体; font-size: 12pt"
    def hp(t):
        return ('<p class="MsoNormal" align="center" style="text-align: center"><span style="%s">%s<o:p></o:p></span></p>'
                % (hs, t))
    def htd(col, t, rs=1, cs=1):
        w, pt = WIDTHS[col]
        a = ' width="%s"' % w
        if rs > 1:
            a += ' rowspan="%d"' % rs
        if cs > 1:
            a = ' width="240" colspan="%d"' % cs
        return '<td%s valign="center" style="border: windowtext 1pt solid; padding: 0cm 5.4pt; width: %spt">%s</td>' % (
            a, pt if cs == 1 else "180.0", hp(t))
    r1 = ['<tr style="height: 21.75pt">', htd(0, "序号", rs=2), htd(1, "重点工作任务", rs=2),
          htd(2, "责任市领导", rs=2), htd(3, "责任单位", cs=2), htd(5, "完成时限", rs=2), "</tr>"]
    r2 = ['<tr style="height: 21.75pt">', htd(3, "牵头单位"), htd(4, "配合单位"), "</tr>"]
    return ["".join(r1[:1]), *r1[1:-1], r1[-1], r2[0], *r2[1:-1], r2[-1]]


def spans(values):
    """rowspan for each start cell: a value followed by k None → k+1; None → 0 (no cell)."""
    out = []
    for i, v in enumerate(values):
        if v is None:
            out.append(0)
            continue
        k = 1
        while i + k < len(values) and values[i + k] is None:
            k += 1
        out.append(k)
    return out


def table_html():
    L = ['<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="715" '
         'style="border-collapse: collapse; border: medium none; width: 536.1pt; mso-border-alt: solid windowtext .5pt; '
         'mso-yfti-tbllook: 1184; mso-padding-alt: 0cm 5.4pt 0cm 5.4pt">', "<tbody>"]
    L += header_rows()
    for title, tasks in SECTIONS:
        L.append('<tr style="height: 20.25pt">')
        L.append('<td width="715" colspan="6" valign="center" style="border-top: medium none; border-right: windowtext 1pt solid; '
                 'border-bottom: windowtext 1pt solid; border-left: windowtext 1pt solid; padding: 0cm 5.4pt; width: 536.1pt">'
                 '<p class="MsoNormal" align="left" style="text-align: left; line-height: 15pt; mso-line-height-rule: exactly">'
                 '<b><span style="font-family: 黑体; font-size: 12pt">%s<o:p></o:p></span></b></p></td>' % esc(title))
        L.append("</tr>")
        sl = spans([t[2] for t in tasks])
        sd = spans([t[3] for t in tasks])
        st = spans([t[5] for t in tasks])
        for i, (no, paras, ldr, ld, coop, dl) in enumerate(tasks):
            L.append('<tr style="height: 30pt">')
            L.append(td(0, [str(no)]))
            L.append(td(1, paras, align="justify"))
            if sl[i]:
                L.append(td(2, ldr, rowspan=sl[i]))
            if sd[i]:
                L.append(td(3, [ld], rowspan=sd[i]))
            L.append(td(4, [coop]))
            if st[i]:
                L.append(td(5, [dl], rowspan=st[i]))
            L.append("</tr>")
    L += ["</tbody>", "</table>"]
    return L


def body_p(text, style="text-indent: 32pt; line-height: 28pt; mso-line-height-rule: exactly", align=None, fs=FS, head=None):
    a = ' align="%s"' % align if align else ""
    h = '<span style="font-family: 黑体; font-size: 16pt">%s</span>' % esc(head) if head else ""
    return '<p class="MsoNormal"%s style="%s">%s%s</p>' % (a, style, h, runs(text, fs) if text else "")


def content_html():
    L = ['<div class="view TRS_UEDITOR trs_paper_default trs_web">']
    L.append('<p class="MsoNormal" align="center" style="text-align: center; line-height: 28pt; mso-line-height-rule: exactly">'
             + runs(WENHAO, FS) + "</p>")
    L.append('<p class="MsoNormal" align="center" style="text-align: center; line-height: 28pt; mso-line-height-rule: exactly">'
             '<span lang="EN-US" style="font-size: 16pt"><o:p>&nbsp;</o:p></span></p>')
    L.append('<p class="MsoNormal" align="center" style="text-align: center; line-height: 36pt; mso-line-height-rule: exactly">'
             '<span style="font-family: 方正小标宋简体; font-size: 22pt">%s</span></p>' % esc("沣州市人民政府办公室关于印发2024年"))
    L.append('<p class="MsoNormal" align="center" style="text-align: center; line-height: 36pt; mso-line-height-rule: exactly">'
             '<span style="font-family: 方正小标宋简体; font-size: 22pt">%s</span></p>' % esc("《政府工作报告》重点工作任务分工的通知"))
    L.append('<p class="MsoNormal" style="line-height: 28pt; mso-line-height-rule: exactly"><span lang="EN-US" style="%s"><o:p>&nbsp;</o:p></span></p>' % FS)
    L.append(body_p("各县（市、区）人民政府，沣州高新区管委会，市人民政府各部门，各直属机构：",
                    style="line-height: 28pt; mso-line-height-rule: exactly"))
    for item in COVER:
        if item[0] == "p":
            L.append(body_p(item[1]))
        else:
            L.append(body_p(item[2], head=item[1]))
    L.append('<p class="MsoNormal" style="line-height: 28pt; mso-line-height-rule: exactly"><span lang="EN-US" style="%s"><o:p>&nbsp;</o:p></span></p>' % FS)
    L.append(body_p("附件：" + ATT_TITLE))
    L.append('<p class="MsoNormal" style="line-height: 28pt; mso-line-height-rule: exactly"><span lang="EN-US" style="%s"><o:p>&nbsp;</o:p></span></p>' % FS)
    L.append(body_p(ISSUER, style="text-align: right; margin-right: 32pt; line-height: 28pt; mso-line-height-rule: exactly", align="right"))
    L.append(body_p(DATE_CN, style="text-align: right; margin-right: 48pt; line-height: 28pt; mso-line-height-rule: exactly", align="right"))
    L.append(body_p("（此件公开发布）"))
    L.append('<p class="MsoNormal" style="line-height: 28pt; mso-line-height-rule: exactly"><span lang="EN-US" style="%s"><o:p>&nbsp;</o:p></span></p>' % FS)
    L.append('<p class="MsoNormal" style="line-height: 28pt; mso-line-height-rule: exactly"><span style="font-family: 黑体; font-size: 16pt">附件</span></p>')
    L.append('<p class="MsoNormal" align="center" style="text-align: center; line-height: 36pt; mso-line-height-rule: exactly">'
             '<span lang="EN-US" style="font-family: 方正小标宋简体; font-size: 22pt">2024</span>'
             '<span style="font-family: 方正小标宋简体; font-size: 22pt">%s</span></p>' % esc(ATT_TITLE[5:]))
    L += table_html()
    L.append('<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>')
    L.append("</div>")
    return L


def page():
    desc = "各县（市、区）人民政府，沣州高新区管委会，市人民政府各部门，各直属机构：为全面完成市十六届人大三次会议审议通过的《政府工作报告》确定的目标任务，经市政府同意，现将2024年《政府工作报告》重点工作任务分工印发给你们……"
    H = []
    H += [
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
        '<html xmlns="http://www.w3.org/1999/xhtml">',
        "<head>",
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
        '<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />',
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />',
        "<title>%s_市政府办文件_沣州市人民政府</title>" % TITLE,
        '<meta name="SiteName" content="沣州市人民政府" />',
        '<meta name="SiteDomain" content="www.fengzhou.gov.cn" />',
        '<meta name="SiteIDCode" content="4118000001" />',
        '<meta name="ColumnName" content="市政府办文件" />',
        '<meta name="ColumnDescription" content="沣州市人民政府办公室文件" />',
        '<meta name="ColumnKeywords" content="政府文件,市政府办文件" />',
        '<meta name="ColumnType" content="政府文件" />',
        '<meta name="ArticleTitle" content="%s" />' % TITLE,
        '<meta name="PubDate" content="2024-02-28 16:42" />',
        '<meta name="ContentSource" content="沣州市人民政府办公室" />',
        '<meta name="Keywords" content="政府工作报告,重点工作,任务分工" />',
        '<meta name="Description" content="%s" />' % desc,
        '<meta name="Url" content="https://www.fengzhou.gov.cn/zwgk/zfwj/szfbwj/202402/t20240228_1187342.html" />',
        '<link href="../../../images/common.css" rel="stylesheet" type="text/css" />',
        '<link href="../../../images/xxgk_detail.css" rel="stylesheet" type="text/css" />',
        '<script type="text/javascript" src="../../../images/jquery-1.11.3.min.js"></script>',
        '<script type="text/javascript" src="../../../images/common.js"></script>',
        "</head>",
        "<body>",
        "<!--头部 开始-->",
        '<div class="header">',
        '  <div class="top-bar w1200">',
        '    <div class="fl">今天是：<span id="today"></span></div>',
        '    <div class="fr"><a href="https://www.fengzhou.gov.cn/">首页</a> | <a href="javascript:void(0);" id="StranLink">繁體</a> | <a href="javascript:void(0);" class="wza">无障碍浏览</a> | <a href="https://www.fengzhou.gov.cn/yhzx/">用户中心</a></div>',
        "  </div>",
        '  <div class="logo w1200"><a href="https://www.fengzhou.gov.cn/"><img src="../../../images/logo.png" alt="沣州市人民政府" /></a>',
        '    <div class="search"><form action="https://search.fengzhou.gov.cn/search" method="get" target="_blank"><input type="text" name="q" class="sinput" placeholder="请输入关键字" /><input type="submit" class="sbtn" value="搜索" /></form></div>',
        "  </div>",
        '  <div class="nav"><ul class="w1200">',
        '    <li><a href="https://www.fengzhou.gov.cn/">首页</a></li>',
        '    <li><a href="https://www.fengzhou.gov.cn/zjfz/">走进沣州</a></li>',
        '    <li class="on"><a href="https://www.fengzhou.gov.cn/zwgk/">政务公开</a></li>',
        '    <li><a href="https://www.fengzhou.gov.cn/zwfw/">政务服务</a></li>',
        '    <li><a href="https://www.fengzhou.gov.cn/hdjl/">互动交流</a></li>',
        '    <li><a href="https://www.fengzhou.gov.cn/ztzl/">专题专栏</a></li>',
        "  </ul></div>",
        "</div>",
        "<!--头部 结束-->",
        '<div class="main w1200">',
        '  <div class="position">当前位置：<a href="../../../" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../../" title="政务公开" class="CurrChnlCls">政务公开</a>&nbsp;&gt;&nbsp;<a href="../" title="政府文件" class="CurrChnlCls">政府文件</a>&nbsp;&gt;&nbsp;<a href="./" title="市政府办文件" class="CurrChnlCls">市政府办文件</a></div>',
        '  <div class="xxgk-info">',
        '    <table width="100%" border="0" cellspacing="0" cellpadding="0" class="gk-table">',
        "      <tr>",
        '        <th width="12%">索&nbsp;引&nbsp;号：</th><td width="38%">11411800MB1A27645T/2024-00031</td>',
        '        <th width="12%">主题分类：</th><td width="38%">综合政务\\其他</td>',
        "      </tr>",
        "      <tr>",
        "        <th>发布机构：</th><td>沣州市人民政府办公室</td>",
        "        <th>成文日期：</th><td>2024-02-26</td>",
        "      </tr>",
        "      <tr>",
        "        <th>标&nbsp;&nbsp;&nbsp;&nbsp;题：</th><td colspan=\"3\">%s</td>" % TITLE,
        "      </tr>",
        "      <tr>",
        "        <th>文&nbsp;&nbsp;&nbsp;&nbsp;号：</th><td>%s</td>" % WENHAO,
        "        <th>发布日期：</th><td>2024-02-28</td>",
        "      </tr>",
        "      <tr>",
        "        <th>有&nbsp;效&nbsp;性：</th><td>有效</td>",
        "        <th>文件下载：</th><td></td>",
        "      </tr>",
        "    </table>",
        "  </div>",
        '  <div class="article">',
        '    <h1 class="article-title">%s</h1>' % TITLE,
        '    <div class="article-info"><span>发布时间：2024-02-28 16:42</span><span>来源：沣州市人民政府办公室</span><span>浏览次数：<script language="javascript" src="https://www.fengzhou.gov.cn/count/count.jsp?docid=1187342"></script></span><span class="fontsize">字号：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</span></div>',
        '    <div class="article-content" id="zoom">',
        "<!--<$[信息内容]>begin-->",
    ]
    H += content_html()
    H += [
        "<!--<$[信息内容]>end-->",
        "    </div>",
        '    <div class="article-file">',
        "    </div>",
        '    <div class="article-tools"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div>',
        '    <div class="related"><h3>相关解读</h3><ul>',
        '      <li><a href="../../../zcjd/202402/t20240229_1187518.html" target="_blank">【图解】沣州市2024年《政府工作报告》重点工作任务分工</a><span>2024-02-29</span></li>',
        "    </ul></div>",
        "  </div>",
        "</div>",
        "<!--底部 开始-->",
        '<div class="footer">',
        '  <div class="w1200">',
        '    <div class="jiucuo"><script id="_jiucuo_" sitecode="4118000001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>',
        '    <p><a href="https://www.fengzhou.gov.cn/wzdt/">网站地图</a> | <a href="https://www.fengzhou.gov.cn/lxwm/">联系我们</a> | <a href="https://www.fengzhou.gov.cn/wzsm/">网站声明</a></p>',
        "    <p>主办单位：沣州市人民政府办公室&nbsp;&nbsp;承办单位：沣州市大数据中心&nbsp;&nbsp;联系电话：0398-2216015</p>",
        '    <p>网站标识码：4118000001&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">豫ICP备05017236号</a>&nbsp;&nbsp;<img src="../../../images/ga.png" alt="" />豫公网安备 41180202000108号</p>',
        "  </div>",
        "</div>",
        "<!--底部 结束-->",
        '<script type="text/javascript">',
        "var _hmt = _hmt || [];",
        "(function() {",
        '  var hm = document.createElement("script");',
        '  hm.src = "https://hm.baidu.com/hm.js?3c5e7a1f0b9d4e2a8f6c1d0e9b7a5c43";',
        '  var s = document.getElementsByTagName("script")[0];',
        "  s.parentNode.insertBefore(hm, s);",
        "})();",
        "</script>",
        "</body>",
        "</html>",
    ]
    return "\r\n".join(H) + "\r\n"


def main():
    html = page()
    with open(os.path.join(HERE, NOTICE), "wb") as f:
        f.write(html.encode("utf-8"))
    with open(os.path.join(HERE, GOLD), "wb") as f:
        for r in gold_records():
            f.write((json.dumps(r, ensure_ascii=False) + "\n").encode("utf-8"))
    print("wrote", NOTICE, GOLD, len(gold_records()), "tasks")


if __name__ == "__main__":
    main()
