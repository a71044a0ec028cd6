// Helpers shared by the unit tests.
#ifndef GONGWEN_TESTS_TEST_UTIL_H_
#define GONGWEN_TESTS_TEST_UTIL_H_

#include <unicode/ucnv.h>

#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "gongwen/block.h"
#include "gongwen/document.h"
#include "gongwen/normalize.h"
#include "gongwen/source.h"

namespace gongwen::testing {

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline std::string SamplePath() { return std::string(GONGWEN_SOURCE_DIR) + "/corpus/guxian-2023-gzbg-fengong.txt"; }

// Converts UTF-8 text to `encoding` with ICU (no BOM added).
inline std::string Encode(const std::string& utf8, const char* encoding) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  int32_t n = ucnv_convert(encoding, "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                           static_cast<int32_t>(utf8.size()), &err);
  if (U_FAILURE(err)) throw std::runtime_error(std::string("ucnv_convert: ") + u_errorName(err));
  out.resize(static_cast<size_t>(n));
  return out;
}

inline Source MustDecode(const std::string& bytes, const ReadOptions& options = {}) {
  Result<Source> r = DecodeSource(bytes, "test.txt", options);
  if (!r.ok()) throw std::runtime_error(r.status().ToString());
  return std::move(r).value();
}

// Blocks of `text` after normalization, with the repairs.
struct Normalized {
  Source source;
  Blocks blocks;
  Diagnostics diagnostics;
};
inline Normalized NormalizeText(const std::string& text, const NormalizeOptions& options = {}) {
  Normalized n{MustDecode(text), {}, {}};
  n.blocks = Normalize(ReadTextBlocks(n.source), n.source, n.diagnostics, options);
  return n;
}

// The same document read two ways (text and DOCX, two encodings) has the same
// tasks: ids, text, units, leaders and sections, and the same title.
inline void ExpectSameTasks(const Document& a, const Document& b) {
  ASSERT_EQ(a.tasks.size(), b.tasks.size());
  for (size_t i = 0; i < a.tasks.size(); ++i) {
    const Task& x = a.tasks[i];
    const Task& y = b.tasks[i];
    EXPECT_EQ(x.id, y.id);
    EXPECT_EQ(x.text, y.text) << x.id;
    EXPECT_EQ(x.lead_units, y.lead_units) << x.id;
    EXPECT_EQ(x.cooperating_units, y.cooperating_units) << x.id;
    EXPECT_EQ(x.responsible_units, y.responsible_units) << x.id;
    ASSERT_EQ(x.leaders.size(), y.leaders.size()) << x.id;
    for (size_t k = 0; k < x.leaders.size(); ++k) EXPECT_EQ(x.leaders[k].name, y.leaders[k].name) << x.id;
    EXPECT_EQ(x.section, y.section) << x.id;
  }
  EXPECT_EQ(a.metadata.title, b.metadata.title);
  EXPECT_EQ(a.sections.size(), b.sections.size());
}

}  // namespace gongwen::testing

#endif  // GONGWEN_TESTS_TEST_UTIL_H_
