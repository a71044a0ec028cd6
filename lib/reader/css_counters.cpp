// CSS counters of a web page's styles (reader/css_counters.h).
#include "reader/css_counters.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "core/number_format.h"
#include "core/utf8.h"
#include "reader/html_markup.h"

namespace gongwen::internal {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

// `name [n] name [n] …` of counter-reset and counter-increment (`none`: no pair).
std::vector<std::pair<std::string, int>> CounterPairs(std::string_view value, int step) {
  std::vector<std::pair<std::string, int>> out;
  while (true) {
    value = Trim(value);
    if (value.empty()) break;
    size_t end = 0;
    while (end < value.size() && !IsAsciiSpace(value[end])) ++end;
    const std::string_view word = value.substr(0, end);
    value.remove_prefix(end);
    int n = 0;
    const auto [ptr, ec] = std::from_chars(word.data(), word.data() + word.size(), n);
    if (ec == std::errc() && ptr == word.data() + word.size()) {
      if (!out.empty()) out.back().second = n;
      continue;
    }
    if (EqualsLower(word, "none")) continue;
    out.emplace_back(std::string(word), step);
  }
  return out;
}

// A CSS string's characters (its quotes off), escapes read: `\9` a tab, `\"` a quote, `\201C` “.
std::string CssString(std::string_view quoted) {
  std::string out;
  for (size_t i = 0; i < quoted.size(); ++i) {
    if (quoted[i] != '\\' || i + 1 >= quoted.size()) {
      out.push_back(quoted[i]);
      continue;
    }
    size_t j = i + 1;
    char32_t cp = 0;
    while (j < quoted.size() && j < i + 7 && std::isxdigit(static_cast<unsigned char>(quoted[j]))) {
      cp = cp * 16 + static_cast<char32_t>(std::isdigit(static_cast<unsigned char>(quoted[j]))
                                               ? quoted[j] - '0'
                                               : (quoted[j] | 0x20) - 'a' + 10);
      ++j;
    }
    if (j == i + 1) {  // `\"`, `\\`: the character itself
      out.push_back(quoted[j]);
      i = j;
      continue;
    }
    if (cp > 0 && cp <= 0x10FFFF) AppendUtf8(out, cp);
    if (j < quoted.size() && IsAsciiSpace(quoted[j])) ++j;  // (one space ends an escape)
    i = j - 1;
  }
  return out;
}

}  // namespace

std::pair<std::string_view, std::string_view> CssNumberStyle(std::string_view css) {
  static constexpr std::pair<std::string_view, std::pair<std::string_view, std::string_view>> kCss[] = {
      {"decimal-leading-zero", {"decimalZero", "."}},
      {"decimal", {"decimal", "."}},
      {"lower-alpha", {"lowerLetter", "."}},
      {"lower-latin", {"lowerLetter", "."}},
      {"upper-alpha", {"upperLetter", "."}},
      {"upper-latin", {"upperLetter", "."}},
      {"lower-roman", {"lowerRoman", "."}},
      {"upper-roman", {"upperRoman", "."}},
      {"cjk-ideographic", {"chineseCounting", "、"}},
      {"simp-chinese-informal", {"chineseCounting", "、"}},
      {"trad-chinese-informal", {"chineseCounting", "、"}},
      {"simp-chinese-formal", {"chineseLegalSimplified", "、"}},
      {"trad-chinese-formal", {"chineseLegalSimplified", "、"}},
      {"cjk-decimal", {"ideographDigital", "、"}},
      {"cjk-heavenly-stem", {"ideographTraditional", "、"}},
      {"none", {"none", ""}},
  };
  for (const auto& [name, style] : kCss)
    if (EqualsLower(css, name)) return style;
  return {};
}

CssCounters::CssCounters(std::string_view page) {
  // Most pages generate no number: one search, and no more.
  if (page.find("counter") == std::string_view::npos) return;
  size_t at = 0;
  while (true) {
    size_t open = std::string_view::npos;
    for (size_t k = page.find('<', at); k != std::string_view::npos; k = page.find('<', k + 1))
      if (EqualsLower(page.substr(k + 1, 5), "style") &&
          (k + 6 >= page.size() || page[k + 6] == '>' || IsAsciiSpace(page[k + 6]))) {
        open = k;
        break;
      }
    if (open == std::string_view::npos) break;
    const size_t body = page.find('>', open);
    if (body == std::string_view::npos) break;
    size_t close = FindEndTag(page, body, "style");
    if (close == std::string_view::npos) close = page.size();
    ReadSheet(page.substr(body + 1, close - body - 1));
    at = close;
  }
}

void CssCounters::ReadSheet(std::string_view sheet) {
  std::string plain;  // comments out
  plain.reserve(sheet.size());
  for (size_t i = 0; i < sheet.size();) {
    if (sheet.substr(i, 2) == "/*") {
      const size_t end = sheet.find("*/", i + 2);
      i = end == std::string_view::npos ? sheet.size() : end + 2;
      continue;
    }
    plain.push_back(sheet[i++]);
  }
  const std::string_view s = plain;
  for (size_t i = 0; i < s.size();) {
    const size_t brace = s.find('{', i);
    if (brace == std::string_view::npos) break;
    const std::string_view selectors = Trim(s.substr(i, brace - i));
    // The block's end, braces nested (an @media's rules) and quotes skipped.
    int depth = 0;
    size_t end = brace;
    char quote = 0;
    for (; end < s.size(); ++end) {
      const char c = s[end];
      if (quote != 0) {
        if (c == '\\')
          ++end;
        else if (c == quote)
          quote = 0;
        continue;
      }
      if (c == '"' || c == '\'')
        quote = c;
      else if (c == '{')
        ++depth;
      else if (c == '}' && --depth == 0)
        break;
    }
    if (!selectors.starts_with("@"))
      ReadRule(selectors, s.substr(brace + 1, std::min(end, s.size()) - brace - 1));
    i = end + 1;
  }
}

void CssCounters::ReadRule(std::string_view selectors, std::string_view body) {
  // The declarations, parted at ; outside quotes.
  std::vector<std::pair<std::string_view, std::string_view>> declarations;
  {
    size_t start = 0;
    char quote = 0;
    for (size_t k = 0; k <= body.size(); ++k) {
      const char c = k < body.size() ? body[k] : ';';
      if (quote != 0) {
        if (c == '\\')
          ++k;
        else if (c == quote)
          quote = 0;
        continue;
      }
      if (c == '"' || c == '\'') {
        quote = c;
        continue;
      }
      if (c != ';') continue;
      const std::string_view d = body.substr(start, k - start);
      start = k + 1;
      if (const size_t colon = d.find(':'); colon != std::string_view::npos)
        declarations.emplace_back(Trim(d.substr(0, colon)), Trim(d.substr(colon + 1)));
    }
  }
  bool any = false;
  for (const auto& [property, value] : declarations)
    any = any || property.starts_with("counter") || property == "content";
  if (!any) return;
  for (size_t from = 0; from <= selectors.size();) {
    const size_t comma = std::min(selectors.find(',', from), selectors.size());
    std::string_view selector = Trim(selectors.substr(from, comma - from));
    from = comma + 1;
    bool before = false;
    for (std::string_view pseudo : {"::before", ":before"})
      if (selector.ends_with(pseudo)) {
        selector.remove_suffix(pseudo.size());
        before = true;
        break;
      }
    // `p.x` or `.x`: an element name of letters and digits, then one class.
    size_t k = 0;
    while (k < selector.size() && IsAsciiAlnum(selector[k])) ++k;
    if (k >= selector.size() || selector[k] != '.') continue;
    const std::string_view name = selector.substr(k + 1);
    if (name.empty() || !std::all_of(name.begin(), name.end(),
                                     [](char c) { return IsAsciiAlnum(c) || c == '-' || c == '_'; }))
      continue;
    Rule& rule = rules_[std::string(name)];
    for (const auto& [property, value] : declarations) {
      if (EqualsLower(property, "counter-reset") && !before) rule.reset = CounterPairs(value, 0);
      if (EqualsLower(property, "counter-increment"))
        (before ? rule.before_increment : rule.increment) = CounterPairs(value, 1);
      if (!before || !EqualsLower(property, "content")) continue;
      rule.content.clear();
      for (size_t i = 0; i < value.size();) {
        const char c = value[i];
        if (c == '"' || c == '\'') {
          size_t j = i + 1;
          while (j < value.size() && value[j] != c) j += value[j] == '\\' ? 2 : 1;
          std::string piece = CssString(value.substr(i + 1, std::min(j, value.size()) - i - 1));
          if (piece.size() > 64) {  // (no number's label: the rule's content none)
            rule.content.clear();
            break;
          }
          rule.content.push_back({std::move(piece), {}, {}});
          i = j + 1;
        } else if (value.substr(i, 8) == "counter(" || value.substr(i, 9) == "counters(") {
          const size_t open = value.find('(', i), close = value.find(')', i);
          if (close == std::string_view::npos) break;
          const std::string_view args = value.substr(open + 1, close - open - 1);
          const size_t first = std::min(args.find(','), args.size());
          Piece piece{{}, std::string(Trim(args.substr(0, first))), "decimal"};
          // (counters(name, ".", style): the innermost value, its style the last argument.)
          const size_t last = args.rfind(',');
          if (last != std::string_view::npos && first < args.size())
            if (const auto [format, suffix] = CssNumberStyle(Trim(args.substr(last + 1))); !format.empty())
              piece.format = std::string(format);
          rule.content.push_back(std::move(piece));
          i = close + 1;
        } else {
          ++i;
        }
      }
    }
  }
}

std::string CssCounters::Open(std::string_view attrs) {
  constexpr int kMost = 1'000'000;
  constexpr size_t kMostLabelBytes = 64;
  if (rules_.empty()) return {};
  const std::string_view classes = AttributeValue(attrs, "class");
  std::string label;
  bool shown = false;
  for (size_t i = 0; i < classes.size();) {
    while (i < classes.size() && IsAsciiSpace(classes[i])) ++i;
    size_t end = i;
    while (end < classes.size() && !IsAsciiSpace(classes[end])) ++end;
    const auto it = rules_.find(std::string(classes.substr(i, end - i)));
    i = end;
    if (it == rules_.end()) continue;
    const Rule& rule = it->second;
    // (Kept within a number a page could print: a hostile `counter-increment: x 2147483647` wraps nothing.)
    const auto step = [&](const std::string& name, int n) {
      int& value = values_[name];
      value = static_cast<int>(std::clamp<long long>(static_cast<long long>(value) + n, -kMost, kMost));
    };
    for (const auto& [name, n] : rule.reset) values_[name] = std::clamp(n, -kMost, kMost);
    for (const auto& [name, n] : rule.increment) step(name, n);
    for (const auto& [name, n] : rule.before_increment) step(name, n);
    // (Content with no counter, an icon font's glyph, a quote mark: no number.)
    if (std::none_of(rule.content.begin(), rule.content.end(),
                     [](const Piece& p) { return !p.counter.empty(); }))
      continue;
    label.clear();
    shown = true;
    for (const Piece& piece : rule.content)
      label += piece.counter.empty() ? piece.text : FormatNumber(values_[piece.counter], piece.format);
  }
  if (!shown) return {};
  while (!label.empty() && IsAsciiSpace(label.back())) label.pop_back();
  // A number's label is a few characters (一、, 1．, （3）): more is a page's decoration, none of its text.
  if (label.size() > kMostLabelBytes) return {};
  return label;
}

}  // namespace gongwen::internal
