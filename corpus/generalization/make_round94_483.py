#!/usr/bin/env python3
"""Round 94, notice 483.

A county 政府办公室 (县政府督查室) presents the task list of its
《2025年〈政府工作报告〉重点任务分解方案》 at the 全县重点工作推进会 as a
PowerPoint deck (16:9, a typical 党政 template: picture on the title slide,
red bars, 目录 cards, PART section slides, footer and slide number on every
slide but the first, some speaker notes, empty notes pages on others).
The deck is then read the way an LLM / RAG pipeline reads it: MarkItDown
(0.1.x, ``markitdown deck.pptx -o deck.md``).

The script keeps a model of the deck's shapes (positions in EMU, text as
python-pptx returns it: paragraphs joined by "\n", every soft line break
<a:br/> as a vertical tab "\v") and writes what MarkItDown's PptxConverter
makes of it:

* ``<!-- Slide number: N -->`` before each slide;
* shapes sorted by (top, left), groups recursed in the same order;
* the title placeholder as ``# `` + text.lstrip(), every other text frame
  as its raw text (empty autoshapes give an empty line);
* pictures as ``![alt](name.jpg)``, alt from the auto-generated 替换文字;
* tables written as HTML (first row <th>) and converted by markdownify:
  a cell's paragraphs joined by a space, "\v" kept, merged-over cells empty;
* charts as ``### Chart: title`` and a small table with no newline after
  its last row (the next shape's text runs on);
* ``### Notes:`` and the notes text when the slide has a notes page
  (an empty notes page leaves ``### Notes:`` alone);
* md stripped after each slide; the file written with no final newline.
"""
import html
import os
import re

NAME = "483_zhiyan_xian_gzbg_fenjie_pptx_markitdown.md"
EMU = 914400


def inch(x):
    return int(round(x * EMU))


# ---------------------------------------------------------------- shapes
def T(top, left, text, title=False, name="文本框"):
    return {"k": "text", "top": inch(top), "left": inch(left), "text": text,
            "title": title, "name": name}


def PIC(top, left, name, descr):
    return {"k": "pic", "top": inch(top), "left": inch(left), "name": name,
            "descr": descr}


def TBL(top, left, rows):
    return {"k": "table", "top": inch(top), "left": inch(left), "rows": rows}


def CHART(top, left, title, series, cats, values):
    return {"k": "chart", "top": inch(top), "left": inch(left), "title": title,
            "series": series, "cats": cats, "values": values}


def GRP(top, left, children):
    return {"k": "group", "top": inch(top), "left": inch(left),
            "children": children}


def LINE(top, left):
    # a connector: no text frame, MarkItDown writes nothing
    return {"k": "line", "top": inch(top), "left": inch(left)}


def FOOTER(n):
    return [T(6.95, 4.42, "芷岩县人民政府办公室", name="页脚占位符"),
            T(6.95, 9.83, str(n), name="灯片编号占位符")]


# ---------------------------------------------------------------- the deck
HDR = ["序号", "重点任务", "责任\v县领导", "牵头单位", "配合单位", "完成\v时限"]

slides = []

# 1 title slide
slides.append({"shapes": [
    PIC(0, 0, "图片 2", "图片包含 室外, 天空, 建筑物, 水\n\n描述已自动生成"),
    T(2.18, 0, "", name="矩形 3"),
    T(2.45, 0.9, "芷岩县2025年《政府工作报告》\v重点任务分解", title=True),
    T(4.35, 0.9, "全县重点工作推进会\n县人民政府办公室（县政府督查室）\v2025年2月"),
], "notes": ""})

# 2 目录
def toc_card(left, num, label):
    return GRP(2.6, left, [
        T(2.6, left, "", name="椭圆"),
        T(2.78, left + 0.12, num),
        T(3.62, left - 0.25, label),
    ])

slides.append({"shapes": [
    T(0.42, 0.6, "目　录", title=True),
    LINE(1.05, 0.6),
    toc_card(2.2, "01", "总体情况"),
    toc_card(5.9, "02", "任务分解"),
    toc_card(9.6, "03", "工作要求"),
] + FOOTER(2), "notes": ""})

# 3 PART 01
slides.append({"shapes": [
    T(0, 0, "", name="矩形 4"),
    T(2.42, 4.9, "PART 01"),
    T(3.05, 3.2, "总体情况", title=True),
    LINE(3.9, 5.2),
] + FOOTER(3), "notes": ""})

# 4 总体情况
slides.append({"shapes": [
    T(0.42, 0.6, "一、总体情况", title=True),
    T(1.25, 0.6,
      "　　2月14日，县政府办公室印发《芷岩县2025年〈政府工作报告〉重点任务分解方案》"
      "（芷政办发〔2025〕4号），将《政府工作报告》确定的目标任务分解为7个方面32项重点任务，"
      "逐项明确责任县领导、牵头单位、配合单位和完成时限。\n"
      "　　牵头单位对牵头任务负总责，配合单位按照职责分工主动配合、抓好落实。"),
    CHART(2.75, 0.9, "2025年主要预期目标（%）", "增长目标",
          ["地区生产总值增长", "规模以上工业增加值增长", "固定资产投资增长",
           "社会消费品零售总额增长", "城乡居民人均可支配收入增长"],
          [6.0, 8.0, 7.5, 5.0, 6.0]),
    T(6.48, 0.9, "数据来源：县发展和改革局、县统计局"),
] + FOOTER(4), "notes":
    "开场：各位领导、同志们，下面我就《重点任务分解方案》作简要说明。\n"
    "方案共7个方面32项任务，主要预期目标与《政府工作报告》保持一致，地区生产总值增长6%左右。"})

# 5 PART 02
slides.append({"shapes": [
    T(0, 0, "", name="矩形 4"),
    T(2.42, 4.9, "PART 02"),
    T(3.05, 3.2, "任务分解", title=True),
    LINE(3.9, 5.2),
    T(4.15, 3.9, "7个方面　32项重点任务"),
] + FOOTER(5)})

# 6 (一) 1-3
slides.append({"shapes": [
    T(0.42, 0.6, "二、任务分解｜（一）稳增长 扩内需", title=True),
    T(1.02, 0.6, "", name="矩形 7"),
    TBL(1.3, 0.6, [
        HDR,
        ["1", "全力抓好项目建设，全年实施县级重点项目120个，完成投资150亿元以上。",
         "罗文涛", "县发展和改革局",
         "县财政局、县自然资源局、县住房和城乡建设局", "2025年12月底"],
        ["2", "积极争取超长期特别国债、地方政府专项债券等资金支持，全年争取上级资金20亿元以上。",
         "", "县财政局\n县发展和改革局", "县直各有关单位", ""],
        ["3", "开展消费提振行动，举办汽车、家电、家居等促消费活动20场以上，社会消费品零售总额增长5%。",
         "马　骁", "县商务局",
         "县财政局、县市场监督管理局、各乡镇人民政府", ""],
    ]),
] + FOOTER(6), "notes":
    "第2项请县财政局、县发改局重点说明争取资金进度；第3项社零增速目标为5%，与市下达目标一致。"})

# 7 (一) 4-5 续
slides.append({"shapes": [
    T(0.42, 0.6, "二、任务分解｜（一）稳增长 扩内需（续）", title=True),
    T(1.02, 0.6, "", name="矩形 7"),
    TBL(1.3, 0.6, [
        HDR,
        ["4", "大力发展夜间经济和文旅消费，打造夜间消费集聚区2个。",
         "马　骁", "县文化广电旅游体育局",
         "县商务局、县住房和城乡建设局、城关街道办事处", "2025年10月底"],
        ["5", "深入实施“个转企、小升规”工程，新增规上工业企业15家、限上商贸企业20家。",
         "", "县工业和信息化局\n县商务局", "县统计局、县市场监督管理局", "2025年12月底"],
    ]),
] + FOOTER(7)})

# 8 (二) 6-10
slides.append({"shapes": [
    T(0.42, 0.6, "二、任务分解｜（二）推动产业转型升级", title=True),
    T(1.02, 0.6, "", name="矩形 7"),
    TBL(1.3, 0.6, [
        HDR,
        ["6", "聚焦新材料、绿色食品两大主导产业，实施强链补链延链项目30个。",
         "马　骁", "县工业和信息化局",
         "县发展和改革局、县科学技术局、芷岩经济开发区管委会", "2025年12月底"],
        ["7", "推进芷岩经济开发区扩区调位，新建标准化厂房10万平方米。",
         "", "芷岩经济开发区管委会", "县自然资源局、县住房和城乡建设局", "2025年11月底"],
        ["8", "实施数字经济提速工程，新建5G基站200个，推动100家企业上云用数赋智。",
         "", "县工业和信息化局", "县政务服务和数据管理局\n县通信发展办公室", "2025年12月底"],
        ["9", "加快发展现代服务业，培育省级现代服务业集聚区1个。",
         "罗文涛", "县发展和改革局", "县商务局、县交通运输局", ""],
        ["10", "推进全域旅游示范县创建，提升紫霞山景区品质，全年接待游客600万人次。",
         "陈晓岚", "县文化广电旅游体育局",
         "紫霞山景区管理委员会、县交通运输局、相关乡镇人民政府", ""],
    ]),
] + FOOTER(8)})

# 9 (三) 11-14
slides.append({"shapes": [
    T(0.42, 0.6, "二、任务分解｜（三）深化改革开放", title=True),
    T(1.02, 0.6, "", name="矩形 7"),
    TBL(1.3, 0.6, [
        HDR,
        ["11", "深化国资国企改革，完成县属国有企业整合重组。",
         "罗文涛", "县财政局（县国资中心）", "县委编办、县人力资源和社会保障局", "2025年9月底"],
        ["12", "持续优化营商环境，推行“高效办成一件事”重点事项清单全覆盖。",
         "程　立", "县政务服务和数据管理局", "县直各有关单位", "2025年12月底"],
        ["13", "深入开展招商引资“一号工程”。\n全年新签约亿元以上项目40个，到位资金80亿元。",
         "马　骁", "县投资促进中心", "芷岩经济开发区管委会、各乡镇人民政府", ""],
        ["14", "落实结构性减税降费和普惠金融政策，新增普惠小微贷款10亿元。",
         "罗文涛", "国家税务总局芷岩县税务局\v人行芷岩县支行",
         "县财政局、县市场监督管理局", ""],
    ]),
] + FOOTER(9)})

# 10 (四) 15-19
slides.append({"shapes": [
    T(0.42, 0.6, "二、任务分解｜（四）全面推进乡村振兴", title=True),
    T(1.02, 0.6, "", name="矩形 7"),
    TBL(1.3, 0.6, [
        HDR,
        ["15", "稳定粮食播种面积42万亩以上，新建高标准农田3.5万亩。",
         "贺建平", "县农业农村局",
         "县财政局、县自然资源局、县水利局、各乡镇人民政府", "2025年10月底"],
        ["16", "巩固拓展脱贫攻坚成果，守牢不发生规模性返贫致贫底线。",
         "", "县农业农村局", "县民政局、县医疗保障局、县教育局", "2025年12月底"],
        ["17", "实施和美乡村建设行动，创建省级和美乡村示范村8个，农村卫生厕所普及率达到92%。",
         "", "县农业农村局",
         "县住房和城乡建设局、市生态环境局芷岩分局、各乡镇人民政府", ""],
        ["18", "推进农村供水保障工程，完成12处农村供水工程改造提升。",
         "", "县水利局", "县财政局、县卫生健康局", "2025年11月底"],
        ["19", "发展壮大村级集体经济，集体经济年收入10万元以上的村占比达到60%。",
         "", "县委组织部\n县农业农村局", "县财政局", "2025年12月底"],
    ]),
] + FOOTER(10), "notes": ""})

# 11 (五) 20-24
slides.append({"shapes": [
    T(0.42, 0.6, "二、任务分解｜（五）城乡建设和生态环境", title=True),
    T(1.02, 0.6, "", name="矩形 7"),
    TBL(1.3, 0.6, [
        HDR,
        ["20", "实施城市更新行动，改造城镇老旧小区36个、城中村2个。",
         "吴　清", "县住房和城乡建设局",
         "县财政局\v县自然资源局\v城关街道办事处", "2025年12月底"],
        ["21", "加快芷岩至东浦高速公路芷岩段建设，完成年度投资12亿元。",
         "", "县交通运输局", "县自然资源局、县林业局、沿线乡镇人民政府", ""],
        ["22", "深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在32微克/立方米以内。",
         "", "市生态环境局芷岩分局",
         "县住房和城乡建设局\v县农业农村局\v县交通运输局\v县工业和信息化局", ""],
        ["23", "全面落实河湖长制、林长制，完成营造林3万亩。",
         "贺建平", "县水利局\v县林业局", "各乡镇人民政府", "2025年11月底"],
        ["24", "推进生活垃圾分类和农村生活污水治理，农村生活污水治理率达到45%。",
         "吴　清", "县城市管理局",
         "市生态环境局芷岩分局、县农业农村局、各乡镇人民政府", "2025年12月底"],
    ]),
] + FOOTER(11)})

# 12 (六) 民生实事 cards
def card(top, left, num, title, leader, units):
    # card background, a circle badge centred on a two-line title box
    return GRP(top, left, [
        T(top, left, "", name="圆角矩形"),
        T(top + 0.16, left + 0.78, title),
        T(top + 0.27, left + 0.14, num, name="椭圆"),
        T(top + 1.02, left + 0.2, "责任县领导：" + leader),
        T(top + 1.36, left + 0.2, "责任单位：" + units),
    ])

slides.append({"shapes": [
    T(0.42, 0.6, "二、任务分解｜（六）民生实事", title=True),
    T(1.02, 0.6, "", name="矩形 7"),
    card(1.28, 0.6, "25", "建成城区第二幼儿园，新增学前教育学位540个",
         "陈晓岚", "县教育局、县住房和城乡建设局、县财政局"),
    card(1.28, 4.75, "26", "新增城镇就业3200人，开展职业技能培训5000人次",
         "罗文涛", "县人力资源和社会保障局、县就业服务中心"),
    card(1.28, 8.9, "27", "实施县人民医院门急诊综合楼项目，年内主体完工",
         "陈晓岚", "县卫生健康局、县人民医院、县发展和改革局"),
    card(3.92, 0.6, "28", "为全县65周岁以上老年人免费开展一次健康体检",
         "陈晓岚", "县卫生健康局"),
    card(3.92, 4.75, "29", "新建社区嵌入式养老服务中心4个、农村幸福院20个",
         "陈晓岚", "县民政局、县财政局、各乡镇人民政府"),
    card(3.92, 8.9, "30", "改造提升城区燃气老旧管网28公里",
         "吴　清", "县住房和城乡建设局、县城市管理局"),
    T(6.52, 0.6, "注：责任单位中排在第一位的为牵头单位，其余为配合单位。"),
] + FOOTER(12), "notes":
    "民生实事6件，均列入县政府年度目标考核。\n"
    "第28项体检工作由县卫健局统筹，各乡镇卫生院具体实施，年底前全部完成。"})

# 13 (七) 31-32
slides.append({"shapes": [
    T(0.42, 0.6, "二、任务分解｜（七）政府自身建设", title=True),
    T(1.02, 0.6, "", name="矩形 7"),
    T(1.45, 0.6,
      "31．全面推进法治政府建设，严格落实重大行政决策程序，提升行政执法质量和效能。"
      "\v责任县领导：周景澄　牵头单位：县司法局　配合单位：县政府各部门\n"
      "32．持续深化政务公开，推进“12345”政务服务便民热线整合优化，群众诉求按期办结率达到98%以上。"
      "\v责任县领导：程　立　牵头单位：县政务服务和数据管理局　配合单位：县政府办公室、县政府各部门",
      name="内容占位符 2"),
] + FOOTER(13)})

# 14 PART 03
slides.append({"shapes": [
    T(0, 0, "", name="矩形 4"),
    T(2.42, 4.9, "PART 03"),
    T(3.05, 3.2, "工作要求", title=True),
    LINE(3.9, 5.2),
] + FOOTER(14)})

# 15 工作要求 (auto-numbered paragraphs: the numbers are no text)
slides.append({"shapes": [
    T(0.42, 0.6, "三、工作要求", title=True),
    T(1.02, 0.6, "", name="矩形 7"),
    T(1.4, 0.6,
      "压实工作责任。各责任县领导要加强统筹调度，牵头单位主要负责同志是第一责任人，"
      "要细化工作措施、明确时间节点，确保按期完成。\n"
      "强化协同配合。配合单位要主动对接、积极支持，涉及多个单位的任务由牵头单位负责组织协调。\n"
      "严格督查问效。县政府督查室每季度对任务进展情况进行督查通报，"
      "各牵头单位于每季度最后一个月25日前报送进展情况。",
      name="内容占位符 2"),
    T(5.9, 0.6, "联系人：县政府督查室　赵　敏　　电话：6812035"),
] + FOOTER(15), "notes": ""})

# 16 谢谢
slides.append({"shapes": [
    PIC(1.6, 5.92, "图片 5", "徽标\n\n描述已自动生成"),
    T(3.6, 4.2, "谢　谢！"),
] + FOOTER(16)})


# ---------------------------------------------------------------- MarkItDown
def sort_key(s):
    return (float("-inf") if not s["top"] else s["top"],
            float("-inf") if not s["left"] else s["left"])


ws_nl = re.compile(r"[\t \r\n]*[\r\n][\t \r\n]*")
ws = re.compile(r"[\t ]+")


def md_cell(text):
    # html.escape + BeautifulSoup round trip is the identity here
    t = ws_nl.sub("\n", text)
    t = ws.sub(" ", t)
    t = t.replace("*", r"\*").replace("_", r"\_")
    t = t.strip()                    # text node inside <td>/<th>
    return " " + t.strip().replace("\n", " ") + " |"


def md_table(rows):
    lines = []
    for i, row in enumerate(rows):
        lines.append("|" + "".join(md_cell(c) for c in row))
        if i == 0:
            lines.append("| " + " | ".join(["---"] * len(row)) + " |")
    return "\n".join(lines).strip() + "\n"


def md_chart(c):
    md = "\n\n### Chart"
    md += f": {c['title']}"
    md += "\n\n"
    data = [["Category", c["series"]]]
    for cat, v in zip(c["cats"], c["values"]):
        data.append([cat, v])
    tbl = ["| " + " | ".join(map(str, r)) + " |" for r in data]
    sep = "|" + "|".join(["---"] * len(data[0])) + "|"
    return md + "\n".join([tbl[0], sep] + tbl[1:])


def alt_of(descr, name):
    alt = "\n".join(["", descr]) or name
    alt = re.sub(r"[\r\n\[\]]", " ", alt)
    alt = re.sub(r"\s+", " ", alt).strip()
    return alt


def shape_md(s):
    out = ""
    if s["k"] == "pic":
        out += "\n![" + alt_of(s["descr"], s["name"]) + "](" + re.sub(r"\W", "", s["name"]) + ".jpg)\n"
    elif s["k"] == "table":
        out += md_table(s["rows"])
    elif s["k"] == "chart":
        out += md_chart(s)
    elif s["k"] == "text":
        if s["title"]:
            out += "# " + s["text"].lstrip() + "\n"
        else:
            out += s["text"] + "\n"
    elif s["k"] == "group":
        for c in sorted(s["children"], key=sort_key):
            out += shape_md(c)
    return out


md = ""
for n, sl in enumerate(slides, 1):
    md += f"\n\n<!-- Slide number: {n} -->\n"
    for s in sorted(sl["shapes"], key=sort_key):
        md += shape_md(s)
    md = md.strip()
    if "notes" in sl:
        md += "\n\n### Notes:\n"
        md += sl["notes"]
        md = md.strip()
md = md.strip()

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME),
          "w", encoding="utf-8", newline="\n") as fh:
    fh.write(md)
