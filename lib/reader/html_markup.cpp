// HTML markup: character references (reader/html_markup.h).
#include "reader/html_markup.h"

#include <array>
#include <cstdint>
#include <utility>

namespace gongwen::internal {
namespace {

// The named character references converters leave in tables (the numeric ones are decoded too).
constexpr std::array<std::pair<std::string_view, char32_t>, 38> kEntities{{
    {"amp", U'&'},
    {"lt", U'<'},
    {"gt", U'>'},
    {"quot", U'"'},
    {"apos", U'\''},
    {"nbsp", U' '},
    {"ensp", U' '},
    {"emsp", U' '},
    {"thinsp", U' '},
    {"ideographicspace", U'\u3000'},
    {"mdash", U'\u2014'},
    {"ndash", U'\u2013'},
    {"hellip", U'\u2026'},
    {"ldquo", U'\u201C'},
    {"rdquo", U'\u201D'},
    {"lsquo", U'\u2018'},
    {"rsquo", U'\u2019'},
    {"middot", U'\u00B7'},
    {"times", U'\u00D7'},
    {"deg", U'\u00B0'},
    {"plusmn", U'\u00B1'},
    {"permil", U'\u2030'},
    // and those a web page's footer and links use
    {"copy", U'\u00A9'},
    {"reg", U'\u00AE'},
    {"trade", U'\u2122'},
    {"laquo", U'\u00AB'},
    {"raquo", U'\u00BB'},
    {"bull", U'\u2022'},
    {"sect", U'\u00A7'},
    {"yen", U'\u00A5'},
    {"euro", U'\u20AC'},
    {"pound", U'\u00A3'},
    {"rarr", U'\u2192'},
    {"larr", U'\u2190'},
    {"uarr", U'\u2191'},
    {"darr", U'\u2193'},
    {"lsaquo", U'\u2039'},
    {"rsaquo", U'\u203A'},
}};

}  // namespace

char32_t Entity(std::string_view text, size_t at, size_t limit, size_t& length) {
  const size_t semi = text.substr(0, std::min(limit, at + 20)).find(';', at + 1);
  if (semi == std::string_view::npos) return 0;
  std::string_view body = text.substr(at + 1, semi - at - 1);
  length = semi + 1 - at;
  if (body.size() >= 2 && body[0] == '#') {
    const bool hex = body[1] == 'x' || body[1] == 'X';
    uint32_t cp = 0;
    const size_t digits = hex ? 2 : 1;
    if (body.size() <= digits) return 0;
    for (size_t k = digits; k < body.size(); ++k) {
      const char c = Lower(body[k]);
      const int d = c >= '0' && c <= '9' ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
      if (d < 0 || cp > 0x10FFFF) return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(d);
    }
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return static_cast<char32_t>(cp);
  }
  for (const auto& [name, cp] : kEntities)
    if (body == name) return cp;
  return 0;
}

bool ChipClass(std::string_view attrs) {
  const std::string_view classes = AttributeValue(attrs, "class");
  size_t i = 0;
  while (i < classes.size()) {
    size_t j = i;
    while (j < classes.size() && !IsAsciiSpace(classes[j]) && classes[j] != '-' && classes[j] != '_') ++j;
    const std::string_view part = classes.substr(i, j - i);
    if (EqualsLower(part, "tag") || EqualsLower(part, "badge") || EqualsLower(part, "chip") ||
        EqualsLower(part, "pill"))
      return true;
    i = j + 1;
  }
  return false;
}

}  // namespace gongwen::internal
