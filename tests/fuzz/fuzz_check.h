// FUZZ_CHECK: a property the fuzz targets assert. A failure prints the condition
// and aborts, which libFuzzer reports as a crash and saves the input.
#ifndef GONGWEN_TESTS_FUZZ_FUZZ_CHECK_H_
#define GONGWEN_TESTS_FUZZ_FUZZ_CHECK_H_

#include <cstdio>
#include <cstdlib>

#include "gongwen/extract.h"

#define FUZZ_CHECK(cond)                                                                  \
  do {                                                                                    \
    if (!(cond)) {                                                                        \
      std::fprintf(stderr, "%s:%d: FUZZ_CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                       \
    }                                                                                     \
  } while (0)

// Options for the whole-path targets: package limits sized to the fuzzer's
// memory rather than gongwen's defaults.
inline gongwen::ExtractOptions FuzzOptions(bool lenient) {
  gongwen::ExtractOptions options;
  options.read.lenient = lenient;
  options.docx.max_total_bytes = 64 << 20;
  options.docx.max_part_bytes = 32 << 20;
  return options;
}

#endif  // GONGWEN_TESTS_FUZZ_FUZZ_CHECK_H_
