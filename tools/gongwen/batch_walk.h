// gongwen batch's inputs: the arguments expanded (files, directories walked and
// filtered by globs, @LIST files, paths on standard input), the host's shard of
// them, and the name each one's result takes under --out-dir.
#ifndef GONGWEN_TOOLS_BATCH_WALK_H_
#define GONGWEN_TOOLS_BATCH_WALK_H_

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "batch_common.h"
#include "gongwen/status.h"

namespace gongwen::cli {

// --shard K/N: this host's share of the inputs, the paths whose FNV-1a hash is
// K-1 modulo N. Stable across machines and listings, so N hosts given the same
// inputs split them exactly.
struct Shard {
  uint32_t k = 1, n = 1;
  // "K/N", two decimal numbers with 1 <= K <= N < 2^32; nullopt otherwise (a sign, a space, a
  // number past 2^32 - 1 or anything after N).
  static std::optional<Shard> Parse(const std::string& text);
  bool Takes(std::string_view path) const;
};

// One input: its path, and the name its result takes under --out-dir: the path as given (as in
// source.path, however the input was given: found in a folder, listed, on standard input),
// normalized (a/./b and a/c/../b are a/b, a trailing slash dropped), without its root, and with a
// ".." left at its front as "__", so nothing is written outside DIR.
struct Input {
  std::string path;
  std::filesystem::path name;
  // --out-dir, paths on standard input: why an earlier input's result leaves this one no room, after
  // "would be written to DIR/NAME.json, " ("the result of r1/x.txt"); empty when there is none.
  std::string clash;
  // Why the input is an error record without being read: a directory the walk could not read, a line of
  // --stdin-documents that holds no document.
  std::string error;
  StatusCode error_code = StatusCode::kIoError;
  // --stdin-documents: the line of standard input that holds no document (from 1; 0 for none), and the
  // offset of its first byte there: the position of an error record named after that line.
  uint32_t error_line = 0;
  uint64_t error_offset = 0;
  std::optional<std::string> bytes;  // --stdin-documents: the document itself, given on standard input
  // --stdin-documents: the line that holds the document, read by ReadDocumentLine in the worker (not
  // under the queue's lock: it parses JSON and decodes base64). Until then `path` names the line.
  std::optional<std::string> document_line;
};

// A path holding a NUL byte, which names no file (a list made by find -print0, read a line at a time:
// the names run together): the queue makes it an error record, and under --out-dir it has no result
// file either (the system would read the name only up to the NUL: another file's).
inline bool HoldsNul(std::string_view path) { return path.find('\0') != std::string_view::npos; }
// What the messages about such a path advise.
inline constexpr std::string_view kNulAdvice =
    "paths ending in NUL, as find -print0 writes them, are read with --null";

// --stdin-documents: the document of `input.document_line` into `input`: its path and bytes, or an
// error record (named after the line, whose number and offset the queue set in error_line and
// error_offset; a document whose base64 is bad by its own path).
void ReadDocumentLine(Input& input);

// Lines of standard input as they come, waiting with poll() on standard input
// and the stop's wake pipe together: an interrupt ends the wait at once.
class StdinLines {
 public:
  // Lines end in `separator`: '\n', or '\0' for paths as find -print0 writes them.
  StdinLines(const BatchStop& stop, char separator) : stop_(stop), separator_(separator) {}
  // The next line (without its separator; the last may lack one); false at the
  // end of the input, or when the batch stops. A line longer than the limit is
  // not kept: it is given empty, with TooLong() true.
  bool Next(std::string& line);
  void LimitLines(size_t max_bytes) { max_line_ = max_bytes; }
  bool TooLong() const { return too_long_; }
  // The last line's number (from 1) and the offset of its first byte in standard input.
  size_t Number() const { return number_; }
  uint64_t Offset() const { return offset_; }

 private:
  void DropByteOrderMark(std::string& line);

  const BatchStop& stop_;
  const char separator_;
  size_t max_line_ = std::string::npos;
  bool skipping_ = false, too_long_ = false;  // in a line past the limit; the last line was one
  size_t number_ = 0;
  uint64_t offset_ = 0, skip_from_ = 0;
  uint64_t base_ = 0;  // the offset of buffer_[0] in standard input
  std::string buffer_;
  size_t start_ = 0, scanned_ = 0;  // the next line's start; how far it was searched for a newline
  bool eof_ = false;
};

// The inputs in order: given files as they are, directories walked (sorted, so
// two runs agree), @LIST files read (a folder there walked too), and the paths on standard input where "-"
// stands (with `stdin_paths` and no "-", after all the others). Next() may be
// called from several threads.
class InputQueue {
 public:
  // --include and --exclude globs match a walked file's name or its path below
  // the directory given, ignoring case. Paths in @LIST files and on standard input end in
  // `separator`: '\n' (a line end "\r\n" too), or '\0' (--null: each name exactly as it is).
  InputQueue(std::vector<std::string> include, std::vector<std::string> exclude, Shard shard,
             bool stdin_paths, char separator, const BatchStop& stop);

  // --stdin-documents: standard input holds documents, a JSON line each ({"path", "base64" or "text"}),
  // not paths; a line longer than `max_line` bytes (give or take one read's chunk) is an error record
  // (too-large), never held whole.
  void ReadDocuments(size_t max_line) {
    documents_ = stdin_ = true;
    stdin_lines_.LimitLines(max_line);
  }

  // Expands the arguments; false (after saying why) when one cannot be read.
  bool Expand(const std::vector<std::string>& arguments);

  // The next input and its place in the output; nullopt at the end, or when the batch stops.
  std::optional<std::pair<size_t, Input>> Next();

  // --out-dir: two different inputs whose results would be the same file —
  // r/x.txt and ./r/x.txt are both DIR/r/x.txt.json (and y.error's result is y's
  // error file) — found before anything is converted. One would overwrite the
  // other, and each --resume would redo one of them. One file by two paths
  // (x.txt and ./x.txt, a hard link) is two inputs too: each result names its
  // own path in source.path, so --resume would redo one of them every time. So are two results one of
  // which would have to be a folder holding the other: x.txt's DIR/x.txt.json, and x.txt.json/y.txt's
  // DIR/x.txt.json/y.txt.json. After this, paths that come on standard input are checked as they come,
  // against these too (Input::clash).
  struct NameClash {
    std::string result;  // the result's name under DIR
    std::string first, second;
    std::string inside;  // when not empty: second's result, below first's `result`, which is a file
  };
  std::optional<NameClash> FindNameClash();

  // Files the directory walks found and left out: not matching --include or
  // matching --exclude, or not regular files. The summary says how many, so
  // nothing goes unseen.
  size_t LeftOut() const { return left_out_; }

  // The paths listed more than once, by their exact bytes, and how many times;
  // nullopt when paths come from standard input (not known in advance).
  std::optional<std::map<std::string, size_t>> Repeats() const;

  // Each input listed before the run, with the name its result takes under --out-dir.
  void ForEachListed(
      const std::function<void(const std::string& path, const std::filesystem::path& name)>& use) const;

  // The first input listed before the run (standard input's are not yet known) for which `matches` is true.
  std::optional<std::string> FindListed(const std::function<bool(const std::string&)>& matches) const;

  // Whether this host's shard (--shard) takes the input of this path.
  bool Takes(std::string_view path) const { return shard_.Takes(path); }

  // The number of inputs when known in advance (none come from standard input).
  std::optional<size_t> Total() const;

 private:
  void Add(std::string path);
  void AddFileOrFolder(std::string path);
  bool TakeDocumentLine(Input& input) const;
  std::string PathOf(std::string line) const;
  std::string Claim(const std::string& path, const std::string& name, size_t index);
  std::string InputAt(size_t index) const;

  const std::vector<std::string> include_, exclude_;
  const Shard shard_;
  const BatchStop& stop_;
  bool stdin_;
  size_t stdin_at_ = std::string::npos;  // the paths on standard input come before listed_[stdin_at_]
  bool stdin_done_ = false;
  bool documents_ = false;  // --stdin-documents
  const char separator_;
  // The inputs listed before the run, by path (strings, not std::filesystem::path: for a 20 000-file
  // tree, 2 MB instead of 13 MB).
  std::vector<std::string> listed_;
  StdinLines stdin_lines_;
  size_t next_ = 0;
  size_t count_ = 0;
  size_t left_out_ = 0;
  std::map<std::string, std::string> walk_errors_;  // a directory that could not be read -> why
  bool claim_names_ = false;
  // With --out-dir and paths on standard input: the result files claimed so far, and the folders ending in
  // ".json" that hold one, each by a hash of its name under DIR (less ".json"), with the input that
  // claimed it, also by a hash, and its place: not the names, so that a stream of a million paths holds
  // no million names (a false clash takes two 64-bit hashes alike). Messages name that input by its path,
  // or by its line on standard input.
  struct Claimant {
    size_t path_hash;
    size_t index;
  };
  std::unordered_map<size_t, Claimant> claimed_files_, claimed_folders_;
  std::mutex mutex_;
};

}  // namespace gongwen::cli

#endif  // GONGWEN_TOOLS_BATCH_WALK_H_
