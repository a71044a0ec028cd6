#!/usr/bin/python3
"""Round 146 / 748: a 市政协办公室 red-header Word notice splitting the 市政协年度工作要点 among
专门委员会 and 机关工作机构 (委室).

Writes 748_wuyang_shi_zhengxie_gongzuo_yaodian_renwu_fengong.docx and 748.tasks.gold.jsonl
from the one description of the tasks below (TASKS).  Deterministic: fixed core properties and
fixed zip timestamps (the zip is rewritten after python-docx saves it).

Run: /usr/bin/python3 make_748.py
"""
import io
import json
import os
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX = os.path.join(HERE, "748_wuyang_shi_zhengxie_gongzuo_yaodian_renwu_fengong.docx")
GOLD = os.path.join(HERE, "748.tasks.gold.jsonl")

RED = RGBColor(0xE6, 0x00, 0x12)

# ----------------------------------------------------------------------------------------------
# The tasks.  Each section: (heading, [task, ...]).  Each task:
#   no      the 序号 cell as typed
#   text    the 工作任务 cell, a list of paragraphs (a first paragraph in bold is a run-in title)
#   lead    the 牵头主席 cell, a list of paragraphs; "^" = vertically merged with the row above
#   names   the persons those paragraphs name (for the gold)
#   cb      承办委室 cell paragraphs (units as printed, with their separators)
#   xb      协办委室 cell paragraphs
#   time    时间安排 cell
# The units for the gold are parsed from cb/xb by split_units() below: split at 、，；, paragraph
# breaks, never inside brackets; "/" = none.
# ----------------------------------------------------------------------------------------------
S = []


def sec(title):
    S.append((title, []))


def t(no, text, lead, names, cb, xb, time, bold_title=None):
    S[-1][1].append(dict(no=no, text=text, lead=lead, names=names, cb=cb, xb=xb, time=time,
                         bold_title=bold_title))


sec("一、坚持党的全面领导，筑牢团结奋斗的共同思想政治基础（共5项）")
t("1", ["坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，严格落实党组“第一议题”制度，健全党组理论学习中心组学习、常委会集体学习、委员读书活动“三位一体”学习制度。"],
  ["陈志远"], ["陈志远"], ["办公室"], ["研究室、机关党委"], "全年")
t("2", ["认真贯彻落实中共中央《关于加强和改进新时代市县政协工作的意见》和省委、市委实施意见，严格执行重大事项请示报告制度，全年向市委请示报告重要事项不少于4次。"],
  ["陈志远"], ["陈志远"], ["办公室"], ["/"], "全年")
t("3", ["深入学习宣传贯彻习近平总书记关于加强和改进人民政协工作的重要思想，组织开展政协理论研究，形成一批有分量的理论研究成果。"],
  ["王建平"], ["王建平"], ["研究室"], ["各专委会"], "11月底前")
t("4", ["加强政协党的建设，发挥党组领导作用、机关党组织战斗堡垒作用和党员委员先锋模范作用，落实中共党员委员联系党外委员制度。"],
  ["王建平"], ["王建平"], ["机关党委、办公室"], ["各专委会"], "全年")
t("5", ["持续深化全面从严治党，扎实开展深入贯彻中央八项规定精神学习教育，推动政协机关清廉建设走深走实。"],
  ["王建平"], ["王建平"], ["机关党委"], ["办公室"], "全年")

sec("二、聚焦中心大局，高质量开展协商议政（共9项）")
t("6", ["召开市政协十一届四次会议，组织委员围绕政府工作报告、“十五五”规划编制等开展协商讨论，提出意见建议。"],
  ["主席会议成员"], [], ["办公室、研究室"], ["各专委会"], "1月")
t("7", ["召开专题议政性常委会会议，围绕“加快构建现代化产业体系、推动制造业高质量发展”建言献策。"],
  ["李国栋"], ["李国栋"], ["经济委"], ["研究室"], "6月")
t("8", ["召开专题议政性常委会会议，围绕“深入推进美丽浯阳建设”协商议政，助推生态环境质量持续改善。"],
  ["赵丽华"], ["赵丽华"], ["人资环委"], ["农业农村委"], "9月")
t("9", ["召开专题协商会，围绕“积极应对人口老龄化、发展银发经济”开展协商，形成协商报告报送市委、市政府。"],
  ["孙卫东"], ["孙卫东"], ["社法委、教科卫体委"], ["办公室"], "5月")
t("10", ["召开双月协商座谈会4次，分别围绕“优化营商环境”“县域特色产业发展”“学前教育资源配置”“城市更新行动”开展协商。"],
  ["李国栋", "周　敏"], ["李国栋", "周敏"], ["经济委、农业农村委、教科卫体委，人资环委"], ["研究室"], "3月、5月、8月、10月")
t("11", ["围绕“推进中心城区老旧小区改造”“加强农村饮水安全保障”，与市有关部门开展对口协商。"],
  ["赵丽华　孙卫东"], ["赵丽华", "孙卫东"], ["人资环委、社法委"], ["农业农村委"], "全年")
t("12", ["组织开展提案办理协商，选取重点提案与承办单位、提案人面对面协商，推动提案办理提质增效。"],
  ["周　敏"], ["周敏"], ["提案委"], ["各专委会"], "7月至10月")
t("13", ["认真完成市委、市政府交办的协商课题和调研任务，形成高质量调研报告报送市委、市政府。"],
  ["陈志远、王建平"], ["陈志远", "王建平"], ["研究室"], ["各专委会"], "全年")
t("14", ["健全协商成果采纳、落实和反馈机制，推动协商成果转化运用，年底前对全年协商成果落实情况进行梳理。"],
  ["黄振宇（秘书长）"], ["黄振宇"], ["办公室、研究室"], ["/"], "年底前")

sec("三、加强民主监督，助推决策部署落地见效（共4项）")
t("15", ["围绕“中央和省生态环境保护督察反馈问题整改”开展专项民主监督，形成监督报告报送市委、市政府。"],
  ["赵丽华"], ["赵丽华"], ["人资环委"], ["社法委"], "10月")
t("16", ["聚焦“民营经济发展环境”开展集体视察，推动惠企政策落地落实。"],
  ["^"], ["赵丽华"], ["经济委"], ["提案委"], "8月")
t("17", ["深化“委员监督员”工作，推荐委员担任市直部门特约监督员，参与行风评议、执法检查等活动。"],
  ["^"], ["赵丽华"], ["社法委"], ["办公室"], "全年")
t("18", ["加强提案监督，开展重点提案督办，评选年度优秀提案和提案办理先进单位。"],
  ["周　敏"], ["周敏"], ["提案委员会"], ["办公室"], "12月")

sec("四、广泛凝聚共识，促进大团结大联合（共5项）")
t("19", ["加强思想政治引领。", "坚持把加强思想政治引领、广泛凝聚共识作为中心环节，深入开展“政协委员讲堂”“委员进社区”活动，全年举办委员讲堂不少于10期。"],
  ["王建平"], ["王建平"], ["文史学习委"], ["各专委会、各县（市、区）政协"], "全年", bold_title=True)
t("20", ["加强同民主党派、工商联和无党派人士的团结合作，支持参加政协的各党派团体通过政协充分表达意见、发挥作用。"],
  ["王建平"], ["王建平"], ["办公室"], ["各专委会"], "全年")
t("21", ["做好民族宗教、港澳台侨和对外友好工作，举办“侨界委员助力浯阳发展”座谈会。"],
  ["孙卫东"], ["孙卫东"], ["民宗侨外委"], ["/"], "第三季度")
t("22", ["加强文史资料征集编研工作，编辑出版《浯阳文史》第三十六辑和《浯阳老字号》口述史料专辑。"],
  ["周　敏"], ["周敏"], ["文史学习委"], ["办公室"], "年底前")
t("23.", ["加强界别工作，制定界别活动组年度活动计划，每个界别全年至少开展1次界别协商或联组活动。"],
  ["李国栋"], ["李国栋"], ["各专委会"], ["办公室"], "全年")

sec("五、践行为民宗旨，助推保障和改善民生（共4项）")
t("24", ["深化“有事好商量”协商平台建设，推动协商议事向镇（街道）、村（社区）延伸，打造一批示范协商议事室。"],
  ["王建平", "孙卫东"], ["王建平", "孙卫东"], ["社法委"], ["各县（市、区）政协"], "全年")
t("25", ["组织开展“委员为民办实事”活动，围绕教育、医疗、养老、托育等民生领域办好一批实事。"],
  ["周　敏"], ["周敏"], ["教科卫体委"], ["各专委会"], "全年")
t("26", ["做好社情民意信息工作，全年报送社情民意信息不少于200篇，力争一批信息获得省、市领导批示。"],
  ["黄振宇（秘书长）"], ["黄振宇"], ["研究室"], ["各专委会、各县（市、区）政协"], "全年")
t("27", ["落实委员联系界别群众制度，做好群众来信来访接待处理工作。"],
  ["黄振宇（秘书长）"], ["黄振宇"], ["办公室"], ["社法委"], "全年")

sec("六、加强委员队伍建设，提升履职能力水平（共4项）")
t("28", ["完善委员履职档案和履职评价办法，开展年度委员履职考评，通报委员履职情况。"],
  ["王建平"], ["王建平"], ["办公室"], ["各专委会"], "12月")
t("29", ["举办委员履职能力提升培训班2期，组织新任委员和专委会兼职副主任参加培训。"],
  ["王建平"], ["王建平"], ["办公室"], ["研究室"], "4月、9月")
t("30", ["加强“委员之家”“委员工作室”建设，推动委员工作室实现县（市、区）全覆盖。"],
  ["孙卫东"], ["孙卫东"], ["办公室"], ["各县（市、区）政协"], "年内")
t("31", ["引导委员强化委员意识，践行“懂政协、会协商、善议政，守纪律、讲规矩、重品行”要求。"],
  ["陈志远"], ["陈志远"], ["办公室"], ["各专委会"], "全年")

sec("七、加强专门委员会和机关建设，夯实履职工作基础（共5项）")
t("32", ["完善工作制度。", "修订《市政协专门委员会工作规则》，发挥专委会基础性作用，推动专委会与对口联系部门建立常态化联系机制。"],
  ["王建平"], ["王建平"], ["办公室"], ["各专委会"], "6月底前", bold_title=True)
t("33", ["加强对县级政协工作的联系指导，开展市县政协联动协商、联合调研，推动全市政协工作整体提升。"],
  ["李国栋"], ["李国栋"], ["办公室、研究室"], ["各县（市、区）政协"], "全年")
t("34", ["加强政协宣传工作，办好《浯阳政协》杂志、市政协门户网站和“浯阳政协”微信公众号。"],
  ["黄振宇（秘书长）"], ["黄振宇"], ["研究室"], ["办公室"], "全年")
t("35", ["推进“数字政协”建设，升级委员履职服务平台，实现委员履职数据实时统计。"],
  ["^"], ["黄振宇"], ["办公室"], ["/"], "10月底前")
t("36", ["加强机关干部队伍建设和作风建设，做好机关保密、安全、后勤保障等工作。"],
  ["^"], ["黄振宇"], ["办公室"], ["机关党委", "机关服务中心"], "全年")


def split_units(paras):
    """Units as printed: split at 、，； and paragraph breaks, never inside （）; '/' = none."""
    out = []
    for p in paras:
        if p.strip() == "/":
            continue
        depth, cur = 0, ""
        for ch in p:
            if ch == "（":
                depth += 1
            elif ch == "）":
                depth -= 1
            if depth == 0 and ch in "、，；":
                out.append(cur)
                cur = ""
            else:
                cur += ch
        out.append(cur)
    return [u.strip() for u in out if u.strip()]


# ----------------------------------------------------------------------------------------------
# Word helpers
# ----------------------------------------------------------------------------------------------
def set_run_font(run, east, size, bold=False, color=None, ascii_font=None, scale=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font or "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font or "Times New Roman")
    rfonts.set(qn("w:hAnsi"), ascii_font or "Times New Roman")
    if color is not None:
        run.font.color.rgb = color
    if scale is not None:
        w = OxmlElement("w:w")
        w.set(qn("w:val"), str(scale))
        rpr.append(w)


def para(doc_or_cell, text="", east="仿宋_GB2312", size=16, bold=False, align=None, indent=False,
         color=None, before=0, after=0, line=28, scale=None, runs=None):
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
    for (txt, f, b) in (runs or [(text, east, bold)]):
        if txt:
            r = p.add_run(txt)
            set_run_font(r, f, size, bold=b, color=color, scale=scale)
    return p


def border(p, side, sz, color="000000", val="single", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), val)
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)


def add_page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_run_font(r, "宋体", 14)
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        else:
            it = OxmlElement("w:instrText" if txt.strip() == "PAGE" else "w:t")
            if txt.strip() == "PAGE":
                it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
    r = p.add_run(" —")
    set_run_font(r, "宋体", 14)


def cell_text(cell, paras, size=11, east="仿宋_GB2312", align=WD_ALIGN_PARAGRAPH.CENTER, bold_first=False):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    first = cell.paragraphs[0]
    for i, txt in enumerate(paras):
        p = first if i == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(18)
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(txt)
        b = bold_first and i == 0
        set_run_font(r, "黑体" if b else east, size, bold=False)


def set_cell_width(cell, cm):
    tcpr = cell._tc.get_or_add_tcPr()
    w = tcpr.find(qn("w:tcW"))
    if w is None:
        w = OxmlElement("w:tcW")
        tcpr.append(w)
    w.set(qn("w:w"), str(int(cm * 567)))
    w.set(qn("w:type"), "dxa")


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trpr.append(e)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit")
    trpr.append(e)


# ----------------------------------------------------------------------------------------------
def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    s0 = doc.sections[0]
    s0.page_width, s0.page_height = Cm(21.0), Cm(29.7)
    s0.top_margin, s0.bottom_margin = Cm(3.7), Cm(3.5)
    s0.left_margin, s0.right_margin = Cm(2.8), Cm(2.6)
    s0.footer_distance = Cm(2.8)
    add_page_number_footer(s0)

    # 版头
    para(doc, "", line=None)
    para(doc, "政协浯阳市委员会办公室文件", east="方正小标宋简体", size=36, color=RED,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=None, scale=78, before=24)
    para(doc, "", line=28)
    para(doc, "", line=28)
    p = para(doc, "浯政协办发〔2025〕4号", align=WD_ALIGN_PARAGRAPH.CENTER, line=28, after=6)
    border(p, "bottom", 18, color="E60012", space=8)
    para(doc, "", line=28)

    # 标题
    para(doc, "政协浯阳市委员会办公室关于印发", east="方正小标宋简体", size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "市政协2025年工作要点任务分工的通知", east="方正小标宋简体", size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "", line=28)

    # 主送
    para(doc, "市政协各专门委员会，办公室、研究室，机关党委：")

    body = [
        "《政协浯阳市委员会2025年工作要点》已经市政协十一届党组第二十六次会议、十一届三十二次主席会议审议通过，"
        "并报经中共浯阳市委同意。为确保各项工作任务落到实处，经主席会议研究，现将任务分工印发给你们，"
        "并就有关事项通知如下。",
    ]
    for b in body:
        para(doc, b, indent=True)
    runins = [
        ("一、提高思想认识。", "黑体",
         "年度工作要点是市政协全年工作的总体安排。各委室要深刻把握新时代人民政协的性质定位，"
         "把落实工作要点作为履职尽责的重要抓手，结合本委室工作实际细化工作措施，确保全年工作有序推进。"),
        ("二、明确工作责任。", "黑体",
         "各项任务由牵头主席统筹指导、协调推进。承办委室是任务落实的责任主体，负责制定具体工作方案并组织实施；"
         "承办委室有两个及以上的，排在第一位的为牵头委室，负责牵头抓总，其他承办委室和协办委室要主动配合、形成合力。"
         "由“各专委会”承办或协办的任务，由各专门委员会按照联系界别和工作职责分别落实。"),
        ("三、加强督促落实。", "黑体",
         "办公室要加强统筹调度，将任务落实情况纳入机关年度目标管理考核。各承办委室于6月20日、12月10日前"
         "将任务推进情况书面报送办公室（秘书科），遇有重要情况及时报告。"),
    ]
    for head, f, rest in runins:
        para(doc, runs=[(head, f, False), (rest, "仿宋_GB2312", False)], indent=True)
    para(doc, "联系人：秘书科　吴　蕾，联系电话：8261537。", indent=True)
    para(doc, "", line=28)
    para(doc, "附件：市政协2025年工作要点任务分工", indent=True)
    para(doc, "", line=28)
    para(doc, "", line=28)
    para(doc, "", line=28)
    p = para(doc, "政协浯阳市委员会办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 2)
    p = para(doc, "2025年2月24日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 4)
    para(doc, "", line=28)
    para(doc, "（此件公开发布）", indent=True)

    # 附件: landscape section
    s1 = doc.add_section(WD_SECTION.NEW_PAGE)
    s1.orientation = WD_ORIENT.LANDSCAPE
    s1.page_width, s1.page_height = Cm(29.7), Cm(21.0)
    s1.top_margin, s1.bottom_margin = Cm(2.8), Cm(2.6)
    s1.left_margin, s1.right_margin = Cm(3.7), Cm(3.5)
    para(doc, "附件", east="黑体", size=16, line=28)
    para(doc, "", line=20)
    para(doc, "市政协2025年工作要点任务分工", east="方正小标宋简体", size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=35, after=12)

    widths = [1.5, 9.3, 2.5, 3.3, 3.4, 2.3]
    header = ["序号", "工作任务", "牵头主席", "承办委室", "协办委室", "时间安排"]
    table = doc.add_table(rows=1, cols=6)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for i, col in enumerate(table.columns):
        col.width = Cm(widths[i])
    hr = table.rows[0]
    repeat_header(hr)
    for i, h in enumerate(header):
        cell_text(hr.cells[i], [h], size=12, east="黑体")
        set_cell_width(hr.cells[i], widths[i])

    for title, tasks in S:
        row = table.add_row()
        cant_split(row)
        merged = row.cells[0].merge(row.cells[5])
        cell_text(merged, [title], size=12, east="黑体", align=WD_ALIGN_PARAGRAPH.LEFT)
        prev_lead_cell = None
        for tk in tasks:
            row = table.add_row()
            cant_split(row)
            c = row.cells
            for i in range(6):
                set_cell_width(c[i], widths[i])
            cell_text(c[0], [tk["no"]])
            cell_text(c[1], tk["text"], align=WD_ALIGN_PARAGRAPH.JUSTIFY, bold_first=bool(tk["bold_title"]))
            if tk["lead"] == ["^"]:
                prev_lead_cell = prev_lead_cell.merge(c[2])
            else:
                cell_text(c[2], tk["lead"])
                prev_lead_cell = c[2]
            cell_text(c[3], tk["cb"])
            cell_text(c[4], tk["xb"])
            cell_text(c[5], [tk["time"]])

    para(doc, "", line=12)
    para(doc, "注：表中委室简称：经济委——经济委员会；人资环委——人口资源环境委员会；教科卫体委——教科卫体委员会；"
              "社法委——社会和法制委员会；民宗侨外委——民族宗教和港澳台侨外事委员会；文史学习委——文化文史和学习委员会；"
              "农业农村委——农业和农村委员会；提案委——提案委员会；各专委会——市政协各专门委员会。“/”表示无协办委室。",
         size=12, line=20)

    # 版记: back to portrait on its own last page
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.PORTRAIT
    s2.page_width, s2.page_height = Cm(21.0), Cm(29.7)
    s2.top_margin, s2.bottom_margin = Cm(3.7), Cm(3.5)
    s2.left_margin, s2.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(18):
        para(doc, "", line=28)
    p = para(doc, runs=[("抄送：市委办公室，市人大常委会办公室，市政府办公室。", "仿宋_GB2312", False)],
             size=14, line=28)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", 12, space=1)
    p = para(doc, "　　　各县（市、区）政协办公室。", size=14, line=28)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", 4, space=1)
    p = para(doc, "政协浯阳市委员会办公室　　　　　　　　　2025年2月24日印发", size=14, line=28)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", 4, space=1)
    border(p, "bottom", 12, space=1)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 24, 9, 12, 0)
    cp.author = "Administrator"
    cp.last_modified_by = "吴蕾"
    cp.title = ""
    cp.created = fixed
    cp.modified = datetime.datetime(2025, 2, 24, 16, 40, 0)
    cp.last_printed = datetime.datetime(2025, 2, 24, 16, 38, 0)
    cp.revision = 7
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(DOCX, "wb") as f:
        f.write(out.getvalue())


def gold():
    rows = []
    for title, tasks in S:
        for tk in tasks:
            text = "".join(tk["text"])
            head = "".join(text.split())[:12]
            units_cb = split_units(tk["cb"])
            units_xb = split_units(tk["xb"])
            rows.append({
                "id": tk["no"].rstrip("."),
                "marker": tk["no"],
                "head": head,
                "responsible_units": units_cb + units_xb,
                "lead_units": units_cb[:1],
                "cooperating_units": units_cb[1:] + units_xb,
                "leaders": list(tk["names"]),
                "deadline": tk["time"] if tk["time"] not in ("/", "") else None,
            })
    with open(GOLD, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    build()
    rows = gold()
    print(f"wrote {os.path.basename(DOCX)} and {os.path.basename(GOLD)} ({len(rows)} tasks)")
