#!/usr/bin/python3
"""Generate 648: a 两办 督办通知 of 县领导调研交办事项, grouped by 交办场次.

Form: the attachment is arranged by the occasion on which a county leader handed
matters down (调研 / 会议 / 接访).  Each group heading names the 交办领导
(e.g. `一、1月10日县委书记庞立军到滢川经济开发区调研交办事项（5项）`), but the
cover says those leaders are only the ones who handed the matters down; each
matter's own `责任县领导：` (or none) is what counts.  Under every matter a 楷体
line `责任县领导：X　　主办单位：A　　协办单位：B、C　　办结时限：…`; two 主办 =
joint leads; `责任县领导：无` or no leader label = no county leader.

Writes 648_yingchuan_xian_lingdao_diaoyan_jiaoban_duban.docx and its gold,
deterministically (fixed core properties and zip timestamps).
"""
import io
import json
import os
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "648_yingchuan_xian_lingdao_diaoyan_jiaoban_duban"
DOCX = os.path.join(HERE, BASE + ".docx")
GOLD = os.path.join(HERE, BASE + ".tasks.gold.jsonl")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xE6, 0x00, 0x12)

# ---------------------------------------------------------------- content
GROUPS = [
    ("一、1月10日县委书记庞立军到滢川经济开发区调研交办事项（5项）", [1, 2, 3, 4, 5]),
    ("二、1月17日县长韩东升调研城区重点项目建设交办事项（5项）", [6, 7, 8, 9, 10]),
    ("三、2月6日县委书记庞立军主持召开县委常委会会议专题研究招商引资工作交办事项（4项）", [11, 12, 13, 14]),
    ("四、2月13日县长韩东升、常务副县长陈志远调研乡村振兴工作交办事项（4项）", [15, 16, 17, 18]),
    ("五、2月27日县委副书记周海峰带队开展安全生产明查暗访交办事项（5项）", [19, 20, 21, 22, 23]),
    ("六、3月5日县长韩东升到县信访局接待来访群众交办事项（4项）", [24, 25, 26, 27]),
    ("七、3月14日县委书记庞立军、县长韩东升调研教育卫生工作交办事项（5项）", [28, 29, 30, 31, 32]),
]

# Each task: title (bold), text, optional text2, leaders as printed (None = no
# label, "无" = printed 无), gold leader names, zhuban, xieban (list, "无", or
# None = label left out), deadline, and layout flags.
T = {}


def task(n, title, text, leaders, gold_leaders, zhuban, xieban, deadline,
         text2=None, split=False, half_colon=False, xsep="、"):
    T[n] = dict(title=title, text=text, text2=text2, leaders=leaders,
                gold_leaders=gold_leaders, zhuban=zhuban, xieban=xieban,
                deadline=deadline, split=split, half_colon=half_colon, xsep=xsep)


task(1, "关于标准化厂房二期建设进度滞后的问题。",
     "二期12栋标准化厂房目前仅4栋主体封顶，入驻企业等待交付。庞立军书记要求倒排工期、挂图作战，由县城投集团加快施工组织，确保二季度末全部交付使用。",
     "县委常委、副县长许嘉", ["许嘉"],
     ["滢川经济开发区管委会"], ["县自然资源局", "县住房和城乡建设局", "县城投集团"],
     "2025年6月30日前")
task(2, "关于园区污水处理厂提标改造的问题。",
     "园区污水处理厂出水标准偏低，难以满足新入园企业环评要求。要加快提标改造至一级A标准，同步完善配套管网。",
     "孙浩", ["孙浩"],
     ["县水利局"], ["滢川经济开发区管委会", "市生态环境局滢川分局", "县财政局"],
     "2025年9月30日前")
task(3, "关于企业用电报装周期较长的问题。",
     "部分企业反映新增用电报装审批环节多、周期长。要会同国网滢川县供电公司压缩办电时间，对重点企业实行“一企一策”上门服务。",
     "许嘉", ["许嘉"],
     ["县工业和信息化局"], ["国网滢川县供电公司", "滢川经济开发区管委会"],
     "2025年4月30日前")
task(4, "关于新引进企业技术工人招用难的问题。",
     "新落地的3家装备制造企业技术工人缺口约400人。要组织专场招聘会，依托县职业中专开展订单式培训。",
     "欧阳晓梅", ["欧阳晓梅"],
     ["县人力资源和社会保障局"], ["县教育局", "滢川经济开发区管委会"],
     "2025年5月31日前")
task(5, "关于园区中小企业融资难的问题。",
     "庞立军书记要求建立园区企业融资需求清单，常态化开展银企对接，用好县级应急转贷资金，年内新增企业贷款5亿元以上。",
     "陈志远", ["陈志远"],
     ["县财政局", "滢川经济开发区管委会"], ["县工业和信息化局", "县市场监督管理局"],
     "2025年4月15日前", xsep="，")

task(6, "关于城北安置小区配套道路未贯通的问题。",
     "城北安置小区已交付入住，但北环路延伸段约800米尚未贯通，群众出行不便。要加快剩余路段征地和施工，确保年中通车。",
     "王　勇", ["王勇"],
     ["县住房和城乡建设局"], ["县自然资源局", "城关镇人民政府", "县城投集团"],
     "2025年6月30日前")
task(7, "关于滢河大桥引桥段征迁遗留问题。",
     "引桥段尚有5户征迁未完成，影响主体工程推进。韩东升县长要求依法依规、一户一策做好群众工作。",
     "韩东升、王勇", ["韩东升", "王勇"],
     ["城关镇人民政府"], ["县自然资源局", "县交通运输局", "县司法局"],
     "2025年5月31日前")
task(8, "关于老旧小区改造项目资金缺口的问题。",
     "今年计划改造的23个老旧小区尚有资金缺口约3200万元。要积极争取上级补助资金和专项债券，研究引入社会资本参与。",
     "陈志远", ["陈志远"],
     ["县财政局", "县住房和城乡建设局"], ["县发展和改革局"],
     "2025年4月30日前")
task(9, "关于城区停车难的问题。",
     "老城区停车位缺口大，占道停车现象突出。要利用边角地、闲置地新建公共停车场，推行错时共享停车，规范路内停车管理。",
     "王　勇", ["王勇"],
     ["县城市管理局"], ["县公安局交通警察大队", "县住房和城乡建设局", "城关镇人民政府"],
     "2025年8月31日前")
task(10, "关于城区内涝点整治的问题。",
     "去年汛期城区出现7处积水点。要在主汛期前完成排水管网清淤和改造，与县气象局建立短临预警联动机制。",
     "孙浩", ["孙浩"],
     ["县住房和城乡建设局"], ["县水利局", "县城市管理局"],
     "2025年5月20日前")

task(11, "关于签约项目落地率偏低的问题。",
     "去年签约的38个项目中开工14个。要逐个项目梳理制约因素，建立“签约—注册—开工—投产”全流程跟踪服务机制。",
     "许嘉", ["许嘉"],
     ["县商务局"], ["县发展和改革局", "县自然资源局", "滢川经济开发区管委会"],
     "持续推进，每月25日前报送进展情况")
task(12, "关于招商引资优惠政策兑现不及时的问题。",
     "部分企业反映政策奖补资金兑现周期长。要梳理已承诺未兑现事项，明确兑现时间表，建立政策兑现“免申即享”机制。",
     "陈志远", ["陈志远"],
     ["县财政局"], ["县商务局", "县审计局"],
     "2025年4月30日前")
task(13, "关于建立重大招商项目县级领导包联机制的问题。",
     "会议要求对投资10亿元以上的重大招商项目实行县级领导包联，明确包联领导、服务专班和要素保障责任。",
     "庞立军、韩东升", ["庞立军", "韩东升"],
     ["县委办公室", "县人民政府办公室"], ["县商务局"],
     "2025年3月31日前")
task(14, "关于招商队伍专业化建设的问题。",
     "要从县直部门和乡镇选调一批熟悉产业、懂经济的干部充实招商专班，组织开展产业链招商专题培训。",
     "无", [],
     ["县商务局"], ["县委组织部", "县人力资源和社会保障局"],
     "2025年6月30日前")

task(15, "关于高标准农田建设项目进度的问题。",
     "2025年度2.6万亩高标准农田建设项目尚未完成招标。要加快前期工作，确保秋收后全面开工。",
     "周海峰", ["周海峰"],
     ["县农业农村局"], ["县财政局", "县水利局", "各乡镇人民政府"],
     "2025年10月31日前")
task(16, "关于青石镇茶叶加工园用地的问题。",
     "青石镇茶叶加工园二期项目用地指标未落实。陈志远常务副县长要求统筹调剂年度用地计划，优先保障农产品加工用地。",
     "陈志远", ["陈志远"],
     ["县自然资源局"], ["青石镇人民政府", "县农业农村局"],
     "2025年4月30日前")
task(17, "关于白鹭乡部分村组饮水保障的问题。",
     "白鹭乡东坪、石门等4个村组地处高山，枯水期饮水保障不稳定，去年冬季曾出现临时断水。",
     "孙浩", ["孙浩"],
     ["县水利局"], ["白鹭乡人民政府", "县卫生健康局"],
     "2025年6月30日前",
     text2="韩东升县长要求实施水源改造和管网延伸工程，同步做好水质检测，确保群众喝上放心水。",
     split=True)
task(18, "关于农村人居环境整治长效管护的问题。",
     "部分村庄存在整治后反弹现象。要建立健全保洁队伍、经费保障和考核奖惩机制，推动农村生活垃圾收运处置体系全覆盖。",
     None, [],
     ["县农业农村局"], ["县城市管理局", "各乡镇人民政府"],
     "2025年12月31日前")

task(19, "关于城区燃气管网老化的问题。",
     "明查暗访发现城区部分燃气管道使用年限超过20年，存在腐蚀、泄漏隐患。要全面开展排查，制定更新改造计划并分批实施。",
     "王勇", ["王勇"],
     ["县住房和城乡建设局"], ["县应急管理局", "县市场监督管理局"],
     "2025年6月30日前")
task(20, "关于经营性自建房安全隐患整治的问题。",
     "城乡接合部部分经营性自建房存在违规加层、改变用途等问题。要建立隐患台账，分类整治，整治一户、销号一户。",
     "县委副书记周海峰", ["周海峰"],
     ["县住房和城乡建设局", "各乡镇人民政府"], ["县自然资源局", "县应急管理局"],
     "2025年5月31日前")
task(21, "关于道路运输企业安全主体责任落实的问题。",
     "部分道路运输企业动态监控流于形式。要开展专项检查，对监控不到位、违规营运的企业依法处罚并约谈负责人。",
     "王勇", ["王勇"],
     ["县交通运输局"], ["县公安局交通警察大队", "县应急管理局"],
     "2025年4月30日前")
task(22, "关于“九小场所”消防安全隐患的问题。",
     "老城区小餐饮、小旅馆等场所存在电动车违规充电、疏散通道堵塞等隐患。要开展集中整治，落实网格化巡查。",
     "孙浩", ["孙浩"],
     ["县消防救援大队"], ["县应急管理局", "县市场监督管理局", "城关镇人民政府"],
     "2025年4月30日前")
task(23, "关于危险化学品企业专项检查的问题。",
     "要对园区内危险化学品生产、储存企业开展全覆盖专项检查，督促企业完善自动化控制和应急处置设施。",
     "孙浩", ["孙浩"],
     ["县应急管理局"], ["滢川经济开发区管委会", "市生态环境局滢川分局"],
     "2025年5月31日前", half_colon=True)

task(24, "关于城关镇锦华小区不动产权证办理难的问题。",
     "来访群众张某某等反映，锦华小区交房已满6年仍未办理不动产权证。要查明原因，由县不动产登记中心开辟绿色通道，分批为群众办证。",
     "王勇", ["王勇"],
     ["县自然资源局"], ["县住房和城乡建设局", "城关镇人民政府"],
     "2025年4月30日前")
task(25, "关于青石镇部分农户灌溉渠道损毁的问题。",
     "来访群众李某某反映，青石镇新塘村灌溉渠道去年汛期损毁，影响春耕用水。要在春灌前完成应急修复。",
     "孙浩", ["孙浩"],
     ["青石镇人民政府"], None,
     "2025年4月15日前")
task(26, "关于建筑工地农民工工资拖欠的问题。",
     "来访群众王某某等12人反映某房地产项目拖欠农民工工资。要依法督促施工企业足额支付，涉嫌拒不支付劳动报酬的依法移送。",
     "欧阳晓梅", ["欧阳晓梅"],
     ["县人力资源和社会保障局"], ["县住房和城乡建设局", "县公安局", "县信访局"],
     "2025年4月10日前")
task(27, "关于退役军人优待证申领的问题。",
     "来访群众反映部分乡镇退役军人优待证申领审核周期较长。要简化审核流程，推行线上申领，做到应发尽发。",
     "欧阳晓梅", ["欧阳晓梅"],
     ["县退役军人事务局"], "无",
     "2025年4月30日前")

task(28, "关于城区学校大班额化解的问题。",
     "城区小学、初中仍有大班额86个。要加快城东学校、实验小学分校建设，统筹调整学区划分，确保秋季学期基本消除大班额。",
     "欧阳晓梅", ["欧阳晓梅"],
     ["县教育局"], ["县自然资源局", "县住房和城乡建设局", "县财政局"],
     "2025年8月31日前")
task(29, "关于紧密型县域医共体建设的问题。",
     "要以县人民医院为龙头，推进人员、财务、药品耗材统一管理，县中医院同步组建专科联盟，提升基层首诊能力。",
     "韩东升、欧阳晓梅", ["韩东升", "欧阳晓梅"],
     ["县卫生健康局"], ["县医疗保障局", "县财政局", "县人民医院"],
     "2025年9月30日前")
task(30, "关于乡镇卫生院医务人员短缺的问题。",
     "部分乡镇卫生院全科医生不足。要用好编制周转池，实施“县聘乡用”，落实基层医务人员待遇保障政策。",
     "欧阳晓梅", ["欧阳晓梅"],
     ["县卫生健康局"], ["县委机构编制委员会办公室", "县人力资源和社会保障局"],
     "2025年6月30日前")
task(31, "关于校园周边交通安全的问题。",
     "上下学高峰时段实验小学、城关中学周边交通拥堵。要设置护学岗和临时停靠区，完善交通标志标线和减速设施。",
     "王　勇", ["王勇"],
     ["县公安局"], ["县教育局", "县城市管理局"],
     "2025年4月30日前")
task(32, "关于托育服务供给不足的问题。",
     "全县每千人口拥有3岁以下婴幼儿托位数低于全省平均水平。要支持幼儿园开设托班，新建普惠性托育机构2家。",
     "欧阳晓梅", ["欧阳晓梅"],
     ["县卫生健康局"], ["县教育局", "县民政局", "县市场监督管理局"],
     "2025年10月31日前")

assert sorted(T) == list(range(1, 33))
assert sum(len(g[1]) for g in GROUPS) == 32

# ---------------------------------------------------------------- docx helpers
doc = Document()


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def para(text="", font=FS, size=16, bold=False, align=None, indent=True,
         color=None, space_before=0, space_after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    pf.line_spacing = Pt(28)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def runs(p, parts):
    for text, font, bold in parts:
        set_font(p.add_run(text), font, 16, bold)


def bottom_rule(p, color="E60012", sz=18):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def top_bottom_rule(p):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "6")
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        pbdr.append(b)
    ppr.append(pbdr)


def page_field_footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("— "), "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        elif text == " PAGE ":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            r._element.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = text
            r._element.append(t)
    set_font(fp.add_run(" —"), "宋体", 14)


# ---------------------------------------------------------------- page setup
sec = doc.sections[0]
sec.page_height = Cm(29.7)
sec.page_width = Cm(21.0)
sec.top_margin = Cm(3.7)
sec.bottom_margin = Cm(3.5)
sec.left_margin = Cm(2.8)
sec.right_margin = Cm(2.6)
page_field_footer(sec)

st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

# ---------------------------------------------------------------- 版头
tbl = doc.add_table(rows=2, cols=2)
tbl.alignment = 1
tbl.autofit = False
widths = (Cm(11.6), Cm(4.0))
for row in tbl.rows:
    for i, c in enumerate(row.cells):
        c.width = widths[i]
for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths):
    gc.set(qn("w:w"), str(int(w.twips)))
a = tbl.cell(0, 1).merge(tbl.cell(1, 1))
for r_i, name in enumerate(("中共滢川县委办公室", "滢川县人民政府办公室")):
    cp = tbl.cell(r_i, 0).paragraphs[0]
    cp.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    set_font(cp.add_run(name), XBS, 26, False, RED)
cp = a.paragraphs[0]
cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
set_font(cp.add_run("文件"), XBS, 40, False, RED)
tcpr = a._tc.get_or_add_tcPr()
va = OxmlElement("w:vAlign")
va.set(qn("w:val"), "center")
tcpr.append(va)

para("", indent=False)
p = para("滢办发〔2025〕11号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
bottom_rule(p)
para("", indent=False)
para("中共滢川县委办公室　滢川县人民政府办公室", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para("关于印发《2025年一季度县领导调研交办", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para("事项督办清单》的通知", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para("", indent=False)
para("各乡镇党委、人民政府，县委各部委，县直各单位，滢川经济开发区党工委、管委会：", indent=False)

para("一季度，县委、县政府主要领导和有关县领导深入园区、项目、乡村、学校、医院和信访接待一线调研督导，"
     "现场交办了一批需要加快推进、协调解决的具体事项。经县委、县政府主要领导同意，现将《2025年一季度县领导调研交办事项督办清单》"
     "（以下简称《清单》）印发给你们，并就有关事项通知如下。")
p = para()
runs(p, [("一、压实办理责任。", HT, False),
         ("《清单》按交办场次编排，各场次标题中的县领导为交办领导。每一事项下均逐项明确了责任县领导、主办单位、协办单位和办结时限："
          "责任县领导负责统筹调度、协调解决办理中的重大问题；主办单位对事项办理负总责，牵头制定办理方案、汇总报送进展，"
          "列有两个主办单位的共同负责，排在第一位的单位负责汇总报送；协办单位按职责分工积极配合，主动对接主办单位。"
          "交办领导同时担任责任县领导的，已在相应事项中列明；事项中未列明责任县领导或标注“责任县领导：无”的，"
          "由主办单位主要负责同志直接负责，不另明确县领导。", FS, False)])
p = para()
runs(p, [("二、严格办理时限。", HT, False),
         ("各主办单位要于3月28日前将办理方案报县委督查室、县政府督查室备案，每月25日前报送办理进展，事项办结后5个工作日内报送办结报告，"
          "经责任县领导审核后报交办领导。确因客观原因不能按期办结的，须提前5个工作日书面说明原因和下步措施。", FS, False)])
p = para()
runs(p, [("三、强化督查问效。", HT, False),
         ("县委督查室、县政府督查室将采取跟踪督办、实地督查、“回头看”等方式，对交办事项办理情况实行销号管理，每月通报一次；"
          "对办理进度滞后、推诿扯皮、敷衍应付的，按有关规定予以通报批评；情节严重的，移交县纪委监委处理。", FS, False)])
para("联系人：县委督查室　刘　洋，电话：8262017；县政府督查室　何静，电话：8263105。")
para("", indent=False)
para("附件：2025年一季度县领导调研交办事项督办清单")
para("", indent=False)
para("", indent=False)
for t in ("中共滢川县委办公室　　　　滢川县人民政府办公室", "2025年3月21日"):
    pp = para(t, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    pp.paragraph_format.right_indent = Pt(32)
para("（此件发至乡镇党委、人民政府和县直各单位）")

# ---------------------------------------------------------------- 附件
p = para("", indent=False)
p.add_run().add_break(WD_BREAK.PAGE)
para("附件", HT, 16, indent=False)
para("", indent=False)
para("2025年一季度县领导调研交办事项督办清单", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para("", indent=False)


def resp_text(t):
    sp = "　　"
    colon = "："
    parts = []
    if t["leaders"] is not None:
        parts.append("责任县领导" + colon + t["leaders"])
    parts.append("主办单位" + colon + "、".join(t["zhuban"]))
    if t["xieban"] == "无":
        parts.append("协办单位" + colon + "无")
    elif t["xieban"] is not None:
        parts.append("协办单位" + (":" if t["half_colon"] else colon) + t["xsep"].join(t["xieban"]))
    parts.append("办结时限" + colon + t["deadline"])
    if t["split"]:
        return [parts[0], sp.join(parts[1:])]
    return [sp.join(parts)]


for heading, nums in GROUPS:
    para(heading, HT, 16)
    for n in nums:
        t = T[n]
        p = para()
        runs(p, [("%d．" % n, FS, False), (t["title"], FS, True), (t["text"], FS, False)])
        if t["text2"]:
            para(t["text2"])
        for line in resp_text(t):
            para(line, KT, 16)

para("", indent=False)
p = para("抄送：县委各常委，县人大常委会主任，县政府各副县长，县政协主席，县纪委监委。", indent=False)
top_bottom_rule(p)
p = para("中共滢川县委办公室　　　　　　　　　　2025年3月21日印发", indent=False)

# ---------------------------------------------------------------- core props
cp = doc.core_properties
fixed = datetime.datetime(2025, 3, 21, 9, 0, 0)
cp.author = "县委督查室"
cp.last_modified_by = "县委督查室"
cp.created = fixed
cp.modified = fixed
cp.last_printed = fixed
cp.revision = 3
cp.title = "2025年一季度县领导调研交办事项督办清单"
cp.subject = ""
cp.keywords = ""
cp.comments = ""
cp.category = ""

buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(DOCX, "w", zipfile.ZIP_DEFLATED) as out:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 21, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        out.writestr(zi, src.read(info.filename))

# ---------------------------------------------------------------- gold
with open(GOLD, "w", encoding="utf-8") as f:
    for heading, nums in GROUPS:
        for n in nums:
            t = T[n]
            full = t["title"] + t["text"]
            coop = [] if t["xieban"] in (None, "无") else list(t["xieban"])
            rec = {
                "id": str(n),
                "marker": "%d．" % n,
                "head": full[:12],
                "responsible_units": list(t["zhuban"]) + coop,
                "lead_units": list(t["zhuban"]),
                "cooperating_units": coop,
                "leaders": list(t["gold_leaders"]),
                "deadline": t["deadline"],
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", DOCX, GOLD)
