#include "gongwen/extract.h"

#include "core/file.h"
#include "source/mhtml.h"

#include "gongwen/block.h"
#include "gongwen/build.h"
#include "gongwen/recognize.h"

namespace gongwen {

namespace {

bool LooksLikeOle(std::string_view bytes) {
  return bytes.size() >= 8 && bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
}

}  // namespace

std::string_view InputFormatOf(std::string_view bytes) { return LooksLikeZip(bytes) ? "docx" : "text"; }

Result<Reading> ReadAny(std::string_view bytes, std::string path, const ExtractOptions& options) {
  if (bytes.size() > options.read.max_bytes)  // for a DOCX too, as the text reader refuses a text
    return internal::InputTooLarge(bytes.size(), options.read.max_bytes, path);
  if (LooksLikeZip(bytes)) return ReadDocx(bytes, std::move(path), options.docx);
  if (LooksLikeOle(bytes))
    return Status(StatusCode::kUnsupportedFormat,
                  "an OLE compound file (a .doc, or an encrypted .docx) is not supported; save it as .docx")
        .WithFile(path);
  // Word's 单个文件网页 (.mht): the page inside the MIME message, read as a saved page is.
  if (internal::LooksLikeMhtml(bytes)) return internal::ReadMhtml(bytes, std::move(path), options.read);
  Result<Source> source = DecodeSource(bytes, std::move(path), options.read);
  if (!source.ok()) return source.status();
  Reading reading{std::move(source).value(), {}};
  reading.blocks = ReadTextBlocks(reading.source);
  return reading;
}

namespace {

// normalize → recognize → build over a source and its blocks; the source is
// only read, never copied.
Document Pipeline(const Source& source, Blocks blocks, const ExtractOptions& options) {
  Diagnostics diagnostics = source.diagnostics();
  Blocks normalized = Normalize(std::move(blocks), source, diagnostics, options.normalize);
  Document doc = BuildDocument(source, Recognize(std::move(normalized)), std::move(diagnostics));
  Enrich(doc, source, options.enrich);
  return doc;
}

}  // namespace

Document ExtractFromReading(Reading&& reading, const ExtractOptions& options) {
  return Pipeline(reading.source, std::move(reading.blocks), options);
}

Document ExtractFromReading(const Reading& reading, const ExtractOptions& options) {
  return Pipeline(reading.source, reading.blocks, options);
}

Document ExtractFromSource(const Source& source, const ExtractOptions& options) {
  return Pipeline(source, ReadTextBlocks(source), options);
}

Result<Document> ExtractBytes(std::string_view bytes, std::string path, const ExtractOptions& options) {
  Result<Reading> reading = ReadAny(bytes, std::move(path), options);
  if (!reading.ok()) return reading.status();
  return ExtractFromReading(std::move(reading).value(), options);
}

// The input-size limit holds for every format (docs/limits.md): a file past it is refused by its
// size, before a byte is read (a 300 MB text under --max-input-mb 1 was read whole, up to the DOCX
// limit, and only then refused; a DOCX past it was not refused at all).
Result<std::string> ReadInputBytes(const std::string& path, const ExtractOptions& options) {
  return internal::ReadFileBytes(path, options.read.max_bytes);
}

Result<Document> ExtractFile(const std::string& path, const ExtractOptions& options) {
  Result<Reading> reading = [&]() -> Result<Reading> {
    Result<std::string> bytes = ReadInputBytes(path, options);
    if (!bytes.ok()) return bytes.status();
    return ReadAny(*bytes, path, options);
  }();  // the file's bytes are freed here: the source holds what the pipeline reads
  if (!reading.ok()) return reading.status();
  return ExtractFromReading(std::move(reading).value(), options);
}

}  // namespace gongwen
