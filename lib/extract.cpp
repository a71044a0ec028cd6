#include "gongwen/extract.h"

#include "gongwen/block.h"
#include "gongwen/build.h"
#include "gongwen/recognize.h"

namespace gongwen {

Document ExtractFromSource(const Source& source, const ExtractOptions& options) {
  Diagnostics diagnostics = source.diagnostics();
  Blocks blocks = Normalize(ReadTextBlocks(source), source, diagnostics, options.normalize);
  return BuildDocument(source, Recognize(std::move(blocks)), std::move(diagnostics));
}

Result<Document> ExtractBytes(std::string_view bytes, std::string path, const ExtractOptions& options) {
  Result<Source> source = DecodeSource(bytes, std::move(path), options.read);
  if (!source.ok()) return source.status();
  return ExtractFromSource(*source, options);
}

Result<Document> ExtractFile(const std::string& path, const ExtractOptions& options) {
  Result<Source> source = ReadSourceFile(path, options.read);
  if (!source.ok()) return source.status();
  return ExtractFromSource(*source, options);
}

}  // namespace gongwen
