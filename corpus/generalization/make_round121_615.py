#!/usr/bin/python3
"""Generate 615_tanxi_xian_gzbg_zhongdian_renwu_fengong_fangan.docx and its gold.

An ordinary 县人民政府办公室 red-header Word notice (檀政办发〔2025〕6号) that prints,
as its 附件, a 政府工作报告重点工作任务分工方案 written as paragraphs:
一、 parts (黑体), （一） sub-parts (楷体, restarting per part, absent in two parts),
typed `1.` items running on through the whole 方案, each ending in a 楷体 bracket
（责任县领导：X；牵头单位：A；配合单位：B、C） or （责任县领导：X；责任单位：A、B）.
The cover states the lead rule for 责任单位-only brackets (first listed leads).

Run with /usr/bin/python3 make_615.py — output is byte-identical on every run.
"""
import datetime
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "615_tanxi_xian_gzbg_zhongdian_renwu_fengong_fangan"
DOCX = os.path.join(HERE, NAME + ".docx")
GOLD = os.path.join(HERE, NAME + ".tasks.gold.jsonl")

FS = "仿宋_GB2312"
KT = "楷体_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
SAN = Pt(16)  # 三号

# ---------------------------------------------------------------- content
ISSUER = "檀溪县人民政府办公室"
DOCNO = "檀政办发〔2025〕6号"
TITLE = "檀溪县人民政府办公室关于印发《2025年县政府工作报告重点工作任务分工方案》的通知"
ZHUSONG = "各乡镇人民政府、街道办事处，县政府各部门，县直各单位："
FANGAN_TITLE = "2025年县政府工作报告重点工作任务分工方案"

COVER = [
    ("p", "《2025年县政府工作报告重点工作任务分工方案》已经县人民政府同意，现印发给你们，"
          "请结合实际，认真抓好贯彻落实。现就有关事项通知如下："),
    ("h", "一、提高思想认识。", "县十八届人大五次会议审议通过的《政府工作报告》，是全县经济社会发展的"
          "“任务书”和“路线图”。各乡镇（街道）、各部门（单位）要切实把思想和行动统一到县委、县政府的"
          "决策部署上来，坚持目标导向、问题导向、结果导向，逐项细化工作措施，确保各项目标任务按期完成。"),
    ("h", "二、压实工作责任。", "分工方案中每项任务均明确了责任县领导和责任单位。责任县领导要加强统筹调度，"
          "及时研究解决工作推进中的困难和问题。列明牵头单位的，牵头单位是任务落实的第一责任单位，"
          "要主动加强与配合单位的沟通衔接，牵头抓总、统筹推进；配合单位要按照职责分工积极主动配合，"
          "形成工作合力。只列明责任单位的，排在第一位的为牵头单位，其余为配合单位。"
          "各牵头单位要在3月10日前制定具体工作方案，明确时间表、路线图，报县政府督查室备案。"),
    ("h", "三、强化督查考核。", "县政府督查室要将重点工作任务纳入县政府年度督查计划，实行清单化管理、"
          "台账式推进，定期开展督查通报。各牵头单位要于每季度最后一个月25日前，将任务推进情况"
          "（含文字材料和电子文档）报县政府督查室，督查结果纳入年度目标绩效考核。对工作推进不力、"
          "进度滞后的，将按有关规定予以通报问责。"),
]

# leaders: 周明远 县长; 陈立新 常务副县长; 王　勇, 赵　磊, 刘海燕, 孙建华 副县长;
# 李　娜 副县长、县公安局局长; 黄志刚 县政府党组成员、办公室主任

# Each task: dict(text, leaders(list as printed), and either lead/coop or resp),
# optional coop_seps (separators between coop units), semi1 (first separator),
# deadline, split (split the 楷体 run at the label boundary), fs_close (closing
# bracket left in 仿宋), marker (default "N.")
PARTS = [
    ("一、确保完成全年主要预期目标", None, [
        dict(text="地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长7.5%，"
                  "固定资产投资增长8%，社会消费品零售总额增长6%。",
             leaders=["周明远", "陈立新"], lead=["县发展和改革局"],
             coop=["县统计局", "县财政局", "县工业和信息化局", "县商务局"]),
        dict(text="城镇和农村居民人均可支配收入分别增长5.5%和7%，城镇调查失业率控制在5.5%以内，"
                  "居民消费价格涨幅控制在2%左右，完成市下达的节能减排约束性指标。",
             leaders=["陈立新"], lead=["县统计局"],
             coop=["县人力资源和社会保障局", "县发展和改革局", "市生态环境局檀溪分局"]),
    ]),
    ("二、坚持项目为王，全力扩大有效投资", [
        ("（一）抓实重大项目建设", [
            dict(text="全年实施重点项目120个，完成投资150亿元以上，其中新开工项目45个、竣工投产项目30个。"
                      "健全“县领导+工作专班”包联推进机制，实行周调度、月通报、季观摩。",
                 leaders=["陈立新"], lead=["县发展和改革局"],
                 coop=["县重点项目服务中心", "县自然资源局", "县住房和城乡建设局", "县直各有关单位",
                       "各乡镇（街道）"],
                 coop_seps=["、", "、", "、", "，"], split=True),
            dict(text="加快推进檀溪至青崖高速公路檀溪段、S318线城区过境段改线工程建设，开工建设县城北环路，"
                      "完成农村公路提档升级80公里。",
                 leaders=["王　勇"], lead=["县交通运输局"],
                 coop=["县自然资源局", "县财政局", "县林业局", "沿线乡镇"]),
            dict(text="积极争取中央预算内投资、超长期特别国债和地方政府专项债券资金，全年争取上级各类资金"
                      "25亿元以上，做好项目储备和前期工作。",
                 leaders=["陈立新"], lead=["县发展和改革局", "县财政局"],
                 coop=["县直各有关单位"]),
        ]),
        ("（二）强化项目要素保障", [
            dict(text="深化“标准地+承诺制”改革，新增建设用地报批2000亩以上，盘活批而未供和闲置土地1200亩。",
                 leaders=["王　勇"], lead=["县自然资源局"],
                 coop=["县发展和改革局", "县工业园区管委会"]),
            dict(text="推进政银企常态化对接，全年新增各项贷款30亿元以上，稳步提升县域存贷比，"
                      "力争1家企业在新三板挂牌。",
                 leaders=["陈立新"], lead=["县财政局"],
                 coop=["国家金融监督管理总局檀溪监管支局", "县工业和信息化局", "县内各银行业金融机构"],
                 split=True),
        ]),
    ]),
    ("三、聚力产业升级，加快构建现代化产业体系", [
        ("（一）做大做强工业经济", [
            dict(text="围绕新型建材、农产品精深加工、电子信息三大主导产业开展精准招商，全年引进亿元以上项目"
                      "20个、到位资金60亿元以上。",
                 leaders=["周明远", "孙建华"], lead=["县投资促进中心"],
                 coop=["县工业和信息化局", "县商务局", "县工业园区管委会", "各乡镇（街道）"]),
            dict(text="实施工业企业技术改造三年行动，推动30家规上企业实施技改，新增规模以上工业企业15家以上，"
                      "培育省级专精特新中小企业3家。",
                 leaders=["孙建华"], lead=["县工业和信息化局"],
                 coop=["县科学技术局", "县财政局", "县市场监督管理局"]),
            dict(text="加快县工业园区标准化厂房二期建设，完善园区污水处理、供气等配套设施，"
                      "力争园区规上工业产值突破200亿元。",
                 leaders=["孙建华"],
                 resp=["县工业园区管委会", "县住房和城乡建设局", "县水利局", "县城投公司"]),
        ]),
        ("（二）加快发展现代服务业", [
            dict(text="实施提振消费专项行动，开展“檀溪美食节”、汽车家电以旧换新等促消费活动20场次以上，"
                      "新增限上商贸企业25家。",
                 leaders=["刘海燕"], lead=["县商务局"],
                 coop=["县财政局", "县市场监督管理局", "县统计局"]),
            dict(marker="12．",
                 text="推进青崖山景区提质扩容，创建国家4A级旅游景区1家，全年接待游客600万人次，"
                      "实现旅游综合收入55亿元。",
                 leaders=["刘海燕"], lead=["县文化广电旅游体育局"],
                 coop=["青崖山景区管委会", "县自然资源局", "县交通运输局"]),
            dict(text="加快发展电子商务和现代物流，建成县级物流分拨中心，实现村级寄递物流综合服务站全覆盖。",
                 leaders=["刘海燕"], lead=["县商务局"],
                 coop=["县交通运输局", "县邮政分公司", "县供销合作社联合社"], fs_close=True),
        ]),
    ]),
    ("四、全面推进乡村振兴，加快农业农村现代化", [
        ("（一）稳定粮食和重要农产品生产", [
            dict(text="严守耕地保护红线，全年粮食播种面积稳定在52万亩以上、产量稳定在21万吨以上，"
                      "新建高标准农田3.5万亩。",
                 leaders=["赵　磊"], lead=["县农业农村局"],
                 coop=["县自然资源局", "县财政局", "县水利局", "各乡镇（街道）"]),
            dict(text="抓好生猪、肉牛稳产保供，大力发展油茶、中药材等特色种养业，"
                      "新培育市级以上农业产业化龙头企业5家。",
                 leaders=["赵　磊"], resp=["县农业农村局"]),
        ]),
        ("（二）建设宜居宜业和美乡村", [
            dict(text="巩固拓展脱贫攻坚成果，落实防止返贫致贫监测和帮扶机制，确保不发生规模性返贫致贫。",
                 leaders=["赵　磊"], lead=["县农业农村局"],
                 coop=["县民政局", "县人力资源和社会保障局", "县医疗保障局", "县教育局", "各乡镇（街道）"]),
            dict(text="实施农村人居环境整治提升行动，新（改）建农村卫生厕所3000户，"
                      "农村生活垃圾收运处置体系行政村覆盖率保持100%。",
                 leaders=["赵　磊", "王　勇"], lead=["县农业农村局"],
                 coop=["县住房和城乡建设局", "县卫生健康局", "市生态环境局檀溪分局", "县城市管理局"],
                 split=True),
            dict(text="实施农村供水保障工程，完成病险水库除险加固4座，农村自来水普及率达到95%以上。",
                 leaders=["赵　磊"], lead=["县水利局"], coop=["县财政局", "县发展和改革局"]),
        ]),
    ]),
    ("五、深化改革开放，持续优化营商环境", [
        ("（一）深化重点领域改革", [
            dict(text="深化国资国企改革，推动县城投公司市场化转型，统筹抓好地方政府债务风险防范化解。",
                 leaders=["陈立新"], lead=["县财政局"],
                 coop=["县国有资产服务中心", "县城投公司"]),
            dict(text="深入推进“高效办成一件事”改革，新增集成办理事项15项，政务服务事项全程网办率达到90%以上。",
                 leaders=["黄志刚"], lead=["县政务服务中心"], coop=["县直各有关单位"], semi1=";"),
        ]),
        ("（二）打造一流营商环境", [
            dict(text="认真落实支持民营经济发展壮大政策措施，常态化开展“千企万户大走访”活动，"
                      "及时协调解决企业诉求，持续清理拖欠企业账款。",
                 leaders=["孙建华"], lead=["县工业和信息化局", "县发展和改革局"],
                 coop=["县财政局", "县司法局", "县工商业联合会"]),
            dict(text="加强社会信用体系建设，开展营商环境“体检式”评价，营商环境评价进入全市第一方阵。",
                 leaders=["黄志刚"],
                 resp=["县发展和改革局", "县市场监督管理局", "县政务服务中心", "县司法局"]),
        ]),
    ]),
    ("六、坚持生态优先，推动城乡绿色发展", [
        ("（一）持续打好污染防治攻坚战", [
            dict(text="深入打好蓝天、碧水、净土保卫战，县城空气质量优良天数比例达到90%以上，"
                      "国省考断面水质达标率保持100%。",
                 leaders=["王　勇"], lead=["市生态环境局檀溪分局"],
                 coop=["县住房和城乡建设局", "县农业农村局", "县水利局", "县公安局交警大队",
                       "各乡镇（街道）"]),
            dict(text="全面落实河湖长制、林长制，完成营造林3万亩，森林覆盖率稳定在62%以上。",
                 leaders=["王　勇"], lead=["县林业局"], coop=["县水利局", "县自然资源局"]),
        ]),
        ("（二）扎实推进城市更新", [
            dict(text="实施城镇老旧小区改造18个，改造城市供水、排水、燃气管网30公里，新增城市公共停车位1500个。",
                 leaders=["王　勇"], lead=["县住房和城乡建设局"],
                 coop=["县城市管理局", "县自然资源局", "县财政局", "县城投公司"],
                 deadline="2025年11月底前"),
            dict(text="深化全国文明城市创建，开展城乡环境综合整治，完成城区主次干道“白改黑”工程12条。",
                 leaders=["黄志刚", "王　勇"], lead=["县委宣传部（县文明办）", "县城市管理局"],
                 coop=["县住房和城乡建设局", "县公安局交警大队", "城关街道办事处"]),
        ]),
    ]),
    ("七、着力保障和改善民生，增进人民群众福祉", [
        ("（一）促进就业增收", [
            dict(text="落实就业优先政策，城镇新增就业4500人，农村劳动力转移就业稳定在15万人以上。",
                 leaders=["刘海燕"], lead=["县人力资源和社会保障局"],
                 coop=["县财政局", "县农业农村局", "县总工会", "团县委", "县妇联"]),
            dict(text="持续推进全民参保计划，城乡居民基本养老保险参保率稳定在95%以上。",
                 leaders=["刘海燕"],
                 resp=["县人力资源和社会保障局", "县医疗保障局", "国家税务总局檀溪县税务局"]),
        ]),
        ("（二）办好各项社会事业", [
            dict(text="新建改扩建城区中小学、幼儿园4所，新增学位3000个，推动县域义务教育优质均衡发展。",
                 leaders=["刘海燕"], lead=["县教育局"],
                 coop=["县发展和改革局", "县财政局", "县自然资源局", "县住房和城乡建设局"],
                 deadline="2025年8月底前"),
            dict(text="推进紧密型县域医共体建设，县人民医院新住院大楼投入使用，每个乡镇卫生院至少建成1个特色科室。",
                 leaders=["刘海燕"], lead=["县卫生健康局"], coop=["县医疗保障局", "县财政局"]),
            dict(text="完善养老服务体系，新建乡镇区域养老服务中心3个、社区嵌入式养老服务站5个。",
                 leaders=["刘海燕"], lead=["县民政局"],
                 coop=["县财政局", "县住房和城乡建设局", "县卫生健康局"]),
        ]),
        ("（三）统筹发展和安全", [
            dict(text="深化安全生产治本攻坚三年行动，扎实开展燃气、自建房、道路交通等重点领域隐患排查整治，"
                      "坚决遏制较大以上生产安全事故发生。",
                 leaders=["陈立新", "李　娜"], lead=["县应急管理局"],
                 coop=["县住房和城乡建设局", "县交通运输局", "县公安局交警大队", "县市场监督管理局",
                       "各乡镇（街道）"]),
            dict(text="坚持和发展新时代“枫桥经验”，深化矛盾纠纷多元化解和信访工作法治化，"
                      "常态化开展扫黑除恶斗争。",
                 leaders=["李　娜"], lead=["县公安局"],
                 coop=["县司法局", "县信访局", "各乡镇（街道）"]),
        ]),
    ]),
    ("八、全面加强政府自身建设", None, [
        dict(text="严格落实政府过紧日子要求，一般性支出压减5%以上，“三公”经费只减不增。",
             leaders=["陈立新"], lead=["县财政局"], coop=[]),
        dict(text="自觉接受县人大及其常委会的法律监督和工作监督，主动接受县政协民主监督，"
                  "人大代表建议和政协提案办复率达到100%。",
             leaders=["黄志刚"], lead=["县政府办公室"], coop=["县直各有关承办单位"]),
    ]),
]

FANGAN_INTRO = ("为认真贯彻落实县十八届人大五次会议审议通过的《政府工作报告》，确保全年各项目标任务落到实处，"
                "现将重点工作任务分解如下。")


def bracket(t):
    """Return the bracket as a list of (text, font) pieces."""
    s1 = t.get("semi1", "；")
    parts = ["责任县领导：" + "、".join(t["leaders"])]
    if "resp" in t:
        parts.append("责任单位：" + "、".join(t["resp"]))
    else:
        parts.append("牵头单位：" + "、".join(t["lead"]))
        if t["coop"]:
            seps = t.get("coop_seps", ["、"] * (len(t["coop"]) - 1))
            s = t["coop"][0]
            for sep, u in zip(seps, t["coop"][1:]):
                s += sep + u
            parts.append("配合单位：" + s)
    if t.get("deadline"):
        parts.append("完成时限：" + t["deadline"])
    body = parts[0] + s1 + "；".join(parts[1:])
    full = "（" + body + "）"
    if t.get("fs_close"):
        return [(full[:-1], KT), (full[-1], FS)]
    if t.get("split"):
        k = full.index("牵头单位") if "牵头单位" in full else full.index("责任单位")
        return [(full[:k], KT), (full[k:], KT)]
    return [(full, KT)]


def gold_of(t, n):
    marker = t.get("marker", f"{n}.")
    leaders = [x.replace("　", "") for x in t["leaders"]]
    if "resp" in t:
        resp = list(t["resp"])
        lead, coop = resp[:1], resp[1:]  # cover: 排在第一位的为牵头单位
    else:
        lead, coop = list(t["lead"]), list(t["coop"])
        resp = lead + coop
    return {"id": str(n), "marker": marker, "head": t["text"][:12],
            "responsible_units": resp, "lead_units": lead, "cooperating_units": coop,
            "leaders": leaders, "deadline": t.get("deadline")}


# ---------------------------------------------------------------- docx helpers
def set_font(run, east, size=SAN, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = size
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), ascii_font)
    rf.set(qn("w:hAnsi"), ascii_font)
    rf.set(qn("w:eastAsia"), east)
    if bold:
        run.bold = True
    if color:
        run.font.color.rgb = color


def fmt(p, first_indent=True, align=None, line=Pt(28), before=0, after=0, left=None, right=None):
    pf = p.paragraph_format
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first_indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right


def para(doc, pieces, **kw):
    p = doc.add_paragraph()
    fmt(p, **kw)
    for piece in pieces:
        text, east = piece[0], piece[1]
        opts = piece[2] if len(piece) > 2 else {}
        r = p.add_run(text)
        set_font(r, east, **opts)
    return p


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._element.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.insert_element_before(bdr, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku",
                              "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE",
                              "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
                              "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
                              "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                              "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
                              "w:rPr", "w:sectPr", "w:pPrChange")


def add_page_field(footer):
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", size=Pt(14), ascii_font="宋体")
    r = p.add_run()
    set_font(r, "宋体", size=Pt(14), ascii_font="宋体")
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._element.append(f1)
    r = p.add_run()
    set_font(r, "宋体", size=Pt(14), ascii_font="宋体")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    r = p.add_run()
    set_font(r, "宋体", size=Pt(14), ascii_font="宋体")
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r._element.append(f2)
    r = p.add_run("1")
    set_font(r, "宋体", size=Pt(14), ascii_font="宋体")
    r = p.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._element.append(f3)
    r = p.add_run(" —")
    set_font(r, "宋体", size=Pt(14), ascii_font="宋体")


def banji(doc):
    """版记: a two-row table with thick top/bottom rules and a thin rule between."""
    tbl = doc.add_table(rows=2, cols=1)
    t = tbl._element
    tblPr = t.find(qn("w:tblPr"))
    borders = OxmlElement("w:tblBorders")
    for edge, sz in (("top", 8), ("left", 0), ("bottom", 8), ("right", 0), ("insideH", 4), ("insideV", 0)):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single" if sz else "nil")
        if sz:
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        borders.append(e)
    tblPr.append(borders)
    c0 = tbl.rows[0].cells[0].paragraphs[0]
    fmt(c0, first_indent=False, line=Pt(22), left=Pt(14), right=Pt(14))
    r = c0.add_run("抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。")
    set_font(r, FS, size=Pt(14))
    c1 = tbl.rows[1].cells[0].paragraphs[0]
    fmt(c1, first_indent=False, line=Pt(22), left=Pt(14), right=Pt(14))
    r = c1.add_run(ISSUER)
    set_font(r, FS, size=Pt(14))
    r = c1.add_run("\t2025年2月26日印发")
    set_font(r, FS, size=Pt(14))
    c1.paragraph_format.tab_stops.add_tab_stop(Mm(150), alignment=WD_TAB_ALIGNMENT.RIGHT)


# ---------------------------------------------------------------- build
def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    add_page_field(sec.footer)
    st = doc.styles["Normal"]
    st.font.size = SAN
    st.font.name = "Times New Roman"
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)

    red = RGBColor(0xFF, 0x00, 0x00)
    # 版头
    for _ in range(2):
        para(doc, [("", FS)], first_indent=False)
    p = para(doc, [(ISSUER + "文件", XBS, {"size": Pt(36), "color": red})],
             first_indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(60))
    p.runs[0]._element.get_or_add_rPr().insert_element_before(
        _w_scale(80), "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u",
        "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em",
        "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")
    para(doc, [("", FS)], first_indent=False)
    p = para(doc, [(DOCNO, FS)], first_indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p)
    para(doc, [("", FS)], first_indent=False)
    # 标题 (two lines, as drafted with a manual break)
    p = para(doc, [], first_indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    r = p.add_run("檀溪县人民政府办公室关于印发《2025年县政府")
    set_font(r, XBS, size=Pt(22))
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("工作报告重点工作任务分工方案》的通知")
    set_font(r, XBS, size=Pt(22))
    para(doc, [("", FS)], first_indent=False)
    para(doc, [(ZHUSONG, FS)], first_indent=False)
    for item in COVER:
        if item[0] == "p":
            para(doc, [(item[1], FS)])
        else:
            para(doc, [(item[1], HT), (item[2], FS)])
    para(doc, [("", FS)], first_indent=False)
    para(doc, [("附件：" + FANGAN_TITLE, FS)])
    for _ in range(3):
        para(doc, [("", FS)], first_indent=False)
    para(doc, [(ISSUER, FS)], first_indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(64))
    para(doc, [("2025年2月26日", FS)], first_indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(80))
    para(doc, [("（此件公开发布）", FS)])

    # 附件
    p = para(doc, [("附件", HT)], first_indent=False)
    p.paragraph_format.page_break_before = True
    para(doc, [("", FS)], first_indent=False)
    para(doc, [(FANGAN_TITLE, XBS, {"size": Pt(22)})], first_indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    para(doc, [("", FS)], first_indent=False)
    para(doc, [(FANGAN_INTRO, FS)])

    gold = []
    n = 0

    def task(t):
        nonlocal n
        n += 1
        marker = t.get("marker", f"{n}.")
        pieces = [(marker + t["text"], FS)] + bracket(t)
        para(doc, pieces)
        gold.append(gold_of(t, n))

    for ptitle, subs, *rest in PARTS:
        para(doc, [(ptitle, HT)])
        if subs is None:
            for t in rest[0]:
                task(t)
        else:
            for stitle, tasks in subs:
                para(doc, [(stitle, KT)])
                for t in tasks:
                    task(t)

    # 版记 on the last page
    for _ in range(2):
        para(doc, [("", FS)], first_indent=False)
    banji(doc)
    para(doc, [("", FS, {"size": Pt(2)})], first_indent=False, line=Pt(2))

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 2, 26, 9, 30, 0)
    cp.author = "县政府办文电科"
    cp.last_modified_by = "县政府办文电科"
    cp.title = ""
    cp.subject = ""
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""
    cp.revision = 3
    cp.created = fixed
    cp.modified = datetime.datetime(2025, 2, 26, 16, 12, 0)
    cp.last_printed = datetime.datetime(2025, 2, 26, 16, 10, 0)

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed member timestamps so the bytes never change
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 26, 16, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    with open(DOCX, "wb") as f:
        f.write(out.getvalue())
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    return len(gold)


def _w_scale(pct):
    w = OxmlElement("w:w")
    w.set(qn("w:val"), str(pct))
    return w


if __name__ == "__main__":
    k = build()
    print(f"wrote {DOCX} and {GOLD} ({k} tasks)")
