#!/usr/bin/python3
"""Round 19 (folder b): 119_qiyun_chengtou_jituan_zhongdian_renwu_fenjie.docx.

A state-owned enterprise group's annual key-task breakdown: a joint notice of 中共栖云城市建设投资集团有限公司委员会
(集团党委) and 栖云城市建设投资集团有限公司 (集团公司), 文号 栖城投集团发〔2025〕8号, printing
《栖云城投集团2025年度重点工作任务分解表》 after the group's 工作会议暨职代会.

The attachment, in a landscape section, is one Word table

    序号 | 重点工作 | 责任领导 | 牵头部门 | 配合部门（单位） | 完成时间

with five section rows merged across it (`一、……（8项）`) and 序号 typed 1..38 straight through them.
What is new against the government notices of earlier rounds:
  * the leaders are a company's: 党委书记、董事长 / 党委副书记、总经理 / 党委副书记 / 副总经理 / 总会计师 /
    党委委员、纪委书记 / 总工程师, printed title first, parted from the name by a full-width space, a half-width
    space or nothing; a compound title holds a 、 (`党委副书记、总经理　刘明远`); two leaders in a cell are two
    paragraphs, or one paragraph parted by `、`;
  * the units carry no place prefix (董事会办公室, 战略发展部, 财务管理部, 工会, 团委), some hold an alias in
    brackets (`人力资源部（党委组织部）`, `党群工作部（企业文化部）`), the subsidiaries are `X子公司` and `各子公司`,
    generic `集团各部门`; a subsidiary leads two tasks;
  * 配合部门（单位） is empty-marked `—` once; a ★ closes the task text of the tasks in the 经营业绩考核, explained
    in a 注 under the table; 完成时间 `全年` / `持续推进` / `2025年6月底前`.
Names are invented.  Run: /usr/bin/python3 make_docx_round19_119.py  (writes next to this script).
The gold list is typed by hand in 119_….tasks.gold.jsonl; check_round19_b.py compares it with this file's output.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

from docx_notice import (set_font, FS, HT, XBS, new_doc, para, banji, landscape, set_widths,
                         repeat_header)

OUT = os.path.dirname(os.path.abspath(__file__)) + "/"
NAME = "119_qiyun_chengtou_jituan_zhongdian_renwu_fenjie"

DONG = "董事长　周振华"
SEC_DONG = "党委书记、董事长　周振华"
ZJL = "总经理　刘明远"
SEC_ZJL = "党委副书记、总经理　刘明远"
GAO = "党委副书记　高建"
MA = "副总经理　马骏"
LIN = "副总经理 林晓峰"
SHEN = "总会计师　沈慧"
HE = "党委委员、纪委书记　何立新"
WU = "总工程师　吴卫东"

RZ = "人力资源部（党委组织部）"
QW = "党群工作部（企业文化部）"

# (序号, 重点工作, [责任领导 paragraphs], 牵头部门 paragraphs, 配合部门（单位） text, 完成时间)
SECS = [
    ("一、加强党的建设，提高全面从严治党水平（8项）", [
        ("1", "深入学习贯彻党的二十届三中全会精神，落实“第一议题”制度，全年开展党委理论学习中心组集体学习不少于12次。",
         [SEC_DONG], ["党委办公室"], f"{QW}、各子公司", "全年"),
        ("2", "落实“两个一以贯之”要求，修订党委前置研究讨论重大经营管理事项清单，完善董事会授权管理制度。",
         [DONG, ZJL], ["董事会办公室"], "党委办公室、法务风控部", "2025年6月"),
        ("3", "实施基层党建“强基提质”工程，推动各子公司党支部标准化规范化建设达标率100%。",
         [GAO], [QW], "各子公司", "2025年11月"),
        ("4", "健全市场化选人用人机制，全面推行经理层成员任期制和契约化管理，完成子公司经理层年度考核。★",
         [DONG, GAO], [RZ], "董事会办公室、各子公司", "2025年12月"),
        ("5", "实施青年人才“栖云英才”培养计划，引进高校毕业生及急需紧缺专业人才80名。",
         [GAO], [RZ], "工会、团委、各子公司", "2025年9月"),
        ("6", "落实全面从严治党主体责任和监督责任，开展对3家子公司党组织的内部巡察。",
         [HE], ["纪委办公室"], f"党委办公室、{RZ}、审计部", "2025年10月"),
        ("7", "持续整治形式主义、官僚主义，严格落实中央八项规定及其实施细则精神，开展违规吃喝专项治理。",
         [HE], ["纪委办公室"], "集团各部门、各子公司", "持续推进"),
        ("8", "加强意识形态和企业文化建设，完成集团企业文化手册修订，开展“栖云工匠”评选活动。",
         [GAO], [QW], "工会、团委", "2025年12月"),
    ]),
    ("二、聚焦主责主业，推动经营质效提升（10项）", [
        ("9", "全年实现营业收入186亿元、利润总额9.2亿元，资产负债率控制在65%以内。★",
         ["总经理刘明远", "总会计师沈慧"], ["财务管理部"], "战略发展部、运营管理部、各子公司", "2025年12月"),
        ("10", "编制集团“十五五”发展战略规划，明确城市综合开发运营商定位和主业目录。",
         [SEC_DONG], ["战略发展部"], "董事会办公室、投资管理部、各子公司", "2025年11月"),
        ("11", "完成固定资产投资125亿元，推进城北片区综合开发、滨江大道东延等28个重点项目建设。★",
         [ZJL, MA], ["投资管理部", "工程管理部"], "建工子公司、置业子公司", "2025年12月"),
        ("12", "加快城北新城安置房二期建设，6月底前完成主体结构封顶，年内交付安置房1860套。",
         [MA], ["工程管理部"], "建工子公司、安全环保部", "2025年12月"),
        ("13", "拓展城市运营业务，新增市政养护、停车运营等经营性项目12个，运营收入增长15%。",
         [LIN], ["运营管理部"], "水务子公司、置业子公司", "2025年12月"),
        ("14", "推进城乡供水一体化，完成城东水厂提标改造和老旧供水管网改造65公里，管网漏损率降至9%以下。",
         [LIN, WU], ["水务子公司"], "工程管理部、安全环保部", "2025年10月"),
        ("15", "盘活存量资产，全年处置低效无效资产8.5亿元，经营性物业出租率提高到92%以上。",
         [SHEN], ["运营管理部"], "财务管理部、法务风控部、置业子公司", "2025年12月"),
        ("16", "拓宽融资渠道，发行公司债券、中期票据等直接融资40亿元，综合融资成本下降20个基点。★",
         [SHEN], ["财务管理部"], "金控子公司", "2025年12月"),
        ("17", "推进新能源业务布局，建成分布式光伏电站12兆瓦、公共充电桩800个。",
         [LIN], ["能源子公司"], "战略发展部、投资管理部", "2025年9月"),
        ("18", "加强应收账款清收，年末应收账款余额较年初下降15%，及时清理拖欠民营企业账款。",
         [SHEN], ["财务管理部"], "法务风控部、各子公司", "2025年6月底前"),
    ]),
    ("三、深化国企改革，增强创新发展动能（7项）", [
        ("19", "深入实施国有企业改革深化提升行动，年度改革任务完成率达到70%以上。",
         [DONG], ["董事会办公室"], f"战略发展部、{RZ}", "2025年12月"),
        ("20", "完善中国特色现代企业制度，实现子公司董事会应建尽建、外部董事占多数。",
         [SEC_DONG], ["董事会办公室"], f"{RZ}、法务风控部、各子公司", "2025年9月"),
        ("21", "深化劳动、人事、分配三项制度改革，管理人员竞争上岗比例达到45%，末等调整和不胜任退出比例不低于2%。",
         [GAO], [RZ], "各子公司", "2025年12月"),
        ("22", "压缩管理层级，完成2家四级公司清理注销，法人户数压减至42户。",
         [SEC_ZJL], ["战略发展部"], "财务管理部、法务风控部、各子公司", "2025年10月"),
        ("23", "加大科技投入，研发投入强度达到1.8%，申报省级企业技术中心1家、发明专利20项。",
         [WU], ["科技信息部"], "建工子公司、水务子公司", "2025年12月"),
        ("24", "建设集团智慧管理平台，实现财务、合同、项目管理系统互联互通和数据共享。",
         [WU, SHEN], ["科技信息部"], "财务管理部、法务风控部、工程管理部", "2025年11月"),
        ("25", "稳妥推进混合所有制改革，引进战略投资者，完成建工子公司股权多元化改革。",
         [SEC_ZJL], ["投资管理部"], "建工子公司、财务管理部、法务风控部", "2025年12月"),
    ]),
    ("四、守牢风险底线，筑牢安全发展屏障（8项）", [
        ("26", "健全大监督体系，完善纪检、审计、法务、财务协同监督工作机制。",
         [HE], ["纪委办公室", "审计部"], "法务风控部、财务管理部", "2025年8月"),
        ("27", "完成对4家子公司主要负责人经济责任审计和15个在建项目跟踪审计。",
         [SHEN], ["审计部"], "财务管理部、工程管理部", "2025年12月"),
        ("28", "加强债务风险管控，建立债务风险监测预警机制，确保不发生债务违约。★",
         [SHEN], ["财务管理部"], "金控子公司、各子公司", "持续推进"),
        ("29", "深化合规管理体系建设，开展重点领域合规风险排查，合同法律审核率保持100%。",
         [ZJL], ["法务风控部"], "集团各部门、各子公司", "2025年12月"),
        ("30", "落实安全生产责任制，深化安全生产治本攻坚三年行动，确保不发生较大及以上生产安全事故。★",
         ["总经理刘明远、总工程师吴卫东"], ["安全环保部"], "工程管理部、建工子公司、水务子公司、能源子公司", "全年"),
        ("31", "加强在建工程质量管理，工程一次验收合格率达到100%，创建省级优质工程2项。",
         [MA], ["工程管理部"], "建工子公司", "2025年12月"),
        ("32", "做好信访维稳和保密工作，化解历史遗留信访事项5件。",
         [GAO], ["党委办公室"], "置业子公司、法务风控部", "2025年12月"),
        ("33", "加强网络安全和数据安全管理，完成集团核心信息系统等级保护测评。",
         [WU], ["科技信息部"], "—", "2025年10月"),
    ]),
    ("五、践行社会责任，增进职工福祉（5项）", [
        ("34", "服务乡村振兴，落实结对帮扶村项目资金300万元，采购帮扶村农产品100万元以上。",
         [GAO], [QW], "工会、各子公司", "2025年12月"),
        ("35", "完善职工薪酬福利体系，实现职工收入与企业效益同步增长，组织职工疗休养活动。",
         [GAO, SHEN], [RZ], "工会、财务管理部", "2025年12月"),
        ("36", "实施职工技能提升计划，组织职业技能竞赛6场，新增高级工及以上技能人才60名。",
         [LIN], ["工会"], f"{RZ}、各子公司", "2025年11月"),
        ("37", "推进信息公开和ESG信息披露，发布集团首份社会责任报告。",
         [DONG], ["董事会办公室"], f"{QW}、战略发展部", "2025年6月"),
        ("38", "办好职工食堂提质、职工书屋扩容等10件职工实事。",
         [GAO], ["工会"], "党委办公室、财务管理部", "2025年12月"),
    ]),
]

GROUP = "栖云城市建设投资集团有限公司"
PARTY = "中共栖云城市建设投资集团有限公司委员会"


def cell_lines(cell, lines, size=12, center=False, bold=False, font=FS):
    cell.text = ""
    for i, l in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(p.add_run(l), font, size, bold=True if bold else None)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def red_rule(d):
    p = para(d, indent=False)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr>'))


def build():
    d = new_doc()
    para(d)
    for name in (PARTY, GROUP + "文件"):
        p = para(d, name, XBS, 24, align="c")
        p.runs[0].font.color.rgb = RGBColor(0xFF, 0, 0)
    para(d)
    para(d, "栖城投集团发〔2025〕8号", align="c")
    red_rule(d)
    for t in [PARTY, GROUP, "关于印发《栖云城投集团2025年度重点工作任务分解表》的通知"]:
        para(d, t, XBS, 22, align="c")
    para(d)
    para(d, "集团总部各部门，各全资、控股子公司：", indent=False)
    body = [
        "为贯彻落实市委、市政府决策部署和市国资委工作要求，确保集团2025年工作会议暨三届二次职工代表大会确定的各项"
        "目标任务落到实处，经集团党委会、总经理办公会研究，现将《栖云城投集团2025年度重点工作任务分解表》印发给你们，"
        "并就有关事项通知如下。",
        ("h", "一、压实工作责任"),
        "责任领导对分管范围内的重点工作负领导责任，责任领导栏列有两位领导的，排在前面的为第一责任领导；牵头部门对任务"
        "落实负主要责任，要细化工作措施、明确时间节点；配合部门（单位）要主动对接、协同推进。各子公司要对照任务分解表，"
        "制定本单位年度工作计划，于3月10日前报集团战略发展部备案。",
        ("h", "二、加强督查考核"),
        "集团党委办公室按月跟踪、按季通报任务推进情况，各牵头部门于每季度最后一个月25日前报送进展情况。任务完成情况"
        "纳入部门和子公司年度绩效考核，标注“★”的任务纳入经营业绩考核。",
        ("h", "三、强化协同联动"),
        "各部门、各子公司要树牢“一盘棋”思想，对需要跨部门、跨单位协调的事项，牵头部门要主动召集研究；"
        "重大问题及时提交集团党委会、总经理办公会研究解决。",
    ]
    for b in body:
        if isinstance(b, tuple):
            para(d, b[1], HT, 16)
        else:
            para(d, b)
    para(d)
    para(d, "附件：栖云城投集团2025年度重点工作任务分解表")
    para(d)
    para(d, PARTY, align="r")
    para(d, GROUP, align="r")
    para(d, "2025年2月18日", align="r")
    para(d, "（此件不公开）")

    landscape(d)
    para(d, "附件", HT, 16, indent=False)
    para(d, "栖云城投集团2025年度重点工作任务分解表", XBS, 22, align="c")
    widths = [1.3, 10.2, 3.6, 3.4, 4.6, 2.4]
    n_rows = 1 + sum(1 + len(rows) for _, rows in SECS)
    t = d.add_table(rows=n_rows, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, widths)
    hdr = t.rows[0]
    repeat_header(hdr)
    for c, h in zip(hdr.cells, ["序号", "重点工作", "责任领导", "牵头部门", "配合部门（单位）", "完成时间"]):
        cell_lines(c, [h], center=True, font=HT)
    ri = 1
    for title, rows in SECS:
        row = t.rows[ri]
        merged = row.cells[0].merge(row.cells[-1])
        cell_lines(merged, [title], font=HT)
        for extra in merged.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
        ri += 1
        for no, task, leaders, lead, coop, when in rows:
            c = t.rows[ri].cells
            cell_lines(c[0], [no], center=True)
            cell_lines(c[1], [task])
            cell_lines(c[2], leaders, center=True)
            cell_lines(c[3], lead, center=True)
            cell_lines(c[4], [coop])
            cell_lines(c[5], [when], center=True)
            ri += 1
    p = para(d, "注：1.标注“★”的任务纳入2025年度集团经营业绩考核。2.各子公司承担的任务由子公司主要负责人牵头落实，"
                "集团对口部门负责指导督促。", size=12, indent=False)
    set_font(p.runs[0], FS, 12)

    from docx_notice import portrait
    portrait(d)
    banji(d, "抄送：市国资委，集团董事、监事。",
          "栖云城市建设投资集团有限公司党委办公室　　　　2025年2月18日印发")
    d.save(OUT + NAME + ".docx")


if __name__ == "__main__":
    build()
    print("wrote", OUT + NAME + ".docx")
