// Fuzz target: the whole extract path (reader → normalize → recognize → build)
// for text and DOCX, as `gongwen extract` runs it. Every task and section must
// point at blocks that exist.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "gongwen/extract.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const gongwen::ExtractOptions options = FuzzOptions(/*lenient=*/true);
  gongwen::Result<gongwen::Document> doc = gongwen::ExtractBytes(bytes, "fuzz", options);
  if (!doc.ok()) return 0;
  const auto blocks = static_cast<int>(doc->blocks.size());
  for (const gongwen::Task& t : doc->tasks) {
    for (int b : t.blocks) FUZZ_CHECK(b >= 0 && b < blocks);
    // Text spans are byte ranges of the input (DOCX spans count in the extracted text).
    if (doc->source.format == "text" || doc->source.format == "mhtml")
      FUZZ_CHECK(t.span.offset + t.span.length <= doc->source.size);
  }
  const auto sections = static_cast<int>(doc->sections.size());
  for (const gongwen::Section& s : doc->sections) {
    FUZZ_CHECK(s.parent >= -1 && s.parent < sections);
    FUZZ_CHECK(s.block >= -1 && s.block < blocks);
    for (int c : s.children) FUZZ_CHECK(c > s.parent && c < sections);
  }
  return 0;
}
