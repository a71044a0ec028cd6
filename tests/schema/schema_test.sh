#!/usr/bin/env bash
# Every output shape validates against docs/schema/gongwen.schema.json: the
# sample (compact, pretty, several files, JSONL, no blocks, GB18030, lenient,
# empty input) and, when shared/ is present, the dev documents.
# Usage: schema_test.sh GONGWEN_BINARY SOURCE_DIR [SHARED_DIR]
set -u
GW=$1
SRC=$2
SHARED=${3:-}
PY=${PYTHON:-/usr/bin/python3}
if ! "$PY" -c "import jsonschema" 2>/dev/null; then
  echo "python3-jsonschema is not installed for $PY" >&2
  exit 1
fi
SAMPLE=$SRC/corpus/guxian-2023-gzbg-fengong.txt
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
set -e
"$GW" extract -o "$TMP/sample.json" "$SAMPLE"
"$GW" extract --pretty -o "$TMP/pretty.json" "$SAMPLE"
"$GW" extract -o "$TMP/array.json" "$SAMPLE" "$SAMPLE"
"$GW" extract --jsonl -o "$TMP/lines.jsonl" "$SAMPLE" "$SAMPLE"
"$GW" extract --no-blocks -o "$TMP/noblocks.json" "$SAMPLE"
"$GW" extract --tokens -o "$TMP/tokens.json" "$SAMPLE"
iconv -f UTF-8 -t GB18030 "$SAMPLE" >"$TMP/gb.txt"
"$GW" extract -o "$TMP/gb.json" "$TMP/gb.txt"
{ head -c 100 "$SAMPLE"; printf '\xff'; tail -c +101 "$SAMPLE"; } >"$TMP/bad.txt"
"$GW" extract --lenient -o "$TMP/lenient.json" "$TMP/bad.txt"
: >"$TMP/empty.txt"
"$GW" extract -o "$TMP/empty.json" "$TMP/empty.txt"
for f in "$SRC"/corpus/docx/*.docx; do
  "$GW" extract -o "$TMP/docx-$(basename "$f" .docx).json" "$f"
done
outputs=("$TMP"/*.json "$TMP"/*.jsonl "$SRC"/tests/golden/*.json "$SRC"/tests/golden/styles/*.json
         "$SRC"/tests/golden/docx/*.json)
if [ -n "$SHARED" ] && [ -d "$SHARED/corpus/dev" ]; then
  for f in "$SHARED"/corpus/dev/*.txt; do
    out="$TMP/dev-$(basename "$f" .txt).json"
    "$GW" extract -o "$out" "$f"
    outputs+=("$out")
  done
fi
set +e
"$PY" "$SRC/tests/schema/validate_json.py" "$SRC/docs/schema/gongwen.schema.json" "${outputs[@]}"
