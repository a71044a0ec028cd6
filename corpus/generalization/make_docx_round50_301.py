# -*- coding: utf-8 -*-
"""Generate notice 301: a 市交通运输局 internal 分工 of its own 2024 tasks (DOCX table)."""
import json, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
SLUG = "301_jiaotongju_neibu_fengong"

# leaders as printed -> names
ZZ = "局长 蒋承宇"          # 局长
L = {"蒋": ("局长 蒋承宇", ["蒋承宇"]),
     "邵": ("邵文博（副局长）", ["邵文博"]),
     "祁": ("祁晓岚（副局长）", ["祁晓岚"]),
     "龚": ("龚卫东（副局长）", ["龚卫东"]),
     "骆": ("骆海平（总工程师）", ["骆海平"]),
     "蒋邵": ("局长 蒋承宇\n邵文博（副局长）", ["蒋承宇", "邵文博"]),
     "祁龚": ("祁晓岚（副局长）、龚卫东（副局长）", ["祁晓岚", "龚卫东"]),
     }

# (section, [(task text, leader key, leads, coops, 责任人, 时限)])
S = [
 ("一、交通基础设施建设（共7项）", [
  ("加快推进G328国道澄江至梅岭段改建工程，年内完成路基工程80%、完成投资6.5亿元。", "邵",
   ["综合规划科"], ["市公路事业发展中心", "财务审计科"], "唐子涵", "2024年12月底"),
  ("开工建设澄北综合客运枢纽，完成初步设计批复和施工招标。", "蒋邵",
   ["综合规划科"], ["运输管理科", "市交通建设工程质量安全监督站"], "唐子涵", "2024年9月底"),
  ("实施农村公路提质改造工程，新改建农村公路320公里，完成危桥改造15座。", "邵",
   ["市公路事业发展中心"], ["综合规划科", "建设管理科"], "许梦琪", "2024年11月底"),
  ("推进“四好农村路”全国示范市创建，完成县级自评和市级复核。", "邵",
   ["建设管理科"], ["市公路事业发展中心", "局办公室"], "侯建业", "2024年10月底"),
  ("完成普通国省道养护工程大中修120公里，优良路率保持在85%以上。", "骆",
   ["市公路事业发展中心"], [], "许梦琪", "2024年12月底"),
  ("推进澄江港区三期码头工程前期工作，完成工程可行性研究报告审查。", "祁",
   ["港航管理科"], ["综合规划科", "市港航事业发展中心"], "范立新", "2024年8月底"),
  ("做好交通建设项目资金争取工作，全年争取上级补助资金不少于9亿元。", "蒋",
   ["财务审计科", "综合规划科"], ["各科室", "各直属单位"], "钟佳怡", "2024年12月底"),
 ]),
 ("二、运输服务保障（共6项）", [
  ("深化城乡交通运输一体化，新开通城乡公交线路6条，建制村通客车率保持100%。", "祁",
   ["运输管理科"], ["市道路运输事业发展中心", "市公共交通集团有限公司"], "汪雨桐", "2024年12月底"),
  ("推进巡游出租汽车和网约车融合发展，完成出租汽车运价动态调整机制修订。", "祁",
   ["运输管理科"], ["法规科", "市道路运输事业发展中心"], "汪雨桐", "2024年7月底"),
  ("做好春运、“五一”、国庆等重要节假日运输组织和应急保障。", "祁",
   ["运输管理科"], ["安全监督科", "市道路运输事业发展中心", "市港航事业发展中心"], "汪雨桐", "按节点完成"),
  ("推动快递进村，建设县乡村三级物流配送节点50个。", "蒋邵",
   ["运输管理科", "综合规划科"], ["市邮政管理局"], "梁晨曦", "2024年11月底"),
  ("推进新能源营运车辆推广应用，新增新能源公交车120辆、巡游出租车200辆。", "祁",
   ["市道路运输事业发展中心"], ["运输管理科", "科技信息科"], "邓可欣", "2024年12月底"),
  ("建设交通运输综合执法指挥调度平台二期，实现重点营运车辆动态监控全覆盖。", "骆",
   ["科技信息科"], ["市交通运输综合行政执法支队", "市道路运输事业发展中心"], "曹俊杰", "2024年10月底"),
 ]),
 ("三、安全生产与行业治理（共5项）", [
  ("开展交通运输安全生产治本攻坚三年行动，全年较大以上生产安全事故“零发生”。", "龚",
   ["安全监督科"], ["各科室", "各直属单位"], "卢志刚", "2024年12月底"),
  ("深化“放管服”改革，道路运输高频政务服务事项全部实现“一网通办”。", "龚",
   ["法规科"], ["行政审批科", "市道路运输事业发展中心"], "邹静怡", "2024年9月底"),
  ("开展治超“百日攻坚”行动，货车违法超限超载率控制在0.5%以内。", "祁龚",
   ["市交通运输综合行政执法支队"], ["市公路事业发展中心", "安全监督科"], "孟庆华", "2024年10月底"),
  ("推进交通运输信用体系建设，完成信用评价结果在招投标中的应用。", "龚",
   ["法规科"], ["建设管理科", "财务审计科"], "邹静怡", "2024年11月底"),
  ("做好汛期交通设施防汛抢险和水毁修复工作。", "骆",
   ["安全监督科", "市公路事业发展中心"], ["港航管理科", "市港航事业发展中心"], "卢志刚", "2024年9月底"),
 ]),
 ("四、党建与机关建设（共3项）", [
  ("落实全面从严治党主体责任，开展党纪学习教育和“清廉交通”建设。", "蒋",
   ["机关党委（人事科）"], ["各科室", "各直属单位"], "韦红梅", "2024年12月底"),
  ("加强公文办理、督查督办和政务信息工作，重点任务按季度通报进展。", "蒋",
   ["局办公室"], ["各科室", "各直属单位"], "冯晓璐", "每季度末"),
  ("做好人大代表建议和政协提案办理工作，办复率100%。", "龚",
   ["局办公室"], ["各科室", "各直属单位"], "冯晓璐", "2024年8月底"),
 ]),
]


def set_font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = color


def para(doc, text, size=16, font="仿宋_GB2312", align=None, bold=False, color=None, indent=False):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    r = p.add_run(text)
    set_font(r, font, size, bold, color)
    return p


doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

para(doc, "临澄市交通运输局文件", 36, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER, color=RGBColor(0xE0, 0, 0))
para(doc, "临交发〔2024〕6号", 16, align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "", 10)
para(doc, "临澄市交通运输局关于印发2024年全市交通运输重点工作任务分工的通知", 22, "方正小标宋简体",
     WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "局机关各科室、各直属单位：")
body = [
 "为全面落实全市交通运输工作会议部署，确保2024年各项重点工作落地见效，经局党组会议研究，现将《2024年全市交通运输重点工作任务分工》印发给你们，并就有关事项通知如下。",
 "一、压实工作责任。各分管局领导要加强对分管领域重点工作的统筹调度；牵头科室（单位）主要负责同志为第一责任人，对牵头任务负总责，配合科室（单位）要主动对接、密切协作，形成工作合力。表中责任人为具体承办人员，负责任务推进和进展报送。",
 "二、加强跟踪督办。局办公室将重点工作纳入局督查督办台账，实行月调度、季通报。各牵头科室（单位）于每季度最后一个月25日前将任务进展情况报局办公室，经分管局领导审核后汇总报局主要领导。",
 "三、严格考核问效。任务完成情况纳入年度科室（单位）目标管理考核，对工作推进不力、进度滞后的，按有关规定予以通报。",
]
for b in body:
    para(doc, b, indent=True)
para(doc, "附件：2024年全市交通运输重点工作任务分工", indent=True)
para(doc, "")
para(doc, "临澄市交通运输局", align=WD_ALIGN_PARAGRAPH.RIGHT)
para(doc, "2024年2月27日", align=WD_ALIGN_PARAGRAPH.RIGHT)
para(doc, "（此件不公开）", indent=True)

# attachment on a landscape section
new = doc.add_section()
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = Cm(29.7), Cm(21)
new.left_margin = new.right_margin = Cm(2.0)
para(doc, "附件", 16, "黑体")
para(doc, "2024年全市交通运输重点工作任务分工", 22, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)

hdr = ["序号", "工作任务", "分管局领导", "牵头科室", "配合科室（单位）", "责任人", "完成时限"]
t = doc.add_table(rows=1, cols=len(hdr))
t.style = "Table Grid"
for i, h in enumerate(hdr):
    c = t.rows[0].cells[i]
    c.text = ""
    set_font(c.paragraphs[0].add_run(h), "黑体", 12)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

gold = []
n = 0
for title, tasks in S:
    row = t.add_row()
    m = row.cells[0].merge(row.cells[-1])
    m.text = ""
    set_font(m.paragraphs[0].add_run(title), "黑体", 12)
    for text, lk, leads, coops, person, dl in tasks:
        n += 1
        lp, lnames = L[lk]
        coop_txt = "、".join(coops) if coops else "—"
        vals = [str(n), text, lp, "、".join(leads), coop_txt, person, dl]
        row = t.add_row()
        for i, v in enumerate(vals):
            c = row.cells[i]
            c.text = ""
            lines = v.split("\n")
            for j, ln in enumerate(lines):
                p = c.paragraphs[0] if j == 0 else c.add_paragraph()
                set_font(p.add_run(ln), "仿宋_GB2312", 12)
                if i != 1:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        units = leads + coops
        gold.append({"id": str(n), "head": text[:12], "responsible_units": units,
                     "lead_units": leads, "cooperating_units": coops, "leaders": lnames})

para(doc, "")
para(doc, "抄送：市人民政府办公室，市交通运输局党组成员。", 14)
para(doc, "临澄市交通运输局办公室                   2024年2月27日印发", 14)

doc.save(os.path.join(HERE, SLUG + ".docx"))
with open(os.path.join(HERE, SLUG + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
    for g in gold:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(n, "tasks")
