"""The C interface from Python through ctypes (gongwen_ctypes.py):
capi_test.py LIBGONGWEN.so SOURCE_DIR"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gongwen_ctypes import Gongwen, GongwenError  # noqa: E402

library, source_dir = sys.argv[1], sys.argv[2]
gw = Gongwen(library)
assert gw.version().count(".") == 2, gw.version()
assert gw.lib.gongwen_c_api_version() == 1

sample = os.path.join(source_dir, "corpus/guxian-2023-gzbg-fengong.txt")
doc = gw.parse_file(sample)
assert len(doc["tasks"]) == 251, len(doc["tasks"])
assert doc["source"]["path"] == sample
first = doc["tasks"][0]
assert first["text"] and first["span"]["line"] > 0, first

# From memory, in GB18030: the same tasks.
with open(sample, encoding="utf-8") as f:
    text = f.read()
doc_gb = gw.parse_bytes(text.encode("gb18030"), name="notice-gb18030.txt")
assert doc_gb["source"]["encoding"] == "GB18030", doc_gb["source"]
assert [t["text"] for t in doc_gb["tasks"]] == [t["text"] for t in doc["tasks"]]

# DOCX with Word's automatic numbering.
docx = gw.parse_file(os.path.join(source_dir, "corpus/docx/sample-numbered.docx"))
assert len(docx["tasks"]) == 251

# Errors carry code, file and position.
try:
    gw.parse_file("/no/such/file.txt")
    raise AssertionError("no error for a missing file")
except GongwenError as e:
    assert e.name == "not-found" and e.file == "/no/such/file.txt", (e.name, e.file)
try:
    gw.parse_bytes("一、总则\n第二行".encode() + b"\xff", name="bad.txt", encoding="UTF-8")
    raise AssertionError("no error for invalid UTF-8")
except GongwenError as e:
    assert e.name == "invalid-encoding" and e.line == 2 and e.offset == 22, (e.name, e.line, e.offset, str(e))
    assert "bad.txt:2:" in str(e), str(e)
lenient = gw.parse_bytes("一、总则\n第二行".encode() + b"\xff", name="bad.txt", encoding="UTF-8", lenient=True)
assert any(d["rule"] == "GW-SOURCE-INVALID-BYTES" for d in lenient["diagnostics"])
print("capi_test.py: all checks passed")
