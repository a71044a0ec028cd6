#!/usr/bin/python3
"""Compare gongwen's DOCX text with LibreOffice's plain-text export.

Usage: /usr/bin/python3 compare_libreoffice.py WILD_DIR GONGWEN_BIN [--jobs N] [--show N] [--refresh]
                                               [--json OUT] [--file NAME]

For every file that WILD_DIR/MANIFEST.tsv marks as a valid zip (valid_zip == 1):

  * LibreOffice exports the text (`soffice --headless --convert-to txt:Text`), 8 files per soffice run,
    N runs at a time (--jobs, default 2), each with a private profile (file:///tmp/lo-profile-K), each
    under a timeout (30 s + 15 s a file); a file missing after a batch (timed out, crashed soffice) is
    retried alone with a 60 s timeout.  Exports are cached as /tmp/lo-ref/SHA1.txt (SHA1 of the input
    bytes: an edited corpus file is exported again); a file LibreOffice cannot export is cached as
    SHA1.fail and listed as "not compared".  --refresh ignores the cache.
  * gongwen extracts it (`gongwen extract FILE`), and the comparison uses each block's "original" field
    (the text before normalization).  A table row's original is `| cell | cell |`: it is compared as one
    paragraph per cell, the pipes that separate cells dropped (a `|` between blanks or at an end, also
    those of a nested table flattened into its cell).  "cells" is not used: it holds normalized text.
    "footnote" blocks (footnote and endnote bodies) are left out: LibreOffice's Text export does not
    print them (only the reference marks in the body, see lo-noteref).

THE COMPARISON.  Both texts lose all whitespace (Python's \\s, so also U+00A0 and U+3000), soft hyphens
(U+00AD) and zero-width characters (U+200B-U+200D, U+2060, U+FEFF: LibreOffice writes them at comment
anchors); fullwidth digits become ASCII (LibreOffice writes decimalFullWidth numbering "第１章" as "第1章")
and U+2011 becomes "-" (gongwen's w:noBreakHyphen).  Empty paragraphs are dropped.  The paragraphs are
aligned with difflib (a paragraph pairing counts as an anchor when it comes in a run of two or more, or
when the paragraph is unique on both sides), and every stretch between anchors is compared character by
character (difflib.SequenceMatcher, autojunk off; a long stretch is first cut at synchronised points).
M = characters matched; lengths are whitespace-free:
    raw ratio = 2*M / (len(gongwen) + len(LibreOffice))

KNOWN DIFFERENCES (the allowance).  LibreOffice's Text export differs from what Word shows in ways that
are not reading errors.  Every unmatched stretch is classified from evidence in the DOCX XML itself
(classify()); these classes are LibreOffice's (see ALLOWED):
    lo-deleted    LibreOffice prints tracked deletions (w:del/w:delText) that Word's final view hides
    lo-moved      LibreOffice prints moved text twice (w:moveFrom as well as w:moveTo)
    lo-field      LibreOffice recalculates volatile fields (DATE, TIME, PAGE, ...): the stored result differs
    lo-noteref    LibreOffice prints footnote/endnote reference marks (1, ii, ①, *) in the body
    lo-frame      LibreOffice's Text export leaves out text boxes (w:txbxContent), frames (w:framePr) and
                  floating tables it turns into frames: text gongwen reads
    lo-bullet     LibreOffice's Text export writes its own bullet glyphs (•, ◦, ▪) for every bullet
    lo-dropdown   LibreOffice prints a drop-down content control's list item after its text
and one of the comparison's own making:
    cmp-pipe      a literal "|" inside a table cell, dropped with gongwen's cell separators
Characters in these classes are taken out of both lengths:
    ratio = 2*M / (len(gongwen) + len(LibreOffice) - allowed characters)

AGREES  <=>  ratio >= 0.98.  (Both texts empty: ratio 1.0.)

Output: the percentage of agreeing files (and without the allowance), the files not compared, then for
each file that does not agree: ratio, raw ratio, lengths, main cause (the class with the most unmatched
characters outside the allowance) and --show N diff excerpts, gongwen …context[only gongwen] against
LibreOffice …context[only LibreOffice] (private-use, control and format characters as <U+XXXX>); last,
the unmatched characters of every class summed over all files, agreeing ones included.  Every
class name not starting with "lo-" describes a difference to look at in gongwen (or an LibreOffice quirk
the classifier does not know yet).  --file NAME explains one file: every unmatched stretch, classified.
--json OUT writes the per-file results.  Exit status: 0 (a report, not a test); 2 on bad usage.
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
import threading
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

AGREE = 0.98
CACHE = "/tmp/lo-ref"
WS = re.compile(r"[\s\u00ad\u200b-\u200d\u2060\ufeff]+")  # whitespace, soft hyphen, zero-width characters
BATCH = 8                 # files per soffice run
BATCH_TIMEOUT = 30        # seconds per batch, plus PER_FILE_TIMEOUT / 4 per file
PER_FILE_TIMEOUT = 60     # seconds for a lone retry
CHAR_DIFF_LIMIT = 4_000_000  # len(a)*len(b) above which a stretch is split before the character diff

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"


# Fullwidth digits -> ASCII (LibreOffice writes decimalFullWidth numbering "第１章" as "第1章"), and the
# non-breaking hyphen U+2011 -> "-" (what gongwen writes for w:noBreakHyphen).
FOLD = str.maketrans("０１２３４５６７８９\u2011", "0123456789-")


def squash(s):
    return WS.sub("", s).translate(FOLD)


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
    """Whitespace-free texts of the package's special regions (one piece per element), to explain
    differences."""

    def __init__(self):
        self.deleted = []        # w:del (w:delText): tracked deletions
        self.moved_from = []     # w:moveFrom: the old place of moved text
        self.frames = []         # w:txbxContent (text boxes), w:framePr paragraphs (frames), floating tables
        self.fields = []         # (instruction, result) of complex (fldChar) and simple (fldSimple) fields
        self.hidden = []         # runs with w:vanish
        self.ruby = []           # w:rubyBase text
        self.notes = 0           # w:footnoteReference / w:endnoteReference in the body
        self.deleted_marks = 0   # paragraphs whose mark is a tracked deletion (w:pPr/w:rPr/w:del)
        self.section_paragraphs = 0  # empty paragraphs that carry a section break (w:pPr/w:sectPr)
        self.altchunk = False    # w:altChunk (imported HTML/MHT/RTF parts)
        self.list_items = []     # w:listItem of drop-down / combo-box content controls
        self.wrapped_rows = []   # table rows or cells inside a w:sdt or w:customXml (w:tbl/w:sdt/w:tr ...)
        self.symbols = set()     # characters a w:sym or a symbol-font (U+F0xx) code point can give

    def field_results(self, volatile_only=False):
        return [r for i, r in self.fields if not volatile_only or VOLATILE_FIELD.search(i)]


VOLATILE_FIELD = re.compile(r"\b(DATE|TIME|PRINTDATE|SAVEDATE|CREATEDATE|EDITTIME|PAGE|NUMPAGES|SECTIONPAGES|"
                            r"NUMWORDS|NUMCHARS|FILENAME|USERNAME|AUTHOR|DOCPROPERTY)\b", re.I)


def local(tag):
    return tag.rsplit("}", 1)[-1] if "}" in tag else tag


def text_of(el):
    return "".join(n.text for n in el.iter() if local(n.tag) in ("t", "delText") and n.text)


def attr(n, name):
    return n.get(f"{{{W_NS}}}{name}") or n.get(f"{{{W_STRICT_NS}}}{name}") or ""


def gather_evidence(path):
    ev = Evidence()
    try:
        z = zipfile.ZipFile(path)
        names = z.namelist()
    except Exception:
        return ev
    for name in sorted(names):
        base = name[5:] if name.startswith("word/") else ""
        if not base.endswith(".xml") or not (base.startswith("document") or base.startswith("footnotes")
                                              or base.startswith("endnotes") or base.startswith("glossary/document")):
            continue
        try:
            root = ET.fromstring(z.read(name))
        except Exception:
            continue
        body = base.startswith("document")
        parent = {c: p for p in root.iter() for c in p}
        for n in root.iter():
            ln = local(n.tag)
            if ln == "del":
                ev.deleted.append(squash(text_of(n)))
                rpr = parent.get(n)
                if rpr is not None and local(rpr.tag) == "rPr" and local(parent.get(rpr, rpr).tag) == "pPr":
                    ev.deleted_marks += 1
            elif ln == "moveFrom":
                ev.moved_from.append(squash(text_of(n)))
            elif ln == "txbxContent":
                ev.frames.append(squash(text_of(n)))
            elif ln == "tblpPr":  # a floating table: LibreOffice may import it as a frame
                tbl = parent.get(parent.get(n))
                if tbl is not None:
                    ev.frames.append(squash(text_of(tbl)))
            elif ln == "framePr":
                p = parent.get(parent.get(n))
                if p is not None:
                    ev.frames.append(squash(text_of(p)))
            elif ln == "sectPr" and local(parent.get(n, n).tag) == "pPr":
                p = parent.get(parent.get(n))
                if p is not None and not squash(text_of(p)):
                    ev.section_paragraphs += 1
            elif ln == "rubyBase":
                ev.ruby.append(squash(text_of(n)))
            elif ln in ("footnoteReference", "endnoteReference") and body:
                ev.notes += 1
            elif ln in ("tr", "tc") and local(parent.get(n, n).tag) == "sdtContent" or \
                    ln in ("tr", "tc") and local(parent.get(n, n).tag) == "customXml":
                ev.wrapped_rows.append(squash(text_of(n)))
            elif ln == "listItem":
                ev.list_items += [squash(attr(n, "displayText")), squash(attr(n, "value"))]
            elif ln == "altChunk":
                ev.altchunk = True
            elif ln == "sym":
                try:
                    code = int(attr(n, "char"), 16)
                except ValueError:
                    continue
                ev.symbols.add(chr(code))
                if 0xF000 <= code <= 0xF0FF:
                    ev.symbols.add(chr(code - 0xF000))
            elif ln == "t" and n.text:
                for ch in n.text:
                    if 0xF000 <= ord(ch) <= 0xF0FF:
                        ev.symbols.add(ch)
            elif ln == "fldSimple":
                ev.fields.append((attr(n, "instr"), squash(text_of(n))))
            elif ln == "vanish":
                rpr = parent.get(n)
                r = parent.get(rpr) if rpr is not None else None
                if r is not None and local(r.tag) == "r":
                    ev.hidden.append(squash(text_of(r)))
        # Complex fields, in document order: instruction between begin and separate, result up to end.
        stack = []
        for n in root.iter():
            ln = local(n.tag)
            if ln == "fldChar":
                t = attr(n, "fldCharType")
                if t == "begin":
                    stack.append(["", "", False])
                elif t == "separate" and stack:
                    stack[-1][2] = True
                elif t == "end" and stack:
                    instr, result, _ = stack.pop()
                    ev.fields.append((instr.strip(), squash(result)))
                    if stack and stack[-1][2]:
                        stack[-1][1] += result
            elif ln == "instrText" and stack and n.text:
                stack[-1][0] += n.text
            elif ln == "t" and stack and stack[-1][2] and n.text:
                stack[-1][1] += n.text
    return ev


# ---------------------------------------------------------------- comparison

def anchors(a_units, b_units):
    """The fixed points of the alignment: paragraphs difflib pairs up (on the lists of paragraphs), kept
    when they come in a run of two or more, or when the paragraph occurs once on each side.  A lone
    repeated paragraph (an empty-ish table cell, "{{/users}}") can pair up out of place, and gongwen's
    one unit per table cell never lines up with LibreOffice's one line per cell paragraph: those are
    left to the character diff of the stretch around them."""
    ca = collections.Counter(a_units)
    cb = collections.Counter(b_units)
    sm = difflib.SequenceMatcher(None, a_units, b_units, autojunk=False)
    out = []
    for i, j, n in sm.get_matching_blocks():
        if n >= 2 or (n == 1 and ca[a_units[i]] == 1 and cb[b_units[j]] == 1):
            out.extend((i + k, j + k) for k in range(n))
    return out


def compare(gw_units, lo_units):
    """Align on anchors, then diff every stretch between two anchors character by character.
    Returns (matched characters, [(gongwen-only text, LibreOffice-only text, gongwen context, LO context)])."""
    matched = 0
    chunks = []
    i0 = j0 = 0
    for i, j in anchors(gw_units, lo_units) + [(len(gw_units), len(lo_units))]:
        for a_part, b_part in split_stretch(gw_units[i0:i], lo_units[j0:j]):
            a, b = "".join(a_part), "".join(b_part)
            if a == b:
                matched += len(a)
                continue
            if not a or not b:
                chunks.append((a, b, "", ""))
                continue
            sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
            for t, x1, x2, y1, y2 in sm.get_opcodes():
                if t == "equal":
                    matched += x2 - x1
                else:
                    chunks.append((a[x1:x2], b[y1:y2], a[max(0, x1 - 12):x1], b[max(0, y1 - 12):y1]))
        if i < len(gw_units):
            matched += len(gw_units[i])
        i0, j0 = i + 1, j + 1
    return matched, chunks


def split_stretch(a_units, b_units):
    """Cut a long stretch into pieces small enough for the character diff.  A is cut at paragraph
    boundaries every ~2000 characters; each cut is synchronised in B by finding the 24 characters that
    follow it, searched nearest to where B should be (B's text runs mostly parallel to A's).  A cut
    whose text cannot be found in B is dropped (its piece just grows)."""
    la, lb = sum(map(len, a_units)), sum(map(len, b_units))
    if la * lb <= CHAR_DIFF_LIMIT:
        return [(a_units, b_units)]
    A, B = "".join(a_units), "".join(b_units)
    cuts_a, pos = [], 0
    for u in a_units[:-1]:
        pos += len(u)
        if not cuts_a and pos >= 2000 or cuts_a and pos - cuts_a[-1] >= 2000:
            cuts_a.append(pos)
    pieces, pa, pb = [], 0, 0
    for ca in cuts_a:
        key = A[ca:ca + 24]
        if len(key) < 12:
            continue
        expected = pb + (ca - pa)
        window = 4000 + (ca - pa)
        lo_b, hi_b = max(pb, expected - window), min(len(B), expected + window)
        best, k = None, B.find(key, lo_b, hi_b)
        while k != -1:
            if best is None or abs(k - expected) < abs(best - expected):
                best = k
            k = B.find(key, k + 1, hi_b)
        if best is None:
            continue
        pieces.append(([A[pa:ca]], [B[pb:best]]))
        pa, pb = ca, best
    pieces.append(([A[pa:]], [B[pb:]]))
    return pieces


DATEISH = re.compile(r"^[0-9年月日时分秒:/.\-,APMapm星期一二三四五六日〇零]+$|"
                     r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", re.I)
DATELIKE = re.compile(r"\d[/:.\-年月日时分秒]|[年月日时分秒]|^(Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|"
                      r"Aug|Sep|Oct|Nov|Dec)", re.I)
NOTEREF = re.compile(r"^([0-9]{1,3}|[ivxlc]{1,5}|[*†‡§]{1,3}|[\u2460-\u2473])+$", re.I)
LABEL = re.compile(r"^[(（]?([0-9]{1,3}(\.[0-9]{1,3}){0,5}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,5}|[一二三四五六七八九十百〇零]{1,4}|"
                   r"[\u2460-\u2473])?[.．、)）:：]?$")
BULLET_CHARS = "•·▪▫■□◆◇○●◦‣⁃–—−-*>»oO§Øü✓✔√➢➤►▶→➔❖✧★☆◎☐"


def is_bullet(s):
    return 0 < len(s) <= 3 and all(c in BULLET_CHARS or 0xF000 <= ord(c) <= 0xF8FF for c in s)


def is_label(s):
    return 0 < len(s) <= 12 and (is_bullet(s) or bool(LABEL.match(s)))


# A numbering label or bullet, which no XML text holds (Word makes it from numbering.xml).
LABEL_TOKEN = re.compile(r"[(（]?([0-9]{1,3}(\.[0-9]{1,3}){0,5}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,5}|[一二三四五六七八九十]{1,3})[.．、)）]|"
                         r"[•·▪▫■□◆◇○●◦‣⁃*＊>»\-–—−✓✔√➢➤►▶→➔❖✧★☆◎☐\u2460-\u2473\uf000-\uf8ff]")


def contains(pieces, chunk):
    """True if CHUNK is made of text from PIECES: a greedy cut into the longest runs that occur in some
    piece (a stretch of deleted text spans several w:del elements, text of two text boxes sits side by
    side...).  A numbering label or bullet between runs is skipped (lists inside text boxes, deleted list
    items)."""
    pieces = [p for p in pieces if p]
    if not chunk or not pieces:
        return False
    blob = "\x00".join(pieces)
    whole = set(pieces)
    i, text, weak = 0, 0, 0
    while i < len(chunk):
        lo, hi = 0, len(chunk) - i  # longest k with chunk[i:i+k] in blob (monotone)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if chunk[i:i + mid] in blob:
                lo = mid
            else:
                hi = mid - 1
        if lo == 0:
            m = LABEL_TOKEN.match(chunk, i)
            if not m:
                return False
            i = m.end()
            continue
        if lo < 3 and chunk[i:i + lo] not in whole:
            weak += lo  # one or two characters found somewhere: proves little
        i += lo
        text += lo
    # The character diff cuts stretches anywhere, so a chunk may start or end with a character or two of
    # the neighbouring text: such weak runs may make up a tenth of the chunk.
    return text > 0 and weak <= len(chunk) // 10


# The classes.  ALLOWED ones are LibreOffice's, not gongwen's (see the module docstring).
ALLOWED = {
    "lo-deleted": "LibreOffice prints tracked deletions",
    "lo-moved": "LibreOffice prints moved text twice",
    "lo-field": "LibreOffice recalculates a field",
    "lo-noteref": "LibreOffice prints footnote/endnote reference marks",
    "lo-frame": "LibreOffice's Text export omits text boxes and frames (and floating tables it imports as frames)",
    "lo-bullet": "LibreOffice's Text export writes its own bullet glyphs (•, ◦, ▪)",
    "lo-dropdown": "LibreOffice prints a drop-down content control's list item after its text",
    "cmp-pipe": "a literal | in a table cell looks like gongwen's cell separator, which the comparison drops",
}


SYMBOL_MAPPED = "symbol-font character: gongwen turns U+F0xx into U+00xx (Webdings F068 -> 'h'), LibreOffice keeps U+F0xx"


def classify_pair(a, b, ev):
    """A stretch changed on both sides: a class for the pair, or None to classify each side alone."""
    if len(a) == len(b) and all(ord(y) - 0xF000 == ord(x) for x, y in zip(a, b)):
        return SYMBOL_MAPPED
    if is_bullet(a) and is_bullet(b):
        return "lo-bullet"
    volatile = ev.field_results(volatile_only=True)
    if contains(volatile, a) and len(b) <= 40 or \
            DATEISH.match(a) and DATEISH.match(b) and any(a in r for r in volatile):
        return "lo-field"
    if is_label(a) and is_label(b):
        return "numbering label differs"
    return None


def classify_lo(b, ev, gw_text):
    """Text only LibreOffice has."""
    if contains(ev.moved_from, b):
        return "lo-moved"
    if contains(ev.deleted, b) or contains(ev.deleted + ev.moved_from, b):
        return "lo-deleted"
    if set(b) == {"|"}:
        return "cmp-pipe"
    if ev.notes and len(b) <= 8 and NOTEREF.match(b):
        return "lo-noteref"
    if contains(ev.list_items, b):
        return "lo-dropdown"
    if DATEISH.match(b) and DATELIKE.search(b) and len(b) <= 40 and ev.field_results(volatile_only=True):
        return "lo-field"
    if contains(ev.wrapped_rows, b):
        return "table row/cell inside w:sdt or w:customXml missing in gongwen"
    if contains(ev.ruby, b):
        return "ruby base text (w:ruby) missing in gongwen"
    if is_label(b):
        return "numbering label missing in gongwen"
    if ev.altchunk:
        return "altChunk content missing in gongwen"
    if len(b) >= 8 and b in gw_text:
        return "order differs"
    return "text missing in gongwen"


def classify_gw(a, ev, lo_text, gw_text):
    """Text only gongwen has."""
    if contains(ev.frames, a):
        return "lo-frame"
    if all(c in ev.symbols or 0xF000 <= ord(c) <= 0xF8FF or unicodedata.category(c) == "Cc" for c in a) and \
            (ev.symbols or any(0xF000 <= ord(c) <= 0xF8FF for c in a)):
        return "symbol-font character (w:sym / U+F0xx) gongwen writes, LibreOffice drops"
    if contains(ev.deleted, a):
        return "tracked deletion shown by gongwen"
    if contains(ev.hidden, a):
        return "hidden text (w:vanish) shown by gongwen"
    if is_label(a) and ev.section_paragraphs:
        return "label of an empty section-break paragraph (LibreOffice drops that paragraph)"
    if is_label(a) and ev.deleted_marks:
        return "label of a deleted paragraph (w:pPr/w:rPr/w:del) shown by gongwen"
    if is_label(a):
        return "numbering label only in gongwen"
    if len(a) >= 8 and a in lo_text:
        return "text repeated in gongwen's blocks" if gw_text.count(a) > lo_text.count(a) else "order differs"
    if contains(ev.field_results(), a):
        return "field result only in gongwen"
    return "extra text in gongwen"


def classify(a, b, ev, gw_text, lo_text):
    """One unmatched stretch -> [(class, characters)]."""
    if a and b:
        c = classify_pair(a, b, ev)
        if c:
            return [(c, len(a) + len(b))]
        ca, cb = classify_gw(a, ev, lo_text, gw_text), classify_lo(b, ev, gw_text)
        if ca == "extra text in gongwen" and cb == "text missing in gongwen":
            return [("text differs", len(a) + len(b))]
        return [(ca, len(a)), (cb, len(b))]
    if b:
        return [(classify_lo(b, ev, gw_text), len(b))]
    return [(classify_gw(a, ev, lo_text, gw_text), len(a))]


def compare_file(args):
    path, sha, gw = args
    name = os.path.basename(path)
    lo, why = lo_paragraphs(sha)
    if lo is None:
        return {"file": name, "error": why}
    gwu, why = gongwen_paragraphs(gw, path)
    if gwu is None:
        return {"file": name, "error": why}
    matched, chunks = compare(gwu, lo)
    ev = gather_evidence(path)
    gw_text, lo_text = "".join(gwu), "".join(lo)
    la, lb = len(gw_text), len(lo_text)
    classes = collections.Counter()
    samples = collections.defaultdict(list)
    allowed = 0
    for a, b, ca, cb in chunks:
        for cls, n in classify(a, b, ev, gw_text, lo_text):
            if cls in ALLOWED:
                allowed += n
            classes[cls] += n
            if len(samples[cls]) < 3:
                samples[cls].append((ca, a, cb, b))
    raw = 1.0 if la + lb == 0 else 2 * matched / (la + lb)
    denom = la + lb - allowed
    ratio = 1.0 if denom <= 0 else min(1.0, 2 * matched / denom)
    bad = sorted(((n, c) for c, n in classes.items() if c not in ALLOWED), reverse=True)
    main = bad[0][1] if bad else ""
    return {"file": name, "ratio": ratio, "raw": raw, "gw_len": la, "lo_len": lb, "classes": dict(classes),
            "main": main, "samples": samples.get(main, [])}


def excerpt(s, n=60):
    s = s if len(s) <= n else s[:n] + "…"
    # Private-use, control and format characters, visibly.
    return "".join(f"<U+{ord(c):04X}>" if unicodedata.category(c) in ("Co", "Cc", "Cf") else c for c in s)


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
        print(f"  {n:6} chars  {c}{' (allowed)' if c in ALLOWED else ''}")
    gw_text, lo_text = "".join(gwu), "".join(lo)
    for a, b, ca, cb in chunks:
        cls = ", ".join(f"{c}{' (allowed)' if c in ALLOWED else ''}" for c, _ in classify(a, b, ev, gw_text, lo_text))
        print(f"- {cls}: gongwen …{ca}[{excerpt(a, 200)}]  LibreOffice …{cb}[{excerpt(b, 200)}]")
    return 0


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends the report quietly
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
    # Every class over all files, agreeing ones too: small differences hide in big documents.
    total, where = collections.Counter(), collections.defaultdict(list)
    for r in compared:
        for c, n in r["classes"].items():
            total[c] += n
            where[c].append((n, r["file"]))
    if total:
        print()
        print("unmatched characters by class, all files (* = allowed, not counted against agreement):")
        for c, n in sorted(total.items(), key=lambda x: (x[0] in ALLOWED, -x[1])):
            files = sorted(where[c], reverse=True)
            print(f"  {'*' if c in ALLOWED else ' '} {n:6} chars {len(files):3} files  {c}   e.g. "
                  + ", ".join(f for _, f in files[:2]))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(results, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
