# Sourced by the benchmark scripts: where the repository and the Release tree are, how that
# tree is built, and how one run is timed. BUILD_DIR (default <repo>/build-bench) chooses the tree.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build-bench}"

# build_release TARGET...: configures BUILD_DIR as a Release tree with the benchmarks (and without
# the tests) and builds the targets; the build's output goes to standard error.
build_release() {
  cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DGONGWEN_BUILD_BENCH=ON -DGONGWEN_BUILD_TESTS=OFF >/dev/null
  cmake --build "$BUILD_DIR" --target "$@" >&2
}

# need_gnu_time SCRIPT: stops with a message naming the script when GNU time is missing.
need_gnu_time() {
  [ -x /usr/bin/time ] || { echo "$1: GNU time is not installed (apt-get install time)" >&2; exit 2; }
}

# measure COMMAND...: "seconds kilobytes" (wall time, peak memory) of one run of the command, its
# output discarded, or "fail" when it failed.
measure() {
  local times
  times="$(mktemp)"
  if /usr/bin/time -f '%e %M' -o "$times" "$@" >/dev/null 2>&1; then tail -n 1 "$times"; else echo fail; fi
  rm -f "$times"
}
