#!/usr/bin/python3
"""Round 144 / 732: a 市人民检察院 red-header Word notice dividing the 2025 全市检察工作要点 among
市院 departments (检察部/室/中心) and the 基层院.

Writes 732_mingchuan_shi_jianchayuan_gongzuo_yaodian_renwu_fengong.docx and 732.tasks.gold.jsonl
from the one description (PARTS) below. Deterministic: fixed core properties and fixed zip timestamps.
Run: /usr/bin/python3 make_732.py
"""
import io
import json
import os
import re
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX = os.path.join(HERE, "732_mingchuan_shi_jianchayuan_gongzuo_yaodian_renwu_fengong.docx")
GOLD = os.path.join(HERE, "732.tasks.gold.jsonl")

ISSUER = "洺川市人民检察院"
DOC_NO = "洺检发〔2025〕5号"
DATE = "2025年2月26日"
TITLE_LINES = ["洺川市人民检察院关于印发", "《2025年全市检察工作要点》", "任务分工方案的通知"]
ZHUSONG = "各县（市、区）人民检察院，市院各部门："
ATT_TITLE = "2025年全市检察工作要点任务分工方案"

COVER = [
    ("", "为深入贯彻落实最高人民检察院、省人民检察院工作部署和市院党组《2025年全市检察工作要点》，"
         "确保全年各项检察工作任务落地见效，经院党组研究，市院对工作要点确定的重点任务逐项进行了分解，"
         "明确了责任院领导、牵头部门、配合部门和完成时限。现将《2025年全市检察工作要点任务分工方案》"
         "印发给你们，并提出如下要求，请认真抓好落实。"),
    ("一、压紧压实工作责任。", "责任院领导要加强对分管领域任务的统筹调度，定期听取进展情况汇报，"
         "及时协调解决工作中的重大问题。牵头部门对任务落实负主要责任，部门主要负责人为第一责任人，"
         "要细化工作措施，明确时间节点；牵头部门有两个的，排在第一位的为主要牵头部门，负责组织协调和"
         "情况汇总。配合部门要按照职责主动配合、密切协作，形成工作合力。各基层院要对照本方案，"
         "结合本院实际制定任务分工，于3月20日前报市院办公室备案。"),
    ("二、加强跟踪督查督办。", "市院办公室会同检务督察部建立任务台账，实行清单化管理、销号式推进。"
         "各牵头部门于每季度末月25日前将任务进展情况书面报市院办公室，办公室汇总后报院党组。"
         "对进度滞后、推进不力的任务，按照有关规定进行督办。"),
    ("三、强化考核结果运用。", "任务落实情况纳入市院各部门年度绩效考核和基层院年度检察工作考评，"
         "考核结果作为评先评优、干部选拔任用的重要参考。工作中遇到的重大问题和困难，请及时向市院报告。"),
]

# Leaders (院党组成员): 方振华 党组书记、检察长; 郑　涛 党组副书记、副检察长; 韩晓梅 党组成员、副检察长;
# 石立军 党组成员、副检察长; 潘　宁 党组成员、政治部主任; 杜文清 检察委员会专职委员;
# 邱海燕 党组成员、市纪委监委驻市检察院纪检监察组组长.
#
# One task: (marker as printed, [task paragraphs], leaders, lead, coop, deadline, note)
#   leaders: list of cell paragraphs, each a list of names as printed (padded names keep the 　);
#            or the string "全体院领导" (no person named).
#   lead / coop: lists of units as printed; an item starting with "，" is printed after a "，" instead of "、".
#   coop may be "" (empty cell) or "无" (printed 无): no cooperating unit.
ZT = "郑　涛"
PN = "潘　宁"
PARTS = [
    ("一、坚持以党的政治建设为统领，坚定不移走中国特色社会主义法治道路", [
        ("1", ["坚持用习近平新时代中国特色社会主义思想凝心铸魂。严格落实党组会议“第一议题”制度和党组理论学习中心组学习制度，"
               "深入学习贯彻习近平法治思想，把学习成果转化为推动检察工作高质量发展的实际成效。"],
         [["方振华"]], ["政治部（机关党委）"], ["办公室"], "全年", ""),
        ("2", ["严格执行《中国共产党政法工作条例》，落实重大事项请示报告制度，重大案件、重要工作、重大敏感事项"
               "及时向市委和省院请示报告，全年向市委报告检察工作不少于2次。"],
         [["方振华"]], ["办公室"], ["政治部（机关党委）", "法律政策研究室"], "长期坚持", ""),
        ("3", ["巩固拓展党纪学习教育成果，扎实开展深入贯彻中央八项规定精神学习教育，持续纠治“四风”特别是形式主义、"
               "官僚主义，推动作风建设常态化长效化。"],
         "全体院领导", ["政治部（机关党委）"], ["派驻纪检监察组", "检务督察部"], "按上级部署", ""),
        ("4", ["落实意识形态工作责任制，加强检察新闻宣传和新媒体矩阵建设，健全涉检网络舆情监测研判、"
               "快速反应和协同处置机制，讲好新时代洺川检察故事。"],
         [[PN]], ["政治部（机关党委）"], ["办公室", "检察技术信息中心"], "全年", ""),
    ]),
    ("二、坚持能动履职，服务保障全市经济社会高质量发展", [
        ("5", ["依法平等保护各类经营主体合法权益，深入贯彻民营经济促进法，常态化开展涉企“挂案”清理，"
               "依法惩治侵害企业合法权益犯罪，规范涉案企业合规改革试点工作。"],
         [["韩晓梅"]], ["第四检察部"], ["第一检察部", "第二检察部", "第六检察部", "，各基层院"], "全年",
         "纳入省院业务考评"),
        ("6", ["深化知识产权综合司法保护，推进知识产权刑事、民事、行政、公益诉讼检察职能集中统一履行，"
               "加大对重点产业、核心技术和驰名商标的保护力度。"],
         [["石立军"]], ["第六检察部"], ["第四检察部", "第七检察部", "第八检察部"], "11月底前", ""),
        ("7", ["依法从严惩治金融犯罪，重点打击非法集资、洗钱、骗取贷款等犯罪，配合做好涉众型经济犯罪案件追赃挽损，"
               "守牢不发生区域性金融风险底线。"],
         [["韩晓梅"]], ["第四检察部"], ["第二检察部"], "全年", ""),
        ("8", ["服务保障乡村全面振兴，依法惩治侵害农民利益、套取涉农惠农资金等犯罪，"
               "加强耕地保护、农村人居环境整治领域公益诉讼和民事支持起诉工作。"],
         [["石立军"], ["杜文清"]], ["第八检察部", "第六检察部"], ["第一检察部", "，各基层院"], "全年", ""),
        ("9", ["服务生态文明建设，深化洺河流域生态环境和资源保护检察协作，健全跨行政区划办案协作机制，"
               "依法办理破坏生态环境资源刑事、公益诉讼案件。"],
         [["石立军"]], ["第八检察部"], ["第一检察部", "第七检察部", "，各县（市、区）人民检察院"], "持续推进", ""),
    ]),
    ("三、坚持总体国家安全观，全力维护社会安全稳定", [
        ("10", ["坚决维护国家政治安全，依法从严从快办理危害国家安全犯罪案件，严防敌对势力渗透破坏活动，"
                "落实反恐怖、反邪教工作责任。"],
         [["方振华"]], ["第二检察部"], ["办公室"], "长期坚持", ""),
        ("11", ["常态化推进扫黑除恶斗争，依法严惩黑恶势力犯罪，深挖彻查“保护伞”，"
                "用好检察建议推动重点行业领域源头治理。"],
         [[ZT]], ["第二检察部"], ["第一检察部", "第三检察部"], "全年", ""),
        ("12", ["依法严惩电信网络诈骗、跨境赌博及其上下游关联犯罪，加强对帮助信息网络犯罪活动罪的"
                "精准认定，深化打击治理电信网络诈骗协作。"],
         [[ZT]], ["第一检察部"], ["第四检察部", "检察技术信息中心"], "全年", ""),
        ("13", ["做好重大风险防范化解，对重大敏感案件和涉检信访实行风险评估预警，落实“三同步”工作要求，"
                "确保重要时间节点全市检察机关安全稳定。"],
         [[ZT]], ["办公室", "第十检察部"], ["政治部（机关党委）", "，各基层院"], "全年", ""),
        ("14", ["深化安全生产领域刑事追责，依法办理危险作业、重大责任事故等案件，"
                "同步开展安全生产领域公益诉讼，推动落实企业主体责任。"],
         [["韩晓梅"]], ["第一检察部"], ["第八检察部"], "全年", ""),
    ]),
    ("四、坚持高质效办好每一个案件，全面协调充分发展“四大检察”", [
        ("15", ["深化刑事检察工作。全面准确落实宽严相济刑事政策，依法规范适用认罪认罚从宽制度，",
                "准确把握逮捕、起诉条件，规范不起诉裁量权行使，提升量刑建议精准化水平。"],
         [[ZT], ["韩晓梅"]], ["第一检察部"], ["第二检察部", "第四检察部", "第九检察部"], "全年",
         "纳入省院业务考评"),
        ("16", ["推动侦查监督与协作配合办公室实质化运行，加强立案监督和侦查活动监督，"
                "对不应当立案而立案、长期“挂案”等问题开展专项监督。"],
         [[ZT]], ["第一检察部"], ["第二检察部", "，第四检察部"], "6月底前", ""),
        ("17", ["依法办理职务犯罪案件，健全完善监检衔接机制，坚持受贿行贿一起查，"
                "提升职务犯罪案件审查起诉质效，加强司法工作人员相关职务犯罪侦查。"],
         [["韩晓梅"]], ["第三检察部"], ["第一检察部", "案管办"], "全年", ""),
        ("18", ["强化刑事执行检察，开展监狱、看守所巡回检察，加强减刑、假释、暂予监外执行监督，"
                "规范社区矫正法律监督工作。"],
         [["石立军"]], ["第五检察部"], ["各基层院"], "全年", ""),
        ("19", ["精准开展民事生效裁判、审判活动和执行活动监督，深化虚假诉讼专项监督，"
                "依法为农民工等群体讨薪提供支持起诉服务。"],
         [["石立军"]], ["第六检察部"], ["第十检察部"], "全年", ""),
        ("20", ["深化行政检察监督，推进行政争议实质性化解，稳妥开展行政违法行为监督，"
                "加强行政非诉执行监督。"],
         [["石立军"]], ["第七检察部"], "", "9月底前", ""),
        ("21", ["积极稳妥推进公益诉讼检察，聚焦食品药品安全、安全生产、个人信息保护、文物和文化遗产保护等领域"
                "办理一批有影响力的案件，提升诉前检察建议整改率。"],
         [["石立军"]], ["第八检察部"], ["第六检察部", "第七检察部", "检察技术信息中心"], "全年",
         "纳入省院业务考评"),
        ("22", ["全面加强未成年人检察工作，落实强制报告、入职查询制度，规范制发督促监护令，"
                "深化检察官担任法治副校长工作，推动“六大保护”融合发力。"],
         [["杜文清"]], ["第九检察部"], ["第一检察部", "第十检察部", "，各基层院"], "全年", ""),
        ("２３", ["加强案件质量管理，用好检察机关案件质量主要评价指标，强化案件流程监控和案件质量评查，"
                 "每季度开展全市检察业务数据会商研判。"],
         [["杜文清"]], ["案件管理办公室"], ["法律政策研究室", "各检察业务部门"], "每季度", ""),
    ]),
    ("五、坚持和发展新时代“枫桥经验”，用心用情办好检察为民实事", [
        ("24", ["深化信访工作法治化，落实群众信访件件有回复制度，坚持院领导包案化解重复信访，"
                "推动首次信访矛盾纠纷就地实质性化解。"],
         [["方振华", ZT]], ["第十检察部"], ["办公室", "案件管理办公室", "，各基层院"], "全年", ""),
        ("25", ["推进检察听证常态化，对拟不起诉、羁押必要性审查、刑事申诉等案件应听证尽听证，"
                "全年召开检察听证会不少于60场。"],
         [["杜文清"]], ["第十检察部"], ["各检察业务部门"], "12月底前", ""),
        ("26", ["做实国家司法救助工作，开展司法救助助力乡村振兴专项工作，"
                "推动司法救助与社会救助有效衔接。"],
         [["杜文清"]], ["第十检察部"], ["计划财务装备部"], "全年", ""),
        ("27", ["深入推进“检护民生”专项行动，聚焦农民工欠薪、养老诈骗、食品药品安全等群众急难愁盼问题"
                "开展专项监督，办好检察为民实事。"],
         [["石立军"]], ["第八检察部"], ["市院各部门", "，各基层院"], "11月底前", ""),
    ]),
    ("六、坚持改革创新，推进检察工作现代化", [
        ("28", ["全面准确落实司法责任制，修订完善检察官权力清单，健全检察官业绩考评和惩戒机制，"
                "加强对司法办案活动的监督制约。"],
         [["杜文清"]], ["法律政策研究室"], ["政治部（机关党委）", "案件管理办公室", "检务督察部"], "6月底前", ""),
        ("29", ["深入实施数字检察战略，推进大数据法律监督模型研发应用。",
                "（1）年内建成并推广应用法律监督模型不少于5个；",
                "（2）完成检察业务应用系统和办公网络安全等级保护测评。"],
         [["韩晓梅"]], ["检察技术信息中心"], ["各检察业务部门", "，各基层院"], "12月底前", ""),
        ("30", ["加强检察理论研究和检察案例工作，围绕检察工作现代化开展调研，"
                "全年报送典型案例、精品案例不少于10件。"],
         [["杜文清"]], ["法律政策研究室"], "无", "全年", ""),
    ]),
    ("七、坚持全面从严管党治检，锻造忠诚干净担当的检察队伍", [
        ("31", ["加强领导班子和干部队伍建设，落实年轻干部培养选拔工作规划，"
                "做好员额检察官遴选和入额、退额工作。"],
         [[PN]], ["政治部（机关党委）"], ["办公室"], "全年", ""),
        ("32", ["加强检察队伍专业化建设，开展岗位练兵和业务竞赛，分条线组织检察官、检察官助理业务培训，"
                "全年培训不少于300人次。"],
         [[PN]], ["政治部（机关党委）"], ["各检察业务部门"], "10月底前", ""),
        ("33", ["持之以恒正风肃纪，严格执行防止干预司法“三个规定”等重大事项记录报告制度，"
                "加强检务督察和司法办案监督，坚决惩治司法腐败。"],
         [["邱海燕"], [PN]], ["派驻纪检监察组", "检务督察部"], ["政治部（机关党委）"], "长期坚持", ""),
        ("34", ["加强检务保障，严格落实党政机关习惯过紧日子要求，规范经费管理和资产管理，"
                "做好办案用房、技术装备和司法警务保障工作。"],
         [[ZT]], ["计划财务装备部"], ["司法警察支队"], "全年", ""),
        ("35", ["健全工作要点任务落实督办机制，实行季度调度、半年通报、年终考评，"
                "推动各项任务按时保质完成。"],
         [["方振华"]], ["办公室"], ["检务督察部"], "每季度末月25日前", ""),
    ]),
]

HEADER = ["序号", "工作任务", "责任院领导", "牵头部门", "配合部门", "完成时限", "备注"]
COL_MM = [14, 118, 26, 34, 40, 22, 18]  # landscape A4, 272 mm text width


# ---------------------------------------------------------------- helpers (cell text and gold)
def unit_cell(units):
    if units in ("", "无"):
        return units
    out = ""
    for i, u in enumerate(units):
        if u.startswith("，"):
            out += u
        else:
            out += ("、" if i else "") + u
    return out


def clean_units(units):
    if units in ("", "无"):
        return []
    return [u.lstrip("，") for u in units]


def leader_paras(leaders):
    if isinstance(leaders, str):
        return [leaders]
    return ["、".join(p) for p in leaders]


def leader_names(leaders):
    if isinstance(leaders, str):
        return []
    return [n.replace("　", "").replace(" ", "") for p in leaders for n in p]


def head12(paras):
    s = "".join("".join(p.split()) for p in paras)
    return s[:12]


def task_id(marker):
    return marker.translate(str.maketrans("０１２３４５６７８９", "0123456789"))


# ---------------------------------------------------------------- run/paragraph formatting
def set_run_font(run, east, size, bold=False, color=None, ascii_font=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    a = ascii_font or ("Times New Roman" if east.startswith("仿宋") else east)
    rfonts.set(qn("w:ascii"), a)
    rfonts.set(qn("w:hAnsi"), a)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:hint"), "eastAsia")
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para_fmt(p, align=None, indent_chars=0, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    if indent_chars:
        ppr = p._element.get_or_add_pPr()
        ind = OxmlElement("w:ind")
        ind.set(qn("w:firstLineChars"), str(indent_chars * 100))
        ind.set(qn("w:firstLine"), str(indent_chars * 320))
        ppr.append(ind)


def add_para(doc_or_cell, text, east="仿宋_GB2312", size=16, bold=False, color=None, align=None,
             indent_chars=0, exact=28, before=0, after=0, first=False):
    if first:
        p = doc_or_cell.paragraphs[0]
    else:
        p = doc_or_cell.add_paragraph()
    para_fmt(p, align, indent_chars, exact, before, after)
    if text:
        r = p.add_run(text)
        set_run_font(r, east, size, bold, color)
    return p


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._element.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def add_page_field(p, size=14):
    def r(text=None, fld=None, instr=None):
        run = p.add_run(text or "")
        set_run_font(run, "宋体", size, ascii_font="宋体")
        if fld:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), fld)
            run._element.append(e)
        if instr:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = instr
            run._element.append(e)
    r("— ")
    r(fld="begin")
    r(instr=" PAGE ")
    r(fld="separate")
    r("1")
    r(fld="end")
    r(" —")


def set_footers(section):
    section.footer.is_linked_to_previous = False
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_field(p)
    section.even_page_footer.is_linked_to_previous = False
    p = section.even_page_footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    add_page_field(p)


def cell_borders(cell, **edges):
    tcpr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        spec = edges.get(edge, ("nil", 0))
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), spec[0])
        if spec[0] != "nil":
            e.set(qn("w:sz"), str(spec[1]))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        b.append(e)
    tcpr.append(b)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


# ---------------------------------------------------------------- document
def build():
    doc = Document()
    doc.settings.odd_and_even_pages_header_footer = True
    st = doc.styles["Normal"]
    st.font.size = Pt(16)
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(25)
    set_footers(sec)

    # 版头
    add_para(doc, "", exact=28)
    p = add_para(doc, ISSUER + "文件", east="方正小标宋简体", size=48, color="FF0000",
                 align=WD_ALIGN_PARAGRAPH.CENTER, exact=0, before=24)
    for r in p.runs:
        rpr = r._element.get_or_add_rPr()
        w = OxmlElement("w:w")
        w.set(qn("w:val"), "80")
        rpr.append(w)
    add_para(doc, "", exact=28)
    add_para(doc, "", exact=28)
    p = add_para(doc, DOC_NO, align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p)
    add_para(doc, "", exact=28)
    for t in TITLE_LINES:  # the title broken by Enter into three paragraphs, as typed
        add_para(doc, t, east="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER, exact=35)
    add_para(doc, "")
    add_para(doc, ZHUSONG)
    for lead_in, body in COVER:
        p = add_para(doc, "", indent_chars=2)
        if lead_in:
            r = p.add_run(lead_in)
            set_run_font(r, "黑体", 16)
        r = p.add_run(body)
        set_run_font(r, "仿宋_GB2312", 16)
    add_para(doc, "")
    add_para(doc, "附件：" + ATT_TITLE, indent_chars=2)
    add_para(doc, "")
    add_para(doc, "")
    p = add_para(doc, ISSUER + "　　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p = add_para(doc, DATE + "　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    add_para(doc, "")
    add_para(doc, "（此件不公开）", indent_chars=2)

    # 附件: landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Mm(297), Mm(210)
    sec2.top_margin, sec2.bottom_margin = Mm(28), Mm(26)
    sec2.left_margin, sec2.right_margin = Mm(12), Mm(13)
    add_para(doc, "附件", east="黑体", size=16, exact=28)
    add_para(doc, "")
    add_para(doc, ATT_TITLE, east="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER, exact=35)
    add_para(doc, "")

    n_rows = 1 + sum(1 + len(tasks) for _, tasks in PARTS)
    tbl = doc.add_table(rows=n_rows, cols=len(HEADER))
    tbl.style = doc.styles["Table Grid"]
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl.autofit = False
    for i, w in enumerate(COL_MM):
        tbl.columns[i].width = Mm(w)
        for c in tbl.columns[i].cells:
            c.width = Mm(w)

    def fill(cell, paras, east="仿宋_GB2312", size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        for k, t in enumerate(paras):
            add_para(cell, t, east=east, size=size, bold=bold, align=align, exact=20, first=(k == 0))

    ri = 0
    hdr = tbl.rows[0]
    repeat_header(hdr)
    for ci, h in enumerate(HEADER):
        fill(hdr.cells[ci], [h], east="黑体")
    ri = 1
    for part, tasks in PARTS:
        row = tbl.rows[ri]
        cant_split(row)
        merged = row.cells[0].merge(row.cells[-1])
        fill(merged, [part], east="黑体", align=WD_ALIGN_PARAGRAPH.LEFT)
        ri += 1
        for (marker, text, leaders, lead, coop, deadline, note) in tasks:
            row = tbl.rows[ri]
            cant_split(row)
            c = row.cells
            fill(c[0], [marker])
            fill(c[1], text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            fill(c[2], leader_paras(leaders))
            fill(c[3], [unit_cell(lead)])
            fill(c[4], [unit_cell(coop)])
            fill(c[5], [deadline])
            fill(c[6], [note])
            ri += 1

    # 版记: portrait section at the end
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Mm(210), Mm(297)
    sec3.top_margin, sec3.bottom_margin = Mm(37), Mm(35)
    sec3.left_margin, sec3.right_margin = Mm(28), Mm(26)
    for _ in range(18):
        add_para(doc, "")
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = bj.rows[0].cells[0], bj.rows[1].cells[0]
    add_para(c0, "抄送：省人民检察院办公室，市委政法委。", size=14, exact=28, first=True,
             align=WD_ALIGN_PARAGRAPH.LEFT)
    add_para(c1, "洺川市人民检察院办公室　　　　　　　　" + DATE + "印发", size=14, exact=28, first=True,
             align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_borders(c0, top=("single", 8), bottom=("single", 4))
    cell_borders(c1, top=("single", 4), bottom=("single", 8))

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 26, 9, 12, 0)
    cp.author = "Administrator"
    cp.last_modified_by = "Administrator"
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.created = fixed
    cp.modified = datetime.datetime(2025, 2, 26, 16, 40, 0)
    cp.last_printed = datetime.datetime(2025, 2, 26, 16, 41, 0)
    cp.revision = 7
    return doc


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if info.filename == "docProps/thumbnail.jpeg":  # python-docx template's thumbnail: Word writes none
                continue
            data = src.read(info.filename)
            if info.filename == "_rels/.rels":
                data = re.sub(rb'<Relationship Id="rId2" Type="[^"]*/thumbnail" Target="docProps/thumbnail.jpeg"/>',
                              b"", data)
            if info.filename == "docProps/app.xml":
                data = (data.replace(b"Microsoft Macintosh Word", b"Microsoft Office Word")
                        .replace(b"<AppVersion>14.0000</AppVersion>", b"<AppVersion>16.0000</AppVersion>")
                        .replace(b"<TotalTime>0</TotalTime>", b"<TotalTime>46</TotalTime>")
                        .replace(b"<Pages>1</Pages>", b"<Pages>9</Pages>"))
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 26, 16, 40, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def gold_rows():
    rows = []
    for _, tasks in PARTS:
        for (marker, text, leaders, lead, coop, deadline, note) in tasks:
            lu = clean_units(lead)
            cu = clean_units(coop)
            rows.append({
                "id": task_id(marker),
                "marker": marker,
                "head": head12(text),
                "responsible_units": lu + cu,
                "lead_units": lu,
                "cooperating_units": cu,
                "leaders": leader_names(leaders),
                "deadline": deadline or None,
            })
    return rows


def main():
    doc = build()
    save_deterministic(doc, DOCX)
    with open(GOLD, "w", encoding="utf-8", newline="\n") as f:
        for r in gold_rows():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", os.path.basename(DOCX), "and", os.path.basename(GOLD), len(gold_rows()), "tasks")


if __name__ == "__main__":
    main()
