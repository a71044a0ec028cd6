#!/usr/bin/python3
"""Round 141, test 717 (control case): a 省直部门 notice splitting its own 年度工作要点
among its 处室 and 直属单位.

Writes, from the one structured description below:
  717_hanjiang_zrzyt_gongzuo_yaodian_renwu_fengong.docx   the notice (python-docx, fixed dates and zip times)
  717.tasks.gold.jsonl                                    the gold list

Deterministic: the core properties' dates are fixed and the DOCX zip is rewritten with fixed timestamps.
All names (province, people, units, 文号) are invented.
"""
import datetime
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX_NAME = "717_hanjiang_zrzyt_gongzuo_yaodian_renwu_fengong.docx"
GOLD_NAME = "717.tasks.gold.jsonl"

ISSUER = "汉江省自然资源厅"
DOC_NO = "汉自然资发〔2024〕6号"
TITLE = "汉江省自然资源厅关于印发2024年工作要点任务分工的通知"
ATT_TITLE = "汉江省自然资源厅2024年工作要点任务分工"
DATE = "2024年2月26日"

# ---------------------------------------------------------------------------------------------
# The structured description of the attachment.
# Each task: marker, text paragraphs (a list: a task may run over two paragraphs),
# leaders as printed on the 分管厅领导 line (None = no such line), units as printed on the
# 责任处室（单位） line, and the gold units (the printed line split, notes dropped).
# ---------------------------------------------------------------------------------------------
LONG = "省自然资源厅国土空间生态修复与土地综合整治事务中心"

SECTIONS = [
    ("一、坚持以党的政治建设为统领，全面加强厅系统党的建设", [
        ("1.", ["深入学习贯彻习近平新时代中国特色社会主义思想和党的二十大精神，巩固拓展主题教育成果，"
                "认真落实“第一议题”制度，深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”，"
                "确保党中央决策部署和省委、省政府工作要求在全省自然资源系统落地见效。"],
         None,
         "机关党委、办公室、厅机关各处室、各直属单位"),
        ("2.", ["落实全面从严治党主体责任，持续深化模范机关创建，深入推进厅系统党风廉政建设和反腐败工作，"
                "锲而不舍落实中央八项规定及其实施细则精神，驰而不息纠治“四风”，持续为基层减负。"],
         "马振华",
         "机关党委、人事处、办公室、各直属单位"),
        ("3.", ["加强干部队伍建设。坚持新时代好干部标准，统筹做好干部选拔任用、培养锻炼和监督管理工作，"
                "扎实开展全省自然资源系统干部教育培训，激励干部担当作为。"],
         "马振华",
         "人事处、机关党委"),
    ]),
    ("二、严守耕地保护红线，落实最严格的耕地保护制度", [
        ("4.", ["全面落实耕地保护党政同责，配合做好省级党委和政府耕地保护和粮食安全责任制考核，"
                "组织开展设区市耕地保护目标责任落实情况检查考核，压紧压实地方各级党委和政府耕地保护责任。"],
         "何晓燕",
         "耕地保护监督处、国土空间用途管制处、自然资源调查监测处、执法局"),
        ("5.", ["改革完善耕地占补平衡制度，将各类非农业建设占用耕地纳入占补平衡统一管理，"
                "严格补充耕地立项、实施、验收、管护全程监管，确保补充耕地数量真实、质量可靠。"],
         "何晓燕",
         "耕地保护监督处、" + LONG),
        ("6.", ["稳妥有序推进耕地“进出平衡”，严格管控耕地转为林地、草地、园地等其他农用地，"
                "年度耕地“进出平衡”方案由县级人民政府统筹制定并组织实施。"],
         "何晓燕",
         "耕地保护监督处；国土空间用途管制处"),
        ("7.", ["开展永久基本农田核实整改补划，对不符合要求的永久基本农田予以调出并补划，"
                "推动建立永久基本农田储备区，实行“长牙齿”的硬措施保护。"],
         "何晓燕",
         "耕地保护监督处、国土空间规划处、省国土空间规划研究院"),
    ]),
    ("三、强化国土空间规划引领，严格国土空间用途管制", [
        ("8.", ["全面完成市县国土空间总体规划审批，建立健全国土空间规划实施监测、定期评估和动态维护机制，"
                "组织编制省级都市圈国土空间规划和重点流域国土空间专项规划。"],
         "刘卫东、彭海涛",
         "国土空间规划处、省国土空间规划研究院"),
        ("9.", ["加快详细规划编制和专项规划统筹。指导各地按照“应编尽编、按需编制”原则，有序推进城镇开发边界内详细规划编制，"
                "探索开展城镇开发边界外郊野单元详细规划试点，强化专项规划与总体规划、详细规划的衔接。",
                "同步推进国土空间规划“一张图”实施监督信息系统迭代升级，实现各级各类国土空间规划成果统一入库、"
                "动态更新和在线审查，为规划许可和用途管制提供数据支撑。"],
         "彭海涛",
         "国土空间规划处、省国土空间规划研究院、省自然资源厅信息中心"),
        ("10.", ["严格落实“三区三线”划定成果，完善国土空间用途管制规则，规范城镇开发边界内集中建设区、弹性发展区管理，"
                 "严格控制城镇开发边界外零星城镇建设。"],
         "刘卫东",
         "国土空间用途管制处、国土空间规划处"),
        ("11.", ["分类有序推进村庄规划编制，坚持“多规合一”实用性村庄规划导向，对不需要编制村庄规划的，"
                 "在县乡级国土空间规划中明确用途管制和建设管理要求。"],
         "彭海涛",
         "国土空间规划处、用途管制处"),
    ]),
    ("四、精准高效保障高质量发展用地需求", [
        ("12.", ["做好省级重大项目用地要素保障，建立重大项目用地保障清单和服务专班制度，"
                 "提前介入项目选址和用地预审，全年保障重大项目用地不少于8万亩。"],
         "刘卫东",
         "国土空间用途管制处、自然资源开发利用处、耕地保护监督处"),
        ("13.", ["深入推进节约集约用地，持续开展批而未供和闲置土地处置专项行动，推广工业用地“标准地”出让和"
                 "长期租赁、先租后让、弹性年期供应方式，提升土地利用效率。"],
         "刘卫东",
         "自然资源开发利用处、国土空间用途管制处、执法局"),
        ("14.", ["规范国有建设用地使用权出让管理，完善土地市场动态监测监管，推进土地二级市场交易平台建设，"
                 "做好住宅用地供应分类调控。"],
         "刘卫东",
         "自然资源开发利用处、省自然资源资产交易储备中心"),
        ("15.", ["稳慎推进农村集体经营性建设用地入市试点，规范宅基地管理和农村不动产确权登记，"
                 "保障农村一二三产业融合发展合理用地需求。"],
         "刘卫东",
         "自然资源开发利用处、法规处、国土空间用途管制处、自然资源确权登记处"),
    ]),
    ("五、统筹推进山水林田湖草沙一体化保护和系统治理", [
        ("16.", ["实施重要生态系统保护和修复重大工程，扎实推进汉江流域山水林田湖草沙一体化保护和修复工程项目建设，"
                 "加强项目资金绩效管理，确保中央和省级资金规范高效使用。"],
         "彭海涛",
         "国土空间生态修复处、财务与资产管理处（负责资金保障）、" + LONG),
        ("17.", ["加快历史遗留废弃矿山生态修复，完成年度修复治理任务，探索“生态修复+产业导入”模式，"
                 "鼓励和支持社会资本参与生态保护修复。"],
         "彭海涛",
         "国土空间生态修复处、矿产资源保护监督处"),
        ("18.", ["深入推进全域土地综合整治试点，统筹农用地整理、建设用地整理和乡村生态保护修复，"
                 "做好试点项目实施监管和阶段评估。"],
         "何晓燕",
         "国土空间生态修复处、耕地保护监督处、" + LONG),
    ]),
    ("六、深化自然资源资产管理和产权制度改革", [
        ("19.", ["深化全民所有自然资源资产所有权委托代理机制试点，编制省级全民所有自然资源资产清单，"
                 "建立国有自然资源资产管理情况报告制度。"],
         "宋文斌",
         "自然资源所有者权益处、财务与资产管理处、法规处"),
        ("20.", ["有序推进自然资源统一确权登记，完成重点区域自然资源确权登记年度任务，"
                 "推动自然资源确权登记成果应用。"],
         "何晓燕",
         "自然资源确权登记处、省不动产登记中心"),
        ("21.", ["深化不动产登记便民利民改革，全面推行“交房即交证”“带押过户”，"
                 "推进不动产登记与水电气网联动过户，提升不动产登记网上办理水平。"],
         "何晓燕",
         "自然资源确权登记处、省不动产登记中心、省自然资源厅信息中心"),
    ]),
    ("七、加强矿产资源保护和地质灾害防治", [
        ("22.", ["深入实施新一轮找矿突破战略行动，加大战略性矿产资源勘查投入，力争新发现一批大中型矿产地。"],
         "孙立强",
         "地质勘查管理处、矿业权管理处、财务与资产管理处"),
        ("23.", ["深化矿业权出让制度改革，全面推进矿业权竞争性出让，规范协议出让管理，"
                 "做好矿业权出让收益征收管理工作。"],
         "孙立强",
         "矿业权管理处、矿产资源保护监督处、法规处"),
        ("24.", ["加强矿产资源开发利用监管，推进绿色矿山建设，开展矿产资源储量动态监管和开采总量调控。"],
         "孙立强",
         "矿产资源保护监督处、国土空间生态修复处"),
        ("25．", ["扎实做好地质灾害防治工作，落实汛期“三查”制度，推进地质灾害风险普查成果应用和"
                 "隐患点综合治理，完善群测群防体系，最大限度减少人员伤亡和财产损失。"],
         "孙立强",
         "地质环境处、省地质环境监测总站"),
    ]),
    ("八、提升调查监测和测绘地理信息支撑服务能力", [
        ("26.", ["组织开展2023年度全省国土变更调查，做好森林、草原、湿地、水资源等专项调查监测，"
                 "及时发布全省国土利用现状主要数据。"],
         "何晓燕",
         "自然资源调查监测处、省自然资源调查监测院"),
        ("27.", ["推进实景三维汉江建设，完成年度基础测绘任务，加快新型基础测绘体系建设，"
                 "做好卫星遥感应用体系建设和应急测绘保障。"],
         "吴德清",
         "测绘地理信息管理处、省第一测绘院、省第二测绘院"),
        ("28.", ["推进自然资源数字化转型，完善全省自然资源“一张网”和统一业务应用平台，"
                 "加强网络安全和数据安全管理。"],
         "吴德清",
         "科技与对外合作处、省自然资源厅信息中心"),
        ("29.", ["加强地图管理和测绘地理信息安全监管，开展“问题地图”专项整治，做好测绘资质和测绘成果质量监督检查。"],
         "吴德清",
         "测绘地理信息管理处、执法局"),
    ]),
    ("九、强化执法督察和法治保障", [
        ("30.", ["保持打击违法用地用矿高压态势，持续开展土地卫片执法和矿产卫片执法，"
                 "坚决遏制新增违法占用耕地问题。"],
         "宋文斌",
         "执法局、耕地保护监督处、自然资源调查监测处"),
        ("31.", ["推进依法行政，配合做好《汉江省国土空间规划条例》立法工作，"
                 "加强规范性文件合法性审核和行政复议应诉工作。"],
         "宋文斌",
         "法规处、国土空间规划处"),
    ]),
    ("十、加强机关自身建设", [
        ("32.", ["统筹发展和安全，抓好信访维稳、安全生产和保密工作，落实地质勘查行业安全生产监管责任。"],
         "马振华",
         "办公室、法规处、地质勘查管理处"),
        ("33.", ["加强新闻宣传和舆论引导，办好“4·22”世界地球日、“6·25”全国土地日等主题宣传活动。"],
         "马振华",
         "办公室、省自然资源宣传教育中心"),
        ("34.", ["加强预算管理和内部审计，推进厅属事业单位财务规范化管理。"],
         "宋文斌",
         "财务与资产管理处、各直属单位"),
    ]),
]

# Gold choice for the one bracketed note: the note is dropped, the unit kept as printed before it.
NOTES = {"财务与资产管理处（负责资金保障）": "财务与资产管理处"}

LEAD_RULE = ("各项任务的责任处室（单位）中，排在第一位的为牵头处室（单位），其余为配合处室（单位）。")


def split_units(line):
    out = []
    for part in line.replace("；", "、").split("、"):
        part = NOTES.get(part, part)
        out.append(part)
    return out


def gold_records():
    recs = []
    for _, tasks in SECTIONS:
        for marker, paras, leaders, units in tasks:
            num = marker.rstrip(".．")
            text = "".join(paras)
            units_l = split_units(units)
            recs.append({
                "id": num,
                "marker": marker,
                "head": "".join(text.split())[:12],
                "responsible_units": units_l,
                "lead_units": units_l[:1],
                "cooperating_units": units_l[1:],
                "leaders": leaders.split("、") if leaders else [],
                "deadline": None,
            })
    return recs


# ---------------------------------------------------------------------------------------------
# DOCX writing
# ---------------------------------------------------------------------------------------------
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, name, size, color=None, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc, text="", font=FS, size=16, align=None, indent=True, color=None, bold=False,
         before=0, after=0, exact=28):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j" or align is None:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "l":
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    if text:
        set_font(p.add_run(text), font, size, color, bold)
    return p


def border(p, side, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    pbdr.append(el)


def page_break_before(p):
    p.paragraph_format.page_break_before = True


def build_docx():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    # 版头
    para(doc, "", indent=False)
    para(doc, ISSUER + "文件", font=XBS, size=42, align="c", indent=False, color="FF0000",
         exact=None, before=24, after=12)
    para(doc, "", indent=False)
    p = para(doc, DOC_NO, align="c", indent=False)
    border(p, "bottom", "FF0000", 18)
    para(doc, "", indent=False)
    # 标题 (two lines, as printed)
    para(doc, "汉江省自然资源厅关于印发", font=XBS, size=22, align="c", indent=False, exact=35)
    para(doc, "2024年工作要点任务分工的通知", font=XBS, size=22, align="c", indent=False, exact=35)
    para(doc, "", indent=False)
    para(doc, "厅机关各处室、各直属单位：", indent=False, align="l")
    para(doc, "为深入贯彻落实全省自然资源工作会议精神，确保厅党组确定的2024年各项工作任务落到实处，"
              "经厅党组会议研究同意，现将《汉江省自然资源厅2024年工作要点任务分工》印发给你们，"
              "并就有关事项通知如下：")
    para(doc, "一、压实工作责任。各处室（单位）要对照任务分工，细化工作措施，明确时间节点和责任人，"
              "确保各项任务按期保质完成。" + LEAD_RULE +
              "牵头处室（单位）负责组织推进、统筹协调和进展情况汇总，配合处室（单位）要按照职责分工主动配合、"
              "密切协作。", )
    para(doc, "二、加强调度督办。厅办公室将对任务分工落实情况实行清单化管理、季度调度。各牵头处室（单位）"
              "于每季度最后一个月的25日前，将所牵头任务的进展情况经分管厅领导审核后报送厅办公室；"
              "12月15日前报送全年完成情况。")
    para(doc, "三、严格考核问效。任务完成情况将纳入处室（单位）年度绩效考核。因工作不力、推进迟缓影响任务完成的，"
              "按有关规定严肃问责。执行中遇有重大问题，要及时向分管厅领导请示报告。")
    para(doc, "")
    para(doc, "附件：" + ATT_TITLE)
    para(doc, "")
    para(doc, "")
    para(doc, ISSUER + "\u3000" * 4, align="r", indent=False)
    para(doc, DATE + "\u3000" * 4, align="r", indent=False)
    para(doc, "（此件主动公开）")

    # 附件
    p = para(doc, "附件", font=HT, size=16, indent=False, align="l")
    page_break_before(p)
    para(doc, "", indent=False)
    para(doc, ATT_TITLE, font=XBS, size=22, align="c", indent=False, exact=35)
    para(doc, "", indent=False)
    for heading, tasks in SECTIONS:
        para(doc, heading, font=HT)
        for marker, paras, leaders, units in tasks:
            para(doc, marker + paras[0])
            for extra in paras[1:]:
                para(doc, extra)
            if leaders is not None:
                para(doc, "分管厅领导：" + leaders, font=KT)
            para(doc, "责任处室（单位）：" + units, font=KT)

    # 版记
    para(doc, "", indent=False)
    p = para(doc, "抄送：自然资源部办公厅，省委办公厅，省政府办公厅。", size=14, indent=False, align="l")
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = para(doc, "汉江省自然资源厅办公室" + "\u3000" * 9 + "2024年2月26日印发", size=14, indent=False,
             align="l")
    p.paragraph_format.left_indent = Pt(14)
    border(p, "bottom", "000000", 8)

    fixed = datetime.datetime(2024, 2, 26, 9, 0, 0)
    cp = doc.core_properties
    cp.author = "汉江省自然资源厅办公室"
    cp.last_modified_by = "汉江省自然资源厅办公室"
    cp.title = TITLE
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps and a fixed member order
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2024, 2, 26, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(name))
    return out.getvalue()


def main():
    data = build_docx()
    with open(os.path.join(HERE, DOCX_NAME), "wb") as f:
        f.write(data)
    recs = gold_records()
    with open(os.path.join(HERE, GOLD_NAME), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {DOCX_NAME} ({len(data)} bytes) and {GOLD_NAME} ({len(recs)} tasks)")


if __name__ == "__main__":
    main()
