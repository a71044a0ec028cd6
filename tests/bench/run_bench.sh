#!/usr/bin/env bash
# Builds the benchmark in Release (build-bench/) and runs every case once,
# then prints a table of MB/s (1 MB = 10^6 bytes of input) on one core.
#
#   tests/bench/run_bench.sh                     # about a minute
#   MIN_TIME=0.5 tests/bench/run_bench.sh        # quicker, noisier
#   tests/bench/run_bench.sh --benchmark_filter=EndToEnd   # extra flags go to the benchmark
#
# Environment: BUILD_DIR (default <repo>/build-bench), MIN_TIME (seconds per
# case, default 2), GONGWEN_BENCH_MIN_MB (input size in MiB, default 10),
# GONGWEN_BENCH_DOCX (default <build>/big.docx, made by make_big_docx.py).
#
# The benchmark measures the library with glibc's default allocator settings,
# which hand large freed buffers back to the kernel (every new document then
# page-faults its memory in again). The gongwen tool keeps them instead
# (tools/gongwen/memory.cpp), and before a file of 1 MB or more it also prepares its heap for huge
# pages (as glibc.malloc.hugetlb=1 would); to measure with the tool's settings:
#   GLIBC_TUNABLES=glibc.malloc.mmap_threshold=67108864:glibc.malloc.trim_threshold=268435456:glibc.malloc.hugetlb=1 tests/bench/run_bench.sh
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
MIN_TIME="${MIN_TIME:-2}"
OUT="$BUILD_DIR/bench-results.json"

build_release gongwen_bench

# The DOCX cases read a ≥ 10 MB document.xml: made once (python3-docx's sample fixture, repeated).
export GONGWEN_BENCH_DOCX="${GONGWEN_BENCH_DOCX:-$BUILD_DIR/big.docx}"
[ -f "$GONGWEN_BENCH_DOCX" ] || /usr/bin/python3 "$ROOT/tests/bench/make_big_docx.py" "$GONGWEN_BENCH_DOCX" 10

# Google Benchmark 1.7 takes --benchmark_min_time in seconds, without a suffix.
# Pin to one CPU when taskset is there, so the figures are one core's.
PIN=()
if command -v taskset >/dev/null 2>&1; then PIN=(taskset -c "$(( $(nproc) - 1 ))"); fi
"${PIN[@]}" "$BUILD_DIR/tests/bench/gongwen_bench" \
  --benchmark_min_time="$MIN_TIME" \
  --benchmark_out="$OUT" --benchmark_out_format=json \
  "$@"

echo
echo "MB/s of input (1 MB = 10^6 bytes), CPU time, one core; full results in $OUT"
if command -v jq >/dev/null 2>&1; then
  jq -r '.benchmarks[] | select(.error_occurred != true) |
    [.name, .bytes_per_second / 1e6, .cpu_time, .time_unit, (.label // "")] | @tsv' "$OUT" |
    awk -F'\t' 'BEGIN { printf "%-28s %9s %14s  %s\n", "case", "MB/s", "CPU time/iter", "" }
                { printf "%-28s %9.1f %11.2f %-2s  %s\n", $1, $2, $3, $4, $5 }'
else
  python3 - "$OUT" <<'PY'
import json, sys
for b in json.load(open(sys.argv[1]))["benchmarks"]:
    if not b.get("error_occurred"):
        print(f'{b["name"]:<28} {b["bytes_per_second"] / 1e6:9.1f} {b["cpu_time"]:11.2f} {b["time_unit"]:<2}  {b.get("label", "")}')
PY
fi
