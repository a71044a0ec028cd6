// gongwen batch: many documents in, one JSON line each out, on several threads.
//
// Inputs are files, directories (walked recursively, filtered by --include and
// --exclude globs), @LIST files of paths, or "-" / --stdin-paths for paths on
// standard input, read as they come (the Hadoop Streaming and Spark pipe()
// contract: a line in, a line out). Output is JSONL in input order (a bounded
// reorder window keeps memory flat) or, with --unordered, as documents finish;
// or one file per input under --out-dir. A file that fails becomes an error
// record and the batch goes on; an output that cannot be written stops it.
//
// This file wires the command; batch_walk.h finds the inputs, batch_resume.h
// decides what --resume keeps, batch_output.h writes.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <vector>

#include "batch_common.h"
#include "batch_output.h"
#include "batch_resume.h"
#include "batch_walk.h"
#include "commands.h"
#include "gongwen/extract.h"
#include "gongwen/json.h"
#include "gongwen/segment.h"
#include "gongwen/source.h"
#include "json_by_format.h"
#include "memory.h"

namespace gongwen::cli {

namespace {

namespace fs = std::filesystem;

// -j at most: more threads than this convert no faster on any machine the tool is meant for, and a
// number past what the system allows (-j 40000) had it abort when the threads could not be made.
constexpr unsigned kMaxJobs = 1024;

struct BatchArgs {
  std::vector<std::string> inputs;
  std::string output;
  std::string out_dir;
  bool resume = false;
  unsigned jobs = std::clamp(std::thread::hardware_concurrency(), 1u, kMaxJobs);
  bool unordered = false;
  bool stdin_paths = false;
  bool null_separated = false;  // --null: paths in lists and on standard input end in NUL
  bool stdin_documents = false;  // standard input holds documents, a JSON line each
  std::vector<std::string> include = {"*.txt",   "*.md",   "*.html", "*.htm", "*.mht",
                                      "*.mhtml", "*.docx", "*.docm", "*.dotx"};
  std::vector<std::string> exclude;
  std::string shard;  // "K/N"
  bool shard_given = false;  // --shard "" is refused, not taken for no shard (an empty {} in a recipe)
  std::string progress = "auto";
  std::string encoding;
  bool lenient = false;
  int failed_exit_code = kExitFindings;  // when documents failed (and nothing worse happened)
  bool keep_original = false;
  bool tokens = false;
  bool no_blocks = false;
  std::vector<std::string> lexicons;
  LimitArgs limits;
};

struct Counters {
  std::atomic<size_t> done{0}, ok{0}, failed{0}, skipped{0};
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

// --out-dir: where a failure's error record goes, beside the result's place:
// DIR/NAME.error.json for DIR/NAME.json (so --resume tries it again).
fs::path ErrorFileOf(const fs::path& result) {
  const std::string name = result.string();
  return name.substr(0, name.size() - 5) + ".error.json";
}

// What one run converts and where it writes; the workers share it.
class BatchRun {
 public:
  BatchRun(const BatchArgs& args, const ExtractOptions& options, InputQueue& queue, KeptLines& kept,
           LineWriter* writer, std::optional<FileId> output, const JsonByFormat& json, BatchStop& stop)
      : args_(args),
        options_(options),
        json_(json),
        queue_(queue),
        kept_(kept),
        writer_(writer),
        output_(output),
        stop_(stop) {}

  // One worker: converts inputs until there are no more or the batch stops.
  void Work() {
    while (auto item = queue_.Next()) Convert(item->first, item->second);
  }

  const Counters& counters() const { return counters_; }

 private:
  bool ToDir() const { return writer_ == nullptr; }

  void Convert(size_t index, Input& input) {
    if (input.document_line) {
      ReadDocumentLine(input);  // here, on the worker's thread: the queue only cut the line out
      // Another host's share (--shard, by the document's path, or the line's when it holds none):
      // nothing written, nothing counted.
      if (!queue_.Takes(input.path)) return writer_->Put(index, std::nullopt);
    }
    if (ToDir() && HoldsNul(input.path)) return RefuseNul(input);
    const fs::path target = ToDir() ? fs::path(args_.out_dir) / (input.name.string() + ".json") : fs::path();
    if (!input.clash.empty()) return RefuseClash(input, target);
    if (kept_.Take(input.path)) return Skip(index);  // found current when OUT was read
    const Result<std::string> bytes = ReadBytes(input);
    if (bytes.ok() && args_.resume && ToDir() &&
        StoredIsCurrent(target, json_.For(InputFormatOf(*bytes)).generator, input.path, *bytes))
      return Skip(index);
    bool ok = false;
    std::string line = Line(input, bytes, ok);
    if (ToDir())
      ok = Store(target, ok, line) && ok;
    else
      writer_->Put(index, std::move(line));
    (ok ? counters_.ok : counters_.failed)++;
    counters_.done++;
  }

  // --out-dir: another input's result has this name; it is never overwritten.
  void RefuseClash(const Input& input, const fs::path& target) {
    SayError("--out-dir: " + input.path + " would be written to " + target.string() + ", " + input.clash +
             "; not converted");
    counters_.failed++;
    counters_.done++;
  }

  // --out-dir: a path holding a NUL byte (HoldsNul) has no result file to hold its error record: said,
  // not written.
  void RefuseNul(const Input& input) {
    std::string shown;
    for (char c : input.path) shown += c == '\0' ? std::string("\\0") : std::string(1, c);
    SayError("--out-dir: " + shown + ": a path holding a NUL byte, which names no file; not converted (" +
             std::string(kNulAdvice) + ")");
    counters_.failed++;
    counters_.done++;
  }

  // An input with nothing to do: its result is there already, current.
  void Skip(size_t index) {
    counters_.skipped++;
    counters_.done++;
    if (!ToDir()) writer_->Put(index, std::nullopt);
  }

  // Read once: the bytes give the hash --resume compares with DIR/NAME.json, and the document.
  Result<std::string> ReadBytes(Input& input) const {
    if (!input.error.empty()) {
      Status why(input.error_code, input.error);
      if (input.error_line != 0) why.WithPosition(input.error_line, 1, input.error_offset);
      return why;
    }
    if (input.bytes) return std::move(*input.bytes);  // --stdin-documents: given, not read
    return ReadBatchInput(input.path, options_, output_);
  }

  // The document's JSON line, or the error record; `ok` says which.
  std::string Line(const Input& input, const Result<std::string>& bytes, bool& ok) {
    Result<Document> doc =
        bytes.ok() ? ExtractBytes(*bytes, input.path, options_) : Result<Document>(bytes.status());
    ok = doc.ok();
    counters_.bytes += ok ? doc->source.size : bytes.ok() ? bytes->size() : 0;
    return ok ? ToJson(*doc, json_.For(doc->source.format)) : ErrorRecordJson(input.path, doc.status());
  }

  // --out-dir: the result as DIR/NAME.json or the error record as
  // DIR/NAME.error.json, and the other one removed. A write that fails stops the
  // batch, as with -o, and removes nothing: an earlier result stays as it was.
  bool Store(const fs::path& target, bool ok, const std::string& line) {
    sweeper_.Sweep(target.parent_path());
    const fs::path error_file = ErrorFileOf(target);
    const fs::path& file = ok ? target : error_file;
    if (std::string why; !WriteAtomically(file, line, why)) {
      stop_.FailOutput(file.string() + ": " + why + "; stopped");
      return false;
    }
    std::error_code ec;
    fs::remove(ok ? error_file : target, ec);
    return true;
  }

  const BatchArgs& args_;
  const ExtractOptions& options_;
  const JsonByFormat& json_;  // with the generators --resume compares
  InputQueue& queue_;
  KeptLines& kept_;
  LineWriter* const writer_;  // -o or standard output; nullptr with --out-dir
  const std::optional<FileId> output_;  // -o FILE: its file
  LeftoverSweeper sweeper_;             // --out-dir: the folders written to
  BatchStop& stop_;
  Counters counters_;
};

// The options every document is extracted with; false (after saying why) when a lexicon cannot be read.
bool MakeOptions(const BatchArgs& args, Lexicon& lexicon, ExtractOptions& options) {
  if (!CheckEncoding(args.encoding)) return false;
  ApplyLimits(args.limits, options);
  options.read.encoding = args.encoding;
  options.read.lenient = args.lenient;
  options.docx.keep_original = args.keep_original;
  return ApplyTokenOptions(args.tokens, args.lexicons, lexicon, options);
}

// Options that cannot go together; false after saying why.
bool CheckOutputArgs(const BatchArgs& args) {
  if (!args.out_dir.empty() && !args.output.empty()) {
    SayError("-o and --out-dir: give one");
    return false;
  }
  if (args.stdin_documents &&
      (!args.out_dir.empty() || args.resume || args.stdin_paths || args.null_separated)) {
    SayError(
        "--stdin-documents writes JSON lines (to standard output or -o): not with --out-dir, --resume, "
        "--stdin-paths or --null");
    return false;
  }
  if (args.resume && args.out_dir.empty() && (args.output.empty() || args.output == "-")) {
    SayError("--resume needs -o FILE or --out-dir DIR: it keeps what is already there");
    return false;
  }
  return true;
}

// The file standard output was redirected to (`gongwen batch . > all.txt`), none when it is a pipe or
// a terminal.
std::optional<FileId> StdoutFile() {
  struct stat st;
  if (fstat(STDOUT_FILENO, &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  return FileId{static_cast<uint64_t>(st.st_dev), static_cast<uint64_t>(st.st_ino)};
}

// -o FILE, or standard output redirected to a file (`stdout_file`, StdoutFile's): true, after saying which,
// when a file the batch reads is that file itself (by another path, or a hard link, too): an input
// listed, whose result would be written over it after it was emptied (or which would read the batch's
// own output); an @LIST file or a lexicon, read already, lost.
bool OutputIsAnInput(const std::string& output, const std::optional<FileId>& stdout_file,
                     const InputQueue& queue, const BatchArgs& args) {
  const bool to_stdout = output.empty() || output == "-";
  const std::optional<FileId> out = to_stdout ? stdout_file : FileIdOf(output);
  if (!out) return false;  // not there yet, or not a file: nothing read is it
  const auto is_out = [&](const std::string& path) { return FileIdOf(path) == out; };
  std::optional<std::string> same;
  for (const std::string& argument : args.inputs)
    if (!same && argument.size() > 1 && argument[0] == '@' && is_out(argument.substr(1))) same = argument;
  for (const std::string& lexicon : args.lexicons)
    if (!same && is_out(lexicon)) same = "--lexicon " + lexicon;
  if (!same) same = queue.FindListed(is_out);
  if (!same) return false;
  if (to_stdout)
    SayError("standard output is a file this batch reads (" + *same +
             "): the batch would read its own output; nothing converted. Redirect the output elsewhere");
  else
    SayError("-o " + output + " is a file this batch reads (" + *same +
             "): it would be emptied and written over; nothing converted. Write the output elsewhere");
  return true;
}

// --out-dir: true, after saying which, when an input's result (or its error file, which a success
// removes) is another input listed, by any path: it would be written over or removed (--out-dir the
// input folder, with --include taking *.json).
bool ResultIsAnInput(const InputQueue& queue, const std::string& out_dir) {
  struct IdHash {
    size_t operator()(const FileId& id) const { return std::hash<uint64_t>()(id.device * 31 + id.inode); }
  };
  std::unordered_map<FileId, std::string, IdHash> inputs;
  queue.ForEachListed([&](const std::string& path, const fs::path&) {
    if (const auto id = FileIdOf(path)) inputs.emplace(*id, path);
  });
  std::optional<std::pair<std::string, std::string>> hit;  // the result, the input it is
  queue.ForEachListed([&](const std::string&, const fs::path& name) {
    const fs::path result = fs::path(out_dir) / (name.string() + ".json");
    for (const fs::path& file : {result, ErrorFileOf(result)})
      if (const auto id = FileIdOf(file.string()); !hit && id)
        if (const auto it = inputs.find(*id); it != inputs.end()) hit.emplace(file.string(), it->second);
  });
  if (!hit) return false;
  SayError("--out-dir: " + hit->first + ", a result, is the input " + hit->second +
           ": it would be written over or removed; nothing converted. Write the results into another folder");
  return true;
}

// --out-dir: true, after saying which, when two inputs would be written to the same file.
bool RefuseNameClash(InputQueue& queue, const std::string& out_dir) {
  const auto clash = queue.FindNameClash();
  if (!clash) return false;
  const std::string result = (fs::path(out_dir) / clash->result).string();
  SayError("--out-dir: " +
           (clash->inside.empty()
                ? clash->first + " and " + clash->second + " would both be written to " + result
                : clash->first + " would be written to " + result + ", and " + clash->second +
                      " inside it, to " + (fs::path(out_dir) / clash->inside).string() +
                      ": one file cannot be a folder too") +
           "; nothing converted. Convert them in separate runs or into separate --out-dir folders");
  return true;
}

// Runs `jobs` workers on `run` to the end, with a progress line if asked for (its rates from the
// workers' start).
void RunWorkers(BatchRun& run, unsigned jobs, bool progress, const InputQueue& queue) {
  const auto start = std::chrono::steady_clock::now();
  const auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  std::vector<std::thread> workers;
  workers.reserve(jobs);
  for (unsigned t = 0; t < jobs; ++t) {
    try {
      workers.emplace_back([&run] { run.Work(); });
    } catch (const std::system_error& e) {
      // The system gives no more threads (a limit on processes or memory): the batch runs on those it
      // has, on this one if it has none, and says so.
      SayError("warning: " + std::to_string(workers.size()) + " of " + std::to_string(jobs) +
               " worker thread(s) started (" + e.what() + "); the batch goes on with " +
               (workers.empty()       ? "this one"
                : workers.size() == 1 ? "it"
                                      : "them"));
      break;
    }
  }
  std::atomic<bool> finished{false};
  std::thread reporter;
  if (progress && !workers.empty()) {
    try {
      reporter = std::thread([&] {
        while (!finished.load()) {
          ShowProgress(run.counters(), queue.Total(), elapsed(), false);
          std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
      });
    } catch (const std::system_error&) {  // no progress line, then: the batch itself is not hurt
    }
  }
  if (workers.empty()) run.Work();
  for (std::thread& w : workers) w.join();
  finished = true;
  if (reporter.joinable()) reporter.join();
  if (progress) ShowProgress(run.counters(), queue.Total(), elapsed(), true);
}

// The summary on standard error; `written`, with -o or standard output, the lines written whole (when the
// output failed, fewer than the documents converted).
void Summarize(const Counters& c, size_t left_out, double seconds, const BatchStop& stop,
               std::optional<size_t> written) {
  const double mb = static_cast<double>(c.bytes.load()) / 1e6;
  char summary[320];
  std::snprintf(summary, sizeof summary,
                "%zu files, %zu ok, %zu failed, %zu current already, %zu left out of directories "
                "(--include/--exclude, not regular files), %.1f MB in %.2f s (%s, %s)%s",
                c.done.load(), c.ok.load(), c.failed.load(), c.skipped.load(), left_out, mb, seconds,
                Rate(static_cast<double>(c.done.load()), seconds, "files").c_str(),
                Rate(mb, seconds, "MB").c_str(),
                stop.OutputFailed()  ? "; stopped: the output cannot be written"
                : stop.Interrupted() ? "; interrupted"
                                     : "");
  std::string stopped =
      stop.OutputFailed() && written ? " (" + std::to_string(*written) + " lines written)" : "";
  std::cerr << "gongwen batch: " << summary << stopped << "\n";
}

int RunBatch(const BatchArgs& args) {
  // The summary's time is the whole run's: the walk of the inputs and --resume's scan of what is stored
  // included, which on a large archive can be seconds before the first document.
  const auto started = std::chrono::steady_clock::now();
  std::optional<Shard> shard = args.shard_given ? Shard::Parse(args.shard) : Shard{};
  if (!shard) {
    SayError("--shard '" + args.shard + "': expected K/N with 1 <= K <= N");
    return kExitBadInput;
  }
  ExtractOptions options;
  Lexicon lexicon;  // outlives the workers, which read it
  if (!MakeOptions(args, lexicon, options) || !CheckOutputArgs(args)) return kExitBadInput;
  const bool to_dir = !args.out_dir.empty();
  const bool to_stdout = !to_dir && (args.output.empty() || args.output == "-");

  BatchStop stop;
  InputQueue queue(args.include, args.exclude, *shard, args.stdin_paths, args.null_separated ? '\0' : '\n',
                   stop);
  // A document line holds the file in base64 (4 characters for 3 bytes), or its text escaped (a Chinese
  // character as \uXXXX: 6 bytes for 3), and a little JSON around it: twice the input-size limit takes
  // any document under it (a text of control characters aside), and bounds what one line may cost.
  if (args.stdin_documents) {
    const uint64_t max = options.read.max_bytes;
    queue.ReadDocuments(max > (uint64_t{1} << 40) ? std::string::npos
                                                  : static_cast<size_t>(2 * max + (1 << 16)));
  }
  if (!queue.Expand(args.inputs)) return kExitBadInput;
  if (to_dir && (RefuseNameClash(queue, args.out_dir) || ResultIsAnInput(queue, args.out_dir)))
    return kExitBadInput;
  // -o FILE, or the file standard output goes to: no input may be it (one named on standard input later
  // is an error record). FILE's is known once it is opened, below.
  std::optional<FileId> output_id = to_stdout && !to_dir ? StdoutFile() : std::nullopt;
  if (!to_dir && OutputIsAnInput(args.output, output_id, queue, args)) return kExitBadInput;
  // Before the --resume scan, which may be long: interrupted, it removes its temporary file.
  if (!stop.CatchSignals()) return kExitBadInput;
  // What the results carry and --resume compares: made once (a lexicon's digest sorts all its words).
  JsonOptions json;
  json.blocks = !args.no_blocks;
  json.tokens = args.tokens;
  const JsonByFormat by_format(options, json);
  KeptCounts kept_counts;
  // -o FILE: a --resume killed outright while it rewrote FILE left its temporary file beside it.
  if (!to_dir && !to_stdout) {
    // Beside OUT, and beside the file it names when it is a link (where --resume writes).
    LeftoverSweeper sweeper;
    sweeper.Sweep(fs::path(args.output).parent_path());
    std::error_code ec;
    if (const fs::path real = fs::canonical(args.output, ec); !ec) sweeper.Sweep(real.parent_path());
  }
  if (args.resume && !to_dir) {
    auto kept = KeepCurrentLines(args.output, options, by_format, queue.Repeats(), stop);
    if (!kept && stop.Interrupted()) SayError(args.output + ": --resume interrupted; left as it was");
    if (!kept) return stop.Interrupted() ? 130 : kExitBadInput;
    kept_counts = std::move(*kept);
  }
  KeptLines kept(std::move(kept_counts));

  std::ofstream file;
  std::ostream* out = &std::cout;
  if (!to_dir && !to_stdout) {
    file.open(args.output, std::ios::binary | (args.resume ? std::ios::app : std::ios::trunc));
    if (!file) {
      SayError(args.output + ": cannot open for writing");
      return kExitBadInput;
    }
    out = &file;
    output_id = FileIdOf(args.output);
  }
  const unsigned jobs = std::max(1u, args.jobs);
  std::optional<LineWriter> writer;
  if (!to_dir)
    writer.emplace(*out, to_stdout ? "standard output" : args.output, !args.unordered, size_t{4} * jobs,
                   stop);
  BatchRun run(args, options, queue, kept, writer ? &*writer : nullptr, output_id, by_format, stop);
  // Huge pages for the workers' heaps, made while this is the only thread (memory.cpp).
  PrepareHeapForJobs(jobs);
  // Not when the JSON goes to a terminal too: the line would be drawn over the documents as they come.
  const bool progress = args.progress == "always" || (args.progress == "auto" && isatty(STDERR_FILENO) &&
                                                      !(to_stdout && isatty(STDOUT_FILENO)));
  RunWorkers(run, jobs, progress, queue);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  Summarize(run.counters(), queue.LeftOut(), seconds, stop,
            writer ? std::optional<size_t>(writer->Written()) : std::nullopt);
  if (stop.OutputFailed()) return kExitBadInput;
  if (!to_dir && FinishOutput(*out, args.output) != kExitOk) return kExitBadInput;
  if (stop.Interrupted()) return 130;
  return run.counters().failed.load() > 0 ? args.failed_exit_code : kExitOk;
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
  // As in extract, a flag: JSONL is what batch writes anyway. The issue's `--stdin-paths --jsonl -` then
  // reads the paths on standard input, and a file after --jsonl is an input, never an output to write over.
  cmd->add_flag("--jsonl")->description("One JSON document per line (what batch writes; as extract --jsonl)");
  cmd->add_option("--out-dir", args->out_dir,
                  "Write one PATH.json per input under this folder, PATH being the input's path as given "
                  "(a failure: PATH.error.json), each through a temporary name and a rename");
  cmd->add_flag(
      "--resume", args->resume,
      "Skip inputs whose result is already there and current (same content hash, gongwen version and "
      "options that change the result); "
      "with -o, keep the file's current lines and append the rest");
  cmd->add_option("-j,--jobs", args->jobs,
                  "Worker threads, 1 to " + std::to_string(kMaxJobs) + " (default: the number of cores)")
      ->transform(WholeNumber(1, kMaxJobs));
  cmd->add_flag("--unordered", args->unordered, "Write documents as they finish, not in input order");
  cmd->add_flag(
      "--stdin-paths", args->stdin_paths,
      "Read input paths from standard input, one per line, as they come (Hadoop Streaming, Spark pipe)");
  cmd->add_flag("--stdin-documents", args->stdin_documents,
                "Standard input holds the documents themselves, one per line as JSON: {\"path\": NAME, "
                "\"base64\": BYTES} or {\"path\": NAME, \"text\": TEXT} (Spark binaryFiles, Hadoop Streaming "
                "without a shared file system); a JSON line out for each");
  cmd->add_flag("-0,--null", args->null_separated,
                "Paths in @LIST files and on standard input end in a NUL byte, as find -print0 writes them, "
                "and are taken exactly (no line ends or blanks trimmed; a leading byte-order mark dropped)");
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
  cmd->add_option("--failed-exit-code", args->failed_exit_code,
                  "Exit status when some documents failed (their error records are written); 0 for Hadoop "
                  "Streaming and Spark pipe(), where a non-zero exit fails the whole task")
      ->transform(WholeNumber(0, 255))
      ->capture_default_str();
  cmd->add_flag("--keep-original", args->keep_original, "DOCX tracked changes: keep deleted text");
  cmd->add_flag("--tokens", args->tokens,
                "Add each task's \"tokens\" and \"keywords\" (as extract --tokens)");
  AddRepeatedFileOption(cmd, "--lexicon", args->lexicons,
                        "With --tokens: a user lexicon (one word per line); repeatable");
  cmd->add_flag(
      "--no-blocks", args->no_blocks,
      "Leave out the per-paragraph \"blocks\" array (as extract --no-blocks): about 40% of each line");
  AddLimitOptions(cmd, args->limits);
  cmd->callback([args, &run, cmd] {
    if (args->inputs.empty() && !args->stdin_paths && !args->stdin_documents)
      throw CLI::ValidationError("batch", "no inputs (or --stdin-paths, --stdin-documents)");
    args->shard_given = cmd->count("--shard") > 0;
    run = [args] { return RunBatch(*args); };
  });
}

}  // namespace gongwen::cli
