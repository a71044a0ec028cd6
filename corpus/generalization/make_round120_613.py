#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 120, case 613: a 部门责任清单 laid out unit by unit.

The notice (a 县政府办 red-header Word notice) prints its attachment not as a task
list but as one section per responsible unit, each split into 牵头任务 and 配合任务.
Every task keeps its number from the earlier 分工方案 and is printed again under
its lead unit(s) (with leader, helpers and deadline) and under each of its helpers
that has a section of its own (with only the lead named).  A task is one task however
often it is printed; the reader merges the copies by their number.

Writes 613_jichuan_xian_bumen_zeren_qingdan.docx and its .tasks.gold.jsonl,
byte for byte the same on every run.
"""
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "613_jichuan_xian_bumen_zeren_qingdan"
DOCX = os.path.join(HERE, BASE + ".docx")
GOLD = os.path.join(HERE, BASE + ".tasks.gold.jsonl")

# ---------------------------------------------------------------- master data
FGW = "县发展和改革局"
JYJ = "县教育局"
GXJ = "县工业和信息化局"
MZJ = "县民政局"
CZJ = "县财政局"
RSJ = "县人力资源和社会保障局"
ZRJ = "县自然资源局"
STJ = "市生态环境局霁川分局"
ZJJ = "县住房和城乡建设局"
JTJ = "县交通运输局"
SLJ = "县水利局"
NYJ = "县农业农村局"
SWJ = "县商务局"
WLJ = "县文化和旅游局"
WJJ = "县卫生健康局"
YJJ = "县应急管理局"
SJJ = "县市场监督管理局"
TJJ = "县统计局"
ZWJ = "县政务服务和数据管理局"
# units with no section of their own (named only in the lead's bracket)
XZ = "各乡镇（街道）"
CT = "县城市建设投资集团有限公司"
GD = "国网霁川县供电公司"
SW = "国家税务总局霁川县税务局"

SECTIONS = [FGW, JYJ, GXJ, MZJ, CZJ, RSJ, ZRJ, STJ, ZJJ, JTJ, SLJ, NYJ, SWJ,
            WLJ, WJJ, YJJ, SJJ, TJJ, ZWJ]

ZQH, HLX, WY, OYWD, CXL, XWJ, SJP = ("周启航", "韩立新", "王勇", "欧阳卫东",
                                      "陈晓岚", "许文静", "沈建平")

D12 = "2025年12月底"
# (id, text, leads, helpers, leaders, deadline)
TASKS = [
    (1, "全县地区生产总值增长6.5%左右，规模以上工业增加值增长8%，一般公共预算收入增长5%。",
     [FGW], [TJJ, CZJ, GXJ], [ZQH], D12),
    (2, "谋划储备重大项目120个以上，争取中央预算内投资和超长期特别国债等资金3亿元以上。",
     [FGW], [CZJ, ZRJ], [ZQH], D12),
    (3, "实施工业倍增计划，全年新增规模以上工业企业15家，培育年营业收入亿元以上企业10家。",
     [GXJ], [TJJ, FGW], [HLX], D12),
    (4, "推进霁川经济开发区扩区调位，新建标准厂房20万平方米，新引进亿元以上项目12个。",
     [GXJ], [ZRJ, ZJJ, CT], [HLX], "2025年11月底"),
    (5, "新增省级专精特新中小企业5家，高新技术企业总数达到60家，研发经费投入强度提高0.2个百分点。",
     [GXJ], [CZJ], [HLX], D12),
    (6, "开展消费提振年活动，发放消费券1000万元，社会消费品零售总额增长6%。",
     [SWJ], [WLJ, TJJ, XZ], [CXL], D12),
    (7, "稳住外贸外资基本盘，外贸进出口总额稳定在12亿元以上，实际使用外资1500万美元。",
     [SWJ], [FGW], [CXL], D12),
    (8, "粮食播种面积稳定在42万亩以上，总产量保持在16万吨以上，坚决遏制耕地“非农化”。",
     [NYJ], [ZRJ, SLJ, XZ], [WY], "2025年10月底"),
    (9, "新建高标准农田3.2万亩，配套建设小型农田水利工程40处，新增高效节水灌溉面积0.8万亩。",
     [NYJ, SLJ], [CZJ, ZRJ], [WY], D12),
    (10, "巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制，脱贫人口人均纯收入增长8%以上。",
     [NYJ], [RSJ, MZJ, JYJ, WJJ], [WY], D12),
    (11, "推进农村人居环境整治提升，新改建农村卫生厕所3000户，农村卫生厕所普及率达到90%。",
     [NYJ], [WJJ, ZJJ, XZ], [WY], "2025年11月底"),
    (12, "实施城市更新行动，改造城镇老旧小区28个，惠及居民3600户，同步改造供电、供气设施。",
     [ZJJ], [CZJ, CT, GD], [OYWD], "2025年11月底"),
    (13, "新建改造城区供排水管网45公里，完成霁水河东岸片区雨污分流改造。",
     [ZJJ], [SLJ, STJ], [OYWD], D12),
    (14, "加快国道霁川过境段改扩建工程建设，新改建农村公路120公里，实施危桥改造15座。",
     [JTJ], [ZRJ, CZJ, XZ], [OYWD], D12),
    (15, "新开通城乡公交线路6条，实现具备条件的建制村通客车全覆盖。",
     [JTJ], [], [OYWD], "2025年6月底"),
    (16, "深入打好蓝天碧水净土保卫战，PM2.5平均浓度控制在32微克/立方米以内，国省控断面水质优良率保持100%。",
     [STJ], [ZJJ, JTJ, NYJ, GXJ], [CXL], D12),
    (17, "完成县级国土空间总体规划“一张图”建设，盘活批而未供和闲置土地1800亩。",
     [ZRJ], [FGW, ZJJ], [ZQH], D12),
    (18, "新改扩建中小学校和幼儿园5所，新增学位3200个，化解城区学校大班额问题。",
     [JYJ], [FGW, CZJ, ZRJ, ZJJ], [XWJ], "2025年8月底"),
    (19, "深化紧密型县域医共体建设，支持县人民医院创建三级医院，乡镇卫生院全部达到国家基本标准。",
     [WJJ], [FGW, CZJ, RSJ], [XWJ], D12),
    (20, "城镇新增就业3800人，农村劳动力转移就业1.2万人，城镇调查失业率控制在5.5%以内。",
     [RSJ], [JYJ, SWJ, TJJ], [ZQH, XWJ], D12),
    (21, "提高城乡低保标准，城市、农村低保标准分别提高到每人每月780元、560元。",
     [MZJ, CZJ], [XZ], [XWJ], "2025年6月底"),
    (22, "新建社区嵌入式养老服务中心8个，新增养老床位300张，为特殊困难老年人开展居家适老化改造500户。",
     [MZJ], [ZJJ, WJJ, XZ], [XWJ], D12),
    (23, "举办第三届霁山文化旅游节，开发精品旅游线路5条，全年接待游客突破800万人次。",
     [WLJ], [SWJ, JTJ], [CXL], "2025年10月底"),
    (24, "推进霁山古镇保护利用，创建国家4A级旅游景区1家、省级旅游度假区1家。",
     [WLJ], [ZRJ, ZJJ], [CXL], D12),
    (25, "深化“高效办成一件事”改革，政务服务事项网上可办率达到98%以上。",
     [ZWJ], [SJJ, RSJ], [SJP], D12),
    (26, "持续优化营商环境，新增经营主体6000户以上，其中新增企业1500户。",
     [SJJ], [ZWJ, SWJ], [SJP], D12),
    (27, "实施食品安全放心工程，食品抽检量达到每千人5批次，学校食堂“互联网+明厨亮灶”覆盖率100%。",
     [SJJ], [NYJ, WJJ, JYJ], [SJP], D12),
    (28, "不折不扣落实结构性减税降费政策，全年为经营主体减负2亿元以上。",
     [CZJ], [SW, FGW], [ZQH], D12),
    (29, "加强政府债务管理，稳妥化解存量隐性债务2.6亿元，坚决守住不发生系统性风险底线。",
     [CZJ], [CT], [ZQH], D12),
    (30, "推进数字乡村建设，新建5G基站260个，实现5G网络行政村全覆盖。",
     [GXJ], [ZWJ, NYJ], [HLX], D12),
    (31, "开展安全生产治本攻坚行动，确保生产安全事故起数和死亡人数“双下降”。",
     [YJJ], [ZJJ, JTJ, SJJ, XZ], [HLX], "持续推进"),
    (32, "实施霁水河综合治理一期工程，新增治理河道长度18公里，完成堤防加固9.6公里。",
     [SLJ], [ZRJ, CZJ], [WY], D12),
]

# printing quirks (each resolvable by a careful reader)
PADDED = {8: {"王勇": "王　勇"}}          # a padded two-character name in one bracket
COMMA_BEFORE = {14: 2}                   # `，` instead of `、` before helper index 2 of task 14

TASK = {t[0]: t for t in TASKS}
for s in SECTIONS:
    assert any(s in t[2] or s in t[3] for t in TASKS), s


def helper_text(tid, helpers):
    out = ""
    for i, h in enumerate(helpers):
        if i:
            out += "，" if COMMA_BEFORE.get(tid) == i else "、"
        out += h
    return out


def lead_bracket(tid, unit):
    _, text, leads, helpers, leaders, deadline = TASK[tid]
    parts = []
    others = [u for u in leads if u != unit]
    if others:
        parts.append("与" + "、".join(others) + "共同牵头")
    names = [PADDED.get(tid, {}).get(n, n) for n in leaders]
    parts.append("责任县领导：" + "、".join(names))
    if helpers:
        parts.append("配合单位：" + helper_text(tid, helpers))
    parts.append("完成时限：" + deadline)
    return "（" + "；".join(parts) + "）"


def helper_bracket(tid):
    return "（牵头单位：" + "、".join(TASK[tid][2]) + "）"


CN = "一二三四五六七八九十"


def cn_num(n):
    if n <= 10:
        return "十" if n == 10 else CN[n - 1]
    if n < 20:
        return "十" + CN[n - 11]
    t, o = divmod(n, 10)
    return CN[t - 1] + "十" + (CN[o - 1] if o else "")


# ---------------------------------------------------------------- document
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, east, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc, text="", east=FS, size=16, bold=False, align=None, indent=True,
         color=None, space_after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    pf.line_spacing = Pt(28)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def runs(doc, pieces, indent=True):
    """pieces: list of (text, east, bold)"""
    p = para(doc, indent=indent)
    for text, east, bold in pieces:
        set_font(p.add_run(text), east, 16, bold)
    return p


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = st.element.rPr.makeelement(qn("w:rFonts"), {})
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)

    cp = doc.core_properties
    cp.author = "县政府办公室"
    cp.last_modified_by = "督查室"
    cp.title = "霁川县人民政府办公室关于印发2025年县《政府工作报告》重点任务部门责任清单的通知"
    cp.created = datetime.datetime(2025, 3, 11, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 12, 16, 30, 0)
    cp.last_printed = datetime.datetime(2025, 3, 12, 16, 32, 0)
    cp.revision = 7
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""

    # 版头
    para(doc, "霁川县人民政府办公室文件", XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, color="FF0000", space_after=18)
    para(doc, "霁政办发〔2025〕6号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "", indent=False)
    p = para(doc, "", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_font(p.add_run("霁川县人民政府办公室"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    set_font(p.add_run("关于印发2025年县《政府工作报告》重点任务"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    set_font(p.add_run("部门责任清单的通知"), XBS, 22)
    para(doc, "", indent=False)
    para(doc, "各乡镇人民政府、街道办事处，县政府各部门，县直有关单位：", indent=False)
    para(doc, "为推动2025年县《政府工作报告》确定的各项目标任务落地见效，县政府督查室依据"
              "《霁川县2025年〈政府工作报告〉重点任务分工方案》（霁政办发〔2025〕3号），"
              "按责任单位对32项重点任务逐一梳理，形成《2025年县〈政府工作报告〉重点任务部门责任清单》"
              "（以下简称《清单》）。经县政府同意，现印发给你们，并就有关事项通知如下。")
    runs(doc, [("一、清单编排方式。", HT, False),
               ("《清单》以单位为单元编排，每个单位名下分“牵头任务”“配合任务”两类列出。"
                "任务序号沿用《分工方案》序号，同一项任务在牵头单位和各配合单位名下分别列出，"
                "序号相同的为同一项任务，不重复计数。", FS, False)])
    runs(doc, [("二、责任认定。", HT, False),
               ("列入某单位“牵头任务”的，由该单位牵头负责，任务后括号内注明责任县领导、"
                "配合单位和完成时限；注明“与××共同牵头”的，由相关单位共同牵头，分别在各自名下列出。"
                "列入某单位“配合任务”的，由该单位配合牵头单位抓好落实，任务后括号内注明该项任务的牵头单位。"
                "各乡镇（街道）、县属国有企业和中央、省驻县单位承担的配合任务不单独列出，"
                "以牵头任务括号内所列为准。", FS, False)])
    runs(doc, [("三、工作要求。", HT, False),
               ("各牵头单位要对照《清单》细化工作措施，主动对接配合单位；各配合单位要按照职责分工，"
                "积极支持配合，不得推诿扯皮。请各单位于每季度末月25日前将任务推进情况报县政府督查室"
                "（联系人：杨帆，电话：0791-6832105），县政府督查室将定期调度通报。", FS, False)])
    para(doc, "")
    para(doc, "附件：2025年县《政府工作报告》重点任务部门责任清单", indent=True)
    para(doc, "")
    para(doc, "")
    para(doc, "霁川县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "2025年3月12日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "（此件公开发布）", indent=True)

    # 附件 on a new page
    p = para(doc, "", indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件", HT, 16, indent=False)
    para(doc, "")
    para(doc, "2025年县《政府工作报告》重点任务", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "部门责任清单", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "")

    for si, unit in enumerate(SECTIONS, 1):
        lead_ids = [t[0] for t in TASKS if unit in t[2]]
        help_ids = [t[0] for t in TASKS if unit in t[3]]
        para(doc, f"{cn_num(si)}、{unit}（牵头{len(lead_ids)}项，配合{len(help_ids)}项）", HT, 16)
        if lead_ids:
            para(doc, "（一）牵头任务", KT, 16, bold=True)
            for tid in lead_ids:
                runs(doc, [(f"{tid}．{TASK[tid][1]}", FS, False),
                           (lead_bracket(tid, unit), KT, False)])
        else:
            para(doc, "（一）牵头任务：无。", KT, 16, bold=True)
        if help_ids:
            para(doc, "（二）配合任务", KT, 16, bold=True)
            for tid in help_ids:
                runs(doc, [(f"{tid}．{TASK[tid][1]}", FS, False),
                           (helper_bracket(tid), KT, False)])
        else:
            para(doc, "（二）配合任务：无。", KT, 16, bold=True)

    # 版记
    para(doc, "")
    para(doc, "抄送：县委办公室，县人大常委会办公室，县政协办公室。", FS, 14, indent=False)
    para(doc, "霁川县人民政府办公室　　　　　　　　　2025年3月12日印发", FS, 14, indent=False)

    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def normalise_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 12, 16, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def gold():
    # document order = order of first appearance in the attachment
    order = []
    for unit in SECTIONS:
        for t in TASKS:
            if unit in t[2] and t[0] not in order:
                order.append(t[0])
        for t in TASKS:
            if unit in t[3] and t[0] not in order:
                order.append(t[0])
    assert sorted(order) == [t[0] for t in TASKS]
    lines = []
    for tid in order:
        _, text, leads, helpers, leaders, deadline = TASK[tid]
        rec = {
            "id": str(tid),
            "marker": f"{tid}．",
            "head": text[:12],
            "responsible_units": leads + helpers,
            "lead_units": list(leads),
            "cooperating_units": list(helpers),
            "leaders": list(leaders),
            "deadline": deadline,
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def main():
    with open(DOCX, "wb") as f:
        f.write(normalise_zip(build()))
    with open(GOLD, "w", encoding="utf-8") as f:
        f.write(gold())
    print("wrote", DOCX, "and", GOLD)


if __name__ == "__main__":
    main()
