#!/usr/bin/python3
"""Round 134, case 681: a county notice as a Dify knowledge base holds it.

Path (run for real here except Dify itself, whose few extraction/cleaning/
splitting functions are re-typed below from langgenius/dify api/core/rag/...):

  1. the 县政府办 notice: 正文 .docx (python-docx) + 附件 .xlsx (openpyxl, the
     clerk's task table: "附件" in A1, a merged title row, the header row,
     merged part rows, cell line breaks typed with Alt+Enter, real Excel dates);
  2. both files uploaded to a self-hosted Dify 知识库, 分段设置 "自动分段与清洗":
       .xlsx -> ExcelExtractor (openpyxl values, the sheet's FIRST row taken as
                the column names -> pandas DataFrame, one Document per row,
                '"k":"v"' pairs joined by ';', empty cells dropped)
       .docx -> WordExtractor.parse_docx (runs stripped, paragraphs joined by
                '\n', tables as Markdown pipe rows)
       CleanProcessor (remove_extra_spaces), EnhanceRecursiveCharacterTextSplitter
       (500 chars, overlap 50, separators \n\n 。 ". " " " ""), then
       remove_leading_symbols() on every segment;
  3. the 督查室's export script lists the dataset's documents through Dify's
     API (newest first: desc(created_at), desc(position) -> the .xlsx first) and
     writes each document's segments in position order, a blank line between.

Writes 681_qiuyuan_xian_gzbg_renwu_fenjie_dify_zhishiku.txt and the gold.
"""
import datetime
import json
import os
import re
import tempfile

import pandas as pd
from docx import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "681_qiuyuan_xian_gzbg_renwu_fenjie_dify_zhishiku"
NOTICE = os.path.join(HERE, BASE + ".txt")
GOLD = os.path.join(HERE, BASE + ".tasks.gold.jsonl")

D = datetime.datetime
ISSUER = "楸原县人民政府办公室"
WENHAO = "楸政办发〔2025〕9号"
TITLE = "楸原县人民政府办公室关于印发楸原县2025年政府工作报告重点工作任务分解表的通知"
SHEET_TITLE = "楸原县2025年政府工作报告重点工作任务分解表"

# ---------------------------------------------------------------- the table
# (序号, 任务, 责任县领导 cell, 牵头单位 cell, 配合单位 cell or None, 完成时限 cell)
PARTS = [
    ("一、稳增长，推动经济高质量发展（7项）", [
        (1, "全县地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长7.5%。",
         "罗志刚、张建国", "县发改局", "县统计局、县财政局、县工信局", D(2025, 12, 31)),
        (2, "实施重点项目120个，完成年度投资150亿元以上，新开工项目不少于60个。",
         "张建国", "县发改局", "各乡镇人民政府、县自然资源局、县住建局、楸原经济开发区管委会", D(2025, 12, 31)),
        (3, "争取中央预算内投资、超长期特别国债和地方政府专项债券资金12亿元以上。",
         "张建国", "县发改局、县财政局", "县直各有关单位", "2025年11月底前"),
        (4, "社会消费品零售总额增长6.5%，举办“楸原好物”促消费活动20场以上。",
         "陈晓东", "县商务局", "县市场监管局、县文化和旅游局、县统计局", "持续推进"),
        (5, "落实大规模设备更新和消费品以旧换新政策，完成汽车、家电以旧换新8000台（辆）以上。",
         "陈晓东", "县商务局", None, D(2025, 10, 31)),
        (6, "招商引资到位资金增长15%，引进亿元以上项目25个，其中10亿元以上项目3个。",
         "罗志刚", "县投资促进中心", "楸原经济开发区管委会\n各乡镇人民政府", D(2025, 12, 31)),
        (7, "加强财源建设，盘活闲置国有资产，严控一般性支出，兜牢“三保”底线。",
         "张建国", "县财政局", "县税务局、县国资中心", "持续推进"),
    ]),
    ("二、抓产业，加快构建现代化产业体系（6项）", [
        (8, "推进新材料产业园二期建设，建成标准化厂房12万平方米。",
         "王　勇", "楸原经济开发区管委会", "县工信局、县自然资源局、县住建局", D(2025, 9, 30)),
        (9, "新增规模以上工业企业15家，净增高新技术企业10家、专精特新中小企业6家。",
         "王　勇", "县工信局", "县科技局、县市场监管局", D(2025, 12, 31)),
        (10, "实施工业技改项目30个，推动8家规模以上工业企业开展数字化转型。",
         "王　勇", "县工信局", "/", "2025年第三季度"),
        (11, "发展全域旅游，创建国家4A级旅游景区1家，全年接待游客突破600万人次。",
         "赵海燕", "县文化和旅游局", "县交通运输局、县自然资源局、县林业局，相关乡镇人民政府", D(2025, 12, 31)),
        (12, "培育壮大电子商务，农村网络零售额增长12%，新建村级电商服务站30个。",
         "陈晓东", "县商务局", "县农业农村局、县邮政分公司、各乡镇人民政府", D(2025, 11, 30)),
        (13, "加快数字基础设施建设，新建5G基站260个，实现行政村5G网络全覆盖。",
         "陈晓东", "县数据局", "县工信局、县供电公司、中国移动楸原分公司", D(2025, 12, 31)),
    ]),
    ("三、促振兴，全面推进乡村振兴（6项）", [
        (14, "粮食播种面积稳定在46万亩以上，总产量稳定在19万吨以上。\n落实耕地地力保护补贴等惠农政策，确保补贴资金及时足额发放。",
         "赵海燕", "县农业农村局", "县财政局、县自然资源局、各乡镇人民政府", D(2025, 10, 31)),
        (15, "新建高标准农田3.5万亩，改造提升1.2万亩，新增高效节水灌溉面积0.8万亩。",
         "赵海燕", "县农业农村局", "县水利局、县财政局、县自然资源局", D(2025, 12, 31)),
        (16, "巩固拓展脱贫攻坚成果，落实防止返贫动态监测和帮扶机制，守牢不发生规模性返贫致贫底线。",
         "赵海燕", "县农业农村局", "县民政局、县人社局、县医保局、县教育和体育局、各乡镇人民政府", "持续推进"),
        (17, "实施农村供水保障工程，改造提升供水管网160公里，农村自来水普及率达到96%。",
         "赵海燕\n张建国", "县水利局", "县财政局、各乡镇人民政府", D(2025, 11, 30)),
        (18, "开展和美乡村建设，创建省级和美乡村示范村8个，完成农村户厕改造2000户。",
         "赵海燕", "县农业农村局", "县住建局、县卫生健康局、市生态环境局楸原分局", D(2025, 12, 31)),
        (19, "发展壮大村级集体经济，集体经济年收入10万元以上的村占比达到60%。",
         "赵海燕", "县农业农村局", "县委组织部、县财政局、各乡镇人民政府", D(2025, 12, 31)),
    ]),
    ("四、优环境，深化改革开放（5项）", [
        (20, "深化“高效办成一件事”改革，新增“一件事”集成服务事项15项。",
         "欧阳明辉", "县行政审批服务局", "县数据局、县直各有关单位", D(2025, 6, 30)),
        (21, "持续优化营商环境，开展涉企违规收费专项整治，全年新增经营主体3000户。",
         "欧阳明辉", "县市场监管局", "县发改局、县财政局、县行政审批服务局", "持续推进"),
        (22, "深化国有企业改革，推动县城投公司市场化转型，完成县属国有企业整合重组。",
         "张建国", "县国资中心", "县财政局、县城投公司", D(2025, 9, 30)),
        (23, "推进县域金融改革，新增各项贷款30亿元以上，不良贷款率控制在2%以内。",
         "张建国", "县金融服务中心", "人民银行楸原县支行、国家金融监督管理总局楸原监管支局", D(2025, 12, 31)),
        (24, "落实安全生产治本攻坚三年行动，坚决遏制较大及以上生产安全事故。",
         "王　勇", "县应急管理局", "县安委会各成员单位", "持续推进"),
    ]),
    ("五、惠民生，增进人民福祉（6项）", [
        (25, "城镇新增就业2800人，城镇调查失业率控制在5.5%以内，开展职业技能培训5000人次。",
         "欧阳明辉", "县人社局", "县教育和体育局、县总工会", D(2025, 12, 31)),
        (26, "新建、改扩建中小学和幼儿园6所，新增学位2400个。",
         "欧阳明辉", "县教育和体育局", "县发改局、县财政局、县自然资源局、县住建局", D(2025, 8, 31)),
        (27, "推进紧密型县域医共体建设，县人民医院新院区建成投入使用。",
         "欧阳明辉", "县卫生健康局", "县医保局、县发改局", D(2025, 10, 31)),
        (28, "完善养老服务体系，新建社区嵌入式养老服务中心4个、农村幸福院10个。",
         "欧阳明辉", "县民政局", None, D(2025, 12, 31)),
        (29, "改造城镇老旧小区42个，惠及居民3800户，完成城区雨污分流管网改造15公里。",
         "王　勇", "县住建局", "县财政局、县城管局、县城投公司", D(2025, 11, 30)),
        (30, "加强社会救助兜底保障，城乡低保标准分别提高到每人每月780元、560元。",
         "罗志刚", "县民政局", "县财政局", D(2025, 6, 30)),
    ]),
]
NOTE = "注：牵头单位有两个的，排在第一位的为主牵头单位；“县直各有关单位”由牵头单位根据工作需要商定。"

# ---------------------------------------------------------------- the 正文
BODY = [
    ("mark", ISSUER + "文件"),
    ("wenhao", WENHAO),
    ("title", TITLE),
    ("p", "各乡镇人民政府，县政府各部门，县直及驻县各单位："),
    ("p", "　　《2025年楸原县人民政府工作报告》已经县第十八届人民代表大会第四次会议审议通过。为确保报告确定的各项目标任务落到实处，经县政府同意，现将《楸原县2025年政府工作报告重点工作任务分解表》印发给你们，并就有关事项通知如下。"),
    ("p", "　　一、提高思想认识。政府工作报告是县政府向全县人民作出的庄严承诺，各乡镇、各部门要把抓好报告确定任务的落实作为全年工作的重中之重，细化工作措施，倒排时间节点，确保各项任务按期完成。"),
    ("p", "　　二、压实工作责任。分解表对每项任务均明确了责任县领导、牵头单位和完成时限，需要配合的明确了配合单位。责任县领导要加强统筹调度，及时协调解决推进中的困难和问题。牵头单位对任务落实负总责，牵头单位有两个的，排在第一位的为主牵头单位；配合单位要按照职责分工主动配合，形成工作合力。"),
    ("p", "　　三、强化督查考核。各牵头单位于每季度末月25日前将任务推进情况报县政府督查室（联系人：孙　丽，电话：6213579），县政府督查室将定期通报任务进展情况，并将落实情况纳入年度目标责任考核。"),
    ("p", "　　附件：楸原县2025年政府工作报告重点工作任务分解表"),
    ("sign", ISSUER),
    ("sign", "2025年3月14日"),
    ("p", "　　（此件公开发布）"),
]
BANJI = ["抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。",
         ISSUER + "　　　　　　　　　2025年3月14日印发"]


def make_docx(path):
    doc = DocxDocument()
    normal = doc.styles["Normal"]
    normal.font.name = "FangSong_GB2312"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    normal.font.size = Pt(16)
    for kind, text in BODY:
        p = doc.add_paragraph()
        if kind == "mark":
            r = p.add_run(text)
            r.font.size = Pt(36)
            r.font.color.rgb = RGBColor(0xE6, 0x00, 0x12)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            doc.add_paragraph()
        elif kind == "wenhao":
            p.add_run(text)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            doc.add_paragraph()
        elif kind == "title":
            # the title set over two lines with a manual line break
            cut = text.index("楸原县2025年")
            r = p.add_run(text[:cut])
            r.add_break()
            p.add_run(text[cut:])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            doc.add_paragraph()
        elif kind == "sign":
            p.add_run(text)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            # the clerk's typed indent is a run of its own before the text
            if text.startswith("　　"):
                p.add_run("　　")
                text = text[2:]
            p.add_run(text)
    doc.add_paragraph()
    t = doc.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = BANJI[0]
    t.rows[1].cells[0].text = BANJI[1]
    cp = doc.core_properties
    cp.author = "县政府办"
    cp.created = cp.modified = D(2025, 3, 14, 9, 0, 0)
    cp.last_modified_by = "县政府办"
    cp.revision = 1
    doc.save(path)


def make_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "附件"
    ws["A2"] = SHEET_TITLE
    ws.merge_cells("A2:F2")
    ws["A2"].font = Font(name="方正小标宋简体", size=18)
    ws["A2"].alignment = Alignment(horizontal="center")
    for i, h in enumerate(["序号", "重点工作任务", "责任县领导", "牵头单位", "配合单位", "完成时限"], 1):
        ws.cell(3, i, h).font = Font(name="黑体", size=12)
    r = 4
    wrap = Alignment(wrap_text=True, vertical="center")
    for head, tasks in PARTS:
        ws.cell(r, 1, head)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for no, text, leaders, lead, coop, due in tasks:
            vals = [no, text, leaders, lead, coop, due]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = wrap
                if isinstance(v, D):
                    cell.number_format = 'yyyy"年"m"月"d"日"'
            r += 1
    ws.cell(r, 1, NOTE)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    for col, w in zip("ABCDEF", (6, 48, 12, 18, 30, 14)):
        ws.column_dimensions[col].width = w
    wb.properties.creator = "县政府督查室"
    wb.properties.created = wb.properties.modified = D(2025, 3, 13, 16, 0, 0)
    wb.save(path)


# ------------------------------------------------ Dify's functions (re-typed)
def dify_excel_extract(path):
    """api/core/rag/extractor/excel_extractor.py, .xlsx branch."""
    documents = []
    wb = load_workbook(path, data_only=True)
    for sheet_name in wb.sheetnames:
        sheet = wb[sheet_name]
        data = sheet.values
        try:
            cols = next(data)
        except StopIteration:
            continue
        df = pd.DataFrame(data, columns=cols)
        df.dropna(how="all", inplace=True)
        for index, row in df.iterrows():
            page_content = []
            for col_index, (k, v) in enumerate(row.items()):
                if pd.notna(v):
                    cell = sheet.cell(row=index + 2, column=col_index + 1)
                    if cell.hyperlink:
                        value = f"[{v}]({cell.hyperlink.target})"
                        page_content.append(f'"{k}":"{value}"')
                    else:
                        page_content.append(f'"{k}":"{v}"')
            documents.append(";".join(page_content))
    return documents


def dify_word_extract(path):
    """api/core/rag/extractor/word_extractor.py, parse_docx (no images here)."""
    doc = DocxDocument(path)

    def parse_paragraph(paragraph):
        out = []
        for run in paragraph.runs:
            if run.text.strip():
                out.append(run.text.strip())
        return "".join(out) if out else ""

    def parse_cell(cell):
        content = []
        for paragraph in cell.paragraphs:
            t = "".join(run.text for run in paragraph.runs).strip()
            if t:
                content.append(t)
        return " ".join(list(dict.fromkeys(content)))

    def parse_row(row, total_cols):
        cells = [""] * total_cols
        ci = 0
        for cell in row.cells:
            while ci < total_cols and cells[ci] != "":
                ci += 1
            if ci >= total_cols:
                break
            text = parse_cell(cell).strip()
            span = cell.grid_span or 1 if hasattr(cell, "grid_span") else 1
            for i in range(span):
                if ci + i < total_cols:
                    cells[ci + i] = text if i == 0 else ""
            ci += span
        return cells

    def table_to_markdown(table):
        total_cols = max(len(row.cells) for row in table.rows)
        md = ["| " + " | ".join(parse_row(table.rows[0], total_cols)) + " |",
              "| " + " | ".join(["---"] * total_cols) + " |"]
        for row in table.rows[1:]:
            md.append("| " + " | ".join(parse_row(row, total_cols)) + " |")
        return "\n".join(md)

    content = []
    paragraphs = doc.paragraphs.copy()
    tables = doc.tables.copy()
    for element in doc.element.body:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag.endswith("}p"):
            t = parse_paragraph(paragraphs.pop(0))
            if t:
                content.append(t)
        elif tag.endswith("}tbl"):
            content.append(table_to_markdown(tables.pop(0)))
    return ["\n".join(content)]


def dify_clean(text):
    """api/core/rag/cleaner/clean_processor.py with AUTOMATIC_RULES."""
    text = re.sub(r"<\|", "<", text)
    text = re.sub(r"\|>", ">", text)
    text = re.sub(r"[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\xEF\xBF\xBE]", "", text)
    text = re.sub("\ufffe", "", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    text = re.sub(r"[\t\f\r\x20\u00a0\u1680\u180e\u2000-\u200a\u202f\u205f\u3000]{2,}", " ", text)
    return text


CHUNK, OVERLAP = 500, 50
SEPARATORS = ["\n\n", "。", ". ", " ", ""]


def _split_with_regex(text, sep, keep):
    if sep:
        if keep:
            parts = re.split(f"({re.escape(sep)})", text)
            splits = [parts[i - 1] + parts[i] for i in range(1, len(parts), 2)]
            if len(parts) % 2 != 0:
                splits += parts[-1:]
        else:
            splits = re.split(sep, text)
    else:
        splits = list(text)
    return [s for s in splits if s not in {"", "\n"}]


def _join(docs, sep):
    t = sep.join(docs).strip()
    return None if t == "" else t


def _merge(splits, sep, lengths):
    sep_len = len(sep)
    docs, cur, total = [], [], 0
    for d, n in zip(splits, lengths):
        if total + n + (sep_len if cur else 0) > CHUNK:
            if cur:
                doc = _join(cur, sep)
                if doc is not None:
                    docs.append(doc)
                while total > OVERLAP or (total + n + (sep_len if cur else 0) > CHUNK and total > 0):
                    total -= len(cur[0]) + (sep_len if len(cur) > 1 else 0)
                    cur = cur[1:]
        cur.append(d)
        total += n + (sep_len if len(cur) > 1 else 0)
    doc = _join(cur, sep)
    if doc is not None:
        docs.append(doc)
    return docs


def dify_split(text, separators=SEPARATORS):
    """RecursiveCharacterTextSplitter._split_text, keep_separator=True, len()."""
    final, sep, new_seps = [], separators[-1], []
    for i, s in enumerate(separators):
        if s == "":
            sep = s
            break
        if re.search(s, text):
            sep = s
            new_seps = separators[i + 1:]
            break
    splits = _split_with_regex(text, sep, True)
    good, good_len = [], []
    for s in splits:
        if len(s) < CHUNK:
            good.append(s)
            good_len.append(len(s))
        else:
            if good:
                final.extend(_merge(good, "", good_len))
                good, good_len = [], []
            if not new_seps:
                final.append(s)
            else:
                final.extend(dify_split(s, new_seps))
    if good:
        final.extend(_merge(good, "", good_len))
    return final


def remove_leading_symbols(text):
    """api/core/tools/utils/text_processing_utils.py"""
    return re.sub(r"^[\u2000-\u206F\u2E00-\u2E7F\u3000-\u303F\"#$%&'()*+,./:;<=>?@^_`~]+", "", text)


def dify_segments(documents):
    segs = []
    for page in documents:
        for chunk in dify_split(dify_clean(page)):
            if chunk.strip():
                c = remove_leading_symbols(chunk).strip()
                if c:
                    segs.append(c)
    return segs


# ---------------------------------------------------------------- gold
def split_units(cell):
    if cell is None or cell == "/":
        return []
    return [u for u in re.split(r"[、，\n]", cell) if u]


def gold_records():
    out = []
    for _head, tasks in PARTS:
        for no, text, leaders, lead, coop, due in tasks:
            leads = split_units(lead)
            coops = split_units(coop)
            due_s = str(due) if isinstance(due, D) else due
            out.append({
                "id": str(no),
                "marker": str(no),
                "head": text[:12],
                "responsible_units": leads + coops,
                "lead_units": leads,
                "cooperating_units": coops,
                "leaders": [n.replace("　", "") for n in re.split(r"[、\n]", leaders)],
                "deadline": due_s,
            })
    return out


def main():
    with tempfile.TemporaryDirectory() as tmp:
        docx_name = WENHAO + " 关于印发楸原县2025年政府工作报告重点工作任务分解表的通知.docx"
        xlsx_name = "附件 " + SHEET_TITLE + ".xlsx"
        dpath = os.path.join(tmp, "zhengwen.docx")
        xpath = os.path.join(tmp, "fujian.xlsx")
        make_docx(dpath)
        make_xlsx(xpath)
        docs = [(xlsx_name, dify_segments(dify_excel_extract(xpath))),
                (docx_name, dify_segments(dify_word_extract(dpath)))]
    lines = []
    for name, segs in docs:
        lines.append(f"=== {name}（{len(segs)}个分段）===")
        lines.append("")
        for s in segs:
            lines.append(s)
            lines.append("")
    with open(NOTICE, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines).rstrip("\n") + "\n")
    with open(GOLD, "w", encoding="utf-8", newline="\n") as f:
        for rec in gold_records():
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
