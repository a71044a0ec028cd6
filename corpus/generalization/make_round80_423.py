#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 80, number 423.

溆川市优化营商环境工作领导小组办公室 circulates, for confirmation, the task division of its
2026 营商环境提升行动. The 附件 is a Word 确认表 whose "责任单位及承担方式" cells list one unit a
paragraph, each followed by two check boxes, "牵头" and "配合"; the ticked one is the unit's role.
The sections of the table were drafted by different 指标牵头单位 and pasted together, so the boxes
are made in every way Chinese Word users make them:

  * the letters R (☑) and £ (☐) typed in the font "Wingdings 2"           (一、二、八)
  * Insert > Symbol: <w:sym w:font="Wingdings 2" w:char="F052"/"F0A3">    (三)
  * Insert > Symbol: <w:sym w:font="Wingdings" w:char="F0FE"/"F0A8">      (九)
  * characters typed by the input method, ☑ and □                          (四)
  * a √ typed over the box, √ and □                                       (七)
  * Word content-control check boxes (w14:checkbox, ☒ / ☐ in MS Gothic)   (五)
  * legacy form-field check boxes (FORMCHECKBOX; the state only in w:ffData,
    no character at all), one template row copied with its default ticked  (六)

The 确认意见 column holds two more boxes (无异议 / 有异议), unticked, in every row.
Leaders: each section row names the 指标长, who by the notice's rule is the 责任市领导 of every task
under it; task 23 names its own 责任市领导 in a second paragraph, which by the rule replaces it.

Run: /usr/bin/python3 make_docx_round80_423.py  ->  423_xuchuan_shi_yingshang_fengong_queren_fuxuankuang.docx
"""
import copy
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "423_xuchuan_shi_yingshang_fengong_queren_fuxuankuang.docx")

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'

FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rpr(font=FS, size=None, bold=False, color=None, latin=None, hint=False):
    lat = latin or "Times New Roman"
    f = '<w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s"%s/>' % (
        lat, font, lat, ' w:hint="eastAsia"' if hint else "")
    b = "<w:b/><w:bCs/>" if bold else ""
    c = '<w:color w:val="%s"/>' % color if color else ""
    sz = '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size * 2, size * 2) if size else ""
    return "<w:rPr>%s%s%s%s</w:rPr>" % (f, b, c, sz)


def run(text, font=FS, size=None, bold=False, color=None, latin=None):
    parts = []
    # tabs become w:tab
    chunks = text.split("\t")
    for i, ch in enumerate(chunks):
        if i:
            parts.append("<w:tab/>")
        if ch:
            parts.append('<w:t xml:space="preserve">%s</w:t>' % esc(ch))
    return "<w:r>%s%s</w:r>" % (rpr(font, size, bold, color, latin), "".join(parts))


def sym_run(font, char, size):
    return ('<w:r><w:rPr><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>'
            '<w:sym w:font="%s" w:char="%s"/></w:r>' % (size * 2, size * 2, font, char))


def wd2_run(letter, size):
    """a letter typed and then set in Wingdings 2 (R = ☑, £ = ☐)"""
    return ('<w:r><w:rPr><w:rFonts w:ascii="Wingdings 2" w:hAnsi="Wingdings 2"/>'
            '<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr><w:t>%s</w:t></w:r>'
            % (size * 2, size * 2, letter))


_cc_id = [-1874102301]


def cc_checkbox(checked, size):
    _cc_id[0] += 7919
    g = "☒" if checked else "☐"
    rp = ('<w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" '
          'w:hint="eastAsia"/><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>' % (size * 2, size * 2))
    return ('<w:sdt><w:sdtPr>%s<w:id w:val="%d"/><w14:checkbox><w14:checked w14:val="%d"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
            '<w:sdtContent><w:r>%s<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
            % (rp, _cc_id[0], 1 if checked else 0, rp, g))


_ff_no = [0]


def ff_checkbox(default, checked, size):
    """legacy FORMCHECKBOX; checked None = no w:checked element (the default shows)"""
    _ff_no[0] += 1
    chk = ""
    if checked is True:
        chk = "<w:checked/>"
    elif checked is False:
        chk = '<w:checked w:val="0"/>'
    rp = '<w:rPr><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>' % (size * 2, size * 2)
    return ('<w:r>%s<w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="复选框%d"/><w:enabled/>'
            '<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="%d"/>%s</w:checkBox>'
            '</w:ffData></w:fldChar></w:r>'
            '<w:r>%s<w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="end"/></w:r>'
            % (rp, _ff_no[0], 1 if default else 0, chk, rp, rp))


def para(runs_xml, jc=None, ind_first=None, spacing_line=None, exact=True, before=0, after=0,
         tabs=None, keep=False, border_bottom=None, border_top=None, ind_left=None):
    ppr = []
    if keep:
        ppr.append("<w:keepNext/>")
    if border_top or border_bottom:
        b = "<w:pBdr>"
        if border_top:
            b += '<w:top w:val="single" w:sz="%d" w:space="1" w:color="%s"/>' % border_top
        if border_bottom:
            b += '<w:bottom w:val="single" w:sz="%d" w:space="1" w:color="%s"/>' % border_bottom
        b += "</w:pBdr>"
        ppr.append(b)
    if tabs:
        ppr.append("<w:tabs>%s</w:tabs>" % "".join(
            '<w:tab w:val="%s" w:pos="%d"/>' % t for t in tabs))
    sp = '<w:spacing w:before="%d" w:after="%d"' % (before, after)
    if spacing_line:
        sp += ' w:line="%d" w:lineRule="%s"' % (spacing_line, "exact" if exact else "auto")
    sp += "/>"
    ppr.append(sp)
    if ind_first is not None or ind_left is not None:
        a = "<w:ind"
        if ind_left is not None:
            a += ' w:left="%d"' % ind_left
        if ind_first is not None:
            a += ' w:firstLine="%d"' % ind_first
        ppr.append(a + "/>")
    if jc:
        ppr.append('<w:jc w:val="%s"/>' % jc)
    return "<w:p %s %s><w:pPr>%s</w:pPr>%s</w:p>" % (W, W14, "".join(ppr), runs_xml)


def body_p(doc, text, font=FS, size=16, first=640, jc="both", bold_lead=None):
    rs = ""
    if bold_lead:
        rs += run(bold_lead, HEI, size)
    rs += run(text, font, size)
    doc.element.body.append(parse_xml(para(rs, jc=jc, ind_first=first, spacing_line=560)))


# ---------------------------------------------------------------------------------------------
# table data: (section heading, box style, [task rows])
# a task row: (number, text, [(unit, role)], deadline, extra paragraph or None)
# role: "L" 牵头, "C" 配合
# ---------------------------------------------------------------------------------------------
SZ = 10.5
TS = 10.5  # table text size (五号)

SECTIONS = [
    ("一、开办企业（指标长：范启明副市长）", "wd2", [
        ("1", "推行企业开办“一网通办”，将设立登记、公章刻制、发票申领、员工参保登记、住房公积金企业缴存登记和银行预约开户等事项整合为“一件事”，全流程办理时间压缩至1个工作日以内。",
         [("市公安局", "C"), ("市人社局", "C"), ("市市场监管局", "L"), ("市住房公积金中心", "C"),
          ("国家税务总局溆川市税务局", "C"), ("中国人民银行溆川市分行", "C")], "2026年6月底前", None),
        ("2", "扩大经营主体住所（经营场所）登记承诺制适用范围，推行“一照多址”“一证多址”改革，降低经营主体制度性交易成本。",
         [("市市场监管局", "L"), ("市自然资源和规划局", "C"), ("各县（市、区）人民政府", "C")], "2026年9月底前", None),
        ("3", "完善企业注销“一件事”联办机制，推行简易注销、普通注销“一网服务”，探索建立歇业备案与注销登记衔接机制。",
         [("市人社局", "C"), ("市市场监管局", "L"), ("国家税务总局溆川市税务局", "C"), ("溆川海关", "C")], "2026年9月底前", None),
        ("4", "拓展电子营业执照和电子印章在政务服务、金融服务、招标投标等领域的跨场景应用，实现“一照通办”。",
         [("市市场监管局", "L"), ("市政务服务和数据管理局（市行政审批局）", "L"), ("市公共资源交易中心", "C")], "2026年12月底前", None),
    ]),
    ("二、办理建筑许可（指标长：韩修远常务副市长）", "wd2", [
        ("5", "深化工程建设项目审批制度改革，社会投资一般性项目从立项到取得施工许可审批时间压减至30个工作日以内。",
         [("市发改委", "C"), ("市自然资源和规划局", "C"), ("市住建局", "L"),
          ("市政务服务和数据管理局（市行政审批局）", "C")], "2026年6月底前", None),
        ("6", "在产业园区推行“拿地即开工”“竣工即交证”审批服务模式，全年完成“拿地即开工”项目不少于20个。",
         [("市自然资源和规划局", "L"), ("市住建局", "C"), ("市不动产登记中心", "C"),
          ("各县（市、区）人民政府", "C"), ("溆川高新区管委会", "C")], "2026年12月底前", None),
        ("7", "推行建设工程规划、土地、消防、人防等事项联合验收和“多测合一”，实现测绘成果共享互认、不重复测绘。",
         [("市自然资源和规划局", "C"), ("市住建局", "L"), ("市人防办", "C"), ("市消防救援支队", "C")], "2026年9月底前", None),
        ("8", "对社会投资简易低风险项目实行“清单制+告知承诺制”审批，施工许可证与建设工程规划许可证同步核发。",
         [("市住建局", "L"), ("市城管局", "C")], "2026年6月底前", None),
    ]),
    ("三、获得电力和用水用气（指标长：蒋雅琴副市长）", "sym2", [
        ("9", "对160千瓦及以下小微企业全面实行低压接入“零上门、零审批、零投资”服务，高压用户平均接电时间压减至25个工作日以内。",
         [("市发改委", "C"), ("国网溆川供电公司", "L"), ("各县（市、区）人民政府", "C")], "2026年6月底前", None),
        ("10", "推行水电气网联合报装，在市政务服务中心设立综合受理窗口，实现“一表申请、一窗受理、一次踏勘、并联办理”。",
         [("市政务服务和数据管理局（市行政审批局）", "L"), ("国网溆川供电公司", "C"), ("溆川水务集团有限公司", "C"),
          ("溆川市天然气有限公司", "C"), ("中国电信溆川分公司", "C")], "2026年9月底前", None),
        ("11", "简化市政接入工程审批，对符合条件的外线工程涉及的规划许可、占用挖掘道路、绿化许可等实行并联审批、限时办结。",
         [("市公安局交警支队", "C"), ("市自然资源和规划局", "C"), ("市住建局", "C"), ("市城管局", "L")], "2026年9月底前", None),
    ]),
    ("四、登记财产（指标长：陆承泽副市长）", "ime", [
        ("12", "全面推行不动产登记“带押过户”，将存量房转移登记与抵押登记合并办理，实现“一次申请、一次办结”。",
         [("市自然资源和规划局", "L"), ("市不动产登记中心", "C"), ("中国人民银行溆川市分行", "C"),
          ("国家金融监督管理总局溆川监管分局", "C")], "2026年6月底前", None),
        ("13", "推进不动产登记与水电气网过户联动办理，申请人办理不动产转移登记时可同步申请水电气网过户。",
         [("市不动产登记中心", "L"), ("国网溆川供电公司", "C"), ("溆川水务集团有限公司", "C"),
          ("溆川市天然气有限公司", "C")], "2026年9月底前", None),
        ("14", "推行新建商品房“交房即交证”，完善登记、税务、交易“一窗受理、集成服务”，全年“交房即交证”项目占比达到60%以上。",
         [("市自然资源和规划局", "L"), ("市住建局", "L"), ("国家税务总局溆川市税务局", "C"),
          ("各县（市、区）人民政府", "C")], "2026年12月底前", None),
    ]),
    ("五、纳税（指标长：常务副市长韩修远、市政府秘书长邵卫东）", "cc", [
        ("15", "全面推广数字化电子发票，拓展电子发票在财政电子票据、报销入账归档等环节的应用。",
         [("市财政局", "C"), ("国家税务总局溆川市税务局", "L")], "2026年12月底前", None),
        ("16", "优化办税缴费服务，推行“非接触式”办税缴费，依申请类涉税事项网上办理率达到95%以上。",
         [("市政务服务和数据管理局（市行政审批局）", "C"), ("国家税务总局溆川市税务局", "L")], "持续推进", None),
        ("17", "精准落实结构性减税降费政策，建立税费优惠政策“直达快享”机制，确保各项税费优惠应享尽享。",
         [("市财政局", "L"), ("市人社局", "C"), ("市医保局", "C"), ("国家税务总局溆川市税务局", "L")], "持续推进", None),
    ]),
    ("六、获得信贷（指标长：蒋雅琴副市长）", "ff", [
        ("18", "升级“信易贷”平台溆川站，归集纳税、社保、公积金、水电气等涉企信用信息，全年新增授信企业1000户以上。",
         [("市委金融办", "C"), ("市发改委", "L"), ("中国人民银行溆川市分行", "C"),
          ("国家金融监督管理总局溆川监管分局", "C")], "2026年12月底前", None),
        ("19", "扩大政府性融资担保业务覆盖面，小微企业和“三农”主体平均融资担保费率降至1%以下。",
         [("市委金融办", "C"), ("市财政局", "L"), ("溆川融资担保集团有限公司", "C")], "2026年12月底前", None),
        ("20", "推进动产和权利担保统一登记，引导金融机构开展应收账款、存货、仓单等动产质押融资。",
         [("市市场监管局", "C"), ("中国人民银行溆川市分行", "L"), ("国家金融监督管理总局溆川监管分局", "C")], "持续推进", None),
    ]),
    ("七、政务服务（指标长：市政府秘书长邵卫东）", "tick", [
        ("21", "推进“高效办成一件事”重点事项清单落地，年内新推出“一件事”集成服务不少于15项。",
         [("市政务服务和数据管理局（市行政审批局）", "L"), ("市直有关部门", "C"), ("各县（市、区）人民政府", "C")], "2026年12月底前", None),
        ("22", "推行政务服务“免证办”，对已归集的电子证照，办事时不再要求企业和群众提交实体证照。",
         [("市公安局", "C"), ("市民政局", "C"), ("市政务服务和数据管理局（市行政审批局）", "L")], "2026年9月底前", None),
        ("23", "深化12345政务服务便民热线与110报警服务台高效对接联动，建立涉企诉求“接诉即办”闭环机制。",
         [("市公安局", "L"), ("市政务服务和数据管理局（市行政审批局）", "L"), ("市工商联", "C")], "2026年6月底前",
         "（责任市领导：陆承泽副市长）"),
    ]),
    ("八、执行合同和办理破产（指标长：陆承泽副市长）", "wd2first", [
        ("24", "推进诉讼服务“一站通办”，推行网上立案、跨域立案，买卖合同纠纷案件平均审理期限压减至80天以内。",
         [("市司法局", "C"), ("市中级人民法院", "L")], "2026年12月底前", None),
        ("25", "健全企业破产处置府院联动机制，设立破产费用保障资金，推进破产企业财产处置、信用修复、税务注销等事项协同办理。",
         [("市发改委", "L"), ("市财政局", "C"), ("市自然资源和规划局", "C"), ("市市场监管局", "C"),
          ("市中级人民法院", "L"), ("国家税务总局溆川市税务局", "C")], "2026年9月底前", None),
        ("26", "完善商事纠纷多元化解机制，推广诉前调解、商事仲裁、行政裁决等非诉讼纠纷解决方式。",
         [("市司法局", "L"), ("市工商联", "C"), ("市中级人民法院", "C"), ("溆川仲裁委员会", "C")], "持续推进", None),
    ]),
    ("九、知识产权创造、保护和运用（指标长：范启明副市长）", "sym1", [
        ("27", "扩大知识产权质押融资规模，开展知识产权质押融资“入园惠企”行动，全年质押融资登记金额增长15%以上。",
         [("市市场监管局（市知识产权局）", "L"), ("中国人民银行溆川市分行", "C"),
          ("国家金融监督管理总局溆川监管分局", "C")], "2026年12月底前", None),
        ("28", "在重点产业园区建设知识产权保护工作站，健全知识产权行政执法与司法保护衔接机制。",
         [("市公安局", "C"), ("市市场监管局（市知识产权局）", "L"), ("市中级人民法院", "C"),
          ("溆川高新区管委会", "C")], "2026年12月底前", None),
    ]),
]

# in 六 one template row was copied: its 牵头 box was ticked by default, and the clerk untick it
# (w:default 1 + w:checked 0) for the cooperating units of task 19
FF_COPIED_ROW = {"19"}


def unit_para(unit, role, style, task_no):
    s = TS
    lead = role == "L"
    U = run(unit, FS, s)
    gap = run("　", FS, s)
    L_ = run("牵头", FS, s)
    C_ = run("配合", FS, s)
    if style == "wd2":
        rs = U + run("　　", FS, s) + wd2_run("R" if lead else "£", s) + L_ + gap + wd2_run("£" if lead else "R", s) + C_
        return para(rs, spacing_line=300, exact=False)
    if style == "wd2first":
        rs = (wd2_run("R" if lead else "£", s) + L_ + gap + wd2_run("£" if lead else "R", s) + C_
              + run("\t", FS, s) + U)
        return para(rs, spacing_line=300, exact=False, tabs=[("left", 1700)])
    if style == "sym2":
        rs = (U + run("　　", FS, s) + sym_run("Wingdings 2", "F052" if lead else "F0A3", s) + L_ + gap
              + sym_run("Wingdings 2", "F0A3" if lead else "F052", s) + C_)
        return para(rs, spacing_line=300, exact=False)
    if style == "sym1":
        rs = (U + run("　　", FS, s) + sym_run("Wingdings", "F0FE" if lead else "F0A8", s) + L_ + gap
              + sym_run("Wingdings", "F0A8" if lead else "F0FE", s) + C_)
        return para(rs, spacing_line=300, exact=False)
    if style == "ime":
        txt = unit + "　　" + ("☑牵头　□配合" if lead else "□牵头　☑配合")
        return para(run(txt, FS, s), spacing_line=300, exact=False)
    if style == "tick":
        txt = unit + "　　" + ("√牵头　□配合" if lead else "□牵头　√配合")
        return para(run(txt, FS, s), spacing_line=300, exact=False)
    if style == "cc":
        rs = U + run("　　", FS, s) + cc_checkbox(lead, s) + L_ + gap + cc_checkbox(not lead, s) + C_
        return para(rs, spacing_line=300, exact=False)
    if style == "ff":
        if task_no in FF_COPIED_ROW:
            # copied row: 牵头 box default ticked; the clerk unticked it where the unit only helps
            b1 = ff_checkbox(1, None if lead else False, s)
            b2 = ff_checkbox(0, None if lead else True, s)
        else:
            b1 = ff_checkbox(0, True if lead else None, s)
            b2 = ff_checkbox(0, None if lead else True, s)
        rs = U + run("　　", FS, s) + b1 + L_ + gap + b2 + C_
        return para(rs, spacing_line=300, exact=False)
    raise ValueError(style)


def tcpr(width_mm, span=None, vcenter=True, shade=None):
    tw = int(width_mm * 56.7)
    x = '<w:tcPr><w:tcW w:w="%d" w:type="dxa"/>' % tw
    if span:
        x += '<w:gridSpan w:val="%d"/>' % span
    if shade:
        x += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shade
    if vcenter:
        x += '<w:vAlign w:val="center"/>'
    return x + "</w:tcPr>"


def tc(width_mm, paras_xml, span=None, vcenter=True):
    return "<w:tc>%s%s</w:tc>" % (tcpr(width_mm, span, vcenter), "".join(paras_xml))


COLW = [13, 104, 86, 27, 24]  # mm, landscape A4 text width about 254 mm


def confirm_cell():
    s = TS
    p1 = para(wd2_run("£", s) + run("无异议", FS, s), spacing_line=300, exact=False)
    p2 = para(wd2_run("£", s) + run("有异议", FS, s), spacing_line=300, exact=False)
    return [p1, p2]


def cpara(text, font=FS, size=TS, bold=False, jc="center"):
    return para(run(text, font, size, bold), jc=jc, spacing_line=300, exact=False)


def build_table():
    grid = "".join('<w:gridCol w:w="%d"/>' % int(w * 56.7) for w in COLW)
    tblpr = ('<w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/>'
             '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
             '<w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
             '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
             '<w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
             '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
             '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders>'
             '<w:tblLayout w:type="fixed"/>'
             '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
             '<w:tblLook w:val="04A0"/></w:tblPr>' % int(sum(COLW) * 56.7))
    rows = []
    hdr = ["序号", "改革任务", "责任单位及承担方式", "完成时限", "确认意见"]
    cells = "".join(tc(COLW[i], [cpara(h, HEI, TS)]) for i, h in enumerate(hdr))
    rows.append('<w:tr><w:trPr><w:cantSplit/><w:tblHeader/><w:trHeight w:val="567"/></w:trPr>%s</w:tr>' % cells)
    for heading, style, tasks in SECTIONS:
        cell = tc(sum(COLW), [para(run(heading, HEI, TS), jc="left", spacing_line=300, exact=False)], span=5)
        rows.append('<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="454"/></w:trPr>%s</w:tr>' % cell)
        for no, text, units, deadline, extra in tasks:
            c0 = tc(COLW[0], [cpara(no)])
            tp = [para(run(text, FS, TS), jc="both", spacing_line=300, exact=False)]
            if extra:
                tp.append(para(run(extra, KAI, TS), jc="both", spacing_line=300, exact=False))
            c1 = tc(COLW[1], tp)
            c2 = tc(COLW[2], [unit_para(u, r, style, no) for u, r in units])
            c3 = tc(COLW[3], [cpara(deadline)])
            c4 = tc(COLW[4], confirm_cell())
            rows.append('<w:tr><w:trPr><w:cantSplit/></w:trPr>%s%s%s%s%s</w:tr>' % (c0, c1, c2, c3, c4))
    return parse_xml('<w:tbl %s %s>%s<w:tblGrid>%s</w:tblGrid>%s</w:tbl>' % (W, W14, tblpr, grid, "".join(rows)))


def feedback_table():
    widths = [40, 36, 36, 38]
    grid = "".join('<w:gridCol w:w="%d"/>' % int(w * 56.7) for w in widths)
    tblpr = ('<w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/>'
             '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
             '<w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
             '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
             '<w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
             '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
             '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders>'
             '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr>' % int(sum(widths) * 56.7))
    rows = []
    s = 12
    r1 = (tc(widths[0], [cpara("单位名称（盖章）", HEI, s)]) + tc(sum(widths[1:]), [cpara("", FS, s)], span=3))
    rows.append('<w:tr><w:trPr><w:trHeight w:val="680"/></w:trPr>%s</w:tr>' % r1)
    r2 = (tc(widths[0], [cpara("联系人", HEI, s)]) + tc(widths[1], [cpara("", FS, s)])
          + tc(widths[2], [cpara("联系电话", HEI, s)]) + tc(widths[3], [cpara("", FS, s)]))
    rows.append('<w:tr><w:trPr><w:trHeight w:val="680"/></w:trPr>%s</w:tr>' % r2)
    r3 = "".join(tc(widths[i], [cpara(h, HEI, s)]) for i, h in
                 enumerate(["任务序号", "现承担方式", "建议调整为", "理由"]))
    rows.append('<w:tr><w:trPr><w:tblHeader/><w:trHeight w:val="680"/></w:trPr>%s</w:tr>' % r3)
    for _ in range(5):
        r = "".join(tc(widths[i], [cpara("", FS, s)]) for i in range(4))
        rows.append('<w:tr><w:trPr><w:trHeight w:val="794"/></w:trPr>%s</w:tr>' % r)
    r4 = (tc(widths[0], [cpara("单位主要负责同志意见", HEI, s)])
          + tc(sum(widths[1:]), [para(run("", FS, s), spacing_line=300, exact=False),
                                 para(run("签字：　　　　　　　　　年　　月　　日", FS, s), jc="right",
                                      spacing_line=300, exact=False)], span=3))
    rows.append('<w:tr><w:trPr><w:trHeight w:val="1700"/></w:trPr>%s</w:tr>' % r4)
    return parse_xml('<w:tbl %s %s>%s<w:tblGrid>%s</w:tblGrid>%s</w:tbl>' % (W, W14, tblpr, grid, "".join(rows)))


def footer_page_number(section):
    ft = section.footer
    ft.is_linked_to_previous = False
    p = ft.paragraphs[0]
    p._p.getparent().remove(p._p)
    xml = ('<w:p %s><w:pPr><w:jc w:val="center"/></w:pPr>'
           '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:eastAsia="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">— </w:t></w:r>'
           '<w:fldSimple w:instr=" PAGE   \\* MERGEFORMAT "><w:r><w:rPr><w:rFonts w:ascii="宋体" w:eastAsia="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'
           '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:eastAsia="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve"> —</w:t></w:r></w:p>' % W)
    ft._element.append(parse_xml(xml))


def set_margins(sec, portrait=True):
    if portrait:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
        sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    else:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
        sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
        sec.left_margin, sec.right_margin = Mm(22), Mm(20)
    sec.footer_distance = Mm(20)


def new_section(doc, portrait):
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    set_margins(sec, portrait)
    return sec


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    # the template's empty first paragraph
    for p in list(doc.paragraphs):
        p._p.getparent().remove(p._p)
    sec0 = doc.sections[0]
    set_margins(sec0, True)
    footer_page_number(sec0)
    body = doc.element.body
    sectpr = body[-1]

    def add(xml):
        sectpr.addprevious(parse_xml(xml))

    # 版头
    add(para("", spacing_line=560, after=0))
    add(para(run("溆川市优化营商环境工作领导小组办公室", XBS, 22, color="FF0000"), jc="center",
             spacing_line=900, before=300))
    add(para("", spacing_line=560))
    add(para(run("溆营商办〔2026〕2号", FS, 16), jc="center", spacing_line=560,
             border_bottom=(18, "FF0000")))
    add(para("", spacing_line=560))
    # 标题 (two lines by a soft break)
    add(para(run("溆川市优化营商环境工作领导小组办公室", XBS, 22)
             + '<w:r><w:br/></w:r>'
             + run("关于对2026年营商环境提升行动任务分工", XBS, 22)
             + '<w:r><w:br/></w:r>'
             + run("进行确认的通知", XBS, 22), jc="center", spacing_line=700))
    add(para("", spacing_line=560))
    add(para(run("各县（市、区）人民政府，溆川高新区管委会，市直有关单位，中央和省驻溆有关单位：", FS, 16),
             jc="both", spacing_line=560))

    paras = [
        (None, "为深入贯彻《优化营商环境条例》和省委、省政府关于打造一流营商环境的部署要求，对标国家营商环境评价指标体系，我办研究起草了《溆川市2026年营商环境提升行动方案》，并会同各指标牵头单位对方案确定的重点改革任务逐项进行了分解，形成了《溆川市2026年营商环境提升行动任务分工确认表》（见附件1）。经市优化营商环境工作领导小组同意，现将确认有关事项通知如下。"),
        ("一、确认内容。", "附件1按评价指标分为九个部分，共28项改革任务。“责任单位及承担方式”栏逐一列明每项任务的责任单位，每个单位后“牵头”“配合”两个方框中已勾选的一项，即为该单位对该项任务的承担方式；同一项任务勾选两个及以上牵头单位的，由各牵头单位共同牵头。各部分标题后所列指标长，为该指标项下各项任务的责任市领导；个别任务另行明确责任市领导的，以任务栏内所列为准。"),
        ("二、确认方式。", "请各单位对照“三定”职能职责，逐项核对本单位承担的任务及承担方式，在“确认意见”栏勾选“无异议”或“有异议”，经单位主要负责同志签字并加盖公章后，于2026年3月20日前将扫描件报送市优化营商环境工作领导小组办公室（市营商环境建设局）。有异议的，请同时填写《任务分工调整意见反馈表》（见附件2），说明理由并提出调整建议，未经协商一致的，由我办报市优化营商环境工作领导小组研究确定。逾期未反馈的，视为无异议。"),
        ("三、有关要求。", "任务分工确认后，将随《溆川市2026年营商环境提升行动方案》一并印发，纳入市委、市政府督查督办事项和2026年度营商环境考核评价。各责任单位不必等待方案正式印发，要提前谋划、主动对接，确保各项改革任务按期落地见效。"),
    ]
    for lead, text in paras:
        rs = (run(lead, HEI, 16) if lead else "") + run(text, FS, 16)
        add(para(rs, jc="both", ind_first=640, spacing_line=560))
    add(para(run("联系人：市营商环境建设局综合协调科　何晓琳，联系电话：8212376，电子邮箱：xcyshb@163.com", FS, 16),
             jc="both", ind_first=640, spacing_line=560))
    add(para("", spacing_line=560))
    add(para(run("附件：1．溆川市2026年营商环境提升行动任务分工确认表", FS, 16), jc="both", ind_first=640,
             spacing_line=560))
    add(para(run("2．任务分工调整意见反馈表", FS, 16), jc="both", ind_left=1600, spacing_line=560))
    add(para("", spacing_line=560))
    add(para("", spacing_line=560))
    add(para(run("溆川市优化营商环境工作领导小组办公室", FS, 16), jc="right", spacing_line=560,
             ind_left=0))
    add(para(run("2026年3月10日　　　　　　　", FS, 16), jc="right", spacing_line=560))
    add(para("", spacing_line=560))
    add(para(run("（此件发至各责任单位）", FS, 16), jc="both", ind_first=640, spacing_line=560))

    # ---- 附件1 landscape
    sec1 = new_section(doc, portrait=False)
    footer_page_number(sec1)
    sectpr = body[-1]
    add(para(run("附件1", HEI, 16), jc="left", spacing_line=560))
    add(para(run("溆川市2026年营商环境提升行动任务分工确认表", XBS, 20), jc="center", spacing_line=640, after=120))
    add(para(run("填报单位（盖章）：　　　　　　　　　　　　　　　　　　　　　　　　　　　　填报日期：2026年　月　日", FS, 12),
             jc="left", spacing_line=400, after=60))
    sectpr.addprevious(build_table())
    add(para(run("填表说明：1．“责任单位及承担方式”栏中，每个单位后“牵头”“配合”两个方框中已勾选的一项为该单位的承担方式，同一任务有两个及以上牵头单位的为共同牵头。2．各部分标题后所列指标长为该指标项下各项任务的责任市领导，任务栏内另行明确责任市领导的除外。3．“确认意见”栏由责任单位勾选，只需对本单位承担的任务确认；勾选“有异议”的，请填写附件2。", FS, 12),
             jc="both", spacing_line=400, before=120))

    # ---- 附件2 portrait
    sec2 = new_section(doc, portrait=True)
    footer_page_number(sec2)
    sectpr = body[-1]
    add(para(run("附件2", HEI, 16), jc="left", spacing_line=560))
    add(para(run("任务分工调整意见反馈表", XBS, 22), jc="center", spacing_line=700, after=240))
    sectpr.addprevious(feedback_table())
    add(para(run("注：“任务序号”填写附件1中的序号；“现承担方式”“建议调整为”填写“牵头”“配合”或“不承担”。", FS, 12),
             jc="both", spacing_line=400, before=120))
    for _ in range(14):
        add(para("", spacing_line=560))
    # 版记
    add(para(run("抄送：市委办公室，市人大常委会办公室，市政府办公室，市政协办公室，市委督查室，市政府督查室。", FS, 14),
             jc="both", spacing_line=500, ind_left=280, border_top=(8, "000000"), border_bottom=(4, "000000")))
    add(para(run("溆川市优化营商环境工作领导小组办公室　　　　　　　2026年3月10日印发", FS, 14),
             jc="both", spacing_line=500, ind_left=280, border_bottom=(8, "000000")))

    # core properties as a clerk's Word leaves them
    cp = doc.core_properties
    cp.author = "何晓琳"
    cp.last_modified_by = "yshj-zhxt"
    cp.title = ""
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
