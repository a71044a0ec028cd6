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

#include "gongwen/block.h"
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

}  // namespace gongwen::testing

#endif  // GONGWEN_TESTS_TEST_UTIL_H_
