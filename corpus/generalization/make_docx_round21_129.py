#!/usr/bin/python3
"""Round 21, notice 129: a county notice as an OA system's Word 正文 template leaves it.

The OA system (a 协同办公 platform) fills a Word template whose fields are content controls:
- 发文字号 as three plain-text controls bound to a custom XML part (机关代字 / 年份 / 序号) with 〔〕号 typed
  between them; the title as a block-level control around its two paragraphs; 主送, 正文 (all body paragraphs,
  附件说明 included, in one block-level control), 署名 and a date-picker 成文日期;
- the 附件 title in a VML text box (w:pict / v:shape / v:textbox / w:txbxContent), as WPS-made templates have it;
- the task table inside a block-level control (w:sdt > w:sdtContent > w:tbl); inside it each section row in a
  row-level control, each section's task rows in a repeating-section control (w15:repeatingSection) whose items
  (w15:repeatingSectionItem) each wrap one w:tr; in sections 一 and 三 the 牵头单位 / 配合单位 cells are cell-level
  controls (w:sdt > w:sdtContent > w:tc), in 二 and 四 the cells hold block-level controls around their paragraphs;
  the 重点任务 cell's paragraph always in a block-level control; 责任领导 as a drop-down list control in 二 and 四;
  完成时限 as an inline plain-text control in 一 and 二; one 配合单位 control left empty, showing its placeholder
  (w:showingPlcHdr, 「单击或点击此处输入文字。」), and one holding 「无」.
Writes 129_huaixi_xian_oa_muban_neirong_kongjian.docx and its gold list next to this script.
(python-docx 0.8.11; /usr/bin/python3.)"""
import io
import json
import os
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx_notice import (new_doc, para, set_font, landscape, portrait, set_widths, repeat_header,  # noqa: E402
                         cell_paras, split_units, FS, KT, HT, XBS)
from docx import Document  # noqa: E402
from docx.enum.style import WD_STYLE_TYPE  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.opc.constants import RELATIONSHIP_TYPE as RT  # noqa: E402
from docx.opc.packuri import PackURI  # noqa: E402
from docx.opc.part import Part  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, RGBColor, Cm  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__)) + "/"
NAME = "129_huaixi_xian_oa_muban_neirong_kongjian"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"
NS = f'xmlns:w="{W_NS}" xmlns:w15="{W15_NS}"'
NS_VML = (f'xmlns:w="{W_NS}" xmlns:v="urn:schemas-microsoft-com:vml" '
          f'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word"')
OA_NS = "http://oa.huaixi.gov.cn/schema/gongwen/2023"
STORE_ID = "{6B1F3A52-9C7E-4D21-A8E3-5F0C2B7D91A4}"


class Ids:
    def __init__(self):
        self.n = -1736250000

    def __call__(self):
        self.n -= 104729
        return self.n


sid = Ids()


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rpr(font=FS, size=16, bold=False, style=None):
    st = f'<w:rStyle w:val="{style}"/>' if style else ""
    b = "<w:b/><w:bCs/>" if bold else ""
    return (f'<w:rPr>{st}<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/>{b}'
            f'<w:sz w:val="{size * 2}"/><w:szCs w:val="{size * 2}"/></w:rPr>')


def run(text, font=FS, size=16, bold=False, style=None):
    return f'<w:r>{rpr(font, size, bold, style)}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def sdt_pr(alias, tag, kind="", lock=None, extra="", r=""):
    lk = f'<w:lock w:val="{lock}"/>' if lock else ""
    return (f'<w:sdtPr>{r}<w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{sid()}"/>{lk}'
            f'{extra}{kind}</w:sdtPr>')


def inline_sdt(text, alias, tag, kind="<w:text/>", font=FS, size=16, lock=None, bind=None):
    extra = ""
    if bind:
        extra = (f'<w:dataBinding w:prefixMappings="xmlns:ns0=\'{OA_NS}\'" '
                 f'w:xpath="/ns0:gongwen[1]/ns0:{bind}[1]" w:storeItemID="{STORE_ID}"/>')
    return parse_xml(f'<w:sdt {NS}>{sdt_pr(alias, tag, kind, lock, extra, rpr(font, size))}<w:sdtEndPr/>'
                     f'<w:sdtContent>{run(text, font, size)}</w:sdtContent></w:sdt>')


def wrap(elements, alias, tag, kind="", lock=None, extra=""):
    """put a content control around consecutive sibling elements (paragraphs, a table, rows, cells)"""
    sdt = parse_xml(f'<w:sdt {NS}>{sdt_pr(alias, tag, kind, lock, extra)}<w:sdtContent/></w:sdt>')
    elements[0].addprevious(sdt)
    content = sdt.find(qn("w:sdtContent"))
    for e in elements:
        content.append(e)
    return sdt


def item_wrap(tr):
    """a repeating section's item: Word writes only an id and w15:repeatingSectionItem"""
    sdt = parse_xml(f'<w:sdt {NS}><w:sdtPr><w:id w:val="{sid()}"/><w15:repeatingSectionItem/></w:sdtPr>'
                    f'<w:sdtContent/></w:sdt>')
    tr.addprevious(sdt)
    sdt.find(qn("w:sdtContent")).append(tr)
    return sdt


# --------------------------------------------------------------------------------------------------------
# the attachment's rows: (序号, 重点任务, 责任领导, 牵头单位, 配合单位, 完成时限, leaders)
# 配合单位: a list of units, "无", or None (the control left empty, showing its placeholder)
SECTIONS = [
    ("一、扩大有效投资，推动经济稳中有进（8项）", [
        (1, "全县地区生产总值增长6%左右，一般公共预算收入增长5%，固定资产投资增长7%。", "郑启明",
         ["县发展和改革局"], ["县财政局", "县统计局", "县税务局"], "2025年12月底"),
        (2, "实施县级重点项目126个，年度计划投资185亿元，新开工项目不少于40个。", "吴思远",
         ["县发展和改革局"], ["县自然资源局", "县住房和城乡建设局", "县生态环境分局", "各乡镇人民政府"], "2025年12月底"),
        (3, "积极争取超长期特别国债、地方政府专项债券等上级资金，全年争取资金30亿元以上。", "吴思远",
         ["县发展和改革局", "县财政局"], ["县直有关单位"], "2025年12月底"),
        (4, "推动消费扩容提质，社会消费品零售总额增长6.5%，举办“槐溪好物”促消费活动20场以上。", "林海涛",
         ["县商务局"], ["县财政局", "县市场监督管理局", "县文化广电和旅游局"], "2025年12月底"),
        (5, "落实大规模设备更新和消费品以旧换新政策，完成汽车、家电以旧换新1.2万台（套）。", "林海涛",
         ["县商务局"], ["县工业和信息化局", "县财政局"], "2025年11月底"),
        (6, "持续优化营商环境，深化“高效办成一件事”改革，新增集成办理事项15项。", "吴思远",
         ["县政务服务中心"], ["县数据资源局", "县直有关单位"], "2025年10月底"),
        (7, "强化财源建设，清理盘活闲置低效国有资产，实现资产处置收益1.5亿元。", "吴思远",
         ["县财政局"], ["县机关事务服务中心", "县城投集团"], "2025年12月底"),
        (8, "防范化解地方债务风险，全面完成年度化债任务，严控新增隐性债务。", "吴思远",
         ["县财政局"], ["县城投集团", "县审计局"], "持续推进"),
    ]),
    ("二、加快产业转型，壮大实体经济（7项）", [
        (9, "新增规模以上工业企业15家，规上工业增加值增长8%。", "林海涛",
         ["县工业和信息化局"], ["槐溪经济开发区管委会", "县统计局"], "2025年12月底"),
        (10, "推进槐溪经济开发区扩区调位，建成标准化厂房20万平方米。", "林海涛",
         ["槐溪经济开发区管委会"], ["县自然资源局", "县住房和城乡建设局"], "2025年12月底"),
        (11, "全年招引亿元以上项目35个，其中10亿元以上项目3个，实际到位资金80亿元。", "郑启明、林海涛",
         ["县投资促进中心"], ["槐溪经济开发区管委会", "各乡镇人民政府"], "2025年12月底"),
        (12, "实施技术改造项目40个，新增省级专精特新中小企业8家。", "林海涛",
         ["县工业和信息化局"], ["县科学技术局"], "2025年12月底"),
        (13, "推动文旅融合发展，创建国家4A级旅游景区1家，全年接待游客突破600万人次。", "陈卓",
         ["县文化广电和旅游局"], ["县发展和改革局", "县自然资源局"], "2025年10月底"),
        (14, "培育电商经营主体300家，农村网络零售额增长12%。", "林海涛",
         ["县商务局"], None, "2025年12月底"),
        (15, "加快现代物流园二期建设，建成冷链仓储能力3万吨。", "林海涛",
         ["县发展和改革局"], ["县交通运输局", "县商务局"], "2025年9月底"),
    ]),
    ("三、推进城乡融合，建设宜居槐溪（7项）", [
        (16, "粮食播种面积稳定在58.6万亩以上，总产量稳定在24万吨以上。", "苏静",
         ["县农业农村局"], ["各乡镇人民政府"], "2025年10月底"),
        (17, "新建高标准农田3.2万亩，完成小型水库除险加固6座。", "苏静",
         ["县农业农村局", "县水利局"], ["县财政局", "各乡镇人民政府"], "2025年12月底"),
        (18, "巩固拓展脱贫攻坚成果，脱贫人口人均纯收入增长10%以上。", "苏静",
         ["县农业农村局"], ["县人力资源和社会保障局", "各乡镇人民政府"], "持续推进"),
        (19, "实施城市更新行动，改造城镇老旧小区22个、惠及居民3100户。", "何建华",
         ["县住房和城乡建设局"], ["县城市管理局", "县财政局", "城关镇人民政府"], "2025年11月底"),
        (20, "建成槐溪大道东延段和S215线改建工程，新改建农村公路120公里。", "何建华",
         ["县交通运输局"], ["县自然资源局", "沿线乡镇人民政府"], "2025年12月底"),
        (21, "持续打好蓝天碧水净土保卫战，PM2.5平均浓度控制在30微克/立方米以内。", "何建华",
         ["县生态环境分局"], ["县住房和城乡建设局", "县交通运输局", "县农业农村局"], "2025年12月底"),
        (22, "完成城区供水管网改造45公里，新建污水管网18公里。", "何建华",
         ["县住房和城乡建设局"], ["县水务集团"], "2025年10月底"),
    ]),
    ("四、增进民生福祉，办好民生实事（8项）", [
        (23, "城镇新增就业3200人，城镇调查失业率控制在5.5%以内。", "陈卓",
         ["县人力资源和社会保障局"], ["县财政局", "县统计局"], "2025年12月底"),
        (24, "新建城区第三小学、改扩建县第二中学，新增学位2700个。", "陈卓",
         ["县教育局"], ["县发展和改革局", "县住房和城乡建设局", "县自然资源局"], "2025年8月底"),
        (25, "推进紧密型县域医共体建设，县人民医院胸痛中心、卒中中心通过省级验收。", "陈卓",
         ["县卫生健康局"], ["县医疗保障局"], "2025年12月底"),
        (26, "新建社区嵌入式养老服务机构4个，完成特殊困难老年人家庭适老化改造500户。", "陈卓",
         ["县民政局"], "无", "2025年12月底"),
        (27, "城乡居民基本医疗保险参保率稳定在95%以上。", "陈卓",
         ["县医疗保障局"], ["县税务局", "各乡镇人民政府"], "2025年12月底"),
        (28, "深化安全生产治本攻坚三年行动，生产安全事故起数和死亡人数“双下降”。", "吴思远",
         ["县应急管理局"], ["县直有关单位", "各乡镇人民政府"], "持续推进"),
        (29, "推进平安槐溪建设，常态化开展扫黑除恶斗争，命案现案破案率保持100%。", "马骏",
         ["县公安局"], ["县司法局", "县信访局"], "持续推进"),
        (30, "延伸县城至槐溪经济开发区公交线路，新增新能源公交车20辆。", "何建华",
         ["县交通运输局"], ["县公交公司"], "2025年6月底"),
    ]),
]
# 责任领导 cells merged down (vMerge) over these runs of 序号
VMERGE = [(19, 22), (23, 27)]
LEADERS = ["郑启明", "吴思远", "林海涛", "苏静", "何建华", "陈卓", "马骏"]
PLACEHOLDER = "单击或点击此处输入文字。"

WIDTHS = [1.3, 10.6, 2.4, 4.2, 4.6, 2.6]


def build():
    d = new_doc()
    # the template's character style for a control's placeholder text
    ph = d.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
    ph.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    # ---- 版头
    para(d)
    p = para(d, "槐溪县人民政府办公室文件", XBS, 36, align="c")
    p.runs[0].font.color.rgb = RGBColor(0xFF, 0, 0)
    para(d)
    p = para(d, align="c")
    p._p.append(inline_sdt("槐政办发", "机关代字", "jgdz", lock="contentLocked", bind="jgdz"))
    p._p.append(parse_xml(f'<w:r {NS}>{rpr()}<w:t>〔</w:t></w:r>'))
    p._p.append(inline_sdt("2025", "年份", "nf", bind="nf"))
    p._p.append(parse_xml(f'<w:r {NS}>{rpr()}<w:t>〕</w:t></w:r>'))
    p._p.append(inline_sdt("7", "文号序号", "wh", bind="wh"))
    p._p.append(parse_xml(f'<w:r {NS}>{rpr()}<w:t>号</w:t></w:r>'))
    p = para(d, indent=False)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {NS}><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr>'))

    # ---- 标题 (two paragraphs in one block-level control)
    t1 = para(d, "槐溪县人民政府办公室关于印发", XBS, 22, align="c")
    t2 = para(d, "2025年县政府重点工作任务分工方案的通知", XBS, 22, align="c")
    wrap([t1._p, t2._p], "标题", "bt", "<w:richText/>", lock="sdtLocked")
    para(d)

    # ---- 主送
    p = para(d, indent=False)
    p._p.append(inline_sdt("各乡镇人民政府，槐溪经济开发区管委会，县直各单位：", "主送机关", "zsjg"))

    # ---- 正文 (every body paragraph and the 附件说明 in one block-level control)
    body = [
        "《政府工作报告》已经县十八届人大五次会议审议通过。为确保报告确定的各项目标任务落到实处，经县人民政府同意，"
        "现将《2025年县政府重点工作任务分工方案》印发给你们，并就有关事项通知如下：",
        "一、提高思想认识。各乡镇、各单位要把落实《政府工作报告》作为全年工作的主线，对照分工方案逐项制定工作计划，"
        "细化年度目标、推进措施和时间节点，于3月31日前报县政府办公室。",
        "二、压实工作责任。各项任务的责任领导要加强统筹调度，及时协调解决推进中的重大问题。牵头单位对牵头任务负总责，"
        "主要负责同志为第一责任人；配合单位要主动对接、密切配合，共同推动任务落实。",
        "三、强化督查考核。县政府督查室将对分工任务实行清单化管理、季度化调度，各牵头单位请于每季度末月20日前通过县协同办公"
        "平台报送任务进展情况，全年完成情况于12月20日前报送。督查结果纳入年度综合考核。",
    ]
    ps = [para(d, b)._p for b in body]
    ps.append(para(d)._p)
    ps.append(para(d, "附件：2025年县政府重点工作任务分工方案")._p)
    ps.append(para(d)._p)
    wrap(ps, "正文", "zw", "<w:richText/>")

    # ---- 署名, 成文日期 (date picker), 附注
    p = para(d, align="r")
    p._p.append(inline_sdt("槐溪县人民政府办公室", "发文机关署名", "fwjg", lock="sdtLocked"))
    p = para(d, align="r")
    p._p.append(inline_sdt(
        "2025年3月12日", "成文日期", "cwrq",
        kind=('<w:date w:fullDate="2025-03-12T00:00:00Z"><w:dateFormat w:val="yyyy\'年\'M\'月\'d\'日\'"/>'
              '<w:lid w:val="zh-CN"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/>'
              '</w:date>')))
    para(d, "（此件公开发布）")

    # ---- 附件: landscape; the label, the title in a VML text box, the table
    landscape(d)
    para(d, "附件", HT, 16, indent=False)
    p = para(d, indent=False)
    p._p.append(parse_xml(
        f'<w:r {NS_VML}><w:rPr><w:noProof/></w:rPr><w:pict>'
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="附件标题" o:spid="_x0000_s2049" type="#_x0000_t202" '
        f'style="position:absolute;left:0;text-align:left;margin-left:0;margin-top:4pt;width:560pt;height:42pt;'
        f'z-index:251660288;mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
        f'mso-position-vertical-relative:text" filled="f" stroked="f">'
        f'<v:textbox inset="0,0,0,0"><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
        f'{run("2025年县政府重点工作任务分工方案", XBS, 22)}</w:p></w:txbxContent></v:textbox>'
        f'<w10:wrap type="topAndBottom"/></v:shape></w:pict></w:r>'))
    p.paragraph_format.space_after = Pt(36)

    n_rows = 1 + sum(1 + len(items) for _, items in SECTIONS)
    t = d.add_table(rows=n_rows, cols=6)
    t.style = d.styles["Table Grid"]
    set_widths(t, WIDTHS)
    hdr = ["序号", "重点任务", "责任领导", "牵头单位", "配合单位", "完成时限"]
    for c, h in zip(t.rows[0].cells, hdr):
        cell_paras(c, h, 12, center=True, font=HT)
    repeat_header(t.rows[0])
    rowmap = {}                      # 序号 -> row index; section heading -> row index
    r = 1
    for title, items in SECTIONS:
        rowmap[title] = r
        cells = t.rows[r].cells
        a = cells[0].merge(cells[5])
        cell_paras(a, title, 12, font=HT)
        r += 1
        for no, task, leader, lead, coop, due in items:
            cells = t.rows[r].cells
            cell_paras(cells[0], str(no), 12, center=True)
            cell_paras(cells[1], task, 12)
            cell_paras(cells[2], leader, 12, center=True)
            cell_paras(cells[3], "、".join(lead), 12)
            if isinstance(coop, list):
                cell_paras(cells[4], "、".join(coop), 12)
            elif coop == "无":
                cell_paras(cells[4], "无", 12, center=True)
            cell_paras(cells[5], due, 12, center=True)
            rowmap[no] = r
            r += 1
    for a, b in VMERGE:
        top = t.cell(rowmap[a], 2)
        for no in range(a + 1, b + 1):
            t.cell(rowmap[no], 2).text = ""
        top.merge(t.cell(rowmap[b], 2))
        cell_paras(top, next(i[2] for s in SECTIONS for i in s[1] if i[0] == a), 12, center=True)
    d.add_paragraph()                 # the paragraph Word keeps after a table
    tbl = t._tbl

    # ---- content controls inside the table (after python-docx is done with rows and cells)
    trs = list(tbl.tr_lst)
    for si, (title, items) in enumerate(SECTIONS):
        sec_tr = trs[rowmap[title]]
        item_sdts = []
        for no, task, leader, lead, coop, due in items:
            tr = trs[rowmap[no]]
            tcs = list(tr.tc_lst)
            # 重点任务: block-level control around the cell's paragraph
            wrap(tcs[1].findall(qn("w:p")), "重点任务", "zdrw", "<w:richText/>")
            # 责任领导: drop-down list in 二 and 四 (not in a merged-down continuation, not for two leaders)
            lp = tcs[2].find(qn("w:p"))
            lruns = lp.findall(qn("w:r"))
            if si in (1, 3) and lruns and "、" not in leader:
                items_xml = "".join(f'<w:listItem w:displayText="{x}" w:value="{x}"/>' for x in LEADERS)
                sd = inline_sdt(leader, "责任领导", "zrld", kind=f'<w:dropDownList>{items_xml}</w:dropDownList>',
                                size=12)
                lruns[0].addprevious(sd)
                for x in lruns:
                    lp.remove(x)
            # 完成时限: inline plain-text control in 一 and 二
            if si in (0, 1):
                dp = tcs[5].find(qn("w:p"))
                druns = dp.findall(qn("w:r"))
                sd = inline_sdt(due, "完成时限", "wcsx", size=12)
                druns[0].addprevious(sd)
                for x in druns:
                    dp.remove(x)
            # 配合单位 left empty: its control shows the placeholder
            if coop is None:
                cp = tcs[4].find(qn("w:p"))
                for x in cp.findall(qn("w:r")):
                    cp.remove(x)
                cp.append(parse_xml(f'<w:r {NS}>{rpr(FS, 12, style="PlaceholderText")}'
                                    f'<w:t>{PLACEHOLDER}</w:t></w:r>'))
            if si in (0, 2):
                # 牵头单位 / 配合单位 as cell-level controls: the w:sdt wraps the w:tc
                wrap([tcs[3]], "牵头单位", "qtdw", "<w:richText/>")
                wrap([tcs[4]], "配合单位", "phdw", "<w:richText/>",
                     extra="<w:showingPlcHdr/>" if coop is None else "")
            else:
                # block-level controls inside the cells
                wrap(tcs[3].findall(qn("w:p")), "牵头单位", "qtdw", "<w:richText/>")
                wrap(tcs[4].findall(qn("w:p")), "配合单位", "phdw", "<w:richText/>",
                     extra="<w:showingPlcHdr/>" if coop is None else "")
            item_sdts.append(item_wrap(tr))
        # the section's rows: a repeating section around its items
        wrap(item_sdts, "任务清单" + "一二三四"[si], "rwqd",
             extra=f'<w15:color w:val="2F5496"/><w15:repeatingSection/>')
        # the section row: a row-level control of its own
        wrap([sec_tr], "任务类别", "rwlb")
    # the whole table in one block-level control
    wrap([tbl], "任务分工表", "rwfgb", lock="sdtLocked")

    # ---- 版记 on a portrait page of its own
    portrait(d)
    for _ in range(18):
        para(d, indent=False)
    p = para(d, indent=False)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {NS}><w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/>'
        f'<w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>'))
    set_font(p.add_run("抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。"), FS, 14)
    p = para(d, indent=False)
    set_font(p.add_run("槐溪县人民政府办公室　　　　　　　　　　　2025年3月12日印发"), FS, 14)

    # ---- the OA system's custom XML part that the 文号 controls are bound to
    cx = (f'<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
          f'<gongwen xmlns="{OA_NS}"><jgdz>槐政办发</jgdz><nf>2025</nf><wh>7</wh>'
          f'<biaoti>槐溪县人民政府办公室关于印发2025年县政府重点工作任务分工方案的通知</biaoti>'
          f'<wenzhong>通知</wenzhong><gongkai>主动公开</gongkai><nigao>县政府办公室综合股</nigao></gongwen>')
    props = (f'<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
             f'<ds:datastoreItem ds:itemID="{STORE_ID}" '
             f'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
             f'<ds:schemaRefs><ds:schemaRef ds:uri="{OA_NS}"/></ds:schemaRefs></ds:datastoreItem>')
    pkg = d.part.package
    item = Part(PackURI("/customXml/item2.xml"), "application/xml", cx.encode("utf-8"), pkg)
    iprops = Part(PackURI("/customXml/itemProps2.xml"),
                  "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
                  props.encode("utf-8"), pkg)
    item.relate_to(iprops, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps")
    d.part.relate_to(item, RT.CUSTOM_XML)
    return d


def add_w15_to_root(path):
    """declare w15 on the document element and list it in mc:Ignorable, as Word 2013+ writes it"""
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/document.xml":
                s = data.decode("utf-8")
                s = s.replace(f' xmlns:w15="{W15_NS}"', "")   # the fragments' own declarations
                s = s.replace('mc:Ignorable="w14 wp14"', f'xmlns:w15="{W15_NS}" mc:Ignorable="w14 w15 wp14"', 1)
                assert "w14 w15 wp14" in s
                data = s.encode("utf-8")
            zout.writestr(info, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def gold():
    out = []
    for title, items in SECTIONS:
        for no, task, leader, lead, coop, due in items:
            co = coop if isinstance(coop, list) else []
            out.append({"id": str(no), "head": task[:12], "responsible_units": lead + co,
                        "lead_units": lead, "cooperating_units": co,
                        "leaders": leader.split("、")})
    return out


def check(path, golds):
    """open with python-docx and walk the XML: every task, unit and leader is in the file"""
    d = Document(path)
    body = d.element.body
    W = "{%s}" % W_NS
    assert len(d.tables) == 0, "the table should be inside a content control, not a direct child"
    tbls = body.findall(f"{W}sdt/{W}sdtContent/{W}tbl")
    assert len(tbls) == 1
    trs = tbls[0].findall(f".//{W}tr")
    rows = []
    for tr in trs:
        cells = []
        for tc in tr.iter(f"{W}tc"):
            cells.append("".join(t.text or "" for t in tc.iter(f"{W}t")))
        rows.append(cells)
    task_rows = [c for c in rows if len(c) == 6 and c[0].isdigit()]
    assert len(task_rows) == len(golds) == 30, len(task_rows)
    last_leader = ""
    for c, g in zip(task_rows, golds):
        assert c[0] == g["id"] and c[1][:12] == g["head"], (c, g)
        assert split_units(c[3]) == g["lead_units"], (c, g)
        coop = [] if c[4] in ("无", PLACEHOLDER) else split_units(c[4])
        assert coop == g["cooperating_units"], (c, g)
        leader = c[2] or last_leader
        last_leader = leader
        assert leader.split("、") == g["leaders"], (c, g)
    n_sdt = len(body.findall(f".//{W}sdt"))
    txbx = body.findall(f".//{W}txbxContent")
    assert len(txbx) == 1
    print("ok:", len(task_rows), "task rows,", n_sdt, "content controls, text box:",
          "".join(t.text for t in txbx[0].iter(f"{W}t")))


if __name__ == "__main__":
    path = HERE + NAME + ".docx"
    d = build()
    d.save(path)
    add_w15_to_root(path)
    g = gold()
    with open(HERE + NAME + ".tasks.gold.jsonl", "w", encoding="utf-8") as f:
        for x in g:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    check(path, g)
