# -*- coding: utf-8 -*-
"""Generate round52 notice 310: county government notice, task list as body paragraphs in the 附件."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "310_zhechuan_zhengfu_gongzuo_baogao.docx")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

doc = Document()
sec = doc.sections[0]
sec.page_height = Cm(29.7)
sec.page_width = Cm(21.0)
sec.top_margin = Cm(3.7)
sec.bottom_margin = Cm(3.5)
sec.left_margin = Cm(2.8)
sec.right_margin = Cm(2.6)

st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if color:
        run.font.color.rgb = RGBColor(*color)
    return run


def para(text="", name=FS, size=16, bold=False, align=None, indent=True, color=None, line=28):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    if text:
        font(p.add_run(text), name, size, bold, color)
    return p


def border(p, side="bottom", color="FF0000", sz="12"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


# ---------------- 版头 ----------------
para("柘川县人民政府文件", XBS, 48, False, WD_ALIGN_PARAGRAPH.CENTER, False, (255, 0, 0), line=60)
para("", indent=False)
p = para("柘政发〔2026〕4号", FS, 16, False, WD_ALIGN_PARAGRAPH.CENTER, False)
border(p)
para("", indent=False)

# ---------------- 主体 ----------------
para("柘川县人民政府", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, False, line=36)
para("关于分解落实2026年《政府工作报告》目标任务的通知", XBS, 22, False,
     WD_ALIGN_PARAGRAPH.CENTER, False, line=36)
para("", indent=False)
para("各乡镇人民政府，县人民政府各部门，县直有关单位：", indent=False)

body = [
    "2026年是“十五五”规划开局之年。为确保县十八届人大六次会议审议通过的《政府工作报告》"
    "确定的各项目标任务落到实处，经县人民政府研究，现将有关目标任务分解落实到县政府领导和"
    "责任单位（详见附件），并就有关事项通知如下。",
]
for t in body:
    para(t)

reqs = [
    ("一、提高思想认识。", "《政府工作报告》是县人民政府向全县人民作出的庄严承诺。各乡镇、各部门要把抓好"
     "目标任务落实作为践行为民宗旨、转变工作作风的具体行动，切实增强责任感和紧迫感。"),
    ("二、压实工作责任。", "各责任领导要对分管领域的目标任务亲自部署、亲自协调。牵头单位要主动谋划、"
     "细化措施，于3月15日前制定具体工作方案，明确时间表、路线图；配合单位要积极主动做好配合工作，"
     "形成工作合力。"),
    ("三、强化督查考核。", "县政府督查室要加强跟踪督办，实行月调度、季通报、年考核。各牵头单位于每季度"
     "末月25日前将任务推进情况书面报送县政府督查室，同时报送电子文档。目标任务完成情况纳入年度"
     "综合考核，对工作不力、进度滞后的，依规依纪严肃问责。"),
]
for h, t in reqs:
    p = para()
    font(p.add_run(h), HT, 16)
    font(p.add_run(t), FS, 16)

para("")
p = para()
font(p.add_run("附件：柘川县2026年《政府工作报告》目标任务分解"), FS, 16)
para("")
para("")
p = para("柘川县人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Pt(64)
p = para("2026年2月26日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
p.paragraph_format.right_indent = Pt(64)
para("")
para("（此件公开发布）")

# page break between 正文 and 附件
p = doc.add_paragraph()
p.add_run().add_break(WD_BREAK.PAGE)

# ---------------- 附件 ----------------
para("附件", HT, 16, indent=False)
para("", indent=False)
para("柘川县2026年《政府工作报告》目标任务分解", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, False, line=36)
para("", indent=False)

# task: (text, clause, own_paragraph, soft_break_after)
S = [
    ("一、稳增长促发展，全力推动经济量质齐升", [
        ("全县地区生产总值增长6.5%左右，一般公共预算收入增长5%，规模以上工业增加值增长8%，固定资产投资增长7%，"
         "社会消费品零售总额增长6%，城乡居民人均可支配收入分别增长5.5%和7%。",
         "（责任领导：县长 周明；责任单位：县发展改革局，县统计局、县财政局、县工业和信息化局、县商务局、县农业农村局配合）",
         True, None),
        ("全年谋划储备重大项目200个以上，力争争取超长期特别国债、中央预算内投资和地方政府专项债券资金15亿元以上。",
         "（责任领导：王海涛；责任单位：县发展改革局，县财政局、县自然资源局配合）", False, None),
        ("实施县级重点项目120个，年度完成投资98亿元，新开工亿元以上项目40个，推行“要素跟着项目走”机制，保障项目用地用林需求。",
         "（责任领导：王海涛；牵头单位：县发展改革局；配合单位：县自然资源局、县林业局、县行政审批服务局、柘川经济开发区管委会）",
         False, None),
        ("落实以旧换新、消费券发放等促消费政策，办好“柘川美食季”“年货节”等促消费活动20场以上，新增限额以上商贸企业25家。",
         "（责任领导：陈国栋；责任单位：县商务局，县财政局、县市场监管局、县文化和旅游局配合）", False, None),
        ("强化财源建设，加强非税收入征管，严控一般性支出，“三保”支出足额保障，政府债务风险等级稳定在绿色区间。",
         "（责任领导：王海涛；责任单位：县财政局，县税务局、县发展改革局配合）", False, None),
    ]),
    ("二、抓项目强产业，加快构建现代化产业体系", [
        ("壮大新材料、绿色食品两大主导产业，新增规模以上工业企业15家，力争新材料产业集群产值突破120亿元。",
         "（责任领导：陈国栋；责任单位：县工业和信息化局，柘川经济开发区管委会、县发展改革局配合）", False, None),
        ("推进柘川经济开发区扩区调位，新建标准化厂房20万平方米，完成园区污水处理厂提标改造，开发区亩均税收提高10%以上。",
         "（责任领导：陈国栋；牵头单位：柘川经济开发区管委会；配合单位：县自然资源局、县住房城乡建设局、市生态环境局柘川分局）",
         True, None),
        ("实施科技型企业梯次培育行动，新认定高新技术企业12家、科技型中小企业40家，全社会研发经费投入强度达到2.1%。",
         "（责任领导：刘晓燕；责任单位：县科技局，县工业和信息化局、县财政局配合）", False, None),
        ("加快数字经济发展，新建5G基站150个，推动规模以上工业企业数字化改造全覆盖。",
         "（责任领导：陈国栋；责任单位：县工业和信息化局、县政务服务和大数据管理局）", False, None),
        ("发展全域旅游，推进云岭湖景区创建国家4A级旅游景区，全年接待游客突破600万人次、实现旅游综合收入55亿元。",
         "（责任领导：刘晓燕；责任单位：县文化和旅游局，县交通运输局、云岭湖镇人民政府配合）", False, None),
    ]),
    ("三、促振兴兴乡村，扎实推进农业农村现代化", [
        ("严守耕地保护红线，粮食播种面积稳定在62万亩以上、总产量达到26万吨，新建高标准农田3.5万亩。",
         "（责任领导：赵立新；责任单位：县农业农村局，县自然资源局、县财政局、各乡镇人民政府配合）", False, None),
        ("做强茶叶、中药材、生猪三大特色产业，新增市级以上农业产业化龙头企业5家，新认证绿色食品和农产品地理标志8个。",
         "（责任领导：赵立新；牵头单位：县农业农村局；配合单位：县市场监管局、县林业局、各乡镇人民政府）", True, None),
        ("巩固拓展脱贫攻坚成果，健全防止返贫致贫监测帮扶机制，脱贫人口人均纯收入增长10%以上，坚决守住不发生规模性返贫致贫底线。",
         "（责任领导：赵立新；责任单位：县农业农村局，县民政局、县人力资源社会保障局、县医疗保障局、各乡镇人民政府配合）",
         False, None),
        ("实施乡村建设行动，完成农村户厕改造3000户，新改建农村公路80公里，建设和美乡村示范村15个。",
         "（责任领导：赵立新、孙志强；责任单位：县农业农村局、县交通运输局牵头，县住房城乡建设局、县水利局、各乡镇人民政府配合）",
         False, None),
        ("深化农村集体产权制度改革，村级集体经济收入全部达到10万元以上，其中50万元以上的村达到30个。",
         "（责任领导：赵立新；责任单位：县农业农村局）", False, None),
    ]),
    ("四、优环境激活力，持续深化改革开放", [
        ("持续优化营商环境，深化“高效办成一件事”改革，政务服务事项全程网办率达到90%以上，开展涉企行政检查规范行动。",
         "（责任领导：王海涛；责任单位：县行政审批服务局，县政务服务和大数据管理局、县市场监管局、县司法局配合）", False, None),
        ("落实民营经济促进法，全面清理拖欠企业账款，新增经营主体6000户以上，其中企业1200户。",
         "（责任领导：王海涛；责任单位：县市场监管局，县发展改革局、县财政局、县工业和信息化局配合）", False, None),
        ("深化国有企业改革，推动县城投集团市场化转型，国有资本经营收益增长8%。",
         "（责任领导：王海涛；责任单位：县财政局（县国资中心），县发展改革局配合）", False, None),
        ("扩大对外开放，全年实际利用外资1500万美元，外贸进出口总额增长6%，招引亿元以上项目35个。",
         "（责任领导：陈国栋；责任单位：县商务局，县投资促进中心、柘川经济开发区管委会配合）", False, None),
    ]),
    ("五、惠民生增福祉，不断提升群众获得感", [
        ("坚持就业优先，城镇新增就业3200人，农村劳动力转移就业2.6万人，城镇调查失业率控制在5.5%以内；"
         "落实高校毕业生、退役军人、农民工等重点群体就业帮扶政策，新建“家门口”就业服务站10个，零就业家庭动态清零。",
         "（责任领导：孙志强；责任单位：县人力资源社会保障局，县教育局、县退役军人事务局、县农业农村局配合）", False,
         "城镇调查失业率控制在5.5%以内；"),
        ("推进城区义务教育学校扩容，建成县第三实验小学、城北中学，新增学位3600个，县域义务教育优质均衡发展通过省级评估。",
         "（责任领导：刘晓燕；责任单位：县教育局，县发展改革局、县财政局、县自然资源局、县住房城乡建设局配合）", False, None),
        ("深化紧密型县域医共体建设，县人民医院胸痛、卒中中心通过国家标准版认证，乡镇卫生院服务能力达标率100%。",
         "（责任领导：刘晓燕；责任单位：县卫生健康局，县医疗保障局配合）", False, None),
        ("健全养老服务体系，新建乡镇区域养老服务中心3个，城乡居民基础养老金按国家规定提高。",
         "（责任领导：孙志强；责任单位：县民政局，县卫生健康局、县财政局配合）", False, None),
        ("推进城市更新，改造老旧小区42个，新建城市停车位1500个，完成城区雨污分流改造12公里。",
         "（责任领导：孙志强；牵头单位：县住房城乡建设局；配合单位：县城市管理局、县自然资源局、县公安局、国网柘川县供电公司）",
         False, None),
    ]),
    ("六、守底线保安全，推进县域治理现代化", [
        ("深入打好蓝天碧水净土保卫战，PM2.5平均浓度控制在30微克/立方米以内，国省考断面水质优良率保持100%。",
         "（责任领导：赵立新；责任单位：市生态环境局柘川分局，县水利局、县农业农村局、县住房城乡建设局、各乡镇人民政府配合）",
         False, None),
        ("坚持和发展新时代“枫桥经验”，推进信访工作法治化，常态化开展扫黑除恶斗争，群众安全感满意度保持在98%以上。",
         "（责任领导：孙志强；责任单位：县公安局，县信访局、县司法局、各乡镇人民政府配合）", False, None),
        ("严格落实安全生产责任制，深化安全生产治本攻坚三年行动，生产安全事故起数和死亡人数“双下降”。",
         "（责任领导：各副县长按分工负责；责任单位：县应急管理局，县直各有关部门、各乡镇人民政府配合）", False, None),
        ("坚持政府过紧日子，“三公”经费只减不增，一般性支出压减5%以上，压减资金全部用于保民生、促发展。",
         "（责任领导：王海涛；责任单位：县财政局，县直各有关部门配合）", False, None),
    ]),
]

for heading, tasks in S:
    para(heading, HT, 16, True)
    for i, (text, clause, own, brk) in enumerate(tasks, 1):
        p = para()
        marker = "%d．" % i
        if brk:
            a, b = text.split(brk, 1)
            r = font(p.add_run(marker + a + brk), FS, 16)
            r.add_break()  # soft line break (w:br)
            font(p.add_run(b), FS, 16)
        else:
            font(p.add_run(marker + text), FS, 16)
        if own:
            font(para().add_run(clause), KT, 16)
        else:
            font(p.add_run(clause), KT, 16)

# ---------------- 版记 ----------------
para("")
para("")
p = para(indent=False)
border(p, "top", "000000", "8")
p = para("抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院，县人武部。", FS, 14, indent=False)
p.paragraph_format.left_indent = Pt(14)
border(p, "bottom", "000000", "4")
p = para("柘川县人民政府办公室                  2026年2月27日印发", FS, 14, indent=False)
p.paragraph_format.left_indent = Pt(14)
border(p, "bottom", "000000", "8")

doc.save(OUT)
print("wrote", OUT)
