// gongwen batch: many documents in, one JSON line each out, on several threads.
//
// Inputs are files, directories (walked recursively, filtered by --include and
// --exclude globs), @LIST files of paths, or "-" / --stdin-paths for paths on
// standard input, read as they come (the Hadoop Streaming and Spark pipe()
// contract: a line in, a line out). Output is JSONL in input order (a bounded
// reorder window keeps memory flat) or, with --unordered, as documents finish.
// A file that fails becomes an error record and the batch goes on.
#include <fnmatch.h>
#include <unistd.h>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "commands.h"
#include "gongwen/extract.h"
#include "gongwen/json.h"

namespace gongwen::cli {

namespace {

namespace fs = std::filesystem;

struct BatchArgs {
  std::vector<std::string> inputs;
  std::string output;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  bool unordered = false;
  bool stdin_paths = false;
  std::vector<std::string> include = {"*.txt", "*.md", "*.docx", "*.docm", "*.dotx"};
  std::vector<std::string> exclude;
  std::string shard;  // "K/N"
  std::string progress = "auto";
  std::string encoding;
  bool lenient = false;
  bool keep_original = false;
  LimitArgs limits;
};

std::atomic<bool> g_interrupted{false};
extern "C" void OnInterrupt(int) { g_interrupted.store(true); }

bool MatchesAny(const std::vector<std::string>& globs, const fs::path& relative) {
  const std::string rel = relative.generic_string(), name = relative.filename().string();
  for (const std::string& g : globs) {
    if (fnmatch(g.c_str(), name.c_str(), 0) == 0 || fnmatch(g.c_str(), rel.c_str(), FNM_PATHNAME) == 0)
      return true;
  }
  return false;
}

// The inputs in order: given files as they are, directories walked (sorted, so
// two runs agree), @LIST files read; "-" switches to paths on standard input.
class InputQueue {
 public:
  InputQueue(const BatchArgs& args, uint32_t shard_k, uint32_t shard_n)
      : shard_k_(shard_k), shard_n_(shard_n), stdin_(args.stdin_paths) {}

  // Expands the arguments; false (after saying why) when one cannot be read.
  bool Expand(const BatchArgs& args) {
    for (const std::string& input : args.inputs) {
      if (input == "-") {
        stdin_ = true;
      } else if (input.size() > 1 && input[0] == '@') {
        std::ifstream list(input.substr(1));
        if (!list) {
          PrintError(input.substr(1) + ": cannot read the list of inputs");
          return false;
        }
        for (std::string line; std::getline(list, line);) Add(Trim(line));
      } else if (std::error_code ec; fs::is_directory(input, ec)) {
        std::vector<std::string> found;
        for (auto it =
                 fs::recursive_directory_iterator(input, fs::directory_options::skip_permission_denied, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
          if (!it->is_regular_file(ec)) continue;
          const fs::path relative = fs::relative(it->path(), input, ec);
          if (MatchesAny(args.include, relative) && !MatchesAny(args.exclude, relative)) {
            found.push_back(it->path().string());
          }
        }
        if (ec) {
          PrintError(input + ": " + ec.message());
          return false;
        }
        std::sort(found.begin(), found.end());
        for (std::string& f : found) Add(std::move(f));
      } else {
        Add(input);  // a file, or a path that fails later with a named error record
      }
    }
    return true;
  }

  // The next input and its place in the output; nullopt at the end.
  std::optional<std::pair<size_t, std::string>> Next() {
    std::lock_guard<std::mutex> lock(mutex_);
    while (!g_interrupted.load()) {
      std::string path;
      if (next_ < listed_.size()) {
        path = std::move(listed_[next_++]);
      } else if (stdin_) {
        if (!std::getline(std::cin, path)) return std::nullopt;
        path = Trim(path);
        if (path.empty() || !InShard(path)) continue;
      } else {
        return std::nullopt;
      }
      return std::make_pair(count_++, std::move(path));
    }
    return std::nullopt;
  }

  // The number of inputs when known in advance (none come from standard input).
  std::optional<size_t> Total() const {
    return stdin_ ? std::nullopt : std::optional<size_t>(listed_.size());
  }

 private:
  static std::string Trim(std::string s) {
    while (!s.empty() && (s.back() == '\r' || s.back() == ' ' || s.back() == '\t')) s.pop_back();
    return s;
  }
  // --shard K/N keeps the paths whose FNV-1a hash is K-1 modulo N: stable across
  // machines and listings, so N hosts given the same inputs split them exactly.
  bool InShard(const std::string& path) const {
    if (shard_n_ <= 1) return true;
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : path) h = (h ^ c) * 1099511628211ull;
    return h % shard_n_ == shard_k_ - 1;
  }
  void Add(std::string path) {
    if (!path.empty() && InShard(path)) listed_.push_back(std::move(path));
  }

  uint32_t shard_k_, shard_n_;
  bool stdin_;
  std::vector<std::string> listed_;
  size_t next_ = 0;
  size_t count_ = 0;
  std::mutex mutex_;
};

// {"source":{"path":…},"error":{"code","message","position":{line,column,offset}|null}}
std::string ErrorRecord(const std::string& path, const Status& status) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  w.StartObject();
  w.Key("source");
  w.StartObject();
  w.Key("path");
  w.String(path.c_str(), static_cast<rapidjson::SizeType>(path.size()));
  w.EndObject();
  w.Key("error");
  w.StartObject();
  w.Key("code");
  w.String(StatusCodeName(status.code()));
  w.Key("message");
  w.String(status.message().c_str(), static_cast<rapidjson::SizeType>(status.message().size()));
  w.Key("position");
  if (status.offset() || status.line() > 0) {
    w.StartObject();
    w.Key("line");
    w.Uint(status.line());
    w.Key("column");
    w.Uint(status.column());
    w.Key("offset");
    if (status.offset())
      w.Uint64(*status.offset());
    else
      w.Null();
    w.EndObject();
  } else {
    w.Null();
  }
  w.EndObject();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

// Writes finished lines: in input order through a window of at most `window`
// lines waiting (a worker that runs ahead waits), or as they come.
class LineWriter {
 public:
  LineWriter(std::ostream& out, bool ordered, size_t window)
      : out_(out), ordered_(ordered), window_(window) {}

  void Put(size_t index, std::string line) {
    std::unique_lock<std::mutex> lock(mutex_);
    if (!ordered_) {
      Write(line);
      return;
    }
    // Woken by each write, and every 100 ms to notice an interrupt (a signal handler cannot notify).
    while (!room_.wait_for(lock, std::chrono::milliseconds(100),
                           [&] { return index < next_ + window_ || g_interrupted.load(); })) {
    }
    pending_.emplace(index, std::move(line));
    bool wrote = false;
    for (auto it = pending_.find(next_); it != pending_.end(); it = pending_.find(next_)) {
      Write(it->second);
      pending_.erase(it);
      ++next_;
      wrote = true;
    }
    if (wrote) room_.notify_all();
  }
  bool ok() const { return static_cast<bool>(out_); }

 private:
  // One whole line per write: an interrupted batch leaves only complete lines.
  void Write(std::string& line) {
    line += '\n';
    out_.write(line.data(), static_cast<std::streamsize>(line.size()));
    out_.flush();
  }

  std::ostream& out_;
  const bool ordered_;
  const size_t window_;
  std::map<size_t, std::string> pending_;
  size_t next_ = 0;
  std::mutex mutex_;
  std::condition_variable room_;
};

struct Counters {
  std::atomic<size_t> done{0}, ok{0}, failed{0};
  std::atomic<uint64_t> bytes{0};
};

std::string Rate(double n, double seconds, const char* unit) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.1f %s/s", seconds > 0 ? n / seconds : 0.0, unit);
  return buf;
}

void ShowProgress(const Counters& c, std::optional<size_t> total, double seconds, bool final) {
  const double mb = static_cast<double>(c.bytes.load()) / 1e6;
  const size_t done = c.done.load();
  std::string line = "\r" + std::to_string(done) + (total ? "/" + std::to_string(*total) : "") + " files, " +
                     std::to_string(c.failed.load()) + " failed, " +
                     Rate(static_cast<double>(done), seconds, "files") + ", " + Rate(mb, seconds, "MB");
  if (total && done > 0 && done < *total) {
    const double eta = seconds / static_cast<double>(done) * static_cast<double>(*total - done);
    line += ", ETA " + std::to_string(static_cast<long>(eta)) + " s";
  }
  std::cerr << line << "   " << (final ? "\n" : "") << std::flush;
}

int RunBatch(const BatchArgs& args) {
  uint32_t shard_k = 1, shard_n = 1;
  if (!args.shard.empty()) {
    unsigned k = 0, n = 0;
    char end = 0;
    if (std::sscanf(args.shard.c_str(), "%u/%u%c", &k, &n, &end) != 2 || n == 0 || k == 0 || k > n) {
      PrintError("--shard " + args.shard + ": expected K/N with 1 <= K <= N");
      return kExitBadInput;
    }
    shard_k = k;
    shard_n = n;
  }
  ExtractOptions options;
  ApplyLimits(args.limits, options);
  options.read.encoding = args.encoding;
  options.read.lenient = args.lenient;
  options.docx.keep_original = args.keep_original;

  InputQueue queue(args, shard_k, shard_n);
  if (!queue.Expand(args)) return kExitBadInput;
  std::ofstream file;
  std::ostream* out = OpenOutput(args.output, file);
  if (out == nullptr) return kExitBadInput;

  struct sigaction action = {};
  action.sa_handler = OnInterrupt;
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);

  const unsigned jobs = std::max(1u, args.jobs);
  LineWriter writer(*out, !args.unordered, size_t{4} * jobs);
  Counters counters;
  const auto start = std::chrono::steady_clock::now();
  const auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  std::vector<std::thread> workers;
  for (unsigned t = 0; t < jobs; ++t) {
    workers.emplace_back([&] {
      while (auto item = queue.Next()) {
        const auto& [index, path] = *item;
        std::string line;
        Result<Document> doc = ExtractFile(path, options);
        if (doc.ok()) {
          std::ostringstream json;
          WriteJson(*doc, json);
          line = std::move(json).str();
          counters.ok++;
          counters.bytes += doc->source.size;
        } else {
          line = ErrorRecord(path, doc.status());
          counters.failed++;
          std::error_code ec;
          if (const auto size = fs::file_size(path, ec); !ec) counters.bytes += size;
        }
        writer.Put(index, std::move(line));
        counters.done++;
      }
    });
  }
  const bool progress = args.progress == "always" || (args.progress == "auto" && isatty(STDERR_FILENO));
  std::atomic<bool> finished{false};
  std::thread reporter;
  if (progress) {
    reporter = std::thread([&] {
      while (!finished.load()) {
        ShowProgress(counters, queue.Total(), elapsed(), false);
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
      }
    });
  }
  for (std::thread& w : workers) w.join();
  finished = true;
  if (reporter.joinable()) reporter.join();
  if (progress) ShowProgress(counters, queue.Total(), elapsed(), true);

  const double seconds = elapsed();
  const double mb = static_cast<double>(counters.bytes.load()) / 1e6;
  char summary[256];
  std::snprintf(summary, sizeof summary, "%zu files, %zu ok, %zu failed, %.1f MB in %.2f s (%s, %s)%s",
                counters.done.load(), counters.ok.load(), counters.failed.load(), mb, seconds,
                Rate(static_cast<double>(counters.done.load()), seconds, "files").c_str(),
                Rate(mb, seconds, "MB").c_str(), g_interrupted.load() ? "; interrupted" : "");
  std::cerr << "gongwen batch: " << summary << "\n";
  if (FinishOutput(*out, args.output) != kExitOk) return kExitBadInput;
  if (g_interrupted.load()) return 130;
  return counters.failed.load() > 0 ? kExitFindings : kExitOk;
}

}  // namespace

void AddBatchCommand(CLI::App& app, std::function<int()>& run) {
  auto args = std::make_shared<BatchArgs>();
  CLI::App* cmd = app.add_subcommand(
      "batch",
      "Extract many documents on several threads: one JSON line per document (JSONL), a failed file "
      "becomes an error record and the batch goes on");
  cmd->add_option("inputs", args->inputs,
                  "Files, directories (recursive), @LIST files of paths, or '-' for paths on standard input");
  cmd->add_option("-o,--output", args->output, "Write the JSONL here instead of standard output");
  cmd->add_option("-j,--jobs", args->jobs, "Worker threads (default: the number of cores)")
      ->check(CLI::PositiveNumber);
  cmd->add_flag("--unordered", args->unordered, "Write documents as they finish, not in input order");
  cmd->add_flag(
      "--stdin-paths", args->stdin_paths,
      "Read input paths from standard input, one per line, as they come (Hadoop Streaming, Spark pipe)");
  // One glob per occurrence (repeatable), so a glob never swallows the inputs after it.
  cmd->add_option("--include", args->include, "Glob of files to take from directories (repeatable)")
      ->capture_default_str()
      ->allow_extra_args(false);
  cmd->add_option("--exclude", args->exclude, "Glob of files to leave out of directories (repeatable)")
      ->allow_extra_args(false);
  cmd->add_option("--shard", args->shard,
                  "K/N: take only this host's share of the inputs (by a hash of the path), for N hosts");
  cmd->add_option("--progress", args->progress, "A progress line on standard error")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  cmd->add_option("--encoding", args->encoding, "Decode text with this encoding instead of detecting it");
  cmd->add_flag("--lenient", args->lenient, "Replace undecodable bytes with U+FFFD instead of failing");
  cmd->add_flag("--keep-original", args->keep_original, "DOCX tracked changes: keep deleted text");
  AddLimitOptions(cmd, args->limits);
  cmd->callback([args, &run] {
    if (args->inputs.empty() && !args->stdin_paths)
      throw CLI::ValidationError("batch", "no inputs (or --stdin-paths)");
    run = [args] { return RunBatch(*args); };
  });
}

}  // namespace gongwen::cli
