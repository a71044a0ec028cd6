#!/usr/bin/python3
"""Generator for test notice 754: a 市人大常委会办公室 splitting the 常委会's own
工作要点 among 专门委员会 and 常委会工作机构 (委室, printed by short names).

Writes 754_minyang_shi_rendachangweihui_gongzuoyaodian_renwu_fengong.docx and
754.tasks.gold.jsonl from the one description below.  Deterministic: fixed core
properties and fixed zip timestamps (the zip is rewritten after python-docx saves).
"""
import datetime
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX = os.path.join(HERE, "754_minyang_shi_rendachangweihui_gongzuoyaodian_renwu_fengong.docx")
GOLD = os.path.join(HERE, "754.tasks.gold.jsonl")

ISSUER = "岷阳市人大常委会办公室"
DOCNO = "岷人常办发〔2025〕4号"
TITLE = "岷阳市人大常委会办公室关于印发《岷阳市人大常委会2025年工作要点》任务分工的通知"
ZHUSONG = "市人大各专门委员会，常委会各工作机构："
ATT_TITLE = "岷阳市人大常委会2025年工作要点任务分工"
DATE = "2025年2月18日"
PRINT_DATE = "2025年2月19日印发"

COVER = [
    ("", "《岷阳市人大常委会2025年工作要点》已经市十七届人大常委会党组会议、第四十一次主任会议研究通过，并经市委同意。"
         "为确保各项工作任务落到实处，现将任务分工印发给你们，并就有关事项通知如下："),
    ("一、提高思想认识。", "各委（室）要把落实常委会年度工作要点作为全年工作的主线，对照任务分工，"
         "逐项细化工作措施，明确责任人员和时间节点，确保各项任务按计划推进。"),
    ("二、明确工作责任。", "任务分工中“联系领导”为负责该项工作的常委会领导；“承办”为牵头委（室），"
         "对该项工作负总责，承办委（室）有两个的，共同牵头，排在前面的负责牵头协调；“协办”为配合委（室），"
         "要按照职责积极配合、主动参与。为简明起见，任务分工中各委（室）均使用简称，全称对照附后。"),
    ("三、加强督促检查。", "各承办委（室）要于6月20日前、11月20日前，分别将上半年、全年任务完成情况书面报送常委会办公室综合处。"
         "常委会办公室将适时对任务推进情况进行督办，并在主任会议上通报。"),
    ("", "联系人：常委会办公室综合处　罗　倩，电话：0837-2618025。"),
]

# Leaders: (as printed, gold name or None when no person is named)
ZHOU = ("周立新副主任", "周立新")
ZOU = ("邹平副主任", "邹平")
ZOU_BARE = ("邹平", "邹平")
HUANG = ("黄美华副主任", "黄美华")
YANG = ("杨　帆副主任", "杨帆")
LU = ("陆振东副主任", "陆振东")
SHEN = ("沈国梁主任", "沈国梁")
HAN = ("韩启明秘书长", "韩启明")
ZRHY = ("主任会议成员", None)

GE_ZWH = "各专门委员会"
GE_JG = "常委会各工作机构"
GE_XQ = "各县（市、区）人大常委会"

# Each part: (heading, [ (subheading or None, [items]) ]).
# Item: dict(n=printed number, marker=override, text=[paragraphs], L=leaders,
#            C=承办 units, X=协办 units, T=时间, order=field order, fsep=field separators,
#            usep=unit separators inside 协办, noperiod=True when no 。 before the clause,
#            subs=[sub-items] for a parent without a clause)
PARTS = [
    ("一、坚持党的全面领导，确保人大工作正确政治方向", [(None, [
        dict(n=1, text=["深入学习贯彻习近平新时代中国特色社会主义思想，全面贯彻习近平总书记关于坚持和完善人民代表大会制度的重要思想，"
                        "把学习贯彻党的二十届三中全会精神作为首要政治任务，严格落实“第一议题”制度。"],
             L=[ZRHY], C=["办公室"], X=["研究室", "机关党委"], T="全年"),
        dict(n=2, text=["严格执行重大事项请示报告制度，常委会党组重要工作、重要会议、重要事项及时向市委请示报告，"
                        "确保市委决策部署在人大工作中不折不扣落实。"],
             L=[SHEN], C=["办公室"]),
        dict(n=3, text=["围绕市委中心工作，组织开展“发展新质生产力”“县域经济高质量发展”等重点课题调研，形成高质量调研报告。"],
             L=[HAN], C=["研究室"], X=[GE_ZWH, GE_JG], T="10月"),
    ])]),
    ("二、坚持科学立法、民主立法、依法立法，以良法促进发展保障善治", [
        ("（一）法规审议项目", [
            dict(n=4, text=["审议以下法规草案，条件成熟时提请常委会会议表决："], subs=[
                dict(n=1, text=["《岷阳市物业管理条例》（修订）。"],
                     L=[ZHOU], C=["法制委", "法工委"], X=["城建环资委"], T="4月、6月"),
                dict(n=2, text=["《岷阳市历史文化名城保护条例》。"],
                     L=[HUANG], C=["法制委", "法工委"], X=["教科文卫委"], T="8月、10月"),
                dict(n=3, text=["《岷阳市养犬管理条例》"], noperiod=True,
                     L=[YANG], C=["法制委", "法工委"], X=["监察司法委", "社会委"], T="10月"),
                dict(n=4, text=["《岷阳市农村生活垃圾治理条例》。"],
                     L=[LU], C=["法制委", "法工委"], X=["农业农村委", "城建环资委"], usep=["，"], T="12月"),
            ]),
            dict(n=5, text=["做好经批准法规的公布、宣传和解读工作，按规定报送省人大常委会、市委和有关方面备案，推动法规有效实施。"],
                 L=[ZHOU], C=["法工委"], X=["法制委"]),
        ]),
        ("（二）立法调研和立法计划", [
            dict(n=6, text=["对《岷阳市电动自行车管理条例》《岷阳市湿地保护条例》开展立法调研论证，条件成熟时转为审议项目。"],
                 L=[ZHOU, LU], C=["法工委"], X=["社会委", "农业农村委", "城建环资委"]),
            dict(n=7, text=["面向社会公开征集立法项目建议，认真做好立法项目论证评估，编制2026年度立法计划。"],
                 L=[ZHOU], C=["法工委"], T="11月"),
            dict(n=8, text=["发挥基层立法联系点“直通车”作用，新增市级基层立法联系点3个，拓展公民有序参与立法的途径。"],
                 L=[ZHOU], C=["法工委"], X=["代表工委", GE_XQ]),
        ]),
    ]),
    ("三、坚持正确监督、有效监督、依法监督，助推全市高质量发展", [
        ("（一）听取和审议专项工作报告", [
            dict(n=9, text=["听取和审议市人民政府关于2024年度市级决算和2025年上半年预算执行情况的报告，审查批准2024年度市级决算。"],
                 L=[ZOU], C=["财经委", "预算工委"], T="8月"),
            dict(n=10, text=["听取和审议市人民政府关于2025年上半年国民经济和社会发展计划执行情况的报告。"],
                 L=[ZOU_BARE], C=["财经委"], X=["预算工委"], T="7月"),
            dict(n=11, text=["听取和审议市人民政府关于2024年度环境状况和环境保护目标完成情况的报告。"],
                 L=[LU], C=["城建环资委"], T="6月", order=["C", "L", "X", "T"]),
            dict(n=12, text=["听取和审议市人民政府关于2024年度国有资产管理情况的综合报告，重点审议行政事业性国有资产管理情况。"],
                 L=[ZOU], C=["预算工委"], X=["财经委"], T="10月", fsep={("C", "X"): "，"}),
            dict(n=13, text=["听取和审议市人民政府关于推进“一老一小”服务体系建设情况的报告。"],
                 L=[HUANG], C=["社会委"], X=["教科文卫委"], T="9月"),
            dict(n=14, text=["听取和审议市中级人民法院关于行政审判工作情况的报告、市人民检察院关于公益诉讼检察工作情况的报告。"],
                 L=[YANG], C=["监察司法委"], T="8月、10月"),
        ]),
        ("（二）执法检查和专题询问", [
            dict(n=15, text=["开展《中华人民共和国安全生产法》执法检查，重点检查危险化学品、建筑施工等领域安全生产责任落实情况。"],
                 L=[YANG], C=["监察司法委"], X=["社会委", "研究室"], T="5月—6月"),
            dict(n=16, text=["开展《中华人民共和国乡村振兴促进法》执法检查，结合审议执法检查报告开展专题询问。"],
                 L=[LU], C=["农业农村委"], X=["代表工委"], T="9月"),
            dict(n=17, marker="17、", text=["对《岷阳市文明行为促进条例》实施情况开展执法检查，推动条例各项规定落地见效。"],
                 L=[HUANG], C=["教科文卫委"], X=["法工委"], T="11月"),
        ]),
        ("（三）预算审查和国有资产管理监督", [
            dict(n=18, text=["加强全口径预算决算审查监督，推进预算联网监督系统迭代升级，实现与市财政、税务、社保等部门数据实时共享。"],
                 L=[ZOU], C=["预算工委"], X=["财经委", "办公室"]),
            dict(n=19, text=["开展政府债务管理情况专题调研，向常委会会议提交调研报告。"],
                 L=[ZOU], C=["预算工委", "财经委"], T="11月"),
        ]),
        ("（四）规范性文件备案审查", [
            dict(n=20, text=["坚持有件必备、有备必审、有错必纠，加强对规范性文件的主动审查和专项审查，年底前向常委会报告年度备案审查工作情况。"],
                 L=[ZHOU], C=["法工委"], X=[GE_ZWH], T="12月"),
        ]),
    ]),
    ("四、依法讨论决定重大事项，做好人事任免工作", [(None, [
        dict(n=21, text=["依法审查批准市级预算调整方案，讨论决定市人民政府提请的重大事项议案，确保重大事项决定权规范行使。"],
             L=[ZOU], C=["财经委", "预算工委"], X=["法工委"]),
        dict(n=22, text=["坚持党管干部原则与人大依法任免相统一，严格执行任前法律知识考试、任前发言、颁发任命书和宪法宣誓等制度。"],
             L=[HAN], C=["选联工委"], X=["办公室", "法工委"]),
        dict(n=23, text=["开展常委会任命的部分政府组成部门负责人履职情况评议，评议结果向市委报告。"],
             L=[HUANG, HAN], C=["选联工委"], X=[GE_ZWH], T="9月—11月"),
    ])]),
    ("五、密切同人大代表和人民群众的联系，充分发挥代表作用", [(None, [
        dict(n=24, text=["深化常委会组成人员联系代表、代表联系群众“双联系”机制，常委会组成人员每人直接联系市人大代表2名以上。",
                         "完善代表列席常委会会议、参加执法检查和专题调研等制度，全年邀请基层代表列席常委会会议不少于60人次。"],
             L=[HAN], C=["代表工委"], X=["办公室", "选联工委"]),
        dict(n=25, text=["推进代表建议高质量办理，对12件重点建议实行主任会议成员领衔督办，年底前听取和审议市人民政府关于代表建议办理情况的报告。"],
             L=[SHEN, ZOU], C=["代表工委"], X=[GE_ZWH], T="12月"),
        dict(n=26, text=["规范提升“家站点”建设，推动代表联络站阵地建设与代表履职活动深度融合。"],
             L=[HAN], C=["代表工委"], X=[GE_XQ], T="年内"),
        dict(n=27, text=["做好人民群众来信来访接待工作，健全信访件交办、督办和反馈机制。"],
             L=[HAN], C=["信访室"], X=[GE_ZWH, GE_JG]),
    ])]),
    ("六、全面加强自身建设，努力建设“四个机关”", [(None, [
        dict(n=28, text=["组织常委会组成人员和机关干部开展履职学习，举办专题讲座4期以上。"],
             L=[HAN], C=["办公室"], X=["研究室", "选联工委"]),
        dict(n=29, text=["加强与县（市、区）人大常委会的工作联动，开展全市人大系统上下联动监督，召开全市人大工作交流会。"],
             L=[SHEN], C=["研究室"], X=[GE_ZWH, GE_JG, GE_XQ], T="10月"),
        dict(n=30, text=["加强人大新闻宣传，办好《岷阳人大》杂志、岷阳人大网和“岷阳人大”微信公众号，讲好全过程人民民主岷阳故事。"],
             L=[HAN], C=["研究室（《岷阳人大》编辑部）"], X=["办公室"]),
        dict(n=31, text=["全面加强机关党的建设，深化模范机关创建，落实全面从严治党主体责任。"],
             L=[HAN], C=["机关党委"], X=["办公室"]),
        dict(n=32, text=["做好常委会会议、主任会议的组织服务和议定事项督办工作，提高会务保障水平。"],
             L=[HAN], C=["办公室"], X=[GE_ZWH, GE_JG], T="全年"),
    ])]),
]

ABBR = [
    ("法制委", "市人大法制委员会"),
    ("监察司法委", "市人大监察和司法委员会"),
    ("财经委", "市人大财政经济委员会"),
    ("教科文卫委", "市人大教育科学文化卫生委员会"),
    ("城建环资委", "市人大城乡建设环境与资源保护委员会"),
    ("农业农村委", "市人大农业与农村委员会"),
    ("社会委", "市人大社会建设委员会"),
    ("办公室", "常委会办公室"),
    ("法工委", "常委会法制工作委员会"),
    ("预算工委", "常委会预算工作委员会"),
    ("代表工委", "常委会代表工作委员会"),
    ("选联工委", "常委会选举任免联络工作委员会"),
    ("研究室", "常委会研究室（《岷阳人大》编辑部）"),
    ("信访室", "常委会信访室"),
    ("机关党委", "常委会机关党委"),
]

LABELS = {"L": "联系领导", "C": "承办", "X": "协办", "T": "时间"}


def clause_of(it):
    order = it.get("order", ["L", "C", "X", "T"])
    fields = []
    for k in order:
        if k == "L":
            fields.append((k, "、".join(d for d, _ in it["L"])))
        elif k == "C":
            fields.append((k, "、".join(it["C"])))
        elif k == "X" and it.get("X"):
            seps = it.get("usep") or ["、"] * (len(it["X"]) - 1)
            s = it["X"][0]
            for sep, u in zip(seps, it["X"][1:]):
                s += sep + u
            fields.append((k, s))
        elif k == "T" and it.get("T"):
            fields.append((k, it["T"]))
    out = ""
    for i, (k, v) in enumerate(fields):
        if i:
            out += it.get("fsep", {}).get((fields[i - 1][0], k), "；")
        out += LABELS[k] + "：" + v
    return "（" + out + "）"


def gold_of(it, tid, marker):
    # the head is read off the printed paragraph: a short task text runs on into its clause
    text = it["text"][0] + (clause_of(it) if len(it["text"]) == 1 else "")
    head = "".join(ch for ch in text if not ch.isspace())[:12]
    units = list(it["C"]) + list(it.get("X") or [])
    return dict(id=tid, marker=marker, head=head, responsible_units=units,
                lead_units=list(it["C"]), cooperating_units=list(it.get("X") or []),
                leaders=[g for _, g in it["L"] if g], deadline=it.get("T"))


# ---------------------------------------------------------------- DOCX helpers
FS = "仿宋_GB2312"
KT = "楷体_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name if a != "w:ascii" and a != "w:hAnsi" else ("Times New Roman" if name == FS else name))
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc, runs, align=None, indent=True, spacing=28, before=0, after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(spacing)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    for text, font, size, bold, color in runs:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def border(p, side, color, sz):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def footer_page(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, None), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        elif txt:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = "1"
            r._element.append(t)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


# ---------------------------------------------------------------- build
def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    footer_page(sec)

    # 版头
    para(doc, [(ISSUER + "文件", XBS, 30, False, "FF0000")], WD_ALIGN_PARAGRAPH.CENTER, False, 50, before=36)
    para(doc, [("", FS, 16, False, None)], None, False)
    p = para(doc, [(DOCNO, FS, 16, False, None)], WD_ALIGN_PARAGRAPH.CENTER, False, after=6)
    border(p, "bottom", "FF0000", 18)
    para(doc, [("", FS, 16, False, None)], None, False)
    # 标题 over three lines (two manual line breaks)
    p = para(doc, [], WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    for i, line in enumerate(("岷阳市人大常委会办公室关于印发", "《岷阳市人大常委会2025年工作要点》", "任务分工的通知")):
        r = p.add_run(line)
        set_font(r, XBS, 22)
        if i < 2:
            r.add_break()
    para(doc, [("", FS, 16, False, None)], None, False)
    para(doc, [(ZHUSONG, FS, 16, False, None)], None, False)
    for runin, body in COVER:
        runs = []
        if runin:
            runs.append((runin, HT, 16, False, None))
        runs.append((body, FS, 16, False, None))
        para(doc, runs)
    para(doc, [("", FS, 16, False, None)], None, False)
    para(doc, [("附件：" + ATT_TITLE, FS, 16, False, None)])
    para(doc, [("", FS, 16, False, None)], None, False)
    para(doc, [("", FS, 16, False, None)], None, False)
    p = para(doc, [(ISSUER, FS, 16, False, None)], WD_ALIGN_PARAGRAPH.RIGHT, False)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, [(DATE, FS, 16, False, None)], WD_ALIGN_PARAGRAPH.RIGHT, False)
    p.paragraph_format.right_indent = Pt(64)
    page_break(doc)

    # 附件
    para(doc, [("附件", HT, 16, False, None)], None, False)
    para(doc, [("", FS, 16, False, None)], None, False)
    para(doc, [(ATT_TITLE, XBS, 22, False, None)], WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    para(doc, [("", FS, 16, False, None)], None, False)

    gold = []
    for heading, groups in PARTS:
        para(doc, [(heading, HT, 16, False, None)])
        for sub, items in groups:
            if sub:
                para(doc, [(sub, KT, 16, True, None)])
            for it in items:
                marker = it.get("marker", f"{it['n']}.")
                if "subs" in it:
                    para(doc, [(marker + it["text"][0], FS, 16, False, None)])
                    for s in it["subs"]:
                        sm = f"（{s['n']}）"
                        para(doc, [(sm + s["text"][0], FS, 16, False, None),
                                   (clause_of(s), KT, 16, False, None)])
                        gold.append(gold_of(s, f"{it['n']}.{s['n']}", sm))
                    continue
                paras = it["text"]
                for i, t in enumerate(paras):
                    runs = [((marker if i == 0 else "") + t, FS, 16, False, None)]
                    if i == len(paras) - 1:
                        runs.append((clause_of(it), KT, 16, False, None))
                    para(doc, runs)
                gold.append(gold_of(it, str(it["n"]), marker))

    para(doc, [("", FS, 16, False, None)], None, False)
    para(doc, [("附：委（室）简称对照", HT, 16, False, None)])
    for short, full in ABBR:
        para(doc, [(f"{short}——{full}", FS, 16, False, None)])

    # 版记
    para(doc, [("", FS, 16, False, None)], None, False)
    p = para(doc, [("抄送：常委会主任、副主任、秘书长，各县（市、区）人大常委会办公室。", FS, 14, False, None)], None, False)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = para(doc, [(ISSUER + "　　　　　　　　" + PRINT_DATE, FS, 14, False, None)], None, False)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "bottom", "000000", 8)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 18, 9, 30, 0)
    cp.author = "rdbzhc"
    cp.last_modified_by = "rdbzhc"
    cp.title = ""
    cp.comments = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    return doc, gold


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 18, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def main():
    doc, gold = build()
    save_deterministic(doc, DOCX)
    keys = ["id", "marker", "head", "responsible_units", "lead_units", "cooperating_units", "leaders", "deadline"]
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps({k: g[k] for k in keys}, ensure_ascii=False) + "\n")
    print(f"wrote {os.path.basename(DOCX)} and {os.path.basename(GOLD)} ({len(gold)} tasks)")


if __name__ == "__main__":
    main()
