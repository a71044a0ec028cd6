#!/usr/bin/env python3
"""Notice 526: a 市人民政府办公室 Word notice (郇政办发〔2025〕4号) with its 附件
task table, as the text the city's document archive keeps for full-text search:
the .docx run through LibreOffice's own text export
(`soffice --headless --convert-to txt:Text`, LibreOffice 7.4 on Linux).

The .docx is written here as OOXML (python-docx is not installed), then the real
soffice converts it; the .txt is LibreOffice's bytes, untouched.
"""
import os
import shutil
import subprocess
import tempfile
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "526_huanyang_shi_zhongdian_gongzuo_renwu_fengong_soffice.txt"

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')

FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"


def rpr(font=FS, size=32, bold=False, color=None):
    s = (f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"/>')
    if bold:
        s += '<w:b/><w:bCs/>'
    if color:
        s += f'<w:color w:val="{color}"/>'
    s += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    return f'<w:rPr>{s}</w:rPr>'


def run(text, **kw):
    return f'<w:r>{rpr(**kw)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(runs, jc=None, first=None, right=None, spacing=None, extra="", line=560):
    ppr = ""
    ppr += extra
    ppr += f'<w:spacing w:line="{line}" w:lineRule="exact"{spacing or ""}/>' if line else ""
    if first is not None or right is not None:
        a = ""
        if first is not None:
            a += f' w:firstLineChars="{first * 100}" w:firstLine="{first * 320}"'
        if right is not None:
            a += f' w:rightChars="{right * 100}" w:right="{right * 320}"'
        ppr += f'<w:ind{a}/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    if not runs.startswith("<"):
        runs = run(runs)
    return f'<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>'


def empty(line=560):
    return para("", line=line)


# ---------------------------------------------------------------- the cover
body = []
body.append(empty())
body.append(empty())
body.append(para(run("郇阳市人民政府办公室文件", font=XBS, size=72, color="FF0000"),
                 jc="center", line=None))
body.append(empty())
body.append(para(run("郇政办发〔2025〕4号"), jc="center"))
body.append(para("", extra='<w:pBdr><w:bottom w:val="single" w:sz="12" w:space="1" w:color="FF0000"/></w:pBdr>',
                 line=200))
body.append(empty())
body.append(para(run("郇阳市人民政府办公室", font=XBS, size=44), jc="center", line=700))
body.append(para(run("关于印发2025年市政府重点工作任务分工方案的通知", font=XBS, size=44),
                 jc="center", line=700))
body.append(empty())
body.append(para("各县（市、区）人民政府，市政府各部门、各直属机构，郇阳高新区管委会："))
cover = [
    ("", "为全面完成市十七届人大四次会议审议通过的《政府工作报告》确定的目标任务，"
         "经市政府同意，现将《2025年市政府重点工作任务分工方案》印发给你们，并就有关事项通知如下："),
    ("一、提高思想认识。", "今年是“十四五”规划收官之年，做好全年工作意义重大。各县（市、区）、"
         "各部门（单位）要把抓好重点工作落实作为践行“两个维护”的具体行动，坚持“一把手”亲自抓、"
         "负总责，逐项细化工作措施，确保各项任务按时保质完成。"),
    ("二、压实工作责任。", "责任市领导要加强对分管领域重点工作的统筹调度，定期听取汇报，"
         "及时协调解决重大问题。牵头单位是任务落实的第一责任单位，要制定具体推进方案，"
         "明确时间表、路线图；有两个及以上牵头单位的，排在第一位的为主牵头单位，负责统筹协调和汇总报送；"
         "配合单位要按照职责分工主动配合、协同推进，不得推诿扯皮。涉及各县（市、区）的任务，"
         "各县（市、区）人民政府要结合实际抓好落实。"),
    ("三、强化督查问效。", "市政府督查室要将各项任务纳入年度督查计划，实行清单化管理、"
         "月调度、季通报。各牵头单位于每季度末月25日前将工作进展情况书面报送市政府督查室"
         "（联系电话：8261537），全年工作完成情况于12月10日前报送。督查情况纳入年度目标责任考核，"
         "对工作推进不力、进度滞后的，按有关规定严肃问责。"),
]
for head, text in cover:
    runs = (run(head, font=HT) if head else "") + run(text)
    body.append(para(runs, first=2))
body.append(empty())
body.append(para("附件：2025年市政府重点工作任务分工方案", first=2))
body.append(empty())
body.append(empty())
body.append(empty())
body.append(para("郇阳市人民政府办公室", jc="right", right=4))
body.append(para("2025年2月21日", jc="right", right=4))
body.append(empty())
body.append(para("（此件公开发布）", first=2))

# portrait section ends here; the 附件 goes on a landscape section
SECT_PORTRAIT = ('<w:sectPr><w:footerReference w:type="default" r:id="rId3"/>'
                 '<w:pgSz w:w="11906" w:h="16838"/>'
                 '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" '
                 'w:header="851" w:footer="1417" w:gutter="0"/>'
                 '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>')
SECT_LANDSCAPE = ('<w:sectPr><w:footerReference w:type="default" r:id="rId3"/>'
                  '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
                  '<w:pgMar w:top="1588" w:right="2098" w:bottom="1474" w:left="1984" '
                  'w:header="851" w:footer="992" w:gutter="0"/>'
                  '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>')
body.append(f'<w:p><w:pPr>{SECT_PORTRAIT}</w:pPr></w:p>')

# ---------------------------------------------------------------- the 附件
body.append(para(run("附件", font=HT), line=560))
body.append(empty())
body.append(para(run("2025年市政府重点工作任务分工方案", font=XBS, size=44), jc="center", line=700))
body.append(empty(line=400))

NUMPR = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'

# part title, then tasks: (task, leader(s), lead, coop, deadline)
# leader: str, or list of str for a cell with one paragraph per leader
# coop: str, or list of str for a cell in several paragraphs
PARTS = [
    ("一、着力扩大有效需求（5项）", [
        ("实施重大项目攻坚行动，全年实施省市重点项目360个以上、完成投资650亿元以上，"
         "争取超长期特别国债和中央预算内投资项目40个以上，新开工亿元以上项目120个。",
         "林卫东", "市发展改革委",
         ["市财政局、市自然资源和规划局、市生态环境局，", "各县（市、区）人民政府"], "2025年12月底"),
        ("开展“消费提振年”活动，落实汽车、家电以旧换新和设备更新政策，举办各类促消费活动200场以上，"
         "社会消费品零售总额增长6%左右。",
         "葛志强", "市商务局", "市财政局、市文化广电旅游局、市市场监管局", "2025年12月底"),
        ("推进文旅深度融合，加快鹭湖生态旅游度假区建设，创建国家4A级旅游景区2家，"
         "全年接待游客2800万人次以上。",
         "温丽萍", "市文化广电旅游局", "市发展改革委、市自然资源和规划局、市交通运输局", "2025年12月底"),
        ("稳住外贸外资基本盘，支持企业参加境内外重点展会，进出口总额增长8%，"
         "实际使用外资1.2亿美元。",
         "葛志强", "市商务局、市投资促进局", "市税务局、郇阳海关", "2025年12月底"),
        ("推动房地产市场止跌回稳，收购存量商品房用作保障性住房，筹集保障性租赁住房1500套，"
         "稳步推进城中村改造。",
         "魏建宁", "市住房城乡建设局", "市自然资源和规划局、市财政局、人民银行郇阳市分行", "2025年12月底"),
    ]),
    ("二、加快构建现代化产业体系（6项）", [
        ("实施制造业重点产业链高质量发展行动，新能源电池、高端装备、绿色食品三条产业链产值"
         "分别增长15%、10%、8%以上。",
         "林卫东", "市工业和信息化局", "市发展改革委、市科技局、市投资促进局", "2025年12月底"),
        ("实施工业技改提质工程，完成技改投资180亿元，新增规模以上工业企业80家，"
         "培育省级专精特新中小企业30家。",
         "林卫东", "市工业和信息化局", "市财政局、市统计局，各县（市、区）人民政府", "2025年12月底"),
        ("加快数字郇阳建设，新建5G基站1200个，推进公共数据资源授权运营，"
         "数字经济核心产业增加值增长12%。",
         "程浩", "市数据局", "/", "2025年12月底"),
        ("强化科技创新引领，高新技术企业净增50家，全社会研发经费投入强度达到2.1%，"
         "建成省级以上创新平台10个。",
         "程浩", "市科技局", "市财政局、市工业和信息化局、郇阳高新区管委会", "2025年12月底"),
        ("推动现代服务业提质扩容，加快临港物流园、城北公铁联运物流中心建设，"
         "社会物流总费用与GDP比率下降0.3个百分点。",
         "葛志强", "市发展改革委、市交通运输局", "市商务局、市邮政管理局", "2025年12月底"),
        ("深化金融服务实体经济，新增普惠小微贷款80亿元以上，推动2家企业在境内外上市挂牌。",
         "林卫东", "市委金融办", "人民银行郇阳市分行、国家金融监督管理总局郇阳监管分局", "2025年12月底"),
    ]),
    ("三、全面深化改革开放（5项）", [
        ("深化“高效办成一件事”改革，新增重点事项集成办理15项，"
         "政务服务事项网上可办率稳定在98%以上。",
         "程浩", "市行政审批服务局", "市数据局、市市场监管局、市公安局", "2025年10月底"),
        ("深入实施国有企业改革深化提升行动，完成市属国企战略性重组和专业化整合，"
         "国有企业营业收入增长8%。",
         "林卫东", "市国资委", "市财政局", "2025年12月底"),
        ("落实支持民营经济发展壮大政策措施，开展拖欠企业账款清理行动，"
         "民间投资占固定资产投资比重提高2个百分点。",
         "林卫东", "市发展改革委、市工业和信息化局", "市财政局、市司法局、市工商联", "2025年12月底"),
        ("推进开发区体制机制改革，支持郇阳高新区扩区调区，开发区亩均税收提高5%以上。",
         ["林卫东", "葛志强"], "市商务局", "郇阳高新区管委会，各县（市、区）人民政府", "2025年12月底"),
        ("深化零基预算改革，严格落实政府过紧日子要求，一般公共预算收入增长5%左右。",
         "林卫东", "市财政局", "市税务局", "2025年12月底"),
    ]),
    ("四、统筹推进乡村全面振兴和新型城镇化（6项）", [
        ("扛牢粮食安全政治责任，粮食播种面积稳定在410万亩以上，新建高标准农田18万亩。",
         "苏晓红", "市农业农村局",
         "市发展改革委、市财政局、市自然资源和规划局、市水利局", "2025年10月底"),
        ("巩固拓展脱贫攻坚成果，健全防止返贫致贫监测帮扶机制，"
         "脱贫人口人均纯收入增长8%以上。",
         "苏晓红", "市农业农村局", "市民政局、市人力资源社会保障局、市医保局", "2025年12月底"),
        ("实施水网骨干工程，推进红旗灌区续建配套与现代化改造，完成病险水库除险加固12座。",
         "苏晓红", "市水利局", "/", "2025年12月底"),
        ("实施城市更新行动，改造城镇老旧小区86个、背街小巷120条，"
         "新建改造城市燃气管网210公里。",
         "魏建宁", "市住房城乡建设局",
         "市发展改革委、市财政局、市城市管理局，各县（市、区）人民政府", "2025年12月底"),
        ("加快综合交通枢纽建设，开工建设郇阳至东陵高速公路，完成国省干线公路改造85公里。",
         "魏建宁", "市交通运输局", "市发展改革委、市自然资源和规划局、市公路事业发展中心", "2025年12月底"),
        ("大力发展县域经济，支持县城补短板强弱项，培育省级县域特色产业集群3个。",
         "魏建宁", "市发展改革委", "各县（市、区）人民政府", "2025年12月底"),
    ]),
    ("五、持续改善生态环境质量（4项）", [
        ("深入打好蓝天保卫战，推进钢铁、水泥行业超低排放改造，"
         "中心城区PM2.5平均浓度控制在33微克/立方米以内。",
         "魏建宁", "市生态环境局", "市工业和信息化局、市住房城乡建设局、市交通运输局、市公安局", "2025年12月底"),
        ("深入打好碧水保卫战，全面落实河湖长制，国考断面水质优良比例达到90%以上。",
         "苏晓红", "市生态环境局、市水利局", "市农业农村局、市住房城乡建设局", "2025年12月底"),
        ("积极稳妥推进碳达峰碳中和，实施重点领域节能降碳改造，单位地区生产总值能耗下降2.5%。",
         "林卫东", "市发展改革委", "市工业和信息化局、市生态环境局、市机关事务服务中心", "2025年12月底"),
        ("全面推行林长制，完成营造林16万亩，森林覆盖率稳定在46%以上。",
         "苏晓红", "市林业局", "市自然资源和规划局", "2025年11月底"),
    ]),
    ("六、切实保障和改善民生（7项）", [
        ("千方百计稳就业，城镇新增就业2.8万人，城镇调查失业率控制在5.5%以内，"
         "开展职业技能培训3万人次。",
         "温丽萍", "市人力资源社会保障局", "市教育局、市财政局、团市委、市残联", "2025年12月底"),
        ("办好人民满意的教育，新建改扩建中小学、幼儿园25所，新增学位1.2万个。",
         "温丽萍", "市教育局",
         "市发展改革委、市财政局、市自然资源和规划局、市住房城乡建设局", "2025年8月底"),
        ("推进健康郇阳建设，深化紧密型县域医共体建设，市第一人民医院新院区建成投用。",
         "温丽萍", "市卫生健康委", "市医保局、市财政局", "2025年12月底"),
        ("完善养老托育服务体系，新建社区嵌入式服务设施20个，每千人口拥有3岁以下婴幼儿托位数达到4.5个。",
         "温丽萍", "市民政局、市卫生健康委", "市发展改革委、市住房城乡建设局", "2025年12月底"),
        ("深入实施安全生产治本攻坚三年行动，严防遏制重特大安全事故发生。",
         "程浩", "市应急管理局", "市安委会各成员单位", "持续推进"),
        ("严格食品药品安全监管，食品安全评价性抽检合格率保持在98%以上。",
         "程浩", "市市场监管局", "市农业农村局、市卫生健康委、市公安局", "2025年12月底"),
        ("建设更高水平的平安郇阳，深化信访工作法治化，常态化开展扫黑除恶斗争。",
         "付明远", "市公安局", "市司法局、市信访局", "持续推进"),
    ]),
    ("七、全面加强政府自身建设（3项）", [
        ("加快建设法治政府，严格落实重大行政决策程序规定，行政复议纠错率保持合理区间。",
         "顾永平", "市司法局", "市政府各部门", "2025年12月底"),
        ("强化审计监督，开展重大政策措施落实情况跟踪审计，推动审计发现问题整改到位。",
         "顾永平", "市审计局", "/", "2025年12月底"),
        ("持续整治形式主义为基层减负，市政府发文、会议数量分别压减10%以上。",
         "林卫东", "市政府办公室", "市政府各部门", "2025年12月底"),
    ]),
]

GRID = [800, 5600, 1300, 2000, 3100, 1400]  # twips, sum 14200


def cpara(text, jc="left", num=False, size=24, font=FS, bold=False):
    ppr = NUMPR if num else ""
    ppr += '<w:spacing w:line="360" w:lineRule="exact"/>'
    ppr += f'<w:jc w:val="{jc}"/>'
    r = run(text, font=font, size=size, bold=bold) if text else ""
    return f'<w:p><w:pPr>{ppr}</w:pPr>{r}</w:p>'


def cell(i, paras, vmerge=None, span=None):
    pr = f'<w:tcW w:w="{GRID[i] if not span else sum(GRID)}" w:type="dxa"/>'
    if span:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont":
        pr += '<w:vMerge/>'
    pr += '<w:vAlign w:val="center"/>'
    return f'<w:tc><w:tcPr>{pr}</w:tcPr>{"".join(paras)}</w:tc>'


rows = []
hdr = ["序号", "重点工作任务", "责任市领导", "牵头单位", "配合单位", "完成时限"]
rows.append('<w:tr><w:trPr><w:tblHeader/><w:jc w:val="center"/></w:trPr>'
            + "".join(cell(i, [cpara(h, jc="center", font=HT)]) for i, h in enumerate(hdr))
            + '</w:tr>')


def leader_paras(v):
    if isinstance(v, list):
        return [cpara(x, jc="center") for x in v]
    # a two-character name padded to three with a full-width space, as typed
    if len(v) == 2:
        v = v[0] + "　" + v[1]
    return [cpara(v, jc="center")]


for title, tasks in PARTS:
    rows.append('<w:tr><w:trPr><w:jc w:val="center"/></w:trPr>'
                + cell(0, [cpara(title, font=HT)], span=6) + '</w:tr>')
    n = len(tasks)
    for k, (task, leader, lead, coop, dl) in enumerate(tasks):
        prev = tasks[k - 1] if k else None
        nxt = tasks[k + 1] if k + 1 < n else None
        def vm(idx):
            cur = tasks[k][idx]
            if prev is not None and prev[idx] == cur:
                return "cont"
            if nxt is not None and nxt[idx] == cur:
                return "restart"
            return None
        lv, dv = vm(1), vm(4)
        c = [cell(0, [cpara("", jc="center", num=True)]),
             cell(1, [cpara(task)]),
             cell(2, [cpara("", jc="center")] if lv == "cont" else leader_paras(leader), vmerge=lv),
             cell(3, [cpara(x) for x in lead.split("\n")]),
             cell(4, [cpara(x, jc="center" if x == "/" else "left") for x in
                      (coop if isinstance(coop, list) else [coop])]),
             cell(5, [cpara("" if dv == "cont" else dl, jc="center")], vmerge=dv)]
        rows.append('<w:tr><w:trPr><w:cantSplit/><w:jc w:val="center"/></w:trPr>' + "".join(c) + '</w:tr>')

borders = "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                  for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
tbl = ('<w:tbl><w:tblPr><w:tblW w:w="14200" w:type="dxa"/><w:jc w:val="center"/>'
       f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
       '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
       '<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>'
       + "".join(f'<w:gridCol w:w="{g}"/>' for g in GRID) + '</w:tblGrid>' + "".join(rows) + '</w:tbl>')
body.append(tbl)
body.append(f'<w:p><w:pPr>{SECT_LANDSCAPE}</w:pPr></w:p>')

# ---------------------------------------------------------------- 版记 on a portrait last page
for _ in range(6):
    body.append(empty())
bj_b = ('<w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders>')


def bjcell(w, text, jc, span=None):
    pr = f'<w:tcW w:w="{w}" w:type="dxa"/>' + (f'<w:gridSpan w:val="{span}"/>' if span else "")
    return (f'<w:tc><w:tcPr>{pr}</w:tcPr><w:p><w:pPr><w:spacing w:line="440" w:lineRule="exact"/>'
            f'<w:ind w:left="{0 if jc == "right" else 320}" w:right="{320 if jc == "right" else 0}"/>'
            f'<w:jc w:val="{jc}"/></w:pPr>{run(text, size=28)}</w:p></w:tc>')


bj = ('<w:tbl><w:tblPr><w:tblW w:w="8844" w:type="dxa"/><w:jc w:val="center"/>' + bj_b +
      '<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="4422"/><w:gridCol w:w="4422"/></w:tblGrid>'
      '<w:tr>' + bjcell(8844, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级法院，"
                        "市检察院，郇阳军分区。", "left", span=2) + '</w:tr>'
      '<w:tr>' + bjcell(4422, "郇阳市人民政府办公室", "left") + bjcell(4422, "2025年2月21日印发", "right")
      + '</w:tr></w:tbl>')
body.append(bj)

FINAL_SECT = ('<w:sectPr><w:footerReference w:type="default" r:id="rId3"/>'
              '<w:pgSz w:w="11906" w:h="16838"/>'
              '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" '
              'w:header="851" w:footer="1417" w:gutter="0"/>'
              '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>')
DOC = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       f'<w:document {W_NS}><w:body>' + "".join(body) + FINAL_SECT + '</w:body></w:document>')

FOOTER = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          f'<w:ftr {W_NS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
          + run("— ", size=28) +
          f'<w:r>{rpr(size=28)}<w:fldChar w:fldCharType="begin"/></w:r>'
          f'<w:r>{rpr(size=28)}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
          f'<w:r>{rpr(size=28)}<w:fldChar w:fldCharType="separate"/></w:r>'
          + run("1", size=28) +
          f'<w:r>{rpr(size=28)}<w:fldChar w:fldCharType="end"/></w:r>'
          + run(" —", size=28) + '</w:p></w:ftr>')

NUMBERING = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             f'<w:numbering {W_NS}><w:abstractNum w:abstractNumId="0">'
             '<w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
             '<w:numFmt w:val="decimal"/><w:suff w:val="nothing"/><w:lvlText w:val="%1"/>'
             '<w:lvlJc w:val="center"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>'
             f'{rpr(size=24)}</w:lvl></w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')

STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          f'<w:styles {W_NS}><w:docDefaults><w:rPrDefault>{rpr()}</w:rPrDefault>'
          '<w:pPrDefault><w:pPr><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/>'
          '<w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr>'
          f'{rpr()}</w:style>'
          '<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/>'
          '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
          '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
          '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>')

SETTINGS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:settings {W_NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/>'
            '<w:drawingGridVerticalSpacing w:val="289"/><w:characterSpacingControl w:val="compressPunctuation"/>'
            '<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>'
            '<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/>'
            '<w:useFELayout/></w:compat></w:settings>')

CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
      '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
      '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
      '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '</Relationships>')
DRELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
         '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
         '</Relationships>')
CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title></dc:title><dc:creator>市府办秘书科</dc:creator>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-02-19T08:41:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-02-21T02:16:00Z</dcterms:modified>'
        '</cp:coreProperties>')


def main():
    tmp = tempfile.mkdtemp(prefix="make526_")
    try:
        src = os.path.join(tmp, "郇政办发〔2025〕4号.docx")
        with zipfile.ZipFile(src, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", CT)
            z.writestr("_rels/.rels", RELS)
            z.writestr("word/_rels/document.xml.rels", DRELS)
            z.writestr("word/document.xml", DOC)
            z.writestr("word/styles.xml", STYLES)
            z.writestr("word/settings.xml", SETTINGS)
            z.writestr("word/numbering.xml", NUMBERING)
            z.writestr("word/footer1.xml", FOOTER)
            z.writestr("docProps/core.xml", CORE)
        out = os.path.join(tmp, "out")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "txt:Text", "--outdir", out, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copyfile(os.path.join(out, "郇政办发〔2025〕4号.txt"), os.path.join(HERE, NAME))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
