#!/usr/bin/python3
"""Generator for round 141, case 720.

Writes a 县政府办公室 red-header Word notice whose landscape 附件 is a
重点任务分解及推进计划 table laid out by time nodes: each task's 序号 / 重点任务 /
责任县领导 / 牵头单位 / 配合单位 cells are merged down (w:vMerge) over 1-5 rows of
`时间节点 | 节点目标` (the 推进计划 sub-columns of a two-row header), and the cover
says the last time node is the task's 完成时限.  Also writes the gold list.

Run: /usr/bin/python3 make_720.py   (deterministic: same bytes every run)
"""
import datetime
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = os.path.join(HERE, "720_songyang_xian_gzbg_zhongdian_renwu_tuijin_jihua.docx")
GOLD = os.path.join(HERE, "720.tasks.gold.jsonl")

COUNTY = "崧阳县"
ISSUER = "崧阳县人民政府办公室"
WENHAO = "崧政办发〔2025〕7号"
DATE = "2025年2月26日"
FIXED_DT = datetime.datetime(2025, 2, 26, 9, 30, 0)

# ---------------------------------------------------------------------------
# The structured description of the tasks.
#   leaders: printed forms; leader_sep "para" (one paragraph each) or "、"
#   lead / coop: unit lists; lead_sep / coop_sep: "、" (default) or "para";
#   coop_print: literal cell text overriding the list ("/" or "" for none);
#   coop_seps: explicit separators between coop units (an irregular "，");
#   leader_merge_next: the leader cell is one merged cell over this task and
#   the next (the next task's leaders must be the same).
#   nodes: (时间节点, 节点目标); the last node is the deadline (cover rule).
# ---------------------------------------------------------------------------
PARTS = [
    ("一、扩大有效投资，稳住经济基本盘", [
        dict(id=1, text="全力扩大有效投资。坚持“项目为王”，全年实施县级重点项目126个、完成投资156亿元以上，其中新开工项目60个以上。",
             leaders=["周建华", "陈立军"], leader_sep="para",
             lead=["县发展和改革局"],
             coop=["县财政局", "县自然资源局", "县住房和城乡建设局", "各乡镇人民政府"],
             nodes=[("3月底前", "一季度重点项目集中开工，完成投资30亿元"),
                    ("6月底前", "新开工项目35个以上，累计完成投资80亿元"),
                    ("9月底前", "累计完成投资120亿元"),
                    ("12月底前", "完成全年投资目标任务")]),
        dict(id=2, text="狠抓招商引资。紧盯新能源、新材料、农产品精深加工等主导产业开展精准招商，全年引进亿元以上项目40个、到位资金80亿元以上。",
             leaders=["周建华"], lead=["县投资促进中心"],
             coop=["崧阳经济开发区管委会", "县商务局", "各乡镇人民政府"],
             nodes=[("一季度", "引进亿元以上项目8个"),
                    ("二季度", "累计引进20个，到位资金40亿元"),
                    ("三季度", "累计引进30个"),
                    ("四季度", "完成全年目标任务")]),
        dict(id=3, text="积极争取上级资金支持。抢抓超长期特别国债、中央预算内投资等政策机遇，全年争取上级各类资金45亿元以上。",
             leaders=["陈立军"], lead=["县发展和改革局", "县财政局"],
             coop=["县直有关单位"],
             nodes=[("4月底前", "完成项目储备和申报"),
                    ("6月底前", "争取上级资金25亿元"),
                    ("12月底前", "争取上级资金45亿元以上")]),
        dict(id=4, text="促进消费提质扩容。落实消费品以旧换新政策，举办“惠购崧阳”等促消费活动20场次以上，社会消费品零售总额增长6%。",
             leaders=["马　骏"], lead=["县商务局"],
             coop=["县财政局", "县文化广电和旅游局", "县市场监督管理局"], coop_seps=["，", "、"],
             nodes=[("3月底前", "制定全年促消费活动方案"),
                    ("6月底前", "开展促消费活动10场次"),
                    ("10月底前", "开展促消费活动20场次以上"),
                    ("12月底前", "社会消费品零售总额增长6%")]),
        dict(id=5, text="培育壮大经营主体。全年新增经营主体5000户以上，新增“个转企”120户、“小升规”企业30户。",
             leaders=["马　骏"], lead=["县市场监督管理局"],
             coop=["县工业和信息化局", "县商务局", "国家税务总局崧阳县税务局"],
             nodes=[("6月底前", "新增经营主体2500户"),
                    ("12月底前", "完成全年目标任务")]),
        dict(id=6, text="加强经济运行监测调度。健全重点指标月调度、季分析机制，及时研判解决经济运行中的突出问题。",
             leaders=["陈立军"], lead=["县统计局"],
             coop=["县发展和改革局", "县财政局"],
             nodes=[("每月10日前", "召开重点经济指标调度会"),
                    ("每季度末", "形成经济运行分析报告"),
                    ("12月底前", "完成年度统计数据质量核查")]),
    ]),
    ("二、坚持工业强县，壮大实体经济", [
        dict(id=7, text="推动开发区扩区调位。完成崧阳经济开发区扩区调位报批，新建标准化厂房20万平方米，园区规上工业产值突破200亿元。",
             leaders=["孙德明"], lead=["崧阳经济开发区管委会"],
             coop=["县自然资源局", "县发展和改革局", "县住房和城乡建设局"],
             nodes=[("3月底前", "完成扩区调位方案编制"),
                    ("6月底前", "方案按程序上报审批"),
                    ("9月底前", "新建标准化厂房12万平方米"),
                    ("12月底前", "完成全年目标任务")]),
        dict(id=8, text="实施规上工业企业倍增行动。新增规上工业企业25家，规上工业增加值增长8.5%。",
             leaders=["孙德明"], lead=["县工业和信息化局"],
             coop=["县统计局", "县财政局", "各乡镇人民政府"],
             nodes=[("一季度", "建立入规企业培育库"),
                    ("上半年", "新增规上工业企业12家"),
                    ("三季度", "累计新增20家"),
                    ("四季度", "完成全年目标任务")]),
        dict(id=9, text="推进企业技术改造和数字化转型。实施技改项目30个，新建省级数字化车间（智能工厂）5个。",
             leaders=["孙德明"], lead=["县工业和信息化局"],
             coop=["县科学技术局"],
             nodes=[("5月底前", "组织申报省级数字化车间"),
                    ("10月底前", "完成技改项目入库"),
                    ("12月底前", "完成全年目标任务")]),
        dict(id=10, text="提升科技创新能力。新增高新技术企业15家、科技型中小企业60家，全社会研发投入强度达到1.8%。",
             leaders=["刘晓燕"], lead=["县科学技术局"],
             coop=["县财政局", "县统计局", "崧阳经济开发区管委会"],
             nodes=[("4月底前", "完成科技型中小企业评价入库"),
                    ("7月底前", "组织高新技术企业申报"),
                    ("12月底前", "完成全年目标任务")]),
        dict(id=11, text="强化电力要素保障。建成110千伏城东变电站，保障重点项目建设和企业生产用电需求。",
             leaders=["陈立军"], lead=["国网崧阳县供电公司"],
             coop=["县自然资源局", "县发展和改革局"],
             nodes=[("6月底前", "完成变电站主体工程"),
                    ("9月底前", "变电站建成投运")]),
    ]),
    ("三、全面推进乡村振兴，加快农业农村现代化", [
        dict(id=12, text="稳定粮食生产。全年粮食播种面积稳定在68万亩以上、总产量稳定在5.6亿斤以上。",
             leaders=["王　勇"], leader_merge_next=True, lead=["县农业农村局"],
             coop=["各乡镇人民政府"],
             nodes=[("3月底前", "落实春播面积"),
                    ("6月底前", "完成夏粮收获"),
                    ("10月底前", "完成秋粮收获")]),
        dict(id=13, text="推进高标准农田建设。新建和改造提升高标准农田3.2万亩，同步发展高效节水灌溉。",
             leaders=["王　勇"], lead=["县农业农村局"],
             coop=["县财政局", "县水利局", "县自然资源局"],
             nodes=[("3月底前", "完成项目初步设计批复"),
                    ("5月底前", "完成项目招投标"),
                    ("11月底前", "完成建设任务"),
                    ("12月底前", "配合省农业农村厅完成项目验收")]),
        dict(id=14, text="巩固拓展脱贫攻坚成果。健全防止返贫致贫监测和帮扶机制，脱贫人口人均纯收入增长10%以上。",
             leaders=["王　勇"], lead=["县农业农村局"],
             coop=["县人力资源和社会保障局", "县医疗保障局", "县教育体育局", "各乡镇人民政府"],
             nodes=[("每月", "开展防止返贫致贫动态监测"),
                    ("6月底前", "完成年中集中排查"),
                    ("12月底前", "完成全年目标任务")]),
        dict(id=15, text="深入推进和美乡村建设。建成省级和美乡村示范村10个，农村卫生厕所普及率达到90%。",
             leaders=["王　勇"], lead=["县农业农村局"],
             coop=["县住房和城乡建设局", "市生态环境局崧阳分局", "县城市管理局"],
             nodes=[("一季度", "确定示范村创建名单"),
                    ("二季度", "示范村项目全面开工"),
                    ("三季度", "完成农村改厕年度任务"),
                    ("四季度", "完成全年目标任务")]),
        dict(id=16, text="实施水利基础设施补短板工程。推进崧河综合治理二期工程，完成病险水库除险加固4座。",
             leaders=["王　勇"], lead=["县水利局"],
             coop=["县发展和改革局", "县财政局"],
             nodes=[("4月底前", "完成汛前应急度汛任务"),
                    ("8月底前", "完成病险水库除险加固主体工程"),
                    ("12月底前", "完成全年目标任务")]),
    ]),
    ("四、推进城市更新，提升城市品质", [
        dict(id=17, text="实施城镇老旧小区改造。改造老旧小区32个、惠及居民5800户，加装电梯20部。",
             leaders=["刘晓燕"], lead=["县住房和城乡建设局"],
             coop=["县财政局", "县城市管理局", "国网崧阳县供电公司"],
             nodes=[("3月底前", "完成项目立项和设计"),
                    ("6月底前", "改造项目全面开工"),
                    ("11月底前", "完成改造任务"),
                    ("12月底前", "配合省住房和城乡建设厅完成年度考核验收")]),
        dict(id=18, text="完善城市路网。打通城区断头路6条，新建改造城市道路12公里。",
             leaders=["刘晓燕"], lead=["县住房和城乡建设局"],
             coop=["县自然资源局", "县交通运输局", "县公安局"],
             nodes=[("6月底前", "全部开工建设"),
                    ("12月底前", "完成建设任务")]),
        dict(id=19, text="提升城市精细化管理水平。深化“街长制”，新增公共停车泊位1500个，改造提升背街小巷30条。",
             leaders=["刘晓燕"], lead=["县城市管理局"],
             coop=["县公安局", "县住房和城乡建设局"],
             nodes=[("一季度", "制定背街小巷改造计划"),
                    ("二季度", "新增停车泊位800个"),
                    ("三季度", "完成背街小巷改造20条"),
                    ("四季度", "完成全年目标任务")]),
        dict(id=20, text="加快综合交通建设。推进国道345线崧阳段改线工程，完成农村公路提质改造150公里。",
             leaders=["欧阳海"], lead=["县交通运输局"],
             coop=["县自然资源局", "县林业局", "各乡镇人民政府"],
             nodes=[("3月底前", "下达农村公路建设计划"),
                    ("5月底前", "国道345线崧阳段改线工程开工"),
                    ("8月底前", "完成农村公路提质改造80公里"),
                    ("10月底前", "完成农村公路提质改造150公里"),
                    ("12月底前", "完成全年目标任务")]),
    ]),
    ("五、深化生态文明建设，筑牢生态屏障", [
        dict(id=21, text="深入打好蓝天保卫战。PM2.5平均浓度控制在35微克/立方米以下，空气质量优良天数比率达到85%。",
             leaders=["欧阳海"], lead=["市生态环境局崧阳分局"],
             coop=["县住房和城乡建设局", "县城市管理局", "县公安局", "县工业和信息化局"],
             nodes=[("3月底前", "制定年度大气污染防治攻坚方案"),
                    ("9月底前", "完成重点行业深度治理"),
                    ("12月底前", "完成年度空气质量目标")]),
        dict(id=22, text="全面落实河湖长制。国省考断面水质达标率100%，县城集中式饮用水水源地水质达标率保持100%。",
             leaders=["欧阳海", "王　勇"], leader_sep="、",
             lead=["县水利局", "市生态环境局崧阳分局"], lead_sep="para",
             coop=["各乡镇人民政府"],
             nodes=[("一季度", "开展河湖“清四乱”专项行动"),
                    ("二季度", "完成入河排污口排查整治"),
                    ("三季度", "开展汛期水质监测"),
                    ("四季度", "完成全年目标任务")]),
        dict(id=23, text="加强森林资源保护。完成营造林2.5万亩，森林火灾受害率控制在0.9‰以内。",
             leaders=["欧阳海"], lead=["县林业局"],
             coop=["县应急管理局", "县公安局", "各乡镇人民政府"],
             nodes=[("4月底前", "完成春季造林1.2万亩"),
                    ("11月底前", "完成秋冬季造林1.3万亩"),
                    ("12月底前", "森林火灾受害率控制在0.9‰以内")]),
    ]),
    ("六、持续增进民生福祉", [
        dict(id=24, text="稳定和扩大就业。城镇新增就业4200人，农村劳动力转移就业2.5万人次，城镇调查失业率控制在5.5%以内。",
             leaders=["马　骏"], lead=["县人力资源和社会保障局"],
             coop=["县农业农村局", "县财政局", "各乡镇人民政府"],
             nodes=[("一季度", "开展“春风行动”等招聘活动10场次"),
                    ("二季度", "城镇新增就业2100人"),
                    ("三季度", "城镇新增就业3200人"),
                    ("四季度", "完成全年目标任务")]),
        dict(id=25, text="推进义务教育优质均衡发展。新建改扩建中小学、幼儿园6所，新增学位3600个，创成省级义务教育优质均衡发展县。",
             leaders=["刘晓燕"], lead=["县教育体育局"],
             coop=["县发展和改革局", "县自然资源局", "县住房和城乡建设局", "县财政局"],
             nodes=[("3月底前", "新建改扩建项目全部开工"),
                    ("8月底前", "新建学校秋季开学投入使用"),
                    ("10月底前", "迎接省级评估认定"),
                    ("12月底前", "完成全年目标任务")]),
        dict(id=26, text="深化紧密型县域医共体建设。县人民医院新院区投入使用，乡镇卫生院标准化建设达标率100%。",
             leaders=["刘晓燕"], lead=["县卫生健康局"],
             coop=["县医疗保障局", "县人民医院"],
             nodes=[("6月底前", "县人民医院新院区主体完工"),
                    ("10月底前", "新院区投入使用"),
                    ("12月底前", "完成全年目标任务")]),
        dict(id=27, text="健全养老服务体系。新建社区嵌入式养老服务中心4个，建成农村互助幸福院30个。",
             leaders=["马　骏"], lead=["县民政局"],
             coop=[], coop_print="/",
             nodes=[("6月底前", "全部开工建设"),
                    ("11月底前", "建成投入运营")]),
        dict(id=28, text="抓好安全生产和防灾减灾。深化安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。",
             leaders=["陈立军"], lead=["县应急管理局"],
             coop=["县直有关单位", "各乡镇人民政府"],
             nodes=[("全年", "常态化开展隐患排查整治，每季度开展一次督导检查")]),
    ]),
    ("七、加强政府自身建设", [
        dict(id=29, text="持续优化营商环境。深化“高效办成一件事”改革，政务服务事项“一网通办”率达到95%以上。",
             leaders=["周建华"], lead=["县政务服务和数据管理局"],
             coop=["县直有关单位"],
             nodes=[("4月底前", "制定年度优化营商环境工作要点"),
                    ("9月底前", "完成全省营商环境评价迎评工作"),
                    ("12月底前", "完成全年目标任务")]),
        dict(id=30, text="加快建设法治政府。严格落实重大行政决策程序规定，行政复议纠错率、行政诉讼败诉率持续下降。",
             leaders=["陈立军"], lead=["县司法局"],
             coop=[], coop_print="",
             nodes=[("6月底前", "完成年度规范性文件清理"),
                    ("12月底前", "完成法治政府建设年度报告")]),
    ]),
]

COVER = [
    ("", "《2025年崧阳县人民政府工作报告》已经县第十八届人民代表大会第五次会议审议通过。为确保报告确定的各项目标任务落到实处，经县人民政府同意，现将《2025年县政府工作报告重点任务分解及推进计划》印发给你们，并就有关事项通知如下。"),
    ("一、压紧压实工作责任。", "责任县领导要加强对分管任务的统筹调度，定期听取汇报，协调解决重大问题。牵头单位为第一责任单位，对任务推进负总责，主要负责同志要亲自研究部署；牵头单位有两个的，排在第一位的为主牵头单位，其他牵头单位共同负责。配合单位要按照职责分工主动配合、积极支持，形成工作合力。"),
    ("二、严格时间节点管控。", "各牵头单位要对照推进计划，细化工作措施，倒排工期、挂图作战，确保每个时间节点的目标按期实现。推进计划中最后一个时间节点即为该项任务的完成时限。各牵头单位于每季度最后一个月的25日前将任务推进情况（电子版和加盖公章的纸质版）报县政府督查室（联系人：刘　洋，联系电话：0739-6128830）。"),
    ("三、强化督查考核问效。", "县政府督查室要建立重点任务推进台账，实行“月调度、季通报、年考核”，推进情况纳入年度高质量发展综合绩效考核。对工作推进缓慢、节点目标未按期完成的，按有关规定予以通报；情节严重的，移交有关部门严肃问责。"),
]


# ---------------------------------------------------------------------------
def split_print(units, seps, default):
    if not units:
        return ""
    seps = seps or [default] * (len(units) - 1)
    out = units[0]
    for s, u in zip(seps, units[1:]):
        out += s + u
    return out


def set_font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name if k == "w:eastAsia" else ("Times New Roman" if "GB2312" in name or name in ("黑体", "楷体_GB2312", "方正小标宋简体") else name))
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", font="仿宋_GB2312", size=16, bold=False, align=None,
         indent=True, color=None, exact=28.0, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def bottom_border(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, None), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        elif txt:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = "1"
            r._element.append(t)
    set_font(p.add_run(" —"), "宋体", 14)


def cell_text(cell, lines, size=10.5, font="仿宋_GB2312", align=WD_ALIGN_PARAGRAPH.CENTER, bold=False):
    """Write lines into a cell, one paragraph each ([] or [""] leaves it empty)."""
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        pf = p.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(15)
        if ln:
            set_font(p.add_run(ln), font, size, bold)
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


def mark_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:tblHeader"))


def build():
    doc = Document()
    cp = doc.core_properties
    cp.author = ISSUER
    cp.last_modified_by = ISSUER
    cp.title = ""
    cp.comments = ""
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 3

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    page_number_footer(sec)

    # drop the template's empty first paragraph
    body = doc.element.body
    for p in list(body.findall(qn("w:p"))):
        body.remove(p)

    # 版头
    para(doc, "", indent=False, exact=None, before=30)
    p = para(doc, ISSUER + "文件", font="方正小标宋简体", size=42, indent=False,
             align=WD_ALIGN_PARAGRAPH.CENTER, color="FF0000", exact=None, after=20)
    p = para(doc, WENHAO, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, exact=None, before=18, after=4)
    bottom_border(p)
    para(doc, "", indent=False)
    # title (two lines by a manual break)
    p = para(doc, "", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, exact=33.0)
    r = p.add_run(ISSUER + "关于印发")
    set_font(r, "方正小标宋简体", 22)
    r.add_break(WD_BREAK.LINE)
    r2 = p.add_run("《2025年县政府工作报告重点任务分解及推进计划》的通知")
    set_font(r2, "方正小标宋简体", 22)
    para(doc, "", indent=False)
    para(doc, "各乡镇人民政府，崧阳经济开发区管委会，县政府各部门、各直属机构：", indent=False)
    for lead_in, txt in COVER:
        p = para(doc)
        if lead_in:
            set_font(p.add_run(lead_in), "黑体", 16)
        set_font(p.add_run(txt), "仿宋_GB2312", 16)
    para(doc, "")
    p = para(doc)
    set_font(p.add_run("附件：2025年县政府工作报告重点任务分解及推进计划"), "仿宋_GB2312", 16)
    para(doc, "")
    para(doc, "")
    para(doc, ISSUER, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(64)
    para(doc, DATE, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）")

    # 附件: landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    sec2.top_margin, sec2.bottom_margin = Cm(2.6), Cm(2.4)
    sec2.left_margin, sec2.right_margin = Cm(2.0), Cm(2.0)
    para(doc, "附件", font="黑体", size=16, indent=False)
    para(doc, "")
    para(doc, "2025年县政府工作报告重点任务分解及推进计划", font="方正小标宋简体", size=22,
         indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, exact=33.0, after=12)

    widths = [Cm(1.2), Cm(7.0), Cm(2.0), Cm(3.0), Cm(4.5), Cm(2.2), Cm(5.8)]
    ncol = len(widths)
    nrows = 2 + sum(1 + sum(len(t["nodes"]) for t in tasks) for _, tasks in PARTS)
    table = doc.add_table(rows=nrows, cols=ncol)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in table.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)

    # two-row header
    hdr = ["序号", "重点任务", "责任县领导", "牵头单位", "配合单位"]
    for i, h in enumerate(hdr):
        cell_text(table.cell(0, i), [h], size=11, font="黑体")
    cell_text(table.cell(0, 5), ["推进计划"], size=11, font="黑体")
    cell_text(table.cell(1, 5), ["时间节点"], size=11, font="黑体")
    cell_text(table.cell(1, 6), ["节点目标"], size=11, font="黑体")
    for i in range(5):
        table.cell(0, i).merge(table.cell(1, i))
    table.cell(0, 5).merge(table.cell(0, 6))
    mark_header(table.rows[0])
    mark_header(table.rows[1])

    r = 2
    pending_leader = None  # (start_row) of a leader cell to merge over the next task
    gold = []
    for title, tasks in PARTS:
        n = len(tasks)
        cell_text(table.cell(r, 0), [f"{title}（{n}项）"], size=11, font="黑体",
                  align=WD_ALIGN_PARAGRAPH.LEFT)
        table.cell(r, 0).merge(table.cell(r, ncol - 1))
        r += 1
        for t in tasks:
            k = len(t["nodes"])
            top, bot = r, r + k - 1
            cell_text(table.cell(top, 0), [str(t["id"])])
            cell_text(table.cell(top, 1), [t["text"]], align=WD_ALIGN_PARAGRAPH.LEFT)
            # leaders
            if pending_leader is None:
                if t.get("leader_sep", "para") == "para":
                    cell_text(table.cell(top, 2), t["leaders"])
                else:
                    cell_text(table.cell(top, 2), [t["leader_sep"].join(t["leaders"])])
            # lead units
            if t.get("lead_sep") == "para":
                cell_text(table.cell(top, 3), t["lead"])
            else:
                cell_text(table.cell(top, 3), ["、".join(t["lead"])])
            # cooperating units
            if "coop_print" in t:
                cell_text(table.cell(top, 4), [t["coop_print"]])
            else:
                cell_text(table.cell(top, 4), [split_print(t["coop"], t.get("coop_seps"), "、")])
            for j, (when, goal) in enumerate(t["nodes"]):
                cell_text(table.cell(top + j, 5), [when])
                cell_text(table.cell(top + j, 6), [goal], align=WD_ALIGN_PARAGRAPH.LEFT)
            if k > 1:
                for c in (0, 1, 3, 4):
                    table.cell(top, c).merge(table.cell(bot, c))
            if pending_leader is not None:
                table.cell(pending_leader, 2).merge(table.cell(bot, 2))
                pending_leader = None
            elif t.get("leader_merge_next"):
                pending_leader = top
            elif k > 1:
                table.cell(top, 2).merge(table.cell(bot, 2))
            r = bot + 1

            gold.append(dict(
                id=str(t["id"]),
                marker=str(t["id"]),
                head="".join(t["text"].split())[:12],
                responsible_units=list(t["lead"]) + list(t["coop"]),
                lead_units=list(t["lead"]),
                cooperating_units=list(t["coop"]),
                leaders=["".join(x.split()).replace("\u3000", "") for x in t["leaders"]],
                deadline=t["nodes"][-1][0],
            ))
    assert r == nrows, (r, nrows)

    p = para(doc, "", indent=False, exact=20.0, before=6)
    set_font(p.add_run("注：1．推进计划中最后一个时间节点为该项任务的完成时限。"), "楷体_GB2312", 12)
    p = para(doc, "", indent=False, exact=20.0)
    set_font(p.add_run("　　2．牵头单位有两个的，排在第一位的为主牵头单位。"), "楷体_GB2312", 12)

    # 版记 on a portrait last page
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    sec3.top_margin, sec3.bottom_margin = Cm(3.7), Cm(3.5)
    sec3.left_margin, sec3.right_margin = Cm(2.8), Cm(2.6)
    for _ in range(14):
        para(doc, "", indent=False)
    bj = doc.add_table(rows=2, cols=1)
    tblpr = bj._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side, sz in (("top", 12), ("bottom", 12), ("insideH", 6)):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblpr.append(borders)
    c = bj.cell(0, 0)
    c.paragraphs[0].paragraph_format.left_indent = Pt(14)
    set_font(c.paragraphs[0].add_run("抄送：县委办公室，县人大常委会办公室，县政协办公室，县纪委监委机关。"), "仿宋_GB2312", 14)
    c = bj.cell(1, 0)
    c.paragraphs[0].paragraph_format.left_indent = Pt(14)
    set_font(c.paragraphs[0].add_run(ISSUER + "　　　　　　　　　　" + DATE + "印发"), "仿宋_GB2312", 14)

    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue(), gold


def normalise_zip(data):
    """Rewrite the package with fixed timestamps and a fixed member order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        names = src.namelist()
        order = ["[Content_Types].xml"] + sorted(n for n in names if n != "[Content_Types].xml")
        for n in order:
            zi = zipfile.ZipInfo(n, date_time=(2025, 2, 26, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(n))
    return out.getvalue()


def main():
    data, gold = build()
    data = normalise_zip(data)
    with open(NOTICE, "wb") as f:
        f.write(data)
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {os.path.basename(NOTICE)} ({len(data)} bytes), {len(gold)} tasks")


if __name__ == "__main__":
    main()
