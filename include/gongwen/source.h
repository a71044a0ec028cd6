// gongwen/source.h — stage 1: bytes in, UTF-8 text and positions out.
//
// A Source owns the decoded text of one input file together with what is needed
// to map any place in that text back to the original file: line, column and the
// byte offset in the original bytes, whatever their encoding (UTF-8, UTF-16 with
// a BOM, GB18030/GBK, Big5).
//
// Encoding detection considers only what Chinese archives hold: a BOM decides
// first; otherwise valid UTF-8 is UTF-8; otherwise ICU's charset detector chooses
// among GB18030 (which covers GBK and GB2312), Big5 and UTF-8. A Western code
// page is never chosen. ReadOptions::encoding overrides detection.
//
// A Source is immutable once built and may be shared between threads.
#ifndef GONGWEN_SOURCE_H_
#define GONGWEN_SOURCE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gongwen/diagnostic.h"
#include "gongwen/export.h"
#include "gongwen/span.h"
#include "gongwen/status.h"

namespace gongwen {

struct ReadOptions {
  // Name of the encoding to decode with, bypassing detection ("GB18030",
  // "UTF-16LE", "Big5", ...; any name ICU knows). Empty: detect.
  std::string encoding;
  // Replace undecodable bytes with U+FFFD and record a warning diagnostic for
  // each, instead of failing with StatusCode::kInvalidEncoding.
  bool lenient = false;
  // Inputs larger than this fail with StatusCode::kTooLarge.
  uint64_t max_bytes = uint64_t{512} << 20;
};

// For readers of package formats: a Source over the text they extracted.
struct ExtractedText {
  std::string path;
  std::string format;                    // "docx"
  std::string text;                      // the extracted text, one block per line
  std::vector<uint32_t> original_of;     // for each byte of text (and one past the end): its offset in the original part
  // Or, instead of original_of (used when well-formed), the same map as steps: [text offset, original
  // offset] pairs, text offsets rising from 0, one where the original offset changes; a text offset
  // maps as the last step at or before it. A paragraph is one step, where original_of was 4 bytes a byte.
  std::vector<uint32_t> original_steps;
  std::vector<std::pair<std::string, std::string>> properties;
  Diagnostics diagnostics;
  // The encoding the text was decoded from, where a reader decoded it (an MHTML page's GB18030); empty
  // for UTF-8 (a DOCX's XML).
  std::string encoding;
};
class Source;
// `original_bytes` are the whole input file (hashed and sized for SourceInfo).
GONGWEN_EXPORT Source MakeSource(std::string_view original_bytes, ExtractedText extracted);

class GONGWEN_EXPORT Source {
 public:
  // The name the input was given by (a path, or "-" / "" for memory).
  const std::string& path() const { return path_; }
  // "text" for text files; readers of other formats set their own.
  const std::string& format() const { return format_; }
  // Canonical name of the encoding the bytes were decoded from: "UTF-8",
  // "UTF-16LE", "UTF-16BE", "GB18030", "Big5", or the override's name.
  const std::string& encoding() const { return encoding_; }
  bool had_bom() const { return bom_length_ != 0; }
  // Lower-case hex SHA-256 of the original bytes.
  const std::string& sha256() const { return sha256_; }
  uint64_t original_size() const { return original_size_; }

  // The decoded text in UTF-8, without the BOM; line ends as in the file.
  const std::string& text() const { return text_; }

  // Diagnostics produced while decoding (lenient substitutions).
  const Diagnostics& diagnostics() const { return diagnostics_; }

  // Document properties a package format carries (DOCX docProps: title,
  // creator, created, modified, application), in a fixed order; empty for text.
  const std::vector<std::pair<std::string, std::string>>& properties() const { return properties_; }

  // Position of text()[begin, end) in the original file.
  Span SpanOf(size_t begin, size_t end) const;
  // Byte offset in the original file of text()[pos].
  uint64_t OriginalOffset(size_t pos) const;

 private:
  friend class SourceBuilder;
  friend Source MakeSource(std::string_view, ExtractedText);
  std::string path_;
  std::string format_ = "text";
  std::string encoding_;
  std::string sha256_;
  std::string text_;
  uint64_t original_size_ = 0;
  uint32_t bom_length_ = 0;
  std::vector<size_t> line_starts_;      // offsets in text_ where lines begin
  // Code points in text_ before every kColumnStride-th byte: a column is then
  // counted from the nearest checkpoint, not from the start of a (long) line.
  std::vector<uint64_t> code_points_before_;
  // text_ offset → original offset, as the steps of that function ([text offset, original offset]
  // where it changes); empty when it is the identity + BOM.
  std::vector<uint32_t> original_of_;
  Diagnostics diagnostics_;
  std::vector<std::pair<std::string, std::string>> properties_;
};

// Decodes `bytes` (the whole file). `path` is only used in messages and in the
// Source; it is not opened.
GONGWEN_EXPORT Result<Source> DecodeSource(std::string_view bytes, std::string path,
                                           const ReadOptions& options = {});

// The SHA-256 of `bytes` in lower-case hex, as in SourceInfo::sha256: a caller
// can tell whether a stored result is still current without reading the file again. Computed by
// OpenSSL; when the process's configuration allows no SHA-256 (a FIPS-only policy without its
// provider), by OpenSSL's default provider in a context of the library's own. Empty only when
// OpenSSL can give none at all.
GONGWEN_EXPORT std::string Sha256Hex(std::string_view bytes);

// Whether `name` is an encoding ReadOptions::encoding takes (a name ICU knows): a caller can refuse
// a wrong one before reading anything, instead of failing every file with kInvalidArgument.
GONGWEN_EXPORT bool IsKnownEncoding(const std::string& name);

// The name gongwen reports (SourceInfo::encoding) for the encoding `name`, whatever alias of it
// ICU knows was given (gbk, GBK, cp936 and windows-936 are one converter): "" when `name` is empty
// or no converter has it. A caller that records the options of a run (as `gongwen batch --resume`
// does) records this, so that two spellings of one encoding are one run.
GONGWEN_EXPORT std::string EncodingName(const std::string& name);

// Reads and decodes the file at `path`; "-" reads standard input.
GONGWEN_EXPORT Result<Source> ReadSourceFile(const std::string& path, const ReadOptions& options = {});

}  // namespace gongwen

#endif  // GONGWEN_SOURCE_H_
