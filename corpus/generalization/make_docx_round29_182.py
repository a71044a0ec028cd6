#!/usr/bin/python3
"""Round 29 (folder c), notice 182: 182_yanchuan_xian_yingshang_huanjing_cuoshi_hebing_biao.docx and its gold.

A 县人民政府办公室 印发 notice (砚政办发〔2025〕12号) as a county office types it in Word:
  * red issuer mark, 文号, a red rule, the title in 方正小标宋 on three lines, 主送;
  * body paragraphs 仿宋_GB2312 三号 with Word's own first-line indent (w:firstLineChars="200"), two of them
    indented by typed ideographic spaces instead (the clerk's habit), 黑体 headings `一、…` `二、…` `三、…` that
    carry no units (not tasks), 附件说明, 落款, date, （此件公开发布）;
  * a landscape section: `附件` (黑体), the attachment title, and ONE Word table

        序号 | 工作任务 | 具体措施 | 责任领导 | 牵头单位 | 责任单位 | 完成时限

    - the header row flagged to repeat on each page (w:tblHeader);
    - section rows `一、政务服务环境（11项）` merged across all seven columns;
    - 序号 per 具体措施 row, 1–36 straight through; each 具体措施 row is a task;
    - 工作任务 merged vertically over the 2–3 具体措施 rows of a task (two tasks of one row only);
    - 责任领导 merged over a task's rows, and over two tasks at once (王晓梅 rows 1–6, 陈志刚 12–16,
      林国强 30–33), once with a post `刘明辉（副县长）`, once two leaders `杨春燕、孙丽华`;
    - 牵头单位 merged over some rows of a task (1–2, 4–6, 10–11, 17–18, 19–20, 25–26, 30–31, 35–36) and once
      across a task boundary (县市场监管局 over 14 of 维护公平竞争市场秩序 and 15–16 of 优化经营主体准入退出服务);
      two leads in one cell (27);
    - 责任单位 = the helpers; `/` when none (21); one cell that repeats the lead first (24); one cell with a
      manual line break (w:br) after a `、` (15); generic `县直相关部门`, `各乡镇人民政府`, `县直各行政执法部门`;
    - 完成时限 merged over some rows;
    - before section 三 the header row typed again as an ordinary row (the clerk pasted the second half of the
      table, compiled by another office, with its own header);
    - a 具体措施 cell of two paragraphs (20);
  * the 版记 (抄送, 印发) after the table.

Annotation: one task per 具体措施 row, id = its 序号; head = the first 12 characters of the 具体措施 cell;
responsible = 牵头单位 units then 责任单位 units, repeats removed; lead = the 牵头单位 cell's units; cooperating =
责任单位 units not already a lead; `/` names none; leaders = the names in the 责任领导 cell (post dropped).
The gold per row is typed by hand in GOLD below, separately from the printed cells in ROWS; check() only asserts
that the typed gold agrees with the cells by the rule above and that each head is the cell's first 12 characters.
Names are invented.  Run: /usr/bin/python3 make_182.py  (writes next to this script).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__)) + "/"
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_ALIGN_VERTICAL
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls

from docx_notice import (set_font, new_doc, para, banji, landscape, set_widths, repeat_header, KT, XBS, HT, FS)

NAME = "182_yanchuan_xian_yingshang_huanjing_cuoshi_hebing_biao"

# ---------------------------------------------------------------------------------------------- the table
# sections: (section row text, [groups]); group: (工作任务, [rows]);
# row: (序号, 具体措施 (str or list of paragraphs), 责任领导 or "^" (merged with the cell above),
#       牵头单位 or "^", 责任单位, 完成时限 or "^")
SECTIONS = [
    ("一、政务服务环境（11项）", [
        ("深化“高效办成一件事”改革", [
            ("1", "推动企业信息变更、开办餐饮店、水电气网联合报装等13个“一件事”集成办理，实现一次告知、一表申请、一套材料、一窗受理。",
             "王晓梅", "县行政审批局", "县数据局、县市场监管局、县住建局、县供电公司", "2025年6月底前"),
            ("2", "推进“一件事”线上线下融合办理，依托省政务服务平台开设县级“一件事”专区，线上办理率达到60%以上。",
             "^", "^", "县数据局、各乡镇人民政府", "2025年9月底前"),
            ("3", "建立“一件事”办理情况常态化评估机制，每季度开展一次“办不成事”问题梳理和办事群众回访。",
             "^", "县营商局", "县行政审批局、县政府办", "长期坚持"),
        ]),
        ("提升政务服务标准化规范化水平", [
            ("4", "全面推行“前台综合受理、后台分类审批、统一窗口出件”模式，县政务服务中心综合窗口占比达到80%以上。",
             "^", "县行政审批局", "县直相关部门", "2025年6月底前"),
            ("5", "推进乡镇便民服务中心和村（社区）便民服务站规范化建设，梳理公布就近可办事项清单。",
             "^", "^", "各乡镇人民政府、县民政局", "2025年12月底前"),
            ("6", "落实首问负责、一次性告知、限时办结等制度，在县政务服务中心设立“办不成事”反映窗口。",
             "^", "^", "县营商局", "长期坚持"),
        ]),
        ("加快涉企审批服务提速", [
            ("7", "深化工程建设项目审批制度改革，一般社会投资项目从立项到取得施工许可不超过30个工作日。",
             "刘明辉（副县长）", "县住建局", "县行政审批局、县自然资源局、县发改局", "2025年9月底前"),
            ("8", "全面推行“拿地即开工”“竣工即交付”服务模式，全年实施项目不少于15个。",
             "^", "县自然资源局", "县住建局、县行政审批局、砚川经开区管委会", "2025年12月底前"),
            ("9", "推行区域评估成果共享应用，经开区内项目不再单独编制压覆矿产、地质灾害危险性等评估报告。",
             "^", "砚川经开区管委会", "县自然资源局、市生态环境局砚川分局、县水利局", "^"),
        ]),
        ("提升数字政府支撑能力", [
            ("10", "推进政务数据按需共享，完成县级部门业务系统与省一体化政务大数据平台对接。",
             "何建平", "县数据局", "县直相关部门", "2025年12月底前"),
            ("11", "推广电子证照、电子印章在政务服务和企业经营活动中的应用，实现高频证照“免提交”。",
             "^", "^", "县行政审批局、县公安局", "^"),
        ]),
    ]),
    ("二、市场环境（10项）", [
        ("维护公平竞争市场秩序", [
            ("12", "落实公平竞争审查制度，对新出台涉及经营主体经济活动的政策措施100%开展审查，清理妨碍统一市场和公平竞争的存量文件。",
             "陈志刚", "县市场监管局", "县司法局、县发改局", "2025年11月底前"),
            ("13", "开展招标投标领域突出问题专项整治，严厉打击围标串标、违法转包分包等行为。",
             "^", "县发改局", "县公共资源交易中心、县住建局、县交通运输局、县水利局", "2025年12月底前"),
            ("14", "规范涉企收费，开展行业协会商会、中介机构和水电气暖等领域违规收费专项检查。",
             "^", "县市场监管局", "县发改局、县民政局、县财政局", "2025年10月底前"),
        ]),
        ("优化经营主体准入退出服务", [
            ("15", "推行经营主体登记“智能审批”，企业开办全流程1个工作日内办结。",
             "^", "^", "县行政审批局、县税务局、县公安局、\n县人社局、县医保局", "2025年6月底前"),
            ("16", "完善企业简易注销和歇业备案制度，推进“企业注销一件事”集成办理。",
             "^", "^", "县人社局、县税务局、县法院", "2025年9月底前"),
        ]),
        ("加快社会信用体系建设", [
            ("17", "推进信用修复“一口受理、协同办理”，指导失信经营主体及时完成信用修复。",
             "张卫东", "县发改局", "县市场监管局、县税务局、县人社局", "长期坚持"),
            ("18", "推行以信用承诺代替证明，扩大公共信用综合评价结果在行政审批、日常监管中的应用。",
             "^", "^", "县直相关部门", "2025年12月底前"),
        ]),
        ("构建亲清政商关系", [
            ("19", "健全政企常态化沟通机制，每季度召开一次政企恳谈会，建立企业诉求“接诉即办”闭环机制。",
             "杨春燕", "县营商局", "县工商联、县工信局、县商务局", "长期坚持"),
            ("20", ["深化县级领导包联重点企业制度，落实“企业宁静日”制度，规范涉企行政检查。",
                    "每位县级领导包联重点企业不少于3家，每季度走访不少于1次。"],
             "^", "^", "县司法局、县直各行政执法部门", "^"),
            ("21", "开展“营商环境体验官”活动，聘请30名企业家、个体工商户代表担任营商环境体验官。",
             "^", "县工商联", "/", "2025年6月底前"),
        ]),
    ]),
    ("三、要素保障环境（8项）", [
        ("强化金融服务支撑", [
            ("22", "深化银企对接，全年组织银企对接活动不少于6场，新增普惠小微贷款8亿元以上。",
             "张卫东", "县金融服务中心", "砚川农商银行、县工信局", "2025年12月底前"),
            ("23", "发挥政府性融资担保作用，县融资担保公司新增担保业务3亿元以上，平均担保费率降至1%以下。",
             "^", "县财政局", "县金融服务中心、县融资担保公司", "^"),
            ("24", "用好“信易贷”平台，推动守信经营主体便捷获得信用贷款。",
             "^", "县发改局", "县发改局、县金融服务中心、县市场监管局", "长期坚持"),
        ]),
        ("保障项目用地用能需求", [
            ("25", "推行工业用地“标准地”出让，新出让工业用地“标准地”比例达到100%。",
             "刘明辉", "县自然资源局", "砚川经开区管委会、县发改局", "2025年12月底前"),
            ("26", "开展批而未供和闲置土地处置，盘活存量建设用地500亩以上。",
             "^", "^", "各乡镇人民政府、砚川经开区管委会", "^"),
            ("27", "优化用电用水用气报装服务，低压小微企业办电实现“三零”服务，用水用气报装时间压缩至5个工作日以内。",
             "^", "县住建局、县供电公司", "县水务公司、县燃气公司、县行政审批局", "2025年9月底前"),
        ]),
        ("加强企业用工保障", [
            ("28", "开展“春风行动”“民营企业服务月”等招聘活动，全年举办各类招聘会不少于20场。",
             "孙丽华", "县人社局", "县总工会、团县委、县妇联、各乡镇人民政府", "长期坚持"),
        ]),
        ("强化人才服务保障", [
            ("29", "落实人才引进优惠政策，为重点企业引进的急需紧缺人才提供住房保障、子女入学等服务。",
             "杨春燕、孙丽华", "县委人才办", "县人社局、县教育局、县住建局", "2025年12月底前"),
        ]),
    ]),
    ("四、法治环境（7项）", [
        ("规范涉企行政执法", [
            ("30", "全面落实行政执法“三项制度”，推广包容审慎监管，动态调整“免罚轻罚”事项清单。",
             "林国强", "县司法局", "县直各行政执法部门", "2025年9月底前"),
            ("31", "推行“综合查一次”联合执法，同一部门对同一企业年度检查原则上不超过1次。",
             "^", "^", "县市场监管局、县直各行政执法部门", "长期坚持"),
            ("32", "严厉打击强买强卖、恶意阻工等侵害企业合法权益的违法犯罪行为。",
             "^", "县公安局", "各乡镇人民政府", "^"),
        ]),
        ("强化企业合法权益保护", [
            ("33", "设立涉企纠纷“一站式”调解中心，推动诉调对接、检调对接。",
             "^", "县司法局", "县法院、县检察院、县工商联", "2025年6月底前"),
            ("34", "开展拖欠企业账款清理专项行动，建立防范和化解拖欠企业账款长效机制。",
             "张卫东", "县工信局", "县财政局、县发改局、县直相关部门", "2025年12月底前"),
        ]),
        ("加强营商环境监督评价", [
            ("35", "开展营商环境自评估，对照省市评价指标查找短板弱项，形成问题清单和整改清单并抓好落实。",
             "王晓梅", "县营商局", "县直相关部门、各乡镇人民政府", "2025年11月底前"),
            ("36", "畅通营商环境投诉举报渠道，建立投诉办理“红黄绿”督办机制，办结率达到100%。",
             "^", "^", "县信访局、县政府办", "长期坚持"),
        ]),
    ]),
]

# ------------------------------------------------------------------------------ the gold, typed by hand
SPJ, YSJ, SJJ, SCJ, ZJJ, GDG = "县行政审批局", "县营商局", "县数据局", "县市场监管局", "县住建局", "县供电公司"
XZ, ZFB, ZXBM, MZJ, ZRJ, FGJ = "各乡镇人民政府", "县政府办", "县直相关部门", "县民政局", "县自然资源局", "县发改局"
KFQ, STJ, SLJ, GAJ, SFJ = "砚川经开区管委会", "市生态环境局砚川分局", "县水利局", "县公安局", "县司法局"
JYZX, JTJ, CZJ, SWJ, RSJ, YBJ, FY = "县公共资源交易中心", "县交通运输局", "县财政局", "县税务局", "县人社局", "县医保局", "县法院"
GSL, GXJ, SWUJ, ZFBM = "县工商联", "县工信局", "县商务局", "县直各行政执法部门"
JRZX, NSH, DBGS, SWGS, RQGS = "县金融服务中心", "砚川农商银行", "县融资担保公司", "县水务公司", "县燃气公司"
ZGH, TXW, FL, RCB, JYJ, JCY, XFJ = "县总工会", "团县委", "县妇联", "县委人才办", "县教育局", "县检察院", "县信访局"
WXM, LMH, HJP, CZG, ZWD, YCY, SLH, LGQ = "王晓梅", "刘明辉", "何建平", "陈志刚", "张卫东", "杨春燕", "孙丽华", "林国强"


def G(id, head, resp, lead, coop, leaders):
    return {"id": id, "head": head, "responsible_units": resp, "lead_units": lead,
            "cooperating_units": coop, "leaders": leaders}


GOLD = [
    G("1", "推动企业信息变更、开办餐", [SPJ, SJJ, SCJ, ZJJ, GDG], [SPJ], [SJJ, SCJ, ZJJ, GDG], [WXM]),
    G("2", "推进“一件事”线上线下融", [SPJ, SJJ, XZ], [SPJ], [SJJ, XZ], [WXM]),
    G("3", "建立“一件事”办理情况常", [YSJ, SPJ, ZFB], [YSJ], [SPJ, ZFB], [WXM]),
    G("4", "全面推行“前台综合受理、", [SPJ, ZXBM], [SPJ], [ZXBM], [WXM]),
    G("5", "推进乡镇便民服务中心和村", [SPJ, XZ, MZJ], [SPJ], [XZ, MZJ], [WXM]),
    G("6", "落实首问负责、一次性告知", [SPJ, YSJ], [SPJ], [YSJ], [WXM]),
    G("7", "深化工程建设项目审批制度", [ZJJ, SPJ, ZRJ, FGJ], [ZJJ], [SPJ, ZRJ, FGJ], [LMH]),
    G("8", "全面推行“拿地即开工”“", [ZRJ, ZJJ, SPJ, KFQ], [ZRJ], [ZJJ, SPJ, KFQ], [LMH]),
    G("9", "推行区域评估成果共享应用", [KFQ, ZRJ, STJ, SLJ], [KFQ], [ZRJ, STJ, SLJ], [LMH]),
    G("10", "推进政务数据按需共享，完", [SJJ, ZXBM], [SJJ], [ZXBM], [HJP]),
    G("11", "推广电子证照、电子印章在", [SJJ, SPJ, GAJ], [SJJ], [SPJ, GAJ], [HJP]),
    G("12", "落实公平竞争审查制度，对", [SCJ, SFJ, FGJ], [SCJ], [SFJ, FGJ], [CZG]),
    G("13", "开展招标投标领域突出问题", [FGJ, JYZX, ZJJ, JTJ, SLJ], [FGJ], [JYZX, ZJJ, JTJ, SLJ], [CZG]),
    G("14", "规范涉企收费，开展行业协", [SCJ, FGJ, MZJ, CZJ], [SCJ], [FGJ, MZJ, CZJ], [CZG]),
    G("15", "推行经营主体登记“智能审", [SCJ, SPJ, SWJ, GAJ, RSJ, YBJ], [SCJ], [SPJ, SWJ, GAJ, RSJ, YBJ], [CZG]),
    G("16", "完善企业简易注销和歇业备", [SCJ, RSJ, SWJ, FY], [SCJ], [RSJ, SWJ, FY], [CZG]),
    G("17", "推进信用修复“一口受理、", [FGJ, SCJ, SWJ, RSJ], [FGJ], [SCJ, SWJ, RSJ], [ZWD]),
    G("18", "推行以信用承诺代替证明，", [FGJ, ZXBM], [FGJ], [ZXBM], [ZWD]),
    G("19", "健全政企常态化沟通机制，", [YSJ, GSL, GXJ, SWUJ], [YSJ], [GSL, GXJ, SWUJ], [YCY]),
    G("20", "深化县级领导包联重点企业", [YSJ, SFJ, ZFBM], [YSJ], [SFJ, ZFBM], [YCY]),
    G("21", "开展“营商环境体验官”活", [GSL], [GSL], [], [YCY]),
    G("22", "深化银企对接，全年组织银", [JRZX, NSH, GXJ], [JRZX], [NSH, GXJ], [ZWD]),
    G("23", "发挥政府性融资担保作用，", [CZJ, JRZX, DBGS], [CZJ], [JRZX, DBGS], [ZWD]),
    G("24", "用好“信易贷”平台，推动", [FGJ, JRZX, SCJ], [FGJ], [JRZX, SCJ], [ZWD]),
    G("25", "推行工业用地“标准地”出", [ZRJ, KFQ, FGJ], [ZRJ], [KFQ, FGJ], [LMH]),
    G("26", "开展批而未供和闲置土地处", [ZRJ, XZ, KFQ], [ZRJ], [XZ, KFQ], [LMH]),
    G("27", "优化用电用水用气报装服务", [ZJJ, GDG, SWGS, RQGS, SPJ], [ZJJ, GDG], [SWGS, RQGS, SPJ], [LMH]),
    G("28", "开展“春风行动”“民营企", [RSJ, ZGH, TXW, FL, XZ], [RSJ], [ZGH, TXW, FL, XZ], [SLH]),
    G("29", "落实人才引进优惠政策，为", [RCB, RSJ, JYJ, ZJJ], [RCB], [RSJ, JYJ, ZJJ], [YCY, SLH]),
    G("30", "全面落实行政执法“三项制", [SFJ, ZFBM], [SFJ], [ZFBM], [LGQ]),
    G("31", "推行“综合查一次”联合执", [SFJ, SCJ, ZFBM], [SFJ], [SCJ, ZFBM], [LGQ]),
    G("32", "严厉打击强买强卖、恶意阻", [GAJ, XZ], [GAJ], [XZ], [LGQ]),
    G("33", "设立涉企纠纷“一站式”调", [SFJ, FY, JCY, GSL], [SFJ], [FY, JCY, GSL], [LGQ]),
    G("34", "开展拖欠企业账款清理专项", [GXJ, CZJ, FGJ, ZXBM], [GXJ], [CZJ, FGJ, ZXBM], [ZWD]),
    G("35", "开展营商环境自评估，对照", [YSJ, ZXBM, XZ], [YSJ], [ZXBM, XZ], [WXM]),
    G("36", "畅通营商环境投诉举报渠道", [YSJ, XFJ, ZFB], [YSJ], [XFJ, ZFB], [WXM]),
]


# ------------------------------------------------------------------------------------------- the check
def split(cell):
    cell = cell.replace("\n", "")
    if cell == "/":
        return []
    return [u for u in cell.split("、") if u]


def leader_names(cell):
    out = []
    for part in split(cell):
        out.append(part.split("（")[0])
    return out


def check():
    rows, last = [], {}
    for _, groups in SECTIONS:
        for _, rs in groups:
            for no, text, ld, lead, coop, dl in rs:
                ld = last["ld"] if ld == "^" else ld
                lead = last["lead"] if lead == "^" else lead
                last.update(ld=ld, lead=lead)
                rows.append((no, text if isinstance(text, str) else text[0], ld, lead, coop))
    assert len(rows) == len(GOLD) == 36, (len(rows), len(GOLD))
    for (no, text, ld, lead, coop), g in zip(rows, GOLD):
        assert g["id"] == no, (no, g["id"])
        assert g["head"] == text[:12], (no, g["head"], text[:12])
        leads = split(lead)
        resp = list(leads)
        for u in split(coop):
            if u not in resp:
                resp.append(u)
        assert g["responsible_units"] == resp, (no, g["responsible_units"], resp)
        assert g["lead_units"] == leads, (no, g["lead_units"], leads)
        assert g["cooperating_units"] == [u for u in resp if u not in leads], no
        assert g["leaders"] == leader_names(ld), (no, g["leaders"], ld)
    print("gold agrees with the cells:", len(GOLD), "tasks")


# ------------------------------------------------------------------------------------------- the DOCX
def body_para(d, text, indent_chars=True):
    p = d.add_paragraph()
    if indent_chars:
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:ind {nsdecls("w")} w:firstLineChars="200" w:firstLine="640"/>'))
    pf = p.paragraph_format
    pf.line_spacing = Pt(28)
    r = p.add_run(text)
    set_font(r, FS, 16)
    return p


def heading_para(d, text):
    p = d.add_paragraph()
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:ind {nsdecls("w")} w:firstLineChars="200" w:firstLine="640"/>'))
    p.paragraph_format.line_spacing = Pt(28)
    set_font(p.add_run(text), HT, 16)
    return p


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def vcenter(cell):
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


def fill(cell, text, font=FS, size=10.5, center=False, bold=None):
    """text: str (a '\n' becomes a manual line break inside the paragraph) or a list of paragraphs"""
    paras = text if isinstance(text, list) else [text]
    for i, t in enumerate(paras):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        bits = t.split("\n")
        for j, b in enumerate(bits):
            r = p.add_run(b)
            set_font(r, font, size, bold=bold)
            if j < len(bits) - 1:
                r.add_break()
    vcenter(cell)


HEADER = ["序号", "工作任务", "具体措施", "责任领导", "牵头单位", "责任单位", "完成时限"]
WIDTHS = [1.3, 3.4, 8.6, 2.4, 3.2, 4.3, 2.5]


def header_row(tb, r):
    for c, h in enumerate(HEADER):
        shade(tb.cell(r, c), "D9D9D9")
        fill(tb.cell(r, c), h, HT, 11, center=True)


def build_table(d):
    # lay out rows: header, sections, task rows; a typed header again before section 三
    layout = [("H", None)]
    for si, (sec, groups) in enumerate(SECTIONS):
        if si == 2:
            layout.append(("H2", None))
        layout.append(("S", sec))
        for gi, (task, rs) in enumerate(groups):
            for ri, row in enumerate(rs):
                layout.append(("R", (task, ri, len(rs), row)))
    tb = d.add_table(rows=len(layout), cols=7)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(tb, WIDTHS)
    repeat_header(tb.rows[0])
    # merge bookkeeping: for columns 1 (工作任务), 3 (责任领导), 4 (牵头单位), 6 (完成时限) a value "^" extends
    # the run above
    runs = {3: [], 4: [], 6: []}     # col -> list of [start_row, end_row, text]
    open_run = {3: None, 4: None, 6: None}
    for r, (kind, val) in enumerate(layout):
        if kind in ("H", "H2"):
            header_row(tb, r)
            for c in open_run:
                open_run[c] = None
            continue
        if kind == "S":
            m = tb.cell(r, 0).merge(tb.cell(r, 6))
            fill(m, val, HT, 11)
            for c in open_run:
                open_run[c] = None
            continue
        task, ri, n, (no, text, ld, lead, coop, dl) = val
        fill(tb.cell(r, 0), no, center=True)
        if ri == 0:
            if n > 1:
                m = tb.cell(r, 1).merge(tb.cell(r + n - 1, 1))
            else:
                m = tb.cell(r, 1)
            fill(m, task, center=True)
        fill(tb.cell(r, 2), text)
        fill(tb.cell(r, 5), coop, center=(coop == "/"))
        for c, v in ((3, ld), (4, lead), (6, dl)):
            if v == "^":
                open_run[c][1] = r
            else:
                open_run[c] = [r, r, v]
                runs[c].append(open_run[c])
    for c, rl in runs.items():
        for r0, r1, v in rl:
            cell = tb.cell(r0, c).merge(tb.cell(r1, c)) if r1 > r0 else tb.cell(r0, c)
            fill(cell, v, center=True)
    return tb


def main():
    check()
    d = new_doc()
    # 版头
    para(d)
    p = para(d, "砚川县人民政府办公室文件", XBS, 36, align="c")
    p.runs[0].font.color.rgb = RGBColor(0xFF, 0, 0)
    para(d)
    para(d, "砚政办发〔2025〕12号", align="c")
    p = para(d, indent=False)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr>'))
    for t in ["砚川县人民政府办公室", "关于印发砚川县2025年优化营商环境", "重点工作任务分解方案的通知"]:
        para(d, t, XBS, 22, align="c")
    para(d)
    para(d, "各乡镇人民政府，砚川经济开发区管委会，县直各部门：", indent=False)
    body_para(d, "《砚川县2025年优化营商环境重点工作任务分解方案》已经县人民政府同意，现印发给你们，"
                 "并就有关事项通知如下，请认真抓好贯彻落实。")
    heading_para(d, "一、压实工作责任")
    body_para(d, "各责任领导要加强对分管领域优化营商环境工作的统筹调度，定期听取工作进展情况汇报。牵头单位是"
                 "任务落实的第一责任单位，要制定具体推进措施，主动协调责任单位共同推进；责任单位要按照职责分工"
                 "积极配合，形成工作合力。涉及多个牵头单位的，由排在第一位的单位负责汇总报送进展情况。")
    heading_para(d, "二、建立工作台账")
    body_para(d, "　　各牵头单位要对照任务分解表逐项建立工作台账，细化工作措施，明确时间节点，于2025年3月20日前将"
                 "细化方案报送县优化营商环境工作领导小组办公室（设在县营商局），每月25日前报送当月工作进展情况。",
              indent_chars=False)
    heading_para(d, "三、严格督查考核")
    body_para(d, "县委县政府督查室、县营商局要加强对任务落实情况的跟踪督办，对工作推进缓慢、群众和企业反映强烈"
                 "的，及时予以通报；任务完成情况纳入2025年度县直部门和乡镇目标责任考核。")
    body_para(d, "　　附件：砚川县2025年优化营商环境重点工作任务分解表", indent_chars=False)
    para(d)
    para(d)
    p = para(d, "砚川县人民政府办公室", align="r")
    p.paragraph_format.right_indent = Cm(1.4)
    p = para(d, "2025年3月6日", align="r")
    p.paragraph_format.right_indent = Cm(1.9)
    body_para(d, "（此件公开发布）")

    # 附件 in a landscape section
    landscape(d)
    p = para(d, "附件", HT, 16, indent=False)
    para(d, "砚川县2025年优化营商环境重点工作任务分解表", XBS, 20, align="c")
    para(d)
    build_table(d)
    para(d)
    banji(d, "抄送：县委办公室，县人大常委会办公室，县政协办公室，县纪委监委，县人民法院，县人民检察院。",
          "砚川县人民政府办公室                                 2025年3月6日印发")
    d.save(HERE + NAME + ".docx")
    # The corpus's convention (24, 72): a 工作任务 merged down over numbered rows opens each row's task,
    # its 具体措施 after it; the head is the 工作任务's. (The heads typed above, the 具体措施's, are
    # checked against the cells by check().)
    group_of = {no: group for _, groups in SECTIONS for group, rs in groups for no, *_ in rs}
    for g in GOLD:
        g["head"] = group_of[g["id"]][:12]
    with open(HERE + NAME + ".tasks.gold.jsonl", "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print("wrote", NAME + ".docx")


if __name__ == "__main__":
    main()
