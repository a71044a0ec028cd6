#!/usr/bin/python3
"""Round 133 / 677: a county portal article page (Word-pasted task table, <p> in every cell)
as `lynx -dump` (Lynx 2.9.0dev.12, -width=80, UTF-8) writes it, the way a shell crawler or
mutt's `text/html; lynx -dump` mailcap entry saves a page as text. Deterministic."""
import html, json, os, subprocess, tempfile

NAME = "677_hongxi_xian_gzbg_renwu_fengong_lynx_dump"
L = {"wy": "王　勇", "ljh": "李建华", "zhm": "赵海明", "cxl": "陈晓琳", "sgq": "孙国庆",
     "hj": "何　静", "lzp": "刘志鹏", "zwt": "周文涛"}
# (section, [(text, [leader keys], lead, coop, deadline, style)]) style p = Word <p> cells, s = retyped simple row
P = "p"; S = "s"
SECTIONS = [
 ("一、稳住经济增长基本盘", [
  ("全力推进重点项目建设，全年实施县级以上重点项目126个，完成投资88亿元以上，新开工亿元以上项目30个。", ["wy", "ljh"], "县发改局", "县财政局、县自然资源局、县住建局、各乡镇人民政府", "2025年12月底前", P),
  ("强化招商引资，全年引进亿元以上产业项目25个，到位县外资金60亿元。", ["ljh"], "县投资促进服务中心", "县商务局、县工信局、荭溪经济开发区管委会", "2025年12月底前", P),
  ("推动规上工业增加值增长8%，新增规上工业企业15家。", ["ljh"], "县工信局", "县统计局、县市场监管局", "2025年12月底前", P),
  ("落实助企纾困政策，全年减税降费及退税缓税3.2亿元。", ["zhm"], "县税务局", "/", "持续推进", S),
  ("扩大消费需求，开展“荭溪好物”促消费活动20场次，社会消费品零售总额增长6%。", ["zhm"], "县商务局", "县财政局、县文旅局、县市场监管局", "2025年12月底前", P),
  ("加强财源建设，一般公共预算收入增长5%以上，严控一般性支出。", ["wy"], "县财政局", "县税务局、县发改局、县自然资源局", "持续推进", P),
 ]),
 ("二、加快产业转型升级", [
  ("推进荭溪经济开发区扩区调规，完成标准厂房建设20万平方米。", ["ljh"], "荭溪经济开发区管委会", "县自然资源局、县住建局、县生态环境分局", "2025年10月底前", P),
  ("实施制造业数字化转型行动，新增省级智能工厂2家、数字化车间5个。", ["ljh"], "县工信局", "县科技局、县发改局", "2025年12月底前", P),
  ("培育高新技术企业，全年新认定高新技术企业12家，研发投入强度达到2.1%。", ["cxl"], "县科技局", "县财政局、县税务局、县统计局", "2025年12月底前", P),
  ("推进全域旅游发展，创建国家AAAA级旅游景区1个，接待游客增长10%。", ["cxl"], "县文旅局", "县发改局、县交通运输局、相关乡镇人民政府", "2025年11月底前", P),
  ("发展现代物流，建成县级物流配送中心和乡镇快递服务站全覆盖。", ["zhm"], "县商务局、县交通运输局", "县邮政管理局、县供销社", "2025年9月底前", P),
  ("加快建筑业转型，培育总承包一级资质企业1家。", ["wy"], "县住建局", "/", "2025年12月底前", S),
 ]),
 ("三、全面推进乡村振兴", [
  ("稳定粮食生产，粮食播种面积稳定在52万亩以上，产量稳定在22万吨以上。", ["sgq"], "县农业农村局", "县发改局、县自然资源局、各乡镇人民政府", "2025年10月底前", P),
  ("新建高标准农田3.5万亩，实施耕地“非粮化”整治。", ["sgq"], "县农业农村局", "县财政局、县自然资源局、县水利局", "2025年12月底前", P),
  ("巩固拓展脱贫攻坚成果，守住不发生规模性返贫底线。", ["sgq", "hj"], "县乡村振兴局", "县农业农村局、县人社局、县医保局、县教育局，各乡镇人民政府", "持续推进", P),
  ("实施农村人居环境整治提升行动，农村卫生厕所普及率达到92%。", ["sgq"], "县农业农村局", "县卫生健康局、县生态环境分局、各乡镇人民政府", "2025年12月底前", P),
  ("加快水利基础设施建设，完成小型水库除险加固8座。", ["sgq"], "县水利局", "县财政局、县应急管理局", "2025年汛期前", P),
  ("深化农村集体产权制度改革，村级集体经济收入全部达到15万元以上。", ["sgq"], "县农业农村局", "县财政局、县委组织部", "2025年12月底前", P),
 ]),
 ("四、持续增进民生福祉", [
  ("落实就业优先政策，城镇新增就业6200人，城镇调查失业率控制在5.5%以内。", ["hj"], "县人社局", "县财政局、县教育局、县总工会、团县委", "2025年12月底前", P),
  ("推进义务教育优质均衡发展，新建改扩建中小学和幼儿园6所。", ["hj"], "县教育局", "县发改局、县财政局、县住建局、县自然资源局", "2025年8月底前", P),
  ("深化医药卫生体制改革，推进紧密型县域医共体建设。", ["hj"], "县卫生健康局", "县医保局、县财政局、县人社局", "持续推进", P),
  ("完善养老服务体系，建成乡镇区域养老服务中心5个。", ["hj"], "县民政局", "县卫生健康局、县财政局、各乡镇人民政府", "2025年11月底前", P),
  ("实施城镇老旧小区改造32个，惠及居民4100户。", ["wy", "lzp"], "县住建局", "县财政局、县自然资源局、城关镇人民政府、荭桥镇人民政府", "2025年12月底前", P),
  ("做好城乡居民基本医疗保险参保工作，参保率稳定在95%以上。", ["hj"], "县医保局", "县税务局、各乡镇人民政府", "2025年6月底前", P),
 ]),
 ("五、建设更高水平平安荭溪", [
  ("深化安全生产治本攻坚三年行动，坚决遏制较大以上事故发生。", ["zwt"], "县应急管理局", "县安委会各成员单位", "持续推进", P),
  ("强化食品药品安全监管，食品抽检量达到每千人5批次。", ["zwt"], "县市场监管局", "县卫生健康局、县农业农村局", "2025年12月底前", P),
  ("加强社会治安防控体系建设，推进“雪亮工程”提质扩面。", ["zwt", "lzp"], "县公安局", "县委政法委、县财政局、各乡镇人民政府", "2025年12月底前", P),
  ("推进信访工作法治化，初信初访一次性化解率达到90%以上。", ["lzp"], "县信访局", "县司法局、各乡镇人民政府、县直各有关单位", "持续推进", P),
  ("开展自然灾害综合风险普查成果应用，完善防汛抗旱应急预案。", ["zwt"], "县应急管理局", "县水利局、县自然资源局、县气象局", "2025年5月底前", P),
  ("加强政府债务管理，稳妥化解存量隐性债务。", ["wy"], "县财政局", "县发改局、县审计局、县城投公司", "持续推进", S),
 ]),
]
TITLE = "荭溪县人民政府办公室关于印发2025年县政府工作报告重点工作任务分工方案的通知"
BODY = [
 "各乡镇人民政府，县政府各部门、各直属机构：",
 "经县政府同意，现将《2025年县政府工作报告重点工作任务分工方案》印发给你们，请结合实际，认真抓好贯彻落实。现就有关事项通知如下：",
 "一、压实工作责任。各责任县领导要加强对分管领域重点工作的统筹调度。表中“牵头单位”栏所列单位为牵头单位，列有两个单位的，排在第一位的为主牵头单位；“配合单位”栏所列单位为配合单位，标“/”的由牵头单位独立完成。",
 "二、加强调度督办。各牵头单位要于每季度末月25日前将工作进展情况报县政府督查室，县政府督查室将定期通报任务完成情况。",
 "三、严格考核问效。任务完成情况纳入年度目标责任考核，对工作推进不力的，按有关规定严肃问责。",
]

def cell_p(txt):
    return "<td valign=\"center\" style=\"border:solid windowtext 1.0pt;\"><p class=\"MsoNormal\" align=\"center\"><span style=\"font-family:仿宋_GB2312;font-size:10.5pt\">%s</span></p></td>" % html.escape(txt, quote=False)

def build_html():
    o = []
    o.append('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>%s_荭溪县人民政府</title>\n</head>\n<body>' % TITLE)
    o.append('<div class="top"><a href="https://www.hongxi.gov.cn/">荭溪县人民政府</a> | <a href="https://www.hongxi.gov.cn/wza/">无障碍</a></div>')
    o.append('<div class="nav"><a href="https://www.hongxi.gov.cn/">首页</a> <a href="https://www.hongxi.gov.cn/zwgk/">政务公开</a> <a href="https://www.hongxi.gov.cn/hdjl/">互动交流</a> <a href="https://www.hongxi.gov.cn/zwfw/">政务服务</a></div>')
    o.append('<div class="crumb">当前位置：<a href="https://www.hongxi.gov.cn/">首页</a> &gt; <a href="https://www.hongxi.gov.cn/zwgk/">政务公开</a> &gt; <a href="https://www.hongxi.gov.cn/zwgk/zfwj/">政府办文件</a></div>')
    o.append('<table class="xxgk"><tr><td>索引号：</td><td>11361127MB1520463X/2025-00318</td><td>发布机构：</td><td>荭溪县人民政府办公室</td></tr>'
             '<tr><td>文号：</td><td>荭政办发〔2025〕5号</td><td>成文日期：</td><td>2025-03-10</td></tr></table>')
    o.append('<h1>%s</h1>' % TITLE)
    o.append('<div class="info">发布时间：2025-03-12 09:30　来源：县政府办公室　【字体：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】</div>')
    o.append('<div class="TRS_Editor">')
    o.append('<p align="center">荭政办发〔2025〕5号</p>')
    for i, b in enumerate(BODY):
        o.append('<p style="text-indent:2em">%s</p>' % b if i else '<p>%s</p>' % b)
    o.append('<p style="text-indent:2em">附件：2025年县政府工作报告重点工作任务分工方案</p>')
    o.append('<p align="right">荭溪县人民政府办公室</p><p align="right">2025年3月10日</p>')
    o.append('<p>（此件公开发布）</p>')
    o.append('<p>附件</p><p align="center"><b>2025年县政府工作报告重点工作任务分工方案</b></p>')
    o.append('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse">')
    o.append("<tr>" + "".join(cell_p(h) for h in ["序号", "重点工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限"]) + "</tr>")
    n = 0
    for sec, tasks in SECTIONS:
        o.append('<tr><td colspan="6" style="border:solid windowtext 1.0pt;"><p class="MsoNormal"><b><span>%s</span></b></p></td></tr>' % sec)
        for (t, ls, lead, coop, dl, st) in tasks:
            n += 1
            if st == P:
                lead_cell = '<td valign="center" style="border:solid windowtext 1.0pt;">' + "".join(
                    '<p class="MsoNormal" align="center"><span>%s</span></p>' % L[k] for k in ls) + "</td>"
                o.append("<tr>" + cell_p(str(n)) + cell_p(t) + lead_cell + cell_p(lead) + cell_p(coop) + cell_p(dl) + "</tr>")
            else:  # a row the editor retyped in the portal's editor: bare cells, leaders joined by 、
                o.append("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
                    n, t, "、".join(L[k] for k in ls), lead, coop, dl))
    o.append('</table>')
    o.append('</div>')
    o.append('<div class="share">分享到：<a href="https://service.weibo.com/share/share.php">微博</a> <a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>')
    o.append('<div class="foot"><p>主办：荭溪县人民政府办公室　　<a href="https://beian.miit.gov.cn/">赣ICP备05004218号</a></p><p>网站标识码：3611270017</p></div>')
    o.append('</body>\n</html>\n')
    return "\n".join(o)

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    page = build_html()
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, "art_5.html")
        with open(p, "w", encoding="utf-8") as f:
            f.write(page)
        env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", HOME=d)
        out = subprocess.run(["lynx", "-dump", "-width=80", "-assume_charset=utf-8", "-display_charset=utf-8",
                              p], capture_output=True, env=env, check=True).stdout
    with open(os.path.join(here, NAME + ".txt"), "wb") as f:
        f.write(out)
    gold = []
    n = 0
    for sec, tasks in SECTIONS:
        for (t, ls, lead, coop, dl, st) in tasks:
            n += 1
            leads = lead.split("、")
            coops = [] if coop == "/" else [u for part in coop.split("，") for u in part.split("、")]
            gold.append({"id": str(n), "marker": str(n), "head": t[:12], "responsible_units": leads + coops,
                         "lead_units": leads, "cooperating_units": coops,
                         "leaders": [L[k].replace("　", "") for k in ls], "deadline": dl})
    with open(os.path.join(here, NAME + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")

main()
