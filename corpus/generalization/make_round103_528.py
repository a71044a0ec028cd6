#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Notice 528: a 县政府办 attachment workbook (.xlsx) as an OA's kkFileView
attachment preview serves it, saved by the reader ("网页，仅 HTML").

Pipeline, as kkFileView does it for xls/xlsx/et attachments:
  1. the .xlsx (made here with openpyxl, with the look of a督查室 clerk's Excel file)
  2. LibreOffice "HTML (StarCalc)" export (jodconverter → soffice; here soffice
     --convert-to html, run under LANG=zh_CN.UTF-8 as the kkfileview-base image sets)
  3. FileHandlerService.doActionConvertedFile: the file read line by line and the
     lines appended with no separator (readLine drops the line ends), then
     jquery / excel.header.js / xlsx.css appended after </html>, written as UTF-8.
Output: 528_meixi_xian_kkfileview_excel_yulan.html next to this script.
"""
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "528_meixi_xian_kkfileview_excel_yulan.html"
XLSX_NAME = "附件：湄溪县2025年《政府工作报告》重点任务分解表.xlsx"

# ---------------------------------------------------------------- content
TITLE = "湄溪县2025年《政府工作报告》重点任务分解表"

# (kind, ...) rows: ("sec", text) or ("task", no, text, leader, lead, coop, deadline)
# leader / lead None = the cell above is merged down over this row.
ROWS = [
    ("sec", "一、全力以赴稳增长，推动经济持续回升向好"),
    ("task", 1, "扎实推进项目建设，全年实施县级重点项目120个，完成投资150亿元以上，固定资产投资增长7%。",
     "韩卫东\n孙明远", "县发展和改革局", "县财政局、县自然资源局、县住房和城乡建设局", "2025年12月底"),
    ("task", 2, "抓好专项债券和超长期特别国债项目谋划储备，全年争取上级各类资金40亿元以上。",
     "孙明远", "县发展和改革局\n县财政局", "县直各有关部门", "2025年12月底"),
    ("task", 3, "落实促消费政策，开展“惠购湄溪”系列促消费活动20场以上，社会消费品零售总额增长6%。",
     None, "县商务局", "县财政局、县市场监督管理局、各乡镇人民政府", "2025年12月底"),
    ("task", 4, "加强财源建设和税收征管，一般公共预算收入增长5%以上，“三保”支出保障有力。",
     None, "县财政局", "县税务局", "2025年12月底"),
    ("sec", "二、聚力产业强县，加快构建现代化产业体系"),
    ("task", 5, "实施工业倍增行动，新增规模以上工业企业15户，规上工业增加值增长8%。",
     "邓志刚", "县经济和信息化局", "县发展和改革局、县统计局", "2025年12月底"),
    ("task", 6, "推进湄溪经济开发区扩区调位，新建标准化厂房10万平方米，园区营业收入突破200亿元。",
     None, "湄溪经济开发区管委会", "县自然资源局、县住房和城乡建设局、县生态环境局", "2025年10月底"),
    ("task", 7, "开展招商引资攻坚年活动，全年引进亿元以上项目30个，到位市外资金80亿元。",
     None, "县投资促进局", "县直各有关部门、各乡镇人民政府", "2025年12月底"),
    ("task", 8, "培育壮大数字经济，新建5G基站200个，规上工业企业数字化改造实现全覆盖。",
     None, "县经济和信息化局", "县数据局\n中国移动湄溪分公司\n中国电信湄溪分公司", "2025年12月底"),
    ("task", 9, "落实支持民营经济发展各项政策，新增经营主体5000户以上。",
     None, "县市场监督管理局", "县税务局、县工商联", "2025年12月底"),
    ("sec", "三、全面推进乡村振兴，加快建设农业强县"),
    ("task", 10, "稳定粮食生产，粮食播种面积稳定在42万亩以上，新建高标准农田3万亩。",
     "黄晓琳", "县农业农村局", "县自然资源局、县水务局、县财政局", "2025年11月底"),
    ("task", 11, "巩固拓展脱贫攻坚成果，健全防止返贫致贫监测帮扶机制，守住不发生规模性返贫致贫底线。",
     None, "县农业农村局", "各乡镇人民政府", "长期坚持"),
    ("task", 12, "做强茶叶、柑橘特色产业，新建标准化基地2万亩，培育市级以上农业产业化龙头企业3家。",
     None, "县农业农村局", "县林业局、县供销合作社", "2025年12月底"),
    ("task", 13, "实施农村人居环境整治提升行动，农村卫生厕所普及率达到90%，生活垃圾收运处置体系行政村全覆盖。",
     None, "县农业农村局", "县卫生健康局\n县住房和城乡建设局\n各乡镇人民政府", "2025年12月底"),
    ("task", 14, "加快水利工程建设，开工建设青石岭水库，完成病险水库除险加固4座。",
     None, "县水务局", "", "2025年12月底"),
    ("sec", "四、深化改革扩大开放，持续激发发展活力"),
    ("task", 15, "深化国资国企改革，完成县属国有企业整合重组，推动县城市建设投资集团市场化转型。",
     "马文涛", "县财政局", "县城市建设投资集团有限公司", "2025年9月底"),
    ("task", 16, "持续优化营商环境，企业开办时间压缩至1个工作日以内，“高效办成一件事”重点事项扩大到20项。",
     None, "县行政审批局", "县市场监督管理局、县数据局", "2025年6月底"),
    ("task", 17, "推进开放平台建设，申报省级外贸转型升级基地1个，外贸进出口总额增长10%。",
     None, "县商务局", "县经济和信息化局、湄溪经济开发区管委会", "2025年12月底"),
    ("task", 18, "加快社会信用体系建设，开展涉企违规收费和拖欠企业账款专项清理。",
     None, "县发展和改革局", "县财政局、县金融工作局、县司法局", "2025年12月底"),
    ("sec", "五、推进以县城为重要载体的新型城镇化，促进城乡融合发展"),
    ("task", 19, "实施城市更新行动，改造城镇老旧小区32个，新增公共停车位2000个。",
     "欧阳静", "县住房和城乡建设局", "县自然资源局、县城市管理局、城关镇人民政府", "2025年11月底"),
    ("task", 20, "实施县城“畅通工程”，建成滨河路、青云大道延伸段，打通断头路5条。",
     None, None, "县交通运输局、县城市管理局", "2025年12月底"),
    ("task", 21, "加快交通基础设施建设，推进湄溪至龙泉快速通道建设，新改建农村公路150公里。",
     None, "县交通运输局", "县自然资源局、县林业局、沿线乡镇人民政府", "2025年12月底"),
    ("task", 22, "打好污染防治攻坚战，空气质量优良天数比率保持在92%以上，县控断面水质达标率100%。",
     None, "县生态环境局", "县住房和城乡建设局、县农业农村局、县水务局、县交通运输局", "2025年12月底"),
    ("task", 23, "深入开展城乡环境综合治理，创建市级美丽街区示范街道5条。",
     None, "县城市管理局", "各乡镇人民政府", "2025年12月底"),
    ("sec", "六、持续增进民生福祉，扎实推进共同富裕"),
    ("task", 24, "抓好稳就业工作，城镇新增就业3200人，城镇调查失业率控制在5.5%以内。",
     "吴国栋", "县人力资源和社会保障局", "县教育局、县财政局、县总工会、团县委", "2025年12月底"),
    ("task", 25, "推进义务教育优质均衡发展，新建改扩建中小学、幼儿园6所，新增学位2400个。",
     None, "县教育局", "县发展和改革局、县财政局、县自然资源局", "2025年8月底"),
    ("task", 26, "推进健康湄溪建设，县人民医院新院区投入使用，紧密型县域医共体建设实现全覆盖。",
     None, "县卫生健康局", "县医疗保障局", "2025年12月底"),
    ("task", 27, "完善养老服务体系，新建乡镇区域养老服务中心3个，新增家庭养老床位300张。",
     None, "县民政局", "县卫生健康局、县财政局", "2025年12月底"),
    ("task", 28, "深化安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故发生。",
     "邓志刚\n马文涛", "县应急管理局", "县直各有关部门、各乡镇人民政府", "长期坚持"),
    ("task", 29, "加强防汛抗旱和地质灾害防治，完成地质灾害隐患点搬迁避让120户。",
     "黄晓琳", "县应急管理局\n县自然资源局", "县水务局、县气象局", "2025年9月底"),
    ("task", 30, "高质量办好县委、县政府十件民生实事，确保年内全部办结。",
     "韩卫东", "县政府办公室", "县直各有关部门", "2025年12月底"),
]

NOTE = ("注：1．“牵头单位”栏中有两个单位的，排在第一位的为主牵头单位。"
        "2．各牵头单位请于每季度最后一个月20日前将工作进展情况报县政府督查室（联系电话：7231056）。")

LIAISON = [
    ("县发展和改革局", "杨丽娟", "办公室主任", "7232108"),
    ("县财政局", "曾凡宇", "综合股股长", "7232315"),
    ("县商务局", "何晓东", "办公室副主任", "7235021"),
    ("县经济和信息化局", "罗春燕", "办公室主任", "7231640"),
    ("县农业农村局", "彭德明", "办公室主任", "7233119"),
    ("县住房和城乡建设局", "唐芳", "办公室主任", "7236027"),
    ("县教育局", "冉小龙", "办公室副主任", "7232830"),
    ("县应急管理局", "邱文斌", "办公室主任", "7234110"),
]

# ---------------------------------------------------------------- workbook
thin = Side(style="thin", color="000000")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
F_BODY = Font(name="仿宋_GB2312", size=12)
F_HEAD = Font(name="黑体", size=12)
F_TITLE = Font(name="方正小标宋简体", size=20)
F_FUJIAN = Font(name="黑体", size=14)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)


def build_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务分解表"
    for col, w in zip("ABCDEF", (6.5, 52, 12, 18, 30, 13)):
        ws.column_dimensions[col].width = w

    ws["A1"] = "附件"
    ws["A1"].font = F_FUJIAN
    ws.row_dimensions[1].height = 24
    ws["A2"] = TITLE
    ws["A2"].font = F_TITLE
    ws["A2"].alignment = CENTER
    ws.merge_cells("A2:F2")
    ws.row_dimensions[2].height = 42

    # two-row header
    hdr = {"A3": "序号", "B3": "重点任务", "C3": "责任分工", "F3": "完成时限",
           "C4": "责任县领导", "D4": "牵头单位", "E4": "配合单位"}
    for ref, v in hdr.items():
        ws[ref] = v
    for r in (3, 4):
        ws.row_dimensions[r].height = 22
        for c in "ABCDEF":
            cell = ws[f"{c}{r}"]
            cell.font = F_HEAD
            cell.alignment = CENTER
            cell.border = BORDER
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:B4")
    ws.merge_cells("C3:E3")
    ws.merge_cells("F3:F4")

    r = 5
    merge_start = {"C": None, "D": None}
    merges = []

    def close(col, upto):
        if merge_start[col] is not None and upto > merge_start[col]:
            merges.append(f"{col}{merge_start[col]}:{col}{upto}")
        merge_start[col] = None

    for row in ROWS:
        if row[0] == "sec":
            close("C", r - 1)
            close("D", r - 1)
            ws[f"A{r}"] = row[1]
            for c in "ABCDEF":
                ws[f"{c}{r}"].border = BORDER
                ws[f"{c}{r}"].font = F_HEAD
                ws[f"{c}{r}"].alignment = LEFT
            ws.merge_cells(f"A{r}:F{r}")
            ws.row_dimensions[r].height = 24
            r += 1
            continue
        _, no, text, leader, lead, coop, deadline = row
        ws[f"A{r}"] = no
        ws[f"B{r}"] = text
        if leader is not None:
            close("C", r - 1)
            ws[f"C{r}"] = leader
            merge_start["C"] = r
        if lead is not None:
            close("D", r - 1)
            ws[f"D{r}"] = lead
            merge_start["D"] = r
        if coop:
            ws[f"E{r}"] = coop
        ws[f"F{r}"] = deadline
        for c in "ABCDEF":
            cell = ws[f"{c}{r}"]
            cell.font = F_BODY
            cell.border = BORDER
            cell.alignment = LEFT if c in "BE" else CENTER
        lines = max(len(text) // 25 + 1, (coop or "").count("\n") + 1, 2)
        ws.row_dimensions[r].height = 16 * lines + 6
        r += 1
    close("C", r - 1)
    close("D", r - 1)
    for m in merges:
        ws.merge_cells(m)

    ws[f"A{r}"] = NOTE
    ws[f"A{r}"].font = F_BODY
    ws[f"A{r}"].alignment = LEFT
    ws.merge_cells(f"A{r}:F{r}")
    ws.row_dimensions[r].height = 40

    ws.print_title_rows = "3:4"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4

    # second sheet: the lead units' liaison officers
    ws2 = wb.create_sheet("联络员")
    for col, w in zip("ABCDE", (6.5, 24, 12, 16, 14)):
        ws2.column_dimensions[col].width = w
    ws2["A1"] = "各牵头单位联络员名单"
    ws2["A1"].font = Font(name="黑体", size=16)
    ws2["A1"].alignment = CENTER
    ws2.merge_cells("A1:E1")
    ws2.row_dimensions[1].height = 32
    ws2.append(["序号", "单位", "联络员", "职务", "办公电话"])
    for c in "ABCDE":
        ws2[f"{c}2"].font = F_HEAD
        ws2[f"{c}2"].alignment = CENTER
        ws2[f"{c}2"].border = BORDER
    for i, (unit, name, post, tel) in enumerate(LIAISON, 1):
        ws2.append([i, unit, name, post, tel])
        rr = ws2.max_row
        for c in "ABCDE":
            ws2[f"{c}{rr}"].font = F_BODY
            ws2[f"{c}{rr}"].alignment = CENTER
            ws2[f"{c}{rr}"].border = BORDER

    wb.save(path)

    # the file's properties as the 督查室 clerk's Excel left them
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/app.xml":
                data = data.replace(b"<AppVersion>3.0</AppVersion>", b"<AppVersion>16.0300</AppVersion>")
            elif item.filename == "xl/styles.xml":
                data = data.replace(
                    '<font><name val="Calibri"/><family val="2"/><color theme="1"/><sz val="11"/><scheme val="minor"/></font>'.encode(),
                    '<font><name val="宋体"/><charset val="134"/><color theme="1"/><sz val="11"/><scheme val="minor"/></font>'.encode(), 1)
            elif item.filename == "docProps/core.xml":
                s = data.decode("utf-8")
                s = s.replace(">openpyxl<", ">Administrator<")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*", r"\g<1>2025-02-17T01:32:08Z", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*", r"\g<1>2025-02-20T08:05:41Z", s)
                data = s.encode("utf-8")
            zout.writestr(item, data)
    os.replace(tmp, path)


def soffice_html(xlsx, outdir):
    env = dict(os.environ, LANG="zh_CN.UTF-8", LC_ALL="zh_CN.UTF-8", TZ="Asia/Shanghai")
    prof = tempfile.mkdtemp(prefix="lo528prof_")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "html", "--outdir", outdir, xlsx],
                       check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=300)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    return os.path.join(outdir, os.path.splitext(os.path.basename(xlsx))[0] + ".html")


def kkfileview_post(html_path):
    """FileHandlerService.doActionConvertedFile (kkFileView 4.x)."""
    sb = []
    with open(html_path, encoding="utf-8", newline="") as f:
        text = f.read()
    # BufferedReader.readLine: ends at \n, \r or \r\n, the terminator dropped
    lines = re.split(r"\r\n|\r|\n", text)
    if lines and lines[-1] == "":
        lines.pop()
    for line in lines:
        if "charset=gb2312" in line:
            line = line.replace("charset=gb2312", "charset=utf-8")
        sb.append(line)
    sb.append("<script src=\"js/jquery-3.6.1.min.js\" type=\"text/javascript\"></script>")
    sb.append("<script src=\"js/excel.header.js\" type=\"text/javascript\"></script>")
    sb.append("<link rel=\"stylesheet\" href=\"bootstrap/css/xlsx.css\">")
    return "".join(sb).encode("utf-8")


def main():
    work = tempfile.mkdtemp(prefix="mk528_")
    try:
        # kkFileView keeps the download under a cache name; LibreOffice gets an ASCII path
        xlsx = os.path.join(work, "fujian.xlsx")
        build_xlsx(xlsx)
        html = soffice_html(xlsx, work)
        data = kkfileview_post(html)
    except Exception:
        shutil.rmtree(work, ignore_errors=True)
        raise
    with open(os.path.join(HERE, NAME), "wb") as f:
        f.write(data)
    shutil.rmtree(work, ignore_errors=True)
    print("wrote", NAME, len(data), "bytes")


if __name__ == "__main__":
    main()
