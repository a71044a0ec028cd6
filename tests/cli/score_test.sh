#!/usr/bin/env bash
# Scores extractions against the independent gold lists in shared/ with
# ../shared/tools/score_tasks.py: the sample notice (text, and DOCX with typed
# markers and with automatic numbering) and the three dev documents
# (other clause styles) and the generalization notices in corpus/ must each
# print score=1.000.
# Exits 77 (skipped) when shared/ is not beside the checkout.
set -u
GW=$1
SRC=$2
SHARED=$3
PY=${PYTHON:-/usr/bin/python3}
SCORE=$SHARED/tools/score_tasks.py
if [ ! -f "$SCORE" ]; then
  echo "shared/ not found at $SHARED: skipped"
  exit 77
fi
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
failed=0
check() {  # check INPUT GOLD
  "$GW" extract -o "$OUT" "$1" || { failed=$((failed + 1)); return; }
  result=$("$PY" "$SCORE" "$2" "$OUT" | tail -1)
  echo "$(basename "$1"): $result"
  echo "$result" | grep -q 'score=1.000$' || failed=$((failed + 1))
}
SEED_GOLD=$SHARED/corpus/seed/guxian-2023-gzbg-fengong.tasks.gold.jsonl
check "$SRC/corpus/guxian-2023-gzbg-fengong.txt" "$SEED_GOLD"
check "$SRC/corpus/docx/sample-typed.docx" "$SEED_GOLD"
check "$SRC/corpus/docx/sample-numbered.docx" "$SEED_GOLD"
for doc in "$SHARED"/corpus/dev/*.txt "$SRC"/corpus/generalization/*.txt "$SRC"/corpus/generalization/*.docx; do
  [ -f "$doc" ] && check "$doc" "${doc%.*}.tasks.gold.jsonl"
done
test "$failed" -eq 0
