// Fuzz target: decoding (encoding detection, conversion with byte offsets) and
// the text reader. Every block must lie inside the source, in order (a two-column zone's as a whole).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "gongwen/block.h"
#include "gongwen/source.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (const bool lenient : {false, true}) {
    gongwen::ReadOptions options;
    options.lenient = lenient;
    gongwen::Result<gongwen::Source> source = gongwen::DecodeSource(bytes, "fuzz.txt", options);
    if (!source.ok()) {
      FUZZ_CHECK(!lenient || source.status().code() == gongwen::StatusCode::kTooLarge);
      FUZZ_CHECK(!source.status().message().empty());
      continue;
    }
    const gongwen::Blocks blocks = gongwen::ReadTextBlocks(*source);
    // (A page set in two columns gives its left column's parts, then its right's: in order as zones, each
    // zone after what stood before it.)
    uint64_t previous = 0, furthest = 0;
    bool zone = false;
    for (const gongwen::Block& b : blocks) {
      if (b.style.column == 0 || !zone) FUZZ_CHECK(b.span.offset >= (zone ? furthest : previous));
      FUZZ_CHECK(b.span.offset + b.span.length <= size);
      zone = b.style.column != 0;
      previous = b.span.offset;
      furthest = std::max(furthest, b.span.offset);
    }
  }
  return 0;
}
