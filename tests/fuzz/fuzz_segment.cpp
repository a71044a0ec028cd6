// Fuzz target: word and sentence segmentation, and the enrich stage's readers
// (targets, milestones, reporting schedule) on any text. Tokens lie in the
// text, in order, without overlap, and leave out nothing but whitespace;
// sentences cover the text exactly; what the readers find lies in the text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "enrich/finders.h"
#include "fuzz_check.h"
#include "gongwen/segment.h"
#include "gongwen/source.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Decoded first (lenient), as every text reaching the segmenter is UTF-8.
  gongwen::ReadOptions read;
  read.lenient = true;
  auto source =
      gongwen::DecodeSource(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.txt", read);
  if (!source.ok()) return 0;
  const std::string& text = source->text();
  static const gongwen::Segmenter segmenter;
  size_t pos = 0;
  for (const gongwen::Token& t : segmenter.Words(text)) {
    FUZZ_CHECK(t.begin >= pos && t.begin < t.end && t.end <= text.size());
    for (size_t i = pos; i < t.begin; ++i) {
      const unsigned char c = static_cast<unsigned char>(text[i]);
      // only whitespace between tokens: ASCII blanks and line ends, or a multi-byte space (U+3000 …)
      FUZZ_CHECK(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c >= 0x80);
    }
    pos = t.end;
  }
  size_t end = 0;
  for (const gongwen::TextRange& r : segmenter.Sentences(text)) {
    FUZZ_CHECK(r.begin == end && r.end > r.begin);
    end = r.end;
  }
  FUZZ_CHECK(end == text.size());
  for (const auto& t : gongwen::internal::FindTargets(text))
    FUZZ_CHECK(t.begin < t.end && t.end <= text.size());
  for (const auto& m : gongwen::internal::FindMilestones(text, 2023))
    FUZZ_CHECK(m.begin < m.end && m.end <= text.size());
  for (const auto& r : gongwen::internal::FindReportingSchedule(text, 2023))
    FUZZ_CHECK(r.begin <= r.end && r.end <= text.size());
  return 0;
}
