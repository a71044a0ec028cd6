#!/usr/bin/env bash
# gongwen extract --format csv|xlsx: the task ledger, read back (csv module and
# openpyxl) and compared cell by cell with the JSON of the same files.
source "$(dirname "$0")/common.sh"
set -e
TABLE=$SRC/corpus/docx/table.docx
fail() { echo "FAIL: $*" >&2; exit 1; }

"$GW" extract --format xlsx -o "$TMP/ledger.xlsx" "$SAMPLE" "$TABLE"
"$PY" "$SRC/tests/cli/check_ledger.py" "$GW" "$TMP/ledger.xlsx" "$SAMPLE" "$TABLE"
"$GW" extract --format csv -o "$TMP/ledger.csv" "$SAMPLE" "$TABLE"
"$PY" "$SRC/tests/cli/check_ledger.py" "$GW" "$TMP/ledger.csv" "$SAMPLE" "$TABLE"

# Standard output: CSV as is; XLSX through a pipe (a workbook is not for a terminal).
"$GW" extract --format csv "$TABLE" >"$TMP/stdout.csv"
cmp -s "$TMP/stdout.csv" <("$GW" extract --format csv -o - "$TABLE") || fail "csv on stdout differs from -o -"
TMPDIR=$TMP "$GW" extract --format xlsx "$TABLE" | cat >"$TMP/piped.xlsx"
"$PY" "$SRC/tests/cli/check_ledger.py" "$GW" "$TMP/piped.xlsx" "$TABLE"
[ -z "$(ls "$TMP" | grep gongwen-)" ] || fail "temporary workbook left behind"

# A file that cannot be read is reported; the others still make the ledger; exit 2.
set +e
"$GW" extract --format csv -o "$TMP/partial.csv" "$TMP/missing.txt" "$TABLE" 2>"$TMP/err"
code=$?
set -e
[ $code = 2 ] || fail "exit $code with an unreadable input"
grep -q "missing.txt" "$TMP/err" || fail "the unreadable file is not named"
"$PY" "$SRC/tests/cli/check_ledger.py" "$GW" "$TMP/partial.csv" "$TABLE"

# JSON-only options are refused with a ledger format, and an unknown format too.
for bad in "--format csv --jsonl" "--format xlsx --pretty" "--format csv --no-blocks" "--format yaml"; do
  if "$GW" extract $bad -o "$TMP/x" "$TABLE" 2>/dev/null; then fail "accepted: $bad"; fi
done
# An unwritable destination names it.
if "$GW" extract --format xlsx -o "$TMP/no/such/dir/l.xlsx" "$TABLE" 2>"$TMP/err"; then fail "wrote into a missing dir"; fi
grep -q "no/such/dir/l.xlsx" "$TMP/err" || fail "unwritable path not named: $(cat "$TMP/err")"
echo "ledger_test: ok"
