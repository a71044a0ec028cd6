#include "segment/numbers.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/chinese_number.h"
#include "core/utf8.h"

namespace gongwen::internal {

bool IsLatinLetter(char32_t cp) {
  return (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z') || (cp >= U'ａ' && cp <= U'ｚ') ||
         (cp >= U'Ａ' && cp <= U'Ｚ');
}

namespace {

// Units a quantity in a work report is measured in; longest first where one is
// the start of another (万元 before 万, 平方公里 before 平方米).
constexpr std::string_view kMeasureUnits[] = {
    "平方公里", "平方千米", "立方米", "平方米", "千瓦时",   "万千瓦", "公里", "千米",     "公顷",
    "万亩",     "公斤",     "千克",   "万吨",   "亿元",     "万元",   "千元", "美元",     "元",
    "吨",       "亩",       "米",     "千瓦",   "兆瓦",     "瓦",     "公升", "升",       "个百分点",
    "百分点",   "标准箱",   "万人次", "人次",   "万人",     "万户",   "万辆", "万台",     "万套",
    "万株",     "万头",     "万只",   "万册",   "万平方米", "小时",   "千伏", "万千伏安", "兆瓦时",
    "斤",       "个工作日", "工作日", "个月",   "千伏安",
};
static_assert(std::all_of(std::begin(kMeasureUnits), std::end(kMeasureUnits),
                          [](std::string_view u) { return u.size() >= 3; }),
              "MatchOneUnit compares units by their first three bytes");

// The code point at s[i] without moving i (0 at the end).
char32_t Peek(std::string_view s, size_t i, size_t* next = nullptr) {
  if (i >= s.size()) return 0;
  char32_t cp = NextCodePoint(s, i);
  if (next != nullptr) *next = i;
  return cp;
}

}  // namespace

// Digits, then an optional decimal part (. ． ·) or thousands groups (,ddd): the end.
size_t DigitRun(std::string_view s) {
  size_t i = 0, next = 0;
  while (IsDigitChar(Peek(s, i, &next))) i = next;
  if (i == 0) return 0;
  while (true) {
    char32_t c = Peek(s, i, &next);
    if (c == U'.' || c == U'．' || c == U'·') {
      size_t j = next, k = 0;
      while (IsDigitChar(Peek(s, j, &k))) j = k;
      if (j == next) break;
      i = j;
      continue;
    }
    if (c == U',') {  // 1,000 (exactly three digits follow)
      size_t j = next, k = 0, count = 0;
      while (IsDigitChar(Peek(s, j, &k))) {
        j = k;
        ++count;
      }
      if (count != 3) break;
      i = j;
      continue;
    }
    break;
  }
  return i;
}

namespace {

// The measure units by their first character (each is one of three bytes): a look-up compares
// only the units that start as `s` does (万 has 12), not all 50 (1.9k instructions a call).
struct UnitsByFirst {
  std::string_view first;
  std::vector<std::string_view> units;
};

const std::vector<UnitsByFirst>& MeasureUnitsByFirst() {
  static const std::vector<UnitsByFirst> table = [] {
    std::vector<UnitsByFirst> t;
    for (std::string_view u : kMeasureUnits) {
      const std::string_view first = u.substr(0, 3);
      auto it = std::find_if(t.begin(), t.end(), [&](const UnitsByFirst& b) { return b.first == first; });
      if (it == t.end()) it = t.insert(t.end(), {first, {}});
      it->units.push_back(u);
    }
    return t;
  }();
  return table;
}

// One unit at the start of `s` (no rate): its length, or 0. Every unit is at least three bytes,
// so one that starts `s` shares its first three.
size_t MatchOneUnit(std::string_view s) {
  size_t best = 0;
  const std::string_view first = s.substr(0, 3);
  for (const UnitsByFirst& b : MeasureUnitsByFirst()) {
    if (b.first != first) continue;
    for (std::string_view u : b.units)
      if (u.size() > best && s.substr(0, u.size()) == u) best = u.size();
    break;
  }
  if (best == 0) {
    if (s.substr(0, 1) == "%") return 1;
    if (s.substr(0, 3) == "％" || s.substr(0, 3) == "‰") return 3;
  }
  return best;
}

}  // namespace

size_t MatchMeasureUnit(std::string_view s) {
  const size_t best = MatchOneUnit(s);
  if (best == 0 || s.substr(0, 1) == "%" || s.substr(0, 3) == "％" || s.substr(0, 3) == "‰") return best;
  // 元/亩, 元/吨: a rate, one level deep (a chain of 300 000 "元/" never recursed 300 000 times again).
  if (s.substr(best, 1) == "/" && s.substr(best + 1, 1) != "%")
    if (size_t per = MatchOneUnit(s.substr(best + 1)); per > 0) return best + 1 + per;
  return best;
}

namespace {

// The measure unit a number keeps as one word with it. A count (3 个 工作日, 6 个 月, 2 个 百分点) is a
// number and its classifier, as the standard writes 三 个 方面: the units that begin with 个 are
// units of targets (MatchMeasureUnit), not of words. Nor are 万人 and 万户, whose 人 and 户 so often
// begin the next word (10万 人口, 5万 人民币, 2万 户籍).
size_t WordUnit(std::string_view s) {
  if (s.substr(0, 3) == "个") return 0;
  const size_t unit = MatchMeasureUnit(s);
  const std::string_view u = s.substr(0, unit);
  return u == "万人" || u == "万户" ? 0 : unit;
}

}  // namespace

size_t MatchDigitNumber(std::string_view s, bool keep_units) {
  size_t i = DigitRun(s);
  if (i == 0) return 0;
  size_t next = 0;
  // Converted text puts spaces between a number and its unit (320 亿元): they belong to it.
  size_t spaced = i;
  while (spaced < s.size() && s[spaced] == ' ') ++spaced;
  if (spaced > i && spaced < s.size()) {
    const char32_t u = Peek(s, spaced);
    if (u == U'万' || u == U'亿' || u == U'%' || u == U'％' || (keep_units && WordUnit(s.substr(spaced)) > 0))
      i = spaced;
  }
  char32_t c = Peek(s, i, &next);
  if (IsLatinLetter(c) || c == U'#' || c == U'＃' || IsDigitChar(c)) return 0;
  if (c == U'%' || c == U'％' || c == U'‰') return next;
  // Dates and times keep their unit: 2023年, 6月, 20日, 8时.
  if (c == U'年' || c == U'月' || c == U'日' || c == U'号' || c == U'时' || c == U'秒') return next;
  // Multipliers: 3.2万, 1.5亿, 2万亿.
  while (c == U'万' || c == U'亿' || c == U'千' || c == U'百') {
    // A unit that starts with the multiplier: 2.1万头, 3万人次.
    if (keep_units && c == U'万')
      if (const size_t unit = WordUnit(s.substr(i)); unit > 0) return i + unit;
    i = next;
    c = Peek(s, i, &next);
  }
  if (c == U'%' || c == U'％') return next;
  if (keep_units) i += WordUnit(s.substr(i));
  return i;
}

size_t MatchHanNumber(std::string_view s) {
  size_t i = 0, next = 0;
  const bool ordinal = Peek(s, 0, &next) == U'第';
  if (ordinal) i = next;
  const size_t start = i;
  size_t chars = 0;
  // No number of a notice has more than 12 numeral characters; reading on would
  // make a run of 40 000 一 quadratic (the run is read again from each position).
  while (chars <= 12 && IsHanNumberChar(Peek(s, i, &next))) {
    i = next;
    ++chars;
  }
  if (chars == 0 || chars > 12) return 0;
  std::string_view numeral = s.substr(start, i - start);
  if (ordinal) return ParseChineseNumber(numeral) ? i : 0;  // 第五, 第三十
  const char32_t suffix = Peek(s, i, &next);
  if (suffix == U'年' && (chars == 2 || chars == 4) && ParseChineseDigits(numeral)) return next;
  if (suffix == U'月') {
    auto v = ParseChineseNumber(numeral);
    return v && *v >= 1 && *v <= 12 ? next : 0;
  }
  if ((suffix == U'日' || suffix == U'号') && chars >= 2) {
    auto v = ParseChineseNumber(numeral);
    return v && *v >= 1 && *v <= 31 ? next : 0;
  }
  // A bare numeral of two or more characters: 二十五, 三十九 (as in the marker （二十五）), with
  // its measure unit: 三十万元, 三千亩. A unit may begin with a numeral character the loop took
  // (十万 千瓦): then the numeral ends before it.
  for (size_t end = i, n = chars; n >= 2; --n) {
    std::string_view head = s.substr(start, end - start);
    const size_t unit = WordUnit(s.substr(end));
    if (ParseChineseQuantity(head) && (end == i || unit > 0)) return end + unit;
    PreviousCodePoint(s, end);
  }
  return 0;
}

size_t NumeralClassifierSplit(std::string_view w) {
  static constexpr std::string_view kClassifiers[] = {
      "个", "次", "位", "条", "种", "批", "项", "天", "名", "家", "件", "张", "本", "所",
      "座", "台", "辆", "只", "头", "户", "篇", "封", "场", "届", "轮", "期", "支", "份",
      "段", "句", "类", "点", "步", "年", "月", "周", "岁", "倍", "层", "口", "片", "处",
      "间", "套", "部", "首", "幅", "枚", "根", "颗", "株", "棵", "笔", "顿", "遍", "回",
      "番", "代", "股", "块", "群", "对", "双", "组", "队", "班", "级", "节", "章"};
  size_t i = 0, next = 0;
  if (Peek(w, 0, &next) == U'第') i = next;
  const size_t start = i;
  size_t chars = 0;
  while (true) {
    char32_t c = Peek(w, i, &next);
    if (!IsHanNumberChar(c) && c != U'几' && c != U'数') break;
    i = next;
    ++chars;
  }
  if (chars == 0 || i >= w.size()) return 0;
  std::string_view numeral = w.substr(start, i - start);
  if (numeral != "几" && numeral != "数" && !ParseChineseNumber(numeral)) return 0;
  for (std::string_view c : kClassifiers)
    if (w.substr(i) == c) return i;
  return 0;
}

bool IsWordSuffix(std::string_view w) {
  static constexpr std::string_view kSuffixes[] = {"化", "性", "者", "家", "员", "式", "型", "率", "界",
                                                   "感", "观", "制", "业", "法", "学", "库", "表", "游",
                                                   "病", "力", "费", "金", "品", "厂", "馆"};
  for (std::string_view s : kSuffixes)
    if (w == s) return true;
  return false;
}

bool IsPlaceSuffix(std::string_view w) {
  static constexpr std::string_view kSuffixes[] = {"市", "省", "县", "区", "村", "镇", "乡", "州",
                                                   "委", "部", "院", "局", "厅", "办", "级", "署"};
  for (std::string_view s : kSuffixes)
    if (w == s) return true;
  return false;
}

std::optional<double> DigitValue(std::string_view s) {
  std::string ascii;
  double scale = 1;
  size_t i = 0;
  while (i < s.size()) {
    char32_t c = NextCodePoint(s, i);
    if (c >= U'0' && c <= U'9')
      ascii += static_cast<char>(c);
    else if (c >= U'０' && c <= U'９')
      ascii += static_cast<char>('0' + (c - U'０'));
    else if (c == U'.' || c == U'．' || c == U'·')
      ascii += '.';
    else if (c == U',')
      continue;
    else if (c == U'万')
      scale *= 1e4;
    else if (c == U'亿')
      scale *= 1e8;
    else if (c == U'千')
      scale *= 1e3;
    else if (c == U'百')
      scale *= 1e2;
    else
      return std::nullopt;
  }
  // More than 18 digits is no quantity of a work report (and std::stod would throw on 400).
  if (ascii.empty() || ascii.size() > 18 || ascii.front() == '.' || ascii.back() == '.' ||
      std::count(ascii.begin(), ascii.end(), '.') > 1)
    return std::nullopt;
  const double value = std::strtod(ascii.c_str(), nullptr) * scale;
  if (!std::isfinite(value)) return std::nullopt;  // 1 followed by 40 亿
  return value;
}

}  // namespace gongwen::internal
