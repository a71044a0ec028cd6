// Numbers as list labels print them (core/number_format.h).
#include "core/number_format.h"

#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <memory>
#include <utility>

#include "core/utf8.h"

namespace gongwen::internal {

namespace {

std::string Roman(int n, bool upper) {
  static constexpr std::pair<int, const char*> kTable[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
  std::string out;
  for (const auto& [value, text] : kTable)
    while (n >= value) {
      out += text;
      n -= value;
    }
  if (upper)
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  return out;
}

// A, B, … Z, AA, BB, … as Word counts letters.
std::string Letters(int n, bool upper) {
  if (n <= 0) return std::to_string(n);
  char letter = static_cast<char>((upper ? 'A' : 'a') + (n - 1) % 26);
  return std::string(static_cast<size_t>((n - 1) / 26 + 1), letter);
}

// Chinese counting through ICU's spellout rules; Word writes 零 where ICU writes 〇.
std::string ChineseCounting(int n, bool financial) {
  thread_local std::unique_ptr<icu::RuleBasedNumberFormat> rbnf = [] {
    UErrorCode err = U_ZERO_ERROR;
    auto f = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale("zh"), err);
    return U_SUCCESS(err) ? std::move(f) : nullptr;
  }();
  if (!rbnf) return std::to_string(n);
  icu::UnicodeString spelled;
  rbnf->format(n, spelled);
  std::string out;
  spelled.toUTF8String(out);
  std::string result;
  // The financial form writes the ten of 10–19 in full (壹拾壹, not 拾壹), as Word and LibreOffice do.
  if (financial && n >= 10 && n <= 19) result = "壹";
  for (size_t i = 0; i < out.size();) {
    char32_t cp = NextCodePoint(out, i);
    if (cp == U'〇') cp = U'零';
    if (financial) {
      static constexpr std::u32string_view kPlain = U"零一二三四五六七八九十百千";
      static constexpr std::u32string_view kFinancial = U"零壹贰叁肆伍陆柒捌玖拾佰仟";
      size_t k = kPlain.find(cp);
      if (k != std::u32string_view::npos) cp = kFinancial[k];
    }
    AppendUtf8(result, cp);
  }
  return result;
}

}  // namespace

std::string FormatNumber(int n, std::string_view format) {
  if (format == "none") return "";
  // Past what the formats below spell (a numeral below 10 000, a letter or a Roman numeral of some
  // length), and below 1: the number in digits, as Word shows it there too.
  if (n < 1 || n > 9999) return std::to_string(n);
  if (format == "decimalZero") {
    std::string s = std::to_string(n);
    if (n >= 0 && n < 10) s.insert(s.begin(), '0');  // (not "0" + s: GCC 12 -O3 warns falsely on it)
    return s;
  }
  if (format == "decimalFullWidth" || format == "decimalFullWidth2") {
    std::string out;
    for (char c : std::to_string(n)) AppendUtf8(out, static_cast<char32_t>(U'０' + (c - '0')));
    return out;
  }
  if (format == "decimalEnclosedCircle" || format == "decimalEnclosedCircleChinese") {
    if (n >= 1 && n <= 20) {
      std::string out;
      AppendUtf8(out, static_cast<char32_t>(U'①' + n - 1));
      return out;
    }
    return std::to_string(n);
  }
  if (format == "decimalEnclosedParen") {
    std::string out = "(";  // appended, not "(" + …: GCC 12 -O2 warns falsely on that (-Wrestrict, PR 105651)
    out += std::to_string(n);
    out += ')';
    return out;
  }
  if (format == "decimalEnclosedFullstop") return std::to_string(n) + ".";
  if (format == "upperRoman") return Roman(n, true);
  if (format == "lowerRoman") return Roman(n, false);
  if (format == "upperLetter") return Letters(n, true);
  if (format == "lowerLetter") return Letters(n, false);
  if (format == "chineseCounting" || format == "chineseCountingThousand" || format == "taiwaneseCounting" ||
      format == "taiwaneseCountingThousand" || format == "japaneseCounting")
    return ChineseCounting(n, false);
  if (format == "chineseLegalSimplified" || format == "ideographLegalTraditional")
    return ChineseCounting(n, true);
  if (format == "ideographDigital" || format == "taiwaneseDigital" ||
      format == "japaneseDigitalTenThousand") {
    static constexpr std::u32string_view kDigits = U"〇一二三四五六七八九";
    std::string out;
    for (char c : std::to_string(n)) AppendUtf8(out, kDigits[static_cast<size_t>(c - '0')]);
    return out;
  }
  if (format == "ideographTraditional" || format == "ideographZodiac") {
    static constexpr std::u32string_view kStems = U"甲乙丙丁戊己庚辛壬癸";
    static constexpr std::u32string_view kBranches = U"子丑寅卯辰巳午未申酉戌亥";
    std::string out;
    const auto& set = format == "ideographTraditional" ? kStems : kBranches;
    AppendUtf8(out, set[static_cast<size_t>((n - 1 + static_cast<int>(set.size()) * 1000) %
                                            static_cast<int>(set.size()))]);
    return out;
  }
  return std::to_string(n);  // decimal and anything unknown
}

}  // namespace gongwen::internal
