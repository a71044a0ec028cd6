// A web page's paragraphs (reader/html_text.h).
#include "reader/html_text.h"

#include <charconv>
#include <optional>
#include <string>
#include <vector>

#include "core/number_format.h"
#include "core/utf8.h"
#include "patterns/marker.h"
#include "reader/css_counters.h"
#include "reader/html_markup.h"

namespace gongwen::internal {
namespace {

// Elements whose content a browser does not show as text.
bool Hidden(std::string_view name) {
  // (A <select> shows its option selected: WalkMarkup.)
  for (std::string_view h : {"head", "script", "style", "noscript", "template", "svg", "iframe"})
    if (EqualsLower(name, h)) return true;
  return false;
}

// Elements that end a paragraph where they open or close (inline ones, span, a, font, strong, o:p, …,
// do not).
bool BreaksParagraph(std::string_view name) {
  if (name.size() == 2 && Lower(name[0]) == 'h' && name[1] >= '1' && name[1] <= '6') return true;
  for (std::string_view b :
       {"p",      "div",        "br",         "li",      "ul",      "ol",       "table",  "tr",    "td",
        "th",     "body",       "html",       "section", "article", "header",   "footer", "nav",   "main",
        "aside",  "center",     "blockquote", "pre",     "hr",      "dl",       "dt",     "dd",    "form",
        "figure", "figcaption", "address",    "title",   "caption", "fieldset", "legend", "option"})
    if (EqualsLower(name, b)) return true;
  return false;
}

// An integer attribute's value (`start="9"`, `value="12"`), nullopt when absent or no integer.
std::optional<int> IntAttribute(std::string_view attrs, std::string_view name) {
  const std::string_view v = TrimSpaces(AttributeValue(attrs, name));
  int n = 0;
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || end != v.data() + v.size() || v.empty()) return std::nullopt;
  return n;
}

// How an ordered list labels its items, as a browser prints them: the number's format (Word's names,
// core/number_format.h) and what follows it. `type="a"` and the CSS list-style-type (cjk-ideographic:
// 一、) as the <ol>'s own attributes give them; decimal (1.) when they do not.
struct ListStyle {
  std::string_view format = "decimal";
  std::string_view suffix = ".";
};

ListStyle OrderedListStyle(std::string_view attrs) {
  // The style attribute's list-style-type (or a keyword of the list-style shorthand, whole) wins over the
  // type attribute; the last declaration that names one counts (list-style-image: none names none).
  const std::string_view style = AttributeValue(attrs, "style");
  std::optional<ListStyle> styled;
  for (size_t from = 0; from <= style.size();) {
    const size_t semicolon = std::min(style.find(';', from), style.size());
    const std::string_view declaration = style.substr(from, semicolon - from);
    from = semicolon + 1;
    const size_t colon = declaration.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string_view property = TrimSpaces(declaration.substr(0, colon));
    if (!EqualsLower(property, "list-style-type") && !EqualsLower(property, "list-style")) continue;
    std::string_view value = declaration.substr(colon + 1);
    while (!value.empty()) {  // each keyword of the value (list-style: inside cjk-ideographic)
      size_t k = 0;
      while (k < value.size() && IsAsciiSpace(value[k])) ++k;
      size_t e = k;
      while (e < value.size() && !IsAsciiSpace(value[e])) ++e;
      const std::string_view keyword = value.substr(k, e - k);
      value.remove_prefix(e);
      if (const auto [format, suffix] = CssNumberStyle(keyword); !format.empty())
        styled = ListStyle{format, suffix};
    }
  }
  if (styled) return *styled;
  const std::string_view type = TrimSpaces(AttributeValue(attrs, "type"));
  if (type == "a") return {"lowerLetter", "."};
  if (type == "A") return {"upperLetter", "."};
  if (type == "i") return {"lowerRoman", "."};
  if (type == "I") return {"upperRoman", "."};
  return {};
}

// Whether an item's text opens with a number of its own: 1.…, 1、…, （一）…, 一、….
bool OpensWithOwnNumber(std::string_view text) {
  text = TrimSpaces(text);
  const Marker m = ReadMarker(text);
  return m.kind != MarkerKind::kNone && m.kind != MarkerKind::kOutline1;
}

class PageReader {
 public:
  PageReader(std::string_view text, size_t to, Blocks& out, CssCounters* counters)
      : text_(text),
        tags_(text, to),
        out_(out),
        counters_(counters != nullptr && !counters->empty() ? counters : nullptr) {}

  void Run(size_t from, size_t to) {
    WalkMarkup(
        text_, tags_, from, to,
        [this](size_t a, size_t b) {
          if (hidden_.empty()) Text(a, b);
        },
        [this](const Tag& tag) { OnTag(tag); });
    Flush();
  }

 private:
  void Text(size_t from, size_t to) {
    ReadCharacters(
        text_, from, to, [this] { pending_space_ = true; },
        [this](size_t at, size_t next, char32_t cp, char byte) {
          if (begin_ == std::string_view::npos) {
            begin_ = at;
            // A list item's number starts its first paragraph's text, as Word's numbering does; so does
            // the number the page's styles write before it.
            if (std::string& label = !generated_.empty() ? generated_ : label_; !label.empty()) {
              para_ = std::move(label);
              label.clear();
              label_.clear();  // (a list item the styles number: their number, not the list's too)
              label_length_ = para_.size();
              numbered_ = true;
              pending_space_ = false;
            }
          }
          if (chip_gap_ && !para_.empty())
            para_.append("　");  // (a chip after a chip: the page sets them apart, as a wide space does)
          else if (pending_space_ && !para_.empty())
            para_.push_back(' ');
          pending_space_ = chip_gap_ = false;
          if (cp != 0)
            AppendUtf8(para_, cp);
          else
            para_.push_back(byte);
          end_ = next;
        });
  }

  void OnTag(const Tag& tag) {
    const std::string_view n = tag.name;
    if (n.empty()) return;  // a comment, the doctype
    if (!hidden_.empty()) {
      // Its end tag ends it; a head left open ends where the body opens, as a browser reads it.
      if ((tag.closing && EqualsLower(n, hidden_)) ||
          (EqualsLower(hidden_, "head") && EqualsLower(n, "body")))
        hidden_ = {};
      return;
    }
    const bool self_closing = tag.attrs.ends_with("/");
    if (!tag.closing && !self_closing && Hidden(n)) {
      Flush();
      hidden_ = n;
      return;
    }
    if (BreaksParagraph(n)) Flush();
    // (An element the page hides, display:none, steps no counter, nor anything inside it: as WalkMarkup
    // hides its text.)
    if (!undisplayed_.empty() && SameName(n, undisplayed_) && !self_closing) {
      undisplayed_depth_ += tag.closing ? -1 : 1;
      if (undisplayed_depth_ == 0) undisplayed_ = {};
    } else if (undisplayed_.empty() && !tag.closing && !self_closing && !IsVoidElement(n) &&
               Undisplayed(tag.attrs) && !EqualsLower(n, "option") && !EqualsLower(n, "optgroup")) {
      undisplayed_ = n;
      undisplayed_depth_ = 1;
    }
    if (counters_ != nullptr && !tag.closing && !self_closing && undisplayed_.empty())
      if (std::string label = counters_->Open(tag.attrs); !label.empty()) generated_ = std::move(label);
    if (!tag.closing && !self_closing && ChipClass(tag.attrs)) chip_gap_ = true;
    if (EqualsLower(n, "ol") || EqualsLower(n, "ul")) {
      label_.clear();
      if (self_closing) return;
      const bool ordered = EqualsLower(n, "ol");
      if (!tag.closing) {
        List list{.ordered = ordered, .style = ordered ? OrderedListStyle(tag.attrs) : ListStyle{}};
        if (ordered) list.next = IntAttribute(tag.attrs, "start").value_or(1);
        lists_.push_back(list);
        return;
      }
      // Its end closes it and any list left open inside it.
      for (size_t k = lists_.size(); k-- > 0;)
        if (lists_[k].ordered == ordered) {
          lists_.resize(k);
          break;
        }
      return;
    }
    if (EqualsLower(n, "li")) {
      label_.clear();
      if (tag.closing || lists_.empty() || !lists_.back().ordered) return;
      List& list = lists_.back();
      const int number = IntAttribute(tag.attrs, "value").value_or(list.next);
      list.next = number + 1;
      label_ = FormatNumber(number, list.style.format);
      if (!label_.empty()) label_ += list.style.suffix;
    }
  }

  void Flush() {
    pending_space_ = chip_gap_ = false;
    generated_.clear();  // (an element that showed its number and no text: the number its own)
    if (begin_ == std::string_view::npos) return;
    // An item whose text numbers itself (a page's CSS hides the list's numbers: ol{list-style:none} ⏎
    // <li>1.推进…): its own number, not the list's too.
    if (numbered_ && label_length_ <= para_.size() &&
        OpensWithOwnNumber(std::string_view(para_).substr(label_length_))) {
      para_.erase(0, label_length_);
      numbered_ = false;
    }
    const std::string_view trimmed = TrimSpaces(para_);
    if (!trimmed.empty()) {
      Block& b = out_.emplace_back();
      b.begin = begin_;
      b.end = end_;
      b.original.assign(text_.substr(begin_, end_ - begin_));
      b.text.assign(trimmed);
      b.style.numbered = numbered_;
    }
    numbered_ = false;
    para_.clear();
    begin_ = std::string_view::npos;
  }

  std::string_view text_;
  TagReader tags_;
  Blocks& out_;
  std::string_view hidden_;  // the hidden element open (script, style, head, …), lower or not
  struct List {
    bool ordered = false;
    ListStyle style;
    int next = 1;  // the number of its next item (<ol start>, an item's value, counted on)
  };
  std::vector<List> lists_;  // the lists open, innermost last
  CssCounters* counters_;    // the page's counters, or null where its styles generate no number
  std::string_view undisplayed_;  // the element styled display:none open, if any
  int undisplayed_depth_ = 0;     // how many of its name are open inside it
  std::string generated_;    // the number they write before the element open, until its text starts
  std::string label_;        // the label of the list item open, until its first paragraph starts
  bool numbered_ = false;    // the paragraph being read starts with a list item's label
  size_t label_length_ = 0;  // its bytes
  std::string para_;
  size_t begin_ = std::string_view::npos, end_ = 0;
  bool pending_space_ = false;
  bool chip_gap_ = false;  // a chip's element opened: a wide space before its text, after any other
};

bool StartsWithLower(std::string_view text, std::string_view lower) {
  return text.size() >= lower.size() && EqualsLower(text.substr(0, lower.size()), lower);
}

}  // namespace

bool LooksLikeHtmlPage(std::string_view text) {
  // (Past spaces and comments: a browser's <!-- saved from url=(0066)… --> may stand first.)
  while (true) {
    size_t i = 0;
    while (i < text.size() && IsAsciiSpace(text[i])) ++i;
    text.remove_prefix(i);
    if (!text.starts_with("<!--")) break;
    const size_t end = text.substr(0, 4096).find("-->");
    if (end == std::string_view::npos) return false;
    text.remove_prefix(end + 3);
  }
  if (StartsWithLower(text, "<!doctype html") || StartsWithLower(text, "<html")) return true;
  if (!StartsWithLower(text, "<?xml")) return false;
  const size_t html = text.substr(0, 1024).find("<html");
  return html != std::string_view::npos;
}

void ReadHtmlText(std::string_view text, size_t from, size_t to, Blocks& out, CssCounters* counters) {
  PageReader(text, to, out, counters).Run(from, to);
}

}  // namespace gongwen::internal
