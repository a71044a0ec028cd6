#!/usr/bin/env bash
# gongwen batch: order, threads, error records, filters, lists, standard input,
# shards, the streaming contract through a local map driver, interruption.
source "$(dirname "$0")/common.sh"
set -e
fail() { echo "FAIL: $*" >&2; exit 1; }
in=$TMP/in
mkdir -p "$in/sub" "$in/skip"
cp "$SAMPLE" "$in/a.txt"
cp "$SRC/corpus/docx/table.docx" "$in/sub/b.docx"
cp "$SRC"/corpus/generalization/0*.txt "$in/sub/"
printf '附件\n第二行\xff\n' >"$in/sub/bad.txt"
echo "not a notice" >"$in/notes.log"
cp "$SAMPLE" "$in/skip/c.txt"
lines() { "$PY" -c 'import json, sys; [json.loads(l) for l in open(sys.argv[1])]; print(sum(1 for _ in open(sys.argv[1])))' "$1"; }

# In input order whatever the threads; a bad file is an error record; exit 1.
set +e
"$GW" batch -j 1 "$in" "$TMP/missing.txt" -o "$TMP/j1.jsonl" 2>"$TMP/err1"; rc1=$?
"$GW" batch -j 3 "$in" "$TMP/missing.txt" -o "$TMP/j3.jsonl" 2>"$TMP/err3"; rc3=$?
set -e
[ $rc1 = 1 ] && [ $rc3 = 1 ] || fail "exit $rc1/$rc3 with failed files, expected 1"
cmp -s "$TMP/j1.jsonl" "$TMP/j3.jsonl" || fail "-j 3 output differs from -j 1"
[ "$(lines "$TMP/j1.jsonl")" = 14 ] || fail "expected 14 lines (12 notices, 1 bad, 1 missing)"
grep -q "14 files, 12 ok, 2 failed" "$TMP/err1" || fail "summary: $(cat "$TMP/err1")"
"$PY" - "$TMP/j1.jsonl" "$in" <<'PY'
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1])]
paths = [d["source"]["path"] for d in docs]
assert paths == sorted(paths[:-1]) + [paths[-1]], paths          # directory walked in order, then the file
assert not any(p.endswith(".log") for p in paths), "--include default takes notices only"
bad = next(d for d in docs if d["source"]["path"].endswith("bad.txt"))
assert bad["error"]["code"] == "invalid-encoding", bad
assert bad["error"]["position"]["line"] == 2 and bad["error"]["position"]["offset"] > 0, bad["error"]
missing = docs[-1]
assert missing["error"]["code"] == "not-found" and missing["error"]["position"] is None, missing
sample = next(d for d in docs if d["source"]["path"].endswith("/a.txt"))
assert len(sample["tasks"]) == 251
PY
# The text of a document line is exactly what extract writes.
"$GW" extract "$in/a.txt" >"$TMP/a.json"
grep -qxF -f "$TMP/a.json" "$TMP/j1.jsonl" || fail "a batch line differs from gongwen extract"

# Two threads over files of 1 MB and more beside small ones (the workers' heap is prepared for huge
# pages before they start, tools/gongwen/memory.cpp, with mimalloc; extract prepares one for a file
# of 1 MB or more): the lines are extract's.
mkdir -p "$TMP/large"
for _ in $(seq 26); do cat "$SAMPLE"; done >"$TMP/large/1.txt"
cp "$SAMPLE" "$TMP/large/2.txt"
cp "$TMP/large/1.txt" "$TMP/large/3.txt"
cp "$SRC/corpus/docx/table.docx" "$TMP/large/4.docx"
"$GW" batch -j 2 "$TMP/large" -o "$TMP/large.jsonl" 2>"$TMP/large.err" || fail "large files: $(cat "$TMP/large.err")"
for f in 1.txt 2.txt 3.txt 4.docx; do "$GW" extract "$TMP/large/$f"; done >"$TMP/large-extract.jsonl"
cmp -s "$TMP/large.jsonl" "$TMP/large-extract.jsonl" || fail "a batch of large files differs from gongwen extract"

# --unordered: the same lines, in any order.
"$GW" batch -j 3 --unordered "$in" -o "$TMP/un.jsonl" 2>/dev/null || true
cmp -s <(sort "$TMP/un.jsonl") <(grep -v missing.txt "$TMP/j1.jsonl" | sort) || fail "--unordered lost or changed lines"

# Filters, @LIST, standard input.
"$GW" batch --include '*.docx' "$in" -o "$TMP/docx.jsonl" 2>/dev/null
[ "$(lines "$TMP/docx.jsonl")" = 1 ] || fail "--include '*.docx'"
"$GW" batch --exclude 'skip/*' --exclude 'bad.txt' "$in" -o "$TMP/ex.jsonl" 2>/dev/null
[ "$(lines "$TMP/ex.jsonl")" = 11 ] || fail "--exclude: $(lines "$TMP/ex.jsonl") lines"
# Extensions match whatever their case; what a directory walk leaves out is counted in the summary.
mkdir -p "$TMP/uc/Sub"
cp "$SAMPLE" "$TMP/uc/NOTICE.TXT"
cp "$SRC/corpus/docx/table.docx" "$TMP/uc/Sub/REPORT.Docx"
echo "not a notice" >"$TMP/uc/README.LOG"
mkfifo "$TMP/uc/pipe.txt"
"$GW" batch "$TMP/uc" -o "$TMP/uc.jsonl" 2>"$TMP/uc.err" || fail "upper-case extensions: $(cat "$TMP/uc.err")"
[ "$(lines "$TMP/uc.jsonl")" = 2 ] || fail "NOTICE.TXT and REPORT.Docx not both taken"
grep -q "2 files, 2 ok, 0 failed, 0 current already, 2 left out of directories" "$TMP/uc.err" ||
  fail "left out not counted: $(cat "$TMP/uc.err")"
# Case-sensitive globs would take nothing here (no *.txt, no *.docx) or both (no *.DOCX): only NOTICE.TXT.
"$GW" batch --include '*.txt' --include '*.docx' --exclude '*.DOCX' "$TMP/uc" -o "$TMP/uc2.jsonl" 2>"$TMP/uc2.err"
[ "$(lines "$TMP/uc2.jsonl")" = 1 ] && grep -q ", 3 left out of directories" "$TMP/uc2.err" ||
  fail "--include/--exclude ignoring case: $(cat "$TMP/uc2.err")"
find "$in" -name '*.txt' | sort >"$TMP/list.txt"
"$GW" batch "@$TMP/list.txt" -o "$TMP/list.jsonl" 2>/dev/null || true
"$GW" batch --stdin-paths <"$TMP/list.txt" >"$TMP/stdin.jsonl" 2>/dev/null || true
cmp -s "$TMP/list.jsonl" "$TMP/stdin.jsonl" || fail "@LIST and --stdin-paths differ"
[ "$(lines "$TMP/stdin.jsonl")" = "$(wc -l <"$TMP/list.txt")" ] || fail "a line out for each line in"

# Shards: disjoint, and together everything.
for k in 1 2 3; do "$GW" batch --shard $k/3 "@$TMP/list.txt" -o "$TMP/shard$k.jsonl" 2>/dev/null || true; done
cmp -s <(cat "$TMP"/shard?.jsonl | sort) <(sort "$TMP/list.jsonl") || fail "shards are not a partition"
if "$GW" batch --shard 4/3 "$in" 2>/dev/null; then fail "--shard 4/3 accepted"; fi
# The files a walk leaves out are counted in one shard each: the shards' summaries add up to the whole.
mkdir -p "$TMP/lo"
for i in $(seq 1 30); do echo x >"$TMP/lo/n$i.log"; done
cp "$SAMPLE" "$TMP/lo/a.txt"
left_out() { "$GW" batch "$@" "$TMP/lo" -o /dev/null 2>&1 | sed -n 's/.* \([0-9]*\) left out .*/\1/p'; }
sum=0; for k in 1 2 3; do sum=$((sum + $(left_out --shard $k/3))); done
[ "$(left_out)" = 30 ] && [ $sum = 30 ] || fail "left out: $(left_out) in all, $sum over the three shards"

# The streaming contract (Hadoop Streaming, Spark RDD.pipe): a driver splits the paths, runs one
# mapper per split with no shared state, and concatenates: the same lines as one run.
bash "$SRC/tests/cli/stream_driver.sh" "$GW" "$TMP/list.txt" 3 >"$TMP/driver.jsonl"
cmp -s "$TMP/driver.jsonl" "$TMP/list.jsonl" || fail "the streaming driver's output differs"
# The same with the documents themselves on standard input (no file system shared with the mappers): each line
# {"path", "base64"} gives the very line the file gives.
"$PY" - "$TMP/list.txt" >"$TMP/documents.txt" <<'PY'
import base64, json, sys
for path in open(sys.argv[1]).read().splitlines():
    print(json.dumps({"path": path, "base64": base64.b64encode(open(path, "rb").read()).decode()}))
PY
bash "$SRC/tests/cli/stream_driver.sh" "$GW" "$TMP/documents.txt" 3 --stdin-documents >"$TMP/driver-docs.jsonl"
cmp -s "$TMP/driver-docs.jsonl" "$TMP/list.jsonl" || fail "the streaming driver's output differs with --stdin-documents"
# --shard takes a document line by its document's path (read by the worker, not the queue): the shards partition
# the documents as they partition the paths.
for k in 1 2 3; do "$GW" batch --stdin-documents --shard $k/3 -j 2 <"$TMP/documents.txt" 2>/dev/null || true; done >"$TMP/docshards.jsonl"
cmp -s <(sort "$TMP/docshards.jsonl") <(cat "$TMP"/shard?.jsonl | sort) || fail "--stdin-documents --shard: not the shards of the paths"
# Exit codes: 1 when a document failed (its error record written), unless --failed-exit-code says otherwise (0 in
# the streaming recipes: a non-zero exit fails the whole Hadoop or Spark task); 2 for a usage error whatever it says.
codes=""
for opt in "" "--failed-exit-code 0" "--failed-exit-code 3"; do
  set +e
  # shellcheck disable=SC2086
  printf '%s\n' "$in/a.txt" "$in/sub/bad.txt" | "$GW" batch --stdin-paths $opt >"$TMP/codes.jsonl" 2>/dev/null
  codes="$codes $?"
  set -e
  [ "$(lines "$TMP/codes.jsonl")" = 2 ] && grep -q invalid-encoding "$TMP/codes.jsonl" || fail "no error record with '$opt'"
done
set +e
printf '%s\n' "$in/a.txt" | "$GW" batch --stdin-paths --failed-exit-code 0 >/dev/null 2>&1; codes="$codes $?"
"$GW" batch --failed-exit-code 0 --shard 4/3 "$in" >/dev/null 2>&1; codes="$codes $?"
"$GW" batch --failed-exit-code 256 "$in" >/dev/null 2>&1; codes="$codes $?"
set -e
[ "$codes" = " 1 0 3 0 2 2" ] || fail "exit codes (failed; 0; 3; all ok; usage; out of range):$codes"

# --out-dir mirrors the inputs' paths (a failure as NAME.error.json): DIR/PATH.json, PATH as in source.path less
# its root; --resume redoes only what changed.
set +e
"$GW" batch "$in" "$TMP/missing.txt" --out-dir "$TMP/tree" 2>/dev/null
"$GW" batch "$in" "$TMP/missing.txt" --out-dir "$TMP/tree" --resume 2>"$TMP/resume1"
echo >>"$in/sub/01_liuchuan_shi_gzbg.txt"   # one input changes
"$GW" batch "$in" --out-dir "$TMP/tree" --resume 2>"$TMP/resume2"
set -e
[ -f "$TMP/tree$in/a.txt.json" ] && [ -f "$TMP/tree$in/sub/b.docx.json" ] && [ -f "$TMP/tree$in/sub/bad.txt.error.json" ] ||
  fail "--out-dir did not mirror the tree: $(cd "$TMP/tree" && find . -type f | sort | tr '\n' ' ')"
find "$TMP/tree" -name '*.json' -path '*missing.txt*' | grep -q error.json || fail "missing input has no error file"
if find "$TMP/tree" -name '.gongwen-tmp-*' | grep -q .; then fail "temporary files left behind"; fi
cmp -s "$TMP/tree$in/a.txt.json" "$TMP/a.json" || fail "an --out-dir file differs from gongwen extract"
grep -q "0 ok, 2 failed, 12 current already" "$TMP/resume1" || fail "resume: $(cat "$TMP/resume1")"
grep -q "1 ok, 1 failed, 11 current already" "$TMP/resume2" || fail "resume after a change: $(cat "$TMP/resume2")"
# --out-dir: a result that cannot be written stops the batch at once (exit 2 and the reason, whatever
# --failed-exit-code says), keeps the earlier result as it was and leaves no temporary file. A file-size limit
# (SIGXFSZ ignored: the write fails with EFBIG) stands in for a full disk.
cp "$TMP/tree$in/a.txt.json" "$TMP/a-before.json"
echo >>"$in/a.txt"  # changed: --resume writes it again
set +e
(trap '' XFSZ; ulimit -f 64; exec "$GW" batch -j 1 "$in" --out-dir "$TMP/tree" --resume --failed-exit-code 0 \
  2>"$TMP/fsize.err"); rc=$?
set -e
cp "$SAMPLE" "$in/a.txt"
[ $rc = 2 ] && grep -qF "tree$in/a.txt.json: cannot write: File too large; stopped" "$TMP/fsize.err" &&
  grep -q "^gongwen batch: 1 files, .*stopped: the output cannot be written" "$TMP/fsize.err" ||
  fail "--out-dir, a write that fails: exit $rc, $(cat "$TMP/fsize.err")"
cmp -s "$TMP/tree$in/a.txt.json" "$TMP/a-before.json" || fail "--out-dir, a write that fails: the earlier result changed"
if find "$TMP/tree" -name '.gongwen-tmp-*' | grep -q .; then fail "--out-dir, a write that fails: a temporary file left"; fi
# --out-dir: a result's name is its input's path, however the input was given: two folders holding the same
# names are no clash, and a --resume from a list of the files a folder's run converted finds them all current.
mkdir -p "$TMP/r1" "$TMP/r2"
cp "$SAMPLE" "$TMP/r1/x.txt"
cp "$in/sub/01_liuchuan_shi_gzbg.txt" "$TMP/r2/x.txt"
(cd "$TMP" && "$GW" batch r1 r2 --out-dir clash 2>/dev/null) || fail "two folders of the same names refused"
[ "$(cd "$TMP/clash" && find . -type f | sort | tr '\n' ' ')" = "./r1/x.txt.json ./r2/x.txt.json " ] ||
  fail "two folders of the same names: $(cd "$TMP/clash" && find . -type f | sort | tr '\n' ' ')"
(cd "$TMP" && find r1 r2 -name '*.txt' | "$GW" batch --stdin-paths --out-dir clash --resume 2>"$TMP/clash-list.err") &&
  grep -q "0 ok, 0 failed, 2 current already" "$TMP/clash-list.err" && [ "$(find "$TMP/clash" -type f | wc -l)" = 2 ] ||
  fail "--resume from a list after a folder's run: $(cat "$TMP/clash-list.err")"
# The same path twice (a walk of r1 and r1/x.txt itself) is no clash: both results are the same file, alike.
(cd "$TMP" && "$GW" batch r1 r1/x.txt --out-dir clash 2>/dev/null) || fail "one path twice is no clash"
[ "$(find "$TMP/clash" -type f | wc -l)" = 2 ] || fail "one path twice: $(find "$TMP/clash" -type f)"
# One file by two paths (r1 and ./r1) is refused before anything is converted, naming both: each result would name
# its own path, and --resume redo one every time.
set +e
(cd "$TMP" && "$GW" batch r1 ./r1 --out-dir clash-same 2>"$TMP/clash-same.err"); rc=$?
set -e
[ $rc = 2 ] && grep -qF "r1/x.txt and ./r1/x.txt would both be written to clash-same/r1/x.txt.json" \
  "$TMP/clash-same.err" || fail "one file by two paths: exit $rc, $(cat "$TMP/clash-same.err")"
if [ -e "$TMP/clash-same" ] && find "$TMP/clash-same" -type f | grep -q .; then fail "converted despite a name clash"; fi
# From standard input, the later one is not converted (and not written over the first).
set +e
(cd "$TMP" && echo ./r1/x.txt | "$GW" batch r1 - --out-dir clash 2>"$TMP/clash2.err"); rc=$?
set -e
[ $rc = 1 ] && grep -qF "./r1/x.txt would be written to clash/r1/x.txt.json, the result of r1/x.txt" "$TMP/clash2.err" ||
  fail "--out-dir clash from standard input: exit $rc, $(cat "$TMP/clash2.err")"
cmp -s "$TMP/clash/r1/x.txt.json" <(cd "$TMP" && "$GW" extract r1/x.txt) || fail "a clash from standard input overwrote a result"
# --out-dir --resume: a stored result of the same bytes under another path of the same name is not current: it
# names the other input. A batch over ./r3, then over r3, converts x.txt again, and the result names r3's file.
mkdir -p "$TMP/r3"
cp "$TMP/r1/x.txt" "$TMP/r3/x.txt"
(cd "$TMP" && "$GW" batch ./r3 --out-dir clash 2>/dev/null) || fail "--out-dir, ./r3"
(cd "$TMP" && "$GW" batch r3 --out-dir clash --resume 2>"$TMP/r3.err") || fail "--out-dir --resume, another path: $(cat "$TMP/r3.err")"
grep -q "1 ok, 0 failed, 0 current already" "$TMP/r3.err" || fail "--out-dir --resume took another path's result: $(cat "$TMP/r3.err")"
grep -qF '"path":"r3/x.txt"' "$TMP/clash/r3/x.txt.json" || fail "--out-dir --resume, another path: the result names $(head -c 300 "$TMP/clash/r3/x.txt.json")"
(cd "$TMP" && "$GW" batch r3 --out-dir clash --resume 2>"$TMP/r3.err") || fail "--out-dir --resume, r3 again: $(cat "$TMP/r3.err")"
grep -q "0 ok, 0 failed, 1 current already" "$TMP/r3.err" || fail "--out-dir --resume, r3 again: $(cat "$TMP/r3.err")"
# A path from standard input refused for a clash claims no name: r/y.error is refused (its error record would be
# the result of r/y.error.error), and r/y, whose error record would be r/y.error's result, is then converted.
mkdir -p "$TMP/claim/r"
cp "$SAMPLE" "$TMP/claim/r/y.error.error"
cp "$SAMPLE" "$TMP/claim/r/y.error"
cp "$SAMPLE" "$TMP/claim/r/y"
set +e
(cd "$TMP/claim" && printf '%s\n' r/y.error r/y | "$GW" batch --include '*.error.error' r - --out-dir out \
  2>"$TMP/claim.err"); rc=$?
set -e
[ $rc = 1 ] && grep -q "3 files, 2 ok, 1 failed" "$TMP/claim.err" && [ -f "$TMP/claim/out/r/y.json" ] &&
  grep -q "r/y.error would be written" "$TMP/claim.err" || fail "a refused path kept its name: exit $rc, $(cat "$TMP/claim.err")"
# -o OUT --resume: a line cut by an interruption and the error records are dropped and redone, nothing doubled.
"$GW" batch "$in" -o "$TMP/full.jsonl" 2>/dev/null || true
head -c -50 "$TMP/full.jsonl" >"$TMP/cut.jsonl"
"$GW" batch "$in" -o "$TMP/cut.jsonl" --resume 2>/dev/null || true
cmp -s <(sort "$TMP/cut.jsonl") <(sort "$TMP/full.jsonl") || fail "-o --resume did not complete the output exactly"
if "$GW" batch "$in" --resume 2>/dev/null; then fail "--resume accepted without -o or --out-dir"; fi
# Resuming a finished run changes nothing, even with an input given twice (two lines, both kept, none redone),
# from the arguments or from standard input.
"$GW" batch "$in/sub" "$in/a.txt" "$in/sub" -o "$TMP/twice.jsonl" 2>/dev/null || true
cp "$TMP/twice.jsonl" "$TMP/twice-before.jsonl"
"$GW" batch "$in/sub" "$in/a.txt" "$in/sub" -o "$TMP/twice.jsonl" --resume 2>"$TMP/twice.err" || true
grep -q "0 ok, 2 failed, 21 current already" "$TMP/twice.err" || fail "resume, input twice: $(cat "$TMP/twice.err")"
cmp -s <(grep -v '"error"' "$TMP/twice-before.jsonl") <(grep -v '"error"' "$TMP/twice.jsonl") ||
  fail "resuming a finished run with an input given twice changed its lines"
printf '%s\n' "$in/a.txt" "$in/a.txt" | "$GW" batch --stdin-paths -o "$TMP/twice2.jsonl" 2>/dev/null
cp "$TMP/twice2.jsonl" "$TMP/twice2-before.jsonl"
printf '%s\n' "$in/a.txt" "$in/a.txt" | "$GW" batch --stdin-paths -o "$TMP/twice2.jsonl" --resume 2>"$TMP/twice2.err"
grep -q "0 ok, 0 failed, 2 current already" "$TMP/twice2.err" && cmp -s "$TMP/twice2.jsonl" "$TMP/twice2-before.jsonl" ||
  fail "resume, a path twice on standard input: $(cat "$TMP/twice2.err")"
# --resume reads OUT a line at a time: the input-size limit is for inputs, not for our own output, and memory
# stays near the longest line (here a 110 MB OUT, resumed under a 1 MB limit).
mkdir -p "$TMP/many"
for i in $(seq -w 1 200); do ln "$in/a.txt" "$TMP/many/n$i.txt"; done
"$GW" batch -j 2 "$TMP/many" -o "$TMP/many.jsonl" 2>/dev/null
"$PY" - "$GW" "$TMP/many" "$TMP/many.jsonl" "$TMP/many-resume" <<'PY' || fail "-o --resume of a large OUT"
import hashlib, os, resource, subprocess, sys
gw, many, out, err = sys.argv[1:]
size = os.path.getsize(out)
assert size > 100e6, size
digest = lambda: hashlib.file_digest(open(out, "rb"), "sha256").hexdigest()
before = digest()
r = subprocess.run([gw, "batch", many, "-o", out, "--resume", "--max-input-mb", "1"],
                   stderr=open(err, "w"))
assert r.returncode == 0, (r.returncode, open(err).read())
assert "0 ok, 0 failed, 200 current already" in open(err).read(), open(err).read()
assert digest() == before, "OUT changed"
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
if os.environ.get("GONGWEN_SANITIZED") != "1":  # a sanitizer's shadow memory and quarantine are not ours
    assert peak < size / 3, f"peak memory {peak} for an OUT of {size} bytes"
PY
# -o --resume with a line nested a million deep (not ours: dropped, without running out of stack), and interrupted
# while it reads OUT: OUT is left as it was, with no temporary file beside it.
{ head -c 1000000 /dev/zero | tr '\0' '['; echo; cat "$TMP/many.jsonl"; } >"$TMP/deep.jsonl"
"$GW" batch -j 2 "$TMP/many" -o "$TMP/deep.jsonl" --resume 2>"$TMP/deep.err" || fail "a deep line: $(cat "$TMP/deep.err")"
grep -q "0 ok, 0 failed, 200 current already" "$TMP/deep.err" && cmp -s "$TMP/deep.jsonl" "$TMP/many.jsonl" ||
  fail "a deep line not dropped: $(cat "$TMP/deep.err")"
{ echo '{"not":"ours"}'; cat "$TMP/many.jsonl"; } >"$TMP/scan.jsonl"
cp "$TMP/scan.jsonl" "$TMP/scan-before.jsonl"
"$GW" batch -j 2 "$TMP/many" -o "$TMP/scan.jsonl" --resume 2>"$TMP/scan.err" &
pid=$!
sleep 0.1
kill -INT $pid 2>/dev/null || true
set +e
wait $pid
rc=$?
set -e
if find "$TMP" -maxdepth 1 -name '.gongwen-tmp-*' | grep -q .; then fail "an interrupted --resume left its temporary file"; fi
if [ $rc = 130 ]; then
  cmp -s "$TMP/scan.jsonl" "$TMP/scan-before.jsonl" || fail "an interrupted --resume changed OUT"
else
  [ $rc = 0 ] && cmp -s "$TMP/scan.jsonl" "$TMP/many.jsonl" || fail "--resume, a line not ours: exit $rc, $(cat "$TMP/scan.err")"
fi
rm -f "$TMP/deep.jsonl" "$TMP/scan.jsonl" "$TMP/scan-before.jsonl"
# --out-dir --resume reads only the start and the end of each stored result, with no size limit either (here a
# 1.6 MB result of a 124 KB input, under a 1 MB limit). A result cut off after its hash is not current.
mkdir -p "$TMP/big"
cat "$SAMPLE" "$SAMPLE" "$SAMPLE" >"$TMP/big/big.txt"
"$GW" batch "$TMP/big" --out-dir "$TMP/big-tree" 2>/dev/null
[ "$(stat -c %s "$TMP/big-tree$TMP/big/big.txt.json")" -gt 1100000 ] || fail "the stored result is not over the limit"
"$GW" batch "$TMP/big" --out-dir "$TMP/big-tree" --resume --max-input-mb 1 2>"$TMP/big-tree.err" ||
  fail "--out-dir --resume under a small limit: $(cat "$TMP/big-tree.err")"
grep -q "0 ok, 0 failed, 1 current already" "$TMP/big-tree.err" || fail "--out-dir --resume: $(cat "$TMP/big-tree.err")"
cp "$TMP/big-tree$TMP/big/big.txt.json" "$TMP/big-whole.json"
truncate -s 100000 "$TMP/big-tree$TMP/big/big.txt.json"
"$GW" batch "$TMP/big" --out-dir "$TMP/big-tree" --resume 2>"$TMP/big-tree.err"
grep -q "1 ok, 0 failed, 0 current already" "$TMP/big-tree.err" && cmp -s "$TMP/big-tree$TMP/big/big.txt.json" "$TMP/big-whole.json" ||
  fail "--out-dir --resume took a result cut off for a current one: $(cat "$TMP/big-tree.err")"

# File names that are not UTF-8 (GBK bytes from an old archive): the JSON stays UTF-8, each bad byte as U+FFFD,
# in documents and error records alike; --out-dir keeps the exact names; -o --resume converts them again (see below).
mkdir -p "$TMP/gbk"
cp "$SAMPLE" "$TMP/gbk/$(printf '\xd6\xd0').txt"
printf '\xff\xfe\xfd' >"$TMP/gbk/$(printf 'bad\xce').txt"
set +e
"$GW" batch "$TMP/gbk" "$TMP/gbk/$(printf 'gone\xd6').txt" -o "$TMP/gbk.jsonl" 2>"$TMP/gbk.err"
"$GW" batch "$TMP/gbk" "$TMP/gbk/$(printf 'gone\xd6').txt" -o "$TMP/gbk.jsonl" --resume 2>"$TMP/gbk-resume.err"
"$GW" batch "$TMP/gbk" --out-dir "$TMP/gbk-tree" 2>/dev/null
set -e
"$PY" - "$TMP/gbk.jsonl" "$TMP/gbk.err" <<'PY' || fail "paths not valid UTF-8"
import json, sys
docs = [json.loads(l.decode("utf-8")) for l in open(sys.argv[1], "rb")]
paths = sorted(d["source"]["path"].rsplit("/", 1)[1] for d in docs)
assert paths == ["bad\ufffd.txt", "gone\ufffd.txt", "\ufffd\ufffd.txt"], paths
assert sum("error" in d for d in docs) == 2, docs
open(sys.argv[2], "rb").read().decode("utf-8")
PY
# The emitter makes such a path valid UTF-8 itself: gongwen extract writes the same.
"$GW" extract "$TMP/gbk/$(printf '\xd6\xd0').txt" | "$PY" -c '
import json, sys
assert json.loads(sys.stdin.buffer.read().decode("utf-8"))["source"]["path"].endswith("/\ufffd\ufffd.txt")' ||
  fail "gongwen extract of a path not UTF-8"
grep -q "1 ok, 2 failed, 0 current already" "$TMP/gbk-resume.err" || fail "--resume, names not UTF-8: $(cat "$TMP/gbk-resume.err")"
[ -f "$TMP/gbk-tree$TMP/gbk/$(printf '\xd6\xd0').txt.json" ] || fail "--out-dir did not keep the exact name"
"$GW" batch "$TMP/gbk" --out-dir "$TMP/gbk-tree" --resume 2>"$TMP/gbk-tree.err" || true
grep -q "0 ok, 1 failed, 1 current already" "$TMP/gbk-tree.err" || fail "--out-dir --resume, a name not UTF-8: $(cat "$TMP/gbk-tree.err")"
# Written so, two names can give the same path: GBK 中.txt and 国.txt (\xd6\xd0, \xb9\xfa) are both "\ufffd\ufffd.txt".
# -o --resume matches a line to an input by exact path only, so neither may take the other's line: one changes
# between runs, and on 1 or 2 threads the output holds each file's current result once.
mkdir -p "$TMP/gbk2"
cp "$SAMPLE" "$TMP/gbk2/$(printf '\xd6\xd0').txt"
cp "$in/sub/01_liuchuan_shi_gzbg.txt" "$TMP/gbk2/$(printf '\xb9\xfa').txt"
"$GW" batch "$TMP/gbk2" -o "$TMP/gbk2.jsonl" 2>/dev/null
cp "$in/sub/02"*.txt "$TMP/gbk2/$(printf '\xb9\xfa').txt"
for j in 1 2; do
  cp "$TMP/gbk2.jsonl" "$TMP/gbk2-$j.jsonl"
  "$GW" batch -j $j "$TMP/gbk2" -o "$TMP/gbk2-$j.jsonl" --resume 2>"$TMP/gbk2-$j.err" ||
    fail "-j $j --resume, colliding names: $(cat "$TMP/gbk2-$j.err")"
  grep -q "2 files, 2 ok, 0 failed, 0 current already" "$TMP/gbk2-$j.err" ||
    fail "-j $j --resume, colliding names not all redone: $(cat "$TMP/gbk2-$j.err")"
  "$PY" - "$TMP/gbk2-$j.jsonl" "$TMP/gbk2" <<'PY' || fail "-j $j --resume, colliding names: wrong results"
import hashlib, json, os, sys
docs = [json.loads(l.decode("utf-8")) for l in open(sys.argv[1], "rb")]
folder = os.fsencode(sys.argv[2])
want = sorted(hashlib.sha256(open(os.path.join(folder, n), "rb").read()).hexdigest() for n in os.listdir(folder))
assert sorted(d["source"]["sha256"] for d in docs) == want, "a result missing, stale or twice"
PY
done

# What cannot be read is a failure with the system's reason, never silently skipped: a directory of the walk (an
# error record naming it), a file named directly ("permission denied", not not-found). As root, run as nobody.
as_user=()
if [ "$(id -u)" = 0 ]; then
  # nobody must be able to run the binary itself (a build under /root may not be reachable).
  if command -v setpriv >/dev/null && setpriv --reuid=nobody --regid=nogroup --clear-groups "$GW" --version >/dev/null 2>&1; then
    as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
  else
    as_user=(skip)
  fi
fi
if [ "${as_user[0]:-}" = skip ]; then
  echo "batch_test: permission tests skipped (root, and nobody cannot run $GW)"
else
  mkdir -p "$TMP/perm/locked" "$TMP/perm/open"
  cp "$SAMPLE" "$TMP/perm/open/a.txt"
  cp "$SAMPLE" "$TMP/perm/locked/b.txt"
  cp "$SAMPLE" "$TMP/perm/noread.txt"
  chmod 000 "$TMP/perm/locked" "$TMP/perm/noread.txt"
  chmod 755 "$TMP"
  set +e
  "${as_user[@]}" "$GW" batch "$TMP/perm" "$TMP/perm/locked/b.txt" >"$TMP/perm.jsonl" 2>"$TMP/perm.err"; rc=$?
  set -e
  chmod 700 "$TMP/perm/locked"
  [ $rc = 1 ] && grep -q "4 files, 1 ok, 3 failed" "$TMP/perm.err" || fail "unreadable inputs: exit $rc, $(cat "$TMP/perm.err")"
  "$PY" - "$TMP/perm.jsonl" "$TMP/perm" <<'PY' || fail "unreadable inputs: $(cat "$TMP/perm.jsonl" | cut -c1-300)"
import json, sys
errors = {d["source"]["path"][len(sys.argv[2]) + 1:]: d["error"] for d in map(json.loads, open(sys.argv[1])) if "error" in d}
assert errors["locked"]["code"] == "io-error" and "cannot read the directory: Permission denied" in errors["locked"]["message"], errors
assert errors["noread.txt"]["code"] == "io-error" and "Permission denied" in errors["noread.txt"]["message"], errors
assert errors["locked/b.txt"]["code"] == "io-error" and "Permission denied" in errors["locked/b.txt"]["message"], errors
PY
  # --out-dir into a folder that may not be written: stopped (exit 2 whatever --failed-exit-code says), the earlier
  # result kept.
  "$GW" batch "$TMP/perm/open" --out-dir "$TMP/perm/ro-tree" 2>/dev/null
  cp "$TMP/perm/ro-tree$TMP/perm/open/a.txt.json" "$TMP/ro-before.json"
  chmod 555 "$TMP/perm/ro-tree$TMP/perm/open"
  set +e
  "${as_user[@]}" "$GW" batch "$TMP/perm/open" --out-dir "$TMP/perm/ro-tree" --failed-exit-code 0 2>"$TMP/ro.err"; rc=$?
  set -e
  chmod 755 "$TMP/perm/ro-tree$TMP/perm/open"
  [ $rc = 2 ] && grep -qF "ro-tree$TMP/perm/open/a.txt.json: cannot write: Permission denied; stopped" "$TMP/ro.err" &&
    cmp -s "$TMP/perm/ro-tree$TMP/perm/open/a.txt.json" "$TMP/ro-before.json" || fail "--out-dir not writable: exit $rc, $(cat "$TMP/ro.err")"
  # A system that gives fewer threads than -j asks for (a limit on the user's processes, which root does not
  # have; the user's other processes count too, so fewer than limit - 1 may start): the batch says so and
  # converts everything on those it has, down to the main thread alone.
  for limit in 1 2; do
    set +e
    # Under AddressSanitizer its leak check stops the process with a thread of its own at exit, which the
    # limit refuses too (exit 1): not checked here.
    ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
      "${as_user[@]}" bash -c "ulimit -u $limit && exec \"\$0\" \"\$@\"" "$GW" batch -j 4 "$TMP/perm/open/a.txt" "$in/sub/b.docx" \
      >"$TMP/threads.jsonl" 2>"$TMP/threads.err"; rc=$?
    set -e
    [ $rc = 0 ] && [ "$(grep -c '"tasks"' "$TMP/threads.jsonl")" = 2 ] &&
      grep -Eq "warning: [0-$((limit - 1))] of 4 worker thread\(s\) started" "$TMP/threads.err" ||
      fail "fewer threads than -j (ulimit -u $limit): exit $rc, $(cat "$TMP/threads.err")"
  done
fi

# A link found in a directory is filtered and named by its own path (its content is the target's).
mkdir -p "$TMP/sl/sub" "$TMP/elsewhere"
cp "$SAMPLE" "$TMP/sl/sub/real.txt"
cp "$SAMPLE" "$TMP/elsewhere/target.log"
ln -s sub/real.txt "$TMP/sl/alias.txt"              # inside the tree: named alias.txt, not sub/real.txt
ln -s ../elsewhere/target.log "$TMP/sl/fromlog.txt" # a .txt name for a .log target: taken
ln -s sub/real.txt "$TMP/sl/tolog.log"              # a .log name for a .txt target: left out
"$GW" batch --exclude 'sub/*' "$TMP/sl" -o "$TMP/sl.jsonl" 2>/dev/null
"$GW" batch "$TMP/sl" --out-dir "$TMP/sl-tree" 2>/dev/null
"$PY" - "$TMP/sl.jsonl" "$TMP/sl" <<'PY' || fail "links named by their target: $(cd "$TMP/sl-tree" && find . -type f | sort | tr '\n' ' ')"
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1])]
assert [d["source"]["path"] for d in docs] == [sys.argv[2] + "/alias.txt", sys.argv[2] + "/fromlog.txt"], docs
assert all("error" not in d and len(d["tasks"]) == 251 for d in docs)
PY
[ "$(cd "$TMP/sl-tree$TMP/sl" && find . -type f | sort | tr '\n' ' ')" = "./alias.txt.json ./fromlog.txt.json ./sub/real.txt.json " ] ||
  fail "--out-dir names links by their targets: $(cd "$TMP/sl-tree" && find . -type f | sort | tr '\n' ' ')"

# Progress on request; none when standard error is not a terminal.
"$GW" batch --progress always "$in/a.txt" -o /dev/null 2>"$TMP/progress"
grep -q $'\r1/1 files' "$TMP/progress" || fail "no progress line: $(cat -v "$TMP/progress")"
"$GW" batch "$in/a.txt" -o /dev/null 2>"$TMP/quiet"
if grep -q $'\r' "$TMP/quiet"; then fail "progress written to a file"; fi
# On a terminal (script(1) gives the batch one), unless the documents are written to it too.
if command -v script >/dev/null; then
  script -qec "$(printf '%q ' "$GW" batch "$in/a.txt" -o /dev/null)" /dev/null >"$TMP/tty1" </dev/null
  grep -q "1/1 files" "$TMP/tty1" || fail "no progress line on a terminal: $(cat -v "$TMP/tty1")"
  script -qec "$(printf '%q ' "$GW" batch "$in/a.txt")" /dev/null >"$TMP/tty2" </dev/null
  grep -q '"tasks"' "$TMP/tty2" && ! grep -q "1/1 files" "$TMP/tty2" ||
    fail "a progress line among the documents on a terminal: $(cut -c1-200 "$TMP/tty2" | cat -v)"
fi

# Interrupted: only whole lines are left behind.
for i in $(seq 1 300); do echo "$in/a.txt"; done >"$TMP/many.txt"
"$GW" batch -j 1 "@$TMP/many.txt" -o "$TMP/int.jsonl" 2>/dev/null &
pid=$!
sleep 0.5
kill -INT $pid 2>/dev/null || true  # finished already on a fast machine: exit 0, checked below
set +e
wait $pid
rc=$?
set -e
[ $rc = 130 ] || [ $rc = 0 ] || fail "exit $rc after SIGINT"
lines "$TMP/int.jsonl" >/dev/null || fail "a partial line after SIGINT"
# Interrupted while waiting for paths on standard input (the signal may reach any thread): it stops at once,
# the lines written whole.
for sig in INT TERM; do
  rm -f "$TMP/paths.fifo" "$TMP/wait.jsonl"
  mkfifo "$TMP/paths.fifo"
  # Under timeout (which passes the signal on), so a gongwen that hangs fails the test instead of blocking it; the
  # FIFO opened read-write, which never waits for the other end, so one that died does not block it either.
  exec 3<>"$TMP/paths.fifo"
  timeout -k 5 120 "$GW" batch -j 2 --stdin-paths -o "$TMP/wait.jsonl" <"$TMP/paths.fifo" 3>&- 2>/dev/null &
  pid=$!
  echo "$in/a.txt" >&3
  # The first line written means the handlers are in place. Under a sanitizer on a loaded machine the start
  # alone took more than 5 s, and a signal sent before it killed the tool (exit 143): wait up to 60 s.
  for _ in $(seq 600); do [ -s "$TMP/wait.jsonl" ] && break; sleep 0.1; done
  [ -s "$TMP/wait.jsonl" ] || fail "SIG$sig waiting on standard input: no line written in 60 s"
  start=$(date +%s%N)
  kill -$sig $pid || true
  set +e
  wait $pid
  rc=$?
  set -e
  exec 3>&-
  ms=$((($(date +%s%N) - start) / 1000000))
  [ $rc = 130 ] && [ $ms -lt 2000 ] || fail "SIG$sig waiting on standard input: exit $rc after $ms ms"
  [ "$(lines "$TMP/wait.jsonl")" = 1 ] || fail "SIG$sig waiting on standard input: not one whole line"
done
# A write that fails stops the batch at once (exit 2, the reason said), not after converting everything.
if [ -w /dev/full ]; then
  for out in "-o /dev/full" "--unordered -o /dev/full"; do
    set +e
    # shellcheck disable=SC2086
    "$GW" batch -j 2 "@$TMP/many.txt" $out 2>"$TMP/full.err"; rc=$?
    set -e
    done_files=$(sed -n 's/^gongwen batch: \([0-9]*\) files.*/\1/p' "$TMP/full.err")
    # The summary says how many lines were written (none), not only how many documents were converted.
    [ $rc = 2 ] && grep -q "/dev/full: cannot write: No space left on device; stopped" "$TMP/full.err" &&
      grep -q "; stopped: the output cannot be written (0 lines written)$" "$TMP/full.err" &&
      [ "${done_files:-300}" -lt 50 ] || fail "$out: exit $rc, $(cat "$TMP/full.err")"
  done
  set +e
  "$GW" batch "@$TMP/many.txt" >/dev/full 2>"$TMP/full.err"; rc=$?
  set -e
  [ $rc = 2 ] && grep -q "standard output: cannot write" "$TMP/full.err" || fail "stdout full: exit $rc, $(cat "$TMP/full.err")"
fi
# --tokens: every task of every document gets tokens and keywords, the same on 2 threads as in extract.
"$GW" batch -j 2 --tokens -o "$TMP/tok.jsonl" "$SAMPLE" "$in/sub/b.docx" 2>/dev/null
"$GW" extract --tokens "$SAMPLE" >"$TMP/tok-extract.json"
"$PY" - "$TMP/tok.jsonl" "$TMP/tok-extract.json" <<'PYEOF' || fail "batch --tokens"
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1])]
assert len(docs) == 2
assert all("tokens" in t and "keywords" in t for d in docs for t in d["tasks"])
one = json.load(open(sys.argv[2]))
assert [t["keywords"] for t in docs[0]["tasks"]] == [t["keywords"] for t in one["tasks"]]
PYEOF
# A path in a list or on standard input names a file: "-" there is the file "-", not standard input, whose
# later paths it would swallow (b.txt and c.txt here, still to come when "-" is read).
mkdir -p "$TMP/dash"
cp "$SAMPLE" "$TMP/dash/a.txt"; cp "$SAMPLE" "$TMP/dash/b.txt"; cp "$SAMPLE" "$TMP/dash/c.txt"
set +e
(cd "$TMP/dash" && { printf 'a.txt\n-\n'; sleep 0.3; printf 'b.txt\n'; sleep 0.3; printf 'c.txt\n'; } |
  "$GW" batch -j 1 - -o "$TMP/dash.jsonl" 2>/dev/null); rc=$?
set -e
"$PY" - "$TMP/dash.jsonl" <<'PYEOF' || fail "\"-\" on standard input (exit $rc)"
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1])]
assert [d["source"]["path"] for d in docs] == ["a.txt", "-", "b.txt", "c.txt"], [d["source"]["path"] for d in docs]
assert docs[1]["error"]["code"] == "not-found", docs[1]
assert all("tasks" in d for d in docs[:1] + docs[2:])
PYEOF
printf -- '-\na.txt\n' >"$TMP/dash/list.txt"
cp "$SAMPLE" "$TMP/dash/-"
(cd "$TMP/dash" && "$GW" batch @list.txt -o "$TMP/dash-list.jsonl" </dev/null 2>/dev/null) || fail "a file named - in a list"
"$PY" -c 'import json, sys; print([(d["source"]["path"], len(d.get("tasks", []))) for d in map(json.loads, open(sys.argv[1]))])' \
  "$TMP/dash-list.jsonl" | grep -qxF "[('-', 251), ('a.txt', 251)]" || fail "a file named - in a list: $(cut -c1-200 "$TMP/dash-list.jsonl")"
# --resume never reads standard input for a stored result named "-" (gongwen extract - wrote it): it is not
# one of ours to keep, and the paths on standard input are all converted.
rm "$TMP/dash/-"
"$GW" extract - <"$SAMPLE" >"$TMP/dash-resume.jsonl"
(cd "$TMP/dash" && printf 'a.txt\nb.txt\n' | "$GW" batch --resume -o "$TMP/dash-resume.jsonl" - 2>"$TMP/dash-resume.err") ||
  fail "--resume with a stored \"-\": $(cat "$TMP/dash-resume.err")"
[ "$(cut -c1-300 "$TMP/dash-resume.jsonl" | grep -o '"path":"[^"]*"' | tr '\n' ' ')" = '"path":"a.txt" "path":"b.txt" ' ] ||
  fail "--resume with a stored \"-\": $(cut -c1-200 "$TMP/dash-resume.jsonl")"
# Path lines keep their spaces (a name may end in one); only a line end's \r goes, and blank lines are skipped.
cp "$SAMPLE" "$TMP/dash/c.txt "
(cd "$TMP/dash" && printf 'c.txt \n \t\nb.txt\r\n' | "$GW" batch - -o "$TMP/space.jsonl" 2>/dev/null) ||
  fail "a name ending in a space: $(cut -c1-200 "$TMP/space.jsonl")"
[ "$(grep -o '"path":"[^"]*"' "$TMP/space.jsonl" | tr '\n' '|')" = '"path":"c.txt "|"path":"b.txt"|' ] ||
  fail "path lines: $(grep -o '"path":"[^"]*"' "$TMP/space.jsonl" | tr '\n' '|')"
# --out-dir: a result whose name is as long as the system allows (80 Chinese characters and .txt.json: 249 bytes)
# is written, through a temporary name that does not lengthen it.
mkdir -p "$TMP/long"
long=$(printf '通知%.0s' $(seq 40))
cp "$SAMPLE" "$TMP/long/$long.txt"
"$GW" batch "$TMP/long" --out-dir "$TMP/long-out" 2>"$TMP/long.err" || fail "a long name: $(cat "$TMP/long.err")"
[ -f "$TMP/long-out$TMP/long/$long.txt.json" ] || fail "a long name: not written"
if find "$TMP/long-out" -name '.gongwen-tmp-*' | grep -q .; then fail "a long name: a temporary file left"; fi
# Damaged files in an archive stand out: an empty .docx and a .docx that is text (a symlink stored as a file)
# are converted, each with its warning.
mkdir -p "$TMP/damaged"
: >"$TMP/damaged/empty.docx"
printf '../docs/report.docx' >"$TMP/damaged/link.docx"
"$GW" batch "$TMP/damaged" -o "$TMP/damaged.jsonl" 2>/dev/null || fail "damaged files: not converted"
"$PY" - "$TMP/damaged.jsonl" <<'PY' || fail "damaged files: $(cut -c1-300 "$TMP/damaged.jsonl")"
import json, sys
rules = {d["source"]["path"].rsplit("/", 1)[1]: [x["rule"] for x in d["diagnostics"]] for d in map(json.loads, open(sys.argv[1]))}
assert rules == {"empty.docx": ["GW-SOURCE-EMPTY"], "link.docx": ["GW-SOURCE-NOT-DOCX"]}, rules
PY
# --shard takes two decimal numbers: no sign, nothing past 2^32 - 1; an empty one (a recipe's {} left empty) is
# refused, not taken for no shard, which would have every host convert everything.
for bad in 1/-1 -1/3 1/4294967297 1/3x 1/ /3 +1/3 ' 1/3' ''; do
  if "$GW" batch --shard "$bad" "$SAMPLE" >/dev/null 2>&1; then fail "--shard '$bad' accepted"; fi
done
"$GW" batch --shard 1/4294967295 "$SAMPLE" -o /dev/null 2>/dev/null || fail "--shard 1/4294967295 refused"
# A reader that stops early: the write fails (exit 2, said), not a silent SIGPIPE (exit 141).
set +e
"$GW" batch -j 1 "$SAMPLE" "$SAMPLE" "$SAMPLE" "$SAMPLE" 2>"$TMP/pipe.err" | head -c 100 >/dev/null
rc=${PIPESTATUS[0]}
set -e
[ $rc = 2 ] && grep -q "standard output: cannot write" "$TMP/pipe.err" || fail "a closed pipe: exit $rc, $(cat "$TMP/pipe.err")"
# --resume -o through a link: the file it names is rewritten (an error record dropped), the link and the file's
# permissions stay.
mkdir -p "$TMP/link"
"$GW" batch "$SAMPLE" "$TMP/link/missing.txt" -o "$TMP/link/real.jsonl" 2>/dev/null || true
chmod 640 "$TMP/link/real.jsonl"
ln -s real.jsonl "$TMP/link/out.jsonl"
"$GW" batch --resume "$SAMPLE" "$TMP/link/missing.txt" -o "$TMP/link/out.jsonl" 2>/dev/null || true
[ -L "$TMP/link/out.jsonl" ] || fail "--resume replaced the link OUT with a file"
[ "$(stat -c %a "$TMP/link/real.jsonl")" = 640 ] || fail "--resume changed OUT's permissions to $(stat -c %a "$TMP/link/real.jsonl")"
[ "$(wc -l <"$TMP/link/real.jsonl")" = 2 ] && [ "$(grep -c '"error"' "$TMP/link/real.jsonl")" = 1 ] ||
  fail "--resume through a link: $(cut -c1-120 "$TMP/link/real.jsonl")"
# A pipe given by name (a list or standard input) is an io-error record, not a batch that waits for a writer
# for ever; a DOCX past --max-input-mb is refused by its size like a text; @FOLDER is no list (exit 2, said).
mkdir -p "$TMP/odd"
mkfifo "$TMP/odd/fifo.txt"
set +e
printf '%s\n' "$TMP/odd/fifo.txt" | timeout -s KILL 20 "$GW" batch - -o "$TMP/odd.jsonl" 2>/dev/null; rc=$?
set -e
[ $rc = 1 ] && grep -q '"code":"io-error","message":"not a regular file' "$TMP/odd.jsonl" ||
  fail "a FIFO by name: exit $rc, $(cat "$TMP/odd.jsonl" 2>/dev/null)"
"$PY" - "$TMP/odd/big.docx" <<'PYEOF'
import sys, zipfile, os
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_STORED) as z:
    z.writestr("word/document.xml", b"<w:document/>")
    z.writestr("filler.bin", os.urandom(1 << 21))  # stored, not compressed: 2 MiB of file
PYEOF
set +e
"$GW" batch --max-input-mb 1 "$SRC/corpus/docx/table.docx" "$TMP/odd/big.docx" -o "$TMP/odd2.jsonl" 2>/dev/null; rc=$?
set -e
[ $rc = 1 ] && [ "$(grep -c '"tasks"' "$TMP/odd2.jsonl")" = 1 ] && grep -q '"code":"too-large","message":"input is' "$TMP/odd2.jsonl" ||
  fail "a DOCX past --max-input-mb: exit $rc, $(cut -c1-200 "$TMP/odd2.jsonl")"
set +e
"$GW" batch "@$TMP/odd" 2>"$TMP/odd3.err" >/dev/null; rc=$?
set -e
[ $rc = 2 ] && grep -q "a folder, not a list of inputs" "$TMP/odd3.err" || fail "@FOLDER: exit $rc, $(cat "$TMP/odd3.err")"
# Globs go segment by segment against the path below the folder, and a segment ** stands for any number of
# folders, none included (fnmatch alone read it as one folder exactly).
mkdir -p "$TMP/gl/a/b" "$TMP/gl/sub"
for f in x.txt a/y.txt a/b/z.txt sub/w.txt sub/v.log; do cp "$SAMPLE" "$TMP/gl/$f"; done
taken() { "$GW" batch --include "$1" "$TMP/gl" -o "$TMP/gl.jsonl" 2>/dev/null || true
          "$PY" -c 'import json, sys; print(" ".join(json.loads(l)["source"]["path"].split("/gl/")[1] for l in open(sys.argv[1])))' "$TMP/gl.jsonl"; }
[ "$(taken '**/*.txt')" = "a/b/z.txt a/y.txt sub/w.txt x.txt" ] || fail "--include '**/*.txt': $(taken '**/*.txt')"
[ "$(taken 'a/**')" = "a/b/z.txt a/y.txt" ] || fail "--include 'a/**': $(taken 'a/**')"
[ "$(taken '**/b/*')" = "a/b/z.txt" ] || fail "--include '**/b/*': $(taken '**/b/*')"
[ "$(taken 'a/*.txt')" = "a/y.txt" ] || fail "--include 'a/*.txt': $(taken 'a/*.txt')"
[ "$(taken '**/**/**/**/**/**/**/**/x.txt')" = "x.txt" ] || fail "many **: $(taken '**/**/**/**/**/**/**/**/x.txt')"
# Standard input closed (<&-): read as empty, not waited on for ever (the batch's own wake-up pipe took its number
# and was read as the list of paths).
set +e
timeout -s KILL 20 "$GW" batch --stdin-paths -o "$TMP/closed.jsonl" <&- 2>"$TMP/closed.err"; rc=$?
set -e
[ $rc = 0 ] && grep -q "^gongwen batch: 0 files" "$TMP/closed.err" || fail "standard input closed: exit $rc, $(cat "$TMP/closed.err")"
# --resume keeps a result made with the same options only: the options that change what is extracted are written in
# "generator" after the version (a lexicon by its content), and a result made with others is redone.
mkdir -p "$TMP/opt"
cp "$SAMPLE" "$TMP/opt/a.txt"
printf '中国\n' >"$TMP/opt/words.dic"
"$GW" batch "$TMP/opt" -o "$TMP/opt.jsonl" 2>/dev/null
"$GW" batch "$TMP/opt" -o "$TMP/opt.jsonl" --resume --tokens 2>"$TMP/opt1.err"
"$GW" batch "$TMP/opt" -o "$TMP/opt.jsonl" --resume --tokens 2>"$TMP/opt2.err"
"$GW" batch "$TMP/opt" -o "$TMP/opt.jsonl" --resume --tokens --lexicon "$TMP/opt/words.dic" 2>"$TMP/opt3.err"
"$GW" batch "$TMP/opt" --out-dir "$TMP/opt-tree" 2>/dev/null
"$GW" batch "$TMP/opt" --out-dir "$TMP/opt-tree" --resume --lenient 2>"$TMP/opt4.err"
for k in 1:1:0 2:0:1 3:1:0 4:1:0; do
  IFS=: read -r n ok current <<<"$k"
  grep -q "$ok ok, 0 failed, $current current already" "$TMP/opt$n.err" || fail "--resume with other options ($n): $(cat "$TMP/opt$n.err")"
done
grep -q '^{"schema_version":"[0-9.]*","generator":"gongwen [0-9.]* (--tokens --lexicon sha256:[0-9a-f]\{16\})"' "$TMP/opt.jsonl" &&
  grep -q '"generator":"gongwen [0-9.]* (--lenient)"' "$TMP/opt-tree$TMP/opt/a.txt.json" || fail "generator: $(cut -c1-120 "$TMP/opt.jsonl")"
"$GW" extract --tokens --lexicon "$TMP/opt/words.dic" "$TMP/opt/a.txt" | cmp -s - "$TMP/opt.jsonl" ||
  fail "with options, a batch line differs from gongwen extract"
# --no-blocks leaves out "blocks", as extract --no-blocks does, and is an option --resume compares: a result
# without blocks is redone for a run that wants them, and the other way round.
"$GW" batch --no-blocks "$TMP/opt" -o "$TMP/nb.jsonl" 2>/dev/null
"$GW" extract --no-blocks "$TMP/opt/a.txt" | cmp -s - "$TMP/nb.jsonl" || fail "batch --no-blocks differs from extract --no-blocks"
grep -q '"generator":"gongwen [0-9.]* (--no-blocks)"' "$TMP/nb.jsonl" && ! grep -q '"blocks":\[{' "$TMP/nb.jsonl" ||
  fail "batch --no-blocks: $(cut -c1-120 "$TMP/nb.jsonl")"
"$GW" batch --no-blocks "$TMP/opt" -o "$TMP/nb.jsonl" --resume 2>"$TMP/nb1.err"
"$GW" batch "$TMP/opt" -o "$TMP/nb.jsonl" --resume 2>"$TMP/nb2.err"
"$GW" batch --no-blocks "$TMP/opt" -o "$TMP/nb.jsonl" --resume 2>"$TMP/nb4.err"  # and back
"$GW" batch --no-blocks "$TMP/opt" --out-dir "$TMP/nb-tree" 2>/dev/null
cmp -s "$TMP/nb-tree$TMP/opt/a.txt.json" <("$GW" extract --no-blocks "$TMP/opt/a.txt") ||
  fail "batch --no-blocks --out-dir differs from extract --no-blocks"
"$GW" batch "$TMP/opt" --out-dir "$TMP/nb-tree" --resume 2>"$TMP/nb3.err"
grep -q "0 ok, 0 failed, 1 current already" "$TMP/nb1.err" && grep -q "1 ok, 0 failed, 0 current already" "$TMP/nb2.err" &&
  grep -q "1 ok, 0 failed, 0 current already" "$TMP/nb3.err" && grep -q "1 ok, 0 failed, 0 current already" "$TMP/nb4.err" &&
  ! grep -q '"blocks":\[{' "$TMP/nb.jsonl" && grep -q '"blocks":\[{' "$TMP/nb-tree$TMP/opt/a.txt.json" ||
  fail "--resume and --no-blocks: $(cat "$TMP/nb1.err" "$TMP/nb2.err" "$TMP/nb3.err" "$TMP/nb4.err")"
# An encoding is recorded as reported, not as spelt: a result made with --encoding gbk is current for
# --encoding GBK or cp936 (one converter), and redone for GB18030 (another).
mkdir -p "$TMP/enc-opt"
printf '一、总体要求\n' | iconv -f UTF-8 -t GBK >"$TMP/enc-opt/g.txt"
"$GW" batch --encoding gbk "$TMP/enc-opt" -o "$TMP/enc-opt.jsonl" 2>/dev/null
"$GW" batch --encoding GBK "$TMP/enc-opt" -o "$TMP/enc-opt.jsonl" --resume 2>"$TMP/enc-opt1.err"
"$GW" batch --encoding cp936 "$TMP/enc-opt" -o "$TMP/enc-opt.jsonl" --resume 2>"$TMP/enc-opt2.err"
"$GW" batch --encoding GB18030 "$TMP/enc-opt" -o "$TMP/enc-opt.jsonl" --resume 2>"$TMP/enc-opt3.err"
grep -q "0 ok, 0 failed, 1 current already" "$TMP/enc-opt1.err" &&
  grep -q "0 ok, 0 failed, 1 current already" "$TMP/enc-opt2.err" &&
  grep -q "1 ok, 0 failed, 0 current already" "$TMP/enc-opt3.err" &&
  grep -q '"generator":"gongwen [0-9.]* (--encoding GB18030)"' "$TMP/enc-opt.jsonl" ||
  fail "--resume, one encoding spelt two ways: $(cat "$TMP/enc-opt1.err" "$TMP/enc-opt2.err" "$TMP/enc-opt3.err")"
# The reader's options are recorded for the inputs they can change: --encoding and --lenient for a text, the DOCX
# limits for a DOCX. A --resume that changes one redoes only those inputs, with -o and with --out-dir.
mkdir -p "$TMP/fmt"
cp "$TMP/enc-opt/g.txt" "$TMP/fmt/g.txt"
cp "$SRC/corpus/docx/table.docx" "$TMP/fmt/t.docx"
for out in "-o $TMP/fmt.jsonl" "--out-dir $TMP/fmt-tree"; do
  # shellcheck disable=SC2086  # $out is an option and its value
  { "$GW" batch --encoding gbk "$TMP/fmt" $out 2>/dev/null
    "$GW" batch --encoding GB18030 --lenient "$TMP/fmt" $out --resume 2>"$TMP/fmt1.err"
    "$GW" batch --encoding GB18030 --lenient --max-depth 500 "$TMP/fmt" $out --resume 2>"$TMP/fmt2.err"
    "$GW" batch --encoding GB18030 --lenient --max-depth 500 "$TMP/fmt" $out --resume 2>"$TMP/fmt3.err"; }
  grep -q "1 ok, 0 failed, 1 current already" "$TMP/fmt1.err" &&
    grep -q "1 ok, 0 failed, 1 current already" "$TMP/fmt2.err" &&
    grep -q "0 ok, 0 failed, 2 current already" "$TMP/fmt3.err" ||
    fail "--resume $out, options of one format: $(cat "$TMP/fmt1.err" "$TMP/fmt2.err" "$TMP/fmt3.err")"
done
grep -q '"generator":"gongwen [0-9.]* (--encoding GB18030 --lenient)","source":{"path":"[^"]*/g.txt"' "$TMP/fmt.jsonl" &&
  grep -q '"generator":"gongwen [0-9.]* (--max-depth 500)","source":{"path":"[^"]*/t.docx"' "$TMP/fmt.jsonl" &&
  grep -q '"generator":"gongwen [0-9.]* (--max-depth 500)"' "$TMP/fmt-tree$TMP/fmt/t.docx.json" ||
  fail "generators by format: $(cut -c1-160 "$TMP/fmt.jsonl")"
"$GW" extract --encoding GB18030 --lenient --max-depth 500 "$TMP/fmt/t.docx" | cmp -s - "$TMP/fmt-tree$TMP/fmt/t.docx.json" ||
  fail "a DOCX's result differs from gongwen extract's with the same options"
# A result is compared with the generator of its own input's format: a text stored with no options is
# redone by a run with --encoding, though its generator is the one that run gives a DOCX.
for out in "-o $TMP/fmt0.jsonl" "--out-dir $TMP/fmt0-tree"; do
  # shellcheck disable=SC2086  # $out is an option and its value
  { "$GW" batch "$TMP/fmt" $out 2>/dev/null
    "$GW" batch --encoding GB18030 "$TMP/fmt" $out --resume 2>"$TMP/fmt0.err"; }
  grep -q "1 ok, 0 failed, 1 current already" "$TMP/fmt0.err" ||
    fail "--resume $out, a text stored with no options under --encoding: $(cat "$TMP/fmt0.err")"
done
# An encoding no converter knows is a usage error (exit 2) before anything is read, not a failure of every text.
set +e
"$GW" batch --encoding no-such-thing "$in" -o "$TMP/enc.jsonl" 2>"$TMP/enc.err"; rc=$?
set -e
[ $rc = 2 ] && [ ! -s "$TMP/enc.jsonl" ] && grep -q -- "--encoding no-such-thing: not an encoding" "$TMP/enc.err" ||
  fail "--encoding no-such-thing: exit $rc, $(cat "$TMP/enc.err")"
# -o naming one of the inputs (here by another path, and as a hard link): refused before OUT is opened, the input
# intact; one that comes on standard input, after OUT was opened, is an error record, not an empty document.
mkdir -p "$TMP/self"
cp "$SAMPLE" "$TMP/self/a.txt"
ln "$TMP/self/a.txt" "$TMP/self/link.txt"
for out in "$TMP/self/a.txt" "$TMP/self/link.txt" "$TMP/self/../self/a.txt"; do
  set +e
  "$GW" batch "$TMP/self/a.txt" -o "$out" 2>"$TMP/self.err"; rc=$?
  set -e
  [ $rc = 2 ] && grep -q "is a file this batch reads" "$TMP/self.err" && cmp -s "$TMP/self/a.txt" "$SAMPLE" ||
    fail "-o $out, an input: exit $rc, $(cat "$TMP/self.err")"
done
set +e
echo "$TMP/self/out.jsonl" | "$GW" batch --stdin-paths --include '*' -o "$TMP/self/out.jsonl" 2>/dev/null; rc=$?
set -e
[ $rc = 1 ] && grep -q '"code":"invalid-argument","message":"the batch'"'"'s output file: not read as an input"' "$TMP/self/out.jsonl" ||
  fail "-o named on standard input: exit $rc, $(cat "$TMP/self/out.jsonl")"
# Standard output redirected to a file the batch would read (`gongwen batch . > all.txt`: the shell makes all.txt
# before the walk finds it) is refused in the same way; named on standard input, it is an error record.
set +e
(cd "$TMP/self" && "$GW" batch . >all.txt 2>"$TMP/self-stdout.err"); rc=$?
set -e
[ $rc = 2 ] && grep -qF "standard output is a file this batch reads (./all.txt)" "$TMP/self-stdout.err" &&
  [ ! -s "$TMP/self/all.txt" ] || fail "standard output, an input: exit $rc, $(cat "$TMP/self-stdout.err")"
set +e
echo "$TMP/self/all.txt" | "$GW" batch --stdin-paths >"$TMP/self/all.txt" 2>/dev/null; rc=$?
set -e
[ $rc = 1 ] && grep -q '"message":"the batch'"'"'s output file: not read as an input"' "$TMP/self/all.txt" ||
  fail "standard output named on standard input: exit $rc, $(cat "$TMP/self/all.txt")"
"$GW" batch "$TMP/self/a.txt" >"$TMP/self/out2.jsonl" 2>/dev/null || fail "standard output to a file not read: refused"
# Paths ending in NUL (find -print0) are read with --null (-0), exactly; read as lines, the names run together and
# make one error record saying so, not a document under a wrong name. The issue's streaming command line
# (--stdin-paths --jsonl -) is a path per line in, a JSON line per path out.
(cd "$in" && find . -name '*.txt' -print0 | sort -z) >"$TMP/list0"
(cd "$in" && "$GW" batch --stdin-paths -0 --jsonl - <"$TMP/list0" >"$TMP/null.jsonl" 2>/dev/null) || true
(cd "$in" && tr '\0' '\n' <"$TMP/list0" | "$GW" batch --stdin-paths --jsonl - >"$TMP/lines.jsonl" 2>/dev/null) || true
(cd "$in" && "$GW" batch --null "@$TMP/list0" -o "$TMP/null-list.jsonl" 2>/dev/null) || true
[ "$(lines "$TMP/null.jsonl")" = "$(tr -cd '\0' <"$TMP/list0" | wc -c)" ] && cmp -s "$TMP/null.jsonl" "$TMP/lines.jsonl" &&
  cmp -s "$TMP/null.jsonl" "$TMP/null-list.jsonl" || fail "--null: $(lines "$TMP/null.jsonl") lines"
set +e
(cd "$in" && "$GW" batch --stdin-paths -o "$TMP/nul.jsonl" <"$TMP/list0" 2>/dev/null); rc=$?
set -e
[ $rc = 1 ] && [ "$(lines "$TMP/nul.jsonl")" = 1 ] && grep -q '"code":"invalid-argument","message":"the path holds a NUL byte' "$TMP/nul.jsonl" ||
  fail "NUL-ended paths read as lines: exit $rc, $(cut -c1-200 "$TMP/nul.jsonl")"
# A list saved with a byte-order mark (Windows Notepad) and CRLF line ends names its files; an empty argument (a
# variable not set) is a usage error, not a batch of nothing.
printf '\xef\xbb\xbf%s\r\n' "$in/a.txt" >"$TMP/bom.lst"
"$GW" batch "@$TMP/bom.lst" -o "$TMP/bom.jsonl" 2>/dev/null || fail "a list with a BOM: $(cut -c1-200 "$TMP/bom.jsonl")"
grep -qF "\"path\":\"$in/a.txt\"" "$TMP/bom.jsonl" || fail "a list with a BOM: $(cut -c1-200 "$TMP/bom.jsonl")"
# So does one on standard input, of paths and of documents (the mark on its first line only).
"$GW" batch --stdin-paths -o "$TMP/bom-stdin.jsonl" <"$TMP/bom.lst" 2>/dev/null &&
  grep -qF "\"path\":\"$in/a.txt\"" "$TMP/bom-stdin.jsonl" || fail "paths on standard input with a BOM: $(cut -c1-200 "$TMP/bom-stdin.jsonl")"
{ printf '\xef\xbb\xbf'; head -n 2 "$TMP/documents.txt"; } | "$GW" batch --stdin-documents -o "$TMP/bom-docs.jsonl" 2>/dev/null &&
  cmp -s "$TMP/bom-docs.jsonl" <("$GW" batch --stdin-documents < <(head -n 2 "$TMP/documents.txt") 2>/dev/null) ||
  fail "documents on standard input with a BOM: $(cut -c1-200 "$TMP/bom-docs.jsonl")"
set +e
"$GW" batch "" -o "$TMP/empty-arg.jsonl" 2>"$TMP/empty-arg.err"; rc=$?
set -e
[ $rc = 2 ] && grep -q "an empty input argument" "$TMP/empty-arg.err" || fail "an empty argument: exit $rc, $(cat "$TMP/empty-arg.err")"
# --out-dir: a result that would have to be a folder for another's (x.txt's x.txt.json, x.txt.json/y.txt's
# x.txt.json/y.txt.json) is a clash found before anything is converted; from standard input, the later path is
# not converted, and the batch goes on.
mkdir -p "$TMP/fold/x.txt.json"
cp "$SAMPLE" "$TMP/fold/x.txt"; cp "$SAMPLE" "$TMP/fold/x.txt.json/y.txt"; cp "$SAMPLE" "$TMP/fold/z.txt"
set +e
"$GW" batch "$TMP/fold" --out-dir "$TMP/fold-out" 2>"$TMP/fold.err"; rc=$?
set -e
[ $rc = 2 ] && [ ! -e "$TMP/fold-out" ] && grep -q "one file cannot be a folder too; nothing converted" "$TMP/fold.err" ||
  fail "a result inside another: exit $rc, $(cat "$TMP/fold.err")"
for order in "x.txt x.txt.json/y.txt z.txt" "x.txt.json/y.txt x.txt z.txt"; do
  set +e
  # shellcheck disable=SC2086
  (cd "$TMP/fold" && printf '%s\n' $order | "$GW" batch -j 1 - --out-dir "$TMP/fold-in" 2>"$TMP/fold-in.err"); rc=$?
  set -e
  [ $rc = 1 ] && grep -q "3 files, 2 ok, 1 failed" "$TMP/fold-in.err" && [ -f "$TMP/fold-in/z.txt.json" ] ||
    fail "a result inside another, from standard input ($order): exit $rc, $(cat "$TMP/fold-in.err")"
  rm -rf "$TMP/fold-in"
done
# Temporary files a batch killed outright (SIGKILL: no cleanup ran) left in the folders it wrote to are removed by
# the next batch writing there, for --out-dir and -o alike; a live process's are left, and so is any other file.
mkdir -p "$TMP/kill/in/sub" "$TMP/kill/out/in/sub"
cp "$SAMPLE" "$TMP/kill/in/a.txt"; cp "$SAMPLE" "$TMP/kill/in/sub/b.txt"
dead=$(sh -c 'echo $$')  # a process that has ended: its number names no process now
# The tool's tag of this host (HostPrefix in batch_output.cpp): up to 16 of its name's letters, digits, '.' and '_', then
# the FNV-1a hash of the whole name. Another host's files are not its own.
host=$("$PY" -c '
import os
name = os.uname().nodename.encode()
h = 2166136261
for b in name:
    h = ((h ^ b) * 16777619) & 0xFFFFFFFF
keep = bytes(b for b in name if chr(b).isascii() and (chr(b).isalnum() or chr(b) in "._"))[:16]
print(keep.decode() + "%08x" % h)')
for f in out/in/.gongwen-tmp-$host-$dead-0 out/in/sub/.gongwen-tmp-$host-$dead-7 .gongwen-tmp-$host-$dead-1 \
         out/in/.gongwen-tmp-$host-$$-0 out/in/.gongwen-tmp-x out/in/.gongwen-tmp-otherhost-$dead-0; do
  touch "$TMP/kill/$f"
done
(cd "$TMP/kill" && "$GW" batch in --out-dir out --resume 2>/dev/null)  # results in out/in and out/in/sub
"$GW" batch "$TMP/kill/in" -o "$TMP/kill/out.jsonl" --resume 2>/dev/null
left=$(cd "$TMP/kill" && find . -name '.gongwen-tmp-*' | sort | tr '\n' ' ')
want=$(printf '%s\n' "./out/in/.gongwen-tmp-$host-$$-0" "./out/in/.gongwen-tmp-otherhost-$dead-0" ./out/in/.gongwen-tmp-x | sort | tr '\n' ' ')
[ "$left" = "$want" ] ||
  fail "temporary files of a killed batch: $left"
# The paths on standard input take the place of "-" among the inputs (with --stdin-paths alone, after them all).
(cd "$SRC/corpus/docx" && echo table.docx | "$GW" batch -j 2 layout.docx - tracked.docx 2>/dev/null) | grep -o '"path":"[^"]*"' |
  tr '\n' ' ' | grep -qxF '"path":"layout.docx" "path":"table.docx" "path":"tracked.docx" ' || fail "\"-\" between inputs: out of order"
(cd "$SRC/corpus/docx" && echo table.docx | "$GW" batch --stdin-paths layout.docx 2>/dev/null) | grep -o '"path":"[^"]*"' |
  tr '\n' ' ' | grep -qxF '"path":"layout.docx" "path":"table.docx" ' || fail "--stdin-paths: not after the inputs"
# --stdin-documents: a document as text, lines that hold none (not JSON, no path, bad base64, past the size limit)
# as error records naming the line, a blank line skipped; only JSON lines out (no --out-dir, no --resume).
{ printf '{"path":"t.txt","text":"一、总体要求\\n（一）加强领导。县政府办公室负责。"}\n'; echo 'not json'; echo
  echo '{"path":"x.docx","base64":"UEsDBA*"}'; echo '{"path":"y.txt"}'
  "$PY" -c 'import json; print(json.dumps({"path": "big.txt", "text": "x" * 1500000}))'
  "$PY" -c 'import json; print(json.dumps({"path": "huge.txt", "text": "x" * 7000000}))'; } >"$TMP/doclines.txt"
set +e
"$GW" batch --stdin-documents --max-input-mb 1 <"$TMP/doclines.txt" >"$TMP/doclines.jsonl" 2>/dev/null; rc=$?
set -e
"$PY" - "$TMP/doclines.jsonl" <<'PY' || fail "--stdin-documents, odd lines (exit $rc)"
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1])]
# big.txt is past the limit (its path kept); huge.txt's line is past what any document under it takes, never held.
assert [d["source"]["path"] for d in docs] == ["t.txt", "standard input, line 2", "x.docx", "standard input, line 5",
                                               "big.txt", "standard input, line 7"], [d["source"]["path"] for d in docs]
assert [b["text"] for b in docs[0]["blocks"]] == ["一、总体要求", "（一）加强领导。县政府办公室负责。"], docs[0]["blocks"]
assert [d["error"]["code"] for d in docs[1:]] == ["invalid-argument"] * 3 + ["too-large"] * 2, docs[1:]
assert "not base64 at its character 7" in docs[2]["error"]["message"], docs[2]
# A line that names no document is the position (its line, and its first byte in standard input); a document whose
# base64 is bad names itself, with no position in it.
offsets = [0]
for l in open(sys.argv[1].replace("doclines.jsonl", "doclines.txt"), "rb"):
    offsets.append(offsets[-1] + len(l))
assert docs[1]["error"]["position"] == {"line": 2, "column": 1, "offset": offsets[1]}, docs[1]["error"]
assert docs[2]["error"]["position"] is None, docs[2]["error"]
PY
[ $rc = 1 ] || fail "--stdin-documents with failed lines: exit $rc"
for bad in "--out-dir $TMP/x" "--resume -o $TMP/x.jsonl"; do
  # shellcheck disable=SC2086
  if "$GW" batch --stdin-documents $bad </dev/null 2>/dev/null; then fail "--stdin-documents $bad accepted"; fi
done
# A folder named in a list is walked as one given as an argument is (a path on standard input names a file: a line
# in, a line out).
printf '%s\n' "$in/sub" "$in/a.txt" >"$TMP/folders.lst"
"$GW" batch "@$TMP/folders.lst" -o "$TMP/folders.jsonl" 2>/dev/null || true
"$GW" batch "$in/sub" "$in/a.txt" -o "$TMP/folders-args.jsonl" 2>/dev/null || true
cmp -s "$TMP/folders.jsonl" "$TMP/folders-args.jsonl" || fail "a folder in a list is not walked as an argument is"
# Found by a second review: a path holding NUL with --out-dir names no result file (the system would cut the name
# at the NUL: another file's, deleted); --jsonl is a flag, as in extract, so a file after it is an input, never
# an output written over; -o naming an @LIST file or a lexicon is refused too; a lexicon given as a pipe counts by
# its words in "generator"; a document's text escaped by json.dumps is not refused for its line's length.
mkdir -p "$TMP/nulo"
cp "$SAMPLE" "$TMP/nulo/a.txt"; cp "$SAMPLE" "$TMP/nulo/b.txt"
set +e
(cd "$TMP/nulo" && printf 'a.txt\0b.txt\0' | "$GW" batch --out-dir . - 2>"$TMP/nulo.err"); rc=$?
set -e
cmp -s "$TMP/nulo/a.txt" "$SAMPLE" && [ "$(ls -A "$TMP/nulo" | tr '\n' ' ')" = "a.txt b.txt " ] && [ $rc = 1 ] &&
  grep -qF 'a.txt\0b.txt\0: a path holding a NUL byte' "$TMP/nulo.err" ||
  fail "a NUL path with --out-dir: exit $rc, $(ls -A "$TMP/nulo"), $(cat "$TMP/nulo.err")"
cp "$SAMPLE" "$TMP/nulo/victim.txt"
"$GW" batch --jsonl "$TMP/nulo/victim.txt" "$TMP/nulo/b.txt" >"$TMP/nulo.jsonl" 2>/dev/null
cmp -s "$TMP/nulo/victim.txt" "$SAMPLE" && [ "$(lines "$TMP/nulo.jsonl")" = 2 ] || fail "--jsonl took a value"
echo "$TMP/nulo/a.txt" >"$TMP/nulo/list.lst"
printf '中国\n' >"$TMP/nulo/words.dic"
for bad in "@$TMP/nulo/list.lst -o $TMP/nulo/list.lst" "--tokens --lexicon $TMP/nulo/words.dic $TMP/nulo/a.txt -o $TMP/nulo/words.dic"; do
  set +e
  # shellcheck disable=SC2086
  "$GW" batch $bad 2>"$TMP/nulo.err"; rc=$?
  set -e
  [ $rc = 2 ] && grep -q "is a file this batch reads" "$TMP/nulo.err" && [ -s "$TMP/nulo/list.lst" ] &&
    grep -qx '中国' "$TMP/nulo/words.dic" || fail "-o a file read ($bad): exit $rc, $(cat "$TMP/nulo.err")"
done
gen() { "$GW" batch --tokens --lexicon <(printf '%s\n' "$1") "$TMP/nulo/a.txt" 2>/dev/null | grep -o '"generator":"[^"]*"'; }
[ "$(gen 中国)" != "$(gen 外国)" ] && [ "$(gen 中国)" = "$(gen 中国)" ] || fail "a lexicon as a pipe: $(gen 中国) / $(gen 外国)"
# The same words read from a file (with a frequency after one) give the same generator as from a pipe.
printf '中国 100\n' >"$TMP/nulo/freq.dic"
[ "$("$GW" batch --tokens --lexicon "$TMP/nulo/freq.dic" "$TMP/nulo/a.txt" 2>/dev/null | grep -o '"generator":"[^"]*"')" = "$(gen 中国)" ] ||
  fail "a lexicon from a file and from a pipe, the same words: different generators"
"$PY" -c 'import json; print(json.dumps({"path": "big.txt", "text": "一、总体要求\n" + "加强领导。" * 50000}))' |
  "$GW" batch --stdin-documents --max-input-mb 1 >"$TMP/escaped.jsonl" 2>/dev/null || fail "an escaped text near the limit"
grep -q '"path":"big.txt","format":"text"' "$TMP/escaped.jsonl" || fail "an escaped text near the limit: $(cut -c1-200 "$TMP/escaped.jsonl")"
# --out-dir: a result that is one of the inputs (the input folder as --out-dir, *.json taken) is refused before
# anything is converted: it would be written over, or removed as a stale error file.
mkdir -p "$TMP/ri"
cp "$SAMPLE" "$TMP/ri/a.txt"; cp "$SAMPLE" "$TMP/ri/a.txt.json"
set +e
(cd "$TMP/ri" && "$GW" batch -j 1 --out-dir . a.txt a.txt.json 2>"$TMP/ri.err"); rc=$?
set -e
[ $rc = 2 ] && cmp -s "$TMP/ri/a.txt.json" "$SAMPLE" && grep -q "a result, is the input" "$TMP/ri.err" ||
  fail "a result that is an input: exit $rc, $(cat "$TMP/ri.err")"
# A size limit in MB past 2^30 is refused: shifted into bytes it would wrap (2^44 MB became a limit of 0).
if "$GW" batch --max-input-mb 17592186044416 "$SAMPLE" -o /dev/null 2>/dev/null; then fail "--max-input-mb 2^44 accepted"; fi
echo "batch_test: ok"
