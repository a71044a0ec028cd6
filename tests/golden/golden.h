// The golden-file check shared by the golden tests: the output must equal the
// checked-in, hand-reviewed file byte for byte. GONGWEN_UPDATE_GOLDEN=1 (only 1)
// rewrites the file instead (and skips): read the diff before committing it.
#ifndef GONGWEN_TESTS_GOLDEN_GOLDEN_H_
#define GONGWEN_TESTS_GOLDEN_GOLDEN_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>

#include "unit/test_util.h"

namespace gongwen::testing {

// Use as ASSERT_NO_FATAL_FAILURE(ExpectMatchesGolden(actual, path)) or alone.
inline void ExpectMatchesGolden(const std::string& actual, const std::string& golden) {
  const char* update = std::getenv("GONGWEN_UPDATE_GOLDEN");
  if (update != nullptr && std::string_view(update) == "1") {
    std::ofstream(golden, std::ios::binary) << actual;
    GTEST_SKIP() << "rewrote " << golden << "; review the diff";
  }
  std::string expected;
  try {
    expected = ReadFile(golden);
  } catch (const std::runtime_error&) {
    FAIL() << "missing golden file " << golden;
  }
  if (actual == expected) return;
  size_t at = 0;
  while (at < actual.size() && at < expected.size() && actual[at] == expected[at]) ++at;
  const auto line = 1 + std::count(expected.begin(), expected.begin() + static_cast<std::ptrdiff_t>(at), '\n');
  FAIL() << "output differs from " << golden << " at line " << line << ":\n  expected: "
         << expected.substr(expected.rfind('\n', at) + 1, 160) << "\n  actual:   "
         << actual.substr(actual.rfind('\n', at) + 1, 160);
}

}  // namespace gongwen::testing

#endif  // GONGWEN_TESTS_GOLDEN_GOLDEN_H_
