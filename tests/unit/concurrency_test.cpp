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

// One configuration, shared read-only by every thread.
struct Config {
  ExtractOptions extract;
  ValidateOptions validate;
  JsonOptions json;
  Config() {
    extract.read.lenient = true;
    validate.enable = {"GW-TASK-NO-DEADLINE"};
  }
  // Everything a caller may ask of one input: JSON, findings, ledger rows.
  std::string Process(const Input& input) const {
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
};

constexpr int kThreads = 4;

// Every input processed by each of kThreads threads, which start together (a latch). Staggered, each
// thread walks the inputs from a different place, so different documents overlap; otherwise all take
// them in the same order, and meet each first use together. results[thread][input].
std::vector<std::vector<std::string>> ProcessOnThreads(const std::vector<Input>& inputs, const Config& config,
                                                       bool staggered) {
  std::latch start(kThreads);
  std::vector<std::vector<std::string>> results(kThreads, std::vector<std::string>(inputs.size()));
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      start.arrive_and_wait();
      const size_t first = staggered ? static_cast<size_t>(t) * inputs.size() / kThreads : 0;
      for (size_t k = 0; k < inputs.size(); ++k) {
        const size_t i = (k + first) % inputs.size();
        results[static_cast<size_t>(t)][i] = config.Process(inputs[i]);
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  return results;
}

void ExpectSameResults(const std::vector<std::vector<std::string>>& results,
                       const std::vector<std::string>& expected, const std::vector<Input>& inputs) {
  for (int t = 0; t < kThreads; ++t)
    for (size_t i = 0; i < inputs.size(); ++i)
      EXPECT_EQ(results[static_cast<size_t>(t)][i], expected[i]) << "thread " << t << ", " << inputs[i].path;
}

// The library used for the first time by several threads at once: every pattern, cache and
// dictionary is first reached by the threads together, and the results are compared with one
// thread's, computed afterwards.
TEST(ConcurrencyTest, ColdStart) {
  const std::vector<Input> inputs = CorpusInputs();
  ASSERT_GE(inputs.size(), 50u);
  const Config config;
  const auto results = ProcessOnThreads(inputs, config, /*staggered=*/false);
  std::vector<std::string> expected;
  for (const Input& input : inputs) expected.push_back(config.Process(input));
  ExpectSameResults(results, expected, inputs);
}

TEST(ConcurrencyTest, SharedConfigurationManyThreadsSameResults) {
  const std::vector<Input> inputs = CorpusInputs();
  ASSERT_GE(inputs.size(), 50u);
  const Config config;
  ASSERT_TRUE(CheckValidateOptions(config.validate).ok());
  std::vector<std::string> expected;
  for (const Input& input : inputs) expected.push_back(config.Process(input));
  ExpectSameResults(ProcessOnThreads(inputs, config, /*staggered=*/true), expected, inputs);
}

}  // namespace
}  // namespace gongwen
