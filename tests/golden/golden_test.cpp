// Golden corpus test: the JSON for each corpus file must equal the checked-in,
// hand-reviewed file byte for byte. To accept a deliberate change, run with
// GONGWEN_UPDATE_GOLDEN=1, then read the diff before committing it.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "gongwen/extract.h"
#include "gongwen/json.h"
#include "golden/golden.h"

namespace gongwen {
namespace {

class GoldenTest : public ::testing::TestWithParam<const char*> {};

TEST_P(GoldenTest, OutputEqualsReviewedGolden) {
  // Run from the source tree so that source.path is the same relative path everywhere.
  // A name without extension is a .txt file.
  std::string name = GetParam();
  const bool has_extension = name.find('.') != std::string::npos;
  const std::string input = "corpus/" + name + (has_extension ? "" : ".txt");
  const std::string golden = std::string(GONGWEN_GOLDEN_DIR) + "/" + (has_extension ? name.substr(0, name.rfind('.')) : name) + ".json";
  Result<Document> doc = ExtractFile(input);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  JsonOptions options;
  options.pretty = true;
  const std::string actual = ToJson(*doc, options) + "\n";
  testing::ExpectMatchesGolden(actual, golden);
}

INSTANTIATE_TEST_SUITE_P(Corpus, GoldenTest,
                         ::testing::Values("guxian-2023-gzbg-fengong", "styles/01-leader-restart",
                                           "styles/02-lines-under-task", "styles/03-inline-leader",
                                           "styles/04-square-brackets", "styles/05-single-unit",
                                           "styles/06-first-is-lead", "styles/07-jointly", "styles/08-lead-and-coop",
                                           "styles/09-table", "styles/10-deadlines", "styles/11-sub-items",
                                           "docx/table.docx", "docx/tracked.docx", "docx/field-textbox.docx"));

}  // namespace
}  // namespace gongwen
