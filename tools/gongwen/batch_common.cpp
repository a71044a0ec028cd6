#include "batch_common.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

#include "commands.h"
#include "gongwen/json.h"

namespace gongwen::cli {

namespace {

// The batch whose stop the signals set: a handler gets no argument, so this is
// the one thing that must be global. Lock-free, so the handler may read it.
std::atomic<BatchStop*> g_catching{nullptr};
struct sigaction g_saved_int, g_saved_term, g_saved_pipe;

extern "C" void OnStopSignal(int) {
  const int saved = errno;
  if (BatchStop* stop = g_catching.load()) stop->Interrupt();
  errno = saved;
}

}  // namespace

BatchStop::~BatchStop() {
  if (wake_[0] >= 0) {  // the handlers were installed with the pipe
    g_catching.store(nullptr);
    // Once stopped by a signal, the handler stays (doing nothing now): `timeout` passes a TERM on to the
    // batch and to its process group, so a second one may come while the batch winds down, and the default
    // action would kill it (exit 143) before it says why it stopped (exit 130).
    if (!interrupted_.load()) {
      sigaction(SIGINT, &g_saved_int, nullptr);
      sigaction(SIGTERM, &g_saved_term, nullptr);
    }
    sigaction(SIGPIPE, &g_saved_pipe, nullptr);
  }
  for (int fd : wake_)
    if (fd >= 0) close(fd);
}

bool BatchStop::CatchSignals() {
  if (pipe2(wake_, O_NONBLOCK | O_CLOEXEC) != 0) {
    wake_[0] = wake_[1] = -1;
    SayError(std::string("cannot make the pipe that stops the batch on SIGINT or SIGTERM: ") +
             std::strerror(errno));
    return false;
  }
  g_catching.store(this);
  struct sigaction action = {};
  action.sa_handler = OnStopSignal;
  action.sa_flags = SA_RESTART;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, &g_saved_int);
  sigaction(SIGTERM, &action, &g_saved_term);
  // A reader that closes the pipe early (`gongwen batch … | head`) makes the next write fail with
  // EPIPE, an output that cannot be written (exit 2, said), instead of killing the process
  // silently with SIGPIPE (exit 141, no summary).
  struct sigaction ignore = {};
  ignore.sa_handler = SIG_IGN;
  sigemptyset(&ignore.sa_mask);
  sigaction(SIGPIPE, &ignore, &g_saved_pipe);
  return true;
}

void BatchStop::Interrupt() {
  interrupted_.store(true);
  Wake();
}

void BatchStop::FailOutput(const std::string& message) {
  if (output_failed_.exchange(true)) return;
  Wake();
  SayError(message);
}

void BatchStop::Wake() {
  if (wake_[1] >= 0) {
    const char byte = 0;
    [[maybe_unused]] const ssize_t n = write(wake_[1], &byte, 1);
  }
}

Result<std::string> ReadBatchInput(const std::string& path, const ExtractOptions& options,
                                   std::optional<FileId> not_this) {
  const std::string file = path == "-" ? "./-" : path;
  // One stat() answers both questions; a path that has none fails in the reader, with its reason.
  if (struct stat st; stat(file.c_str(), &st) == 0) {
    if (!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode))  // a directory gets the reader's own message
      return Status(StatusCode::kIoError, "not a regular file (a pipe, socket or device): not read")
          .WithFile(path);
    if (not_this == FileId{static_cast<uint64_t>(st.st_dev), static_cast<uint64_t>(st.st_ino)})
      return Status(StatusCode::kInvalidArgument, "the batch's output file: not read as an input")
          .WithFile(path);
  }
  return ReadInputBytes(file, options);
}

std::optional<FileId> FileIdOf(const std::string& path) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return std::nullopt;
  return FileId{static_cast<uint64_t>(st.st_dev), static_cast<uint64_t>(st.st_ino)};
}

void SayError(const std::string& message) { PrintError(AsWrittenUtf8(message)); }

}  // namespace gongwen::cli
