#!/usr/bin/env bash
# Scores the extraction of the sample against the independent gold list in
# shared/ (../shared/tools/score_tasks.py); must print score=1.000.
# Exits 77 (skipped) when shared/ is not beside the checkout.
set -u
GW=$1
SRC=$2
SHARED=$3
PY=${PYTHON:-/usr/bin/python3}
SCORE=$SHARED/tools/score_tasks.py
GOLD=$SHARED/corpus/seed/guxian-2023-gzbg-fengong.tasks.gold.jsonl
if [ ! -f "$SCORE" ] || [ ! -f "$GOLD" ]; then
  echo "shared/ corpus not found at $SHARED: skipped"
  exit 77
fi
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
"$GW" extract -o "$OUT" "$SRC/corpus/guxian-2023-gzbg-fengong.txt" || exit 1
result=$("$PY" "$SCORE" "$GOLD" "$OUT")
echo "$result"
echo "$result" | tail -1 | grep -q 'score=1.000$'
