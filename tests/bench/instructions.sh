#!/usr/bin/env bash
# Instructions per notice: a figure that does not move with the machine's load or the hour, for
# comparing two builds on a VM whose timings vary by 2x (README, "Performance").
#
#   tests/bench/instructions.sh                      # the Release tree's gongwen, on the sample
#   tests/bench/instructions.sh OTHER/tools/gongwen  # another build, for an A/B
#   N=20 tests/bench/instructions.sh
#
# Counts (valgrind's callgrind) the instructions `gongwen batch -j 1` executes on N copies of
# the bundled sample notice (default 10) and on one copy, and prints the difference over N - 1:
# start-up (patterns compiled, ICU data loaded) drops out, and what is left is the cost of one
# notice, read, recognized and written as JSON.
#
# One part of it a real run does not pay: valgrind hides the CPU's SHA extensions from OpenSSL, so
# the count includes a SHA-256 of the file (`source.sha256`) in plain code, about 28 instructions
# per byte (1.15 million of the sample's 14.2 million at 0268743); with SHA-NI that hash costs a
# small fraction of it. Both builds of an A/B pay it alike.
#
# Needs: valgrind. Environment: BUILD_DIR (default <repo>/build-bench, a Release build made here
# when no tool is given), N.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
N="${N:-10}"
[ "$N" -ge 2 ] || { echo "instructions: N must be at least 2" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "instructions: valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
if [ $# -ge 1 ]; then
  GONGWEN="$1"
else
  build_release gongwen-cli
  GONGWEN="$BUILD_DIR/tools/gongwen"
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir "$WORK/many" "$WORK/one"
for ((i = 0; i < N; i++)); do cp "$ROOT/corpus/guxian-2023-gzbg-fengong.txt" "$WORK/many/n$i.txt"; done
cp "$ROOT/corpus/guxian-2023-gzbg-fengong.txt" "$WORK/one/n0.txt"

# instructions DIR: what callgrind counted for a batch over DIR.
instructions() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$GONGWEN" batch -j 1 -o /dev/null "$1" 2>&1 |
    awk '/Collected :/ { print $4 }'
}
many="$(instructions "$WORK/many")"
one="$(instructions "$WORK/one")"
[ -n "$many" ] && [ -n "$one" ] || { echo "instructions: callgrind gave no count" >&2; exit 1; }
bytes=$(wc -c <"$ROOT/corpus/guxian-2023-gzbg-fengong.txt")
per=$(( (many - one) / (N - 1) ))
echo "$GONGWEN: $per instructions per notice ($bytes bytes: $(( per / bytes )) per byte); start-up and one notice: $one"
