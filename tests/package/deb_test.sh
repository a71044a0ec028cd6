#!/usr/bin/env bash
# Builds the Debian packages with CPack and checks them: names, dependencies,
# contents; then unpacks them into a scratch root and uses them from there (the
# tool runs on the sample, a consumer builds with find_package).
# deb_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$(cd "$1" && pwd) src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=$(sed -n 's/^project(gongwen VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
arch=$(dpkg --print-architecture)
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$work" && cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1) ||
  { cat "$work/cpack.log"; fail "cpack"; }
lib=$work/out/libgongwen_${version}_$arch.deb
dev=$work/out/libgongwen-dev_${version}_$arch.deb
tool=$work/out/gongwen_${version}_$arch.deb
for deb in "$lib" "$dev" "$tool"; do [ -f "$deb" ] || { ls "$work/out"; fail "missing $(basename "$deb")"; }; done

field() { dpkg-deb -f "$1" "$2"; }
[ "$(field "$lib" Package)" = libgongwen ] || fail "library package name"
[ "$(field "$dev" Section)" = libdevel ] || fail "-dev section"
# Run-time dependencies come from dpkg-shlibdeps: the libraries gongwen links.
for dep in libicu72 libre2-9 libzip4 libpugixml1v5 libssl3 libstdc++6 libc6 libxlsxwriter; do
  field "$lib" Depends | grep -q "$dep" || fail "libgongwen does not depend on $dep: $(field "$lib" Depends)"
done
field "$tool" Depends | grep -q "libgongwen (= $version)" || fail "gongwen does not depend on libgongwen (= $version)"
# The allocator is the tool's alone: a program that links the library keeps its own.
if field "$lib" Depends | grep -q mimalloc; then fail "libgongwen depends on mimalloc: $(field "$lib" Depends)"; fi
if readelf -d "$build/tools/gongwen" | grep -q 'NEEDED.*libmimalloc'; then
  field "$tool" Depends | grep -q libmimalloc || fail "gongwen links mimalloc but does not depend on it: $(field "$tool" Depends)"
fi
field "$dev" Depends | grep -q "libgongwen (= $version)" || fail "libgongwen-dev does not depend on libgongwen"
for dep in libicu-dev libre2-dev libzip-dev libpugixml-dev libssl-dev libxlsxwriter-dev; do
  field "$dev" Depends | grep -q "$dep" || fail "libgongwen-dev does not depend on $dep"
done

contents() { dpkg-deb -c "$1" | awk '{print $6}' | sed 's|^\./|/|'; }
contents "$lib" | grep -q "/libgongwen.so.0$" || fail "libgongwen lacks libgongwen.so.0"
if contents "$lib" | grep -E '\.(h|a)$|/bin/|\.so$'; then fail "libgongwen carries development files or the tool"; fi
for f in /include/gongwen/c_api.h /include/gongwen/export.h /libgongwen.a /libgongwen.so /gongwenConfig.cmake \
         /gongwen.pc; do
  contents "$dev" | grep -q "$f$" || fail "libgongwen-dev lacks $f"
done
contents "$tool" | grep -q "^/usr/bin/gongwen$" || fail "gongwen lacks /usr/bin/gongwen"
if contents "$tool" | grep -q 'libgongwen'; then fail "the tool package carries the library"; fi

root=$work/root
for deb in "$lib" "$dev" "$tool"; do dpkg-deb -x "$deb" "$root"; done
libdir=$(dirname "$(find "$root" -name libgongwen.so.0)")
tasks=$(LD_LIBRARY_PATH=$libdir "$root/usr/bin/gongwen" extract "$src/corpus/guxian-2023-gzbg-fengong.txt" |
  "${PYTHON:-/usr/bin/python3}" -c 'import json, sys; print(len(json.load(sys.stdin)["tasks"]))')
[ "$tasks" = 251 ] || fail "the packaged tool found $tasks tasks, expected 251"
if file -L "$root/usr/bin/gongwen" "$libdir/libgongwen.so.0" | grep -q 'not stripped'; then fail "binaries not stripped"; fi
cmake -S "$src/tests/package/consumer" -B "$work/consumer" -G Ninja -DCMAKE_PREFIX_PATH="$root/usr" >/dev/null ||
  fail "consumer configure against the unpacked -dev package"
cmake --build "$work/consumer" >/dev/null || fail "consumer build"
out=$(LD_LIBRARY_PATH=$libdir "$work/consumer/consumer_c" "$src/corpus/guxian-2023-gzbg-fengong.txt")
[ "$out" = "$version 251" ] || fail "consumer printed '$out'"
echo "deb_test: ok ($(basename "$lib"), $(basename "$dev"), $(basename "$tool"))"
