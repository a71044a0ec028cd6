// Reading the numbering at the start of a paragraph (一、 （一） 1. （1） ① 一是
// 第1项 任务一：), shared by the recognizer and the normalizer.
#include "patterns/marker.h"

#include <optional>
#include <span>
#include <string>

#include "core/chinese_number.h"
#include "core/utf8.h"
#include "patterns/catalogue.h"
#include "segment/numbers.h"

namespace gongwen::internal {

namespace {

// A character of CNUM in patterns/catalogue.cpp, with which every Chinese numeral marker starts
// (一、 （一） 一是).
bool IsMarkerNumeral(char32_t cp) {
  return cp != 0 &&
         std::u32string_view(U"一二三四五六七八九十百零〇两").find(cp) != std::u32string_view::npos;
}

// ①…⑳, and the circled numbers past 20: ㉑…㉟ and ㊱…㊿.
bool IsCircledNumber(char32_t cp) {
  return (cp >= U'①' && cp <= U'⑳') || (cp >= U'㉑' && cp <= U'㉟') || (cp >= U'㊱' && cp <= U'㊿');
}

// The words that number a task in a 督办 list (任务1, 督办事项3：, 交办事项1：), longest first where one
// opens another.
constexpr std::string_view kTaskWords[] = {"重点任务", "督办事项", "督查事项", "交办事项",
                                           "交办任务", "任务",     "事项"};

// Can `text` open with a marker? Its first character must be a digit, a
// bracket, a Chinese numeral or a circled number.
bool MayOpenWithMarker(std::string_view text) {
  if (text.empty()) return false;
  const char c = text[0];
  if ((c >= '0' && c <= '9') || c == '(') return true;
  size_t i = 0;
  char32_t cp = NextCodePoint(text, i);
  // 第1项; 一是; 任务一：, 督办事项1：
  return cp == U'（' || cp == U'第' || cp == U'任' || cp == U'【' || cp == U'重' || cp == U'督' ||
         cp == U'事' || cp == U'交' || IsMarkerNumeral(cp) || (cp >= U'①' && cp <= U'⒛') ||
         IsCircledNumber(cp);
}

// ①…⑳ (1–20), ⑴…⒇ (1–20) and ⒈…⒛ (1–20), consecutive from U+2460 to U+249B, and the circled numbers
// past 20, ㉑…㉟ (U+3251–U+325F) and ㊱…㊿ (U+32B1–U+32BF): the number of the one character `number` is,
// or none.
std::optional<int> EnclosedNumber(std::string_view number) {
  size_t i = 0;
  const char32_t cp = number.empty() ? 0 : NextCodePoint(number, i);
  if (cp >= U'㉑' && cp <= U'㉟') return static_cast<int>(cp - U'㉑') + 21;
  if (cp >= U'㊱' && cp <= U'㊿') return static_cast<int>(cp - U'㊱') + 36;
  if (cp < U'①' || cp > U'⒛') return std::nullopt;
  return static_cast<int>((cp - U'①') % 20) + 1;
}

// Does `text` open with the three bytes of a character in [first, last] (both three-byte forms)?
bool OpensWithCharIn(std::string_view text, char32_t first, char32_t last) {
  if (text.size() < 3) return false;
  size_t i = 0;
  const char32_t cp = NextCodePoint(text, i);
  return i == 3 && cp >= first && cp <= last;
}

// "2023年": four digits and 年, the start of a task's text that follows its marker.
bool StartsWithYear(std::string_view s) {
  if (s.size() < 7) return false;
  for (size_t i = 0; i < 4; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return s.substr(4, 3) == "年";
}

// 3月底前…, 12月份…: a month, 1 to 12, then 月 (2.3月底前完成 is item 2 done by the end of March).
// 12345, 12309, 12315: the five digits of a government hotline (123 and two more, then no digit), after an
// item's number that is none (not 0).
bool StartsWithHotline(std::string_view number, std::string_view s) {
  return number != "0" && s.size() >= 5 && s.starts_with("123") && s[3] >= '0' && s[3] <= '9' &&
         s[4] >= '0' && s[4] <= '9' && (s.size() == 5 || s[5] < '0' || s[5] > '9');
}

// 5G基站…, 4G网络…: a network's generation (a digit from 2 to 6, then G, then no letter or digit) after an
// item's number (8．5G基站新建1200个 is item 8), no decimal's part.
bool StartsWithGeneration(std::string_view s) {
  return s.size() >= 2 && s[0] >= '2' && s[0] <= '6' && s[1] == 'G' &&
         (s.size() == 2 ||
          !((s[2] >= '0' && s[2] <= '9') || (s[2] >= 'A' && s[2] <= 'Z') || (s[2] >= 'a' && s[2] <= 'z')));
}

bool StartsWithMonth(std::string_view s) {
  size_t n = 0;
  int month = 0;
  while (n < s.size() && n < 2 && s[n] >= '0' && s[n] <= '9') month = month * 10 + (s[n++] - '0');
  return n > 0 && month >= 1 && month <= 12 && s.substr(n, 3) == "月";
}

// The characters of the marker patterns' classes, as UTF-8.
constexpr std::string_view kSpaces[] = {" ", "\t", "\u3000"};  // SP
constexpr std::string_view kNumerals[] = {"一", "二", "三", "四", "五", "六", "七",
                                          "八", "九", "十", "百", "零", "〇", "两"};  // CNUM
constexpr std::string_view kDigits[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

// The length of the character of `set` that `text` has at `i`, or 0 when it has none there.
// Characters are compared as bytes, so a malformed sequence is in no set, as in RE2.
size_t CharOf(std::string_view text, size_t i, std::span<const std::string_view> set) {
  for (std::string_view c : set)
    if (text.substr(i, c.size()) == c) return c.size();
  return 0;
}

// Reads the marker patterns' pieces from the start of a text, each as RE2 reads it there. Every
// repetition in them is followed by a character outside its class, so the greedy reading (as
// many as allowed) is the only one that can match, and no piece needs backtracking.
class MarkerReader {
 public:
  explicit MarkerReader(std::string_view text) : text_(text) {}

  // A fixed word: 第, 任务.
  bool Word(std::string_view word) {
    if (!text_.substr(i_).starts_with(word)) return false;
    i_ += word.size();
    return true;
  }
  // One character of `set`, taken into `into` (which stays empty, at i_, without one).
  bool One(std::span<const std::string_view> set, std::string_view& into) {
    into = text_.substr(i_, CharOf(text_, i_, set));
    i_ += into.size();
    return !into.empty();
  }
  // SET{1,max}: as many as `max` characters of `set`, taken into `into`.
  bool Run(std::span<const std::string_view> set, int max, std::string_view& into) {
    size_t end = i_;
    for (int n = 0; n < max; ++n) {
      const size_t len = CharOf(text_, end, set);
      if (len == 0) break;
      end += len;
    }
    into = text_.substr(i_, end - i_);
    i_ = end;
    return !into.empty();
  }
  // SP*
  void Spaces() {
    while (size_t len = CharOf(text_, i_, kSpaces)) i_ += len;
  }
  size_t length() const { return i_; }

 private:
  std::string_view text_;
  size_t i_ = 0;
};

// LPAREN SP*(SET{1,max})SP*RPAREN(AFTER?): the two bracketed markers, （一） and （1）.
bool Bracketed(MarkerReader& r, std::span<const std::string_view> set, int max,
               std::span<const std::string_view> after, MarkerMatch& m) {
  static constexpr std::string_view kOpen[] = {"（", "("};   // LPAREN
  static constexpr std::string_view kClose[] = {"）", ")"};  // RPAREN
  std::string_view bracket;
  if (!r.One(kOpen, bracket)) return false;
  r.Spaces();
  if (!r.Run(set, max, m.number)) return false;
  r.Spaces();
  if (!r.One(kClose, bracket)) return false;
  r.One(after, m.punct);
  return true;
}

// Characters that follow a number as its unit (1.5万亩, 2.5倍, 3.2亿元, 1.1年): after one, a
// decimal-looking start is a quantity, not an outline number.
bool IsUnitAfterNumber(char32_t cp) {
  return std::u32string_view(
             U"万亿千百十个元角米吨亩户人家项顷平立斤次台辆座所条名位年月日时号期批栋套处倍岁克升度周天届场间"
             U"张部件只头株棵篇本类种余多分秒级成层以左上下%％季轮学点版档")
             .find(cp) != std::u32string_view::npos;
}

// A decimal outline number at the start of `text`: 1 / 1.1 / 1.1.1 (. or ．between the parts, at
// most four parts of one or two digits, none after the first with a leading zero), then spaces,
// then the text: a Han character that is no unit (1.2万户 is a quantity), an opening quote or
// bracket, or after a space a capital letter. The bare 1 needs the space (1优化 may be anything).
// kNone when there is none.
Marker ReadOutline(std::string_view text) {
  const auto digit = [&text](size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
  size_t i = 0;
  int parts = 0, last = 0;
  std::string_view separator;
  while (true) {
    const size_t start = i;
    while (digit(i) && i - start < 2) ++i;
    if (i == start || digit(i) || (parts > 0 && text[start] == '0' && i - start > 1)) return {};
    last = std::stoi(std::string(text.substr(start, i - start)));
    if (++parts == 4) break;
    // The parts are parted by dots, or by hyphens (1-1, 1-2 under 一、: a 方案's 板块-任务 numbers), one
    // kind throughout.
    std::string_view sep;
    for (std::string_view s : {".", "．", "-", "－"})
      if (text.substr(i, s.size()) == s && (separator.empty() || separator == s)) sep = s;
    if (sep.empty() || !digit(i + sep.size())) break;
    separator = sep;
    i += sep.size();
  }
  const size_t number_end = i;
  MarkerReader r(text.substr(number_end));
  r.Spaces();
  const size_t end = number_end + r.length();
  if (end >= text.size() || (parts == 1 && end == number_end)) return {};
  size_t next = end;
  const char32_t cp = NextCodePoint(text, next);
  const bool opens = cp == U'“' || cp == U'《' || cp == U'（' || cp == U'【';
  // After a space also a capital: 2.7　PM2.5平均浓度…, 1.3 GDP增长…; and after a space a digit, under a
  // number of two parts or more: 2.4　5G基站新建300个.
  const bool capital =
      end > number_end && ((cp >= U'A' && cp <= U'Z') || (parts > 1 && cp >= U'0' && cp <= U'9'));
  // After a tab or an ideographic space, a unit's character opens the text (5.1⇥千方百计…, Word's list label
  // and its tab): a quantity is never printed so.
  const std::string_view gap = text.substr(number_end, end - number_end);
  const bool wide = gap.find('\t') != std::string_view::npos || gap.find("\u3000") != std::string_view::npos;
  if (!opens && !capital &&
      (!IsHan(cp) || (!wide && (IsUnitAfterNumber(cp) || MatchMeasureUnit(text.substr(end)) > 0))))
    return {};  // 3.5公里, 1.5小时, 4.5兆瓦: segment/numbers.h's units (公里 小时 工作日 美元 …) too
  Marker m;
  m.kind = parts == 1 ? MarkerKind::kOutline1 : parts == 2 ? MarkerKind::kOutline2 : MarkerKind::kOutline3;
  m.text = std::string(text.substr(0, number_end));
  m.number = last;
  m.length = end;
  return m;
}

}  // namespace

std::optional<MarkerMatch> MatchMarker(Pat pat, std::string_view text) {
  MarkerMatch m;
  MarkerReader r(text);
  // Each case reads the pattern of its name in patterns/catalogue.cpp, written out above it.
  switch (pat) {
    case Pat::kMarkerChineseNumeral: {  // ^(CNUM{1,4})([、．.，,])SP*
      static constexpr std::string_view kAfter[] = {"、", "．", ".", "，", ","};
      if (!r.Run(kNumerals, 4, m.number) || !r.One(kAfter, m.punct)) return std::nullopt;
      break;
    }
    case Pat::kMarkerParenChinese: {  // ^LPAREN SP*(CNUM{1,4})SP*RPAREN([、，.．]?)SP*
      static constexpr std::string_view kAfter[] = {"、", "，", ".", "．"};
      if (!Bracketed(r, kNumerals, 4, kAfter, m)) return std::nullopt;
      break;
    }
    case Pat::kMarkerArabic: {  // ^([0-9]{1,4})SP*([.．、)）])SP*
      static constexpr std::string_view kAfter[] = {".", "．", "、", ")", "）"};
      if (!r.Run(kDigits, 4, m.number)) return std::nullopt;
      r.Spaces();
      if (!r.One(kAfter, m.punct)) return std::nullopt;
      break;
    }
    case Pat::kMarkerParenArabic: {  // ^LPAREN SP*([0-9]{1,3})SP*RPAREN([、.．]?)SP*
      static constexpr std::string_view kAfter[] = {"、", ".", "．"};
      if (!Bracketed(r, kDigits, 3, kAfter, m)) return std::nullopt;
      break;
    }
    case Pat::kMarkerOrdinal: {  // ^第SP*([0-9]{1,4}|CNUM{1,4})SP*(项|条|件)(?:COLON|、)?SP*
      // 第1项　…, 第三条 …, and 第一件：… as a list of 民生实事 counts them.
      static constexpr std::string_view kAfter[] = {"项", "条", "件"};
      static constexpr std::string_view kStops[] = {"：", ":", "、"};
      if (!r.Word("第")) return std::nullopt;
      r.Spaces();
      if (!r.Run(kDigits, 4, m.number) && !r.Run(kNumerals, 4, m.number)) return std::nullopt;
      r.Spaces();
      if (!r.One(kAfter, m.punct)) return std::nullopt;
      std::string_view stop;
      r.One(kStops, stop);
      break;
    }
    case Pat::
        kMarkerTaskOrdinal: {  // ^【?(?:任务|重点任务|督办事项|督查事项|交办事项|交办任务|事项)(CNUM{1,3}|[0-9]{1,3})(COLON|、|SP|】)SP*
      // 任务1　… and 任务1、… as 督办 lists print them, as well as 任务一： and 【任务1】 over a task's
      // fields.
      static constexpr std::string_view kAfter[] = {"：", ":", "、", "　", " ", "\t", "】"};
      r.Word("【");
      if (std::none_of(std::begin(kTaskWords), std::end(kTaskWords),
                       [&](std::string_view w) { return r.Word(w); }))
        return std::nullopt;
      if (!r.Run(kNumerals, 3, m.number) && !r.Run(kDigits, 3, m.number)) return std::nullopt;
      if (!r.One(kAfter, m.punct)) return std::nullopt;
      break;
    }
    case Pat::kMarkerShi: {  // ^(CNUM{1,3})(是)SP*
      static constexpr std::string_view kAfter[] = {"是"};
      if (!r.Run(kNumerals, 3, m.number) || !r.One(kAfter, m.punct)) return std::nullopt;
      break;
    }
    case Pat::kMarkerCircled: {  // ^([①-⑳㉑-㉟㊱-㊿])SP*: E2 91 A0–B3, E3 89 91–9F, E3 8A B1–BF
      const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
      const bool circled =
          text.size() >= 3 && ((text.substr(0, 2) == "\xE2\x91" && byte(2) >= 0xA0 && byte(2) <= 0xB3) ||
                               (text.substr(0, 2) == "\xE3\x89" && byte(2) >= 0x91 && byte(2) <= 0x9F) ||
                               (text.substr(0, 2) == "\xE3\x8A" && byte(2) >= 0xB1 && byte(2) <= 0xBF));
      if (!circled) return std::nullopt;
      m.number = text.substr(0, 3);
      r.Word(m.number);
      m.punct = text.substr(3, 0);
      break;
    }
    case Pat::kMarkerParenDigit:   // ^([⑴-⒇])SP*
    case Pat::kMarkerDigitStop: {  // ^([⒈-⒛])SP*
      const bool paren = pat == Pat::kMarkerParenDigit;
      if (!OpensWithCharIn(text, paren ? U'⑴' : U'⒈', paren ? U'⒇' : U'⒛')) return std::nullopt;
      m.number = text.substr(0, 3);
      r.Word(m.number);
      m.punct = text.substr(3, 0);
      break;
    }
    default:
      return std::nullopt;
  }
  r.Spaces();
  m.length = r.length();
  return m;
}

bool StartsWithTaskWord(std::string_view text) {
  if (text.starts_with("【")) text.remove_prefix(std::string_view("【").size());
  return std::any_of(std::begin(kTaskWords), std::end(kTaskWords),
                     [&](std::string_view w) { return text.starts_with(w); });
}

bool EnumeratesNumerals(int number, std::string_view input) {
  size_t i = 0;
  if (input.empty() || !IsMarkerNumeral(NextCodePoint(input, i))) return false;
  const std::optional<int> next = ParseChineseNumber(input.substr(0, i));
  if (!next || *next != number + 1) return false;
  const std::string_view after = input.substr(i);
  for (std::string_view measure : {"级", "类", "等", "季度", "产", "档", "星", "线", "、"})
    if (after.starts_with(measure)) return true;
  return false;
}

Marker ReadMarker(std::string_view text) {
  if (!MayOpenWithMarker(text)) return {};
  struct Kind {
    Pat pat;
    MarkerKind kind;
  };
  static constexpr Kind kKinds[] = {
      {Pat::kMarkerChineseNumeral, MarkerKind::kChineseNumeral},
      {Pat::kMarkerParenChinese, MarkerKind::kParenChineseNumeral},
      {Pat::kMarkerArabic, MarkerKind::kArabic},
      {Pat::kMarkerParenArabic, MarkerKind::kParenArabic},
      {Pat::kMarkerOrdinal, MarkerKind::kArabic},      // 第1项, 第三条: numbered items like 1.
      {Pat::kMarkerShi, MarkerKind::kArabic},          // 一是, 二是: items of a section like 1.
      {Pat::kMarkerTaskOrdinal, MarkerKind::kArabic},  // 任务一：
      {Pat::kMarkerCircled, MarkerKind::kCircled},
      {Pat::kMarkerParenDigit, MarkerKind::kParenArabic},  // ⑴ as （1）
      {Pat::kMarkerDigitStop, MarkerKind::kArabic},        // ⒈ as 1.
  };
  // The first character tells which kinds can match: a digit only the arabic
  // marker, a numeral the Chinese ones (一、 一是), a circled number the circled one,
  // a bracket the bracketed ones, and the character after it (and any spaces) which
  // of those: a digit （1）, a numeral （一）. A clause line （牵头单位：…） tries none.
  const char first = text[0];
  const bool digit = first >= '0' && first <= '9';
  const bool bracket = first == '(' || text.substr(0, 3) == "（";
  const bool ordinal = text.substr(0, 3) == "第";
  const bool task_word = StartsWithTaskWord(text);
  size_t i = 0;
  const char32_t first_cp = NextCodePoint(text, i);
  const bool numeral = IsMarkerNumeral(first_cp);
  const bool circled = IsCircledNumber(first_cp);
  const bool paren_digit = first_cp >= U'⑴' && first_cp <= U'⒇';
  const bool digit_stop = first_cp >= U'⒈' && first_cp <= U'⒛';
  char32_t in_bracket = 0;  // the first character in the bracket, past spaces
  while (bracket && i < text.size()) {
    in_bracket = NextCodePoint(text, i);
    if (in_bracket != U' ' && in_bracket != U'\t' && in_bracket != U'\u3000') break;
    in_bracket = 0;
  }
  for (const Kind& k : kKinds) {
    if ((k.pat == Pat::kMarkerOrdinal) != ordinal) continue;
    if ((k.pat == Pat::kMarkerTaskOrdinal) != task_word) continue;
    bool possible = true;
    if (k.pat == Pat::kMarkerParenDigit || k.pat == Pat::kMarkerDigitStop)
      possible = k.pat == Pat::kMarkerParenDigit ? paren_digit : digit_stop;
    else if (paren_digit || digit_stop)
      possible = false;
    else
      switch (k.kind) {
        case MarkerKind::kChineseNumeral:
          possible = numeral;
          break;
        case MarkerKind::kParenChineseNumeral:
          possible = bracket && IsMarkerNumeral(in_bracket);
          break;
        case MarkerKind::kParenArabic:
          possible = bracket && in_bracket >= U'0' && in_bracket <= U'9';
          break;
        case MarkerKind::kCircled:
          possible = circled;
          break;
        case MarkerKind::kArabic:  // 1. and the kinds read like it: 第1项, 任务一：, 一是
          possible = ordinal || task_word ? true : k.pat == Pat::kMarkerShi ? numeral : digit;
          break;
        case MarkerKind::kNone:
        case MarkerKind::kOutline1:
        case MarkerKind::kOutline2:
        case MarkerKind::kOutline3:
          break;
      }
    if (!possible) continue;
    const std::optional<MarkerMatch> match = MatchMarker(k.pat, text);
    if (!match) continue;
    const std::string_view number = match->number, punct = match->punct;
    const std::string_view input = text.substr(match->length);  // what follows the marker
    Marker m;
    m.kind = k.kind;
    m.length = match->length;
    std::optional<int> value = EnclosedNumber(number);  // ① ⑴ ⒈
    if (!value) {
      switch (k.kind) {
        case MarkerKind::kChineseNumeral:
          value = ParseChineseNumber(number);
          break;
        case MarkerKind::kParenChineseNumeral:
          value = ParseChineseNumber(number);
          break;
        case MarkerKind::kArabic:
          // "2.5亿元" is a number, not a marker; but "3、2024年…", "1.2023年底前…", "2.3月底前…" and
          // "6. 1~6月…" are markers (nothing is a decimal after 、 or ）, a decimal part is no year nor a
          // month, and has no space before it).
          // (Nor a government hotline's number after an item's, 123 and two digits: 4．12309检察服务平台…,
          // 3.12345热线…; nor a network's generation, 8．5G基站….)
          if (!input.empty() && input[0] >= '0' && input[0] <= '9' && (punct == "." || punct == "．") &&
              punct.data() + punct.size() == input.data() && !StartsWithYear(input) &&
              !StartsWithMonth(input) && !StartsWithHotline(number, input) && !StartsWithGeneration(input))
            continue;
          // "2 . 0 版…": a decimal in a line whose characters a PDF viewer's copy set apart, a space before
          // its point too (a marker's point follows its number: 6. 1~6月…).
          if (!input.empty() && input[0] >= '0' && input[0] <= '9' && punct == "." &&
              punct.data() > number.data() + number.size())
            continue;
          value = number[0] >= '0' && number[0] <= '9' ? std::optional<int>(std::stoi(std::string(number)))
                                                       : ParseChineseNumber(number);
          break;
        case MarkerKind::kParenArabic:
          value = std::stoi(std::string(number));
          break;
        case MarkerKind::kCircled:  // read above
        case MarkerKind::kNone:
        case MarkerKind::kOutline1:
        case MarkerKind::kOutline2:
        case MarkerKind::kOutline3:
          break;
      }
    }
    if (!value) continue;
    m.number = *value;
    m.text = std::string(TrimSpaces(text.substr(0, m.length)));
    return m;
  }
  return digit ? ReadOutline(text) : Marker{};
}

}  // namespace gongwen::internal
