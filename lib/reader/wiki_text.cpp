// Wikitext (reader/wiki_text.h): a notice as 维基文库 (Wikisource) holds it.
#include "reader/wiki_text.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "core/lists.h"
#include "core/utf8.h"
#include "reader/html_markup.h"

namespace gongwen::internal {
namespace {

constexpr size_t kNone = std::string_view::npos;
constexpr int kMostDepth = 32;       // templates in templates past it show nothing (a hostile nest)
constexpr int kMostColumns = 64;     // a colspan past the grid is cut to it
constexpr int kMostRowSpan = 10000;  // and a rowspan

bool StartsWithAt(std::string_view text, size_t at, std::string_view s) {
  return text.size() >= at && text.substr(at).starts_with(s);
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

// Where each `{{` and `[[` of the text closes (the index after its `}}` or `]]`), found in one pass with a
// stack for each kind: an unclosed one closes nowhere.
class Brackets {
 public:
  explicit Brackets(std::string_view text) {
    std::vector<size_t> braces, squares;
    for (size_t i = 0; i + 1 < text.size();) {
      const std::string_view two = text.substr(i, 2);
      std::vector<size_t>* stack = two == "{{" ? &braces : two == "[[" ? &squares : nullptr;
      if (stack != nullptr) {
        stack->push_back(i);
        i += 2;
      } else if ((two == "}}" && !braces.empty()) || (two == "]]" && !squares.empty())) {
        std::vector<size_t>& open = two == "}}" ? braces : squares;
        closes_.emplace_back(open.back(), i + 2);
        open.pop_back();
        i += 2;
      } else {
        ++i;
      }
    }
    std::sort(closes_.begin(), closes_.end());
  }

  // The end of the construct opened at `at`, or kNone.
  size_t Close(size_t at) const {
    const auto it = std::lower_bound(closes_.begin(), closes_.end(), std::make_pair(at, size_t{0}));
    return it != closes_.end() && it->first == at ? it->second : kNone;
  }

 private:
  std::vector<std::pair<size_t, size_t>> closes_;
};

// [from, to) cut at its `sep` characters outside templates and links (a template's arguments at `|`).
std::vector<std::pair<size_t, size_t>> SplitTopLevel(std::string_view text, size_t from, size_t to,
                                                     std::string_view sep) {
  std::vector<std::pair<size_t, size_t>> out;
  int depth = 0;
  size_t start = from;
  for (size_t i = from; i < to;) {
    if (StartsWithAt(text, i, "{{") || StartsWithAt(text, i, "[[")) {
      ++depth;
      i += 2;
    } else if (depth > 0 && (StartsWithAt(text, i, "}}") || StartsWithAt(text, i, "]]"))) {
      --depth;
      i += 2;
    } else if (depth == 0 && i + sep.size() <= to && StartsWithAt(text, i, sep)) {
      out.emplace_back(start, i);
      i += sep.size();
      start = i;
    } else {
      ++i;
    }
  }
  out.emplace_back(start, to);
  return out;
}

// A template's argument `k = v`: the key and where its value stands; an unnamed one has no key.
struct Argument {
  std::string_view key;
  size_t begin = 0, end = 0;
};
Argument ReadArgument(std::string_view text, std::pair<size_t, size_t> range) {
  const std::string_view arg = text.substr(range.first, range.second - range.first);
  const size_t eq = arg.find('=');
  if (eq != kNone) {
    const std::string_view key = Trim(arg.substr(0, eq));
    // (A key is a word: no markup in it, no space inside.)
    if (!key.empty() && key.size() <= 30 && key.find_first_of(" {}[]<>|") == kNone)
      return {key, range.first + eq + 1, range.second};
  }
  return {{}, range.first, range.second};
}

// The templates that set their text apart, a paragraph of its own; and those that show nothing.
bool BlockTemplate(std::string_view name) {
  for (std::string_view n : {"c", "center", "centre", "right", "left", "block center", "block right",
                             "block left", "居中", "居右", "居左", "center block"})
    if (name == n) return true;
  return false;
}
bool SilentTemplate(std::string_view name) {
  return name == "gap" || name == "空格" || name == "nbsp" || name == "clear" || name == "textquality" ||
         name == "header" || name.starts_with("pd-") || name.find(':') != kNone;
}

// The text a piece of source shows, and where the source it is read from stands: pieces part at line
// ends, <br>, and block templates, each the source up to the next.
struct Piece {
  std::string text;
  size_t begin = 0, end = 0;
};

class Renderer {
 public:
  explicit Renderer(std::string_view text) : text_(text), brackets_(text) {}

  // The pieces of [from, to), the markup between them going with the piece after it (the last's with it).
  std::vector<Piece> Pieces(size_t from, size_t to) {
    pieces_.clear();
    cur_.clear();
    start_ = from;
    depth_ = 0;
    Walk(from, to);
    if (!Trim(cur_).empty())
      pieces_.push_back({std::string(Trim(cur_)), start_, to});
    else if (!pieces_.empty())
      pieces_.back().end = to;
    return std::move(pieces_);
  }

  const Brackets& brackets() const { return brackets_; }

 private:
  // A line's break at `at`: between pieces at the top, inside a template a line end of its text.
  void Break(size_t at) {
    if (depth_ > 0) {
      if (!cur_.empty() && cur_.back() != '\n') cur_ += '\n';
      return;
    }
    if (Trim(cur_).empty()) return;  // (markup alone: it goes with the next piece)
    pieces_.push_back({std::string(Trim(cur_)), start_, at});
    cur_.clear();
    start_ = at;
  }

  void Walk(size_t from, size_t to) {
    for (size_t i = from; i < to;) {
      const char c = text_[i];
      if (c == '\n' || c == '\r') {
        Break(i);
        ++i;
      } else if (StartsWithAt(text_, i, "<!--")) {
        const size_t end = NextCommentEnd(i + 4);
        i = end == kNone || end + 3 > to ? to : end + 3;
      } else if (StartsWithAt(text_, i, "{{") && brackets_.Close(i) <= to) {
        const size_t close = brackets_.Close(i);
        Template(i, close);
        i = close;
      } else if (StartsWithAt(text_, i, "[[") && brackets_.Close(i) <= to) {
        const size_t close = brackets_.Close(i);
        Link(i + 2, close - 2);
        i = close;
      } else if (c == '[' && (StartsWithAt(text_, i + 1, "http") || StartsWithAt(text_, i + 1, "//")) &&
                 NextOf(']', i) < to) {
        // [https://… label]: the label.
        const size_t close = NextOf(']', i);
        const size_t space = text_.substr(i, close - i).find(' ');
        if (space != kNone) Walk(i + space + 1, close);
        i = close + 1;
      } else if (c == '<' && i + 1 < to && NextOf('>', i) < to && TagName(i, NextOf('>', i)) != nullptr) {
        const std::string_view tag = TagName(i, NextOf('>', i));
        // A line break, or a paragraph's edge: a heading's, a list item's.
        if (tag == "br" || tag == "p" || tag == "div" || tag == "li" || tag == "dd" || tag == "dt" ||
            (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6'))
          Break(i);
        i = NextOf('>', i) + 1;
      } else if (c == '\'' && StartsWithAt(text_, i, "''")) {
        while (i < to && text_[i] == '\'') ++i;  // '''bold''', ''italic''
      } else if (c == '_' && StartsWithAt(text_, i, "__") && MagicWordEnd(i, to) != kNone) {
        i = MagicWordEnd(i, to);  // __NOTOC__
      } else if (c == '&') {
        size_t length = 0;
        const char32_t cp = Entity(text_, i, to, length);
        if (cp != 0 && length > 0) {
          AppendUtf8(cur_, cp);
          i += length;
        } else {
          cur_ += c;
          ++i;
        }
      } else {
        cur_ += c;
        ++i;
      }
    }
  }

  // The first `c` at or after `from` (']' or '>'), remembered: a text of a million unclosed `<a` looks once.
  size_t NextOf(char c, size_t from) {
    auto& [asked, found] = c == ']' ? next_square_ : next_angle_;
    if (asked == kNone || from < asked || (found != kNone && from > found)) {
      asked = from;
      found = text_.find(c, from);
    }
    return found;
  }

  // Where the comment opened before `from` closes (its -->), remembered as NextOf's are.
  size_t NextCommentEnd(size_t from) {
    auto& [asked, found] = comment_end_;
    if (asked == kNone || from < asked || (found != kNone && from > found)) {
      asked = from;
      found = text_.find("-->", from);
    }
    return found;
  }

  // The name of the tag `<…>` at [at, close] when it is one a wiki's text may hold (<b>, </b>, <br/>,
  // <span style=…>, <onlyinclude>): others are text, as the wiki shows them (PM2.5浓度<35, 指数>80%).
  const char* TagName(size_t at, size_t close) const {
    size_t name = at + 1 + (text_[at + 1] == '/' ? 1 : 0), end = name;
    while (end < close && IsAsciiAlnum(text_[end])) ++end;
    if (end == name || (end < close && text_[end] != ' ' && text_[end] != '/' && text_[end] != '\t'))
      return nullptr;
    const std::string_view tag = text_.substr(name, end - name);
    static constexpr const char* kTags[] = {"b",           "i",
                                            "u",           "s",
                                            "br",          "p",
                                            "div",         "span",
                                            "center",      "big",
                                            "small",       "sup",
                                            "sub",         "font",
                                            "ref",         "references",
                                            "strong",      "em",
                                            "tt",          "code",
                                            "pre",         "blockquote",
                                            "hr",          "ruby",
                                            "rb",          "rt",
                                            "rp",          "poem",
                                            "nowiki",      "onlyinclude",
                                            "includeonly", "noinclude",
                                            "section",     "templatestyles",
                                            "del",         "ins",
                                            "strike",      "abbr",
                                            "wbr",         "h1",
                                            "h2",          "h3",
                                            "h4",          "h5",
                                            "h6",          "ol",
                                            "ul",          "li",
                                            "dl",          "dt",
                                            "dd"};
    for (const char* known : kTags)
      if (EqualsLower(tag, known)) return known;
    return nullptr;
  }

  size_t MagicWordEnd(size_t at, size_t to) const {
    size_t i = at + 2;
    while (i < to && text_[i] >= 'A' && text_[i] <= 'Z') ++i;
    return i > at + 2 && StartsWithAt(text_, i, "__") && i + 2 <= to ? i + 2 : kNone;
  }

  // {{name|arg|…}} in [at, close): its first unnamed argument, set apart for a block template; nothing for
  // one without, or a silent one.
  void Template(size_t at, size_t close) {
    if (depth_ >= kMostDepth) return;
    const auto args = SplitTopLevel(text_, at + 2, close - 2, "|");
    const std::string name = LowerAscii(Trim(text_.substr(args[0].first, args[0].second - args[0].first)));
    if (SilentTemplate(name)) return;
    for (size_t k = 1; k < args.size(); ++k) {
      const Argument arg = ReadArgument(text_, args[k]);
      if (!arg.key.empty()) continue;
      const bool block = BlockTemplate(name);
      if (block) Break(at);
      ++depth_;
      Walk(arg.begin, arg.end);
      --depth_;
      if (block) Break(close);
      return;
    }
  }

  // [[target|label]] in [from, to): the label, else the target; nothing of a file or a category.
  void Link(size_t from, size_t to) {
    if (depth_ >= kMostDepth) return;
    const std::string head = LowerAscii(text_.substr(from, std::min<size_t>(to - from, 12)));
    for (std::string_view ns : {"file:", "image:", "media:", "category:", "文件:", "图像:", "分类:"})
      if (head.starts_with(ns)) return;
    const auto parts = SplitTopLevel(text_, from, to, "|");
    ++depth_;
    Walk(parts.size() > 1 ? parts[1].first : from, to);
    --depth_;
  }

  std::string_view text_;
  Brackets brackets_;
  std::vector<Piece> pieces_;
  std::string cur_;
  size_t start_ = 0;
  int depth_ = 0;
  std::pair<size_t, size_t> next_square_{kNone, kNone}, next_angle_{kNone, kNone},
      comment_end_{kNone, kNone};  // (asked from, found at)
};

// A line of `text` from `at`: where its content ends (before \r\n or \n) and where the next starts.
std::pair<size_t, size_t> LineAt(std::string_view text, size_t at) {
  size_t eol = text.find('\n', at);
  const size_t next = eol == kNone ? text.size() : eol + 1;
  if (eol == kNone) eol = text.size();
  if (eol > at && text[eol - 1] == '\r') --eol;
  return {eol, next};
}

size_t SkipSpaces(std::string_view text, size_t at, size_t to) {
  while (at < to && (text[at] == ' ' || text[at] == '\t')) ++at;
  return at;
}

void AddParagraphs(std::string_view text, Renderer& renderer, size_t from, size_t to, Blocks& out) {
  for (Piece& p : renderer.Pieces(from, to)) {
    Block& b = out.emplace_back();
    b.begin = p.begin;
    b.end = p.end;
    b.original.assign(text.substr(p.begin, p.end - p.begin));
    std::replace(p.text.begin(), p.text.end(), '\n', ' ');
    b.text = std::move(p.text);
  }
}

// A cell of a table's `|` or `!` line: where its text stands (past its attributes), and its spans.
struct LineCell {
  size_t begin = 0, end = 0;
  int rowspan = 1, colspan = 1;
};

// The cells of a `|` line's [from, to) (past its bar): parted by `||`, and by `!!` on a header's `!` line;
// each `attributes | text` where a lone bar follows attributes (rowspan=2, colspan="5", style=…).
std::vector<LineCell> CellsOfLine(std::string_view text, size_t from, size_t to, bool header) {
  std::vector<std::pair<size_t, size_t>> segments;
  for (const auto& s : SplitTopLevel(text, from, to, "||"))
    if (header)
      for (const auto& piece : SplitTopLevel(text, s.first, s.second, "!!")) segments.push_back(piece);
    else
      segments.push_back(s);
  std::vector<LineCell> out;
  for (const auto& [b, e] : segments) {
    LineCell cell{b, e};
    const auto bar = SplitTopLevel(text, b, e, "|");
    if (bar.size() >= 2) {
      const std::string_view attrs = text.substr(b, bar[0].second - b);
      if (Trim(attrs).empty() || attrs.find('=') != kNone) {
        cell.begin = bar[1].first;
        const auto number = [&](std::string_view name, int most) {
          int n = 0;
          for (char d : AttributeValue(attrs, name)) {
            if (d < '0' || d > '9') break;
            n = std::min(most, n * 10 + (d - '0'));
          }
          return std::max(1, n);
        };
        cell.rowspan = number("rowspan", kMostRowSpan);
        cell.colspan = number("colspan", kMostColumns);
      }
    }
    out.push_back(cell);
  }
  return out;
}

// A wiki table from `begin` (its `{|` line): its rows appended to `out`; where the text after it starts.
size_t ReadTable(std::string_view text, Renderer& renderer, size_t begin, Blocks& out) {
  struct Cell {
    std::vector<std::pair<size_t, size_t>> lines;  // its text, a line each
    int rowspan = 1, colspan = 1;
  };
  std::vector<Cell> cells;
  std::vector<int> left;  // how many rows below each column is still merged down
  size_t row_begin = begin;
  const auto finish_row = [&](size_t end) {
    if (cells.empty()) return;
    Block row;
    row.kind = BlockKind::kTableRow;
    row.begin = row_begin;
    row.end = end;
    row.original.assign(text.substr(row_begin, end - row_begin));
    std::vector<bool> merged;
    std::vector<int> next(left.size(), 0);
    size_t col = 0;
    const auto covered = [&](size_t c) { return c < left.size() && left[c] > 0; };
    const auto add = [&](std::string cell, size_t at, bool merge) {
      row.cells.push_back(std::move(cell));
      row.cell_begins.push_back(static_cast<uint32_t>(at - row_begin));
      merged.push_back(merge);
      if (merge) {
        if (next.size() <= col) next.resize(col + 1, 0);
        next[col] = left[col] - 1;
      }
      ++col;
    };
    for (Cell& cell : cells) {
      const size_t at = cell.lines.empty() ? row_begin : cell.lines.front().first;
      while (covered(col) && col < static_cast<size_t>(kMostColumns)) add("", at, true);
      if (col >= static_cast<size_t>(kMostColumns)) break;
      std::string shown;
      for (const auto& [from, to] : cell.lines)
        for (Piece& p : renderer.Pieces(from, to)) shown += (shown.empty() ? "" : "\n") + p.text;
      const size_t first = col;
      add(std::move(shown), at, false);
      const int span = std::clamp(cell.colspan, 1, std::max(1, kMostColumns - static_cast<int>(first)));
      for (int k = 1; k < span; ++k) add("", at, false);
      if (next.size() < col) next.resize(col, 0);
      for (size_t c = first; c < col; ++c) next[c] = cell.rowspan - 1;
    }
    while (col < left.size() && covered(col)) add("", end, true);
    left = std::move(next);
    cells.clear();
    if (std::all_of(row.cells.begin(), row.cells.end(), [](const std::string& c) { return c.empty(); }))
      return;  // a row only of merges and markup: nothing to read
    if (std::find(merged.begin(), merged.end(), true) != merged.end()) row.merged_above = std::move(merged);
    row.text = PipeRowText(row.cells);
    out.push_back(std::move(row));
  };
  size_t at = LineAt(text, begin).second;  // past the `{|` line and its attributes
  int nested = 0;                          // tables open inside a cell
  while (at < text.size()) {
    const auto [eol, next] = LineAt(text, at);
    const size_t ls = SkipSpaces(text, at, eol);
    const std::string_view line = text.substr(ls, eol - ls);
    // A table inside a cell: its syntax no text, its cells' text the outer cell's lines.
    if (line.starts_with("{|") || (nested > 0 && line.starts_with("|}"))) {
      nested += line.starts_with("{|") ? 1 : -1;
      at = next;
      continue;
    }
    if (nested > 0) {
      if (!cells.empty() && !line.starts_with("|-")) {
        if (line.starts_with("|") || line.starts_with("!")) {
          for (const LineCell& cell :
               CellsOfLine(text, ls + (line.starts_with("|+") ? 2 : 1), eol, line.starts_with("!")))
            cells.back().lines.emplace_back(cell.begin, cell.end);
        } else if (!Trim(line).empty()) {
          cells.back().lines.emplace_back(ls, eol);
        }
      }
      at = next;
      continue;
    }
    if (line.starts_with("|}")) {
      finish_row(next);
      return next;
    }
    if (line.starts_with("|-")) {
      if (!cells.empty()) {
        finish_row(at);
        row_begin = at;
      }
    } else if (line.starts_with("|+")) {
      if (cells.empty()) {  // a caption: a paragraph, before the rows
        AddParagraphs(text, renderer, ls + 2, eol, out);
        row_begin = next;
      }
    } else if (line.starts_with("|") || line.starts_with("!")) {
      for (const LineCell& c : CellsOfLine(text, ls + 1, eol, line.starts_with("!"))) {
        Cell cell;
        cell.rowspan = c.rowspan;
        cell.colspan = c.colspan;
        cell.lines.emplace_back(c.begin, c.end);
        cells.push_back(std::move(cell));
      }
    } else if (!Trim(line).empty() && !cells.empty()) {
      cells.back().lines.emplace_back(ls, eol);  // a cell's later line
    }
    at = next;
  }
  finish_row(text.size());
  return text.size();
}

// The page's header template at [at, close): its title and document number, each a paragraph of its
// value, in the order they stand.
void ReadHeader(std::string_view text, Renderer& renderer, size_t at, size_t close, Blocks& out) {
  const auto args = SplitTopLevel(text, at + 2, close - 2, "|");
  for (size_t k = 1; k < args.size(); ++k) {
    const Argument arg = ReadArgument(text, args[k]);
    const std::string key = LowerAscii(arg.key);
    if (key == "title" || key == "标题" || key == "发文字号" || key == "文号") {
      size_t from = arg.begin, to = arg.end;
      while (from < to && IsAsciiSpace(text[from])) ++from;
      while (to > from && IsAsciiSpace(text[to - 1])) --to;
      if (from < to) AddParagraphs(text, renderer, from, to, out);
    }
  }
}

}  // namespace

bool LooksLikeWikitext(std::string_view text) {
  size_t at = 0;
  if (text.starts_with("\xEF\xBB\xBF")) at = 3;
  while (at < text.size() && IsAsciiSpace(text[at])) ++at;
  // ({{Header …}}, {{Textquality|…}}: a wiki's page header; not {{ page.title }}, a site generator's, nor
  // {{目录}}.)
  if (StartsWithAt(text, at, "{{")) {
    size_t name = at + 2;
    while (name < text.size() && IsAsciiSpace(text[name])) ++name;
    const std::string head = LowerAscii(text.substr(name, 11));
    if (head.starts_with("header") || head.starts_with("textquality")) return true;
  }
  // A table: a line opening {|, and a later one opening |}.
  for (size_t i = 0; i < text.size();) {
    const auto [eol, next] = LineAt(text, i);
    const size_t ls = SkipSpaces(text, i, eol);
    if (StartsWithAt(text, ls, "{|")) {
      for (size_t j = next; j < text.size();) {
        const auto [e2, n2] = LineAt(text, j);
        if (StartsWithAt(text, SkipSpaces(text, j, e2), "|}")) return true;
        j = n2;
      }
      return false;
    }
    i = next;
  }
  return false;
}

void ReadWikitext(std::string_view text, Blocks& out) {
  Renderer renderer(text);
  for (size_t at = 0; at < text.size();) {
    const auto [eol, next] = LineAt(text, at);
    const size_t ls = SkipSpaces(text, at, eol);
    if (StartsWithAt(text, ls, "{|")) {
      at = ReadTable(text, renderer, ls, out);
      continue;
    }
    // A template over several lines ({{Header …}}): read whole, its own way for the page's header.
    if (StartsWithAt(text, ls, "{{"))
      if (const size_t close = renderer.brackets().Close(ls); close != kNone && close > eol) {
        const auto name = SplitTopLevel(text, ls + 2, close - 2, "|").front();
        if (LowerAscii(Trim(text.substr(name.first, name.second - name.first))) == "header")
          ReadHeader(text, renderer, ls, close, out);
        else
          AddParagraphs(text, renderer, ls, close, out);
        at = close;
        continue;
      }
    // A heading: == 一、… ==, its marks no text (the line its blocks' source).
    size_t a = ls, b = eol;
    while (a < b && text[a] == '=') ++a;
    while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
    size_t marks = b;
    while (marks > a && text[marks - 1] == '=') --marks;
    if (a > ls && marks < b) {
      const size_t first = out.size();
      AddParagraphs(text, renderer, a, marks, out);
      if (out.size() > first) {
        out[first].begin = ls;
        out.back().end = eol;
        for (size_t k = first; k < out.size(); ++k)
          out[k].original.assign(text.substr(out[k].begin, out[k].end - out[k].begin));
      }
      at = next;
      continue;
    }
    if (StartsWithAt(text, ls, "----") && Trim(text.substr(ls, eol - ls)).find_first_not_of('-') == kNone) {
      at = next;  // a rule
      continue;
    }
    AddParagraphs(text, renderer, ls, eol, out);
    at = next;
  }
}

}  // namespace gongwen::internal
