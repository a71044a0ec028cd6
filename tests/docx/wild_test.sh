#!/usr/bin/env bash
# Robustness on real-world DOCX: every file of the wild corpus (public test suites, damaged and fuzzed
# files included) goes through `gongwen extract`, one at a time.
# Usage: wild_test.sh GONGWEN_BINARY WILD_DIR   (exit 77 = skipped when WILD_DIR is absent)
# (A sanitizer build runs wild_batch_test.sh instead: one process for every file.)
#
# A file FAILS when
#   - gongwen crashes: killed by a signal, or an exit status other than 0 and 2;
#   - it takes more than 2 s of wall time (a 10 s `timeout` guards the run; the time is reported);
#   - it exits 2 without a "gongwen: FILE: message" line naming the file on standard error;
#   - it exits 0 without writing its output (-o);
#   - WILD_DIR/MANIFEST.tsv marks it a valid zip with paragraphs > 0 and gongwen refuses it (exit 2),
#     unless it is on the allow-list below.  Those refusals are also printed together, as a list.
# Files the MANIFEST calls robustness cases (not a zip) that gongwen accepts are printed as notes; they
# do not fail: gongwen detects the format by content, and reads what is not a package as text.
# The last line is `wild: N passed, M failed`; the exit status is 1 when M > 0.
set -u
GW=$1
WILD=$2
# Wall time allowed per file: 2 s (GONGWEN_WILD_LIMIT_MS for a slower build run by hand).
LIMIT_MS=${GONGWEN_WILD_LIMIT_MS:-2000}
GUARD_S=$(( LIMIT_MS / 1000 * 5 ))  # hard timeout per file

if [ ! -d "$WILD" ]; then
  echo "wild: $WILD is absent, skipped"
  exit 77
fi
if [ ! -x "$GW" ]; then
  echo "wild: $GW is not an executable" >&2
  exit 1
fi

# Valid packages gongwen may refuse, with the reason.  Decided from the corpus (MANIFEST.tsv, 300 files):
# every file refused for a legitimate reason -- the 8 OLE2/CFB containers (password-encrypted OOXML,
# legacy .doc/.docm), the 14 damaged/truncated/fuzzed zips, the 2 git symlink stubs, the Word lock file
# and the empty file -- has valid_zip != 1, so the MANIFEST check below never meets it; and all 274
# files with valid_zip = 1 and paragraphs > 0 are genuine WordprocessingML packages (a main document
# part, readable XML) that a reader must read.  So the list is empty.  Add an entry only for a valid zip
# that is not a readable Word document (say, a zip whose main part is missing), never to hide a bug:
#   ALLOWED_REFUSAL[name.docx]="why gongwen may refuse it"
declare -A ALLOWED_REFUSAL=()

# MANIFEST.tsv: the files that must be read, and the reason each file is in the corpus.
declare -A MUST_READ=()
declare -A REASON=()
if [ -f "$WILD/MANIFEST.tsv" ]; then
  while IFS=$'\t' read -r file valid paragraphs reason; do
    REASON[$file]=$reason
    if [ "$valid" = 1 ] && [[ $paragraphs =~ ^[0-9]+$ ]] && [ "$paragraphs" -gt 0 ]; then
      MUST_READ[$file]=1
    fi
  done < <(awk -F'\t' '
    NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    function f(name) { return $col[name] == "" ? "-" : $col[name] }  # read would merge empty fields
    { print f("file") "\t" f("valid_zip") "\t" f("paragraphs") "\t" f("reason") }' "$WILD/MANIFEST.tsv")
else
  echo "wild: no MANIFEST.tsv in $WILD: only crashes, time and messages are checked"
fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
passed=0
failed=0
refused=()
notes=()
slowest_ms=0
slowest=""
total_start=$EPOCHREALTIME

ms_between() { # ms_between START END : whole milliseconds between two $EPOCHREALTIME values
  local s=${1/./} e=${2/./}
  echo $(((10#$e - 10#$s) / 1000))
}

for path in "$WILD"/*; do
  [ -f "$path" ] || continue
  name=${path##*/}
  [ "$name" = MANIFEST.tsv ] && continue
  rm -f "$TMP/out.json"
  start=$EPOCHREALTIME
  timeout -k 2 "$GUARD_S" "$GW" extract -o "$TMP/out.json" "$path" >"$TMP/stdout" 2>"$TMP/stderr" </dev/null
  rc=$?
  ms=$(ms_between "$start" "$EPOCHREALTIME")
  if [ "$ms" -gt "$slowest_ms" ]; then
    slowest_ms=$ms
    slowest=$name
  fi
  problems=()
  if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
    problems+=("timed out: killed after ${GUARD_S} s")
  elif [ "$rc" -gt 128 ]; then
    problems+=("crashed: signal $((rc - 128)) ($(kill -l $((rc - 128)) 2>/dev/null || echo '?'))")
  elif [ "$rc" -ne 0 ] && [ "$rc" -ne 2 ]; then
    problems+=("crashed: exit status $rc")
  fi
  if [ "$ms" -gt "$LIMIT_MS" ] && [ "$rc" -ne 124 ] && [ "$rc" -ne 137 ]; then
    problems+=("too slow: $((ms / 1000)).$(printf '%03d' $((ms % 1000))) s (limit $((LIMIT_MS / 1000)) s)")
  fi
  if [ "$rc" -eq 2 ]; then
    named=0
    while IFS= read -r line; do
      [[ $line == "gongwen: $path:"* ]] && named=1
    done <"$TMP/stderr"
    [ "$named" -eq 1 ] || problems+=("exit 2 without a \"gongwen: $path: message\" line on stderr")
    if [ -n "${MUST_READ[$name]:-}" ]; then
      message=$(head -c 300 "$TMP/stderr" | head -n 1)
      if [ -n "${ALLOWED_REFUSAL[$name]:-}" ]; then
        refused+=("  $name (allowed: ${ALLOWED_REFUSAL[$name]}): $message")
      else
        refused+=("  $name: $message")
        problems+=("refused, but the MANIFEST says it is a valid zip with paragraphs")
      fi
    fi
  elif [ "$rc" -eq 0 ]; then
    [ -s "$TMP/out.json" ] || problems+=("exit 0 but no output written")
    if [ -z "${MUST_READ[$name]:-}" ] && [[ ${REASON[$name]:-} == robustness:* ]]; then
      notes+=("  $name (${REASON[$name]#robustness:}): accepted, read as $(grep -o '"format":"[a-z]*"' "$TMP/out.json" | head -n 1 | cut -d'"' -f4)")
    fi
  fi
  if [ ${#problems[@]} -eq 0 ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    for p in "${problems[@]}"; do
      echo "FAIL: $name: $p" >&2
    done
  fi
done

if [ $((passed + failed)) -eq 0 ]; then
  echo "wild: no files in $WILD, skipped"
  exit 77
fi
if [ ${#refused[@]} -gt 0 ]; then
  echo "valid zips with paragraphs that gongwen refused (${#refused[@]}):"
  printf '%s\n' "${refused[@]}"
fi
if [ ${#notes[@]} -gt 0 ]; then
  echo "notes: robustness files (MANIFEST: not a valid zip) that gongwen accepted -- not failures:"
  printf '%s\n' "${notes[@]}"
fi
total_ms=$(ms_between "$total_start" "$EPOCHREALTIME")
echo "slowest: $slowest ($((slowest_ms / 1000)).$(printf '%03d' $((slowest_ms % 1000))) s); all files: $((total_ms / 1000)).$(printf '%03d' $((total_ms % 1000))) s"
echo "wild: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
