#!/usr/bin/env bash
# Library hygiene, from the symbols the static library uses: it never ends the
# process, never prints, never reads the environment or a global random state.
# (Errors are values: Status, Diagnostic, gongwen_error.)   hygiene_test.sh LIBGONGWEN.a
set -euo pipefail
lib=$1
forbidden='^(exit|_exit|_Exit|quick_exit|abort|printf|vprintf|puts|putchar|perror|fprintf|vfprintf|fputs|fputc|fwrite|write|stdout|stderr|getenv|secure_getenv|setenv|putenv|system|rand|srand|_ZSt4cout|_ZSt4cerr|_ZSt4clog)$'
used=$(nm -u "$lib" 2>/dev/null | awk '{print $2}' | sort -u)
if bad=$(grep -E "$forbidden" <<<"$used"); then
  echo "FAIL: libgongwen uses: $bad"
  for sym in $bad; do nm -A -u "$lib" 2>/dev/null | grep " $sym\$" | sed 's/^/  /'; done
  exit 1
fi
echo "hygiene: $(wc -l <<<"$used") symbols used, none that exits, prints or reads the environment"
