// Fuzz target: the validator and its outputs (text, SARIF), and --fix: fixes
// must apply to the original bytes, and the fixed file must read again.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string_view>

#include "fuzz_check.h"
#include "gongwen/extract.h"
#include "gongwen/json.h"
#include "gongwen/report.h"
#include "gongwen/validate.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const gongwen::ExtractOptions options = FuzzOptions(/*lenient=*/false);
  gongwen::Result<gongwen::Document> doc = gongwen::ExtractBytes(bytes, "fuzz", options);
  if (!doc.ok()) return 0;
  gongwen::ValidateOptions validate;
  validate.enable = {"GW-TASK-NO-DEADLINE"};
  const gongwen::Diagnostics findings = gongwen::Validate(*doc, validate);
  std::ostringstream out;
  gongwen::WriteFindingsText(*doc, findings, out);
  gongwen::WriteFindingsJson(*doc, findings, out);
  const gongwen::ReportedDocument reported{&*doc, &findings};
  gongwen::WriteSarif(std::span<const gongwen::ReportedDocument>(&reported, 1), out);
  if (doc->source.format == "text") {
    gongwen::Result<std::string> fixed = gongwen::ApplyFixes(bytes, doc->source, findings);
    if (fixed.ok()) {
      gongwen::ExtractOptions again = options;
      again.read.encoding = doc->source.encoding;
      FUZZ_CHECK(gongwen::ExtractBytes(*fixed, "fixed", again).ok());
    }
  }
  return 0;
}
