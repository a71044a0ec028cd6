#!/usr/bin/env python3
"""Write 227_huaichuan_antiword.txt: a Word 97 .doc notice as `antiword` prints it
(paragraphs hard-wrapped at 76 display columns, table flattened into pipe rows whose
cells wrap onto continuation lines in the same column position), plus its gold."""
import json, os, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
W = 76

def cw(ch):
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1

def width(s):
    return sum(cw(c) for c in s)

def wrap(text, w):
    lines, cur, cwid = [], "", 0
    for ch in text:
        if cwid + cw(ch) > w:
            lines.append(cur); cur, cwid = "", 0
        cur += ch; cwid += cw(ch)
    if cur or not lines:
        lines.append(cur)
    return lines

def pad(s, w):
    return s + " " * (w - width(s))

def para(text, indent=4):
    first = " " * indent + text
    return wrap(first, W)

def center(text):
    return " " * ((W - width(text)) // 2) + text

def right(text, margin=0):
    return " " * (W - margin - width(text)) + text

COLS = [4, 28, 14, 16, 8]

def table_row(cells):
    wrapped = [wrap(c, w) if c else [""] for c, w in zip(cells, COLS)]
    n = max(len(x) for x in wrapped)
    out = []
    for i in range(n):
        parts = [pad(x[i] if i < len(x) else "", w) for x, w in zip(wrapped, COLS)]
        out.append("|" + "|".join(parts) + "|")
    return out

def span_row(text):
    inner = sum(COLS) + len(COLS) - 1
    return ["|" + pad(text, inner) + "|"]

# (section, text, lead units, cooperating units, leaders)
S1 = "一、稳增长促发展（共7项）"
S2 = "二、城乡建设与生态环保（共6项）"
S3 = "三、民生保障与社会治理（共7项）"
TASKS = [
 (S1, "全区地区生产总值增长6%左右，一般公共预算收入增长5%，固定资产投资增长8%。",
  ["区发展和改革局"], ["区财政局", "区统计局", "区税务局"], ["林振华", "周启明"]),
 (S1, "实施重点项目攻坚年行动，全年安排区级重点项目120个，完成投资150亿元以上。",
  ["区发展和改革局"], ["区投资促进服务中心", "市自然资源和规划局槐川分局"], ["周启明"]),
 (S1, "加快新能源汽车零部件产业园二期建设，力争年内10家配套企业入驻投产。",
  ["区工业和信息化局"], ["区投资促进服务中心", "区行政审批局"], ["孙慧敏"]),
 (S1, "新增规模以上工业企业15家、国家级专精特新“小巨人”企业2家。",
  ["区工业和信息化局"], ["区科学技术局", "区统计局"], ["孙慧敏"]),
 (S1, "全年招引亿元以上项目30个，实际利用外资1.2亿美元。",
  ["区投资促进服务中心", "区商务局"], ["各街道（镇）"], ["周启明"]),
 (S1, "推进槐川老街夜经济街区提档升级，举办各类消费促进活动20场以上。",
  ["区商务局"], ["区文化旅游体育局", "区城市管理局", "区市场监督管理局"], ["孙慧敏"]),
 (S1, "深化“一件事一次办”改革，政务服务事项网上可办率达到98%。",
  ["区行政审批局"], ["区数据资源管理局"], ["何建军"]),
 (S2, "完成沿河路、纬三路等6条城市道路新建改造，打通断头路4条。",
  ["区住房和城乡建设局"], ["区交通运输局", "市自然资源和规划局槐川分局"], ["何建军"]),
 (S2, "改造老旧小区42个、惠及居民8600户，同步加装电梯50部。",
  ["区住房和城乡建设局"], ["区财政局", "各街道（镇）"], ["何建军"]),
 (S2, "推进生活垃圾分类全覆盖，生活垃圾回收利用率达到40%。",
  ["区城市管理局"], ["各街道（镇）"], ["何建军"]),
 (S2, "持续打好蓝天保卫战，PM2.5平均浓度控制在35微克/立方米以内，优良天数比例达到80%。",
  ["市生态环境局槐川分局"], ["区住房和城乡建设局", "区交通运输局", "区城市管理局", "区工业和信息化局"], ["陈一帆"]),
 (S2, "全面落实河湖长制，完成槐河支流综合治理12公里，国省考断面水质稳定达标。",
  ["区水利局"], ["市生态环境局槐川分局", "区农业农村局"], ["陈一帆"]),
 (S2, "新建高标准农田1.5万亩，粮食播种面积稳定在18万亩以上。",
  ["区农业农村局"], ["区财政局", "区水利局", "市自然资源和规划局槐川分局"], ["陈一帆"]),
 (S3, "新建、改扩建中小学和幼儿园5所，新增学位4500个。",
  ["区教育局"], ["区发展和改革局", "区财政局", "区住房和城乡建设局"], ["孙慧敏"]),
 (S3, "城镇新增就业1.1万人，城镇调查失业率控制在5.5%以内。",
  ["区人力资源和社会保障局"], [], ["孙慧敏"]),
 (S3, "推进紧密型城市医疗集团建设，区人民医院新院区年内投入使用。",
  ["区卫生健康局"], ["区医疗保障局", "区发展和改革局"], ["孙慧敏"]),
 (S3, "新建社区嵌入式养老服务站10个，完成特殊困难老年人家庭适老化改造300户。",
  ["区民政局"], ["区财政局", "各街道（镇）"], ["孙慧敏"]),
 (S3, "开展安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故。",
  ["区应急管理局"], ["区安委会各成员单位"], ["林振华", "何建军"]),
 (S3, "深化国家食品安全示范城市创建，食品抽检量达到每千人5批次。",
  ["区市场监督管理局"], ["区农业农村局", "区教育局"], ["陈一帆"]),
 (S3, "推进“平安槐川”建设，常态化开展扫黑除恶斗争，群众安全感保持在98%以上。",
  ["市公安局槐川分局"], ["区司法局", "各街道（镇）"], ["郑国梁"]),
]

out = []
def add(lines):
    out.extend(lines)
def blank():
    out.append("")

add([center("沅阳市槐川区人民政府办公室文件")]); blank()
add([center("槐政办发〔2024〕7号")]); blank()
add([center("沅阳市槐川区人民政府办公室")])
add([center("关于印发2024年区政府工作报告重点工作")])
add([center("任务分工的通知")]); blank()
add(para("各街道办事处、镇人民政府，区政府各部门，各有关单位：", 0)); blank()
body = [
 "《政府工作报告》已经区第十八届人民代表大会第四次会议审议通过。为确保报告确定的各项目标任务落到实处，经区政府同意，现将2024年区政府工作报告重点工作任务分工印发给你们，并就有关事项通知如下：",
 "一、提高思想认识。今年是实现“十四五”规划目标任务的关键一年，各单位要把落实《政府工作报告》作为全年工作的主线，对照分工逐项细化措施，明确时间节点，确保各项任务按期完成。",
 "二、压实工作责任。各项任务的牵头单位为第一责任单位，主要负责同志为第一责任人，负责制定推进方案、协调配合单位、汇总报送进展；配合单位要主动对接、密切配合，按职责做好相关工作。责任领导负责督促指导分管领域任务落实。",
 "三、强化督查考核。区政府督查室要将重点工作任务纳入年度督查计划，实行月调度、季通报。各牵头单位于每季度末月25日前将任务推进情况书面报送区政府督查室，电子版发送至指定邮箱。督查结果纳入年度综合考核。",
]
for b in body:
    add(para(b)); blank()
add(para("附件：2024年区政府工作报告重点工作任务分工表")); blank(); blank()
add([right("沅阳市槐川区人民政府办公室", 4)])
add([right("2024年3月8日", 6)])
add([right("[pic]", 13)]); blank()
add(para("（此件公开发布）")); blank(); blank()
add(["附件", ""])
add([center("2024年区政府工作报告重点工作任务分工表")]); blank()
add(table_row(["序号", "工作任务", "牵头单位", "配合单位", "责任领导"]))
gold = []
cur_sec = None
for i, (sec, text, lead, coop, leaders) in enumerate(TASKS, 1):
    if sec != cur_sec:
        add(span_row(sec)); cur_sec = sec
    add(table_row([str(i), text, "、".join(lead), "、".join(coop), "、".join(leaders)]))
    gold.append({"id": str(i), "head": text[:12], "responsible_units": lead + coop,
                 "lead_units": lead, "cooperating_units": coop, "leaders": leaders})
blank(); blank()
add(para("抄送：区委办公室，区人大常委会办公室，区政协办公室，区法院，区检察院。", 0)); blank()
add(["沅阳市槐川区人民政府办公室" + " " * (W - width("沅阳市槐川区人民政府办公室") - width("2024年3月8日印发")) + "2024年3月8日印发"])
blank()

with open(os.path.join(HERE, "227_huaichuan_antiword.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
with open(os.path.join(HERE, "227_huaichuan_antiword.tasks.gold.jsonl"), "w", encoding="utf-8") as f:
    for g in gold:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
