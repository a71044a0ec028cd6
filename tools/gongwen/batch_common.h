// What the parts of gongwen batch share: the state that stops a batch early,
// and messages that name files.
#ifndef GONGWEN_TOOLS_BATCH_COMMON_H_
#define GONGWEN_TOOLS_BATCH_COMMON_H_

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "gongwen/extract.h"

namespace gongwen::cli {

// Why a batch stops before its inputs are done: an interrupt (SIGINT or
// SIGTERM) or an output that cannot be written. One per batch, shared by its
// threads (every member is thread-safe); it outlives them.
//
// A thread waiting for paths on standard input polls WakeFd() as well: a signal
// may go to any thread, so it does not interrupt a read() another thread sits in.
class BatchStop {
 public:
  BatchStop() = default;
  BatchStop(const BatchStop&) = delete;
  BatchStop& operator=(const BatchStop&) = delete;
  // Gives SIGINT, SIGTERM and SIGPIPE back their earlier actions and closes the wake pipe.
  ~BatchStop();

  // From now on SIGINT and SIGTERM stop this batch instead of killing the
  // process, so what is written stays whole and temporary files are removed;
  // SIGPIPE is ignored, so a closed output is a write that fails.
  // The handler restarts interrupted system calls (SA_RESTART): a worker blocked
  // writing to a slow pipe goes on writing instead of failing with EINTR. False,
  // after saying why, when the wake pipe cannot be made: a batch that could not
  // be stopped at once while waiting for paths must not start.
  bool CatchSignals();

  // Stops the batch as for an interrupt. Async-signal-safe.
  void Interrupt();
  // Stops the batch because an output cannot be written; the first reason is said (later ones add nothing).
  void FailOutput(const std::string& message);

  bool Interrupted() const { return interrupted_.load(); }
  bool OutputFailed() const { return output_failed_.load(); }
  bool Stopping() const { return Interrupted() || OutputFailed(); }
  // Readable once the batch is stopping; -1 before CatchSignals().
  int WakeFd() const { return wake_[0]; }

 private:
  void Wake();  // async-signal-safe

  std::atomic<bool> interrupted_{false};
  std::atomic<bool> output_failed_{false};
  int wake_[2] = {-1, -1};  // open from CatchSignals() on, the handlers with it
};

// A file as the system knows it (device and inode): two paths of one file, or a hard link, are one.
struct FileId {
  uint64_t device = 0, inode = 0;
  bool operator==(const FileId&) const = default;
};
// The file `path` names (a link followed); nullopt when there is none or it cannot be examined.
std::optional<FileId> FileIdOf(const std::string& path);

// The bytes of an input the batch was given (in a list, on standard input, in a stored result),
// as ReadInputBytes reads them, but:
// - the path always names a file: "-" is the file of that name here, which the library's readers
//   would take for standard input (as `gongwen extract -` does);
// - only a regular file (or a link to one) is read: opening a FIFO waits for a writer, for ever,
//   and SIGINT could not stop it (open is restarted). A directory walk leaves such files out; a
//   path given by name is an io-error record.
// - with `not_this` (-o's file), that file is refused, not read: a path on standard input may name it,
//   emptied when it was opened.
Result<std::string> ReadBatchInput(const std::string& path, const ExtractOptions& options,
                                   std::optional<FileId> not_this = std::nullopt);

// Prints "gongwen: <message>" with each byte that is not UTF-8 as U+FFFD: the
// paths it names are any bytes (a GBK file name from an old archive), and a
// terminal or log expects UTF-8.
void SayError(const std::string& message);

}  // namespace gongwen::cli

#endif  // GONGWEN_TOOLS_BATCH_COMMON_H_
