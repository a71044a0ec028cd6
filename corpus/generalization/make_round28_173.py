#!/usr/bin/env python3
"""Writes 173_yuxi_xian_oa_kuangxian_hebing_biao.txt (GB18030, CRLF) and its gold list."""
import json, unicodedata, os

OUT = os.path.dirname(os.path.abspath(__file__)) + "/"
NAME = "173_yuxi_xian_oa_kuangxian_hebing_biao"

def w(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)

def wrap(s, width):
    lines, cur = [], ""
    for c in s:
        if w(cur + c) > width:
            lines.append(cur); cur = c
        else:
            cur += c
    if cur or not lines:
        lines.append(cur)
    return lines

def pad(s, width):
    return s + " " * (width - w(s))

def split_units(t):
    out, cur, depth = [], "", 0
    for ch in t:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if ch in "、，；" and depth == 0:
            if cur: out.append(cur)
            cur = ""
        else:
            cur += ch
    if cur: out.append(cur)
    return out

COLS = [("序号", 6), ("重点任务", 40), ("责任领导", 10), ("牵头单位", 18), ("配合单位", 24), ("完成时限", 16)]
WID = [c[1] for c in COLS]
LEAD_COL = 2

# sections: (title, [groups]); group = (leader_lines, align, [tasks]); task = (text, lead, coop, deadline)
S = [
 ("一、稳住经济基本盘，推动高质量发展（共8项）", [
   (["周文博"], "top", [
     ("全县地区生产总值增长6%左右，一般公共预算收入增长4%，固定资产投资增长7%。", "县发展和改革局", "县财政局、县统计局、县工业和信息化局", "2025年12月底前"),
     ("实施项目建设攻坚年行动，全年实施县级重点项目120个、完成投资85亿元以上，新开工亿元以上项目30个。", "县发展和改革局", "县自然资源局、县住房和城乡建设局、县行政审批服务局、各乡镇人民政府", "2025年12月底前"),
   ]),
   (["孙建华"], "middle", [
     ("积极争取超长期特别国债、地方政府专项债券等上级资金，全年争取资金15亿元以上。", "县财政局、县发展和改革局", "县直有关部门", "2025年11月底前"),
     ("严格落实过紧日子要求，“三公”经费压减5%以上，确保“三保”支出不留缺口。", "县财政局", "县直各部门", "长期坚持"),
     ("防范化解地方债务风险，完成年度化债任务，融资平台公司压减至2家以内。", "县财政局", "县国有资产服务中心、县城市建设投资集团有限公司", "2025年12月底前"),
   ]),
   (["韩立平"], "top", [
     ("开展“消费提振年”活动，举办汽车、家电、家居等促消费活动20场以上，社会消费品零售总额增长5.5%。", "县商务局", "县财政局、县市场监督管理局、县文化和旅游局", "2025年12月底前"),
     ("落实大规模设备更新和消费品以旧换新政策，推动工业设备更新项目25个以上。", "县工业和信息化局", "县商务局、县财政局", "2025年10月底前"),
     ("加快县城商业体系建设，改造提升农贸市场4个，新建乡镇商贸中心3个。", "县商务局", "县住房和城乡建设局、有关乡镇人民政府", "2025年12月底前"),
   ]),
 ]),
 ("二、壮大实体经济，构建现代化产业体系（共7项）", [
   (["韩立平"], "top", [
     ("实施工业倍增计划，规模以上工业增加值增长8%，净增规上工业企业15家。", "县工业和信息化局", "县统计局、榆溪经济开发区管委会", "2025年12月底前"),
     ("做强新型建材、食品加工两大主导产业，新型建材产业集群产值突破120亿元。", "县工业和信息化局", "榆溪经济开发区管委会、县科技局", "2025年12月底前"),
     ("推进榆溪经济开发区扩区调位，完成标准化厂房建设18万平方米，“亩均效益”提高10%。", "榆溪经济开发区管委会", "县自然资源局、市生态环境局榆溪分局", "2025年9月底前"),
   ]),
   (["邱晓梅", "曹振宇"], "middle", [
     ("培育国家级高新技术企业8家、省级专精特新中小企业10家，研发经费投入强度达到2%。", "县科技局", "县工业和信息化局、县财政局、县统计局", "2025年12月底前"),
     ("推进数字化转型，新建5G基站150个，打造省级数字化车间3个。", "县工业和信息化局", "县数据资源局、中国移动榆溪分公司、中国电信榆溪分公司", "2025年12月底前"),
     ("实施招商引资“一号工程”，全年引进亿元以上项目40个，到位县外资金100亿元。", "县投资促进中心", "县商务局、榆溪经济开发区管委会、各乡镇人民政府", "2025年12月底前"),
   ]),
   (["冯国良"], "top", [
     ("深化文旅融合，创建国家3A级以上旅游景区1家，全年接待游客600万人次。", "县文化和旅游局", "县交通运输局、县自然资源局、溪口镇人民政府", "2025年12月底前"),
   ]),
 ]),
 ("三、全面推进乡村振兴（共6项）", [
   (["曹振宇"], "top", [
     ("稳定粮食播种面积56万亩以上，粮食总产量稳定在22万吨以上。", "县农业农村局", "县财政局、县自然资源局、各乡镇人民政府", "2025年10月底前"),
     ("新建高标准农田3.5万亩，实施灌区续建配套与节水改造项目2个。", "县农业农村局", "县水利局、县财政局", "2025年12月底前"),
     ("巩固拓展脱贫攻坚成果，健全防止返贫监测帮扶机制，确保不发生规模性返贫。", "县乡村振兴服务中心", "县民政局、县医疗保障局、县教育局、县人力资源和社会保障局、各乡镇人民政府", "长期坚持"),
     ("发展特色产业，新增市级以上农业产业化龙头企业3家，建设食用菌产业园1个。", "县农业农村局", "县林业局、县市场监督管理局", "2025年12月底前"),
   ]),
   (["孙建华"], "middle", [
     ("实施和美乡村建设行动，打造精品示范村10个，农村卫生厕所普及率达到92%。", "县农业农村局", "县住房和城乡建设局、县卫生健康局", "2025年11月底前"),
     ("深化农村集体产权制度改革，集体经济年收入10万元以上的村占比达到70%。", "县委农村工作领导小组办公室", "县农业农村局、县财政局", "2025年12月底前"),
   ]),
 ]),
 ("四、推进城乡建设和生态保护（共6项）", [
   (["邱晓梅"], "top", [
     ("实施城市更新行动，改造老旧小区26个、城中村1片，新建城市公园2个。", "县住房和城乡建设局", "县自然资源局、县城市管理局、县财政局、城关街道办事处", "2025年12月底前"),
     ("完成国道G327榆溪段改建工程，新改建农村公路120公里。", "县交通运输局", "县自然资源局、县公安局交通管理大队、沿线乡镇人民政府", "2025年11月底前"),
     ("推进城区雨污分流改造，新建改造污水管网35公里，城市生活污水集中收集率提高到75%。", "县住房和城乡建设局", "市生态环境局榆溪分局、县城市建设投资集团有限公司", "2025年10月底前"),
   ]),
   (["曹振宇"], "top", [
     ("深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在32微克/立方米以下，国省考断面水质优良率100%。", "市生态环境局榆溪分局", "县住房和城乡建设局、县农业农村局、县水利局、县公安局、各乡镇人民政府", "2025年12月底前"),
     ("全面推行林长制、河湖长制，完成营造林3万亩，治理水土流失面积20平方公里。", "县林业局、县水利局", "各乡镇人民政府", "2025年12月底前"),
     ("推进中央生态环境保护督察反馈问题整改，完成年度整改销号任务。", "市生态环境局榆溪分局", "", "2025年6月底前"),
   ]),
 ]),
 ("五、保障和改善民生（共7项）", [
   (["马丽君"], "middle", [
     ("新建改扩建中小学、幼儿园6所，新增学位4200个，化解城区大班额。", "县教育局", "县发展和改革局、县财政局、县自然资源局", "2025年8月底前"),
     ("推进紧密型县域医共体建设，县人民医院创建三级综合医院，乡镇卫生院标准化建设全覆盖。", "县卫生健康局", "县医疗保障局、县财政局、县人民医院", "2025年12月底前"),
     ("城镇新增就业4500人以上，城镇调查失业率控制在5.5%以内，开展职业技能培训6000人次。", "县人力资源和社会保障局", "县教育局、县农业农村局、县总工会、团县委", "2025年12月底前"),
   ]),
   (["冯国良"], "top", [
     ("建设县级综合养老服务中心1个、乡镇区域养老服务中心4个，新增养老床位300张。", "县民政局", "县卫生健康局、县住房和城乡建设局", "2025年12月底前"),
     ("常态化开展安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。", "县应急管理局", "县安全生产委员会各成员单位", "长期坚持"),
   ]),
   (["周文博", "孙建华"], "top", [
     ("深化“放管服”改革，推行“高效办成一件事”，企业开办时间压缩至1个工作日以内。", "县行政审批服务局", "县市场监督管理局、县税务局、县公安局、县数据资源局", "2025年9月底前"),
     ("加强政府自身建设，县政府重点工作纳入督查督办系统管理，按季度通报办理情况。", "县政府办公室", "县直各部门、各乡镇人民政府", "每季度末"),
   ]),
 ]),
]

def hrule(left, mid, right, merged_lead=False, lead_text=""):
    # a rule between rows; if merged_lead, the leader column carries no rule (text or spaces instead)
    parts = [left]
    for j, wd in enumerate(WID):
        if merged_lead and j == LEAD_COL:
            parts.append(" " + pad(lead_text, wd - 1))
        else:
            parts.append("─" * wd)
        if j < len(WID) - 1:
            if merged_lead and j == LEAD_COL - 1:
                parts.append("┤")
            elif merged_lead and j == LEAD_COL:
                parts.append("├")
            else:
                parts.append(mid)
    parts.append(right)
    return "".join(parts)

def full(ch_l, ch_m, ch_r):
    return ch_l + ch_m.join("─" * wd for wd in WID) + ch_r

def rowline(cells):
    return "│" + "│".join(" " + pad(c, wd - 1) for c, wd in zip(cells, WID)) + "│"

lines = []
lines.append(full("┌", "┬", "┐"))
lines.append(rowline([h for h, _ in COLS]))
gold = []
n = 0
total = sum(wd for wd in WID) + len(WID) - 1
for si, (title, groups) in enumerate(S):
    lines.append(full("├", "┴", "┤"))
    lines.append("│" + " " + pad(title, total - 1) + "│")
    lines.append(full("├", "┬", "┤"))
    for gi, (leaders, align, tasks) in enumerate(groups):
        if gi > 0:
            lines.append(full("├", "┼", "┤"))
        # build the group's physical lines with a placeholder leader column
        glines = []   # (kind, cells or None)
        for ti, (text, lead, coop, dl) in enumerate(tasks):
            n += 1
            cols = [wrap(str(n), WID[0] - 2), wrap(text, WID[1] - 2), [], wrap(lead, WID[3] - 2),
                    wrap(coop, WID[4] - 2), wrap(dl, WID[5] - 2)]
            h = max(len(c) for c in cols)
            for k in range(h):
                glines.append(("row", [c[k] if k < len(c) else "" for c in cols]))
            if ti < len(tasks) - 1:
                glines.append(("sep", None))
            units = split_units(lead) + split_units(coop)
            gold.append({"id": str(n), "head": text[:12], "responsible_units": units,
                         "lead_units": split_units(lead), "cooperating_units": split_units(coop),
                         "leaders": leaders})
        L = len(glines)
        start = 0 if align == "top" else (L - len(leaders)) // 2
        for k, (kind, cells) in enumerate(glines):
            lt = leaders[k - start] if start <= k < start + len(leaders) else ""
            if kind == "row":
                cells[LEAD_COL] = lt
                lines.append(rowline(cells))
            else:
                lines.append(hrule("├", "┼", "┤", merged_lead=True, lead_text=lt))
lines.append(full("└", "┴", "┘"))

front = """榆溪县人民政府办公室文件

榆政办发〔2025〕7号

榆溪县人民政府办公室
关于印发《榆溪县2025年县政府重点工作任务清单》的通知

各乡镇人民政府，县政府各部门，榆溪经济开发区管委会：

　　《榆溪县2025年县政府重点工作任务清单》已经县政府第42次常务会议研究同意，现印发给你们，并就有关事项通知如下，请认真抓好落实。

　　一、压实工作责任。各责任县领导对分管领域任务负总责，要定期听取汇报、协调解决重大问题。牵头单位是任务落实的第一责任主体，牵头单位栏中列有两个单位的，两个单位共同牵头；配合单位要按照职责分工，主动做好配合工作。

　　二、加强调度督办。任务清单纳入县政府督查督办平台管理，各牵头单位于每月25日前通过平台报送任务进展情况，县政府督查室每季度汇总通报一次。

　　三、严格考核问效。任务完成情况纳入2025年度县直部门和乡镇综合考核。对工作推进不力、进度严重滞后的，按照有关规定严肃问责。

　　附件：榆溪县2025年县政府重点工作任务清单

　　　　　　　　　　　　　　　　　　榆溪县人民政府办公室
　　　　　　　　　　　　　　　　　　　　2025年2月26日

　　（此件公开发布）

附件

　　　　　　　　　　榆溪县2025年县政府重点工作任务清单

"""
back = """

─────────────────────────────────────────
抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。
─────────────────────────────────────────
榆溪县人民政府办公室　　　　　　　　　　　2025年2月26日印发
"""
text = front + "\n".join(lines) + back
with open(OUT + NAME + ".txt", "wb") as f:
    f.write(text.replace("\n", "\r\n").encode("gb18030"))
with open(OUT + NAME + ".tasks.gold.jsonl", "w", encoding="utf-8") as f:
    for g in gold:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(n, "tasks")
