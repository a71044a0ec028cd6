#!/usr/bin/python3
"""Round 133 / 676: a county 任务分解方案 laid out in two levels of grouping:
一、 heading = the responsible county leader(s) of every task below it,
（一） sub-heading = the lead unit(s) of every task below it,
each task `N．…` then closes with only its 配合单位 (and sometimes 完成时限).
Writes 676_weichuan_xian_lingdao_qiantou_liangji_guikou.docx and its gold."""
import io
import json
import zipfile
import datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from docx.enum.text import WD_ALIGN_PARAGRAPH

NAME = "676_weichuan_xian_lingdao_qiantou_liangji_guikou"

# (heading text, leaders, [(sub-heading text, leads, [(task text, bracket or None, helpers, deadline)])])
S = [
 ("一、县长岑立峰同志负责的工作（5项）", ["岑立峰"], [
   ("（一）县发展和改革局牵头（3项）", ["县发展和改革局"], [
     ("编制实施“十五五”规划。高质量完成全县“十五五”规划纲要编制，同步谋划一批打基础、利长远的重大项目，争取更多项目纳入省市规划盘子。",
      "（配合单位：县财政局、县自然资源局、县统计局；完成时限：2025年12月底前）", ["县财政局", "县自然资源局", "县统计局"], "2025年12月底前"),
     ("扩大有效投资。全年实施重点项目120个以上，完成固定资产投资增长8%，力争新开工亿元以上项目35个。",
      "（配合单位：县住房和城乡建设局、县交通运输局，各乡镇人民政府）", ["县住房和城乡建设局", "县交通运输局", "各乡镇人民政府"], None),
     ("争取上级资金支持。围绕超长期特别国债、中央预算内投资等政策方向，全年争取上级资金15亿元以上。",
      "（配合单位：县财政局）", ["县财政局"], None),
   ]),
   ("（二）县财政局、县税务局共同牵头（1项）", ["县财政局", "县税务局"], [
     ("提升财政收入质量。加强税源培育和征管，一般公共预算收入增长5%，税收占比稳定在70%以上。",
      "（配合单位：县市场监督管理局、各乡镇人民政府；完成时限：2025年12月底前）", ["县市场监督管理局", "各乡镇人民政府"], "2025年12月底前"),
   ]),
   ("（三）县政府办公室牵头（1项）", ["县政府办公室"], [
     ("深化政务公开。完善政府信息主动公开目录，及时公开重大决策和重点工作落实情况。",
      None, [], None),
   ]),
 ]),
 ("二、常务副县长包　军同志负责的工作（7项）", ["包军"], [
   ("（一）县工业和信息化局牵头（3项）", ["县工业和信息化局"], [
     ("壮大特色产业集群。聚焦新材料、绿色食品两大主导产业，推动规上工业增加值增长7%以上。",
      "（配合单位：县发展和改革局、县科学技术局、蔚川经济开发区管委会）", ["县发展和改革局", "县科学技术局", "蔚川经济开发区管委会"], None),
     ("推进企业技术改造。实施技改项目40个以上，新增省级专精特新中小企业5家。",
      "（配合单位：县科学技术局）", ["县科学技术局"], None),
     ("培育数字经济。推进5G基站建设和工业互联网应用，新建5G基站150个。",
      "（配合单位：县数据局，中国电信蔚川分公司；完成时限：2025年10月底前）", ["县数据局", "中国电信蔚川分公司"], "2025年10月底前"),
   ]),
   ("（二）蔚川经济开发区管委会牵头（2项）", ["蔚川经济开发区管委会"], [
     ("提升园区承载能力。完成开发区扩区调位，新建标准化厂房20万平方米。",
      "（配合单位：县自然资源局、县住房和城乡建设局；完成时限：2025年11月底前）", ["县自然资源局", "县住房和城乡建设局"], "2025年11月底前"),
     ("深化“亩均论英雄”改革。开展工业企业亩均效益评价，盘活低效用地500亩以上。",
      "（配合单位：县自然资源局、县税务局）", ["县自然资源局", "县税务局"], None),
   ]),
   ("（三）县商务局牵头（2项）", ["县商务局"], [
     ("加大招商引资力度。开展产业链精准招商，全年引进亿元以上项目30个，到位资金80亿元以上。",
      "（配合单位：县投资促进中心、蔚川经济开发区管委会）", ["县投资促进中心", "蔚川经济开发区管委会"], None),
     ("促进消费提质扩容。落实以旧换新政策，社会消费品零售总额增长6%。",
      "（配合单位：县财政局、县文化和旅游局，县市场监督管理局）", ["县财政局", "县文化和旅游局", "县市场监督管理局"], None),
   ]),
 ]),
 ("三、副县长邝文静同志负责的工作（6项）", ["邝文静"], [
   ("（一）县农业农村局牵头（4项）", ["县农业农村局"], [
     ("稳定粮食生产。粮食播种面积稳定在48万亩以上，新建高标准农田3.5万亩。",
      "（配合单位：县自然资源局、县水利局、各乡镇人民政府；完成时限：2025年9月底前）", ["县自然资源局", "县水利局", "各乡镇人民政府"], "2025年9月底前"),
     ("巩固拓展脱贫攻坚成果。健全防止返贫监测帮扶机制，确保不发生规模性返贫致贫。",
      "（配合单位：县乡村振兴服务中心、县民政局、县医疗保障局）", ["县乡村振兴服务中心", "县民政局", "县医疗保障局"], None),
     ("发展乡村特色产业。培育市级以上农业产业化龙头企业3家，打造“蔚川茶油”区域公用品牌。",
      "（配合单位：县市场监督管理局、县商务局）", ["县市场监督管理局", "县商务局"], None),
     ("推进和美乡村建设。完成农村改厕2000户，行政村生活垃圾收运处置体系实现全覆盖。",
      "（配合单位：县住房和城乡建设局、市生态环境局蔚川分局，各乡镇人民政府）", ["县住房和城乡建设局", "市生态环境局蔚川分局", "各乡镇人民政府"], None),
   ]),
   ("（二）县水利局牵头（2项）", ["县水利局"], [
     ("实施水利基础设施建设。加快推进青溪水库除险加固，完成中小河流治理12公里。",
      "（配合单位：县发展和改革局、县财政局；完成时限：2025年汛期前）", ["县发展和改革局", "县财政局"], "2025年汛期前"),
     ("保障农村饮水安全。完成农村供水保障工程8处，农村自来水普及率达到92%。",
      None, [], None),
   ]),
 ]),
 ("四、副县长杜海涛同志负责的工作（6项）", ["杜海涛"], [
   ("（一）县教育局牵头（2项）", ["县教育局"], [
     ("推进教育优质均衡发展。新建、改扩建中小学校4所，新增学位2400个。",
      "（配合单位：县发展和改革局、县自然资源局、县住房和城乡建设局；完成时限：2025年8月底前）", ["县发展和改革局", "县自然资源局", "县住房和城乡建设局"], "2025年8月底前"),
     ("加强教师队伍建设。公开招聘教师120名，推进县域内校长教师交流轮岗。",
      "（配合单位：县委编办、县人力资源和社会保障局）", ["县委编办", "县人力资源和社会保障局"], None),
   ]),
   ("（二）县卫生健康局牵头（2项）", ["县卫生健康局"], [
     ("深化紧密型县域医共体建设。推动县级医院与乡镇卫生院一体化管理，县域内就诊率达到90%。",
      "（配合单位：县医疗保障局、县财政局）", ["县医疗保障局", "县财政局"], None),
     ("完善养老服务体系。建成区域性养老服务中心3个，新增护理型床位300张。",
      "（配合单位：县民政局）", ["县民政局"], None),
   ]),
   ("（三）县人力资源和社会保障局牵头（2项）", ["县人力资源和社会保障局"], [
     ("稳定和扩大就业。城镇新增就业3200人，城镇调查失业率控制在5.5%以内。",
      "（配合单位：县教育局、县农业农村局、县总工会、团县委）", ["县教育局", "县农业农村局", "县总工会", "团县委"], None),
     ("扩大社会保险覆盖面。基本养老保险参保率稳定在95%以上。",
      "（配合单位：县税务局；完成时限：2025年12月底前）", ["县税务局"], "2025年12月底前"),
   ]),
 ]),
 ("五、副县长聂卫东、县政府党组成员韩　冰同志负责的工作（6项）", ["聂卫东", "韩冰"], [
   ("（一）县住房和城乡建设局牵头（3项）", ["县住房和城乡建设局"], [
     ("推进城市更新行动。改造老旧小区26个，完成城区雨污分流管网改造18公里。",
      "（配合单位：县城市管理局、县自然资源局、城关镇人民政府）", ["县城市管理局", "县自然资源局", "城关镇人民政府"], None),
     ("促进房地产市场平稳健康发展。落实保交楼各项措施，推进存量商品房去化。",
      "（配合单位：县自然资源局、县财政局、县税务局）", ["县自然资源局", "县财政局", "县税务局"], None),
     ("提升城市精细化管理水平。完成城区主次干道“白改黑”12条。",
      "（配合单位：县城市管理局、县交通运输局；完成时限：2025年11月底前）", ["县城市管理局", "县交通运输局"], "2025年11月底前"),
   ]),
   ("（二）市生态环境局蔚川分局牵头（2项）", ["市生态环境局蔚川分局"], [
     ("打好蓝天保卫战。城区空气质量优良天数比例达到92%以上。",
      "（配合单位：县工业和信息化局、县住房和城乡建设局、县公安局）", ["县工业和信息化局", "县住房和城乡建设局", "县公安局"], None),
     ("深化河湖长制。国省控断面水质优良率保持100%。",
      "（配合单位：县水利局、县农业农村局，各乡镇人民政府）", ["县水利局", "县农业农村局", "各乡镇人民政府"], None),
   ]),
   ("（三）县应急管理局牵头（1项）", ["县应急管理局"], [
     ("守牢安全生产底线。深入开展安全生产治本攻坚三年行动，坚决遏制较大以上事故发生。",
      "（配合单位：县安委会各成员单位）", ["县安委会各成员单位"], None),
   ]),
 ]),
]

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"


def run(p, text, font=FS, size=16, bold=False, color=None):
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.font.bold = bold
    r.font.name = font
    r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if color:
        from docx.shared import RGBColor
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def para(doc, text="", font=FS, size=16, bold=False, align=None, indent=True, color=None):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        pf.alignment = align
    if text:
        run(p, text, font, size, bold, color)
    return p


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    cp = doc.core_properties
    cp.author = "蔚川县人民政府办公室"
    cp.last_modified_by = "蔚川县人民政府办公室"
    cp.title = "关于印发2025年政府工作报告重点工作任务分解方案的通知"
    cp.created = datetime.datetime(2025, 2, 20, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 2, 20, 9, 0, 0)
    cp.revision = 1

    C = WD_ALIGN_PARAGRAPH.CENTER
    para(doc, "蔚川县人民政府办公室文件", "方正小标宋简体", 36, align=C, indent=False, color="FF0000")
    para(doc, "")
    para(doc, "蔚政办发〔2025〕6号", align=C, indent=False)
    para(doc, "")
    para(doc, "蔚川县人民政府办公室", "方正小标宋简体", 22, align=C, indent=False)
    para(doc, "关于印发2025年《政府工作报告》重点工作", "方正小标宋简体", 22, align=C, indent=False)
    para(doc, "任务分解方案的通知", "方正小标宋简体", 22, align=C, indent=False)
    para(doc, "")
    para(doc, "各乡镇人民政府，县政府各部门，县直及驻县各单位：", indent=False)
    para(doc, "经县政府同意，现将《2025年〈政府工作报告〉重点工作任务分解方案》印发给你们，并就有关事项通知如下，请认真抓好落实。")
    p = para(doc)
    run(p, "一、明确责任分工。", HT)
    run(p, "方案按照“县领导—牵头单位”两级归口编排：每个部分标题所列县领导为该部分各项任务的责任县领导；每个部分下“（一）”“（二）”等小标题所列单位为其下各项任务的牵头单位，小标题列有两个单位的共同牵头；各项任务后括号内所列为配合单位，未列配合单位的由牵头单位独立完成。")
    p = para(doc)
    run(p, "二、强化协同配合。", HT)
    run(p, "牵头单位要对所牵头任务负总责，制定具体推进措施；配合单位要主动对接、积极支持，形成工作合力。")
    p = para(doc)
    run(p, "三、加强督查调度。", HT)
    run(p, "各牵头单位于每季度末月25日前将任务推进情况报县政府督查室（联系人：孙　丽，电话：6623015），县政府督查室将定期调度通报。")
    para(doc, "")
    para(doc, "附件：2025年《政府工作报告》重点工作任务分解方案", indent=True)
    para(doc, "")
    para(doc, "")
    R = WD_ALIGN_PARAGRAPH.RIGHT
    p = para(doc, "蔚川县人民政府办公室", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2025年2月20日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）")
    doc.add_page_break()

    para(doc, "附件", HT, indent=False)
    para(doc, "")
    para(doc, "2025年《政府工作报告》重点工作任务分解方案", "方正小标宋简体", 22, align=C, indent=False)
    para(doc, "")
    n = 0
    gold = []
    for head, leaders, subs in S:
        para(doc, head, HT)
        for sub, leads, tasks in subs:
            para(doc, sub, KT, bold=True)
            for text, br, helpers, dl in tasks:
                n += 1
                marker = f"{n}．"
                p = para(doc)
                title, rest = text.split("。", 1)
                run(p, marker + title + "。", bold=True)
                run(p, rest)
                if br:
                    run(p, br, KT)
                gold.append({
                    "id": str(n), "marker": marker, "head": text[:12],
                    "responsible_units": leads + helpers,
                    "lead_units": list(leads), "cooperating_units": list(helpers),
                    "leaders": list(leaders), "deadline": dl,
                })
    para(doc, "")
    p = para(doc, "抄送：县委办公室，县人大常委会办公室，县政协办公室。", size=14, indent=False)
    p = para(doc, "蔚川县人民政府办公室　　　　　　　　2025年2月20日印发", size=14, indent=False)

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so the bytes are the same every run
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, (2025, 2, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    with open(NAME + ".docx", "wb") as f:
        f.write(out.getvalue())
    with open(NAME + ".tasks.gold.jsonl", "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(n, "tasks")


if __name__ == "__main__":
    build()
