#!/usr/bin/python3
"""Round 148, notice 757: a 两办 (县委办 + 县政府办) red-header Word notice whose 附件
《2025年全县重点工作任务清单》 is a table with ONE ROW PER 工作领域 (表格式工作要点):

    序号 / 工作领域 / 重点任务 / 责任县领导 / 完成时限

The 重点任务 cell of a row holds that field's tasks as numbered paragraphs (1–37 running on
through the table), each closing with its own bracket (牵头单位/配合单位, or 责任单位 only, at
times a 完成时限 of its own).  The row's 责任县领导 cell applies to every task in the row, unless
it names task numbers (`王　勇（第15—17项）`); the row's 完成时限 cell applies unless the bracket
gives one, and one cell gives a time by task number (`第20项：…` / `其余：…`).

Run:  /usr/bin/python3 make_757.py      (writes the .docx and 757.tasks.gold.jsonl; deterministic)
"""
import copy
import io
import json
import os
import re
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX = os.path.join(HERE, "757_yichuan_xian_2025_zhongdian_gongzuo_renwu_qingdan.docx")
GOLD = os.path.join(HERE, "757.tasks.gold.jsonl")

COUNTY = "漪川县"
WENHAO = "漪办发〔2025〕4号"
DATE = "2025年2月26日"

# ----------------------------------------------------------------------------------------------
# The one structured description of the 附件 table.
#   leaders: list of (post or None, name as printed, task-number note or None)
#            a note like "第15—17项" restricts the leader to those tasks; no note = whole field.
#   deadline: {"all": str} or {"by": {n: str}, "rest": str}  (the 完成时限 cell)
#   rows: the field may run over several table rows (序号/领域/领导 merged down); each row has
#         its own tasks and, if given, its own 完成时限 cell.
#   task: n, dot (the mark after the number), text, sub (sub-item paragraphs, not tasks),
#         lead / coop / resp (units), seps (separator printed BEFORE coop[i] when not 、),
#         dl (a 完成时限 inside the bracket), own_para (the bracket as a paragraph of its own).
# ----------------------------------------------------------------------------------------------
FIELDS = [
    {
        "seq": "一", "name": "经济运行",
        "leaders": [("县委常委、常务副县长", "陈立军", None)],
        "rows": [{
            "deadline": {"all": "2025年12月底前"},
            "intro": "围绕全年地区生产总值增长6%左右的目标，重点抓好以下工作：",
            "tasks": [
                dict(n=1, text="强化经济运行调度。建立“月调度、季分析”机制，紧盯规上工业增加值、固定资产投资、社会消费品零售总额等主要指标，对指标下滑的行业和单位及时预警、专题会商。",
                     lead=["县发改局", "县统计局"], coop=["县工信局", "县商务局", "县住建局"]),
                dict(n=2, text="抓好财税增收节支。落实好结构性减税降费政策，加强重点税源监控，全年一般公共预算收入增长5%以上；从严从紧控制一般性支出，“三公”经费只减不增。",
                     lead=["县财政局"], coop=["县税务局", "县自然资源局"]),
                dict(n=3, text="扩大有效投资。全年实施500万元以上项目260个以上，固定资产投资增长8%；用好超长期特别国债和地方政府专项债券，争取上级资金12亿元以上。",
                     lead=["县发改局"], coop=["县财政局", "县住建局", "县交通运输局"], seps={1: "，"}),
                dict(n=4, text="提振消费市场。举办“漪川消费季”系列促销活动不少于10场，落实汽车、家电以旧换新政策，新增限上商贸企业15家。",
                     lead=["县商务局"], coop=["县财政局", "县市场监管局", "县文化和旅游局"]),
                dict(n=5, text="防范化解政府债务风险。严格落实化债方案，稳妥推进融资平台整合转型，坚决守住不发生系统性风险的底线。",
                     resp=["县财政局", "县发改局", "县城投公司"], dl="2025年11月底前"),
            ],
        }],
    },
    {
        "seq": "二", "name": "项目建设和招商引资",
        "leaders": [("县委常委、副县长", "欧阳振华", None)],
        "rows": [{
            "deadline": {"all": "2025年12月底前"},
            "tasks": [
                dict(n=6, text="深化“项目攻坚年”行动。实行重点项目县级领导包抓、专班推进，全年新开工亿元以上项目25个，竣工投产15个。",
                     lead=["县发改局"], coop=["县自然资源局", "县住建局", "县行政审批局", "各乡镇人民政府"]),
                dict(n=7, text="强化项目要素保障。全年供应建设用地2000亩以上，盘活批而未供和闲置土地800亩，保障重点项目用地、用能需求。",
                     lead=["县自然资源局"], coop=["县发改局", "漪川经济开发区管委会"]),
                dict(n=8, text="开展产业链精准招商。围绕新材料、食品加工、现代物流三条产业链，全年签约亿元以上项目30个、到位资金60亿元以上。",
                     lead=["县投资促进中心"], coop=["县工信局", "县商务局", "漪川经济开发区管委会"]),
                dict(n=9, text="持续优化营商环境。深化“高效办成一件事”改革，推行涉企行政检查“综合查一次”，企业开办时间压缩至1个工作日以内。",
                     lead=["县行政审批局"], coop=["县市场监管局", "县数据局", "县司法局"], own_para=True),
            ],
        }],
    },
    {
        "seq": "三", "name": "工业经济和园区建设",
        "leaders": [("副县长", "李卫东", None)],
        "rows": [
            {
                "deadline": {"all": "2025年12月底前"},
                "tasks": [
                    dict(n=10, text="推动传统产业改造升级。实施技术改造项目20个以上，新增省级专精特新中小企业5家。",
                         lead=["县工信局"], coop=["县科技局", "县财政局"]),
                    dict(n=11, text="加快开发区扩区调位。完成开发区扩区调位报批，新建标准化厂房10万平方米，园区亩均税收提高10%。",
                         lead=["漪川经济开发区管委会"], coop=["县自然资源局", "县工信局"]),
                    dict(n=12, text="培育壮大市场主体。新增“四上”企业40家以上，其中规上工业企业15家。重点抓好：",
                         sub=["（1）建立“小升规”企业培育库，实行一企一策、跟踪服务；",
                              "（2）落实首次升规企业奖补政策，年内兑现到位。"],
                         lead=["县工信局"], coop=["县统计局", "县商务局", "县住建局", "县财政局"]),
                ],
            },
            {
                "deadline": {"all": "2025年10月底前"},
                "tasks": [
                    dict(n=13, text="推进数字经济发展。新建5G基站200个，推动100家企业上云用数赋智。",
                         lead=["县数据局"], coop=["县工信局", "县供电公司"]),
                    dict(n=14, text="抓好节能降碳。完成市下达的能耗强度下降目标，实施节能改造项目8个。",
                         lead=["县发改局"]),
                ],
            },
        ],
    },
    {
        "seq": "四", "name": "乡村振兴",
        "leaders": [(None, "王　勇", "第15—17项"), (None, "杜文博", "第18项")],
        "rows": [{
            "deadline": {"all": "2025年12月底前"},
            "tasks": [
                dict(n=15, text="稳定粮食生产。全年粮食播种面积稳定在42万亩以上，新建高标准农田3万亩。",
                     lead=["县农业农村局"], coop=["县财政局", "县自然资源局", "县水利局", "各乡镇人民政府"]),
                dict(n=16, text="巩固拓展脱贫攻坚成果。健全防止返贫致贫监测和帮扶机制，确保不发生规模性返贫致贫。",
                     lead=["县农业农村局"], coop=["县民政局", "县人社局", "县医保局", "县教育体育局", "县卫生健康局"]),
                dict(n=17, text="做强特色产业。做优茶叶、食用菌、中药材三大特色产业，新培育省级农业产业化龙头企业3家。",
                     resp=["县农业农村局", "县林业局", "县供销社"]),
                dict(n=18, text="加强水利基础设施建设。推进漪河干流综合治理和2座小型水库除险加固，主汛期前完成度汛工程。",
                     lead=["县水利局"], coop=["县财政局", "沿河各乡镇人民政府"], dl="2025年6月底前"),
            ],
        }],
    },
    {
        "seq": "五", "name": "城乡建设",
        "leaders": [("副县长", "马晓红", None)],
        "rows": [{
            "deadline": {"by": {20: "2025年9月底前"}, "rest": "2025年12月底前"},
            "tasks": [
                dict(n=19, text="实施城市更新行动。改造老旧小区32个、城中村1个，新建改造城市道路6条。",
                     lead=["县住建局"], coop=["县财政局", "县自然资源局", "县城市管理局", "县城投公司"]),
                dict(n=20, text="完成国土空间规划报批。完成县级国土空间总体规划报批和中心城区控制性详细规划修编。",
                     lead=["县自然资源局"], coop=["县住建局", "县发改局"]),
                dict(n=21, text="提升城市精细化管理水平。深化“城管进社区”，开展市容环境整治提升行动。",
                     lead=["县城市管理局"], coop=["县住建局", "县公安局", "城关镇人民政府"]),
                dict(n=22, text="加快交通基础设施建设。推进国道改线工程前期工作，新改建农村公路120公里。",
                     lead=["县交通运输局"], coop=["县自然资源局", "县财政局", "各乡镇人民政府"]),
            ],
        }],
    },
    {
        "seq": "六", "name": "生态环境保护",
        "leaders": [(None, "李卫东、马晓红", None)],
        "rows": [{
            "deadline": {"all": "2025年12月底前"},
            "tasks": [
                dict(n=23, dot=".", text="深入打好蓝天碧水净土保卫战。PM2.5平均浓度控制在30微克/立方米以内，国省控断面水质优良率保持100%。",
                     lead=["市生态环境局漪川分局"], coop=["县发改局", "县住建局", "县农业农村局", "县交通运输局", "各乡镇人民政府"],
                     seps={4: "，"}),
                dict(n=24, text="抓好中央和省生态环境保护督察反馈问题整改。按期完成年度整改任务，做到整改一个、销号一个。",
                     resp=["市生态环境局漪川分局", "县自然资源局", "县林业局", "县水利局"]),
                dict(n=25, text="推进林长制和国土绿化。完成营造林2.5万亩，森林覆盖率保持在62%以上。",
                     lead=["县林业局"], coop=["县自然资源局", "各乡镇人民政府"]),
            ],
        }],
    },
    {
        "seq": "七", "name": "社会民生",
        "leaders": [("副县长", "杜文博", None)],
        "rows": [{
            "deadline": {"all": "2025年12月底前"},
            "tasks": [
                dict(n=26, text="促进高质量充分就业。城镇新增就业3200人，城镇调查失业率控制在5.5%以内。",
                     lead=["县人社局"], coop=["县财政局", "县教育体育局", "县农业农村局"]),
                dict(n=27, text="推进义务教育优质均衡发展。新建、改扩建中小学和幼儿园5所，秋季学期前投入使用。",
                     lead=["县教育体育局"], coop=["县发改局", "县财政局", "县住建局", "县自然资源局"], dl="2025年8月底前"),
                dict(n=28, text="深化医药卫生体制改革。推进紧密型县域医共体建设，县人民医院创成三级医院。",
                     lead=["县卫生健康局"], coop=["县医保局", "县人民医院（县医共体总院）"]),
                dict(n=29, text="兜牢民生保障底线。适度提高城乡低保标准，新建社区嵌入式养老服务设施4处。",
                     lead=["县民政局"], coop=["县财政局", "各乡镇人民政府"]),
                dict(n=30, text="办好县级十件民生实事。逐项制定实施方案，按月调度、按季通报。",
                     lead=["县政府办公室"], coop=["县直各有关单位"]),
            ],
        }],
    },
    {
        "seq": "八", "name": "平安建设",
        "leaders": [("县委常委、政法委书记", "韩立新", None), ("副县长、县公安局局长", "赵　军", None)],
        "rows": [{
            "deadline": {"all": "持续推进"},
            "tasks": [
                dict(n=31, text="抓好安全生产和防灾减灾。深化安全生产治本攻坚三年行动，坚决遏制较大以上生产安全事故。",
                     lead=["县应急管理局"], coop=["县安委会各成员单位"]),
                dict(n=32, text="推进社会治理现代化。坚持和发展新时代“枫桥经验”，推进县乡村三级综治中心规范化建设，信访积案化解率达到90%以上。",
                     lead=["县委政法委", "县信访局"], coop=["县公安局", "县司法局", "各乡镇党委"]),
                dict(n=33, text="严厉打击违法犯罪。常态化开展扫黑除恶斗争，深入推进电信网络诈骗犯罪打击治理。",
                     lead=["县公安局"], coop=["县委政法委", "县法院", "县检察院"]),
            ],
        }],
    },
    {
        "seq": "九", "name": "党的建设",
        "leaders": [("县委常委、组织部部长", "孙志刚", "第34、35项"), ("县委常委、宣传部部长", "周海燕", "第36项"),
                    ("县委常委、县纪委书记、县监委主任", "何建明", "第37项")],
        "rows": [{
            "deadline": {"all": "2025年12月底前"},
            "tasks": [
                dict(n=34, text="建设高素质专业化干部队伍。树立重实干重实绩的用人导向，常态化开展年轻干部“墩苗”历练。",
                     lead=["县委组织部"], coop=["县委编办", "县人社局"]),
                dict(n=35, text="推进党建引领基层治理。持续整顿软弱涣散村（社区）党组织，抓好村级集体经济提质增效。",
                     lead=["县委组织部"], coop=["县委社会工作部", "县民政局", "县农业农村局", "各乡镇党委"]),
                dict(n=36, text="加强意识形态和宣传思想文化工作。落实意识形态工作责任制，办好县融媒体中心，讲好漪川故事。",
                     lead=["县委宣传部"], coop=["县委网信办", "县文化和旅游局", "县融媒体中心"]),
                dict(n=37, text="持之以恒正风肃纪反腐。深化整治群众身边不正之风和腐败问题，巩固拓展深入贯彻中央八项规定精神学习教育成果。",
                     lead=["县纪委监委"], coop=["县委组织部", "县审计局"]),
            ],
        }],
    },
]

# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xE6, 0x00, 0x12)


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def para(container, text="", font=FS, size=16, bold=False, align=None, indent=False,
         color=None, space_after=0, line=28):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def runs(p, parts, size=16):
    for text, font, bold in parts:
        set_font(p.add_run(text), font, size, bold)


def cell_para(cell, text, first=False, font=FS, size=10.5, align=None, bold=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(15)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), font, size, bold)
    return p


def border_bottom(p, color="E60012", sz="12"):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def set_cell_width(cell, cm):
    cell.width = Cm(cm)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    trpr.append(e)


def vcenter(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vAlign")
    v.set(qn("w:val"), "center")
    tcpr.append(v)


def clause_text(t):
    parts = []
    if "resp" in t:
        parts.append("责任单位：" + "、".join(t["resp"]))
    else:
        parts.append("牵头单位：" + "、".join(t["lead"]))
        if t.get("coop"):
            s = t["coop"][0]
            for i, u in enumerate(t["coop"][1:], start=1):
                s += t.get("seps", {}).get(i, "、") + u
            parts.append("配合单位：" + s)
    if t.get("dl"):
        parts.append("完成时限：" + t["dl"])
    return "（" + "；".join(parts) + "）"


def leaders_for(field, n):
    out = []
    for post, name, note in field["leaders"]:
        names = [x.replace("　", "") for x in name.split("、")]
        if note is None:
            out += names
            continue
        m = re.fullmatch(r"第(\d+)—(\d+)项", note)
        if m:
            nums = set(range(int(m.group(1)), int(m.group(2)) + 1))
        else:
            nums = {int(x) for x in re.fullmatch(r"第(.+)项", note).group(1).split("、")}
        if n in nums:
            out += names
    return out


def deadline_for(row, t):
    if t.get("dl"):
        return t["dl"]
    d = row["deadline"]
    if "all" in d:
        return d["all"]
    return d["by"].get(t["n"], d["rest"])


# ----------------------------------------------------------------------------------------------
# the document
# ----------------------------------------------------------------------------------------------
def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    # 版头: two issuers stacked, 文件 merged beside them (borderless table)
    ht = doc.add_table(rows=2, cols=2)
    no_borders(ht)
    ht.autofit = False
    ht.columns[0].width, ht.columns[1].width = Cm(12.0), Cm(3.6)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    right = ht.cell(0, 1).merge(ht.cell(1, 1))
    for r, name in enumerate(("中共漪川县委办公室", "漪川县人民政府办公室")):
        c = ht.cell(r, 0)
        set_cell_width(c, 12.0)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        set_font(p.add_run(name), XBS, 30, color=RED)
    set_cell_width(right, 3.6)
    vcenter(right)
    p = right.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("文件"), XBS, 42, color=RED)

    para(doc, "")
    p = para(doc, WENHAO, align=WD_ALIGN_PARAGRAPH.CENTER)
    border_bottom(p)
    para(doc, "")
    para(doc, "中共漪川县委办公室　漪川县人民政府办公室", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "关于印发《2025年全县重点工作任务清单》的通知", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "")
    para(doc, "各乡镇党委、人民政府，县委各部委，县直各单位，县属国有企业：")
    para(doc, "《2025年全县重点工作任务清单》已经县委、县政府同意，现印发给你们，请结合实际认真抓好落实。现将有关事项通知如下：", indent=True)

    p = para(doc, indent=True)
    runs(p, [("一、压实工作责任。", HT, False),
             ("清单按工作领域分列，每个领域明确责任县领导，对本领域各项任务负总责、抓统筹；领域内个别任务另有分工的，已在“责任县领导”栏中注明项次。"
              "各项任务括号内注明牵头单位和配合单位，牵头单位对任务落实负主体责任，牵头单位有两个的，排在第一位的为主牵头单位；配合单位要主动对接、积极配合。"
              "只列明“责任单位”的，排在第一位的为牵头单位，其余为配合单位。", FS, False)])
    p = para(doc, indent=True)
    runs(p, [("二、严格时间节点。", HT, False),
             ("各项任务未在括号内单独注明完成时限的，按所在领域“完成时限”栏执行。各牵头单位要对照清单细化工作举措，明确时间表、路线图，"
              "于3月10日前将推进方案报县委督查室、县政府督查室备案。", FS, False)])
    p = para(doc, indent=True)
    runs(p, [("三、强化督查问效。", HT, False),
             ("各牵头单位于每季度末月25日前将任务推进情况报县委督查室、县政府督查室。县委督查室、县政府督查室要加强跟踪督办，"
              "对推进缓慢、落实不力的进行通报，督查结果纳入年度综合考核。", FS, False)])
    para(doc, "联系人：县委督查室　孙　丽，联系电话：0739-5213067。", indent=True)
    para(doc, "")
    para(doc, "附件：2025年全县重点工作任务清单", indent=True)
    para(doc, "")
    para(doc, "")
    p = para(doc, "中共漪川县委办公室　　　　漪川县人民政府办公室", align=WD_ALIGN_PARAGRAPH.CENTER)
    p = para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Cm(2.2)
    para(doc, "（此件发至乡镇）", indent=True)

    # 附件: landscape section
    sec2 = doc.add_section()
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    sec2.top_margin, sec2.bottom_margin = Cm(2.6), Cm(2.4)
    sec2.left_margin, sec2.right_margin = Cm(2.5), Cm(2.5)
    para(doc, "附件", HT, 16)
    para(doc, "")
    para(doc, "2025年全县重点工作任务清单", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "")

    nrows = 1 + sum(len(f["rows"]) for f in FIELDS)
    tb = doc.add_table(rows=nrows, cols=5)
    tb.style = doc.styles["Table Grid"]
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    tb.autofit = False
    widths = [1.3, 2.4, 14.4, 3.8, 2.8]
    for i, w in enumerate(widths):
        tb.columns[i].width = Cm(w)
    for i, h in enumerate(("序号", "工作领域", "重点任务", "责任县领导", "完成时限")):
        c = tb.cell(0, i)
        set_cell_width(c, widths[i])
        vcenter(c)
        cell_para(c, h, first=True, font=HT, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(tb.rows[0])

    r = 1
    for f in FIELDS:
        top, bottom = r, r + len(f["rows"]) - 1
        seq_c, name_c, lead_c = tb.cell(top, 0), tb.cell(top, 1), tb.cell(top, 3)
        if bottom > top:
            seq_c = seq_c.merge(tb.cell(bottom, 0))
            name_c = name_c.merge(tb.cell(bottom, 1))
            lead_c = lead_c.merge(tb.cell(bottom, 3))
        for c in (seq_c, name_c, lead_c):
            vcenter(c)
        cell_para(seq_c, f["seq"], first=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12)
        cell_para(name_c, f["name"], first=True, align=WD_ALIGN_PARAGRAPH.CENTER, font=HT, size=12)
        first = True
        for post, name, note in f["leaders"]:
            if post:
                cell_para(lead_c, post, first=first, align=WD_ALIGN_PARAGRAPH.CENTER)
                first = False
            cell_para(lead_c, name + (f"（{note}）" if note else ""), first=first, align=WD_ALIGN_PARAGRAPH.CENTER)
            first = False
        for k, row in enumerate(f["rows"]):
            rr = top + k
            tc = tb.cell(rr, 2)
            first = True
            if row.get("intro"):
                cell_para(tc, row["intro"], first=True)
                first = False
            for t in row["tasks"]:
                dot = t.get("dot", "．")
                body = f"{t['n']}{dot}{t['text']}"
                cl = clause_text(t)
                if t.get("sub") or t.get("own_para"):
                    cell_para(tc, body, first=first)
                    for s in t.get("sub", []):
                        cell_para(tc, s)
                    cell_para(tc, cl, font=KT)
                else:
                    p = cell_para(tc, body, first=first)
                    set_font(p.add_run(cl), KT, 10.5)
                first = False
            dc = tb.cell(rr, 4)
            vcenter(dc)
            d = row["deadline"]
            if "all" in d:
                cell_para(dc, d["all"], first=True, align=WD_ALIGN_PARAGRAPH.CENTER)
            else:
                first = True
                for n, v in d["by"].items():
                    cell_para(dc, f"第{n}项：{v}", first=first, align=WD_ALIGN_PARAGRAPH.CENTER)
                    first = False
                cell_para(dc, f"其余：{d['rest']}", align=WD_ALIGN_PARAGRAPH.CENTER)
        r = bottom + 1
    for row in tb.rows:
        for i, c in enumerate(row.cells):
            set_cell_width(c, widths[i])

    p = para(doc, "注：“责任县领导”栏未注明项次的，对本领域全部任务负责；任务括号内单独注明完成时限的，按括号内时限执行。",
             size=12, line=20)
    p.paragraph_format.space_before = Pt(6)

    # 版记 on a last portrait page
    sec3 = doc.add_section()
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        para(doc, "")
    bj = doc.add_table(rows=2, cols=1)
    no_borders(bj)
    bj.autofit = False
    bj.columns[0].width = Cm(15.6)
    for i, txt in enumerate(("抄送：县委各常委，县人大常委会党组、县政府党组、县政协党组，县法院、县检察院。",
                             "中共漪川县委办公室　　　　　　　　　　2025年2月26日印发")):
        c = bj.cell(i, 0)
        p = cell_para(c, txt, first=True, size=14)
        tcpr = c._tc.get_or_add_tcPr()
        b = OxmlElement("w:tcBorders")
        for side in (("top", "bottom") if i == 0 else ("bottom",)):
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), "8")
            e.set(qn("w:color"), "000000")
            b.append(e)
        tcpr.append(b)

    cp = doc.core_properties
    fixed = datetime(2025, 2, 26, 9, 30, 0)
    cp.author = "县委办秘书科"
    cp.last_modified_by = "县委督查室"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    cp.title = ""
    cp.comments = ""
    return doc


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 26, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def gold():
    recs = []
    for f in FIELDS:
        for row in f["rows"]:
            for t in row["tasks"]:
                dot = t.get("dot", "．")
                if "resp" in t:
                    resp = list(t["resp"])
                    lead, coop = resp[:1], resp[1:]
                else:
                    lead, coop = list(t["lead"]), list(t.get("coop", []))
                    resp = lead + coop
                head = "".join(t["text"].split())[:12]
                recs.append({
                    "id": str(t["n"]),
                    "marker": f"{t['n']}{dot}",
                    "head": head,
                    "responsible_units": resp,
                    "lead_units": lead,
                    "cooperating_units": coop,
                    "leaders": leaders_for(f, t["n"]),
                    "deadline": deadline_for(row, t),
                })
    ids = [int(r["id"]) for r in recs]
    assert ids == list(range(1, len(recs) + 1)), ids
    return recs


def main():
    save_deterministic(build(), DOCX)
    with open(GOLD, "w", encoding="utf-8") as fh:
        for r in gold():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", os.path.basename(DOCX), "and", os.path.basename(GOLD))


if __name__ == "__main__":
    main()
