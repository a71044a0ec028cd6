// Fuzz target: the JSON writer. The output is parsed back with a second JSON
// library (nlohmann/json, which also checks UTF-8) and compared with the Document.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <nlohmann/json.hpp>

#include "fuzz_check.h"
#include "gongwen/extract.h"
#include "gongwen/json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const gongwen::ExtractOptions options = FuzzOptions(/*lenient=*/true);
  gongwen::Result<gongwen::Document> doc = gongwen::ExtractBytes(bytes, "fuzz", options);
  if (!doc.ok()) return 0;
  const std::string text = gongwen::ToJson(*doc);
  const nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  FUZZ_CHECK(!j.is_discarded());
  FUZZ_CHECK(j["schema_version"] == gongwen::kSchemaVersion);
  FUZZ_CHECK(j["tasks"].size() == doc->tasks.size());
  for (size_t i = 0; i < doc->tasks.size(); ++i) {
    FUZZ_CHECK(j["tasks"][i]["id"] == doc->tasks[i].id);
    FUZZ_CHECK(j["tasks"][i]["text"] == doc->tasks[i].text);
    FUZZ_CHECK(j["tasks"][i]["lead_units"] == doc->tasks[i].lead_units);
  }
  FUZZ_CHECK(j["blocks"].size() == doc->blocks.size());
  for (size_t i = 0; i < doc->blocks.size(); ++i) {
    FUZZ_CHECK(j["blocks"][i]["text"] == doc->blocks[i].text);
    FUZZ_CHECK(j["blocks"][i]["original"] == doc->blocks[i].original);
  }
  FUZZ_CHECK(j["diagnostics"].size() == doc->diagnostics.size());
  gongwen::JsonOptions pretty;
  pretty.pretty = true;
  FUZZ_CHECK(nlohmann::json::parse(gongwen::ToJson(*doc, pretty)) == j);
  return 0;
}
