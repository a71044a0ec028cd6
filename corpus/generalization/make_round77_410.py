#!/usr/bin/env python3
"""Build 410's text: the portal's own (typed) page furniture around an article body
pasted from the signed PDF, whose font maps shared glyphs to Kangxi Radicals
(U+2F00-U+2FD5) in its ToUnicode table. Every character with a Kangxi radical
twin is written as that radical in the body only."""
import unicodedata, pathlib
here = pathlib.Path(__file__).resolve().parent
w = here / "src410"
rad = {}
for cp in range(0x2F00, 0x2FD6):
    rad[unicodedata.normalize("NFKC", chr(cp))] = chr(cp)
def kangxi(s):
    return "".join(rad.get(c, c) for c in s)
body = (w / "draft_body.txt").read_text(encoding="utf-8")
body = kangxi(body).replace("@@PAGE7@@", "— 7 —")
out = (w / "furniture_head.txt").read_text(encoding="utf-8") + body + (w / "furniture_foot.txt").read_text(encoding="utf-8")
(here / "410_wulun_diqu_xingshu_kangxi_bushou_fengong.txt").write_text(out, encoding="utf-8")
print(len(out), sum(1 for c in out if 0x2F00 <= ord(c) <= 0x2FD5), "radicals")
