#include "core/file.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

namespace gongwen::internal {

Result<std::string> ReadFileBytes(const std::string& path, uint64_t max_bytes) {
  std::string bytes;
  if (path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    if (bytes.size() > max_bytes)
      return Status(StatusCode::kTooLarge, "standard input is larger than the limit of " + std::to_string(max_bytes))
          .WithFile(path);
    return bytes;
  }
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) return Status(StatusCode::kNotFound, "no such file").WithFile(path);
  if (std::filesystem::is_directory(status))
    return Status(StatusCode::kIoError, "is a directory, not a file").WithFile(path);
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kIoError, "cannot open for reading").WithFile(path);
  auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > max_bytes)
    return Status(StatusCode::kTooLarge,
                  "file is " + std::to_string(size) + " bytes, more than the limit of " + std::to_string(max_bytes))
        .WithFile(path);
  // Read in large blocks; the size is only a hint (the file may change under us).
  constexpr size_t kChunk = 1 << 20;
  if (!ec) bytes.reserve(static_cast<size_t>(size) + 1);
  for (size_t got = 0;;) {
    bytes.resize(got + kChunk);
    in.read(bytes.data() + got, static_cast<std::streamsize>(kChunk));
    got += static_cast<size_t>(in.gcount());
    if (!in) {
      bytes.resize(got);
      break;
    }
    if (got > max_bytes)
      return Status(StatusCode::kTooLarge, "file grew past the limit of " + std::to_string(max_bytes)).WithFile(path);
  }
  if (in.bad()) return Status(StatusCode::kIoError, "read error").WithFile(path);
  return bytes;
}

}  // namespace gongwen::internal
