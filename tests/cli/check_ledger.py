"""Reads a ledger back and compares it with the JSON of the same files:
check_ledger.py GONGWEN LEDGER.csv|LEDGER.xlsx FILE...  (Debian's python3 with openpyxl)"""
import csv
import io
import json
import subprocess
import sys

gongwen, ledger, files = sys.argv[1], sys.argv[2], sys.argv[3:]
HEADER = ["序号", "任务内容", "责任领导", "牵头单位", "配合单位", "完成时限", "所属部分", "来源文件"]


def expected_rows():
    rows = []
    for path in files:
        doc = json.loads(subprocess.run([gongwen, "extract", path], check=True, capture_output=True).stdout)
        sections = {}
        stack = list(doc["sections"])  # a tree: children inside their parent
        while stack:
            s = stack.pop()
            sections[s["id"]] = s
            stack.extend(s["children"])
        for t in doc["tasks"]:
            rows.append([
                t["id"], t["text"],
                "、".join((l.get("name") or "") + "兼".join(l.get("titles") or []) for l in t.get("leaders", [])),
                "、".join(t.get("lead_units", [])), "、".join(t.get("cooperating_units", [])),
                (t.get("deadline") or {}).get("text", ""),
                " / ".join((sections[i].get("marker") or "") + (sections[i].get("heading") or "") for i in t["section_path"]),
                doc["source"]["path"]])
    return rows


want = expected_rows()
assert len(want) > 0
if ledger.endswith(".csv"):
    raw = open(ledger, "rb").read()
    assert raw.startswith(b"\xef\xbb\xbf"), "no UTF-8 BOM"
    text = raw[3:].decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert all(line.endswith("\r") or line == "" for line in text.split("\n")), "line ends are not CRLF"
    assert rows[0] == HEADER, rows[0]
    got = rows[1:]
else:
    import openpyxl
    book = openpyxl.load_workbook(ledger)
    assert book.sheetnames == ["任务台账"], book.sheetnames
    sheet = book["任务台账"]
    values = [[c if c is not None else "" for c in row] for row in sheet.iter_rows(values_only=True)]
    assert values[0] == HEADER, values[0]
    got = values[1:]
    first = sheet.cell(row=1, column=1)
    assert first.font.b, "header not bold"
    assert first.fill.fgColor.rgb.endswith("D9E1F2"), first.fill.fgColor.rgb
    assert sheet.freeze_panes == "A2", sheet.freeze_panes
    assert sheet.auto_filter.ref == f"A1:H{len(want) + 1}", sheet.auto_filter.ref
    widths = {k: v.width for k, v in sheet.column_dimensions.items()}
    # Fitted to the text: never narrower than the header (a Chinese character is two units), never over 60.
    for col, name in zip("ABCDEFGH", HEADER):
        assert 2 * len(name) <= widths[col] <= 61, (col, widths)
    assert widths["A"] < widths["B"], widths
    assert sheet.cell(row=2, column=2).alignment.wrap_text, "task text not wrapped"
for i, (g, w) in enumerate(zip(got, want)):
    assert [str(x) for x in g] == w, f"row {i + 1}:\n got  {g}\n want {w}"
assert len(got) == len(want), (len(got), len(want))
print(f"{ledger}: {len(got)} rows agree with the JSON")
