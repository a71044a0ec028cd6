#!/usr/bin/python3
"""Round 22 (folder b): 138_yicheng_shi_zhongdian_renwu_fenjie_zidong_bianhao.docx and its hand-typed gold.

A city government's notice (沂澄市人民政府, 沂政发〔2025〕3号) printing 《2025年市政府重点工作任务分解》 as Word
paragraphs, no table:
  * section headings 一、…六、 typed, in the built-in heading 1 style (styleId "1" as Chinese Word writes it,
    黑体 三号);
  * tasks numbered by Word automatic decimal numbering `%1.` (one abstractNum, ONE w:num used by every task
    paragraph, so the numbers run 1–36 through the sections and do not restart);
  * each task followed by an unnumbered paragraph in a smaller 楷体 (楷体_GB2312 四号, 14 pt):
    `牵头市领导：X　牵头单位：A　责任单位：B、C　完成时限：…` (labels parted by full-width spaces);
    the leader sometimes `市长 X`, `常务副市长 X` or `X 副市长`, two leaders `X、Y`;
  * task 3 has two lead units; task 9 goes on in a second, unnumbered paragraph opening `其中，`;
    tasks 24 and 31 have 责任单位 `各区（县）政府、市直各有关部门`; task 36 has no 责任单位.
The numbering part is built as make_docx_round11.py (round 11, notice 70) builds it: an abstractNum inserted
before the first w:num of python-docx's template numbering part, w:num elements appended, w:numPr on the
paragraphs.  Names are invented.  Run: /usr/bin/python3 make_138.py  (writes next to this script).
The gold (resp, lead, coop, leaders) is typed by hand in SECS; check() only compares it with the clause line.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__)) + "/"
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx.shared import Pt, Cm
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls

import docx_notice
from docx_notice import G, set_font, new_doc, para, front, banji, KT, XBS, HT

NAME = "138_yicheng_shi_zhongdian_renwu_fenjie_zidong_bianhao"
S = "　"


def add_numbering(d, absid=1381, numid=138):
    """one single-level decimal list `%1.`; one w:num shared by all task paragraphs (no restart)"""
    numbering = d.part.numbering_part.element
    ab = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{absid}"><w:nsid w:val="3E7B19C4"/>'
        f'<w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="8A2F61D2"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/>'
        f'<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        f'<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:lvl></w:abstractNum>')
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(ab)
    else:
        numbering.append(ab)
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{numid}"><w:abstractNumId w:val="{absid}"/></w:num>'))
    return numid


def set_num(p, numid):
    pPr = p._p.get_or_add_pPr()
    pPr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{numid}"/></w:numPr>'))


def chinese_heading1(d):
    """the built-in heading 1 as Chinese Word writes it: styleId "1", 黑体 三号, not bold, no colour"""
    st = d.styles["Heading 1"]
    st.element.set(qn("w:styleId"), "1")
    ch = d.styles["Heading 1 Char"]
    ch.element.find(qn("w:link")).set(qn("w:val"), "1")
    st.element.find(qn("w:link")).set(qn("w:val"), "10")
    ch.element.set(qn("w:styleId"), "10")
    rpr = st.element.rPr
    for tag in ("w:color", "w:b", "w:bCs", "w:rFonts", "w:sz", "w:szCs"):
        el = rpr.find(qn(tag))
        if el is not None:
            rpr.remove(el)
    st.font.name = HT
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), HT)
    st.font.size = Pt(16)
    st.font.bold = False
    pf = st.paragraph_format
    pf.first_line_indent = Cm(1.13)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    return st


# leaders
ZHOU, HAN, LIN, HE, SU, ZHAO, QIAN, YANG = "周立衡", "韩书平", "林可馨", "贺东升", "苏明远", "赵岩", "钱蔚", "杨晟"
QX = "各区（县）政府"
SZ = "市直各有关部门"

# (task paragraphs, 牵头市领导 as printed, 牵头单位 as printed, 责任单位 as printed or None, 完成时限,
#  gold: responsible, lead, cooperating, leaders)
SECS = [
    ("一、坚定不移扩大有效需求，推动经济持续回升向好", [
        (["全市地区生产总值增长6%左右，一般公共预算收入增长4%，规模以上工业增加值增长7.5%，固定资产投资增长6%。"],
         f"市长 {ZHOU}", "市发展改革委", "市统计局、市财政局、市工业和信息化局", "2025年12月底前",
         ["市发展改革委", "市统计局", "市财政局", "市工业和信息化局"], ["市发展改革委"],
         ["市统计局", "市财政局", "市工业和信息化局"], [ZHOU]),
        (["实施市级重点项目260个，年度完成投资850亿元以上，一季度开工项目占比达到60%。"],
         HAN, "市发展改革委", "市自然资源和规划局、市住房城乡建设局、市生态环境局", "2025年12月底前",
         ["市发展改革委", "市自然资源和规划局", "市住房城乡建设局", "市生态环境局"], ["市发展改革委"],
         ["市自然资源和规划局", "市住房城乡建设局", "市生态环境局"], [HAN]),
        (["积极争取超长期特别国债、中央预算内投资和地方政府专项债券，全年争取上级资金120亿元以上。"],
         HAN, "市发展改革委、市财政局", "市直有关部门、各区（县）政府", "2025年10月底前",
         ["市发展改革委", "市财政局", "市直有关部门", QX], ["市发展改革委", "市财政局"], ["市直有关部门", QX], [HAN]),
        (["全年招引亿元以上项目150个，其中10亿元以上项目20个，实际到位资金增长10%。"],
         f"{ZHOU}、{SU}", "市投资促进局", "沂澄高新区管委会、沂澄经开区管委会、各区（县）政府", "2025年12月底前",
         ["市投资促进局", "沂澄高新区管委会", "沂澄经开区管委会", QX], ["市投资促进局"],
         ["沂澄高新区管委会", "沂澄经开区管委会", QX], [ZHOU, SU]),
        (["开展“乐购沂澄”促消费系列活动100场以上，落实消费品以旧换新政策，社会消费品零售总额增长6.5%。"],
         f"{SU} 副市长", "市商务局", "市文化广电旅游局、市市场监管局、市财政局", "2025年12月底前",
         ["市商务局", "市文化广电旅游局", "市市场监管局", "市财政局"], ["市商务局"],
         ["市文化广电旅游局", "市市场监管局", "市财政局"], [SU]),
        (["外贸进出口总额增长5%，实际使用外资增长8%，新增外贸实绩企业120家。"],
         SU, "市商务局", "沂澄海关、市税务局、人民银行沂澄市分行", "2025年12月底前",
         ["市商务局", "沂澄海关", "市税务局", "人民银行沂澄市分行"], ["市商务局"],
         ["沂澄海关", "市税务局", "人民银行沂澄市分行"], [SU]),
    ]),
    ("二、加快构建现代化产业体系，增强高质量发展动能", [
        (["规模以上工业总产值突破5000亿元，新增规上工业企业180家，培育省级专精特新中小企业60家。"],
         f"{LIN} 副市长", "市工业和信息化局", "市统计局、市市场监管局、各区（县）政府", "2025年12月底前",
         ["市工业和信息化局", "市统计局", "市市场监管局", QX], ["市工业和信息化局"],
         ["市统计局", "市市场监管局", QX], [LIN]),
        (["实施“智改数转网联”项目400个，新建省级智能工厂10家、数字化车间50个。"],
         LIN, "市工业和信息化局", "市数据局、市财政局", "2025年11月底前",
         ["市工业和信息化局", "市数据局", "市财政局"], ["市工业和信息化局"], ["市数据局", "市财政局"], [LIN]),
        (["做强新能源汽车及零部件、新型储能两大产业集群，推进比科动力二期、沂澄储能产业园等项目建设，两大集群产值增长20%以上。",
          "其中，新能源汽车整车产量突破30万辆，新型储能产业营业收入增长25%以上，新引进链主型企业3家。"],
         LIN, "市工业和信息化局", "市发展改革委、市科技局、沂澄高新区管委会", "2025年12月底前",
         ["市工业和信息化局", "市发展改革委", "市科技局", "沂澄高新区管委会"], ["市工业和信息化局"],
         ["市发展改革委", "市科技局", "沂澄高新区管委会"], [LIN]),
        (["新增高新技术企业300家，全社会研发经费投入强度达到2.9%，技术合同成交额突破180亿元。"],
         ZHAO, "市科技局", "市财政局、市统计局、市税务局", "2025年12月底前",
         ["市科技局", "市财政局", "市统计局", "市税务局"], ["市科技局"], ["市财政局", "市统计局", "市税务局"], [ZHAO]),
        (["高标准建设沂澄实验室，引进高层次人才团队30个，新增高技能人才1.2万人。"],
         f"市长 {ZHOU}", "市科技局", "市委人才办、市人力资源社会保障局、市教育局", "2025年12月底前",
         ["市科技局", "市委人才办", "市人力资源社会保障局", "市教育局"], ["市科技局"],
         ["市委人才办", "市人力资源社会保障局", "市教育局"], [ZHOU]),
        (["推动现代服务业提质增效，建设省级现代服务业集聚区2个，生产性服务业增加值增长7%。"],
         SU, "市发展改革委", "市商务局、市交通运输局、市委金融办", "2025年12月底前",
         ["市发展改革委", "市商务局", "市交通运输局", "市委金融办"], ["市发展改革委"],
         ["市商务局", "市交通运输局", "市委金融办"], [SU]),
        (["加快发展数字经济，新建5G基站1500个，数字经济核心产业增加值占地区生产总值比重达到11%。"],
         f"{ZHAO} 副市长", "市数据局", "市工业和信息化局、市发展改革委、市通信发展管理办公室", "2025年12月底前",
         ["市数据局", "市工业和信息化局", "市发展改革委", "市通信发展管理办公室"], ["市数据局"],
         ["市工业和信息化局", "市发展改革委", "市通信发展管理办公室"], [ZHAO]),
        (["稳定粮食播种面积210万亩以上、总产量稳定在85万吨以上，新建高标准农田12万亩。"],
         HE, "市农业农村局", "市财政局、市自然资源和规划局、市水利局", "2025年10月底前",
         ["市农业农村局", "市财政局", "市自然资源和规划局", "市水利局"], ["市农业农村局"],
         ["市财政局", "市自然资源和规划局", "市水利局"], [HE]),
        (["发展特色农业和农产品精深加工，新增省级以上农业产业化龙头企业10家，农产品加工业产值增长8%。"],
         f"{HE} 副市长", "市农业农村局", "市工业和信息化局、市商务局、各区（县）政府", "2025年12月底前",
         ["市农业农村局", "市工业和信息化局", "市商务局", QX], ["市农业农村局"],
         ["市工业和信息化局", "市商务局", QX], [HE]),
    ]),
    ("三、全面深化改革开放，持续优化营商环境", [
        (["深化“高效办成一件事”改革，新增重点事项12项，政务服务事项网上可办率保持在98%以上。"],
         f"常务副市长 {HAN}", "市政务服务管理局", "市数据局、市直有关部门", "2025年9月底前",
         ["市政务服务管理局", "市数据局", "市直有关部门"], ["市政务服务管理局"], ["市数据局", "市直有关部门"], [HAN]),
        (["落实民营经济促进政策，开展“万家民企大走访”活动，帮助企业解决问题1000个以上。"],
         f"市长 {ZHOU}", "市发展改革委（市民营经济发展局）", "市工商联、市工业和信息化局、市市场监管局",
         "2025年12月底前",
         ["市发展改革委（市民营经济发展局）", "市工商联", "市工业和信息化局", "市市场监管局"],
         ["市发展改革委（市民营经济发展局）"], ["市工商联", "市工业和信息化局", "市市场监管局"], [ZHOU]),
        (["实施国有企业改革深化提升行动，完成市属国有企业整合重组3户，推动城投平台市场化转型。"],
         HAN, "市国资委", "市财政局", "2025年11月底前",
         ["市国资委", "市财政局"], ["市国资委"], ["市财政局"], [HAN]),
        (["加快沂澄综合保税区建设，推动跨境电商综试区提质发展，综保区进出口额增长15%。"],
         SU, "沂澄综合保税区管委会", "沂澄海关、市商务局", "2025年12月底前",
         ["沂澄综合保税区管委会", "沂澄海关", "市商务局"], ["沂澄综合保税区管委会"], ["沂澄海关", "市商务局"], [SU]),
        (["深化财政管理改革，加强地方政府债务管理，坚决遏制新增隐性债务。"],
         HAN, "市财政局", "市审计局、市委金融办、各区（县）政府", "长期坚持",
         ["市财政局", "市审计局", "市委金融办", QX], ["市财政局"], ["市审计局", "市委金融办", QX], [HAN]),
    ]),
    ("四、推进城乡融合发展，建设美丽宜居沂澄", [
        (["实施城市更新项目120个，改造城镇老旧小区150个、惠及居民5.2万户，完成城中村改造8个。"],
         f"{QIAN} 副市长", "市住房城乡建设局", "市自然资源和规划局、市城市管理局、各区（县）政府", "2025年11月底前",
         ["市住房城乡建设局", "市自然资源和规划局", "市城市管理局", QX], ["市住房城乡建设局"],
         ["市自然资源和规划局", "市城市管理局", QX], [QIAN]),
        (["建成城市快速路18公里，开工建设沂澄东站综合交通枢纽，打通断头路10条。"],
         QIAN, "市交通运输局", "市住房城乡建设局、市自然资源和规划局、市城投集团", "2025年12月底前",
         ["市交通运输局", "市住房城乡建设局", "市自然资源和规划局", "市城投集团"], ["市交通运输局"],
         ["市住房城乡建设局", "市自然资源和规划局", "市城投集团"], [QIAN]),
        (["加快构建房地产发展新模式，筹集保障性租赁住房3000套，推动收购存量商品房用作保障性住房。"],
         QIAN, "市住房城乡建设局", "市自然资源和规划局、市财政局、人民银行沂澄市分行", "2025年12月底前",
         ["市住房城乡建设局", "市自然资源和规划局", "市财政局", "人民银行沂澄市分行"], ["市住房城乡建设局"],
         ["市自然资源和规划局", "市财政局", "人民银行沂澄市分行"], [QIAN]),
        (["深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在35微克/立方米以下，空气质量优良天数比例达到80%。"],
         HE, "市生态环境局", f"{QX}、{SZ}", "2025年12月底前",
         ["市生态环境局", QX, SZ], ["市生态环境局"], [QX, SZ], [HE]),
        (["全面落实河湖长制，推进沂河流域综合治理，国省考断面水质优良比例达到95%。"],
         HE, "市水利局", "市生态环境局、市农业农村局、各区（县）政府", "长期坚持",
         ["市水利局", "市生态环境局", "市农业农村局", QX], ["市水利局"], ["市生态环境局", "市农业农村局", QX], [HE]),
        (["实施乡村建设行动，创建省级和美乡村40个，农村生活污水治理率达到55%。"],
         HE, "市农业农村局", "市住房城乡建设局、市生态环境局、市交通运输局", "2025年12月底前",
         ["市农业农村局", "市住房城乡建设局", "市生态环境局", "市交通运输局"], ["市农业农村局"],
         ["市住房城乡建设局", "市生态环境局", "市交通运输局"], [HE]),
    ]),
    ("五、持续保障和改善民生，增进人民群众福祉", [
        (["城镇新增就业7万人，城镇调查失业率控制在5.5%以内，开展职业技能培训6万人次。"],
         ZHAO, "市人力资源社会保障局", "市教育局、市财政局、团市委", "2025年12月底前",
         ["市人力资源社会保障局", "市教育局", "市财政局", "团市委"], ["市人力资源社会保障局"],
         ["市教育局", "市财政局", "团市委"], [ZHAO]),
        (["新建、改扩建中小学和幼儿园25所，新增学位2.8万个，推进义务教育优质均衡发展。"],
         ZHAO, "市教育局", "市发展改革委、市财政局、市自然资源和规划局、市住房城乡建设局", "2025年8月底前",
         ["市教育局", "市发展改革委", "市财政局", "市自然资源和规划局", "市住房城乡建设局"], ["市教育局"],
         ["市发展改革委", "市财政局", "市自然资源和规划局", "市住房城乡建设局"], [ZHAO]),
        (["推进紧密型城市医疗集团建设，市第一人民医院新院区投入使用，新增三级甲等医院1家。"],
         f"{ZHAO} 副市长", "市卫生健康委", "市医保局、市财政局", "2025年12月底前",
         ["市卫生健康委", "市医保局", "市财政局"], ["市卫生健康委"], ["市医保局", "市财政局"], [ZHAO]),
        (["新增养老机构护理型床位1500张，建设社区嵌入式服务设施20个、老年助餐点100个。"],
         ZHAO, "市民政局", "市卫生健康委、市住房城乡建设局", "2025年11月底前",
         ["市民政局", "市卫生健康委", "市住房城乡建设局"], ["市民政局"], ["市卫生健康委", "市住房城乡建设局"], [ZHAO]),
        (["全力办好人大代表票决产生的10件民生实事项目，确保按期完成并接受人大代表监督。"],
         f"市长 {ZHOU}", "市政府办公室", f"{QX}、{SZ}", "2025年12月底前",
         ["市政府办公室", QX, SZ], ["市政府办公室"], [QX, SZ], [ZHOU]),
        (["深入开展安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。"],
         HAN, "市应急管理局", "市安委会各成员单位", "长期坚持",
         ["市应急管理局", "市安委会各成员单位"], ["市应急管理局"], ["市安委会各成员单位"], [HAN]),
        (["常态化开展扫黑除恶斗争，推进信访工作法治化，建设更高水平的平安沂澄。"],
         f"{YANG} 副市长", "市公安局", "市司法局、市信访局", "长期坚持",
         ["市公安局", "市司法局", "市信访局"], ["市公安局"], ["市司法局", "市信访局"], [YANG]),
        (["加强食品药品安全监管，食品安全评价性抽检合格率保持在98%以上。"],
         SU, "市市场监管局", "市农业农村局、市卫生健康委", "2025年12月底前",
         ["市市场监管局", "市农业农村局", "市卫生健康委"], ["市市场监管局"], ["市农业农村局", "市卫生健康委"], [SU]),
    ]),
    ("六、加强政府自身建设，提升依法行政水平", [
        (["深入推进法治政府建设，严格落实重大行政决策程序，行政复议纠错率保持合理区间。"],
         HAN, "市司法局", "市直有关部门", "长期坚持",
         ["市司法局", "市直有关部门"], ["市司法局"], ["市直有关部门"], [HAN]),
        (["坚持政府过紧日子，一般性支出压减10%以上，“三公”经费只减不增。"],
         f"常务副市长 {HAN}", "市财政局", None, "2025年12月底前",
         ["市财政局"], ["市财政局"], [], [HAN]),
    ]),
]


def clause_text(leader, lead, resp, due):
    parts = [f"牵头市领导：{leader}", f"牵头单位：{lead}"]
    if resp:
        parts.append(f"责任单位：{resp}")
    parts.append(f"完成时限：{due}")
    return S.join(parts)


def check(text0, leader, lead, resp, due, g_resp, g_lead, g_coop, g_lds):
    """compare the typed gold with the printed clause (never the source of the gold)"""
    def split(s):
        out, cur, depth = [], "", 0
        for ch in s:
            depth += ch == "（"
            depth -= ch == "）"
            if ch in "、，" and depth == 0:
                out.append(cur)
                cur = ""
            else:
                cur += ch
        return out + [cur]
    lds = [re.sub(r"^(市长|常务副市长) | 副市长$", "", x) for x in split(leader)]
    le = split(lead)
    co = split(resp) if resp else []
    assert (lds, le, co, le + co) == (g_lds, g_lead, g_coop, g_resp), (text0[:12], lds, le, co)


def build():
    d = new_doc()
    front(d, "沂澄市人民政府文件", "沂政发〔2025〕3号",
          ["沂澄市人民政府", "关于印发2025年市政府重点工作任务分解的通知"],
          "各区（县）人民政府，沂澄高新区、沂澄经开区管委会，市政府各部门、各直属机构：",
          ["《2025年沂澄市人民政府工作报告》已经市十七届人大五次会议审议通过。为确保报告确定的各项目标任务落到实处，"
           "市政府对重点工作任务进行了分解，现印发给你们，请认真抓好落实。",
           ("h", "一、明确责任分工"),
           "每项任务明确了牵头市领导、牵头单位、责任单位和完成时限。牵头市领导负责统筹协调、督促推进；牵头单位对任务落实"
           "负总责，主要负责同志为第一责任人；责任单位要按照职责分工积极配合、主动作为，共同推进任务落实。",
           ("h", "二、细化推进措施"),
           "各牵头单位要会同责任单位，于3月10日前制定任务推进方案，明确阶段目标和具体措施，报市政府督查室备案。",
           ("h", "三、强化督查考核"),
           "市政府督查室要对分解任务实行清单化管理，按季度调度、半年通报，督查结果纳入年度目标绩效考核。"
           "各牵头单位于每季度末月25日前将任务进展情况报市政府督查室。"],
          ["附件：2025年市政府重点工作任务分解"], "沂澄市人民政府", "2025年2月20日")
    d.add_page_break()
    para(d, "附件", HT, 16, indent=False)
    para(d, "2025年市政府重点工作任务分解", XBS, 22, align="c")
    para(d)
    h1 = chinese_heading1(d)
    numid = add_numbering(d)
    golds = []
    n = 0
    for head, tasks in SECS:
        d.add_paragraph(head, style=h1)
        for texts, leader, lead, resp, due, g_resp, g_lead, g_coop, g_lds in tasks:
            n += 1
            p = d.add_paragraph()
            set_num(p, numid)
            p.add_run(texts[0])
            for more in texts[1:]:
                para(d, more)
            p = para(d)
            set_font(p.add_run(clause_text(leader, lead, resp, due)), KT, 14)
            check(texts[0], leader, lead, resp, due, g_resp, g_lead, g_coop, g_lds)
            golds.append(G(str(n), texts[0][:12], g_resp, g_lead, g_coop, g_lds))
    para(d)
    banji(d, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，沂澄军分区。",
          "沂澄市人民政府办公室　　　　　　　　2025年2月21日印发")
    d.save(HERE + NAME + ".docx")
    docx_notice.write_gold(HERE, NAME, golds)
    return golds


if __name__ == "__main__":
    print(len(build()), "tasks")
