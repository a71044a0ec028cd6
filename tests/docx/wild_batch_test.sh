#!/usr/bin/env bash
# The wild DOCX corpus under the sanitizers (ASan + UBSan): every file read by one `gongwen batch` process
# on two threads, so that the memory checks meet every file without paying the instrumented start-up of
# one process per file (280 of them took 160 s of the suite's time; wild_test.sh still checks each file's
# exit status, message and time in the release build).
# Usage: wild_batch_test.sh GONGWEN_BINARY WILD_DIR   (exit 77 = skipped when WILD_DIR is absent)
#
# FAILS when
#   - the batch dies (a sanitizer report aborts it) or exits with anything but 0 or 3 (--failed-exit-code 3:
#     some files were refused, which is allowed here);
#   - its standard error holds a sanitizer report ("Sanitizer", "runtime error");
#   - the output does not hold one record per file, each a document or an error record with a code;
#   - WILD_DIR/MANIFEST.tsv marks a file a valid zip with paragraphs > 0 and it came out as an error record.
set -u
GW=$1
WILD=$2
PY=${PYTHON:-/usr/bin/python3}
if [ ! -d "$WILD" ]; then
  echo "wild batch: $WILD is absent, skipped"
  exit 77
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

"$GW" batch -j 2 --failed-exit-code 3 --include '*.docx' --progress never -o "$TMP/out.jsonl" "$WILD" 2>"$TMP/err"
rc=$?
fail=0
if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then
  echo "FAIL: gongwen batch exited $rc"
  fail=1
fi
if grep -qE 'Sanitizer|runtime error' "$TMP/err"; then
  echo "FAIL: a sanitizer report:"
  fail=1
fi
[ "$fail" -eq 0 ] || { tail -n 60 "$TMP/err"; exit 1; }

find "$WILD" -type f -name '*.docx' | sed 's|.*/||' | sort >"$TMP/files"
"$PY" - "$TMP/out.jsonl" "$TMP/files" "$WILD/MANIFEST.tsv" <<'EOF'
import csv, json, os, sys
out, files, manifest = sys.argv[1:4]
want = [l.rstrip("\n") for l in open(files, encoding="utf-8") if l.strip()]
seen, refused, bad = {}, [], []
for n, line in enumerate(open(out, encoding="utf-8"), 1):
    rec = json.loads(line)
    name = os.path.basename(rec["source"]["path"])
    if "error" in rec:
        if not rec["error"].get("code"):
            bad.append(f"line {n}: an error record without a code ({name})")
        refused.append(name)
    elif "document" not in rec:
        bad.append(f"line {n}: neither a document nor an error record ({name})")
    seen[name] = seen.get(name, 0) + 1
missing = [f for f in want if f not in seen]
twice = [f for f, k in seen.items() if k > 1]
must = set()
if os.path.exists(manifest):
    for row in csv.DictReader(open(manifest, encoding="utf-8"), delimiter="\t"):
        if row.get("valid_zip") == "1" and (row.get("paragraphs") or "0").isdigit() and int(row["paragraphs"]) > 0:
            must.add(row["file"])
wrongly = sorted(set(refused) & must)
for msg in bad:
    print("FAIL:", msg)
for f in missing:
    print("FAIL: no record for", f)
for f in twice:
    print("FAIL: more than one record for", f)
for f in wrongly:
    print("FAIL: refused, but MANIFEST.tsv calls it a readable document:", f)
print(f"wild batch: {len(want)} files, {len(seen)} records, {len(refused)} refused, "
      f"{len(bad) + len(missing) + len(twice) + len(wrongly)} problems")
sys.exit(1 if bad or missing or twice or wrongly or len(want) == 0 else 0)
EOF
