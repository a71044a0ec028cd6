#include "batch_common.h"

#include <fcntl.h>
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
struct sigaction g_saved_int, g_saved_term;

extern "C" void OnStopSignal(int) {
  const int saved = errno;
  if (BatchStop* stop = g_catching.load()) stop->Interrupt();
  errno = saved;
}

// The length of the UTF-8 sequence at text[i]; 0 when it is not well-formed.
size_t Utf8Length(std::string_view text, size_t i) {
  const auto b = [&](size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0u; };
  const auto tail = [&](size_t k) { return (b(k) & 0xC0) == 0x80; };
  const unsigned c = b(0);
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

}  // namespace

BatchStop::~BatchStop() {
  if (wake_[0] >= 0) {  // the handlers were installed with the pipe
    sigaction(SIGINT, &g_saved_int, nullptr);
    sigaction(SIGTERM, &g_saved_term, nullptr);
    g_catching.store(nullptr);
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

bool IsUtf8(std::string_view text) {
  for (size_t i = 0, n; i < text.size(); i += n)
    if ((n = Utf8Length(text, i)) == 0) return false;
  return true;
}

void SayError(const std::string& message) { PrintError(AsWrittenUtf8(message)); }

}  // namespace gongwen::cli
