// Where gongwen batch writes: JSON lines to one stream in input order, and
// whole files through a temporary name and a rename.
#ifndef GONGWEN_TOOLS_BATCH_OUTPUT_H_
#define GONGWEN_TOOLS_BATCH_OUTPUT_H_

#include <condition_variable>
#include <cstddef>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <string_view>

#include "batch_common.h"

namespace gongwen::cli {

// A file written whole or not at all: the bytes go to a temporary file beside
// `path` (.gongwen-tmp-HOST-PID-N, in the same directory so the rename is atomic), which
// Commit() renames over `path`. A reader, an interrupted batch or a full disk
// leaves either the old file or the new one, never part of one, and never the
// temporary file: the destructor removes it unless committed. One thread at a time.
class AtomicFile {
 public:
  explicit AtomicFile(std::filesystem::path path);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();

  // Gives the new file the permission bits of `existing`, the file it is to replace (a result
  // made private stays private); nothing when that cannot be read.
  void KeepModeOf(const std::filesystem::path& existing);
  // Each false after a failure, with error() saying why.
  bool Write(std::string_view bytes);
  bool Commit();
  // The failure, as "cannot write: No space left on device".
  const std::string& error() const { return error_; }

 private:
  bool Fail(const char* what, int error);

  const std::filesystem::path path_, tmp_;
  int fd_ = -1;
  bool created_ = false, committed_ = false;
  std::string error_;
};

// `text` and a newline as the whole of `path` (an AtomicFile), its folder made
// first. False with `error` set when it could not be written; `path` is then as it was.
bool WriteAtomically(const std::filesystem::path& path, std::string_view text, std::string& error);

// The temporary files (.gongwen-tmp-HOST-PID-N) that a batch killed outright (SIGKILL, a power cut:
// no destructor ran) left in a folder it wrote to, removed by the next batch on the same host that
// writes there: those whose process is gone. A live process's (another batch writing into the same
// folder), another host's, and every other file are left. Each folder is looked at once. Thread-safe.
class LeftoverSweeper {
 public:
  void Sweep(const std::filesystem::path& folder);

 private:
  std::set<std::filesystem::path> swept_;
  std::mutex mutex_;
};

// Writes finished lines to `out`, one whole line per write (an interrupted batch
// leaves only whole lines): in input order through a window of at most `window`
// lines waiting (a worker that runs ahead waits), or as they come. Thread-safe.
//
// The first write that fails stops the batch (`stop`), naming `name` and the
// reason: a full disk is found out at once, not after converting everything.
class LineWriter {
 public:
  LineWriter(std::ostream& out, std::string name, bool ordered, size_t window, BatchStop& stop)
      : out_(out), name_(std::move(name)), ordered_(ordered), window_(window), stop_(stop) {}

  // The line of input `index`; nullopt for an input with nothing to write (kept by --resume).
  void Put(size_t index, std::optional<std::string> line);
  // The lines written whole so far (the documents converted may be more, when a write failed).
  size_t Written() {
    std::lock_guard<std::mutex> lock(mutex_);
    return written_;
  }

 private:
  void Write(std::string& line);

  std::ostream& out_;
  const std::string name_;
  const bool ordered_;
  const size_t window_;
  BatchStop& stop_;
  std::map<size_t, std::optional<std::string>> pending_;
  size_t next_ = 0;
  size_t written_ = 0;
  std::mutex mutex_;
  std::condition_variable room_;
};

}  // namespace gongwen::cli

#endif  // GONGWEN_TOOLS_BATCH_OUTPUT_H_
