#!/usr/bin/python3
"""Round 137, notice 695 (control case).

A 区人民政府 notice (沩政发〔2025〕3号) on the district portal's 区政府文件 page, with the
附件 task table (序号 / 工作任务 / 责任区领导 / 牵头单位 / 配合单位 / 完成时间) as an HTML table,
copied by a clerk with Ctrl+A, Ctrl+C in Chrome and pasted into Notepad, saved as UTF-8 (no BOM, CRLF).

The generator
  1. writes the portal page (src_695/index.html, two small PNGs) from the task data below;
  2. opens it in real Chromium (Debian package `chromium`) under Xvfb, presses Ctrl+A, Ctrl+C with
     xdotool and reads the CLIPBOARD with xclip (UTF8_STRING);
  3. does what Windows does after that: Chrome's Windows clipboard writer turns "\n" into "\r\n"
     (Blink already replaces U+00A0 by a space on every platform), Notepad saves the text as it is,
     UTF-8 without BOM, without adding a final newline;
  4. writes the gold list from the same task data.
Run:  /usr/bin/python3 make_695.py      (needs: apt-get install -y chromium xvfb xdotool xclip fonts-noto-cjk)
"""
import html
import json
import os
import struct
import subprocess
import sys
import tempfile
import time
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src_695")
NOTICE = os.path.join(HERE, "695_weijiang_qu_gzbg_renwu_fengong.txt")
GOLD = os.path.join(HERE, "695.tasks.gold.jsonl")

# ---------------------------------------------------------------------------
# The task table.  leaders / deadline None = the cell above is merged down (rowspan).
# Names are written as printed (王　勇 padded with U+3000).  "br" joins = a line break in the cell.
# ---------------------------------------------------------------------------
ZY = "市自然资源和规划局沩江分局"
SH = "市生态环境局沩江分局"
NY = "区农业农村局（区乡村振兴局）"
ZW = "区政务服务中心（区数据资源局）"
SW = "区商务局（区投资促进中心）"
GX = "各乡镇（街道）"

PARTS = [
    ("一、坚持项目为王，扩大有效投资（共6项）", [
        dict(paras=["加快重大项目建设。全年实施区级重点项目126个，年度计划投资265亿元，新开工项目52个、竣工项目38个，确保固定资产投资增长6%以上。"],
             leaders=["周启明", "王　勇"], leader_join="br",
             leads=["区发展和改革局"], coops=["区财政局", "区住房和城乡建设局", ZY, GX],
             deadline="2025年12月底"),
        dict(paras=["强化项目要素保障。深化“拿地即开工”审批改革，全年供应建设用地3000亩以上，争取新增地方政府专项债券额度18亿元以上。"],
             leaders=["王　勇"], leads=[ZY, "区财政局"], coops=["区发展和改革局", ZW],
             deadline=None),
        dict(paras=["积极争取上级政策资金。紧盯超长期特别国债、中央预算内投资等政策窗口，全年谋划储备项目200个以上，争取上级资金30亿元以上。"],
             leaders=None, leads=["区发展和改革局"], coops=["区财政局", "区直有关单位"],
             deadline=None),
        dict(paras=["推进重点片区开发。加快沩江新城核心区、高铁站前片区建设，完成片区道路、管网等配套工程12项。"],
             leaders=["黄立群"], leads=["区住房和城乡建设局"], coops=["区城市发展投资集团有限公司", "区交通运输局", ZY],
             deadline=None),
        dict(paras=["激发民间投资活力。全面落实促进民间投资政策措施，向民间资本推介项目30个以上，民间投资占固定资产投资比重保持在55%以上。"],
             leaders=["王　勇"], leads=["区发展和改革局"], coops=["区工业和信息化局", "区委金融办"],
             deadline="2025年9月底"),
        dict(paras=["加强项目调度督导。健全“一个项目、一名领导、一套班子、一抓到底”推进机制，实行项目建设月调度、季观摩、年考评。"],
             leaders=["周启明"], leads=["区发展和改革局"], coops=["区政府督查室", GX],
             deadline="长期坚持"),
    ]),
    ("二、培育发展新质生产力，壮大实体经济（共7项）", [
        dict(paras=["做强主导产业。围绕装备制造、新材料、食品加工三大主导产业，实施强链补链延链项目20个，规模以上工业增加值增长8%。"],
             leaders=["刘畅"], leads=["区工业和信息化局"], coops=["沩江经济开发区管委会", "区发展和改革局"],
             deadline="2025年12月底"),
        dict(paras=["推动企业梯度培育。全年新增规模以上工业企业25家，培育专精特新中小企业10家以上，新增高新技术企业15家。"],
             leaders=None, leads=["区科学技术局"], coops=["区工业和信息化局", "区市场监督管理局"],
             deadline=None),
        dict(paras=["加快开发区提质升级。深化开发区“管委会+公司”体制改革，推行“标准地+承诺制”供地，全年新建标准厂房20万平方米。",
                    "完善园区污水处理、集中供热、物流仓储等配套设施，力争开发区在全省开发区综合考核中位次前移。"],
             leaders=["韩卫东"], leads=["沩江经济开发区管委会"], coops=["区发展和改革局", SH, "区城市发展投资集团有限公司"],
             deadline=None),
        dict(paras=["强化招商引资。坚持“一把手”招商，深入开展产业链精准招商，全年引进亿元以上项目40个，实际到位内资120亿元以上。"],
             leaders=["周启明", "刘畅"], leader_join="br", leads=[SW], coops=["沩江经济开发区管委会", GX, "区直有关单位"],
             deadline=None),
        dict(paras=["推动科技创新。全社会研发经费投入强度达到2.3%，新建省级以上创新平台3个，技术合同成交额突破8亿元。"],
             leaders=["刘畅"], leads=["区科学技术局"], coops=["区工业和信息化局", "区财政局"],
             deadline=None),
        dict(paras=["加快数字经济发展。推进制造业“智改数转网联”，完成企业数字化改造30家，新建5G基站200个。"],
             leaders=None, leads=["区工业和信息化局"], coops=[ZW, "国网潇阳市沩江区供电公司"],
             deadline=None),
        dict(paras=["持续优化营商环境。深化“高效办成一件事”改革，政务服务事项网上可办率保持在98%以上，全年新增经营主体6000户以上。"],
             leaders=["王　勇"], leads=[ZW], coops=["区市场监督管理局", "区发展和改革局"],
             deadline=None),
    ]),
    ("三、扩大内需促进消费，增强经济发展活力（共5项）", [
        dict(paras=["提振消费市场。开展“乐购沩江”等促消费活动30场以上，落实好消费品以旧换新政策，社会消费品零售总额增长6.5%。"],
             leaders=["刘畅"], leads=[SW], coops=["区财政局", "区市场监督管理局"], coop_seps=["，"],
             deadline="2025年12月底"),
        dict(paras=["推动文旅融合发展。推进沩水古镇国家4A级旅游景区创建，办好沩江龙舟赛、乡村音乐节等节会活动，全年接待游客突破800万人次。"],
             leaders=["陈晓梅"], leads=["区文化旅游体育局"], coops=[SW, "区融媒体中心", "相关乡镇（街道）"],
             deadline="2025年10月底"),
        dict(paras=["培育壮大现代服务业。推动现代物流、商务会展、电子商务等服务业集聚发展，全年新增限额以上商贸企业40家。"],
             leaders=["刘畅"], leads=[SW], coops=["区发展和改革局", "区统计局"],
             deadline="2025年12月底"),
        dict(paras=["稳定财政金融运行。一般公共预算收入增长5%，严格落实党政机关习惯过紧日子要求，全年新增各项贷款50亿元以上。"],
             leaders=["王　勇"], leads=["区财政局", "区委金融办"], lead_join="br", coops=["区税务局", "各银行业金融机构"],
             deadline="2025年12月底"),
        dict(paras=["防范化解重点领域风险。稳妥有序推进地方政府债务风险化解，确保政府债务风险等级稳定在绿色区间。"],
             leaders=["王勇"], leads=["区财政局"], coops=["区委金融办", "区国有资产事务中心", "区城市发展投资集团有限公司"],
             deadline="持续推进"),
    ]),
    ("四、全面推进乡村振兴，促进城乡融合发展（共6项）", [
        dict(paras=["稳定粮食生产。落实粮食安全党政同责，全年粮食播种面积稳定在32.6万亩以上，新建高标准农田1.2万亩。"],
             leaders=["赵德胜"], leads=[NY], coops=[ZY, "区水利局", GX],
             deadline="2025年12月底"),
        dict(paras=["巩固拓展脱贫攻坚成果。健全防止返贫致贫监测和帮扶机制，脱贫人口务工规模稳定在1.5万人以上，坚决守住不发生规模性返贫致贫底线。"],
             leaders=None, leads=[NY], coops=["区人力资源和社会保障局", "区民政局", "区医疗保障局", GX],
             deadline=None),
        dict(paras=["建设宜居宜业和美乡村。深入实施农村人居环境整治提升行动，新改建农村公路60公里，完成农村户厕问题整改1200户。",
                    "打造省级美丽乡村示范村5个、市级示范村12个。"],
             leaders=None, leads=[NY], coops=["区交通运输局", "区住房和城乡建设局", SH, GX],
             deadline=None),
        dict(paras=["推进城市更新行动。实施老旧小区改造42个，改造提升背街小巷35条，新增城市公共停车位2000个。"],
             leaders=["黄立群"], leads=["区住房和城乡建设局"], coops=["区城市管理局", "区财政局", "各街道办事处"],
             deadline="2025年11月底"),
        dict(paras=["提升城市精细化管理水平。深化“城市管理进社区”，推进生活垃圾分类全覆盖，完成建成区公厕提质改造20座。"],
             leaders=None, leads=["区城市管理局"], coops=["区住房和城乡建设局", "各街道办事处"],
             deadline="长期坚持"),
        dict(paras=["完善城市基础设施。加快沩江大道东延、滨江路改造工程建设，新建改造供水管网25公里、雨污管网18公里。"],
             leaders=None, leads=["区住房和城乡建设局"], coops=["区交通运输局", "区水利局", "区城市发展投资集团有限公司"],
             deadline="2025年12月底"),
    ]),
    ("五、坚持生态优先，推动绿色低碳发展（共4项）", [
        dict(paras=["打好蓝天保卫战。持续推进工业企业深度治理和扬尘污染管控，PM2.5平均浓度控制在市下达目标以内，空气质量优良天数比例达到82%。"],
             leaders=["黄立群"], leads=[SH], coops=["区工业和信息化局", "区住房和城乡建设局", "区城市管理局", "市公安局沩江分局"],
             deadline="2025年12月底"),
        dict(paras=["打好碧水保卫战。全面落实河湖长制，开展入河排污口排查整治，沩江干流出境断面水质稳定达到Ⅲ类标准。"],
             leaders=["赵德胜"], leads=["区水利局"], coops=[SH, NY, GX],
             deadline="2025年12月底"),
        dict(paras=["推进绿色低碳转型。完成重点用能企业节能降碳改造10家，新增分布式光伏装机容量3万千瓦。"],
             leaders=["刘畅"], leads=["区发展和改革局"], coops=["区工业和信息化局", "国网潇阳市沩江区供电公司"],
             deadline="2025年12月底"),
        dict(paras=["加强生态保护修复。科学开展国土绿化1.5万亩，实施历史遗留废弃矿山生态修复3处。"],
             leaders=["赵德胜"], leads=["区林业局"], coops=[],
             deadline="2025年5月底"),
    ]),
    ("六、持续增进民生福祉，统筹发展和安全（共7项）", [
        dict(paras=["促进高质量充分就业。城镇新增就业5500人以上，城镇调查失业率控制在5.5%以内，开展各类职业技能培训8000人次。"],
             leaders=["陈晓梅"], leads=["区人力资源和社会保障局"], coops=["区财政局", "区教育局", GX],
             deadline="2025年12月底"),
        dict(paras=["推动教育优质均衡发展。新建、改扩建中小学和幼儿园6所，新增学位4500个，加快沩江区第二高级中学建设。"],
             leaders=None, leads=["区教育局"], lead_pad=True, coops=["区发展和改革局", "区财政局", ZY],
             deadline="2025年8月底"),
        dict(paras=["提升医疗卫生服务能力。区人民医院新院区建成投用，推进紧密型县域医共体建设，每千人口执业（助理）医师数达到3.2人。"],
             leaders=None, leads=["区卫生健康局"], coops=["区医疗保障局", "区发展和改革局"],
             deadline="2025年12月底"),
        dict(paras=["健全社会保障体系。城乡居民基本养老保险参保率稳定在95%以上，新建社区嵌入式养老服务中心8个。"],
             leaders=None, leads=["区民政局"], coops=["区人力资源和社会保障局", "区医疗保障局", "区残联"], coop_seps=["、", "，"],
             deadline="2025年12月底"),
        dict(paras=["用心办好民生实事。统筹推进就业、教育、医疗、养老、住房等10件民生实事，确保按时保质完成。"],
             leaders=["周启明", "陈晓梅"], leader_join="、", leads=["区政府办公室"], coops=["民生实事项目责任单位"],
             deadline="2025年12月底"),
        dict(paras=["抓好安全生产。深入开展安全生产治本攻坚三年行动，扎实做好防汛抗旱、森林防灭火工作，坚决遏制较大及以上生产安全事故发生。"],
             leaders=["王　勇"], leads=["区应急管理局"], coops=["区安委会成员单位", GX],
             deadline="长期坚持"),
        dict(paras=["推进更高水平平安沩江建设。常态化开展扫黑除恶斗争，依法严厉打击电信网络诈骗等违法犯罪。",
                    "坚持和发展新时代“枫桥经验”，深入推进信访工作法治化，及时就地化解矛盾纠纷。"],
             leaders=["孙　健"], leads=["市公安局沩江分局"], coops=["区委政法委", "区司法局", "区信访局", GX],
             deadline="持续推进"),
    ]),
    ("七、加强政府自身建设（共3项）", [
        dict(paras=["持续深化依法行政。严格落实重大行政决策程序，自觉接受区人大及其常委会法律监督和区政协民主监督，按时办结人大代表建议和政协委员提案。"],
             leaders=["周启明"], leads=["区司法局"], coops=["区政府办公室", "区直有关单位"],
             deadline="2025年12月底"),
        dict(paras=["加强审计监督。强化对重大政策措施落实、重大投资项目、政府债务等的审计监督，抓好审计发现问题整改。"],
             leaders=["王　勇"], leads=["区审计局"], coops=["区财政局", "区直有关单位"],
             deadline="2025年12月底"),
        dict(paras=["狠抓工作落实。健全重点工作台账管理和督查督办机制，对《政府工作报告》确定的目标任务实行清单化管理、闭环式推进。"],
             leaders=["周启明"], leads=["区政府办公室（区政府督查室）"], coops=["区直有关单位", GX],
             deadline="长期坚持"),
    ]),
]

TITLE = "沩江区人民政府关于印发2025年《政府工作报告》重点工作任务分工的通知"
WENHAO = "沩政发〔2025〕3号"
ANNEX_TITLE = "2025年《政府工作报告》重点工作任务分工"

COVER = [
    "区十八届人大五次会议审议通过的《政府工作报告》，明确了2025年全区经济社会发展的主要目标任务。为确保各项目标任务落到实处，经区人民政府研究同意，现将2025年《政府工作报告》重点工作任务分工印发给你们，并提出如下要求，请认真贯彻落实。",
    "一、提高思想认识。《政府工作报告》是区政府向全区人民作出的庄严承诺，做好今年各项工作，对于推动全区经济社会高质量发展具有十分重要的意义。各乡镇（街道）、各部门（单位）要进一步统一思想，把落实《政府工作报告》作为全年工作的重中之重，切实把各项任务抓实抓细抓到位。",
    "二、压实工作责任。各责任区领导要加强对分管领域重点工作的统筹调度，及时研究解决推进中的重大问题。各牵头单位是任务落实的第一责任单位，主要负责同志要亲自研究部署，制定具体工作方案，细化工作措施，明确时间节点；涉及多个牵头单位的，由排在第一位的单位负责统筹协调。各配合单位要按照职责分工，主动对接、密切配合，形成工作合力。",
    "三、强化督查考核。各牵头单位要于每季度最后一个月的25日前，将任务推进情况书面报区政府督查室，全年工作完成情况于12月20日前报送。区政府督查室要加强跟踪督办，定期通报工作进展情况，督查结果纳入年度绩效考核。对工作推进不力、未按时完成任务的，严肃追责问责。",
]

E = html.escape


def tasks_flat():
    out = []
    n = 0
    for _title, ts in PARTS:
        for t in ts:
            n += 1
            out.append((n, t))
    return out


def unit_cell(units, seps, join_br=False, pad=False):
    if join_br:
        s = "<br>".join(E(u) for u in units)
    else:
        seps = list(seps or [])
        parts = []
        for i, u in enumerate(units):
            if i:
                parts.append(E(seps[i - 1] if i - 1 < len(seps) else "、"))
            parts.append(E(u))
        s = "".join(parts)
    if pad:
        s += "&nbsp;"
    return s


def table_html():
    rows = []
    rows.append('<table class="rwfg" border="1" cellspacing="0" cellpadding="0" width="100%">')
    rows.append("<tbody>")
    rows.append('<tr class="firstRow">'
                '<td width="50" align="center"><strong>序号</strong></td>'
                '<td width="420" align="center"><strong>工作任务</strong></td>'
                '<td width="80" align="center"><strong>责任区领导</strong></td>'
                '<td width="140" align="center"><strong>牵头单位</strong></td>'
                '<td width="200" align="center"><strong>配合单位</strong></td>'
                '<td width="90" align="center"><strong>完成时间</strong></td></tr>')
    n = 0
    for title, ts in PARTS:
        rows.append(f'<tr><td colspan="6" style="text-align:left;"><strong>{E(title)}</strong></td></tr>')
        for i, t in enumerate(ts):
            n += 1
            cells = [f'<td align="center">{n}</td>',
                     '<td style="text-align:left;">' + "<br>".join(E(p) for p in t["paras"]) + "</td>"]
            if t["leaders"] is not None:
                span = 1
                while i + span < len(ts) and ts[i + span]["leaders"] is None:
                    span += 1
                join = t.get("leader_join", "br")
                inner = ("<br>" if join == "br" else E(join)).join(E(x) for x in t["leaders"])
                rs = f' rowspan="{span}"' if span > 1 else ""
                cells.append(f'<td align="center"{rs}>{inner}</td>')
            cells.append('<td align="center">' + unit_cell(t["leads"], None, t.get("lead_join") == "br",
                                                           t.get("lead_pad", False)) + "</td>")
            cells.append('<td align="center">' + unit_cell(t["coops"], t.get("coop_seps")) + "</td>")
            if t["deadline"] is not None:
                span = 1
                while i + span < len(ts) and ts[i + span]["deadline"] is None:
                    span += 1
                rs = f' rowspan="{span}"' if span > 1 else ""
                cells.append(f'<td align="center"{rs}>{E(t["deadline"])}</td>')
            rows.append("<tr>" + "".join(cells) + "</tr>")
    rows.append("</tbody>")
    rows.append("</table>")
    return "\n".join(rows)


CSS = """
*{margin:0;padding:0}
body{font-family:"Microsoft YaHei","Noto Sans CJK SC",sans-serif;font-size:14px;color:#333;background:#f4f6f9}
a{color:#333;text-decoration:none}
.w1200{width:1200px;margin:0 auto}
.topbar{height:36px;line-height:36px;background:#f1f1f1;border-bottom:1px solid #e5e5e5}
.topbar .date{float:left}
.topbar .links{float:right}
.topbar .links a{margin-left:12px}
.header{height:130px;background:#1d5fb0}
.header .logo{float:left;padding-top:30px}
.header .search{float:right;padding-top:45px}
.header .search input{width:240px;height:32px;border:0;padding:0 8px}
.header .search a{display:inline-block;width:60px;height:32px;line-height:32px;background:#ffb400;color:#fff;text-align:center}
.nav{background:#0d4a96}
.nav ul{display:flex;list-style:none}
.nav li{flex:1;text-align:center;height:50px;line-height:50px}
.nav li a{color:#fff;font-size:17px}
.position{height:46px;line-height:46px}
.main{background:#fff;padding:30px 50px 50px}
.xxgk{width:100%;border:1px solid #d9e2ee;background:#f7faff;margin-bottom:30px;border-collapse:collapse}
.xxgk td{height:34px;padding:0 10px;border:1px solid #d9e2ee}
.xxgk td.t{width:90px;text-align:right;font-weight:bold}
.article h1{font-size:24px;color:#0d4a96;text-align:center;line-height:40px;margin-bottom:14px}
.article .info{text-align:center;color:#888;border-bottom:1px dashed #ccc;padding-bottom:12px;margin-bottom:24px}
.article .info span{margin:0 10px}
.article .content{font-size:16px;line-height:32px}
.article .content p{margin-bottom:12px;text-indent:2em}
.article .content p.c{text-align:center;text-indent:0}
.article .content p.r{text-align:right;padding-right:2em;text-indent:0}
.article .content p.l{text-indent:0}
.article .content table{border-collapse:collapse;margin:10px auto 20px;font-size:14px;line-height:22px}
.article .content table td{border:1px solid #000;padding:4px 5px;vertical-align:middle}
.article .tools{margin-top:30px;overflow:hidden;border-top:1px solid #eee;padding-top:15px}
.article .tools .share{float:left}
.article .tools .btns{float:right}
.article .tools .btns a{margin-left:15px}
.article .ewm{text-align:center;margin-top:20px}
.article .pn{margin-top:20px;line-height:30px}
.footer{background:#0d4a96;color:#fff;margin-top:30px;padding:25px 0;text-align:center;line-height:28px}
.footer a{color:#fff}
.footer .badge{float:left;margin-right:20px}
"""


def page_html():
    flat = tasks_flat()
    body_ps = "\n".join(f"<p>{E(p)}</p>" for p in COVER)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="潇阳市沩江区人民政府">
<meta name="ColumnName" content="区政府文件">
<meta name="ArticleTitle" content="{E(TITLE)}">
<meta name="PubDate" content="2025-03-05 10:12">
<title>{E(TITLE)}_区政府文件_潇阳市沩江区人民政府</title>
<style>{CSS}</style>
</head>
<body>
<div class="topbar"><div class="w1200">
<div class="date">今天是：2025年3月10日 星期一</div>
<div class="links"><a href="#">无障碍浏览</a><a href="#">长者模式</a><a href="#">简体</a><a href="#">繁體</a><a href="#">用户登录</a></div>
</div></div>
<div class="header"><div class="w1200">
<div class="logo"><a href="#"><img src="logo.png" alt="潇阳市沩江区人民政府" width="420" height="70"></a></div>
<div class="search"><input type="text" placeholder="请输入关键词"><a href="#">搜索</a></div>
</div></div>
<div class="nav"><div class="w1200"><ul>
<li><a href="#">首页</a></li>
<li><a href="#">走进沩江</a></li>
<li><a href="#">新闻中心</a></li>
<li><a href="#">政务公开</a></li>
<li><a href="#">政务服务</a></li>
<li><a href="#">互动交流</a></li>
<li><a href="#">专题专栏</a></li>
</ul></div></div>
<div class="w1200">
<div class="position">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">法定主动公开内容</a> &gt; <a href="#">政府文件</a> &gt; <a href="#">区政府文件</a></div>
<div class="main">
<table class="xxgk">
<tr><td class="t">索&nbsp;&nbsp;引&nbsp;&nbsp;号：</td><td>43110200-0/2025-00126</td><td class="t">主题分类：</td><td>综合政务\\其他</td></tr>
<tr><td class="t">发布机构：</td><td>沩江区人民政府</td><td class="t">成文日期：</td><td>2025-02-27</td></tr>
<tr><td class="t">文&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;号：</td><td>{E(WENHAO)}</td><td class="t">发布日期：</td><td>2025-03-05</td></tr>
<tr><td class="t">名&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;称：</td><td colspan="3">{E(TITLE)}</td></tr>
<tr><td class="t">有&nbsp;&nbsp;效&nbsp;&nbsp;性：</td><td colspan="3">有效</td></tr>
</table>
<div class="article">
<h1>{E(TITLE)}</h1>
<div class="info"><span>发布时间：2025-03-05 10:12</span><span>来源：沩江区人民政府办公室</span><span>浏览次数：1526</span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="content" id="zoom">
<p class="c">{E(WENHAO)}</p>
<p class="l">各乡镇人民政府、街道办事处，区政府各部门、各直属机构，沩江经济开发区管委会：</p>
{body_ps}
<p>附件：{E(ANNEX_TITLE)}</p>
<p class="r">沩江区人民政府</p>
<p class="r">2025年2月27日</p>
<p>（此件公开发布）</p>
<p class="l">附件</p>
<p class="c"><strong>{E(ANNEX_TITLE)}</strong></p>
{table_html()}
</div>
<div class="tools">
<div class="share">分享到：<a href="#"><img src="share.png" alt="微信" width="24" height="24"></a> <a href="#"><img src="share.png" alt="微博" width="24" height="24"></a></div>
<div class="btns"><a href="#">【打印本页】</a><a href="#">【关闭窗口】</a></div>
</div>
<div class="ewm"><img src="share.png" alt="" width="100" height="100"><div>扫一扫在手机打开当前页</div></div>
<div class="pn">
<div>上一篇：<a href="#">沩江区人民政府关于公布2025年区级行政规范性文件清理结果的通知</a></div>
<div>下一篇：<a href="#">沩江区人民政府关于调整区人民政府领导同志工作分工的通知</a></div>
</div>
</div>
</div>
</div>
<div class="footer"><div class="w1200">
<div class="badge"><a href="#"><img src="dzjg.png" alt="党政机关" width="55" height="66"></a></div>
<div><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">网站声明</a> | <a href="#">隐私政策</a></div>
<div>主办：潇阳市沩江区人民政府办公室　承办：沩江区政务服务中心（区数据资源局）</div>
<div>地址：潇阳市沩江区沩江大道188号　邮编：425100</div>
<div>网站标识码：4311020001　湘ICP备05018236号　<img src="ga.png" alt="" width="16" height="16">湘公网安备 43110202000137号</div>
<div>建议使用1920×1080分辨率，Chrome、Edge、Firefox等浏览器浏览本站</div>
</div></div>
</body>
</html>
"""


def png(w, h, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def ch(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + ch(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + ch(b"IDAT", zlib.compress(raw, 9)) + ch(b"IEND", b""))


def write_page():
    os.makedirs(SRC, exist_ok=True)
    with open(os.path.join(SRC, "index.html"), "w", encoding="utf-8", newline="\n") as f:
        f.write(page_html())
    for name, rgb in (("logo.png", (29, 95, 176)), ("share.png", (200, 200, 200)),
                      ("dzjg.png", (200, 20, 20)), ("ga.png", (240, 200, 0))):
        with open(os.path.join(SRC, name), "wb") as f:
            f.write(png(8, 8, rgb))


def browser_copy(page):
    """Real Chromium under Xvfb: Ctrl+A, Ctrl+C, read the CLIPBOARD."""
    disp = ":95"
    env = dict(os.environ, DISPLAY=disp)
    with tempfile.TemporaryDirectory() as ud:
        xv = subprocess.Popen(["Xvfb", disp, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.5)
        ch = subprocess.Popen(["chromium", "--no-sandbox", f"--user-data-dir={ud}", "--no-first-run",
                               "--disable-gpu", "--password-store=basic", "--disable-extensions",
                               "--window-position=0,0", "--window-size=1600,1000", "--lang=zh-CN",
                               f"--app=file://{page}"],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            time.sleep(6)
            x = lambda *a: subprocess.run(["xdotool", *a], env=env, check=True)
            x("mousemove", "30", "700")   # the grey margin left of the 1200px column
            x("click", "1")
            time.sleep(0.5)
            x("key", "--clearmodifiers", "ctrl+a")
            time.sleep(0.5)
            x("key", "--clearmodifiers", "ctrl+c")
            time.sleep(1.0)
            out = subprocess.run(["xclip", "-o", "-selection", "clipboard", "-t", "UTF8_STRING"],
                                 env=env, check=True, capture_output=True).stdout
        finally:
            ch.terminate()
            try:
                ch.wait(10)
            except subprocess.TimeoutExpired:
                ch.kill()
            xv.terminate()
            xv.wait(10)
    return out.decode("utf-8")


def gold_records():
    recs = []
    leader = deadline = None
    n = 0
    for _title, ts in PARTS:
        leader = deadline = None
        for t in ts:
            n += 1
            if t["leaders"] is not None:
                leader = [x.replace("\u3000", "") for x in t["leaders"]]
            if t["deadline"] is not None:
                deadline = t["deadline"]
            text = "".join(t["paras"])
            head = "".join(ch for ch in text if not ch.isspace())[:12]
            recs.append({
                "id": str(n), "marker": str(n), "head": head,
                "responsible_units": list(t["leads"]) + list(t["coops"]),
                "lead_units": list(t["leads"]), "cooperating_units": list(t["coops"]),
                "leaders": list(leader), "deadline": deadline,
            })
    return recs


def main():
    write_page()
    text = browser_copy(os.path.join(SRC, "index.html"))
    if "序号\t工作任务" not in text:
        sys.exit("copy failed: table header not in clipboard text")
    text = text.replace("\u00a0", " ")          # Blink does this already; kept for clarity
    text = text.replace("\r\n", "\n").replace("\n", "\r\n")   # Chrome's Windows clipboard writer
    with open(NOTICE, "wb") as f:               # Notepad: UTF-8, no BOM, nothing added
        f.write(text.encode("utf-8"))
    with open(GOLD, "w", encoding="utf-8", newline="\n") as f:
        for r in gold_records():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", NOTICE, "and", GOLD, f"({len(gold_records())} tasks)")


if __name__ == "__main__":
    main()
