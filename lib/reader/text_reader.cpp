// The text reader: lines become paragraph blocks; pipe rows, tab-separated rows and the rows of
// HTML tables become table rows.
#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string_view>
#include <vector>

#include "core/utf8.h"
#include "gongwen/block.h"
#include "reader/asciidoc_table.h"
#include "reader/column_text.h"
#include "reader/css_counters.h"
#include "reader/grid_table.h"
#include "reader/html_markup.h"
#include "reader/html_table.h"
#include "reader/html_text.h"
#include "reader/layout_table.h"
#include "reader/tsv_table.h"
#include "reader/wiki_text.h"

namespace gongwen {

const char* BlockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kParagraph: return "paragraph";
    case BlockKind::kTableRow: return "table_row";
    case BlockKind::kPageBreak: return "page_break";
    case BlockKind::kFootnote: return "footnote";
  }
  return "paragraph";
}

namespace {

// The length of an HTML line break at the start of `text` (<br>, <br/>, <br />, any case; </br> as MaxKB's
// DOCX handler writes a soft break in a cell), or 0: an online document's Markdown parts a cell's lines with
// it.
size_t LineBreakTag(std::string_view text) {
  const size_t slash = text.size() > 1 && text[1] == '/' ? 1 : 0;  // (</br>)
  if (text.size() < 4 + slash || text[0] != '<' || (text[1 + slash] != 'b' && text[1 + slash] != 'B') ||
      (text[2 + slash] != 'r' && text[2 + slash] != 'R'))
    return 0;
  size_t i = 3 + slash;
  while (i < text.size() && text[i] == ' ') ++i;
  if (i < text.size() && text[i] == '/') ++i;
  return i < text.size() && text[i] == '>' ? i + 1 : 0;
}

// The length of a written line end at the start of `text` (`\n`, not before a small Latin letter: C:\new; but
// 县数据局\nIT中心), or 0.
size_t EscapedLineEnd(std::string_view text) {
  const char after = text.size() > 2 ? text[2] : '\0';
  return text.size() >= 2 && text[1] == 'n' && !(after >= 'a' && after <= 'z') ? 2 : 0;
}

// The length of DokuWiki's forced line break at the start of `text` (`\\` before a space or the row's end:
// pandoc -t dokuwiki writes a cell's paragraphs so, `A\\ \\ B`), or 0.
size_t DokuWikiLineBreak(std::string_view text) {
  if (!text.starts_with("\\\\")) return 0;
  return text.size() == 2 ? 2 : text[2] == ' ' ? 3 : text[2] == '|' || text[2] == '^' ? 2 : 0;
}

// A DokuWiki table's header row: `^ 序号 ^ 工作任务 ^ …`, three cells at least (a ^ alone or a caret in a
// formula is none).
bool DokuWikiRow(std::string_view line) {
  return line.size() > 2 && line.front() == '^' && std::count(line.begin(), line.end(), '^') >= 4;
}

// Splits `| a | b |` into trimmed cells and where each starts in the row;
// `\|` stays inside a cell as '|', and <br> parts its lines, as do a written `\n` before no Latin letter (a
// spreadsheet's Alt+Enter as pandas prints it, MarkItDown's tables: 县财政局\n县自然资源局) and a '\v' (a
// slide's line break as MarkItDown leaves it). A DokuWiki row (`^ 序号 ^ 工作任务 ^`, its header cells opened
// by
// ^) is parted at ^ too, and its `\\ ` breaks part a cell's lines.
void SplitPipeRow(std::string_view row, Block& block) {
  const bool dokuwiki = row.starts_with("^");
  std::string cell;
  std::vector<uint32_t> origin;  // where each byte of `cell` stands in the row (`\|` and <br> are longer)
  size_t cell_start = 1;
  auto finish = [&](size_t end) {
    std::string_view trimmed = internal::TrimSpaces(cell);
    // A <br> at either end parts no lines.
    while (!trimmed.empty() && trimmed.front() == '\n') trimmed = internal::TrimSpaces(trimmed.substr(1));
    while (!trimmed.empty() && trimmed.back() == '\n')
      trimmed = internal::TrimSpaces(trimmed.substr(0, trimmed.size() - 1));
    const size_t begin =
        trimmed.empty() ? cell_start : origin[static_cast<size_t>(trimmed.data() - cell.data())];
    block.cells.emplace_back(trimmed);
    block.cell_begins.push_back(static_cast<uint32_t>(std::min(begin, end)));
    cell.clear();
    origin.clear();
  };
  for (size_t i = 1; i + 1 < row.size(); ++i) {
    if (row[i] == '\\' && i + 2 < row.size() && row[i + 1] == '|') {
      cell += '|';
      origin.push_back(static_cast<uint32_t>(i + 1));
      ++i;
    } else if (row[i] == '|' || (dokuwiki && row[i] == '^')) {
      finish(i);
      cell_start = i + 1;
    } else if (const size_t br = row[i] == '<' ? LineBreakTag(row.substr(i))
                                 : row[i] == '\\'
                                     ? std::max(EscapedLineEnd(row.substr(i)),
                                                DokuWikiLineBreak(row.substr(i, row.size() - 1 - i)))
                                 : row[i] == '\v' ? 1
                                                  : 0;
               br > 0) {
      cell += '\n';
      origin.push_back(static_cast<uint32_t>(i));
      i += br - 1;
    } else {
      cell += row[i];
      origin.push_back(static_cast<uint32_t>(i));
    }
  }
  finish(row.size() - 1);
}

// How many tabs stand before `begin` on its line, among the spaces before it (none at most lines: a look at
// the byte before).
size_t LeadingTabs(std::string_view text, size_t begin) {
  size_t tabs = 0;
  for (size_t i = begin; i > 0 && text[i - 1] != '\n' && text[i - 1] != '\r';) {
    --i;
    if (text[i] == '\t')
      ++tabs;
    else if (text[i] != ' ')
      return 0;  // (not the line's start: text before it)
  }
  return tabs;
}

void SplitTabRow(std::string_view row, Block& block) {
  size_t start = 0;
  while (true) {
    size_t tab = row.find('\t', start);
    std::string_view cell = row.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
    std::string_view trimmed = internal::TrimSpaces(cell);
    block.cells.emplace_back(trimmed);
    block.cell_begins.push_back(static_cast<uint32_t>(trimmed.empty() ? start : trimmed.data() - row.data()));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
}

// The first '\n', '\r', '\f' or '\v' at or after pos (text.size() if none): memchr
// finds the line feed, then the line is checked for the rarer three, unless the
// text has none (`feeds_only`). A '\v' is Word's line break (Shift+Enter) as its
// text exports and MarkItDown's slides give it; in a row of cells (a '|' or a tab
// in the line) it is a cell's (SplitPipeRow parts a pipe cell's lines at it).
size_t LineEnd(std::string_view text, size_t pos, bool feeds_only) {
  const void* nl = std::memchr(text.data() + pos, '\n', text.size() - pos);
  size_t end = nl == nullptr ? text.size() : static_cast<size_t>(static_cast<const char*>(nl) - text.data());
  if (feeds_only) return end;
  // (A row of cells, pipes or tabs in it, keeps its '\v's: a cell's.)
  const std::string_view line = text.substr(pos, end - pos);
  const bool row = line.find('|') != std::string_view::npos || line.find('\t') != std::string_view::npos;
  for (size_t i = pos; i < end; ++i)
    if (text[i] == '\r' || text[i] == '\f' || (text[i] == '\v' && !row)) return i;
  return end;
}

// Calls on_line(content, line_end) for every line, `content` being the line without its
// surrounding spaces (maybe empty) and `line_end` where its '\n', '\r' or '\f' stands.
template <typename OnLine>
void ForEachLine(std::string_view text, OnLine on_line) {
  const bool feeds_only = text.find('\r') == std::string_view::npos &&
                          text.find('\f') == std::string_view::npos &&
                          text.find('\v') == std::string_view::npos;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t eol = LineEnd(text, pos, feeds_only);
    on_line(internal::TrimSpaces(text.substr(pos, eol - pos)), eol);
    pos = eol;
    if (pos < text.size()) {
      if (text[pos] == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') ++pos;
      ++pos;
    }
  }
}

// One line's block (none for a blank line), and a page break after it when its line ends in a
// form feed; `eol` is where that line end stands in the source text.
void AddLine(Blocks& blocks, const Source& source, std::string_view content, size_t eol) {
  const std::string& text = source.text();
  if (!content.empty()) {
    Block& block = blocks.emplace_back();  // built in place: a Block is some 300 bytes to move
    block.begin = static_cast<size_t>(content.data() - text.data());
    block.end = block.begin + content.size();
    block.original.assign(content);
    block.span = source.SpanOf(block.begin, block.end);
    block.style.indent = static_cast<int>(internal::IndentationBefore(text, block.begin));
    if (const size_t quote = internal::QuoteMarksLength(content);
        content.size() >= quote + 2 && (content[quote] == '|' || content[quote] == '^') &&
        (content.back() == '|' || content.back() == '^') && (content[quote] == '|' || DokuWikiRow(content))) {
      block.kind =
          BlockKind::kTableRow;  // a row of a forwarded mail (> | 1 | … |) too: the marks are not a cell
      SplitPipeRow(content.substr(quote), block);
      for (uint32_t& begin : block.cell_begins) begin += static_cast<uint32_t>(quote);
    } else if (const size_t tab = content.find('\t');
               tab != std::string_view::npos && content.find('\t', tab + 1) != std::string_view::npos) {
      // A row pasted from a spreadsheet: cells between tabs; the tabs before its first text (a row whose 序号
      // Word numbered, empty in a copy) its empty first cells.
      block.kind = BlockKind::kTableRow;
      for (size_t k = LeadingTabs(text, block.begin); k > 0; --k) {
        block.cells.emplace_back();
        block.cell_begins.push_back(0);
      }
      SplitTabRow(content, block);
    }
    block.text.assign(content);
  }
  if (eol < text.size() && text[eol] == '\f') {
    Block brk;
    brk.kind = BlockKind::kPageBreak;
    brk.begin = eol;
    brk.end = eol + 1;
    brk.original = "\f";
    brk.span = source.SpanOf(brk.begin, brk.end);
    blocks.push_back(std::move(brk));
  }
}

// The cells of a pipe table's row written without its outer pipes (序号 | 工作任务 | 责任单位, as GitHub's
// Markdown allows): each unescaped '|' parts two cells; 0 when the line has none.
size_t BorderlessCells(std::string_view line, bool outer = true) {
  // (An outer pipe on one side only, | 2 | 加装电梯 | 区住建局, borders no cell; with `outer` false, it parts
  // an empty cell from the next: ` | 任务 | 县住建局` has three.)
  if (outer && line.starts_with("|")) line.remove_prefix(1);
  if (outer && line.ends_with("|") && !line.ends_with("\\|")) line.remove_suffix(1);
  size_t cells = 1;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '|')
      ++i;
    else if (line[i] == '|')
      ++cells;
  }
  return cells == 1 ? 0 : cells;
}

// A pipe table's separator row (---|:---:|---, its outer pipes left out or not): dashes, colons and spaces
// between pipes, three dashes at least in each cell.
bool SeparatorRow(std::string_view line) {
  if (line.find('|') == std::string_view::npos) return false;
  size_t dashes = 0;
  bool cell_ok = true;
  for (size_t i = 0; i <= line.size(); ++i) {
    const char c = i < line.size() ? line[i] : '|';
    if (c == '|') {
      cell_ok = cell_ok && (dashes >= 3 || (i == 0 || i == line.size()));
      dashes = 0;
    } else if (c == '-') {
      ++dashes;
    } else if (c != ':' && c != ' ') {
      return false;
    }
  }
  return cell_ok;
}

// A pipe table written without its outer pipes (序号 | 工作任务 ⏎ ---|--- ⏎ 1 | 新建校园足球场): the text
// reader read its lines as paragraphs. A header line over a separator row with as many cells, and the lines
// right under them with as many, are the table's rows, split as a bordered row is.
void ReadBorderlessPipeRows(Blocks& blocks) {
  for (size_t i = 1; i < blocks.size(); ++i) {
    Block& sep = blocks[i];
    if (sep.kind != BlockKind::kParagraph || !SeparatorRow(sep.original)) continue;
    Block& header = blocks[i - 1];
    const size_t cells = BorderlessCells(sep.original);
    if (cells < 2 || header.kind != BlockKind::kParagraph || header.span.line + 1 != sep.span.line ||
        BorderlessCells(header.original) != cells)
      continue;
    // A row: as many cells as the header, its outer pipes taken as borders or, where that counts right, as
    // parting an empty first or last cell (2 | 任务 | 县住建局 |); or fewer, two at least (GitHub's Markdown
    // fills a short row with empty cells).
    const auto row_cells = [&](std::string_view line) {
      return BorderlessCells(line, false) == cells ||
             (BorderlessCells(line) >= 2 && BorderlessCells(line) <= cells);
    };
    size_t end = i + 1;
    while (end < blocks.size() && blocks[end].kind == BlockKind::kParagraph &&
           blocks[end].span.line == blocks[end - 1].span.line + 1 && row_cells(blocks[end].original))
      ++end;
    for (size_t k = i - 1; k < end; ++k) {
      Block& row = blocks[k];
      const std::string_view content = row.original;
      // Split as a bordered row: the pipes a border would have added, where the line has none (and where its
      // own outer pipes part empty cells, on both sides).
      const bool empties =
          k > i && BorderlessCells(content, false) == cells && BorderlessCells(content) != cells;
      const bool open = !empties && content.starts_with("|"),
                 close = !empties && content.ends_with("|") && !content.ends_with("\\|");
      // (Appended piece by piece: GCC 12 saw `"|" + std::string(content)` as a memcpy that may overlap,
      // -Wrestrict, a false alarm in its inlined insert.)
      std::string bordered;
      bordered.reserve(content.size() + 2);
      if (!open) bordered += '|';
      bordered += content;
      if (!close) bordered += '|';
      row.kind = BlockKind::kTableRow;
      row.cells.clear();
      row.cell_begins.clear();
      SplitPipeRow(bordered, row);
      for (uint32_t& begin : row.cell_begins)
        begin =
            std::min<uint32_t>(begin - (open || begin == 0 ? 0 : 1), static_cast<uint32_t>(content.size()));
    }
    i = end - 1;
  }
}

// A frame's document a saved page holds in its <iframe srcdoc="…"> (SingleFile keeps a frame so, and
// nowhere else): where the element stands in the page, [begin, end), and its srcdoc value, [value_begin,
// value_end); `shown` false for a frame the page hides (display:none), whose document shows nothing.
struct FrameDocument {
  size_t begin, end, value_begin, value_end;
  bool shown = true;
};

// The page's frames with a srcdoc (none without the word: one search), in order, apart; none inside a
// comment, a script or a style sheet, where a browser shows nothing.
std::vector<FrameDocument> FindFrameDocuments(std::string_view text) {
  std::vector<FrameDocument> frames;
  if (text.find("srcdoc") == std::string_view::npos && text.find("SRCDOC") == std::string_view::npos)
    return frames;
  size_t end_tag = 0;  // the last </iframe> found, or npos when there is none further on
  for (size_t at = text.find('<'); at != std::string_view::npos; at = text.find('<', at + 1)) {
    if (text.substr(at, 4) == "<!--") {
      const size_t close = text.find("-->", at + 4);
      if (close == std::string_view::npos) break;
      at = close + 2;
      continue;
    }
    for (std::string_view raw : {"script", "style"})
      if (internal::EqualsLower(text.substr(at + 1, raw.size()), raw)) {
        const size_t close = internal::FindEndTag(text, at + 1 + raw.size(), raw);
        at = close == std::string_view::npos ? text.size() - 1 : close + 1;
        break;
      }
    if (at + 7 >= text.size() || !internal::EqualsLower(text.substr(at + 1, 6), "iframe") ||
        !(internal::IsAsciiSpace(text[at + 7]) || text[at + 7] == '>'))
      continue;
    // Its attributes, quotes kept whole (a srcdoc value holds a document's '<' and '>'), to its '>'.
    std::optional<FrameDocument> frame;
    size_t i = at + 7;
    for (; i < text.size() && text[i] != '>'; ++i) {
      if (text[i] != '"' && text[i] != '\'') continue;
      // A quote opens a value after its '=' only (title=Bob's is a value of its own).
      size_t name_end = i;
      while (name_end > at && internal::IsAsciiSpace(text[name_end - 1])) --name_end;
      if (name_end <= at || text[name_end - 1] != '=') continue;
      const size_t close = text.find(text[i], i + 1);
      if (close == std::string_view::npos) return frames;  // a quote never closed: no frame read
      size_t name = name_end - 1;
      while (name > at && internal::IsAsciiSpace(text[name - 1])) --name;
      // (srcdoc itself, not data-srcdoc)
      if (name >= at + 7 && internal::EqualsLower(text.substr(name - 6, 6), "srcdoc") &&
          internal::IsAsciiSpace(text[name - 7]))
        frame = FrameDocument{at, 0, i + 1, close};
      i = close;
    }
    if (i >= text.size()) break;
    const size_t tag_end = i + 1;
    at = i;  // the tag's '>'
    if (!frame) continue;
    frame->shown = !internal::Undisplayed(text.substr(frame->begin + 7, tag_end - 1 - (frame->begin + 7)));
    // (Its end tag: one search for all the frames before it, none after it is known to be missing.)
    if (end_tag != std::string_view::npos && end_tag < tag_end)
      end_tag = internal::FindEndTag(text, tag_end, "iframe");
    const size_t gt = end_tag == std::string_view::npos ? std::string_view::npos : text.find('>', end_tag);
    frame->end = gt == std::string_view::npos ? tag_end : gt + 1;
    frames.push_back(*frame);
    at = frame->end - 1;
  }
  return frames;
}

// How deep frames' documents are read inside each other (a frame's document may hold frames).
constexpr int kMostFrameDepth = 3;

void ReadPage(std::string_view text, Blocks& blocks, int depth);

// The blocks of a frame's document, read as a page of its own: its references decoded (the value's &quot;
// and &amp;), each block's [begin, end) mapped back to where its bytes stand in the value, its `original`
// the frame's markup as the frame shows it.
void ReadFrameDocument(std::string_view text, const FrameDocument& frame, Blocks& blocks, int depth) {
  std::string document;
  std::vector<size_t> at;  // where each byte of `document` comes from in `text`, and the value's end
  document.reserve(frame.value_end - frame.value_begin);
  at.reserve(frame.value_end - frame.value_begin + 1);
  for (size_t i = frame.value_begin; i < frame.value_end;) {
    size_t length = 1;
    const char32_t cp = text[i] == '&' ? internal::Entity(text, i, frame.value_end, length) : 0;
    if (cp == 0) {
      document.push_back(text[i]);
      at.push_back(i++);
      continue;
    }
    const size_t before = document.size();
    internal::AppendUtf8(document, cp);
    at.insert(at.end(), document.size() - before, i);
    i += length;
  }
  at.push_back(frame.value_end);
  const size_t first = blocks.size();
  ReadPage(document, blocks, depth + 1);
  for (size_t k = first; k < blocks.size(); ++k) {
    Block& b = blocks[k];
    b.begin = at[std::min(b.begin, at.size() - 1)];
    b.end = at[std::min(b.end, at.size() - 1)];
    for (BlockPart& part : b.parts) {
      part.begin = at[std::min(part.begin, at.size() - 1)];
      part.end = at[std::min(part.end, at.size() - 1)];
    }
  }
}

// A saved web page's blocks, markup through and through: its paragraphs read out of it, its tables, and
// its frames' documents where they stand; no grid, layout, tab-separated, CSV or pasted table in its
// lines. Spans are the caller's to set.
void ReadPage(std::string_view text, Blocks& blocks, int depth) {
  struct Part {
    size_t begin, end;
    const FrameDocument* frame;  // a frame's document, or a table
  };
  const std::vector<FrameDocument> frames =
      depth < kMostFrameDepth ? FindFrameDocuments(text) : std::vector<FrameDocument>();
  // In order, none overlapping: the tables, then the frames outside them (one in a table's cell is the
  // cell's, a video's say).
  std::vector<Part> parts;
  for (const auto& t : internal::FindHtmlTables(text, true)) parts.push_back({t.begin, t.end, nullptr});
  {
    std::vector<Part> merged;
    size_t a = 0;
    for (const FrameDocument& f : frames) {
      while (a < parts.size() && parts[a].end <= f.begin) merged.push_back(parts[a++]);
      if (a < parts.size() && parts[a].begin < f.end) continue;
      merged.push_back({f.begin, f.end, &f});
    }
    merged.insert(merged.end(), parts.begin() + static_cast<std::ptrdiff_t>(a), parts.end());
    parts = std::move(merged);
  }
  // The numbers a page's styles write before its paragraphs (none for most pages: one search).
  internal::CssCounters counters(text);
  size_t from = 0;
  for (const Part& part : parts) {
    internal::ReadHtmlText(text, from, part.begin, blocks, &counters);
    if (part.frame != nullptr) {
      if (part.frame->shown) ReadFrameDocument(text, *part.frame, blocks, depth);  // (a hidden one: nothing)
    } else
      internal::ReadHtmlTable(text, {part.begin, part.end}, blocks, &counters);
    from = part.end;
  }
  internal::ReadHtmlText(text, from, text.size(), blocks, &counters);
}

}  // namespace

Blocks ReadTextBlocks(const Source& source) {
  const std::string_view text = source.text();
  // Counted first and reserved once: a block is some 300 bytes, and a 10 MB file has 100 000 lines
  // (each doubling moved every block made so far and touched fresh pages).
  size_t count = 0;
  // And whether a line opens as a grid table's border (+, or a box-drawing character: E2 94 80 to
  // E2 95 BF) or a layout table's header does (序号, 编号): a search of the whole text for them was 5
  // instructions a byte, their first bytes being those of most Chinese characters.
  bool grid = false, layout = false, wiki = false;
  ForEachLine(text, [&](std::string_view content, size_t eol) {
    count += (content.empty() ? 0 : 1) + (eol < text.size() && text[eol] == '\f' ? 1 : 0);
    wiki = wiki || (content.size() >= 2 && content[0] == '{' && (content[1] == '{' || content[1] == '|'));
    if (content.size() >= 3) {
      grid = grid || content[0] == '+' ||
             (content[0] == '\xE2' && (content[1] == '\x94' || content[1] == '\x95'));
      layout = layout || content.starts_with("序号") || content.starts_with("编号");
    }
  });
  Blocks blocks;
  blocks.reserve(count);
  // A saved web page is markup through and through (ReadPage).
  if (internal::LooksLikeHtmlPage(text)) {
    ReadPage(text, blocks, 0);
    for (Block& b : blocks) {
      b.span = source.SpanOf(b.begin, b.end);
      for (BlockPart& part : b.parts) part.span = source.SpanOf(part.begin, part.end);
    }
    return blocks;
  }
  // So is a wiki's page (维基文库's wikitext: templates, links, tables of its own).
  if (wiki && internal::LooksLikeWikitext(text)) {
    internal::ReadWikitext(text, blocks);
    for (Block& b : blocks) b.span = source.SpanOf(b.begin, b.end);
    return blocks;
  }
  // The HTML, key-value (Dify's), grid, layout, quoted tab-separated, CSV, pasted and scraped (a cell a line)
  // tables in order; a
  // table found inside one found before it (a grid drawn in an HTML table's cell) is that table's.
  enum class Kind { kHtml, kAsciiDoc, kGrid, kLayout, kColumns, kTsv, kCsv, kPasted, kCellLines, kKeyValues };
  struct Table {
    size_t begin, end;
    Kind kind;
  };
  std::vector<internal::ColumnZone>
      zones;                  // the two-column zones found, in order (some inside a table before)
  std::vector<Table> tables;  // in order, none overlapping
  // Each finder's tables are in order and apart: merged into those found before in one pass, a
  // table overlapping one of them left out (a text of a million small tables stays linear).
  auto add = [&](const auto& found, Kind kind) {
    std::vector<Table> merged;
    merged.reserve(tables.size() + found.size());
    size_t a = 0;
    for (const auto& t : found) {
      while (a < tables.size() && tables[a].end <= t.begin) merged.push_back(tables[a++]);
      if (a < tables.size() && tables[a].begin < t.end) continue;
      merged.push_back({t.begin, t.end, kind});
    }
    merged.insert(merged.end(), tables.begin() + static_cast<std::ptrdiff_t>(a), tables.end());
    tables = std::move(merged);
  };
  add(internal::FindHtmlTables(text, false), Kind::kHtml);
  add(internal::FindAsciiDocTables(text), Kind::kAsciiDoc);
  add(internal::FindKeyValueTables(text), Kind::kKeyValues);
  if (grid) add(internal::FindGridTables(text), Kind::kGrid);
  if (layout) add(internal::FindLayoutTables(text), Kind::kLayout);
  // (A page set in two columns after them: a layout table's columns are no page's.)
  zones = internal::FindColumnZones(text);
  add(zones, Kind::kColumns);
  add(internal::FindTsvTables(text), Kind::kTsv);
  add(internal::FindCsvTables(text), Kind::kCsv);
  add(internal::FindPastedTables(text), Kind::kPasted);
  add(internal::FindCellLineTables(text), Kind::kCellLines);
  // The lines between tables (all of them, when there is none), and each table's rows.
  const auto between = [&](size_t from, size_t to) {
    ForEachLine(text.substr(from, to - from),
                [&](std::string_view content, size_t eol) { AddLine(blocks, source, content, from + eol); });
  };
  size_t from = 0, zone = 0;
  for (const Table& table : tables) {
    between(from, table.begin);
    const size_t first = blocks.size();
    switch (table.kind) {
      case Kind::kHtml:
        internal::ReadHtmlTable(text, {table.begin, table.end}, blocks, nullptr);
        break;
      case Kind::kAsciiDoc:
        internal::ReadAsciiDocTable(text, {table.begin, table.end}, blocks);
        break;
      case Kind::kGrid:
        internal::ReadGridTable(text, {table.begin, table.end}, blocks);
        break;
      case Kind::kLayout:
        internal::ReadLayoutTable(text, {table.begin, table.end}, blocks);
        break;
      case Kind::kColumns:
        while (zone < zones.size() && zones[zone].begin < table.begin) ++zone;
        internal::ReadColumnZone(text, zones[zone], blocks);
        break;
      case Kind::kTsv:
        internal::ReadTsvTable(text, {table.begin, table.end}, blocks);
        break;
      case Kind::kCsv:
        internal::ReadCsvTable(text, {table.begin, table.end}, blocks);
        break;
      case Kind::kPasted:
        internal::ReadPastedTable(text, {table.begin, table.end}, blocks);
        break;
      case Kind::kCellLines:
        internal::ReadCellLineTable(text, {table.begin, table.end}, blocks);
        break;
      case Kind::kKeyValues:
        internal::ReadKeyValueTable(text, {table.begin, table.end}, blocks);
        break;
    }
    for (size_t k = first; k < blocks.size(); ++k)
      blocks[k].span = source.SpanOf(blocks[k].begin, blocks[k].end);
    from = table.end;
  }
  between(from, text.size());
  ReadBorderlessPipeRows(blocks);
  return blocks;
}

}  // namespace gongwen
