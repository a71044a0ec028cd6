#!/usr/bin/python3
"""Round 134, case 678 (control): a 市人民政府 red-header Word notice
峤政发〔2025〕3号 关于印发2025年市政府工作报告重点工作任务分工的通知.

The attachment (same file, after a page break) lists 37 tasks as body
paragraphs `1.`–`37.` numbered straight through parts 一、–九、, each closing
with （责任市领导：X；牵头单位：A；配合单位：B、C）.  The cover's 二、 states how
牵头/配合 are read.  Writes the .docx deterministically and the gold .jsonl.

Run: /usr/bin/python3 make_678.py
"""
import datetime
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "678_qiaoyun_shi_gzbg_zhongdian_renwu_fengong"
DOCX = os.path.join(HERE, NAME + ".docx")
GOLD = os.path.join(HERE, NAME + ".tasks.gold.jsonl")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)

# ---------------------------------------------------------------- the tasks
# Each task: marker as printed, list of text paragraphs (the first begins the
# task), leaders as printed, leads, cooperating units as printed, with "，"
# prefixed to a unit when the drafter put a comma before it, deadline.
# Options: sep = the separator between the bracket's clauses (default "；"),
# own = the bracket pushed onto a paragraph of its own, split = a unit name
# broken into two runs (an edit), nocoop = no 配合单位 clause at all.

PARTS = [
    ("一、着力扩大有效需求，推动经济持续回升向好", [
        dict(m="1.", t=["全市地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长7.5%，固定资产投资增长6%，社会消费品零售总额增长6.5%，城乡居民人均可支配收入增长与经济增长同步。"],
             ld=["郑启航"], lead=["市发展改革委"],
             co=["市统计局", "市财政局", "市工业和信息化局", "市商务局", "，各县（市、区）人民政府"]),
        dict(m="2.", t=["滚动实施重点项目“四个一批”，全年实施市级重点项目300个以上，完成年度投资600亿元以上；积极争取超长期特别国债、中央预算内投资和地方政府专项债券资金100亿元以上。"],
             ld=["周明远"], lead=["市发展改革委", "市财政局"],
             co=["市自然资源和规划局", "市住房城乡建设局", "市生态环境局", "，各县（市、区）人民政府"]),
        dict(m="3.", t=["深入实施提振消费专项行动，用足用好消费品以旧换新政策，新建一刻钟便民生活圈15个，全年举办“峤云消费季”系列促消费活动100场以上。"],
             ld=["林晓岚"], lead=["市商务局"],
             co=["市财政局", "市文化广电旅游局", "市市场监管局"]),
        dict(m="4.", t=["推动文旅深度融合发展，加快峤山景区创建国家5A级旅游景区，打造“山水峤云”精品旅游线路10条，全年接待游客人次增长10%以上。"],
             ld=["林晓岚"], lead=["市文化广电旅游局"],
             co=["峤山风景名胜区管委会", "市交通运输局", "峤北区人民政府"]),
    ]),
    ("二、坚持创新驱动，加快构建现代化产业体系", [
        dict(m="5.", t=["实施制造业重点产业链高质量发展行动，做大做强新材料、装备制造、绿色食品三大主导产业，全年新增规模以上工业企业80家。"],
             ld=["王　勇"], lead=["市工业和信息化局"],
             co=["市发展改革委", "市科技局", "市商务局", "，各县（市、区）人民政府"]),
        dict(m="6.", t=["大力推进工业技术改造和设备更新，实施技改项目120个以上，新建省级智能工厂和数字化车间10个。"],
             ld=["王　勇"], lead=["市工业和信息化局"],
             co=["市财政局", "，市数据局"]),
        dict(m="7.", t=["加快培育新质生产力，全年净增高新技术企业50家，科技型中小企业入库评价600家以上，全社会研发经费投入强度达到2.3%。"],
             ld=["陈国栋"], lead=["市科技局"],
             co=["市财政局", "市统计局", "峤云高新区管委会"]),
        dict(m="8.", t=["深化产学研用协同创新，支持峤云学院与龙头企业共建研发平台，新建市级以上创新平台15个，技术合同成交额增长15%。"],
             ld=["陈国栋"], lead=["市科技局"],
             co=["市教育局", "峤云学院"]),
        dict(m="9.", t=["加快发展数字经济，新建5G基站800个，推进数字技术与实体经济深度融合，培育数字经济核心产业企业30家。"],
             ld=["王　勇"], lead=["市数据局", "市工业和信息化局"],
             co=["市通信发展管理办公室"]),
        dict(m="10.", t=["推动开发区提质增效，深化“亩均论英雄”改革，峤云经开区力争进入全省开发区综合考核前十位。"],
             ld=["周明远"], lead=["峤云经开区管委会"],
             co=["市发展改革委", "市商务局", "市自然资源和规划局"]),
    ]),
    ("三、深化改革扩大开放，持续优化营商环境", [
        dict(m="11.", t=["深化国资国企改革，完成市属国有企业战略性重组，推动市城投集团市场化转型。"],
             ld=["周明远"], lead=["市国资委"],
             co=["市财政局", "市城投集团"]),
        dict(m="12.", t=["持续深化“高效办成一件事”改革，推出集成办事场景20个以上，政务服务事项网上可办率保持100%。"],
             ld=["韩　东"], lead=["市行政审批服务局（市政务服务中心）"],
             co=["市数据局", "市司法局", "市直有关部门"]),
        dict(m="13.", t=["大力支持民营经济发展，常态化开展“千企大走访”活动，推动惠企政策直达快享，全年新增经营主体2万户以上。"],
             ld=["王　勇", "林晓岚"], lead=["市工业和信息化局", "市市场监管局"],
             co=["市工商联", "市行政审批服务局（市政务服务中心）"]),
        dict(m="14.", t=["坚持招商引资“一号工程”，全年新签约亿元以上项目120个，实际到位市外资金增长8%以上。"],
             ld=["郑启航", "周明远"], lead=["市投资促进局"],
             co=["市直有关部门", "，各县（市、区）人民政府"], own=True),
        dict(m="15．", t=["稳住外贸外资基本盘，全市进出口总额增长5%，实际使用外资1.2亿美元，培育外贸新业态市场主体50家。"],
             ld=["林晓岚"], lead=["市商务局"],
             co=["峤云海关", "市税务局", "人民银行峤云市分行"], sep=[";"]),
        dict(m="16.", t=["有效防范化解地方债务风险，严格落实一揽子化债方案，确保债务风险等级持续下降。"],
             ld=["周明远"], lead=["市财政局"],
             co=["市委金融办", "市国资委", "，各县（市、区）人民政府"]),
    ]),
    ("四、全面推进乡村振兴，加快建设农业强市", [
        dict(m="17.", t=["稳定粮食生产，全年粮食播种面积稳定在165万亩以上、总产量12亿斤以上，新建高标准农田8万亩（含改造提升）。"],
             ld=["陈国栋"], lead=["市农业农村局"],
             co=["市财政局", "市自然资源和规划局", "市水利局", "，各县（市、区）人民政府"]),
        dict(m="18.", t=["做强茶叶、水果、生猪三条农业全产业链，新增省级农业产业化龙头企业10家，农产品加工业产值增长8%。"],
             ld=["陈国栋"], lead=["市农业农村局"],
             co=["市林业局", "市商务局"]),
        dict(m="19.", t=["巩固拓展脱贫攻坚成果，健全防止返贫致贫监测和帮扶机制，守牢不发生规模性返贫致贫底线。"],
             ld=["陈国栋"], lead=["市农业农村局（市乡村振兴局）"],
             co=["市民政局", "市医保局", "市人力资源社会保障局"]),
        dict(m="20.", t=["深入推进和美乡村建设，完成农村户厕改造5000户，农村生活污水治理率达到45%以上。"],
             ld=["陈国栋", "欧阳立新"], lead=["市农业农村局"],
             co=["市生态环境局", "市住房城乡建设局"]),
    ]),
    ("五、推进以人为本的新型城镇化，提升城市功能品质", [
        dict(m="21.", t=["实施城市更新行动，改造城镇老旧小区86个、城中村3个，推进峤江两岸综合整治提升。"],
             ld=["欧阳立新"], lead=["市住房城乡建设局"],
             co=["市自然资源和规划局", "市城市管理局", "峤北区人民政府", "峤南区人民政府"],
             dl="2025年11月底前"),
        dict(m="22.", t=["加快交通基础设施建设，推动峤云至临江高速公路开工建设，确保国道峤北绕城段改建工程建成通车。"],
             ld=["欧阳立新"], lead=["市交通运输局"],
             co=["市发展改革委", "市自然资源和规划局", "市财政局"], split="市自然资源和规划局"),
        dict(m="23.", t=["推进海绵城市建设和城市地下管网改造，新建改造燃气、供排水等地下管网120公里。"],
             ld=["欧阳立新"], lead=["市住房城乡建设局"],
             co=["市城市管理局"]),
        dict(m="24.", t=["提升城市精细化管理水平，深化“城市管理进社区”，新增公共停车泊位3000个。"],
             ld=["欧阳立新"], lead=["市城市管理局"],
             co=["市公安局", "市住房城乡建设局", "，各区人民政府"]),
    ]),
    ("六、加强生态文明建设，推动绿色低碳发展", [
        dict(m="25.", t=["深入打好蓝天、碧水、净土保卫战，中心城区空气质量优良天数比率保持在95%以上，国控、省控断面水质优良率保持100%。"],
             ld=["欧阳立新"], lead=["市生态环境局"],
             co=["市住房城乡建设局", "市交通运输局", "市水利局", "市农业农村局", "，各县（市、区）人民政府"]),
        dict(m="26.", t=["全面落实河湖长制、林长制，完成营造林10万亩，治理水土流失面积30平方公里。"],
             ld=["陈国栋"], lead=["市林业局", "市水利局"], co=None),
        dict(m="27.", t=["积极稳妥推进碳达峰碳中和，加快光伏、风电项目建设，全年新增新能源装机容量20万千瓦。"],
             ld=["周明远"], lead=["市发展改革委"],
             co=["市工业和信息化局", "市自然资源和规划局", "国网峤云供电公司"]),
    ]),
    ("七、持续保障和改善民生，扎实推进共同富裕", [
        dict(m="28.", t=["千方百计稳定和扩大就业，城镇新增就业2.8万人，城镇调查失业率控制在5.5%以内。"],
             ld=["林晓岚"], lead=["市人力资源社会保障局"],
             co=["市教育局", "市财政局", "市农业农村局", "，各县（市、区）人民政府"]),
        dict(m="29.", t=["推进基础教育优质均衡发展，新建、改扩建中小学和幼儿园12所，新增学位8000个。",
                         "支持峤云职业技术学院创建省级“双高”院校，推动峤云学院更名大学工作取得实质性进展。"],
             ld=["林晓岚"], lead=["市教育局"],
             co=["市发展改革委", "市财政局", "市自然资源和规划局", "市住房城乡建设局"]),
        dict(m="30.", t=["深化医药卫生体制改革，推进紧密型县域医共体建设，市第一人民医院新院区投入使用。"],
             ld=["林晓岚"], lead=["市卫生健康委"],
             co=["市医保局", "市发展改革委", "市财政局"], dl="2025年10月底前"),
        dict(m="31.", t=["健全多层次社会保障体系，城乡居民基本养老保险参保率稳定在95%以上，适时提高城乡低保标准。"],
             ld=["林晓岚"], lead=["市人力资源社会保障局", "市民政局"],
             co=["市财政局", "市医保局"]),
        dict(m="32.", t=["做好“一老一小”服务保障，新建社区嵌入式养老服务设施20个，新增普惠性托位1000个。"],
             ld=["林晓岚"], lead=["市民政局", "市卫生健康委"],
             co=["市发展改革委", "市住房城乡建设局"]),
        dict(m="33.", t=["繁荣发展文化体育事业，建成市全民健身中心并投入使用，办好峤云马拉松等重大赛事。"],
             ld=["林晓岚"], lead=["市文化广电旅游局（市体育局）"],
             co=["市财政局"], dl="2025年12月底前"),
    ]),
    ("八、统筹发展和安全，维护社会和谐稳定", [
        dict(m="34.", t=["全面落实安全生产责任制，深化安全生产治本攻坚三年行动，坚决遏制重特大事故发生。"],
             ld=["周明远"], lead=["市应急管理局"],
             co=["市安委会各成员单位"]),
        dict(m="35.", t=["深入推进平安峤云、法治峤云建设，常态化开展扫黑除恶斗争，严厉打击电信网络诈骗等违法犯罪。"],
             ld=["许文博"], lead=["市公安局"],
             co=["市司法局", "市信访局"]),
        dict(m="36.", t=["加强食品药品安全监管，扎实推进国家食品安全示范城市创建。"],
             ld=["王勇"], lead=["市市场监管局"],
             co=["市农业农村局", "市卫生健康委", "市商务局"]),
    ]),
    ("九、全面加强政府自身建设", [
        dict(m="37.", t=["深入推进法治政府建设，严格落实重大行政决策程序，认真办理人大代表建议和政协委员提案，办复率达到100%。"],
             ld=["韩　东"], lead=["市政府办公室", "市司法局"],
             co=["市直各部门"]),
    ]),
]


def bracket_parts(t):
    """The clause bracket as a list of (text, split_here) pieces."""
    seps = list(t.get("sep", [])) + ["；"] * 3
    clauses = ["责任市领导：" + "、".join(t["ld"]),
               "牵头单位：" + "、".join(t["lead"])]
    if t.get("co"):
        s = ""
        for i, u in enumerate(t["co"]):
            if u.startswith("，"):
                s += u
            else:
                s += ("、" if i else "") + u
        clauses.append("配合单位：" + s)
    if t.get("dl"):
        clauses.append("完成时限：" + t["dl"])
    out = clauses[0]
    for i, c in enumerate(clauses[1:]):
        out += seps[i] + c
    return "（" + out + "）"


# ---------------------------------------------------------------- docx helpers

def set_font(run, east, size=16, bold=False, color=None, ascii_font=None, scale=None, spacing=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    a = ascii_font or "Times New Roman"
    rfonts.set(qn("w:ascii"), a)
    rfonts.set(qn("w:hAnsi"), a)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:hint"), "eastAsia")
    if color is not None:
        run.font.color.rgb = color
    if spacing is not None:
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(spacing))
        rpr.append(sp)
    if scale:
        w = OxmlElement("w:w")
        w.set(qn("w:val"), str(scale))
        rpr.append(w)


def fmt(p, align=None, first=None, line=28.95, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    # snap to grid off so exact spacing holds, as the office template has it
    ppr = p._p.get_or_add_pPr()
    sn = OxmlElement("w:snapToGrid")
    sn.set(qn("w:val"), "0")
    ppr.insert(0, sn)


def para(doc, text="", east=FS, size=16, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32, bold=False, **kw):
    p = doc.add_paragraph()
    fmt(p, align=align, first=first, **kw)
    if text:
        set_font(p.add_run(text), east, size, bold)
    return p


def border(p, side, color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    bdr.append(b)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p)
    p.add_run().add_break(WD_BREAK.PAGE)


def add_page_field(footer):
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14, ascii_font="宋体")
    r = p.add_run()
    set_font(r, "宋体", 14, ascii_font="宋体")
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        elif text.strip() == "PAGE":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            r._element.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = text
            r._element.append(t)
    set_font(p.add_run(" —"), "宋体", 14, ascii_font="宋体")


# ---------------------------------------------------------------- the notice

def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.footer_distance = Cm(2.5)
    add_page_field(sec.footer)

    # 版头: issuer mark, 文号, red rule
    for _ in range(2):
        para(doc, first=0)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=60)
    set_font(p.add_run("峤云市人民政府文件"), XBS, 52, color=RED, scale=80, spacing=-20)
    para(doc, first=0)
    para(doc, first=0)
    p = para(doc, "峤政发〔2025〕3号", align=WD_ALIGN_PARAGRAPH.CENTER, first=0)
    border(p, "bottom", sz=24, space=12)
    para(doc, first=0)

    # 标题 (two lines, soft break as the drafter typed it)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=35)
    r = p.add_run("峤云市人民政府")
    set_font(r, XBS, 22)
    r = p.add_run("关于印发2025年市政府工作报告重点工作任务分工的通知")
    set_font(r, XBS, 22)
    para(doc, first=0)

    para(doc, "各县（市、区）人民政府，市政府各部门、各直属机构，峤云经开区、峤云高新区管委会：", first=0)
    para(doc, "《政府工作报告》已经峤云市第十七届人民代表大会第四次会议审议通过。为确保报告确定的各项目标任务落到实处，"
              "市政府对报告提出的重点工作进行了分解，现将《2025年市政府工作报告重点工作任务分工》印发给你们，"
              "并就有关事项通知如下，请认真贯彻落实。")
    p = para(doc)
    set_font(p.add_run("一、提高思想认识。"), HT, 16)
    set_font(p.add_run("《政府工作报告》是市政府向全市人民作出的庄严承诺，是今年政府工作的总纲。各地、各部门要切实把思想和行动统一到"
                       "市委、市政府的决策部署上来，以钉钉子精神抓好各项任务落实，确保全年目标任务圆满完成。"), FS, 16)
    p = para(doc)
    set_font(p.add_run("二、压实工作责任。"), HT, 16)
    set_font(p.add_run("各责任市领导要加强对分管领域重点工作的统筹调度，及时研究解决推进中的重大问题。"
                       "每项任务所列“牵头单位”为该项任务落实的第一责任单位，其主要负责同志为第一责任人，"
                       "负责制定推进方案，组织协调配合单位共同推进；"
                       "牵头单位有两个及以上的，排在第一位的为主牵头单位，负责统筹协调，其他牵头单位按职责分工共同牵头推进。"
                       "“配合单位”要按照职责分工，主动对接、积极配合，不得推诿扯皮。未列配合单位的任务，由牵头单位负责落实。"), FS, 16)
    p = para(doc)
    set_font(p.add_run("三、强化督查考核。"), HT, 16)
    set_font(p.add_run("市政府督查室要将分工任务纳入年度督查计划，定期通报工作进展情况。"
                       "各牵头单位要于每季度最后一个月的25日前将任务推进情况报市政府督查室，并抄送责任市领导。"
                       "任务落实情况纳入年度高质量发展绩效考核，对工作推进不力、进度严重滞后的，按有关规定严肃问责。"), FS, 16)
    para(doc, first=0)
    p = para(doc, "附件：2025年市政府工作报告重点工作任务分工", first=32)
    para(doc, first=0)
    para(doc, first=0)
    para(doc, "峤云市人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT, first=0, left=0).paragraph_format.right_indent = Pt(64)
    para(doc, "2025年2月26日", align=WD_ALIGN_PARAGRAPH.RIGHT, first=0).paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）", first=32)

    # 附件
    p = para(doc, "附件", east=HT, first=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.page_break_before = True
    para(doc, first=0)
    p = para(doc, "2025年市政府工作报告重点工作任务分工", east=XBS, size=22, first=0,
             align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, first=0)

    gold = []
    for head, tasks in PARTS:
        para(doc, head, east=HT)
        for t in tasks:
            br = bracket_parts(t)
            body = t["t"]
            for k, text in enumerate(body):
                p = para(doc)
                if k == 0:
                    set_font(p.add_run(t["m"]), FS, 16)
                last = (k == len(body) - 1)
                set_font(p.add_run(text), FS, 16)
                if last and not t.get("own"):
                    add_bracket(p, br, t.get("split"))
            if t.get("own"):
                p = para(doc)
                add_bracket(p, br, t.get("split"))
            gold.append(gold_record(t))
    # 版记 on a page of its own
    for i in range(14):
        p = para(doc, first=0)
        if i == 0:
            p.paragraph_format.page_break_before = True
    p = para(doc, first=0, left=14)
    border(p, "top", color="000000", sz=8, space=1)
    border(p, "bottom", color="000000", sz=4, space=1)
    set_font(p.add_run("抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，峤云军分区。"), FS, 14)
    p = para(doc, first=0, left=14)
    border(p, "bottom", color="000000", sz=8, space=1)
    set_font(p.add_run("峤云市人民政府办公室　　　　　　　　　　2025年2月27日印发"), FS, 14)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 26, 9, 30, 0)
    cp.author = "市政府办公室"
    cp.last_modified_by = "秘书科"
    cp.title = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    return doc, gold


def add_bracket(p, br, split):
    if split and split in br:
        i = br.index(split) + len(split) // 2
        set_font(p.add_run(br[:i]), KT, 16)
        set_font(p.add_run(br[i:]), KT, 16)
    else:
        set_font(p.add_run(br), KT, 16)


def gold_record(t):
    m = t["m"]
    num = m.rstrip(".．、")
    return {
        "id": num,
        "marker": m,
        "head": t["t"][0][:12],
        "responsible_units": t["lead"] + [u.lstrip("，") for u in (t.get("co") or [])],
        "lead_units": list(t["lead"]),
        "cooperating_units": [u.lstrip("，") for u in (t.get("co") or [])],
        "leaders": [x.replace("　", "").replace(" ", "") for x in t["ld"]],
        "deadline": t.get("dl"),
    }


PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
             "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
             "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
             "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
             "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
             "sectPr", "pPrChange"]
RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
             "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
             "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
             "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath"]


def tidy(root):
    """Put pPr/rPr children in schema order (Word is strict about it)."""
    for tag, order in (("w:pPr", PPR_ORDER), ("w:rPr", RPR_ORDER)):
        for el in root.iter(qn(tag)):
            kids = list(el)
            kids.sort(key=lambda k: order.index(k.tag.split("}")[1]) if k.tag.split("}")[1] in order else 99)
            for k in kids:
                el.remove(k)
            for k in kids:
                el.append(k)


def save_deterministic(doc, path):
    tidy(doc.element)
    for s in doc.sections:
        tidy(s.footer._element)
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 26, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def main():
    doc, gold = build()
    save_deterministic(doc, DOCX)
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(DOCX, len(gold), "tasks")


if __name__ == "__main__":
    main()
