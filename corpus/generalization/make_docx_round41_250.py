#!/usr/bin/env python3
"""Generate 250_qiyang_duchashi_jiaoban.docx and its gold: one 4x4 form table per task."""
import json, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "250_qiyang_duchashi_jiaoban"
CN = "一二三四五六七八九十"
def cn(n):
    if n <= 10: return CN[n-1]
    if n < 20: return "十" + CN[n-11]
    return CN[n//10-1] + "十" + (CN[n%10-1] if n % 10 else "")

# (deadline, task text, lead units, coop units (None -> "无"), leaders, 督办科室)
TASKS = [
 ("2024年12月底前", "全市地区生产总值增长6%左右，一般公共预算收入增长5.5%，固定资产投资增长8%。", ["市发展改革委"], ["市财政局", "市统计局"], ["程立峰"], "督查一科"),
 ("2024年12月底前", "实施市级重点项目300个，完成年度投资850亿元，新开工亿元以上项目110个。", ["市发展改革委"], ["市自然资源和规划局", "市住房城乡建设局", "各县（市、区）人民政府"], ["程立峰"], "督查一科"),
 ("2024年12月底前", "新增规模以上工业企业120家，规模以上工业增加值增长8%以上，制造业增加值占比提高1个百分点。", ["市工业和信息化局"], ["市统计局", "市科技局"], ["汪振国"], "督查一科"),
 ("2024年11月底前", "新认定国家高新技术企业150家，全社会研发投入强度达到2.3%，新建省级以上创新平台10个。", ["市科技局"], ["市工业和信息化局", "市财政局", "国家税务总局淇阳市税务局"], ["汪振国"], "督查二科"),
 ("2024年9月底前", "新建5G基站2000个，推动淇阳数据中心二期项目建成投运。", ["市数据局", "市工业和信息化局"], ["中国电信淇阳分公司", "中国移动淇阳分公司"], ["汪振国"], "督查二科"),
 ("2024年12月底前", "社会消费品零售总额增长6.5%，全年开展“淇乐消费节”等促消费活动100场以上。", ["市商务局"], ["市文化广电旅游局", "市市场监管局"], ["苏慧敏"], "督查二科"),
 ("2024年10月底前", "加快淇阳港综合物流园建设，港口货物吞吐量突破3000万吨，开通内河集装箱航线2条。", ["市交通运输局"], ["淇阳港务集团有限公司", "市发展改革委"], ["苏慧敏"], "督查一科"),
 ("2024年12月底前", "新开工改造城镇老旧小区85个，筹集保障性租赁住房2400套。", ["市住房城乡建设局"], ["市财政局", "市自然资源和规划局", "各县（市、区）人民政府"], ["韦志坚"], "督查三科"),
 ("2024年10月底前", "完成高标准农田建设18万亩，粮食播种面积稳定在320万亩以上、总产量稳定在150万吨以上。", ["市农业农村局"], ["市财政局", "市自然资源和规划局", "市水利局"], ["欧阳红"], "督查三科"),
 ("2024年12月底前", "实施淇河流域水环境综合治理工程，国考断面水质优良比例保持100%，城市黑臭水体动态清零。", ["市生态环境局"], ["市水利局", "市农业农村局", "市住房城乡建设局"], ["欧阳红"], "督查三科"),
 ("2024年6月底前", "推进政务服务“一网通办”，网上可办率达到95%以上，企业开办时间压缩至1个工作日内。", ["市政务服务管理局"], ["市市场监管局", "市数据局"], ["苏慧敏"], "督查二科"),
 ("2024年12月底前", "城镇新增就业5.2万人，开展补贴性职业技能培训3万人次，城镇调查失业率控制在5.5%以内。", ["市人力资源社会保障局"], ["市财政局", "市教育局"], ["何佩玲"], "督查三科"),
 ("2024年8月底前", "新建改扩建中小学、幼儿园22所，新增学位1.8万个，秋季学期前全部投入使用。", ["市教育局"], ["市发展改革委", "市财政局", "市自然资源和规划局", "各县（市、区）人民政府"], ["何佩玲"], "督查三科"),
 ("2024年12月底前", "加快市第一人民医院东院区建设，年内主体工程封顶，创建省级区域医疗中心1个。", ["市卫生健康委"], None, ["何佩玲"], "督查三科"),
 ("2024年12月底前", "新增社区嵌入式养老服务机构30个，特殊困难老年人月探访率达到100%。", ["市民政局"], ["市卫生健康委", "市财政局"], ["何佩玲"], "督查三科"),
 ("持续推进", "深入开展安全生产治本攻坚三年行动，坚决防范遏制重特大生产安全事故。", ["市应急管理局"], ["市直有关部门", "各县（市、区）人民政府"], ["程立峰", "韦志坚"], "督查一科"),
 ("2024年12月底前", "推进淇阳高新区扩区提质，高新区规模以上工业总产值突破1200亿元。", ["淇阳高新区管委会"], ["市发展改革委", "市自然资源和规划局"], ["汪振国"], "督查一科"),
]
WITH_LABEL = 10   # tasks 1..10 carry a 任务X paragraph; later tables follow each other with an empty paragraph

def set_font(run, size=16, bold=False, face="仿宋_GB2312", color=None):
    run.font.size = Pt(size); run.font.bold = bold; run.font.name = face
    rpr = run._element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), face)
    if color: run.font.color.rgb = color

def para(doc, text, size=16, bold=False, face="仿宋_GB2312", align=None, indent=False, color=None, space_after=0):
    p = doc.add_paragraph()
    if align is not None: p.alignment = align
    if indent: p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.space_after = Pt(space_after)
    if text:
        set_font(p.add_run(text), size, bold, face, color)
    return p

def cell_text(cell, text, bold=False, center=False):
    p = cell.paragraphs[0]
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run(text), 12, bold)

def main():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    RED = RGBColor(0xE6, 0, 0)
    para(doc, "淇阳市人民政府督查室", 26, False, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER, color=RED)
    para(doc, "")
    para(doc, "淇政督〔2024〕7号", 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    para(doc, "淇阳市人民政府督查室", 22, False, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "关于交办2024年市政府重点工作任务的通知", 22, False, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    para(doc, "各县（市、区）人民政府，淇阳高新区管委会，市政府各部门、各直属机构，有关单位：")
    body = [
        "为全面完成市十六届人大三次会议确定的目标任务，经市政府领导同意，现将2024年市政府重点工作任务（共17项）交办如下，请认真抓好落实。",
        "一、明确责任分工。每项任务设交办单一份，列明任务编号、完成时限、牵头单位、配合单位、责任领导和督办科室。牵头单位对任务完成负总责，配合单位按职责分工积极配合；督办科室为市政府督查室内设科室，负责跟踪督办，不承担任务落实责任。",
        "二、按时报送进展。各牵头单位要于每月25日前通过“淇阳市督查督办系统”报送当月任务进展情况，任务完成后5个工作日内报送完成情况及佐证材料。",
        "三、强化督查问效。市政府督查室将采取明查暗访、实地核查等方式跟踪问效，对进度滞后的任务下发督办通知，对工作不力、敷衍应付的予以通报。",
        "联系人：市政府督查室督查一科 许文斌，电话：0391-6128357。",
    ]
    for t in body:
        para(doc, t, indent=True)
    para(doc, "")
    para(doc, "附件：2024年市政府重点工作任务交办单", indent=True)
    para(doc, "")
    para(doc, "淇阳市人民政府督查室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "2024年3月15日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p = para(doc, "")
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件", 16, False, "黑体")
    para(doc, "2024年市政府重点工作任务交办单", 20, False, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER, space_after=6)

    gold = []
    for i, (dl, text, leads, coops, leaders, ks) in enumerate(TASKS, 1):
        if i <= WITH_LABEL:
            para(doc, "任务" + cn(i), 16, False, "黑体", space_after=4)
        else:
            para(doc, "")
        tb = doc.add_table(rows=4, cols=4)
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        widths = [Cm(2.6), Cm(5.2), Cm(2.6), Cm(5.2)]
        for row in tb.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        r = tb.rows
        cell_text(r[0].cells[0], "任务编号", True, True); cell_text(r[0].cells[1], str(i), center=True)
        cell_text(r[0].cells[2], "完成时限", True, True); cell_text(r[0].cells[3], dl)
        cell_text(r[1].cells[0], "任务名称", True, True)
        m = r[1].cells[1].merge(r[1].cells[3])
        cell_text(m, text)
        cell_text(r[2].cells[0], "牵头单位", True, True); cell_text(r[2].cells[1], "、".join(leads))
        cell_text(r[2].cells[2], "配合单位", True, True); cell_text(r[2].cells[3], "、".join(coops) if coops else "无")
        cell_text(r[3].cells[0], "责任领导", True, True); cell_text(r[3].cells[1], "、".join(leaders))
        cell_text(r[3].cells[2], "督办科室", True, True); cell_text(r[3].cells[3], ks)
        coops = coops or []
        gold.append(dict(id=str(i), head=text[:12], responsible_units=leads + coops,
                         lead_units=leads, cooperating_units=coops, leaders=leaders))
    para(doc, "")
    para(doc, "抄送：市委办公室，市人大常委会办公室，市政协办公室，市纪委监委。", 14)
    para(doc, "淇阳市人民政府督查室                      2024年3月15日印发", 14)
    doc.save(os.path.join(HERE, STEM + ".docx"))
    with open(os.path.join(HERE, STEM + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(len(gold), "tasks")

if __name__ == "__main__":
    main()
