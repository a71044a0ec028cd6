#!/usr/bin/env bash
# Nothing lost (check_nothing_lost.py) over corpus/ and, when present,
# shared/corpus/docx-wild/. First the checker shows it can fail: a gongwen that
# drops one block, or changes a block's text without a diagnostic, must be caught.
# lost_test.sh GONGWEN SOURCE_DIR [WILD_DIR]
set -euo pipefail
gw=$1 src=$2 wild=${3:-}
py=${PYTHON:-/usr/bin/python3}
check=$src/tests/lost/check_nothing_lost.py
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for fault in drop-block silent-repair; do
  cat >"$tmp/gongwen-$fault" <<SH
#!/usr/bin/env bash
"$gw" "\$@" | "$py" -c '
import json, sys
d = json.load(sys.stdin)
if "$fault" == "drop-block":
    del d["blocks"][len(d["blocks"]) // 2]
else:
    b = next(b for b in d["blocks"] if b["kind"] == "paragraph" and len(b["text"]) > 4)
    b["text"] = b["text"][:-2]
    d["diagnostics"] = []
json.dump(d, sys.stdout, ensure_ascii=False)'
SH
  chmod +x "$tmp/gongwen-$fault"
  for input in "$src/corpus/guxian-2023-gzbg-fengong.txt" "$src/corpus/docx/sample-typed.docx"; do
    if "$py" "$check" "$tmp/gongwen-$fault" "$input" >"$tmp/out" 2>&1; then
      echo "FAIL: the checker missed a faulty gongwen ($fault) on $input"; cat "$tmp/out"; exit 1
    fi
  done
done

"$py" "$check" "$gw" "$src/corpus"
if [ -n "$wild" ] && [ -d "$wild" ]; then
  "$py" "$check" "$gw" "$wild"
else
  echo "(docx-wild not present: corpus only)"
fi
