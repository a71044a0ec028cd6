#!/usr/bin/env bash
# gongwen segment: F1 against hand-segmented government text (tests/seg/gov_*.gold.txt,
# written for these tests by an annotator who saw no segmenter output) and, when
# shared/ is present, against the PKU test set (SIGHAN 2005); then the command's
# behaviour: sentences, JSON positions, a bad lexicon.
# Usage: seg_test.sh GONGWEN_BINARY SOURCE_DIR [SHARED_DIR]
# The floors are the figures measured when this test was written (see the issue note);
# a change that lowers one fails here.
set -u
GW=$1
SRC=$2
SHARED=${3:-}
PY=${PYTHON:-python3}
SCORE="$SRC/tests/seg/score_seg.py"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fail=0
check() {  # name, then a command that must succeed
  local name=$1
  shift
  if "$@"; then echo "ok   $name"; else echo "FAIL $name"; fail=1; fi
}
# f1 GOLD OUT → prints F1
f1() { "$PY" "$SCORE" --json "$1" "$2" | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["f1"])'; }
at_least() { "$PY" -c "import sys; sys.exit(0 if float('$1') >= float('$2') else 1)"; }

# sample: used while developing; heldout: looked at after its first score; fresh: written later by
# another annotator and scored without its errors ever being read.
# blind: written later still by another annotator (tests/seg/README.md), likewise never read.
for set in sample heldout fresh blind; do
  "$GW" segment -o "$TMP/$set.txt" "$SRC/tests/seg/gov_$set.txt" || fail=1
  score=$(f1 "$SRC/tests/seg/gov_$set.gold.txt" "$TMP/$set.txt")
  echo "gov_$set F1 $score"
  case $set in
    sample) floor=0.98 ;;
    heldout) floor=0.955 ;;
    fresh) floor=0.95 ;;  # the issue's target on government text
    blind) floor=0.95 ;;
  esac
  check "gov_$set F1 >= $floor" at_least "$score" "$floor"
done

PKU=$SHARED/corpus/seg/pku
if [ -n "$SHARED" ] && [ -f "$PKU/pku_test.utf8" ]; then
  "$GW" segment -o "$TMP/pku.txt" "$PKU/pku_test.utf8" || fail=1
  score=$(f1 "$PKU/pku_test_gold.utf8" "$TMP/pku.txt")
  echo "PKU F1 (built-in lexicon) $score"
  check "PKU F1 >= 0.875 with the built-in lexicon only (the issue's floor is 0.83)" at_least "$score" 0.875
  "$GW" segment --lexicon "$PKU/pku_training_words.utf8" -o "$TMP/pku_l.txt" "$PKU/pku_test.utf8" || fail=1
  score=$(f1 "$PKU/pku_test_gold.utf8" "$TMP/pku_l.txt")
  echo "PKU F1 (+ PKU training word list) $score"
  check "PKU F1 >= 0.90 with the training word list as user lexicon" at_least "$score" 0.90
else
  echo "skip PKU (no $PKU)"
fi

# One output line per input line, blank lines kept; standard input.
printf '工业投资增长19%%以上。\n\n睢阳（古县）产量7000万公斤。\n' >"$TMP/in.txt"
"$GW" segment - <"$TMP/in.txt" >"$TMP/out.txt"
check "stdin, one line per line" test "$(cat "$TMP/out.txt")" = "$(printf '工业 投资 增长 19%% 以上 。\n\n睢阳（古县） 产量 7000万公斤 。')"
"$GW" segment --sentences "$TMP/in.txt" >"$TMP/sent.txt"
check "--sentences: one sentence per line" test "$(wc -l <"$TMP/sent.txt")" -eq 2
# JSON: every token's offset/length cut the original file's bytes to the token's text (here GB18030).
iconv -f UTF-8 -t GB18030 "$TMP/in.txt" >"$TMP/gb.txt"
"$GW" segment --format json --sentences "$TMP/gb.txt" >"$TMP/gb.jsonl"
check "--format json positions point into the original bytes" "$PY" - "$TMP/gb.txt" "$TMP/gb.jsonl" <<'PYEOF'
import json, sys
raw = open(sys.argv[1], "rb").read()
lines = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
assert len(lines) == 3, len(lines)
n = 0
for line in lines:
    for t in line["tokens"]:
        assert raw[t["offset"]:t["offset"] + t["length"]].decode("gb18030") == t["text"], t
        n += 1
assert n == 10, n
assert [s["text"] for s in lines[0]["sentences"]] == ["工业投资增长19%以上。"]
PYEOF
# A missing or bad lexicon: exit 2, the file named.
"$GW" segment --lexicon "$TMP/none.txt" "$TMP/in.txt" >/dev/null 2>"$TMP/err.txt"
check "missing lexicon: exit 2" test $? -eq 2
check "missing lexicon: named" grep -q "none.txt" "$TMP/err.txt"
printf 'ok\n\xff\xfe\n' >"$TMP/bad.lex"
"$GW" segment --lexicon "$TMP/bad.lex" "$TMP/in.txt" >/dev/null 2>"$TMP/err.txt"
check "bad lexicon: exit 2 with the line" grep -q "bad.lex:2" "$TMP/err.txt"
exit $fail
