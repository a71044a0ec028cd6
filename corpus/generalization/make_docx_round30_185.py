#!/usr/bin/python3
"""Round 30 (folder b): 185_tinghai_sheng_gzbg_zeren_fenjie_duanluo.docx and its hand-typed gold.

A provincial government office's notice (汀海省人民政府办公厅, 汀政办发〔2025〕4号) printing
《2025年〈政府工作报告〉重点工作责任分解》 as Word body paragraphs, no table:
  * 附件 headed `一、2025年主要预期目标` (tasks 1-3 straight under it) and `二、重点工作任务` over area headings
    `（一）`…`（八）` in 楷体 bold; tasks `1.`…`38.` numbered through the whole attachment;
  * tasks 1-16 carry Word's automatic numbering: ONE abstractNum (decimal, `%1.`, tab after it) and ONE w:num
    shared by every task paragraph (List Paragraph style), so the numbers run across the headings and restart
    nowhere; tasks 17-38 were pasted from a department's draft and carry typed numbers (`17．` with a
    full-width stop mostly, `23.` `31.` `36.` with an ASCII one, the number a run of its own in Times New Roman
    in some);
  * each task is followed by a 楷体_GB2312 paragraph, either `责任单位：A（牵头）、B、C` or
    `省领导：X；牵头单位：A；配合单位：B`; the cover says the unit marked （牵头） leads and that where none is
    marked the units are each responsible (tasks 11 and 26: lead and cooperating null);
  * Word quirks: soft line breaks (w:br) inside the clause of tasks 6 (after `；`), 27 (after `、`) and 37
    (after `；`, before the 配合单位 label); a clause split over two runs in different fonts (task 10: the
    second half of 省工业和信息化厅 in 仿宋; task 15: `省领导：` in 楷体 and the rest in KaiTi, the label
    and the name parted by a proofErr); a bookmark `_Hlk190417356` and a complex HYPERLINK field in the
    paragraph of task 19 (the field's result `汀海通` within the head), a second bookmark splitting a unit
    name in task 32's clause; an empty paragraph between a few tasks.
Names are invented.  Run: /usr/bin/python3 make_docx_round30_185.py (writes next to this script).
The gold (responsible, lead, cooperating, leaders) is typed by hand in SECS; check() compares it only with
the printed clause text and re-reads the saved file's XML to check every head.
"""
import json
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape as esc

HERE = os.path.dirname(os.path.abspath(__file__)) + "/"
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt

from docx_notice import new_doc, FS, KT, HT, XBS

NAME = "185_tinghai_sheng_gzbg_zeren_fenjie_duanluo"
W = nsdecls("w")

# ---------------------------------------------------------------- runs and paragraphs as raw WordprocessingML

def rpr(font=FS, size=16, bold=False, ascii=None, color=None, u=False):
    a = ascii or ("Times New Roman" if font in (FS, KT) else font)
    x = (f'<w:rFonts w:ascii="{a}" w:eastAsia="{font}" w:hAnsi="{a}" w:hint="eastAsia"/>'
         + ("<w:b/><w:bCs/>" if bold else "")
         + (f'<w:color w:val="{color}"/>' if color else "")
         + f'<w:sz w:val="{size * 2}"/><w:szCs w:val="{size * 2}"/>'
         + ('<w:u w:val="single"/>' if u else ""))
    return f"<w:rPr>{x}</w:rPr>"


def r(text, **k):
    return f'<w:r>{rpr(**k)}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


BM = {}


def segs_xml(segs, font, size=16, bold=False):
    out = []
    for s in segs:
        if isinstance(s, str):
            out.append(r(s, font=font, size=size, bold=bold))
            continue
        k = s[0]
        if k == "f":                      # a run in another font: ("f", text, eastAsia, ascii)
            out.append(r(s[1], font=s[2], size=size, bold=bold, ascii=s[3] if len(s) > 3 else None))
        elif k == "fc":                   # the same in a colour: ("fc", text, eastAsia, ascii, colour)
            out.append(r(s[1], font=s[2], size=size, bold=bold, ascii=s[3], color=s[4]))
        elif k == "br":                   # a soft line break (Shift+Enter)
            out.append(f'<w:r>{rpr(font=font, size=size)}<w:br/></w:r>')
        elif k == "bs":
            bid = BM.setdefault(s[1], len(BM))
            out.append(f'<w:bookmarkStart w:id="{bid}" w:name="{s[1]}"/>')
        elif k == "be":
            out.append(f'<w:bookmarkEnd w:id="{BM[s[1]]}"/>')
        elif k == "pe":
            out.append(f'<w:proofErr w:type="{s[1]}"/>')
        elif k == "fld":                  # complex field: begin, instrText, separate, result, end
            rp = rpr(font=font, size=size)
            out.append(f'<w:r>{rp}<w:fldChar w:fldCharType="begin"/></w:r>'
                       f'<w:r>{rp}<w:instrText xml:space="preserve">{esc(s[1])}</w:instrText></w:r>'
                       f'<w:r>{rp}<w:fldChar w:fldCharType="separate"/></w:r>'
                       + r(s[2], font=font, size=size, color="0563C1", u=True)
                       + f'<w:r>{rp}<w:fldChar w:fldCharType="end"/></w:r>')
        else:
            raise ValueError(s)
    return "".join(out)


def P(d, segs, font=FS, size=16, bold=False, jc=None, first=640, num=None, style=None, pagebreak=False,
      bdr=None, color=None):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num is not None:
        ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
    if bdr:
        ppr += "<w:pBdr>" + "".join(
            f'<w:{side} w:val="single" w:sz="{sz}" w:space="1" w:color="{c}"/>' for side, sz, c in bdr) + "</w:pBdr>"
    ppr += '<w:spacing w:line="560" w:lineRule="exact"/>'
    if num is not None:
        ppr += '<w:ind w:left="0" w:firstLine="640"/>'
    elif first:
        ppr += f'<w:ind w:firstLine="{first}"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    body = segs_xml(segs, font, size, bold)
    if pagebreak:
        body = f'<w:r><w:br w:type="page"/></w:r>' + body
    p = parse_xml(f'<w:p {W}><w:pPr>{ppr}</w:pPr>{body}</w:p>')
    d.element.body.insert(len(d.element.body) - 1, p)   # before the final sectPr
    return p


def add_numbering(d, absid=1850, numid=185):
    """one single-level decimal list `%1.` (tab after it); one w:num shared by every task paragraph"""
    numbering = d.part.numbering_part.element
    ab = parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="{absid}"><w:nsid w:val="5A1C2E7B"/>'
        f'<w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="1F0C3A6E"/>'
        f'<w:lvl w:ilvl="0" w:tplc="0409000F"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        f'<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:lvl></w:abstractNum>')
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(ab)
    else:
        numbering.append(ab)
    numbering.append(parse_xml(f'<w:num {W} w:numId="{numid}"><w:abstractNumId w:val="{absid}"/></w:num>'))
    return numid


# ---------------------------------------------------------------- the content

ZHENG, LIN, SUN, XU, ZHOU, HE, CHENG = "郑启航", "林书远", "孙雅婷", "许志恒", "周慕白", "何振东", "程海峰"
GS = "各设区市人民政府"

# a task: (marker typed or None for automatic, task segments, clause segments, resp, lead, coop, leaders)
# lead/coop None = the document does not say (several units, none marked 牵头).
SECS = [
    ("一、2025年主要预期目标", None, [
        (None, ["全省地区生产总值增长5.5%左右，城镇新增就业60万人以上，城镇调查失业率控制在5.5%以内，居民消费价格涨幅3%左右。"],
         [f"省领导：{ZHENG}；牵头单位：省发展改革委；配合单位：省人力资源社会保障厅、省统计局、国家统计局汀海调查总队"],
         ["省发展改革委", "省人力资源社会保障厅", "省统计局", "国家统计局汀海调查总队"], ["省发展改革委"],
         ["省人力资源社会保障厅", "省统计局", "国家统计局汀海调查总队"], [ZHENG]),
        (None, ["一般公共预算收入增长4%左右，单位地区生产总值能耗下降2.5%左右，主要污染物减排完成国家下达任务。"],
         [f"省领导：{LIN}；牵头单位：省财政厅、省发展改革委；配合单位：省生态环境厅、省统计局"],
         ["省财政厅", "省发展改革委", "省生态环境厅", "省统计局"], ["省财政厅", "省发展改革委"],
         ["省生态环境厅", "省统计局"], [LIN]),
        (None, ["粮食总产量稳定在1450万吨以上，城乡居民人均可支配收入增长与经济增长同步。"],
         ["责任单位：省农业农村厅（牵头）、省粮食和物资储备局、省统计局"],
         ["省农业农村厅", "省粮食和物资储备局", "省统计局"], ["省农业农村厅"], ["省粮食和物资储备局", "省统计局"], []),
    ]),
    ("二、重点工作任务", None, []),
    (None, "（一）大力提振消费，全方位扩大国内需求", [
        (None, ["实施提振消费专项行动，落实消费品以旧换新政策，支持汽车、家电、家装厨卫等大宗消费，全年社会消费品零售总额增长5.5%。"],
         [f"省领导：{SUN}；牵头单位：省商务厅；配合单位：省发展改革委、省财政厅、省市场监管局"],
         ["省商务厅", "省发展改革委", "省财政厅", "省市场监管局"], ["省商务厅"],
         ["省发展改革委", "省财政厅", "省市场监管局"], [SUN]),
        (None, ["培育文旅消费新场景，创建国家级夜间文化和旅游消费集聚区3个，全年接待游客人次增长8%。"],
         ["责任单位：省文化和旅游厅"],
         ["省文化和旅游厅"], ["省文化和旅游厅"], [], []),
        (None, ["安排省级重点项目1200个、年度计划投资4500亿元以上，用好超长期特别国债，推动“两重”“两新”项目加快落地。"],
         [f"省领导：{LIN}；", ("br",), "牵头单位：省发展改革委；配合单位：省自然资源厅、省生态环境厅、省住房城乡建设厅、省财政厅"],
         ["省发展改革委", "省自然资源厅", "省生态环境厅", "省住房城乡建设厅", "省财政厅"], ["省发展改革委"],
         ["省自然资源厅", "省生态环境厅", "省住房城乡建设厅", "省财政厅"], [LIN]),
        (None, ["用好地方政府专项债券，专项债券资金用作项目资本金比例不低于25%，争取中央预算内投资增长10%。"],
         ["责任单位：省财政厅（牵头）、省发展改革委"],
         ["省财政厅", "省发展改革委"], ["省财政厅"], ["省发展改革委"], []),
        (None, ["推动房地产市场止跌回稳，支持收购存量商品房用作保障性住房，稳妥推进“保交房”工作。"],
         ["责任单位：省住房城乡建设厅（牵头）、省财政厅、省自然资源厅、人民银行汀海省分行"],
         ["省住房城乡建设厅", "省财政厅", "省自然资源厅", "人民银行汀海省分行"], ["省住房城乡建设厅"],
         ["省财政厅", "省自然资源厅", "人民银行汀海省分行"], []),
    ]),
    (None, "（二）加快发展新质生产力，构建现代化产业体系", [
        (None, ["实施制造业重点产业链高质量发展行动，做强新能源汽车、集成电路、高端装备等产业集群，规模以上工业增加值增长6.5%。"],
         [f"省领导：{XU}；牵头单位：省工业和信息化厅；配合单位：省发展改革委、省科技厅、省统计局"],
         ["省工业和信息化厅", "省发展改革委", "省科技厅", "省统计局"], ["省工业和信息化厅"],
         ["省发展改革委", "省科技厅", "省统计局"], [XU]),
        (None, ["深入推进“人工智能+”行动，建设省级算力调度平台，新增智能算力2万P，打造行业大模型应用场景100个。"],
         ["责任单位：省数据局（牵头）、省工业和信息化", ("f", "厅、省科技厅、省通信管理局", FS)],
         ["省数据局", "省工业和信息化厅", "省科技厅", "省通信管理局"], ["省数据局"],
         ["省工业和信息化厅", "省科技厅", "省通信管理局"], []),
        (None, ["前瞻布局低空经济、商业航天、生物制造等未来产业，新建低空起降点100个，开通低空航线30条。"],
         ["责任单位：省发展改革委、省工业和信息化厅、省交通运输厅"],
         ["省发展改革委", "省工业和信息化厅", "省交通运输厅"], None, None, []),
        (None, ["新增国家级专精特新“小巨人”企业40家、省级专精特新中小企业500家，规模以上工业企业数字化改造实现全覆盖。"],
         ["责任单位：省工业和信息化厅"],
         ["省工业和信息化厅"], ["省工业和信息化厅"], [], []),
        (None, ["加快建设海洋强省，海洋生产总值增长7%，推进现代海洋城市和海洋经济发展示范区建设。"],
         [f"省领导：{XU}、{LIN}；牵头单位：省海洋经济发展局；配合单位：省发展改革委、省自然资源厅、省农业农村厅、沿海各设区市人民政府"],
         ["省海洋经济发展局", "省发展改革委", "省自然资源厅", "省农业农村厅", "沿海各设区市人民政府"], ["省海洋经济发展局"],
         ["省发展改革委", "省自然资源厅", "省农业农村厅", "沿海各设区市人民政府"], [XU, LIN]),
    ]),
    (None, "（三）深入实施科教兴省战略，增强创新发展动能", [
        (None, ["全社会研发经费投入增长10%以上，高新技术企业突破2.3万家，技术合同成交额突破1500亿元。"],
         ["责任单位：省科技厅（牵头）、省财政厅、省统计局、国家税务总局汀海省税务局"],
         ["省科技厅", "省财政厅", "省统计局", "国家税务总局汀海省税务局"], ["省科技厅"],
         ["省财政厅", "省统计局", "国家税务总局汀海省税务局"], []),
        (None, ["推进汀海实验室体系建设，新建省实验室2家、省技术创新中心5家，争创国家重点实验室。"],
         [("f", "省领导：", KT), ("pe", "spellStart"), ("f", f"{ZHOU}", "KaiTi", "KaiTi"), ("pe", "spellEnd"),
          ("f", "；牵头单位：省科技厅；配合单位：省发展改革委、省教育厅、省财政厅", "KaiTi", "KaiTi")],
         ["省科技厅", "省发展改革委", "省教育厅", "省财政厅"], ["省科技厅"], ["省发展改革委", "省教育厅", "省财政厅"], [ZHOU]),
        (None, ["新建改扩建中小学校80所，新增学位6万个，实施县域普通高中振兴行动计划。"],
         ["责任单位：省教育厅（牵头）、省发展改革委、省财政厅、各设区市人民政府"],
         ["省教育厅", "省发展改革委", "省财政厅", GS], ["省教育厅"], ["省发展改革委", "省财政厅", GS], []),
        # from here on the numbers are typed
        ("17．", ["深化“双一流”建设，支持汀海大学、汀海理工大学建设一流学科，新增博士学位授予点15个。"],
         ["责任单位：省教育厅"],
         ["省教育厅"], ["省教育厅"], [], []),
        ("18．", ["实施“汀海英才”计划，引进高层次人才团队150个，新增高技能人才10万人。"],
         [f"省领导：{ZHOU}；牵头单位：省委人才办、省人力资源社会保障厅；配合单位：省科技厅、省教育厅"],
         ["省委人才办", "省人力资源社会保障厅", "省科技厅", "省教育厅"], ["省委人才办", "省人力资源社会保障厅"],
         ["省科技厅", "省教育厅"], [ZHOU]),
    ]),
    (None, "（四）坚定不移深化改革扩大开放", [
        ("19．", ["依托", ("bs", "_Hlk190417356"), "“",
                 ("fld", ' HYPERLINK "https://zwfw.tinghai.gov.cn/" \\t "_blank" ', "汀海通"),
                 "”政务服务平台，深入开展“高效办成一件事”", ("be", "_Hlk190417356"),
                 "，年内新增重点事项20个，省级政务服务事项网上可办率保持在98%以上。"],
         ["责任单位：省政务服务管理局（牵头）、省数据局、省直有关部门"],
         ["省政务服务管理局", "省数据局", "省直有关部门"], ["省政务服务管理局"], ["省数据局", "省直有关部门"], []),
        ("20．", ["全面落实民营经济促进法，开展拖欠企业账款专项清理，完善常态化政企沟通机制。"],
         [f"省领导：{SUN}；牵头单位：省发展改革委、省工商联；配合单位：省工业和信息化厅、省司法厅、省市场监管局"],
         ["省发展改革委", "省工商联", "省工业和信息化厅", "省司法厅", "省市场监管局"], ["省发展改革委", "省工商联"],
         ["省工业和信息化厅", "省司法厅", "省市场监管局"], [SUN]),
        ("21．", ["深化国资国企改革，推动省属企业聚焦主责主业，省属企业营业收入增长6%。"],
         ["责任单位：省国资委"],
         ["省国资委"], ["省国资委"], [], []),
        ("22．", ["推动外贸稳中提质，跨境电商进出口额增长15%，实际使用外资60亿美元。"],
         ["责任单位：省商务厅（牵头）、汀海海关、国家外汇管理局汀海省分局、省贸促会"],
         ["省商务厅", "汀海海关", "国家外汇管理局汀海省分局", "省贸促会"], ["省商务厅"],
         ["汀海海关", "国家外汇管理局汀海省分局", "省贸促会"], []),
        ("23.", ["高水平建设汀海自由贸易试验区，实施提升战略，全年形成制度创新成果30项以上。"],
         [f"省领导：{SUN}；牵头单位：省商务厅（省自贸办）；配合单位：省委改革办、省司法厅、汀海海关"],
         ["省商务厅（省自贸办）", "省委改革办", "省司法厅", "汀海海关"], ["省商务厅（省自贸办）"],
         ["省委改革办", "省司法厅", "汀海海关"], [SUN]),
    ]),
    (None, "（五）扎实推进乡村全面振兴", [
        ("24．", ["新建和改造提升高标准农田150万亩，推进大中型灌区续建配套与现代化改造。"],
         ["责任单位：省农业农村厅（牵头）、省财政厅、省自然资源厅、省水利厅"],
         ["省农业农村厅", "省财政厅", "省自然资源厅", "省水利厅"], ["省农业农村厅"],
         ["省财政厅", "省自然资源厅", "省水利厅"], []),
        ("25．", ["巩固拓展脱贫攻坚成果，健全防止返贫致贫监测帮扶机制，守牢不发生规模性返贫致贫底线。"],
         [f"省领导：{HE}；牵头单位：省农业农村厅（省乡村振兴局）；配合单位：省民政厅、省教育厅、省医保局"],
         ["省农业农村厅（省乡村振兴局）", "省民政厅", "省教育厅", "省医保局"], ["省农业农村厅（省乡村振兴局）"],
         ["省民政厅", "省教育厅", "省医保局"], [HE]),
        ("26．", ["实施和美乡村建设行动，农村生活污水治理率达到55%，建设省级和美乡村示范村300个。"],
         ["责任单位：省农业农村厅、省生态环境厅、省住房城乡建设厅"],
         ["省农业农村厅", "省生态环境厅", "省住房城乡建设厅"], None, None, []),
    ]),
    (None, "（六）持续加强生态文明建设", [
        ("27．", ["深入打好蓝天、碧水、净土保卫战，PM2.5平均浓度控制在26微克/立方米以内，地表水国考断面优良水体比例保持在92%以上。"],
         ["责任单位：省生态环境厅（牵头）、省发展改革委、省工业和信息化厅、", ("br",), "省住房城乡建设厅、省交通运输厅、省水利厅"],
         ["省生态环境厅", "省发展改革委", "省工业和信息化厅", "省住房城乡建设厅", "省交通运输厅", "省水利厅"], ["省生态环境厅"],
         ["省发展改革委", "省工业和信息化厅", "省住房城乡建设厅", "省交通运输厅", "省水利厅"], []),
        ("28．", ["新增新能源装机800万千瓦，推进海上风电基地和抽水蓄能电站建设。"],
         [f"省领导：{LIN}；牵头单位：省能源局；配合单位：省自然资源厅、省海洋经济发展局"],
         ["省能源局", "省自然资源厅", "省海洋经济发展局"], ["省能源局"], ["省自然资源厅", "省海洋经济发展局"], [LIN]),
        ("29．", ["全面推行林长制，完成造林绿化30万亩，森林覆盖率稳定在58%以上。"],
         ["责任单位：省林业局"],
         ["省林业局"], ["省林业局"], [], []),
    ]),
    (None, "（七）用心用情保障和改善民生", [
        ("30．", ["实施就业优先战略，做好高校毕业生、农民工、退役军人等重点群体就业工作，开展职业技能培训30万人次。"],
         [f"省领导：{HE}；牵头单位：省人力资源社会保障厅；配合单位：省教育厅、省财政厅、省退役军人事务厅、团省委"],
         ["省人力资源社会保障厅", "省教育厅", "省财政厅", "省退役军人事务厅", "团省委"], ["省人力资源社会保障厅"],
         ["省教育厅", "省财政厅", "省退役军人事务厅", "团省委"], [HE]),
        ("31.", ["城乡居民基础养老金月最低标准再提高20元，稳步推进基本养老保险省级统筹。"],
         ["责任单位：省人力资源社会保障厅（牵头）、省财政厅"],
         ["省人力资源社会保障厅", "省财政厅"], ["省人力资源社会保障厅"], ["省财政厅"], []),
        ("32．", ["推进紧密型县域医疗卫生共同体建设，新增三级医院10家，基层医疗卫生机构诊疗量占比达到55%。"],
         ["责任单位：省卫生", ("bs", "_Hlk190418822"), "健康委（牵头）、省医保局", ("be", "_Hlk190418822"), "、省发展改革委、省财政厅"],
         ["省卫生健康委", "省医保局", "省发展改革委", "省财政厅"], ["省卫生健康委"],
         ["省医保局", "省发展改革委", "省财政厅"], []),
        ("33．", ["新增普惠托位1万个，落实育儿补贴制度，推动托育服务扩容提质。"],
         ["责任单位：省卫生健康委（牵头）、省教育厅、省民政厅"],
         ["省卫生健康委", "省教育厅", "省民政厅"], ["省卫生健康委"], ["省教育厅", "省民政厅"], []),
        ("34．", ["加快发展银发经济，新增养老机构护理型床位1.5万张，建设社区嵌入式养老服务设施200个。"],
         [f"省领导：{ZHOU}；牵头单位：省民政厅；配合单位：省发展改革委、省卫生健康委、省医保局"],
         ["省民政厅", "省发展改革委", "省卫生健康委", "省医保局"], ["省民政厅"],
         ["省发展改革委", "省卫生健康委", "省医保局"], [ZHOU]),
        ("35．", ["新建筹集保障性住房2万套，改造城镇老旧小区1500个、城中村2.3万户。"],
         ["责任单位：省住房城乡建设厅（牵头）、省发展改革委、省财政厅、各设区市人民政府"],
         ["省住房城乡建设厅", "省发展改革委", "省财政厅", GS], ["省住房城乡建设厅"],
         ["省发展改革委", "省财政厅", GS], []),
    ]),
    (None, "（八）统筹高质量发展和高水平安全", [
        ("36.", ["深化安全生产治本攻坚三年行动，生产安全事故起数和死亡人数实现“双下降”。"],
         [f"省领导：{CHENG}；牵头单位：省应急管理厅；配合单位：省安委会有关成员单位"],
         ["省应急管理厅", "省安委会有关成员单位"], ["省应急管理厅"], ["省安委会有关成员单位"], [CHENG]),
        ("37．", ["统筹做好地方政府债务风险化解，稳妥推进地方中小金融机构改革化险，守住不发生系统性风险底线。"],
         [f"省领导：{ZHENG}、{LIN}；牵头单位：省财政厅、省委金融办；", ("br",),
          "配合单位：国家金融监督管理总局汀海监管局、人民银行汀海省分行、"],
         ["省财政厅", "省委金融办", "国家金融监督管理总局汀海监管局", "人民银行汀海省分行"], ["省财政厅", "省委金融办"],
         ["国家金融监督管理总局汀海监管局", "人民银行汀海省分行"], [ZHENG, LIN]),
        ("38．", ["深化平安汀海建设，坚持和发展新时代“枫桥经验”，推进信访工作法治化。"],
         ["责任单位：省公安厅（牵头）、省信访局、省司法厅"],
         ["省公安厅", "省信访局", "省司法厅"], ["省公安厅"], ["省信访局", "省司法厅"], []),
    ]),
]

# task 37's clause ends in a stray 、 left after a unit was deleted (printed as it stands)
EMPTY_AFTER = {5, 13, 22, 30}          # an empty paragraph after these tasks' clause lines


def plain(segs):
    out = []
    for s in segs:
        if isinstance(s, str):
            out.append(s)
        elif s[0] in ("f", "fc"):
            out.append(s[1])
        elif s[0] == "fld":
            out.append(s[2])
    return "".join(out)


def head12(t):
    return t[:12]


def build():
    d = new_doc()
    # List Paragraph style as Chinese Word writes it: styleId "a3"
    lp = d.styles["List Paragraph"]
    lp.element.set(qn("w:styleId"), "a3")
    num = add_numbering(d)
    # ---- front: issuer mark, 文号, title, 主送, body, 附件说明, signature
    P(d, [])
    P(d, [("fc", "汀海省人民政府办公厅文件", XBS, XBS, "FF0000")], size=36, jc="center", first=None)
    P(d, [])
    P(d, ["汀政办发〔2025〕4号"], jc="center", first=None)
    P(d, [], first=None, bdr=[("bottom", 18, "FF0000")])
    P(d, [])
    P(d, [("f", "汀海省人民政府办公厅关于印发2025年", XBS, XBS)], size=22, jc="center", first=None)
    P(d, [("f", "《政府工作报告》重点工作责任分解的通知", XBS, XBS)], size=22, jc="center", first=None)
    P(d, [])
    P(d, ["各设区市人民政府，省政府各部门、各直属机构："], first=None)
    body = [
        "2025年《政府工作报告》已经省十四届人大三次会议审议通过。为确保《政府工作报告》确定的目标任务落到实处，"
        "经省政府同意，现将2025年《政府工作报告》重点工作责任分解印发给你们，并就有关事项通知如下。",
        ("一、压紧压实工作责任。", "各责任单位要把落实《政府工作报告》作为全年工作的重中之重，主要负责同志要亲自研究部署，"
         "制定具体工作方案，细化分解年度目标、工作举措和完成时限。明确省领导的事项，由省领导统筹协调推进；"
         "责任单位中标注“（牵头）”的为牵头单位，其余为配合单位；未标注牵头单位的，由各责任单位按照职责分工分别负责。"),
        ("二、强化协同配合。", "牵头单位要切实负起牵头责任，加强统筹协调，主动对接配合单位；配合单位要积极支持、"
         "密切配合，形成工作合力。涉及多个部门的工作，牵头单位要及时会商，不得推诿扯皮。"),
        ("三、严格督查考核。", "各牵头单位要于每季度末月20日前将工作进展情况报送省政府督查室，"
         "省政府督查室将对落实情况进行跟踪督办，督查结果纳入年度绩效考核。"),
    ]
    for b in body:
        if isinstance(b, tuple):
            P(d, [("f", b[0], HT, HT), b[1]])
        else:
            P(d, [b])
    P(d, [])
    P(d, ["附件：2025年《政府工作报告》重点工作责任分解"])
    P(d, [])
    P(d, [])
    P(d, ["汀海省人民政府办公厅"], jc="right", first=None)
    P(d, ["2025年2月18日"], jc="right", first=None)
    P(d, ["（此件公开发布）"])
    # ---- the attachment on a new page
    P(d, [("f", "附件", HT, HT)], first=None, pagebreak=True)
    P(d, [])
    P(d, [("f", "2025年《政府工作报告》重点工作责任分解", XBS, XBS)], size=22, jc="center", first=None)
    P(d, [])
    golds = []
    n = 0
    for h1, h2, tasks in SECS:
        if h1:
            P(d, [("f", h1, HT, HT)])
        if h2:
            P(d, [("f", h2, KT, KT)], bold=True)
        for (mark, tseg, cseg, resp, lead, coop, leaders) in tasks:
            n += 1
            if mark is None:
                P(d, tseg, num=num, style="a3")
            else:
                assert int(mark.rstrip(".．")) == n, (mark, n)
                if n in (20, 28, 34):                  # the number a run of its own in Times New Roman
                    P(d, [("f", mark, FS, "Times New Roman")] + tseg)
                else:
                    P(d, [mark] + tseg)
            P(d, cseg, font=KT)
            if n in EMPTY_AFTER:
                P(d, [])
            text = plain(tseg)
            golds.append({"id": str(n), "head": head12(text), "responsible_units": resp, "lead_units": lead,
                          "cooperating_units": coop, "leaders": leaders})
    # ---- 版记 at the end
    P(d, [])
    P(d, ["抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，汀海军区。"],
      size=14, first=None, bdr=[("top", 8, "000000")])
    P(d, ["汀海省人民政府办公厅　　　　　　　　　　2025年2月18日印发"], size=14, first=None,
      bdr=[("bottom", 8, "000000")])
    d.save(HERE + NAME + ".docx")
    return golds


# ---------------------------------------------------------------- checks

def split_units(text):
    out, cur, depth = [], "", 0
    for ch in text:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if ch in "、，；" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return [u for u in out if u]


def check(golds):
    # 1. gold units against the printed clause
    n = 0
    for h1, h2, tasks in SECS:
        for (mark, tseg, cseg, resp, lead, coop, leaders) in tasks:
            n += 1
            c = plain(cseg)
            if c.startswith("责任单位："):
                us = split_units(c[len("责任单位："):])
                leads = [u[:-4] for u in us if u.endswith("（牵头）")]
                us = [u[:-4] if u.endswith("（牵头）") else u for u in us]
                assert us == resp, (n, us, resp)
                if leads:
                    exp_lead, exp_coop = leads, [u for u in us if u not in leads]
                elif len(us) == 1:
                    exp_lead, exp_coop = us, []
                else:
                    exp_lead, exp_coop = None, None
                assert (lead, coop, leaders) == (exp_lead, exp_coop, []), n
            else:
                m = re.fullmatch(r"省领导：(.+?)；牵头单位：(.+?)；配合单位：(.+?)、?", c)
                assert m, (n, c)
                ls, a, b = m.group(1).split("、"), split_units(m.group(2)), split_units(m.group(3))
                assert ls == leaders and a == lead and b == coop and a + b == resp, (n, ls, a, b)
    # 2. heads and numbers against the saved file, read back from its XML
    z = zipfile.ZipFile(HERE + NAME + ".docx")
    xml = z.read("word/document.xml").decode()
    paras = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
    texts = []
    for p in paras:
        # drop field instructions, keep w:t text
        p2 = re.sub(r"<w:instrText[^>]*>.*?</w:instrText>", "", p, flags=re.S)
        t = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p2))
        t = t.replace("&amp;", "&")
        texts.append(("<w:numPr>" in p, t))
    auto = 0
    found = []
    for isnum, t in texts:
        if isnum:
            auto += 1
            found.append((str(auto), t))
        else:
            m = re.match(r"(\d+)[.．](.*)", t)
            if m and not t.startswith("2025"):
                found.append((m.group(1), m.group(2)))
    assert [f[0] for f in found] == [g["id"] for g in golds], [f[0] for f in found]
    for (i, t), g in zip(found, golds):
        assert t[:12] == g["head"], (i, t[:12], g["head"])
    assert len(golds) == 38
    print("ok", len(golds), "tasks;", auto, "automatic;", sum(1 for g in golds if g["lead_units"] is None), "null leads")


if __name__ == "__main__":
    golds = build()
    with open(HERE + NAME + ".tasks.gold.jsonl", "w", encoding="utf-8") as f:
        for g in golds:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    check(golds)
