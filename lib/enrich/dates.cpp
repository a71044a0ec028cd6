// Milestones (dates inside a task's text) and the cover notice's reporting schedule.
#include <re2/re2.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>

#include "core/lists.h"
#include "core/utf8.h"
#include "enrich/finders.h"
#include "patterns/catalogue.h"

namespace gongwen::internal {

namespace {

// A phrase ends at a clause break or a quotation mark.
bool IsPunct(char32_t cp) { return IsClauseBreak(cp) || cp == U'“' || cp == U'”'; }

// The end of the words after `i`, up to punctuation or `max_chars` code points.
size_t PhraseEnd(std::string_view text, size_t i, size_t max_chars) {
  for (size_t n = 0; i < text.size() && n < max_chars; ++n) {
    size_t j = i;
    if (IsPunct(NextCodePoint(text, j))) break;
    i = j;
  }
  return i;
}

bool IsDigitByte(char c) { return c >= '0' && c <= '9'; }

// Every match of `re` in `text`, as [begin, end) byte ranges (empty matches skipped).
template <typename Fn>
void ForEachMatch(std::string_view text, const RE2& re, Fn fn, size_t pos = 0) {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  while (pos < text.size() && re.Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
    const size_t b = static_cast<size_t>(m.data() - text.data());
    const size_t e = b + m.size();
    if (e == b) {  // an empty match: step one code point
      pos = b;
      NextCodePoint(text, pos);
      continue;
    }
    fn(b, e);
    pos = e;
  }
}

}  // namespace

std::vector<FoundDate> FindMilestones(std::string_view text, int doc_year) {
  std::vector<FoundDate> out;
  // Every milestone holds 年, 月 or 季(度) and starts at most two characters before the first of
  // them (2023年, 第一季度): a text without them is not searched, and none before that.
  size_t from = std::min({FindText(text, "年"), FindText(text, "月"), FindText(text, "季")});
  if (from == std::string_view::npos) return out;
  from = from >= 6 ? from - 6 : 0;
  while (from > 0 && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) --from;  // a character's start
  ForEachMatch(
      text, Pattern(Pat::kMilestoneDate),
      [&](size_t b, size_t e) {
        // A month needs its number: not the 12 of 2012月 or the 3 of 第3月.
        if (b > 0 && IsDigitByte(text[b - 1])) return;
        // 明 of 说明 is no year: the milestone starts after it (说明|年底前…).
        if (RelativeYear(text.substr(b, 3)) && !WordStartsAt(text, b)) b += 3;
        std::string date = DeadlineDate(text.substr(b, e - b), doc_year);
        if (date.empty()) return;
        out.push_back({b, PhraseEnd(text, e, 12), std::move(date)});
      },
      from);
  return out;
}

std::vector<FoundReporting> FindReportingSchedule(std::string_view text, int doc_year) {
  std::vector<FoundReporting> out;
  // One sentence at a time; only sentences that say to report.
  size_t start = 0;
  while (start < text.size()) {
    size_t end = start;
    while (end < text.size()) {
      size_t j = end;
      const char32_t cp = NextCodePoint(text, j);
      end = j;
      if (cp == U'。' || cp == U'；' || cp == U'\n') break;
    }
    std::string_view sentence = text.substr(start, end - start);
    if (PartialMatch(Pat::kReportVerb, sentence)) {
      std::vector<FoundReporting> found;
      // From the date to the end of its clause, at most 80 characters; a bracket's commas are inside it
      // (报镇党政办（联系人：吴小兰，联系电话：6821307）).
      auto clause_of = [&](size_t b) {
        size_t e = b;
        int depth = 0;
        for (int n = 0; n < 80 && e < sentence.size(); ++n) {
          size_t j = e;
          const char32_t cp = NextCodePoint(sentence, j);
          if (cp == U'（' || cp == U'(') ++depth;
          if ((cp == U'）' || cp == U')') && depth > 0) --depth;
          if (depth == 0 && (cp == U'，' || cp == U'。' || cp == U'；')) break;
          e = j;
        }
        return e;
      };
      // What is reported: after 报送/上报 in the item's clause, or between 将 and 报.
      auto report_of = [&](size_t b, size_t ce) {
        std::string_view clause = sentence.substr(b, ce - b);
        // 将工作完成情况报送县政府办公室: what comes between 将 and 报 (after 报送 is the recipient).
        // (将任务推进情况书面报…: how it is sent aside.)
        if (size_t jiang = clause.find("将"); jiang != std::string_view::npos)
          if (size_t bao = clause.find("报", jiang + 3); bao != std::string_view::npos) {
            std::string_view what = clause.substr(jiang + 3, bao - jiang - 3);
            for (std::string_view how : {"以书面形式", "书面"})
              if (what.size() > how.size() && what.ends_with(how)) what.remove_suffix(how.size());
            return std::string(what);
          }
        for (std::string_view v : {std::string_view("报送"), std::string_view("上报")})
          if (size_t at = clause.find(v); at != std::string_view::npos)
            return std::string(clause.substr(at + v.size()));
        return std::string();
      };
      auto add = [&](size_t b, size_t e, const char* recurrence, int day, std::string date) {
        const size_t ce = clause_of(e);
        found.push_back({start + b, start + ce, recurrence, day, std::move(date), report_of(b, ce)});
      };
      std::vector<std::pair<size_t, size_t>> taken;  // what the rules read, in order of `begin` per rule
      ForEachMatch(sentence, Pattern(Pat::kReportQuarterly), [&](size_t b, size_t e) {
        re2::StringPiece last, day, fin;
        FullMatch(Pat::kReportQuarterly, sentence.substr(b, e - b), &last, &day, &fin);
        int d = day.empty() ? (fin.empty() ? 0 : -1) : std::stoi(std::string(day));
        add(b, e, "quarterly", d, "");
        taken.emplace_back(b, e);
      });
      ForEachMatch(sentence, Pattern(Pat::kReportMonthly), [&](size_t b, size_t e) {
        re2::StringPiece day, fin;
        FullMatch(Pat::kReportMonthly, sentence.substr(b, e - b), &day, &fin);
        int d = day.empty() ? (fin.empty() ? 0 : -1) : std::stoi(std::string(day));
        add(b, e, "monthly", d, "");
        taken.emplace_back(b, e);
      });
      ForEachMatch(sentence, Pattern(Pat::kReportYearly), [&](size_t b, size_t e) {
        int m = 0, d = 0;
        FullMatch(Pat::kReportYearly, sentence.substr(b, e - b), &m, &d);
        char when[16] = "";
        if (m >= 1 && m <= 12 && d >= 1 && d <= 31) std::snprintf(when, sizeof when, "--%02d-%02d", m, d);
        add(b, e, "yearly", 0, when);  // the day of the year as ISO 8601 without a year: --12-10
        taken.emplace_back(b, e);
      });
      if (sentence.find("每半年") != std::string_view::npos) {
        size_t b = sentence.find("每半年");
        add(b, b + 9, "half-yearly", 0, "");
      }
      std::sort(taken.begin(), taken.end());
      // Overlapping rule matches are merged, so the previous one holds the furthest end.
      for (size_t k = 1; k < taken.size(); ++k)
        taken[k].second = std::max(taken[k].second, taken[k - 1].second);
      ForEachMatch(sentence, Pattern(Pat::kReportFixedDate), [&](size_t b, size_t e) {
        // 每季度末月25日: already read by a rule. `taken` is sorted (see below), so look near `b` only.
        auto after = std::lower_bound(taken.begin(), taken.end(), std::make_pair(e, size_t{0}));
        if (after != taken.begin() && std::prev(after)->second > b) return;
        if (b > 0 && IsDigitByte(sentence[b - 1])) return;
        re2::StringPiece y;
        int m = 0, d = 0;
        FullMatch(Pat::kReportFixedDate, sentence.substr(b, e - b), &y, &m, &d);
        const int year = y.empty() ? doc_year : std::stoi(std::string(y));
        std::string date = year > 0 ? IsoDate(year, m, d) : "";
        if (date.empty()) return;
        add(b, e, "once", 0, std::move(date));
      });
      std::sort(found.begin(), found.end(),
                [](const FoundReporting& a, const FoundReporting& b) { return a.begin < b.begin; });
      for (auto& f : found) out.push_back(std::move(f));
    }
    start = end;
  }
  return out;
}

}  // namespace gongwen::internal
