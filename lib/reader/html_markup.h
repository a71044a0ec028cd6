// Internal: HTML markup as the text readers meet it (tables in Markdown, a saved web page): its
// tags, read forward without a DOM, and its character references. Not installed.
#ifndef GONGWEN_LIB_READER_HTML_MARKUP_H_
#define GONGWEN_LIB_READER_HTML_MARKUP_H_

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <optional>
#include <string_view>

namespace gongwen::internal {

inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
inline bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
inline char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
inline bool EqualsLower(std::string_view s, std::string_view lower) {
  return s.size() == lower.size() &&
         std::equal(s.begin(), s.end(), lower.begin(), [](char a, char b) { return Lower(a) == b; });
}
// Where the end tag `</name` stands at `from` or after, or npos: `lower_name` in lower case, the page's in
// any (a script's or a style sheet's end, its text no markup).
inline size_t FindEndTag(std::string_view text, size_t from, std::string_view lower_name) {
  for (size_t at = text.find("</", from); at != std::string_view::npos; at = text.find("</", at + 2))
    if (EqualsLower(text.substr(at + 2, lower_name.size()), lower_name)) return at;
  return std::string_view::npos;
}

// Two element names alike but for case (<TD> and </td>).
inline bool SameName(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return Lower(x) == Lower(y); });
}

// A tag: `<name attrs>`, `</name>`, `<name/>`, or a comment or declaration (empty name).
struct Tag {
  std::string_view name;
  std::string_view attrs;
  bool closing = false;
  size_t begin = 0;  // its '<'
  size_t end = 0;    // just after its '>'
};

// Reads tags of `text` within [0, limit), forward: where the next '>' and the next "-->" stand is
// kept, so that many '<' before none (a hostile "<!--<!--…" or "<a "<a "…") cost one search, not one
// each; and a tag's attributes run at most kMostTagBytes, but for one quoted value as long as it is.
class TagReader {
 public:
  static constexpr size_t kMostTagBytes = 4096;

  TagReader(std::string_view text, size_t limit) : text_(text.substr(0, limit)) {}

  // Reads the tag whose '<' is at text[at]. False when that '<' opens no tag (`<3`, `a < b`, no '>'
  // after it, or none within kMostTagBytes).
  bool Read(size_t at, Tag& tag) {
    tag = Tag{};
    tag.begin = at;
    size_t i = at + 1;
    if (text_.substr(i, 3) == "!--") {
      const size_t close = Next(comment_, "-->", i + 3);
      if (close == std::string_view::npos) return false;
      tag.end = close + 3;
      return true;
    }
    const size_t gt = Next(gt_, ">", i);
    if (gt == std::string_view::npos) return false;  // no '>' after it: no tag
    if (i < text_.size() && (text_[i] == '!' || text_[i] == '?')) {
      tag.end = gt + 1;
      return true;
    }
    if (i < text_.size() && text_[i] == '/') {
      tag.closing = true;
      ++i;
    }
    const size_t name_begin = i;
    // A name with a namespace (Word's <o:p>, <st1:…> when it saves as HTML) or a dash (custom elements).
    while (i < text_.size() && (IsAsciiAlnum(text_[i]) || text_[i] == ':' || text_[i] == '-' ||
                                text_[i] == '_' || text_[i] == '.'))
      ++i;
    if (i == name_begin || (text_[name_begin] >= '0' && text_[name_begin] <= '9')) return false;
    tag.name = text_.substr(name_begin, i - name_begin);
    if (i < text_.size() && !IsAsciiSpace(text_[i]) && text_[i] != '>' && text_[i] != '/') return false;
    const size_t attrs_begin = i;
    size_t end = std::min(text_.size(), at + kMostTagBytes);
    char quote = 0;
    size_t quote_at = 0;  // where the quote open opened
    for (bool extended = false;;) {
      for (; i < end; ++i) {
        const char c = text_[i];
        if (quote != 0) {
          if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
          quote = c;
          quote_at = i;
        } else if (c == '>') {
          tag.attrs = text_.substr(attrs_begin, i - attrs_begin);
          tag.end = i + 1;
          return true;
        }
      }
      // One quoted value past the limit (an image inlined as a data: URI, pdf2htmlEX's page backgrounds): its
      // closing quote, found by a search kept as '>'s is, and the tag read on from there.
      // (A data: URI's, and no '<' or '>' in it: not a quote left open that would swallow the page.)
      if (extended || quote == 0 || i >= text_.size() || text_.substr(quote_at + 1, 5) != "data:")
        return false;
      const size_t close = Next(quote == '"' ? dquote_ : squote_, quote == '"' ? "\"" : "'", i);
      if (close == std::string_view::npos) return false;
      const std::string_view value = text_.substr(i, close - i);
      if (value.find('<') != std::string_view::npos || value.find('>') != std::string_view::npos)
        return false;
      extended = true;
      quote = 0;
      i = close + 1;
      end = std::min(text_.size(), i + kMostTagBytes);
    }
  }

 private:
  struct Found {
    size_t from = std::string_view::npos;  // the search that found it started here
    size_t at = std::string_view::npos;    // npos: none after `from`
  };

  // The first `needle` at or after i: the one found before when that search started at or before i
  // and found it at or after i (or found none).
  size_t Next(Found& f, std::string_view needle, size_t i) {
    if (f.from == std::string_view::npos || f.from > i || (f.at != std::string_view::npos && f.at < i)) {
      f.from = i;
      f.at = i <= text_.size() ? text_.find(needle, i) : std::string_view::npos;
    }
    return f.at;
  }

  std::string_view text_;
  Found gt_, comment_, dquote_, squote_;
};

// Attribute `name` (lower case) among a tag's attributes: its value, quotes taken off (empty for an attribute
// without one, `selected`); nullopt when it is absent. Attributes are read in turn, so a name inside
// another's value (`title="role=row"`) or ending another's (`data-role`) is not it.
inline std::optional<std::string_view> FindAttribute(std::string_view attrs, std::string_view name) {
  size_t i = 0;
  while (i < attrs.size()) {
    while (i < attrs.size() && (IsAsciiSpace(attrs[i]) || attrs[i] == '/')) ++i;
    const size_t name_begin = i;
    while (i < attrs.size() && !IsAsciiSpace(attrs[i]) && attrs[i] != '=' && attrs[i] != '/') ++i;
    const std::string_view key = attrs.substr(name_begin, i - name_begin);
    while (i < attrs.size() && IsAsciiSpace(attrs[i])) ++i;
    std::string_view value;
    if (i < attrs.size() && attrs[i] == '=') {
      ++i;
      while (i < attrs.size() && IsAsciiSpace(attrs[i])) ++i;
      if (i < attrs.size() && (attrs[i] == '"' || attrs[i] == '\'')) {
        const char quote = attrs[i++];
        const size_t close = std::min(attrs.find(quote, i), attrs.size());
        value = attrs.substr(i, close - i);
        i = close + 1;
      } else {
        const size_t value_begin = i;
        while (i < attrs.size() && !IsAsciiSpace(attrs[i])) ++i;
        value = attrs.substr(value_begin, i - value_begin);
      }
    }
    if (!key.empty() && EqualsLower(key, name)) return value;
    if (key.empty() && i == name_begin) ++i;  // a stray '=': step over it
  }
  return std::nullopt;
}

// The value of attribute `name` (lower case), empty when it is absent or has none.
inline std::string_view AttributeValue(std::string_view attrs, std::string_view name) {
  return FindAttribute(attrs, name).value_or(std::string_view());
}

// Whether attribute `name` (lower case) is among a tag's attributes, with a value or without one (selected).
inline bool HasAttribute(std::string_view attrs, std::string_view name) {
  return FindAttribute(attrs, name).has_value();
}

// Elements that never close (<br>, <input>, <img>, …).
inline bool IsVoidElement(std::string_view name) {
  for (std::string_view v : {"br", "hr", "img", "input", "meta", "link", "col", "area", "base", "embed",
                             "source", "track", "wbr", "param"})
    if (EqualsLower(name, v)) return true;
  return false;
}

// Whether a tag's style hides it: display:none (spaces and case aside).
inline bool Undisplayed(std::string_view attrs) {
  const std::string_view style = AttributeValue(attrs, "style");
  constexpr std::string_view kDisplay = "display", kNone = "none";
  for (size_t at = 0; at + kDisplay.size() <= style.size(); ++at) {
    if (!EqualsLower(style.substr(at, kDisplay.size()), kDisplay)) continue;
    size_t i = at + kDisplay.size();
    while (i < style.size() && IsAsciiSpace(style[i])) ++i;
    if (i >= style.size() || style[i] != ':') continue;
    ++i;
    while (i < style.size() && IsAsciiSpace(style[i])) ++i;
    if (EqualsLower(style.substr(i, kNone.size()), kNone)) return true;
  }
  return false;
}

// Where an <input>'s value shows as text, [begin, end) in the text: a text field's (text, date, number, …),
// not a hidden one's, a button's or a box's. Empty when it shows none.
inline std::pair<size_t, size_t> InputValue(std::string_view text, const Tag& tag) {
  const std::string_view type = AttributeValue(tag.attrs, "type");
  for (std::string_view none : {"hidden", "button", "submit", "reset", "image", "checkbox", "radio", "file",
                                "password", "range", "color"})
    if (EqualsLower(type, none)) return {0, 0};
  const std::string_view value = AttributeValue(tag.attrs, "value");
  if (value.empty()) return {0, 0};
  const auto begin = static_cast<size_t>(value.data() - text.data());
  return {begin, begin + value.size()};
}

// Walks [from, to) of `text` in order: on_text(a, b) for the characters of [a, b) between tags (a '<' that
// opens no tag is text), on_tag(tag) for each tag `tags` reads.
// A form's controls as a browser shows them (an OA system's form saved as a page, its fields read-only): a
// text field's value is text, after its tag; of a drop-down (<select>) only the option selected is, and none
// where none is (the first, shown then, is a prompt, --请选择--, as a rule); hidden fields and buttons none.
// An element styled display:none shows nothing of its text (a link 选择 beside each field, kept for editing).
template <typename OnText, typename OnTag>
void WalkMarkup(std::string_view text, TagReader& tags, size_t from, size_t to, OnText on_text,
                OnTag on_tag) {
  bool in_select = false, selected = false;  // in a <select>; in its option selected
  std::string_view undisplayed;              // the element styled display:none open, if any
  size_t undisplayed_depth = 0;              // how many of its name are open inside it
  bool shown = true;                         // whether the text here shows
  size_t i = from;
  while (i < to) {
    const void* lt = std::memchr(text.data() + i, '<', to - i);
    const size_t at = lt == nullptr ? to : static_cast<size_t>(static_cast<const char*>(lt) - text.data());
    if (shown) on_text(i, at);
    if (at == to) break;
    Tag tag;
    if (!tags.Read(at, tag)) {
      if (shown) on_text(at, at + 1);
      i = at + 1;
      continue;
    }
    on_tag(tag);
    const bool self_closing = tag.attrs.ends_with("/");
    if (!undisplayed.empty()) {
      if (EqualsLower(tag.name, undisplayed) && !self_closing) {
        if (!tag.closing)
          ++undisplayed_depth;
        else if (--undisplayed_depth == 0)
          undisplayed = {};
      }
    } else if (!tag.closing && !tag.name.empty() && !IsVoidElement(tag.name) && !self_closing &&
               Undisplayed(tag.attrs) &&
               !(in_select && (EqualsLower(tag.name, "option") || EqualsLower(tag.name, "optgroup")))) {
      // (A drop-down's hidden prompt, <option style="display:none">请选择, its end tag left out as a rule:
      // the select's own reading below shows the option selected and no other.)
      undisplayed = tag.name;
      undisplayed_depth = 1;
    } else if (EqualsLower(tag.name, "select")) {
      in_select = !tag.closing;
      selected = false;
    } else if (in_select && (EqualsLower(tag.name, "option") || EqualsLower(tag.name, "optgroup"))) {
      selected = !tag.closing && EqualsLower(tag.name, "option") && HasAttribute(tag.attrs, "selected");
    } else if (!tag.closing && !in_select && EqualsLower(tag.name, "input") && !Undisplayed(tag.attrs)) {
      const auto [begin, end] = InputValue(text, tag);
      if (end > begin) on_text(begin, end);
    }
    shown = undisplayed.empty() && (!in_select || selected);
    i = tag.end;
    // A script's or a style sheet's text is no markup (var t = "<div>"): on to its end tag, none of it read.
    if (!tag.closing && !self_closing && (EqualsLower(tag.name, "script") || EqualsLower(tag.name, "style")))
      if (const size_t at = FindEndTag(text, i, tag.name.size() == 6 ? "script" : "style"); at < to) i = at;
  }
}

// The character the reference at text[at] ('&') stands for, and its length; 0 when it is none
// (looked for no further than `limit`).
char32_t Entity(std::string_view text, size_t at, size_t limit, size_t& length);

// The characters of [from, to), text between tags, references decoded: on_space() for each space (ASCII, or
// &nbsp; and the like), on_char(at, next, cp, byte) for every other character, standing at [at, next): `cp`
// the character a reference stands for, 0 for a plain byte `byte`.
template <typename OnSpace, typename OnChar>
void ReadCharacters(std::string_view text, size_t from, size_t to, OnSpace on_space, OnChar on_char) {
  for (size_t i = from; i < to;) {
    const char c = text[i];
    if (IsAsciiSpace(c)) {
      on_space();
      ++i;
      continue;
    }
    char32_t cp = 0;
    size_t length = 1;
    if (c == '&') cp = Entity(text, i, to, length);
    if (cp == 0) length = 1;  // no reference (&copy without its ;, a bare &): the byte itself
    if (cp == U' ') {
      on_space();
      i += length;
      continue;
    }
    on_char(i, i + length, cp, c);
    i += length;
  }
}

// Whether an element's classes make it an item of a list drawn as chips (`<span class="tag">县统计局</span>
// <span class="tag">县财政局</span>`, el-tag, ant-tag, layui-badge, unit-chip): one part of a class is tag,
// badge, chip or pill. Such items stand apart on the page, with nothing between them in the markup.
bool ChipClass(std::string_view attrs);

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_READER_HTML_MARKUP_H_
