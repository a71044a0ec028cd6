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
documents=$?

# gongwen batch's error records, one of each kind a reader gives, against their own schema: and the
# sample's document against it too, which must fail (a schema that took anything would pass the rest).
errs=$TMP/errs
mkdir -p "$errs/dir.txt"
printf '附件\n第二行\xff\n' >"$errs/bad.txt"
mkfifo "$errs/fifo.txt"
printf 'PK\x03\x04not a zip' >"$errs/broken.docx"
printf '\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 an OLE file' >"$errs/old.doc"
for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26; do cat "$SAMPLE"; done >"$errs/big.txt"
(cd "$errs" && printf 'bad.txt\ndir.txt\nfifo.txt\nbroken.docx\nold.doc\nmissing.txt\nbig.txt\n' |
  timeout -s KILL 60 "$GW" batch --max-input-mb 1 - -o "$TMP/errors.jsonl" 2>/dev/null)
codes=$("$PY" -c 'import json, sys; print(" ".join(json.loads(l)["error"]["code"] for l in open(sys.argv[1])))' \
  "$TMP/errors.jsonl")
[ "$codes" = "invalid-encoding io-error io-error unsupported-format unsupported-format not-found too-large" ] ||
  { echo "FAIL: error records: $codes" >&2; exit 1; }
"$PY" "$SRC/tests/schema/validate_json.py" "$SRC/docs/schema/gongwen-batch-error.schema.json" "$TMP/errors.jsonl" ||
  exit 1
if "$PY" "$SRC/tests/schema/validate_json.py" "$SRC/docs/schema/gongwen-batch-error.schema.json" "$TMP/sample.json" \
  >/dev/null 2>&1; then
  echo "FAIL: a document passes as an error record" >&2
  exit 1
fi
exit $documents
