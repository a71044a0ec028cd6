// Internal: a zip package (OPC) read with libzip, every read bounded.
#ifndef GONGWEN_LIB_DOCX_PACKAGE_H_
#define GONGWEN_LIB_DOCX_PACKAGE_H_

#include <memory>
#include <string>
#include <string_view>

#include "gongwen/docx.h"
#include "gongwen/status.h"

struct zip;

namespace gongwen::internal {

class Package {
 public:
  // Opens the zip in `bytes` (which must outlive the Package).
  static Result<std::unique_ptr<Package>> Open(std::string_view bytes, const std::string& path,
                                               const DocxOptions& options);
  ~Package();

  bool Has(std::string_view part) const;
  // The part's bytes. Fails with kNotFound on a missing part (no need to ask
  // Has() first: each lookup reads the zip directory), kUnsupportedFormat on an
  // encrypted or damaged one, kTooLarge past the limits.
  Result<std::string> Read(std::string_view part);
  // What Read has inflated so far, counted against DocxOptions::max_total_bytes.
  uint64_t TotalRead() const { return total_read_; }

 private:
  Package(zip* archive, std::string path, const DocxOptions& options)
      : archive_(archive), path_(std::move(path)), options_(options) {}
  zip* archive_;
  std::string path_;
  DocxOptions options_;
  uint64_t total_read_ = 0;
};

// Resolves a relationship target against the part that holds the relationship:
// ("word/document.xml", "media/a.png") → "word/media/a.png"; "/word/x.xml" → "word/x.xml".
std::string ResolvePartName(std::string_view source_part, std::string_view target);

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_DOCX_PACKAGE_H_
