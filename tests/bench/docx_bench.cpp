// DOCX throughput against its floor: the time just to inflate word/document.xml
// with libzip and parse it with pugixml, versus the whole DOCX → JSON path.
// The input is GONGWEN_BENCH_DOCX (made by tests/bench/make_big_docx.py); the
// cases are skipped without it.
#include <benchmark/benchmark.h>
#include <zip.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <pugixml.hpp>
#include <string>

#include "gongwen/extract.h"
#include "gongwen/json.h"
#include "discard_buffer.h"

namespace {

const std::string& Input() {
  static const std::string bytes = [] {
    const char* path = std::getenv("GONGWEN_BENCH_DOCX");
    if (path == nullptr) return std::string();
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }();
  return bytes;
}

// word/document.xml inflated; empty when the input is not such a package.
std::string Inflate(const std::string& bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (src == nullptr) return {};
  zip_t* z = zip_open_from_source(src, ZIP_RDONLY, &error);
  if (z == nullptr) {
    zip_source_free(src);
    return {};
  }
  zip_stat_t st;
  zip_stat_init(&st);
  std::string xml;
  if (zip_stat(z, "word/document.xml", 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE)) {
    xml.resize(st.size);
    zip_file_t* f = zip_fopen(z, "word/document.xml", 0);
    if (f == nullptr || zip_fread(f, xml.data(), st.size) != static_cast<zip_int64_t>(st.size)) xml.clear();
    if (f != nullptr) zip_fclose(f);
  }
  zip_discard(z);
  return xml;
}

// The input, checked once: a package the whole pipeline reads, or a reason to skip.
const char* InputProblem() {
  static const char* problem = [] () -> const char* {
    if (Input().empty()) return "set GONGWEN_BENCH_DOCX (tests/bench/run_bench.sh makes one)";
    if (Inflate(Input()).empty()) return "GONGWEN_BENCH_DOCX has no readable word/document.xml";
    if (!gongwen::ExtractBytes(Input(), "big.docx").ok()) return "GONGWEN_BENCH_DOCX does not extract";
    return nullptr;
  }();
  return problem;
}

void BM_Docx_Floor_InflateAndParse(benchmark::State& state) {
  const std::string& bytes = Input();
  if (InputProblem() != nullptr) return state.SkipWithError(InputProblem());
  size_t xml_size = 0;
  for (auto _ : state) {
    std::string xml = Inflate(bytes);
    xml_size = xml.size();
    pugi::xml_document doc;
    benchmark::DoNotOptimize(doc.load_buffer_inplace(xml.data(), xml.size()));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * xml_size));
  state.counters["xml_MB"] = static_cast<double>(xml_size) / 1e6;
}

void BM_Docx_ToJson(benchmark::State& state) {
  const std::string& bytes = Input();
  if (InputProblem() != nullptr) return state.SkipWithError(InputProblem());
  const size_t xml_size = Inflate(bytes).size();
  for (auto _ : state) {
    auto doc = gongwen::ExtractBytes(bytes, "big.docx");
    benchmark::DoNotOptimize(gongwen::ToJson(*doc));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * xml_size));
}

// What `gongwen extract big.docx -o /dev/null` does after reading the file: the JSON written out
// in chunks as it is made (WriteJson), never held whole.
void BM_Docx_ToJsonStream(benchmark::State& state) {
  const std::string& bytes = Input();
  if (InputProblem() != nullptr) return state.SkipWithError(InputProblem());
  const size_t xml_size = Inflate(bytes).size();
  DiscardStream out;
  for (auto _ : state) {
    auto doc = gongwen::ExtractBytes(bytes, "big.docx");
    benchmark::DoNotOptimize(gongwen::WriteJson(*doc, out));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * xml_size));
  out.Report(state);
}

void BM_Docx_ToDocument(benchmark::State& state) {  // without emitting JSON
  const std::string& bytes = Input();
  if (InputProblem() != nullptr) return state.SkipWithError(InputProblem());
  const size_t xml_size = Inflate(bytes).size();
  for (auto _ : state) benchmark::DoNotOptimize(gongwen::ExtractBytes(bytes, "big.docx"));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * xml_size));
}

void BM_Docx_ReadBlocks(benchmark::State& state) {  // the DOCX reader alone
  const std::string& bytes = Input();
  if (InputProblem() != nullptr) return state.SkipWithError(InputProblem());
  const size_t xml_size = Inflate(bytes).size();
  for (auto _ : state) benchmark::DoNotOptimize(gongwen::ReadDocx(bytes, "big.docx"));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * xml_size));
}

}  // namespace

BENCHMARK(BM_Docx_Floor_InflateAndParse)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Docx_ReadBlocks)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Docx_ToDocument)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Docx_ToJson)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Docx_ToJsonStream)->Unit(benchmark::kMillisecond);
