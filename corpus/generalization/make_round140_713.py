#!/usr/bin/python3
"""Round 140, case 713 (control): a 街道办事处 red-header Word notice that splits the
street's 2025 重点工作 among its 科室 and 社区.

Writes 713_liuwan_jiedao_2025_zhongdian_gongzuo_fenjie.docx and 713.tasks.gold.jsonl
from the one description of the tasks below (TASKS).  Deterministic: fixed core
properties and fixed zip timestamps (the package is re-zipped here).

Form: tasks are numbered paragraphs `1．` … `35．` (numbering runs on across six
`一、` parts), each with a bold run-in title, followed by four label paragraphs
  分管领导：X
  责任科室：A、B
  责任人：Y
  完成时限：…
The cover text states the rule: the first of several 责任科室（单位） leads.
"""
import io
import json
import os
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = "713_liuwan_jiedao_2025_zhongdian_gongzuo_fenjie.docx"
GOLD = "713.tasks.gold.jsonl"

ISSUER = "榆溪区柳湾街道办事处"
DOCNO = "柳街办发〔2025〕5号"
PLAN = "柳湾街道2025年重点工作任务分解方案"
TITLE = "柳湾街道办事处关于印发《%s》的通知" % PLAN
ZHUSONG = "各社区（村），机关各科室、各站所："
DATE = "2025年2月26日"

COVER = [
    "现将《%s》印发给你们，请结合工作实际，认真抓好贯彻落实。现就有关事项通知如下：" % PLAN,
    ("一、提高思想认识。2025年是“十四五”规划收官之年，做好全年各项工作意义重大。各科室、各社区要进一步统一思想，"
     "把重点工作任务落实作为检验工作作风和能力的重要标尺，以“马上就办、办就办好”的劲头推动各项任务落地见效。"),
    ("二、压实工作责任。各项任务的分管领导为第一责任领导，责任科室主要负责人为直接责任人。任务涉及多个责任科室（单位）的，"
     "排在第一位的为牵头科室，负责统筹推进、协调调度；其他科室（单位）和社区为配合单位，要主动对接、密切配合，"
     "不得推诿扯皮。各牵头科室要对照任务分解，逐项制定推进计划，明确时间节点，确保按期完成。"),
    ("三、强化督查考核。各牵头科室于每月25日前将任务推进情况书面报党政办公室，党政办公室汇总后报街道党工委、办事处。"
     "街道将重点工作完成情况纳入科室、社区年度绩效考核，对工作推进不力、进度严重滞后的，视情予以通报、约谈。"),
]
ATT_INTRO = ("为全面落实区委、区政府决策部署和街道党工委2025年工作安排，确保全年各项目标任务落到实处，"
             "结合街道工作实际，现将2025年重点工作任务分解如下：")

# Leaders (分管领导) as printed.  Two-character names are padded with U+3000 in most
# places, but not all (王勇 once unpadded; 孙波 never padded).
ZHANG, LIU, CHEN, ZHOU, SUN = "张建国", "刘志远", "陈　静", "周海涛", "孙波"
WANG, WANG_U, LI, HUANG, HE = "王　勇", "王勇", "李晓东", "黄丽娟", "何　军"

# 科室 / 站所 / 派驻单位 as printed.
DZB = "党政办公室"
DJB = "党建工作办公室"
JFB = "经济发展办公室"
CZS = "财政所"
CGB = "城市管理办公室"
ZFD = "综合行政执法队"
CJB = "城建环保办公室"
SSB = "社会事务办公室"
PAB = "平安建设办公室（综治中心）"
YJB = "应急管理办公室"
DQZ = "党群服务中心（便民服务中心）"
TJZ = "退役军人服务站"
WTZ = "文化体育服务站"
LBS = "劳动和社会保障事务所"
JGW = "纪工委"
RDB = "人大工委办公室"
WZB = "武装部"
TJS = "统计工作站"
PCS = "柳湾派出所"
SFS = "柳湾司法所"
SJS = "柳湾市场监管所"
WSZ = "柳湾街道社区卫生服务中心"
FL = "街道妇联"
TGW = "团工委"
SQ = "各社区"
SQC = "各社区（村）"


def T(title, body, leaders, units, persons, deadline, *, marker=None, lsep="、", usep=None,
      label="责任科室", more=(), soft=False, colon="：", pad_after=""):
    return dict(title=title, body=body, leaders=leaders, units=units, persons=persons,
                deadline=deadline, marker=marker, lsep=lsep, usep=usep, label=label,
                more=list(more), soft=soft, colon=colon, pad_after=pad_after)


PARTS = [
    ("一、全面加强党的建设", [
        T("深入学习贯彻党的二十届三中全会精神。",
          "把学习贯彻党的二十届三中全会精神作为首要政治任务，严格落实党工委理论学习中心组学习制度，全年开展中心组集中学习不少于12次，推动理论学习向社区、“两新”组织延伸，组织开展宣讲活动30场次以上。",
          [CHEN], [DJB, DZB], ["吴　敏"], "2025年12月底"),
        T("夯实基层党组织建设。",
          "深入推进“红色物业”建设，实施社区党组织书记“领头雁”培育工程，年内完成1个软弱涣散社区党组织整顿转化，新建“两新”组织党组织3个，发展党员12名。",
          [CHEN], [DJB, SQC], ["吴　敏"], "2025年11月底前"),
        T("加强党风廉政建设。",
          "压紧压实全面从严治党主体责任和监督责任，持续纠治“四风”，深化整治群众身边不正之风和腐败问题，开展廉政教育4次以上，严格执行“三重一大”事项集体决策制度。",
          [SUN], [JGW, DZB], ["汪　洋"], "全年", usep=["，"]),
        T("做好意识形态和宣传工作。",
          "严格落实意识形态工作责任制，加强网络舆情监测和处置；用好“柳湾发布”公众号等平台，全年在区级以上媒体刊发街道工作信息不少于60篇。",
          [CHEN], [DJB, WTZ], ["吴　敏", "彭　程"], "全年"),
        T("支持人大工委依法履职。",
          "完善人大代表联络站运行机制，组织代表开展集中视察、专题调研活动不少于4次，认真办理代表建议，办复率达到100%。",
          [ZHOU], [RDB], ["田蕊"], "2025年12月底"),
        T("推进党建引领基层治理。",
          "健全“街道党工委—社区党组织—网格党支部—楼栋党小组”四级组织体系，推动机关党员干部下沉社区报到服务，深化“四议两公开”工作法，提升社区服务群众能力。",
          [ZHANG, LIU], [DJB, SSB, SQC], ["吴　敏"], "2025年12月底"),
    ]),
    ("二、推动经济高质量发展", [
        T("全力抓好招商引资。",
          "坚持“一把手”招商，聚焦现代服务业、数字经济等领域，全年引进亿元以上项目3个、千万元以上项目8个，完成固定资产投资5.2亿元。",
          [LIU, LI], [JFB], ["郑海波"], "2025年12月底"),
        T("持续优化营商环境。",
          "深化“一窗受理、一次办好”改革，推动高频事项“就近办、网上办”，落实企业服务专员制度，每季度走访辖区重点企业不少于1次，及时协调解决企业诉求。",
          [LI], [DQZ, JFB], ["沈佳"], "全年"),
        T("做好重点项目服务保障。",
          "全力配合柳湾片区城市更新、滨河路北延等区重点项目推进，做好征收、清表和矛盾调处工作，确保滨河路北延项目6月底前具备开工条件。",
          [WANG, LI], [CJB, JFB, SQC], ["邓立新"], "2025年6月底前"),
        T("培育发展楼宇经济。",
          "盘活辖区闲置楼宇资源，推动柳湾商务中心、锦绣大厦提档升级，新增入驻企业20家，楼宇税收同比增长8%以上。",
          [LI], [JFB, CZS], ["郑海波"], "2025年12月底"),
        T("加强财政收支管理。",
          "严格执行预算管理制度，加强非税收入征管，压减一般性支出，“三公”经费只减不增；规范政府采购和资产管理，完成年度财政收入任务。",
          [LIU], [CZS], ["马　丽"], "2025年12月底"),
        T("做好统计工作。",
          "扎实做好第五次全国经济普查数据质量核查和常规统计工作，推进“个转企、小升规”，全年新增规上企业3家、限上企业5家，确保统计数据真实准确。",
          [LI], [TJS, JFB], ["罗　珊"], "2025年12月底", marker="12."),
        T("发展社区商业和夜间经济。",
          "规范提升柳湾老街、滨河夜市等特色街区，引导社区便民商业网点布局，打造“一刻钟便民生活圈”2个。",
          [LI], [JFB, CGB, SJS], ["郑海波"], "2025年9月底前"),
    ]),
    ("三、提升城市管理水平", [
        T("深化城市精细化管理。",
          "持续开展市容秩序专项整治，规范占道经营、乱堆乱放、乱贴乱画等行为，主次干道市容达标率保持在95%以上。",
          [WANG], [CGB, ZFD, SQ], ["冯志刚"], "全年"),
        T("推进老旧小区改造。",
          "完成纺织厂宿舍、粮站家属院等6个老旧小区改造，改造面积约8.6万平方米，同步实施雨污分流、强弱电入地和停车设施建设。",
          [WANG], [CJB, SQC], ["邓立新"], "2025年11月底前",
          more=["坚持“改造前问需、改造中问计、改造后问效”，推动改造小区同步引入物业服务或成立业主自治组织，年内有条件的小区加装电梯不少于10部。"]),
        T("开展环境卫生整治。",
          "常态化开展“周末大扫除”和背街小巷、城乡结合部环境卫生整治，强化道路保洁和垃圾清运，全年清理卫生死角300处以上。",
          [WANG], [CGB, SQC], ["冯志刚"], "全年"),
        T("抓好生态环境保护。",
          "落实大气污染防治网格化管理，强化建筑工地扬尘、餐饮油烟和露天焚烧管控，配合做好中央、省生态环境保护督察反馈问题整改。",
          [WANG], [CJB, ZFD], ["邓立新"], "长期坚持"),
        T("推进生活垃圾分类。",
          "巩固提升垃圾分类示范小区建设成果，新建垃圾分类投放点15处，居民垃圾分类知晓率达到95%以上。",
          [WANG], [CGB, SQ], ["冯志刚"], "2025年10月底前"),
        T("严控违法建设。",
          "保持对违法建设“零容忍”，落实巡查发现、及时制止、依法拆除工作机制，确保新增违法建设“零增长”，全年拆除存量违法建设2000平方米以上。",
          [WANG_U], [ZFD, CJB, SQC], ["韩　磊"], "2025年12月底"),
    ]),
    ("四、增进民生福祉", [
        T("做好就业和社会保障工作。",
          "全年新增城镇就业800人，帮扶就业困难人员再就业60人，开展职业技能培训500人次；城乡居民基本养老保险、医疗保险参保率分别保持在95%、97%以上。",
          [HUANG], [LBS, SQC], ["卢晓燕"], "2025年12月底"),
        T("完善养老服务体系。",
          "建成运营嵌入式养老服务中心1个，新建社区老年助餐点3个，为高龄、失能、独居老人提供上门服务，推进适老化改造80户。",
          [HUANG], [SSB, SQ], ["宋玉梅"], "2025年9月底前"),
        T("兜牢社会救助底线。",
          "规范开展低保、特困、临时救助等工作，做好动态管理和资金发放，落实残疾人“两项补贴”，做到应保尽保、应退尽退。",
          [HUANG], [SSB, SQC], ["宋玉梅"], "全年", soft=True),
        T("关心关爱妇女儿童和青少年。",
          "开展“春蕾安全”“护苗”等主题活动，建成儿童之家2个，做好困境儿童、留守儿童关爱服务和未成年人思想道德建设工作。",
          [HUANG], [SSB, FL, TGW], ["宋玉梅"], "2025年12月底"),
        T("丰富群众文化生活。",
          "办好“柳湾之夏”广场文化节和全民健身系列活动，开展文艺演出、公益电影放映等惠民活动60场次以上，推动社区综合性文化服务中心提质增效。",
          [CHEN], [WTZ], ["彭　程"], "2025年12月底"),
        T("做好退役军人服务保障。",
          "落实退役军人优待抚恤政策，规范化建设社区退役军人服务站，做好走访慰问、帮扶援助和“光荣之家”评选工作。",
          [HE, HUANG], [TJZ, SQC], ["曹建勇"], "全年"),
        T("推进健康柳湾建设。",
          "配合做好基本公共卫生服务和家庭医生签约服务，重点人群签约率达到75%以上；深入开展爱国卫生运动，巩固国家卫生城市创建成果。",
          [HUANG], [SSB, WSZ, SQ], ["宋玉梅"], "2025年12月底"),
        T("办好十件民生实事。",
          "围绕群众急难愁盼问题，高质量完成新建便民停车位300个、增设电动自行车充电桩200个、改造提升社区小游园3处等十件民生实事，年底前全部完成并接受群众评议。",
          [LIU], [DZB, CJB, CGB, SSB, SQC], ["杨　帆"], "2025年12月底"),
    ]),
    ("五、维护安全稳定", [
        T("做好信访维稳工作。",
          "落实领导干部接访下访和包案化解制度，加强重点时段、重点人员稳控，信访事项及时受理率、按期办结率均达到100%，确保不发生越级上访和极端事件。",
          [HE], [PAB, PCS, SFS], ["许文斌"], "全年", label="责任单位"),
        T("推进矛盾纠纷多元化解。",
          "坚持和发展新时代“枫桥经验”，健全综治中心实体化运行机制，完善人民调解、行政调解、司法调解联动体系，矛盾纠纷调处成功率达到95%以上。",
          [HE], [PAB, SFS, SQ], ["许文斌"], "全年", colon=":"),
        T("抓好安全生产工作。",
          "严格落实安全生产责任制，深入开展城镇燃气、自建房、消防、有限空间等重点领域隐患排查整治，全年开展检查不少于200家次，坚决遏制较大以上安全事故发生。",
          [WANG], [YJB, SJS, ZFD], ["蒋　涛"], "全年", pad_after="　"),
        T("做好防汛和应急处置工作。",
          "完善防汛应急预案，加强应急队伍和物资储备建设，汛前组织开展应急演练不少于2次，确保安全度汛。",
          [WANG, HE], [YJB, SQC], ["蒋　涛"], "2025年5月底前"),
        T("加强国防动员和民兵工作。",
          "扎实做好2025年度征兵工作，完成上级下达的征兵任务；加强民兵组织整顿和训练，做好国防教育工作。",
          [HE], [WZB], ["谢　鹏"], "2025年9月底前"),
    ]),
    ("六、加强自身建设", [
        T("推进依法行政。",
          "严格落实重大行政决策法定程序，发挥法律顾问作用，规范行政执法行为；落实“八五”普法规划，全年开展法治宣传活动20场次以上。",
          [LIU], [DZB, SFS], ["杨　帆"], "2025年12月底"),
        T("加强干部队伍建设。",
          "健全干部教育培训、考核评价和激励约束机制，全年组织干部集中培训不少于4期，营造担当作为、干事创业的良好氛围。",
          [CHEN], [DJB, DZB], ["吴　敏"], "全年"),
        T("强化督查督办。",
          "建立重点工作任务台账，实行“月调度、季通报、年考核”，对推进滞后的任务及时督促提醒，确保各项工作按期保质完成。",
          [LIU, CHEN], [DZB], ["杨　帆"], "全年"),
    ]),
]


def set_font(run, east="仿宋_GB2312", ascii_="Times New Roman", size=16, bold=False, color=None):
    run.font.name = ascii_
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), ascii_)
    rfonts.set(qn("w:hAnsi"), ascii_)
    rfonts.set(qn("w:eastAsia"), east)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc, text="", *, east="仿宋_GB2312", size=16, bold=False, align=None, indent=True,
         color=None, runs=None, space_before=0, space_after=0, exact=28):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if exact:
        pf.line_spacing = Pt(exact)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    for t, kw in (runs or [(text, {})]):
        if t == "\n":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        r = p.add_run(t)
        k = dict(east=east, size=size, bold=bold, color=color)
        k.update(kw)
        set_font(r, **k)
    return p


def border(p, side, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)


def add_page_field(p):
    for t in ("— ",):
        set_font(p.add_run(t), east="宋体", size=14)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "28")
    rpr.append(sz)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)
    set_font(p.add_run(" —"), east="宋体", size=14)


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    # the first paragraph of the default template is none; 版头
    for _ in range(2):
        para(doc, "", indent=False)
    para(doc, ISSUER + "文件", east="方正小标宋简体", size=34, color="FF0000",
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=None)
    para(doc, "", indent=False)
    p = para(doc, DOCNO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom")
    para(doc, "", indent=False)
    para(doc, TITLE, east="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, exact=35)
    para(doc, "", indent=False)
    para(doc, ZHUSONG, indent=False)
    for i, t in enumerate(COVER):
        if i == 0:
            para(doc, t)
        else:
            k = t.index("。") + 1
            para(doc, runs=[(t[:k], {"east": "黑体"}), (t[k:], {})])
    para(doc, "")
    para(doc, "附件：" + PLAN)
    para(doc, "")
    para(doc, "")
    para(doc, ISSUER, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, DATE + "　　", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "（此件公开发布）")

    # 附件
    p = para(doc, "附件", east="黑体", indent=False)
    p.paragraph_format.page_break_before = True
    para(doc, "", indent=False)
    para(doc, PLAN, east="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         exact=35)
    para(doc, "", indent=False)
    para(doc, ATT_INTRO)

    gold = []
    n = 0
    for head, tasks in PARTS:
        para(doc, head + "（%d项）" % len(tasks), east="黑体")
        for t in tasks:
            n += 1
            marker = t["marker"] or "%d．" % n
            para(doc, runs=[(marker + t["title"], {"bold": True}), (t["body"], {})])
            for m in t["more"]:
                para(doc, m)
            seps = t["usep"] or []
            units_txt = t["units"][0]
            for i, u in enumerate(t["units"][1:]):
                units_txt += (seps[i] if i < len(seps) else "、") + u
            c = t["colon"]
            lines = [
                ("分管领导" + c, t["lsep"].join(t["leaders"]) + t["pad_after"]),
                (t["label"] + c, units_txt),
                ("责任人" + c, "、".join(t["persons"])),
                ("完成时限" + c, t["deadline"]),
            ]
            if t["soft"]:
                runs = []
                for i, (lab, val) in enumerate(lines):
                    if i:
                        runs.append(("\n", {}))
                    runs += [(lab, {"east": "黑体"}), (val, {})]
                para(doc, runs=runs)
            else:
                for lab, val in lines:
                    para(doc, runs=[(lab, {"east": "黑体"}), (val, {})])
            text = t["title"] + t["body"]
            units = list(t["units"])
            gold.append({
                "id": marker.rstrip(".．"),
                "marker": marker,
                "head": "".join(text.split())[:12],
                "responsible_units": units,
                "lead_units": units[:1],
                "cooperating_units": units[1:],
                "leaders": [x.replace("　", "") for x in t["leaders"]],
                "deadline": t["deadline"],
            })

    # 版记
    para(doc, "")
    para(doc, "")
    tbl = doc.add_table(rows=2, cols=1)
    tblpr = tbl._tbl.tblPr
    bd = OxmlElement("w:tblBorders")
    for side, sz in (("top", 8), ("bottom", 8), ("insideH", 4)):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "0")
        b.set(qn("w:color"), "000000")
        bd.append(b)
    tblpr.append(bd)
    cells = [
        [("抄送：区委办公室，区政府办公室，区委组织部。", {})],
        [("榆溪区柳湾街道党政办公室", {}), ("　　　　　　　　", {}), (DATE + "印发", {})],
    ]
    for row, runs in zip(tbl.rows, cells):
        cp = row.cells[0].paragraphs[0]
        cp.paragraph_format.left_indent = Pt(14)
        for t, kw in runs:
            set_font(cp.add_run(t), size=14)

    cp = doc.core_properties
    import datetime as dt
    fixed = dt.datetime(2025, 2, 26, 9, 30, 0)
    cp.author = "柳湾街道党政办"
    cp.last_modified_by = "柳湾街道党政办"
    cp.title = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    return doc, gold


def write_docx(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
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
    assert 20 <= len(gold) <= 45, len(gold)
    write_docx(doc, os.path.join(HERE, NOTICE))
    with open(os.path.join(HERE, GOLD), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print("wrote", NOTICE, GOLD, len(gold), "tasks")


if __name__ == "__main__":
    main()
