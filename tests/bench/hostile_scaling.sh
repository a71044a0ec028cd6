#!/usr/bin/env bash
# Hostile inputs at full size, each at N and 2N: time and peak memory, and the
# ratio t(2N)/t(N) (about 2 when the work is linear). Uses a release build.
#   tests/bench/hostile_scaling.sh build/tools/gongwen
set -euo pipefail
gw=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
make() {  # make NAME N: writes $tmp/NAME-N.txt
  python3 - "$1" "$2" "$tmp/$1-$2.txt" <<'PY'
import sys
kind, n, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
head = "附件\n\n任务分工\n\n一、王某县长负责的工作\n\n"
text = {
    "paragraphs": lambda: "一\n" * n,
    "line": lambda: "建设" * n,
    "brackets": lambda: head + "1.推进" + "（" * n + "县发改局" + "）" * n + "建设。\n",
    "tasks": lambda: head + "".join(f"{i}.推进建设。（牵头单位：县发改局）\n" for i in range(1, n + 1)),
    # The text tables' readers: comments never closed in an HTML table, cells merged across and down
    # past the grid, a layout table's header again and again, spreadsheet quotes never closed.
    "html-comments": lambda: "<table>" + "<!--" * n + "</table>\n",
    "html-spans": lambda: "<table>" + '<tr><td colspan="999" rowspan="65535">x</td></tr>' * n + "</table>\n",
    "layout-heads": lambda: "序号  工作任务  牵头单位  配合单位\n" * n,
    "tsv-quotes": lambda: '"a\tb\n' * n,
    # A clause line's list of units cut at 、 on every line (joined line by line); a bulleted list of
    # long and short items, each long one a paragraph that might open a task with no number.
    "clause-cut": lambda: head + "1．扩大投资。\n责任单位：" + "".join(f"县第{i}局、\n" for i in range(n)) + "县财政局\n",
    "comma-groups": lambda: "附件\n\n任务清单\n\n序号\t工作任务\t牵头单位\t配合单位\n1\t推进建设\t县发改局\t" + "县财政局，" * n + "牵头配合\n",
    # One line printed again and again (all of it a running head), and sparse rows of a would-be CSV sheet.
    "same-line": lambda: "古县人民政府办公室文件\n" * n,
    "csv-sparse": lambda: "a,,\n" * n,
    # A browser-pasted table's row whose last cell runs over n lines.
    "pasted-run": lambda: "序号\t任务\t单位\n1\tx\ty\n" + "续行内容\n" * n + "2\ta\tb\n",
    # A saved web page of n paragraphs, and one of n inline tags opened inside one another.
    "html-page": lambda: "<!DOCTYPE html><html><body>" + "<p>一二三</p>\n" * n + "</body></html>\n",
    "html-inline": lambda: "<!DOCTYPE html><html><body><p>" + "<span>" * n + "字" + "</span>" * n + "</p>\n",
    "bullets": lambda: head + "".join(f"- 短项{i}\n- 这是一个比较长的列表项目，用来说明情况，第{i}项内容。\n" for i in range(n // 2)),
}[kind]()
open(path, "w", encoding="utf-8").write(text)
PY
}
measure() {  # measure FILE: "seconds peak-KB"
  /usr/bin/time -f "%e %M" "$gw" extract "$1" -o /dev/null 2>&1 | tail -1
}
printf '%-13s %8s %5s %6s %7s %8s %6s %7s %6s\n' input N MB s peakMB 2N s peakMB t2/t1
for spec in "paragraphs 500000" "line 4194304" "brackets 100000" "tasks 50000" "html-comments 100000" \
  "html-spans 20000" "layout-heads 50000" "tsv-quotes 200000" "clause-cut 100000" "bullets 200000" "comma-groups 40000" \
  "same-line 200000" "csv-sparse 200000" "pasted-run 200000" "html-page 200000" "html-inline 200000"; do
  set -- $spec
  kind=$1 n=$2
  make "$kind" "$n"
  make "$kind" $((2 * n))
  read -r t1 m1 < <(measure "$tmp/$kind-$n.txt")
  read -r t2 m2 < <(measure "$tmp/$kind-$((2 * n)).txt")
  mb=$(du -m "$tmp/$kind-$n.txt" | cut -f1)
  printf '%-13s %8s %5s %6s %7s %8s %6s %7s %6s\n' "$kind" "$n" "$mb" "$t1" $((m1 / 1024)) $((2 * n)) "$t2" \
    $((m2 / 1024)) "$(python3 -c "print(f'{$t2 / max($t1, 0.01):.2f}')")"
done
