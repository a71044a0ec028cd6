#!/usr/bin/python3
"""Validate gongwen JSON output against a JSON Schema (draft 2020-12).

Usage: validate_json.py [--max-errors N] SCHEMA FILE...

Each FILE ('-' for standard input) may hold one JSON document, a JSON array of
documents (what `gongwen extract` writes for several files), or JSON Lines (one
document per line, `gongwen extract --jsonl`). Every error is printed as

    FILE[#INDEX|:LINE]: JSON-PATH: message

followed by a final line "N passed, M failed" counting documents. Exit status:
0 when every document is valid, 1 when any is invalid or unreadable, 2 for a
usage error or an invalid schema.

Runs with Debian's /usr/bin/python3 and its python3-jsonschema (4.10).
"""

import argparse
import collections
import json
import sys

import jsonschema
from jsonschema import Draft202012Validator

MAX_MESSAGE = 300  # characters of one message; messages can quote whole instances


def read_text(path):
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8") as f:
        return f.read()


def load_documents(path, text):
    """Yields (label, document, parse_error) for every document in `text`."""
    try:
        whole = json.loads(text)
    except json.JSONDecodeError as whole_error:
        lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
        # JSON Lines: several non-blank lines and the first one is a JSON value by itself.
        first_ok = False
        if len(lines) > 1:
            try:
                json.loads(lines[0][1])
                first_ok = True
            except json.JSONDecodeError:
                pass
        if not first_ok:
            yield (f"{path}:{whole_error.lineno}:{whole_error.colno}", None, f"invalid JSON: {whole_error.msg}")
            return
        for n, line in lines:
            try:
                yield (f"{path}:{n}", json.loads(line), None)
            except json.JSONDecodeError as e:
                yield (f"{path}:{n}:{e.colno}", None, f"invalid JSON: {e.msg}")
        return
    if isinstance(whole, list):
        for i, doc in enumerate(whole):
            yield (f"{path}[{i}]", doc, None)
    else:
        yield (path, whole, None)


def leaf_errors(error):
    """The errors worth showing for `error`.

    For anyOf/oneOf (used here for "object or null"), the branches that failed
    only because the value has another type are dropped; when one branch is
    left, its own errors are shown instead of "is not valid under any of the
    given schemas".
    """
    if error.validator in ("anyOf", "oneOf") and error.context:
        branches = collections.defaultdict(list)
        for e in error.context:
            branches[e.relative_schema_path[0]].append(e)
        relevant = [errs for errs in branches.values()
                    if not all(e.validator == "type" and not e.relative_path for e in errs)]
        if len(relevant) == 1:
            for e in relevant[0]:
                yield from leaf_errors(e)
            return
    yield error


def short(message):
    return message if len(message) <= MAX_MESSAGE else message[:MAX_MESSAGE] + "…"


def main(argv):
    parser = argparse.ArgumentParser(description="Validate JSON documents against a JSON Schema (draft 2020-12).")
    parser.add_argument("--max-errors", type=int, default=50, metavar="N",
                        help="print at most N errors per document (default 50; 0 = all)")
    parser.add_argument("schema", help="the JSON Schema file")
    parser.add_argument("files", nargs="+", metavar="FILE", help="JSON, JSON array or JSON Lines file; '-' for stdin")
    args = parser.parse_args(argv)

    try:
        with open(args.schema, encoding="utf-8") as f:
            schema = json.load(f)
        Draft202012Validator.check_schema(schema)
    except (OSError, json.JSONDecodeError) as e:
        print(f"{args.schema}: cannot read schema: {e}", file=sys.stderr)
        return 2
    except jsonschema.exceptions.SchemaError as e:
        print(f"{args.schema}: {e.json_path}: invalid schema: {short(e.message)}", file=sys.stderr)
        return 2
    validator = Draft202012Validator(schema)

    passed = failed = 0
    for path in args.files:
        try:
            text = read_text(path)
        except (OSError, UnicodeDecodeError) as e:
            print(f"{path}: cannot read: {e}")
            failed += 1
            continue
        for label, doc, parse_error in load_documents(path, text):
            if parse_error is not None:
                print(f"{label}: {parse_error}")
                failed += 1
                continue
            errors = [leaf for e in validator.iter_errors(doc) for leaf in leaf_errors(e)]
            if not errors:
                passed += 1
                continue
            failed += 1
            errors.sort(key=lambda e: ([(isinstance(k, str), k) for k in e.absolute_path], e.message))
            shown = errors if args.max_errors <= 0 else errors[:args.max_errors]
            for e in shown:
                print(f"{label}: {e.json_path}: {short(e.message)}")
            if len(shown) < len(errors):
                print(f"{label}: ... and {len(errors) - len(shown)} more errors")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
