#!/usr/bin/python3
"""Generator for round 137, notice 696.

Form: a county 县人民政府办公室 notice (蒿政办发〔2025〕9号) of 2025年《政府工作报告》重点工作任务分工
as the county portal serves its article page (TRS-style template: top bar, search box, nav, breadcrumb,
信息公开 索引号 box, article body with the 附件 as an inline HTML table pasted from WPS, footer), and as an
archive crawler keeps it: the text that real w3m prints with

    w3m -dump -cols 120 -I UTF-8 -O UTF-8 -T text/html 696_page.html

(Debian bookworm w3m 0.5.3+git20230121-2; the generator installs nothing, it only runs w3m and fails if
w3m is missing).  Outputs, all in this folder:
    696_page.html                            the HTML page as served (kept for reference, not under test)
    696_haochuan_xian_gzbg_renwu_fengong.txt the notice under test (w3m's dump, byte for byte)
    696.tasks.gold.jsonl                     the gold list
Deterministic: same bytes on every run.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PAGE = os.path.join(HERE, "696_page.html")
NOTICE = os.path.join(HERE, "696_haochuan_xian_gzbg_renwu_fengong.txt")
GOLD = os.path.join(HERE, "696.tasks.gold.jsonl")
W3M_CMD = ["w3m", "-dump", "-cols", "120", "-I", "UTF-8", "-O", "UTF-8", "-T", "text/html"]

M = None  # "merged with the cell above" (rowspan continues)

# ---------------------------------------------------------------------------------------------
# The one structured description of the table.  Each task: (id, text, rows); each row is
# (责任县领导, 牵头单位, 配合单位, 完成时限) as printed, `<br/>` where the cell breaks a line, M where
# the cell above is merged down over this row.  A task with two rows has its 序号 and 重点工作 cells
# merged down over both (task 6).
# ---------------------------------------------------------------------------------------------
PARTS = [
    ("一、着力扩大有效投资，推动经济持续回升向好（共7项）", [
        ("1", "全县地区生产总值增长6%左右，规模以上工业增加值增长7%，固定资产投资增长6.5%，社会消费品零售总额增长6%，"
              "一般公共预算收入增长3%，城乡居民人均可支配收入分别增长5.5%和7%。",
         [("周建华<br/>陈志远", "县发展和改革局",
           "县统计局、县财政局、县工业和信息化局、县商务局、县农业农村局、县税务局", "2025年12月底")]),
        ("2", "全年实施省市县重点项目120个以上，完成投资95亿元以上，其中新开工项目不少于60个。坚持“周调度、月通报、"
              "季比拼”，推动项目早开工、早投产、早见效。",
         [("陈志远", "县发展和改革局", "县自然资源局、县住房和城乡建设局、市生态环境局蒿川分局", "2025年12月底")]),
        ("3", "积极争取超长期特别国债、地方政府专项债券等政策资金，全年争取上级资金18亿元以上，力争专项债券额度不低于10亿元。",
         [(M, M, "县财政局、县直各有关单位", M)]),
        ("4", "大力开展招商引资“一号工程”，全年引进亿元以上项目25个、10亿元以上项目3个，实际到位省外资金65亿元。",
         [(M, "县投资促进中心", "县商务局、蒿川经济开发区管委会、各乡（镇）人民政府", M)]),
        ("5", "实施城市更新行动，推进12个老旧小区改造，完成城中村改造安置房建设1200套，新建改造城市道路8.6公里。",
         [("李　红", "县住房和城乡建设局", "县城市管理局、县自然资源局、县城市建设投资集团有限公司", "2025年11月底前")]),
        ("6", "加快蒿江大道西延、滨江公园二期等城建项目建设，确保S218线蒿川段改建工程6月底前建成通车。",
         [(M, "县住房和城乡建设局", "县城市管理局", "2025年12月底"),
          (M, "县交通运输局", "县公安局交通管理大队、县自然资源局", M)]),
        ("7", "扩大消费需求，开展“惠购蒿川”等促消费活动30场以上，发放消费券1000万元，社会消费品零售总额突破120亿元。",
         [("郭文斌", "县商务局", "县财政局、县市场监督管理局、县文化广电旅游体育局", "2025年12月底")]),
    ]),
    ("二、着力壮大实体经济，加快产业转型升级（共7项）", [
        ("8", "做强新材料首位产业，推动锂电新材料产业园二期建成投产，新材料产业营业收入突破150亿元。",
         [("陈志远", "县工业和信息化局", "蒿川经济开发区管委会、县发展和改革局", "2025年12月底")]),
        ("9", "实施“工业倍增”行动，新增规模以上工业企业20家，新培育专精特新中小企业8家、高新技术企业12家。",
         [(M, M, "县科学技术局、县市场监督管理局、县统计局", M)]),
        ("10", "推进园区扩容提质，新建标准厂房15万平方米，完成开发区调区扩区，亩均税收提高10%以上。",
         [("马骏", "蒿川经济开发区管委会", "县自然资源局、县工业和信息化局、县税务局", "2025年10月底前")]),
        ("11", "加快数字经济发展，新建5G基站150个，推动规上工业企业数字化改造覆盖率达到70%。",
         [(M, "县工业和信息化局", "县数据局、中国电信蒿川分公司、中国移动蒿川分公司", "持续推进")]),
        ("12", "促进文旅融合发展，创建国家4A级旅游景区1家，全年接待游客突破800万人次，实现旅游综合收入75亿元。",
         [("郭文斌", "县文化广电旅游体育局", "县发展和改革局，县交通运输局、各乡（镇）人民政府", "2025年12月底")]),
        ("13", "发展现代服务业，培育限额以上商贸企业15家，推进县城物流配送中心建设，快递业务量增长15%。",
         [(M, "县商务局", "县交通运输局、县市场监督管理局", "2025年12月底")]),
        ("14", "强化金融服务实体经济，全年新增贷款45亿元以上，推动1家企业进入上市辅导期。",
         [("陈志远", "县财政局<br/>国家金融监督管理总局蒿川监管支局", "各银行业金融机构", "2025年12月底")]),
    ]),
    # the printed count says 5; the part has 6 tasks (a slip of the original)
    ("三、着力推进乡村全面振兴，促进城乡融合发展（共5项）", [
        ("15", "稳定粮食生产，全县粮食播种面积稳定在52万亩以上、产量稳定在21万吨以上，新建高标准农田3.2万亩。",
         [("赵德胜", "县农业农村局", "县自然资源局、县财政局、县水利局、各乡（镇）人民政府", "2025年10月底前")]),
        ("16", "巩固拓展脱贫攻坚成果，落实防止返贫监测帮扶机制，确保不发生规模性返贫致贫。",
         [(M, M, "县民政局、县医疗保障局、县教育局、县人力资源和社会保障局", "长期坚持")]),
        ("17", "做强茶叶、油茶、蔬菜等特色产业，新增油茶林1.5万亩，茶叶综合产值突破20亿元。",
         [(M, "县农业农村局、县林业局", "各乡（镇）人民政府", "2025年12月底")]),
        ("18", "深入推进农村人居环境整治，农村卫生厕所普及率达到85%，生活垃圾收运处置体系行政村全覆盖。",
         [(M, "县农业农村局", "县城市管理局、市生态环境局蒿川分局、县卫生健康局", "2025年12月底")]),
        ("19", "实施水利补短板工程，完成2座小型病险水库除险加固，新建农村供水工程12处，农村自来水普及率达到92%。",
         [("孙立平", "县水利局", "县财政局、县发展和改革局", "2025年汛前完成除险加固，年底前完成供水工程")]),
        ("20", "深化农村改革，稳慎推进农村宅基地制度改革，发展壮大新型农村集体经济，村级集体经济收入全部达到10万元以上。",
         [("赵德胜", "县农业农村局", "县自然资源局、县委组织部、县财政局", "2025年12月底")]),
    ]),
    ("四、着力深化改革开放，持续优化营商环境（共5项）", [
        ("21", "深入实施营商环境优化提升行动，推行“高效办成一件事”，政务服务事项“一网通办”率达到95%以上。",
         [("马骏", "县政务服务管理局", "县直各有关单位", "2025年12月底")]),
        ("22", "深化国资国企改革，推动县属国有企业整合重组，完成城投公司市场化转型。",
         [("陈志远", "县财政局（县国资办）", "县城市建设投资集团有限公司、县审计局", "2025年12月底")]),
        ("23", "深化财税体制改革，加强财源建设，严格落实过“紧日子”要求，一般性支出压减5%以上。",
         [(M, "县财政局", "/", "持续推进")]),
        ("24", "扩大对外开放，支持企业开拓国际市场，全年外贸进出口总额增长10%，实际使用外资800万美元。",
         [("郭文斌", "县商务局", "", "2025年12月底")]),
        ("25", "大力支持民营经济发展，落实减税降费政策，开展清理拖欠企业账款专项行动，新增经营主体8000户以上。",
         [("马骏", "县市场监督管理局", "县工业和信息化局、县财政局、县税务局等", "2025年12月底")]),
    ]),
    ("五、着力保障和改善民生，增进人民福祉（共7项）", [
        ("26", "千方百计稳定就业，城镇新增就业3000人以上，城镇调查失业率控制在5.5%以内，新增农村劳动力转移就业4000人。",
         [("李　红", "县人力资源和社会保障局", "县财政局、县教育局、各乡（镇）人民政府", "2025年12月底")]),
        ("27", "推进教育优质均衡发展，新建县城第三小学、扩建蒿川中学，新增学位2700个，新（改）建公办幼儿园3所。",
         [(M, "县教育局", "县发展和改革局、县财政局、县自然资源局、县住房和城乡建设局", "2025年8月底前")]),
        ("28", "深化医药卫生体制改革，推进紧密型县域医共体建设，县人民医院创建三级医院通过评审。",
         [(M, "县卫生健康局", "县医疗保障局、县财政局、县人力资源和社会保障局", "2025年12月底")]),
        ("29", "完善社会保障体系，城乡居民基本养老保险参保率稳定在95%以上，新建城乡社区嵌入式养老服务设施10个。",
         [("孙立平", "县民政局、县人力资源和社会保障局", "县医疗保障局、县财政局", "2025年12月底")]),
        ("30", "办好十件民生实事，确保按时保质完成。",
         [("各分管县领导", "县发展和改革局", "各民生实事牵头单位", "2025年12月底")]),
        ("31", "繁荣发展文化体育事业，新建城市书房5个，举办县第十届运动会，开展送戏下乡200场次。",
         [("郭文斌", "县文化广电旅游体育局", "县教育局、县融媒体中心", "2025年11月底前")]),
        ("32", "加强生态环境保护，PM2.5平均浓度控制在28微克/立方米以内，地表水国考断面水质优良率保持100%。",
         [("孙立平", "市生态环境局蒿川分局",
           "县水利局、县林业局、县农业农村局、县住房和城乡建设局、各乡（镇）人民政府", "长期坚持")]),
    ]),
    ("六、着力统筹发展和安全，推进政府自身建设（共4项）", [
        ("33", "严格落实安全生产责任制，深入开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。",
         [("陈志远", "县应急管理局", "县直各有关单位、各乡（镇）人民政府", "长期坚持")]),
        ("34", "推进更高水平平安蒿川建设，常态化开展扫黑除恶斗争，深化信访工作法治化，刑事案件发案率下降5%。",
         [("黄海涛", "县公安局、县信访局", "县司法局、各乡（镇）人民政府", M)]),
        ("35", "加强法治政府建设，严格落实重大行政决策程序，自觉接受人大法律监督和政协民主监督，人大代表建议和政协委员提案办结率100%。",
         [("周建华", "县司法局<br/>县政府办公室", "县直各有关单位", "2025年10月底前")]),
        ("36", "驰而不息纠治“四风”，严格落实过紧日子要求，“三公”经费只减不增。",
         [(M, "县政府办公室", "无", "持续推进")]),
    ]),
]

# A source line break inside one task cell (the editor's HTML wrapped there): w3m prints it as a space.
SOURCE_BREAK = {"26": "城镇调查失业率"}

NOT_PERSONS = {"各分管县领导"}
NO_UNIT = {"", "/", "无"}


# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------
def split_units(cell):
    out = []
    for piece in cell.replace("<br/>", "、").replace("，", "、").replace("；", "、").split("、"):
        piece = piece.strip()
        if piece.endswith("等"):
            piece = piece[:-1]
        if piece not in NO_UNIT:
            out.append(piece)
    return out


def split_leaders(cell):
    out = []
    for piece in cell.split("<br/>"):
        name = piece.replace("\u3000", "").strip()
        if name and name not in NOT_PERSONS:
            out.append(name)
    return out


def resolved_rows():
    """Every physical row with merged cells filled in from above: [(part, task, subrow, values)]."""
    out = []
    for pi, (ptitle, tasks) in enumerate(PARTS):
        last = [None] * 4
        for tid, text, rows in tasks:
            for ri, row in enumerate(rows):
                vals = []
                for c, v in enumerate(row):
                    if v is M:
                        assert last[c] is not None, (tid, c)
                        v = last[c]
                    vals.append(v)
                    last[c] = v
                out.append((pi, tid, ri, vals))
    return out


def uniq(seq):
    seen, out = set(), []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def gold_records():
    rows = resolved_rows()
    recs = []
    for _, tasks in PARTS:
        for tid, text, _ in tasks:
            mine = [vals for (_, t, _, vals) in rows if t == tid]
            leaders = uniq([n for v in mine for n in split_leaders(v[0])])
            # printed (row-reading) order: each row's lead cell, then its 配合单位 cell
            resp = uniq([u for v in mine for u in split_units(v[1]) + split_units(v[2])])
            lead = uniq([u for v in mine for u in split_units(v[1])])
            coop = uniq([u for v in mine for u in split_units(v[2])])
            deadlines = uniq([v[3] for v in mine])
            assert len(deadlines) == 1, tid
            head = "".join(text.split())[:12]
            recs.append({
                "id": tid,
                "marker": tid,
                "head": head,
                "responsible_units": resp,
                "lead_units": lead,
                "cooperating_units": coop,
                "leaders": leaders,
                "deadline": deadlines[0],
            })
    return recs


# ---------------------------------------------------------------------------------------------
# HTML page
# ---------------------------------------------------------------------------------------------
TD_STYLE = 'style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"'
SPAN = '<span style="font-family:仿宋_GB2312;font-size:12.0pt">'


def cell_p(text, align):
    a = ' align="center"' if align == "c" else ' align="justify"'
    return (f'<p class="MsoNormal"{a} style="line-height:18.0pt">{SPAN}{text}</span></p>'
            if text else '<p class="MsoNormal" align="center">&nbsp;</p>')


def table_html():
    L = []
    L.append('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%" '
             'style="width:100.0%;border-collapse:collapse;border:none">')
    L.append('<tbody>')
    heads = [("5%", "序号"), ("41%", "重点工作"), ("9%", "责任县领导"), ("15%", "牵头单位"),
             ("20%", "配合单位"), ("10%", "完成时限")]
    L.append('<tr style="height:30.0pt">')
    for w, h in heads:
        L.append(f'<td width="{w}" valign="center" {TD_STYLE}><p class="MsoNormal" align="center">'
                 f'<b><span style="font-family:黑体;font-size:12.0pt">{h}</span></b></p></td>')
    L.append('</tr>')
    for ptitle, tasks in PARTS:
        L.append('<tr style="height:24.0pt">')
        L.append(f'<td colspan="6" valign="center" {TD_STYLE}><p class="MsoNormal">'
                 f'<b><span style="font-family:楷体_GB2312;font-size:12.0pt">{ptitle}</span></b></p></td>')
        L.append('</tr>')
        # physical rows of this part
        phys = []
        for tid, text, rows in tasks:
            for ri, row in enumerate(rows):
                phys.append((tid, text, len(rows), ri, row))
        for k, (tid, text, nrows, ri, row) in enumerate(phys):
            L.append('<tr>')
            if ri == 0:
                rs = f' rowspan="{nrows}"' if nrows > 1 else ""
                L.append(f'<td{rs} valign="center" {TD_STYLE}>{cell_p(tid, "c")}</td>')
                t = text
                if tid in SOURCE_BREAK:
                    cut = SOURCE_BREAK[tid]
                    t = t.replace(cut, cut[:4] + "\n" + cut[4:], 1)
                L.append(f'<td{rs} valign="center" {TD_STYLE}>{cell_p(t, "j")}</td>')
            for c, v in enumerate(row):
                if v is M:
                    continue
                span = 1
                for later in phys[k + 1:]:
                    if later[4][c] is M:
                        span += 1
                    else:
                        break
                rs = f' rowspan="{span}"' if span > 1 else ""
                align = "c" if c in (0, 3) else "j"
                L.append(f'<td{rs} valign="center" {TD_STYLE}>{cell_p(v, align)}</td>')
            L.append('</tr>')
    L.append('</tbody>')
    L.append('</table>')
    return "\n".join(L)


TITLE = "蒿川县人民政府办公室关于印发2025年《政府工作报告》重点工作任务分工的通知"
WENHAO = "蒿政办发〔2025〕9号"


def page_html():
    cover = [
        "各乡（镇）人民政府，蒿川经济开发区管委会，县人民政府各部门、各直属机构：",
        "　　《政府工作报告》已经县第十八届人民代表大会第五次会议审议通过。为确保报告确定的各项目标任务落到实处，"
        "经县人民政府同意，现将2025年《政府工作报告》重点工作任务分工印发给你们，并就有关事项通知如下：",
        "　　一、提高思想认识。《政府工作报告》是县人民政府向全县人民作出的郑重承诺，各乡（镇）、各部门要把落实"
        "《政府工作报告》作为检验工作作风和履职能力的重要标尺，逐项制定工作方案，明确时间表、路线图，确保各项任务"
        "按期保质完成。",
        "　　二、压实工作责任。各责任县领导要加强统筹调度，及时研究解决工作推进中的重大问题。牵头单位对牵头事项负总责，"
        "牵头单位有两个的，排在第一位的单位负责统筹协调和情况汇总；配合单位要按照职责分工主动对接、积极配合，"
        "形成工作合力。",
        "　　三、强化督查考核。各牵头单位于每季度最后一个月25日前将工作进展情况书面报县政府督查室（联系人：吴　敏，"
        "电话：0795-6232158，电子邮箱：hcxzfdcs@163.com）。县政府督查室将定期对重点工作推进情况进行调度通报，"
        "督查结果纳入年度综合考核。",
    ]
    body = []
    body.append(f'<p style="text-align:center;line-height:28pt">{WENHAO}</p>')
    body.append('<p style="line-height:28pt">&nbsp;</p>')
    for para in cover:
        body.append(f'<p style="text-indent:0;line-height:28pt"><span style="font-family:仿宋_GB2312;'
                    f'font-size:16pt">{para}</span></p>')
    body.append('<p style="line-height:28pt">&nbsp;</p>')
    body.append('<p style="margin-left:48pt;text-indent:-48pt;line-height:28pt"><span style="font-family:仿宋_GB2312;'
                'font-size:16pt">　　附件：2025年《政府工作报告》重点工作任务分工</span></p>')
    body.append('<p style="line-height:28pt">&nbsp;</p>')
    body.append('<p align="right" style="text-align:right;line-height:28pt"><span style="font-family:仿宋_GB2312;'
                'font-size:16pt">蒿川县人民政府办公室</span></p>')
    body.append('<p align="right" style="text-align:right;line-height:28pt"><span style="font-family:仿宋_GB2312;'
                'font-size:16pt">2025年3月14日</span></p>')
    body.append('<p style="line-height:28pt"><span style="font-family:仿宋_GB2312;font-size:16pt">'
                '（此件公开发布）</span></p>')
    body.append('<p style="line-height:28pt">&nbsp;</p>')
    body.append('<p style="line-height:28pt"><span style="font-family:黑体;font-size:16pt">附件</span></p>')
    body.append('<p align="center" style="text-align:center;line-height:28pt"><b><span style="font-family:'
                '方正小标宋简体;font-size:18pt">2025年《政府工作报告》重点工作任务分工</span></b></p>')
    body.append(table_html())
    body.append('<p>&nbsp;</p>')
    body_html = "\n".join(body)

    nav = ["首页", "走进蒿川", "新闻中心", "政务公开", "政务服务", "互动交流", "专题专栏"]
    nav_hrefs = ["/", "/zjhc/", "/xwzx/", "/zwgk/", "/zwfw/", "/hdjl/", "/ztzl/"]
    nav_html = "\n".join(f'<li><a href="{h}">{n}</a></li>' for n, h in zip(nav, nav_hrefs))

    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="SiteName" content="蒿川县人民政府" />
<meta name="SiteDomain" content="www.haochuan.gov.cn" />
<meta name="SiteIDCode" content="3609260001" />
<meta name="ColumnName" content="县政府办文件" />
<meta name="ColumnType" content="政府文件" />
<meta name="ArticleTitle" content="{TITLE}" />
<meta name="PubDate" content="2025-03-17 16:32" />
<meta name="ContentSource" content="县政府办公室" />
<meta name="Keywords" content="政府工作报告,任务分工" />
<meta name="Description" content="{TITLE}" />
<title>{TITLE}_县政府办文件_蒿川县人民政府</title>
<link rel="stylesheet" type="text/css" href="../../../images/common.css" />
<link rel="stylesheet" type="text/css" href="../../../images/article.css" />
<script type="text/javascript" src="../../../images/jquery-1.11.3.min.js"></script>
<script type="text/javascript">
function showDate(){{var d=new Date();var w=["日","一","二","三","四","五","六"];document.getElementById("today").innerHTML=d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日 星期"+w[d.getDay()];}}
function doZoom(size){{$(".TRS_Editor p, .TRS_Editor td, .TRS_Editor span").css("font-size",size+"px");}}
</script>
</head>
<body onload="showDate()">
<div class="topbar">
  <div class="wrap">
    <div class="fl">今天是：<span id="today"></span></div>
    <div class="fr"><a href="javascript:void(0)" id="cniil_wza">无障碍浏览</a> | <a href="javascript:void(0)">长者模式</a> | <a href="/gate/big5/www.haochuan.gov.cn/">繁體</a> | <a href="/wzdt/">网站地图</a></div>
  </div>
</div>
<div class="header">
  <div class="wrap">
    <div class="logo"><a href="/"><img src="../../../images/logo.png" alt="蒿川县人民政府" /></a></div>
    <div class="search">
      <form name="searchform" action="/search/" method="get" target="_blank">
        <input type="text" name="searchword" class="txt" placeholder="请输入关键词" />
        <input type="submit" class="btn" value="搜索" />
      </form>
    </div>
  </div>
</div>
<div class="nav">
  <ul class="wrap">
{nav_html}
  </ul>
</div>
<div class="wrap">
  <div class="position">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zwgk/">政务公开</a>&nbsp;&gt;&nbsp;<a href="/zwgk/zfxxgk/">政府信息公开</a>&nbsp;&gt;&nbsp;<a href="/zwgk/zfxxgk/fdzdgknr/">法定主动公开内容</a>&nbsp;&gt;&nbsp;<a href="./">县政府办文件</a></div>
  <div class="xxgk-box">
    <table class="xxgk-table" width="100%" cellspacing="0" cellpadding="0">
      <tr><td class="tit" width="12%">索&nbsp;引&nbsp;号：</td><td width="38%">113609260141528736/2025-00087</td><td class="tit" width="12%">主题分类：</td><td width="38%">综合政务\\其他</td></tr>
      <tr><td class="tit">发布机构：</td><td>蒿川县人民政府办公室</td><td class="tit">成文日期：</td><td>2025-03-14</td></tr>
      <tr><td class="tit">名　　称：</td><td colspan="3">{TITLE}</td></tr>
      <tr><td class="tit">文　　号：</td><td>{WENHAO}</td><td class="tit">发布日期：</td><td>2025-03-17</td></tr>
      <tr><td class="tit">有&nbsp;效&nbsp;性：</td><td>有效</td><td class="tit">主&nbsp;题&nbsp;词：</td><td></td></tr>
    </table>
  </div>
  <div class="article">
    <h1 class="article-title">{TITLE}</h1>
    <div class="article-info">发布时间：2025-03-17 16:32&nbsp;&nbsp;&nbsp;&nbsp;来源：县政府办公室&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits"></span>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
    <div class="article-con" id="zoom">
<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}.TRS_Editor DIV{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}.TRS_Editor TD{{margin-top:0px;margin-bottom:0px;line-height:1.8;font-family:宋体;font-size:12pt;}}
</style>
{body_html}
</div>
    </div>
    <div class="article-tools">
      <div class="ewm"><img src="../../../images/qrcode.png" alt="" /><span>扫一扫在手机打开当前页</span></div>
      <a href="javascript:window.print()">【打印本页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a>
    </div>
    <div class="article-page">
      <p>上一篇：<a href="./202503/t20250312_5123406.html">蒿川县人民政府办公室关于做好2025年春季森林防灭火工作的通知</a></p>
      <p>下一篇：<a href="./202503/t20250321_5128817.html">蒿川县人民政府办公室关于印发蒿川县2025年十件民生实事工作方案的通知</a></p>
    </div>
  </div>
</div>
<div class="footer">
  <div class="wrap">
    <p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/smsm/">隐私声明</a></p>
    <p>主办单位：蒿川县人民政府办公室&nbsp;&nbsp;&nbsp;承办单位：蒿川县融媒体中心&nbsp;&nbsp;&nbsp;联系电话：0795-6232001</p>
    <p>网站标识码：3609260001&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备05008817号-1</a>&nbsp;&nbsp;&nbsp;<img src="../../../images/gaba.png" alt="" /><a href="http://www.beian.gov.cn/" target="_blank">赣公网安备 36092602000118号</a></p>
    <p><span id="_ideConac"><a href="https://bszs.conac.cn/" target="_blank"><img src="../../../images/dzjg.png" /></a></span>&nbsp;<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html" target="_blank"><img src="../../../images/jiucuo.png" alt="政府网站找错" /></a></p>
    <p>建议使用1366×768分辨率，IE9以上版本浏览器浏览</p>
  </div>
</div>
<script type="text/javascript" src="/hits/count.js?id=5126931"></script>
</body>
</html>
"""


def main():
    html = page_html()
    with open(PAGE, "w", encoding="utf-8", newline="\n") as f:
        f.write(html)
    try:
        ver = subprocess.run(["w3m", "-version"], capture_output=True, text=True, check=True).stdout.strip()
    except FileNotFoundError:
        sys.exit("w3m is not installed: apt-get install -y w3m")
    sys.stderr.write(ver + "\n")
    txt = subprocess.run(W3M_CMD + [PAGE], capture_output=True, check=True,
                         env=dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", HOME="/nonexistent",
                                  W3M_DIR="/nonexistent/.w3m")).stdout
    with open(NOTICE, "wb") as f:
        f.write(txt)
    with open(GOLD, "w", encoding="utf-8", newline="\n") as f:
        for r in gold_records():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
