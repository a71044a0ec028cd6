// gongwen/extract.h — the whole pipeline in one call.
//
//   auto doc = gongwen::ExtractFile("notice.txt");
//   if (!doc.ok()) { std::cerr << doc.status().ToString(); return; }
//   std::cout << gongwen::ToJson(*doc);
//
// The same steps are available one by one: DecodeSource / ReadSourceFile
// (source.h), ReadTextBlocks (block.h), Normalize (normalize.h), Recognize
// (recognize.h), BuildDocument (build.h), ToJson (json.h).
//
// Thread safety: the functions keep no state; separate calls may run on separate
// threads at once, sharing one ExtractOptions.
#ifndef GONGWEN_EXTRACT_H_
#define GONGWEN_EXTRACT_H_

#include <string>
#include <string_view>

#include "gongwen/document.h"
#include "gongwen/enrich.h"
#include "gongwen/docx.h"
#include "gongwen/export.h"
#include "gongwen/normalize.h"
#include "gongwen/source.h"
#include "gongwen/status.h"

namespace gongwen {

struct ExtractOptions {
  ReadOptions read;            // text input
  DocxOptions docx;            // DOCX input
  NormalizeOptions normalize;
  EnrichOptions enrich;        // targets, milestones, reporting schedule; tokens on request
};

// Reads `bytes` into blocks with the reader its content calls for: a zip
// package is DOCX, anything else text (whatever the file is called). An OLE
// compound file (.doc, or an encrypted .docx) is refused with kUnsupportedFormat.
GONGWEN_EXPORT Result<Reading> ReadAny(std::string_view bytes, std::string path,
                                       const ExtractOptions& options = {});

// The format ReadAny reads `bytes` as, by their content: "docx" for a zip package (the bytes start
// with a local file header, PK\3\4), else "text" — the value the document's source.format will
// have. An OLE file, which ReadAny refuses, is "text" here. The view is of a string literal: it
// may be kept.
GONGWEN_EXPORT std::string_view InputFormatOf(std::string_view bytes);

// Runs normalize → recognize → build on what a reader produced (the rvalue
// form reuses the blocks instead of copying them).
GONGWEN_EXPORT Document ExtractFromReading(const Reading& reading, const ExtractOptions& options = {});
GONGWEN_EXPORT Document ExtractFromReading(Reading&& reading, const ExtractOptions& options = {});

// Runs blocks → normalize → recognize → build on a decoded source.
GONGWEN_EXPORT Document ExtractFromSource(const Source& source, const ExtractOptions& options = {});

// Decodes `bytes` (named `path` in messages and in the output) and extracts.
GONGWEN_EXPORT Result<Document> ExtractBytes(std::string_view bytes, std::string path,
                                             const ExtractOptions& options = {});

// The bytes of the file at `path` ("-" = standard input), as ExtractFile reads
// them: kNotFound, kIoError (a directory) or kTooLarge (past the options' size
// limits) name the path. For callers that need the bytes too (to fix them).
GONGWEN_EXPORT Result<std::string> ReadInputBytes(const std::string& path,
                                                  const ExtractOptions& options = {});

// Reads the file at `path` ("-" = standard input) and extracts.
GONGWEN_EXPORT Result<Document> ExtractFile(const std::string& path, const ExtractOptions& options = {});

}  // namespace gongwen

#endif  // GONGWEN_EXTRACT_H_
