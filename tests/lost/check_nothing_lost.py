"""Nothing lost: the blocks gongwen outputs account for every character of the
input's body text, and every block whose text differs from its original carries
a recorded repair.

  check_nothing_lost.py GONGWEN FILE_OR_DIR...

- Text input: the input decoded (in the encoding gongwen reports), with all
  whitespace removed, must equal the blocks' `original` texts joined in order,
  with all whitespace removed: nothing dropped, nothing doubled, nothing moved.
- DOCX input: every character of the body text in the XML (w:t of the main part,
  footnotes and endnotes; not mc:Fallback, which repeats mc:Choice, nor the result of a field
  nested in another field's instruction (an argument, not text), nor deleted
  or moved-away text, nor a ruby reading, which annotates its base text, nor a
  table row deleted as a tracked change) must occur in the blocks at least as often (gongwen adds
  the labels of automatic numbering, and moves text boxes after their anchor); a check box typed in a
  Wingdings font counts as the ☑ ☒ ☐ gongwen prints for it.
- Any input: a block whose `text` differs from its `original` (whitespace aside, and a quoted
  spreadsheet cell's doubled quotes, which are one) must overlap a diagnostic span: no silent repair.
- A web page saved whole: compared as a browser shows it (no head, scripts, styles or comments; tags
  dropped, character references decoded), the page and each block's original alike; an ordered list's
  item (numbered) starts with its number as the browser prints it (1. or 一、), which the page's text lacks.
- A wiki's page (wikitext): compared as the wiki shows it (the header template's title and document
  number, templates' first unnamed arguments, links' labels; no tags, table syntax or cells' attributes), the
  page and each block's original alike.
- A sheet saved as CSV: its rows' cells lack only the commas between them and the quotes around
  them, and the commas and quotes are left out of the comparison of the whole text.
Files gongwen refuses (exit 2 with a message) are counted, not checked.
"""
import collections
import email
import html
import html.parser
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

W = ("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main")
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
REL = ("http://schemas.openxmlformats.org/package/2006/relationships",)
CODECS = {"UTF-8": "utf-8", "GB18030": "gb18030", "GBK": "gbk", "Big5": "big5", "UTF-16LE": "utf-16-le",
          "UTF-16BE": "utf-16-be", "UTF-32LE": "utf-32-le", "UTF-32BE": "utf-32-be"}


BORDER = re.compile(r"[-+=:─━═┌┐└┘├┤┬┴┼╞╡╪╔╗╚╝╠╣╦╩╬╒╕╘╛╤╧╟╢╫╓╖╙╜┠┨┯┷┿┝┥┰┸╂╋│|║┃ \t\u3000]+")
RULE = re.compile("[-=─━═]")


# Invisible format characters gongwen reads as spaces (a line of a zero-width space alone is blank).
INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060"


def strip(s):
    return "".join(ch for ch in s if not ch.isspace() and ch not in INVISIBLE)


def local(tag):
    ns, _, name = tag[1:].partition("}") if tag.startswith("{") else ("", "", tag)
    return ns, name


# Wingdings 2's and Wingdings' check boxes, as the DOCX reader prints them (lib/docx/numbering.cpp, CheckBoxGlyph).
CHECK_BOXES = {
    "Wingdings 2": {"R": "☑", "S": "☒", "T": "☒", "£": "☐", "\uf052": "☑", "\uf053": "☒", "\uf054": "☒", "\uf0a3": "☐"},
    "Wingdings": {"þ": "☑", "ý": "☒", "x": "☒", "¨": "☐", "o": "☐",
                  "\uf0fe": "☑", "\uf0fd": "☒", "\uf078": "☒", "\uf0a8": "☐", "\uf06f": "☐"},
}


def xml_text(data):
    """w:t text of one part, skipping mc:Fallback, deletions, moves away, ruby readings, deleted rows and
    separator notes. An explicit stack: deep nesting cannot exhaust Python's recursion."""
    out = []
    fields = []  # open complex fields, True while in the instruction: a field nested there is an argument
    stack = [ET.fromstring(data)]
    while stack:
        el = stack.pop()
        ns, name = local(el.tag)
        if ns in W and name == "fldChar":
            kind = next((v for k, v in el.attrib.items() if local(k)[1] == "fldCharType"), "")
            if kind == "begin":
                fields.append(True)
            elif kind == "separate" and fields:
                fields[-1] = False
            elif kind == "end" and fields:
                fields.pop()
        if ns == MC and name == "Fallback":
            continue
        if ns in W:
            if name in ("del", "moveFrom", "rt"):
                continue
            # A run struck through (w:strike, w:dstrike on): a draft's deletion, reported as GW-DOCX-STRUCK; or
            # hidden (w:vanish), reported as GW-DOCX-HIDDEN.
            if name == "r" and any(local(c.tag)[1] == "rPr" and any(
                    local(g.tag)[1] in ("strike", "dstrike", "vanish") and
                    next((v for k, v in g.attrib.items() if local(k)[1] == "val"), "1") not in ("0", "false", "off")
                    for g in c) for c in el):
                continue
            # A content control left empty shows its prompt, reported as GW-DOCX-PLACEHOLDER, not read.
            if name == "sdt" and any(local(c.tag)[1] == "sdtPr" and any(local(g.tag)[1] == "showingPlcHdr" for g in c)
                                     for c in el):
                continue
            if name == "tr" and any(local(c.tag)[1] == "trPr" and any(local(g.tag)[1] == "del" for g in c)
                                    for c in el):
                continue
            if name in ("footnote", "endnote") and any(
                    local(k)[1] == "type" and v in ("separator", "continuationSeparator", "continuationNotice")
                    for k, v in el.attrib.items()):
                continue
            if name == "t" and el.text and True not in fields:
                out.append(el.text)
            # A note's own mark (w:customMarkFollows: ※, * after the reference) marks, it is no text.
            if name == "r":
                # Check boxes typed in a symbol font print as boxes (the reader's CheckBoxGlyph).
                font = next((v for c in el if local(c.tag)[1] == "rPr" for g in c if local(g.tag)[1] == "rFonts"
                             for k, v in g.attrib.items() if local(k)[1] == "ascii"), "")
                if font in CHECK_BOXES:
                    for g in el:
                        if local(g.tag)[1] == "t" and g.text:
                            g.text = "".join(CHECK_BOXES[font].get(ch, ch) for ch in g.text)
                kids = list(el)
                for i, c in enumerate(kids):
                    cns, cname = local(c.tag)
                    if cname in ("footnoteReference", "endnoteReference") and any(
                            local(k)[1] == "customMarkFollows" and v in ("1", "true", "on") for k, v in c.attrib.items()):
                        mark = next((g for g in kids[i + 1:] if local(g.tag)[1] == "t"), None)
                        if mark is not None:
                            el.remove(mark)
                        break
        stack.extend(reversed(list(el)))
    return "".join(out)


def docx_parts(z):
    names = set(z.namelist())

    def rels_of(part):
        d, b = os.path.split(part)
        rels = os.path.join(d, "_rels", b + ".rels")
        if rels not in names:
            return []
        root = ET.fromstring(z.read(rels))
        out = []
        for r in root:
            target = r.get("Target", "")
            if r.get("TargetMode") == "External":
                continue
            path = target.lstrip("/") if target.startswith("/") else os.path.normpath(os.path.join(d, target))
            out.append((r.get("Type", "").rsplit("/", 1)[-1], path))
        return out

    main = next((p for t, p in rels_of("") if t == "officeDocument"), "word/document.xml")
    parts = [main] + [p for t, p in rels_of(main) if t in ("footnotes", "endnotes")]
    return [p for p in parts if p in names]


HIDDEN = ("script", "style", "noscript", "template", "svg", "iframe")
VOID = ("br", "hr", "img", "input", "meta", "link", "col", "area", "base", "embed", "source", "track", "wbr",
        "param")
NO_VALUE = ("hidden", "button", "submit", "reset", "image", "checkbox", "radio", "file", "password", "range",
            "color")


class Shown(html.parser.HTMLParser):
    """A form's controls as a browser shows them (reader/html_markup.h, WalkMarkup): a text field's value, a
    drop-down's option selected (none where none is); an element styled display:none shows nothing."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.undisplayed, self.depth, self.in_select, self.selected = [], None, 0, False, False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self.undisplayed:
            self.depth += tag == self.undisplayed and tag not in VOID
            return
        if tag not in VOID and re.search(r"display\s*:\s*none", a.get("style") or "", re.I) and \
                not (self.in_select and tag in ("option", "optgroup")):
            self.undisplayed, self.depth = tag, 1
        elif tag == "select":
            self.in_select, self.selected = True, False
        elif self.in_select and tag in ("option", "optgroup"):
            self.selected = tag == "option" and "selected" in a
        elif tag == "input" and not self.in_select and (a.get("type") or "").lower() not in NO_VALUE and \
                not re.search(r"display\s*:\s*none", a.get("style") or "", re.I):
            self.out.append(a.get("value") or "")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.undisplayed == tag and self.depth == 1:
            self.undisplayed, self.depth = None, 0

    def handle_endtag(self, tag):
        if self.undisplayed:
            if tag == self.undisplayed:
                self.depth -= 1
                if self.depth == 0:
                    self.undisplayed = None
            return
        if tag == "select":
            self.in_select = False
        elif self.in_select and tag in ("option", "optgroup"):
            self.selected = False

    def handle_data(self, data):
        if not self.undisplayed and (not self.in_select or self.selected):
            self.out.append(data)


def shown(markup):
    """The text a browser shows of markup without head, scripts or comments (see Shown)."""
    parser = Shown()
    parser.feed(markup)
    parser.close()
    return "".join(parser.out)


def looks_html_page(text):
    """A web page saved whole, as gongwen tells one (reader/html_text.h)."""
    head = text.lstrip().lower()
    while head.startswith("<!--"):  # a browser's <!-- saved from url=… --> before the doctype
        end = head.find("-->", 0, 4096)
        if end < 0:
            return False
        head = head[end + 3:].lstrip()
    return head.startswith("<!doctype html") or head.startswith("<html") or \
        (head.startswith("<?xml") and "<html" in head[:1024])


FRAME = re.compile(r"""<iframe\b(?:=\s*"[^"]*"|=\s*'[^']*'|[^>])*>""", re.I)  # (a quote opens a value after =)
SRCDOC = re.compile(r"""\ssrcdoc\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)


def frames_shown(markup):
    """The page with each <iframe srcdoc="…"> replaced by what the frame shows: its document, the
    attribute's references decoded (SingleFile keeps a frame's document only there)."""
    out, at = [], 0
    # (One in a table's cell is the cell's, as gongwen reads it: not shown.)
    tables = [(t.start(), t.end()) for t in re.finditer(r"<table\b.*?</table\s*>", markup, re.S | re.I)]
    for m in FRAME.finditer(markup):
        doc = SRCDOC.search(m.group(0))
        if not doc or m.start() < at or any(s <= m.start() < e for s, e in tables):
            continue
        end = re.compile(r"</iframe\s*>", re.I).search(markup, m.end())
        out.append(markup[at:m.start()])
        hidden = re.search(r"""\sstyle\s*=\s*["'][^"']*display\s*:\s*none""", m.group(0), re.I)
        shown_doc = "" if hidden else visible(html.unescape(doc.group(1) if doc.group(1) is not None else doc.group(2)))
        out.append(" " + html.escape(shown_doc, quote=False) + " ")  # (text, read as such again below)
        at = end.end() if end else m.end()
    out.append(markup[at:])
    return "".join(out)


def visible(markup, frames=True):
    """What a browser shows of a page's markup: no head, scripts, styles or comments; tags dropped,
    character references decoded; a frame's srcdoc document shown where the frame stands (outside tables,
    and not in a table row's markup: frames=False)."""
    markup = re.sub(r"<!--.*?-->", "", markup, flags=re.S)
    markup = re.sub(r"<head\b.*?(</head\s*>|(?=<body\b))", "", markup, flags=re.S | re.I)
    for name in HIDDEN:
        if name != "iframe":
            markup = re.sub(rf"<{name}\b[^>]*>.*?</{name}\s*>", "", markup, flags=re.S | re.I)
    if frames and "srcdoc" in markup.lower():
        markup = frames_shown(markup)
    markup = re.sub(r"<iframe\b[^>]*>.*?</iframe\s*>", "", markup, flags=re.S | re.I)
    return shown(markup)


def looks_wikitext(text):
    """A wiki's page in wikitext, as gongwen tells one (reader/wiki_text.h): it opens with a template, or
    holds a table ({| … |})."""
    head = text.lstrip("\ufeff").lstrip()
    if head.startswith("{{") and head[2:].lstrip().lower().startswith(("header", "textquality")):
        return True
    lines = [line.lstrip(" \t") for line in text.splitlines()]
    for i, line in enumerate(lines):
        if line.startswith("{|"):
            return any(later.startswith("|}") for later in lines[i + 1:])
    return False


def wiki_close(s, at):
    """Where the {{ or [[ at `at` closes (after its }} or ]]), nested ones skipped; -1 if never."""
    depth, i = 0, at
    while i + 1 < len(s):
        two = s[i:i + 2]
        if two in ("{{", "[["):
            depth += 1
            i += 2
        elif two in ("}}", "]]"):
            depth -= 1
            i += 2
            if depth == 0:
                return i
        else:
            i += 1
    return -1


def wiki_split(s, sep):
    """`s` cut at `sep` outside templates and links."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(s):
        if s.startswith(("{{", "[["), i):
            depth, i = depth + 1, i + 2
        elif depth > 0 and s.startswith(("}}", "]]"), i):
            depth, i = depth - 1, i + 2
        elif depth == 0 and s.startswith(sep, i):
            out.append(s[start:i])
            i += len(sep)
            start = i
        else:
            i += 1
    out.append(s[start:])
    return out


WIKI_TAG = re.compile(r"</?([A-Za-z0-9]+)(?:[ \t/][^>]*)?>")
WIKI_TAGS = {"b", "i", "u", "s", "br", "p", "div", "span", "center", "big", "small", "sup", "sub", "font", "ref",
             "references", "strong", "em", "tt", "code", "pre", "blockquote", "hr", "ruby", "rb", "rt", "rp", "poem",
             "nowiki", "onlyinclude", "includeonly", "noinclude", "section", "templatestyles", "del", "ins",
             "strike", "abbr", "wbr", "h1", "h2", "h3", "h4", "h5", "h6", "ol", "ul", "li", "dl", "dt", "dd"}
WIKI_NAMED = re.compile(r"\s*([^\s{}\[\]<>|=]{1,30})\s*=")


def wiki_inline(s):
    """What a wiki shows of a piece of wikitext outside tables: templates' first unnamed arguments (none
    for a silent one), links' labels; no tags, comments, quotes or magic words."""
    out, i = [], 0
    while i < len(s):
        if s.startswith("<!--", i):
            end = s.find("-->", i + 4)
            i = len(s) if end < 0 else end + 3
        elif s.startswith("{{", i) and wiki_close(s, i) > 0:
            close = wiki_close(s, i)
            args = wiki_split(s[i + 2:close - 2], "|")
            name = args[0].strip().lower()
            silent = name in ("gap", "空格", "nbsp", "clear", "textquality", "header") or \
                name.startswith("pd-") or ":" in name
            if not silent:
                for arg in args[1:]:
                    m = WIKI_NAMED.match(arg)
                    if m and " " not in m.group(1):
                        continue
                    out.append("\n" + wiki_inline(arg) + "\n")
                    break
            i = close
        elif s.startswith("[[", i) and wiki_close(s, i) > 0:
            close = wiki_close(s, i)
            inner = s[i + 2:close - 2]
            if not inner.lower().startswith(("file:", "image:", "media:", "category:", "文件:", "图像:", "分类:")):
                parts = wiki_split(inner, "|")
                out.append(wiki_inline(parts[1] if len(parts) > 1 else inner))
            i = close
        elif s[i] == "[" and s.startswith(("[http", "[//"), i) and "]" in s[i:]:
            close = s.index("]", i)
            space = s.find(" ", i, close)
            if space >= 0:
                out.append(wiki_inline(s[space + 1:close]))
            i = close + 1
        elif s[i] == "<" and (m := WIKI_TAG.match(s, i)) and m.group(1).lower() in WIKI_TAGS:
            i = m.end()
        elif s.startswith("''", i):
            while i < len(s) and s[i] == "'":
                i += 1
        elif m := re.match(r"__[A-Z]+__", s[i:]):
            i += m.end()
        else:
            out.append(s[i])
            i += 1
    return html.unescape("".join(out))


def wiki_shown(text, in_table=False):
    """What a wiki shows of wikitext (reader/wiki_text.h), a row's source alone (`in_table`) or a page's:
    the page's header template its title and document number; a table's syntax and cells' attributes
    dropped."""
    i = text.lower().find("{{header")
    while i >= 0:
        close = wiki_close(text, i)
        if close < 0:
            break
        values = []
        for arg in wiki_split(text[i + 2:close - 2], "|")[1:]:
            key, eq, value = arg.partition("=")
            if eq and key.strip().lower() in ("title", "标题", "发文字号", "文号"):
                values.append(value.strip())
        text = text[:i] + "\n".join(values) + text[close:]
        i = text.lower().find("{{header", i + 1)
    out, depth = [], 1 if in_table else 0
    for line in text.splitlines():
        stripped = line.lstrip(" \t")
        in_table = depth > 0
        if stripped.startswith("{|"):
            depth += 1
            continue
        if in_table and stripped.startswith("|}"):
            depth -= 1
            continue
        if in_table and stripped.startswith("|-"):
            continue
        if in_table and stripped.startswith("|+"):
            out.append(wiki_inline(stripped[2:]))
            continue
        if in_table and stripped[:1] in ("|", "!"):
            segments = wiki_split(stripped[1:], "||")
            if stripped[0] == "!":
                segments = [p for seg in segments for p in wiki_split(seg, "!!")]
            for seg in segments:
                bar = wiki_split(seg, "|")
                if len(bar) >= 2 and (not bar[0].strip() or "=" in bar[0]):
                    seg = seg[len(bar[0]) + 1:]
                out.append(wiki_inline(seg))
            continue
        if re.fullmatch(r"-{4,}\s*", stripped):
            continue
        if m := re.fullmatch(r"(=+)(.*?)(=+)\s*", stripped):
            stripped = m.group(2)
        out.append(wiki_inline(stripped))
    return "\n".join(out)


KV_KEY = re.compile(r'(?:^"?|";")([^"\n]{0,96})":"')


def key_values(original):
    """A sheet's row as Dify's knowledge base keeps it ("列名":"值";"列名":"值", the leading quote maybe cut; a
    value over several lines, its last line ending the record with a quote): its values and its keys, each
    run together; None for any other text."""
    if not KV_KEY.match(original) and not original.endswith('"'):
        return None
    values = KV_KEY.sub("", original)
    return strip(values[:-1] if values.endswith('"') else values), strip("".join(KV_KEY.findall(original)))


def looks_csv(text):
    """Rows a spreadsheet saved as CSV: five lines at least padded with commas to the last column."""
    return sum(1 for line in text.splitlines() if line.endswith(",") or ",," in line) >= 5


def mhtml_page(path):
    """The bytes of a web archive's (.mht) first text/html part, its transfer encoding undone."""
    message = email.message_from_bytes(open(path, "rb").read())
    for part in message.walk():
        if part.get_content_type() == "text/html":
            return part.get_payload(decode=True)
    return b""


def check(gongwen, path):
    run = subprocess.run([gongwen, "extract", path], capture_output=True)
    if run.returncode != 0:
        return "refused", run.stderr.decode(errors="replace").strip()
    doc = json.loads(run.stdout)
    blocks = doc["blocks"]
    # An MHTML file's page is checked as a saved page: its text against the blocks', spans the file's.
    mhtml = doc["source"]["format"] == "mhtml"
    if mhtml:
        doc["source"]["format"] = "text"
    read = (lambda: mhtml_page(path)) if mhtml else (lambda: open(path, "rb").read())
    page = doc["source"]["format"] == "text" and looks_html_page(read()[:4096].decode(
        CODECS.get(doc["source"]["encoding"], "utf-8"), errors="replace"))
    wiki = doc["source"]["format"] == "text" and not page and looks_wikitext(read().decode(
        CODECS.get(doc["source"]["encoding"], "utf-8"), errors="replace"))
    if wiki:
        # A wiki's page: its blocks hold their wikitext as their originals, each compared as the wiki shows it.
        for b in blocks:
            b["original"] = wiki_shown(b["original"], in_table=b["kind"] == "table_row")
    if page:
        # A web page's blocks hold its markup as their originals: each compared as a browser shows it.
        for b in blocks:
            # (A block that starts with a field's value, <input value="1" size="4">, holds the rest of
            # its tag: the value is shown, the attributes after it are not.)
            o = b["original"]
            if m := re.match(r'([^<>"]*)"[^<>]*>', o):
                o = m.group(1) + o[m.end():]
            b["original"] = visible(o, frames=b["kind"] != "table_row")
    problems = []
    spans = [(d["span"]["offset"], d["span"]["offset"] + max(d["span"]["length"], 1)) for d in doc["diagnostics"]]
    # A grid table read column by column gives a merged cell to its first row, wherever its text is printed (w3m
    # centres it, over the rows below and the rules between them): the rows a merge joins, the first and those
    # merged_above under it, hold their cells' characters together.
    merge_group = {}
    for k, b in enumerate(blocks):
        if b["kind"] == "table_row" and any(b.get("merged_above") or []) and k > 0 and k - 1 in merge_group:
            merge_group[k] = merge_group[k - 1]
        elif b["kind"] == "table_row":
            merge_group[k] = k

    def grid_characters(b):
        lines = b["original"].splitlines()
        lines = [line for line in lines if not (BORDER.fullmatch(line.strip()) and len(RULE.findall(line)) >= 3)]
        return collections.Counter(strip(re.sub("[│║┃\u2500-\u257f]", "", "".join(lines))).replace("|", ""))

    def group_holds(k):
        rows = [j for j, g in merge_group.items() if g == merge_group[k]]
        if len(rows) < 2:
            return False
        have, need = collections.Counter(), collections.Counter()
        for j in rows:
            have += grid_characters(blocks[j])
            need += collections.Counter(strip("".join(blocks[j].get("cells") or [])).replace("|", ""))
        return have == need

    for k, b in enumerate(blocks):
        if b["kind"] == "table_row":
            # A row's text is its cells rendered as "| a | b |"; the original may use tabs or pipes, or be
            # the row's HTML (its tags dropped, its character references decoded).
            cells = strip("".join(b.get("cells") or []))
            original = b["original"]
            kv = key_values(original) if doc["source"]["format"] == "text" else None
            if kv and collections.Counter(cells) in (collections.Counter(kv[0]), collections.Counter(kv[1])):
                continue  # a Dify record: its values, or its keys (the header they imply)
            if doc["source"]["format"] == "text" and original.lstrip().startswith("<"):
                original = shown(original)
            elif doc["source"]["format"] == "text" and original.lstrip().startswith(("|", "^")):
                # A pipe row whose cells part their lines with <br> or a written \n before no Latin letter
                # (read as line breaks), or DokuWiki's \\ (a header row's cells opened by ^).
                original = re.sub(r"<[bB][rR] */?>|\\n(?![A-Za-z])|\\\\(?= |\||\^|$)", "", original)
                if original.lstrip().startswith("^"):
                    original = original.replace("^", "|")
            elif doc["source"]["format"] == "text" and ("," in original or "\t" in original) and \
                    "|" not in original:
                # A sheet saved as CSV (or as tab-separated text, Calc's Unicode 文本): the commas between the
                # cells and the quotes around them (a quote in a cell doubled) are the only characters the
                # cells may lack.
                extra = collections.Counter(strip(original)) - collections.Counter(cells)
                if not (collections.Counter(cells) - collections.Counter(strip(original))) and \
                        set(extra) <= {",", '"'}:
                    continue
            elif doc["source"]["format"] == "text" and "\n" in original.strip():
                lines = original.splitlines()
                # (A line of a dash or two is a cell's text: docx2txt writes an em dash as " -- ".)
                borders = [line for line in lines
                           if BORDER.fullmatch(line.strip()) and len(RULE.findall(line)) >= 3]
                if borders:
                    # A grid table's row: its lines, the border lines and the column rules left out (and the
                    # rules of a border a merged cell's name is printed on, ├──┤ 孙建华 ├──┤: the name stays).
                    original = re.sub("[│║┃\u2500-\u257f]", "",
                                      "".join(line for line in lines if line not in borders))
                # Its lines hold every column, its cells a column each: the same characters, in another
                # order. A layout table's row (pdftotext -layout) also holds the page number and the
                # header repeated where a page breaks it: its cells are among its characters.
                have = collections.Counter(strip(original).replace("|", ""))
                need = collections.Counter(cells.replace("|", ""))
                if (have == need) if borders else not (need - have):
                    continue
                if borders and group_holds(k):
                    continue
                cells, original = "".join(sorted(cells)), "".join(sorted(original))
            if cells.replace("|", "") != strip(original).replace("|", ""):
                lo = b["span"]["offset"]
                if not any(s < lo + max(b["span"]["length"], 1) and lo < e for s, e in spans):
                    problems.append(f"row {b['index']}: cells {cells[:40]!r} are not its original "
                                    f"{b['original'][:40]!r}")
            continue
        # A quoted spreadsheet cell's doubled quote is one (read, not repaired); a record of a sheet saved as
        # CSV outside its table (a 填报单位 line, its filled cells parted by the empty ones) lacks the commas.
        sheet_record = doc["source"]["format"] == "text" and "," in b["original"] and "|" not in b["original"] \
            and strip(b["text"]) == strip(b["original"]).replace(",", "").replace('"', "")
        # A web page's ordered list numbers its item as a browser prints it (numbered): the label before the text.
        list_label = b.get("numbered") and doc["source"]["format"] == "text" and \
            re.fullmatch(r"[0-9A-Za-z\u4e00-\u9fff〇]{1,8}[.、]", strip(b["text"])[:-len(strip(b["original"]))] or "-") \
            and strip(b["text"]).endswith(strip(b["original"]))
        # A Dify record of one value (a title, a 注, a section row outside a table): its value, a line a block.
        kv = key_values(b["original"]) if doc["source"]["format"] == "text" else None
        kv_record = kv is not None and KV_KEY.match(b["original"]) is not None and strip(b["text"]) == kv[0] or \
            (kv is not None and strip(b["text"]) == strip(b["original"][:-1]))
        if not sheet_record and not list_label and not kv_record and \
                strip(b["text"]) not in (strip(b["original"]), strip(b["original"]).replace('""', '"')):
            lo, hi = b["span"]["offset"], b["span"]["offset"] + max(b["span"]["length"], 1)
            part = (b.get("location") or {}).get("part")
            if not any(s < hi and lo < e for s, e in spans):
                problems.append(f"block {b['index']} ({part or 'text'}) changed without a recorded repair: "
                                f"{b['original'][:40]!r} -> {b['text'][:40]!r}")
    # A page-number line inside a paragraph joined across the page break is a block of its own (a
    # decoration) and also lies inside the joined paragraph's span and original: count it once.
    # A page set in two columns gives its left column's parts before its right's, and a paragraph joined
    # from such parts holds them apart (`parts`): in a text, the pieces are put back in the source's order,
    # each part read from the file where its span says.
    pieces = []
    raw_bytes = read() if doc["source"]["format"] == "text" else b""
    codec = CODECS.get(doc["source"]["encoding"], doc["source"]["encoding"])
    for b in blocks:
        if doc["source"]["format"] == "text" and b.get("parts"):
            for p in b["parts"]:
                piece = raw_bytes[p["offset"]:p["offset"] + p["length"]].decode(codec, errors="replace")
                pieces.append({"span": p, "original": piece})
        else:
            pieces.append(b)
    if doc["source"]["format"] == "text" and any(b.get("column") for b in blocks):
        pieces.sort(key=lambda b: (b["span"]["offset"], -b["span"]["length"]))
    kept, end = [], -1
    for b in pieces:
        lo, hi = b["span"]["offset"], b["span"]["offset"] + b["span"]["length"]
        if doc["source"]["format"] == "text" and b["span"]["length"] > 0 and hi <= end:
            continue
        kept.append(b)
        end = max(end, hi)
    originals = "".join(b["original"] for b in kept)
    if doc["source"]["format"] == "text":
        raw = read()
        codec = CODECS.get(doc["source"]["encoding"], doc["source"]["encoding"])
        text = strip(raw.decode(codec, errors="replace"))
        if page:
            text = strip(visible(raw.decode(codec, errors="replace")))
        if wiki:
            text = strip(wiki_shown(raw.decode(codec, errors="replace")))
        got = strip(originals)
        if text != got and looks_csv(raw.decode(codec, errors="replace")):
            # A sheet saved as CSV: the commas padding each row to the last column, and the quotes
            # around a cell read as paragraphs, are in no block.
            text, got = re.sub('[,"]', "", text), re.sub('[,"]', "", got)
        if text != got:
            i = next((k for k in range(min(len(text), len(got))) if text[k] != got[k]), min(len(text), len(got)))
            problems.append(f"text differs at character {i}: input {text[max(0, i - 10):i + 20]!r}, "
                            f"blocks {got[max(0, i - 10):i + 20]!r} ({len(text)} vs {len(got)} characters)")
    else:
        z = zipfile.ZipFile(path)
        want = collections.Counter()
        for part in docx_parts(z):
            want.update(strip(xml_text(z.read(part))))
        have = collections.Counter(strip(originals))
        missing = {c: n - have[c] for c, n in want.items() if n > have[c]}
        if missing:
            sample = "".join(sorted(missing, key=lambda c: -missing[c])[:20])
            problems.append(f"{sum(missing.values())} characters of the XML text missing from the blocks, "
                            f"e.g. {sample!r}")
    return ("lost" if problems else "ok"), "; ".join(problems)


def main():
    gongwen, inputs = sys.argv[1], sys.argv[2:]
    files = []
    for p in inputs:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                files += [os.path.join(root, n) for n in sorted(names)
                          if n.endswith((".txt", ".md", ".docx", ".docm", ".dotx", ".mht"))]
        else:
            files.append(p)
    counts = collections.Counter()
    for f in sorted(files):
        status, detail = check(gongwen, f)
        counts[status] += 1
        if status == "lost":
            print(f"LOST {f}: {detail}")
    print(f"nothing-lost: {counts['ok']} files account for all their text, {counts['lost']} do not, "
          f"{counts['refused']} refused")
    return 1 if counts["lost"] else 0


if __name__ == "__main__":
    sys.exit(main())
