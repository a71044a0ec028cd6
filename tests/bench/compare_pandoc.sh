#!/usr/bin/env bash
# DOCX → JSON: gongwen against its floor and against pandoc, in one run.
#
#   tests/bench/compare_pandoc.sh            # a ≥ 10 MB document.xml (about 3 minutes: pandoc is slow)
#   MB=2 tests/bench/compare_pandoc.sh       # a smaller one
#   tests/bench/compare_pandoc.sh A.docx …   # these files instead; with several, also as an archive:
#                                            # one gongwen batch over them all (median of RUNS), pandoc
#                                            # once per file
#   PER_FILE=0 tests/bench/compare_pandoc.sh DIR/*.docx   # the archive comparison only (hundreds of files)
#
# For each file: wall time and peak memory (/usr/bin/time) of
#   gongwen extract FILE -o /dev/null        (median of RUNS, default 3)
#   pandoc -f docx -t json FILE -o /dev/null (once)
# then the ratio, and peak memory over the size of the inflated word/document.xml; last, the peak
# memory of the floor alone (docx_floor), over the same size.
# Before that, the Google Benchmark DOCX cases on the same file: the floor (libzip
# inflate + pugixml parse of word/document.xml) against the whole DOCX → JSON path.
#
# Needs: pandoc, python3 (for the big file and the XML size), GNU time (package `time`).
# Environment: BUILD_DIR (default <repo>/build-bench, a Release build made here), PER_FILE (0: skip the
# per-file sections),
# MB (size of the generated document.xml, default 10), RUNS (odd: of an even number the lower middle is taken), TUNABLES (GLIBC_TUNABLES for the
# Google Benchmark run, default glibc.malloc.hugetlb=1; empty for glibc's defaults).
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
MB="${MB:-10}"
RUNS="${RUNS:-3}"
# The library in the benchmark runs on transparent huge pages, as the README suggests for a program
# that embeds it and reads large documents (TUNABLES= measures with glibc's defaults). The gongwen
# tool and pandoc run as they are: the tool prepares its heap for huge pages itself.
TUNABLES="${TUNABLES-glibc.malloc.hugetlb=1}"

command -v pandoc >/dev/null || { echo "compare_pandoc: pandoc is not installed (apt-get install pandoc)" >&2; exit 2; }
need_gnu_time compare_pandoc
build_release gongwen_bench gongwen-cli docx_floor
GONGWEN="$BUILD_DIR/tools/gongwen"

files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  big="$BUILD_DIR/big-${MB}mb.docx"
  [ -f "$big" ] || /usr/bin/python3 "$ROOT/tests/bench/make_big_docx.py" "$big" "$MB" >&2
  files=("$big")
fi

xml_bytes() {
  python3 -c 'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).getinfo("word/document.xml").file_size)' "$1"
}


PER_FILE="${PER_FILE:-1}"
per_file=()
[ "$PER_FILE" = 0 ] || per_file=("${files[@]}")

[ ${#per_file[@]} -gt 0 ] && echo "== floor vs DOCX → JSON (Google Benchmark, CPU time, one core)"
for f in "${per_file[@]}"; do
  GLIBC_TUNABLES="$TUNABLES" \
  GONGWEN_BENCH_DOCX="$f" GONGWEN_BENCH_MIN_MB=0.01 "$BUILD_DIR/tests/bench/gongwen_bench" \
    --benchmark_filter='BM_Docx_(Floor_InflateAndParse|ToJson|ToJsonStream)$' --benchmark_min_time=1 2>/dev/null |
    awk -v f="$(basename "$f")" '/^BM_Docx_Floor/ {floor = $4 * ($5 == "ms" ? 1 : $5 == "us" ? 0.001 : 1000)}
         /^BM_Docx_ToJson / {json = $4 * ($5 == "ms" ? 1 : $5 == "us" ? 0.001 : 1000)}
         /^BM_Docx_ToJsonStream / {stream = $4 * ($5 == "ms" ? 1 : $5 == "us" ? 0.001 : 1000)}
         END { if (floor > 0 && json > 0 && stream > 0)
                 printf "%s: floor %.1f ms; to JSON written out %.1f ms: %.1f× the floor; to JSON in one string %.1f ms: %.1f×\n",
                        f, floor, stream, stream / floor, json, json / floor }'
done

if [ ${#per_file[@]} -gt 0 ]; then
  echo
  echo "== gongwen vs pandoc (wall time, peak memory; gongwen median of $RUNS)"
  printf "%-28s %9s %10s %10s %10s %10s %9s %9s\n" file "XML MB" "gongwen s" "gongwen MB" "pandoc s" "pandoc MB" "ratio" "mem/XML"
fi
for f in "${per_file[@]}"; do
  xml=$(xml_bytes "$f")
  times=()
  rss=0
  for _ in $(seq "$RUNS"); do
    read -r t m <<<"$(measure "$GONGWEN" extract "$f" -o /dev/null)"
    [ "$t" = fail ] && { echo "$f: gongwen failed" >&2; exit 1; }
    times+=("$t")
    rss=$m
  done
  g=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  read -r p pm <<<"$(measure pandoc -f docx -t json "$f" -o /dev/null)"
  awk -v f="$(basename "$f")" -v x="$xml" -v g="$g" -v gm="$rss" -v p="$p" -v pm="$pm" 'BEGIN {
    ratio = (p == "fail" || g == 0) ? "-" : sprintf("%.0f×", p / g)
    printf "%-28s %9.1f %10.2f %10.0f %10s %10s %9s %8.1f×\n", f, x / 1e6, g, gm / 1024, p,
           (p == "fail" ? "-" : sprintf("%.0f", pm / 1024)), ratio, gm * 1024 / x }'
done

if [ ${#per_file[@]} -gt 0 ]; then
  echo
  echo "== the floor's own peak memory (docx_floor: inflate + pugixml's DOM in a process of its own)"
fi
for f in "${per_file[@]}"; do
  xml=$(xml_bytes "$f")
  read -r _ fm <<<"$(measure "$BUILD_DIR/tests/bench/docx_floor" "$f")"
  awk -v f="$(basename "$f")" -v x="$xml" -v fm="$fm" 'BEGIN {
    printf "%s: %.1f MB peak = %.2f× the XML\n", f, fm / 1024, fm * 1024 / x }'
done

# Several files, as an archive is converted: one `gongwen batch` over them all (its start-up paid once) against a
# pandoc process per file, pandoc having no batch mode. A file either tool cannot read counts as it takes.
if [ ${#files[@]} -gt 1 ] || [ "$PER_FILE" = 0 ]; then
  echo
  echo "== the ${#files[@]} files as an archive: gongwen batch -j 1 over them all (median of $RUNS), pandoc once per file (wall time)"
  times=()
  for _ in $(seq "$RUNS"); do
    read -r t _ <<<"$(measure "$GONGWEN" batch -j 1 --failed-exit-code 0 -o /dev/null "${files[@]}")"
    [ "$t" = fail ] && { echo "gongwen batch failed" >&2; exit 1; }
    times+=("$t")
  done
  g=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  start=$(date +%s%N)
  for f in "${files[@]}"; do pandoc -f docx -t json "$f" -o /dev/null >/dev/null 2>&1 || true; done
  p_ns=$(($(date +%s%N) - start))
  awk -v g="$g" -v p="$p_ns" -v n="${#files[@]}" 'BEGIN {
    p /= 1e9; if (g < 0.01) g = 0.01  # /usr/bin/time counts in hundredths: never 0
    printf "gongwen batch %.2f s (%.1f ms a file), pandoc %.2f s (%.0f ms a file): %.0f×\n",
           g, g * 1000 / n, p, p * 1000 / n, p / g }'
fi
