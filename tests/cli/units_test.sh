#!/usr/bin/env bash
# gongwen units: table and JSON, aliases across files, a bad alias file.
# Usage: units_test.sh GONGWEN_BINARY SOURCE_DIR
set -u
GW=$1
SRC=$2
PY=${PYTHON:-python3}
SAMPLE=$SRC/corpus/guxian-2023-gzbg-fengong.txt
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fail=0
check() {
  local name=$1
  shift
  if "$@"; then echo "ok   $name"; else echo "FAIL $name"; fail=1; fi
}
"$GW" units "$SAMPLE" >"$TMP/table.txt"
check "table: header" test "$(head -1 "$TMP/table.txt")" = "$(printf '单位\t牵头\t配合\t写法\t牵头任务\t配合任务')"
check "table: 县发展和改革局 leads tasks 27 to 40" grep -q "^县发展和改革局	14	.*	27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40	" "$TMP/table.txt"
check "table: leaders with portfolio" grep -q "^刘泳	县长	10	全面负责各项工作任务地完成" "$TMP/table.txt"

# Two notices spelling one unit two ways: a suggestion, then joined by an alias file.
printf '附件\n\n重点工作任务分工\n\n1.完成高标准农田建设1万亩。（牵头单位：县发改局）\n' >"$TMP/a.txt"
printf '附件\n\n重点工作任务分工\n\n1.新建保障性住房50套。（牵头单位：县发展和改革局；配合单位：县财政局）\n' >"$TMP/b.txt"
"$GW" units --format json "$TMP/a.txt" "$TMP/b.txt" >"$TMP/two.json"
check "json: two spellings, one suggestion" "$PY" -c '
import json, sys
d = json.load(open(sys.argv[1]))
names = [u["name"] for u in d["units"]]
assert sorted(names) == ["县发展和改革局", "县发改局", "县财政局"], names
assert d["suggestions"] == [{"name": "县发改局", "probably": "县发展和改革局", "reason": "abbreviation"}], d["suggestions"]
' "$TMP/two.json"
printf '县发改局 = 县发展和改革局\n' >"$TMP/aliases.txt"
"$GW" units --format json --aliases "$TMP/aliases.txt" "$TMP/a.txt" "$TMP/b.txt" >"$TMP/joined.json"
check "json: an alias joins them" "$PY" -c '
import json, sys
d = json.load(open(sys.argv[1]))
u = d["units"][0]
assert u["name"] == "县发展和改革局" and u["spellings"] == ["县发改局", "县发展和改革局"], u
assert [r["task"] for r in u["leads"]] == ["1", "1"] and u["leads"][0]["source"].endswith("a.txt"), u
assert d["suggestions"] == []
' "$TMP/joined.json"
"$GW" units "$TMP/a.txt" "$TMP/b.txt" | grep -q "a.txt#1" && r=0 || r=1
check "table: several files name the file with the task" test $r -eq 0
printf 'no separator here\n' >"$TMP/bad.txt"
"$GW" units --aliases "$TMP/bad.txt" "$SAMPLE" >/dev/null 2>"$TMP/err.txt"
check "bad alias file: exit 2" test $? -eq 2
check "bad alias file: file and line named" grep -q "bad.txt:1" "$TMP/err.txt"
"$GW" units "$TMP/missing.txt" "$TMP/a.txt" >"$TMP/partial.txt" 2>"$TMP/err.txt"
check "an unreadable input: exit 2, the others still indexed" test $? -eq 2 -a -s "$TMP/partial.txt"
exit $fail
