#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 123, case 628 (control): a 市住房和城乡建设局's Word notice printing its
2025年度重点工作任务分解表 as the 附件 (序号 / 重点工作 / 工作目标（措施） / 分管领导 /
责任科室（单位） / 责任人 / 完成时限), part rows merged across, 分管领导 merged down.

Writes, deterministically:
  628_lanshui_shi_zhujianju_niandu_zhongdian_gongzuo_fenjie.docx
  628_lanshui_shi_zhujianju_niandu_zhongdian_gongzuo_fenjie.tasks.gold.jsonl
All names (澜水市, persons) are invented.
"""
import datetime
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "628_lanshui_shi_zhujianju_niandu_zhongdian_gongzuo_fenjie"

ISSUER = "澜水市住房和城乡建设局"
DOCNO = "澜住建发〔2025〕9号"
TITLE = "澜水市住房和城乡建设局关于印发2025年度重点工作任务分解表的通知"
DATE = "2025年3月14日"

# ---------------------------------------------------------------------------
# The attachment.  Each part: (heading, [tasks]).  A task:
#   (work, [measure paragraphs], leaders_cell, units_cell, people_cell, deadline)
# leaders_cell / units_cell / people_cell are lists of cell paragraphs as printed.
# Leader merges (vMerge) and the deadline merge are given in MERGES below.
# ---------------------------------------------------------------------------
PARTS = [
    ("一、城市更新和城市建设（7项）", [
        ("扎实推进城镇老旧小区改造工作",
         ["新开工改造城镇老旧小区46个、涉及居民5820户，同步实施加装电梯、停车设施、“一老一小”服务设施等配套建设，年底前完工率达到60%以上。"],
         ["李建华"], ["城市更新科、计划财务科、市住房保障服务中心"], ["黄志强"], "2025年12月底前"),
        ("有序实施城中村改造和城市危旧房改造",
         ["启动城中村改造项目3个，完成城市危旧房改造230户；做好项目谋划储备，积极争取超长期特别国债、地方政府专项债券资金支持。"],
         ["李建华"], ["城市更新科、住房保障科"], ["黄志强"], "2025年12月底前"),
        ("开展城市体检和城市更新专项规划编制",
         ["完成2025年度城市体检工作，形成城市体检报告和问题清单、整治清单；编制《澜水市城市更新专项规划（2025—2035年）》，按程序报市政府审定。"],
         ["李建华"], ["城市更新科、城市建设科、市城市建设档案馆"], ["黄志强"], "2025年10月底前"),
        ("加快城市道路和桥梁建设改造",
         ["打通断头路5条，完成滨江路、青云大道等8条道路提升改造；开展城市桥梁安全隐患排查整治，完成病害桥梁维修加固4座。"],
         ["李建华"], ["城市建设科"], ["钱　坤"], "2025年11月底前"),
        ("推进城市地下管网和排水防涝设施建设",
         ["新建改造雨污水管网42公里，完成易涝积水点整治12处。",
          "汛前完成主次干道排水管网清淤疏浚，健全城市内涝应急处置机制。"],
         ["李建华", "孙海涛"], ["城市建设科、公用事业科、市城市排水管理所"], ["钱　坤"], "2025年12月底前"),
        ("推动城市基础设施生命线安全工程建设",
         ["建成城市生命线安全运行监测平台一期，接入燃气、供水、排水、桥梁等监测点位不少于1500个，实现风险实时监测、分级预警。"],
         ["孙海涛"], ["公用事业科、城市建设科、计划财务科"], ["袁明亮"], "2025年12月底前"),
        ("加强城市设计和历史文化街区保护利用",
         ["完成青石巷历史文化街区保护修缮二期工程，开展历史建筑测绘建档，新认定公布历史建筑10处以上。"],
         ["孙海涛"], ["城市更新科、市城市建设档案馆"], ["黄志强"], "2025年12月底前"),
    ]),
    ("二、住房保障和房地产市场（6项）", [
        ("促进房地产市场平稳健康发展",
         ["落实“一城一策”，用好城市房地产融资协调机制，推动“白名单”项目贷款应放尽放；加强房地产市场运行监测分析，按月报送市场运行情况。"],
         ["王　勇"], ["房地产市场监管科、市房产交易中心、计划财务科"], ["郭建军"], "全年"),
        ("扎实做好保交房和问题楼盘化解工作",
         ["确保2025年应交付的14个项目、8630套住房按期交付；对存量问题楼盘实行“一盘一策”，建立台账、挂图作战、销号管理。"],
         ["王　勇"], ["房地产市场监管科、政策法规科、市房产交易中心"], ["郭建军"], "2025年12月底前"),
        ("加快构建房地产发展新模式",
         ["收购存量商品房用作保障性住房不少于300套；推进商品房现房销售试点，开展“好房子”建设试点项目2个。"],
         ["王　勇"], ["房地产市场监管科、住房保障科、建筑节能与科技科"], ["郭建军"], "2025年12月底前"),
        ("加大保障性住房建设和供给力度",
         ["新筹集保障性租赁住房1200套（间），发放城镇住房保障家庭租赁补贴1650户；配售型保障性住房项目开工1个。"],
         ["王　勇"], ["住房保障科、市住房保障服务中心"], ["周晓燕"], "2025年11月底前"),
        ("规范公租房运营管理和资格审核",
         ["开展公租房资格年审和违规转租转借专项整治，及时清退不符合条件承租户，公租房分配入住率保持在95%以上。"],
         ["王　勇"], ["市住房保障服务中心、住房保障科"], ["吕卫东"], "2025年9月底前"),
        ("提升住宅小区物业服务管理水平",
         ["开展物业服务质量提升行动，物业服务企业信用评价实现全覆盖；指导成立业主委员会或物业管理委员会20个以上，规范住宅专项维修资金使用管理。"],
         ["王　勇"], ["物业管理科、房地产市场监管科，市房产交易中心"], ["林　芳"], "2025年12月底前"),
    ]),
    ("三、建筑业高质量发展（6项）", [
        ("推动建筑业做大做强和转型升级",
         ["全市建筑业总产值增长8%以上；培育特级、一级资质建筑业企业3家，新增入库建筑业企业15家。"],
         ["赵　敏"], ["建筑业管理科、计划财务科"], ["马俊峰"], "2025年12月底前"),
        ("加快推进智能建造和新型建筑工业化",
         ["新开工装配式建筑占新建建筑面积比例达到35%；创建市级智能建造试点项目3个。"],
         ["孙海涛"], ["建筑节能与科技科、建筑业管理科"], ["许海波"], "2025年12月底前"),
        ("推进绿色建筑和建筑节能工作",
         ["城镇新建民用建筑全面执行绿色建筑标准，星级绿色建筑占比达到30%；完成既有公共建筑节能改造5万平方米。"],
         ["孙海涛"], ["建筑节能与科技科"], ["许海波"], "2025年12月底前"),
        ("规范建筑市场秩序和招标投标管理",
         ["开展建筑市场“双随机、一公开”检查和违法发包、转包、违法分包专项整治，全年检查在建项目不少于120个；全面推行电子招标投标。"],
         ["赵　敏"], ["建筑业管理科、政策法规科"], ["马俊峰"], "全年"),
        ("持续抓好根治拖欠农民工工资工作",
         ["全面落实农民工实名制管理、工资专用账户、工资保证金等制度，在建项目制度落实率达到100%；元旦春节前开展欠薪问题专项治理。"],
         ["赵　敏"], ["建筑业管理科、工程质量安全监管科、市建设工程质量安全监督站"], ["马俊峰"], "2025年12月底前"),
        ("深化工程建设项目审批制度改革",
         ["推行“拿地即开工”“验登合一”，社会投资简易低风险项目全流程审批时间压减至15个工作日以内。"],
         ["陈立国、赵　敏"], ["行政审批科、政策法规科、城市建设科"], ["彭　浩"], "2025年6月底前"),
    ]),
    ("四、工程质量安全和城镇燃气（5项）", [
        ("加强房屋建筑和市政工程质量监管",
         ["开展住宅工程质量常见问题专项治理，全面推行住宅工程分户验收；全年组织质量监督抽查不少于4次。"],
         ["赵　敏"], ["工程质量安全监管科、市建设工程质量安全监督站"], ["何文斌"], "全年"),
        ("深入开展建筑施工安全生产治本攻坚",
         ["聚焦深基坑、高支模、起重机械等危险性较大的分部分项工程，开展安全隐患排查整治，坚决遏制较大及以上生产安全事故。"],
         ["赵　敏"], ["工程质量安全监管科、市建设工程质量安全监督站、建筑业管理科"], ["何文斌"], "2025年12月底前"),
        ("开展既有建筑安全隐患排查整治",
         ["对经营性自建房、老旧房屋开展“回头看”，完成存量隐患房屋整治销号；建立房屋安全动态监管台账。"],
         ["赵　敏"], ["工程质量安全监管科", "房地产市场监管科"], ["何文斌、郭建军"], "2025年10月底前"),
        ("持续推进城镇燃气安全专项整治",
         ["完成城市燃气老旧管道更新改造65公里，餐饮场所燃气报警器安装率达到100%，燃气经营企业安全检查全覆盖。"],
         ["孙海涛"], ["公用事业科、市城市燃气管理所"], ["袁明亮"], "2025年12月底前"),
        ("做好建设工程消防设计审查验收工作",
         ["规范消防设计审查、验收、备案和抽查工作，按时办结率100%；开展既有建筑改造消防审验专项服务。"],
         ["孙海涛"], ["行政审批科、工程质量安全监管科"], ["彭　浩"], "全年"),
    ]),
    ("五、村镇建设和人居环境（4项）", [
        ("扎实推进农村危房改造和抗震改造",
         ["完成农村低收入群体等重点对象危房改造和农房抗震改造380户，动态保障农村低收入群体住房安全。"],
         ["李建华"], ["村镇建设科、计划财务科、各县（市、区）住房和城乡建设局"], ["唐　磊"], "2025年11月底前"),
        ("加强传统村落和农房建设管理",
         ["新申报省级传统村落5个；推广农房设计通用图集，开展乡村建设工匠培训300人次以上。"],
         ["李建华"], ["村镇建设科"], ["唐　磊"], "2025年12月底前"),
        ("推进城镇污水处理提质增效和黑臭水体治理",
         ["新建污水处理厂1座，城市生活污水集中收集率达到72%；巩固城市黑臭水体治理成效，防止返黑返臭。"],
         ["李建华"], ["公用事业科、城市建设科"], ["袁明亮"], "2025年12月底前"),
        ("开展完整社区和美丽宜居街区建设",
         ["建设完整社区试点6个，打造美丽宜居街区3条，补齐社区养老、托育、停车等设施短板。"],
         ["李建华"], ["城市更新科、物业管理科"], ["黄志强"], "2025年12月底前"),
    ]),
    ("六、党的建设和机关效能（4项）", [
        ("全面加强局机关党的政治建设",
         ["深入学习贯彻党的二十届三中全会精神，落实“第一议题”制度，推进模范机关创建，开展党支部标准化规范化建设。"],
         ["陈立国"], ["机关党委（组织人事科）"], ["蒋淑华"], "全年"),
        ("深入推进法治住建建设和依法行政",
         ["落实行政执法“三项制度”，开展行政规范性文件清理；组织执法人员培训，行政复议纠错率控制在省定目标以内。"],
         ["陈立国"], ["政策法规科、各科室、各直属单位"], ["冯志远"], "全年"),
        ("持续优化营商环境和政务服务",
         ["推行住建领域“高效办成一件事”，政务服务事项网上可办率保持100%，办件满意率达到99%以上。"],
         ["陈立国"], ["行政审批科、政策法规科、办公室"], ["彭　浩"], "全年"),
        ("加强信息宣传和督查督办工作",
         ["全年在省级以上媒体刊发住建工作信息30篇以上；建立重点工作月调度、季通报制度。"],
         ["王　勇"], ["办公室、各科室、各直属单位"], ["宋雅琴"], "全年"),
    ]),
]

# leaders merged down: runs of consecutive task numbers sharing one 分管领导 cell
LEADER_RUNS = [(1, 4), (6, 7), (8, 13), (15, 16), (17, 18), (20, 22), (23, 24),
               (25, 28), (29, 31)]
# 完成时限 merged down in part 六
DEADLINE_RUNS = [(29, 32)]


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def set_font(run, east="仿宋_GB2312", size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", east="仿宋_GB2312", size=16, bold=False, align=None,
         indent=False, color=None, line=28, before=0, after=0, ascii_font="Times New Roman"):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        set_font(p.add_run(text), east, size, bold, color, ascii_font)
    return p


def runs(p, parts, size=16):
    """parts: list of (text, east_font)"""
    for text, east in parts:
        set_font(p.add_run(text), east, size)


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def add_page_field(p, size=14):
    set_font(p.add_run("— "), "宋体", size, ascii_font="宋体")
    r = p.add_run()
    set_font(r, "宋体", size, ascii_font="宋体")
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r2 = p.add_run()
    set_font(r2, "宋体", size, ascii_font="宋体")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r2._r.append(it)
    r3 = p.add_run()
    set_font(r3, "宋体", size, ascii_font="宋体")
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r3._r.append(f2)
    r4 = p.add_run("1")
    set_font(r4, "宋体", size, ascii_font="宋体")
    r5 = p.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r5._r.append(f3)
    set_font(p.add_run(" —"), "宋体", size, ascii_font="宋体")


def set_cell_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblPr.append(borders)


def fix_grid(table, widths):
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.iterchildren(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trPr.append(h)
    cs = OxmlElement("w:cantSplit")
    trPr.append(cs)


def fill_cell(cell, paragraphs, east="仿宋_GB2312", size=12, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False):
    first = True
    for text in paragraphs:
        if first:
            p = cell.paragraphs[0]
            first = False
        else:
            p = cell.add_paragraph()
        p.alignment = align
        pf = p.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing = Pt(18)
        set_font(p.add_run(text), east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Cm(29.7)
    section.page_height = Cm(21.0)
    section.top_margin = Cm(2.6)
    section.bottom_margin = Cm(2.4)
    section.left_margin = Cm(2.5)
    section.right_margin = Cm(2.3)


def portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)


# ---------------------------------------------------------------------------
def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    sec = doc.sections[0]
    portrait(sec)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    body = doc.element.body
    # remove the default empty paragraph
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)

    # ---- 版头
    para(doc, "", line=28)
    para(doc, ISSUER + "文件", east="方正小标宋简体", size=30, align=WD_ALIGN_PARAGRAPH.CENTER,
         color="FF0000", line=None, before=36, after=12, ascii_font="方正小标宋简体")
    para(doc, "", line=28)
    p = para(doc, DOCNO, align=WD_ALIGN_PARAGRAPH.CENTER, line=28, after=6)
    bottom_border(p)
    para(doc, "", line=28)

    # ---- 标题
    para(doc, "澜水市住房和城乡建设局关于印发2025年度", east="方正小标宋简体", size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36, ascii_font="方正小标宋简体")
    para(doc, "重点工作任务分解表的通知", east="方正小标宋简体", size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36, ascii_font="方正小标宋简体")
    para(doc, "", line=28)

    # ---- 主送
    para(doc, "局机关各科室，各直属单位：", line=28)

    # ---- 正文
    para(doc, "为深入贯彻落实全市住房城乡建设工作会议和市政府工作报告部署要求，确保全年各项目标任务落地见效，"
              "经局党组研究，现将《澜水市住房和城乡建设局2025年度重点工作任务分解表》印发给你们，"
              "并就有关事项通知如下，请认真抓好落实。", indent=True)
    p = para(doc, "", indent=True)
    runs(p, [("一、强化责任落实。", "黑体"),
             ("各分管局领导要切实履行“一岗双责”，加强对分管领域重点工作的统筹调度。"
              "附件中“责任科室（单位）”栏排在第一位的为牵头科室（单位），负总责，其余为配合科室（单位）；"
              "“责任人”为牵头科室（单位）主要负责同志。牵头科室（单位）要细化工作方案，明确时间节点，"
              "配合科室（单位）要主动对接、密切配合，形成工作合力。", "仿宋_GB2312")])
    p = para(doc, "", indent=True)
    runs(p, [("二、加强调度推进。", "黑体"),
             ("各牵头科室（单位）于每季度最后一个月25日前将重点工作推进情况（含进度、存在问题及下步打算）"
              "经分管局领导审核后报局办公室，局办公室汇总后向局党组报告。对推进缓慢、可能影响全年目标的，"
              "要及时说明原因并提出解决措施。", "仿宋_GB2312")])
    p = para(doc, "", indent=True)
    runs(p, [("三、严格督查考核。", "黑体"),
             ("局办公室会同机关党委（组织人事科）对重点工作实行清单化管理，定期督查通报，"
              "完成情况纳入科室（单位）年度目标责任考核和干部评先评优重要依据。", "仿宋_GB2312")])
    para(doc, "", line=28)
    p = para(doc, "", indent=True)
    runs(p, [("附件：澜水市住房和城乡建设局2025年度重点工作任务分解表", "仿宋_GB2312")])
    para(doc, "", line=28)
    para(doc, "", line=28)
    p = para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 4)
    p = para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 4)
    para(doc, "", line=28)
    para(doc, "（此件主动公开）", indent=True)

    # ---- 附件 (landscape section)
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    landscape(sec2)
    para(doc, "附件", east="黑体", size=16, line=28, ascii_font="黑体")
    para(doc, "", line=20)
    para(doc, "澜水市住房和城乡建设局2025年度重点工作任务分解表", east="方正小标宋简体", size=20,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=32, after=12, ascii_font="方正小标宋简体")

    headers = ["序号", "重点工作", "工作目标（措施）", "分管领导", "责任科室（单位）", "责任人", "完成时限"]
    widths = [Cm(1.2), Cm(3.9), Cm(8.4), Cm(1.9), Cm(4.4), Cm(1.8), Cm(2.6)]
    n_rows = 1 + sum(1 + len(t) for _, t in PARTS)
    table = doc.add_table(rows=n_rows, cols=7)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    set_cell_borders(table)
    fix_grid(table, widths)
    for r in table.rows:
        for i, c in enumerate(r.cells):
            c.width = widths[i]
    hdr = table.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(headers):
        fill_cell(hdr.cells[i], [h], east="黑体", size=12)

    # compute rows
    row_of = {}
    part_rows = []
    r = 1
    n = 0
    for head, tasks in PARTS:
        part_rows.append((r, head))
        r += 1
        for t in tasks:
            n += 1
            row_of[n] = (r, t)
            r += 1

    # merges first, then fill
    for pr, head in part_rows:
        a = table.cell(pr, 0)
        b = table.cell(pr, 6)
        m = a.merge(b)
        fill_cell(m, [head], east="黑体", size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
    for lo, hi in LEADER_RUNS:
        table.cell(row_of[lo][0], 3).merge(table.cell(row_of[hi][0], 3))
    for lo, hi in DEADLINE_RUNS:
        table.cell(row_of[lo][0], 6).merge(table.cell(row_of[hi][0], 6))
    merged_leader_rows = {k for lo, hi in LEADER_RUNS for k in range(lo + 1, hi + 1)}
    merged_deadline_rows = {k for lo, hi in DEADLINE_RUNS for k in range(lo + 1, hi + 1)}

    for k in range(1, n + 1):
        rr, (work, measures, leaders, units, people, deadline) = row_of[k]
        cells = table.rows[rr].cells
        fill_cell(cells[0], [str(k)])
        fill_cell(cells[1], [work], align=WD_ALIGN_PARAGRAPH.LEFT)
        fill_cell(cells[2], measures, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        if k not in merged_leader_rows:
            fill_cell(table.cell(rr, 3), leaders)
        fill_cell(cells[4], units, align=WD_ALIGN_PARAGRAPH.LEFT)
        fill_cell(cells[5], people)
        if k not in merged_deadline_rows:
            fill_cell(table.cell(rr, 6), [deadline])

    # ---- 版记 (portrait last page)
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    portrait(sec3)
    for _ in range(18):
        para(doc, "", line=28)
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblPr = bj._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4")):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    for edge in ("left", "right", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)
    fix_grid(bj, [Cm(15.6)])
    c = bj.cell(0, 0)
    c.width = Cm(15.6)
    fill_cell(c, ["抄送：市人民政府办公室，省住房和城乡建设厅办公室。"], size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
    c = bj.cell(1, 0)
    c.width = Cm(15.6)
    fill_cell(c, ["澜水市住房和城乡建设局办公室　　　　　2025年3月14日印发"], size=14,
              align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "", line=10)

    # ---- fixed core properties
    cp = doc.core_properties
    cp.author = "局办公室"
    cp.last_modified_by = "局办公室"
    cp.title = ""
    cp.comments = ""
    cp.revision = 3
    cp.created = datetime.datetime(2025, 3, 13, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 14, 10, 30, 0)
    cp.last_printed = datetime.datetime(2025, 3, 14, 10, 28, 0)
    return doc, row_of, n


def write_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 14, 10, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def split_units(cell_paragraphs):
    out = []
    for p in cell_paragraphs:
        cur = ""
        depth = 0
        for ch in p:
            if ch in "（(":
                depth += 1
            elif ch in "）)":
                depth -= 1
            if depth == 0 and ch in "、，；":
                if cur:
                    out.append(cur)
                cur = ""
            else:
                cur += ch
        if cur:
            out.append(cur)
    return out


def split_leaders(cell_paragraphs):
    out = []
    for p in cell_paragraphs:
        for x in p.split("、"):
            x = x.replace("　", "").replace(" ", "")
            if x:
                out.append(x)
    return out


def gold(row_of, n):
    leader_cell = {}
    for k in range(1, n + 1):
        leader_cell[k] = row_of[k][1][2]
    for lo, hi in LEADER_RUNS:
        for k in range(lo, hi + 1):
            assert row_of[k][1][2] == row_of[lo][1][2], k
            leader_cell[k] = row_of[lo][1][2]
    deadline = {k: row_of[k][1][5] for k in range(1, n + 1)}
    for lo, hi in DEADLINE_RUNS:
        for k in range(lo, hi + 1):
            assert row_of[k][1][5] == row_of[lo][1][5], k
            deadline[k] = row_of[lo][1][5]
    recs = []
    for k in range(1, n + 1):
        work, measures, leaders, units, people, dl = row_of[k][1]
        assert len(work) >= 12, work
        us = split_units(units)
        recs.append({
            "id": str(k),
            "marker": str(k),
            "head": work[:12],
            "responsible_units": us,
            "lead_units": us[:1],
            "cooperating_units": us[1:],
            "leaders": split_leaders(leader_cell[k]),
            "deadline": deadline[k],
        })
    return recs


def main():
    doc, row_of, n = build()
    assert 25 <= n <= 40, n
    write_deterministic(doc, os.path.join(HERE, BASE + ".docx"))
    with open(os.path.join(HERE, BASE + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
        for rec in gold(row_of, n):
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("tasks:", n)


if __name__ == "__main__":
    main()
