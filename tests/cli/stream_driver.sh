#!/usr/bin/env bash
# A local stand-in for Hadoop Streaming or Spark's RDD.pipe(): splits a list of
# paths into N splits, runs one `gongwen batch --stdin-paths` mapper per split at
# once (separate processes, nothing shared), then concatenates the outputs in
# split order.   stream_driver.sh GONGWEN PATHS.txt N
set -euo pipefail
gw=$1 list=$2 n=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
split -n "l/$n" -d "$list" "$work/split-"
for s in "$work"/split-*; do
  "$gw" batch --stdin-paths -j 1 <"$s" >"$s.out" 2>/dev/null &
done
wait || true   # a mapper exits 1 when one of its files failed; its error records are in its output
cat "$work"/split-*.out
