# -*- coding: utf-8 -*-
"""Round 96 / notice 494: a 县政府办 Word notice whose task brackets name the lead
by wording rather than by order or a 牵头 label: 为主, 统筹, 牵头抓总, 主抓, and lead
units printed after their helpers (B、C配合A…, B协助A…, B在A统筹下…)."""
import os
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.shared import Pt, Cm, RGBColor

NAME = "494_qingyan_xian_minsheng_fengong_weizhu_tongchou.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

st = doc.styles["Normal"]
st.font.name = "仿宋_GB2312"
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = Pt(28.95)


def run(p, text, font=None, size=None, bold=False, color=None):
    r = p.add_run(text)
    if font:
        r.font.name = font
        rpr = r._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.insert(0, rf)
        rf.set(qn("w:eastAsia"), font)
        rf.set(qn("w:ascii"), font)
        rf.set(qn("w:hAnsi"), font)
    if size:
        r.font.size = Pt(size)
    if bold:
        r.bold = True
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def para(text="", font=None, size=None, indent=True, align=None, bold=False, color=None):
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    if text:
        run(p, text, font, size, bold, color)
    return p


def red_rule():
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "18")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "FF0000")
    bdr.append(b)
    pPr.append(bdr)


# ---- 版头 ----
para("箐岩县人民政府办公室文件", "方正小标宋简体", 42, indent=False,
     align=WD_ALIGN_PARAGRAPH.CENTER, color="FF0000")
para("", indent=False)
para("箐政办发〔2025〕5号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
red_rule()
para("", indent=False)
para("箐岩县人民政府办公室", "方正小标宋简体", 22, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
para("关于印发《箐岩县2025年重点民生工作任务", "方正小标宋简体", 22, indent=False,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para("及责任分工》的通知", "方正小标宋简体", 22, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
para("", indent=False)
para("各乡镇人民政府，县政府各部门、各直属机构，驻箐各单位：", indent=False)
para("《箐岩县2025年重点民生工作任务及责任分工》已经县人民政府同意，现印发给你们，"
     "请结合实际认真抓好落实。现就有关事项通知如下：")
para("一、压紧压实责任。", "黑体", indent=True)
p = doc.paragraphs[-1]
run(p, "各项任务括号内所列单位为责任单位。牵头抓总、为主、统筹或主抓的单位要切实履行牵头职责，"
    "制定具体工作方案，明确时间表、路线图和责任人；其他单位要按照各自职能主动对接、积极配合，"
    "不推不拖，形成工作合力。分管县领导要加强调度，及时协调解决工作推进中的重大问题。")
para("二、强化调度督办。", "黑体", indent=True)
p = doc.paragraphs[-1]
run(p, "各牵头单位要于每季度末月25日前将任务推进情况报县政府督查室，"
    "县政府督查室将定期开展督查，督查结果纳入年度综合目标考核。")
para("三、做好宣传引导。", "黑体", indent=True)
p = doc.paragraphs[-1]
run(p, "各责任单位要及时总结推广好的经验做法，主动回应群众关切，营造良好社会氛围。")
para("")
para("附件：箐岩县2025年重点民生工作任务及责任分工")
para("")
para("")
para("箐岩县人民政府办公室", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
para("2025年3月4日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
para("（此件公开发布）")

# ---- 附件 ----
p = para("", indent=False)
p.add_run().add_break(WD_BREAK.PAGE)
para("附件", "黑体", indent=False)
para("", indent=False)
para("箐岩县2025年重点民生工作任务及责任分工", "方正小标宋简体", 22, indent=False,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para("", indent=False)

PARTS = [
    ("一、全力稳就业促增收（分管县领导：韦立新）", [
        ("1．", "实施重点群体就业帮扶行动。", "全年城镇新增就业2600人以上，城镇调查失业率控制在5.5%以内，零就业家庭动态清零。",
         "（县人社局牵头抓总，县教育局、县农业农村局、县退役军人事务局按职责分工负责）"),
        ("2．", "开展高校毕业生留箐返箐就业专项行动。", "开发基层服务岗位不少于120个，离校未就业高校毕业生帮扶就业率保持在90%以上。",
         "（县教育局、团县委配合县人社局负责）"),
        ("3．", "推进农村劳动力转移就业。", "新增农村劳动力转移就业4500人，新建就业帮扶车间8个，脱贫劳动力务工规模稳定在2.1万人以上。",
         "（以县农业农村局为主，县人社局、各乡镇配合）"),
        ("4．", "落实创业担保贷款政策。", "全年发放创业担保贷款8000万元以上，扶持创业600人，带动就业1800人。",
         "（县财政局、县就业服务中心协助县人社局抓好落实）"),
        ("5．", "深入开展根治欠薪专项行动。", "确保政府投资项目和国有企业项目不发生拖欠农民工工资问题。",
         "（县人社局牵头，县住建局、县交通运输局、县水利局配合）"),
    ]),
    ("二、办好人民满意教育（分管县领导：蒙晓燕）", [
        ("6．", "扩充城区优质学位供给。", "新建改扩建城区中小学、幼儿园4所，新增学位2200个，有效化解城区“大班额”问题。",
         "（县教育局为主，县发改局、县自然资源局、县住建局配合）"),
        ("7．", "实施农村薄弱学校改善提升工程。", "改造农村学校旱厕、食堂、宿舍等设施35处，配齐配强乡村学校音体美教师。",
         "（县教育局负责）"),
        ("8．", "落实学生资助政策。", "确保家庭经济困难学生资助全覆盖，做到应助尽助、精准资助。",
         "（县财政局、县民政局配合县教育局落实）"),
        ("9．", "加强校园及周边安全综合治理。", "推进“护学岗”和校园“一键报警”全覆盖，开展校园周边食品安全和交通秩序专项整治。",
         "（在县委政法委统筹下，县教育局、县公安局、县市场监管局按职责分工负责）"),
        ("10．", "推进县职业教育中心产教融合实训基地建设。", "与县内企业共建订单班6个，年内实训基地一期投入使用。",
         "（县教育局为主、县工信局配合，县人社局参与）"),
    ]),
    ("三、提升医疗卫生服务水平（分管县领导：蒙晓燕）", [
        ("11．", "推进紧密型县域医共体建设。", "县域内就诊率达到90%以上，基层医疗卫生机构诊疗量占比提高到65%。",
         "（县卫健局统筹，县医保局、县财政局、县人民医院按职责分工负责）"),
        ("12．", "加快县中医医院门诊综合楼建设。", "年内完成主体工程并启动内部装修。",
         "（县卫健局、县发改局协助县中医医院实施）"),
        ("13．", "巩固提升基层医疗卫生服务能力。", "推动8个乡镇卫生院达到“优质服务基层行”推荐标准，村卫生室标准化建设达标率保持100%。",
         "（县卫健局负责）"),
        ("14．", "深化医保支付方式改革。", "全面推行按病组（DRG）付费，规范使用医保基金，开展定点医药机构专项检查。",
         "（县医保局牵头，县卫健局配合）"),
        ("15．", "加强药品和医疗器械使用质量监管。", "开展医疗机构药品、耗材使用专项检查，严厉打击欺诈骗保行为。",
         "（县市场监管局、县医保局按职责分工负责，县卫健局统筹协调）"),
    ]),
    ("四、兜牢基本民生底线（分管县领导：韦立新）", [
        ("16．", "提高城乡低保保障水平。", "城市、农村低保月人均标准分别提高到720元、540元，做到按标施保、应保尽保。",
         "（县民政局负责，县财政局做好资金保障）"),
        ("17．", "完善县乡村三级养老服务网络。", "建成县级综合养老服务中心1个、乡镇区域养老服务中心3个，发展老年助餐点20个。",
         "（县民政局为主，县发改局、县财政局、县卫健局、各乡镇配合）"),
        ("18．", "做好残疾人两项补贴发放。", "按时足额发放困难残疾人生活补贴和重度残疾人护理补贴，实现动态管理。",
         "（县财政局配合县残联、县民政局落实）"),
        ("19．", "推进城镇老旧小区改造。", "改造老旧小区26个、惠及居民2100户，同步完善水电气管网和适老化设施。",
         "（县住建局主抓，县城管局、城关镇、县供电公司配合）"),
        ("20．", "加强退役军人服务保障。", "及时足额发放优抚对象抚恤补助，走访慰问重点优抚对象不少于600人次。",
         "（县退役军人事务局负责）"),
    ]),
    ("五、改善城乡人居环境（分管县领导：杨海峰）", [
        ("21．", "实施农村人居环境整治提升行动。", "农村卫生厕所普及率达到80%，农村生活垃圾收运处置体系行政村覆盖率保持100%。",
         "（县农业农村局牵头抓总，县卫健局、县生态环境局、各乡镇按职责分工负责）"),
        ("22．", "推进城乡供水一体化。", "新建改造农村供水工程15处，农村自来水普及率达到93%。",
         "（县水利局为主，各乡镇配合）"),
        ("23．", "推行城区生活垃圾分类。", "建成城区垃圾分类收集点60个，公共机构生活垃圾分类实现全覆盖。",
         "（县城管局统筹，城关镇、县住建局、县商务局按职责分工负责）"),
        ("24．", "提升农村公路通行条件。", "改造提升农村公路60公里，完成危桥改造5座，新增通客车村民小组30个。",
         "（各乡镇配合县交通运输局实施）"),
        ("25．", "巩固空气质量改善成效。", "城区空气质量优良天数比例保持在96%以上，加强扬尘、机动车尾气和餐饮油烟治理。",
         "（县生态环境局为主，县住建局、县交通运输局、县公安局、县城管局按职责分工负责）"),
    ]),
    ("六、维护社会安全稳定（分管县领导：石志刚）", [
        ("26．", "深入开展安全生产治本攻坚三年行动。", "全年不发生较大及以上生产安全事故，事故起数和死亡人数实现“双下降”。",
         "（县应急管理局统筹，县安委会各成员单位按职责分工负责）"),
        ("27．", "推进食品安全“两个责任”落实。", "完成食品安全抽检1200批次，包保干部督导任务完成率100%。",
         "（县市场监管局负责，各乡镇落实属地责任）"),
        ("28．", "深化信访工作法治化。", "开展信访积案化解攻坚，初次信访事项一次性化解率达到90%以上。",
         "（县信访局、各乡镇在县委政法委统筹下按职责分工负责）"),
        ("29．", "完善矛盾纠纷多元化解机制。", "推进乡镇“一站式”矛盾纠纷调解中心建设，实现乡镇全覆盖。",
         "（县司法局为主，县人民法院、各乡镇协助）"),
        ("30．", "抓好防汛抗旱和地质灾害防治。", "完成12处地质灾害隐患点综合治理，修订完善各级防汛抗旱应急预案。",
         "（县应急管理局牵头，县自然资源局、县水利局、县气象局配合）"),
    ]),
]

for heading, tasks in PARTS:
    para(heading, "黑体")
    for num, title, body, clause in tasks:
        p = para()
        run(p, num)
        run(p, title, bold=True)
        run(p, body)
        run(p, clause, "楷体_GB2312")

# ---- 版记 ----
para("")
para("")
t = doc.add_table(rows=2, cols=1)
c0 = t.rows[0].cells[0]
c0.paragraphs[0].add_run("抄送：县委办公室，县人大常委会办公室，县政协办公室。").font.size = Pt(14)
c1 = t.rows[1].cells[0]
c1.paragraphs[0].add_run("箐岩县人民政府办公室　　　　　　　　　2025年3月4日印发").font.size = Pt(14)
tblPr = t._tbl.tblPr
borders = OxmlElement("w:tblBorders")
for side, val in (("top", "single"), ("bottom", "single"), ("insideH", "single"),
                  ("left", "nil"), ("right", "nil"), ("insideV", "nil")):
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), val)
    if val != "nil":
        e.set(qn("w:sz"), "8")
        e.set(qn("w:color"), "000000")
    borders.append(e)
tblPr.append(borders)

doc.save(OUT)
print(OUT)
