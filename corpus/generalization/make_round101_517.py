#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Write 517_liwan_zhen_zhongdian_gongzuo_renwu_fenjie.docx: an ordinary 镇人民政府
red-header Word notice printing its 2025年重点工作任务分解方案 after the 落款."""
import os
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

NAME = "517_liwan_zhen_zhongdian_gongzuo_renwu_fenjie.docx"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"

doc = Document()

# ---- core properties
cp = doc.core_properties
cp.author = "党政办"
cp.last_modified_by = "党政办"
cp.title = ""
cp.comments = ""

# ---- Normal style: 仿宋_GB2312 三号, fixed 28.95pt
st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
rpr = st.element.get_or_add_rPr()
rf = rpr.find(qn("w:rFonts"))
rf.set(qn("w:eastAsia"), FS)
rf.set(qn("w:ascii"), "Times New Roman")
rf.set(qn("w:hAnsi"), "Times New Roman")
pf = st.paragraph_format
pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
pf.line_spacing = Pt(28.95)
pf.space_before = Pt(0)
pf.space_after = Pt(0)

# ---- page setup (GB/T 9704)
sec = doc.sections[0]
sec.page_width = Mm(210)
sec.page_height = Mm(297)
sec.top_margin = Mm(37)
sec.bottom_margin = Mm(35)
sec.left_margin = Mm(28)
sec.right_margin = Mm(26)
sec.header_distance = Mm(15)
sec.footer_distance = Mm(28)


def set_font(run, font, size=None, bold=None, color=None):
    run.font.name = font if font not in (FS, KT) else "Times New Roman"
    r = run._element.get_or_add_rPr()
    f = r.find(qn("w:rFonts"))
    if f is None:
        f = OxmlElement("w:rFonts")
        r.insert(0, f)
    f.set(qn("w:eastAsia"), font)
    if font in (HT, XBS, SONG):
        f.set(qn("w:ascii"), font)
        f.set(qn("w:hAnsi"), font)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)


def para(text="", font=FS, size=16, indent=True, align=None, bold=None,
         color=None, right_indent=None):
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    if right_indent is not None:
        p.paragraph_format.right_indent = right_indent
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def add_run(p, text, font=FS, size=16, bold=None):
    r = p.add_run(text)
    set_font(r, font, size, bold)
    return r


def page_field(p):
    add_run(p, "— ", SONG, 14)
    r = p.add_run()
    set_font(r, SONG, 14)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    r._element.append(b)
    r = p.add_run()
    set_font(r, SONG, 14)
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = " PAGE "
    r._element.append(t)
    r = p.add_run()
    set_font(r, SONG, 14)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    r._element.append(s)
    r = p.add_run("1")
    set_font(r, SONG, 14)
    r = p.add_run()
    set_font(r, SONG, 14)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    r._element.append(e)
    add_run(p, " —", SONG, 14)


# ---- footers: odd pages right, even pages left
doc.settings.odd_and_even_pages_header_footer = True
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp.paragraph_format.right_indent = Pt(14)
fp.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
page_field(fp)
ep = sec.even_page_footer.paragraphs[0]
ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
ep.paragraph_format.left_indent = Pt(14)
ep.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
page_field(ep)


def bottom_border(p, color="FF0000", sz="18"):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


# ---------------------------------------------------------------- 版头
para()
para()
p = para("栎湾镇人民政府文件", XBS, 48, indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER, color="FF0000")
p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
for r in p.runs:
    w = OxmlElement("w:w"); w.set(qn("w:val"), "80")
    r._element.get_or_add_rPr().append(w)
para()
para()
p = para("栎政发〔2025〕3号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
bottom_border(p)
para()

# ---------------------------------------------------------------- 标题
p = para("", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
p.paragraph_format.line_spacing = Pt(36)
add_run(p, "栎湾镇人民政府", XBS, 22)
p.add_run().add_break()
add_run(p, "关于印发栎湾镇2025年重点工作任务分解方案的通知", XBS, 22)
para()

para("各村（社区），镇直各单位、各站所：", indent=False)
para("现将《栎湾镇2025年重点工作任务分解方案》印发给你们，请结合工作实际，"
     "认真抓好贯彻落实。")
para("2025年是“十四五”规划收官之年，也是谋划“十五五”发展的关键之年。"
     "各责任领导、各单位要进一步提高政治站位，对照分解方案逐项细化工作措施，"
     "确保各项目标任务按时保质完成。")
para()
para()
para()
para("栎湾镇人民政府", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT,
     right_indent=Pt(64))
para("2025年2月14日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT,
     right_indent=Pt(64))
para()
para("（此件公开发布）")

# ---------------------------------------------------------------- 方案
p = para("", indent=False)
p.add_run().add_break(WD_BREAK.PAGE)
p = para("栎湾镇2025年重点工作任务分解方案", XBS, 22, indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER)
p.paragraph_format.line_spacing = Pt(36)
para()
para("为全面完成镇第十八届人民代表大会第五次会议审议通过的《政府工作报告》"
     "确定的目标任务，确保各项决策部署落地见效，现将2025年重点工作任务分解如下。")

PARTS = [
    ("一、聚焦项目建设，推动镇域经济提质增效", [
        ("（一）", "全力抓好项目建设。",
         "坚持“项目为王”，落实镇领导联系重点项目制度，推动栎湾农产品冷链物流园一期、"
         "集镇污水管网提质改造等8个续建项目年内建成，确保新开工项目不少于5个，"
         "全年完成固定资产投资增长8%以上。",
         "（责任领导：龚建平、刘子恒；牵头单位：经济发展办公室；"
         "配合单位：镇财政所、自然资源所、村镇建设服务中心）"),
        ("（二）", "精准开展招商引资。",
         "围绕油茶精深加工、农产品冷链物流和乡村旅游三条产业链，开展驻点招商、以商招商，"
         "全年引进投资500万元以上项目3个，到位资金同比增长10%以上。",
         "（责任领导：龚建平；牵头单位：经济发展办公室；"
         "配合单位：党政综合办公室，各村（社区））"),
        ("（三）", "培育壮大市场主体。",
         "落实减税降费、稳岗返还等惠企政策，全年新增市场主体200户以上，"
         "推动丰禾米业、栎湾竹木制品2家企业升规入统。",
         "（责任领导：刘子恒；牵头单位：经济发展办公室、市场监管所；"
         "配合单位：镇财政所、统计站）"),
        ("（四）", "抓好财税增收工作。",
         "加强税源摸排和协税护税，依法依规组织财政收入，"
         "确保全年一般公共预算收入完成1850万元。",
         "（责任领导：刘子恒；责任单位：镇财政所）"),
        ("（五）", "持续优化营商环境。",
         "深化“一件事一次办”改革，推动46项高频政务服务事项在镇便民服务中心集成办理，"
         "开展涉企检查“扫码入企”，严禁乱检查、乱收费。",
         "（责任领导：刘子恒；牵头单位：便民服务中心；"
         "配合单位：党政综合办公室、综合行政执法大队、市场监管所）"),
        ("（六）", "积极争资争项。",
         "紧盯中央预算内投资、超长期特别国债、地方政府专项债券等政策，"
         "谋划储备项目20个以上，全年向上争取资金不低于4000万元。",
         "（责任领导：龚建平、刘子恒；牵头单位：经济发展办公室、镇财政所；"
         "配合单位：各站所）"),
    ]),
    ("二、聚焦乡村振兴，推进农业农村现代化", [
        ("（一）", "稳定粮食生产。",
         "严格落实耕地保护和粮食安全党政同责，坚决遏制耕地“非农化”、防止“非粮化”，"
         "全年粮食播种面积稳定在3.2万亩以上，完成早稻集中育秧4500亩。",
         "（责任领导：唐晓梅；牵头单位：农业综合服务中心；"
         "配合单位：自然资源所、镇财政所，各村（社区））"),
        ("（二）", "巩固拓展脱贫攻坚成果。",
         "常态化开展防止返贫动态监测帮扶，落实“三保障”和饮水安全政策，"
         "确保不发生规模性返贫致贫。",
         "（责任领导：唐晓梅；牵头单位：乡村振兴办公室；"
         "配合单位：社会事务办公室、医保工作站、镇中心学校，各村（社区））"),
        ("（三）", "做强特色产业。",
         "推进油茶低产林改造3000亩、新造油茶林800亩，扶持发展稻虾综合种养1200亩，"
         "新培育农民专业合作社3家、家庭农场5家。",
         "（责任领导：唐晓梅；牵头单位：农业综合服务中心；"
         "配合单位：林业站、经济发展办公室）"),
        ("（四）", "发展壮大村级集体经济。",
         "指导各村盘活闲置资产资源，发展物业经济、服务经济，"
         "年内所有村集体经济经营性收入达到10万元以上，消除15万元以下薄弱村4个。",
         "（责任领导：龚建平；牵头单位：农村经营管理站；"
         "配合单位：镇财政所，各村（社区））"),
        ("（五）", "加强农田水利建设。",
         "完成高标准农田建设1.2万亩，整治山塘30口、清淤沟渠25公里，做好灌溉用水调度。",
         "（责任领导：唐晓梅；牵头单位：农业综合服务中心、水利站；"
         "配合单位：自然资源所，各村（社区））"),
        ("（六）", "建设宜居宜业和美乡村。",
         "深入开展村庄清洁行动，完成农村户厕改造360户，推进生活垃圾分类减量，"
         "创建美丽屋场6个。",
         "（责任领导：向文斌；牵头单位：村镇建设服务中心；"
         "配合单位：生态环境办公室、农业综合服务中心，各村（社区））"),
        ("（七）", "抓好林长制和森林防火。",
         "落实镇、村两级林长巡林制度，加强野外用火管控和护林员队伍管理，"
         "确保不发生重大森林火灾。",
         "（责任领导：石磊；责任单位：林业站）"),
    ]),
    ("三、聚焦城镇建设，提升集镇功能品质", [
        ("（一）", "完善集镇基础设施。",
         "实施栎湾大道、新华街提质改造，新建公共停车场1处、车位120个，"
         "完成集镇背街小巷硬化亮化3.5公里。",
         "（责任领导：向文斌；牵头单位：村镇建设服务中心；"
         "配合单位：综合行政执法大队、镇财政所）"),
        ("（二）", "加强集镇综合管理。",
         "常态化整治占道经营、乱停乱放、乱搭乱建，落实沿街商户“门前三包”责任制，"
         "创建文明示范街1条。",
         "（责任领导：向文斌；牵头单位：综合行政执法大队；"
         "配合单位：村镇建设服务中心、县公安局栎湾派出所、市场监管所）"),
        ("（三）", "严格国土空间管控。",
         "完成镇国土空间规划编制报批，常态化开展卫片执法，坚决遏制农村乱占耕地建房，"
         "实现新增违法用地“零增长”。",
         "（责任领导：向文斌；牵头单位：自然资源所；"
         "配合单位：综合行政执法大队，各村（社区））"),
        ("（四）", "深入打好污染防治攻坚战。",
         "抓好各级生态环境督察反馈问题整改，全面落实河长制，"
         "确保栎水河出境断面水质稳定达到Ⅲ类以上，秸秆露天焚烧“零火点”。",
         "（责任领导：向文斌、唐晓梅；牵头单位：生态环境办公室；"
         "配合单位：水利站、农业综合服务中心，各村（社区））"),
        ("（五）", "完善农村交通路网。",
         "实施农村公路安全生命防护工程18公里，完成通组公路硬化11公里，"
         "抓好农村公路“路长制”管养。",
         "（责任领导：向文斌；牵头单位：交通管理站；"
         "配合单位：村镇建设服务中心、镇财政所）"),
    ]),
    ("四、聚焦民生福祉，办好群众急难愁盼事", [
        ("（一）", "促进就业增收。",
         "开展“春风行动”等招聘活动4场以上，组织技能培训300人次，"
         "新增城镇就业320人，新增农村劳动力转移就业400人。",
         "（责任领导：彭丽；牵头单位：劳动保障服务站；"
         "配合单位：社会事务办公室、经济发展办公室）"),
        ("（二）", "推动教育优质均衡发展。",
         "完成镇中心幼儿园扩建，改善薄弱学校办学条件，落实控辍保学责任，"
         "义务教育巩固率保持100%。",
         "（责任领导：彭丽；牵头单位：镇中心学校；"
         "配合单位：社会事务办公室，各村（社区））"),
        ("（三）", "提升医疗卫生服务水平。",
         "推进紧密型县域医共体建设，完成3个村卫生室标准化改造，"
         "城乡居民医保参保率稳定在95%以上。",
         "（责任领导：彭丽；牵头单位：镇卫生院、医保工作站；"
         "配合单位：镇财政所，各村（社区））"),
        ("（四）", "兜牢基本民生底线。",
         "落实低保、特困供养、临时救助等政策，做好困难残疾人生活补贴和重度残疾人护理补贴发放，"
         "办好镇敬老院。",
         "（责任领导：彭丽；牵头单位：社会事务办公室；"
         "配合单位：镇残联、镇财政所，各村（社区））"),
        ("（五）", "做好退役军人服务保障。",
         "落实退役军人优待抚恤政策，常态化开展走访慰问，做好征兵工作，完成年度征兵任务。",
         "（责任领导：石磊；牵头单位：退役军人服务站、人民武装部；"
         "配合单位：各村（社区））"),
        ("（六）", "丰富群众文化体育生活。",
         "开展“村晚”、广场舞展演等群众性文体活动20场以上，新建农家书屋2个、"
         "村级健身广场3处。",
         "（责任领导：彭丽；牵头单位：综合文化站；"
         "配合单位：党政综合办公室，各村（社区））"),
    ]),
    ("五、聚焦平安建设，维护社会和谐稳定", [
        ("（一）", "压实安全生产责任。",
         "深入开展安全生产治本攻坚三年行动，抓好道路交通、自建房、燃气、非煤矿山、消防等"
         "重点领域隐患排查整治，坚决遏制较大以上安全事故。",
         "（责任领导：刘子恒；牵头单位：应急管理办公室；"
         "配合单位：综合行政执法大队、交通管理站、市场监管所、县公安局栎湾派出所）"),
        ("（二）", "加强防灾减灾救灾。",
         "修订完善防汛抗旱、地质灾害应急预案，对全镇23处地质灾害隐患点落实群测群防，"
         "开展应急演练不少于3次。",
         "（责任领导：刘子恒、石磊；牵头单位：应急管理办公室、水利站；"
         "配合单位：自然资源所，各村（社区））"),
        ("（三）", "做好信访维稳工作。",
         "坚持和发展新时代“枫桥经验”，落实领导干部接访下访制度，推进信访积案化解，"
         "矛盾纠纷调处化解率达到98%以上。",
         "（责任领导：龚建平；牵头单位：平安建设办公室（信访办）；"
         "配合单位：司法所、县公安局栎湾派出所，各村（社区））"),
        ("（四）", "深化平安栎湾建设。",
         "常态化开展扫黑除恶斗争，严厉打击电信网络诈骗、黄赌毒等违法犯罪，"
         "推进“雪亮工程”村级视频监控全覆盖。",
         "（责任领导：石磊；牵头单位：县公安局栎湾派出所；"
         "配合单位：平安建设办公室（信访办）、司法所）"),
        ("（五）", "守牢食品药品安全底线。",
         "加强校园及周边、农村集体聚餐、小餐饮等食品安全监管，年内开展专项检查不少于6次。",
         "（责任领导：刘子恒；责任单位：市场监管所）"),
    ]),
    ("六、聚焦自身建设，打造人民满意政府", [
        ("（一）", "坚持依法行政。",
         "严格落实重大行政决策程序，深化法治政府建设，推进镇综合行政执法规范化，"
         "全面落实行政执法“三项制度”。",
         "（责任领导：龚建平；牵头单位：司法所；"
         "配合单位：综合行政执法大队、党政综合办公室）"),
        ("（二）", "推进政务公开和数字政府建设。",
         "及时公开重点领域政府信息，做好镇政府门户网站栏目维护，"
         "推动“互联网+政务服务”向村（社区）延伸。",
         "（责任领导：刘子恒；牵头单位：党政综合办公室；配合单位：便民服务中心）"),
        ("（三）", "严格财政资金管理。",
         "坚持政府过紧日子，从严控制“三公”经费，规范村级财务管理和工程项目招投标，"
         "开展村级财务专项审计。",
         "（责任领导：刘子恒；牵头单位：镇财政所；"
         "配合单位：农村经营管理站、经济发展办公室）"),
        ("（四）", "持续转变工作作风。",
         "深入落实中央八项规定精神，整治形式主义为基层减负，"
         "健全重点工作“月调度、季通报、年考评”机制。",
         "（责任领导：龚建平；责任单位：党政综合办公室、各站所）"),
    ]),
]

for head, tasks in PARTS:
    para(head, HT)
    for mark, title, body, clause in tasks:
        p = para()
        add_run(p, mark + title, KT)
        add_run(p, body)
        add_run(p, clause, KT)

para("七、工作要求", HT)
p = para()
add_run(p, "（一）加强组织领导。", KT)
add_run(p, "各责任领导要切实履行分管责任，定期调度研究分管领域重点工作。"
           "牵头单位为第一责任单位，要制定具体工作方案，明确时间表、路线图；"
           "配合单位要主动对接、密切配合，形成工作合力。"
           "只明确责任单位的，排在第一位的为牵头单位。")
p = para()
add_run(p, "（二）强化督查考核。", KT)
add_run(p, "镇党政综合办公室对各项重点工作实行清单化管理，每季度末通报进展情况，"
           "督查结果纳入年度绩效考核。")
p = para()
add_run(p, "（三）及时报送进度。", KT)
add_run(p, "各牵头单位于每季度最后一个月25日前将工作进展情况书面报送镇党政综合办公室，"
           "重大问题及时报告。")

# ---------------------------------------------------------------- 版记
para()
para()
tbl = doc.add_table(rows=2, cols=1)
tbl.autofit = False
tblPr = tbl._tbl.tblPr
borders = OxmlElement("w:tblBorders")
for edge, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4")):
    e = OxmlElement("w:" + edge)
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), sz)
    e.set(qn("w:space"), "0"); e.set(qn("w:color"), "000000")
    borders.append(e)
for edge in ("left", "right", "insideV"):
    e = OxmlElement("w:" + edge)
    e.set(qn("w:val"), "nil")
    borders.append(e)
tblPr.append(borders)
c0 = tbl.cell(0, 0).paragraphs[0]
c0.paragraph_format.left_indent = Pt(14)
add_run(c0, "抄送：县人民政府办公室，镇党委、人大主席团。", FS, 14)
c1 = tbl.cell(1, 0).paragraphs[0]
c1.paragraph_format.left_indent = Pt(14)
c1.paragraph_format.right_indent = Pt(14)
add_run(c1, "栎湾镇党政综合办公室　　　　　　　　　　2025年2月14日印发", FS, 14)

doc.save(OUT)
print("wrote", OUT)
