#!/usr/bin/env bash
# CLI tests: exit codes, error messages on stderr, output shapes.
# Usage: cli_test.sh GONGWEN_BINARY SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
passed=0
failed=0

check() {  # check NAME CONDITION-COMMAND...
  local name=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $name" >&2
  fi
}

run() {  # run ARGS... : sets $rc, stdout in $TMP/out, stderr in $TMP/err
  "$GW" "$@" >"$TMP/out" 2>"$TMP/err" </dev/null
  rc=$?
}

json() {  # json FILE EXPR : evaluates a Python expression on the parsed JSON `d`
  "$PY" -c "import json,sys; d=json.load(open(sys.argv[1],encoding='utf-8')); sys.exit(0 if ($2) else 1)" "$1"
}

run --help
check "--help exits 0" test "$rc" -eq 0
check "--help names extract" grep -q extract "$TMP/out"

run --version
check "--version exits 0" test "$rc" -eq 0
check "--version prints a version" grep -Eq '^gongwen [0-9]+\.[0-9]+\.[0-9]+' "$TMP/out"

run
check "no subcommand is a usage error (exit 2)" test "$rc" -eq 2

run extract --no-such-flag "$SAMPLE"
check "unknown flag exits 2" test "$rc" -eq 2
check "unknown flag says gongwen:" grep -q '^gongwen: ' "$TMP/err"

run extract "$SAMPLE"
check "extract sample exits 0" test "$rc" -eq 0
check "extract writes one JSON document with 251 tasks" json "$TMP/out" "len(d['tasks']) == 251 and d['schema_version'] == '1.7.0' and d['generator'].startswith('gongwen ')"
check "nothing on stderr on success" test ! -s "$TMP/err"
cp "$TMP/out" "$TMP/compact.json"

run extract --pretty "$SAMPLE"
check "--pretty indents" grep -q '^  "schema_version"' "$TMP/out"
check "--pretty is the same data" "$PY" -c "import json,sys; sys.exit(json.load(open(sys.argv[1]))!=json.load(open(sys.argv[2])))" "$TMP/out" "$TMP/compact.json"

run extract -o "$TMP/o.json" "$SAMPLE"
check "-o writes the file, not stdout" test "$rc" -eq 0 -a ! -s "$TMP/out" -a -s "$TMP/o.json"
check "-o output is identical" cmp -s "$TMP/o.json" "$TMP/compact.json"

"$GW" extract - <"$SAMPLE" >"$TMP/stdin.json" 2>"$TMP/err"
check "- reads standard input" json "$TMP/stdin.json" "len(d['tasks']) == 251 and d['source']['path'] == '-'"

run extract "$SAMPLE" "$SAMPLE"
check "two files give a JSON array" json "$TMP/out" "isinstance(d, list) and len(d) == 2"

run extract --jsonl "$SAMPLE" "$SAMPLE"
check "--jsonl gives one line per document" test "$(wc -l <"$TMP/out")" -eq 2
check "--jsonl lines are JSON" "$PY" -c "import json,sys; [json.loads(l) for l in open(sys.argv[1])]" "$TMP/out"

run extract --no-blocks "$SAMPLE"
check "--no-blocks leaves blocks out" json "$TMP/out" "'blocks' not in d and len(d['tasks']) == 251"

# Encodings: GB18030 detected; --encoding overrides; UTF-16 with BOM.
iconv -f UTF-8 -t GB18030 "$SAMPLE" >"$TMP/gb.txt"
run extract "$TMP/gb.txt"
check "GB18030 is detected" json "$TMP/out" "d['source']['encoding'] == 'GB18030' and len(d['tasks']) == 251"
run extract --encoding GB18030 "$TMP/gb.txt"
check "--encoding GB18030 works" json "$TMP/out" "d['source']['encoding'] == 'GB18030' and len(d['tasks']) == 251"
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$SAMPLE"; } >"$TMP/u16.txt"
run extract "$TMP/u16.txt"
check "UTF-16LE with BOM" json "$TMP/out" "d['source']['encoding'] == 'UTF-16LE' and len(d['tasks']) == 251"
run extract --encoding no-such-thing "$SAMPLE"
check "unknown --encoding exits 2" test "$rc" -eq 2

# Bad input: invalid UTF-8 names file, line, column and byte offset; exit 2.
{ head -c 100 "$SAMPLE"; printf '\xff'; tail -c +101 "$SAMPLE"; } >"$TMP/bad.txt"
run extract "$TMP/bad.txt"
check "invalid UTF-8 exits 2" test "$rc" -eq 2
check "invalid UTF-8 message names file:line:col and offset" grep -Eq "^gongwen: $TMP/bad.txt:[0-9]+:[0-9]+: .*byte offset 100" "$TMP/err"
check "nothing on stdout for a failed single file" test ! -s "$TMP/out"

run extract --lenient "$TMP/bad.txt"
check "--lenient succeeds" test "$rc" -eq 0
check "--lenient records the substitution" json "$TMP/out" "any(x['rule']=='GW-SOURCE-INVALID-BYTES' and x['span']['offset']==100 for x in d['diagnostics'])"

run extract /nonexistent/file.txt
check "missing file exits 2" test "$rc" -eq 2
check "missing file is named" grep -q '^gongwen: /nonexistent/file.txt: no such file' "$TMP/err"

run extract "$TMP"
check "a directory is an error" test "$rc" -eq 2

run extract "$SAMPLE" /nonexistent/file.txt
check "one bad file of two exits 2" test "$rc" -eq 2
check "the good file is still written" json "$TMP/out" "isinstance(d, list) and len(d) == 1"

: >"$TMP/empty.txt"
run extract "$TMP/empty.txt"
check "an empty file is an empty document" json "$TMP/out" "d['tasks'] == [] and d['blocks'] == []"

run extract -o /nonexistent/dir/out.json "$SAMPLE"
check "unwritable output exits 2" test "$rc" -eq 2

# DOCX: told from the content, whatever the name.
cp "$SRC/corpus/docx/sample-numbered.docx" "$TMP/numbered.txt"
run extract "$TMP/numbered.txt"
check "a DOCX named .txt is read as DOCX" json "$TMP/out" "d['source']['format'] == 'docx' and len(d['tasks']) == 251"
run extract "$SRC/corpus/docx/tracked.docx"
check "tracked changes accepted by default" json "$TMP/out" "d['tasks'][0]['text'].startswith('全县地区生产总值增长7.5%')"
run extract --keep-original "$SRC/corpus/docx/tracked.docx"
check "--keep-original keeps the deleted text" json "$TMP/out" "d['tasks'][0]['text'].startswith('全县地区生产总值增长7%')"
printf 'PK\003\004 not really a zip' >"$TMP/broken.docx"
run extract "$TMP/broken.docx"
check "a broken DOCX exits 2" test "$rc" -eq 2
check "a broken DOCX is named" grep -q "^gongwen: $TMP/broken.docx: " "$TMP/err"

# Limits are options (docs/limits.md): past one, a clear error naming the file; the default reads it.
"$PY" -c "open('$TMP/big.txt', 'w').write('一' * 700000)"
run extract --max-input-mb 1 "$TMP/big.txt"
check "--max-input-mb refuses a larger input" test "$rc" -eq 2
check "the refusal names the file and the limit" grep -q "big.txt: input is 2100000 bytes, more than the limit of 1048576" "$TMP/err"
run extract "$TMP/big.txt"
check "the default limit reads it" test "$rc" -eq 0
run validate --max-entries 5 "$SRC/corpus/docx/sample-typed.docx"
check "--max-entries refuses a DOCX with more entries" test "$rc" -eq 2
run extract --max-ratio 0 "$SAMPLE"
check "a limit of 0 is a usage error" test "$rc" -eq 2
check "which says what the limit takes" grep -qx "gongwen: --max-ratio: expected a whole number from 1 to 4294967295, not '0'" "$TMP/err"
# Every number option says the same of a value it refuses, whatever is wrong with it.
for bad in abc -1 1.5 "" 2000; do
  run batch -j "$bad" "$SAMPLE"
  check "-j '$bad' is a usage error" test "$rc" -eq 2
  check "-j '$bad': the message names the range and the value" \
    grep -qx "gongwen: --jobs: expected a whole number from 1 to 1024, not '$bad'" "$TMP/err"
done
run extract --max-input-mb 1073741825 "$SAMPLE"
check "--max-input-mb past 2^30 (it would wrap in bytes) is refused" \
  grep -qx "gongwen: --max-input-mb: expected a whole number from 1 to 1073741824, not '1073741825'" "$TMP/err"
# Decimal, as the check reads it: CLI11 alone took a leading 0 for octal (010 for 8).
printf '\xff\xfe\x00' >"$TMP/bad-utf16.txt"
run batch --failed-exit-code 010 "$TMP/bad-utf16.txt"
check "--failed-exit-code 010 is ten" test "$rc" -eq 10
run batch --failed-exit-code 256 "$SAMPLE"
check "--failed-exit-code past 255 is refused" \
  grep -qx "gongwen: --failed-exit-code: expected a whole number from 0 to 255, not '256'" "$TMP/err"

# A large file (over 1 MB) is read on a heap prepared for huge pages (tools/gongwen/memory.cpp; not
# under the sanitizers, nor where transparent huge pages are off); standard input never is (its size
# is not known ahead): the two give the same document.
for _ in $(seq 26); do cat "$SAMPLE"; done >"$TMP/large.txt"
run extract -o "$TMP/large.json" "$TMP/large.txt"
check "a large file is extracted" test "$rc" -eq 0
"$GW" extract - <"$TMP/large.txt" >"$TMP/large-stdin.json" 2>"$TMP/err"
check "a large file gives the same document from a prepared heap and from standard input" "$PY" -c "
import json, sys
a, b = (json.load(open(p, encoding='utf-8')) for p in sys.argv[1:3])
a['source']['path'] = b['source']['path']
sys.exit(not (a == b and len(a['tasks']) == 26 * 251))" "$TMP/large.json" "$TMP/large-stdin.json"

echo "cli: $passed passed, $failed failed"
test "$failed" -eq 0
