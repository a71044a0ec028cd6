# -*- coding: utf-8 -*-
"""Generate 233_qichuan_sthjj_fengong.docx: a city 生态环境局 notice whose task table
has a nested table (分管局领导 / 牵头科室 / 配合科室) inside each 责任分工 cell."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "233_qichuan_sthjj_fengong.docx")

SECTIONS = [
    ("一、深入打好蓝天保卫战（共5项）", [
        ("实施细颗粒物和臭氧协同控制，全年PM2.5平均浓度控制在32微克/立方米以内，优良天数比率达到85%以上。",
         ["王建华"], ["大气环境科"], ["市生态环境监测站", "各县（市、区）分局"], "2024年12月底前"),
        ("推进重点行业超低排放改造，完成钢铁企业有组织、无组织和清洁运输超低排放改造评估监测，推动水泥、焦化行业深度治理。",
         ["王建华"], ["大气环境科"], ["环境影响评价与排放管理科", "市生态环境保护综合行政执法支队"], "2024年11月底前"),
        ("开展挥发性有机物综合治理，完成120家涉VOCs企业“一企一策”治理，加油站油气回收在线监控实现全覆盖。",
         ["王建华"], ["大气环境科"], ["科技与财务科", "市生态环境保护综合行政执法支队"], "2024年10月底前"),
        ("加强移动源污染防治，配合公安、交通运输部门开展柴油货车路检路查，完成非道路移动机械编码登记5000台以上。",
         ["王建华"], ["大气环境科"], ["市机动车排污监控中心"], "2024年10月底前"),
        ("强化重污染天气应对，修订重污染天气应急预案，更新应急减排清单，做好秋冬季大气污染综合治理攻坚。",
         ["陈立群", "王建华"], ["大气环境科"], ["市生态环境监测站", "市环境信息与应急中心", "各县（市、区）分局"], "2024年9月底前修订预案，攻坚行动持续推进"),
    ]),
    ("二、深入打好碧水保卫战（共5项）", [
        ("确保国省控断面水质优良比例达到90%以上，全面消除劣Ⅴ类水体，县级以上集中式饮用水水源水质达标率保持100%。",
         ["刘卫东"], ["水生态环境科"], ["市生态环境监测站"], "2024年12月底前"),
        ("推进入河排污口排查整治，完成栖水干流及主要支流入河排污口溯源，整治完成率达到60%以上。",
         ["刘卫东"], ["水生态环境科"], ["市生态环境保护综合行政执法支队", "各县（市、区）分局"], "2024年11月底前"),
        ("加强工业园区水污染整治，督促省级以上工业园区污水集中处理设施稳定运行，推进园区“污水零直排区”建设。",
         ["刘卫东"], ["水生态环境科"], ["环境影响评价与排放管理科"], "2024年12月底前"),
        ("开展美丽河湖保护与建设，推动清溪河、白鹭湖创建省级美丽河湖，编制重点流域水生态环境保护规划。",
         ["刘卫东"], ["水生态环境科", "综合规划科"], ["自然生态保护科"], "2024年12月底前"),
        ("推进农村生活污水治理，完成45个行政村环境整治，农村生活污水治理率达到42%以上。",
         ["刘卫东"], ["土壤生态环境科"], None, "2024年11月底前"),
    ]),
    ("三、深入打好净土保卫战（共3项）", [
        ("严格建设用地土壤污染风险管控，落实土壤污染状况调查评估制度，重点建设用地安全利用率保持100%。",
         ["孙晓梅"], ["土壤生态环境科"], ["市生态环境科学研究所"], "长期坚持"),
        ("推进“无废城市”建设，加强一般工业固体废物和危险废物规范化环境管理，危险废物规范化管理抽查合格率达到90%以上。",
         ["孙晓梅"], ["固体废物与化学品科"], ["市环境信息与应急中心（市固体废物管理中心）", "市生态环境保护综合行政执法支队"], "2024年12月底前"),
        ("开展新污染物治理，完成化学物质环境信息调查，建立重点管控新污染物清单。",
         ["孙晓梅"], ["固体废物与化学品科"], None, "2024年10月底前"),
    ]),
    ("四、加强生态保护和应对气候变化（共3项）", [
        ("加强自然保护地和生态保护红线监管，开展“绿盾”自然保护地强化监督，完成问题点位整改销号。",
         ["赵勇"], ["自然生态保护科"], ["市生态环境保护综合行政执法支队", "各县（市、区）分局"], "2024年11月底前"),
        ("深化生态文明示范创建，指导鹤岭县创建国家生态文明建设示范区，推动2个县（市、区）开展“两山”实践创新基地申报。",
         ["陈立群", "赵勇"], ["自然生态保护科"], ["综合规划科"], "2024年9月底前完成申报"),
        ("积极应对气候变化，编制温室气体排放清单，做好全国碳排放权交易市场重点排放单位数据质量监督管理。",
         ["赵勇"], ["应对气候变化科"], ["市生态环境监测站", "科技与财务科"], "2024年12月底前"),
    ]),
    ("五、提升生态环境治理能力（共8项）", [
        ("深化生态环境领域“放管服”改革，落实环评审批正面清单，重大项目环评审批时限压缩至法定时限的50%以内。",
         ["郑国平"], ["环境影响评价与排放管理科"], ["政策法规科"], "长期坚持"),
        ("推进排污许可“一证式”管理，开展排污许可证质量和执行报告审核，实现固定污染源排污许可全覆盖。",
         ["郑国平"], ["环境影响评价与排放管理科"], ["市生态环境保护综合行政执法支队"], "2024年12月底前"),
        ("加强生态环境执法监管，开展“双随机、一公开”监管和专项执法行动，严厉打击环境违法行为。",
         ["郑国平"], ["市生态环境保护综合行政执法支队"], ["政策法规科", "各县（市、区）分局"], "长期坚持"),
        ("完善生态环境监测网络，推进乡镇空气自动监测站建设，做好国控、省控站点运维质控。",
         ["赵勇"], ["生态环境监测科"], ["市生态环境监测站"], "2024年10月底前"),
        ("做好中央、省生态环境保护督察反馈问题整改，建立整改台账，实行销号管理，确保按期完成整改任务。",
         ["陈立群"], ["督察协调科"], ["局机关各科室", "各直属单位"], "按整改方案时限完成"),
        ("加强核与辐射安全监管，开展放射源安全检查，废旧放射源安全收贮率保持100%。",
         ["孙晓梅"], ["核与辐射安全科"], ["市辐射环境监督站"], "2024年12月底前"),
        ("加强生态环境宣传教育，开展六五环境日系列宣传活动，推进环保设施和城市污水垃圾处理设施向公众开放。",
         ["刘卫东"], ["办公室"], ["市环境宣传教育中心"], "2024年6月底前"),
        ("加强机关党建和干部队伍建设，落实全面从严治党主体责任，打造生态环境保护铁军。",
         ["陈立群"], ["机关党委（人事科）"], None, "长期坚持"),
    ]),
]


def set_font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = color


def para(doc_or_cell, text, size=16, font="仿宋_GB2312", align=None, bold=False, indent=False, color=None):
    p = doc_or_cell.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    r = p.add_run(text)
    set_font(r, font, size, bold, color)
    return p


def set_cell_text(cell, text, size=10.5, font="仿宋_GB2312", align=None, bold=False):
    p = cell.paragraphs[0]
    if align is not None:
        p.alignment = align
    r = p.add_run(text)
    set_font(r, font, size, bold)


def set_borders(table, sz="4", val="single"):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), sz)
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tblPr.append(borders)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    para(doc, "栖川市生态环境局文件", 36, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER, color=RGBColor(0xE0, 0, 0))
    para(doc, "")
    para(doc, "栖环发〔2024〕9号", 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    para(doc, "栖川市生态环境局关于印发《2024年全市生态环境", 22, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "保护重点工作任务分工方案》的通知", 22, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    para(doc, "局机关各科室、各直属单位，各县（市、区）分局：")
    para(doc, "为深入贯彻全国、全省生态环境保护大会精神，全面落实市委、市政府关于深入打好污染防治攻坚战的决策部署，"
              "确保完成2024年全市生态环境保护各项目标任务，经局党组会议研究同意，现将《2024年全市生态环境保护重点工作任务分工方案》"
              "印发给你们，并提出如下要求，请认真抓好贯彻落实。", indent=True)
    para(doc, "一、压实工作责任。各项任务实行分管局领导、牵头科室（单位）、配合科室（单位）分级负责制。牵头科室（单位）"
              "是任务落实的第一责任主体，要细化工作措施，明确时间节点；配合科室（单位）要主动对接、密切配合，形成工作合力。", indent=True)
    para(doc, "二、强化调度督办。局办公室对各项任务实行清单化管理，每月调度、每季度通报。各牵头科室（单位）于每季度末月20日前"
              "将任务进展情况书面报局办公室，年底前报送全年工作总结。", indent=True)
    para(doc, "三、严格考核问责。任务完成情况纳入局机关科室及直属单位年度目标责任考核。对工作推进不力、未按时限完成任务的，"
              "按照有关规定予以通报。", indent=True)
    para(doc, "")
    para(doc, "附件：2024年全市生态环境保护重点工作任务分工方案", indent=True)
    para(doc, "")
    para(doc, "栖川市生态环境局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "2024年3月11日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "（此件主动公开）", indent=True)

    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件", 16, "黑体")
    para(doc, "2024年全市生态环境保护重点工作任务分工方案", 22, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)

    table = doc.add_table(rows=1, cols=4)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_borders(table)
    widths = [Cm(1.2), Cm(7.6), Cm(5.6), Cm(2.4)]
    hdr = table.rows[0]
    repeat_header(hdr)
    for c, t, w in zip(hdr.cells, ["序号", "工作任务", "责任分工", "完成时限"], widths):
        set_cell_text(c, t, 12, "黑体", WD_ALIGN_PARAGRAPH.CENTER)
        c.width = w

    n = 0
    for title, tasks in SECTIONS:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[3])
        set_cell_text(merged, title, 12, "黑体")
        for text, leaders, leads, coops, deadline in tasks:
            n += 1
            row = table.add_row()
            cells = row.cells
            for c, w in zip(cells, widths):
                c.width = w
            set_cell_text(cells[0], str(n), 10.5, align=WD_ALIGN_PARAGRAPH.CENTER)
            set_cell_text(cells[1], text)
            set_cell_text(cells[3], deadline, align=WD_ALIGN_PARAGRAPH.CENTER)
            # nested table in 责任分工
            pairs = [("分管局领导", "、".join(leaders)), ("牵头科室", "、".join(leads))]
            if coops:
                pairs.append(("配合科室", "、".join(coops)))
            cell = cells[2]
            inner = cell.add_table(rows=len(pairs), cols=2)
            set_borders(inner, sz="2", val="dotted")
            for r, (k, v) in zip(inner.rows, pairs):
                r.cells[0].width = Cm(1.9)
                r.cells[1].width = Cm(3.5)
                set_cell_text(r.cells[0], k, 9, "黑体")
                set_cell_text(r.cells[1], v, 9)
            # drop the empty paragraph that precedes the nested table
            first_p = cell._tc.findall(qn("w:p"))[0]
            if first_p.getnext() is not None and first_p.getnext().tag == qn("w:tbl"):
                cell._tc.remove(first_p)
    para(doc, "注：牵头科室为直属单位的，由该直属单位主要负责同志组织落实；配合科室栏未列明的，由牵头科室会同相关科室按职责办理。", 10.5)

    para(doc, "")
    para(doc, "抄送：市委办公室，市人民政府办公室，省生态环境厅。", 14)
    para(doc, "栖川市生态环境局办公室                    2024年3月12日印发", 14)
    doc.save(OUT)
    return n


if __name__ == "__main__":
    print(build(), "tasks ->", OUT)
