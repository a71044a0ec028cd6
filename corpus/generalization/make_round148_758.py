#!/usr/bin/python3
"""Round 148, writer 758: a hard case of clause style.

A 县委办公室 and 县人民政府办公室 joint red-header Word notice (泓办发〔2025〕6号) printing the county's
2025 重点工作任务分工方案.  Its responsibility clauses use the 交办/督办 vocabulary of a 两办 督查 system
("县级领导领办、主办单位主办、协办单位协办、督查部门督办"): each task closes with a 楷体 bracket of
comma-parted phrases, each phrase a list of names followed by its verb -

    （王勇副县长领办，县商务局主办，县文化旅游广电体育局、县市场监督管理局协办，县政府督查室督办，2025年10月底前完成）

The cover says what each verb means: 主办 = the lead (两个的共同牵头), 协办 = cooperating, and the 督办部门
(县委督查室 / 县政府督查室) only supervise and are no responsible unit.

Writes, deterministically (fixed core properties, fixed zip timestamps):
  758_hongchuan_xian_2025_zhongdian_renwu_fengong.docx
  758.tasks.gold.jsonl
Run with /usr/bin/python3 (python-docx 0.8.11).
"""
import io
import json
import os
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401 (portrait only)
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX_NAME = "758_hongchuan_xian_2025_zhongdian_renwu_fengong.docx"
GOLD_NAME = "758.tasks.gold.jsonl"

ISSUER_1 = "中共泓川县委办公室"
ISSUER_2 = "泓川县人民政府办公室"
WENHAO = "泓办发〔2025〕6号"
DATE = "2025年2月18日"
FANGAN = "泓川县2025年重点工作任务分工方案"

# --------------------------------------------------------------------------------------------
# The one structured description of the tasks.
#   leader: the printed text before 领办 (None: no 领办 phrase); leaders: the persons it names
#   lead: lead units; lead_verb: 主办 or 共同主办
#   coop: groups of cooperating units; groups are printed parted by "，" (the clerk's habit of a
#         comma between kinds of unit, or a slip for "、"), units in a group by "、"
#   coop_deng: "等" printed before 协办
#   dub: the supervising phrase (督办), never a responsible unit
#   deadline: printed as is; order: "std" (… 督办，deadline) or "dl_first" (… deadline，督办)
#   own_para: the bracket typed as a paragraph of its own; br: a manual line break (w:br) before
#   the phrase given; body: the task's text, a list of paragraphs (first one after the marker);
#   title: the bold run-in title at the start of the first paragraph
# --------------------------------------------------------------------------------------------
PARTS = [
    "一、坚持项目为王，稳住经济增长基本盘",
    "二、坚持产业强县，加快构建现代化产业体系",
    "三、坚持改革开放，持续优化营商环境",
    "四、坚持农业农村优先发展，全面推进乡村振兴",
    "五、坚持城乡融合，建设宜居宜业美丽泓川",
    "六、坚持以人民为中心，持续增进民生福祉",
]

DUB_Z = "县政府督查室督办"
DUB_W = "县委督查室督办"
DUB_ZW = "县委督查室、县政府督查室联合督办"

TASKS = [
    # ---- 一 ----
    dict(part=0, id="1", marker="1．", title="全力完成主要预期目标。",
         body=["全县地区生产总值增长6%左右，规模以上工业增加值增长7.5%，固定资产投资增长6%，社会消费品零售总额增长5.5%，一般公共预算收入增长3%，城乡居民人均可支配收入分别增长5%、7%。"],
         leader="县委书记陈志远、县委副书记、县长刘建国", leaders=["陈志远", "刘建国"],
         lead=["县发展和改革局"], lead_verb="主办",
         coop=[["县统计局", "县财政局", "县工业和信息化局", "县商务局"], ["各乡镇人民政府", "泓川高新区管委会"]],
         dub=DUB_ZW, deadline="2025年12月底前完成"),
    dict(part=0, id="2", marker="2．", title="扎实推进重点项目建设。",
         body=["全年实施重点项目120个以上，完成投资150亿元以上，其中新开工项目40个以上；滚动开展“开工一批、投产一批、储备一批”活动，对重点项目实行“一个项目、一名县级领导、一套工作专班”推进。"],
         leader="县委常委、常务副县长赵刚", leaders=["赵刚"],
         lead=["县发展和改革局"], lead_verb="主办",
         coop=[["县自然资源局", "县住房和城乡建设局", "县财政局"]],
         dub=DUB_Z, deadline="2025年12月底前完成"),
    dict(part=0, id="3", marker="3．", title="加大向上争资争项力度。",
         body=["紧盯超长期特别国债、中央预算内投资、地方政府专项债券等政策窗口，全年争取上级资金35亿元以上，谋划储备项目300个以上。县审计局要对专项债券项目同步开展跟踪审计，确保资金使用合规高效。"],
         leader="赵刚常务副县长", leaders=["赵刚"],
         lead=["县财政局", "县发展和改革局"], lead_verb="共同主办",
         coop=[["县直各有关单位"]],
         dub=DUB_Z, deadline="2025年11月底前完成"),
    dict(part=0, id="4", marker="4．", title="做强招商引资。",
         body=["坚持“一把手”招商，聚焦电子信息、新材料、农产品精深加工三条主导产业链开展精准招商，全年引进“三类500强”企业项目2个以上，新签约亿元以上项目40个，实际到位省外境内资金120亿元以上。"],
         leader="刘建国县长", leaders=["刘建国"],
         lead=["县商务局", "泓川高新区管委会"], lead_verb="共同主办",
         coop=[["县工业和信息化局", "县自然资源局"]], coop_deng=True,
         dub=DUB_Z, deadline="2025年12月底前完成"),
    dict(part=0, id="5", marker="5．", title="激发消费活力。",
         body=["用好消费品以旧换新政策，办好“泓川味道”美食节、年货节等促消费活动10场以上，新增限额以上商贸企业20家。"],
         leader="王勇、李明副县长", leaders=["王勇", "李明"],
         lead=["县商务局"], lead_verb="主办",
         coop=[["县文化旅游广电体育局"], ["县市场监督管理局"]],
         dub=DUB_Z, deadline="2025年10月底前完成"),
    dict(part=0, id="6", marker="6．", title="稳住外贸基本盘。",
         body=["支持企业参加广交会、中国—东盟博览会等重点展会，全年外贸进出口总额增长8%以上，实际使用外资1500万美元。"],
         leader="王勇副县长", leaders=["王勇"],
         lead=["县商务局"], lead_verb="主办",
         coop=[["县税务局", "泓川高新区管委会"]],
         dub=DUB_Z, deadline="持续推进"),
    # ---- 二 ----
    dict(part=1, id="7", marker="7．", title="壮大电子信息产业链。",
         body=["推动泓川高新区电子信息产业园二期建成投产，全年电子信息产业产值增长15%以上，新增规模以上工业企业20家以上。"],
         leader="王勇副县长", leaders=["王勇"],
         lead=["县工业和信息化局", "泓川高新区管委会"], lead_verb="共同主办",
         coop=[["县发展和改革局", "县科学技术局", "县自然资源局"]],
         dub=DUB_Z, deadline="2025年12月底前完成"),
    dict(part=1, id="8", marker="8．", title="推进园区提质扩能。",
         body=["完成高新区调区扩区，新建标准厂房20万平方米，亩均税收提高10%，力争高新区综合排名进入全省前50位。"],
         leader="王勇副县长", leaders=["王勇"],
         lead=["泓川高新区管委会"], lead_verb="主办",
         coop=[["县自然资源局", "县住房和城乡建设局", "县财政局"]],
         dub=DUB_Z, deadline="2025年11月底前完成"),
    dict(part=1, id="9", marker="9．", title="加强科技创新。",
         body=["新增高新技术企业15家、科技型中小企业60家，全社会研发经费投入强度提高0.2个百分点，新建省级以上创新平台3个。"],
         leader="王勇副县长", leaders=["王勇"],
         lead=["县科学技术局"], lead_verb="主办",
         coop=[["县工业和信息化局", "县财政局", "县税务局"]],
         dub=DUB_Z, deadline="2025年12月底前完成"),
    dict(part=1, id="10", marker="10．", title="大力发展文旅产业。",
         body=["推进石门峡景区创建国家4A级旅游景区，办好第三届泓川油菜花节，全年接待游客650万人次，实现旅游综合收入60亿元。"],
         leader="县委常委、宣传部部长孙丽，欧阳春副县长", leaders=["孙丽", "欧阳春"],
         lead=["县文化旅游广电体育局"], lead_verb="主办",
         coop=[["县交通运输局", "石门乡人民政府", "云溪镇人民政府"]],
         dub=DUB_W, deadline="2025年10月底前完成"),
    dict(part=1, id="11", marker="11．", title="加快发展现代物流。",
         body=["推进泓川公铁联运物流园建设，新增A级物流企业2家，快递进村覆盖率达到100%。"],
         leader="马　骏副县长", leaders=["马骏"],
         lead=["县交通运输局"], lead_verb="主办",
         coop=[["县商务局", "中国邮政集团有限公司泓川县分公司"]],
         dub=DUB_Z, deadline="2025年12月底前完成"),
    # ---- 三 ----
    dict(part=2, id="12", marker="12．", title="深化“高效办成一件事”改革。",
         body=["全年推出“一件事”集成服务事项20个以上，政务服务事项网上可办率保持在98%以上，推动“一网通办”向乡镇（街道）、村（社区）延伸。"],
         leader="赵刚常务副县长", leaders=["赵刚"],
         lead=["县政务服务中心"], lead_verb="主办",
         coop=[["县数据局", "县直各有关单位"], ["各乡镇人民政府"]],
         dub=DUB_Z, deadline="2025年9月底前完成"),
    dict(part=2, id="13", marker="13．", title="持续优化营商环境。",
         body=["开展营商环境“提质增效年”行动，建立涉企问题“收集—交办—反馈”闭环机制，县级领导联系重点企业实现全覆盖。"],
         leader="刘建国县长", leaders=["刘建国"],
         lead=["县发展和改革局"], lead_verb="主办",
         coop=[["县市场监督管理局", "县司法局", "县政务服务中心"]],
         dub=DUB_ZW, deadline="持续推进"),
    dict(part=2, id="14", marker="14．", title="深化国资国企改革。",
         body=["完成县属国有企业整合重组，推动县城投集团市场化转型，年内退出地方政府融资平台名单。"],
         leader="赵刚常务副县长", leaders=["赵刚"],
         lead=["县财政局（县国有资产事务中心）"], lead_verb="主办",
         coop=[["泓川县城市建设投资集团有限公司"]],
         dub=DUB_Z, deadline="2025年12月底前完成"),
    dict(part=2, id="15", marker="15．", title="推进数字政府建设。",
         body=["建成县级一体化大数据中心，整合部门政务信息系统30个以上，推进公共数据依法有序共享开放。"],
         leader=None, leaders=[],
         lead=["县数据局"], lead_verb="主办",
         coop=[["县委网信办", "县直各有关单位"]],
         dub=DUB_Z, deadline="2025年12月底前完成"),
    dict(part=2, id="16", marker="16．", title="提升金融服务实体经济能力。",
         body=["全年新增贷款60亿元以上，普惠小微贷款增速高于各项贷款平均增速，不良贷款率控制在2%以内。"],
         leader="赵刚常务副县长", leaders=["赵刚"],
         lead=["县财政局"], lead_verb="主办",
         coop=[["国家金融监督管理总局泓川监管支局", "各银行业金融机构"]],
         dub=DUB_Z, deadline="持续推进", own_para=True),
    # ---- 四 ----
    dict(part=3, id="17", marker="17.", title="稳定粮食生产。",
         body=["全年粮食播种面积稳定在68万亩以上、总产量28万吨以上，新建高标准农田3.5万亩。"],
         leader="李明副县长", leaders=["李明"],
         lead=["县农业农村局"], lead_verb="主办",
         coop=[["县自然资源局", "县水利局", "县财政局"]],
         dub=DUB_Z, deadline="2025年10月底前完成"),
    dict(part=3, id="18", marker="18．", title="巩固拓展脱贫攻坚成果。",
         body=["健全防止返贫致贫监测帮扶机制，确保不发生规模性返贫致贫，脱贫人口人均纯收入增长8%以上。"],
         leader="李明副县长", leaders=["李明"],
         lead=["县农业农村局"], lead_verb="主办",
         coop=[["县民政局", "县人力资源和社会保障局", "县医疗保障局", "县教育局"], ["各乡镇人民政府"]],
         dub=DUB_W, deadline="2025年12月底前完成"),
    dict(part=3, id="19", marker="19．", title="做优特色农业产业。",
         body=["做大油茶、茶叶、柑橘三大特色产业，新增油茶低产林改造5万亩，农产品加工业产值增长10%。"],
         leader="李明副县长", leaders=["李明"],
         lead=["县林业局", "县农业农村局"], lead_verb="共同主办",
         coop=[["县供销合作社联合社"]],
         dub=DUB_Z, deadline="2025年11月底前完成"),
    dict(part=3, id="20", marker="20．", title="扎实推进和美乡村建设。",
         body=["完成农村改厕3000户，新建和美乡村示范村10个，农村生活垃圾收运处置体系覆盖率保持100%。"],
         leader="各副县长按分工", leaders=[],
         lead=["县农业农村局"], lead_verb="主办",
         coop=[["市生态环境局泓川分局", "县住房和城乡建设局", "县卫生健康局"], ["各乡镇人民政府"]],
         dub=DUB_W, deadline="2025年12月底前完成"),
    dict(part=3, id="21", marker="21．", title="加强水利基础设施建设。",
         body=["推进泓水灌区续建配套与现代化改造，完成病险水库除险加固8座，新增恢复灌溉面积2万亩。"],
         leader="李明副县长", leaders=["李明"],
         lead=["县水利局"], lead_verb="主办",
         coop=[["县财政局", "县自然资源局"]],
         dub=DUB_Z, deadline="2025年6月底前完成主体工程"),
    # ---- 五 ----
    dict(part=4, id="22", marker="22．", title="推进新型城镇化。",
         body=["实施城市更新项目12个，改造城镇老旧小区35个、1800户，新建城市道路8公里，常住人口城镇化率提高1个百分点。"],
         leader="马骏副县长", leaders=["马骏"],
         lead=["县住房和城乡建设局", "泓川县城市建设投资集团有限公司"], lead_verb="共同主办",
         coop=[["县自然资源局", "县城市管理和综合执法局"]],
         dub=DUB_Z, deadline="2025年11月底前完成"),
    dict(part=4, id="23", marker="23．", title="完善综合交通网络。",
         body=["加快G207泓川段改扩建、泓石公路提质改造，新改建农村公路120公里，实施危桥改造15座。"],
         leader="马骏副县长", leaders=["马骏"],
         lead=["县交通运输局"], lead_verb="主办",
         coop=[["县自然资源局", "县财政局", "沿线乡镇人民政府"]],
         dub=DUB_Z, deadline="2025年12月底前完成", order="dl_first"),
    dict(part=4, id="24", marker="24．", title="打好污染防治攻坚战。",
         body=["县城空气质量优良天数比例达到92%以上，国省控断面水质达标率保持100%，全面完成中央和省生态环境保护督察反馈问题年度整改任务。",
               "持续推进泓水流域综合治理，开展河湖“清四乱”专项行动，确保河长制湖长制工作考核进入全市前列。"],
         leader="李明副县长", leaders=["李明"],
         lead=["市生态环境局泓川分局"], lead_verb="主办",
         coop=[["县水利局", "县林业局", "县住房和城乡建设局"], ["各乡镇人民政府"]],
         dub=DUB_ZW, deadline="2025年12月底前完成"),
    dict(part=4, id="25", marker="25．", title="加强国土空间管理。",
         body=["推动国土空间规划成果落地应用，全年处置批而未供土地1200亩、闲置土地300亩。"],
         leader="马骏副县长", leaders=["马骏"],
         lead=["县自然资源局"], lead_verb="主办",
         coop=[["泓川高新区管委会", "各乡镇人民政府"]],
         dub=DUB_Z, deadline="2025年10月底前完成"),
    # ---- 六 ----
    dict(part=5, id="26", marker="26．", title="稳定和扩大就业。",
         body=["城镇新增就业4500人，农村劳动力转移就业1万人，城镇调查失业率控制在5.5%以内。"],
         leader="欧阳春副县长", leaders=["欧阳春"],
         lead=["县人力资源和社会保障局"], lead_verb="主办",
         coop=[["县教育局", "县农业农村局", "县总工会", "团县委", "县妇联"]],
         dub=DUB_Z, deadline="2025年12月底前完成"),
    dict(part=5, id="27", marker="27．", title="推进教育优质均衡发展。",
         body=["新建改扩建中小学校6所、公办幼儿园3所，新增学位4000个，确保秋季开学投入使用。"],
         leader="欧阳春副县长", leaders=["欧阳春"],
         lead=["县教育局"], lead_verb="主办",
         coop=[],
         dub=DUB_Z, deadline="2025年8月底前完成"),
    dict(part=5, id="28", marker="28．", title="提升医疗卫生服务水平。",
         body=["推进县人民医院新院区建设，县域内就诊率达到90%以上，乡镇卫生院“优质服务基层行”达标率保持100%。"],
         leader="欧阳春副县长", leaders=["欧阳春"],
         lead=["县卫生健康局"], lead_verb="主办",
         coop=[["县医疗保障局", "县人民医院"], ["县中医医院"]],
         dub=DUB_Z, deadline="2025年12月底前完成"),
    dict(part=5, id="29", marker="29．", title="办好十件民生实事。",
         body=["全面完成省、市、县民生实事项目年度目标任务，资金拨付率、项目完工率均达到100%。"],
         leader="刘建国县长", leaders=["刘建国"],
         lead=["县财政局"], lead_verb="主办",
         coop=[["县直各民生实事责任单位"]],
         dub=DUB_ZW, deadline="2025年12月底前完成", own_para=True),
    dict(part=5, id="30", marker="30．", title="统筹发展和安全。",
         body=["深化安全生产治本攻坚三年行动，坚决遏制较大及以上安全事故；常态化开展扫黑除恶斗争，信访积案化解率达到90%以上。"],
         leader="县委常委、政法委书记何平，周卫东副县长", leaders=["何平", "周卫东"],
         lead=["县应急管理局", "县公安局"], lead_verb="共同主办",
         coop=[["县委政法委", "县信访局", "县司法局"]],
         dub=DUB_W, deadline="持续推进", br="deadline"),
]


def clause_phrases(t):
    """The comma-parted phrases of the task's bracket, in printed order."""
    ph = []
    if t.get("leader"):
        ph.append(t["leader"] + "领办")
    ph.append("、".join(t["lead"]) + t["lead_verb"])
    if t["coop"]:
        ph.append("，".join("、".join(g) for g in t["coop"]) + ("等" if t.get("coop_deng") else "") + "协办")
    if t.get("order", "std") == "dl_first":
        ph += [t["deadline"], t["dub"]]
    else:
        ph += [t["dub"], t["deadline"]]
    return ph


def gold_record(t):
    coop = [u for g in t["coop"] for u in g]
    head_src = (t["title"] + t["body"][0]).replace(" ", "").replace("\u3000", "")
    return {
        "id": t["id"],
        "marker": t["marker"],
        "head": head_src[:12],
        "responsible_units": list(t["lead"]) + coop,
        "lead_units": list(t["lead"]),
        "cooperating_units": coop,
        "leaders": list(t["leaders"]),
        "deadline": t["deadline"],
    }


# ------------------------------------------------------------------------------- docx helpers
def set_font(run, east, size, bold=None, color=None, west="Times New Roman"):
    run.font.name = west
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), west)
    rfonts.set(qn("w:hAnsi"), west)
    rfonts.set(qn("w:eastAsia"), east)
    run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def fmt_para(p, align=None, indent_chars=0, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent_chars:
        pf.first_line_indent = Pt(16 * indent_chars)
    return p


def para(doc, text="", east="仿宋_GB2312", size=16, align=None, indent=2, bold=None, color=None, line=28):
    p = doc.add_paragraph()
    fmt_para(p, align=align, indent_chars=indent, line=line)
    if text:
        set_font(p.add_run(text), east, size, bold=bold, color=color)
    return p


def border(p, side, color="000000", sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    bdr.append(e)


def build_docx():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(16)
    normal.element.get_or_add_rPr()
    rf = normal.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        normal.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), "仿宋_GB2312")

    # --- 版头: the two issuers stacked, 文件 beside them (a borderless 2x2 table)
    para(doc, "", indent=0)
    tbl = doc.add_table(rows=2, cols=2)
    tbl.alignment = 1
    tbl.autofit = False
    widths = (Cm(12.4), Cm(3.2))
    for ci, w in enumerate(widths):
        tbl.columns[ci].width = w
        for r in range(2):
            tbl.cell(r, ci).width = w
    for r, name in enumerate((ISSUER_1, ISSUER_2)):
        c = tbl.cell(r, 0)
        p = c.paragraphs[0]
        fmt_para(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40)
        set_font(p.add_run(name), "方正小标宋简体", 26, color="FF0000")
    m = tbl.cell(0, 1).merge(tbl.cell(1, 1))
    m.width = widths[1]
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = m.paragraphs[0]
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=40)
    set_font(p.add_run("文件"), "方正小标宋简体", 36, color="FF0000")
    para(doc, "", indent=0)
    p = para(doc, WENHAO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    border(p, "bottom", color="FF0000", sz=18)
    para(doc, "", indent=0)

    # --- 标题 (three lines by manual line breaks)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    r = set_font(p.add_run(ISSUER_1 + "　" + ISSUER_2), "方正小标宋简体", 22)
    r.add_break()
    r2 = set_font(p.add_run("关于印发《" + FANGAN.replace("分工方案", "")), "方正小标宋简体", 22)
    r2.add_break()
    set_font(p.add_run("分工方案》的通知"), "方正小标宋简体", 22)
    para(doc, "", indent=0)

    # --- 主送 and cover
    para(doc, "各乡镇党委、人民政府，县委各部委，县直机关各单位，县属各企事业单位：", indent=0)
    para(doc, "为全面贯彻落实县委十四届八次全体（扩大）会议暨县委经济工作会议和县十八届人民代表大会第四次会议精神，"
              "确保《政府工作报告》确定的各项目标任务落地见效，经县委、县人民政府同意，现将《" + FANGAN +
              "》印发给你们，并就有关事项通知如下。")
    p = para(doc)
    set_font(p.add_run("一、压实工作责任。"), "黑体", 16)
    set_font(p.add_run(
        "全县重点工作任务实行“县级领导领办、主办单位主办、协办单位协办、督查部门督办”的推进机制。"
        "每项任务后括号内依次注明领办县级领导、主办单位、协办单位、督办部门和完成时限。"
        "领办县级领导对所领办任务牵头协调、定期调度；主办单位为该项任务的牵头单位，负责制定推进方案、统筹推进和汇总报送进展情况；"
        "协办单位为配合单位，按照职责分工积极配合、主动作为；督办部门负责跟踪督办，不承担具体办理任务。"
        "主办单位有两个的，共同牵头，排在第一位的负责汇总报送。"), "仿宋_GB2312", 16)
    p = para(doc)
    set_font(p.add_run("二、强化协同推进。"), "黑体", 16)
    set_font(p.add_run(
        "各主办单位要在3月10日前制定具体推进方案，明确时间表、路线图和责任人，经领办县级领导审定后报县委督查室、县政府督查室备案。"
        "各协办单位要树立“一盘棋”思想，对涉及本单位的工作不推诿、不扯皮，形成齐抓共管的工作合力。"
        "任务分工中没有涉及的单位，要按照县委经济工作会议和《政府工作报告》的总体要求，做好本职工作。"), "仿宋_GB2312", 16)
    p = para(doc)
    set_font(p.add_run("三、严格督查问效。"), "黑体", 16)
    set_font(p.add_run(
        "县委督查室、县政府督查室按照括号内所列督办分工，实行“月调度、季通报、年考评”，督查结果纳入年度绩效考核。"
        "各主办单位于每季度最后一个月的25日前将任务进展情况报送督办部门。"
        "联系人：县委督查室周　敏，电话：0745-6223018；县政府督查室李　娜，电话：0745-6221746。"), "仿宋_GB2312", 16)
    para(doc, "", indent=0)
    para(doc, "附件：" + FANGAN)
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    p = para(doc, ISSUER_1 + "　　　　" + ISSUER_2, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    p = para(doc, DATE + "　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    para(doc, "（此件公开发布）")

    # --- 附件 on a new page
    p = doc.add_paragraph()
    fmt_para(p)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件", east="黑体", indent=0)
    para(doc, "", indent=0)
    para(doc, FANGAN, east="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=36)
    para(doc, "", indent=0)

    last_part = None
    for t in TASKS:
        if t["part"] != last_part:
            para(doc, PARTS[t["part"]], east="黑体")
            last_part = t["part"]
        phrases = clause_phrases(t)
        n_para = len(t["body"])
        for i, body in enumerate(t["body"]):
            p = para(doc)
            if i == 0:
                set_font(p.add_run(t["marker"]), "仿宋_GB2312", 16)
                set_font(p.add_run(t["title"]), "仿宋_GB2312", 16, bold=True)
            set_font(p.add_run(body), "仿宋_GB2312", 16)
            if i == n_para - 1:
                if t.get("own_para"):
                    p = para(doc)
                k = p.add_run("（")
                set_font(k, "楷体_GB2312", 16)
                for j, ph in enumerate(phrases):
                    if j:
                        run = set_font(p.add_run("，"), "楷体_GB2312", 16)
                        if t.get("br") == "deadline" and ph == t["deadline"]:
                            run.add_break()
                    set_font(p.add_run(ph), "楷体_GB2312", 16)
                set_font(p.add_run("）"), "楷体_GB2312", 16)

    # --- 版记
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    p = para(doc, "抄送：县委各常委，县人大常委会、县政协主要领导，县人民法院、县人民检察院。",
             size=14, indent=0)
    border(p, "top", sz=8)
    border(p, "bottom", sz=4)
    p = para(doc, ISSUER_1 + "　　　　　　　　　　" + DATE + "印发", size=14, indent=0)
    border(p, "bottom", sz=8)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 18, 8, 30, 0)
    cp.author = "县委办文电科"
    cp.last_modified_by = "县委办文电科"
    cp.title = "关于印发《" + FANGAN + "》的通知"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""

    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def rezip_fixed(blob):
    """Rewrite the package with fixed timestamps so two runs give the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 18, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def main():
    ids = [t["id"] for t in TASKS]
    assert ids == [str(i) for i in range(1, len(TASKS) + 1)], ids
    with open(os.path.join(HERE, DOCX_NAME), "wb") as f:
        f.write(rezip_fixed(build_docx()))
    with open(os.path.join(HERE, GOLD_NAME), "w", encoding="utf-8") as f:
        for t in TASKS:
            f.write(json.dumps(gold_record(t), ensure_ascii=False) + "\n")
    print("wrote", DOCX_NAME, "and", GOLD_NAME, "(%d tasks)" % len(TASKS))


if __name__ == "__main__":
    main()
