#!/usr/bin/env python3
"""Word segmentation F1 with the standard span scoring (as SIGHAN's score script):
a word counts as right when its start and end both match a gold word's.
Usage: score_seg.py GOLD OUT   (each: one sentence per line, words separated by whitespace;
line k of OUT is scored against line k of GOLD). Prints P, R, F1 and the counts; with
--json, one JSON object. Exits 1 if the lines' characters differ."""
import json
import sys


def spans(line):
    out, pos = set(), 0
    for w in line.split():
        out.add((pos, pos + len(w)))
        pos += len(w)
    return out, pos


def main(argv):
    as_json = "--json" in argv
    args = [a for a in argv if a != "--json"]
    gold_lines = open(args[0], encoding="utf-8").read().splitlines()
    out_lines = open(args[1], encoding="utf-8").read().splitlines()
    if len(gold_lines) != len(out_lines):
        print(f"score_seg: {len(gold_lines)} gold lines, {len(out_lines)} output lines", file=sys.stderr)
        return 1
    right = n_gold = n_out = 0
    for k, (g, o) in enumerate(zip(gold_lines, out_lines), 1):
        gs, glen = spans(g)
        os_, olen = spans(o)
        if "".join(g.split()) != "".join(o.split()):
            print(f"score_seg: line {k}: the characters differ", file=sys.stderr)
            return 1
        right += len(gs & os_)
        n_gold += len(gs)
        n_out += len(os_)
    p = right / n_out if n_out else 0.0
    r = right / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    if as_json:
        print(json.dumps({"precision": p, "recall": r, "f1": f, "right": right, "gold": n_gold, "output": n_out}))
    else:
        print(f"P {p:.4f}  R {r:.4f}  F1 {f:.4f}  ({right} right of {n_gold} gold, {n_out} output)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
