#!/usr/bin/env bash
# Batch conversion at archive scale, in one run: peak memory for 1 000 and for 20 000 files, and
# `batch -j 2` against `-j 1` (the targets: memory within 1.2x, two cores at least 1.8x one).
#
#   tests/bench/batch_scaling.sh                 # about a minute and a half
#   SMALL=500 LARGE=5000 tests/bench/batch_scaling.sh
#
# The files are symbolic links to the corpus notices (corpus/*.txt, corpus/generalization/*.txt and
# *.docx, corpus/docx/*.docx), over and over, in folders of 1 000 under a temporary directory, so
# the batch reads a real mix of text and DOCX. Each case runs RUNS times (default 3), alternating,
# and the best time and the largest peak memory are kept: the VM's speed drifts by a quarter within
# minutes, and the best of three alternated runs is the figure least moved by it.
#
# Needs: GNU time (package `time`), python3. Environment: BUILD_DIR (default <repo>/build-bench, a Release
# build made here), SMALL, LARGE (file counts, default 1000 and 20000), RUNS.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
SMALL="${SMALL:-1000}"
LARGE="${LARGE:-20000}"
RUNS="${RUNS:-3}"
need_gnu_time batch_scaling
build_release gongwen-cli
GONGWEN="$BUILD_DIR/tools/gongwen"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
shopt -s nullglob
sources=("$ROOT"/corpus/*.txt "$ROOT"/corpus/generalization/*.txt "$ROOT"/corpus/generalization/*.docx
         "$ROOT"/corpus/docx/*.docx)
# make_tree DIR N: N links to the sources, in folders of 1 000 (made by Python: 20 000 runs of ln
# took a minute). Prints the bytes they hold.
make_tree() {
  python3 - "$1" "$2" "${sources[@]}" <<'PY'
import os, sys
root, n, sources = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
total = 0
for i in range(n):
    src = sources[i % len(sources)]
    folder = os.path.join(root, "d%d" % (i // 1000))
    os.makedirs(folder, exist_ok=True)
    os.symlink(src, os.path.join(folder, "f%d%s" % (i, os.path.splitext(src)[1])))
    total += os.path.getsize(src)
print(total)
PY
}
small_bytes=$(make_tree "$WORK/small" "$SMALL")
large_bytes=$(make_tree "$WORK/large" "$LARGE")

declare -A best mem
for case in "small 1" "small 2" "large 1" "large 2"; do best[$case]=; mem[$case]=0; done
for ((r = 0; r < RUNS; r++)); do
  for case in "small 1" "small 2" "large 1" "large 2"; do
    read -r dir jobs <<<"$case"
    read -r t m <<<"$(measure "$GONGWEN" batch -j "$jobs" -o /dev/null "$WORK/$dir")"
    [ "$t" = fail ] && { echo "batch_scaling: gongwen batch failed on $WORK/$dir" >&2; exit 1; }
    if [ -z "${best[$case]}" ] || awk -v a="$t" -v b="${best[$case]}" 'BEGIN { exit !(a < b) }'; then best[$case]=$t; fi
    [ "$m" -gt "${mem[$case]}" ] && mem[$case]=$m
  done
done

printf "%-22s %8s %8s %10s %10s\n" "case" files "best s" "MB/s" "peak MB"
for case in "small 1" "small 2" "large 1" "large 2"; do
  read -r dir jobs <<<"$case"
  n=$SMALL b=$small_bytes
  [ "$dir" = large ] && n=$LARGE b=$large_bytes
  awk -v c="$dir, -j $jobs" -v n="$n" -v t="${best[$case]}" -v m="${mem[$case]}" -v b="$b" \
    'BEGIN { printf "%-22s %8d %8.2f %10.1f %10.1f\n", c, n, t, b / 1e6 / t, m / 1024 }'
done
awk -v s="${mem[large 2]}" -v t="${mem[small 2]}" -v a="${best[large 1]}" -v b="${best[large 2]}" \
    -v S="$SMALL" -v L="$LARGE" 'BEGIN {
  printf "peak memory, %d files over %d (-j 2): %.2fx (target <= 1.2x)\n", L, S, s / t
  printf "-j 2 over -j 1 on %d files: %.2fx (target >= 1.8x)\n", L, a / b }'
