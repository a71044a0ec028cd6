// Stage 3: repair what conversion broke, recording every repair.
//
// Each block's text is carried with an origin map (for every byte of the working
// text, the offset in the block's original text it came from), so a repair made
// by any pass reports the exact span of the original that it changed.
#include "gongwen/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uniset.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <deque>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/cell_lines.h"
#include "core/chinese_number.h"
#include "core/lists.h"
#include "core/utf8.h"
#include "normalize/repair_scan.h"
#include "patterns/catalogue.h"
#include "patterns/marker.h"
#include "source/span_cursor.h"

namespace gongwen {

namespace {

using internal::FullMatch;
using internal::IsCjkPunct;
using internal::IsHan;
using internal::NextCodePoint;
using internal::PartialMatch;
using internal::Pat;
using internal::Pattern;
using internal::PreviousCodePoint;

struct Tracked {
  std::string text;
  // size text.size() + 1; offsets into Block::original. Empty while no repair
  // has been made: the identity, made real only when a repair copies it.
  std::vector<uint32_t> origin;

  uint32_t OriginOf(size_t pos) const { return origin.empty() ? static_cast<uint32_t>(pos) : origin[pos]; }
};

// The repairs of a document, gathered where they are never moved as they grow (a vector of the
// 130 000 repairs of a 10 MB text moved each about twice and faulted in twice its size), then
// moved once into the diagnostics.
using Repairs = std::deque<Diagnostic>;

struct Edit {
  size_t begin;
  size_t end;
  std::string replacement;
  const char* rule;
  std::string message;
};

// What the editors of one document reuse from block to block: the edits of a pass and the buffers a
// block's text and origin map are rebuilt in (three allocations an Apply, 4 000 a notice, before).
struct EditBuffers {
  explicit EditBuffers(const Source& source) : spans(source) {}
  std::vector<Edit> edits;
  Tracked spare;
  internal::SpanCursor spans;  // the repairs of a block come in rising order, often on one line
  bool markdown = false;       // the text shows Markdown (LooksLikeMarkdown): '*' and '\\' are markup in it
  bool misread = false;        // the text holds a lookalike OCR puts in a label, or ､ (MayHoldMisreads)
  bool quoted = false;         // its lines are quoted (LooksQuoted): '>' opening a line is a quote mark

  // Takes back the origin map a block's repairs ended with, for the next block's to be written in: each
  // block starts with no map (the identity), so its first Apply swaps out the spare's map for none.
  void Reclaim(Tracked& done) {
    if (done.origin.capacity() > spare.origin.capacity()) std::swap(spare.origin, done.origin);
  }
};

// Applies sorted, non-overlapping edits to one block and reports each.
class BlockEditor {
 public:
  BlockEditor(Block& block, Tracked& tracked, Repairs& diagnostics, EditBuffers& buffers)
      : block_(block), tracked_(tracked), diagnostics_(diagnostics), buffers_(buffers) {}

  // The list a pass fills before it calls Apply, empty.
  std::vector<Edit>& edits() {
    buffers_.edits.clear();
    return buffers_.edits;
  }

  // Applies the edits of edits(), the pass's list.
  void Apply() {
    std::vector<Edit>& edits = buffers_.edits;
    if (edits.empty()) return;
    const auto by_begin = [](const Edit& a, const Edit& b) { return a.begin < b.begin; };
    if (!std::is_sorted(edits.begin(), edits.end(), by_begin))
      std::sort(edits.begin(), edits.end(), by_begin);
    Tracked& out = buffers_.spare;
    out.text.clear();
    out.origin.clear();
    out.text.reserve(tracked_.text.size());
    out.origin.reserve(tracked_.text.size() + 1);
    size_t pos = 0;
    for (Edit& e : edits) {
      if (e.begin < pos) continue;  // overlapping: the earlier edit wins
      Copy(out, pos, e.begin);
      out.origin.insert(out.origin.end(), e.replacement.size(), tracked_.OriginOf(e.begin));
      out.text += e.replacement;
      Report(e);  // takes the message and the replacement
      pos = e.end;
    }
    Copy(out, pos, tracked_.text.size());
    out.origin.push_back(tracked_.OriginOf(tracked_.text.size()));
    std::swap(tracked_, out);  // the old text and map are the next Apply's buffers
    needs_known_ = false;
  }

  // Whether the text holds what a repair of kind `need` (internal::kNeed*) acts on (one scan for all the
  // passes, again only after a pass has edited the text): a pass that finds none has nothing to do.
  bool Holds(unsigned need) {
    if (!needs_known_) {
      needs_ = internal::ScanRepairNeeds(tracked_.text);
      needs_known_ = true;
    }
    return (needs_ & need) != 0;
  }
  // Known to hold none, without a scan of its own.
  bool KnownFree(unsigned need) const { return needs_known_ && (needs_ & need) == 0; }

  const std::string& text() const { return tracked_.text; }
  Block& block() { return block_; }

 private:
  void Copy(Tracked& out, size_t from, size_t to) {
    out.text.append(tracked_.text, from, to - from);
    if (tracked_.origin.empty()) {
      const size_t at = out.origin.size();
      out.origin.resize(at + (to - from));
      uint32_t* o = out.origin.data() + at;
      for (size_t i = from; i < to; ++i) *o++ = static_cast<uint32_t>(i);
    } else {
      out.origin.insert(out.origin.end(), tracked_.origin.begin() + static_cast<ptrdiff_t>(from),
                        tracked_.origin.begin() + static_cast<ptrdiff_t>(to));
    }
  }
  void Report(Edit& e) {
    const size_t ob = tracked_.OriginOf(e.begin), oe = std::max<size_t>(ob, tracked_.OriginOf(e.end));
    size_t b = block_.begin + ob;
    size_t en = block_.begin + oe;
    const Span span = buffers_.spans.SpanOf(b, en);
    Diagnostic& d = diagnostics_.emplace_back();
    d.rule = e.rule;
    d.message = std::move(e.message);
    d.span = span;
    // (No fix where the place found for it would cut a character of the source in two: a map that went
    // astray must not corrupt the file it fixes.)
    const auto boundary = [&](size_t at) {
      return at >= block_.original.size() || (static_cast<unsigned char>(block_.original[at]) & 0xC0) != 0x80;
    };
    if (boundary(ob) && boundary(oe)) d.fix.push_back({span, std::move(e.replacement)});
  }

  Block& block_;
  Tracked& tracked_;
  Repairs& diagnostics_;
  EditBuffers& buffers_;
  unsigned needs_ = 0;  // RepairNeed bits of the text, when needs_known_
  bool needs_known_ = false;
};

// `parts` joined, in one allocation: a repair's message.
std::string Concat(std::initializer_list<std::string_view> parts) {
  size_t size = 0;
  for (std::string_view p : parts) size += p.size();
  std::string out;
  out.reserve(size);
  for (std::string_view p : parts) out += p;
  return out;
}

// The bullet a word processor drew from a symbol font, as a text export leaves it: the font's
// character and the tab after it (Symbol's bullet saved as Ÿ, Wingdings' l ●, § ■, Ø ➢, ü ✓,
// n ■, q ❑, v ❖, u ◆), or a bullet character and a tab. The tab makes it a list's: an l or a §
// opens no Chinese line. Returns the bytes taken (the glyph and the tabs and spaces after it), 0
// when the line opens with none.
size_t BulletGlyphLength(std::string_view text) {
  static constexpr std::string_view kGlyphs[] = {"Ÿ", "l", "§", "Ø", "ü", "n", "q", "v", "u",
                                                 "•", "●", "◆", "■", "▪", "►", "➢", "√", "·"};
  // The glyph is one to three bytes and a tab follows it: most lines have none there, and are not
  // compared with every glyph.
  size_t tab = 1;
  while (tab < 4 && tab < text.size() && text[tab] != '\t') ++tab;
  if (tab == 4 || tab >= text.size()) return 0;
  for (std::string_view g : kGlyphs) {
    if (g.size() != tab || !text.starts_with(g)) continue;
    size_t end = g.size();
    while (end < text.size() && (text[end] == '\t' || text[end] == ' ')) ++end;
    return end < text.size() ? end : 0;  // a glyph with nothing after it is no list item
  }
  return 0;
}

// Whether the text shows Markdown beyond doubt: a '#' heading, a '**' pair, a pipe table's separator row or
// a backslash escape of a marker (1\. \*). Only then are a single '*' and a backslash markup: in a plain
// notice 5*5米 and 带*号的项目 are text, and so is the backslash of a path.
bool LooksLikeMarkdown(const Blocks& blocks) {
  for (const Block& b : blocks) {
    const std::string_view t = b.text;
    if (t.starts_with("# ") || t.starts_with("## ") || t.starts_with("### ")) return true;
    if (b.kind == BlockKind::kTableRow && t.starts_with("|") && t.find("---") != std::string_view::npos)
      return true;
    if (const size_t s = t.find("**");
        s != std::string_view::npos && t.find("**", s + 2) != std::string_view::npos)
      return true;
    if (t.find("\\.") != std::string_view::npos || t.find("\\*") != std::string_view::npos) return true;
    // (A line bold whole by '_' pairs, mammoth's __序号__: a plain text's blanks are longer runs, ____.)
    if (t.size() > 4 && t.starts_with("__") && t.ends_with("__") && t.find('_', 2) == t.size() - 2)
      return true;
    if (t.starts_with("[^") && t.find("]:") != std::string_view::npos) return true;  // a footnote's note
  }
  return false;
}

// Whether lines of the text are quoted, as a mail client quotes a message it forwards or replies to (and
// Markdown a block quote): three paragraphs at least open with '>' and a space, another '>' or nothing
// after it. A line opening with '>' now and then (> 90% in a notice's text) is no quote.
bool LooksQuoted(const Blocks& blocks) {
  int quoted = 0;
  for (const Block& b : blocks) {
    const std::string_view t = b.text;
    if (b.kind == BlockKind::kParagraph && !t.empty() && t[0] == '>' &&
        (t.size() == 1 || t[1] == ' ' || t[1] == '>') && ++quoted >= 3)
      return true;
  }
  return false;
}

// The quote marks a line opens with (“> ”, “>> ”, “>”), in a quoted text.
void StripQuoteMarks(BlockEditor& ed) {
  const std::string_view text = ed.text();
  const size_t end = internal::QuoteMarksLength(text);
  if (end == 0) return;
  ed.edits().push_back(
      {0, end, "", rules::kQuoteMark, Concat({"删除邮件引用标记“", text.substr(0, end), "”"})});
  ed.Apply();
}

// Where the title of a MkDocs content tab or admonition line stands ([begin, end), quotes aside): === "标题",
// !!! note "标题", ??? info "标题" (???+ too), or !!! note with none (begin == end == the line's end);
// nullopt for any other line.
std::optional<std::pair<size_t, size_t>> BlockTitle(std::string_view text) {
  size_t i = 0;
  if (text.starts_with("===")) {
    i = 3;
  } else if (text.starts_with("!!!") || text.starts_with("???")) {
    i = 3;
    if (i < text.size() && text[i] == '+') ++i;
  } else {
    return std::nullopt;
  }
  if (i >= text.size() || text[i] != ' ') return std::nullopt;
  while (i < text.size() && text[i] == ' ') ++i;
  const bool tab = text[0] == '=';
  if (!tab) {  // the admonition's type: note, info, tip, warning …
    const size_t type = i;
    while (i < text.size() && ((text[i] >= 'a' && text[i] <= 'z') || text[i] == '-')) ++i;
    if (i == type) return std::nullopt;
    while (i < text.size() && text[i] == ' ') ++i;
    if (i == text.size()) return std::make_pair(i, i);
  }
  if (i >= text.size() || text[i] != '"' || text.size() < i + 2 || text.back() != '"') return std::nullopt;
  return std::make_pair(i + 1, text.size() - 1);
}

// '#' headings, '- ' bullets (and a symbol font's, Ÿ⇥), '---' rules, '**' emphasis, a MkDocs tab's or
// admonition's title line; in a Markdown text (`markdown`) also '*' emphasis, backslash escapes and hard line
// breaks.
void StripMarkdown(BlockEditor& ed, bool markdown) {
  std::vector<Edit>& edits = ed.edits();
  std::string_view text = ed.text();
  Block& block = ed.block();
  if (block.kind == BlockKind::kTableRow) {
    bool separator = !block.cells.empty();
    for (const auto& cell : block.cells) separator = separator && FullMatch(Pat::kTableSeparatorCell, cell);
    if (separator) {
      edits.push_back({0, text.size(), "", rules::kMarkdownRule, "删除 Markdown 表格分隔行"});
      block.cells.clear();
    }
    ed.Apply();
    return;
  }
  const char first = text.empty() ? '\0' : text[0];
  // An AsciiDoc table's fence (|===) and its attribute line ([width="100%",cols="8%,42%",options="header",]):
  // markup around the rows the reader took apart.
  if ((first == '|' && text == "|===") || (first == '[' && text.ends_with("]") &&
                                           (text.find("cols=\"") != std::string_view::npos ||
                                            text.find("options=\"") != std::string_view::npos))) {
    edits.push_back(
        {0, text.size(), "", rules::kMarkdownRule, Concat({"删除 AsciiDoc 表格标记“", text, "”"})});
    ed.Apply();
    return;
  }
  // (=== under a line: a heading's underline, as Markdown, reStructuredText and odt2txt print it.)
  if ((first == '-' || first == '*' || first == '_' || first == '=') && FullMatch(Pat::kMarkdownRule, text)) {
    edits.push_back({0, text.size(), "", rules::kMarkdownRule, Concat({"删除 Markdown 分隔线“", text, "”"})});
    ed.Apply();
    return;
  }
  size_t start = 0;
  re2::StringPiece hashes;
  re2::StringPiece input(text.data(), text.size());
  if (first == '#' && RE2::Consume(&input, Pattern(Pat::kMarkdownHeading), &hashes)) {
    start = text.size() - input.size();
    block.style.heading_level = static_cast<int>(hashes.size());
    edits.push_back(
        {0, start, "", rules::kMarkdownHeading, Concat({"删除 Markdown 标题标记“", hashes, "”"})});
  } else if (const std::optional<std::pair<size_t, size_t>> title =
                 markdown && (first == '=' || first == '!' || first == '?') ? BlockTitle(text)
                                                                            : std::nullopt) {
    // === "一、医疗质量与安全（7项）" · !!! note "填表说明": a MkDocs tab's or admonition's title, the text
    // under it indented.
    const auto [begin, end] = *title;
    edits.push_back({0, begin, "", rules::kMarkdownHeading,
                     Concat({"删除 Markdown 标签页或提示块标记“", text.substr(0, begin), "”"})});
    if (end < text.size())
      edits.push_back({end, text.size(), "", rules::kMarkdownHeading, "删除标题后的引号"});
    if (begin == end) {  // !!! note: no title, nothing left
      ed.Apply();
      return;
    }
    if (first == '=') block.style.heading_level = 2;
    start = begin;
  } else if ((first == '-' || first == '*' || first == '+') && !FullMatch(Pat::kPageNumber, text) &&
             RE2::Consume(&input, Pattern(Pat::kMarkdownBullet))) {
    start = text.size() - input.size();
    block.style.list_item = true;
    edits.push_back({0, start, "", rules::kMarkdownList, "删除 Markdown 列表标记"});
  } else if (const size_t glyph = BulletGlyphLength(text); glyph > 0) {
    start = glyph;
    block.style.list_item = true;
    edits.push_back({0, start, "", rules::kBulletGlyph,
                     Concat({"删除文本导出遗留的项目符号“", text.substr(0, text.find('\t')), "”"})});
  }
  // AsciiDoc's hard line break, ` +` at the line's end (pandoc's -t asciidoc of a title broken by
  // Shift+Enter).
  if (markdown && text.size() > 2 && text.ends_with(" +"))
    edits.push_back({text.size() - 2, text.size(), "", rules::kMarkdownEscape, "删除 AsciiDoc 硬换行符“ +”"});
  // Org's counter cookie after an item's number (2. [@2] 一般公共预算收入…, pandoc's -t org of Word's
  // numbering): it goes, the number stays.
  if (const size_t cookie = markdown ? text.find("[@", start) : std::string_view::npos;
      cookie != std::string_view::npos && cookie <= start + 8) {
    size_t digits = start;
    while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
    size_t close = cookie + 2;
    while (close < text.size() && std::isdigit(static_cast<unsigned char>(text[close]))) ++close;
    size_t end = close + 1;
    while (end < text.size() && (text[end] == ' ' || text[end] == '\t')) ++end;
    if (digits > start && digits < cookie && (text[digits] == '.' || text[digits] == ')') &&
        text.substr(digits + 1, cookie - digits - 1).find_first_not_of(" \t") == std::string_view::npos &&
        cookie > digits + 1 && close > cookie + 2 && close < text.size() && text[close] == ']')
      edits.push_back({cookie, end, "", rules::kMarkdownList,
                       Concat({"删除 Org 列表计数标记“", text.substr(cookie, close + 1 - cookie), "”"})});
  }
  // Backslash escapes (CommonMark's: \* \. \\ …): the backslash goes, the character stays as text,
  // no markup; a backslash that ends the line is a hard line break (pandoc's): it goes. Then '**'
  // (strong) and '*' (emphasis) in pairs; a lone one left over stays as text. The edits themselves
  // are the list of them.
  std::vector<std::pair<size_t, size_t>> strong, em;  // [begin, end) of each ** and * run
  // Most lines have neither a backslash nor a star: two memchr passes, and no walk.
  const auto find = [&](char c) {
    const void* p = start < text.size() ? std::memchr(text.data() + start, c, text.size() - start) : nullptr;
    return p == nullptr ? text.size() : static_cast<size_t>(static_cast<const char*>(p) - text.data());
  };
  const size_t first_mark = markdown ? std::min({find('\\'), find('*'), find('~'), find('_')}) : find('*');
  std::vector<std::pair<size_t, size_t>> strike;  // [begin, end) of each ~~ (GFM's strikethrough)
  const auto alnum = [&](size_t k) {
    return k < text.size() && std::isalnum(static_cast<unsigned char>(text[k]));
  };
  for (size_t i = first_mark; i < text.size();) {
    const char c = text[i];
    if (c == '\\' && markdown) {
      if (i + 1 == text.size()) {
        edits.push_back({i, i + 1, "", rules::kMarkdownEscape, "删除 Markdown 硬换行符“\\”"});
        break;
      }
      // (Org's hard line break, \\ at the line's end: pandoc's -t org of a title broken by Shift+Enter.)
      if (i + 2 == text.size() && text[i + 1] == '\\') {
        edits.push_back({i, i + 2, "", rules::kMarkdownEscape, "删除 Org 硬换行符“\\\\”"});
        break;
      }
      if (std::ispunct(static_cast<unsigned char>(text[i + 1]))) {
        edits.push_back({i, i + 1, "", rules::kMarkdownEscape,
                         Concat({"删除 Markdown 转义符“\\”（保留“", text.substr(i + 1, 1), "”）"})});
        i += 2;
        continue;
      }
    } else if (c == '~' && markdown) {
      size_t j = i;
      while (j < text.size() && text[j] == '~') ++j;
      if (j - i == 2) strike.emplace_back(i, j);
      i = j;
      continue;
    } else if (c == '_' && markdown) {
      // __strong__ (mammoth's Markdown, pandoc's when asked): '_' pairs outside words (not file_name__2).
      size_t j = i;
      while (j < text.size() && text[j] == '_') ++j;
      if (j - i == 2 && !(i > 0 && alnum(i - 1) && alnum(j))) strong.emplace_back(i, j);
      i = j;
      continue;
    } else if (c == '*') {
      size_t j = i;
      while (j < text.size() && text[j] == '*') ++j;
      // (A star between two letters or digits is no delimiter: 5*5米.)
      if (!(i > 0 && alnum(i - 1) && alnum(j))) {
        if (j - i == 2) strong.emplace_back(i, j);
        if (j - i == 1 && markdown) em.emplace_back(i, j);
      }
      i = j;
      continue;
    }
    ++i;
  }
  if (strong.size() % 2 == 1) strong.pop_back();
  if (em.size() % 2 == 1) em.pop_back();
  // (reStructuredText's escaped space, which lets its markup touch a Chinese character, goes with the mark:
  // **一、压实工作责任。**\ 各责任县领导…, 由\ **县发改局**\ 牵头 — pandoc's -t rst.)
  for (size_t k = 0, taken = 0; k < strong.size(); ++k) {  // (taken: where the last edit ends)
    auto [b, e] = strong[k];
    if (k % 2 == 1 && text.substr(e).starts_with("\\ ")) e += 2;
    if (k % 2 == 0 && b >= 2 + taken && text.substr(b - 2, 2) == "\\ ") b -= 2;
    taken = e;
    edits.push_back(
        {b, e, "", rules::kMarkdownEmphasis,
         text[strong[k].first] == '_' ? "删除 Markdown 强调标记“__”" : "删除 Markdown 强调标记“**”"});
  }
  for (const auto& [b, e] : em)
    edits.push_back({b, e, "", rules::kMarkdownEmphasis, "删除 Markdown 强调标记“*”"});
  // ~~…~~: struck out. In a label's value (配合单位：A、~~B~~、C · 责任领导：~~李志刚~~ 赵婉清) the struck
  // name is the old assignment's: it goes, with the mark that parts it from the next; elsewhere (a task's
  // words as first written, ~~争取~~确保…) the text stays as printed and only the marks go.
  if (strike.size() % 2 == 1) strike.pop_back();
  const size_t colon = strike.empty() ? std::string_view::npos : internal::FindText(text, "：");
  const bool labelled = colon != std::string_view::npos && internal::OpensWithClauseLabel(text.substr(start));
  for (size_t k = 0; k + 1 < strike.size(); k += 2) {
    size_t b = strike[k].first, e = strike[k + 1].second;
    if (labelled && b > colon) {
      const std::string_view struck = text.substr(strike[k].second, strike[k + 1].first - strike[k].second);
      if (e < text.size() && (text[e] == ' ' || text.substr(e).starts_with("、") ||
                              text.substr(e).starts_with("，") || text.substr(e).starts_with("\u3000")))
        e += text[e] == ' ' ? 1 : 3;
      else if (text.substr(0, b).ends_with("、") || text.substr(0, b).ends_with("，"))
        b -= 3;
      edits.push_back(
          {b, e, "", rules::kMarkdownEmphasis, Concat({"删除 Markdown 删除线划去的“", struck, "”"})});
    } else {
      for (const auto& [mb, me] : {strike[k], strike[k + 1]})
        edits.push_back({mb, me, "", rules::kMarkdownEmphasis, "删除 Markdown 删除线标记“~~”"});
    }
  }
  if (!strong.empty())
    block.style.bold =
        strong.size() == 2 && strong.front().first == start && strong.back().second == text.size();
  // 县税务局[^1]: a footnote's reference (a comment an online document exported as one) goes; its note, the
  // line [^1]: … at the end, stays as printed.
  for (size_t at = markdown ? text.find("[^", start) : std::string_view::npos; at != std::string_view::npos;
       at = text.find("[^", at + 2)) {
    const size_t close = text.find(']', at + 2);
    if (close == std::string_view::npos || close == at + 2 || close - at > 24) continue;
    const std::string_view id = text.substr(at + 2, close - at - 2);
    if (!std::all_of(id.begin(), id.end(), [](char ch) {
          return std::isalnum(static_cast<unsigned char>(ch)) || ch == '_' || ch == '-';
        }))
      continue;
    if (at == start && close + 1 < text.size() && text[close + 1] == ':') break;  // the note itself
    edits.push_back({at, close + 1, "", rules::kMarkdownFootnote,
                     Concat({"删除 Markdown 脚注引用“", text.substr(at, close + 1 - at), "”"})});
  }
  ed.Apply();
}

void DropPageNumber(BlockEditor& ed) {
  std::string_view text = ed.text();
  // Page numbers open with a dash, a middle dot or 第: '-', or the lead byte of — – － ─ • (E2/EF), · (C2),
  // ・ (E3) or 第 (E7 AC AC).
  const auto first = text.empty() ? 0 : static_cast<unsigned char>(text[0]);
  if (first != '-' && first != 0xE2 && first != 0xEF && first != 0xE7 && first != 0xC2 && first != 0xE3)
    return;
  if (!FullMatch(Pat::kPageNumber, text)) return;
  std::vector<Edit>& edits = ed.edits();
  edits.push_back({0, text.size(), "", rules::kPageNumber, Concat({"删除页码行“", text, "”"})});
  ed.Apply();
}

// Full-width digits and Latin letters become ASCII through ICU's NFKC, applied
// only to those characters (brackets, 〔〕 and Chinese punctuation keep their form).
void AsciiAlphanumerics(BlockEditor& ed) {
  static const icu::Normalizer2* nfkc_alnum = [] {
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(err);
    auto* set = new icu::UnicodeSet(internal::kFullwidthAlnumSet, err);
    set->freeze();
    return U_SUCCESS(err) ? new icu::FilteredNormalizer2(*nfkc, *set) : nullptr;
  }();
  std::string_view text = ed.text();
  if (nfkc_alnum == nullptr || !ed.Holds(internal::kNeedFullwidthAlnum)) return;
  std::vector<Edit>& edits = ed.edits();
  for (size_t i = 0; i < text.size();) {
    size_t b = i;
    char32_t cp = NextCodePoint(text, i);
    if (cp < 0xFF10 || cp > 0xFF5A) continue;
    UErrorCode err = U_ZERO_ERROR;
    icu::UnicodeString one(static_cast<UChar32>(cp));
    icu::UnicodeString folded = nfkc_alnum->normalize(one, err);
    if (U_FAILURE(err) || folded == one) continue;
    std::string ascii;
    folded.toUTF8String(ascii);
    edits.push_back({b, i, ascii, rules::kAsciiAlnum,
                     Concat({"全角字符“", text.substr(b, i - b), "”改为半角“", ascii, "”"})});
  }
  ed.Apply();
}

// Radicals and compatibility ideographs that stand for the ideograph they look like: a PDF whose font maps
// its glyphs to them gives ⼀ for 一, ⾏ for 行, ⼈ for 人 when its text is copied (each looks exactly like
// its ideograph, and a pattern finds neither). The Kangxi radicals (U+2F00–2FD5) and the compatibility
// ideographs (U+F900–FAFF) become theirs by NFKC; of the supplement's radicals (U+2E80–2EFF), NFKC folds
// two, and those simplified ones that are also characters of their own (⺠ 民, ⻓ 长, ⻔ 门) become them by
// Unicode's EquivalentUnifiedIdeograph.txt. One repair a run of them.
char32_t UnifiedIdeograph(char32_t cp) {
  static constexpr std::pair<char32_t, char32_t> kSupplement[] = {
      {0x2E9F, U'母'}, {0x2EA0, U'民'}, {0x2EA9, U'王'}, {0x2EC4, U'西'}, {0x2EC5, U'见'},
      {0x2EC6, U'角'}, {0x2EC9, U'贝'}, {0x2ECB, U'车'}, {0x2ED3, U'长'}, {0x2ED4, U'门'},
      {0x2ED7, U'雨'}, {0x2EDA, U'页'}, {0x2EDB, U'风'}, {0x2EDC, U'飞'}, {0x2EDD, U'食'},
      {0x2EE2, U'马'}, {0x2EE3, U'骨'}, {0x2EE4, U'鬼'}, {0x2EE5, U'鱼'}, {0x2EE6, U'鸟'},
      {0x2EE9, U'黄'}, {0x2EEC, U'齐'}, {0x2EEE, U'齿'}, {0x2EF0, U'龙'}, {0x2EF3, U'龟'}};
  if (cp >= 0x2E80 && cp <= 0x2EFF) {
    const auto* it =
        std::lower_bound(std::begin(kSupplement), std::end(kSupplement), std::pair(cp, char32_t{0}));
    return it != std::end(kSupplement) && it->first == cp ? it->second : 0;
  }
  if (!((cp >= 0x2F00 && cp <= 0x2FD5) || (cp >= 0xF900 && cp <= 0xFAFF))) return 0;
  static const icu::Normalizer2* nfkc = [] {
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(err);
    return U_SUCCESS(err) ? n : nullptr;
  }();
  if (nfkc == nullptr) return 0;
  UErrorCode err = U_ZERO_ERROR;
  const icu::UnicodeString folded = nfkc->normalize(icu::UnicodeString(static_cast<UChar32>(cp)), err);
  if (U_FAILURE(err) || folded.countChar32() != 1) return 0;
  const auto unified = static_cast<char32_t>(folded.char32At(0));
  return unified != cp && IsHan(unified) ? unified : 0;
}

void UnifiedIdeographs(BlockEditor& ed) {
  if (!ed.Holds(internal::kNeedIdeograph)) return;
  const std::string_view text = ed.text();
  std::vector<Edit>& edits = ed.edits();
  for (size_t i = 0; i < text.size();) {
    const size_t b = i;
    std::string unified;
    for (size_t next = i; next < text.size(); i = next) {
      const char32_t u = UnifiedIdeograph(NextCodePoint(text, next));
      if (u == 0) break;
      internal::AppendUtf8(unified, u);
    }
    if (unified.empty()) {
      NextCodePoint(text, i);
      continue;
    }
    edits.push_back({b, i, unified, rules::kIdeograph,
                     Concat({"形似汉字的部首或兼容汉字“", text.substr(b, i - b), "”改为“", unified, "”"})});
  }
  ed.Apply();
}

bool IsChineseContext(char32_t cp) { return IsHan(cp) || IsCjkPunct(cp); }

bool UnitListTail(std::string_view text);

// Whether a label names units or leaders (牵头单位, 责任领导, 责任站所), or with `times` a time (完成时限):
// the labels whose value a line may set apart by a space alone, or print on the line below.
bool LabelOfNames(std::string_view label, bool times) {
  for (std::string_view end : {"单位", "部门", "领导", "站所", "科室", "处室", "股室", "责任人", "负责人"})
    if (label.ends_with(end)) return true;
  return times && (label.ends_with("时限") || label.ends_with("时间"));
}

// Whether a label's value names units or people (县发展和改革局、县统计局 · 周明远、陈启航 · 副县长 周启航 ·
// 2024年12月底 for a time's label), to its first ； or 。: not a sentence that a stray space set after a
// label (牵头单位 要加强统筹协调…), nor a number alone (a table's cell a line: 配合单位 ⏎ 1).
bool NamesValue(std::string_view label, std::string_view value) {
  value = value.substr(0, std::min(internal::FindText(value, "；"), internal::FindText(value, "。")));
  value = internal::TrimSpaces(value);
  if (value.empty() || std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  if (label.ends_with("时限") || label.ends_with("时间"))
    return internal::ContainsText(value, "年") || internal::ContainsText(value, "月") ||
           internal::ContainsText(value, "前") || internal::ContainsText(value, "长期");
  for (std::string_view verb : {"要", "应", "须", "需", "在", "对", "将", "按", "于"})
    if (value.starts_with(verb)) return false;
  // Each name a unit's, a person's, a title's or a titled person's (县委常委、常务副县长 司马博文).
  for (const std::string& name : internal::SplitList(value)) {
    std::string_view n = internal::TrimSpaces(name);
    // (县行政审批服务局（县数据局）, 县财政局（牵头）: the name before its bracket.)
    if (n.ends_with("）"))
      if (const size_t open = n.rfind("（"); open != std::string_view::npos && open > 0)
        n = n.substr(0, open);
    if (!UnitListTail(n) && !n.starts_with("各") && !internal::LooksLikePersonName(n) &&
        !FullMatch(Pat::kLeaderTitleName, n) && !FullMatch(Pat::kLeaderTitleOnly, n) &&
        !FullMatch(Pat::kLeaderNameBracket, n) && !FullMatch(Pat::kLeaderNameTitle, n))
      return false;
  }
  return true;
}

// 牵头单位　县发改局 · 责任领导 | 副县长 周启航: a line opening with a label of units or leaders set apart
// from its value by a space or a bar alone (a phone article's card, a form's line) takes the colon the
// label's line has elsewhere; the gap, which the removal of spaces between Chinese would drop, goes. Not a
// line of labels only (牵头单位　配合单位　完成时限: a header's), nor a label of something else
// (完成时限　6月底).
void LabelColon(BlockEditor& ed) {
  std::string_view text = ed.text();
  if (text.size() < 9 || static_cast<unsigned char>(text[0]) < 0xE4) return;  // opens with no Chinese
  if (!ed.Holds(internal::kNeedSpace)) return;
  // A space within the first dozen characters, where a label ends (most blocks have none: no search).
  const std::string_view head = text.substr(0, 3 * 12);
  if (head.find(' ') == std::string_view::npos && head.find('\t') == std::string_view::npos &&
      internal::FindText(head, "\u3000") == std::string_view::npos)
    return;
  re2::StringPiece label, gap;
  if (!PartialMatch(Pat::kLabelGap, text, &label, &gap)) return;
  const std::string_view l(label.data(), label.size());
  if (!LabelOfNames(l, /*times=*/false)) return;
  const size_t b = static_cast<size_t>(gap.data() - text.data()), e = b + gap.size();
  const std::string_view rest = text.substr(e);
  re2::StringPiece next_label, next_gap;
  if (PartialMatch(Pat::kLabelGap, rest, &next_label, &next_gap) || internal::OpensWithClauseLabel(rest))
    return;
  if (!NamesValue(l, rest)) return;
  ed.edits().push_back(
      {b, e, "：", rules::kLabelColon,
       Concat({"在标签“", l, "”与其值之间补全角冒号（原为“", text.substr(b, e - b), "”）"})});
  ed.Apply();
}

// Half-width brackets, colons, commas and semicolons in Chinese context.
void FullwidthPunctuation(BlockEditor& ed) {
  std::string_view text = ed.text();
  if (!ed.Holds(internal::kNeedAsciiPunct)) return;
  std::vector<Edit>& edits = ed.edits();
  auto neighbour = [&](size_t before, size_t after, char32_t& prev, char32_t& next) {
    size_t p = before;
    prev = p > 0 ? PreviousCodePoint(text, p) : 0;
    size_t n = after;
    next = n < text.size() ? NextCodePoint(text, n) : 0;
  };
  auto convert = [&](size_t at, const char* to) {
    edits.push_back({at, at + 1, to, rules::kFullwidthPunct,
                     Concat({"中文语境中的半角“", text.substr(at, 1), "”改为全角“", to, "”"})});
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    char32_t prev, next;
    if (c == '(') {
      // The matching ')' at the same depth on this block.
      int depth = 0;
      size_t close = std::string_view::npos;
      bool han_inside = false;
      for (size_t j = i + 1; j < text.size();) {
        if (text[j] == '(') ++depth;
        if (text[j] == ')') {
          if (depth == 0) {
            close = j;
            break;
          }
          --depth;
        }
        han_inside = IsChineseContext(NextCodePoint(text, j)) || han_inside;
      }
      if (close == std::string_view::npos) continue;
      char32_t before, after, dummy;
      neighbour(i, i + 1, before, dummy);
      neighbour(close, close + 1, dummy, after);
      if (han_inside || IsChineseContext(before) || IsChineseContext(after)) {
        convert(i, "（");
        convert(close, "）");
      }
    } else if (c == ':' || c == ',' || c == ';') {
      neighbour(i, i + 1, prev, next);
      // A , or ; needs Chinese on both sides, or before it at a line's end (…市农业农村局;⏎责任单位：…).
      bool chinese = c == ':' ? IsChineseContext(prev) || IsChineseContext(next)
                              : IsChineseContext(prev) && (next == 0 || IsChineseContext(next));
      if (chinese) convert(i, c == ':' ? "：" : c == ',' ? "，" : "；");
    }
  }
  // （…) and (…）: a pair an OCR or a typist closed in the other width. Its ASCII half becomes
  // full-width (the full-width half says the text is Chinese); pairs of two ASCII halves are above.
  // So does an ASCII half with no other in the block, Chinese on its inner side: a pair cut by a
  // printed line's end (…市重点项目服务中心) closing what the line above opened).
  if (text.find('(') != std::string_view::npos || text.find(')') != std::string_view::npos) {
    std::vector<std::pair<size_t, bool>> open;  // where each bracket still open is, and whether ASCII
    for (size_t i = 0; i < text.size();) {
      const size_t at = i;
      const char32_t cp = NextCodePoint(text, i);
      if (cp == U'(' || cp == U'（') {
        open.emplace_back(at, cp == U'(');
      } else if (cp == U')' || cp == U'）') {
        if (open.empty()) {
          char32_t before, unused;
          neighbour(at, at + 1, before, unused);
          if (cp == U')' && IsChineseContext(before)) convert(at, "）");
          continue;
        }
        const auto [opened, ascii_open] = open.back();
        open.pop_back();
        if (ascii_open != (cp == U')')) {
          if (ascii_open)
            convert(opened, "（");
          else
            convert(at, "）");
        }
      }
    }
    for (const auto& [opened, ascii_open] : open) {
      char32_t unused, after;
      neighbour(opened, opened + 1, unused, after);
      if (ascii_open && IsChineseContext(after)) convert(opened, "（");
    }
  }
  ed.Apply();
}

bool IsAsciiAlnumOrPercent(char32_t cp) {
  return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || cp == '%';
}

constexpr size_t kNotSought = std::string_view::npos - 1;

// Where the decimal outline number `text` opens with ends (1.1 of 1.1 深化…), or a task's number
// parted from its text by a space (任务1 of 任务1　实施…), or npos without one; read once for a block
// (`cache`), and only for a block that opens with a digit or a task word.
size_t OutlineNumberEnd(std::string_view text, size_t& cache) {
  if (cache != kNotSought) return cache;
  cache = std::string_view::npos;
  // 任务1　…: a task's number parted from its text by a space alone, as an outline number is.
  const bool task_word = internal::StartsWithTaskWord(text);
  if (!task_word && (text.empty() || text[0] < '0' || text[0] > '9')) return cache;
  const Marker m = internal::ReadMarker(text);
  if (m.kind == MarkerKind::kOutline1 || m.kind == MarkerKind::kOutline2 || m.kind == MarkerKind::kOutline3 ||
      (task_word && m.kind != MarkerKind::kNone && m.text.size() < m.length))
    cache = m.text.size();
  return cache;
}

// An ideographic space, or two spaces or more: a gap that parts, not one a line wrap or a typist left.
bool WideGap(std::string_view gap) {
  return gap.find("\u3000") != std::string_view::npos || internal::CountCodePoints(gap) >= 2;
}

// Where the first ： or 】 (【牵头单位】A) of `text` stands, or a : between no digits (8:30 is a time), npos
// for none; kept in `cache` once sought.
size_t FirstColon(std::string_view text, size_t& cache) {
  if (cache != kNotSought) return cache;
  cache = std::min(internal::FindText(text, "："), internal::FindText(text, "】"));
  for (size_t c = text.find(':'); c < cache; c = text.find(':', c + 1))
    if (c == 0 || text[c - 1] < '0' || text[c - 1] > '9') {
      cache = c;
      break;
    }
  return cache;
}

// Spaces between Chinese and Chinese, or Chinese and numbers/Latin, are left by
// conversion and line wrapping; Chinese text does not use them.
// Whether `rest`, what follows a space in a label line's value, opens with a name of its own up to the next
// space or separator: ending as a unit's (a village's, a community's, a bracket's) does, and not the rest of
// the name before it (经开区 管委会, 市公安局 交通警察支队, 各县（市、区） 人民政府: a stray space).
// Whether `text` ends with a unit's name that ends in no organisation's character: 柳川海关, 青岚机场,
// 市广播电视台, 国营东风农场, 中国铁路溱阳车务段. (After one, a space parts units only before a name that
// opens with its level, 柳川海关 市税务局: 青岚机场 建设指挥部 is one body's.)
bool EndsUnitWord(std::string_view text) {
  for (std::string_view word : {"海关", "机场", "电视台", "气象台", "林场", "农场", "牧场", "车务段",
                                "机务段", "工务段", "电务段", "供电段", "煤矿", "电厂"})
    if (text.ends_with(word)) return true;
  return false;
}

bool NamesAnotherUnit(std::string_view rest) {
  for (std::string_view tail : {"管委会", "管理委员会", "人民政府", "办公室", "交通警察", "交警", "支队",
                                "大队", "中队", "分局", "分公司", "分中心", "党组", "委员会",
                                // the unit's part after it (市市场监管局 牵头)
                                "牵头", "配合", "负责", "参与", "协助", "协办", "主办", "主责"})
    if (rest.starts_with(tail)) return false;
  size_t end = 0;
  int depth = 0;
  while (end < rest.size()) {
    size_t k = end;
    const char32_t cp = NextCodePoint(rest, k);
    if (cp == U'（' || cp == U'(') ++depth;
    if ((cp == U'）' || cp == U')') && depth > 0) --depth;
    if (internal::IsSpace(cp) ||
        (depth == 0 && (cp == U'、' || cp == U'，' || cp == U'；' || cp == U',' || cp == U';')))
      break;  // (a space ends it inside a bracket too: one left open reads no further)
    end = k;
  }
  std::string_view name = rest.substr(0, end);
  // (The clause's closing bracket after the last: 【配合单位：A 青云山景区管委会】.)
  for (std::string_view close : {"】", "］", "]", "。"})
    if (name.ends_with(close)) name.remove_suffix(close.size());
  size_t at = name.size();
  const char32_t last = at > 0 ? PreviousCodePoint(name, at) : 0;
  return internal::EndsOrganisation(last) || last == U'村' || last == U'区' || last == U'）' ||
         last == U')' || name.ends_with("单位") || name.ends_with("公司") || EndsUnitWord(name);
}

// 韩立东 梁正文: the space at [b, e) parts two people's names, the runs of Han characters either side of it
// (艾尼瓦尔·托合提尼亚孜 周立新: with the dots of a transliterated name).
bool PartsTwoNames(std::string_view text, size_t b, size_t e) {
  size_t from = b, to = e;
  const auto in_name = [](char32_t cp) { return IsHan(cp) || cp == U'\u00B7'; };
  for (int n = 0; from > 0 && n < 50; ++n) {  // a name has four characters at most, a transliterated one more
    size_t k = from;
    if (!in_name(PreviousCodePoint(text, k))) break;
    from = k;
  }
  for (int n = 0; to < text.size() && n < 50; ++n) {
    size_t k = to;
    if (!in_name(NextCodePoint(text, k))) break;
    to = k;
  }
  return internal::LooksLikePersonName(text.substr(from, b - from)) &&
         internal::LooksLikePersonName(text.substr(e, to - e));
}

// Whether `piece` is a person's name, alone or with a title before or after it (赵海峰, 县长赵海峰,
// 李明常务副县长), the name one a person has (not 党委副书记, which reads as 党委 and 副书记 too).
bool NamesAPerson(std::string_view piece) {
  if (internal::LooksLikePersonName(piece)) return true;
  re2::StringPiece name, title;
  return (FullMatch(Pat::kLeaderTitleName, piece, &title, &name) ||
          FullMatch(Pat::kLeaderNameTitle, piece, &name, &title)) &&
         internal::LooksLikePersonName(std::string_view(name.data(), name.size()));
}

// Whether the Han characters on one side of a gap (before text[at] when `before`, else from it; twelve at
// most, back or on to a mark or a space) name a person, not only a post: 县长赵海峰 before a gap and
// 李明常务副县长 after it part two leaders, where 副总经理 before one is the title of the name after it
// (副总经理　吴迪) and 县长 after one the title of the name before it (赵海峰　县长).
bool NamedBeside(std::string_view text, size_t at, bool before) {
  size_t edge = at;
  for (int n = 0; n < 12 && (before ? edge > 0 : edge < text.size()); ++n) {
    size_t k = edge;
    if (!IsHan(before ? PreviousCodePoint(text, k) : NextCodePoint(text, k))) break;
    edge = k;
  }
  return NamesAPerson(before ? text.substr(edge, at - edge) : text.substr(at, edge - at));
}

// Whether `value` is people and nothing else, two names at least, parted by spaces, 、 or ，: 韩立东 梁正文,
// 副县长 韩立东 梁正文, 县长赵海峰　李明常务副县长 (a title alone, before a name or after it passes; not
// 维护 金融 安全 稳定, whose 金融 and 安全 open with surnames too).
bool NamesOnly(std::string_view value) {
  int names = 0;
  for (size_t i = 0, start = 0; i <= value.size();) {
    const size_t b = i;
    const char32_t cp = i < value.size() ? NextCodePoint(value, i) : U' ';
    if (i == b) ++i;
    if (!internal::IsSpace(cp) && cp != U'、' && cp != U'，') continue;
    if (b > start) {
      const std::string_view piece = value.substr(start, b - start);
      if (internal::LooksLikePersonName(piece) || FullMatch(Pat::kLeaderTitleName, piece) ||
          FullMatch(Pat::kLeaderNameTitle, piece))
        ++names;
      else if (!FullMatch(Pat::kLeaderTitleOnly, piece))
        return false;
    }
    start = std::min(i, value.size());
  }
  return names >= 2;
}

// The value of the leaders' label (责任领导：, 责任人：, 牵头县领导：) the space at `at` stands in, to the
// next ； or ）; empty when the nearest label before it names no leaders.
std::string_view LeadersValueAt(std::string_view text, size_t at) {
  // (Sought in the 300 bytes before it: a label's value is short, and a paragraph of 100 000 names parted by
  // spaces is not read back to its start at each.)
  const size_t from = at > 300 ? at - 300 : 0;
  const std::string_view head = text.substr(from, at - from);
  size_t colon = std::string_view::npos, after = 0;
  for (const auto& [mark, length] : {std::pair<std::string_view, size_t>{"：", 3}, {":", 1}})
    if (const size_t k = head.rfind(mark);
        k != std::string_view::npos && (colon == std::string_view::npos || k > colon))
      colon = k, after = k + length;
  if (colon != std::string_view::npos) colon += from, after += from;
  if (colon == std::string_view::npos) return {};
  const std::string_view label = text.substr(0, colon);
  if (!label.ends_with("领导") && !label.ends_with("责任人") && !label.ends_with("负责人")) return {};
  std::string_view tail = text.substr(at, 300);  // (likewise, cut at a character's start)
  while (!tail.empty() && at + tail.size() < text.size() &&
         (static_cast<unsigned char>(text[at + tail.size()]) & 0xC0) == 0x80)
    tail.remove_suffix(1);
  // To the next ； or ）, or a comma before the next label (…梁正文，牵头单位：…).
  size_t end = tail.size();
  for (std::string_view close : {"；", "）", ";", ")"}) end = std::min(end, tail.find(close));
  if (const size_t comma = tail.find("，");
      comma < end && tail.substr(comma, end - comma).find("：") != std::string_view::npos)
    end = comma;
  // Or a wide gap before the next label (责任领导：龙启明 欧阳振　责任单位：…).
  // (The last gap before that label: 龙启明　欧阳振　责任单位：… parts the names too.)
  if (const size_t colon = tail.substr(0, end).find("："); colon != std::string_view::npos)
    for (std::string_view gap : {"\u3000", "  "})
      if (const size_t g = tail.substr(0, colon).rfind(gap); g != std::string_view::npos)
        end = std::min(end, g);
  return text.substr(after, at + end - after);
}

// Whether `text` holds a label misread as OCR misreads one (牵头単位, 配台单位, 责仼单位, 责任市领寻) or the
// half-width ､: one walk of the whole text, stopping only at the lead bytes of their characters (most texts:
// none).
bool MayHoldMisreads(std::string_view text) {
  // Each mark's last character opens with E4, E5 or EF, and is read whole only there; a walk by bytes, no
  // searches (a search for a Chinese character stops at every character sharing its last byte).
  const auto at = [&](size_t i, unsigned char b1, unsigned char b2, unsigned char b3) {
    return i + 2 < text.size() && static_cast<unsigned char>(text[i]) == b1 &&
           static_cast<unsigned char>(text[i + 1]) == b2 && static_cast<unsigned char>(text[i + 2]) == b3;
  };
  const auto before = [&](size_t i, std::string_view word) {  // `word` ends just before byte i
    if (i > 0 && text[i - 1] == ' ') --i;                     // (a space between: hOCR's words, a span each)
    return i >= word.size() && text.substr(i - word.size(), word.size()) == word;
  };
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  for (size_t i = 0; i + 2 < text.size(); ++i) {
    const unsigned char c = bytes[i];
    if (c < 0xE4) continue;  // ASCII, a continuation byte, a character below U+4000
    const unsigned char c1 = bytes[i + 1];
    // (Most characters fail on their second byte: one or two tests each.)
    if ((c == 0xE5 && (c1 == 0x8D || c1 == 0x8F || c1 == 0xAF)) || (c == 0xE4 && c1 == 0xBB) ||
        (c == 0xEF && c1 == 0xBD)) {
      if (at(i, 0xE5, 0x8D, 0x98) || at(i, 0xE4, 0xBB, 0xBC) || at(i, 0xEF, 0xBD, 0xA4))
        return true;  // 単 仼 ､
      if ((at(i, 0xE5, 0x8F, 0xB0) && before(i, "配")) || (at(i, 0xE5, 0xAF, 0xBB) && before(i, "领")))
        return true;  // 配台, 领寻
    }
    if (c <= 0xEF) i += 2;  // past the rest of a three-byte character
  }
  return false;
}

// `text` past the spaces OCR sets around a colon (ASCII and ideographic).
std::string_view SkipOcrSpaces(std::string_view text) {
  for (;;) {
    if (text.starts_with(" "))
      text.remove_prefix(1);
    else if (text.starts_with("\u3000"))
      text.remove_prefix(std::string_view("\u3000").size());
    else
      return text;
  }
}

// The characters OCR misreads in a clause's labels, as printed and as misread.
constexpr std::pair<std::string_view, std::string_view> kLookalikes[] = {
    {"单", "単"}, {"合", "台"}, {"任", "仼"}, {"导", "寻"}, {"牵", "窑"}, {"责", "贡"}};

// Each label a scan's clause may hold, as printed and with one lookalike misread (牵头単位, 责任县领寻): (as
// spelt, as printed), the printed spelling first.
const std::vector<std::pair<std::string, std::string>>& OcrLabelSpellings() {
  static const std::vector<std::pair<std::string, std::string>> spellings = [] {
    std::vector<std::pair<std::string, std::string>> out;
    for (std::string_view label : {"牵头单位", "配合单位", "责任单位", "协办单位", "主办单位", "责任领导",
                                   "责任市领导", "责任县领导", "责任区领导", "责任省领导", "牵头领导"}) {
      out.emplace_back(label, label);
      for (const auto& [right, wrong] : kLookalikes)
        for (size_t at = label.find(right); at != std::string_view::npos; at = label.find(right, at + 1)) {
          std::string misread(label);
          misread.replace(at, right.size(), wrong);
          out.emplace_back(std::move(misread), std::string(label));
        }
    }
    return out;
  }();
  return spellings;
}

// In a scan's text, a task's clause as OCR read its marks: each label (as printed or misread) followed by a
// semicolon where a colon stood (责任县领导 ; 杜建国 → 责任县领导：杜建国: a value after it, no label), and
// the bracket opening the clause read as 《 or 〈 (《〈责任县领导 : …) → （), its ASCII close at the end
// full-width. The edits added to `edits`, the labels' own misreads left to the caller.
void OcrClauseMarks(std::string_view text, std::vector<Edit>& edits) {
  const std::vector<std::pair<std::string, std::string>>& labels = OcrLabelSpellings();
  const auto label_at = [&](std::string_view s) -> size_t {
    for (const auto& [spelt, printed] : labels)
      if (s.starts_with(spelt)) return spelt.size();
    return 0;
  };
  size_t first_label = std::string_view::npos;
  for (size_t i = 0; i < text.size();) {
    const size_t size = label_at(text.substr(i));
    if (size == 0) {
      internal::NextCodePoint(text, i);
      continue;
    }
    // (A label opens a clause, or follows another's value: not 县财政局为牵头单位；…, 明确责任单位；….)
    std::string_view before = text.substr(0, i);
    while (before.ends_with(" ")) before.remove_suffix(1);
    bool opens = before.empty();
    for (std::string_view mark : {"（", "(", "《", "〈", "；", ";", "，"})
      opens = opens || before.ends_with(mark);
    if (!opens) {
      i += size;
      continue;
    }
    if (first_label == std::string_view::npos) first_label = i;
    const std::string_view after = SkipOcrSpaces(text.substr(i + size));
    const size_t sep = static_cast<size_t>(after.data() - text.data());
    const size_t sep_size = after.starts_with(";") ? 1 : after.starts_with("；") ? 3 : 0;
    if (sep_size > 0 && label_at(SkipOcrSpaces(after.substr(sep_size))) == 0 &&
        !SkipOcrSpaces(after.substr(sep_size)).empty())
      edits.push_back(
          {sep, sep + sep_size, "：", rules::kOcrMisread,
           Concat({"把标签“", text.substr(i, size), "”后误识的“", after.substr(0, sep_size), "”改为“：”"})});
    i += size;
  }
  if (first_label == std::string_view::npos) return;
  // The clause's opening: the run of 《, 〈 or 【 just before its first label, spaces aside.
  size_t open = first_label;
  while (open > 0 && text[open - 1] == ' ') --open;
  size_t run = open;
  for (bool more = true; more;) {
    more = false;
    for (std::string_view mark : {"《", "〈"})
      if (text.substr(0, run).ends_with(mark)) {
        run -= mark.size();
        more = true;
      }
  }
  if (run == open) return;
  // (Not a title's 《 that opens with a label's words: 《责任领导包联制度》, closed by 》 before any ）.)
  const std::string_view clause = text.substr(first_label);
  const size_t title_end = internal::FindText(clause, "》");
  if (title_end != std::string_view::npos &&
      title_end < std::min(internal::FindText(clause, "）"), clause.find(')')))
    return;
  edits.push_back({run, open, "（", rules::kOcrMisread,
                   Concat({"把条款括号误识的“", text.substr(run, open - run), "”改为“（”"})});
  std::string_view tail = text;
  while (tail.ends_with(" ")) tail.remove_suffix(1);
  if (tail.ends_with(")") && text.substr(first_label).find('(') == std::string_view::npos)
    edits.push_back({tail.size() - 1, tail.size(), "）", rules::kOcrMisread, "把条款末尾的半角“)”改为“）”"});
}

// A scan's text, as OCR read it: a clause's label with a character misread for one that looks alike
// (牵头単位, 配台单位, 责仼单位, 责任市领寻) before its colon, and an outline number whose 一 became a dash
// (—、扩大…, （－）深化…). Each back to what was printed, the repair recorded.
void OcrMisreads(BlockEditor& ed, bool misread_text) {
  const std::string_view text = ed.text();
  // Most lines hold none of the misread characters nor a dash: four searches, no more.
  // (Sought only in a text that holds one: each search of a line for a Chinese character was a walk of it.)
  const bool misread =
      misread_text && std::any_of(std::begin(kLookalikes), std::end(kLookalikes),
                                  [&](const auto& l) { return internal::ContainsText(text, l.second); });
  const bool dash = text.starts_with("—、") || text.starts_with("（－）") || text.starts_with("(－)") ||
                    text.starts_with("（-）");
  const bool narrow = misread_text && internal::ContainsText(text, "､");  // the half-width 、 (U+FF64)
  // (二〕推进…: an outline number's closing bracket read as 〕.
  size_t close = std::string_view::npos;
  if (text.starts_with("(") || text.starts_with("（"))
    if (const size_t c = internal::FindText(text.substr(0, 3 * 5), "〕"); c != std::string_view::npos) {
      const size_t open = text.starts_with("(") ? 1 : 3;
      const std::string_view numeral = text.substr(open, c - open);
      if (!numeral.empty() && internal::ParseChineseNumber(numeral).has_value()) close = c;
    }
  // 《责任县领导 ; 杜建国 ; 牵头单位 : A )', a clause's bracket opened as 《 or 〈 and a label's colon read
  // as a semicolon: looked for in a scan's text only, in a block that holds a semicolon or such a bracket.
  const bool clause_marks =
      misread_text && (text.find(';') != std::string_view::npos || internal::ContainsText(text, "；") ||
                       internal::ContainsText(text, "《") || internal::ContainsText(text, "〈"));
  // 8，推进… · 10.，推进…: a scan's item number whose point OCR read as a comma, or followed by a stray one.
  size_t digits = 0;
  while (misread_text && digits < 3 && digits < text.size() && text[digits] >= '0' && text[digits] <= '9')
    ++digits;
  size_t comma = std::string_view::npos;
  bool point = false;
  if (digits > 0) {  // (hOCR's words parted by spaces: 10 .， 推进)
    const auto skip = [&](size_t at) {
      while (at < text.size() && text[at] == ' ') ++at;
      return at;
    };
    size_t at = skip(digits);
    point = text.substr(at).starts_with(".") || text.substr(at).starts_with("．");
    if (point) at = skip(at + (text[at] == '.' ? 1 : 3));
    size_t after = skip(at + std::string_view("，").size());
    if (text.substr(at).starts_with("，") && after < text.size() &&
        internal::IsHan(internal::NextCodePoint(text, after)))
      comma = at;
  }
  if (!misread && !dash && !narrow && !clause_marks && close == std::string_view::npos &&
      comma == std::string_view::npos)
    return;
  std::vector<Edit>& edits = ed.edits();
  if (comma != std::string_view::npos)
    edits.push_back({comma, comma + std::string_view("，").size(), point ? "" : "．", rules::kOcrMisread,
                     point ? "删除编号后误识的“，”" : "把编号后误识的“，”改为“．”"});
  if (close != std::string_view::npos)
    edits.push_back({close, close + std::string_view("〕").size(), "）", rules::kOcrMisread,
                     "把编号中误识的“〕”改为“）”"});
  for (size_t at = narrow ? internal::FindText(text, "､") : std::string_view::npos;
       at != std::string_view::npos;
       at = internal::FindTextFrom(text, "､", at + std::string_view("､").size()))
    edits.push_back(
        {at, at + std::string_view("､").size(), "、", rules::kOcrMisread, "把半角顿号“､”改为“、”"});
  if (dash) {
    const size_t n = text.starts_with("—、")    ? std::string_view("—").size()
                     : text.starts_with("(－)") ? 1
                                                : 3;
    const size_t dash_size = text.substr(n).starts_with("－") ? 3 : text.substr(n).starts_with("-") ? 1 : 0;
    const size_t at = text.starts_with("—、") ? 0 : n;
    const size_t size = text.starts_with("—、") ? std::string_view("—").size() : dash_size;
    if (size > 0)
      edits.push_back({at, at + size, "一", rules::kOcrMisread,
                       Concat({"把编号中误识的“", text.substr(at, size), "”改为“一”"})});
  }
  if (misread) {
    for (const auto& [wrong, right] : OcrLabelSpellings())
      for (size_t at = wrong == right ? std::string_view::npos : internal::FindText(text, wrong);
           at != std::string_view::npos; at = internal::FindTextFrom(text, wrong, at + wrong.size())) {
        // A label's, before its colon (spaces between: 责任县领寻 : X), or the semicolon OCR read for it.
        const std::string_view after = SkipOcrSpaces(text.substr(at + wrong.size()));
        if (!after.starts_with("：") && !after.starts_with(":") && !after.starts_with("；") &&
            !after.starts_with(";"))
          continue;
        edits.push_back({at, at + wrong.size(), right, rules::kOcrMisread,
                         Concat({"把误识的标签“", wrong, "”改为“", right, "”"})});
      }
  }
  if (clause_marks) OcrClauseMarks(text, edits);
  ed.Apply();
}

// Whether `head` (the text before a space, up to 120 bytes) ends in a clause label's value: its last colon's
// label, after the wide gap before it (责 任 人：X      牵头部门：A      配合部门：B C D), is a clause's.
bool LabelBefore(std::string_view head) {
  size_t colon = head.rfind("：");
  if (const size_t ascii = head.rfind(':');
      ascii != std::string_view::npos && (colon == std::string_view::npos || ascii > colon))
    colon = ascii;
  if (colon == std::string_view::npos) return false;
  size_t start = 0;
  for (std::string_view gap : {"\u3000", "  "})
    if (const size_t g = head.substr(0, colon).rfind(gap); g != std::string_view::npos)
      start = std::max(start, g + gap.size());
  return internal::OpensWithClauseLabel(internal::TrimSpaces(head.substr(start)));
}

void RemoveCjkSpaces(BlockEditor& ed, bool cell) {
  std::string_view text = ed.text();
  if (ed.block().kind == BlockKind::kTableRow) return;
  if (!ed.Holds(internal::kNeedSpace)) return;
  std::vector<Edit>& edits = ed.edits();
  size_t i = 0;
  char32_t prev = 0;
  size_t first_colon = kNotSought;  // where the first ： or : stands, sought once when first asked for
  size_t outline_end = kNotSought;  // where an outline number the block opens with ends, likewise
  int label_line = -1;              // whether the block opens with a clause's label; -1 not asked yet
  // NamesOnly of a value, asked once for each (a cell of 100 000 names is read once, not once a space).
  std::string_view names_value;
  bool names_answer = false;
  const auto names_only = [&](std::string_view value) {
    if (value.data() != names_value.data() || value.size() != names_value.size() || value.empty()) {
      names_value = value;
      names_answer = NamesOnly(value);
    }
    return names_answer;
  };
  while (i < text.size()) {
    // An ASCII character other than a space, as most of a Latin text's are: no decoding, no tests.
    if (const auto c = static_cast<unsigned char>(text[i]); c < 0x80 && !internal::IsSpace(c)) {
      prev = c;
      ++i;
      continue;
    }
    size_t b = i;
    char32_t cp = NextCodePoint(text, i);
    if (!internal::IsSpace(cp)) {
      prev = cp;
      continue;
    }
    size_t e = i;
    while (e < text.size()) {
      size_t k = e;
      if (!internal::IsSpace(NextCodePoint(text, k))) break;
      e = k;
    }
    // 1.1 深化…: the space after an outline number is the marker's, as after 1. (internal::ReadMarker).
    if (b > 0 && b == OutlineNumberEnd(text, outline_end)) {
      prev = U' ';
      i = e;
      continue;
    }
    size_t k = e;
    char32_t next = e < text.size() ? NextCodePoint(text, k) : 0;
    bool cjk_prev = IsChineseContext(prev), cjk_next = IsChineseContext(next);
    // "区卫健委 区红十字会": a space between an organisation and the next one separates them.
    if (internal::EndsOrganisation(prev) && internal::StartsOrganisation(next)) {
      prev = next;
      i = e;
      continue;
    }
    // 责任单位：市水利局（牵头）　市住房城乡建设局, 市商务局  霁川海关  市发展改革委: after a label's
    // colon (or 】: 【配合单位】A、B　建立…) a wide gap (an ideographic space, two spaces or more) at a
    // unit's end (…单位, …部门 too) or start parts units, or the units from the text after them.
    if (WideGap(text.substr(b, e - b)) &&
        (internal::EndsOrganisation(prev) || prev == U'）' || prev == U')' || prev == U'位' ||
         prev == U'门' || internal::StartsOrganisation(next)) &&
        IsChineseContext(next) && FirstColon(text, first_colon) < b) {
      prev = next;
      i = e;
      continue;
    }
    // 韩立东 梁正文, a cell of names or a leaders' label's value: two leaders (王　磊 is one, padded); after
    // a wide gap, leaders with their titles too (责任领导：县长赵海峰　李明常务副县长).
    if (IsHan(prev) && IsHan(next) &&
        (PartsTwoNames(text, b, e) ||
         (WideGap(text.substr(b, e - b)) && NamedBeside(text, b, true) && NamedBeside(text, e, false))) &&
        // (In a cell, the value of a leaders' label in it, 一、统筹推进（3项）　责任市领导：孟昭远　钱立群,
        // or else the whole cell.)
        [&] {
          const std::string_view labelled = LeadersValueAt(text, b);
          return names_only(cell && labelled.empty() ? text : labelled);
        }()) {
      prev = next;
      i = e;
      continue;
    }
    // 责任站所:镇财政所 楠塘供电所 · 配合:茶山村 古渡社区 · 责任人:杨丽(组织委员) 李建国(副镇长): in a label
    // line's value, a space after a unit's end (a village's, a community's) or a bracket parts two names.
    // So in a table's cell, whose column says what it holds: 县行政审批服务局（牵头） 县大数据中心.
    if ((internal::EndsOrganisation(prev) || prev == U'村' || prev == U'区' || prev == U'）' ||
         prev == U')' || (EndsUnitWord(text.substr(0, b)) && internal::StartsOrganisation(next))) &&
        IsChineseContext(next) && (cell || FirstColon(text, first_colon) < b) &&
        NamesAnotherUnit(text.substr(e))) {
      if (label_line < 0) label_line = cell || internal::OpensWithClauseLabel(text) ? 1 : 0;
      // (Or a labelled bracket's: …。（责任单位：社事办 经发办 杉木坪信用社）.)
      // (Sought in the 120 bytes before the space, a label's value being short: no walk back to the start
      // at every space of a long line.)
      const size_t from = b > 120 ? b - 120 : 0;
      // (Or a clause's in black brackets: 【牵头单位：A；配合单位：B C】.)
      const std::string_view head = text.substr(from, b - from);
      size_t open = std::string_view::npos;  // the last opening bracket, round or black
      for (std::string_view mark : {"（", "【"})
        if (const size_t k = label_line == 1 ? std::string_view::npos : head.rfind(mark);
            k != std::string_view::npos && (open == std::string_view::npos || k > open))
          open = k;
      if (label_line == 1 ||
          (open != std::string_view::npos && internal::OpensWithClauseLabel(text.substr(from + open + 3))) ||
          LabelBefore(text.substr(from, b - from))) {
        prev = next;
        i = e;
        continue;
      }
    }
    if (prev != 0 && next != 0 &&
        ((cjk_prev && (cjk_next || IsAsciiAlnumOrPercent(next))) || (cjk_next && IsAsciiAlnumOrPercent(prev)))) {
      // 王　磊, 附　件: one ideographic space inside a word of two characters, padding it to a
      // three-character name's width (a 公文's names aligned, a spaced heading): taken out as any space is,
      // told apart.
      const bool padded = text.substr(b, e - b) == "\u3000" && IsHan(prev) && IsHan(next) && [&] {
        size_t before = b, after = e;
        internal::PreviousCodePoint(text, before);  // (prev)
        const char32_t first = before > 0 ? internal::PreviousCodePoint(text, before) : 0;
        internal::NextCodePoint(text, after);  // (next)
        const char32_t last = after < text.size() ? internal::NextCodePoint(text, after) : 0;
        // (Not a word letter-spaced throughout, 中　国　名　牌: a space beyond either end.)
        const auto apart = [](char32_t c) { return !IsHan(c) && c != U'\u3000' && c != U' '; };
        return apart(first) && apart(last);
      }();
      const std::string_view what =
          padded ? "删除两字词中用于对齐的空格“" : "删除中文与数字或中文之间的空格“";
      std::string message;
      message.reserve(what.size() + 14);  // two code points, ␣ and ”
      message += what;
      internal::AppendUtf8(message, prev);
      message += "␣";
      internal::AppendUtf8(message, next);
      message += "”";
      edits.push_back({b, e, "", padded ? rules::kPadSpace : rules::kCjkSpace, std::move(message)});
    }
    i = e;
  }
  ed.Apply();
}

// The marks an article in a phone's reading app (WeChat's) draws where a notice prints its own: a keycap
// number (1️⃣ … 9️⃣, 1️⃣0️⃣, 🔟) opening a line for the item's number, an emoji that the article's legend
// makes a label (📌阅读提示：👤为责任县领导　🏢为责任单位), and a section's number set apart as PART ⏎ 02 over
// its heading.
//
// The emoji the legend names (a pictograph, U+1F300–U+1FAFF, then 为 and a label that ends as a
// column's does: …领导, …单位, …部门, …时限), each with its label.
using EmojiLabels = std::vector<std::pair<std::string, std::string>>;

// Bytes of the pictograph (U+1F300–U+1FAFF, F0 9F 8C 80 – F0 9F AB BF) and its variation selector
// U+FE0F (EF B8 8F) at text[i], 0 when none opens there.
size_t PictographLength(std::string_view text, size_t i) {
  if (i + 4 > text.size() || static_cast<unsigned char>(text[i]) != 0xF0 ||
      static_cast<unsigned char>(text[i + 1]) != 0x9F)
    return 0;
  const auto b2 = static_cast<unsigned char>(text[i + 2]);
  if (b2 < 0x8C || b2 > 0xAB) return 0;
  return text.substr(i + 4).starts_with("\xEF\xB8\x8F") ? 7 : 4;
}

// A legend: two pairs or more on one line, or one after a cue (阅读提示, 说明, 图例, 注); a greeting
// (🎉为全县各单位点赞) is none. At most kMostLabels labels, the document's first.
constexpr std::string_view kCues[] = {"提示", "说明", "图例", "注"};

EmojiLabels ReadEmojiLegend(const Blocks& blocks) {
  constexpr size_t kMostLabels = 8;
  EmojiLabels labels;
  for (const Block& b : blocks) {
    if (b.kind != BlockKind::kParagraph || labels.size() >= kMostLabels) continue;
    std::string_view t = b.text;
    EmojiLabels line;
    for (size_t i = t.find('\xF0'); i != std::string_view::npos && line.size() < kMostLabels;
         i = t.find('\xF0', i + 1)) {
      const size_t n = PictographLength(t, i);
      if (n == 0 || !t.substr(i + n).starts_with("为")) continue;
      const size_t from = i + n + std::string_view("为").size();
      size_t to = from;
      for (size_t k = from; k < t.size();) {
        const char32_t cp = NextCodePoint(t, k);
        if (!IsHan(cp)) break;
        to = k;
        if (k - from > 3 * 8) break;  // a label is a short word
      }
      const std::string_view label = t.substr(from, to - from);
      static constexpr std::string_view kEnds[] = {"领导", "单位", "部门", "科室",
                                                   "处室", "时限", "时间", "责任人"};
      if (label.empty() || label.size() > 3 * 8 ||
          std::none_of(std::begin(kEnds), std::end(kEnds),
                       [&](std::string_view e) { return label.ends_with(e); }))
        continue;
      line.emplace_back(std::string(t.substr(i, 4)), std::string(label));
    }
    if (line.empty()) continue;  // most lines: no pair, no cue sought
    if (line.size() == 1 && std::none_of(std::begin(kCues), std::end(kCues),
                                         [&](std::string_view c) { return internal::ContainsText(t, c); }))
      continue;
    for (auto& pair : line)
      if (labels.size() < kMostLabels &&
          std::none_of(labels.begin(), labels.end(), [&](const auto& l) { return l.first == pair.first; }))
        labels.push_back(std::move(pair));
  }
  return labels;
}

// The number a line's keycaps spell (1️⃣ → 1, 1️⃣2️⃣ → 12, 🔟 → 10) and the bytes they take with
// the spaces after them; 0 bytes when the line opens with none.
size_t KeycapNumber(std::string_view text, int& number) {
  static constexpr std::string_view kSelector = "\xEF\xB8\x8F";  // U+FE0F
  static constexpr std::string_view kKeycap = "\xE2\x83\xA3";    // U+20E3
  static constexpr std::string_view kTen = "\xF0\x9F\x94\x9F";   // 🔟
  size_t i = 0;
  number = 0;
  int digits = 0;
  if (text.starts_with(kTen)) {  // 🔟 alone: 10
    number = 10;
    i = kTen.size();
    digits = 3;
  }
  while (i < text.size()) {
    const char c = text[i];
    if (c < '0' || c > '9') break;
    size_t k = i + 1;
    if (text.substr(k).starts_with(kSelector)) k += kSelector.size();
    if (!text.substr(k).starts_with(kKeycap)) break;
    if (++digits > 3) return 0;  // a run of four keycaps or more numbers nothing; nor does 🔟 before one
    number = number * 10 + (c - '0');
    i = k + kKeycap.size();
  }
  if (i == 0 || number == 0 || text.substr(i).starts_with(kTen)) return 0;  // 1️⃣🔟: no number
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  return i < text.size() ? i : 0;  // a keycap with nothing after it numbers nothing
}

// The keycap number a line opens with becomes N., and an emoji of the legend opening the line, or
// after a space, becomes its label and a colon (👤彭娟  🏢县商务局 → 责任县领导：彭娟  责任单位：县商务局).
void EmojiMarks(BlockEditor& ed, const EmojiLabels& labels) {
  std::string_view text = ed.text();
  if (text.empty() || ed.block().kind != BlockKind::kParagraph) return;
  // A keycap opens with a digit or 🔟 (F0), a mark before a number with F0 or E2 (★); without a legend
  // nothing else is read: most lines, one look.
  const auto first = static_cast<unsigned char>(text[0]);
  if (labels.empty() && !(first >= '0' && first <= '9') && first != 0xF0 && first != 0xE2) return;
  std::vector<Edit>& edits = ed.edits();
  int number = 0;
  if (const size_t n = KeycapNumber(text, number); n > 0) {
    std::string replacement = std::to_string(number) + ".";
    edits.push_back({0, n, replacement, rules::kEmojiMark,
                     Concat({"把表情符号“", text.substr(0, n), "”改为编号“", replacement, "”"})});
  } else if (const size_t mark = first == 0xF0 || first == 0xE2 ? std::max(internal::StatusMarkLength(text),
                                                                           internal::KeyMarkLength(text))
                                                                : 0;
             mark > 0) {
    // 🟡1.地区生产总值增长… (a 督查通报's status before each task's number): the mark goes after
    // the number, where a task's status stands (1.🟡…), so that the number opens the line. So does a key
    // task's sign (★3．推进…, under 任务前标“★”的为重点任务).
    if (const Marker m = internal::ReadMarker(text.substr(mark));
        m.kind == MarkerKind::kArabic || m.kind == MarkerKind::kParenArabic) {
      const std::string_view status = internal::TrimSpaces(text.substr(0, mark));
      edits.push_back(
          {0, mark, "", rules::kEmojiMark, Concat({"把编号前的状态符号“", status, "”移到编号之后"})});
      edits.push_back({mark + m.length, mark + m.length, std::string(status), rules::kEmojiMark,
                       Concat({"在编号后保留状态符号“", status, "”"})});
    }
  }
  if (!labels.empty())
    for (size_t i = text.find('\xF0'); i != std::string_view::npos; i = text.find('\xF0', i + 1)) {
      const size_t n = PictographLength(text, i);
      if (n == 0) continue;
      // At the line's start, or after a space (any: a phone's are often no-break ones).
      size_t before = i;
      if (before > 0 && !internal::IsSpace(PreviousCodePoint(text, before))) continue;
      if (text.substr(i + n).starts_with("为")) continue;  // the legend's own 👤为责任县领导
      const auto label = std::find_if(labels.begin(), labels.end(),
                                      [&](const auto& l) { return text.substr(i, 4) == l.first; });
      if (label == labels.end()) continue;
      size_t end = i + n;
      while (end < text.size() && text[end] == ' ') ++end;
      edits.push_back(
          {i, end, label->second + "：", rules::kEmojiMark,
           Concat({"把表情符号“", text.substr(i, n), "”按文中的说明改为标签“", label->second, "：”"})});
    }
  ed.Apply();
}

// PART ⏎ 02 over a section's heading (or PART 02, Part.2 on one line): the section's number, and the
// lines that print it (1 or 2) from the line `text`, `blocks[next]` the block after it; 0 lines when `text`
// opens no such number, or what follows is no heading (short, no sentence: Part 2 over 各单位要高度重视。
// numbers nothing).
size_t PartNumber(std::string_view text, const Blocks& blocks, size_t next, int& number) {
  const auto digits = [&](std::string_view t) {  // 02, and ０２ as a text may print it
    t = internal::TrimSpaces(t);
    int value = 0, count = 0;
    for (size_t i = 0; i < t.size();) {
      const char32_t cp = NextCodePoint(t, i);
      const int d = cp >= U'0' && cp <= U'9'     ? static_cast<int>(cp - U'0')
                    : cp >= U'０' && cp <= U'９' ? static_cast<int>(cp - U'０')
                                                 : -1;
      if (d < 0 || ++count > 2) return 0;
      value = value * 10 + d;
    }
    return value;
  };
  const auto heading = [&](size_t k) {
    if (k >= blocks.size() || blocks[k].kind != BlockKind::kParagraph) return false;
    const std::string_view h = internal::TrimSpaces(blocks[k].text);
    return !h.empty() && internal::CountCodePoints(h) <= 30 && !internal::ContainsText(h, "。") &&
           !internal::ContainsText(h, "；");
  };
  // Most lines open with no P: one look.
  if (const size_t first = text.find_first_not_of(" \t");
      first == std::string_view::npos || (text[first] != 'P' && text[first] != 'p'))
    return 0;
  std::string_view t = internal::TrimSpaces(text);
  if (t.size() < 4 || (t[0] != 'P' && t[0] != 'p') ||
      !std::equal(t.begin(), t.begin() + 4, "PART", [](char a, char b) { return std::toupper(a) == b; }))
    return 0;
  t.remove_prefix(4);
  while (!t.empty() && (t[0] == ' ' || t[0] == '.')) t.remove_prefix(1);
  const bool one_line = !t.empty();
  const int value = one_line ? digits(t)
                    : next < blocks.size() && blocks[next].kind == BlockKind::kParagraph
                        ? digits(blocks[next].text)
                        : 0;
  if (value == 0 || !heading(one_line ? next : next + 1)) return 0;
  number = value;
  return one_line ? 1 : 2;
}

// Does `text` open with a block marker or another start that is never the
// second half of a cut paragraph?
bool StartsNewParagraph(std::string_view text) {
  // Numbered as the recognizer reads it (一是 and 任务一： too).
  if (internal::ReadMarker(text).kind != MarkerKind::kNone) return true;
  // A label line (办理时限：…, 配合单位：…) starts a line of its own.
  if (FullMatch(Pat::kClauseLine, text)) return true;
  if (FullMatch(Pat::kDate, text) || FullMatch(Pat::kPrintedBy, text)) return true;
  // The colophon's 抄送：… after a clause line that ends with a unit's name.
  if (text.starts_with("抄送：") || text.starts_with("抄送:") || text.starts_with("抄报：")) return true;
  size_t i = 0;
  char32_t first = NextCodePoint(text, i);
  return !(IsHan(first) || IsAsciiAlnumOrPercent(first) || first == U'，' || first == U'、' || first == U'”' ||
           first == U'》');
}

// One pass that stops at the first mark: a joined paragraph has one in its first line.
bool HasInnerPunctuation(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = NextCodePoint(text, i);
    if (cp == U'，' || cp == U'、' || cp == U'；' || cp == U'。' || cp == U'：' || cp == U'！' || cp == U'？') return true;
  }
  return false;
}

// How many （ ( are still open after `text`, starting from `depth` open ones:
// a paragraph being joined is counted on line by line, not from its start again.
int BracketDepth(std::string_view text, int depth = 0) {
  for (size_t i = 0; i < text.size();) {
    char32_t cp = NextCodePoint(text, i);
    // A clause's square or black brackets too (［牵头单位：A；配合单位：B、⏎C］).
    if (cp == U'（' || cp == U'(' || cp == U'［' || cp == U'【')
      ++depth;
    else if ((cp == U'）' || cp == U')' || cp == U'］' || cp == U'】') && depth > 0)
      --depth;
  }
  return depth;
}

bool EndsWith(std::string_view text, std::string_view end) {
  return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

// The tail of a list of units cut at its 、 (县人力资源和社会保障局、各乡镇人民政府): no sentence's
// punctuation, and its last name ending as a unit's does.
bool UnitListTail(std::string_view text) {
  if (text.empty() || StartsNewParagraph(text)) return false;
  for (std::string_view mark : {"。", "，", "；", "：", ",", ";", ":"})
    if (internal::ContainsText(text, mark)) return false;
  size_t end = text.size();
  return internal::EndsOrganisation(internal::PreviousCodePoint(text, end)) || text.ends_with("单位") ||
         text.ends_with("部门") || text.ends_with("中心") || text.ends_with("公司") ||
         text.ends_with("海关") || text.ends_with("银行") || text.ends_with("管理部") || text.ends_with("、");
}

// The text before the clause label it goes on to (县水利局、各乡镇人民政府　完成时限：… → 县水利局、
// 各乡镇人民政府), its gap before the label dropped; empty where no label follows in it.
std::string_view BeforeNextLabel(std::string_view text) {
  const size_t colon = std::min(internal::FindText(text, "："), text.find(':'));
  if (colon == std::string_view::npos || colon == 0) return {};
  // The label: the last few code points before the colon (完成时限, not 时限; 配合单位), the longest that
  // reads as one, up to a gap.
  size_t at = colon, label = std::string_view::npos;
  for (int n = 0; n < 8 && at > 0; ++n) {
    PreviousCodePoint(text, at);
    if (internal::IsSpace(static_cast<unsigned char>(text[at])) || text.substr(at).starts_with("\u3000"))
      break;
    if (n >= 1 && internal::OpensWithClauseLabel(Concat({text.substr(at, colon - at), "：x"}))) label = at;
  }
  return label == std::string_view::npos ? std::string_view() : internal::TrimSpaces(text.substr(0, label));
}

// A clause's label with no value after it (配合单位：), a list's items to follow.
bool EmptyLabel(const Block& b) {
  const std::string_view t = b.text;
  return b.kind == BlockKind::kParagraph && (t.ends_with("：") || t.ends_with(":")) && t.size() <= 3 * 12 &&
         internal::OpensWithClauseLabel(std::string(t) + "x");  // (a line's label needs a value after it)
}

// A paragraph long enough to wrap, ending mid-sentence, followed (past blank
// lines, page breaks and page numbers) by one that does not open a new paragraph.
constexpr size_t kMinCutLength = 16;
// A package is read as printed lines when at least one in kWrappedShare of its long paragraphs, and
// kMinWrappedLines in all, end cut, and at most one in 5 * kWrappedShare is wider than those lines
// (PackageLinesAreParagraphs).
constexpr size_t kWrappedShare = 4;
constexpr size_t kMinWrappedLines = 8;

// Whether a list's last unit is cut short: its last character ends no unit's name (云塘分, 自然资源和规划),
// nor the kind of words a list may end with (各单位, 有关部门, 中心, 公司, 等).
bool UnitCut(std::string_view text) {
  size_t end = text.size();
  const char32_t last = internal::PreviousCodePoint(text, end);
  return internal::IsHan(last) && !internal::EndsOrganisation(last) && last != U'位' && last != U'司' &&
         last != U'等' && last != U'业' && last != U'镇' && last != U'乡';
}

// Whether a clause's label names units: 牵头单位, 配合部门, 责任科室, 协办单位 (not 责任领导, 完成时限,
// 责任人).
bool UnitsLabel(std::string_view label) {
  for (std::string_view end :
       {"单位", "部门", "科室", "处室", "股室", "站所", "牵头", "配合", "协办", "协同", "参与"})
    if (label.ends_with(end)) return true;
  return false;
}

// The code points of the label `text` opens with (1 to 9 Chinese characters and ：, the colon counted), or 0:
// 文号：…, 责任单位：….
size_t FieldLabelLength(std::string_view text) {
  // Most lines have no colon so near their start: one search, no walk.
  const size_t colon = internal::FindText(text.substr(0, 3 * 10), "：");
  if (colon == std::string_view::npos || colon == 0) return 0;
  size_t i = 0, n = 1;
  while (i < colon) {
    if (!internal::IsHan(internal::NextCodePoint(text, i))) return 0;
    ++n;
  }
  return i == colon ? n : 0;
}

// Whether a bracket's words name a unit: one of them, parted by 、, of three characters at least that ends as
// a body's name does (财务处, 县发展改革局); not a kind (单位, 部门) nor divisions (市、区).
bool BracketNamesAUnit(std::string_view inside) {
  for (const std::string& item : internal::SplitList(inside)) {
    if (internal::CountCodePoints(item) < 3) continue;
    // (A kind of unit, 责任部门, 县直单位, 相关部门, names none.)
    bool kind = false;
    for (std::string_view generic : {"责任", "牵头", "配合", "相关", "有关", "主办", "协办", "县直", "市直",
                                     "省直", "区直", "直属", "各"})
      kind = kind || item.starts_with(generic);
    if (kind) continue;
    size_t end = item.size();
    if (internal::EndsOrganisation(internal::PreviousCodePoint(item, end)) || item.ends_with("单位") ||
        item.ends_with("部门") || item.ends_with("中心"))
      return true;
  }
  return false;
}

// Whether `a` ends with a leader's label and one Han character (责任领导：赵) and `b` is one or two more, the
// rest of a person's name (德海).
bool NameCutAfterSurname(std::string_view a, std::string_view b) {
  // (B: Han characters in six bytes at most, so one or two; most lines are longer.)
  if (b.empty() || b.size() > 6) return false;
  for (size_t i = 0; i < b.size();)
    if (!internal::IsHan(internal::NextCodePoint(b, i))) return false;
  const size_t colon = a.rfind("：");
  if (colon == std::string_view::npos) return false;
  const std::string_view value = a.substr(colon + std::string_view("：").size());
  size_t at = 0;
  if (value.empty() || !internal::IsHan(internal::NextCodePoint(value, at)) || at != value.size())
    return false;
  // (The two a person's name: not 责任领导：无 ⏎ 附件.)
  return a.substr(0, colon).ends_with("领导") && internal::LooksLikePersonName(Concat({value, b}));
}

// Whether a numbered line `a` of a text wrapped at `wrap_width` fills its line, the line `b` after it its
// tail: full to the width, its tail no line of its own (not full itself, no sentence's end); or (a PDF's
// copy, which drops a paragraph's first-line indent, as TextWrapWidth found) four columns short of it, a
// sentence's comma inside (三、…要对照 工作要点，结合本地实际), and the line after it full, which a
// paragraph's first line never is.
bool FillsWrappedLine(std::string_view a, std::string_view b, size_t wrap_width, bool short_first_lines) {
  const size_t a_width = internal::PrintedWidth(a), b_width = internal::PrintedWidth(b);
  if (a_width + 1 >= wrap_width) return b_width + 1 < wrap_width && !b.ends_with("。");
  return short_first_lines && a_width + 5 >= wrap_width && a_width + 3 <= wrap_width &&
         b_width + 1 >= wrap_width && internal::FindText(a, "，") != std::string_view::npos;
}

// Whether `b` goes on with the labelled line `a_text` of a text wrapped at `wrap_width` (a PDF's copy, 28
// characters a line), its last line (from `a_last`) full to that width:
// 责任领导：X　牵头单位：A、县工业和信息 ⏎ 化局　配合单位：…; or, where the copy's first lines are indented
// (`short_first_lines`), its first line four columns short of it. The line's width is the larger of its
// text's and its source's (`printed`): a repair removed the space between two labels (刘志远　牵头单位), but
// a half-width comma widened is as the width was measured. Not a numbered line, a new paragraph's or one that
// opens a label of its own; but a label cut in two goes on (…县财政局　配 ⏎ 合单位：…).
bool WrapsLabelLine(std::string_view a_text, size_t a_last, size_t printed, std::string_view b,
                    size_t wrap_width, bool short_first_lines) {
  if (wrap_width == 0 || b.empty()) return false;
  const size_t width = std::max(internal::PrintedWidth(a_text.substr(a_last)), printed);
  if (width + (a_last == 0 && short_first_lines ? 5 : 1) < wrap_width ||
      !internal::OpensWithClauseLabel(a_text))
    return false;
  // (Where A's line ends with what may be a whole name (…配合单位：党委办 ⏎ 公室、审计部, …县生态环境局 ⏎
  // 青岚县人民政府办公室), B goes on only as the rest of a list: names and no sentence's mark, not a
  // signature's name; not a paragraph.)
  if (!EndsWith(a_text, "、") && !EndsWith(a_text, "：") && !UnitCut(a_text) && !b.starts_with("（") &&
      !b.starts_with("、")) {
    const size_t gap = std::min(b.find("　"), b.find(' '));
    const std::string_view head = b.substr(0, gap);
    for (std::string_view mark : {"，", "；", "。", "：", ",", ";", ":"})
      if (internal::ContainsText(head, mark)) return false;
    // (A body's full name alone, a level's place in its first characters and a government's or an office's
    // end, 青岚县人民政府办公室, is a signature's.)
    const std::string_view opening = internal::PrefixCodePoints(head, 4);
    const bool placed = internal::ContainsText(opening, "县") || internal::ContainsText(opening, "市") ||
                        internal::ContainsText(opening, "区") || internal::ContainsText(opening, "省") ||
                        internal::ContainsText(opening, "州");
    if (!internal::ContainsText(head, "、") && gap == std::string_view::npos && placed &&
        internal::CountCodePoints(head) >= 6 &&
        (head.ends_with("政府") || head.ends_with("办公室") || head.ends_with("委员会") ||
         head.ends_with("党委")))
      return false;
  }
  // (…责任单位：发改局 ⏎ （牵头）、县住建局…: a bracket after the cut is the name's, not a clause of its
  // own.)
  if (StartsNewParagraph(b) && !(b.starts_with("（") && internal::ReadMarker(b).kind == MarkerKind::kNone &&
                                 !internal::OpensWithClauseLabel(b.substr(3))))
    return false;
  if (FieldLabelLength(b) == 0) return true;
  // (The label's head: A's code points after its last space, stop or 、, three at most, that end no unit's
  // name: 配, 牵头, 配合单; not …县财政局 over 配合单位：.)
  size_t start = a_text.size(), n = 0;
  for (size_t i = start; i > a_last && n < 3; ++n) {
    const char32_t cp = internal::PreviousCodePoint(a_text, i);
    if (cp == U'　' || cp == U' ' || cp == U'；' || cp == U'，' || cp == U'。' || cp == U'、' || cp == U'）')
      break;
    start = i;
  }
  size_t end = a_text.size();
  return start < a_text.size() && !internal::EndsOrganisation(internal::PreviousCodePoint(a_text, end)) &&
         internal::OpensWithClauseLabel(Concat({a_text.substr(start), b}));
}

// A's text is all that was joined to it so far, its last line from `a_last` (`a_last_printed` columns wide
// in the source); `a_depth` its BracketDepth, -1 until it is needed. Every test on A costs at most its first
// line or its end, so joining a paragraph cut into many lines stays linear.
bool CanJoin(const Block& a, int& a_depth, const Block& b, size_t wrap_width, size_t a_last,
             size_t a_last_printed, bool short_first_lines) {
  const std::string_view a_text = a.text;
  if (a.kind != BlockKind::kParagraph || b.kind != BlockKind::kParagraph) return false;
  // A heading ends where it ends; a list item, or a paragraph numbered by the word processor, starts anew.
  if (a.style.heading_level != 0 || a.style.bold || b.style.heading_level != 0 || b.style.bold ||
      b.style.list_item || b.style.numbered)
    return false;
  if (WrapsLabelLine(a_text, a_last, a_last_printed, b.text, wrap_width, short_first_lines)) return true;
  // 责任单位：A、B、⏎C: a list of units cut at its 、 goes on in the next line, however short, when that
  // line is the list's tail: names, the last ending as a unit's does, no sentence. Only A's label is
  // read (its first code points): A grows line by line, and reading it whole each time was quadratic.
  // (The tail may go on to the line's next field: …、 ⏎ 县城市管理局、县水利局　完成时限：2025年12月底.)
  if (EndsWith(a_text, "、") && internal::OpensWithClauseLabel(a_text))
    return UnitListTail(b.text) || UnitListTail(BeforeNextLabel(b.text));
  // 【责任领导】X　【牵头单位】A　【责任单位】B、C: a line of labels in black brackets is complete as a label
  // line is (or goes on with its list's tail after a 、).
  // (Cut inside a name, …市自然资源和规划 ⏎ 局、…, it goes on.)
  if (a_text.starts_with("【"))
    if (const size_t close = a_text.find("】");
        close != std::string_view::npos && close <= 3 * 12 &&
        internal::OpensWithClauseLabel(std::string(a_text.substr(3, close - 3)) + "：x")) {
      if (EndsWith(a_text, "、")) return UnitListTail(b.text);
      size_t end = a_text.size();
      const char32_t last = internal::PreviousCodePoint(a_text, end);
      if (internal::EndsOrganisation(last) || last == U'）' || last == U')' || last == U'等' ||
          EndsWith(a_text, "单位") || EndsWith(a_text, "部门") || EndsWith(a_text, "公司"))
        return false;
    }
  // At most n code points, counting no further than n, and not at all when the size says it: a code
  // point takes one to four bytes (a malformed byte is one of its own).
  const auto at_most = [&](size_t n) {
    return a_text.size() <= n ||
           (a_text.size() <= 4 * n && internal::PrefixCodePoints(a_text, n).size() == a_text.size());
  };
  // 【任务1】 ⏎ 任务名称：…, 12. ⏎ 推进…: a number on a line of its own numbers the line after it.
  if (a_text.size() <= 24)
    if (const Marker m = internal::ReadMarker(a_text);
        m.kind != MarkerKind::kNone && m.length == a_text.size())
      return !b.text.empty() && internal::ReadMarker(b.text).kind == MarkerKind::kNone;
  // （责任领导： ⏎ 周永平；…）, （责任领导：陈曦、 ⏎ 唐永胜；…）: a clause's bracket on a line of its own,
  // cut after its label or a 、 (a break typed or wrapped inside it), goes on below however short, unless the
  // line below is numbered.
  if (a_text.size() <= 4 * kMinCutLength && (EndsWith(a_text, "：") || EndsWith(a_text, "、")))
    if (const size_t open = a_text.starts_with("（")  ? 3
                            : a_text.starts_with("(") ? 1
                                                      : 0;
        open != 0 && BracketDepth(a_text) > 0 &&
        internal::OpensWithClauseLabel(Concat({a_text.substr(open), "x"})))  // (a label needs a value)
      return !b.text.empty() && internal::ReadMarker(b.text).kind == MarkerKind::kNone;
  // …责任领导：赵 ⏎ 德海, …责任领导：王 ⏎ 勇 (王　勇 padded): a leader's name cut after its surname, at the
  // line's end or at its padding; the line below is the rest of it.
  if (NameCutAfterSurname(a_text, b.text)) return true;
  if (at_most(kMinCutLength - 1)) return false;
  // …细颗粒物（PM2. ⏎ 5）平均浓度…: a decimal cut at its point inside an open bracket, the line below its
  // digits and the bracket's close, no item's number.
  if (a_text.size() >= 2 && a_text.back() == '.' && a_text[a_text.size() - 2] >= '0' &&
      a_text[a_text.size() - 2] <= '9' && !b.text.empty() && b.text[0] >= '0' && b.text[0] <= '9') {
    const size_t digits = b.text.find_first_not_of("0123456789");
    if (digits != std::string_view::npos &&
        (b.text.substr(digits).starts_with("）") || b.text.substr(digits).starts_with(")"))) {
      if (a_depth < 0) a_depth = BracketDepth(a_text);
      if (a_depth > 0) return true;
    }
  }
  // …（1）完成县城第三小学建设；（2） ⏎ 全县差异系数…: a sub-item's number at a line's end after a stop, its
  // text below (not 详见附件（2）).
  // (Sought in A's last bytes only, A's end first: A grows line by line.)
  if (const size_t open = EndsWith(a_text, "）") && a_text.size() > 3 ? a_text.rfind("（", a_text.size() - 3)
                                                                      : std::string_view::npos;
      open != std::string_view::npos && open >= 3 && open + 3 < a_text.size() &&
      a_text.size() - open <= 3 * 4 && EndsWith(a_text, "）") &&
      (EndsWith(a_text.substr(0, open), "；") || EndsWith(a_text.substr(0, open), "。") ||
       EndsWith(a_text.substr(0, open), "：")))
    if (const Marker m = internal::ReadMarker(a_text.substr(open));
        m.kind == MarkerKind::kParenArabic && m.length == a_text.size() - open && !b.text.empty() &&
        internal::ReadMarker(b.text).kind == MarkerKind::kNone && !StartsNewParagraph(b.text))
      return true;
  if (!internal::EndsMidSentence(a_text)) {
    // …（牵头单位：X；⏎责任单位：Y）: a bracket left open at a ； or ： goes on in the next line,
    // whatever that line looks like (a label), unless it is numbered; so does one left open when a
    // bracket inside it closes the line (…配合单位：各县（市、区）⏎人民政府）).
    // (So does a bracket opened as the line ends: …增长7%。( ⏎ 责任市领导：….)
    if (!EndsWith(a_text, "；") && !EndsWith(a_text, "：") && !EndsWith(a_text, "）") &&
        !EndsWith(a_text, "（") && !EndsWith(a_text, "("))
      return false;
    // …列第一位的处室（单位）⏎为牵头处室（单位），…: a line of a text wrapped at one width, full to it (a
    // paragraph's first line but for the indent a PDF's copy drops), that a short bracket inside its sentence
    // ends, a name's kind or part (（单位）, （市、区）, no label's colon): the sentence goes on below. Not a
    // bracket after a stop, nor one that names a unit (…执行。（财务处）, …建设（县发展改革局）): an item's
    // units, which end it.
    if (EndsWith(a_text, "）") && wrap_width > 0 && !b.text.empty() && !b.text.starts_with("（") &&
        !b.text.starts_with("(") && internal::ReadMarker(b.text).kind == MarkerKind::kNone &&
        !StartsNewParagraph(b.text))
      if (const size_t open = a_text.rfind("（"); open != std::string_view::npos && open >= a_last) {
        const std::string_view inside = a_text.substr(open + 3, a_text.size() - 3 - open - 3);
        const size_t width = internal::PrintedWidth(a_text.substr(a_last));
        size_t before = open;
        const bool in_sentence =
            open > a_last && internal::IsHan(internal::PreviousCodePoint(a_text, before));
        if (in_sentence && internal::CountCodePoints(inside) <= 6 &&
            inside.find("：") == std::string_view::npos && inside.find(':') == std::string_view::npos &&
            !BracketNamesAUnit(inside) && width + (a_last == 0 ? 5 : 1) >= wrap_width)
          return true;
      }
    if (a_depth < 0) a_depth = BracketDepth(a_text);
    return a_depth > 0 && !b.text.empty() && internal::ReadMarker(b.text).kind == MarkerKind::kNone;
  }
  // Fields a line each (文件标题：…⏎文号：…⏎密级：…, an OA system's export): a labelled line is whole when
  // the next opens with a label of its own.
  if (FieldLabelLength(b.text) != 0) {
    std::string_view fields =
        a_text;  // (past a number joined to the line it stood over: 【任务1】任务名称：…)
    if (const Marker m = internal::ReadMarker(fields); m.kind != MarkerKind::kNone)
      fields.remove_prefix(m.length);
    if (FieldLabelLength(fields) != 0) return false;
  }
  // Running text has inner punctuation; a title or a name on its own line has none (but one with a bracket
  // left open, （二）办好…事业（责 ⏎ 任省领导：X）, goes on below).
  // (A line a two-column page's column wrapped, running to its edge, goes on: 3. 用 好 超 长 期 特 别 国 债;
  // and a paragraph joined from its parts is no title, nor read whole again for each line it takes.)
  if (a.parts.empty() && !(a.style.column != 0 && a.style.to_edge) && !HasInnerPunctuation(a_text)) {
    if (a_depth < 0) a_depth = BracketDepth(a_text);
    if (a_depth <= 0) return false;
  }
  // So does one cut before its 、 (…、B⏎、C, a mail client's wrap), or inside a name (…市公安局云塘分⏎局): a
  // units' label only (not 责任领导：X, 完成时限：…之前, whose values end otherwise).
  // (The list's end may close the clause, 设局、县自然资源局。; a division's name may go on below, 各乡镇 ⏎
  // 人民政府.)
  if (const size_t label = FieldLabelLength(a_text);
      label != 0 &&
      (b.text.starts_with(std::string_view("、")) || UnitCut(a_text) || b.text.starts_with("人民政府") ||
       b.text.starts_with("党委") || b.text.starts_with("政府")) &&
      UnitsLabel(a_text.substr(0, 3 * (label - 1))) && internal::OpensWithClauseLabel(a_text)) {
    std::string_view tail = b.text;
    if (tail.ends_with("。")) tail.remove_suffix(std::string_view("。").size());
    return UnitListTail(tail);
  }
  // Lines of the head and the colophon are complete however they end (a paragraph joined from a two-column
  // page's parts is none; a clause line of such parts, 责任单位：…, is read by its opening only, not whole
  // again for each line it takes).
  if (!a.parts.empty() && internal::OpensWithClauseLabel(a_text)) return false;
  // A bracket left open in A (…按职责分 / 工负责）, （牵头单位： / 县教育局；…）) continues whatever B looks
  // like, unless B is numbered: then A's bracket was never closed (a typo), and B is the next item, not A's
  // tail.
  if (a_depth < 0) a_depth = BracketDepth(a_text);
  if (a_depth > 0) return !b.text.empty() && internal::ReadMarker(b.text).kind == MarkerKind::kNone;
  if (a.parts.empty())
    for (Pat p : {Pat::kDocNumber, Pat::kSigner, Pat::kDate, Pat::kCc, Pat::kPrintedBy, Pat::kProofreader,
                  Pat::kAttachmentList, Pat::kClauseLine}) {
      if (p == Pat::kPrintedBy && !EndsWith(a_text, "发")) continue;  // its leading .*? would read all of A
      if (FullMatch(p, a_text)) return false;
    }
  // A short heading (四、副县长、县公安局局长马骏分管工作) ends where it ends, unless it fills the line of a
  // text wrapped at one width (三、加快发展新质生产力，构建具有嘉岳特色的 ⏎ 现代化产业体系（责任省领导：X）).
  bool heading_wraps = false;  // a heading that fills its line: its tail below, however short
  if ((PartialMatch(Pat::kMarkerChineseNumeral, a_text) || PartialMatch(Pat::kMarkerParenChinese, a_text)) &&
      at_most(40) && internal::FindText(a_text, "。") == std::string::npos) {
    // (Full to the column, one short of it at most for a Latin letter's half width; and the tail is no line
    // of its own: not full itself, no sentence's end.)
    // (On a page set in two columns, full to the column's edge, the tail short of it.)
    heading_wraps = a.style.column != 0
                        ? a.style.to_edge && !b.style.to_edge && !b.text.ends_with("。")
                        : wrap_width > 0 && FillsWrappedLine(a_text, b.text, wrap_width, short_first_lines);
    if (!heading_wraps) return false;
  }
  // A short line with no punctuation at all is a name or a heading (a signature
  // under the 附件 line), not the tail of a sentence.
  if (!heading_wraps && internal::CountCodePoints(b.text) <= 20 && !HasInnerPunctuation(b.text)) return false;
  return !b.text.empty() && !StartsNewParagraph(b.text);
}

// Extends `a` over `b`, the next line joined to it: to b's end, or (either a two-column page's part,
// whose lines stand between the other column's) by b as one more of its parts.
void Extend(Block& a, const Block& b) {
  if (a.parts.empty() && a.style.column == 0 && b.style.column == 0) {
    a.end = b.end;
    return;
  }
  if (a.parts.empty()) a.parts.push_back({a.begin, a.end, {}});
  if (b.parts.empty())
    a.parts.push_back({b.begin, b.end, {}});
  else  // b joined before (a label over its value)
    a.parts.insert(a.parts.end(), b.parts.begin(), b.parts.end());
  a.begin = std::min(a.begin, b.begin);
  a.end = std::max(a.end, b.end);
  a.style.to_edge = b.style.to_edge;  // whether its last line runs to its column's edge
}

// Where the last line joined to `a` ends in the source.
size_t JoinPoint(const Block& a) { return a.parts.empty() ? a.end : a.parts.back().end; }

// The source between the last line joined to `a` and `b` (before it in the source when b opens a column).
Span JoinSpan(const Source& source, const Block& a, const Block& b) {
  const size_t at = JoinPoint(a);
  return source.SpanOf(std::min(at, b.begin), std::max(at, b.begin));
}

// Sets a joined block's original and span from what it covers: the source from its begin to its end, or
// its parts, a line each (and their spans).
void Cover(Block& a, const Source& source) {
  const std::string_view text = source.text();
  if (a.parts.empty()) {
    a.original = text.substr(a.begin, a.end - a.begin);
  } else {
    a.original.clear();
    for (BlockPart& part : a.parts) {
      if (!a.original.empty()) a.original += '\n';
      a.original += text.substr(part.begin, part.end - part.begin);
      part.span = source.SpanOf(part.begin, part.end);
    }
  }
  a.span = source.SpanOf(a.begin, a.end);
}

// The printed width of the spaces before a line's text: in the source, or (a two-column page's part, whose
// line holds the other column's too) from its column's start.
size_t LineIndent(std::string_view source, const Block& b) {
  return b.style.column != 0 ? static_cast<size_t>(b.style.indent)
                             : internal::IndentationBefore(source, b.begin);
}

// Whether `b` is the next line of a labelled line `a` aligned under its value, as a typist lines a value
// up that runs over lines (　　责任单位：A、B、⏎　　　　　　　C，D): on the very next line, no marker and no
// label of its own, indented to where the value starts (the label's printed width past `a_indent`, its
// line's indentation), a column either side.
bool HangsUnderValue(std::string_view source, const Block& a, size_t a_indent, const Block& b) {
  if (a.kind != BlockKind::kParagraph || b.kind != BlockKind::kParagraph || !a.location.part.empty() ||
      b.begin <= a.end || b.begin > source.size())
    return false;
  const std::string_view between = source.substr(a.end, b.begin - a.end);
  if (std::count(between.begin(), between.end(), '\n') != 1 || between.find('\f') != std::string_view::npos)
    return false;
  const size_t width = 2 * FieldLabelLength(a.text);  // the label's printed width, colon included
  if (width == 0 || FieldLabelLength(b.text) != 0 || internal::ReadMarker(b.text).kind != MarkerKind::kNone)
    return false;
  // The value unfinished (…、 …， or mid-sentence), and a task's label: the head's and the colophon's lines
  // (签发人：张三, 抄送：…。, 注：…。) are whole however the next line is indented.
  for (std::string_view end : {"。", "；", "！", "？", "：", ";", ":"})
    if (a.text.ends_with(end)) return false;
  for (std::string_view label :
       {"签发人", "抄送", "主送", "注", "备注", "说明", "附件", "印发", "联系人", "电话"})
    if (a.text.starts_with(label) && a.text.substr(label.size()).starts_with("：")) return false;
  const size_t indent = LineIndent(source, b), column = a_indent + width;
  return indent + 2 >= column && indent <= column + 2;
}

// The width a text's lines were wrapped at (a PDF's lines, one column's width), in printed columns: the one
// most lines cut mid-sentence have (within a column), where there are kMinWrappedLines of them at least and
// three in five of them have it; 0 for a text of paragraphs, or a package's. Page furniture (`furniture`)
// stands between no two lines.
template <typename Furniture>
size_t TextWrapWidth(const Blocks& blocks, const Furniture& furniture, bool& short_first_lines) {
  std::vector<size_t> widths;
  const Block* prev = nullptr;
  for (size_t k = 0; k < blocks.size(); ++k) {
    const Block& b = blocks[k];
    if (furniture(k)) continue;
    if (b.kind != BlockKind::kParagraph || !b.location.part.empty()) {
      prev = nullptr;
      continue;
    }
    // (The next line going on in Chinese, as StartsNewParagraph's last test reads it: its patterns run for
    // no line here.)
    if (prev != nullptr && internal::EndsMidSentence(prev->text) && !b.text.empty()) {
      size_t i = 0;
      const char32_t first = NextCodePoint(b.text, i);
      if (IsHan(first) || first == U'，' || first == U'、')
        widths.push_back(internal::PrintedWidth(prev->text));
    }
    prev = &b;
  }
  if (widths.size() < kMinWrappedLines) return 0;
  std::sort(widths.begin(), widths.end());
  size_t best = 0, best_count = 0;
  for (size_t i = 0, j = 0; i < widths.size(); ++i) {  // the most within one column of widths[i]
    while (widths[j] + 1 < widths[i]) ++j;
    if (i - j + 1 > best_count) best_count = i - j + 1, best = widths[i];
  }
  // A PDF viewer's copy drops a paragraph's first-line indent of two characters: those lines are four columns
  // short of the width, and are counted with it.
  const size_t first_lines = static_cast<size_t>(
      std::count_if(widths.begin(), widths.end(), [&](size_t w) { return w + 5 >= best && w + 3 <= best; }));
  // (Those short lines a fifth of the cut ones at least: a PDF copy's first lines, not a few short lines.)
  short_first_lines = first_lines * 5 >= widths.size();
  return (best_count + first_lines) * 5 >= widths.size() * 3 ? best : 0;
}

// Whether a package's paragraphs are the printed lines of a PDF it was converted from (or pasted
// from): then they are cut as lines of a text file are. A PDF's lines stop wherever they wrap, most
// of them at the width of the page, and no paragraph is wider than that; a document written as
// paragraphs has few long paragraphs that stop mid-sentence (in a Chinese character, ， or 、)
// with the next going on in Chinese, and its running text is wider than any list item of one width.
// Text input has no package: nothing is counted. Widths are measured only once the counts say so.
bool PackageLinesAreParagraphs(const Blocks& blocks) {
  std::vector<std::string_view> long_texts;  // the long paragraphs
  std::vector<std::string_view> cut_texts;   // those of them that end cut
  const Block* prev = nullptr;  // the last paragraph read, if it is long and nothing but page breaks and
                                // emptied blocks (page numbers) followed it
  for (const Block& b : blocks) {
    const bool paragraph = b.kind == BlockKind::kParagraph && !b.location.part.empty() && !b.text.empty();
    if (!paragraph) {
      if (b.kind != BlockKind::kPageBreak && !b.text.empty()) prev = nullptr;
      continue;
    }
    if (prev != nullptr) {
      size_t end = prev->text.size();
      size_t begin = 0;
      const char32_t last = PreviousCodePoint(prev->text, end);
      const char32_t first = NextCodePoint(b.text, begin);
      if ((IsHan(last) || last == U'，' || last == U'、') && IsHan(first) && !StartsNewParagraph(b.text))
        cut_texts.push_back(prev->text);
    }
    prev = nullptr;
    if (b.text.size() > 4 * kMinCutLength ||
        internal::PrefixCodePoints(b.text, kMinCutLength).size() < b.text.size()) {
      long_texts.push_back(b.text);
      prev = &b;
    }
  }
  if (cut_texts.size() < kMinWrappedLines || cut_texts.size() * kWrappedShare < long_texts.size())
    return false;
  // The most cut lines within four columns of one width, and the widest of them.
  std::vector<size_t> cut_widths;
  cut_widths.reserve(cut_texts.size());
  for (std::string_view t : cut_texts) cut_widths.push_back(internal::PrintedWidth(t));
  std::sort(cut_widths.begin(), cut_widths.end());
  size_t most = 0;
  size_t line_width = 0;
  for (size_t i = 0, j = 0; j < cut_widths.size(); ++j) {
    while (cut_widths[j] > cut_widths[i] + 4) ++i;
    if (j - i + 1 > most) {
      most = j - i + 1;
      line_width = cut_widths[j];
    }
  }
  if (most * 2 <= cut_widths.size()) return false;
  // Nothing printed wider than the line (a few titles or tables set smaller aside).
  const size_t wider =
      static_cast<size_t>(std::count_if(long_texts.begin(), long_texts.end(), [&](std::string_view t) {
        return internal::PrintedWidth(t) > line_width + 4;
      }));
  return wider * kWrappedShare * 5 <= long_texts.size();
}

// A table row: the separator row is decoration; each cell is repaired like a
// paragraph of its own (its repairs located inside the row), and the row's
// text is rebuilt from the repaired cells.
// Where each byte of a cell's text stands in its row's original, from the cell's start `from`: the text
// holds the original's characters in order, less what the reader took out or turned (a tag, <br> read as
// a line end, a run of spaces read as one, a character reference read as its character). Empty when the
// text is the original's bytes as they stand (most cells): the identity. A character that stands neither
// where the original goes on nor past a tag, a reference or spaces there maps to where the original has got
// to (zero bytes long): no repair spans bytes it did not read.
std::vector<uint32_t> CellOrigin(std::string_view text, std::string_view original, size_t from) {
  if (from > original.size()) return {};
  if (original.substr(from, text.size()) == text) return {};
  std::vector<uint32_t> origin(text.size() + 1);
  size_t j = from;
  const auto skip_tag = [&](size_t at) {  // past a tag at `at`, or `at` when none stands there
    if (at >= original.size() || original[at] != '<') return at;
    const size_t gt = original.find('>', at);
    return gt == std::string_view::npos ? at : gt + 1;
  };
  for (size_t i = 0; i < text.size();) {
    size_t next = i;
    NextCodePoint(text, next);
    const std::string_view piece = text.substr(i, next - i);
    const bool space = piece == " " || piece == "\n";
    // Tags the reader dropped (<b>, </span>), and for a line end the tag that stands for it (<br/>, </p>).
    size_t at = j;
    for (size_t past; (past = skip_tag(at)) != at && original.compare(at, piece.size(), piece) != 0;) {
      if (piece == "\n") break;  // the tag is the line end
      at = past;
    }
    size_t length = piece.size();
    if (original.compare(std::min(at, original.size()), piece.size(), piece) == 0) {
      // As it stands.
    } else if (space && at < original.size() &&
               (internal::IsSpace(static_cast<unsigned char>(original[at])) || original[at] == '<' ||
                original[at] == '&')) {
      // A space or line end the reader made of spaces, a tag (<br>) or &nbsp;.
      size_t e = at;
      if (original[at] == '<') {
        e = skip_tag(at);
      } else if (original[at] == '&') {
        const size_t semi = original.find(';', at);
        e = semi != std::string_view::npos && semi - at <= 10 ? semi + 1 : at + 1;
      } else {
        while (e < original.size() && internal::IsSpace(static_cast<unsigned char>(original[e]))) ++e;
      }
      length = e - at;
    } else if (at < original.size() && original[at] == '&') {
      const size_t semi = original.find(';', at);  // &lt; &amp; &#12288;: the character it stands for
      length = semi != std::string_view::npos && semi - at <= 10 ? semi + 1 - at : 0;
    } else {
      length = 0;  // placed nowhere: where the original has got to
    }
    at = std::min(at, original.size());
    for (size_t k = i; k < next; ++k)
      origin[k] =
          static_cast<uint32_t>(std::min(at + (length >= piece.size() ? k - i : 0), original.size()) - from);
    j = std::min(original.size(), at + length);
    i = next;
  }
  origin[text.size()] = static_cast<uint32_t>(j - from);
  return origin;
}

// The mark a converter prints where a picture was (odt2txt's [-- Image: 图片 1 --], lynx's [IMG], w3m's
// [image]): the seal over a 落款, a logo, no text of the notice. Removed, each recorded; not a Markdown
// image's or link's text (![image](media/image1.png), [image]: url).
void ImageMarks(BlockEditor& ed) {
  const std::string_view text = ed.text();
  size_t at = text.find('[');
  if (at == std::string_view::npos) return;
  constexpr std::string_view kOpen = "[-- Image: ", kClose = " --]";
  constexpr size_t kMostName = 160;  // bytes of a picture's name
  std::vector<Edit>& edits = ed.edits();
  for (; at != std::string_view::npos; at = text.find('[', at + 1)) {
    const std::string_view rest = text.substr(at);
    size_t length = 0;
    if (rest.starts_with(kOpen)) {
      const std::string_view name = rest.substr(0, kOpen.size() + kMostName + kClose.size());
      const size_t close = name.find(kClose, kOpen.size());
      if (close != std::string_view::npos && name.substr(1, close).find(']') == std::string_view::npos)
        length = close + kClose.size();
    } else if (at == 0 || text[at - 1] != '!') {
      for (std::string_view mark : {"[image]", "[Image]", "[IMAGE]", "[IMG]", "[img]"})
        if (rest.starts_with(mark) && !rest.substr(mark.size()).starts_with("(") &&
            !rest.substr(mark.size()).starts_with(":"))
          length = mark.size();
    }
    if (length == 0) continue;
    edits.push_back(
        {at, at + length, "", rules::kImageMark, Concat({"删除图片占位符“", rest.substr(0, length), "”"})});
    at += length - 1;
  }
  ed.Apply();
}

// NaN, the mark pandas prints for an empty cell (a spreadsheet converted to Markdown, MarkItDown's tables:
// a merged cell's continuation, a blank): the cell is empty.
void EmptyCellMark(BlockEditor& ed) {
  const std::string_view text = ed.text();
  if (text != "NaN" && text != "nan") return;
  ed.edits().push_back({0, text.size(), "", rules::kEmptyMark, Concat({"删除表示空单元格的“", text, "”"})});
  ed.Apply();
}

void NormalizeCells(Block& row, Tracked& tracked, Repairs& diagnostics, EditBuffers& buffers,
                    const NormalizeOptions& options) {
  if (options.strip_markdown) {
    BlockEditor ed(row, tracked, diagnostics, buffers);
    StripMarkdown(ed, buffers.markdown);  // only the separator row test for table rows
    if (row.cells.empty()) return;
  }
  for (size_t c = 0; c < row.cells.size(); ++c) {
    Block cell;
    cell.begin = row.begin + (c < row.cell_begins.size() ? row.cell_begins[c] : 0);
    Tracked t{std::move(row.cells[c]), {}};  // the editors work on `t`; the cell gets it back below
    if (c < row.cell_begins.size()) t.origin = CellOrigin(t.text, row.original, row.cell_begins[c]);
    BlockEditor ed(cell, t, diagnostics, buffers);
    if (options.strip_markdown) EmptyCellMark(ed);
    if (options.strip_markdown) ImageMarks(ed);
    if (options.strip_markdown) StripMarkdown(ed, buffers.markdown);
    if (options.unified_ideographs) UnifiedIdeographs(ed);
    if (options.ascii_alphanumerics) AsciiAlphanumerics(ed);
    if (options.fullwidth_punctuation) FullwidthPunctuation(ed);
    if (options.remove_cjk_spaces) RemoveCjkSpaces(ed, /*cell=*/true);
    if (options.fullwidth_punctuation) OcrMisreads(ed, buffers.misread);
    row.cells[c] = std::string(internal::TrimSpaces(t.text));
    buffers.Reclaim(t);
  }
  std::string text = "|";
  for (const std::string& cell : row.cells) {
    text += ' ';
    text += cell;
    text += " |";
  }
  tracked = Tracked{std::move(text), {}};
}

// A Markdown table row of a text (| a | b |), not a separator row (emptied by its repair).
bool IsPipeRow(const Block& b) {
  const size_t row = b.original.find_first_not_of("> ");  // a forwarded mail's row: > | 1 | … |
  return b.kind == BlockKind::kTableRow && b.location.part.empty() && row != std::string::npos &&
         b.original[row] == '|' && !b.text.empty() && !b.cells.empty();
}

bool IsNumberCell(std::string_view cell) {
  return !cell.empty() && cell.size() <= 4 &&
         std::all_of(cell.begin(), cell.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The blocks but those a join took into the block before them (gone[i]), in order, moved down in place.
Blocks WithoutGone(Blocks blocks, const std::vector<bool>& gone) {
  size_t kept = 0;
  for (size_t i = 0; i < blocks.size(); ++i)
    if (!gone[i]) {
      if (kept != i) blocks[kept] = std::move(blocks[i]);
      ++kept;
    }
  blocks.resize(kept);
  return blocks;
}

// Whether a paragraph is a label of units or leaders and nothing else, its colon or none (牵头单位,
// 责任领导：): a definition list's term (<dt>牵头单位</dt>), a form's line over its value.
bool LabelAlone(const Block& b) {
  if (b.kind != BlockKind::kParagraph || b.text.size() > 3 * 8 || b.text.size() < 3 * 2) return false;
  std::string_view label = b.text;
  if (label.ends_with("：")) label.remove_suffix(3);
  return LabelOfNames(label, /*times=*/true) && internal::OpensWithClauseLabel(std::string(label) + "：x");
}

// Whether a paragraph is one person alone, titled or not (市体育局副局长冯立新, 黄雅琴（副市长）, 周振华).
bool PersonAlone(const Block& b) {
  if (b.kind != BlockKind::kParagraph || b.style.list_item || b.text.empty() ||
      internal::CountCodePoints(b.text) > 30 || internal::ContainsText(b.text, "：") ||
      internal::ContainsText(b.text, "，") || internal::ContainsText(b.text, "。") ||
      internal::ReadMarker(b.text).kind != MarkerKind::kNone)
    return false;
  // (Titles parted by 、 before one name, 市公安局副局长、交通警察支队支队长袁俊峰: one person still.)
  const std::string_view t = b.text;
  if (internal::ContainsText(t, "、")) return FullMatch(Pat::kLeaderTitleName, t);
  return NamesAPerson(t) || FullMatch(Pat::kLeaderNameBracket, t);
}

// The length of the label that opens a paragraph of leaders with their colon (责任领导：X, 副部长：Y),
// persons after it; 0 when it opens otherwise.
size_t LeadersLabelLength(const Block& b) {
  if (b.kind != BlockKind::kParagraph || b.style.list_item) return 0;
  const std::string_view t = b.text;
  const size_t colon = internal::FindText(t.substr(0, 3 * 9), "：");
  if (colon == std::string_view::npos || colon == 0) return 0;
  const std::string_view label = t.substr(0, colon);
  if (!label.ends_with("领导") && !internal::IsGroupPost(label)) return 0;
  const std::string_view value = t.substr(colon + std::string_view("：").size());
  if (value.empty() || internal::ContainsText(value, "；") || internal::ContainsText(value, "。") ||
      !NamesValue(label, value))
    return 0;
  return colon + std::string_view("：").size();
}

// 牵头单位 ⏎ 县发展和改革局 · 配合单位 ⏎ 县统计局 ⏎ 县财政局: a label alone over its value, and over more
// names one a line (a definition list's <dt> over its <dd> and the <li>s in it, a form exported a field a
// line), is one labelled line: the label takes its colon (GW-NORM-LABEL-COLON), the names after the first go
// on parted by 、 (GW-NORM-LIST-JOIN). Only names follow it: short lines with no sentence's marks, no number,
// no label of their own.
Blocks JoinLabelValues(Blocks blocks, const Source& source, Repairs& diagnostics) {
  // (A Markdown list's items nested under the label are the list join's, which knows their nesting.)
  const auto value = [](const Block& b, size_t most) {
    return b.kind == BlockKind::kParagraph && !b.style.list_item && !b.text.empty() &&
           internal::CountCodePoints(b.text) <= most && !LabelAlone(b) &&
           !internal::OpensWithClauseLabel(b.text) &&
           internal::ReadMarker(b.text).kind == MarkerKind::kNone && !internal::ContainsText(b.text, "。") &&
           !internal::ContainsText(b.text, "：");
  };
  // A mind map exported as headings (XMind, 幕布 to Markdown): a branch 牵头 over its units, each a heading
  // one level deeper; its bare verb is the label there (牵头, 配合, 责任), and each deeper heading a value.
  const auto branch = [&](size_t i) {
    const int level = blocks[i].style.heading_level;
    return level > 0 && blocks[i + 1].style.heading_level > level;
  };
  const auto bare_role = [](std::string_view text) {
    for (std::string_view verb : {"牵头", "配合", "责任", "主办", "协办", "参与", "协同"})
      if (text == verb) return true;
    return false;
  };
  std::vector<bool> gone(blocks.size(), false);
  bool any = false;
  for (size_t i = 0; i + 1 < blocks.size(); ++i) {
    // 副部长：市住房城乡建设局局长韩志刚 ⏎ 市体育局副局长冯立新: a leaders' line whose persons go on one a
    // line below it, aligned under the first (a work group's heads): the persons after the first go on parted
    // by 、.
    if (const size_t label = LeadersLabelLength(blocks[i]); label != 0) {
      Block& a = blocks[i];
      size_t j = i + 1;
      for (; j < blocks.size() && PersonAlone(blocks[j]); ++j) {
        diagnostics.push_back({rules::kListJoin, Severity::kInfo,
                               Concat({"领导栏下逐行列出的“", internal::PrefixCodePoints(blocks[j].text, 12),
                                       "”并入该栏，与前项以“、”分隔"}),
                               JoinSpan(source, a, blocks[j])});
        a.text += "、";
        a.text += blocks[j].text;
        Extend(a, blocks[j]);
        gone[j] = true;
      }
      if (j > i + 1) {
        Cover(a, source);
        any = true;
        i = j - 1;
        continue;
      }
    }
    const bool tree = branch(i);
    if (!(LabelAlone(blocks[i]) || (tree && bare_role(blocks[i].text))) || blocks[i].style.list_item ||
        !value(blocks[i + 1], 60) || !NamesValue(blocks[i].text, blocks[i + 1].text))
      continue;
    Block& a = blocks[i];
    if (!a.text.ends_with("：")) {
      diagnostics.push_back({rules::kLabelColon, Severity::kInfo,
                             Concat({"标签“", a.text, "”独占一行，已补全角冒号并与其下的值合为一行"}),
                             JoinSpan(source, a, blocks[i + 1])});
      a.text += "：";
    }
    size_t j = i + 1;
    // (In a mind map, the label's other branches: as deep as its first, each a value.)
    const auto sibling = [&](const Block& b) {
      return tree && b.style.heading_level == blocks[i + 1].style.heading_level && NamesValue(a.text, b.text);
    };
    for (bool first = true; j < blocks.size() && value(blocks[j], first ? 60 : 30) &&
                            (first || UnitListTail(blocks[j].text) ||
                             internal::LooksLikePersonName(blocks[j].text) || sibling(blocks[j]));
         ++j, first = false) {
      if (!first) {
        if (!a.text.ends_with("、")) a.text += "、";
        diagnostics.push_back({rules::kListJoin, Severity::kInfo,
                               Concat({"标签下逐项列出的“", internal::PrefixCodePoints(blocks[j].text, 12),
                                       "”并入标签的值，与前项以“、”分隔"}),
                               JoinSpan(source, a, blocks[j])});
      }
      a.text += blocks[j].text;
      Extend(a, blocks[j]);
      gone[j] = true;
    }
    Cover(a, source);
    any = true;
    i = j - 1;
  }
  if (!any) return blocks;
  return WithoutGone(std::move(blocks), gone);
}

// A PDF converted back to Word (WPS's PDF转Word, Acrobat's export) makes each printed page of a table a
// table of its own, and a row the page cut goes on as the next page's first row, its number cell empty:
// | 5 | …政务服务事项网上可办 | 周立民 | … | 市自然资源和规划局、 | over a page number, then | |
// 率保持在98%以上… | | | 市住房城乡建设局… | 2024年9月底 |. Such a row, the first of its table but for the
// header printed again, with text in two cells at least and nothing but page furniture between it and the
// numbered last row of the table before, is that row's rest, joined cell by cell as a cell's printed lines
// join.
Blocks JoinRowsCutByPage(Blocks blocks, const Source& source, Repairs& diagnostics) {
  std::vector<bool> gone(blocks.size(), false);
  long last = -1;                   // the last table row read, only page furniture after it
  std::vector<std::string> header;  // the first table's first row
  bool any = false;
  for (size_t i = 0; i < blocks.size(); ++i) {
    Block& b = blocks[i];
    if (b.kind == BlockKind::kPageBreak || b.text.empty()) continue;
    if (b.kind != BlockKind::kTableRow || b.location.table < 0 || b.cells.empty()) {
      last = -1;
      continue;
    }
    if (header.empty() && b.location.row == 0) header = b.cells;
    Block* a = last >= 0 ? &blocks[static_cast<size_t>(last)] : nullptr;
    const bool next_table = a != nullptr && b.location.table != a->location.table;
    if (next_table && b.location.row == 0 && b.cells == header) continue;  // the header again
    const size_t filled = static_cast<size_t>(
        std::count_if(b.cells.begin() + 1, b.cells.end(), [](const std::string& c) { return !c.empty(); }));
    const auto first =
        std::find_if(b.cells.begin(), b.cells.end(), [](const std::string& c) { return !c.empty(); });
    // (The row numbered after the cut one comes next, if a row does: 5 over the cut, then 6; not a
    // year's column, 1962 over 1978.)
    const auto number_after = [&] {
      for (size_t j = i + 1; j < blocks.size(); ++j) {
        const Block& c = blocks[j];
        if (c.kind == BlockKind::kPageBreak || c.text.empty()) continue;
        if (c.kind != BlockKind::kTableRow || c.cells.empty() || !IsNumberCell(c.cells[0])) return true;
        return std::stoi(c.cells[0]) == std::stoi(a->cells[0]) + 1;
      }
      return true;
    };
    if (!next_table || b.location.row > 1 || !b.cells[0].empty() || filled < 2 ||
        b.cells.size() != a->cells.size() || !IsNumberCell(a->cells[0]) ||
        internal::ReadMarker(*first).kind != MarkerKind::kNone || !number_after()) {
      last = static_cast<long>(i);
      continue;
    }
    for (size_t k = 1; k < b.cells.size(); ++k) {
      if (b.cells[k].empty()) continue;
      std::string& cell = a->cells[k];
      if (!cell.empty()) {
        const size_t nl = cell.rfind('\n');
        cell += internal::CellLineJoin(std::string_view(cell).substr(nl == std::string::npos ? 0 : nl + 1),
                                       /*above_full=*/true, b.cells[k]);
      }
      cell += b.cells[k];
    }
    std::move(b.emphasis.begin(), b.emphasis.end(), std::back_inserter(a->emphasis));
    a->end = b.end;
    a->original = source.text().substr(a->begin, a->end - a->begin);
    a->span = source.SpanOf(a->begin, a->end);
    diagnostics.push_back({rules::kRowJoin, Severity::kInfo,
                           Concat({"表格行被分页切断（转换后每页一个表格），已将“",
                                   internal::PrefixCodePoints(b.text, 12), "…”并入上一页的最后一行"}),
                           a->span});
    a->text = internal::PipeRowText(a->cells);
    gone[i] = true;
    any = true;
  }
  if (!any) return blocks;
  return WithoutGone(std::move(blocks), gone);
}

// A PDF converted to Markdown (marker, pymupdf4llm) gives each printed line of a table row a row of
// its own: | 1 | 全市地区生产总值增长6%左右，一般 | 韩立新 | 市发展和改革委 | then | | 公共预算收入增
// 长5% | | 员会 |. A row with no number under a numbered row is joined to it, cell by cell, as a
// cell's printed lines join (core/cell_lines.h), across what a page break puts between them: the
// page's number and running header, the header row and its separator again. Joined rows keep their
// first row's place; what lay between stays, inside the joined row's original.
Blocks JoinWrappedRows(Blocks blocks, const Source& source, Repairs& diagnostics) {
  std::vector<bool> gone(blocks.size(), false);
  long target = -1;                 // the numbered row the lines go to
  bool joined = false;              // lines went to it: its original and text are made once, at the end
  std::vector<size_t> last_line;    // where each of its cells' last line starts
  std::vector<std::string> header;  // the table's header row, to know it again after a page break
  auto finish = [&] {
    if (target < 0 || !joined) return;
    Block& a = blocks[static_cast<size_t>(target)];
    a.original = source.text().substr(a.begin, a.end - a.begin);
    a.span = source.SpanOf(a.begin, a.end);
    a.text = internal::PipeRowText(a.cells);
  };
  auto retarget = [&](long t) {
    finish();
    target = t;
    joined = false;
    last_line.clear();
    if (t >= 0)
      for (const std::string& c : blocks[static_cast<size_t>(t)].cells) {
        const size_t nl = c.rfind('\n');
        last_line.push_back(nl == std::string::npos ? 0 : nl + 1);
      }
  };
  for (size_t i = 0; i < blocks.size(); ++i) {
    Block& b = blocks[i];
    if (b.kind == BlockKind::kPageBreak || b.text.empty()) continue;  // page numbers, separator rows
    if (!IsPipeRow(b)) {
      // A running header (a name on its own line) may stand between a row and its lines.
      if (b.kind == BlockKind::kParagraph && internal::CountCodePoints(b.text) <= 20 &&
          internal::FindText(b.text, "。") == std::string::npos &&
          internal::FindText(b.text, "，") == std::string::npos &&
          internal::ReadMarker(b.text).kind == MarkerKind::kNone)
        continue;
      retarget(-1);
      continue;
    }
    if (IsNumberCell(b.cells[0])) {
      retarget(static_cast<long>(i));
      continue;
    }
    // Its first text: a row whose text opens with a marker (| | （一）稳定经济增长 |) is a section's.
    const auto first =
        std::find_if(b.cells.begin(), b.cells.end(), [](const std::string& c) { return !c.empty(); });
    const bool continues = b.cells[0].empty() && target >= 0 && first != b.cells.end() &&
                           internal::ReadMarker(*first).kind == MarkerKind::kNone &&
                           b.cells.size() == blocks[static_cast<size_t>(target)].cells.size();
    if (!continues) {
      if (b.cells == header) continue;  // the header again, after a page break
      // A section row (一、… and nothing else) ends the row above; any other row is a header.
      if (!std::all_of(b.cells.begin() + 1, b.cells.end(), [](const std::string& c) { return c.empty(); }) &&
          (first == b.cells.end() || internal::ReadMarker(*first).kind == MarkerKind::kNone))
        header = b.cells;
      retarget(-1);
      continue;
    }
    Block& a = blocks[static_cast<size_t>(target)];
    for (size_t k = 1; k < b.cells.size(); ++k) {
      if (b.cells[k].empty()) continue;
      std::string& cell = a.cells[k];
      if (!cell.empty()) {
        // A line that ends a sentence (。；) ended where it ends: a merged row's next measure, not a wrap.
        const std::string_view above = std::string_view(cell).substr(last_line[k]);
        const std::string_view join = internal::CellLineJoin(
            above, /*above_full=*/!above.ends_with("。") && !above.ends_with("；"), b.cells[k]);
        cell += join;
        if (join == "\n") last_line[k] = cell.size();
      }
      cell += b.cells[k];
    }
    std::move(b.emphasis.begin(), b.emphasis.end(), std::back_inserter(a.emphasis));
    diagnostics.push_back(
        {rules::kRowJoin, Severity::kInfo,
         Concat({"表格行在转换时折成多行，已将“", internal::PrefixCodePoints(b.text, 12), "…”并入上一行"}),
         b.span});
    a.end = b.end;
    joined = true;
    gone[i] = true;
  }
  finish();
  return WithoutGone(std::move(blocks), gone);
}

// A cell that says "the same as above", as typists fill a table: 同上, 同前, 〃 or a ditto quote.
bool IsDittoMark(std::string_view cell) {
  static constexpr std::string_view kMarks[] = {"同上", "同前", "仝上", "〃", "\"", "“", "”", "″", "＂"};
  return std::find(std::begin(kMarks), std::end(kMarks), cell) != std::end(kMarks);
}

// Each ditto cell takes its column's value in the row above (itself resolved: a run of dittos all take
// the first value), in the same table: rows of as many cells, no paragraph between them.
void ResolveDittoCells(Blocks& blocks, Repairs& diagnostics) {
  const Block* above = nullptr;
  for (Block& b : blocks) {
    if (b.kind == BlockKind::kPageBreak || b.text.empty()) continue;  // a page's break, a separator row
    if (b.kind != BlockKind::kTableRow || b.cells.empty()) {
      above = nullptr;
      continue;
    }
    bool changed = false;
    if (above != nullptr && above->cells.size() == b.cells.size())
      for (size_t c = 0; c < b.cells.size(); ++c) {
        const std::string& value = above->cells[c];
        if (!IsDittoMark(b.cells[c]) || value.empty() || IsDittoMark(value)) continue;
        diagnostics.push_back({rules::kDitto, Severity::kInfo,
                               Concat({"表格中的“", b.cells[c], "”意为同上，已改为上一行同列的“",
                                       internal::PrefixCodePoints(value, 20), "”"}),
                               b.span});
        b.cells[c] = value;
        changed = true;
      }
    if (changed) b.text = internal::PipeRowText(b.cells);
    above = &b;
  }
}

// 县委督查室-李文静 2025/7/3 9:16:10: a chat's line over each message (the sender, the date and time the
// messages were copied with); a message may cut a list the next one goes on with.
bool ChatHeader(std::string_view text) {
  if (text.size() > 3 * 30 + 20 || text.empty() || text.back() < '0' || text.back() > '9') return false;
  const auto all = [](std::string_view s, std::string_view allowed) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [&](char c) {
      return (c >= '0' && c <= '9') || allowed.find(c) != std::string_view::npos;
    });
  };
  const size_t time = text.rfind(' ');
  if (time == std::string_view::npos || time == 0) return false;
  // (The space before the date may be gone: the normalizer takes out one between Chinese and digits.)
  size_t date = time;
  while (date > 0 &&
         ((text[date - 1] >= '0' && text[date - 1] <= '9') || text[date - 1] == '/' || text[date - 1] == '-'))
    --date;
  if (date == 0) return false;
  const std::string_view clock = text.substr(time + 1), day = text.substr(date, time - date);
  if (!all(clock, ":") || clock.find(':') == std::string_view::npos || clock.size() > 8) return false;
  if (!all(day, "/-") || day.size() < 8 || day.size() > 10 || (day[4] != '/' && day[4] != '-')) return false;
  const std::string_view sender = internal::TrimSpaces(text.substr(0, date));
  return !sender.empty() && !HasInnerPunctuation(sender);
}

// A gazette's running head, printed on every other page (嘉岳省人民政府公报 · 2025年第4期（总第612期）): the
// heads of odd and even pages differ, so each is printed beside half the pages' marks or fewer.
bool GazetteHead(std::string_view text) {
  if (internal::CountCodePoints(text) > 30) return false;
  if (text.ends_with("公报")) return true;
  return internal::FindText(text, "年第") != std::string_view::npos &&
         (text.ends_with("期") || text.ends_with("期）") || text.ends_with("期)"));
}

// A page's number taken out by DropPageNumber: its block emptied, its original kept.
bool TakenOutPageNumber(const Block& b) {
  // (Not a Markdown rule's line, emptied too, over a table's header.)
  return b.kind == BlockKind::kParagraph && b.text.empty() && !b.original.empty() &&
         FullMatch(Pat::kPageNumber, internal::TrimSpaces(b.original));
}

// For each block, whether it is a short line printed beside a page's mark (its break, or its number taken out),
// right after it or right before it, on half the pages and three at least: the head or foot a word processor
// prints on every page (沅丘市人民政府⇥⇥沅政发〔2025〕3号), exported with the text. No sentence and no clause
// line; only its places beside a page's mark are marked.
std::vector<bool> PageHeadsAndFeet(const Blocks& blocks) {
  std::vector<bool> page_head(blocks.size(), false);
  const auto page_mark = [&](size_t k) {
    return k < blocks.size() && (blocks[k].kind == BlockKind::kPageBreak || TakenOutPageNumber(blocks[k]));
  };
  std::unordered_map<std::string_view, std::vector<size_t>> beside;  // a line's places beside a page's mark
  const auto short_line = [&](size_t k) {
    const Block& b = blocks[k];
    // (Not an item's units on a line of their own, （县发展和改革局）, however often a page ends with it.)
    return !b.text.empty() && b.kind != BlockKind::kPageBreak && b.location.part.empty() &&
           internal::CountCodePoints(b.text) <= 60 && !HasInnerPunctuation(b.text) &&
           !b.text.starts_with("（") && !b.text.starts_with("(") && !FullMatch(Pat::kClauseLine, b.text);
  };
  size_t breaks = 0, numbers = 0;
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    breaks += b.kind == BlockKind::kPageBreak;
    numbers += TakenOutPageNumber(b);
    if (!page_mark(i)) continue;
    // The short lines right after the mark and right before it; and the paragraphs after those, three lines
    // at most each way (a gazette's head in two lines: 澜溪县人民政府公报 ⏎ 2024年第2期; not a table's header
    // repeated under 续表).
    const auto further = [&](size_t k, size_t from) {
      return short_line(k) &&
             (k + 1 == from || k == from + 1 ||
              (blocks[k].kind == BlockKind::kParagraph && !internal::ContainsText(blocks[k].text, "）")));
    };
    for (size_t k = i + 1; k < blocks.size() && k <= i + 3 && !page_mark(k) && further(k, i); ++k)
      beside[blocks[k].text].push_back(k);
    for (size_t k = i; k > 0 && k + 3 >= i && !page_mark(k - 1) && further(k - 1, i); --k)
      beside[blocks[k - 1].text].push_back(k - 1);
  }
  const size_t pages = std::max(breaks, numbers);  // a page has its break, its number, or both
  for (auto& [text, places] : beside) {
    // (A line between two marks is beside both, once.)
    std::sort(places.begin(), places.end());
    places.erase(std::unique(places.begin(), places.end()), places.end());
  }
  for (const auto& [text, places] : beside)
    if ((places.size() >= 3 && places.size() * 2 >= pages) || GazetteHead(text))
      for (size_t k : places) page_head[k] = true;
  return page_head;
}

// 01 ⏎ 全县地区生产总值增长… ⏎ 02 ⏎ …: a phone article draws each task as a card, its number a round badge
// on a line of its own, zero-padded. The badges counted from 01 on, each the next (01, 02 … 09, 10, 11),
// become the item's number (1.), which then numbers the line after it; a number that breaks the count
// (a page's 3, a year's 24) is left alone.
void CardBadge(BlockEditor& ed, int& next) {
  const std::string_view text = ed.text();
  // The badge in markup of its own at the head of the card's title, nothing between them
  // (<h4><em>3</em>推进…</h4>): the page shows the number apart, the title's text runs it on (3推进…).
  if (text.size() > 2 && text[0] >= '1' && text[0] <= '9') {
    const std::string_view original = ed.block().original;
    size_t k = 0;
    while (k < original.size() &&
           (original[k] == '<' || internal::IsSpace(static_cast<unsigned char>(original[k])))) {
      if (original[k] != '<') {
        ++k;
        continue;
      }
      const size_t gt = original.find('>', k);
      if (gt == std::string_view::npos) return;  // a '<' that opens no tag
      k = gt + 1;
    }
    size_t d = 0;
    while (d < 3 && k + d < original.size() && original[k + d] >= '0' && original[k + d] <= '9') ++d;
    if (d == 0 || original.substr(k + d, 2) != "</" || text.substr(0, d) != original.substr(k, d) ||
        (text[d] >= '0' && text[d] <= '9') || text[d] == '.' || static_cast<unsigned char>(text[d]) < 0x80)
      return;
    const int number = std::stoi(std::string(text.substr(0, d)));
    if (number != next) return;
    ++next;
    ed.edits().push_back(
        {d, d, ".", rules::kEmojiMark,
         Concat({"把卡片标题前的编号“", text.substr(0, d), "”改为条目编号“", text.substr(0, d), ".”"})});
    ed.Apply();
    return;
  }
  if (text.size() != 2 || text[0] < '0' || text[0] > '9' || text[1] < '0' || text[1] > '9') return;
  const int number = (text[0] - '0') * 10 + (text[1] - '0');
  if (number != next || (next == 1 && text[0] != '0')) return;
  ++next;
  const std::string numeral = std::to_string(number) + ".";
  ed.edits().push_back({0, text.size(), numeral, rules::kEmojiMark,
                        Concat({"把卡片的编号“", text, "”改为条目编号“", numeral, "”"})});
  ed.Apply();
}

// __榕塘区人民政府办公室 ⏎ 关于…的通知__: a strong run across a hard line break (mammoth's Markdown of a
// bold title), its marks in two lines, each alone there: both go. `close` is the mark the next line is to
// close with, once this one opened it.
void StrongAcrossBreak(BlockEditor& ed, const Blocks& blocks, size_t bi, std::string& close) {
  const std::string_view text = ed.text();
  const auto alone = [](std::string_view t, std::string_view mark) {
    const size_t at = t.find(mark);
    return at != std::string_view::npos && t.find(mark, at + mark.size()) == std::string_view::npos;
  };
  if (!close.empty()) {
    if (text.size() > close.size() && text.ends_with(close) && alone(text, close)) {
      ed.edits().push_back({text.size() - close.size(), text.size(), "", rules::kMarkdownEmphasis,
                            Concat({"删除 Markdown 强调标记“", close, "”"})});
      ed.Apply();
    }
    close.clear();
    return;
  }
  if (bi + 1 >= blocks.size() || blocks[bi + 1].kind != BlockKind::kParagraph) return;
  const std::string_view next = blocks[bi + 1].text;
  for (std::string_view mark : {"__", "**"})
    if (text.size() > mark.size() && text.starts_with(mark) && alone(text, mark) &&
        next.size() > mark.size() && next.ends_with(mark) && alone(next, mark)) {
      ed.edits().push_back(
          {0, mark.size(), "", rules::kMarkdownEmphasis, Concat({"删除 Markdown 强调标记“", mark, "”"})});
      ed.Apply();
      close = mark;
      return;
    }
}

// Every repair of every block, then page-cut paragraphs joined.
Blocks Repair(Blocks blocks, const Source& source, Repairs& diagnostics, const NormalizeOptions& options) {
  EditBuffers buffers(source);
  buffers.markdown = options.strip_markdown && LooksLikeMarkdown(blocks);
  // (Asked of the blocks' texts: a page's markup parts the characters a scan's words were read as, each
  // a span of hOCR.)
  buffers.misread =
      options.fullwidth_punctuation &&
      std::any_of(blocks.begin(), blocks.end(), [](const Block& b) { return MayHoldMisreads(b.text); });
  buffers.quoted = options.strip_markdown && LooksQuoted(blocks);
  const EmojiLabels emoji_labels = options.strip_markdown ? ReadEmojiLegend(blocks) : EmojiLabels{};
  size_t part_lines = 0;  // lines of a PART ⏎ 02 still to drop
  int part = 0;           // the number they print, for the heading after them
  int badge = 1;          // the number a card's badge (01 on a line of its own) would show next
  std::string strong_close;  // the mark a bold run across a hard break closes with in the next line
  for (size_t bi = 0; bi < blocks.size(); ++bi) {
    Block& block = blocks[bi];
    // The block's text, edited with its origin map, goes back to the block when its repairs are done.
    Tracked tracked{std::move(block.text), {}};
    if (block.kind == BlockKind::kPageBreak) {
      block.text = std::move(tracked.text);
      continue;
    }
    if (block.kind == BlockKind::kTableRow) {
      if (buffers.quoted && block.location.part.empty()) {  // > | 1 | … |: the marks, recorded
        BlockEditor ed(block, tracked, diagnostics, buffers);
        StripQuoteMarks(ed);
      }
      NormalizeCells(block, tracked, diagnostics, buffers, options);
      block.text = std::move(tracked.text);
      continue;
    }
    // A page's paragraph whose reader dropped its tags and decoded its entities (HTML: `original` is the
    // markup): each character's place in the markup, so that a repair's fix lands on the character it
    // repairs (not as many bytes from the block's start as the text has before it).
    if (block.text != block.original) tracked.origin = CellOrigin(tracked.text, block.original, 0);
    BlockEditor ed(block, tracked, diagnostics, buffers);
    if (buffers.quoted) StripQuoteMarks(ed);
    if (options.unified_ideographs) UnifiedIdeographs(ed);
    if (options.drop_page_numbers) DropPageNumber(ed);
    if (options.strip_markdown) ImageMarks(ed);
    if (buffers.markdown && block.kind == BlockKind::kParagraph)
      StrongAcrossBreak(ed, blocks, bi, strong_close);
    if (options.strip_markdown) StripMarkdown(ed, buffers.markdown);
    if (options.ascii_alphanumerics) AsciiAlphanumerics(ed);
    if (options.fullwidth_punctuation) FullwidthPunctuation(ed);
    if (options.fullwidth_punctuation) LabelColon(ed);
    if (options.remove_cjk_spaces) RemoveCjkSpaces(ed, /*cell=*/false);
    if (options.fullwidth_punctuation) OcrMisreads(ed, buffers.misread);
    if (options.strip_markdown && block.kind == BlockKind::kParagraph) {
      if (part_lines == 0 && (part_lines = PartNumber(ed.text(), blocks, bi + 1, part)) == 0 && part > 0 &&
          !internal::TrimSpaces(ed.text()).empty()) {
        if (internal::ReadMarker(ed.text()).kind == MarkerKind::kNone) {
          std::string numeral = internal::FormatChineseNumber(part) + "、";
          ed.edits().push_back(
              {0, 0, numeral, rules::kEmojiMark,
               Concat({"把分节编号“PART ", std::to_string(part), "”改为标题编号“", numeral, "”"})});
          ed.Apply();
        }
        part = 0;
      }
      if (part_lines > 0) {
        --part_lines;
        ed.edits().push_back(
            {0, ed.text().size(), "", rules::kEmojiMark, Concat({"删除分节编号行“", ed.text(), "”"})});
        ed.Apply();
      }
      EmojiMarks(ed, emoji_labels);
      CardBadge(ed, badge);
    }
    // Trim what the repairs exposed ("## " removed leaves no space, but "** 一、" may).
    if (!ed.KnownFree(internal::kNeedSpace)) {
      std::string_view trimmed = internal::TrimSpaces(ed.text());
      if (trimmed.size() != ed.text().size()) tracked.text = std::string(trimmed);
    }
    block.text = std::move(tracked.text);
    buffers.Reclaim(tracked);
  }
  // Dittos take the value above once a row's printed lines are one row (| 1 | … | 县发展和改革 | ⏎ | | … | 局
  // | over | 2 | … | 同上 |: the whole name).
  if (options.join_page_breaks && std::any_of(blocks.begin(), blocks.end(), IsPipeRow))
    blocks = JoinWrappedRows(std::move(blocks), source, diagnostics);
  if (options.join_page_breaks) blocks = JoinRowsCutByPage(std::move(blocks), source, diagnostics);
  if (options.join_page_breaks && options.fullwidth_punctuation)
    blocks = JoinLabelValues(std::move(blocks), source, diagnostics);
  if (options.resolve_dittos) ResolveDittoCells(blocks, diagnostics);
  if (!options.join_page_breaks) return blocks;

  const bool lines_as_paragraphs = PackageLinesAreParagraphs(blocks);
  // The document's first line (古县人民政府办公室文件) printed again as a page's running head, kept by a
  // PDF's text: a paragraph cut by the page goes on past it, as past the page's number.
  // Printed three times at least (a signature that repeats the first line is no running head), and in a
  // text: a package's paragraphs are real, their page breaks explicit.
  std::string running_head;
  for (const Block& b : blocks)
    if (!b.text.empty()) {
      if (b.kind == BlockKind::kParagraph && b.location.part.empty() &&
          internal::CountCodePoints(b.text) <= 30 && !HasInnerPunctuation(b.text) &&
          std::count_if(blocks.begin(), blocks.end(), [&](const Block& o) { return o.text == b.text; }) >= 3)
        running_head = b.text;
      break;
    }
  // And a page's head or foot printed beside its number (PageHeadsAndFeet): emptied, as a page number is
  // (沅西省商务厅政府信息公开 was read as the attachment's title), recorded, its original kept.
  const std::vector<bool> page_head = PageHeadsAndFeet(blocks);
  for (size_t k = 0; k < blocks.size(); ++k)
    if (page_head[k] && !blocks[k].text.empty()) {
      Block& b = blocks[k];
      const Span span = source.SpanOf(b.begin, b.end);
      diagnostics.push_back(
          {rules::kPageHead, Severity::kInfo, Concat({"删除页眉页脚行“", b.text, "”"}), span, {{span, ""}}});
      b.text.clear();
    }
  const auto page_furniture = [&](size_t k) {
    const Block& b = blocks[k];
    return b.kind == BlockKind::kPageBreak || b.text.empty() ||
           (!running_head.empty() && b.text == running_head) || page_head[k] ||
           (b.kind == BlockKind::kParagraph && b.location.part.empty() && ChatHeader(b.text));
  };
  // The width the text's lines were wrapped at, measured before any line is joined.
  bool short_first_lines = false;  // the cut lines four columns short are a PDF copy's first lines
  const size_t wrap_width =
      lines_as_paragraphs ? 0 : TextWrapWidth(blocks, page_furniture, short_first_lines);
  // Joined in place: the blocks kept are moved down to `kept`, which never passes the block being
  // read (a second vector of every block was 25 MB for a 10 MB document.xml).
  size_t kept = 0;
  auto keep = [&](Block&& b) {
    Block& slot = blocks[kept++];
    if (&slot != &b) slot = std::move(b);
  };
  for (size_t i = 0; i < blocks.size(); ++i) {
    // Page furniture starts no paragraph; and each run of it is crossed once, by the paragraph before it
    // (a text of one line printed 100 000 times, all of it running heads, was quadratic).
    if (page_furniture(i)) {
      keep(std::move(blocks[i]));
      continue;
    }
    keep(std::move(blocks[i]));
    const size_t cur = kept - 1;
    Blocks held;  // page breaks and page numbers inside a joined paragraph
    const size_t cur_indent = LineIndent(source.text(), blocks[cur]);  // once a paragraph
    int depth = -1;  // brackets open in the paragraph so far; -1 = not counted yet
    size_t last_line = 0;  // where the last line joined starts in the paragraph's text
    // The last line's width as printed in the source (its repairs undone), in a text wrapped at a width only.
    const auto printed = [&](const Block& b) {
      return wrap_width == 0 ? 0 : internal::PrintedWidth(internal::TrimSpaces(b.original));
    };
    size_t last_printed = printed(blocks[cur]);
    bool joined = false;
    bool listing = false;  // the last line joined was an item of a label's list
    while (true) {
      size_t j = i + 1;
      bool crossed_break = false;
      while (j < blocks.size() && page_furniture(j)) {
        crossed_break = crossed_break || blocks[j].kind == BlockKind::kPageBreak || !blocks[j].text.empty();
        ++j;
      }
      if (j >= blocks.size()) break;
      // A line aligned under a labelled line's value goes on with that value, whatever it holds
      // (a leader and his title, units parted by ，), and so does the next one aligned so.
      const bool hangs = HangsUnderValue(source.text(), blocks[cur], cur_indent, blocks[j]);
      // 配合单位： ⏎ - 市公安局 ⏎ - 市市场监管局: a label with no value over a list of units, one an item (an
      // online editor's nested list): the items are its value, parted by 、.
      const bool listed = blocks[j].style.list_item && blocks[j].kind == BlockKind::kParagraph &&
                          (listing || EmptyLabel(blocks[cur])) && UnitListTail(blocks[j].text) &&
                          LineIndent(source.text(), blocks[j]) > cur_indent;  // nested
      if (!hangs && !listed &&
          !CanJoin(blocks[cur], depth, blocks[j], wrap_width, last_line, last_printed, short_first_lines))
        break;
      // 名称：岚溪县人民政府关于…的通知 ⏎ 岚溪县人民政府关于…的通知: a line that says again what the line
      // above ends with (a page's box of metadata, then the title) is no rest of it.
      if (const std::string_view next = internal::TrimSpaces(blocks[j].text);
          internal::CountCodePoints(next) >= 8 && internal::TrimSpaces(blocks[cur].text).ends_with(next))
        break;
      // In a text whose paragraphs are indented, a line indented as far as the paragraph's first
      // starts a paragraph of its own; the lines a paragraph wraps onto are not indented, or less. (But a
      // labelled line cut inside a unit's name, wrapped under a hanging indent as a mail client wraps it,
      // goes on: …配合单位：县财政局、各 ⏎ 乡镇人民政府, which CanJoin let through.)
      if (const size_t indent = LineIndent(source.text(), blocks[j]);
          !hangs && !listed && indent > 0 && indent >= cur_indent &&
          !(internal::OpensWithClauseLabel(blocks[cur].text) && UnitListTail(blocks[j].text)))
        break;
      // In a package (DOCX) paragraphs are real: only an explicit page break cuts one, or a
      // paragraph mark inside brackets (…按职责分 / 工负责）, text pasted from a web page), unless
      // the package holds a PDF's printed lines as paragraphs.
      if (!blocks[cur].location.part.empty() && !crossed_break && !lines_as_paragraphs && depth <= 0 &&
          !listed)
        break;
      Block& a = blocks[cur];
      Block& b = blocks[j];
      // An item after an item: 、 between them, unless it ends with one (the finding says so).
      const bool parted = listed && listing && !a.text.ends_with("、");
      if (parted) a.text += "、";
      listing = listed;
      last_line = a.text.size();
      last_printed = printed(b);
      a.text += b.text;
      std::move(b.emphasis.begin(), b.emphasis.end(), std::back_inserter(a.emphasis));
      if (depth >= 0) depth = BracketDepth(b.text, depth);
      diagnostics.push_back(
          listed ? Diagnostic{rules::kListJoin, Severity::kInfo,
                              Concat({"标签下逐项列出的“", internal::PrefixCodePoints(b.text, 12),
                                      parted ? "”并入标签的值，与前项以“、”分隔" : "”并入标签的值"}),
                              JoinSpan(source, a, b)}
                 : Diagnostic{rules::kPageJoin, Severity::kInfo,
                              Concat({"段落在分页处断开，已与下一段“", internal::PrefixCodePoints(b.text, 6),
                                      "…”合并"}),
                              JoinSpan(source, a, b)});
      Extend(a, b);
      joined = true;
      for (size_t k = i + 1; k < j; ++k) held.push_back(std::move(blocks[k]));
      i = j;
    }
    if (joined) Cover(blocks[cur], source);  // once, not per joined line
    for (Block& h : held) keep(std::move(h));
  }
  blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(kept), blocks.end());
  return blocks;
}

// Whether text[k - 3, k) is one of the separators an inline item's number follows: ： EF BC 9A, ； EF BC 9B,
// ， EF BC 8C, 。 E3 80 82.
bool SeparatorEndsAt(std::string_view text, size_t k) {
  if (k < 3) return false;
  const std::string_view sep = text.substr(k - 3, 3);
  return sep == "：" || sep == "；" || sep == "，" || sep == "。";
}

// Whether `text` names someone's part in the work (负责, 牵头, 配合): a task's clause, not a note's point.
bool NamesAPart(std::string_view text) {
  return internal::ContainsText(text, "负责") || internal::ContainsText(text, "牵头") ||
         internal::ContainsText(text, "配合");
}

// Where the items numbered inside a paragraph start (具体分工如下：1.…（A负责）；2.…；3.…): a number after
// ：；。 or ，, each the one before it plus one, the first 1 (or the number the paragraph opens with plus
// one, or `next`, the number after the previous paragraph's last item); two at least, or one that goes on
// from the previous paragraph. Empty when the paragraph holds no such run.
std::vector<size_t> InlineItemStarts(std::string_view text, int& next) {
  std::vector<size_t> starts;
  const Marker opening = internal::ReadMarker(text);
  int want = opening.kind == MarkerKind::kArabic ? opening.number + 1 : 0;
  bool continues = false;
  // A digit after one of the separators (spaces between), found byte by byte; ReadMarker only there.
  for (size_t j = 1; j < text.size(); ++j) {
    if (text[j] < '0' || text[j] > '9') continue;
    size_t k = j;
    while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t')) --k;
    if (!SeparatorEndsAt(text, k)) continue;
    const Marker m = internal::ReadMarker(text.substr(j));
    if (m.kind != MarkerKind::kArabic || m.text.find_first_of(".．、") == std::string::npos) continue;
    const bool first = starts.empty();
    if (first && opening.kind != MarkerKind::kArabic && m.number != 1 && m.number != next) continue;
    if (!first && m.number != want) continue;
    if (first && opening.kind == MarkerKind::kArabic && m.number != want) continue;
    continues = continues || (first && opening.kind != MarkerKind::kArabic && m.number == next && next > 1);
    starts.push_back(j);
    want = m.number + 1;
  }
  const size_t items = starts.size() + (opening.kind == MarkerKind::kArabic ? 1 : 0);
  if (items < 2 && !continues) return {};
  // Tasks, each with someone's part in it (负责, 牵头, 配合), half of them at least; not a note's points
  // (注：1.…2.…).
  if (text.starts_with("注") || text.starts_with("说明")) return {};
  size_t assigned = 0;
  for (size_t k = 0; k < starts.size(); ++k)
    assigned +=
        NamesAPart(text.substr(starts[k], (k + 1 < starts.size() ? starts[k + 1] : text.size()) - starts[k]));
  if (2 * assigned < starts.size()) return {};
  next = want;
  return starts;
}

// Whether a digit stands right after one of the separators somewhere in `t`: InlineItemStarts' first need,
// in one pass over the bytes.
bool SeparatorThenDigit(std::string_view t) {
  for (size_t j = 3; j < t.size(); ++j)
    if (static_cast<unsigned char>(t[j] - '0') <= 9 && SeparatorEndsAt(t, j)) return true;
  return false;
}

// Paragraphs of a text that number their items inline are split, an item a block (its separator to the
// next, ； or ，, in its original only): the recognizer reads one item a block. Recorded, the original kept.
Blocks SplitInlineItems(Blocks blocks, const Source& source, Repairs& repairs) {
  // Each paragraph's item starts, sought only in one with a number after a separator that names someone's
  // part; the blocks are moved only when one is split.
  std::vector<std::vector<size_t>> starts(blocks.size());
  bool any = false;
  int next = 1;
  for (size_t k = 0; k < blocks.size(); ++k) {
    const Block& b = blocks[k];
    if (b.kind != BlockKind::kParagraph || !b.location.part.empty()) continue;
    const std::string_view t = b.text;
    if (!SeparatorThenDigit(t) || !NamesAPart(t) || b.text != b.original) continue;
    starts[k] = InlineItemStarts(t, next);
    any = any || !starts[k].empty();
  }
  if (!any) return blocks;
  Blocks out;
  for (size_t k = 0; k < blocks.size(); ++k) {
    Block& b = blocks[k];
    if (starts[k].empty()) {
      out.push_back(std::move(b));
      continue;
    }
    std::vector<size_t>& item_starts = starts[k];
    repairs.push_back(
        {rules::kInlineItems, Severity::kInfo,
         Concat({"段落内含", std::to_string(item_starts.size()), "个编号事项，已按编号拆分为单独段落"}),
         b.span});
    item_starts.push_back(b.text.size());
    size_t from = 0;
    for (size_t s = 0; s < item_starts.size(); ++s) {
      const std::string_view part =
          internal::TrimSpaces(std::string_view(b.text).substr(from, item_starts[s] - from));
      if (!part.empty()) {
        Block piece = b;  // style, location and all
        piece.begin = b.begin + static_cast<size_t>(part.data() - b.text.data());
        piece.end = piece.begin + part.size();
        piece.original.assign(part);
        std::string_view item = part;  // its separator to the next, ； or ，, no part of its text
        for (std::string_view sep : {"；", "，", ";"})
          if (item.ends_with(sep) && item.size() > sep.size()) item.remove_suffix(sep.size());
        piece.text.assign(item);
        piece.span = source.SpanOf(piece.begin, piece.end);
        out.push_back(std::move(piece));
      }
      from = item_starts[s];
    }
  }
  return out;
}

// How many times a table row's first cells are printed side by side (序号 | 重点任务 | 牵头单位 | 序号 |
// 重点任务 | 牵头单位: 2): the header of a table printed two tasks to a row to save paper. 1 for any other
// row. A half has two named columns at least, each named once, one of them 序号 when there are only two.
size_t SideBySideCopies(const Block& row) {
  const size_t n = row.cells.size();
  for (size_t copies = 2; copies <= 4 && n / copies >= 2; ++copies) {
    if (n % copies != 0) continue;
    const size_t k = n / copies;
    const auto half = std::span(row.cells).first(k);
    bool same = true;  // first: most rows fail it at their first cells
    for (size_t c = k; c < n && same; ++c) same = row.cells[c] == row.cells[c % k];
    if (!same || k > 16) continue;
    // Columns of names of their own: not a merged row's one text in every cell (一、产业发展 | 一、产业发展 |
    // …).
    if (std::count_if(half.begin(), half.end(), [](const std::string& c) { return !c.empty(); }) < 2)
      continue;
    bool distinct = true;
    for (size_t a = 0; a < k && distinct; ++a)
      for (size_t b = a + 1; b < k && distinct; ++b) distinct = half[a].empty() || half[a] != half[b];
    if (!distinct) continue;
    if (k == 2 && std::none_of(half.begin(), half.end(),
                               [](const std::string& c) { return c.find("序号") != std::string::npos; }))
      continue;
    return copies;
  }
  return 1;
}

// Cells [from, from + k) of `row` as a row of their own: its original the part of the row's from the
// first's text (the whole row's start for the first part) to the next part's, so that the parts cover the
// row in order.
Block RowPart(const Block& row, size_t from, size_t k, const Source& source) {
  Block part;
  part.kind = BlockKind::kTableRow;
  part.role = row.role;
  part.style = row.style;
  part.location = row.location;
  part.cells.assign(row.cells.begin() + static_cast<std::ptrdiff_t>(from),
                    row.cells.begin() + static_cast<std::ptrdiff_t>(from + k));
  if (row.merged_above.size() >= from + k)
    part.merged_above.assign(row.merged_above.begin() + static_cast<std::ptrdiff_t>(from),
                             row.merged_above.begin() + static_cast<std::ptrdiff_t>(from + k));
  const size_t start = from == 0 ? 0 : row.cell_begins[from];
  const size_t stop = from + k < row.cells.size() ? row.cell_begins[from + k] : row.original.size();
  part.original = row.original.substr(start, stop - start);
  part.begin = row.begin + start;
  part.end = row.begin + stop;
  part.span = source.SpanOf(part.begin, part.end);
  for (size_t c = from; c < from + k; ++c)
    part.cell_begins.push_back(static_cast<uint32_t>(row.cell_begins[c] - start));
  for (const Emphasis& e : row.emphasis)
    if (e.cell >= static_cast<int>(from) && e.cell < static_cast<int>(from + k))
      part.emphasis.emplace_back(e).cell = e.cell - static_cast<int>(from);  // (every mark it has kept)
  part.text = internal::PipeRowText(part.cells);
  return part;
}

// A table printed two (or more) tasks to a row, its header the same columns again (序号 | 重点任务 | 牵头单位
// | 序号 | 重点任务 | 牵头单位): each row parted into rows of the header's columns. A package's (DOCX) are
// read down the first columns, then down the next (1–14 on the left, 15–27 on the right), unless the first
// row numbers across (1 | 2); a text's stay in the order of its lines, which its blocks cover in order.
// Recorded, once a table; the original kept.
Blocks UnfoldSideBySideTables(Blocks blocks, const Source& source, Repairs& repairs) {
  Blocks out;
  bool any = false;
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& header = blocks[i];
    const size_t copies = header.kind == BlockKind::kTableRow ? SideBySideCopies(header) : 1;
    // Each row's cells with their places in its original, for its parts' (a row joined over lines has them).
    const auto placed = [&](const Block& b) {
      if (b.kind != BlockKind::kTableRow || b.cells.size() != header.cells.size() ||
          b.cell_begins.size() != b.cells.size())
        return false;
      for (size_t c = 0; c < b.cell_begins.size(); ++c)
        if (b.cell_begins[c] > b.original.size() || (c > 0 && b.cell_begins[c] < b.cell_begins[c - 1]))
          return false;
      return true;
    };
    // The table's rows, and lines a repair left empty among them (a Markdown table's |---| row): each just
    // after the one above, in the same table of a package (DOCX), on the next line of a text; not a table
    // after it, across a blank line or a paragraph.
    const auto next_to = [&](const Block& above, const Block& b) {
      if (!above.location.part.empty())
        return b.location.part == above.location.part && b.location.table == above.location.table;
      if (b.begin < above.end || b.begin - above.end > 2) return false;
      const std::string_view between = std::string_view(source.text()).substr(above.end, b.begin - above.end);
      return std::count(between.begin(), between.end(), '\n') <= 1;  // a line end between them, no blank line
    };
    size_t end = i + 1, rows = 0;
    while (copies > 1 && end < blocks.size() && next_to(blocks[end - 1], blocks[end]) &&
           (placed(blocks[end]) || (blocks[end].text.empty() && !blocks[end].original.empty())))
      rows += placed(blocks[end++]);
    if (copies == 1 || !placed(header) || rows == 0) {
      if (any) out.push_back(std::move(blocks[i]));
      continue;
    }
    if (!any) {
      out.reserve(blocks.size() + (end - i) * (copies - 1));
      std::move(blocks.begin(), blocks.begin() + static_cast<std::ptrdiff_t>(i), std::back_inserter(out));
      any = true;
    }
    repairs.push_back({rules::kSideBySide, Severity::kInfo,
                       Concat({"表格每行并排印了", std::to_string(copies), "项，已拆为每行一项"}),
                       header.span});
    const size_t k = header.cells.size() / copies;
    // Down the columns (a package's), unless the first row's second part is numbered next to its first.
    bool down = !header.location.part.empty();
    for (size_t r = i + 1; r < end && down; ++r) {
      if (!placed(blocks[r])) continue;
      const std::string& first = blocks[r].cells[0];
      if (first.empty() || !std::isdigit(static_cast<unsigned char>(first[0]))) continue;
      down = internal::LeadingNumber(blocks[r].cells[k]) != internal::LeadingNumber(first) + 1;
      break;
    }
    for (size_t part = 0; part < (down ? copies : 1); ++part)
      for (size_t r = i; r < end; ++r) {
        if (!placed(blocks[r])) {
          if (part == 0) out.push_back(std::move(blocks[r]));  // in its place, once
          continue;
        }
        if (down) {
          out.push_back(RowPart(blocks[r], part * k, k, source));
        } else {
          for (size_t across = 0; across < copies; ++across)
            out.push_back(RowPart(blocks[r], across * k, k, source));
        }
      }
    i = end - 1;
  }
  if (!any) return blocks;  // moved, as a ternary of the two would copy it
  return out;
}

// The bracket a newspaper's page closes a cut paragraph with, （下转第六版） or （转第6版）, at the end of
// `text`: where it opens, npos when `text` ends with none. With `opening`, the bracket the paragraph goes on
// after on the later page, （上接第五版）, at its start: where the text after it starts, npos for none.
size_t PageJumpMark(std::string_view text, bool opening) {
  text = internal::TrimSpaces(text);
  if (opening) {
    for (std::string_view open : {"（上接", "(上接", "（接第", "(接第"})
      if (text.starts_with(open))
        for (std::string_view close : {"版）", "版)"})
          if (const size_t at = internal::FindText(text.substr(0, open.size() + 3 * 6), close);
              at != std::string_view::npos)
            return at + close.size();
    return std::string_view::npos;
  }
  if (!text.ends_with("版）") && !text.ends_with("版)")) return std::string_view::npos;
  for (std::string_view open : {"（下转", "(下转", "（转第", "(转第"})
    if (const size_t at = text.rfind(open);
        at != std::string_view::npos && text.size() - at <= open.size() + 3 * 8)
      return at;
  return std::string_view::npos;
}

// The page a mark or a page's heading names: 第六版, 第6版, 第06版, A3版 → 6, 6, 6, 3; 0 for none. The first
// 版 in `text` after 第 (or a letter).
int PageNumberIn(std::string_view text) {
  const size_t ban = internal::FindText(text, "版");
  if (ban == std::string_view::npos) return 0;
  std::string_view before = text.substr(0, ban);
  size_t from = before.size();
  while (from > 0 && before[from - 1] >= '0' && before[from - 1] <= '9') --from;
  if (from < before.size()) return internal::LeadingNumber(before.substr(from));
  const size_t di = before.rfind("第");
  if (di == std::string_view::npos || before.size() - di > 3 * 4) return 0;
  return internal::ParseChineseNumber(before.substr(di + 3)).value_or(0);
}

// A paragraph a newspaper cut at its page's end (…地下管网（下转第六版）) and went on with on a later page
// ((上接第五版）120公里。…), the page's furniture between them (an e-paper's navigation, the title again, the
// editors): the two joined, the marks taken out, the lines between kept where they stand. The continuation is
// the first on the page the mark names (by the page's heading above it, 第06版：文件, where one says), not
// one joined already, nor one that opens an item of its own (（上接第五版）18．…).
Blocks JoinPageJumps(Blocks blocks, const Source& source, Repairs& diagnostics) {
  std::vector<bool> gone(blocks.size(), false);
  bool any = false;
  for (size_t i = 0; i < blocks.size(); ++i) {
    Block& a = blocks[i];
    if (a.kind != BlockKind::kParagraph || gone[i]) continue;
    const size_t cut = PageJumpMark(a.text, /*opening=*/false);
    if (cut == std::string_view::npos) continue;
    const int to_page = PageNumberIn(internal::TrimSpaces(a.text).substr(cut));
    int page = 0;  // the page the lines after `a` stand on, by the last page's heading read
    for (size_t j = i + 1; j < blocks.size() && j <= i + 200; ++j) {
      Block& b = blocks[j];
      if (b.kind != BlockKind::kParagraph || gone[j]) continue;
      const std::string_view tail = internal::TrimSpaces(b.text);
      const size_t from = PageJumpMark(tail, /*opening=*/true);
      if (from == std::string_view::npos) {
        // 第06版：文件, 东川日报 第三版: a page's heading, a short line naming one page (not a list of them,
        // 第01版：要闻　第02版：要闻).
        if (internal::CountCodePoints(tail) <= 24 && internal::ContainsText(tail, "第"))
          if (const size_t ban = internal::FindText(tail, "版");
              internal::FindText(tail.substr(ban + 3), "版") == std::string_view::npos)
            if (const int n = PageNumberIn(tail); n > 0) page = n;
        continue;
      }
      if (to_page > 0 && page > 0 && page != to_page) continue;
      const std::string_view head = internal::TrimSpaces(a.text);
      if (internal::ReadMarker(internal::TrimSpaces(tail.substr(from))).kind != MarkerKind::kNone) {
        // (The page cut between two items: each keeps its own, the marks taken out.)
        diagnostics.push_back({rules::kPageJoin, Severity::kInfo,
                               Concat({"报刊转版：“", head.substr(cut), "”后的“", tail.substr(0, from),
                                       "”另起一项，去掉转版标记"}),
                               b.span});
        a.text = std::string(head.substr(0, cut));
        b.text = std::string(internal::TrimSpaces(tail.substr(from)));
        break;
      }
      diagnostics.push_back({rules::kPageJoin, Severity::kInfo,
                             Concat({"报刊转版：已将“", internal::PrefixCodePoints(tail, 8), "…”并入“…",
                                     head.substr(cut), "”前的段落，去掉转版标记"}),
                             JoinSpan(source, a, b)});
      a.text = Concat({head.substr(0, cut), internal::TrimSpaces(tail.substr(from))});
      std::move(b.emphasis.begin(), b.emphasis.end(), std::back_inserter(a.emphasis));
      Extend(a, b);
      Cover(a, source);
      gone[j] = true;
      any = true;
      break;
    }
  }
  if (!any) return blocks;
  return WithoutGone(std::move(blocks), gone);
}

// A table that prints each task over two rows (一项两行, a portrait page's: the task's words too long beside
// its columns): the number and the words in the first, the leader, units and time in the row under it, as the
// header is two rows (序号 | 工作任务 over 责任县领导 | 牵头单位 | 配合单位 | 完成时限). Each pair becomes
// one row of both headers' columns; a row under that spans them all with labels (责任县领导：X　牵头单位：A)
// goes to the task's words, where a task's labelled lines are read. Recorded once a table; the originals
// kept.
Blocks JoinStackedRows(Blocks blocks, const Source& source, Repairs& repairs) {
  const auto row = [&](size_t i) { return i < blocks.size() && blocks[i].kind == BlockKind::kTableRow; };
  const auto empty_from = [](const Block& b, size_t from) {
    return std::all_of(b.cells.begin() + static_cast<std::ptrdiff_t>(std::min(from, b.cells.size())),
                       b.cells.end(), [](const std::string& c) { return c.empty(); });
  };
  // The row under row `i`: past a Markdown table's separator (a row of no cells now) and page breaks.
  const auto below = [&](size_t i) {
    size_t j = i + 1;
    while (j < blocks.size() &&
           (blocks[j].kind == BlockKind::kPageBreak || (row(j) && blocks[j].cells.empty())))
      ++j;
    return j;
  };
  // The header's first row and its second (名称 under the words' span), at `i`.
  const auto header_at = [&](size_t i) {
    if (!row(i) || !row(below(i))) return false;
    const Block &a = blocks[i], &b = blocks[below(i)];
    const size_t n = a.cells.size();
    if (n < 3 || b.cells.size() != n || (a.cells[0] != "序号" && a.cells[0] != "编号") ||
        a.cells[1].empty() || !empty_from(a, 2) || !(b.cells[0].empty() || b.cells[0] == a.cells[0]))
      return false;
    for (size_t c = 1; c < n; ++c)
      if (b.cells[c].empty() || internal::CountCodePoints(b.cells[c]) > 10 || HasInnerPunctuation(b.cells[c]))
        return false;
    return true;
  };
  // A task's row: its number and words, the rest empty; the row under it its number merged down (or empty)
  // and more cells than the first.
  const auto task_pair_at = [&](size_t k) {
    if (!row(k)) return false;
    const Block& a = blocks[k];
    const size_t j = below(k);
    return a.cells.size() >= 3 && !a.cells[0].empty() && !a.cells[1].empty() && empty_from(a, 2) &&
           internal::LeadingNumber(a.cells[0]) > 0 && row(j) && blocks[j].cells.size() == a.cells.size() &&
           (blocks[j].cells[0].empty() || blocks[j].cells[0] == a.cells[0]) && !empty_from(blocks[j], 1);
  };
  // Such a header over such a task, its first (part rows aside): not a header of two rows over rows of one
  // (序号 | 任务及分工 over 工作任务 | 责任领导 | …, each task a row of its own).
  const auto stacked_at = [&](size_t i) {
    if (!header_at(i)) return false;
    size_t k = below(below(i));
    while (row(k) && !blocks[k].cells.empty() && internal::LeadingNumber(blocks[k].cells[0]) == 0 &&
           empty_from(blocks[k], 1))
      k = below(k);
    return task_pair_at(k);
  };
  // Row `a` and the row `b` under it as one, `cells` its cells: b's places after a's in the original.
  const auto joined = [&](const Block& a, const Block& b, std::vector<std::string> cells, size_t from_b) {
    Block out = a;
    out.cells = std::move(cells);
    out.text = internal::PipeRowText(out.cells);
    out.end = std::max(a.end, b.end);
    out.original = a.original + b.original;
    out.span = source.SpanOf(out.begin, out.end);
    const bool placed = a.cell_begins.size() == a.cells.size() && b.cell_begins.size() == b.cells.size();
    out.cell_begins.resize(std::min<size_t>(a.cell_begins.size(), 2));
    if (placed)
      for (size_t c = from_b; c < b.cells.size(); ++c)
        out.cell_begins.push_back(static_cast<uint32_t>(a.original.size() + b.cell_begins[c]));
    out.cell_begins.resize(placed ? out.cells.size() : 0, static_cast<uint32_t>(out.original.size()));
    out.merged_above.resize(std::min<size_t>(a.merged_above.size(), 2));
    if (a.merged_above.size() == a.cells.size() && b.merged_above.size() == b.cells.size())
      for (size_t c = from_b; c < b.cells.size(); ++c) out.merged_above.push_back(b.merged_above[c]);
    out.merged_above.resize(out.merged_above.empty() ? 0 : out.cells.size(), false);
    std::erase_if(out.emphasis, [](const Emphasis& e) { return e.cell >= 2; });
    for (const Emphasis& e : b.emphasis)
      if (e.cell >= static_cast<int>(from_b)) out.emphasis.emplace_back(e).cell = e.cell + 1;
    return out;
  };
  Blocks out;
  bool any = false;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (!stacked_at(i)) {
      if (any) out.push_back(std::move(blocks[i]));
      continue;
    }
    if (!any) {
      out.reserve(blocks.size());
      std::move(blocks.begin(), blocks.begin() + static_cast<std::ptrdiff_t>(i), std::back_inserter(out));
      any = true;
    }
    repairs.push_back({rules::kStackedRows, Severity::kInfo,
                       "表格每项任务占两行（任务一行、责任一行），已合为一行", blocks[i].span});
    const size_t n = blocks[i].cells.size();
    const std::vector<std::string> names =
        blocks[below(i)].cells;  // the second row's: 责任县领导, 牵头单位, …
    // 责任县领导：欧阳峰　　牵头单位：县住建局　　配合单位：县财政局 in a cell spanning the columns: each
    // value in its column (by the labels the header names); false where no label is one of them.
    const auto by_labels = [&](std::string_view spanning, std::vector<std::string>& cells) {
      std::vector<std::pair<size_t, size_t>> at;  // (where a column's label starts, the column)
      for (size_t c = 1; c < n; ++c)
        if (const size_t k = internal::FindText(spanning, names[c] + "："); k != std::string_view::npos)
          at.emplace_back(k, c);
      if (at.empty()) return false;
      std::sort(at.begin(), at.end());
      for (size_t m = 0; m < at.size(); ++m) {
        const size_t from = at[m].first + names[at[m].second].size() + std::string_view("：").size();
        const size_t to = m + 1 < at.size() ? at[m + 1].first : spanning.size();
        cells[at[m].second + 1] = std::string(internal::TrimSpaces(spanning.substr(from, to - from)));
      }
      return true;
    };
    const auto pair_row = [&](size_t k) {  // the header, or a task, and the row under it, as one
      const Block &a = blocks[k], &b = blocks[below(k)];
      std::vector<std::string> cells{a.cells[0], a.cells[1]};
      if (empty_from(b, 2)) {  // the labels, in one cell under the words
        cells.resize(n + 1);
        const bool labels = by_labels(b.cells[1], cells);
        if (!labels) cells[1] += "\n" + b.cells[1];
        Block one = joined(a, b, std::move(cells), n);
        if (labels)  // (the labels left out of the cells: recorded on the row)
          repairs.push_back(
              {rules::kStackedRows, Severity::kInfo,
               Concat({"跨列的责任行按标签拆入各列：“", internal::PrefixCodePoints(b.cells[1], 30), "…”"}),
               one.span});
        return one;
      }
      cells.insert(cells.end(), b.cells.begin() + 1, b.cells.end());
      return joined(a, b, std::move(cells), 1);
    };
    size_t k = i;
    while (row(k) || (k < blocks.size() && blocks[k].kind == BlockKind::kPageBreak)) {
      if (!row(k) || blocks[k].cells.empty()) {
        out.push_back(std::move(blocks[k++]));
        continue;
      }
      const Block& a = blocks[k];
      if (a.cells.size() != n) break;
      if (header_at(k)) {  // (printed again on each page; a Markdown table's separator row after it, kept)
        out.push_back(pair_row(k));
        for (size_t j = k + 1; j < below(k); ++j) out.push_back(std::move(blocks[j]));
        k = below(k) + 1;
        continue;
      }
      if (const size_t j = below(k); task_pair_at(k)) {
        out.push_back(pair_row(k));
        for (size_t m = k + 1; m < j; ++m) out.push_back(std::move(blocks[m]));  // (a page's break, kept)
        k = j + 1;
        continue;
      }
      // A part's row (一、…（6项）), or any other: one more empty cell.
      Block b = std::move(blocks[k]);
      b.cells.resize(n + 1);
      b.text = internal::PipeRowText(b.cells);
      if (b.cell_begins.size() == n) b.cell_begins.push_back(static_cast<uint32_t>(b.original.size()));
      if (b.merged_above.size() == n) b.merged_above.push_back(false);
      out.push_back(std::move(b));
      ++k;
    }
    i = k - 1;
  }
  if (!any) return blocks;  // (not `any ? out : blocks`, an lvalue: a copy of every block)
  return out;
}

}  // namespace

Blocks Normalize(Blocks blocks, const Source& source, Diagnostics& diagnostics,
                 const NormalizeOptions& options) {
  // The repairs are gathered here and added to `diagnostics` once, at their number.
  Repairs repairs;
  if (options.split_inline_items) blocks = SplitInlineItems(std::move(blocks), source, repairs);
  Blocks joined = Repair(std::move(blocks), source, repairs, options);
  joined = JoinPageJumps(std::move(joined), source, repairs);
  if (options.unfold_side_by_side_tables) joined = UnfoldSideBySideTables(std::move(joined), source, repairs);
  if (options.unfold_side_by_side_tables) joined = JoinStackedRows(std::move(joined), source, repairs);
  internal::AppendExactly(diagnostics, std::move(repairs));
  return joined;
}

}  // namespace gongwen
