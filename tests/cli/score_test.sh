#!/usr/bin/env bash
# Scores extractions against hand-made gold lists with score_tasks.py: the
# sample notice (text, and DOCX with typed markers and with automatic
# numbering) and the generalization notices in corpus/ must each print
# score=1.000; with shared/ beside the checkout, so must its three dev
# documents (other clause styles). The scorer is shared/tools/score_tasks.py
# when present, else the copy in tests/tools/.
# Usage: score_test.sh GONGWEN_BINARY SOURCE_DIR SHARED_DIR
set -u
GW=$1
SRC=$2
SHARED=$3
PY=${PYTHON:-/usr/bin/python3}
SCORE=$SHARED/tools/score_tasks.py
[ -f "$SCORE" ] || SCORE=$SRC/tests/tools/score_tasks.py
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
failed=0
scored=0
check() {  # check INPUT GOLD
  scored=$((scored + 1))
  "$GW" extract -o "$OUT" "$1" || { failed=$((failed + 1)); return; }
  result=$("$PY" "$SCORE" "$2" "$OUT" | tail -1)
  echo "$(basename "$1"): $result"
  echo "$result" | grep -q 'score=1.000$' || failed=$((failed + 1))
}
SEED_GOLD=$SRC/corpus/guxian-2023-gzbg-fengong.tasks.gold.jsonl
check "$SRC/corpus/guxian-2023-gzbg-fengong.txt" "$SEED_GOLD"
check "$SRC/corpus/docx/sample-typed.docx" "$SEED_GOLD"
check "$SRC/corpus/docx/sample-numbered.docx" "$SEED_GOLD"
for doc in "$SHARED"/corpus/dev/*.txt "$SRC"/corpus/generalization/*.txt "$SRC"/corpus/generalization/*.docx \
  "$SRC"/corpus/generalization/*.md "$SRC"/corpus/generalization/*.html "$SRC"/corpus/generalization/*.htm "$SRC"/corpus/generalization/*.csv \
  "$SRC"/corpus/generalization/*.org "$SRC"/corpus/generalization/*.textile "$SRC"/corpus/generalization/*.mht; do
  [ -f "$doc" ] && [ -f "${doc%.*}.tasks.gold.jsonl" ] && check "$doc" "${doc%.*}.tasks.gold.jsonl"
done
echo "$scored documents scored, $failed below 1.000"
test "$failed" -eq 0 && test "$scored" -ge 49
