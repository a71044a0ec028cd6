// HTML tables inside text: found, and read into table-row blocks on the DOCX reader's grid.
#include "reader/html_table.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <utility>

#include "core/lists.h"
#include "core/utf8.h"
#include "reader/css_counters.h"
#include "reader/html_markup.h"

namespace gongwen::internal {
namespace {

// The value of attribute `name` (lower case) in a tag's attributes, as an integer in [1, most];
// 1 when it is absent or no positive number.
int SpanAttribute(std::string_view attrs, std::string_view name, int most) {
  const std::string_view value = AttributeValue(attrs, name);
  long number = 0;
  for (size_t j = 0; j < value.size() && value[j] >= '0' && value[j] <= '9' && number <= most; ++j)
    number = number * 10 + (value[j] - '0');
  return static_cast<int>(std::clamp(number, 1L, static_cast<long>(most)));
}

// Whether an element's WAI-ARIA role makes it a table: a web page may lay its table out in `<div>`s, a
// `role="table"` around `role="row"`s (CSS grid, flex), which a screen reader reads as one.
bool AriaTableRole(std::string_view attrs) {
  const std::string_view role = AttributeValue(attrs, "role");
  return EqualsLower(role, "table") || EqualsLower(role, "grid") || EqualsLower(role, "treegrid");
}

// Whether a CSS or HTML colour reads as red: red, darkred, #f00, #FF0000, Excel's 深红 #C00000, rgb(192, 0,
// 0).
bool RedColour(std::string_view value) {
  std::string v;
  for (char c : value)
    if (!IsAsciiSpace(c)) v.push_back(Lower(c));
  if (const size_t bang = v.find('!'); bang != std::string::npos) v.resize(bang);  // !important
  if (v == "red" || v == "darkred" || v == "crimson" || v == "firebrick") return true;
  int r = -1, g = -1, b = -1;
  const auto hex = [](char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
  };
  if (v.size() == 7 && v[0] == '#') {
    r = hex(v[1]) * 16 + hex(v[2]), g = hex(v[3]) * 16 + hex(v[4]), b = hex(v[5]) * 16 + hex(v[6]);
    if (hex(v[1]) < 0 || hex(v[2]) < 0 || hex(v[3]) < 0 || hex(v[4]) < 0 || hex(v[5]) < 0 || hex(v[6]) < 0)
      return false;
  } else if (v.size() == 4 && v[0] == '#') {
    if (hex(v[1]) < 0 || hex(v[2]) < 0 || hex(v[3]) < 0) return false;
    r = hex(v[1]) * 17, g = hex(v[2]) * 17, b = hex(v[3]) * 17;
  } else if (v.starts_with("rgb(") || v.starts_with("rgba(")) {
    int* parts[] = {&r, &g, &b};
    size_t i = v.find('(') + 1;
    for (int* part : parts) {
      int n = 0, digits = 0;
      while (i < v.size() && v[i] >= '0' && v[i] <= '9' && digits < 3) n = n * 10 + (v[i++] - '0'), ++digits;
      if (digits == 0) return false;
      *part = n;
      if (i < v.size() && v[i] == ',') ++i;
    }
  } else {
    return false;
  }
  return r >= 0xA0 && g <= 0x50 && b <= 0x50;
}

// The colour an element's attributes give its text: its style's color (not background-color) or a <font>'s
// color; 1 red, 2 another, 0 none said (the parent's).
int ColourOf(std::string_view attrs) {
  std::string_view colour = AttributeValue(attrs, "color");
  std::string style(AttributeValue(attrs, "style"));  // (COLOR: #FF0000 in an old editor's upper case)
  for (char& c : style) c = Lower(c);
  for (size_t at = 0; (at = style.find("color", at)) != std::string_view::npos; at += 5) {
    if (at > 0 && (style[at - 1] == '-' || IsAsciiAlnum(style[at - 1]))) continue;  // background-color
    size_t i = at + 5;
    while (i < style.size() && IsAsciiSpace(style[i])) ++i;
    if (i >= style.size() || style[i] != ':') continue;
    const size_t end = std::min(style.find(';', i), style.size());
    colour = std::string_view(style).substr(i + 1, end - i - 1);
  }
  if (colour.empty()) return 0;
  const std::string_view trimmed = TrimSpaces(colour);
  if (EqualsLower(trimmed, "inherit") || EqualsLower(trimmed, "currentcolor")) return 0;
  return RedColour(colour) ? 1 : 2;
}

// The grid's columns at most, as the DOCX reader clamps w:gridSpan: a cell past them goes into the
// last column, and colspan and merges are cut to fit (else a row of colspan="999" rowspan="65535"
// cells placed each row's cell one column further on: columns grew with the rows).
constexpr int kMostColumns = 64;
constexpr int kMostRowSpan = 65535;
// The elements of a table of roles followed at once, its own first (a row and its cells are a few deep).
constexpr size_t kMostOpen = 64;
// A cell spanning to the row's end (CSS `grid-column: 1 / -1`): as many columns as the widest row before.
constexpr int kSpanToEnd = 0;

// An integer at the front of `s` (a sign allowed), its digits taken off; 0 when there is none.
int LeadingInteger(std::string_view& s) {
  size_t i = 0;
  while (i < s.size() && IsAsciiSpace(s[i])) ++i;
  const bool negative = i < s.size() && s[i] == '-';
  if (negative) ++i;
  int value = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
    value = std::min(value * 10 + (s[i] - '0'), kMostRowSpan);
    ++i;
  }
  s.remove_prefix(i);
  return negative ? -value : value;
}

// How many columns a cell of a `role="row"` spans: its aria-colspan, else its CSS grid-column
// (`span 3`, `2 / 5`, `1 / -1` to the row's end: kSpanToEnd); 1 when it says nothing.
int AriaColumnSpan(std::string_view attrs) {
  if (!AttributeValue(attrs, "aria-colspan").empty())
    return SpanAttribute(attrs, "aria-colspan", kMostColumns);
  std::string_view style = AttributeValue(attrs, "style");
  for (size_t at = style.find("grid-column"); at != std::string_view::npos;
       at = style.find("grid-column", at + 1)) {
    std::string_view rest = style.substr(at + 11);
    size_t i = 0;
    while (i < rest.size() && IsAsciiSpace(rest[i])) ++i;
    if (i >= rest.size() || rest[i] != ':') continue;  // grid-column-start and the like
    rest = rest.substr(i + 1, rest.substr(i + 1).find(';'));
    const size_t span = rest.find("span");
    if (span != std::string_view::npos) {
      rest.remove_prefix(span + 4);
      return std::clamp(LeadingInteger(rest), 1, kMostColumns);
    }
    const int start = LeadingInteger(rest);
    const size_t slash = rest.find('/');
    if (slash == std::string_view::npos) return 1;
    rest.remove_prefix(slash + 1);
    const int end = LeadingInteger(rest);
    if (end < 0) return kSpanToEnd;
    return end > start && start > 0 ? std::min(end - start, kMostColumns) : 1;
  }
  return 1;
}

class TableReader {
 public:
  TableReader(std::string_view text, HtmlTableRange range, Blocks& out, CssCounters* counters)
      : text_(text), tags_(text, range.end), out_(out), counters_(counters) {}

  void Run(HtmlTableRange range) {
    Tag first;
    // A table of WAI-ARIA roles: its element stands for <table>, as if open.
    aria_ = tags_.Read(range.begin, first) && !EqualsLower(first.name, "table");
    if (aria_) depth_ = 1;
    WalkMarkup(
        text_, tags_, range.begin, range.end, [this](size_t a, size_t b) { Text(a, b); },
        [this](const Tag& tag) {
          if (aria_)
            OnAriaTag(tag);
          else
            OnTag(tag);
        });
    FinishRow();
    if (in_caption_) FinishCaption();
  }

 private:
  // Characters between tags: into the open cell or caption, spaces and line ends collapsed.
  void Text(size_t from, size_t to) {
    std::string* into = in_cell_ ? &cell_ : in_caption_ ? &caption_ : nullptr;
    if (into == nullptr) return;
    ReadCharacters(
        text_, from, to, [this] { pending_space_ = true; },
        [&](size_t at, size_t next, char32_t cp, char byte) {
          if (content_begin_ == std::string_view::npos) content_begin_ = at;
          const bool pending_space_was = pending_space_;
          if (pending_space_ && !into->empty() && into->back() != '\n') into->push_back(' ');
          if (chip_name_.empty()) line_has_text_ = true;  // (a chip's own text leaves the line to chips)
          pending_space_ = false;
          if (cp != 0)
            AppendUtf8(*into, cp);
          else
            into->push_back(byte);
          if (pending_space_was && !red_text_.empty()) EndRedPiece();  // 旗发改委 旗财政局: two names
          if (in_cell_ && red_) {                                      // in red: its piece too
            if (cp != 0)
              AppendUtf8(red_text_, cp);
            else
              red_text_.push_back(byte);
          } else if (!red_text_.empty()) {
            EndRedPiece();  // text in another colour ends it (two red runs side by side are one: 旗农|牧局)
          }
          if (bold_ > 0 && in_cell_) {  // inside <strong>/<b>: its piece too
            if (cp != 0)
              AppendUtf8(bold_text_, cp);
            else
              bold_text_.push_back(byte);
          }
          content_end_ = next;
          if (in_row_) row_end_ = next;
        });
  }

  // <strong> and <b> in a cell: the pieces set in bold, each kept with its cell (Block::emphasis), as the
  // DOCX reader keeps w:b runs (“责任单位”栏中加粗的为牵头单位).
  void Bold(const Tag& tag) {
    if (!in_cell_) return;
    if (!tag.closing) {
      ++bold_;
      return;
    }
    if (bold_ == 0) return;
    if (--bold_ == 0) EndBoldPiece();
  }
  void EndBoldPiece() {
    const std::string_view piece = TrimSpaces(bold_text_);
    if (!piece.empty()) cell_bold_.emplace_back(piece);
    bold_text_.clear();
  }

  // The colours the open elements of a cell give its text (ColourOf), innermost last: the pieces set in red,
  // each kept with its cell as a bold one is (以红色字体标注的为牵头单位), ended by text in another colour.
  // red_ is the text's colour now, set again whenever colours_ changes (not sought per character).
  void Recolour() {
    red_ = false;
    for (auto it = colours_.rbegin(); it != colours_.rend(); ++it)
      if (it->second != 0) {
        red_ = it->second == 1;
        break;
      }
  }
  void Colour(const Tag& tag) {
    if (!in_cell_ || IsVoidElement(tag.name) || tag.attrs.ends_with("/")) return;
    if (!tag.closing) {
      if (colours_.size() < 64) colours_.emplace_back(tag.name, ColourOf(tag.attrs));
    } else {
      for (size_t k = colours_.size(); k-- > 0;)
        if (SameName(colours_[k].first, tag.name)) {
          colours_.resize(k);
          break;
        }
    }
    Recolour();
  }
  void EndRedPiece() {
    const std::string_view piece = TrimSpaces(red_text_);
    if (!piece.empty()) cell_red_.emplace_back(piece);
    red_text_.clear();
  }

  void LineBreak() {
    EndRedPiece();  // (a unit a line in red: each its piece)
    std::string* into = in_cell_ ? &cell_ : in_caption_ ? &caption_ : nullptr;
    if (into == nullptr) return;
    while (!into->empty() && into->back() == ' ') into->pop_back();
    if (!into->empty() && into->back() != '\n') into->push_back('\n');
    pending_space_ = false;
    line_has_text_ = false;
  }

  void OnTag(const Tag& tag) {
    const std::string_view n = tag.name;
    if (EqualsLower(n, "table")) {
      depth_ += tag.closing ? -1 : 1;
      if (depth_ >= 1) {
        LineBreak();  // a table inside a cell: its rows are lines of the cell
        return;
      }
      FinishRow();
      return;
    }
    if (depth_ > 1) {  // inside a table inside a cell
      if (EqualsLower(n, "tr") || EqualsLower(n, "br") || EqualsLower(n, "p"))
        LineBreak();
      else if (!tag.closing && (EqualsLower(n, "td") || EqualsLower(n, "th")))
        pending_space_ = true;
      return;
    }
    // A row or cell tag closes a caption left open (<caption>说明<td>…): its block ends before the row's.
    if (in_caption_ && (EqualsLower(n, "tr") || EqualsLower(n, "td") || EqualsLower(n, "th")))
      FinishCaption();
    if (EqualsLower(n, "tr")) {
      FinishCell();
      if (tag.closing && in_row_) row_end_ = tag.end;
      FinishRow();
      if (!tag.closing) StartRow(tag.begin);
      row_colour_ = tag.closing ? 0 : ColourOf(tag.attrs);
      return;
    }
    if (EqualsLower(n, "td") || EqualsLower(n, "th")) {
      FinishCell();
      if (tag.closing) {
        if (in_row_) row_end_ = tag.end;
        return;
      }
      // A cell the page hides (display:none: a viewer's leftover under a merge, docx-preview's): no column
      // of the row, its text unseen (WalkMarkup).
      if (Undisplayed(tag.attrs)) return;
      if (!in_row_) StartRow(tag.begin);
      in_cell_ = true;
      line_has_text_ = false;
      chip_name_ = {};
      chip_depth_ = 0;
      cell_.clear();
      content_begin_ = std::string_view::npos;
      pending_space_ = false;
      cell_tag_end_ = tag.end;
      colours_.assign({{"tr", row_colour_}, {tag.name, ColourOf(tag.attrs)}});  // (a row's colour its cells')
      Recolour();
      rowspan_ = SpanAttribute(tag.attrs, "rowspan", kMostRowSpan);
      colspan_ = SpanAttribute(tag.attrs, "colspan", kMostColumns);
      row_end_ = tag.end;
      return;
    }
    if (EqualsLower(n, "caption")) {
      if (!tag.closing) {
        FinishRow();
        in_caption_ = true;
        caption_.clear();
        content_begin_ = std::string_view::npos;
      } else if (in_caption_) {
        FinishCaption();
      }
      return;
    }
    if ((EqualsLower(n, "strong") || EqualsLower(n, "b")) && !tag.attrs.ends_with("/")) Bold(tag);
    Colour(tag);
    if (EqualsLower(n, "br") || EqualsLower(n, "p") || EqualsLower(n, "div") || EqualsLower(n, "li") ||
        (n.size() == 2 && Lower(n[0]) == 'h' && n[1] >= '1' && n[1] <= '6') ||
        (!tag.closing && in_cell_ && !line_has_text_ && ChipClass(tag.attrs))) {
      LineBreak();
    }
    // The page's counters stepped by a cell's elements, as a browser steps them (a 序号 cell's paragraph,
    // numbered by the styles): the paragraphs after the table count on from them. The number itself is no
    // text of the cell (the rows are numbered by their order, as a cell without a number is).
    if (counters_ != nullptr && in_cell_ && !tag.closing && !IsVoidElement(n) && !tag.attrs.ends_with("/"))
      counters_->Open(tag.attrs);
    // A chip's element: its end (by its name) ends the chip, and text after it is the line's own.
    if (in_cell_ && !chip_name_.empty() && SameName(n, chip_name_) && !tag.attrs.ends_with("/")) {
      chip_depth_ += tag.closing ? -1 : 1;
      if (chip_depth_ <= 0) chip_name_ = {}, chip_depth_ = 0;
    } else if (in_cell_ && !tag.closing && chip_name_.empty() && ChipClass(tag.attrs) && !IsVoidElement(n)) {
      chip_name_ = n;
      chip_depth_ = 1;
    }
    if (in_row_ && (in_cell_ || tag.closing)) row_end_ = std::max(row_end_, tag.end);
  }

  // A tag of a table laid out by roles: a `role="row"` element is a <tr>, each element right inside it a
  // <td> (spanning as aria-colspan or its CSS grid-column says), other text right inside the table a
  // caption's; the elements are matched to their end tags by name.
  void OnAriaTag(const Tag& tag) {
    const std::string_view n = tag.name;
    if (n.empty() || IsVoidElement(n) || tag.attrs.ends_with("/")) {
      OnTag(tag);
      return;
    }
    Tag as = tag;
    if (!tag.closing) {
      const size_t depth = open_.size();
      // (Elements past kMostOpen deep, most of them never closed in a hostile page, are not followed: each
      // end tag looks back through kMostOpen at the most.)
      if (depth >= kMostOpen) {
        OnTag(tag);
        return;
      }
      open_.push_back(n);
      if (depth == 0) return;  // the table's own element
      if (row_depth_ == 0 && EqualsLower(AttributeValue(tag.attrs, "role"), "row")) {
        row_depth_ = depth;
        as.name = "tr";
        OnTag(as);
        return;
      }
      if (row_depth_ != 0 && depth == row_depth_ + 1) {
        as.name = "td";
        OnTag(as);
        colspan_ = AriaColumnSpan(tag.attrs);
        rowspan_ = SpanAttribute(tag.attrs, "aria-rowspan", kMostRowSpan);
        return;
      }
      if (row_depth_ == 0 && depth == 1) {
        as.name = "caption";
        OnTag(as);
        return;
      }
      OnTag(tag);
      return;
    }
    size_t k = open_.size();
    while (k > 0 && !SameName(n, open_[k - 1])) --k;
    if (k == 0) return;  // it closes nothing open
    const size_t depth = k - 1;
    open_.resize(depth);
    if (row_depth_ != 0 && depth <= row_depth_) {
      row_depth_ = 0;
      as.name = "tr";
      OnTag(as);
    } else if (row_depth_ != 0 && depth == row_depth_ + 1) {
      as.name = "td";
      OnTag(as);
    } else if (row_depth_ == 0 && depth == 1) {
      as.name = "caption";
      OnTag(as);
    } else if (depth > 0) {
      OnTag(tag);
    }
  }

  void StartRow(size_t begin) {
    in_row_ = true;
    row_ = Block{};
    row_.kind = BlockKind::kTableRow;
    row_.begin = begin;
    row_end_ = begin;
    any_merged_ = false;
    merged_.clear();
    col_ = 0;
    covered_.assign(left_.size(), false);
    next_left_.assign(left_.size(), 0);
    for (size_t c = 0; c < left_.size(); ++c) {
      covered_[c] = left_[c] > 0;
      if (covered_[c]) next_left_[c] = left_[c] - 1;
    }
  }

  void AddCell(std::string text, size_t content_begin, bool merged) {
    row_.cells.push_back(std::move(text));
    row_.cell_begins.push_back(static_cast<uint32_t>(content_begin - row_.begin));
    merged_.push_back(merged);
    any_merged_ = any_merged_ || merged;
    ++col_;
  }

  void SkipCovered(size_t until, size_t at) {
    while (col_ < covered_.size() && col_ < until) AddCell("", at, covered_[col_]);
  }

  void FinishCell() {
    if (!in_cell_) return;
    if (bold_ > 0) EndBoldPiece();  // a <strong> left open closes with its cell
    bold_ = 0;
    EndRedPiece();
    colours_.clear();
    red_ = false;
    in_cell_ = false;
    while (!cell_.empty() && (cell_.back() == '\n' || cell_.back() == ' ')) cell_.pop_back();
    const size_t begin = content_begin_ == std::string_view::npos ? cell_tag_end_ : content_begin_;
    // The columns merged down from above come first, then this cell and the columns it spans.
    while (col_ < covered_.size() && covered_[col_]) AddCell("", begin, true);
    if (col_ >= static_cast<size_t>(kMostColumns)) {  // past the grid: the last column's text goes on
      std::string& last = row_.cells.back();
      if (!cell_.empty()) last += (last.empty() ? "" : "\n") + cell_;
      for (std::string& piece : cell_bold_) row_.emphasis.push_back({kMostColumns - 1, std::move(piece)});
      cell_bold_.clear();
      for (std::string& piece : cell_red_)
        row_.emphasis.push_back({kMostColumns - 1, std::move(piece), true});
      cell_red_.clear();
      cell_.clear();
      content_begin_ = std::string_view::npos;
      pending_space_ = false;
      return;
    }
    const size_t first = col_;
    for (std::string& piece : cell_bold_)
      row_.emphasis.push_back({static_cast<int>(first), std::move(piece)});
    cell_bold_.clear();
    for (std::string& piece : cell_red_)
      row_.emphasis.push_back({static_cast<int>(first), std::move(piece), true});
    cell_red_.clear();
    const int wanted =
        colspan_ == kSpanToEnd ? static_cast<int>(widest_) - static_cast<int>(first) : colspan_;
    const int span = std::clamp(wanted, 1, std::max(1, kMostColumns - static_cast<int>(first)));
    AddCell(std::move(cell_), begin, false);
    for (int k = 1; k < span; ++k) AddCell("", begin, false);
    if (next_left_.size() < col_) next_left_.resize(col_, 0);
    for (size_t c = first; c < col_; ++c) next_left_[c] = rowspan_ - 1;
    cell_.clear();
    content_begin_ = std::string_view::npos;
    pending_space_ = false;
  }

  void FinishRow() {
    FinishCell();
    if (!in_row_) return;
    in_row_ = false;
    // Columns still merged down from above after the row's last cell.
    size_t last_covered = 0;
    for (size_t c = col_; c < covered_.size(); ++c)
      if (covered_[c]) last_covered = c + 1;
    SkipCovered(last_covered, row_end_);
    left_ = next_left_;
    widest_ = std::max(widest_, row_.cells.size());
    // `<tr></tr>`, or a row only of cells merged down from above: nothing to read.
    if (std::all_of(row_.cells.begin(), row_.cells.end(), [](const std::string& c) { return c.empty(); }))
      return;
    row_.end = std::max(row_end_, row_.begin);  // ReadHtmlTable extends it over the markup after it
    if (any_merged_) row_.merged_above = std::move(merged_);
    row_.text = PipeRowText(row_.cells);
    out_.push_back(std::move(row_));
  }

  void FinishCaption() {
    in_caption_ = false;
    while (!caption_.empty() && (caption_.back() == '\n' || caption_.back() == ' ')) caption_.pop_back();
    if (caption_.empty()) return;
    Block& b = out_.emplace_back();
    b.begin = content_begin_;
    b.end = std::max(content_end_, b.begin);
    std::replace(caption_.begin(), caption_.end(), '\n', ' ');
    b.text = std::move(caption_);
    caption_.clear();
    content_begin_ = std::string_view::npos;
  }

  std::string_view text_;
  TagReader tags_;
  Blocks& out_;
  int depth_ = 0;
  bool aria_ = false;
  std::vector<std::string_view> open_;  // a table of roles: its elements open, its own first
  size_t row_depth_ = 0;                // where in open_ its row stands; 0: no row open
  bool in_row_ = false, in_cell_ = false, in_caption_ = false, pending_space_ = false, any_merged_ = false;
  Block row_;
  size_t row_end_ = 0;
  std::string cell_, caption_;
  size_t cell_tag_end_ = 0, content_begin_ = std::string_view::npos, content_end_ = 0;
  int rowspan_ = 1, colspan_ = 1;
  CssCounters* counters_;  // the page's CSS counters, or null
  size_t col_ = 0, widest_ = 0;
  // Chips (ChipClass) in the cell: a chip after chips alone on its line starts a line of its own; one after
  // the line's own text (县发改局<span class="badge">牵头</span>) is part of it.
  bool line_has_text_ = false;
  std::string_view chip_name_;  // the open chip's element
  int chip_depth_ = 0;
  int bold_ = 0;                        // <strong>/<b> open in the cell
  std::string bold_text_;               // the bold piece being read
  std::vector<std::string> cell_bold_;  // the cell's bold pieces, for its column once known
  std::vector<std::pair<std::string_view, int>> colours_;  // the cell's open elements and their colours
  bool red_ = false;                                       // their text is red (Recolour)
  std::string red_text_;                                   // the red piece being read
  int row_colour_ = 0;                                     // the open row's colour (ColourOf)
  std::vector<std::string> cell_red_;                      // the cell's red pieces
  std::vector<int> left_, next_left_;  // per column: rows below still covered by a cell above
  std::vector<bool> covered_, merged_;
};

}  // namespace

// A layout table has at most kLayoutRows rows, and a cell of kArticleParagraphs paragraphs at least.
constexpr size_t kLayoutRows = 8;
constexpr size_t kArticleParagraphs = 12;
// (Or, of more cells a row, spacers and links beside it, an article of kArticleBytes of text at least.)
constexpr size_t kArticleBytes = 2400;

// <p>, <div>, <br>, <h1>…<h6>, <li>: an element that starts a paragraph.
bool IsParagraphTag(std::string_view name) {
  if (name.size() == 2 && (name[0] == 'h' || name[0] == 'H') && name[1] >= '1' && name[1] <= '6') return true;
  for (std::string_view p : {"p", "div", "br", "li"})
    if (EqualsLower(name, p)) return true;
  return false;
}

namespace {
// The elements a page hides whole with display:none whose end tag a browser needs (a tab, a panel, a list).
constexpr std::string_view kContainers[] = {"div",    "section", "article",  "aside",   "table", "ul",
                                            "ol",     "form",    "span",     "nav",     "main",  "header",
                                            "footer", "dl",      "fieldset", "template"};

// The next tag at `from` or after, into `tag` (a '<' that opens none passed over, `from` moved past it);
// false when none is left.
bool NextTag(std::string_view text, TagReader& tags, size_t& from, Tag& tag) {
  while (from < text.size()) {
    const void* next = std::memchr(text.data() + from, '<', text.size() - from);
    if (next == nullptr) return false;
    const size_t k = static_cast<size_t>(static_cast<const char*>(next) - text.data());
    if (tags.Read(k, tag)) return true;
    from = k + 1;
  }
  return false;
}

}  // namespace

std::vector<HtmlTableRange> FindHtmlTables(std::string_view text, bool page) {
  std::vector<HtmlTableRange> tables;
  bool aria = true;  // tables of roles still sought
  TagReader tags(text, text.size());
  size_t i = 0;
  while (i < text.size()) {
    const void* lt = std::memchr(text.data() + i, '<', text.size() - i);
    if (lt == nullptr) break;
    const size_t at = static_cast<size_t>(static_cast<const char*>(lt) - text.data());
    Tag tag;
    if (!tags.Read(at, tag)) {
      i = at + 1;
      continue;
    }
    // An element a page hides (display:none: a tab not shown, 办理记录 beside the document): its tables are
    // none of the page's, as its text is none (WalkMarkup).
    // (A container whose end tag is required, found: an element never closed, or one whose end a browser
    // implies (<li>, <p>, <option>), hides nothing here; a script's text is no markup.)
    if (page && !tag.closing && Undisplayed(tag.attrs) && !tag.attrs.ends_with("/") &&
        std::any_of(std::begin(kContainers), std::end(kContainers),
                    [&](std::string_view c) { return EqualsLower(tag.name, c); })) {
      size_t depth = 1, j = tag.end;
      Tag inner;
      while (depth > 0 && NextTag(text, tags, j, inner)) {
        j = inner.end;
        if (!inner.closing && (EqualsLower(inner.name, "script") || EqualsLower(inner.name, "style"))) {
          const size_t close = FindEndTag(text, j, EqualsLower(inner.name, "script") ? "script" : "style");
          j = close == std::string_view::npos ? text.size() : close;
          continue;
        }
        if (SameName(inner.name, tag.name) && !inner.attrs.ends_with("/")) depth += inner.closing ? -1 : 1;
      }
      if (depth == 0) {
        i = j;
        continue;
      }
    }
    // A comment, an end tag, or another element (a `<table>` in its attribute's value is none).
    const bool table = !tag.closing && EqualsLower(tag.name, "table");
    if (!table &&
        (!aria || tag.closing || tag.name.empty() || !AriaTableRole(tag.attrs) || tag.attrs.ends_with("/"))) {
      i = tag.end;
      continue;
    }
    // Its end tag, elements of its name inside it counted (tables in a table, <div>s in a role table's).
    int depth = 1;
    size_t nested = 0, nested_begin = 0;  // the bytes of the tables right inside it, the one open's start
    // Its rows, the most cells a row holds, and the most paragraphs (<p>, <div>, <br>, <h1>…) a cell holds,
    // outside tables in it.
    size_t rows = 0, cells = 0, most_cells = 0, paragraphs = 0, most_paragraphs = 0;
    size_t cell_text = 0, most_cell_text = 0;  // a cell's bytes between tags, and the most of them
    size_t narrow_rows = 0;                    // the rows of one or two cells
    size_t text_from = tag.end;                // where the text since the last tag starts
    size_t j = tag.end;
    Tag inner;
    while (depth > 0 && NextTag(text, tags, j, inner)) {
      const size_t k = inner.begin;
      if (SameName(inner.name, tag.name) && (table || !inner.attrs.ends_with("/"))) {
        if (table && !inner.closing && depth == 1) nested_begin = k;
        depth += inner.closing ? -1 : 1;
        if (table && inner.closing && depth == 1) nested += inner.end - nested_begin;
      } else if (table && depth == 1) {
        cell_text += k > text_from ? k - text_from : 0;
        most_cell_text = std::max(most_cell_text, cell_text);
      }
      if (table && depth == 1 && !inner.closing && !SameName(inner.name, tag.name)) {
        if (EqualsLower(inner.name, "tr")) {
          narrow_rows += rows > 0 && cells <= 2;  // the row before, done
          ++rows;
          cells = 0;
          cell_text = 0;
        } else if (EqualsLower(inner.name, "td") || EqualsLower(inner.name, "th")) {
          most_cells = std::max(most_cells, ++cells);
          paragraphs = 0;
          cell_text = 0;
        } else if (IsParagraphTag(inner.name)) {
          most_paragraphs = std::max(most_paragraphs, ++paragraphs);
        }
      }
      j = inner.end;
      text_from = j;
    }
    // A page's layout: a table of a few rows, one cell of which holds an article, paragraph after paragraph
    // (an old portal's template, the notice in its <td>): of one or two cells a row, or most rows so (a
    // header and a footer across it), or a long article beside spacers and links. Its text is the page's; the
    // tables in it are sought on. (A task table's cell of many short measures has columns beside it.)
    narrow_rows += rows > 0 && cells <= 2;  // the last row
    if (page && depth == 0 && rows <= kLayoutRows && most_paragraphs >= kArticleParagraphs &&
        (most_cells <= 2 || narrow_rows * 2 > rows || most_cell_text >= kArticleBytes)) {
      i = tag.end;
      continue;
    }
    // A layout's: the tables in it, half its bytes or more, are sought (not a task table with a small table
    // of figures in one cell).
    if (page && depth == 0 && nested * 2 >= j - at) {
      i = tag.end;
      continue;
    }
    if (depth > 0) {
      // A <table> never closed: no table here, nor after it. A role's element never closed (a sidebar's
      // grid a browser closes itself): none here, and none of roles after it (each would be sought to the
      // end again), but the <table>s after it are.
      if (table) break;
      aria = false;
      i = tag.end;
      continue;
    }
    tables.push_back({at, j});
    i = j;
  }
  return tables;
}

void ReadHtmlTable(std::string_view text, HtmlTableRange range, Blocks& out, CssCounters* counters) {
  const size_t first = out.size();
  TableReader(text, range, out, counters != nullptr && !counters->empty() ? counters : nullptr).Run(range);
  if (out.size() == first) return;
  // The markup between rows (`<table>`, `</thead><tbody>`, line ends) goes with the row before it, and
  // the table's opening with its first row: the rows' originals cover the table, every byte of it.
  Block& head = out[first];
  const auto shift = static_cast<uint32_t>(head.begin - range.begin);
  for (uint32_t& c : head.cell_begins) c += shift;
  head.begin = range.begin;
  for (size_t k = first; k < out.size(); ++k) {
    out[k].end = k + 1 < out.size() ? out[k + 1].begin : range.end;
    out[k].original.assign(text.substr(out[k].begin, out[k].end - out[k].begin));
  }
}

}  // namespace gongwen::internal
