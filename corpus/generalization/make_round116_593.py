# -*- coding: utf-8 -*-
"""make_593.py -- 593_hanchuan_sheng_gzbg_fengong_weiji_wenku.txt

A provincial 省政府办公厅 分工 notice as it sits in zh.wikisource (维基文库) after a
semi-automatic import bot copied it from the province's portal: the raw wikitext
(what ``index.php?action=raw`` or a dump gives, and what import scripts save as .txt).

The import follows the helper that real zh.wikisource import bots use for gov.cn
pages (e.g. njzjzwikibot: BeautifulSoup over the article div, then):
  * bold elements flattened and wrapped in literal ``<b>``/``</b>`` strings;
  * ``text-align: center;`` elements flattened and wrapped in ``{{c|`` ``}}``;
  * ``font-size: 18pt;`` -> ``{{x-larger block|`` ``}}``; 楷体 -> ``{{楷体|`` ``}}``;
  * ``text-align: right;`` -> ``{{right|`` ``}}``; ``text-indent: 2em;`` -> ``{{gap}}`` before;
  * ``<br>`` meant to become a newline, but the helper skips empty elements, so
    a ``<br>`` is simply lost (text on both sides runs together);
  * every ``<table>`` rebuilt as ``{| class="wikitable"`` with ``|-`` rows and one
    ``|[colspan=N ][rowspan=N ]| text`` line per cell, the cell's text being its
    get_text() (paragraphs inside a cell joined with nothing between them);
  * the whole text: every run of newlines -> one blank line; ``《X》`` -> ``《[[X]]》``;
  * wrapped as {{Header ...}} <onlyinclude>…</onlyinclude> {{PD-PRC-exempt}}.
The helper here is re-implemented (same behaviour), run on the portal's HTML below.
"""
import os
import re

from bs4 import BeautifulSoup

NAME = "593_hanchuan_sheng_gzbg_fengong_weiji_wenku.txt"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)

C = 'style="text-align: center;"'
J = 'style="text-align: justify;"'
G = 'style="text-indent: 2em; text-align: justify;"'
R = 'style="text-indent: 2em; text-align: right;"'

# (num, task, leaders-cell, units-cell, deadline)
# leaders-cell / units-cell: None = covered by a rowspan above,
#   ("span", n, [..]) = rowspan n, list of paragraphs; [..] = plain list.
# units given as list -> one centred <p> each; str with '|' -> <br> inside one centred <p>;
# ("J", [...]) -> justified <p>s; ("one", "A、B") -> one centred <p>
SECTIONS = [
    ("一、着力扩大有效需求", [
        (1, "实施省级重点项目1200个以上，完成年度投资5000亿元以上，滚动开展“项目攻坚年”活动，推动项目早开工、早投产、早见效。",
         ("span", 2, ["郑开源"]), ["省发展改革委", "省财政厅", "省自然资源厅", "各市（州）人民政府"], "2024年12月底前"),
        (2, "积极争取超长期特别国债和地方政府专项债券额度，用好政策性开发性金融工具，加强资金使用绩效管理。",
         None, ("one", "省财政厅、省发展改革委、中国人民银行瀚川省分行"), "持续推进"),
        (3, "开展“消费提振年”系列活动，培育省级夜间消费集聚区20个、特色商业街区30条。",
         ("span", 3, ["唐秀云"]), ["省商务厅", "省文化和旅游厅", "省市场监管局"], "2024年12月底前"),
        (4, "推动汽车、家电等大宗消费以旧换新，全年社会消费品零售总额增长6%左右。",
         None, ["省商务厅", "省发展改革委", "省工业和信息化厅", "省财政厅"], "2024年12月底前"),
        (5, "稳住外贸外资基本盘，新增有进出口实绩企业500家以上，跨境电商进出口额增长20%。",
         None, ["省商务厅", "瀚川海关", "中国人民银行瀚川省分行"], "2024年12月底前"),
        (6, "深化“双招双引”，办好重大招商活动，全年实际到位省外资金增长8%以上。",
         ["郑开源"], ["省商务厅"], "2024年12月底前"),
    ]),
    ("二、加快构建现代化产业体系", [
        (7, "实施制造业重点产业链高质量发展行动，培育千亿级产业集群3个，规模以上工业增加值增长7%。",
         ("span", 3, ["高明哲"]), ["省工业和信息化厅", "省发展改革委", "省科技厅"], "2024年12月底前"),
        (8, "梯度培育优质企业，新增国家级专精特新“小巨人”企业30家、省级专精特新中小企业300家。",
         None, ["省工业和信息化厅"], "2024年12月底前"),
        (9, "推进数字产业化和产业数字化，新建5G基站1.5万个，建设省级工业互联网平台20个。",
         None, "省工业和信息化厅|省通信管理局|省数据局", "2024年12月底前"),
        (10, "实施高新技术企业“倍增计划”，高新技术企业数量突破6000家，全社会研发经费投入增长10%以上。",
         ("span", 2, ["吴思远"]), ["省科技厅", "省财政厅", "国家税务总局瀚川省税务局"], "2024年12月底前"),
        (11, "加快建设省实验室体系，新布局建设省重点实验室15家、省技术创新中心10家。",
         None, ["省科技厅", "省教育厅"], "2024年11月底前"),
        (12, "推动文旅深度融合发展，创建国家5A级旅游景区1家，全年接待游客人次增长10%以上。",
         ["唐秀云"], ["省文化和旅游厅"], "2024年12月底前"),
    ]),
    ("三、全面推进乡村振兴", [
        (13, "坚决扛牢粮食安全政治责任，粮食播种面积稳定在4500万亩以上，总产量保持在300亿斤以上。",
         ("span", 5, ["贺建峰"]), ["省农业农村厅", "省粮食和物资储备局", "省自然资源厅", "各市（州）人民政府"], "2024年10月底前"),
        (14, "新建和改造提升高标准农田120万亩，实施小型农田水利设施提档升级工程。",
         None, ("J", ["省农业农村厅", "省财政厅", "省水利厅"]), "2024年12月底前"),
        (15, "巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制，确保不发生规模性返贫。",
         None, ["省农业农村厅", "各市（州）人民政府"], "持续推进"),
        (16, "实施农村人居环境整治提升五年行动，农村卫生厕所普及率达到80%。",
         None, ["省农业农村厅", "省住房城乡建设厅", "省生态环境厅", "省卫生健康委"], "2024年12月底前"),
        (17, "深化农村集体产权制度改革，发展壮大新型农村集体经济，集体经济年收入10万元以上的村占比达到60%。",
         None, ["省农业农村厅", "省财政厅"], "2024年12月底前"),
    ]),
    ("四、纵深推进改革开放", [
        (18, "深入实施国有企业改革深化提升行动，省属企业营业收入增长6%以上。",
         ["郑开源"], ["省国资委"], "2024年12月底前"),
        (19, "持续优化营商环境，政务服务事项“一网通办”率达到95%以上，“高效办成一件事”重点事项全部落地。",
         ["林振东", "郑开源"], ["省政务服务管理局", "省数据局", "省市场监管局", "省司法厅"], "2024年12月底前"),
        (20, "落实支持民营经济发展壮大若干措施，开展拖欠企业账款清理专项行动。",
         ("span", 2, ["郑开源"]), ["省发展改革委", "省工业和信息化厅", "省财政厅", "省国资委"], "2024年9月底前"),
        (21, "深化财税金融体制改革，稳妥推进地方中小金融机构改革化险。",
         None, ["省委金融办", "省财政厅", "国家金融监督管理总局瀚川监管局"], "持续推进"),
        (22, "高水平建设自由贸易试验区，形成制度创新成果30项以上，复制推广改革试点经验。",
         ["唐秀云"], ["省商务厅", "省司法厅"], "2024年12月底前"),
    ]),
    ("五、持续加强生态文明建设", [
        (23, "深入打好蓝天保卫战，全省细颗粒物平均浓度控制在32微克/立方米以内，优良天数比率达到88%。",
         ("span", 2, ["陈嘉树"]), ["省生态环境厅", "省工业和信息化厅", "省交通运输厅", "省住房城乡建设厅"], "2024年12月底前"),
        (24, "深入实施河湖长制，重点河湖生态流量保障目标满足程度达到90%以上。",
         None, ["省水利厅", "省生态环境厅"], "2024年12月底前"),
        (25, "稳妥推进碳达峰碳中和，开展碳达峰试点城市和园区建设，单位地区生产总值能耗下降2.5%左右。",
         ("span", 2, ["郑开源", "陈嘉树"]), ("spanunits", 2, ["省发展改革委", "省能源局"]), "2024年12月底前"),
        (26, "加快构建新型能源体系，新增风电、光伏发电装机500万千瓦以上，推进抽水蓄能电站建设。",
         None, None, "2024年12月底前"),
        (27, "科学开展国土绿化，完成营造林80万亩，推动林长制提质增效。",
         ["陈嘉树"], ["省林业局"], "2024年11月底前"),
    ]),
    ("六、切实保障和改善民生", [
        (28, "实施就业优先战略，城镇新增就业50万人以上，城镇调查失业率控制在5.5%以内。",
         ("span", 4, ["吴思远"]), ["省人力资源社会保障厅", "省教育厅", "省财政厅"], "2024年12月底前"),
        (29, "新建、改扩建公办幼儿园100所，新增公办学位2万个，推进县域普通高中振兴。",
         None, ["省教育厅", "省发展改革委", "省住房城乡建设厅"], "2024年8月底前"),
        (30, "推进紧密型县域医疗卫生共同体建设，实现县域全覆盖，提升基层医疗卫生服务能力。",
         None, ["省卫生健康委", "省医保局"], "2024年12月底前"),
        (31, "完善养老服务体系，新建社区嵌入式养老服务设施200个，发展老年助餐服务。",
         None, ["省民政厅", "省卫生健康委", "省住房城乡建设厅"], "2024年12月底前"),
        (32, "改造城镇老旧小区1200个，筹集建设保障性租赁住房3万套（间）。",
         ["陈嘉树"], ["省住房城乡建设厅", "省发展改革委", "省财政厅", "各市（州）人民政府"], "2024年12月底前"),
        (33, "统筹发展和安全，深入开展安全生产治本攻坚三年行动，坚决防范遏制重特大事故发生。",
         ["林振东"], ["省应急厅", "省公安厅", "省交通运输厅", "省住房城乡建设厅"], "持续推进"),
    ]),
]


def p(style, text):
    return f"<p {style}>{text}</p>" if style else f"<p>{text}</p>"


def leaders_td(cell):
    if cell is None:
        return ""
    if isinstance(cell, tuple) and cell[0] == "span":
        _, n, names = cell
        return f'<td width="9%" rowspan="{n}" valign="middle">' + "".join(p(C, x) for x in names) + "</td>"
    return '<td width="9%" valign="middle">' + "".join(p(C, x) for x in cell) + "</td>"


def units_td(cell):
    if cell is None:
        return ""
    if isinstance(cell, tuple):
        kind = cell[0]
        if kind == "one":
            return '<td width="22%" valign="middle">' + p(C, cell[1]) + "</td>"
        if kind == "J":
            return '<td width="22%" valign="middle">' + "".join(p(J, x) for x in cell[1]) + "</td>"
        if kind == "spanunits":
            return (f'<td width="22%" rowspan="{cell[1]}" valign="middle">'
                    + "".join(p(C, x) for x in cell[2]) + "</td>")
    if isinstance(cell, str):
        return '<td width="22%" valign="middle">' + p(C, "<br/>".join(cell.split("|"))) + "</td>"
    return '<td width="22%" valign="middle">' + "".join(p(C, x) for x in cell) + "</td>"


def table_html():
    rows = []
    hdr = ["序号", "重点工作任务", "责任省领导", "责任单位", "完成时限"]
    widths = ["6%", "49%", "9%", "22%", "14%"]
    rows.append("<tr>" + "".join(
        f'<td width="{w}" valign="middle">' + p(C, f"<strong>{h}</strong>") + "</td>"
        for h, w in zip(hdr, widths)) + "</tr>")
    for title, tasks in SECTIONS:
        rows.append('<tr><td colspan="5" valign="middle">' + p(J, f"<strong>{title}</strong>") + "</td></tr>")
        for num, task, lead, units, due in tasks:
            rows.append(
                "<tr>"
                + '<td width="6%" valign="middle">' + p(C, str(num)) + "</td>"
                + '<td width="49%" valign="middle">' + p(J, task) + "</td>"
                + leaders_td(lead)
                + units_td(units)
                + '<td width="14%" valign="middle">' + p(C, due) + "</td>"
                + "</tr>")
    return ('<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse: collapse;">\n'
            "<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>")


ARTICLE = "\n".join([
    '<div class="pages_content" id="UCAP-CONTENT">',
    p(J, "各市（州）人民政府，省政府各部门、各直属机构："),
    p(G, "《2024年省政府工作报告重点工作任务分工方案》已经省政府同意，现印发给你们，请结合实际认真贯彻落实。"),
    p(G, "<strong>一、提高政治站位。</strong>各地各部门要把落实《政府工作报告》作为今年工作的重中之重，逐项细化工作措施，明确时间节点，确保各项任务按期完成。"),
    p(G, "<strong>二、压实工作责任。</strong>各责任省领导要加强统筹调度，及时研究解决工作推进中的重大问题。责任单位中排在第一位的为牵头单位，其他为配合单位。牵头单位要会同配合单位制定具体工作方案，配合单位要积极主动配合，形成工作合力。涉及各市（州）的任务，各市（州）人民政府要抓好落实。"),
    p(G, "<strong>三、强化督查考核。</strong>省政府办公厅将把重点工作任务落实情况纳入省政府督查重点，实行月调度、季通报。各牵头单位于每季度末月25日前将工作进展情况报送省政府办公厅（督查室）。"),
    p(R, "瀚川省人民政府办公厅"),
    p(R, "2024年2月26日"),
    p(G, "（此件公开发布）"),
    p(J, "附件"),
    p(C, "<strong>2024年省政府工作报告重点工作任务分工方案</strong>"),
    p(G, "为全面完成省十四届人大二次会议审议通过的《政府工作报告》确定的目标任务，现将重点工作任务分工如下："),
    table_html(),
    "</div>",
])


# ---- the import helper (re-implemented: same behaviour as the bot's) ----
def _wrap(el, before=None, after=None):
    text = el.get_text().strip()
    if text:                      # empty elements (e.g. <br>) are skipped
        el.string = text          # flattens the element to its text
        if before is not None:
            el.insert_before(before)
        if after is not None:
            el.insert_after(after)


def _styled(root, needle):
    return root.find_all(style=lambda v: v and needle in v.lower())


def convert(root):
    for el in _styled(root, "font-weight: bold;") + root.find_all("b") + root.find_all("strong"):
        _wrap(el, "<b>", "</b>")
    for el in _styled(root, "text-align: center;") + root.find_all("p", align="center"):
        _wrap(el, "{{c|", "}}")
    for el in _styled(root, "font-size: 18pt;"):
        _wrap(el, "{{x-larger block|", "}}")
    for el in _styled(root, "font-family: 楷体, 楷体_gb2312;") + root.find_all("font", face="楷体_GB2312"):
        _wrap(el, "{{楷体|", "}}")
    for el in _styled(root, "text-align: right;"):
        _wrap(el, "{{right|", "}}")
    for el in _styled(root, "text-indent: 2em;"):
        _wrap(el, "{{gap}}")
    for el in root.find_all("br"):
        _wrap(el, "\n")
    for table in root.find_all("table"):
        out = ['\n{| class="wikitable"\n']
        for tr in table.find_all("tr"):
            out.append("|-\n")
            for td in tr.find_all(["th", "td"]):
                out.append("|")
                if td.get("colspan") is not None:
                    out += ["colspan=", str(td["colspan"]), " "]
                if td.get("rowspan") is not None:
                    out += ["rowspan=", str(td["rowspan"]), " "]
                out += ["| ", td.get_text().strip(), " \n"]
        out.append("|}\n")
        table.replace_with("".join(out))
    text = root.get_text().strip()
    text = re.sub("\n+", "\n\n", text)

    def link(m):
        raw = m.group(0).strip("《》")
        if len(raw) <= 2:
            return "《%s》" % raw
        if "〈" in raw:
            raw = "%s|%s" % (raw.replace("〈", "《").replace("〉", "》"), raw)
        return "《[[%s]]》" % raw
    return re.sub("《(.*?)》", link, text)


def template(name, kw):
    s = "{{" + name
    for k, v in kw.items():
        s += f"\n| {k} = {v}"
    if kw:
        s += "\n"
    return s + "}}"


def main():
    soup = BeautifulSoup(ARTICLE, "lxml")
    body = convert(soup.find(class_="pages_content"))
    header = {
        "title": "瀚川省人民政府办公厅关于印发2024年省政府工作报告重点工作任务分工方案的通知",
        "year": 2024,
        "month": 2,
        "day": 26,
        "发文字号": "瀚政办发〔2024〕9号",
        "发布者": "瀚川省人民政府办公厅",
        "type": "瀚川省人民政府办公厅的通知",
        "theme": "综合政务\\政务督查",
    }
    header["edition"] = "yes"
    header["notes"] = header.get("notes", "") + "{{Textquality|50%}}"
    page = (template("Header", header) + "\n\n<onlyinclude>" + body + "</onlyinclude>\n\n"
            + template("PD-PRC-exempt", {}))
    # MediaWiki keeps pages with LF line ends and trims trailing whitespace on save
    page = page.rstrip()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(page)
    print(OUT, len(page))


if __name__ == "__main__":
    main()
