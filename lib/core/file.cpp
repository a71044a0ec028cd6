#include "core/file.h"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include "core/utf8.h"

namespace gongwen::internal {

Result<std::string> ReadFileBytes(const std::string& path, uint64_t max_bytes) {
  std::string bytes;
  if (path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    if (bytes.size() > max_bytes)
      return Status(StatusCode::kTooLarge,
                    "standard input is larger than the limit of " + std::to_string(max_bytes))
          .WithFile(path);
    return bytes;
  }
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  // The system's reason when it is not "absent": a file in a directory that may not be searched.
  if (ec && ec != std::errc::no_such_file_or_directory && ec != std::errc::not_a_directory)
    return Status(StatusCode::kIoError, "cannot read: " + ec.message()).WithFile(path);
  if (ec || !std::filesystem::exists(status))
    return Status(StatusCode::kNotFound, "no such file").WithFile(path);
  if (std::filesystem::is_directory(status))
    return Status(StatusCode::kIoError, "is a directory, not a file").WithFile(path);
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int error = errno;  // filebuf::open sets it from open(2)
    return Status(StatusCode::kIoError,
                  std::string("cannot open for reading") +
                      (error != 0 ? ": " + std::error_code(error, std::generic_category()).message() : ""))
        .WithFile(path);
  }
  auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > max_bytes) return InputTooLarge(size, max_bytes, path);
  // Read in large blocks; the size is only a hint (the file may change under us).
  constexpr size_t kChunk = 1 << 20;
  if (!ec) bytes.reserve(static_cast<size_t>(size) + 1);
  for (size_t got = 0;;) {
    // Up to the reserved size (one byte past the file's: a file that grew is seen), then a chunk at a
    // time: a file of exactly the reserved size is never held twice over by a doubling string.
    const size_t step = bytes.capacity() > got ? std::min(kChunk, bytes.capacity() - got) : kChunk;
    bytes.resize(got + step);
    in.read(bytes.data() + got, static_cast<std::streamsize>(step));
    got += static_cast<size_t>(in.gcount());
    if (!in) {
      bytes.resize(got);
      break;
    }
    if (got > max_bytes)
      return Status(StatusCode::kTooLarge, "file grew past the limit of " + std::to_string(max_bytes))
          .WithFile(path);
  }
  if (in.bad()) return Status(StatusCode::kIoError, "read error").WithFile(path);
  return bytes;
}

Status InputTooLarge(uint64_t size, uint64_t max_bytes, const std::string& path) {
  return Status(StatusCode::kTooLarge, "input is " + std::to_string(size) +
                                           " bytes, more than the limit of " + std::to_string(max_bytes))
      .WithFile(path);
}

Status ForEachListLine(const std::string& path, const std::function<Status(std::string_view line)>& fn) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kIoError, "cannot open").WithFile(path);
  std::string line;
  uint32_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string_view l = TrimSpaces(line);
    if (l.empty() || l.front() == '#') continue;
    Status status;
    for (size_t i = 0; i < l.size() && status.ok();)
      if (NextCodePoint(l, i) == 0xFFFD) status = Status(StatusCode::kInvalidEncoding, "not UTF-8");
    if (status.ok()) status = fn(l);
    if (!status.ok())
      return Status(status.code(), status.message()).WithFile(path).WithPosition(number, 1, 0);
  }
  if (in.bad()) return Status(StatusCode::kIoError, "cannot read").WithFile(path);
  return Status();
}

}  // namespace gongwen::internal
