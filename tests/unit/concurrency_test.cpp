// Many documents parsed at once on several threads through one shared
// configuration (ExtractOptions, ValidateOptions, JsonOptions), each result
// compared with the one-thread result. Built and run under ThreadSanitizer in CI
// (-DGONGWEN_TSAN=ON): no data race in the library, its patterns or its caches.
// ColdStart runs first, in a process of its own (ctest `concurrency_cold`): its threads
// are the first to use each pattern, which is compiled on first use.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <latch>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "gongwen/extract.h"
#include "gongwen/json.h"
#include "gongwen/ledger.h"
#include "gongwen/validate.h"
#include "test_util.h"

namespace gongwen {
namespace {

struct Input {
  std::string path;
  std::string bytes;
};

std::vector<Input> CorpusInputs() {
  std::vector<Input> inputs;
  const std::filesystem::path root = std::filesystem::path(GONGWEN_SOURCE_DIR) / "corpus";
  for (const auto& e : std::filesystem::recursive_directory_iterator(root)) {
    const std::string ext = e.path().extension().string();
    if (e.is_regular_file() && (ext == ".txt" || ext == ".docx")) {
      inputs.push_back({e.path().string(), testing::ReadFile(e.path().string())});
    }
  }
  std::sort(inputs.begin(), inputs.end(), [](const Input& a, const Input& b) { return a.path < b.path; });
  return inputs;
}

// Everything a caller may ask of one input: JSON, findings, ledger rows.
std::string Process(const Input& input, const ExtractOptions& extract, const ValidateOptions& validate,
                    const JsonOptions& json) {
  Result<Document> doc = ExtractBytes(input.bytes, input.path, extract);
  if (!doc.ok()) return "error: " + doc.status().ToString();
  std::ostringstream out;
  WriteJson(*doc, out, json);
  WriteFindingsJson(*doc, Validate(*doc, validate), out, json);
  std::vector<LedgerRow> rows;
  AppendLedgerRows(*doc, rows);
  WriteLedgerCsv(rows, out);
  return out.str();
}

// The library used for the first time by several threads at once: every pattern, cache and
// dictionary is first reached by two threads together (the inputs are taken in the same order,
// after a latch), and the results are compared with one thread's, computed afterwards.
TEST(ConcurrencyTest, ColdStart) {
  const std::vector<Input> inputs = CorpusInputs();
  ASSERT_GE(inputs.size(), 50u);
  ExtractOptions extract;
  extract.read.lenient = true;
  ValidateOptions validate;
  validate.enable = {"GW-TASK-NO-DEADLINE"};
  const JsonOptions json;
  constexpr int kThreads = 4;
  std::latch start(kThreads);
  std::vector<std::vector<std::string>> results(kThreads, std::vector<std::string>(inputs.size()));
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      start.arrive_and_wait();
      for (size_t i = 0; i < inputs.size(); ++i)
        results[static_cast<size_t>(t)][i] = Process(inputs[i], extract, validate, json);
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (size_t i = 0; i < inputs.size(); ++i) {
    const std::string expected = Process(inputs[i], extract, validate, json);
    for (int t = 0; t < kThreads; ++t)
      EXPECT_EQ(results[static_cast<size_t>(t)][i], expected) << "thread " << t << ", " << inputs[i].path;
  }
}

TEST(ConcurrencyTest, SharedConfigurationManyThreadsSameResults) {
  const std::vector<Input> inputs = CorpusInputs();
  ASSERT_GE(inputs.size(), 50u);
  // One configuration, shared read-only by every thread.
  ExtractOptions extract;
  extract.read.lenient = true;
  ValidateOptions validate;
  validate.enable = {"GW-TASK-NO-DEADLINE"};
  ASSERT_TRUE(CheckValidateOptions(validate).ok());
  const JsonOptions json;

  std::vector<std::string> expected;
  for (const Input& input : inputs) expected.push_back(Process(input, extract, validate, json));

  constexpr int kThreads = 4;
  std::vector<std::vector<std::string>> results(kThreads, std::vector<std::string>(inputs.size()));
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      // Each thread walks the inputs from a different place, so different documents overlap.
      for (size_t k = 0; k < inputs.size(); ++k) {
        const size_t i = (k + static_cast<size_t>(t) * inputs.size() / kThreads) % inputs.size();
        results[static_cast<size_t>(t)][i] = Process(inputs[i], extract, validate, json);
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int t = 0; t < kThreads; ++t) {
    for (size_t i = 0; i < inputs.size(); ++i) {
      EXPECT_EQ(results[static_cast<size_t>(t)][i], expected[i]) << "thread " << t << ", " << inputs[i].path;
    }
  }
}

}  // namespace
}  // namespace gongwen
