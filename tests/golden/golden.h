// The golden-file check shared by the golden tests: the output must equal the
// checked-in, hand-reviewed file byte for byte. GONGWEN_UPDATE_GOLDEN=1 rewrites
// the file instead (and skips): read the diff before committing it.
#ifndef GONGWEN_TESTS_GOLDEN_GOLDEN_H_
#define GONGWEN_TESTS_GOLDEN_GOLDEN_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

namespace gongwen::testing {

inline std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Use as ASSERT_NO_FATAL_FAILURE(ExpectMatchesGolden(actual, path)) or alone.
inline void ExpectMatchesGolden(const std::string& actual, const std::string& golden) {
  if (std::getenv("GONGWEN_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(golden, std::ios::binary) << actual;
    GTEST_SKIP() << "rewrote " << golden << "; review the diff";
  }
  const std::string expected = Slurp(golden);
  ASSERT_FALSE(expected.empty()) << "missing golden file " << golden;
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
