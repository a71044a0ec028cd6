#!/usr/bin/python3
"""Round 140, case 714: a 督查督办 台账 sheet saved by LibreOffice Calc as "Unicode 文本".

Story: the 莪溪县人民政府督查室 works on a 信创 desktop (统信UOS / 麒麟) with LibreOffice Calc.  It keeps the
2025 《政府工作报告》 task division as a 推进台账 workbook whose one sheet carries, above the table, the
notice's own lines (红头, 文号, title, 主送, cover text, 附件 line, 落款, 公开 attribute) and, below it, the
notes and the 版记.  For the OA's 督查督办 module it is saved with 另存为 → 文本 CSV, 字符集 "Unicode (UTF-16)",
字段分隔符 {Tab}, 文本分隔符 ", "按显示格式保存单元格内容" on: the text a clerk sends as "Unicode 文本".

This script
  1. builds the workbook with openpyxl (merged cells, Alt+Enter line breaks, a real date cell) and keeps it,
     made deterministic (fixed core properties and zip timestamps), as 714_source.xlsx;
  2. runs the real converter, LibreOffice Calc (Debian 12 package libreoffice-calc-nogui 4:7.4.7-1+deb12u14,
     `soffice --version`: LibreOffice 7.4.7.2 40(Build:2)), as
        soffice --headless --convert-to
          'txt:Text - txt - csv (StarCalc):9,34,65535,1,,0,false,true,true,false,false' 714_source.xlsx
     (tab, ", charset 65535 = UTF-16, save as shown) and writes its output, byte for byte, as the notice:
     714_moxi_xian_gzbg_renwu_taizhang.txt (UTF-16LE with BOM, LF line ends, every row padded to 9 columns);
  3. writes the gold list 714.tasks.gold.jsonl from the same task description.
"""
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import datetime

import openpyxl
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "714_source.xlsx")
NOTICE = os.path.join(HERE, "714_moxi_xian_gzbg_renwu_taizhang.txt")
GOLD = os.path.join(HERE, "714.tasks.gold.jsonl")
FILTER = "txt:Text - txt - csv (StarCalc):9,34,65535,1,,0,false,true,true,false,false"

NCOL = 9  # A..I
MERGED = None  # a cell covered by the merge above (left empty in the sheet)

# ---------------------------------------------------------------------------------------------
# The notice's own lines (rows above the table)
# ---------------------------------------------------------------------------------------------
ISSUER = "莪溪县人民政府办公室"
WENHAO = "莪政办发〔2025〕5号"
TITLE = "莪溪县人民政府办公室关于印发\n2025年《政府工作报告》重点工作任务分工的通知"   # Alt+Enter in the title cell
ZHUSONG = "各乡（镇）人民政府，莪溪经济开发区管委会，县人民政府各部门、各直属机构："
COVER = [
    "　　《政府工作报告》已经县十八届人大四次会议审议通过。为确保报告确定的各项目标任务落到实处，经县人民政府同意，"
    "现将2025年《政府工作报告》重点工作任务分工（以推进台账形式）印发给你们，并就有关事项通知如下。",
    "　　一、压实工作责任。各位责任县领导要加强对分管领域重点任务的统筹调度，定期听取汇报，协调解决重大问题。"
    "台账中“牵头单位”栏所列单位为牵头单位，对任务落实负总责；牵头单位有两个的，排在第一位的为主牵头单位；"
    "“配合单位”栏所列单位要按照职责分工主动配合、积极支持。各牵头单位要于3月25日前制定具体推进方案，"
    "明确时间表、路线图和责任人。",
    "　　二、强化调度报送。实行“月调度、季通报”制度。各牵头单位于每季度最后一个月的25日前，将任务推进情况"
    "填入台账“推进情况”栏，经单位主要负责人审核后报县政府督查室（联系人：周　敏，电话：7231056）。",
    "　　三、严格督查考核。县政府督查室要加强跟踪督办，对推进缓慢、进度滞后的任务及时发出督办通知。"
    "重点工作任务完成情况纳入年度目标责任考核，对工作不力、敷衍塞责造成严重后果的，依规依纪追究责任。",
]
FUJIAN_LINE = "附件：2025年《政府工作报告》重点工作任务推进台账"
DATE = "2025年3月12日"
GONGKAI = "（此件公开发布）"
ATT_TITLE = "2025年《政府工作报告》重点工作任务推进台账"
HEADER = ["序号", "重点工作任务", "责任\n县领导", "牵头单位", "配合单位", "完成时限", "一季度推进情况", "督办状态", "备注"]
NOTES = [
    "注：1．“责任县领导”栏为合并单元格的，该县领导对所列各项任务负责。",
    "　　2．“牵头单位”栏列有两个单位的，排在第一位的为主牵头单位。",
    "　　3．推进情况由各牵头单位于每季度最后一个月25日前报送，县政府督查室汇总更新。",
]
CHAOSONG = "抄送：县委各部门，县人大常委会办公室，县政协办公室，县人武部，县法院，县检察院。"
YINFA_DATE = "2025年3月12日印发"

# ---------------------------------------------------------------------------------------------
# The tasks: one structured description.
# leader: (cell text, [names]) or MERGED (covered by the cell above: same leaders)
# lead / coop: (cell text, [units]) - the cell text is how the clerk typed it; units as printed
# rows: a task over two rows has "rows": [(lead, coop, progress, status), ...]
# ---------------------------------------------------------------------------------------------
def U(text, units):
    return (text, units)


SECTIONS = [
    ("一、着力扩大有效需求（共7项）", [
        dict(n=1, text="全年地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长7.5%。",
             leader=("张文斌", ["张文斌"]),
             lead=U("县发展和改革局", ["县发展和改革局"]),
             coop=U("县统计局、县财政局、县工业和信息化局", ["县统计局", "县财政局", "县工业和信息化局"]),
             deadline="2025年12月底前", progress="一季度地区生产总值增长5.8%，低于年度目标0.2个百分点。",
             status="进度滞后", note="纳入市对县考核"),
        dict(n=2, text="实施重点项目120个，年度计划投资185亿元，其中新开工项目48个，力争固定资产投资增长8%。",
             leader=("刘海涛（常务副县长）", ["刘海涛"]), span=2,
             lead=U("县发展和改革局", ["县发展和改革局"]),
             coop=U("县自然资源局\n县住房和城乡建设局\n各乡（镇）人民政府",
                    ["县自然资源局", "县住房和城乡建设局", "各乡（镇）人民政府"]),
             deadline="2025年12月底前", progress="已召开重点项目攻坚推进会，一季度新开工项目9个，完成投资41.2亿元。",
             status="正常推进", note=""),
        dict(n=3, text="积极争取超长期特别国债、地方政府专项债券等资金，全年争取上级资金35亿元以上。",
             leader=MERGED,
             lead=U("县财政局、县发展和改革局", ["县财政局", "县发展和改革局"]),
             coop=U("县直各有关单位", ["县直各有关单位"]),
             deadline="2025年12月底前",
             progress="已争取超长期特别国债项目4个、资金2.1亿元，县自然资源局正在办理项目用地手续。",
             status="正常推进", note=""),
        dict(n=4, text="开展消费提振年活动，举办汽车、家电、家居等促消费活动20场以上，社会消费品零售总额增长6%。",
             leader=("陈志远", ["陈志远"]), span=3,
             lead=U("县商务局", ["县商务局"]),
             coop=U("县财政局,县市场监督管理局", ["县财政局", "县市场监督管理局"]),   # a half-width comma
             deadline="2025年12月底前", progress="已举办“莪溪春季车展”等促消费活动4场。", status="正常推进", note=""),
        dict(n=5, text="落实消费品以旧换新政策，做好汽车报废更新、家电以旧换新补贴审核发放。",
             leader=MERGED,
             lead=U("县商务局", ["县商务局"]),
             coop=U("县财政局、县公安局交警大队、县税务局", ["县财政局", "县公安局交警大队", "县税务局"]),
             deadline=datetime.datetime(2025, 9, 30),   # a real date cell shown as yyyy/m/d
             progress="", status="正常推进", note=""),
        dict(n=6, text="加快县城商业综合体和乡镇商贸中心建设，建成城东商业综合体并开业运营。",
             leader=MERGED,
             lead=U("县商务局", ["县商务局"]),
             coop=U("县住房和城乡建设局、县自然资源局、城关镇人民政府",
                    ["县住房和城乡建设局", "县自然资源局", "城关镇人民政府"]),
             deadline="2025年10月底前", progress="主体工程已完工，正在进行内部装修。", status="正常推进", note=""),
        dict(n=7, text="推动文旅融合发展，创建国家4A级旅游景区1家，全年接待游客突破500万人次。",
             leader=("李　敏", ["李敏"]),
             lead=U("县文化广电和旅游局", ["县文化广电和旅游局"]),
             coop=U("县交通运输局、县农业农村局、莪溪风景区管理处", ["县交通运输局", "县农业农村局", "莪溪风景区管理处"]),
             deadline="2025年12月底前", progress="", status="正常推进", note=""),
    ]),
    ("二、加快产业转型升级（共7项）", [
        dict(n=8, text="推动工业倍增，新增规模以上工业企业15家，工业技术改造投资增长10%。",
             leader=("王建国", ["王建国"]),
             lead=U("县工业和信息化局", ["县工业和信息化局"]),
             coop=U("县科学技术局、莪溪经济开发区管委会", ["县科学技术局", "莪溪经济开发区管委会"]),
             deadline="2025年12月底前", progress="一季度新增入规企业3家。", status="正常推进", note=""),
        dict(n=9, text="加快莪溪经济开发区扩区调规，完成开发区基础设施投资12亿元。",
             leader=("王建国\n刘海涛", ["王建国", "刘海涛"]),
             lead=U("莪溪经济开发区管委会", ["莪溪经济开发区管委会"]),
             coop=U("县自然资源局、县发展和改革局、县财政局", ["县自然资源局", "县发展和改革局", "县财政局"]),
             deadline="2025年11月底前", progress="扩区调规方案已报市政府审核。", status="正常推进", note="省级督办事项"),
        dict(n=10, text="实施新能源电池材料产业链“链长制”，推动20亿元锂电正极材料项目建成投产，引进上下游配套企业5家以上。",
             leader=("王建国", ["王建国"]),
             rows=[(U("莪溪经济开发区管委会", ["莪溪经济开发区管委会"]),
                    U("县工业和信息化局", ["县工业和信息化局"]),
                    "项目主体厂房已封顶，设备安装中。", "正常推进"),
                   (U("县投资促进中心", ["县投资促进中心"]),
                    U("县商务局、县科学技术局", ["县商务局", "县科学技术局"]),
                    "已与3家配套企业签订投资意向协议。", "正常推进")],
             deadline="2025年12月底前", note=""),
        dict(n=11, text="稳定粮食生产，粮食播种面积稳定在52万亩以上，粮食产量稳定在20万吨以上。",
             leader=("黄国庆", ["黄国庆"]), span=3,
             lead=U("县农业农村局", ["县农业农村局"]),
             coop=U("各乡（镇）人民政府", ["各乡（镇）人民政府"]),
             deadline="2025年10月底前", progress="春播备耕工作已完成。", status="正常推进", note=""),
        dict(n=12, text="新建高标准农田3.2万亩，实施莪溪灌区续建配套与现代化改造。",
             leader=MERGED,
             lead=U("县农业农村局、县水利局", ["县农业农村局", "县水利局"]),
             coop=U("县财政局、县自然资源局", ["县财政局", "县自然资源局"]),
             deadline="2025年12月底前", progress="", status="正常推进", note=""),
        dict(n=13, text="培育壮大茶叶、油茶、中药材特色产业，新增市级以上农业产业化龙头企业3家。",
             leader=MERGED,
             lead=U("县农业农村局", ["县农业农村局"]),
             coop=U("县林业局、县市场监督管理局", ["县林业局", "县市场监督管理局"]),
             deadline="2025年12月底前", progress="", status="正常推进", note=""),
        dict(n=14, text="实施数字经济提升行动，新建5G基站150个，培育数字经济核心企业10家。",
             leader=("王建国", ["王建国"]),
             lead=U("县工业和信息化局", ["县工业和信息化局"]),
             coop=U("县数据局\n中国电信莪溪分公司\n中国移动莪溪分公司", ["县数据局", "中国电信莪溪分公司", "中国移动莪溪分公司"]),
             deadline="2025年12月底前", progress="已建成5G基站31个。", status="正常推进", note=""),
    ]),
    ("三、深化改革扩大开放（共6项）", [
        dict(n=15, text='深化"高效办成一件事"改革，新增"一件事"集成办理事项15项以上，政务服务事项网上可办率达到98%。',
             leader=("刘海涛", ["刘海涛"]), span=3,
             lead=U("县行政审批服务局", ["县行政审批服务局"]),
             coop=U("县数据局、县直各有关单位", ["县数据局", "县直各有关单位"]),
             deadline="2025年6月底前", progress="已上线“一件事”集成办理事项8项。", status="正常推进", note=""),
        dict(n=16, text='持续优化营商环境，开展"万企走访"活动，建立涉企问题闭环办理机制。',
             leader=MERGED,
             lead=U("县发展和改革局", ["县发展和改革局"]),
             coop=U("县工商业联合会、县市场监督管理局、县司法局", ["县工商业联合会", "县市场监督管理局", "县司法局"]),
             deadline="长期坚持", progress="已走访企业216家，收集问题43个，办结38个。", status="正常推进", note=""),
        dict(n=17, text="深化国有企业改革，完成县属国有企业整合重组，推动县城投公司市场化转型。",
             leader=MERGED,
             lead=U("县财政局（县国资办）", ["县财政局（县国资办）"]),
             coop=U("莪溪县城市建设投资有限公司", ["莪溪县城市建设投资有限公司"]),
             deadline="2025年9月底前", progress="", status="进度滞后", note=""),
        dict(n=18, text="推进零基预算改革，加强财政资源统筹，严控一般性支出。",
             leader=("刘海涛", ["刘海涛"]),
             lead=U("县财政局", ["县财政局"]),
             coop=U("无", []),
             deadline="2025年12月底前", progress="已完成", status="已完成", note=""),
        dict(n=19, text="强化招商引资，全年签约亿元以上项目30个，实际到位县外资金80亿元。",
             leader=("张文斌\n王建国", ["张文斌", "王建国"]),
             lead=U("县投资促进中心", ["县投资促进中心"]),
             coop=U("莪溪经济开发区管委会、各乡（镇）人民政府、县直各有关单位",
                    ["莪溪经济开发区管委会", "各乡（镇）人民政府", "县直各有关单位"]),
             deadline="2025年12月底前", progress="一季度签约亿元以上项目7个。", status="正常推进", note=""),
        dict(n=20, text="扩大对外贸易，全县进出口总额增长10%，新增有进出口实绩企业8家。",
             leader=("陈志远", ["陈志远"]),
             lead=U("县商务局", ["县商务局"]),
             coop=U("县税务局，莪溪经济开发区管委会", ["县税务局", "莪溪经济开发区管委会"]),   # a full-width comma
             deadline="2025年12月底前", progress="", status="正常推进", note=""),
    ]),
    ("四、推进城乡融合和生态建设（共6项）", [
        dict(n=21, text="实施城市更新行动，改造城镇老旧小区24个、城中村2个，新建改造城市道路8.5公里。",
             leader=("孙立平", ["孙立平"]), span=2,
             lead=U("县住房和城乡建设局", ["县住房和城乡建设局"]),
             coop=U("县财政局、县自然资源局、城关镇人民政府", ["县财政局", "县自然资源局", "城关镇人民政府"]),
             deadline="2025年11月底前", progress="已会同城关镇人民政府完成12个小区入户调查。", status="正常推进", note=""),
        dict(n=22, text="推进燃气、供排水等城市地下管网改造，新建改造各类管网42公里。",
             leader=MERGED,
             lead=U("县住房和城乡建设局", ["县住房和城乡建设局"]),
             coop=U("县城市管理局\n莪溪水务有限公司\n", ["县城市管理局", "莪溪水务有限公司"]),   # a trailing Alt+Enter
             deadline="2025年12月底前", progress="", status="正常推进", note=""),
        dict(n=23, marker="２３", text="深入实施乡村建设行动，新建改建农村公路120公里，完成农村户厕改造3000户。",
             leader=("黄国庆", ["黄国庆"]),
             lead=U("县交通运输局、县农业农村局", ["县交通运输局", "县农业农村局"]),
             coop=U("各乡（镇）人民政府", ["各乡（镇）人民政府"]),
             deadline="2025年12月底前", progress="", status="正常推进", note=""),
        dict(n=24, text="打好污染防治攻坚战，县城PM2.5平均浓度控制在30微克/立方米以内，空气质量优良天数比例达到92%以上。",
             leader=("孙立平", ["孙立平"]), span=3,
             lead=U("市生态环境局莪溪分局", ["市生态环境局莪溪分局"]),
             coop=U("县住房和城乡建设局、县交通运输局、县工业和信息化局、县公安局交警大队",
                    ["县住房和城乡建设局", "县交通运输局", "县工业和信息化局", "县公安局交警大队"]),
             deadline="2025年12月底前", progress="一季度PM2.5平均浓度34微克/立方米。", status="进度滞后", note=""),
        dict(n=25, text="全面落实河湖长制，国考、省考断面水质达标率保持100%。",
             leader=MERGED,
             lead=U("县水利局、市生态环境局莪溪分局", ["县水利局", "市生态环境局莪溪分局"]),
             coop=U("各乡（镇）人民政府", ["各乡（镇）人民政府"]),
             deadline="长期坚持", progress="", status="正常推进", note=""),
        dict(n=26, text="完成营造林5.6万亩，森林覆盖率稳定在68%以上。",
             leader=MERGED,
             lead=U("县林业局", ["县林业局"]),
             coop=U("/", []),
             deadline="2025年12月底前", progress="已完成造林1.9万亩。", status="正常推进", note=""),
    ]),
    ("五、持续增进民生福祉（共7项）", [
        dict(n=27, text="实施就业优先战略，城镇新增就业2800人，城镇调查失业率控制在5.5%以内。",
             leader=("李　敏", ["李敏"]), span=4,
             lead=U("县人力资源和社会保障局", ["县人力资源和社会保障局"]),
             coop=U("县财政局、县教育局、县农业农村局等", ["县财政局", "县教育局", "县农业农村局"]),   # a trailing 等
             deadline="2025年12月底前", progress="一季度城镇新增就业612人。", status="正常推进", note=""),
        dict(n=28, text="新建、改扩建中小学校和幼儿园5所，新增学位3600个。\n完成县第二中学扩建工程，秋季学期投入使用。",
             leader=MERGED,
             lead=U("县教育局", ["县教育局"]),
             coop=U("县发展和改革局、县财政局、县自然资源局、县住房和城乡建设局",
                    ["县发展和改革局", "县财政局", "县自然资源局", "县住房和城乡建设局"]),
             deadline="2025年8月底前", progress="", status="正常推进", note=""),
        dict(n=29, text="深化紧密型县域医共体建设，推进县人民医院新院区建设，力争年内主体完工。",
             leader=MERGED,
             lead=U("县卫生健康局", ["县卫生健康局"]),
             coop=U("县人民医院、县医疗保障局", ["县人民医院", "县医疗保障局"]),
             deadline="2025年12月底前", progress="", status="正常推进", note=""),
        dict(n=30, text="完善养老服务体系，新建乡镇区域养老服务中心3个，发展社区老年助餐点20个。\n推进困难失能老年人家庭适老化改造。",
             leader=MERGED,
             lead=U("县民政局", ["县民政局"]),
             coop=U("各乡（镇）人民政府、县财政局", ["各乡（镇）人民政府", "县财政局"]),
             deadline="2025年10月底前", progress="", status="正常推进", note=""),
        dict(n=31, text="办好十件民生实事，确保各项实事项目按期保质完成。",
             leader=("张文斌", ["张文斌"]),
             lead=U("县人民政府办公室", ["县人民政府办公室"]),
             coop=U("各民生实事项目牵头单位", ["各民生实事项目牵头单位"]),
             deadline="2025年12月底前", progress="", status="正常推进", note="民生实事另行分解"),
        dict(n=32, text="深入推进平安莪溪建设，常态化开展扫黑除恶斗争，严厉打击电信网络诈骗犯罪。",
             leader=("赵晓峰", ["赵晓峰"]),
             lead=U("县公安局", ["县公安局"]),
             coop=U("县司法局、县信访局、各乡（镇）人民政府", ["县司法局", "县信访局", "各乡（镇）人民政府"]),
             deadline="长期坚持", progress="", status="正常推进", note=""),
        dict(n=33, text="抓好安全生产和防灾减灾救灾工作，坚决遏制较大以上生产安全事故发生。",
             leader=("刘海涛\n赵晓峰", ["刘海涛", "赵晓峰"]),
             lead=U("县应急管理局", ["县应急管理局"]),
             coop=U("县安委会各成员单位", ["县安委会各成员单位"]),
             deadline="长期坚持", progress="", status="正常推进", note=""),
    ]),
]

FIXED_DT = datetime.datetime(2025, 4, 3, 9, 30, 0)


def build_workbook():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "推进台账"
    wrap = Alignment(wrap_text=True, vertical="center")
    widths = [6, 46, 10, 20, 26, 14, 30, 10, 14]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    r = 0

    def row(values=(), merge=False, font=None):
        nonlocal r
        r += 1
        for c, v in enumerate(values, start=1):
            if v is None or v == "":
                continue
            cell = ws.cell(r, c, v)
            cell.alignment = wrap
            if font:
                cell.font = font
        if merge:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=NCOL)
        return r

    row([ISSUER + "文件"], merge=True, font=Font(name="方正小标宋简体", size=26, color="FF0000"))
    row([WENHAO], merge=True)
    row([])
    row([TITLE], merge=True, font=Font(name="方正小标宋简体", size=18))
    row([ZHUSONG], merge=True)
    for p in COVER:
        row([p], merge=True)
    row(["　　" + FUJIAN_LINE], merge=True)
    row([])
    row([None] * 5 + [ISSUER])        # 落款 typed in column F, where it sat on the printed page
    row([None] * 5 + [DATE])
    row(["　　" + GONGKAI], merge=True)
    row([])
    row(["附件"])
    row([ATT_TITLE], merge=True, font=Font(name="方正小标宋简体", size=16))
    r_fill = row(["填报单位：县政府督查室"] + [None] * 5 + ["更新时间：2025年4月3日"])
    row(HEADER, font=Font(bold=True))
    ws.freeze_panes = ws.cell(r + 1, 1)

    for sec_title, tasks in SECTIONS:
        row([sec_title], merge=True, font=Font(bold=True))
        lead_start = None
        for t in tasks:
            marker = t.get("marker", t["n"])
            leader_cell = None if t["leader"] is MERGED else t["leader"][0]
            if "rows" in t:
                first = r + 1
                for k, (lead, coop, prog, status) in enumerate(t["rows"]):
                    if k == 0:
                        row([marker, t["text"], leader_cell, lead[0], coop[0], t["deadline"], prog, status, t["note"]])
                    else:
                        row([None, None, None, lead[0], coop[0], None, prog, status, None])
                last = r
                for col in (1, 2, 3, 6, 9):
                    ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
            else:
                row([marker, t["text"], leader_cell, t["lead"][0], t["coop"][0], t["deadline"],
                     t["progress"], t["status"], t["note"]])
            if isinstance(t["deadline"], datetime.datetime):
                ws.cell(r, 6).number_format = "yyyy/m/d"
    return wb, ws


def leader_merges(ws):
    """Merge the 责任县领导 cells down over the tasks marked MERGED."""
    # walk the sheet rows once more, matching the task order of SECTIONS
    tasks = [t for _, ts in SECTIONS for t in ts]
    first_row = {}
    n_rows = {}
    hdr = None
    for rr in range(1, ws.max_row + 1):
        if ws.cell(rr, 1).value == "序号":
            hdr = rr
            break
    rr = hdr + 1
    i = 0
    while i < len(tasks) and rr <= ws.max_row:
        v = ws.cell(rr, 1).value
        if isinstance(v, str) and re.match(r"^[一二三四五六七八九十]+、", v):
            rr += 1
            continue
        t = tasks[i]
        first_row[t["n"]] = rr
        n = len(t["rows"]) if "rows" in t else 1
        n_rows[t["n"]] = n
        rr += n
        i += 1
    for t in tasks:
        span = t.get("span")
        if span:
            start = first_row[t["n"]]
            idx = tasks.index(t)
            covered = tasks[idx + 1: idx + span]
            assert all(c["leader"] is MERGED for c in covered), t["n"]
            end = first_row[covered[-1]["n"]] + n_rows[covered[-1]["n"]] - 1
            ws.merge_cells(start_row=start, start_column=3, end_row=end, end_column=3)


def footer(ws):
    r = ws.max_row
    for p in NOTES:
        r += 1
        ws.cell(r, 1, p)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=NCOL)
    r += 2
    ws.cell(r, 1, CHAOSONG)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=NCOL)
    r += 1
    ws.cell(r, 1, ISSUER)
    ws.cell(r, 6, YINFA_DATE)


def deterministic_xlsx(wb):
    wb.properties.creator = "县政府督查室"
    wb.properties.lastModifiedBy = "县政府督查室"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2025-04-03T09:30:00Z\g<3>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 4, 3, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    return out.getvalue()


def convert(xlsx_bytes):
    if not shutil.which("soffice"):
        sys.exit("soffice not found: apt-get install -y libreoffice-calc-nogui")
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "714_source.xlsx")
        with open(src, "wb") as f:
            f.write(xlsx_bytes)
        prof = os.path.join(td, "profile")
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--norestore",
               "--convert-to", FILTER, "--outdir", td, src]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(os.path.join(td, "714_source.txt"), "rb") as f:
            return f.read()


def split_fw(s):
    return re.sub(r"[\s　]", "", s)


def gold_records():
    out = []
    for _, tasks in SECTIONS:
        prev_leaders = None
        for t in tasks:
            if t["leader"] is MERGED:
                leaders = prev_leaders
            else:
                leaders = t["leader"][1]
            prev_leaders = leaders
            if "rows" in t:
                lead = [u for row in t["rows"] for u in row[0][1]]
                coop = [u for row in t["rows"] for u in row[1][1]]
                resp = [u for row in t["rows"] for u in row[0][1] + row[1][1]]
            else:
                lead = list(t["lead"][1])
                coop = list(t["coop"][1])
                resp = lead + coop
            dl = t["deadline"]
            if isinstance(dl, datetime.datetime):
                dl = f"{dl.year}/{dl.month}/{dl.day}"
            marker = t.get("marker", str(t["n"]))
            out.append({
                "id": str(t["n"]),
                "marker": marker,
                "head": split_fw(t["text"])[:12],
                "responsible_units": resp,
                "lead_units": lead,
                "cooperating_units": coop,
                "leaders": leaders,
                "deadline": dl,
            })
    return out


def main():
    wb, ws = build_workbook()
    leader_merges(ws)
    footer(ws)
    xlsx = deterministic_xlsx(wb)
    with open(SOURCE, "wb") as f:
        f.write(xlsx)
    txt = convert(xlsx)
    with open(NOTICE, "wb") as f:
        f.write(txt)
    gold = gold_records()
    assert 20 <= len(gold) <= 45
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {SOURCE} ({len(xlsx)} bytes), {NOTICE} ({len(txt)} bytes), {GOLD} ({len(gold)} tasks)")


if __name__ == "__main__":
    main()
