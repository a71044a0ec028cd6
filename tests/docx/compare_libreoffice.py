#!/usr/bin/python3
"""Compare gongwen's DOCX text with LibreOffice's plain-text export.

Usage: /usr/bin/python3 compare_libreoffice.py WILD_DIR GONGWEN_BIN [--jobs N] [--show N] [--refresh]

For every file that WILD_DIR/MANIFEST.tsv marks as a valid zip (valid_zip == 1):

  * LibreOffice exports the text (`soffice --headless --convert-to txt:Text`), in batches, each soffice
    instance with a private profile (file:///tmp/lo-profile-K), each batch under a timeout (a batch that
    times out or fails is retried file by file, 60 s each).  Exports are cached as /tmp/lo-ref/SHA1.txt
    (SHA1 of the input bytes, so an edited corpus file is exported again); a file LibreOffice cannot
    export is cached as SHA1.fail and reported, not compared.  --refresh ignores the cache.
  * gongwen extracts it (`gongwen extract FILE`), and the comparison uses each block's "original" field
    (the text before normalization).  A table row's "original" is `| cell | cell |`; the row is compared
    as one paragraph per cell: the pipes that separate cells (a `|` between blanks or at an end, also those
    of a nested table flattened into its cell) are dropped.  ("cells" is not used: it holds normalized text.)
    "footnote" blocks (footnote and endnote bodies) are left out: LibreOffice's Text export does not
    print them (it prints only the reference numbers in the body, see below).

THE COMPARISON.  All whitespace is removed (Python's \\s, so also U+00A0 and U+3000; also the zero-width
U+200B-U+200D, U+2060, U+FEFF, which LibreOffice writes at comment anchors and bookmarks) and empty
paragraphs are dropped.  The two documents are first aligned paragraph by paragraph (difflib on the lists
of whitespace-free paragraphs), then every stretch that is not identical is compared character by
character (difflib.SequenceMatcher, autojunk off).  M = characters matched in total;
    raw ratio = 2*M / (len(gongwen text) + len(LibreOffice text))      (whitespace-free lengths)

KNOWN DIFFERENCES (allowance).  LibreOffice's Text export differs from the text Word shows in ways that
are not reading errors, so every unmatched stretch is classified from evidence taken from the DOCX XML
itself (see classify()):
    lo-deleted      LibreOffice prints tracked deletions (w:del / w:delText) that Word hides
    lo-moved        LibreOffice prints moved text twice (w:moveFrom as well as w:moveTo)
    lo-field        LibreOffice recalculates fields (DATE, TIME, PAGE, ...) instead of keeping the stored result
    lo-noteref      LibreOffice prints footnote/endnote reference marks (1, 2, i, ii, *) in the body
    lo-textbox      LibreOffice's Text export leaves out text-box (w:txbxContent) text that gongwen reads
An unmatched stretch in one of these classes is removed from both lengths:
    ratio = 2*M / (len(gongwen) + len(LibreOffice) - allowed characters)

AGREES  <=>  ratio >= 0.98  (with the allowance above; both texts empty counts as ratio 1.0).

Output: the percentage of agreeing files, then for the rest a table: file, ratio, raw ratio, main cause
(the class with the most unmatched characters, after the allowed ones), and a short diff excerpt.
Exit status: 0 (this is a report, not a pass/fail test), 2 on bad usage.
"""
import argparse
import collections
import concurrent.futures
import csv
import difflib
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET

AGREE = 0.98
CACHE = "/tmp/lo-ref"
WS = re.compile(r"[\s\u200b-\u200d\u2060\ufeff]+")  # whitespace, and zero-width characters
BATCH = 8                 # files per soffice run
BATCH_TIMEOUT = 30        # seconds per batch, plus PER_FILE_TIMEOUT / 4 per file
PER_FILE_TIMEOUT = 60     # seconds for a lone retry
CHAR_DIFF_LIMIT = 4_000_000  # len(a)*len(b) above which a stretch is split before the character diff

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"


def squash(s):
    return WS.sub("", s)


# ---------------------------------------------------------------- LibreOffice export (cached)

def sha1_of(path):
    h = hashlib.sha1()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def run_soffice(profile, inputs, outdir, timeout):
    """One soffice run over INPUTS; returns True if it ended by itself."""
    cmd = ["/usr/bin/soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
           "--convert-to", "txt:Text", "--outdir", outdir] + inputs
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        p.wait(timeout=timeout)
        return True
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)  # soffice.bin is a child of the soffice script
        except ProcessLookupError:
            pass
        p.wait()
        return False


def convert_batch(worker, batch):
    """batch: list of (path, sha1). Writes CACHE/SHA1.txt or CACHE/SHA1.fail for each."""
    profile = f"/tmp/lo-profile-{worker}"
    with tempfile.TemporaryDirectory(prefix="lo-batch-") as tmp:
        indir, outdir = os.path.join(tmp, "in"), os.path.join(tmp, "out")
        os.makedirs(indir)
        os.makedirs(outdir)
        inputs = []
        for path, sha in batch:
            # Copy under the hash: no name clashes (a.docx / a.dotx), no odd characters on the command line.
            ext = os.path.splitext(path)[1] or ".docx"
            dst = os.path.join(indir, sha + ext)
            shutil.copyfile(path, dst)
            inputs.append(dst)
        timeout = BATCH_TIMEOUT + PER_FILE_TIMEOUT // 4 * len(batch)
        finished = run_soffice(profile, inputs, outdir, timeout)
        for (path, sha), src in zip(batch, inputs):
            out = os.path.join(outdir, sha + ".txt")
            if os.path.exists(out):
                shutil.move(out, os.path.join(CACHE, sha + ".txt"))
                continue
            if finished and len(batch) == 1:
                why = "LibreOffice wrote no output"
            else:  # retry alone: a batch stops at the first file that hangs or crashes soffice
                ok = run_soffice(profile, [src], outdir, PER_FILE_TIMEOUT)
                if os.path.exists(out):
                    shutil.move(out, os.path.join(CACHE, sha + ".txt"))
                    continue
                why = "LibreOffice wrote no output" if ok else f"LibreOffice timed out ({PER_FILE_TIMEOUT} s)"
            with open(os.path.join(CACHE, sha + ".fail"), "w") as f:
                f.write(why + "\n")


def export_all(items, jobs, refresh):
    os.makedirs(CACHE, exist_ok=True)
    todo = []
    for path, sha in items:
        have = [os.path.join(CACHE, sha + e) for e in (".txt", ".fail")]
        if refresh:
            for h in have:
                if os.path.exists(h):
                    os.remove(h)
        if not any(os.path.exists(h) for h in have):
            todo.append((path, sha))
    if not todo:
        return
    print(f"LibreOffice: exporting {len(todo)} files ({jobs} instances) into {CACHE} ...", file=sys.stderr)
    batches = [todo[i:i + BATCH] for i in range(0, len(todo), BATCH)]
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        free = list(range(jobs))
        import threading
        lock = threading.Lock()

        def task(batch):
            with lock:
                worker = free.pop()
            try:
                convert_batch(worker, batch)
            finally:
                with lock:
                    free.append(worker)

        done = 0
        for _ in pool.map(task, batches):
            done += 1
            if done % 5 == 0:
                print(f"  {done}/{len(batches)} batches", file=sys.stderr)


def lo_paragraphs(sha):
    path = os.path.join(CACHE, sha + ".txt")
    if not os.path.exists(path):
        with open(os.path.join(CACHE, sha + ".fail")) as f:
            return None, f.read().strip()
    with open(path, encoding="utf-8-sig", errors="replace") as f:
        text = f.read()
    units = [squash(line) for line in re.split(r"\r\n|\r|\n|\f", text)]
    return [u for u in units if u], None


# ---------------------------------------------------------------- gongwen

# A cell separator in a table row's original text: a pipe between blanks (or at an end).
CELL_SEP = re.compile(r"(?:(?<=\s)|^)\|(?=\s|$)")


def gongwen_paragraphs(gw, path):
    try:
        p = subprocess.run([gw, "extract", path], capture_output=True, timeout=30)
    except subprocess.TimeoutExpired:
        return None, "gongwen timed out"
    if p.returncode != 0:
        return None, f"gongwen exit {p.returncode}: {p.stderr.decode(errors='replace').strip()[:200]}"
    d = json.loads(p.stdout)
    units = []
    for b in d.get("blocks", []):
        kind = b.get("kind")
        if kind == "footnote" or kind == "page_break":
            continue
        if kind == "table_row":
            # `| a | b |`: one unit per cell; a nested table's rows sit flattened inside their cell.
            units.extend(squash(part) for part in CELL_SEP.split(b.get("original", "")))
            continue
        units.append(squash(b.get("original", "")))
    return [u for u in units if u], None


# ---------------------------------------------------------------- evidence from the DOCX XML

class Evidence:
    """Whitespace-free texts of the package's special regions, to explain differences."""

    def __init__(self):
        self.deleted = []      # w:del / w:delText runs
        self.moved_from = []   # w:moveFrom
        self.textbox = []      # w:txbxContent
        self.field_results = []  # (instruction, result) of complex and simple fields
        self.hidden = []       # runs with w:vanish
        self.notes = 0         # footnote/endnote references in the body
        self.headers = []      # header/footer text
        self.altchunk = False
        self.sym = False
        self.math = []
        self.sdt = []
        self.instr_only = []

    def blob(self, which):
        return getattr(self, which)


def local(tag):
    return tag.rsplit("}", 1)[-1] if "}" in tag else tag


def text_of(el, skip_del=False):
    out = []
    for n in el.iter():
        ln = local(n.tag)
        if ln in ("t", "delText") and n.text:
            out.append(n.text)
    return "".join(out)


def gather_evidence(path):
    ev = Evidence()
    try:
        z = zipfile.ZipFile(path)
        names = set(z.namelist())
    except Exception:
        return ev
    for name in sorted(names):
        if not name.startswith("word/") or not name.endswith(".xml"):
            continue
        base = name[5:]
        try:
            root = ET.fromstring(z.read(name))
        except Exception:
            continue
        is_body = base == "document.xml" or base.startswith("document")
        is_hf = base.startswith("header") or base.startswith("footer")
        if not (is_body or is_hf or base.startswith("footnotes") or base.startswith("endnotes")):
            continue
        if is_hf:
            ev.headers.append(squash(text_of(root)))
            continue
        parent = {c: p for p in root.iter() for c in p}
        for n in root.iter():
            ln = local(n.tag)
            if ln == "del":
                ev.deleted.append(squash(text_of(n)))
            elif ln == "moveFrom":
                ev.moved_from.append(squash(text_of(n)))
            elif ln == "txbxContent":
                # A text box nested in a text box is counted with its outer box.
                ev.textbox.append(squash(text_of(n)))
            elif ln in ("footnoteReference", "endnoteReference") and is_body:
                ev.notes += 1
            elif ln == "altChunk":
                ev.altchunk = True
            elif ln == "sym":
                ev.sym = True
            elif ln == "oMath":
                ev.math.append(squash(text_of(n)))
            elif ln == "fldSimple":
                ev.field_results.append((n.get(f"{{{W_NS}}}instr") or n.get(f"{{{W_STRICT_NS}}}instr") or "",
                                         squash(text_of(n))))
            elif ln == "vanish":
                rpr = parent.get(n)
                r = parent.get(rpr) if rpr is not None else None
                if r is not None and local(r.tag) == "r":
                    ev.hidden.append(squash(text_of(r)))
                elif rpr is not None and r is not None and local(r.tag) == "pPr":
                    pass
        # Complex fields: walk runs in document order.
        if is_body:
            stack = []  # [instr, result, state]
            for n in root.iter():
                ln = local(n.tag)
                if ln == "fldChar":
                    t = n.get(f"{{{W_NS}}}fldCharType") or n.get(f"{{{W_STRICT_NS}}}fldCharType")
                    if t == "begin":
                        stack.append(["", "", "instr"])
                    elif t == "separate" and stack:
                        stack[-1][2] = "result"
                    elif t == "end" and stack:
                        instr, result, _ = stack.pop()
                        ev.field_results.append((instr.strip(), squash(result)))
                        if stack and stack[-1][2] == "result":
                            stack[-1][1] += result
                elif ln == "instrText" and stack and n.text:
                    stack[-1][0] += n.text
                elif ln == "t" and stack and stack[-1][2] == "result" and n.text:
                    stack[-1][1] += n.text
    return ev


# ---------------------------------------------------------------- comparison

def char_opcodes(a, b):
    """Character-level matching blocks of two strings; big stretches are split at paragraph boundaries first."""
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sm.get_opcodes()


def compare(gw_units, lo_units):
    """Returns (matched chars, list of (gw_only, lo_only, gw_context_before, lo_context_before, at_par_start))."""
    sm = difflib.SequenceMatcher(None, gw_units, lo_units, autojunk=False)
    matched = 0
    chunks = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            matched += sum(len(u) for u in gw_units[i1:i2])
            continue
        a_units, b_units = gw_units[i1:i2], lo_units[j1:j2]
        for a_part, b_part in split_stretch(a_units, b_units):
            a, b = "".join(a_part), "".join(b_part)
            if not a or not b:
                if a or b:
                    chunks.append((a, b, "", ""))
                continue
            # Paragraph starts, to tell numbering labels from other text.
            for t, x1, x2, y1, y2 in char_opcodes(a, b):
                if t == "equal":
                    matched += x2 - x1
                else:
                    chunks.append((a[x1:x2], b[y1:y2], a[max(0, x1 - 12):x1], b[max(0, y1 - 12):y1]))
    return matched, chunks


def split_stretch(a_units, b_units):
    """Cut a long unmatched stretch into pieces small enough for the character diff: pair the units
    greedily by cumulative length (both sides hold the same text in roughly the same order)."""
    la, lb = sum(map(len, a_units)), sum(map(len, b_units))
    if la * lb <= CHAR_DIFF_LIMIT:
        return [(a_units, b_units)]
    pieces, i, j = [], 0, 0
    target = 1500
    while i < len(a_units) or j < len(b_units):
        pa, pb, na, nb = [], [], 0, 0
        while i < len(a_units) and na < target:
            pa.append(a_units[i]); na += len(a_units[i]); i += 1
        # take from b the same share of b's total
        want = na * lb / max(la, 1) if i < len(a_units) else float("inf")
        while j < len(b_units) and nb < want:
            pb.append(b_units[j]); nb += len(b_units[j]); j += 1
        pieces.append((pa, pb))
    return pieces


DATEISH = re.compile(r"^[0-9年月日时分秒:/.\-,APMapm星期一二三四五六日〇零]+$|^(Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", re.I)
NOTEREF = re.compile(r"^[0-9ivxlcdm*†‡§]+$", re.I)
LABEL = re.compile(r"^[\W_]*([0-9]{1,3}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,5}|[一二三四五六七八九十百〇零]{1,4})?[\W_]*$")
BULLET = re.compile(r"^[•·▪■□◆◇○●◦‣⁃\-–—*>»\uf000-\uf0ff]+$")


def contains(pieces, chunk):
    """True if CHUNK is made of text from PIECES: a greedy cut into the longest runs that occur in some
    piece (a stretch of deleted text spans several w:del elements, text of two text boxes sits side by
    side...).  Runs must be 2 characters or more, or a whole piece, or the last run."""
    pieces = [p for p in pieces if p]
    if not chunk or not pieces:
        return False
    blob = "\x00".join(pieces)
    whole = set(pieces)
    i, runs = 0, 0
    while i < len(chunk):
        lo, hi = 0, len(chunk) - i  # longest k with chunk[i:i+k] in blob (monotone)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if chunk[i:i + mid] in blob:
                lo = mid
            else:
                hi = mid - 1
        if lo == 0 or (lo < 2 and len(chunk) > 1 and i + lo < len(chunk) and chunk[i:i + lo] not in whole):
            return False
        i += lo
        runs += 1
    return runs <= len(pieces) + 1


def classify(gw_only, lo_only, gw_before, lo_before, ev):
    """One unmatched stretch -> (class, allowed?)."""
    if lo_only and not gw_only:
        if contains(ev.deleted, lo_only):
            return "lo-deleted", True
        if contains(ev.moved_from, lo_only):
            return "lo-moved", True
        if contains(ev.deleted + ev.moved_from, lo_only):
            return "lo-deleted", True
        if ev.notes and NOTEREF.match(lo_only):
            return "lo-noteref", True
        if contains([r for _, r in ev.field_results], lo_only) is False and DATEISH.match(lo_only) and \
                any(re.search(r"\b(DATE|TIME|PRINTDATE|SAVEDATE|CREATEDATE|PAGE|NUMPAGES|SECTIONPAGES)\b", i)
                    for i, _ in ev.field_results):
            return "lo-field", True
        if ev.altchunk:
            return "altChunk (gongwen reads no altChunk)", False
        if contains(ev.headers, lo_only):
            return "header/footer text", False
        if BULLET.match(lo_only) or (LABEL.match(lo_only) and len(lo_only) <= 6):
            return "numbering label (LibreOffice only)", False
        if contains(ev.textbox, lo_only):
            return "text box (LibreOffice only)", False
        if contains(ev.math, lo_only):
            return "math (LibreOffice only)", False
        return "text missing in gongwen", False
    if gw_only and not lo_only:
        if contains(ev.textbox, gw_only):
            return "lo-textbox", True
        if contains(ev.deleted, gw_only):
            return "tracked deletion (gongwen only)", False
        if contains(ev.hidden, gw_only):
            return "hidden text w:vanish (gongwen only)", False
        if any(gw_only in r for i, r in ev.field_results if r):
            return "field result (gongwen keeps, LibreOffice drops/recalculates)", \
                bool(any(re.search(r"\b(DATE|TIME|PRINTDATE|SAVEDATE|CREATEDATE|PAGE|NUMPAGES)\b", i)
                         for i, r in ev.field_results if gw_only in r))
        if BULLET.match(gw_only) or (LABEL.match(gw_only) and len(gw_only) <= 6):
            return "numbering label (gongwen only)", False
        if contains(ev.headers, gw_only):
            return "header/footer text (gongwen only)", False
        return "extra text in gongwen", False
    # both sides differ
    if any(gw_only in r for i, r in ev.field_results if r) and \
            any(re.search(r"\b(DATE|TIME|PRINTDATE|SAVEDATE|CREATEDATE|PAGE|NUMPAGES|SECTIONPAGES)\b", i)
                for i, r in ev.field_results if gw_only in r):
        return "lo-field", True
    if (LABEL.match(gw_only) or BULLET.match(gw_only)) and (LABEL.match(lo_only) or BULLET.match(lo_only)) \
            and len(gw_only) <= 6 and len(lo_only) <= 6:
        return "numbering label differs", False
    if ev.sym and len(gw_only) <= 2 and len(lo_only) <= 2:
        return "symbol character (w:sym) differs", False
    return "text differs", False


def compare_file(args):
    path, sha, gw = args
    lo, why = lo_paragraphs(sha)
    if lo is None:
        return {"file": os.path.basename(path), "error": why}
    gwu, why = gongwen_paragraphs(gw, path)
    if gwu is None:
        return {"file": os.path.basename(path), "error": why}
    matched, chunks = compare(gwu, lo)
    ev = gather_evidence(path)
    la, lb = sum(map(len, gwu)), sum(map(len, lo))
    classes = collections.Counter()
    samples = collections.defaultdict(list)
    allowed = 0
    for a, b, ca, cb in chunks:
        cls, ok = classify(a, b, ca, cb, ev)
        n = len(a) + len(b)
        if ok:
            allowed += n
        classes[(cls, ok)] += n
        if len(samples[cls]) < 3:
            samples[cls].append((ca, a, cb, b))
    raw = 1.0 if la + lb == 0 else 2 * matched / (la + lb)
    denom = la + lb - allowed
    ratio = 1.0 if denom <= 0 else min(1.0, 2 * matched / denom)
    bad = [(n, c) for (c, ok), n in classes.items() if not ok]
    main = max(bad)[1] if bad else (max((n, c) for (c, _), n in classes.items())[1] if classes else "")
    return {"file": os.path.basename(path), "ratio": ratio, "raw": raw, "gw_len": la, "lo_len": lb,
            "classes": {f"{c}{'' if not ok else ' (allowed)'}": n for (c, ok), n in classes.items()},
            "main": main, "samples": samples.get(main, [])}


def excerpt(s, n=60):
    return s if len(s) <= n else s[:n] + "…"


def explain(item, gw):
    path, sha = item
    lo, why = lo_paragraphs(sha)
    gwu, why2 = gongwen_paragraphs(gw, path)
    if lo is None or gwu is None:
        print(why or why2)
        return 1
    ev = gather_evidence(path)
    matched, chunks = compare(gwu, lo)
    r = compare_file((path, sha, gw))
    print(f"{r['file']}: ratio {r['ratio']:.3f} (raw {r['raw']:.3f}), gongwen {r['gw_len']} chars, "
          f"LibreOffice {r['lo_len']} chars; LibreOffice text: {os.path.join(CACHE, sha + '.txt')}")
    for c, n in sorted(r["classes"].items(), key=lambda x: -x[1]):
        print(f"  {n:6} chars  {c}")
    for a, b, ca, cb in chunks:
        cls, ok = classify(a, b, ca, cb, ev)
        print(f"- {cls}{' (allowed)' if ok else ''}: gongwen …{ca}[{excerpt(a, 200)}]  LibreOffice …{cb}[{excerpt(b, 200)}]")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("wild_dir")
    ap.add_argument("gongwen")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--show", type=int, default=1, help="diff excerpts per disagreeing file")
    ap.add_argument("--refresh", action="store_true", help="export again, ignoring /tmp/lo-ref")
    ap.add_argument("--json", help="also write the per-file results here")
    ap.add_argument("--file", help="explain one file (name in WILD_DIR): every unmatched stretch, classified")
    args = ap.parse_args()
    manifest = os.path.join(args.wild_dir, "MANIFEST.tsv")
    if not os.path.isfile(manifest):
        print(f"compare_libreoffice: no {manifest}", file=sys.stderr)
        return 2
    if not os.access(args.gongwen, os.X_OK):
        print(f"compare_libreoffice: {args.gongwen} is not executable", file=sys.stderr)
        return 2
    items = []
    with open(manifest, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row.get("valid_zip") != "1":
                continue
            path = os.path.join(args.wild_dir, row["file"])
            if os.path.isfile(path):
                items.append((path, sha1_of(path)))
    if args.file:
        items = [it for it in items if os.path.basename(it[0]) == args.file]
        if not items:
            print(f"compare_libreoffice: {args.file} is not a valid file of the MANIFEST", file=sys.stderr)
            return 2
    export_all(items, max(1, args.jobs), args.refresh)
    if args.file:
        return explain(items[0], args.gongwen)
    with concurrent.futures.ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(compare_file, [(p, s, args.gongwen) for p, s in items], chunksize=4))
    compared = [r for r in results if "error" not in r]
    errors = [r for r in results if "error" in r]
    agree = [r for r in compared if r["ratio"] >= AGREE]
    rest = sorted((r for r in compared if r["ratio"] < AGREE), key=lambda r: r["ratio"])
    pct = 100.0 * len(agree) / len(compared) if compared else 0.0
    print(f"agreement: {len(agree)}/{len(compared)} files = {pct:.1f}% "
          f"(ratio >= {AGREE} on whitespace-free text, known LibreOffice differences allowed)")
    raw_agree = sum(1 for r in compared if r["raw"] >= AGREE)
    print(f"  without the allowance: {raw_agree}/{len(compared)} = "
          f"{100.0 * raw_agree / len(compared) if compared else 0:.1f}%")
    if errors:
        print(f"not compared ({len(errors)}):")
        for r in errors:
            print(f"  {r['file']}: {r['error']}")
    if rest:
        print()
        w = max(len(r["file"]) for r in rest)
        print(f"{'file':<{w}}  ratio  raw    gw/lo chars    main cause")
        for r in rest:
            print(f"{r['file']:<{w}}  {r['ratio']:.3f}  {r['raw']:.3f}  {r['gw_len']:>6}/{r['lo_len']:<6}  {r['main']}")
            for ca, a, cb, b in r["samples"][:args.show]:
                print(f"{'':<{w}}    gongwen: …{ca}[{excerpt(a)}]   LibreOffice: …{cb}[{excerpt(b)}]")
    causes = collections.Counter(r["main"] for r in rest)
    if causes:
        print()
        print("main causes:", ", ".join(f"{c} ({n})" for c, n in causes.most_common()))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(results, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
