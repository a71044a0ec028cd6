#!/usr/bin/env bash
# Installs gongwen into a temporary prefix and builds a consumer against it:
# find_package with the shared and with the static library, and pkg-config both
# ways. Each program must read the sample notice (251 tasks).
# install_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
sample=$src/corpus/guxian-2023-gzbg-fengong.txt
version=$(sed -n 's/^project(gongwen VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")

fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" >/dev/null
libdir=$(dirname "$(find "$prefix" -name 'libgongwen.so.0' | head -1)")
[ -n "$libdir" ] || fail "libgongwen.so.0 not installed"
for f in include/gongwen/c_api.h include/gongwen/export.h include/gongwen/version.h include/gongwen/extract.h; do
  [ -f "$prefix/$f" ] || fail "$f not installed"
done
[ -f "$libdir/libgongwen.a" ] || fail "libgongwen.a not installed"
[ -f "$libdir/cmake/gongwen/gongwenConfig.cmake" ] || fail "CMake package not installed"
[ -f "$libdir/pkgconfig/gongwen.pc" ] || fail "gongwen.pc not installed"
readelf -d "$libdir/libgongwen.so.$version" | grep -q 'SONAME.*\[libgongwen.so.0\]' || fail "SONAME is not libgongwen.so.0"
# Only what the headers export is visible: no internal stage.
if nm -D --defined-only -C "$libdir/libgongwen.so" | grep -E ' gongwen::(patterns|docx|internal|normalize)::' ; then
  fail "internal symbols exported"
fi
# (not grep -q: it would close the pipe early, nm would die of SIGPIPE and pipefail call it a failure)
nm -D --defined-only "$libdir/libgongwen.so" | grep ' T gongwen_parse_file@@GONGWEN_0$' >/dev/null || fail "C API not exported"

expect() {  # expect PROGRAM WORDS...: the program's output on the sample
  local out
  out=$(LD_LIBRARY_PATH="$libdir" "$1" "$sample") || fail "$1 failed"
  [ "$out" = "$2" ] || fail "$1 printed '$out', expected '$2'"
}

for mode in shared static; do
  static=OFF
  [ $mode = static ] && static=ON
  cmake -S "$src/tests/package/consumer" -B "$work/consumer-$mode" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" \
    -DCONSUMER_STATIC=$static -DCMAKE_BUILD_TYPE=Release >/dev/null || fail "configure ($mode)"
  cmake --build "$work/consumer-$mode" >/dev/null || fail "build ($mode)"
  expect "$work/consumer-$mode/consumer_cpp" "$version 251 json"
  expect "$work/consumer-$mode/consumer_c" "$version 251"
  if [ $mode = shared ]; then
    readelf -d "$work/consumer-$mode/consumer_c" | grep -q 'NEEDED.*libgongwen.so.0' || fail "shared consumer does not load libgongwen.so.0"
  else
    if readelf -d "$work/consumer-$mode/consumer_c" | grep -q 'libgongwen'; then fail "static consumer loads libgongwen"; fi
  fi
done

export PKG_CONFIG_PATH=$libdir/pkgconfig
[ "$(pkg-config --modversion gongwen)" = "$version" ] || fail "pkg-config version"
cc -std=c11 "$src/tests/package/consumer/main.c" $(pkg-config --cflags --libs gongwen) -o "$work/pc_shared"
expect "$work/pc_shared" "$version 251"
cc -std=c11 "$src/tests/package/consumer/main.c" $(pkg-config --cflags gongwen) -L"$libdir" \
  -Wl,-Bstatic -lgongwen -Wl,-Bdynamic $(pkg-config --static --libs gongwen | sed 's/-lgongwen\b//') -o "$work/pc_static"
expect "$work/pc_static" "$version 251"
if readelf -d "$work/pc_static" | grep -q libgongwen; then fail "pkg-config static consumer loads libgongwen"; fi
echo "install_test: ok (prefix, find_package shared+static, pkg-config shared+static)"
