// gongwen batch: many documents in, one JSON line each out, on several threads.
//
// Inputs are files, directories (walked recursively, filtered by --include and
// --exclude globs), @LIST files of paths, or "-" / --stdin-paths for paths on
// standard input, read as they come (the Hadoop Streaming and Spark pipe()
// contract: a line in, a line out). Output is JSONL in input order (a bounded
// reorder window keeps memory flat) or, with --unordered, as documents finish.
// A file that fails becomes an error record and the batch goes on.
#include <fcntl.h>
#include <fnmatch.h>
#include <poll.h>
#include <unistd.h>

#include <rapidjson/filereadstream.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
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
#include <string>
#include <thread>
#include <vector>

#include "commands.h"
#include "gongwen/extract.h"
#include "gongwen/json.h"
#include "gongwen/segment.h"
#include "gongwen/source.h"

namespace gongwen::cli {

namespace {

namespace fs = std::filesystem;

struct BatchArgs {
  std::vector<std::string> inputs;
  std::string output;
  std::string out_dir;
  bool resume = false;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  bool unordered = false;
  bool stdin_paths = false;
  std::vector<std::string> include = {"*.txt", "*.md", "*.docx", "*.docm", "*.dotx"};
  std::vector<std::string> exclude;
  std::string shard;  // "K/N"
  std::string progress = "auto";
  std::string encoding;
  bool lenient = false;
  int failed_exit_code = kExitFindings;  // when documents failed (and nothing worse happened)
  bool keep_original = false;
  bool tokens = false;
  std::vector<std::string> lexicons;
  LimitArgs limits;
};

std::atomic<bool> g_interrupted{false};
std::atomic<bool> g_write_failed{false};  // the output cannot be written: stop, as for an interrupt
bool Stopping() { return g_interrupted.load() || g_write_failed.load(); }
// A pipe written to on a stop, to wake a thread waiting for paths on standard
// input: a signal may go to any thread, so a blocking read() that another
// thread sits in is not interrupted by it.
int g_wake[2] = {-1, -1};
void Wake() {  // async-signal-safe
  if (g_wake[1] >= 0) {
    const char byte = 0;
    [[maybe_unused]] const ssize_t n = write(g_wake[1], &byte, 1);
  }
}
extern "C" void OnInterrupt(int) {
  const int saved = errno;
  g_interrupted.store(true);
  Wake();
  errno = saved;
}

// Lines of standard input as they come, waiting with poll() on standard input
// and the wake pipe together: an interrupt ends the wait at once.
class StdinLines {
 public:
  // The next line (without its newline; the last may lack one); false at the
  // end of the input, or when interrupted.
  bool Next(std::string& line) {
    for (;;) {
      if (const size_t end = buffer_.find('\n', scanned_); end != std::string::npos) {
        line.assign(buffer_, start_, end - start_);
        start_ = scanned_ = end + 1;
        return true;
      }
      scanned_ = buffer_.size();
      if (eof_) {
        if (start_ == buffer_.size()) return false;
        line.assign(buffer_, start_);
        start_ = scanned_ = buffer_.size();
        return true;
      }
      if (Stopping()) return false;
      buffer_.erase(0, start_);  // what is left of the last line read, at most
      scanned_ -= start_;
      start_ = 0;
      pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {g_wake[0], POLLIN, 0}};
      if (poll(fds, g_wake[0] >= 0 ? 2 : 1, -1) < 0) {
        if (errno != EINTR) eof_ = true;
        continue;
      }
      if (Stopping()) return false;
      if (fds[0].revents == 0) continue;
      char chunk[1 << 16];
      const ssize_t n = read(STDIN_FILENO, chunk, sizeof chunk);
      if (n > 0)
        buffer_.append(chunk, static_cast<size_t>(n));
      else if (n == 0 || (errno != EINTR && errno != EAGAIN))
        eof_ = true;
    }
  }

 private:
  std::string buffer_;
  size_t start_ = 0, scanned_ = 0;  // the next line's start; how far it was searched for a newline
  bool eof_ = false;
};

// One input: its path, and the name its output takes under --out-dir (the path
// below the directory argument it was found in; otherwise the path as given,
// without its root and with ".." as "__", so nothing is written outside DIR).
struct Input {
  std::string path;
  fs::path name;  // the output's name under --out-dir: the path below the directory given, or the whole path
  std::string clash;  // --out-dir, paths on standard input: an earlier input with the same output file
  std::string error;  // a directory the walk could not read: why (the input becomes an error record)
};

// An input as listed before the run: the path, and where in it the output name
// starts (npos: the name is made from the whole path).
struct Listed {
  std::string path;
  size_t name_from = std::string::npos;
};

// Whether `text` is well-formed UTF-8 (Unicode 3.9, table 3-7: no overlong
// forms, no surrogates, nothing past U+10FFFF).
size_t Utf8Length(std::string_view text, size_t i) {  // of the sequence at i; 0 if it is not valid
  const auto b = [&](size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0u; };
  const unsigned c = b(0);
  const auto tail = [&](size_t k) { return (b(k) & 0xC0) == 0x80; };
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return tail(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    const unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    return b(1) >= lo && b(1) <= hi && tail(2) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    const unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    return b(1) >= lo && b(1) <= hi && tail(2) && tail(3) ? 4 : 0;
  }
  return 0;
}

// `text` with each byte that is not part of a valid UTF-8 sequence replaced by
// U+FFFD. The JSON written must be UTF-8, and Linux file names are any bytes:
// a path such as "\xd6\xd0.txt" (GBK, from an old archive) is written as
// "\uFFFD\uFFFD.txt" in source.path, error records and messages. The
// replacement loses the bytes (--out-dir keeps the exact name), but every
// JSON parser reads the result; an escape that kept them (lone surrogates, as
// Python's surrogateescape) is rejected by strict parsers.
std::string ValidUtf8(std::string text) {
  size_t i = 0;
  while (i < text.size()) {  // fast path: usually the whole text is valid
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
    } else if (const size_t n = Utf8Length(text, i)) {
      i += n;
    } else {
      break;
    }
  }
  if (i == text.size()) return text;
  std::string out = text.substr(0, i);
  while (i < text.size()) {
    if (const size_t n = Utf8Length(text, i)) {
      out.append(text, i, n);
      i += n;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  return out;
}

// PrintError with the message's paths made valid UTF-8.
void SayError(const std::string& message) { PrintError(ValidUtf8(message)); }

fs::path OutputName(const fs::path& path) {
  fs::path out;
  for (const fs::path& part : path.lexically_normal().relative_path())
    out /= part == ".." ? fs::path("__") : part;
  return out;
}

// --include and --exclude globs match the file's name or its path below the
// directory given, ignoring case: archives from Windows hold NOTICE.TXT and
// REPORT.DOCX, which *.txt and *.docx must take.
bool MatchesAny(const std::vector<std::string>& globs, const fs::path& relative) {
  const std::string rel = relative.generic_string(), name = relative.filename().string();
  for (const std::string& g : globs) {
    if (fnmatch(g.c_str(), name.c_str(), FNM_CASEFOLD) == 0 ||
        fnmatch(g.c_str(), rel.c_str(), FNM_PATHNAME | FNM_CASEFOLD) == 0)
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
          SayError(input.substr(1) + ": cannot read the list of inputs");
          return false;
        }
        for (std::string line; std::getline(list, line);) Add(Trim(line));
      } else if (std::error_code ec; fs::is_directory(input, ec)) {
        // Each file as its path and where in it the part below `input` starts (its output name):
        // a std::filesystem::path per file of a 20 000-file tree cost 13 MB, a string and an offset 2 MB.
        std::vector<Listed> found;
        Walk(input, args, found);
        std::sort(found.begin(), found.end(),
                  [](const Listed& a, const Listed& b) { return a.path < b.path; });
        for (Listed& f : found)
          if (InShard(f.path)) listed_.push_back(std::move(f));
      } else {
        Add(input);  // a file, or a path that fails later with a named error record
      }
    }
    return true;
  }

  // Walks the directory `root` into `found`: the files that match the globs, by
  // their own path below `root` (a link by its name, not its target's). Links to
  // directories are not followed (no loops; such a link counts as left out). A
  // directory that cannot be read is listed too, with why, to become an error
  // record: a tree the walk could not see is a failure, not an empty one.
  void Walk(const std::string& root, const BatchArgs& args, std::vector<Listed>& found) {
    std::vector<std::string> pending = {""};  // directories to read, below root
    while (!pending.empty()) {
      const std::string below = std::move(pending.back());
      pending.pop_back();
      const fs::path dir = below.empty() ? fs::path(root) : fs::path(root) / below;
      std::error_code ec;
      for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::string rel = (below.empty() ? "" : below + '/') + it->path().filename().string();
        std::error_code lec, tec;
        const fs::file_status own = it->symlink_status(lec);
        if (!lec && fs::is_directory(own)) {
          pending.push_back(std::move(rel));
          continue;
        }
        // A link is taken by what it points to; an entry whose type cannot be read (a directory that may be
        // listed, not searched) is taken as a file: it fails when read, with the reason, as an error record.
        const fs::file_status target = !lec && fs::is_symlink(own) ? it->status(tec) : own;
        const bool file = lec || tec || fs::is_regular_file(target);  // a dangling link fails as not-found
        if (!file || !MatchesAny(args.include, rel) || MatchesAny(args.exclude, rel)) {
          ++left_out_;  // not matching the globs; a special file; a link to a directory
          continue;
        }
        std::string path = it->path().string();
        const bool suffix =
            path.size() > rel.size() && path.compare(path.size() - rel.size(), rel.size(), rel) == 0;
        found.push_back({std::move(path), suffix ? 0 : std::string::npos});
        if (suffix) found.back().name_from = found.back().path.size() - rel.size();
      }
      if (ec) {
        std::string path = dir.string();
        const bool named = !below.empty() && path.size() > below.size() &&
                           path.compare(path.size() - below.size(), below.size(), below) == 0;
        walk_errors_.emplace(path, "cannot read the directory: " + ec.message());
        found.push_back({std::move(path), named ? 0 : std::string::npos});
        if (named) found.back().name_from = found.back().path.size() - below.size();
      }
    }
  }

  // The next input and its place in the output; nullopt at the end.
  std::optional<std::pair<size_t, Input>> Next() {
    std::lock_guard<std::mutex> lock(mutex_);
    while (!Stopping()) {
      Input input;
      if (next_ < listed_.size()) {
        Listed& l = listed_[next_++];
        input.name = NameOf(l);
        if (!walk_errors_.empty())
          if (auto it = walk_errors_.find(l.path); it != walk_errors_.end()) input.error = it->second;
        input.path = std::move(l.path);
        l.path.shrink_to_fit();
      } else if (stdin_) {
        if (!stdin_lines_.Next(input.path)) return std::nullopt;
        input.path = Trim(input.path);
        if (input.path.empty() || !InShard(input.path)) continue;
        input.name = OutputName(input.path);
        if (claim_names_) input.clash = Claim(input.path, input.name.string());
      } else {
        return std::nullopt;
      }
      return std::make_pair(count_++, std::move(input));
    }
    return std::nullopt;
  }

  // --out-dir: two different inputs whose results would be the same file —
  // r1/x.txt and r2/x.txt are both DIR/x.txt.json (and y.error's result is
  // y's error file): the first such pair, as the output file and the two
  // paths, found before anything is converted. One would overwrite the other,
  // and each --resume would redo one of them. Paths that come on standard
  // input are checked as they come (against these too): see Input::clash.
  std::optional<std::array<std::string, 3>> NameClash() {
    std::vector<std::pair<std::string, size_t>> claims;  // an output file's name (less ".json"), the input
    claims.reserve(2 * listed_.size());
    for (size_t i = 0; i < listed_.size(); ++i) {
      std::string name = NameOf(listed_[i]).string();
      claims.emplace_back(name + ".error", i);
      claims.emplace_back(std::move(name), i);
    }
    std::sort(claims.begin(), claims.end());
    for (size_t i = 1; i < claims.size(); ++i) {
      const auto& [name, a] = claims[i - 1];
      const size_t b = claims[i].second;
      if (name == claims[i].first && !SameFile(listed_[a].path, listed_[b].path))
        return std::array<std::string, 3>{name + ".json", listed_[a].path, listed_[b].path};
    }
    if (stdin_) {
      claim_names_ = true;
      for (const auto& [name, i] : claims) claimed_.emplace(name, listed_[i].path);
    }
    return std::nullopt;
  }

  // Files the directory walks found and left out: not matching --include or
  // matching --exclude, or not regular files. The summary says how many, so
  // nothing goes unseen.
  size_t LeftOut() const { return left_out_; }

  // The listed paths that are not valid UTF-8, by the path written for them
  // (ValidUtf8): how --resume finds the file behind a stored path.
  std::multimap<std::string, std::string> NotUtf8() const {
    std::multimap<std::string, std::string> raw;
    for (const Listed& l : listed_)
      if (std::string shown = ValidUtf8(l.path); shown != l.path) raw.emplace(std::move(shown), l.path);
    return raw;
  }

  // The listed paths given more than once, as written (ValidUtf8), and how many
  // times; nullopt when paths come from standard input (not known in advance).
  std::optional<std::map<std::string, size_t>> Repeats() const {
    if (stdin_) return std::nullopt;
    std::vector<std::string_view> paths;
    paths.reserve(listed_.size());
    for (const Listed& l : listed_) paths.push_back(l.path);
    std::sort(paths.begin(), paths.end());
    std::map<std::string, size_t> repeats;
    for (size_t i = 0, j = 0; i < paths.size(); i = j) {
      for (j = i + 1; j < paths.size() && paths[j] == paths[i];) ++j;
      if (j - i > 1) repeats[ValidUtf8(std::string(paths[i]))] += j - i;
    }
    return repeats;
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
  static fs::path NameOf(const Listed& l) {
    return l.name_from != std::string::npos ? fs::path(l.path.substr(l.name_from)) : OutputName(l.path);
  }
  // The same file named twice (a/x.txt and ./a/x.txt): one result, no clash.
  static bool SameFile(const std::string& a, const std::string& b) {
    std::error_code ec;
    return a == b || fs::equivalent(a, b, ec) ||
           (ec && fs::path(a).lexically_normal() == fs::path(b).lexically_normal());
  }
  // Claims the output files of `path` (from standard input); the path that has one already, or "".
  std::string Claim(const std::string& path, const std::string& name) {
    for (const std::string& key : {name, name + ".error"}) {
      const auto [it, added] = claimed_.emplace(key, path);
      if (!added && !SameFile(it->second, path)) return it->second;
    }
    return "";
  }
  void Add(std::string path) {
    if (path.empty() || !InShard(path)) return;
    listed_.push_back({std::move(path), std::string::npos});
  }

  uint32_t shard_k_, shard_n_;
  bool stdin_;
  std::vector<Listed> listed_;
  StdinLines stdin_lines_;
  size_t next_ = 0;
  size_t count_ = 0;
  size_t left_out_ = 0;
  std::map<std::string, std::string> walk_errors_;  // a directory that could not be read -> why
  bool claim_names_ = false;
  std::map<std::string, std::string> claimed_;  // with --out-dir and standard input: output name -> input
  std::mutex mutex_;
};

// Writes finished lines: in input order through a window of at most `window`
// lines waiting (a worker that runs ahead waits), or as they come.
//
// The first write that fails stops the batch (g_write_failed; nothing more is
// converted or written): a full disk is not found out only at the end, after
// converting everything.
class LineWriter {
 public:
  LineWriter(std::ostream& out, std::string name, bool ordered, size_t window)
      : out_(out), name_(std::move(name)), ordered_(ordered), window_(window) {}

  // The line for input `index`; nullopt for an input with nothing to write (kept by --resume).
  void Put(size_t index, std::optional<std::string> line) {
    std::unique_lock<std::mutex> lock(mutex_);
    if (!ordered_) {
      if (line) Write(*line);
      return;
    }
    // Woken by each write, and every 100 ms to notice an interrupt (a signal handler cannot notify).
    while (!room_.wait_for(lock, std::chrono::milliseconds(100),
                           [&] { return index < next_ + window_ || Stopping(); })) {
    }
    pending_.emplace(index, std::move(line));
    bool wrote = false;
    for (auto it = pending_.find(next_); it != pending_.end(); it = pending_.find(next_)) {
      if (it->second) Write(*it->second);
      pending_.erase(it);
      ++next_;
      wrote = true;
    }
    if (wrote) room_.notify_all();
  }

 private:
  // One whole line per write: an interrupted batch leaves only complete lines.
  void Write(std::string& line) {
    if (g_write_failed.load()) return;
    line += '\n';
    errno = 0;
    out_.write(line.data(), static_cast<std::streamsize>(line.size()));
    out_.flush();
    if (!out_) {
      const int error = errno;
      g_write_failed.store(true);
      Wake();
      SayError(
          name_ + ": cannot write" +
          (error != 0 ? ": " + std::error_code(error, std::generic_category()).message() : std::string()) +
          "; stopped");
    }
  }

  std::ostream& out_;
  const std::string name_;
  const bool ordered_;
  const size_t window_;
  std::map<size_t, std::optional<std::string>> pending_;
  size_t next_ = 0;
  std::mutex mutex_;
  std::condition_variable room_;
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

// The stamp of a stored JSON document: its "generator", source.path and
// source.sha256, read by a SAX parser (no document tree), which can stop as soon
// as the three are seen. An error record has no generator: it is never current.
class StampReader : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, StampReader> {
 public:
  std::string generator, path, sha256;

  // `whole`: parse to the end, so a damaged line is not taken for a current one.
  explicit StampReader(bool whole) : whole_(whole) {}
  bool Complete() const { return seen_ == 7; }

  bool StartObject() {
    in_source_ = in_source_ || (depth_ == 1 && key_ == "source");
    ++depth_;
    key_.clear();
    return true;
  }
  bool EndObject(rapidjson::SizeType) {
    if (--depth_ == 1) in_source_ = false;
    return true;
  }
  bool StartArray() {
    ++depth_;
    key_.clear();
    return true;
  }
  bool EndArray(rapidjson::SizeType) {
    --depth_;
    return true;
  }
  bool Key(const char* s, rapidjson::SizeType n, bool) {
    if (depth_ == 1 || (depth_ == 2 && in_source_))
      key_.assign(s, n);
    else
      key_.clear();
    return true;
  }
  bool String(const char* s, rapidjson::SizeType n, bool) {
    if (depth_ == 1 && key_ == "generator") {
      generator.assign(s, n);
      seen_ |= 1;
    } else if (depth_ == 2 && in_source_ && key_ == "path") {
      path.assign(s, n);
      seen_ |= 2;
    } else if (depth_ == 2 && in_source_ && key_ == "sha256") {
      sha256.assign(s, n);
      seen_ |= 4;
    }
    key_.clear();
    return whole_ || !Complete();  // false stops the parser: the rest is not needed
  }
  bool Default() {
    key_.clear();
    return true;
  }

  // Parses `in`; true when it holds a whole stamp (and, with `whole`, is valid JSON to the end).
  template <typename Stream>
  bool Read(Stream& in) {
    rapidjson::Reader reader;
    const rapidjson::ParseResult result = reader.Parse(in, *this);
    return Complete() && (result || (!whole_ && result.Code() == rapidjson::kParseErrorTermination));
  }

 private:
  const bool whole_;
  int depth_ = 0;
  bool in_source_ = false;
  unsigned seen_ = 0;
  std::string key_;
};

// Whether DIR/NAME.json (written by an earlier run) is a document of this
// version for these bytes. It reads only the start of the file, up to the
// source's hash: no size limit applies to our own outputs, and none is needed.
bool StoredIsCurrent(const fs::path& stored, const std::string& sha256) {
  std::FILE* f = std::fopen(stored.c_str(), "rb");
  if (f == nullptr) return false;
  char buffer[16 << 10];
  rapidjson::FileReadStream in(f, buffer, sizeof buffer);
  StampReader stamp(false);
  const bool read = stamp.Read(in);
  std::fclose(f);
  return read && stamp.generator == Generator() && stamp.sha256 == sha256;
}

// Writes `text` to `path` through a temporary name and a rename: a reader (or an
// interrupted batch) sees the whole file or none.
bool WriteAtomically(const fs::path& path, const std::string& text) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  const fs::path tmp = path.string() + ".tmp-" + std::to_string(getpid()) + "-" +
                       std::to_string(std::hash<std::thread::id>()(std::this_thread::get_id()));
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << text << '\n';
    if (!out.flush()) return false;
  }
  fs::rename(tmp, path, ec);
  if (ec) fs::remove(tmp, ec);
  return !ec;
}

// Why `path` could not be read, as the system says: the library says "no such
// file" for a path whose status cannot be read (a file in a directory that may
// not be searched) and "cannot open" without a reason (a file that may not be
// read); either is "permission denied" here.
Status WhyUnreadable(const std::string& path, Status status) {
  if (status.code() != StatusCode::kNotFound && status.code() != StatusCode::kIoError) return status;
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd >= 0) {
    ::close(fd);
    return status;
  }
  const int error = errno;
  if (error == ENOENT || error == ENOTDIR) return status;
  return Status(StatusCode::kIoError,
                "cannot open: " + std::error_code(error, std::generic_category()).message());
}

// --resume with -o OUT.jsonl: keeps the whole, current document lines of OUT
// (this version, and a source.sha256 that still matches the file), drops the
// rest (error records, stale results, a line cut by an interruption), and
// returns the paths kept, each with its number of lines: as many inputs of that
// path need no second look. A path is kept as many times as the inputs list it
// (an input given twice has two lines: resuming a finished run changes
// nothing), at least once; with paths on standard input (`repeats` nullopt), as
// many times as OUT has it current. OUT is read a line
// at a time (memory: the longest line, whatever the file's size; OUT is our own
// output, so the input-size limit does not apply); it is rewritten (through a
// temporary file and a rename) only when a whole line is dropped, and only cut
// back when only its last line was cut off.
//
// The paths in OUT are as written (ValidUtf8): `raw` gives the listed inputs
// behind those that are not the file's own name. A path that is not UTF-8 and
// came on standard input cannot be found again: its line is redone.
using KeptLines = std::map<std::string, size_t>;
std::optional<KeptLines> KeepCurrentLines(const std::string& output, const ExtractOptions& options,
                                          const std::multimap<std::string, std::string>& raw,
                                          const std::optional<std::map<std::string, size_t>>& repeats) {
  KeptLines kept;
  const auto room = [&](const std::string& path) {  // for another line of `path`
    if (!repeats) return true;
    const auto it = repeats->find(path);
    return kept[path] < (it == repeats->end() ? 1 : it->second);
  };
  std::error_code ec;
  if (!fs::is_regular_file(output, ec)) return kept;  // nothing yet (or /dev/null, a pipe: nothing to keep)
  std::ifstream in(output, std::ios::binary);
  if (!in) {
    SayError(output + ": cannot read for --resume");
    return std::nullopt;
  }
  std::vector<bool> keep;  // for each whole line
  uint64_t whole_bytes = 0;
  bool cut = false;
  for (std::string line; std::getline(in, line);) {
    if (in.eof()) {  // no newline: a line cut off, dropped
      cut = true;
      break;
    }
    whole_bytes += line.size() + 1;
    rapidjson::StringStream stream(line.c_str());
    StampReader stamp(true);
    bool current = stamp.Read(stream) && stamp.generator == Generator() && room(stamp.path);
    if (current) {
      const auto is_current = [&](const std::string& path) {
        Result<std::string> bytes = ReadInputBytes(path, options);
        return bytes.ok() && Sha256Hex(*bytes) == stamp.sha256;
      };
      const auto [from, to] = raw.equal_range(stamp.path);
      current = from == to ? is_current(stamp.path)
                           : std::any_of(from, to, [&](const auto& r) { return is_current(r.second); });
    }
    if (current) ++kept[stamp.path];
    keep.push_back(current);
  }
  if (in.bad()) {
    SayError(output + ": cannot read for --resume");
    return std::nullopt;
  }
  if (std::find(keep.begin(), keep.end(), false) == keep.end()) {
    if (cut) fs::resize_file(output, whole_bytes, ec);
    if (ec) {
      SayError(output + ": cannot cut off its last, partial line for --resume: " + ec.message());
      return std::nullopt;
    }
    return kept;
  }
  // Some whole line goes: copy the others to a temporary file beside OUT, then rename it over OUT.
  in.clear();
  in.seekg(0);
  const std::string tmp = output + ".tmp-" + std::to_string(getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    std::string line;
    for (size_t i = 0; i < keep.size() && std::getline(in, line); ++i) {
      if (!keep[i]) continue;
      line += '\n';
      out.write(line.data(), static_cast<std::streamsize>(line.size()));
    }
    if (!out.flush() || in.bad()) {
      out.close();
      fs::remove(tmp, ec);
      SayError(output + ": cannot rewrite for --resume");
      return std::nullopt;
    }
  }
  fs::rename(tmp, output, ec);
  if (ec) {
    fs::remove(tmp, ec);
    SayError(output + ": cannot rewrite for --resume");
    return std::nullopt;
  }
  return kept;
}

int RunBatch(const BatchArgs& args) {
  uint32_t shard_k = 1, shard_n = 1;
  if (!args.shard.empty()) {
    unsigned k = 0, n = 0;
    char end = 0;
    if (std::sscanf(args.shard.c_str(), "%u/%u%c", &k, &n, &end) != 2 || n == 0 || k == 0 || k > n) {
      SayError("--shard " + args.shard + ": expected K/N with 1 <= K <= N");
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
  Lexicon lexicon;  // outlives the workers, which read it
  if (!ApplyTokenOptions(args.tokens, args.lexicons, lexicon, options)) return kExitBadInput;
  JsonOptions json;
  json.tokens = args.tokens;

  const bool to_dir = !args.out_dir.empty();
  if (to_dir && !args.output.empty()) {
    SayError("-o and --out-dir: give one");
    return kExitBadInput;
  }
  const bool to_stdout = !to_dir && (args.output.empty() || args.output == "-");
  if (args.resume && to_stdout) {
    SayError("--resume needs -o FILE or --out-dir DIR: it keeps what is already there");
    return kExitBadInput;
  }
  InputQueue queue(args, shard_k, shard_n);
  if (!queue.Expand(args)) return kExitBadInput;
  if (to_dir) {
    if (const auto clash = queue.NameClash()) {
      SayError("--out-dir: " + (*clash)[1] + " and " + (*clash)[2] + " would both be written to " +
               (fs::path(args.out_dir) / (*clash)[0]).string() +
               "; nothing converted. Convert them in separate runs or into separate --out-dir folders");
      return kExitBadInput;
    }
  }
  KeptLines done_before;  // -o OUT --resume: inputs whose current result OUT keeps, and how many times
  std::mutex done_before_mutex;
  if (args.resume && !to_dir) {
    auto kept = KeepCurrentLines(args.output, options, queue.NotUtf8(), queue.Repeats());
    if (!kept) return kExitBadInput;
    done_before = std::move(*kept);
  }
  const auto kept_before = [&](const std::string& shown) {  // takes one of the lines kept for `shown`
    std::lock_guard<std::mutex> lock(done_before_mutex);
    const auto it = done_before.find(shown);
    if (it == done_before.end() || it->second == 0) return false;
    --it->second;
    return true;
  };
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (!to_dir && !to_stdout) {
    file.open(args.output, std::ios::binary | (args.resume ? std::ios::app : std::ios::trunc));
    if (!file) {
      SayError(args.output + ": cannot open for writing");
      return kExitBadInput;
    }
    out = &file;
  }

  if (g_wake[0] < 0 && pipe2(g_wake, O_NONBLOCK | O_CLOEXEC) != 0) g_wake[0] = g_wake[1] = -1;
  struct sigaction action = {};
  action.sa_handler = OnInterrupt;
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);

  const unsigned jobs = std::max(1u, args.jobs);
  LineWriter writer(*out, to_stdout ? "standard output" : args.output, !args.unordered, size_t{4} * jobs);
  Counters counters;
  const auto start = std::chrono::steady_clock::now();
  const auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  std::vector<std::thread> workers;
  for (unsigned t = 0; t < jobs; ++t) {
    workers.emplace_back([&] {
      while (auto item = queue.Next()) {
        // Not a structured binding: clang 14 does not let the lambdas below capture one.
        const size_t index = item->first;
        const auto& input = item->second;
        const std::string& path = input.path;
        const std::string shown = ValidUtf8(path);  // the path as written in the JSON
        const fs::path target =
            to_dir ? fs::path(args.out_dir) / (input.name.string() + ".json") : fs::path();
        const auto skip = [&] {
          counters.skipped++;
          counters.done++;
          if (!to_dir) writer.Put(index, std::nullopt);
        };
        if (!input.clash.empty()) {  // --out-dir: another input's result has this name; never overwritten
          SayError("--out-dir: " + path + " would be written to " + target.string() + ", the result of " +
                   input.clash + "; not converted");
          counters.failed++;
          counters.done++;
          continue;
        }
        if (!done_before.empty() &&
            kept_before(shown)) {  // checked against the file's content when OUT was read
          skip();
          continue;
        }
        // Read once: the bytes give the hash --resume compares with DIR/NAME.json, and the document.
        Result<std::string> bytes = Status(StatusCode::kIoError, input.error);
        if (input.error.empty()) {
          bytes = ReadInputBytes(path, options);
          if (!bytes.ok()) bytes = WhyUnreadable(path, bytes.status());
        }
        if (bytes.ok() && args.resume && to_dir) {
          if (StoredIsCurrent(target, Sha256Hex(*bytes))) {
            skip();
            continue;
          }
        }
        std::string line;
        Result<Document> doc =
            bytes.ok() ? ExtractBytes(*bytes, path, options) : Result<Document>(bytes.status());
        bool ok = doc.ok();
        if (ok) {
          line = ToJson(*doc, json);
          counters.bytes += doc->source.size;
        } else {
          line = ErrorRecordJson(path, doc.status());
          if (bytes.ok()) counters.bytes += bytes->size();
        }
        if (to_dir) {
          // A result as DIR/NAME.json; a failure as DIR/NAME.error.json (so --resume tries it again).
          const fs::path error_file = target.string().substr(0, target.string().size() - 5) + ".error.json";
          std::error_code ec;
          if (!WriteAtomically(ok ? target : error_file, line)) {
            SayError(target.string() + ": cannot write");
            ok = false;
          }
          fs::remove(ok ? error_file : target, ec);
        }
        (ok ? counters.ok : counters.failed)++;
        if (!to_dir) writer.Put(index, std::move(line));
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
  char summary[320];
  std::snprintf(summary, sizeof summary,
                "%zu files, %zu ok, %zu failed, %zu current already, %zu left out of directories "
                "(--include/--exclude, not regular files), %.1f MB in %.2f s (%s, %s)%s",
                counters.done.load(), counters.ok.load(), counters.failed.load(), counters.skipped.load(),
                queue.LeftOut(), mb, seconds,
                Rate(static_cast<double>(counters.done.load()), seconds, "files").c_str(),
                Rate(mb, seconds, "MB").c_str(),
                g_write_failed.load()  ? "; stopped: the output cannot be written"
                : g_interrupted.load() ? "; interrupted"
                                       : "");
  std::cerr << "gongwen batch: " << summary << "\n";
  if (g_write_failed.load()) return kExitBadInput;
  if (!to_dir && FinishOutput(*out, args.output) != kExitOk) return kExitBadInput;
  if (g_interrupted.load()) return 130;
  return counters.failed.load() > 0 ? args.failed_exit_code : kExitOk;
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
  cmd->add_option("--out-dir", args->out_dir,
                  "Write one NAME.json per input under this folder, mirroring the input tree (a failure: "
                  "NAME.error.json), each through a temporary name and a rename");
  cmd->add_flag(
      "--resume", args->resume,
      "Skip inputs whose result is already there and current (same content hash and gongwen version); "
      "with -o, keep the file's current lines and append the rest");
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
  cmd->add_option("--failed-exit-code", args->failed_exit_code,
                  "Exit status when some documents failed (their error records are written); 0 for Hadoop "
                  "Streaming and Spark pipe(), where a non-zero exit fails the whole task")
      ->check(CLI::Range(0, 255))
      ->capture_default_str();
  cmd->add_flag("--keep-original", args->keep_original, "DOCX tracked changes: keep deleted text");
  cmd->add_flag("--tokens", args->tokens,
                "Add each task's \"tokens\" and \"keywords\" (as extract --tokens)");
  AddRepeatedFileOption(cmd, "--lexicon", args->lexicons,
                        "With --tokens: a user lexicon (one word per line); repeatable");
  AddLimitOptions(cmd, args->limits);
  cmd->callback([args, &run] {
    if (args->inputs.empty() && !args->stdin_paths)
      throw CLI::ValidationError("batch", "no inputs (or --stdin-paths)");
    run = [args] { return RunBatch(*args); };
  });
}

}  // namespace gongwen::cli
