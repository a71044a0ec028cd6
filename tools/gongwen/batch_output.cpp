#include "batch_output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <system_error>

namespace gongwen::cli {

namespace fs = std::filesystem;

namespace {

std::string Reason(int error) { return std::error_code(error, std::generic_category()).message(); }

constexpr std::string_view kTemporaryPrefix = ".gongwen-tmp-";

// The start of this host's temporary names, ".gongwen-tmp-HOST-": HOST is up to 16 of the machine
// name's letters, digits, '.' and '_', then the FNV-1a hash of the whole name in 8 hex digits
// (worker-0 and worker-1, node-1-2 and node-12, are told apart). A process number means something on
// its own machine (and in its own container) only: batches on several hosts may write into one folder
// (NFS), and none may take another's file for a dead one's. tests/cli/batch_test.sh makes the same tag.
const std::string& HostPrefix() {
  static const std::string prefix = [] {
    char host[256] = {};
    if (gethostname(host, sizeof host - 1) != 0) host[0] = '\0';
    std::string t;
    uint32_t hash = 2166136261u;
    for (const char* c = host; *c != '\0'; ++c) {
      hash = (hash ^ static_cast<unsigned char>(*c)) * 16777619u;
      if ((std::isalnum(static_cast<unsigned char>(*c)) || *c == '.' || *c == '_') && t.size() < 16) t += *c;
    }
    char hex[9];
    std::snprintf(hex, sizeof hex, "%08x", hash);
    return std::string(kTemporaryPrefix) + t + hex + "-";
  }();
  return prefix;
}

// A name no other writer in this process or another uses at the same time, in the result's
// folder (so that the rename is atomic) and short: the result's own name may be as long as the
// system allows (a Chinese title of 80 characters is 240 bytes of a 255-byte limit), and a suffix
// on it would pass the limit.
fs::path TemporaryName(const fs::path& path) {
  static std::atomic<unsigned long> next{0};
  return path.parent_path() / (HostPrefix() + std::to_string(getpid()) + "-" + std::to_string(next++));
}

// The process of this host that made the temporary file `name` (".gongwen-tmp-HOST-PID-N"); 0 for
// another name, or another host's file.
pid_t MakerOf(std::string_view name) {
  if (!name.starts_with(HostPrefix())) return 0;
  name.remove_prefix(HostPrefix().size());
  pid_t pid = 0;
  const auto [end, error] = std::from_chars(name.data(), name.data() + name.size(), pid);
  return error == std::errc() && pid > 0 && end != name.data() + name.size() && *end == '-' ? pid : 0;
}

}  // namespace

AtomicFile::AtomicFile(fs::path path) : path_(std::move(path)), tmp_(TemporaryName(path_)) {
  fd_ = ::open(tmp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd_ < 0)
    Fail("cannot write", errno);
  else
    created_ = true;
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) ::close(fd_);
  if (created_ && !committed_) ::unlink(tmp_.c_str());
}

void AtomicFile::KeepModeOf(const fs::path& existing) {
  struct stat st;
  if (fd_ >= 0 && ::stat(existing.c_str(), &st) == 0) ::fchmod(fd_, st.st_mode & 07777);
}

bool AtomicFile::Fail(const char* what, int error) {
  if (error_.empty()) error_ = std::string(what) + ": " + Reason(error);
  return false;
}

bool AtomicFile::Write(std::string_view bytes) {
  if (fd_ < 0 || !error_.empty()) return false;
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return Fail("cannot write", n < 0 ? errno : ENOSPC);
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

bool AtomicFile::Commit() {
  if (fd_ < 0 || !error_.empty()) return false;
  const int closed = ::close(fd_);
  fd_ = -1;
  if (closed != 0) return Fail("cannot write", errno);
  if (::rename(tmp_.c_str(), path_.c_str()) != 0)
    return Fail("cannot rename its temporary file over it", errno);
  committed_ = true;
  return true;
}

void LeftoverSweeper::Sweep(const fs::path& folder) {
  const fs::path dir = folder.empty() ? fs::path(".") : folder;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!swept_.insert(dir).second) return;
  }
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const pid_t maker = MakerOf(it->path().filename().native());
    // Gone: no such process (a live one, even another user's, answers or refuses: EPERM).
    if (maker != 0 && maker != getpid() && kill(maker, 0) != 0 && errno == ESRCH) {
      std::error_code removed;
      fs::remove(it->path(), removed);
    }
  }
}

bool WriteAtomically(const fs::path& path, std::string_view text, std::string& error) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);  // a failure shows when the file is made
  AtomicFile file(path);
  if (file.Write(text) && file.Write("\n") && file.Commit()) return true;
  error = file.error();
  return false;
}

void LineWriter::Put(size_t index, std::optional<std::string> line) {
  std::unique_lock<std::mutex> lock(mutex_);
  if (!ordered_) {
    if (line) Write(*line);
    return;
  }
  // Woken by each write, and every 100 ms to notice a stop (a signal handler cannot notify).
  while (!room_.wait_for(lock, std::chrono::milliseconds(100),
                         [&] { return index < next_ + window_ || stop_.Stopping(); })) {
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

void LineWriter::Write(std::string& line) {
  if (stop_.OutputFailed()) return;
  line += '\n';
  errno = 0;
  out_.write(line.data(), static_cast<std::streamsize>(line.size()));
  out_.flush();
  if (!out_) {
    const int error = errno;
    stop_.FailOutput(name_ + ": cannot write" + (error != 0 ? ": " + Reason(error) : std::string()) +
                     "; stopped");
  } else {
    ++written_;
  }
}

}  // namespace gongwen::cli
