#include "gongwen/extract.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include "gongwen/block.h"
#include "gongwen/build.h"
#include "gongwen/recognize.h"

namespace gongwen {

namespace {

bool LooksLikeOle(std::string_view bytes) {
  return bytes.size() >= 8 && bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
}

Result<std::string> ReadWholeFile(const std::string& path, uint64_t limit) {
  std::string bytes;
  if (path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
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
  if (!ec && size > limit)
    return Status(StatusCode::kTooLarge,
                  "file is " + std::to_string(size) + " bytes, more than the limit of " + std::to_string(limit))
        .WithFile(path);
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
  }
  if (in.bad()) return Status(StatusCode::kIoError, "read error").WithFile(path);
  return bytes;
}

}  // namespace

Result<Reading> ReadAny(std::string_view bytes, std::string path, const ExtractOptions& options) {
  if (LooksLikeZip(bytes)) return ReadDocx(bytes, std::move(path), options.docx);
  if (LooksLikeOle(bytes))
    return Status(StatusCode::kUnsupportedFormat,
                  "an OLE compound file (a .doc, or an encrypted .docx) is not supported; save it as .docx")
        .WithFile(path);
  Result<Source> source = DecodeSource(bytes, std::move(path), options.read);
  if (!source.ok()) return source.status();
  Reading reading{std::move(source).value(), {}};
  reading.blocks = ReadTextBlocks(reading.source);
  return reading;
}

Document ExtractFromReading(Reading&& reading, const ExtractOptions& options) {
  Diagnostics diagnostics = reading.source.diagnostics();
  Blocks blocks = Normalize(std::move(reading.blocks), reading.source, diagnostics, options.normalize);
  return BuildDocument(reading.source, Recognize(std::move(blocks)), std::move(diagnostics));
}

Document ExtractFromReading(const Reading& reading, const ExtractOptions& options) {
  return ExtractFromReading(Reading{reading.source, reading.blocks}, options);
}

Document ExtractFromSource(const Source& source, const ExtractOptions& options) {
  Reading reading{source, ReadTextBlocks(source)};
  return ExtractFromReading(std::move(reading), options);
}

Result<Document> ExtractBytes(std::string_view bytes, std::string path, const ExtractOptions& options) {
  Result<Reading> reading = ReadAny(bytes, std::move(path), options);
  if (!reading.ok()) return reading.status();
  return ExtractFromReading(std::move(reading).value(), options);
}

Result<Document> ExtractFile(const std::string& path, const ExtractOptions& options) {
  Result<std::string> bytes = ReadWholeFile(path, std::max(options.read.max_bytes, options.docx.max_total_bytes));
  if (!bytes.ok()) return bytes.status();
  return ExtractBytes(*bytes, path, options);
}

}  // namespace gongwen
