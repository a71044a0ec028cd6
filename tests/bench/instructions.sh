#!/usr/bin/env bash
# Instructions per notice: a figure that does not move with the machine's load or the hour, for
# comparing two builds on a VM whose timings vary by 2x (README, "Performance").
#
#   tests/bench/instructions.sh                      # the Release tree's gongwen, on the sample
#   tests/bench/instructions.sh OTHER/tools/gongwen  # another build, for an A/B
#   tests/bench/instructions.sh --stages             # and where they go, stage by stage
#   INPUT=big.docx tests/bench/instructions.sh --stages   # another input: a DOCX, a GB18030 text
#   N=20 tests/bench/instructions.sh
#
# Counts (valgrind's callgrind) the instructions `gongwen batch -j 1` executes on N copies of
# the input (default 10, of the bundled sample notice) and on one copy, and prints the difference
# over N - 1: start-up (patterns compiled, ICU data loaded) drops out, and what is left is the cost
# of one document, read, recognized and written as JSON. With --stages, the same difference for each
# stage of the pipeline (each a function of the library, its callees included: Release builds keep
# the symbols), and for the DOCX reader's two outside parts, inflating and parsing the XML.
#
# One part of it a real run does not pay: valgrind hides the CPU's SHA extensions from OpenSSL, so
# the count includes a SHA-256 of the file (`source.sha256`) in plain code, about 28 instructions
# per byte (1.15 million of the sample's 14.2 million at 0268743); with SHA-NI that hash costs a
# small fraction of it. Both builds of an A/B pay it alike; --stages prints it on a line of its own.
#
# Needs: valgrind. Environment: BUILD_DIR (default <repo>/build-bench, a Release build made here
# when no tool is given), N, INPUT (default corpus/guxian-2023-gzbg-fengong.txt).
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
N="${N:-10}"
INPUT="${INPUT:-$ROOT/corpus/guxian-2023-gzbg-fengong.txt}"
STAGES=0
GONGWEN=""
for arg in "$@"; do
  if [ "$arg" = "--stages" ]; then STAGES=1; else GONGWEN="$arg"; fi
done
[ -f "$INPUT" ] && [ -s "$INPUT" ] || { echo "instructions: no such file, or empty: $INPUT" >&2; exit 2; }
[ "$N" -ge 2 ] || { echo "instructions: N must be at least 2" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "instructions: valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
if [ -z "$GONGWEN" ]; then
  build_release gongwen-cli
  GONGWEN="$BUILD_DIR/tools/gongwen"
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir "$WORK/many" "$WORK/one"
# The copies keep the input's name (a file named on the command line is read whatever its name,
# where a folder's walk would take only *.txt, *.docx and the like).
name="${INPUT##*/}"
for ((i = 0; i < N; i++)); do cp "$INPUT" "$WORK/many/$i-$name"; done
cp "$INPUT" "$WORK/one/0-$name"

# instructions DIR: what callgrind counted for a batch over the files in DIR (its profile in
# DIR.out); a batch that fails (the input cannot be read as a document) stops the script, with why.
instructions() {
  local rc=0
  valgrind --tool=callgrind --dump-instr=no --callgrind-out-file="$1.out" \
    "$GONGWEN" batch -j 1 -o "$1.jsonl" "$1"/* >"$1.log" 2>&1 || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "instructions: gongwen batch failed on $INPUT (exit $rc):" >&2
    grep -v '^==[0-9]*==' "$1.log" | tail -n 3 >&2  # gongwen's words, not valgrind's
    grep -m 1 '"error"' "$1.jsonl" >&2 || true        # the first error record
    return 1
  fi
  awk '/Collected :/ { print $4 }' "$1.log"
}
many="$(instructions "$WORK/many")"
one="$(instructions "$WORK/one")"
[ -n "$many" ] && [ -n "$one" ] || { echo "instructions: callgrind gave no count" >&2; exit 1; }
bytes=$(wc -c <"$INPUT")
per=$(( (many - one) / (N - 1) ))
echo "$GONGWEN: $per instructions per document ($bytes bytes: $(( per / bytes )) per byte); start-up and one notice: $one"
[ "$STAGES" = 1 ] || exit 0
command -v callgrind_annotate >/dev/null || { echo "instructions: callgrind_annotate is missing (valgrind)" >&2; exit 2; }

# inclusive PROFILE: "instructions function" for every function of the profile, its callees
# included. A function inlined in part into several files is listed once per file: the largest is
# the whole.
inclusive() {
  callgrind_annotate --inclusive=yes --auto=no --threshold=100 "$1" |
    awk '$2 ~ /^\(/ { n = $1; gsub(",", "", n); $1 = ""; $2 = ""; print n, $0 }'
}
inclusive "$WORK/many.out" >"$WORK/many.fn"
inclusive "$WORK/one.out" >"$WORK/one.fn"
# per_document NAME: the instructions per document of the function whose name (after the file's
# colon) starts with NAME.
per_document() {
  local a b
  # printf, not print: mawk prints a number past 2^31 as 3.03e+10, which the shell cannot count with.
  a=$(awk -v f=":$1" 'index($0, f) { if ($1 + 0 > m) m = $1 + 0 } END { printf "%.0f\n", m }' "$WORK/many.fn")
  b=$(awk -v f=":$1" 'index($0, f) { if ($1 + 0 > m) m = $1 + 0 } END { printf "%.0f\n", m }' "$WORK/one.fn")
  echo $(( (a - b) / (N - 1) ))
}
# stage LABEL NAME: a line of the table, unless NAME took nothing.
stage() {
  local d
  d=$(per_document "$2")
  [ "$d" -gt 0 ] || return 0
  printf '  %-50s %11d  %5.1f%%\n' "$1" "$d" "$(awk -v d="$d" -v p="$per" 'BEGIN { print 100 * d / p }')"
}
echo "where they go (per document; a stage's callees included):"
stage "read, decode, blocks (gongwen::ReadAny)" "gongwen::ReadAny("
stage "  of which SHA-256, in plain code under valgrind" "gongwen::Sha256Hex"
stage "  of which inflating (libzip)" "zip_fread"
stage "  of which parsing XML (pugixml)" "pugi::xml_document::load_buffer_inplace"
stage "normalize (gongwen::Normalize)" "gongwen::Normalize("
stage "recognize (gongwen::Recognize)" "gongwen::Recognize("
stage "build (gongwen::BuildDocument)" "gongwen::BuildDocument("
stage "enrich (gongwen::Enrich)" "gongwen::Enrich("
stage "JSON (gongwen::ToJson)" "gongwen::ToJson"
stage "freeing the document" "gongwen::Document::~Document"
# self PROFILE: "instructions<TAB>function" with callees excluded.
self() {
  callgrind_annotate --inclusive=no --auto=no --threshold=100 "$1" |
    awk '/^ *[0-9,]+ \([ 0-9.]+%\)  / && !/PROGRAM TOTALS/ {
           n = $1; gsub(",", "", n); sub(/^ *[0-9,]+ \([ 0-9.]+%\) +/, ""); print n "\t" $0 }'
}
self "$WORK/many.out" >"$WORK/many.self"
self "$WORK/one.out" >"$WORK/one.self"
echo "the largest functions by their own instructions (callees excluded), per document:"
awk -F '\t' -v n="$N" -v per="$per" '
  FNR == NR { one[$2] = $1; next }
  { d = ($1 - one[$2]) / (n - 1); if (d > 0) printf "%.0f\t%.1f%%\t%s\n", d, 100 * d / per, $2 }' \
  "$WORK/one.self" "$WORK/many.self" | sort -t "$(printf '\t')" -k1,1 -rn >"$WORK/top"
awk -F '\t' 'NR <= 5 { printf "  %11d  %6s  %s\n", $1, $2, substr($3, 1, 110) }' "$WORK/top"
# Allocations per document: the calls into malloc and operator new (any allocator's), from their callers.
allocations() {
  callgrind_annotate --tree=caller --auto=no "$1" |
    awk '/^ *[0-9,]+ \([ 0-9.]+%\)  < / { if (match($0, /\([0-9,]+x\)/)) { c = substr($0, RSTART + 1, RLENGTH - 3); gsub(",", "", c); calls += c } next }
         /  \*  / { if ($0 ~ /:(malloc|calloc|operator new(\[\])?\(unsigned long\)) /) total += calls; calls = 0; next }
         { calls = 0 }
         END { printf "%.0f\n", total }'
}
echo "allocations per document (malloc, operator new): $(( ($(allocations "$WORK/many.out") - $(allocations "$WORK/one.out")) / (N - 1) ))"
# A DOCX against its floor: every part read inflated and parsed, no gongwen code (the benchmark's
# BM_Docx_Floor_InflateAndParse times word/document.xml alone).
floor=$(( $(per_document "zip_fread") + $(per_document "pugi::xml_document::load_buffer_inplace") ))
if [ "$floor" -gt 0 ]; then
  echo "the DOCX floor (its parts inflated and parsed, no gongwen code): $floor; the whole: $(awk -v a="$per" -v f="$floor" 'BEGIN { printf "%.1f", a / f }')x the floor"
fi
