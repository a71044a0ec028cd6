// Internal: the readers of the enrich stage, on one text at a time. Offsets
// are bytes of the text given; the enrich driver turns them into spans.
#ifndef GONGWEN_LIB_ENRICH_FINDERS_H_
#define GONGWEN_LIB_ENRICH_FINDERS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gongwen::internal {

struct FoundTarget {
  size_t begin = 0;  // the words the target was read from: [begin, end)
  size_t end = 0;
  std::string subject;
  std::string measure;
  double value = 0;
  std::string unit;
  const char* comparator = "=";  // ">=", "<=", ">", "<", "~", "="
};

// The quantities `text` commits to (see gongwen/enrich.h).
std::vector<FoundTarget> FindTargets(std::string_view text);
// The characters FindTargets stops at, from its table: a code point above U+FFFF, or one that
// IsClauseBreak, IsDigitChar or IsHanNumberChar holds (a unit test checks every code point).
bool IsTargetStop(char32_t cp);

struct FoundDate {
  size_t begin = 0;
  size_t end = 0;
  std::string date;  // ISO 8601, as precise as the text
};

// Dates inside a task's text, with the words after them up to the punctuation;
// `doc_year` supplies the year the text leaves out (0: unknown, no date).
std::vector<FoundDate> FindMilestones(std::string_view text, int doc_year);

struct FoundReporting {
  size_t begin = 0;
  size_t end = 0;
  std::string recurrence;
  int day = 0;
  std::string date;
  std::string report;
};

// The reporting rules and dates of a cover-notice paragraph.
std::vector<FoundReporting> FindReportingSchedule(std::string_view text, int doc_year);

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_ENRICH_FINDERS_H_
