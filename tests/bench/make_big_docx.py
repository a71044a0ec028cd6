#!/usr/bin/python3
"""Writes a DOCX whose word/document.xml is at least MB megabytes (default 10):
corpus/docx/sample-typed.docx (written by python-docx) with the body's
paragraphs repeated. Usage: make_big_docx.py OUT.docx [MB]"""
import os
import sys
import zipfile

here = os.path.dirname(os.path.abspath(__file__))
source = os.path.join(here, "..", "..", "corpus", "docx", "sample-typed.docx")
out = sys.argv[1]
target = float(sys.argv[2]) if len(sys.argv) > 2 else 10.0

with zipfile.ZipFile(source) as z:
    parts = {name: z.read(name) for name in z.namelist()}
xml = parts["word/document.xml"].decode("utf-8")
start = xml.index("<w:body>") + len("<w:body>")
end = xml.rindex("<w:sectPr")
body = xml[start:end]
copies = int(target * 1e6 / len(body.encode("utf-8"))) + 1
parts["word/document.xml"] = (xml[:start] + body * copies + xml[end:]).encode("utf-8")
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in parts.items():
        z.writestr(name, data)
print(f"{out}: {copies} copies, word/document.xml {len(parts['word/document.xml']) / 1e6:.1f} MB")
