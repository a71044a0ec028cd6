#!/usr/bin/env bash
# A local stand-in for Hadoop Streaming or Spark's RDD.pipe(): splits a list of
# paths into N splits, runs one `gongwen batch --stdin-paths` mapper per split at
# once (separate processes, nothing shared), then concatenates the outputs in
# split order. Like the frameworks, it fails when a mapper exits non-zero; the
# mappers run with --failed-exit-code 0, as the README's recipes do, so a file
# that fails is an error record in the output, not a failed task. The lines are
# paths, or with --stdin-documents the documents themselves (a JSON line each).
#   stream_driver.sh GONGWEN LINES.txt N [--stdin-paths | --stdin-documents]
set -euo pipefail
gw=$1 list=$2 n=$3 kind=${4:---stdin-paths}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
split -n "l/$n" -d "$list" "$work/split-"
pids=()
for s in "$work"/split-*; do
  "$gw" batch "$kind" -j 1 --failed-exit-code 0 <"$s" >"$s.out" 2>"$s.err" &
  pids+=($!)
done
# Every mapper waited for before reporting: a mapper still running would write
# into the folder the trap removes, and its messages would be missed.
failed=0
for pid in "${pids[@]}"; do
  wait "$pid" || failed=1
done
if [ $failed = 1 ]; then
  echo "stream_driver: a mapper failed:" >&2
  cat "$work"/split-*.err >&2
  exit 1
fi
cat "$work"/split-*.out
