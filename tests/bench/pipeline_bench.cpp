// Throughput of each pipeline stage and of the whole text → JSON path.
//
// The input is the sample notice (corpus/guxian-2023-gzbg-fengong.txt) repeated,
// copies separated by a blank line, until it is at least GONGWEN_BENCH_MIN_MB
// MiB (environment variable, default 10). The GB18030 cases use the same text
// converted to GB18030 here, in the setup, so decoding a non-UTF-8 file is
// measured too.
//
// Every case reports bytes/second of *input*: for the UTF-8 cases the UTF-8
// text size, for the GB18030 cases the GB18030 file size. Stage cases get their
// input from the previous stages once, outside the timed region; stages that take
// their input by value get a fresh copy each iteration with the timer paused.
//
// Only the public API (include/gongwen/*.h) is used.
#include <benchmark/benchmark.h>
#include <unicode/ucnv.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include "discard_buffer.h"
#include "gongwen/block.h"
#include "gongwen/build.h"
#include "gongwen/document.h"
#include "gongwen/enrich.h"
#include "gongwen/extract.h"
#include "gongwen/json.h"
#include "gongwen/normalize.h"
#include "gongwen/recognize.h"
#include "gongwen/segment.h"
#include "gongwen/source.h"

namespace {

constexpr const char* kSampleFile = GONGWEN_CORPUS_DIR "/guxian-2023-gzbg-fengong.txt";

size_t TargetBytes() {
  double mib = 10;
  if (const char* env = std::getenv("GONGWEN_BENCH_MIN_MB"); env != nullptr && *env != '\0') mib = std::atof(env);
  if (mib <= 0) mib = 10;
  return static_cast<size_t>(mib * 1024 * 1024);
}

std::string ReadFile(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(std::string("cannot read ") + path);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Copies of the notice (blank lines at its ends trimmed), separated by one
// blank line, until `target` bytes.
std::string Repeat(const std::string& notice, size_t target, size_t& copies) {
  std::string_view body = notice;
  while (!body.empty() && (body.back() == '\n' || body.back() == '\r')) body.remove_suffix(1);
  while (!body.empty() && (body.front() == '\n' || body.front() == '\r')) body.remove_prefix(1);
  std::string out;
  out.reserve(target + body.size() + 2);
  copies = 0;
  do {
    if (!out.empty()) out += "\n\n";  // ends the last line and leaves one blank line
    out += body;
    ++copies;
  } while (out.size() < target);
  out += '\n';
  return out;
}

std::string Utf8ToGb18030(const std::string& utf8) {
  UErrorCode err = U_ZERO_ERROR;
  int32_t needed = ucnv_convert("GB18030", "UTF-8", nullptr, 0, utf8.data(), static_cast<int32_t>(utf8.size()), &err);
  if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err))
    throw std::runtime_error(std::string("ucnv_convert preflight: ") + u_errorName(err));
  std::string out(static_cast<size_t>(needed), '\0');
  err = U_ZERO_ERROR;
  ucnv_convert("GB18030", "UTF-8", out.data(), needed, utf8.data(), static_cast<int32_t>(utf8.size()), &err);
  if (U_FAILURE(err)) throw std::runtime_error(std::string("ucnv_convert: ") + u_errorName(err));
  return out;
}

// All inputs, built once on first use and shared by the cases.
struct Inputs {
  std::string notice;    // one copy, UTF-8
  std::string utf8;      // ≥ TargetBytes(), UTF-8
  std::string gb18030;   // the same text in GB18030
  size_t copies = 0;
  std::optional<gongwen::Source> source;
  gongwen::Blocks blocks;       // after ReadTextBlocks
  gongwen::Blocks normalized;   // after Normalize
  gongwen::Diagnostics diagnostics;  // decoding + normalization
  gongwen::RecognizedBlocks recognized;
  std::optional<gongwen::Document> document;

  static Inputs& Get() {
    static Inputs inputs;
    return inputs;
  }

 private:
  Inputs() {
    notice = ReadFile(kSampleFile);
    utf8 = Repeat(notice, TargetBytes(), copies);
    gb18030 = Utf8ToGb18030(utf8);
    auto decoded = gongwen::DecodeSource(utf8, "bench.txt");
    if (!decoded.ok()) throw std::runtime_error("DecodeSource: " + decoded.status().ToString());
    source.emplace(std::move(*decoded));
    blocks = gongwen::ReadTextBlocks(*source);
    diagnostics = source->diagnostics();
    normalized = gongwen::Normalize(blocks, *source, diagnostics);
    recognized = gongwen::Recognize(normalized);
    document.emplace(gongwen::BuildDocument(*source, recognized, diagnostics));
    std::fprintf(stderr,
                 "gongwen_bench input: %zu copies of %s, %zu bytes UTF-8, %zu bytes GB18030; "
                 "%zu blocks, %zu diagnostics, %zu tasks, %zu sections\n",
                 copies, kSampleFile, utf8.size(), gb18030.size(), blocks.size(),
                 document->diagnostics.size(), document->tasks.size(), document->sections.size());
  }
};

void SetBytes(benchmark::State& state, size_t bytes) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(bytes));
}

// ---- stages -------------------------------------------------------------

void BM_Decode_UTF8(benchmark::State& state) {
  const Inputs& in = Inputs::Get();
  for (auto _ : state) {
    auto source = gongwen::DecodeSource(in.utf8, "bench.txt");
    if (!source.ok()) state.SkipWithError(source.status().ToString().c_str());
    benchmark::DoNotOptimize(source);
  }
  SetBytes(state, in.utf8.size());
}

// Detection (no encoding given), as for any GBK/GB18030 file from an archive.
void BM_Decode_GB18030(benchmark::State& state) {
  const Inputs& in = Inputs::Get();
  std::string encoding;
  for (auto _ : state) {
    auto source = gongwen::DecodeSource(in.gb18030, "bench.txt");
    if (!source.ok()) {
      state.SkipWithError(source.status().ToString().c_str());
      break;
    }
    encoding = source->encoding();
    benchmark::DoNotOptimize(source);
  }
  state.SetLabel("detected " + encoding);
  SetBytes(state, in.gb18030.size());
}

// The same bytes with the encoding given (ReadOptions::encoding): conversion
// only, without the charset detector.
void BM_Decode_GB18030_Named(benchmark::State& state) {
  const Inputs& in = Inputs::Get();
  gongwen::ReadOptions options;
  options.encoding = "GB18030";
  for (auto _ : state) {
    auto source = gongwen::DecodeSource(in.gb18030, "bench.txt", options);
    if (!source.ok()) {
      state.SkipWithError(source.status().ToString().c_str());
      break;
    }
    benchmark::DoNotOptimize(source);
  }
  SetBytes(state, in.gb18030.size());
}

void BM_ReadTextBlocks(benchmark::State& state) {
  const Inputs& in = Inputs::Get();
  for (auto _ : state) {
    gongwen::Blocks blocks = gongwen::ReadTextBlocks(*in.source);
    benchmark::DoNotOptimize(blocks.data());
  }
  SetBytes(state, in.utf8.size());
}

void BM_Normalize(benchmark::State& state) {
  const Inputs& in = Inputs::Get();
  gongwen::Blocks out;
  for (auto _ : state) {
    state.PauseTiming();
    out = {};
    gongwen::Blocks blocks = in.blocks;
    gongwen::Diagnostics diagnostics = in.source->diagnostics();
    state.ResumeTiming();
    out = gongwen::Normalize(std::move(blocks), *in.source, diagnostics);
    benchmark::DoNotOptimize(out.data());
  }
  SetBytes(state, in.utf8.size());
}

void BM_Recognize(benchmark::State& state) {
  const Inputs& in = Inputs::Get();
  gongwen::RecognizedBlocks out;
  for (auto _ : state) {
    state.PauseTiming();
    out = {};
    gongwen::Blocks blocks = in.normalized;
    state.ResumeTiming();
    out = gongwen::Recognize(std::move(blocks));
    benchmark::DoNotOptimize(out.facts.data());
  }
  SetBytes(state, in.utf8.size());
}

void BM_BuildDocument(benchmark::State& state) {
  const Inputs& in = Inputs::Get();
  std::optional<gongwen::Document> out;
  for (auto _ : state) {
    state.PauseTiming();
    out.reset();
    gongwen::RecognizedBlocks blocks = in.recognized;
    gongwen::Diagnostics diagnostics = in.diagnostics;
    state.ResumeTiming();
    out.emplace(gongwen::BuildDocument(*in.source, std::move(blocks), std::move(diagnostics)));
    benchmark::DoNotOptimize(*out);
  }
  SetBytes(state, in.utf8.size());
}

// Stage 6: targets, milestones, the reporting schedule and units added to the built document (each
// iteration enriches a fresh copy, made with the timer paused).
void BM_Enrich(benchmark::State& state) {
  const Inputs& in = Inputs::Get();
  std::optional<gongwen::Document> doc;
  for (auto _ : state) {
    state.PauseTiming();
    doc.reset();
    doc.emplace(*in.document);
    state.ResumeTiming();
    gongwen::Enrich(*doc, *in.source);
    benchmark::DoNotOptimize(*doc);
  }
  SetBytes(state, in.utf8.size());
}

void BM_ToJson(benchmark::State& state) {
  const Inputs& in = Inputs::Get();
  size_t json_size = 0;
  for (auto _ : state) {
    std::string json = gongwen::ToJson(*in.document);
    json_size = json.size();
    benchmark::DoNotOptimize(json.data());
  }
  state.counters["json_MB"] = static_cast<double>(json_size) / 1e6;
  SetBytes(state, in.utf8.size());
}

// The JSON written out in chunks (as the tool does), from the document built once: the emitter alone.
void BM_WriteJson(benchmark::State& state) {
  const Inputs& in = Inputs::Get();
  DiscardStream out;
  for (auto _ : state) benchmark::DoNotOptimize(gongwen::WriteJson(*in.document, out));
  out.Report(state);
  SetBytes(state, in.utf8.size());
}

// Word segmentation of the text (built-in lexicon), line by line as `gongwen segment` does.
void BM_Segment(benchmark::State& state) {
  const Inputs& in = Inputs::Get();
  const gongwen::Segmenter segmenter;
  size_t tokens = 0;
  for (auto _ : state) {
    tokens = 0;
    std::string_view text = in.utf8;
    while (!text.empty()) {
      size_t nl = text.find('\n');
      std::string_view line = text.substr(0, nl);
      tokens += segmenter.Words(line).size();
      text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    }
    benchmark::DoNotOptimize(tokens);
  }
  state.counters["tokens"] = static_cast<double>(tokens);
  SetBytes(state, in.utf8.size());
}

// ---- end to end: bytes → Document → JSON ----------------------------------

void EndToEnd(benchmark::State& state, const std::string& bytes) {
  size_t json_size = 0;
  for (auto _ : state) {
    auto doc = gongwen::ExtractBytes(bytes, "bench.txt");
    if (!doc.ok()) {
      state.SkipWithError(doc.status().ToString().c_str());
      break;
    }
    std::string json = gongwen::ToJson(*doc);
    json_size = json.size();
    benchmark::DoNotOptimize(json.data());
  }
  state.counters["json_MB"] = static_cast<double>(json_size) / 1e6;
  SetBytes(state, bytes.size());
}

void BM_EndToEnd_UTF8(benchmark::State& state) { EndToEnd(state, Inputs::Get().utf8); }
// As `gongwen extract big.txt -o /dev/null` does after reading the file: the JSON written out in
// chunks as it is made (WriteJson), never held whole.
void BM_EndToEnd_UTF8_Stream(benchmark::State& state) {
  const std::string& bytes = Inputs::Get().utf8;
  DiscardStream out;
  for (auto _ : state) {
    auto doc = gongwen::ExtractBytes(bytes, "bench.txt");
    if (!doc.ok()) {
      state.SkipWithError(doc.status().ToString().c_str());
      break;
    }
    benchmark::DoNotOptimize(gongwen::WriteJson(*doc, out));
  }
  out.Report(state);
  SetBytes(state, bytes.size());
}
void BM_EndToEnd_GB18030(benchmark::State& state) { EndToEnd(state, Inputs::Get().gb18030); }
// One copy of the notice (41 KB): compare with the 10 MB case to see whether
// anything grows faster than the input.
void BM_EndToEnd_UTF8_OneCopy(benchmark::State& state) { EndToEnd(state, Inputs::Get().notice); }

}  // namespace

BENCHMARK(BM_Decode_UTF8)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Decode_GB18030)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Decode_GB18030_Named)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadTextBlocks)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Recognize)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BuildDocument)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Enrich)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ToJson)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WriteJson)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EndToEnd_UTF8)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EndToEnd_UTF8_Stream)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EndToEnd_GB18030)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EndToEnd_UTF8_OneCopy)->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
