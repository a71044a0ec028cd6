#!/usr/bin/env bash
# gongwen validate and gongwen rules from the outside: exit codes, the text form
# with its caret, --werror/--disable/--enable/--severity, config files, --fix
# (never touching the input), JSON against the schema, SARIF against the SARIF
# 2.1.0 schema, and docs/rules.md against the catalogue.
# Usage: validate_test.sh GONGWEN_BINARY SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
fails=0
check() {  # check NAME EXPECTED-EXIT COMMAND...
  local name=$1 want=$2
  shift 2
  "$@" >"$TMP/out" 2>"$TMP/err"
  local got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL $name: exit $got, expected $want"; sed 's/^/  | /' "$TMP/err" | head -5; fails=$((fails + 1))
  fi
}
expect() {  # expect NAME FILE PATTERN: the file has a line matching the pattern
  if ! grep -q -- "$3" "$2"; then echo "FAIL $1: no line matching '$3' in $2"; sed 's/^/  | /' "$2" | head -5; fails=$((fails + 1)); fi
}
absent() {
  if grep -q -- "$3" "$2"; then echo "FAIL $1: unexpected '$3' in $2"; fails=$((fails + 1)); fi
}

# The sample has warnings only: exit 0; with --werror, 1.
check sample 0 "$GW" validate --color never "$SAMPLE"
expect text-form "$TMP/out" "guxian-2023-gzbg-fengong.txt:801:24: warning: “线上”连写了两次 \[GW-PHRASE-DOUBLED\]"
expect source-line "$TMP/out" "^ 801 | 230.建设就业见习基地"
expect caret "$TMP/out" "^     | *\^~~~"
expect summary "$TMP/out" "0 个错误，60 个警告，0 条提示"
absent no-colour "$TMP/out" $'\033'
check werror 1 "$GW" validate --werror "$SAMPLE"
check always-colour 0 "$GW" validate --color always "$SAMPLE"
expect colour "$TMP/out" $'\033\[1;35mwarning'
# On a terminal, colour goes to the terminal only, never into a file given with -o.
if command -v script >/dev/null 2>&1; then
  script -qc "'$GW' validate --color auto -o '$TMP/tty.txt' '$SAMPLE'" /dev/null >/dev/null
  expect tty-file "$TMP/tty.txt" "GW-PHRASE-DOUBLED"
  absent tty-file-no-colour "$TMP/tty.txt" $'\033'
fi
NO_COLOR=1 check no-color-env 0 "$GW" validate "$SAMPLE"
absent no-color-env "$TMP/out" $'\033'

# An error: exit 1. Turned off or made a warning: exit 0.
sed 's/古政办发〔2023〕11号/古政办发〔23〕11号/' "$SAMPLE" >"$TMP/year.txt"
check error 1 "$GW" validate "$TMP/year.txt"
expect error-line "$TMP/out" "year.txt:5:6: error: 发文字号的年份“23”应写全四位 \[GW-DOCNO-YEAR\]"
check disable 0 "$GW" validate --disable GW-DOCNO-YEAR "$TMP/year.txt"
check severity 0 "$GW" validate --severity GW-DOCNO-YEAR=warning "$TMP/year.txt"
check enable 0 "$GW" validate --enable GW-TASK-NO-DEADLINE --min-severity info "$SAMPLE"
expect enable "$TMP/out" "GW-TASK-NO-DEADLINE"
check unknown-rule 2 "$GW" validate --disable GW-NOPE "$SAMPLE"
expect unknown-rule "$TMP/err" "unknown rule GW-NOPE"
check bad-severity 2 "$GW" validate --severity GW-DOCNO-YEAR=fatal "$SAMPLE"
check missing-file 2 "$GW" validate "$TMP/nope.txt"

# A config file beside the document is found; --config names another; a broken one is an error with its place.
mkdir "$TMP/dir"
cp "$TMP/year.txt" "$TMP/dir/draft.txt"
printf '{"severity": {"GW-DOCNO-YEAR": "info"}}\n' >"$TMP/dir/.gongwen.json"
check config-beside 0 "$GW" validate "$TMP/dir/draft.txt"
printf '{\n  "disable": [\n' >"$TMP/broken.json"
check config-broken 2 "$GW" validate --config "$TMP/broken.json" "$SAMPLE"
expect config-broken "$TMP/err" "broken.json:3:1:"

# --fix writes a fixed copy and leaves the input alone.
printf '古政办发[2023]011号\n关于做好防汛工作的通知\n县发展和改革局(牵头)负责。\n古县人民政府办公室\n2023年04月28日\n' >"$TMP/draft.txt"
cp "$TMP/draft.txt" "$TMP/draft.orig"
check fix 0 "$GW" validate --fix -o "$TMP/fixed.txt" "$TMP/draft.txt"
cmp -s "$TMP/draft.txt" "$TMP/draft.orig" || { echo "FAIL fix: the input changed"; fails=$((fails + 1)); }
printf '古政办发〔2023〕11号\n关于做好防汛工作的通知\n县发展和改革局（牵头）负责。\n古县人民政府办公室\n2023年4月28日\n' >"$TMP/want.txt"
cmp -s "$TMP/fixed.txt" "$TMP/want.txt" || { echo "FAIL fix: output differs"; diff "$TMP/want.txt" "$TMP/fixed.txt"; fails=$((fails + 1)); }
expect fix-report "$TMP/err" "4 fixes written to"
check fix-stdin 0 "$GW" validate --fix -o "$TMP/fixed-stdin.txt" - <"$TMP/draft.txt"
cmp -s "$TMP/fixed-stdin.txt" "$TMP/want.txt" || { echo "FAIL fix-stdin: output differs"; fails=$((fails + 1)); }
check fix-needs-output 2 "$GW" validate --fix "$TMP/draft.txt"
check fix-docx 2 "$GW" validate --fix -o "$TMP/x.docx" "$SRC/corpus/docx/layout-wrong.docx"

# JSON against gongwen's schema; SARIF against the SARIF 2.1.0 schema.
check json 0 "$GW" validate --format json -o "$TMP/report.json" "$SAMPLE"
"$PY" - "$SRC/docs/schema/gongwen.schema.json" "$TMP/report.json" <<'PY' || fails=$((fails + 1))
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
report = json.load(open(sys.argv[2]))
sub = dict(schema["$defs"]["validationReport"], **{"$defs": schema["$defs"]})
jsonschema.Draft202012Validator(sub).validate(report)
assert report["summary"] == {"error": 0, "warning": 60, "info": 423}, report["summary"]
PY
check sarif 0 "$GW" validate --format sarif -o "$TMP/report.sarif" "$SAMPLE" "$SRC/corpus/docx/layout-wrong.docx"
"$PY" - "$SRC/tests/schema/sarif-2.1.0-rtm.5.json" "$TMP/report.sarif" <<'PY' || fails=$((fails + 1))
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
log = json.load(open(sys.argv[2]))
jsonschema.Draft4Validator(schema).validate(log)
run = log["runs"][0]
rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
assert len(run["artifacts"]) == 2
for r in run["results"]:
    assert rules[r["ruleIndex"]] == r["ruleId"]
    assert r["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1
levels = {r["level"] for r in run["results"]}
assert levels <= {"note", "warning", "error"}, levels
assert any(r["ruleId"] == "GW-LAYOUT-MARGIN-TOP" and r["locations"][0]["physicalLocation"]["artifactLocation"]["index"] == 1
           for r in run["results"])
assert any("fixes" in r for r in run["results"])
PY

# docs/rules.md is generated from the catalogue.
check rules 0 "$GW" rules --markdown
cmp -s "$TMP/out" "$SRC/docs/rules.md" || {
  echo "FAIL rules: docs/rules.md differs from 'gongwen rules --markdown' (regenerate it)"; fails=$((fails + 1)); }
check rules-list 0 "$GW" rules
expect rules-list "$TMP/out" "^GW-DOCNO-BRACKET"

if [ "$fails" -ne 0 ]; then echo "$fails failures"; exit 1; fi
echo "validate: all checks passed"
