#!/usr/bin/python3
"""Round 123, case 632: a county 分工 notice as FastGPT's collection export gives it.

Path (who really makes such a file): a 县政府办 uploads its Word notice to the
county's FastGPT knowledge base (the 政务 AI assistant), chunk mode with the
custom setting 段落优先 / 分块上限 256; a reader later clicks 导出 on the
collection (or downloads the cited source from a chat answer) and gets FastGPT's
data.csv: a UTF-8 BOM, the header "index,content", then one record per datum
in chunkIndex order, the chunk text in the first column and an empty second
column, every field through FastGPT's escapeCsvField (quoted when it holds a
comma, quote or newline; a "'" would go before a field opening with = + - @ |).

What the path does to the notice:
* mammoth + turndown (+ joplin gfm) turn the .docx into Markdown: Word's
  标题 1 / 标题 2 become "# " / "## " lines, the 民生实事 table a pipe table
  (header cells bold), two leaders in one cell "孙建华<br><br>欧阳明", the 版记
  table a pipe table under an empty header;
* FastGPT's splitter cuts that Markdown into chunks of about 256 characters
  (a chunk may reach 1.2x): every chunk under a heading starts again with its
  whole heading path ("# …方案" / "## 三、…"); the pipe table is cut by rows
  with its header and a fresh "| --- |" row before each piece, and one cut
  falls between a repeated header and its rule row; a paragraph that does not
  fit is cut at "。" with overlap, so the next record opens with the last
  sentence(s) of the previous one again (tasks 6 and 27: their clause is only
  in the next record), and once the overlap is the tail of task 11's clause
  ("配合单位：…）") followed by the whole text of task 12 again, whose clause
  then follows;
* the export quotes each chunk (all hold newlines or commas) and leaves the
  second column empty; the header says index,content.

Writes 632_build/ (the source .docx and the Markdown FastGPT reads),
632_hengxi_xian_gzbg_renwu_fengong_fastgpt_daochu.csv and its gold.
Deterministic: fixed core properties and zip timestamps; the JS step is pure.
Needs node and 632_npm/node_modules (mammoth 1.11.0, turndown 7.2.0,
joplin-turndown-plugin-gfm 1.0.12, domino-ext 2.1.4).
"""
import io
import json
import os
import subprocess
import sys
import zipfile
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, "632_build")
NAME = "632_hengxi_xian_gzbg_renwu_fengong_fastgpt_daochu"
CHUNK_SIZE = 256

ISSUER = "蘅溪县人民政府办公室"
DOCNO = "蘅政办发〔2025〕6号"
DATE = "2025年3月14日"
TITLE1 = "蘅溪县人民政府办公室关于印发2025年《政府工作报告》"
TITLE2 = "重点工作任务分工方案的通知"
ZHUSONG = "各乡镇人民政府、街道办事处，县政府各部门，县直各单位："
ATT_TITLE = "2025年《政府工作报告》重点工作任务分工方案"

COVER = [
    "《2025年蘅溪县人民政府工作报告》已经县第十八届人民代表大会第五次会议审议通过。为确保报告确定的各项目标任务落到实处，经县人民政府同意，现将《2025年〈政府工作报告〉重点工作任务分工方案》印发给你们，并就有关事项通知如下。",
    "一、压实工作责任。各责任县领导要加强对分管领域重点工作的统筹调度，定期听取进展情况汇报，协调解决重大问题。各牵头单位主要负责同志要亲自研究部署，逐项制定推进计划，明确时间节点和责任人，确保各项任务按期完成。",
    "二、明确分工要求。方案中“牵头单位”为第一责任单位，负责组织协调、推进落实和情况汇总；“配合单位”按照职责分工主动配合，积极提供支持。牵头单位有两个的，排在第一位的为主牵头单位，其他牵头单位共同负责。只列明“责任单位”的，排在第一位的为牵头单位，其余为配合单位。",
    "三、强化督查考核。县政府督查室将把重点工作任务落实情况纳入年度督查重点，实行季度调度、半年通报、年终考核。各牵头单位于每季度末月25日前将工作进展情况书面报县政府督查室（联系人：陈　浩，联系电话：0739-6212345）。",
]

# --------------------------------------------------------------------------
# The tasks.  kind: "lc" 牵头+配合, "l" 牵头 only, "r" 责任单位 (first leads).
# leaders as printed (padding kept), units as printed.
# --------------------------------------------------------------------------
PARTS = []


def part(title):
    PARTS.append(dict(title=title, tasks=[]))


def task(text, leaders, kind, leads=None, coops=None, units=None,
         deadline=None, coop_sep=None):
    PARTS[-1]["tasks"].append(dict(text=text, leaders=leaders, kind=kind,
                                   leads=leads or [], coops=coops or [],
                                   units=units or [], deadline=deadline,
                                   coop_sep=coop_sep))


part("一、稳定经济增长")
task("全年地区生产总值增长6%左右，规模以上工业增加值增长7%，固定资产投资增长8%，社会消费品零售总额增长6.5%，一般公共预算收入增长4%。建立经济运行“月调度、季分析”机制，加强对重点行业、重点企业、重点项目的运行监测，对增速低于预期的指标及时会商研判、精准施策。完善统计数据质量责任制，依法开展统计执法检查，确保数据真实准确。加强与市直部门的沟通衔接，及时掌握上级政策动向，提前谋划下半年经济工作，力争主要指标增速排名全市前列。",
     ["王　勇"], "lc", leads=["县发展和改革局"],
     coops=["县统计局", "县财政局", "县工业和信息化局", "县商务局"],
     deadline="2025年12月底前")
task("全面落实国家和省、市稳经济一揽子政策措施，持续开展“政策找企业”行动，推动惠企政策“免申即享”“直达快享”，全年兑现各类奖补资金不少于1.2亿元。",
     ["王　勇"], "lc", leads=["县财政局", "县发展和改革局"],
     coops=["县工业和信息化局", "县商务局", "县数据资源局"])
task("深入开展“消费提振年”活动，举办汽车、家电、家居等促消费活动20场以上，用好以旧换新补贴资金，培育夜间经济集聚区2个，改造提升特色商业街区1条，全年新增限额以上商贸企业30家。",
     ["刘晓梅"], "lc", leads=["县商务局"],
     coops=["县财政局", "县市场监督管理局", "县文化旅游体育局", "各乡镇（街道）"])
task("加强财源建设，深化税费征管协作，盘活行政事业单位闲置资产和国有存量资产，全年盘活资产收益不低于8000万元。严格落实政府过紧日子要求，“三公”经费只减不增，兜牢“三保”底线。",
     ["王　勇"], "lc", leads=["县财政局"],
     coops=["国家税务总局蘅溪县税务局", "县自然资源局", "县机关事务服务中心"])
task("优化金融服务实体经济，开展政银企对接活动不少于6场，全年新增贷款40亿元以上，县域存贷比提高3个百分点。",
     ["王　勇"], "r", units=["县财政局", "县发展和改革局", "县工业和信息化局"])

part("二、扩大有效投资")
task("实施重点项目建设攻坚行动，全年实施县级重点项目120个，完成年度投资150亿元以上，其中新开工项目60个以上、竣工投产项目40个以上。严格落实县级领导联系重点项目制度，实行“一个项目、一名县级领导、一个工作专班、一抓到底”推进机制，每月召开项目调度会，对土地、资金、能耗等要素制约问题实行清单化管理、限时办结。扎实开展项目前期工作，全年储备亿元以上项目80个以上，滚动形成“谋划一批、储备一批、开工一批、投产一批”的良性循环。强化项目建设全过程监管，严格执行项目法人责任制、招标投标制和工程监理制，确保工程质量和安全生产。",
     ["王　勇", "孙建华"], "lc", leads=["县发展和改革局"],
     coops=["县自然资源局", "县住房和城乡建设局", "县行政审批服务局"], coop_sep={0: "，"})
task("精准对接国家政策投向，全年争取中央预算内投资、超长期特别国债和地方政府专项债券资金18亿元以上。",
     ["王　勇"], "lc", leads=["县发展和改革局", "县财政局"], coops=["县直各有关单位"])
task("坚持把招商引资作为“一号工程”，围绕装备制造、新材料、绿色食品三大主导产业开展产业链精准招商，全年新签约亿元以上项目35个，实际到位省外资金110亿元以上。",
     ["孙建华"], "lc", leads=["县投资促进中心"],
     coops=["蘅溪经济开发区管委会", "县工业和信息化局", "各乡镇（街道）"])
task("加快交通基础设施建设，推进蘅溪至桐岭高速公路蘅溪段征地拆迁，完成国道207线城区过境段改线工程，新改建农村公路120公里。",
     ["欧阳明"], "lc", leads=["县交通运输局"],
     coops=["县自然资源局", "县财政局", "沿线乡镇人民政府"], deadline="2025年11月底前")
task("实施水利补短板工程，完成中型灌区续建配套与节水改造项目，开工建设县城第二水源工程。",
     ["欧阳明"], "l", leads=["县水利局"])

part("三、推动产业升级")
task("实施工业倍增行动，推进园区扩容提质，新增规模以上工业企业25家，工业技改投资增长15%以上。开展“链长制”工作，每条产业链由一名县级领导任链长，建立“一链一专班一方案”。全年培育省级专精特新中小企业10家、创新型中小企业30家，推动蘅溪经济开发区创建省级高新技术产业开发区。",
     ["孙建华"], "lc", leads=["县工业和信息化局", "蘅溪经济开发区管委会"],
     coops=["县科学技术局", "县发展和改革局", "县统计局"])
task("推动数字经济和实体经济深度融合，新建5G基站150个，推动规模以上工业企业数字化改造全覆盖，建成县级政务数据共享交换平台二期。",
     ["孙建华"], "lc", leads=["县数据资源局"],
     coops=["县工业和信息化局", "中国电信蘅溪分公司", "中国移动蘅溪分公司"])
task("强化科技创新驱动，全社会研发经费投入增长12%，新认定高新技术企业15家，新建省级以上研发平台3个。",
     ["孙建华"], "r", units=["县科学技术局", "县财政局", "县工业和信息化局"])
task("推进文旅融合发展，加快蘅山国家4A级旅游景区创建，办好第三届蘅溪荷花节，全年接待游客突破600万人次，实现旅游综合收入55亿元。",
     ["刘晓梅"], "lc", leads=["县文化旅游体育局"],
     coops=["县交通运输局", "县住房和城乡建设局", "蘅山风景区管理处"])
task("持续优化营商环境，深化“一件事一次办”改革，政务服务事项网上可办率稳定在98%以上，企业开办时间压缩至1个工作日以内。",
     ["王　勇"], "lc", leads=["县行政审批服务局"],
     coops=["县市场监督管理局", "县数据资源局", "县司法局"])

part("四、深化改革开放")
task("深化国资国企改革，推进县属国有企业整合重组和市场化转型，县城投集团年内实现经营性收入占比达到40%以上。",
     ["王　勇"], "lc", leads=["县财政局"], coops=["县城市建设投资集团有限公司"])
task("扎实推进要素市场化配置改革，开展工业用地“标准地”出让，推行“亩均论英雄”综合评价，全年盘活批而未供和闲置土地3000亩以上。",
     ["孙建华"], "lc", leads=["县自然资源局"],
     coops=["县工业和信息化局", "蘅溪经济开发区管委会"])
task("提升对外开放水平，组织企业参加广交会、进博会等重点展会，全年外贸进出口总额增长10%，实际利用外资500万美元。",
     ["刘晓梅"], "lc", leads=["县商务局"],
     coops=["县投资促进中心", "蘅溪海关"])
task("深化农村集体产权制度改革，发展壮大新型农村集体经济，年底前所有行政村集体经济收入达到10万元以上，其中50万元以上的村达到30个。",
     ["欧阳明"], "lc", leads=["县农业农村局"],
     coops=["县财政局", "县委组织部", "各乡镇（街道）"])
task("推进社会信用体系建设，完善信用承诺和信用修复机制，加快推进全国社会信用体系建设示范县创建。",
     ["王　勇"], "r", units=["县发展和改革局", "县市场监督管理局", "人民银行蘅溪营业管理部"])

part("五、推进乡村振兴")
task("坚决扛稳粮食安全责任，全年粮食播种面积稳定在52万亩以上、总产量稳定在23万吨以上。实施高标准农田建设项目5万亩，推进撂荒地整治复耕，落实耕地保护“田长制”。加快农业社会化服务体系建设，主要农作物耕种收综合机械化率达到80%。落实种粮农民补贴和稻谷目标价格政策，推广“企业+合作社+农户”订单种植模式，全年订单粮食面积达到15万亩以上，切实保护农民种粮积极性。",
     ["欧阳明"], "lc", leads=["县农业农村局"],
     coops=["县自然资源局", "县水利局", "县财政局", "各乡镇（街道）"])
task("巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制，确保不发生规模性返贫。",
     ["欧阳明"], "lc", leads=["县农业农村局"],
     coops=["县人力资源和社会保障局", "县民政局", "县医疗保障局"])
task("做强特色农业产业，建设蘅溪黄桃、富硒茶叶两个省级现代农业产业园，新增农产品“两品一标”认证12个，培育市级以上农业产业化龙头企业5家。",
     ["欧阳明"], "lc", leads=["县农业农村局"], coops=["县市场监督管理局", "县商务局", "县供销合作社"])
task("实施农村人居环境整治提升行动，农村卫生厕所普及率达到92%，生活垃圾收运处置体系行政村全覆盖，建成省级美丽乡村示范村8个。",
     ["欧阳明", "何　静"], "lc", leads=["县农业农村局", "县住房和城乡建设局"],
     coops=["市生态环境局蘅溪分局", "县卫生健康局", "各乡镇（街道）"])
task("推进新型城镇化建设，完成城区老旧小区改造32个，新建城市道路8公里，新增城市停车位2000个，县城建成区绿化覆盖率达到42%。",
     ["何　静"], "lc", leads=["县住房和城乡建设局"],
     coops=["县城市管理局", "县自然资源局", "县城市建设投资集团有限公司"])

part("六、增进民生福祉")
task("强化就业优先政策，全年城镇新增就业5500人，城镇调查失业率控制在5.5%以内，开展职业技能培训8000人次。",
     ["何　静"], "lc", leads=["县人力资源和社会保障局"],
     coops=["县教育局", "县财政局", "县总工会"])
task("办好人民满意教育，新建改扩建中小学校6所，新增学位4500个，义务教育巩固率保持在99%以上。深化县域普通高中振兴行动，推进“县中崛起”，确保高考综合上线率稳步提升。加强乡村教师队伍建设，全年招聘补充教师200名。推动职业教育产教融合，建设县职业中专实训基地。落实“双减”政策，规范校外培训机构管理，加强学生心理健康教育和近视防控工作。",
     ["何　静"], "lc", leads=["县教育局"],
     coops=["县发展和改革局", "县财政局", "县自然资源局", "县住房和城乡建设局", "县人力资源和社会保障局"])
task("推进健康蘅溪建设，深化紧密型县域医共体改革，县人民医院创建三级医院，建成乡镇卫生院标准化发热门诊18个。",
     ["何　静"], "lc", leads=["县卫生健康局"], coops=["县医疗保障局", "县财政局"])
task("健全多层次社会保障体系，城乡居民基本养老保险参保率稳定在95%以上，新建社区嵌入式养老服务机构6个，落实困难群众救助政策。",
     ["何　静"], "r", units=["县民政局", "县人力资源和社会保障局", "县医疗保障局", "县财政局"])
task("统筹发展和安全，深入开展安全生产治本攻坚三年行动，持续推进重点行业领域安全隐患排查整治，坚决遏制较大以上生产安全事故发生。",
     ["王　勇", "孙建华"], "lc", leads=["县应急管理局"],
     coops=["县安全生产委员会各成员单位"])

MINSHENG = dict(
    title="七、办好民生实事",
    intro="2025年县人民政府集中力量办好以下8件民生实事。",
    header=["序号", "民生实事项目", "责任县领导", "牵头单位", "配合单位", "完成时限"],
    rows=[
        ("新建城区第三小学，新增学位1080个", ["何　静"], ["县教育局"],
         ["县住房和城乡建设局", "县自然资源局"], "2025年8月底前"),
        ("实施城区供水管网改造工程，改造老旧管网35公里", ["何　静"], ["县住房和城乡建设局"],
         ["县水利局", "县自来水公司"], "2025年10月底前"),
        ("新建改造农村公路安全生命防护工程150公里", ["欧阳明"], ["县交通运输局"],
         [], "2025年11月底前"),
        ("为65周岁以上老年人免费开展健康体检3.5万人次", ["何　静"], ["县卫生健康局"],
         ["县财政局", "各乡镇（街道）"], "2025年12月底前"),
        ("新建城市社区“15分钟便民生活圈”3个", ["刘晓梅"], ["县商务局"],
         ["县住房和城乡建设局", "县民政局"], "2025年12月底前"),
        ("改造提升农贸市场4个，实现明厨亮灶和智慧监管全覆盖", ["刘晓梅"], ["县市场监督管理局"],
         ["县商务局", "县城市管理局"], "2025年9月底前"),
        ("新增城市公共充电桩500个，实现乡镇公共充电设施全覆盖", ["孙建华", "欧阳明"], ["县发展和改革局"],
         ["国网蘅溪县供电公司", "各乡镇（街道）"], "2025年12月底前"),
        ("开展困难残疾人家庭无障碍改造300户", ["何　静"], ["县残疾人联合会"],
         ["县民政局", "县财政局"], "2025年10月底前"),
    ],
)

BANJI = ["抄送：县委办公室，县人大常委会办公室，县政协办公室。",
         "蘅溪县人民政府办公室　　　　　　　　　　2025年3月14日印发"]


# --------------------------------------------------------------------------
def clause(t):
    L = "、".join(t["leaders"])
    if t["kind"] == "r":
        s = f"（责任县领导：{L}；责任单位：{'、'.join(t['units'])}"
    else:
        s = f"（责任县领导：{L}；牵头单位：{'、'.join(t['leads'])}"
        if t["kind"] == "lc":
            cs = t["coops"]
            seps = t["coop_sep"] or {}
            out = cs[0]
            for i in range(1, len(cs)):
                out += seps.get(i - 1, "、") + cs[i]
            s += f"；配合单位：{out}"
    if t["deadline"]:
        s += f"；完成时限：{t['deadline']}"
    return s + "）"


def set_font(run, east="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc, text="", east="仿宋_GB2312", size=16, bold=False, align=None,
         indent=True, style=None, color=None):
    p = doc.add_paragraph(style=style)
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    if indent:
        pf.first_line_indent = Pt(32)
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def cell_text(cell, text, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.text = ""
    lines = text if isinstance(text, list) else [text]
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        set_font(p.add_run(line), "仿宋_GB2312", 12, bold)


def build_docx(path):
    doc = Document()
    sec = doc.sections[0]
    from docx.shared import Mm
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    for name in ("Heading 1", "Heading 2"):
        st = doc.styles[name]
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.font.size = Pt(22 if name == "Heading 1" else 16)
        st.font.bold = name == "Heading 1"
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.insert(0, rf)
        rf.set(qn("w:eastAsia"), "方正小标宋简体" if name == "Heading 1" else "黑体")

    para(doc, ISSUER + "文件", "方正小标宋简体", 36, True, WD_ALIGN_PARAGRAPH.CENTER,
         False, color="FF0000")
    para(doc)
    para(doc, DOCNO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc)
    p = para(doc, TITLE1, "方正小标宋简体", 22, False, WD_ALIGN_PARAGRAPH.CENTER, False)
    r = p.add_run()
    r.add_break()
    set_font(p.add_run(TITLE2), "方正小标宋简体", 22)
    para(doc)
    para(doc, ZHUSONG, indent=False)
    for i, t in enumerate(COVER):
        if i == 0:
            para(doc, t)
        else:
            head, rest = t.split("。", 1)
            p = para(doc)
            set_font(p.add_run(head + "。"), "黑体", 16)
            set_font(p.add_run(rest), "仿宋_GB2312", 16)
    para(doc)
    para(doc, "附件：" + ATT_TITLE)
    para(doc)
    para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "（此件公开发布）")
    p = para(doc, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)

    para(doc, "附件", "黑体", 16, indent=False)
    h = doc.add_heading(ATT_TITLE, level=1)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(doc, "为全面完成《政府工作报告》确定的目标任务，现将重点工作任务分解如下。")
    n = 0
    for pt in PARTS:
        doc.add_heading(pt["title"], level=2)
        for t in pt["tasks"]:
            n += 1
            t["no"] = n
            p = para(doc)
            set_font(p.add_run(f"{n}．" + t["text"]), "仿宋_GB2312", 16)
            set_font(p.add_run(clause(t)), "楷体_GB2312", 16)
    doc.add_heading(MINSHENG["title"], level=2)
    para(doc, MINSHENG["intro"])
    rows = MINSHENG["rows"]
    tbl = doc.add_table(rows=1 + len(rows), cols=6)
    tbl.style = doc.styles["Table Grid"]
    hdr = tbl.rows[0]
    trpr = hdr._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trpr.append(th)
    for j, hname in enumerate(MINSHENG["header"]):
        cell_text(hdr.cells[j], hname, True, WD_ALIGN_PARAGRAPH.CENTER)
    for i, (proj, leaders, leads, coops, dl) in enumerate(rows):
        n += 1
        c = tbl.rows[i + 1].cells
        cell_text(c[0], str(n), align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(c[1], proj)
        cell_text(c[2], leaders if len(leaders) > 1 else leaders[0], align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(c[3], "、".join(leads))
        cell_text(c[4], "、".join(coops) if coops else "/")
        cell_text(c[5], dl, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc)
    bj = doc.add_table(rows=2, cols=1)
    bj.style = doc.styles["Table Grid"]
    for i, line in enumerate(BANJI):
        cell_text(bj.rows[i].cells[0], line)

    cp = doc.core_properties
    cp.author = "县政府办秘书股"
    cp.last_modified_by = "县政府办秘书股"
    cp.title = ""
    cp.comments = ""
    cp.revision = 3
    fixed = datetime.datetime(2025, 3, 14, 9, 30, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda x: x.filename):
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(item.filename))


def gold_records():
    recs = []
    for pt in PARTS:
        for t in pt["tasks"]:
            text = t["text"]
            if t["kind"] == "r":
                resp = list(t["units"])
                lead, coop = resp[:1], resp[1:]
            else:
                resp = t["leads"] + t["coops"]
                lead, coop = list(t["leads"]), list(t["coops"])
            recs.append(dict(id=str(t["no"]), marker=f"{t['no']}．", head=text[:12],
                             responsible_units=resp, lead_units=lead,
                             cooperating_units=coop,
                             leaders=[x.replace("　", "") for x in t["leaders"]],
                             deadline=t["deadline"]))
    n = len(recs)
    for i, (proj, leaders, leads, coops, dl) in enumerate(MINSHENG["rows"]):
        no = n + i + 1
        recs.append(dict(id=str(no), marker=str(no), head=proj[:12],
                         responsible_units=leads + coops, lead_units=list(leads),
                         cooperating_units=list(coops),
                         leaders=[x.replace("　", "") for x in leaders], deadline=dl))
    return recs


def main():
    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, "632_source.docx")
    build_docx(src)
    nm = os.path.join(HERE, "632_npm", "node_modules")
    if not os.path.isdir(nm):
        sys.exit("632_npm/node_modules missing: cd 632_npm && npm install mammoth@1.11.0 "
                 "turndown@7.2.0 joplin-turndown-plugin-gfm@1.0.12 domino-ext@2.1.4")
    out = os.path.join(HERE, NAME + ".csv")
    md = os.path.join(BUILD, "632_fastgpt_rawtext.md")
    env = dict(os.environ, NODE_PATH=nm)
    r = subprocess.run(["node", os.path.join(HERE, "make_round123_632_fastgpt_pipeline.js"), src, out,
                        str(CHUNK_SIZE), md], env=env, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(r.stderr)
    print(r.stdout.strip())
    with open(os.path.join(HERE, NAME + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
        for rec in gold_records():
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", out)


if __name__ == "__main__":
    main()
