#!/usr/bin/env bash
# Fuzzes every target for SECONDS each (default 600), two at a time, and prints
# for each the executions, the edge coverage and the corpus size libFuzzer
# reports. Findings are saved under OUT/artifacts/; copy each into
# tests/fuzz/regressions/ once fixed.
#
#   CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug \
#       -DGONGWEN_SANITIZE=ON -DGONGWEN_FUZZ=ON && cmake --build build-fuzz
#   tests/fuzz/run_fuzzers.sh build-fuzz [SECONDS] [OUT]
set -uo pipefail
build=$1 seconds=${2:-600} out=${3:-$1/fuzz-runs}
src=$(cd "$(dirname "$0")/../.." && pwd)
jobs=${FUZZ_JOBS:-2}
mkdir -p "$out/artifacts"
run() {
  local target=$1 dict max_len=65536 seeds=("$src/corpus")
  dict=$src/tests/fuzz/dict/notice.dict
  if [ "$target" = docx ]; then
    dict=$src/tests/fuzz/dict/ooxml.dict max_len=262144
    seeds=("$src/corpus/docx" "$src/tests/fuzz/seeds/docx_xml")
  fi
  mkdir -p "$out/corpus-$target"
  # -fork=1 with -ignore_*: a finding is saved and fuzzing goes on for the time given.
  "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -dict="$dict" -max_len=$max_len -timeout=10 \
    -rss_limit_mb=4096 -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -artifact_prefix="$out/artifacts/$target-" \
    "$out/corpus-$target" "${seeds[@]}" "$src/tests/fuzz/regressions" >"$out/$target.log" 2>&1
  local rc=$?
  local execs cov corpus
  execs=$(grep -o '^#[0-9]*' "$out/$target.log" | tail -1 | tr -d '#')
  cov=$(grep -o 'cov: [0-9]*' "$out/$target.log" | tail -1)
  corpus=$(ls "$out/corpus-$target" | wc -l)
  echo "$target: exit $rc, ${execs:-?} executions in ${seconds}s, ${cov:-cov: ?} edges, corpus $corpus files"
  # A target that never ran (a dictionary it cannot parse, a missing binary) fails the run.
  [ -n "$execs" ] || { echo "$target did not run:"; head -3 "$out/$target.log"; touch "$out/artifacts/$target-did-not-run"; }
}
export -f run
export build seconds out src
printf '%s\n' text_reader docx extract validate json segment | xargs -P "$jobs" -I{} bash -c 'run {}'
ls "$out/artifacts" | grep -q . && { echo "findings:"; ls -l "$out/artifacts"; exit 1; }
exit 0
