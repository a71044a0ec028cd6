// Targets (指标): the quantities a task's text commits to.
//
// A clause is read around each quantity it holds:
//   [subject] [measure verb] [between] [comparator] QUANTITY [comparator] [的 object]
// 工业投资 增长 19% 以上 · 确保粮食播种面积 稳定在 25万亩 以上 · 新建 50套 保障性住房 ·
// 产出强度 不低于 60万元/亩. The subject is what stands before the verb, else what
// stands between the verb and the quantity, else the object after it, else the
// subject of the clause before in the same sentence (新增市场主体2100户、净增1450户).
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/chinese_number.h"
#include "core/utf8.h"
#include "enrich/finders.h"
#include "segment/numbers.h"

namespace gongwen::internal {

namespace {

// Verbs that say how a quantity is reached; longest first where one starts another.
constexpr std::string_view kVerbs[] = {
    "新改建", "改扩建", "新培育", "新开工", "稳定在", "保持在", "控制在", "提高到", "提升到", "提高至",
    "提升至", "压缩至", "压减至", "降低至", "降至",   "增长",   "下降",   "降低",   "减少",   "压减",
    "压缩",   "提高",   "提升",   "新增",   "净增",   "新建",   "改建",   "扩建",   "建成",   "建设",
    "完成",   "达到",   "达",     "引进",   "培育",   "培训",   "培养",   "发展",   "突破",   "增加",
    "开工",   "招引",   "签约",   "接待",   "创建",   "打造",   "种植",   "改造",   "治理",   "造林",
    "绿化",   "实施",   "吸纳",   "安置",   "帮扶",   "整治",   "清理",   "销售",   "收购",   "储备",
    "覆盖",   "新认定", "认定",   "新打造", "新发展", "配备",   "配置",   "购置",   "推进",   "加快",
    "组织",   "举办",   "开展",   "提速",   "提质",
};

// What is counted after a count is a name, not a sentence: at most this many characters.
constexpr size_t kMaxObjectChars = 12;

// Words at the edges of a subject that are not part of it.
constexpr std::string_view kLeadingNoise[] = {
    "确保", "力争", "争取", "全年", "全县", "全市",   "全区", "全省", "年内", "今年", "当年",
    "实现", "其中", "累计", "预计", "努力", "进一步", "同时", "并",   "和",   "及",   "，",
    "、",   "的",   "规划", "年度", "同步", "全力",   "大力", "积极", "着力", "持续"};
constexpr std::string_view kTrailingNoise[] = {
    "均",   "都",   "分别", "同比", "累计",   "稳步",   "要", "将",   "共",   "预计", "持续",
    "力争", "确保", "全年", "年内", "比上年", "较上年", "的", "总计", "合计", "稳定", "保持"};

struct Comparator {
  std::string_view words;
  const char* op;
};
constexpr Comparator kPrefixes[] = {
    {"不低于", ">="}, {"不少于", ">="}, {"不小于", ">="}, {"至少", ">="}, {"不高于", "<="},
    {"不超过", "<="}, {"不多于", "<="}, {"不大于", "<="}, {"最多", "<="}, {"至多", "<="},
    {"超过", ">"},    {"高于", ">"},    {"多于", ">"},    {"大于", ">"},  {"低于", "<"},
    {"少于", "<"},    {"小于", "<"},    {"大约", "~"},    {"约", "~"},
};
constexpr Comparator kSuffixes[] = {
    {"及以上", ">="},           {"以上", ">="}, {"以下", "<="}, {"以内", "<="},
    {"内", "<="} /* 3个月内 */, {"之内", "<="}, {"左右", "~"},  {"上下", "~"},
};

// Counted things: a number with one of these is a target (5家, 2100户, 50套, 1100人).
constexpr std::string_view kClassifiers[] = {
    "个", "家", "户", "人", "套", "所", "项", "座", "条", "台", "辆", "处", "批", "场", "次", "名", "位",
    "件", "株", "棵", "头", "只", "张", "间", "栋", "床", "部", "支", "类", "种", "篇", "本", "期"};

// Before a number these make it a name or an ordinal, not a quantity.
constexpr std::string_view kNamePrefixes[] = {"国道", "省道", "县道", "乡道",   "第",     "编号",
                                              "电话", "热线", "G",    "S",      "X",      "No.",
                                              "NO.",  "#",    "年产", "年处理", "年加工", "年吞吐"};

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// 约 (about) is also the end of 签约, 节约, 履约, 集约, 合约, 预约, 制约: then it is no comparator.
bool EndsWordWithYue(std::string_view text, size_t b, size_t e, std::string_view prefix) {
  if (prefix != "约" || e < b + 6) return false;
  const std::string_view before = text.substr(e - 6, 3);
  for (std::string_view w : {"签", "节", "履", "集", "合", "预", "制", "公", "条", "契", "特", "邀"})
    if (before == w) return true;
  return false;
}

bool IsSentenceEnd(char32_t cp) {
  return cp == U'。' || cp == U'；' || cp == U'！' || cp == U'？' || cp == U';';
}

char32_t Before(std::string_view s, size_t i) {
  if (i == 0) return 0;
  return PreviousCodePoint(s, i);
}
char32_t At(std::string_view s, size_t i, size_t* next = nullptr) {
  if (i >= s.size()) return 0;
  char32_t cp = NextCodePoint(s, i);
  if (next != nullptr) *next = i;
  return cp;
}

// A quantity at text[i]: [begin, end) with its value and unit.
struct Quantity {
  size_t begin = 0, end = 0;
  double value = 0;
  std::string unit;
};

// A classifier, or one with the 次 that makes it a count of times (80场次, 3000人次, 500户次): those counted
// so, not 3条次干道 nor 2所次年招生的学校.
size_t MatchClassifier(std::string_view s) {
  static constexpr std::string_view kTimes[] = {"场次", "人次", "户次", "批次", "家次", "件次", "台次"};
  for (std::string_view c : kTimes)
    if (StartsWith(s, c)) return c.size();
  for (std::string_view c : kClassifiers)
    if (StartsWith(s, c)) return c.size();
  return 0;
}

// 万 and 亿 at the front of a unit fold into the value: 万元 → ×10^4 元.
void FoldUnit(Quantity& q) {
  while (true) {
    if (StartsWith(q.unit, "万") && q.unit.size() > 3)
      q.value *= 1e4, q.unit = q.unit.substr(3);
    else if (StartsWith(q.unit, "亿") && q.unit.size() > 3)
      q.value *= 1e8, q.unit = q.unit.substr(3);
    else
      break;
  }
  if (q.unit == "％") q.unit = std::string("%");  // not = "%": GCC 12 -O2 warns of a false -Wrestrict there
}

// The unit after a number ending at text[i] (万 and 亿 included): its end, or i.
size_t ReadUnit(std::string_view text, size_t i, double& scale, std::string& unit, bool measures_only) {
  size_t j = i;
  while (j < text.size() && text[j] == ' ') ++j;  // 320 亿元, as converted text has it
  // 万 and 亿 first, then the unit: a unit that takes them in (万元) is read after them. One
  // MatchMeasureUnit per number, at the first character that is neither.
  size_t k = j;
  while (StartsWith(text.substr(k), "万") || StartsWith(text.substr(k), "亿")) {
    scale *= StartsWith(text.substr(k), "万") ? 1e4 : 1e8;
    k += 3;
  }
  if (size_t u = MatchMeasureUnit(text.substr(k)); u > 0) {
    unit = std::string(text.substr(k, u));
    return k + u;
  }
  if (!measures_only)
    if (size_t c = MatchClassifier(text.substr(k)); c > 0) {
      unit = std::string(text.substr(k, c));
      return k + c;
    }
  return i;
}

// The number text[i, j) of `value` with the unit after it (万 and 亿 folded in); nullopt
// without a unit, or when the value is not finite (1亿亿亿… must not become an invalid JSON number).
std::optional<Quantity> WithUnit(std::string_view text, size_t i, size_t j, double value,
                                 bool measures_only) {
  double scale = 1;
  std::string unit;
  const size_t end = ReadUnit(text, j, scale, unit, measures_only);
  if (end == j) return {};
  Quantity q{i, end, value * scale, unit};
  FoldUnit(q);
  if (!std::isfinite(q.value)) return {};
  return q;
}

std::optional<Quantity> DigitQuantity(std::string_view text, size_t i) {
  const char32_t prev = Before(text, i);
  if (IsDigitChar(prev) || IsLatinLetter(prev) || prev == U'.' || prev == U'#' || prev == U'-' ||
      prev == U'/')
    return {};
  for (std::string_view p : kNamePrefixes)
    if (EndsWith(text.substr(0, i), p)) return {};
  const size_t j = i + DigitRun(text.substr(i));  // digits, thousands groups, a decimal part
  const char32_t after = At(text, j);
  if (IsLatinLetter(after) || after == U'#' || after == U'＃' || after == U'-' || after == U'.') return {};
  auto digits = DigitValue(text.substr(i, j - i));
  if (!digits) return {};
  return WithUnit(text, i, j, *digits, /*measures_only=*/false);
}

// 三十万元, 百分之二十: Chinese numerals count only with a measure unit (三个一批 is a name).
std::optional<Quantity> HanQuantity(std::string_view text, size_t i) {
  const char32_t prev = Before(text, i);
  if (IsHanNumberChar(prev) || prev == U'第') return {};
  size_t j = i, next = 0;
  if (StartsWith(text.substr(i), "百分之")) {
    j = i + 9;
    size_t k = j;
    while (IsHanNumberChar(At(text, k, &next))) k = next;
    auto v = ParseChineseNumber(text.substr(j, k - j));
    if (!v) return {};
    return Quantity{i, k, static_cast<double>(*v), "%"};
  }
  while (true) {
    char32_t c = At(text, j, &next);
    if (!IsHanNumberChar(c) || c == U'万' || c == U'亿') break;
    j = next;
  }
  if (j == i) return {};
  auto v = ParseChineseNumber(text.substr(i, j - i));
  if (!v) return {};
  return WithUnit(text, i, j, *v, /*measures_only=*/true);
}

// Trims noise words from both ends of [b, e).
void TrimNoise(std::string_view text, size_t& b, size_t& e) {
  for (bool changed = true; changed && b < e;) {
    changed = false;
    for (std::string_view w : kLeadingNoise)
      if (b + w.size() <= e && text.substr(b, w.size()) == w) {
        b += w.size();
        changed = true;
      }
    for (std::string_view w : kTrailingNoise)
      if (e >= b + w.size() && text.substr(e - w.size(), w.size()) == w) {
        e -= w.size();
        changed = true;
      }
  }
}

// Verbs that also name an activity (职业技能培训, 节水灌溉提质改造): after a
// verb of the other kind they belong to the subject (完成 | 职业技能培训).
constexpr std::string_view kActivityVerbs[] = {"培训", "改造", "建设", "治理", "绿化", "造林", "整治", "提质",
                                               "提速", "清理", "种植", "覆盖", "培养", "帮扶", "安置"};
bool IsActivity(std::string_view verb) {
  return std::find(std::begin(kActivityVerbs), std::end(kActivityVerbs), verb) != std::end(kActivityVerbs);
}

// A verb followed by one of these is part of an indicator's name: 开工率, 销售额, 覆盖面.
bool NamesIndicator(std::string_view rest) {
  for (std::string_view s : {"率", "量", "额", "数", "值", "面", "规模", "总"})
    if (StartsWith(rest, s)) return true;
  return false;
}

// kVerbs grouped by their first character, in kVerbs order within a group: a
// character that starts no verb (most of them) costs one lookup, not a
// comparison with every verb.
class VerbIndex {
 public:
  VerbIndex() {
    for (std::string_view v : kVerbs) {
      size_t i = 0;
      const char32_t first = NextCodePoint(v, i);
      auto it =
          std::find_if(groups_.begin(), groups_.end(), [&](const Group& g) { return g.first == first; });
      if (it == groups_.end()) it = groups_.insert(groups_.end(), Group{first, {}});
      it->verbs.push_back(v);
    }
    std::sort(groups_.begin(), groups_.end(),
              [](const Group& a, const Group& b) { return a.first < b.first; });
  }
  // The verbs that start with `cp`, longest first where one starts another; empty if none.
  const std::vector<std::string_view>* StartingWith(char32_t cp) const {
    auto it = std::lower_bound(groups_.begin(), groups_.end(), cp,
                               [](const Group& g, char32_t c) { return g.first < c; });
    return it != groups_.end() && it->first == cp ? &it->verbs : nullptr;
  }

 private:
  struct Group {
    char32_t first;
    std::vector<std::string_view> verbs;
  };
  std::vector<Group> groups_;
};

using VerbSpan = std::pair<size_t, size_t>;  // (begin, end) of a verb in the text

// Calls on_verb(span) for the verbs in [b, e), in order, while it returns true (the callers want
// the first or the last: no list of them is made).
template <typename OnVerb>
void ForEachVerb(std::string_view text, size_t b, size_t e, OnVerb on_verb) {
  static const VerbIndex index;
  for (size_t i = b; i < e;) {
    size_t next = i;
    const auto* candidates = index.StartingWith(NextCodePoint(text, next));
    size_t len = 0;
    if (candidates != nullptr)
      for (std::string_view v : *candidates)
        if (i + v.size() <= e && text.substr(i, v.size()) == v) {
          len = v.size();
          break;
        }
    if (len > 0 && !NamesIndicator(text.substr(i + len))) {
      if (!on_verb(VerbSpan{i, i + len})) return;
      i += len;
      continue;
    }
    i = next;
  }
}

bool IsActivityAt(std::string_view text, VerbSpan verb) {
  return IsActivity(text.substr(verb.first, verb.second - verb.first));
}

// The verb a quantity is measured by: the last before it, unless that one names
// an activity and a verb of the other kind comes before it.
std::optional<VerbSpan> MeasureVerb(std::string_view text, size_t b, size_t e) {
  std::optional<VerbSpan> last, last_other;  // the last verb, and the last that names no activity
  ForEachVerb(text, b, e, [&](VerbSpan v) {
    last = v;
    if (!IsActivityAt(text, v)) last_other = v;
    return true;
  });
  if (last && IsActivityAt(text, *last) && last_other) return last_other;
  return last;
}

// The first verb in [b, e).
std::optional<VerbSpan> FirstVerb(std::string_view text, size_t b, size_t e) {
  std::optional<VerbSpan> first;
  ForEachVerb(text, b, e, [&](VerbSpan v) {
    first = v;
    return false;
  });
  return first;
}

// The first verb in [b, e) that does not open it (绿化及交安任务 is a thing, 稳步提高 is not).
std::optional<VerbSpan> FirstVerbAfterStart(std::string_view text, size_t b, size_t e) {
  std::optional<VerbSpan> found;
  ForEachVerb(text, b, e, [&](VerbSpan v) {
    if (v.first > b) found = v;
    return !found;
  });
  return found;
}

std::string Str(std::string_view text, size_t b, size_t e) {
  return b < e ? std::string(text.substr(b, e - b)) : "";
}

// The characters of the Basic Multilingual Plane the reader below stops at: clause breaks, digits
// and Chinese numerals (IsTargetStop). A task's text is nearly all other characters, each passed
// with one look-up (8 KB, made by the compiler from the lists that define the three tests)
// instead of three tests.
class StopSet {
 public:
  constexpr StopSet() {
    for (char32_t cp : kClauseBreaks) Set(cp);
    for (char32_t cp : kHanNumberChars) Set(cp);
    for (char32_t zero : kDigitZeros)
      for (char32_t cp = zero; cp < zero + 10; ++cp) Set(cp);
  }
  constexpr bool Stops(char32_t cp) const { return cp >= kSize || ((bits_[cp >> 6] >> (cp & 63)) & 1) != 0; }

 private:
  static constexpr char32_t kSize = 0x10000;
  constexpr void Set(char32_t cp) { bits_[cp >> 6] |= uint64_t{1} << (cp & 63); }
  std::array<uint64_t, kSize / 64> bits_{};
};
constexpr StopSet kStops;

}  // namespace

bool IsTargetStop(char32_t cp) { return kStops.Stops(cp); }

std::vector<FoundTarget> FindTargets(std::string_view text) {
  std::vector<FoundTarget> out;
  size_t sentence_first = 0;  // index in `out` of the first target of the current sentence
  size_t clause_end = 0;      // end of the clause the last quantity was in
  size_t left_bound = 0;      // the left context starts here: clause start, or the end of the last quantity
  for (size_t i = 0; i < text.size();) {
    size_t next = i;
    const char32_t cp = NextCodePoint(text, next);
    if (!kStops.Stops(cp)) {  // neither a break nor the start of a quantity
      i = next;
      continue;
    }
    // 3,000万元: a comma between digits groups them, it does not end the clause.
    const bool digit_comma =
        cp == U',' && i > 0 && IsDigitChar(Before(text, i)) && IsDigitChar(At(text, next));
    if (IsClauseBreak(cp) && !digit_comma) {
      left_bound = next;
      if (IsSentenceEnd(cp)) sentence_first = out.size();
      i = next;
      continue;
    }
    std::optional<Quantity> q;
    if (IsDigitChar(cp))
      q = DigitQuantity(text, i);
    else if (IsHanNumberChar(cp))  // 百分之二十 too: 百 is a numeral
      q = HanQuantity(text, i);
    if (!q) {
      i = next;
      continue;
    }
    FoundTarget t;
    t.value = q->value;
    t.unit = q->unit;
    size_t left_end = q->begin;  // the left context: [left_bound, left_end)
    size_t begin = q->begin, end = q->end;
    for (const Comparator& c : kPrefixes)
      if (left_end >= left_bound + c.words.size() &&
          EndsWith(text.substr(left_bound, left_end - left_bound), c.words) &&
          !EndsWordWithYue(text, left_bound, left_end, c.words)) {
        t.comparator = c.op;
        left_end -= c.words.size();
        begin = left_end;
        break;
      }
    for (const Comparator& c : kSuffixes)
      if (StartsWith(text.substr(end), c.words)) {
        if (std::string_view(t.comparator) == "=") t.comparator = c.op;
        end += c.words.size();
        break;
      }
    const size_t suffix_end = end;
    // The clause's end, for the object after the quantity: found once per clause
    // (a clause of 20 000 quantities must not be scanned 20 000 times).
    if (clause_end < end) {
      clause_end = end;
      while (clause_end < text.size()) {
        size_t j = clause_end;
        if (IsClauseBreak(NextCodePoint(text, j))) break;
        clause_end = j;
      }
    }
    if (auto verb = MeasureVerb(text, left_bound, left_end)) {
      t.measure = Str(text, verb->first, verb->second);
      begin = std::min(begin, verb->first);
      size_t sb = left_bound, se = verb->first;
      TrimNoise(text, sb, se);
      size_t bb = verb->second, be = left_end;
      TrimNoise(text, bb, be);
      if (bb < be && sb < se && CountCodePoints(text.substr(sb, se - sb)) <= 2) {
        // 城镇新增就业1100人: a short word before the verb belongs to the indicator's name
        t.subject = Str(text, sb, be);
        begin = std::min(begin, sb);
      } else if (bb < be) {  // the verb's object: 建设 高标准农田 1万亩
        t.subject = Str(text, bb, be);
      } else if (sb < se) {  // the verb's subject: 工业投资 增长 19%
        t.subject = Str(text, sb, se);
        begin = std::min(begin, sb);
      }
    } else {
      size_t sb = left_bound, se = left_end;
      TrimNoise(text, sb, se);
      if (sb < se) {
        t.subject = Str(text, sb, se);
        begin = std::min(begin, sb);
      }
    }
    // What is counted follows a count: 新建 50套 保障性住房, 推进 9个 重点项目.
    const bool counted = MatchClassifier(t.unit) == t.unit.size() && !t.unit.empty();
    if (t.subject.empty() || counted) {  // the object: 新建50套保障性住房, 80%以上的村经营性收入稳步提高
      size_t ob = end, oe = end;
      for (size_t n = 0; n < kMaxObjectChars && oe < clause_end; ++n) NextCodePoint(text, oe);
      oe = std::min(oe, clause_end);
      // up to the next quantity or verb
      for (size_t j = ob; j < oe;) {
        const char32_t c = At(text, j);
        if (IsDigitChar(c) || (IsHanNumberChar(c) && HanQuantity(text, j))) {
          oe = j;
          break;
        }
        NextCodePoint(text, j);
      }
      bool of = false;  // 80%的绿化及交安任务: after 的 a noun phrase, even one that starts like a verb
      while (StartsWith(text.substr(ob, oe - ob), "的")) ob += 3, of = true;
      if (auto first = FirstVerb(text, ob, oe); !of && first && first->first == ob) {
        oe = ob;  // 新建1个新建1个…: a verb right after the count starts the next predicate, not an object
      } else if (auto verb = FirstVerbAfterStart(text, ob, oe)) {
        if (t.measure.empty()) t.measure = Str(text, verb->first, verb->second);
        oe = verb->first;
      }
      TrimNoise(text, ob, oe);
      if (ob < oe) {  // without an object the words before stay the subject (新增市场主体2100户)
        t.subject = Str(text, ob, oe);
        end = std::max(end, oe);
      }
    }
    if (t.subject.empty() && out.size() > sentence_first) t.subject = out.back().subject;
    t.begin = begin;
    t.end = end;
    out.push_back(std::move(t));
    left_bound = i = suffix_end;
  }
  return out;
}

}  // namespace gongwen::internal
