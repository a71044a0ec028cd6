# Sourced by the command-line tests: the binary and source tree from the
# arguments (GONGWEN_BINARY SOURCE_DIR), the Python with Debian's modules, the
# sample notice, and a scratch folder removed on exit.
set -u
GW=$1
SRC=$2
PY=${PYTHON:-/usr/bin/python3}
SAMPLE=$SRC/corpus/guxian-2023-gzbg-fengong.txt
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
